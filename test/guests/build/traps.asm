
build/traps.elf:     file format elf32-littleriscv


Disassembly of section .text:

80000000 <_start>:
80000000:	00004197          	auipc	gp,0x4
80000004:	82818193          	add	gp,gp,-2008 # 80003828 <__global_pointer$>
80000008:	01000117          	auipc	sp,0x1000
8000000c:	ff810113          	add	sp,sp,-8 # 81000000 <__stack_top>
80000010:	00003217          	auipc	tp,0x3
80000014:	01820213          	add	tp,tp,24 # 80003028 <__bss_start>
80000018:	00003297          	auipc	t0,0x3
8000001c:	01028293          	add	t0,t0,16 # 80003028 <__bss_start>
80000020:	00003317          	auipc	t1,0x3
80000024:	43030313          	add	t1,t1,1072 # 80003450 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0)
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	60828293          	add	t0,t0,1544 # 8000063c <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	734000ef          	jal	80000774 <__libc_init_array>
80000044:	4501                	li	a0,0
80000046:	4581                	li	a1,0
80000048:	2021                	jal	80000050 <main>
8000004a:	790000ef          	jal	800007da <exit>
8000004e:	a001                	j	8000004e <_start+0x4e>

80000050 <main>:
80000050:	80002537          	lui	a0,0x80002
80000054:	7179                	add	sp,sp,-48
80000056:	7c050513          	add	a0,a0,1984 # 800027c0 <__text_end+0x86>
8000005a:	d606                	sw	ra,44(sp)
8000005c:	d422                	sw	s0,40(sp)
8000005e:	d226                	sw	s1,36(sp)
80000060:	d04a                	sw	s2,32(sp)
80000062:	ce4e                	sw	s3,28(sp)
80000064:	cc52                	sw	s4,24(sp)
80000066:	ca56                	sw	s5,20(sp)
80000068:	c85a                	sw	s6,16(sp)
8000006a:	c65e                	sw	s7,12(sp)
8000006c:	c462                	sw	s8,8(sp)
8000006e:	78a000ef          	jal	800007f8 <printf>
80000072:	800037b7          	lui	a5,0x80003
80000076:	45078793          	add	a5,a5,1104 # 80003450 <__bss_end>
8000007a:	34079073          	csrw	mscratch,a5
8000007e:	800007b7          	lui	a5,0x80000
80000082:	5a478793          	add	a5,a5,1444 # 800005a4 <trap_m_entry>
80000086:	30579073          	csrw	mtvec,a5
8000008a:	800034b7          	lui	s1,0x80003
8000008e:	0404a683          	lw	a3,64(s1) # 80003040 <trap_count>
80000092:	00000597          	auipc	a1,0x0
80000096:	00858593          	add	a1,a1,8 # 8000009a <main+0x4a>
8000009a:	00000073          	ecall
8000009e:	80002537          	lui	a0,0x80002
800000a2:	462d                	li	a2,11
800000a4:	7c850513          	add	a0,a0,1992 # 800027c8 <__text_end+0x8e>
800000a8:	26c5                	jal	80000488 <report>
800000aa:	4501                	li	a0,0
800000ac:	29b9                	jal	8000050a <report_tval>
800000ae:	0404a683          	lw	a3,64(s1)
800000b2:	00000417          	auipc	s0,0x0
800000b6:	00840413          	add	s0,s0,8 # 800000ba <main+0x6a>
800000ba:	9002                	ebreak
800000bc:	80002537          	lui	a0,0x80002
800000c0:	460d                	li	a2,3
800000c2:	85a2                	mv	a1,s0
800000c4:	7d050513          	add	a0,a0,2000 # 800027d0 <__text_end+0x96>
800000c8:	80003a37          	lui	s4,0x80003
800000cc:	2e75                	jal	80000488 <report>
800000ce:	034a2783          	lw	a5,52(s4) # 80003034 <last_tval>
800000d2:	cb91                	beqz	a5,800000e6 <main+0x96>
800000d4:	034a2783          	lw	a5,52(s4)
800000d8:	00f40763          	beq	s0,a5,800000e6 <main+0x96>
800000dc:	800025b7          	lui	a1,0x80002
800000e0:	7b058593          	add	a1,a1,1968 # 800027b0 <__text_end+0x76>
800000e4:	a029                	j	800000ee <main+0x9e>
800000e6:	800025b7          	lui	a1,0x80002
800000ea:	7b458593          	add	a1,a1,1972 # 800027b4 <__text_end+0x7a>
800000ee:	800029b7          	lui	s3,0x80002
800000f2:	7d898513          	add	a0,s3,2008 # 800027d8 <__text_end+0x9e>
800000f6:	702000ef          	jal	800007f8 <printf>
800000fa:	034a2783          	lw	a5,52(s4)
800000fe:	4701                	li	a4,0
80000100:	c791                	beqz	a5,8000010c <main+0xbc>
80000102:	034a2783          	lw	a5,52(s4)
80000106:	8c1d                	sub	s0,s0,a5
80000108:	00803733          	snez	a4,s0
8000010c:	80003437          	lui	s0,0x80003
80000110:	03042783          	lw	a5,48(s0) # 80003030 <failures>
80000114:	0404a683          	lw	a3,64(s1)
80000118:	97ba                	add	a5,a5,a4
8000011a:	02f42823          	sw	a5,48(s0)
8000011e:	00000917          	auipc	s2,0x0
80000122:	00890913          	add	s2,s2,8 # 80000126 <main+0xd6>
80000126:	9002                	ebreak
80000128:	80002537          	lui	a0,0x80002
8000012c:	460d                	li	a2,3
8000012e:	85ca                	mv	a1,s2
80000130:	7e450513          	add	a0,a0,2020 # 800027e4 <__text_end+0xaa>
80000134:	2e91                	jal	80000488 <report>
80000136:	034a2783          	lw	a5,52(s4)
8000013a:	cb91                	beqz	a5,8000014e <main+0xfe>
8000013c:	034a2783          	lw	a5,52(s4)
80000140:	00f90763          	beq	s2,a5,8000014e <main+0xfe>
80000144:	800025b7          	lui	a1,0x80002
80000148:	7b058593          	add	a1,a1,1968 # 800027b0 <__text_end+0x76>
8000014c:	a029                	j	80000156 <main+0x106>
8000014e:	800025b7          	lui	a1,0x80002
80000152:	7b458593          	add	a1,a1,1972 # 800027b4 <__text_end+0x7a>
80000156:	7d898513          	add	a0,s3,2008
8000015a:	2d79                	jal	800007f8 <printf>
8000015c:	034a2783          	lw	a5,52(s4)
80000160:	4701                	li	a4,0
80000162:	c799                	beqz	a5,80000170 <main+0x120>
80000164:	034a2783          	lw	a5,52(s4)
80000168:	40f90933          	sub	s2,s2,a5
8000016c:	01203733          	snez	a4,s2
80000170:	03042783          	lw	a5,48(s0)
80000174:	0404a683          	lw	a3,64(s1)
80000178:	97ba                	add	a5,a5,a4
8000017a:	02f42823          	sw	a5,48(s0)
8000017e:	00000597          	auipc	a1,0x0
80000182:	00858593          	add	a1,a1,8 # 80000186 <main+0x136>
80000186:	c0001073          	.word	0xc0001073
8000018a:	80002537          	lui	a0,0x80002
8000018e:	4609                	li	a2,2
80000190:	7f050513          	add	a0,a0,2032 # 800027f0 <__text_end+0xb6>
80000194:	2cd5                	jal	80000488 <report>
80000196:	c0001537          	lui	a0,0xc0001
8000019a:	07350513          	add	a0,a0,115 # c0001073 <__stack_top+0x3f001073>
8000019e:	26b5                	jal	8000050a <report_tval>
800001a0:	0404a683          	lw	a3,64(s1)
800001a4:	00000597          	auipc	a1,0x0
800001a8:	00858593          	add	a1,a1,8 # 800001ac <main+0x15c>
800001ac:	f1101073          	.word	0xf1101073
800001b0:	80002537          	lui	a0,0x80002
800001b4:	4609                	li	a2,2
800001b6:	7fc50513          	add	a0,a0,2044 # 800027fc <__text_end+0xc2>
800001ba:	24f9                	jal	80000488 <report>
800001bc:	f1101537          	lui	a0,0xf1101
800001c0:	07350513          	add	a0,a0,115 # f1101073 <__stack_top+0x70101073>
800001c4:	2699                	jal	8000050a <report_tval>
800001c6:	0404a683          	lw	a3,64(s1)
800001ca:	00000597          	auipc	a1,0x0
800001ce:	00858593          	add	a1,a1,8 # 800001d2 <main+0x182>
800001d2:	0000000b          	.word	0x0000000b
800001d6:	80003537          	lui	a0,0x80003
800001da:	4609                	li	a2,2
800001dc:	80c50513          	add	a0,a0,-2036 # 8000280c <__text_end+0xd2>
800001e0:	2465                	jal	80000488 <report>
800001e2:	452d                	li	a0,11
800001e4:	261d                	jal	8000050a <report_tval>
800001e6:	0404a683          	lw	a3,64(s1)
800001ea:	00000597          	auipc	a1,0x0
800001ee:	00858593          	add	a1,a1,8 # 800001f2 <main+0x1a2>
800001f2:	0000                	.short	0x0000
800001f4:	80003537          	lui	a0,0x80003
800001f8:	4609                	li	a2,2
800001fa:	81850513          	add	a0,a0,-2024 # 80002818 <__text_end+0xde>
800001fe:	2469                	jal	80000488 <report>
80000200:	4501                	li	a0,0
80000202:	2621                	jal	8000050a <report_tval>
80000204:	12345937          	lui	s2,0x12345
80000208:	0404a683          	lw	a3,64(s1)
8000020c:	67890913          	add	s2,s2,1656 # 12345678 <__ram_size+0x11345678>
80000210:	4b91                	li	s7,4
80000212:	00000597          	auipc	a1,0x0
80000216:	00858593          	add	a1,a1,8 # 8000021a <main+0x1ca>
8000021a:	000ba903          	lw	s2,0(s7)
8000021e:	80003537          	lui	a0,0x80003
80000222:	4615                	li	a2,5
80000224:	82050513          	add	a0,a0,-2016 # 80002820 <__text_end+0xe6>
80000228:	2485                	jal	80000488 <report>
8000022a:	4511                	li	a0,4
8000022c:	2cf9                	jal	8000050a <report_tval>
8000022e:	0404a683          	lw	a3,64(s1)
80000232:	47a1                	li	a5,8
80000234:	00000597          	auipc	a1,0x0
80000238:	00858593          	add	a1,a1,8 # 8000023c <main+0x1ec>
8000023c:	0127a023          	sw	s2,0(a5)
80000240:	80003537          	lui	a0,0x80003
80000244:	461d                	li	a2,7
80000246:	82c50513          	add	a0,a0,-2004 # 8000282c <__text_end+0xf2>
8000024a:	2c3d                	jal	80000488 <report>
8000024c:	4521                	li	a0,8
8000024e:	2c75                	jal	8000050a <report_tval>
80000250:	0404a683          	lw	a3,64(s1)
80000254:	4c01                	li	s8,0
80000256:	00000597          	auipc	a1,0x0
8000025a:	00858593          	add	a1,a1,8 # 8000025e <main+0x20e>
8000025e:	000c2903          	lw	s2,0(s8)
80000262:	80003537          	lui	a0,0x80003
80000266:	4615                	li	a2,5
80000268:	83850513          	add	a0,a0,-1992 # 80002838 <__text_end+0xfe>
8000026c:	2c31                	jal	80000488 <report>
8000026e:	80003b37          	lui	s6,0x80003
80000272:	4501                	li	a0,0
80000274:	000b0993          	mv	s3,s6
80000278:	2c49                	jal	8000050a <report_tval>
8000027a:	0404a683          	lw	a3,64(s1)
8000027e:	000b0913          	mv	s2,s6
80000282:	00298a93          	add	s5,s3,2
80000286:	00000597          	auipc	a1,0x0
8000028a:	00858593          	add	a1,a1,8 # 8000028e <main+0x23e>
8000028e:	018aac2f          	amoadd.w	s8,s8,(s5)
80000292:	800037b7          	lui	a5,0x80003
80000296:	03c7a703          	lw	a4,60(a5) # 8000303c <last_cause>
8000029a:	01771563          	bne	a4,s7,800002a4 <main+0x254>
8000029e:	4719                	li	a4,6
800002a0:	02e7ae23          	sw	a4,60(a5)
800002a4:	80003537          	lui	a0,0x80003
800002a8:	4619                	li	a2,6
800002aa:	84450513          	add	a0,a0,-1980 # 80002844 <__text_end+0x10a>
800002ae:	2ae9                	jal	80000488 <report>
800002b0:	034a2583          	lw	a1,52(s4)
800002b4:	80003bb7          	lui	s7,0x80003
800002b8:	850b8513          	add	a0,s7,-1968 # 80002850 <__text_end+0x116>
800002bc:	413585b3          	sub	a1,a1,s3
800002c0:	2b25                	jal	800007f8 <printf>
800002c2:	034a2703          	lw	a4,52(s4)
800002c6:	03042783          	lw	a5,48(s0)
800002ca:	0404a683          	lw	a3,64(s1)
800002ce:	40ea8ab3          	sub	s5,s5,a4
800002d2:	01503ab3          	snez	s5,s5
800002d6:	9abe                	add	s5,s5,a5
800002d8:	03542823          	sw	s5,48(s0)
800002dc:	4781                	li	a5,0
800002de:	00198a93          	add	s5,s3,1
800002e2:	00000597          	auipc	a1,0x0
800002e6:	00858593          	add	a1,a1,8 # 800002ea <main+0x29a>
800002ea:	100aa7af          	lr.w	a5,(s5)
800002ee:	80003537          	lui	a0,0x80003
800002f2:	4611                	li	a2,4
800002f4:	86450513          	add	a0,a0,-1948 # 80002864 <__text_end+0x12a>
800002f8:	2a41                	jal	80000488 <report>
800002fa:	034a2583          	lw	a1,52(s4)
800002fe:	850b8513          	add	a0,s7,-1968
80000302:	413585b3          	sub	a1,a1,s3
80000306:	29cd                	jal	800007f8 <printf>
80000308:	034a2703          	lw	a4,52(s4)
8000030c:	03042783          	lw	a5,48(s0)
80000310:	000b2583          	lw	a1,0(s6) # 80003000 <buffer>
80000314:	40ea8ab3          	sub	s5,s5,a4
80000318:	01503ab3          	snez	s5,s5
8000031c:	80003537          	lui	a0,0x80003
80000320:	9abe                	add	s5,s5,a5
80000322:	86c50513          	add	a0,a0,-1940 # 8000286c <__text_end+0x132>
80000326:	03542823          	sw	s5,48(s0)
8000032a:	21f9                	jal	800007f8 <printf>
8000032c:	000b2783          	lw	a5,0(s6)
80000330:	fcfe0737          	lui	a4,0xfcfe0
80000334:	03042683          	lw	a3,48(s0)
80000338:	f0070713          	add	a4,a4,-256 # fcfdff00 <__stack_top+0x7bfdff00>
8000033c:	97ba                	add	a5,a5,a4
8000033e:	00f037b3          	snez	a5,a5
80000342:	97b6                	add	a5,a5,a3
80000344:	0404aa03          	lw	s4,64(s1)
80000348:	02f42823          	sw	a5,48(s0)
8000034c:	0019aa83          	lw	s5,1(s3)
80000350:	0039ab83          	lw	s7,3(s3)
80000354:	0059db03          	lhu	s6,5(s3)
80000358:	80003537          	lui	a0,0x80003
8000035c:	86da                	mv	a3,s6
8000035e:	865e                	mv	a2,s7
80000360:	85d6                	mv	a1,s5
80000362:	89450513          	add	a0,a0,-1900 # 80002894 <__text_end+0x15a>
80000366:	2949                	jal	800007f8 <printf>
80000368:	040307b7          	lui	a5,0x4030
8000036c:	20178793          	add	a5,a5,513 # 4030201 <__ram_size+0x3030201>
80000370:	4705                	li	a4,1
80000372:	10fa8063          	beq	s5,a5,80000472 <main+0x422>
80000376:	03042783          	lw	a5,48(s0)
8000037a:	97ba                	add	a5,a5,a4
8000037c:	02f42823          	sw	a5,48(s0)
80000380:	aabbd7b7          	lui	a5,0xaabbd
80000384:	cdd78793          	add	a5,a5,-803 # aabbccdd <__stack_top+0x29bbccdd>
80000388:	00f9a323          	sw	a5,6(s3)
8000038c:	67bd                	lui	a5,0xf
8000038e:	eff78793          	add	a5,a5,-257 # eeff <__stack_size-0x1101>
80000392:	00f996a3          	sh	a5,13(s3)
80000396:	80003537          	lui	a0,0x80003
8000039a:	8c450513          	add	a0,a0,-1852 # 800028c4 <__text_end+0x18a>
8000039e:	29a9                	jal	800007f8 <printf>
800003a0:	01098b13          	add	s6,s3,16
800003a4:	80003ab7          	lui	s5,0x80003
800003a8:	00092583          	lw	a1,0(s2)
800003ac:	8d8a8513          	add	a0,s5,-1832 # 800028d8 <__text_end+0x19e>
800003b0:	0911                	add	s2,s2,4
800003b2:	2199                	jal	800007f8 <printf>
800003b4:	ff691ae3          	bne	s2,s6,800003a8 <main+0x358>
800003b8:	80003537          	lui	a0,0x80003
800003bc:	91c50513          	add	a0,a0,-1764 # 8000291c <__text_end+0x1e2>
800003c0:	2925                	jal	800007f8 <printf>
800003c2:	0049a683          	lw	a3,4(s3)
800003c6:	ccdd07b7          	lui	a5,0xccdd0
800003ca:	50478793          	add	a5,a5,1284 # ccdd0504 <__stack_top+0x4bdd0504>
800003ce:	4705                	li	a4,1
800003d0:	06f68f63          	beq	a3,a5,8000044e <main+0x3fe>
800003d4:	03042783          	lw	a5,48(s0)
800003d8:	0404a583          	lw	a1,64(s1)
800003dc:	80003537          	lui	a0,0x80003
800003e0:	97ba                	add	a5,a5,a4
800003e2:	414585b3          	sub	a1,a1,s4
800003e6:	8e050513          	add	a0,a0,-1824 # 800028e0 <__text_end+0x1a6>
800003ea:	02f42823          	sw	a5,48(s0)
800003ee:	2129                	jal	800007f8 <printf>
800003f0:	0404a703          	lw	a4,64(s1)
800003f4:	03042783          	lw	a5,48(s0)
800003f8:	0404a583          	lw	a1,64(s1)
800003fc:	40ea0a33          	sub	s4,s4,a4
80000400:	01403a33          	snez	s4,s4
80000404:	80003537          	lui	a0,0x80003
80000408:	9a3e                	add	s4,s4,a5
8000040a:	8f850513          	add	a0,a0,-1800 # 800028f8 <__text_end+0x1be>
8000040e:	03442823          	sw	s4,48(s0)
80000412:	26dd                	jal	800007f8 <printf>
80000414:	03042403          	lw	s0,48(s0)
80000418:	e01d                	bnez	s0,8000043e <main+0x3ee>
8000041a:	80003537          	lui	a0,0x80003
8000041e:	92050513          	add	a0,a0,-1760 # 80002920 <__text_end+0x1e6>
80000422:	2ed9                	jal	800007f8 <printf>
80000424:	50b2                	lw	ra,44(sp)
80000426:	8522                	mv	a0,s0
80000428:	5422                	lw	s0,40(sp)
8000042a:	5492                	lw	s1,36(sp)
8000042c:	5902                	lw	s2,32(sp)
8000042e:	49f2                	lw	s3,28(sp)
80000430:	4a62                	lw	s4,24(sp)
80000432:	4ad2                	lw	s5,20(sp)
80000434:	4b42                	lw	s6,16(sp)
80000436:	4bb2                	lw	s7,12(sp)
80000438:	4c22                	lw	s8,8(sp)
8000043a:	6145                	add	sp,sp,48
8000043c:	8082                	ret
8000043e:	80003537          	lui	a0,0x80003
80000442:	85a2                	mv	a1,s0
80000444:	90c50513          	add	a0,a0,-1780 # 8000290c <__text_end+0x1d2>
80000448:	2e45                	jal	800007f8 <printf>
8000044a:	4405                	li	s0,1
8000044c:	bfe1                	j	80000424 <main+0x3d4>
8000044e:	0089a683          	lw	a3,8(s3)
80000452:	0b0ab7b7          	lui	a5,0xb0ab
80000456:	abb78793          	add	a5,a5,-1349 # b0aaabb <__ram_size+0xa0aaabb>
8000045a:	f6f69de3          	bne	a3,a5,800003d4 <main+0x384>
8000045e:	00c9a703          	lw	a4,12(s3)
80000462:	f01107b7          	lui	a5,0xf0110
80000466:	0f478793          	add	a5,a5,244 # f01100f4 <__stack_top+0x6f1100f4>
8000046a:	973e                	add	a4,a4,a5
8000046c:	00e03733          	snez	a4,a4
80000470:	b795                	j	800003d4 <main+0x384>
80000472:	060507b7          	lui	a5,0x6050
80000476:	40378793          	add	a5,a5,1027 # 6050403 <__ram_size+0x5050403>
8000047a:	eefb9ee3          	bne	s7,a5,80000376 <main+0x326>
8000047e:	9fbb0b13          	add	s6,s6,-1541
80000482:	01603733          	snez	a4,s6
80000486:	bdc5                	j	80000376 <main+0x326>

80000488 <report>:
80000488:	1101                	add	sp,sp,-32
8000048a:	800037b7          	lui	a5,0x80003
8000048e:	cc22                	sw	s0,24(sp)
80000490:	c64e                	sw	s3,12(sp)
80000492:	0407a403          	lw	s0,64(a5) # 80003040 <trap_count>
80000496:	c452                	sw	s4,8(sp)
80000498:	800039b7          	lui	s3,0x80003
8000049c:	80003a37          	lui	s4,0x80003
800004a0:	03c9a783          	lw	a5,60(s3) # 8000303c <last_cause>
800004a4:	038a2703          	lw	a4,56(s4) # 80003038 <last_epc>
800004a8:	c84a                	sw	s2,16(sp)
800004aa:	8c15                	sub	s0,s0,a3
800004ac:	892e                	mv	s2,a1
800004ae:	85aa                	mv	a1,a0
800004b0:	80002537          	lui	a0,0x80002
800004b4:	ca26                	sw	s1,20(sp)
800004b6:	86be                	mv	a3,a5
800004b8:	84b2                	mv	s1,a2
800004ba:	41270733          	sub	a4,a4,s2
800004be:	8622                	mv	a2,s0
800004c0:	74050513          	add	a0,a0,1856 # 80002740 <__text_end+0x6>
800004c4:	ce06                	sw	ra,28(sp)
800004c6:	2e0d                	jal	800007f8 <printf>
800004c8:	4785                	li	a5,1
800004ca:	00f41663          	bne	s0,a5,800004d6 <report+0x4e>
800004ce:	03c9a783          	lw	a5,60(s3)
800004d2:	02978763          	beq	a5,s1,80000500 <report+0x78>
800004d6:	80002537          	lui	a0,0x80002
800004da:	85a6                	mv	a1,s1
800004dc:	76c50513          	add	a0,a0,1900 # 8000276c <__text_end+0x32>
800004e0:	2e21                	jal	800007f8 <printf>
800004e2:	80003737          	lui	a4,0x80003
800004e6:	03072783          	lw	a5,48(a4) # 80003030 <failures>
800004ea:	0785                	add	a5,a5,1
800004ec:	02f72823          	sw	a5,48(a4)
800004f0:	40f2                	lw	ra,28(sp)
800004f2:	4462                	lw	s0,24(sp)
800004f4:	44d2                	lw	s1,20(sp)
800004f6:	4942                	lw	s2,16(sp)
800004f8:	49b2                	lw	s3,12(sp)
800004fa:	4a22                	lw	s4,8(sp)
800004fc:	6105                	add	sp,sp,32
800004fe:	8082                	ret
80000500:	038a2783          	lw	a5,56(s4)
80000504:	fd2799e3          	bne	a5,s2,800004d6 <report+0x4e>
80000508:	b7e5                	j	800004f0 <report+0x68>

8000050a <report_tval>:
8000050a:	1141                	add	sp,sp,-16
8000050c:	c226                	sw	s1,4(sp)
8000050e:	800034b7          	lui	s1,0x80003
80000512:	0344a583          	lw	a1,52(s1) # 80003034 <last_tval>
80000516:	c422                	sw	s0,8(sp)
80000518:	842a                	mv	s0,a0
8000051a:	80002537          	lui	a0,0x80002
8000051e:	79050513          	add	a0,a0,1936 # 80002790 <__text_end+0x56>
80000522:	c606                	sw	ra,12(sp)
80000524:	2cd1                	jal	800007f8 <printf>
80000526:	0344a783          	lw	a5,52(s1)
8000052a:	00878f63          	beq	a5,s0,80000548 <report_tval+0x3e>
8000052e:	80002537          	lui	a0,0x80002
80000532:	85a2                	mv	a1,s0
80000534:	7a050513          	add	a0,a0,1952 # 800027a0 <__text_end+0x66>
80000538:	24c1                	jal	800007f8 <printf>
8000053a:	80003737          	lui	a4,0x80003
8000053e:	03072783          	lw	a5,48(a4) # 80003030 <failures>
80000542:	0785                	add	a5,a5,1
80000544:	02f72823          	sw	a5,48(a4)
80000548:	4422                	lw	s0,8(sp)
8000054a:	40b2                	lw	ra,12(sp)
8000054c:	4492                	lw	s1,4(sp)
8000054e:	80003537          	lui	a0,0x80003
80000552:	91c50513          	add	a0,a0,-1764 # 8000291c <__text_end+0x1e2>
80000556:	0141                	add	sp,sp,16
80000558:	a445                	j	800007f8 <printf>

8000055a <trap_m_handler>:
8000055a:	341027f3          	csrr	a5,mepc
8000055e:	342026f3          	csrr	a3,mcause
80000562:	80003737          	lui	a4,0x80003
80000566:	02d72e23          	sw	a3,60(a4) # 8000303c <last_cause>
8000056a:	80003737          	lui	a4,0x80003
8000056e:	02f72c23          	sw	a5,56(a4) # 80003038 <last_epc>
80000572:	343026f3          	csrr	a3,mtval
80000576:	80003737          	lui	a4,0x80003
8000057a:	02d72a23          	sw	a3,52(a4) # 80003034 <last_tval>
8000057e:	800036b7          	lui	a3,0x80003
80000582:	0406a703          	lw	a4,64(a3) # 80003040 <trap_count>
80000586:	458d                	li	a1,3
80000588:	4609                	li	a2,2
8000058a:	0705                	add	a4,a4,1
8000058c:	04e6a023          	sw	a4,64(a3)
80000590:	0007d703          	lhu	a4,0(a5)
80000594:	8b0d                	and	a4,a4,3
80000596:	00b71363          	bne	a4,a1,8000059c <trap_m_handler+0x42>
8000059a:	4611                	li	a2,4
8000059c:	97b2                	add	a5,a5,a2
8000059e:	34179073          	csrw	mepc,a5
800005a2:	8082                	ret

800005a4 <trap_m_entry>:
800005a4:	34011173          	csrrw	sp,mscratch,sp
800005a8:	7119                	add	sp,sp,-128
800005aa:	c206                	sw	ra,4(sp)
800005ac:	c60e                	sw	gp,12(sp)
800005ae:	c812                	sw	tp,16(sp)
800005b0:	ca16                	sw	t0,20(sp)
800005b2:	cc1a                	sw	t1,24(sp)
800005b4:	ce1e                	sw	t2,28(sp)
800005b6:	d022                	sw	s0,32(sp)
800005b8:	d226                	sw	s1,36(sp)
800005ba:	d42a                	sw	a0,40(sp)
800005bc:	d62e                	sw	a1,44(sp)
800005be:	d832                	sw	a2,48(sp)
800005c0:	da36                	sw	a3,52(sp)
800005c2:	dc3a                	sw	a4,56(sp)
800005c4:	de3e                	sw	a5,60(sp)
800005c6:	c0c2                	sw	a6,64(sp)
800005c8:	c2c6                	sw	a7,68(sp)
800005ca:	c4ca                	sw	s2,72(sp)
800005cc:	c6ce                	sw	s3,76(sp)
800005ce:	c8d2                	sw	s4,80(sp)
800005d0:	cad6                	sw	s5,84(sp)
800005d2:	ccda                	sw	s6,88(sp)
800005d4:	cede                	sw	s7,92(sp)
800005d6:	d0e2                	sw	s8,96(sp)
800005d8:	d2e6                	sw	s9,100(sp)
800005da:	d4ea                	sw	s10,104(sp)
800005dc:	d6ee                	sw	s11,108(sp)
800005de:	d8f2                	sw	t3,112(sp)
800005e0:	daf6                	sw	t4,116(sp)
800005e2:	dcfa                	sw	t5,120(sp)
800005e4:	defe                	sw	t6,124(sp)
800005e6:	340022f3          	csrr	t0,mscratch
800005ea:	c416                	sw	t0,8(sp)
800005ec:	c002                	sw	zero,0(sp)
800005ee:	850a                	mv	a0,sp
800005f0:	37ad                	jal	8000055a <trap_m_handler>
800005f2:	08010293          	add	t0,sp,128
800005f6:	34029073          	csrw	mscratch,t0
800005fa:	4092                	lw	ra,4(sp)
800005fc:	41b2                	lw	gp,12(sp)
800005fe:	4242                	lw	tp,16(sp)
80000600:	42d2                	lw	t0,20(sp)
80000602:	4362                	lw	t1,24(sp)
80000604:	43f2                	lw	t2,28(sp)
80000606:	5402                	lw	s0,32(sp)
80000608:	5492                	lw	s1,36(sp)
8000060a:	5522                	lw	a0,40(sp)
8000060c:	55b2                	lw	a1,44(sp)
8000060e:	5642                	lw	a2,48(sp)
80000610:	56d2                	lw	a3,52(sp)
80000612:	5762                	lw	a4,56(sp)
80000614:	57f2                	lw	a5,60(sp)
80000616:	4806                	lw	a6,64(sp)
80000618:	4896                	lw	a7,68(sp)
8000061a:	4926                	lw	s2,72(sp)
8000061c:	49b6                	lw	s3,76(sp)
8000061e:	4a46                	lw	s4,80(sp)
80000620:	4ad6                	lw	s5,84(sp)
80000622:	4b66                	lw	s6,88(sp)
80000624:	4bf6                	lw	s7,92(sp)
80000626:	5c06                	lw	s8,96(sp)
80000628:	5c96                	lw	s9,100(sp)
8000062a:	5d26                	lw	s10,104(sp)
8000062c:	5db6                	lw	s11,108(sp)
8000062e:	5e46                	lw	t3,112(sp)
80000630:	5ed6                	lw	t4,116(sp)
80000632:	5f66                	lw	t5,120(sp)
80000634:	5ff6                	lw	t6,124(sp)
80000636:	4122                	lw	sp,8(sp)
80000638:	30200073          	mret

8000063c <bare_default_trap>:
8000063c:	01000117          	auipc	sp,0x1000
80000640:	9c410113          	add	sp,sp,-1596 # 81000000 <__stack_top>
80000644:	34202573          	csrr	a0,mcause
80000648:	341025f3          	csrr	a1,mepc
8000064c:	34302673          	csrr	a2,mtval
80000650:	287d                	jal	8000070e <bare_unexpected_trap>
80000652:	a001                	j	80000652 <bare_default_trap+0x16>

80000654 <uart_stdio_put>:
80000654:	10000737          	lui	a4,0x10000
80000658:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
8000065c:	0207f793          	and	a5,a5,32
80000660:	dfe5                	beqz	a5,80000658 <uart_stdio_put+0x4>
80000662:	00a70023          	sb	a0,0(a4)
80000666:	8082                	ret

80000668 <bare_puts>:
80000668:	00054683          	lbu	a3,0(a0)
8000066c:	ce91                	beqz	a3,80000688 <bare_puts+0x20>
8000066e:	10000737          	lui	a4,0x10000
80000672:	0505                	add	a0,a0,1
80000674:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000678:	0207f793          	and	a5,a5,32
8000067c:	dfe5                	beqz	a5,80000674 <bare_puts+0xc>
8000067e:	00d70023          	sb	a3,0(a4)
80000682:	00054683          	lbu	a3,0(a0)
80000686:	f6f5                	bnez	a3,80000672 <bare_puts+0xa>
80000688:	8082                	ret

8000068a <bare_put_hex>:
8000068a:	800036b7          	lui	a3,0x80003
8000068e:	03000613          	li	a2,48
80000692:	92c68693          	add	a3,a3,-1748 # 8000292c <__text_end+0x1f2>
80000696:	10000737          	lui	a4,0x10000
8000069a:	0685                	add	a3,a3,1
8000069c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800006a0:	0207f793          	and	a5,a5,32
800006a4:	dfe5                	beqz	a5,8000069c <bare_put_hex+0x12>
800006a6:	00c70023          	sb	a2,0(a4)
800006aa:	0006c603          	lbu	a2,0(a3)
800006ae:	f675                	bnez	a2,8000069a <bare_put_hex+0x10>
800006b0:	800035b7          	lui	a1,0x80003
800006b4:	46f1                	li	a3,28
800006b6:	93058593          	add	a1,a1,-1744 # 80002930 <__text_end+0x1f6>
800006ba:	10000737          	lui	a4,0x10000
800006be:	5871                	li	a6,-4
800006c0:	00d557b3          	srl	a5,a0,a3
800006c4:	8bbd                	and	a5,a5,15
800006c6:	97ae                	add	a5,a5,a1
800006c8:	0007c603          	lbu	a2,0(a5)
800006cc:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800006d0:	0207f793          	and	a5,a5,32
800006d4:	dfe5                	beqz	a5,800006cc <bare_put_hex+0x42>
800006d6:	00c70023          	sb	a2,0(a4)
800006da:	16f1                	add	a3,a3,-4
800006dc:	ff0692e3          	bne	a3,a6,800006c0 <bare_put_hex+0x36>
800006e0:	8082                	ret

800006e2 <bare_exit>:
800006e2:	cd19                	beqz	a0,80000700 <bare_exit+0x1e>
800006e4:	670d                	lui	a4,0x3
800006e6:	01051793          	sll	a5,a0,0x10
800006ea:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
800006ee:	8fd9                	or	a5,a5,a4
800006f0:	00100737          	lui	a4,0x100
800006f4:	c31c                	sw	a5,0(a4)
800006f6:	10500073          	wfi
800006fa:	10500073          	wfi
800006fe:	bfe5                	j	800006f6 <bare_exit+0x14>
80000700:	6795                	lui	a5,0x5
80000702:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
80000706:	b7ed                	j	800006f0 <bare_exit+0xe>

80000708 <_exit>:
80000708:	1141                	add	sp,sp,-16
8000070a:	c606                	sw	ra,12(sp)
8000070c:	3fd9                	jal	800006e2 <bare_exit>

8000070e <bare_unexpected_trap>:
8000070e:	1141                	add	sp,sp,-16
80000710:	c04a                	sw	s2,0(sp)
80000712:	892a                	mv	s2,a0
80000714:	80003537          	lui	a0,0x80003
80000718:	94450513          	add	a0,a0,-1724 # 80002944 <__text_end+0x20a>
8000071c:	c606                	sw	ra,12(sp)
8000071e:	c422                	sw	s0,8(sp)
80000720:	c226                	sw	s1,4(sp)
80000722:	8432                	mv	s0,a2
80000724:	84ae                	mv	s1,a1
80000726:	3789                	jal	80000668 <bare_puts>
80000728:	854a                	mv	a0,s2
8000072a:	3785                	jal	8000068a <bare_put_hex>
8000072c:	80003537          	lui	a0,0x80003
80000730:	95c50513          	add	a0,a0,-1700 # 8000295c <__text_end+0x222>
80000734:	3f15                	jal	80000668 <bare_puts>
80000736:	8526                	mv	a0,s1
80000738:	3f89                	jal	8000068a <bare_put_hex>
8000073a:	80003537          	lui	a0,0x80003
8000073e:	96450513          	add	a0,a0,-1692 # 80002964 <__text_end+0x22a>
80000742:	371d                	jal	80000668 <bare_puts>
80000744:	8522                	mv	a0,s0
80000746:	3791                	jal	8000068a <bare_put_hex>
80000748:	10000737          	lui	a4,0x10000
8000074c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000750:	0207f793          	and	a5,a5,32
80000754:	dfe5                	beqz	a5,8000074c <bare_unexpected_trap+0x3e>
80000756:	47a9                	li	a5,10
80000758:	00f70023          	sb	a5,0(a4)
8000075c:	006337b7          	lui	a5,0x633
80000760:	00100737          	lui	a4,0x100
80000764:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
80000768:	c31c                	sw	a5,0(a4)
8000076a:	10500073          	wfi
8000076e:	10500073          	wfi
80000772:	bfe5                	j	8000076a <bare_unexpected_trap+0x5c>

80000774 <__libc_init_array>:
80000774:	797012ef          	jal	t0,8000270a <__riscv_save_0>
80000778:	800034b7          	lui	s1,0x80003
8000077c:	80003437          	lui	s0,0x80003
80000780:	e5848793          	add	a5,s1,-424 # 80002e58 <__fini_array_end>
80000784:	e5840413          	add	s0,s0,-424 # 80002e58 <__fini_array_end>
80000788:	8c1d                	sub	s0,s0,a5
8000078a:	8409                	sra	s0,s0,0x2
8000078c:	e5848493          	add	s1,s1,-424
80000790:	4901                	li	s2,0
80000792:	02891a63          	bne	s2,s0,800007c6 <__libc_init_array+0x52>
80000796:	00000793          	li	a5,0
8000079a:	c789                	beqz	a5,800007a4 <__libc_init_array+0x30>
8000079c:	00000097          	auipc	ra,0x0
800007a0:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800007a4:	800034b7          	lui	s1,0x80003
800007a8:	80003437          	lui	s0,0x80003
800007ac:	e5848793          	add	a5,s1,-424 # 80002e58 <__fini_array_end>
800007b0:	e5840413          	add	s0,s0,-424 # 80002e58 <__fini_array_end>
800007b4:	8c1d                	sub	s0,s0,a5
800007b6:	8409                	sra	s0,s0,0x2
800007b8:	e5848493          	add	s1,s1,-424
800007bc:	4901                	li	s2,0
800007be:	00891963          	bne	s2,s0,800007d0 <__libc_init_array+0x5c>
800007c2:	76d0106f          	j	8000272e <__riscv_restore_0>
800007c6:	409c                	lw	a5,0(s1)
800007c8:	0905                	add	s2,s2,1
800007ca:	0491                	add	s1,s1,4
800007cc:	9782                	jalr	a5
800007ce:	b7d1                	j	80000792 <__libc_init_array+0x1e>
800007d0:	409c                	lw	a5,0(s1)
800007d2:	0905                	add	s2,s2,1
800007d4:	0491                	add	s1,s1,4
800007d6:	9782                	jalr	a5
800007d8:	b7dd                	j	800007be <__libc_init_array+0x4a>

800007da <exit>:
800007da:	731012ef          	jal	t0,8000270a <__riscv_save_0>
800007de:	00000793          	li	a5,0
800007e2:	842a                	mv	s0,a0
800007e4:	c791                	beqz	a5,800007f0 <exit+0x16>
800007e6:	4581                	li	a1,0
800007e8:	00000097          	auipc	ra,0x0
800007ec:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800007f0:	796010ef          	jal	80001f86 <__libc_fini_array>
800007f4:	8522                	mv	a0,s0
800007f6:	3f09                	jal	80000708 <_exit>

800007f8 <printf>:
800007f8:	7139                	add	sp,sp,-64
800007fa:	da3e                	sw	a5,52(sp)
800007fc:	800037b7          	lui	a5,0x80003
80000800:	d22e                	sw	a1,36(sp)
80000802:	85aa                	mv	a1,a0
80000804:	e4c7a503          	lw	a0,-436(a5) # 80002e4c <stdout>
80000808:	d432                	sw	a2,40(sp)
8000080a:	1050                	add	a2,sp,36
8000080c:	ce06                	sw	ra,28(sp)
8000080e:	d636                	sw	a3,44(sp)
80000810:	d83a                	sw	a4,48(sp)
80000812:	dc42                	sw	a6,56(sp)
80000814:	de46                	sw	a7,60(sp)
80000816:	c632                	sw	a2,12(sp)
80000818:	2411                	jal	80000a1c <__d_vfprintf>
8000081a:	40f2                	lw	ra,28(sp)
8000081c:	6121                	add	sp,sp,64
8000081e:	8082                	ret

80000820 <__ultoa_invert>:
80000820:	6c3012ef          	jal	t0,800026e2 <__riscv_save_10>
80000824:	2006f793          	and	a5,a3,512
80000828:	89aa                	mv	s3,a0
8000082a:	8a2e                	mv	s4,a1
8000082c:	8932                	mv	s2,a2
8000082e:	84b6                	mv	s1,a3
80000830:	02700b13          	li	s6,39
80000834:	c781                	beqz	a5,8000083c <__ultoa_invert+0x1c>
80000836:	dff6f493          	and	s1,a3,-513
8000083a:	4b1d                	li	s6,7
8000083c:	41f4da93          	sra	s5,s1,0x1f
80000840:	4ca5                	li	s9,9
80000842:	8626                	mv	a2,s1
80000844:	86d6                	mv	a3,s5
80000846:	854e                	mv	a0,s3
80000848:	85d2                	mv	a1,s4
8000084a:	369010ef          	jal	800023b2 <__umoddi3>
8000084e:	85d2                	mv	a1,s4
80000850:	0ff57413          	zext.b	s0,a0
80000854:	8626                	mv	a2,s1
80000856:	854e                	mv	a0,s3
80000858:	86d6                	mv	a3,s5
8000085a:	7fa010ef          	jal	80002054 <__udivdi3>
8000085e:	8c4e                	mv	s8,s3
80000860:	8bd2                	mv	s7,s4
80000862:	89aa                	mv	s3,a0
80000864:	8a2e                	mv	s4,a1
80000866:	008cf563          	bgeu	s9,s0,80000870 <__ultoa_invert+0x50>
8000086a:	945a                	add	s0,s0,s6
8000086c:	0ff47413          	zext.b	s0,s0
80000870:	0905                	add	s2,s2,1
80000872:	03040413          	add	s0,s0,48
80000876:	fe890fa3          	sb	s0,-1(s2)
8000087a:	015be663          	bltu	s7,s5,80000886 <__ultoa_invert+0x66>
8000087e:	fd7a92e3          	bne	s5,s7,80000842 <__ultoa_invert+0x22>
80000882:	fc9c70e3          	bgeu	s8,s1,80000842 <__ultoa_invert+0x22>
80000886:	854a                	mv	a0,s2
80000888:	6930106f          	j	8000271a <__riscv_restore_10>

8000088c <skip_to_arg>:
8000088c:	657012ef          	jal	t0,800026e2 <__riscv_save_10>
80000890:	4305                	li	t1,1
80000892:	02500f13          	li	t5,37
80000896:	88aa                	mv	a7,a0
80000898:	00c34463          	blt	t1,a2,800008a0 <skip_to_arg+0x14>
8000089c:	67f0106f          	j	8000271a <__riscv_restore_10>
800008a0:	87c6                	mv	a5,a7
800008a2:	88be                	mv	a7,a5
800008a4:	0007c703          	lbu	a4,0(a5)
800008a8:	0785                	add	a5,a5,1
800008aa:	db6d                	beqz	a4,8000089c <skip_to_arg+0x10>
800008ac:	ffe71be3          	bne	a4,t5,800008a2 <skip_to_arg+0x16>
800008b0:	0007c703          	lbu	a4,0(a5)
800008b4:	0889                	add	a7,a7,2
800008b6:	ffe705e3          	beq	a4,t5,800008a0 <skip_to_arg+0x14>
800008ba:	6ecd                	lui	t4,0x13
800008bc:	4681                	li	a3,0
800008be:	4e01                	li	t3,0
800008c0:	4781                	li	a5,0
800008c2:	42fd                	li	t0,31
800008c4:	06c00f93          	li	t6,108
800008c8:	07400393          	li	t2,116
800008cc:	07a00413          	li	s0,122
800008d0:	06800493          	li	s1,104
800008d4:	06a00913          	li	s2,106
800008d8:	04c00993          	li	s3,76
800008dc:	4a25                	li	s4,9
800008de:	02400a93          	li	s5,36
800008e2:	07f00b13          	li	s6,127
800008e6:	4bc1                	li	s7,16
800008e8:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
800008ec:	04f2e263          	bltu	t0,a5,80000930 <skip_to_arg+0xa4>
800008f0:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
800008f4:	0ff87813          	zext.b	a6,a6
800008f8:	030bf163          	bgeu	s7,a6,8000091a <skip_to_arg+0x8e>
800008fc:	fd070813          	add	a6,a4,-48
80000900:	0ff87813          	zext.b	a6,a6
80000904:	4c25                	li	s8,9
80000906:	050c6563          	bltu	s8,a6,80000950 <skip_to_arg+0xc4>
8000090a:	47a9                	li	a5,10
8000090c:	02f687b3          	mul	a5,a3,a5
80000910:	00f806b3          	add	a3,a6,a5
80000914:	02000793          	li	a5,32
80000918:	a039                	j	80000926 <skip_to_arg+0x9a>
8000091a:	010ed833          	srl	a6,t4,a6
8000091e:	00187813          	and	a6,a6,1
80000922:	00080963          	beqz	a6,80000934 <skip_to_arg+0xa8>
80000926:	0008c703          	lbu	a4,0(a7)
8000092a:	0885                	add	a7,a7,1
8000092c:	f361                	bnez	a4,800008ec <skip_to_arg+0x60>
8000092e:	a8b1                	j	8000098a <skip_to_arg+0xfe>
80000930:	04fb6363          	bltu	s6,a5,80000976 <skip_to_arg+0xea>
80000934:	fd070813          	add	a6,a4,-48
80000938:	0ff87813          	zext.b	a6,a6
8000093c:	fd0a77e3          	bgeu	s4,a6,8000090a <skip_to_arg+0x7e>
80000940:	03571563          	bne	a4,s5,8000096a <skip_to_arg+0xde>
80000944:	0a0e0063          	beqz	t3,800009e4 <skip_to_arg+0x158>
80000948:	0a668063          	beq	a3,t1,800009e8 <skip_to_arg+0x15c>
8000094c:	4681                	li	a3,0
8000094e:	bfe1                	j	80000926 <skip_to_arg+0x9a>
80000950:	0fb77813          	and	a6,a4,251
80000954:	02a00c13          	li	s8,42
80000958:	ff880ae3          	beq	a6,s8,8000094c <skip_to_arg+0xc0>
8000095c:	06c00813          	li	a6,108
80000960:	01071d63          	bne	a4,a6,8000097a <skip_to_arg+0xee>
80000964:	0807e793          	or	a5,a5,128
80000968:	bf7d                	j	80000926 <skip_to_arg+0x9a>
8000096a:	0fb77813          	and	a6,a4,251
8000096e:	02a00c13          	li	s8,42
80000972:	fd880de3          	beq	a6,s8,8000094c <skip_to_arg+0xc0>
80000976:	05f70663          	beq	a4,t6,800009c2 <skip_to_arg+0x136>
8000097a:	02efef63          	bltu	t6,a4,800009b8 <skip_to_arg+0x12c>
8000097e:	04970863          	beq	a4,s1,800009ce <skip_to_arg+0x142>
80000982:	05270e63          	beq	a4,s2,800009de <skip_to_arg+0x152>
80000986:	05370c63          	beq	a4,s3,800009de <skip_to_arg+0x152>
8000098a:	f00e09e3          	beqz	t3,8000089c <skip_to_arg+0x10>
8000098e:	f06e15e3          	bne	t3,t1,80000898 <skip_to_arg+0xc>
80000992:	02076893          	or	a7,a4,32
80000996:	f9b88813          	add	a6,a7,-101
8000099a:	0ff87813          	zext.b	a6,a6
8000099e:	4e09                	li	t3,2
800009a0:	4194                	lw	a3,0(a1)
800009a2:	010e7663          	bgeu	t3,a6,800009ae <skip_to_arg+0x122>
800009a6:	06100813          	li	a6,97
800009aa:	05089263          	bne	a7,a6,800009ee <skip_to_arg+0x162>
800009ae:	069d                	add	a3,a3,7
800009b0:	9ae1                	and	a3,a3,-8
800009b2:	00868713          	add	a4,a3,8
800009b6:	a091                	j	800009fa <skip_to_arg+0x16e>
800009b8:	f67707e3          	beq	a4,t2,80000926 <skip_to_arg+0x9a>
800009bc:	f68705e3          	beq	a4,s0,80000926 <skip_to_arg+0x9a>
800009c0:	b7e9                	j	8000098a <skip_to_arg+0xfe>
800009c2:	0807f713          	and	a4,a5,128
800009c6:	df59                	beqz	a4,80000964 <skip_to_arg+0xd8>
800009c8:	2007e793          	or	a5,a5,512
800009cc:	bf61                	j	80000964 <skip_to_arg+0xd8>
800009ce:	1007f713          	and	a4,a5,256
800009d2:	c319                	beqz	a4,800009d8 <skip_to_arg+0x14c>
800009d4:	2007e793          	or	a5,a5,512
800009d8:	1007e793          	or	a5,a5,256
800009dc:	b7a9                	j	80000926 <skip_to_arg+0x9a>
800009de:	2807e793          	or	a5,a5,640
800009e2:	b791                	j	80000926 <skip_to_arg+0x9a>
800009e4:	8e36                	mv	t3,a3
800009e6:	b79d                	j	8000094c <skip_to_arg+0xc0>
800009e8:	06300713          	li	a4,99
800009ec:	b75d                	j	80000992 <skip_to_arg+0x106>
800009ee:	06300813          	li	a6,99
800009f2:	01071763          	bne	a4,a6,80000a00 <skip_to_arg+0x174>
800009f6:	00468713          	add	a4,a3,4
800009fa:	c198                	sw	a4,0(a1)
800009fc:	0305                	add	t1,t1,1
800009fe:	bd61                	j	80000896 <skip_to_arg+0xa>
80000a00:	07300813          	li	a6,115
80000a04:	ff0709e3          	beq	a4,a6,800009f6 <skip_to_arg+0x16a>
80000a08:	0807f813          	and	a6,a5,128
80000a0c:	00468713          	add	a4,a3,4
80000a10:	fe0805e3          	beqz	a6,800009fa <skip_to_arg+0x16e>
80000a14:	2007f793          	and	a5,a5,512
80000a18:	d3ed                	beqz	a5,800009fa <skip_to_arg+0x16e>
80000a1a:	bf51                	j	800009ae <skip_to_arg+0x122>

80000a1c <__d_vfprintf>:
80000a1c:	4bf012ef          	jal	t0,800026da <__riscv_save_12>
80000a20:	00454783          	lbu	a5,4(a0)
80000a24:	7139                	add	sp,sp,-64
80000a26:	c02a                	sw	a0,0(sp)
80000a28:	c42e                	sw	a1,8(sp)
80000a2a:	c632                	sw	a2,12(sp)
80000a2c:	8b89                	and	a5,a5,2
80000a2e:	00852a03          	lw	s4,8(a0)
80000a32:	c785                	beqz	a5,80000a5a <__d_vfprintf+0x3e>
80000a34:	d232                	sw	a2,36(sp)
80000a36:	87ae                	mv	a5,a1
80000a38:	4401                	li	s0,0
80000a3a:	0007c903          	lbu	s2,0(a5)
80000a3e:	00090f63          	beqz	s2,80000a5c <__d_vfprintf+0x40>
80000a42:	02500713          	li	a4,37
80000a46:	00e90f63          	beq	s2,a4,80000a64 <__d_vfprintf+0x48>
80000a4a:	0785                	add	a5,a5,1
80000a4c:	c23e                	sw	a5,4(sp)
80000a4e:	4582                	lw	a1,0(sp)
80000a50:	854a                	mv	a0,s2
80000a52:	0405                	add	s0,s0,1
80000a54:	9a02                	jalr	s4
80000a56:	280552e3          	bgez	a0,800014da <__d_vfprintf+0xabe>
80000a5a:	547d                	li	s0,-1
80000a5c:	8522                	mv	a0,s0
80000a5e:	6121                	add	sp,sp,64
80000a60:	4b70106f          	j	80002716 <__riscv_restore_12>
80000a64:	0017c903          	lbu	s2,1(a5)
80000a68:	00278713          	add	a4,a5,2
80000a6c:	c23a                	sw	a4,4(sp)
80000a6e:	02500793          	li	a5,37
80000a72:	fcf90ee3          	beq	s2,a5,80000a4e <__d_vfprintf+0x32>
80000a76:	800034b7          	lui	s1,0x80003
80000a7a:	4a81                	li	s5,0
80000a7c:	4d01                	li	s10,0
80000a7e:	4b01                	li	s6,0
80000a80:	4d81                	li	s11,0
80000a82:	06c00993          	li	s3,108
80000a86:	07400b93          	li	s7,116
80000a8a:	07a00c13          	li	s8,122
80000a8e:	06800c93          	li	s9,104
80000a92:	97c48493          	add	s1,s1,-1668 # 8000297c <__text_end+0x242>
80000a96:	47fd                	li	a5,31
80000a98:	07b7e163          	bltu	a5,s11,80000afa <__d_vfprintf+0xde>
80000a9c:	fe090793          	add	a5,s2,-32
80000aa0:	0ff7f793          	zext.b	a5,a5
80000aa4:	4741                	li	a4,16
80000aa6:	00f76663          	bltu	a4,a5,80000ab2 <__d_vfprintf+0x96>
80000aaa:	078a                	sll	a5,a5,0x2
80000aac:	97a6                	add	a5,a5,s1
80000aae:	439c                	lw	a5,0(a5)
80000ab0:	8782                	jr	a5
80000ab2:	fd090793          	add	a5,s2,-48
80000ab6:	0ff7f793          	zext.b	a5,a5
80000aba:	4725                	li	a4,9
80000abc:	06f76463          	bltu	a4,a5,80000b24 <__d_vfprintf+0x108>
80000ac0:	46a9                	li	a3,10
80000ac2:	02db06b3          	mul	a3,s6,a3
80000ac6:	00f68b33          	add	s6,a3,a5
80000aca:	020ded93          	or	s11,s11,32
80000ace:	a019                	j	80000ad4 <__d_vfprintf+0xb8>
80000ad0:	001ded93          	or	s11,s11,1
80000ad4:	4792                	lw	a5,4(sp)
80000ad6:	0007c903          	lbu	s2,0(a5)
80000ada:	0785                	add	a5,a5,1
80000adc:	c23e                	sw	a5,4(sp)
80000ade:	fa091ce3          	bnez	s2,80000a96 <__d_vfprintf+0x7a>
80000ae2:	a0dd                	j	80000bc8 <__d_vfprintf+0x1ac>
80000ae4:	002ded93          	or	s11,s11,2
80000ae8:	004ded93          	or	s11,s11,4
80000aec:	b7e5                	j	80000ad4 <__d_vfprintf+0xb8>
80000aee:	008ded93          	or	s11,s11,8
80000af2:	b7cd                	j	80000ad4 <__d_vfprintf+0xb8>
80000af4:	010ded93          	or	s11,s11,16
80000af8:	bff1                	j	80000ad4 <__d_vfprintf+0xb8>
80000afa:	07f00793          	li	a5,127
80000afe:	0bb7e763          	bltu	a5,s11,80000bac <__d_vfprintf+0x190>
80000b02:	fd090693          	add	a3,s2,-48
80000b06:	0ff6f693          	zext.b	a3,a3
80000b0a:	47a5                	li	a5,9
80000b0c:	00d7ec63          	bltu	a5,a3,80000b24 <__d_vfprintf+0x108>
80000b10:	040df613          	and	a2,s11,64
80000b14:	87b6                	mv	a5,a3
80000b16:	d64d                	beqz	a2,80000ac0 <__d_vfprintf+0xa4>
80000b18:	47a9                	li	a5,10
80000b1a:	02fd07b3          	mul	a5,s10,a5
80000b1e:	00d78d33          	add	s10,a5,a3
80000b22:	bf4d                	j	80000ad4 <__d_vfprintf+0xb8>
80000b24:	02a00793          	li	a5,42
80000b28:	02f91663          	bne	s2,a5,80000b54 <__d_vfprintf+0x138>
80000b2c:	fa0a94e3          	bnez	s5,80000ad4 <__d_vfprintf+0xb8>
80000b30:	5692                	lw	a3,36(sp)
80000b32:	040df793          	and	a5,s11,64
80000b36:	00468613          	add	a2,a3,4
80000b3a:	4294                	lw	a3,0(a3)
80000b3c:	d232                	sw	a2,36(sp)
80000b3e:	c399                	beqz	a5,80000b44 <__d_vfprintf+0x128>
80000b40:	8d36                	mv	s10,a3
80000b42:	bf49                	j	80000ad4 <__d_vfprintf+0xb8>
80000b44:	8b36                	mv	s6,a3
80000b46:	f806d2e3          	bgez	a3,80000aca <__d_vfprintf+0xae>
80000b4a:	40d00b33          	neg	s6,a3
80000b4e:	028ded93          	or	s11,s11,40
80000b52:	b749                	j	80000ad4 <__d_vfprintf+0xb8>
80000b54:	02e00793          	li	a5,46
80000b58:	00f91963          	bne	s2,a5,80000b6a <__d_vfprintf+0x14e>
80000b5c:	040df793          	and	a5,s11,64
80000b60:	ee079ee3          	bnez	a5,80000a5c <__d_vfprintf+0x40>
80000b64:	040ded93          	or	s11,s11,64
80000b68:	b7b5                	j	80000ad4 <__d_vfprintf+0xb8>
80000b6a:	02400793          	li	a5,36
80000b6e:	02f91f63          	bne	s2,a5,80000bac <__d_vfprintf+0x190>
80000b72:	120a8a63          	beqz	s5,80000ca6 <__d_vfprintf+0x28a>
80000b76:	47b2                	lw	a5,12(sp)
80000b78:	d23e                	sw	a5,36(sp)
80000b7a:	040df793          	and	a5,s11,64
80000b7e:	ef81                	bnez	a5,80000b96 <__d_vfprintf+0x17a>
80000b80:	4522                	lw	a0,8(sp)
80000b82:	865a                	mv	a2,s6
80000b84:	104c                	add	a1,sp,36
80000b86:	3319                	jal	8000088c <skip_to_arg>
80000b88:	5792                	lw	a5,36(sp)
80000b8a:	00478693          	add	a3,a5,4
80000b8e:	0007ab03          	lw	s6,0(a5)
80000b92:	d236                	sw	a3,36(sp)
80000b94:	b781                	j	80000ad4 <__d_vfprintf+0xb8>
80000b96:	4522                	lw	a0,8(sp)
80000b98:	866a                	mv	a2,s10
80000b9a:	104c                	add	a1,sp,36
80000b9c:	39c5                	jal	8000088c <skip_to_arg>
80000b9e:	5792                	lw	a5,36(sp)
80000ba0:	00478693          	add	a3,a5,4
80000ba4:	0007ad03          	lw	s10,0(a5)
80000ba8:	d236                	sw	a3,36(sp)
80000baa:	b72d                	j	80000ad4 <__d_vfprintf+0xb8>
80000bac:	0d390a63          	beq	s2,s3,80000c80 <__d_vfprintf+0x264>
80000bb0:	0d29e363          	bltu	s3,s2,80000c76 <__d_vfprintf+0x25a>
80000bb4:	0d990e63          	beq	s2,s9,80000c90 <__d_vfprintf+0x274>
80000bb8:	06a00793          	li	a5,106
80000bbc:	0ef90263          	beq	s2,a5,80000ca0 <__d_vfprintf+0x284>
80000bc0:	04c00793          	li	a5,76
80000bc4:	0cf90e63          	beq	s2,a5,80000ca0 <__d_vfprintf+0x284>
80000bc8:	000a8863          	beqz	s5,80000bd8 <__d_vfprintf+0x1bc>
80000bcc:	47b2                	lw	a5,12(sp)
80000bce:	4522                	lw	a0,8(sp)
80000bd0:	8656                	mv	a2,s5
80000bd2:	104c                	add	a1,sp,36
80000bd4:	d23e                	sw	a5,36(sp)
80000bd6:	395d                	jal	8000088c <skip_to_arg>
80000bd8:	000d5963          	bgez	s10,80000bea <__d_vfprintf+0x1ce>
80000bdc:	fbfdf813          	and	a6,s11,-65
80000be0:	01081d93          	sll	s11,a6,0x10
80000be4:	010ddd93          	srl	s11,s11,0x10
80000be8:	4d01                	li	s10,0
80000bea:	02096c93          	or	s9,s2,32
80000bee:	f9bc8793          	add	a5,s9,-101
80000bf2:	0ff7f793          	zext.b	a5,a5
80000bf6:	4709                	li	a4,2
80000bf8:	0af77d63          	bgeu	a4,a5,80000cb2 <__d_vfprintf+0x296>
80000bfc:	06100793          	li	a5,97
80000c00:	6afc9163          	bne	s9,a5,800012a2 <__d_vfprintf+0x886>
80000c04:	5792                	lw	a5,36(sp)
80000c06:	6a89                	lui	s5,0x2
80000c08:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
80000c0c:	079d                	add	a5,a5,7
80000c0e:	9be1                	and	a5,a5,-8
80000c10:	0047ab83          	lw	s7,4(a5)
80000c14:	0007a883          	lw	a7,0(a5)
80000c18:	00878713          	add	a4,a5,8
80000c1c:	414bd993          	sra	s3,s7,0x14
80000c20:	00cb9c13          	sll	s8,s7,0xc
80000c24:	7ff9f993          	and	s3,s3,2047
80000c28:	00cc5c93          	srl	s9,s8,0xc
80000c2c:	015deab3          	or	s5,s11,s5
80000c30:	0119e533          	or	a0,s3,a7
80000c34:	fff94913          	not	s2,s2
80000c38:	0ac2                	sll	s5,s5,0x10
80000c3a:	d23a                	sw	a4,36(sp)
80000c3c:	019567b3          	or	a5,a0,s9
80000c40:	02097913          	and	s2,s2,32
80000c44:	010ada93          	srl	s5,s5,0x10
80000c48:	86c6                	mv	a3,a7
80000c4a:	8c66                	mv	s8,s9
80000c4c:	040df813          	and	a6,s11,64
80000c50:	01fbdb93          	srl	s7,s7,0x1f
80000c54:	ebdd                	bnez	a5,80000d0a <__d_vfprintf+0x2ee>
80000c56:	03000793          	li	a5,48
80000c5a:	0ffbfb93          	zext.b	s7,s7
80000c5e:	02f106a3          	sb	a5,45(sp)
80000c62:	03710623          	sb	s7,44(sp)
80000c66:	24080d63          	beqz	a6,80000ec0 <__d_vfprintf+0x4a4>
80000c6a:	47b1                	li	a5,12
80000c6c:	4981                	li	s3,0
80000c6e:	0da7d263          	bge	a5,s10,80000d32 <__d_vfprintf+0x316>
80000c72:	4d35                	li	s10,13
80000c74:	aa85                	j	80000de4 <__d_vfprintf+0x3c8>
80000c76:	e5790fe3          	beq	s2,s7,80000ad4 <__d_vfprintf+0xb8>
80000c7a:	e5890de3          	beq	s2,s8,80000ad4 <__d_vfprintf+0xb8>
80000c7e:	b7a9                	j	80000bc8 <__d_vfprintf+0x1ac>
80000c80:	080df793          	and	a5,s11,128
80000c84:	c399                	beqz	a5,80000c8a <__d_vfprintf+0x26e>
80000c86:	200ded93          	or	s11,s11,512
80000c8a:	080ded93          	or	s11,s11,128
80000c8e:	b599                	j	80000ad4 <__d_vfprintf+0xb8>
80000c90:	100df793          	and	a5,s11,256
80000c94:	c399                	beqz	a5,80000c9a <__d_vfprintf+0x27e>
80000c96:	200ded93          	or	s11,s11,512
80000c9a:	100ded93          	or	s11,s11,256
80000c9e:	bd1d                	j	80000ad4 <__d_vfprintf+0xb8>
80000ca0:	280ded93          	or	s11,s11,640
80000ca4:	bd05                	j	80000ad4 <__d_vfprintf+0xb8>
80000ca6:	875a                	mv	a4,s6
80000ca8:	4d01                	li	s10,0
80000caa:	4b01                	li	s6,0
80000cac:	8aba                	mv	s5,a4
80000cae:	4d81                	li	s11,0
80000cb0:	b515                	j	80000ad4 <__d_vfprintf+0xb8>
80000cb2:	5792                	lw	a5,36(sp)
80000cb4:	fff94913          	not	s2,s2
80000cb8:	02097913          	and	s2,s2,32
80000cbc:	079d                	add	a5,a5,7
80000cbe:	9be1                	and	a5,a5,-8
80000cc0:	00878713          	add	a4,a5,8
80000cc4:	4388                	lw	a0,0(a5)
80000cc6:	43cc                	lw	a1,4(a5)
80000cc8:	d23a                	sw	a4,36(sp)
80000cca:	040df793          	and	a5,s11,64
80000cce:	20078d63          	beqz	a5,80000ee8 <__d_vfprintf+0x4cc>
80000cd2:	06500793          	li	a5,101
80000cd6:	20fc9b63          	bne	s9,a5,80000eec <__d_vfprintf+0x4d0>
80000cda:	6785                	lui	a5,0x1
80000cdc:	001d0613          	add	a2,s10,1
80000ce0:	00fdedb3          	or	s11,s11,a5
80000ce4:	0ff67613          	zext.b	a2,a2
80000ce8:	4701                	li	a4,0
80000cea:	4781                	li	a5,0
80000cec:	4345                	li	t1,17
80000cee:	0ff67693          	zext.b	a3,a2
80000cf2:	00c37363          	bgeu	t1,a2,80000cf8 <__d_vfprintf+0x2dc>
80000cf6:	46c5                	li	a3,17
80000cf8:	1030                	add	a2,sp,40
80000cfa:	317000ef          	jal	80001810 <__dtoa_engine>
80000cfe:	0ff57b93          	zext.b	s7,a0
80000d02:	59a2                	lw	s3,40(sp)
80000d04:	8aee                	mv	s5,s11
80000d06:	4c09                	li	s8,2
80000d08:	aa01                	j	80000e18 <__d_vfprintf+0x3fc>
80000d0a:	03100793          	li	a5,49
80000d0e:	00099563          	bnez	s3,80000d18 <__d_vfprintf+0x2fc>
80000d12:	03000793          	li	a5,48
80000d16:	4985                	li	s3,1
80000d18:	0ffbfb93          	zext.b	s7,s7
80000d1c:	02f106a3          	sb	a5,45(sp)
80000d20:	03710623          	sb	s7,44(sp)
80000d24:	c0198993          	add	s3,s3,-1023
80000d28:	18080363          	beqz	a6,80000eae <__d_vfprintf+0x492>
80000d2c:	47b1                	li	a5,12
80000d2e:	19a7c263          	blt	a5,s10,80000eb2 <__d_vfprintf+0x496>
80000d32:	4335                	li	t1,13
80000d34:	41a30333          	sub	t1,t1,s10
80000d38:	00231d93          	sll	s11,t1,0x2
80000d3c:	fffd8613          	add	a2,s11,-1
80000d40:	4505                	li	a0,1
80000d42:	4581                	li	a1,0
80000d44:	ca46                	sw	a7,20(sp)
80000d46:	c836                	sw	a3,16(sp)
80000d48:	2ba010ef          	jal	80002002 <__ashldi3>
80000d4c:	84aa                	mv	s1,a0
80000d4e:	872e                	mv	a4,a1
80000d50:	00171793          	sll	a5,a4,0x1
80000d54:	85aa                	mv	a1,a0
80000d56:	01f4d513          	srl	a0,s1,0x1f
80000d5a:	00149e13          	sll	t3,s1,0x1
80000d5e:	8fc9                	or	a5,a5,a0
80000d60:	40f00c33          	neg	s8,a5
80000d64:	01c03533          	snez	a0,t3
80000d68:	48d2                	lw	a7,20(sp)
80000d6a:	41c00833          	neg	a6,t3
80000d6e:	40ac0c33          	sub	s8,s8,a0
80000d72:	fffe0513          	add	a0,t3,-1
80000d76:	001e3e13          	seqz	t3,t3
80000d7a:	41c787b3          	sub	a5,a5,t3
80000d7e:	0197f7b3          	and	a5,a5,s9
80000d82:	01157533          	and	a0,a0,a7
80000d86:	02f74663          	blt	a4,a5,80000db2 <__d_vfprintf+0x396>
80000d8a:	46c2                	lw	a3,16(sp)
80000d8c:	00e79463          	bne	a5,a4,80000d94 <__d_vfprintf+0x378>
80000d90:	02a5e163          	bltu	a1,a0,80000db2 <__d_vfprintf+0x396>
80000d94:	8546                	mv	a0,a7
80000d96:	866e                	mv	a2,s11
80000d98:	85e6                	mv	a1,s9
80000d9a:	ce3a                	sw	a4,28(sp)
80000d9c:	cc42                	sw	a6,24(sp)
80000d9e:	ca36                	sw	a3,20(sp)
80000da0:	c846                	sw	a7,16(sp)
80000da2:	288010ef          	jal	8000202a <__ashrdi3>
80000da6:	8905                	and	a0,a0,1
80000da8:	48c2                	lw	a7,16(sp)
80000daa:	46d2                	lw	a3,20(sp)
80000dac:	4862                	lw	a6,24(sp)
80000dae:	4772                	lw	a4,28(sp)
80000db0:	c94d                	beqz	a0,80000e62 <__d_vfprintf+0x446>
80000db2:	00988533          	add	a0,a7,s1
80000db6:	01153db3          	sltu	s11,a0,a7
80000dba:	9766                	add	a4,a4,s9
80000dbc:	00ed8cb3          	add	s9,s11,a4
80000dc0:	001007b7          	lui	a5,0x100
80000dc4:	86aa                	mv	a3,a0
80000dc6:	08fcce63          	blt	s9,a5,80000e62 <__d_vfprintf+0x446>
80000dca:	02d14783          	lbu	a5,45(sp)
80000dce:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000dd0:	02f106a3          	sb	a5,45(sp)
80000dd4:	40000793          	li	a5,1024
80000dd8:	0af98163          	beq	s3,a5,80000e7a <__d_vfprintf+0x45e>
80000ddc:	00a87533          	and	a0,a6,a0
80000de0:	019c7c33          	and	s8,s8,s9
80000de4:	05700613          	li	a2,87
80000de8:	1034                	add	a3,sp,40
80000dea:	4735                	li	a4,13
80000dec:	45a5                	li	a1,9
80000dee:	41260633          	sub	a2,a2,s2
80000df2:	01cc1813          	sll	a6,s8,0x1c
80000df6:	00f57793          	and	a5,a0,15
80000dfa:	8111                	srl	a0,a0,0x4
80000dfc:	00a86533          	or	a0,a6,a0
80000e00:	404c5c13          	sra	s8,s8,0x4
80000e04:	e7e1                	bnez	a5,80000ecc <__d_vfprintf+0x4b0>
80000e06:	0ced5563          	bge	s10,a4,80000ed0 <__d_vfprintf+0x4b4>
80000e0a:	177d                	add	a4,a4,-1
80000e0c:	16fd                	add	a3,a3,-1
80000e0e:	f375                	bnez	a4,80000df2 <__d_vfprintf+0x3d6>
80000e10:	4c05                	li	s8,1
80000e12:	4bb9                	li	s7,14
80000e14:	07000c93          	li	s9,112
80000e18:	00998713          	add	a4,s3,9
80000e1c:	46c9                	li	a3,18
80000e1e:	87ce                	mv	a5,s3
80000e20:	06e6e863          	bltu	a3,a4,80000e90 <__d_vfprintf+0x474>
80000e24:	02c14703          	lbu	a4,44(sp)
80000e28:	00177d93          	and	s11,a4,1
80000e2c:	8b31                	and	a4,a4,12
80000e2e:	120d9a63          	bnez	s11,80000f62 <__d_vfprintf+0x546>
80000e32:	002af793          	and	a5,s5,2
80000e36:	12079263          	bnez	a5,80000f5a <__d_vfprintf+0x53e>
80000e3a:	004af793          	and	a5,s5,4
80000e3e:	cfe9                	beqz	a5,80000f18 <__d_vfprintf+0x4fc>
80000e40:	12071563          	bnez	a4,80000f6a <__d_vfprintf+0x54e>
80000e44:	02000713          	li	a4,32
80000e48:	678d                	lui	a5,0x3
80000e4a:	00faf7b3          	and	a5,s5,a5
80000e4e:	1c079363          	bnez	a5,80001014 <__d_vfprintf+0x5f8>
80000e52:	000d1363          	bnez	s10,80000e58 <__d_vfprintf+0x43c>
80000e56:	4d05                	li	s10,1
80000e58:	103c                	add	a5,sp,40
80000e5a:	97de                	add	a5,a5,s7
80000e5c:	03000693          	li	a3,48
80000e60:	aa9d                	j	80000fd6 <__d_vfprintf+0x5ba>
80000e62:	0106f6b3          	and	a3,a3,a6
80000e66:	018cfcb3          	and	s9,s9,s8
80000e6a:	40000793          	li	a5,1024
80000e6e:	04f99c63          	bne	s3,a5,80000ec6 <__d_vfprintf+0x4aa>
80000e72:	0196ecb3          	or	s9,a3,s9
80000e76:	040c8063          	beqz	s9,80000eb6 <__d_vfprintf+0x49a>
80000e7a:	008beb93          	or	s7,s7,8
80000e7e:	03710623          	sb	s7,44(sp)
80000e82:	40000993          	li	s3,1024
80000e86:	4bb9                	li	s7,14
80000e88:	07000c93          	li	s9,112
80000e8c:	40000793          	li	a5,1024
80000e90:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000e94:	0c600693          	li	a3,198
80000e98:	4c09                	li	s8,2
80000e9a:	f8e6f5e3          	bgeu	a3,a4,80000e24 <__d_vfprintf+0x408>
80000e9e:	3e778793          	add	a5,a5,999
80000ea2:	7ce00c13          	li	s8,1998
80000ea6:	00fc3c33          	sltu	s8,s8,a5
80000eaa:	0c0d                	add	s8,s8,3
80000eac:	bfa5                	j	80000e24 <__d_vfprintf+0x408>
80000eae:	4d01                	li	s10,0
80000eb0:	bf6d                	j	80000e6a <__d_vfprintf+0x44e>
80000eb2:	4d35                	li	s10,13
80000eb4:	bf5d                	j	80000e6a <__d_vfprintf+0x44e>
80000eb6:	004beb93          	or	s7,s7,4
80000eba:	03710623          	sb	s7,44(sp)
80000ebe:	b7e1                	j	80000e86 <__d_vfprintf+0x46a>
80000ec0:	4981                	li	s3,0
80000ec2:	4d01                	li	s10,0
80000ec4:	b705                	j	80000de4 <__d_vfprintf+0x3c8>
80000ec6:	8536                	mv	a0,a3
80000ec8:	8c66                	mv	s8,s9
80000eca:	bf29                	j	80000de4 <__d_vfprintf+0x3c8>
80000ecc:	00f5ea63          	bltu	a1,a5,80000ee0 <__d_vfprintf+0x4c4>
80000ed0:	03078793          	add	a5,a5,48
80000ed4:	00f68923          	sb	a5,18(a3)
80000ed8:	f2ed59e3          	bge	s10,a4,80000e0a <__d_vfprintf+0x3ee>
80000edc:	8d3a                	mv	s10,a4
80000ede:	b735                	j	80000e0a <__d_vfprintf+0x3ee>
80000ee0:	97b2                	add	a5,a5,a2
80000ee2:	0ff7f793          	zext.b	a5,a5
80000ee6:	b7fd                	j	80000ed4 <__d_vfprintf+0x4b8>
80000ee8:	4d19                	li	s10,6
80000eea:	b3e5                	j	80000cd2 <__d_vfprintf+0x2b6>
80000eec:	06600793          	li	a5,102
80000ef0:	00fc9963          	bne	s9,a5,80000f02 <__d_vfprintf+0x4e6>
80000ef4:	6789                	lui	a5,0x2
80000ef6:	00fdedb3          	or	s11,s11,a5
80000efa:	4705                	li	a4,1
80000efc:	87ea                	mv	a5,s10
80000efe:	4645                	li	a2,17
80000f00:	b3f5                	j	80000cec <__d_vfprintf+0x2d0>
80000f02:	0ffd7793          	zext.b	a5,s10
80000f06:	0ffd7613          	zext.b	a2,s10
80000f0a:	e391                	bnez	a5,80000f0e <__d_vfprintf+0x4f2>
80000f0c:	4605                	li	a2,1
80000f0e:	4701                	li	a4,0
80000f10:	4781                	li	a5,0
80000f12:	06500c93          	li	s9,101
80000f16:	bbd9                	j	80000cec <__d_vfprintf+0x2d0>
80000f18:	db05                	beqz	a4,80000e48 <__d_vfprintf+0x42c>
80000f1a:	478d                	li	a5,3
80000f1c:	0967d163          	bge	a5,s6,80000f9e <__d_vfprintf+0x582>
80000f20:	008afa93          	and	s5,s5,8
80000f24:	ffdb0493          	add	s1,s6,-3
80000f28:	000a9f63          	bnez	s5,80000f46 <__d_vfprintf+0x52a>
80000f2c:	94a2                	add	s1,s1,s0
80000f2e:	4582                	lw	a1,0(sp)
80000f30:	02000513          	li	a0,32
80000f34:	0405                	add	s0,s0,1
80000f36:	9a02                	jalr	s4
80000f38:	b20541e3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80000f3c:	fe8499e3          	bne	s1,s0,80000f2e <__d_vfprintf+0x512>
80000f40:	4481                	li	s1,0
80000f42:	020d9f63          	bnez	s11,80000f80 <__d_vfprintf+0x564>
80000f46:	02c14783          	lbu	a5,44(sp)
80000f4a:	8ba1                	and	a5,a5,8
80000f4c:	efad                	bnez	a5,80000fc6 <__d_vfprintf+0x5aa>
80000f4e:	800039b7          	lui	s3,0x80003
80000f52:	96c98993          	add	s3,s3,-1684 # 8000296c <__text_end+0x232>
80000f56:	8c22                	mv	s8,s0
80000f58:	a8b1                	j	80000fb4 <__d_vfprintf+0x598>
80000f5a:	eb15                	bnez	a4,80000f8e <__d_vfprintf+0x572>
80000f5c:	02b00713          	li	a4,43
80000f60:	b5e5                	j	80000e48 <__d_vfprintf+0x42c>
80000f62:	eb0d                	bnez	a4,80000f94 <__d_vfprintf+0x578>
80000f64:	02d00713          	li	a4,45
80000f68:	b5c5                	j	80000e48 <__d_vfprintf+0x42c>
80000f6a:	02000d93          	li	s11,32
80000f6e:	4791                	li	a5,4
80000f70:	0367d563          	bge	a5,s6,80000f9a <__d_vfprintf+0x57e>
80000f74:	008afa93          	and	s5,s5,8
80000f78:	ffcb0493          	add	s1,s6,-4
80000f7c:	fa0a88e3          	beqz	s5,80000f2c <__d_vfprintf+0x510>
80000f80:	4582                	lw	a1,0(sp)
80000f82:	856e                	mv	a0,s11
80000f84:	0405                	add	s0,s0,1
80000f86:	9a02                	jalr	s4
80000f88:	fa055fe3          	bgez	a0,80000f46 <__d_vfprintf+0x52a>
80000f8c:	b4f9                	j	80000a5a <__d_vfprintf+0x3e>
80000f8e:	02b00d93          	li	s11,43
80000f92:	bff1                	j	80000f6e <__d_vfprintf+0x552>
80000f94:	02d00d93          	li	s11,45
80000f98:	bfd9                	j	80000f6e <__d_vfprintf+0x552>
80000f9a:	4481                	li	s1,0
80000f9c:	b7d5                	j	80000f80 <__d_vfprintf+0x564>
80000f9e:	4481                	li	s1,0
80000fa0:	b75d                	j	80000f46 <__d_vfprintf+0x52a>
80000fa2:	4582                	lw	a1,0(sp)
80000fa4:	41250533          	sub	a0,a0,s2
80000fa8:	0ff57513          	zext.b	a0,a0
80000fac:	0c05                	add	s8,s8,1
80000fae:	9a02                	jalr	s4
80000fb0:	aa0545e3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80000fb4:	408c07b3          	sub	a5,s8,s0
80000fb8:	97ce                	add	a5,a5,s3
80000fba:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000fbe:	f175                	bnez	a0,80000fa2 <__d_vfprintf+0x586>
80000fc0:	8462                	mv	s0,s8
80000fc2:	94e2                	add	s1,s1,s8
80000fc4:	a515                	j	800015e8 <__d_vfprintf+0xbcc>
80000fc6:	800039b7          	lui	s3,0x80003
80000fca:	97098993          	add	s3,s3,-1680 # 80002970 <__text_end+0x236>
80000fce:	b761                	j	80000f56 <__d_vfprintf+0x53a>
80000fd0:	1bfd                	add	s7,s7,-1
80000fd2:	0ffbfb93          	zext.b	s7,s7
80000fd6:	000b8763          	beqz	s7,80000fe4 <__d_vfprintf+0x5c8>
80000fda:	0047c603          	lbu	a2,4(a5)
80000fde:	17fd                	add	a5,a5,-1
80000fe0:	fed608e3          	beq	a2,a3,80000fd0 <__d_vfprintf+0x5b4>
80000fe4:	010af693          	and	a3,s5,16
80000fe8:	87ea                	mv	a5,s10
80000fea:	e291                	bnez	a3,80000fee <__d_vfprintf+0x5d2>
80000fec:	87de                	mv	a5,s7
80000fee:	56f1                	li	a3,-4
80000ff0:	0ed9cc63          	blt	s3,a3,800010e8 <__d_vfprintf+0x6cc>
80000ff4:	0fa9da63          	bge	s3,s10,800010e8 <__d_vfprintf+0x6cc>
80000ff8:	6689                	lui	a3,0x2
80000ffa:	00dae6b3          	or	a3,s5,a3
80000ffe:	01069a93          	sll	s5,a3,0x10
80001002:	010ada93          	srl	s5,s5,0x10
80001006:	4d01                	li	s10,0
80001008:	00f9d663          	bge	s3,a5,80001014 <__d_vfprintf+0x5f8>
8000100c:	00198893          	add	a7,s3,1
80001010:	41178d33          	sub	s10,a5,a7
80001014:	6d89                	lui	s11,0x2
80001016:	01bafdb3          	and	s11,s5,s11
8000101a:	0c0d8a63          	beqz	s11,800010ee <__d_vfprintf+0x6d2>
8000101e:	87ce                	mv	a5,s3
80001020:	0009d363          	bgez	s3,80001026 <__d_vfprintf+0x60a>
80001024:	4781                	li	a5,0
80001026:	0785                	add	a5,a5,1
80001028:	c311                	beqz	a4,8000102c <__d_vfprintf+0x610>
8000102a:	0785                	add	a5,a5,1
8000102c:	0c0d0963          	beqz	s10,800010fe <__d_vfprintf+0x6e2>
80001030:	001d0693          	add	a3,s10,1
80001034:	97b6                	add	a5,a5,a3
80001036:	4481                	li	s1,0
80001038:	0167d463          	bge	a5,s6,80001040 <__d_vfprintf+0x624>
8000103c:	40fb04b3          	sub	s1,s6,a5
80001040:	009af793          	and	a5,s5,9
80001044:	e789                	bnez	a5,8000104e <__d_vfprintf+0x632>
80001046:	94a2                	add	s1,s1,s0
80001048:	0c849063          	bne	s1,s0,80001108 <__d_vfprintf+0x6ec>
8000104c:	4481                	li	s1,0
8000104e:	c719                	beqz	a4,8000105c <__d_vfprintf+0x640>
80001050:	4582                	lw	a1,0(sp)
80001052:	853a                	mv	a0,a4
80001054:	0405                	add	s0,s0,1
80001056:	9a02                	jalr	s4
80001058:	a00541e3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
8000105c:	00bad793          	srl	a5,s5,0xb
80001060:	8b85                	and	a5,a5,1
80001062:	c395                	beqz	a5,80001086 <__d_vfprintf+0x66a>
80001064:	4582                	lw	a1,0(sp)
80001066:	03000513          	li	a0,48
8000106a:	9a02                	jalr	s4
8000106c:	9e0547e3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001070:	07800513          	li	a0,120
80001074:	4582                	lw	a1,0(sp)
80001076:	41250533          	sub	a0,a0,s2
8000107a:	0f857513          	and	a0,a0,248
8000107e:	0409                	add	s0,s0,2
80001080:	9a02                	jalr	s4
80001082:	9c054ce3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001086:	008af793          	and	a5,s5,8
8000108a:	e791                	bnez	a5,80001096 <__d_vfprintf+0x67a>
8000108c:	8b22                	mv	s6,s0
8000108e:	9426                	add	s0,s0,s1
80001090:	09641663          	bne	s0,s6,8000111c <__d_vfprintf+0x700>
80001094:	4481                	li	s1,0
80001096:	0c0d8f63          	beqz	s11,80001174 <__d_vfprintf+0x758>
8000109a:	8cce                	mv	s9,s3
8000109c:	0009d363          	bgez	s3,800010a2 <__d_vfprintf+0x686>
800010a0:	4c81                	li	s9,0
800010a2:	41998db3          	sub	s11,s3,s9
800010a6:	41a00d33          	neg	s10,s10
800010aa:	5b7d                	li	s6,-1
800010ac:	03000513          	li	a0,48
800010b0:	017df663          	bgeu	s11,s7,800010bc <__d_vfprintf+0x6a0>
800010b4:	103c                	add	a5,sp,40
800010b6:	97ee                	add	a5,a5,s11
800010b8:	0057c503          	lbu	a0,5(a5)
800010bc:	1cfd                	add	s9,s9,-1
800010be:	00140c13          	add	s8,s0,1
800010c2:	07acc563          	blt	s9,s10,8000112c <__d_vfprintf+0x710>
800010c6:	4582                	lw	a1,0(sp)
800010c8:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
800010ca:	9a02                	jalr	s4
800010cc:	980547e3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
800010d0:	016c9a63          	bne	s9,s6,800010e4 <__d_vfprintf+0x6c8>
800010d4:	4582                	lw	a1,0(sp)
800010d6:	02e00513          	li	a0,46
800010da:	9a02                	jalr	s4
800010dc:	96054fe3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
800010e0:	00240c13          	add	s8,s0,2
800010e4:	8462                	mv	s0,s8
800010e6:	b7d9                	j	800010ac <__d_vfprintf+0x690>
800010e8:	fff78d13          	add	s10,a5,-1
800010ec:	b725                	j	80001014 <__d_vfprintf+0x5f8>
800010ee:	00bad693          	srl	a3,s5,0xb
800010f2:	8a85                	and	a3,a3,1
800010f4:	478d                	li	a5,3
800010f6:	c291                	beqz	a3,800010fa <__d_vfprintf+0x6de>
800010f8:	4795                	li	a5,5
800010fa:	97e2                	add	a5,a5,s8
800010fc:	b735                	j	80001028 <__d_vfprintf+0x60c>
800010fe:	010af693          	and	a3,s5,16
80001102:	da95                	beqz	a3,80001036 <__d_vfprintf+0x61a>
80001104:	0785                	add	a5,a5,1
80001106:	bf05                	j	80001036 <__d_vfprintf+0x61a>
80001108:	4582                	lw	a1,0(sp)
8000110a:	02000513          	li	a0,32
8000110e:	c83a                	sw	a4,16(sp)
80001110:	9a02                	jalr	s4
80001112:	4742                	lw	a4,16(sp)
80001114:	0405                	add	s0,s0,1
80001116:	f20559e3          	bgez	a0,80001048 <__d_vfprintf+0x62c>
8000111a:	b281                	j	80000a5a <__d_vfprintf+0x3e>
8000111c:	4582                	lw	a1,0(sp)
8000111e:	03000513          	li	a0,48
80001122:	0b05                	add	s6,s6,1
80001124:	9a02                	jalr	s4
80001126:	f60555e3          	bgez	a0,80001090 <__d_vfprintf+0x674>
8000112a:	ba05                	j	80000a5a <__d_vfprintf+0x3e>
8000112c:	033c9063          	bne	s9,s3,8000114c <__d_vfprintf+0x730>
80001130:	02d14703          	lbu	a4,45(sp)
80001134:	03500793          	li	a5,53
80001138:	00e7e863          	bltu	a5,a4,80001148 <__d_vfprintf+0x72c>
8000113c:	00f71863          	bne	a4,a5,8000114c <__d_vfprintf+0x730>
80001140:	02c14783          	lbu	a5,44(sp)
80001144:	8bc1                	and	a5,a5,16
80001146:	e399                	bnez	a5,8000114c <__d_vfprintf+0x730>
80001148:	03100513          	li	a0,49
8000114c:	4582                	lw	a1,0(sp)
8000114e:	9a02                	jalr	s4
80001150:	900545e3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001154:	010afa93          	and	s5,s5,16
80001158:	e60a84e3          	beqz	s5,80000fc0 <__d_vfprintf+0x5a4>
8000115c:	57fd                	li	a5,-1
8000115e:	e6fc91e3          	bne	s9,a5,80000fc0 <__d_vfprintf+0x5a4>
80001162:	4582                	lw	a1,0(sp)
80001164:	00240c13          	add	s8,s0,2
80001168:	02e00513          	li	a0,46
8000116c:	9a02                	jalr	s4
8000116e:	e40559e3          	bgez	a0,80000fc0 <__d_vfprintf+0x5a4>
80001172:	b0e5                	j	80000a5a <__d_vfprintf+0x3e>
80001174:	02d14503          	lbu	a0,45(sp)
80001178:	03100793          	li	a5,49
8000117c:	00f50763          	beq	a0,a5,8000118a <__d_vfprintf+0x76e>
80001180:	02c14783          	lbu	a5,44(sp)
80001184:	9bbd                	and	a5,a5,-17
80001186:	02f10623          	sb	a5,44(sp)
8000118a:	4582                	lw	a1,0(sp)
8000118c:	9a02                	jalr	s4
8000118e:	8c0546e3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001192:	0da05a63          	blez	s10,80001266 <__d_vfprintf+0x84a>
80001196:	4582                	lw	a1,0(sp)
80001198:	02e00513          	li	a0,46
8000119c:	0409                	add	s0,s0,2
8000119e:	9a02                	jalr	s4
800011a0:	8a054de3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
800011a4:	4a85                	li	s5,1
800011a6:	4785                	li	a5,1
800011a8:	0405                	add	s0,s0,1
800011aa:	03000513          	li	a0,48
800011ae:	017af863          	bgeu	s5,s7,800011be <__d_vfprintf+0x7a2>
800011b2:	02078793          	add	a5,a5,32
800011b6:	1018                	add	a4,sp,32
800011b8:	97ba                	add	a5,a5,a4
800011ba:	fed7c503          	lbu	a0,-19(a5)
800011be:	4582                	lw	a1,0(sp)
800011c0:	9a02                	jalr	s4
800011c2:	88054ce3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
800011c6:	0a85                	add	s5,s5,1
800011c8:	0ffafa93          	zext.b	s5,s5
800011cc:	87d6                	mv	a5,s5
800011ce:	fd5d5de3          	bge	s10,s5,800011a8 <__d_vfprintf+0x78c>
800011d2:	4582                	lw	a1,0(sp)
800011d4:	412c8533          	sub	a0,s9,s2
800011d8:	0ff57513          	zext.b	a0,a0
800011dc:	9a02                	jalr	s4
800011de:	86054ee3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
800011e2:	0009ca63          	bltz	s3,800011f6 <__d_vfprintf+0x7da>
800011e6:	02b00513          	li	a0,43
800011ea:	00099a63          	bnez	s3,800011fe <__d_vfprintf+0x7e2>
800011ee:	02c14783          	lbu	a5,44(sp)
800011f2:	8bc1                	and	a5,a5,16
800011f4:	c789                	beqz	a5,800011fe <__d_vfprintf+0x7e2>
800011f6:	413009b3          	neg	s3,s3
800011fa:	02d00513          	li	a0,45
800011fe:	4582                	lw	a1,0(sp)
80001200:	9a02                	jalr	s4
80001202:	84054ce3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001206:	4791                	li	a5,4
80001208:	06fc1e63          	bne	s8,a5,80001284 <__d_vfprintf+0x868>
8000120c:	3e800913          	li	s2,1000
80001210:	0329c533          	div	a0,s3,s2
80001214:	4582                	lw	a1,0(sp)
80001216:	040d                	add	s0,s0,3
80001218:	03050513          	add	a0,a0,48
8000121c:	0ff57513          	zext.b	a0,a0
80001220:	9a02                	jalr	s4
80001222:	82054ce3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001226:	0329e9b3          	rem	s3,s3,s2
8000122a:	06400913          	li	s2,100
8000122e:	4582                	lw	a1,0(sp)
80001230:	0405                	add	s0,s0,1
80001232:	0329c533          	div	a0,s3,s2
80001236:	03050513          	add	a0,a0,48
8000123a:	0ff57513          	zext.b	a0,a0
8000123e:	9a02                	jalr	s4
80001240:	80054de3          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001244:	0329e9b3          	rem	s3,s3,s2
80001248:	4929                	li	s2,10
8000124a:	4582                	lw	a1,0(sp)
8000124c:	0405                	add	s0,s0,1
8000124e:	0329c533          	div	a0,s3,s2
80001252:	03050513          	add	a0,a0,48
80001256:	0ff57513          	zext.b	a0,a0
8000125a:	9a02                	jalr	s4
8000125c:	fe054f63          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001260:	0329e9b3          	rem	s3,s3,s2
80001264:	a03d                	j	80001292 <__d_vfprintf+0x876>
80001266:	010afa93          	and	s5,s5,16
8000126a:	000a9463          	bnez	s5,80001272 <__d_vfprintf+0x856>
8000126e:	0405                	add	s0,s0,1
80001270:	b78d                	j	800011d2 <__d_vfprintf+0x7b6>
80001272:	4582                	lw	a1,0(sp)
80001274:	02e00513          	li	a0,46
80001278:	0409                	add	s0,s0,2
8000127a:	9a02                	jalr	s4
8000127c:	f4055be3          	bgez	a0,800011d2 <__d_vfprintf+0x7b6>
80001280:	fdaff06f          	j	80000a5a <__d_vfprintf+0x3e>
80001284:	478d                	li	a5,3
80001286:	0409                	add	s0,s0,2
80001288:	fafc01e3          	beq	s8,a5,8000122a <__d_vfprintf+0x80e>
8000128c:	4785                	li	a5,1
8000128e:	fafc1de3          	bne	s8,a5,80001248 <__d_vfprintf+0x82c>
80001292:	03098513          	add	a0,s3,48
80001296:	4582                	lw	a1,0(sp)
80001298:	00140c13          	add	s8,s0,1
8000129c:	0ff57513          	zext.b	a0,a0
800012a0:	b5f1                	j	8000116c <__d_vfprintf+0x750>
800012a2:	f9d90793          	add	a5,s2,-99
800012a6:	0ff7f793          	zext.b	a5,a5
800012aa:	4749                	li	a4,18
800012ac:	1ef76f63          	bltu	a4,a5,800014aa <__d_vfprintf+0xa8e>
800012b0:	80003737          	lui	a4,0x80003
800012b4:	078a                	sll	a5,a5,0x2
800012b6:	9c070713          	add	a4,a4,-1600 # 800029c0 <__text_end+0x286>
800012ba:	97ba                	add	a5,a5,a4
800012bc:	439c                	lw	a5,0(a5)
800012be:	8782                	jr	a5
800012c0:	5792                	lw	a5,36(sp)
800012c2:	4485                	li	s1,1
800012c4:	02810993          	add	s3,sp,40
800012c8:	00478713          	add	a4,a5,4
800012cc:	439c                	lw	a5,0(a5)
800012ce:	d23a                	sw	a4,36(sp)
800012d0:	02f10423          	sb	a5,40(sp)
800012d4:	008df813          	and	a6,s11,8
800012d8:	04080e63          	beqz	a6,80001334 <__d_vfprintf+0x918>
800012dc:	4901                	li	s2,0
800012de:	05249d63          	bne	s1,s2,80001338 <__d_vfprintf+0x91c>
800012e2:	00940c33          	add	s8,s0,s1
800012e6:	409b04b3          	sub	s1,s6,s1
800012ea:	b9d9                	j	80000fc0 <__d_vfprintf+0x5a4>
800012ec:	5792                	lw	a5,36(sp)
800012ee:	00478713          	add	a4,a5,4
800012f2:	d23a                	sw	a4,36(sp)
800012f4:	0007a983          	lw	s3,0(a5)
800012f8:	00099663          	bnez	s3,80001304 <__d_vfprintf+0x8e8>
800012fc:	800039b7          	lui	s3,0x80003
80001300:	97498993          	add	s3,s3,-1676 # 80002974 <__text_end+0x23a>
80001304:	040df793          	and	a5,s11,64
80001308:	55fd                	li	a1,-1
8000130a:	c391                	beqz	a5,8000130e <__d_vfprintf+0x8f2>
8000130c:	85ea                	mv	a1,s10
8000130e:	854e                	mv	a0,s3
80001310:	4b3000ef          	jal	80001fc2 <strnlen>
80001314:	84aa                	mv	s1,a0
80001316:	bf7d                	j	800012d4 <__d_vfprintf+0x8b8>
80001318:	4582                	lw	a1,0(sp)
8000131a:	02000513          	li	a0,32
8000131e:	9a02                	jalr	s4
80001320:	f2054d63          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001324:	197d                	add	s2,s2,-1
80001326:	ff24e9e3          	bltu	s1,s2,80001318 <__d_vfprintf+0x8fc>
8000132a:	945a                	add	s0,s0,s6
8000132c:	41240433          	sub	s0,s0,s2
80001330:	8b4a                	mv	s6,s2
80001332:	b76d                	j	800012dc <__d_vfprintf+0x8c0>
80001334:	895a                	mv	s2,s6
80001336:	bfc5                	j	80001326 <__d_vfprintf+0x90a>
80001338:	012987b3          	add	a5,s3,s2
8000133c:	4582                	lw	a1,0(sp)
8000133e:	0007c503          	lbu	a0,0(a5)
80001342:	0905                	add	s2,s2,1
80001344:	9a02                	jalr	s4
80001346:	f8055ce3          	bgez	a0,800012de <__d_vfprintf+0x8c2>
8000134a:	f10ff06f          	j	80000a5a <__d_vfprintf+0x3e>
8000134e:	080df713          	and	a4,s11,128
80001352:	5792                	lw	a5,36(sp)
80001354:	cf49                	beqz	a4,800013ee <__d_vfprintf+0x9d2>
80001356:	200df713          	and	a4,s11,512
8000135a:	c359                	beqz	a4,800013e0 <__d_vfprintf+0x9c4>
8000135c:	079d                	add	a5,a5,7
8000135e:	9be1                	and	a5,a5,-8
80001360:	4388                	lw	a0,0(a5)
80001362:	43cc                	lw	a1,4(a5)
80001364:	00878713          	add	a4,a5,8
80001368:	d23a                	sw	a4,36(sp)
8000136a:	fefdf993          	and	s3,s11,-17
8000136e:	09c2                	sll	s3,s3,0x10
80001370:	0109d993          	srl	s3,s3,0x10
80001374:	0805dd63          	bgez	a1,8000140e <__d_vfprintf+0x9f2>
80001378:	00a037b3          	snez	a5,a0
8000137c:	40b005b3          	neg	a1,a1
80001380:	8d9d                	sub	a1,a1,a5
80001382:	40a00533          	neg	a0,a0
80001386:	4009e993          	or	s3,s3,1024
8000138a:	02810a93          	add	s5,sp,40
8000138e:	46a9                	li	a3,10
80001390:	8656                	mv	a2,s5
80001392:	c8eff0ef          	jal	80000820 <__ultoa_invert>
80001396:	0409f793          	and	a5,s3,64
8000139a:	41550ab3          	sub	s5,a0,s5
8000139e:	c7f5                	beqz	a5,8000148a <__d_vfprintf+0xa6e>
800013a0:	ffe9f793          	and	a5,s3,-2
800013a4:	07c2                	sll	a5,a5,0x10
800013a6:	83c1                	srl	a5,a5,0x10
800013a8:	19aad563          	bge	s5,s10,80001532 <__d_vfprintf+0xb16>
800013ac:	16090c63          	beqz	s2,80001524 <__d_vfprintf+0xb08>
800013b0:	0109fc13          	and	s8,s3,16
800013b4:	84ea                	mv	s1,s10
800013b6:	89be                	mv	s3,a5
800013b8:	060c0a63          	beqz	s8,8000142c <__d_vfprintf+0xa10>
800013bc:	0489                	add	s1,s1,2
800013be:	0089f793          	and	a5,s3,8
800013c2:	18079a63          	bnez	a5,80001556 <__d_vfprintf+0xb3a>
800013c6:	0019f793          	and	a5,s3,1
800013ca:	cb89                	beqz	a5,800013dc <__d_vfprintf+0x9c0>
800013cc:	8d56                	mv	s10,s5
800013ce:	0164d763          	bge	s1,s6,800013dc <__d_vfprintf+0x9c0>
800013d2:	409b04b3          	sub	s1,s6,s1
800013d6:	01548d33          	add	s10,s1,s5
800013da:	84da                	mv	s1,s6
800013dc:	8ba6                	mv	s7,s1
800013de:	a2ad                	j	80001548 <__d_vfprintf+0xb2c>
800013e0:	4388                	lw	a0,0(a5)
800013e2:	00478713          	add	a4,a5,4
800013e6:	d23a                	sw	a4,36(sp)
800013e8:	41f55593          	sra	a1,a0,0x1f
800013ec:	bfbd                	j	8000136a <__d_vfprintf+0x94e>
800013ee:	00478713          	add	a4,a5,4
800013f2:	4388                	lw	a0,0(a5)
800013f4:	d23a                	sw	a4,36(sp)
800013f6:	100df793          	and	a5,s11,256
800013fa:	d7fd                	beqz	a5,800013e8 <__d_vfprintf+0x9cc>
800013fc:	200df793          	and	a5,s11,512
80001400:	c781                	beqz	a5,80001408 <__d_vfprintf+0x9ec>
80001402:	0562                	sll	a0,a0,0x18
80001404:	8561                	sra	a0,a0,0x18
80001406:	b7cd                	j	800013e8 <__d_vfprintf+0x9cc>
80001408:	0542                	sll	a0,a0,0x10
8000140a:	8541                	sra	a0,a0,0x10
8000140c:	bff1                	j	800013e8 <__d_vfprintf+0x9cc>
8000140e:	00b567b3          	or	a5,a0,a1
80001412:	ffa5                	bnez	a5,8000138a <__d_vfprintf+0x96e>
80001414:	040df793          	and	a5,s11,64
80001418:	dbad                	beqz	a5,8000138a <__d_vfprintf+0x96e>
8000141a:	f60d18e3          	bnez	s10,8000138a <__d_vfprintf+0x96e>
8000141e:	feedf993          	and	s3,s11,-18
80001422:	09c2                	sll	s3,s3,0x10
80001424:	0109d993          	srl	s3,s3,0x10
80001428:	4a81                	li	s5,0
8000142a:	4481                	li	s1,0
8000142c:	4069fc13          	and	s8,s3,1030
80001430:	f80c07e3          	beqz	s8,800013be <__d_vfprintf+0x9a2>
80001434:	0485                	add	s1,s1,1
80001436:	4c01                	li	s8,0
80001438:	b759                	j	800013be <__d_vfprintf+0x9a2>
8000143a:	fefdf813          	and	a6,s11,-17
8000143e:	01081d93          	sll	s11,a6,0x10
80001442:	010ddd93          	srl	s11,s11,0x10
80001446:	46a9                	li	a3,10
80001448:	080df713          	and	a4,s11,128
8000144c:	5792                	lw	a5,36(sp)
8000144e:	c355                	beqz	a4,800014f2 <__d_vfprintf+0xad6>
80001450:	200df713          	and	a4,s11,512
80001454:	cb49                	beqz	a4,800014e6 <__d_vfprintf+0xaca>
80001456:	079d                	add	a5,a5,7
80001458:	9be1                	and	a5,a5,-8
8000145a:	4388                	lw	a0,0(a5)
8000145c:	43cc                	lw	a1,4(a5)
8000145e:	00878713          	add	a4,a5,8
80001462:	d23a                	sw	a4,36(sp)
80001464:	00b567b3          	or	a5,a0,a1
80001468:	e7cd                	bnez	a5,80001512 <__d_vfprintf+0xaf6>
8000146a:	fe9df993          	and	s3,s11,-23
8000146e:	09c2                	sll	s3,s3,0x10
80001470:	040df793          	and	a5,s11,64
80001474:	0109d993          	srl	s3,s3,0x10
80001478:	c3dd                	beqz	a5,8000151e <__d_vfprintf+0xb02>
8000147a:	0a0d1263          	bnez	s10,8000151e <__d_vfprintf+0xb02>
8000147e:	fe8df993          	and	s3,s11,-24
80001482:	09c2                	sll	s3,s3,0x10
80001484:	0109d993          	srl	s3,s3,0x10
80001488:	4a81                	li	s5,0
8000148a:	0109fc13          	and	s8,s3,16
8000148e:	0a0c0463          	beqz	s8,80001536 <__d_vfprintf+0xb1a>
80001492:	001a8493          	add	s1,s5,1
80001496:	f20904e3          	beqz	s2,800013be <__d_vfprintf+0x9a2>
8000149a:	84d6                	mv	s1,s5
8000149c:	b705                	j	800013bc <__d_vfprintf+0x9a0>
8000149e:	010ded93          	or	s11,s11,16
800014a2:	46c1                	li	a3,16
800014a4:	07800913          	li	s2,120
800014a8:	b745                	j	80001448 <__d_vfprintf+0xa2c>
800014aa:	07800793          	li	a5,120
800014ae:	00fc9a63          	bne	s9,a5,800014c2 <__d_vfprintf+0xaa6>
800014b2:	05800793          	li	a5,88
800014b6:	46c1                	li	a3,16
800014b8:	f8f918e3          	bne	s2,a5,80001448 <__d_vfprintf+0xa2c>
800014bc:	21000693          	li	a3,528
800014c0:	b761                	j	80001448 <__d_vfprintf+0xa2c>
800014c2:	4582                	lw	a1,0(sp)
800014c4:	02500513          	li	a0,37
800014c8:	9a02                	jalr	s4
800014ca:	d8054863          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
800014ce:	4582                	lw	a1,0(sp)
800014d0:	854a                	mv	a0,s2
800014d2:	9a02                	jalr	s4
800014d4:	d8054363          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
800014d8:	0409                	add	s0,s0,2
800014da:	4792                	lw	a5,4(sp)
800014dc:	d5eff06f          	j	80000a3a <__d_vfprintf+0x1e>
800014e0:	46a1                	li	a3,8
800014e2:	4901                	li	s2,0
800014e4:	b795                	j	80001448 <__d_vfprintf+0xa2c>
800014e6:	4388                	lw	a0,0(a5)
800014e8:	00478713          	add	a4,a5,4
800014ec:	d23a                	sw	a4,36(sp)
800014ee:	4581                	li	a1,0
800014f0:	bf95                	j	80001464 <__d_vfprintf+0xa48>
800014f2:	00478713          	add	a4,a5,4
800014f6:	4388                	lw	a0,0(a5)
800014f8:	d23a                	sw	a4,36(sp)
800014fa:	100df793          	and	a5,s11,256
800014fe:	dbe5                	beqz	a5,800014ee <__d_vfprintf+0xad2>
80001500:	200df793          	and	a5,s11,512
80001504:	c781                	beqz	a5,8000150c <__d_vfprintf+0xaf0>
80001506:	0ff57513          	zext.b	a0,a0
8000150a:	b7d5                	j	800014ee <__d_vfprintf+0xad2>
8000150c:	0542                	sll	a0,a0,0x10
8000150e:	8141                	srl	a0,a0,0x10
80001510:	bff9                	j	800014ee <__d_vfprintf+0xad2>
80001512:	ff9df813          	and	a6,s11,-7
80001516:	01081993          	sll	s3,a6,0x10
8000151a:	0109d993          	srl	s3,s3,0x10
8000151e:	02810a93          	add	s5,sp,40
80001522:	b5bd                	j	80001390 <__d_vfprintf+0x974>
80001524:	fee9f993          	and	s3,s3,-18
80001528:	09c2                	sll	s3,s3,0x10
8000152a:	0109d993          	srl	s3,s3,0x10
8000152e:	84ea                	mv	s1,s10
80001530:	bdf5                	j	8000142c <__d_vfprintf+0xa10>
80001532:	89be                	mv	s3,a5
80001534:	bf99                	j	8000148a <__d_vfprintf+0xa6e>
80001536:	84d6                	mv	s1,s5
80001538:	bdd5                	j	8000142c <__d_vfprintf+0xa10>
8000153a:	4582                	lw	a1,0(sp)
8000153c:	02000513          	li	a0,32
80001540:	9a02                	jalr	s4
80001542:	d0054c63          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001546:	0b85                	add	s7,s7,1
80001548:	ff6bc9e3          	blt	s7,s6,8000153a <__d_vfprintf+0xb1e>
8000154c:	409404b3          	sub	s1,s0,s1
80001550:	01748433          	add	s0,s1,s7
80001554:	84de                	mv	s1,s7
80001556:	020c0363          	beqz	s8,8000157c <__d_vfprintf+0xb60>
8000155a:	4582                	lw	a1,0(sp)
8000155c:	03000513          	li	a0,48
80001560:	9a02                	jalr	s4
80001562:	ce054c63          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001566:	04090d63          	beqz	s2,800015c0 <__d_vfprintf+0xba4>
8000156a:	4582                	lw	a1,0(sp)
8000156c:	0409                	add	s0,s0,2
8000156e:	854a                	mv	a0,s2
80001570:	9a02                	jalr	s4
80001572:	ce054463          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
80001576:	8c22                	mv	s8,s0
80001578:	9d22                	add	s10,s10,s0
8000157a:	a81d                	j	800015b0 <__d_vfprintf+0xb94>
8000157c:	4069f793          	and	a5,s3,1030
80001580:	dbfd                	beqz	a5,80001576 <__d_vfprintf+0xb5a>
80001582:	0029f793          	and	a5,s3,2
80001586:	02000513          	li	a0,32
8000158a:	c399                	beqz	a5,80001590 <__d_vfprintf+0xb74>
8000158c:	02b00513          	li	a0,43
80001590:	4009f993          	and	s3,s3,1024
80001594:	00098463          	beqz	s3,8000159c <__d_vfprintf+0xb80>
80001598:	02d00513          	li	a0,45
8000159c:	4582                	lw	a1,0(sp)
8000159e:	0405                	add	s0,s0,1
800015a0:	bfc1                	j	80001570 <__d_vfprintf+0xb54>
800015a2:	4582                	lw	a1,0(sp)
800015a4:	03000513          	li	a0,48
800015a8:	0c05                	add	s8,s8,1
800015aa:	9a02                	jalr	s4
800015ac:	ca054763          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
800015b0:	418d07b3          	sub	a5,s10,s8
800015b4:	fefac7e3          	blt	s5,a5,800015a2 <__d_vfprintf+0xb86>
800015b8:	8456                	mv	s0,s5
800015ba:	e409                	bnez	s0,800015c4 <__d_vfprintf+0xba8>
800015bc:	9c56                	add	s8,s8,s5
800015be:	b325                	j	800012e6 <__d_vfprintf+0x8ca>
800015c0:	0405                	add	s0,s0,1
800015c2:	bf55                	j	80001576 <__d_vfprintf+0xb5a>
800015c4:	147d                	add	s0,s0,-1
800015c6:	103c                	add	a5,sp,40
800015c8:	97a2                	add	a5,a5,s0
800015ca:	4582                	lw	a1,0(sp)
800015cc:	0007c503          	lbu	a0,0(a5)
800015d0:	9a02                	jalr	s4
800015d2:	fe0554e3          	bgez	a0,800015ba <__d_vfprintf+0xb9e>
800015d6:	c84ff06f          	j	80000a5a <__d_vfprintf+0x3e>
800015da:	4582                	lw	a1,0(sp)
800015dc:	02000513          	li	a0,32
800015e0:	0405                	add	s0,s0,1
800015e2:	9a02                	jalr	s4
800015e4:	c6054b63          	bltz	a0,80000a5a <__d_vfprintf+0x3e>
800015e8:	408487b3          	sub	a5,s1,s0
800015ec:	fef047e3          	bgtz	a5,800015da <__d_vfprintf+0xbbe>
800015f0:	b5ed                	j	800014da <__d_vfprintf+0xabe>

800015f2 <mulShiftAll64>:
800015f2:	0f0012ef          	jal	t0,800026e2 <__riscv_save_10>
800015f6:	84b2                	mv	s1,a2
800015f8:	00159913          	sll	s2,a1,0x1
800015fc:	4210                	lw	a2,0(a2)
800015fe:	8ab6                	mv	s5,a3
80001600:	89be                	mv	s3,a5
80001602:	40d4                	lw	a3,4(s1)
80001604:	01f55793          	srl	a5,a0,0x1f
80001608:	1141                	add	sp,sp,-16
8000160a:	0127e933          	or	s2,a5,s2
8000160e:	00151413          	sll	s0,a0,0x1
80001612:	8522                	mv	a0,s0
80001614:	85ca                	mv	a1,s2
80001616:	8bba                	mv	s7,a4
80001618:	870a                	mv	a4,sp
8000161a:	8b42                	mv	s6,a6
8000161c:	0f5000ef          	jal	80001f10 <__umul128>
80001620:	44d4                	lw	a3,12(s1)
80001622:	4490                	lw	a2,8(s1)
80001624:	0038                	add	a4,sp,8
80001626:	8caa                	mv	s9,a0
80001628:	8c2e                	mv	s8,a1
8000162a:	8522                	mv	a0,s0
8000162c:	85ca                	mv	a1,s2
8000162e:	0e3000ef          	jal	80001f10 <__umul128>
80001632:	4682                	lw	a3,0(sp)
80001634:	4712                	lw	a4,4(sp)
80001636:	4785                	li	a5,1
80001638:	00d50933          	add	s2,a0,a3
8000163c:	00a93533          	sltu	a0,s2,a0
80001640:	95ba                	add	a1,a1,a4
80001642:	00b50433          	add	s0,a0,a1
80001646:	00e46763          	bltu	s0,a4,80001654 <mulShiftAll64+0x62>
8000164a:	00871463          	bne	a4,s0,80001652 <mulShiftAll64+0x60>
8000164e:	00d96363          	bltu	s2,a3,80001654 <mulShiftAll64+0x62>
80001652:	4781                	li	a5,0
80001654:	4622                	lw	a2,8(sp)
80001656:	4732                	lw	a4,12(sp)
80001658:	963e                	add	a2,a2,a5
8000165a:	00f637b3          	sltu	a5,a2,a5
8000165e:	00e786b3          	add	a3,a5,a4
80001662:	4098                	lw	a4,0(s1)
80001664:	40dc                	lw	a5,4(s1)
80001666:	c432                	sw	a2,8(sp)
80001668:	9766                	add	a4,a4,s9
8000166a:	97e2                	add	a5,a5,s8
8000166c:	019735b3          	sltu	a1,a4,s9
80001670:	95be                	add	a1,a1,a5
80001672:	c636                	sw	a3,12(sp)
80001674:	4785                	li	a5,1
80001676:	0185e763          	bltu	a1,s8,80001684 <mulShiftAll64+0x92>
8000167a:	00bc1463          	bne	s8,a1,80001682 <mulShiftAll64+0x90>
8000167e:	01976363          	bltu	a4,s9,80001684 <mulShiftAll64+0x92>
80001682:	4781                	li	a5,0
80001684:	4498                	lw	a4,8(s1)
80001686:	44c8                	lw	a0,12(s1)
80001688:	fbfa8a13          	add	s4,s5,-65
8000168c:	974a                	add	a4,a4,s2
8000168e:	9522                	add	a0,a0,s0
80001690:	012735b3          	sltu	a1,a4,s2
80001694:	95aa                	add	a1,a1,a0
80001696:	00e78533          	add	a0,a5,a4
8000169a:	00f537b3          	sltu	a5,a0,a5
8000169e:	95be                	add	a1,a1,a5
800016a0:	4785                	li	a5,1
800016a2:	0085e763          	bltu	a1,s0,800016b0 <mulShiftAll64+0xbe>
800016a6:	00b41463          	bne	s0,a1,800016ae <mulShiftAll64+0xbc>
800016aa:	01256363          	bltu	a0,s2,800016b0 <mulShiftAll64+0xbe>
800016ae:	4781                	li	a5,0
800016b0:	963e                	add	a2,a2,a5
800016b2:	00f637b3          	sltu	a5,a2,a5
800016b6:	8752                	mv	a4,s4
800016b8:	96be                	add	a3,a3,a5
800016ba:	0a3000ef          	jal	80001f5c <__shiftright128>
800016be:	00aba023          	sw	a0,0(s7)
800016c2:	00bba223          	sw	a1,4(s7)
800016c6:	4785                	li	a5,1
800016c8:	48a2                	lw	a7,8(sp)
800016ca:	4832                	lw	a6,12(sp)
800016cc:	40cc                	lw	a1,4(s1)
800016ce:	4488                	lw	a0,8(s1)
800016d0:	44d8                	lw	a4,12(s1)
800016d2:	06fb1763          	bne	s6,a5,80001740 <mulShiftAll64+0x14e>
800016d6:	40a906b3          	sub	a3,s2,a0
800016da:	00d93633          	sltu	a2,s2,a3
800016de:	40e407b3          	sub	a5,s0,a4
800016e2:	8f91                	sub	a5,a5,a2
800016e4:	4505                	li	a0,1
800016e6:	00bc6863          	bltu	s8,a1,800016f6 <mulShiftAll64+0x104>
800016ea:	01859563          	bne	a1,s8,800016f4 <mulShiftAll64+0x102>
800016ee:	4098                	lw	a4,0(s1)
800016f0:	00ece363          	bltu	s9,a4,800016f6 <mulShiftAll64+0x104>
800016f4:	4501                	li	a0,0
800016f6:	40a68533          	sub	a0,a3,a0
800016fa:	00a6b6b3          	sltu	a3,a3,a0
800016fe:	40d785b3          	sub	a1,a5,a3
80001702:	4605                	li	a2,1
80001704:	00b46763          	bltu	s0,a1,80001712 <mulShiftAll64+0x120>
80001708:	00859463          	bne	a1,s0,80001710 <mulShiftAll64+0x11e>
8000170c:	00a96363          	bltu	s2,a0,80001712 <mulShiftAll64+0x120>
80001710:	4601                	li	a2,0
80001712:	40c88633          	sub	a2,a7,a2
80001716:	00c8b6b3          	sltu	a3,a7,a2
8000171a:	8752                	mv	a4,s4
8000171c:	40d806b3          	sub	a3,a6,a3
80001720:	03d000ef          	jal	80001f5c <__shiftright128>
80001724:	4622                	lw	a2,8(sp)
80001726:	46b2                	lw	a3,12(sp)
80001728:	00a9a023          	sw	a0,0(s3)
8000172c:	00b9a223          	sw	a1,4(s3)
80001730:	8752                	mv	a4,s4
80001732:	854a                	mv	a0,s2
80001734:	85a2                	mv	a1,s0
80001736:	027000ef          	jal	80001f5c <__shiftright128>
8000173a:	0141                	add	sp,sp,16
8000173c:	7df0006f          	j	8000271a <__riscv_restore_10>
80001740:	01fcd793          	srl	a5,s9,0x1f
80001744:	001c1613          	sll	a2,s8,0x1
80001748:	8e5d                	or	a2,a2,a5
8000174a:	01f95693          	srl	a3,s2,0x1f
8000174e:	00141793          	sll	a5,s0,0x1
80001752:	001c9e93          	sll	t4,s9,0x1
80001756:	8fd5                	or	a5,a5,a3
80001758:	00191313          	sll	t1,s2,0x1
8000175c:	4e05                	li	t3,1
8000175e:	01866763          	bltu	a2,s8,8000176c <mulShiftAll64+0x17a>
80001762:	00cc1463          	bne	s8,a2,8000176a <mulShiftAll64+0x178>
80001766:	019ee363          	bltu	t4,s9,8000176c <mulShiftAll64+0x17a>
8000176a:	4e01                	li	t3,0
8000176c:	9e1a                	add	t3,t3,t1
8000176e:	006e3333          	sltu	t1,t3,t1
80001772:	933e                	add	t1,t1,a5
80001774:	4785                	li	a5,1
80001776:	00b66863          	bltu	a2,a1,80001786 <mulShiftAll64+0x194>
8000177a:	00c59563          	bne	a1,a2,80001784 <mulShiftAll64+0x192>
8000177e:	4094                	lw	a3,0(s1)
80001780:	00dee363          	bltu	t4,a3,80001786 <mulShiftAll64+0x194>
80001784:	4781                	li	a5,0
80001786:	40fe07b3          	sub	a5,t3,a5
8000178a:	00fe35b3          	sltu	a1,t3,a5
8000178e:	40b305b3          	sub	a1,t1,a1
80001792:	40a78533          	sub	a0,a5,a0
80001796:	00a7b7b3          	sltu	a5,a5,a0
8000179a:	8d99                	sub	a1,a1,a4
8000179c:	01f8d693          	srl	a3,a7,0x1f
800017a0:	8d9d                	sub	a1,a1,a5
800017a2:	00181793          	sll	a5,a6,0x1
800017a6:	8fd5                	or	a5,a5,a3
800017a8:	fc0a8713          	add	a4,s5,-64
800017ac:	0886                	sll	a7,a7,0x1
800017ae:	4685                	li	a3,1
800017b0:	00836763          	bltu	t1,s0,800017be <mulShiftAll64+0x1cc>
800017b4:	00641463          	bne	s0,t1,800017bc <mulShiftAll64+0x1ca>
800017b8:	012e6363          	bltu	t3,s2,800017be <mulShiftAll64+0x1cc>
800017bc:	4681                	li	a3,0
800017be:	96c6                	add	a3,a3,a7
800017c0:	0116b8b3          	sltu	a7,a3,a7
800017c4:	98be                	add	a7,a7,a5
800017c6:	4605                	li	a2,1
800017c8:	00b36763          	bltu	t1,a1,800017d6 <mulShiftAll64+0x1e4>
800017cc:	00659463          	bne	a1,t1,800017d4 <mulShiftAll64+0x1e2>
800017d0:	00ae6363          	bltu	t3,a0,800017d6 <mulShiftAll64+0x1e4>
800017d4:	4601                	li	a2,0
800017d6:	40c68633          	sub	a2,a3,a2
800017da:	00c6b6b3          	sltu	a3,a3,a2
800017de:	40d886b3          	sub	a3,a7,a3
800017e2:	bf3d                	j	80001720 <mulShiftAll64+0x12e>

800017e4 <div10>:
800017e4:	727002ef          	jal	t0,8000270a <__riscv_save_0>
800017e8:	800037b7          	lui	a5,0x80003
800017ec:	e507a603          	lw	a2,-432(a5) # 80002e50 <stdout+0x4>
800017f0:	e547a683          	lw	a3,-428(a5)
800017f4:	1141                	add	sp,sp,-16
800017f6:	0038                	add	a4,sp,8
800017f8:	718000ef          	jal	80001f10 <__umul128>
800017fc:	45b2                	lw	a1,12(sp)
800017fe:	47a2                	lw	a5,8(sp)
80001800:	01d59513          	sll	a0,a1,0x1d
80001804:	838d                	srl	a5,a5,0x3
80001806:	8d5d                	or	a0,a0,a5
80001808:	818d                	srl	a1,a1,0x3
8000180a:	0141                	add	sp,sp,16
8000180c:	7230006f          	j	8000272e <__riscv_restore_0>

80001810 <__dtoa_engine>:
80001810:	6cb002ef          	jal	t0,800026da <__riscv_save_12>
80001814:	715d                	add	sp,sp,-80
80001816:	8bb6                	mv	s7,a3
80001818:	001006b7          	lui	a3,0x100
8000181c:	c43a                	sw	a4,8(sp)
8000181e:	c63e                	sw	a5,12(sp)
80001820:	01f5d713          	srl	a4,a1,0x1f
80001824:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
80001828:	0145d793          	srl	a5,a1,0x14
8000182c:	00bdfdb3          	and	s11,s11,a1
80001830:	c03a                	sw	a4,0(sp)
80001832:	7ff7f413          	and	s0,a5,2047
80001836:	84aa                	mv	s1,a0
80001838:	8ab2                	mv	s5,a2
8000183a:	00ade733          	or	a4,s11,a0
8000183e:	e405                	bnez	s0,80001866 <__dtoa_engine+0x56>
80001840:	e331                	bnez	a4,80001884 <__dtoa_engine+0x74>
80001842:	03000793          	li	a5,48
80001846:	00f602a3          	sb	a5,5(a2)
8000184a:	4782                	lw	a5,0(sp)
8000184c:	00060323          	sb	zero,6(a2)
80001850:	00062023          	sw	zero,0(a2)
80001854:	0027e993          	or	s3,a5,2
80001858:	01360223          	sb	s3,4(a2)
8000185c:	4405                	li	s0,1
8000185e:	8522                	mv	a0,s0
80001860:	6161                	add	sp,sp,80
80001862:	6b50006f          	j	80002716 <__riscv_restore_12>
80001866:	7ff00613          	li	a2,2047
8000186a:	0ac41163          	bne	s0,a2,8000190c <__dtoa_engine+0xfc>
8000186e:	4782                	lw	a5,0(sp)
80001870:	0047e793          	or	a5,a5,4
80001874:	c701                	beqz	a4,8000187c <__dtoa_engine+0x6c>
80001876:	4782                	lw	a5,0(sp)
80001878:	0087e793          	or	a5,a5,8
8000187c:	00fa8223          	sb	a5,4(s5)
80001880:	4401                	li	s0,0
80001882:	bff1                	j	8000185e <__dtoa_engine+0x4e>
80001884:	00157793          	and	a5,a0,1
80001888:	c23e                	sw	a5,4(sp)
8000188a:	002d9993          	sll	s3,s11,0x2
8000188e:	01e55793          	srl	a5,a0,0x1e
80001892:	0137e9b3          	or	s3,a5,s3
80001896:	00251c13          	sll	s8,a0,0x2
8000189a:	892a                	mv	s2,a0
8000189c:	bcc00413          	li	s0,-1076
800018a0:	4805                	li	a6,1
800018a2:	4d05                	li	s10,1
800018a4:	408004b3          	neg	s1,s0
800018a8:	8526                	mv	a0,s1
800018aa:	ca42                	sw	a6,20(sp)
800018ac:	2589                	jal	80001eee <__log10Pow5>
800018ae:	fff42793          	slti	a5,s0,-1
800018b2:	40f50b33          	sub	s6,a0,a5
800018b6:	416484b3          	sub	s1,s1,s6
800018ba:	8526                	mv	a0,s1
800018bc:	2589                	jal	80001efe <__pow5bits>
800018be:	f8350693          	add	a3,a0,-125
800018c2:	40db06b3          	sub	a3,s6,a3
800018c6:	8526                	mv	a0,s1
800018c8:	008c                	add	a1,sp,64
800018ca:	c836                	sw	a3,16(sp)
800018cc:	2929                	jal	80001ce6 <__double_computePow5>
800018ce:	4852                	lw	a6,20(sp)
800018d0:	46c2                	lw	a3,16(sp)
800018d2:	181c                	add	a5,sp,48
800018d4:	1038                	add	a4,sp,40
800018d6:	0090                	add	a2,sp,64
800018d8:	854a                	mv	a0,s2
800018da:	85ee                	mv	a1,s11
800018dc:	3b19                	jal	800015f2 <mulShiftAll64>
800018de:	4785                	li	a5,1
800018e0:	008b0a33          	add	s4,s6,s0
800018e4:	84ae                	mv	s1,a1
800018e6:	842a                	mv	s0,a0
800018e8:	1367e663          	bltu	a5,s6,80001a14 <__dtoa_engine+0x204>
800018ec:	4792                	lw	a5,4(sp)
800018ee:	4985                	li	s3,1
800018f0:	0e078963          	beqz	a5,800019e2 <__dtoa_engine+0x1d2>
800018f4:	57a2                	lw	a5,40(sp)
800018f6:	5732                	lw	a4,44(sp)
800018f8:	4985                	li	s3,1
800018fa:	fff78693          	add	a3,a5,-1
800018fe:	0017b793          	seqz	a5,a5
80001902:	40f707b3          	sub	a5,a4,a5
80001906:	d436                	sw	a3,40(sp)
80001908:	d63e                	sw	a5,44(sp)
8000190a:	a07d                	j	800019b8 <__dtoa_engine+0x1a8>
8000190c:	01b6edb3          	or	s11,a3,s11
80001910:	00157693          	and	a3,a0,1
80001914:	c236                	sw	a3,4(sp)
80001916:	002d9993          	sll	s3,s11,0x2
8000191a:	01e55693          	srl	a3,a0,0x1e
8000191e:	bcb40413          	add	s0,s0,-1077
80001922:	892a                	mv	s2,a0
80001924:	0136e9b3          	or	s3,a3,s3
80001928:	00251c13          	sll	s8,a0,0x2
8000192c:	4d05                	li	s10,1
8000192e:	e709                	bnez	a4,80001938 <__dtoa_engine+0x128>
80001930:	7fe7f793          	and	a5,a5,2046
80001934:	0017bd13          	seqz	s10,a5
80001938:	886a                	mv	a6,s10
8000193a:	f60445e3          	bltz	s0,800018a4 <__dtoa_engine+0x94>
8000193e:	8522                	mv	a0,s0
80001940:	2345                	jal	80001ee0 <__log10Pow2>
80001942:	00442793          	slti	a5,s0,4
80001946:	0017c793          	xor	a5,a5,1
8000194a:	40f50a33          	sub	s4,a0,a5
8000194e:	8552                	mv	a0,s4
80001950:	237d                	jal	80001efe <__pow5bits>
80001952:	07c50693          	add	a3,a0,124
80001956:	408a0433          	sub	s0,s4,s0
8000195a:	96a2                	add	a3,a3,s0
8000195c:	008c                	add	a1,sp,64
8000195e:	8552                	mv	a0,s4
80001960:	c836                	sw	a3,16(sp)
80001962:	2141                	jal	80001de2 <__double_computeInvPow5>
80001964:	46c2                	lw	a3,16(sp)
80001966:	181c                	add	a5,sp,48
80001968:	8526                	mv	a0,s1
8000196a:	886a                	mv	a6,s10
8000196c:	1038                	add	a4,sp,40
8000196e:	0090                	add	a2,sp,64
80001970:	85ee                	mv	a1,s11
80001972:	3141                	jal	800015f2 <mulShiftAll64>
80001974:	47d5                	li	a5,21
80001976:	842a                	mv	s0,a0
80001978:	84ae                	mv	s1,a1
8000197a:	0947eb63          	bltu	a5,s4,80001a10 <__dtoa_engine+0x200>
8000197e:	800037b7          	lui	a5,0x80003
80001982:	e547a683          	lw	a3,-428(a5) # 80002e54 <stdout+0x8>
80001986:	e507a603          	lw	a2,-432(a5)
8000198a:	1838                	add	a4,sp,56
8000198c:	8562                	mv	a0,s8
8000198e:	85ce                	mv	a1,s3
80001990:	2341                	jal	80001f10 <__umul128>
80001992:	57e2                	lw	a5,56(sp)
80001994:	56f2                	lw	a3,60(sp)
80001996:	5da2                	lw	s11,40(sp)
80001998:	8389                	srl	a5,a5,0x2
8000199a:	06fa                	sll	a3,a3,0x1e
8000199c:	8fd5                	or	a5,a5,a3
8000199e:	4695                	li	a3,5
800019a0:	02f687b3          	mul	a5,a3,a5
800019a4:	5932                	lw	s2,44(sp)
800019a6:	01879b63          	bne	a5,s8,800019bc <__dtoa_engine+0x1ac>
800019aa:	85ce                	mv	a1,s3
800019ac:	8562                	mv	a0,s8
800019ae:	2ced                	jal	80001ca8 <__pow5Factor>
800019b0:	01453733          	sltu	a4,a0,s4
800019b4:	00174993          	xor	s3,a4,1
800019b8:	4d01                	li	s10,0
800019ba:	a025                	j	800019e2 <__dtoa_engine+0x1d2>
800019bc:	4792                	lw	a5,4(sp)
800019be:	e79d                	bnez	a5,800019ec <__dtoa_engine+0x1dc>
800019c0:	fffc0793          	add	a5,s8,-1
800019c4:	41a78533          	sub	a0,a5,s10
800019c8:	001c3593          	seqz	a1,s8
800019cc:	00a7b7b3          	sltu	a5,a5,a0
800019d0:	40b985b3          	sub	a1,s3,a1
800019d4:	8d9d                	sub	a1,a1,a5
800019d6:	2cc9                	jal	80001ca8 <__pow5Factor>
800019d8:	01453933          	sltu	s2,a0,s4
800019dc:	00194d13          	xor	s10,s2,1
800019e0:	4981                	li	s3,0
800019e2:	47a2                	lw	a5,8(sp)
800019e4:	0e079f63          	bnez	a5,80001ae2 <__dtoa_engine+0x2d2>
800019e8:	8b5e                	mv	s6,s7
800019ea:	a049                	j	80001a6c <__dtoa_engine+0x25c>
800019ec:	002c0513          	add	a0,s8,2
800019f0:	018535b3          	sltu	a1,a0,s8
800019f4:	95ce                	add	a1,a1,s3
800019f6:	2c4d                	jal	80001ca8 <__pow5Factor>
800019f8:	01453533          	sltu	a0,a0,s4
800019fc:	00154513          	xor	a0,a0,1
80001a00:	40ad8533          	sub	a0,s11,a0
80001a04:	00adbdb3          	sltu	s11,s11,a0
80001a08:	41b90733          	sub	a4,s2,s11
80001a0c:	d42a                	sw	a0,40(sp)
80001a0e:	d63a                	sw	a4,44(sp)
80001a10:	4981                	li	s3,0
80001a12:	b75d                	j	800019b8 <__dtoa_engine+0x1a8>
80001a14:	03e00793          	li	a5,62
80001a18:	ff67ece3          	bltu	a5,s6,80001a10 <__dtoa_engine+0x200>
80001a1c:	865a                	mv	a2,s6
80001a1e:	557d                	li	a0,-1
80001a20:	55fd                	li	a1,-1
80001a22:	23c5                	jal	80002002 <__ashldi3>
80001a24:	fff54513          	not	a0,a0
80001a28:	fff5c593          	not	a1,a1
80001a2c:	0135f5b3          	and	a1,a1,s3
80001a30:	01857533          	and	a0,a0,s8
80001a34:	00b56733          	or	a4,a0,a1
80001a38:	00173993          	seqz	s3,a4
80001a3c:	bfb5                	j	800019b8 <__dtoa_engine+0x1a8>
80001a3e:	02d50833          	mul	a6,a0,a3
80001a42:	0785                	add	a5,a5,1
80001a44:	02b536b3          	mulhu	a3,a0,a1
80001a48:	02b505b3          	mul	a1,a0,a1
80001a4c:	96c2                	add	a3,a3,a6
80001a4e:	00d4e663          	bltu	s1,a3,80001a5a <__dtoa_engine+0x24a>
80001a52:	fe9696e3          	bne	a3,s1,80001a3e <__dtoa_engine+0x22e>
80001a56:	feb474e3          	bgeu	s0,a1,80001a3e <__dtoa_engine+0x22e>
80001a5a:	4732                	lw	a4,12(sp)
80001a5c:	97d2                	add	a5,a5,s4
80001a5e:	97ba                	add	a5,a5,a4
80001a60:	00f04363          	bgtz	a5,80001a66 <__dtoa_engine+0x256>
80001a64:	4785                	li	a5,1
80001a66:	8b3e                	mv	s6,a5
80001a68:	f8fbc0e3          	blt	s7,a5,800019e8 <__dtoa_engine+0x1d8>
80001a6c:	4c81                	li	s9,0
80001a6e:	4901                	li	s2,0
80001a70:	4c01                	li	s8,0
80001a72:	5522                	lw	a0,40(sp)
80001a74:	55b2                	lw	a1,44(sp)
80001a76:	33bd                	jal	800017e4 <div10>
80001a78:	57c2                	lw	a5,48(sp)
80001a7a:	8dae                	mv	s11,a1
80001a7c:	55d2                	lw	a1,52(sp)
80001a7e:	c82a                	sw	a0,16(sp)
80001a80:	853e                	mv	a0,a5
80001a82:	ca3e                	sw	a5,20(sp)
80001a84:	3385                	jal	800017e4 <div10>
80001a86:	832a                	mv	t1,a0
80001a88:	88ae                	mv	a7,a1
80001a8a:	4ea9                	li	t4,10
80001a8c:	01b5e763          	bltu	a1,s11,80001a9a <__dtoa_engine+0x28a>
80001a90:	08bd9563          	bne	s11,a1,80001b1a <__dtoa_engine+0x30a>
80001a94:	47c2                	lw	a5,16(sp)
80001a96:	08f57263          	bgeu	a0,a5,80001b1a <__dtoa_engine+0x30a>
80001a9a:	8522                	mv	a0,s0
80001a9c:	85a6                	mv	a1,s1
80001a9e:	ce46                	sw	a7,28(sp)
80001aa0:	cc1a                	sw	t1,24(sp)
80001aa2:	3389                	jal	800017e4 <div10>
80001aa4:	4362                	lw	t1,24(sp)
80001aa6:	4ea9                	li	t4,10
80001aa8:	001cb693          	seqz	a3,s9
80001aac:	026e8833          	mul	a6,t4,t1
80001ab0:	00d9f9b3          	and	s3,s3,a3
80001ab4:	47d2                	lw	a5,20(sp)
80001ab6:	48f2                	lw	a7,28(sp)
80001ab8:	d66e                	sw	s11,44(sp)
80001aba:	d81a                	sw	t1,48(sp)
80001abc:	da46                	sw	a7,52(sp)
80001abe:	0905                	add	s2,s2,1
80001ac0:	84ae                	mv	s1,a1
80001ac2:	02ae86b3          	mul	a3,t4,a0
80001ac6:	40f80833          	sub	a6,a6,a5
80001aca:	47c2                	lw	a5,16(sp)
80001acc:	00183813          	seqz	a6,a6
80001ad0:	010d7d33          	and	s10,s10,a6
80001ad4:	d43e                	sw	a5,40(sp)
80001ad6:	40d406b3          	sub	a3,s0,a3
80001ada:	0ff6fc93          	zext.b	s9,a3
80001ade:	842a                	mv	s0,a0
80001ae0:	bf49                	j	80001a72 <__dtoa_engine+0x262>
80001ae2:	45a9                	li	a1,10
80001ae4:	4681                	li	a3,0
80001ae6:	4785                	li	a5,1
80001ae8:	4529                	li	a0,10
80001aea:	b795                	j	80001a4e <__dtoa_engine+0x23e>
80001aec:	030e8f33          	mul	t5,t4,a6
80001af0:	0505                	add	a0,a0,1
80001af2:	02beb833          	mulhu	a6,t4,a1
80001af6:	02be85b3          	mul	a1,t4,a1
80001afa:	987a                	add	a6,a6,t5
80001afc:	0104e663          	bltu	s1,a6,80001b08 <__dtoa_engine+0x2f8>
80001b00:	fe9816e3          	bne	a6,s1,80001aec <__dtoa_engine+0x2dc>
80001b04:	feb474e3          	bgeu	s0,a1,80001aec <__dtoa_engine+0x2dc>
80001b08:	00ab5d63          	bge	s6,a0,80001b22 <__dtoa_engine+0x312>
80001b0c:	000b1563          	bnez	s6,80001b16 <__dtoa_engine+0x306>
80001b10:	009465b3          	or	a1,s0,s1
80001b14:	c599                	beqz	a1,80001b22 <__dtoa_engine+0x312>
80001b16:	4c05                	li	s8,1
80001b18:	b749                	j	80001a9a <__dtoa_engine+0x28a>
80001b1a:	45a9                	li	a1,10
80001b1c:	4801                	li	a6,0
80001b1e:	4505                	li	a0,1
80001b20:	bff1                	j	80001afc <__dtoa_engine+0x2ec>
80001b22:	040d0e63          	beqz	s10,80001b7e <__dtoa_engine+0x36e>
80001b26:	4da9                	li	s11,10
80001b28:	5342                	lw	t1,48(sp)
80001b2a:	55d2                	lw	a1,52(sp)
80001b2c:	851a                	mv	a0,t1
80001b2e:	c81a                	sw	t1,16(sp)
80001b30:	3955                	jal	800017e4 <div10>
80001b32:	ce2e                	sw	a1,28(sp)
80001b34:	02ad85b3          	mul	a1,s11,a0
80001b38:	4342                	lw	t1,16(sp)
80001b3a:	882a                	mv	a6,a0
80001b3c:	cc42                	sw	a6,24(sp)
80001b3e:	04659063          	bne	a1,t1,80001b7e <__dtoa_engine+0x36e>
80001b42:	5522                	lw	a0,40(sp)
80001b44:	55b2                	lw	a1,44(sp)
80001b46:	0905                	add	s2,s2,1
80001b48:	3971                	jal	800017e4 <div10>
80001b4a:	ca2a                	sw	a0,20(sp)
80001b4c:	c82e                	sw	a1,16(sp)
80001b4e:	8522                	mv	a0,s0
80001b50:	85a6                	mv	a1,s1
80001b52:	3949                	jal	800017e4 <div10>
80001b54:	001cb693          	seqz	a3,s9
80001b58:	00d9f9b3          	and	s3,s3,a3
80001b5c:	02ad86b3          	mul	a3,s11,a0
80001b60:	4e52                	lw	t3,20(sp)
80001b62:	4342                	lw	t1,16(sp)
80001b64:	4862                	lw	a6,24(sp)
80001b66:	48f2                	lw	a7,28(sp)
80001b68:	d472                	sw	t3,40(sp)
80001b6a:	d61a                	sw	t1,44(sp)
80001b6c:	d842                	sw	a6,48(sp)
80001b6e:	da46                	sw	a7,52(sp)
80001b70:	84ae                	mv	s1,a1
80001b72:	40d406b3          	sub	a3,s0,a3
80001b76:	0ff6fc93          	zext.b	s9,a3
80001b7a:	842a                	mv	s0,a0
80001b7c:	b775                	j	80001b28 <__dtoa_engine+0x318>
80001b7e:	9952                	add	s2,s2,s4
80001b80:	0c098563          	beqz	s3,80001c4a <__dtoa_engine+0x43a>
80001b84:	4715                	li	a4,5
80001b86:	0cec9263          	bne	s9,a4,80001c4a <__dtoa_engine+0x43a>
80001b8a:	00147713          	and	a4,s0,1
80001b8e:	e35d                	bnez	a4,80001c34 <__dtoa_engine+0x424>
80001b90:	000c1963          	bnez	s8,80001ba2 <__dtoa_engine+0x392>
80001b94:	5742                	lw	a4,48(sp)
80001b96:	00871563          	bne	a4,s0,80001ba0 <__dtoa_engine+0x390>
80001b9a:	5752                	lw	a4,52(sp)
80001b9c:	0c970963          	beq	a4,s1,80001c6e <__dtoa_engine+0x45e>
80001ba0:	4701                	li	a4,0
80001ba2:	943a                	add	s0,s0,a4
80001ba4:	00e435b3          	sltu	a1,s0,a4
80001ba8:	95a6                	add	a1,a1,s1
80001baa:	8a2e                	mv	s4,a1
80001bac:	84a2                	mv	s1,s0
80001bae:	4629                	li	a2,10
80001bb0:	4681                	li	a3,0
80001bb2:	4c05                	li	s8,1
80001bb4:	4529                	li	a0,10
80001bb6:	00d5e663          	bltu	a1,a3,80001bc2 <__dtoa_engine+0x3b2>
80001bba:	0ab69c63          	bne	a3,a1,80001c72 <__dtoa_engine+0x462>
80001bbe:	0ac47a63          	bgeu	s0,a2,80001c72 <__dtoa_engine+0x462>
80001bc2:	cf15                	beqz	a4,80001bfe <__dtoa_engine+0x3ee>
80001bc4:	038b5d63          	bge	s6,s8,80001bfe <__dtoa_engine+0x3ee>
80001bc8:	47a2                	lw	a5,8(sp)
80001bca:	cf91                	beqz	a5,80001be6 <__dtoa_engine+0x3d6>
80001bcc:	4732                	lw	a4,12(sp)
80001bce:	012c07b3          	add	a5,s8,s2
80001bd2:	00f70b33          	add	s6,a4,a5
80001bd6:	000b5363          	bgez	s6,80001bdc <__dtoa_engine+0x3cc>
80001bda:	4b01                	li	s6,0
80001bdc:	016bd363          	bge	s7,s6,80001be2 <__dtoa_engine+0x3d2>
80001be0:	8b5e                	mv	s6,s7
80001be2:	018b5e63          	bge	s6,s8,80001bfe <__dtoa_engine+0x3ee>
80001be6:	00540513          	add	a0,s0,5
80001bea:	00853433          	sltu	s0,a0,s0
80001bee:	4629                	li	a2,10
80001bf0:	4681                	li	a3,0
80001bf2:	95a2                	add	a1,a1,s0
80001bf4:	2185                	jal	80002054 <__udivdi3>
80001bf6:	84aa                	mv	s1,a0
80001bf8:	8a2e                	mv	s4,a1
80001bfa:	0905                	add	s2,s2,1
80001bfc:	1c7d                	add	s8,s8,-1
80001bfe:	87da                	mv	a5,s6
80001c00:	016c5363          	bge	s8,s6,80001c06 <__dtoa_engine+0x3f6>
80001c04:	87e2                	mv	a5,s8
80001c06:	01079413          	sll	s0,a5,0x10
80001c0a:	0942                	sll	s2,s2,0x10
80001c0c:	8441                	sra	s0,s0,0x10
80001c0e:	41095913          	sra	s2,s2,0x10
80001c12:	9922                	add	s2,s2,s0
80001c14:	008a8b33          	add	s6,s5,s0
80001c18:	197d                	add	s2,s2,-1
80001c1a:	4b81                	li	s7,0
80001c1c:	8c5a                	mv	s8,s6
80001c1e:	1b7d                	add	s6,s6,-1
80001c20:	068bc263          	blt	s7,s0,80001c84 <__dtoa_engine+0x474>
80001c24:	4782                	lw	a5,0(sp)
80001c26:	000c02a3          	sb	zero,5(s8)
80001c2a:	012aa023          	sw	s2,0(s5)
80001c2e:	00fa8223          	sb	a5,4(s5)
80001c32:	b135                	j	8000185e <__dtoa_engine+0x4e>
80001c34:	4705                	li	a4,1
80001c36:	f60c16e3          	bnez	s8,80001ba2 <__dtoa_engine+0x392>
80001c3a:	5742                	lw	a4,48(sp)
80001c3c:	00871563          	bne	a4,s0,80001c46 <__dtoa_engine+0x436>
80001c40:	5752                	lw	a4,52(sp)
80001c42:	00970c63          	beq	a4,s1,80001c5a <__dtoa_engine+0x44a>
80001c46:	4705                	li	a4,1
80001c48:	bfa9                	j	80001ba2 <__dtoa_engine+0x392>
80001c4a:	000c1d63          	bnez	s8,80001c64 <__dtoa_engine+0x454>
80001c4e:	5742                	lw	a4,48(sp)
80001c50:	00871a63          	bne	a4,s0,80001c64 <__dtoa_engine+0x454>
80001c54:	5752                	lw	a4,52(sp)
80001c56:	00971763          	bne	a4,s1,80001c64 <__dtoa_engine+0x454>
80001c5a:	4792                	lw	a5,4(sp)
80001c5c:	4705                	li	a4,1
80001c5e:	f3b1                	bnez	a5,80001ba2 <__dtoa_engine+0x392>
80001c60:	f40d01e3          	beqz	s10,80001ba2 <__dtoa_engine+0x392>
80001c64:	005cb693          	sltiu	a3,s9,5
80001c68:	0016c713          	xor	a4,a3,1
80001c6c:	bf1d                	j	80001ba2 <__dtoa_engine+0x392>
80001c6e:	4c91                	li	s9,4
80001c70:	b7ed                	j	80001c5a <__dtoa_engine+0x44a>
80001c72:	02d50833          	mul	a6,a0,a3
80001c76:	0c05                	add	s8,s8,1
80001c78:	02c536b3          	mulhu	a3,a0,a2
80001c7c:	02c50633          	mul	a2,a0,a2
80001c80:	96c2                	add	a3,a3,a6
80001c82:	bf15                	j	80001bb6 <__dtoa_engine+0x3a6>
80001c84:	4629                	li	a2,10
80001c86:	4681                	li	a3,0
80001c88:	8526                	mv	a0,s1
80001c8a:	85d2                	mv	a1,s4
80001c8c:	271d                	jal	800023b2 <__umoddi3>
80001c8e:	03050513          	add	a0,a0,48
80001c92:	00ab02a3          	sb	a0,5(s6)
80001c96:	85d2                	mv	a1,s4
80001c98:	8526                	mv	a0,s1
80001c9a:	4629                	li	a2,10
80001c9c:	4681                	li	a3,0
80001c9e:	2e5d                	jal	80002054 <__udivdi3>
80001ca0:	84aa                	mv	s1,a0
80001ca2:	8a2e                	mv	s4,a1
80001ca4:	0b85                	add	s7,s7,1
80001ca6:	bfa5                	j	80001c1e <__dtoa_engine+0x40e>

80001ca8 <__pow5Factor>:
80001ca8:	ccccd737          	lui	a4,0xccccd
80001cac:	333336b7          	lui	a3,0x33333
80001cb0:	87aa                	mv	a5,a0
80001cb2:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
80001cb6:	4501                	li	a0,0
80001cb8:	ccc70713          	add	a4,a4,-820
80001cbc:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001cc0:	02c585b3          	mul	a1,a1,a2
80001cc4:	02e78833          	mul	a6,a5,a4
80001cc8:	982e                	add	a6,a6,a1
80001cca:	02c7b5b3          	mulhu	a1,a5,a2
80001cce:	95c2                	add	a1,a1,a6
80001cd0:	02c787b3          	mul	a5,a5,a2
80001cd4:	00b6e863          	bltu	a3,a1,80001ce4 <__pow5Factor+0x3c>
80001cd8:	00d59463          	bne	a1,a3,80001ce0 <__pow5Factor+0x38>
80001cdc:	00f5e463          	bltu	a1,a5,80001ce4 <__pow5Factor+0x3c>
80001ce0:	0505                	add	a0,a0,1
80001ce2:	bff9                	j	80001cc0 <__pow5Factor+0x18>
80001ce4:	8082                	ret

80001ce6 <__double_computePow5>:
80001ce6:	1fd002ef          	jal	t0,800026e2 <__riscv_save_10>
80001cea:	47e9                	li	a5,26
80001cec:	02f55b33          	divu	s6,a0,a5
80001cf0:	800039b7          	lui	s3,0x80003
80001cf4:	a1098b93          	add	s7,s3,-1520 # 80002a10 <DOUBLE_POW5_SPLIT2>
80001cf8:	1101                	add	sp,sp,-32
80001cfa:	892e                	mv	s2,a1
80001cfc:	02f577b3          	remu	a5,a0,a5
80001d00:	004b1713          	sll	a4,s6,0x4
80001d04:	9bba                	add	s7,s7,a4
80001d06:	e395                	bnez	a5,80001d2a <__double_computePow5+0x44>
80001d08:	000ba703          	lw	a4,0(s7)
80001d0c:	004ba783          	lw	a5,4(s7)
80001d10:	c198                	sw	a4,0(a1)
80001d12:	c1dc                	sw	a5,4(a1)
80001d14:	008ba503          	lw	a0,8(s7)
80001d18:	00cba583          	lw	a1,12(s7)
80001d1c:	00a92423          	sw	a0,8(s2)
80001d20:	00b92623          	sw	a1,12(s2)
80001d24:	6105                	add	sp,sp,32
80001d26:	1f50006f          	j	8000271a <__riscv_restore_10>
80001d2a:	a1098993          	add	s3,s3,-1520
80001d2e:	078e                	sll	a5,a5,0x3
80001d30:	97ce                	add	a5,a5,s3
80001d32:	0d07aa03          	lw	s4,208(a5)
80001d36:	0d47aa83          	lw	s5,212(a5)
80001d3a:	008ba603          	lw	a2,8(s7)
80001d3e:	00cba683          	lw	a3,12(s7)
80001d42:	0818                	add	a4,sp,16
80001d44:	85d6                	mv	a1,s5
80001d46:	842a                	mv	s0,a0
80001d48:	8552                	mv	a0,s4
80001d4a:	22d9                	jal	80001f10 <__umul128>
80001d4c:	000ba603          	lw	a2,0(s7)
80001d50:	004ba683          	lw	a3,4(s7)
80001d54:	84aa                	mv	s1,a0
80001d56:	8c2e                	mv	s8,a1
80001d58:	0838                	add	a4,sp,24
80001d5a:	8552                	mv	a0,s4
80001d5c:	85d6                	mv	a1,s5
80001d5e:	2a4d                	jal	80001f10 <__umul128>
80001d60:	47e2                	lw	a5,24(sp)
80001d62:	4772                	lw	a4,28(sp)
80001d64:	8aaa                	mv	s5,a0
80001d66:	94be                	add	s1,s1,a5
80001d68:	00f4ba33          	sltu	s4,s1,a5
80001d6c:	9c3a                	add	s8,s8,a4
80001d6e:	9a62                	add	s4,s4,s8
80001d70:	00ea6663          	bltu	s4,a4,80001d7c <__double_computePow5+0x96>
80001d74:	01471d63          	bne	a4,s4,80001d8e <__double_computePow5+0xa8>
80001d78:	00f4fb63          	bgeu	s1,a5,80001d8e <__double_computePow5+0xa8>
80001d7c:	47c2                	lw	a5,16(sp)
80001d7e:	46d2                	lw	a3,20(sp)
80001d80:	00178713          	add	a4,a5,1
80001d84:	00f737b3          	sltu	a5,a4,a5
80001d88:	97b6                	add	a5,a5,a3
80001d8a:	c83a                	sw	a4,16(sp)
80001d8c:	ca3e                	sw	a5,20(sp)
80001d8e:	8522                	mv	a0,s0
80001d90:	c62e                	sw	a1,12(sp)
80001d92:	22b5                	jal	80001efe <__pow5bits>
80001d94:	8baa                	mv	s7,a0
80001d96:	4569                	li	a0,26
80001d98:	02ab0533          	mul	a0,s6,a0
80001d9c:	228d                	jal	80001efe <__pow5bits>
80001d9e:	45b2                	lw	a1,12(sp)
80001da0:	40ab8733          	sub	a4,s7,a0
80001da4:	8626                	mv	a2,s1
80001da6:	86d2                	mv	a3,s4
80001da8:	8556                	mv	a0,s5
80001daa:	c43a                	sw	a4,8(sp)
80001dac:	2a45                	jal	80001f5c <__shiftright128>
80001dae:	00445793          	srl	a5,s0,0x4
80001db2:	078a                	sll	a5,a5,0x2
80001db4:	99be                	add	s3,s3,a5
80001db6:	1a09a783          	lw	a5,416(s3)
80001dba:	0406                	sll	s0,s0,0x1
80001dbc:	8879                	and	s0,s0,30
80001dbe:	0087d7b3          	srl	a5,a5,s0
80001dc2:	8b8d                	and	a5,a5,3
80001dc4:	953e                	add	a0,a0,a5
80001dc6:	00f537b3          	sltu	a5,a0,a5
80001dca:	4722                	lw	a4,8(sp)
80001dcc:	4642                	lw	a2,16(sp)
80001dce:	46d2                	lw	a3,20(sp)
80001dd0:	97ae                	add	a5,a5,a1
80001dd2:	00a92023          	sw	a0,0(s2)
80001dd6:	00f92223          	sw	a5,4(s2)
80001dda:	8526                	mv	a0,s1
80001ddc:	85d2                	mv	a1,s4
80001dde:	2abd                	jal	80001f5c <__shiftright128>
80001de0:	bf35                	j	80001d1c <__double_computePow5+0x36>

80001de2 <__double_computeInvPow5>:
80001de2:	101002ef          	jal	t0,800026e2 <__riscv_save_10>
80001de6:	4b69                	li	s6,26
80001de8:	01950793          	add	a5,a0,25
80001dec:	0367d7b3          	divu	a5,a5,s6
80001df0:	80003ab7          	lui	s5,0x80003
80001df4:	a10a8493          	add	s1,s5,-1520 # 80002a10 <DOUBLE_POW5_SPLIT2>
80001df8:	1f848493          	add	s1,s1,504
80001dfc:	1101                	add	sp,sp,-32
80001dfe:	8a2e                	mv	s4,a1
80001e00:	03678b33          	mul	s6,a5,s6
80001e04:	0792                	sll	a5,a5,0x4
80001e06:	94be                	add	s1,s1,a5
80001e08:	40ab0733          	sub	a4,s6,a0
80001e0c:	00ab1f63          	bne	s6,a0,80001e2a <__double_computeInvPow5+0x48>
80001e10:	4098                	lw	a4,0(s1)
80001e12:	40dc                	lw	a5,4(s1)
80001e14:	c198                	sw	a4,0(a1)
80001e16:	c1dc                	sw	a5,4(a1)
80001e18:	4488                	lw	a0,8(s1)
80001e1a:	44cc                	lw	a1,12(s1)
80001e1c:	00aa2423          	sw	a0,8(s4)
80001e20:	00ba2623          	sw	a1,12(s4)
80001e24:	6105                	add	sp,sp,32
80001e26:	0f50006f          	j	8000271a <__riscv_restore_10>
80001e2a:	a10a8a93          	add	s5,s5,-1520
80001e2e:	070e                	sll	a4,a4,0x3
80001e30:	9756                	add	a4,a4,s5
80001e32:	0d072903          	lw	s2,208(a4)
80001e36:	0d472983          	lw	s3,212(a4)
80001e3a:	4490                	lw	a2,8(s1)
80001e3c:	44d4                	lw	a3,12(s1)
80001e3e:	0818                	add	a4,sp,16
80001e40:	85ce                	mv	a1,s3
80001e42:	842a                	mv	s0,a0
80001e44:	854a                	mv	a0,s2
80001e46:	20e9                	jal	80001f10 <__umul128>
80001e48:	4090                	lw	a2,0(s1)
80001e4a:	40d4                	lw	a3,4(s1)
80001e4c:	8c2a                	mv	s8,a0
80001e4e:	00163793          	seqz	a5,a2
80001e52:	8bae                	mv	s7,a1
80001e54:	0838                	add	a4,sp,24
80001e56:	8e9d                	sub	a3,a3,a5
80001e58:	854a                	mv	a0,s2
80001e5a:	85ce                	mv	a1,s3
80001e5c:	167d                	add	a2,a2,-1
80001e5e:	284d                	jal	80001f10 <__umul128>
80001e60:	47e2                	lw	a5,24(sp)
80001e62:	4772                	lw	a4,28(sp)
80001e64:	89aa                	mv	s3,a0
80001e66:	9c3e                	add	s8,s8,a5
80001e68:	00fc3933          	sltu	s2,s8,a5
80001e6c:	9bba                	add	s7,s7,a4
80001e6e:	995e                	add	s2,s2,s7
80001e70:	00e96663          	bltu	s2,a4,80001e7c <__double_computeInvPow5+0x9a>
80001e74:	01271d63          	bne	a4,s2,80001e8e <__double_computeInvPow5+0xac>
80001e78:	00fc7b63          	bgeu	s8,a5,80001e8e <__double_computeInvPow5+0xac>
80001e7c:	47c2                	lw	a5,16(sp)
80001e7e:	46d2                	lw	a3,20(sp)
80001e80:	00178713          	add	a4,a5,1
80001e84:	00f737b3          	sltu	a5,a4,a5
80001e88:	97b6                	add	a5,a5,a3
80001e8a:	c83a                	sw	a4,16(sp)
80001e8c:	ca3e                	sw	a5,20(sp)
80001e8e:	855a                	mv	a0,s6
80001e90:	c62e                	sw	a1,12(sp)
80001e92:	20b5                	jal	80001efe <__pow5bits>
80001e94:	8b2a                	mv	s6,a0
80001e96:	8522                	mv	a0,s0
80001e98:	209d                	jal	80001efe <__pow5bits>
80001e9a:	45b2                	lw	a1,12(sp)
80001e9c:	40ab0733          	sub	a4,s6,a0
80001ea0:	8662                	mv	a2,s8
80001ea2:	86ca                	mv	a3,s2
80001ea4:	854e                	mv	a0,s3
80001ea6:	c43a                	sw	a4,8(sp)
80001ea8:	2855                	jal	80001f5c <__shiftright128>
80001eaa:	00445793          	srl	a5,s0,0x4
80001eae:	078a                	sll	a5,a5,0x2
80001eb0:	9abe                	add	s5,s5,a5
80001eb2:	2e8aa783          	lw	a5,744(s5)
80001eb6:	0406                	sll	s0,s0,0x1
80001eb8:	8879                	and	s0,s0,30
80001eba:	0087d7b3          	srl	a5,a5,s0
80001ebe:	8b8d                	and	a5,a5,3
80001ec0:	0785                	add	a5,a5,1
80001ec2:	953e                	add	a0,a0,a5
80001ec4:	00f537b3          	sltu	a5,a0,a5
80001ec8:	4722                	lw	a4,8(sp)
80001eca:	4642                	lw	a2,16(sp)
80001ecc:	46d2                	lw	a3,20(sp)
80001ece:	97ae                	add	a5,a5,a1
80001ed0:	00aa2023          	sw	a0,0(s4)
80001ed4:	00fa2223          	sw	a5,4(s4)
80001ed8:	8562                	mv	a0,s8
80001eda:	85ca                	mv	a1,s2
80001edc:	2041                	jal	80001f5c <__shiftright128>
80001ede:	bf3d                	j	80001e1c <__double_computeInvPow5+0x3a>

80001ee0 <__log10Pow2>:
80001ee0:	67cd                	lui	a5,0x13
80001ee2:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001ee6:	02f50533          	mul	a0,a0,a5
80001eea:	8149                	srl	a0,a0,0x12
80001eec:	8082                	ret

80001eee <__log10Pow5>:
80001eee:	000b37b7          	lui	a5,0xb3
80001ef2:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001ef6:	02f50533          	mul	a0,a0,a5
80001efa:	8151                	srl	a0,a0,0x14
80001efc:	8082                	ret

80001efe <__pow5bits>:
80001efe:	001297b7          	lui	a5,0x129
80001f02:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001f06:	02f50533          	mul	a0,a0,a5
80001f0a:	814d                	srl	a0,a0,0x13
80001f0c:	0505                	add	a0,a0,1
80001f0e:	8082                	ret

80001f10 <__umul128>:
80001f10:	02c537b3          	mulhu	a5,a0,a2
80001f14:	832e                	mv	t1,a1
80001f16:	02c585b3          	mul	a1,a1,a2
80001f1a:	02c33833          	mulhu	a6,t1,a2
80001f1e:	95be                	add	a1,a1,a5
80001f20:	00f5b7b3          	sltu	a5,a1,a5
80001f24:	97c2                	add	a5,a5,a6
80001f26:	02a68833          	mul	a6,a3,a0
80001f2a:	02a6b8b3          	mulhu	a7,a3,a0
80001f2e:	95c2                	add	a1,a1,a6
80001f30:	0105b833          	sltu	a6,a1,a6
80001f34:	98c2                	add	a7,a7,a6
80001f36:	02d30833          	mul	a6,t1,a3
80001f3a:	02d33333          	mulhu	t1,t1,a3
80001f3e:	983e                	add	a6,a6,a5
80001f40:	011806b3          	add	a3,a6,a7
80001f44:	00f837b3          	sltu	a5,a6,a5
80001f48:	0106b833          	sltu	a6,a3,a6
80001f4c:	c314                	sw	a3,0(a4)
80001f4e:	979a                	add	a5,a5,t1
80001f50:	983e                	add	a6,a6,a5
80001f52:	02c50533          	mul	a0,a0,a2
80001f56:	01072223          	sw	a6,4(a4)
80001f5a:	8082                	ret

80001f5c <__shiftright128>:
80001f5c:	794002ef          	jal	t0,800026f0 <__riscv_save_4>
80001f60:	8a2a                	mv	s4,a0
80001f62:	8532                	mv	a0,a2
80001f64:	04000613          	li	a2,64
80001f68:	8e19                	sub	a2,a2,a4
80001f6a:	89ae                	mv	s3,a1
80001f6c:	85b6                	mv	a1,a3
80001f6e:	843a                	mv	s0,a4
80001f70:	2849                	jal	80002002 <__ashldi3>
80001f72:	892a                	mv	s2,a0
80001f74:	84ae                	mv	s1,a1
80001f76:	8622                	mv	a2,s0
80001f78:	8552                	mv	a0,s4
80001f7a:	85ce                	mv	a1,s3
80001f7c:	28b9                	jal	80001fda <__lshrdi3>
80001f7e:	00a96533          	or	a0,s2,a0
80001f82:	8dc5                	or	a1,a1,s1
80001f84:	a745                	j	80002724 <__riscv_restore_4>

80001f86 <__libc_fini_array>:
80001f86:	784002ef          	jal	t0,8000270a <__riscv_save_0>
80001f8a:	800037b7          	lui	a5,0x80003
80001f8e:	80003437          	lui	s0,0x80003
80001f92:	e5878713          	add	a4,a5,-424 # 80002e58 <__fini_array_end>
80001f96:	e5840413          	add	s0,s0,-424 # 80002e58 <__fini_array_end>
80001f9a:	8c19                	sub	s0,s0,a4
80001f9c:	8409                	sra	s0,s0,0x2
80001f9e:	e5878493          	add	s1,a5,-424
80001fa2:	e809                	bnez	s0,80001fb4 <__libc_fini_array+0x2e>
80001fa4:	00000793          	li	a5,0
80001fa8:	c789                	beqz	a5,80001fb2 <__libc_fini_array+0x2c>
80001faa:	00000097          	auipc	ra,0x0
80001fae:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001fb2:	afb5                	j	8000272e <__riscv_restore_0>
80001fb4:	147d                	add	s0,s0,-1
80001fb6:	00241793          	sll	a5,s0,0x2
80001fba:	97a6                	add	a5,a5,s1
80001fbc:	439c                	lw	a5,0(a5)
80001fbe:	9782                	jalr	a5
80001fc0:	b7cd                	j	80001fa2 <__libc_fini_array+0x1c>

80001fc2 <strnlen>:
80001fc2:	95aa                	add	a1,a1,a0
80001fc4:	87aa                	mv	a5,a0
80001fc6:	00b78563          	beq	a5,a1,80001fd0 <strnlen+0xe>
80001fca:	0007c703          	lbu	a4,0(a5)
80001fce:	e701                	bnez	a4,80001fd6 <strnlen+0x14>
80001fd0:	40a78533          	sub	a0,a5,a0
80001fd4:	8082                	ret
80001fd6:	0785                	add	a5,a5,1
80001fd8:	b7fd                	j	80001fc6 <strnlen+0x4>

80001fda <__lshrdi3>:
80001fda:	ca19                	beqz	a2,80001ff0 <__lshrdi3+0x16>
80001fdc:	02000793          	li	a5,32
80001fe0:	8f91                	sub	a5,a5,a2
80001fe2:	00f04863          	bgtz	a5,80001ff2 <__lshrdi3+0x18>
80001fe6:	1601                	add	a2,a2,-32
80001fe8:	00c5d533          	srl	a0,a1,a2
80001fec:	4701                	li	a4,0
80001fee:	85ba                	mv	a1,a4
80001ff0:	8082                	ret
80001ff2:	00c5d733          	srl	a4,a1,a2
80001ff6:	00c55533          	srl	a0,a0,a2
80001ffa:	00f595b3          	sll	a1,a1,a5
80001ffe:	8d4d                	or	a0,a0,a1
80002000:	b7fd                	j	80001fee <__lshrdi3+0x14>

80002002 <__ashldi3>:
80002002:	ca19                	beqz	a2,80002018 <__ashldi3+0x16>
80002004:	02000793          	li	a5,32
80002008:	8f91                	sub	a5,a5,a2
8000200a:	00f04863          	bgtz	a5,8000201a <__ashldi3+0x18>
8000200e:	1601                	add	a2,a2,-32
80002010:	00c515b3          	sll	a1,a0,a2
80002014:	4701                	li	a4,0
80002016:	853a                	mv	a0,a4
80002018:	8082                	ret
8000201a:	00c51733          	sll	a4,a0,a2
8000201e:	00c595b3          	sll	a1,a1,a2
80002022:	00f55533          	srl	a0,a0,a5
80002026:	8dc9                	or	a1,a1,a0
80002028:	b7fd                	j	80002016 <__ashldi3+0x14>

8000202a <__ashrdi3>:
8000202a:	ce01                	beqz	a2,80002042 <__ashrdi3+0x18>
8000202c:	02000793          	li	a5,32
80002030:	8f91                	sub	a5,a5,a2
80002032:	00f04963          	bgtz	a5,80002044 <__ashrdi3+0x1a>
80002036:	1601                	add	a2,a2,-32
80002038:	41f5d713          	sra	a4,a1,0x1f
8000203c:	40c5d533          	sra	a0,a1,a2
80002040:	85ba                	mv	a1,a4
80002042:	8082                	ret
80002044:	40c5d733          	sra	a4,a1,a2
80002048:	00c55533          	srl	a0,a0,a2
8000204c:	00f595b3          	sll	a1,a1,a5
80002050:	8d4d                	or	a0,a0,a1
80002052:	b7fd                	j	80002040 <__ashrdi3+0x16>

80002054 <__udivdi3>:
80002054:	88aa                	mv	a7,a0
80002056:	832e                	mv	t1,a1
80002058:	8732                	mv	a4,a2
8000205a:	882a                	mv	a6,a0
8000205c:	87ae                	mv	a5,a1
8000205e:	20069663          	bnez	a3,8000226a <__udivdi3+0x216>
80002062:	00001597          	auipc	a1,0x1
80002066:	cea58593          	add	a1,a1,-790 # 80002d4c <__clz_tab>
8000206a:	0cc37163          	bgeu	t1,a2,8000212c <__udivdi3+0xd8>
8000206e:	66c1                	lui	a3,0x10
80002070:	0ad67763          	bgeu	a2,a3,8000211e <__udivdi3+0xca>
80002074:	10063693          	sltiu	a3,a2,256
80002078:	0016c693          	xor	a3,a3,1
8000207c:	068e                	sll	a3,a3,0x3
8000207e:	00d65533          	srl	a0,a2,a3
80002082:	95aa                	add	a1,a1,a0
80002084:	0005c583          	lbu	a1,0(a1)
80002088:	02000513          	li	a0,32
8000208c:	96ae                	add	a3,a3,a1
8000208e:	40d505b3          	sub	a1,a0,a3
80002092:	00d50b63          	beq	a0,a3,800020a8 <__udivdi3+0x54>
80002096:	00b317b3          	sll	a5,t1,a1
8000209a:	00d8d6b3          	srl	a3,a7,a3
8000209e:	00b61733          	sll	a4,a2,a1
800020a2:	8fd5                	or	a5,a5,a3
800020a4:	00b89833          	sll	a6,a7,a1
800020a8:	01075593          	srl	a1,a4,0x10
800020ac:	02b7d333          	divu	t1,a5,a1
800020b0:	01071613          	sll	a2,a4,0x10
800020b4:	8241                	srl	a2,a2,0x10
800020b6:	02b7f7b3          	remu	a5,a5,a1
800020ba:	851a                	mv	a0,t1
800020bc:	026608b3          	mul	a7,a2,t1
800020c0:	01079693          	sll	a3,a5,0x10
800020c4:	01085793          	srl	a5,a6,0x10
800020c8:	8fd5                	or	a5,a5,a3
800020ca:	0117fc63          	bgeu	a5,a7,800020e2 <__udivdi3+0x8e>
800020ce:	97ba                	add	a5,a5,a4
800020d0:	fff30513          	add	a0,t1,-1
800020d4:	00e7e763          	bltu	a5,a4,800020e2 <__udivdi3+0x8e>
800020d8:	0117f563          	bgeu	a5,a7,800020e2 <__udivdi3+0x8e>
800020dc:	ffe30513          	add	a0,t1,-2
800020e0:	97ba                	add	a5,a5,a4
800020e2:	411787b3          	sub	a5,a5,a7
800020e6:	02b7d8b3          	divu	a7,a5,a1
800020ea:	0842                	sll	a6,a6,0x10
800020ec:	01085813          	srl	a6,a6,0x10
800020f0:	02b7f7b3          	remu	a5,a5,a1
800020f4:	031606b3          	mul	a3,a2,a7
800020f8:	07c2                	sll	a5,a5,0x10
800020fa:	00f86833          	or	a6,a6,a5
800020fe:	87c6                	mv	a5,a7
80002100:	00d87b63          	bgeu	a6,a3,80002116 <__udivdi3+0xc2>
80002104:	983a                	add	a6,a6,a4
80002106:	fff88793          	add	a5,a7,-1
8000210a:	00e86663          	bltu	a6,a4,80002116 <__udivdi3+0xc2>
8000210e:	00d87463          	bgeu	a6,a3,80002116 <__udivdi3+0xc2>
80002112:	ffe88793          	add	a5,a7,-2
80002116:	0542                	sll	a0,a0,0x10
80002118:	8d5d                	or	a0,a0,a5
8000211a:	4581                	li	a1,0
8000211c:	8082                	ret
8000211e:	01000537          	lui	a0,0x1000
80002122:	46c1                	li	a3,16
80002124:	f4a66de3          	bltu	a2,a0,8000207e <__udivdi3+0x2a>
80002128:	46e1                	li	a3,24
8000212a:	bf91                	j	8000207e <__udivdi3+0x2a>
8000212c:	4681                	li	a3,0
8000212e:	ca09                	beqz	a2,80002140 <__udivdi3+0xec>
80002130:	67c1                	lui	a5,0x10
80002132:	08f67f63          	bgeu	a2,a5,800021d0 <__udivdi3+0x17c>
80002136:	10063693          	sltiu	a3,a2,256
8000213a:	0016c693          	xor	a3,a3,1
8000213e:	068e                	sll	a3,a3,0x3
80002140:	00d657b3          	srl	a5,a2,a3
80002144:	95be                	add	a1,a1,a5
80002146:	0005c783          	lbu	a5,0(a1)
8000214a:	97b6                	add	a5,a5,a3
8000214c:	02000693          	li	a3,32
80002150:	40f685b3          	sub	a1,a3,a5
80002154:	08f69563          	bne	a3,a5,800021de <__udivdi3+0x18a>
80002158:	40c307b3          	sub	a5,t1,a2
8000215c:	4585                	li	a1,1
8000215e:	01075893          	srl	a7,a4,0x10
80002162:	0317de33          	divu	t3,a5,a7
80002166:	01071613          	sll	a2,a4,0x10
8000216a:	8241                	srl	a2,a2,0x10
8000216c:	01085693          	srl	a3,a6,0x10
80002170:	0317f7b3          	remu	a5,a5,a7
80002174:	8572                	mv	a0,t3
80002176:	03c60333          	mul	t1,a2,t3
8000217a:	07c2                	sll	a5,a5,0x10
8000217c:	8fd5                	or	a5,a5,a3
8000217e:	0067fc63          	bgeu	a5,t1,80002196 <__udivdi3+0x142>
80002182:	97ba                	add	a5,a5,a4
80002184:	fffe0513          	add	a0,t3,-1
80002188:	00e7e763          	bltu	a5,a4,80002196 <__udivdi3+0x142>
8000218c:	0067f563          	bgeu	a5,t1,80002196 <__udivdi3+0x142>
80002190:	ffee0513          	add	a0,t3,-2
80002194:	97ba                	add	a5,a5,a4
80002196:	406787b3          	sub	a5,a5,t1
8000219a:	0317d333          	divu	t1,a5,a7
8000219e:	0842                	sll	a6,a6,0x10
800021a0:	01085813          	srl	a6,a6,0x10
800021a4:	0317f7b3          	remu	a5,a5,a7
800021a8:	026606b3          	mul	a3,a2,t1
800021ac:	07c2                	sll	a5,a5,0x10
800021ae:	00f86833          	or	a6,a6,a5
800021b2:	879a                	mv	a5,t1
800021b4:	00d87b63          	bgeu	a6,a3,800021ca <__udivdi3+0x176>
800021b8:	983a                	add	a6,a6,a4
800021ba:	fff30793          	add	a5,t1,-1
800021be:	00e86663          	bltu	a6,a4,800021ca <__udivdi3+0x176>
800021c2:	00d87463          	bgeu	a6,a3,800021ca <__udivdi3+0x176>
800021c6:	ffe30793          	add	a5,t1,-2
800021ca:	0542                	sll	a0,a0,0x10
800021cc:	8d5d                	or	a0,a0,a5
800021ce:	8082                	ret
800021d0:	010007b7          	lui	a5,0x1000
800021d4:	46c1                	li	a3,16
800021d6:	f6f665e3          	bltu	a2,a5,80002140 <__udivdi3+0xec>
800021da:	46e1                	li	a3,24
800021dc:	b795                	j	80002140 <__udivdi3+0xec>
800021de:	00b61733          	sll	a4,a2,a1
800021e2:	00f356b3          	srl	a3,t1,a5
800021e6:	01075513          	srl	a0,a4,0x10
800021ea:	00b31333          	sll	t1,t1,a1
800021ee:	00f8d7b3          	srl	a5,a7,a5
800021f2:	0067e7b3          	or	a5,a5,t1
800021f6:	02a6d333          	divu	t1,a3,a0
800021fa:	01071613          	sll	a2,a4,0x10
800021fe:	8241                	srl	a2,a2,0x10
80002200:	00b89833          	sll	a6,a7,a1
80002204:	02a6f6b3          	remu	a3,a3,a0
80002208:	026608b3          	mul	a7,a2,t1
8000220c:	01069593          	sll	a1,a3,0x10
80002210:	0107d693          	srl	a3,a5,0x10
80002214:	8ecd                	or	a3,a3,a1
80002216:	859a                	mv	a1,t1
80002218:	0116fc63          	bgeu	a3,a7,80002230 <__udivdi3+0x1dc>
8000221c:	96ba                	add	a3,a3,a4
8000221e:	fff30593          	add	a1,t1,-1
80002222:	00e6e763          	bltu	a3,a4,80002230 <__udivdi3+0x1dc>
80002226:	0116f563          	bgeu	a3,a7,80002230 <__udivdi3+0x1dc>
8000222a:	ffe30593          	add	a1,t1,-2
8000222e:	96ba                	add	a3,a3,a4
80002230:	411686b3          	sub	a3,a3,a7
80002234:	02a6d8b3          	divu	a7,a3,a0
80002238:	07c2                	sll	a5,a5,0x10
8000223a:	83c1                	srl	a5,a5,0x10
8000223c:	02a6f6b3          	remu	a3,a3,a0
80002240:	03160633          	mul	a2,a2,a7
80002244:	06c2                	sll	a3,a3,0x10
80002246:	8fd5                	or	a5,a5,a3
80002248:	86c6                	mv	a3,a7
8000224a:	00c7fc63          	bgeu	a5,a2,80002262 <__udivdi3+0x20e>
8000224e:	97ba                	add	a5,a5,a4
80002250:	fff88693          	add	a3,a7,-1
80002254:	00e7e763          	bltu	a5,a4,80002262 <__udivdi3+0x20e>
80002258:	00c7f563          	bgeu	a5,a2,80002262 <__udivdi3+0x20e>
8000225c:	ffe88693          	add	a3,a7,-2
80002260:	97ba                	add	a5,a5,a4
80002262:	05c2                	sll	a1,a1,0x10
80002264:	8f91                	sub	a5,a5,a2
80002266:	8dd5                	or	a1,a1,a3
80002268:	bddd                	j	8000215e <__udivdi3+0x10a>
8000226a:	14d5e163          	bltu	a1,a3,800023ac <__udivdi3+0x358>
8000226e:	67c1                	lui	a5,0x10
80002270:	02f6ff63          	bgeu	a3,a5,800022ae <__udivdi3+0x25a>
80002274:	1006b713          	sltiu	a4,a3,256
80002278:	00174713          	xor	a4,a4,1
8000227c:	070e                	sll	a4,a4,0x3
8000227e:	00e6d5b3          	srl	a1,a3,a4
80002282:	00001797          	auipc	a5,0x1
80002286:	aca78793          	add	a5,a5,-1334 # 80002d4c <__clz_tab>
8000228a:	97ae                	add	a5,a5,a1
8000228c:	0007c783          	lbu	a5,0(a5)
80002290:	97ba                	add	a5,a5,a4
80002292:	02000713          	li	a4,32
80002296:	40f705b3          	sub	a1,a4,a5
8000229a:	02f71163          	bne	a4,a5,800022bc <__udivdi3+0x268>
8000229e:	4505                	li	a0,1
800022a0:	e666eee3          	bltu	a3,t1,8000211c <__udivdi3+0xc8>
800022a4:	00c8b533          	sltu	a0,a7,a2
800022a8:	00154513          	xor	a0,a0,1
800022ac:	8082                	ret
800022ae:	010007b7          	lui	a5,0x1000
800022b2:	4741                	li	a4,16
800022b4:	fcf6e5e3          	bltu	a3,a5,8000227e <__udivdi3+0x22a>
800022b8:	4761                	li	a4,24
800022ba:	b7d1                	j	8000227e <__udivdi3+0x22a>
800022bc:	00f65733          	srl	a4,a2,a5
800022c0:	00b696b3          	sll	a3,a3,a1
800022c4:	8ed9                	or	a3,a3,a4
800022c6:	00f35733          	srl	a4,t1,a5
800022ca:	00b31333          	sll	t1,t1,a1
800022ce:	00f8d7b3          	srl	a5,a7,a5
800022d2:	0067e7b3          	or	a5,a5,t1
800022d6:	0106d313          	srl	t1,a3,0x10
800022da:	02675eb3          	divu	t4,a4,t1
800022de:	01069813          	sll	a6,a3,0x10
800022e2:	01085813          	srl	a6,a6,0x10
800022e6:	00b61633          	sll	a2,a2,a1
800022ea:	02677733          	remu	a4,a4,t1
800022ee:	03d80e33          	mul	t3,a6,t4
800022f2:	01071513          	sll	a0,a4,0x10
800022f6:	0107d713          	srl	a4,a5,0x10
800022fa:	8f49                	or	a4,a4,a0
800022fc:	8576                	mv	a0,t4
800022fe:	01c77c63          	bgeu	a4,t3,80002316 <__udivdi3+0x2c2>
80002302:	9736                	add	a4,a4,a3
80002304:	fffe8513          	add	a0,t4,-1
80002308:	00d76763          	bltu	a4,a3,80002316 <__udivdi3+0x2c2>
8000230c:	01c77563          	bgeu	a4,t3,80002316 <__udivdi3+0x2c2>
80002310:	ffee8513          	add	a0,t4,-2
80002314:	9736                	add	a4,a4,a3
80002316:	41c70733          	sub	a4,a4,t3
8000231a:	02675e33          	divu	t3,a4,t1
8000231e:	07c2                	sll	a5,a5,0x10
80002320:	83c1                	srl	a5,a5,0x10
80002322:	02677733          	remu	a4,a4,t1
80002326:	03c80833          	mul	a6,a6,t3
8000232a:	0742                	sll	a4,a4,0x10
8000232c:	8fd9                	or	a5,a5,a4
8000232e:	8772                	mv	a4,t3
80002330:	0107fc63          	bgeu	a5,a6,80002348 <__udivdi3+0x2f4>
80002334:	97b6                	add	a5,a5,a3
80002336:	fffe0713          	add	a4,t3,-1
8000233a:	00d7e763          	bltu	a5,a3,80002348 <__udivdi3+0x2f4>
8000233e:	0107f563          	bgeu	a5,a6,80002348 <__udivdi3+0x2f4>
80002342:	ffee0713          	add	a4,t3,-2
80002346:	97b6                	add	a5,a5,a3
80002348:	0542                	sll	a0,a0,0x10
8000234a:	6e41                	lui	t3,0x10
8000234c:	8d59                	or	a0,a0,a4
8000234e:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80002352:	00d57733          	and	a4,a0,a3
80002356:	410787b3          	sub	a5,a5,a6
8000235a:	8ef1                	and	a3,a3,a2
8000235c:	01055813          	srl	a6,a0,0x10
80002360:	8241                	srl	a2,a2,0x10
80002362:	02d70333          	mul	t1,a4,a3
80002366:	02d806b3          	mul	a3,a6,a3
8000236a:	02c70733          	mul	a4,a4,a2
8000236e:	02c80833          	mul	a6,a6,a2
80002372:	00d70633          	add	a2,a4,a3
80002376:	01035713          	srl	a4,t1,0x10
8000237a:	9732                	add	a4,a4,a2
8000237c:	00d77363          	bgeu	a4,a3,80002382 <__udivdi3+0x32e>
80002380:	9872                	add	a6,a6,t3
80002382:	01075693          	srl	a3,a4,0x10
80002386:	96c2                	add	a3,a3,a6
80002388:	02d7e063          	bltu	a5,a3,800023a8 <__udivdi3+0x354>
8000238c:	d8d797e3          	bne	a5,a3,8000211a <__udivdi3+0xc6>
80002390:	67c1                	lui	a5,0x10
80002392:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
80002394:	8f7d                	and	a4,a4,a5
80002396:	0742                	sll	a4,a4,0x10
80002398:	00f37333          	and	t1,t1,a5
8000239c:	00b898b3          	sll	a7,a7,a1
800023a0:	971a                	add	a4,a4,t1
800023a2:	4581                	li	a1,0
800023a4:	d6e8fce3          	bgeu	a7,a4,8000211c <__udivdi3+0xc8>
800023a8:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
800023aa:	bb85                	j	8000211a <__udivdi3+0xc6>
800023ac:	4581                	li	a1,0
800023ae:	4501                	li	a0,0
800023b0:	8082                	ret

800023b2 <__umoddi3>:
800023b2:	8832                	mv	a6,a2
800023b4:	87aa                	mv	a5,a0
800023b6:	872e                	mv	a4,a1
800023b8:	1a069363          	bnez	a3,8000255e <__umoddi3+0x1ac>
800023bc:	00001897          	auipc	a7,0x1
800023c0:	99088893          	add	a7,a7,-1648 # 80002d4c <__clz_tab>
800023c4:	0ac5f663          	bgeu	a1,a2,80002470 <__umoddi3+0xbe>
800023c8:	66c1                	lui	a3,0x10
800023ca:	08d67c63          	bgeu	a2,a3,80002462 <__umoddi3+0xb0>
800023ce:	10063693          	sltiu	a3,a2,256
800023d2:	0016c693          	xor	a3,a3,1
800023d6:	068e                	sll	a3,a3,0x3
800023d8:	00d65333          	srl	t1,a2,a3
800023dc:	989a                	add	a7,a7,t1
800023de:	0008c883          	lbu	a7,0(a7)
800023e2:	02000313          	li	t1,32
800023e6:	96c6                	add	a3,a3,a7
800023e8:	40d308b3          	sub	a7,t1,a3
800023ec:	00d30b63          	beq	t1,a3,80002402 <__umoddi3+0x50>
800023f0:	01159733          	sll	a4,a1,a7
800023f4:	00d556b3          	srl	a3,a0,a3
800023f8:	01161833          	sll	a6,a2,a7
800023fc:	8f55                	or	a4,a4,a3
800023fe:	011517b3          	sll	a5,a0,a7
80002402:	01085613          	srl	a2,a6,0x10
80002406:	02c756b3          	divu	a3,a4,a2
8000240a:	01081513          	sll	a0,a6,0x10
8000240e:	8141                	srl	a0,a0,0x10
80002410:	02c77733          	remu	a4,a4,a2
80002414:	02a686b3          	mul	a3,a3,a0
80002418:	01071593          	sll	a1,a4,0x10
8000241c:	0107d713          	srl	a4,a5,0x10
80002420:	8f4d                	or	a4,a4,a1
80002422:	00d77863          	bgeu	a4,a3,80002432 <__umoddi3+0x80>
80002426:	9742                	add	a4,a4,a6
80002428:	01076563          	bltu	a4,a6,80002432 <__umoddi3+0x80>
8000242c:	00d77363          	bgeu	a4,a3,80002432 <__umoddi3+0x80>
80002430:	9742                	add	a4,a4,a6
80002432:	8f15                	sub	a4,a4,a3
80002434:	02c756b3          	divu	a3,a4,a2
80002438:	02c77733          	remu	a4,a4,a2
8000243c:	02a686b3          	mul	a3,a3,a0
80002440:	07c2                	sll	a5,a5,0x10
80002442:	0742                	sll	a4,a4,0x10
80002444:	83c1                	srl	a5,a5,0x10
80002446:	8fd9                	or	a5,a5,a4
80002448:	00d7f863          	bgeu	a5,a3,80002458 <__umoddi3+0xa6>
8000244c:	97c2                	add	a5,a5,a6
8000244e:	0107e563          	bltu	a5,a6,80002458 <__umoddi3+0xa6>
80002452:	00d7f363          	bgeu	a5,a3,80002458 <__umoddi3+0xa6>
80002456:	97c2                	add	a5,a5,a6
80002458:	8f95                	sub	a5,a5,a3
8000245a:	0117d533          	srl	a0,a5,a7
8000245e:	4581                	li	a1,0
80002460:	8082                	ret
80002462:	01000337          	lui	t1,0x1000
80002466:	46c1                	li	a3,16
80002468:	f66668e3          	bltu	a2,t1,800023d8 <__umoddi3+0x26>
8000246c:	46e1                	li	a3,24
8000246e:	b7ad                	j	800023d8 <__umoddi3+0x26>
80002470:	4681                	li	a3,0
80002472:	ca09                	beqz	a2,80002484 <__umoddi3+0xd2>
80002474:	6741                	lui	a4,0x10
80002476:	06e67463          	bgeu	a2,a4,800024de <__umoddi3+0x12c>
8000247a:	10063693          	sltiu	a3,a2,256
8000247e:	0016c693          	xor	a3,a3,1
80002482:	068e                	sll	a3,a3,0x3
80002484:	00d65733          	srl	a4,a2,a3
80002488:	98ba                	add	a7,a7,a4
8000248a:	0008c703          	lbu	a4,0(a7)
8000248e:	9736                	add	a4,a4,a3
80002490:	02000693          	li	a3,32
80002494:	40e688b3          	sub	a7,a3,a4
80002498:	04e69a63          	bne	a3,a4,800024ec <__umoddi3+0x13a>
8000249c:	40c58733          	sub	a4,a1,a2
800024a0:	01085593          	srl	a1,a6,0x10
800024a4:	02b75633          	divu	a2,a4,a1
800024a8:	01081513          	sll	a0,a6,0x10
800024ac:	8141                	srl	a0,a0,0x10
800024ae:	0107d693          	srl	a3,a5,0x10
800024b2:	02b77733          	remu	a4,a4,a1
800024b6:	02a60633          	mul	a2,a2,a0
800024ba:	0742                	sll	a4,a4,0x10
800024bc:	8f55                	or	a4,a4,a3
800024be:	00c77863          	bgeu	a4,a2,800024ce <__umoddi3+0x11c>
800024c2:	9742                	add	a4,a4,a6
800024c4:	01076563          	bltu	a4,a6,800024ce <__umoddi3+0x11c>
800024c8:	00c77363          	bgeu	a4,a2,800024ce <__umoddi3+0x11c>
800024cc:	9742                	add	a4,a4,a6
800024ce:	8f11                	sub	a4,a4,a2
800024d0:	02b756b3          	divu	a3,a4,a1
800024d4:	02b77733          	remu	a4,a4,a1
800024d8:	02a686b3          	mul	a3,a3,a0
800024dc:	b795                	j	80002440 <__umoddi3+0x8e>
800024de:	01000737          	lui	a4,0x1000
800024e2:	46c1                	li	a3,16
800024e4:	fae660e3          	bltu	a2,a4,80002484 <__umoddi3+0xd2>
800024e8:	46e1                	li	a3,24
800024ea:	bf69                	j	80002484 <__umoddi3+0xd2>
800024ec:	01161833          	sll	a6,a2,a7
800024f0:	00e5d6b3          	srl	a3,a1,a4
800024f4:	011517b3          	sll	a5,a0,a7
800024f8:	011595b3          	sll	a1,a1,a7
800024fc:	00e55733          	srl	a4,a0,a4
80002500:	01085513          	srl	a0,a6,0x10
80002504:	8f4d                	or	a4,a4,a1
80002506:	02a6d5b3          	divu	a1,a3,a0
8000250a:	01081313          	sll	t1,a6,0x10
8000250e:	01035313          	srl	t1,t1,0x10
80002512:	02a6f6b3          	remu	a3,a3,a0
80002516:	026585b3          	mul	a1,a1,t1
8000251a:	01069613          	sll	a2,a3,0x10
8000251e:	01075693          	srl	a3,a4,0x10
80002522:	8ed1                	or	a3,a3,a2
80002524:	00b6f863          	bgeu	a3,a1,80002534 <__umoddi3+0x182>
80002528:	96c2                	add	a3,a3,a6
8000252a:	0106e563          	bltu	a3,a6,80002534 <__umoddi3+0x182>
8000252e:	00b6f363          	bgeu	a3,a1,80002534 <__umoddi3+0x182>
80002532:	96c2                	add	a3,a3,a6
80002534:	8e8d                	sub	a3,a3,a1
80002536:	02a6d633          	divu	a2,a3,a0
8000253a:	0742                	sll	a4,a4,0x10
8000253c:	8341                	srl	a4,a4,0x10
8000253e:	02a6f6b3          	remu	a3,a3,a0
80002542:	02660633          	mul	a2,a2,t1
80002546:	06c2                	sll	a3,a3,0x10
80002548:	8f55                	or	a4,a4,a3
8000254a:	00c77863          	bgeu	a4,a2,8000255a <__umoddi3+0x1a8>
8000254e:	9742                	add	a4,a4,a6
80002550:	01076563          	bltu	a4,a6,8000255a <__umoddi3+0x1a8>
80002554:	00c77363          	bgeu	a4,a2,8000255a <__umoddi3+0x1a8>
80002558:	9742                	add	a4,a4,a6
8000255a:	8f11                	sub	a4,a4,a2
8000255c:	b791                	j	800024a0 <__umoddi3+0xee>
8000255e:	16d5ed63          	bltu	a1,a3,800026d8 <__umoddi3+0x326>
80002562:	6841                	lui	a6,0x10
80002564:	0506f763          	bgeu	a3,a6,800025b2 <__umoddi3+0x200>
80002568:	1006b813          	sltiu	a6,a3,256
8000256c:	00184813          	xor	a6,a6,1
80002570:	080e                	sll	a6,a6,0x3
80002572:	0106d333          	srl	t1,a3,a6
80002576:	00000897          	auipc	a7,0x0
8000257a:	7d688893          	add	a7,a7,2006 # 80002d4c <__clz_tab>
8000257e:	989a                	add	a7,a7,t1
80002580:	0008c883          	lbu	a7,0(a7)
80002584:	02000313          	li	t1,32
80002588:	98c2                	add	a7,a7,a6
8000258a:	41130833          	sub	a6,t1,a7
8000258e:	03131963          	bne	t1,a7,800025c0 <__umoddi3+0x20e>
80002592:	00b6e463          	bltu	a3,a1,8000259a <__umoddi3+0x1e8>
80002596:	00c56b63          	bltu	a0,a2,800025ac <__umoddi3+0x1fa>
8000259a:	40c50633          	sub	a2,a0,a2
8000259e:	40d586b3          	sub	a3,a1,a3
800025a2:	00c53733          	sltu	a4,a0,a2
800025a6:	87b2                	mv	a5,a2
800025a8:	40e68733          	sub	a4,a3,a4
800025ac:	853e                	mv	a0,a5
800025ae:	85ba                	mv	a1,a4
800025b0:	8082                	ret
800025b2:	010008b7          	lui	a7,0x1000
800025b6:	4841                	li	a6,16
800025b8:	fb16ede3          	bltu	a3,a7,80002572 <__umoddi3+0x1c0>
800025bc:	4861                	li	a6,24
800025be:	bf55                	j	80002572 <__umoddi3+0x1c0>
800025c0:	011657b3          	srl	a5,a2,a7
800025c4:	010696b3          	sll	a3,a3,a6
800025c8:	8edd                	or	a3,a3,a5
800025ca:	0115d733          	srl	a4,a1,a7
800025ce:	0106de13          	srl	t3,a3,0x10
800025d2:	03c75f33          	divu	t5,a4,t3
800025d6:	01069313          	sll	t1,a3,0x10
800025da:	01035313          	srl	t1,t1,0x10
800025de:	010597b3          	sll	a5,a1,a6
800025e2:	011555b3          	srl	a1,a0,a7
800025e6:	8ddd                	or	a1,a1,a5
800025e8:	0105d793          	srl	a5,a1,0x10
800025ec:	01061633          	sll	a2,a2,a6
800025f0:	01051533          	sll	a0,a0,a6
800025f4:	03c77733          	remu	a4,a4,t3
800025f8:	03e30eb3          	mul	t4,t1,t5
800025fc:	0742                	sll	a4,a4,0x10
800025fe:	8fd9                	or	a5,a5,a4
80002600:	877a                	mv	a4,t5
80002602:	01d7fc63          	bgeu	a5,t4,8000261a <__umoddi3+0x268>
80002606:	97b6                	add	a5,a5,a3
80002608:	ffff0713          	add	a4,t5,-1
8000260c:	00d7e763          	bltu	a5,a3,8000261a <__umoddi3+0x268>
80002610:	01d7f563          	bgeu	a5,t4,8000261a <__umoddi3+0x268>
80002614:	ffef0713          	add	a4,t5,-2
80002618:	97b6                	add	a5,a5,a3
8000261a:	41d787b3          	sub	a5,a5,t4
8000261e:	03c7deb3          	divu	t4,a5,t3
80002622:	05c2                	sll	a1,a1,0x10
80002624:	81c1                	srl	a1,a1,0x10
80002626:	03c7f7b3          	remu	a5,a5,t3
8000262a:	8e76                	mv	t3,t4
8000262c:	03d30333          	mul	t1,t1,t4
80002630:	07c2                	sll	a5,a5,0x10
80002632:	8ddd                	or	a1,a1,a5
80002634:	0065fc63          	bgeu	a1,t1,8000264c <__umoddi3+0x29a>
80002638:	95b6                	add	a1,a1,a3
8000263a:	fffe8e13          	add	t3,t4,-1
8000263e:	00d5e763          	bltu	a1,a3,8000264c <__umoddi3+0x29a>
80002642:	0065f563          	bgeu	a1,t1,8000264c <__umoddi3+0x29a>
80002646:	ffee8e13          	add	t3,t4,-2
8000264a:	95b6                	add	a1,a1,a3
8000264c:	01071793          	sll	a5,a4,0x10
80002650:	6f41                	lui	t5,0x10
80002652:	01c7e7b3          	or	a5,a5,t3
80002656:	406585b3          	sub	a1,a1,t1
8000265a:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
8000265e:	0067f733          	and	a4,a5,t1
80002662:	01065e13          	srl	t3,a2,0x10
80002666:	83c1                	srl	a5,a5,0x10
80002668:	00667333          	and	t1,a2,t1
8000266c:	02670eb3          	mul	t4,a4,t1
80002670:	02678333          	mul	t1,a5,t1
80002674:	03c70733          	mul	a4,a4,t3
80002678:	03c787b3          	mul	a5,a5,t3
8000267c:	00670e33          	add	t3,a4,t1
80002680:	010ed713          	srl	a4,t4,0x10
80002684:	9772                	add	a4,a4,t3
80002686:	00677363          	bgeu	a4,t1,8000268c <__umoddi3+0x2da>
8000268a:	97fa                	add	a5,a5,t5
8000268c:	01075313          	srl	t1,a4,0x10
80002690:	979a                	add	a5,a5,t1
80002692:	6341                	lui	t1,0x10
80002694:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
80002696:	00677733          	and	a4,a4,t1
8000269a:	0742                	sll	a4,a4,0x10
8000269c:	006efeb3          	and	t4,t4,t1
800026a0:	9776                	add	a4,a4,t4
800026a2:	00f5e663          	bltu	a1,a5,800026ae <__umoddi3+0x2fc>
800026a6:	00f59b63          	bne	a1,a5,800026bc <__umoddi3+0x30a>
800026aa:	00e57963          	bgeu	a0,a4,800026bc <__umoddi3+0x30a>
800026ae:	40c70633          	sub	a2,a4,a2
800026b2:	00c73333          	sltu	t1,a4,a2
800026b6:	969a                	add	a3,a3,t1
800026b8:	8732                	mv	a4,a2
800026ba:	8f95                	sub	a5,a5,a3
800026bc:	40e50733          	sub	a4,a0,a4
800026c0:	00e53533          	sltu	a0,a0,a4
800026c4:	8d9d                	sub	a1,a1,a5
800026c6:	8d89                	sub	a1,a1,a0
800026c8:	011598b3          	sll	a7,a1,a7
800026cc:	01075733          	srl	a4,a4,a6
800026d0:	00e8e533          	or	a0,a7,a4
800026d4:	0105d5b3          	srl	a1,a1,a6
800026d8:	8082                	ret

800026da <__riscv_save_12>:
800026da:	7139                	add	sp,sp,-64
800026dc:	4301                	li	t1,0
800026de:	c66e                	sw	s11,12(sp)
800026e0:	a019                	j	800026e6 <__riscv_save_10+0x4>

800026e2 <__riscv_save_10>:
800026e2:	7139                	add	sp,sp,-64
800026e4:	5341                	li	t1,-16
800026e6:	c86a                	sw	s10,16(sp)
800026e8:	ca66                	sw	s9,20(sp)
800026ea:	cc62                	sw	s8,24(sp)
800026ec:	ce5e                	sw	s7,28(sp)
800026ee:	a019                	j	800026f4 <__riscv_save_4+0x4>

800026f0 <__riscv_save_4>:
800026f0:	7139                	add	sp,sp,-64
800026f2:	5301                	li	t1,-32
800026f4:	d05a                	sw	s6,32(sp)
800026f6:	d256                	sw	s5,36(sp)
800026f8:	d452                	sw	s4,40(sp)
800026fa:	d64e                	sw	s3,44(sp)
800026fc:	d84a                	sw	s2,48(sp)
800026fe:	da26                	sw	s1,52(sp)
80002700:	dc22                	sw	s0,56(sp)
80002702:	de06                	sw	ra,60(sp)
80002704:	40610133          	sub	sp,sp,t1
80002708:	8282                	jr	t0

8000270a <__riscv_save_0>:
8000270a:	1141                	add	sp,sp,-16
8000270c:	c04a                	sw	s2,0(sp)
8000270e:	c226                	sw	s1,4(sp)
80002710:	c422                	sw	s0,8(sp)
80002712:	c606                	sw	ra,12(sp)
80002714:	8282                	jr	t0

80002716 <__riscv_restore_12>:
80002716:	4db2                	lw	s11,12(sp)
80002718:	0141                	add	sp,sp,16

8000271a <__riscv_restore_10>:
8000271a:	4d02                	lw	s10,0(sp)
8000271c:	4c92                	lw	s9,4(sp)
8000271e:	4c22                	lw	s8,8(sp)
80002720:	4bb2                	lw	s7,12(sp)
80002722:	0141                	add	sp,sp,16

80002724 <__riscv_restore_4>:
80002724:	4b02                	lw	s6,0(sp)
80002726:	4a92                	lw	s5,4(sp)
80002728:	4a22                	lw	s4,8(sp)
8000272a:	49b2                	lw	s3,12(sp)
8000272c:	0141                	add	sp,sp,16

8000272e <__riscv_restore_0>:
8000272e:	4902                	lw	s2,0(sp)
80002730:	4492                	lw	s1,4(sp)
80002732:	4422                	lw	s0,8(sp)
80002734:	40b2                	lw	ra,12(sp)
80002736:	0141                	add	sp,sp,16
80002738:	8082                	ret
