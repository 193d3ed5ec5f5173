
build/atomics.elf:     file format elf32-littleriscv


Disassembly of section .text:

80000000 <_start>:
80000000:	00004197          	auipc	gp,0x4
80000004:	81818193          	add	gp,gp,-2024 # 80003818 <__global_pointer$>
80000008:	01000117          	auipc	sp,0x1000
8000000c:	ff810113          	add	sp,sp,-8 # 81000000 <__stack_top>
80000010:	00003217          	auipc	tp,0x3
80000014:	00820213          	add	tp,tp,8 # 80003018 <__bss_start>
80000018:	00003297          	auipc	t0,0x3
8000001c:	00028293          	mv	t0,t0
80000020:	00003317          	auipc	t1,0x3
80000024:	0a830313          	add	t1,t1,168 # 800030c8 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0) # 80003018 <__bss_start>
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	3d828293          	add	t0,t0,984 # 8000040c <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	2311                	jal	80000544 <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	238d                	jal	800005aa <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	7179                	add	sp,sp,-48
8000004e:	80002537          	lui	a0,0x80002
80000052:	ce4e                	sw	s3,28(sp)
80000054:	ca56                	sw	s5,20(sp)
80000056:	06400993          	li	s3,100
8000005a:	80003ab7          	lui	s5,0x80003
8000005e:	53050513          	add	a0,a0,1328 # 80002530 <__text_end+0x26>
80000062:	d422                	sw	s0,40(sp)
80000064:	d606                	sw	ra,44(sp)
80000066:	d226                	sw	s1,36(sp)
80000068:	d04a                	sw	s2,32(sp)
8000006a:	cc52                	sw	s4,24(sp)
8000006c:	c85a                	sw	s6,16(sp)
8000006e:	c65e                	sw	s7,12(sp)
80000070:	c462                	sw	s8,8(sp)
80000072:	c266                	sw	s9,4(sp)
80000074:	c06a                	sw	s10,0(sp)
80000076:	0c0a8413          	add	s0,s5,192 # 800030c0 <cell>
8000007a:	23b9                	jal	800005c8 <printf>
8000007c:	0d3aa023          	sw	s3,192(s5)
80000080:	1004292f          	lr.w	s2,(s0)
80000084:	06500493          	li	s1,101
80000088:	189424af          	sc.w	s1,s1,(s0)
8000008c:	12049163          	bnez	s1,800001ae <main+0x162>
80000090:	0c0aa683          	lw	a3,192(s5)
80000094:	80002637          	lui	a2,0x80002
80000098:	80002537          	lui	a0,0x80002
8000009c:	55460613          	add	a2,a2,1364 # 80002554 <__text_end+0x4a>
800000a0:	85ca                	mv	a1,s2
800000a2:	70450513          	add	a0,a0,1796 # 80002704 <__text_end+0x1fa>
800000a6:	230d                	jal	800005c8 <printf>
800000a8:	2b391563          	bne	s2,s3,80000352 <main+0x306>
800000ac:	0c0aa583          	lw	a1,192(s5)
800000b0:	06500793          	li	a5,101
800000b4:	00f58963          	beq	a1,a5,800000c6 <main+0x7a>
800000b8:	80002537          	lui	a0,0x80002
800000bc:	06500613          	li	a2,101
800000c0:	54850513          	add	a0,a0,1352 # 80002548 <__text_end+0x3e>
800000c4:	2605                	jal	800003e4 <expect.part.0>
800000c6:	06600793          	li	a5,102
800000ca:	18f427af          	sc.w	a5,a5,(s0)
800000ce:	0c0aa603          	lw	a2,192(s5)
800000d2:	26079663          	bnez	a5,8000033e <main+0x2f2>
800000d6:	800025b7          	lui	a1,0x80002
800000da:	80002537          	lui	a0,0x80002
800000de:	55458593          	add	a1,a1,1364 # 80002554 <__text_end+0x4a>
800000e2:	55850513          	add	a0,a0,1368 # 80002558 <__text_end+0x4e>
800000e6:	21cd                	jal	800005c8 <printf>
800000e8:	80002537          	lui	a0,0x80002
800000ec:	4605                	li	a2,1
800000ee:	4581                	li	a1,0
800000f0:	58850513          	add	a0,a0,1416 # 80002588 <__text_end+0x7e>
800000f4:	2cc5                	jal	800003e4 <expect.part.0>
800000f6:	0c0aa583          	lw	a1,192(s5)
800000fa:	06500793          	li	a5,101
800000fe:	00f58963          	beq	a1,a5,80000110 <main+0xc4>
80000102:	80002537          	lui	a0,0x80002
80000106:	06500613          	li	a2,101
8000010a:	5a050513          	add	a0,a0,1440 # 800025a0 <__text_end+0x96>
8000010e:	2cd9                	jal	800003e4 <expect.part.0>
80000110:	100427af          	lr.w	a5,(s0)
80000114:	800034b7          	lui	s1,0x80003
80000118:	08048793          	add	a5,s1,128 # 80003080 <other>
8000011c:	471d                	li	a4,7
8000011e:	18e7a7af          	sc.w	a5,a4,(a5)
80000122:	0804a603          	lw	a2,128(s1)
80000126:	1e078b63          	beqz	a5,8000031c <main+0x2d0>
8000012a:	800025b7          	lui	a1,0x80002
8000012e:	80002537          	lui	a0,0x80002
80000132:	59858593          	add	a1,a1,1432 # 80002598 <__text_end+0x8e>
80000136:	5b450513          	add	a0,a0,1460 # 800025b4 <__text_end+0xaa>
8000013a:	2179                	jal	800005c8 <printf>
8000013c:	0804a583          	lw	a1,128(s1)
80000140:	c599                	beqz	a1,8000014e <main+0x102>
80000142:	80002537          	lui	a0,0x80002
80000146:	4601                	li	a2,0
80000148:	5ec50513          	add	a0,a0,1516 # 800025ec <__text_end+0xe2>
8000014c:	2c61                	jal	800003e4 <expect.part.0>
8000014e:	06700793          	li	a5,103
80000152:	18f427af          	sc.w	a5,a5,(s0)
80000156:	0c0aa603          	lw	a2,192(s5)
8000015a:	1a078063          	beqz	a5,800002fa <main+0x2ae>
8000015e:	800025b7          	lui	a1,0x80002
80000162:	80002537          	lui	a0,0x80002
80000166:	59858593          	add	a1,a1,1432 # 80002598 <__text_end+0x8e>
8000016a:	60050513          	add	a0,a0,1536 # 80002600 <__text_end+0xf6>
8000016e:	29a9                	jal	800005c8 <printf>
80000170:	100427af          	lr.w	a5,(s0)
80000174:	0c800793          	li	a5,200
80000178:	0cfaa023          	sw	a5,192(s5)
8000017c:	0c900713          	li	a4,201
80000180:	18e426af          	sc.w	a3,a4,(s0)
80000184:	eab9                	bnez	a3,800001da <main+0x18e>
80000186:	0c0aa783          	lw	a5,192(s5)
8000018a:	20e78863          	beq	a5,a4,8000039a <main+0x34e>
8000018e:	800025b7          	lui	a1,0x80002
80000192:	80002537          	lui	a0,0x80002
80000196:	64058593          	add	a1,a1,1600 # 80002640 <__text_end+0x136>
8000019a:	65050513          	add	a0,a0,1616 # 80002650 <__text_end+0x146>
8000019e:	212d                	jal	800005c8 <printf>
800001a0:	0c0aa703          	lw	a4,192(s5)
800001a4:	0c900793          	li	a5,201
800001a8:	04f71c63          	bne	a4,a5,80000200 <main+0x1b4>
800001ac:	a08d                	j	8000020e <main+0x1c2>
800001ae:	0c0aa683          	lw	a3,192(s5)
800001b2:	80002637          	lui	a2,0x80002
800001b6:	80002537          	lui	a0,0x80002
800001ba:	59860613          	add	a2,a2,1432 # 80002598 <__text_end+0x8e>
800001be:	85ca                	mv	a1,s2
800001c0:	70450513          	add	a0,a0,1796 # 80002704 <__text_end+0x1fa>
800001c4:	2111                	jal	800005c8 <printf>
800001c6:	19391f63          	bne	s2,s3,80000364 <main+0x318>
800001ca:	80002537          	lui	a0,0x80002
800001ce:	4601                	li	a2,0
800001d0:	85a6                	mv	a1,s1
800001d2:	53c50513          	add	a0,a0,1340 # 8000253c <__text_end+0x32>
800001d6:	2439                	jal	800003e4 <expect.part.0>
800001d8:	bdd1                	j	800000ac <main+0x60>
800001da:	0c0aa703          	lw	a4,192(s5)
800001de:	1af70463          	beq	a4,a5,80000386 <main+0x33a>
800001e2:	800025b7          	lui	a1,0x80002
800001e6:	80002537          	lui	a0,0x80002
800001ea:	64058593          	add	a1,a1,1600 # 80002640 <__text_end+0x136>
800001ee:	65050513          	add	a0,a0,1616 # 80002650 <__text_end+0x146>
800001f2:	2ed9                	jal	800005c8 <printf>
800001f4:	0c0aa703          	lw	a4,192(s5)
800001f8:	0c800793          	li	a5,200
800001fc:	00f70963          	beq	a4,a5,8000020e <main+0x1c2>
80000200:	80002537          	lui	a0,0x80002
80000204:	4605                	li	a2,1
80000206:	4581                	li	a1,0
80000208:	67450513          	add	a0,a0,1652 # 80002674 <__text_end+0x16a>
8000020c:	2ae1                	jal	800003e4 <expect.part.0>
8000020e:	02900793          	li	a5,41
80000212:	0cfaa023          	sw	a5,192(s5)
80000216:	100427af          	lr.w	a5,(s0)
8000021a:	0785                	add	a5,a5,1
8000021c:	18f427af          	sc.w	a5,a5,(s0)
80000220:	fbfd                	bnez	a5,80000216 <main+0x1ca>
80000222:	0c0aa583          	lw	a1,192(s5)
80000226:	80002537          	lui	a0,0x80002
8000022a:	69050513          	add	a0,a0,1680 # 80002690 <__text_end+0x186>
8000022e:	2e69                	jal	800005c8 <printf>
80000230:	0c0aa583          	lw	a1,192(s5)
80000234:	02a00793          	li	a5,42
80000238:	00f58963          	beq	a1,a5,8000024a <main+0x1fe>
8000023c:	80002537          	lui	a0,0x80002
80000240:	02a00613          	li	a2,42
80000244:	6a850513          	add	a0,a0,1704 # 800026a8 <__text_end+0x19e>
80000248:	2a71                	jal	800003e4 <expect.part.0>
8000024a:	80002437          	lui	s0,0x80002
8000024e:	77040413          	add	s0,s0,1904 # 80002770 <amo_cases>
80000252:	11840c93          	add	s9,s0,280
80000256:	80002c37          	lui	s8,0x80002
8000025a:	80003b37          	lui	s6,0x80003
8000025e:	80002bb7          	lui	s7,0x80002
80000262:	00842903          	lw	s2,8(s0)
80000266:	00c42d03          	lw	s10,12(s0)
8000026a:	405c                	lw	a5,4(s0)
8000026c:	0d2aa023          	sw	s2,192(s5)
80000270:	85ea                	mv	a1,s10
80000272:	0c0a8513          	add	a0,s5,192
80000276:	9782                	jalr	a5
80000278:	00042a03          	lw	s4,0(s0)
8000027c:	0c0aa983          	lw	s3,192(s5)
80000280:	84aa                	mv	s1,a0
80000282:	872a                	mv	a4,a0
80000284:	86ea                	mv	a3,s10
80000286:	864a                	mv	a2,s2
80000288:	85d2                	mv	a1,s4
8000028a:	87ce                	mv	a5,s3
8000028c:	6b4c0513          	add	a0,s8,1716 # 800026b4 <__text_end+0x1aa>
80000290:	2e25                	jal	800005c8 <printf>
80000292:	86ca                	mv	a3,s2
80000294:	8626                	mv	a2,s1
80000296:	85d2                	mv	a1,s4
80000298:	510b8513          	add	a0,s7,1296 # 80002510 <__text_end+0x6>
8000029c:	00990863          	beq	s2,s1,800002ac <main+0x260>
800002a0:	2625                	jal	800005c8 <printf>
800002a2:	040b2783          	lw	a5,64(s6) # 80003040 <failures>
800002a6:	0785                	add	a5,a5,1
800002a8:	04fb2023          	sw	a5,64(s6)
800002ac:	4814                	lw	a3,16(s0)
800002ae:	864e                	mv	a2,s3
800002b0:	85d2                	mv	a1,s4
800002b2:	510b8513          	add	a0,s7,1296
800002b6:	0451                	add	s0,s0,20
800002b8:	00d98863          	beq	s3,a3,800002c8 <main+0x27c>
800002bc:	2631                	jal	800005c8 <printf>
800002be:	040b2783          	lw	a5,64(s6)
800002c2:	0785                	add	a5,a5,1
800002c4:	04fb2023          	sw	a5,64(s6)
800002c8:	f88c9de3          	bne	s9,s0,80000262 <main+0x216>
800002cc:	040b2403          	lw	s0,64(s6)
800002d0:	e05d                	bnez	s0,80000376 <main+0x32a>
800002d2:	80002537          	lui	a0,0x80002
800002d6:	6f850513          	add	a0,a0,1784 # 800026f8 <__text_end+0x1ee>
800002da:	24fd                	jal	800005c8 <printf>
800002dc:	50b2                	lw	ra,44(sp)
800002de:	8522                	mv	a0,s0
800002e0:	5422                	lw	s0,40(sp)
800002e2:	5492                	lw	s1,36(sp)
800002e4:	5902                	lw	s2,32(sp)
800002e6:	49f2                	lw	s3,28(sp)
800002e8:	4a62                	lw	s4,24(sp)
800002ea:	4ad2                	lw	s5,20(sp)
800002ec:	4b42                	lw	s6,16(sp)
800002ee:	4bb2                	lw	s7,12(sp)
800002f0:	4c22                	lw	s8,8(sp)
800002f2:	4c92                	lw	s9,4(sp)
800002f4:	4d02                	lw	s10,0(sp)
800002f6:	6145                	add	sp,sp,48
800002f8:	8082                	ret
800002fa:	800025b7          	lui	a1,0x80002
800002fe:	80002537          	lui	a0,0x80002
80000302:	55458593          	add	a1,a1,1364 # 80002554 <__text_end+0x4a>
80000306:	60050513          	add	a0,a0,1536 # 80002600 <__text_end+0xf6>
8000030a:	2c7d                	jal	800005c8 <printf>
8000030c:	80002537          	lui	a0,0x80002
80000310:	4605                	li	a2,1
80000312:	4581                	li	a1,0
80000314:	62450513          	add	a0,a0,1572 # 80002624 <__text_end+0x11a>
80000318:	20f1                	jal	800003e4 <expect.part.0>
8000031a:	bd99                	j	80000170 <main+0x124>
8000031c:	800025b7          	lui	a1,0x80002
80000320:	80002537          	lui	a0,0x80002
80000324:	55458593          	add	a1,a1,1364 # 80002554 <__text_end+0x4a>
80000328:	5b450513          	add	a0,a0,1460 # 800025b4 <__text_end+0xaa>
8000032c:	2c71                	jal	800005c8 <printf>
8000032e:	80002537          	lui	a0,0x80002
80000332:	4605                	li	a2,1
80000334:	4581                	li	a1,0
80000336:	5dc50513          	add	a0,a0,1500 # 800025dc <__text_end+0xd2>
8000033a:	206d                	jal	800003e4 <expect.part.0>
8000033c:	b501                	j	8000013c <main+0xf0>
8000033e:	800025b7          	lui	a1,0x80002
80000342:	80002537          	lui	a0,0x80002
80000346:	59858593          	add	a1,a1,1432 # 80002598 <__text_end+0x8e>
8000034a:	55850513          	add	a0,a0,1368 # 80002558 <__text_end+0x4e>
8000034e:	2cad                	jal	800005c8 <printf>
80000350:	b35d                	j	800000f6 <main+0xaa>
80000352:	80002537          	lui	a0,0x80002
80000356:	06400613          	li	a2,100
8000035a:	85ca                	mv	a1,s2
8000035c:	71c50513          	add	a0,a0,1820 # 8000271c <__text_end+0x212>
80000360:	2051                	jal	800003e4 <expect.part.0>
80000362:	b3a9                	j	800000ac <main+0x60>
80000364:	80002537          	lui	a0,0x80002
80000368:	06400613          	li	a2,100
8000036c:	85ca                	mv	a1,s2
8000036e:	71c50513          	add	a0,a0,1820 # 8000271c <__text_end+0x212>
80000372:	288d                	jal	800003e4 <expect.part.0>
80000374:	bd99                	j	800001ca <main+0x17e>
80000376:	80002537          	lui	a0,0x80002
8000037a:	85a2                	mv	a1,s0
8000037c:	6e450513          	add	a0,a0,1764 # 800026e4 <__text_end+0x1da>
80000380:	24a1                	jal	800005c8 <printf>
80000382:	4405                	li	s0,1
80000384:	bfa1                	j	800002dc <main+0x290>
80000386:	800025b7          	lui	a1,0x80002
8000038a:	80002537          	lui	a0,0x80002
8000038e:	66858593          	add	a1,a1,1640 # 80002668 <__text_end+0x15e>
80000392:	65050513          	add	a0,a0,1616 # 80002650 <__text_end+0x146>
80000396:	2c0d                	jal	800005c8 <printf>
80000398:	bdb1                	j	800001f4 <main+0x1a8>
8000039a:	800025b7          	lui	a1,0x80002
8000039e:	80002537          	lui	a0,0x80002
800003a2:	66858593          	add	a1,a1,1640 # 80002668 <__text_end+0x15e>
800003a6:	65050513          	add	a0,a0,1616 # 80002650 <__text_end+0x146>
800003aa:	2c39                	jal	800005c8 <printf>
800003ac:	bbd5                	j	800001a0 <main+0x154>

800003ae <amo_amoswap>:
800003ae:	0eb5252f          	amoswap.w.aqrl	a0,a1,(a0)
800003b2:	8082                	ret

800003b4 <amo_amoadd>:
800003b4:	06b5252f          	amoadd.w.aqrl	a0,a1,(a0)
800003b8:	8082                	ret

800003ba <amo_amoxor>:
800003ba:	26b5252f          	amoxor.w.aqrl	a0,a1,(a0)
800003be:	8082                	ret

800003c0 <amo_amoand>:
800003c0:	66b5252f          	amoand.w.aqrl	a0,a1,(a0)
800003c4:	8082                	ret

800003c6 <amo_amoor>:
800003c6:	46b5252f          	amoor.w.aqrl	a0,a1,(a0)
800003ca:	8082                	ret

800003cc <amo_amomin>:
800003cc:	86b5252f          	amomin.w.aqrl	a0,a1,(a0)
800003d0:	8082                	ret

800003d2 <amo_amomax>:
800003d2:	a6b5252f          	amomax.w.aqrl	a0,a1,(a0)
800003d6:	8082                	ret

800003d8 <amo_amominu>:
800003d8:	c6b5252f          	amominu.w.aqrl	a0,a1,(a0)
800003dc:	8082                	ret

800003de <amo_amomaxu>:
800003de:	e6b5252f          	amomaxu.w.aqrl	a0,a1,(a0)
800003e2:	8082                	ret

800003e4 <expect.part.0>:
800003e4:	86b2                	mv	a3,a2
800003e6:	862e                	mv	a2,a1
800003e8:	85aa                	mv	a1,a0
800003ea:	80002537          	lui	a0,0x80002
800003ee:	1141                	add	sp,sp,-16
800003f0:	51050513          	add	a0,a0,1296 # 80002510 <__text_end+0x6>
800003f4:	c606                	sw	ra,12(sp)
800003f6:	2ac9                	jal	800005c8 <printf>
800003f8:	80003737          	lui	a4,0x80003
800003fc:	04072783          	lw	a5,64(a4) # 80003040 <failures>
80000400:	40b2                	lw	ra,12(sp)
80000402:	0785                	add	a5,a5,1
80000404:	04f72023          	sw	a5,64(a4)
80000408:	0141                	add	sp,sp,16
8000040a:	8082                	ret

8000040c <bare_default_trap>:
8000040c:	01000117          	auipc	sp,0x1000
80000410:	bf410113          	add	sp,sp,-1036 # 81000000 <__stack_top>
80000414:	34202573          	csrr	a0,mcause
80000418:	341025f3          	csrr	a1,mepc
8000041c:	34302673          	csrr	a2,mtval
80000420:	287d                	jal	800004de <bare_unexpected_trap>
80000422:	a001                	j	80000422 <bare_default_trap+0x16>

80000424 <uart_stdio_put>:
80000424:	10000737          	lui	a4,0x10000
80000428:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
8000042c:	0207f793          	and	a5,a5,32
80000430:	dfe5                	beqz	a5,80000428 <uart_stdio_put+0x4>
80000432:	00a70023          	sb	a0,0(a4)
80000436:	8082                	ret

80000438 <bare_puts>:
80000438:	00054683          	lbu	a3,0(a0)
8000043c:	ce91                	beqz	a3,80000458 <bare_puts+0x20>
8000043e:	10000737          	lui	a4,0x10000
80000442:	0505                	add	a0,a0,1
80000444:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000448:	0207f793          	and	a5,a5,32
8000044c:	dfe5                	beqz	a5,80000444 <bare_puts+0xc>
8000044e:	00d70023          	sb	a3,0(a4)
80000452:	00054683          	lbu	a3,0(a0)
80000456:	f6f5                	bnez	a3,80000442 <bare_puts+0xa>
80000458:	8082                	ret

8000045a <bare_put_hex>:
8000045a:	800036b7          	lui	a3,0x80003
8000045e:	03000613          	li	a2,48
80000462:	88868693          	add	a3,a3,-1912 # 80002888 <amo_cases+0x118>
80000466:	10000737          	lui	a4,0x10000
8000046a:	0685                	add	a3,a3,1
8000046c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000470:	0207f793          	and	a5,a5,32
80000474:	dfe5                	beqz	a5,8000046c <bare_put_hex+0x12>
80000476:	00c70023          	sb	a2,0(a4)
8000047a:	0006c603          	lbu	a2,0(a3)
8000047e:	f675                	bnez	a2,8000046a <bare_put_hex+0x10>
80000480:	800035b7          	lui	a1,0x80003
80000484:	46f1                	li	a3,28
80000486:	88c58593          	add	a1,a1,-1908 # 8000288c <amo_cases+0x11c>
8000048a:	10000737          	lui	a4,0x10000
8000048e:	5871                	li	a6,-4
80000490:	00d557b3          	srl	a5,a0,a3
80000494:	8bbd                	and	a5,a5,15
80000496:	97ae                	add	a5,a5,a1
80000498:	0007c603          	lbu	a2,0(a5)
8000049c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800004a0:	0207f793          	and	a5,a5,32
800004a4:	dfe5                	beqz	a5,8000049c <bare_put_hex+0x42>
800004a6:	00c70023          	sb	a2,0(a4)
800004aa:	16f1                	add	a3,a3,-4
800004ac:	ff0692e3          	bne	a3,a6,80000490 <bare_put_hex+0x36>
800004b0:	8082                	ret

800004b2 <bare_exit>:
800004b2:	cd19                	beqz	a0,800004d0 <bare_exit+0x1e>
800004b4:	670d                	lui	a4,0x3
800004b6:	01051793          	sll	a5,a0,0x10
800004ba:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
800004be:	8fd9                	or	a5,a5,a4
800004c0:	00100737          	lui	a4,0x100
800004c4:	c31c                	sw	a5,0(a4)
800004c6:	10500073          	wfi
800004ca:	10500073          	wfi
800004ce:	bfe5                	j	800004c6 <bare_exit+0x14>
800004d0:	6795                	lui	a5,0x5
800004d2:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
800004d6:	b7ed                	j	800004c0 <bare_exit+0xe>

800004d8 <_exit>:
800004d8:	1141                	add	sp,sp,-16
800004da:	c606                	sw	ra,12(sp)
800004dc:	3fd9                	jal	800004b2 <bare_exit>

800004de <bare_unexpected_trap>:
800004de:	1141                	add	sp,sp,-16
800004e0:	c04a                	sw	s2,0(sp)
800004e2:	892a                	mv	s2,a0
800004e4:	80003537          	lui	a0,0x80003
800004e8:	8a050513          	add	a0,a0,-1888 # 800028a0 <amo_cases+0x130>
800004ec:	c606                	sw	ra,12(sp)
800004ee:	c422                	sw	s0,8(sp)
800004f0:	c226                	sw	s1,4(sp)
800004f2:	8432                	mv	s0,a2
800004f4:	84ae                	mv	s1,a1
800004f6:	3789                	jal	80000438 <bare_puts>
800004f8:	854a                	mv	a0,s2
800004fa:	3785                	jal	8000045a <bare_put_hex>
800004fc:	80003537          	lui	a0,0x80003
80000500:	8b850513          	add	a0,a0,-1864 # 800028b8 <amo_cases+0x148>
80000504:	3f15                	jal	80000438 <bare_puts>
80000506:	8526                	mv	a0,s1
80000508:	3f89                	jal	8000045a <bare_put_hex>
8000050a:	80003537          	lui	a0,0x80003
8000050e:	8c050513          	add	a0,a0,-1856 # 800028c0 <amo_cases+0x150>
80000512:	371d                	jal	80000438 <bare_puts>
80000514:	8522                	mv	a0,s0
80000516:	3791                	jal	8000045a <bare_put_hex>
80000518:	10000737          	lui	a4,0x10000
8000051c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000520:	0207f793          	and	a5,a5,32
80000524:	dfe5                	beqz	a5,8000051c <bare_unexpected_trap+0x3e>
80000526:	47a9                	li	a5,10
80000528:	00f70023          	sb	a5,0(a4)
8000052c:	006337b7          	lui	a5,0x633
80000530:	00100737          	lui	a4,0x100
80000534:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
80000538:	c31c                	sw	a5,0(a4)
8000053a:	10500073          	wfi
8000053e:	10500073          	wfi
80000542:	bfe5                	j	8000053a <bare_unexpected_trap+0x5c>

80000544 <__libc_init_array>:
80000544:	797012ef          	jal	t0,800024da <__riscv_save_0>
80000548:	800034b7          	lui	s1,0x80003
8000054c:	80003437          	lui	s0,0x80003
80000550:	db048793          	add	a5,s1,-592 # 80002db0 <__fini_array_end>
80000554:	db040413          	add	s0,s0,-592 # 80002db0 <__fini_array_end>
80000558:	8c1d                	sub	s0,s0,a5
8000055a:	8409                	sra	s0,s0,0x2
8000055c:	db048493          	add	s1,s1,-592
80000560:	4901                	li	s2,0
80000562:	02891a63          	bne	s2,s0,80000596 <__libc_init_array+0x52>
80000566:	00000793          	li	a5,0
8000056a:	c789                	beqz	a5,80000574 <__libc_init_array+0x30>
8000056c:	00000097          	auipc	ra,0x0
80000570:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000574:	800034b7          	lui	s1,0x80003
80000578:	80003437          	lui	s0,0x80003
8000057c:	db048793          	add	a5,s1,-592 # 80002db0 <__fini_array_end>
80000580:	db040413          	add	s0,s0,-592 # 80002db0 <__fini_array_end>
80000584:	8c1d                	sub	s0,s0,a5
80000586:	8409                	sra	s0,s0,0x2
80000588:	db048493          	add	s1,s1,-592
8000058c:	4901                	li	s2,0
8000058e:	00891963          	bne	s2,s0,800005a0 <__libc_init_array+0x5c>
80000592:	76d0106f          	j	800024fe <__riscv_restore_0>
80000596:	409c                	lw	a5,0(s1)
80000598:	0905                	add	s2,s2,1
8000059a:	0491                	add	s1,s1,4
8000059c:	9782                	jalr	a5
8000059e:	b7d1                	j	80000562 <__libc_init_array+0x1e>
800005a0:	409c                	lw	a5,0(s1)
800005a2:	0905                	add	s2,s2,1
800005a4:	0491                	add	s1,s1,4
800005a6:	9782                	jalr	a5
800005a8:	b7dd                	j	8000058e <__libc_init_array+0x4a>

800005aa <exit>:
800005aa:	731012ef          	jal	t0,800024da <__riscv_save_0>
800005ae:	00000793          	li	a5,0
800005b2:	842a                	mv	s0,a0
800005b4:	c791                	beqz	a5,800005c0 <exit+0x16>
800005b6:	4581                	li	a1,0
800005b8:	00000097          	auipc	ra,0x0
800005bc:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800005c0:	796010ef          	jal	80001d56 <__libc_fini_array>
800005c4:	8522                	mv	a0,s0
800005c6:	3f09                	jal	800004d8 <_exit>

800005c8 <printf>:
800005c8:	7139                	add	sp,sp,-64
800005ca:	da3e                	sw	a5,52(sp)
800005cc:	800037b7          	lui	a5,0x80003
800005d0:	d22e                	sw	a1,36(sp)
800005d2:	85aa                	mv	a1,a0
800005d4:	da47a503          	lw	a0,-604(a5) # 80002da4 <stdout>
800005d8:	d432                	sw	a2,40(sp)
800005da:	1050                	add	a2,sp,36
800005dc:	ce06                	sw	ra,28(sp)
800005de:	d636                	sw	a3,44(sp)
800005e0:	d83a                	sw	a4,48(sp)
800005e2:	dc42                	sw	a6,56(sp)
800005e4:	de46                	sw	a7,60(sp)
800005e6:	c632                	sw	a2,12(sp)
800005e8:	2411                	jal	800007ec <__d_vfprintf>
800005ea:	40f2                	lw	ra,28(sp)
800005ec:	6121                	add	sp,sp,64
800005ee:	8082                	ret

800005f0 <__ultoa_invert>:
800005f0:	6c3012ef          	jal	t0,800024b2 <__riscv_save_10>
800005f4:	2006f793          	and	a5,a3,512
800005f8:	89aa                	mv	s3,a0
800005fa:	8a2e                	mv	s4,a1
800005fc:	8932                	mv	s2,a2
800005fe:	84b6                	mv	s1,a3
80000600:	02700b13          	li	s6,39
80000604:	c781                	beqz	a5,8000060c <__ultoa_invert+0x1c>
80000606:	dff6f493          	and	s1,a3,-513
8000060a:	4b1d                	li	s6,7
8000060c:	41f4da93          	sra	s5,s1,0x1f
80000610:	4ca5                	li	s9,9
80000612:	8626                	mv	a2,s1
80000614:	86d6                	mv	a3,s5
80000616:	854e                	mv	a0,s3
80000618:	85d2                	mv	a1,s4
8000061a:	369010ef          	jal	80002182 <__umoddi3>
8000061e:	85d2                	mv	a1,s4
80000620:	0ff57413          	zext.b	s0,a0
80000624:	8626                	mv	a2,s1
80000626:	854e                	mv	a0,s3
80000628:	86d6                	mv	a3,s5
8000062a:	7fa010ef          	jal	80001e24 <__udivdi3>
8000062e:	8c4e                	mv	s8,s3
80000630:	8bd2                	mv	s7,s4
80000632:	89aa                	mv	s3,a0
80000634:	8a2e                	mv	s4,a1
80000636:	008cf563          	bgeu	s9,s0,80000640 <__ultoa_invert+0x50>
8000063a:	945a                	add	s0,s0,s6
8000063c:	0ff47413          	zext.b	s0,s0
80000640:	0905                	add	s2,s2,1
80000642:	03040413          	add	s0,s0,48
80000646:	fe890fa3          	sb	s0,-1(s2)
8000064a:	015be663          	bltu	s7,s5,80000656 <__ultoa_invert+0x66>
8000064e:	fd7a92e3          	bne	s5,s7,80000612 <__ultoa_invert+0x22>
80000652:	fc9c70e3          	bgeu	s8,s1,80000612 <__ultoa_invert+0x22>
80000656:	854a                	mv	a0,s2
80000658:	6930106f          	j	800024ea <__riscv_restore_10>

8000065c <skip_to_arg>:
8000065c:	657012ef          	jal	t0,800024b2 <__riscv_save_10>
80000660:	4305                	li	t1,1
80000662:	02500f13          	li	t5,37
80000666:	88aa                	mv	a7,a0
80000668:	00c34463          	blt	t1,a2,80000670 <skip_to_arg+0x14>
8000066c:	67f0106f          	j	800024ea <__riscv_restore_10>
80000670:	87c6                	mv	a5,a7
80000672:	88be                	mv	a7,a5
80000674:	0007c703          	lbu	a4,0(a5)
80000678:	0785                	add	a5,a5,1
8000067a:	db6d                	beqz	a4,8000066c <skip_to_arg+0x10>
8000067c:	ffe71be3          	bne	a4,t5,80000672 <skip_to_arg+0x16>
80000680:	0007c703          	lbu	a4,0(a5)
80000684:	0889                	add	a7,a7,2
80000686:	ffe705e3          	beq	a4,t5,80000670 <skip_to_arg+0x14>
8000068a:	6ecd                	lui	t4,0x13
8000068c:	4681                	li	a3,0
8000068e:	4e01                	li	t3,0
80000690:	4781                	li	a5,0
80000692:	42fd                	li	t0,31
80000694:	06c00f93          	li	t6,108
80000698:	07400393          	li	t2,116
8000069c:	07a00413          	li	s0,122
800006a0:	06800493          	li	s1,104
800006a4:	06a00913          	li	s2,106
800006a8:	04c00993          	li	s3,76
800006ac:	4a25                	li	s4,9
800006ae:	02400a93          	li	s5,36
800006b2:	07f00b13          	li	s6,127
800006b6:	4bc1                	li	s7,16
800006b8:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
800006bc:	04f2e263          	bltu	t0,a5,80000700 <skip_to_arg+0xa4>
800006c0:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
800006c4:	0ff87813          	zext.b	a6,a6
800006c8:	030bf163          	bgeu	s7,a6,800006ea <skip_to_arg+0x8e>
800006cc:	fd070813          	add	a6,a4,-48
800006d0:	0ff87813          	zext.b	a6,a6
800006d4:	4c25                	li	s8,9
800006d6:	050c6563          	bltu	s8,a6,80000720 <skip_to_arg+0xc4>
800006da:	47a9                	li	a5,10
800006dc:	02f687b3          	mul	a5,a3,a5
800006e0:	00f806b3          	add	a3,a6,a5
800006e4:	02000793          	li	a5,32
800006e8:	a039                	j	800006f6 <skip_to_arg+0x9a>
800006ea:	010ed833          	srl	a6,t4,a6
800006ee:	00187813          	and	a6,a6,1
800006f2:	00080963          	beqz	a6,80000704 <skip_to_arg+0xa8>
800006f6:	0008c703          	lbu	a4,0(a7)
800006fa:	0885                	add	a7,a7,1
800006fc:	f361                	bnez	a4,800006bc <skip_to_arg+0x60>
800006fe:	a8b1                	j	8000075a <skip_to_arg+0xfe>
80000700:	04fb6363          	bltu	s6,a5,80000746 <skip_to_arg+0xea>
80000704:	fd070813          	add	a6,a4,-48
80000708:	0ff87813          	zext.b	a6,a6
8000070c:	fd0a77e3          	bgeu	s4,a6,800006da <skip_to_arg+0x7e>
80000710:	03571563          	bne	a4,s5,8000073a <skip_to_arg+0xde>
80000714:	0a0e0063          	beqz	t3,800007b4 <skip_to_arg+0x158>
80000718:	0a668063          	beq	a3,t1,800007b8 <skip_to_arg+0x15c>
8000071c:	4681                	li	a3,0
8000071e:	bfe1                	j	800006f6 <skip_to_arg+0x9a>
80000720:	0fb77813          	and	a6,a4,251
80000724:	02a00c13          	li	s8,42
80000728:	ff880ae3          	beq	a6,s8,8000071c <skip_to_arg+0xc0>
8000072c:	06c00813          	li	a6,108
80000730:	01071d63          	bne	a4,a6,8000074a <skip_to_arg+0xee>
80000734:	0807e793          	or	a5,a5,128
80000738:	bf7d                	j	800006f6 <skip_to_arg+0x9a>
8000073a:	0fb77813          	and	a6,a4,251
8000073e:	02a00c13          	li	s8,42
80000742:	fd880de3          	beq	a6,s8,8000071c <skip_to_arg+0xc0>
80000746:	05f70663          	beq	a4,t6,80000792 <skip_to_arg+0x136>
8000074a:	02efef63          	bltu	t6,a4,80000788 <skip_to_arg+0x12c>
8000074e:	04970863          	beq	a4,s1,8000079e <skip_to_arg+0x142>
80000752:	05270e63          	beq	a4,s2,800007ae <skip_to_arg+0x152>
80000756:	05370c63          	beq	a4,s3,800007ae <skip_to_arg+0x152>
8000075a:	f00e09e3          	beqz	t3,8000066c <skip_to_arg+0x10>
8000075e:	f06e15e3          	bne	t3,t1,80000668 <skip_to_arg+0xc>
80000762:	02076893          	or	a7,a4,32
80000766:	f9b88813          	add	a6,a7,-101
8000076a:	0ff87813          	zext.b	a6,a6
8000076e:	4e09                	li	t3,2
80000770:	4194                	lw	a3,0(a1)
80000772:	010e7663          	bgeu	t3,a6,8000077e <skip_to_arg+0x122>
80000776:	06100813          	li	a6,97
8000077a:	05089263          	bne	a7,a6,800007be <skip_to_arg+0x162>
8000077e:	069d                	add	a3,a3,7
80000780:	9ae1                	and	a3,a3,-8
80000782:	00868713          	add	a4,a3,8
80000786:	a091                	j	800007ca <skip_to_arg+0x16e>
80000788:	f67707e3          	beq	a4,t2,800006f6 <skip_to_arg+0x9a>
8000078c:	f68705e3          	beq	a4,s0,800006f6 <skip_to_arg+0x9a>
80000790:	b7e9                	j	8000075a <skip_to_arg+0xfe>
80000792:	0807f713          	and	a4,a5,128
80000796:	df59                	beqz	a4,80000734 <skip_to_arg+0xd8>
80000798:	2007e793          	or	a5,a5,512
8000079c:	bf61                	j	80000734 <skip_to_arg+0xd8>
8000079e:	1007f713          	and	a4,a5,256
800007a2:	c319                	beqz	a4,800007a8 <skip_to_arg+0x14c>
800007a4:	2007e793          	or	a5,a5,512
800007a8:	1007e793          	or	a5,a5,256
800007ac:	b7a9                	j	800006f6 <skip_to_arg+0x9a>
800007ae:	2807e793          	or	a5,a5,640
800007b2:	b791                	j	800006f6 <skip_to_arg+0x9a>
800007b4:	8e36                	mv	t3,a3
800007b6:	b79d                	j	8000071c <skip_to_arg+0xc0>
800007b8:	06300713          	li	a4,99
800007bc:	b75d                	j	80000762 <skip_to_arg+0x106>
800007be:	06300813          	li	a6,99
800007c2:	01071763          	bne	a4,a6,800007d0 <skip_to_arg+0x174>
800007c6:	00468713          	add	a4,a3,4
800007ca:	c198                	sw	a4,0(a1)
800007cc:	0305                	add	t1,t1,1
800007ce:	bd61                	j	80000666 <skip_to_arg+0xa>
800007d0:	07300813          	li	a6,115
800007d4:	ff0709e3          	beq	a4,a6,800007c6 <skip_to_arg+0x16a>
800007d8:	0807f813          	and	a6,a5,128
800007dc:	00468713          	add	a4,a3,4
800007e0:	fe0805e3          	beqz	a6,800007ca <skip_to_arg+0x16e>
800007e4:	2007f793          	and	a5,a5,512
800007e8:	d3ed                	beqz	a5,800007ca <skip_to_arg+0x16e>
800007ea:	bf51                	j	8000077e <skip_to_arg+0x122>

800007ec <__d_vfprintf>:
800007ec:	4bf012ef          	jal	t0,800024aa <__riscv_save_12>
800007f0:	00454783          	lbu	a5,4(a0)
800007f4:	7139                	add	sp,sp,-64
800007f6:	c02a                	sw	a0,0(sp)
800007f8:	c42e                	sw	a1,8(sp)
800007fa:	c632                	sw	a2,12(sp)
800007fc:	8b89                	and	a5,a5,2
800007fe:	00852a03          	lw	s4,8(a0)
80000802:	c785                	beqz	a5,8000082a <__d_vfprintf+0x3e>
80000804:	d232                	sw	a2,36(sp)
80000806:	87ae                	mv	a5,a1
80000808:	4401                	li	s0,0
8000080a:	0007c903          	lbu	s2,0(a5)
8000080e:	00090f63          	beqz	s2,8000082c <__d_vfprintf+0x40>
80000812:	02500713          	li	a4,37
80000816:	00e90f63          	beq	s2,a4,80000834 <__d_vfprintf+0x48>
8000081a:	0785                	add	a5,a5,1
8000081c:	c23e                	sw	a5,4(sp)
8000081e:	4582                	lw	a1,0(sp)
80000820:	854a                	mv	a0,s2
80000822:	0405                	add	s0,s0,1
80000824:	9a02                	jalr	s4
80000826:	280552e3          	bgez	a0,800012aa <__d_vfprintf+0xabe>
8000082a:	547d                	li	s0,-1
8000082c:	8522                	mv	a0,s0
8000082e:	6121                	add	sp,sp,64
80000830:	4b70106f          	j	800024e6 <__riscv_restore_12>
80000834:	0017c903          	lbu	s2,1(a5)
80000838:	00278713          	add	a4,a5,2
8000083c:	c23a                	sw	a4,4(sp)
8000083e:	02500793          	li	a5,37
80000842:	fcf90ee3          	beq	s2,a5,8000081e <__d_vfprintf+0x32>
80000846:	800034b7          	lui	s1,0x80003
8000084a:	4a81                	li	s5,0
8000084c:	4d01                	li	s10,0
8000084e:	4b01                	li	s6,0
80000850:	4d81                	li	s11,0
80000852:	06c00993          	li	s3,108
80000856:	07400b93          	li	s7,116
8000085a:	07a00c13          	li	s8,122
8000085e:	06800c93          	li	s9,104
80000862:	8d848493          	add	s1,s1,-1832 # 800028d8 <amo_cases+0x168>
80000866:	47fd                	li	a5,31
80000868:	07b7e163          	bltu	a5,s11,800008ca <__d_vfprintf+0xde>
8000086c:	fe090793          	add	a5,s2,-32
80000870:	0ff7f793          	zext.b	a5,a5
80000874:	4741                	li	a4,16
80000876:	00f76663          	bltu	a4,a5,80000882 <__d_vfprintf+0x96>
8000087a:	078a                	sll	a5,a5,0x2
8000087c:	97a6                	add	a5,a5,s1
8000087e:	439c                	lw	a5,0(a5)
80000880:	8782                	jr	a5
80000882:	fd090793          	add	a5,s2,-48
80000886:	0ff7f793          	zext.b	a5,a5
8000088a:	4725                	li	a4,9
8000088c:	06f76463          	bltu	a4,a5,800008f4 <__d_vfprintf+0x108>
80000890:	46a9                	li	a3,10
80000892:	02db06b3          	mul	a3,s6,a3
80000896:	00f68b33          	add	s6,a3,a5
8000089a:	020ded93          	or	s11,s11,32
8000089e:	a019                	j	800008a4 <__d_vfprintf+0xb8>
800008a0:	001ded93          	or	s11,s11,1
800008a4:	4792                	lw	a5,4(sp)
800008a6:	0007c903          	lbu	s2,0(a5)
800008aa:	0785                	add	a5,a5,1
800008ac:	c23e                	sw	a5,4(sp)
800008ae:	fa091ce3          	bnez	s2,80000866 <__d_vfprintf+0x7a>
800008b2:	a0dd                	j	80000998 <__d_vfprintf+0x1ac>
800008b4:	002ded93          	or	s11,s11,2
800008b8:	004ded93          	or	s11,s11,4
800008bc:	b7e5                	j	800008a4 <__d_vfprintf+0xb8>
800008be:	008ded93          	or	s11,s11,8
800008c2:	b7cd                	j	800008a4 <__d_vfprintf+0xb8>
800008c4:	010ded93          	or	s11,s11,16
800008c8:	bff1                	j	800008a4 <__d_vfprintf+0xb8>
800008ca:	07f00793          	li	a5,127
800008ce:	0bb7e763          	bltu	a5,s11,8000097c <__d_vfprintf+0x190>
800008d2:	fd090693          	add	a3,s2,-48
800008d6:	0ff6f693          	zext.b	a3,a3
800008da:	47a5                	li	a5,9
800008dc:	00d7ec63          	bltu	a5,a3,800008f4 <__d_vfprintf+0x108>
800008e0:	040df613          	and	a2,s11,64
800008e4:	87b6                	mv	a5,a3
800008e6:	d64d                	beqz	a2,80000890 <__d_vfprintf+0xa4>
800008e8:	47a9                	li	a5,10
800008ea:	02fd07b3          	mul	a5,s10,a5
800008ee:	00d78d33          	add	s10,a5,a3
800008f2:	bf4d                	j	800008a4 <__d_vfprintf+0xb8>
800008f4:	02a00793          	li	a5,42
800008f8:	02f91663          	bne	s2,a5,80000924 <__d_vfprintf+0x138>
800008fc:	fa0a94e3          	bnez	s5,800008a4 <__d_vfprintf+0xb8>
80000900:	5692                	lw	a3,36(sp)
80000902:	040df793          	and	a5,s11,64
80000906:	00468613          	add	a2,a3,4
8000090a:	4294                	lw	a3,0(a3)
8000090c:	d232                	sw	a2,36(sp)
8000090e:	c399                	beqz	a5,80000914 <__d_vfprintf+0x128>
80000910:	8d36                	mv	s10,a3
80000912:	bf49                	j	800008a4 <__d_vfprintf+0xb8>
80000914:	8b36                	mv	s6,a3
80000916:	f806d2e3          	bgez	a3,8000089a <__d_vfprintf+0xae>
8000091a:	40d00b33          	neg	s6,a3
8000091e:	028ded93          	or	s11,s11,40
80000922:	b749                	j	800008a4 <__d_vfprintf+0xb8>
80000924:	02e00793          	li	a5,46
80000928:	00f91963          	bne	s2,a5,8000093a <__d_vfprintf+0x14e>
8000092c:	040df793          	and	a5,s11,64
80000930:	ee079ee3          	bnez	a5,8000082c <__d_vfprintf+0x40>
80000934:	040ded93          	or	s11,s11,64
80000938:	b7b5                	j	800008a4 <__d_vfprintf+0xb8>
8000093a:	02400793          	li	a5,36
8000093e:	02f91f63          	bne	s2,a5,8000097c <__d_vfprintf+0x190>
80000942:	120a8a63          	beqz	s5,80000a76 <__d_vfprintf+0x28a>
80000946:	47b2                	lw	a5,12(sp)
80000948:	d23e                	sw	a5,36(sp)
8000094a:	040df793          	and	a5,s11,64
8000094e:	ef81                	bnez	a5,80000966 <__d_vfprintf+0x17a>
80000950:	4522                	lw	a0,8(sp)
80000952:	865a                	mv	a2,s6
80000954:	104c                	add	a1,sp,36
80000956:	3319                	jal	8000065c <skip_to_arg>
80000958:	5792                	lw	a5,36(sp)
8000095a:	00478693          	add	a3,a5,4
8000095e:	0007ab03          	lw	s6,0(a5)
80000962:	d236                	sw	a3,36(sp)
80000964:	b781                	j	800008a4 <__d_vfprintf+0xb8>
80000966:	4522                	lw	a0,8(sp)
80000968:	866a                	mv	a2,s10
8000096a:	104c                	add	a1,sp,36
8000096c:	39c5                	jal	8000065c <skip_to_arg>
8000096e:	5792                	lw	a5,36(sp)
80000970:	00478693          	add	a3,a5,4
80000974:	0007ad03          	lw	s10,0(a5)
80000978:	d236                	sw	a3,36(sp)
8000097a:	b72d                	j	800008a4 <__d_vfprintf+0xb8>
8000097c:	0d390a63          	beq	s2,s3,80000a50 <__d_vfprintf+0x264>
80000980:	0d29e363          	bltu	s3,s2,80000a46 <__d_vfprintf+0x25a>
80000984:	0d990e63          	beq	s2,s9,80000a60 <__d_vfprintf+0x274>
80000988:	06a00793          	li	a5,106
8000098c:	0ef90263          	beq	s2,a5,80000a70 <__d_vfprintf+0x284>
80000990:	04c00793          	li	a5,76
80000994:	0cf90e63          	beq	s2,a5,80000a70 <__d_vfprintf+0x284>
80000998:	000a8863          	beqz	s5,800009a8 <__d_vfprintf+0x1bc>
8000099c:	47b2                	lw	a5,12(sp)
8000099e:	4522                	lw	a0,8(sp)
800009a0:	8656                	mv	a2,s5
800009a2:	104c                	add	a1,sp,36
800009a4:	d23e                	sw	a5,36(sp)
800009a6:	395d                	jal	8000065c <skip_to_arg>
800009a8:	000d5963          	bgez	s10,800009ba <__d_vfprintf+0x1ce>
800009ac:	fbfdf813          	and	a6,s11,-65
800009b0:	01081d93          	sll	s11,a6,0x10
800009b4:	010ddd93          	srl	s11,s11,0x10
800009b8:	4d01                	li	s10,0
800009ba:	02096c93          	or	s9,s2,32
800009be:	f9bc8793          	add	a5,s9,-101
800009c2:	0ff7f793          	zext.b	a5,a5
800009c6:	4709                	li	a4,2
800009c8:	0af77d63          	bgeu	a4,a5,80000a82 <__d_vfprintf+0x296>
800009cc:	06100793          	li	a5,97
800009d0:	6afc9163          	bne	s9,a5,80001072 <__d_vfprintf+0x886>
800009d4:	5792                	lw	a5,36(sp)
800009d6:	6a89                	lui	s5,0x2
800009d8:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
800009dc:	079d                	add	a5,a5,7
800009de:	9be1                	and	a5,a5,-8
800009e0:	0047ab83          	lw	s7,4(a5)
800009e4:	0007a883          	lw	a7,0(a5)
800009e8:	00878713          	add	a4,a5,8
800009ec:	414bd993          	sra	s3,s7,0x14
800009f0:	00cb9c13          	sll	s8,s7,0xc
800009f4:	7ff9f993          	and	s3,s3,2047
800009f8:	00cc5c93          	srl	s9,s8,0xc
800009fc:	015deab3          	or	s5,s11,s5
80000a00:	0119e533          	or	a0,s3,a7
80000a04:	fff94913          	not	s2,s2
80000a08:	0ac2                	sll	s5,s5,0x10
80000a0a:	d23a                	sw	a4,36(sp)
80000a0c:	019567b3          	or	a5,a0,s9
80000a10:	02097913          	and	s2,s2,32
80000a14:	010ada93          	srl	s5,s5,0x10
80000a18:	86c6                	mv	a3,a7
80000a1a:	8c66                	mv	s8,s9
80000a1c:	040df813          	and	a6,s11,64
80000a20:	01fbdb93          	srl	s7,s7,0x1f
80000a24:	ebdd                	bnez	a5,80000ada <__d_vfprintf+0x2ee>
80000a26:	03000793          	li	a5,48
80000a2a:	0ffbfb93          	zext.b	s7,s7
80000a2e:	02f106a3          	sb	a5,45(sp)
80000a32:	03710623          	sb	s7,44(sp)
80000a36:	24080d63          	beqz	a6,80000c90 <__d_vfprintf+0x4a4>
80000a3a:	47b1                	li	a5,12
80000a3c:	4981                	li	s3,0
80000a3e:	0da7d263          	bge	a5,s10,80000b02 <__d_vfprintf+0x316>
80000a42:	4d35                	li	s10,13
80000a44:	aa85                	j	80000bb4 <__d_vfprintf+0x3c8>
80000a46:	e5790fe3          	beq	s2,s7,800008a4 <__d_vfprintf+0xb8>
80000a4a:	e5890de3          	beq	s2,s8,800008a4 <__d_vfprintf+0xb8>
80000a4e:	b7a9                	j	80000998 <__d_vfprintf+0x1ac>
80000a50:	080df793          	and	a5,s11,128
80000a54:	c399                	beqz	a5,80000a5a <__d_vfprintf+0x26e>
80000a56:	200ded93          	or	s11,s11,512
80000a5a:	080ded93          	or	s11,s11,128
80000a5e:	b599                	j	800008a4 <__d_vfprintf+0xb8>
80000a60:	100df793          	and	a5,s11,256
80000a64:	c399                	beqz	a5,80000a6a <__d_vfprintf+0x27e>
80000a66:	200ded93          	or	s11,s11,512
80000a6a:	100ded93          	or	s11,s11,256
80000a6e:	bd1d                	j	800008a4 <__d_vfprintf+0xb8>
80000a70:	280ded93          	or	s11,s11,640
80000a74:	bd05                	j	800008a4 <__d_vfprintf+0xb8>
80000a76:	875a                	mv	a4,s6
80000a78:	4d01                	li	s10,0
80000a7a:	4b01                	li	s6,0
80000a7c:	8aba                	mv	s5,a4
80000a7e:	4d81                	li	s11,0
80000a80:	b515                	j	800008a4 <__d_vfprintf+0xb8>
80000a82:	5792                	lw	a5,36(sp)
80000a84:	fff94913          	not	s2,s2
80000a88:	02097913          	and	s2,s2,32
80000a8c:	079d                	add	a5,a5,7
80000a8e:	9be1                	and	a5,a5,-8
80000a90:	00878713          	add	a4,a5,8
80000a94:	4388                	lw	a0,0(a5)
80000a96:	43cc                	lw	a1,4(a5)
80000a98:	d23a                	sw	a4,36(sp)
80000a9a:	040df793          	and	a5,s11,64
80000a9e:	20078d63          	beqz	a5,80000cb8 <__d_vfprintf+0x4cc>
80000aa2:	06500793          	li	a5,101
80000aa6:	20fc9b63          	bne	s9,a5,80000cbc <__d_vfprintf+0x4d0>
80000aaa:	6785                	lui	a5,0x1
80000aac:	001d0613          	add	a2,s10,1
80000ab0:	00fdedb3          	or	s11,s11,a5
80000ab4:	0ff67613          	zext.b	a2,a2
80000ab8:	4701                	li	a4,0
80000aba:	4781                	li	a5,0
80000abc:	4345                	li	t1,17
80000abe:	0ff67693          	zext.b	a3,a2
80000ac2:	00c37363          	bgeu	t1,a2,80000ac8 <__d_vfprintf+0x2dc>
80000ac6:	46c5                	li	a3,17
80000ac8:	1030                	add	a2,sp,40
80000aca:	317000ef          	jal	800015e0 <__dtoa_engine>
80000ace:	0ff57b93          	zext.b	s7,a0
80000ad2:	59a2                	lw	s3,40(sp)
80000ad4:	8aee                	mv	s5,s11
80000ad6:	4c09                	li	s8,2
80000ad8:	aa01                	j	80000be8 <__d_vfprintf+0x3fc>
80000ada:	03100793          	li	a5,49
80000ade:	00099563          	bnez	s3,80000ae8 <__d_vfprintf+0x2fc>
80000ae2:	03000793          	li	a5,48
80000ae6:	4985                	li	s3,1
80000ae8:	0ffbfb93          	zext.b	s7,s7
80000aec:	02f106a3          	sb	a5,45(sp)
80000af0:	03710623          	sb	s7,44(sp)
80000af4:	c0198993          	add	s3,s3,-1023
80000af8:	18080363          	beqz	a6,80000c7e <__d_vfprintf+0x492>
80000afc:	47b1                	li	a5,12
80000afe:	19a7c263          	blt	a5,s10,80000c82 <__d_vfprintf+0x496>
80000b02:	4335                	li	t1,13
80000b04:	41a30333          	sub	t1,t1,s10
80000b08:	00231d93          	sll	s11,t1,0x2
80000b0c:	fffd8613          	add	a2,s11,-1
80000b10:	4505                	li	a0,1
80000b12:	4581                	li	a1,0
80000b14:	ca46                	sw	a7,20(sp)
80000b16:	c836                	sw	a3,16(sp)
80000b18:	2ba010ef          	jal	80001dd2 <__ashldi3>
80000b1c:	84aa                	mv	s1,a0
80000b1e:	872e                	mv	a4,a1
80000b20:	00171793          	sll	a5,a4,0x1
80000b24:	85aa                	mv	a1,a0
80000b26:	01f4d513          	srl	a0,s1,0x1f
80000b2a:	00149e13          	sll	t3,s1,0x1
80000b2e:	8fc9                	or	a5,a5,a0
80000b30:	40f00c33          	neg	s8,a5
80000b34:	01c03533          	snez	a0,t3
80000b38:	48d2                	lw	a7,20(sp)
80000b3a:	41c00833          	neg	a6,t3
80000b3e:	40ac0c33          	sub	s8,s8,a0
80000b42:	fffe0513          	add	a0,t3,-1
80000b46:	001e3e13          	seqz	t3,t3
80000b4a:	41c787b3          	sub	a5,a5,t3
80000b4e:	0197f7b3          	and	a5,a5,s9
80000b52:	01157533          	and	a0,a0,a7
80000b56:	02f74663          	blt	a4,a5,80000b82 <__d_vfprintf+0x396>
80000b5a:	46c2                	lw	a3,16(sp)
80000b5c:	00e79463          	bne	a5,a4,80000b64 <__d_vfprintf+0x378>
80000b60:	02a5e163          	bltu	a1,a0,80000b82 <__d_vfprintf+0x396>
80000b64:	8546                	mv	a0,a7
80000b66:	866e                	mv	a2,s11
80000b68:	85e6                	mv	a1,s9
80000b6a:	ce3a                	sw	a4,28(sp)
80000b6c:	cc42                	sw	a6,24(sp)
80000b6e:	ca36                	sw	a3,20(sp)
80000b70:	c846                	sw	a7,16(sp)
80000b72:	288010ef          	jal	80001dfa <__ashrdi3>
80000b76:	8905                	and	a0,a0,1
80000b78:	48c2                	lw	a7,16(sp)
80000b7a:	46d2                	lw	a3,20(sp)
80000b7c:	4862                	lw	a6,24(sp)
80000b7e:	4772                	lw	a4,28(sp)
80000b80:	c94d                	beqz	a0,80000c32 <__d_vfprintf+0x446>
80000b82:	00988533          	add	a0,a7,s1
80000b86:	01153db3          	sltu	s11,a0,a7
80000b8a:	9766                	add	a4,a4,s9
80000b8c:	00ed8cb3          	add	s9,s11,a4
80000b90:	001007b7          	lui	a5,0x100
80000b94:	86aa                	mv	a3,a0
80000b96:	08fcce63          	blt	s9,a5,80000c32 <__d_vfprintf+0x446>
80000b9a:	02d14783          	lbu	a5,45(sp)
80000b9e:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000ba0:	02f106a3          	sb	a5,45(sp)
80000ba4:	40000793          	li	a5,1024
80000ba8:	0af98163          	beq	s3,a5,80000c4a <__d_vfprintf+0x45e>
80000bac:	00a87533          	and	a0,a6,a0
80000bb0:	019c7c33          	and	s8,s8,s9
80000bb4:	05700613          	li	a2,87
80000bb8:	1034                	add	a3,sp,40
80000bba:	4735                	li	a4,13
80000bbc:	45a5                	li	a1,9
80000bbe:	41260633          	sub	a2,a2,s2
80000bc2:	01cc1813          	sll	a6,s8,0x1c
80000bc6:	00f57793          	and	a5,a0,15
80000bca:	8111                	srl	a0,a0,0x4
80000bcc:	00a86533          	or	a0,a6,a0
80000bd0:	404c5c13          	sra	s8,s8,0x4
80000bd4:	e7e1                	bnez	a5,80000c9c <__d_vfprintf+0x4b0>
80000bd6:	0ced5563          	bge	s10,a4,80000ca0 <__d_vfprintf+0x4b4>
80000bda:	177d                	add	a4,a4,-1
80000bdc:	16fd                	add	a3,a3,-1
80000bde:	f375                	bnez	a4,80000bc2 <__d_vfprintf+0x3d6>
80000be0:	4c05                	li	s8,1
80000be2:	4bb9                	li	s7,14
80000be4:	07000c93          	li	s9,112
80000be8:	00998713          	add	a4,s3,9
80000bec:	46c9                	li	a3,18
80000bee:	87ce                	mv	a5,s3
80000bf0:	06e6e863          	bltu	a3,a4,80000c60 <__d_vfprintf+0x474>
80000bf4:	02c14703          	lbu	a4,44(sp)
80000bf8:	00177d93          	and	s11,a4,1
80000bfc:	8b31                	and	a4,a4,12
80000bfe:	120d9a63          	bnez	s11,80000d32 <__d_vfprintf+0x546>
80000c02:	002af793          	and	a5,s5,2
80000c06:	12079263          	bnez	a5,80000d2a <__d_vfprintf+0x53e>
80000c0a:	004af793          	and	a5,s5,4
80000c0e:	cfe9                	beqz	a5,80000ce8 <__d_vfprintf+0x4fc>
80000c10:	12071563          	bnez	a4,80000d3a <__d_vfprintf+0x54e>
80000c14:	02000713          	li	a4,32
80000c18:	678d                	lui	a5,0x3
80000c1a:	00faf7b3          	and	a5,s5,a5
80000c1e:	1c079363          	bnez	a5,80000de4 <__d_vfprintf+0x5f8>
80000c22:	000d1363          	bnez	s10,80000c28 <__d_vfprintf+0x43c>
80000c26:	4d05                	li	s10,1
80000c28:	103c                	add	a5,sp,40
80000c2a:	97de                	add	a5,a5,s7
80000c2c:	03000693          	li	a3,48
80000c30:	aa9d                	j	80000da6 <__d_vfprintf+0x5ba>
80000c32:	0106f6b3          	and	a3,a3,a6
80000c36:	018cfcb3          	and	s9,s9,s8
80000c3a:	40000793          	li	a5,1024
80000c3e:	04f99c63          	bne	s3,a5,80000c96 <__d_vfprintf+0x4aa>
80000c42:	0196ecb3          	or	s9,a3,s9
80000c46:	040c8063          	beqz	s9,80000c86 <__d_vfprintf+0x49a>
80000c4a:	008beb93          	or	s7,s7,8
80000c4e:	03710623          	sb	s7,44(sp)
80000c52:	40000993          	li	s3,1024
80000c56:	4bb9                	li	s7,14
80000c58:	07000c93          	li	s9,112
80000c5c:	40000793          	li	a5,1024
80000c60:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000c64:	0c600693          	li	a3,198
80000c68:	4c09                	li	s8,2
80000c6a:	f8e6f5e3          	bgeu	a3,a4,80000bf4 <__d_vfprintf+0x408>
80000c6e:	3e778793          	add	a5,a5,999
80000c72:	7ce00c13          	li	s8,1998
80000c76:	00fc3c33          	sltu	s8,s8,a5
80000c7a:	0c0d                	add	s8,s8,3
80000c7c:	bfa5                	j	80000bf4 <__d_vfprintf+0x408>
80000c7e:	4d01                	li	s10,0
80000c80:	bf6d                	j	80000c3a <__d_vfprintf+0x44e>
80000c82:	4d35                	li	s10,13
80000c84:	bf5d                	j	80000c3a <__d_vfprintf+0x44e>
80000c86:	004beb93          	or	s7,s7,4
80000c8a:	03710623          	sb	s7,44(sp)
80000c8e:	b7e1                	j	80000c56 <__d_vfprintf+0x46a>
80000c90:	4981                	li	s3,0
80000c92:	4d01                	li	s10,0
80000c94:	b705                	j	80000bb4 <__d_vfprintf+0x3c8>
80000c96:	8536                	mv	a0,a3
80000c98:	8c66                	mv	s8,s9
80000c9a:	bf29                	j	80000bb4 <__d_vfprintf+0x3c8>
80000c9c:	00f5ea63          	bltu	a1,a5,80000cb0 <__d_vfprintf+0x4c4>
80000ca0:	03078793          	add	a5,a5,48
80000ca4:	00f68923          	sb	a5,18(a3)
80000ca8:	f2ed59e3          	bge	s10,a4,80000bda <__d_vfprintf+0x3ee>
80000cac:	8d3a                	mv	s10,a4
80000cae:	b735                	j	80000bda <__d_vfprintf+0x3ee>
80000cb0:	97b2                	add	a5,a5,a2
80000cb2:	0ff7f793          	zext.b	a5,a5
80000cb6:	b7fd                	j	80000ca4 <__d_vfprintf+0x4b8>
80000cb8:	4d19                	li	s10,6
80000cba:	b3e5                	j	80000aa2 <__d_vfprintf+0x2b6>
80000cbc:	06600793          	li	a5,102
80000cc0:	00fc9963          	bne	s9,a5,80000cd2 <__d_vfprintf+0x4e6>
80000cc4:	6789                	lui	a5,0x2
80000cc6:	00fdedb3          	or	s11,s11,a5
80000cca:	4705                	li	a4,1
80000ccc:	87ea                	mv	a5,s10
80000cce:	4645                	li	a2,17
80000cd0:	b3f5                	j	80000abc <__d_vfprintf+0x2d0>
80000cd2:	0ffd7793          	zext.b	a5,s10
80000cd6:	0ffd7613          	zext.b	a2,s10
80000cda:	e391                	bnez	a5,80000cde <__d_vfprintf+0x4f2>
80000cdc:	4605                	li	a2,1
80000cde:	4701                	li	a4,0
80000ce0:	4781                	li	a5,0
80000ce2:	06500c93          	li	s9,101
80000ce6:	bbd9                	j	80000abc <__d_vfprintf+0x2d0>
80000ce8:	db05                	beqz	a4,80000c18 <__d_vfprintf+0x42c>
80000cea:	478d                	li	a5,3
80000cec:	0967d163          	bge	a5,s6,80000d6e <__d_vfprintf+0x582>
80000cf0:	008afa93          	and	s5,s5,8
80000cf4:	ffdb0493          	add	s1,s6,-3
80000cf8:	000a9f63          	bnez	s5,80000d16 <__d_vfprintf+0x52a>
80000cfc:	94a2                	add	s1,s1,s0
80000cfe:	4582                	lw	a1,0(sp)
80000d00:	02000513          	li	a0,32
80000d04:	0405                	add	s0,s0,1
80000d06:	9a02                	jalr	s4
80000d08:	b20541e3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000d0c:	fe8499e3          	bne	s1,s0,80000cfe <__d_vfprintf+0x512>
80000d10:	4481                	li	s1,0
80000d12:	020d9f63          	bnez	s11,80000d50 <__d_vfprintf+0x564>
80000d16:	02c14783          	lbu	a5,44(sp)
80000d1a:	8ba1                	and	a5,a5,8
80000d1c:	efad                	bnez	a5,80000d96 <__d_vfprintf+0x5aa>
80000d1e:	800039b7          	lui	s3,0x80003
80000d22:	8c898993          	add	s3,s3,-1848 # 800028c8 <amo_cases+0x158>
80000d26:	8c22                	mv	s8,s0
80000d28:	a8b1                	j	80000d84 <__d_vfprintf+0x598>
80000d2a:	eb15                	bnez	a4,80000d5e <__d_vfprintf+0x572>
80000d2c:	02b00713          	li	a4,43
80000d30:	b5e5                	j	80000c18 <__d_vfprintf+0x42c>
80000d32:	eb0d                	bnez	a4,80000d64 <__d_vfprintf+0x578>
80000d34:	02d00713          	li	a4,45
80000d38:	b5c5                	j	80000c18 <__d_vfprintf+0x42c>
80000d3a:	02000d93          	li	s11,32
80000d3e:	4791                	li	a5,4
80000d40:	0367d563          	bge	a5,s6,80000d6a <__d_vfprintf+0x57e>
80000d44:	008afa93          	and	s5,s5,8
80000d48:	ffcb0493          	add	s1,s6,-4
80000d4c:	fa0a88e3          	beqz	s5,80000cfc <__d_vfprintf+0x510>
80000d50:	4582                	lw	a1,0(sp)
80000d52:	856e                	mv	a0,s11
80000d54:	0405                	add	s0,s0,1
80000d56:	9a02                	jalr	s4
80000d58:	fa055fe3          	bgez	a0,80000d16 <__d_vfprintf+0x52a>
80000d5c:	b4f9                	j	8000082a <__d_vfprintf+0x3e>
80000d5e:	02b00d93          	li	s11,43
80000d62:	bff1                	j	80000d3e <__d_vfprintf+0x552>
80000d64:	02d00d93          	li	s11,45
80000d68:	bfd9                	j	80000d3e <__d_vfprintf+0x552>
80000d6a:	4481                	li	s1,0
80000d6c:	b7d5                	j	80000d50 <__d_vfprintf+0x564>
80000d6e:	4481                	li	s1,0
80000d70:	b75d                	j	80000d16 <__d_vfprintf+0x52a>
80000d72:	4582                	lw	a1,0(sp)
80000d74:	41250533          	sub	a0,a0,s2
80000d78:	0ff57513          	zext.b	a0,a0
80000d7c:	0c05                	add	s8,s8,1
80000d7e:	9a02                	jalr	s4
80000d80:	aa0545e3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000d84:	408c07b3          	sub	a5,s8,s0
80000d88:	97ce                	add	a5,a5,s3
80000d8a:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000d8e:	f175                	bnez	a0,80000d72 <__d_vfprintf+0x586>
80000d90:	8462                	mv	s0,s8
80000d92:	94e2                	add	s1,s1,s8
80000d94:	a515                	j	800013b8 <__d_vfprintf+0xbcc>
80000d96:	800039b7          	lui	s3,0x80003
80000d9a:	8cc98993          	add	s3,s3,-1844 # 800028cc <amo_cases+0x15c>
80000d9e:	b761                	j	80000d26 <__d_vfprintf+0x53a>
80000da0:	1bfd                	add	s7,s7,-1
80000da2:	0ffbfb93          	zext.b	s7,s7
80000da6:	000b8763          	beqz	s7,80000db4 <__d_vfprintf+0x5c8>
80000daa:	0047c603          	lbu	a2,4(a5)
80000dae:	17fd                	add	a5,a5,-1
80000db0:	fed608e3          	beq	a2,a3,80000da0 <__d_vfprintf+0x5b4>
80000db4:	010af693          	and	a3,s5,16
80000db8:	87ea                	mv	a5,s10
80000dba:	e291                	bnez	a3,80000dbe <__d_vfprintf+0x5d2>
80000dbc:	87de                	mv	a5,s7
80000dbe:	56f1                	li	a3,-4
80000dc0:	0ed9cc63          	blt	s3,a3,80000eb8 <__d_vfprintf+0x6cc>
80000dc4:	0fa9da63          	bge	s3,s10,80000eb8 <__d_vfprintf+0x6cc>
80000dc8:	6689                	lui	a3,0x2
80000dca:	00dae6b3          	or	a3,s5,a3
80000dce:	01069a93          	sll	s5,a3,0x10
80000dd2:	010ada93          	srl	s5,s5,0x10
80000dd6:	4d01                	li	s10,0
80000dd8:	00f9d663          	bge	s3,a5,80000de4 <__d_vfprintf+0x5f8>
80000ddc:	00198893          	add	a7,s3,1
80000de0:	41178d33          	sub	s10,a5,a7
80000de4:	6d89                	lui	s11,0x2
80000de6:	01bafdb3          	and	s11,s5,s11
80000dea:	0c0d8a63          	beqz	s11,80000ebe <__d_vfprintf+0x6d2>
80000dee:	87ce                	mv	a5,s3
80000df0:	0009d363          	bgez	s3,80000df6 <__d_vfprintf+0x60a>
80000df4:	4781                	li	a5,0
80000df6:	0785                	add	a5,a5,1
80000df8:	c311                	beqz	a4,80000dfc <__d_vfprintf+0x610>
80000dfa:	0785                	add	a5,a5,1
80000dfc:	0c0d0963          	beqz	s10,80000ece <__d_vfprintf+0x6e2>
80000e00:	001d0693          	add	a3,s10,1
80000e04:	97b6                	add	a5,a5,a3
80000e06:	4481                	li	s1,0
80000e08:	0167d463          	bge	a5,s6,80000e10 <__d_vfprintf+0x624>
80000e0c:	40fb04b3          	sub	s1,s6,a5
80000e10:	009af793          	and	a5,s5,9
80000e14:	e789                	bnez	a5,80000e1e <__d_vfprintf+0x632>
80000e16:	94a2                	add	s1,s1,s0
80000e18:	0c849063          	bne	s1,s0,80000ed8 <__d_vfprintf+0x6ec>
80000e1c:	4481                	li	s1,0
80000e1e:	c719                	beqz	a4,80000e2c <__d_vfprintf+0x640>
80000e20:	4582                	lw	a1,0(sp)
80000e22:	853a                	mv	a0,a4
80000e24:	0405                	add	s0,s0,1
80000e26:	9a02                	jalr	s4
80000e28:	a00541e3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000e2c:	00bad793          	srl	a5,s5,0xb
80000e30:	8b85                	and	a5,a5,1
80000e32:	c395                	beqz	a5,80000e56 <__d_vfprintf+0x66a>
80000e34:	4582                	lw	a1,0(sp)
80000e36:	03000513          	li	a0,48
80000e3a:	9a02                	jalr	s4
80000e3c:	9e0547e3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000e40:	07800513          	li	a0,120
80000e44:	4582                	lw	a1,0(sp)
80000e46:	41250533          	sub	a0,a0,s2
80000e4a:	0f857513          	and	a0,a0,248
80000e4e:	0409                	add	s0,s0,2
80000e50:	9a02                	jalr	s4
80000e52:	9c054ce3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000e56:	008af793          	and	a5,s5,8
80000e5a:	e791                	bnez	a5,80000e66 <__d_vfprintf+0x67a>
80000e5c:	8b22                	mv	s6,s0
80000e5e:	9426                	add	s0,s0,s1
80000e60:	09641663          	bne	s0,s6,80000eec <__d_vfprintf+0x700>
80000e64:	4481                	li	s1,0
80000e66:	0c0d8f63          	beqz	s11,80000f44 <__d_vfprintf+0x758>
80000e6a:	8cce                	mv	s9,s3
80000e6c:	0009d363          	bgez	s3,80000e72 <__d_vfprintf+0x686>
80000e70:	4c81                	li	s9,0
80000e72:	41998db3          	sub	s11,s3,s9
80000e76:	41a00d33          	neg	s10,s10
80000e7a:	5b7d                	li	s6,-1
80000e7c:	03000513          	li	a0,48
80000e80:	017df663          	bgeu	s11,s7,80000e8c <__d_vfprintf+0x6a0>
80000e84:	103c                	add	a5,sp,40
80000e86:	97ee                	add	a5,a5,s11
80000e88:	0057c503          	lbu	a0,5(a5)
80000e8c:	1cfd                	add	s9,s9,-1
80000e8e:	00140c13          	add	s8,s0,1
80000e92:	07acc563          	blt	s9,s10,80000efc <__d_vfprintf+0x710>
80000e96:	4582                	lw	a1,0(sp)
80000e98:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000e9a:	9a02                	jalr	s4
80000e9c:	980547e3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000ea0:	016c9a63          	bne	s9,s6,80000eb4 <__d_vfprintf+0x6c8>
80000ea4:	4582                	lw	a1,0(sp)
80000ea6:	02e00513          	li	a0,46
80000eaa:	9a02                	jalr	s4
80000eac:	96054fe3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000eb0:	00240c13          	add	s8,s0,2
80000eb4:	8462                	mv	s0,s8
80000eb6:	b7d9                	j	80000e7c <__d_vfprintf+0x690>
80000eb8:	fff78d13          	add	s10,a5,-1
80000ebc:	b725                	j	80000de4 <__d_vfprintf+0x5f8>
80000ebe:	00bad693          	srl	a3,s5,0xb
80000ec2:	8a85                	and	a3,a3,1
80000ec4:	478d                	li	a5,3
80000ec6:	c291                	beqz	a3,80000eca <__d_vfprintf+0x6de>
80000ec8:	4795                	li	a5,5
80000eca:	97e2                	add	a5,a5,s8
80000ecc:	b735                	j	80000df8 <__d_vfprintf+0x60c>
80000ece:	010af693          	and	a3,s5,16
80000ed2:	da95                	beqz	a3,80000e06 <__d_vfprintf+0x61a>
80000ed4:	0785                	add	a5,a5,1
80000ed6:	bf05                	j	80000e06 <__d_vfprintf+0x61a>
80000ed8:	4582                	lw	a1,0(sp)
80000eda:	02000513          	li	a0,32
80000ede:	c83a                	sw	a4,16(sp)
80000ee0:	9a02                	jalr	s4
80000ee2:	4742                	lw	a4,16(sp)
80000ee4:	0405                	add	s0,s0,1
80000ee6:	f20559e3          	bgez	a0,80000e18 <__d_vfprintf+0x62c>
80000eea:	b281                	j	8000082a <__d_vfprintf+0x3e>
80000eec:	4582                	lw	a1,0(sp)
80000eee:	03000513          	li	a0,48
80000ef2:	0b05                	add	s6,s6,1
80000ef4:	9a02                	jalr	s4
80000ef6:	f60555e3          	bgez	a0,80000e60 <__d_vfprintf+0x674>
80000efa:	ba05                	j	8000082a <__d_vfprintf+0x3e>
80000efc:	033c9063          	bne	s9,s3,80000f1c <__d_vfprintf+0x730>
80000f00:	02d14703          	lbu	a4,45(sp)
80000f04:	03500793          	li	a5,53
80000f08:	00e7e863          	bltu	a5,a4,80000f18 <__d_vfprintf+0x72c>
80000f0c:	00f71863          	bne	a4,a5,80000f1c <__d_vfprintf+0x730>
80000f10:	02c14783          	lbu	a5,44(sp)
80000f14:	8bc1                	and	a5,a5,16
80000f16:	e399                	bnez	a5,80000f1c <__d_vfprintf+0x730>
80000f18:	03100513          	li	a0,49
80000f1c:	4582                	lw	a1,0(sp)
80000f1e:	9a02                	jalr	s4
80000f20:	900545e3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000f24:	010afa93          	and	s5,s5,16
80000f28:	e60a84e3          	beqz	s5,80000d90 <__d_vfprintf+0x5a4>
80000f2c:	57fd                	li	a5,-1
80000f2e:	e6fc91e3          	bne	s9,a5,80000d90 <__d_vfprintf+0x5a4>
80000f32:	4582                	lw	a1,0(sp)
80000f34:	00240c13          	add	s8,s0,2
80000f38:	02e00513          	li	a0,46
80000f3c:	9a02                	jalr	s4
80000f3e:	e40559e3          	bgez	a0,80000d90 <__d_vfprintf+0x5a4>
80000f42:	b0e5                	j	8000082a <__d_vfprintf+0x3e>
80000f44:	02d14503          	lbu	a0,45(sp)
80000f48:	03100793          	li	a5,49
80000f4c:	00f50763          	beq	a0,a5,80000f5a <__d_vfprintf+0x76e>
80000f50:	02c14783          	lbu	a5,44(sp)
80000f54:	9bbd                	and	a5,a5,-17
80000f56:	02f10623          	sb	a5,44(sp)
80000f5a:	4582                	lw	a1,0(sp)
80000f5c:	9a02                	jalr	s4
80000f5e:	8c0546e3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000f62:	0da05a63          	blez	s10,80001036 <__d_vfprintf+0x84a>
80000f66:	4582                	lw	a1,0(sp)
80000f68:	02e00513          	li	a0,46
80000f6c:	0409                	add	s0,s0,2
80000f6e:	9a02                	jalr	s4
80000f70:	8a054de3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000f74:	4a85                	li	s5,1
80000f76:	4785                	li	a5,1
80000f78:	0405                	add	s0,s0,1
80000f7a:	03000513          	li	a0,48
80000f7e:	017af863          	bgeu	s5,s7,80000f8e <__d_vfprintf+0x7a2>
80000f82:	02078793          	add	a5,a5,32
80000f86:	1018                	add	a4,sp,32
80000f88:	97ba                	add	a5,a5,a4
80000f8a:	fed7c503          	lbu	a0,-19(a5)
80000f8e:	4582                	lw	a1,0(sp)
80000f90:	9a02                	jalr	s4
80000f92:	88054ce3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000f96:	0a85                	add	s5,s5,1
80000f98:	0ffafa93          	zext.b	s5,s5
80000f9c:	87d6                	mv	a5,s5
80000f9e:	fd5d5de3          	bge	s10,s5,80000f78 <__d_vfprintf+0x78c>
80000fa2:	4582                	lw	a1,0(sp)
80000fa4:	412c8533          	sub	a0,s9,s2
80000fa8:	0ff57513          	zext.b	a0,a0
80000fac:	9a02                	jalr	s4
80000fae:	86054ee3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000fb2:	0009ca63          	bltz	s3,80000fc6 <__d_vfprintf+0x7da>
80000fb6:	02b00513          	li	a0,43
80000fba:	00099a63          	bnez	s3,80000fce <__d_vfprintf+0x7e2>
80000fbe:	02c14783          	lbu	a5,44(sp)
80000fc2:	8bc1                	and	a5,a5,16
80000fc4:	c789                	beqz	a5,80000fce <__d_vfprintf+0x7e2>
80000fc6:	413009b3          	neg	s3,s3
80000fca:	02d00513          	li	a0,45
80000fce:	4582                	lw	a1,0(sp)
80000fd0:	9a02                	jalr	s4
80000fd2:	84054ce3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000fd6:	4791                	li	a5,4
80000fd8:	06fc1e63          	bne	s8,a5,80001054 <__d_vfprintf+0x868>
80000fdc:	3e800913          	li	s2,1000
80000fe0:	0329c533          	div	a0,s3,s2
80000fe4:	4582                	lw	a1,0(sp)
80000fe6:	040d                	add	s0,s0,3
80000fe8:	03050513          	add	a0,a0,48
80000fec:	0ff57513          	zext.b	a0,a0
80000ff0:	9a02                	jalr	s4
80000ff2:	82054ce3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80000ff6:	0329e9b3          	rem	s3,s3,s2
80000ffa:	06400913          	li	s2,100
80000ffe:	4582                	lw	a1,0(sp)
80001000:	0405                	add	s0,s0,1
80001002:	0329c533          	div	a0,s3,s2
80001006:	03050513          	add	a0,a0,48
8000100a:	0ff57513          	zext.b	a0,a0
8000100e:	9a02                	jalr	s4
80001010:	80054de3          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80001014:	0329e9b3          	rem	s3,s3,s2
80001018:	4929                	li	s2,10
8000101a:	4582                	lw	a1,0(sp)
8000101c:	0405                	add	s0,s0,1
8000101e:	0329c533          	div	a0,s3,s2
80001022:	03050513          	add	a0,a0,48
80001026:	0ff57513          	zext.b	a0,a0
8000102a:	9a02                	jalr	s4
8000102c:	fe054f63          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80001030:	0329e9b3          	rem	s3,s3,s2
80001034:	a03d                	j	80001062 <__d_vfprintf+0x876>
80001036:	010afa93          	and	s5,s5,16
8000103a:	000a9463          	bnez	s5,80001042 <__d_vfprintf+0x856>
8000103e:	0405                	add	s0,s0,1
80001040:	b78d                	j	80000fa2 <__d_vfprintf+0x7b6>
80001042:	4582                	lw	a1,0(sp)
80001044:	02e00513          	li	a0,46
80001048:	0409                	add	s0,s0,2
8000104a:	9a02                	jalr	s4
8000104c:	f4055be3          	bgez	a0,80000fa2 <__d_vfprintf+0x7b6>
80001050:	fdaff06f          	j	8000082a <__d_vfprintf+0x3e>
80001054:	478d                	li	a5,3
80001056:	0409                	add	s0,s0,2
80001058:	fafc01e3          	beq	s8,a5,80000ffa <__d_vfprintf+0x80e>
8000105c:	4785                	li	a5,1
8000105e:	fafc1de3          	bne	s8,a5,80001018 <__d_vfprintf+0x82c>
80001062:	03098513          	add	a0,s3,48
80001066:	4582                	lw	a1,0(sp)
80001068:	00140c13          	add	s8,s0,1
8000106c:	0ff57513          	zext.b	a0,a0
80001070:	b5f1                	j	80000f3c <__d_vfprintf+0x750>
80001072:	f9d90793          	add	a5,s2,-99
80001076:	0ff7f793          	zext.b	a5,a5
8000107a:	4749                	li	a4,18
8000107c:	1ef76f63          	bltu	a4,a5,8000127a <__d_vfprintf+0xa8e>
80001080:	80003737          	lui	a4,0x80003
80001084:	078a                	sll	a5,a5,0x2
80001086:	91c70713          	add	a4,a4,-1764 # 8000291c <amo_cases+0x1ac>
8000108a:	97ba                	add	a5,a5,a4
8000108c:	439c                	lw	a5,0(a5)
8000108e:	8782                	jr	a5
80001090:	5792                	lw	a5,36(sp)
80001092:	4485                	li	s1,1
80001094:	02810993          	add	s3,sp,40
80001098:	00478713          	add	a4,a5,4
8000109c:	439c                	lw	a5,0(a5)
8000109e:	d23a                	sw	a4,36(sp)
800010a0:	02f10423          	sb	a5,40(sp)
800010a4:	008df813          	and	a6,s11,8
800010a8:	04080e63          	beqz	a6,80001104 <__d_vfprintf+0x918>
800010ac:	4901                	li	s2,0
800010ae:	05249d63          	bne	s1,s2,80001108 <__d_vfprintf+0x91c>
800010b2:	00940c33          	add	s8,s0,s1
800010b6:	409b04b3          	sub	s1,s6,s1
800010ba:	b9d9                	j	80000d90 <__d_vfprintf+0x5a4>
800010bc:	5792                	lw	a5,36(sp)
800010be:	00478713          	add	a4,a5,4
800010c2:	d23a                	sw	a4,36(sp)
800010c4:	0007a983          	lw	s3,0(a5)
800010c8:	00099663          	bnez	s3,800010d4 <__d_vfprintf+0x8e8>
800010cc:	800039b7          	lui	s3,0x80003
800010d0:	8d098993          	add	s3,s3,-1840 # 800028d0 <amo_cases+0x160>
800010d4:	040df793          	and	a5,s11,64
800010d8:	55fd                	li	a1,-1
800010da:	c391                	beqz	a5,800010de <__d_vfprintf+0x8f2>
800010dc:	85ea                	mv	a1,s10
800010de:	854e                	mv	a0,s3
800010e0:	4b3000ef          	jal	80001d92 <strnlen>
800010e4:	84aa                	mv	s1,a0
800010e6:	bf7d                	j	800010a4 <__d_vfprintf+0x8b8>
800010e8:	4582                	lw	a1,0(sp)
800010ea:	02000513          	li	a0,32
800010ee:	9a02                	jalr	s4
800010f0:	f2054d63          	bltz	a0,8000082a <__d_vfprintf+0x3e>
800010f4:	197d                	add	s2,s2,-1
800010f6:	ff24e9e3          	bltu	s1,s2,800010e8 <__d_vfprintf+0x8fc>
800010fa:	945a                	add	s0,s0,s6
800010fc:	41240433          	sub	s0,s0,s2
80001100:	8b4a                	mv	s6,s2
80001102:	b76d                	j	800010ac <__d_vfprintf+0x8c0>
80001104:	895a                	mv	s2,s6
80001106:	bfc5                	j	800010f6 <__d_vfprintf+0x90a>
80001108:	012987b3          	add	a5,s3,s2
8000110c:	4582                	lw	a1,0(sp)
8000110e:	0007c503          	lbu	a0,0(a5)
80001112:	0905                	add	s2,s2,1
80001114:	9a02                	jalr	s4
80001116:	f8055ce3          	bgez	a0,800010ae <__d_vfprintf+0x8c2>
8000111a:	f10ff06f          	j	8000082a <__d_vfprintf+0x3e>
8000111e:	080df713          	and	a4,s11,128
80001122:	5792                	lw	a5,36(sp)
80001124:	cf49                	beqz	a4,800011be <__d_vfprintf+0x9d2>
80001126:	200df713          	and	a4,s11,512
8000112a:	c359                	beqz	a4,800011b0 <__d_vfprintf+0x9c4>
8000112c:	079d                	add	a5,a5,7
8000112e:	9be1                	and	a5,a5,-8
80001130:	4388                	lw	a0,0(a5)
80001132:	43cc                	lw	a1,4(a5)
80001134:	00878713          	add	a4,a5,8
80001138:	d23a                	sw	a4,36(sp)
8000113a:	fefdf993          	and	s3,s11,-17
8000113e:	09c2                	sll	s3,s3,0x10
80001140:	0109d993          	srl	s3,s3,0x10
80001144:	0805dd63          	bgez	a1,800011de <__d_vfprintf+0x9f2>
80001148:	00a037b3          	snez	a5,a0
8000114c:	40b005b3          	neg	a1,a1
80001150:	8d9d                	sub	a1,a1,a5
80001152:	40a00533          	neg	a0,a0
80001156:	4009e993          	or	s3,s3,1024
8000115a:	02810a93          	add	s5,sp,40
8000115e:	46a9                	li	a3,10
80001160:	8656                	mv	a2,s5
80001162:	c8eff0ef          	jal	800005f0 <__ultoa_invert>
80001166:	0409f793          	and	a5,s3,64
8000116a:	41550ab3          	sub	s5,a0,s5
8000116e:	c7f5                	beqz	a5,8000125a <__d_vfprintf+0xa6e>
80001170:	ffe9f793          	and	a5,s3,-2
80001174:	07c2                	sll	a5,a5,0x10
80001176:	83c1                	srl	a5,a5,0x10
80001178:	19aad563          	bge	s5,s10,80001302 <__d_vfprintf+0xb16>
8000117c:	16090c63          	beqz	s2,800012f4 <__d_vfprintf+0xb08>
80001180:	0109fc13          	and	s8,s3,16
80001184:	84ea                	mv	s1,s10
80001186:	89be                	mv	s3,a5
80001188:	060c0a63          	beqz	s8,800011fc <__d_vfprintf+0xa10>
8000118c:	0489                	add	s1,s1,2
8000118e:	0089f793          	and	a5,s3,8
80001192:	18079a63          	bnez	a5,80001326 <__d_vfprintf+0xb3a>
80001196:	0019f793          	and	a5,s3,1
8000119a:	cb89                	beqz	a5,800011ac <__d_vfprintf+0x9c0>
8000119c:	8d56                	mv	s10,s5
8000119e:	0164d763          	bge	s1,s6,800011ac <__d_vfprintf+0x9c0>
800011a2:	409b04b3          	sub	s1,s6,s1
800011a6:	01548d33          	add	s10,s1,s5
800011aa:	84da                	mv	s1,s6
800011ac:	8ba6                	mv	s7,s1
800011ae:	a2ad                	j	80001318 <__d_vfprintf+0xb2c>
800011b0:	4388                	lw	a0,0(a5)
800011b2:	00478713          	add	a4,a5,4
800011b6:	d23a                	sw	a4,36(sp)
800011b8:	41f55593          	sra	a1,a0,0x1f
800011bc:	bfbd                	j	8000113a <__d_vfprintf+0x94e>
800011be:	00478713          	add	a4,a5,4
800011c2:	4388                	lw	a0,0(a5)
800011c4:	d23a                	sw	a4,36(sp)
800011c6:	100df793          	and	a5,s11,256
800011ca:	d7fd                	beqz	a5,800011b8 <__d_vfprintf+0x9cc>
800011cc:	200df793          	and	a5,s11,512
800011d0:	c781                	beqz	a5,800011d8 <__d_vfprintf+0x9ec>
800011d2:	0562                	sll	a0,a0,0x18
800011d4:	8561                	sra	a0,a0,0x18
800011d6:	b7cd                	j	800011b8 <__d_vfprintf+0x9cc>
800011d8:	0542                	sll	a0,a0,0x10
800011da:	8541                	sra	a0,a0,0x10
800011dc:	bff1                	j	800011b8 <__d_vfprintf+0x9cc>
800011de:	00b567b3          	or	a5,a0,a1
800011e2:	ffa5                	bnez	a5,8000115a <__d_vfprintf+0x96e>
800011e4:	040df793          	and	a5,s11,64
800011e8:	dbad                	beqz	a5,8000115a <__d_vfprintf+0x96e>
800011ea:	f60d18e3          	bnez	s10,8000115a <__d_vfprintf+0x96e>
800011ee:	feedf993          	and	s3,s11,-18
800011f2:	09c2                	sll	s3,s3,0x10
800011f4:	0109d993          	srl	s3,s3,0x10
800011f8:	4a81                	li	s5,0
800011fa:	4481                	li	s1,0
800011fc:	4069fc13          	and	s8,s3,1030
80001200:	f80c07e3          	beqz	s8,8000118e <__d_vfprintf+0x9a2>
80001204:	0485                	add	s1,s1,1
80001206:	4c01                	li	s8,0
80001208:	b759                	j	8000118e <__d_vfprintf+0x9a2>
8000120a:	fefdf813          	and	a6,s11,-17
8000120e:	01081d93          	sll	s11,a6,0x10
80001212:	010ddd93          	srl	s11,s11,0x10
80001216:	46a9                	li	a3,10
80001218:	080df713          	and	a4,s11,128
8000121c:	5792                	lw	a5,36(sp)
8000121e:	c355                	beqz	a4,800012c2 <__d_vfprintf+0xad6>
80001220:	200df713          	and	a4,s11,512
80001224:	cb49                	beqz	a4,800012b6 <__d_vfprintf+0xaca>
80001226:	079d                	add	a5,a5,7
80001228:	9be1                	and	a5,a5,-8
8000122a:	4388                	lw	a0,0(a5)
8000122c:	43cc                	lw	a1,4(a5)
8000122e:	00878713          	add	a4,a5,8
80001232:	d23a                	sw	a4,36(sp)
80001234:	00b567b3          	or	a5,a0,a1
80001238:	e7cd                	bnez	a5,800012e2 <__d_vfprintf+0xaf6>
8000123a:	fe9df993          	and	s3,s11,-23
8000123e:	09c2                	sll	s3,s3,0x10
80001240:	040df793          	and	a5,s11,64
80001244:	0109d993          	srl	s3,s3,0x10
80001248:	c3dd                	beqz	a5,800012ee <__d_vfprintf+0xb02>
8000124a:	0a0d1263          	bnez	s10,800012ee <__d_vfprintf+0xb02>
8000124e:	fe8df993          	and	s3,s11,-24
80001252:	09c2                	sll	s3,s3,0x10
80001254:	0109d993          	srl	s3,s3,0x10
80001258:	4a81                	li	s5,0
8000125a:	0109fc13          	and	s8,s3,16
8000125e:	0a0c0463          	beqz	s8,80001306 <__d_vfprintf+0xb1a>
80001262:	001a8493          	add	s1,s5,1
80001266:	f20904e3          	beqz	s2,8000118e <__d_vfprintf+0x9a2>
8000126a:	84d6                	mv	s1,s5
8000126c:	b705                	j	8000118c <__d_vfprintf+0x9a0>
8000126e:	010ded93          	or	s11,s11,16
80001272:	46c1                	li	a3,16
80001274:	07800913          	li	s2,120
80001278:	b745                	j	80001218 <__d_vfprintf+0xa2c>
8000127a:	07800793          	li	a5,120
8000127e:	00fc9a63          	bne	s9,a5,80001292 <__d_vfprintf+0xaa6>
80001282:	05800793          	li	a5,88
80001286:	46c1                	li	a3,16
80001288:	f8f918e3          	bne	s2,a5,80001218 <__d_vfprintf+0xa2c>
8000128c:	21000693          	li	a3,528
80001290:	b761                	j	80001218 <__d_vfprintf+0xa2c>
80001292:	4582                	lw	a1,0(sp)
80001294:	02500513          	li	a0,37
80001298:	9a02                	jalr	s4
8000129a:	d8054863          	bltz	a0,8000082a <__d_vfprintf+0x3e>
8000129e:	4582                	lw	a1,0(sp)
800012a0:	854a                	mv	a0,s2
800012a2:	9a02                	jalr	s4
800012a4:	d8054363          	bltz	a0,8000082a <__d_vfprintf+0x3e>
800012a8:	0409                	add	s0,s0,2
800012aa:	4792                	lw	a5,4(sp)
800012ac:	d5eff06f          	j	8000080a <__d_vfprintf+0x1e>
800012b0:	46a1                	li	a3,8
800012b2:	4901                	li	s2,0
800012b4:	b795                	j	80001218 <__d_vfprintf+0xa2c>
800012b6:	4388                	lw	a0,0(a5)
800012b8:	00478713          	add	a4,a5,4
800012bc:	d23a                	sw	a4,36(sp)
800012be:	4581                	li	a1,0
800012c0:	bf95                	j	80001234 <__d_vfprintf+0xa48>
800012c2:	00478713          	add	a4,a5,4
800012c6:	4388                	lw	a0,0(a5)
800012c8:	d23a                	sw	a4,36(sp)
800012ca:	100df793          	and	a5,s11,256
800012ce:	dbe5                	beqz	a5,800012be <__d_vfprintf+0xad2>
800012d0:	200df793          	and	a5,s11,512
800012d4:	c781                	beqz	a5,800012dc <__d_vfprintf+0xaf0>
800012d6:	0ff57513          	zext.b	a0,a0
800012da:	b7d5                	j	800012be <__d_vfprintf+0xad2>
800012dc:	0542                	sll	a0,a0,0x10
800012de:	8141                	srl	a0,a0,0x10
800012e0:	bff9                	j	800012be <__d_vfprintf+0xad2>
800012e2:	ff9df813          	and	a6,s11,-7
800012e6:	01081993          	sll	s3,a6,0x10
800012ea:	0109d993          	srl	s3,s3,0x10
800012ee:	02810a93          	add	s5,sp,40
800012f2:	b5bd                	j	80001160 <__d_vfprintf+0x974>
800012f4:	fee9f993          	and	s3,s3,-18
800012f8:	09c2                	sll	s3,s3,0x10
800012fa:	0109d993          	srl	s3,s3,0x10
800012fe:	84ea                	mv	s1,s10
80001300:	bdf5                	j	800011fc <__d_vfprintf+0xa10>
80001302:	89be                	mv	s3,a5
80001304:	bf99                	j	8000125a <__d_vfprintf+0xa6e>
80001306:	84d6                	mv	s1,s5
80001308:	bdd5                	j	800011fc <__d_vfprintf+0xa10>
8000130a:	4582                	lw	a1,0(sp)
8000130c:	02000513          	li	a0,32
80001310:	9a02                	jalr	s4
80001312:	d0054c63          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80001316:	0b85                	add	s7,s7,1
80001318:	ff6bc9e3          	blt	s7,s6,8000130a <__d_vfprintf+0xb1e>
8000131c:	409404b3          	sub	s1,s0,s1
80001320:	01748433          	add	s0,s1,s7
80001324:	84de                	mv	s1,s7
80001326:	020c0363          	beqz	s8,8000134c <__d_vfprintf+0xb60>
8000132a:	4582                	lw	a1,0(sp)
8000132c:	03000513          	li	a0,48
80001330:	9a02                	jalr	s4
80001332:	ce054c63          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80001336:	04090d63          	beqz	s2,80001390 <__d_vfprintf+0xba4>
8000133a:	4582                	lw	a1,0(sp)
8000133c:	0409                	add	s0,s0,2
8000133e:	854a                	mv	a0,s2
80001340:	9a02                	jalr	s4
80001342:	ce054463          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80001346:	8c22                	mv	s8,s0
80001348:	9d22                	add	s10,s10,s0
8000134a:	a81d                	j	80001380 <__d_vfprintf+0xb94>
8000134c:	4069f793          	and	a5,s3,1030
80001350:	dbfd                	beqz	a5,80001346 <__d_vfprintf+0xb5a>
80001352:	0029f793          	and	a5,s3,2
80001356:	02000513          	li	a0,32
8000135a:	c399                	beqz	a5,80001360 <__d_vfprintf+0xb74>
8000135c:	02b00513          	li	a0,43
80001360:	4009f993          	and	s3,s3,1024
80001364:	00098463          	beqz	s3,8000136c <__d_vfprintf+0xb80>
80001368:	02d00513          	li	a0,45
8000136c:	4582                	lw	a1,0(sp)
8000136e:	0405                	add	s0,s0,1
80001370:	bfc1                	j	80001340 <__d_vfprintf+0xb54>
80001372:	4582                	lw	a1,0(sp)
80001374:	03000513          	li	a0,48
80001378:	0c05                	add	s8,s8,1
8000137a:	9a02                	jalr	s4
8000137c:	ca054763          	bltz	a0,8000082a <__d_vfprintf+0x3e>
80001380:	418d07b3          	sub	a5,s10,s8
80001384:	fefac7e3          	blt	s5,a5,80001372 <__d_vfprintf+0xb86>
80001388:	8456                	mv	s0,s5
8000138a:	e409                	bnez	s0,80001394 <__d_vfprintf+0xba8>
8000138c:	9c56                	add	s8,s8,s5
8000138e:	b325                	j	800010b6 <__d_vfprintf+0x8ca>
80001390:	0405                	add	s0,s0,1
80001392:	bf55                	j	80001346 <__d_vfprintf+0xb5a>
80001394:	147d                	add	s0,s0,-1
80001396:	103c                	add	a5,sp,40
80001398:	97a2                	add	a5,a5,s0
8000139a:	4582                	lw	a1,0(sp)
8000139c:	0007c503          	lbu	a0,0(a5)
800013a0:	9a02                	jalr	s4
800013a2:	fe0554e3          	bgez	a0,8000138a <__d_vfprintf+0xb9e>
800013a6:	c84ff06f          	j	8000082a <__d_vfprintf+0x3e>
800013aa:	4582                	lw	a1,0(sp)
800013ac:	02000513          	li	a0,32
800013b0:	0405                	add	s0,s0,1
800013b2:	9a02                	jalr	s4
800013b4:	c6054b63          	bltz	a0,8000082a <__d_vfprintf+0x3e>
800013b8:	408487b3          	sub	a5,s1,s0
800013bc:	fef047e3          	bgtz	a5,800013aa <__d_vfprintf+0xbbe>
800013c0:	b5ed                	j	800012aa <__d_vfprintf+0xabe>

800013c2 <mulShiftAll64>:
800013c2:	0f0012ef          	jal	t0,800024b2 <__riscv_save_10>
800013c6:	84b2                	mv	s1,a2
800013c8:	00159913          	sll	s2,a1,0x1
800013cc:	4210                	lw	a2,0(a2)
800013ce:	8ab6                	mv	s5,a3
800013d0:	89be                	mv	s3,a5
800013d2:	40d4                	lw	a3,4(s1)
800013d4:	01f55793          	srl	a5,a0,0x1f
800013d8:	1141                	add	sp,sp,-16
800013da:	0127e933          	or	s2,a5,s2
800013de:	00151413          	sll	s0,a0,0x1
800013e2:	8522                	mv	a0,s0
800013e4:	85ca                	mv	a1,s2
800013e6:	8bba                	mv	s7,a4
800013e8:	870a                	mv	a4,sp
800013ea:	8b42                	mv	s6,a6
800013ec:	0f5000ef          	jal	80001ce0 <__umul128>
800013f0:	44d4                	lw	a3,12(s1)
800013f2:	4490                	lw	a2,8(s1)
800013f4:	0038                	add	a4,sp,8
800013f6:	8caa                	mv	s9,a0
800013f8:	8c2e                	mv	s8,a1
800013fa:	8522                	mv	a0,s0
800013fc:	85ca                	mv	a1,s2
800013fe:	0e3000ef          	jal	80001ce0 <__umul128>
80001402:	4682                	lw	a3,0(sp)
80001404:	4712                	lw	a4,4(sp)
80001406:	4785                	li	a5,1
80001408:	00d50933          	add	s2,a0,a3
8000140c:	00a93533          	sltu	a0,s2,a0
80001410:	95ba                	add	a1,a1,a4
80001412:	00b50433          	add	s0,a0,a1
80001416:	00e46763          	bltu	s0,a4,80001424 <mulShiftAll64+0x62>
8000141a:	00871463          	bne	a4,s0,80001422 <mulShiftAll64+0x60>
8000141e:	00d96363          	bltu	s2,a3,80001424 <mulShiftAll64+0x62>
80001422:	4781                	li	a5,0
80001424:	4622                	lw	a2,8(sp)
80001426:	4732                	lw	a4,12(sp)
80001428:	963e                	add	a2,a2,a5
8000142a:	00f637b3          	sltu	a5,a2,a5
8000142e:	00e786b3          	add	a3,a5,a4
80001432:	4098                	lw	a4,0(s1)
80001434:	40dc                	lw	a5,4(s1)
80001436:	c432                	sw	a2,8(sp)
80001438:	9766                	add	a4,a4,s9
8000143a:	97e2                	add	a5,a5,s8
8000143c:	019735b3          	sltu	a1,a4,s9
80001440:	95be                	add	a1,a1,a5
80001442:	c636                	sw	a3,12(sp)
80001444:	4785                	li	a5,1
80001446:	0185e763          	bltu	a1,s8,80001454 <mulShiftAll64+0x92>
8000144a:	00bc1463          	bne	s8,a1,80001452 <mulShiftAll64+0x90>
8000144e:	01976363          	bltu	a4,s9,80001454 <mulShiftAll64+0x92>
80001452:	4781                	li	a5,0
80001454:	4498                	lw	a4,8(s1)
80001456:	44c8                	lw	a0,12(s1)
80001458:	fbfa8a13          	add	s4,s5,-65
8000145c:	974a                	add	a4,a4,s2
8000145e:	9522                	add	a0,a0,s0
80001460:	012735b3          	sltu	a1,a4,s2
80001464:	95aa                	add	a1,a1,a0
80001466:	00e78533          	add	a0,a5,a4
8000146a:	00f537b3          	sltu	a5,a0,a5
8000146e:	95be                	add	a1,a1,a5
80001470:	4785                	li	a5,1
80001472:	0085e763          	bltu	a1,s0,80001480 <mulShiftAll64+0xbe>
80001476:	00b41463          	bne	s0,a1,8000147e <mulShiftAll64+0xbc>
8000147a:	01256363          	bltu	a0,s2,80001480 <mulShiftAll64+0xbe>
8000147e:	4781                	li	a5,0
80001480:	963e                	add	a2,a2,a5
80001482:	00f637b3          	sltu	a5,a2,a5
80001486:	8752                	mv	a4,s4
80001488:	96be                	add	a3,a3,a5
8000148a:	0a3000ef          	jal	80001d2c <__shiftright128>
8000148e:	00aba023          	sw	a0,0(s7)
80001492:	00bba223          	sw	a1,4(s7)
80001496:	4785                	li	a5,1
80001498:	48a2                	lw	a7,8(sp)
8000149a:	4832                	lw	a6,12(sp)
8000149c:	40cc                	lw	a1,4(s1)
8000149e:	4488                	lw	a0,8(s1)
800014a0:	44d8                	lw	a4,12(s1)
800014a2:	06fb1763          	bne	s6,a5,80001510 <mulShiftAll64+0x14e>
800014a6:	40a906b3          	sub	a3,s2,a0
800014aa:	00d93633          	sltu	a2,s2,a3
800014ae:	40e407b3          	sub	a5,s0,a4
800014b2:	8f91                	sub	a5,a5,a2
800014b4:	4505                	li	a0,1
800014b6:	00bc6863          	bltu	s8,a1,800014c6 <mulShiftAll64+0x104>
800014ba:	01859563          	bne	a1,s8,800014c4 <mulShiftAll64+0x102>
800014be:	4098                	lw	a4,0(s1)
800014c0:	00ece363          	bltu	s9,a4,800014c6 <mulShiftAll64+0x104>
800014c4:	4501                	li	a0,0
800014c6:	40a68533          	sub	a0,a3,a0
800014ca:	00a6b6b3          	sltu	a3,a3,a0
800014ce:	40d785b3          	sub	a1,a5,a3
800014d2:	4605                	li	a2,1
800014d4:	00b46763          	bltu	s0,a1,800014e2 <mulShiftAll64+0x120>
800014d8:	00859463          	bne	a1,s0,800014e0 <mulShiftAll64+0x11e>
800014dc:	00a96363          	bltu	s2,a0,800014e2 <mulShiftAll64+0x120>
800014e0:	4601                	li	a2,0
800014e2:	40c88633          	sub	a2,a7,a2
800014e6:	00c8b6b3          	sltu	a3,a7,a2
800014ea:	8752                	mv	a4,s4
800014ec:	40d806b3          	sub	a3,a6,a3
800014f0:	03d000ef          	jal	80001d2c <__shiftright128>
800014f4:	4622                	lw	a2,8(sp)
800014f6:	46b2                	lw	a3,12(sp)
800014f8:	00a9a023          	sw	a0,0(s3)
800014fc:	00b9a223          	sw	a1,4(s3)
80001500:	8752                	mv	a4,s4
80001502:	854a                	mv	a0,s2
80001504:	85a2                	mv	a1,s0
80001506:	027000ef          	jal	80001d2c <__shiftright128>
8000150a:	0141                	add	sp,sp,16
8000150c:	7df0006f          	j	800024ea <__riscv_restore_10>
80001510:	01fcd793          	srl	a5,s9,0x1f
80001514:	001c1613          	sll	a2,s8,0x1
80001518:	8e5d                	or	a2,a2,a5
8000151a:	01f95693          	srl	a3,s2,0x1f
8000151e:	00141793          	sll	a5,s0,0x1
80001522:	001c9e93          	sll	t4,s9,0x1
80001526:	8fd5                	or	a5,a5,a3
80001528:	00191313          	sll	t1,s2,0x1
8000152c:	4e05                	li	t3,1
8000152e:	01866763          	bltu	a2,s8,8000153c <mulShiftAll64+0x17a>
80001532:	00cc1463          	bne	s8,a2,8000153a <mulShiftAll64+0x178>
80001536:	019ee363          	bltu	t4,s9,8000153c <mulShiftAll64+0x17a>
8000153a:	4e01                	li	t3,0
8000153c:	9e1a                	add	t3,t3,t1
8000153e:	006e3333          	sltu	t1,t3,t1
80001542:	933e                	add	t1,t1,a5
80001544:	4785                	li	a5,1
80001546:	00b66863          	bltu	a2,a1,80001556 <mulShiftAll64+0x194>
8000154a:	00c59563          	bne	a1,a2,80001554 <mulShiftAll64+0x192>
8000154e:	4094                	lw	a3,0(s1)
80001550:	00dee363          	bltu	t4,a3,80001556 <mulShiftAll64+0x194>
80001554:	4781                	li	a5,0
80001556:	40fe07b3          	sub	a5,t3,a5
8000155a:	00fe35b3          	sltu	a1,t3,a5
8000155e:	40b305b3          	sub	a1,t1,a1
80001562:	40a78533          	sub	a0,a5,a0
80001566:	00a7b7b3          	sltu	a5,a5,a0
8000156a:	8d99                	sub	a1,a1,a4
8000156c:	01f8d693          	srl	a3,a7,0x1f
80001570:	8d9d                	sub	a1,a1,a5
80001572:	00181793          	sll	a5,a6,0x1
80001576:	8fd5                	or	a5,a5,a3
80001578:	fc0a8713          	add	a4,s5,-64
8000157c:	0886                	sll	a7,a7,0x1
8000157e:	4685                	li	a3,1
80001580:	00836763          	bltu	t1,s0,8000158e <mulShiftAll64+0x1cc>
80001584:	00641463          	bne	s0,t1,8000158c <mulShiftAll64+0x1ca>
80001588:	012e6363          	bltu	t3,s2,8000158e <mulShiftAll64+0x1cc>
8000158c:	4681                	li	a3,0
8000158e:	96c6                	add	a3,a3,a7
80001590:	0116b8b3          	sltu	a7,a3,a7
80001594:	98be                	add	a7,a7,a5
80001596:	4605                	li	a2,1
80001598:	00b36763          	bltu	t1,a1,800015a6 <mulShiftAll64+0x1e4>
8000159c:	00659463          	bne	a1,t1,800015a4 <mulShiftAll64+0x1e2>
800015a0:	00ae6363          	bltu	t3,a0,800015a6 <mulShiftAll64+0x1e4>
800015a4:	4601                	li	a2,0
800015a6:	40c68633          	sub	a2,a3,a2
800015aa:	00c6b6b3          	sltu	a3,a3,a2
800015ae:	40d886b3          	sub	a3,a7,a3
800015b2:	bf3d                	j	800014f0 <mulShiftAll64+0x12e>

800015b4 <div10>:
800015b4:	727002ef          	jal	t0,800024da <__riscv_save_0>
800015b8:	800037b7          	lui	a5,0x80003
800015bc:	da87a603          	lw	a2,-600(a5) # 80002da8 <stdout+0x4>
800015c0:	dac7a683          	lw	a3,-596(a5)
800015c4:	1141                	add	sp,sp,-16
800015c6:	0038                	add	a4,sp,8
800015c8:	718000ef          	jal	80001ce0 <__umul128>
800015cc:	45b2                	lw	a1,12(sp)
800015ce:	47a2                	lw	a5,8(sp)
800015d0:	01d59513          	sll	a0,a1,0x1d
800015d4:	838d                	srl	a5,a5,0x3
800015d6:	8d5d                	or	a0,a0,a5
800015d8:	818d                	srl	a1,a1,0x3
800015da:	0141                	add	sp,sp,16
800015dc:	7230006f          	j	800024fe <__riscv_restore_0>

800015e0 <__dtoa_engine>:
800015e0:	6cb002ef          	jal	t0,800024aa <__riscv_save_12>
800015e4:	715d                	add	sp,sp,-80
800015e6:	8bb6                	mv	s7,a3
800015e8:	001006b7          	lui	a3,0x100
800015ec:	c43a                	sw	a4,8(sp)
800015ee:	c63e                	sw	a5,12(sp)
800015f0:	01f5d713          	srl	a4,a1,0x1f
800015f4:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
800015f8:	0145d793          	srl	a5,a1,0x14
800015fc:	00bdfdb3          	and	s11,s11,a1
80001600:	c03a                	sw	a4,0(sp)
80001602:	7ff7f413          	and	s0,a5,2047
80001606:	84aa                	mv	s1,a0
80001608:	8ab2                	mv	s5,a2
8000160a:	00ade733          	or	a4,s11,a0
8000160e:	e405                	bnez	s0,80001636 <__dtoa_engine+0x56>
80001610:	e331                	bnez	a4,80001654 <__dtoa_engine+0x74>
80001612:	03000793          	li	a5,48
80001616:	00f602a3          	sb	a5,5(a2)
8000161a:	4782                	lw	a5,0(sp)
8000161c:	00060323          	sb	zero,6(a2)
80001620:	00062023          	sw	zero,0(a2)
80001624:	0027e993          	or	s3,a5,2
80001628:	01360223          	sb	s3,4(a2)
8000162c:	4405                	li	s0,1
8000162e:	8522                	mv	a0,s0
80001630:	6161                	add	sp,sp,80
80001632:	6b50006f          	j	800024e6 <__riscv_restore_12>
80001636:	7ff00613          	li	a2,2047
8000163a:	0ac41163          	bne	s0,a2,800016dc <__dtoa_engine+0xfc>
8000163e:	4782                	lw	a5,0(sp)
80001640:	0047e793          	or	a5,a5,4
80001644:	c701                	beqz	a4,8000164c <__dtoa_engine+0x6c>
80001646:	4782                	lw	a5,0(sp)
80001648:	0087e793          	or	a5,a5,8
8000164c:	00fa8223          	sb	a5,4(s5)
80001650:	4401                	li	s0,0
80001652:	bff1                	j	8000162e <__dtoa_engine+0x4e>
80001654:	00157793          	and	a5,a0,1
80001658:	c23e                	sw	a5,4(sp)
8000165a:	002d9993          	sll	s3,s11,0x2
8000165e:	01e55793          	srl	a5,a0,0x1e
80001662:	0137e9b3          	or	s3,a5,s3
80001666:	00251c13          	sll	s8,a0,0x2
8000166a:	892a                	mv	s2,a0
8000166c:	bcc00413          	li	s0,-1076
80001670:	4805                	li	a6,1
80001672:	4d05                	li	s10,1
80001674:	408004b3          	neg	s1,s0
80001678:	8526                	mv	a0,s1
8000167a:	ca42                	sw	a6,20(sp)
8000167c:	2589                	jal	80001cbe <__log10Pow5>
8000167e:	fff42793          	slti	a5,s0,-1
80001682:	40f50b33          	sub	s6,a0,a5
80001686:	416484b3          	sub	s1,s1,s6
8000168a:	8526                	mv	a0,s1
8000168c:	2589                	jal	80001cce <__pow5bits>
8000168e:	f8350693          	add	a3,a0,-125
80001692:	40db06b3          	sub	a3,s6,a3
80001696:	8526                	mv	a0,s1
80001698:	008c                	add	a1,sp,64
8000169a:	c836                	sw	a3,16(sp)
8000169c:	2929                	jal	80001ab6 <__double_computePow5>
8000169e:	4852                	lw	a6,20(sp)
800016a0:	46c2                	lw	a3,16(sp)
800016a2:	181c                	add	a5,sp,48
800016a4:	1038                	add	a4,sp,40
800016a6:	0090                	add	a2,sp,64
800016a8:	854a                	mv	a0,s2
800016aa:	85ee                	mv	a1,s11
800016ac:	3b19                	jal	800013c2 <mulShiftAll64>
800016ae:	4785                	li	a5,1
800016b0:	008b0a33          	add	s4,s6,s0
800016b4:	84ae                	mv	s1,a1
800016b6:	842a                	mv	s0,a0
800016b8:	1367e663          	bltu	a5,s6,800017e4 <__dtoa_engine+0x204>
800016bc:	4792                	lw	a5,4(sp)
800016be:	4985                	li	s3,1
800016c0:	0e078963          	beqz	a5,800017b2 <__dtoa_engine+0x1d2>
800016c4:	57a2                	lw	a5,40(sp)
800016c6:	5732                	lw	a4,44(sp)
800016c8:	4985                	li	s3,1
800016ca:	fff78693          	add	a3,a5,-1
800016ce:	0017b793          	seqz	a5,a5
800016d2:	40f707b3          	sub	a5,a4,a5
800016d6:	d436                	sw	a3,40(sp)
800016d8:	d63e                	sw	a5,44(sp)
800016da:	a07d                	j	80001788 <__dtoa_engine+0x1a8>
800016dc:	01b6edb3          	or	s11,a3,s11
800016e0:	00157693          	and	a3,a0,1
800016e4:	c236                	sw	a3,4(sp)
800016e6:	002d9993          	sll	s3,s11,0x2
800016ea:	01e55693          	srl	a3,a0,0x1e
800016ee:	bcb40413          	add	s0,s0,-1077
800016f2:	892a                	mv	s2,a0
800016f4:	0136e9b3          	or	s3,a3,s3
800016f8:	00251c13          	sll	s8,a0,0x2
800016fc:	4d05                	li	s10,1
800016fe:	e709                	bnez	a4,80001708 <__dtoa_engine+0x128>
80001700:	7fe7f793          	and	a5,a5,2046
80001704:	0017bd13          	seqz	s10,a5
80001708:	886a                	mv	a6,s10
8000170a:	f60445e3          	bltz	s0,80001674 <__dtoa_engine+0x94>
8000170e:	8522                	mv	a0,s0
80001710:	2345                	jal	80001cb0 <__log10Pow2>
80001712:	00442793          	slti	a5,s0,4
80001716:	0017c793          	xor	a5,a5,1
8000171a:	40f50a33          	sub	s4,a0,a5
8000171e:	8552                	mv	a0,s4
80001720:	237d                	jal	80001cce <__pow5bits>
80001722:	07c50693          	add	a3,a0,124
80001726:	408a0433          	sub	s0,s4,s0
8000172a:	96a2                	add	a3,a3,s0
8000172c:	008c                	add	a1,sp,64
8000172e:	8552                	mv	a0,s4
80001730:	c836                	sw	a3,16(sp)
80001732:	2141                	jal	80001bb2 <__double_computeInvPow5>
80001734:	46c2                	lw	a3,16(sp)
80001736:	181c                	add	a5,sp,48
80001738:	8526                	mv	a0,s1
8000173a:	886a                	mv	a6,s10
8000173c:	1038                	add	a4,sp,40
8000173e:	0090                	add	a2,sp,64
80001740:	85ee                	mv	a1,s11
80001742:	3141                	jal	800013c2 <mulShiftAll64>
80001744:	47d5                	li	a5,21
80001746:	842a                	mv	s0,a0
80001748:	84ae                	mv	s1,a1
8000174a:	0947eb63          	bltu	a5,s4,800017e0 <__dtoa_engine+0x200>
8000174e:	800037b7          	lui	a5,0x80003
80001752:	dac7a683          	lw	a3,-596(a5) # 80002dac <stdout+0x8>
80001756:	da87a603          	lw	a2,-600(a5)
8000175a:	1838                	add	a4,sp,56
8000175c:	8562                	mv	a0,s8
8000175e:	85ce                	mv	a1,s3
80001760:	2341                	jal	80001ce0 <__umul128>
80001762:	57e2                	lw	a5,56(sp)
80001764:	56f2                	lw	a3,60(sp)
80001766:	5da2                	lw	s11,40(sp)
80001768:	8389                	srl	a5,a5,0x2
8000176a:	06fa                	sll	a3,a3,0x1e
8000176c:	8fd5                	or	a5,a5,a3
8000176e:	4695                	li	a3,5
80001770:	02f687b3          	mul	a5,a3,a5
80001774:	5932                	lw	s2,44(sp)
80001776:	01879b63          	bne	a5,s8,8000178c <__dtoa_engine+0x1ac>
8000177a:	85ce                	mv	a1,s3
8000177c:	8562                	mv	a0,s8
8000177e:	2ced                	jal	80001a78 <__pow5Factor>
80001780:	01453733          	sltu	a4,a0,s4
80001784:	00174993          	xor	s3,a4,1
80001788:	4d01                	li	s10,0
8000178a:	a025                	j	800017b2 <__dtoa_engine+0x1d2>
8000178c:	4792                	lw	a5,4(sp)
8000178e:	e79d                	bnez	a5,800017bc <__dtoa_engine+0x1dc>
80001790:	fffc0793          	add	a5,s8,-1
80001794:	41a78533          	sub	a0,a5,s10
80001798:	001c3593          	seqz	a1,s8
8000179c:	00a7b7b3          	sltu	a5,a5,a0
800017a0:	40b985b3          	sub	a1,s3,a1
800017a4:	8d9d                	sub	a1,a1,a5
800017a6:	2cc9                	jal	80001a78 <__pow5Factor>
800017a8:	01453933          	sltu	s2,a0,s4
800017ac:	00194d13          	xor	s10,s2,1
800017b0:	4981                	li	s3,0
800017b2:	47a2                	lw	a5,8(sp)
800017b4:	0e079f63          	bnez	a5,800018b2 <__dtoa_engine+0x2d2>
800017b8:	8b5e                	mv	s6,s7
800017ba:	a049                	j	8000183c <__dtoa_engine+0x25c>
800017bc:	002c0513          	add	a0,s8,2
800017c0:	018535b3          	sltu	a1,a0,s8
800017c4:	95ce                	add	a1,a1,s3
800017c6:	2c4d                	jal	80001a78 <__pow5Factor>
800017c8:	01453533          	sltu	a0,a0,s4
800017cc:	00154513          	xor	a0,a0,1
800017d0:	40ad8533          	sub	a0,s11,a0
800017d4:	00adbdb3          	sltu	s11,s11,a0
800017d8:	41b90733          	sub	a4,s2,s11
800017dc:	d42a                	sw	a0,40(sp)
800017de:	d63a                	sw	a4,44(sp)
800017e0:	4981                	li	s3,0
800017e2:	b75d                	j	80001788 <__dtoa_engine+0x1a8>
800017e4:	03e00793          	li	a5,62
800017e8:	ff67ece3          	bltu	a5,s6,800017e0 <__dtoa_engine+0x200>
800017ec:	865a                	mv	a2,s6
800017ee:	557d                	li	a0,-1
800017f0:	55fd                	li	a1,-1
800017f2:	23c5                	jal	80001dd2 <__ashldi3>
800017f4:	fff54513          	not	a0,a0
800017f8:	fff5c593          	not	a1,a1
800017fc:	0135f5b3          	and	a1,a1,s3
80001800:	01857533          	and	a0,a0,s8
80001804:	00b56733          	or	a4,a0,a1
80001808:	00173993          	seqz	s3,a4
8000180c:	bfb5                	j	80001788 <__dtoa_engine+0x1a8>
8000180e:	02d50833          	mul	a6,a0,a3
80001812:	0785                	add	a5,a5,1
80001814:	02b536b3          	mulhu	a3,a0,a1
80001818:	02b505b3          	mul	a1,a0,a1
8000181c:	96c2                	add	a3,a3,a6
8000181e:	00d4e663          	bltu	s1,a3,8000182a <__dtoa_engine+0x24a>
80001822:	fe9696e3          	bne	a3,s1,8000180e <__dtoa_engine+0x22e>
80001826:	feb474e3          	bgeu	s0,a1,8000180e <__dtoa_engine+0x22e>
8000182a:	4732                	lw	a4,12(sp)
8000182c:	97d2                	add	a5,a5,s4
8000182e:	97ba                	add	a5,a5,a4
80001830:	00f04363          	bgtz	a5,80001836 <__dtoa_engine+0x256>
80001834:	4785                	li	a5,1
80001836:	8b3e                	mv	s6,a5
80001838:	f8fbc0e3          	blt	s7,a5,800017b8 <__dtoa_engine+0x1d8>
8000183c:	4c81                	li	s9,0
8000183e:	4901                	li	s2,0
80001840:	4c01                	li	s8,0
80001842:	5522                	lw	a0,40(sp)
80001844:	55b2                	lw	a1,44(sp)
80001846:	33bd                	jal	800015b4 <div10>
80001848:	57c2                	lw	a5,48(sp)
8000184a:	8dae                	mv	s11,a1
8000184c:	55d2                	lw	a1,52(sp)
8000184e:	c82a                	sw	a0,16(sp)
80001850:	853e                	mv	a0,a5
80001852:	ca3e                	sw	a5,20(sp)
80001854:	3385                	jal	800015b4 <div10>
80001856:	832a                	mv	t1,a0
80001858:	88ae                	mv	a7,a1
8000185a:	4ea9                	li	t4,10
8000185c:	01b5e763          	bltu	a1,s11,8000186a <__dtoa_engine+0x28a>
80001860:	08bd9563          	bne	s11,a1,800018ea <__dtoa_engine+0x30a>
80001864:	47c2                	lw	a5,16(sp)
80001866:	08f57263          	bgeu	a0,a5,800018ea <__dtoa_engine+0x30a>
8000186a:	8522                	mv	a0,s0
8000186c:	85a6                	mv	a1,s1
8000186e:	ce46                	sw	a7,28(sp)
80001870:	cc1a                	sw	t1,24(sp)
80001872:	3389                	jal	800015b4 <div10>
80001874:	4362                	lw	t1,24(sp)
80001876:	4ea9                	li	t4,10
80001878:	001cb693          	seqz	a3,s9
8000187c:	026e8833          	mul	a6,t4,t1
80001880:	00d9f9b3          	and	s3,s3,a3
80001884:	47d2                	lw	a5,20(sp)
80001886:	48f2                	lw	a7,28(sp)
80001888:	d66e                	sw	s11,44(sp)
8000188a:	d81a                	sw	t1,48(sp)
8000188c:	da46                	sw	a7,52(sp)
8000188e:	0905                	add	s2,s2,1
80001890:	84ae                	mv	s1,a1
80001892:	02ae86b3          	mul	a3,t4,a0
80001896:	40f80833          	sub	a6,a6,a5
8000189a:	47c2                	lw	a5,16(sp)
8000189c:	00183813          	seqz	a6,a6
800018a0:	010d7d33          	and	s10,s10,a6
800018a4:	d43e                	sw	a5,40(sp)
800018a6:	40d406b3          	sub	a3,s0,a3
800018aa:	0ff6fc93          	zext.b	s9,a3
800018ae:	842a                	mv	s0,a0
800018b0:	bf49                	j	80001842 <__dtoa_engine+0x262>
800018b2:	45a9                	li	a1,10
800018b4:	4681                	li	a3,0
800018b6:	4785                	li	a5,1
800018b8:	4529                	li	a0,10
800018ba:	b795                	j	8000181e <__dtoa_engine+0x23e>
800018bc:	030e8f33          	mul	t5,t4,a6
800018c0:	0505                	add	a0,a0,1
800018c2:	02beb833          	mulhu	a6,t4,a1
800018c6:	02be85b3          	mul	a1,t4,a1
800018ca:	987a                	add	a6,a6,t5
800018cc:	0104e663          	bltu	s1,a6,800018d8 <__dtoa_engine+0x2f8>
800018d0:	fe9816e3          	bne	a6,s1,800018bc <__dtoa_engine+0x2dc>
800018d4:	feb474e3          	bgeu	s0,a1,800018bc <__dtoa_engine+0x2dc>
800018d8:	00ab5d63          	bge	s6,a0,800018f2 <__dtoa_engine+0x312>
800018dc:	000b1563          	bnez	s6,800018e6 <__dtoa_engine+0x306>
800018e0:	009465b3          	or	a1,s0,s1
800018e4:	c599                	beqz	a1,800018f2 <__dtoa_engine+0x312>
800018e6:	4c05                	li	s8,1
800018e8:	b749                	j	8000186a <__dtoa_engine+0x28a>
800018ea:	45a9                	li	a1,10
800018ec:	4801                	li	a6,0
800018ee:	4505                	li	a0,1
800018f0:	bff1                	j	800018cc <__dtoa_engine+0x2ec>
800018f2:	040d0e63          	beqz	s10,8000194e <__dtoa_engine+0x36e>
800018f6:	4da9                	li	s11,10
800018f8:	5342                	lw	t1,48(sp)
800018fa:	55d2                	lw	a1,52(sp)
800018fc:	851a                	mv	a0,t1
800018fe:	c81a                	sw	t1,16(sp)
80001900:	3955                	jal	800015b4 <div10>
80001902:	ce2e                	sw	a1,28(sp)
80001904:	02ad85b3          	mul	a1,s11,a0
80001908:	4342                	lw	t1,16(sp)
8000190a:	882a                	mv	a6,a0
8000190c:	cc42                	sw	a6,24(sp)
8000190e:	04659063          	bne	a1,t1,8000194e <__dtoa_engine+0x36e>
80001912:	5522                	lw	a0,40(sp)
80001914:	55b2                	lw	a1,44(sp)
80001916:	0905                	add	s2,s2,1
80001918:	3971                	jal	800015b4 <div10>
8000191a:	ca2a                	sw	a0,20(sp)
8000191c:	c82e                	sw	a1,16(sp)
8000191e:	8522                	mv	a0,s0
80001920:	85a6                	mv	a1,s1
80001922:	3949                	jal	800015b4 <div10>
80001924:	001cb693          	seqz	a3,s9
80001928:	00d9f9b3          	and	s3,s3,a3
8000192c:	02ad86b3          	mul	a3,s11,a0
80001930:	4e52                	lw	t3,20(sp)
80001932:	4342                	lw	t1,16(sp)
80001934:	4862                	lw	a6,24(sp)
80001936:	48f2                	lw	a7,28(sp)
80001938:	d472                	sw	t3,40(sp)
8000193a:	d61a                	sw	t1,44(sp)
8000193c:	d842                	sw	a6,48(sp)
8000193e:	da46                	sw	a7,52(sp)
80001940:	84ae                	mv	s1,a1
80001942:	40d406b3          	sub	a3,s0,a3
80001946:	0ff6fc93          	zext.b	s9,a3
8000194a:	842a                	mv	s0,a0
8000194c:	b775                	j	800018f8 <__dtoa_engine+0x318>
8000194e:	9952                	add	s2,s2,s4
80001950:	0c098563          	beqz	s3,80001a1a <__dtoa_engine+0x43a>
80001954:	4715                	li	a4,5
80001956:	0cec9263          	bne	s9,a4,80001a1a <__dtoa_engine+0x43a>
8000195a:	00147713          	and	a4,s0,1
8000195e:	e35d                	bnez	a4,80001a04 <__dtoa_engine+0x424>
80001960:	000c1963          	bnez	s8,80001972 <__dtoa_engine+0x392>
80001964:	5742                	lw	a4,48(sp)
80001966:	00871563          	bne	a4,s0,80001970 <__dtoa_engine+0x390>
8000196a:	5752                	lw	a4,52(sp)
8000196c:	0c970963          	beq	a4,s1,80001a3e <__dtoa_engine+0x45e>
80001970:	4701                	li	a4,0
80001972:	943a                	add	s0,s0,a4
80001974:	00e435b3          	sltu	a1,s0,a4
80001978:	95a6                	add	a1,a1,s1
8000197a:	8a2e                	mv	s4,a1
8000197c:	84a2                	mv	s1,s0
8000197e:	4629                	li	a2,10
80001980:	4681                	li	a3,0
80001982:	4c05                	li	s8,1
80001984:	4529                	li	a0,10
80001986:	00d5e663          	bltu	a1,a3,80001992 <__dtoa_engine+0x3b2>
8000198a:	0ab69c63          	bne	a3,a1,80001a42 <__dtoa_engine+0x462>
8000198e:	0ac47a63          	bgeu	s0,a2,80001a42 <__dtoa_engine+0x462>
80001992:	cf15                	beqz	a4,800019ce <__dtoa_engine+0x3ee>
80001994:	038b5d63          	bge	s6,s8,800019ce <__dtoa_engine+0x3ee>
80001998:	47a2                	lw	a5,8(sp)
8000199a:	cf91                	beqz	a5,800019b6 <__dtoa_engine+0x3d6>
8000199c:	4732                	lw	a4,12(sp)
8000199e:	012c07b3          	add	a5,s8,s2
800019a2:	00f70b33          	add	s6,a4,a5
800019a6:	000b5363          	bgez	s6,800019ac <__dtoa_engine+0x3cc>
800019aa:	4b01                	li	s6,0
800019ac:	016bd363          	bge	s7,s6,800019b2 <__dtoa_engine+0x3d2>
800019b0:	8b5e                	mv	s6,s7
800019b2:	018b5e63          	bge	s6,s8,800019ce <__dtoa_engine+0x3ee>
800019b6:	00540513          	add	a0,s0,5
800019ba:	00853433          	sltu	s0,a0,s0
800019be:	4629                	li	a2,10
800019c0:	4681                	li	a3,0
800019c2:	95a2                	add	a1,a1,s0
800019c4:	2185                	jal	80001e24 <__udivdi3>
800019c6:	84aa                	mv	s1,a0
800019c8:	8a2e                	mv	s4,a1
800019ca:	0905                	add	s2,s2,1
800019cc:	1c7d                	add	s8,s8,-1
800019ce:	87da                	mv	a5,s6
800019d0:	016c5363          	bge	s8,s6,800019d6 <__dtoa_engine+0x3f6>
800019d4:	87e2                	mv	a5,s8
800019d6:	01079413          	sll	s0,a5,0x10
800019da:	0942                	sll	s2,s2,0x10
800019dc:	8441                	sra	s0,s0,0x10
800019de:	41095913          	sra	s2,s2,0x10
800019e2:	9922                	add	s2,s2,s0
800019e4:	008a8b33          	add	s6,s5,s0
800019e8:	197d                	add	s2,s2,-1
800019ea:	4b81                	li	s7,0
800019ec:	8c5a                	mv	s8,s6
800019ee:	1b7d                	add	s6,s6,-1
800019f0:	068bc263          	blt	s7,s0,80001a54 <__dtoa_engine+0x474>
800019f4:	4782                	lw	a5,0(sp)
800019f6:	000c02a3          	sb	zero,5(s8)
800019fa:	012aa023          	sw	s2,0(s5)
800019fe:	00fa8223          	sb	a5,4(s5)
80001a02:	b135                	j	8000162e <__dtoa_engine+0x4e>
80001a04:	4705                	li	a4,1
80001a06:	f60c16e3          	bnez	s8,80001972 <__dtoa_engine+0x392>
80001a0a:	5742                	lw	a4,48(sp)
80001a0c:	00871563          	bne	a4,s0,80001a16 <__dtoa_engine+0x436>
80001a10:	5752                	lw	a4,52(sp)
80001a12:	00970c63          	beq	a4,s1,80001a2a <__dtoa_engine+0x44a>
80001a16:	4705                	li	a4,1
80001a18:	bfa9                	j	80001972 <__dtoa_engine+0x392>
80001a1a:	000c1d63          	bnez	s8,80001a34 <__dtoa_engine+0x454>
80001a1e:	5742                	lw	a4,48(sp)
80001a20:	00871a63          	bne	a4,s0,80001a34 <__dtoa_engine+0x454>
80001a24:	5752                	lw	a4,52(sp)
80001a26:	00971763          	bne	a4,s1,80001a34 <__dtoa_engine+0x454>
80001a2a:	4792                	lw	a5,4(sp)
80001a2c:	4705                	li	a4,1
80001a2e:	f3b1                	bnez	a5,80001972 <__dtoa_engine+0x392>
80001a30:	f40d01e3          	beqz	s10,80001972 <__dtoa_engine+0x392>
80001a34:	005cb693          	sltiu	a3,s9,5
80001a38:	0016c713          	xor	a4,a3,1
80001a3c:	bf1d                	j	80001972 <__dtoa_engine+0x392>
80001a3e:	4c91                	li	s9,4
80001a40:	b7ed                	j	80001a2a <__dtoa_engine+0x44a>
80001a42:	02d50833          	mul	a6,a0,a3
80001a46:	0c05                	add	s8,s8,1
80001a48:	02c536b3          	mulhu	a3,a0,a2
80001a4c:	02c50633          	mul	a2,a0,a2
80001a50:	96c2                	add	a3,a3,a6
80001a52:	bf15                	j	80001986 <__dtoa_engine+0x3a6>
80001a54:	4629                	li	a2,10
80001a56:	4681                	li	a3,0
80001a58:	8526                	mv	a0,s1
80001a5a:	85d2                	mv	a1,s4
80001a5c:	271d                	jal	80002182 <__umoddi3>
80001a5e:	03050513          	add	a0,a0,48
80001a62:	00ab02a3          	sb	a0,5(s6)
80001a66:	85d2                	mv	a1,s4
80001a68:	8526                	mv	a0,s1
80001a6a:	4629                	li	a2,10
80001a6c:	4681                	li	a3,0
80001a6e:	2e5d                	jal	80001e24 <__udivdi3>
80001a70:	84aa                	mv	s1,a0
80001a72:	8a2e                	mv	s4,a1
80001a74:	0b85                	add	s7,s7,1
80001a76:	bfa5                	j	800019ee <__dtoa_engine+0x40e>

80001a78 <__pow5Factor>:
80001a78:	ccccd737          	lui	a4,0xccccd
80001a7c:	333336b7          	lui	a3,0x33333
80001a80:	87aa                	mv	a5,a0
80001a82:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
80001a86:	4501                	li	a0,0
80001a88:	ccc70713          	add	a4,a4,-820
80001a8c:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001a90:	02c585b3          	mul	a1,a1,a2
80001a94:	02e78833          	mul	a6,a5,a4
80001a98:	982e                	add	a6,a6,a1
80001a9a:	02c7b5b3          	mulhu	a1,a5,a2
80001a9e:	95c2                	add	a1,a1,a6
80001aa0:	02c787b3          	mul	a5,a5,a2
80001aa4:	00b6e863          	bltu	a3,a1,80001ab4 <__pow5Factor+0x3c>
80001aa8:	00d59463          	bne	a1,a3,80001ab0 <__pow5Factor+0x38>
80001aac:	00f5e463          	bltu	a1,a5,80001ab4 <__pow5Factor+0x3c>
80001ab0:	0505                	add	a0,a0,1
80001ab2:	bff9                	j	80001a90 <__pow5Factor+0x18>
80001ab4:	8082                	ret

80001ab6 <__double_computePow5>:
80001ab6:	1fd002ef          	jal	t0,800024b2 <__riscv_save_10>
80001aba:	47e9                	li	a5,26
80001abc:	02f55b33          	divu	s6,a0,a5
80001ac0:	800039b7          	lui	s3,0x80003
80001ac4:	96898b93          	add	s7,s3,-1688 # 80002968 <DOUBLE_POW5_SPLIT2>
80001ac8:	1101                	add	sp,sp,-32
80001aca:	892e                	mv	s2,a1
80001acc:	02f577b3          	remu	a5,a0,a5
80001ad0:	004b1713          	sll	a4,s6,0x4
80001ad4:	9bba                	add	s7,s7,a4
80001ad6:	e395                	bnez	a5,80001afa <__double_computePow5+0x44>
80001ad8:	000ba703          	lw	a4,0(s7)
80001adc:	004ba783          	lw	a5,4(s7)
80001ae0:	c198                	sw	a4,0(a1)
80001ae2:	c1dc                	sw	a5,4(a1)
80001ae4:	008ba503          	lw	a0,8(s7)
80001ae8:	00cba583          	lw	a1,12(s7)
80001aec:	00a92423          	sw	a0,8(s2)
80001af0:	00b92623          	sw	a1,12(s2)
80001af4:	6105                	add	sp,sp,32
80001af6:	1f50006f          	j	800024ea <__riscv_restore_10>
80001afa:	96898993          	add	s3,s3,-1688
80001afe:	078e                	sll	a5,a5,0x3
80001b00:	97ce                	add	a5,a5,s3
80001b02:	0d07aa03          	lw	s4,208(a5)
80001b06:	0d47aa83          	lw	s5,212(a5)
80001b0a:	008ba603          	lw	a2,8(s7)
80001b0e:	00cba683          	lw	a3,12(s7)
80001b12:	0818                	add	a4,sp,16
80001b14:	85d6                	mv	a1,s5
80001b16:	842a                	mv	s0,a0
80001b18:	8552                	mv	a0,s4
80001b1a:	22d9                	jal	80001ce0 <__umul128>
80001b1c:	000ba603          	lw	a2,0(s7)
80001b20:	004ba683          	lw	a3,4(s7)
80001b24:	84aa                	mv	s1,a0
80001b26:	8c2e                	mv	s8,a1
80001b28:	0838                	add	a4,sp,24
80001b2a:	8552                	mv	a0,s4
80001b2c:	85d6                	mv	a1,s5
80001b2e:	2a4d                	jal	80001ce0 <__umul128>
80001b30:	47e2                	lw	a5,24(sp)
80001b32:	4772                	lw	a4,28(sp)
80001b34:	8aaa                	mv	s5,a0
80001b36:	94be                	add	s1,s1,a5
80001b38:	00f4ba33          	sltu	s4,s1,a5
80001b3c:	9c3a                	add	s8,s8,a4
80001b3e:	9a62                	add	s4,s4,s8
80001b40:	00ea6663          	bltu	s4,a4,80001b4c <__double_computePow5+0x96>
80001b44:	01471d63          	bne	a4,s4,80001b5e <__double_computePow5+0xa8>
80001b48:	00f4fb63          	bgeu	s1,a5,80001b5e <__double_computePow5+0xa8>
80001b4c:	47c2                	lw	a5,16(sp)
80001b4e:	46d2                	lw	a3,20(sp)
80001b50:	00178713          	add	a4,a5,1
80001b54:	00f737b3          	sltu	a5,a4,a5
80001b58:	97b6                	add	a5,a5,a3
80001b5a:	c83a                	sw	a4,16(sp)
80001b5c:	ca3e                	sw	a5,20(sp)
80001b5e:	8522                	mv	a0,s0
80001b60:	c62e                	sw	a1,12(sp)
80001b62:	22b5                	jal	80001cce <__pow5bits>
80001b64:	8baa                	mv	s7,a0
80001b66:	4569                	li	a0,26
80001b68:	02ab0533          	mul	a0,s6,a0
80001b6c:	228d                	jal	80001cce <__pow5bits>
80001b6e:	45b2                	lw	a1,12(sp)
80001b70:	40ab8733          	sub	a4,s7,a0
80001b74:	8626                	mv	a2,s1
80001b76:	86d2                	mv	a3,s4
80001b78:	8556                	mv	a0,s5
80001b7a:	c43a                	sw	a4,8(sp)
80001b7c:	2a45                	jal	80001d2c <__shiftright128>
80001b7e:	00445793          	srl	a5,s0,0x4
80001b82:	078a                	sll	a5,a5,0x2
80001b84:	99be                	add	s3,s3,a5
80001b86:	1a09a783          	lw	a5,416(s3)
80001b8a:	0406                	sll	s0,s0,0x1
80001b8c:	8879                	and	s0,s0,30
80001b8e:	0087d7b3          	srl	a5,a5,s0
80001b92:	8b8d                	and	a5,a5,3
80001b94:	953e                	add	a0,a0,a5
80001b96:	00f537b3          	sltu	a5,a0,a5
80001b9a:	4722                	lw	a4,8(sp)
80001b9c:	4642                	lw	a2,16(sp)
80001b9e:	46d2                	lw	a3,20(sp)
80001ba0:	97ae                	add	a5,a5,a1
80001ba2:	00a92023          	sw	a0,0(s2)
80001ba6:	00f92223          	sw	a5,4(s2)
80001baa:	8526                	mv	a0,s1
80001bac:	85d2                	mv	a1,s4
80001bae:	2abd                	jal	80001d2c <__shiftright128>
80001bb0:	bf35                	j	80001aec <__double_computePow5+0x36>

80001bb2 <__double_computeInvPow5>:
80001bb2:	101002ef          	jal	t0,800024b2 <__riscv_save_10>
80001bb6:	4b69                	li	s6,26
80001bb8:	01950793          	add	a5,a0,25
80001bbc:	0367d7b3          	divu	a5,a5,s6
80001bc0:	80003ab7          	lui	s5,0x80003
80001bc4:	968a8493          	add	s1,s5,-1688 # 80002968 <DOUBLE_POW5_SPLIT2>
80001bc8:	1f848493          	add	s1,s1,504
80001bcc:	1101                	add	sp,sp,-32
80001bce:	8a2e                	mv	s4,a1
80001bd0:	03678b33          	mul	s6,a5,s6
80001bd4:	0792                	sll	a5,a5,0x4
80001bd6:	94be                	add	s1,s1,a5
80001bd8:	40ab0733          	sub	a4,s6,a0
80001bdc:	00ab1f63          	bne	s6,a0,80001bfa <__double_computeInvPow5+0x48>
80001be0:	4098                	lw	a4,0(s1)
80001be2:	40dc                	lw	a5,4(s1)
80001be4:	c198                	sw	a4,0(a1)
80001be6:	c1dc                	sw	a5,4(a1)
80001be8:	4488                	lw	a0,8(s1)
80001bea:	44cc                	lw	a1,12(s1)
80001bec:	00aa2423          	sw	a0,8(s4)
80001bf0:	00ba2623          	sw	a1,12(s4)
80001bf4:	6105                	add	sp,sp,32
80001bf6:	0f50006f          	j	800024ea <__riscv_restore_10>
80001bfa:	968a8a93          	add	s5,s5,-1688
80001bfe:	070e                	sll	a4,a4,0x3
80001c00:	9756                	add	a4,a4,s5
80001c02:	0d072903          	lw	s2,208(a4)
80001c06:	0d472983          	lw	s3,212(a4)
80001c0a:	4490                	lw	a2,8(s1)
80001c0c:	44d4                	lw	a3,12(s1)
80001c0e:	0818                	add	a4,sp,16
80001c10:	85ce                	mv	a1,s3
80001c12:	842a                	mv	s0,a0
80001c14:	854a                	mv	a0,s2
80001c16:	20e9                	jal	80001ce0 <__umul128>
80001c18:	4090                	lw	a2,0(s1)
80001c1a:	40d4                	lw	a3,4(s1)
80001c1c:	8c2a                	mv	s8,a0
80001c1e:	00163793          	seqz	a5,a2
80001c22:	8bae                	mv	s7,a1
80001c24:	0838                	add	a4,sp,24
80001c26:	8e9d                	sub	a3,a3,a5
80001c28:	854a                	mv	a0,s2
80001c2a:	85ce                	mv	a1,s3
80001c2c:	167d                	add	a2,a2,-1
80001c2e:	284d                	jal	80001ce0 <__umul128>
80001c30:	47e2                	lw	a5,24(sp)
80001c32:	4772                	lw	a4,28(sp)
80001c34:	89aa                	mv	s3,a0
80001c36:	9c3e                	add	s8,s8,a5
80001c38:	00fc3933          	sltu	s2,s8,a5
80001c3c:	9bba                	add	s7,s7,a4
80001c3e:	995e                	add	s2,s2,s7
80001c40:	00e96663          	bltu	s2,a4,80001c4c <__double_computeInvPow5+0x9a>
80001c44:	01271d63          	bne	a4,s2,80001c5e <__double_computeInvPow5+0xac>
80001c48:	00fc7b63          	bgeu	s8,a5,80001c5e <__double_computeInvPow5+0xac>
80001c4c:	47c2                	lw	a5,16(sp)
80001c4e:	46d2                	lw	a3,20(sp)
80001c50:	00178713          	add	a4,a5,1
80001c54:	00f737b3          	sltu	a5,a4,a5
80001c58:	97b6                	add	a5,a5,a3
80001c5a:	c83a                	sw	a4,16(sp)
80001c5c:	ca3e                	sw	a5,20(sp)
80001c5e:	855a                	mv	a0,s6
80001c60:	c62e                	sw	a1,12(sp)
80001c62:	20b5                	jal	80001cce <__pow5bits>
80001c64:	8b2a                	mv	s6,a0
80001c66:	8522                	mv	a0,s0
80001c68:	209d                	jal	80001cce <__pow5bits>
80001c6a:	45b2                	lw	a1,12(sp)
80001c6c:	40ab0733          	sub	a4,s6,a0
80001c70:	8662                	mv	a2,s8
80001c72:	86ca                	mv	a3,s2
80001c74:	854e                	mv	a0,s3
80001c76:	c43a                	sw	a4,8(sp)
80001c78:	2855                	jal	80001d2c <__shiftright128>
80001c7a:	00445793          	srl	a5,s0,0x4
80001c7e:	078a                	sll	a5,a5,0x2
80001c80:	9abe                	add	s5,s5,a5
80001c82:	2e8aa783          	lw	a5,744(s5)
80001c86:	0406                	sll	s0,s0,0x1
80001c88:	8879                	and	s0,s0,30
80001c8a:	0087d7b3          	srl	a5,a5,s0
80001c8e:	8b8d                	and	a5,a5,3
80001c90:	0785                	add	a5,a5,1
80001c92:	953e                	add	a0,a0,a5
80001c94:	00f537b3          	sltu	a5,a0,a5
80001c98:	4722                	lw	a4,8(sp)
80001c9a:	4642                	lw	a2,16(sp)
80001c9c:	46d2                	lw	a3,20(sp)
80001c9e:	97ae                	add	a5,a5,a1
80001ca0:	00aa2023          	sw	a0,0(s4)
80001ca4:	00fa2223          	sw	a5,4(s4)
80001ca8:	8562                	mv	a0,s8
80001caa:	85ca                	mv	a1,s2
80001cac:	2041                	jal	80001d2c <__shiftright128>
80001cae:	bf3d                	j	80001bec <__double_computeInvPow5+0x3a>

80001cb0 <__log10Pow2>:
80001cb0:	67cd                	lui	a5,0x13
80001cb2:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001cb6:	02f50533          	mul	a0,a0,a5
80001cba:	8149                	srl	a0,a0,0x12
80001cbc:	8082                	ret

80001cbe <__log10Pow5>:
80001cbe:	000b37b7          	lui	a5,0xb3
80001cc2:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001cc6:	02f50533          	mul	a0,a0,a5
80001cca:	8151                	srl	a0,a0,0x14
80001ccc:	8082                	ret

80001cce <__pow5bits>:
80001cce:	001297b7          	lui	a5,0x129
80001cd2:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001cd6:	02f50533          	mul	a0,a0,a5
80001cda:	814d                	srl	a0,a0,0x13
80001cdc:	0505                	add	a0,a0,1
80001cde:	8082                	ret

80001ce0 <__umul128>:
80001ce0:	02c537b3          	mulhu	a5,a0,a2
80001ce4:	832e                	mv	t1,a1
80001ce6:	02c585b3          	mul	a1,a1,a2
80001cea:	02c33833          	mulhu	a6,t1,a2
80001cee:	95be                	add	a1,a1,a5
80001cf0:	00f5b7b3          	sltu	a5,a1,a5
80001cf4:	97c2                	add	a5,a5,a6
80001cf6:	02a68833          	mul	a6,a3,a0
80001cfa:	02a6b8b3          	mulhu	a7,a3,a0
80001cfe:	95c2                	add	a1,a1,a6
80001d00:	0105b833          	sltu	a6,a1,a6
80001d04:	98c2                	add	a7,a7,a6
80001d06:	02d30833          	mul	a6,t1,a3
80001d0a:	02d33333          	mulhu	t1,t1,a3
80001d0e:	983e                	add	a6,a6,a5
80001d10:	011806b3          	add	a3,a6,a7
80001d14:	00f837b3          	sltu	a5,a6,a5
80001d18:	0106b833          	sltu	a6,a3,a6
80001d1c:	c314                	sw	a3,0(a4)
80001d1e:	979a                	add	a5,a5,t1
80001d20:	983e                	add	a6,a6,a5
80001d22:	02c50533          	mul	a0,a0,a2
80001d26:	01072223          	sw	a6,4(a4)
80001d2a:	8082                	ret

80001d2c <__shiftright128>:
80001d2c:	794002ef          	jal	t0,800024c0 <__riscv_save_4>
80001d30:	8a2a                	mv	s4,a0
80001d32:	8532                	mv	a0,a2
80001d34:	04000613          	li	a2,64
80001d38:	8e19                	sub	a2,a2,a4
80001d3a:	89ae                	mv	s3,a1
80001d3c:	85b6                	mv	a1,a3
80001d3e:	843a                	mv	s0,a4
80001d40:	2849                	jal	80001dd2 <__ashldi3>
80001d42:	892a                	mv	s2,a0
80001d44:	84ae                	mv	s1,a1
80001d46:	8622                	mv	a2,s0
80001d48:	8552                	mv	a0,s4
80001d4a:	85ce                	mv	a1,s3
80001d4c:	28b9                	jal	80001daa <__lshrdi3>
80001d4e:	00a96533          	or	a0,s2,a0
80001d52:	8dc5                	or	a1,a1,s1
80001d54:	a745                	j	800024f4 <__riscv_restore_4>

80001d56 <__libc_fini_array>:
80001d56:	784002ef          	jal	t0,800024da <__riscv_save_0>
80001d5a:	800037b7          	lui	a5,0x80003
80001d5e:	80003437          	lui	s0,0x80003
80001d62:	db078713          	add	a4,a5,-592 # 80002db0 <__fini_array_end>
80001d66:	db040413          	add	s0,s0,-592 # 80002db0 <__fini_array_end>
80001d6a:	8c19                	sub	s0,s0,a4
80001d6c:	8409                	sra	s0,s0,0x2
80001d6e:	db078493          	add	s1,a5,-592
80001d72:	e809                	bnez	s0,80001d84 <__libc_fini_array+0x2e>
80001d74:	00000793          	li	a5,0
80001d78:	c789                	beqz	a5,80001d82 <__libc_fini_array+0x2c>
80001d7a:	00000097          	auipc	ra,0x0
80001d7e:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001d82:	afb5                	j	800024fe <__riscv_restore_0>
80001d84:	147d                	add	s0,s0,-1
80001d86:	00241793          	sll	a5,s0,0x2
80001d8a:	97a6                	add	a5,a5,s1
80001d8c:	439c                	lw	a5,0(a5)
80001d8e:	9782                	jalr	a5
80001d90:	b7cd                	j	80001d72 <__libc_fini_array+0x1c>

80001d92 <strnlen>:
80001d92:	95aa                	add	a1,a1,a0
80001d94:	87aa                	mv	a5,a0
80001d96:	00b78563          	beq	a5,a1,80001da0 <strnlen+0xe>
80001d9a:	0007c703          	lbu	a4,0(a5)
80001d9e:	e701                	bnez	a4,80001da6 <strnlen+0x14>
80001da0:	40a78533          	sub	a0,a5,a0
80001da4:	8082                	ret
80001da6:	0785                	add	a5,a5,1
80001da8:	b7fd                	j	80001d96 <strnlen+0x4>

80001daa <__lshrdi3>:
80001daa:	ca19                	beqz	a2,80001dc0 <__lshrdi3+0x16>
80001dac:	02000793          	li	a5,32
80001db0:	8f91                	sub	a5,a5,a2
80001db2:	00f04863          	bgtz	a5,80001dc2 <__lshrdi3+0x18>
80001db6:	1601                	add	a2,a2,-32
80001db8:	00c5d533          	srl	a0,a1,a2
80001dbc:	4701                	li	a4,0
80001dbe:	85ba                	mv	a1,a4
80001dc0:	8082                	ret
80001dc2:	00c5d733          	srl	a4,a1,a2
80001dc6:	00c55533          	srl	a0,a0,a2
80001dca:	00f595b3          	sll	a1,a1,a5
80001dce:	8d4d                	or	a0,a0,a1
80001dd0:	b7fd                	j	80001dbe <__lshrdi3+0x14>

80001dd2 <__ashldi3>:
80001dd2:	ca19                	beqz	a2,80001de8 <__ashldi3+0x16>
80001dd4:	02000793          	li	a5,32
80001dd8:	8f91                	sub	a5,a5,a2
80001dda:	00f04863          	bgtz	a5,80001dea <__ashldi3+0x18>
80001dde:	1601                	add	a2,a2,-32
80001de0:	00c515b3          	sll	a1,a0,a2
80001de4:	4701                	li	a4,0
80001de6:	853a                	mv	a0,a4
80001de8:	8082                	ret
80001dea:	00c51733          	sll	a4,a0,a2
80001dee:	00c595b3          	sll	a1,a1,a2
80001df2:	00f55533          	srl	a0,a0,a5
80001df6:	8dc9                	or	a1,a1,a0
80001df8:	b7fd                	j	80001de6 <__ashldi3+0x14>

80001dfa <__ashrdi3>:
80001dfa:	ce01                	beqz	a2,80001e12 <__ashrdi3+0x18>
80001dfc:	02000793          	li	a5,32
80001e00:	8f91                	sub	a5,a5,a2
80001e02:	00f04963          	bgtz	a5,80001e14 <__ashrdi3+0x1a>
80001e06:	1601                	add	a2,a2,-32
80001e08:	41f5d713          	sra	a4,a1,0x1f
80001e0c:	40c5d533          	sra	a0,a1,a2
80001e10:	85ba                	mv	a1,a4
80001e12:	8082                	ret
80001e14:	40c5d733          	sra	a4,a1,a2
80001e18:	00c55533          	srl	a0,a0,a2
80001e1c:	00f595b3          	sll	a1,a1,a5
80001e20:	8d4d                	or	a0,a0,a1
80001e22:	b7fd                	j	80001e10 <__ashrdi3+0x16>

80001e24 <__udivdi3>:
80001e24:	88aa                	mv	a7,a0
80001e26:	832e                	mv	t1,a1
80001e28:	8732                	mv	a4,a2
80001e2a:	882a                	mv	a6,a0
80001e2c:	87ae                	mv	a5,a1
80001e2e:	20069663          	bnez	a3,8000203a <__udivdi3+0x216>
80001e32:	00001597          	auipc	a1,0x1
80001e36:	e7258593          	add	a1,a1,-398 # 80002ca4 <__clz_tab>
80001e3a:	0cc37163          	bgeu	t1,a2,80001efc <__udivdi3+0xd8>
80001e3e:	66c1                	lui	a3,0x10
80001e40:	0ad67763          	bgeu	a2,a3,80001eee <__udivdi3+0xca>
80001e44:	10063693          	sltiu	a3,a2,256
80001e48:	0016c693          	xor	a3,a3,1
80001e4c:	068e                	sll	a3,a3,0x3
80001e4e:	00d65533          	srl	a0,a2,a3
80001e52:	95aa                	add	a1,a1,a0
80001e54:	0005c583          	lbu	a1,0(a1)
80001e58:	02000513          	li	a0,32
80001e5c:	96ae                	add	a3,a3,a1
80001e5e:	40d505b3          	sub	a1,a0,a3
80001e62:	00d50b63          	beq	a0,a3,80001e78 <__udivdi3+0x54>
80001e66:	00b317b3          	sll	a5,t1,a1
80001e6a:	00d8d6b3          	srl	a3,a7,a3
80001e6e:	00b61733          	sll	a4,a2,a1
80001e72:	8fd5                	or	a5,a5,a3
80001e74:	00b89833          	sll	a6,a7,a1
80001e78:	01075593          	srl	a1,a4,0x10
80001e7c:	02b7d333          	divu	t1,a5,a1
80001e80:	01071613          	sll	a2,a4,0x10
80001e84:	8241                	srl	a2,a2,0x10
80001e86:	02b7f7b3          	remu	a5,a5,a1
80001e8a:	851a                	mv	a0,t1
80001e8c:	026608b3          	mul	a7,a2,t1
80001e90:	01079693          	sll	a3,a5,0x10
80001e94:	01085793          	srl	a5,a6,0x10
80001e98:	8fd5                	or	a5,a5,a3
80001e9a:	0117fc63          	bgeu	a5,a7,80001eb2 <__udivdi3+0x8e>
80001e9e:	97ba                	add	a5,a5,a4
80001ea0:	fff30513          	add	a0,t1,-1
80001ea4:	00e7e763          	bltu	a5,a4,80001eb2 <__udivdi3+0x8e>
80001ea8:	0117f563          	bgeu	a5,a7,80001eb2 <__udivdi3+0x8e>
80001eac:	ffe30513          	add	a0,t1,-2
80001eb0:	97ba                	add	a5,a5,a4
80001eb2:	411787b3          	sub	a5,a5,a7
80001eb6:	02b7d8b3          	divu	a7,a5,a1
80001eba:	0842                	sll	a6,a6,0x10
80001ebc:	01085813          	srl	a6,a6,0x10
80001ec0:	02b7f7b3          	remu	a5,a5,a1
80001ec4:	031606b3          	mul	a3,a2,a7
80001ec8:	07c2                	sll	a5,a5,0x10
80001eca:	00f86833          	or	a6,a6,a5
80001ece:	87c6                	mv	a5,a7
80001ed0:	00d87b63          	bgeu	a6,a3,80001ee6 <__udivdi3+0xc2>
80001ed4:	983a                	add	a6,a6,a4
80001ed6:	fff88793          	add	a5,a7,-1
80001eda:	00e86663          	bltu	a6,a4,80001ee6 <__udivdi3+0xc2>
80001ede:	00d87463          	bgeu	a6,a3,80001ee6 <__udivdi3+0xc2>
80001ee2:	ffe88793          	add	a5,a7,-2
80001ee6:	0542                	sll	a0,a0,0x10
80001ee8:	8d5d                	or	a0,a0,a5
80001eea:	4581                	li	a1,0
80001eec:	8082                	ret
80001eee:	01000537          	lui	a0,0x1000
80001ef2:	46c1                	li	a3,16
80001ef4:	f4a66de3          	bltu	a2,a0,80001e4e <__udivdi3+0x2a>
80001ef8:	46e1                	li	a3,24
80001efa:	bf91                	j	80001e4e <__udivdi3+0x2a>
80001efc:	4681                	li	a3,0
80001efe:	ca09                	beqz	a2,80001f10 <__udivdi3+0xec>
80001f00:	67c1                	lui	a5,0x10
80001f02:	08f67f63          	bgeu	a2,a5,80001fa0 <__udivdi3+0x17c>
80001f06:	10063693          	sltiu	a3,a2,256
80001f0a:	0016c693          	xor	a3,a3,1
80001f0e:	068e                	sll	a3,a3,0x3
80001f10:	00d657b3          	srl	a5,a2,a3
80001f14:	95be                	add	a1,a1,a5
80001f16:	0005c783          	lbu	a5,0(a1)
80001f1a:	97b6                	add	a5,a5,a3
80001f1c:	02000693          	li	a3,32
80001f20:	40f685b3          	sub	a1,a3,a5
80001f24:	08f69563          	bne	a3,a5,80001fae <__udivdi3+0x18a>
80001f28:	40c307b3          	sub	a5,t1,a2
80001f2c:	4585                	li	a1,1
80001f2e:	01075893          	srl	a7,a4,0x10
80001f32:	0317de33          	divu	t3,a5,a7
80001f36:	01071613          	sll	a2,a4,0x10
80001f3a:	8241                	srl	a2,a2,0x10
80001f3c:	01085693          	srl	a3,a6,0x10
80001f40:	0317f7b3          	remu	a5,a5,a7
80001f44:	8572                	mv	a0,t3
80001f46:	03c60333          	mul	t1,a2,t3
80001f4a:	07c2                	sll	a5,a5,0x10
80001f4c:	8fd5                	or	a5,a5,a3
80001f4e:	0067fc63          	bgeu	a5,t1,80001f66 <__udivdi3+0x142>
80001f52:	97ba                	add	a5,a5,a4
80001f54:	fffe0513          	add	a0,t3,-1
80001f58:	00e7e763          	bltu	a5,a4,80001f66 <__udivdi3+0x142>
80001f5c:	0067f563          	bgeu	a5,t1,80001f66 <__udivdi3+0x142>
80001f60:	ffee0513          	add	a0,t3,-2
80001f64:	97ba                	add	a5,a5,a4
80001f66:	406787b3          	sub	a5,a5,t1
80001f6a:	0317d333          	divu	t1,a5,a7
80001f6e:	0842                	sll	a6,a6,0x10
80001f70:	01085813          	srl	a6,a6,0x10
80001f74:	0317f7b3          	remu	a5,a5,a7
80001f78:	026606b3          	mul	a3,a2,t1
80001f7c:	07c2                	sll	a5,a5,0x10
80001f7e:	00f86833          	or	a6,a6,a5
80001f82:	879a                	mv	a5,t1
80001f84:	00d87b63          	bgeu	a6,a3,80001f9a <__udivdi3+0x176>
80001f88:	983a                	add	a6,a6,a4
80001f8a:	fff30793          	add	a5,t1,-1
80001f8e:	00e86663          	bltu	a6,a4,80001f9a <__udivdi3+0x176>
80001f92:	00d87463          	bgeu	a6,a3,80001f9a <__udivdi3+0x176>
80001f96:	ffe30793          	add	a5,t1,-2
80001f9a:	0542                	sll	a0,a0,0x10
80001f9c:	8d5d                	or	a0,a0,a5
80001f9e:	8082                	ret
80001fa0:	010007b7          	lui	a5,0x1000
80001fa4:	46c1                	li	a3,16
80001fa6:	f6f665e3          	bltu	a2,a5,80001f10 <__udivdi3+0xec>
80001faa:	46e1                	li	a3,24
80001fac:	b795                	j	80001f10 <__udivdi3+0xec>
80001fae:	00b61733          	sll	a4,a2,a1
80001fb2:	00f356b3          	srl	a3,t1,a5
80001fb6:	01075513          	srl	a0,a4,0x10
80001fba:	00b31333          	sll	t1,t1,a1
80001fbe:	00f8d7b3          	srl	a5,a7,a5
80001fc2:	0067e7b3          	or	a5,a5,t1
80001fc6:	02a6d333          	divu	t1,a3,a0
80001fca:	01071613          	sll	a2,a4,0x10
80001fce:	8241                	srl	a2,a2,0x10
80001fd0:	00b89833          	sll	a6,a7,a1
80001fd4:	02a6f6b3          	remu	a3,a3,a0
80001fd8:	026608b3          	mul	a7,a2,t1
80001fdc:	01069593          	sll	a1,a3,0x10
80001fe0:	0107d693          	srl	a3,a5,0x10
80001fe4:	8ecd                	or	a3,a3,a1
80001fe6:	859a                	mv	a1,t1
80001fe8:	0116fc63          	bgeu	a3,a7,80002000 <__udivdi3+0x1dc>
80001fec:	96ba                	add	a3,a3,a4
80001fee:	fff30593          	add	a1,t1,-1
80001ff2:	00e6e763          	bltu	a3,a4,80002000 <__udivdi3+0x1dc>
80001ff6:	0116f563          	bgeu	a3,a7,80002000 <__udivdi3+0x1dc>
80001ffa:	ffe30593          	add	a1,t1,-2
80001ffe:	96ba                	add	a3,a3,a4
80002000:	411686b3          	sub	a3,a3,a7
80002004:	02a6d8b3          	divu	a7,a3,a0
80002008:	07c2                	sll	a5,a5,0x10
8000200a:	83c1                	srl	a5,a5,0x10
8000200c:	02a6f6b3          	remu	a3,a3,a0
80002010:	03160633          	mul	a2,a2,a7
80002014:	06c2                	sll	a3,a3,0x10
80002016:	8fd5                	or	a5,a5,a3
80002018:	86c6                	mv	a3,a7
8000201a:	00c7fc63          	bgeu	a5,a2,80002032 <__udivdi3+0x20e>
8000201e:	97ba                	add	a5,a5,a4
80002020:	fff88693          	add	a3,a7,-1
80002024:	00e7e763          	bltu	a5,a4,80002032 <__udivdi3+0x20e>
80002028:	00c7f563          	bgeu	a5,a2,80002032 <__udivdi3+0x20e>
8000202c:	ffe88693          	add	a3,a7,-2
80002030:	97ba                	add	a5,a5,a4
80002032:	05c2                	sll	a1,a1,0x10
80002034:	8f91                	sub	a5,a5,a2
80002036:	8dd5                	or	a1,a1,a3
80002038:	bddd                	j	80001f2e <__udivdi3+0x10a>
8000203a:	14d5e163          	bltu	a1,a3,8000217c <__udivdi3+0x358>
8000203e:	67c1                	lui	a5,0x10
80002040:	02f6ff63          	bgeu	a3,a5,8000207e <__udivdi3+0x25a>
80002044:	1006b713          	sltiu	a4,a3,256
80002048:	00174713          	xor	a4,a4,1
8000204c:	070e                	sll	a4,a4,0x3
8000204e:	00e6d5b3          	srl	a1,a3,a4
80002052:	00001797          	auipc	a5,0x1
80002056:	c5278793          	add	a5,a5,-942 # 80002ca4 <__clz_tab>
8000205a:	97ae                	add	a5,a5,a1
8000205c:	0007c783          	lbu	a5,0(a5)
80002060:	97ba                	add	a5,a5,a4
80002062:	02000713          	li	a4,32
80002066:	40f705b3          	sub	a1,a4,a5
8000206a:	02f71163          	bne	a4,a5,8000208c <__udivdi3+0x268>
8000206e:	4505                	li	a0,1
80002070:	e666eee3          	bltu	a3,t1,80001eec <__udivdi3+0xc8>
80002074:	00c8b533          	sltu	a0,a7,a2
80002078:	00154513          	xor	a0,a0,1
8000207c:	8082                	ret
8000207e:	010007b7          	lui	a5,0x1000
80002082:	4741                	li	a4,16
80002084:	fcf6e5e3          	bltu	a3,a5,8000204e <__udivdi3+0x22a>
80002088:	4761                	li	a4,24
8000208a:	b7d1                	j	8000204e <__udivdi3+0x22a>
8000208c:	00f65733          	srl	a4,a2,a5
80002090:	00b696b3          	sll	a3,a3,a1
80002094:	8ed9                	or	a3,a3,a4
80002096:	00f35733          	srl	a4,t1,a5
8000209a:	00b31333          	sll	t1,t1,a1
8000209e:	00f8d7b3          	srl	a5,a7,a5
800020a2:	0067e7b3          	or	a5,a5,t1
800020a6:	0106d313          	srl	t1,a3,0x10
800020aa:	02675eb3          	divu	t4,a4,t1
800020ae:	01069813          	sll	a6,a3,0x10
800020b2:	01085813          	srl	a6,a6,0x10
800020b6:	00b61633          	sll	a2,a2,a1
800020ba:	02677733          	remu	a4,a4,t1
800020be:	03d80e33          	mul	t3,a6,t4
800020c2:	01071513          	sll	a0,a4,0x10
800020c6:	0107d713          	srl	a4,a5,0x10
800020ca:	8f49                	or	a4,a4,a0
800020cc:	8576                	mv	a0,t4
800020ce:	01c77c63          	bgeu	a4,t3,800020e6 <__udivdi3+0x2c2>
800020d2:	9736                	add	a4,a4,a3
800020d4:	fffe8513          	add	a0,t4,-1
800020d8:	00d76763          	bltu	a4,a3,800020e6 <__udivdi3+0x2c2>
800020dc:	01c77563          	bgeu	a4,t3,800020e6 <__udivdi3+0x2c2>
800020e0:	ffee8513          	add	a0,t4,-2
800020e4:	9736                	add	a4,a4,a3
800020e6:	41c70733          	sub	a4,a4,t3
800020ea:	02675e33          	divu	t3,a4,t1
800020ee:	07c2                	sll	a5,a5,0x10
800020f0:	83c1                	srl	a5,a5,0x10
800020f2:	02677733          	remu	a4,a4,t1
800020f6:	03c80833          	mul	a6,a6,t3
800020fa:	0742                	sll	a4,a4,0x10
800020fc:	8fd9                	or	a5,a5,a4
800020fe:	8772                	mv	a4,t3
80002100:	0107fc63          	bgeu	a5,a6,80002118 <__udivdi3+0x2f4>
80002104:	97b6                	add	a5,a5,a3
80002106:	fffe0713          	add	a4,t3,-1
8000210a:	00d7e763          	bltu	a5,a3,80002118 <__udivdi3+0x2f4>
8000210e:	0107f563          	bgeu	a5,a6,80002118 <__udivdi3+0x2f4>
80002112:	ffee0713          	add	a4,t3,-2
80002116:	97b6                	add	a5,a5,a3
80002118:	0542                	sll	a0,a0,0x10
8000211a:	6e41                	lui	t3,0x10
8000211c:	8d59                	or	a0,a0,a4
8000211e:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80002122:	00d57733          	and	a4,a0,a3
80002126:	410787b3          	sub	a5,a5,a6
8000212a:	8ef1                	and	a3,a3,a2
8000212c:	01055813          	srl	a6,a0,0x10
80002130:	8241                	srl	a2,a2,0x10
80002132:	02d70333          	mul	t1,a4,a3
80002136:	02d806b3          	mul	a3,a6,a3
8000213a:	02c70733          	mul	a4,a4,a2
8000213e:	02c80833          	mul	a6,a6,a2
80002142:	00d70633          	add	a2,a4,a3
80002146:	01035713          	srl	a4,t1,0x10
8000214a:	9732                	add	a4,a4,a2
8000214c:	00d77363          	bgeu	a4,a3,80002152 <__udivdi3+0x32e>
80002150:	9872                	add	a6,a6,t3
80002152:	01075693          	srl	a3,a4,0x10
80002156:	96c2                	add	a3,a3,a6
80002158:	02d7e063          	bltu	a5,a3,80002178 <__udivdi3+0x354>
8000215c:	d8d797e3          	bne	a5,a3,80001eea <__udivdi3+0xc6>
80002160:	67c1                	lui	a5,0x10
80002162:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
80002164:	8f7d                	and	a4,a4,a5
80002166:	0742                	sll	a4,a4,0x10
80002168:	00f37333          	and	t1,t1,a5
8000216c:	00b898b3          	sll	a7,a7,a1
80002170:	971a                	add	a4,a4,t1
80002172:	4581                	li	a1,0
80002174:	d6e8fce3          	bgeu	a7,a4,80001eec <__udivdi3+0xc8>
80002178:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
8000217a:	bb85                	j	80001eea <__udivdi3+0xc6>
8000217c:	4581                	li	a1,0
8000217e:	4501                	li	a0,0
80002180:	8082                	ret

80002182 <__umoddi3>:
80002182:	8832                	mv	a6,a2
80002184:	87aa                	mv	a5,a0
80002186:	872e                	mv	a4,a1
80002188:	1a069363          	bnez	a3,8000232e <__umoddi3+0x1ac>
8000218c:	00001897          	auipc	a7,0x1
80002190:	b1888893          	add	a7,a7,-1256 # 80002ca4 <__clz_tab>
80002194:	0ac5f663          	bgeu	a1,a2,80002240 <__umoddi3+0xbe>
80002198:	66c1                	lui	a3,0x10
8000219a:	08d67c63          	bgeu	a2,a3,80002232 <__umoddi3+0xb0>
8000219e:	10063693          	sltiu	a3,a2,256
800021a2:	0016c693          	xor	a3,a3,1
800021a6:	068e                	sll	a3,a3,0x3
800021a8:	00d65333          	srl	t1,a2,a3
800021ac:	989a                	add	a7,a7,t1
800021ae:	0008c883          	lbu	a7,0(a7)
800021b2:	02000313          	li	t1,32
800021b6:	96c6                	add	a3,a3,a7
800021b8:	40d308b3          	sub	a7,t1,a3
800021bc:	00d30b63          	beq	t1,a3,800021d2 <__umoddi3+0x50>
800021c0:	01159733          	sll	a4,a1,a7
800021c4:	00d556b3          	srl	a3,a0,a3
800021c8:	01161833          	sll	a6,a2,a7
800021cc:	8f55                	or	a4,a4,a3
800021ce:	011517b3          	sll	a5,a0,a7
800021d2:	01085613          	srl	a2,a6,0x10
800021d6:	02c756b3          	divu	a3,a4,a2
800021da:	01081513          	sll	a0,a6,0x10
800021de:	8141                	srl	a0,a0,0x10
800021e0:	02c77733          	remu	a4,a4,a2
800021e4:	02a686b3          	mul	a3,a3,a0
800021e8:	01071593          	sll	a1,a4,0x10
800021ec:	0107d713          	srl	a4,a5,0x10
800021f0:	8f4d                	or	a4,a4,a1
800021f2:	00d77863          	bgeu	a4,a3,80002202 <__umoddi3+0x80>
800021f6:	9742                	add	a4,a4,a6
800021f8:	01076563          	bltu	a4,a6,80002202 <__umoddi3+0x80>
800021fc:	00d77363          	bgeu	a4,a3,80002202 <__umoddi3+0x80>
80002200:	9742                	add	a4,a4,a6
80002202:	8f15                	sub	a4,a4,a3
80002204:	02c756b3          	divu	a3,a4,a2
80002208:	02c77733          	remu	a4,a4,a2
8000220c:	02a686b3          	mul	a3,a3,a0
80002210:	07c2                	sll	a5,a5,0x10
80002212:	0742                	sll	a4,a4,0x10
80002214:	83c1                	srl	a5,a5,0x10
80002216:	8fd9                	or	a5,a5,a4
80002218:	00d7f863          	bgeu	a5,a3,80002228 <__umoddi3+0xa6>
8000221c:	97c2                	add	a5,a5,a6
8000221e:	0107e563          	bltu	a5,a6,80002228 <__umoddi3+0xa6>
80002222:	00d7f363          	bgeu	a5,a3,80002228 <__umoddi3+0xa6>
80002226:	97c2                	add	a5,a5,a6
80002228:	8f95                	sub	a5,a5,a3
8000222a:	0117d533          	srl	a0,a5,a7
8000222e:	4581                	li	a1,0
80002230:	8082                	ret
80002232:	01000337          	lui	t1,0x1000
80002236:	46c1                	li	a3,16
80002238:	f66668e3          	bltu	a2,t1,800021a8 <__umoddi3+0x26>
8000223c:	46e1                	li	a3,24
8000223e:	b7ad                	j	800021a8 <__umoddi3+0x26>
80002240:	4681                	li	a3,0
80002242:	ca09                	beqz	a2,80002254 <__umoddi3+0xd2>
80002244:	6741                	lui	a4,0x10
80002246:	06e67463          	bgeu	a2,a4,800022ae <__umoddi3+0x12c>
8000224a:	10063693          	sltiu	a3,a2,256
8000224e:	0016c693          	xor	a3,a3,1
80002252:	068e                	sll	a3,a3,0x3
80002254:	00d65733          	srl	a4,a2,a3
80002258:	98ba                	add	a7,a7,a4
8000225a:	0008c703          	lbu	a4,0(a7)
8000225e:	9736                	add	a4,a4,a3
80002260:	02000693          	li	a3,32
80002264:	40e688b3          	sub	a7,a3,a4
80002268:	04e69a63          	bne	a3,a4,800022bc <__umoddi3+0x13a>
8000226c:	40c58733          	sub	a4,a1,a2
80002270:	01085593          	srl	a1,a6,0x10
80002274:	02b75633          	divu	a2,a4,a1
80002278:	01081513          	sll	a0,a6,0x10
8000227c:	8141                	srl	a0,a0,0x10
8000227e:	0107d693          	srl	a3,a5,0x10
80002282:	02b77733          	remu	a4,a4,a1
80002286:	02a60633          	mul	a2,a2,a0
8000228a:	0742                	sll	a4,a4,0x10
8000228c:	8f55                	or	a4,a4,a3
8000228e:	00c77863          	bgeu	a4,a2,8000229e <__umoddi3+0x11c>
80002292:	9742                	add	a4,a4,a6
80002294:	01076563          	bltu	a4,a6,8000229e <__umoddi3+0x11c>
80002298:	00c77363          	bgeu	a4,a2,8000229e <__umoddi3+0x11c>
8000229c:	9742                	add	a4,a4,a6
8000229e:	8f11                	sub	a4,a4,a2
800022a0:	02b756b3          	divu	a3,a4,a1
800022a4:	02b77733          	remu	a4,a4,a1
800022a8:	02a686b3          	mul	a3,a3,a0
800022ac:	b795                	j	80002210 <__umoddi3+0x8e>
800022ae:	01000737          	lui	a4,0x1000
800022b2:	46c1                	li	a3,16
800022b4:	fae660e3          	bltu	a2,a4,80002254 <__umoddi3+0xd2>
800022b8:	46e1                	li	a3,24
800022ba:	bf69                	j	80002254 <__umoddi3+0xd2>
800022bc:	01161833          	sll	a6,a2,a7
800022c0:	00e5d6b3          	srl	a3,a1,a4
800022c4:	011517b3          	sll	a5,a0,a7
800022c8:	011595b3          	sll	a1,a1,a7
800022cc:	00e55733          	srl	a4,a0,a4
800022d0:	01085513          	srl	a0,a6,0x10
800022d4:	8f4d                	or	a4,a4,a1
800022d6:	02a6d5b3          	divu	a1,a3,a0
800022da:	01081313          	sll	t1,a6,0x10
800022de:	01035313          	srl	t1,t1,0x10
800022e2:	02a6f6b3          	remu	a3,a3,a0
800022e6:	026585b3          	mul	a1,a1,t1
800022ea:	01069613          	sll	a2,a3,0x10
800022ee:	01075693          	srl	a3,a4,0x10
800022f2:	8ed1                	or	a3,a3,a2
800022f4:	00b6f863          	bgeu	a3,a1,80002304 <__umoddi3+0x182>
800022f8:	96c2                	add	a3,a3,a6
800022fa:	0106e563          	bltu	a3,a6,80002304 <__umoddi3+0x182>
800022fe:	00b6f363          	bgeu	a3,a1,80002304 <__umoddi3+0x182>
80002302:	96c2                	add	a3,a3,a6
80002304:	8e8d                	sub	a3,a3,a1
80002306:	02a6d633          	divu	a2,a3,a0
8000230a:	0742                	sll	a4,a4,0x10
8000230c:	8341                	srl	a4,a4,0x10
8000230e:	02a6f6b3          	remu	a3,a3,a0
80002312:	02660633          	mul	a2,a2,t1
80002316:	06c2                	sll	a3,a3,0x10
80002318:	8f55                	or	a4,a4,a3
8000231a:	00c77863          	bgeu	a4,a2,8000232a <__umoddi3+0x1a8>
8000231e:	9742                	add	a4,a4,a6
80002320:	01076563          	bltu	a4,a6,8000232a <__umoddi3+0x1a8>
80002324:	00c77363          	bgeu	a4,a2,8000232a <__umoddi3+0x1a8>
80002328:	9742                	add	a4,a4,a6
8000232a:	8f11                	sub	a4,a4,a2
8000232c:	b791                	j	80002270 <__umoddi3+0xee>
8000232e:	16d5ed63          	bltu	a1,a3,800024a8 <__umoddi3+0x326>
80002332:	6841                	lui	a6,0x10
80002334:	0506f763          	bgeu	a3,a6,80002382 <__umoddi3+0x200>
80002338:	1006b813          	sltiu	a6,a3,256
8000233c:	00184813          	xor	a6,a6,1
80002340:	080e                	sll	a6,a6,0x3
80002342:	0106d333          	srl	t1,a3,a6
80002346:	00001897          	auipc	a7,0x1
8000234a:	95e88893          	add	a7,a7,-1698 # 80002ca4 <__clz_tab>
8000234e:	989a                	add	a7,a7,t1
80002350:	0008c883          	lbu	a7,0(a7)
80002354:	02000313          	li	t1,32
80002358:	98c2                	add	a7,a7,a6
8000235a:	41130833          	sub	a6,t1,a7
8000235e:	03131963          	bne	t1,a7,80002390 <__umoddi3+0x20e>
80002362:	00b6e463          	bltu	a3,a1,8000236a <__umoddi3+0x1e8>
80002366:	00c56b63          	bltu	a0,a2,8000237c <__umoddi3+0x1fa>
8000236a:	40c50633          	sub	a2,a0,a2
8000236e:	40d586b3          	sub	a3,a1,a3
80002372:	00c53733          	sltu	a4,a0,a2
80002376:	87b2                	mv	a5,a2
80002378:	40e68733          	sub	a4,a3,a4
8000237c:	853e                	mv	a0,a5
8000237e:	85ba                	mv	a1,a4
80002380:	8082                	ret
80002382:	010008b7          	lui	a7,0x1000
80002386:	4841                	li	a6,16
80002388:	fb16ede3          	bltu	a3,a7,80002342 <__umoddi3+0x1c0>
8000238c:	4861                	li	a6,24
8000238e:	bf55                	j	80002342 <__umoddi3+0x1c0>
80002390:	011657b3          	srl	a5,a2,a7
80002394:	010696b3          	sll	a3,a3,a6
80002398:	8edd                	or	a3,a3,a5
8000239a:	0115d733          	srl	a4,a1,a7
8000239e:	0106de13          	srl	t3,a3,0x10
800023a2:	03c75f33          	divu	t5,a4,t3
800023a6:	01069313          	sll	t1,a3,0x10
800023aa:	01035313          	srl	t1,t1,0x10
800023ae:	010597b3          	sll	a5,a1,a6
800023b2:	011555b3          	srl	a1,a0,a7
800023b6:	8ddd                	or	a1,a1,a5
800023b8:	0105d793          	srl	a5,a1,0x10
800023bc:	01061633          	sll	a2,a2,a6
800023c0:	01051533          	sll	a0,a0,a6
800023c4:	03c77733          	remu	a4,a4,t3
800023c8:	03e30eb3          	mul	t4,t1,t5
800023cc:	0742                	sll	a4,a4,0x10
800023ce:	8fd9                	or	a5,a5,a4
800023d0:	877a                	mv	a4,t5
800023d2:	01d7fc63          	bgeu	a5,t4,800023ea <__umoddi3+0x268>
800023d6:	97b6                	add	a5,a5,a3
800023d8:	ffff0713          	add	a4,t5,-1
800023dc:	00d7e763          	bltu	a5,a3,800023ea <__umoddi3+0x268>
800023e0:	01d7f563          	bgeu	a5,t4,800023ea <__umoddi3+0x268>
800023e4:	ffef0713          	add	a4,t5,-2
800023e8:	97b6                	add	a5,a5,a3
800023ea:	41d787b3          	sub	a5,a5,t4
800023ee:	03c7deb3          	divu	t4,a5,t3
800023f2:	05c2                	sll	a1,a1,0x10
800023f4:	81c1                	srl	a1,a1,0x10
800023f6:	03c7f7b3          	remu	a5,a5,t3
800023fa:	8e76                	mv	t3,t4
800023fc:	03d30333          	mul	t1,t1,t4
80002400:	07c2                	sll	a5,a5,0x10
80002402:	8ddd                	or	a1,a1,a5
80002404:	0065fc63          	bgeu	a1,t1,8000241c <__umoddi3+0x29a>
80002408:	95b6                	add	a1,a1,a3
8000240a:	fffe8e13          	add	t3,t4,-1
8000240e:	00d5e763          	bltu	a1,a3,8000241c <__umoddi3+0x29a>
80002412:	0065f563          	bgeu	a1,t1,8000241c <__umoddi3+0x29a>
80002416:	ffee8e13          	add	t3,t4,-2
8000241a:	95b6                	add	a1,a1,a3
8000241c:	01071793          	sll	a5,a4,0x10
80002420:	6f41                	lui	t5,0x10
80002422:	01c7e7b3          	or	a5,a5,t3
80002426:	406585b3          	sub	a1,a1,t1
8000242a:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
8000242e:	0067f733          	and	a4,a5,t1
80002432:	01065e13          	srl	t3,a2,0x10
80002436:	83c1                	srl	a5,a5,0x10
80002438:	00667333          	and	t1,a2,t1
8000243c:	02670eb3          	mul	t4,a4,t1
80002440:	02678333          	mul	t1,a5,t1
80002444:	03c70733          	mul	a4,a4,t3
80002448:	03c787b3          	mul	a5,a5,t3
8000244c:	00670e33          	add	t3,a4,t1
80002450:	010ed713          	srl	a4,t4,0x10
80002454:	9772                	add	a4,a4,t3
80002456:	00677363          	bgeu	a4,t1,8000245c <__umoddi3+0x2da>
8000245a:	97fa                	add	a5,a5,t5
8000245c:	01075313          	srl	t1,a4,0x10
80002460:	979a                	add	a5,a5,t1
80002462:	6341                	lui	t1,0x10
80002464:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
80002466:	00677733          	and	a4,a4,t1
8000246a:	0742                	sll	a4,a4,0x10
8000246c:	006efeb3          	and	t4,t4,t1
80002470:	9776                	add	a4,a4,t4
80002472:	00f5e663          	bltu	a1,a5,8000247e <__umoddi3+0x2fc>
80002476:	00f59b63          	bne	a1,a5,8000248c <__umoddi3+0x30a>
8000247a:	00e57963          	bgeu	a0,a4,8000248c <__umoddi3+0x30a>
8000247e:	40c70633          	sub	a2,a4,a2
80002482:	00c73333          	sltu	t1,a4,a2
80002486:	969a                	add	a3,a3,t1
80002488:	8732                	mv	a4,a2
8000248a:	8f95                	sub	a5,a5,a3
8000248c:	40e50733          	sub	a4,a0,a4
80002490:	00e53533          	sltu	a0,a0,a4
80002494:	8d9d                	sub	a1,a1,a5
80002496:	8d89                	sub	a1,a1,a0
80002498:	011598b3          	sll	a7,a1,a7
8000249c:	01075733          	srl	a4,a4,a6
800024a0:	00e8e533          	or	a0,a7,a4
800024a4:	0105d5b3          	srl	a1,a1,a6
800024a8:	8082                	ret

800024aa <__riscv_save_12>:
800024aa:	7139                	add	sp,sp,-64
800024ac:	4301                	li	t1,0
800024ae:	c66e                	sw	s11,12(sp)
800024b0:	a019                	j	800024b6 <__riscv_save_10+0x4>

800024b2 <__riscv_save_10>:
800024b2:	7139                	add	sp,sp,-64
800024b4:	5341                	li	t1,-16
800024b6:	c86a                	sw	s10,16(sp)
800024b8:	ca66                	sw	s9,20(sp)
800024ba:	cc62                	sw	s8,24(sp)
800024bc:	ce5e                	sw	s7,28(sp)
800024be:	a019                	j	800024c4 <__riscv_save_4+0x4>

800024c0 <__riscv_save_4>:
800024c0:	7139                	add	sp,sp,-64
800024c2:	5301                	li	t1,-32
800024c4:	d05a                	sw	s6,32(sp)
800024c6:	d256                	sw	s5,36(sp)
800024c8:	d452                	sw	s4,40(sp)
800024ca:	d64e                	sw	s3,44(sp)
800024cc:	d84a                	sw	s2,48(sp)
800024ce:	da26                	sw	s1,52(sp)
800024d0:	dc22                	sw	s0,56(sp)
800024d2:	de06                	sw	ra,60(sp)
800024d4:	40610133          	sub	sp,sp,t1
800024d8:	8282                	jr	t0

800024da <__riscv_save_0>:
800024da:	1141                	add	sp,sp,-16
800024dc:	c04a                	sw	s2,0(sp)
800024de:	c226                	sw	s1,4(sp)
800024e0:	c422                	sw	s0,8(sp)
800024e2:	c606                	sw	ra,12(sp)
800024e4:	8282                	jr	t0

800024e6 <__riscv_restore_12>:
800024e6:	4db2                	lw	s11,12(sp)
800024e8:	0141                	add	sp,sp,16

800024ea <__riscv_restore_10>:
800024ea:	4d02                	lw	s10,0(sp)
800024ec:	4c92                	lw	s9,4(sp)
800024ee:	4c22                	lw	s8,8(sp)
800024f0:	4bb2                	lw	s7,12(sp)
800024f2:	0141                	add	sp,sp,16

800024f4 <__riscv_restore_4>:
800024f4:	4b02                	lw	s6,0(sp)
800024f6:	4a92                	lw	s5,4(sp)
800024f8:	4a22                	lw	s4,8(sp)
800024fa:	49b2                	lw	s3,12(sp)
800024fc:	0141                	add	sp,sp,16

800024fe <__riscv_restore_0>:
800024fe:	4902                	lw	s2,0(sp)
80002500:	4492                	lw	s1,4(sp)
80002502:	4422                	lw	s0,8(sp)
80002504:	40b2                	lw	ra,12(sp)
80002506:	0141                	add	sp,sp,16
80002508:	8082                	ret
