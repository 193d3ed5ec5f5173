
build/fsbench.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00008197          	auipc	gp,0x8
80400004:	89818193          	add	gp,gp,-1896 # 80407898 <__global_pointer$>
80400008:	00019117          	auipc	sp,0x19
8040000c:	13810113          	add	sp,sp,312 # 80419140 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00007297          	auipc	t0,0x7
80400016:	09e28293          	add	t0,t0,158 # 804070b0 <upcalls>
8040001a:	00061317          	auipc	t1,0x61
8040001e:	d4630313          	add	t1,t1,-698 # 80460d60 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00007297          	auipc	t0,0x7
8040003e:	07628293          	add	t0,t0,118 # 804070b0 <upcalls>
80400042:	00007317          	auipc	t1,0x7
80400046:	07230313          	add	t1,t1,114 # 804070b4 <panicking>
8040004a:	405303b3          	sub	t2,t1,t0
8040004e:	03bd                	add	t2,t2,15
80400050:	ff03f393          	and	t2,t2,-16
80400054:	40710133          	sub	sp,sp,t2
80400058:	820a                	mv	tp,sp
8040005a:	00710e33          	add	t3,sp,t2
8040005e:	8e8a                	mv	t4,sp
80400060:	01cefc63          	bgeu	t4,t3,80400078 <_start+0x78>
80400064:	000ea023          	sw	zero,0(t4)
80400068:	000ea223          	sw	zero,4(t4)
8040006c:	000ea423          	sw	zero,8(t4)
80400070:	000ea623          	sw	zero,12(t4)
80400074:	0ec1                	add	t4,t4,16
80400076:	b7ed                	j	80400060 <_start+0x60>
80400078:	00007317          	auipc	t1,0x7
8040007c:	03830313          	add	t1,t1,56 # 804070b0 <upcalls>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00001097          	auipc	ra,0x1
8040009a:	a20080e7          	jalr	-1504(ra) # 80400ab6 <uni_runtime_start>
8040009e:	a001                	j	8040009e <_start+0x9e>

804000a0 <main>:
804000a0:	7139                	add	sp,sp,-64
804000a2:	de06                	sw	ra,60(sp)
804000a4:	dc22                	sw	s0,56(sp)
804000a6:	da26                	sw	s1,52(sp)
804000a8:	d84a                	sw	s2,48(sp)
804000aa:	d64e                	sw	s3,44(sp)
804000ac:	d452                	sw	s4,40(sp)
804000ae:	d256                	sw	s5,36(sp)
804000b0:	d05a                	sw	s6,32(sp)
804000b2:	ce5e                	sw	s7,28(sp)
804000b4:	cc62                	sw	s8,24(sp)
804000b6:	ca66                	sw	s9,20(sp)
804000b8:	c86a                	sw	s10,16(sp)
804000ba:	c66e                	sw	s11,12(sp)
804000bc:	4785                	li	a5,1
804000be:	14a7ce63          	blt	a5,a0,8040021a <main+0x17a>
804000c2:	6a05                	lui	s4,0x1
804000c4:	00300cb7          	lui	s9,0x300
804000c8:	c00a0a13          	add	s4,s4,-1024 # c00 <errno+0xc00>
804000cc:	4a81                	li	s5,0
804000ce:	80406b37          	lui	s6,0x80406
804000d2:	1a400613          	li	a2,420
804000d6:	24100593          	li	a1,577
804000da:	030b0513          	add	a0,s6,48 # 80406030 <strlcpy_k+0x176>
804000de:	00002097          	auipc	ra,0x2
804000e2:	e46080e7          	jalr	-442(ra) # 80401f24 <open>
804000e6:	89aa                	mv	s3,a0
804000e8:	1a054a63          	bltz	a0,8040029c <main+0x1fc>
804000ec:	9e378437          	lui	s0,0x9e378
804000f0:	4d01                	li	s10,0
804000f2:	4c01                	li	s8,0
804000f4:	80407937          	lui	s2,0x80407
804000f8:	6d89                	lui	s11,0x2
804000fa:	9b140413          	add	s0,s0,-1615 # 9e3779b1 <__bss_end+0x1df16c51>
804000fe:	ef362bb7          	lui	s7,0xef362
80400102:	418c84b3          	sub	s1,s9,s8
80400106:	009df363          	bgeu	s11,s1,8040010c <main+0x6c>
8040010a:	6489                	lui	s1,0x2
8040010c:	019c0f63          	beq	s8,s9,8040012a <main+0x8a>
80400110:	13890793          	add	a5,s2,312 # 80407138 <buf>
80400114:	00f485b3          	add	a1,s1,a5
80400118:	876a                	mv	a4,s10
8040011a:	01875693          	srl	a3,a4,0x18
8040011e:	00d78023          	sb	a3,0(a5)
80400122:	0785                	add	a5,a5,1
80400124:	9722                	add	a4,a4,s0
80400126:	feb79ae3          	bne	a5,a1,8040011a <main+0x7a>
8040012a:	8626                	mv	a2,s1
8040012c:	13890593          	add	a1,s2,312
80400130:	854e                	mv	a0,s3
80400132:	00002097          	auipc	ra,0x2
80400136:	cd6080e7          	jalr	-810(ra) # 80401e08 <write>
8040013a:	12951a63          	bne	a0,s1,8040026e <main+0x1ce>
8040013e:	9c6e                	add	s8,s8,s11
80400140:	9d5e                	add	s10,s10,s7
80400142:	fd9c60e3          	bltu	s8,s9,80400102 <main+0x62>
80400146:	854e                	mv	a0,s3
80400148:	00002097          	auipc	ra,0x2
8040014c:	e8e080e7          	jalr	-370(ra) # 80401fd6 <close>
80400150:	18054063          	bltz	a0,804002d0 <main+0x230>
80400154:	4581                	li	a1,0
80400156:	030b0513          	add	a0,s6,48
8040015a:	00002097          	auipc	ra,0x2
8040015e:	dca080e7          	jalr	-566(ra) # 80401f24 <open>
80400162:	84aa                	mv	s1,a0
80400164:	14054963          	bltz	a0,804002b6 <main+0x216>
80400168:	4609                	li	a2,2
8040016a:	4581                	li	a1,0
8040016c:	00002097          	auipc	ra,0x2
80400170:	eec080e7          	jalr	-276(ra) # 80402058 <lseek>
80400174:	11951a63          	bne	a0,s9,80400288 <main+0x1e8>
80400178:	4601                	li	a2,0
8040017a:	4581                	li	a1,0
8040017c:	8526                	mv	a0,s1
8040017e:	00002097          	auipc	ra,0x2
80400182:	eda080e7          	jalr	-294(ra) # 80402058 <lseek>
80400186:	10051163          	bnez	a0,80400288 <main+0x1e8>
8040018a:	811cabb7          	lui	s7,0x811ca
8040018e:	9e3789b7          	lui	s3,0x9e378
80400192:	dc5b8b93          	add	s7,s7,-571 # 811c9dc5 <__bss_end+0xd69065>
80400196:	4c01                	li	s8,0
80400198:	9b198993          	add	s3,s3,-1615 # 9e3779b1 <__bss_end+0x1df16c51>
8040019c:	6609                	lui	a2,0x2
8040019e:	13890593          	add	a1,s2,312
804001a2:	8526                	mv	a0,s1
804001a4:	00002097          	auipc	ra,0x2
804001a8:	cee080e7          	jalr	-786(ra) # 80401e92 <read>
804001ac:	842a                	mv	s0,a0
804001ae:	16050063          	beqz	a0,8040030e <main+0x26e>
804001b2:	16044b63          	bltz	s0,80400328 <main+0x288>
804001b6:	13890893          	add	a7,s2,312
804001ba:	033c0733          	mul	a4,s8,s3
804001be:	00888533          	add	a0,a7,s0
804001c2:	13890813          	add	a6,s2,312
804001c6:	13890593          	add	a1,s2,312
804001ca:	a029                	j	804001d4 <main+0x134>
804001cc:	0585                	add	a1,a1,1
804001ce:	974e                	add	a4,a4,s3
804001d0:	10b50d63          	beq	a0,a1,804002ea <main+0x24a>
804001d4:	0005c603          	lbu	a2,0(a1)
804001d8:	01875793          	srl	a5,a4,0x18
804001dc:	86be                	mv	a3,a5
804001de:	fef607e3          	beq	a2,a5,804001cc <main+0x12c>
804001e2:	411c08b3          	sub	a7,s8,a7
804001e6:	80406537          	lui	a0,0x80406
804001ea:	95c6                	add	a1,a1,a7
804001ec:	0b050513          	add	a0,a0,176 # 804060b0 <strlcpy_k+0x1f6>
804001f0:	00003097          	auipc	ra,0x3
804001f4:	8de080e7          	jalr	-1826(ra) # 80402ace <printf>
804001f8:	4405                	li	s0,1
804001fa:	50f2                	lw	ra,60(sp)
804001fc:	8522                	mv	a0,s0
804001fe:	5462                	lw	s0,56(sp)
80400200:	54d2                	lw	s1,52(sp)
80400202:	5942                	lw	s2,48(sp)
80400204:	59b2                	lw	s3,44(sp)
80400206:	5a22                	lw	s4,40(sp)
80400208:	5a92                	lw	s5,36(sp)
8040020a:	5b02                	lw	s6,32(sp)
8040020c:	4bf2                	lw	s7,28(sp)
8040020e:	4c62                	lw	s8,24(sp)
80400210:	4cd2                	lw	s9,20(sp)
80400212:	4d42                	lw	s10,16(sp)
80400214:	4db2                	lw	s11,12(sp)
80400216:	6121                	add	sp,sp,64
80400218:	8082                	ret
8040021a:	842a                	mv	s0,a0
8040021c:	41c8                	lw	a0,4(a1)
8040021e:	84ae                	mv	s1,a1
80400220:	4629                	li	a2,10
80400222:	4581                	li	a1,0
80400224:	00003097          	auipc	ra,0x3
80400228:	8d8080e7          	jalr	-1832(ra) # 80402afc <strtoul>
8040022c:	4789                	li	a5,2
8040022e:	8a2a                	mv	s4,a0
80400230:	4a81                	li	s5,0
80400232:	00f40d63          	beq	s0,a5,8040024c <main+0x1ac>
80400236:	4488                	lw	a0,8(s1)
80400238:	804065b7          	lui	a1,0x80406
8040023c:	00058593          	mv	a1,a1
80400240:	00003097          	auipc	ra,0x3
80400244:	876080e7          	jalr	-1930(ra) # 80402ab6 <strcmp>
80400248:	00153a93          	seqz	s5,a0
8040024c:	fffa0793          	add	a5,s4,-1
80400250:	00100737          	lui	a4,0x100
80400254:	00aa1c93          	sll	s9,s4,0xa
80400258:	e6e7ebe3          	bltu	a5,a4,804000ce <main+0x2e>
8040025c:	80406537          	lui	a0,0x80406
80400260:	00850513          	add	a0,a0,8 # 80406008 <strlcpy_k+0x14e>
80400264:	00003097          	auipc	ra,0x3
80400268:	86a080e7          	jalr	-1942(ra) # 80402ace <printf>
8040026c:	b771                	j	804001f8 <main+0x158>
8040026e:	804065b7          	lui	a1,0x80406
80400272:	80406537          	lui	a0,0x80406
80400276:	06458593          	add	a1,a1,100 # 80406064 <strlcpy_k+0x1aa>
8040027a:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x196>
8040027e:	00003097          	auipc	ra,0x3
80400282:	850080e7          	jalr	-1968(ra) # 80402ace <printf>
80400286:	bf8d                	j	804001f8 <main+0x158>
80400288:	80406537          	lui	a0,0x80406
8040028c:	85e6                	mv	a1,s9
8040028e:	08850513          	add	a0,a0,136 # 80406088 <strlcpy_k+0x1ce>
80400292:	00003097          	auipc	ra,0x3
80400296:	83c080e7          	jalr	-1988(ra) # 80402ace <printf>
8040029a:	bfb9                	j	804001f8 <main+0x158>
8040029c:	804065b7          	lui	a1,0x80406
804002a0:	80406537          	lui	a0,0x80406
804002a4:	03c58593          	add	a1,a1,60 # 8040603c <strlcpy_k+0x182>
804002a8:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x196>
804002ac:	00003097          	auipc	ra,0x3
804002b0:	822080e7          	jalr	-2014(ra) # 80402ace <printf>
804002b4:	b791                	j	804001f8 <main+0x158>
804002b6:	804065b7          	lui	a1,0x80406
804002ba:	80406537          	lui	a0,0x80406
804002be:	07458593          	add	a1,a1,116 # 80406074 <strlcpy_k+0x1ba>
804002c2:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x196>
804002c6:	00003097          	auipc	ra,0x3
804002ca:	808080e7          	jalr	-2040(ra) # 80402ace <printf>
804002ce:	b72d                	j	804001f8 <main+0x158>
804002d0:	804065b7          	lui	a1,0x80406
804002d4:	80406537          	lui	a0,0x80406
804002d8:	06c58593          	add	a1,a1,108 # 8040606c <strlcpy_k+0x1b2>
804002dc:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x196>
804002e0:	00002097          	auipc	ra,0x2
804002e4:	7ee080e7          	jalr	2030(ra) # 80402ace <printf>
804002e8:	bf01                	j	804001f8 <main+0x158>
804002ea:	010006b7          	lui	a3,0x1000
804002ee:	4781                	li	a5,0
804002f0:	19368693          	add	a3,a3,403 # 1000193 <errno+0x1000193>
804002f4:	00f80733          	add	a4,a6,a5
804002f8:	00074703          	lbu	a4,0(a4) # 100000 <errno+0x100000>
804002fc:	0785                	add	a5,a5,1
804002fe:	01774733          	xor	a4,a4,s7
80400302:	02d70bb3          	mul	s7,a4,a3
80400306:	fef417e3          	bne	s0,a5,804002f4 <main+0x254>
8040030a:	9c22                	add	s8,s8,s0
8040030c:	bd41                	j	8040019c <main+0xfc>
8040030e:	039c0a63          	beq	s8,s9,80400342 <main+0x2a2>
80400312:	80406537          	lui	a0,0x80406
80400316:	8666                	mv	a2,s9
80400318:	85e2                	mv	a1,s8
8040031a:	0d850513          	add	a0,a0,216 # 804060d8 <strlcpy_k+0x21e>
8040031e:	00002097          	auipc	ra,0x2
80400322:	7b0080e7          	jalr	1968(ra) # 80402ace <printf>
80400326:	bdc9                	j	804001f8 <main+0x158>
80400328:	804065b7          	lui	a1,0x80406
8040032c:	80406537          	lui	a0,0x80406
80400330:	0a858593          	add	a1,a1,168 # 804060a8 <strlcpy_k+0x1ee>
80400334:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x196>
80400338:	00002097          	auipc	ra,0x2
8040033c:	796080e7          	jalr	1942(ra) # 80402ace <printf>
80400340:	bd65                	j	804001f8 <main+0x158>
80400342:	8526                	mv	a0,s1
80400344:	00002097          	auipc	ra,0x2
80400348:	c92080e7          	jalr	-878(ra) # 80401fd6 <close>
8040034c:	f80542e3          	bltz	a0,804002d0 <main+0x230>
80400350:	80406537          	lui	a0,0x80406
80400354:	865e                	mv	a2,s7
80400356:	85d2                	mv	a1,s4
80400358:	10050513          	add	a0,a0,256 # 80406100 <strlcpy_k+0x246>
8040035c:	00002097          	auipc	ra,0x2
80400360:	772080e7          	jalr	1906(ra) # 80402ace <printf>
80400364:	e80a9be3          	bnez	s5,804001fa <main+0x15a>
80400368:	030b0513          	add	a0,s6,48
8040036c:	00002097          	auipc	ra,0x2
80400370:	d6a080e7          	jalr	-662(ra) # 804020d6 <unlink>
80400374:	e80553e3          	bgez	a0,804001fa <main+0x15a>
80400378:	804065b7          	lui	a1,0x80406
8040037c:	80406537          	lui	a0,0x80406
80400380:	13858593          	add	a1,a1,312 # 80406138 <strlcpy_k+0x27e>
80400384:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x196>
80400388:	00002097          	auipc	ra,0x2
8040038c:	746080e7          	jalr	1862(ra) # 80402ace <printf>
80400390:	b5a5                	j	804001f8 <main+0x158>

80400392 <console_init>:
80400392:	1141                	add	sp,sp,-16
80400394:	804077b7          	lui	a5,0x80407
80400398:	c422                	sw	s0,8(sp)
8040039a:	0bc7a403          	lw	s0,188(a5) # 804070bc <uni_start_info>
8040039e:	c606                	sw	ra,12(sp)
804003a0:	5848                	lw	a0,52(s0)
804003a2:	00000097          	auipc	ra,0x0
804003a6:	6a6080e7          	jalr	1702(ra) # 80400a48 <uni_mfn_to_virt>
804003aa:	c939                	beqz	a0,80400400 <console_init+0x6e>
804003ac:	5c10                	lw	a2,56(s0)
804003ae:	85aa                	mv	a1,a0
804003b0:	804016b7          	lui	a3,0x80401
804003b4:	8041b537          	lui	a0,0x8041b
804003b8:	3e450513          	add	a0,a0,996 # 8041b3e4 <cons>
804003bc:	2e668693          	add	a3,a3,742 # 804012e6 <pv_block>
804003c0:	00001097          	auipc	ra,0x1
804003c4:	03e080e7          	jalr	62(ra) # 804013fe <pvcons_init>
804003c8:	5c08                	lw	a0,56(s0)
804003ca:	804025b7          	lui	a1,0x80402
804003ce:	4601                	li	a2,0
804003d0:	a1858593          	add	a1,a1,-1512 # 80401a18 <cons_event>
804003d4:	00001097          	auipc	ra,0x1
804003d8:	d78080e7          	jalr	-648(ra) # 8040114c <evtchn_bind>
804003dc:	02054a63          	bltz	a0,80400410 <console_init+0x7e>
804003e0:	4422                	lw	s0,8(sp)
804003e2:	40b2                	lw	ra,12(sp)
804003e4:	804077b7          	lui	a5,0x80407
804003e8:	4705                	li	a4,1
804003ea:	80402537          	lui	a0,0x80402
804003ee:	0ce7ae23          	sw	a4,220(a5) # 804070dc <ready>
804003f2:	a1a50513          	add	a0,a0,-1510 # 80401a1a <uni_console_drain>
804003f6:	0141                	add	sp,sp,16
804003f8:	00000317          	auipc	t1,0x0
804003fc:	45e30067          	jr	1118(t1) # 80400856 <uni_at_shutdown>
80400400:	80406537          	lui	a0,0x80406
80400404:	5c050513          	add	a0,a0,1472 # 804065c0 <names.0+0x58>
80400408:	00000097          	auipc	ra,0x0
8040040c:	49e080e7          	jalr	1182(ra) # 804008a6 <uni_panic>
80400410:	80406537          	lui	a0,0x80406
80400414:	5f450513          	add	a0,a0,1524 # 804065f4 <names.0+0x8c>
80400418:	00000097          	auipc	ra,0x0
8040041c:	48e080e7          	jalr	1166(ra) # 804008a6 <uni_panic>

80400420 <time_init>:
80400420:	c81027f3          	rdtimeh	a5
80400424:	c01026f3          	rdtime	a3
80400428:	c8102773          	rdtimeh	a4
8040042c:	fee79ae3          	bne	a5,a4,80400420 <time_init>
80400430:	80407737          	lui	a4,0x80407
80400434:	0ed72023          	sw	a3,224(a4) # 804070e0 <boot_time>
80400438:	0ef72223          	sw	a5,228(a4)
8040043c:	8082                	ret

8040043e <memory_init>:
8040043e:	804077b7          	lui	a5,0x80407
80400442:	0bc7a683          	lw	a3,188(a5) # 804070bc <uni_start_info>
80400446:	804077b7          	lui	a5,0x80407
8040044a:	0cc7a603          	lw	a2,204(a5) # 804070cc <pv_shared_info>
8040044e:	5ed8                	lw	a4,60(a3)
80400450:	42bc                	lw	a5,64(a3)
80400452:	528c                	lw	a1,32(a3)
80400454:	6685                	lui	a3,0x1
80400456:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
80400458:	9736                	add	a4,a4,a3
8040045a:	07b2                	sll	a5,a5,0xc
8040045c:	97ba                	add	a5,a5,a4
8040045e:	76fd                	lui	a3,0xfffff
80400460:	8ff5                	and	a5,a5,a3
80400462:	800008b7          	lui	a7,0x80000
80400466:	804076b7          	lui	a3,0x80407
8040046a:	1116a823          	sw	a7,272(a3) # 80407110 <low_next>
8040046e:	804076b7          	lui	a3,0x80407
80400472:	804008b7          	lui	a7,0x80400
80400476:	00080737          	lui	a4,0x80
8040047a:	1116a623          	sw	a7,268(a3) # 8040710c <low_end>
8040047e:	804076b7          	lui	a3,0x80407
80400482:	14462803          	lw	a6,324(a2) # 2144 <errno+0x2144>
80400486:	972e                	add	a4,a4,a1
80400488:	10f6a223          	sw	a5,260(a3) # 80407104 <brk>
8040048c:	804076b7          	lui	a3,0x80407
80400490:	1141                	add	sp,sp,-16
80400492:	15462603          	lw	a2,340(a2)
80400496:	0732                	sll	a4,a4,0xc
80400498:	10f6a423          	sw	a5,264(a3) # 80407108 <heap_start>
8040049c:	804077b7          	lui	a5,0x80407
804004a0:	c422                	sw	s0,8(sp)
804004a2:	10e7a023          	sw	a4,256(a5) # 80407100 <top>
804004a6:	80407437          	lui	s0,0x80407
804004aa:	804077b7          	lui	a5,0x80407
804004ae:	0f07a623          	sw	a6,236(a5) # 804070ec <revoke_seen>
804004b2:	0f040593          	add	a1,s0,240 # 804070f0 <revoke_port>
804004b6:	804077b7          	lui	a5,0x80407
804004ba:	4541                	li	a0,16
804004bc:	c606                	sw	ra,12(sp)
804004be:	0ec7a423          	sw	a2,232(a5) # 804070e8 <revoked_seen>
804004c2:	00001097          	auipc	ra,0x1
804004c6:	daa080e7          	jalr	-598(ra) # 8040126c <evtchn_bind_virq>
804004ca:	02054363          	bltz	a0,804004f0 <memory_init+0xb2>
804004ce:	0f042503          	lw	a0,240(s0)
804004d2:	804025b7          	lui	a1,0x80402
804004d6:	4601                	li	a2,0
804004d8:	b1e58593          	add	a1,a1,-1250 # 80401b1e <revoke_event>
804004dc:	00001097          	auipc	ra,0x1
804004e0:	c70080e7          	jalr	-912(ra) # 8040114c <evtchn_bind>
804004e4:	00054663          	bltz	a0,804004f0 <memory_init+0xb2>
804004e8:	40b2                	lw	ra,12(sp)
804004ea:	4422                	lw	s0,8(sp)
804004ec:	0141                	add	sp,sp,16
804004ee:	8082                	ret
804004f0:	80406537          	lui	a0,0x80406
804004f4:	61050513          	add	a0,a0,1552 # 80406610 <names.0+0xa8>
804004f8:	00000097          	auipc	ra,0x0
804004fc:	3ae080e7          	jalr	942(ra) # 804008a6 <uni_panic>

80400500 <blk_init>:
80400500:	7175                	add	sp,sp,-144
80400502:	804077b7          	lui	a5,0x80407
80400506:	c326                	sw	s1,132(sp)
80400508:	0bc7a483          	lw	s1,188(a5) # 804070bc <uni_start_info>
8040050c:	c706                	sw	ra,140(sp)
8040050e:	c522                	sw	s0,136(sp)
80400510:	54c8                	lw	a0,44(s1)
80400512:	c14a                	sw	s2,128(sp)
80400514:	dece                	sw	s3,124(sp)
80400516:	00000097          	auipc	ra,0x0
8040051a:	532080e7          	jalr	1330(ra) # 80400a48 <uni_mfn_to_virt>
8040051e:	10050263          	beqz	a0,80400622 <blk_init+0x122>
80400522:	842a                	mv	s0,a0
80400524:	5888                	lw	a0,48(s1)
80400526:	804045b7          	lui	a1,0x80404
8040052a:	4601                	li	a2,0
8040052c:	57858593          	add	a1,a1,1400 # 80404578 <store_event>
80400530:	00001097          	auipc	ra,0x1
80400534:	c1c080e7          	jalr	-996(ra) # 8040114c <evtchn_bind>
80400538:	0e054563          	bltz	a0,80400622 <blk_init+0x122>
8040053c:	5890                	lw	a2,48(s1)
8040053e:	8041c937          	lui	s2,0x8041c
80400542:	804019b7          	lui	s3,0x80401
80400546:	c8098693          	add	a3,s3,-896 # 80400c80 <uni_wait>
8040054a:	85a2                	mv	a1,s0
8040054c:	70890513          	add	a0,s2,1800 # 8041c708 <store>
80400550:	00001097          	auipc	ra,0x1
80400554:	394080e7          	jalr	916(ra) # 804018e4 <xs_init>
80400558:	002c                	add	a1,sp,8
8040055a:	70890513          	add	a0,s2,1800
8040055e:	00001097          	auipc	ra,0x1
80400562:	99c080e7          	jalr	-1636(ra) # 80400efa <blkfront_probe>
80400566:	57f9                	li	a5,-2
80400568:	08f50e63          	beq	a0,a5,80400604 <blk_init+0x104>
8040056c:	0e054363          	bltz	a0,80400652 <blk_init+0x152>
80400570:	0068                	add	a0,sp,12
80400572:	00001097          	auipc	ra,0x1
80400576:	d8e080e7          	jalr	-626(ra) # 80401300 <gnttab_setup_frame>
8040057a:	0c054463          	bltz	a0,80400642 <blk_init+0x142>
8040057e:	00001097          	auipc	ra,0x1
80400582:	7b8080e7          	jalr	1976(ra) # 80401d36 <uni_page_alloc>
80400586:	842a                	mv	s0,a0
80400588:	c549                	beqz	a0,80400612 <blk_init+0x112>
8040058a:	45b2                	lw	a1,12(sp)
8040058c:	80407637          	lui	a2,0x80407
80400590:	bf060613          	add	a2,a2,-1040 # 80406bf0 <__clz_tab+0x1ac>
80400594:	00002097          	auipc	ra,0x2
80400598:	814080e7          	jalr	-2028(ra) # 80401da8 <uni_map_over>
8040059c:	8522                	mv	a0,s0
8040059e:	00001097          	auipc	ra,0x1
804005a2:	db8080e7          	jalr	-584(ra) # 80401356 <gnttab_init>
804005a6:	00001097          	auipc	ra,0x1
804005aa:	790080e7          	jalr	1936(ra) # 80401d36 <uni_page_alloc>
804005ae:	c135                	beqz	a0,80400612 <blk_init+0x112>
804005b0:	c82a                	sw	a0,16(sp)
804005b2:	00000097          	auipc	ra,0x0
804005b6:	45e080e7          	jalr	1118(ra) # 80400a10 <uni_virt_to_mfn>
804005ba:	ca2a                	sw	a0,20(sp)
804005bc:	0820                	add	s0,sp,24
804005be:	00c4                	add	s1,sp,68
804005c0:	00001097          	auipc	ra,0x1
804005c4:	776080e7          	jalr	1910(ra) # 80401d36 <uni_page_alloc>
804005c8:	c529                	beqz	a0,80400612 <blk_init+0x112>
804005ca:	c008                	sw	a0,0(s0)
804005cc:	00000097          	auipc	ra,0x0
804005d0:	444080e7          	jalr	1092(ra) # 80400a10 <uni_virt_to_mfn>
804005d4:	d448                	sw	a0,44(s0)
804005d6:	0411                	add	s0,s0,4
804005d8:	fe8494e3          	bne	s1,s0,804005c0 <blk_init+0xc0>
804005dc:	8041c537          	lui	a0,0x8041c
804005e0:	c8098693          	add	a3,s3,-896
804005e4:	0810                	add	a2,sp,16
804005e6:	70890593          	add	a1,s2,1800
804005ea:	68850513          	add	a0,a0,1672 # 8041c688 <bf>
804005ee:	00001097          	auipc	ra,0x1
804005f2:	91e080e7          	jalr	-1762(ra) # 80400f0c <blkfront_connect>
804005f6:	02054e63          	bltz	a0,80400632 <blk_init+0x132>
804005fa:	804077b7          	lui	a5,0x80407
804005fe:	4705                	li	a4,1
80400600:	12e7a223          	sw	a4,292(a5) # 80407124 <present>
80400604:	40ba                	lw	ra,140(sp)
80400606:	442a                	lw	s0,136(sp)
80400608:	449a                	lw	s1,132(sp)
8040060a:	490a                	lw	s2,128(sp)
8040060c:	59f6                	lw	s3,124(sp)
8040060e:	6149                	add	sp,sp,144
80400610:	8082                	ret
80400612:	80407537          	lui	a0,0x80407
80400616:	bdc50513          	add	a0,a0,-1060 # 80406bdc <__clz_tab+0x198>
8040061a:	00000097          	auipc	ra,0x0
8040061e:	28c080e7          	jalr	652(ra) # 804008a6 <uni_panic>
80400622:	80407537          	lui	a0,0x80407
80400626:	b5450513          	add	a0,a0,-1196 # 80406b54 <__clz_tab+0x110>
8040062a:	00000097          	auipc	ra,0x0
8040062e:	27c080e7          	jalr	636(ra) # 804008a6 <uni_panic>
80400632:	80407537          	lui	a0,0x80407
80400636:	c2050513          	add	a0,a0,-992 # 80406c20 <__clz_tab+0x1dc>
8040063a:	00000097          	auipc	ra,0x0
8040063e:	26c080e7          	jalr	620(ra) # 804008a6 <uni_panic>
80400642:	80407537          	lui	a0,0x80407
80400646:	bb850513          	add	a0,a0,-1096 # 80406bb8 <__clz_tab+0x174>
8040064a:	00000097          	auipc	ra,0x0
8040064e:	25c080e7          	jalr	604(ra) # 804008a6 <uni_panic>
80400652:	80407537          	lui	a0,0x80407
80400656:	b8050513          	add	a0,a0,-1152 # 80406b80 <__clz_tab+0x13c>
8040065a:	00000097          	auipc	ra,0x0
8040065e:	24c080e7          	jalr	588(ra) # 804008a6 <uni_panic>

80400662 <fs_mount>:
80400662:	1141                	add	sp,sp,-16
80400664:	c606                	sw	ra,12(sp)
80400666:	00005097          	auipc	ra,0x5
8040066a:	602080e7          	jalr	1538(ra) # 80405c68 <bio_init>
8040066e:	00004097          	auipc	ra,0x4
80400672:	f0c080e7          	jalr	-244(ra) # 8040457a <uni_blk_present>
80400676:	e501                	bnez	a0,8040067e <fs_mount+0x1c>
80400678:	40b2                	lw	ra,12(sp)
8040067a:	0141                	add	sp,sp,16
8040067c:	8082                	ret
8040067e:	00005097          	auipc	ra,0x5
80400682:	8de080e7          	jalr	-1826(ra) # 80404f5c <fs_init>
80400686:	80405537          	lui	a0,0x80405
8040068a:	80e50513          	add	a0,a0,-2034 # 8040480e <fs_shutdown>
8040068e:	00000097          	auipc	ra,0x0
80400692:	1c8080e7          	jalr	456(ra) # 80400856 <uni_at_shutdown>
80400696:	40b2                	lw	ra,12(sp)
80400698:	80407537          	lui	a0,0x80407
8040069c:	cd850513          	add	a0,a0,-808 # 80406cd8 <exfs_ops>
804006a0:	0141                	add	sp,sp,16
804006a2:	00001317          	auipc	t1,0x1
804006a6:	75c30067          	jr	1884(t1) # 80401dfe <uni_posix_mount>
	...

804006ac <uni_trap_entry>:
804006ac:	7175                	add	sp,sp,-144
804006ae:	c206                	sw	ra,4(sp)
804006b0:	c60e                	sw	gp,12(sp)
804006b2:	c812                	sw	tp,16(sp)
804006b4:	ca16                	sw	t0,20(sp)
804006b6:	cc1a                	sw	t1,24(sp)
804006b8:	ce1e                	sw	t2,28(sp)
804006ba:	d022                	sw	s0,32(sp)
804006bc:	d226                	sw	s1,36(sp)
804006be:	d42a                	sw	a0,40(sp)
804006c0:	d62e                	sw	a1,44(sp)
804006c2:	d832                	sw	a2,48(sp)
804006c4:	da36                	sw	a3,52(sp)
804006c6:	dc3a                	sw	a4,56(sp)
804006c8:	de3e                	sw	a5,60(sp)
804006ca:	c0c2                	sw	a6,64(sp)
804006cc:	c2c6                	sw	a7,68(sp)
804006ce:	c4ca                	sw	s2,72(sp)
804006d0:	c6ce                	sw	s3,76(sp)
804006d2:	c8d2                	sw	s4,80(sp)
804006d4:	cad6                	sw	s5,84(sp)
804006d6:	ccda                	sw	s6,88(sp)
804006d8:	cede                	sw	s7,92(sp)
804006da:	d0e2                	sw	s8,96(sp)
804006dc:	d2e6                	sw	s9,100(sp)
804006de:	d4ea                	sw	s10,104(sp)
804006e0:	d6ee                	sw	s11,108(sp)
804006e2:	d8f2                	sw	t3,112(sp)
804006e4:	daf6                	sw	t4,116(sp)
804006e6:	dcfa                	sw	t5,120(sp)
804006e8:	defe                	sw	t6,124(sp)
804006ea:	09010293          	add	t0,sp,144
804006ee:	c416                	sw	t0,8(sp)
804006f0:	00007297          	auipc	t0,0x7
804006f4:	9dc2a283          	lw	t0,-1572(t0) # 804070cc <pv_shared_info>
804006f8:	0202a303          	lw	t1,32(t0)
804006fc:	c11a                	sw	t1,128(sp)
804006fe:	0242a303          	lw	t1,36(t0)
80400702:	c31a                	sw	t1,132(sp)
80400704:	0282a303          	lw	t1,40(t0)
80400708:	c51a                	sw	t1,136(sp)
8040070a:	02c2a303          	lw	t1,44(t0)
8040070e:	c71a                	sw	t1,140(sp)
80400710:	850a                	mv	a0,sp
80400712:	00000097          	auipc	ra,0x0
80400716:	1ee080e7          	jalr	494(ra) # 80400900 <uni_trap>
8040071a:	00007297          	auipc	t0,0x7
8040071e:	9b22a283          	lw	t0,-1614(t0) # 804070cc <pv_shared_info>
80400722:	430a                	lw	t1,128(sp)
80400724:	0262a023          	sw	t1,32(t0)
80400728:	433a                	lw	t1,140(sp)
8040072a:	0262a623          	sw	t1,44(t0)
8040072e:	4316                	lw	t1,68(sp)
80400730:	0262ac23          	sw	t1,56(t0)
80400734:	4092                	lw	ra,4(sp)
80400736:	41b2                	lw	gp,12(sp)
80400738:	4242                	lw	tp,16(sp)
8040073a:	42d2                	lw	t0,20(sp)
8040073c:	4362                	lw	t1,24(sp)
8040073e:	43f2                	lw	t2,28(sp)
80400740:	5402                	lw	s0,32(sp)
80400742:	5492                	lw	s1,36(sp)
80400744:	5522                	lw	a0,40(sp)
80400746:	55b2                	lw	a1,44(sp)
80400748:	5642                	lw	a2,48(sp)
8040074a:	56d2                	lw	a3,52(sp)
8040074c:	5762                	lw	a4,56(sp)
8040074e:	57f2                	lw	a5,60(sp)
80400750:	4806                	lw	a6,64(sp)
80400752:	4926                	lw	s2,72(sp)
80400754:	49b6                	lw	s3,76(sp)
80400756:	4a46                	lw	s4,80(sp)
80400758:	4ad6                	lw	s5,84(sp)
8040075a:	4b66                	lw	s6,88(sp)
8040075c:	4bf6                	lw	s7,92(sp)
8040075e:	5c06                	lw	s8,96(sp)
80400760:	5c96                	lw	s9,100(sp)
80400762:	5d26                	lw	s10,104(sp)
80400764:	5db6                	lw	s11,108(sp)
80400766:	5e46                	lw	t3,112(sp)
80400768:	5ed6                	lw	t4,116(sp)
8040076a:	5f66                	lw	t5,120(sp)
8040076c:	5ff6                	lw	t6,124(sp)
8040076e:	6149                	add	sp,sp,144
80400770:	48dd                	li	a7,23
80400772:	00000073          	ecall
80400776:	a001                	j	80400776 <uni_trap_entry+0xca>

80400778 <hex>:
80400778:	03000793          	li	a5,48
8040077c:	00f50023          	sb	a5,0(a0)
80400780:	80406637          	lui	a2,0x80406
80400784:	07800793          	li	a5,120
80400788:	00f500a3          	sb	a5,1(a0)
8040078c:	00250693          	add	a3,a0,2
80400790:	4771                	li	a4,28
80400792:	14c60613          	add	a2,a2,332 # 8040614c <strlcpy_k+0x292>
80400796:	5871                	li	a6,-4
80400798:	00e5d7b3          	srl	a5,a1,a4
8040079c:	8bbd                	and	a5,a5,15
8040079e:	97b2                	add	a5,a5,a2
804007a0:	0007c783          	lbu	a5,0(a5)
804007a4:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
804007a6:	0685                	add	a3,a3,1
804007a8:	fef68fa3          	sb	a5,-1(a3)
804007ac:	ff0716e3          	bne	a4,a6,80400798 <hex+0x20>
804007b0:	00050523          	sb	zero,10(a0)
804007b4:	8082                	ret

804007b6 <run_hooks>:
804007b6:	1141                	add	sp,sp,-16
804007b8:	4501                	li	a0,0
804007ba:	c422                	sw	s0,8(sp)
804007bc:	c606                	sw	ra,12(sp)
804007be:	c226                	sw	s1,4(sp)
804007c0:	80407437          	lui	s0,0x80407
804007c4:	00000097          	auipc	ra,0x0
804007c8:	4b2080e7          	jalr	1202(ra) # 80400c76 <uni_runtime_set_waiter>
804007cc:	0b842783          	lw	a5,184(s0) # 804070b8 <nhooks>
804007d0:	c385                	beqz	a5,804007f0 <run_hooks+0x3a>
804007d2:	804194b7          	lui	s1,0x80419
804007d6:	14048493          	add	s1,s1,320 # 80419140 <hooks>
804007da:	17fd                	add	a5,a5,-1
804007dc:	00279713          	sll	a4,a5,0x2
804007e0:	9726                	add	a4,a4,s1
804007e2:	4318                	lw	a4,0(a4)
804007e4:	0af42c23          	sw	a5,184(s0)
804007e8:	9702                	jalr	a4
804007ea:	0b842783          	lw	a5,184(s0)
804007ee:	f7f5                	bnez	a5,804007da <run_hooks+0x24>
804007f0:	40b2                	lw	ra,12(sp)
804007f2:	4422                	lw	s0,8(sp)
804007f4:	4492                	lw	s1,4(sp)
804007f6:	0141                	add	sp,sp,16
804007f8:	8082                	ret

804007fa <early_puts>:
804007fa:	00054783          	lbu	a5,0(a0)
804007fe:	872a                	mv	a4,a0
80400800:	c79d                	beqz	a5,8040082e <early_puts+0x34>
80400802:	4781                	li	a5,0
80400804:	0785                	add	a5,a5,1
80400806:	00f706b3          	add	a3,a4,a5
8040080a:	0006c683          	lbu	a3,0(a3)
8040080e:	fafd                	bnez	a3,80400804 <early_puts+0xa>
80400810:	40000693          	li	a3,1024
80400814:	4501                	li	a0,0
80400816:	863a                	mv	a2,a4
80400818:	48c9                	li	a7,18
8040081a:	85be                	mv	a1,a5
8040081c:	00f6f463          	bgeu	a3,a5,80400824 <early_puts+0x2a>
80400820:	40000593          	li	a1,1024
80400824:	00000073          	ecall
80400828:	8f8d                	sub	a5,a5,a1
8040082a:	972e                	add	a4,a4,a1
8040082c:	f7e5                	bnez	a5,80400814 <early_puts+0x1a>
8040082e:	8082                	ret

80400830 <uni_early_write>:
80400830:	87ae                	mv	a5,a1
80400832:	872a                	mv	a4,a0
80400834:	c185                	beqz	a1,80400854 <uni_early_write+0x24>
80400836:	40000693          	li	a3,1024
8040083a:	4501                	li	a0,0
8040083c:	863a                	mv	a2,a4
8040083e:	48c9                	li	a7,18
80400840:	85be                	mv	a1,a5
80400842:	00f6f463          	bgeu	a3,a5,8040084a <uni_early_write+0x1a>
80400846:	40000593          	li	a1,1024
8040084a:	00000073          	ecall
8040084e:	8f8d                	sub	a5,a5,a1
80400850:	972e                	add	a4,a4,a1
80400852:	f7e5                	bnez	a5,8040083a <uni_early_write+0xa>
80400854:	8082                	ret

80400856 <uni_at_shutdown>:
80400856:	804076b7          	lui	a3,0x80407
8040085a:	0b86a783          	lw	a5,184(a3) # 804070b8 <nhooks>
8040085e:	4721                	li	a4,8
80400860:	00e78f63          	beq	a5,a4,8040087e <uni_at_shutdown+0x28>
80400864:	80419737          	lui	a4,0x80419
80400868:	00279613          	sll	a2,a5,0x2
8040086c:	14070713          	add	a4,a4,320 # 80419140 <hooks>
80400870:	0785                	add	a5,a5,1
80400872:	9732                	add	a4,a4,a2
80400874:	c308                	sw	a0,0(a4)
80400876:	0af6ac23          	sw	a5,184(a3)
8040087a:	4501                	li	a0,0
8040087c:	8082                	ret
8040087e:	557d                	li	a0,-1
80400880:	8082                	ret

80400882 <uni_poweroff>:
80400882:	1141                	add	sp,sp,-16
80400884:	c422                	sw	s0,8(sp)
80400886:	c606                	sw	ra,12(sp)
80400888:	842a                	mv	s0,a0
8040088a:	00000097          	auipc	ra,0x0
8040088e:	f2c080e7          	jalr	-212(ra) # 804007b6 <run_hooks>
80400892:	67c1                	lui	a5,0x10
80400894:	00841593          	sll	a1,s0,0x8
80400898:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040089a:	8dfd                	and	a1,a1,a5
8040089c:	4509                	li	a0,2
8040089e:	48f5                	li	a7,29
804008a0:	00000073          	ecall
804008a4:	bfe5                	j	8040089c <uni_poweroff+0x1a>

804008a6 <uni_panic>:
804008a6:	804077b7          	lui	a5,0x80407
804008aa:	0b47a703          	lw	a4,180(a5) # 804070b4 <panicking>
804008ae:	1141                	add	sp,sp,-16
804008b0:	c422                	sw	s0,8(sp)
804008b2:	c606                	sw	ra,12(sp)
804008b4:	842a                	mv	s0,a0
804008b6:	cf0d                	beqz	a4,804008f0 <uni_panic+0x4a>
804008b8:	80406537          	lui	a0,0x80406
804008bc:	16050513          	add	a0,a0,352 # 80406160 <strlcpy_k+0x2a6>
804008c0:	00000097          	auipc	ra,0x0
804008c4:	f3a080e7          	jalr	-198(ra) # 804007fa <early_puts>
804008c8:	8522                	mv	a0,s0
804008ca:	00000097          	auipc	ra,0x0
804008ce:	f30080e7          	jalr	-208(ra) # 804007fa <early_puts>
804008d2:	80406537          	lui	a0,0x80406
804008d6:	0d450513          	add	a0,a0,212 # 804060d4 <strlcpy_k+0x21a>
804008da:	00000097          	auipc	ra,0x0
804008de:	f20080e7          	jalr	-224(ra) # 804007fa <early_puts>
804008e2:	4509                	li	a0,2
804008e4:	10300593          	li	a1,259
804008e8:	48f5                	li	a7,29
804008ea:	00000073          	ecall
804008ee:	bfd5                	j	804008e2 <uni_panic+0x3c>
804008f0:	4705                	li	a4,1
804008f2:	0ae7aa23          	sw	a4,180(a5)
804008f6:	00000097          	auipc	ra,0x0
804008fa:	ec0080e7          	jalr	-320(ra) # 804007b6 <run_hooks>
804008fe:	bf6d                	j	804008b8 <uni_panic+0x12>

80400900 <uni_trap>:
80400900:	08452703          	lw	a4,132(a0)
80400904:	800007b7          	lui	a5,0x80000
80400908:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
8040090a:	00f71d63          	bne	a4,a5,80400924 <uni_trap+0x24>
8040090e:	80407737          	lui	a4,0x80407
80400912:	0b072783          	lw	a5,176(a4) # 804070b0 <upcalls>
80400916:	0785                	add	a5,a5,1
80400918:	0af72823          	sw	a5,176(a4)
8040091c:	00001317          	auipc	t1,0x1
80400920:	85430067          	jr	-1964(t1) # 80401170 <evtchn_do_upcall>
80400924:	804077b7          	lui	a5,0x80407
80400928:	0b47a703          	lw	a4,180(a5) # 804070b4 <panicking>
8040092c:	7139                	add	sp,sp,-64
8040092e:	dc22                	sw	s0,56(sp)
80400930:	de06                	sw	ra,60(sp)
80400932:	842a                	mv	s0,a0
80400934:	c771                	beqz	a4,80400a00 <uni_trap+0x100>
80400936:	80406537          	lui	a0,0x80406
8040093a:	17850513          	add	a0,a0,376 # 80406178 <strlcpy_k+0x2be>
8040093e:	00000097          	auipc	ra,0x0
80400942:	ebc080e7          	jalr	-324(ra) # 804007fa <early_puts>
80400946:	08442703          	lw	a4,132(s0)
8040094a:	47bd                	li	a5,15
8040094c:	0ae7e563          	bltu	a5,a4,804009f6 <uni_trap+0xf6>
80400950:	804067b7          	lui	a5,0x80406
80400954:	070a                	sll	a4,a4,0x2
80400956:	43478793          	add	a5,a5,1076 # 80406434 <names.0>
8040095a:	97ba                	add	a5,a5,a4
8040095c:	4388                	lw	a0,0(a5)
8040095e:	00000097          	auipc	ra,0x0
80400962:	e9c080e7          	jalr	-356(ra) # 804007fa <early_puts>
80400966:	80406537          	lui	a0,0x80406
8040096a:	19050513          	add	a0,a0,400 # 80406190 <strlcpy_k+0x2d6>
8040096e:	00000097          	auipc	ra,0x0
80400972:	e8c080e7          	jalr	-372(ra) # 804007fa <early_puts>
80400976:	08442583          	lw	a1,132(s0)
8040097a:	0068                	add	a0,sp,12
8040097c:	00000097          	auipc	ra,0x0
80400980:	dfc080e7          	jalr	-516(ra) # 80400778 <hex>
80400984:	00000097          	auipc	ra,0x0
80400988:	e76080e7          	jalr	-394(ra) # 804007fa <early_puts>
8040098c:	80406537          	lui	a0,0x80406
80400990:	19c50513          	add	a0,a0,412 # 8040619c <strlcpy_k+0x2e2>
80400994:	00000097          	auipc	ra,0x0
80400998:	e66080e7          	jalr	-410(ra) # 804007fa <early_puts>
8040099c:	08042583          	lw	a1,128(s0)
804009a0:	0828                	add	a0,sp,24
804009a2:	00000097          	auipc	ra,0x0
804009a6:	dd6080e7          	jalr	-554(ra) # 80400778 <hex>
804009aa:	00000097          	auipc	ra,0x0
804009ae:	e50080e7          	jalr	-432(ra) # 804007fa <early_puts>
804009b2:	80406537          	lui	a0,0x80406
804009b6:	1a850513          	add	a0,a0,424 # 804061a8 <strlcpy_k+0x2ee>
804009ba:	00000097          	auipc	ra,0x0
804009be:	e40080e7          	jalr	-448(ra) # 804007fa <early_puts>
804009c2:	08842583          	lw	a1,136(s0)
804009c6:	1048                	add	a0,sp,36
804009c8:	00000097          	auipc	ra,0x0
804009cc:	db0080e7          	jalr	-592(ra) # 80400778 <hex>
804009d0:	00000097          	auipc	ra,0x0
804009d4:	e2a080e7          	jalr	-470(ra) # 804007fa <early_puts>
804009d8:	80406537          	lui	a0,0x80406
804009dc:	0d450513          	add	a0,a0,212 # 804060d4 <strlcpy_k+0x21a>
804009e0:	00000097          	auipc	ra,0x0
804009e4:	e1a080e7          	jalr	-486(ra) # 804007fa <early_puts>
804009e8:	4509                	li	a0,2
804009ea:	10300593          	li	a1,259
804009ee:	48f5                	li	a7,29
804009f0:	00000073          	ecall
804009f4:	bfd5                	j	804009e8 <uni_trap+0xe8>
804009f6:	80406537          	lui	a0,0x80406
804009fa:	17050513          	add	a0,a0,368 # 80406170 <strlcpy_k+0x2b6>
804009fe:	b785                	j	8040095e <uni_trap+0x5e>
80400a00:	4705                	li	a4,1
80400a02:	0ae7aa23          	sw	a4,180(a5)
80400a06:	00000097          	auipc	ra,0x0
80400a0a:	db0080e7          	jalr	-592(ra) # 804007b6 <run_hooks>
80400a0e:	b725                	j	80400936 <uni_trap+0x36>

80400a10 <uni_virt_to_mfn>:
80400a10:	800007b7          	lui	a5,0x80000
80400a14:	80407737          	lui	a4,0x80407
80400a18:	0bc72703          	lw	a4,188(a4) # 804070bc <uni_start_info>
80400a1c:	97aa                	add	a5,a5,a0
80400a1e:	00055b63          	bgez	a0,80400a34 <uni_virt_to_mfn+0x24>
80400a22:	5314                	lw	a3,32(a4)
80400a24:	83b1                	srl	a5,a5,0xc
80400a26:	00d7f763          	bgeu	a5,a3,80400a34 <uni_virt_to_mfn+0x24>
80400a2a:	4378                	lw	a4,68(a4)
80400a2c:	078a                	sll	a5,a5,0x2
80400a2e:	97ba                	add	a5,a5,a4
80400a30:	4388                	lw	a0,0(a5)
80400a32:	8082                	ret
80400a34:	80406537          	lui	a0,0x80406
80400a38:	1141                	add	sp,sp,-16
80400a3a:	1b450513          	add	a0,a0,436 # 804061b4 <strlcpy_k+0x2fa>
80400a3e:	c606                	sw	ra,12(sp)
80400a40:	00000097          	auipc	ra,0x0
80400a44:	e66080e7          	jalr	-410(ra) # 804008a6 <uni_panic>

80400a48 <uni_mfn_to_virt>:
80400a48:	804077b7          	lui	a5,0x80407
80400a4c:	0bc7a783          	lw	a5,188(a5) # 804070bc <uni_start_info>
80400a50:	4701                	li	a4,0
80400a52:	0207a803          	lw	a6,32(a5)
80400a56:	43ec                	lw	a1,68(a5)
80400a58:	8642                	mv	a2,a6
80400a5a:	a029                	j	80400a64 <uni_mfn_to_virt+0x1c>
80400a5c:	4294                	lw	a3,0(a3)
80400a5e:	04a6e763          	bltu	a3,a0,80400aac <uni_mfn_to_virt+0x64>
80400a62:	863e                	mv	a2,a5
80400a64:	40e607b3          	sub	a5,a2,a4
80400a68:	8385                	srl	a5,a5,0x1
80400a6a:	97ba                	add	a5,a5,a4
80400a6c:	00279693          	sll	a3,a5,0x2
80400a70:	96ae                	add	a3,a3,a1
80400a72:	fec765e3          	bltu	a4,a2,80400a5c <uni_mfn_to_virt+0x14>
80400a76:	00e80863          	beq	a6,a4,80400a86 <uni_mfn_to_virt+0x3e>
80400a7a:	00271793          	sll	a5,a4,0x2
80400a7e:	97ae                	add	a5,a5,a1
80400a80:	439c                	lw	a5,0(a5)
80400a82:	00a78f63          	beq	a5,a0,80400aa0 <uni_mfn_to_virt+0x58>
80400a86:	4701                	li	a4,0
80400a88:	00081663          	bnez	a6,80400a94 <uni_mfn_to_virt+0x4c>
80400a8c:	a01d                	j	80400ab2 <uni_mfn_to_virt+0x6a>
80400a8e:	0705                	add	a4,a4,1
80400a90:	02e80163          	beq	a6,a4,80400ab2 <uni_mfn_to_virt+0x6a>
80400a94:	419c                	lw	a5,0(a1)
80400a96:	0591                	add	a1,a1,4
80400a98:	fea79be3          	bne	a5,a0,80400a8e <uni_mfn_to_virt+0x46>
80400a9c:	00e80b63          	beq	a6,a4,80400ab2 <uni_mfn_to_virt+0x6a>
80400aa0:	0732                	sll	a4,a4,0xc
80400aa2:	800007b7          	lui	a5,0x80000
80400aa6:	00f70533          	add	a0,a4,a5
80400aaa:	8082                	ret
80400aac:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400ab0:	bf55                	j	80400a64 <uni_mfn_to_virt+0x1c>
80400ab2:	4501                	li	a0,0
80400ab4:	8082                	ret

80400ab6 <uni_runtime_start>:
80400ab6:	804067b7          	lui	a5,0x80406
80400aba:	1141                	add	sp,sp,-16
80400abc:	80407737          	lui	a4,0x80407
80400ac0:	1d878793          	add	a5,a5,472 # 804061d8 <strlcpy_k+0x31e>
80400ac4:	c422                	sw	s0,8(sp)
80400ac6:	0aa72e23          	sw	a0,188(a4) # 804070bc <uni_start_info>
80400aca:	c606                	sw	ra,12(sp)
80400acc:	c226                	sw	s1,4(sp)
80400ace:	c04a                	sw	s2,0(sp)
80400ad0:	842a                	mv	s0,a0
80400ad2:	01878593          	add	a1,a5,24
80400ad6:	872a                	mv	a4,a0
80400ad8:	00074603          	lbu	a2,0(a4)
80400adc:	0007c683          	lbu	a3,0(a5)
80400ae0:	10d61363          	bne	a2,a3,80400be6 <uni_runtime_start+0x130>
80400ae4:	0785                	add	a5,a5,1
80400ae6:	0705                	add	a4,a4,1
80400ae8:	feb798e3          	bne	a5,a1,80400ad8 <uni_runtime_start+0x22>
80400aec:	4501                	li	a0,0
80400aee:	4581                	li	a1,0
80400af0:	48c5                	li	a7,17
80400af2:	00000073          	ecall
80400af6:	4785                	li	a5,1
80400af8:	8141                	srl	a0,a0,0x10
80400afa:	10f51663          	bne	a0,a5,80400c06 <uni_runtime_start+0x150>
80400afe:	4519                	li	a0,6
80400b00:	00000073          	ecall
80400b04:	8909                	and	a0,a0,2
80400b06:	10050863          	beqz	a0,80400c16 <uni_runtime_start+0x160>
80400b0a:	5008                	lw	a0,32(s0)
80400b0c:	04042803          	lw	a6,64(s0)
80400b10:	03c42883          	lw	a7,60(s0)
80400b14:	442c                	lw	a1,72(s0)
80400b16:	00080637          	lui	a2,0x80
80400b1a:	00c50733          	add	a4,a0,a2
80400b1e:	00c81793          	sll	a5,a6,0xc
80400b22:	00c71693          	sll	a3,a4,0xc
80400b26:	01178733          	add	a4,a5,a7
80400b2a:	0cc59663          	bne	a1,a2,80400bf6 <uni_runtime_start+0x140>
80400b2e:	804617b7          	lui	a5,0x80461
80400b32:	d6078793          	add	a5,a5,-672 # 80460d60 <__bss_end>
80400b36:	0cf46063          	bltu	s0,a5,80400bf6 <uni_runtime_start+0x140>
80400b3a:	0a88ee63          	bltu	a7,s0,80400bf6 <uni_runtime_start+0x140>
80400b3e:	0a080c63          	beqz	a6,80400bf6 <uni_runtime_start+0x140>
80400b42:	0ae6ea63          	bltu	a3,a4,80400bf6 <uni_runtime_start+0x140>
80400b46:	0aa5e863          	bltu	a1,a0,80400bf6 <uni_runtime_start+0x140>
80400b4a:	5048                	lw	a0,36(s0)
80400b4c:	00000097          	auipc	ra,0x0
80400b50:	5d4080e7          	jalr	1492(ra) # 80401120 <evtchn_init>
80400b54:	80400537          	lui	a0,0x80400
80400b58:	6ac50513          	add	a0,a0,1708 # 804006ac <uni_trap_entry>
80400b5c:	4581                	li	a1,0
80400b5e:	4891                	li	a7,4
80400b60:	00000073          	ecall
80400b64:	06054963          	bltz	a0,80400bd6 <uni_runtime_start+0x120>
80400b68:	00000097          	auipc	ra,0x0
80400b6c:	0c0080e7          	jalr	192(ra) # 80400c28 <uni_wait_init>
80400b70:	80419937          	lui	s2,0x80419
80400b74:	16090593          	add	a1,s2,352 # 80419160 <cmdline>
80400b78:	16090693          	add	a3,s2,352
80400b7c:	4781                	li	a5,0
80400b7e:	20000613          	li	a2,512
80400b82:	a039                	j	80400b90 <uni_runtime_start+0xda>
80400b84:	00e68023          	sb	a4,0(a3)
80400b88:	0785                	add	a5,a5,1
80400b8a:	0685                	add	a3,a3,1
80400b8c:	00c78763          	beq	a5,a2,80400b9a <uni_runtime_start+0xe4>
80400b90:	00f40733          	add	a4,s0,a5
80400b94:	04c74703          	lbu	a4,76(a4)
80400b98:	f775                	bnez	a4,80400b84 <uni_runtime_start+0xce>
80400b9a:	97ae                	add	a5,a5,a1
80400b9c:	80407437          	lui	s0,0x80407
80400ba0:	804074b7          	lui	s1,0x80407
80400ba4:	00078023          	sb	zero,0(a5)
80400ba8:	0b048493          	add	s1,s1,176 # 804070b0 <upcalls>
80400bac:	09c40793          	add	a5,s0,156 # 8040709c <__init_array_start>
80400bb0:	0097f963          	bgeu	a5,s1,80400bc2 <uni_runtime_start+0x10c>
80400bb4:	09c40413          	add	s0,s0,156
80400bb8:	401c                	lw	a5,0(s0)
80400bba:	0411                	add	s0,s0,4
80400bbc:	9782                	jalr	a5
80400bbe:	fe946de3          	bltu	s0,s1,80400bb8 <uni_runtime_start+0x102>
80400bc2:	16090513          	add	a0,s2,352
80400bc6:	00001097          	auipc	ra,0x1
80400bca:	570080e7          	jalr	1392(ra) # 80402136 <uni_main>
80400bce:	00000097          	auipc	ra,0x0
80400bd2:	cb4080e7          	jalr	-844(ra) # 80400882 <uni_poweroff>
80400bd6:	80406537          	lui	a0,0x80406
80400bda:	2ac50513          	add	a0,a0,684 # 804062ac <strlcpy_k+0x3f2>
80400bde:	00000097          	auipc	ra,0x0
80400be2:	cc8080e7          	jalr	-824(ra) # 804008a6 <uni_panic>
80400be6:	80406537          	lui	a0,0x80406
80400bea:	1f050513          	add	a0,a0,496 # 804061f0 <strlcpy_k+0x336>
80400bee:	00000097          	auipc	ra,0x0
80400bf2:	cb8080e7          	jalr	-840(ra) # 804008a6 <uni_panic>
80400bf6:	80406537          	lui	a0,0x80406
80400bfa:	28450513          	add	a0,a0,644 # 80406284 <strlcpy_k+0x3ca>
80400bfe:	00000097          	auipc	ra,0x0
80400c02:	ca8080e7          	jalr	-856(ra) # 804008a6 <uni_panic>
80400c06:	80406537          	lui	a0,0x80406
80400c0a:	22050513          	add	a0,a0,544 # 80406220 <strlcpy_k+0x366>
80400c0e:	00000097          	auipc	ra,0x0
80400c12:	c98080e7          	jalr	-872(ra) # 804008a6 <uni_panic>
80400c16:	80406537          	lui	a0,0x80406
80400c1a:	25c50513          	add	a0,a0,604 # 8040625c <strlcpy_k+0x3a2>
80400c1e:	00000097          	auipc	ra,0x0
80400c22:	c88080e7          	jalr	-888(ra) # 804008a6 <uni_panic>

80400c26 <timer_event>:
80400c26:	8082                	ret

80400c28 <uni_wait_init>:
80400c28:	1141                	add	sp,sp,-16
80400c2a:	c422                	sw	s0,8(sp)
80400c2c:	80407437          	lui	s0,0x80407
80400c30:	0c440593          	add	a1,s0,196 # 804070c4 <timer_port>
80400c34:	4501                	li	a0,0
80400c36:	c606                	sw	ra,12(sp)
80400c38:	00000097          	auipc	ra,0x0
80400c3c:	634080e7          	jalr	1588(ra) # 8040126c <evtchn_bind_virq>
80400c40:	02054363          	bltz	a0,80400c66 <uni_wait_init+0x3e>
80400c44:	0c442503          	lw	a0,196(s0)
80400c48:	804015b7          	lui	a1,0x80401
80400c4c:	4601                	li	a2,0
80400c4e:	c2658593          	add	a1,a1,-986 # 80400c26 <timer_event>
80400c52:	00000097          	auipc	ra,0x0
80400c56:	4fa080e7          	jalr	1274(ra) # 8040114c <evtchn_bind>
80400c5a:	00054663          	bltz	a0,80400c66 <uni_wait_init+0x3e>
80400c5e:	40b2                	lw	ra,12(sp)
80400c60:	4422                	lw	s0,8(sp)
80400c62:	0141                	add	sp,sp,16
80400c64:	8082                	ret
80400c66:	80406537          	lui	a0,0x80406
80400c6a:	47450513          	add	a0,a0,1140 # 80406474 <names.0+0x40>
80400c6e:	00000097          	auipc	ra,0x0
80400c72:	c38080e7          	jalr	-968(ra) # 804008a6 <uni_panic>

80400c76 <uni_runtime_set_waiter>:
80400c76:	804077b7          	lui	a5,0x80407
80400c7a:	0ca7a023          	sw	a0,192(a5) # 804070c0 <waiter>
80400c7e:	8082                	ret

80400c80 <uni_wait>:
80400c80:	804077b7          	lui	a5,0x80407
80400c84:	0c07a783          	lw	a5,192(a5) # 804070c0 <waiter>
80400c88:	c781                	beqz	a5,80400c90 <uni_wait+0x10>
80400c8a:	557d                	li	a0,-1
80400c8c:	55fd                	li	a1,-1
80400c8e:	8782                	jr	a5
80400c90:	00000317          	auipc	t1,0x0
80400c94:	65630067          	jr	1622(t1) # 804012e6 <pv_block>

80400c98 <blkfront_event>:
80400c98:	8082                	ret

80400c9a <wait_response>:
80400c9a:	1101                	add	sp,sp,-32
80400c9c:	cc22                	sw	s0,24(sp)
80400c9e:	ce06                	sw	ra,28(sp)
80400ca0:	842a                	mv	s0,a0
80400ca2:	401c                	lw	a5,0(s0)
80400ca4:	0087a803          	lw	a6,8(a5)
80400ca8:	0220000f          	fence	r,r
80400cac:	4010                	lw	a2,0(s0)
80400cae:	4418                	lw	a4,8(s0)
80400cb0:	02e80863          	beq	a6,a4,80400ce0 <wait_response+0x46>
80400cb4:	445c                	lw	a5,12(s0)
80400cb6:	4814                	lw	a3,16(s0)
80400cb8:	17fd                	add	a5,a5,-1
80400cba:	8ff9                	and	a5,a5,a4
80400cbc:	02d787b3          	mul	a5,a5,a3
80400cc0:	0705                	add	a4,a4,1
80400cc2:	04078793          	add	a5,a5,64
80400cc6:	97b2                	add	a5,a5,a2
80400cc8:	4394                	lw	a3,0(a5)
80400cca:	0067d503          	lhu	a0,6(a5)
80400cce:	c418                	sw	a4,8(s0)
80400cd0:	0542                	sll	a0,a0,0x10
80400cd2:	8541                	sra	a0,a0,0x10
80400cd4:	fcb69ee3          	bne	a3,a1,80400cb0 <wait_response+0x16>
80400cd8:	40f2                	lw	ra,28(sp)
80400cda:	4462                	lw	s0,24(sp)
80400cdc:	6105                	add	sp,sp,32
80400cde:	8082                	ret
80400ce0:	4618                	lw	a4,8(a2)
80400ce2:	0220000f          	fence	r,r
80400ce6:	441c                	lw	a5,8(s0)
80400ce8:	fae79de3          	bne	a5,a4,80400ca2 <wait_response+0x8>
80400cec:	4018                	lw	a4,0(s0)
80400cee:	0785                	add	a5,a5,1
80400cf0:	c75c                	sw	a5,12(a4)
80400cf2:	0330000f          	fence	rw,rw
80400cf6:	401c                	lw	a5,0(s0)
80400cf8:	479c                	lw	a5,8(a5)
80400cfa:	0220000f          	fence	r,r
80400cfe:	4418                	lw	a4,8(s0)
80400d00:	faf711e3          	bne	a4,a5,80400ca2 <wait_response+0x8>
80400d04:	5c7c                	lw	a5,124(s0)
80400d06:	c62e                	sw	a1,12(sp)
80400d08:	9782                	jalr	a5
80400d0a:	45b2                	lw	a1,12(sp)
80400d0c:	bf59                	j	80400ca2 <wait_response+0x8>

80400d0e <transfer>:
80400d0e:	715d                	add	sp,sp,-80
80400d10:	c686                	sw	ra,76(sp)
80400d12:	c4a2                	sw	s0,72(sp)
80400d14:	c2a6                	sw	s1,68(sp)
80400d16:	c0ca                	sw	s2,64(sp)
80400d18:	de4e                	sw	s3,60(sp)
80400d1a:	dc52                	sw	s4,56(sp)
80400d1c:	da56                	sw	s5,52(sp)
80400d1e:	d85a                	sw	s6,48(sp)
80400d20:	d65e                	sw	s7,44(sp)
80400d22:	d462                	sw	s8,40(sp)
80400d24:	d266                	sw	s9,36(sp)
80400d26:	d06a                	sw	s10,32(sp)
80400d28:	ce6e                	sw	s11,28(sp)
80400d2a:	c22e                	sw	a1,4(sp)
80400d2c:	18060263          	beqz	a2,80400eb0 <transfer+0x1a2>
80400d30:	04c50793          	add	a5,a0,76
80400d34:	8b32                	mv	s6,a2
80400d36:	842a                	mv	s0,a0
80400d38:	8bb6                	mv	s7,a3
80400d3a:	8aba                	mv	s5,a4
80400d3c:	c43e                	sw	a5,8(sp)
80400d3e:	4921                	li	s2,8
80400d40:	6985                	lui	s3,0x1
80400d42:	05800793          	li	a5,88
80400d46:	8a5a                	mv	s4,s6
80400d48:	0167f463          	bgeu	a5,s6,80400d50 <transfer+0x42>
80400d4c:	05800a13          	li	s4,88
80400d50:	007a0493          	add	s1,s4,7
80400d54:	808d                	srl	s1,s1,0x3
80400d56:	040a8363          	beqz	s5,80400d9c <transfer+0x8e>
80400d5a:	00349d93          	sll	s11,s1,0x3
80400d5e:	02040c13          	add	s8,s0,32
80400d62:	8d56                	mv	s10,s5
80400d64:	41ba0db3          	sub	s11,s4,s11
80400d68:	8cd2                	mv	s9,s4
80400d6a:	85ea                	mv	a1,s10
80400d6c:	8666                	mv	a2,s9
80400d6e:	01997363          	bgeu	s2,s9,80400d74 <transfer+0x66>
80400d72:	4621                	li	a2,8
80400d74:	000c2503          	lw	a0,0(s8)
80400d78:	0626                	sll	a2,a2,0x9
80400d7a:	1ce1                	add	s9,s9,-8 # 2ffff8 <errno+0x2ffff8>
80400d7c:	00002097          	auipc	ra,0x2
80400d80:	d14080e7          	jalr	-748(ra) # 80402a90 <memcpy>
80400d84:	0c11                	add	s8,s8,4
80400d86:	9d4e                	add	s10,s10,s3
80400d88:	ff9d91e3          	bne	s11,s9,80400d6a <transfer+0x5c>
80400d8c:	4458                	lw	a4,12(s0)
80400d8e:	441c                	lw	a5,8(s0)
80400d90:	4054                	lw	a3,4(s0)
80400d92:	97ba                	add	a5,a5,a4
80400d94:	00d79a63          	bne	a5,a3,80400da8 <transfer+0x9a>
80400d98:	5c7c                	lw	a5,124(s0)
80400d9a:	9782                	jalr	a5
80400d9c:	4458                	lw	a4,12(s0)
80400d9e:	441c                	lw	a5,8(s0)
80400da0:	4054                	lw	a3,4(s0)
80400da2:	97ba                	add	a5,a5,a4
80400da4:	fed78ae3          	beq	a5,a3,80400d98 <transfer+0x8a>
80400da8:	4810                	lw	a2,16(s0)
80400daa:	fff70793          	add	a5,a4,-1
80400dae:	8ff5                	and	a5,a5,a3
80400db0:	02c787b3          	mul	a5,a5,a2
80400db4:	00042803          	lw	a6,0(s0)
80400db8:	05000613          	li	a2,80
80400dbc:	4581                	li	a1,0
80400dbe:	04078793          	add	a5,a5,64
80400dc2:	00f80db3          	add	s11,a6,a5
80400dc6:	856e                	mv	a0,s11
80400dc8:	00002097          	auipc	ra,0x2
80400dcc:	cde080e7          	jalr	-802(ra) # 80402aa6 <memset>
80400dd0:	5c2c                	lw	a1,120(s0)
80400dd2:	0ff4f713          	zext.b	a4,s1
80400dd6:	0722                	sll	a4,a4,0x8
80400dd8:	00158693          	add	a3,a1,1
80400ddc:	015037b3          	snez	a5,s5
80400de0:	dc34                	sw	a3,120(s0)
80400de2:	8fd9                	or	a5,a5,a4
80400de4:	00fd9023          	sh	a5,0(s11) # 2000 <errno+0x2000>
80400de8:	4792                	lw	a5,4(sp)
80400dea:	4522                	lw	a0,8(sp)
80400dec:	03848713          	add	a4,s1,56
80400df0:	00fda423          	sw	a5,8(s11)
80400df4:	000d9123          	sh	zero,2(s11)
80400df8:	00bda223          	sw	a1,4(s11)
80400dfc:	00cd8613          	add	a2,s11,12
80400e00:	038d8793          	add	a5,s11,56
80400e04:	00ed8833          	add	a6,s11,a4
80400e08:	86d2                	mv	a3,s4
80400e0a:	00052883          	lw	a7,0(a0)
80400e0e:	8736                	mv	a4,a3
80400e10:	0511                	add	a0,a0,4
80400e12:	01162023          	sw	a7,0(a2) # 80000 <errno+0x80000>
80400e16:	00078023          	sb	zero,0(a5)
80400e1a:	00d97363          	bgeu	s2,a3,80400e20 <transfer+0x112>
80400e1e:	4721                	li	a4,8
80400e20:	177d                	add	a4,a4,-1
80400e22:	00e785a3          	sb	a4,11(a5)
80400e26:	0785                	add	a5,a5,1
80400e28:	0611                	add	a2,a2,4
80400e2a:	16e1                	add	a3,a3,-8
80400e2c:	fcf81fe3          	bne	a6,a5,80400e0a <transfer+0xfc>
80400e30:	405c                	lw	a5,4(s0)
80400e32:	4018                	lw	a4,0(s0)
80400e34:	0785                	add	a5,a5,1
80400e36:	c05c                	sw	a5,4(s0)
80400e38:	4318                	lw	a4,0(a4)
80400e3a:	0110000f          	fence	w,w
80400e3e:	4014                	lw	a3,0(s0)
80400e40:	c29c                	sw	a5,0(a3)
80400e42:	0330000f          	fence	rw,rw
80400e46:	4014                	lw	a3,0(s0)
80400e48:	40e78733          	sub	a4,a5,a4
80400e4c:	42d4                	lw	a3,4(a3)
80400e4e:	8f95                	sub	a5,a5,a3
80400e50:	08e7e063          	bltu	a5,a4,80400ed0 <transfer+0x1c2>
80400e54:	8522                	mv	a0,s0
80400e56:	00000097          	auipc	ra,0x0
80400e5a:	e44080e7          	jalr	-444(ra) # 80400c9a <wait_response>
80400e5e:	080b8763          	beqz	s7,80400eec <transfer+0x1de>
80400e62:	e921                	bnez	a0,80400eb2 <transfer+0x1a4>
80400e64:	048e                	sll	s1,s1,0x3
80400e66:	409a0db3          	sub	s11,s4,s1
80400e6a:	02040d13          	add	s10,s0,32
80400e6e:	8cde                	mv	s9,s7
80400e70:	84d2                	mv	s1,s4
80400e72:	8566                	mv	a0,s9
80400e74:	8626                	mv	a2,s1
80400e76:	00997363          	bgeu	s2,s1,80400e7c <transfer+0x16e>
80400e7a:	4621                	li	a2,8
80400e7c:	000d2583          	lw	a1,0(s10)
80400e80:	0626                	sll	a2,a2,0x9
80400e82:	14e1                	add	s1,s1,-8
80400e84:	00002097          	auipc	ra,0x2
80400e88:	c0c080e7          	jalr	-1012(ra) # 80402a90 <memcpy>
80400e8c:	0d11                	add	s10,s10,4
80400e8e:	9cce                	add	s9,s9,s3
80400e90:	fe9d91e3          	bne	s11,s1,80400e72 <transfer+0x164>
80400e94:	4712                	lw	a4,4(sp)
80400e96:	009a1793          	sll	a5,s4,0x9
80400e9a:	414b0b33          	sub	s6,s6,s4
80400e9e:	9752                	add	a4,a4,s4
80400ea0:	c23a                	sw	a4,4(sp)
80400ea2:	9bbe                	add	s7,s7,a5
80400ea4:	000a8463          	beqz	s5,80400eac <transfer+0x19e>
80400ea8:	0a26                	sll	s4,s4,0x9
80400eaa:	9ad2                	add	s5,s5,s4
80400eac:	e80b1be3          	bnez	s6,80400d42 <transfer+0x34>
80400eb0:	4501                	li	a0,0
80400eb2:	40b6                	lw	ra,76(sp)
80400eb4:	4426                	lw	s0,72(sp)
80400eb6:	4496                	lw	s1,68(sp)
80400eb8:	4906                	lw	s2,64(sp)
80400eba:	59f2                	lw	s3,60(sp)
80400ebc:	5a62                	lw	s4,56(sp)
80400ebe:	5ad2                	lw	s5,52(sp)
80400ec0:	5b42                	lw	s6,48(sp)
80400ec2:	5bb2                	lw	s7,44(sp)
80400ec4:	5c22                	lw	s8,40(sp)
80400ec6:	5c92                	lw	s9,36(sp)
80400ec8:	5d02                	lw	s10,32(sp)
80400eca:	4df2                	lw	s11,28(sp)
80400ecc:	6161                	add	sp,sp,80
80400ece:	8082                	ret
80400ed0:	4848                	lw	a0,20(s0)
80400ed2:	c62e                	sw	a1,12(sp)
80400ed4:	00000097          	auipc	ra,0x0
80400ed8:	384080e7          	jalr	900(ra) # 80401258 <evtchn_send>
80400edc:	45b2                	lw	a1,12(sp)
80400ede:	8522                	mv	a0,s0
80400ee0:	00000097          	auipc	ra,0x0
80400ee4:	dba080e7          	jalr	-582(ra) # 80400c9a <wait_response>
80400ee8:	f60b9de3          	bnez	s7,80400e62 <transfer+0x154>
80400eec:	f179                	bnez	a0,80400eb2 <transfer+0x1a4>
80400eee:	4792                	lw	a5,4(sp)
80400ef0:	414b0b33          	sub	s6,s6,s4
80400ef4:	97d2                	add	a5,a5,s4
80400ef6:	c23e                	sw	a5,4(sp)
80400ef8:	b775                	j	80400ea4 <transfer+0x196>

80400efa <blkfront_probe>:
80400efa:	862e                	mv	a2,a1
80400efc:	804065b7          	lui	a1,0x80406
80400f00:	49c58593          	add	a1,a1,1180 # 8040649c <names.0+0x68>
80400f04:	00001317          	auipc	t1,0x1
80400f08:	9ec30067          	jr	-1556(t1) # 804018f0 <xs_read_u32>

80400f0c <blkfront_connect>:
80400f0c:	7179                	add	sp,sp,-48
80400f0e:	d226                	sw	s1,36(sp)
80400f10:	84ae                	mv	s1,a1
80400f12:	804065b7          	lui	a1,0x80406
80400f16:	ce4e                	sw	s3,28(sp)
80400f18:	cc52                	sw	s4,24(sp)
80400f1a:	89aa                	mv	s3,a0
80400f1c:	8a32                	mv	s4,a2
80400f1e:	49c58593          	add	a1,a1,1180 # 8040649c <names.0+0x68>
80400f22:	01c50613          	add	a2,a0,28
80400f26:	8526                	mv	a0,s1
80400f28:	d422                	sw	s0,40(sp)
80400f2a:	d606                	sw	ra,44(sp)
80400f2c:	d04a                	sw	s2,32(sp)
80400f2e:	ca56                	sw	s5,20(sp)
80400f30:	8436                	mv	s0,a3
80400f32:	00001097          	auipc	ra,0x1
80400f36:	9be080e7          	jalr	-1602(ra) # 804018f0 <xs_read_u32>
80400f3a:	0c054b63          	bltz	a0,80401010 <blkfront_connect+0x104>
80400f3e:	000a2583          	lw	a1,0(s4)
80400f42:	4785                	li	a5,1
80400f44:	06f9ac23          	sw	a5,120(s3) # 1078 <errno+0x1078>
80400f48:	0689ae23          	sw	s0,124(s3)
80400f4c:	c1dc                	sw	a5,4(a1)
80400f4e:	c5dc                	sw	a5,12(a1)
80400f50:	0005a023          	sw	zero,0(a1)
80400f54:	0005a423          	sw	zero,8(a1)
80400f58:	01058793          	add	a5,a1,16
80400f5c:	04058713          	add	a4,a1,64
80400f60:	0007a023          	sw	zero,0(a5)
80400f64:	0791                	add	a5,a5,4
80400f66:	fee79de3          	bne	a5,a4,80400f60 <blkfront_connect+0x54>
80400f6a:	02000793          	li	a5,32
80400f6e:	00f9a623          	sw	a5,12(s3)
80400f72:	05000793          	li	a5,80
80400f76:	00b9a023          	sw	a1,0(s3)
80400f7a:	0009a223          	sw	zero,4(s3)
80400f7e:	0009a423          	sw	zero,8(s3)
80400f82:	00f9a823          	sw	a5,16(s3)
80400f86:	008a0413          	add	s0,s4,8
80400f8a:	02098913          	add	s2,s3,32
80400f8e:	034a0a93          	add	s5,s4,52
80400f92:	401c                	lw	a5,0(s0)
80400f94:	544c                	lw	a1,44(s0)
80400f96:	4601                	li	a2,0
80400f98:	00f92023          	sw	a5,0(s2)
80400f9c:	4501                	li	a0,0
80400f9e:	00000097          	auipc	ra,0x0
80400fa2:	3e0080e7          	jalr	992(ra) # 8040137e <gnttab_grant_access>
80400fa6:	0411                	add	s0,s0,4
80400fa8:	06054463          	bltz	a0,80401010 <blkfront_connect+0x104>
80400fac:	02a92623          	sw	a0,44(s2)
80400fb0:	0911                	add	s2,s2,4
80400fb2:	ff5410e3          	bne	s0,s5,80400f92 <blkfront_connect+0x86>
80400fb6:	004a2583          	lw	a1,4(s4)
80400fba:	4601                	li	a2,0
80400fbc:	4501                	li	a0,0
80400fbe:	00000097          	auipc	ra,0x0
80400fc2:	3c0080e7          	jalr	960(ra) # 8040137e <gnttab_grant_access>
80400fc6:	04054563          	bltz	a0,80401010 <blkfront_connect+0x104>
80400fca:	00a9ac23          	sw	a0,24(s3)
80400fce:	01498593          	add	a1,s3,20
80400fd2:	4501                	li	a0,0
80400fd4:	00000097          	auipc	ra,0x0
80400fd8:	2d0080e7          	jalr	720(ra) # 804012a4 <evtchn_alloc_unbound>
80400fdc:	02054a63          	bltz	a0,80401010 <blkfront_connect+0x104>
80400fe0:	0149a503          	lw	a0,20(s3)
80400fe4:	804015b7          	lui	a1,0x80401
80400fe8:	864e                	mv	a2,s3
80400fea:	c9858593          	add	a1,a1,-872 # 80400c98 <blkfront_event>
80400fee:	00000097          	auipc	ra,0x0
80400ff2:	15e080e7          	jalr	350(ra) # 8040114c <evtchn_bind>
80400ff6:	ed09                	bnez	a0,80401010 <blkfront_connect+0x104>
80400ff8:	0189a603          	lw	a2,24(s3)
80400ffc:	804065b7          	lui	a1,0x80406
80401000:	4b458593          	add	a1,a1,1204 # 804064b4 <names.0+0x80>
80401004:	8526                	mv	a0,s1
80401006:	00001097          	auipc	ra,0x1
8040100a:	9da080e7          	jalr	-1574(ra) # 804019e0 <xs_write_u32>
8040100e:	c911                	beqz	a0,80401022 <blkfront_connect+0x116>
80401010:	50b2                	lw	ra,44(sp)
80401012:	5422                	lw	s0,40(sp)
80401014:	5492                	lw	s1,36(sp)
80401016:	5902                	lw	s2,32(sp)
80401018:	49f2                	lw	s3,28(sp)
8040101a:	4a62                	lw	s4,24(sp)
8040101c:	4ad2                	lw	s5,20(sp)
8040101e:	6145                	add	sp,sp,48
80401020:	8082                	ret
80401022:	0149a603          	lw	a2,20(s3)
80401026:	804065b7          	lui	a1,0x80406
8040102a:	4cc58593          	add	a1,a1,1228 # 804064cc <names.0+0x98>
8040102e:	8526                	mv	a0,s1
80401030:	00001097          	auipc	ra,0x1
80401034:	9b0080e7          	jalr	-1616(ra) # 804019e0 <xs_write_u32>
80401038:	fd61                	bnez	a0,80401010 <blkfront_connect+0x104>
8040103a:	804065b7          	lui	a1,0x80406
8040103e:	460d                	li	a2,3
80401040:	4e858593          	add	a1,a1,1256 # 804064e8 <names.0+0xb4>
80401044:	8526                	mv	a0,s1
80401046:	00001097          	auipc	ra,0x1
8040104a:	99a080e7          	jalr	-1638(ra) # 804019e0 <xs_write_u32>
8040104e:	c602                	sw	zero,12(sp)
80401050:	f161                	bnez	a0,80401010 <blkfront_connect+0x104>
80401052:	804065b7          	lui	a1,0x80406
80401056:	0070                	add	a2,sp,12
80401058:	4fc58593          	add	a1,a1,1276 # 804064fc <names.0+0xc8>
8040105c:	8526                	mv	a0,s1
8040105e:	00001097          	auipc	ra,0x1
80401062:	892080e7          	jalr	-1902(ra) # 804018f0 <xs_read_u32>
80401066:	f54d                	bnez	a0,80401010 <blkfront_connect+0x104>
80401068:	4732                	lw	a4,12(sp)
8040106a:	4791                	li	a5,4
8040106c:	faf702e3          	beq	a4,a5,80401010 <blkfront_connect+0x104>
80401070:	5529                	li	a0,-22
80401072:	bf79                	j	80401010 <blkfront_connect+0x104>

80401074 <blkfront_read>:
80401074:	4701                	li	a4,0
80401076:	00000317          	auipc	t1,0x0
8040107a:	c9830067          	jr	-872(t1) # 80400d0e <transfer>

8040107e <blkfront_write>:
8040107e:	8736                	mv	a4,a3
80401080:	4681                	li	a3,0
80401082:	00000317          	auipc	t1,0x0
80401086:	c8c30067          	jr	-884(t1) # 80400d0e <transfer>

8040108a <blkfront_flush>:
8040108a:	455c                	lw	a5,12(a0)
8040108c:	4154                	lw	a3,4(a0)
8040108e:	4918                	lw	a4,16(a0)
80401090:	17fd                	add	a5,a5,-1
80401092:	8ff5                	and	a5,a5,a3
80401094:	02e787b3          	mul	a5,a5,a4
80401098:	1101                	add	sp,sp,-32
8040109a:	ca26                	sw	s1,20(sp)
8040109c:	4104                	lw	s1,0(a0)
8040109e:	cc22                	sw	s0,24(sp)
804010a0:	05000613          	li	a2,80
804010a4:	842a                	mv	s0,a0
804010a6:	4581                	li	a1,0
804010a8:	ce06                	sw	ra,28(sp)
804010aa:	04078793          	add	a5,a5,64
804010ae:	94be                	add	s1,s1,a5
804010b0:	8526                	mv	a0,s1
804010b2:	00002097          	auipc	ra,0x2
804010b6:	9f4080e7          	jalr	-1548(ra) # 80402aa6 <memset>
804010ba:	5c2c                	lw	a1,120(s0)
804010bc:	00158793          	add	a5,a1,1
804010c0:	dc3c                	sw	a5,120(s0)
804010c2:	478d                	li	a5,3
804010c4:	00f49023          	sh	a5,0(s1)
804010c8:	405c                	lw	a5,4(s0)
804010ca:	4018                	lw	a4,0(s0)
804010cc:	c0cc                	sw	a1,4(s1)
804010ce:	0785                	add	a5,a5,1
804010d0:	c05c                	sw	a5,4(s0)
804010d2:	4318                	lw	a4,0(a4)
804010d4:	0110000f          	fence	w,w
804010d8:	4014                	lw	a3,0(s0)
804010da:	c29c                	sw	a5,0(a3)
804010dc:	0330000f          	fence	rw,rw
804010e0:	4014                	lw	a3,0(s0)
804010e2:	40e78733          	sub	a4,a5,a4
804010e6:	42d4                	lw	a3,4(a3)
804010e8:	8f95                	sub	a5,a5,a3
804010ea:	00e7eb63          	bltu	a5,a4,80401100 <blkfront_flush+0x76>
804010ee:	8522                	mv	a0,s0
804010f0:	4462                	lw	s0,24(sp)
804010f2:	40f2                	lw	ra,28(sp)
804010f4:	44d2                	lw	s1,20(sp)
804010f6:	6105                	add	sp,sp,32
804010f8:	00000317          	auipc	t1,0x0
804010fc:	ba230067          	jr	-1118(t1) # 80400c9a <wait_response>
80401100:	4848                	lw	a0,20(s0)
80401102:	c62e                	sw	a1,12(sp)
80401104:	00000097          	auipc	ra,0x0
80401108:	154080e7          	jalr	340(ra) # 80401258 <evtchn_send>
8040110c:	8522                	mv	a0,s0
8040110e:	4462                	lw	s0,24(sp)
80401110:	45b2                	lw	a1,12(sp)
80401112:	40f2                	lw	ra,28(sp)
80401114:	44d2                	lw	s1,20(sp)
80401116:	6105                	add	sp,sp,32
80401118:	00000317          	auipc	t1,0x0
8040111c:	b8230067          	jr	-1150(t1) # 80400c9a <wait_response>

80401120 <evtchn_init>:
80401120:	80407737          	lui	a4,0x80407
80401124:	804197b7          	lui	a5,0x80419
80401128:	36478793          	add	a5,a5,868 # 80419364 <handlers>
8040112c:	0ca72623          	sw	a0,204(a4) # 804070cc <pv_shared_info>
80401130:	6709                	lui	a4,0x2
80401132:	973e                	add	a4,a4,a5
80401134:	0007a023          	sw	zero,0(a5)
80401138:	0007a223          	sw	zero,4(a5)
8040113c:	07a1                	add	a5,a5,8
8040113e:	fee79be3          	bne	a5,a4,80401134 <evtchn_init+0x14>
80401142:	804077b7          	lui	a5,0x80407
80401146:	0c07a423          	sw	zero,200(a5) # 804070c8 <stray>
8040114a:	8082                	ret

8040114c <evtchn_bind>:
8040114c:	fff50713          	add	a4,a0,-1
80401150:	3fe00793          	li	a5,1022
80401154:	00e7ec63          	bltu	a5,a4,8040116c <evtchn_bind+0x20>
80401158:	804197b7          	lui	a5,0x80419
8040115c:	050e                	sll	a0,a0,0x3
8040115e:	36478793          	add	a5,a5,868 # 80419364 <handlers>
80401162:	97aa                	add	a5,a5,a0
80401164:	c3d0                	sw	a2,4(a5)
80401166:	c38c                	sw	a1,0(a5)
80401168:	4501                	li	a0,0
8040116a:	8082                	ret
8040116c:	5529                	li	a0,-22
8040116e:	8082                	ret

80401170 <evtchn_do_upcall>:
80401170:	7179                	add	sp,sp,-48
80401172:	804077b7          	lui	a5,0x80407
80401176:	c65e                	sw	s7,12(sp)
80401178:	0cc7ab83          	lw	s7,204(a5) # 804070cc <pv_shared_info>
8040117c:	cc52                	sw	s4,24(sp)
8040117e:	80419a37          	lui	s4,0x80419
80401182:	c85a                	sw	s6,16(sp)
80401184:	c462                	sw	s8,8(sp)
80401186:	c266                	sw	s9,4(sp)
80401188:	d606                	sw	ra,44(sp)
8040118a:	d422                	sw	s0,40(sp)
8040118c:	d226                	sw	s1,36(sp)
8040118e:	d04a                	sw	s2,32(sp)
80401190:	ce4e                	sw	s3,28(sp)
80401192:	ca56                	sw	s5,20(sp)
80401194:	4c81                	li	s9,0
80401196:	004b8c13          	add	s8,s7,4
8040119a:	364a0a13          	add	s4,s4,868 # 80419364 <handlers>
8040119e:	80407b37          	lui	s6,0x80407
804011a2:	000b8023          	sb	zero,0(s7)
804011a6:	0330000f          	fence	rw,rw
804011aa:	8ae6                	mv	s5,s9
804011ac:	0f50000f          	fence	iorw,ow
804011b0:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
804011b4:	4985                	li	s3,1
804011b6:	080a8163          	beqz	s5,80401238 <evtchn_do_upcall+0xc8>
804011ba:	8556                	mv	a0,s5
804011bc:	00001097          	auipc	ra,0x1
804011c0:	1b2080e7          	jalr	434(ra) # 8040236e <__ctzsi2>
804011c4:	01050413          	add	s0,a0,16
804011c8:	040a                	sll	s0,s0,0x2
804011ca:	08040913          	add	s2,s0,128
804011ce:	fffa8793          	add	a5,s5,-1
804011d2:	00fafab3          	and	s5,s5,a5
804011d6:	945e                	add	s0,s0,s7
804011d8:	995e                	add	s2,s2,s7
804011da:	00551493          	sll	s1,a0,0x5
804011de:	401c                	lw	a5,0(s0)
804011e0:	0ff0000f          	fence
804011e4:	00092503          	lw	a0,0(s2)
804011e8:	fff54513          	not	a0,a0
804011ec:	8d7d                	and	a0,a0,a5
804011ee:	d561                	beqz	a0,804011b6 <evtchn_do_upcall+0x46>
804011f0:	00001097          	auipc	ra,0x1
804011f4:	17e080e7          	jalr	382(ra) # 8040236e <__ctzsi2>
804011f8:	00a997b3          	sll	a5,s3,a0
804011fc:	fff7c793          	not	a5,a5
80401200:	0f50000f          	fence	iorw,ow
80401204:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80401208:	9526                	add	a0,a0,s1
8040120a:	00351793          	sll	a5,a0,0x3
8040120e:	97d2                	add	a5,a5,s4
80401210:	4398                	lw	a4,0(a5)
80401212:	cf09                	beqz	a4,8040122c <evtchn_do_upcall+0xbc>
80401214:	43cc                	lw	a1,4(a5)
80401216:	9702                	jalr	a4
80401218:	401c                	lw	a5,0(s0)
8040121a:	0ff0000f          	fence
8040121e:	00092503          	lw	a0,0(s2)
80401222:	fff54513          	not	a0,a0
80401226:	8d7d                	and	a0,a0,a5
80401228:	f561                	bnez	a0,804011f0 <evtchn_do_upcall+0x80>
8040122a:	b771                	j	804011b6 <evtchn_do_upcall+0x46>
8040122c:	0c8b2783          	lw	a5,200(s6) # 804070c8 <stray>
80401230:	0785                	add	a5,a5,1
80401232:	0cfb2423          	sw	a5,200(s6)
80401236:	b765                	j	804011de <evtchn_do_upcall+0x6e>
80401238:	000bc783          	lbu	a5,0(s7)
8040123c:	f3bd                	bnez	a5,804011a2 <evtchn_do_upcall+0x32>
8040123e:	50b2                	lw	ra,44(sp)
80401240:	5422                	lw	s0,40(sp)
80401242:	5492                	lw	s1,36(sp)
80401244:	5902                	lw	s2,32(sp)
80401246:	49f2                	lw	s3,28(sp)
80401248:	4a62                	lw	s4,24(sp)
8040124a:	4ad2                	lw	s5,20(sp)
8040124c:	4b42                	lw	s6,16(sp)
8040124e:	4bb2                	lw	s7,12(sp)
80401250:	4c22                	lw	s8,8(sp)
80401252:	4c92                	lw	s9,4(sp)
80401254:	6145                	add	sp,sp,48
80401256:	8082                	ret

80401258 <evtchn_send>:
80401258:	1141                	add	sp,sp,-16
8040125a:	c62a                	sw	a0,12(sp)
8040125c:	006c                	add	a1,sp,12
8040125e:	4511                	li	a0,4
80401260:	02000893          	li	a7,32
80401264:	00000073          	ecall
80401268:	0141                	add	sp,sp,16
8040126a:	8082                	ret

8040126c <evtchn_bind_virq>:
8040126c:	1141                	add	sp,sp,-16
8040126e:	86ae                	mv	a3,a1
80401270:	c22a                	sw	a0,4(sp)
80401272:	c402                	sw	zero,8(sp)
80401274:	c602                	sw	zero,12(sp)
80401276:	4505                	li	a0,1
80401278:	004c                	add	a1,sp,4
8040127a:	02000893          	li	a7,32
8040127e:	00000073          	ecall
80401282:	00054b63          	bltz	a0,80401298 <evtchn_bind_virq+0x2c>
80401286:	4732                	lw	a4,12(sp)
80401288:	cb11                	beqz	a4,8040129c <evtchn_bind_virq+0x30>
8040128a:	c298                	sw	a4,0(a3)
8040128c:	3fe00793          	li	a5,1022
80401290:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80401292:	00e7e763          	bltu	a5,a4,804012a0 <evtchn_bind_virq+0x34>
80401296:	4501                	li	a0,0
80401298:	0141                	add	sp,sp,16
8040129a:	8082                	ret
8040129c:	872a                	mv	a4,a0
8040129e:	b7f5                	j	8040128a <evtchn_bind_virq+0x1e>
804012a0:	5529                	li	a0,-22
804012a2:	bfdd                	j	80401298 <evtchn_bind_virq+0x2c>

804012a4 <evtchn_alloc_unbound>:
804012a4:	77e1                	lui	a5,0xffff8
804012a6:	1141                	add	sp,sp,-16
804012a8:	ff07c793          	xor	a5,a5,-16
804012ac:	86ae                	mv	a3,a1
804012ae:	00a11523          	sh	a0,10(sp)
804012b2:	00f11423          	sh	a5,8(sp)
804012b6:	c602                	sw	zero,12(sp)
804012b8:	4519                	li	a0,6
804012ba:	002c                	add	a1,sp,8
804012bc:	02000893          	li	a7,32
804012c0:	00000073          	ecall
804012c4:	00054b63          	bltz	a0,804012da <evtchn_alloc_unbound+0x36>
804012c8:	4732                	lw	a4,12(sp)
804012ca:	cb11                	beqz	a4,804012de <evtchn_alloc_unbound+0x3a>
804012cc:	c298                	sw	a4,0(a3)
804012ce:	3fe00793          	li	a5,1022
804012d2:	177d                	add	a4,a4,-1
804012d4:	00e7e763          	bltu	a5,a4,804012e2 <evtchn_alloc_unbound+0x3e>
804012d8:	4501                	li	a0,0
804012da:	0141                	add	sp,sp,16
804012dc:	8082                	ret
804012de:	872a                	mv	a4,a0
804012e0:	b7f5                	j	804012cc <evtchn_alloc_unbound+0x28>
804012e2:	5529                	li	a0,-22
804012e4:	bfdd                	j	804012da <evtchn_alloc_unbound+0x36>

804012e6 <pv_block>:
804012e6:	4505                	li	a0,1
804012e8:	4581                	li	a1,0
804012ea:	48f5                	li	a7,29
804012ec:	00000073          	ecall
804012f0:	804077b7          	lui	a5,0x80407
804012f4:	0cc7a783          	lw	a5,204(a5) # 804070cc <pv_shared_info>
804012f8:	4705                	li	a4,1
804012fa:	00e780a3          	sb	a4,1(a5)
804012fe:	8082                	ret

80401300 <gnttab_setup_frame>:
80401300:	77e1                	lui	a5,0xffff8
80401302:	1141                	add	sp,sp,-16
80401304:	ff07c793          	xor	a5,a5,-16
80401308:	00f11023          	sh	a5,0(sp)
8040130c:	4785                	li	a5,1
8040130e:	872a                	mv	a4,a0
80401310:	00011123          	sh	zero,2(sp)
80401314:	00011423          	sh	zero,8(sp)
80401318:	00011523          	sh	zero,10(sp)
8040131c:	00011623          	sh	zero,12(sp)
80401320:	00011723          	sh	zero,14(sp)
80401324:	c23e                	sw	a5,4(sp)
80401326:	4509                	li	a0,2
80401328:	858a                	mv	a1,sp
8040132a:	4605                	li	a2,1
8040132c:	48d1                	li	a7,20
8040132e:	00000073          	ecall
80401332:	00054863          	bltz	a0,80401342 <gnttab_setup_frame+0x42>
80401336:	00811783          	lh	a5,8(sp)
8040133a:	e791                	bnez	a5,80401346 <gnttab_setup_frame+0x46>
8040133c:	47b2                	lw	a5,12(sp)
8040133e:	4501                	li	a0,0
80401340:	c31c                	sw	a5,0(a4)
80401342:	0141                	add	sp,sp,16
80401344:	8082                	ret
80401346:	853e                	mv	a0,a5
80401348:	0007c363          	bltz	a5,8040134e <gnttab_setup_frame+0x4e>
8040134c:	557d                	li	a0,-1
8040134e:	0542                	sll	a0,a0,0x10
80401350:	8541                	sra	a0,a0,0x10
80401352:	0141                	add	sp,sp,16
80401354:	8082                	ret

80401356 <gnttab_init>:
80401356:	8041b7b7          	lui	a5,0x8041b
8040135a:	36478693          	add	a3,a5,868 # 8041b364 <in_use>
8040135e:	80407737          	lui	a4,0x80407
80401362:	0ca72823          	sw	a0,208(a4) # 804070d0 <table>
80401366:	36478793          	add	a5,a5,868
8040136a:	04068713          	add	a4,a3,64
8040136e:	0007a023          	sw	zero,0(a5)
80401372:	0791                	add	a5,a5,4
80401374:	fee79de3          	bne	a5,a4,8040136e <gnttab_init+0x18>
80401378:	4785                	li	a5,1
8040137a:	c29c                	sw	a5,0(a3)
8040137c:	8082                	ret

8040137e <gnttab_grant_access>:
8040137e:	8041b7b7          	lui	a5,0x8041b
80401382:	36478793          	add	a5,a5,868 # 8041b364 <in_use>
80401386:	4394                	lw	a3,0(a5)
80401388:	872a                	mv	a4,a0
8040138a:	4505                	li	a0,1
8040138c:	0026f813          	and	a6,a3,2
80401390:	02081f63          	bnez	a6,804013ce <gnttab_grant_access+0x50>
80401394:	4e21                	li	t3,8
80401396:	4309                	li	t1,2
80401398:	4881                	li	a7,0
8040139a:	80407837          	lui	a6,0x80407
8040139e:	0d082803          	lw	a6,208(a6) # 804070d0 <table>
804013a2:	0066e6b3          	or	a3,a3,t1
804013a6:	97c6                	add	a5,a5,a7
804013a8:	0742                	sll	a4,a4,0x10
804013aa:	c394                	sw	a3,0(a5)
804013ac:	8341                	srl	a4,a4,0x10
804013ae:	01c806b3          	add	a3,a6,t3
804013b2:	00e69123          	sh	a4,2(a3)
804013b6:	c2cc                	sw	a1,4(a3)
804013b8:	0110000f          	fence	w,w
804013bc:	00163613          	seqz	a2,a2
804013c0:	40c007b3          	neg	a5,a2
804013c4:	9bf1                	and	a5,a5,-4
804013c6:	0795                	add	a5,a5,5
804013c8:	00f69023          	sh	a5,0(a3)
804013cc:	8082                	ret
804013ce:	20000e93          	li	t4,512
804013d2:	4e05                	li	t3,1
804013d4:	0505                	add	a0,a0,1
804013d6:	00555813          	srl	a6,a0,0x5
804013da:	00281893          	sll	a7,a6,0x2
804013de:	011786b3          	add	a3,a5,a7
804013e2:	00ae1333          	sll	t1,t3,a0
804013e6:	01d50a63          	beq	a0,t4,804013fa <gnttab_grant_access+0x7c>
804013ea:	4294                	lw	a3,0(a3)
804013ec:	0066f833          	and	a6,a3,t1
804013f0:	fe0812e3          	bnez	a6,804013d4 <gnttab_grant_access+0x56>
804013f4:	00351e13          	sll	t3,a0,0x3
804013f8:	b74d                	j	8040139a <gnttab_grant_access+0x1c>
804013fa:	5511                	li	a0,-28
804013fc:	8082                	ret

804013fe <pvcons_init>:
804013fe:	c10c                	sw	a1,0(a0)
80401400:	c150                	sw	a2,4(a0)
80401402:	c514                	sw	a3,8(a0)
80401404:	8082                	ret

80401406 <pvcons_put>:
80401406:	00052803          	lw	a6,0(a0)
8040140a:	6785                	lui	a5,0x1
8040140c:	00f80733          	add	a4,a6,a5
80401410:	c0872503          	lw	a0,-1016(a4)
80401414:	c0c72883          	lw	a7,-1012(a4)
80401418:	0330000f          	fence	rw,rw
8040141c:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80401420:	953e                	add	a0,a0,a5
80401422:	41150533          	sub	a0,a0,a7
80401426:	02a7ee63          	bltu	a5,a0,80401462 <pvcons_put+0x5c>
8040142a:	04a66463          	bltu	a2,a0,80401472 <pvcons_put+0x6c>
8040142e:	c11d                	beqz	a0,80401454 <pvcons_put+0x4e>
80401430:	872e                	mv	a4,a1
80401432:	00a58633          	add	a2,a1,a0
80401436:	40b885b3          	sub	a1,a7,a1
8040143a:	00074683          	lbu	a3,0(a4)
8040143e:	00e587b3          	add	a5,a1,a4
80401442:	7ff7f793          	and	a5,a5,2047
80401446:	97c2                	add	a5,a5,a6
80401448:	40d78023          	sb	a3,1024(a5)
8040144c:	0705                	add	a4,a4,1
8040144e:	fec716e3          	bne	a4,a2,8040143a <pvcons_put+0x34>
80401452:	98aa                	add	a7,a7,a0
80401454:	0110000f          	fence	w,w
80401458:	6785                	lui	a5,0x1
8040145a:	983e                	add	a6,a6,a5
8040145c:	c1182623          	sw	a7,-1012(a6)
80401460:	8082                	ret
80401462:	4501                	li	a0,0
80401464:	0110000f          	fence	w,w
80401468:	6785                	lui	a5,0x1
8040146a:	983e                	add	a6,a6,a5
8040146c:	c1182623          	sw	a7,-1012(a6)
80401470:	8082                	ret
80401472:	8532                	mv	a0,a2
80401474:	fd55                	bnez	a0,80401430 <pvcons_put+0x2a>
80401476:	bff9                	j	80401454 <pvcons_put+0x4e>

80401478 <pvcons_write>:
80401478:	c621                	beqz	a2,804014c0 <pvcons_write+0x48>
8040147a:	1141                	add	sp,sp,-16
8040147c:	c422                	sw	s0,8(sp)
8040147e:	c226                	sw	s1,4(sp)
80401480:	c04a                	sw	s2,0(sp)
80401482:	c606                	sw	ra,12(sp)
80401484:	8432                	mv	s0,a2
80401486:	892a                	mv	s2,a0
80401488:	84ae                	mv	s1,a1
8040148a:	a021                	j	80401492 <pvcons_write+0x1a>
8040148c:	00892783          	lw	a5,8(s2)
80401490:	9782                	jalr	a5
80401492:	8622                	mv	a2,s0
80401494:	85a6                	mv	a1,s1
80401496:	854a                	mv	a0,s2
80401498:	00000097          	auipc	ra,0x0
8040149c:	f6e080e7          	jalr	-146(ra) # 80401406 <pvcons_put>
804014a0:	87aa                	mv	a5,a0
804014a2:	00492503          	lw	a0,4(s2)
804014a6:	8c1d                	sub	s0,s0,a5
804014a8:	94be                	add	s1,s1,a5
804014aa:	00000097          	auipc	ra,0x0
804014ae:	dae080e7          	jalr	-594(ra) # 80401258 <evtchn_send>
804014b2:	fc69                	bnez	s0,8040148c <pvcons_write+0x14>
804014b4:	40b2                	lw	ra,12(sp)
804014b6:	4422                	lw	s0,8(sp)
804014b8:	4492                	lw	s1,4(sp)
804014ba:	4902                	lw	s2,0(sp)
804014bc:	0141                	add	sp,sp,16
804014be:	8082                	ret
804014c0:	8082                	ret

804014c2 <pvcons_drain>:
804014c2:	411c                	lw	a5,0(a0)
804014c4:	1141                	add	sp,sp,-16
804014c6:	c226                	sw	s1,4(sp)
804014c8:	6485                	lui	s1,0x1
804014ca:	97a6                	add	a5,a5,s1
804014cc:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
804014d0:	c087a783          	lw	a5,-1016(a5)
804014d4:	c606                	sw	ra,12(sp)
804014d6:	c422                	sw	s0,8(sp)
804014d8:	02f70363          	beq	a4,a5,804014fe <pvcons_drain+0x3c>
804014dc:	842a                	mv	s0,a0
804014de:	4148                	lw	a0,4(a0)
804014e0:	00000097          	auipc	ra,0x0
804014e4:	d78080e7          	jalr	-648(ra) # 80401258 <evtchn_send>
804014e8:	a019                	j	804014ee <pvcons_drain+0x2c>
804014ea:	441c                	lw	a5,8(s0)
804014ec:	9782                	jalr	a5
804014ee:	401c                	lw	a5,0(s0)
804014f0:	97a6                	add	a5,a5,s1
804014f2:	c0c7a703          	lw	a4,-1012(a5)
804014f6:	c087a783          	lw	a5,-1016(a5)
804014fa:	fef718e3          	bne	a4,a5,804014ea <pvcons_drain+0x28>
804014fe:	40b2                	lw	ra,12(sp)
80401500:	4422                	lw	s0,8(sp)
80401502:	4492                	lw	s1,4(sp)
80401504:	0141                	add	sp,sp,16
80401506:	8082                	ret

80401508 <pvcons_read>:
80401508:	4114                	lw	a3,0(a0)
8040150a:	6785                	lui	a5,0x1
8040150c:	1141                	add	sp,sp,-16
8040150e:	97b6                	add	a5,a5,a3
80401510:	c007a803          	lw	a6,-1024(a5) # c00 <errno+0xc00>
80401514:	c422                	sw	s0,8(sp)
80401516:	c047a403          	lw	s0,-1020(a5)
8040151a:	c606                	sw	ra,12(sp)
8040151c:	41040433          	sub	s0,s0,a6
80401520:	0220000f          	fence	r,r
80401524:	40000793          	li	a5,1024
80401528:	0487e863          	bltu	a5,s0,80401578 <pvcons_read+0x70>
8040152c:	04866463          	bltu	a2,s0,80401574 <pvcons_read+0x6c>
80401530:	cc0d                	beqz	s0,8040156a <pvcons_read+0x62>
80401532:	872e                	mv	a4,a1
80401534:	40e80633          	sub	a2,a6,a4
80401538:	95a2                	add	a1,a1,s0
8040153a:	00e607b3          	add	a5,a2,a4
8040153e:	3ff7f793          	and	a5,a5,1023
80401542:	97b6                	add	a5,a5,a3
80401544:	0007c783          	lbu	a5,0(a5)
80401548:	0705                	add	a4,a4,1
8040154a:	fef70fa3          	sb	a5,-1(a4)
8040154e:	feb716e3          	bne	a4,a1,8040153a <pvcons_read+0x32>
80401552:	0330000f          	fence	rw,rw
80401556:	6785                	lui	a5,0x1
80401558:	9822                	add	a6,a6,s0
8040155a:	96be                	add	a3,a3,a5
8040155c:	c106a023          	sw	a6,-1024(a3)
80401560:	4148                	lw	a0,4(a0)
80401562:	00000097          	auipc	ra,0x0
80401566:	cf6080e7          	jalr	-778(ra) # 80401258 <evtchn_send>
8040156a:	40b2                	lw	ra,12(sp)
8040156c:	8522                	mv	a0,s0
8040156e:	4422                	lw	s0,8(sp)
80401570:	0141                	add	sp,sp,16
80401572:	8082                	ret
80401574:	8432                	mv	s0,a2
80401576:	bf6d                	j	80401530 <pvcons_read+0x28>
80401578:	4401                	li	s0,0
8040157a:	40b2                	lw	ra,12(sp)
8040157c:	8522                	mv	a0,s0
8040157e:	4422                	lw	s0,8(sp)
80401580:	0141                	add	sp,sp,16
80401582:	8082                	ret

80401584 <xs_talk>:
80401584:	710d                	add	sp,sp,-352
80401586:	15312623          	sw	s3,332(sp)
8040158a:	15412423          	sw	s4,328(sp)
8040158e:	13a12823          	sw	s10,304(sp)
80401592:	89be                	mv	s3,a5
80401594:	8d36                	mv	s10,a3
80401596:	14112e23          	sw	ra,348(sp)
8040159a:	96be                	add	a3,a3,a5
8040159c:	14812c23          	sw	s0,344(sp)
804015a0:	14912a23          	sw	s1,340(sp)
804015a4:	15212823          	sw	s2,336(sp)
804015a8:	15512223          	sw	s5,324(sp)
804015ac:	15612023          	sw	s6,320(sp)
804015b0:	13712e23          	sw	s7,316(sp)
804015b4:	13812c23          	sw	s8,312(sp)
804015b8:	13912a23          	sw	s9,308(sp)
804015bc:	13b12623          	sw	s11,300(sp)
804015c0:	10000793          	li	a5,256
804015c4:	00052a03          	lw	s4,0(a0)
804015c8:	28d7ee63          	bltu	a5,a3,80401864 <xs_talk+0x2e0>
804015cc:	451c                	lw	a5,8(a0)
804015ce:	6485                	lui	s1,0x1
804015d0:	94d2                	add	s1,s1,s4
804015d2:	0785                	add	a5,a5,1 # 1001 <errno+0x1001>
804015d4:	c51c                	sw	a5,8(a0)
804015d6:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
804015da:	8c3a                	mv	s8,a4
804015dc:	8004a703          	lw	a4,-2048(s1)
804015e0:	3f000d93          	li	s11,1008
804015e4:	c23e                	sw	a5,4(sp)
804015e6:	c02e                	sw	a1,0(sp)
804015e8:	c402                	sw	zero,8(sp)
804015ea:	c636                	sw	a3,12(sp)
804015ec:	40dd8db3          	sub	s11,s11,a3
804015f0:	40eb87b3          	sub	a5,s7,a4
804015f4:	842a                	mv	s0,a0
804015f6:	8b2e                	mv	s6,a1
804015f8:	8cb2                	mv	s9,a2
804015fa:	8942                	mv	s2,a6
804015fc:	8ac6                	mv	s5,a7
804015fe:	00fdff63          	bgeu	s11,a5,8040161c <xs_talk+0x98>
80401602:	4048                	lw	a0,4(s0)
80401604:	00000097          	auipc	ra,0x0
80401608:	c54080e7          	jalr	-940(ra) # 80401258 <evtchn_send>
8040160c:	445c                	lw	a5,12(s0)
8040160e:	9782                	jalr	a5
80401610:	8004a783          	lw	a5,-2048(s1)
80401614:	40fb87b3          	sub	a5,s7,a5
80401618:	fefde5e3          	bltu	s11,a5,80401602 <xs_talk+0x7e>
8040161c:	0330000f          	fence	rw,rw
80401620:	4010                	lw	a2,0(s0)
80401622:	870a                	mv	a4,sp
80401624:	0804                	add	s1,sp,16
80401626:	40eb85b3          	sub	a1,s7,a4
8040162a:	00074683          	lbu	a3,0(a4)
8040162e:	00e587b3          	add	a5,a1,a4
80401632:	3ff7f793          	and	a5,a5,1023
80401636:	97b2                	add	a5,a5,a2
80401638:	00d78023          	sb	a3,0(a5)
8040163c:	0705                	add	a4,a4,1
8040163e:	fee496e3          	bne	s1,a4,8040162a <xs_talk+0xa6>
80401642:	419b86b3          	sub	a3,s7,s9
80401646:	87e6                	mv	a5,s9
80401648:	010d0513          	add	a0,s10,16
8040164c:	9cea                	add	s9,s9,s10
8040164e:	06c1                	add	a3,a3,16
80401650:	0007c703          	lbu	a4,0(a5)
80401654:	00f685b3          	add	a1,a3,a5
80401658:	3ff5f593          	and	a1,a1,1023
8040165c:	95b2                	add	a1,a1,a2
8040165e:	00e58023          	sb	a4,0(a1)
80401662:	0785                	add	a5,a5,1
80401664:	ff9796e3          	bne	a5,s9,80401650 <xs_talk+0xcc>
80401668:	87e2                	mv	a5,s8
8040166a:	9baa                	add	s7,s7,a0
8040166c:	9c4e                	add	s8,s8,s3
8040166e:	40fb85b3          	sub	a1,s7,a5
80401672:	00098e63          	beqz	s3,8040168e <xs_talk+0x10a>
80401676:	0007c703          	lbu	a4,0(a5)
8040167a:	00f586b3          	add	a3,a1,a5
8040167e:	3ff6f693          	and	a3,a3,1023
80401682:	96b2                	add	a3,a3,a2
80401684:	00e68023          	sb	a4,0(a3)
80401688:	0785                	add	a5,a5,1
8040168a:	ff8796e3          	bne	a5,s8,80401676 <xs_talk+0xf2>
8040168e:	9bce                	add	s7,s7,s3
80401690:	0110000f          	fence	w,w
80401694:	6d05                	lui	s10,0x1
80401696:	9d52                	add	s10,s10,s4
80401698:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
8040169c:	4048                	lw	a0,4(s0)
8040169e:	00000097          	auipc	ra,0x0
804016a2:	bba080e7          	jalr	-1094(ra) # 80401258 <evtchn_send>
804016a6:	808d2503          	lw	a0,-2040(s10)
804016aa:	80cd2683          	lw	a3,-2036(s10)
804016ae:	8e89                	sub	a3,a3,a0
804016b0:	0220000f          	fence	r,r
804016b4:	40000793          	li	a5,1024
804016b8:	02d7e963          	bltu	a5,a3,804016ea <xs_talk+0x166>
804016bc:	02010c93          	add	s9,sp,32
804016c0:	4bc1                	li	s7,16
804016c2:	49bd                	li	s3,15
804016c4:	10000c13          	li	s8,256
804016c8:	419b8bb3          	sub	s7,s7,s9
804016cc:	40000a13          	li	s4,1024
804016d0:	04d9ea63          	bltu	s3,a3,80401724 <xs_talk+0x1a0>
804016d4:	445c                	lw	a5,12(s0)
804016d6:	9782                	jalr	a5
804016d8:	808d2503          	lw	a0,-2040(s10)
804016dc:	80cd2683          	lw	a3,-2036(s10)
804016e0:	8e89                	sub	a3,a3,a0
804016e2:	0220000f          	fence	r,r
804016e6:	feda75e3          	bgeu	s4,a3,804016d0 <xs_talk+0x14c>
804016ea:	5549                	li	a0,-14
804016ec:	15c12083          	lw	ra,348(sp)
804016f0:	15812403          	lw	s0,344(sp)
804016f4:	15412483          	lw	s1,340(sp)
804016f8:	15012903          	lw	s2,336(sp)
804016fc:	14c12983          	lw	s3,332(sp)
80401700:	14812a03          	lw	s4,328(sp)
80401704:	14412a83          	lw	s5,324(sp)
80401708:	14012b03          	lw	s6,320(sp)
8040170c:	13c12b83          	lw	s7,316(sp)
80401710:	13812c03          	lw	s8,312(sp)
80401714:	13412c83          	lw	s9,308(sp)
80401718:	13012d03          	lw	s10,304(sp)
8040171c:	12c12d83          	lw	s11,300(sp)
80401720:	6135                	add	sp,sp,352
80401722:	8082                	ret
80401724:	4010                	lw	a2,0(s0)
80401726:	8726                	mv	a4,s1
80401728:	409505b3          	sub	a1,a0,s1
8040172c:	00e587b3          	add	a5,a1,a4
80401730:	3ff7f793          	and	a5,a5,1023
80401734:	97b2                	add	a5,a5,a2
80401736:	4007c783          	lbu	a5,1024(a5)
8040173a:	0705                	add	a4,a4,1
8040173c:	fef70fa3          	sb	a5,-1(a4)
80401740:	ff9716e3          	bne	a4,s9,8040172c <xs_talk+0x1a8>
80401744:	47f2                	lw	a5,28(sp)
80401746:	fafc62e3          	bltu	s8,a5,804016ea <xs_talk+0x166>
8040174a:	01078713          	add	a4,a5,16
8040174e:	f8e6e3e3          	bltu	a3,a4,804016d4 <xs_talk+0x150>
80401752:	019785b3          	add	a1,a5,s9
80401756:	8766                	mv	a4,s9
80401758:	00ab86b3          	add	a3,s7,a0
8040175c:	cf89                	beqz	a5,80401776 <xs_talk+0x1f2>
8040175e:	00e687b3          	add	a5,a3,a4
80401762:	3ff7f793          	and	a5,a5,1023
80401766:	97b2                	add	a5,a5,a2
80401768:	4007c783          	lbu	a5,1024(a5)
8040176c:	0705                	add	a4,a4,1
8040176e:	fef70fa3          	sb	a5,-1(a4)
80401772:	feb716e3          	bne	a4,a1,8040175e <xs_talk+0x1da>
80401776:	0330000f          	fence	rw,rw
8040177a:	4df2                	lw	s11,28(sp)
8040177c:	010d8793          	add	a5,s11,16
80401780:	97aa                	add	a5,a5,a0
80401782:	80fd2423          	sw	a5,-2040(s10)
80401786:	4048                	lw	a0,4(s0)
80401788:	00000097          	auipc	ra,0x0
8040178c:	ad0080e7          	jalr	-1328(ra) # 80401258 <evtchn_send>
80401790:	4752                	lw	a4,20(sp)
80401792:	4792                	lw	a5,4(sp)
80401794:	f4f712e3          	bne	a4,a5,804016d8 <xs_talk+0x154>
80401798:	47c2                	lw	a5,16(sp)
8040179a:	4741                	li	a4,16
8040179c:	02e78a63          	beq	a5,a4,804017d0 <xs_talk+0x24c>
804017a0:	5529                	li	a0,-22
804017a2:	f56795e3          	bne	a5,s6,804016ec <xs_talk+0x168>
804017a6:	020d8363          	beqz	s11,804017cc <xs_talk+0x248>
804017aa:	020a8163          	beqz	s5,804017cc <xs_talk+0x248>
804017ae:	fffd8713          	add	a4,s11,-1
804017b2:	974a                	add	a4,a4,s2
804017b4:	9aca                	add	s5,s5,s2
804017b6:	a021                	j	804017be <xs_talk+0x23a>
804017b8:	0905                	add	s2,s2,1
804017ba:	01590963          	beq	s2,s5,804017cc <xs_talk+0x248>
804017be:	000cc783          	lbu	a5,0(s9)
804017c2:	0c85                	add	s9,s9,1
804017c4:	00f90023          	sb	a5,0(s2)
804017c8:	fee918e3          	bne	s2,a4,804017b8 <xs_talk+0x234>
804017cc:	856e                	mv	a0,s11
804017ce:	bf39                	j	804016ec <xs_talk+0x168>
804017d0:	80406337          	lui	t1,0x80406
804017d4:	56830f13          	add	t5,t1,1384 # 80406568 <names.0>
804017d8:	04500793          	li	a5,69
804017dc:	56830313          	add	t1,t1,1384
804017e0:	00032583          	lw	a1,0(t1)
804017e4:	4e01                	li	t3,0
804017e6:	4ead                	li	t4,11
804017e8:	cbb9                	beqz	a5,8040183e <xs_talk+0x2ba>
804017ea:	4681                	li	a3,0
804017ec:	88b6                	mv	a7,a3
804017ee:	0685                	add	a3,a3,1
804017f0:	00d587b3          	add	a5,a1,a3
804017f4:	0007c783          	lbu	a5,0(a5)
804017f8:	fbf5                	bnez	a5,804017ec <xs_talk+0x268>
804017fa:	020d8763          	beqz	s11,80401828 <xs_talk+0x2a4>
804017fe:	8666                	mv	a2,s9
80401800:	a031                	j	8040180c <xs_talk+0x288>
80401802:	02f88f63          	beq	a7,a5,80401840 <xs_talk+0x2bc>
80401806:	02ed8163          	beq	s11,a4,80401828 <xs_talk+0x2a4>
8040180a:	87ba                	mv	a5,a4
8040180c:	00f58733          	add	a4,a1,a5
80401810:	00064803          	lbu	a6,0(a2)
80401814:	00074503          	lbu	a0,0(a4)
80401818:	0605                	add	a2,a2,1
8040181a:	00178713          	add	a4,a5,1
8040181e:	fea802e3          	beq	a6,a0,80401802 <xs_talk+0x27e>
80401822:	8736                	mv	a4,a3
80401824:	00f68e63          	beq	a3,a5,80401840 <xs_talk+0x2bc>
80401828:	0e05                	add	t3,t3,1
8040182a:	0321                	add	t1,t1,8
8040182c:	03de0a63          	beq	t3,t4,80401860 <xs_talk+0x2dc>
80401830:	00032783          	lw	a5,0(t1)
80401834:	00032583          	lw	a1,0(t1)
80401838:	0007c783          	lbu	a5,0(a5)
8040183c:	f7dd                	bnez	a5,804017ea <xs_talk+0x266>
8040183e:	4701                	li	a4,0
80401840:	00ed8963          	beq	s11,a4,80401852 <xs_talk+0x2ce>
80401844:	12070793          	add	a5,a4,288
80401848:	00278733          	add	a4,a5,sp
8040184c:	f0074783          	lbu	a5,-256(a4)
80401850:	ffe1                	bnez	a5,80401828 <xs_talk+0x2a4>
80401852:	0e0e                	sll	t3,t3,0x3
80401854:	9f72                	add	t5,t5,t3
80401856:	004f2503          	lw	a0,4(t5)
8040185a:	40a00533          	neg	a0,a0
8040185e:	b579                	j	804016ec <xs_talk+0x168>
80401860:	5529                	li	a0,-22
80401862:	b569                	j	804016ec <xs_talk+0x168>
80401864:	5565                	li	a0,-7
80401866:	b559                	j	804016ec <xs_talk+0x168>

80401868 <xs_read.part.0>:
80401868:	1141                	add	sp,sp,-16
8040186a:	c422                	sw	s0,8(sp)
8040186c:	c226                	sw	s1,4(sp)
8040186e:	c606                	sw	ra,12(sp)
80401870:	0005c783          	lbu	a5,0(a1)
80401874:	84b2                	mv	s1,a2
80401876:	8436                	mv	s0,a3
80401878:	c7a5                	beqz	a5,804018e0 <xs_read.part.0+0x78>
8040187a:	4781                	li	a5,0
8040187c:	833e                	mv	t1,a5
8040187e:	0785                	add	a5,a5,1
80401880:	00f58733          	add	a4,a1,a5
80401884:	00074703          	lbu	a4,0(a4)
80401888:	fb75                	bnez	a4,8040187c <xs_read.part.0+0x14>
8040188a:	00230693          	add	a3,t1,2
8040188e:	147d                	add	s0,s0,-1
80401890:	862e                	mv	a2,a1
80401892:	88a2                	mv	a7,s0
80401894:	8826                	mv	a6,s1
80401896:	4781                	li	a5,0
80401898:	4701                	li	a4,0
8040189a:	4589                	li	a1,2
8040189c:	00000097          	auipc	ra,0x0
804018a0:	ce8080e7          	jalr	-792(ra) # 80401584 <xs_talk>
804018a4:	00054963          	bltz	a0,804018b6 <xs_read.part.0+0x4e>
804018a8:	87aa                	mv	a5,a0
804018aa:	02a46463          	bltu	s0,a0,804018d2 <xs_read.part.0+0x6a>
804018ae:	4501                	li	a0,0
804018b0:	eb81                	bnez	a5,804018c0 <xs_read.part.0+0x58>
804018b2:	00048023          	sb	zero,0(s1)
804018b6:	40b2                	lw	ra,12(sp)
804018b8:	4422                	lw	s0,8(sp)
804018ba:	4492                	lw	s1,4(sp)
804018bc:	0141                	add	sp,sp,16
804018be:	8082                	ret
804018c0:	fff78513          	add	a0,a5,-1
804018c4:	00a48733          	add	a4,s1,a0
804018c8:	00074683          	lbu	a3,0(a4)
804018cc:	e699                	bnez	a3,804018da <xs_read.part.0+0x72>
804018ce:	84ba                	mv	s1,a4
804018d0:	b7cd                	j	804018b2 <xs_read.part.0+0x4a>
804018d2:	87a2                	mv	a5,s0
804018d4:	4501                	li	a0,0
804018d6:	dff1                	beqz	a5,804018b2 <xs_read.part.0+0x4a>
804018d8:	b7e5                	j	804018c0 <xs_read.part.0+0x58>
804018da:	94be                	add	s1,s1,a5
804018dc:	853e                	mv	a0,a5
804018de:	bfd1                	j	804018b2 <xs_read.part.0+0x4a>
804018e0:	4685                	li	a3,1
804018e2:	b775                	j	8040188e <xs_read.part.0+0x26>

804018e4 <xs_init>:
804018e4:	c10c                	sw	a1,0(a0)
804018e6:	c150                	sw	a2,4(a0)
804018e8:	00052423          	sw	zero,8(a0)
804018ec:	c554                	sw	a3,12(a0)
804018ee:	8082                	ret

804018f0 <xs_read_u32>:
804018f0:	1101                	add	sp,sp,-32
804018f2:	cc22                	sw	s0,24(sp)
804018f4:	46c1                	li	a3,16
804018f6:	8432                	mv	s0,a2
804018f8:	860a                	mv	a2,sp
804018fa:	ce06                	sw	ra,28(sp)
804018fc:	00000097          	auipc	ra,0x0
80401900:	f6c080e7          	jalr	-148(ra) # 80401868 <xs_read.part.0>
80401904:	06054163          	bltz	a0,80401966 <xs_read_u32+0x76>
80401908:	cd31                	beqz	a0,80401964 <xs_read_u32+0x74>
8040190a:	47a9                	li	a5,10
8040190c:	04a7cc63          	blt	a5,a0,80401964 <xs_read_u32+0x74>
80401910:	880a                	mv	a6,sp
80401912:	4881                	li	a7,0
80401914:	4781                	li	a5,0
80401916:	4601                	li	a2,0
80401918:	4325                	li	t1,9
8040191a:	a029                	j	80401924 <xs_read_u32+0x34>
8040191c:	9636                	add	a2,a2,a3
8040191e:	0805                	add	a6,a6,1
80401920:	04a8d763          	bge	a7,a0,8040196e <xs_read_u32+0x7e>
80401924:	01e7d693          	srl	a3,a5,0x1e
80401928:	00279713          	sll	a4,a5,0x2
8040192c:	00261593          	sll	a1,a2,0x2
80401930:	97ba                	add	a5,a5,a4
80401932:	8dd5                	or	a1,a1,a3
80401934:	00084683          	lbu	a3,0(a6)
80401938:	95b2                	add	a1,a1,a2
8040193a:	00e7b733          	sltu	a4,a5,a4
8040193e:	972e                	add	a4,a4,a1
80401940:	fd068693          	add	a3,a3,-48
80401944:	01f7d613          	srl	a2,a5,0x1f
80401948:	0706                	sll	a4,a4,0x1
8040194a:	0786                	sll	a5,a5,0x1
8040194c:	8f51                	or	a4,a4,a2
8040194e:	97b6                	add	a5,a5,a3
80401950:	41f6d613          	sra	a2,a3,0x1f
80401954:	0ff6f593          	zext.b	a1,a3
80401958:	963a                	add	a2,a2,a4
8040195a:	00d7b6b3          	sltu	a3,a5,a3
8040195e:	0885                	add	a7,a7,1 # 80400001 <_start+0x1>
80401960:	fab37ee3          	bgeu	t1,a1,8040191c <xs_read_u32+0x2c>
80401964:	5529                	li	a0,-22
80401966:	40f2                	lw	ra,28(sp)
80401968:	4462                	lw	s0,24(sp)
8040196a:	6105                	add	sp,sp,32
8040196c:	8082                	ret
8040196e:	fa7d                	bnez	a2,80401964 <xs_read_u32+0x74>
80401970:	40f2                	lw	ra,28(sp)
80401972:	c01c                	sw	a5,0(s0)
80401974:	4462                	lw	s0,24(sp)
80401976:	4501                	li	a0,0
80401978:	6105                	add	sp,sp,32
8040197a:	8082                	ret

8040197c <xs_write>:
8040197c:	1101                	add	sp,sp,-32
8040197e:	ce06                	sw	ra,28(sp)
80401980:	0005c783          	lbu	a5,0(a1)
80401984:	8732                	mv	a4,a2
80401986:	c7b9                	beqz	a5,804019d4 <xs_write+0x58>
80401988:	4781                	li	a5,0
8040198a:	86be                	mv	a3,a5
8040198c:	0785                	add	a5,a5,1
8040198e:	00f58833          	add	a6,a1,a5
80401992:	00084803          	lbu	a6,0(a6)
80401996:	fe081ae3          	bnez	a6,8040198a <xs_write+0xe>
8040199a:	00074783          	lbu	a5,0(a4)
8040199e:	0689                	add	a3,a3,2
804019a0:	cf95                	beqz	a5,804019dc <xs_write+0x60>
804019a2:	4781                	li	a5,0
804019a4:	0785                	add	a5,a5,1
804019a6:	00f70833          	add	a6,a4,a5
804019aa:	00084803          	lbu	a6,0(a6)
804019ae:	fe081be3          	bnez	a6,804019a4 <xs_write+0x28>
804019b2:	00c10813          	add	a6,sp,12
804019b6:	862e                	mv	a2,a1
804019b8:	4891                	li	a7,4
804019ba:	45ad                	li	a1,11
804019bc:	00000097          	auipc	ra,0x0
804019c0:	bc8080e7          	jalr	-1080(ra) # 80401584 <xs_talk>
804019c4:	40f2                	lw	ra,28(sp)
804019c6:	00152793          	slti	a5,a0,1
804019ca:	40f007b3          	neg	a5,a5
804019ce:	8d7d                	and	a0,a0,a5
804019d0:	6105                	add	sp,sp,32
804019d2:	8082                	ret
804019d4:	00074783          	lbu	a5,0(a4)
804019d8:	4685                	li	a3,1
804019da:	f7e1                	bnez	a5,804019a2 <xs_write+0x26>
804019dc:	4781                	li	a5,0
804019de:	bfd1                	j	804019b2 <xs_write+0x36>

804019e0 <xs_write_u32>:
804019e0:	1101                	add	sp,sp,-32
804019e2:	87b2                	mv	a5,a2
804019e4:	ce06                	sw	ra,28(sp)
804019e6:	00010723          	sb	zero,14(sp)
804019ea:	00e10613          	add	a2,sp,14
804019ee:	46a9                	li	a3,10
804019f0:	48a5                	li	a7,9
804019f2:	02d7f733          	remu	a4,a5,a3
804019f6:	167d                	add	a2,a2,-1
804019f8:	883e                	mv	a6,a5
804019fa:	03070713          	add	a4,a4,48
804019fe:	00e60023          	sb	a4,0(a2)
80401a02:	02d7d7b3          	divu	a5,a5,a3
80401a06:	ff08e6e3          	bltu	a7,a6,804019f2 <xs_write_u32+0x12>
80401a0a:	00000097          	auipc	ra,0x0
80401a0e:	f72080e7          	jalr	-142(ra) # 8040197c <xs_write>
80401a12:	40f2                	lw	ra,28(sp)
80401a14:	6105                	add	sp,sp,32
80401a16:	8082                	ret

80401a18 <cons_event>:
80401a18:	8082                	ret

80401a1a <uni_console_drain>:
80401a1a:	804077b7          	lui	a5,0x80407
80401a1e:	0dc7a783          	lw	a5,220(a5) # 804070dc <ready>
80401a22:	e391                	bnez	a5,80401a26 <uni_console_drain+0xc>
80401a24:	8082                	ret
80401a26:	8041b537          	lui	a0,0x8041b
80401a2a:	3e450513          	add	a0,a0,996 # 8041b3e4 <cons>
80401a2e:	00000317          	auipc	t1,0x0
80401a32:	a9430067          	jr	-1388(t1) # 804014c2 <pvcons_drain>

80401a36 <uni_console_write>:
80401a36:	804077b7          	lui	a5,0x80407
80401a3a:	0dc7a703          	lw	a4,220(a5) # 804070dc <ready>
80401a3e:	862e                	mv	a2,a1
80401a40:	cb11                	beqz	a4,80401a54 <uni_console_write+0x1e>
80401a42:	85aa                	mv	a1,a0
80401a44:	8041b537          	lui	a0,0x8041b
80401a48:	3e450513          	add	a0,a0,996 # 8041b3e4 <cons>
80401a4c:	00000317          	auipc	t1,0x0
80401a50:	a2c30067          	jr	-1492(t1) # 80401478 <pvcons_write>
80401a54:	fffff317          	auipc	t1,0xfffff
80401a58:	ddc30067          	jr	-548(t1) # 80400830 <uni_early_write>

80401a5c <uni_console_read>:
80401a5c:	c9cd                	beqz	a1,80401b0e <uni_console_read+0xb2>
80401a5e:	804077b7          	lui	a5,0x80407
80401a62:	0dc7a783          	lw	a5,220(a5) # 804070dc <ready>
80401a66:	1101                	add	sp,sp,-32
80401a68:	c64e                	sw	s3,12(sp)
80401a6a:	ce06                	sw	ra,28(sp)
80401a6c:	cc22                	sw	s0,24(sp)
80401a6e:	ca26                	sw	s1,20(sp)
80401a70:	c84a                	sw	s2,16(sp)
80401a72:	c452                	sw	s4,8(sp)
80401a74:	c256                	sw	s5,4(sp)
80401a76:	89aa                	mv	s3,a0
80401a78:	4501                	li	a0,0
80401a7a:	cfa5                	beqz	a5,80401af2 <uni_console_read+0x96>
80401a7c:	892e                	mv	s2,a1
80401a7e:	8041bab7          	lui	s5,0x8041b
80401a82:	804074b7          	lui	s1,0x80407
80401a86:	80407437          	lui	s0,0x80407
80401a8a:	8041ba37          	lui	s4,0x8041b
80401a8e:	0d44a783          	lw	a5,212(s1) # 804070d4 <in_w>
80401a92:	a819                	j	80401aa8 <uni_console_read+0x4c>
80401a94:	0c042c23          	sw	zero,216(s0) # 804070d8 <in_r>
80401a98:	00000097          	auipc	ra,0x0
80401a9c:	a70080e7          	jalr	-1424(ra) # 80401508 <pvcons_read>
80401aa0:	0ca4aa23          	sw	a0,212(s1)
80401aa4:	87aa                	mv	a5,a0
80401aa6:	cd39                	beqz	a0,80401b04 <uni_console_read+0xa8>
80401aa8:	0d842703          	lw	a4,216(s0)
80401aac:	04000613          	li	a2,64
80401ab0:	3a4a8593          	add	a1,s5,932 # 8041b3a4 <inbuf>
80401ab4:	3e4a0513          	add	a0,s4,996 # 8041b3e4 <cons>
80401ab8:	fcf70ee3          	beq	a4,a5,80401a94 <uni_console_read+0x38>
80401abc:	8041b837          	lui	a6,0x8041b
80401ac0:	8f99                	sub	a5,a5,a4
80401ac2:	863a                	mv	a2,a4
80401ac4:	4501                	li	a0,0
80401ac6:	3a480813          	add	a6,a6,932 # 8041b3a4 <inbuf>
80401aca:	4891                	li	a7,4
80401acc:	00a706b3          	add	a3,a4,a0
80401ad0:	96c2                	add	a3,a3,a6
80401ad2:	0006c683          	lbu	a3,0(a3)
80401ad6:	03168e63          	beq	a3,a7,80401b12 <uni_console_read+0xb6>
80401ada:	0505                	add	a0,a0,1
80401adc:	00a985b3          	add	a1,s3,a0
80401ae0:	fed58fa3          	sb	a3,-1(a1)
80401ae4:	0605                	add	a2,a2,1
80401ae6:	00a90463          	beq	s2,a0,80401aee <uni_console_read+0x92>
80401aea:	fea791e3          	bne	a5,a0,80401acc <uni_console_read+0x70>
80401aee:	0cc42c23          	sw	a2,216(s0)
80401af2:	40f2                	lw	ra,28(sp)
80401af4:	4462                	lw	s0,24(sp)
80401af6:	44d2                	lw	s1,20(sp)
80401af8:	4942                	lw	s2,16(sp)
80401afa:	49b2                	lw	s3,12(sp)
80401afc:	4a22                	lw	s4,8(sp)
80401afe:	4a92                	lw	s5,4(sp)
80401b00:	6105                	add	sp,sp,32
80401b02:	8082                	ret
80401b04:	fffff097          	auipc	ra,0xfffff
80401b08:	17c080e7          	jalr	380(ra) # 80400c80 <uni_wait>
80401b0c:	b749                	j	80401a8e <uni_console_read+0x32>
80401b0e:	4501                	li	a0,0
80401b10:	8082                	ret
80401b12:	00153793          	seqz	a5,a0
80401b16:	97b2                	add	a5,a5,a2
80401b18:	0cf42c23          	sw	a5,216(s0)
80401b1c:	bfd9                	j	80401af2 <uni_console_read+0x96>

80401b1e <revoke_event>:
80401b1e:	7155                	add	sp,sp,-208
80401b20:	804077b7          	lui	a5,0x80407
80401b24:	dd52                	sw	s4,184(sp)
80401b26:	0cc7aa03          	lw	s4,204(a5) # 804070cc <pv_shared_info>
80401b2a:	db56                	sw	s5,180(sp)
80401b2c:	c786                	sw	ra,204(sp)
80401b2e:	144a2a83          	lw	s5,324(s4)
80401b32:	c5a2                	sw	s0,200(sp)
80401b34:	c3a6                	sw	s1,196(sp)
80401b36:	c1ca                	sw	s2,192(sp)
80401b38:	df4e                	sw	s3,188(sp)
80401b3a:	d95a                	sw	s6,176(sp)
80401b3c:	d75e                	sw	s7,172(sp)
80401b3e:	d562                	sw	s8,168(sp)
80401b40:	d366                	sw	s9,164(sp)
80401b42:	d16a                	sw	s10,160(sp)
80401b44:	cf6e                	sw	s11,156(sp)
80401b46:	0220000f          	fence	r,r
80401b4a:	80407737          	lui	a4,0x80407
80401b4e:	0ec72783          	lw	a5,236(a4) # 804070ec <revoke_seen>
80401b52:	148a2b83          	lw	s7,328(s4)
80401b56:	03578263          	beq	a5,s5,80401b7a <revoke_event+0x5c>
80401b5a:	8041bdb7          	lui	s11,0x8041b
80401b5e:	3f0d8d93          	add	s11,s11,1008 # 8041b3f0 <revoke_stats>
80401b62:	000da783          	lw	a5,0(s11)
80401b66:	804076b7          	lui	a3,0x80407
80401b6a:	0986a683          	lw	a3,152(a3) # 80407098 <cooperate>
80401b6e:	0785                	add	a5,a5,1
80401b70:	0f572623          	sw	s5,236(a4)
80401b74:	00fda023          	sw	a5,0(s11)
80401b78:	e6e9                	bnez	a3,80401c42 <revoke_event+0x124>
80401b7a:	80407737          	lui	a4,0x80407
80401b7e:	154a2683          	lw	a3,340(s4)
80401b82:	0e872783          	lw	a5,232(a4) # 804070e8 <revoked_seen>
80401b86:	08d78f63          	beq	a5,a3,80401c24 <revoke_event+0x106>
80401b8a:	8041bdb7          	lui	s11,0x8041b
80401b8e:	3f0d8d93          	add	s11,s11,1008 # 8041b3f0 <revoke_stats>
80401b92:	008da783          	lw	a5,8(s11)
80401b96:	0ed72423          	sw	a3,232(a4)
80401b9a:	0785                	add	a5,a5,1
80401b9c:	00fda423          	sw	a5,8(s11)
80401ba0:	0220000f          	fence	r,r
80401ba4:	158a2b03          	lw	s6,344(s4)
80401ba8:	060b0e63          	beqz	s6,80401c24 <revoke_event+0x106>
80401bac:	8041bab7          	lui	s5,0x8041b
80401bb0:	8041ccb7          	lui	s9,0x8041c
80401bb4:	15ca0a13          	add	s4,s4,348
80401bb8:	4981                	li	s3,0
80401bba:	404a8a93          	add	s5,s5,1028 # 8041b404 <slot_mfn>
80401bbe:	404c8c93          	add	s9,s9,1028 # 8041c404 <boot_argv>
80401bc2:	80407bb7          	lui	s7,0x80407
80401bc6:	80407937          	lui	s2,0x80407
80401bca:	6d05                	lui	s10,0x1
80401bcc:	000a2c03          	lw	s8,0(s4)
80401bd0:	8456                	mv	s0,s5
80401bd2:	f00004b7          	lui	s1,0xf0000
80401bd6:	a029                	j	80401be0 <revoke_event+0xc2>
80401bd8:	0411                	add	s0,s0,4
80401bda:	94ea                	add	s1,s1,s10
80401bdc:	028c8c63          	beq	s9,s0,80401c14 <revoke_event+0xf6>
80401be0:	401c                	lw	a5,0(s0)
80401be2:	ff879be3          	bne	a5,s8,80401bd8 <revoke_event+0xba>
80401be6:	0f8ba703          	lw	a4,248(s7) # 804070f8 <slots_used>
80401bea:	010da783          	lw	a5,16(s11)
80401bee:	0f492683          	lw	a3,244(s2) # 804070f4 <revoke_hook>
80401bf2:	177d                	add	a4,a4,-1
80401bf4:	0785                	add	a5,a5,1
80401bf6:	00042023          	sw	zero,0(s0)
80401bfa:	0eebac23          	sw	a4,248(s7)
80401bfe:	00fda823          	sw	a5,16(s11)
80401c02:	8526                	mv	a0,s1
80401c04:	4605                	li	a2,1
80401c06:	85e2                	mv	a1,s8
80401c08:	dae1                	beqz	a3,80401bd8 <revoke_event+0xba>
80401c0a:	0411                	add	s0,s0,4
80401c0c:	9682                	jalr	a3
80401c0e:	94ea                	add	s1,s1,s10
80401c10:	fc8c98e3          	bne	s9,s0,80401be0 <revoke_event+0xc2>
80401c14:	0985                	add	s3,s3,1
80401c16:	013b0763          	beq	s6,s3,80401c24 <revoke_event+0x106>
80401c1a:	02000793          	li	a5,32
80401c1e:	0a11                	add	s4,s4,4
80401c20:	faf996e3          	bne	s3,a5,80401bcc <revoke_event+0xae>
80401c24:	40be                	lw	ra,204(sp)
80401c26:	442e                	lw	s0,200(sp)
80401c28:	449e                	lw	s1,196(sp)
80401c2a:	490e                	lw	s2,192(sp)
80401c2c:	59fa                	lw	s3,188(sp)
80401c2e:	5a6a                	lw	s4,184(sp)
80401c30:	5ada                	lw	s5,180(sp)
80401c32:	5b4a                	lw	s6,176(sp)
80401c34:	5bba                	lw	s7,172(sp)
80401c36:	5c2a                	lw	s8,168(sp)
80401c38:	5c9a                	lw	s9,164(sp)
80401c3a:	5d0a                	lw	s10,160(sp)
80401c3c:	4dfa                	lw	s11,156(sp)
80401c3e:	6169                	add	sp,sp,208
80401c40:	8082                	ret
80401c42:	f20b8ce3          	beqz	s7,80401b7a <revoke_event+0x5c>
80401c46:	8041c937          	lui	s2,0x8041c
80401c4a:	6485                	lui	s1,0x1
80401c4c:	6b21                	lui	s6,0x8
80401c4e:	40090913          	add	s2,s2,1024 # 8041c400 <slot_mfn+0xffc>
80401c52:	f03ff9b7          	lui	s3,0xf03ff
80401c56:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
80401c58:	4401                	li	s0,0
80401c5a:	7d7d                	lui	s10,0xfffff
80401c5c:	80407e37          	lui	t3,0x80407
80401c60:	80407337          	lui	t1,0x80407
80401c64:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80401c66:	80407cb7          	lui	s9,0x80407
80401c6a:	02000813          	li	a6,32
80401c6e:	00092c03          	lw	s8,0(s2)
80401c72:	060c0a63          	beqz	s8,80401ce6 <revoke_event+0x1c8>
80401c76:	0f4e2783          	lw	a5,244(t3) # 804070f4 <revoke_hook>
80401c7a:	cb99                	beqz	a5,80401c90 <revoke_event+0x172>
80401c7c:	4601                	li	a2,0
80401c7e:	85e2                	mv	a1,s8
80401c80:	854e                	mv	a0,s3
80401c82:	9782                	jalr	a5
80401c84:	02000813          	li	a6,32
80401c88:	80407337          	lui	t1,0x80407
80401c8c:	80407e37          	lui	t3,0x80407
80401c90:	0fc32783          	lw	a5,252(t1) # 804070fc <window_l1>
80401c94:	c402                	sw	zero,8(sp)
80401c96:	0048                	add	a0,sp,4
80401c98:	07b2                	sll	a5,a5,0xc
80401c9a:	8fc5                	or	a5,a5,s1
80401c9c:	c23e                	sw	a5,4(sp)
80401c9e:	4585                	li	a1,1
80401ca0:	4601                	li	a2,0
80401ca2:	86da                	mv	a3,s6
80401ca4:	4885                	li	a7,1
80401ca6:	00000073          	ecall
80401caa:	ed15                	bnez	a0,80401ce6 <revoke_event+0x1c8>
80401cac:	0f8ca703          	lw	a4,248(s9) # 804070f8 <slots_used>
80401cb0:	00241793          	sll	a5,s0,0x2
80401cb4:	09078793          	add	a5,a5,144
80401cb8:	978a                	add	a5,a5,sp
80401cba:	177d                	add	a4,a4,-1
80401cbc:	f987a023          	sw	s8,-128(a5)
80401cc0:	00092023          	sw	zero,0(s2)
80401cc4:	0eecac23          	sw	a4,248(s9)
80401cc8:	00140793          	add	a5,s0,1
80401ccc:	c48d                	beqz	s1,80401cf6 <revoke_event+0x1d8>
80401cce:	0377f463          	bgeu	a5,s7,80401cf6 <revoke_event+0x1d8>
80401cd2:	1971                	add	s2,s2,-4
80401cd4:	14f1                	add	s1,s1,-4
80401cd6:	99ea                	add	s3,s3,s10
80401cd8:	03078063          	beq	a5,a6,80401cf8 <revoke_event+0x1da>
80401cdc:	00092c03          	lw	s8,0(s2)
80401ce0:	843e                	mv	s0,a5
80401ce2:	f80c1ae3          	bnez	s8,80401c76 <revoke_event+0x158>
80401ce6:	c499                	beqz	s1,80401cf4 <revoke_event+0x1d6>
80401ce8:	01747663          	bgeu	s0,s7,80401cf4 <revoke_event+0x1d6>
80401cec:	1971                	add	s2,s2,-4
80401cee:	14f1                	add	s1,s1,-4
80401cf0:	99ea                	add	s3,s3,s10
80401cf2:	bfb5                	j	80401c6e <revoke_event+0x150>
80401cf4:	87a2                	mv	a5,s0
80401cf6:	cf81                	beqz	a5,80401d0e <revoke_event+0x1f0>
80401cf8:	0818                	add	a4,sp,16
80401cfa:	c23e                	sw	a5,4(sp)
80401cfc:	c43a                	sw	a4,8(sp)
80401cfe:	c602                	sw	zero,12(sp)
80401d00:	4505                	li	a0,1
80401d02:	004c                	add	a1,sp,4
80401d04:	03000893          	li	a7,48
80401d08:	00000073          	ecall
80401d0c:	cd19                	beqz	a0,80401d2a <revoke_event+0x20c>
80401d0e:	450d                	li	a0,3
80401d10:	85d6                	mv	a1,s5
80401d12:	03000893          	li	a7,48
80401d16:	00000073          	ecall
80401d1a:	e60510e3          	bnez	a0,80401b7a <revoke_event+0x5c>
80401d1e:	004da783          	lw	a5,4(s11)
80401d22:	0785                	add	a5,a5,1
80401d24:	00fda223          	sw	a5,4(s11)
80401d28:	bd89                	j	80401b7a <revoke_event+0x5c>
80401d2a:	00cda703          	lw	a4,12(s11)
80401d2e:	97ba                	add	a5,a5,a4
80401d30:	00fda623          	sw	a5,12(s11)
80401d34:	bfe9                	j	80401d0e <revoke_event+0x1f0>

80401d36 <uni_page_alloc>:
80401d36:	1141                	add	sp,sp,-16
80401d38:	804077b7          	lui	a5,0x80407
80401d3c:	c422                	sw	s0,8(sp)
80401d3e:	1147a403          	lw	s0,276(a5) # 80407114 <free_list>
80401d42:	c606                	sw	ra,12(sp)
80401d44:	c005                	beqz	s0,80401d64 <uni_page_alloc+0x2e>
80401d46:	4018                	lw	a4,0(s0)
80401d48:	10e7aa23          	sw	a4,276(a5)
80401d4c:	6605                	lui	a2,0x1
80401d4e:	4581                	li	a1,0
80401d50:	8522                	mv	a0,s0
80401d52:	00001097          	auipc	ra,0x1
80401d56:	d54080e7          	jalr	-684(ra) # 80402aa6 <memset>
80401d5a:	40b2                	lw	ra,12(sp)
80401d5c:	8522                	mv	a0,s0
80401d5e:	4422                	lw	s0,8(sp)
80401d60:	0141                	add	sp,sp,16
80401d62:	8082                	ret
80401d64:	804077b7          	lui	a5,0x80407
80401d68:	804076b7          	lui	a3,0x80407
80401d6c:	1107a703          	lw	a4,272(a5) # 80407110 <low_next>
80401d70:	10c6a683          	lw	a3,268(a3) # 8040710c <low_end>
80401d74:	02d76463          	bltu	a4,a3,80401d9c <uni_page_alloc+0x66>
80401d78:	80407737          	lui	a4,0x80407
80401d7c:	804077b7          	lui	a5,0x80407
80401d80:	10072603          	lw	a2,256(a4) # 80407100 <top>
80401d84:	1047a783          	lw	a5,260(a5) # 80407104 <brk>
80401d88:	6685                	lui	a3,0x1
80401d8a:	40f607b3          	sub	a5,a2,a5
80401d8e:	fcd7e6e3          	bltu	a5,a3,80401d5a <uni_page_alloc+0x24>
80401d92:	40d60433          	sub	s0,a2,a3
80401d96:	10872023          	sw	s0,256(a4)
80401d9a:	bf4d                	j	80401d4c <uni_page_alloc+0x16>
80401d9c:	843a                	mv	s0,a4
80401d9e:	6705                	lui	a4,0x1
80401da0:	9722                	add	a4,a4,s0
80401da2:	10e7a823          	sw	a4,272(a5)
80401da6:	b75d                	j	80401d4c <uni_page_alloc+0x16>

80401da8 <uni_map_over>:
80401da8:	804077b7          	lui	a5,0x80407
80401dac:	0bc7a783          	lw	a5,188(a5) # 804070bc <uni_start_info>
80401db0:	05aa                	sll	a1,a1,0xa
80401db2:	1101                	add	sp,sp,-32
80401db4:	5fd8                	lw	a4,60(a5)
80401db6:	01655793          	srl	a5,a0,0x16
80401dba:	078a                	sll	a5,a5,0x2
80401dbc:	97ba                	add	a5,a5,a4
80401dbe:	439c                	lw	a5,0(a5)
80401dc0:	8131                	srl	a0,a0,0xc
80401dc2:	3ff57513          	and	a0,a0,1023
80401dc6:	83a9                	srl	a5,a5,0xa
80401dc8:	050a                	sll	a0,a0,0x2
80401dca:	07b2                	sll	a5,a5,0xc
80401dcc:	8fc9                	or	a5,a5,a0
80401dce:	0d75e593          	or	a1,a1,215
80401dd2:	66a1                	lui	a3,0x8
80401dd4:	8732                	mv	a4,a2
80401dd6:	c62e                	sw	a1,12(sp)
80401dd8:	ce06                	sw	ra,28(sp)
80401dda:	c43e                	sw	a5,8(sp)
80401ddc:	0028                	add	a0,sp,8
80401dde:	4585                	li	a1,1
80401de0:	4601                	li	a2,0
80401de2:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
80401de4:	4885                	li	a7,1
80401de6:	00000073          	ecall
80401dea:	00054563          	bltz	a0,80401df4 <uni_map_over+0x4c>
80401dee:	40f2                	lw	ra,28(sp)
80401df0:	6105                	add	sp,sp,32
80401df2:	8082                	ret
80401df4:	853a                	mv	a0,a4
80401df6:	fffff097          	auipc	ra,0xfffff
80401dfa:	ab0080e7          	jalr	-1360(ra) # 804008a6 <uni_panic>

80401dfe <uni_posix_mount>:
80401dfe:	804077b7          	lui	a5,0x80407
80401e02:	10a7ac23          	sw	a0,280(a5) # 80407118 <fs>
80401e06:	8082                	ret

80401e08 <write>:
80401e08:	1141                	add	sp,sp,-16
80401e0a:	c606                	sw	ra,12(sp)
80401e0c:	c422                	sw	s0,8(sp)
80401e0e:	47bd                	li	a5,15
80401e10:	00a7eb63          	bltu	a5,a0,80401e26 <write+0x1e>
80401e14:	80407737          	lui	a4,0x80407
80401e18:	00070713          	mv	a4,a4
80401e1c:	00351793          	sll	a5,a0,0x3
80401e20:	97ba                	add	a5,a5,a4
80401e22:	4398                	lw	a4,0(a5)
80401e24:	ef11                	bnez	a4,80401e40 <write+0x38>
80401e26:	4725                	li	a4,9
80401e28:	000007b7          	lui	a5,0x0
80401e2c:	004787b3          	add	a5,a5,tp
80401e30:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401e34:	547d                	li	s0,-1
80401e36:	40b2                	lw	ra,12(sp)
80401e38:	8522                	mv	a0,s0
80401e3a:	4422                	lw	s0,8(sp)
80401e3c:	0141                	add	sp,sp,16
80401e3e:	8082                	ret
80401e40:	8432                	mv	s0,a2
80401e42:	04064663          	bltz	a2,80401e8e <write+0x86>
80401e46:	4505                	li	a0,1
80401e48:	02a70b63          	beq	a4,a0,80401e7e <write+0x76>
80401e4c:	80407737          	lui	a4,0x80407
80401e50:	11872703          	lw	a4,280(a4) # 80407118 <fs>
80401e54:	43c8                	lw	a0,4(a5)
80401e56:	475c                	lw	a5,12(a4)
80401e58:	9782                	jalr	a5
80401e5a:	842a                	mv	s0,a0
80401e5c:	fc055de3          	bgez	a0,80401e36 <write+0x2e>
80401e60:	fff54413          	not	s0,a0
80401e64:	02500793          	li	a5,37
80401e68:	4715                	li	a4,5
80401e6a:	fa87efe3          	bltu	a5,s0,80401e28 <write+0x20>
80401e6e:	804067b7          	lui	a5,0x80406
80401e72:	63478793          	add	a5,a5,1588 # 80406634 <CSWTCH.56>
80401e76:	97a2                	add	a5,a5,s0
80401e78:	00078703          	lb	a4,0(a5)
80401e7c:	b775                	j	80401e28 <write+0x20>
80401e7e:	86ae                	mv	a3,a1
80401e80:	8536                	mv	a0,a3
80401e82:	85b2                	mv	a1,a2
80401e84:	00000097          	auipc	ra,0x0
80401e88:	bb2080e7          	jalr	-1102(ra) # 80401a36 <uni_console_write>
80401e8c:	b76d                	j	80401e36 <write+0x2e>
80401e8e:	4759                	li	a4,22
80401e90:	bf61                	j	80401e28 <write+0x20>

80401e92 <read>:
80401e92:	47bd                	li	a5,15
80401e94:	02a7ee63          	bltu	a5,a0,80401ed0 <read+0x3e>
80401e98:	804076b7          	lui	a3,0x80407
80401e9c:	00068693          	mv	a3,a3
80401ea0:	00351793          	sll	a5,a0,0x3
80401ea4:	97b6                	add	a5,a5,a3
80401ea6:	4394                	lw	a3,0(a5)
80401ea8:	c685                	beqz	a3,80401ed0 <read+0x3e>
80401eaa:	04064363          	bltz	a2,80401ef0 <read+0x5e>
80401eae:	4505                	li	a0,1
80401eb0:	02a68963          	beq	a3,a0,80401ee2 <read+0x50>
80401eb4:	80407737          	lui	a4,0x80407
80401eb8:	11872703          	lw	a4,280(a4) # 80407118 <fs>
80401ebc:	43c8                	lw	a0,4(a5)
80401ebe:	1141                	add	sp,sp,-16
80401ec0:	471c                	lw	a5,8(a4)
80401ec2:	c606                	sw	ra,12(sp)
80401ec4:	9782                	jalr	a5
80401ec6:	02054763          	bltz	a0,80401ef4 <read+0x62>
80401eca:	40b2                	lw	ra,12(sp)
80401ecc:	0141                	add	sp,sp,16
80401ece:	8082                	ret
80401ed0:	4725                	li	a4,9
80401ed2:	000007b7          	lui	a5,0x0
80401ed6:	004787b3          	add	a5,a5,tp
80401eda:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401ede:	557d                	li	a0,-1
80401ee0:	8082                	ret
80401ee2:	882e                	mv	a6,a1
80401ee4:	8542                	mv	a0,a6
80401ee6:	85b2                	mv	a1,a2
80401ee8:	00000317          	auipc	t1,0x0
80401eec:	b7430067          	jr	-1164(t1) # 80401a5c <uni_console_read>
80401ef0:	4759                	li	a4,22
80401ef2:	b7c5                	j	80401ed2 <read+0x40>
80401ef4:	fff54513          	not	a0,a0
80401ef8:	02500793          	li	a5,37
80401efc:	4715                	li	a4,5
80401efe:	00a7e963          	bltu	a5,a0,80401f10 <read+0x7e>
80401f02:	804067b7          	lui	a5,0x80406
80401f06:	63478793          	add	a5,a5,1588 # 80406634 <CSWTCH.56>
80401f0a:	97aa                	add	a5,a5,a0
80401f0c:	00078703          	lb	a4,0(a5)
80401f10:	40b2                	lw	ra,12(sp)
80401f12:	000007b7          	lui	a5,0x0
80401f16:	004787b3          	add	a5,a5,tp
80401f1a:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401f1e:	557d                	li	a0,-1
80401f20:	0141                	add	sp,sp,16
80401f22:	8082                	ret

80401f24 <open>:
80401f24:	7179                	add	sp,sp,-48
80401f26:	c422                	sw	s0,8(sp)
80401f28:	6405                	lui	s0,0x1
80401f2a:	80040413          	add	s0,s0,-2048 # 800 <errno+0x800>
80401f2e:	c606                	sw	ra,12(sp)
80401f30:	c226                	sw	s1,4(sp)
80401f32:	cc32                	sw	a2,24(sp)
80401f34:	ce36                	sw	a3,28(sp)
80401f36:	d03a                	sw	a4,32(sp)
80401f38:	d23e                	sw	a5,36(sp)
80401f3a:	d442                	sw	a6,40(sp)
80401f3c:	d646                	sw	a7,44(sp)
80401f3e:	8c6d                	and	s0,s0,a1
80401f40:	e849                	bnez	s0,80401fd2 <open+0xae>
80401f42:	0035f793          	and	a5,a1,3
80401f46:	470d                	li	a4,3
80401f48:	08e78563          	beq	a5,a4,80401fd2 <open+0xae>
80401f4c:	804077b7          	lui	a5,0x80407
80401f50:	1187a603          	lw	a2,280(a5) # 80407118 <fs>
80401f54:	ce2d                	beqz	a2,80401fce <open+0xaa>
80401f56:	804077b7          	lui	a5,0x80407
80401f5a:	00078493          	mv	s1,a5
80401f5e:	46c1                	li	a3,16
80401f60:	00078793          	mv	a5,a5
80401f64:	4398                	lw	a4,0(a5)
80401f66:	07a1                	add	a5,a5,8 # 80407008 <fds+0x8>
80401f68:	c315                	beqz	a4,80401f8c <open+0x68>
80401f6a:	0405                	add	s0,s0,1
80401f6c:	fed41ce3          	bne	s0,a3,80401f64 <open+0x40>
80401f70:	47e1                	li	a5,24
80401f72:	547d                	li	s0,-1
80401f74:	40b2                	lw	ra,12(sp)
80401f76:	8522                	mv	a0,s0
80401f78:	00000737          	lui	a4,0x0
80401f7c:	4422                	lw	s0,8(sp)
80401f7e:	00470733          	add	a4,a4,tp
80401f82:	00f72023          	sw	a5,0(a4) # 0 <errno>
80401f86:	4492                	lw	s1,4(sp)
80401f88:	6145                	add	sp,sp,48
80401f8a:	8082                	ret
80401f8c:	421c                	lw	a5,0(a2)
80401f8e:	6435f593          	and	a1,a1,1603
80401f92:	9782                	jalr	a5
80401f94:	00054e63          	bltz	a0,80401fb0 <open+0x8c>
80401f98:	00341793          	sll	a5,s0,0x3
80401f9c:	97a6                	add	a5,a5,s1
80401f9e:	40b2                	lw	ra,12(sp)
80401fa0:	c3c8                	sw	a0,4(a5)
80401fa2:	8522                	mv	a0,s0
80401fa4:	4422                	lw	s0,8(sp)
80401fa6:	4709                	li	a4,2
80401fa8:	c398                	sw	a4,0(a5)
80401faa:	4492                	lw	s1,4(sp)
80401fac:	6145                	add	sp,sp,48
80401fae:	8082                	ret
80401fb0:	fff54513          	not	a0,a0
80401fb4:	02500713          	li	a4,37
80401fb8:	4795                	li	a5,5
80401fba:	faa76ce3          	bltu	a4,a0,80401f72 <open+0x4e>
80401fbe:	804067b7          	lui	a5,0x80406
80401fc2:	63478793          	add	a5,a5,1588 # 80406634 <CSWTCH.56>
80401fc6:	97aa                	add	a5,a5,a0
80401fc8:	00078783          	lb	a5,0(a5)
80401fcc:	b75d                	j	80401f72 <open+0x4e>
80401fce:	4789                	li	a5,2
80401fd0:	b74d                	j	80401f72 <open+0x4e>
80401fd2:	47d9                	li	a5,22
80401fd4:	bf79                	j	80401f72 <open+0x4e>

80401fd6 <close>:
80401fd6:	47bd                	li	a5,15
80401fd8:	02a7e163          	bltu	a5,a0,80401ffa <close+0x24>
80401fdc:	804077b7          	lui	a5,0x80407
80401fe0:	050e                	sll	a0,a0,0x3
80401fe2:	00078793          	mv	a5,a5
80401fe6:	97aa                	add	a5,a5,a0
80401fe8:	4398                	lw	a4,0(a5)
80401fea:	cb01                	beqz	a4,80401ffa <close+0x24>
80401fec:	0007a023          	sw	zero,0(a5) # 80407000 <fds>
80401ff0:	4689                	li	a3,2
80401ff2:	00d70d63          	beq	a4,a3,8040200c <close+0x36>
80401ff6:	4501                	li	a0,0
80401ff8:	8082                	ret
80401ffa:	000007b7          	lui	a5,0x0
80401ffe:	4725                	li	a4,9
80402000:	004787b3          	add	a5,a5,tp
80402004:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402008:	557d                	li	a0,-1
8040200a:	8082                	ret
8040200c:	80407737          	lui	a4,0x80407
80402010:	11872703          	lw	a4,280(a4) # 80407118 <fs>
80402014:	43c8                	lw	a0,4(a5)
80402016:	1141                	add	sp,sp,-16
80402018:	435c                	lw	a5,4(a4)
8040201a:	c606                	sw	ra,12(sp)
8040201c:	9782                	jalr	a5
8040201e:	00054563          	bltz	a0,80402028 <close+0x52>
80402022:	40b2                	lw	ra,12(sp)
80402024:	0141                	add	sp,sp,16
80402026:	8082                	ret
80402028:	fff54513          	not	a0,a0
8040202c:	02500793          	li	a5,37
80402030:	4715                	li	a4,5
80402032:	00a7e963          	bltu	a5,a0,80402044 <close+0x6e>
80402036:	804067b7          	lui	a5,0x80406
8040203a:	63478793          	add	a5,a5,1588 # 80406634 <CSWTCH.56>
8040203e:	97aa                	add	a5,a5,a0
80402040:	00078703          	lb	a4,0(a5)
80402044:	40b2                	lw	ra,12(sp)
80402046:	000007b7          	lui	a5,0x0
8040204a:	004787b3          	add	a5,a5,tp
8040204e:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402052:	557d                	li	a0,-1
80402054:	0141                	add	sp,sp,16
80402056:	8082                	ret

80402058 <lseek>:
80402058:	47bd                	li	a5,15
8040205a:	00a7ea63          	bltu	a5,a0,8040206e <lseek+0x16>
8040205e:	804077b7          	lui	a5,0x80407
80402062:	050e                	sll	a0,a0,0x3
80402064:	00078793          	mv	a5,a5
80402068:	97aa                	add	a5,a5,a0
8040206a:	4398                	lw	a4,0(a5)
8040206c:	eb11                	bnez	a4,80402080 <lseek+0x28>
8040206e:	4725                	li	a4,9
80402070:	000007b7          	lui	a5,0x0
80402074:	004787b3          	add	a5,a5,tp
80402078:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040207c:	557d                	li	a0,-1
8040207e:	8082                	ret
80402080:	4689                	li	a3,2
80402082:	02d71063          	bne	a4,a3,804020a2 <lseek+0x4a>
80402086:	80407737          	lui	a4,0x80407
8040208a:	11872703          	lw	a4,280(a4) # 80407118 <fs>
8040208e:	43c8                	lw	a0,4(a5)
80402090:	1141                	add	sp,sp,-16
80402092:	4b1c                	lw	a5,16(a4)
80402094:	c606                	sw	ra,12(sp)
80402096:	9782                	jalr	a5
80402098:	00054763          	bltz	a0,804020a6 <lseek+0x4e>
8040209c:	40b2                	lw	ra,12(sp)
8040209e:	0141                	add	sp,sp,16
804020a0:	8082                	ret
804020a2:	4759                	li	a4,22
804020a4:	b7f1                	j	80402070 <lseek+0x18>
804020a6:	fff54513          	not	a0,a0
804020aa:	02500793          	li	a5,37
804020ae:	4715                	li	a4,5
804020b0:	00a7e963          	bltu	a5,a0,804020c2 <lseek+0x6a>
804020b4:	804067b7          	lui	a5,0x80406
804020b8:	63478793          	add	a5,a5,1588 # 80406634 <CSWTCH.56>
804020bc:	97aa                	add	a5,a5,a0
804020be:	00078703          	lb	a4,0(a5)
804020c2:	40b2                	lw	ra,12(sp)
804020c4:	000007b7          	lui	a5,0x0
804020c8:	004787b3          	add	a5,a5,tp
804020cc:	00e7a023          	sw	a4,0(a5) # 0 <errno>
804020d0:	557d                	li	a0,-1
804020d2:	0141                	add	sp,sp,16
804020d4:	8082                	ret

804020d6 <unlink>:
804020d6:	804077b7          	lui	a5,0x80407
804020da:	1187a783          	lw	a5,280(a5) # 80407118 <fs>
804020de:	cb91                	beqz	a5,804020f2 <unlink+0x1c>
804020e0:	4bdc                	lw	a5,20(a5)
804020e2:	1141                	add	sp,sp,-16
804020e4:	c606                	sw	ra,12(sp)
804020e6:	9782                	jalr	a5
804020e8:	00054e63          	bltz	a0,80402104 <unlink+0x2e>
804020ec:	40b2                	lw	ra,12(sp)
804020ee:	0141                	add	sp,sp,16
804020f0:	8082                	ret
804020f2:	000007b7          	lui	a5,0x0
804020f6:	4709                	li	a4,2
804020f8:	004787b3          	add	a5,a5,tp
804020fc:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402100:	557d                	li	a0,-1
80402102:	8082                	ret
80402104:	fff54513          	not	a0,a0
80402108:	02500793          	li	a5,37
8040210c:	4715                	li	a4,5
8040210e:	00a7fc63          	bgeu	a5,a0,80402126 <unlink+0x50>
80402112:	40b2                	lw	ra,12(sp)
80402114:	000007b7          	lui	a5,0x0
80402118:	004787b3          	add	a5,a5,tp
8040211c:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402120:	557d                	li	a0,-1
80402122:	0141                	add	sp,sp,16
80402124:	8082                	ret
80402126:	804067b7          	lui	a5,0x80406
8040212a:	63478793          	add	a5,a5,1588 # 80406634 <CSWTCH.56>
8040212e:	97aa                	add	a5,a5,a0
80402130:	00078703          	lb	a4,0(a5)
80402134:	bff9                	j	80402112 <unlink+0x3c>

80402136 <uni_main>:
80402136:	1141                	add	sp,sp,-16
80402138:	c606                	sw	ra,12(sp)
8040213a:	c422                	sw	s0,8(sp)
8040213c:	8041c837          	lui	a6,0x8041c
80402140:	00054603          	lbu	a2,0(a0)
80402144:	872a                	mv	a4,a0
80402146:	02000693          	li	a3,32
8040214a:	4501                	li	a0,0
8040214c:	45a5                	li	a1,9
8040214e:	40480813          	add	a6,a6,1028 # 8041c404 <boot_argv>
80402152:	02d60b63          	beq	a2,a3,80402188 <uni_main+0x52>
80402156:	02b60963          	beq	a2,a1,80402188 <uni_main+0x52>
8040215a:	c231                	beqz	a2,8040219e <uni_main+0x68>
8040215c:	06d50a63          	beq	a0,a3,804021d0 <uni_main+0x9a>
80402160:	00251793          	sll	a5,a0,0x2
80402164:	97c2                	add	a5,a5,a6
80402166:	c398                	sw	a4,0(a5)
80402168:	00074603          	lbu	a2,0(a4)
8040216c:	0505                	add	a0,a0,1
8040216e:	87b2                	mv	a5,a2
80402170:	d26d                	beqz	a2,80402152 <uni_main+0x1c>
80402172:	02d78363          	beq	a5,a3,80402198 <uni_main+0x62>
80402176:	02b78163          	beq	a5,a1,80402198 <uni_main+0x62>
8040217a:	00174783          	lbu	a5,1(a4)
8040217e:	0705                	add	a4,a4,1
80402180:	fbed                	bnez	a5,80402172 <uni_main+0x3c>
80402182:	4601                	li	a2,0
80402184:	fcd619e3          	bne	a2,a3,80402156 <uni_main+0x20>
80402188:	00170793          	add	a5,a4,1
8040218c:	00174603          	lbu	a2,1(a4)
80402190:	00070023          	sb	zero,0(a4)
80402194:	873e                	mv	a4,a5
80402196:	bf75                	j	80402152 <uni_main+0x1c>
80402198:	00074603          	lbu	a2,0(a4)
8040219c:	bf5d                	j	80402152 <uni_main+0x1c>
8040219e:	8041c5b7          	lui	a1,0x8041c
804021a2:	40458713          	add	a4,a1,1028 # 8041c404 <boot_argv>
804021a6:	00251793          	sll	a5,a0,0x2
804021aa:	97ba                	add	a5,a5,a4
804021ac:	40458593          	add	a1,a1,1028
804021b0:	0007a023          	sw	zero,0(a5)
804021b4:	ffffe097          	auipc	ra,0xffffe
804021b8:	eec080e7          	jalr	-276(ra) # 804000a0 <main>
804021bc:	842a                	mv	s0,a0
804021be:	00000097          	auipc	ra,0x0
804021c2:	0f0080e7          	jalr	240(ra) # 804022ae <ulib_flush_stdout>
804021c6:	40b2                	lw	ra,12(sp)
804021c8:	8522                	mv	a0,s0
804021ca:	4422                	lw	s0,8(sp)
804021cc:	0141                	add	sp,sp,16
804021ce:	8082                	ret
804021d0:	80406537          	lui	a0,0x80406
804021d4:	65c50513          	add	a0,a0,1628 # 8040665c <msg.0>
804021d8:	45e1                	li	a1,24
804021da:	00000097          	auipc	ra,0x0
804021de:	85c080e7          	jalr	-1956(ra) # 80401a36 <uni_console_write>
804021e2:	4409                	li	s0,2
804021e4:	40b2                	lw	ra,12(sp)
804021e6:	8522                	mv	a0,s0
804021e8:	4422                	lw	s0,8(sp)
804021ea:	0141                	add	sp,sp,16
804021ec:	8082                	ret

804021ee <stdout_flush>:
804021ee:	1141                	add	sp,sp,-16
804021f0:	c04a                	sw	s2,0(sp)
804021f2:	80407937          	lui	s2,0x80407
804021f6:	c422                	sw	s0,8(sp)
804021f8:	11c92403          	lw	s0,284(s2) # 8040711c <out_len>
804021fc:	c606                	sw	ra,12(sp)
804021fe:	c226                	sw	s1,4(sp)
80402200:	c015                	beqz	s0,80402224 <stdout_flush+0x36>
80402202:	8041c4b7          	lui	s1,0x8041c
80402206:	48848493          	add	s1,s1,1160 # 8041c488 <out_buf>
8040220a:	a019                	j	80402210 <stdout_flush+0x22>
8040220c:	94aa                	add	s1,s1,a0
8040220e:	c819                	beqz	s0,80402224 <stdout_flush+0x36>
80402210:	8622                	mv	a2,s0
80402212:	85a6                	mv	a1,s1
80402214:	4505                	li	a0,1
80402216:	00000097          	auipc	ra,0x0
8040221a:	bf2080e7          	jalr	-1038(ra) # 80401e08 <write>
8040221e:	8c09                	sub	s0,s0,a0
80402220:	fea046e3          	bgtz	a0,8040220c <stdout_flush+0x1e>
80402224:	40b2                	lw	ra,12(sp)
80402226:	4422                	lw	s0,8(sp)
80402228:	10092e23          	sw	zero,284(s2)
8040222c:	4492                	lw	s1,4(sp)
8040222e:	4902                	lw	s2,0(sp)
80402230:	4501                	li	a0,0
80402232:	0141                	add	sp,sp,16
80402234:	8082                	ret

80402236 <stdout_put>:
80402236:	1101                	add	sp,sp,-32
80402238:	c64e                	sw	s3,12(sp)
8040223a:	804079b7          	lui	s3,0x80407
8040223e:	11c9a783          	lw	a5,284(s3) # 8040711c <out_len>
80402242:	ca26                	sw	s1,20(sp)
80402244:	8041c4b7          	lui	s1,0x8041c
80402248:	48848493          	add	s1,s1,1160 # 8041c488 <out_buf>
8040224c:	cc22                	sw	s0,24(sp)
8040224e:	c84a                	sw	s2,16(sp)
80402250:	00178413          	add	s0,a5,1
80402254:	ce06                	sw	ra,28(sp)
80402256:	97a6                	add	a5,a5,s1
80402258:	00a78023          	sb	a0,0(a5)
8040225c:	1089ae23          	sw	s0,284(s3)
80402260:	47a9                	li	a5,10
80402262:	892a                	mv	s2,a0
80402264:	00f50e63          	beq	a0,a5,80402280 <stdout_put+0x4a>
80402268:	20000793          	li	a5,512
8040226c:	00f40b63          	beq	s0,a5,80402282 <stdout_put+0x4c>
80402270:	40f2                	lw	ra,28(sp)
80402272:	4462                	lw	s0,24(sp)
80402274:	44d2                	lw	s1,20(sp)
80402276:	49b2                	lw	s3,12(sp)
80402278:	854a                	mv	a0,s2
8040227a:	4942                	lw	s2,16(sp)
8040227c:	6105                	add	sp,sp,32
8040227e:	8082                	ret
80402280:	cc09                	beqz	s0,8040229a <stdout_put+0x64>
80402282:	8622                	mv	a2,s0
80402284:	85a6                	mv	a1,s1
80402286:	4505                	li	a0,1
80402288:	00000097          	auipc	ra,0x0
8040228c:	b80080e7          	jalr	-1152(ra) # 80401e08 <write>
80402290:	8c09                	sub	s0,s0,a0
80402292:	00a05463          	blez	a0,8040229a <stdout_put+0x64>
80402296:	94aa                	add	s1,s1,a0
80402298:	f46d                	bnez	s0,80402282 <stdout_put+0x4c>
8040229a:	40f2                	lw	ra,28(sp)
8040229c:	4462                	lw	s0,24(sp)
8040229e:	1009ae23          	sw	zero,284(s3)
804022a2:	44d2                	lw	s1,20(sp)
804022a4:	49b2                	lw	s3,12(sp)
804022a6:	854a                	mv	a0,s2
804022a8:	4942                	lw	s2,16(sp)
804022aa:	6105                	add	sp,sp,32
804022ac:	8082                	ret

804022ae <ulib_flush_stdout>:
804022ae:	1141                	add	sp,sp,-16
804022b0:	c04a                	sw	s2,0(sp)
804022b2:	80407937          	lui	s2,0x80407
804022b6:	c422                	sw	s0,8(sp)
804022b8:	11c92403          	lw	s0,284(s2) # 8040711c <out_len>
804022bc:	c606                	sw	ra,12(sp)
804022be:	c226                	sw	s1,4(sp)
804022c0:	c015                	beqz	s0,804022e4 <ulib_flush_stdout+0x36>
804022c2:	8041c4b7          	lui	s1,0x8041c
804022c6:	48848493          	add	s1,s1,1160 # 8041c488 <out_buf>
804022ca:	a019                	j	804022d0 <ulib_flush_stdout+0x22>
804022cc:	94aa                	add	s1,s1,a0
804022ce:	c819                	beqz	s0,804022e4 <ulib_flush_stdout+0x36>
804022d0:	8622                	mv	a2,s0
804022d2:	85a6                	mv	a1,s1
804022d4:	4505                	li	a0,1
804022d6:	00000097          	auipc	ra,0x0
804022da:	b32080e7          	jalr	-1230(ra) # 80401e08 <write>
804022de:	8c09                	sub	s0,s0,a0
804022e0:	fea046e3          	bgtz	a0,804022cc <ulib_flush_stdout+0x1e>
804022e4:	40b2                	lw	ra,12(sp)
804022e6:	4422                	lw	s0,8(sp)
804022e8:	10092e23          	sw	zero,284(s2)
804022ec:	4492                	lw	s1,4(sp)
804022ee:	4902                	lw	s2,0(sp)
804022f0:	0141                	add	sp,sp,16
804022f2:	8082                	ret

804022f4 <__lshrdi3>:
804022f4:	ca19                	beqz	a2,8040230a <__lshrdi3+0x16>
804022f6:	02000793          	li	a5,32
804022fa:	8f91                	sub	a5,a5,a2
804022fc:	00f04863          	bgtz	a5,8040230c <__lshrdi3+0x18>
80402300:	1601                	add	a2,a2,-32 # fe0 <errno+0xfe0>
80402302:	00c5d533          	srl	a0,a1,a2
80402306:	4701                	li	a4,0
80402308:	85ba                	mv	a1,a4
8040230a:	8082                	ret
8040230c:	00c5d733          	srl	a4,a1,a2
80402310:	00c55533          	srl	a0,a0,a2
80402314:	00f595b3          	sll	a1,a1,a5
80402318:	8d4d                	or	a0,a0,a1
8040231a:	b7fd                	j	80402308 <__lshrdi3+0x14>

8040231c <__ashldi3>:
8040231c:	ca19                	beqz	a2,80402332 <__ashldi3+0x16>
8040231e:	02000793          	li	a5,32
80402322:	8f91                	sub	a5,a5,a2
80402324:	00f04863          	bgtz	a5,80402334 <__ashldi3+0x18>
80402328:	1601                	add	a2,a2,-32
8040232a:	00c515b3          	sll	a1,a0,a2
8040232e:	4701                	li	a4,0
80402330:	853a                	mv	a0,a4
80402332:	8082                	ret
80402334:	00c51733          	sll	a4,a0,a2
80402338:	00c595b3          	sll	a1,a1,a2
8040233c:	00f55533          	srl	a0,a0,a5
80402340:	8dc9                	or	a1,a1,a0
80402342:	b7fd                	j	80402330 <__ashldi3+0x14>

80402344 <__ashrdi3>:
80402344:	ce01                	beqz	a2,8040235c <__ashrdi3+0x18>
80402346:	02000793          	li	a5,32
8040234a:	8f91                	sub	a5,a5,a2
8040234c:	00f04963          	bgtz	a5,8040235e <__ashrdi3+0x1a>
80402350:	1601                	add	a2,a2,-32
80402352:	41f5d713          	sra	a4,a1,0x1f
80402356:	40c5d533          	sra	a0,a1,a2
8040235a:	85ba                	mv	a1,a4
8040235c:	8082                	ret
8040235e:	40c5d733          	sra	a4,a1,a2
80402362:	00c55533          	srl	a0,a0,a2
80402366:	00f595b3          	sll	a1,a1,a5
8040236a:	8d4d                	or	a0,a0,a1
8040236c:	b7fd                	j	8040235a <__ashrdi3+0x16>

8040236e <__ctzsi2>:
8040236e:	40a007b3          	neg	a5,a0
80402372:	8d7d                	and	a0,a0,a5
80402374:	67c1                	lui	a5,0x10
80402376:	02f57363          	bgeu	a0,a5,8040239c <__ctzsi2+0x2e>
8040237a:	10053793          	sltiu	a5,a0,256
8040237e:	0017c793          	xor	a5,a5,1
80402382:	078e                	sll	a5,a5,0x3
80402384:	00f55533          	srl	a0,a0,a5
80402388:	00004717          	auipc	a4,0x4
8040238c:	6bc70713          	add	a4,a4,1724 # 80406a44 <__clz_tab>
80402390:	972a                	add	a4,a4,a0
80402392:	00074503          	lbu	a0,0(a4)
80402396:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402398:	953e                	add	a0,a0,a5
8040239a:	8082                	ret
8040239c:	01000737          	lui	a4,0x1000
804023a0:	47c1                	li	a5,16
804023a2:	fee561e3          	bltu	a0,a4,80402384 <__ctzsi2+0x16>
804023a6:	47e1                	li	a5,24
804023a8:	bff1                	j	80402384 <__ctzsi2+0x16>

804023aa <__udivdi3>:
804023aa:	88aa                	mv	a7,a0
804023ac:	832e                	mv	t1,a1
804023ae:	8732                	mv	a4,a2
804023b0:	882a                	mv	a6,a0
804023b2:	87ae                	mv	a5,a1
804023b4:	20069663          	bnez	a3,804025c0 <__udivdi3+0x216>
804023b8:	00004597          	auipc	a1,0x4
804023bc:	68c58593          	add	a1,a1,1676 # 80406a44 <__clz_tab>
804023c0:	0cc37163          	bgeu	t1,a2,80402482 <__udivdi3+0xd8>
804023c4:	66c1                	lui	a3,0x10
804023c6:	0ad67763          	bgeu	a2,a3,80402474 <__udivdi3+0xca>
804023ca:	10063693          	sltiu	a3,a2,256
804023ce:	0016c693          	xor	a3,a3,1
804023d2:	068e                	sll	a3,a3,0x3
804023d4:	00d65533          	srl	a0,a2,a3
804023d8:	95aa                	add	a1,a1,a0
804023da:	0005c583          	lbu	a1,0(a1)
804023de:	02000513          	li	a0,32
804023e2:	96ae                	add	a3,a3,a1
804023e4:	40d505b3          	sub	a1,a0,a3
804023e8:	00d50b63          	beq	a0,a3,804023fe <__udivdi3+0x54>
804023ec:	00b317b3          	sll	a5,t1,a1
804023f0:	00d8d6b3          	srl	a3,a7,a3
804023f4:	00b61733          	sll	a4,a2,a1
804023f8:	8fd5                	or	a5,a5,a3
804023fa:	00b89833          	sll	a6,a7,a1
804023fe:	01075593          	srl	a1,a4,0x10
80402402:	02b7d333          	divu	t1,a5,a1
80402406:	01071613          	sll	a2,a4,0x10
8040240a:	8241                	srl	a2,a2,0x10
8040240c:	02b7f7b3          	remu	a5,a5,a1
80402410:	851a                	mv	a0,t1
80402412:	026608b3          	mul	a7,a2,t1
80402416:	01079693          	sll	a3,a5,0x10
8040241a:	01085793          	srl	a5,a6,0x10
8040241e:	8fd5                	or	a5,a5,a3
80402420:	0117fc63          	bgeu	a5,a7,80402438 <__udivdi3+0x8e>
80402424:	97ba                	add	a5,a5,a4
80402426:	fff30513          	add	a0,t1,-1
8040242a:	00e7e763          	bltu	a5,a4,80402438 <__udivdi3+0x8e>
8040242e:	0117f563          	bgeu	a5,a7,80402438 <__udivdi3+0x8e>
80402432:	ffe30513          	add	a0,t1,-2
80402436:	97ba                	add	a5,a5,a4
80402438:	411787b3          	sub	a5,a5,a7
8040243c:	02b7d8b3          	divu	a7,a5,a1
80402440:	0842                	sll	a6,a6,0x10
80402442:	01085813          	srl	a6,a6,0x10
80402446:	02b7f7b3          	remu	a5,a5,a1
8040244a:	031606b3          	mul	a3,a2,a7
8040244e:	07c2                	sll	a5,a5,0x10
80402450:	00f86833          	or	a6,a6,a5
80402454:	87c6                	mv	a5,a7
80402456:	00d87b63          	bgeu	a6,a3,8040246c <__udivdi3+0xc2>
8040245a:	983a                	add	a6,a6,a4
8040245c:	fff88793          	add	a5,a7,-1
80402460:	00e86663          	bltu	a6,a4,8040246c <__udivdi3+0xc2>
80402464:	00d87463          	bgeu	a6,a3,8040246c <__udivdi3+0xc2>
80402468:	ffe88793          	add	a5,a7,-2
8040246c:	0542                	sll	a0,a0,0x10
8040246e:	8d5d                	or	a0,a0,a5
80402470:	4581                	li	a1,0
80402472:	8082                	ret
80402474:	01000537          	lui	a0,0x1000
80402478:	46c1                	li	a3,16
8040247a:	f4a66de3          	bltu	a2,a0,804023d4 <__udivdi3+0x2a>
8040247e:	46e1                	li	a3,24
80402480:	bf91                	j	804023d4 <__udivdi3+0x2a>
80402482:	4681                	li	a3,0
80402484:	ca09                	beqz	a2,80402496 <__udivdi3+0xec>
80402486:	67c1                	lui	a5,0x10
80402488:	08f67f63          	bgeu	a2,a5,80402526 <__udivdi3+0x17c>
8040248c:	10063693          	sltiu	a3,a2,256
80402490:	0016c693          	xor	a3,a3,1
80402494:	068e                	sll	a3,a3,0x3
80402496:	00d657b3          	srl	a5,a2,a3
8040249a:	95be                	add	a1,a1,a5
8040249c:	0005c783          	lbu	a5,0(a1)
804024a0:	97b6                	add	a5,a5,a3
804024a2:	02000693          	li	a3,32
804024a6:	40f685b3          	sub	a1,a3,a5
804024aa:	08f69563          	bne	a3,a5,80402534 <__udivdi3+0x18a>
804024ae:	40c307b3          	sub	a5,t1,a2
804024b2:	4585                	li	a1,1
804024b4:	01075893          	srl	a7,a4,0x10
804024b8:	0317de33          	divu	t3,a5,a7
804024bc:	01071613          	sll	a2,a4,0x10
804024c0:	8241                	srl	a2,a2,0x10
804024c2:	01085693          	srl	a3,a6,0x10
804024c6:	0317f7b3          	remu	a5,a5,a7
804024ca:	8572                	mv	a0,t3
804024cc:	03c60333          	mul	t1,a2,t3
804024d0:	07c2                	sll	a5,a5,0x10
804024d2:	8fd5                	or	a5,a5,a3
804024d4:	0067fc63          	bgeu	a5,t1,804024ec <__udivdi3+0x142>
804024d8:	97ba                	add	a5,a5,a4
804024da:	fffe0513          	add	a0,t3,-1 # 80406fff <stdout+0x1e3>
804024de:	00e7e763          	bltu	a5,a4,804024ec <__udivdi3+0x142>
804024e2:	0067f563          	bgeu	a5,t1,804024ec <__udivdi3+0x142>
804024e6:	ffee0513          	add	a0,t3,-2
804024ea:	97ba                	add	a5,a5,a4
804024ec:	406787b3          	sub	a5,a5,t1
804024f0:	0317d333          	divu	t1,a5,a7
804024f4:	0842                	sll	a6,a6,0x10
804024f6:	01085813          	srl	a6,a6,0x10
804024fa:	0317f7b3          	remu	a5,a5,a7
804024fe:	026606b3          	mul	a3,a2,t1
80402502:	07c2                	sll	a5,a5,0x10
80402504:	00f86833          	or	a6,a6,a5
80402508:	879a                	mv	a5,t1
8040250a:	00d87b63          	bgeu	a6,a3,80402520 <__udivdi3+0x176>
8040250e:	983a                	add	a6,a6,a4
80402510:	fff30793          	add	a5,t1,-1
80402514:	00e86663          	bltu	a6,a4,80402520 <__udivdi3+0x176>
80402518:	00d87463          	bgeu	a6,a3,80402520 <__udivdi3+0x176>
8040251c:	ffe30793          	add	a5,t1,-2
80402520:	0542                	sll	a0,a0,0x10
80402522:	8d5d                	or	a0,a0,a5
80402524:	8082                	ret
80402526:	010007b7          	lui	a5,0x1000
8040252a:	46c1                	li	a3,16
8040252c:	f6f665e3          	bltu	a2,a5,80402496 <__udivdi3+0xec>
80402530:	46e1                	li	a3,24
80402532:	b795                	j	80402496 <__udivdi3+0xec>
80402534:	00b61733          	sll	a4,a2,a1
80402538:	00f356b3          	srl	a3,t1,a5
8040253c:	01075513          	srl	a0,a4,0x10
80402540:	00b31333          	sll	t1,t1,a1
80402544:	00f8d7b3          	srl	a5,a7,a5
80402548:	0067e7b3          	or	a5,a5,t1
8040254c:	02a6d333          	divu	t1,a3,a0
80402550:	01071613          	sll	a2,a4,0x10
80402554:	8241                	srl	a2,a2,0x10
80402556:	00b89833          	sll	a6,a7,a1
8040255a:	02a6f6b3          	remu	a3,a3,a0
8040255e:	026608b3          	mul	a7,a2,t1
80402562:	01069593          	sll	a1,a3,0x10
80402566:	0107d693          	srl	a3,a5,0x10
8040256a:	8ecd                	or	a3,a3,a1
8040256c:	859a                	mv	a1,t1
8040256e:	0116fc63          	bgeu	a3,a7,80402586 <__udivdi3+0x1dc>
80402572:	96ba                	add	a3,a3,a4
80402574:	fff30593          	add	a1,t1,-1
80402578:	00e6e763          	bltu	a3,a4,80402586 <__udivdi3+0x1dc>
8040257c:	0116f563          	bgeu	a3,a7,80402586 <__udivdi3+0x1dc>
80402580:	ffe30593          	add	a1,t1,-2
80402584:	96ba                	add	a3,a3,a4
80402586:	411686b3          	sub	a3,a3,a7
8040258a:	02a6d8b3          	divu	a7,a3,a0
8040258e:	07c2                	sll	a5,a5,0x10
80402590:	83c1                	srl	a5,a5,0x10
80402592:	02a6f6b3          	remu	a3,a3,a0
80402596:	03160633          	mul	a2,a2,a7
8040259a:	06c2                	sll	a3,a3,0x10
8040259c:	8fd5                	or	a5,a5,a3
8040259e:	86c6                	mv	a3,a7
804025a0:	00c7fc63          	bgeu	a5,a2,804025b8 <__udivdi3+0x20e>
804025a4:	97ba                	add	a5,a5,a4
804025a6:	fff88693          	add	a3,a7,-1
804025aa:	00e7e763          	bltu	a5,a4,804025b8 <__udivdi3+0x20e>
804025ae:	00c7f563          	bgeu	a5,a2,804025b8 <__udivdi3+0x20e>
804025b2:	ffe88693          	add	a3,a7,-2
804025b6:	97ba                	add	a5,a5,a4
804025b8:	05c2                	sll	a1,a1,0x10
804025ba:	8f91                	sub	a5,a5,a2
804025bc:	8dd5                	or	a1,a1,a3
804025be:	bddd                	j	804024b4 <__udivdi3+0x10a>
804025c0:	14d5e163          	bltu	a1,a3,80402702 <__udivdi3+0x358>
804025c4:	67c1                	lui	a5,0x10
804025c6:	02f6ff63          	bgeu	a3,a5,80402604 <__udivdi3+0x25a>
804025ca:	1006b713          	sltiu	a4,a3,256
804025ce:	00174713          	xor	a4,a4,1
804025d2:	070e                	sll	a4,a4,0x3
804025d4:	00e6d5b3          	srl	a1,a3,a4
804025d8:	00004797          	auipc	a5,0x4
804025dc:	46c78793          	add	a5,a5,1132 # 80406a44 <__clz_tab>
804025e0:	97ae                	add	a5,a5,a1
804025e2:	0007c783          	lbu	a5,0(a5)
804025e6:	97ba                	add	a5,a5,a4
804025e8:	02000713          	li	a4,32
804025ec:	40f705b3          	sub	a1,a4,a5
804025f0:	02f71163          	bne	a4,a5,80402612 <__udivdi3+0x268>
804025f4:	4505                	li	a0,1
804025f6:	e666eee3          	bltu	a3,t1,80402472 <__udivdi3+0xc8>
804025fa:	00c8b533          	sltu	a0,a7,a2
804025fe:	00154513          	xor	a0,a0,1
80402602:	8082                	ret
80402604:	010007b7          	lui	a5,0x1000
80402608:	4741                	li	a4,16
8040260a:	fcf6e5e3          	bltu	a3,a5,804025d4 <__udivdi3+0x22a>
8040260e:	4761                	li	a4,24
80402610:	b7d1                	j	804025d4 <__udivdi3+0x22a>
80402612:	00f65733          	srl	a4,a2,a5
80402616:	00b696b3          	sll	a3,a3,a1
8040261a:	8ed9                	or	a3,a3,a4
8040261c:	00f35733          	srl	a4,t1,a5
80402620:	00b31333          	sll	t1,t1,a1
80402624:	00f8d7b3          	srl	a5,a7,a5
80402628:	0067e7b3          	or	a5,a5,t1
8040262c:	0106d313          	srl	t1,a3,0x10
80402630:	02675eb3          	divu	t4,a4,t1
80402634:	01069813          	sll	a6,a3,0x10
80402638:	01085813          	srl	a6,a6,0x10
8040263c:	00b61633          	sll	a2,a2,a1
80402640:	02677733          	remu	a4,a4,t1
80402644:	03d80e33          	mul	t3,a6,t4
80402648:	01071513          	sll	a0,a4,0x10
8040264c:	0107d713          	srl	a4,a5,0x10
80402650:	8f49                	or	a4,a4,a0
80402652:	8576                	mv	a0,t4
80402654:	01c77c63          	bgeu	a4,t3,8040266c <__udivdi3+0x2c2>
80402658:	9736                	add	a4,a4,a3
8040265a:	fffe8513          	add	a0,t4,-1
8040265e:	00d76763          	bltu	a4,a3,8040266c <__udivdi3+0x2c2>
80402662:	01c77563          	bgeu	a4,t3,8040266c <__udivdi3+0x2c2>
80402666:	ffee8513          	add	a0,t4,-2
8040266a:	9736                	add	a4,a4,a3
8040266c:	41c70733          	sub	a4,a4,t3
80402670:	02675e33          	divu	t3,a4,t1
80402674:	07c2                	sll	a5,a5,0x10
80402676:	83c1                	srl	a5,a5,0x10
80402678:	02677733          	remu	a4,a4,t1
8040267c:	03c80833          	mul	a6,a6,t3
80402680:	0742                	sll	a4,a4,0x10
80402682:	8fd9                	or	a5,a5,a4
80402684:	8772                	mv	a4,t3
80402686:	0107fc63          	bgeu	a5,a6,8040269e <__udivdi3+0x2f4>
8040268a:	97b6                	add	a5,a5,a3
8040268c:	fffe0713          	add	a4,t3,-1
80402690:	00d7e763          	bltu	a5,a3,8040269e <__udivdi3+0x2f4>
80402694:	0107f563          	bgeu	a5,a6,8040269e <__udivdi3+0x2f4>
80402698:	ffee0713          	add	a4,t3,-2
8040269c:	97b6                	add	a5,a5,a3
8040269e:	0542                	sll	a0,a0,0x10
804026a0:	6e41                	lui	t3,0x10
804026a2:	8d59                	or	a0,a0,a4
804026a4:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
804026a8:	00d57733          	and	a4,a0,a3
804026ac:	410787b3          	sub	a5,a5,a6
804026b0:	8ef1                	and	a3,a3,a2
804026b2:	01055813          	srl	a6,a0,0x10
804026b6:	8241                	srl	a2,a2,0x10
804026b8:	02d70333          	mul	t1,a4,a3
804026bc:	02d806b3          	mul	a3,a6,a3
804026c0:	02c70733          	mul	a4,a4,a2
804026c4:	02c80833          	mul	a6,a6,a2
804026c8:	00d70633          	add	a2,a4,a3
804026cc:	01035713          	srl	a4,t1,0x10
804026d0:	9732                	add	a4,a4,a2
804026d2:	00d77363          	bgeu	a4,a3,804026d8 <__udivdi3+0x32e>
804026d6:	9872                	add	a6,a6,t3
804026d8:	01075693          	srl	a3,a4,0x10
804026dc:	96c2                	add	a3,a3,a6
804026de:	02d7e063          	bltu	a5,a3,804026fe <__udivdi3+0x354>
804026e2:	d8d797e3          	bne	a5,a3,80402470 <__udivdi3+0xc6>
804026e6:	67c1                	lui	a5,0x10
804026e8:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804026ea:	8f7d                	and	a4,a4,a5
804026ec:	0742                	sll	a4,a4,0x10
804026ee:	00f37333          	and	t1,t1,a5
804026f2:	00b898b3          	sll	a7,a7,a1
804026f6:	971a                	add	a4,a4,t1
804026f8:	4581                	li	a1,0
804026fa:	d6e8fce3          	bgeu	a7,a4,80402472 <__udivdi3+0xc8>
804026fe:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80402700:	bb85                	j	80402470 <__udivdi3+0xc6>
80402702:	4581                	li	a1,0
80402704:	4501                	li	a0,0
80402706:	8082                	ret

80402708 <__umoddi3>:
80402708:	8832                	mv	a6,a2
8040270a:	87aa                	mv	a5,a0
8040270c:	872e                	mv	a4,a1
8040270e:	1a069363          	bnez	a3,804028b4 <__umoddi3+0x1ac>
80402712:	00004897          	auipc	a7,0x4
80402716:	33288893          	add	a7,a7,818 # 80406a44 <__clz_tab>
8040271a:	0ac5f663          	bgeu	a1,a2,804027c6 <__umoddi3+0xbe>
8040271e:	66c1                	lui	a3,0x10
80402720:	08d67c63          	bgeu	a2,a3,804027b8 <__umoddi3+0xb0>
80402724:	10063693          	sltiu	a3,a2,256
80402728:	0016c693          	xor	a3,a3,1
8040272c:	068e                	sll	a3,a3,0x3
8040272e:	00d65333          	srl	t1,a2,a3
80402732:	989a                	add	a7,a7,t1
80402734:	0008c883          	lbu	a7,0(a7)
80402738:	02000313          	li	t1,32
8040273c:	96c6                	add	a3,a3,a7
8040273e:	40d308b3          	sub	a7,t1,a3
80402742:	00d30b63          	beq	t1,a3,80402758 <__umoddi3+0x50>
80402746:	01159733          	sll	a4,a1,a7
8040274a:	00d556b3          	srl	a3,a0,a3
8040274e:	01161833          	sll	a6,a2,a7
80402752:	8f55                	or	a4,a4,a3
80402754:	011517b3          	sll	a5,a0,a7
80402758:	01085613          	srl	a2,a6,0x10
8040275c:	02c756b3          	divu	a3,a4,a2
80402760:	01081513          	sll	a0,a6,0x10
80402764:	8141                	srl	a0,a0,0x10
80402766:	02c77733          	remu	a4,a4,a2
8040276a:	02a686b3          	mul	a3,a3,a0
8040276e:	01071593          	sll	a1,a4,0x10
80402772:	0107d713          	srl	a4,a5,0x10
80402776:	8f4d                	or	a4,a4,a1
80402778:	00d77863          	bgeu	a4,a3,80402788 <__umoddi3+0x80>
8040277c:	9742                	add	a4,a4,a6
8040277e:	01076563          	bltu	a4,a6,80402788 <__umoddi3+0x80>
80402782:	00d77363          	bgeu	a4,a3,80402788 <__umoddi3+0x80>
80402786:	9742                	add	a4,a4,a6
80402788:	8f15                	sub	a4,a4,a3
8040278a:	02c756b3          	divu	a3,a4,a2
8040278e:	02c77733          	remu	a4,a4,a2
80402792:	02a686b3          	mul	a3,a3,a0
80402796:	07c2                	sll	a5,a5,0x10
80402798:	0742                	sll	a4,a4,0x10
8040279a:	83c1                	srl	a5,a5,0x10
8040279c:	8fd9                	or	a5,a5,a4
8040279e:	00d7f863          	bgeu	a5,a3,804027ae <__umoddi3+0xa6>
804027a2:	97c2                	add	a5,a5,a6
804027a4:	0107e563          	bltu	a5,a6,804027ae <__umoddi3+0xa6>
804027a8:	00d7f363          	bgeu	a5,a3,804027ae <__umoddi3+0xa6>
804027ac:	97c2                	add	a5,a5,a6
804027ae:	8f95                	sub	a5,a5,a3
804027b0:	0117d533          	srl	a0,a5,a7
804027b4:	4581                	li	a1,0
804027b6:	8082                	ret
804027b8:	01000337          	lui	t1,0x1000
804027bc:	46c1                	li	a3,16
804027be:	f66668e3          	bltu	a2,t1,8040272e <__umoddi3+0x26>
804027c2:	46e1                	li	a3,24
804027c4:	b7ad                	j	8040272e <__umoddi3+0x26>
804027c6:	4681                	li	a3,0
804027c8:	ca09                	beqz	a2,804027da <__umoddi3+0xd2>
804027ca:	6741                	lui	a4,0x10
804027cc:	06e67463          	bgeu	a2,a4,80402834 <__umoddi3+0x12c>
804027d0:	10063693          	sltiu	a3,a2,256
804027d4:	0016c693          	xor	a3,a3,1
804027d8:	068e                	sll	a3,a3,0x3
804027da:	00d65733          	srl	a4,a2,a3
804027de:	98ba                	add	a7,a7,a4
804027e0:	0008c703          	lbu	a4,0(a7)
804027e4:	9736                	add	a4,a4,a3
804027e6:	02000693          	li	a3,32
804027ea:	40e688b3          	sub	a7,a3,a4
804027ee:	04e69a63          	bne	a3,a4,80402842 <__umoddi3+0x13a>
804027f2:	40c58733          	sub	a4,a1,a2
804027f6:	01085593          	srl	a1,a6,0x10
804027fa:	02b75633          	divu	a2,a4,a1
804027fe:	01081513          	sll	a0,a6,0x10
80402802:	8141                	srl	a0,a0,0x10
80402804:	0107d693          	srl	a3,a5,0x10
80402808:	02b77733          	remu	a4,a4,a1
8040280c:	02a60633          	mul	a2,a2,a0
80402810:	0742                	sll	a4,a4,0x10
80402812:	8f55                	or	a4,a4,a3
80402814:	00c77863          	bgeu	a4,a2,80402824 <__umoddi3+0x11c>
80402818:	9742                	add	a4,a4,a6
8040281a:	01076563          	bltu	a4,a6,80402824 <__umoddi3+0x11c>
8040281e:	00c77363          	bgeu	a4,a2,80402824 <__umoddi3+0x11c>
80402822:	9742                	add	a4,a4,a6
80402824:	8f11                	sub	a4,a4,a2
80402826:	02b756b3          	divu	a3,a4,a1
8040282a:	02b77733          	remu	a4,a4,a1
8040282e:	02a686b3          	mul	a3,a3,a0
80402832:	b795                	j	80402796 <__umoddi3+0x8e>
80402834:	01000737          	lui	a4,0x1000
80402838:	46c1                	li	a3,16
8040283a:	fae660e3          	bltu	a2,a4,804027da <__umoddi3+0xd2>
8040283e:	46e1                	li	a3,24
80402840:	bf69                	j	804027da <__umoddi3+0xd2>
80402842:	01161833          	sll	a6,a2,a7
80402846:	00e5d6b3          	srl	a3,a1,a4
8040284a:	011517b3          	sll	a5,a0,a7
8040284e:	011595b3          	sll	a1,a1,a7
80402852:	00e55733          	srl	a4,a0,a4
80402856:	01085513          	srl	a0,a6,0x10
8040285a:	8f4d                	or	a4,a4,a1
8040285c:	02a6d5b3          	divu	a1,a3,a0
80402860:	01081313          	sll	t1,a6,0x10
80402864:	01035313          	srl	t1,t1,0x10
80402868:	02a6f6b3          	remu	a3,a3,a0
8040286c:	026585b3          	mul	a1,a1,t1
80402870:	01069613          	sll	a2,a3,0x10
80402874:	01075693          	srl	a3,a4,0x10
80402878:	8ed1                	or	a3,a3,a2
8040287a:	00b6f863          	bgeu	a3,a1,8040288a <__umoddi3+0x182>
8040287e:	96c2                	add	a3,a3,a6
80402880:	0106e563          	bltu	a3,a6,8040288a <__umoddi3+0x182>
80402884:	00b6f363          	bgeu	a3,a1,8040288a <__umoddi3+0x182>
80402888:	96c2                	add	a3,a3,a6
8040288a:	8e8d                	sub	a3,a3,a1
8040288c:	02a6d633          	divu	a2,a3,a0
80402890:	0742                	sll	a4,a4,0x10
80402892:	8341                	srl	a4,a4,0x10
80402894:	02a6f6b3          	remu	a3,a3,a0
80402898:	02660633          	mul	a2,a2,t1
8040289c:	06c2                	sll	a3,a3,0x10
8040289e:	8f55                	or	a4,a4,a3
804028a0:	00c77863          	bgeu	a4,a2,804028b0 <__umoddi3+0x1a8>
804028a4:	9742                	add	a4,a4,a6
804028a6:	01076563          	bltu	a4,a6,804028b0 <__umoddi3+0x1a8>
804028aa:	00c77363          	bgeu	a4,a2,804028b0 <__umoddi3+0x1a8>
804028ae:	9742                	add	a4,a4,a6
804028b0:	8f11                	sub	a4,a4,a2
804028b2:	b791                	j	804027f6 <__umoddi3+0xee>
804028b4:	16d5ed63          	bltu	a1,a3,80402a2e <__umoddi3+0x326>
804028b8:	6841                	lui	a6,0x10
804028ba:	0506f763          	bgeu	a3,a6,80402908 <__umoddi3+0x200>
804028be:	1006b813          	sltiu	a6,a3,256
804028c2:	00184813          	xor	a6,a6,1
804028c6:	080e                	sll	a6,a6,0x3
804028c8:	0106d333          	srl	t1,a3,a6
804028cc:	00004897          	auipc	a7,0x4
804028d0:	17888893          	add	a7,a7,376 # 80406a44 <__clz_tab>
804028d4:	989a                	add	a7,a7,t1
804028d6:	0008c883          	lbu	a7,0(a7)
804028da:	02000313          	li	t1,32
804028de:	98c2                	add	a7,a7,a6
804028e0:	41130833          	sub	a6,t1,a7
804028e4:	03131963          	bne	t1,a7,80402916 <__umoddi3+0x20e>
804028e8:	00b6e463          	bltu	a3,a1,804028f0 <__umoddi3+0x1e8>
804028ec:	00c56b63          	bltu	a0,a2,80402902 <__umoddi3+0x1fa>
804028f0:	40c50633          	sub	a2,a0,a2
804028f4:	40d586b3          	sub	a3,a1,a3
804028f8:	00c53733          	sltu	a4,a0,a2
804028fc:	87b2                	mv	a5,a2
804028fe:	40e68733          	sub	a4,a3,a4
80402902:	853e                	mv	a0,a5
80402904:	85ba                	mv	a1,a4
80402906:	8082                	ret
80402908:	010008b7          	lui	a7,0x1000
8040290c:	4841                	li	a6,16
8040290e:	fb16ede3          	bltu	a3,a7,804028c8 <__umoddi3+0x1c0>
80402912:	4861                	li	a6,24
80402914:	bf55                	j	804028c8 <__umoddi3+0x1c0>
80402916:	011657b3          	srl	a5,a2,a7
8040291a:	010696b3          	sll	a3,a3,a6
8040291e:	8edd                	or	a3,a3,a5
80402920:	0115d733          	srl	a4,a1,a7
80402924:	0106de13          	srl	t3,a3,0x10
80402928:	03c75f33          	divu	t5,a4,t3
8040292c:	01069313          	sll	t1,a3,0x10
80402930:	01035313          	srl	t1,t1,0x10
80402934:	010597b3          	sll	a5,a1,a6
80402938:	011555b3          	srl	a1,a0,a7
8040293c:	8ddd                	or	a1,a1,a5
8040293e:	0105d793          	srl	a5,a1,0x10
80402942:	01061633          	sll	a2,a2,a6
80402946:	01051533          	sll	a0,a0,a6
8040294a:	03c77733          	remu	a4,a4,t3
8040294e:	03e30eb3          	mul	t4,t1,t5
80402952:	0742                	sll	a4,a4,0x10
80402954:	8fd9                	or	a5,a5,a4
80402956:	877a                	mv	a4,t5
80402958:	01d7fc63          	bgeu	a5,t4,80402970 <__umoddi3+0x268>
8040295c:	97b6                	add	a5,a5,a3
8040295e:	ffff0713          	add	a4,t5,-1
80402962:	00d7e763          	bltu	a5,a3,80402970 <__umoddi3+0x268>
80402966:	01d7f563          	bgeu	a5,t4,80402970 <__umoddi3+0x268>
8040296a:	ffef0713          	add	a4,t5,-2
8040296e:	97b6                	add	a5,a5,a3
80402970:	41d787b3          	sub	a5,a5,t4
80402974:	03c7deb3          	divu	t4,a5,t3
80402978:	05c2                	sll	a1,a1,0x10
8040297a:	81c1                	srl	a1,a1,0x10
8040297c:	03c7f7b3          	remu	a5,a5,t3
80402980:	8e76                	mv	t3,t4
80402982:	03d30333          	mul	t1,t1,t4
80402986:	07c2                	sll	a5,a5,0x10
80402988:	8ddd                	or	a1,a1,a5
8040298a:	0065fc63          	bgeu	a1,t1,804029a2 <__umoddi3+0x29a>
8040298e:	95b6                	add	a1,a1,a3
80402990:	fffe8e13          	add	t3,t4,-1
80402994:	00d5e763          	bltu	a1,a3,804029a2 <__umoddi3+0x29a>
80402998:	0065f563          	bgeu	a1,t1,804029a2 <__umoddi3+0x29a>
8040299c:	ffee8e13          	add	t3,t4,-2
804029a0:	95b6                	add	a1,a1,a3
804029a2:	01071793          	sll	a5,a4,0x10
804029a6:	6f41                	lui	t5,0x10
804029a8:	01c7e7b3          	or	a5,a5,t3
804029ac:	406585b3          	sub	a1,a1,t1
804029b0:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
804029b4:	0067f733          	and	a4,a5,t1
804029b8:	01065e13          	srl	t3,a2,0x10
804029bc:	83c1                	srl	a5,a5,0x10
804029be:	00667333          	and	t1,a2,t1
804029c2:	02670eb3          	mul	t4,a4,t1
804029c6:	02678333          	mul	t1,a5,t1
804029ca:	03c70733          	mul	a4,a4,t3
804029ce:	03c787b3          	mul	a5,a5,t3
804029d2:	00670e33          	add	t3,a4,t1
804029d6:	010ed713          	srl	a4,t4,0x10
804029da:	9772                	add	a4,a4,t3
804029dc:	00677363          	bgeu	a4,t1,804029e2 <__umoddi3+0x2da>
804029e0:	97fa                	add	a5,a5,t5
804029e2:	01075313          	srl	t1,a4,0x10
804029e6:	979a                	add	a5,a5,t1
804029e8:	6341                	lui	t1,0x10
804029ea:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
804029ec:	00677733          	and	a4,a4,t1
804029f0:	0742                	sll	a4,a4,0x10
804029f2:	006efeb3          	and	t4,t4,t1
804029f6:	9776                	add	a4,a4,t4
804029f8:	00f5e663          	bltu	a1,a5,80402a04 <__umoddi3+0x2fc>
804029fc:	00f59b63          	bne	a1,a5,80402a12 <__umoddi3+0x30a>
80402a00:	00e57963          	bgeu	a0,a4,80402a12 <__umoddi3+0x30a>
80402a04:	40c70633          	sub	a2,a4,a2
80402a08:	00c73333          	sltu	t1,a4,a2
80402a0c:	969a                	add	a3,a3,t1
80402a0e:	8732                	mv	a4,a2
80402a10:	8f95                	sub	a5,a5,a3
80402a12:	40e50733          	sub	a4,a0,a4
80402a16:	00e53533          	sltu	a0,a0,a4
80402a1a:	8d9d                	sub	a1,a1,a5
80402a1c:	8d89                	sub	a1,a1,a0
80402a1e:	011598b3          	sll	a7,a1,a7
80402a22:	01075733          	srl	a4,a4,a6
80402a26:	00e8e533          	or	a0,a7,a4
80402a2a:	0105d5b3          	srl	a1,a1,a6
80402a2e:	8082                	ret

80402a30 <__riscv_save_12>:
80402a30:	7139                	add	sp,sp,-64
80402a32:	4301                	li	t1,0
80402a34:	c66e                	sw	s11,12(sp)
80402a36:	a019                	j	80402a3c <__riscv_save_10+0x4>

80402a38 <__riscv_save_10>:
80402a38:	7139                	add	sp,sp,-64
80402a3a:	5341                	li	t1,-16
80402a3c:	c86a                	sw	s10,16(sp)
80402a3e:	ca66                	sw	s9,20(sp)
80402a40:	cc62                	sw	s8,24(sp)
80402a42:	ce5e                	sw	s7,28(sp)
80402a44:	a019                	j	80402a4a <__riscv_save_4+0x4>

80402a46 <__riscv_save_4>:
80402a46:	7139                	add	sp,sp,-64
80402a48:	5301                	li	t1,-32
80402a4a:	d05a                	sw	s6,32(sp)
80402a4c:	d256                	sw	s5,36(sp)
80402a4e:	d452                	sw	s4,40(sp)
80402a50:	d64e                	sw	s3,44(sp)
80402a52:	d84a                	sw	s2,48(sp)
80402a54:	da26                	sw	s1,52(sp)
80402a56:	dc22                	sw	s0,56(sp)
80402a58:	de06                	sw	ra,60(sp)
80402a5a:	40610133          	sub	sp,sp,t1
80402a5e:	8282                	jr	t0

80402a60 <__riscv_save_0>:
80402a60:	1141                	add	sp,sp,-16
80402a62:	c04a                	sw	s2,0(sp)
80402a64:	c226                	sw	s1,4(sp)
80402a66:	c422                	sw	s0,8(sp)
80402a68:	c606                	sw	ra,12(sp)
80402a6a:	8282                	jr	t0

80402a6c <__riscv_restore_12>:
80402a6c:	4db2                	lw	s11,12(sp)
80402a6e:	0141                	add	sp,sp,16

80402a70 <__riscv_restore_10>:
80402a70:	4d02                	lw	s10,0(sp)
80402a72:	4c92                	lw	s9,4(sp)
80402a74:	4c22                	lw	s8,8(sp)
80402a76:	4bb2                	lw	s7,12(sp)
80402a78:	0141                	add	sp,sp,16

80402a7a <__riscv_restore_4>:
80402a7a:	4b02                	lw	s6,0(sp)
80402a7c:	4a92                	lw	s5,4(sp)
80402a7e:	4a22                	lw	s4,8(sp)
80402a80:	49b2                	lw	s3,12(sp)
80402a82:	0141                	add	sp,sp,16

80402a84 <__riscv_restore_0>:
80402a84:	4902                	lw	s2,0(sp)
80402a86:	4492                	lw	s1,4(sp)
80402a88:	4422                	lw	s0,8(sp)
80402a8a:	40b2                	lw	ra,12(sp)
80402a8c:	0141                	add	sp,sp,16
80402a8e:	8082                	ret

80402a90 <memcpy>:
80402a90:	832a                	mv	t1,a0
80402a92:	ca09                	beqz	a2,80402aa4 <memcpy+0x14>
80402a94:	00058383          	lb	t2,0(a1)
80402a98:	00730023          	sb	t2,0(t1)
80402a9c:	167d                	add	a2,a2,-1
80402a9e:	0305                	add	t1,t1,1
80402aa0:	0585                	add	a1,a1,1
80402aa2:	fa6d                	bnez	a2,80402a94 <memcpy+0x4>
80402aa4:	8082                	ret

80402aa6 <memset>:
80402aa6:	832a                	mv	t1,a0
80402aa8:	c611                	beqz	a2,80402ab4 <memset+0xe>
80402aaa:	00b30023          	sb	a1,0(t1)
80402aae:	167d                	add	a2,a2,-1
80402ab0:	0305                	add	t1,t1,1
80402ab2:	fe65                	bnez	a2,80402aaa <memset+0x4>
80402ab4:	8082                	ret

80402ab6 <strcmp>:
80402ab6:	00054603          	lbu	a2,0(a0)
80402aba:	0005c683          	lbu	a3,0(a1)
80402abe:	0505                	add	a0,a0,1
80402ac0:	0585                	add	a1,a1,1
80402ac2:	00d61363          	bne	a2,a3,80402ac8 <strcmp+0x12>
80402ac6:	fa65                	bnez	a2,80402ab6 <strcmp>
80402ac8:	40d60533          	sub	a0,a2,a3
80402acc:	8082                	ret

80402ace <printf>:
80402ace:	7139                	add	sp,sp,-64
80402ad0:	da3e                	sw	a5,52(sp)
80402ad2:	804077b7          	lui	a5,0x80407
80402ad6:	d22e                	sw	a1,36(sp)
80402ad8:	85aa                	mv	a1,a0
80402ada:	e1c7a503          	lw	a0,-484(a5) # 80406e1c <stdout>
80402ade:	d432                	sw	a2,40(sp)
80402ae0:	1050                	add	a2,sp,36
80402ae2:	ce06                	sw	ra,28(sp)
80402ae4:	d636                	sw	a3,44(sp)
80402ae6:	d83a                	sw	a4,48(sp)
80402ae8:	dc42                	sw	a6,56(sp)
80402aea:	de46                	sw	a7,60(sp)
80402aec:	c632                	sw	a2,12(sp)
80402aee:	00000097          	auipc	ra,0x0
80402af2:	338080e7          	jalr	824(ra) # 80402e26 <__d_vfprintf>
80402af6:	40f2                	lw	ra,28(sp)
80402af8:	6121                	add	sp,sp,64
80402afa:	8082                	ret

80402afc <strtoul>:
80402afc:	02400793          	li	a5,36
80402b00:	882a                	mv	a6,a0
80402b02:	00c7e563          	bltu	a5,a2,80402b0c <strtoul+0x10>
80402b06:	4785                	li	a5,1
80402b08:	00f61e63          	bne	a2,a5,80402b24 <strtoul+0x28>
80402b0c:	000007b7          	lui	a5,0x0
80402b10:	004787b3          	add	a5,a5,tp
80402b14:	4759                	li	a4,22
80402b16:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402b1a:	c199                	beqz	a1,80402b20 <strtoul+0x24>
80402b1c:	0105a023          	sw	a6,0(a1)
80402b20:	4501                	li	a0,0
80402b22:	8082                	ret
80402b24:	0ff67893          	zext.b	a7,a2
80402b28:	4e11                	li	t3,4
80402b2a:	02000313          	li	t1,32
80402b2e:	00054783          	lbu	a5,0(a0)
80402b32:	00150713          	add	a4,a0,1
80402b36:	ff778693          	add	a3,a5,-9
80402b3a:	0ff6f693          	zext.b	a3,a3
80402b3e:	08de7c63          	bgeu	t3,a3,80402bd6 <strtoul+0xda>
80402b42:	08678a63          	beq	a5,t1,80402bd6 <strtoul+0xda>
80402b46:	02b00693          	li	a3,43
80402b4a:	08d78863          	beq	a5,a3,80402bda <strtoul+0xde>
80402b4e:	02d00313          	li	t1,45
80402b52:	4681                	li	a3,0
80402b54:	00679763          	bne	a5,t1,80402b62 <strtoul+0x66>
80402b58:	4685                	li	a3,1
80402b5a:	00154783          	lbu	a5,1(a0)
80402b5e:	00250713          	add	a4,a0,2
80402b62:	03000513          	li	a0,48
80402b66:	06a79f63          	bne	a5,a0,80402be4 <strtoul+0xe8>
80402b6a:	00074503          	lbu	a0,0(a4) # 1000000 <errno+0x1000000>
80402b6e:	07800313          	li	t1,120
80402b72:	02056513          	or	a0,a0,32
80402b76:	06651463          	bne	a0,t1,80402bde <strtoul+0xe2>
80402b7a:	c601                	beqz	a2,80402b82 <strtoul+0x86>
80402b7c:	4641                	li	a2,16
80402b7e:	00c89763          	bne	a7,a2,80402b8c <strtoul+0x90>
80402b82:	00174783          	lbu	a5,1(a4)
80402b86:	883a                	mv	a6,a4
80402b88:	48c1                	li	a7,16
80402b8a:	0709                	add	a4,a4,2
80402b8c:	4501                	li	a0,0
80402b8e:	03900613          	li	a2,57
80402b92:	00f67963          	bgeu	a2,a5,80402ba4 <strtoul+0xa8>
80402b96:	17fd                	add	a5,a5,-1
80402b98:	0207e793          	or	a5,a5,32
80402b9c:	fda78793          	add	a5,a5,-38
80402ba0:	0ff7f793          	zext.b	a5,a5
80402ba4:	fd078793          	add	a5,a5,-48
80402ba8:	0ff7f793          	zext.b	a5,a5
80402bac:	0317ff63          	bgeu	a5,a7,80402bea <strtoul+0xee>
80402bb0:	03153833          	mulhu	a6,a0,a7
80402bb4:	03150533          	mul	a0,a0,a7
80402bb8:	00081863          	bnez	a6,80402bc8 <strtoul+0xcc>
80402bbc:	97aa                	add	a5,a5,a0
80402bbe:	00a7b833          	sltu	a6,a5,a0
80402bc2:	853e                	mv	a0,a5
80402bc4:	00080463          	beqz	a6,80402bcc <strtoul+0xd0>
80402bc8:	0026e693          	or	a3,a3,2
80402bcc:	00074783          	lbu	a5,0(a4)
80402bd0:	883a                	mv	a6,a4
80402bd2:	0705                	add	a4,a4,1
80402bd4:	bf7d                	j	80402b92 <strtoul+0x96>
80402bd6:	853a                	mv	a0,a4
80402bd8:	bf99                	j	80402b2e <strtoul+0x32>
80402bda:	4681                	li	a3,0
80402bdc:	bfbd                	j	80402b5a <strtoul+0x5e>
80402bde:	f65d                	bnez	a2,80402b8c <strtoul+0x90>
80402be0:	48a1                	li	a7,8
80402be2:	b76d                	j	80402b8c <strtoul+0x90>
80402be4:	f645                	bnez	a2,80402b8c <strtoul+0x90>
80402be6:	48a9                	li	a7,10
80402be8:	b755                	j	80402b8c <strtoul+0x90>
80402bea:	0016f793          	and	a5,a3,1
80402bee:	c399                	beqz	a5,80402bf4 <strtoul+0xf8>
80402bf0:	40a00533          	neg	a0,a0
80402bf4:	8a89                	and	a3,a3,2
80402bf6:	ca91                	beqz	a3,80402c0a <strtoul+0x10e>
80402bf8:	000007b7          	lui	a5,0x0
80402bfc:	004787b3          	add	a5,a5,tp
80402c00:	02200713          	li	a4,34
80402c04:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402c08:	557d                	li	a0,-1
80402c0a:	c199                	beqz	a1,80402c10 <strtoul+0x114>
80402c0c:	0105a023          	sw	a6,0(a1)
80402c10:	8082                	ret

80402c12 <__ultoa_invert>:
80402c12:	00000317          	auipc	t1,0x0
80402c16:	e26302e7          	jalr	t0,-474(t1) # 80402a38 <__riscv_save_10>
80402c1a:	2006f793          	and	a5,a3,512
80402c1e:	89aa                	mv	s3,a0
80402c20:	8a2e                	mv	s4,a1
80402c22:	8932                	mv	s2,a2
80402c24:	84b6                	mv	s1,a3
80402c26:	02700b13          	li	s6,39
80402c2a:	c781                	beqz	a5,80402c32 <__ultoa_invert+0x20>
80402c2c:	dff6f493          	and	s1,a3,-513
80402c30:	4b1d                	li	s6,7
80402c32:	41f4da93          	sra	s5,s1,0x1f
80402c36:	4ca5                	li	s9,9
80402c38:	8626                	mv	a2,s1
80402c3a:	86d6                	mv	a3,s5
80402c3c:	854e                	mv	a0,s3
80402c3e:	85d2                	mv	a1,s4
80402c40:	00000097          	auipc	ra,0x0
80402c44:	ac8080e7          	jalr	-1336(ra) # 80402708 <__umoddi3>
80402c48:	85d2                	mv	a1,s4
80402c4a:	0ff57413          	zext.b	s0,a0
80402c4e:	8626                	mv	a2,s1
80402c50:	854e                	mv	a0,s3
80402c52:	86d6                	mv	a3,s5
80402c54:	fffff097          	auipc	ra,0xfffff
80402c58:	756080e7          	jalr	1878(ra) # 804023aa <__udivdi3>
80402c5c:	8c4e                	mv	s8,s3
80402c5e:	8bd2                	mv	s7,s4
80402c60:	89aa                	mv	s3,a0
80402c62:	8a2e                	mv	s4,a1
80402c64:	008cf563          	bgeu	s9,s0,80402c6e <__ultoa_invert+0x5c>
80402c68:	945a                	add	s0,s0,s6
80402c6a:	0ff47413          	zext.b	s0,s0
80402c6e:	0905                	add	s2,s2,1
80402c70:	03040413          	add	s0,s0,48
80402c74:	fe890fa3          	sb	s0,-1(s2)
80402c78:	015be663          	bltu	s7,s5,80402c84 <__ultoa_invert+0x72>
80402c7c:	fb7a9ee3          	bne	s5,s7,80402c38 <__ultoa_invert+0x26>
80402c80:	fa9c7ce3          	bgeu	s8,s1,80402c38 <__ultoa_invert+0x26>
80402c84:	854a                	mv	a0,s2
80402c86:	00000317          	auipc	t1,0x0
80402c8a:	dea30067          	jr	-534(t1) # 80402a70 <__riscv_restore_10>

80402c8e <skip_to_arg>:
80402c8e:	00000317          	auipc	t1,0x0
80402c92:	daa302e7          	jalr	t0,-598(t1) # 80402a38 <__riscv_save_10>
80402c96:	4305                	li	t1,1
80402c98:	02500f13          	li	t5,37
80402c9c:	88aa                	mv	a7,a0
80402c9e:	00c34663          	blt	t1,a2,80402caa <skip_to_arg+0x1c>
80402ca2:	00000317          	auipc	t1,0x0
80402ca6:	dce30067          	jr	-562(t1) # 80402a70 <__riscv_restore_10>
80402caa:	87c6                	mv	a5,a7
80402cac:	88be                	mv	a7,a5
80402cae:	0007c703          	lbu	a4,0(a5)
80402cb2:	0785                	add	a5,a5,1
80402cb4:	d77d                	beqz	a4,80402ca2 <skip_to_arg+0x14>
80402cb6:	ffe71be3          	bne	a4,t5,80402cac <skip_to_arg+0x1e>
80402cba:	0007c703          	lbu	a4,0(a5)
80402cbe:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80402cc0:	ffe705e3          	beq	a4,t5,80402caa <skip_to_arg+0x1c>
80402cc4:	6ecd                	lui	t4,0x13
80402cc6:	4681                	li	a3,0
80402cc8:	4e01                	li	t3,0
80402cca:	4781                	li	a5,0
80402ccc:	42fd                	li	t0,31
80402cce:	06c00f93          	li	t6,108
80402cd2:	07400393          	li	t2,116
80402cd6:	07a00413          	li	s0,122
80402cda:	06800493          	li	s1,104
80402cde:	06a00913          	li	s2,106
80402ce2:	04c00993          	li	s3,76
80402ce6:	4a25                	li	s4,9
80402ce8:	02400a93          	li	s5,36
80402cec:	07f00b13          	li	s6,127
80402cf0:	4bc1                	li	s7,16
80402cf2:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80402cf6:	04f2e263          	bltu	t0,a5,80402d3a <skip_to_arg+0xac>
80402cfa:	fe070813          	add	a6,a4,-32
80402cfe:	0ff87813          	zext.b	a6,a6
80402d02:	030bf163          	bgeu	s7,a6,80402d24 <skip_to_arg+0x96>
80402d06:	fd070813          	add	a6,a4,-48
80402d0a:	0ff87813          	zext.b	a6,a6
80402d0e:	4c25                	li	s8,9
80402d10:	050c6563          	bltu	s8,a6,80402d5a <skip_to_arg+0xcc>
80402d14:	47a9                	li	a5,10
80402d16:	02f687b3          	mul	a5,a3,a5
80402d1a:	00f806b3          	add	a3,a6,a5
80402d1e:	02000793          	li	a5,32
80402d22:	a039                	j	80402d30 <skip_to_arg+0xa2>
80402d24:	010ed833          	srl	a6,t4,a6
80402d28:	00187813          	and	a6,a6,1
80402d2c:	00080963          	beqz	a6,80402d3e <skip_to_arg+0xb0>
80402d30:	0008c703          	lbu	a4,0(a7)
80402d34:	0885                	add	a7,a7,1
80402d36:	f361                	bnez	a4,80402cf6 <skip_to_arg+0x68>
80402d38:	a8b1                	j	80402d94 <skip_to_arg+0x106>
80402d3a:	04fb6363          	bltu	s6,a5,80402d80 <skip_to_arg+0xf2>
80402d3e:	fd070813          	add	a6,a4,-48
80402d42:	0ff87813          	zext.b	a6,a6
80402d46:	fd0a77e3          	bgeu	s4,a6,80402d14 <skip_to_arg+0x86>
80402d4a:	03571563          	bne	a4,s5,80402d74 <skip_to_arg+0xe6>
80402d4e:	0a0e0063          	beqz	t3,80402dee <skip_to_arg+0x160>
80402d52:	0a668063          	beq	a3,t1,80402df2 <skip_to_arg+0x164>
80402d56:	4681                	li	a3,0
80402d58:	bfe1                	j	80402d30 <skip_to_arg+0xa2>
80402d5a:	0fb77813          	and	a6,a4,251
80402d5e:	02a00c13          	li	s8,42
80402d62:	ff880ae3          	beq	a6,s8,80402d56 <skip_to_arg+0xc8>
80402d66:	06c00813          	li	a6,108
80402d6a:	01071d63          	bne	a4,a6,80402d84 <skip_to_arg+0xf6>
80402d6e:	0807e793          	or	a5,a5,128
80402d72:	bf7d                	j	80402d30 <skip_to_arg+0xa2>
80402d74:	0fb77813          	and	a6,a4,251
80402d78:	02a00c13          	li	s8,42
80402d7c:	fd880de3          	beq	a6,s8,80402d56 <skip_to_arg+0xc8>
80402d80:	05f70663          	beq	a4,t6,80402dcc <skip_to_arg+0x13e>
80402d84:	02efef63          	bltu	t6,a4,80402dc2 <skip_to_arg+0x134>
80402d88:	04970863          	beq	a4,s1,80402dd8 <skip_to_arg+0x14a>
80402d8c:	05270e63          	beq	a4,s2,80402de8 <skip_to_arg+0x15a>
80402d90:	05370c63          	beq	a4,s3,80402de8 <skip_to_arg+0x15a>
80402d94:	f00e07e3          	beqz	t3,80402ca2 <skip_to_arg+0x14>
80402d98:	f06e13e3          	bne	t3,t1,80402c9e <skip_to_arg+0x10>
80402d9c:	02076893          	or	a7,a4,32
80402da0:	f9b88813          	add	a6,a7,-101
80402da4:	0ff87813          	zext.b	a6,a6
80402da8:	4e09                	li	t3,2
80402daa:	4194                	lw	a3,0(a1)
80402dac:	010e7663          	bgeu	t3,a6,80402db8 <skip_to_arg+0x12a>
80402db0:	06100813          	li	a6,97
80402db4:	05089263          	bne	a7,a6,80402df8 <skip_to_arg+0x16a>
80402db8:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80402dba:	9ae1                	and	a3,a3,-8
80402dbc:	00868713          	add	a4,a3,8
80402dc0:	a091                	j	80402e04 <skip_to_arg+0x176>
80402dc2:	f67707e3          	beq	a4,t2,80402d30 <skip_to_arg+0xa2>
80402dc6:	f68705e3          	beq	a4,s0,80402d30 <skip_to_arg+0xa2>
80402dca:	b7e9                	j	80402d94 <skip_to_arg+0x106>
80402dcc:	0807f713          	and	a4,a5,128
80402dd0:	df59                	beqz	a4,80402d6e <skip_to_arg+0xe0>
80402dd2:	2007e793          	or	a5,a5,512
80402dd6:	bf61                	j	80402d6e <skip_to_arg+0xe0>
80402dd8:	1007f713          	and	a4,a5,256
80402ddc:	c319                	beqz	a4,80402de2 <skip_to_arg+0x154>
80402dde:	2007e793          	or	a5,a5,512
80402de2:	1007e793          	or	a5,a5,256
80402de6:	b7a9                	j	80402d30 <skip_to_arg+0xa2>
80402de8:	2807e793          	or	a5,a5,640
80402dec:	b791                	j	80402d30 <skip_to_arg+0xa2>
80402dee:	8e36                	mv	t3,a3
80402df0:	b79d                	j	80402d56 <skip_to_arg+0xc8>
80402df2:	06300713          	li	a4,99
80402df6:	b75d                	j	80402d9c <skip_to_arg+0x10e>
80402df8:	06300813          	li	a6,99
80402dfc:	01071763          	bne	a4,a6,80402e0a <skip_to_arg+0x17c>
80402e00:	00468713          	add	a4,a3,4
80402e04:	c198                	sw	a4,0(a1)
80402e06:	0305                	add	t1,t1,1
80402e08:	bd51                	j	80402c9c <skip_to_arg+0xe>
80402e0a:	07300813          	li	a6,115
80402e0e:	ff0709e3          	beq	a4,a6,80402e00 <skip_to_arg+0x172>
80402e12:	0807f813          	and	a6,a5,128
80402e16:	00468713          	add	a4,a3,4
80402e1a:	fe0805e3          	beqz	a6,80402e04 <skip_to_arg+0x176>
80402e1e:	2007f793          	and	a5,a5,512
80402e22:	d3ed                	beqz	a5,80402e04 <skip_to_arg+0x176>
80402e24:	bf51                	j	80402db8 <skip_to_arg+0x12a>

80402e26 <__d_vfprintf>:
80402e26:	00000317          	auipc	t1,0x0
80402e2a:	c0a302e7          	jalr	t0,-1014(t1) # 80402a30 <__riscv_save_12>
80402e2e:	00454783          	lbu	a5,4(a0)
80402e32:	7139                	add	sp,sp,-64
80402e34:	c02a                	sw	a0,0(sp)
80402e36:	c42e                	sw	a1,8(sp)
80402e38:	c632                	sw	a2,12(sp)
80402e3a:	8b89                	and	a5,a5,2
80402e3c:	00852a03          	lw	s4,8(a0)
80402e40:	c785                	beqz	a5,80402e68 <__d_vfprintf+0x42>
80402e42:	d232                	sw	a2,36(sp)
80402e44:	87ae                	mv	a5,a1
80402e46:	4401                	li	s0,0
80402e48:	0007c903          	lbu	s2,0(a5)
80402e4c:	00090f63          	beqz	s2,80402e6a <__d_vfprintf+0x44>
80402e50:	02500713          	li	a4,37
80402e54:	02e90163          	beq	s2,a4,80402e76 <__d_vfprintf+0x50>
80402e58:	0785                	add	a5,a5,1
80402e5a:	c23e                	sw	a5,4(sp)
80402e5c:	4582                	lw	a1,0(sp)
80402e5e:	854a                	mv	a0,s2
80402e60:	0405                	add	s0,s0,1
80402e62:	9a02                	jalr	s4
80402e64:	2a0557e3          	bgez	a0,80403912 <__d_vfprintf+0xaec>
80402e68:	547d                	li	s0,-1
80402e6a:	8522                	mv	a0,s0
80402e6c:	6121                	add	sp,sp,64
80402e6e:	00000317          	auipc	t1,0x0
80402e72:	bfe30067          	jr	-1026(t1) # 80402a6c <__riscv_restore_12>
80402e76:	0017c903          	lbu	s2,1(a5)
80402e7a:	00278713          	add	a4,a5,2
80402e7e:	c23a                	sw	a4,4(sp)
80402e80:	02500793          	li	a5,37
80402e84:	fcf90ce3          	beq	s2,a5,80402e5c <__d_vfprintf+0x36>
80402e88:	804064b7          	lui	s1,0x80406
80402e8c:	4a81                	li	s5,0
80402e8e:	4d01                	li	s10,0
80402e90:	4b01                	li	s6,0
80402e92:	4d81                	li	s11,0
80402e94:	06c00993          	li	s3,108
80402e98:	07400b93          	li	s7,116
80402e9c:	07a00c13          	li	s8,122
80402ea0:	06800c93          	li	s9,104
80402ea4:	67848493          	add	s1,s1,1656 # 80406678 <msg.0+0x1c>
80402ea8:	47fd                	li	a5,31
80402eaa:	07b7e163          	bltu	a5,s11,80402f0c <__d_vfprintf+0xe6>
80402eae:	fe090793          	add	a5,s2,-32
80402eb2:	0ff7f793          	zext.b	a5,a5
80402eb6:	4741                	li	a4,16
80402eb8:	00f76663          	bltu	a4,a5,80402ec4 <__d_vfprintf+0x9e>
80402ebc:	078a                	sll	a5,a5,0x2
80402ebe:	97a6                	add	a5,a5,s1
80402ec0:	439c                	lw	a5,0(a5)
80402ec2:	8782                	jr	a5
80402ec4:	fd090793          	add	a5,s2,-48
80402ec8:	0ff7f793          	zext.b	a5,a5
80402ecc:	4725                	li	a4,9
80402ece:	06f76463          	bltu	a4,a5,80402f36 <__d_vfprintf+0x110>
80402ed2:	46a9                	li	a3,10
80402ed4:	02db06b3          	mul	a3,s6,a3
80402ed8:	00f68b33          	add	s6,a3,a5
80402edc:	020ded93          	or	s11,s11,32
80402ee0:	a019                	j	80402ee6 <__d_vfprintf+0xc0>
80402ee2:	001ded93          	or	s11,s11,1
80402ee6:	4792                	lw	a5,4(sp)
80402ee8:	0007c903          	lbu	s2,0(a5)
80402eec:	0785                	add	a5,a5,1
80402eee:	c23e                	sw	a5,4(sp)
80402ef0:	fa091ce3          	bnez	s2,80402ea8 <__d_vfprintf+0x82>
80402ef4:	a8cd                	j	80402fe6 <__d_vfprintf+0x1c0>
80402ef6:	002ded93          	or	s11,s11,2
80402efa:	004ded93          	or	s11,s11,4
80402efe:	b7e5                	j	80402ee6 <__d_vfprintf+0xc0>
80402f00:	008ded93          	or	s11,s11,8
80402f04:	b7cd                	j	80402ee6 <__d_vfprintf+0xc0>
80402f06:	010ded93          	or	s11,s11,16
80402f0a:	bff1                	j	80402ee6 <__d_vfprintf+0xc0>
80402f0c:	07f00793          	li	a5,127
80402f10:	0bb7ed63          	bltu	a5,s11,80402fca <__d_vfprintf+0x1a4>
80402f14:	fd090693          	add	a3,s2,-48
80402f18:	0ff6f693          	zext.b	a3,a3
80402f1c:	47a5                	li	a5,9
80402f1e:	00d7ec63          	bltu	a5,a3,80402f36 <__d_vfprintf+0x110>
80402f22:	040df613          	and	a2,s11,64
80402f26:	87b6                	mv	a5,a3
80402f28:	d64d                	beqz	a2,80402ed2 <__d_vfprintf+0xac>
80402f2a:	47a9                	li	a5,10
80402f2c:	02fd07b3          	mul	a5,s10,a5
80402f30:	00d78d33          	add	s10,a5,a3
80402f34:	bf4d                	j	80402ee6 <__d_vfprintf+0xc0>
80402f36:	02a00793          	li	a5,42
80402f3a:	02f91663          	bne	s2,a5,80402f66 <__d_vfprintf+0x140>
80402f3e:	fa0a94e3          	bnez	s5,80402ee6 <__d_vfprintf+0xc0>
80402f42:	5692                	lw	a3,36(sp)
80402f44:	040df793          	and	a5,s11,64
80402f48:	00468613          	add	a2,a3,4
80402f4c:	4294                	lw	a3,0(a3)
80402f4e:	d232                	sw	a2,36(sp)
80402f50:	c399                	beqz	a5,80402f56 <__d_vfprintf+0x130>
80402f52:	8d36                	mv	s10,a3
80402f54:	bf49                	j	80402ee6 <__d_vfprintf+0xc0>
80402f56:	8b36                	mv	s6,a3
80402f58:	f806d2e3          	bgez	a3,80402edc <__d_vfprintf+0xb6>
80402f5c:	40d00b33          	neg	s6,a3
80402f60:	028ded93          	or	s11,s11,40
80402f64:	b749                	j	80402ee6 <__d_vfprintf+0xc0>
80402f66:	02e00793          	li	a5,46
80402f6a:	00f91963          	bne	s2,a5,80402f7c <__d_vfprintf+0x156>
80402f6e:	040df793          	and	a5,s11,64
80402f72:	ee079ce3          	bnez	a5,80402e6a <__d_vfprintf+0x44>
80402f76:	040ded93          	or	s11,s11,64
80402f7a:	b7b5                	j	80402ee6 <__d_vfprintf+0xc0>
80402f7c:	02400793          	li	a5,36
80402f80:	04f91563          	bne	s2,a5,80402fca <__d_vfprintf+0x1a4>
80402f84:	140a8363          	beqz	s5,804030ca <__d_vfprintf+0x2a4>
80402f88:	47b2                	lw	a5,12(sp)
80402f8a:	d23e                	sw	a5,36(sp)
80402f8c:	040df793          	and	a5,s11,64
80402f90:	ef99                	bnez	a5,80402fae <__d_vfprintf+0x188>
80402f92:	4522                	lw	a0,8(sp)
80402f94:	865a                	mv	a2,s6
80402f96:	104c                	add	a1,sp,36
80402f98:	00000097          	auipc	ra,0x0
80402f9c:	cf6080e7          	jalr	-778(ra) # 80402c8e <skip_to_arg>
80402fa0:	5792                	lw	a5,36(sp)
80402fa2:	00478693          	add	a3,a5,4
80402fa6:	0007ab03          	lw	s6,0(a5)
80402faa:	d236                	sw	a3,36(sp)
80402fac:	bf2d                	j	80402ee6 <__d_vfprintf+0xc0>
80402fae:	4522                	lw	a0,8(sp)
80402fb0:	866a                	mv	a2,s10
80402fb2:	104c                	add	a1,sp,36
80402fb4:	00000097          	auipc	ra,0x0
80402fb8:	cda080e7          	jalr	-806(ra) # 80402c8e <skip_to_arg>
80402fbc:	5792                	lw	a5,36(sp)
80402fbe:	00478693          	add	a3,a5,4
80402fc2:	0007ad03          	lw	s10,0(a5)
80402fc6:	d236                	sw	a3,36(sp)
80402fc8:	bf39                	j	80402ee6 <__d_vfprintf+0xc0>
80402fca:	0d390d63          	beq	s2,s3,804030a4 <__d_vfprintf+0x27e>
80402fce:	0d29e663          	bltu	s3,s2,8040309a <__d_vfprintf+0x274>
80402fd2:	0f990163          	beq	s2,s9,804030b4 <__d_vfprintf+0x28e>
80402fd6:	06a00793          	li	a5,106
80402fda:	0ef90563          	beq	s2,a5,804030c4 <__d_vfprintf+0x29e>
80402fde:	04c00793          	li	a5,76
80402fe2:	0ef90163          	beq	s2,a5,804030c4 <__d_vfprintf+0x29e>
80402fe6:	000a8b63          	beqz	s5,80402ffc <__d_vfprintf+0x1d6>
80402fea:	47b2                	lw	a5,12(sp)
80402fec:	4522                	lw	a0,8(sp)
80402fee:	8656                	mv	a2,s5
80402ff0:	104c                	add	a1,sp,36
80402ff2:	d23e                	sw	a5,36(sp)
80402ff4:	00000097          	auipc	ra,0x0
80402ff8:	c9a080e7          	jalr	-870(ra) # 80402c8e <skip_to_arg>
80402ffc:	000d5963          	bgez	s10,8040300e <__d_vfprintf+0x1e8>
80403000:	fbfdf813          	and	a6,s11,-65
80403004:	01081d93          	sll	s11,a6,0x10
80403008:	010ddd93          	srl	s11,s11,0x10
8040300c:	4d01                	li	s10,0
8040300e:	02096c93          	or	s9,s2,32
80403012:	f9bc8793          	add	a5,s9,-101
80403016:	0ff7f793          	zext.b	a5,a5
8040301a:	4709                	li	a4,2
8040301c:	0af77d63          	bgeu	a4,a5,804030d6 <__d_vfprintf+0x2b0>
80403020:	06100793          	li	a5,97
80403024:	6afc9763          	bne	s9,a5,804036d2 <__d_vfprintf+0x8ac>
80403028:	5792                	lw	a5,36(sp)
8040302a:	6a89                	lui	s5,0x2
8040302c:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80403030:	079d                	add	a5,a5,7
80403032:	9be1                	and	a5,a5,-8
80403034:	0047ab83          	lw	s7,4(a5)
80403038:	0007a883          	lw	a7,0(a5)
8040303c:	00878713          	add	a4,a5,8
80403040:	414bd993          	sra	s3,s7,0x14
80403044:	00cb9c13          	sll	s8,s7,0xc
80403048:	7ff9f993          	and	s3,s3,2047
8040304c:	00cc5c93          	srl	s9,s8,0xc
80403050:	015deab3          	or	s5,s11,s5
80403054:	0119e533          	or	a0,s3,a7
80403058:	fff94913          	not	s2,s2
8040305c:	0ac2                	sll	s5,s5,0x10
8040305e:	d23a                	sw	a4,36(sp)
80403060:	019567b3          	or	a5,a0,s9
80403064:	02097913          	and	s2,s2,32
80403068:	010ada93          	srl	s5,s5,0x10
8040306c:	86c6                	mv	a3,a7
8040306e:	8c66                	mv	s8,s9
80403070:	040df813          	and	a6,s11,64
80403074:	01fbdb93          	srl	s7,s7,0x1f
80403078:	efcd                	bnez	a5,80403132 <__d_vfprintf+0x30c>
8040307a:	03000793          	li	a5,48
8040307e:	0ffbfb93          	zext.b	s7,s7
80403082:	02f106a3          	sb	a5,45(sp)
80403086:	03710623          	sb	s7,44(sp)
8040308a:	26080363          	beqz	a6,804032f0 <__d_vfprintf+0x4ca>
8040308e:	47b1                	li	a5,12
80403090:	4981                	li	s3,0
80403092:	0da7d463          	bge	a5,s10,8040315a <__d_vfprintf+0x334>
80403096:	4d35                	li	s10,13
80403098:	aab5                	j	80403214 <__d_vfprintf+0x3ee>
8040309a:	e57906e3          	beq	s2,s7,80402ee6 <__d_vfprintf+0xc0>
8040309e:	e58904e3          	beq	s2,s8,80402ee6 <__d_vfprintf+0xc0>
804030a2:	b791                	j	80402fe6 <__d_vfprintf+0x1c0>
804030a4:	080df793          	and	a5,s11,128
804030a8:	c399                	beqz	a5,804030ae <__d_vfprintf+0x288>
804030aa:	200ded93          	or	s11,s11,512
804030ae:	080ded93          	or	s11,s11,128
804030b2:	bd15                	j	80402ee6 <__d_vfprintf+0xc0>
804030b4:	100df793          	and	a5,s11,256
804030b8:	c399                	beqz	a5,804030be <__d_vfprintf+0x298>
804030ba:	200ded93          	or	s11,s11,512
804030be:	100ded93          	or	s11,s11,256
804030c2:	b515                	j	80402ee6 <__d_vfprintf+0xc0>
804030c4:	280ded93          	or	s11,s11,640
804030c8:	bd39                	j	80402ee6 <__d_vfprintf+0xc0>
804030ca:	875a                	mv	a4,s6
804030cc:	4d01                	li	s10,0
804030ce:	4b01                	li	s6,0
804030d0:	8aba                	mv	s5,a4
804030d2:	4d81                	li	s11,0
804030d4:	bd09                	j	80402ee6 <__d_vfprintf+0xc0>
804030d6:	5792                	lw	a5,36(sp)
804030d8:	fff94913          	not	s2,s2
804030dc:	02097913          	and	s2,s2,32
804030e0:	079d                	add	a5,a5,7
804030e2:	9be1                	and	a5,a5,-8
804030e4:	00878713          	add	a4,a5,8
804030e8:	4388                	lw	a0,0(a5)
804030ea:	43cc                	lw	a1,4(a5)
804030ec:	d23a                	sw	a4,36(sp)
804030ee:	040df793          	and	a5,s11,64
804030f2:	22078363          	beqz	a5,80403318 <__d_vfprintf+0x4f2>
804030f6:	06500793          	li	a5,101
804030fa:	22fc9163          	bne	s9,a5,8040331c <__d_vfprintf+0x4f6>
804030fe:	6785                	lui	a5,0x1
80403100:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fb9e2a1>
80403104:	00fdedb3          	or	s11,s11,a5
80403108:	0ff67613          	zext.b	a2,a2
8040310c:	4701                	li	a4,0
8040310e:	4781                	li	a5,0
80403110:	4345                	li	t1,17
80403112:	0ff67693          	zext.b	a3,a2
80403116:	00c37363          	bgeu	t1,a2,8040311c <__d_vfprintf+0x2f6>
8040311a:	46c5                	li	a3,17
8040311c:	1030                	add	a2,sp,40
8040311e:	00001097          	auipc	ra,0x1
80403122:	bbe080e7          	jalr	-1090(ra) # 80403cdc <__dtoa_engine>
80403126:	0ff57b93          	zext.b	s7,a0
8040312a:	59a2                	lw	s3,40(sp)
8040312c:	8aee                	mv	s5,s11
8040312e:	4c09                	li	s8,2
80403130:	aa21                	j	80403248 <__d_vfprintf+0x422>
80403132:	03100793          	li	a5,49
80403136:	00099563          	bnez	s3,80403140 <__d_vfprintf+0x31a>
8040313a:	03000793          	li	a5,48
8040313e:	4985                	li	s3,1
80403140:	0ffbfb93          	zext.b	s7,s7
80403144:	02f106a3          	sb	a5,45(sp)
80403148:	03710623          	sb	s7,44(sp)
8040314c:	c0198993          	add	s3,s3,-1023
80403150:	18080763          	beqz	a6,804032de <__d_vfprintf+0x4b8>
80403154:	47b1                	li	a5,12
80403156:	19a7c663          	blt	a5,s10,804032e2 <__d_vfprintf+0x4bc>
8040315a:	4335                	li	t1,13
8040315c:	41a30333          	sub	t1,t1,s10
80403160:	00231d93          	sll	s11,t1,0x2
80403164:	fffd8613          	add	a2,s11,-1
80403168:	4505                	li	a0,1
8040316a:	4581                	li	a1,0
8040316c:	ca46                	sw	a7,20(sp)
8040316e:	c836                	sw	a3,16(sp)
80403170:	fffff097          	auipc	ra,0xfffff
80403174:	1ac080e7          	jalr	428(ra) # 8040231c <__ashldi3>
80403178:	84aa                	mv	s1,a0
8040317a:	872e                	mv	a4,a1
8040317c:	00171793          	sll	a5,a4,0x1
80403180:	85aa                	mv	a1,a0
80403182:	01f4d513          	srl	a0,s1,0x1f
80403186:	00149e13          	sll	t3,s1,0x1
8040318a:	8fc9                	or	a5,a5,a0
8040318c:	40f00c33          	neg	s8,a5
80403190:	01c03533          	snez	a0,t3
80403194:	48d2                	lw	a7,20(sp)
80403196:	41c00833          	neg	a6,t3
8040319a:	40ac0c33          	sub	s8,s8,a0
8040319e:	fffe0513          	add	a0,t3,-1
804031a2:	001e3e13          	seqz	t3,t3
804031a6:	41c787b3          	sub	a5,a5,t3
804031aa:	0197f7b3          	and	a5,a5,s9
804031ae:	01157533          	and	a0,a0,a7
804031b2:	02f74863          	blt	a4,a5,804031e2 <__d_vfprintf+0x3bc>
804031b6:	46c2                	lw	a3,16(sp)
804031b8:	00e79463          	bne	a5,a4,804031c0 <__d_vfprintf+0x39a>
804031bc:	02a5e363          	bltu	a1,a0,804031e2 <__d_vfprintf+0x3bc>
804031c0:	8546                	mv	a0,a7
804031c2:	866e                	mv	a2,s11
804031c4:	85e6                	mv	a1,s9
804031c6:	ce3a                	sw	a4,28(sp)
804031c8:	cc42                	sw	a6,24(sp)
804031ca:	ca36                	sw	a3,20(sp)
804031cc:	c846                	sw	a7,16(sp)
804031ce:	fffff097          	auipc	ra,0xfffff
804031d2:	176080e7          	jalr	374(ra) # 80402344 <__ashrdi3>
804031d6:	8905                	and	a0,a0,1
804031d8:	48c2                	lw	a7,16(sp)
804031da:	46d2                	lw	a3,20(sp)
804031dc:	4862                	lw	a6,24(sp)
804031de:	4772                	lw	a4,28(sp)
804031e0:	c94d                	beqz	a0,80403292 <__d_vfprintf+0x46c>
804031e2:	00988533          	add	a0,a7,s1
804031e6:	01153db3          	sltu	s11,a0,a7
804031ea:	9766                	add	a4,a4,s9
804031ec:	00ed8cb3          	add	s9,s11,a4
804031f0:	001007b7          	lui	a5,0x100
804031f4:	86aa                	mv	a3,a0
804031f6:	08fcce63          	blt	s9,a5,80403292 <__d_vfprintf+0x46c>
804031fa:	02d14783          	lbu	a5,45(sp)
804031fe:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80403200:	02f106a3          	sb	a5,45(sp)
80403204:	40000793          	li	a5,1024
80403208:	0af98163          	beq	s3,a5,804032aa <__d_vfprintf+0x484>
8040320c:	00a87533          	and	a0,a6,a0
80403210:	019c7c33          	and	s8,s8,s9
80403214:	05700613          	li	a2,87
80403218:	1034                	add	a3,sp,40
8040321a:	4735                	li	a4,13
8040321c:	45a5                	li	a1,9
8040321e:	41260633          	sub	a2,a2,s2
80403222:	01cc1813          	sll	a6,s8,0x1c
80403226:	00f57793          	and	a5,a0,15
8040322a:	8111                	srl	a0,a0,0x4
8040322c:	00a86533          	or	a0,a6,a0
80403230:	404c5c13          	sra	s8,s8,0x4
80403234:	e7e1                	bnez	a5,804032fc <__d_vfprintf+0x4d6>
80403236:	0ced5563          	bge	s10,a4,80403300 <__d_vfprintf+0x4da>
8040323a:	177d                	add	a4,a4,-1
8040323c:	16fd                	add	a3,a3,-1
8040323e:	f375                	bnez	a4,80403222 <__d_vfprintf+0x3fc>
80403240:	4c05                	li	s8,1
80403242:	4bb9                	li	s7,14
80403244:	07000c93          	li	s9,112
80403248:	00998713          	add	a4,s3,9
8040324c:	46c9                	li	a3,18
8040324e:	87ce                	mv	a5,s3
80403250:	06e6e863          	bltu	a3,a4,804032c0 <__d_vfprintf+0x49a>
80403254:	02c14703          	lbu	a4,44(sp)
80403258:	00177d93          	and	s11,a4,1
8040325c:	8b31                	and	a4,a4,12
8040325e:	120d9a63          	bnez	s11,80403392 <__d_vfprintf+0x56c>
80403262:	002af793          	and	a5,s5,2
80403266:	12079263          	bnez	a5,8040338a <__d_vfprintf+0x564>
8040326a:	004af793          	and	a5,s5,4
8040326e:	cfe9                	beqz	a5,80403348 <__d_vfprintf+0x522>
80403270:	12071563          	bnez	a4,8040339a <__d_vfprintf+0x574>
80403274:	02000713          	li	a4,32
80403278:	678d                	lui	a5,0x3
8040327a:	00faf7b3          	and	a5,s5,a5
8040327e:	1c079363          	bnez	a5,80403444 <__d_vfprintf+0x61e>
80403282:	000d1363          	bnez	s10,80403288 <__d_vfprintf+0x462>
80403286:	4d05                	li	s10,1
80403288:	103c                	add	a5,sp,40
8040328a:	97de                	add	a5,a5,s7
8040328c:	03000693          	li	a3,48
80403290:	aa9d                	j	80403406 <__d_vfprintf+0x5e0>
80403292:	0106f6b3          	and	a3,a3,a6
80403296:	018cfcb3          	and	s9,s9,s8
8040329a:	40000793          	li	a5,1024
8040329e:	04f99c63          	bne	s3,a5,804032f6 <__d_vfprintf+0x4d0>
804032a2:	0196ecb3          	or	s9,a3,s9
804032a6:	040c8063          	beqz	s9,804032e6 <__d_vfprintf+0x4c0>
804032aa:	008beb93          	or	s7,s7,8
804032ae:	03710623          	sb	s7,44(sp)
804032b2:	40000993          	li	s3,1024
804032b6:	4bb9                	li	s7,14
804032b8:	07000c93          	li	s9,112
804032bc:	40000793          	li	a5,1024
804032c0:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
804032c4:	0c600693          	li	a3,198
804032c8:	4c09                	li	s8,2
804032ca:	f8e6f5e3          	bgeu	a3,a4,80403254 <__d_vfprintf+0x42e>
804032ce:	3e778793          	add	a5,a5,999
804032d2:	7ce00c13          	li	s8,1998
804032d6:	00fc3c33          	sltu	s8,s8,a5
804032da:	0c0d                	add	s8,s8,3
804032dc:	bfa5                	j	80403254 <__d_vfprintf+0x42e>
804032de:	4d01                	li	s10,0
804032e0:	bf6d                	j	8040329a <__d_vfprintf+0x474>
804032e2:	4d35                	li	s10,13
804032e4:	bf5d                	j	8040329a <__d_vfprintf+0x474>
804032e6:	004beb93          	or	s7,s7,4
804032ea:	03710623          	sb	s7,44(sp)
804032ee:	b7e1                	j	804032b6 <__d_vfprintf+0x490>
804032f0:	4981                	li	s3,0
804032f2:	4d01                	li	s10,0
804032f4:	b705                	j	80403214 <__d_vfprintf+0x3ee>
804032f6:	8536                	mv	a0,a3
804032f8:	8c66                	mv	s8,s9
804032fa:	bf29                	j	80403214 <__d_vfprintf+0x3ee>
804032fc:	00f5ea63          	bltu	a1,a5,80403310 <__d_vfprintf+0x4ea>
80403300:	03078793          	add	a5,a5,48
80403304:	00f68923          	sb	a5,18(a3)
80403308:	f2ed59e3          	bge	s10,a4,8040323a <__d_vfprintf+0x414>
8040330c:	8d3a                	mv	s10,a4
8040330e:	b735                	j	8040323a <__d_vfprintf+0x414>
80403310:	97b2                	add	a5,a5,a2
80403312:	0ff7f793          	zext.b	a5,a5
80403316:	b7fd                	j	80403304 <__d_vfprintf+0x4de>
80403318:	4d19                	li	s10,6
8040331a:	bbf1                	j	804030f6 <__d_vfprintf+0x2d0>
8040331c:	06600793          	li	a5,102
80403320:	00fc9963          	bne	s9,a5,80403332 <__d_vfprintf+0x50c>
80403324:	6789                	lui	a5,0x2
80403326:	00fdedb3          	or	s11,s11,a5
8040332a:	4705                	li	a4,1
8040332c:	87ea                	mv	a5,s10
8040332e:	4645                	li	a2,17
80403330:	b3c5                	j	80403110 <__d_vfprintf+0x2ea>
80403332:	0ffd7793          	zext.b	a5,s10
80403336:	0ffd7613          	zext.b	a2,s10
8040333a:	e391                	bnez	a5,8040333e <__d_vfprintf+0x518>
8040333c:	4605                	li	a2,1
8040333e:	4701                	li	a4,0
80403340:	4781                	li	a5,0
80403342:	06500c93          	li	s9,101
80403346:	b3e9                	j	80403110 <__d_vfprintf+0x2ea>
80403348:	db05                	beqz	a4,80403278 <__d_vfprintf+0x452>
8040334a:	478d                	li	a5,3
8040334c:	0967d163          	bge	a5,s6,804033ce <__d_vfprintf+0x5a8>
80403350:	008afa93          	and	s5,s5,8
80403354:	ffdb0493          	add	s1,s6,-3
80403358:	000a9f63          	bnez	s5,80403376 <__d_vfprintf+0x550>
8040335c:	94a2                	add	s1,s1,s0
8040335e:	4582                	lw	a1,0(sp)
80403360:	02000513          	li	a0,32
80403364:	0405                	add	s0,s0,1
80403366:	9a02                	jalr	s4
80403368:	b00540e3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
8040336c:	fe8499e3          	bne	s1,s0,8040335e <__d_vfprintf+0x538>
80403370:	4481                	li	s1,0
80403372:	020d9f63          	bnez	s11,804033b0 <__d_vfprintf+0x58a>
80403376:	02c14783          	lbu	a5,44(sp)
8040337a:	8ba1                	and	a5,a5,8
8040337c:	efad                	bnez	a5,804033f6 <__d_vfprintf+0x5d0>
8040337e:	804079b7          	lui	s3,0x80407
80403382:	b4498993          	add	s3,s3,-1212 # 80406b44 <__clz_tab+0x100>
80403386:	8c22                	mv	s8,s0
80403388:	a8b1                	j	804033e4 <__d_vfprintf+0x5be>
8040338a:	eb15                	bnez	a4,804033be <__d_vfprintf+0x598>
8040338c:	02b00713          	li	a4,43
80403390:	b5e5                	j	80403278 <__d_vfprintf+0x452>
80403392:	eb0d                	bnez	a4,804033c4 <__d_vfprintf+0x59e>
80403394:	02d00713          	li	a4,45
80403398:	b5c5                	j	80403278 <__d_vfprintf+0x452>
8040339a:	02000d93          	li	s11,32
8040339e:	4791                	li	a5,4
804033a0:	0367d563          	bge	a5,s6,804033ca <__d_vfprintf+0x5a4>
804033a4:	008afa93          	and	s5,s5,8
804033a8:	ffcb0493          	add	s1,s6,-4
804033ac:	fa0a88e3          	beqz	s5,8040335c <__d_vfprintf+0x536>
804033b0:	4582                	lw	a1,0(sp)
804033b2:	856e                	mv	a0,s11
804033b4:	0405                	add	s0,s0,1
804033b6:	9a02                	jalr	s4
804033b8:	fa055fe3          	bgez	a0,80403376 <__d_vfprintf+0x550>
804033bc:	b475                	j	80402e68 <__d_vfprintf+0x42>
804033be:	02b00d93          	li	s11,43
804033c2:	bff1                	j	8040339e <__d_vfprintf+0x578>
804033c4:	02d00d93          	li	s11,45
804033c8:	bfd9                	j	8040339e <__d_vfprintf+0x578>
804033ca:	4481                	li	s1,0
804033cc:	b7d5                	j	804033b0 <__d_vfprintf+0x58a>
804033ce:	4481                	li	s1,0
804033d0:	b75d                	j	80403376 <__d_vfprintf+0x550>
804033d2:	4582                	lw	a1,0(sp)
804033d4:	41250533          	sub	a0,a0,s2
804033d8:	0ff57513          	zext.b	a0,a0
804033dc:	0c05                	add	s8,s8,1
804033de:	9a02                	jalr	s4
804033e0:	a80544e3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
804033e4:	408c07b3          	sub	a5,s8,s0
804033e8:	97ce                	add	a5,a5,s3
804033ea:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
804033ee:	f175                	bnez	a0,804033d2 <__d_vfprintf+0x5ac>
804033f0:	8462                	mv	s0,s8
804033f2:	94e2                	add	s1,s1,s8
804033f4:	a535                	j	80403a20 <__d_vfprintf+0xbfa>
804033f6:	804079b7          	lui	s3,0x80407
804033fa:	b4898993          	add	s3,s3,-1208 # 80406b48 <__clz_tab+0x104>
804033fe:	b761                	j	80403386 <__d_vfprintf+0x560>
80403400:	1bfd                	add	s7,s7,-1
80403402:	0ffbfb93          	zext.b	s7,s7
80403406:	000b8763          	beqz	s7,80403414 <__d_vfprintf+0x5ee>
8040340a:	0047c603          	lbu	a2,4(a5)
8040340e:	17fd                	add	a5,a5,-1
80403410:	fed608e3          	beq	a2,a3,80403400 <__d_vfprintf+0x5da>
80403414:	010af693          	and	a3,s5,16
80403418:	87ea                	mv	a5,s10
8040341a:	e291                	bnez	a3,8040341e <__d_vfprintf+0x5f8>
8040341c:	87de                	mv	a5,s7
8040341e:	56f1                	li	a3,-4
80403420:	0ed9cc63          	blt	s3,a3,80403518 <__d_vfprintf+0x6f2>
80403424:	0fa9da63          	bge	s3,s10,80403518 <__d_vfprintf+0x6f2>
80403428:	6689                	lui	a3,0x2
8040342a:	00dae6b3          	or	a3,s5,a3
8040342e:	01069a93          	sll	s5,a3,0x10
80403432:	010ada93          	srl	s5,s5,0x10
80403436:	4d01                	li	s10,0
80403438:	00f9d663          	bge	s3,a5,80403444 <__d_vfprintf+0x61e>
8040343c:	00198893          	add	a7,s3,1
80403440:	41178d33          	sub	s10,a5,a7
80403444:	6d89                	lui	s11,0x2
80403446:	01bafdb3          	and	s11,s5,s11
8040344a:	0c0d8a63          	beqz	s11,8040351e <__d_vfprintf+0x6f8>
8040344e:	87ce                	mv	a5,s3
80403450:	0009d363          	bgez	s3,80403456 <__d_vfprintf+0x630>
80403454:	4781                	li	a5,0
80403456:	0785                	add	a5,a5,1
80403458:	c311                	beqz	a4,8040345c <__d_vfprintf+0x636>
8040345a:	0785                	add	a5,a5,1
8040345c:	0c0d0963          	beqz	s10,8040352e <__d_vfprintf+0x708>
80403460:	001d0693          	add	a3,s10,1
80403464:	97b6                	add	a5,a5,a3
80403466:	4481                	li	s1,0
80403468:	0167d463          	bge	a5,s6,80403470 <__d_vfprintf+0x64a>
8040346c:	40fb04b3          	sub	s1,s6,a5
80403470:	009af793          	and	a5,s5,9
80403474:	e789                	bnez	a5,8040347e <__d_vfprintf+0x658>
80403476:	94a2                	add	s1,s1,s0
80403478:	0c849063          	bne	s1,s0,80403538 <__d_vfprintf+0x712>
8040347c:	4481                	li	s1,0
8040347e:	c719                	beqz	a4,8040348c <__d_vfprintf+0x666>
80403480:	4582                	lw	a1,0(sp)
80403482:	853a                	mv	a0,a4
80403484:	0405                	add	s0,s0,1
80403486:	9a02                	jalr	s4
80403488:	9e0540e3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
8040348c:	00bad793          	srl	a5,s5,0xb
80403490:	8b85                	and	a5,a5,1
80403492:	c395                	beqz	a5,804034b6 <__d_vfprintf+0x690>
80403494:	4582                	lw	a1,0(sp)
80403496:	03000513          	li	a0,48
8040349a:	9a02                	jalr	s4
8040349c:	9c0546e3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
804034a0:	07800513          	li	a0,120
804034a4:	4582                	lw	a1,0(sp)
804034a6:	41250533          	sub	a0,a0,s2
804034aa:	0f857513          	and	a0,a0,248
804034ae:	0409                	add	s0,s0,2
804034b0:	9a02                	jalr	s4
804034b2:	9a054be3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
804034b6:	008af793          	and	a5,s5,8
804034ba:	e791                	bnez	a5,804034c6 <__d_vfprintf+0x6a0>
804034bc:	8b22                	mv	s6,s0
804034be:	9426                	add	s0,s0,s1
804034c0:	09641663          	bne	s0,s6,8040354c <__d_vfprintf+0x726>
804034c4:	4481                	li	s1,0
804034c6:	0c0d8f63          	beqz	s11,804035a4 <__d_vfprintf+0x77e>
804034ca:	8cce                	mv	s9,s3
804034cc:	0009d363          	bgez	s3,804034d2 <__d_vfprintf+0x6ac>
804034d0:	4c81                	li	s9,0
804034d2:	41998db3          	sub	s11,s3,s9
804034d6:	41a00d33          	neg	s10,s10
804034da:	5b7d                	li	s6,-1
804034dc:	03000513          	li	a0,48
804034e0:	017df663          	bgeu	s11,s7,804034ec <__d_vfprintf+0x6c6>
804034e4:	103c                	add	a5,sp,40
804034e6:	97ee                	add	a5,a5,s11
804034e8:	0057c503          	lbu	a0,5(a5)
804034ec:	1cfd                	add	s9,s9,-1
804034ee:	00140c13          	add	s8,s0,1
804034f2:	07acc563          	blt	s9,s10,8040355c <__d_vfprintf+0x736>
804034f6:	4582                	lw	a1,0(sp)
804034f8:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
804034fa:	9a02                	jalr	s4
804034fc:	960546e3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403500:	016c9a63          	bne	s9,s6,80403514 <__d_vfprintf+0x6ee>
80403504:	4582                	lw	a1,0(sp)
80403506:	02e00513          	li	a0,46
8040350a:	9a02                	jalr	s4
8040350c:	94054ee3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403510:	00240c13          	add	s8,s0,2
80403514:	8462                	mv	s0,s8
80403516:	b7d9                	j	804034dc <__d_vfprintf+0x6b6>
80403518:	fff78d13          	add	s10,a5,-1
8040351c:	b725                	j	80403444 <__d_vfprintf+0x61e>
8040351e:	00bad693          	srl	a3,s5,0xb
80403522:	8a85                	and	a3,a3,1
80403524:	478d                	li	a5,3
80403526:	c291                	beqz	a3,8040352a <__d_vfprintf+0x704>
80403528:	4795                	li	a5,5
8040352a:	97e2                	add	a5,a5,s8
8040352c:	b735                	j	80403458 <__d_vfprintf+0x632>
8040352e:	010af693          	and	a3,s5,16
80403532:	da95                	beqz	a3,80403466 <__d_vfprintf+0x640>
80403534:	0785                	add	a5,a5,1
80403536:	bf05                	j	80403466 <__d_vfprintf+0x640>
80403538:	4582                	lw	a1,0(sp)
8040353a:	02000513          	li	a0,32
8040353e:	c83a                	sw	a4,16(sp)
80403540:	9a02                	jalr	s4
80403542:	4742                	lw	a4,16(sp)
80403544:	0405                	add	s0,s0,1
80403546:	f20559e3          	bgez	a0,80403478 <__d_vfprintf+0x652>
8040354a:	ba39                	j	80402e68 <__d_vfprintf+0x42>
8040354c:	4582                	lw	a1,0(sp)
8040354e:	03000513          	li	a0,48
80403552:	0b05                	add	s6,s6,1
80403554:	9a02                	jalr	s4
80403556:	f60555e3          	bgez	a0,804034c0 <__d_vfprintf+0x69a>
8040355a:	b239                	j	80402e68 <__d_vfprintf+0x42>
8040355c:	033c9063          	bne	s9,s3,8040357c <__d_vfprintf+0x756>
80403560:	02d14703          	lbu	a4,45(sp)
80403564:	03500793          	li	a5,53
80403568:	00e7e863          	bltu	a5,a4,80403578 <__d_vfprintf+0x752>
8040356c:	00f71863          	bne	a4,a5,8040357c <__d_vfprintf+0x756>
80403570:	02c14783          	lbu	a5,44(sp)
80403574:	8bc1                	and	a5,a5,16
80403576:	e399                	bnez	a5,8040357c <__d_vfprintf+0x756>
80403578:	03100513          	li	a0,49
8040357c:	4582                	lw	a1,0(sp)
8040357e:	9a02                	jalr	s4
80403580:	8e0544e3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403584:	010afa93          	and	s5,s5,16
80403588:	e60a84e3          	beqz	s5,804033f0 <__d_vfprintf+0x5ca>
8040358c:	57fd                	li	a5,-1
8040358e:	e6fc91e3          	bne	s9,a5,804033f0 <__d_vfprintf+0x5ca>
80403592:	4582                	lw	a1,0(sp)
80403594:	00240c13          	add	s8,s0,2
80403598:	02e00513          	li	a0,46
8040359c:	9a02                	jalr	s4
8040359e:	e40559e3          	bgez	a0,804033f0 <__d_vfprintf+0x5ca>
804035a2:	b0d9                	j	80402e68 <__d_vfprintf+0x42>
804035a4:	02d14503          	lbu	a0,45(sp)
804035a8:	03100793          	li	a5,49
804035ac:	00f50763          	beq	a0,a5,804035ba <__d_vfprintf+0x794>
804035b0:	02c14783          	lbu	a5,44(sp)
804035b4:	9bbd                	and	a5,a5,-17
804035b6:	02f10623          	sb	a5,44(sp)
804035ba:	4582                	lw	a1,0(sp)
804035bc:	9a02                	jalr	s4
804035be:	8a0545e3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
804035c2:	0da05a63          	blez	s10,80403696 <__d_vfprintf+0x870>
804035c6:	4582                	lw	a1,0(sp)
804035c8:	02e00513          	li	a0,46
804035cc:	0409                	add	s0,s0,2
804035ce:	9a02                	jalr	s4
804035d0:	88054ce3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
804035d4:	4a85                	li	s5,1
804035d6:	4785                	li	a5,1
804035d8:	0405                	add	s0,s0,1
804035da:	03000513          	li	a0,48
804035de:	017af863          	bgeu	s5,s7,804035ee <__d_vfprintf+0x7c8>
804035e2:	02078793          	add	a5,a5,32
804035e6:	1018                	add	a4,sp,32
804035e8:	97ba                	add	a5,a5,a4
804035ea:	fed7c503          	lbu	a0,-19(a5)
804035ee:	4582                	lw	a1,0(sp)
804035f0:	9a02                	jalr	s4
804035f2:	86054be3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
804035f6:	0a85                	add	s5,s5,1
804035f8:	0ffafa93          	zext.b	s5,s5
804035fc:	87d6                	mv	a5,s5
804035fe:	fd5d5de3          	bge	s10,s5,804035d8 <__d_vfprintf+0x7b2>
80403602:	4582                	lw	a1,0(sp)
80403604:	412c8533          	sub	a0,s9,s2
80403608:	0ff57513          	zext.b	a0,a0
8040360c:	9a02                	jalr	s4
8040360e:	84054de3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403612:	0009ca63          	bltz	s3,80403626 <__d_vfprintf+0x800>
80403616:	02b00513          	li	a0,43
8040361a:	00099a63          	bnez	s3,8040362e <__d_vfprintf+0x808>
8040361e:	02c14783          	lbu	a5,44(sp)
80403622:	8bc1                	and	a5,a5,16
80403624:	c789                	beqz	a5,8040362e <__d_vfprintf+0x808>
80403626:	413009b3          	neg	s3,s3
8040362a:	02d00513          	li	a0,45
8040362e:	4582                	lw	a1,0(sp)
80403630:	9a02                	jalr	s4
80403632:	82054be3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403636:	4791                	li	a5,4
80403638:	06fc1e63          	bne	s8,a5,804036b4 <__d_vfprintf+0x88e>
8040363c:	3e800913          	li	s2,1000
80403640:	0329c533          	div	a0,s3,s2
80403644:	4582                	lw	a1,0(sp)
80403646:	040d                	add	s0,s0,3
80403648:	03050513          	add	a0,a0,48
8040364c:	0ff57513          	zext.b	a0,a0
80403650:	9a02                	jalr	s4
80403652:	80054be3          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403656:	0329e9b3          	rem	s3,s3,s2
8040365a:	06400913          	li	s2,100
8040365e:	4582                	lw	a1,0(sp)
80403660:	0405                	add	s0,s0,1
80403662:	0329c533          	div	a0,s3,s2
80403666:	03050513          	add	a0,a0,48
8040366a:	0ff57513          	zext.b	a0,a0
8040366e:	9a02                	jalr	s4
80403670:	fe054c63          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403674:	0329e9b3          	rem	s3,s3,s2
80403678:	4929                	li	s2,10
8040367a:	4582                	lw	a1,0(sp)
8040367c:	0405                	add	s0,s0,1
8040367e:	0329c533          	div	a0,s3,s2
80403682:	03050513          	add	a0,a0,48
80403686:	0ff57513          	zext.b	a0,a0
8040368a:	9a02                	jalr	s4
8040368c:	fc054e63          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403690:	0329e9b3          	rem	s3,s3,s2
80403694:	a03d                	j	804036c2 <__d_vfprintf+0x89c>
80403696:	010afa93          	and	s5,s5,16
8040369a:	000a9463          	bnez	s5,804036a2 <__d_vfprintf+0x87c>
8040369e:	0405                	add	s0,s0,1
804036a0:	b78d                	j	80403602 <__d_vfprintf+0x7dc>
804036a2:	4582                	lw	a1,0(sp)
804036a4:	02e00513          	li	a0,46
804036a8:	0409                	add	s0,s0,2
804036aa:	9a02                	jalr	s4
804036ac:	f4055be3          	bgez	a0,80403602 <__d_vfprintf+0x7dc>
804036b0:	fb8ff06f          	j	80402e68 <__d_vfprintf+0x42>
804036b4:	478d                	li	a5,3
804036b6:	0409                	add	s0,s0,2
804036b8:	fafc01e3          	beq	s8,a5,8040365a <__d_vfprintf+0x834>
804036bc:	4785                	li	a5,1
804036be:	fafc1de3          	bne	s8,a5,80403678 <__d_vfprintf+0x852>
804036c2:	03098513          	add	a0,s3,48
804036c6:	4582                	lw	a1,0(sp)
804036c8:	00140c13          	add	s8,s0,1
804036cc:	0ff57513          	zext.b	a0,a0
804036d0:	b5f1                	j	8040359c <__d_vfprintf+0x776>
804036d2:	f9d90793          	add	a5,s2,-99
804036d6:	0ff7f793          	zext.b	a5,a5
804036da:	4749                	li	a4,18
804036dc:	20f76363          	bltu	a4,a5,804038e2 <__d_vfprintf+0xabc>
804036e0:	80406737          	lui	a4,0x80406
804036e4:	078a                	sll	a5,a5,0x2
804036e6:	6bc70713          	add	a4,a4,1724 # 804066bc <msg.0+0x60>
804036ea:	97ba                	add	a5,a5,a4
804036ec:	439c                	lw	a5,0(a5)
804036ee:	8782                	jr	a5
804036f0:	5792                	lw	a5,36(sp)
804036f2:	4485                	li	s1,1
804036f4:	02810993          	add	s3,sp,40
804036f8:	00478713          	add	a4,a5,4
804036fc:	439c                	lw	a5,0(a5)
804036fe:	d23a                	sw	a4,36(sp)
80403700:	02f10423          	sb	a5,40(sp)
80403704:	008df813          	and	a6,s11,8
80403708:	06080063          	beqz	a6,80403768 <__d_vfprintf+0x942>
8040370c:	4901                	li	s2,0
8040370e:	05249f63          	bne	s1,s2,8040376c <__d_vfprintf+0x946>
80403712:	00940c33          	add	s8,s0,s1
80403716:	409b04b3          	sub	s1,s6,s1
8040371a:	b9d9                	j	804033f0 <__d_vfprintf+0x5ca>
8040371c:	5792                	lw	a5,36(sp)
8040371e:	00478713          	add	a4,a5,4
80403722:	d23a                	sw	a4,36(sp)
80403724:	0007a983          	lw	s3,0(a5)
80403728:	00099663          	bnez	s3,80403734 <__d_vfprintf+0x90e>
8040372c:	804079b7          	lui	s3,0x80407
80403730:	b4c98993          	add	s3,s3,-1204 # 80406b4c <__clz_tab+0x108>
80403734:	040df793          	and	a5,s11,64
80403738:	55fd                	li	a1,-1
8040373a:	c391                	beqz	a5,8040373e <__d_vfprintf+0x918>
8040373c:	85ea                	mv	a1,s10
8040373e:	854e                	mv	a0,s3
80403740:	00001097          	auipc	ra,0x1
80403744:	e0c080e7          	jalr	-500(ra) # 8040454c <strnlen>
80403748:	84aa                	mv	s1,a0
8040374a:	bf6d                	j	80403704 <__d_vfprintf+0x8de>
8040374c:	4582                	lw	a1,0(sp)
8040374e:	02000513          	li	a0,32
80403752:	9a02                	jalr	s4
80403754:	f0054a63          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403758:	197d                	add	s2,s2,-1
8040375a:	ff24e9e3          	bltu	s1,s2,8040374c <__d_vfprintf+0x926>
8040375e:	945a                	add	s0,s0,s6
80403760:	41240433          	sub	s0,s0,s2
80403764:	8b4a                	mv	s6,s2
80403766:	b75d                	j	8040370c <__d_vfprintf+0x8e6>
80403768:	895a                	mv	s2,s6
8040376a:	bfc5                	j	8040375a <__d_vfprintf+0x934>
8040376c:	012987b3          	add	a5,s3,s2
80403770:	4582                	lw	a1,0(sp)
80403772:	0007c503          	lbu	a0,0(a5)
80403776:	0905                	add	s2,s2,1
80403778:	9a02                	jalr	s4
8040377a:	f8055ae3          	bgez	a0,8040370e <__d_vfprintf+0x8e8>
8040377e:	eeaff06f          	j	80402e68 <__d_vfprintf+0x42>
80403782:	080df713          	and	a4,s11,128
80403786:	5792                	lw	a5,36(sp)
80403788:	cf59                	beqz	a4,80403826 <__d_vfprintf+0xa00>
8040378a:	200df713          	and	a4,s11,512
8040378e:	c749                	beqz	a4,80403818 <__d_vfprintf+0x9f2>
80403790:	079d                	add	a5,a5,7
80403792:	9be1                	and	a5,a5,-8
80403794:	4388                	lw	a0,0(a5)
80403796:	43cc                	lw	a1,4(a5)
80403798:	00878713          	add	a4,a5,8
8040379c:	d23a                	sw	a4,36(sp)
8040379e:	fefdf993          	and	s3,s11,-17
804037a2:	09c2                	sll	s3,s3,0x10
804037a4:	0109d993          	srl	s3,s3,0x10
804037a8:	0805df63          	bgez	a1,80403846 <__d_vfprintf+0xa20>
804037ac:	00a037b3          	snez	a5,a0
804037b0:	40b005b3          	neg	a1,a1
804037b4:	8d9d                	sub	a1,a1,a5
804037b6:	40a00533          	neg	a0,a0
804037ba:	4009e993          	or	s3,s3,1024
804037be:	02810a93          	add	s5,sp,40
804037c2:	46a9                	li	a3,10
804037c4:	8656                	mv	a2,s5
804037c6:	fffff097          	auipc	ra,0xfffff
804037ca:	44c080e7          	jalr	1100(ra) # 80402c12 <__ultoa_invert>
804037ce:	0409f793          	and	a5,s3,64
804037d2:	41550ab3          	sub	s5,a0,s5
804037d6:	c7f5                	beqz	a5,804038c2 <__d_vfprintf+0xa9c>
804037d8:	ffe9f793          	and	a5,s3,-2
804037dc:	07c2                	sll	a5,a5,0x10
804037de:	83c1                	srl	a5,a5,0x10
804037e0:	19aad563          	bge	s5,s10,8040396a <__d_vfprintf+0xb44>
804037e4:	16090c63          	beqz	s2,8040395c <__d_vfprintf+0xb36>
804037e8:	0109fc13          	and	s8,s3,16
804037ec:	84ea                	mv	s1,s10
804037ee:	89be                	mv	s3,a5
804037f0:	060c0a63          	beqz	s8,80403864 <__d_vfprintf+0xa3e>
804037f4:	0489                	add	s1,s1,2
804037f6:	0089f793          	and	a5,s3,8
804037fa:	18079a63          	bnez	a5,8040398e <__d_vfprintf+0xb68>
804037fe:	0019f793          	and	a5,s3,1
80403802:	cb89                	beqz	a5,80403814 <__d_vfprintf+0x9ee>
80403804:	8d56                	mv	s10,s5
80403806:	0164d763          	bge	s1,s6,80403814 <__d_vfprintf+0x9ee>
8040380a:	409b04b3          	sub	s1,s6,s1
8040380e:	01548d33          	add	s10,s1,s5
80403812:	84da                	mv	s1,s6
80403814:	8ba6                	mv	s7,s1
80403816:	a2ad                	j	80403980 <__d_vfprintf+0xb5a>
80403818:	4388                	lw	a0,0(a5)
8040381a:	00478713          	add	a4,a5,4
8040381e:	d23a                	sw	a4,36(sp)
80403820:	41f55593          	sra	a1,a0,0x1f
80403824:	bfad                	j	8040379e <__d_vfprintf+0x978>
80403826:	00478713          	add	a4,a5,4
8040382a:	4388                	lw	a0,0(a5)
8040382c:	d23a                	sw	a4,36(sp)
8040382e:	100df793          	and	a5,s11,256
80403832:	d7fd                	beqz	a5,80403820 <__d_vfprintf+0x9fa>
80403834:	200df793          	and	a5,s11,512
80403838:	c781                	beqz	a5,80403840 <__d_vfprintf+0xa1a>
8040383a:	0562                	sll	a0,a0,0x18
8040383c:	8561                	sra	a0,a0,0x18
8040383e:	b7cd                	j	80403820 <__d_vfprintf+0x9fa>
80403840:	0542                	sll	a0,a0,0x10
80403842:	8541                	sra	a0,a0,0x10
80403844:	bff1                	j	80403820 <__d_vfprintf+0x9fa>
80403846:	00b567b3          	or	a5,a0,a1
8040384a:	fbb5                	bnez	a5,804037be <__d_vfprintf+0x998>
8040384c:	040df793          	and	a5,s11,64
80403850:	d7bd                	beqz	a5,804037be <__d_vfprintf+0x998>
80403852:	f60d16e3          	bnez	s10,804037be <__d_vfprintf+0x998>
80403856:	feedf993          	and	s3,s11,-18
8040385a:	09c2                	sll	s3,s3,0x10
8040385c:	0109d993          	srl	s3,s3,0x10
80403860:	4a81                	li	s5,0
80403862:	4481                	li	s1,0
80403864:	4069fc13          	and	s8,s3,1030
80403868:	f80c07e3          	beqz	s8,804037f6 <__d_vfprintf+0x9d0>
8040386c:	0485                	add	s1,s1,1
8040386e:	4c01                	li	s8,0
80403870:	b759                	j	804037f6 <__d_vfprintf+0x9d0>
80403872:	fefdf813          	and	a6,s11,-17
80403876:	01081d93          	sll	s11,a6,0x10
8040387a:	010ddd93          	srl	s11,s11,0x10
8040387e:	46a9                	li	a3,10
80403880:	080df713          	and	a4,s11,128
80403884:	5792                	lw	a5,36(sp)
80403886:	c355                	beqz	a4,8040392a <__d_vfprintf+0xb04>
80403888:	200df713          	and	a4,s11,512
8040388c:	cb49                	beqz	a4,8040391e <__d_vfprintf+0xaf8>
8040388e:	079d                	add	a5,a5,7
80403890:	9be1                	and	a5,a5,-8
80403892:	4388                	lw	a0,0(a5)
80403894:	43cc                	lw	a1,4(a5)
80403896:	00878713          	add	a4,a5,8
8040389a:	d23a                	sw	a4,36(sp)
8040389c:	00b567b3          	or	a5,a0,a1
804038a0:	e7cd                	bnez	a5,8040394a <__d_vfprintf+0xb24>
804038a2:	fe9df993          	and	s3,s11,-23
804038a6:	09c2                	sll	s3,s3,0x10
804038a8:	040df793          	and	a5,s11,64
804038ac:	0109d993          	srl	s3,s3,0x10
804038b0:	c3dd                	beqz	a5,80403956 <__d_vfprintf+0xb30>
804038b2:	0a0d1263          	bnez	s10,80403956 <__d_vfprintf+0xb30>
804038b6:	fe8df993          	and	s3,s11,-24
804038ba:	09c2                	sll	s3,s3,0x10
804038bc:	0109d993          	srl	s3,s3,0x10
804038c0:	4a81                	li	s5,0
804038c2:	0109fc13          	and	s8,s3,16
804038c6:	0a0c0463          	beqz	s8,8040396e <__d_vfprintf+0xb48>
804038ca:	001a8493          	add	s1,s5,1
804038ce:	f20904e3          	beqz	s2,804037f6 <__d_vfprintf+0x9d0>
804038d2:	84d6                	mv	s1,s5
804038d4:	b705                	j	804037f4 <__d_vfprintf+0x9ce>
804038d6:	010ded93          	or	s11,s11,16
804038da:	46c1                	li	a3,16
804038dc:	07800913          	li	s2,120
804038e0:	b745                	j	80403880 <__d_vfprintf+0xa5a>
804038e2:	07800793          	li	a5,120
804038e6:	00fc9a63          	bne	s9,a5,804038fa <__d_vfprintf+0xad4>
804038ea:	05800793          	li	a5,88
804038ee:	46c1                	li	a3,16
804038f0:	f8f918e3          	bne	s2,a5,80403880 <__d_vfprintf+0xa5a>
804038f4:	21000693          	li	a3,528
804038f8:	b761                	j	80403880 <__d_vfprintf+0xa5a>
804038fa:	4582                	lw	a1,0(sp)
804038fc:	02500513          	li	a0,37
80403900:	9a02                	jalr	s4
80403902:	d6054363          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403906:	4582                	lw	a1,0(sp)
80403908:	854a                	mv	a0,s2
8040390a:	9a02                	jalr	s4
8040390c:	d4054e63          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403910:	0409                	add	s0,s0,2
80403912:	4792                	lw	a5,4(sp)
80403914:	d34ff06f          	j	80402e48 <__d_vfprintf+0x22>
80403918:	46a1                	li	a3,8
8040391a:	4901                	li	s2,0
8040391c:	b795                	j	80403880 <__d_vfprintf+0xa5a>
8040391e:	4388                	lw	a0,0(a5)
80403920:	00478713          	add	a4,a5,4
80403924:	d23a                	sw	a4,36(sp)
80403926:	4581                	li	a1,0
80403928:	bf95                	j	8040389c <__d_vfprintf+0xa76>
8040392a:	00478713          	add	a4,a5,4
8040392e:	4388                	lw	a0,0(a5)
80403930:	d23a                	sw	a4,36(sp)
80403932:	100df793          	and	a5,s11,256
80403936:	dbe5                	beqz	a5,80403926 <__d_vfprintf+0xb00>
80403938:	200df793          	and	a5,s11,512
8040393c:	c781                	beqz	a5,80403944 <__d_vfprintf+0xb1e>
8040393e:	0ff57513          	zext.b	a0,a0
80403942:	b7d5                	j	80403926 <__d_vfprintf+0xb00>
80403944:	0542                	sll	a0,a0,0x10
80403946:	8141                	srl	a0,a0,0x10
80403948:	bff9                	j	80403926 <__d_vfprintf+0xb00>
8040394a:	ff9df813          	and	a6,s11,-7
8040394e:	01081993          	sll	s3,a6,0x10
80403952:	0109d993          	srl	s3,s3,0x10
80403956:	02810a93          	add	s5,sp,40
8040395a:	b5ad                	j	804037c4 <__d_vfprintf+0x99e>
8040395c:	fee9f993          	and	s3,s3,-18
80403960:	09c2                	sll	s3,s3,0x10
80403962:	0109d993          	srl	s3,s3,0x10
80403966:	84ea                	mv	s1,s10
80403968:	bdf5                	j	80403864 <__d_vfprintf+0xa3e>
8040396a:	89be                	mv	s3,a5
8040396c:	bf99                	j	804038c2 <__d_vfprintf+0xa9c>
8040396e:	84d6                	mv	s1,s5
80403970:	bdd5                	j	80403864 <__d_vfprintf+0xa3e>
80403972:	4582                	lw	a1,0(sp)
80403974:	02000513          	li	a0,32
80403978:	9a02                	jalr	s4
8040397a:	ce054763          	bltz	a0,80402e68 <__d_vfprintf+0x42>
8040397e:	0b85                	add	s7,s7,1
80403980:	ff6bc9e3          	blt	s7,s6,80403972 <__d_vfprintf+0xb4c>
80403984:	409404b3          	sub	s1,s0,s1
80403988:	01748433          	add	s0,s1,s7
8040398c:	84de                	mv	s1,s7
8040398e:	020c0363          	beqz	s8,804039b4 <__d_vfprintf+0xb8e>
80403992:	4582                	lw	a1,0(sp)
80403994:	03000513          	li	a0,48
80403998:	9a02                	jalr	s4
8040399a:	cc054763          	bltz	a0,80402e68 <__d_vfprintf+0x42>
8040399e:	04090d63          	beqz	s2,804039f8 <__d_vfprintf+0xbd2>
804039a2:	4582                	lw	a1,0(sp)
804039a4:	0409                	add	s0,s0,2
804039a6:	854a                	mv	a0,s2
804039a8:	9a02                	jalr	s4
804039aa:	ca054f63          	bltz	a0,80402e68 <__d_vfprintf+0x42>
804039ae:	8c22                	mv	s8,s0
804039b0:	9d22                	add	s10,s10,s0
804039b2:	a81d                	j	804039e8 <__d_vfprintf+0xbc2>
804039b4:	4069f793          	and	a5,s3,1030
804039b8:	dbfd                	beqz	a5,804039ae <__d_vfprintf+0xb88>
804039ba:	0029f793          	and	a5,s3,2
804039be:	02000513          	li	a0,32
804039c2:	c399                	beqz	a5,804039c8 <__d_vfprintf+0xba2>
804039c4:	02b00513          	li	a0,43
804039c8:	4009f993          	and	s3,s3,1024
804039cc:	00098463          	beqz	s3,804039d4 <__d_vfprintf+0xbae>
804039d0:	02d00513          	li	a0,45
804039d4:	4582                	lw	a1,0(sp)
804039d6:	0405                	add	s0,s0,1
804039d8:	bfc1                	j	804039a8 <__d_vfprintf+0xb82>
804039da:	4582                	lw	a1,0(sp)
804039dc:	03000513          	li	a0,48
804039e0:	0c05                	add	s8,s8,1
804039e2:	9a02                	jalr	s4
804039e4:	c8054263          	bltz	a0,80402e68 <__d_vfprintf+0x42>
804039e8:	418d07b3          	sub	a5,s10,s8
804039ec:	fefac7e3          	blt	s5,a5,804039da <__d_vfprintf+0xbb4>
804039f0:	8456                	mv	s0,s5
804039f2:	e409                	bnez	s0,804039fc <__d_vfprintf+0xbd6>
804039f4:	9c56                	add	s8,s8,s5
804039f6:	b305                	j	80403716 <__d_vfprintf+0x8f0>
804039f8:	0405                	add	s0,s0,1
804039fa:	bf55                	j	804039ae <__d_vfprintf+0xb88>
804039fc:	147d                	add	s0,s0,-1
804039fe:	103c                	add	a5,sp,40
80403a00:	97a2                	add	a5,a5,s0
80403a02:	4582                	lw	a1,0(sp)
80403a04:	0007c503          	lbu	a0,0(a5)
80403a08:	9a02                	jalr	s4
80403a0a:	fe0554e3          	bgez	a0,804039f2 <__d_vfprintf+0xbcc>
80403a0e:	c5aff06f          	j	80402e68 <__d_vfprintf+0x42>
80403a12:	4582                	lw	a1,0(sp)
80403a14:	02000513          	li	a0,32
80403a18:	0405                	add	s0,s0,1
80403a1a:	9a02                	jalr	s4
80403a1c:	c4054663          	bltz	a0,80402e68 <__d_vfprintf+0x42>
80403a20:	408487b3          	sub	a5,s1,s0
80403a24:	fef047e3          	bgtz	a5,80403a12 <__d_vfprintf+0xbec>
80403a28:	b5ed                	j	80403912 <__d_vfprintf+0xaec>

80403a2a <vsnprintf>:
80403a2a:	fffff317          	auipc	t1,0xfffff
80403a2e:	01c302e7          	jalr	t0,28(t1) # 80402a46 <__riscv_save_4>
80403a32:	1101                	add	sp,sp,-32
80403a34:	84aa                	mv	s1,a0
80403a36:	842e                	mv	s0,a1
80403a38:	8932                	mv	s2,a2
80403a3a:	4581                	li	a1,0
80403a3c:	02000613          	li	a2,32
80403a40:	850a                	mv	a0,sp
80403a42:	89b6                	mv	s3,a3
80403a44:	fffff097          	auipc	ra,0xfffff
80403a48:	062080e7          	jalr	98(ra) # 80402aa6 <memset>
80403a4c:	4789                	li	a5,2
80403a4e:	00f10223          	sb	a5,4(sp)
80403a52:	804047b7          	lui	a5,0x80404
80403a56:	56478793          	add	a5,a5,1380 # 80404564 <__file_str_put>
80403a5a:	c43e                	sw	a5,8(sp)
80403a5c:	ca26                	sw	s1,20(sp)
80403a5e:	4781                	li	a5,0
80403a60:	c809                	beqz	s0,80403a72 <vsnprintf+0x48>
80403a62:	80000737          	lui	a4,0x80000
80403a66:	87a2                	mv	a5,s0
80403a68:	00877463          	bgeu	a4,s0,80403a70 <vsnprintf+0x46>
80403a6c:	800007b7          	lui	a5,0x80000
80403a70:	17fd                	add	a5,a5,-1 # 7fffffff <errno+0x7fffffff>
80403a72:	94be                	add	s1,s1,a5
80403a74:	864e                	mv	a2,s3
80403a76:	85ca                	mv	a1,s2
80403a78:	850a                	mv	a0,sp
80403a7a:	cc26                	sw	s1,24(sp)
80403a7c:	fffff097          	auipc	ra,0xfffff
80403a80:	3aa080e7          	jalr	938(ra) # 80402e26 <__d_vfprintf>
80403a84:	c401                	beqz	s0,80403a8c <vsnprintf+0x62>
80403a86:	47d2                	lw	a5,20(sp)
80403a88:	00078023          	sb	zero,0(a5)
80403a8c:	6105                	add	sp,sp,32
80403a8e:	fffff317          	auipc	t1,0xfffff
80403a92:	fec30067          	jr	-20(t1) # 80402a7a <__riscv_restore_4>

80403a96 <mulShiftAll64>:
80403a96:	fffff317          	auipc	t1,0xfffff
80403a9a:	fa2302e7          	jalr	t0,-94(t1) # 80402a38 <__riscv_save_10>
80403a9e:	84b2                	mv	s1,a2
80403aa0:	00159913          	sll	s2,a1,0x1
80403aa4:	4210                	lw	a2,0(a2)
80403aa6:	8ab6                	mv	s5,a3
80403aa8:	89be                	mv	s3,a5
80403aaa:	40d4                	lw	a3,4(s1)
80403aac:	01f55793          	srl	a5,a0,0x1f
80403ab0:	1141                	add	sp,sp,-16
80403ab2:	0127e933          	or	s2,a5,s2
80403ab6:	00151413          	sll	s0,a0,0x1
80403aba:	8522                	mv	a0,s0
80403abc:	85ca                	mv	a1,s2
80403abe:	8bba                	mv	s7,a4
80403ac0:	870a                	mv	a4,sp
80403ac2:	8b42                	mv	s6,a6
80403ac4:	00001097          	auipc	ra,0x1
80403ac8:	9fc080e7          	jalr	-1540(ra) # 804044c0 <__umul128>
80403acc:	44d4                	lw	a3,12(s1)
80403ace:	4490                	lw	a2,8(s1)
80403ad0:	0038                	add	a4,sp,8
80403ad2:	8caa                	mv	s9,a0
80403ad4:	8c2e                	mv	s8,a1
80403ad6:	8522                	mv	a0,s0
80403ad8:	85ca                	mv	a1,s2
80403ada:	00001097          	auipc	ra,0x1
80403ade:	9e6080e7          	jalr	-1562(ra) # 804044c0 <__umul128>
80403ae2:	4682                	lw	a3,0(sp)
80403ae4:	4712                	lw	a4,4(sp)
80403ae6:	4785                	li	a5,1
80403ae8:	00d50933          	add	s2,a0,a3
80403aec:	00a93533          	sltu	a0,s2,a0
80403af0:	95ba                	add	a1,a1,a4
80403af2:	00b50433          	add	s0,a0,a1
80403af6:	00e46763          	bltu	s0,a4,80403b04 <mulShiftAll64+0x6e>
80403afa:	00871463          	bne	a4,s0,80403b02 <mulShiftAll64+0x6c>
80403afe:	00d96363          	bltu	s2,a3,80403b04 <mulShiftAll64+0x6e>
80403b02:	4781                	li	a5,0
80403b04:	4622                	lw	a2,8(sp)
80403b06:	4732                	lw	a4,12(sp)
80403b08:	963e                	add	a2,a2,a5
80403b0a:	00f637b3          	sltu	a5,a2,a5
80403b0e:	00e786b3          	add	a3,a5,a4
80403b12:	4098                	lw	a4,0(s1)
80403b14:	40dc                	lw	a5,4(s1)
80403b16:	c432                	sw	a2,8(sp)
80403b18:	9766                	add	a4,a4,s9
80403b1a:	97e2                	add	a5,a5,s8
80403b1c:	019735b3          	sltu	a1,a4,s9
80403b20:	95be                	add	a1,a1,a5
80403b22:	c636                	sw	a3,12(sp)
80403b24:	4785                	li	a5,1
80403b26:	0185e763          	bltu	a1,s8,80403b34 <mulShiftAll64+0x9e>
80403b2a:	00bc1463          	bne	s8,a1,80403b32 <mulShiftAll64+0x9c>
80403b2e:	01976363          	bltu	a4,s9,80403b34 <mulShiftAll64+0x9e>
80403b32:	4781                	li	a5,0
80403b34:	4498                	lw	a4,8(s1)
80403b36:	44c8                	lw	a0,12(s1)
80403b38:	fbfa8a13          	add	s4,s5,-65
80403b3c:	974a                	add	a4,a4,s2
80403b3e:	9522                	add	a0,a0,s0
80403b40:	012735b3          	sltu	a1,a4,s2
80403b44:	95aa                	add	a1,a1,a0
80403b46:	00e78533          	add	a0,a5,a4
80403b4a:	00f537b3          	sltu	a5,a0,a5
80403b4e:	95be                	add	a1,a1,a5
80403b50:	4785                	li	a5,1
80403b52:	0085e763          	bltu	a1,s0,80403b60 <mulShiftAll64+0xca>
80403b56:	00b41463          	bne	s0,a1,80403b5e <mulShiftAll64+0xc8>
80403b5a:	01256363          	bltu	a0,s2,80403b60 <mulShiftAll64+0xca>
80403b5e:	4781                	li	a5,0
80403b60:	963e                	add	a2,a2,a5
80403b62:	00f637b3          	sltu	a5,a2,a5
80403b66:	8752                	mv	a4,s4
80403b68:	96be                	add	a3,a3,a5
80403b6a:	00001097          	auipc	ra,0x1
80403b6e:	9a2080e7          	jalr	-1630(ra) # 8040450c <__shiftright128>
80403b72:	00aba023          	sw	a0,0(s7)
80403b76:	00bba223          	sw	a1,4(s7)
80403b7a:	4785                	li	a5,1
80403b7c:	48a2                	lw	a7,8(sp)
80403b7e:	4832                	lw	a6,12(sp)
80403b80:	40cc                	lw	a1,4(s1)
80403b82:	4488                	lw	a0,8(s1)
80403b84:	44d8                	lw	a4,12(s1)
80403b86:	06fb1d63          	bne	s6,a5,80403c00 <mulShiftAll64+0x16a>
80403b8a:	40a906b3          	sub	a3,s2,a0
80403b8e:	00d93633          	sltu	a2,s2,a3
80403b92:	40e407b3          	sub	a5,s0,a4
80403b96:	8f91                	sub	a5,a5,a2
80403b98:	4505                	li	a0,1
80403b9a:	00bc6863          	bltu	s8,a1,80403baa <mulShiftAll64+0x114>
80403b9e:	01859563          	bne	a1,s8,80403ba8 <mulShiftAll64+0x112>
80403ba2:	4098                	lw	a4,0(s1)
80403ba4:	00ece363          	bltu	s9,a4,80403baa <mulShiftAll64+0x114>
80403ba8:	4501                	li	a0,0
80403baa:	40a68533          	sub	a0,a3,a0
80403bae:	00a6b6b3          	sltu	a3,a3,a0
80403bb2:	40d785b3          	sub	a1,a5,a3
80403bb6:	4605                	li	a2,1
80403bb8:	00b46763          	bltu	s0,a1,80403bc6 <mulShiftAll64+0x130>
80403bbc:	00859463          	bne	a1,s0,80403bc4 <mulShiftAll64+0x12e>
80403bc0:	00a96363          	bltu	s2,a0,80403bc6 <mulShiftAll64+0x130>
80403bc4:	4601                	li	a2,0
80403bc6:	40c88633          	sub	a2,a7,a2
80403bca:	00c8b6b3          	sltu	a3,a7,a2
80403bce:	8752                	mv	a4,s4
80403bd0:	40d806b3          	sub	a3,a6,a3
80403bd4:	00001097          	auipc	ra,0x1
80403bd8:	938080e7          	jalr	-1736(ra) # 8040450c <__shiftright128>
80403bdc:	4622                	lw	a2,8(sp)
80403bde:	46b2                	lw	a3,12(sp)
80403be0:	00a9a023          	sw	a0,0(s3)
80403be4:	00b9a223          	sw	a1,4(s3)
80403be8:	8752                	mv	a4,s4
80403bea:	854a                	mv	a0,s2
80403bec:	85a2                	mv	a1,s0
80403bee:	00001097          	auipc	ra,0x1
80403bf2:	91e080e7          	jalr	-1762(ra) # 8040450c <__shiftright128>
80403bf6:	0141                	add	sp,sp,16
80403bf8:	fffff317          	auipc	t1,0xfffff
80403bfc:	e7830067          	jr	-392(t1) # 80402a70 <__riscv_restore_10>
80403c00:	01fcd793          	srl	a5,s9,0x1f
80403c04:	001c1613          	sll	a2,s8,0x1
80403c08:	8e5d                	or	a2,a2,a5
80403c0a:	01f95693          	srl	a3,s2,0x1f
80403c0e:	00141793          	sll	a5,s0,0x1
80403c12:	001c9e93          	sll	t4,s9,0x1
80403c16:	8fd5                	or	a5,a5,a3
80403c18:	00191313          	sll	t1,s2,0x1
80403c1c:	4e05                	li	t3,1
80403c1e:	01866763          	bltu	a2,s8,80403c2c <mulShiftAll64+0x196>
80403c22:	00cc1463          	bne	s8,a2,80403c2a <mulShiftAll64+0x194>
80403c26:	019ee363          	bltu	t4,s9,80403c2c <mulShiftAll64+0x196>
80403c2a:	4e01                	li	t3,0
80403c2c:	9e1a                	add	t3,t3,t1
80403c2e:	006e3333          	sltu	t1,t3,t1
80403c32:	933e                	add	t1,t1,a5
80403c34:	4785                	li	a5,1
80403c36:	00b66863          	bltu	a2,a1,80403c46 <mulShiftAll64+0x1b0>
80403c3a:	00c59563          	bne	a1,a2,80403c44 <mulShiftAll64+0x1ae>
80403c3e:	4094                	lw	a3,0(s1)
80403c40:	00dee363          	bltu	t4,a3,80403c46 <mulShiftAll64+0x1b0>
80403c44:	4781                	li	a5,0
80403c46:	40fe07b3          	sub	a5,t3,a5
80403c4a:	00fe35b3          	sltu	a1,t3,a5
80403c4e:	40b305b3          	sub	a1,t1,a1
80403c52:	40a78533          	sub	a0,a5,a0
80403c56:	00a7b7b3          	sltu	a5,a5,a0
80403c5a:	8d99                	sub	a1,a1,a4
80403c5c:	01f8d693          	srl	a3,a7,0x1f
80403c60:	8d9d                	sub	a1,a1,a5
80403c62:	00181793          	sll	a5,a6,0x1
80403c66:	8fd5                	or	a5,a5,a3
80403c68:	fc0a8713          	add	a4,s5,-64
80403c6c:	0886                	sll	a7,a7,0x1
80403c6e:	4685                	li	a3,1
80403c70:	00836763          	bltu	t1,s0,80403c7e <mulShiftAll64+0x1e8>
80403c74:	00641463          	bne	s0,t1,80403c7c <mulShiftAll64+0x1e6>
80403c78:	012e6363          	bltu	t3,s2,80403c7e <mulShiftAll64+0x1e8>
80403c7c:	4681                	li	a3,0
80403c7e:	96c6                	add	a3,a3,a7
80403c80:	0116b8b3          	sltu	a7,a3,a7
80403c84:	98be                	add	a7,a7,a5
80403c86:	4605                	li	a2,1
80403c88:	00b36763          	bltu	t1,a1,80403c96 <mulShiftAll64+0x200>
80403c8c:	00659463          	bne	a1,t1,80403c94 <mulShiftAll64+0x1fe>
80403c90:	00ae6363          	bltu	t3,a0,80403c96 <mulShiftAll64+0x200>
80403c94:	4601                	li	a2,0
80403c96:	40c68633          	sub	a2,a3,a2
80403c9a:	00c6b6b3          	sltu	a3,a3,a2
80403c9e:	40d886b3          	sub	a3,a7,a3
80403ca2:	bf0d                	j	80403bd4 <mulShiftAll64+0x13e>

80403ca4 <div10>:
80403ca4:	fffff317          	auipc	t1,0xfffff
80403ca8:	dbc302e7          	jalr	t0,-580(t1) # 80402a60 <__riscv_save_0>
80403cac:	804077b7          	lui	a5,0x80407
80403cb0:	e207a603          	lw	a2,-480(a5) # 80406e20 <stdout+0x4>
80403cb4:	e247a683          	lw	a3,-476(a5)
80403cb8:	1141                	add	sp,sp,-16
80403cba:	0038                	add	a4,sp,8
80403cbc:	00001097          	auipc	ra,0x1
80403cc0:	804080e7          	jalr	-2044(ra) # 804044c0 <__umul128>
80403cc4:	45b2                	lw	a1,12(sp)
80403cc6:	47a2                	lw	a5,8(sp)
80403cc8:	01d59513          	sll	a0,a1,0x1d
80403ccc:	838d                	srl	a5,a5,0x3
80403cce:	8d5d                	or	a0,a0,a5
80403cd0:	818d                	srl	a1,a1,0x3
80403cd2:	0141                	add	sp,sp,16
80403cd4:	fffff317          	auipc	t1,0xfffff
80403cd8:	db030067          	jr	-592(t1) # 80402a84 <__riscv_restore_0>

80403cdc <__dtoa_engine>:
80403cdc:	fffff317          	auipc	t1,0xfffff
80403ce0:	d54302e7          	jalr	t0,-684(t1) # 80402a30 <__riscv_save_12>
80403ce4:	715d                	add	sp,sp,-80
80403ce6:	8bb6                	mv	s7,a3
80403ce8:	001006b7          	lui	a3,0x100
80403cec:	c43a                	sw	a4,8(sp)
80403cee:	c63e                	sw	a5,12(sp)
80403cf0:	01f5d713          	srl	a4,a1,0x1f
80403cf4:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80403cf8:	0145d793          	srl	a5,a1,0x14
80403cfc:	00bdfdb3          	and	s11,s11,a1
80403d00:	c03a                	sw	a4,0(sp)
80403d02:	7ff7f413          	and	s0,a5,2047
80403d06:	84aa                	mv	s1,a0
80403d08:	8ab2                	mv	s5,a2
80403d0a:	00ade733          	or	a4,s11,a0
80403d0e:	e415                	bnez	s0,80403d3a <__dtoa_engine+0x5e>
80403d10:	e721                	bnez	a4,80403d58 <__dtoa_engine+0x7c>
80403d12:	03000793          	li	a5,48
80403d16:	00f602a3          	sb	a5,5(a2)
80403d1a:	4782                	lw	a5,0(sp)
80403d1c:	00060323          	sb	zero,6(a2)
80403d20:	00062023          	sw	zero,0(a2)
80403d24:	0027e993          	or	s3,a5,2
80403d28:	01360223          	sb	s3,4(a2)
80403d2c:	4405                	li	s0,1
80403d2e:	8522                	mv	a0,s0
80403d30:	6161                	add	sp,sp,80
80403d32:	fffff317          	auipc	t1,0xfffff
80403d36:	d3a30067          	jr	-710(t1) # 80402a6c <__riscv_restore_12>
80403d3a:	7ff00613          	li	a2,2047
80403d3e:	0ac41d63          	bne	s0,a2,80403df8 <__dtoa_engine+0x11c>
80403d42:	4782                	lw	a5,0(sp)
80403d44:	0047e793          	or	a5,a5,4
80403d48:	c701                	beqz	a4,80403d50 <__dtoa_engine+0x74>
80403d4a:	4782                	lw	a5,0(sp)
80403d4c:	0087e793          	or	a5,a5,8
80403d50:	00fa8223          	sb	a5,4(s5)
80403d54:	4401                	li	s0,0
80403d56:	bfe1                	j	80403d2e <__dtoa_engine+0x52>
80403d58:	00157793          	and	a5,a0,1
80403d5c:	c23e                	sw	a5,4(sp)
80403d5e:	002d9993          	sll	s3,s11,0x2
80403d62:	01e55793          	srl	a5,a0,0x1e
80403d66:	0137e9b3          	or	s3,a5,s3
80403d6a:	00251c13          	sll	s8,a0,0x2
80403d6e:	892a                	mv	s2,a0
80403d70:	bcc00413          	li	s0,-1076
80403d74:	4805                	li	a6,1
80403d76:	4d05                	li	s10,1
80403d78:	408004b3          	neg	s1,s0
80403d7c:	8526                	mv	a0,s1
80403d7e:	ca42                	sw	a6,20(sp)
80403d80:	00000097          	auipc	ra,0x0
80403d84:	71e080e7          	jalr	1822(ra) # 8040449e <__log10Pow5>
80403d88:	fff42793          	slti	a5,s0,-1
80403d8c:	40f50b33          	sub	s6,a0,a5
80403d90:	416484b3          	sub	s1,s1,s6
80403d94:	8526                	mv	a0,s1
80403d96:	00000097          	auipc	ra,0x0
80403d9a:	718080e7          	jalr	1816(ra) # 804044ae <__pow5bits>
80403d9e:	f8350693          	add	a3,a0,-125
80403da2:	40db06b3          	sub	a3,s6,a3
80403da6:	8526                	mv	a0,s1
80403da8:	008c                	add	a1,sp,64
80403daa:	c836                	sw	a3,16(sp)
80403dac:	00000097          	auipc	ra,0x0
80403db0:	492080e7          	jalr	1170(ra) # 8040423e <__double_computePow5>
80403db4:	4852                	lw	a6,20(sp)
80403db6:	46c2                	lw	a3,16(sp)
80403db8:	181c                	add	a5,sp,48
80403dba:	1038                	add	a4,sp,40
80403dbc:	0090                	add	a2,sp,64
80403dbe:	854a                	mv	a0,s2
80403dc0:	85ee                	mv	a1,s11
80403dc2:	00000097          	auipc	ra,0x0
80403dc6:	cd4080e7          	jalr	-812(ra) # 80403a96 <mulShiftAll64>
80403dca:	4785                	li	a5,1
80403dcc:	008b0a33          	add	s4,s6,s0
80403dd0:	84ae                	mv	s1,a1
80403dd2:	842a                	mv	s0,a0
80403dd4:	1567ee63          	bltu	a5,s6,80403f30 <__dtoa_engine+0x254>
80403dd8:	4792                	lw	a5,4(sp)
80403dda:	4985                	li	s3,1
80403ddc:	10078e63          	beqz	a5,80403ef8 <__dtoa_engine+0x21c>
80403de0:	57a2                	lw	a5,40(sp)
80403de2:	5732                	lw	a4,44(sp)
80403de4:	4985                	li	s3,1
80403de6:	fff78693          	add	a3,a5,-1
80403dea:	0017b793          	seqz	a5,a5
80403dee:	40f707b3          	sub	a5,a4,a5
80403df2:	d436                	sw	a3,40(sp)
80403df4:	d63e                	sw	a5,44(sp)
80403df6:	a8c9                	j	80403ec8 <__dtoa_engine+0x1ec>
80403df8:	01b6edb3          	or	s11,a3,s11
80403dfc:	00157693          	and	a3,a0,1
80403e00:	c236                	sw	a3,4(sp)
80403e02:	002d9993          	sll	s3,s11,0x2
80403e06:	01e55693          	srl	a3,a0,0x1e
80403e0a:	bcb40413          	add	s0,s0,-1077
80403e0e:	892a                	mv	s2,a0
80403e10:	0136e9b3          	or	s3,a3,s3
80403e14:	00251c13          	sll	s8,a0,0x2
80403e18:	4d05                	li	s10,1
80403e1a:	e709                	bnez	a4,80403e24 <__dtoa_engine+0x148>
80403e1c:	7fe7f793          	and	a5,a5,2046
80403e20:	0017bd13          	seqz	s10,a5
80403e24:	886a                	mv	a6,s10
80403e26:	f40449e3          	bltz	s0,80403d78 <__dtoa_engine+0x9c>
80403e2a:	8522                	mv	a0,s0
80403e2c:	00000097          	auipc	ra,0x0
80403e30:	664080e7          	jalr	1636(ra) # 80404490 <__log10Pow2>
80403e34:	00442793          	slti	a5,s0,4
80403e38:	0017c793          	xor	a5,a5,1
80403e3c:	40f50a33          	sub	s4,a0,a5
80403e40:	8552                	mv	a0,s4
80403e42:	00000097          	auipc	ra,0x0
80403e46:	66c080e7          	jalr	1644(ra) # 804044ae <__pow5bits>
80403e4a:	07c50693          	add	a3,a0,124
80403e4e:	408a0433          	sub	s0,s4,s0
80403e52:	96a2                	add	a3,a3,s0
80403e54:	008c                	add	a1,sp,64
80403e56:	8552                	mv	a0,s4
80403e58:	c836                	sw	a3,16(sp)
80403e5a:	00000097          	auipc	ra,0x0
80403e5e:	50c080e7          	jalr	1292(ra) # 80404366 <__double_computeInvPow5>
80403e62:	46c2                	lw	a3,16(sp)
80403e64:	181c                	add	a5,sp,48
80403e66:	8526                	mv	a0,s1
80403e68:	886a                	mv	a6,s10
80403e6a:	1038                	add	a4,sp,40
80403e6c:	0090                	add	a2,sp,64
80403e6e:	85ee                	mv	a1,s11
80403e70:	00000097          	auipc	ra,0x0
80403e74:	c26080e7          	jalr	-986(ra) # 80403a96 <mulShiftAll64>
80403e78:	47d5                	li	a5,21
80403e7a:	842a                	mv	s0,a0
80403e7c:	84ae                	mv	s1,a1
80403e7e:	0b47e763          	bltu	a5,s4,80403f2c <__dtoa_engine+0x250>
80403e82:	804077b7          	lui	a5,0x80407
80403e86:	e247a683          	lw	a3,-476(a5) # 80406e24 <stdout+0x8>
80403e8a:	e207a603          	lw	a2,-480(a5)
80403e8e:	1838                	add	a4,sp,56
80403e90:	8562                	mv	a0,s8
80403e92:	85ce                	mv	a1,s3
80403e94:	00000097          	auipc	ra,0x0
80403e98:	62c080e7          	jalr	1580(ra) # 804044c0 <__umul128>
80403e9c:	57e2                	lw	a5,56(sp)
80403e9e:	56f2                	lw	a3,60(sp)
80403ea0:	5da2                	lw	s11,40(sp)
80403ea2:	8389                	srl	a5,a5,0x2
80403ea4:	06fa                	sll	a3,a3,0x1e
80403ea6:	8fd5                	or	a5,a5,a3
80403ea8:	4695                	li	a3,5
80403eaa:	02f687b3          	mul	a5,a3,a5
80403eae:	5932                	lw	s2,44(sp)
80403eb0:	01879e63          	bne	a5,s8,80403ecc <__dtoa_engine+0x1f0>
80403eb4:	85ce                	mv	a1,s3
80403eb6:	8562                	mv	a0,s8
80403eb8:	00000097          	auipc	ra,0x0
80403ebc:	348080e7          	jalr	840(ra) # 80404200 <__pow5Factor>
80403ec0:	01453733          	sltu	a4,a0,s4
80403ec4:	00174993          	xor	s3,a4,1
80403ec8:	4d01                	li	s10,0
80403eca:	a03d                	j	80403ef8 <__dtoa_engine+0x21c>
80403ecc:	4792                	lw	a5,4(sp)
80403ece:	eb95                	bnez	a5,80403f02 <__dtoa_engine+0x226>
80403ed0:	fffc0793          	add	a5,s8,-1
80403ed4:	41a78533          	sub	a0,a5,s10
80403ed8:	001c3593          	seqz	a1,s8
80403edc:	00a7b7b3          	sltu	a5,a5,a0
80403ee0:	40b985b3          	sub	a1,s3,a1
80403ee4:	8d9d                	sub	a1,a1,a5
80403ee6:	00000097          	auipc	ra,0x0
80403eea:	31a080e7          	jalr	794(ra) # 80404200 <__pow5Factor>
80403eee:	01453933          	sltu	s2,a0,s4
80403ef2:	00194d13          	xor	s10,s2,1
80403ef6:	4981                	li	s3,0
80403ef8:	47a2                	lw	a5,8(sp)
80403efa:	10079e63          	bnez	a5,80404016 <__dtoa_engine+0x33a>
80403efe:	8b5e                	mv	s6,s7
80403f00:	a079                	j	80403f8e <__dtoa_engine+0x2b2>
80403f02:	002c0513          	add	a0,s8,2
80403f06:	018535b3          	sltu	a1,a0,s8
80403f0a:	95ce                	add	a1,a1,s3
80403f0c:	00000097          	auipc	ra,0x0
80403f10:	2f4080e7          	jalr	756(ra) # 80404200 <__pow5Factor>
80403f14:	01453533          	sltu	a0,a0,s4
80403f18:	00154513          	xor	a0,a0,1
80403f1c:	40ad8533          	sub	a0,s11,a0
80403f20:	00adbdb3          	sltu	s11,s11,a0
80403f24:	41b90733          	sub	a4,s2,s11
80403f28:	d42a                	sw	a0,40(sp)
80403f2a:	d63a                	sw	a4,44(sp)
80403f2c:	4981                	li	s3,0
80403f2e:	bf69                	j	80403ec8 <__dtoa_engine+0x1ec>
80403f30:	03e00793          	li	a5,62
80403f34:	ff67ece3          	bltu	a5,s6,80403f2c <__dtoa_engine+0x250>
80403f38:	865a                	mv	a2,s6
80403f3a:	557d                	li	a0,-1
80403f3c:	55fd                	li	a1,-1
80403f3e:	ffffe097          	auipc	ra,0xffffe
80403f42:	3de080e7          	jalr	990(ra) # 8040231c <__ashldi3>
80403f46:	fff54513          	not	a0,a0
80403f4a:	fff5c593          	not	a1,a1
80403f4e:	0135f5b3          	and	a1,a1,s3
80403f52:	01857533          	and	a0,a0,s8
80403f56:	00b56733          	or	a4,a0,a1
80403f5a:	00173993          	seqz	s3,a4
80403f5e:	b7ad                	j	80403ec8 <__dtoa_engine+0x1ec>
80403f60:	02d50833          	mul	a6,a0,a3
80403f64:	0785                	add	a5,a5,1
80403f66:	02b536b3          	mulhu	a3,a0,a1
80403f6a:	02b505b3          	mul	a1,a0,a1
80403f6e:	96c2                	add	a3,a3,a6
80403f70:	00d4e663          	bltu	s1,a3,80403f7c <__dtoa_engine+0x2a0>
80403f74:	fe9696e3          	bne	a3,s1,80403f60 <__dtoa_engine+0x284>
80403f78:	feb474e3          	bgeu	s0,a1,80403f60 <__dtoa_engine+0x284>
80403f7c:	4732                	lw	a4,12(sp)
80403f7e:	97d2                	add	a5,a5,s4
80403f80:	97ba                	add	a5,a5,a4
80403f82:	00f04363          	bgtz	a5,80403f88 <__dtoa_engine+0x2ac>
80403f86:	4785                	li	a5,1
80403f88:	8b3e                	mv	s6,a5
80403f8a:	f6fbcae3          	blt	s7,a5,80403efe <__dtoa_engine+0x222>
80403f8e:	4c81                	li	s9,0
80403f90:	4901                	li	s2,0
80403f92:	4c01                	li	s8,0
80403f94:	5522                	lw	a0,40(sp)
80403f96:	55b2                	lw	a1,44(sp)
80403f98:	00000097          	auipc	ra,0x0
80403f9c:	d0c080e7          	jalr	-756(ra) # 80403ca4 <div10>
80403fa0:	57c2                	lw	a5,48(sp)
80403fa2:	8dae                	mv	s11,a1
80403fa4:	55d2                	lw	a1,52(sp)
80403fa6:	c82a                	sw	a0,16(sp)
80403fa8:	853e                	mv	a0,a5
80403faa:	ca3e                	sw	a5,20(sp)
80403fac:	00000097          	auipc	ra,0x0
80403fb0:	cf8080e7          	jalr	-776(ra) # 80403ca4 <div10>
80403fb4:	832a                	mv	t1,a0
80403fb6:	88ae                	mv	a7,a1
80403fb8:	4ea9                	li	t4,10
80403fba:	01b5e763          	bltu	a1,s11,80403fc8 <__dtoa_engine+0x2ec>
80403fbe:	08bd9863          	bne	s11,a1,8040404e <__dtoa_engine+0x372>
80403fc2:	47c2                	lw	a5,16(sp)
80403fc4:	08f57563          	bgeu	a0,a5,8040404e <__dtoa_engine+0x372>
80403fc8:	8522                	mv	a0,s0
80403fca:	85a6                	mv	a1,s1
80403fcc:	ce46                	sw	a7,28(sp)
80403fce:	cc1a                	sw	t1,24(sp)
80403fd0:	00000097          	auipc	ra,0x0
80403fd4:	cd4080e7          	jalr	-812(ra) # 80403ca4 <div10>
80403fd8:	4362                	lw	t1,24(sp)
80403fda:	4ea9                	li	t4,10
80403fdc:	001cb693          	seqz	a3,s9
80403fe0:	026e8833          	mul	a6,t4,t1
80403fe4:	00d9f9b3          	and	s3,s3,a3
80403fe8:	47d2                	lw	a5,20(sp)
80403fea:	48f2                	lw	a7,28(sp)
80403fec:	d66e                	sw	s11,44(sp)
80403fee:	d81a                	sw	t1,48(sp)
80403ff0:	da46                	sw	a7,52(sp)
80403ff2:	0905                	add	s2,s2,1
80403ff4:	84ae                	mv	s1,a1
80403ff6:	02ae86b3          	mul	a3,t4,a0
80403ffa:	40f80833          	sub	a6,a6,a5
80403ffe:	47c2                	lw	a5,16(sp)
80404000:	00183813          	seqz	a6,a6
80404004:	010d7d33          	and	s10,s10,a6
80404008:	d43e                	sw	a5,40(sp)
8040400a:	40d406b3          	sub	a3,s0,a3
8040400e:	0ff6fc93          	zext.b	s9,a3
80404012:	842a                	mv	s0,a0
80404014:	b741                	j	80403f94 <__dtoa_engine+0x2b8>
80404016:	45a9                	li	a1,10
80404018:	4681                	li	a3,0
8040401a:	4785                	li	a5,1
8040401c:	4529                	li	a0,10
8040401e:	bf89                	j	80403f70 <__dtoa_engine+0x294>
80404020:	030e8f33          	mul	t5,t4,a6
80404024:	0505                	add	a0,a0,1
80404026:	02beb833          	mulhu	a6,t4,a1
8040402a:	02be85b3          	mul	a1,t4,a1
8040402e:	987a                	add	a6,a6,t5
80404030:	0104e663          	bltu	s1,a6,8040403c <__dtoa_engine+0x360>
80404034:	fe9816e3          	bne	a6,s1,80404020 <__dtoa_engine+0x344>
80404038:	feb474e3          	bgeu	s0,a1,80404020 <__dtoa_engine+0x344>
8040403c:	00ab5d63          	bge	s6,a0,80404056 <__dtoa_engine+0x37a>
80404040:	000b1563          	bnez	s6,8040404a <__dtoa_engine+0x36e>
80404044:	009465b3          	or	a1,s0,s1
80404048:	c599                	beqz	a1,80404056 <__dtoa_engine+0x37a>
8040404a:	4c05                	li	s8,1
8040404c:	bfb5                	j	80403fc8 <__dtoa_engine+0x2ec>
8040404e:	45a9                	li	a1,10
80404050:	4801                	li	a6,0
80404052:	4505                	li	a0,1
80404054:	bff1                	j	80404030 <__dtoa_engine+0x354>
80404056:	060d0763          	beqz	s10,804040c4 <__dtoa_engine+0x3e8>
8040405a:	4da9                	li	s11,10
8040405c:	5342                	lw	t1,48(sp)
8040405e:	55d2                	lw	a1,52(sp)
80404060:	851a                	mv	a0,t1
80404062:	c81a                	sw	t1,16(sp)
80404064:	00000097          	auipc	ra,0x0
80404068:	c40080e7          	jalr	-960(ra) # 80403ca4 <div10>
8040406c:	ce2e                	sw	a1,28(sp)
8040406e:	02ad85b3          	mul	a1,s11,a0
80404072:	4342                	lw	t1,16(sp)
80404074:	882a                	mv	a6,a0
80404076:	cc42                	sw	a6,24(sp)
80404078:	04659663          	bne	a1,t1,804040c4 <__dtoa_engine+0x3e8>
8040407c:	5522                	lw	a0,40(sp)
8040407e:	55b2                	lw	a1,44(sp)
80404080:	0905                	add	s2,s2,1
80404082:	00000097          	auipc	ra,0x0
80404086:	c22080e7          	jalr	-990(ra) # 80403ca4 <div10>
8040408a:	ca2a                	sw	a0,20(sp)
8040408c:	c82e                	sw	a1,16(sp)
8040408e:	8522                	mv	a0,s0
80404090:	85a6                	mv	a1,s1
80404092:	00000097          	auipc	ra,0x0
80404096:	c12080e7          	jalr	-1006(ra) # 80403ca4 <div10>
8040409a:	001cb693          	seqz	a3,s9
8040409e:	00d9f9b3          	and	s3,s3,a3
804040a2:	02ad86b3          	mul	a3,s11,a0
804040a6:	4e52                	lw	t3,20(sp)
804040a8:	4342                	lw	t1,16(sp)
804040aa:	4862                	lw	a6,24(sp)
804040ac:	48f2                	lw	a7,28(sp)
804040ae:	d472                	sw	t3,40(sp)
804040b0:	d61a                	sw	t1,44(sp)
804040b2:	d842                	sw	a6,48(sp)
804040b4:	da46                	sw	a7,52(sp)
804040b6:	84ae                	mv	s1,a1
804040b8:	40d406b3          	sub	a3,s0,a3
804040bc:	0ff6fc93          	zext.b	s9,a3
804040c0:	842a                	mv	s0,a0
804040c2:	bf69                	j	8040405c <__dtoa_engine+0x380>
804040c4:	9952                	add	s2,s2,s4
804040c6:	0c098863          	beqz	s3,80404196 <__dtoa_engine+0x4ba>
804040ca:	4715                	li	a4,5
804040cc:	0cec9563          	bne	s9,a4,80404196 <__dtoa_engine+0x4ba>
804040d0:	00147713          	and	a4,s0,1
804040d4:	e755                	bnez	a4,80404180 <__dtoa_engine+0x4a4>
804040d6:	000c1963          	bnez	s8,804040e8 <__dtoa_engine+0x40c>
804040da:	5742                	lw	a4,48(sp)
804040dc:	00871563          	bne	a4,s0,804040e6 <__dtoa_engine+0x40a>
804040e0:	5752                	lw	a4,52(sp)
804040e2:	0c970c63          	beq	a4,s1,804041ba <__dtoa_engine+0x4de>
804040e6:	4701                	li	a4,0
804040e8:	943a                	add	s0,s0,a4
804040ea:	00e435b3          	sltu	a1,s0,a4
804040ee:	95a6                	add	a1,a1,s1
804040f0:	8a2e                	mv	s4,a1
804040f2:	84a2                	mv	s1,s0
804040f4:	4629                	li	a2,10
804040f6:	4681                	li	a3,0
804040f8:	4c05                	li	s8,1
804040fa:	4529                	li	a0,10
804040fc:	00d5e663          	bltu	a1,a3,80404108 <__dtoa_engine+0x42c>
80404100:	0ab69f63          	bne	a3,a1,804041be <__dtoa_engine+0x4e2>
80404104:	0ac47d63          	bgeu	s0,a2,804041be <__dtoa_engine+0x4e2>
80404108:	c329                	beqz	a4,8040414a <__dtoa_engine+0x46e>
8040410a:	058b5063          	bge	s6,s8,8040414a <__dtoa_engine+0x46e>
8040410e:	47a2                	lw	a5,8(sp)
80404110:	cf91                	beqz	a5,8040412c <__dtoa_engine+0x450>
80404112:	4732                	lw	a4,12(sp)
80404114:	012c07b3          	add	a5,s8,s2
80404118:	00f70b33          	add	s6,a4,a5
8040411c:	000b5363          	bgez	s6,80404122 <__dtoa_engine+0x446>
80404120:	4b01                	li	s6,0
80404122:	016bd363          	bge	s7,s6,80404128 <__dtoa_engine+0x44c>
80404126:	8b5e                	mv	s6,s7
80404128:	038b5163          	bge	s6,s8,8040414a <__dtoa_engine+0x46e>
8040412c:	00540513          	add	a0,s0,5
80404130:	00853433          	sltu	s0,a0,s0
80404134:	4629                	li	a2,10
80404136:	4681                	li	a3,0
80404138:	95a2                	add	a1,a1,s0
8040413a:	ffffe097          	auipc	ra,0xffffe
8040413e:	270080e7          	jalr	624(ra) # 804023aa <__udivdi3>
80404142:	84aa                	mv	s1,a0
80404144:	8a2e                	mv	s4,a1
80404146:	0905                	add	s2,s2,1
80404148:	1c7d                	add	s8,s8,-1
8040414a:	87da                	mv	a5,s6
8040414c:	016c5363          	bge	s8,s6,80404152 <__dtoa_engine+0x476>
80404150:	87e2                	mv	a5,s8
80404152:	01079413          	sll	s0,a5,0x10
80404156:	0942                	sll	s2,s2,0x10
80404158:	8441                	sra	s0,s0,0x10
8040415a:	41095913          	sra	s2,s2,0x10
8040415e:	9922                	add	s2,s2,s0
80404160:	008a8b33          	add	s6,s5,s0
80404164:	197d                	add	s2,s2,-1
80404166:	4b81                	li	s7,0
80404168:	8c5a                	mv	s8,s6
8040416a:	1b7d                	add	s6,s6,-1
8040416c:	068bc263          	blt	s7,s0,804041d0 <__dtoa_engine+0x4f4>
80404170:	4782                	lw	a5,0(sp)
80404172:	000c02a3          	sb	zero,5(s8)
80404176:	012aa023          	sw	s2,0(s5)
8040417a:	00fa8223          	sb	a5,4(s5)
8040417e:	be45                	j	80403d2e <__dtoa_engine+0x52>
80404180:	4705                	li	a4,1
80404182:	f60c13e3          	bnez	s8,804040e8 <__dtoa_engine+0x40c>
80404186:	5742                	lw	a4,48(sp)
80404188:	00871563          	bne	a4,s0,80404192 <__dtoa_engine+0x4b6>
8040418c:	5752                	lw	a4,52(sp)
8040418e:	00970c63          	beq	a4,s1,804041a6 <__dtoa_engine+0x4ca>
80404192:	4705                	li	a4,1
80404194:	bf91                	j	804040e8 <__dtoa_engine+0x40c>
80404196:	000c1d63          	bnez	s8,804041b0 <__dtoa_engine+0x4d4>
8040419a:	5742                	lw	a4,48(sp)
8040419c:	00871a63          	bne	a4,s0,804041b0 <__dtoa_engine+0x4d4>
804041a0:	5752                	lw	a4,52(sp)
804041a2:	00971763          	bne	a4,s1,804041b0 <__dtoa_engine+0x4d4>
804041a6:	4792                	lw	a5,4(sp)
804041a8:	4705                	li	a4,1
804041aa:	ff9d                	bnez	a5,804040e8 <__dtoa_engine+0x40c>
804041ac:	f20d0ee3          	beqz	s10,804040e8 <__dtoa_engine+0x40c>
804041b0:	005cb693          	sltiu	a3,s9,5
804041b4:	0016c713          	xor	a4,a3,1
804041b8:	bf05                	j	804040e8 <__dtoa_engine+0x40c>
804041ba:	4c91                	li	s9,4
804041bc:	b7ed                	j	804041a6 <__dtoa_engine+0x4ca>
804041be:	02d50833          	mul	a6,a0,a3
804041c2:	0c05                	add	s8,s8,1
804041c4:	02c536b3          	mulhu	a3,a0,a2
804041c8:	02c50633          	mul	a2,a0,a2
804041cc:	96c2                	add	a3,a3,a6
804041ce:	b73d                	j	804040fc <__dtoa_engine+0x420>
804041d0:	4629                	li	a2,10
804041d2:	4681                	li	a3,0
804041d4:	8526                	mv	a0,s1
804041d6:	85d2                	mv	a1,s4
804041d8:	ffffe097          	auipc	ra,0xffffe
804041dc:	530080e7          	jalr	1328(ra) # 80402708 <__umoddi3>
804041e0:	03050513          	add	a0,a0,48
804041e4:	00ab02a3          	sb	a0,5(s6)
804041e8:	85d2                	mv	a1,s4
804041ea:	8526                	mv	a0,s1
804041ec:	4629                	li	a2,10
804041ee:	4681                	li	a3,0
804041f0:	ffffe097          	auipc	ra,0xffffe
804041f4:	1ba080e7          	jalr	442(ra) # 804023aa <__udivdi3>
804041f8:	84aa                	mv	s1,a0
804041fa:	8a2e                	mv	s4,a1
804041fc:	0b85                	add	s7,s7,1
804041fe:	b7b5                	j	8040416a <__dtoa_engine+0x48e>

80404200 <__pow5Factor>:
80404200:	ccccd737          	lui	a4,0xccccd
80404204:	333336b7          	lui	a3,0x33333
80404208:	87aa                	mv	a5,a0
8040420a:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c86bf6d>
8040420e:	4501                	li	a0,0
80404210:	ccc70713          	add	a4,a4,-820
80404214:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80404218:	02c585b3          	mul	a1,a1,a2
8040421c:	02e78833          	mul	a6,a5,a4
80404220:	982e                	add	a6,a6,a1
80404222:	02c7b5b3          	mulhu	a1,a5,a2
80404226:	95c2                	add	a1,a1,a6
80404228:	02c787b3          	mul	a5,a5,a2
8040422c:	00b6e863          	bltu	a3,a1,8040423c <__pow5Factor+0x3c>
80404230:	00d59463          	bne	a1,a3,80404238 <__pow5Factor+0x38>
80404234:	00f5e463          	bltu	a1,a5,8040423c <__pow5Factor+0x3c>
80404238:	0505                	add	a0,a0,1
8040423a:	bff9                	j	80404218 <__pow5Factor+0x18>
8040423c:	8082                	ret

8040423e <__double_computePow5>:
8040423e:	ffffe317          	auipc	t1,0xffffe
80404242:	7fa302e7          	jalr	t0,2042(t1) # 80402a38 <__riscv_save_10>
80404246:	47e9                	li	a5,26
80404248:	02f55b33          	divu	s6,a0,a5
8040424c:	804069b7          	lui	s3,0x80406
80404250:	70898b93          	add	s7,s3,1800 # 80406708 <DOUBLE_POW5_SPLIT2>
80404254:	1101                	add	sp,sp,-32
80404256:	892e                	mv	s2,a1
80404258:	02f577b3          	remu	a5,a0,a5
8040425c:	004b1713          	sll	a4,s6,0x4
80404260:	9bba                	add	s7,s7,a4
80404262:	e785                	bnez	a5,8040428a <__double_computePow5+0x4c>
80404264:	000ba703          	lw	a4,0(s7)
80404268:	004ba783          	lw	a5,4(s7)
8040426c:	c198                	sw	a4,0(a1)
8040426e:	c1dc                	sw	a5,4(a1)
80404270:	008ba503          	lw	a0,8(s7)
80404274:	00cba583          	lw	a1,12(s7)
80404278:	00a92423          	sw	a0,8(s2)
8040427c:	00b92623          	sw	a1,12(s2)
80404280:	6105                	add	sp,sp,32
80404282:	ffffe317          	auipc	t1,0xffffe
80404286:	7ee30067          	jr	2030(t1) # 80402a70 <__riscv_restore_10>
8040428a:	70898993          	add	s3,s3,1800
8040428e:	078e                	sll	a5,a5,0x3
80404290:	97ce                	add	a5,a5,s3
80404292:	0d07aa03          	lw	s4,208(a5)
80404296:	0d47aa83          	lw	s5,212(a5)
8040429a:	008ba603          	lw	a2,8(s7)
8040429e:	00cba683          	lw	a3,12(s7)
804042a2:	0818                	add	a4,sp,16
804042a4:	85d6                	mv	a1,s5
804042a6:	842a                	mv	s0,a0
804042a8:	8552                	mv	a0,s4
804042aa:	00000097          	auipc	ra,0x0
804042ae:	216080e7          	jalr	534(ra) # 804044c0 <__umul128>
804042b2:	000ba603          	lw	a2,0(s7)
804042b6:	004ba683          	lw	a3,4(s7)
804042ba:	84aa                	mv	s1,a0
804042bc:	8c2e                	mv	s8,a1
804042be:	0838                	add	a4,sp,24
804042c0:	8552                	mv	a0,s4
804042c2:	85d6                	mv	a1,s5
804042c4:	00000097          	auipc	ra,0x0
804042c8:	1fc080e7          	jalr	508(ra) # 804044c0 <__umul128>
804042cc:	47e2                	lw	a5,24(sp)
804042ce:	4772                	lw	a4,28(sp)
804042d0:	8aaa                	mv	s5,a0
804042d2:	94be                	add	s1,s1,a5
804042d4:	00f4ba33          	sltu	s4,s1,a5
804042d8:	9c3a                	add	s8,s8,a4
804042da:	9a62                	add	s4,s4,s8
804042dc:	00ea6663          	bltu	s4,a4,804042e8 <__double_computePow5+0xaa>
804042e0:	01471d63          	bne	a4,s4,804042fa <__double_computePow5+0xbc>
804042e4:	00f4fb63          	bgeu	s1,a5,804042fa <__double_computePow5+0xbc>
804042e8:	47c2                	lw	a5,16(sp)
804042ea:	46d2                	lw	a3,20(sp)
804042ec:	00178713          	add	a4,a5,1
804042f0:	00f737b3          	sltu	a5,a4,a5
804042f4:	97b6                	add	a5,a5,a3
804042f6:	c83a                	sw	a4,16(sp)
804042f8:	ca3e                	sw	a5,20(sp)
804042fa:	8522                	mv	a0,s0
804042fc:	c62e                	sw	a1,12(sp)
804042fe:	00000097          	auipc	ra,0x0
80404302:	1b0080e7          	jalr	432(ra) # 804044ae <__pow5bits>
80404306:	8baa                	mv	s7,a0
80404308:	4569                	li	a0,26
8040430a:	02ab0533          	mul	a0,s6,a0
8040430e:	00000097          	auipc	ra,0x0
80404312:	1a0080e7          	jalr	416(ra) # 804044ae <__pow5bits>
80404316:	45b2                	lw	a1,12(sp)
80404318:	40ab8733          	sub	a4,s7,a0
8040431c:	8626                	mv	a2,s1
8040431e:	86d2                	mv	a3,s4
80404320:	8556                	mv	a0,s5
80404322:	c43a                	sw	a4,8(sp)
80404324:	00000097          	auipc	ra,0x0
80404328:	1e8080e7          	jalr	488(ra) # 8040450c <__shiftright128>
8040432c:	00445793          	srl	a5,s0,0x4
80404330:	078a                	sll	a5,a5,0x2
80404332:	99be                	add	s3,s3,a5
80404334:	1a09a783          	lw	a5,416(s3)
80404338:	0406                	sll	s0,s0,0x1
8040433a:	8879                	and	s0,s0,30
8040433c:	0087d7b3          	srl	a5,a5,s0
80404340:	8b8d                	and	a5,a5,3
80404342:	953e                	add	a0,a0,a5
80404344:	00f537b3          	sltu	a5,a0,a5
80404348:	4722                	lw	a4,8(sp)
8040434a:	4642                	lw	a2,16(sp)
8040434c:	46d2                	lw	a3,20(sp)
8040434e:	97ae                	add	a5,a5,a1
80404350:	00a92023          	sw	a0,0(s2)
80404354:	00f92223          	sw	a5,4(s2)
80404358:	8526                	mv	a0,s1
8040435a:	85d2                	mv	a1,s4
8040435c:	00000097          	auipc	ra,0x0
80404360:	1b0080e7          	jalr	432(ra) # 8040450c <__shiftright128>
80404364:	bf11                	j	80404278 <__double_computePow5+0x3a>

80404366 <__double_computeInvPow5>:
80404366:	ffffe317          	auipc	t1,0xffffe
8040436a:	6d2302e7          	jalr	t0,1746(t1) # 80402a38 <__riscv_save_10>
8040436e:	4b69                	li	s6,26
80404370:	01950793          	add	a5,a0,25
80404374:	0367d7b3          	divu	a5,a5,s6
80404378:	80406ab7          	lui	s5,0x80406
8040437c:	708a8493          	add	s1,s5,1800 # 80406708 <DOUBLE_POW5_SPLIT2>
80404380:	1f848493          	add	s1,s1,504
80404384:	1101                	add	sp,sp,-32
80404386:	8a2e                	mv	s4,a1
80404388:	03678b33          	mul	s6,a5,s6
8040438c:	0792                	sll	a5,a5,0x4
8040438e:	94be                	add	s1,s1,a5
80404390:	40ab0733          	sub	a4,s6,a0
80404394:	02ab1163          	bne	s6,a0,804043b6 <__double_computeInvPow5+0x50>
80404398:	4098                	lw	a4,0(s1)
8040439a:	40dc                	lw	a5,4(s1)
8040439c:	c198                	sw	a4,0(a1)
8040439e:	c1dc                	sw	a5,4(a1)
804043a0:	4488                	lw	a0,8(s1)
804043a2:	44cc                	lw	a1,12(s1)
804043a4:	00aa2423          	sw	a0,8(s4)
804043a8:	00ba2623          	sw	a1,12(s4)
804043ac:	6105                	add	sp,sp,32
804043ae:	ffffe317          	auipc	t1,0xffffe
804043b2:	6c230067          	jr	1730(t1) # 80402a70 <__riscv_restore_10>
804043b6:	708a8a93          	add	s5,s5,1800
804043ba:	070e                	sll	a4,a4,0x3
804043bc:	9756                	add	a4,a4,s5
804043be:	0d072903          	lw	s2,208(a4)
804043c2:	0d472983          	lw	s3,212(a4)
804043c6:	4490                	lw	a2,8(s1)
804043c8:	44d4                	lw	a3,12(s1)
804043ca:	0818                	add	a4,sp,16
804043cc:	85ce                	mv	a1,s3
804043ce:	842a                	mv	s0,a0
804043d0:	854a                	mv	a0,s2
804043d2:	00000097          	auipc	ra,0x0
804043d6:	0ee080e7          	jalr	238(ra) # 804044c0 <__umul128>
804043da:	4090                	lw	a2,0(s1)
804043dc:	40d4                	lw	a3,4(s1)
804043de:	8c2a                	mv	s8,a0
804043e0:	00163793          	seqz	a5,a2
804043e4:	8bae                	mv	s7,a1
804043e6:	0838                	add	a4,sp,24
804043e8:	8e9d                	sub	a3,a3,a5
804043ea:	854a                	mv	a0,s2
804043ec:	85ce                	mv	a1,s3
804043ee:	167d                	add	a2,a2,-1
804043f0:	00000097          	auipc	ra,0x0
804043f4:	0d0080e7          	jalr	208(ra) # 804044c0 <__umul128>
804043f8:	47e2                	lw	a5,24(sp)
804043fa:	4772                	lw	a4,28(sp)
804043fc:	89aa                	mv	s3,a0
804043fe:	9c3e                	add	s8,s8,a5
80404400:	00fc3933          	sltu	s2,s8,a5
80404404:	9bba                	add	s7,s7,a4
80404406:	995e                	add	s2,s2,s7
80404408:	00e96663          	bltu	s2,a4,80404414 <__double_computeInvPow5+0xae>
8040440c:	01271d63          	bne	a4,s2,80404426 <__double_computeInvPow5+0xc0>
80404410:	00fc7b63          	bgeu	s8,a5,80404426 <__double_computeInvPow5+0xc0>
80404414:	47c2                	lw	a5,16(sp)
80404416:	46d2                	lw	a3,20(sp)
80404418:	00178713          	add	a4,a5,1
8040441c:	00f737b3          	sltu	a5,a4,a5
80404420:	97b6                	add	a5,a5,a3
80404422:	c83a                	sw	a4,16(sp)
80404424:	ca3e                	sw	a5,20(sp)
80404426:	855a                	mv	a0,s6
80404428:	c62e                	sw	a1,12(sp)
8040442a:	00000097          	auipc	ra,0x0
8040442e:	084080e7          	jalr	132(ra) # 804044ae <__pow5bits>
80404432:	8b2a                	mv	s6,a0
80404434:	8522                	mv	a0,s0
80404436:	00000097          	auipc	ra,0x0
8040443a:	078080e7          	jalr	120(ra) # 804044ae <__pow5bits>
8040443e:	45b2                	lw	a1,12(sp)
80404440:	40ab0733          	sub	a4,s6,a0
80404444:	8662                	mv	a2,s8
80404446:	86ca                	mv	a3,s2
80404448:	854e                	mv	a0,s3
8040444a:	c43a                	sw	a4,8(sp)
8040444c:	00000097          	auipc	ra,0x0
80404450:	0c0080e7          	jalr	192(ra) # 8040450c <__shiftright128>
80404454:	00445793          	srl	a5,s0,0x4
80404458:	078a                	sll	a5,a5,0x2
8040445a:	9abe                	add	s5,s5,a5
8040445c:	2e8aa783          	lw	a5,744(s5)
80404460:	0406                	sll	s0,s0,0x1
80404462:	8879                	and	s0,s0,30
80404464:	0087d7b3          	srl	a5,a5,s0
80404468:	8b8d                	and	a5,a5,3
8040446a:	0785                	add	a5,a5,1
8040446c:	953e                	add	a0,a0,a5
8040446e:	00f537b3          	sltu	a5,a0,a5
80404472:	4722                	lw	a4,8(sp)
80404474:	4642                	lw	a2,16(sp)
80404476:	46d2                	lw	a3,20(sp)
80404478:	97ae                	add	a5,a5,a1
8040447a:	00aa2023          	sw	a0,0(s4)
8040447e:	00fa2223          	sw	a5,4(s4)
80404482:	8562                	mv	a0,s8
80404484:	85ca                	mv	a1,s2
80404486:	00000097          	auipc	ra,0x0
8040448a:	086080e7          	jalr	134(ra) # 8040450c <__shiftright128>
8040448e:	bf19                	j	804043a4 <__double_computeInvPow5+0x3e>

80404490 <__log10Pow2>:
80404490:	67cd                	lui	a5,0x13
80404492:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80404496:	02f50533          	mul	a0,a0,a5
8040449a:	8149                	srl	a0,a0,0x12
8040449c:	8082                	ret

8040449e <__log10Pow5>:
8040449e:	000b37b7          	lui	a5,0xb3
804044a2:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
804044a6:	02f50533          	mul	a0,a0,a5
804044aa:	8151                	srl	a0,a0,0x14
804044ac:	8082                	ret

804044ae <__pow5bits>:
804044ae:	001297b7          	lui	a5,0x129
804044b2:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
804044b6:	02f50533          	mul	a0,a0,a5
804044ba:	814d                	srl	a0,a0,0x13
804044bc:	0505                	add	a0,a0,1
804044be:	8082                	ret

804044c0 <__umul128>:
804044c0:	02c537b3          	mulhu	a5,a0,a2
804044c4:	832e                	mv	t1,a1
804044c6:	02c585b3          	mul	a1,a1,a2
804044ca:	02c33833          	mulhu	a6,t1,a2
804044ce:	95be                	add	a1,a1,a5
804044d0:	00f5b7b3          	sltu	a5,a1,a5
804044d4:	97c2                	add	a5,a5,a6
804044d6:	02a68833          	mul	a6,a3,a0
804044da:	02a6b8b3          	mulhu	a7,a3,a0
804044de:	95c2                	add	a1,a1,a6
804044e0:	0105b833          	sltu	a6,a1,a6
804044e4:	98c2                	add	a7,a7,a6
804044e6:	02d30833          	mul	a6,t1,a3
804044ea:	02d33333          	mulhu	t1,t1,a3
804044ee:	983e                	add	a6,a6,a5
804044f0:	011806b3          	add	a3,a6,a7
804044f4:	00f837b3          	sltu	a5,a6,a5
804044f8:	0106b833          	sltu	a6,a3,a6
804044fc:	c314                	sw	a3,0(a4)
804044fe:	979a                	add	a5,a5,t1
80404500:	983e                	add	a6,a6,a5
80404502:	02c50533          	mul	a0,a0,a2
80404506:	01072223          	sw	a6,4(a4)
8040450a:	8082                	ret

8040450c <__shiftright128>:
8040450c:	ffffe317          	auipc	t1,0xffffe
80404510:	53a302e7          	jalr	t0,1338(t1) # 80402a46 <__riscv_save_4>
80404514:	8a2a                	mv	s4,a0
80404516:	8532                	mv	a0,a2
80404518:	04000613          	li	a2,64
8040451c:	8e19                	sub	a2,a2,a4
8040451e:	89ae                	mv	s3,a1
80404520:	85b6                	mv	a1,a3
80404522:	843a                	mv	s0,a4
80404524:	ffffe097          	auipc	ra,0xffffe
80404528:	df8080e7          	jalr	-520(ra) # 8040231c <__ashldi3>
8040452c:	892a                	mv	s2,a0
8040452e:	84ae                	mv	s1,a1
80404530:	8622                	mv	a2,s0
80404532:	8552                	mv	a0,s4
80404534:	85ce                	mv	a1,s3
80404536:	ffffe097          	auipc	ra,0xffffe
8040453a:	dbe080e7          	jalr	-578(ra) # 804022f4 <__lshrdi3>
8040453e:	00a96533          	or	a0,s2,a0
80404542:	8dc5                	or	a1,a1,s1
80404544:	ffffe317          	auipc	t1,0xffffe
80404548:	53630067          	jr	1334(t1) # 80402a7a <__riscv_restore_4>

8040454c <strnlen>:
8040454c:	95aa                	add	a1,a1,a0
8040454e:	87aa                	mv	a5,a0
80404550:	00b78563          	beq	a5,a1,8040455a <strnlen+0xe>
80404554:	0007c703          	lbu	a4,0(a5)
80404558:	e701                	bnez	a4,80404560 <strnlen+0x14>
8040455a:	40a78533          	sub	a0,a5,a0
8040455e:	8082                	ret
80404560:	0785                	add	a5,a5,1
80404562:	b7fd                	j	80404550 <strnlen+0x4>

80404564 <__file_str_put>:
80404564:	49dc                	lw	a5,20(a1)
80404566:	4d98                	lw	a4,24(a1)
80404568:	00e78763          	beq	a5,a4,80404576 <__file_str_put+0x12>
8040456c:	00178713          	add	a4,a5,1
80404570:	c9d8                	sw	a4,20(a1)
80404572:	00a78023          	sb	a0,0(a5)
80404576:	8082                	ret

80404578 <store_event>:
80404578:	8082                	ret

8040457a <uni_blk_present>:
8040457a:	804077b7          	lui	a5,0x80407
8040457e:	1247a503          	lw	a0,292(a5) # 80407124 <present>
80404582:	8082                	ret

80404584 <uni_blk_sectors>:
80404584:	804077b7          	lui	a5,0x80407
80404588:	1247a783          	lw	a5,292(a5) # 80407124 <present>
8040458c:	4501                	li	a0,0
8040458e:	c789                	beqz	a5,80404598 <uni_blk_sectors+0x14>
80404590:	8041c7b7          	lui	a5,0x8041c
80404594:	6a47a503          	lw	a0,1700(a5) # 8041c6a4 <bf+0x1c>
80404598:	8082                	ret

8040459a <uni_blk_read>:
8040459a:	804077b7          	lui	a5,0x80407
8040459e:	1247a803          	lw	a6,292(a5) # 80407124 <present>
804045a2:	00081463          	bnez	a6,804045aa <uni_blk_read+0x10>
804045a6:	5529                	li	a0,-22
804045a8:	8082                	ret
804045aa:	87ae                	mv	a5,a1
804045ac:	dded                	beqz	a1,804045a6 <uni_blk_read+0xc>
804045ae:	8041c837          	lui	a6,0x8041c
804045b2:	86b2                	mv	a3,a2
804045b4:	68880613          	add	a2,a6,1672 # 8041c688 <bf>
804045b8:	4e50                	lw	a2,28(a2)
804045ba:	872a                	mv	a4,a0
804045bc:	fea665e3          	bltu	a2,a0,804045a6 <uni_blk_read+0xc>
804045c0:	40a605b3          	sub	a1,a2,a0
804045c4:	fef5e1e3          	bltu	a1,a5,804045a6 <uni_blk_read+0xc>
804045c8:	80407337          	lui	t1,0x80407
804045cc:	12032583          	lw	a1,288(t1) # 80407120 <extent_bound>
804045d0:	c989                	beqz	a1,804045e2 <uni_blk_read+0x48>
804045d2:	85aa                	mv	a1,a0
804045d4:	863e                	mv	a2,a5
804045d6:	68880513          	add	a0,a6,1672
804045da:	ffffd317          	auipc	t1,0xffffd
804045de:	a9a30067          	jr	-1382(t1) # 80401074 <blkfront_read>
804045e2:	1101                	add	sp,sp,-32
804045e4:	ce06                	sw	ra,28(sp)
804045e6:	c402                	sw	zero,8(sp)
804045e8:	c632                	sw	a2,12(sp)
804045ea:	4509                	li	a0,2
804045ec:	002c                	add	a1,sp,8
804045ee:	03000893          	li	a7,48
804045f2:	00000073          	ecall
804045f6:	ed11                	bnez	a0,80404612 <uni_blk_read+0x78>
804045f8:	4605                	li	a2,1
804045fa:	12c32023          	sw	a2,288(t1)
804045fe:	40f2                	lw	ra,28(sp)
80404600:	863e                	mv	a2,a5
80404602:	85ba                	mv	a1,a4
80404604:	68880513          	add	a0,a6,1672
80404608:	6105                	add	sp,sp,32
8040460a:	ffffd317          	auipc	t1,0xffffd
8040460e:	a6a30067          	jr	-1430(t1) # 80401074 <blkfront_read>
80404612:	fe0556e3          	bgez	a0,804045fe <uni_blk_read+0x64>
80404616:	80407537          	lui	a0,0x80407
8040461a:	c4850513          	add	a0,a0,-952 # 80406c48 <__clz_tab+0x204>
8040461e:	ffffc097          	auipc	ra,0xffffc
80404622:	288080e7          	jalr	648(ra) # 804008a6 <uni_panic>

80404626 <uni_blk_write>:
80404626:	804077b7          	lui	a5,0x80407
8040462a:	1247a803          	lw	a6,292(a5) # 80407124 <present>
8040462e:	00081463          	bnez	a6,80404636 <uni_blk_write+0x10>
80404632:	5529                	li	a0,-22
80404634:	8082                	ret
80404636:	87ae                	mv	a5,a1
80404638:	dded                	beqz	a1,80404632 <uni_blk_write+0xc>
8040463a:	8041c837          	lui	a6,0x8041c
8040463e:	86b2                	mv	a3,a2
80404640:	68880613          	add	a2,a6,1672 # 8041c688 <bf>
80404644:	4e50                	lw	a2,28(a2)
80404646:	872a                	mv	a4,a0
80404648:	fea665e3          	bltu	a2,a0,80404632 <uni_blk_write+0xc>
8040464c:	40a605b3          	sub	a1,a2,a0
80404650:	fef5e1e3          	bltu	a1,a5,80404632 <uni_blk_write+0xc>
80404654:	80407337          	lui	t1,0x80407
80404658:	12032583          	lw	a1,288(t1) # 80407120 <extent_bound>
8040465c:	c989                	beqz	a1,8040466e <uni_blk_write+0x48>
8040465e:	85aa                	mv	a1,a0
80404660:	863e                	mv	a2,a5
80404662:	68880513          	add	a0,a6,1672
80404666:	ffffd317          	auipc	t1,0xffffd
8040466a:	a1830067          	jr	-1512(t1) # 8040107e <blkfront_write>
8040466e:	1101                	add	sp,sp,-32
80404670:	ce06                	sw	ra,28(sp)
80404672:	c402                	sw	zero,8(sp)
80404674:	c632                	sw	a2,12(sp)
80404676:	4509                	li	a0,2
80404678:	002c                	add	a1,sp,8
8040467a:	03000893          	li	a7,48
8040467e:	00000073          	ecall
80404682:	ed11                	bnez	a0,8040469e <uni_blk_write+0x78>
80404684:	4605                	li	a2,1
80404686:	12c32023          	sw	a2,288(t1)
8040468a:	40f2                	lw	ra,28(sp)
8040468c:	863e                	mv	a2,a5
8040468e:	85ba                	mv	a1,a4
80404690:	68880513          	add	a0,a6,1672
80404694:	6105                	add	sp,sp,32
80404696:	ffffd317          	auipc	t1,0xffffd
8040469a:	9e830067          	jr	-1560(t1) # 8040107e <blkfront_write>
8040469e:	fe0556e3          	bgez	a0,8040468a <uni_blk_write+0x64>
804046a2:	80407537          	lui	a0,0x80407
804046a6:	c4850513          	add	a0,a0,-952 # 80406c48 <__clz_tab+0x204>
804046aa:	ffffc097          	auipc	ra,0xffffc
804046ae:	1fc080e7          	jalr	508(ra) # 804008a6 <uni_panic>

804046b2 <uni_blk_flush>:
804046b2:	804077b7          	lui	a5,0x80407
804046b6:	1247a783          	lw	a5,292(a5) # 80407124 <present>
804046ba:	cb89                	beqz	a5,804046cc <uni_blk_flush+0x1a>
804046bc:	8041c537          	lui	a0,0x8041c
804046c0:	68850513          	add	a0,a0,1672 # 8041c688 <bf>
804046c4:	ffffd317          	auipc	t1,0xffffd
804046c8:	9c630067          	jr	-1594(t1) # 8040108a <blkfront_flush>
804046cc:	5529                	li	a0,-22
804046ce:	8082                	ret

804046d0 <fs_ops_list>:
804046d0:	7179                	add	sp,sp,-48
804046d2:	d422                	sw	s0,40(sp)
804046d4:	d226                	sw	s1,36(sp)
804046d6:	8432                	mv	s0,a2
804046d8:	84ae                	mv	s1,a1
804046da:	860a                	mv	a2,sp
804046dc:	004c                	add	a1,sp,4
804046de:	d606                	sw	ra,44(sp)
804046e0:	00001097          	auipc	ra,0x1
804046e4:	414080e7          	jalr	1044(ra) # 80405af4 <fs_readdir>
804046e8:	02054463          	bltz	a0,80404710 <fs_ops_list+0x40>
804046ec:	0048                	add	a0,sp,4
804046ee:	00001097          	auipc	ra,0x1
804046f2:	784080e7          	jalr	1924(ra) # 80405e72 <strlen>
804046f6:	00150613          	add	a2,a0,1
804046fa:	02c46963          	bltu	s0,a2,8040472c <fs_ops_list+0x5c>
804046fe:	004c                	add	a1,sp,4
80404700:	8526                	mv	a0,s1
80404702:	00001097          	auipc	ra,0x1
80404706:	734080e7          	jalr	1844(ra) # 80405e36 <memcpy>
8040470a:	4502                	lw	a0,0(sp)
8040470c:	00054763          	bltz	a0,8040471a <fs_ops_list+0x4a>
80404710:	50b2                	lw	ra,44(sp)
80404712:	5422                	lw	s0,40(sp)
80404714:	5492                	lw	s1,36(sp)
80404716:	6145                	add	sp,sp,48
80404718:	8082                	ret
8040471a:	50b2                	lw	ra,44(sp)
8040471c:	5422                	lw	s0,40(sp)
8040471e:	80000537          	lui	a0,0x80000
80404722:	5492                	lw	s1,36(sp)
80404724:	fff54513          	not	a0,a0
80404728:	6145                	add	sp,sp,48
8040472a:	8082                	ret
8040472c:	fdc00513          	li	a0,-36
80404730:	b7c5                	j	80404710 <fs_ops_list+0x40>

80404732 <fs_ops_unlink>:
80404732:	00001317          	auipc	t1,0x1
80404736:	30830067          	jr	776(t1) # 80405a3a <fs_unlink>

8040473a <fs_ops_write>:
8040473a:	07f00793          	li	a5,127
8040473e:	06a7e563          	bltu	a5,a0,804047a8 <fs_ops_write+0x6e>
80404742:	00351313          	sll	t1,a0,0x3
80404746:	40a307b3          	sub	a5,t1,a0
8040474a:	8041c8b7          	lui	a7,0x8041c
8040474e:	71888893          	add	a7,a7,1816 # 8041c718 <files>
80404752:	078a                	sll	a5,a5,0x2
80404754:	97c6                	add	a5,a5,a7
80404756:	43d4                	lw	a3,4(a5)
80404758:	882a                	mv	a6,a0
8040475a:	555d                	li	a0,-9
8040475c:	04d05863          	blez	a3,804047ac <fs_ops_write+0x72>
80404760:	47d4                	lw	a3,12(a5)
80404762:	c6a9                	beqz	a3,804047ac <fs_ops_write+0x72>
80404764:	8732                	mv	a4,a2
80404766:	04064463          	bltz	a2,804047ae <fs_ops_write+0x74>
8040476a:	4b94                	lw	a3,16(a5)
8040476c:	1141                	add	sp,sp,-16
8040476e:	c606                	sw	ra,12(sp)
80404770:	c422                	sw	s0,8(sp)
80404772:	862e                	mv	a2,a1
80404774:	e695                	bnez	a3,804047a0 <fs_ops_write+0x66>
80404776:	4f94                	lw	a3,24(a5)
80404778:	41030333          	sub	t1,t1,a6
8040477c:	030a                	sll	t1,t1,0x2
8040477e:	00688433          	add	s0,a7,t1
80404782:	4848                	lw	a0,20(s0)
80404784:	4581                	li	a1,0
80404786:	00001097          	auipc	ra,0x1
8040478a:	ebe080e7          	jalr	-322(ra) # 80405644 <writei>
8040478e:	00a05563          	blez	a0,80404798 <fs_ops_write+0x5e>
80404792:	4c1c                	lw	a5,24(s0)
80404794:	97aa                	add	a5,a5,a0
80404796:	cc1c                	sw	a5,24(s0)
80404798:	40b2                	lw	ra,12(sp)
8040479a:	4422                	lw	s0,8(sp)
8040479c:	0141                	add	sp,sp,16
8040479e:	8082                	ret
804047a0:	4bd4                	lw	a3,20(a5)
804047a2:	46d4                	lw	a3,12(a3)
804047a4:	cf94                	sw	a3,24(a5)
804047a6:	bfc9                	j	80404778 <fs_ops_write+0x3e>
804047a8:	555d                	li	a0,-9
804047aa:	8082                	ret
804047ac:	8082                	ret
804047ae:	5529                	li	a0,-22
804047b0:	8082                	ret

804047b2 <fs_ops_read>:
804047b2:	07f00793          	li	a5,127
804047b6:	04a7e863          	bltu	a5,a0,80404806 <fs_ops_read+0x54>
804047ba:	1141                	add	sp,sp,-16
804047bc:	00351793          	sll	a5,a0,0x3
804047c0:	8f89                	sub	a5,a5,a0
804047c2:	c422                	sw	s0,8(sp)
804047c4:	8041c437          	lui	s0,0x8041c
804047c8:	078a                	sll	a5,a5,0x2
804047ca:	71840413          	add	s0,s0,1816 # 8041c718 <files>
804047ce:	943e                	add	s0,s0,a5
804047d0:	405c                	lw	a5,4(s0)
804047d2:	c606                	sw	ra,12(sp)
804047d4:	555d                	li	a0,-9
804047d6:	02f05463          	blez	a5,804047fe <fs_ops_read+0x4c>
804047da:	441c                	lw	a5,8(s0)
804047dc:	c38d                	beqz	a5,804047fe <fs_ops_read+0x4c>
804047de:	8732                	mv	a4,a2
804047e0:	02064563          	bltz	a2,8040480a <fs_ops_read+0x58>
804047e4:	4c14                	lw	a3,24(s0)
804047e6:	4848                	lw	a0,20(s0)
804047e8:	862e                	mv	a2,a1
804047ea:	4581                	li	a1,0
804047ec:	00001097          	auipc	ra,0x1
804047f0:	d70080e7          	jalr	-656(ra) # 8040555c <readi>
804047f4:	00a05563          	blez	a0,804047fe <fs_ops_read+0x4c>
804047f8:	4c1c                	lw	a5,24(s0)
804047fa:	97aa                	add	a5,a5,a0
804047fc:	cc1c                	sw	a5,24(s0)
804047fe:	40b2                	lw	ra,12(sp)
80404800:	4422                	lw	s0,8(sp)
80404802:	0141                	add	sp,sp,16
80404804:	8082                	ret
80404806:	555d                	li	a0,-9
80404808:	8082                	ret
8040480a:	5529                	li	a0,-22
8040480c:	bfcd                	j	804047fe <fs_ops_read+0x4c>

8040480e <fs_shutdown>:
8040480e:	00001317          	auipc	t1,0x1
80404812:	55230067          	jr	1362(t1) # 80405d60 <bio_flush>

80404816 <fs_ops_open>:
80404816:	7179                	add	sp,sp,-48
80404818:	ce4e                	sw	s3,28(sp)
8040481a:	d606                	sw	ra,44(sp)
8040481c:	d422                	sw	s0,40(sp)
8040481e:	d226                	sw	s1,36(sp)
80404820:	d04a                	sw	s2,32(sp)
80404822:	0035f993          	and	s3,a1,3
80404826:	478d                	li	a5,3
80404828:	08f98f63          	beq	s3,a5,804048c6 <fs_ops_open+0xb0>
8040482c:	8041c7b7          	lui	a5,0x8041c
80404830:	892e                	mv	s2,a1
80404832:	71c78793          	add	a5,a5,1820 # 8041c71c <files+0x4>
80404836:	4401                	li	s0,0
80404838:	08000693          	li	a3,128
8040483c:	a021                	j	80404844 <fs_ops_open+0x2e>
8040483e:	0405                	add	s0,s0,1
80404840:	06d40b63          	beq	s0,a3,804048b6 <fs_ops_open+0xa0>
80404844:	4398                	lw	a4,0(a5)
80404846:	07f1                	add	a5,a5,28
80404848:	fee04be3          	bgtz	a4,8040483e <fs_ops_open+0x28>
8040484c:	0070                	add	a2,sp,12
8040484e:	85ca                	mv	a1,s2
80404850:	00001097          	auipc	ra,0x1
80404854:	09e080e7          	jalr	158(ra) # 804058ee <fs_open>
80404858:	04054863          	bltz	a0,804048a8 <fs_ops_open+0x92>
8040485c:	00341493          	sll	s1,s0,0x3
80404860:	8c81                	sub	s1,s1,s0
80404862:	8041c7b7          	lui	a5,0x8041c
80404866:	71878793          	add	a5,a5,1816 # 8041c718 <files>
8040486a:	048a                	sll	s1,s1,0x2
8040486c:	94be                	add	s1,s1,a5
8040486e:	4671                	li	a2,28
80404870:	4581                	li	a1,0
80404872:	8526                	mv	a0,s1
80404874:	00001097          	auipc	ra,0x1
80404878:	580080e7          	jalr	1408(ra) # 80405df4 <memset>
8040487c:	4709                	li	a4,2
8040487e:	c098                	sw	a4,0(s1)
80404880:	4705                	li	a4,1
80404882:	c0d8                	sw	a4,4(s1)
80404884:	4732                	lw	a4,12(sp)
80404886:	fff98793          	add	a5,s3,-1
8040488a:	00a95913          	srl	s2,s2,0xa
8040488e:	00f037b3          	snez	a5,a5
80404892:	013039b3          	snez	s3,s3
80404896:	00197913          	and	s2,s2,1
8040489a:	c8d8                	sw	a4,20(s1)
8040489c:	c49c                	sw	a5,8(s1)
8040489e:	0134a623          	sw	s3,12(s1)
804048a2:	0124a823          	sw	s2,16(s1)
804048a6:	8522                	mv	a0,s0
804048a8:	50b2                	lw	ra,44(sp)
804048aa:	5422                	lw	s0,40(sp)
804048ac:	5492                	lw	s1,36(sp)
804048ae:	5902                	lw	s2,32(sp)
804048b0:	49f2                	lw	s3,28(sp)
804048b2:	6145                	add	sp,sp,48
804048b4:	8082                	ret
804048b6:	50b2                	lw	ra,44(sp)
804048b8:	5422                	lw	s0,40(sp)
804048ba:	5492                	lw	s1,36(sp)
804048bc:	5902                	lw	s2,32(sp)
804048be:	49f2                	lw	s3,28(sp)
804048c0:	5521                	li	a0,-24
804048c2:	6145                	add	sp,sp,48
804048c4:	8082                	ret
804048c6:	5529                	li	a0,-22
804048c8:	b7c5                	j	804048a8 <fs_ops_open+0x92>

804048ca <fs_ops_lseek>:
804048ca:	07f00793          	li	a5,127
804048ce:	872a                	mv	a4,a0
804048d0:	04a7ed63          	bltu	a5,a0,8040492a <fs_ops_lseek+0x60>
804048d4:	00351813          	sll	a6,a0,0x3
804048d8:	40a807b3          	sub	a5,a6,a0
804048dc:	8041c6b7          	lui	a3,0x8041c
804048e0:	71868693          	add	a3,a3,1816 # 8041c718 <files>
804048e4:	078a                	sll	a5,a5,0x2
804048e6:	97b6                	add	a5,a5,a3
804048e8:	0047a883          	lw	a7,4(a5)
804048ec:	555d                	li	a0,-9
804048ee:	03105463          	blez	a7,80404916 <fs_ops_lseek+0x4c>
804048f2:	e21d                	bnez	a2,80404918 <fs_ops_lseek+0x4e>
804048f4:	4781                	li	a5,0
804048f6:	97ae                	add	a5,a5,a1
804048f8:	00b7b633          	sltu	a2,a5,a1
804048fc:	81fd                	srl	a1,a1,0x1f
804048fe:	00c59b63          	bne	a1,a2,80404914 <fs_ops_lseek+0x4a>
80404902:	0007c963          	bltz	a5,80404914 <fs_ops_lseek+0x4a>
80404906:	40e80833          	sub	a6,a6,a4
8040490a:	080a                	sll	a6,a6,0x2
8040490c:	96c2                	add	a3,a3,a6
8040490e:	ce9c                	sw	a5,24(a3)
80404910:	853e                	mv	a0,a5
80404912:	8082                	ret
80404914:	5529                	li	a0,-22
80404916:	8082                	ret
80404918:	4505                	li	a0,1
8040491a:	00a60a63          	beq	a2,a0,8040492e <fs_ops_lseek+0x64>
8040491e:	4509                	li	a0,2
80404920:	fea61ae3          	bne	a2,a0,80404914 <fs_ops_lseek+0x4a>
80404924:	4bdc                	lw	a5,20(a5)
80404926:	47dc                	lw	a5,12(a5)
80404928:	b7f9                	j	804048f6 <fs_ops_lseek+0x2c>
8040492a:	555d                	li	a0,-9
8040492c:	8082                	ret
8040492e:	4f9c                	lw	a5,24(a5)
80404930:	b7d9                	j	804048f6 <fs_ops_lseek+0x2c>

80404932 <fs_ops_close>:
80404932:	07f00793          	li	a5,127
80404936:	04a7e463          	bltu	a5,a0,8040497e <fs_ops_close+0x4c>
8040493a:	1141                	add	sp,sp,-16
8040493c:	00351793          	sll	a5,a0,0x3
80404940:	8f89                	sub	a5,a5,a0
80404942:	c422                	sw	s0,8(sp)
80404944:	8041c437          	lui	s0,0x8041c
80404948:	078a                	sll	a5,a5,0x2
8040494a:	71840413          	add	s0,s0,1816 # 8041c718 <files>
8040494e:	943e                	add	s0,s0,a5
80404950:	405c                	lw	a5,4(s0)
80404952:	c606                	sw	ra,12(sp)
80404954:	555d                	li	a0,-9
80404956:	02f05063          	blez	a5,80404976 <fs_ops_close+0x44>
8040495a:	4848                	lw	a0,20(s0)
8040495c:	00001097          	auipc	ra,0x1
80404960:	a76080e7          	jalr	-1418(ra) # 804053d2 <iput>
80404964:	00001097          	auipc	ra,0x1
80404968:	3fc080e7          	jalr	1020(ra) # 80405d60 <bio_flush>
8040496c:	4501                	li	a0,0
8040496e:	00042223          	sw	zero,4(s0)
80404972:	00042023          	sw	zero,0(s0)
80404976:	40b2                	lw	ra,12(sp)
80404978:	4422                	lw	s0,8(sp)
8040497a:	0141                	add	sp,sp,16
8040497c:	8082                	ret
8040497e:	555d                	li	a0,-9
80404980:	8082                	ret

80404982 <panic>:
80404982:	7115                	add	sp,sp,-224
80404984:	0c410313          	add	t1,sp,196
80404988:	c3ae                	sw	a1,196(sp)
8040498a:	c5b2                	sw	a2,200(sp)
8040498c:	c7b6                	sw	a3,204(sp)
8040498e:	862a                	mv	a2,a0
80404990:	869a                	mv	a3,t1
80404992:	0a000593          	li	a1,160
80404996:	0808                	add	a0,sp,16
80404998:	df06                	sw	ra,188(sp)
8040499a:	c9ba                	sw	a4,208(sp)
8040499c:	cbbe                	sw	a5,212(sp)
8040499e:	cdc2                	sw	a6,216(sp)
804049a0:	cfc6                	sw	a7,220(sp)
804049a2:	c61a                	sw	t1,12(sp)
804049a4:	fffff097          	auipc	ra,0xfffff
804049a8:	086080e7          	jalr	134(ra) # 80403a2a <vsnprintf>
804049ac:	0808                	add	a0,sp,16
804049ae:	ffffc097          	auipc	ra,0xffffc
804049b2:	ef8080e7          	jalr	-264(ra) # 804008a6 <uni_panic>

804049b6 <either_copyout>:
804049b6:	1141                	add	sp,sp,-16
804049b8:	852e                	mv	a0,a1
804049ba:	85b2                	mv	a1,a2
804049bc:	8636                	mv	a2,a3
804049be:	c606                	sw	ra,12(sp)
804049c0:	00001097          	auipc	ra,0x1
804049c4:	476080e7          	jalr	1142(ra) # 80405e36 <memcpy>
804049c8:	40b2                	lw	ra,12(sp)
804049ca:	4501                	li	a0,0
804049cc:	0141                	add	sp,sp,16
804049ce:	8082                	ret

804049d0 <either_copyin>:
804049d0:	1141                	add	sp,sp,-16
804049d2:	852e                	mv	a0,a1
804049d4:	85b2                	mv	a1,a2
804049d6:	8636                	mv	a2,a3
804049d8:	c606                	sw	ra,12(sp)
804049da:	00001097          	auipc	ra,0x1
804049de:	45c080e7          	jalr	1116(ra) # 80405e36 <memcpy>
804049e2:	40b2                	lw	ra,12(sp)
804049e4:	4501                	li	a0,0
804049e6:	0141                	add	sp,sp,16
804049e8:	8082                	ret

804049ea <disk_capacity>:
804049ea:	00000317          	auipc	t1,0x0
804049ee:	b9a30067          	jr	-1126(t1) # 80404584 <uni_blk_sectors>

804049f2 <disk_read>:
804049f2:	1141                	add	sp,sp,-16
804049f4:	c422                	sw	s0,8(sp)
804049f6:	c226                	sw	s1,4(sp)
804049f8:	c606                	sw	ra,12(sp)
804049fa:	842a                	mv	s0,a0
804049fc:	84ae                	mv	s1,a1
804049fe:	00000097          	auipc	ra,0x0
80404a02:	b9c080e7          	jalr	-1124(ra) # 8040459a <uni_blk_read>
80404a06:	e511                	bnez	a0,80404a12 <disk_read+0x20>
80404a08:	40b2                	lw	ra,12(sp)
80404a0a:	4422                	lw	s0,8(sp)
80404a0c:	4492                	lw	s1,4(sp)
80404a0e:	0141                	add	sp,sp,16
80404a10:	8082                	ret
80404a12:	80407537          	lui	a0,0x80407
80404a16:	8626                	mv	a2,s1
80404a18:	85a2                	mv	a1,s0
80404a1a:	c8050513          	add	a0,a0,-896 # 80406c80 <__clz_tab+0x23c>
80404a1e:	00000097          	auipc	ra,0x0
80404a22:	f64080e7          	jalr	-156(ra) # 80404982 <panic>

80404a26 <disk_write>:
80404a26:	1141                	add	sp,sp,-16
80404a28:	c422                	sw	s0,8(sp)
80404a2a:	c226                	sw	s1,4(sp)
80404a2c:	c606                	sw	ra,12(sp)
80404a2e:	842a                	mv	s0,a0
80404a30:	84ae                	mv	s1,a1
80404a32:	00000097          	auipc	ra,0x0
80404a36:	bf4080e7          	jalr	-1036(ra) # 80404626 <uni_blk_write>
80404a3a:	e511                	bnez	a0,80404a46 <disk_write+0x20>
80404a3c:	40b2                	lw	ra,12(sp)
80404a3e:	4422                	lw	s0,8(sp)
80404a40:	4492                	lw	s1,4(sp)
80404a42:	0141                	add	sp,sp,16
80404a44:	8082                	ret
80404a46:	80407537          	lui	a0,0x80407
80404a4a:	8626                	mv	a2,s1
80404a4c:	85a2                	mv	a1,s0
80404a4e:	ca050513          	add	a0,a0,-864 # 80406ca0 <__clz_tab+0x25c>
80404a52:	00000097          	auipc	ra,0x0
80404a56:	f30080e7          	jalr	-208(ra) # 80404982 <panic>

80404a5a <disk_flush>:
80404a5a:	1141                	add	sp,sp,-16
80404a5c:	c606                	sw	ra,12(sp)
80404a5e:	00000097          	auipc	ra,0x0
80404a62:	c54080e7          	jalr	-940(ra) # 804046b2 <uni_blk_flush>
80404a66:	e501                	bnez	a0,80404a6e <disk_flush+0x14>
80404a68:	40b2                	lw	ra,12(sp)
80404a6a:	0141                	add	sp,sp,16
80404a6c:	8082                	ret
80404a6e:	80407537          	lui	a0,0x80407
80404a72:	cc450513          	add	a0,a0,-828 # 80406cc4 <__clz_tab+0x280>
80404a76:	00000097          	auipc	ra,0x0
80404a7a:	f0c080e7          	jalr	-244(ra) # 80404982 <panic>

80404a7e <bfree>:
80404a7e:	8041f7b7          	lui	a5,0x8041f
80404a82:	71878793          	add	a5,a5,1816 # 8041f718 <sb>
80404a86:	5398                	lw	a4,32(a5)
80404a88:	1101                	add	sp,sp,-32
80404a8a:	c84a                	sw	s2,16(sp)
80404a8c:	ce06                	sw	ra,28(sp)
80404a8e:	cc22                	sw	s0,24(sp)
80404a90:	ca26                	sw	s1,20(sp)
80404a92:	c64e                	sw	s3,12(sp)
80404a94:	892a                	mv	s2,a0
80404a96:	06e56363          	bltu	a0,a4,80404afc <bfree+0x7e>
80404a9a:	4798                	lw	a4,8(a5)
80404a9c:	06e57063          	bgeu	a0,a4,80404afc <bfree+0x7e>
80404aa0:	4b98                	lw	a4,16(a5)
80404aa2:	4485                	li	s1,1
80404aa4:	00757793          	and	a5,a0,7
80404aa8:	813d                	srl	a0,a0,0xf
80404aaa:	00f494b3          	sll	s1,s1,a5
80404aae:	953a                	add	a0,a0,a4
80404ab0:	01191793          	sll	a5,s2,0x11
80404ab4:	0147d413          	srl	s0,a5,0x14
80404ab8:	00001097          	auipc	ra,0x1
80404abc:	1f4080e7          	jalr	500(ra) # 80405cac <bread>
80404ac0:	008507b3          	add	a5,a0,s0
80404ac4:	0187c703          	lbu	a4,24(a5)
80404ac8:	0ff4f493          	zext.b	s1,s1
80404acc:	89aa                	mv	s3,a0
80404ace:	009776b3          	and	a3,a4,s1
80404ad2:	ce95                	beqz	a3,80404b0e <bfree+0x90>
80404ad4:	fff4c493          	not	s1,s1
80404ad8:	8f65                	and	a4,a4,s1
80404ada:	00e78c23          	sb	a4,24(a5)
80404ade:	00001097          	auipc	ra,0x1
80404ae2:	242080e7          	jalr	578(ra) # 80405d20 <bdirty>
80404ae6:	4462                	lw	s0,24(sp)
80404ae8:	40f2                	lw	ra,28(sp)
80404aea:	44d2                	lw	s1,20(sp)
80404aec:	4942                	lw	s2,16(sp)
80404aee:	854e                	mv	a0,s3
80404af0:	49b2                	lw	s3,12(sp)
80404af2:	6105                	add	sp,sp,32
80404af4:	00001317          	auipc	t1,0x1
80404af8:	23230067          	jr	562(t1) # 80405d26 <brelse>
80404afc:	80407537          	lui	a0,0x80407
80404b00:	85ca                	mv	a1,s2
80404b02:	cf450513          	add	a0,a0,-780 # 80406cf4 <exfs_ops+0x1c>
80404b06:	00000097          	auipc	ra,0x0
80404b0a:	e7c080e7          	jalr	-388(ra) # 80404982 <panic>
80404b0e:	80407537          	lui	a0,0x80407
80404b12:	85ca                	mv	a1,s2
80404b14:	d1c50513          	add	a0,a0,-740 # 80406d1c <exfs_ops+0x44>
80404b18:	00000097          	auipc	ra,0x0
80404b1c:	e6a080e7          	jalr	-406(ra) # 80404982 <panic>

80404b20 <trim_indirect>:
80404b20:	7179                	add	sp,sp,-48
80404b22:	ce4e                	sw	s3,28(sp)
80404b24:	cc52                	sw	s4,24(sp)
80404b26:	c85a                	sw	s6,16(sp)
80404b28:	c65e                	sw	s7,12(sp)
80404b2a:	c266                	sw	s9,4(sp)
80404b2c:	d606                	sw	ra,44(sp)
80404b2e:	d422                	sw	s0,40(sp)
80404b30:	d226                	sw	s1,36(sp)
80404b32:	d04a                	sw	s2,32(sp)
80404b34:	ca56                	sw	s5,20(sp)
80404b36:	c462                	sw	s8,8(sp)
80404b38:	c06a                	sw	s10,0(sp)
80404b3a:	4785                	li	a5,1
80404b3c:	8cb2                	mv	s9,a2
80404b3e:	8baa                	mv	s7,a0
80404b40:	8b2e                	mv	s6,a1
80404b42:	89b6                	mv	s3,a3
80404b44:	4a05                	li	s4,1
80404b46:	00f60463          	beq	a2,a5,80404b4e <trim_indirect+0x2e>
80404b4a:	40000a13          	li	s4,1024
80404b4e:	855e                	mv	a0,s7
80404b50:	6a85                	lui	s5,0x1
80404b52:	00001097          	auipc	ra,0x1
80404b56:	15a080e7          	jalr	346(ra) # 80405cac <bread>
80404b5a:	0ae1                	add	s5,s5,24 # 1018 <errno+0x1018>
80404b5c:	8c2a                	mv	s8,a0
80404b5e:	01850413          	add	s0,a0,24
80404b62:	9aaa                	add	s5,s5,a0
80404b64:	84da                	mv	s1,s6
80404b66:	4d05                	li	s10,1
80404b68:	4008                	lw	a0,0(s0)
80404b6a:	009a0933          	add	s2,s4,s1
80404b6e:	cd19                	beqz	a0,80404b8c <trim_indirect+0x6c>
80404b70:	0129fe63          	bgeu	s3,s2,80404b8c <trim_indirect+0x6c>
80404b74:	86ce                	mv	a3,s3
80404b76:	fffc8613          	add	a2,s9,-1
80404b7a:	85a6                	mv	a1,s1
80404b7c:	05ac8163          	beq	s9,s10,80404bbe <trim_indirect+0x9e>
80404b80:	00000097          	auipc	ra,0x0
80404b84:	fa0080e7          	jalr	-96(ra) # 80404b20 <trim_indirect>
80404b88:	0534f163          	bgeu	s1,s3,80404bca <trim_indirect+0xaa>
80404b8c:	0411                	add	s0,s0,4
80404b8e:	84ca                	mv	s1,s2
80404b90:	fd541ce3          	bne	s0,s5,80404b68 <trim_indirect+0x48>
80404b94:	8562                	mv	a0,s8
80404b96:	00001097          	auipc	ra,0x1
80404b9a:	190080e7          	jalr	400(ra) # 80405d26 <brelse>
80404b9e:	033b7e63          	bgeu	s6,s3,80404bda <trim_indirect+0xba>
80404ba2:	50b2                	lw	ra,44(sp)
80404ba4:	5422                	lw	s0,40(sp)
80404ba6:	5492                	lw	s1,36(sp)
80404ba8:	5902                	lw	s2,32(sp)
80404baa:	49f2                	lw	s3,28(sp)
80404bac:	4a62                	lw	s4,24(sp)
80404bae:	4ad2                	lw	s5,20(sp)
80404bb0:	4b42                	lw	s6,16(sp)
80404bb2:	4bb2                	lw	s7,12(sp)
80404bb4:	4c22                	lw	s8,8(sp)
80404bb6:	4c92                	lw	s9,4(sp)
80404bb8:	4d02                	lw	s10,0(sp)
80404bba:	6145                	add	sp,sp,48
80404bbc:	8082                	ret
80404bbe:	00000097          	auipc	ra,0x0
80404bc2:	ec0080e7          	jalr	-320(ra) # 80404a7e <bfree>
80404bc6:	fd34e3e3          	bltu	s1,s3,80404b8c <trim_indirect+0x6c>
80404bca:	00042023          	sw	zero,0(s0)
80404bce:	8562                	mv	a0,s8
80404bd0:	00001097          	auipc	ra,0x1
80404bd4:	150080e7          	jalr	336(ra) # 80405d20 <bdirty>
80404bd8:	bf55                	j	80404b8c <trim_indirect+0x6c>
80404bda:	5422                	lw	s0,40(sp)
80404bdc:	50b2                	lw	ra,44(sp)
80404bde:	5492                	lw	s1,36(sp)
80404be0:	5902                	lw	s2,32(sp)
80404be2:	49f2                	lw	s3,28(sp)
80404be4:	4a62                	lw	s4,24(sp)
80404be6:	4ad2                	lw	s5,20(sp)
80404be8:	4b42                	lw	s6,16(sp)
80404bea:	4c22                	lw	s8,8(sp)
80404bec:	4c92                	lw	s9,4(sp)
80404bee:	4d02                	lw	s10,0(sp)
80404bf0:	855e                	mv	a0,s7
80404bf2:	4bb2                	lw	s7,12(sp)
80404bf4:	6145                	add	sp,sp,48
80404bf6:	00000317          	auipc	t1,0x0
80404bfa:	e8830067          	jr	-376(t1) # 80404a7e <bfree>

80404bfe <iget.part.0>:
80404bfe:	1141                	add	sp,sp,-16
80404c00:	8041e7b7          	lui	a5,0x8041e
80404c04:	c422                	sw	s0,8(sp)
80404c06:	c226                	sw	s1,4(sp)
80404c08:	c606                	sw	ra,12(sp)
80404c0a:	84aa                	mv	s1,a0
80404c0c:	4401                	li	s0,0
80404c0e:	51878513          	add	a0,a5,1304 # 8041e518 <inodes>
80404c12:	4701                	li	a4,0
80404c14:	51878793          	add	a5,a5,1304
80404c18:	04000593          	li	a1,64
80404c1c:	a809                	j	80404c2e <iget.part.0+0x30>
80404c1e:	4390                	lw	a2,0(a5)
80404c20:	08960663          	beq	a2,s1,80404cac <iget.part.0+0xae>
80404c24:	0705                	add	a4,a4,1
80404c26:	04878793          	add	a5,a5,72
80404c2a:	00b70d63          	beq	a4,a1,80404c44 <iget.part.0+0x46>
80404c2e:	43d4                	lw	a3,4(a5)
80404c30:	fed047e3          	bgtz	a3,80404c1e <iget.part.0+0x20>
80404c34:	f865                	bnez	s0,80404c24 <iget.part.0+0x26>
80404c36:	f6fd                	bnez	a3,80404c24 <iget.part.0+0x26>
80404c38:	0705                	add	a4,a4,1
80404c3a:	843e                	mv	s0,a5
80404c3c:	04878793          	add	a5,a5,72
80404c40:	feb717e3          	bne	a4,a1,80404c2e <iget.part.0+0x30>
80404c44:	c83d                	beqz	s0,80404cba <iget.part.0+0xbc>
80404c46:	8041f7b7          	lui	a5,0x8041f
80404c4a:	7307a783          	lw	a5,1840(a5) # 8041f730 <sb+0x18>
80404c4e:	0064d513          	srl	a0,s1,0x6
80404c52:	953e                	add	a0,a0,a5
80404c54:	00001097          	auipc	ra,0x1
80404c58:	058080e7          	jalr	88(ra) # 80405cac <bread>
80404c5c:	03f4f793          	and	a5,s1,63
80404c60:	00679693          	sll	a3,a5,0x6
80404c64:	96aa                	add	a3,a3,a0
80404c66:	01868793          	add	a5,a3,24
80404c6a:	00840713          	add	a4,s0,8
80404c6e:	05868693          	add	a3,a3,88
80404c72:	0007a883          	lw	a7,0(a5)
80404c76:	0047a803          	lw	a6,4(a5)
80404c7a:	478c                	lw	a1,8(a5)
80404c7c:	47d0                	lw	a2,12(a5)
80404c7e:	01172023          	sw	a7,0(a4)
80404c82:	01072223          	sw	a6,4(a4)
80404c86:	c70c                	sw	a1,8(a4)
80404c88:	c750                	sw	a2,12(a4)
80404c8a:	07c1                	add	a5,a5,16
80404c8c:	0741                	add	a4,a4,16
80404c8e:	fed792e3          	bne	a5,a3,80404c72 <iget.part.0+0x74>
80404c92:	00001097          	auipc	ra,0x1
80404c96:	094080e7          	jalr	148(ra) # 80405d26 <brelse>
80404c9a:	4785                	li	a5,1
80404c9c:	c004                	sw	s1,0(s0)
80404c9e:	40b2                	lw	ra,12(sp)
80404ca0:	c05c                	sw	a5,4(s0)
80404ca2:	8522                	mv	a0,s0
80404ca4:	4422                	lw	s0,8(sp)
80404ca6:	4492                	lw	s1,4(sp)
80404ca8:	0141                	add	sp,sp,16
80404caa:	8082                	ret
80404cac:	00371413          	sll	s0,a4,0x3
80404cb0:	943a                	add	s0,s0,a4
80404cb2:	040e                	sll	s0,s0,0x3
80404cb4:	942a                	add	s0,s0,a0
80404cb6:	0685                	add	a3,a3,1
80404cb8:	c054                	sw	a3,4(s0)
80404cba:	40b2                	lw	ra,12(sp)
80404cbc:	8522                	mv	a0,s0
80404cbe:	4422                	lw	s0,8(sp)
80404cc0:	4492                	lw	s1,4(sp)
80404cc2:	0141                	add	sp,sp,16
80404cc4:	8082                	ret

80404cc6 <balloc>:
80404cc6:	7179                	add	sp,sp,-48
80404cc8:	d04a                	sw	s2,32(sp)
80404cca:	8041f937          	lui	s2,0x8041f
80404cce:	71890913          	add	s2,s2,1816 # 8041f718 <sb>
80404cd2:	02092783          	lw	a5,32(s2)
80404cd6:	00892703          	lw	a4,8(s2)
80404cda:	ce4e                	sw	s3,28(sp)
80404cdc:	d606                	sw	ra,44(sp)
80404cde:	d422                	sw	s0,40(sp)
80404ce0:	d226                	sw	s1,36(sp)
80404ce2:	cc52                	sw	s4,24(sp)
80404ce4:	ca56                	sw	s5,20(sp)
80404ce6:	c85a                	sw	s6,16(sp)
80404ce8:	c65e                	sw	s7,12(sp)
80404cea:	c462                	sw	s8,8(sp)
80404cec:	c266                	sw	s9,4(sp)
80404cee:	40f709b3          	sub	s3,a4,a5
80404cf2:	0af70563          	beq	a4,a5,80404d9c <balloc+0xd6>
80404cf6:	6a05                	lui	s4,0x1
80404cf8:	4c81                	li	s9,0
80404cfa:	80407ab7          	lui	s5,0x80407
80404cfe:	1a7d                	add	s4,s4,-1 # fff <errno+0xfff>
80404d00:	4b05                	li	s6,1
80404d02:	a809                	j	80404d14 <balloc+0x4e>
80404d04:	00001097          	auipc	ra,0x1
80404d08:	022080e7          	jalr	34(ra) # 80405d26 <brelse>
80404d0c:	09998863          	beq	s3,s9,80404d9c <balloc+0xd6>
80404d10:	02092783          	lw	a5,32(s2)
80404d14:	128aa403          	lw	s0,296(s5) # 80407128 <alloc_hint>
80404d18:	01092703          	lw	a4,16(s2)
80404d1c:	9466                	add	s0,s0,s9
80404d1e:	8c1d                	sub	s0,s0,a5
80404d20:	03347433          	remu	s0,s0,s3
80404d24:	0c85                	add	s9,s9,1
80404d26:	943e                	add	s0,s0,a5
80404d28:	00f45513          	srl	a0,s0,0xf
80404d2c:	00345793          	srl	a5,s0,0x3
80404d30:	953a                	add	a0,a0,a4
80404d32:	0147f4b3          	and	s1,a5,s4
80404d36:	00001097          	auipc	ra,0x1
80404d3a:	f76080e7          	jalr	-138(ra) # 80405cac <bread>
80404d3e:	009507b3          	add	a5,a0,s1
80404d42:	0187c703          	lbu	a4,24(a5)
80404d46:	00747b93          	and	s7,s0,7
80404d4a:	017b1bb3          	sll	s7,s6,s7
80404d4e:	0ffbfb93          	zext.b	s7,s7
80404d52:	017776b3          	and	a3,a4,s7
80404d56:	8c2a                	mv	s8,a0
80404d58:	f6d5                	bnez	a3,80404d04 <balloc+0x3e>
80404d5a:	01776733          	or	a4,a4,s7
80404d5e:	00e78c23          	sb	a4,24(a5)
80404d62:	00001097          	auipc	ra,0x1
80404d66:	fbe080e7          	jalr	-66(ra) # 80405d20 <bdirty>
80404d6a:	8562                	mv	a0,s8
80404d6c:	00001097          	auipc	ra,0x1
80404d70:	fba080e7          	jalr	-70(ra) # 80405d26 <brelse>
80404d74:	8522                	mv	a0,s0
80404d76:	00001097          	auipc	ra,0x1
80404d7a:	f7c080e7          	jalr	-132(ra) # 80405cf2 <bclear>
80404d7e:	00001097          	auipc	ra,0x1
80404d82:	fa8080e7          	jalr	-88(ra) # 80405d26 <brelse>
80404d86:	00892703          	lw	a4,8(s2)
80404d8a:	00140793          	add	a5,s0,1
80404d8e:	00e7e463          	bltu	a5,a4,80404d96 <balloc+0xd0>
80404d92:	02092783          	lw	a5,32(s2)
80404d96:	12faa423          	sw	a5,296(s5)
80404d9a:	a011                	j	80404d9e <balloc+0xd8>
80404d9c:	4401                	li	s0,0
80404d9e:	50b2                	lw	ra,44(sp)
80404da0:	8522                	mv	a0,s0
80404da2:	5422                	lw	s0,40(sp)
80404da4:	5492                	lw	s1,36(sp)
80404da6:	5902                	lw	s2,32(sp)
80404da8:	49f2                	lw	s3,28(sp)
80404daa:	4a62                	lw	s4,24(sp)
80404dac:	4ad2                	lw	s5,20(sp)
80404dae:	4b42                	lw	s6,16(sp)
80404db0:	4bb2                	lw	s7,12(sp)
80404db2:	4c22                	lw	s8,8(sp)
80404db4:	4c92                	lw	s9,4(sp)
80404db6:	6145                	add	sp,sp,48
80404db8:	8082                	ret

80404dba <bmap>:
80404dba:	1101                	add	sp,sp,-32
80404dbc:	cc22                	sw	s0,24(sp)
80404dbe:	ca26                	sw	s1,20(sp)
80404dc0:	c84a                	sw	s2,16(sp)
80404dc2:	ce06                	sw	ra,28(sp)
80404dc4:	c64e                	sw	s3,12(sp)
80404dc6:	c452                	sw	s4,8(sp)
80404dc8:	47ad                	li	a5,11
80404dca:	842e                	mv	s0,a1
80404dcc:	84aa                	mv	s1,a0
80404dce:	8932                	mv	s2,a2
80404dd0:	0eb7fa63          	bgeu	a5,a1,80404ec4 <bmap+0x10a>
80404dd4:	ff458993          	add	s3,a1,-12
80404dd8:	3ff00793          	li	a5,1023
80404ddc:	1337f963          	bgeu	a5,s3,80404f0e <bmap+0x154>
80404de0:	4168                	lw	a0,68(a0)
80404de2:	ed01                	bnez	a0,80404dfa <bmap+0x40>
80404de4:	e239                	bnez	a2,80404e2a <bmap+0x70>
80404de6:	4401                	li	s0,0
80404de8:	40f2                	lw	ra,28(sp)
80404dea:	8522                	mv	a0,s0
80404dec:	4462                	lw	s0,24(sp)
80404dee:	44d2                	lw	s1,20(sp)
80404df0:	4942                	lw	s2,16(sp)
80404df2:	49b2                	lw	s3,12(sp)
80404df4:	4a22                	lw	s4,8(sp)
80404df6:	6105                	add	sp,sp,32
80404df8:	8082                	ret
80404dfa:	00001097          	auipc	ra,0x1
80404dfe:	eb2080e7          	jalr	-334(ra) # 80405cac <bread>
80404e02:	bf440413          	add	s0,s0,-1036
80404e06:	00a45793          	srl	a5,s0,0xa
80404e0a:	01850993          	add	s3,a0,24
80404e0e:	078a                	sll	a5,a5,0x2
80404e10:	99be                	add	s3,s3,a5
80404e12:	0009aa03          	lw	s4,0(s3)
80404e16:	84aa                	mv	s1,a0
80404e18:	0c0a1463          	bnez	s4,80404ee0 <bmap+0x126>
80404e1c:	02091e63          	bnez	s2,80404e58 <bmap+0x9e>
80404e20:	00001097          	auipc	ra,0x1
80404e24:	f06080e7          	jalr	-250(ra) # 80405d26 <brelse>
80404e28:	bf7d                	j	80404de6 <bmap+0x2c>
80404e2a:	00000097          	auipc	ra,0x0
80404e2e:	e9c080e7          	jalr	-356(ra) # 80404cc6 <balloc>
80404e32:	c0e8                	sw	a0,68(s1)
80404e34:	d94d                	beqz	a0,80404de6 <bmap+0x2c>
80404e36:	00001097          	auipc	ra,0x1
80404e3a:	e76080e7          	jalr	-394(ra) # 80405cac <bread>
80404e3e:	bf440413          	add	s0,s0,-1036
80404e42:	00a45793          	srl	a5,s0,0xa
80404e46:	01850993          	add	s3,a0,24
80404e4a:	078a                	sll	a5,a5,0x2
80404e4c:	99be                	add	s3,s3,a5
80404e4e:	0009aa03          	lw	s4,0(s3)
80404e52:	84aa                	mv	s1,a0
80404e54:	080a1663          	bnez	s4,80404ee0 <bmap+0x126>
80404e58:	00000097          	auipc	ra,0x0
80404e5c:	e6e080e7          	jalr	-402(ra) # 80404cc6 <balloc>
80404e60:	892a                	mv	s2,a0
80404e62:	8526                	mv	a0,s1
80404e64:	fa090ee3          	beqz	s2,80404e20 <bmap+0x66>
80404e68:	0129a023          	sw	s2,0(s3)
80404e6c:	00001097          	auipc	ra,0x1
80404e70:	eb4080e7          	jalr	-332(ra) # 80405d20 <bdirty>
80404e74:	8526                	mv	a0,s1
80404e76:	00001097          	auipc	ra,0x1
80404e7a:	eb0080e7          	jalr	-336(ra) # 80405d26 <brelse>
80404e7e:	854a                	mv	a0,s2
80404e80:	00001097          	auipc	ra,0x1
80404e84:	e2c080e7          	jalr	-468(ra) # 80405cac <bread>
80404e88:	3ff47413          	and	s0,s0,1023
80404e8c:	00241793          	sll	a5,s0,0x2
80404e90:	01850993          	add	s3,a0,24
80404e94:	99be                	add	s3,s3,a5
80404e96:	0009a403          	lw	s0,0(s3)
80404e9a:	84aa                	mv	s1,a0
80404e9c:	ec11                	bnez	s0,80404eb8 <bmap+0xfe>
80404e9e:	00000097          	auipc	ra,0x0
80404ea2:	e28080e7          	jalr	-472(ra) # 80404cc6 <balloc>
80404ea6:	842a                	mv	s0,a0
80404ea8:	c901                	beqz	a0,80404eb8 <bmap+0xfe>
80404eaa:	00a9a023          	sw	a0,0(s3)
80404eae:	8526                	mv	a0,s1
80404eb0:	00001097          	auipc	ra,0x1
80404eb4:	e70080e7          	jalr	-400(ra) # 80405d20 <bdirty>
80404eb8:	8526                	mv	a0,s1
80404eba:	00001097          	auipc	ra,0x1
80404ebe:	e6c080e7          	jalr	-404(ra) # 80405d26 <brelse>
80404ec2:	b71d                	j	80404de8 <bmap+0x2e>
80404ec4:	00259413          	sll	s0,a1,0x2
80404ec8:	008504b3          	add	s1,a0,s0
80404ecc:	4880                	lw	s0,16(s1)
80404ece:	fc09                	bnez	s0,80404de8 <bmap+0x2e>
80404ed0:	de01                	beqz	a2,80404de8 <bmap+0x2e>
80404ed2:	00000097          	auipc	ra,0x0
80404ed6:	df4080e7          	jalr	-524(ra) # 80404cc6 <balloc>
80404eda:	842a                	mv	s0,a0
80404edc:	c888                	sw	a0,16(s1)
80404ede:	b729                	j	80404de8 <bmap+0x2e>
80404ee0:	8526                	mv	a0,s1
80404ee2:	00001097          	auipc	ra,0x1
80404ee6:	e44080e7          	jalr	-444(ra) # 80405d26 <brelse>
80404eea:	8552                	mv	a0,s4
80404eec:	00001097          	auipc	ra,0x1
80404ef0:	dc0080e7          	jalr	-576(ra) # 80405cac <bread>
80404ef4:	3ff47413          	and	s0,s0,1023
80404ef8:	040a                	sll	s0,s0,0x2
80404efa:	01850993          	add	s3,a0,24
80404efe:	99a2                	add	s3,s3,s0
80404f00:	0009a403          	lw	s0,0(s3)
80404f04:	84aa                	mv	s1,a0
80404f06:	f84d                	bnez	s0,80404eb8 <bmap+0xfe>
80404f08:	fa0908e3          	beqz	s2,80404eb8 <bmap+0xfe>
80404f0c:	bf49                	j	80404e9e <bmap+0xe4>
80404f0e:	4128                	lw	a0,64(a0)
80404f10:	c105                	beqz	a0,80404f30 <bmap+0x176>
80404f12:	00001097          	auipc	ra,0x1
80404f16:	d9a080e7          	jalr	-614(ra) # 80405cac <bread>
80404f1a:	01850793          	add	a5,a0,24
80404f1e:	098a                	sll	s3,s3,0x2
80404f20:	99be                	add	s3,s3,a5
80404f22:	0009a403          	lw	s0,0(s3)
80404f26:	84aa                	mv	s1,a0
80404f28:	f841                	bnez	s0,80404eb8 <bmap+0xfe>
80404f2a:	f80907e3          	beqz	s2,80404eb8 <bmap+0xfe>
80404f2e:	bf85                	j	80404e9e <bmap+0xe4>
80404f30:	ea060be3          	beqz	a2,80404de6 <bmap+0x2c>
80404f34:	00000097          	auipc	ra,0x0
80404f38:	d92080e7          	jalr	-622(ra) # 80404cc6 <balloc>
80404f3c:	c0a8                	sw	a0,64(s1)
80404f3e:	ea0504e3          	beqz	a0,80404de6 <bmap+0x2c>
80404f42:	00001097          	auipc	ra,0x1
80404f46:	d6a080e7          	jalr	-662(ra) # 80405cac <bread>
80404f4a:	01850793          	add	a5,a0,24
80404f4e:	098a                	sll	s3,s3,0x2
80404f50:	99be                	add	s3,s3,a5
80404f52:	0009a403          	lw	s0,0(s3)
80404f56:	84aa                	mv	s1,a0
80404f58:	d039                	beqz	s0,80404e9e <bmap+0xe4>
80404f5a:	bfb9                	j	80404eb8 <bmap+0xfe>

80404f5c <fs_init>:
80404f5c:	1141                	add	sp,sp,-16
80404f5e:	4501                	li	a0,0
80404f60:	c606                	sw	ra,12(sp)
80404f62:	c422                	sw	s0,8(sp)
80404f64:	c226                	sw	s1,4(sp)
80404f66:	8041f437          	lui	s0,0x8041f
80404f6a:	00001097          	auipc	ra,0x1
80404f6e:	d42080e7          	jalr	-702(ra) # 80405cac <bread>
80404f72:	01850593          	add	a1,a0,24
80404f76:	02400613          	li	a2,36
80404f7a:	84aa                	mv	s1,a0
80404f7c:	71840513          	add	a0,s0,1816 # 8041f718 <sb>
80404f80:	00001097          	auipc	ra,0x1
80404f84:	eb6080e7          	jalr	-330(ra) # 80405e36 <memcpy>
80404f88:	8526                	mv	a0,s1
80404f8a:	00001097          	auipc	ra,0x1
80404f8e:	d9c080e7          	jalr	-612(ra) # 80405d26 <brelse>
80404f92:	00000097          	auipc	ra,0x0
80404f96:	a58080e7          	jalr	-1448(ra) # 804049ea <disk_capacity>
80404f9a:	71840793          	add	a5,s0,1816
80404f9e:	4394                	lw	a3,0(a5)
80404fa0:	53466737          	lui	a4,0x53466
80404fa4:	84570713          	add	a4,a4,-1979 # 53465845 <errno+0x53465845>
80404fa8:	08e69863          	bne	a3,a4,80405038 <fs_init+0xdc>
80404fac:	43cc                	lw	a1,4(a5)
80404fae:	4705                	li	a4,1
80404fb0:	08e59463          	bne	a1,a4,80405038 <fs_init+0xdc>
80404fb4:	4790                	lw	a2,8(a5)
80404fb6:	810d                	srl	a0,a0,0x3
80404fb8:	08c56063          	bltu	a0,a2,80405038 <fs_init+0xdc>
80404fbc:	4b98                	lw	a4,16(a5)
80404fbe:	cf2d                	beqz	a4,80405038 <fs_init+0xdc>
80404fc0:	4bc8                	lw	a0,20(a5)
80404fc2:	00f51693          	sll	a3,a0,0xf
80404fc6:	06c6e963          	bltu	a3,a2,80405038 <fs_init+0xdc>
80404fca:	4f94                	lw	a3,24(a5)
80404fcc:	972a                	add	a4,a4,a0
80404fce:	06e6e563          	bltu	a3,a4,80405038 <fs_init+0xdc>
80404fd2:	4fc8                	lw	a0,28(a5)
80404fd4:	47d8                	lw	a4,12(a5)
80404fd6:	00651813          	sll	a6,a0,0x6
80404fda:	04e86f63          	bltu	a6,a4,80405038 <fs_init+0xdc>
80404fde:	04e5fd63          	bgeu	a1,a4,80405038 <fs_init+0xdc>
80404fe2:	539c                	lw	a5,32(a5)
80404fe4:	96aa                	add	a3,a3,a0
80404fe6:	04d7e963          	bltu	a5,a3,80405038 <fs_init+0xdc>
80404fea:	04f66763          	bltu	a2,a5,80405038 <fs_init+0xdc>
80404fee:	80407737          	lui	a4,0x80407
80404ff2:	4505                	li	a0,1
80404ff4:	12f72423          	sw	a5,296(a4) # 80407128 <alloc_hint>
80404ff8:	00000097          	auipc	ra,0x0
80404ffc:	c06080e7          	jalr	-1018(ra) # 80404bfe <iget.part.0>
80405000:	804077b7          	lui	a5,0x80407
80405004:	12a7a623          	sw	a0,300(a5) # 8040712c <root>
80405008:	c105                	beqz	a0,80405028 <fs_init+0xcc>
8040500a:	00855703          	lhu	a4,8(a0)
8040500e:	4789                	li	a5,2
80405010:	00f71c63          	bne	a4,a5,80405028 <fs_init+0xcc>
80405014:	40b2                	lw	ra,12(sp)
80405016:	4422                	lw	s0,8(sp)
80405018:	804077b7          	lui	a5,0x80407
8040501c:	4705                	li	a4,1
8040501e:	12e7a823          	sw	a4,304(a5) # 80407130 <mounted>
80405022:	4492                	lw	s1,4(sp)
80405024:	0141                	add	sp,sp,16
80405026:	8082                	ret
80405028:	80407537          	lui	a0,0x80407
8040502c:	d6850513          	add	a0,a0,-664 # 80406d68 <exfs_ops+0x90>
80405030:	00000097          	auipc	ra,0x0
80405034:	952080e7          	jalr	-1710(ra) # 80404982 <panic>
80405038:	80407537          	lui	a0,0x80407
8040503c:	d3c50513          	add	a0,a0,-708 # 80406d3c <exfs_ops+0x64>
80405040:	00000097          	auipc	ra,0x0
80405044:	942080e7          	jalr	-1726(ra) # 80404982 <panic>

80405048 <fs_mounted>:
80405048:	804077b7          	lui	a5,0x80407
8040504c:	1307a503          	lw	a0,304(a5) # 80407130 <mounted>
80405050:	8082                	ret

80405052 <fs_root>:
80405052:	804077b7          	lui	a5,0x80407
80405056:	12c7a503          	lw	a0,300(a5) # 8040712c <root>
8040505a:	8082                	ret

8040505c <iupdate>:
8040505c:	1141                	add	sp,sp,-16
8040505e:	c422                	sw	s0,8(sp)
80405060:	8041f7b7          	lui	a5,0x8041f
80405064:	4100                	lw	s0,0(a0)
80405066:	7307a783          	lw	a5,1840(a5) # 8041f730 <sb+0x18>
8040506a:	c226                	sw	s1,4(sp)
8040506c:	84aa                	mv	s1,a0
8040506e:	00645513          	srl	a0,s0,0x6
80405072:	953e                	add	a0,a0,a5
80405074:	03f47413          	and	s0,s0,63
80405078:	c04a                	sw	s2,0(sp)
8040507a:	c606                	sw	ra,12(sp)
8040507c:	041a                	sll	s0,s0,0x6
8040507e:	00001097          	auipc	ra,0x1
80405082:	c2e080e7          	jalr	-978(ra) # 80405cac <bread>
80405086:	008507b3          	add	a5,a0,s0
8040508a:	00848713          	add	a4,s1,8
8040508e:	892a                	mv	s2,a0
80405090:	07e1                	add	a5,a5,24
80405092:	04848493          	add	s1,s1,72
80405096:	4308                	lw	a0,0(a4)
80405098:	434c                	lw	a1,4(a4)
8040509a:	4710                	lw	a2,8(a4)
8040509c:	4754                	lw	a3,12(a4)
8040509e:	c388                	sw	a0,0(a5)
804050a0:	c3cc                	sw	a1,4(a5)
804050a2:	c790                	sw	a2,8(a5)
804050a4:	c7d4                	sw	a3,12(a5)
804050a6:	0741                	add	a4,a4,16
804050a8:	07c1                	add	a5,a5,16
804050aa:	fe9716e3          	bne	a4,s1,80405096 <iupdate+0x3a>
804050ae:	854a                	mv	a0,s2
804050b0:	00001097          	auipc	ra,0x1
804050b4:	c70080e7          	jalr	-912(ra) # 80405d20 <bdirty>
804050b8:	4422                	lw	s0,8(sp)
804050ba:	40b2                	lw	ra,12(sp)
804050bc:	4492                	lw	s1,4(sp)
804050be:	854a                	mv	a0,s2
804050c0:	4902                	lw	s2,0(sp)
804050c2:	0141                	add	sp,sp,16
804050c4:	00001317          	auipc	t1,0x1
804050c8:	c6230067          	jr	-926(t1) # 80405d26 <brelse>

804050cc <trim_blocks>:
804050cc:	7179                	add	sp,sp,-48
804050ce:	d04a                	sw	s2,32(sp)
804050d0:	cc52                	sw	s4,24(sp)
804050d2:	d606                	sw	ra,44(sp)
804050d4:	d422                	sw	s0,40(sp)
804050d6:	d226                	sw	s1,36(sp)
804050d8:	ce4e                	sw	s3,28(sp)
804050da:	ca56                	sw	s5,20(sp)
804050dc:	c85a                	sw	s6,16(sp)
804050de:	c65e                	sw	s7,12(sp)
804050e0:	47ad                	li	a5,11
804050e2:	892e                	mv	s2,a1
804050e4:	8a2a                	mv	s4,a0
804050e6:	02b7e663          	bltu	a5,a1,80405112 <trim_blocks+0x46>
804050ea:	00259413          	sll	s0,a1,0x2
804050ee:	942a                	add	s0,s0,a0
804050f0:	03050493          	add	s1,a0,48
804050f4:	a021                	j	804050fc <trim_blocks+0x30>
804050f6:	0411                	add	s0,s0,4
804050f8:	00940d63          	beq	s0,s1,80405112 <trim_blocks+0x46>
804050fc:	4808                	lw	a0,16(s0)
804050fe:	dd65                	beqz	a0,804050f6 <trim_blocks+0x2a>
80405100:	00000097          	auipc	ra,0x0
80405104:	97e080e7          	jalr	-1666(ra) # 80404a7e <bfree>
80405108:	0411                	add	s0,s0,4
8040510a:	00042623          	sw	zero,12(s0)
8040510e:	fe9417e3          	bne	s0,s1,804050fc <trim_blocks+0x30>
80405112:	040a2b83          	lw	s7,64(s4)
80405116:	020b9563          	bnez	s7,80405140 <trim_blocks+0x74>
8040511a:	044a2b83          	lw	s7,68(s4)
8040511e:	080b9863          	bnez	s7,804051ae <trim_blocks+0xe2>
80405122:	5422                	lw	s0,40(sp)
80405124:	50b2                	lw	ra,44(sp)
80405126:	5492                	lw	s1,36(sp)
80405128:	5902                	lw	s2,32(sp)
8040512a:	49f2                	lw	s3,28(sp)
8040512c:	4ad2                	lw	s5,20(sp)
8040512e:	4b42                	lw	s6,16(sp)
80405130:	4bb2                	lw	s7,12(sp)
80405132:	8552                	mv	a0,s4
80405134:	4a62                	lw	s4,24(sp)
80405136:	6145                	add	sp,sp,48
80405138:	00000317          	auipc	t1,0x0
8040513c:	f2430067          	jr	-220(t1) # 8040505c <iupdate>
80405140:	855e                	mv	a0,s7
80405142:	00001097          	auipc	ra,0x1
80405146:	b6a080e7          	jalr	-1174(ra) # 80405cac <bread>
8040514a:	8b2a                	mv	s6,a0
8040514c:	01850493          	add	s1,a0,24
80405150:	4431                	li	s0,12
80405152:	40c00a93          	li	s5,1036
80405156:	a029                	j	80405160 <trim_blocks+0x94>
80405158:	0491                	add	s1,s1,4
8040515a:	844e                	mv	s0,s3
8040515c:	03598963          	beq	s3,s5,8040518e <trim_blocks+0xc2>
80405160:	4088                	lw	a0,0(s1)
80405162:	00140993          	add	s3,s0,1
80405166:	d96d                	beqz	a0,80405158 <trim_blocks+0x8c>
80405168:	ff3978e3          	bgeu	s2,s3,80405158 <trim_blocks+0x8c>
8040516c:	00000097          	auipc	ra,0x0
80405170:	912080e7          	jalr	-1774(ra) # 80404a7e <bfree>
80405174:	ff2462e3          	bltu	s0,s2,80405158 <trim_blocks+0x8c>
80405178:	0004a023          	sw	zero,0(s1)
8040517c:	855a                	mv	a0,s6
8040517e:	00001097          	auipc	ra,0x1
80405182:	ba2080e7          	jalr	-1118(ra) # 80405d20 <bdirty>
80405186:	0491                	add	s1,s1,4
80405188:	844e                	mv	s0,s3
8040518a:	fd599be3          	bne	s3,s5,80405160 <trim_blocks+0x94>
8040518e:	855a                	mv	a0,s6
80405190:	00001097          	auipc	ra,0x1
80405194:	b96080e7          	jalr	-1130(ra) # 80405d26 <brelse>
80405198:	47b1                	li	a5,12
8040519a:	0927f463          	bgeu	a5,s2,80405222 <trim_blocks+0x156>
8040519e:	040a2783          	lw	a5,64(s4)
804051a2:	04fa2023          	sw	a5,64(s4)
804051a6:	044a2b83          	lw	s7,68(s4)
804051aa:	f60b8ce3          	beqz	s7,80405122 <trim_blocks+0x56>
804051ae:	855e                	mv	a0,s7
804051b0:	6a85                	lui	s5,0x1
804051b2:	00001097          	auipc	ra,0x1
804051b6:	afa080e7          	jalr	-1286(ra) # 80405cac <bread>
804051ba:	0ae1                	add	s5,s5,24 # 1018 <errno+0x1018>
804051bc:	8b2a                	mv	s6,a0
804051be:	01850413          	add	s0,a0,24
804051c2:	9aaa                	add	s5,s5,a0
804051c4:	40c00493          	li	s1,1036
804051c8:	a029                	j	804051d2 <trim_blocks+0x106>
804051ca:	0411                	add	s0,s0,4
804051cc:	84ce                	mv	s1,s3
804051ce:	03540c63          	beq	s0,s5,80405206 <trim_blocks+0x13a>
804051d2:	4008                	lw	a0,0(s0)
804051d4:	40048993          	add	s3,s1,1024
804051d8:	85a6                	mv	a1,s1
804051da:	86ca                	mv	a3,s2
804051dc:	4605                	li	a2,1
804051de:	d575                	beqz	a0,804051ca <trim_blocks+0xfe>
804051e0:	ff3975e3          	bgeu	s2,s3,804051ca <trim_blocks+0xfe>
804051e4:	00000097          	auipc	ra,0x0
804051e8:	93c080e7          	jalr	-1732(ra) # 80404b20 <trim_indirect>
804051ec:	fd24efe3          	bltu	s1,s2,804051ca <trim_blocks+0xfe>
804051f0:	00042023          	sw	zero,0(s0)
804051f4:	855a                	mv	a0,s6
804051f6:	0411                	add	s0,s0,4
804051f8:	00001097          	auipc	ra,0x1
804051fc:	b28080e7          	jalr	-1240(ra) # 80405d20 <bdirty>
80405200:	84ce                	mv	s1,s3
80405202:	fd5418e3          	bne	s0,s5,804051d2 <trim_blocks+0x106>
80405206:	855a                	mv	a0,s6
80405208:	00001097          	auipc	ra,0x1
8040520c:	b1e080e7          	jalr	-1250(ra) # 80405d26 <brelse>
80405210:	40c00793          	li	a5,1036
80405214:	0327f063          	bgeu	a5,s2,80405234 <trim_blocks+0x168>
80405218:	044a2783          	lw	a5,68(s4)
8040521c:	04fa2223          	sw	a5,68(s4)
80405220:	b709                	j	80405122 <trim_blocks+0x56>
80405222:	855e                	mv	a0,s7
80405224:	00000097          	auipc	ra,0x0
80405228:	85a080e7          	jalr	-1958(ra) # 80404a7e <bfree>
8040522c:	4781                	li	a5,0
8040522e:	04fa2023          	sw	a5,64(s4)
80405232:	bf95                	j	804051a6 <trim_blocks+0xda>
80405234:	855e                	mv	a0,s7
80405236:	00000097          	auipc	ra,0x0
8040523a:	848080e7          	jalr	-1976(ra) # 80404a7e <bfree>
8040523e:	4781                	li	a5,0
80405240:	04fa2223          	sw	a5,68(s4)
80405244:	bdf9                	j	80405122 <trim_blocks+0x56>

80405246 <inum_valid>:
80405246:	c901                	beqz	a0,80405256 <inum_valid+0x10>
80405248:	8041f7b7          	lui	a5,0x8041f
8040524c:	7247a783          	lw	a5,1828(a5) # 8041f724 <sb+0xc>
80405250:	00f53533          	sltu	a0,a0,a5
80405254:	8082                	ret
80405256:	4501                	li	a0,0
80405258:	8082                	ret

8040525a <iget>:
8040525a:	85aa                	mv	a1,a0
8040525c:	c919                	beqz	a0,80405272 <iget+0x18>
8040525e:	8041f7b7          	lui	a5,0x8041f
80405262:	7247a783          	lw	a5,1828(a5) # 8041f724 <sb+0xc>
80405266:	00f57663          	bgeu	a0,a5,80405272 <iget+0x18>
8040526a:	00000317          	auipc	t1,0x0
8040526e:	99430067          	jr	-1644(t1) # 80404bfe <iget.part.0>
80405272:	80407537          	lui	a0,0x80407
80405276:	1141                	add	sp,sp,-16
80405278:	d9050513          	add	a0,a0,-624 # 80406d90 <exfs_ops+0xb8>
8040527c:	c606                	sw	ra,12(sp)
8040527e:	fffff097          	auipc	ra,0xfffff
80405282:	704080e7          	jalr	1796(ra) # 80404982 <panic>

80405286 <istat>:
80405286:	1141                	add	sp,sp,-16
80405288:	8041e7b7          	lui	a5,0x8041e
8040528c:	c422                	sw	s0,8(sp)
8040528e:	c226                	sw	s1,4(sp)
80405290:	c04a                	sw	s2,0(sp)
80405292:	84b2                	mv	s1,a2
80405294:	c606                	sw	ra,12(sp)
80405296:	51878613          	add	a2,a5,1304 # 8041e518 <inodes>
8040529a:	842a                	mv	s0,a0
8040529c:	892e                	mv	s2,a1
8040529e:	51878793          	add	a5,a5,1304
804052a2:	4701                	li	a4,0
804052a4:	04000813          	li	a6,64
804052a8:	a031                	j	804052b4 <istat+0x2e>
804052aa:	0705                	add	a4,a4,1
804052ac:	04878793          	add	a5,a5,72
804052b0:	03070963          	beq	a4,a6,804052e2 <istat+0x5c>
804052b4:	43d4                	lw	a3,4(a5)
804052b6:	fed05ae3          	blez	a3,804052aa <istat+0x24>
804052ba:	4394                	lw	a3,0(a5)
804052bc:	fe8697e3          	bne	a3,s0,804052aa <istat+0x24>
804052c0:	00371793          	sll	a5,a4,0x3
804052c4:	97ba                	add	a5,a5,a4
804052c6:	078e                	sll	a5,a5,0x3
804052c8:	97b2                	add	a5,a5,a2
804052ca:	0087d703          	lhu	a4,8(a5)
804052ce:	47dc                	lw	a5,12(a5)
804052d0:	40b2                	lw	ra,12(sp)
804052d2:	4422                	lw	s0,8(sp)
804052d4:	00e91023          	sh	a4,0(s2)
804052d8:	c09c                	sw	a5,0(s1)
804052da:	4902                	lw	s2,0(sp)
804052dc:	4492                	lw	s1,4(sp)
804052de:	0141                	add	sp,sp,16
804052e0:	8082                	ret
804052e2:	8041f7b7          	lui	a5,0x8041f
804052e6:	7307a783          	lw	a5,1840(a5) # 8041f730 <sb+0x18>
804052ea:	00645513          	srl	a0,s0,0x6
804052ee:	03f47413          	and	s0,s0,63
804052f2:	953e                	add	a0,a0,a5
804052f4:	00001097          	auipc	ra,0x1
804052f8:	9b8080e7          	jalr	-1608(ra) # 80405cac <bread>
804052fc:	041a                	sll	s0,s0,0x6
804052fe:	01850793          	add	a5,a0,24
80405302:	97a2                	add	a5,a5,s0
80405304:	0007d703          	lhu	a4,0(a5)
80405308:	43dc                	lw	a5,4(a5)
8040530a:	4422                	lw	s0,8(sp)
8040530c:	00e91023          	sh	a4,0(s2)
80405310:	40b2                	lw	ra,12(sp)
80405312:	4902                	lw	s2,0(sp)
80405314:	c09c                	sw	a5,0(s1)
80405316:	4492                	lw	s1,4(sp)
80405318:	0141                	add	sp,sp,16
8040531a:	00001317          	auipc	t1,0x1
8040531e:	a0c30067          	jr	-1524(t1) # 80405d26 <brelse>

80405322 <ialloc>:
80405322:	7179                	add	sp,sp,-48
80405324:	d226                	sw	s1,36(sp)
80405326:	8041f4b7          	lui	s1,0x8041f
8040532a:	71848493          	add	s1,s1,1816 # 8041f718 <sb>
8040532e:	44dc                	lw	a5,12(s1)
80405330:	d422                	sw	s0,40(sp)
80405332:	d04a                	sw	s2,32(sp)
80405334:	ce4e                	sw	s3,28(sp)
80405336:	d606                	sw	ra,44(sp)
80405338:	4409                	li	s0,2
8040533a:	89aa                	mv	s3,a0
8040533c:	892e                	mv	s2,a1
8040533e:	02f47163          	bgeu	s0,a5,80405360 <ialloc+0x3e>
80405342:	0070                	add	a2,sp,12
80405344:	00a10593          	add	a1,sp,10
80405348:	8522                	mv	a0,s0
8040534a:	00000097          	auipc	ra,0x0
8040534e:	f3c080e7          	jalr	-196(ra) # 80405286 <istat>
80405352:	00a15783          	lhu	a5,10(sp)
80405356:	cf89                	beqz	a5,80405370 <ialloc+0x4e>
80405358:	44dc                	lw	a5,12(s1)
8040535a:	0405                	add	s0,s0,1
8040535c:	fef463e3          	bltu	s0,a5,80405342 <ialloc+0x20>
80405360:	5511                	li	a0,-28
80405362:	50b2                	lw	ra,44(sp)
80405364:	5422                	lw	s0,40(sp)
80405366:	5492                	lw	s1,36(sp)
80405368:	5902                	lw	s2,32(sp)
8040536a:	49f2                	lw	s3,28(sp)
8040536c:	6145                	add	sp,sp,48
8040536e:	8082                	ret
80405370:	44dc                	lw	a5,12(s1)
80405372:	04f47763          	bgeu	s0,a5,804053c0 <ialloc+0x9e>
80405376:	8522                	mv	a0,s0
80405378:	00000097          	auipc	ra,0x0
8040537c:	886080e7          	jalr	-1914(ra) # 80404bfe <iget.part.0>
80405380:	842a                	mv	s0,a0
80405382:	5521                	li	a0,-24
80405384:	dc79                	beqz	s0,80405362 <ialloc+0x40>
80405386:	04000613          	li	a2,64
8040538a:	4581                	li	a1,0
8040538c:	00840513          	add	a0,s0,8
80405390:	00001097          	auipc	ra,0x1
80405394:	a64080e7          	jalr	-1436(ra) # 80405df4 <memset>
80405398:	4785                	li	a5,1
8040539a:	01341423          	sh	s3,8(s0)
8040539e:	8522                	mv	a0,s0
804053a0:	00f41523          	sh	a5,10(s0)
804053a4:	00000097          	auipc	ra,0x0
804053a8:	cb8080e7          	jalr	-840(ra) # 8040505c <iupdate>
804053ac:	50b2                	lw	ra,44(sp)
804053ae:	00892023          	sw	s0,0(s2)
804053b2:	5422                	lw	s0,40(sp)
804053b4:	5492                	lw	s1,36(sp)
804053b6:	5902                	lw	s2,32(sp)
804053b8:	49f2                	lw	s3,28(sp)
804053ba:	4501                	li	a0,0
804053bc:	6145                	add	sp,sp,48
804053be:	8082                	ret
804053c0:	80407537          	lui	a0,0x80407
804053c4:	85a2                	mv	a1,s0
804053c6:	d9050513          	add	a0,a0,-624 # 80406d90 <exfs_ops+0xb8>
804053ca:	fffff097          	auipc	ra,0xfffff
804053ce:	5b8080e7          	jalr	1464(ra) # 80404982 <panic>

804053d2 <iput>:
804053d2:	415c                	lw	a5,4(a0)
804053d4:	1141                	add	sp,sp,-16
804053d6:	c422                	sw	s0,8(sp)
804053d8:	c606                	sw	ra,12(sp)
804053da:	842a                	mv	s0,a0
804053dc:	04f05a63          	blez	a5,80405430 <iput+0x5e>
804053e0:	4705                	li	a4,1
804053e2:	00e78863          	beq	a5,a4,804053f2 <iput+0x20>
804053e6:	17fd                	add	a5,a5,-1
804053e8:	40b2                	lw	ra,12(sp)
804053ea:	c05c                	sw	a5,4(s0)
804053ec:	4422                	lw	s0,8(sp)
804053ee:	0141                	add	sp,sp,16
804053f0:	8082                	ret
804053f2:	00a55703          	lhu	a4,10(a0)
804053f6:	fb65                	bnez	a4,804053e6 <iput+0x14>
804053f8:	4581                	li	a1,0
804053fa:	00052623          	sw	zero,12(a0)
804053fe:	00000097          	auipc	ra,0x0
80405402:	cce080e7          	jalr	-818(ra) # 804050cc <trim_blocks>
80405406:	04000613          	li	a2,64
8040540a:	4581                	li	a1,0
8040540c:	00840513          	add	a0,s0,8
80405410:	00001097          	auipc	ra,0x1
80405414:	9e4080e7          	jalr	-1564(ra) # 80405df4 <memset>
80405418:	8522                	mv	a0,s0
8040541a:	00000097          	auipc	ra,0x0
8040541e:	c42080e7          	jalr	-958(ra) # 8040505c <iupdate>
80405422:	405c                	lw	a5,4(s0)
80405424:	40b2                	lw	ra,12(sp)
80405426:	17fd                	add	a5,a5,-1
80405428:	c05c                	sw	a5,4(s0)
8040542a:	4422                	lw	s0,8(sp)
8040542c:	0141                	add	sp,sp,16
8040542e:	8082                	ret
80405430:	410c                	lw	a1,0(a0)
80405432:	80407537          	lui	a0,0x80407
80405436:	dac50513          	add	a0,a0,-596 # 80406dac <exfs_ops+0xd4>
8040543a:	fffff097          	auipc	ra,0xfffff
8040543e:	548080e7          	jalr	1352(ra) # 80404982 <panic>

80405442 <itrunc>:
80405442:	1101                	add	sp,sp,-32
80405444:	cc22                	sw	s0,24(sp)
80405446:	ca26                	sw	s1,20(sp)
80405448:	c64e                	sw	s3,12(sp)
8040544a:	ce06                	sw	ra,28(sp)
8040544c:	c84a                	sw	s2,16(sp)
8040544e:	c452                	sw	s4,8(sp)
80405450:	c256                	sw	s5,4(sp)
80405452:	89aa                	mv	s3,a0
80405454:	00052623          	sw	zero,12(a0)
80405458:	01050413          	add	s0,a0,16
8040545c:	04050493          	add	s1,a0,64
80405460:	a021                	j	80405468 <itrunc+0x26>
80405462:	0411                	add	s0,s0,4
80405464:	00940d63          	beq	s0,s1,8040547e <itrunc+0x3c>
80405468:	4008                	lw	a0,0(s0)
8040546a:	dd65                	beqz	a0,80405462 <itrunc+0x20>
8040546c:	fffff097          	auipc	ra,0xfffff
80405470:	612080e7          	jalr	1554(ra) # 80404a7e <bfree>
80405474:	0411                	add	s0,s0,4
80405476:	fe042e23          	sw	zero,-4(s0)
8040547a:	fe9417e3          	bne	s0,s1,80405468 <itrunc+0x26>
8040547e:	0409aa03          	lw	s4,64(s3)
80405482:	020a1363          	bnez	s4,804054a8 <itrunc+0x66>
80405486:	0449aa83          	lw	s5,68(s3)
8040548a:	060a9a63          	bnez	s5,804054fe <itrunc+0xbc>
8040548e:	4462                	lw	s0,24(sp)
80405490:	40f2                	lw	ra,28(sp)
80405492:	44d2                	lw	s1,20(sp)
80405494:	4942                	lw	s2,16(sp)
80405496:	4a22                	lw	s4,8(sp)
80405498:	4a92                	lw	s5,4(sp)
8040549a:	854e                	mv	a0,s3
8040549c:	49b2                	lw	s3,12(sp)
8040549e:	6105                	add	sp,sp,32
804054a0:	00000317          	auipc	t1,0x0
804054a4:	bbc30067          	jr	-1092(t1) # 8040505c <iupdate>
804054a8:	8552                	mv	a0,s4
804054aa:	6485                	lui	s1,0x1
804054ac:	00001097          	auipc	ra,0x1
804054b0:	800080e7          	jalr	-2048(ra) # 80405cac <bread>
804054b4:	04e1                	add	s1,s1,24 # 1018 <errno+0x1018>
804054b6:	892a                	mv	s2,a0
804054b8:	01850413          	add	s0,a0,24
804054bc:	94aa                	add	s1,s1,a0
804054be:	4008                	lw	a0,0(s0)
804054c0:	cd01                	beqz	a0,804054d8 <itrunc+0x96>
804054c2:	fffff097          	auipc	ra,0xfffff
804054c6:	5bc080e7          	jalr	1468(ra) # 80404a7e <bfree>
804054ca:	854a                	mv	a0,s2
804054cc:	00042023          	sw	zero,0(s0)
804054d0:	00001097          	auipc	ra,0x1
804054d4:	850080e7          	jalr	-1968(ra) # 80405d20 <bdirty>
804054d8:	0411                	add	s0,s0,4
804054da:	fe9412e3          	bne	s0,s1,804054be <itrunc+0x7c>
804054de:	854a                	mv	a0,s2
804054e0:	00001097          	auipc	ra,0x1
804054e4:	846080e7          	jalr	-1978(ra) # 80405d26 <brelse>
804054e8:	8552                	mv	a0,s4
804054ea:	fffff097          	auipc	ra,0xfffff
804054ee:	594080e7          	jalr	1428(ra) # 80404a7e <bfree>
804054f2:	0449aa83          	lw	s5,68(s3)
804054f6:	0409a023          	sw	zero,64(s3)
804054fa:	f80a8ae3          	beqz	s5,8040548e <itrunc+0x4c>
804054fe:	8556                	mv	a0,s5
80405500:	6905                	lui	s2,0x1
80405502:	00000097          	auipc	ra,0x0
80405506:	7aa080e7          	jalr	1962(ra) # 80405cac <bread>
8040550a:	0961                	add	s2,s2,24 # 1018 <errno+0x1018>
8040550c:	8a2a                	mv	s4,a0
8040550e:	01850413          	add	s0,a0,24
80405512:	992a                	add	s2,s2,a0
80405514:	40c00493          	li	s1,1036
80405518:	4008                	lw	a0,0(s0)
8040551a:	85a6                	mv	a1,s1
8040551c:	4681                	li	a3,0
8040551e:	4605                	li	a2,1
80405520:	cd01                	beqz	a0,80405538 <itrunc+0xf6>
80405522:	fffff097          	auipc	ra,0xfffff
80405526:	5fe080e7          	jalr	1534(ra) # 80404b20 <trim_indirect>
8040552a:	8552                	mv	a0,s4
8040552c:	00042023          	sw	zero,0(s0)
80405530:	00000097          	auipc	ra,0x0
80405534:	7f0080e7          	jalr	2032(ra) # 80405d20 <bdirty>
80405538:	0411                	add	s0,s0,4
8040553a:	40048493          	add	s1,s1,1024
8040553e:	fd241de3          	bne	s0,s2,80405518 <itrunc+0xd6>
80405542:	8552                	mv	a0,s4
80405544:	00000097          	auipc	ra,0x0
80405548:	7e2080e7          	jalr	2018(ra) # 80405d26 <brelse>
8040554c:	8556                	mv	a0,s5
8040554e:	fffff097          	auipc	ra,0xfffff
80405552:	530080e7          	jalr	1328(ra) # 80404a7e <bfree>
80405556:	0409a223          	sw	zero,68(s3)
8040555a:	bf15                	j	8040548e <itrunc+0x4c>

8040555c <readi>:
8040555c:	715d                	add	sp,sp,-80
8040555e:	de4e                	sw	s3,60(sp)
80405560:	00c52983          	lw	s3,12(a0)
80405564:	c0ca                	sw	s2,64(sp)
80405566:	c686                	sw	ra,76(sp)
80405568:	c4a2                	sw	s0,72(sp)
8040556a:	c2a6                	sw	s1,68(sp)
8040556c:	dc52                	sw	s4,56(sp)
8040556e:	da56                	sw	s5,52(sp)
80405570:	d85a                	sw	s6,48(sp)
80405572:	d65e                	sw	s7,44(sp)
80405574:	d462                	sw	s8,40(sp)
80405576:	d266                	sw	s9,36(sp)
80405578:	d06a                	sw	s10,32(sp)
8040557a:	ce6e                	sw	s11,28(sp)
8040557c:	c62e                	sw	a1,12(sp)
8040557e:	4901                	li	s2,0
80405580:	0736f663          	bgeu	a3,s3,804055ec <readi+0x90>
80405584:	40d989b3          	sub	s3,s3,a3
80405588:	8aaa                	mv	s5,a0
8040558a:	8a36                	mv	s4,a3
8040558c:	8b32                	mv	s6,a2
8040558e:	0b376963          	bltu	a4,s3,80405640 <readi+0xe4>
80405592:	4401                	li	s0,0
80405594:	04098b63          	beqz	s3,804055ea <readi+0x8e>
80405598:	6c05                	lui	s8,0x1
8040559a:	fffc0d13          	add	s10,s8,-1 # fff <errno+0xfff>
8040559e:	8041dcb7          	lui	s9,0x8041d
804055a2:	008a05b3          	add	a1,s4,s0
804055a6:	01a5f933          	and	s2,a1,s10
804055aa:	408984b3          	sub	s1,s3,s0
804055ae:	412c07b3          	sub	a5,s8,s2
804055b2:	81b1                	srl	a1,a1,0xc
804055b4:	4601                	li	a2,0
804055b6:	8556                	mv	a0,s5
804055b8:	0097f363          	bgeu	a5,s1,804055be <readi+0x62>
804055bc:	84be                	mv	s1,a5
804055be:	fffff097          	auipc	ra,0xfffff
804055c2:	7fc080e7          	jalr	2044(ra) # 80404dba <bmap>
804055c6:	008b0db3          	add	s11,s6,s0
804055ca:	86a6                	mv	a3,s1
804055cc:	518c8613          	add	a2,s9,1304 # 8041d518 <zero_block>
804055d0:	85ee                	mv	a1,s11
804055d2:	ed0d                	bnez	a0,8040560c <readi+0xb0>
804055d4:	4532                	lw	a0,12(sp)
804055d6:	fffff097          	auipc	ra,0xfffff
804055da:	3e0080e7          	jalr	992(ra) # 804049b6 <either_copyout>
804055de:	892a                	mv	s2,a0
804055e0:	04094d63          	bltz	s2,8040563a <readi+0xde>
804055e4:	9426                	add	s0,s0,s1
804055e6:	fb346ee3          	bltu	s0,s3,804055a2 <readi+0x46>
804055ea:	894e                	mv	s2,s3
804055ec:	40b6                	lw	ra,76(sp)
804055ee:	4426                	lw	s0,72(sp)
804055f0:	4496                	lw	s1,68(sp)
804055f2:	59f2                	lw	s3,60(sp)
804055f4:	5a62                	lw	s4,56(sp)
804055f6:	5ad2                	lw	s5,52(sp)
804055f8:	5b42                	lw	s6,48(sp)
804055fa:	5bb2                	lw	s7,44(sp)
804055fc:	5c22                	lw	s8,40(sp)
804055fe:	5c92                	lw	s9,36(sp)
80405600:	5d02                	lw	s10,32(sp)
80405602:	4df2                	lw	s11,28(sp)
80405604:	854a                	mv	a0,s2
80405606:	4906                	lw	s2,64(sp)
80405608:	6161                	add	sp,sp,80
8040560a:	8082                	ret
8040560c:	00000097          	auipc	ra,0x0
80405610:	6a0080e7          	jalr	1696(ra) # 80405cac <bread>
80405614:	8baa                	mv	s7,a0
80405616:	01850613          	add	a2,a0,24
8040561a:	4532                	lw	a0,12(sp)
8040561c:	964a                	add	a2,a2,s2
8040561e:	86a6                	mv	a3,s1
80405620:	85ee                	mv	a1,s11
80405622:	fffff097          	auipc	ra,0xfffff
80405626:	394080e7          	jalr	916(ra) # 804049b6 <either_copyout>
8040562a:	892a                	mv	s2,a0
8040562c:	855e                	mv	a0,s7
8040562e:	00000097          	auipc	ra,0x0
80405632:	6f8080e7          	jalr	1784(ra) # 80405d26 <brelse>
80405636:	fa0957e3          	bgez	s2,804055e4 <readi+0x88>
8040563a:	d84d                	beqz	s0,804055ec <readi+0x90>
8040563c:	8922                	mv	s2,s0
8040563e:	b77d                	j	804055ec <readi+0x90>
80405640:	89ba                	mv	s3,a4
80405642:	bf81                	j	80405592 <readi+0x36>

80405644 <writei>:
80405644:	7139                	add	sp,sp,-64
80405646:	de06                	sw	ra,60(sp)
80405648:	dc22                	sw	s0,56(sp)
8040564a:	da26                	sw	s1,52(sp)
8040564c:	d84a                	sw	s2,48(sp)
8040564e:	d64e                	sw	s3,44(sp)
80405650:	d452                	sw	s4,40(sp)
80405652:	d256                	sw	s5,36(sp)
80405654:	d05a                	sw	s6,32(sp)
80405656:	ce5e                	sw	s7,28(sp)
80405658:	cc62                	sw	s8,24(sp)
8040565a:	ca66                	sw	s9,20(sp)
8040565c:	c86a                	sw	s10,16(sp)
8040565e:	c66e                	sw	s11,12(sp)
80405660:	1806c463          	bltz	a3,804057e8 <writei+0x1a4>
80405664:	800007b7          	lui	a5,0x80000
80405668:	fff7c793          	not	a5,a5
8040566c:	8f95                	sub	a5,a5,a3
8040566e:	8b36                	mv	s6,a3
80405670:	8aba                	mv	s5,a4
80405672:	16e7eb63          	bltu	a5,a4,804057e8 <writei+0x1a4>
80405676:	8c2e                	mv	s8,a1
80405678:	454c                	lw	a1,12(a0)
8040567a:	8baa                	mv	s7,a0
8040567c:	8cb2                	mv	s9,a2
8040567e:	0cd5e063          	bltu	a1,a3,8040573e <writei+0xfa>
80405682:	16070563          	beqz	a4,804057ec <writei+0x1a8>
80405686:	6d05                	lui	s10,0x1
80405688:	4401                	li	s0,0
8040568a:	fffd0d93          	add	s11,s10,-1 # fff <errno+0xfff>
8040568e:	a089                	j	804056d0 <writei+0x8c>
80405690:	00000097          	auipc	ra,0x0
80405694:	61c080e7          	jalr	1564(ra) # 80405cac <bread>
80405698:	01850593          	add	a1,a0,24
8040569c:	84aa                	mv	s1,a0
8040569e:	95ce                	add	a1,a1,s3
804056a0:	008c8633          	add	a2,s9,s0
804056a4:	86ca                	mv	a3,s2
804056a6:	8562                	mv	a0,s8
804056a8:	fffff097          	auipc	ra,0xfffff
804056ac:	328080e7          	jalr	808(ra) # 804049d0 <either_copyin>
804056b0:	89aa                	mv	s3,a0
804056b2:	8526                	mv	a0,s1
804056b4:	00000097          	auipc	ra,0x0
804056b8:	66c080e7          	jalr	1644(ra) # 80405d20 <bdirty>
804056bc:	8526                	mv	a0,s1
804056be:	00000097          	auipc	ra,0x0
804056c2:	668080e7          	jalr	1640(ra) # 80405d26 <brelse>
804056c6:	0209ca63          	bltz	s3,804056fa <writei+0xb6>
804056ca:	944a                	add	s0,s0,s2
804056cc:	09547863          	bgeu	s0,s5,8040575c <writei+0x118>
804056d0:	008b0a33          	add	s4,s6,s0
804056d4:	01ba79b3          	and	s3,s4,s11
804056d8:	408a8933          	sub	s2,s5,s0
804056dc:	413d07b3          	sub	a5,s10,s3
804056e0:	4605                	li	a2,1
804056e2:	00ca5593          	srl	a1,s4,0xc
804056e6:	855e                	mv	a0,s7
804056e8:	0127f363          	bgeu	a5,s2,804056ee <writei+0xaa>
804056ec:	893e                	mv	s2,a5
804056ee:	fffff097          	auipc	ra,0xfffff
804056f2:	6cc080e7          	jalr	1740(ra) # 80404dba <bmap>
804056f6:	fd49                	bnez	a0,80405690 <writei+0x4c>
804056f8:	5991                	li	s3,-28
804056fa:	00cba583          	lw	a1,12(s7)
804056fe:	0145f563          	bgeu	a1,s4,80405708 <writei+0xc4>
80405702:	014ba623          	sw	s4,12(s7)
80405706:	85d2                	mv	a1,s4
80405708:	6785                	lui	a5,0x1
8040570a:	17fd                	add	a5,a5,-1 # fff <errno+0xfff>
8040570c:	95be                	add	a1,a1,a5
8040570e:	81b1                	srl	a1,a1,0xc
80405710:	855e                	mv	a0,s7
80405712:	00000097          	auipc	ra,0x0
80405716:	9ba080e7          	jalr	-1606(ra) # 804050cc <trim_blocks>
8040571a:	c011                	beqz	s0,8040571e <writei+0xda>
8040571c:	89a2                	mv	s3,s0
8040571e:	50f2                	lw	ra,60(sp)
80405720:	5462                	lw	s0,56(sp)
80405722:	54d2                	lw	s1,52(sp)
80405724:	5942                	lw	s2,48(sp)
80405726:	5a22                	lw	s4,40(sp)
80405728:	5a92                	lw	s5,36(sp)
8040572a:	5b02                	lw	s6,32(sp)
8040572c:	4bf2                	lw	s7,28(sp)
8040572e:	4c62                	lw	s8,24(sp)
80405730:	4cd2                	lw	s9,20(sp)
80405732:	4d42                	lw	s10,16(sp)
80405734:	4db2                	lw	s11,12(sp)
80405736:	854e                	mv	a0,s3
80405738:	59b2                	lw	s3,44(sp)
8040573a:	6121                	add	sp,sp,64
8040573c:	8082                	ret
8040573e:	6485                	lui	s1,0x1
80405740:	fff48413          	add	s0,s1,-1 # fff <errno+0xfff>
80405744:	8c6d                	and	s0,s0,a1
80405746:	e021                	bnez	s0,80405786 <writei+0x142>
80405748:	ff1d                	bnez	a4,80405686 <writei+0x42>
8040574a:	00dba623          	sw	a3,12(s7)
8040574e:	00000097          	auipc	ra,0x0
80405752:	90e080e7          	jalr	-1778(ra) # 8040505c <iupdate>
80405756:	4401                	li	s0,0
80405758:	89a2                	mv	s3,s0
8040575a:	b7d1                	j	8040571e <writei+0xda>
8040575c:	00cba783          	lw	a5,12(s7)
80405760:	9b22                	add	s6,s6,s0
80405762:	0167fb63          	bgeu	a5,s6,80405778 <writei+0x134>
80405766:	016ba623          	sw	s6,12(s7)
8040576a:	855e                	mv	a0,s7
8040576c:	00000097          	auipc	ra,0x0
80405770:	8f0080e7          	jalr	-1808(ra) # 8040505c <iupdate>
80405774:	89a2                	mv	s3,s0
80405776:	b765                	j	8040571e <writei+0xda>
80405778:	855e                	mv	a0,s7
8040577a:	00000097          	auipc	ra,0x0
8040577e:	8e2080e7          	jalr	-1822(ra) # 8040505c <iupdate>
80405782:	89a2                	mv	s3,s0
80405784:	bf69                	j	8040571e <writei+0xda>
80405786:	4601                	li	a2,0
80405788:	81b1                	srl	a1,a1,0xc
8040578a:	fffff097          	auipc	ra,0xfffff
8040578e:	630080e7          	jalr	1584(ra) # 80404dba <bmap>
80405792:	e105                	bnez	a0,804057b2 <writei+0x16e>
80405794:	ee0a99e3          	bnez	s5,80405686 <writei+0x42>
80405798:	00cba783          	lw	a5,12(s7)
8040579c:	0567f863          	bgeu	a5,s6,804057ec <writei+0x1a8>
804057a0:	016ba623          	sw	s6,12(s7)
804057a4:	855e                	mv	a0,s7
804057a6:	00000097          	auipc	ra,0x0
804057aa:	8b6080e7          	jalr	-1866(ra) # 8040505c <iupdate>
804057ae:	4401                	li	s0,0
804057b0:	b765                	j	80405758 <writei+0x114>
804057b2:	00000097          	auipc	ra,0x0
804057b6:	4fa080e7          	jalr	1274(ra) # 80405cac <bread>
804057ba:	892a                	mv	s2,a0
804057bc:	0561                	add	a0,a0,24
804057be:	40848633          	sub	a2,s1,s0
804057c2:	4581                	li	a1,0
804057c4:	9522                	add	a0,a0,s0
804057c6:	00000097          	auipc	ra,0x0
804057ca:	62e080e7          	jalr	1582(ra) # 80405df4 <memset>
804057ce:	854a                	mv	a0,s2
804057d0:	00000097          	auipc	ra,0x0
804057d4:	550080e7          	jalr	1360(ra) # 80405d20 <bdirty>
804057d8:	854a                	mv	a0,s2
804057da:	00000097          	auipc	ra,0x0
804057de:	54c080e7          	jalr	1356(ra) # 80405d26 <brelse>
804057e2:	ea0a92e3          	bnez	s5,80405686 <writei+0x42>
804057e6:	bf4d                	j	80405798 <writei+0x154>
804057e8:	5995                	li	s3,-27
804057ea:	bf15                	j	8040571e <writei+0xda>
804057ec:	855e                	mv	a0,s7
804057ee:	00000097          	auipc	ra,0x0
804057f2:	86e080e7          	jalr	-1938(ra) # 8040505c <iupdate>
804057f6:	4401                	li	s0,0
804057f8:	b785                	j	80405758 <writei+0x114>

804057fa <path_name>:
804057fa:	00054783          	lbu	a5,0(a0)
804057fe:	02f00713          	li	a4,47
80405802:	00e79763          	bne	a5,a4,80405810 <path_name+0x16>
80405806:	00154783          	lbu	a5,1(a0)
8040580a:	0505                	add	a0,a0,1
8040580c:	fee78de3          	beq	a5,a4,80405806 <path_name+0xc>
80405810:	cf95                	beqz	a5,8040584c <path_name+0x52>
80405812:	4701                	li	a4,0
80405814:	02f00613          	li	a2,47
80405818:	486d                	li	a6,27
8040581a:	a819                	j	80405830 <path_name+0x36>
8040581c:	03070063          	beq	a4,a6,8040583c <path_name+0x42>
80405820:	0705                	add	a4,a4,1
80405822:	00f68023          	sb	a5,0(a3)
80405826:	00e507b3          	add	a5,a0,a4
8040582a:	0007c783          	lbu	a5,0(a5)
8040582e:	cb91                	beqz	a5,80405842 <path_name+0x48>
80405830:	00e586b3          	add	a3,a1,a4
80405834:	fec794e3          	bne	a5,a2,8040581c <path_name+0x22>
80405838:	5579                	li	a0,-2
8040583a:	8082                	ret
8040583c:	fdc00513          	li	a0,-36
80405840:	8082                	ret
80405842:	95ba                	add	a1,a1,a4
80405844:	00058023          	sb	zero,0(a1)
80405848:	4501                	li	a0,0
8040584a:	8082                	ret
8040584c:	00058023          	sb	zero,0(a1)
80405850:	b7e5                	j	80405838 <path_name+0x3e>

80405852 <dir_lookup>:
80405852:	4558                	lw	a4,12(a0)
80405854:	47fd                	li	a5,31
80405856:	08e7f263          	bgeu	a5,a4,804058da <dir_lookup+0x88>
8040585a:	7139                	add	sp,sp,-64
8040585c:	dc22                	sw	s0,56(sp)
8040585e:	da26                	sw	s1,52(sp)
80405860:	d84a                	sw	s2,48(sp)
80405862:	d64e                	sw	s3,44(sp)
80405864:	de06                	sw	ra,60(sp)
80405866:	84aa                	mv	s1,a0
80405868:	892e                	mv	s2,a1
8040586a:	89b2                	mv	s3,a2
8040586c:	4401                	li	s0,0
8040586e:	a801                	j	8040587e <dir_lookup+0x2c>
80405870:	44d8                	lw	a4,12(s1)
80405872:	04040793          	add	a5,s0,64
80405876:	02040413          	add	s0,s0,32
8040587a:	04f76863          	bltu	a4,a5,804058ca <dir_lookup+0x78>
8040587e:	02000713          	li	a4,32
80405882:	86a2                	mv	a3,s0
80405884:	860a                	mv	a2,sp
80405886:	4581                	li	a1,0
80405888:	8526                	mv	a0,s1
8040588a:	00000097          	auipc	ra,0x0
8040588e:	cd2080e7          	jalr	-814(ra) # 8040555c <readi>
80405892:	02000793          	li	a5,32
80405896:	04f51463          	bne	a0,a5,804058de <dir_lookup+0x8c>
8040589a:	4502                	lw	a0,0(sp)
8040589c:	00000097          	auipc	ra,0x0
804058a0:	9aa080e7          	jalr	-1622(ra) # 80405246 <inum_valid>
804058a4:	d571                	beqz	a0,80405870 <dir_lookup+0x1e>
804058a6:	4671                	li	a2,28
804058a8:	85ca                	mv	a1,s2
804058aa:	0048                	add	a0,sp,4
804058ac:	00000097          	auipc	ra,0x0
804058b0:	5e0080e7          	jalr	1504(ra) # 80405e8c <strncmp>
804058b4:	fd55                	bnez	a0,80405870 <dir_lookup+0x1e>
804058b6:	0089a023          	sw	s0,0(s3)
804058ba:	50f2                	lw	ra,60(sp)
804058bc:	5462                	lw	s0,56(sp)
804058be:	4502                	lw	a0,0(sp)
804058c0:	54d2                	lw	s1,52(sp)
804058c2:	5942                	lw	s2,48(sp)
804058c4:	59b2                	lw	s3,44(sp)
804058c6:	6121                	add	sp,sp,64
804058c8:	8082                	ret
804058ca:	50f2                	lw	ra,60(sp)
804058cc:	5462                	lw	s0,56(sp)
804058ce:	54d2                	lw	s1,52(sp)
804058d0:	5942                	lw	s2,48(sp)
804058d2:	59b2                	lw	s3,44(sp)
804058d4:	4501                	li	a0,0
804058d6:	6121                	add	sp,sp,64
804058d8:	8082                	ret
804058da:	4501                	li	a0,0
804058dc:	8082                	ret
804058de:	80407537          	lui	a0,0x80407
804058e2:	dc450513          	add	a0,a0,-572 # 80406dc4 <exfs_ops+0xec>
804058e6:	fffff097          	auipc	ra,0xfffff
804058ea:	09c080e7          	jalr	156(ra) # 80404982 <panic>

804058ee <fs_open>:
804058ee:	7159                	add	sp,sp,-112
804058f0:	d0ca                	sw	s2,96(sp)
804058f2:	892e                	mv	s2,a1
804058f4:	084c                	add	a1,sp,20
804058f6:	d2a6                	sw	s1,100(sp)
804058f8:	d686                	sw	ra,108(sp)
804058fa:	d4a2                	sw	s0,104(sp)
804058fc:	cece                	sw	s3,92(sp)
804058fe:	ccd2                	sw	s4,88(sp)
80405900:	cad6                	sw	s5,84(sp)
80405902:	84b2                	mv	s1,a2
80405904:	00000097          	auipc	ra,0x0
80405908:	ef6080e7          	jalr	-266(ra) # 804057fa <path_name>
8040590c:	00054863          	bltz	a0,8040591c <fs_open+0x2e>
80405910:	fffff097          	auipc	ra,0xfffff
80405914:	738080e7          	jalr	1848(ra) # 80405048 <fs_mounted>
80405918:	e919                	bnez	a0,8040592e <fs_open+0x40>
8040591a:	5579                	li	a0,-2
8040591c:	50b6                	lw	ra,108(sp)
8040591e:	5426                	lw	s0,104(sp)
80405920:	5496                	lw	s1,100(sp)
80405922:	5906                	lw	s2,96(sp)
80405924:	49f6                	lw	s3,92(sp)
80405926:	4a66                	lw	s4,88(sp)
80405928:	4ad6                	lw	s5,84(sp)
8040592a:	6165                	add	sp,sp,112
8040592c:	8082                	ret
8040592e:	fffff097          	auipc	ra,0xfffff
80405932:	724080e7          	jalr	1828(ra) # 80405052 <fs_root>
80405936:	0070                	add	a2,sp,12
80405938:	084c                	add	a1,sp,20
8040593a:	89aa                	mv	s3,a0
8040593c:	00000097          	auipc	ra,0x0
80405940:	f16080e7          	jalr	-234(ra) # 80405852 <dir_lookup>
80405944:	842a                	mv	s0,a0
80405946:	e941                	bnez	a0,804059d6 <fs_open+0xe8>
80405948:	04097793          	and	a5,s2,64
8040594c:	d7f9                	beqz	a5,8040591a <fs_open+0x2c>
8040594e:	080c                	add	a1,sp,16
80405950:	4505                	li	a0,1
80405952:	00000097          	auipc	ra,0x0
80405956:	9d0080e7          	jalr	-1584(ra) # 80405322 <ialloc>
8040595a:	fc0541e3          	bltz	a0,8040591c <fs_open+0x2e>
8040595e:	47c2                	lw	a5,16(sp)
80405960:	0007aa83          	lw	s5,0(a5)
80405964:	a00d                	j	80405986 <fs_open+0x98>
80405966:	02000713          	li	a4,32
8040596a:	86d2                	mv	a3,s4
8040596c:	1810                	add	a2,sp,48
8040596e:	4581                	li	a1,0
80405970:	854e                	mv	a0,s3
80405972:	00000097          	auipc	ra,0x0
80405976:	bea080e7          	jalr	-1046(ra) # 8040555c <readi>
8040597a:	02000793          	li	a5,32
8040597e:	0af51663          	bne	a0,a5,80405a2a <fs_open+0x13c>
80405982:	57c2                	lw	a5,48(sp)
80405984:	cb81                	beqz	a5,80405994 <fs_open+0xa6>
80405986:	00c9a783          	lw	a5,12(s3)
8040598a:	8a22                	mv	s4,s0
8040598c:	02040413          	add	s0,s0,32
80405990:	fc87fbe3          	bgeu	a5,s0,80405966 <fs_open+0x78>
80405994:	02000613          	li	a2,32
80405998:	4581                	li	a1,0
8040599a:	1808                	add	a0,sp,48
8040599c:	00000097          	auipc	ra,0x0
804059a0:	458080e7          	jalr	1112(ra) # 80405df4 <memset>
804059a4:	4671                	li	a2,28
804059a6:	084c                	add	a1,sp,20
804059a8:	1848                	add	a0,sp,52
804059aa:	d856                	sw	s5,48(sp)
804059ac:	00000097          	auipc	ra,0x0
804059b0:	50e080e7          	jalr	1294(ra) # 80405eba <strlcpy_k>
804059b4:	02000713          	li	a4,32
804059b8:	86d2                	mv	a3,s4
804059ba:	1810                	add	a2,sp,48
804059bc:	4581                	li	a1,0
804059be:	854e                	mv	a0,s3
804059c0:	00000097          	auipc	ra,0x0
804059c4:	c84080e7          	jalr	-892(ra) # 80405644 <writei>
804059c8:	02000793          	li	a5,32
804059cc:	04f51063          	bne	a0,a5,80405a0c <fs_open+0x11e>
804059d0:	4542                	lw	a0,16(sp)
804059d2:	c088                	sw	a0,0(s1)
804059d4:	a039                	j	804059e2 <fs_open+0xf4>
804059d6:	00000097          	auipc	ra,0x0
804059da:	884080e7          	jalr	-1916(ra) # 8040525a <iget>
804059de:	c088                	sw	a0,0(s1)
804059e0:	c505                	beqz	a0,80405a08 <fs_open+0x11a>
804059e2:	00855703          	lhu	a4,8(a0)
804059e6:	4785                	li	a5,1
804059e8:	02f71b63          	bne	a4,a5,80405a1e <fs_open+0x130>
804059ec:	20097793          	and	a5,s2,512
804059f0:	c781                	beqz	a5,804059f8 <fs_open+0x10a>
804059f2:	00397793          	and	a5,s2,3
804059f6:	e399                	bnez	a5,804059fc <fs_open+0x10e>
804059f8:	4501                	li	a0,0
804059fa:	b70d                	j	8040591c <fs_open+0x2e>
804059fc:	00000097          	auipc	ra,0x0
80405a00:	a46080e7          	jalr	-1466(ra) # 80405442 <itrunc>
80405a04:	4501                	li	a0,0
80405a06:	bf19                	j	8040591c <fs_open+0x2e>
80405a08:	5521                	li	a0,-24
80405a0a:	bf09                	j	8040591c <fs_open+0x2e>
80405a0c:	4542                	lw	a0,16(sp)
80405a0e:	00051523          	sh	zero,10(a0)
80405a12:	00000097          	auipc	ra,0x0
80405a16:	9c0080e7          	jalr	-1600(ra) # 804053d2 <iput>
80405a1a:	5511                	li	a0,-28
80405a1c:	b701                	j	8040591c <fs_open+0x2e>
80405a1e:	00000097          	auipc	ra,0x0
80405a22:	9b4080e7          	jalr	-1612(ra) # 804053d2 <iput>
80405a26:	552d                	li	a0,-21
80405a28:	bdd5                	j	8040591c <fs_open+0x2e>
80405a2a:	80407537          	lui	a0,0x80407
80405a2e:	dc450513          	add	a0,a0,-572 # 80406dc4 <exfs_ops+0xec>
80405a32:	fffff097          	auipc	ra,0xfffff
80405a36:	f50080e7          	jalr	-176(ra) # 80404982 <panic>

80405a3a <fs_unlink>:
80405a3a:	715d                	add	sp,sp,-80
80405a3c:	004c                	add	a1,sp,4
80405a3e:	c4a2                	sw	s0,72(sp)
80405a40:	c686                	sw	ra,76(sp)
80405a42:	c2a6                	sw	s1,68(sp)
80405a44:	c0ca                	sw	s2,64(sp)
80405a46:	00000097          	auipc	ra,0x0
80405a4a:	db4080e7          	jalr	-588(ra) # 804057fa <path_name>
80405a4e:	842a                	mv	s0,a0
80405a50:	00054863          	bltz	a0,80405a60 <fs_unlink+0x26>
80405a54:	fffff097          	auipc	ra,0xfffff
80405a58:	5f4080e7          	jalr	1524(ra) # 80405048 <fs_mounted>
80405a5c:	e909                	bnez	a0,80405a6e <fs_unlink+0x34>
80405a5e:	5479                	li	s0,-2
80405a60:	40b6                	lw	ra,76(sp)
80405a62:	8522                	mv	a0,s0
80405a64:	4426                	lw	s0,72(sp)
80405a66:	4496                	lw	s1,68(sp)
80405a68:	4906                	lw	s2,64(sp)
80405a6a:	6161                	add	sp,sp,80
80405a6c:	8082                	ret
80405a6e:	fffff097          	auipc	ra,0xfffff
80405a72:	5e4080e7          	jalr	1508(ra) # 80405052 <fs_root>
80405a76:	860a                	mv	a2,sp
80405a78:	004c                	add	a1,sp,4
80405a7a:	84aa                	mv	s1,a0
80405a7c:	00000097          	auipc	ra,0x0
80405a80:	dd6080e7          	jalr	-554(ra) # 80405852 <dir_lookup>
80405a84:	dd69                	beqz	a0,80405a5e <fs_unlink+0x24>
80405a86:	fffff097          	auipc	ra,0xfffff
80405a8a:	7d4080e7          	jalr	2004(ra) # 8040525a <iget>
80405a8e:	892a                	mv	s2,a0
80405a90:	c11d                	beqz	a0,80405ab6 <fs_unlink+0x7c>
80405a92:	00855703          	lhu	a4,8(a0)
80405a96:	4785                	li	a5,1
80405a98:	02f70163          	beq	a4,a5,80405aba <fs_unlink+0x80>
80405a9c:	542d                	li	s0,-21
80405a9e:	854a                	mv	a0,s2
80405aa0:	00000097          	auipc	ra,0x0
80405aa4:	932080e7          	jalr	-1742(ra) # 804053d2 <iput>
80405aa8:	40b6                	lw	ra,76(sp)
80405aaa:	8522                	mv	a0,s0
80405aac:	4426                	lw	s0,72(sp)
80405aae:	4496                	lw	s1,68(sp)
80405ab0:	4906                	lw	s2,64(sp)
80405ab2:	6161                	add	sp,sp,80
80405ab4:	8082                	ret
80405ab6:	5421                	li	s0,-24
80405ab8:	b765                	j	80405a60 <fs_unlink+0x26>
80405aba:	02000613          	li	a2,32
80405abe:	4581                	li	a1,0
80405ac0:	1008                	add	a0,sp,32
80405ac2:	00000097          	auipc	ra,0x0
80405ac6:	332080e7          	jalr	818(ra) # 80405df4 <memset>
80405aca:	4682                	lw	a3,0(sp)
80405acc:	02000713          	li	a4,32
80405ad0:	1010                	add	a2,sp,32
80405ad2:	4581                	li	a1,0
80405ad4:	8526                	mv	a0,s1
80405ad6:	00000097          	auipc	ra,0x0
80405ada:	b6e080e7          	jalr	-1170(ra) # 80405644 <writei>
80405ade:	00a95783          	lhu	a5,10(s2)
80405ae2:	854a                	mv	a0,s2
80405ae4:	17fd                	add	a5,a5,-1
80405ae6:	00f91523          	sh	a5,10(s2)
80405aea:	fffff097          	auipc	ra,0xfffff
80405aee:	572080e7          	jalr	1394(ra) # 8040505c <iupdate>
80405af2:	b775                	j	80405a9e <fs_unlink+0x64>

80405af4 <fs_readdir>:
80405af4:	715d                	add	sp,sp,-80
80405af6:	c0ca                	sw	s2,64(sp)
80405af8:	de4e                	sw	s3,60(sp)
80405afa:	da56                	sw	s5,52(sp)
80405afc:	c686                	sw	ra,76(sp)
80405afe:	c4a2                	sw	s0,72(sp)
80405b00:	c2a6                	sw	s1,68(sp)
80405b02:	dc52                	sw	s4,56(sp)
80405b04:	89aa                	mv	s3,a0
80405b06:	8aae                	mv	s5,a1
80405b08:	8932                	mv	s2,a2
80405b0a:	fffff097          	auipc	ra,0xfffff
80405b0e:	53e080e7          	jalr	1342(ra) # 80405048 <fs_mounted>
80405b12:	c141                	beqz	a0,80405b92 <fs_readdir+0x9e>
80405b14:	fffff097          	auipc	ra,0xfffff
80405b18:	53e080e7          	jalr	1342(ra) # 80405052 <fs_root>
80405b1c:	4558                	lw	a4,12(a0)
80405b1e:	47fd                	li	a5,31
80405b20:	84aa                	mv	s1,a0
80405b22:	06e7f863          	bgeu	a5,a4,80405b92 <fs_readdir+0x9e>
80405b26:	4401                	li	s0,0
80405b28:	4a05                	li	s4,1
80405b2a:	a801                	j	80405b3a <fs_readdir+0x46>
80405b2c:	44d8                	lw	a4,12(s1)
80405b2e:	04040793          	add	a5,s0,64
80405b32:	02040413          	add	s0,s0,32
80405b36:	04f76e63          	bltu	a4,a5,80405b92 <fs_readdir+0x9e>
80405b3a:	02000713          	li	a4,32
80405b3e:	86a2                	mv	a3,s0
80405b40:	0810                	add	a2,sp,16
80405b42:	4581                	li	a1,0
80405b44:	8526                	mv	a0,s1
80405b46:	00000097          	auipc	ra,0x0
80405b4a:	a16080e7          	jalr	-1514(ra) # 8040555c <readi>
80405b4e:	02000793          	li	a5,32
80405b52:	06f51563          	bne	a0,a5,80405bbc <fs_readdir+0xc8>
80405b56:	4542                	lw	a0,16(sp)
80405b58:	fffff097          	auipc	ra,0xfffff
80405b5c:	6ee080e7          	jalr	1774(ra) # 80405246 <inum_valid>
80405b60:	d571                	beqz	a0,80405b2c <fs_readdir+0x38>
80405b62:	4542                	lw	a0,16(sp)
80405b64:	864a                	mv	a2,s2
80405b66:	00e10593          	add	a1,sp,14
80405b6a:	fffff097          	auipc	ra,0xfffff
80405b6e:	71c080e7          	jalr	1820(ra) # 80405286 <istat>
80405b72:	00e15783          	lhu	a5,14(sp)
80405b76:	fb479be3          	bne	a5,s4,80405b2c <fs_readdir+0x38>
80405b7a:	fff98793          	add	a5,s3,-1
80405b7e:	02098463          	beqz	s3,80405ba6 <fs_readdir+0xb2>
80405b82:	44d8                	lw	a4,12(s1)
80405b84:	89be                	mv	s3,a5
80405b86:	04040793          	add	a5,s0,64
80405b8a:	02040413          	add	s0,s0,32
80405b8e:	faf776e3          	bgeu	a4,a5,80405b3a <fs_readdir+0x46>
80405b92:	5579                	li	a0,-2
80405b94:	40b6                	lw	ra,76(sp)
80405b96:	4426                	lw	s0,72(sp)
80405b98:	4496                	lw	s1,68(sp)
80405b9a:	4906                	lw	s2,64(sp)
80405b9c:	59f2                	lw	s3,60(sp)
80405b9e:	5a62                	lw	s4,56(sp)
80405ba0:	5ad2                	lw	s5,52(sp)
80405ba2:	6161                	add	sp,sp,80
80405ba4:	8082                	ret
80405ba6:	466d                	li	a2,27
80405ba8:	084c                	add	a1,sp,20
80405baa:	8556                	mv	a0,s5
80405bac:	00000097          	auipc	ra,0x0
80405bb0:	28a080e7          	jalr	650(ra) # 80405e36 <memcpy>
80405bb4:	4501                	li	a0,0
80405bb6:	000a8da3          	sb	zero,27(s5)
80405bba:	bfe9                	j	80405b94 <fs_readdir+0xa0>
80405bbc:	80407537          	lui	a0,0x80407
80405bc0:	dc450513          	add	a0,a0,-572 # 80406dc4 <exfs_ops+0xec>
80405bc4:	fffff097          	auipc	ra,0xfffff
80405bc8:	dbe080e7          	jalr	-578(ra) # 80404982 <panic>

80405bcc <bget>:
80405bcc:	8041f7b7          	lui	a5,0x8041f
80405bd0:	1141                	add	sp,sp,-16
80405bd2:	73c78793          	add	a5,a5,1852 # 8041f73c <lru>
80405bd6:	c422                	sw	s0,8(sp)
80405bd8:	4bc0                	lw	s0,20(a5)
80405bda:	c226                	sw	s1,4(sp)
80405bdc:	c606                	sw	ra,12(sp)
80405bde:	84aa                	mv	s1,a0
80405be0:	00f40a63          	beq	s0,a5,80405bf4 <bget+0x28>
80405be4:	4018                	lw	a4,0(s0)
80405be6:	c701                	beqz	a4,80405bee <bget+0x22>
80405be8:	4418                	lw	a4,8(s0)
80405bea:	04970e63          	beq	a4,s1,80405c46 <bget+0x7a>
80405bee:	4840                	lw	s0,20(s0)
80405bf0:	fef41ae3          	bne	s0,a5,80405be4 <bget+0x18>
80405bf4:	4b80                	lw	s0,16(a5)
80405bf6:	00f41663          	bne	s0,a5,80405c02 <bget+0x36>
80405bfa:	a8b9                	j	80405c58 <bget+0x8c>
80405bfc:	4800                	lw	s0,16(s0)
80405bfe:	04f40d63          	beq	s0,a5,80405c58 <bget+0x8c>
80405c02:	4458                	lw	a4,12(s0)
80405c04:	ff65                	bnez	a4,80405bfc <bget+0x30>
80405c06:	401c                	lw	a5,0(s0)
80405c08:	ef81                	bnez	a5,80405c20 <bget+0x54>
80405c0a:	4785                	li	a5,1
80405c0c:	c404                	sw	s1,8(s0)
80405c0e:	40b2                	lw	ra,12(sp)
80405c10:	00042023          	sw	zero,0(s0)
80405c14:	c45c                	sw	a5,12(s0)
80405c16:	8522                	mv	a0,s0
80405c18:	4422                	lw	s0,8(sp)
80405c1a:	4492                	lw	s1,4(sp)
80405c1c:	0141                	add	sp,sp,16
80405c1e:	8082                	ret
80405c20:	405c                	lw	a5,4(s0)
80405c22:	d7e5                	beqz	a5,80405c0a <bget+0x3e>
80405c24:	4408                	lw	a0,8(s0)
80405c26:	01840613          	add	a2,s0,24
80405c2a:	45a1                	li	a1,8
80405c2c:	050e                	sll	a0,a0,0x3
80405c2e:	fffff097          	auipc	ra,0xfffff
80405c32:	df8080e7          	jalr	-520(ra) # 80404a26 <disk_write>
80405c36:	804077b7          	lui	a5,0x80407
80405c3a:	4705                	li	a4,1
80405c3c:	00042223          	sw	zero,4(s0)
80405c40:	12e7aa23          	sw	a4,308(a5) # 80407134 <unflushed>
80405c44:	b7d9                	j	80405c0a <bget+0x3e>
80405c46:	445c                	lw	a5,12(s0)
80405c48:	40b2                	lw	ra,12(sp)
80405c4a:	8522                	mv	a0,s0
80405c4c:	0785                	add	a5,a5,1
80405c4e:	c45c                	sw	a5,12(s0)
80405c50:	4422                	lw	s0,8(sp)
80405c52:	4492                	lw	s1,4(sp)
80405c54:	0141                	add	sp,sp,16
80405c56:	8082                	ret
80405c58:	80407537          	lui	a0,0x80407
80405c5c:	de450513          	add	a0,a0,-540 # 80406de4 <exfs_ops+0x10c>
80405c60:	fffff097          	auipc	ra,0xfffff
80405c64:	d22080e7          	jalr	-734(ra) # 80404982 <panic>

80405c68 <bio_init>:
80405c68:	8041f6b7          	lui	a3,0x8041f
80405c6c:	804207b7          	lui	a5,0x80420
80405c70:	00040637          	lui	a2,0x40
80405c74:	73c68713          	add	a4,a3,1852 # 8041f73c <lru>
80405c78:	75478793          	add	a5,a5,1876 # 80420754 <bufs>
80405c7c:	60060613          	add	a2,a2,1536 # 40600 <errno+0x40600>
80405c80:	6585                	lui	a1,0x1
80405c82:	73c68513          	add	a0,a3,1852
80405c86:	cb18                	sw	a4,16(a4)
80405c88:	963e                	add	a2,a2,a5
80405c8a:	73c68693          	add	a3,a3,1852
80405c8e:	05e1                	add	a1,a1,24 # 1018 <errno+0x1018>
80405c90:	cbd4                	sw	a3,20(a5)
80405c92:	8736                	mv	a4,a3
80405c94:	cb88                	sw	a0,16(a5)
80405c96:	86be                	mv	a3,a5
80405c98:	cb1c                	sw	a5,16(a4)
80405c9a:	97ae                	add	a5,a5,a1
80405c9c:	fec79ae3          	bne	a5,a2,80405c90 <bio_init+0x28>
80405ca0:	804607b7          	lui	a5,0x80460
80405ca4:	d3c78793          	add	a5,a5,-708 # 8045fd3c <bufs+0x3f5e8>
80405ca8:	c95c                	sw	a5,20(a0)
80405caa:	8082                	ret

80405cac <bread>:
80405cac:	1141                	add	sp,sp,-16
80405cae:	c422                	sw	s0,8(sp)
80405cb0:	c226                	sw	s1,4(sp)
80405cb2:	c606                	sw	ra,12(sp)
80405cb4:	84aa                	mv	s1,a0
80405cb6:	00000097          	auipc	ra,0x0
80405cba:	f16080e7          	jalr	-234(ra) # 80405bcc <bget>
80405cbe:	411c                	lw	a5,0(a0)
80405cc0:	842a                	mv	s0,a0
80405cc2:	c799                	beqz	a5,80405cd0 <bread+0x24>
80405cc4:	40b2                	lw	ra,12(sp)
80405cc6:	8522                	mv	a0,s0
80405cc8:	4422                	lw	s0,8(sp)
80405cca:	4492                	lw	s1,4(sp)
80405ccc:	0141                	add	sp,sp,16
80405cce:	8082                	ret
80405cd0:	01850613          	add	a2,a0,24
80405cd4:	45a1                	li	a1,8
80405cd6:	00349513          	sll	a0,s1,0x3
80405cda:	fffff097          	auipc	ra,0xfffff
80405cde:	d18080e7          	jalr	-744(ra) # 804049f2 <disk_read>
80405ce2:	4785                	li	a5,1
80405ce4:	40b2                	lw	ra,12(sp)
80405ce6:	c01c                	sw	a5,0(s0)
80405ce8:	8522                	mv	a0,s0
80405cea:	4422                	lw	s0,8(sp)
80405cec:	4492                	lw	s1,4(sp)
80405cee:	0141                	add	sp,sp,16
80405cf0:	8082                	ret

80405cf2 <bclear>:
80405cf2:	1141                	add	sp,sp,-16
80405cf4:	c606                	sw	ra,12(sp)
80405cf6:	c422                	sw	s0,8(sp)
80405cf8:	00000097          	auipc	ra,0x0
80405cfc:	ed4080e7          	jalr	-300(ra) # 80405bcc <bget>
80405d00:	842a                	mv	s0,a0
80405d02:	6605                	lui	a2,0x1
80405d04:	4581                	li	a1,0
80405d06:	0561                	add	a0,a0,24
80405d08:	00000097          	auipc	ra,0x0
80405d0c:	0ec080e7          	jalr	236(ra) # 80405df4 <memset>
80405d10:	4785                	li	a5,1
80405d12:	40b2                	lw	ra,12(sp)
80405d14:	c01c                	sw	a5,0(s0)
80405d16:	c05c                	sw	a5,4(s0)
80405d18:	8522                	mv	a0,s0
80405d1a:	4422                	lw	s0,8(sp)
80405d1c:	0141                	add	sp,sp,16
80405d1e:	8082                	ret

80405d20 <bdirty>:
80405d20:	4785                	li	a5,1
80405d22:	c15c                	sw	a5,4(a0)
80405d24:	8082                	ret

80405d26 <brelse>:
80405d26:	455c                	lw	a5,12(a0)
80405d28:	02f05263          	blez	a5,80405d4c <brelse+0x26>
80405d2c:	4910                	lw	a2,16(a0)
80405d2e:	4954                	lw	a3,20(a0)
80405d30:	17fd                	add	a5,a5,-1
80405d32:	c55c                	sw	a5,12(a0)
80405d34:	8041f7b7          	lui	a5,0x8041f
80405d38:	ca54                	sw	a3,20(a2)
80405d3a:	73c78793          	add	a5,a5,1852 # 8041f73c <lru>
80405d3e:	4bd8                	lw	a4,20(a5)
80405d40:	ca90                	sw	a2,16(a3)
80405d42:	c91c                	sw	a5,16(a0)
80405d44:	c958                	sw	a4,20(a0)
80405d46:	cb08                	sw	a0,16(a4)
80405d48:	cbc8                	sw	a0,20(a5)
80405d4a:	8082                	ret
80405d4c:	80407537          	lui	a0,0x80407
80405d50:	1141                	add	sp,sp,-16
80405d52:	e0450513          	add	a0,a0,-508 # 80406e04 <exfs_ops+0x12c>
80405d56:	c606                	sw	ra,12(sp)
80405d58:	fffff097          	auipc	ra,0xfffff
80405d5c:	c2a080e7          	jalr	-982(ra) # 80404982 <panic>

80405d60 <bio_flush>:
80405d60:	1101                	add	sp,sp,-32
80405d62:	cc22                	sw	s0,24(sp)
80405d64:	ca26                	sw	s1,20(sp)
80405d66:	c64e                	sw	s3,12(sp)
80405d68:	804614b7          	lui	s1,0x80461
80405d6c:	804209b7          	lui	s3,0x80420
80405d70:	6405                	lui	s0,0x1
80405d72:	c452                	sw	s4,8(sp)
80405d74:	c256                	sw	s5,4(sp)
80405d76:	ce06                	sw	ra,28(sp)
80405d78:	c84a                	sw	s2,16(sp)
80405d7a:	75498993          	add	s3,s3,1876 # 80420754 <bufs>
80405d7e:	d5448493          	add	s1,s1,-684 # 80460d54 <bufs+0x40600>
80405d82:	80407a37          	lui	s4,0x80407
80405d86:	0461                	add	s0,s0,24 # 1018 <errno+0x1018>
80405d88:	4a85                	li	s5,1
80405d8a:	87ce                	mv	a5,s3
80405d8c:	4901                	li	s2,0
80405d8e:	4398                	lw	a4,0(a5)
80405d90:	cb19                	beqz	a4,80405da6 <bio_flush+0x46>
80405d92:	43d8                	lw	a4,4(a5)
80405d94:	cb09                	beqz	a4,80405da6 <bio_flush+0x46>
80405d96:	00090763          	beqz	s2,80405da4 <bio_flush+0x44>
80405d9a:	4794                	lw	a3,8(a5)
80405d9c:	00892703          	lw	a4,8(s2)
80405da0:	00e6f363          	bgeu	a3,a4,80405da6 <bio_flush+0x46>
80405da4:	893e                	mv	s2,a5
80405da6:	97a2                	add	a5,a5,s0
80405da8:	fef493e3          	bne	s1,a5,80405d8e <bio_flush+0x2e>
80405dac:	02090163          	beqz	s2,80405dce <bio_flush+0x6e>
80405db0:	00892503          	lw	a0,8(s2)
80405db4:	01890613          	add	a2,s2,24
80405db8:	45a1                	li	a1,8
80405dba:	050e                	sll	a0,a0,0x3
80405dbc:	fffff097          	auipc	ra,0xfffff
80405dc0:	c6a080e7          	jalr	-918(ra) # 80404a26 <disk_write>
80405dc4:	00092223          	sw	zero,4(s2)
80405dc8:	135a2a23          	sw	s5,308(s4) # 80407134 <unflushed>
80405dcc:	bf7d                	j	80405d8a <bio_flush+0x2a>
80405dce:	134a2783          	lw	a5,308(s4)
80405dd2:	eb91                	bnez	a5,80405de6 <bio_flush+0x86>
80405dd4:	40f2                	lw	ra,28(sp)
80405dd6:	4462                	lw	s0,24(sp)
80405dd8:	44d2                	lw	s1,20(sp)
80405dda:	4942                	lw	s2,16(sp)
80405ddc:	49b2                	lw	s3,12(sp)
80405dde:	4a22                	lw	s4,8(sp)
80405de0:	4a92                	lw	s5,4(sp)
80405de2:	6105                	add	sp,sp,32
80405de4:	8082                	ret
80405de6:	fffff097          	auipc	ra,0xfffff
80405dea:	c74080e7          	jalr	-908(ra) # 80404a5a <disk_flush>
80405dee:	120a2a23          	sw	zero,308(s4)
80405df2:	b7cd                	j	80405dd4 <bio_flush+0x74>

80405df4 <memset>:
80405df4:	00c56733          	or	a4,a0,a2
80405df8:	8b0d                	and	a4,a4,3
80405dfa:	87aa                	mv	a5,a0
80405dfc:	cf01                	beqz	a4,80405e14 <memset+0x20>
80405dfe:	0ff5f593          	zext.b	a1,a1
80405e02:	00c50733          	add	a4,a0,a2
80405e06:	c61d                	beqz	a2,80405e34 <memset+0x40>
80405e08:	00b78023          	sb	a1,0(a5)
80405e0c:	0785                	add	a5,a5,1
80405e0e:	fee79de3          	bne	a5,a4,80405e08 <memset+0x14>
80405e12:	8082                	ret
80405e14:	0ff5f593          	zext.b	a1,a1
80405e18:	00859693          	sll	a3,a1,0x8
80405e1c:	96ae                	add	a3,a3,a1
80405e1e:	01069793          	sll	a5,a3,0x10
80405e22:	96be                	add	a3,a3,a5
80405e24:	d67d                	beqz	a2,80405e12 <memset+0x1e>
80405e26:	00e507b3          	add	a5,a0,a4
80405e2a:	c394                	sw	a3,0(a5)
80405e2c:	0711                	add	a4,a4,4
80405e2e:	fec76ce3          	bltu	a4,a2,80405e26 <memset+0x32>
80405e32:	8082                	ret
80405e34:	8082                	ret

80405e36 <memcpy>:
80405e36:	00b567b3          	or	a5,a0,a1
80405e3a:	8fd1                	or	a5,a5,a2
80405e3c:	8b8d                	and	a5,a5,3
80405e3e:	cf91                	beqz	a5,80405e5a <memcpy+0x24>
80405e40:	87aa                	mv	a5,a0
80405e42:	00c586b3          	add	a3,a1,a2
80405e46:	c60d                	beqz	a2,80405e70 <memcpy+0x3a>
80405e48:	0005c703          	lbu	a4,0(a1)
80405e4c:	0585                	add	a1,a1,1
80405e4e:	0785                	add	a5,a5,1
80405e50:	fee78fa3          	sb	a4,-1(a5)
80405e54:	fed59ae3          	bne	a1,a3,80405e48 <memcpy+0x12>
80405e58:	8082                	ret
80405e5a:	de7d                	beqz	a2,80405e58 <memcpy+0x22>
80405e5c:	00f58733          	add	a4,a1,a5
80405e60:	4314                	lw	a3,0(a4)
80405e62:	00f50733          	add	a4,a0,a5
80405e66:	0791                	add	a5,a5,4
80405e68:	c314                	sw	a3,0(a4)
80405e6a:	fec7e9e3          	bltu	a5,a2,80405e5c <memcpy+0x26>
80405e6e:	8082                	ret
80405e70:	8082                	ret

80405e72 <strlen>:
80405e72:	00054783          	lbu	a5,0(a0)
80405e76:	872a                	mv	a4,a0
80405e78:	4501                	li	a0,0
80405e7a:	cb81                	beqz	a5,80405e8a <strlen+0x18>
80405e7c:	0505                	add	a0,a0,1
80405e7e:	00a707b3          	add	a5,a4,a0
80405e82:	0007c783          	lbu	a5,0(a5)
80405e86:	fbfd                	bnez	a5,80405e7c <strlen+0xa>
80405e88:	8082                	ret
80405e8a:	8082                	ret

80405e8c <strncmp>:
80405e8c:	c20d                	beqz	a2,80405eae <strncmp+0x22>
80405e8e:	962a                	add	a2,a2,a0
80405e90:	a021                	j	80405e98 <strncmp+0xc>
80405e92:	c385                	beqz	a5,80405eb2 <strncmp+0x26>
80405e94:	00c50d63          	beq	a0,a2,80405eae <strncmp+0x22>
80405e98:	0005c783          	lbu	a5,0(a1)
80405e9c:	00054703          	lbu	a4,0(a0)
80405ea0:	0585                	add	a1,a1,1
80405ea2:	0505                	add	a0,a0,1
80405ea4:	fef707e3          	beq	a4,a5,80405e92 <strncmp+0x6>
80405ea8:	40f70533          	sub	a0,a4,a5
80405eac:	8082                	ret
80405eae:	4501                	li	a0,0
80405eb0:	8082                	ret
80405eb2:	4701                	li	a4,0
80405eb4:	40f70533          	sub	a0,a4,a5
80405eb8:	8082                	ret

80405eba <strlcpy_k>:
80405eba:	4785                	li	a5,1
80405ebc:	882a                	mv	a6,a0
80405ebe:	02c7f563          	bgeu	a5,a2,80405ee8 <strlcpy_k+0x2e>
80405ec2:	962e                	add	a2,a2,a1
80405ec4:	872a                	mv	a4,a0
80405ec6:	fff60893          	add	a7,a2,-1 # fff <errno+0xfff>
80405eca:	87ae                	mv	a5,a1
80405ecc:	a801                	j	80405edc <strlcpy_k+0x22>
80405ece:	00d70023          	sb	a3,0(a4)
80405ed2:	00180713          	add	a4,a6,1
80405ed6:	01160c63          	beq	a2,a7,80405eee <strlcpy_k+0x34>
80405eda:	87b2                	mv	a5,a2
80405edc:	0007c683          	lbu	a3,0(a5)
80405ee0:	00178613          	add	a2,a5,1
80405ee4:	883a                	mv	a6,a4
80405ee6:	f6e5                	bnez	a3,80405ece <strlcpy_k+0x14>
80405ee8:	00080023          	sb	zero,0(a6)
80405eec:	8082                	ret
80405eee:	8f8d                	sub	a5,a5,a1
80405ef0:	0785                	add	a5,a5,1
80405ef2:	00f50833          	add	a6,a0,a5
80405ef6:	00080023          	sb	zero,0(a6)
80405efa:	8082                	ret
