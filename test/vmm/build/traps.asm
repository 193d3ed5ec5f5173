
build/traps.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	0000d117          	auipc	sp,0xd
80400004:	03010113          	add	sp,sp,48 # 8040d030 <__image_end>
80400008:	00002297          	auipc	t0,0x2
8040000c:	ff828293          	add	t0,t0,-8 # 80402000 <s_trap_expected>
80400010:	00009317          	auipc	t1,0x9
80400014:	02030313          	add	t1,t1,32 # 80409030 <__bss_end>
80400018:	0062f663          	bgeu	t0,t1,80400024 <_start+0x24>
8040001c:	0002a023          	sw	zero,0(t0)
80400020:	0291                	add	t0,t0,4
80400022:	bfdd                	j	80400018 <_start+0x18>
80400024:	00000297          	auipc	t0,0x0
80400028:	55828293          	add	t0,t0,1368 # 8040057c <s_trap_entry>
8040002c:	10529073          	csrw	stvec,t0
80400030:	00009297          	auipc	t0,0x9
80400034:	fe028293          	add	t0,t0,-32 # 80409010 <last_trap>
80400038:	14029073          	csrw	sscratch,t0
8040003c:	3a9000ef          	jal	80400be4 <probe_start>
	...

80400042 <check_user>:
80400042:	1101                	add	sp,sp,-32
80400044:	882e                	mv	a6,a1
80400046:	cc22                	sw	s0,24(sp)
80400048:	842a                	mv	s0,a0
8040004a:	80000537          	lui	a0,0x80000
8040004e:	9542                	add	a0,a0,a6
80400050:	400015b7          	lui	a1,0x40001
80400054:	ce06                	sw	ra,28(sp)
80400056:	ca26                	sw	s1,20(sp)
80400058:	c84a                	sw	s2,16(sp)
8040005a:	c64e                	sw	s3,12(sp)
8040005c:	893a                	mv	s2,a4
8040005e:	89b6                	mv	s3,a3
80400060:	c452                	sw	s4,8(sp)
80400062:	8a3e                	mv	s4,a5
80400064:	2bb000ef          	jal	80400b1e <run_user_at>
80400068:	8622                	mv	a2,s0
8040006a:	85ce                	mv	a1,s3
8040006c:	804094b7          	lui	s1,0x80409
80400070:	251000ef          	jal	80400ac0 <check_eq>
80400074:	01048493          	add	s1,s1,16 # 80409010 <last_trap>
80400078:	4488                	lw	a0,8(s1)
8040007a:	8622                	mv	a2,s0
8040007c:	85ca                	mv	a1,s2
8040007e:	243000ef          	jal	80400ac0 <check_eq>
80400082:	40c8                	lw	a0,4(s1)
80400084:	8622                	mv	a2,s0
80400086:	85d2                	mv	a1,s4
80400088:	239000ef          	jal	80400ac0 <check_eq>
8040008c:	44c8                	lw	a0,12(s1)
8040008e:	8622                	mv	a2,s0
80400090:	4581                	li	a1,0
80400092:	10057513          	and	a0,a0,256
80400096:	22b000ef          	jal	80400ac0 <check_eq>
8040009a:	8522                	mv	a0,s0
8040009c:	794000ef          	jal	80400830 <print>
804000a0:	80401537          	lui	a0,0x80401
804000a4:	c8050513          	add	a0,a0,-896 # 80400c80 <sv32_disable+0xe>
804000a8:	788000ef          	jal	80400830 <print>
804000ac:	854e                	mv	a0,s3
804000ae:	7aa000ef          	jal	80400858 <print_hex>
804000b2:	80401537          	lui	a0,0x80401
804000b6:	c8c50513          	add	a0,a0,-884 # 80400c8c <sv32_disable+0x1a>
804000ba:	776000ef          	jal	80400830 <print>
804000be:	854a                	mv	a0,s2
804000c0:	798000ef          	jal	80400858 <print_hex>
804000c4:	4462                	lw	s0,24(sp)
804000c6:	40f2                	lw	ra,28(sp)
804000c8:	44d2                	lw	s1,20(sp)
804000ca:	4942                	lw	s2,16(sp)
804000cc:	49b2                	lw	s3,12(sp)
804000ce:	4a22                	lw	s4,8(sp)
804000d0:	80401537          	lui	a0,0x80401
804000d4:	df450513          	add	a0,a0,-524 # 80400df4 <sv32_disable+0x182>
804000d8:	6105                	add	sp,sp,32
804000da:	7560006f          	j	80400830 <print>

804000de <probe_main>:
804000de:	1101                	add	sp,sp,-32
804000e0:	cc22                	sw	s0,24(sp)
804000e2:	80407437          	lui	s0,0x80407
804000e6:	00040513          	mv	a0,s0
804000ea:	ce06                	sw	ra,28(sp)
804000ec:	ca26                	sw	s1,20(sp)
804000ee:	c84a                	sw	s2,16(sp)
804000f0:	804064b7          	lui	s1,0x80406
804000f4:	c64e                	sw	s3,12(sp)
804000f6:	c452                	sw	s4,8(sp)
804000f8:	c256                	sw	s5,4(sp)
804000fa:	c05a                	sw	s6,0(sp)
804000fc:	325000ef          	jal	80400c20 <sv32_clear>
80400100:	00048513          	mv	a0,s1
80400104:	31d000ef          	jal	80400c20 <sv32_clear>
80400108:	00040513          	mv	a0,s0
8040010c:	325000ef          	jal	80400c30 <sv32_map_image>
80400110:	0de00593          	li	a1,222
80400114:	80400537          	lui	a0,0x80400
80400118:	2f1000ef          	jal	80400c08 <pte_leaf_at>
8040011c:	872a                	mv	a4,a0
8040011e:	00048613          	mv	a2,s1
80400122:	00040793          	mv	a5,s0
80400126:	00040513          	mv	a0,s0
8040012a:	400005b7          	lui	a1,0x40000
8040012e:	c3d8                	sw	a4,4(a5)
80400130:	313000ef          	jal	80400c42 <sv32_map_region>
80400134:	400005b7          	lui	a1,0x40000
80400138:	00048513          	mv	a0,s1
8040013c:	319000ef          	jal	80400c54 <sv32_pte>
80400140:	80405937          	lui	s2,0x80405
80400144:	89aa                	mv	s3,a0
80400146:	0d600593          	li	a1,214
8040014a:	00090513          	mv	a0,s2
8040014e:	2c7000ef          	jal	80400c14 <pte_leaf>
80400152:	00a9a023          	sw	a0,0(s3)
80400156:	400015b7          	lui	a1,0x40001
8040015a:	00048513          	mv	a0,s1
8040015e:	2f7000ef          	jal	80400c54 <sv32_pte>
80400162:	89aa                	mv	s3,a0
80400164:	80404537          	lui	a0,0x80404
80400168:	0ce00593          	li	a1,206
8040016c:	00050513          	mv	a0,a0
80400170:	2a5000ef          	jal	80400c14 <pte_leaf>
80400174:	00a9a023          	sw	a0,0(s3)
80400178:	400025b7          	lui	a1,0x40002
8040017c:	00048513          	mv	a0,s1
80400180:	2d5000ef          	jal	80400c54 <sv32_pte>
80400184:	804039b7          	lui	s3,0x80403
80400188:	04800593          	li	a1,72
8040018c:	84aa                	mv	s1,a0
8040018e:	00098513          	mv	a0,s3
80400192:	283000ef          	jal	80400c14 <pte_leaf>
80400196:	584f57b7          	lui	a5,0x584f5
8040019a:	c088                	sw	a0,0(s1)
8040019c:	e4c78793          	add	a5,a5,-436 # 584f4e4c <__stack_size+0x584f0e4c>
804001a0:	00040513          	mv	a0,s0
804001a4:	00f9a023          	sw	a5,0(s3) # 80403000 <xpage>
804001a8:	2b9000ef          	jal	80400c60 <sv32_enable>
804001ac:	80401537          	lui	a0,0x80401
804001b0:	c9450513          	add	a0,a0,-876 # 80400c94 <sv32_disable+0x22>
804001b4:	2db5                	jal	80400830 <print>
804001b6:	804005b7          	lui	a1,0x80400
804001ba:	80000437          	lui	s0,0x80000
804001be:	7e458793          	add	a5,a1,2020 # 804007e4 <user_ecall>
804001c2:	80401537          	lui	a0,0x80401
804001c6:	97a2                	add	a5,a5,s0
804001c8:	7e458593          	add	a1,a1,2020
804001cc:	cd850513          	add	a0,a0,-808 # 80400cd8 <sv32_disable+0x66>
804001d0:	4701                	li	a4,0
804001d2:	46a1                	li	a3,8
804001d4:	4601                	li	a2,0
804001d6:	35b5                	jal	80400042 <check_user>
804001d8:	804005b7          	lui	a1,0x80400
804001dc:	7f458793          	add	a5,a1,2036 # 804007f4 <user_read_sstatus>
804001e0:	10002737          	lui	a4,0x10002
804001e4:	80401537          	lui	a0,0x80401
804001e8:	97a2                	add	a5,a5,s0
804001ea:	2f370713          	add	a4,a4,755 # 100022f3 <__stack_size+0xfffe2f3>
804001ee:	7f458593          	add	a1,a1,2036
804001f2:	ce050513          	add	a0,a0,-800 # 80400ce0 <sv32_disable+0x6e>
804001f6:	4689                	li	a3,2
804001f8:	4601                	li	a2,0
804001fa:	35a1                	jal	80400042 <check_user>
804001fc:	804005b7          	lui	a1,0x80400
80400200:	7fc58793          	add	a5,a1,2044 # 804007fc <user_sret>
80400204:	10200737          	lui	a4,0x10200
80400208:	80401537          	lui	a0,0x80401
8040020c:	97a2                	add	a5,a5,s0
8040020e:	07370713          	add	a4,a4,115 # 10200073 <__stack_size+0x101fc073>
80400212:	7fc58593          	add	a1,a1,2044
80400216:	cf050513          	add	a0,a0,-784 # 80400cf0 <sv32_disable+0x7e>
8040021a:	4689                	li	a3,2
8040021c:	4601                	li	a2,0
8040021e:	3515                	jal	80400042 <check_user>
80400220:	804015b7          	lui	a1,0x80401
80400224:	80458793          	add	a5,a1,-2044 # 80400804 <user_sfence>
80400228:	12000737          	lui	a4,0x12000
8040022c:	80401537          	lui	a0,0x80401
80400230:	97a2                	add	a5,a5,s0
80400232:	07370713          	add	a4,a4,115 # 12000073 <__stack_size+0x11ffc073>
80400236:	80458593          	add	a1,a1,-2044
8040023a:	cf850513          	add	a0,a0,-776 # 80400cf8 <sv32_disable+0x86>
8040023e:	4689                	li	a3,2
80400240:	4601                	li	a2,0
80400242:	3501                	jal	80400042 <check_user>
80400244:	804015b7          	lui	a1,0x80401
80400248:	80c58793          	add	a5,a1,-2036 # 8040080c <user_custom0>
8040024c:	80401537          	lui	a0,0x80401
80400250:	97a2                	add	a5,a5,s0
80400252:	472d                	li	a4,11
80400254:	4689                	li	a3,2
80400256:	4601                	li	a2,0
80400258:	80c58593          	add	a1,a1,-2036
8040025c:	d0850513          	add	a0,a0,-760 # 80400d08 <sv32_disable+0x96>
80400260:	33cd                	jal	80400042 <check_user>
80400262:	4981                	li	s3,0
80400264:	10699073          	csrw	scounteren,s3
80400268:	804014b7          	lui	s1,0x80401
8040026c:	81448a13          	add	s4,s1,-2028 # 80400814 <user_rdcycle>
80400270:	c0002737          	lui	a4,0xc0002
80400274:	80401537          	lui	a0,0x80401
80400278:	008a07b3          	add	a5,s4,s0
8040027c:	2f370713          	add	a4,a4,755 # c00022f3 <__image_end+0x3fbf52c3>
80400280:	4689                	li	a3,2
80400282:	4601                	li	a2,0
80400284:	81448593          	add	a1,s1,-2028
80400288:	d1c50513          	add	a0,a0,-740 # 80400d1c <sv32_disable+0xaa>
8040028c:	3b5d                	jal	80400042 <check_user>
8040028e:	4785                	li	a5,1
80400290:	10679073          	csrw	scounteren,a5
80400294:	80401537          	lui	a0,0x80401
80400298:	00440793          	add	a5,s0,4 # 80000004 <__stack_size+0x7fffc004>
8040029c:	97d2                	add	a5,a5,s4
8040029e:	4701                	li	a4,0
804002a0:	46a1                	li	a3,8
804002a2:	4601                	li	a2,0
804002a4:	81448593          	add	a1,s1,-2028
804002a8:	d3c50513          	add	a0,a0,-708 # 80400d3c <sv32_disable+0xca>
804002ac:	3b59                	jal	80400042 <check_user>
804002ae:	10699073          	csrw	scounteren,s3
804002b2:	804007b7          	lui	a5,0x80400
804002b6:	7ec78793          	add	a5,a5,2028 # 804007ec <user_ebreak>
804002ba:	943e                	add	s0,s0,a5
804002bc:	4601                	li	a2,0
804002be:	400015b7          	lui	a1,0x40001
804002c2:	8522                	mv	a0,s0
804002c4:	05b000ef          	jal	80400b1e <run_user_at>
804002c8:	80401637          	lui	a2,0x80401
804002cc:	d5c60613          	add	a2,a2,-676 # 80400d5c <sv32_disable+0xea>
804002d0:	458d                	li	a1,3
804002d2:	804094b7          	lui	s1,0x80409
804002d6:	7ea000ef          	jal	80400ac0 <check_eq>
804002da:	01048493          	add	s1,s1,16 # 80409010 <last_trap>
804002de:	40c8                	lw	a0,4(s1)
804002e0:	80401637          	lui	a2,0x80401
804002e4:	d6c60613          	add	a2,a2,-660 # 80400d6c <sv32_disable+0xfa>
804002e8:	85a2                	mv	a1,s0
804002ea:	7d6000ef          	jal	80400ac0 <check_eq>
804002ee:	44c8                	lw	a0,12(s1)
804002f0:	80401637          	lui	a2,0x80401
804002f4:	d7c60613          	add	a2,a2,-644 # 80400d7c <sv32_disable+0x10a>
804002f8:	4581                	li	a1,0
804002fa:	10057513          	and	a0,a0,256
804002fe:	7c2000ef          	jal	80400ac0 <check_eq>
80400302:	449c                	lw	a5,8(s1)
80400304:	26f40563          	beq	s0,a5,8040056e <probe_main+0x490>
80400308:	4488                	lw	a0,8(s1)
8040030a:	80401637          	lui	a2,0x80401
8040030e:	db860613          	add	a2,a2,-584 # 80400db8 <sv32_disable+0x146>
80400312:	4581                	li	a1,0
80400314:	7ac000ef          	jal	80400ac0 <check_eq>
80400318:	80401537          	lui	a0,0x80401
8040031c:	dc850513          	add	a0,a0,-568 # 80400dc8 <sv32_disable+0x156>
80400320:	2b01                	jal	80400830 <print>
80400322:	804019b7          	lui	s3,0x80401
80400326:	80000a37          	lui	s4,0x80000
8040032a:	004a0a93          	add	s5,s4,4 # 80000004 <__stack_size+0x7fffc004>
8040032e:	81c98493          	add	s1,s3,-2020 # 8040081c <user_load>
80400332:	80401537          	lui	a0,0x80401
80400336:	015487b3          	add	a5,s1,s5
8040033a:	81c98593          	add	a1,s3,-2020
8040033e:	df850513          	add	a0,a0,-520 # 80400df8 <sv32_disable+0x186>
80400342:	4701                	li	a4,0
80400344:	46a1                	li	a3,8
80400346:	40000637          	lui	a2,0x40000
8040034a:	39e5                	jal	80400042 <check_user>
8040034c:	80401b37          	lui	s6,0x80401
80400350:	824b0413          	add	s0,s6,-2012 # 80400824 <user_store>
80400354:	80401537          	lui	a0,0x80401
80400358:	015407b3          	add	a5,s0,s5
8040035c:	4701                	li	a4,0
8040035e:	46a1                	li	a3,8
80400360:	824b0593          	add	a1,s6,-2012
80400364:	e1050513          	add	a0,a0,-496 # 80400e10 <sv32_disable+0x19e>
80400368:	40000637          	lui	a2,0x40000
8040036c:	39d9                	jal	80400042 <check_user>
8040036e:	00092503          	lw	a0,0(s2) # 80405000 <upage>
80400372:	80401637          	lui	a2,0x80401
80400376:	e2860613          	add	a2,a2,-472 # 80400e28 <sv32_disable+0x1b6>
8040037a:	400005b7          	lui	a1,0x40000
8040037e:	742000ef          	jal	80400ac0 <check_eq>
80400382:	94d2                	add	s1,s1,s4
80400384:	80401537          	lui	a0,0x80401
80400388:	87a6                	mv	a5,s1
8040038a:	81c98593          	add	a1,s3,-2020
8040038e:	e3850513          	add	a0,a0,-456 # 80400e38 <sv32_disable+0x1c6>
80400392:	40003737          	lui	a4,0x40003
80400396:	46b5                	li	a3,13
80400398:	40003637          	lui	a2,0x40003
8040039c:	315d                	jal	80400042 <check_user>
8040039e:	9452                	add	s0,s0,s4
804003a0:	80401537          	lui	a0,0x80401
804003a4:	87a2                	mv	a5,s0
804003a6:	824b0593          	add	a1,s6,-2012
804003aa:	e5050513          	add	a0,a0,-432 # 80400e50 <sv32_disable+0x1de>
804003ae:	40003737          	lui	a4,0x40003
804003b2:	46bd                	li	a3,15
804003b4:	40003637          	lui	a2,0x40003
804003b8:	3169                	jal	80400042 <check_user>
804003ba:	80401a37          	lui	s4,0x80401
804003be:	80401537          	lui	a0,0x80401
804003c2:	82ca0593          	add	a1,s4,-2004 # 8040082c <user_jump>
804003c6:	e6450513          	add	a0,a0,-412 # 80400e64 <sv32_disable+0x1f2>
804003ca:	40003737          	lui	a4,0x40003
804003ce:	46b1                	li	a3,12
804003d0:	40003637          	lui	a2,0x40003
804003d4:	400037b7          	lui	a5,0x40003
804003d8:	31ad                	jal	80400042 <check_user>
804003da:	80401537          	lui	a0,0x80401
804003de:	87a6                	mv	a5,s1
804003e0:	81c98593          	add	a1,s3,-2020
804003e4:	e7c50513          	add	a0,a0,-388 # 80400e7c <sv32_disable+0x20a>
804003e8:	40001737          	lui	a4,0x40001
804003ec:	46b5                	li	a3,13
804003ee:	40001637          	lui	a2,0x40001
804003f2:	3981                	jal	80400042 <check_user>
804003f4:	80401537          	lui	a0,0x80401
804003f8:	87a2                	mv	a5,s0
804003fa:	824b0593          	add	a1,s6,-2012
804003fe:	e9450513          	add	a0,a0,-364 # 80400e94 <sv32_disable+0x222>
80400402:	40001737          	lui	a4,0x40001
80400406:	46bd                	li	a3,15
80400408:	40001637          	lui	a2,0x40001
8040040c:	391d                	jal	80400042 <check_user>
8040040e:	80401537          	lui	a0,0x80401
80400412:	400017b7          	lui	a5,0x40001
80400416:	40001737          	lui	a4,0x40001
8040041a:	46b1                	li	a3,12
8040041c:	40001637          	lui	a2,0x40001
80400420:	82ca0593          	add	a1,s4,-2004
80400424:	eac50513          	add	a0,a0,-340 # 80400eac <sv32_disable+0x23a>
80400428:	3929                	jal	80400042 <check_user>
8040042a:	000409b7          	lui	s3,0x40
8040042e:	1009b073          	csrc	sstatus,s3
80400432:	4401                	li	s0,0
80400434:	2d61                	jal	80400acc <expect_trap>
80400436:	400004b7          	lui	s1,0x40000
8040043a:	87a2                	mv	a5,s0
8040043c:	409c                	lw	a5,0(s1)
8040043e:	80401637          	lui	a2,0x80401
80400442:	ec460613          	add	a2,a2,-316 # 80400ec4 <sv32_disable+0x252>
80400446:	400005b7          	lui	a1,0x40000
8040044a:	4535                	li	a0,13
8040044c:	2d59                	jal	80400ae2 <check_trap>
8040044e:	2dbd                	jal	80400acc <expect_trap>
80400450:	4785                	li	a5,1
80400452:	c09c                	sw	a5,0(s1)
80400454:	80401637          	lui	a2,0x80401
80400458:	ee860613          	add	a2,a2,-280 # 80400ee8 <sv32_disable+0x276>
8040045c:	400005b7          	lui	a1,0x40000
80400460:	453d                	li	a0,15
80400462:	2541                	jal	80400ae2 <check_trap>
80400464:	80401537          	lui	a0,0x80401
80400468:	f0850513          	add	a0,a0,-248 # 80400f08 <sv32_disable+0x296>
8040046c:	26d1                	jal	80400830 <print>
8040046e:	1009a073          	csrs	sstatus,s3
80400472:	8522                	mv	a0,s0
80400474:	4088                	lw	a0,0(s1)
80400476:	80401637          	lui	a2,0x80401
8040047a:	f5060613          	add	a2,a2,-176 # 80400f50 <sv32_disable+0x2de>
8040047e:	400005b7          	lui	a1,0x40000
80400482:	2d3d                	jal	80400ac0 <check_eq>
80400484:	535555b7          	lui	a1,0x53555
80400488:	d3158593          	add	a1,a1,-719 # 53554d31 <__stack_size+0x53550d31>
8040048c:	c08c                	sw	a1,0(s1)
8040048e:	00092503          	lw	a0,0(s2)
80400492:	80401637          	lui	a2,0x80401
80400496:	f7060613          	add	a2,a2,-144 # 80400f70 <sv32_disable+0x2fe>
8040049a:	251d                	jal	80400ac0 <check_eq>
8040049c:	80401537          	lui	a0,0x80401
804004a0:	f9050513          	add	a0,a0,-112 # 80400f90 <sv32_disable+0x31e>
804004a4:	2671                	jal	80400830 <print>
804004a6:	251d                	jal	80400acc <expect_trap>
804004a8:	9482                	jalr	s1
804004aa:	80401637          	lui	a2,0x80401
804004ae:	fbc60613          	add	a2,a2,-68 # 80400fbc <sv32_disable+0x34a>
804004b2:	400005b7          	lui	a1,0x40000
804004b6:	4531                	li	a0,12
804004b8:	252d                	jal	80400ae2 <check_trap>
804004ba:	1009b073          	csrc	sstatus,s3
804004be:	80401537          	lui	a0,0x80401
804004c2:	fdc50513          	add	a0,a0,-36 # 80400fdc <sv32_disable+0x36a>
804004c6:	26ad                	jal	80400830 <print>
804004c8:	2511                	jal	80400acc <expect_trap>
804004ca:	400024b7          	lui	s1,0x40002
804004ce:	87a2                	mv	a5,s0
804004d0:	409c                	lw	a5,0(s1)
804004d2:	80401637          	lui	a2,0x80401
804004d6:	01c60613          	add	a2,a2,28 # 8040101c <sv32_disable+0x3aa>
804004da:	400025b7          	lui	a1,0x40002
804004de:	4535                	li	a0,13
804004e0:	2509                	jal	80400ae2 <check_trap>
804004e2:	00080937          	lui	s2,0x80
804004e6:	10092073          	csrs	sstatus,s2
804004ea:	8522                	mv	a0,s0
804004ec:	4088                	lw	a0,0(s1)
804004ee:	80401637          	lui	a2,0x80401
804004f2:	584f55b7          	lui	a1,0x584f5
804004f6:	04c60613          	add	a2,a2,76 # 8040104c <sv32_disable+0x3da>
804004fa:	e4c58593          	add	a1,a1,-436 # 584f4e4c <__stack_size+0x584f0e4c>
804004fe:	23c9                	jal	80400ac0 <check_eq>
80400500:	23f1                	jal	80400acc <expect_trap>
80400502:	c080                	sw	s0,0(s1)
80400504:	80401637          	lui	a2,0x80401
80400508:	07860613          	add	a2,a2,120 # 80401078 <sv32_disable+0x406>
8040050c:	400025b7          	lui	a1,0x40002
80400510:	453d                	li	a0,15
80400512:	2bc1                	jal	80400ae2 <check_trap>
80400514:	10093073          	csrc	sstatus,s2
80400518:	80401537          	lui	a0,0x80401
8040051c:	0a450513          	add	a0,a0,164 # 804010a4 <sv32_disable+0x432>
80400520:	2e01                	jal	80400830 <print>
80400522:	236d                	jal	80400acc <expect_trap>
80400524:	400034b7          	lui	s1,0x40003
80400528:	87a2                	mv	a5,s0
8040052a:	409c                	lw	a5,0(s1)
8040052c:	80401637          	lui	a2,0x80401
80400530:	0ec60613          	add	a2,a2,236 # 804010ec <sv32_disable+0x47a>
80400534:	400035b7          	lui	a1,0x40003
80400538:	4535                	li	a0,13
8040053a:	2365                	jal	80400ae2 <check_trap>
8040053c:	2b41                	jal	80400acc <expect_trap>
8040053e:	c080                	sw	s0,0(s1)
80400540:	80401637          	lui	a2,0x80401
80400544:	10460613          	add	a2,a2,260 # 80401104 <sv32_disable+0x492>
80400548:	400035b7          	lui	a1,0x40003
8040054c:	453d                	li	a0,15
8040054e:	2b51                	jal	80400ae2 <check_trap>
80400550:	80401537          	lui	a0,0x80401
80400554:	11850513          	add	a0,a0,280 # 80401118 <sv32_disable+0x4a6>
80400558:	2ce1                	jal	80400830 <print>
8040055a:	4462                	lw	s0,24(sp)
8040055c:	40f2                	lw	ra,28(sp)
8040055e:	44d2                	lw	s1,20(sp)
80400560:	4942                	lw	s2,16(sp)
80400562:	49b2                	lw	s3,12(sp)
80400564:	4a22                	lw	s4,8(sp)
80400566:	4a92                	lw	s5,4(sp)
80400568:	4b02                	lw	s6,0(sp)
8040056a:	6105                	add	sp,sp,32
8040056c:	a719                	j	80400c72 <sv32_disable>
8040056e:	80401537          	lui	a0,0x80401
80400572:	d8c50513          	add	a0,a0,-628 # 80400d8c <sv32_disable+0x11a>
80400576:	2c6d                	jal	80400830 <print>
80400578:	b36d                	j	80400322 <probe_main+0x244>
	...

8040057c <s_trap_entry>:
8040057c:	14011173          	csrrw	sp,sscratch,sp
80400580:	7119                	add	sp,sp,-128
80400582:	ca16                	sw	t0,20(sp)
80400584:	52fd                	li	t0,-1
80400586:	13a0006f          	j	804006c0 <trap_save>
	...

804005c0 <s_trap_vectors>:
804005c0:	0400006f          	j	80400600 <trap_vector_0>
804005c4:	0480006f          	j	8040060c <trap_vector_1>
804005c8:	0500006f          	j	80400618 <trap_vector_2>
804005cc:	0580006f          	j	80400624 <trap_vector_3>
804005d0:	0600006f          	j	80400630 <trap_vector_4>
804005d4:	0680006f          	j	8040063c <trap_vector_5>
804005d8:	0700006f          	j	80400648 <trap_vector_6>
804005dc:	0780006f          	j	80400654 <trap_vector_7>
804005e0:	0800006f          	j	80400660 <trap_vector_8>
804005e4:	0880006f          	j	8040066c <trap_vector_9>
804005e8:	0900006f          	j	80400678 <trap_vector_10>
804005ec:	0980006f          	j	80400684 <trap_vector_11>
804005f0:	0a00006f          	j	80400690 <trap_vector_12>
804005f4:	0a80006f          	j	8040069c <trap_vector_13>
804005f8:	0b00006f          	j	804006a8 <trap_vector_14>
804005fc:	0b80006f          	j	804006b4 <trap_vector_15>

80400600 <trap_vector_0>:
80400600:	14011173          	csrrw	sp,sscratch,sp
80400604:	7119                	add	sp,sp,-128
80400606:	ca16                	sw	t0,20(sp)
80400608:	4281                	li	t0,0
8040060a:	a85d                	j	804006c0 <trap_save>

8040060c <trap_vector_1>:
8040060c:	14011173          	csrrw	sp,sscratch,sp
80400610:	7119                	add	sp,sp,-128
80400612:	ca16                	sw	t0,20(sp)
80400614:	4285                	li	t0,1
80400616:	a06d                	j	804006c0 <trap_save>

80400618 <trap_vector_2>:
80400618:	14011173          	csrrw	sp,sscratch,sp
8040061c:	7119                	add	sp,sp,-128
8040061e:	ca16                	sw	t0,20(sp)
80400620:	4289                	li	t0,2
80400622:	a879                	j	804006c0 <trap_save>

80400624 <trap_vector_3>:
80400624:	14011173          	csrrw	sp,sscratch,sp
80400628:	7119                	add	sp,sp,-128
8040062a:	ca16                	sw	t0,20(sp)
8040062c:	428d                	li	t0,3
8040062e:	a849                	j	804006c0 <trap_save>

80400630 <trap_vector_4>:
80400630:	14011173          	csrrw	sp,sscratch,sp
80400634:	7119                	add	sp,sp,-128
80400636:	ca16                	sw	t0,20(sp)
80400638:	4291                	li	t0,4
8040063a:	a059                	j	804006c0 <trap_save>

8040063c <trap_vector_5>:
8040063c:	14011173          	csrrw	sp,sscratch,sp
80400640:	7119                	add	sp,sp,-128
80400642:	ca16                	sw	t0,20(sp)
80400644:	4295                	li	t0,5
80400646:	a8ad                	j	804006c0 <trap_save>

80400648 <trap_vector_6>:
80400648:	14011173          	csrrw	sp,sscratch,sp
8040064c:	7119                	add	sp,sp,-128
8040064e:	ca16                	sw	t0,20(sp)
80400650:	4299                	li	t0,6
80400652:	a0bd                	j	804006c0 <trap_save>

80400654 <trap_vector_7>:
80400654:	14011173          	csrrw	sp,sscratch,sp
80400658:	7119                	add	sp,sp,-128
8040065a:	ca16                	sw	t0,20(sp)
8040065c:	429d                	li	t0,7
8040065e:	a08d                	j	804006c0 <trap_save>

80400660 <trap_vector_8>:
80400660:	14011173          	csrrw	sp,sscratch,sp
80400664:	7119                	add	sp,sp,-128
80400666:	ca16                	sw	t0,20(sp)
80400668:	42a1                	li	t0,8
8040066a:	a899                	j	804006c0 <trap_save>

8040066c <trap_vector_9>:
8040066c:	14011173          	csrrw	sp,sscratch,sp
80400670:	7119                	add	sp,sp,-128
80400672:	ca16                	sw	t0,20(sp)
80400674:	42a5                	li	t0,9
80400676:	a0a9                	j	804006c0 <trap_save>

80400678 <trap_vector_10>:
80400678:	14011173          	csrrw	sp,sscratch,sp
8040067c:	7119                	add	sp,sp,-128
8040067e:	ca16                	sw	t0,20(sp)
80400680:	42a9                	li	t0,10
80400682:	a83d                	j	804006c0 <trap_save>

80400684 <trap_vector_11>:
80400684:	14011173          	csrrw	sp,sscratch,sp
80400688:	7119                	add	sp,sp,-128
8040068a:	ca16                	sw	t0,20(sp)
8040068c:	42ad                	li	t0,11
8040068e:	a80d                	j	804006c0 <trap_save>

80400690 <trap_vector_12>:
80400690:	14011173          	csrrw	sp,sscratch,sp
80400694:	7119                	add	sp,sp,-128
80400696:	ca16                	sw	t0,20(sp)
80400698:	42b1                	li	t0,12
8040069a:	a01d                	j	804006c0 <trap_save>

8040069c <trap_vector_13>:
8040069c:	14011173          	csrrw	sp,sscratch,sp
804006a0:	7119                	add	sp,sp,-128
804006a2:	ca16                	sw	t0,20(sp)
804006a4:	42b5                	li	t0,13
804006a6:	a829                	j	804006c0 <trap_save>

804006a8 <trap_vector_14>:
804006a8:	14011173          	csrrw	sp,sscratch,sp
804006ac:	7119                	add	sp,sp,-128
804006ae:	ca16                	sw	t0,20(sp)
804006b0:	42b9                	li	t0,14
804006b2:	a039                	j	804006c0 <trap_save>

804006b4 <trap_vector_15>:
804006b4:	14011173          	csrrw	sp,sscratch,sp
804006b8:	7119                	add	sp,sp,-128
804006ba:	ca16                	sw	t0,20(sp)
804006bc:	42bd                	li	t0,15
804006be:	a009                	j	804006c0 <trap_save>

804006c0 <trap_save>:
804006c0:	c016                	sw	t0,0(sp)
804006c2:	c206                	sw	ra,4(sp)
804006c4:	c60e                	sw	gp,12(sp)
804006c6:	c812                	sw	tp,16(sp)
804006c8:	cc1a                	sw	t1,24(sp)
804006ca:	ce1e                	sw	t2,28(sp)
804006cc:	d022                	sw	s0,32(sp)
804006ce:	d226                	sw	s1,36(sp)
804006d0:	d42a                	sw	a0,40(sp)
804006d2:	d62e                	sw	a1,44(sp)
804006d4:	d832                	sw	a2,48(sp)
804006d6:	da36                	sw	a3,52(sp)
804006d8:	dc3a                	sw	a4,56(sp)
804006da:	de3e                	sw	a5,60(sp)
804006dc:	c0c2                	sw	a6,64(sp)
804006de:	c2c6                	sw	a7,68(sp)
804006e0:	c4ca                	sw	s2,72(sp)
804006e2:	c6ce                	sw	s3,76(sp)
804006e4:	c8d2                	sw	s4,80(sp)
804006e6:	cad6                	sw	s5,84(sp)
804006e8:	ccda                	sw	s6,88(sp)
804006ea:	cede                	sw	s7,92(sp)
804006ec:	d0e2                	sw	s8,96(sp)
804006ee:	d2e6                	sw	s9,100(sp)
804006f0:	d4ea                	sw	s10,104(sp)
804006f2:	d6ee                	sw	s11,108(sp)
804006f4:	d8f2                	sw	t3,112(sp)
804006f6:	daf6                	sw	t4,116(sp)
804006f8:	dcfa                	sw	t5,120(sp)
804006fa:	defe                	sw	t6,124(sp)
804006fc:	140022f3          	csrr	t0,sscratch
80400700:	c416                	sw	t0,8(sp)
80400702:	08010293          	add	t0,sp,128
80400706:	14029073          	csrw	sscratch,t0
8040070a:	850a                	mv	a0,sp
8040070c:	2939                	jal	80400b2a <s_trap>
8040070e:	4092                	lw	ra,4(sp)
80400710:	41b2                	lw	gp,12(sp)
80400712:	4242                	lw	tp,16(sp)
80400714:	42d2                	lw	t0,20(sp)
80400716:	4362                	lw	t1,24(sp)
80400718:	43f2                	lw	t2,28(sp)
8040071a:	5402                	lw	s0,32(sp)
8040071c:	5492                	lw	s1,36(sp)
8040071e:	5522                	lw	a0,40(sp)
80400720:	55b2                	lw	a1,44(sp)
80400722:	5642                	lw	a2,48(sp)
80400724:	56d2                	lw	a3,52(sp)
80400726:	5762                	lw	a4,56(sp)
80400728:	57f2                	lw	a5,60(sp)
8040072a:	4806                	lw	a6,64(sp)
8040072c:	4896                	lw	a7,68(sp)
8040072e:	4926                	lw	s2,72(sp)
80400730:	49b6                	lw	s3,76(sp)
80400732:	4a46                	lw	s4,80(sp)
80400734:	4ad6                	lw	s5,84(sp)
80400736:	4b66                	lw	s6,88(sp)
80400738:	4bf6                	lw	s7,92(sp)
8040073a:	5c06                	lw	s8,96(sp)
8040073c:	5c96                	lw	s9,100(sp)
8040073e:	5d26                	lw	s10,104(sp)
80400740:	5db6                	lw	s11,108(sp)
80400742:	5e46                	lw	t3,112(sp)
80400744:	5ed6                	lw	t4,116(sp)
80400746:	5f66                	lw	t5,120(sp)
80400748:	5ff6                	lw	t6,124(sp)
8040074a:	4122                	lw	sp,8(sp)
8040074c:	10200073          	sret
	...

8040077c <enter_user>:
8040077c:	7139                	add	sp,sp,-64
8040077e:	c006                	sw	ra,0(sp)
80400780:	c222                	sw	s0,4(sp)
80400782:	c426                	sw	s1,8(sp)
80400784:	c64a                	sw	s2,12(sp)
80400786:	c84e                	sw	s3,16(sp)
80400788:	ca52                	sw	s4,20(sp)
8040078a:	cc56                	sw	s5,24(sp)
8040078c:	ce5a                	sw	s6,28(sp)
8040078e:	d05e                	sw	s7,32(sp)
80400790:	d262                	sw	s8,36(sp)
80400792:	d466                	sw	s9,40(sp)
80400794:	d66a                	sw	s10,44(sp)
80400796:	d86e                	sw	s11,48(sp)
80400798:	00008297          	auipc	t0,0x8
8040079c:	86828293          	add	t0,t0,-1944 # 80408000 <user_saved_sp>
804007a0:	0022a023          	sw	sp,0(t0)
804007a4:	14151073          	csrw	sepc,a0
804007a8:	10000293          	li	t0,256
804007ac:	1002b073          	csrc	sstatus,t0
804007b0:	812e                	mv	sp,a1
804007b2:	8532                	mv	a0,a2
804007b4:	10200073          	sret

804007b8 <user_return>:
804007b8:	00008297          	auipc	t0,0x8
804007bc:	84828293          	add	t0,t0,-1976 # 80408000 <user_saved_sp>
804007c0:	0002a103          	lw	sp,0(t0)
804007c4:	4082                	lw	ra,0(sp)
804007c6:	4412                	lw	s0,4(sp)
804007c8:	44a2                	lw	s1,8(sp)
804007ca:	4932                	lw	s2,12(sp)
804007cc:	49c2                	lw	s3,16(sp)
804007ce:	4a52                	lw	s4,20(sp)
804007d0:	4ae2                	lw	s5,24(sp)
804007d2:	4b72                	lw	s6,28(sp)
804007d4:	5b82                	lw	s7,32(sp)
804007d6:	5c12                	lw	s8,36(sp)
804007d8:	5ca2                	lw	s9,40(sp)
804007da:	5d32                	lw	s10,44(sp)
804007dc:	5dc2                	lw	s11,48(sp)
804007de:	6121                	add	sp,sp,64
804007e0:	8082                	ret
	...

804007e4 <user_ecall>:
804007e4:	00000073          	ecall
804007e8:	ffdff06f          	j	804007e4 <user_ecall>

804007ec <user_ebreak>:
804007ec:	00100073          	ebreak
804007f0:	00000073          	ecall

804007f4 <user_read_sstatus>:
804007f4:	100022f3          	csrr	t0,sstatus
804007f8:	00000073          	ecall

804007fc <user_sret>:
804007fc:	10200073          	sret
80400800:	00000073          	ecall

80400804 <user_sfence>:
80400804:	12000073          	sfence.vma
80400808:	00000073          	ecall

8040080c <user_custom0>:
8040080c:	0000000b          	.word	0x0000000b
80400810:	00000073          	ecall

80400814 <user_rdcycle>:
80400814:	c00022f3          	rdcycle	t0
80400818:	00000073          	ecall

8040081c <user_load>:
8040081c:	00052283          	lw	t0,0(a0)
80400820:	00000073          	ecall

80400824 <user_store>:
80400824:	00a52023          	sw	a0,0(a0)
80400828:	00000073          	ecall

8040082c <user_jump>:
8040082c:	00050067          	jr	a0

80400830 <print>:
80400830:	00054783          	lbu	a5,0(a0)
80400834:	85aa                	mv	a1,a0
80400836:	4501                	li	a0,0
80400838:	c799                	beqz	a5,80400846 <print+0x16>
8040083a:	0505                	add	a0,a0,1
8040083c:	00a587b3          	add	a5,a1,a0
80400840:	0007c783          	lbu	a5,0(a5) # 40001000 <__stack_size+0x3fffd000>
80400844:	fbfd                	bnez	a5,8040083a <print+0xa>
80400846:	444248b7          	lui	a7,0x44424
8040084a:	4601                	li	a2,0
8040084c:	4801                	li	a6,0
8040084e:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400852:	00000073          	ecall
80400856:	8082                	ret

80400858 <print_hex>:
80400858:	1141                	add	sp,sp,-16
8040085a:	77e1                	lui	a5,0xffff8
8040085c:	004c                	add	a1,sp,4
8040085e:	8307c793          	xor	a5,a5,-2000
80400862:	80401637          	lui	a2,0x80401
80400866:	00f11223          	sh	a5,4(sp)
8040086a:	86ae                	mv	a3,a1
8040086c:	4771                	li	a4,28
8040086e:	15460613          	add	a2,a2,340 # 80401154 <sv32_disable+0x4e2>
80400872:	5871                	li	a6,-4
80400874:	00e557b3          	srl	a5,a0,a4
80400878:	8bbd                	and	a5,a5,15
8040087a:	97b2                	add	a5,a5,a2
8040087c:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbeafd0>
80400880:	1771                	add	a4,a4,-4 # 40000ffc <__stack_size+0x3fffcffc>
80400882:	0685                	add	a3,a3,1
80400884:	00f680a3          	sb	a5,1(a3)
80400888:	ff0716e3          	bne	a4,a6,80400874 <print_hex+0x1c>
8040088c:	00010723          	sb	zero,14(sp)
80400890:	87ae                	mv	a5,a1
80400892:	0017c703          	lbu	a4,1(a5)
80400896:	853e                	mv	a0,a5
80400898:	0785                	add	a5,a5,1
8040089a:	ff65                	bnez	a4,80400892 <print_hex+0x3a>
8040089c:	8d0d                	sub	a0,a0,a1
8040089e:	444248b7          	lui	a7,0x44424
804008a2:	0505                	add	a0,a0,1
804008a4:	4601                	li	a2,0
804008a6:	4801                	li	a6,0
804008a8:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
804008ac:	00000073          	ecall
804008b0:	0141                	add	sp,sp,16
804008b2:	8082                	ret

804008b4 <probe_exit>:
804008b4:	1141                	add	sp,sp,-16
804008b6:	85aa                	mv	a1,a0
804008b8:	f00007b7          	lui	a5,0xf0000
804008bc:	535258b7          	lui	a7,0x53525
804008c0:	c606                	sw	ra,12(sp)
804008c2:	4501                	li	a0,0
804008c4:	8ddd                	or	a1,a1,a5
804008c6:	4601                	li	a2,0
804008c8:	4801                	li	a6,0
804008ca:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
804008ce:	00000073          	ecall
804008d2:	80401537          	lui	a0,0x80401
804008d6:	16850513          	add	a0,a0,360 # 80401168 <sv32_disable+0x4f6>
804008da:	3f99                	jal	80400830 <print>
804008dc:	10500073          	wfi
804008e0:	10500073          	wfi
804008e4:	bfe5                	j	804008dc <probe_exit+0x28>

804008e6 <unexpected_trap>:
804008e6:	1141                	add	sp,sp,-16
804008e8:	c04a                	sw	s2,0(sp)
804008ea:	892a                	mv	s2,a0
804008ec:	80401537          	lui	a0,0x80401
804008f0:	18850513          	add	a0,a0,392 # 80401188 <sv32_disable+0x516>
804008f4:	c606                	sw	ra,12(sp)
804008f6:	c422                	sw	s0,8(sp)
804008f8:	c226                	sw	s1,4(sp)
804008fa:	8432                	mv	s0,a2
804008fc:	84ae                	mv	s1,a1
804008fe:	3f0d                	jal	80400830 <print>
80400900:	854a                	mv	a0,s2
80400902:	3f99                	jal	80400858 <print_hex>
80400904:	80401537          	lui	a0,0x80401
80400908:	1a850513          	add	a0,a0,424 # 804011a8 <sv32_disable+0x536>
8040090c:	3715                	jal	80400830 <print>
8040090e:	8526                	mv	a0,s1
80400910:	37a1                	jal	80400858 <print_hex>
80400912:	80401537          	lui	a0,0x80401
80400916:	1b050513          	add	a0,a0,432 # 804011b0 <sv32_disable+0x53e>
8040091a:	3f19                	jal	80400830 <print>
8040091c:	8522                	mv	a0,s0
8040091e:	3f2d                	jal	80400858 <print_hex>
80400920:	80401537          	lui	a0,0x80401
80400924:	df450513          	add	a0,a0,-524 # 80400df4 <sv32_disable+0x182>
80400928:	3721                	jal	80400830 <print>
8040092a:	4505                	li	a0,1
8040092c:	3761                	jal	804008b4 <probe_exit>

8040092e <check_eq.part.0>:
8040092e:	804017b7          	lui	a5,0x80401
80400932:	1101                	add	sp,sp,-32
80400934:	8e2e                	mv	t3,a1
80400936:	ce06                	sw	ra,28(sp)
80400938:	1b878593          	add	a1,a5,440 # 804011b8 <sv32_disable+0x546>
8040093c:	8f2a                	mv	t5,a0
8040093e:	86b2                	mv	a3,a2
80400940:	1b878793          	add	a5,a5,440
80400944:	0017c703          	lbu	a4,1(a5)
80400948:	853e                	mv	a0,a5
8040094a:	0785                	add	a5,a5,1
8040094c:	ff65                	bnez	a4,80400944 <check_eq.part.0+0x16>
8040094e:	8d0d                	sub	a0,a0,a1
80400950:	444248b7          	lui	a7,0x44424
80400954:	0505                	add	a0,a0,1
80400956:	4601                	li	a2,0
80400958:	4801                	li	a6,0
8040095a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040095e:	00000073          	ecall
80400962:	0006c783          	lbu	a5,0(a3)
80400966:	4501                	li	a0,0
80400968:	c799                	beqz	a5,80400976 <check_eq.part.0+0x48>
8040096a:	0505                	add	a0,a0,1
8040096c:	00a687b3          	add	a5,a3,a0
80400970:	0007c783          	lbu	a5,0(a5)
80400974:	fbfd                	bnez	a5,8040096a <check_eq.part.0+0x3c>
80400976:	444248b7          	lui	a7,0x44424
8040097a:	85b6                	mv	a1,a3
8040097c:	4601                	li	a2,0
8040097e:	4801                	li	a6,0
80400980:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400984:	00000073          	ecall
80400988:	804017b7          	lui	a5,0x80401
8040098c:	1c078593          	add	a1,a5,448 # 804011c0 <sv32_disable+0x54e>
80400990:	1c078793          	add	a5,a5,448
80400994:	0017c703          	lbu	a4,1(a5)
80400998:	86be                	mv	a3,a5
8040099a:	0785                	add	a5,a5,1
8040099c:	ff65                	bnez	a4,80400994 <check_eq.part.0+0x66>
8040099e:	8e8d                	sub	a3,a3,a1
804009a0:	444248b7          	lui	a7,0x44424
804009a4:	00168513          	add	a0,a3,1
804009a8:	4601                	li	a2,0
804009aa:	4801                	li	a6,0
804009ac:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
804009b0:	00000073          	ecall
804009b4:	77e1                	lui	a5,0xffff8
804009b6:	00410e93          	add	t4,sp,4
804009ba:	8307c793          	xor	a5,a5,-2000
804009be:	80401337          	lui	t1,0x80401
804009c2:	00f11223          	sh	a5,4(sp)
804009c6:	86f6                	mv	a3,t4
804009c8:	4771                	li	a4,28
804009ca:	15430313          	add	t1,t1,340 # 80401154 <sv32_disable+0x4e2>
804009ce:	5671                	li	a2,-4
804009d0:	00ef57b3          	srl	a5,t5,a4
804009d4:	8bbd                	and	a5,a5,15
804009d6:	979a                	add	a5,a5,t1
804009d8:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbeafd0>
804009dc:	1771                	add	a4,a4,-4
804009de:	0685                	add	a3,a3,1
804009e0:	00f680a3          	sb	a5,1(a3)
804009e4:	fec716e3          	bne	a4,a2,804009d0 <check_eq.part.0+0xa2>
804009e8:	00010723          	sb	zero,14(sp)
804009ec:	87f6                	mv	a5,t4
804009ee:	0017c703          	lbu	a4,1(a5)
804009f2:	853e                	mv	a0,a5
804009f4:	0785                	add	a5,a5,1
804009f6:	ff65                	bnez	a4,804009ee <check_eq.part.0+0xc0>
804009f8:	41d50533          	sub	a0,a0,t4
804009fc:	444248b7          	lui	a7,0x44424
80400a00:	0505                	add	a0,a0,1
80400a02:	85f6                	mv	a1,t4
80400a04:	4601                	li	a2,0
80400a06:	4801                	li	a6,0
80400a08:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400a0c:	00000073          	ecall
80400a10:	804017b7          	lui	a5,0x80401
80400a14:	1c878593          	add	a1,a5,456 # 804011c8 <sv32_disable+0x556>
80400a18:	1c878793          	add	a5,a5,456
80400a1c:	0017c703          	lbu	a4,1(a5)
80400a20:	853e                	mv	a0,a5
80400a22:	0785                	add	a5,a5,1
80400a24:	ff65                	bnez	a4,80400a1c <check_eq.part.0+0xee>
80400a26:	8d0d                	sub	a0,a0,a1
80400a28:	444248b7          	lui	a7,0x44424
80400a2c:	0505                	add	a0,a0,1
80400a2e:	4601                	li	a2,0
80400a30:	4801                	li	a6,0
80400a32:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400a36:	00000073          	ecall
80400a3a:	77e1                	lui	a5,0xffff8
80400a3c:	8307c793          	xor	a5,a5,-2000
80400a40:	00f11223          	sh	a5,4(sp)
80400a44:	86f6                	mv	a3,t4
80400a46:	4771                	li	a4,28
80400a48:	5671                	li	a2,-4
80400a4a:	00ee57b3          	srl	a5,t3,a4
80400a4e:	8bbd                	and	a5,a5,15
80400a50:	979a                	add	a5,a5,t1
80400a52:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbeafd0>
80400a56:	1771                	add	a4,a4,-4
80400a58:	0685                	add	a3,a3,1
80400a5a:	00f680a3          	sb	a5,1(a3)
80400a5e:	fec716e3          	bne	a4,a2,80400a4a <check_eq.part.0+0x11c>
80400a62:	00010723          	sb	zero,14(sp)
80400a66:	87f6                	mv	a5,t4
80400a68:	0017c703          	lbu	a4,1(a5)
80400a6c:	853e                	mv	a0,a5
80400a6e:	0785                	add	a5,a5,1
80400a70:	ff65                	bnez	a4,80400a68 <check_eq.part.0+0x13a>
80400a72:	41d50533          	sub	a0,a0,t4
80400a76:	444248b7          	lui	a7,0x44424
80400a7a:	0505                	add	a0,a0,1
80400a7c:	85f6                	mv	a1,t4
80400a7e:	4601                	li	a2,0
80400a80:	4801                	li	a6,0
80400a82:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400a86:	00000073          	ecall
80400a8a:	804015b7          	lui	a1,0x80401
80400a8e:	4505                	li	a0,1
80400a90:	df458593          	add	a1,a1,-524 # 80400df4 <sv32_disable+0x182>
80400a94:	00000073          	ecall
80400a98:	4505                	li	a0,1
80400a9a:	3d29                	jal	804008b4 <probe_exit>

80400a9c <fail>:
80400a9c:	1141                	add	sp,sp,-16
80400a9e:	c422                	sw	s0,8(sp)
80400aa0:	842a                	mv	s0,a0
80400aa2:	80401537          	lui	a0,0x80401
80400aa6:	1b850513          	add	a0,a0,440 # 804011b8 <sv32_disable+0x546>
80400aaa:	c606                	sw	ra,12(sp)
80400aac:	3351                	jal	80400830 <print>
80400aae:	8522                	mv	a0,s0
80400ab0:	3341                	jal	80400830 <print>
80400ab2:	80401537          	lui	a0,0x80401
80400ab6:	df450513          	add	a0,a0,-524 # 80400df4 <sv32_disable+0x182>
80400aba:	3b9d                	jal	80400830 <print>
80400abc:	4505                	li	a0,1
80400abe:	3bdd                	jal	804008b4 <probe_exit>

80400ac0 <check_eq>:
80400ac0:	00b51363          	bne	a0,a1,80400ac6 <check_eq+0x6>
80400ac4:	8082                	ret
80400ac6:	1141                	add	sp,sp,-16
80400ac8:	c606                	sw	ra,12(sp)
80400aca:	3595                	jal	8040092e <check_eq.part.0>

80400acc <expect_trap>:
80400acc:	804097b7          	lui	a5,0x80409
80400ad0:	577d                	li	a4,-1
80400ad2:	00e7a823          	sw	a4,16(a5) # 80409010 <last_trap>
80400ad6:	804027b7          	lui	a5,0x80402
80400ada:	4705                	li	a4,1
80400adc:	00e7a023          	sw	a4,0(a5) # 80402000 <s_trap_expected>
80400ae0:	8082                	ret

80400ae2 <check_trap>:
80400ae2:	804027b7          	lui	a5,0x80402
80400ae6:	0007a023          	sw	zero,0(a5) # 80402000 <s_trap_expected>
80400aea:	804097b7          	lui	a5,0x80409
80400aee:	01078793          	add	a5,a5,16 # 80409010 <last_trap>
80400af2:	0007a883          	lw	a7,0(a5)
80400af6:	1141                	add	sp,sp,-16
80400af8:	c606                	sw	ra,12(sp)
80400afa:	587d                	li	a6,-1
80400afc:	01088b63          	beq	a7,a6,80400b12 <check_trap+0x30>
80400b00:	4394                	lw	a3,0(a5)
80400b02:	00a69b63          	bne	a3,a0,80400b18 <check_trap+0x36>
80400b06:	4788                	lw	a0,8(a5)
80400b08:	00b51763          	bne	a0,a1,80400b16 <check_trap+0x34>
80400b0c:	40b2                	lw	ra,12(sp)
80400b0e:	0141                	add	sp,sp,16
80400b10:	8082                	ret
80400b12:	8532                	mv	a0,a2
80400b14:	3761                	jal	80400a9c <fail>
80400b16:	3d21                	jal	8040092e <check_eq.part.0>
80400b18:	85aa                	mv	a1,a0
80400b1a:	8536                	mv	a0,a3
80400b1c:	3d09                	jal	8040092e <check_eq.part.0>

80400b1e <run_user_at>:
80400b1e:	804097b7          	lui	a5,0x80409
80400b22:	577d                	li	a4,-1
80400b24:	00e7a823          	sw	a4,16(a5) # 80409010 <last_trap>
80400b28:	b991                	j	8040077c <enter_user>

80400b2a <s_trap>:
80400b2a:	7179                	add	sp,sp,-48
80400b2c:	d606                	sw	ra,44(sp)
80400b2e:	14202773          	csrr	a4,scause
80400b32:	141025f3          	csrr	a1,sepc
80400b36:	14302673          	csrr	a2,stval
80400b3a:	10002873          	csrr	a6,sstatus
80400b3e:	08074063          	bltz	a4,80400bbe <s_trap+0x94>
80400b42:	804097b7          	lui	a5,0x80409
80400b46:	01078793          	add	a5,a5,16 # 80409010 <last_trap>
80400b4a:	86aa                	mv	a3,a0
80400b4c:	4108                	lw	a0,0(a0)
80400b4e:	c398                	sw	a4,0(a5)
80400b50:	c3cc                	sw	a1,4(a5)
80400b52:	c790                	sw	a2,8(a5)
80400b54:	0107a623          	sw	a6,12(a5)
80400b58:	cc42                	sw	a6,24(sp)
80400b5a:	c63a                	sw	a4,12(sp)
80400b5c:	c82e                	sw	a1,16(sp)
80400b5e:	ca32                	sw	a2,20(sp)
80400b60:	ce2a                	sw	a0,28(sp)
80400b62:	cb88                	sw	a0,16(a5)
80400b64:	10087813          	and	a6,a6,256
80400b68:	02081063          	bnez	a6,80400b88 <s_trap+0x5e>
80400b6c:	d698                	sw	a4,40(a3)
80400b6e:	10000793          	li	a5,256
80400b72:	1007a073          	csrs	sstatus,a5
80400b76:	804007b7          	lui	a5,0x80400
80400b7a:	7b878793          	add	a5,a5,1976 # 804007b8 <user_return>
80400b7e:	14179073          	csrw	sepc,a5
80400b82:	50b2                	lw	ra,44(sp)
80400b84:	6145                	add	sp,sp,48
80400b86:	8082                	ret
80400b88:	804027b7          	lui	a5,0x80402
80400b8c:	0007a503          	lw	a0,0(a5) # 80402000 <s_trap_expected>
80400b90:	c921                	beqz	a0,80400be0 <s_trap+0xb6>
80400b92:	0007a023          	sw	zero,0(a5)
80400b96:	47b1                	li	a5,12
80400b98:	02f70e63          	beq	a4,a5,80400bd4 <s_trap+0xaa>
80400b9c:	4785                	li	a5,1
80400b9e:	02f70b63          	beq	a4,a5,80400bd4 <s_trap+0xaa>
80400ba2:	0005d783          	lhu	a5,0(a1)
80400ba6:	468d                	li	a3,3
80400ba8:	4709                	li	a4,2
80400baa:	8b8d                	and	a5,a5,3
80400bac:	00d79363          	bne	a5,a3,80400bb2 <s_trap+0x88>
80400bb0:	4711                	li	a4,4
80400bb2:	95ba                	add	a1,a1,a4
80400bb4:	14159073          	csrw	sepc,a1
80400bb8:	50b2                	lw	ra,44(sp)
80400bba:	6145                	add	sp,sp,48
80400bbc:	8082                	ret
80400bbe:	804027b7          	lui	a5,0x80402
80400bc2:	0047a683          	lw	a3,4(a5) # 80402004 <irq_handler>
80400bc6:	ce89                	beqz	a3,80400be0 <s_trap+0xb6>
80400bc8:	50b2                	lw	ra,44(sp)
80400bca:	0047a783          	lw	a5,4(a5)
80400bce:	85ba                	mv	a1,a4
80400bd0:	6145                	add	sp,sp,48
80400bd2:	8782                	jr	a5
80400bd4:	42dc                	lw	a5,4(a3)
80400bd6:	14179073          	csrw	sepc,a5
80400bda:	50b2                	lw	ra,44(sp)
80400bdc:	6145                	add	sp,sp,48
80400bde:	8082                	ret
80400be0:	853a                	mv	a0,a4
80400be2:	3311                	jal	804008e6 <unexpected_trap>

80400be4 <probe_start>:
80400be4:	1141                	add	sp,sp,-16
80400be6:	c606                	sw	ra,12(sp)
80400be8:	e911                	bnez	a0,80400bfc <probe_start+0x18>
80400bea:	cf4ff0ef          	jal	804000de <probe_main>
80400bee:	80401537          	lui	a0,0x80401
80400bf2:	1e450513          	add	a0,a0,484 # 804011e4 <sv32_disable+0x572>
80400bf6:	392d                	jal	80400830 <print>
80400bf8:	4501                	li	a0,0
80400bfa:	396d                	jal	804008b4 <probe_exit>
80400bfc:	80401637          	lui	a2,0x80401
80400c00:	1d460613          	add	a2,a2,468 # 804011d4 <sv32_disable+0x562>
80400c04:	4581                	li	a1,0
80400c06:	3325                	jal	8040092e <check_eq.part.0>

80400c08 <pte_leaf_at>:
80400c08:	8131                	srl	a0,a0,0xc
80400c0a:	052a                	sll	a0,a0,0xa
80400c0c:	8d4d                	or	a0,a0,a1
80400c0e:	00156513          	or	a0,a0,1
80400c12:	8082                	ret

80400c14 <pte_leaf>:
80400c14:	8131                	srl	a0,a0,0xc
80400c16:	052a                	sll	a0,a0,0xa
80400c18:	8d4d                	or	a0,a0,a1
80400c1a:	00156513          	or	a0,a0,1
80400c1e:	8082                	ret

80400c20 <sv32_clear>:
80400c20:	6785                	lui	a5,0x1
80400c22:	97aa                	add	a5,a5,a0
80400c24:	00052023          	sw	zero,0(a0)
80400c28:	0511                	add	a0,a0,4
80400c2a:	fef51de3          	bne	a0,a5,80400c24 <sv32_clear+0x4>
80400c2e:	8082                	ret

80400c30 <sv32_map_image>:
80400c30:	6785                	lui	a5,0x1
80400c32:	953e                	add	a0,a0,a5
80400c34:	201007b7          	lui	a5,0x20100
80400c38:	0cf78793          	add	a5,a5,207 # 201000cf <__stack_size+0x200fc0cf>
80400c3c:	80f52223          	sw	a5,-2044(a0)
80400c40:	8082                	ret

80400c42 <sv32_map_region>:
80400c42:	81d9                	srl	a1,a1,0x16
80400c44:	8231                	srl	a2,a2,0xc
80400c46:	058a                	sll	a1,a1,0x2
80400c48:	062a                	sll	a2,a2,0xa
80400c4a:	952e                	add	a0,a0,a1
80400c4c:	00166613          	or	a2,a2,1
80400c50:	c110                	sw	a2,0(a0)
80400c52:	8082                	ret

80400c54 <sv32_pte>:
80400c54:	81b1                	srl	a1,a1,0xc
80400c56:	3ff5f593          	and	a1,a1,1023
80400c5a:	058a                	sll	a1,a1,0x2
80400c5c:	952e                	add	a0,a0,a1
80400c5e:	8082                	ret

80400c60 <sv32_enable>:
80400c60:	800007b7          	lui	a5,0x80000
80400c64:	8131                	srl	a0,a0,0xc
80400c66:	8d5d                	or	a0,a0,a5
80400c68:	18051073          	csrw	satp,a0
80400c6c:	12000073          	sfence.vma
80400c70:	8082                	ret

80400c72 <sv32_disable>:
80400c72:	4781                	li	a5,0
80400c74:	18079073          	csrw	satp,a5
80400c78:	12000073          	sfence.vma
80400c7c:	8082                	ret
