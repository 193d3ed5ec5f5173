
build/pagetables.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00011117          	auipc	sp,0x11
80400004:	03010113          	add	sp,sp,48 # 80411030 <__image_end>
80400008:	00002297          	auipc	t0,0x2
8040000c:	ff828293          	add	t0,t0,-8 # 80402000 <s_trap_expected>
80400010:	0000d317          	auipc	t1,0xd
80400014:	02030313          	add	t1,t1,32 # 8040d030 <__bss_end>
80400018:	0062f663          	bgeu	t0,t1,80400024 <_start+0x24>
8040001c:	0002a023          	sw	zero,0(t0)
80400020:	0291                	add	t0,t0,4
80400022:	bfdd                	j	80400018 <_start+0x18>
80400024:	00001297          	auipc	t0,0x1
80400028:	86c28293          	add	t0,t0,-1940 # 80400890 <s_trap_entry>
8040002c:	10529073          	csrw	stvec,t0
80400030:	0000d297          	auipc	t0,0xd
80400034:	fe028293          	add	t0,t0,-32 # 8040d010 <last_trap>
80400038:	14029073          	csrw	sscratch,t0
8040003c:	6f1000ef          	jal	80400f2c <probe_start>
	...

80400042 <probe_main>:
80400042:	715d                	add	sp,sp,-80
80400044:	de4e                	sw	s3,60(sp)
80400046:	804059b7          	lui	s3,0x80405
8040004a:	c686                	sw	ra,76(sp)
8040004c:	c4a2                	sw	s0,72(sp)
8040004e:	c2a6                	sw	s1,68(sp)
80400050:	c0ca                	sw	s2,64(sp)
80400052:	dc52                	sw	s4,56(sp)
80400054:	da56                	sw	s5,52(sp)
80400056:	d85a                	sw	s6,48(sp)
80400058:	d65e                	sw	s7,44(sp)
8040005a:	d462                	sw	s8,40(sp)
8040005c:	d266                	sw	s9,36(sp)
8040005e:	d06a                	sw	s10,32(sp)
80400060:	ce6e                	sw	s11,28(sp)
80400062:	00098713          	mv	a4,s3
80400066:	4781                	li	a5,0
80400068:	500105b7          	lui	a1,0x50010
8040006c:	40000613          	li	a2,1024
80400070:	00b7e6b3          	or	a3,a5,a1
80400074:	c314                	sw	a3,0(a4)
80400076:	0785                	add	a5,a5,1
80400078:	0711                	add	a4,a4,4
8040007a:	fec79be3          	bne	a5,a2,80400070 <probe_main+0x2e>
8040007e:	80404d37          	lui	s10,0x80404
80400082:	000d0713          	mv	a4,s10
80400086:	4781                	li	a5,0
80400088:	500205b7          	lui	a1,0x50020
8040008c:	40000613          	li	a2,1024
80400090:	00b7e6b3          	or	a3,a5,a1
80400094:	c314                	sw	a3,0(a4)
80400096:	0785                	add	a5,a5,1
80400098:	0711                	add	a4,a4,4
8040009a:	fec79be3          	bne	a5,a2,80400090 <probe_main+0x4e>
8040009e:	80403db7          	lui	s11,0x80403
804000a2:	000d8713          	mv	a4,s11
804000a6:	4781                	li	a5,0
804000a8:	500305b7          	lui	a1,0x50030
804000ac:	40000613          	li	a2,1024
804000b0:	00b7e6b3          	or	a3,a5,a1
804000b4:	c314                	sw	a3,0(a4)
804000b6:	0785                	add	a5,a5,1
804000b8:	0711                	add	a4,a4,4
804000ba:	fec79be3          	bne	a5,a2,804000b0 <probe_main+0x6e>
804000be:	8040b4b7          	lui	s1,0x8040b
804000c2:	00048513          	mv	a0,s1
804000c6:	6a3000ef          	jal	80400f68 <sv32_clear>
804000ca:	80409937          	lui	s2,0x80409
804000ce:	00090513          	mv	a0,s2
804000d2:	697000ef          	jal	80400f68 <sv32_clear>
804000d6:	00048513          	mv	a0,s1
804000da:	69f000ef          	jal	80400f78 <sv32_map_image>
804000de:	00090613          	mv	a2,s2
804000e2:	400005b7          	lui	a1,0x40000
804000e6:	00048513          	mv	a0,s1
804000ea:	6a1000ef          	jal	80400f8a <sv32_map_region>
804000ee:	00048513          	mv	a0,s1
804000f2:	6b7000ef          	jal	80400fa8 <sv32_enable>
804000f6:	4401                	li	s0,0
804000f8:	529000ef          	jal	80400e20 <expect_trap>
804000fc:	40000a37          	lui	s4,0x40000
80400100:	87a2                	mv	a5,s0
80400102:	000a2783          	lw	a5,0(s4) # 40000000 <__stack_size+0x3fffc000>
80400106:	80401637          	lui	a2,0x80401
8040010a:	ff460613          	add	a2,a2,-12 # 80400ff4 <sfence_vma_addr+0x28>
8040010e:	400005b7          	lui	a1,0x40000
80400112:	4535                	li	a0,13
80400114:	523000ef          	jal	80400e36 <check_trap>
80400118:	80401537          	lui	a0,0x80401
8040011c:	00450513          	add	a0,a0,4 # 80401004 <sfence_vma_addr+0x38>
80400120:	1c3000ef          	jal	80400ae2 <print>
80400124:	0c600593          	li	a1,198
80400128:	00098513          	mv	a0,s3
8040012c:	631000ef          	jal	80400f5c <pte_leaf>
80400130:	8aaa                	mv	s5,a0
80400132:	400005b7          	lui	a1,0x40000
80400136:	00090513          	mv	a0,s2
8040013a:	663000ef          	jal	80400f9c <sv32_pte>
8040013e:	01552023          	sw	s5,0(a0)
80400142:	40000537          	lui	a0,0x40000
80400146:	687000ef          	jal	80400fcc <sfence_vma_addr>
8040014a:	8522                	mv	a0,s0
8040014c:	000a2503          	lw	a0,0(s4)
80400150:	80401b37          	lui	s6,0x80401
80400154:	040b0613          	add	a2,s6,64 # 80401040 <sfence_vma_addr+0x74>
80400158:	500105b7          	lui	a1,0x50010
8040015c:	4b9000ef          	jal	80400e14 <check_eq>
80400160:	40001ab7          	lui	s5,0x40001
80400164:	1af1                	add	s5,s5,-4 # 40000ffc <__stack_size+0x3fffcffc>
80400166:	8522                	mv	a0,s0
80400168:	000aa503          	lw	a0,0(s5)
8040016c:	50010bb7          	lui	s7,0x50010
80400170:	040b0613          	add	a2,s6,64
80400174:	3ffb8593          	add	a1,s7,1023 # 500103ff <__stack_size+0x5000c3ff>
80400178:	49d000ef          	jal	80400e14 <check_eq>
8040017c:	80401537          	lui	a0,0x80401
80400180:	04850513          	add	a0,a0,72 # 80401048 <sfence_vma_addr+0x7c>
80400184:	15f000ef          	jal	80400ae2 <print>
80400188:	0c600593          	li	a1,198
8040018c:	000d0513          	mv	a0,s10
80400190:	5cd000ef          	jal	80400f5c <pte_leaf>
80400194:	8b2a                	mv	s6,a0
80400196:	400005b7          	lui	a1,0x40000
8040019a:	00090513          	mv	a0,s2
8040019e:	5ff000ef          	jal	80400f9c <sv32_pte>
804001a2:	01652023          	sw	s6,0(a0)
804001a6:	40000537          	lui	a0,0x40000
804001aa:	623000ef          	jal	80400fcc <sfence_vma_addr>
804001ae:	8522                	mv	a0,s0
804001b0:	000a2503          	lw	a0,0(s4)
804001b4:	80401b37          	lui	s6,0x80401
804001b8:	05cb0613          	add	a2,s6,92 # 8040105c <sfence_vma_addr+0x90>
804001bc:	500205b7          	lui	a1,0x50020
804001c0:	455000ef          	jal	80400e14 <check_eq>
804001c4:	8522                	mv	a0,s0
804001c6:	000aa503          	lw	a0,0(s5)
804001ca:	500205b7          	lui	a1,0x50020
804001ce:	05cb0613          	add	a2,s6,92
804001d2:	3ff58593          	add	a1,a1,1023 # 500203ff <__stack_size+0x5001c3ff>
804001d6:	43f000ef          	jal	80400e14 <check_eq>
804001da:	80401537          	lui	a0,0x80401
804001de:	06450513          	add	a0,a0,100 # 80401064 <sfence_vma_addr+0x98>
804001e2:	101000ef          	jal	80400ae2 <print>
804001e6:	400005b7          	lui	a1,0x40000
804001ea:	00090513          	mv	a0,s2
804001ee:	5af000ef          	jal	80400f9c <sv32_pte>
804001f2:	00052023          	sw	zero,0(a0)
804001f6:	40000537          	lui	a0,0x40000
804001fa:	5d3000ef          	jal	80400fcc <sfence_vma_addr>
804001fe:	423000ef          	jal	80400e20 <expect_trap>
80400202:	87a2                	mv	a5,s0
80400204:	000a2783          	lw	a5,0(s4)
80400208:	80401637          	lui	a2,0x80401
8040020c:	08c60613          	add	a2,a2,140 # 8040108c <sfence_vma_addr+0xc0>
80400210:	400005b7          	lui	a1,0x40000
80400214:	4535                	li	a0,13
80400216:	8040db37          	lui	s6,0x8040d
8040021a:	41d000ef          	jal	80400e36 <check_trap>
8040021e:	010b0b13          	add	s6,s6,16 # 8040d010 <last_trap>
80400222:	008b2583          	lw	a1,8(s6)
80400226:	80401537          	lui	a0,0x80401
8040022a:	09850513          	add	a0,a0,152 # 80401098 <sfence_vma_addr+0xcc>
8040022e:	139000ef          	jal	80400b66 <print_value>
80400232:	04200593          	li	a1,66
80400236:	00098513          	mv	a0,s3
8040023a:	523000ef          	jal	80400f5c <pte_leaf>
8040023e:	8c2a                	mv	s8,a0
80400240:	400005b7          	lui	a1,0x40000
80400244:	00090513          	mv	a0,s2
80400248:	555000ef          	jal	80400f9c <sv32_pte>
8040024c:	01852023          	sw	s8,0(a0)
80400250:	40000537          	lui	a0,0x40000
80400254:	579000ef          	jal	80400fcc <sfence_vma_addr>
80400258:	8522                	mv	a0,s0
8040025a:	000a2503          	lw	a0,0(s4)
8040025e:	80401c37          	lui	s8,0x80401
80400262:	0b8c0613          	add	a2,s8,184 # 804010b8 <sfence_vma_addr+0xec>
80400266:	500105b7          	lui	a1,0x50010
8040026a:	3ab000ef          	jal	80400e14 <check_eq>
8040026e:	8522                	mv	a0,s0
80400270:	000aa503          	lw	a0,0(s5)
80400274:	0b8c0613          	add	a2,s8,184
80400278:	3ffb8593          	add	a1,s7,1023
8040027c:	399000ef          	jal	80400e14 <check_eq>
80400280:	3a1000ef          	jal	80400e20 <expect_trap>
80400284:	008a2023          	sw	s0,0(s4)
80400288:	80401637          	lui	a2,0x80401
8040028c:	0cc60613          	add	a2,a2,204 # 804010cc <sfence_vma_addr+0x100>
80400290:	400005b7          	lui	a1,0x40000
80400294:	453d                	li	a0,15
80400296:	3a1000ef          	jal	80400e36 <check_trap>
8040029a:	0009a503          	lw	a0,0(s3) # 80405000 <p1>
8040029e:	80401637          	lui	a2,0x80401
804002a2:	0e460613          	add	a2,a2,228 # 804010e4 <sfence_vma_addr+0x118>
804002a6:	500105b7          	lui	a1,0x50010
804002aa:	36b000ef          	jal	80400e14 <check_eq>
804002ae:	008b2583          	lw	a1,8(s6)
804002b2:	80401537          	lui	a0,0x80401
804002b6:	10050513          	add	a0,a0,256 # 80401100 <sfence_vma_addr+0x134>
804002ba:	0ad000ef          	jal	80400b66 <print_value>
804002be:	0c600593          	li	a1,198
804002c2:	00098513          	mv	a0,s3
804002c6:	497000ef          	jal	80400f5c <pte_leaf>
804002ca:	842a                	mv	s0,a0
804002cc:	400005b7          	lui	a1,0x40000
804002d0:	00090513          	mv	a0,s2
804002d4:	4c9000ef          	jal	80400f9c <sv32_pte>
804002d8:	c100                	sw	s0,0(a0)
804002da:	40000537          	lui	a0,0x40000
804002de:	4ef000ef          	jal	80400fcc <sfence_vma_addr>
804002e2:	575255b7          	lui	a1,0x57525
804002e6:	95458593          	add	a1,a1,-1708 # 57524954 <__stack_size+0x57520954>
804002ea:	00ba2023          	sw	a1,0(s4)
804002ee:	0009a503          	lw	a0,0(s3)
804002f2:	80401637          	lui	a2,0x80401
804002f6:	12c60613          	add	a2,a2,300 # 8040112c <sfence_vma_addr+0x160>
804002fa:	31b000ef          	jal	80400e14 <check_eq>
804002fe:	80401537          	lui	a0,0x80401
80400302:	14850513          	add	a0,a0,328 # 80401148 <sfence_vma_addr+0x17c>
80400306:	0179a023          	sw	s7,0(s3)
8040030a:	7d8000ef          	jal	80400ae2 <print>
8040030e:	400015b7          	lui	a1,0x40001
80400312:	00090513          	mv	a0,s2
80400316:	487000ef          	jal	80400f9c <sv32_pte>
8040031a:	842a                	mv	s0,a0
8040031c:	4599                	li	a1,6
8040031e:	000d8513          	mv	a0,s11
80400322:	43b000ef          	jal	80400f5c <pte_leaf>
80400326:	87aa                	mv	a5,a0
80400328:	c01c                	sw	a5,0(s0)
8040032a:	40001537          	lui	a0,0x40001
8040032e:	49f000ef          	jal	80400fcc <sfence_vma_addr>
80400332:	80401537          	lui	a0,0x80401
80400336:	00042a03          	lw	s4,0(s0)
8040033a:	16c50513          	add	a0,a0,364 # 8040116c <sfence_vma_addr+0x1a0>
8040033e:	7a4000ef          	jal	80400ae2 <print>
80400342:	040a7793          	and	a5,s4,64
80400346:	54079063          	bnez	a5,80400886 <probe_main+0x844>
8040034a:	80401537          	lui	a0,0x80401
8040034e:	fdc50513          	add	a0,a0,-36 # 80400fdc <sfence_vma_addr+0x10>
80400352:	080a7a13          	and	s4,s4,128
80400356:	78c000ef          	jal	80400ae2 <print>
8040035a:	520a0163          	beqz	s4,8040087c <probe_main+0x83a>
8040035e:	80401537          	lui	a0,0x80401
80400362:	fe450513          	add	a0,a0,-28 # 80400fe4 <sfence_vma_addr+0x18>
80400366:	77c000ef          	jal	80400ae2 <print>
8040036a:	4a01                	li	s4,0
8040036c:	8552                	mv	a0,s4
8040036e:	400017b7          	lui	a5,0x40001
80400372:	4388                	lw	a0,0(a5)
80400374:	80401ab7          	lui	s5,0x80401
80400378:	178a8613          	add	a2,s5,376 # 80401178 <sfence_vma_addr+0x1ac>
8040037c:	500305b7          	lui	a1,0x50030
80400380:	295000ef          	jal	80400e14 <check_eq>
80400384:	400027b7          	lui	a5,0x40002
80400388:	8552                	mv	a0,s4
8040038a:	17f1                	add	a5,a5,-4 # 40001ffc <__stack_size+0x3fffdffc>
8040038c:	4388                	lw	a0,0(a5)
8040038e:	500305b7          	lui	a1,0x50030
80400392:	178a8613          	add	a2,s5,376
80400396:	3ff58593          	add	a1,a1,1023 # 500303ff <__stack_size+0x5002c3ff>
8040039a:	27b000ef          	jal	80400e14 <check_eq>
8040039e:	80401537          	lui	a0,0x80401
804003a2:	00042a03          	lw	s4,0(s0)
804003a6:	19450513          	add	a0,a0,404 # 80401194 <sfence_vma_addr+0x1c8>
804003aa:	738000ef          	jal	80400ae2 <print>
804003ae:	040a7793          	and	a5,s4,64
804003b2:	4c079063          	bnez	a5,80400872 <probe_main+0x830>
804003b6:	80401537          	lui	a0,0x80401
804003ba:	fdc50513          	add	a0,a0,-36 # 80400fdc <sfence_vma_addr+0x10>
804003be:	080a7a13          	and	s4,s4,128
804003c2:	720000ef          	jal	80400ae2 <print>
804003c6:	4a0a0163          	beqz	s4,80400868 <probe_main+0x826>
804003ca:	80401537          	lui	a0,0x80401
804003ce:	fe450513          	add	a0,a0,-28 # 80400fe4 <sfence_vma_addr+0x18>
804003d2:	710000ef          	jal	80400ae2 <print>
804003d6:	500307b7          	lui	a5,0x50030
804003da:	40001737          	lui	a4,0x40001
804003de:	c31c                	sw	a5,0(a4)
804003e0:	80401537          	lui	a0,0x80401
804003e4:	00042a03          	lw	s4,0(s0)
804003e8:	1ac50513          	add	a0,a0,428 # 804011ac <sfence_vma_addr+0x1e0>
804003ec:	6f6000ef          	jal	80400ae2 <print>
804003f0:	040a7793          	and	a5,s4,64
804003f4:	46079563          	bnez	a5,8040085e <probe_main+0x81c>
804003f8:	80401537          	lui	a0,0x80401
804003fc:	fdc50513          	add	a0,a0,-36 # 80400fdc <sfence_vma_addr+0x10>
80400400:	080a7a13          	and	s4,s4,128
80400404:	6de000ef          	jal	80400ae2 <print>
80400408:	440a0663          	beqz	s4,80400854 <probe_main+0x812>
8040040c:	80401537          	lui	a0,0x80401
80400410:	fe450513          	add	a0,a0,-28 # 80400fe4 <sfence_vma_addr+0x18>
80400414:	6ce000ef          	jal	80400ae2 <print>
80400418:	4008                	lw	a0,0(s0)
8040041a:	80401637          	lui	a2,0x80401
8040041e:	1a460613          	add	a2,a2,420 # 804011a4 <sfence_vma_addr+0x1d8>
80400422:	0c000593          	li	a1,192
80400426:	0c057513          	and	a0,a0,192
8040042a:	1eb000ef          	jal	80400e14 <check_eq>
8040042e:	8040ac37          	lui	s8,0x8040a
80400432:	000c0513          	mv	a0,s8
80400436:	333000ef          	jal	80400f68 <sv32_clear>
8040043a:	80408437          	lui	s0,0x80408
8040043e:	00040513          	mv	a0,s0
80400442:	327000ef          	jal	80400f68 <sv32_clear>
80400446:	000c0513          	mv	a0,s8
8040044a:	32f000ef          	jal	80400f78 <sv32_map_image>
8040044e:	00040613          	mv	a2,s0
80400452:	400005b7          	lui	a1,0x40000
80400456:	000c0513          	mv	a0,s8
8040045a:	331000ef          	jal	80400f8a <sv32_map_region>
8040045e:	400005b7          	lui	a1,0x40000
80400462:	00040513          	mv	a0,s0
80400466:	337000ef          	jal	80400f9c <sv32_pte>
8040046a:	842a                	mv	s0,a0
8040046c:	0c600593          	li	a1,198
80400470:	000d0513          	mv	a0,s10
80400474:	2e9000ef          	jal	80400f5c <pte_leaf>
80400478:	50020737          	lui	a4,0x50020
8040047c:	3ff70793          	add	a5,a4,1023 # 500203ff <__stack_size+0x5001c3ff>
80400480:	50010737          	lui	a4,0x50010
80400484:	40001a37          	lui	s4,0x40001
80400488:	c43e                	sw	a5,8(sp)
8040048a:	3ff70793          	add	a5,a4,1023 # 500103ff <__stack_size+0x5000c3ff>
8040048e:	c008                	sw	a0,0(s0)
80400490:	4c8d                	li	s9,3
80400492:	80401bb7          	lui	s7,0x80401
80400496:	80401b37          	lui	s6,0x80401
8040049a:	40000ab7          	lui	s5,0x40000
8040049e:	4401                	li	s0,0
804004a0:	1a71                	add	s4,s4,-4 # 40000ffc <__stack_size+0x3fffcffc>
804004a2:	c63e                	sw	a5,12(sp)
804004a4:	000c0513          	mv	a0,s8
804004a8:	301000ef          	jal	80400fa8 <sv32_enable>
804004ac:	8522                	mv	a0,s0
804004ae:	000aa503          	lw	a0,0(s5) # 40000000 <__stack_size+0x3fffc000>
804004b2:	500205b7          	lui	a1,0x50020
804004b6:	1bcb8613          	add	a2,s7,444 # 804011bc <sfence_vma_addr+0x1f0>
804004ba:	15b000ef          	jal	80400e14 <check_eq>
804004be:	8522                	mv	a0,s0
804004c0:	000a2503          	lw	a0,0(s4)
804004c4:	45a2                	lw	a1,8(sp)
804004c6:	1bcb8613          	add	a2,s7,444
804004ca:	14b000ef          	jal	80400e14 <check_eq>
804004ce:	00048513          	mv	a0,s1
804004d2:	2d7000ef          	jal	80400fa8 <sv32_enable>
804004d6:	8522                	mv	a0,s0
804004d8:	000aa503          	lw	a0,0(s5)
804004dc:	500105b7          	lui	a1,0x50010
804004e0:	1ccb0613          	add	a2,s6,460 # 804011cc <sfence_vma_addr+0x200>
804004e4:	131000ef          	jal	80400e14 <check_eq>
804004e8:	8522                	mv	a0,s0
804004ea:	000a2503          	lw	a0,0(s4)
804004ee:	45b2                	lw	a1,12(sp)
804004f0:	1cfd                	add	s9,s9,-1
804004f2:	1ccb0613          	add	a2,s6,460
804004f6:	11f000ef          	jal	80400e14 <check_eq>
804004fa:	fa0c95e3          	bnez	s9,804004a4 <probe_main+0x462>
804004fe:	80401537          	lui	a0,0x80401
80400502:	1dc50513          	add	a0,a0,476 # 804011dc <sfence_vma_addr+0x210>
80400506:	2bf1                	jal	80400ae2 <print>
80400508:	8040b7b7          	lui	a5,0x8040b
8040050c:	00078793          	mv	a5,a5
80400510:	4007a023          	sw	zero,1024(a5) # 8040b400 <root0+0x400>
80400514:	2b3000ef          	jal	80400fc6 <sfence_vma>
80400518:	109000ef          	jal	80400e20 <expect_trap>
8040051c:	8766                	mv	a4,s9
8040051e:	000aa703          	lw	a4,0(s5)
80400522:	80401637          	lui	a2,0x80401
80400526:	22860613          	add	a2,a2,552 # 80401228 <sfence_vma_addr+0x25c>
8040052a:	400005b7          	lui	a1,0x40000
8040052e:	4535                	li	a0,13
80400530:	107000ef          	jal	80400e36 <check_trap>
80400534:	80407c37          	lui	s8,0x80407
80400538:	000c0513          	mv	a0,s8
8040053c:	22d000ef          	jal	80400f68 <sv32_clear>
80400540:	000c0613          	mv	a2,s8
80400544:	404005b7          	lui	a1,0x40400
80400548:	00048513          	mv	a0,s1
8040054c:	23f000ef          	jal	80400f8a <sv32_map_region>
80400550:	404005b7          	lui	a1,0x40400
80400554:	000c0513          	mv	a0,s8
80400558:	245000ef          	jal	80400f9c <sv32_pte>
8040055c:	0c600593          	li	a1,198
80400560:	842a                	mv	s0,a0
80400562:	00090513          	mv	a0,s2
80400566:	1f7000ef          	jal	80400f5c <pte_leaf>
8040056a:	c008                	sw	a0,0(s0)
8040056c:	25b000ef          	jal	80400fc6 <sfence_vma>
80400570:	4701                	li	a4,0
80400572:	404006b7          	lui	a3,0x40400
80400576:	dead0537          	lui	a0,0xdead0
8040057a:	40000593          	li	a1,1024
8040057e:	00a76633          	or	a2,a4,a0
80400582:	c290                	sw	a2,0(a3)
80400584:	0705                	add	a4,a4,1
80400586:	0691                	add	a3,a3,4 # 40400004 <__stack_size+0x403fc004>
80400588:	feb71be3          	bne	a4,a1,8040057e <probe_main+0x53c>
8040058c:	40400bb7          	lui	s7,0x40400
80400590:	80401b37          	lui	s6,0x80401
80400594:	4401                	li	s0,0
80400596:	dead0ab7          	lui	s5,0xdead0
8040059a:	40000a13          	li	s4,1024
8040059e:	8522                	mv	a0,s0
804005a0:	000ba503          	lw	a0,0(s7) # 40400000 <__stack_size+0x403fc000>
804005a4:	015ce5b3          	or	a1,s9,s5
804005a8:	244b0613          	add	a2,s6,580 # 80401244 <sfence_vma_addr+0x278>
804005ac:	0c85                	add	s9,s9,1
804005ae:	067000ef          	jal	80400e14 <check_eq>
804005b2:	0b91                	add	s7,s7,4
804005b4:	ff4c95e3          	bne	s9,s4,8040059e <probe_main+0x55c>
804005b8:	00092503          	lw	a0,0(s2) # 80409000 <table_a>
804005bc:	80401637          	lui	a2,0x80401
804005c0:	26060613          	add	a2,a2,608 # 80401260 <sfence_vma_addr+0x294>
804005c4:	dead05b7          	lui	a1,0xdead0
804005c8:	04d000ef          	jal	80400e14 <check_eq>
804005cc:	055000ef          	jal	80400e20 <expect_trap>
804005d0:	40000937          	lui	s2,0x40000
804005d4:	87a2                	mv	a5,s0
804005d6:	00092783          	lw	a5,0(s2) # 40000000 <__stack_size+0x3fffc000>
804005da:	80401637          	lui	a2,0x80401
804005de:	27460613          	add	a2,a2,628 # 80401274 <sfence_vma_addr+0x2a8>
804005e2:	400005b7          	lui	a1,0x40000
804005e6:	4535                	li	a0,13
804005e8:	04f000ef          	jal	80400e36 <check_trap>
804005ec:	035000ef          	jal	80400e20 <expect_trap>
804005f0:	40001b37          	lui	s6,0x40001
804005f4:	87a2                	mv	a5,s0
804005f6:	000b2783          	lw	a5,0(s6) # 40001000 <__stack_size+0x3fffd000>
804005fa:	80401637          	lui	a2,0x80401
804005fe:	29860613          	add	a2,a2,664 # 80401298 <sfence_vma_addr+0x2cc>
80400602:	400015b7          	lui	a1,0x40001
80400606:	4535                	li	a0,13
80400608:	02f000ef          	jal	80400e36 <check_trap>
8040060c:	80401537          	lui	a0,0x80401
80400610:	2c050513          	add	a0,a0,704 # 804012c0 <sfence_vma_addr+0x2f4>
80400614:	21f9                	jal	80400ae2 <print>
80400616:	80406ab7          	lui	s5,0x80406
8040061a:	000a8513          	mv	a0,s5
8040061e:	14b000ef          	jal	80400f68 <sv32_clear>
80400622:	400005b7          	lui	a1,0x40000
80400626:	000a8513          	mv	a0,s5
8040062a:	173000ef          	jal	80400f9c <sv32_pte>
8040062e:	8a2a                	mv	s4,a0
80400630:	0c600593          	li	a1,198
80400634:	000d8513          	mv	a0,s11
80400638:	125000ef          	jal	80400f5c <pte_leaf>
8040063c:	87aa                	mv	a5,a0
8040063e:	000a8613          	mv	a2,s5
80400642:	00048513          	mv	a0,s1
80400646:	400005b7          	lui	a1,0x40000
8040064a:	00fa2023          	sw	a5,0(s4)
8040064e:	13d000ef          	jal	80400f8a <sv32_map_region>
80400652:	175000ef          	jal	80400fc6 <sfence_vma>
80400656:	8522                	mv	a0,s0
80400658:	00092503          	lw	a0,0(s2)
8040065c:	804014b7          	lui	s1,0x80401
80400660:	30c48613          	add	a2,s1,780 # 8040130c <sfence_vma_addr+0x340>
80400664:	500305b7          	lui	a1,0x50030
80400668:	7ac000ef          	jal	80400e14 <check_eq>
8040066c:	ffcb0a13          	add	s4,s6,-4
80400670:	8522                	mv	a0,s0
80400672:	000a2503          	lw	a0,0(s4)
80400676:	50030737          	lui	a4,0x50030
8040067a:	30c48613          	add	a2,s1,780
8040067e:	3ff70593          	add	a1,a4,1023 # 500303ff <__stack_size+0x5002c3ff>
80400682:	792000ef          	jal	80400e14 <check_eq>
80400686:	79a000ef          	jal	80400e20 <expect_trap>
8040068a:	87a2                	mv	a5,s0
8040068c:	000b2783          	lw	a5,0(s6)
80400690:	80401637          	lui	a2,0x80401
80400694:	32460613          	add	a2,a2,804 # 80401324 <sfence_vma_addr+0x358>
80400698:	400015b7          	lui	a1,0x40001
8040069c:	4535                	li	a0,13
8040069e:	798000ef          	jal	80400e36 <check_trap>
804006a2:	80401537          	lui	a0,0x80401
804006a6:	34450513          	add	a0,a0,836 # 80401344 <sfence_vma_addr+0x378>
804006aa:	2925                	jal	80400ae2 <print>
804006ac:	80405b37          	lui	s6,0x80405
804006b0:	000b0793          	mv	a5,s6
804006b4:	04200593          	li	a1,66
804006b8:	80400537          	lui	a0,0x80400
804006bc:	3fc004b7          	lui	s1,0x3fc00
804006c0:	94be                	add	s1,s1,a5
804006c2:	08f000ef          	jal	80400f50 <pte_leaf_at>
804006c6:	8040b737          	lui	a4,0x8040b
804006ca:	6785                	lui	a5,0x1
804006cc:	00070713          	mv	a4,a4
804006d0:	00f70bb3          	add	s7,a4,a5
804006d4:	c0aba023          	sw	a0,-1024(s7)
804006d8:	0ef000ef          	jal	80400fc6 <sfence_vma>
804006dc:	8522                	mv	a0,s0
804006de:	4088                	lw	a0,0(s1)
804006e0:	80401bb7          	lui	s7,0x80401
804006e4:	370b8613          	add	a2,s7,880 # 80401370 <sfence_vma_addr+0x3a4>
804006e8:	500105b7          	lui	a1,0x50010
804006ec:	728000ef          	jal	80400e14 <check_eq>
804006f0:	3fc017b7          	lui	a5,0x3fc01
804006f4:	17f1                	add	a5,a5,-4 # 3fc00ffc <__stack_size+0x3fbfcffc>
804006f6:	000b0713          	mv	a4,s6
804006fa:	00f70cb3          	add	s9,a4,a5
804006fe:	8522                	mv	a0,s0
80400700:	000ca503          	lw	a0,0(s9)
80400704:	50010b37          	lui	s6,0x50010
80400708:	370b8613          	add	a2,s7,880
8040070c:	3ffb0593          	add	a1,s6,1023 # 500103ff <__stack_size+0x5000c3ff>
80400710:	704000ef          	jal	80400e14 <check_eq>
80400714:	8522                	mv	a0,s0
80400716:	00092503          	lw	a0,0(s2)
8040071a:	80401bb7          	lui	s7,0x80401
8040071e:	388b8613          	add	a2,s7,904 # 80401388 <sfence_vma_addr+0x3bc>
80400722:	500305b7          	lui	a1,0x50030
80400726:	6ee000ef          	jal	80400e14 <check_eq>
8040072a:	8522                	mv	a0,s0
8040072c:	000a2503          	lw	a0,0(s4)
80400730:	50030737          	lui	a4,0x50030
80400734:	388b8613          	add	a2,s7,904
80400738:	3ff70593          	add	a1,a4,1023 # 500303ff <__stack_size+0x5002c3ff>
8040073c:	6d8000ef          	jal	80400e14 <check_eq>
80400740:	6e0000ef          	jal	80400e20 <expect_trap>
80400744:	c080                	sw	s0,0(s1)
80400746:	80401637          	lui	a2,0x80401
8040074a:	3a060613          	add	a2,a2,928 # 804013a0 <sfence_vma_addr+0x3d4>
8040074e:	85a6                	mv	a1,s1
80400750:	453d                	li	a0,15
80400752:	6e4000ef          	jal	80400e36 <check_trap>
80400756:	80401537          	lui	a0,0x80401
8040075a:	3c050513          	add	a0,a0,960 # 804013c0 <sfence_vma_addr+0x3f4>
8040075e:	2651                	jal	80400ae2 <print>
80400760:	404015b7          	lui	a1,0x40401
80400764:	000c0513          	mv	a0,s8
80400768:	035000ef          	jal	80400f9c <sv32_pte>
8040076c:	84aa                	mv	s1,a0
8040076e:	0c600593          	li	a1,198
80400772:	000a8513          	mv	a0,s5
80400776:	7e6000ef          	jal	80400f5c <pte_leaf>
8040077a:	c088                	sw	a0,0(s1)
8040077c:	40401537          	lui	a0,0x40401
80400780:	04d000ef          	jal	80400fcc <sfence_vma_addr>
80400784:	404014b7          	lui	s1,0x40401
80400788:	8aa2                	mv	s5,s0
8040078a:	0004aa83          	lw	s5,0(s1) # 40401000 <__stack_size+0x403fd000>
8040078e:	0c600593          	li	a1,198
80400792:	000d8513          	mv	a0,s11
80400796:	7c6000ef          	jal	80400f5c <pte_leaf>
8040079a:	80401637          	lui	a2,0x80401
8040079e:	85aa                	mv	a1,a0
804007a0:	40c60613          	add	a2,a2,1036 # 8040140c <sfence_vma_addr+0x440>
804007a4:	8556                	mv	a0,s5
804007a6:	25bd                	jal	80400e14 <check_eq>
804007a8:	0c600593          	li	a1,198
804007ac:	000d0513          	mv	a0,s10
804007b0:	7ac000ef          	jal	80400f5c <pte_leaf>
804007b4:	c088                	sw	a0,0(s1)
804007b6:	40000537          	lui	a0,0x40000
804007ba:	013000ef          	jal	80400fcc <sfence_vma_addr>
804007be:	8522                	mv	a0,s0
804007c0:	00092503          	lw	a0,0(s2)
804007c4:	80401ab7          	lui	s5,0x80401
804007c8:	428a8613          	add	a2,s5,1064 # 80401428 <sfence_vma_addr+0x45c>
804007cc:	500205b7          	lui	a1,0x50020
804007d0:	2591                	jal	80400e14 <check_eq>
804007d2:	8522                	mv	a0,s0
804007d4:	000a2503          	lw	a0,0(s4)
804007d8:	500205b7          	lui	a1,0x50020
804007dc:	428a8613          	add	a2,s5,1064
804007e0:	3ff58593          	add	a1,a1,1023 # 500203ff <__stack_size+0x5001c3ff>
804007e4:	2d05                	jal	80400e14 <check_eq>
804007e6:	0c600593          	li	a1,198
804007ea:	00098513          	mv	a0,s3
804007ee:	76e000ef          	jal	80400f5c <pte_leaf>
804007f2:	c088                	sw	a0,0(s1)
804007f4:	40000537          	lui	a0,0x40000
804007f8:	7d4000ef          	jal	80400fcc <sfence_vma_addr>
804007fc:	8522                	mv	a0,s0
804007fe:	00092503          	lw	a0,0(s2)
80400802:	804014b7          	lui	s1,0x80401
80400806:	45048613          	add	a2,s1,1104 # 80401450 <sfence_vma_addr+0x484>
8040080a:	500105b7          	lui	a1,0x50010
8040080e:	2519                	jal	80400e14 <check_eq>
80400810:	8522                	mv	a0,s0
80400812:	000a2503          	lw	a0,0(s4)
80400816:	45048613          	add	a2,s1,1104
8040081a:	3ffb0593          	add	a1,s6,1023
8040081e:	2bdd                	jal	80400e14 <check_eq>
80400820:	80401537          	lui	a0,0x80401
80400824:	48050513          	add	a0,a0,1152 # 80401480 <sfence_vma_addr+0x4b4>
80400828:	2c6d                	jal	80400ae2 <print>
8040082a:	790000ef          	jal	80400fba <sv32_disable>
8040082e:	4426                	lw	s0,72(sp)
80400830:	40b6                	lw	ra,76(sp)
80400832:	4496                	lw	s1,68(sp)
80400834:	4906                	lw	s2,64(sp)
80400836:	59f2                	lw	s3,60(sp)
80400838:	5a62                	lw	s4,56(sp)
8040083a:	5ad2                	lw	s5,52(sp)
8040083c:	5b42                	lw	s6,48(sp)
8040083e:	5bb2                	lw	s7,44(sp)
80400840:	5c22                	lw	s8,40(sp)
80400842:	5c92                	lw	s9,36(sp)
80400844:	5d02                	lw	s10,32(sp)
80400846:	4df2                	lw	s11,28(sp)
80400848:	80401537          	lui	a0,0x80401
8040084c:	4d050513          	add	a0,a0,1232 # 804014d0 <sfence_vma_addr+0x504>
80400850:	6161                	add	sp,sp,80
80400852:	ac41                	j	80400ae2 <print>
80400854:	80401537          	lui	a0,0x80401
80400858:	fec50513          	add	a0,a0,-20 # 80400fec <sfence_vma_addr+0x20>
8040085c:	be65                	j	80400414 <probe_main+0x3d2>
8040085e:	80401537          	lui	a0,0x80401
80400862:	fd450513          	add	a0,a0,-44 # 80400fd4 <sfence_vma_addr+0x8>
80400866:	be69                	j	80400400 <probe_main+0x3be>
80400868:	80401537          	lui	a0,0x80401
8040086c:	fec50513          	add	a0,a0,-20 # 80400fec <sfence_vma_addr+0x20>
80400870:	b68d                	j	804003d2 <probe_main+0x390>
80400872:	80401537          	lui	a0,0x80401
80400876:	fd450513          	add	a0,a0,-44 # 80400fd4 <sfence_vma_addr+0x8>
8040087a:	b691                	j	804003be <probe_main+0x37c>
8040087c:	80401537          	lui	a0,0x80401
80400880:	fec50513          	add	a0,a0,-20 # 80400fec <sfence_vma_addr+0x20>
80400884:	b4cd                	j	80400366 <probe_main+0x324>
80400886:	80401537          	lui	a0,0x80401
8040088a:	fd450513          	add	a0,a0,-44 # 80400fd4 <sfence_vma_addr+0x8>
8040088e:	b4d1                	j	80400352 <probe_main+0x310>

80400890 <s_trap_entry>:
80400890:	14011173          	csrrw	sp,sscratch,sp
80400894:	7119                	add	sp,sp,-128
80400896:	ca16                	sw	t0,20(sp)
80400898:	52fd                	li	t0,-1
8040089a:	1260006f          	j	804009c0 <trap_save>
	...

804008c0 <s_trap_vectors>:
804008c0:	0400006f          	j	80400900 <trap_vector_0>
804008c4:	0480006f          	j	8040090c <trap_vector_1>
804008c8:	0500006f          	j	80400918 <trap_vector_2>
804008cc:	0580006f          	j	80400924 <trap_vector_3>
804008d0:	0600006f          	j	80400930 <trap_vector_4>
804008d4:	0680006f          	j	8040093c <trap_vector_5>
804008d8:	0700006f          	j	80400948 <trap_vector_6>
804008dc:	0780006f          	j	80400954 <trap_vector_7>
804008e0:	0800006f          	j	80400960 <trap_vector_8>
804008e4:	0880006f          	j	8040096c <trap_vector_9>
804008e8:	0900006f          	j	80400978 <trap_vector_10>
804008ec:	0980006f          	j	80400984 <trap_vector_11>
804008f0:	0a00006f          	j	80400990 <trap_vector_12>
804008f4:	0a80006f          	j	8040099c <trap_vector_13>
804008f8:	0b00006f          	j	804009a8 <trap_vector_14>
804008fc:	0b80006f          	j	804009b4 <trap_vector_15>

80400900 <trap_vector_0>:
80400900:	14011173          	csrrw	sp,sscratch,sp
80400904:	7119                	add	sp,sp,-128
80400906:	ca16                	sw	t0,20(sp)
80400908:	4281                	li	t0,0
8040090a:	a85d                	j	804009c0 <trap_save>

8040090c <trap_vector_1>:
8040090c:	14011173          	csrrw	sp,sscratch,sp
80400910:	7119                	add	sp,sp,-128
80400912:	ca16                	sw	t0,20(sp)
80400914:	4285                	li	t0,1
80400916:	a06d                	j	804009c0 <trap_save>

80400918 <trap_vector_2>:
80400918:	14011173          	csrrw	sp,sscratch,sp
8040091c:	7119                	add	sp,sp,-128
8040091e:	ca16                	sw	t0,20(sp)
80400920:	4289                	li	t0,2
80400922:	a879                	j	804009c0 <trap_save>

80400924 <trap_vector_3>:
80400924:	14011173          	csrrw	sp,sscratch,sp
80400928:	7119                	add	sp,sp,-128
8040092a:	ca16                	sw	t0,20(sp)
8040092c:	428d                	li	t0,3
8040092e:	a849                	j	804009c0 <trap_save>

80400930 <trap_vector_4>:
80400930:	14011173          	csrrw	sp,sscratch,sp
80400934:	7119                	add	sp,sp,-128
80400936:	ca16                	sw	t0,20(sp)
80400938:	4291                	li	t0,4
8040093a:	a059                	j	804009c0 <trap_save>

8040093c <trap_vector_5>:
8040093c:	14011173          	csrrw	sp,sscratch,sp
80400940:	7119                	add	sp,sp,-128
80400942:	ca16                	sw	t0,20(sp)
80400944:	4295                	li	t0,5
80400946:	a8ad                	j	804009c0 <trap_save>

80400948 <trap_vector_6>:
80400948:	14011173          	csrrw	sp,sscratch,sp
8040094c:	7119                	add	sp,sp,-128
8040094e:	ca16                	sw	t0,20(sp)
80400950:	4299                	li	t0,6
80400952:	a0bd                	j	804009c0 <trap_save>

80400954 <trap_vector_7>:
80400954:	14011173          	csrrw	sp,sscratch,sp
80400958:	7119                	add	sp,sp,-128
8040095a:	ca16                	sw	t0,20(sp)
8040095c:	429d                	li	t0,7
8040095e:	a08d                	j	804009c0 <trap_save>

80400960 <trap_vector_8>:
80400960:	14011173          	csrrw	sp,sscratch,sp
80400964:	7119                	add	sp,sp,-128
80400966:	ca16                	sw	t0,20(sp)
80400968:	42a1                	li	t0,8
8040096a:	a899                	j	804009c0 <trap_save>

8040096c <trap_vector_9>:
8040096c:	14011173          	csrrw	sp,sscratch,sp
80400970:	7119                	add	sp,sp,-128
80400972:	ca16                	sw	t0,20(sp)
80400974:	42a5                	li	t0,9
80400976:	a0a9                	j	804009c0 <trap_save>

80400978 <trap_vector_10>:
80400978:	14011173          	csrrw	sp,sscratch,sp
8040097c:	7119                	add	sp,sp,-128
8040097e:	ca16                	sw	t0,20(sp)
80400980:	42a9                	li	t0,10
80400982:	a83d                	j	804009c0 <trap_save>

80400984 <trap_vector_11>:
80400984:	14011173          	csrrw	sp,sscratch,sp
80400988:	7119                	add	sp,sp,-128
8040098a:	ca16                	sw	t0,20(sp)
8040098c:	42ad                	li	t0,11
8040098e:	a80d                	j	804009c0 <trap_save>

80400990 <trap_vector_12>:
80400990:	14011173          	csrrw	sp,sscratch,sp
80400994:	7119                	add	sp,sp,-128
80400996:	ca16                	sw	t0,20(sp)
80400998:	42b1                	li	t0,12
8040099a:	a01d                	j	804009c0 <trap_save>

8040099c <trap_vector_13>:
8040099c:	14011173          	csrrw	sp,sscratch,sp
804009a0:	7119                	add	sp,sp,-128
804009a2:	ca16                	sw	t0,20(sp)
804009a4:	42b5                	li	t0,13
804009a6:	a829                	j	804009c0 <trap_save>

804009a8 <trap_vector_14>:
804009a8:	14011173          	csrrw	sp,sscratch,sp
804009ac:	7119                	add	sp,sp,-128
804009ae:	ca16                	sw	t0,20(sp)
804009b0:	42b9                	li	t0,14
804009b2:	a039                	j	804009c0 <trap_save>

804009b4 <trap_vector_15>:
804009b4:	14011173          	csrrw	sp,sscratch,sp
804009b8:	7119                	add	sp,sp,-128
804009ba:	ca16                	sw	t0,20(sp)
804009bc:	42bd                	li	t0,15
804009be:	a009                	j	804009c0 <trap_save>

804009c0 <trap_save>:
804009c0:	c016                	sw	t0,0(sp)
804009c2:	c206                	sw	ra,4(sp)
804009c4:	c60e                	sw	gp,12(sp)
804009c6:	c812                	sw	tp,16(sp)
804009c8:	cc1a                	sw	t1,24(sp)
804009ca:	ce1e                	sw	t2,28(sp)
804009cc:	d022                	sw	s0,32(sp)
804009ce:	d226                	sw	s1,36(sp)
804009d0:	d42a                	sw	a0,40(sp)
804009d2:	d62e                	sw	a1,44(sp)
804009d4:	d832                	sw	a2,48(sp)
804009d6:	da36                	sw	a3,52(sp)
804009d8:	dc3a                	sw	a4,56(sp)
804009da:	de3e                	sw	a5,60(sp)
804009dc:	c0c2                	sw	a6,64(sp)
804009de:	c2c6                	sw	a7,68(sp)
804009e0:	c4ca                	sw	s2,72(sp)
804009e2:	c6ce                	sw	s3,76(sp)
804009e4:	c8d2                	sw	s4,80(sp)
804009e6:	cad6                	sw	s5,84(sp)
804009e8:	ccda                	sw	s6,88(sp)
804009ea:	cede                	sw	s7,92(sp)
804009ec:	d0e2                	sw	s8,96(sp)
804009ee:	d2e6                	sw	s9,100(sp)
804009f0:	d4ea                	sw	s10,104(sp)
804009f2:	d6ee                	sw	s11,108(sp)
804009f4:	d8f2                	sw	t3,112(sp)
804009f6:	daf6                	sw	t4,116(sp)
804009f8:	dcfa                	sw	t5,120(sp)
804009fa:	defe                	sw	t6,124(sp)
804009fc:	140022f3          	csrr	t0,sscratch
80400a00:	c416                	sw	t0,8(sp)
80400a02:	08010293          	add	t0,sp,128
80400a06:	14029073          	csrw	sscratch,t0
80400a0a:	850a                	mv	a0,sp
80400a0c:	219d                	jal	80400e72 <s_trap>
80400a0e:	4092                	lw	ra,4(sp)
80400a10:	41b2                	lw	gp,12(sp)
80400a12:	4242                	lw	tp,16(sp)
80400a14:	42d2                	lw	t0,20(sp)
80400a16:	4362                	lw	t1,24(sp)
80400a18:	43f2                	lw	t2,28(sp)
80400a1a:	5402                	lw	s0,32(sp)
80400a1c:	5492                	lw	s1,36(sp)
80400a1e:	5522                	lw	a0,40(sp)
80400a20:	55b2                	lw	a1,44(sp)
80400a22:	5642                	lw	a2,48(sp)
80400a24:	56d2                	lw	a3,52(sp)
80400a26:	5762                	lw	a4,56(sp)
80400a28:	57f2                	lw	a5,60(sp)
80400a2a:	4806                	lw	a6,64(sp)
80400a2c:	4896                	lw	a7,68(sp)
80400a2e:	4926                	lw	s2,72(sp)
80400a30:	49b6                	lw	s3,76(sp)
80400a32:	4a46                	lw	s4,80(sp)
80400a34:	4ad6                	lw	s5,84(sp)
80400a36:	4b66                	lw	s6,88(sp)
80400a38:	4bf6                	lw	s7,92(sp)
80400a3a:	5c06                	lw	s8,96(sp)
80400a3c:	5c96                	lw	s9,100(sp)
80400a3e:	5d26                	lw	s10,104(sp)
80400a40:	5db6                	lw	s11,108(sp)
80400a42:	5e46                	lw	t3,112(sp)
80400a44:	5ed6                	lw	t4,116(sp)
80400a46:	5f66                	lw	t5,120(sp)
80400a48:	5ff6                	lw	t6,124(sp)
80400a4a:	4122                	lw	sp,8(sp)
80400a4c:	10200073          	sret
	...

80400a7c <enter_user>:
80400a7c:	7139                	add	sp,sp,-64
80400a7e:	c006                	sw	ra,0(sp)
80400a80:	c222                	sw	s0,4(sp)
80400a82:	c426                	sw	s1,8(sp)
80400a84:	c64a                	sw	s2,12(sp)
80400a86:	c84e                	sw	s3,16(sp)
80400a88:	ca52                	sw	s4,20(sp)
80400a8a:	cc56                	sw	s5,24(sp)
80400a8c:	ce5a                	sw	s6,28(sp)
80400a8e:	d05e                	sw	s7,32(sp)
80400a90:	d262                	sw	s8,36(sp)
80400a92:	d466                	sw	s9,40(sp)
80400a94:	d66a                	sw	s10,44(sp)
80400a96:	d86e                	sw	s11,48(sp)
80400a98:	0000b297          	auipc	t0,0xb
80400a9c:	56828293          	add	t0,t0,1384 # 8040c000 <user_saved_sp>
80400aa0:	0022a023          	sw	sp,0(t0)
80400aa4:	14151073          	csrw	sepc,a0
80400aa8:	10000293          	li	t0,256
80400aac:	1002b073          	csrc	sstatus,t0
80400ab0:	812e                	mv	sp,a1
80400ab2:	8532                	mv	a0,a2
80400ab4:	10200073          	sret

80400ab8 <user_return>:
80400ab8:	0000b297          	auipc	t0,0xb
80400abc:	54828293          	add	t0,t0,1352 # 8040c000 <user_saved_sp>
80400ac0:	0002a103          	lw	sp,0(t0)
80400ac4:	4082                	lw	ra,0(sp)
80400ac6:	4412                	lw	s0,4(sp)
80400ac8:	44a2                	lw	s1,8(sp)
80400aca:	4932                	lw	s2,12(sp)
80400acc:	49c2                	lw	s3,16(sp)
80400ace:	4a52                	lw	s4,20(sp)
80400ad0:	4ae2                	lw	s5,24(sp)
80400ad2:	4b72                	lw	s6,28(sp)
80400ad4:	5b82                	lw	s7,32(sp)
80400ad6:	5c12                	lw	s8,36(sp)
80400ad8:	5ca2                	lw	s9,40(sp)
80400ada:	5d32                	lw	s10,44(sp)
80400adc:	5dc2                	lw	s11,48(sp)
80400ade:	6121                	add	sp,sp,64
80400ae0:	8082                	ret

80400ae2 <print>:
80400ae2:	00054783          	lbu	a5,0(a0)
80400ae6:	85aa                	mv	a1,a0
80400ae8:	4501                	li	a0,0
80400aea:	c799                	beqz	a5,80400af8 <print+0x16>
80400aec:	0505                	add	a0,a0,1
80400aee:	00a587b3          	add	a5,a1,a0
80400af2:	0007c783          	lbu	a5,0(a5)
80400af6:	fbfd                	bnez	a5,80400aec <print+0xa>
80400af8:	444248b7          	lui	a7,0x44424
80400afc:	4601                	li	a2,0
80400afe:	4801                	li	a6,0
80400b00:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400b04:	00000073          	ecall
80400b08:	8082                	ret

80400b0a <print_hex>:
80400b0a:	1141                	add	sp,sp,-16
80400b0c:	77e1                	lui	a5,0xffff8
80400b0e:	004c                	add	a1,sp,4
80400b10:	8307c793          	xor	a5,a5,-2000
80400b14:	80401637          	lui	a2,0x80401
80400b18:	00f11223          	sh	a5,4(sp)
80400b1c:	86ae                	mv	a3,a1
80400b1e:	4771                	li	a4,28
80400b20:	4dc60613          	add	a2,a2,1244 # 804014dc <sfence_vma_addr+0x510>
80400b24:	5871                	li	a6,-4
80400b26:	00e557b3          	srl	a5,a0,a4
80400b2a:	8bbd                	and	a5,a5,15
80400b2c:	97b2                	add	a5,a5,a2
80400b2e:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbe6fd0>
80400b32:	1771                	add	a4,a4,-4
80400b34:	0685                	add	a3,a3,1
80400b36:	00f680a3          	sb	a5,1(a3)
80400b3a:	ff0716e3          	bne	a4,a6,80400b26 <print_hex+0x1c>
80400b3e:	00010723          	sb	zero,14(sp)
80400b42:	87ae                	mv	a5,a1
80400b44:	0017c703          	lbu	a4,1(a5)
80400b48:	853e                	mv	a0,a5
80400b4a:	0785                	add	a5,a5,1
80400b4c:	ff65                	bnez	a4,80400b44 <print_hex+0x3a>
80400b4e:	8d0d                	sub	a0,a0,a1
80400b50:	444248b7          	lui	a7,0x44424
80400b54:	0505                	add	a0,a0,1
80400b56:	4601                	li	a2,0
80400b58:	4801                	li	a6,0
80400b5a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400b5e:	00000073          	ecall
80400b62:	0141                	add	sp,sp,16
80400b64:	8082                	ret

80400b66 <print_value>:
80400b66:	00054783          	lbu	a5,0(a0)
80400b6a:	872a                	mv	a4,a0
80400b6c:	1141                	add	sp,sp,-16
80400b6e:	832e                	mv	t1,a1
80400b70:	4501                	li	a0,0
80400b72:	c799                	beqz	a5,80400b80 <print_value+0x1a>
80400b74:	0505                	add	a0,a0,1
80400b76:	00a707b3          	add	a5,a4,a0
80400b7a:	0007c783          	lbu	a5,0(a5)
80400b7e:	fbfd                	bnez	a5,80400b74 <print_value+0xe>
80400b80:	444248b7          	lui	a7,0x44424
80400b84:	85ba                	mv	a1,a4
80400b86:	4601                	li	a2,0
80400b88:	4801                	li	a6,0
80400b8a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400b8e:	00000073          	ecall
80400b92:	804015b7          	lui	a1,0x80401
80400b96:	4505                	li	a0,1
80400b98:	4f058593          	add	a1,a1,1264 # 804014f0 <sfence_vma_addr+0x524>
80400b9c:	00000073          	ecall
80400ba0:	77e1                	lui	a5,0xffff8
80400ba2:	004c                	add	a1,sp,4
80400ba4:	8307c793          	xor	a5,a5,-2000
80400ba8:	80401637          	lui	a2,0x80401
80400bac:	00f11223          	sh	a5,4(sp)
80400bb0:	86ae                	mv	a3,a1
80400bb2:	4771                	li	a4,28
80400bb4:	4dc60613          	add	a2,a2,1244 # 804014dc <sfence_vma_addr+0x510>
80400bb8:	5571                	li	a0,-4
80400bba:	00e357b3          	srl	a5,t1,a4
80400bbe:	8bbd                	and	a5,a5,15
80400bc0:	97b2                	add	a5,a5,a2
80400bc2:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbe6fd0>
80400bc6:	1771                	add	a4,a4,-4
80400bc8:	0685                	add	a3,a3,1
80400bca:	00f680a3          	sb	a5,1(a3)
80400bce:	fea716e3          	bne	a4,a0,80400bba <print_value+0x54>
80400bd2:	00010723          	sb	zero,14(sp)
80400bd6:	87ae                	mv	a5,a1
80400bd8:	0017c703          	lbu	a4,1(a5)
80400bdc:	853e                	mv	a0,a5
80400bde:	0785                	add	a5,a5,1
80400be0:	ff65                	bnez	a4,80400bd8 <print_value+0x72>
80400be2:	8d0d                	sub	a0,a0,a1
80400be4:	444248b7          	lui	a7,0x44424
80400be8:	0505                	add	a0,a0,1
80400bea:	4601                	li	a2,0
80400bec:	4801                	li	a6,0
80400bee:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400bf2:	00000073          	ecall
80400bf6:	804015b7          	lui	a1,0x80401
80400bfa:	4505                	li	a0,1
80400bfc:	03c58593          	add	a1,a1,60 # 8040103c <sfence_vma_addr+0x70>
80400c00:	00000073          	ecall
80400c04:	0141                	add	sp,sp,16
80400c06:	8082                	ret

80400c08 <probe_exit>:
80400c08:	1141                	add	sp,sp,-16
80400c0a:	85aa                	mv	a1,a0
80400c0c:	f00007b7          	lui	a5,0xf0000
80400c10:	535258b7          	lui	a7,0x53525
80400c14:	c606                	sw	ra,12(sp)
80400c16:	4501                	li	a0,0
80400c18:	8ddd                	or	a1,a1,a5
80400c1a:	4601                	li	a2,0
80400c1c:	4801                	li	a6,0
80400c1e:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80400c22:	00000073          	ecall
80400c26:	80401537          	lui	a0,0x80401
80400c2a:	4f450513          	add	a0,a0,1268 # 804014f4 <sfence_vma_addr+0x528>
80400c2e:	3d55                	jal	80400ae2 <print>
80400c30:	10500073          	wfi
80400c34:	10500073          	wfi
80400c38:	bfe5                	j	80400c30 <probe_exit+0x28>

80400c3a <unexpected_trap>:
80400c3a:	1141                	add	sp,sp,-16
80400c3c:	c04a                	sw	s2,0(sp)
80400c3e:	892a                	mv	s2,a0
80400c40:	80401537          	lui	a0,0x80401
80400c44:	51450513          	add	a0,a0,1300 # 80401514 <sfence_vma_addr+0x548>
80400c48:	c606                	sw	ra,12(sp)
80400c4a:	c422                	sw	s0,8(sp)
80400c4c:	c226                	sw	s1,4(sp)
80400c4e:	8432                	mv	s0,a2
80400c50:	84ae                	mv	s1,a1
80400c52:	3d41                	jal	80400ae2 <print>
80400c54:	854a                	mv	a0,s2
80400c56:	3d55                	jal	80400b0a <print_hex>
80400c58:	80401537          	lui	a0,0x80401
80400c5c:	53450513          	add	a0,a0,1332 # 80401534 <sfence_vma_addr+0x568>
80400c60:	3549                	jal	80400ae2 <print>
80400c62:	8526                	mv	a0,s1
80400c64:	355d                	jal	80400b0a <print_hex>
80400c66:	80401537          	lui	a0,0x80401
80400c6a:	53c50513          	add	a0,a0,1340 # 8040153c <sfence_vma_addr+0x570>
80400c6e:	3d95                	jal	80400ae2 <print>
80400c70:	8522                	mv	a0,s0
80400c72:	3d61                	jal	80400b0a <print_hex>
80400c74:	80401537          	lui	a0,0x80401
80400c78:	03c50513          	add	a0,a0,60 # 8040103c <sfence_vma_addr+0x70>
80400c7c:	359d                	jal	80400ae2 <print>
80400c7e:	4505                	li	a0,1
80400c80:	3761                	jal	80400c08 <probe_exit>

80400c82 <check_eq.part.0>:
80400c82:	804017b7          	lui	a5,0x80401
80400c86:	1101                	add	sp,sp,-32
80400c88:	8e2e                	mv	t3,a1
80400c8a:	ce06                	sw	ra,28(sp)
80400c8c:	54478593          	add	a1,a5,1348 # 80401544 <sfence_vma_addr+0x578>
80400c90:	8f2a                	mv	t5,a0
80400c92:	86b2                	mv	a3,a2
80400c94:	54478793          	add	a5,a5,1348
80400c98:	0017c703          	lbu	a4,1(a5)
80400c9c:	853e                	mv	a0,a5
80400c9e:	0785                	add	a5,a5,1
80400ca0:	ff65                	bnez	a4,80400c98 <check_eq.part.0+0x16>
80400ca2:	8d0d                	sub	a0,a0,a1
80400ca4:	444248b7          	lui	a7,0x44424
80400ca8:	0505                	add	a0,a0,1
80400caa:	4601                	li	a2,0
80400cac:	4801                	li	a6,0
80400cae:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400cb2:	00000073          	ecall
80400cb6:	0006c783          	lbu	a5,0(a3)
80400cba:	4501                	li	a0,0
80400cbc:	c799                	beqz	a5,80400cca <check_eq.part.0+0x48>
80400cbe:	0505                	add	a0,a0,1
80400cc0:	00a687b3          	add	a5,a3,a0
80400cc4:	0007c783          	lbu	a5,0(a5)
80400cc8:	fbfd                	bnez	a5,80400cbe <check_eq.part.0+0x3c>
80400cca:	444248b7          	lui	a7,0x44424
80400cce:	85b6                	mv	a1,a3
80400cd0:	4601                	li	a2,0
80400cd2:	4801                	li	a6,0
80400cd4:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400cd8:	00000073          	ecall
80400cdc:	804017b7          	lui	a5,0x80401
80400ce0:	54c78593          	add	a1,a5,1356 # 8040154c <sfence_vma_addr+0x580>
80400ce4:	54c78793          	add	a5,a5,1356
80400ce8:	0017c703          	lbu	a4,1(a5)
80400cec:	86be                	mv	a3,a5
80400cee:	0785                	add	a5,a5,1
80400cf0:	ff65                	bnez	a4,80400ce8 <check_eq.part.0+0x66>
80400cf2:	8e8d                	sub	a3,a3,a1
80400cf4:	444248b7          	lui	a7,0x44424
80400cf8:	00168513          	add	a0,a3,1
80400cfc:	4601                	li	a2,0
80400cfe:	4801                	li	a6,0
80400d00:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400d04:	00000073          	ecall
80400d08:	77e1                	lui	a5,0xffff8
80400d0a:	00410e93          	add	t4,sp,4
80400d0e:	8307c793          	xor	a5,a5,-2000
80400d12:	80401337          	lui	t1,0x80401
80400d16:	00f11223          	sh	a5,4(sp)
80400d1a:	86f6                	mv	a3,t4
80400d1c:	4771                	li	a4,28
80400d1e:	4dc30313          	add	t1,t1,1244 # 804014dc <sfence_vma_addr+0x510>
80400d22:	5671                	li	a2,-4
80400d24:	00ef57b3          	srl	a5,t5,a4
80400d28:	8bbd                	and	a5,a5,15
80400d2a:	979a                	add	a5,a5,t1
80400d2c:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbe6fd0>
80400d30:	1771                	add	a4,a4,-4
80400d32:	0685                	add	a3,a3,1
80400d34:	00f680a3          	sb	a5,1(a3)
80400d38:	fec716e3          	bne	a4,a2,80400d24 <check_eq.part.0+0xa2>
80400d3c:	00010723          	sb	zero,14(sp)
80400d40:	87f6                	mv	a5,t4
80400d42:	0017c703          	lbu	a4,1(a5)
80400d46:	853e                	mv	a0,a5
80400d48:	0785                	add	a5,a5,1
80400d4a:	ff65                	bnez	a4,80400d42 <check_eq.part.0+0xc0>
80400d4c:	41d50533          	sub	a0,a0,t4
80400d50:	444248b7          	lui	a7,0x44424
80400d54:	0505                	add	a0,a0,1
80400d56:	85f6                	mv	a1,t4
80400d58:	4601                	li	a2,0
80400d5a:	4801                	li	a6,0
80400d5c:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400d60:	00000073          	ecall
80400d64:	804017b7          	lui	a5,0x80401
80400d68:	55478593          	add	a1,a5,1364 # 80401554 <sfence_vma_addr+0x588>
80400d6c:	55478793          	add	a5,a5,1364
80400d70:	0017c703          	lbu	a4,1(a5)
80400d74:	853e                	mv	a0,a5
80400d76:	0785                	add	a5,a5,1
80400d78:	ff65                	bnez	a4,80400d70 <check_eq.part.0+0xee>
80400d7a:	8d0d                	sub	a0,a0,a1
80400d7c:	444248b7          	lui	a7,0x44424
80400d80:	0505                	add	a0,a0,1
80400d82:	4601                	li	a2,0
80400d84:	4801                	li	a6,0
80400d86:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400d8a:	00000073          	ecall
80400d8e:	77e1                	lui	a5,0xffff8
80400d90:	8307c793          	xor	a5,a5,-2000
80400d94:	00f11223          	sh	a5,4(sp)
80400d98:	86f6                	mv	a3,t4
80400d9a:	4771                	li	a4,28
80400d9c:	5671                	li	a2,-4
80400d9e:	00ee57b3          	srl	a5,t3,a4
80400da2:	8bbd                	and	a5,a5,15
80400da4:	979a                	add	a5,a5,t1
80400da6:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbe6fd0>
80400daa:	1771                	add	a4,a4,-4
80400dac:	0685                	add	a3,a3,1
80400dae:	00f680a3          	sb	a5,1(a3)
80400db2:	fec716e3          	bne	a4,a2,80400d9e <check_eq.part.0+0x11c>
80400db6:	00010723          	sb	zero,14(sp)
80400dba:	87f6                	mv	a5,t4
80400dbc:	0017c703          	lbu	a4,1(a5)
80400dc0:	853e                	mv	a0,a5
80400dc2:	0785                	add	a5,a5,1
80400dc4:	ff65                	bnez	a4,80400dbc <check_eq.part.0+0x13a>
80400dc6:	41d50533          	sub	a0,a0,t4
80400dca:	444248b7          	lui	a7,0x44424
80400dce:	0505                	add	a0,a0,1
80400dd0:	85f6                	mv	a1,t4
80400dd2:	4601                	li	a2,0
80400dd4:	4801                	li	a6,0
80400dd6:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400dda:	00000073          	ecall
80400dde:	804015b7          	lui	a1,0x80401
80400de2:	4505                	li	a0,1
80400de4:	03c58593          	add	a1,a1,60 # 8040103c <sfence_vma_addr+0x70>
80400de8:	00000073          	ecall
80400dec:	4505                	li	a0,1
80400dee:	3d29                	jal	80400c08 <probe_exit>

80400df0 <fail>:
80400df0:	1141                	add	sp,sp,-16
80400df2:	c422                	sw	s0,8(sp)
80400df4:	842a                	mv	s0,a0
80400df6:	80401537          	lui	a0,0x80401
80400dfa:	54450513          	add	a0,a0,1348 # 80401544 <sfence_vma_addr+0x578>
80400dfe:	c606                	sw	ra,12(sp)
80400e00:	31cd                	jal	80400ae2 <print>
80400e02:	8522                	mv	a0,s0
80400e04:	39f9                	jal	80400ae2 <print>
80400e06:	80401537          	lui	a0,0x80401
80400e0a:	03c50513          	add	a0,a0,60 # 8040103c <sfence_vma_addr+0x70>
80400e0e:	39d1                	jal	80400ae2 <print>
80400e10:	4505                	li	a0,1
80400e12:	3bdd                	jal	80400c08 <probe_exit>

80400e14 <check_eq>:
80400e14:	00b51363          	bne	a0,a1,80400e1a <check_eq+0x6>
80400e18:	8082                	ret
80400e1a:	1141                	add	sp,sp,-16
80400e1c:	c606                	sw	ra,12(sp)
80400e1e:	3595                	jal	80400c82 <check_eq.part.0>

80400e20 <expect_trap>:
80400e20:	8040d7b7          	lui	a5,0x8040d
80400e24:	577d                	li	a4,-1
80400e26:	00e7a823          	sw	a4,16(a5) # 8040d010 <last_trap>
80400e2a:	804027b7          	lui	a5,0x80402
80400e2e:	4705                	li	a4,1
80400e30:	00e7a023          	sw	a4,0(a5) # 80402000 <s_trap_expected>
80400e34:	8082                	ret

80400e36 <check_trap>:
80400e36:	804027b7          	lui	a5,0x80402
80400e3a:	0007a023          	sw	zero,0(a5) # 80402000 <s_trap_expected>
80400e3e:	8040d7b7          	lui	a5,0x8040d
80400e42:	01078793          	add	a5,a5,16 # 8040d010 <last_trap>
80400e46:	0007a883          	lw	a7,0(a5)
80400e4a:	1141                	add	sp,sp,-16
80400e4c:	c606                	sw	ra,12(sp)
80400e4e:	587d                	li	a6,-1
80400e50:	01088b63          	beq	a7,a6,80400e66 <check_trap+0x30>
80400e54:	4394                	lw	a3,0(a5)
80400e56:	00a69b63          	bne	a3,a0,80400e6c <check_trap+0x36>
80400e5a:	4788                	lw	a0,8(a5)
80400e5c:	00b51763          	bne	a0,a1,80400e6a <check_trap+0x34>
80400e60:	40b2                	lw	ra,12(sp)
80400e62:	0141                	add	sp,sp,16
80400e64:	8082                	ret
80400e66:	8532                	mv	a0,a2
80400e68:	3761                	jal	80400df0 <fail>
80400e6a:	3d21                	jal	80400c82 <check_eq.part.0>
80400e6c:	85aa                	mv	a1,a0
80400e6e:	8536                	mv	a0,a3
80400e70:	3d09                	jal	80400c82 <check_eq.part.0>

80400e72 <s_trap>:
80400e72:	7179                	add	sp,sp,-48
80400e74:	d606                	sw	ra,44(sp)
80400e76:	14202773          	csrr	a4,scause
80400e7a:	141025f3          	csrr	a1,sepc
80400e7e:	14302673          	csrr	a2,stval
80400e82:	10002873          	csrr	a6,sstatus
80400e86:	08074063          	bltz	a4,80400f06 <s_trap+0x94>
80400e8a:	8040d7b7          	lui	a5,0x8040d
80400e8e:	01078793          	add	a5,a5,16 # 8040d010 <last_trap>
80400e92:	86aa                	mv	a3,a0
80400e94:	4108                	lw	a0,0(a0)
80400e96:	c398                	sw	a4,0(a5)
80400e98:	c3cc                	sw	a1,4(a5)
80400e9a:	c790                	sw	a2,8(a5)
80400e9c:	0107a623          	sw	a6,12(a5)
80400ea0:	cc42                	sw	a6,24(sp)
80400ea2:	c63a                	sw	a4,12(sp)
80400ea4:	c82e                	sw	a1,16(sp)
80400ea6:	ca32                	sw	a2,20(sp)
80400ea8:	ce2a                	sw	a0,28(sp)
80400eaa:	cb88                	sw	a0,16(a5)
80400eac:	10087813          	and	a6,a6,256
80400eb0:	02081063          	bnez	a6,80400ed0 <s_trap+0x5e>
80400eb4:	d698                	sw	a4,40(a3)
80400eb6:	10000793          	li	a5,256
80400eba:	1007a073          	csrs	sstatus,a5
80400ebe:	804017b7          	lui	a5,0x80401
80400ec2:	ab878793          	add	a5,a5,-1352 # 80400ab8 <user_return>
80400ec6:	14179073          	csrw	sepc,a5
80400eca:	50b2                	lw	ra,44(sp)
80400ecc:	6145                	add	sp,sp,48
80400ece:	8082                	ret
80400ed0:	804027b7          	lui	a5,0x80402
80400ed4:	0007a503          	lw	a0,0(a5) # 80402000 <s_trap_expected>
80400ed8:	c921                	beqz	a0,80400f28 <s_trap+0xb6>
80400eda:	0007a023          	sw	zero,0(a5)
80400ede:	47b1                	li	a5,12
80400ee0:	02f70e63          	beq	a4,a5,80400f1c <s_trap+0xaa>
80400ee4:	4785                	li	a5,1
80400ee6:	02f70b63          	beq	a4,a5,80400f1c <s_trap+0xaa>
80400eea:	0005d783          	lhu	a5,0(a1)
80400eee:	468d                	li	a3,3
80400ef0:	4709                	li	a4,2
80400ef2:	8b8d                	and	a5,a5,3
80400ef4:	00d79363          	bne	a5,a3,80400efa <s_trap+0x88>
80400ef8:	4711                	li	a4,4
80400efa:	95ba                	add	a1,a1,a4
80400efc:	14159073          	csrw	sepc,a1
80400f00:	50b2                	lw	ra,44(sp)
80400f02:	6145                	add	sp,sp,48
80400f04:	8082                	ret
80400f06:	804027b7          	lui	a5,0x80402
80400f0a:	0047a683          	lw	a3,4(a5) # 80402004 <irq_handler>
80400f0e:	ce89                	beqz	a3,80400f28 <s_trap+0xb6>
80400f10:	50b2                	lw	ra,44(sp)
80400f12:	0047a783          	lw	a5,4(a5)
80400f16:	85ba                	mv	a1,a4
80400f18:	6145                	add	sp,sp,48
80400f1a:	8782                	jr	a5
80400f1c:	42dc                	lw	a5,4(a3)
80400f1e:	14179073          	csrw	sepc,a5
80400f22:	50b2                	lw	ra,44(sp)
80400f24:	6145                	add	sp,sp,48
80400f26:	8082                	ret
80400f28:	853a                	mv	a0,a4
80400f2a:	3b01                	jal	80400c3a <unexpected_trap>

80400f2c <probe_start>:
80400f2c:	1141                	add	sp,sp,-16
80400f2e:	c606                	sw	ra,12(sp)
80400f30:	e911                	bnez	a0,80400f44 <probe_start+0x18>
80400f32:	910ff0ef          	jal	80400042 <probe_main>
80400f36:	80401537          	lui	a0,0x80401
80400f3a:	57050513          	add	a0,a0,1392 # 80401570 <sfence_vma_addr+0x5a4>
80400f3e:	3655                	jal	80400ae2 <print>
80400f40:	4501                	li	a0,0
80400f42:	31d9                	jal	80400c08 <probe_exit>
80400f44:	80401637          	lui	a2,0x80401
80400f48:	56060613          	add	a2,a2,1376 # 80401560 <sfence_vma_addr+0x594>
80400f4c:	4581                	li	a1,0
80400f4e:	3b15                	jal	80400c82 <check_eq.part.0>

80400f50 <pte_leaf_at>:
80400f50:	8131                	srl	a0,a0,0xc
80400f52:	052a                	sll	a0,a0,0xa
80400f54:	8d4d                	or	a0,a0,a1
80400f56:	00156513          	or	a0,a0,1
80400f5a:	8082                	ret

80400f5c <pte_leaf>:
80400f5c:	8131                	srl	a0,a0,0xc
80400f5e:	052a                	sll	a0,a0,0xa
80400f60:	8d4d                	or	a0,a0,a1
80400f62:	00156513          	or	a0,a0,1
80400f66:	8082                	ret

80400f68 <sv32_clear>:
80400f68:	6785                	lui	a5,0x1
80400f6a:	97aa                	add	a5,a5,a0
80400f6c:	00052023          	sw	zero,0(a0)
80400f70:	0511                	add	a0,a0,4
80400f72:	fef51de3          	bne	a0,a5,80400f6c <sv32_clear+0x4>
80400f76:	8082                	ret

80400f78 <sv32_map_image>:
80400f78:	6785                	lui	a5,0x1
80400f7a:	953e                	add	a0,a0,a5
80400f7c:	201007b7          	lui	a5,0x20100
80400f80:	0cf78793          	add	a5,a5,207 # 201000cf <__stack_size+0x200fc0cf>
80400f84:	80f52223          	sw	a5,-2044(a0)
80400f88:	8082                	ret

80400f8a <sv32_map_region>:
80400f8a:	81d9                	srl	a1,a1,0x16
80400f8c:	8231                	srl	a2,a2,0xc
80400f8e:	058a                	sll	a1,a1,0x2
80400f90:	062a                	sll	a2,a2,0xa
80400f92:	952e                	add	a0,a0,a1
80400f94:	00166613          	or	a2,a2,1
80400f98:	c110                	sw	a2,0(a0)
80400f9a:	8082                	ret

80400f9c <sv32_pte>:
80400f9c:	81b1                	srl	a1,a1,0xc
80400f9e:	3ff5f593          	and	a1,a1,1023
80400fa2:	058a                	sll	a1,a1,0x2
80400fa4:	952e                	add	a0,a0,a1
80400fa6:	8082                	ret

80400fa8 <sv32_enable>:
80400fa8:	800007b7          	lui	a5,0x80000
80400fac:	8131                	srl	a0,a0,0xc
80400fae:	8d5d                	or	a0,a0,a5
80400fb0:	18051073          	csrw	satp,a0
80400fb4:	12000073          	sfence.vma
80400fb8:	8082                	ret

80400fba <sv32_disable>:
80400fba:	4781                	li	a5,0
80400fbc:	18079073          	csrw	satp,a5
80400fc0:	12000073          	sfence.vma
80400fc4:	8082                	ret

80400fc6 <sfence_vma>:
80400fc6:	12000073          	sfence.vma
80400fca:	8082                	ret

80400fcc <sfence_vma_addr>:
80400fcc:	12050073          	sfence.vma	a0
80400fd0:	8082                	ret
