
build/timer.elf:     file format elf32-littleriscv


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
80000024:	43030313          	add	t1,t1,1072 # 80003450 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0) # 80003018 <__bss_start>
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	40828293          	add	t0,t0,1032 # 8000043c <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	2ba1                	jal	80000598 <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	2b5d                	jal	800005fe <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	80002537          	lui	a0,0x80002
80000050:	1101                	add	sp,sp,-32
80000052:	56850513          	add	a0,a0,1384 # 80002568 <__text_end+0xa>
80000056:	ce06                	sw	ra,28(sp)
80000058:	cc22                	sw	s0,24(sp)
8000005a:	ca26                	sw	s1,20(sp)
8000005c:	c84a                	sw	s2,16(sp)
8000005e:	c64e                	sw	s3,12(sp)
80000060:	c452                	sw	s4,8(sp)
80000062:	c256                	sw	s5,4(sp)
80000064:	c05a                	sw	s6,0(sp)
80000066:	2b5d                	jal	8000061c <printf>
80000068:	800037b7          	lui	a5,0x80003
8000006c:	45078793          	add	a5,a5,1104 # 80003450 <__bss_end>
80000070:	34079073          	csrw	mscratch,a5
80000074:	800007b7          	lui	a5,0x80000
80000078:	3a478793          	add	a5,a5,932 # 800003a4 <trap_m_entry>
8000007c:	30579073          	csrw	mtvec,a5
80000080:	218d                	jal	800004e2 <bare_mtime>
80000082:	842a                	mv	s0,a0
80000084:	84ae                	mv	s1,a1
80000086:	29b1                	jal	800004e2 <bare_mtime>
80000088:	00a41463          	bne	s0,a0,80000090 <main+0x44>
8000008c:	feb48de3          	beq	s1,a1,80000086 <main+0x3a>
80000090:	80002537          	lui	a0,0x80002
80000094:	57050513          	add	a0,a0,1392 # 80002570 <__text_end+0x12>
80000098:	2351                	jal	8000061c <printf>
8000009a:	557d                	li	a0,-1
8000009c:	55fd                	li	a1,-1
8000009e:	29a9                	jal	800004f8 <bare_set_mtimecmp>
800000a0:	34402473          	csrr	s0,mip
800000a4:	4501                	li	a0,0
800000a6:	4581                	li	a1,0
800000a8:	08047413          	and	s0,s0,128
800000ac:	21b1                	jal	800004f8 <bare_set_mtimecmp>
800000ae:	344024f3          	csrr	s1,mip
800000b2:	557d                	li	a0,-1
800000b4:	55fd                	li	a1,-1
800000b6:	2189                	jal	800004f8 <bare_set_mtimecmp>
800000b8:	0804f493          	and	s1,s1,128
800000bc:	80002537          	lui	a0,0x80002
800000c0:	00903633          	snez	a2,s1
800000c4:	008035b3          	snez	a1,s0
800000c8:	58050513          	add	a0,a0,1408 # 80002580 <__text_end+0x22>
800000cc:	2b81                	jal	8000061c <printf>
800000ce:	1e041663          	bnez	s0,800002ba <main+0x26e>
800000d2:	1e048463          	beqz	s1,800002ba <main+0x26e>
800000d6:	08000793          	li	a5,128
800000da:	3047a073          	csrs	mie,a5
800000de:	47a1                	li	a5,8
800000e0:	3007a073          	csrs	mstatus,a5
800000e4:	6a09                	lui	s4,0x2
800000e6:	4985                	li	s3,1
800000e8:	800034b7          	lui	s1,0x80003
800000ec:	80002b37          	lui	s6,0x80002
800000f0:	710a0a13          	add	s4,s4,1808 # 2710 <__stack_size-0xd8f0>
800000f4:	4421                	li	s0,8
800000f6:	4a91                	li	s5,4
800000f8:	02c4a903          	lw	s2,44(s1) # 8000302c <timer_irqs>
800000fc:	26dd                	jal	800004e2 <bare_mtime>
800000fe:	87aa                	mv	a5,a0
80000100:	9552                	add	a0,a0,s4
80000102:	00f537b3          	sltu	a5,a0,a5
80000106:	95be                	add	a1,a1,a5
80000108:	2ec5                	jal	800004f8 <bare_set_mtimecmp>
8000010a:	30043073          	csrc	mstatus,s0
8000010e:	02c4a783          	lw	a5,44(s1)
80000112:	00f91c63          	bne	s2,a5,8000012a <main+0xde>
80000116:	10500073          	wfi
8000011a:	30042073          	csrs	mstatus,s0
8000011e:	30043073          	csrc	mstatus,s0
80000122:	02c4a783          	lw	a5,44(s1)
80000126:	fef908e3          	beq	s2,a5,80000116 <main+0xca>
8000012a:	30042073          	csrs	mstatus,s0
8000012e:	02c4a583          	lw	a1,44(s1)
80000132:	5c4b0513          	add	a0,s6,1476 # 800025c4 <__text_end+0x66>
80000136:	21dd                	jal	8000061c <printf>
80000138:	02c4a783          	lw	a5,44(s1)
8000013c:	19379563          	bne	a5,s3,800002c6 <main+0x27a>
80000140:	0985                	add	s3,s3,1
80000142:	fb599be3          	bne	s3,s5,800000f8 <main+0xac>
80000146:	47a1                	li	a5,8
80000148:	3007b073          	csrc	mstatus,a5
8000014c:	08000793          	li	a5,128
80000150:	3047b073          	csrc	mie,a5
80000154:	020007b7          	lui	a5,0x2000
80000158:	4705                	li	a4,1
8000015a:	c398                	sw	a4,0(a5)
8000015c:	34402473          	csrr	s0,mip
80000160:	80002537          	lui	a0,0x80002
80000164:	8821                	and	s0,s0,8
80000166:	008035b3          	snez	a1,s0
8000016a:	5dc50513          	add	a0,a0,1500 # 800025dc <__text_end+0x7e>
8000016e:	217d                	jal	8000061c <printf>
80000170:	16040963          	beqz	s0,800002e2 <main+0x296>
80000174:	80003a37          	lui	s4,0x80003
80000178:	024a2983          	lw	s3,36(s4) # 80003024 <cause_count>
8000017c:	47a1                	li	a5,8
8000017e:	3047a073          	csrs	mie,a5
80000182:	3007a073          	csrs	mstatus,a5
80000186:	3007b073          	csrc	mstatus,a5
8000018a:	80003437          	lui	s0,0x80003
8000018e:	02842703          	lw	a4,40(s0) # 80003028 <soft_irqs>
80000192:	eb11                	bnez	a4,800001a6 <main+0x15a>
80000194:	10500073          	wfi
80000198:	3007a073          	csrs	mstatus,a5
8000019c:	3007b073          	csrc	mstatus,a5
800001a0:	02842703          	lw	a4,40(s0)
800001a4:	db65                	beqz	a4,80000194 <main+0x148>
800001a6:	47a1                	li	a5,8
800001a8:	3007a073          	csrs	mstatus,a5
800001ac:	3007b073          	csrc	mstatus,a5
800001b0:	80003937          	lui	s2,0x80003
800001b4:	03090913          	add	s2,s2,48 # 80003030 <cause_log>
800001b8:	098a                	sll	s3,s3,0x2
800001ba:	99ca                	add	s3,s3,s2
800001bc:	0009a583          	lw	a1,0(s3)
800001c0:	34402673          	csrr	a2,mip
800001c4:	80002537          	lui	a0,0x80002
800001c8:	820d                	srl	a2,a2,0x3
800001ca:	8a05                	and	a2,a2,1
800001cc:	60450513          	add	a0,a0,1540 # 80002604 <__text_end+0xa6>
800001d0:	21b1                	jal	8000061c <printf>
800001d2:	0009a703          	lw	a4,0(s3)
800001d6:	800007b7          	lui	a5,0x80000
800001da:	078d                	add	a5,a5,3 # 80000003 <_start+0x3>
800001dc:	00f71763          	bne	a4,a5,800001ea <main+0x19e>
800001e0:	02842703          	lw	a4,40(s0)
800001e4:	4785                	li	a5,1
800001e6:	00f70763          	beq	a4,a5,800001f4 <main+0x1a8>
800001ea:	80002537          	lui	a0,0x80002
800001ee:	63850513          	add	a0,a0,1592 # 80002638 <__text_end+0xda>
800001f2:	2221                	jal	800002fa <check.part.0>
800001f4:	024a2403          	lw	s0,36(s4)
800001f8:	08800793          	li	a5,136
800001fc:	3047a073          	csrs	mie,a5
80000200:	020007b7          	lui	a5,0x2000
80000204:	4705                	li	a4,1
80000206:	c398                	sw	a4,0(a5)
80000208:	4501                	li	a0,0
8000020a:	4581                	li	a1,0
8000020c:	24f5                	jal	800004f8 <bare_set_mtimecmp>
8000020e:	47a1                	li	a5,8
80000210:	3007a073          	csrs	mstatus,a5
80000214:	3007b073          	csrc	mstatus,a5
80000218:	02c4a603          	lw	a2,44(s1)
8000021c:	470d                	li	a4,3
8000021e:	468d                	li	a3,3
80000220:	00e61c63          	bne	a2,a4,80000238 <main+0x1ec>
80000224:	10500073          	wfi
80000228:	3007a073          	csrs	mstatus,a5
8000022c:	3007b073          	csrc	mstatus,a5
80000230:	02c4a703          	lw	a4,44(s1)
80000234:	fed708e3          	beq	a4,a3,80000224 <main+0x1d8>
80000238:	47a1                	li	a5,8
8000023a:	3007a073          	csrs	mstatus,a5
8000023e:	3007b073          	csrc	mstatus,a5
80000242:	08800793          	li	a5,136
80000246:	3047b073          	csrc	mie,a5
8000024a:	00140793          	add	a5,s0,1
8000024e:	078a                	sll	a5,a5,0x2
80000250:	00241493          	sll	s1,s0,0x2
80000254:	94ca                	add	s1,s1,s2
80000256:	993e                	add	s2,s2,a5
80000258:	408c                	lw	a1,0(s1)
8000025a:	00092603          	lw	a2,0(s2)
8000025e:	024a2683          	lw	a3,36(s4)
80000262:	80002537          	lui	a0,0x80002
80000266:	64450513          	add	a0,a0,1604 # 80002644 <__text_end+0xe6>
8000026a:	8e81                	sub	a3,a3,s0
8000026c:	2e45                	jal	8000061c <printf>
8000026e:	024a2783          	lw	a5,36(s4)
80000272:	17f9                	add	a5,a5,-2 # 1fffffe <__ram_size+0xfffffe>
80000274:	00879963          	bne	a5,s0,80000286 <main+0x23a>
80000278:	4094                	lw	a3,0(s1)
8000027a:	800007b7          	lui	a5,0x80000
8000027e:	00378713          	add	a4,a5,3 # 80000003 <_start+0x3>
80000282:	06e68663          	beq	a3,a4,800002ee <main+0x2a2>
80000286:	80002537          	lui	a0,0x80002
8000028a:	67450513          	add	a0,a0,1652 # 80002674 <__text_end+0x116>
8000028e:	20b5                	jal	800002fa <check.part.0>
80000290:	800037b7          	lui	a5,0x80003
80000294:	0207a403          	lw	s0,32(a5) # 80003020 <failures>
80000298:	ec0d                	bnez	s0,800002d2 <main+0x286>
8000029a:	80002537          	lui	a0,0x80002
8000029e:	69450513          	add	a0,a0,1684 # 80002694 <__text_end+0x136>
800002a2:	2ead                	jal	8000061c <printf>
800002a4:	40f2                	lw	ra,28(sp)
800002a6:	8522                	mv	a0,s0
800002a8:	4462                	lw	s0,24(sp)
800002aa:	44d2                	lw	s1,20(sp)
800002ac:	4942                	lw	s2,16(sp)
800002ae:	49b2                	lw	s3,12(sp)
800002b0:	4a22                	lw	s4,8(sp)
800002b2:	4a92                	lw	s5,4(sp)
800002b4:	4b02                	lw	s6,0(sp)
800002b6:	6105                	add	sp,sp,32
800002b8:	8082                	ret
800002ba:	80002537          	lui	a0,0x80002
800002be:	5b850513          	add	a0,a0,1464 # 800025b8 <__text_end+0x5a>
800002c2:	2825                	jal	800002fa <check.part.0>
800002c4:	bd09                	j	800000d6 <main+0x8a>
800002c6:	80002537          	lui	a0,0x80002
800002ca:	5d050513          	add	a0,a0,1488 # 800025d0 <__text_end+0x72>
800002ce:	2035                	jal	800002fa <check.part.0>
800002d0:	bd85                	j	80000140 <main+0xf4>
800002d2:	80002537          	lui	a0,0x80002
800002d6:	85a2                	mv	a1,s0
800002d8:	68050513          	add	a0,a0,1664 # 80002680 <__text_end+0x122>
800002dc:	2681                	jal	8000061c <printf>
800002de:	4405                	li	s0,1
800002e0:	b7d1                	j	800002a4 <main+0x258>
800002e2:	80002537          	lui	a0,0x80002
800002e6:	5f450513          	add	a0,a0,1524 # 800025f4 <__text_end+0x96>
800002ea:	2801                	jal	800002fa <check.part.0>
800002ec:	b561                	j	80000174 <main+0x128>
800002ee:	00092703          	lw	a4,0(s2)
800002f2:	079d                	add	a5,a5,7
800002f4:	f8f719e3          	bne	a4,a5,80000286 <main+0x23a>
800002f8:	bf61                	j	80000290 <main+0x244>

800002fa <check.part.0>:
800002fa:	85aa                	mv	a1,a0
800002fc:	80002537          	lui	a0,0x80002
80000300:	1141                	add	sp,sp,-16
80000302:	56050513          	add	a0,a0,1376 # 80002560 <__text_end+0x2>
80000306:	c606                	sw	ra,12(sp)
80000308:	2e11                	jal	8000061c <printf>
8000030a:	80003737          	lui	a4,0x80003
8000030e:	02072783          	lw	a5,32(a4) # 80003020 <failures>
80000312:	40b2                	lw	ra,12(sp)
80000314:	0785                	add	a5,a5,1
80000316:	02f72023          	sw	a5,32(a4)
8000031a:	0141                	add	sp,sp,16
8000031c:	8082                	ret

8000031e <trap_m_handler>:
8000031e:	1141                	add	sp,sp,-16
80000320:	c606                	sw	ra,12(sp)
80000322:	34202573          	csrr	a0,mcause
80000326:	800037b7          	lui	a5,0x80003
8000032a:	0247a683          	lw	a3,36(a5) # 80003024 <cause_count>
8000032e:	471d                	li	a4,7
80000330:	00d76b63          	bltu	a4,a3,80000346 <trap_m_handler+0x28>
80000334:	0247a683          	lw	a3,36(a5)
80000338:	80003737          	lui	a4,0x80003
8000033c:	03070713          	add	a4,a4,48 # 80003030 <cause_log>
80000340:	068a                	sll	a3,a3,0x2
80000342:	9736                	add	a4,a4,a3
80000344:	c308                	sw	a0,0(a4)
80000346:	0247a683          	lw	a3,36(a5)
8000034a:	80000737          	lui	a4,0x80000
8000034e:	00770613          	add	a2,a4,7 # 80000007 <_start+0x7>
80000352:	0685                	add	a3,a3,1
80000354:	02d7a223          	sw	a3,36(a5)
80000358:	02c50363          	beq	a0,a2,8000037e <trap_m_handler+0x60>
8000035c:	070d                	add	a4,a4,3
8000035e:	02e51d63          	bne	a0,a4,80000398 <trap_m_handler+0x7a>
80000362:	020007b7          	lui	a5,0x2000
80000366:	0007a023          	sw	zero,0(a5) # 2000000 <__ram_size+0x1000000>
8000036a:	80003737          	lui	a4,0x80003
8000036e:	02872783          	lw	a5,40(a4) # 80003028 <soft_irqs>
80000372:	40b2                	lw	ra,12(sp)
80000374:	0785                	add	a5,a5,1
80000376:	02f72423          	sw	a5,40(a4)
8000037a:	0141                	add	sp,sp,16
8000037c:	8082                	ret
8000037e:	557d                	li	a0,-1
80000380:	55fd                	li	a1,-1
80000382:	2a9d                	jal	800004f8 <bare_set_mtimecmp>
80000384:	80003737          	lui	a4,0x80003
80000388:	02c72783          	lw	a5,44(a4) # 8000302c <timer_irqs>
8000038c:	40b2                	lw	ra,12(sp)
8000038e:	0785                	add	a5,a5,1
80000390:	02f72623          	sw	a5,44(a4)
80000394:	0141                	add	sp,sp,16
80000396:	8082                	ret
80000398:	341025f3          	csrr	a1,mepc
8000039c:	34302673          	csrr	a2,mtval
800003a0:	2a49                	jal	80000532 <bare_unexpected_trap>
	...

800003a4 <trap_m_entry>:
800003a4:	34011173          	csrrw	sp,mscratch,sp
800003a8:	7119                	add	sp,sp,-128
800003aa:	c206                	sw	ra,4(sp)
800003ac:	c60e                	sw	gp,12(sp)
800003ae:	c812                	sw	tp,16(sp)
800003b0:	ca16                	sw	t0,20(sp)
800003b2:	cc1a                	sw	t1,24(sp)
800003b4:	ce1e                	sw	t2,28(sp)
800003b6:	d022                	sw	s0,32(sp)
800003b8:	d226                	sw	s1,36(sp)
800003ba:	d42a                	sw	a0,40(sp)
800003bc:	d62e                	sw	a1,44(sp)
800003be:	d832                	sw	a2,48(sp)
800003c0:	da36                	sw	a3,52(sp)
800003c2:	dc3a                	sw	a4,56(sp)
800003c4:	de3e                	sw	a5,60(sp)
800003c6:	c0c2                	sw	a6,64(sp)
800003c8:	c2c6                	sw	a7,68(sp)
800003ca:	c4ca                	sw	s2,72(sp)
800003cc:	c6ce                	sw	s3,76(sp)
800003ce:	c8d2                	sw	s4,80(sp)
800003d0:	cad6                	sw	s5,84(sp)
800003d2:	ccda                	sw	s6,88(sp)
800003d4:	cede                	sw	s7,92(sp)
800003d6:	d0e2                	sw	s8,96(sp)
800003d8:	d2e6                	sw	s9,100(sp)
800003da:	d4ea                	sw	s10,104(sp)
800003dc:	d6ee                	sw	s11,108(sp)
800003de:	d8f2                	sw	t3,112(sp)
800003e0:	daf6                	sw	t4,116(sp)
800003e2:	dcfa                	sw	t5,120(sp)
800003e4:	defe                	sw	t6,124(sp)
800003e6:	340022f3          	csrr	t0,mscratch
800003ea:	c416                	sw	t0,8(sp)
800003ec:	c002                	sw	zero,0(sp)
800003ee:	850a                	mv	a0,sp
800003f0:	373d                	jal	8000031e <trap_m_handler>
800003f2:	08010293          	add	t0,sp,128
800003f6:	34029073          	csrw	mscratch,t0
800003fa:	4092                	lw	ra,4(sp)
800003fc:	41b2                	lw	gp,12(sp)
800003fe:	4242                	lw	tp,16(sp)
80000400:	42d2                	lw	t0,20(sp)
80000402:	4362                	lw	t1,24(sp)
80000404:	43f2                	lw	t2,28(sp)
80000406:	5402                	lw	s0,32(sp)
80000408:	5492                	lw	s1,36(sp)
8000040a:	5522                	lw	a0,40(sp)
8000040c:	55b2                	lw	a1,44(sp)
8000040e:	5642                	lw	a2,48(sp)
80000410:	56d2                	lw	a3,52(sp)
80000412:	5762                	lw	a4,56(sp)
80000414:	57f2                	lw	a5,60(sp)
80000416:	4806                	lw	a6,64(sp)
80000418:	4896                	lw	a7,68(sp)
8000041a:	4926                	lw	s2,72(sp)
8000041c:	49b6                	lw	s3,76(sp)
8000041e:	4a46                	lw	s4,80(sp)
80000420:	4ad6                	lw	s5,84(sp)
80000422:	4b66                	lw	s6,88(sp)
80000424:	4bf6                	lw	s7,92(sp)
80000426:	5c06                	lw	s8,96(sp)
80000428:	5c96                	lw	s9,100(sp)
8000042a:	5d26                	lw	s10,104(sp)
8000042c:	5db6                	lw	s11,108(sp)
8000042e:	5e46                	lw	t3,112(sp)
80000430:	5ed6                	lw	t4,116(sp)
80000432:	5f66                	lw	t5,120(sp)
80000434:	5ff6                	lw	t6,124(sp)
80000436:	4122                	lw	sp,8(sp)
80000438:	30200073          	mret

8000043c <bare_default_trap>:
8000043c:	01000117          	auipc	sp,0x1000
80000440:	bc410113          	add	sp,sp,-1084 # 81000000 <__stack_top>
80000444:	34202573          	csrr	a0,mcause
80000448:	341025f3          	csrr	a1,mepc
8000044c:	34302673          	csrr	a2,mtval
80000450:	20cd                	jal	80000532 <bare_unexpected_trap>
80000452:	a001                	j	80000452 <bare_default_trap+0x16>

80000454 <uart_stdio_put>:
80000454:	10000737          	lui	a4,0x10000
80000458:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
8000045c:	0207f793          	and	a5,a5,32
80000460:	dfe5                	beqz	a5,80000458 <uart_stdio_put+0x4>
80000462:	00a70023          	sb	a0,0(a4)
80000466:	8082                	ret

80000468 <bare_puts>:
80000468:	00054683          	lbu	a3,0(a0)
8000046c:	ce91                	beqz	a3,80000488 <bare_puts+0x20>
8000046e:	10000737          	lui	a4,0x10000
80000472:	0505                	add	a0,a0,1
80000474:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000478:	0207f793          	and	a5,a5,32
8000047c:	dfe5                	beqz	a5,80000474 <bare_puts+0xc>
8000047e:	00d70023          	sb	a3,0(a4)
80000482:	00054683          	lbu	a3,0(a0)
80000486:	f6f5                	bnez	a3,80000472 <bare_puts+0xa>
80000488:	8082                	ret

8000048a <bare_put_hex>:
8000048a:	800026b7          	lui	a3,0x80002
8000048e:	03000613          	li	a2,48
80000492:	6a068693          	add	a3,a3,1696 # 800026a0 <__text_end+0x142>
80000496:	10000737          	lui	a4,0x10000
8000049a:	0685                	add	a3,a3,1
8000049c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800004a0:	0207f793          	and	a5,a5,32
800004a4:	dfe5                	beqz	a5,8000049c <bare_put_hex+0x12>
800004a6:	00c70023          	sb	a2,0(a4)
800004aa:	0006c603          	lbu	a2,0(a3)
800004ae:	f675                	bnez	a2,8000049a <bare_put_hex+0x10>
800004b0:	800025b7          	lui	a1,0x80002
800004b4:	46f1                	li	a3,28
800004b6:	6a458593          	add	a1,a1,1700 # 800026a4 <__text_end+0x146>
800004ba:	10000737          	lui	a4,0x10000
800004be:	5871                	li	a6,-4
800004c0:	00d557b3          	srl	a5,a0,a3
800004c4:	8bbd                	and	a5,a5,15
800004c6:	97ae                	add	a5,a5,a1
800004c8:	0007c603          	lbu	a2,0(a5)
800004cc:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800004d0:	0207f793          	and	a5,a5,32
800004d4:	dfe5                	beqz	a5,800004cc <bare_put_hex+0x42>
800004d6:	00c70023          	sb	a2,0(a4)
800004da:	16f1                	add	a3,a3,-4
800004dc:	ff0692e3          	bne	a3,a6,800004c0 <bare_put_hex+0x36>
800004e0:	8082                	ret

800004e2 <bare_mtime>:
800004e2:	0200c7b7          	lui	a5,0x200c
800004e6:	ffc7a703          	lw	a4,-4(a5) # 200bffc <__ram_size+0x100bffc>
800004ea:	ff87a503          	lw	a0,-8(a5)
800004ee:	ffc7a583          	lw	a1,-4(a5)
800004f2:	fee59ae3          	bne	a1,a4,800004e6 <bare_mtime+0x4>
800004f6:	8082                	ret

800004f8 <bare_set_mtimecmp>:
800004f8:	020047b7          	lui	a5,0x2004
800004fc:	577d                	li	a4,-1
800004fe:	c3d8                	sw	a4,4(a5)
80000500:	c388                	sw	a0,0(a5)
80000502:	c3cc                	sw	a1,4(a5)
80000504:	8082                	ret

80000506 <bare_exit>:
80000506:	cd19                	beqz	a0,80000524 <bare_exit+0x1e>
80000508:	670d                	lui	a4,0x3
8000050a:	01051793          	sll	a5,a0,0x10
8000050e:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
80000512:	8fd9                	or	a5,a5,a4
80000514:	00100737          	lui	a4,0x100
80000518:	c31c                	sw	a5,0(a4)
8000051a:	10500073          	wfi
8000051e:	10500073          	wfi
80000522:	bfe5                	j	8000051a <bare_exit+0x14>
80000524:	6795                	lui	a5,0x5
80000526:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
8000052a:	b7ed                	j	80000514 <bare_exit+0xe>

8000052c <_exit>:
8000052c:	1141                	add	sp,sp,-16
8000052e:	c606                	sw	ra,12(sp)
80000530:	3fd9                	jal	80000506 <bare_exit>

80000532 <bare_unexpected_trap>:
80000532:	1141                	add	sp,sp,-16
80000534:	c04a                	sw	s2,0(sp)
80000536:	892a                	mv	s2,a0
80000538:	80002537          	lui	a0,0x80002
8000053c:	6b850513          	add	a0,a0,1720 # 800026b8 <__text_end+0x15a>
80000540:	c606                	sw	ra,12(sp)
80000542:	c422                	sw	s0,8(sp)
80000544:	c226                	sw	s1,4(sp)
80000546:	8432                	mv	s0,a2
80000548:	84ae                	mv	s1,a1
8000054a:	3f39                	jal	80000468 <bare_puts>
8000054c:	854a                	mv	a0,s2
8000054e:	3f35                	jal	8000048a <bare_put_hex>
80000550:	80002537          	lui	a0,0x80002
80000554:	6d050513          	add	a0,a0,1744 # 800026d0 <__text_end+0x172>
80000558:	3f01                	jal	80000468 <bare_puts>
8000055a:	8526                	mv	a0,s1
8000055c:	373d                	jal	8000048a <bare_put_hex>
8000055e:	80002537          	lui	a0,0x80002
80000562:	6d850513          	add	a0,a0,1752 # 800026d8 <__text_end+0x17a>
80000566:	3709                	jal	80000468 <bare_puts>
80000568:	8522                	mv	a0,s0
8000056a:	3705                	jal	8000048a <bare_put_hex>
8000056c:	10000737          	lui	a4,0x10000
80000570:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000574:	0207f793          	and	a5,a5,32
80000578:	dfe5                	beqz	a5,80000570 <bare_unexpected_trap+0x3e>
8000057a:	47a9                	li	a5,10
8000057c:	00f70023          	sb	a5,0(a4)
80000580:	006337b7          	lui	a5,0x633
80000584:	00100737          	lui	a4,0x100
80000588:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
8000058c:	c31c                	sw	a5,0(a4)
8000058e:	10500073          	wfi
80000592:	10500073          	wfi
80000596:	bfe5                	j	8000058e <bare_unexpected_trap+0x5c>

80000598 <__libc_init_array>:
80000598:	797012ef          	jal	t0,8000252e <__riscv_save_0>
8000059c:	800034b7          	lui	s1,0x80003
800005a0:	80003437          	lui	s0,0x80003
800005a4:	bc848793          	add	a5,s1,-1080 # 80002bc8 <__fini_array_end>
800005a8:	bc840413          	add	s0,s0,-1080 # 80002bc8 <__fini_array_end>
800005ac:	8c1d                	sub	s0,s0,a5
800005ae:	8409                	sra	s0,s0,0x2
800005b0:	bc848493          	add	s1,s1,-1080
800005b4:	4901                	li	s2,0
800005b6:	02891a63          	bne	s2,s0,800005ea <__libc_init_array+0x52>
800005ba:	00000793          	li	a5,0
800005be:	c789                	beqz	a5,800005c8 <__libc_init_array+0x30>
800005c0:	00000097          	auipc	ra,0x0
800005c4:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800005c8:	800034b7          	lui	s1,0x80003
800005cc:	80003437          	lui	s0,0x80003
800005d0:	bc848793          	add	a5,s1,-1080 # 80002bc8 <__fini_array_end>
800005d4:	bc840413          	add	s0,s0,-1080 # 80002bc8 <__fini_array_end>
800005d8:	8c1d                	sub	s0,s0,a5
800005da:	8409                	sra	s0,s0,0x2
800005dc:	bc848493          	add	s1,s1,-1080
800005e0:	4901                	li	s2,0
800005e2:	00891963          	bne	s2,s0,800005f4 <__libc_init_array+0x5c>
800005e6:	76d0106f          	j	80002552 <__riscv_restore_0>
800005ea:	409c                	lw	a5,0(s1)
800005ec:	0905                	add	s2,s2,1
800005ee:	0491                	add	s1,s1,4
800005f0:	9782                	jalr	a5
800005f2:	b7d1                	j	800005b6 <__libc_init_array+0x1e>
800005f4:	409c                	lw	a5,0(s1)
800005f6:	0905                	add	s2,s2,1
800005f8:	0491                	add	s1,s1,4
800005fa:	9782                	jalr	a5
800005fc:	b7dd                	j	800005e2 <__libc_init_array+0x4a>

800005fe <exit>:
800005fe:	731012ef          	jal	t0,8000252e <__riscv_save_0>
80000602:	00000793          	li	a5,0
80000606:	842a                	mv	s0,a0
80000608:	c791                	beqz	a5,80000614 <exit+0x16>
8000060a:	4581                	li	a1,0
8000060c:	00000097          	auipc	ra,0x0
80000610:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000614:	796010ef          	jal	80001daa <__libc_fini_array>
80000618:	8522                	mv	a0,s0
8000061a:	3f09                	jal	8000052c <_exit>

8000061c <printf>:
8000061c:	7139                	add	sp,sp,-64
8000061e:	da3e                	sw	a5,52(sp)
80000620:	800037b7          	lui	a5,0x80003
80000624:	d22e                	sw	a1,36(sp)
80000626:	85aa                	mv	a1,a0
80000628:	bbc7a503          	lw	a0,-1092(a5) # 80002bbc <stdout>
8000062c:	d432                	sw	a2,40(sp)
8000062e:	1050                	add	a2,sp,36
80000630:	ce06                	sw	ra,28(sp)
80000632:	d636                	sw	a3,44(sp)
80000634:	d83a                	sw	a4,48(sp)
80000636:	dc42                	sw	a6,56(sp)
80000638:	de46                	sw	a7,60(sp)
8000063a:	c632                	sw	a2,12(sp)
8000063c:	2411                	jal	80000840 <__d_vfprintf>
8000063e:	40f2                	lw	ra,28(sp)
80000640:	6121                	add	sp,sp,64
80000642:	8082                	ret

80000644 <__ultoa_invert>:
80000644:	6c3012ef          	jal	t0,80002506 <__riscv_save_10>
80000648:	2006f793          	and	a5,a3,512
8000064c:	89aa                	mv	s3,a0
8000064e:	8a2e                	mv	s4,a1
80000650:	8932                	mv	s2,a2
80000652:	84b6                	mv	s1,a3
80000654:	02700b13          	li	s6,39
80000658:	c781                	beqz	a5,80000660 <__ultoa_invert+0x1c>
8000065a:	dff6f493          	and	s1,a3,-513
8000065e:	4b1d                	li	s6,7
80000660:	41f4da93          	sra	s5,s1,0x1f
80000664:	4ca5                	li	s9,9
80000666:	8626                	mv	a2,s1
80000668:	86d6                	mv	a3,s5
8000066a:	854e                	mv	a0,s3
8000066c:	85d2                	mv	a1,s4
8000066e:	369010ef          	jal	800021d6 <__umoddi3>
80000672:	85d2                	mv	a1,s4
80000674:	0ff57413          	zext.b	s0,a0
80000678:	8626                	mv	a2,s1
8000067a:	854e                	mv	a0,s3
8000067c:	86d6                	mv	a3,s5
8000067e:	7fa010ef          	jal	80001e78 <__udivdi3>
80000682:	8c4e                	mv	s8,s3
80000684:	8bd2                	mv	s7,s4
80000686:	89aa                	mv	s3,a0
80000688:	8a2e                	mv	s4,a1
8000068a:	008cf563          	bgeu	s9,s0,80000694 <__ultoa_invert+0x50>
8000068e:	945a                	add	s0,s0,s6
80000690:	0ff47413          	zext.b	s0,s0
80000694:	0905                	add	s2,s2,1
80000696:	03040413          	add	s0,s0,48
8000069a:	fe890fa3          	sb	s0,-1(s2)
8000069e:	015be663          	bltu	s7,s5,800006aa <__ultoa_invert+0x66>
800006a2:	fd7a92e3          	bne	s5,s7,80000666 <__ultoa_invert+0x22>
800006a6:	fc9c70e3          	bgeu	s8,s1,80000666 <__ultoa_invert+0x22>
800006aa:	854a                	mv	a0,s2
800006ac:	6930106f          	j	8000253e <__riscv_restore_10>

800006b0 <skip_to_arg>:
800006b0:	657012ef          	jal	t0,80002506 <__riscv_save_10>
800006b4:	4305                	li	t1,1
800006b6:	02500f13          	li	t5,37
800006ba:	88aa                	mv	a7,a0
800006bc:	00c34463          	blt	t1,a2,800006c4 <skip_to_arg+0x14>
800006c0:	67f0106f          	j	8000253e <__riscv_restore_10>
800006c4:	87c6                	mv	a5,a7
800006c6:	88be                	mv	a7,a5
800006c8:	0007c703          	lbu	a4,0(a5)
800006cc:	0785                	add	a5,a5,1
800006ce:	db6d                	beqz	a4,800006c0 <skip_to_arg+0x10>
800006d0:	ffe71be3          	bne	a4,t5,800006c6 <skip_to_arg+0x16>
800006d4:	0007c703          	lbu	a4,0(a5)
800006d8:	0889                	add	a7,a7,2
800006da:	ffe705e3          	beq	a4,t5,800006c4 <skip_to_arg+0x14>
800006de:	6ecd                	lui	t4,0x13
800006e0:	4681                	li	a3,0
800006e2:	4e01                	li	t3,0
800006e4:	4781                	li	a5,0
800006e6:	42fd                	li	t0,31
800006e8:	06c00f93          	li	t6,108
800006ec:	07400393          	li	t2,116
800006f0:	07a00413          	li	s0,122
800006f4:	06800493          	li	s1,104
800006f8:	06a00913          	li	s2,106
800006fc:	04c00993          	li	s3,76
80000700:	4a25                	li	s4,9
80000702:	02400a93          	li	s5,36
80000706:	07f00b13          	li	s6,127
8000070a:	4bc1                	li	s7,16
8000070c:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
80000710:	04f2e263          	bltu	t0,a5,80000754 <skip_to_arg+0xa4>
80000714:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
80000718:	0ff87813          	zext.b	a6,a6
8000071c:	030bf163          	bgeu	s7,a6,8000073e <skip_to_arg+0x8e>
80000720:	fd070813          	add	a6,a4,-48
80000724:	0ff87813          	zext.b	a6,a6
80000728:	4c25                	li	s8,9
8000072a:	050c6563          	bltu	s8,a6,80000774 <skip_to_arg+0xc4>
8000072e:	47a9                	li	a5,10
80000730:	02f687b3          	mul	a5,a3,a5
80000734:	00f806b3          	add	a3,a6,a5
80000738:	02000793          	li	a5,32
8000073c:	a039                	j	8000074a <skip_to_arg+0x9a>
8000073e:	010ed833          	srl	a6,t4,a6
80000742:	00187813          	and	a6,a6,1
80000746:	00080963          	beqz	a6,80000758 <skip_to_arg+0xa8>
8000074a:	0008c703          	lbu	a4,0(a7)
8000074e:	0885                	add	a7,a7,1
80000750:	f361                	bnez	a4,80000710 <skip_to_arg+0x60>
80000752:	a8b1                	j	800007ae <skip_to_arg+0xfe>
80000754:	04fb6363          	bltu	s6,a5,8000079a <skip_to_arg+0xea>
80000758:	fd070813          	add	a6,a4,-48
8000075c:	0ff87813          	zext.b	a6,a6
80000760:	fd0a77e3          	bgeu	s4,a6,8000072e <skip_to_arg+0x7e>
80000764:	03571563          	bne	a4,s5,8000078e <skip_to_arg+0xde>
80000768:	0a0e0063          	beqz	t3,80000808 <skip_to_arg+0x158>
8000076c:	0a668063          	beq	a3,t1,8000080c <skip_to_arg+0x15c>
80000770:	4681                	li	a3,0
80000772:	bfe1                	j	8000074a <skip_to_arg+0x9a>
80000774:	0fb77813          	and	a6,a4,251
80000778:	02a00c13          	li	s8,42
8000077c:	ff880ae3          	beq	a6,s8,80000770 <skip_to_arg+0xc0>
80000780:	06c00813          	li	a6,108
80000784:	01071d63          	bne	a4,a6,8000079e <skip_to_arg+0xee>
80000788:	0807e793          	or	a5,a5,128
8000078c:	bf7d                	j	8000074a <skip_to_arg+0x9a>
8000078e:	0fb77813          	and	a6,a4,251
80000792:	02a00c13          	li	s8,42
80000796:	fd880de3          	beq	a6,s8,80000770 <skip_to_arg+0xc0>
8000079a:	05f70663          	beq	a4,t6,800007e6 <skip_to_arg+0x136>
8000079e:	02efef63          	bltu	t6,a4,800007dc <skip_to_arg+0x12c>
800007a2:	04970863          	beq	a4,s1,800007f2 <skip_to_arg+0x142>
800007a6:	05270e63          	beq	a4,s2,80000802 <skip_to_arg+0x152>
800007aa:	05370c63          	beq	a4,s3,80000802 <skip_to_arg+0x152>
800007ae:	f00e09e3          	beqz	t3,800006c0 <skip_to_arg+0x10>
800007b2:	f06e15e3          	bne	t3,t1,800006bc <skip_to_arg+0xc>
800007b6:	02076893          	or	a7,a4,32
800007ba:	f9b88813          	add	a6,a7,-101
800007be:	0ff87813          	zext.b	a6,a6
800007c2:	4e09                	li	t3,2
800007c4:	4194                	lw	a3,0(a1)
800007c6:	010e7663          	bgeu	t3,a6,800007d2 <skip_to_arg+0x122>
800007ca:	06100813          	li	a6,97
800007ce:	05089263          	bne	a7,a6,80000812 <skip_to_arg+0x162>
800007d2:	069d                	add	a3,a3,7
800007d4:	9ae1                	and	a3,a3,-8
800007d6:	00868713          	add	a4,a3,8
800007da:	a091                	j	8000081e <skip_to_arg+0x16e>
800007dc:	f67707e3          	beq	a4,t2,8000074a <skip_to_arg+0x9a>
800007e0:	f68705e3          	beq	a4,s0,8000074a <skip_to_arg+0x9a>
800007e4:	b7e9                	j	800007ae <skip_to_arg+0xfe>
800007e6:	0807f713          	and	a4,a5,128
800007ea:	df59                	beqz	a4,80000788 <skip_to_arg+0xd8>
800007ec:	2007e793          	or	a5,a5,512
800007f0:	bf61                	j	80000788 <skip_to_arg+0xd8>
800007f2:	1007f713          	and	a4,a5,256
800007f6:	c319                	beqz	a4,800007fc <skip_to_arg+0x14c>
800007f8:	2007e793          	or	a5,a5,512
800007fc:	1007e793          	or	a5,a5,256
80000800:	b7a9                	j	8000074a <skip_to_arg+0x9a>
80000802:	2807e793          	or	a5,a5,640
80000806:	b791                	j	8000074a <skip_to_arg+0x9a>
80000808:	8e36                	mv	t3,a3
8000080a:	b79d                	j	80000770 <skip_to_arg+0xc0>
8000080c:	06300713          	li	a4,99
80000810:	b75d                	j	800007b6 <skip_to_arg+0x106>
80000812:	06300813          	li	a6,99
80000816:	01071763          	bne	a4,a6,80000824 <skip_to_arg+0x174>
8000081a:	00468713          	add	a4,a3,4
8000081e:	c198                	sw	a4,0(a1)
80000820:	0305                	add	t1,t1,1
80000822:	bd61                	j	800006ba <skip_to_arg+0xa>
80000824:	07300813          	li	a6,115
80000828:	ff0709e3          	beq	a4,a6,8000081a <skip_to_arg+0x16a>
8000082c:	0807f813          	and	a6,a5,128
80000830:	00468713          	add	a4,a3,4
80000834:	fe0805e3          	beqz	a6,8000081e <skip_to_arg+0x16e>
80000838:	2007f793          	and	a5,a5,512
8000083c:	d3ed                	beqz	a5,8000081e <skip_to_arg+0x16e>
8000083e:	bf51                	j	800007d2 <skip_to_arg+0x122>

80000840 <__d_vfprintf>:
80000840:	4bf012ef          	jal	t0,800024fe <__riscv_save_12>
80000844:	00454783          	lbu	a5,4(a0)
80000848:	7139                	add	sp,sp,-64
8000084a:	c02a                	sw	a0,0(sp)
8000084c:	c42e                	sw	a1,8(sp)
8000084e:	c632                	sw	a2,12(sp)
80000850:	8b89                	and	a5,a5,2
80000852:	00852a03          	lw	s4,8(a0)
80000856:	c785                	beqz	a5,8000087e <__d_vfprintf+0x3e>
80000858:	d232                	sw	a2,36(sp)
8000085a:	87ae                	mv	a5,a1
8000085c:	4401                	li	s0,0
8000085e:	0007c903          	lbu	s2,0(a5)
80000862:	00090f63          	beqz	s2,80000880 <__d_vfprintf+0x40>
80000866:	02500713          	li	a4,37
8000086a:	00e90f63          	beq	s2,a4,80000888 <__d_vfprintf+0x48>
8000086e:	0785                	add	a5,a5,1
80000870:	c23e                	sw	a5,4(sp)
80000872:	4582                	lw	a1,0(sp)
80000874:	854a                	mv	a0,s2
80000876:	0405                	add	s0,s0,1
80000878:	9a02                	jalr	s4
8000087a:	280552e3          	bgez	a0,800012fe <__d_vfprintf+0xabe>
8000087e:	547d                	li	s0,-1
80000880:	8522                	mv	a0,s0
80000882:	6121                	add	sp,sp,64
80000884:	4b70106f          	j	8000253a <__riscv_restore_12>
80000888:	0017c903          	lbu	s2,1(a5)
8000088c:	00278713          	add	a4,a5,2
80000890:	c23a                	sw	a4,4(sp)
80000892:	02500793          	li	a5,37
80000896:	fcf90ee3          	beq	s2,a5,80000872 <__d_vfprintf+0x32>
8000089a:	800024b7          	lui	s1,0x80002
8000089e:	4a81                	li	s5,0
800008a0:	4d01                	li	s10,0
800008a2:	4b01                	li	s6,0
800008a4:	4d81                	li	s11,0
800008a6:	06c00993          	li	s3,108
800008aa:	07400b93          	li	s7,116
800008ae:	07a00c13          	li	s8,122
800008b2:	06800c93          	li	s9,104
800008b6:	6f048493          	add	s1,s1,1776 # 800026f0 <__text_end+0x192>
800008ba:	47fd                	li	a5,31
800008bc:	07b7e163          	bltu	a5,s11,8000091e <__d_vfprintf+0xde>
800008c0:	fe090793          	add	a5,s2,-32
800008c4:	0ff7f793          	zext.b	a5,a5
800008c8:	4741                	li	a4,16
800008ca:	00f76663          	bltu	a4,a5,800008d6 <__d_vfprintf+0x96>
800008ce:	078a                	sll	a5,a5,0x2
800008d0:	97a6                	add	a5,a5,s1
800008d2:	439c                	lw	a5,0(a5)
800008d4:	8782                	jr	a5
800008d6:	fd090793          	add	a5,s2,-48
800008da:	0ff7f793          	zext.b	a5,a5
800008de:	4725                	li	a4,9
800008e0:	06f76463          	bltu	a4,a5,80000948 <__d_vfprintf+0x108>
800008e4:	46a9                	li	a3,10
800008e6:	02db06b3          	mul	a3,s6,a3
800008ea:	00f68b33          	add	s6,a3,a5
800008ee:	020ded93          	or	s11,s11,32
800008f2:	a019                	j	800008f8 <__d_vfprintf+0xb8>
800008f4:	001ded93          	or	s11,s11,1
800008f8:	4792                	lw	a5,4(sp)
800008fa:	0007c903          	lbu	s2,0(a5)
800008fe:	0785                	add	a5,a5,1
80000900:	c23e                	sw	a5,4(sp)
80000902:	fa091ce3          	bnez	s2,800008ba <__d_vfprintf+0x7a>
80000906:	a0dd                	j	800009ec <__d_vfprintf+0x1ac>
80000908:	002ded93          	or	s11,s11,2
8000090c:	004ded93          	or	s11,s11,4
80000910:	b7e5                	j	800008f8 <__d_vfprintf+0xb8>
80000912:	008ded93          	or	s11,s11,8
80000916:	b7cd                	j	800008f8 <__d_vfprintf+0xb8>
80000918:	010ded93          	or	s11,s11,16
8000091c:	bff1                	j	800008f8 <__d_vfprintf+0xb8>
8000091e:	07f00793          	li	a5,127
80000922:	0bb7e763          	bltu	a5,s11,800009d0 <__d_vfprintf+0x190>
80000926:	fd090693          	add	a3,s2,-48
8000092a:	0ff6f693          	zext.b	a3,a3
8000092e:	47a5                	li	a5,9
80000930:	00d7ec63          	bltu	a5,a3,80000948 <__d_vfprintf+0x108>
80000934:	040df613          	and	a2,s11,64
80000938:	87b6                	mv	a5,a3
8000093a:	d64d                	beqz	a2,800008e4 <__d_vfprintf+0xa4>
8000093c:	47a9                	li	a5,10
8000093e:	02fd07b3          	mul	a5,s10,a5
80000942:	00d78d33          	add	s10,a5,a3
80000946:	bf4d                	j	800008f8 <__d_vfprintf+0xb8>
80000948:	02a00793          	li	a5,42
8000094c:	02f91663          	bne	s2,a5,80000978 <__d_vfprintf+0x138>
80000950:	fa0a94e3          	bnez	s5,800008f8 <__d_vfprintf+0xb8>
80000954:	5692                	lw	a3,36(sp)
80000956:	040df793          	and	a5,s11,64
8000095a:	00468613          	add	a2,a3,4
8000095e:	4294                	lw	a3,0(a3)
80000960:	d232                	sw	a2,36(sp)
80000962:	c399                	beqz	a5,80000968 <__d_vfprintf+0x128>
80000964:	8d36                	mv	s10,a3
80000966:	bf49                	j	800008f8 <__d_vfprintf+0xb8>
80000968:	8b36                	mv	s6,a3
8000096a:	f806d2e3          	bgez	a3,800008ee <__d_vfprintf+0xae>
8000096e:	40d00b33          	neg	s6,a3
80000972:	028ded93          	or	s11,s11,40
80000976:	b749                	j	800008f8 <__d_vfprintf+0xb8>
80000978:	02e00793          	li	a5,46
8000097c:	00f91963          	bne	s2,a5,8000098e <__d_vfprintf+0x14e>
80000980:	040df793          	and	a5,s11,64
80000984:	ee079ee3          	bnez	a5,80000880 <__d_vfprintf+0x40>
80000988:	040ded93          	or	s11,s11,64
8000098c:	b7b5                	j	800008f8 <__d_vfprintf+0xb8>
8000098e:	02400793          	li	a5,36
80000992:	02f91f63          	bne	s2,a5,800009d0 <__d_vfprintf+0x190>
80000996:	120a8a63          	beqz	s5,80000aca <__d_vfprintf+0x28a>
8000099a:	47b2                	lw	a5,12(sp)
8000099c:	d23e                	sw	a5,36(sp)
8000099e:	040df793          	and	a5,s11,64
800009a2:	ef81                	bnez	a5,800009ba <__d_vfprintf+0x17a>
800009a4:	4522                	lw	a0,8(sp)
800009a6:	865a                	mv	a2,s6
800009a8:	104c                	add	a1,sp,36
800009aa:	3319                	jal	800006b0 <skip_to_arg>
800009ac:	5792                	lw	a5,36(sp)
800009ae:	00478693          	add	a3,a5,4
800009b2:	0007ab03          	lw	s6,0(a5)
800009b6:	d236                	sw	a3,36(sp)
800009b8:	b781                	j	800008f8 <__d_vfprintf+0xb8>
800009ba:	4522                	lw	a0,8(sp)
800009bc:	866a                	mv	a2,s10
800009be:	104c                	add	a1,sp,36
800009c0:	39c5                	jal	800006b0 <skip_to_arg>
800009c2:	5792                	lw	a5,36(sp)
800009c4:	00478693          	add	a3,a5,4
800009c8:	0007ad03          	lw	s10,0(a5)
800009cc:	d236                	sw	a3,36(sp)
800009ce:	b72d                	j	800008f8 <__d_vfprintf+0xb8>
800009d0:	0d390a63          	beq	s2,s3,80000aa4 <__d_vfprintf+0x264>
800009d4:	0d29e363          	bltu	s3,s2,80000a9a <__d_vfprintf+0x25a>
800009d8:	0d990e63          	beq	s2,s9,80000ab4 <__d_vfprintf+0x274>
800009dc:	06a00793          	li	a5,106
800009e0:	0ef90263          	beq	s2,a5,80000ac4 <__d_vfprintf+0x284>
800009e4:	04c00793          	li	a5,76
800009e8:	0cf90e63          	beq	s2,a5,80000ac4 <__d_vfprintf+0x284>
800009ec:	000a8863          	beqz	s5,800009fc <__d_vfprintf+0x1bc>
800009f0:	47b2                	lw	a5,12(sp)
800009f2:	4522                	lw	a0,8(sp)
800009f4:	8656                	mv	a2,s5
800009f6:	104c                	add	a1,sp,36
800009f8:	d23e                	sw	a5,36(sp)
800009fa:	395d                	jal	800006b0 <skip_to_arg>
800009fc:	000d5963          	bgez	s10,80000a0e <__d_vfprintf+0x1ce>
80000a00:	fbfdf813          	and	a6,s11,-65
80000a04:	01081d93          	sll	s11,a6,0x10
80000a08:	010ddd93          	srl	s11,s11,0x10
80000a0c:	4d01                	li	s10,0
80000a0e:	02096c93          	or	s9,s2,32
80000a12:	f9bc8793          	add	a5,s9,-101
80000a16:	0ff7f793          	zext.b	a5,a5
80000a1a:	4709                	li	a4,2
80000a1c:	0af77d63          	bgeu	a4,a5,80000ad6 <__d_vfprintf+0x296>
80000a20:	06100793          	li	a5,97
80000a24:	6afc9163          	bne	s9,a5,800010c6 <__d_vfprintf+0x886>
80000a28:	5792                	lw	a5,36(sp)
80000a2a:	6a89                	lui	s5,0x2
80000a2c:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
80000a30:	079d                	add	a5,a5,7
80000a32:	9be1                	and	a5,a5,-8
80000a34:	0047ab83          	lw	s7,4(a5)
80000a38:	0007a883          	lw	a7,0(a5)
80000a3c:	00878713          	add	a4,a5,8
80000a40:	414bd993          	sra	s3,s7,0x14
80000a44:	00cb9c13          	sll	s8,s7,0xc
80000a48:	7ff9f993          	and	s3,s3,2047
80000a4c:	00cc5c93          	srl	s9,s8,0xc
80000a50:	015deab3          	or	s5,s11,s5
80000a54:	0119e533          	or	a0,s3,a7
80000a58:	fff94913          	not	s2,s2
80000a5c:	0ac2                	sll	s5,s5,0x10
80000a5e:	d23a                	sw	a4,36(sp)
80000a60:	019567b3          	or	a5,a0,s9
80000a64:	02097913          	and	s2,s2,32
80000a68:	010ada93          	srl	s5,s5,0x10
80000a6c:	86c6                	mv	a3,a7
80000a6e:	8c66                	mv	s8,s9
80000a70:	040df813          	and	a6,s11,64
80000a74:	01fbdb93          	srl	s7,s7,0x1f
80000a78:	ebdd                	bnez	a5,80000b2e <__d_vfprintf+0x2ee>
80000a7a:	03000793          	li	a5,48
80000a7e:	0ffbfb93          	zext.b	s7,s7
80000a82:	02f106a3          	sb	a5,45(sp)
80000a86:	03710623          	sb	s7,44(sp)
80000a8a:	24080d63          	beqz	a6,80000ce4 <__d_vfprintf+0x4a4>
80000a8e:	47b1                	li	a5,12
80000a90:	4981                	li	s3,0
80000a92:	0da7d263          	bge	a5,s10,80000b56 <__d_vfprintf+0x316>
80000a96:	4d35                	li	s10,13
80000a98:	aa85                	j	80000c08 <__d_vfprintf+0x3c8>
80000a9a:	e5790fe3          	beq	s2,s7,800008f8 <__d_vfprintf+0xb8>
80000a9e:	e5890de3          	beq	s2,s8,800008f8 <__d_vfprintf+0xb8>
80000aa2:	b7a9                	j	800009ec <__d_vfprintf+0x1ac>
80000aa4:	080df793          	and	a5,s11,128
80000aa8:	c399                	beqz	a5,80000aae <__d_vfprintf+0x26e>
80000aaa:	200ded93          	or	s11,s11,512
80000aae:	080ded93          	or	s11,s11,128
80000ab2:	b599                	j	800008f8 <__d_vfprintf+0xb8>
80000ab4:	100df793          	and	a5,s11,256
80000ab8:	c399                	beqz	a5,80000abe <__d_vfprintf+0x27e>
80000aba:	200ded93          	or	s11,s11,512
80000abe:	100ded93          	or	s11,s11,256
80000ac2:	bd1d                	j	800008f8 <__d_vfprintf+0xb8>
80000ac4:	280ded93          	or	s11,s11,640
80000ac8:	bd05                	j	800008f8 <__d_vfprintf+0xb8>
80000aca:	875a                	mv	a4,s6
80000acc:	4d01                	li	s10,0
80000ace:	4b01                	li	s6,0
80000ad0:	8aba                	mv	s5,a4
80000ad2:	4d81                	li	s11,0
80000ad4:	b515                	j	800008f8 <__d_vfprintf+0xb8>
80000ad6:	5792                	lw	a5,36(sp)
80000ad8:	fff94913          	not	s2,s2
80000adc:	02097913          	and	s2,s2,32
80000ae0:	079d                	add	a5,a5,7
80000ae2:	9be1                	and	a5,a5,-8
80000ae4:	00878713          	add	a4,a5,8
80000ae8:	4388                	lw	a0,0(a5)
80000aea:	43cc                	lw	a1,4(a5)
80000aec:	d23a                	sw	a4,36(sp)
80000aee:	040df793          	and	a5,s11,64
80000af2:	20078d63          	beqz	a5,80000d0c <__d_vfprintf+0x4cc>
80000af6:	06500793          	li	a5,101
80000afa:	20fc9b63          	bne	s9,a5,80000d10 <__d_vfprintf+0x4d0>
80000afe:	6785                	lui	a5,0x1
80000b00:	001d0613          	add	a2,s10,1
80000b04:	00fdedb3          	or	s11,s11,a5
80000b08:	0ff67613          	zext.b	a2,a2
80000b0c:	4701                	li	a4,0
80000b0e:	4781                	li	a5,0
80000b10:	4345                	li	t1,17
80000b12:	0ff67693          	zext.b	a3,a2
80000b16:	00c37363          	bgeu	t1,a2,80000b1c <__d_vfprintf+0x2dc>
80000b1a:	46c5                	li	a3,17
80000b1c:	1030                	add	a2,sp,40
80000b1e:	317000ef          	jal	80001634 <__dtoa_engine>
80000b22:	0ff57b93          	zext.b	s7,a0
80000b26:	59a2                	lw	s3,40(sp)
80000b28:	8aee                	mv	s5,s11
80000b2a:	4c09                	li	s8,2
80000b2c:	aa01                	j	80000c3c <__d_vfprintf+0x3fc>
80000b2e:	03100793          	li	a5,49
80000b32:	00099563          	bnez	s3,80000b3c <__d_vfprintf+0x2fc>
80000b36:	03000793          	li	a5,48
80000b3a:	4985                	li	s3,1
80000b3c:	0ffbfb93          	zext.b	s7,s7
80000b40:	02f106a3          	sb	a5,45(sp)
80000b44:	03710623          	sb	s7,44(sp)
80000b48:	c0198993          	add	s3,s3,-1023
80000b4c:	18080363          	beqz	a6,80000cd2 <__d_vfprintf+0x492>
80000b50:	47b1                	li	a5,12
80000b52:	19a7c263          	blt	a5,s10,80000cd6 <__d_vfprintf+0x496>
80000b56:	4335                	li	t1,13
80000b58:	41a30333          	sub	t1,t1,s10
80000b5c:	00231d93          	sll	s11,t1,0x2
80000b60:	fffd8613          	add	a2,s11,-1
80000b64:	4505                	li	a0,1
80000b66:	4581                	li	a1,0
80000b68:	ca46                	sw	a7,20(sp)
80000b6a:	c836                	sw	a3,16(sp)
80000b6c:	2ba010ef          	jal	80001e26 <__ashldi3>
80000b70:	84aa                	mv	s1,a0
80000b72:	872e                	mv	a4,a1
80000b74:	00171793          	sll	a5,a4,0x1
80000b78:	85aa                	mv	a1,a0
80000b7a:	01f4d513          	srl	a0,s1,0x1f
80000b7e:	00149e13          	sll	t3,s1,0x1
80000b82:	8fc9                	or	a5,a5,a0
80000b84:	40f00c33          	neg	s8,a5
80000b88:	01c03533          	snez	a0,t3
80000b8c:	48d2                	lw	a7,20(sp)
80000b8e:	41c00833          	neg	a6,t3
80000b92:	40ac0c33          	sub	s8,s8,a0
80000b96:	fffe0513          	add	a0,t3,-1
80000b9a:	001e3e13          	seqz	t3,t3
80000b9e:	41c787b3          	sub	a5,a5,t3
80000ba2:	0197f7b3          	and	a5,a5,s9
80000ba6:	01157533          	and	a0,a0,a7
80000baa:	02f74663          	blt	a4,a5,80000bd6 <__d_vfprintf+0x396>
80000bae:	46c2                	lw	a3,16(sp)
80000bb0:	00e79463          	bne	a5,a4,80000bb8 <__d_vfprintf+0x378>
80000bb4:	02a5e163          	bltu	a1,a0,80000bd6 <__d_vfprintf+0x396>
80000bb8:	8546                	mv	a0,a7
80000bba:	866e                	mv	a2,s11
80000bbc:	85e6                	mv	a1,s9
80000bbe:	ce3a                	sw	a4,28(sp)
80000bc0:	cc42                	sw	a6,24(sp)
80000bc2:	ca36                	sw	a3,20(sp)
80000bc4:	c846                	sw	a7,16(sp)
80000bc6:	288010ef          	jal	80001e4e <__ashrdi3>
80000bca:	8905                	and	a0,a0,1
80000bcc:	48c2                	lw	a7,16(sp)
80000bce:	46d2                	lw	a3,20(sp)
80000bd0:	4862                	lw	a6,24(sp)
80000bd2:	4772                	lw	a4,28(sp)
80000bd4:	c94d                	beqz	a0,80000c86 <__d_vfprintf+0x446>
80000bd6:	00988533          	add	a0,a7,s1
80000bda:	01153db3          	sltu	s11,a0,a7
80000bde:	9766                	add	a4,a4,s9
80000be0:	00ed8cb3          	add	s9,s11,a4
80000be4:	001007b7          	lui	a5,0x100
80000be8:	86aa                	mv	a3,a0
80000bea:	08fcce63          	blt	s9,a5,80000c86 <__d_vfprintf+0x446>
80000bee:	02d14783          	lbu	a5,45(sp)
80000bf2:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000bf4:	02f106a3          	sb	a5,45(sp)
80000bf8:	40000793          	li	a5,1024
80000bfc:	0af98163          	beq	s3,a5,80000c9e <__d_vfprintf+0x45e>
80000c00:	00a87533          	and	a0,a6,a0
80000c04:	019c7c33          	and	s8,s8,s9
80000c08:	05700613          	li	a2,87
80000c0c:	1034                	add	a3,sp,40
80000c0e:	4735                	li	a4,13
80000c10:	45a5                	li	a1,9
80000c12:	41260633          	sub	a2,a2,s2
80000c16:	01cc1813          	sll	a6,s8,0x1c
80000c1a:	00f57793          	and	a5,a0,15
80000c1e:	8111                	srl	a0,a0,0x4
80000c20:	00a86533          	or	a0,a6,a0
80000c24:	404c5c13          	sra	s8,s8,0x4
80000c28:	e7e1                	bnez	a5,80000cf0 <__d_vfprintf+0x4b0>
80000c2a:	0ced5563          	bge	s10,a4,80000cf4 <__d_vfprintf+0x4b4>
80000c2e:	177d                	add	a4,a4,-1
80000c30:	16fd                	add	a3,a3,-1
80000c32:	f375                	bnez	a4,80000c16 <__d_vfprintf+0x3d6>
80000c34:	4c05                	li	s8,1
80000c36:	4bb9                	li	s7,14
80000c38:	07000c93          	li	s9,112
80000c3c:	00998713          	add	a4,s3,9
80000c40:	46c9                	li	a3,18
80000c42:	87ce                	mv	a5,s3
80000c44:	06e6e863          	bltu	a3,a4,80000cb4 <__d_vfprintf+0x474>
80000c48:	02c14703          	lbu	a4,44(sp)
80000c4c:	00177d93          	and	s11,a4,1
80000c50:	8b31                	and	a4,a4,12
80000c52:	120d9a63          	bnez	s11,80000d86 <__d_vfprintf+0x546>
80000c56:	002af793          	and	a5,s5,2
80000c5a:	12079263          	bnez	a5,80000d7e <__d_vfprintf+0x53e>
80000c5e:	004af793          	and	a5,s5,4
80000c62:	cfe9                	beqz	a5,80000d3c <__d_vfprintf+0x4fc>
80000c64:	12071563          	bnez	a4,80000d8e <__d_vfprintf+0x54e>
80000c68:	02000713          	li	a4,32
80000c6c:	678d                	lui	a5,0x3
80000c6e:	00faf7b3          	and	a5,s5,a5
80000c72:	1c079363          	bnez	a5,80000e38 <__d_vfprintf+0x5f8>
80000c76:	000d1363          	bnez	s10,80000c7c <__d_vfprintf+0x43c>
80000c7a:	4d05                	li	s10,1
80000c7c:	103c                	add	a5,sp,40
80000c7e:	97de                	add	a5,a5,s7
80000c80:	03000693          	li	a3,48
80000c84:	aa9d                	j	80000dfa <__d_vfprintf+0x5ba>
80000c86:	0106f6b3          	and	a3,a3,a6
80000c8a:	018cfcb3          	and	s9,s9,s8
80000c8e:	40000793          	li	a5,1024
80000c92:	04f99c63          	bne	s3,a5,80000cea <__d_vfprintf+0x4aa>
80000c96:	0196ecb3          	or	s9,a3,s9
80000c9a:	040c8063          	beqz	s9,80000cda <__d_vfprintf+0x49a>
80000c9e:	008beb93          	or	s7,s7,8
80000ca2:	03710623          	sb	s7,44(sp)
80000ca6:	40000993          	li	s3,1024
80000caa:	4bb9                	li	s7,14
80000cac:	07000c93          	li	s9,112
80000cb0:	40000793          	li	a5,1024
80000cb4:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000cb8:	0c600693          	li	a3,198
80000cbc:	4c09                	li	s8,2
80000cbe:	f8e6f5e3          	bgeu	a3,a4,80000c48 <__d_vfprintf+0x408>
80000cc2:	3e778793          	add	a5,a5,999
80000cc6:	7ce00c13          	li	s8,1998
80000cca:	00fc3c33          	sltu	s8,s8,a5
80000cce:	0c0d                	add	s8,s8,3
80000cd0:	bfa5                	j	80000c48 <__d_vfprintf+0x408>
80000cd2:	4d01                	li	s10,0
80000cd4:	bf6d                	j	80000c8e <__d_vfprintf+0x44e>
80000cd6:	4d35                	li	s10,13
80000cd8:	bf5d                	j	80000c8e <__d_vfprintf+0x44e>
80000cda:	004beb93          	or	s7,s7,4
80000cde:	03710623          	sb	s7,44(sp)
80000ce2:	b7e1                	j	80000caa <__d_vfprintf+0x46a>
80000ce4:	4981                	li	s3,0
80000ce6:	4d01                	li	s10,0
80000ce8:	b705                	j	80000c08 <__d_vfprintf+0x3c8>
80000cea:	8536                	mv	a0,a3
80000cec:	8c66                	mv	s8,s9
80000cee:	bf29                	j	80000c08 <__d_vfprintf+0x3c8>
80000cf0:	00f5ea63          	bltu	a1,a5,80000d04 <__d_vfprintf+0x4c4>
80000cf4:	03078793          	add	a5,a5,48
80000cf8:	00f68923          	sb	a5,18(a3)
80000cfc:	f2ed59e3          	bge	s10,a4,80000c2e <__d_vfprintf+0x3ee>
80000d00:	8d3a                	mv	s10,a4
80000d02:	b735                	j	80000c2e <__d_vfprintf+0x3ee>
80000d04:	97b2                	add	a5,a5,a2
80000d06:	0ff7f793          	zext.b	a5,a5
80000d0a:	b7fd                	j	80000cf8 <__d_vfprintf+0x4b8>
80000d0c:	4d19                	li	s10,6
80000d0e:	b3e5                	j	80000af6 <__d_vfprintf+0x2b6>
80000d10:	06600793          	li	a5,102
80000d14:	00fc9963          	bne	s9,a5,80000d26 <__d_vfprintf+0x4e6>
80000d18:	6789                	lui	a5,0x2
80000d1a:	00fdedb3          	or	s11,s11,a5
80000d1e:	4705                	li	a4,1
80000d20:	87ea                	mv	a5,s10
80000d22:	4645                	li	a2,17
80000d24:	b3f5                	j	80000b10 <__d_vfprintf+0x2d0>
80000d26:	0ffd7793          	zext.b	a5,s10
80000d2a:	0ffd7613          	zext.b	a2,s10
80000d2e:	e391                	bnez	a5,80000d32 <__d_vfprintf+0x4f2>
80000d30:	4605                	li	a2,1
80000d32:	4701                	li	a4,0
80000d34:	4781                	li	a5,0
80000d36:	06500c93          	li	s9,101
80000d3a:	bbd9                	j	80000b10 <__d_vfprintf+0x2d0>
80000d3c:	db05                	beqz	a4,80000c6c <__d_vfprintf+0x42c>
80000d3e:	478d                	li	a5,3
80000d40:	0967d163          	bge	a5,s6,80000dc2 <__d_vfprintf+0x582>
80000d44:	008afa93          	and	s5,s5,8
80000d48:	ffdb0493          	add	s1,s6,-3
80000d4c:	000a9f63          	bnez	s5,80000d6a <__d_vfprintf+0x52a>
80000d50:	94a2                	add	s1,s1,s0
80000d52:	4582                	lw	a1,0(sp)
80000d54:	02000513          	li	a0,32
80000d58:	0405                	add	s0,s0,1
80000d5a:	9a02                	jalr	s4
80000d5c:	b20541e3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000d60:	fe8499e3          	bne	s1,s0,80000d52 <__d_vfprintf+0x512>
80000d64:	4481                	li	s1,0
80000d66:	020d9f63          	bnez	s11,80000da4 <__d_vfprintf+0x564>
80000d6a:	02c14783          	lbu	a5,44(sp)
80000d6e:	8ba1                	and	a5,a5,8
80000d70:	efad                	bnez	a5,80000dea <__d_vfprintf+0x5aa>
80000d72:	800029b7          	lui	s3,0x80002
80000d76:	6e098993          	add	s3,s3,1760 # 800026e0 <__text_end+0x182>
80000d7a:	8c22                	mv	s8,s0
80000d7c:	a8b1                	j	80000dd8 <__d_vfprintf+0x598>
80000d7e:	eb15                	bnez	a4,80000db2 <__d_vfprintf+0x572>
80000d80:	02b00713          	li	a4,43
80000d84:	b5e5                	j	80000c6c <__d_vfprintf+0x42c>
80000d86:	eb0d                	bnez	a4,80000db8 <__d_vfprintf+0x578>
80000d88:	02d00713          	li	a4,45
80000d8c:	b5c5                	j	80000c6c <__d_vfprintf+0x42c>
80000d8e:	02000d93          	li	s11,32
80000d92:	4791                	li	a5,4
80000d94:	0367d563          	bge	a5,s6,80000dbe <__d_vfprintf+0x57e>
80000d98:	008afa93          	and	s5,s5,8
80000d9c:	ffcb0493          	add	s1,s6,-4
80000da0:	fa0a88e3          	beqz	s5,80000d50 <__d_vfprintf+0x510>
80000da4:	4582                	lw	a1,0(sp)
80000da6:	856e                	mv	a0,s11
80000da8:	0405                	add	s0,s0,1
80000daa:	9a02                	jalr	s4
80000dac:	fa055fe3          	bgez	a0,80000d6a <__d_vfprintf+0x52a>
80000db0:	b4f9                	j	8000087e <__d_vfprintf+0x3e>
80000db2:	02b00d93          	li	s11,43
80000db6:	bff1                	j	80000d92 <__d_vfprintf+0x552>
80000db8:	02d00d93          	li	s11,45
80000dbc:	bfd9                	j	80000d92 <__d_vfprintf+0x552>
80000dbe:	4481                	li	s1,0
80000dc0:	b7d5                	j	80000da4 <__d_vfprintf+0x564>
80000dc2:	4481                	li	s1,0
80000dc4:	b75d                	j	80000d6a <__d_vfprintf+0x52a>
80000dc6:	4582                	lw	a1,0(sp)
80000dc8:	41250533          	sub	a0,a0,s2
80000dcc:	0ff57513          	zext.b	a0,a0
80000dd0:	0c05                	add	s8,s8,1
80000dd2:	9a02                	jalr	s4
80000dd4:	aa0545e3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000dd8:	408c07b3          	sub	a5,s8,s0
80000ddc:	97ce                	add	a5,a5,s3
80000dde:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000de2:	f175                	bnez	a0,80000dc6 <__d_vfprintf+0x586>
80000de4:	8462                	mv	s0,s8
80000de6:	94e2                	add	s1,s1,s8
80000de8:	a515                	j	8000140c <__d_vfprintf+0xbcc>
80000dea:	800029b7          	lui	s3,0x80002
80000dee:	6e498993          	add	s3,s3,1764 # 800026e4 <__text_end+0x186>
80000df2:	b761                	j	80000d7a <__d_vfprintf+0x53a>
80000df4:	1bfd                	add	s7,s7,-1
80000df6:	0ffbfb93          	zext.b	s7,s7
80000dfa:	000b8763          	beqz	s7,80000e08 <__d_vfprintf+0x5c8>
80000dfe:	0047c603          	lbu	a2,4(a5)
80000e02:	17fd                	add	a5,a5,-1
80000e04:	fed608e3          	beq	a2,a3,80000df4 <__d_vfprintf+0x5b4>
80000e08:	010af693          	and	a3,s5,16
80000e0c:	87ea                	mv	a5,s10
80000e0e:	e291                	bnez	a3,80000e12 <__d_vfprintf+0x5d2>
80000e10:	87de                	mv	a5,s7
80000e12:	56f1                	li	a3,-4
80000e14:	0ed9cc63          	blt	s3,a3,80000f0c <__d_vfprintf+0x6cc>
80000e18:	0fa9da63          	bge	s3,s10,80000f0c <__d_vfprintf+0x6cc>
80000e1c:	6689                	lui	a3,0x2
80000e1e:	00dae6b3          	or	a3,s5,a3
80000e22:	01069a93          	sll	s5,a3,0x10
80000e26:	010ada93          	srl	s5,s5,0x10
80000e2a:	4d01                	li	s10,0
80000e2c:	00f9d663          	bge	s3,a5,80000e38 <__d_vfprintf+0x5f8>
80000e30:	00198893          	add	a7,s3,1
80000e34:	41178d33          	sub	s10,a5,a7
80000e38:	6d89                	lui	s11,0x2
80000e3a:	01bafdb3          	and	s11,s5,s11
80000e3e:	0c0d8a63          	beqz	s11,80000f12 <__d_vfprintf+0x6d2>
80000e42:	87ce                	mv	a5,s3
80000e44:	0009d363          	bgez	s3,80000e4a <__d_vfprintf+0x60a>
80000e48:	4781                	li	a5,0
80000e4a:	0785                	add	a5,a5,1
80000e4c:	c311                	beqz	a4,80000e50 <__d_vfprintf+0x610>
80000e4e:	0785                	add	a5,a5,1
80000e50:	0c0d0963          	beqz	s10,80000f22 <__d_vfprintf+0x6e2>
80000e54:	001d0693          	add	a3,s10,1
80000e58:	97b6                	add	a5,a5,a3
80000e5a:	4481                	li	s1,0
80000e5c:	0167d463          	bge	a5,s6,80000e64 <__d_vfprintf+0x624>
80000e60:	40fb04b3          	sub	s1,s6,a5
80000e64:	009af793          	and	a5,s5,9
80000e68:	e789                	bnez	a5,80000e72 <__d_vfprintf+0x632>
80000e6a:	94a2                	add	s1,s1,s0
80000e6c:	0c849063          	bne	s1,s0,80000f2c <__d_vfprintf+0x6ec>
80000e70:	4481                	li	s1,0
80000e72:	c719                	beqz	a4,80000e80 <__d_vfprintf+0x640>
80000e74:	4582                	lw	a1,0(sp)
80000e76:	853a                	mv	a0,a4
80000e78:	0405                	add	s0,s0,1
80000e7a:	9a02                	jalr	s4
80000e7c:	a00541e3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000e80:	00bad793          	srl	a5,s5,0xb
80000e84:	8b85                	and	a5,a5,1
80000e86:	c395                	beqz	a5,80000eaa <__d_vfprintf+0x66a>
80000e88:	4582                	lw	a1,0(sp)
80000e8a:	03000513          	li	a0,48
80000e8e:	9a02                	jalr	s4
80000e90:	9e0547e3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000e94:	07800513          	li	a0,120
80000e98:	4582                	lw	a1,0(sp)
80000e9a:	41250533          	sub	a0,a0,s2
80000e9e:	0f857513          	and	a0,a0,248
80000ea2:	0409                	add	s0,s0,2
80000ea4:	9a02                	jalr	s4
80000ea6:	9c054ce3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000eaa:	008af793          	and	a5,s5,8
80000eae:	e791                	bnez	a5,80000eba <__d_vfprintf+0x67a>
80000eb0:	8b22                	mv	s6,s0
80000eb2:	9426                	add	s0,s0,s1
80000eb4:	09641663          	bne	s0,s6,80000f40 <__d_vfprintf+0x700>
80000eb8:	4481                	li	s1,0
80000eba:	0c0d8f63          	beqz	s11,80000f98 <__d_vfprintf+0x758>
80000ebe:	8cce                	mv	s9,s3
80000ec0:	0009d363          	bgez	s3,80000ec6 <__d_vfprintf+0x686>
80000ec4:	4c81                	li	s9,0
80000ec6:	41998db3          	sub	s11,s3,s9
80000eca:	41a00d33          	neg	s10,s10
80000ece:	5b7d                	li	s6,-1
80000ed0:	03000513          	li	a0,48
80000ed4:	017df663          	bgeu	s11,s7,80000ee0 <__d_vfprintf+0x6a0>
80000ed8:	103c                	add	a5,sp,40
80000eda:	97ee                	add	a5,a5,s11
80000edc:	0057c503          	lbu	a0,5(a5)
80000ee0:	1cfd                	add	s9,s9,-1
80000ee2:	00140c13          	add	s8,s0,1
80000ee6:	07acc563          	blt	s9,s10,80000f50 <__d_vfprintf+0x710>
80000eea:	4582                	lw	a1,0(sp)
80000eec:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000eee:	9a02                	jalr	s4
80000ef0:	980547e3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000ef4:	016c9a63          	bne	s9,s6,80000f08 <__d_vfprintf+0x6c8>
80000ef8:	4582                	lw	a1,0(sp)
80000efa:	02e00513          	li	a0,46
80000efe:	9a02                	jalr	s4
80000f00:	96054fe3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000f04:	00240c13          	add	s8,s0,2
80000f08:	8462                	mv	s0,s8
80000f0a:	b7d9                	j	80000ed0 <__d_vfprintf+0x690>
80000f0c:	fff78d13          	add	s10,a5,-1
80000f10:	b725                	j	80000e38 <__d_vfprintf+0x5f8>
80000f12:	00bad693          	srl	a3,s5,0xb
80000f16:	8a85                	and	a3,a3,1
80000f18:	478d                	li	a5,3
80000f1a:	c291                	beqz	a3,80000f1e <__d_vfprintf+0x6de>
80000f1c:	4795                	li	a5,5
80000f1e:	97e2                	add	a5,a5,s8
80000f20:	b735                	j	80000e4c <__d_vfprintf+0x60c>
80000f22:	010af693          	and	a3,s5,16
80000f26:	da95                	beqz	a3,80000e5a <__d_vfprintf+0x61a>
80000f28:	0785                	add	a5,a5,1
80000f2a:	bf05                	j	80000e5a <__d_vfprintf+0x61a>
80000f2c:	4582                	lw	a1,0(sp)
80000f2e:	02000513          	li	a0,32
80000f32:	c83a                	sw	a4,16(sp)
80000f34:	9a02                	jalr	s4
80000f36:	4742                	lw	a4,16(sp)
80000f38:	0405                	add	s0,s0,1
80000f3a:	f20559e3          	bgez	a0,80000e6c <__d_vfprintf+0x62c>
80000f3e:	b281                	j	8000087e <__d_vfprintf+0x3e>
80000f40:	4582                	lw	a1,0(sp)
80000f42:	03000513          	li	a0,48
80000f46:	0b05                	add	s6,s6,1
80000f48:	9a02                	jalr	s4
80000f4a:	f60555e3          	bgez	a0,80000eb4 <__d_vfprintf+0x674>
80000f4e:	ba05                	j	8000087e <__d_vfprintf+0x3e>
80000f50:	033c9063          	bne	s9,s3,80000f70 <__d_vfprintf+0x730>
80000f54:	02d14703          	lbu	a4,45(sp)
80000f58:	03500793          	li	a5,53
80000f5c:	00e7e863          	bltu	a5,a4,80000f6c <__d_vfprintf+0x72c>
80000f60:	00f71863          	bne	a4,a5,80000f70 <__d_vfprintf+0x730>
80000f64:	02c14783          	lbu	a5,44(sp)
80000f68:	8bc1                	and	a5,a5,16
80000f6a:	e399                	bnez	a5,80000f70 <__d_vfprintf+0x730>
80000f6c:	03100513          	li	a0,49
80000f70:	4582                	lw	a1,0(sp)
80000f72:	9a02                	jalr	s4
80000f74:	900545e3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000f78:	010afa93          	and	s5,s5,16
80000f7c:	e60a84e3          	beqz	s5,80000de4 <__d_vfprintf+0x5a4>
80000f80:	57fd                	li	a5,-1
80000f82:	e6fc91e3          	bne	s9,a5,80000de4 <__d_vfprintf+0x5a4>
80000f86:	4582                	lw	a1,0(sp)
80000f88:	00240c13          	add	s8,s0,2
80000f8c:	02e00513          	li	a0,46
80000f90:	9a02                	jalr	s4
80000f92:	e40559e3          	bgez	a0,80000de4 <__d_vfprintf+0x5a4>
80000f96:	b0e5                	j	8000087e <__d_vfprintf+0x3e>
80000f98:	02d14503          	lbu	a0,45(sp)
80000f9c:	03100793          	li	a5,49
80000fa0:	00f50763          	beq	a0,a5,80000fae <__d_vfprintf+0x76e>
80000fa4:	02c14783          	lbu	a5,44(sp)
80000fa8:	9bbd                	and	a5,a5,-17
80000faa:	02f10623          	sb	a5,44(sp)
80000fae:	4582                	lw	a1,0(sp)
80000fb0:	9a02                	jalr	s4
80000fb2:	8c0546e3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000fb6:	0da05a63          	blez	s10,8000108a <__d_vfprintf+0x84a>
80000fba:	4582                	lw	a1,0(sp)
80000fbc:	02e00513          	li	a0,46
80000fc0:	0409                	add	s0,s0,2
80000fc2:	9a02                	jalr	s4
80000fc4:	8a054de3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000fc8:	4a85                	li	s5,1
80000fca:	4785                	li	a5,1
80000fcc:	0405                	add	s0,s0,1
80000fce:	03000513          	li	a0,48
80000fd2:	017af863          	bgeu	s5,s7,80000fe2 <__d_vfprintf+0x7a2>
80000fd6:	02078793          	add	a5,a5,32
80000fda:	1018                	add	a4,sp,32
80000fdc:	97ba                	add	a5,a5,a4
80000fde:	fed7c503          	lbu	a0,-19(a5)
80000fe2:	4582                	lw	a1,0(sp)
80000fe4:	9a02                	jalr	s4
80000fe6:	88054ce3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80000fea:	0a85                	add	s5,s5,1
80000fec:	0ffafa93          	zext.b	s5,s5
80000ff0:	87d6                	mv	a5,s5
80000ff2:	fd5d5de3          	bge	s10,s5,80000fcc <__d_vfprintf+0x78c>
80000ff6:	4582                	lw	a1,0(sp)
80000ff8:	412c8533          	sub	a0,s9,s2
80000ffc:	0ff57513          	zext.b	a0,a0
80001000:	9a02                	jalr	s4
80001002:	86054ee3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80001006:	0009ca63          	bltz	s3,8000101a <__d_vfprintf+0x7da>
8000100a:	02b00513          	li	a0,43
8000100e:	00099a63          	bnez	s3,80001022 <__d_vfprintf+0x7e2>
80001012:	02c14783          	lbu	a5,44(sp)
80001016:	8bc1                	and	a5,a5,16
80001018:	c789                	beqz	a5,80001022 <__d_vfprintf+0x7e2>
8000101a:	413009b3          	neg	s3,s3
8000101e:	02d00513          	li	a0,45
80001022:	4582                	lw	a1,0(sp)
80001024:	9a02                	jalr	s4
80001026:	84054ce3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
8000102a:	4791                	li	a5,4
8000102c:	06fc1e63          	bne	s8,a5,800010a8 <__d_vfprintf+0x868>
80001030:	3e800913          	li	s2,1000
80001034:	0329c533          	div	a0,s3,s2
80001038:	4582                	lw	a1,0(sp)
8000103a:	040d                	add	s0,s0,3
8000103c:	03050513          	add	a0,a0,48
80001040:	0ff57513          	zext.b	a0,a0
80001044:	9a02                	jalr	s4
80001046:	82054ce3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
8000104a:	0329e9b3          	rem	s3,s3,s2
8000104e:	06400913          	li	s2,100
80001052:	4582                	lw	a1,0(sp)
80001054:	0405                	add	s0,s0,1
80001056:	0329c533          	div	a0,s3,s2
8000105a:	03050513          	add	a0,a0,48
8000105e:	0ff57513          	zext.b	a0,a0
80001062:	9a02                	jalr	s4
80001064:	80054de3          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80001068:	0329e9b3          	rem	s3,s3,s2
8000106c:	4929                	li	s2,10
8000106e:	4582                	lw	a1,0(sp)
80001070:	0405                	add	s0,s0,1
80001072:	0329c533          	div	a0,s3,s2
80001076:	03050513          	add	a0,a0,48
8000107a:	0ff57513          	zext.b	a0,a0
8000107e:	9a02                	jalr	s4
80001080:	fe054f63          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80001084:	0329e9b3          	rem	s3,s3,s2
80001088:	a03d                	j	800010b6 <__d_vfprintf+0x876>
8000108a:	010afa93          	and	s5,s5,16
8000108e:	000a9463          	bnez	s5,80001096 <__d_vfprintf+0x856>
80001092:	0405                	add	s0,s0,1
80001094:	b78d                	j	80000ff6 <__d_vfprintf+0x7b6>
80001096:	4582                	lw	a1,0(sp)
80001098:	02e00513          	li	a0,46
8000109c:	0409                	add	s0,s0,2
8000109e:	9a02                	jalr	s4
800010a0:	f4055be3          	bgez	a0,80000ff6 <__d_vfprintf+0x7b6>
800010a4:	fdaff06f          	j	8000087e <__d_vfprintf+0x3e>
800010a8:	478d                	li	a5,3
800010aa:	0409                	add	s0,s0,2
800010ac:	fafc01e3          	beq	s8,a5,8000104e <__d_vfprintf+0x80e>
800010b0:	4785                	li	a5,1
800010b2:	fafc1de3          	bne	s8,a5,8000106c <__d_vfprintf+0x82c>
800010b6:	03098513          	add	a0,s3,48
800010ba:	4582                	lw	a1,0(sp)
800010bc:	00140c13          	add	s8,s0,1
800010c0:	0ff57513          	zext.b	a0,a0
800010c4:	b5f1                	j	80000f90 <__d_vfprintf+0x750>
800010c6:	f9d90793          	add	a5,s2,-99
800010ca:	0ff7f793          	zext.b	a5,a5
800010ce:	4749                	li	a4,18
800010d0:	1ef76f63          	bltu	a4,a5,800012ce <__d_vfprintf+0xa8e>
800010d4:	80002737          	lui	a4,0x80002
800010d8:	078a                	sll	a5,a5,0x2
800010da:	73470713          	add	a4,a4,1844 # 80002734 <__text_end+0x1d6>
800010de:	97ba                	add	a5,a5,a4
800010e0:	439c                	lw	a5,0(a5)
800010e2:	8782                	jr	a5
800010e4:	5792                	lw	a5,36(sp)
800010e6:	4485                	li	s1,1
800010e8:	02810993          	add	s3,sp,40
800010ec:	00478713          	add	a4,a5,4
800010f0:	439c                	lw	a5,0(a5)
800010f2:	d23a                	sw	a4,36(sp)
800010f4:	02f10423          	sb	a5,40(sp)
800010f8:	008df813          	and	a6,s11,8
800010fc:	04080e63          	beqz	a6,80001158 <__d_vfprintf+0x918>
80001100:	4901                	li	s2,0
80001102:	05249d63          	bne	s1,s2,8000115c <__d_vfprintf+0x91c>
80001106:	00940c33          	add	s8,s0,s1
8000110a:	409b04b3          	sub	s1,s6,s1
8000110e:	b9d9                	j	80000de4 <__d_vfprintf+0x5a4>
80001110:	5792                	lw	a5,36(sp)
80001112:	00478713          	add	a4,a5,4
80001116:	d23a                	sw	a4,36(sp)
80001118:	0007a983          	lw	s3,0(a5)
8000111c:	00099663          	bnez	s3,80001128 <__d_vfprintf+0x8e8>
80001120:	800029b7          	lui	s3,0x80002
80001124:	6e898993          	add	s3,s3,1768 # 800026e8 <__text_end+0x18a>
80001128:	040df793          	and	a5,s11,64
8000112c:	55fd                	li	a1,-1
8000112e:	c391                	beqz	a5,80001132 <__d_vfprintf+0x8f2>
80001130:	85ea                	mv	a1,s10
80001132:	854e                	mv	a0,s3
80001134:	4b3000ef          	jal	80001de6 <strnlen>
80001138:	84aa                	mv	s1,a0
8000113a:	bf7d                	j	800010f8 <__d_vfprintf+0x8b8>
8000113c:	4582                	lw	a1,0(sp)
8000113e:	02000513          	li	a0,32
80001142:	9a02                	jalr	s4
80001144:	f2054d63          	bltz	a0,8000087e <__d_vfprintf+0x3e>
80001148:	197d                	add	s2,s2,-1
8000114a:	ff24e9e3          	bltu	s1,s2,8000113c <__d_vfprintf+0x8fc>
8000114e:	945a                	add	s0,s0,s6
80001150:	41240433          	sub	s0,s0,s2
80001154:	8b4a                	mv	s6,s2
80001156:	b76d                	j	80001100 <__d_vfprintf+0x8c0>
80001158:	895a                	mv	s2,s6
8000115a:	bfc5                	j	8000114a <__d_vfprintf+0x90a>
8000115c:	012987b3          	add	a5,s3,s2
80001160:	4582                	lw	a1,0(sp)
80001162:	0007c503          	lbu	a0,0(a5)
80001166:	0905                	add	s2,s2,1
80001168:	9a02                	jalr	s4
8000116a:	f8055ce3          	bgez	a0,80001102 <__d_vfprintf+0x8c2>
8000116e:	f10ff06f          	j	8000087e <__d_vfprintf+0x3e>
80001172:	080df713          	and	a4,s11,128
80001176:	5792                	lw	a5,36(sp)
80001178:	cf49                	beqz	a4,80001212 <__d_vfprintf+0x9d2>
8000117a:	200df713          	and	a4,s11,512
8000117e:	c359                	beqz	a4,80001204 <__d_vfprintf+0x9c4>
80001180:	079d                	add	a5,a5,7
80001182:	9be1                	and	a5,a5,-8
80001184:	4388                	lw	a0,0(a5)
80001186:	43cc                	lw	a1,4(a5)
80001188:	00878713          	add	a4,a5,8
8000118c:	d23a                	sw	a4,36(sp)
8000118e:	fefdf993          	and	s3,s11,-17
80001192:	09c2                	sll	s3,s3,0x10
80001194:	0109d993          	srl	s3,s3,0x10
80001198:	0805dd63          	bgez	a1,80001232 <__d_vfprintf+0x9f2>
8000119c:	00a037b3          	snez	a5,a0
800011a0:	40b005b3          	neg	a1,a1
800011a4:	8d9d                	sub	a1,a1,a5
800011a6:	40a00533          	neg	a0,a0
800011aa:	4009e993          	or	s3,s3,1024
800011ae:	02810a93          	add	s5,sp,40
800011b2:	46a9                	li	a3,10
800011b4:	8656                	mv	a2,s5
800011b6:	c8eff0ef          	jal	80000644 <__ultoa_invert>
800011ba:	0409f793          	and	a5,s3,64
800011be:	41550ab3          	sub	s5,a0,s5
800011c2:	c7f5                	beqz	a5,800012ae <__d_vfprintf+0xa6e>
800011c4:	ffe9f793          	and	a5,s3,-2
800011c8:	07c2                	sll	a5,a5,0x10
800011ca:	83c1                	srl	a5,a5,0x10
800011cc:	19aad563          	bge	s5,s10,80001356 <__d_vfprintf+0xb16>
800011d0:	16090c63          	beqz	s2,80001348 <__d_vfprintf+0xb08>
800011d4:	0109fc13          	and	s8,s3,16
800011d8:	84ea                	mv	s1,s10
800011da:	89be                	mv	s3,a5
800011dc:	060c0a63          	beqz	s8,80001250 <__d_vfprintf+0xa10>
800011e0:	0489                	add	s1,s1,2
800011e2:	0089f793          	and	a5,s3,8
800011e6:	18079a63          	bnez	a5,8000137a <__d_vfprintf+0xb3a>
800011ea:	0019f793          	and	a5,s3,1
800011ee:	cb89                	beqz	a5,80001200 <__d_vfprintf+0x9c0>
800011f0:	8d56                	mv	s10,s5
800011f2:	0164d763          	bge	s1,s6,80001200 <__d_vfprintf+0x9c0>
800011f6:	409b04b3          	sub	s1,s6,s1
800011fa:	01548d33          	add	s10,s1,s5
800011fe:	84da                	mv	s1,s6
80001200:	8ba6                	mv	s7,s1
80001202:	a2ad                	j	8000136c <__d_vfprintf+0xb2c>
80001204:	4388                	lw	a0,0(a5)
80001206:	00478713          	add	a4,a5,4
8000120a:	d23a                	sw	a4,36(sp)
8000120c:	41f55593          	sra	a1,a0,0x1f
80001210:	bfbd                	j	8000118e <__d_vfprintf+0x94e>
80001212:	00478713          	add	a4,a5,4
80001216:	4388                	lw	a0,0(a5)
80001218:	d23a                	sw	a4,36(sp)
8000121a:	100df793          	and	a5,s11,256
8000121e:	d7fd                	beqz	a5,8000120c <__d_vfprintf+0x9cc>
80001220:	200df793          	and	a5,s11,512
80001224:	c781                	beqz	a5,8000122c <__d_vfprintf+0x9ec>
80001226:	0562                	sll	a0,a0,0x18
80001228:	8561                	sra	a0,a0,0x18
8000122a:	b7cd                	j	8000120c <__d_vfprintf+0x9cc>
8000122c:	0542                	sll	a0,a0,0x10
8000122e:	8541                	sra	a0,a0,0x10
80001230:	bff1                	j	8000120c <__d_vfprintf+0x9cc>
80001232:	00b567b3          	or	a5,a0,a1
80001236:	ffa5                	bnez	a5,800011ae <__d_vfprintf+0x96e>
80001238:	040df793          	and	a5,s11,64
8000123c:	dbad                	beqz	a5,800011ae <__d_vfprintf+0x96e>
8000123e:	f60d18e3          	bnez	s10,800011ae <__d_vfprintf+0x96e>
80001242:	feedf993          	and	s3,s11,-18
80001246:	09c2                	sll	s3,s3,0x10
80001248:	0109d993          	srl	s3,s3,0x10
8000124c:	4a81                	li	s5,0
8000124e:	4481                	li	s1,0
80001250:	4069fc13          	and	s8,s3,1030
80001254:	f80c07e3          	beqz	s8,800011e2 <__d_vfprintf+0x9a2>
80001258:	0485                	add	s1,s1,1
8000125a:	4c01                	li	s8,0
8000125c:	b759                	j	800011e2 <__d_vfprintf+0x9a2>
8000125e:	fefdf813          	and	a6,s11,-17
80001262:	01081d93          	sll	s11,a6,0x10
80001266:	010ddd93          	srl	s11,s11,0x10
8000126a:	46a9                	li	a3,10
8000126c:	080df713          	and	a4,s11,128
80001270:	5792                	lw	a5,36(sp)
80001272:	c355                	beqz	a4,80001316 <__d_vfprintf+0xad6>
80001274:	200df713          	and	a4,s11,512
80001278:	cb49                	beqz	a4,8000130a <__d_vfprintf+0xaca>
8000127a:	079d                	add	a5,a5,7
8000127c:	9be1                	and	a5,a5,-8
8000127e:	4388                	lw	a0,0(a5)
80001280:	43cc                	lw	a1,4(a5)
80001282:	00878713          	add	a4,a5,8
80001286:	d23a                	sw	a4,36(sp)
80001288:	00b567b3          	or	a5,a0,a1
8000128c:	e7cd                	bnez	a5,80001336 <__d_vfprintf+0xaf6>
8000128e:	fe9df993          	and	s3,s11,-23
80001292:	09c2                	sll	s3,s3,0x10
80001294:	040df793          	and	a5,s11,64
80001298:	0109d993          	srl	s3,s3,0x10
8000129c:	c3dd                	beqz	a5,80001342 <__d_vfprintf+0xb02>
8000129e:	0a0d1263          	bnez	s10,80001342 <__d_vfprintf+0xb02>
800012a2:	fe8df993          	and	s3,s11,-24
800012a6:	09c2                	sll	s3,s3,0x10
800012a8:	0109d993          	srl	s3,s3,0x10
800012ac:	4a81                	li	s5,0
800012ae:	0109fc13          	and	s8,s3,16
800012b2:	0a0c0463          	beqz	s8,8000135a <__d_vfprintf+0xb1a>
800012b6:	001a8493          	add	s1,s5,1
800012ba:	f20904e3          	beqz	s2,800011e2 <__d_vfprintf+0x9a2>
800012be:	84d6                	mv	s1,s5
800012c0:	b705                	j	800011e0 <__d_vfprintf+0x9a0>
800012c2:	010ded93          	or	s11,s11,16
800012c6:	46c1                	li	a3,16
800012c8:	07800913          	li	s2,120
800012cc:	b745                	j	8000126c <__d_vfprintf+0xa2c>
800012ce:	07800793          	li	a5,120
800012d2:	00fc9a63          	bne	s9,a5,800012e6 <__d_vfprintf+0xaa6>
800012d6:	05800793          	li	a5,88
800012da:	46c1                	li	a3,16
800012dc:	f8f918e3          	bne	s2,a5,8000126c <__d_vfprintf+0xa2c>
800012e0:	21000693          	li	a3,528
800012e4:	b761                	j	8000126c <__d_vfprintf+0xa2c>
800012e6:	4582                	lw	a1,0(sp)
800012e8:	02500513          	li	a0,37
800012ec:	9a02                	jalr	s4
800012ee:	d8054863          	bltz	a0,8000087e <__d_vfprintf+0x3e>
800012f2:	4582                	lw	a1,0(sp)
800012f4:	854a                	mv	a0,s2
800012f6:	9a02                	jalr	s4
800012f8:	d8054363          	bltz	a0,8000087e <__d_vfprintf+0x3e>
800012fc:	0409                	add	s0,s0,2
800012fe:	4792                	lw	a5,4(sp)
80001300:	d5eff06f          	j	8000085e <__d_vfprintf+0x1e>
80001304:	46a1                	li	a3,8
80001306:	4901                	li	s2,0
80001308:	b795                	j	8000126c <__d_vfprintf+0xa2c>
8000130a:	4388                	lw	a0,0(a5)
8000130c:	00478713          	add	a4,a5,4
80001310:	d23a                	sw	a4,36(sp)
80001312:	4581                	li	a1,0
80001314:	bf95                	j	80001288 <__d_vfprintf+0xa48>
80001316:	00478713          	add	a4,a5,4
8000131a:	4388                	lw	a0,0(a5)
8000131c:	d23a                	sw	a4,36(sp)
8000131e:	100df793          	and	a5,s11,256
80001322:	dbe5                	beqz	a5,80001312 <__d_vfprintf+0xad2>
80001324:	200df793          	and	a5,s11,512
80001328:	c781                	beqz	a5,80001330 <__d_vfprintf+0xaf0>
8000132a:	0ff57513          	zext.b	a0,a0
8000132e:	b7d5                	j	80001312 <__d_vfprintf+0xad2>
80001330:	0542                	sll	a0,a0,0x10
80001332:	8141                	srl	a0,a0,0x10
80001334:	bff9                	j	80001312 <__d_vfprintf+0xad2>
80001336:	ff9df813          	and	a6,s11,-7
8000133a:	01081993          	sll	s3,a6,0x10
8000133e:	0109d993          	srl	s3,s3,0x10
80001342:	02810a93          	add	s5,sp,40
80001346:	b5bd                	j	800011b4 <__d_vfprintf+0x974>
80001348:	fee9f993          	and	s3,s3,-18
8000134c:	09c2                	sll	s3,s3,0x10
8000134e:	0109d993          	srl	s3,s3,0x10
80001352:	84ea                	mv	s1,s10
80001354:	bdf5                	j	80001250 <__d_vfprintf+0xa10>
80001356:	89be                	mv	s3,a5
80001358:	bf99                	j	800012ae <__d_vfprintf+0xa6e>
8000135a:	84d6                	mv	s1,s5
8000135c:	bdd5                	j	80001250 <__d_vfprintf+0xa10>
8000135e:	4582                	lw	a1,0(sp)
80001360:	02000513          	li	a0,32
80001364:	9a02                	jalr	s4
80001366:	d0054c63          	bltz	a0,8000087e <__d_vfprintf+0x3e>
8000136a:	0b85                	add	s7,s7,1
8000136c:	ff6bc9e3          	blt	s7,s6,8000135e <__d_vfprintf+0xb1e>
80001370:	409404b3          	sub	s1,s0,s1
80001374:	01748433          	add	s0,s1,s7
80001378:	84de                	mv	s1,s7
8000137a:	020c0363          	beqz	s8,800013a0 <__d_vfprintf+0xb60>
8000137e:	4582                	lw	a1,0(sp)
80001380:	03000513          	li	a0,48
80001384:	9a02                	jalr	s4
80001386:	ce054c63          	bltz	a0,8000087e <__d_vfprintf+0x3e>
8000138a:	04090d63          	beqz	s2,800013e4 <__d_vfprintf+0xba4>
8000138e:	4582                	lw	a1,0(sp)
80001390:	0409                	add	s0,s0,2
80001392:	854a                	mv	a0,s2
80001394:	9a02                	jalr	s4
80001396:	ce054463          	bltz	a0,8000087e <__d_vfprintf+0x3e>
8000139a:	8c22                	mv	s8,s0
8000139c:	9d22                	add	s10,s10,s0
8000139e:	a81d                	j	800013d4 <__d_vfprintf+0xb94>
800013a0:	4069f793          	and	a5,s3,1030
800013a4:	dbfd                	beqz	a5,8000139a <__d_vfprintf+0xb5a>
800013a6:	0029f793          	and	a5,s3,2
800013aa:	02000513          	li	a0,32
800013ae:	c399                	beqz	a5,800013b4 <__d_vfprintf+0xb74>
800013b0:	02b00513          	li	a0,43
800013b4:	4009f993          	and	s3,s3,1024
800013b8:	00098463          	beqz	s3,800013c0 <__d_vfprintf+0xb80>
800013bc:	02d00513          	li	a0,45
800013c0:	4582                	lw	a1,0(sp)
800013c2:	0405                	add	s0,s0,1
800013c4:	bfc1                	j	80001394 <__d_vfprintf+0xb54>
800013c6:	4582                	lw	a1,0(sp)
800013c8:	03000513          	li	a0,48
800013cc:	0c05                	add	s8,s8,1
800013ce:	9a02                	jalr	s4
800013d0:	ca054763          	bltz	a0,8000087e <__d_vfprintf+0x3e>
800013d4:	418d07b3          	sub	a5,s10,s8
800013d8:	fefac7e3          	blt	s5,a5,800013c6 <__d_vfprintf+0xb86>
800013dc:	8456                	mv	s0,s5
800013de:	e409                	bnez	s0,800013e8 <__d_vfprintf+0xba8>
800013e0:	9c56                	add	s8,s8,s5
800013e2:	b325                	j	8000110a <__d_vfprintf+0x8ca>
800013e4:	0405                	add	s0,s0,1
800013e6:	bf55                	j	8000139a <__d_vfprintf+0xb5a>
800013e8:	147d                	add	s0,s0,-1
800013ea:	103c                	add	a5,sp,40
800013ec:	97a2                	add	a5,a5,s0
800013ee:	4582                	lw	a1,0(sp)
800013f0:	0007c503          	lbu	a0,0(a5)
800013f4:	9a02                	jalr	s4
800013f6:	fe0554e3          	bgez	a0,800013de <__d_vfprintf+0xb9e>
800013fa:	c84ff06f          	j	8000087e <__d_vfprintf+0x3e>
800013fe:	4582                	lw	a1,0(sp)
80001400:	02000513          	li	a0,32
80001404:	0405                	add	s0,s0,1
80001406:	9a02                	jalr	s4
80001408:	c6054b63          	bltz	a0,8000087e <__d_vfprintf+0x3e>
8000140c:	408487b3          	sub	a5,s1,s0
80001410:	fef047e3          	bgtz	a5,800013fe <__d_vfprintf+0xbbe>
80001414:	b5ed                	j	800012fe <__d_vfprintf+0xabe>

80001416 <mulShiftAll64>:
80001416:	0f0012ef          	jal	t0,80002506 <__riscv_save_10>
8000141a:	84b2                	mv	s1,a2
8000141c:	00159913          	sll	s2,a1,0x1
80001420:	4210                	lw	a2,0(a2)
80001422:	8ab6                	mv	s5,a3
80001424:	89be                	mv	s3,a5
80001426:	40d4                	lw	a3,4(s1)
80001428:	01f55793          	srl	a5,a0,0x1f
8000142c:	1141                	add	sp,sp,-16
8000142e:	0127e933          	or	s2,a5,s2
80001432:	00151413          	sll	s0,a0,0x1
80001436:	8522                	mv	a0,s0
80001438:	85ca                	mv	a1,s2
8000143a:	8bba                	mv	s7,a4
8000143c:	870a                	mv	a4,sp
8000143e:	8b42                	mv	s6,a6
80001440:	0f5000ef          	jal	80001d34 <__umul128>
80001444:	44d4                	lw	a3,12(s1)
80001446:	4490                	lw	a2,8(s1)
80001448:	0038                	add	a4,sp,8
8000144a:	8caa                	mv	s9,a0
8000144c:	8c2e                	mv	s8,a1
8000144e:	8522                	mv	a0,s0
80001450:	85ca                	mv	a1,s2
80001452:	0e3000ef          	jal	80001d34 <__umul128>
80001456:	4682                	lw	a3,0(sp)
80001458:	4712                	lw	a4,4(sp)
8000145a:	4785                	li	a5,1
8000145c:	00d50933          	add	s2,a0,a3
80001460:	00a93533          	sltu	a0,s2,a0
80001464:	95ba                	add	a1,a1,a4
80001466:	00b50433          	add	s0,a0,a1
8000146a:	00e46763          	bltu	s0,a4,80001478 <mulShiftAll64+0x62>
8000146e:	00871463          	bne	a4,s0,80001476 <mulShiftAll64+0x60>
80001472:	00d96363          	bltu	s2,a3,80001478 <mulShiftAll64+0x62>
80001476:	4781                	li	a5,0
80001478:	4622                	lw	a2,8(sp)
8000147a:	4732                	lw	a4,12(sp)
8000147c:	963e                	add	a2,a2,a5
8000147e:	00f637b3          	sltu	a5,a2,a5
80001482:	00e786b3          	add	a3,a5,a4
80001486:	4098                	lw	a4,0(s1)
80001488:	40dc                	lw	a5,4(s1)
8000148a:	c432                	sw	a2,8(sp)
8000148c:	9766                	add	a4,a4,s9
8000148e:	97e2                	add	a5,a5,s8
80001490:	019735b3          	sltu	a1,a4,s9
80001494:	95be                	add	a1,a1,a5
80001496:	c636                	sw	a3,12(sp)
80001498:	4785                	li	a5,1
8000149a:	0185e763          	bltu	a1,s8,800014a8 <mulShiftAll64+0x92>
8000149e:	00bc1463          	bne	s8,a1,800014a6 <mulShiftAll64+0x90>
800014a2:	01976363          	bltu	a4,s9,800014a8 <mulShiftAll64+0x92>
800014a6:	4781                	li	a5,0
800014a8:	4498                	lw	a4,8(s1)
800014aa:	44c8                	lw	a0,12(s1)
800014ac:	fbfa8a13          	add	s4,s5,-65
800014b0:	974a                	add	a4,a4,s2
800014b2:	9522                	add	a0,a0,s0
800014b4:	012735b3          	sltu	a1,a4,s2
800014b8:	95aa                	add	a1,a1,a0
800014ba:	00e78533          	add	a0,a5,a4
800014be:	00f537b3          	sltu	a5,a0,a5
800014c2:	95be                	add	a1,a1,a5
800014c4:	4785                	li	a5,1
800014c6:	0085e763          	bltu	a1,s0,800014d4 <mulShiftAll64+0xbe>
800014ca:	00b41463          	bne	s0,a1,800014d2 <mulShiftAll64+0xbc>
800014ce:	01256363          	bltu	a0,s2,800014d4 <mulShiftAll64+0xbe>
800014d2:	4781                	li	a5,0
800014d4:	963e                	add	a2,a2,a5
800014d6:	00f637b3          	sltu	a5,a2,a5
800014da:	8752                	mv	a4,s4
800014dc:	96be                	add	a3,a3,a5
800014de:	0a3000ef          	jal	80001d80 <__shiftright128>
800014e2:	00aba023          	sw	a0,0(s7)
800014e6:	00bba223          	sw	a1,4(s7)
800014ea:	4785                	li	a5,1
800014ec:	48a2                	lw	a7,8(sp)
800014ee:	4832                	lw	a6,12(sp)
800014f0:	40cc                	lw	a1,4(s1)
800014f2:	4488                	lw	a0,8(s1)
800014f4:	44d8                	lw	a4,12(s1)
800014f6:	06fb1763          	bne	s6,a5,80001564 <mulShiftAll64+0x14e>
800014fa:	40a906b3          	sub	a3,s2,a0
800014fe:	00d93633          	sltu	a2,s2,a3
80001502:	40e407b3          	sub	a5,s0,a4
80001506:	8f91                	sub	a5,a5,a2
80001508:	4505                	li	a0,1
8000150a:	00bc6863          	bltu	s8,a1,8000151a <mulShiftAll64+0x104>
8000150e:	01859563          	bne	a1,s8,80001518 <mulShiftAll64+0x102>
80001512:	4098                	lw	a4,0(s1)
80001514:	00ece363          	bltu	s9,a4,8000151a <mulShiftAll64+0x104>
80001518:	4501                	li	a0,0
8000151a:	40a68533          	sub	a0,a3,a0
8000151e:	00a6b6b3          	sltu	a3,a3,a0
80001522:	40d785b3          	sub	a1,a5,a3
80001526:	4605                	li	a2,1
80001528:	00b46763          	bltu	s0,a1,80001536 <mulShiftAll64+0x120>
8000152c:	00859463          	bne	a1,s0,80001534 <mulShiftAll64+0x11e>
80001530:	00a96363          	bltu	s2,a0,80001536 <mulShiftAll64+0x120>
80001534:	4601                	li	a2,0
80001536:	40c88633          	sub	a2,a7,a2
8000153a:	00c8b6b3          	sltu	a3,a7,a2
8000153e:	8752                	mv	a4,s4
80001540:	40d806b3          	sub	a3,a6,a3
80001544:	03d000ef          	jal	80001d80 <__shiftright128>
80001548:	4622                	lw	a2,8(sp)
8000154a:	46b2                	lw	a3,12(sp)
8000154c:	00a9a023          	sw	a0,0(s3)
80001550:	00b9a223          	sw	a1,4(s3)
80001554:	8752                	mv	a4,s4
80001556:	854a                	mv	a0,s2
80001558:	85a2                	mv	a1,s0
8000155a:	027000ef          	jal	80001d80 <__shiftright128>
8000155e:	0141                	add	sp,sp,16
80001560:	7df0006f          	j	8000253e <__riscv_restore_10>
80001564:	01fcd793          	srl	a5,s9,0x1f
80001568:	001c1613          	sll	a2,s8,0x1
8000156c:	8e5d                	or	a2,a2,a5
8000156e:	01f95693          	srl	a3,s2,0x1f
80001572:	00141793          	sll	a5,s0,0x1
80001576:	001c9e93          	sll	t4,s9,0x1
8000157a:	8fd5                	or	a5,a5,a3
8000157c:	00191313          	sll	t1,s2,0x1
80001580:	4e05                	li	t3,1
80001582:	01866763          	bltu	a2,s8,80001590 <mulShiftAll64+0x17a>
80001586:	00cc1463          	bne	s8,a2,8000158e <mulShiftAll64+0x178>
8000158a:	019ee363          	bltu	t4,s9,80001590 <mulShiftAll64+0x17a>
8000158e:	4e01                	li	t3,0
80001590:	9e1a                	add	t3,t3,t1
80001592:	006e3333          	sltu	t1,t3,t1
80001596:	933e                	add	t1,t1,a5
80001598:	4785                	li	a5,1
8000159a:	00b66863          	bltu	a2,a1,800015aa <mulShiftAll64+0x194>
8000159e:	00c59563          	bne	a1,a2,800015a8 <mulShiftAll64+0x192>
800015a2:	4094                	lw	a3,0(s1)
800015a4:	00dee363          	bltu	t4,a3,800015aa <mulShiftAll64+0x194>
800015a8:	4781                	li	a5,0
800015aa:	40fe07b3          	sub	a5,t3,a5
800015ae:	00fe35b3          	sltu	a1,t3,a5
800015b2:	40b305b3          	sub	a1,t1,a1
800015b6:	40a78533          	sub	a0,a5,a0
800015ba:	00a7b7b3          	sltu	a5,a5,a0
800015be:	8d99                	sub	a1,a1,a4
800015c0:	01f8d693          	srl	a3,a7,0x1f
800015c4:	8d9d                	sub	a1,a1,a5
800015c6:	00181793          	sll	a5,a6,0x1
800015ca:	8fd5                	or	a5,a5,a3
800015cc:	fc0a8713          	add	a4,s5,-64
800015d0:	0886                	sll	a7,a7,0x1
800015d2:	4685                	li	a3,1
800015d4:	00836763          	bltu	t1,s0,800015e2 <mulShiftAll64+0x1cc>
800015d8:	00641463          	bne	s0,t1,800015e0 <mulShiftAll64+0x1ca>
800015dc:	012e6363          	bltu	t3,s2,800015e2 <mulShiftAll64+0x1cc>
800015e0:	4681                	li	a3,0
800015e2:	96c6                	add	a3,a3,a7
800015e4:	0116b8b3          	sltu	a7,a3,a7
800015e8:	98be                	add	a7,a7,a5
800015ea:	4605                	li	a2,1
800015ec:	00b36763          	bltu	t1,a1,800015fa <mulShiftAll64+0x1e4>
800015f0:	00659463          	bne	a1,t1,800015f8 <mulShiftAll64+0x1e2>
800015f4:	00ae6363          	bltu	t3,a0,800015fa <mulShiftAll64+0x1e4>
800015f8:	4601                	li	a2,0
800015fa:	40c68633          	sub	a2,a3,a2
800015fe:	00c6b6b3          	sltu	a3,a3,a2
80001602:	40d886b3          	sub	a3,a7,a3
80001606:	bf3d                	j	80001544 <mulShiftAll64+0x12e>

80001608 <div10>:
80001608:	727002ef          	jal	t0,8000252e <__riscv_save_0>
8000160c:	800037b7          	lui	a5,0x80003
80001610:	bc07a603          	lw	a2,-1088(a5) # 80002bc0 <stdout+0x4>
80001614:	bc47a683          	lw	a3,-1084(a5)
80001618:	1141                	add	sp,sp,-16
8000161a:	0038                	add	a4,sp,8
8000161c:	718000ef          	jal	80001d34 <__umul128>
80001620:	45b2                	lw	a1,12(sp)
80001622:	47a2                	lw	a5,8(sp)
80001624:	01d59513          	sll	a0,a1,0x1d
80001628:	838d                	srl	a5,a5,0x3
8000162a:	8d5d                	or	a0,a0,a5
8000162c:	818d                	srl	a1,a1,0x3
8000162e:	0141                	add	sp,sp,16
80001630:	7230006f          	j	80002552 <__riscv_restore_0>

80001634 <__dtoa_engine>:
80001634:	6cb002ef          	jal	t0,800024fe <__riscv_save_12>
80001638:	715d                	add	sp,sp,-80
8000163a:	8bb6                	mv	s7,a3
8000163c:	001006b7          	lui	a3,0x100
80001640:	c43a                	sw	a4,8(sp)
80001642:	c63e                	sw	a5,12(sp)
80001644:	01f5d713          	srl	a4,a1,0x1f
80001648:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
8000164c:	0145d793          	srl	a5,a1,0x14
80001650:	00bdfdb3          	and	s11,s11,a1
80001654:	c03a                	sw	a4,0(sp)
80001656:	7ff7f413          	and	s0,a5,2047
8000165a:	84aa                	mv	s1,a0
8000165c:	8ab2                	mv	s5,a2
8000165e:	00ade733          	or	a4,s11,a0
80001662:	e405                	bnez	s0,8000168a <__dtoa_engine+0x56>
80001664:	e331                	bnez	a4,800016a8 <__dtoa_engine+0x74>
80001666:	03000793          	li	a5,48
8000166a:	00f602a3          	sb	a5,5(a2)
8000166e:	4782                	lw	a5,0(sp)
80001670:	00060323          	sb	zero,6(a2)
80001674:	00062023          	sw	zero,0(a2)
80001678:	0027e993          	or	s3,a5,2
8000167c:	01360223          	sb	s3,4(a2)
80001680:	4405                	li	s0,1
80001682:	8522                	mv	a0,s0
80001684:	6161                	add	sp,sp,80
80001686:	6b50006f          	j	8000253a <__riscv_restore_12>
8000168a:	7ff00613          	li	a2,2047
8000168e:	0ac41163          	bne	s0,a2,80001730 <__dtoa_engine+0xfc>
80001692:	4782                	lw	a5,0(sp)
80001694:	0047e793          	or	a5,a5,4
80001698:	c701                	beqz	a4,800016a0 <__dtoa_engine+0x6c>
8000169a:	4782                	lw	a5,0(sp)
8000169c:	0087e793          	or	a5,a5,8
800016a0:	00fa8223          	sb	a5,4(s5)
800016a4:	4401                	li	s0,0
800016a6:	bff1                	j	80001682 <__dtoa_engine+0x4e>
800016a8:	00157793          	and	a5,a0,1
800016ac:	c23e                	sw	a5,4(sp)
800016ae:	002d9993          	sll	s3,s11,0x2
800016b2:	01e55793          	srl	a5,a0,0x1e
800016b6:	0137e9b3          	or	s3,a5,s3
800016ba:	00251c13          	sll	s8,a0,0x2
800016be:	892a                	mv	s2,a0
800016c0:	bcc00413          	li	s0,-1076
800016c4:	4805                	li	a6,1
800016c6:	4d05                	li	s10,1
800016c8:	408004b3          	neg	s1,s0
800016cc:	8526                	mv	a0,s1
800016ce:	ca42                	sw	a6,20(sp)
800016d0:	2589                	jal	80001d12 <__log10Pow5>
800016d2:	fff42793          	slti	a5,s0,-1
800016d6:	40f50b33          	sub	s6,a0,a5
800016da:	416484b3          	sub	s1,s1,s6
800016de:	8526                	mv	a0,s1
800016e0:	2589                	jal	80001d22 <__pow5bits>
800016e2:	f8350693          	add	a3,a0,-125
800016e6:	40db06b3          	sub	a3,s6,a3
800016ea:	8526                	mv	a0,s1
800016ec:	008c                	add	a1,sp,64
800016ee:	c836                	sw	a3,16(sp)
800016f0:	2929                	jal	80001b0a <__double_computePow5>
800016f2:	4852                	lw	a6,20(sp)
800016f4:	46c2                	lw	a3,16(sp)
800016f6:	181c                	add	a5,sp,48
800016f8:	1038                	add	a4,sp,40
800016fa:	0090                	add	a2,sp,64
800016fc:	854a                	mv	a0,s2
800016fe:	85ee                	mv	a1,s11
80001700:	3b19                	jal	80001416 <mulShiftAll64>
80001702:	4785                	li	a5,1
80001704:	008b0a33          	add	s4,s6,s0
80001708:	84ae                	mv	s1,a1
8000170a:	842a                	mv	s0,a0
8000170c:	1367e663          	bltu	a5,s6,80001838 <__dtoa_engine+0x204>
80001710:	4792                	lw	a5,4(sp)
80001712:	4985                	li	s3,1
80001714:	0e078963          	beqz	a5,80001806 <__dtoa_engine+0x1d2>
80001718:	57a2                	lw	a5,40(sp)
8000171a:	5732                	lw	a4,44(sp)
8000171c:	4985                	li	s3,1
8000171e:	fff78693          	add	a3,a5,-1
80001722:	0017b793          	seqz	a5,a5
80001726:	40f707b3          	sub	a5,a4,a5
8000172a:	d436                	sw	a3,40(sp)
8000172c:	d63e                	sw	a5,44(sp)
8000172e:	a07d                	j	800017dc <__dtoa_engine+0x1a8>
80001730:	01b6edb3          	or	s11,a3,s11
80001734:	00157693          	and	a3,a0,1
80001738:	c236                	sw	a3,4(sp)
8000173a:	002d9993          	sll	s3,s11,0x2
8000173e:	01e55693          	srl	a3,a0,0x1e
80001742:	bcb40413          	add	s0,s0,-1077
80001746:	892a                	mv	s2,a0
80001748:	0136e9b3          	or	s3,a3,s3
8000174c:	00251c13          	sll	s8,a0,0x2
80001750:	4d05                	li	s10,1
80001752:	e709                	bnez	a4,8000175c <__dtoa_engine+0x128>
80001754:	7fe7f793          	and	a5,a5,2046
80001758:	0017bd13          	seqz	s10,a5
8000175c:	886a                	mv	a6,s10
8000175e:	f60445e3          	bltz	s0,800016c8 <__dtoa_engine+0x94>
80001762:	8522                	mv	a0,s0
80001764:	2345                	jal	80001d04 <__log10Pow2>
80001766:	00442793          	slti	a5,s0,4
8000176a:	0017c793          	xor	a5,a5,1
8000176e:	40f50a33          	sub	s4,a0,a5
80001772:	8552                	mv	a0,s4
80001774:	237d                	jal	80001d22 <__pow5bits>
80001776:	07c50693          	add	a3,a0,124
8000177a:	408a0433          	sub	s0,s4,s0
8000177e:	96a2                	add	a3,a3,s0
80001780:	008c                	add	a1,sp,64
80001782:	8552                	mv	a0,s4
80001784:	c836                	sw	a3,16(sp)
80001786:	2141                	jal	80001c06 <__double_computeInvPow5>
80001788:	46c2                	lw	a3,16(sp)
8000178a:	181c                	add	a5,sp,48
8000178c:	8526                	mv	a0,s1
8000178e:	886a                	mv	a6,s10
80001790:	1038                	add	a4,sp,40
80001792:	0090                	add	a2,sp,64
80001794:	85ee                	mv	a1,s11
80001796:	3141                	jal	80001416 <mulShiftAll64>
80001798:	47d5                	li	a5,21
8000179a:	842a                	mv	s0,a0
8000179c:	84ae                	mv	s1,a1
8000179e:	0947eb63          	bltu	a5,s4,80001834 <__dtoa_engine+0x200>
800017a2:	800037b7          	lui	a5,0x80003
800017a6:	bc47a683          	lw	a3,-1084(a5) # 80002bc4 <stdout+0x8>
800017aa:	bc07a603          	lw	a2,-1088(a5)
800017ae:	1838                	add	a4,sp,56
800017b0:	8562                	mv	a0,s8
800017b2:	85ce                	mv	a1,s3
800017b4:	2341                	jal	80001d34 <__umul128>
800017b6:	57e2                	lw	a5,56(sp)
800017b8:	56f2                	lw	a3,60(sp)
800017ba:	5da2                	lw	s11,40(sp)
800017bc:	8389                	srl	a5,a5,0x2
800017be:	06fa                	sll	a3,a3,0x1e
800017c0:	8fd5                	or	a5,a5,a3
800017c2:	4695                	li	a3,5
800017c4:	02f687b3          	mul	a5,a3,a5
800017c8:	5932                	lw	s2,44(sp)
800017ca:	01879b63          	bne	a5,s8,800017e0 <__dtoa_engine+0x1ac>
800017ce:	85ce                	mv	a1,s3
800017d0:	8562                	mv	a0,s8
800017d2:	2ced                	jal	80001acc <__pow5Factor>
800017d4:	01453733          	sltu	a4,a0,s4
800017d8:	00174993          	xor	s3,a4,1
800017dc:	4d01                	li	s10,0
800017de:	a025                	j	80001806 <__dtoa_engine+0x1d2>
800017e0:	4792                	lw	a5,4(sp)
800017e2:	e79d                	bnez	a5,80001810 <__dtoa_engine+0x1dc>
800017e4:	fffc0793          	add	a5,s8,-1
800017e8:	41a78533          	sub	a0,a5,s10
800017ec:	001c3593          	seqz	a1,s8
800017f0:	00a7b7b3          	sltu	a5,a5,a0
800017f4:	40b985b3          	sub	a1,s3,a1
800017f8:	8d9d                	sub	a1,a1,a5
800017fa:	2cc9                	jal	80001acc <__pow5Factor>
800017fc:	01453933          	sltu	s2,a0,s4
80001800:	00194d13          	xor	s10,s2,1
80001804:	4981                	li	s3,0
80001806:	47a2                	lw	a5,8(sp)
80001808:	0e079f63          	bnez	a5,80001906 <__dtoa_engine+0x2d2>
8000180c:	8b5e                	mv	s6,s7
8000180e:	a049                	j	80001890 <__dtoa_engine+0x25c>
80001810:	002c0513          	add	a0,s8,2
80001814:	018535b3          	sltu	a1,a0,s8
80001818:	95ce                	add	a1,a1,s3
8000181a:	2c4d                	jal	80001acc <__pow5Factor>
8000181c:	01453533          	sltu	a0,a0,s4
80001820:	00154513          	xor	a0,a0,1
80001824:	40ad8533          	sub	a0,s11,a0
80001828:	00adbdb3          	sltu	s11,s11,a0
8000182c:	41b90733          	sub	a4,s2,s11
80001830:	d42a                	sw	a0,40(sp)
80001832:	d63a                	sw	a4,44(sp)
80001834:	4981                	li	s3,0
80001836:	b75d                	j	800017dc <__dtoa_engine+0x1a8>
80001838:	03e00793          	li	a5,62
8000183c:	ff67ece3          	bltu	a5,s6,80001834 <__dtoa_engine+0x200>
80001840:	865a                	mv	a2,s6
80001842:	557d                	li	a0,-1
80001844:	55fd                	li	a1,-1
80001846:	23c5                	jal	80001e26 <__ashldi3>
80001848:	fff54513          	not	a0,a0
8000184c:	fff5c593          	not	a1,a1
80001850:	0135f5b3          	and	a1,a1,s3
80001854:	01857533          	and	a0,a0,s8
80001858:	00b56733          	or	a4,a0,a1
8000185c:	00173993          	seqz	s3,a4
80001860:	bfb5                	j	800017dc <__dtoa_engine+0x1a8>
80001862:	02d50833          	mul	a6,a0,a3
80001866:	0785                	add	a5,a5,1
80001868:	02b536b3          	mulhu	a3,a0,a1
8000186c:	02b505b3          	mul	a1,a0,a1
80001870:	96c2                	add	a3,a3,a6
80001872:	00d4e663          	bltu	s1,a3,8000187e <__dtoa_engine+0x24a>
80001876:	fe9696e3          	bne	a3,s1,80001862 <__dtoa_engine+0x22e>
8000187a:	feb474e3          	bgeu	s0,a1,80001862 <__dtoa_engine+0x22e>
8000187e:	4732                	lw	a4,12(sp)
80001880:	97d2                	add	a5,a5,s4
80001882:	97ba                	add	a5,a5,a4
80001884:	00f04363          	bgtz	a5,8000188a <__dtoa_engine+0x256>
80001888:	4785                	li	a5,1
8000188a:	8b3e                	mv	s6,a5
8000188c:	f8fbc0e3          	blt	s7,a5,8000180c <__dtoa_engine+0x1d8>
80001890:	4c81                	li	s9,0
80001892:	4901                	li	s2,0
80001894:	4c01                	li	s8,0
80001896:	5522                	lw	a0,40(sp)
80001898:	55b2                	lw	a1,44(sp)
8000189a:	33bd                	jal	80001608 <div10>
8000189c:	57c2                	lw	a5,48(sp)
8000189e:	8dae                	mv	s11,a1
800018a0:	55d2                	lw	a1,52(sp)
800018a2:	c82a                	sw	a0,16(sp)
800018a4:	853e                	mv	a0,a5
800018a6:	ca3e                	sw	a5,20(sp)
800018a8:	3385                	jal	80001608 <div10>
800018aa:	832a                	mv	t1,a0
800018ac:	88ae                	mv	a7,a1
800018ae:	4ea9                	li	t4,10
800018b0:	01b5e763          	bltu	a1,s11,800018be <__dtoa_engine+0x28a>
800018b4:	08bd9563          	bne	s11,a1,8000193e <__dtoa_engine+0x30a>
800018b8:	47c2                	lw	a5,16(sp)
800018ba:	08f57263          	bgeu	a0,a5,8000193e <__dtoa_engine+0x30a>
800018be:	8522                	mv	a0,s0
800018c0:	85a6                	mv	a1,s1
800018c2:	ce46                	sw	a7,28(sp)
800018c4:	cc1a                	sw	t1,24(sp)
800018c6:	3389                	jal	80001608 <div10>
800018c8:	4362                	lw	t1,24(sp)
800018ca:	4ea9                	li	t4,10
800018cc:	001cb693          	seqz	a3,s9
800018d0:	026e8833          	mul	a6,t4,t1
800018d4:	00d9f9b3          	and	s3,s3,a3
800018d8:	47d2                	lw	a5,20(sp)
800018da:	48f2                	lw	a7,28(sp)
800018dc:	d66e                	sw	s11,44(sp)
800018de:	d81a                	sw	t1,48(sp)
800018e0:	da46                	sw	a7,52(sp)
800018e2:	0905                	add	s2,s2,1
800018e4:	84ae                	mv	s1,a1
800018e6:	02ae86b3          	mul	a3,t4,a0
800018ea:	40f80833          	sub	a6,a6,a5
800018ee:	47c2                	lw	a5,16(sp)
800018f0:	00183813          	seqz	a6,a6
800018f4:	010d7d33          	and	s10,s10,a6
800018f8:	d43e                	sw	a5,40(sp)
800018fa:	40d406b3          	sub	a3,s0,a3
800018fe:	0ff6fc93          	zext.b	s9,a3
80001902:	842a                	mv	s0,a0
80001904:	bf49                	j	80001896 <__dtoa_engine+0x262>
80001906:	45a9                	li	a1,10
80001908:	4681                	li	a3,0
8000190a:	4785                	li	a5,1
8000190c:	4529                	li	a0,10
8000190e:	b795                	j	80001872 <__dtoa_engine+0x23e>
80001910:	030e8f33          	mul	t5,t4,a6
80001914:	0505                	add	a0,a0,1
80001916:	02beb833          	mulhu	a6,t4,a1
8000191a:	02be85b3          	mul	a1,t4,a1
8000191e:	987a                	add	a6,a6,t5
80001920:	0104e663          	bltu	s1,a6,8000192c <__dtoa_engine+0x2f8>
80001924:	fe9816e3          	bne	a6,s1,80001910 <__dtoa_engine+0x2dc>
80001928:	feb474e3          	bgeu	s0,a1,80001910 <__dtoa_engine+0x2dc>
8000192c:	00ab5d63          	bge	s6,a0,80001946 <__dtoa_engine+0x312>
80001930:	000b1563          	bnez	s6,8000193a <__dtoa_engine+0x306>
80001934:	009465b3          	or	a1,s0,s1
80001938:	c599                	beqz	a1,80001946 <__dtoa_engine+0x312>
8000193a:	4c05                	li	s8,1
8000193c:	b749                	j	800018be <__dtoa_engine+0x28a>
8000193e:	45a9                	li	a1,10
80001940:	4801                	li	a6,0
80001942:	4505                	li	a0,1
80001944:	bff1                	j	80001920 <__dtoa_engine+0x2ec>
80001946:	040d0e63          	beqz	s10,800019a2 <__dtoa_engine+0x36e>
8000194a:	4da9                	li	s11,10
8000194c:	5342                	lw	t1,48(sp)
8000194e:	55d2                	lw	a1,52(sp)
80001950:	851a                	mv	a0,t1
80001952:	c81a                	sw	t1,16(sp)
80001954:	3955                	jal	80001608 <div10>
80001956:	ce2e                	sw	a1,28(sp)
80001958:	02ad85b3          	mul	a1,s11,a0
8000195c:	4342                	lw	t1,16(sp)
8000195e:	882a                	mv	a6,a0
80001960:	cc42                	sw	a6,24(sp)
80001962:	04659063          	bne	a1,t1,800019a2 <__dtoa_engine+0x36e>
80001966:	5522                	lw	a0,40(sp)
80001968:	55b2                	lw	a1,44(sp)
8000196a:	0905                	add	s2,s2,1
8000196c:	3971                	jal	80001608 <div10>
8000196e:	ca2a                	sw	a0,20(sp)
80001970:	c82e                	sw	a1,16(sp)
80001972:	8522                	mv	a0,s0
80001974:	85a6                	mv	a1,s1
80001976:	3949                	jal	80001608 <div10>
80001978:	001cb693          	seqz	a3,s9
8000197c:	00d9f9b3          	and	s3,s3,a3
80001980:	02ad86b3          	mul	a3,s11,a0
80001984:	4e52                	lw	t3,20(sp)
80001986:	4342                	lw	t1,16(sp)
80001988:	4862                	lw	a6,24(sp)
8000198a:	48f2                	lw	a7,28(sp)
8000198c:	d472                	sw	t3,40(sp)
8000198e:	d61a                	sw	t1,44(sp)
80001990:	d842                	sw	a6,48(sp)
80001992:	da46                	sw	a7,52(sp)
80001994:	84ae                	mv	s1,a1
80001996:	40d406b3          	sub	a3,s0,a3
8000199a:	0ff6fc93          	zext.b	s9,a3
8000199e:	842a                	mv	s0,a0
800019a0:	b775                	j	8000194c <__dtoa_engine+0x318>
800019a2:	9952                	add	s2,s2,s4
800019a4:	0c098563          	beqz	s3,80001a6e <__dtoa_engine+0x43a>
800019a8:	4715                	li	a4,5
800019aa:	0cec9263          	bne	s9,a4,80001a6e <__dtoa_engine+0x43a>
800019ae:	00147713          	and	a4,s0,1
800019b2:	e35d                	bnez	a4,80001a58 <__dtoa_engine+0x424>
800019b4:	000c1963          	bnez	s8,800019c6 <__dtoa_engine+0x392>
800019b8:	5742                	lw	a4,48(sp)
800019ba:	00871563          	bne	a4,s0,800019c4 <__dtoa_engine+0x390>
800019be:	5752                	lw	a4,52(sp)
800019c0:	0c970963          	beq	a4,s1,80001a92 <__dtoa_engine+0x45e>
800019c4:	4701                	li	a4,0
800019c6:	943a                	add	s0,s0,a4
800019c8:	00e435b3          	sltu	a1,s0,a4
800019cc:	95a6                	add	a1,a1,s1
800019ce:	8a2e                	mv	s4,a1
800019d0:	84a2                	mv	s1,s0
800019d2:	4629                	li	a2,10
800019d4:	4681                	li	a3,0
800019d6:	4c05                	li	s8,1
800019d8:	4529                	li	a0,10
800019da:	00d5e663          	bltu	a1,a3,800019e6 <__dtoa_engine+0x3b2>
800019de:	0ab69c63          	bne	a3,a1,80001a96 <__dtoa_engine+0x462>
800019e2:	0ac47a63          	bgeu	s0,a2,80001a96 <__dtoa_engine+0x462>
800019e6:	cf15                	beqz	a4,80001a22 <__dtoa_engine+0x3ee>
800019e8:	038b5d63          	bge	s6,s8,80001a22 <__dtoa_engine+0x3ee>
800019ec:	47a2                	lw	a5,8(sp)
800019ee:	cf91                	beqz	a5,80001a0a <__dtoa_engine+0x3d6>
800019f0:	4732                	lw	a4,12(sp)
800019f2:	012c07b3          	add	a5,s8,s2
800019f6:	00f70b33          	add	s6,a4,a5
800019fa:	000b5363          	bgez	s6,80001a00 <__dtoa_engine+0x3cc>
800019fe:	4b01                	li	s6,0
80001a00:	016bd363          	bge	s7,s6,80001a06 <__dtoa_engine+0x3d2>
80001a04:	8b5e                	mv	s6,s7
80001a06:	018b5e63          	bge	s6,s8,80001a22 <__dtoa_engine+0x3ee>
80001a0a:	00540513          	add	a0,s0,5
80001a0e:	00853433          	sltu	s0,a0,s0
80001a12:	4629                	li	a2,10
80001a14:	4681                	li	a3,0
80001a16:	95a2                	add	a1,a1,s0
80001a18:	2185                	jal	80001e78 <__udivdi3>
80001a1a:	84aa                	mv	s1,a0
80001a1c:	8a2e                	mv	s4,a1
80001a1e:	0905                	add	s2,s2,1
80001a20:	1c7d                	add	s8,s8,-1
80001a22:	87da                	mv	a5,s6
80001a24:	016c5363          	bge	s8,s6,80001a2a <__dtoa_engine+0x3f6>
80001a28:	87e2                	mv	a5,s8
80001a2a:	01079413          	sll	s0,a5,0x10
80001a2e:	0942                	sll	s2,s2,0x10
80001a30:	8441                	sra	s0,s0,0x10
80001a32:	41095913          	sra	s2,s2,0x10
80001a36:	9922                	add	s2,s2,s0
80001a38:	008a8b33          	add	s6,s5,s0
80001a3c:	197d                	add	s2,s2,-1
80001a3e:	4b81                	li	s7,0
80001a40:	8c5a                	mv	s8,s6
80001a42:	1b7d                	add	s6,s6,-1
80001a44:	068bc263          	blt	s7,s0,80001aa8 <__dtoa_engine+0x474>
80001a48:	4782                	lw	a5,0(sp)
80001a4a:	000c02a3          	sb	zero,5(s8)
80001a4e:	012aa023          	sw	s2,0(s5)
80001a52:	00fa8223          	sb	a5,4(s5)
80001a56:	b135                	j	80001682 <__dtoa_engine+0x4e>
80001a58:	4705                	li	a4,1
80001a5a:	f60c16e3          	bnez	s8,800019c6 <__dtoa_engine+0x392>
80001a5e:	5742                	lw	a4,48(sp)
80001a60:	00871563          	bne	a4,s0,80001a6a <__dtoa_engine+0x436>
80001a64:	5752                	lw	a4,52(sp)
80001a66:	00970c63          	beq	a4,s1,80001a7e <__dtoa_engine+0x44a>
80001a6a:	4705                	li	a4,1
80001a6c:	bfa9                	j	800019c6 <__dtoa_engine+0x392>
80001a6e:	000c1d63          	bnez	s8,80001a88 <__dtoa_engine+0x454>
80001a72:	5742                	lw	a4,48(sp)
80001a74:	00871a63          	bne	a4,s0,80001a88 <__dtoa_engine+0x454>
80001a78:	5752                	lw	a4,52(sp)
80001a7a:	00971763          	bne	a4,s1,80001a88 <__dtoa_engine+0x454>
80001a7e:	4792                	lw	a5,4(sp)
80001a80:	4705                	li	a4,1
80001a82:	f3b1                	bnez	a5,800019c6 <__dtoa_engine+0x392>
80001a84:	f40d01e3          	beqz	s10,800019c6 <__dtoa_engine+0x392>
80001a88:	005cb693          	sltiu	a3,s9,5
80001a8c:	0016c713          	xor	a4,a3,1
80001a90:	bf1d                	j	800019c6 <__dtoa_engine+0x392>
80001a92:	4c91                	li	s9,4
80001a94:	b7ed                	j	80001a7e <__dtoa_engine+0x44a>
80001a96:	02d50833          	mul	a6,a0,a3
80001a9a:	0c05                	add	s8,s8,1
80001a9c:	02c536b3          	mulhu	a3,a0,a2
80001aa0:	02c50633          	mul	a2,a0,a2
80001aa4:	96c2                	add	a3,a3,a6
80001aa6:	bf15                	j	800019da <__dtoa_engine+0x3a6>
80001aa8:	4629                	li	a2,10
80001aaa:	4681                	li	a3,0
80001aac:	8526                	mv	a0,s1
80001aae:	85d2                	mv	a1,s4
80001ab0:	271d                	jal	800021d6 <__umoddi3>
80001ab2:	03050513          	add	a0,a0,48
80001ab6:	00ab02a3          	sb	a0,5(s6)
80001aba:	85d2                	mv	a1,s4
80001abc:	8526                	mv	a0,s1
80001abe:	4629                	li	a2,10
80001ac0:	4681                	li	a3,0
80001ac2:	2e5d                	jal	80001e78 <__udivdi3>
80001ac4:	84aa                	mv	s1,a0
80001ac6:	8a2e                	mv	s4,a1
80001ac8:	0b85                	add	s7,s7,1
80001aca:	bfa5                	j	80001a42 <__dtoa_engine+0x40e>

80001acc <__pow5Factor>:
80001acc:	ccccd737          	lui	a4,0xccccd
80001ad0:	333336b7          	lui	a3,0x33333
80001ad4:	87aa                	mv	a5,a0
80001ad6:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
80001ada:	4501                	li	a0,0
80001adc:	ccc70713          	add	a4,a4,-820
80001ae0:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001ae4:	02c585b3          	mul	a1,a1,a2
80001ae8:	02e78833          	mul	a6,a5,a4
80001aec:	982e                	add	a6,a6,a1
80001aee:	02c7b5b3          	mulhu	a1,a5,a2
80001af2:	95c2                	add	a1,a1,a6
80001af4:	02c787b3          	mul	a5,a5,a2
80001af8:	00b6e863          	bltu	a3,a1,80001b08 <__pow5Factor+0x3c>
80001afc:	00d59463          	bne	a1,a3,80001b04 <__pow5Factor+0x38>
80001b00:	00f5e463          	bltu	a1,a5,80001b08 <__pow5Factor+0x3c>
80001b04:	0505                	add	a0,a0,1
80001b06:	bff9                	j	80001ae4 <__pow5Factor+0x18>
80001b08:	8082                	ret

80001b0a <__double_computePow5>:
80001b0a:	1fd002ef          	jal	t0,80002506 <__riscv_save_10>
80001b0e:	47e9                	li	a5,26
80001b10:	02f55b33          	divu	s6,a0,a5
80001b14:	800029b7          	lui	s3,0x80002
80001b18:	78098b93          	add	s7,s3,1920 # 80002780 <DOUBLE_POW5_SPLIT2>
80001b1c:	1101                	add	sp,sp,-32
80001b1e:	892e                	mv	s2,a1
80001b20:	02f577b3          	remu	a5,a0,a5
80001b24:	004b1713          	sll	a4,s6,0x4
80001b28:	9bba                	add	s7,s7,a4
80001b2a:	e395                	bnez	a5,80001b4e <__double_computePow5+0x44>
80001b2c:	000ba703          	lw	a4,0(s7)
80001b30:	004ba783          	lw	a5,4(s7)
80001b34:	c198                	sw	a4,0(a1)
80001b36:	c1dc                	sw	a5,4(a1)
80001b38:	008ba503          	lw	a0,8(s7)
80001b3c:	00cba583          	lw	a1,12(s7)
80001b40:	00a92423          	sw	a0,8(s2)
80001b44:	00b92623          	sw	a1,12(s2)
80001b48:	6105                	add	sp,sp,32
80001b4a:	1f50006f          	j	8000253e <__riscv_restore_10>
80001b4e:	78098993          	add	s3,s3,1920
80001b52:	078e                	sll	a5,a5,0x3
80001b54:	97ce                	add	a5,a5,s3
80001b56:	0d07aa03          	lw	s4,208(a5)
80001b5a:	0d47aa83          	lw	s5,212(a5)
80001b5e:	008ba603          	lw	a2,8(s7)
80001b62:	00cba683          	lw	a3,12(s7)
80001b66:	0818                	add	a4,sp,16
80001b68:	85d6                	mv	a1,s5
80001b6a:	842a                	mv	s0,a0
80001b6c:	8552                	mv	a0,s4
80001b6e:	22d9                	jal	80001d34 <__umul128>
80001b70:	000ba603          	lw	a2,0(s7)
80001b74:	004ba683          	lw	a3,4(s7)
80001b78:	84aa                	mv	s1,a0
80001b7a:	8c2e                	mv	s8,a1
80001b7c:	0838                	add	a4,sp,24
80001b7e:	8552                	mv	a0,s4
80001b80:	85d6                	mv	a1,s5
80001b82:	2a4d                	jal	80001d34 <__umul128>
80001b84:	47e2                	lw	a5,24(sp)
80001b86:	4772                	lw	a4,28(sp)
80001b88:	8aaa                	mv	s5,a0
80001b8a:	94be                	add	s1,s1,a5
80001b8c:	00f4ba33          	sltu	s4,s1,a5
80001b90:	9c3a                	add	s8,s8,a4
80001b92:	9a62                	add	s4,s4,s8
80001b94:	00ea6663          	bltu	s4,a4,80001ba0 <__double_computePow5+0x96>
80001b98:	01471d63          	bne	a4,s4,80001bb2 <__double_computePow5+0xa8>
80001b9c:	00f4fb63          	bgeu	s1,a5,80001bb2 <__double_computePow5+0xa8>
80001ba0:	47c2                	lw	a5,16(sp)
80001ba2:	46d2                	lw	a3,20(sp)
80001ba4:	00178713          	add	a4,a5,1
80001ba8:	00f737b3          	sltu	a5,a4,a5
80001bac:	97b6                	add	a5,a5,a3
80001bae:	c83a                	sw	a4,16(sp)
80001bb0:	ca3e                	sw	a5,20(sp)
80001bb2:	8522                	mv	a0,s0
80001bb4:	c62e                	sw	a1,12(sp)
80001bb6:	22b5                	jal	80001d22 <__pow5bits>
80001bb8:	8baa                	mv	s7,a0
80001bba:	4569                	li	a0,26
80001bbc:	02ab0533          	mul	a0,s6,a0
80001bc0:	228d                	jal	80001d22 <__pow5bits>
80001bc2:	45b2                	lw	a1,12(sp)
80001bc4:	40ab8733          	sub	a4,s7,a0
80001bc8:	8626                	mv	a2,s1
80001bca:	86d2                	mv	a3,s4
80001bcc:	8556                	mv	a0,s5
80001bce:	c43a                	sw	a4,8(sp)
80001bd0:	2a45                	jal	80001d80 <__shiftright128>
80001bd2:	00445793          	srl	a5,s0,0x4
80001bd6:	078a                	sll	a5,a5,0x2
80001bd8:	99be                	add	s3,s3,a5
80001bda:	1a09a783          	lw	a5,416(s3)
80001bde:	0406                	sll	s0,s0,0x1
80001be0:	8879                	and	s0,s0,30
80001be2:	0087d7b3          	srl	a5,a5,s0
80001be6:	8b8d                	and	a5,a5,3
80001be8:	953e                	add	a0,a0,a5
80001bea:	00f537b3          	sltu	a5,a0,a5
80001bee:	4722                	lw	a4,8(sp)
80001bf0:	4642                	lw	a2,16(sp)
80001bf2:	46d2                	lw	a3,20(sp)
80001bf4:	97ae                	add	a5,a5,a1
80001bf6:	00a92023          	sw	a0,0(s2)
80001bfa:	00f92223          	sw	a5,4(s2)
80001bfe:	8526                	mv	a0,s1
80001c00:	85d2                	mv	a1,s4
80001c02:	2abd                	jal	80001d80 <__shiftright128>
80001c04:	bf35                	j	80001b40 <__double_computePow5+0x36>

80001c06 <__double_computeInvPow5>:
80001c06:	101002ef          	jal	t0,80002506 <__riscv_save_10>
80001c0a:	4b69                	li	s6,26
80001c0c:	01950793          	add	a5,a0,25
80001c10:	0367d7b3          	divu	a5,a5,s6
80001c14:	80002ab7          	lui	s5,0x80002
80001c18:	780a8493          	add	s1,s5,1920 # 80002780 <DOUBLE_POW5_SPLIT2>
80001c1c:	1f848493          	add	s1,s1,504
80001c20:	1101                	add	sp,sp,-32
80001c22:	8a2e                	mv	s4,a1
80001c24:	03678b33          	mul	s6,a5,s6
80001c28:	0792                	sll	a5,a5,0x4
80001c2a:	94be                	add	s1,s1,a5
80001c2c:	40ab0733          	sub	a4,s6,a0
80001c30:	00ab1f63          	bne	s6,a0,80001c4e <__double_computeInvPow5+0x48>
80001c34:	4098                	lw	a4,0(s1)
80001c36:	40dc                	lw	a5,4(s1)
80001c38:	c198                	sw	a4,0(a1)
80001c3a:	c1dc                	sw	a5,4(a1)
80001c3c:	4488                	lw	a0,8(s1)
80001c3e:	44cc                	lw	a1,12(s1)
80001c40:	00aa2423          	sw	a0,8(s4)
80001c44:	00ba2623          	sw	a1,12(s4)
80001c48:	6105                	add	sp,sp,32
80001c4a:	0f50006f          	j	8000253e <__riscv_restore_10>
80001c4e:	780a8a93          	add	s5,s5,1920
80001c52:	070e                	sll	a4,a4,0x3
80001c54:	9756                	add	a4,a4,s5
80001c56:	0d072903          	lw	s2,208(a4)
80001c5a:	0d472983          	lw	s3,212(a4)
80001c5e:	4490                	lw	a2,8(s1)
80001c60:	44d4                	lw	a3,12(s1)
80001c62:	0818                	add	a4,sp,16
80001c64:	85ce                	mv	a1,s3
80001c66:	842a                	mv	s0,a0
80001c68:	854a                	mv	a0,s2
80001c6a:	20e9                	jal	80001d34 <__umul128>
80001c6c:	4090                	lw	a2,0(s1)
80001c6e:	40d4                	lw	a3,4(s1)
80001c70:	8c2a                	mv	s8,a0
80001c72:	00163793          	seqz	a5,a2
80001c76:	8bae                	mv	s7,a1
80001c78:	0838                	add	a4,sp,24
80001c7a:	8e9d                	sub	a3,a3,a5
80001c7c:	854a                	mv	a0,s2
80001c7e:	85ce                	mv	a1,s3
80001c80:	167d                	add	a2,a2,-1
80001c82:	284d                	jal	80001d34 <__umul128>
80001c84:	47e2                	lw	a5,24(sp)
80001c86:	4772                	lw	a4,28(sp)
80001c88:	89aa                	mv	s3,a0
80001c8a:	9c3e                	add	s8,s8,a5
80001c8c:	00fc3933          	sltu	s2,s8,a5
80001c90:	9bba                	add	s7,s7,a4
80001c92:	995e                	add	s2,s2,s7
80001c94:	00e96663          	bltu	s2,a4,80001ca0 <__double_computeInvPow5+0x9a>
80001c98:	01271d63          	bne	a4,s2,80001cb2 <__double_computeInvPow5+0xac>
80001c9c:	00fc7b63          	bgeu	s8,a5,80001cb2 <__double_computeInvPow5+0xac>
80001ca0:	47c2                	lw	a5,16(sp)
80001ca2:	46d2                	lw	a3,20(sp)
80001ca4:	00178713          	add	a4,a5,1
80001ca8:	00f737b3          	sltu	a5,a4,a5
80001cac:	97b6                	add	a5,a5,a3
80001cae:	c83a                	sw	a4,16(sp)
80001cb0:	ca3e                	sw	a5,20(sp)
80001cb2:	855a                	mv	a0,s6
80001cb4:	c62e                	sw	a1,12(sp)
80001cb6:	20b5                	jal	80001d22 <__pow5bits>
80001cb8:	8b2a                	mv	s6,a0
80001cba:	8522                	mv	a0,s0
80001cbc:	209d                	jal	80001d22 <__pow5bits>
80001cbe:	45b2                	lw	a1,12(sp)
80001cc0:	40ab0733          	sub	a4,s6,a0
80001cc4:	8662                	mv	a2,s8
80001cc6:	86ca                	mv	a3,s2
80001cc8:	854e                	mv	a0,s3
80001cca:	c43a                	sw	a4,8(sp)
80001ccc:	2855                	jal	80001d80 <__shiftright128>
80001cce:	00445793          	srl	a5,s0,0x4
80001cd2:	078a                	sll	a5,a5,0x2
80001cd4:	9abe                	add	s5,s5,a5
80001cd6:	2e8aa783          	lw	a5,744(s5)
80001cda:	0406                	sll	s0,s0,0x1
80001cdc:	8879                	and	s0,s0,30
80001cde:	0087d7b3          	srl	a5,a5,s0
80001ce2:	8b8d                	and	a5,a5,3
80001ce4:	0785                	add	a5,a5,1
80001ce6:	953e                	add	a0,a0,a5
80001ce8:	00f537b3          	sltu	a5,a0,a5
80001cec:	4722                	lw	a4,8(sp)
80001cee:	4642                	lw	a2,16(sp)
80001cf0:	46d2                	lw	a3,20(sp)
80001cf2:	97ae                	add	a5,a5,a1
80001cf4:	00aa2023          	sw	a0,0(s4)
80001cf8:	00fa2223          	sw	a5,4(s4)
80001cfc:	8562                	mv	a0,s8
80001cfe:	85ca                	mv	a1,s2
80001d00:	2041                	jal	80001d80 <__shiftright128>
80001d02:	bf3d                	j	80001c40 <__double_computeInvPow5+0x3a>

80001d04 <__log10Pow2>:
80001d04:	67cd                	lui	a5,0x13
80001d06:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001d0a:	02f50533          	mul	a0,a0,a5
80001d0e:	8149                	srl	a0,a0,0x12
80001d10:	8082                	ret

80001d12 <__log10Pow5>:
80001d12:	000b37b7          	lui	a5,0xb3
80001d16:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001d1a:	02f50533          	mul	a0,a0,a5
80001d1e:	8151                	srl	a0,a0,0x14
80001d20:	8082                	ret

80001d22 <__pow5bits>:
80001d22:	001297b7          	lui	a5,0x129
80001d26:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001d2a:	02f50533          	mul	a0,a0,a5
80001d2e:	814d                	srl	a0,a0,0x13
80001d30:	0505                	add	a0,a0,1
80001d32:	8082                	ret

80001d34 <__umul128>:
80001d34:	02c537b3          	mulhu	a5,a0,a2
80001d38:	832e                	mv	t1,a1
80001d3a:	02c585b3          	mul	a1,a1,a2
80001d3e:	02c33833          	mulhu	a6,t1,a2
80001d42:	95be                	add	a1,a1,a5
80001d44:	00f5b7b3          	sltu	a5,a1,a5
80001d48:	97c2                	add	a5,a5,a6
80001d4a:	02a68833          	mul	a6,a3,a0
80001d4e:	02a6b8b3          	mulhu	a7,a3,a0
80001d52:	95c2                	add	a1,a1,a6
80001d54:	0105b833          	sltu	a6,a1,a6
80001d58:	98c2                	add	a7,a7,a6
80001d5a:	02d30833          	mul	a6,t1,a3
80001d5e:	02d33333          	mulhu	t1,t1,a3
80001d62:	983e                	add	a6,a6,a5
80001d64:	011806b3          	add	a3,a6,a7
80001d68:	00f837b3          	sltu	a5,a6,a5
80001d6c:	0106b833          	sltu	a6,a3,a6
80001d70:	c314                	sw	a3,0(a4)
80001d72:	979a                	add	a5,a5,t1
80001d74:	983e                	add	a6,a6,a5
80001d76:	02c50533          	mul	a0,a0,a2
80001d7a:	01072223          	sw	a6,4(a4)
80001d7e:	8082                	ret

80001d80 <__shiftright128>:
80001d80:	794002ef          	jal	t0,80002514 <__riscv_save_4>
80001d84:	8a2a                	mv	s4,a0
80001d86:	8532                	mv	a0,a2
80001d88:	04000613          	li	a2,64
80001d8c:	8e19                	sub	a2,a2,a4
80001d8e:	89ae                	mv	s3,a1
80001d90:	85b6                	mv	a1,a3
80001d92:	843a                	mv	s0,a4
80001d94:	2849                	jal	80001e26 <__ashldi3>
80001d96:	892a                	mv	s2,a0
80001d98:	84ae                	mv	s1,a1
80001d9a:	8622                	mv	a2,s0
80001d9c:	8552                	mv	a0,s4
80001d9e:	85ce                	mv	a1,s3
80001da0:	28b9                	jal	80001dfe <__lshrdi3>
80001da2:	00a96533          	or	a0,s2,a0
80001da6:	8dc5                	or	a1,a1,s1
80001da8:	a745                	j	80002548 <__riscv_restore_4>

80001daa <__libc_fini_array>:
80001daa:	784002ef          	jal	t0,8000252e <__riscv_save_0>
80001dae:	800037b7          	lui	a5,0x80003
80001db2:	80003437          	lui	s0,0x80003
80001db6:	bc878713          	add	a4,a5,-1080 # 80002bc8 <__fini_array_end>
80001dba:	bc840413          	add	s0,s0,-1080 # 80002bc8 <__fini_array_end>
80001dbe:	8c19                	sub	s0,s0,a4
80001dc0:	8409                	sra	s0,s0,0x2
80001dc2:	bc878493          	add	s1,a5,-1080
80001dc6:	e809                	bnez	s0,80001dd8 <__libc_fini_array+0x2e>
80001dc8:	00000793          	li	a5,0
80001dcc:	c789                	beqz	a5,80001dd6 <__libc_fini_array+0x2c>
80001dce:	00000097          	auipc	ra,0x0
80001dd2:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001dd6:	afb5                	j	80002552 <__riscv_restore_0>
80001dd8:	147d                	add	s0,s0,-1
80001dda:	00241793          	sll	a5,s0,0x2
80001dde:	97a6                	add	a5,a5,s1
80001de0:	439c                	lw	a5,0(a5)
80001de2:	9782                	jalr	a5
80001de4:	b7cd                	j	80001dc6 <__libc_fini_array+0x1c>

80001de6 <strnlen>:
80001de6:	95aa                	add	a1,a1,a0
80001de8:	87aa                	mv	a5,a0
80001dea:	00b78563          	beq	a5,a1,80001df4 <strnlen+0xe>
80001dee:	0007c703          	lbu	a4,0(a5)
80001df2:	e701                	bnez	a4,80001dfa <strnlen+0x14>
80001df4:	40a78533          	sub	a0,a5,a0
80001df8:	8082                	ret
80001dfa:	0785                	add	a5,a5,1
80001dfc:	b7fd                	j	80001dea <strnlen+0x4>

80001dfe <__lshrdi3>:
80001dfe:	ca19                	beqz	a2,80001e14 <__lshrdi3+0x16>
80001e00:	02000793          	li	a5,32
80001e04:	8f91                	sub	a5,a5,a2
80001e06:	00f04863          	bgtz	a5,80001e16 <__lshrdi3+0x18>
80001e0a:	1601                	add	a2,a2,-32
80001e0c:	00c5d533          	srl	a0,a1,a2
80001e10:	4701                	li	a4,0
80001e12:	85ba                	mv	a1,a4
80001e14:	8082                	ret
80001e16:	00c5d733          	srl	a4,a1,a2
80001e1a:	00c55533          	srl	a0,a0,a2
80001e1e:	00f595b3          	sll	a1,a1,a5
80001e22:	8d4d                	or	a0,a0,a1
80001e24:	b7fd                	j	80001e12 <__lshrdi3+0x14>

80001e26 <__ashldi3>:
80001e26:	ca19                	beqz	a2,80001e3c <__ashldi3+0x16>
80001e28:	02000793          	li	a5,32
80001e2c:	8f91                	sub	a5,a5,a2
80001e2e:	00f04863          	bgtz	a5,80001e3e <__ashldi3+0x18>
80001e32:	1601                	add	a2,a2,-32
80001e34:	00c515b3          	sll	a1,a0,a2
80001e38:	4701                	li	a4,0
80001e3a:	853a                	mv	a0,a4
80001e3c:	8082                	ret
80001e3e:	00c51733          	sll	a4,a0,a2
80001e42:	00c595b3          	sll	a1,a1,a2
80001e46:	00f55533          	srl	a0,a0,a5
80001e4a:	8dc9                	or	a1,a1,a0
80001e4c:	b7fd                	j	80001e3a <__ashldi3+0x14>

80001e4e <__ashrdi3>:
80001e4e:	ce01                	beqz	a2,80001e66 <__ashrdi3+0x18>
80001e50:	02000793          	li	a5,32
80001e54:	8f91                	sub	a5,a5,a2
80001e56:	00f04963          	bgtz	a5,80001e68 <__ashrdi3+0x1a>
80001e5a:	1601                	add	a2,a2,-32
80001e5c:	41f5d713          	sra	a4,a1,0x1f
80001e60:	40c5d533          	sra	a0,a1,a2
80001e64:	85ba                	mv	a1,a4
80001e66:	8082                	ret
80001e68:	40c5d733          	sra	a4,a1,a2
80001e6c:	00c55533          	srl	a0,a0,a2
80001e70:	00f595b3          	sll	a1,a1,a5
80001e74:	8d4d                	or	a0,a0,a1
80001e76:	b7fd                	j	80001e64 <__ashrdi3+0x16>

80001e78 <__udivdi3>:
80001e78:	88aa                	mv	a7,a0
80001e7a:	832e                	mv	t1,a1
80001e7c:	8732                	mv	a4,a2
80001e7e:	882a                	mv	a6,a0
80001e80:	87ae                	mv	a5,a1
80001e82:	20069663          	bnez	a3,8000208e <__udivdi3+0x216>
80001e86:	00001597          	auipc	a1,0x1
80001e8a:	c3658593          	add	a1,a1,-970 # 80002abc <__clz_tab>
80001e8e:	0cc37163          	bgeu	t1,a2,80001f50 <__udivdi3+0xd8>
80001e92:	66c1                	lui	a3,0x10
80001e94:	0ad67763          	bgeu	a2,a3,80001f42 <__udivdi3+0xca>
80001e98:	10063693          	sltiu	a3,a2,256
80001e9c:	0016c693          	xor	a3,a3,1
80001ea0:	068e                	sll	a3,a3,0x3
80001ea2:	00d65533          	srl	a0,a2,a3
80001ea6:	95aa                	add	a1,a1,a0
80001ea8:	0005c583          	lbu	a1,0(a1)
80001eac:	02000513          	li	a0,32
80001eb0:	96ae                	add	a3,a3,a1
80001eb2:	40d505b3          	sub	a1,a0,a3
80001eb6:	00d50b63          	beq	a0,a3,80001ecc <__udivdi3+0x54>
80001eba:	00b317b3          	sll	a5,t1,a1
80001ebe:	00d8d6b3          	srl	a3,a7,a3
80001ec2:	00b61733          	sll	a4,a2,a1
80001ec6:	8fd5                	or	a5,a5,a3
80001ec8:	00b89833          	sll	a6,a7,a1
80001ecc:	01075593          	srl	a1,a4,0x10
80001ed0:	02b7d333          	divu	t1,a5,a1
80001ed4:	01071613          	sll	a2,a4,0x10
80001ed8:	8241                	srl	a2,a2,0x10
80001eda:	02b7f7b3          	remu	a5,a5,a1
80001ede:	851a                	mv	a0,t1
80001ee0:	026608b3          	mul	a7,a2,t1
80001ee4:	01079693          	sll	a3,a5,0x10
80001ee8:	01085793          	srl	a5,a6,0x10
80001eec:	8fd5                	or	a5,a5,a3
80001eee:	0117fc63          	bgeu	a5,a7,80001f06 <__udivdi3+0x8e>
80001ef2:	97ba                	add	a5,a5,a4
80001ef4:	fff30513          	add	a0,t1,-1
80001ef8:	00e7e763          	bltu	a5,a4,80001f06 <__udivdi3+0x8e>
80001efc:	0117f563          	bgeu	a5,a7,80001f06 <__udivdi3+0x8e>
80001f00:	ffe30513          	add	a0,t1,-2
80001f04:	97ba                	add	a5,a5,a4
80001f06:	411787b3          	sub	a5,a5,a7
80001f0a:	02b7d8b3          	divu	a7,a5,a1
80001f0e:	0842                	sll	a6,a6,0x10
80001f10:	01085813          	srl	a6,a6,0x10
80001f14:	02b7f7b3          	remu	a5,a5,a1
80001f18:	031606b3          	mul	a3,a2,a7
80001f1c:	07c2                	sll	a5,a5,0x10
80001f1e:	00f86833          	or	a6,a6,a5
80001f22:	87c6                	mv	a5,a7
80001f24:	00d87b63          	bgeu	a6,a3,80001f3a <__udivdi3+0xc2>
80001f28:	983a                	add	a6,a6,a4
80001f2a:	fff88793          	add	a5,a7,-1
80001f2e:	00e86663          	bltu	a6,a4,80001f3a <__udivdi3+0xc2>
80001f32:	00d87463          	bgeu	a6,a3,80001f3a <__udivdi3+0xc2>
80001f36:	ffe88793          	add	a5,a7,-2
80001f3a:	0542                	sll	a0,a0,0x10
80001f3c:	8d5d                	or	a0,a0,a5
80001f3e:	4581                	li	a1,0
80001f40:	8082                	ret
80001f42:	01000537          	lui	a0,0x1000
80001f46:	46c1                	li	a3,16
80001f48:	f4a66de3          	bltu	a2,a0,80001ea2 <__udivdi3+0x2a>
80001f4c:	46e1                	li	a3,24
80001f4e:	bf91                	j	80001ea2 <__udivdi3+0x2a>
80001f50:	4681                	li	a3,0
80001f52:	ca09                	beqz	a2,80001f64 <__udivdi3+0xec>
80001f54:	67c1                	lui	a5,0x10
80001f56:	08f67f63          	bgeu	a2,a5,80001ff4 <__udivdi3+0x17c>
80001f5a:	10063693          	sltiu	a3,a2,256
80001f5e:	0016c693          	xor	a3,a3,1
80001f62:	068e                	sll	a3,a3,0x3
80001f64:	00d657b3          	srl	a5,a2,a3
80001f68:	95be                	add	a1,a1,a5
80001f6a:	0005c783          	lbu	a5,0(a1)
80001f6e:	97b6                	add	a5,a5,a3
80001f70:	02000693          	li	a3,32
80001f74:	40f685b3          	sub	a1,a3,a5
80001f78:	08f69563          	bne	a3,a5,80002002 <__udivdi3+0x18a>
80001f7c:	40c307b3          	sub	a5,t1,a2
80001f80:	4585                	li	a1,1
80001f82:	01075893          	srl	a7,a4,0x10
80001f86:	0317de33          	divu	t3,a5,a7
80001f8a:	01071613          	sll	a2,a4,0x10
80001f8e:	8241                	srl	a2,a2,0x10
80001f90:	01085693          	srl	a3,a6,0x10
80001f94:	0317f7b3          	remu	a5,a5,a7
80001f98:	8572                	mv	a0,t3
80001f9a:	03c60333          	mul	t1,a2,t3
80001f9e:	07c2                	sll	a5,a5,0x10
80001fa0:	8fd5                	or	a5,a5,a3
80001fa2:	0067fc63          	bgeu	a5,t1,80001fba <__udivdi3+0x142>
80001fa6:	97ba                	add	a5,a5,a4
80001fa8:	fffe0513          	add	a0,t3,-1
80001fac:	00e7e763          	bltu	a5,a4,80001fba <__udivdi3+0x142>
80001fb0:	0067f563          	bgeu	a5,t1,80001fba <__udivdi3+0x142>
80001fb4:	ffee0513          	add	a0,t3,-2
80001fb8:	97ba                	add	a5,a5,a4
80001fba:	406787b3          	sub	a5,a5,t1
80001fbe:	0317d333          	divu	t1,a5,a7
80001fc2:	0842                	sll	a6,a6,0x10
80001fc4:	01085813          	srl	a6,a6,0x10
80001fc8:	0317f7b3          	remu	a5,a5,a7
80001fcc:	026606b3          	mul	a3,a2,t1
80001fd0:	07c2                	sll	a5,a5,0x10
80001fd2:	00f86833          	or	a6,a6,a5
80001fd6:	879a                	mv	a5,t1
80001fd8:	00d87b63          	bgeu	a6,a3,80001fee <__udivdi3+0x176>
80001fdc:	983a                	add	a6,a6,a4
80001fde:	fff30793          	add	a5,t1,-1
80001fe2:	00e86663          	bltu	a6,a4,80001fee <__udivdi3+0x176>
80001fe6:	00d87463          	bgeu	a6,a3,80001fee <__udivdi3+0x176>
80001fea:	ffe30793          	add	a5,t1,-2
80001fee:	0542                	sll	a0,a0,0x10
80001ff0:	8d5d                	or	a0,a0,a5
80001ff2:	8082                	ret
80001ff4:	010007b7          	lui	a5,0x1000
80001ff8:	46c1                	li	a3,16
80001ffa:	f6f665e3          	bltu	a2,a5,80001f64 <__udivdi3+0xec>
80001ffe:	46e1                	li	a3,24
80002000:	b795                	j	80001f64 <__udivdi3+0xec>
80002002:	00b61733          	sll	a4,a2,a1
80002006:	00f356b3          	srl	a3,t1,a5
8000200a:	01075513          	srl	a0,a4,0x10
8000200e:	00b31333          	sll	t1,t1,a1
80002012:	00f8d7b3          	srl	a5,a7,a5
80002016:	0067e7b3          	or	a5,a5,t1
8000201a:	02a6d333          	divu	t1,a3,a0
8000201e:	01071613          	sll	a2,a4,0x10
80002022:	8241                	srl	a2,a2,0x10
80002024:	00b89833          	sll	a6,a7,a1
80002028:	02a6f6b3          	remu	a3,a3,a0
8000202c:	026608b3          	mul	a7,a2,t1
80002030:	01069593          	sll	a1,a3,0x10
80002034:	0107d693          	srl	a3,a5,0x10
80002038:	8ecd                	or	a3,a3,a1
8000203a:	859a                	mv	a1,t1
8000203c:	0116fc63          	bgeu	a3,a7,80002054 <__udivdi3+0x1dc>
80002040:	96ba                	add	a3,a3,a4
80002042:	fff30593          	add	a1,t1,-1
80002046:	00e6e763          	bltu	a3,a4,80002054 <__udivdi3+0x1dc>
8000204a:	0116f563          	bgeu	a3,a7,80002054 <__udivdi3+0x1dc>
8000204e:	ffe30593          	add	a1,t1,-2
80002052:	96ba                	add	a3,a3,a4
80002054:	411686b3          	sub	a3,a3,a7
80002058:	02a6d8b3          	divu	a7,a3,a0
8000205c:	07c2                	sll	a5,a5,0x10
8000205e:	83c1                	srl	a5,a5,0x10
80002060:	02a6f6b3          	remu	a3,a3,a0
80002064:	03160633          	mul	a2,a2,a7
80002068:	06c2                	sll	a3,a3,0x10
8000206a:	8fd5                	or	a5,a5,a3
8000206c:	86c6                	mv	a3,a7
8000206e:	00c7fc63          	bgeu	a5,a2,80002086 <__udivdi3+0x20e>
80002072:	97ba                	add	a5,a5,a4
80002074:	fff88693          	add	a3,a7,-1
80002078:	00e7e763          	bltu	a5,a4,80002086 <__udivdi3+0x20e>
8000207c:	00c7f563          	bgeu	a5,a2,80002086 <__udivdi3+0x20e>
80002080:	ffe88693          	add	a3,a7,-2
80002084:	97ba                	add	a5,a5,a4
80002086:	05c2                	sll	a1,a1,0x10
80002088:	8f91                	sub	a5,a5,a2
8000208a:	8dd5                	or	a1,a1,a3
8000208c:	bddd                	j	80001f82 <__udivdi3+0x10a>
8000208e:	14d5e163          	bltu	a1,a3,800021d0 <__udivdi3+0x358>
80002092:	67c1                	lui	a5,0x10
80002094:	02f6ff63          	bgeu	a3,a5,800020d2 <__udivdi3+0x25a>
80002098:	1006b713          	sltiu	a4,a3,256
8000209c:	00174713          	xor	a4,a4,1
800020a0:	070e                	sll	a4,a4,0x3
800020a2:	00e6d5b3          	srl	a1,a3,a4
800020a6:	00001797          	auipc	a5,0x1
800020aa:	a1678793          	add	a5,a5,-1514 # 80002abc <__clz_tab>
800020ae:	97ae                	add	a5,a5,a1
800020b0:	0007c783          	lbu	a5,0(a5)
800020b4:	97ba                	add	a5,a5,a4
800020b6:	02000713          	li	a4,32
800020ba:	40f705b3          	sub	a1,a4,a5
800020be:	02f71163          	bne	a4,a5,800020e0 <__udivdi3+0x268>
800020c2:	4505                	li	a0,1
800020c4:	e666eee3          	bltu	a3,t1,80001f40 <__udivdi3+0xc8>
800020c8:	00c8b533          	sltu	a0,a7,a2
800020cc:	00154513          	xor	a0,a0,1
800020d0:	8082                	ret
800020d2:	010007b7          	lui	a5,0x1000
800020d6:	4741                	li	a4,16
800020d8:	fcf6e5e3          	bltu	a3,a5,800020a2 <__udivdi3+0x22a>
800020dc:	4761                	li	a4,24
800020de:	b7d1                	j	800020a2 <__udivdi3+0x22a>
800020e0:	00f65733          	srl	a4,a2,a5
800020e4:	00b696b3          	sll	a3,a3,a1
800020e8:	8ed9                	or	a3,a3,a4
800020ea:	00f35733          	srl	a4,t1,a5
800020ee:	00b31333          	sll	t1,t1,a1
800020f2:	00f8d7b3          	srl	a5,a7,a5
800020f6:	0067e7b3          	or	a5,a5,t1
800020fa:	0106d313          	srl	t1,a3,0x10
800020fe:	02675eb3          	divu	t4,a4,t1
80002102:	01069813          	sll	a6,a3,0x10
80002106:	01085813          	srl	a6,a6,0x10
8000210a:	00b61633          	sll	a2,a2,a1
8000210e:	02677733          	remu	a4,a4,t1
80002112:	03d80e33          	mul	t3,a6,t4
80002116:	01071513          	sll	a0,a4,0x10
8000211a:	0107d713          	srl	a4,a5,0x10
8000211e:	8f49                	or	a4,a4,a0
80002120:	8576                	mv	a0,t4
80002122:	01c77c63          	bgeu	a4,t3,8000213a <__udivdi3+0x2c2>
80002126:	9736                	add	a4,a4,a3
80002128:	fffe8513          	add	a0,t4,-1
8000212c:	00d76763          	bltu	a4,a3,8000213a <__udivdi3+0x2c2>
80002130:	01c77563          	bgeu	a4,t3,8000213a <__udivdi3+0x2c2>
80002134:	ffee8513          	add	a0,t4,-2
80002138:	9736                	add	a4,a4,a3
8000213a:	41c70733          	sub	a4,a4,t3
8000213e:	02675e33          	divu	t3,a4,t1
80002142:	07c2                	sll	a5,a5,0x10
80002144:	83c1                	srl	a5,a5,0x10
80002146:	02677733          	remu	a4,a4,t1
8000214a:	03c80833          	mul	a6,a6,t3
8000214e:	0742                	sll	a4,a4,0x10
80002150:	8fd9                	or	a5,a5,a4
80002152:	8772                	mv	a4,t3
80002154:	0107fc63          	bgeu	a5,a6,8000216c <__udivdi3+0x2f4>
80002158:	97b6                	add	a5,a5,a3
8000215a:	fffe0713          	add	a4,t3,-1
8000215e:	00d7e763          	bltu	a5,a3,8000216c <__udivdi3+0x2f4>
80002162:	0107f563          	bgeu	a5,a6,8000216c <__udivdi3+0x2f4>
80002166:	ffee0713          	add	a4,t3,-2
8000216a:	97b6                	add	a5,a5,a3
8000216c:	0542                	sll	a0,a0,0x10
8000216e:	6e41                	lui	t3,0x10
80002170:	8d59                	or	a0,a0,a4
80002172:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80002176:	00d57733          	and	a4,a0,a3
8000217a:	410787b3          	sub	a5,a5,a6
8000217e:	8ef1                	and	a3,a3,a2
80002180:	01055813          	srl	a6,a0,0x10
80002184:	8241                	srl	a2,a2,0x10
80002186:	02d70333          	mul	t1,a4,a3
8000218a:	02d806b3          	mul	a3,a6,a3
8000218e:	02c70733          	mul	a4,a4,a2
80002192:	02c80833          	mul	a6,a6,a2
80002196:	00d70633          	add	a2,a4,a3
8000219a:	01035713          	srl	a4,t1,0x10
8000219e:	9732                	add	a4,a4,a2
800021a0:	00d77363          	bgeu	a4,a3,800021a6 <__udivdi3+0x32e>
800021a4:	9872                	add	a6,a6,t3
800021a6:	01075693          	srl	a3,a4,0x10
800021aa:	96c2                	add	a3,a3,a6
800021ac:	02d7e063          	bltu	a5,a3,800021cc <__udivdi3+0x354>
800021b0:	d8d797e3          	bne	a5,a3,80001f3e <__udivdi3+0xc6>
800021b4:	67c1                	lui	a5,0x10
800021b6:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
800021b8:	8f7d                	and	a4,a4,a5
800021ba:	0742                	sll	a4,a4,0x10
800021bc:	00f37333          	and	t1,t1,a5
800021c0:	00b898b3          	sll	a7,a7,a1
800021c4:	971a                	add	a4,a4,t1
800021c6:	4581                	li	a1,0
800021c8:	d6e8fce3          	bgeu	a7,a4,80001f40 <__udivdi3+0xc8>
800021cc:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
800021ce:	bb85                	j	80001f3e <__udivdi3+0xc6>
800021d0:	4581                	li	a1,0
800021d2:	4501                	li	a0,0
800021d4:	8082                	ret

800021d6 <__umoddi3>:
800021d6:	8832                	mv	a6,a2
800021d8:	87aa                	mv	a5,a0
800021da:	872e                	mv	a4,a1
800021dc:	1a069363          	bnez	a3,80002382 <__umoddi3+0x1ac>
800021e0:	00001897          	auipc	a7,0x1
800021e4:	8dc88893          	add	a7,a7,-1828 # 80002abc <__clz_tab>
800021e8:	0ac5f663          	bgeu	a1,a2,80002294 <__umoddi3+0xbe>
800021ec:	66c1                	lui	a3,0x10
800021ee:	08d67c63          	bgeu	a2,a3,80002286 <__umoddi3+0xb0>
800021f2:	10063693          	sltiu	a3,a2,256
800021f6:	0016c693          	xor	a3,a3,1
800021fa:	068e                	sll	a3,a3,0x3
800021fc:	00d65333          	srl	t1,a2,a3
80002200:	989a                	add	a7,a7,t1
80002202:	0008c883          	lbu	a7,0(a7)
80002206:	02000313          	li	t1,32
8000220a:	96c6                	add	a3,a3,a7
8000220c:	40d308b3          	sub	a7,t1,a3
80002210:	00d30b63          	beq	t1,a3,80002226 <__umoddi3+0x50>
80002214:	01159733          	sll	a4,a1,a7
80002218:	00d556b3          	srl	a3,a0,a3
8000221c:	01161833          	sll	a6,a2,a7
80002220:	8f55                	or	a4,a4,a3
80002222:	011517b3          	sll	a5,a0,a7
80002226:	01085613          	srl	a2,a6,0x10
8000222a:	02c756b3          	divu	a3,a4,a2
8000222e:	01081513          	sll	a0,a6,0x10
80002232:	8141                	srl	a0,a0,0x10
80002234:	02c77733          	remu	a4,a4,a2
80002238:	02a686b3          	mul	a3,a3,a0
8000223c:	01071593          	sll	a1,a4,0x10
80002240:	0107d713          	srl	a4,a5,0x10
80002244:	8f4d                	or	a4,a4,a1
80002246:	00d77863          	bgeu	a4,a3,80002256 <__umoddi3+0x80>
8000224a:	9742                	add	a4,a4,a6
8000224c:	01076563          	bltu	a4,a6,80002256 <__umoddi3+0x80>
80002250:	00d77363          	bgeu	a4,a3,80002256 <__umoddi3+0x80>
80002254:	9742                	add	a4,a4,a6
80002256:	8f15                	sub	a4,a4,a3
80002258:	02c756b3          	divu	a3,a4,a2
8000225c:	02c77733          	remu	a4,a4,a2
80002260:	02a686b3          	mul	a3,a3,a0
80002264:	07c2                	sll	a5,a5,0x10
80002266:	0742                	sll	a4,a4,0x10
80002268:	83c1                	srl	a5,a5,0x10
8000226a:	8fd9                	or	a5,a5,a4
8000226c:	00d7f863          	bgeu	a5,a3,8000227c <__umoddi3+0xa6>
80002270:	97c2                	add	a5,a5,a6
80002272:	0107e563          	bltu	a5,a6,8000227c <__umoddi3+0xa6>
80002276:	00d7f363          	bgeu	a5,a3,8000227c <__umoddi3+0xa6>
8000227a:	97c2                	add	a5,a5,a6
8000227c:	8f95                	sub	a5,a5,a3
8000227e:	0117d533          	srl	a0,a5,a7
80002282:	4581                	li	a1,0
80002284:	8082                	ret
80002286:	01000337          	lui	t1,0x1000
8000228a:	46c1                	li	a3,16
8000228c:	f66668e3          	bltu	a2,t1,800021fc <__umoddi3+0x26>
80002290:	46e1                	li	a3,24
80002292:	b7ad                	j	800021fc <__umoddi3+0x26>
80002294:	4681                	li	a3,0
80002296:	ca09                	beqz	a2,800022a8 <__umoddi3+0xd2>
80002298:	6741                	lui	a4,0x10
8000229a:	06e67463          	bgeu	a2,a4,80002302 <__umoddi3+0x12c>
8000229e:	10063693          	sltiu	a3,a2,256
800022a2:	0016c693          	xor	a3,a3,1
800022a6:	068e                	sll	a3,a3,0x3
800022a8:	00d65733          	srl	a4,a2,a3
800022ac:	98ba                	add	a7,a7,a4
800022ae:	0008c703          	lbu	a4,0(a7)
800022b2:	9736                	add	a4,a4,a3
800022b4:	02000693          	li	a3,32
800022b8:	40e688b3          	sub	a7,a3,a4
800022bc:	04e69a63          	bne	a3,a4,80002310 <__umoddi3+0x13a>
800022c0:	40c58733          	sub	a4,a1,a2
800022c4:	01085593          	srl	a1,a6,0x10
800022c8:	02b75633          	divu	a2,a4,a1
800022cc:	01081513          	sll	a0,a6,0x10
800022d0:	8141                	srl	a0,a0,0x10
800022d2:	0107d693          	srl	a3,a5,0x10
800022d6:	02b77733          	remu	a4,a4,a1
800022da:	02a60633          	mul	a2,a2,a0
800022de:	0742                	sll	a4,a4,0x10
800022e0:	8f55                	or	a4,a4,a3
800022e2:	00c77863          	bgeu	a4,a2,800022f2 <__umoddi3+0x11c>
800022e6:	9742                	add	a4,a4,a6
800022e8:	01076563          	bltu	a4,a6,800022f2 <__umoddi3+0x11c>
800022ec:	00c77363          	bgeu	a4,a2,800022f2 <__umoddi3+0x11c>
800022f0:	9742                	add	a4,a4,a6
800022f2:	8f11                	sub	a4,a4,a2
800022f4:	02b756b3          	divu	a3,a4,a1
800022f8:	02b77733          	remu	a4,a4,a1
800022fc:	02a686b3          	mul	a3,a3,a0
80002300:	b795                	j	80002264 <__umoddi3+0x8e>
80002302:	01000737          	lui	a4,0x1000
80002306:	46c1                	li	a3,16
80002308:	fae660e3          	bltu	a2,a4,800022a8 <__umoddi3+0xd2>
8000230c:	46e1                	li	a3,24
8000230e:	bf69                	j	800022a8 <__umoddi3+0xd2>
80002310:	01161833          	sll	a6,a2,a7
80002314:	00e5d6b3          	srl	a3,a1,a4
80002318:	011517b3          	sll	a5,a0,a7
8000231c:	011595b3          	sll	a1,a1,a7
80002320:	00e55733          	srl	a4,a0,a4
80002324:	01085513          	srl	a0,a6,0x10
80002328:	8f4d                	or	a4,a4,a1
8000232a:	02a6d5b3          	divu	a1,a3,a0
8000232e:	01081313          	sll	t1,a6,0x10
80002332:	01035313          	srl	t1,t1,0x10
80002336:	02a6f6b3          	remu	a3,a3,a0
8000233a:	026585b3          	mul	a1,a1,t1
8000233e:	01069613          	sll	a2,a3,0x10
80002342:	01075693          	srl	a3,a4,0x10
80002346:	8ed1                	or	a3,a3,a2
80002348:	00b6f863          	bgeu	a3,a1,80002358 <__umoddi3+0x182>
8000234c:	96c2                	add	a3,a3,a6
8000234e:	0106e563          	bltu	a3,a6,80002358 <__umoddi3+0x182>
80002352:	00b6f363          	bgeu	a3,a1,80002358 <__umoddi3+0x182>
80002356:	96c2                	add	a3,a3,a6
80002358:	8e8d                	sub	a3,a3,a1
8000235a:	02a6d633          	divu	a2,a3,a0
8000235e:	0742                	sll	a4,a4,0x10
80002360:	8341                	srl	a4,a4,0x10
80002362:	02a6f6b3          	remu	a3,a3,a0
80002366:	02660633          	mul	a2,a2,t1
8000236a:	06c2                	sll	a3,a3,0x10
8000236c:	8f55                	or	a4,a4,a3
8000236e:	00c77863          	bgeu	a4,a2,8000237e <__umoddi3+0x1a8>
80002372:	9742                	add	a4,a4,a6
80002374:	01076563          	bltu	a4,a6,8000237e <__umoddi3+0x1a8>
80002378:	00c77363          	bgeu	a4,a2,8000237e <__umoddi3+0x1a8>
8000237c:	9742                	add	a4,a4,a6
8000237e:	8f11                	sub	a4,a4,a2
80002380:	b791                	j	800022c4 <__umoddi3+0xee>
80002382:	16d5ed63          	bltu	a1,a3,800024fc <__umoddi3+0x326>
80002386:	6841                	lui	a6,0x10
80002388:	0506f763          	bgeu	a3,a6,800023d6 <__umoddi3+0x200>
8000238c:	1006b813          	sltiu	a6,a3,256
80002390:	00184813          	xor	a6,a6,1
80002394:	080e                	sll	a6,a6,0x3
80002396:	0106d333          	srl	t1,a3,a6
8000239a:	00000897          	auipc	a7,0x0
8000239e:	72288893          	add	a7,a7,1826 # 80002abc <__clz_tab>
800023a2:	989a                	add	a7,a7,t1
800023a4:	0008c883          	lbu	a7,0(a7)
800023a8:	02000313          	li	t1,32
800023ac:	98c2                	add	a7,a7,a6
800023ae:	41130833          	sub	a6,t1,a7
800023b2:	03131963          	bne	t1,a7,800023e4 <__umoddi3+0x20e>
800023b6:	00b6e463          	bltu	a3,a1,800023be <__umoddi3+0x1e8>
800023ba:	00c56b63          	bltu	a0,a2,800023d0 <__umoddi3+0x1fa>
800023be:	40c50633          	sub	a2,a0,a2
800023c2:	40d586b3          	sub	a3,a1,a3
800023c6:	00c53733          	sltu	a4,a0,a2
800023ca:	87b2                	mv	a5,a2
800023cc:	40e68733          	sub	a4,a3,a4
800023d0:	853e                	mv	a0,a5
800023d2:	85ba                	mv	a1,a4
800023d4:	8082                	ret
800023d6:	010008b7          	lui	a7,0x1000
800023da:	4841                	li	a6,16
800023dc:	fb16ede3          	bltu	a3,a7,80002396 <__umoddi3+0x1c0>
800023e0:	4861                	li	a6,24
800023e2:	bf55                	j	80002396 <__umoddi3+0x1c0>
800023e4:	011657b3          	srl	a5,a2,a7
800023e8:	010696b3          	sll	a3,a3,a6
800023ec:	8edd                	or	a3,a3,a5
800023ee:	0115d733          	srl	a4,a1,a7
800023f2:	0106de13          	srl	t3,a3,0x10
800023f6:	03c75f33          	divu	t5,a4,t3
800023fa:	01069313          	sll	t1,a3,0x10
800023fe:	01035313          	srl	t1,t1,0x10
80002402:	010597b3          	sll	a5,a1,a6
80002406:	011555b3          	srl	a1,a0,a7
8000240a:	8ddd                	or	a1,a1,a5
8000240c:	0105d793          	srl	a5,a1,0x10
80002410:	01061633          	sll	a2,a2,a6
80002414:	01051533          	sll	a0,a0,a6
80002418:	03c77733          	remu	a4,a4,t3
8000241c:	03e30eb3          	mul	t4,t1,t5
80002420:	0742                	sll	a4,a4,0x10
80002422:	8fd9                	or	a5,a5,a4
80002424:	877a                	mv	a4,t5
80002426:	01d7fc63          	bgeu	a5,t4,8000243e <__umoddi3+0x268>
8000242a:	97b6                	add	a5,a5,a3
8000242c:	ffff0713          	add	a4,t5,-1
80002430:	00d7e763          	bltu	a5,a3,8000243e <__umoddi3+0x268>
80002434:	01d7f563          	bgeu	a5,t4,8000243e <__umoddi3+0x268>
80002438:	ffef0713          	add	a4,t5,-2
8000243c:	97b6                	add	a5,a5,a3
8000243e:	41d787b3          	sub	a5,a5,t4
80002442:	03c7deb3          	divu	t4,a5,t3
80002446:	05c2                	sll	a1,a1,0x10
80002448:	81c1                	srl	a1,a1,0x10
8000244a:	03c7f7b3          	remu	a5,a5,t3
8000244e:	8e76                	mv	t3,t4
80002450:	03d30333          	mul	t1,t1,t4
80002454:	07c2                	sll	a5,a5,0x10
80002456:	8ddd                	or	a1,a1,a5
80002458:	0065fc63          	bgeu	a1,t1,80002470 <__umoddi3+0x29a>
8000245c:	95b6                	add	a1,a1,a3
8000245e:	fffe8e13          	add	t3,t4,-1
80002462:	00d5e763          	bltu	a1,a3,80002470 <__umoddi3+0x29a>
80002466:	0065f563          	bgeu	a1,t1,80002470 <__umoddi3+0x29a>
8000246a:	ffee8e13          	add	t3,t4,-2
8000246e:	95b6                	add	a1,a1,a3
80002470:	01071793          	sll	a5,a4,0x10
80002474:	6f41                	lui	t5,0x10
80002476:	01c7e7b3          	or	a5,a5,t3
8000247a:	406585b3          	sub	a1,a1,t1
8000247e:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
80002482:	0067f733          	and	a4,a5,t1
80002486:	01065e13          	srl	t3,a2,0x10
8000248a:	83c1                	srl	a5,a5,0x10
8000248c:	00667333          	and	t1,a2,t1
80002490:	02670eb3          	mul	t4,a4,t1
80002494:	02678333          	mul	t1,a5,t1
80002498:	03c70733          	mul	a4,a4,t3
8000249c:	03c787b3          	mul	a5,a5,t3
800024a0:	00670e33          	add	t3,a4,t1
800024a4:	010ed713          	srl	a4,t4,0x10
800024a8:	9772                	add	a4,a4,t3
800024aa:	00677363          	bgeu	a4,t1,800024b0 <__umoddi3+0x2da>
800024ae:	97fa                	add	a5,a5,t5
800024b0:	01075313          	srl	t1,a4,0x10
800024b4:	979a                	add	a5,a5,t1
800024b6:	6341                	lui	t1,0x10
800024b8:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
800024ba:	00677733          	and	a4,a4,t1
800024be:	0742                	sll	a4,a4,0x10
800024c0:	006efeb3          	and	t4,t4,t1
800024c4:	9776                	add	a4,a4,t4
800024c6:	00f5e663          	bltu	a1,a5,800024d2 <__umoddi3+0x2fc>
800024ca:	00f59b63          	bne	a1,a5,800024e0 <__umoddi3+0x30a>
800024ce:	00e57963          	bgeu	a0,a4,800024e0 <__umoddi3+0x30a>
800024d2:	40c70633          	sub	a2,a4,a2
800024d6:	00c73333          	sltu	t1,a4,a2
800024da:	969a                	add	a3,a3,t1
800024dc:	8732                	mv	a4,a2
800024de:	8f95                	sub	a5,a5,a3
800024e0:	40e50733          	sub	a4,a0,a4
800024e4:	00e53533          	sltu	a0,a0,a4
800024e8:	8d9d                	sub	a1,a1,a5
800024ea:	8d89                	sub	a1,a1,a0
800024ec:	011598b3          	sll	a7,a1,a7
800024f0:	01075733          	srl	a4,a4,a6
800024f4:	00e8e533          	or	a0,a7,a4
800024f8:	0105d5b3          	srl	a1,a1,a6
800024fc:	8082                	ret

800024fe <__riscv_save_12>:
800024fe:	7139                	add	sp,sp,-64
80002500:	4301                	li	t1,0
80002502:	c66e                	sw	s11,12(sp)
80002504:	a019                	j	8000250a <__riscv_save_10+0x4>

80002506 <__riscv_save_10>:
80002506:	7139                	add	sp,sp,-64
80002508:	5341                	li	t1,-16
8000250a:	c86a                	sw	s10,16(sp)
8000250c:	ca66                	sw	s9,20(sp)
8000250e:	cc62                	sw	s8,24(sp)
80002510:	ce5e                	sw	s7,28(sp)
80002512:	a019                	j	80002518 <__riscv_save_4+0x4>

80002514 <__riscv_save_4>:
80002514:	7139                	add	sp,sp,-64
80002516:	5301                	li	t1,-32
80002518:	d05a                	sw	s6,32(sp)
8000251a:	d256                	sw	s5,36(sp)
8000251c:	d452                	sw	s4,40(sp)
8000251e:	d64e                	sw	s3,44(sp)
80002520:	d84a                	sw	s2,48(sp)
80002522:	da26                	sw	s1,52(sp)
80002524:	dc22                	sw	s0,56(sp)
80002526:	de06                	sw	ra,60(sp)
80002528:	40610133          	sub	sp,sp,t1
8000252c:	8282                	jr	t0

8000252e <__riscv_save_0>:
8000252e:	1141                	add	sp,sp,-16
80002530:	c04a                	sw	s2,0(sp)
80002532:	c226                	sw	s1,4(sp)
80002534:	c422                	sw	s0,8(sp)
80002536:	c606                	sw	ra,12(sp)
80002538:	8282                	jr	t0

8000253a <__riscv_restore_12>:
8000253a:	4db2                	lw	s11,12(sp)
8000253c:	0141                	add	sp,sp,16

8000253e <__riscv_restore_10>:
8000253e:	4d02                	lw	s10,0(sp)
80002540:	4c92                	lw	s9,4(sp)
80002542:	4c22                	lw	s8,8(sp)
80002544:	4bb2                	lw	s7,12(sp)
80002546:	0141                	add	sp,sp,16

80002548 <__riscv_restore_4>:
80002548:	4b02                	lw	s6,0(sp)
8000254a:	4a92                	lw	s5,4(sp)
8000254c:	4a22                	lw	s4,8(sp)
8000254e:	49b2                	lw	s3,12(sp)
80002550:	0141                	add	sp,sp,16

80002552 <__riscv_restore_0>:
80002552:	4902                	lw	s2,0(sp)
80002554:	4492                	lw	s1,4(sp)
80002556:	4422                	lw	s0,8(sp)
80002558:	40b2                	lw	ra,12(sp)
8000255a:	0141                	add	sp,sp,16
8000255c:	8082                	ret
