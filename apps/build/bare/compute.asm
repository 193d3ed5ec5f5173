
build/bare/compute.elf:     file format elf32-littleriscv


Disassembly of section .text:

80000000 <_start>:
80000000:	00004197          	auipc	gp,0x4
80000004:	81818193          	add	gp,gp,-2024 # 80003818 <__global_pointer$>
80000008:	01000117          	auipc	sp,0x1000
8000000c:	ff810113          	add	sp,sp,-8 # 81000000 <__stack_top>
80000010:	00003217          	auipc	tp,0x3
80000014:	00820213          	add	tp,tp,8 # 80003018 <sort_tmp>
80000018:	00003297          	auipc	t0,0x3
8000001c:	00028293          	mv	t0,t0
80000020:	002b7317          	auipc	t1,0x2b7
80000024:	48030313          	add	t1,t1,1152 # 802b74a0 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0) # 80003018 <sort_tmp>
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	61028293          	add	t0,t0,1552 # 80000644 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	278d                	jal	800007a2 <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2021                	jal	8000004e <main>
80000048:	7c0000ef          	jal	80000808 <exit>
8000004c:	a001                	j	8000004c <_start+0x4c>

8000004e <main>:
8000004e:	715d                	add	sp,sp,-80
80000050:	80002537          	lui	a0,0x80002
80000054:	c4a2                	sw	s0,72(sp)
80000056:	c2a6                	sw	s1,68(sp)
80000058:	c0ca                	sw	s2,64(sp)
8000005a:	de4e                	sw	s3,60(sp)
8000005c:	da56                	sw	s5,52(sp)
8000005e:	d85a                	sw	s6,48(sp)
80000060:	d462                	sw	s8,40(sp)
80000062:	76850513          	add	a0,a0,1896 # 80002768 <__text_end>
80000066:	800cfc37          	lui	s8,0x800cf
8000006a:	001e84b7          	lui	s1,0x1e8
8000006e:	811ca437          	lui	s0,0x811ca
80000072:	800cfb37          	lui	s6,0x800cf
80000076:	800cfab7          	lui	s5,0x800cf
8000007a:	010009b7          	lui	s3,0x1000
8000007e:	001e7937          	lui	s2,0x1e7
80000082:	d65e                	sw	s7,44(sp)
80000084:	d266                	sw	s9,36(sp)
80000086:	c686                	sw	ra,76(sp)
80000088:	dc52                	sw	s4,56(sp)
8000008a:	d06a                	sw	s10,32(sp)
8000008c:	ce6e                	sw	s11,28(sp)
8000008e:	48048493          	add	s1,s1,1152 # 1e8480 <__stack_size+0x1d8480>
80000092:	794000ef          	jal	80000826 <printf>
80000096:	dc540413          	add	s0,s0,-571 # 811c9dc5 <__stack_top+0x1c9dc5>
8000009a:	01ab0b13          	add	s6,s6,26 # 800cf01a <sieve_bits+0x2>
8000009e:	018c0b93          	add	s7,s8,24 # 800cf018 <sieve_bits>
800000a2:	019a8a93          	add	s5,s5,25 # 800cf019 <sieve_bits+0x1>
800000a6:	19398993          	add	s3,s3,403 # 1000193 <__ram_size+0x193>
800000aa:	02000c93          	li	s9,32
800000ae:	4e090913          	add	s2,s2,1248 # 1e74e0 <__stack_size+0x1d74e0>
800000b2:	00148613          	add	a2,s1,1
800000b6:	4585                	li	a1,1
800000b8:	018c0513          	add	a0,s8,24
800000bc:	2dd9                	jal	80000792 <memset>
800000be:	86da                	mv	a3,s6
800000c0:	000c1c23          	sh	zero,24(s8)
800000c4:	4791                	li	a5,4
800000c6:	4709                	li	a4,2
800000c8:	a039                	j	800000d6 <main+0x88>
800000ca:	0705                	add	a4,a4,1
800000cc:	02e707b3          	mul	a5,a4,a4
800000d0:	0685                	add	a3,a3,1
800000d2:	02f4e563          	bltu	s1,a5,800000fc <main+0xae>
800000d6:	0006c603          	lbu	a2,0(a3)
800000da:	da65                	beqz	a2,800000ca <main+0x7c>
800000dc:	fef4e7e3          	bltu	s1,a5,800000ca <main+0x7c>
800000e0:	01778633          	add	a2,a5,s7
800000e4:	00060023          	sb	zero,0(a2)
800000e8:	97ba                	add	a5,a5,a4
800000ea:	963a                	add	a2,a2,a4
800000ec:	fef4fce3          	bgeu	s1,a5,800000e4 <main+0x96>
800000f0:	0705                	add	a4,a4,1
800000f2:	02e707b3          	mul	a5,a4,a4
800000f6:	0685                	add	a3,a3,1
800000f8:	fcf4ffe3          	bgeu	s1,a5,800000d6 <main+0x88>
800000fc:	87de                	mv	a5,s7
800000fe:	4a01                	li	s4,0
80000100:	009a8733          	add	a4,s5,s1
80000104:	0007c683          	lbu	a3,0(a5)
80000108:	0785                	add	a5,a5,1
8000010a:	9a36                	add	s4,s4,a3
8000010c:	fee79ce3          	bne	a5,a4,80000104 <main+0xb6>
80000110:	4781                	li	a5,0
80000112:	00fa5733          	srl	a4,s4,a5
80000116:	0ff77713          	zext.b	a4,a4
8000011a:	8c39                	xor	s0,s0,a4
8000011c:	07a1                	add	a5,a5,8
8000011e:	03340433          	mul	s0,s0,s3
80000122:	ff9798e3          	bne	a5,s9,80000112 <main+0xc4>
80000126:	c1848493          	add	s1,s1,-1000
8000012a:	f92494e3          	bne	s1,s2,800000b2 <main+0x64>
8000012e:	001e8637          	lui	a2,0x1e8
80000132:	80002537          	lui	a0,0x80002
80000136:	8c860613          	add	a2,a2,-1848 # 1e78c8 <__stack_size+0x1d78c8>
8000013a:	85d2                	mv	a1,s4
8000013c:	79050513          	add	a0,a0,1936 # 80002790 <__text_end+0x28>
80000140:	25dd                	jal	80000826 <printf>
80000142:	8008f737          	lui	a4,0x8008f
80000146:	123457b7          	lui	a5,0x12345
8000014a:	67878793          	add	a5,a5,1656 # 12345678 <__ram_size+0x11345678>
8000014e:	4481                	li	s1,0
80000150:	01870e13          	add	t3,a4,24 # 8008f018 <crc_data>
80000154:	edb88537          	lui	a0,0xedb88
80000158:	800cf737          	lui	a4,0x800cf
8000015c:	010005b7          	lui	a1,0x1000
80000160:	01870893          	add	a7,a4,24 # 800cf018 <sieve_bits>
80000164:	4321                	li	t1,8
80000166:	32050513          	add	a0,a0,800 # edb88320 <__stack_top+0x6cb88320>
8000016a:	19358593          	add	a1,a1,403 # 1000193 <__ram_size+0x193>
8000016e:	02000813          	li	a6,32
80000172:	863e                	mv	a2,a5
80000174:	8726                	mv	a4,s1
80000176:	8ef2                	mv	t4,t3
80000178:	86f2                	mv	a3,t3
8000017a:	00d61793          	sll	a5,a2,0xd
8000017e:	8fb1                	xor	a5,a5,a2
80000180:	0117d613          	srl	a2,a5,0x11
80000184:	8fb1                	xor	a5,a5,a2
80000186:	00579613          	sll	a2,a5,0x5
8000018a:	8e3d                	xor	a2,a2,a5
8000018c:	00c68023          	sb	a2,0(a3)
80000190:	0685                	add	a3,a3,1
80000192:	fed894e3          	bne	a7,a3,8000017a <main+0x12c>
80000196:	fff74713          	not	a4,a4
8000019a:	000ec783          	lbu	a5,0(t4)
8000019e:	46a1                	li	a3,8
800001a0:	8f3d                	xor	a4,a4,a5
800001a2:	00177793          	and	a5,a4,1
800001a6:	40f007b3          	neg	a5,a5
800001aa:	8305                	srl	a4,a4,0x1
800001ac:	8fe9                	and	a5,a5,a0
800001ae:	16fd                	add	a3,a3,-1
800001b0:	8f3d                	xor	a4,a4,a5
800001b2:	fae5                	bnez	a3,800001a2 <main+0x154>
800001b4:	0e85                	add	t4,t4,1
800001b6:	ffd892e3          	bne	a7,t4,8000019a <main+0x14c>
800001ba:	fff74713          	not	a4,a4
800001be:	00d757b3          	srl	a5,a4,a3
800001c2:	0ff7f793          	zext.b	a5,a5
800001c6:	8c3d                	xor	s0,s0,a5
800001c8:	06a1                	add	a3,a3,8
800001ca:	02b40433          	mul	s0,s0,a1
800001ce:	ff0698e3          	bne	a3,a6,800001be <main+0x170>
800001d2:	137d                	add	t1,t1,-1
800001d4:	fa0311e3          	bnez	t1,80000176 <main+0x128>
800001d8:	84ba                	mv	s1,a4
800001da:	80002737          	lui	a4,0x80002
800001de:	7ac70713          	add	a4,a4,1964 # 800027ac <__text_end+0x44>
800001e2:	edb88637          	lui	a2,0xedb88
800001e6:	00970513          	add	a0,a4,9
800001ea:	57fd                	li	a5,-1
800001ec:	32060613          	add	a2,a2,800 # edb88320 <__stack_top+0x6cb88320>
800001f0:	00074683          	lbu	a3,0(a4)
800001f4:	45a1                	li	a1,8
800001f6:	8fb5                	xor	a5,a5,a3
800001f8:	0017f693          	and	a3,a5,1
800001fc:	40d006b3          	neg	a3,a3
80000200:	8385                	srl	a5,a5,0x1
80000202:	8ef1                	and	a3,a3,a2
80000204:	15fd                	add	a1,a1,-1
80000206:	8fb5                	xor	a5,a5,a3
80000208:	f9e5                	bnez	a1,800001f8 <main+0x1aa>
8000020a:	0705                	add	a4,a4,1
8000020c:	fee512e3          	bne	a0,a4,800001f0 <main+0x1a2>
80000210:	fff7c913          	not	s2,a5
80000214:	80002537          	lui	a0,0x80002
80000218:	864a                	mv	a2,s2
8000021a:	85a6                	mv	a1,s1
8000021c:	7b850513          	add	a0,a0,1976 # 800027b8 <__text_end+0x50>
80000220:	2519                	jal	80000826 <printf>
80000222:	010006b7          	lui	a3,0x1000
80000226:	4701                	li	a4,0
80000228:	19368693          	add	a3,a3,403 # 1000193 <__ram_size+0x193>
8000022c:	02000613          	li	a2,32
80000230:	00e957b3          	srl	a5,s2,a4
80000234:	0ff7f793          	zext.b	a5,a5
80000238:	8c3d                	xor	s0,s0,a5
8000023a:	0721                	add	a4,a4,8
8000023c:	02d40433          	mul	s0,s0,a3
80000240:	fec718e3          	bne	a4,a2,80000230 <main+0x1e2>
80000244:	800877b7          	lui	a5,0x80087
80000248:	8008b6b7          	lui	a3,0x8008b
8000024c:	01868593          	add	a1,a3,24 # 8008b018 <mat_a>
80000250:	01878513          	add	a0,a5,24 # 80087018 <mat_b>
80000254:	6611                	lui	a2,0x4
80000256:	01878e93          	add	t4,a5,24
8000025a:	9e3787b7          	lui	a5,0x9e378
8000025e:	962e                	add	a2,a2,a1
80000260:	01868693          	add	a3,a3,24
80000264:	9b978793          	add	a5,a5,-1607 # 9e3779b9 <__stack_top+0x1d3779b9>
80000268:	0c900e13          	li	t3,201
8000026c:	88f6                	mv	a7,t4
8000026e:	10068813          	add	a6,a3,256
80000272:	00d79713          	sll	a4,a5,0xd
80000276:	8f3d                	xor	a4,a4,a5
80000278:	01175793          	srl	a5,a4,0x11
8000027c:	8f3d                	xor	a4,a4,a5
8000027e:	00571793          	sll	a5,a4,0x5
80000282:	8f3d                	xor	a4,a4,a5
80000284:	00d71793          	sll	a5,a4,0xd
80000288:	8fb9                	xor	a5,a5,a4
8000028a:	0117d313          	srl	t1,a5,0x11
8000028e:	0067c7b3          	xor	a5,a5,t1
80000292:	00579313          	sll	t1,a5,0x5
80000296:	03c77733          	remu	a4,a4,t3
8000029a:	0067c7b3          	xor	a5,a5,t1
8000029e:	0691                	add	a3,a3,4
800002a0:	0891                	add	a7,a7,4
800002a2:	03c7f333          	remu	t1,a5,t3
800002a6:	f9c70713          	add	a4,a4,-100
800002aa:	fee6ae23          	sw	a4,-4(a3)
800002ae:	f9c30713          	add	a4,t1,-100
800002b2:	fee8ae23          	sw	a4,-4(a7)
800002b6:	fad81ee3          	bne	a6,a3,80000272 <main+0x224>
800002ba:	100e8e93          	add	t4,t4,256
800002be:	00c80463          	beq	a6,a2,800002c6 <main+0x278>
800002c2:	86c2                	mv	a3,a6
800002c4:	b765                	j	8000026c <main+0x21e>
800002c6:	6311                	lui	t1,0x4
800002c8:	800838b7          	lui	a7,0x80083
800002cc:	01888893          	add	a7,a7,24 # 80083018 <mat_c>
800002d0:	10030f93          	add	t6,t1,256 # 4100 <__stack_size-0xbf00>
800002d4:	800833b7          	lui	t2,0x80083
800002d8:	800872b7          	lui	t0,0x80087
800002dc:	811caf37          	lui	t5,0x811ca
800002e0:	01000e37          	lui	t3,0x1000
800002e4:	02800913          	li	s2,40
800002e8:	11838393          	add	t2,t2,280 # 80083118 <mat_c+0x100>
800002ec:	11828293          	add	t0,t0,280 # 80087118 <mat_b+0x100>
800002f0:	9fc6                	add	t6,t6,a7
800002f2:	dc5f0f13          	add	t5,t5,-571 # 811c9dc5 <__stack_top+0x1c9dc5>
800002f6:	193e0e13          	add	t3,t3,403 # 1000193 <__ram_size+0x193>
800002fa:	02000993          	li	s3,32
800002fe:	9346                	add	t1,t1,a7
80000300:	3f100a93          	li	s5,1009
80000304:	86c6                	mv	a3,a7
80000306:	8ec6                	mv	t4,a7
80000308:	882e                	mv	a6,a1
8000030a:	87aa                	mv	a5,a0
8000030c:	8b76                	mv	s6,t4
8000030e:	10080093          	add	ra,a6,256
80000312:	8c3e                	mv	s8,a5
80000314:	8742                	mv	a4,a6
80000316:	4b81                	li	s7,0
80000318:	00072c83          	lw	s9,0(a4)
8000031c:	000c2d03          	lw	s10,0(s8)
80000320:	0711                	add	a4,a4,4
80000322:	100c0c13          	add	s8,s8,256
80000326:	03ac8cb3          	mul	s9,s9,s10
8000032a:	9be6                	add	s7,s7,s9
8000032c:	fee096e3          	bne	ra,a4,80000318 <main+0x2ca>
80000330:	017b2023          	sw	s7,0(s6)
80000334:	0791                	add	a5,a5,4
80000336:	0b11                	add	s6,s6,4
80000338:	fcf29de3          	bne	t0,a5,80000312 <main+0x2c4>
8000033c:	100e8e93          	add	t4,t4,256
80000340:	00160463          	beq	a2,ra,80000348 <main+0x2fa>
80000344:	8806                	mv	a6,ra
80000346:	b7d1                	j	8000030a <main+0x2bc>
80000348:	879e                	mv	a5,t2
8000034a:	877a                	mv	a4,t5
8000034c:	f0078e93          	add	t4,a5,-256
80000350:	000eab03          	lw	s6,0(t4)
80000354:	4081                	li	ra,0
80000356:	001b5833          	srl	a6,s6,ra
8000035a:	0ff87813          	zext.b	a6,a6
8000035e:	00e84733          	xor	a4,a6,a4
80000362:	00a1                	add	ra,ra,8
80000364:	03c70733          	mul	a4,a4,t3
80000368:	ff3097e3          	bne	ra,s3,80000356 <main+0x308>
8000036c:	0e91                	add	t4,t4,4
8000036e:	ffd791e3          	bne	a5,t4,80000350 <main+0x302>
80000372:	10078793          	add	a5,a5,256
80000376:	fcff9be3          	bne	t6,a5,8000034c <main+0x2fe>
8000037a:	4801                	li	a6,0
8000037c:	010757b3          	srl	a5,a4,a6
80000380:	0ff7f793          	zext.b	a5,a5
80000384:	8c3d                	xor	s0,s0,a5
80000386:	0821                	add	a6,a6,8
80000388:	03c40433          	mul	s0,s0,t3
8000038c:	ff3818e3          	bne	a6,s3,8000037c <main+0x32e>
80000390:	882e                	mv	a6,a1
80000392:	87b6                	mv	a5,a3
80000394:	8ec2                	mv	t4,a6
80000396:	10068693          	add	a3,a3,256
8000039a:	0007a083          	lw	ra,0(a5)
8000039e:	0e91                	add	t4,t4,4
800003a0:	0791                	add	a5,a5,4
800003a2:	0350e0b3          	rem	ra,ra,s5
800003a6:	fe1eae23          	sw	ra,-4(t4)
800003aa:	fef698e3          	bne	a3,a5,8000039a <main+0x34c>
800003ae:	10080813          	add	a6,a6,256
800003b2:	fe6690e3          	bne	a3,t1,80000392 <main+0x344>
800003b6:	197d                	add	s2,s2,-1
800003b8:	f40916e3          	bnez	s2,80000304 <main+0x2b6>
800003bc:	7248a783          	lw	a5,1828(a7)
800003c0:	80002537          	lui	a0,0x80002
800003c4:	02800693          	li	a3,40
800003c8:	04000613          	li	a2,64
800003cc:	04000593          	li	a1,64
800003d0:	7d450513          	add	a0,a0,2004 # 800027d4 <__text_end+0x6c>
800003d4:	2989                	jal	80000826 <printf>
800003d6:	800037b7          	lui	a5,0x80003
800003da:	01878793          	add	a5,a5,24 # 80003018 <sort_tmp>
800003de:	c23e                	sw	a5,4(sp)
800003e0:	811ca7b7          	lui	a5,0x811ca
800003e4:	80043eb7          	lui	t4,0x80043
800003e8:	4f21                	li	t5,8
800003ea:	deadc937          	lui	s2,0xdeadc
800003ee:	80043cb7          	lui	s9,0x80043
800003f2:	80083bb7          	lui	s7,0x80083
800003f6:	dc578793          	add	a5,a5,-571 # 811c9dc5 <__stack_top+0x1c9dc5>
800003fa:	01000c37          	lui	s8,0x1000
800003fe:	4a85                	li	s5,1
80000400:	eef90913          	add	s2,s2,-273 # deadbeef <__stack_top+0x5dadbeef>
80000404:	018e8993          	add	s3,t4,24 # 80043018 <sort_data>
80000408:	01cc8c93          	add	s9,s9,28 # 8004301c <sort_data+0x4>
8000040c:	018b8b93          	add	s7,s7,24 # 80083018 <mat_c>
80000410:	6dc1                	lui	s11,0x10
80000412:	c43e                	sw	a5,8(sp)
80000414:	193c0c13          	add	s8,s8,403 # 1000193 <__ram_size+0x193>
80000418:	8d7a                	mv	s10,t5
8000041a:	8b4e                	mv	s6,s3
8000041c:	86ce                	mv	a3,s3
8000041e:	00d91793          	sll	a5,s2,0xd
80000422:	0127c7b3          	xor	a5,a5,s2
80000426:	0117d713          	srl	a4,a5,0x11
8000042a:	8fb9                	xor	a5,a5,a4
8000042c:	00579913          	sll	s2,a5,0x5
80000430:	0127c933          	xor	s2,a5,s2
80000434:	0126a023          	sw	s2,0(a3)
80000438:	0691                	add	a3,a3,4
8000043a:	fedb92e3          	bne	s7,a3,8000041e <main+0x3d0>
8000043e:	4592                	lw	a1,4(sp)
80000440:	48c1                	li	a7,16
80000442:	834e                	mv	t1,s3
80000444:	4705                	li	a4,1
80000446:	82ba                	mv	t0,a4
80000448:	4f01                	li	t5,0
8000044a:	0706                	sll	a4,a4,0x1
8000044c:	005f06b3          	add	a3,t5,t0
80000450:	8636                	mv	a2,a3
80000452:	00ddf363          	bgeu	s11,a3,80000458 <main+0x40a>
80000456:	6641                	lui	a2,0x10
80000458:	87fa                	mv	a5,t5
8000045a:	00568f33          	add	t5,a3,t0
8000045e:	8e7a                	mv	t3,t5
80000460:	01edf363          	bgeu	s11,t5,80000466 <main+0x418>
80000464:	6e41                	lui	t3,0x10
80000466:	06c7ff63          	bgeu	a5,a2,800004e4 <main+0x496>
8000046a:	0bc67663          	bgeu	a2,t3,80000516 <main+0x4c8>
8000046e:	00279813          	sll	a6,a5,0x2
80000472:	982e                	add	a6,a6,a1
80000474:	86b2                	mv	a3,a2
80000476:	853e                	mv	a0,a5
80000478:	a811                	j	8000048c <main+0x43e>
8000047a:	0505                	add	a0,a0,1
8000047c:	00782023          	sw	t2,0(a6)
80000480:	0785                	add	a5,a5,1
80000482:	02c57863          	bgeu	a0,a2,800004b2 <main+0x464>
80000486:	0811                	add	a6,a6,4
80000488:	07c6f063          	bgeu	a3,t3,800004e8 <main+0x49a>
8000048c:	00251393          	sll	t2,a0,0x2
80000490:	00269f93          	sll	t6,a3,0x2
80000494:	939a                	add	t2,t2,t1
80000496:	9f9a                	add	t6,t6,t1
80000498:	0003a383          	lw	t2,0(t2)
8000049c:	000faf83          	lw	t6,0(t6)
800004a0:	fc7ffde3          	bgeu	t6,t2,8000047a <main+0x42c>
800004a4:	83fe                	mv	t2,t6
800004a6:	00782023          	sw	t2,0(a6)
800004aa:	0685                	add	a3,a3,1
800004ac:	0785                	add	a5,a5,1
800004ae:	fcc56ce3          	bltu	a0,a2,80000486 <main+0x438>
800004b2:	03c6f063          	bgeu	a3,t3,800004d2 <main+0x484>
800004b6:	068a                	sll	a3,a3,0x2
800004b8:	078a                	sll	a5,a5,0x2
800004ba:	002e1613          	sll	a2,t3,0x2
800004be:	969a                	add	a3,a3,t1
800004c0:	97ae                	add	a5,a5,a1
800004c2:	961a                	add	a2,a2,t1
800004c4:	4288                	lw	a0,0(a3)
800004c6:	0691                	add	a3,a3,4
800004c8:	0791                	add	a5,a5,4
800004ca:	fea7ae23          	sw	a0,-4(a5)
800004ce:	fed61be3          	bne	a2,a3,800004c4 <main+0x476>
800004d2:	f7bf6de3          	bltu	t5,s11,8000044c <main+0x3fe>
800004d6:	18fd                	add	a7,a7,-1
800004d8:	04088263          	beqz	a7,8000051c <main+0x4ce>
800004dc:	879a                	mv	a5,t1
800004de:	832e                	mv	t1,a1
800004e0:	85be                	mv	a1,a5
800004e2:	b795                	j	80000446 <main+0x3f8>
800004e4:	86b2                	mv	a3,a2
800004e6:	b7f1                	j	800004b2 <main+0x464>
800004e8:	83be                	mv	t2,a5
800004ea:	87aa                	mv	a5,a0
800004ec:	00279513          	sll	a0,a5,0x2
800004f0:	00239813          	sll	a6,t2,0x2
800004f4:	00261f93          	sll	t6,a2,0x2
800004f8:	951a                	add	a0,a0,t1
800004fa:	982e                	add	a6,a6,a1
800004fc:	9f9a                	add	t6,t6,t1
800004fe:	00052083          	lw	ra,0(a0)
80000502:	0511                	add	a0,a0,4
80000504:	0811                	add	a6,a6,4
80000506:	fe182e23          	sw	ra,-4(a6)
8000050a:	feaf9ae3          	bne	t6,a0,800004fe <main+0x4b0>
8000050e:	93b2                	add	t2,t2,a2
80000510:	40f387b3          	sub	a5,t2,a5
80000514:	bf79                	j	800004b2 <main+0x464>
80000516:	86b2                	mv	a3,a2
80000518:	83be                	mv	t2,a5
8000051a:	bfc9                	j	800004ec <main+0x49e>
8000051c:	01358b63          	beq	a1,s3,80000532 <main+0x4e4>
80000520:	018e8513          	add	a0,t4,24
80000524:	00040637          	lui	a2,0x40
80000528:	c646                	sw	a7,12(sp)
8000052a:	2c89                	jal	8000077c <memcpy>
8000052c:	48b2                	lw	a7,12(sp)
8000052e:	80043eb7          	lui	t4,0x80043
80000532:	8766                	mv	a4,s9
80000534:	86e6                	mv	a3,s9
80000536:	4605                	li	a2,1
80000538:	04000313          	li	t1,64
8000053c:	4288                	lw	a0,0(a3)
8000053e:	87b6                	mv	a5,a3
80000540:	a039                	j	8000054e <main+0x500>
80000542:	0107a023          	sw	a6,0(a5)
80000546:	ffc58793          	add	a5,a1,-4
8000054a:	0cf98f63          	beq	s3,a5,80000628 <main+0x5da>
8000054e:	ffc7a803          	lw	a6,-4(a5)
80000552:	85be                	mv	a1,a5
80000554:	ff0567e3          	bltu	a0,a6,80000542 <main+0x4f4>
80000558:	c188                	sw	a0,0(a1)
8000055a:	0605                	add	a2,a2,1 # 40001 <__stack_size+0x30001>
8000055c:	0691                	add	a3,a3,4
8000055e:	fc661fe3          	bne	a2,t1,8000053c <main+0x4ee>
80000562:	018ea683          	lw	a3,24(t4) # 80043018 <sort_data>
80000566:	87b6                	mv	a5,a3
80000568:	a019                	j	8000056e <main+0x520>
8000056a:	00eb8863          	beq	s7,a4,8000057a <main+0x52c>
8000056e:	863e                	mv	a2,a5
80000570:	431c                	lw	a5,0(a4)
80000572:	0711                	add	a4,a4,4
80000574:	fec7fbe3          	bgeu	a5,a2,8000056a <main+0x51c>
80000578:	4a81                	li	s5,0
8000057a:	00040737          	lui	a4,0x40
8000057e:	4822                	lw	a6,8(sp)
80000580:	09070713          	add	a4,a4,144 # 40090 <__stack_size+0x30090>
80000584:	974e                	add	a4,a4,s3
80000586:	02000593          	li	a1,32
8000058a:	000b2503          	lw	a0,0(s6)
8000058e:	4781                	li	a5,0
80000590:	00f55633          	srl	a2,a0,a5
80000594:	0ff67613          	zext.b	a2,a2
80000598:	01064833          	xor	a6,a2,a6
8000059c:	07a1                	add	a5,a5,8
8000059e:	03880833          	mul	a6,a6,s8
800005a2:	feb797e3          	bne	a5,a1,80000590 <main+0x542>
800005a6:	184b0b13          	add	s6,s6,388
800005aa:	feeb10e3          	bne	s6,a4,8000058a <main+0x53c>
800005ae:	02000713          	li	a4,32
800005b2:	011857b3          	srl	a5,a6,a7
800005b6:	0ff7f793          	zext.b	a5,a5
800005ba:	8c3d                	xor	s0,s0,a5
800005bc:	08a1                	add	a7,a7,8
800005be:	03840433          	mul	s0,s0,s8
800005c2:	fee898e3          	bne	a7,a4,800005b2 <main+0x564>
800005c6:	1d7d                	add	s10,s10,-1
800005c8:	e40d19e3          	bnez	s10,8000041a <main+0x3cc>
800005cc:	000207b7          	lui	a5,0x20
800005d0:	99be                	add	s3,s3,a5
800005d2:	0009a703          	lw	a4,0(s3)
800005d6:	ffcba783          	lw	a5,-4(s7)
800005da:	80003537          	lui	a0,0x80003
800005de:	65c1                	lui	a1,0x10
800005e0:	4621                	li	a2,8
800005e2:	80450513          	add	a0,a0,-2044 # 80002804 <__text_end+0x9c>
800005e6:	2481                	jal	80000826 <printf>
800005e8:	80003537          	lui	a0,0x80003
800005ec:	85a2                	mv	a1,s0
800005ee:	84050513          	add	a0,a0,-1984 # 80002840 <__text_end+0xd8>
800005f2:	2c15                	jal	80000826 <printf>
800005f4:	000a8563          	beqz	s5,800005fe <main+0x5b0>
800005f8:	000a0363          	beqz	s4,800005fe <main+0x5b0>
800005fc:	ec8d                	bnez	s1,80000636 <main+0x5e8>
800005fe:	80003537          	lui	a0,0x80003
80000602:	85450513          	add	a0,a0,-1964 # 80002854 <__text_end+0xec>
80000606:	2405                	jal	80000826 <printf>
80000608:	4505                	li	a0,1
8000060a:	40b6                	lw	ra,76(sp)
8000060c:	4426                	lw	s0,72(sp)
8000060e:	4496                	lw	s1,68(sp)
80000610:	4906                	lw	s2,64(sp)
80000612:	59f2                	lw	s3,60(sp)
80000614:	5a62                	lw	s4,56(sp)
80000616:	5ad2                	lw	s5,52(sp)
80000618:	5b42                	lw	s6,48(sp)
8000061a:	5bb2                	lw	s7,44(sp)
8000061c:	5c22                	lw	s8,40(sp)
8000061e:	5c92                	lw	s9,36(sp)
80000620:	5d02                	lw	s10,32(sp)
80000622:	4df2                	lw	s11,28(sp)
80000624:	6161                	add	sp,sp,80
80000626:	8082                	ret
80000628:	85ce                	mv	a1,s3
8000062a:	c188                	sw	a0,0(a1)
8000062c:	0605                	add	a2,a2,1
8000062e:	0691                	add	a3,a3,4
80000630:	f06616e3          	bne	a2,t1,8000053c <main+0x4ee>
80000634:	b73d                	j	80000562 <main+0x514>
80000636:	80003537          	lui	a0,0x80003
8000063a:	85c50513          	add	a0,a0,-1956 # 8000285c <__text_end+0xf4>
8000063e:	22e5                	jal	80000826 <printf>
80000640:	4501                	li	a0,0
80000642:	b7e1                	j	8000060a <main+0x5bc>

80000644 <bare_default_trap>:
80000644:	01000117          	auipc	sp,0x1000
80000648:	9bc10113          	add	sp,sp,-1604 # 81000000 <__stack_top>
8000064c:	34202573          	csrr	a0,mcause
80000650:	341025f3          	csrr	a1,mepc
80000654:	34302673          	csrr	a2,mtval
80000658:	287d                	jal	80000716 <bare_unexpected_trap>
8000065a:	a001                	j	8000065a <bare_default_trap+0x16>

8000065c <uart_stdio_put>:
8000065c:	10000737          	lui	a4,0x10000
80000660:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000664:	0207f793          	and	a5,a5,32
80000668:	dfe5                	beqz	a5,80000660 <uart_stdio_put+0x4>
8000066a:	00a70023          	sb	a0,0(a4)
8000066e:	8082                	ret

80000670 <bare_puts>:
80000670:	00054683          	lbu	a3,0(a0)
80000674:	ce91                	beqz	a3,80000690 <bare_puts+0x20>
80000676:	10000737          	lui	a4,0x10000
8000067a:	0505                	add	a0,a0,1
8000067c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000680:	0207f793          	and	a5,a5,32
80000684:	dfe5                	beqz	a5,8000067c <bare_puts+0xc>
80000686:	00d70023          	sb	a3,0(a4)
8000068a:	00054683          	lbu	a3,0(a0)
8000068e:	f6f5                	bnez	a3,8000067a <bare_puts+0xa>
80000690:	8082                	ret

80000692 <bare_put_hex>:
80000692:	800036b7          	lui	a3,0x80003
80000696:	03000613          	li	a2,48
8000069a:	86468693          	add	a3,a3,-1948 # 80002864 <__text_end+0xfc>
8000069e:	10000737          	lui	a4,0x10000
800006a2:	0685                	add	a3,a3,1
800006a4:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800006a8:	0207f793          	and	a5,a5,32
800006ac:	dfe5                	beqz	a5,800006a4 <bare_put_hex+0x12>
800006ae:	00c70023          	sb	a2,0(a4)
800006b2:	0006c603          	lbu	a2,0(a3)
800006b6:	f675                	bnez	a2,800006a2 <bare_put_hex+0x10>
800006b8:	800035b7          	lui	a1,0x80003
800006bc:	46f1                	li	a3,28
800006be:	86858593          	add	a1,a1,-1944 # 80002868 <__text_end+0x100>
800006c2:	10000737          	lui	a4,0x10000
800006c6:	5871                	li	a6,-4
800006c8:	00d557b3          	srl	a5,a0,a3
800006cc:	8bbd                	and	a5,a5,15
800006ce:	97ae                	add	a5,a5,a1
800006d0:	0007c603          	lbu	a2,0(a5) # 20000 <__stack_size+0x10000>
800006d4:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800006d8:	0207f793          	and	a5,a5,32
800006dc:	dfe5                	beqz	a5,800006d4 <bare_put_hex+0x42>
800006de:	00c70023          	sb	a2,0(a4)
800006e2:	16f1                	add	a3,a3,-4
800006e4:	ff0692e3          	bne	a3,a6,800006c8 <bare_put_hex+0x36>
800006e8:	8082                	ret

800006ea <bare_exit>:
800006ea:	cd19                	beqz	a0,80000708 <bare_exit+0x1e>
800006ec:	670d                	lui	a4,0x3
800006ee:	01051793          	sll	a5,a0,0x10
800006f2:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
800006f6:	8fd9                	or	a5,a5,a4
800006f8:	00100737          	lui	a4,0x100
800006fc:	c31c                	sw	a5,0(a4)
800006fe:	10500073          	wfi
80000702:	10500073          	wfi
80000706:	bfe5                	j	800006fe <bare_exit+0x14>
80000708:	6795                	lui	a5,0x5
8000070a:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
8000070e:	b7ed                	j	800006f8 <bare_exit+0xe>

80000710 <_exit>:
80000710:	1141                	add	sp,sp,-16
80000712:	c606                	sw	ra,12(sp)
80000714:	3fd9                	jal	800006ea <bare_exit>

80000716 <bare_unexpected_trap>:
80000716:	1141                	add	sp,sp,-16
80000718:	c04a                	sw	s2,0(sp)
8000071a:	892a                	mv	s2,a0
8000071c:	80003537          	lui	a0,0x80003
80000720:	87c50513          	add	a0,a0,-1924 # 8000287c <__text_end+0x114>
80000724:	c606                	sw	ra,12(sp)
80000726:	c422                	sw	s0,8(sp)
80000728:	c226                	sw	s1,4(sp)
8000072a:	8432                	mv	s0,a2
8000072c:	84ae                	mv	s1,a1
8000072e:	3789                	jal	80000670 <bare_puts>
80000730:	854a                	mv	a0,s2
80000732:	3785                	jal	80000692 <bare_put_hex>
80000734:	80003537          	lui	a0,0x80003
80000738:	89450513          	add	a0,a0,-1900 # 80002894 <__text_end+0x12c>
8000073c:	3f15                	jal	80000670 <bare_puts>
8000073e:	8526                	mv	a0,s1
80000740:	3f89                	jal	80000692 <bare_put_hex>
80000742:	80003537          	lui	a0,0x80003
80000746:	89c50513          	add	a0,a0,-1892 # 8000289c <__text_end+0x134>
8000074a:	371d                	jal	80000670 <bare_puts>
8000074c:	8522                	mv	a0,s0
8000074e:	3791                	jal	80000692 <bare_put_hex>
80000750:	10000737          	lui	a4,0x10000
80000754:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000758:	0207f793          	and	a5,a5,32
8000075c:	dfe5                	beqz	a5,80000754 <bare_unexpected_trap+0x3e>
8000075e:	47a9                	li	a5,10
80000760:	00f70023          	sb	a5,0(a4)
80000764:	006337b7          	lui	a5,0x633
80000768:	00100737          	lui	a4,0x100
8000076c:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
80000770:	c31c                	sw	a5,0(a4)
80000772:	10500073          	wfi
80000776:	10500073          	wfi
8000077a:	bfe5                	j	80000772 <bare_unexpected_trap+0x5c>

8000077c <memcpy>:
8000077c:	832a                	mv	t1,a0
8000077e:	ca09                	beqz	a2,80000790 <memcpy+0x14>
80000780:	00058383          	lb	t2,0(a1)
80000784:	00730023          	sb	t2,0(t1)
80000788:	167d                	add	a2,a2,-1
8000078a:	0305                	add	t1,t1,1
8000078c:	0585                	add	a1,a1,1
8000078e:	fa6d                	bnez	a2,80000780 <memcpy+0x4>
80000790:	8082                	ret

80000792 <memset>:
80000792:	832a                	mv	t1,a0
80000794:	c611                	beqz	a2,800007a0 <memset+0xe>
80000796:	00b30023          	sb	a1,0(t1)
8000079a:	167d                	add	a2,a2,-1
8000079c:	0305                	add	t1,t1,1
8000079e:	fe65                	bnez	a2,80000796 <memset+0x4>
800007a0:	8082                	ret

800007a2 <__libc_init_array>:
800007a2:	797012ef          	jal	t0,80002738 <__riscv_save_0>
800007a6:	800034b7          	lui	s1,0x80003
800007aa:	80003437          	lui	s0,0x80003
800007ae:	d9048793          	add	a5,s1,-624 # 80002d90 <__fini_array_end>
800007b2:	d9040413          	add	s0,s0,-624 # 80002d90 <__fini_array_end>
800007b6:	8c1d                	sub	s0,s0,a5
800007b8:	8409                	sra	s0,s0,0x2
800007ba:	d9048493          	add	s1,s1,-624
800007be:	4901                	li	s2,0
800007c0:	02891a63          	bne	s2,s0,800007f4 <__libc_init_array+0x52>
800007c4:	00000793          	li	a5,0
800007c8:	c789                	beqz	a5,800007d2 <__libc_init_array+0x30>
800007ca:	00000097          	auipc	ra,0x0
800007ce:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800007d2:	800034b7          	lui	s1,0x80003
800007d6:	80003437          	lui	s0,0x80003
800007da:	d9048793          	add	a5,s1,-624 # 80002d90 <__fini_array_end>
800007de:	d9040413          	add	s0,s0,-624 # 80002d90 <__fini_array_end>
800007e2:	8c1d                	sub	s0,s0,a5
800007e4:	8409                	sra	s0,s0,0x2
800007e6:	d9048493          	add	s1,s1,-624
800007ea:	4901                	li	s2,0
800007ec:	00891963          	bne	s2,s0,800007fe <__libc_init_array+0x5c>
800007f0:	76d0106f          	j	8000275c <__riscv_restore_0>
800007f4:	409c                	lw	a5,0(s1)
800007f6:	0905                	add	s2,s2,1
800007f8:	0491                	add	s1,s1,4
800007fa:	9782                	jalr	a5
800007fc:	b7d1                	j	800007c0 <__libc_init_array+0x1e>
800007fe:	409c                	lw	a5,0(s1)
80000800:	0905                	add	s2,s2,1
80000802:	0491                	add	s1,s1,4
80000804:	9782                	jalr	a5
80000806:	b7dd                	j	800007ec <__libc_init_array+0x4a>

80000808 <exit>:
80000808:	731012ef          	jal	t0,80002738 <__riscv_save_0>
8000080c:	00000793          	li	a5,0
80000810:	842a                	mv	s0,a0
80000812:	c791                	beqz	a5,8000081e <exit+0x16>
80000814:	4581                	li	a1,0
80000816:	00000097          	auipc	ra,0x0
8000081a:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
8000081e:	796010ef          	jal	80001fb4 <__libc_fini_array>
80000822:	8522                	mv	a0,s0
80000824:	35f5                	jal	80000710 <_exit>

80000826 <printf>:
80000826:	7139                	add	sp,sp,-64
80000828:	da3e                	sw	a5,52(sp)
8000082a:	800037b7          	lui	a5,0x80003
8000082e:	d22e                	sw	a1,36(sp)
80000830:	85aa                	mv	a1,a0
80000832:	d847a503          	lw	a0,-636(a5) # 80002d84 <stdout>
80000836:	d432                	sw	a2,40(sp)
80000838:	1050                	add	a2,sp,36
8000083a:	ce06                	sw	ra,28(sp)
8000083c:	d636                	sw	a3,44(sp)
8000083e:	d83a                	sw	a4,48(sp)
80000840:	dc42                	sw	a6,56(sp)
80000842:	de46                	sw	a7,60(sp)
80000844:	c632                	sw	a2,12(sp)
80000846:	2411                	jal	80000a4a <__d_vfprintf>
80000848:	40f2                	lw	ra,28(sp)
8000084a:	6121                	add	sp,sp,64
8000084c:	8082                	ret

8000084e <__ultoa_invert>:
8000084e:	6c3012ef          	jal	t0,80002710 <__riscv_save_10>
80000852:	2006f793          	and	a5,a3,512
80000856:	89aa                	mv	s3,a0
80000858:	8a2e                	mv	s4,a1
8000085a:	8932                	mv	s2,a2
8000085c:	84b6                	mv	s1,a3
8000085e:	02700b13          	li	s6,39
80000862:	c781                	beqz	a5,8000086a <__ultoa_invert+0x1c>
80000864:	dff6f493          	and	s1,a3,-513
80000868:	4b1d                	li	s6,7
8000086a:	41f4da93          	sra	s5,s1,0x1f
8000086e:	4ca5                	li	s9,9
80000870:	8626                	mv	a2,s1
80000872:	86d6                	mv	a3,s5
80000874:	854e                	mv	a0,s3
80000876:	85d2                	mv	a1,s4
80000878:	369010ef          	jal	800023e0 <__umoddi3>
8000087c:	85d2                	mv	a1,s4
8000087e:	0ff57413          	zext.b	s0,a0
80000882:	8626                	mv	a2,s1
80000884:	854e                	mv	a0,s3
80000886:	86d6                	mv	a3,s5
80000888:	7fa010ef          	jal	80002082 <__udivdi3>
8000088c:	8c4e                	mv	s8,s3
8000088e:	8bd2                	mv	s7,s4
80000890:	89aa                	mv	s3,a0
80000892:	8a2e                	mv	s4,a1
80000894:	008cf563          	bgeu	s9,s0,8000089e <__ultoa_invert+0x50>
80000898:	945a                	add	s0,s0,s6
8000089a:	0ff47413          	zext.b	s0,s0
8000089e:	0905                	add	s2,s2,1
800008a0:	03040413          	add	s0,s0,48
800008a4:	fe890fa3          	sb	s0,-1(s2)
800008a8:	015be663          	bltu	s7,s5,800008b4 <__ultoa_invert+0x66>
800008ac:	fd7a92e3          	bne	s5,s7,80000870 <__ultoa_invert+0x22>
800008b0:	fc9c70e3          	bgeu	s8,s1,80000870 <__ultoa_invert+0x22>
800008b4:	854a                	mv	a0,s2
800008b6:	6930106f          	j	80002748 <__riscv_restore_10>

800008ba <skip_to_arg>:
800008ba:	657012ef          	jal	t0,80002710 <__riscv_save_10>
800008be:	4305                	li	t1,1
800008c0:	02500f13          	li	t5,37
800008c4:	88aa                	mv	a7,a0
800008c6:	00c34463          	blt	t1,a2,800008ce <skip_to_arg+0x14>
800008ca:	67f0106f          	j	80002748 <__riscv_restore_10>
800008ce:	87c6                	mv	a5,a7
800008d0:	88be                	mv	a7,a5
800008d2:	0007c703          	lbu	a4,0(a5)
800008d6:	0785                	add	a5,a5,1
800008d8:	db6d                	beqz	a4,800008ca <skip_to_arg+0x10>
800008da:	ffe71be3          	bne	a4,t5,800008d0 <skip_to_arg+0x16>
800008de:	0007c703          	lbu	a4,0(a5)
800008e2:	0889                	add	a7,a7,2
800008e4:	ffe705e3          	beq	a4,t5,800008ce <skip_to_arg+0x14>
800008e8:	6ecd                	lui	t4,0x13
800008ea:	4681                	li	a3,0
800008ec:	4e01                	li	t3,0
800008ee:	4781                	li	a5,0
800008f0:	42fd                	li	t0,31
800008f2:	06c00f93          	li	t6,108
800008f6:	07400393          	li	t2,116
800008fa:	07a00413          	li	s0,122
800008fe:	06800493          	li	s1,104
80000902:	06a00913          	li	s2,106
80000906:	04c00993          	li	s3,76
8000090a:	4a25                	li	s4,9
8000090c:	02400a93          	li	s5,36
80000910:	07f00b13          	li	s6,127
80000914:	4bc1                	li	s7,16
80000916:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
8000091a:	04f2e263          	bltu	t0,a5,8000095e <skip_to_arg+0xa4>
8000091e:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
80000922:	0ff87813          	zext.b	a6,a6
80000926:	030bf163          	bgeu	s7,a6,80000948 <skip_to_arg+0x8e>
8000092a:	fd070813          	add	a6,a4,-48
8000092e:	0ff87813          	zext.b	a6,a6
80000932:	4c25                	li	s8,9
80000934:	050c6563          	bltu	s8,a6,8000097e <skip_to_arg+0xc4>
80000938:	47a9                	li	a5,10
8000093a:	02f687b3          	mul	a5,a3,a5
8000093e:	00f806b3          	add	a3,a6,a5
80000942:	02000793          	li	a5,32
80000946:	a039                	j	80000954 <skip_to_arg+0x9a>
80000948:	010ed833          	srl	a6,t4,a6
8000094c:	00187813          	and	a6,a6,1
80000950:	00080963          	beqz	a6,80000962 <skip_to_arg+0xa8>
80000954:	0008c703          	lbu	a4,0(a7)
80000958:	0885                	add	a7,a7,1
8000095a:	f361                	bnez	a4,8000091a <skip_to_arg+0x60>
8000095c:	a8b1                	j	800009b8 <skip_to_arg+0xfe>
8000095e:	04fb6363          	bltu	s6,a5,800009a4 <skip_to_arg+0xea>
80000962:	fd070813          	add	a6,a4,-48
80000966:	0ff87813          	zext.b	a6,a6
8000096a:	fd0a77e3          	bgeu	s4,a6,80000938 <skip_to_arg+0x7e>
8000096e:	03571563          	bne	a4,s5,80000998 <skip_to_arg+0xde>
80000972:	0a0e0063          	beqz	t3,80000a12 <skip_to_arg+0x158>
80000976:	0a668063          	beq	a3,t1,80000a16 <skip_to_arg+0x15c>
8000097a:	4681                	li	a3,0
8000097c:	bfe1                	j	80000954 <skip_to_arg+0x9a>
8000097e:	0fb77813          	and	a6,a4,251
80000982:	02a00c13          	li	s8,42
80000986:	ff880ae3          	beq	a6,s8,8000097a <skip_to_arg+0xc0>
8000098a:	06c00813          	li	a6,108
8000098e:	01071d63          	bne	a4,a6,800009a8 <skip_to_arg+0xee>
80000992:	0807e793          	or	a5,a5,128
80000996:	bf7d                	j	80000954 <skip_to_arg+0x9a>
80000998:	0fb77813          	and	a6,a4,251
8000099c:	02a00c13          	li	s8,42
800009a0:	fd880de3          	beq	a6,s8,8000097a <skip_to_arg+0xc0>
800009a4:	05f70663          	beq	a4,t6,800009f0 <skip_to_arg+0x136>
800009a8:	02efef63          	bltu	t6,a4,800009e6 <skip_to_arg+0x12c>
800009ac:	04970863          	beq	a4,s1,800009fc <skip_to_arg+0x142>
800009b0:	05270e63          	beq	a4,s2,80000a0c <skip_to_arg+0x152>
800009b4:	05370c63          	beq	a4,s3,80000a0c <skip_to_arg+0x152>
800009b8:	f00e09e3          	beqz	t3,800008ca <skip_to_arg+0x10>
800009bc:	f06e15e3          	bne	t3,t1,800008c6 <skip_to_arg+0xc>
800009c0:	02076893          	or	a7,a4,32
800009c4:	f9b88813          	add	a6,a7,-101
800009c8:	0ff87813          	zext.b	a6,a6
800009cc:	4e09                	li	t3,2
800009ce:	4194                	lw	a3,0(a1)
800009d0:	010e7663          	bgeu	t3,a6,800009dc <skip_to_arg+0x122>
800009d4:	06100813          	li	a6,97
800009d8:	05089263          	bne	a7,a6,80000a1c <skip_to_arg+0x162>
800009dc:	069d                	add	a3,a3,7
800009de:	9ae1                	and	a3,a3,-8
800009e0:	00868713          	add	a4,a3,8
800009e4:	a091                	j	80000a28 <skip_to_arg+0x16e>
800009e6:	f67707e3          	beq	a4,t2,80000954 <skip_to_arg+0x9a>
800009ea:	f68705e3          	beq	a4,s0,80000954 <skip_to_arg+0x9a>
800009ee:	b7e9                	j	800009b8 <skip_to_arg+0xfe>
800009f0:	0807f713          	and	a4,a5,128
800009f4:	df59                	beqz	a4,80000992 <skip_to_arg+0xd8>
800009f6:	2007e793          	or	a5,a5,512
800009fa:	bf61                	j	80000992 <skip_to_arg+0xd8>
800009fc:	1007f713          	and	a4,a5,256
80000a00:	c319                	beqz	a4,80000a06 <skip_to_arg+0x14c>
80000a02:	2007e793          	or	a5,a5,512
80000a06:	1007e793          	or	a5,a5,256
80000a0a:	b7a9                	j	80000954 <skip_to_arg+0x9a>
80000a0c:	2807e793          	or	a5,a5,640
80000a10:	b791                	j	80000954 <skip_to_arg+0x9a>
80000a12:	8e36                	mv	t3,a3
80000a14:	b79d                	j	8000097a <skip_to_arg+0xc0>
80000a16:	06300713          	li	a4,99
80000a1a:	b75d                	j	800009c0 <skip_to_arg+0x106>
80000a1c:	06300813          	li	a6,99
80000a20:	01071763          	bne	a4,a6,80000a2e <skip_to_arg+0x174>
80000a24:	00468713          	add	a4,a3,4
80000a28:	c198                	sw	a4,0(a1)
80000a2a:	0305                	add	t1,t1,1
80000a2c:	bd61                	j	800008c4 <skip_to_arg+0xa>
80000a2e:	07300813          	li	a6,115
80000a32:	ff0709e3          	beq	a4,a6,80000a24 <skip_to_arg+0x16a>
80000a36:	0807f813          	and	a6,a5,128
80000a3a:	00468713          	add	a4,a3,4
80000a3e:	fe0805e3          	beqz	a6,80000a28 <skip_to_arg+0x16e>
80000a42:	2007f793          	and	a5,a5,512
80000a46:	d3ed                	beqz	a5,80000a28 <skip_to_arg+0x16e>
80000a48:	bf51                	j	800009dc <skip_to_arg+0x122>

80000a4a <__d_vfprintf>:
80000a4a:	4bf012ef          	jal	t0,80002708 <__riscv_save_12>
80000a4e:	00454783          	lbu	a5,4(a0)
80000a52:	7139                	add	sp,sp,-64
80000a54:	c02a                	sw	a0,0(sp)
80000a56:	c42e                	sw	a1,8(sp)
80000a58:	c632                	sw	a2,12(sp)
80000a5a:	8b89                	and	a5,a5,2
80000a5c:	00852a03          	lw	s4,8(a0)
80000a60:	c785                	beqz	a5,80000a88 <__d_vfprintf+0x3e>
80000a62:	d232                	sw	a2,36(sp)
80000a64:	87ae                	mv	a5,a1
80000a66:	4401                	li	s0,0
80000a68:	0007c903          	lbu	s2,0(a5)
80000a6c:	00090f63          	beqz	s2,80000a8a <__d_vfprintf+0x40>
80000a70:	02500713          	li	a4,37
80000a74:	00e90f63          	beq	s2,a4,80000a92 <__d_vfprintf+0x48>
80000a78:	0785                	add	a5,a5,1
80000a7a:	c23e                	sw	a5,4(sp)
80000a7c:	4582                	lw	a1,0(sp)
80000a7e:	854a                	mv	a0,s2
80000a80:	0405                	add	s0,s0,1
80000a82:	9a02                	jalr	s4
80000a84:	280552e3          	bgez	a0,80001508 <__d_vfprintf+0xabe>
80000a88:	547d                	li	s0,-1
80000a8a:	8522                	mv	a0,s0
80000a8c:	6121                	add	sp,sp,64
80000a8e:	4b70106f          	j	80002744 <__riscv_restore_12>
80000a92:	0017c903          	lbu	s2,1(a5)
80000a96:	00278713          	add	a4,a5,2
80000a9a:	c23a                	sw	a4,4(sp)
80000a9c:	02500793          	li	a5,37
80000aa0:	fcf90ee3          	beq	s2,a5,80000a7c <__d_vfprintf+0x32>
80000aa4:	800034b7          	lui	s1,0x80003
80000aa8:	4a81                	li	s5,0
80000aaa:	4d01                	li	s10,0
80000aac:	4b01                	li	s6,0
80000aae:	4d81                	li	s11,0
80000ab0:	06c00993          	li	s3,108
80000ab4:	07400b93          	li	s7,116
80000ab8:	07a00c13          	li	s8,122
80000abc:	06800c93          	li	s9,104
80000ac0:	8b448493          	add	s1,s1,-1868 # 800028b4 <__text_end+0x14c>
80000ac4:	47fd                	li	a5,31
80000ac6:	07b7e163          	bltu	a5,s11,80000b28 <__d_vfprintf+0xde>
80000aca:	fe090793          	add	a5,s2,-32
80000ace:	0ff7f793          	zext.b	a5,a5
80000ad2:	4741                	li	a4,16
80000ad4:	00f76663          	bltu	a4,a5,80000ae0 <__d_vfprintf+0x96>
80000ad8:	078a                	sll	a5,a5,0x2
80000ada:	97a6                	add	a5,a5,s1
80000adc:	439c                	lw	a5,0(a5)
80000ade:	8782                	jr	a5
80000ae0:	fd090793          	add	a5,s2,-48
80000ae4:	0ff7f793          	zext.b	a5,a5
80000ae8:	4725                	li	a4,9
80000aea:	06f76463          	bltu	a4,a5,80000b52 <__d_vfprintf+0x108>
80000aee:	46a9                	li	a3,10
80000af0:	02db06b3          	mul	a3,s6,a3
80000af4:	00f68b33          	add	s6,a3,a5
80000af8:	020ded93          	or	s11,s11,32
80000afc:	a019                	j	80000b02 <__d_vfprintf+0xb8>
80000afe:	001ded93          	or	s11,s11,1
80000b02:	4792                	lw	a5,4(sp)
80000b04:	0007c903          	lbu	s2,0(a5)
80000b08:	0785                	add	a5,a5,1
80000b0a:	c23e                	sw	a5,4(sp)
80000b0c:	fa091ce3          	bnez	s2,80000ac4 <__d_vfprintf+0x7a>
80000b10:	a0dd                	j	80000bf6 <__d_vfprintf+0x1ac>
80000b12:	002ded93          	or	s11,s11,2
80000b16:	004ded93          	or	s11,s11,4
80000b1a:	b7e5                	j	80000b02 <__d_vfprintf+0xb8>
80000b1c:	008ded93          	or	s11,s11,8
80000b20:	b7cd                	j	80000b02 <__d_vfprintf+0xb8>
80000b22:	010ded93          	or	s11,s11,16
80000b26:	bff1                	j	80000b02 <__d_vfprintf+0xb8>
80000b28:	07f00793          	li	a5,127
80000b2c:	0bb7e763          	bltu	a5,s11,80000bda <__d_vfprintf+0x190>
80000b30:	fd090693          	add	a3,s2,-48
80000b34:	0ff6f693          	zext.b	a3,a3
80000b38:	47a5                	li	a5,9
80000b3a:	00d7ec63          	bltu	a5,a3,80000b52 <__d_vfprintf+0x108>
80000b3e:	040df613          	and	a2,s11,64
80000b42:	87b6                	mv	a5,a3
80000b44:	d64d                	beqz	a2,80000aee <__d_vfprintf+0xa4>
80000b46:	47a9                	li	a5,10
80000b48:	02fd07b3          	mul	a5,s10,a5
80000b4c:	00d78d33          	add	s10,a5,a3
80000b50:	bf4d                	j	80000b02 <__d_vfprintf+0xb8>
80000b52:	02a00793          	li	a5,42
80000b56:	02f91663          	bne	s2,a5,80000b82 <__d_vfprintf+0x138>
80000b5a:	fa0a94e3          	bnez	s5,80000b02 <__d_vfprintf+0xb8>
80000b5e:	5692                	lw	a3,36(sp)
80000b60:	040df793          	and	a5,s11,64
80000b64:	00468613          	add	a2,a3,4
80000b68:	4294                	lw	a3,0(a3)
80000b6a:	d232                	sw	a2,36(sp)
80000b6c:	c399                	beqz	a5,80000b72 <__d_vfprintf+0x128>
80000b6e:	8d36                	mv	s10,a3
80000b70:	bf49                	j	80000b02 <__d_vfprintf+0xb8>
80000b72:	8b36                	mv	s6,a3
80000b74:	f806d2e3          	bgez	a3,80000af8 <__d_vfprintf+0xae>
80000b78:	40d00b33          	neg	s6,a3
80000b7c:	028ded93          	or	s11,s11,40
80000b80:	b749                	j	80000b02 <__d_vfprintf+0xb8>
80000b82:	02e00793          	li	a5,46
80000b86:	00f91963          	bne	s2,a5,80000b98 <__d_vfprintf+0x14e>
80000b8a:	040df793          	and	a5,s11,64
80000b8e:	ee079ee3          	bnez	a5,80000a8a <__d_vfprintf+0x40>
80000b92:	040ded93          	or	s11,s11,64
80000b96:	b7b5                	j	80000b02 <__d_vfprintf+0xb8>
80000b98:	02400793          	li	a5,36
80000b9c:	02f91f63          	bne	s2,a5,80000bda <__d_vfprintf+0x190>
80000ba0:	120a8a63          	beqz	s5,80000cd4 <__d_vfprintf+0x28a>
80000ba4:	47b2                	lw	a5,12(sp)
80000ba6:	d23e                	sw	a5,36(sp)
80000ba8:	040df793          	and	a5,s11,64
80000bac:	ef81                	bnez	a5,80000bc4 <__d_vfprintf+0x17a>
80000bae:	4522                	lw	a0,8(sp)
80000bb0:	865a                	mv	a2,s6
80000bb2:	104c                	add	a1,sp,36
80000bb4:	3319                	jal	800008ba <skip_to_arg>
80000bb6:	5792                	lw	a5,36(sp)
80000bb8:	00478693          	add	a3,a5,4
80000bbc:	0007ab03          	lw	s6,0(a5)
80000bc0:	d236                	sw	a3,36(sp)
80000bc2:	b781                	j	80000b02 <__d_vfprintf+0xb8>
80000bc4:	4522                	lw	a0,8(sp)
80000bc6:	866a                	mv	a2,s10
80000bc8:	104c                	add	a1,sp,36
80000bca:	39c5                	jal	800008ba <skip_to_arg>
80000bcc:	5792                	lw	a5,36(sp)
80000bce:	00478693          	add	a3,a5,4
80000bd2:	0007ad03          	lw	s10,0(a5)
80000bd6:	d236                	sw	a3,36(sp)
80000bd8:	b72d                	j	80000b02 <__d_vfprintf+0xb8>
80000bda:	0d390a63          	beq	s2,s3,80000cae <__d_vfprintf+0x264>
80000bde:	0d29e363          	bltu	s3,s2,80000ca4 <__d_vfprintf+0x25a>
80000be2:	0d990e63          	beq	s2,s9,80000cbe <__d_vfprintf+0x274>
80000be6:	06a00793          	li	a5,106
80000bea:	0ef90263          	beq	s2,a5,80000cce <__d_vfprintf+0x284>
80000bee:	04c00793          	li	a5,76
80000bf2:	0cf90e63          	beq	s2,a5,80000cce <__d_vfprintf+0x284>
80000bf6:	000a8863          	beqz	s5,80000c06 <__d_vfprintf+0x1bc>
80000bfa:	47b2                	lw	a5,12(sp)
80000bfc:	4522                	lw	a0,8(sp)
80000bfe:	8656                	mv	a2,s5
80000c00:	104c                	add	a1,sp,36
80000c02:	d23e                	sw	a5,36(sp)
80000c04:	395d                	jal	800008ba <skip_to_arg>
80000c06:	000d5963          	bgez	s10,80000c18 <__d_vfprintf+0x1ce>
80000c0a:	fbfdf813          	and	a6,s11,-65
80000c0e:	01081d93          	sll	s11,a6,0x10
80000c12:	010ddd93          	srl	s11,s11,0x10
80000c16:	4d01                	li	s10,0
80000c18:	02096c93          	or	s9,s2,32
80000c1c:	f9bc8793          	add	a5,s9,-101
80000c20:	0ff7f793          	zext.b	a5,a5
80000c24:	4709                	li	a4,2
80000c26:	0af77d63          	bgeu	a4,a5,80000ce0 <__d_vfprintf+0x296>
80000c2a:	06100793          	li	a5,97
80000c2e:	6afc9163          	bne	s9,a5,800012d0 <__d_vfprintf+0x886>
80000c32:	5792                	lw	a5,36(sp)
80000c34:	6a89                	lui	s5,0x2
80000c36:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
80000c3a:	079d                	add	a5,a5,7
80000c3c:	9be1                	and	a5,a5,-8
80000c3e:	0047ab83          	lw	s7,4(a5)
80000c42:	0007a883          	lw	a7,0(a5)
80000c46:	00878713          	add	a4,a5,8
80000c4a:	414bd993          	sra	s3,s7,0x14
80000c4e:	00cb9c13          	sll	s8,s7,0xc
80000c52:	7ff9f993          	and	s3,s3,2047
80000c56:	00cc5c93          	srl	s9,s8,0xc
80000c5a:	015deab3          	or	s5,s11,s5
80000c5e:	0119e533          	or	a0,s3,a7
80000c62:	fff94913          	not	s2,s2
80000c66:	0ac2                	sll	s5,s5,0x10
80000c68:	d23a                	sw	a4,36(sp)
80000c6a:	019567b3          	or	a5,a0,s9
80000c6e:	02097913          	and	s2,s2,32
80000c72:	010ada93          	srl	s5,s5,0x10
80000c76:	86c6                	mv	a3,a7
80000c78:	8c66                	mv	s8,s9
80000c7a:	040df813          	and	a6,s11,64
80000c7e:	01fbdb93          	srl	s7,s7,0x1f
80000c82:	ebdd                	bnez	a5,80000d38 <__d_vfprintf+0x2ee>
80000c84:	03000793          	li	a5,48
80000c88:	0ffbfb93          	zext.b	s7,s7
80000c8c:	02f106a3          	sb	a5,45(sp)
80000c90:	03710623          	sb	s7,44(sp)
80000c94:	24080d63          	beqz	a6,80000eee <__d_vfprintf+0x4a4>
80000c98:	47b1                	li	a5,12
80000c9a:	4981                	li	s3,0
80000c9c:	0da7d263          	bge	a5,s10,80000d60 <__d_vfprintf+0x316>
80000ca0:	4d35                	li	s10,13
80000ca2:	aa85                	j	80000e12 <__d_vfprintf+0x3c8>
80000ca4:	e5790fe3          	beq	s2,s7,80000b02 <__d_vfprintf+0xb8>
80000ca8:	e5890de3          	beq	s2,s8,80000b02 <__d_vfprintf+0xb8>
80000cac:	b7a9                	j	80000bf6 <__d_vfprintf+0x1ac>
80000cae:	080df793          	and	a5,s11,128
80000cb2:	c399                	beqz	a5,80000cb8 <__d_vfprintf+0x26e>
80000cb4:	200ded93          	or	s11,s11,512
80000cb8:	080ded93          	or	s11,s11,128
80000cbc:	b599                	j	80000b02 <__d_vfprintf+0xb8>
80000cbe:	100df793          	and	a5,s11,256
80000cc2:	c399                	beqz	a5,80000cc8 <__d_vfprintf+0x27e>
80000cc4:	200ded93          	or	s11,s11,512
80000cc8:	100ded93          	or	s11,s11,256
80000ccc:	bd1d                	j	80000b02 <__d_vfprintf+0xb8>
80000cce:	280ded93          	or	s11,s11,640
80000cd2:	bd05                	j	80000b02 <__d_vfprintf+0xb8>
80000cd4:	875a                	mv	a4,s6
80000cd6:	4d01                	li	s10,0
80000cd8:	4b01                	li	s6,0
80000cda:	8aba                	mv	s5,a4
80000cdc:	4d81                	li	s11,0
80000cde:	b515                	j	80000b02 <__d_vfprintf+0xb8>
80000ce0:	5792                	lw	a5,36(sp)
80000ce2:	fff94913          	not	s2,s2
80000ce6:	02097913          	and	s2,s2,32
80000cea:	079d                	add	a5,a5,7
80000cec:	9be1                	and	a5,a5,-8
80000cee:	00878713          	add	a4,a5,8
80000cf2:	4388                	lw	a0,0(a5)
80000cf4:	43cc                	lw	a1,4(a5)
80000cf6:	d23a                	sw	a4,36(sp)
80000cf8:	040df793          	and	a5,s11,64
80000cfc:	20078d63          	beqz	a5,80000f16 <__d_vfprintf+0x4cc>
80000d00:	06500793          	li	a5,101
80000d04:	20fc9b63          	bne	s9,a5,80000f1a <__d_vfprintf+0x4d0>
80000d08:	6785                	lui	a5,0x1
80000d0a:	001d0613          	add	a2,s10,1
80000d0e:	00fdedb3          	or	s11,s11,a5
80000d12:	0ff67613          	zext.b	a2,a2
80000d16:	4701                	li	a4,0
80000d18:	4781                	li	a5,0
80000d1a:	4345                	li	t1,17
80000d1c:	0ff67693          	zext.b	a3,a2
80000d20:	00c37363          	bgeu	t1,a2,80000d26 <__d_vfprintf+0x2dc>
80000d24:	46c5                	li	a3,17
80000d26:	1030                	add	a2,sp,40
80000d28:	317000ef          	jal	8000183e <__dtoa_engine>
80000d2c:	0ff57b93          	zext.b	s7,a0
80000d30:	59a2                	lw	s3,40(sp)
80000d32:	8aee                	mv	s5,s11
80000d34:	4c09                	li	s8,2
80000d36:	aa01                	j	80000e46 <__d_vfprintf+0x3fc>
80000d38:	03100793          	li	a5,49
80000d3c:	00099563          	bnez	s3,80000d46 <__d_vfprintf+0x2fc>
80000d40:	03000793          	li	a5,48
80000d44:	4985                	li	s3,1
80000d46:	0ffbfb93          	zext.b	s7,s7
80000d4a:	02f106a3          	sb	a5,45(sp)
80000d4e:	03710623          	sb	s7,44(sp)
80000d52:	c0198993          	add	s3,s3,-1023
80000d56:	18080363          	beqz	a6,80000edc <__d_vfprintf+0x492>
80000d5a:	47b1                	li	a5,12
80000d5c:	19a7c263          	blt	a5,s10,80000ee0 <__d_vfprintf+0x496>
80000d60:	4335                	li	t1,13
80000d62:	41a30333          	sub	t1,t1,s10
80000d66:	00231d93          	sll	s11,t1,0x2
80000d6a:	fffd8613          	add	a2,s11,-1 # ffff <__stack_size-0x1>
80000d6e:	4505                	li	a0,1
80000d70:	4581                	li	a1,0
80000d72:	ca46                	sw	a7,20(sp)
80000d74:	c836                	sw	a3,16(sp)
80000d76:	2ba010ef          	jal	80002030 <__ashldi3>
80000d7a:	84aa                	mv	s1,a0
80000d7c:	872e                	mv	a4,a1
80000d7e:	00171793          	sll	a5,a4,0x1
80000d82:	85aa                	mv	a1,a0
80000d84:	01f4d513          	srl	a0,s1,0x1f
80000d88:	00149e13          	sll	t3,s1,0x1
80000d8c:	8fc9                	or	a5,a5,a0
80000d8e:	40f00c33          	neg	s8,a5
80000d92:	01c03533          	snez	a0,t3
80000d96:	48d2                	lw	a7,20(sp)
80000d98:	41c00833          	neg	a6,t3
80000d9c:	40ac0c33          	sub	s8,s8,a0
80000da0:	fffe0513          	add	a0,t3,-1 # ffff <__stack_size-0x1>
80000da4:	001e3e13          	seqz	t3,t3
80000da8:	41c787b3          	sub	a5,a5,t3
80000dac:	0197f7b3          	and	a5,a5,s9
80000db0:	01157533          	and	a0,a0,a7
80000db4:	02f74663          	blt	a4,a5,80000de0 <__d_vfprintf+0x396>
80000db8:	46c2                	lw	a3,16(sp)
80000dba:	00e79463          	bne	a5,a4,80000dc2 <__d_vfprintf+0x378>
80000dbe:	02a5e163          	bltu	a1,a0,80000de0 <__d_vfprintf+0x396>
80000dc2:	8546                	mv	a0,a7
80000dc4:	866e                	mv	a2,s11
80000dc6:	85e6                	mv	a1,s9
80000dc8:	ce3a                	sw	a4,28(sp)
80000dca:	cc42                	sw	a6,24(sp)
80000dcc:	ca36                	sw	a3,20(sp)
80000dce:	c846                	sw	a7,16(sp)
80000dd0:	288010ef          	jal	80002058 <__ashrdi3>
80000dd4:	8905                	and	a0,a0,1
80000dd6:	48c2                	lw	a7,16(sp)
80000dd8:	46d2                	lw	a3,20(sp)
80000dda:	4862                	lw	a6,24(sp)
80000ddc:	4772                	lw	a4,28(sp)
80000dde:	c94d                	beqz	a0,80000e90 <__d_vfprintf+0x446>
80000de0:	00988533          	add	a0,a7,s1
80000de4:	01153db3          	sltu	s11,a0,a7
80000de8:	9766                	add	a4,a4,s9
80000dea:	00ed8cb3          	add	s9,s11,a4
80000dee:	001007b7          	lui	a5,0x100
80000df2:	86aa                	mv	a3,a0
80000df4:	08fcce63          	blt	s9,a5,80000e90 <__d_vfprintf+0x446>
80000df8:	02d14783          	lbu	a5,45(sp)
80000dfc:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000dfe:	02f106a3          	sb	a5,45(sp)
80000e02:	40000793          	li	a5,1024
80000e06:	0af98163          	beq	s3,a5,80000ea8 <__d_vfprintf+0x45e>
80000e0a:	00a87533          	and	a0,a6,a0
80000e0e:	019c7c33          	and	s8,s8,s9
80000e12:	05700613          	li	a2,87
80000e16:	1034                	add	a3,sp,40
80000e18:	4735                	li	a4,13
80000e1a:	45a5                	li	a1,9
80000e1c:	41260633          	sub	a2,a2,s2
80000e20:	01cc1813          	sll	a6,s8,0x1c
80000e24:	00f57793          	and	a5,a0,15
80000e28:	8111                	srl	a0,a0,0x4
80000e2a:	00a86533          	or	a0,a6,a0
80000e2e:	404c5c13          	sra	s8,s8,0x4
80000e32:	e7e1                	bnez	a5,80000efa <__d_vfprintf+0x4b0>
80000e34:	0ced5563          	bge	s10,a4,80000efe <__d_vfprintf+0x4b4>
80000e38:	177d                	add	a4,a4,-1
80000e3a:	16fd                	add	a3,a3,-1
80000e3c:	f375                	bnez	a4,80000e20 <__d_vfprintf+0x3d6>
80000e3e:	4c05                	li	s8,1
80000e40:	4bb9                	li	s7,14
80000e42:	07000c93          	li	s9,112
80000e46:	00998713          	add	a4,s3,9
80000e4a:	46c9                	li	a3,18
80000e4c:	87ce                	mv	a5,s3
80000e4e:	06e6e863          	bltu	a3,a4,80000ebe <__d_vfprintf+0x474>
80000e52:	02c14703          	lbu	a4,44(sp)
80000e56:	00177d93          	and	s11,a4,1
80000e5a:	8b31                	and	a4,a4,12
80000e5c:	120d9a63          	bnez	s11,80000f90 <__d_vfprintf+0x546>
80000e60:	002af793          	and	a5,s5,2
80000e64:	12079263          	bnez	a5,80000f88 <__d_vfprintf+0x53e>
80000e68:	004af793          	and	a5,s5,4
80000e6c:	cfe9                	beqz	a5,80000f46 <__d_vfprintf+0x4fc>
80000e6e:	12071563          	bnez	a4,80000f98 <__d_vfprintf+0x54e>
80000e72:	02000713          	li	a4,32
80000e76:	678d                	lui	a5,0x3
80000e78:	00faf7b3          	and	a5,s5,a5
80000e7c:	1c079363          	bnez	a5,80001042 <__d_vfprintf+0x5f8>
80000e80:	000d1363          	bnez	s10,80000e86 <__d_vfprintf+0x43c>
80000e84:	4d05                	li	s10,1
80000e86:	103c                	add	a5,sp,40
80000e88:	97de                	add	a5,a5,s7
80000e8a:	03000693          	li	a3,48
80000e8e:	aa9d                	j	80001004 <__d_vfprintf+0x5ba>
80000e90:	0106f6b3          	and	a3,a3,a6
80000e94:	018cfcb3          	and	s9,s9,s8
80000e98:	40000793          	li	a5,1024
80000e9c:	04f99c63          	bne	s3,a5,80000ef4 <__d_vfprintf+0x4aa>
80000ea0:	0196ecb3          	or	s9,a3,s9
80000ea4:	040c8063          	beqz	s9,80000ee4 <__d_vfprintf+0x49a>
80000ea8:	008beb93          	or	s7,s7,8
80000eac:	03710623          	sb	s7,44(sp)
80000eb0:	40000993          	li	s3,1024
80000eb4:	4bb9                	li	s7,14
80000eb6:	07000c93          	li	s9,112
80000eba:	40000793          	li	a5,1024
80000ebe:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000ec2:	0c600693          	li	a3,198
80000ec6:	4c09                	li	s8,2
80000ec8:	f8e6f5e3          	bgeu	a3,a4,80000e52 <__d_vfprintf+0x408>
80000ecc:	3e778793          	add	a5,a5,999
80000ed0:	7ce00c13          	li	s8,1998
80000ed4:	00fc3c33          	sltu	s8,s8,a5
80000ed8:	0c0d                	add	s8,s8,3
80000eda:	bfa5                	j	80000e52 <__d_vfprintf+0x408>
80000edc:	4d01                	li	s10,0
80000ede:	bf6d                	j	80000e98 <__d_vfprintf+0x44e>
80000ee0:	4d35                	li	s10,13
80000ee2:	bf5d                	j	80000e98 <__d_vfprintf+0x44e>
80000ee4:	004beb93          	or	s7,s7,4
80000ee8:	03710623          	sb	s7,44(sp)
80000eec:	b7e1                	j	80000eb4 <__d_vfprintf+0x46a>
80000eee:	4981                	li	s3,0
80000ef0:	4d01                	li	s10,0
80000ef2:	b705                	j	80000e12 <__d_vfprintf+0x3c8>
80000ef4:	8536                	mv	a0,a3
80000ef6:	8c66                	mv	s8,s9
80000ef8:	bf29                	j	80000e12 <__d_vfprintf+0x3c8>
80000efa:	00f5ea63          	bltu	a1,a5,80000f0e <__d_vfprintf+0x4c4>
80000efe:	03078793          	add	a5,a5,48
80000f02:	00f68923          	sb	a5,18(a3)
80000f06:	f2ed59e3          	bge	s10,a4,80000e38 <__d_vfprintf+0x3ee>
80000f0a:	8d3a                	mv	s10,a4
80000f0c:	b735                	j	80000e38 <__d_vfprintf+0x3ee>
80000f0e:	97b2                	add	a5,a5,a2
80000f10:	0ff7f793          	zext.b	a5,a5
80000f14:	b7fd                	j	80000f02 <__d_vfprintf+0x4b8>
80000f16:	4d19                	li	s10,6
80000f18:	b3e5                	j	80000d00 <__d_vfprintf+0x2b6>
80000f1a:	06600793          	li	a5,102
80000f1e:	00fc9963          	bne	s9,a5,80000f30 <__d_vfprintf+0x4e6>
80000f22:	6789                	lui	a5,0x2
80000f24:	00fdedb3          	or	s11,s11,a5
80000f28:	4705                	li	a4,1
80000f2a:	87ea                	mv	a5,s10
80000f2c:	4645                	li	a2,17
80000f2e:	b3f5                	j	80000d1a <__d_vfprintf+0x2d0>
80000f30:	0ffd7793          	zext.b	a5,s10
80000f34:	0ffd7613          	zext.b	a2,s10
80000f38:	e391                	bnez	a5,80000f3c <__d_vfprintf+0x4f2>
80000f3a:	4605                	li	a2,1
80000f3c:	4701                	li	a4,0
80000f3e:	4781                	li	a5,0
80000f40:	06500c93          	li	s9,101
80000f44:	bbd9                	j	80000d1a <__d_vfprintf+0x2d0>
80000f46:	db05                	beqz	a4,80000e76 <__d_vfprintf+0x42c>
80000f48:	478d                	li	a5,3
80000f4a:	0967d163          	bge	a5,s6,80000fcc <__d_vfprintf+0x582>
80000f4e:	008afa93          	and	s5,s5,8
80000f52:	ffdb0493          	add	s1,s6,-3
80000f56:	000a9f63          	bnez	s5,80000f74 <__d_vfprintf+0x52a>
80000f5a:	94a2                	add	s1,s1,s0
80000f5c:	4582                	lw	a1,0(sp)
80000f5e:	02000513          	li	a0,32
80000f62:	0405                	add	s0,s0,1
80000f64:	9a02                	jalr	s4
80000f66:	b20541e3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80000f6a:	fe8499e3          	bne	s1,s0,80000f5c <__d_vfprintf+0x512>
80000f6e:	4481                	li	s1,0
80000f70:	020d9f63          	bnez	s11,80000fae <__d_vfprintf+0x564>
80000f74:	02c14783          	lbu	a5,44(sp)
80000f78:	8ba1                	and	a5,a5,8
80000f7a:	efad                	bnez	a5,80000ff4 <__d_vfprintf+0x5aa>
80000f7c:	800039b7          	lui	s3,0x80003
80000f80:	8a498993          	add	s3,s3,-1884 # 800028a4 <__text_end+0x13c>
80000f84:	8c22                	mv	s8,s0
80000f86:	a8b1                	j	80000fe2 <__d_vfprintf+0x598>
80000f88:	eb15                	bnez	a4,80000fbc <__d_vfprintf+0x572>
80000f8a:	02b00713          	li	a4,43
80000f8e:	b5e5                	j	80000e76 <__d_vfprintf+0x42c>
80000f90:	eb0d                	bnez	a4,80000fc2 <__d_vfprintf+0x578>
80000f92:	02d00713          	li	a4,45
80000f96:	b5c5                	j	80000e76 <__d_vfprintf+0x42c>
80000f98:	02000d93          	li	s11,32
80000f9c:	4791                	li	a5,4
80000f9e:	0367d563          	bge	a5,s6,80000fc8 <__d_vfprintf+0x57e>
80000fa2:	008afa93          	and	s5,s5,8
80000fa6:	ffcb0493          	add	s1,s6,-4
80000faa:	fa0a88e3          	beqz	s5,80000f5a <__d_vfprintf+0x510>
80000fae:	4582                	lw	a1,0(sp)
80000fb0:	856e                	mv	a0,s11
80000fb2:	0405                	add	s0,s0,1
80000fb4:	9a02                	jalr	s4
80000fb6:	fa055fe3          	bgez	a0,80000f74 <__d_vfprintf+0x52a>
80000fba:	b4f9                	j	80000a88 <__d_vfprintf+0x3e>
80000fbc:	02b00d93          	li	s11,43
80000fc0:	bff1                	j	80000f9c <__d_vfprintf+0x552>
80000fc2:	02d00d93          	li	s11,45
80000fc6:	bfd9                	j	80000f9c <__d_vfprintf+0x552>
80000fc8:	4481                	li	s1,0
80000fca:	b7d5                	j	80000fae <__d_vfprintf+0x564>
80000fcc:	4481                	li	s1,0
80000fce:	b75d                	j	80000f74 <__d_vfprintf+0x52a>
80000fd0:	4582                	lw	a1,0(sp)
80000fd2:	41250533          	sub	a0,a0,s2
80000fd6:	0ff57513          	zext.b	a0,a0
80000fda:	0c05                	add	s8,s8,1
80000fdc:	9a02                	jalr	s4
80000fde:	aa0545e3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80000fe2:	408c07b3          	sub	a5,s8,s0
80000fe6:	97ce                	add	a5,a5,s3
80000fe8:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000fec:	f175                	bnez	a0,80000fd0 <__d_vfprintf+0x586>
80000fee:	8462                	mv	s0,s8
80000ff0:	94e2                	add	s1,s1,s8
80000ff2:	a515                	j	80001616 <__d_vfprintf+0xbcc>
80000ff4:	800039b7          	lui	s3,0x80003
80000ff8:	8a898993          	add	s3,s3,-1880 # 800028a8 <__text_end+0x140>
80000ffc:	b761                	j	80000f84 <__d_vfprintf+0x53a>
80000ffe:	1bfd                	add	s7,s7,-1
80001000:	0ffbfb93          	zext.b	s7,s7
80001004:	000b8763          	beqz	s7,80001012 <__d_vfprintf+0x5c8>
80001008:	0047c603          	lbu	a2,4(a5)
8000100c:	17fd                	add	a5,a5,-1
8000100e:	fed608e3          	beq	a2,a3,80000ffe <__d_vfprintf+0x5b4>
80001012:	010af693          	and	a3,s5,16
80001016:	87ea                	mv	a5,s10
80001018:	e291                	bnez	a3,8000101c <__d_vfprintf+0x5d2>
8000101a:	87de                	mv	a5,s7
8000101c:	56f1                	li	a3,-4
8000101e:	0ed9cc63          	blt	s3,a3,80001116 <__d_vfprintf+0x6cc>
80001022:	0fa9da63          	bge	s3,s10,80001116 <__d_vfprintf+0x6cc>
80001026:	6689                	lui	a3,0x2
80001028:	00dae6b3          	or	a3,s5,a3
8000102c:	01069a93          	sll	s5,a3,0x10
80001030:	010ada93          	srl	s5,s5,0x10
80001034:	4d01                	li	s10,0
80001036:	00f9d663          	bge	s3,a5,80001042 <__d_vfprintf+0x5f8>
8000103a:	00198893          	add	a7,s3,1
8000103e:	41178d33          	sub	s10,a5,a7
80001042:	6d89                	lui	s11,0x2
80001044:	01bafdb3          	and	s11,s5,s11
80001048:	0c0d8a63          	beqz	s11,8000111c <__d_vfprintf+0x6d2>
8000104c:	87ce                	mv	a5,s3
8000104e:	0009d363          	bgez	s3,80001054 <__d_vfprintf+0x60a>
80001052:	4781                	li	a5,0
80001054:	0785                	add	a5,a5,1
80001056:	c311                	beqz	a4,8000105a <__d_vfprintf+0x610>
80001058:	0785                	add	a5,a5,1
8000105a:	0c0d0963          	beqz	s10,8000112c <__d_vfprintf+0x6e2>
8000105e:	001d0693          	add	a3,s10,1
80001062:	97b6                	add	a5,a5,a3
80001064:	4481                	li	s1,0
80001066:	0167d463          	bge	a5,s6,8000106e <__d_vfprintf+0x624>
8000106a:	40fb04b3          	sub	s1,s6,a5
8000106e:	009af793          	and	a5,s5,9
80001072:	e789                	bnez	a5,8000107c <__d_vfprintf+0x632>
80001074:	94a2                	add	s1,s1,s0
80001076:	0c849063          	bne	s1,s0,80001136 <__d_vfprintf+0x6ec>
8000107a:	4481                	li	s1,0
8000107c:	c719                	beqz	a4,8000108a <__d_vfprintf+0x640>
8000107e:	4582                	lw	a1,0(sp)
80001080:	853a                	mv	a0,a4
80001082:	0405                	add	s0,s0,1
80001084:	9a02                	jalr	s4
80001086:	a00541e3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
8000108a:	00bad793          	srl	a5,s5,0xb
8000108e:	8b85                	and	a5,a5,1
80001090:	c395                	beqz	a5,800010b4 <__d_vfprintf+0x66a>
80001092:	4582                	lw	a1,0(sp)
80001094:	03000513          	li	a0,48
80001098:	9a02                	jalr	s4
8000109a:	9e0547e3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
8000109e:	07800513          	li	a0,120
800010a2:	4582                	lw	a1,0(sp)
800010a4:	41250533          	sub	a0,a0,s2
800010a8:	0f857513          	and	a0,a0,248
800010ac:	0409                	add	s0,s0,2
800010ae:	9a02                	jalr	s4
800010b0:	9c054ce3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
800010b4:	008af793          	and	a5,s5,8
800010b8:	e791                	bnez	a5,800010c4 <__d_vfprintf+0x67a>
800010ba:	8b22                	mv	s6,s0
800010bc:	9426                	add	s0,s0,s1
800010be:	09641663          	bne	s0,s6,8000114a <__d_vfprintf+0x700>
800010c2:	4481                	li	s1,0
800010c4:	0c0d8f63          	beqz	s11,800011a2 <__d_vfprintf+0x758>
800010c8:	8cce                	mv	s9,s3
800010ca:	0009d363          	bgez	s3,800010d0 <__d_vfprintf+0x686>
800010ce:	4c81                	li	s9,0
800010d0:	41998db3          	sub	s11,s3,s9
800010d4:	41a00d33          	neg	s10,s10
800010d8:	5b7d                	li	s6,-1
800010da:	03000513          	li	a0,48
800010de:	017df663          	bgeu	s11,s7,800010ea <__d_vfprintf+0x6a0>
800010e2:	103c                	add	a5,sp,40
800010e4:	97ee                	add	a5,a5,s11
800010e6:	0057c503          	lbu	a0,5(a5)
800010ea:	1cfd                	add	s9,s9,-1
800010ec:	00140c13          	add	s8,s0,1
800010f0:	07acc563          	blt	s9,s10,8000115a <__d_vfprintf+0x710>
800010f4:	4582                	lw	a1,0(sp)
800010f6:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
800010f8:	9a02                	jalr	s4
800010fa:	980547e3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
800010fe:	016c9a63          	bne	s9,s6,80001112 <__d_vfprintf+0x6c8>
80001102:	4582                	lw	a1,0(sp)
80001104:	02e00513          	li	a0,46
80001108:	9a02                	jalr	s4
8000110a:	96054fe3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
8000110e:	00240c13          	add	s8,s0,2
80001112:	8462                	mv	s0,s8
80001114:	b7d9                	j	800010da <__d_vfprintf+0x690>
80001116:	fff78d13          	add	s10,a5,-1
8000111a:	b725                	j	80001042 <__d_vfprintf+0x5f8>
8000111c:	00bad693          	srl	a3,s5,0xb
80001120:	8a85                	and	a3,a3,1
80001122:	478d                	li	a5,3
80001124:	c291                	beqz	a3,80001128 <__d_vfprintf+0x6de>
80001126:	4795                	li	a5,5
80001128:	97e2                	add	a5,a5,s8
8000112a:	b735                	j	80001056 <__d_vfprintf+0x60c>
8000112c:	010af693          	and	a3,s5,16
80001130:	da95                	beqz	a3,80001064 <__d_vfprintf+0x61a>
80001132:	0785                	add	a5,a5,1
80001134:	bf05                	j	80001064 <__d_vfprintf+0x61a>
80001136:	4582                	lw	a1,0(sp)
80001138:	02000513          	li	a0,32
8000113c:	c83a                	sw	a4,16(sp)
8000113e:	9a02                	jalr	s4
80001140:	4742                	lw	a4,16(sp)
80001142:	0405                	add	s0,s0,1
80001144:	f20559e3          	bgez	a0,80001076 <__d_vfprintf+0x62c>
80001148:	b281                	j	80000a88 <__d_vfprintf+0x3e>
8000114a:	4582                	lw	a1,0(sp)
8000114c:	03000513          	li	a0,48
80001150:	0b05                	add	s6,s6,1
80001152:	9a02                	jalr	s4
80001154:	f60555e3          	bgez	a0,800010be <__d_vfprintf+0x674>
80001158:	ba05                	j	80000a88 <__d_vfprintf+0x3e>
8000115a:	033c9063          	bne	s9,s3,8000117a <__d_vfprintf+0x730>
8000115e:	02d14703          	lbu	a4,45(sp)
80001162:	03500793          	li	a5,53
80001166:	00e7e863          	bltu	a5,a4,80001176 <__d_vfprintf+0x72c>
8000116a:	00f71863          	bne	a4,a5,8000117a <__d_vfprintf+0x730>
8000116e:	02c14783          	lbu	a5,44(sp)
80001172:	8bc1                	and	a5,a5,16
80001174:	e399                	bnez	a5,8000117a <__d_vfprintf+0x730>
80001176:	03100513          	li	a0,49
8000117a:	4582                	lw	a1,0(sp)
8000117c:	9a02                	jalr	s4
8000117e:	900545e3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001182:	010afa93          	and	s5,s5,16
80001186:	e60a84e3          	beqz	s5,80000fee <__d_vfprintf+0x5a4>
8000118a:	57fd                	li	a5,-1
8000118c:	e6fc91e3          	bne	s9,a5,80000fee <__d_vfprintf+0x5a4>
80001190:	4582                	lw	a1,0(sp)
80001192:	00240c13          	add	s8,s0,2
80001196:	02e00513          	li	a0,46
8000119a:	9a02                	jalr	s4
8000119c:	e40559e3          	bgez	a0,80000fee <__d_vfprintf+0x5a4>
800011a0:	b0e5                	j	80000a88 <__d_vfprintf+0x3e>
800011a2:	02d14503          	lbu	a0,45(sp)
800011a6:	03100793          	li	a5,49
800011aa:	00f50763          	beq	a0,a5,800011b8 <__d_vfprintf+0x76e>
800011ae:	02c14783          	lbu	a5,44(sp)
800011b2:	9bbd                	and	a5,a5,-17
800011b4:	02f10623          	sb	a5,44(sp)
800011b8:	4582                	lw	a1,0(sp)
800011ba:	9a02                	jalr	s4
800011bc:	8c0546e3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
800011c0:	0da05a63          	blez	s10,80001294 <__d_vfprintf+0x84a>
800011c4:	4582                	lw	a1,0(sp)
800011c6:	02e00513          	li	a0,46
800011ca:	0409                	add	s0,s0,2
800011cc:	9a02                	jalr	s4
800011ce:	8a054de3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
800011d2:	4a85                	li	s5,1
800011d4:	4785                	li	a5,1
800011d6:	0405                	add	s0,s0,1
800011d8:	03000513          	li	a0,48
800011dc:	017af863          	bgeu	s5,s7,800011ec <__d_vfprintf+0x7a2>
800011e0:	02078793          	add	a5,a5,32
800011e4:	1018                	add	a4,sp,32
800011e6:	97ba                	add	a5,a5,a4
800011e8:	fed7c503          	lbu	a0,-19(a5)
800011ec:	4582                	lw	a1,0(sp)
800011ee:	9a02                	jalr	s4
800011f0:	88054ce3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
800011f4:	0a85                	add	s5,s5,1
800011f6:	0ffafa93          	zext.b	s5,s5
800011fa:	87d6                	mv	a5,s5
800011fc:	fd5d5de3          	bge	s10,s5,800011d6 <__d_vfprintf+0x78c>
80001200:	4582                	lw	a1,0(sp)
80001202:	412c8533          	sub	a0,s9,s2
80001206:	0ff57513          	zext.b	a0,a0
8000120a:	9a02                	jalr	s4
8000120c:	86054ee3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001210:	0009ca63          	bltz	s3,80001224 <__d_vfprintf+0x7da>
80001214:	02b00513          	li	a0,43
80001218:	00099a63          	bnez	s3,8000122c <__d_vfprintf+0x7e2>
8000121c:	02c14783          	lbu	a5,44(sp)
80001220:	8bc1                	and	a5,a5,16
80001222:	c789                	beqz	a5,8000122c <__d_vfprintf+0x7e2>
80001224:	413009b3          	neg	s3,s3
80001228:	02d00513          	li	a0,45
8000122c:	4582                	lw	a1,0(sp)
8000122e:	9a02                	jalr	s4
80001230:	84054ce3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001234:	4791                	li	a5,4
80001236:	06fc1e63          	bne	s8,a5,800012b2 <__d_vfprintf+0x868>
8000123a:	3e800913          	li	s2,1000
8000123e:	0329c533          	div	a0,s3,s2
80001242:	4582                	lw	a1,0(sp)
80001244:	040d                	add	s0,s0,3
80001246:	03050513          	add	a0,a0,48
8000124a:	0ff57513          	zext.b	a0,a0
8000124e:	9a02                	jalr	s4
80001250:	82054ce3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001254:	0329e9b3          	rem	s3,s3,s2
80001258:	06400913          	li	s2,100
8000125c:	4582                	lw	a1,0(sp)
8000125e:	0405                	add	s0,s0,1
80001260:	0329c533          	div	a0,s3,s2
80001264:	03050513          	add	a0,a0,48
80001268:	0ff57513          	zext.b	a0,a0
8000126c:	9a02                	jalr	s4
8000126e:	80054de3          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001272:	0329e9b3          	rem	s3,s3,s2
80001276:	4929                	li	s2,10
80001278:	4582                	lw	a1,0(sp)
8000127a:	0405                	add	s0,s0,1
8000127c:	0329c533          	div	a0,s3,s2
80001280:	03050513          	add	a0,a0,48
80001284:	0ff57513          	zext.b	a0,a0
80001288:	9a02                	jalr	s4
8000128a:	fe054f63          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
8000128e:	0329e9b3          	rem	s3,s3,s2
80001292:	a03d                	j	800012c0 <__d_vfprintf+0x876>
80001294:	010afa93          	and	s5,s5,16
80001298:	000a9463          	bnez	s5,800012a0 <__d_vfprintf+0x856>
8000129c:	0405                	add	s0,s0,1
8000129e:	b78d                	j	80001200 <__d_vfprintf+0x7b6>
800012a0:	4582                	lw	a1,0(sp)
800012a2:	02e00513          	li	a0,46
800012a6:	0409                	add	s0,s0,2
800012a8:	9a02                	jalr	s4
800012aa:	f4055be3          	bgez	a0,80001200 <__d_vfprintf+0x7b6>
800012ae:	fdaff06f          	j	80000a88 <__d_vfprintf+0x3e>
800012b2:	478d                	li	a5,3
800012b4:	0409                	add	s0,s0,2
800012b6:	fafc01e3          	beq	s8,a5,80001258 <__d_vfprintf+0x80e>
800012ba:	4785                	li	a5,1
800012bc:	fafc1de3          	bne	s8,a5,80001276 <__d_vfprintf+0x82c>
800012c0:	03098513          	add	a0,s3,48
800012c4:	4582                	lw	a1,0(sp)
800012c6:	00140c13          	add	s8,s0,1
800012ca:	0ff57513          	zext.b	a0,a0
800012ce:	b5f1                	j	8000119a <__d_vfprintf+0x750>
800012d0:	f9d90793          	add	a5,s2,-99
800012d4:	0ff7f793          	zext.b	a5,a5
800012d8:	4749                	li	a4,18
800012da:	1ef76f63          	bltu	a4,a5,800014d8 <__d_vfprintf+0xa8e>
800012de:	80003737          	lui	a4,0x80003
800012e2:	078a                	sll	a5,a5,0x2
800012e4:	8f870713          	add	a4,a4,-1800 # 800028f8 <__text_end+0x190>
800012e8:	97ba                	add	a5,a5,a4
800012ea:	439c                	lw	a5,0(a5)
800012ec:	8782                	jr	a5
800012ee:	5792                	lw	a5,36(sp)
800012f0:	4485                	li	s1,1
800012f2:	02810993          	add	s3,sp,40
800012f6:	00478713          	add	a4,a5,4
800012fa:	439c                	lw	a5,0(a5)
800012fc:	d23a                	sw	a4,36(sp)
800012fe:	02f10423          	sb	a5,40(sp)
80001302:	008df813          	and	a6,s11,8
80001306:	04080e63          	beqz	a6,80001362 <__d_vfprintf+0x918>
8000130a:	4901                	li	s2,0
8000130c:	05249d63          	bne	s1,s2,80001366 <__d_vfprintf+0x91c>
80001310:	00940c33          	add	s8,s0,s1
80001314:	409b04b3          	sub	s1,s6,s1
80001318:	b9d9                	j	80000fee <__d_vfprintf+0x5a4>
8000131a:	5792                	lw	a5,36(sp)
8000131c:	00478713          	add	a4,a5,4
80001320:	d23a                	sw	a4,36(sp)
80001322:	0007a983          	lw	s3,0(a5)
80001326:	00099663          	bnez	s3,80001332 <__d_vfprintf+0x8e8>
8000132a:	800039b7          	lui	s3,0x80003
8000132e:	8ac98993          	add	s3,s3,-1876 # 800028ac <__text_end+0x144>
80001332:	040df793          	and	a5,s11,64
80001336:	55fd                	li	a1,-1
80001338:	c391                	beqz	a5,8000133c <__d_vfprintf+0x8f2>
8000133a:	85ea                	mv	a1,s10
8000133c:	854e                	mv	a0,s3
8000133e:	4b3000ef          	jal	80001ff0 <strnlen>
80001342:	84aa                	mv	s1,a0
80001344:	bf7d                	j	80001302 <__d_vfprintf+0x8b8>
80001346:	4582                	lw	a1,0(sp)
80001348:	02000513          	li	a0,32
8000134c:	9a02                	jalr	s4
8000134e:	f2054d63          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001352:	197d                	add	s2,s2,-1
80001354:	ff24e9e3          	bltu	s1,s2,80001346 <__d_vfprintf+0x8fc>
80001358:	945a                	add	s0,s0,s6
8000135a:	41240433          	sub	s0,s0,s2
8000135e:	8b4a                	mv	s6,s2
80001360:	b76d                	j	8000130a <__d_vfprintf+0x8c0>
80001362:	895a                	mv	s2,s6
80001364:	bfc5                	j	80001354 <__d_vfprintf+0x90a>
80001366:	012987b3          	add	a5,s3,s2
8000136a:	4582                	lw	a1,0(sp)
8000136c:	0007c503          	lbu	a0,0(a5)
80001370:	0905                	add	s2,s2,1
80001372:	9a02                	jalr	s4
80001374:	f8055ce3          	bgez	a0,8000130c <__d_vfprintf+0x8c2>
80001378:	f10ff06f          	j	80000a88 <__d_vfprintf+0x3e>
8000137c:	080df713          	and	a4,s11,128
80001380:	5792                	lw	a5,36(sp)
80001382:	cf49                	beqz	a4,8000141c <__d_vfprintf+0x9d2>
80001384:	200df713          	and	a4,s11,512
80001388:	c359                	beqz	a4,8000140e <__d_vfprintf+0x9c4>
8000138a:	079d                	add	a5,a5,7
8000138c:	9be1                	and	a5,a5,-8
8000138e:	4388                	lw	a0,0(a5)
80001390:	43cc                	lw	a1,4(a5)
80001392:	00878713          	add	a4,a5,8
80001396:	d23a                	sw	a4,36(sp)
80001398:	fefdf993          	and	s3,s11,-17
8000139c:	09c2                	sll	s3,s3,0x10
8000139e:	0109d993          	srl	s3,s3,0x10
800013a2:	0805dd63          	bgez	a1,8000143c <__d_vfprintf+0x9f2>
800013a6:	00a037b3          	snez	a5,a0
800013aa:	40b005b3          	neg	a1,a1
800013ae:	8d9d                	sub	a1,a1,a5
800013b0:	40a00533          	neg	a0,a0
800013b4:	4009e993          	or	s3,s3,1024
800013b8:	02810a93          	add	s5,sp,40
800013bc:	46a9                	li	a3,10
800013be:	8656                	mv	a2,s5
800013c0:	c8eff0ef          	jal	8000084e <__ultoa_invert>
800013c4:	0409f793          	and	a5,s3,64
800013c8:	41550ab3          	sub	s5,a0,s5
800013cc:	c7f5                	beqz	a5,800014b8 <__d_vfprintf+0xa6e>
800013ce:	ffe9f793          	and	a5,s3,-2
800013d2:	07c2                	sll	a5,a5,0x10
800013d4:	83c1                	srl	a5,a5,0x10
800013d6:	19aad563          	bge	s5,s10,80001560 <__d_vfprintf+0xb16>
800013da:	16090c63          	beqz	s2,80001552 <__d_vfprintf+0xb08>
800013de:	0109fc13          	and	s8,s3,16
800013e2:	84ea                	mv	s1,s10
800013e4:	89be                	mv	s3,a5
800013e6:	060c0a63          	beqz	s8,8000145a <__d_vfprintf+0xa10>
800013ea:	0489                	add	s1,s1,2
800013ec:	0089f793          	and	a5,s3,8
800013f0:	18079a63          	bnez	a5,80001584 <__d_vfprintf+0xb3a>
800013f4:	0019f793          	and	a5,s3,1
800013f8:	cb89                	beqz	a5,8000140a <__d_vfprintf+0x9c0>
800013fa:	8d56                	mv	s10,s5
800013fc:	0164d763          	bge	s1,s6,8000140a <__d_vfprintf+0x9c0>
80001400:	409b04b3          	sub	s1,s6,s1
80001404:	01548d33          	add	s10,s1,s5
80001408:	84da                	mv	s1,s6
8000140a:	8ba6                	mv	s7,s1
8000140c:	a2ad                	j	80001576 <__d_vfprintf+0xb2c>
8000140e:	4388                	lw	a0,0(a5)
80001410:	00478713          	add	a4,a5,4
80001414:	d23a                	sw	a4,36(sp)
80001416:	41f55593          	sra	a1,a0,0x1f
8000141a:	bfbd                	j	80001398 <__d_vfprintf+0x94e>
8000141c:	00478713          	add	a4,a5,4
80001420:	4388                	lw	a0,0(a5)
80001422:	d23a                	sw	a4,36(sp)
80001424:	100df793          	and	a5,s11,256
80001428:	d7fd                	beqz	a5,80001416 <__d_vfprintf+0x9cc>
8000142a:	200df793          	and	a5,s11,512
8000142e:	c781                	beqz	a5,80001436 <__d_vfprintf+0x9ec>
80001430:	0562                	sll	a0,a0,0x18
80001432:	8561                	sra	a0,a0,0x18
80001434:	b7cd                	j	80001416 <__d_vfprintf+0x9cc>
80001436:	0542                	sll	a0,a0,0x10
80001438:	8541                	sra	a0,a0,0x10
8000143a:	bff1                	j	80001416 <__d_vfprintf+0x9cc>
8000143c:	00b567b3          	or	a5,a0,a1
80001440:	ffa5                	bnez	a5,800013b8 <__d_vfprintf+0x96e>
80001442:	040df793          	and	a5,s11,64
80001446:	dbad                	beqz	a5,800013b8 <__d_vfprintf+0x96e>
80001448:	f60d18e3          	bnez	s10,800013b8 <__d_vfprintf+0x96e>
8000144c:	feedf993          	and	s3,s11,-18
80001450:	09c2                	sll	s3,s3,0x10
80001452:	0109d993          	srl	s3,s3,0x10
80001456:	4a81                	li	s5,0
80001458:	4481                	li	s1,0
8000145a:	4069fc13          	and	s8,s3,1030
8000145e:	f80c07e3          	beqz	s8,800013ec <__d_vfprintf+0x9a2>
80001462:	0485                	add	s1,s1,1
80001464:	4c01                	li	s8,0
80001466:	b759                	j	800013ec <__d_vfprintf+0x9a2>
80001468:	fefdf813          	and	a6,s11,-17
8000146c:	01081d93          	sll	s11,a6,0x10
80001470:	010ddd93          	srl	s11,s11,0x10
80001474:	46a9                	li	a3,10
80001476:	080df713          	and	a4,s11,128
8000147a:	5792                	lw	a5,36(sp)
8000147c:	c355                	beqz	a4,80001520 <__d_vfprintf+0xad6>
8000147e:	200df713          	and	a4,s11,512
80001482:	cb49                	beqz	a4,80001514 <__d_vfprintf+0xaca>
80001484:	079d                	add	a5,a5,7
80001486:	9be1                	and	a5,a5,-8
80001488:	4388                	lw	a0,0(a5)
8000148a:	43cc                	lw	a1,4(a5)
8000148c:	00878713          	add	a4,a5,8
80001490:	d23a                	sw	a4,36(sp)
80001492:	00b567b3          	or	a5,a0,a1
80001496:	e7cd                	bnez	a5,80001540 <__d_vfprintf+0xaf6>
80001498:	fe9df993          	and	s3,s11,-23
8000149c:	09c2                	sll	s3,s3,0x10
8000149e:	040df793          	and	a5,s11,64
800014a2:	0109d993          	srl	s3,s3,0x10
800014a6:	c3dd                	beqz	a5,8000154c <__d_vfprintf+0xb02>
800014a8:	0a0d1263          	bnez	s10,8000154c <__d_vfprintf+0xb02>
800014ac:	fe8df993          	and	s3,s11,-24
800014b0:	09c2                	sll	s3,s3,0x10
800014b2:	0109d993          	srl	s3,s3,0x10
800014b6:	4a81                	li	s5,0
800014b8:	0109fc13          	and	s8,s3,16
800014bc:	0a0c0463          	beqz	s8,80001564 <__d_vfprintf+0xb1a>
800014c0:	001a8493          	add	s1,s5,1
800014c4:	f20904e3          	beqz	s2,800013ec <__d_vfprintf+0x9a2>
800014c8:	84d6                	mv	s1,s5
800014ca:	b705                	j	800013ea <__d_vfprintf+0x9a0>
800014cc:	010ded93          	or	s11,s11,16
800014d0:	46c1                	li	a3,16
800014d2:	07800913          	li	s2,120
800014d6:	b745                	j	80001476 <__d_vfprintf+0xa2c>
800014d8:	07800793          	li	a5,120
800014dc:	00fc9a63          	bne	s9,a5,800014f0 <__d_vfprintf+0xaa6>
800014e0:	05800793          	li	a5,88
800014e4:	46c1                	li	a3,16
800014e6:	f8f918e3          	bne	s2,a5,80001476 <__d_vfprintf+0xa2c>
800014ea:	21000693          	li	a3,528
800014ee:	b761                	j	80001476 <__d_vfprintf+0xa2c>
800014f0:	4582                	lw	a1,0(sp)
800014f2:	02500513          	li	a0,37
800014f6:	9a02                	jalr	s4
800014f8:	d8054863          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
800014fc:	4582                	lw	a1,0(sp)
800014fe:	854a                	mv	a0,s2
80001500:	9a02                	jalr	s4
80001502:	d8054363          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001506:	0409                	add	s0,s0,2
80001508:	4792                	lw	a5,4(sp)
8000150a:	d5eff06f          	j	80000a68 <__d_vfprintf+0x1e>
8000150e:	46a1                	li	a3,8
80001510:	4901                	li	s2,0
80001512:	b795                	j	80001476 <__d_vfprintf+0xa2c>
80001514:	4388                	lw	a0,0(a5)
80001516:	00478713          	add	a4,a5,4
8000151a:	d23a                	sw	a4,36(sp)
8000151c:	4581                	li	a1,0
8000151e:	bf95                	j	80001492 <__d_vfprintf+0xa48>
80001520:	00478713          	add	a4,a5,4
80001524:	4388                	lw	a0,0(a5)
80001526:	d23a                	sw	a4,36(sp)
80001528:	100df793          	and	a5,s11,256
8000152c:	dbe5                	beqz	a5,8000151c <__d_vfprintf+0xad2>
8000152e:	200df793          	and	a5,s11,512
80001532:	c781                	beqz	a5,8000153a <__d_vfprintf+0xaf0>
80001534:	0ff57513          	zext.b	a0,a0
80001538:	b7d5                	j	8000151c <__d_vfprintf+0xad2>
8000153a:	0542                	sll	a0,a0,0x10
8000153c:	8141                	srl	a0,a0,0x10
8000153e:	bff9                	j	8000151c <__d_vfprintf+0xad2>
80001540:	ff9df813          	and	a6,s11,-7
80001544:	01081993          	sll	s3,a6,0x10
80001548:	0109d993          	srl	s3,s3,0x10
8000154c:	02810a93          	add	s5,sp,40
80001550:	b5bd                	j	800013be <__d_vfprintf+0x974>
80001552:	fee9f993          	and	s3,s3,-18
80001556:	09c2                	sll	s3,s3,0x10
80001558:	0109d993          	srl	s3,s3,0x10
8000155c:	84ea                	mv	s1,s10
8000155e:	bdf5                	j	8000145a <__d_vfprintf+0xa10>
80001560:	89be                	mv	s3,a5
80001562:	bf99                	j	800014b8 <__d_vfprintf+0xa6e>
80001564:	84d6                	mv	s1,s5
80001566:	bdd5                	j	8000145a <__d_vfprintf+0xa10>
80001568:	4582                	lw	a1,0(sp)
8000156a:	02000513          	li	a0,32
8000156e:	9a02                	jalr	s4
80001570:	d0054c63          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001574:	0b85                	add	s7,s7,1
80001576:	ff6bc9e3          	blt	s7,s6,80001568 <__d_vfprintf+0xb1e>
8000157a:	409404b3          	sub	s1,s0,s1
8000157e:	01748433          	add	s0,s1,s7
80001582:	84de                	mv	s1,s7
80001584:	020c0363          	beqz	s8,800015aa <__d_vfprintf+0xb60>
80001588:	4582                	lw	a1,0(sp)
8000158a:	03000513          	li	a0,48
8000158e:	9a02                	jalr	s4
80001590:	ce054c63          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001594:	04090d63          	beqz	s2,800015ee <__d_vfprintf+0xba4>
80001598:	4582                	lw	a1,0(sp)
8000159a:	0409                	add	s0,s0,2
8000159c:	854a                	mv	a0,s2
8000159e:	9a02                	jalr	s4
800015a0:	ce054463          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
800015a4:	8c22                	mv	s8,s0
800015a6:	9d22                	add	s10,s10,s0
800015a8:	a81d                	j	800015de <__d_vfprintf+0xb94>
800015aa:	4069f793          	and	a5,s3,1030
800015ae:	dbfd                	beqz	a5,800015a4 <__d_vfprintf+0xb5a>
800015b0:	0029f793          	and	a5,s3,2
800015b4:	02000513          	li	a0,32
800015b8:	c399                	beqz	a5,800015be <__d_vfprintf+0xb74>
800015ba:	02b00513          	li	a0,43
800015be:	4009f993          	and	s3,s3,1024
800015c2:	00098463          	beqz	s3,800015ca <__d_vfprintf+0xb80>
800015c6:	02d00513          	li	a0,45
800015ca:	4582                	lw	a1,0(sp)
800015cc:	0405                	add	s0,s0,1
800015ce:	bfc1                	j	8000159e <__d_vfprintf+0xb54>
800015d0:	4582                	lw	a1,0(sp)
800015d2:	03000513          	li	a0,48
800015d6:	0c05                	add	s8,s8,1
800015d8:	9a02                	jalr	s4
800015da:	ca054763          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
800015de:	418d07b3          	sub	a5,s10,s8
800015e2:	fefac7e3          	blt	s5,a5,800015d0 <__d_vfprintf+0xb86>
800015e6:	8456                	mv	s0,s5
800015e8:	e409                	bnez	s0,800015f2 <__d_vfprintf+0xba8>
800015ea:	9c56                	add	s8,s8,s5
800015ec:	b325                	j	80001314 <__d_vfprintf+0x8ca>
800015ee:	0405                	add	s0,s0,1
800015f0:	bf55                	j	800015a4 <__d_vfprintf+0xb5a>
800015f2:	147d                	add	s0,s0,-1
800015f4:	103c                	add	a5,sp,40
800015f6:	97a2                	add	a5,a5,s0
800015f8:	4582                	lw	a1,0(sp)
800015fa:	0007c503          	lbu	a0,0(a5)
800015fe:	9a02                	jalr	s4
80001600:	fe0554e3          	bgez	a0,800015e8 <__d_vfprintf+0xb9e>
80001604:	c84ff06f          	j	80000a88 <__d_vfprintf+0x3e>
80001608:	4582                	lw	a1,0(sp)
8000160a:	02000513          	li	a0,32
8000160e:	0405                	add	s0,s0,1
80001610:	9a02                	jalr	s4
80001612:	c6054b63          	bltz	a0,80000a88 <__d_vfprintf+0x3e>
80001616:	408487b3          	sub	a5,s1,s0
8000161a:	fef047e3          	bgtz	a5,80001608 <__d_vfprintf+0xbbe>
8000161e:	b5ed                	j	80001508 <__d_vfprintf+0xabe>

80001620 <mulShiftAll64>:
80001620:	0f0012ef          	jal	t0,80002710 <__riscv_save_10>
80001624:	84b2                	mv	s1,a2
80001626:	00159913          	sll	s2,a1,0x1
8000162a:	4210                	lw	a2,0(a2)
8000162c:	8ab6                	mv	s5,a3
8000162e:	89be                	mv	s3,a5
80001630:	40d4                	lw	a3,4(s1)
80001632:	01f55793          	srl	a5,a0,0x1f
80001636:	1141                	add	sp,sp,-16
80001638:	0127e933          	or	s2,a5,s2
8000163c:	00151413          	sll	s0,a0,0x1
80001640:	8522                	mv	a0,s0
80001642:	85ca                	mv	a1,s2
80001644:	8bba                	mv	s7,a4
80001646:	870a                	mv	a4,sp
80001648:	8b42                	mv	s6,a6
8000164a:	0f5000ef          	jal	80001f3e <__umul128>
8000164e:	44d4                	lw	a3,12(s1)
80001650:	4490                	lw	a2,8(s1)
80001652:	0038                	add	a4,sp,8
80001654:	8caa                	mv	s9,a0
80001656:	8c2e                	mv	s8,a1
80001658:	8522                	mv	a0,s0
8000165a:	85ca                	mv	a1,s2
8000165c:	0e3000ef          	jal	80001f3e <__umul128>
80001660:	4682                	lw	a3,0(sp)
80001662:	4712                	lw	a4,4(sp)
80001664:	4785                	li	a5,1
80001666:	00d50933          	add	s2,a0,a3
8000166a:	00a93533          	sltu	a0,s2,a0
8000166e:	95ba                	add	a1,a1,a4
80001670:	00b50433          	add	s0,a0,a1
80001674:	00e46763          	bltu	s0,a4,80001682 <mulShiftAll64+0x62>
80001678:	00871463          	bne	a4,s0,80001680 <mulShiftAll64+0x60>
8000167c:	00d96363          	bltu	s2,a3,80001682 <mulShiftAll64+0x62>
80001680:	4781                	li	a5,0
80001682:	4622                	lw	a2,8(sp)
80001684:	4732                	lw	a4,12(sp)
80001686:	963e                	add	a2,a2,a5
80001688:	00f637b3          	sltu	a5,a2,a5
8000168c:	00e786b3          	add	a3,a5,a4
80001690:	4098                	lw	a4,0(s1)
80001692:	40dc                	lw	a5,4(s1)
80001694:	c432                	sw	a2,8(sp)
80001696:	9766                	add	a4,a4,s9
80001698:	97e2                	add	a5,a5,s8
8000169a:	019735b3          	sltu	a1,a4,s9
8000169e:	95be                	add	a1,a1,a5
800016a0:	c636                	sw	a3,12(sp)
800016a2:	4785                	li	a5,1
800016a4:	0185e763          	bltu	a1,s8,800016b2 <mulShiftAll64+0x92>
800016a8:	00bc1463          	bne	s8,a1,800016b0 <mulShiftAll64+0x90>
800016ac:	01976363          	bltu	a4,s9,800016b2 <mulShiftAll64+0x92>
800016b0:	4781                	li	a5,0
800016b2:	4498                	lw	a4,8(s1)
800016b4:	44c8                	lw	a0,12(s1)
800016b6:	fbfa8a13          	add	s4,s5,-65
800016ba:	974a                	add	a4,a4,s2
800016bc:	9522                	add	a0,a0,s0
800016be:	012735b3          	sltu	a1,a4,s2
800016c2:	95aa                	add	a1,a1,a0
800016c4:	00e78533          	add	a0,a5,a4
800016c8:	00f537b3          	sltu	a5,a0,a5
800016cc:	95be                	add	a1,a1,a5
800016ce:	4785                	li	a5,1
800016d0:	0085e763          	bltu	a1,s0,800016de <mulShiftAll64+0xbe>
800016d4:	00b41463          	bne	s0,a1,800016dc <mulShiftAll64+0xbc>
800016d8:	01256363          	bltu	a0,s2,800016de <mulShiftAll64+0xbe>
800016dc:	4781                	li	a5,0
800016de:	963e                	add	a2,a2,a5
800016e0:	00f637b3          	sltu	a5,a2,a5
800016e4:	8752                	mv	a4,s4
800016e6:	96be                	add	a3,a3,a5
800016e8:	0a3000ef          	jal	80001f8a <__shiftright128>
800016ec:	00aba023          	sw	a0,0(s7)
800016f0:	00bba223          	sw	a1,4(s7)
800016f4:	4785                	li	a5,1
800016f6:	48a2                	lw	a7,8(sp)
800016f8:	4832                	lw	a6,12(sp)
800016fa:	40cc                	lw	a1,4(s1)
800016fc:	4488                	lw	a0,8(s1)
800016fe:	44d8                	lw	a4,12(s1)
80001700:	06fb1763          	bne	s6,a5,8000176e <mulShiftAll64+0x14e>
80001704:	40a906b3          	sub	a3,s2,a0
80001708:	00d93633          	sltu	a2,s2,a3
8000170c:	40e407b3          	sub	a5,s0,a4
80001710:	8f91                	sub	a5,a5,a2
80001712:	4505                	li	a0,1
80001714:	00bc6863          	bltu	s8,a1,80001724 <mulShiftAll64+0x104>
80001718:	01859563          	bne	a1,s8,80001722 <mulShiftAll64+0x102>
8000171c:	4098                	lw	a4,0(s1)
8000171e:	00ece363          	bltu	s9,a4,80001724 <mulShiftAll64+0x104>
80001722:	4501                	li	a0,0
80001724:	40a68533          	sub	a0,a3,a0
80001728:	00a6b6b3          	sltu	a3,a3,a0
8000172c:	40d785b3          	sub	a1,a5,a3
80001730:	4605                	li	a2,1
80001732:	00b46763          	bltu	s0,a1,80001740 <mulShiftAll64+0x120>
80001736:	00859463          	bne	a1,s0,8000173e <mulShiftAll64+0x11e>
8000173a:	00a96363          	bltu	s2,a0,80001740 <mulShiftAll64+0x120>
8000173e:	4601                	li	a2,0
80001740:	40c88633          	sub	a2,a7,a2
80001744:	00c8b6b3          	sltu	a3,a7,a2
80001748:	8752                	mv	a4,s4
8000174a:	40d806b3          	sub	a3,a6,a3
8000174e:	03d000ef          	jal	80001f8a <__shiftright128>
80001752:	4622                	lw	a2,8(sp)
80001754:	46b2                	lw	a3,12(sp)
80001756:	00a9a023          	sw	a0,0(s3)
8000175a:	00b9a223          	sw	a1,4(s3)
8000175e:	8752                	mv	a4,s4
80001760:	854a                	mv	a0,s2
80001762:	85a2                	mv	a1,s0
80001764:	027000ef          	jal	80001f8a <__shiftright128>
80001768:	0141                	add	sp,sp,16
8000176a:	7df0006f          	j	80002748 <__riscv_restore_10>
8000176e:	01fcd793          	srl	a5,s9,0x1f
80001772:	001c1613          	sll	a2,s8,0x1
80001776:	8e5d                	or	a2,a2,a5
80001778:	01f95693          	srl	a3,s2,0x1f
8000177c:	00141793          	sll	a5,s0,0x1
80001780:	001c9e93          	sll	t4,s9,0x1
80001784:	8fd5                	or	a5,a5,a3
80001786:	00191313          	sll	t1,s2,0x1
8000178a:	4e05                	li	t3,1
8000178c:	01866763          	bltu	a2,s8,8000179a <mulShiftAll64+0x17a>
80001790:	00cc1463          	bne	s8,a2,80001798 <mulShiftAll64+0x178>
80001794:	019ee363          	bltu	t4,s9,8000179a <mulShiftAll64+0x17a>
80001798:	4e01                	li	t3,0
8000179a:	9e1a                	add	t3,t3,t1
8000179c:	006e3333          	sltu	t1,t3,t1
800017a0:	933e                	add	t1,t1,a5
800017a2:	4785                	li	a5,1
800017a4:	00b66863          	bltu	a2,a1,800017b4 <mulShiftAll64+0x194>
800017a8:	00c59563          	bne	a1,a2,800017b2 <mulShiftAll64+0x192>
800017ac:	4094                	lw	a3,0(s1)
800017ae:	00dee363          	bltu	t4,a3,800017b4 <mulShiftAll64+0x194>
800017b2:	4781                	li	a5,0
800017b4:	40fe07b3          	sub	a5,t3,a5
800017b8:	00fe35b3          	sltu	a1,t3,a5
800017bc:	40b305b3          	sub	a1,t1,a1
800017c0:	40a78533          	sub	a0,a5,a0
800017c4:	00a7b7b3          	sltu	a5,a5,a0
800017c8:	8d99                	sub	a1,a1,a4
800017ca:	01f8d693          	srl	a3,a7,0x1f
800017ce:	8d9d                	sub	a1,a1,a5
800017d0:	00181793          	sll	a5,a6,0x1
800017d4:	8fd5                	or	a5,a5,a3
800017d6:	fc0a8713          	add	a4,s5,-64
800017da:	0886                	sll	a7,a7,0x1
800017dc:	4685                	li	a3,1
800017de:	00836763          	bltu	t1,s0,800017ec <mulShiftAll64+0x1cc>
800017e2:	00641463          	bne	s0,t1,800017ea <mulShiftAll64+0x1ca>
800017e6:	012e6363          	bltu	t3,s2,800017ec <mulShiftAll64+0x1cc>
800017ea:	4681                	li	a3,0
800017ec:	96c6                	add	a3,a3,a7
800017ee:	0116b8b3          	sltu	a7,a3,a7
800017f2:	98be                	add	a7,a7,a5
800017f4:	4605                	li	a2,1
800017f6:	00b36763          	bltu	t1,a1,80001804 <mulShiftAll64+0x1e4>
800017fa:	00659463          	bne	a1,t1,80001802 <mulShiftAll64+0x1e2>
800017fe:	00ae6363          	bltu	t3,a0,80001804 <mulShiftAll64+0x1e4>
80001802:	4601                	li	a2,0
80001804:	40c68633          	sub	a2,a3,a2
80001808:	00c6b6b3          	sltu	a3,a3,a2
8000180c:	40d886b3          	sub	a3,a7,a3
80001810:	bf3d                	j	8000174e <mulShiftAll64+0x12e>

80001812 <div10>:
80001812:	727002ef          	jal	t0,80002738 <__riscv_save_0>
80001816:	800037b7          	lui	a5,0x80003
8000181a:	d887a603          	lw	a2,-632(a5) # 80002d88 <stdout+0x4>
8000181e:	d8c7a683          	lw	a3,-628(a5)
80001822:	1141                	add	sp,sp,-16
80001824:	0038                	add	a4,sp,8
80001826:	718000ef          	jal	80001f3e <__umul128>
8000182a:	45b2                	lw	a1,12(sp)
8000182c:	47a2                	lw	a5,8(sp)
8000182e:	01d59513          	sll	a0,a1,0x1d
80001832:	838d                	srl	a5,a5,0x3
80001834:	8d5d                	or	a0,a0,a5
80001836:	818d                	srl	a1,a1,0x3
80001838:	0141                	add	sp,sp,16
8000183a:	7230006f          	j	8000275c <__riscv_restore_0>

8000183e <__dtoa_engine>:
8000183e:	6cb002ef          	jal	t0,80002708 <__riscv_save_12>
80001842:	715d                	add	sp,sp,-80
80001844:	8bb6                	mv	s7,a3
80001846:	001006b7          	lui	a3,0x100
8000184a:	c43a                	sw	a4,8(sp)
8000184c:	c63e                	sw	a5,12(sp)
8000184e:	01f5d713          	srl	a4,a1,0x1f
80001852:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
80001856:	0145d793          	srl	a5,a1,0x14
8000185a:	00bdfdb3          	and	s11,s11,a1
8000185e:	c03a                	sw	a4,0(sp)
80001860:	7ff7f413          	and	s0,a5,2047
80001864:	84aa                	mv	s1,a0
80001866:	8ab2                	mv	s5,a2
80001868:	00ade733          	or	a4,s11,a0
8000186c:	e405                	bnez	s0,80001894 <__dtoa_engine+0x56>
8000186e:	e331                	bnez	a4,800018b2 <__dtoa_engine+0x74>
80001870:	03000793          	li	a5,48
80001874:	00f602a3          	sb	a5,5(a2)
80001878:	4782                	lw	a5,0(sp)
8000187a:	00060323          	sb	zero,6(a2)
8000187e:	00062023          	sw	zero,0(a2)
80001882:	0027e993          	or	s3,a5,2
80001886:	01360223          	sb	s3,4(a2)
8000188a:	4405                	li	s0,1
8000188c:	8522                	mv	a0,s0
8000188e:	6161                	add	sp,sp,80
80001890:	6b50006f          	j	80002744 <__riscv_restore_12>
80001894:	7ff00613          	li	a2,2047
80001898:	0ac41163          	bne	s0,a2,8000193a <__dtoa_engine+0xfc>
8000189c:	4782                	lw	a5,0(sp)
8000189e:	0047e793          	or	a5,a5,4
800018a2:	c701                	beqz	a4,800018aa <__dtoa_engine+0x6c>
800018a4:	4782                	lw	a5,0(sp)
800018a6:	0087e793          	or	a5,a5,8
800018aa:	00fa8223          	sb	a5,4(s5)
800018ae:	4401                	li	s0,0
800018b0:	bff1                	j	8000188c <__dtoa_engine+0x4e>
800018b2:	00157793          	and	a5,a0,1
800018b6:	c23e                	sw	a5,4(sp)
800018b8:	002d9993          	sll	s3,s11,0x2
800018bc:	01e55793          	srl	a5,a0,0x1e
800018c0:	0137e9b3          	or	s3,a5,s3
800018c4:	00251c13          	sll	s8,a0,0x2
800018c8:	892a                	mv	s2,a0
800018ca:	bcc00413          	li	s0,-1076
800018ce:	4805                	li	a6,1
800018d0:	4d05                	li	s10,1
800018d2:	408004b3          	neg	s1,s0
800018d6:	8526                	mv	a0,s1
800018d8:	ca42                	sw	a6,20(sp)
800018da:	2589                	jal	80001f1c <__log10Pow5>
800018dc:	fff42793          	slti	a5,s0,-1
800018e0:	40f50b33          	sub	s6,a0,a5
800018e4:	416484b3          	sub	s1,s1,s6
800018e8:	8526                	mv	a0,s1
800018ea:	2589                	jal	80001f2c <__pow5bits>
800018ec:	f8350693          	add	a3,a0,-125
800018f0:	40db06b3          	sub	a3,s6,a3
800018f4:	8526                	mv	a0,s1
800018f6:	008c                	add	a1,sp,64
800018f8:	c836                	sw	a3,16(sp)
800018fa:	2929                	jal	80001d14 <__double_computePow5>
800018fc:	4852                	lw	a6,20(sp)
800018fe:	46c2                	lw	a3,16(sp)
80001900:	181c                	add	a5,sp,48
80001902:	1038                	add	a4,sp,40
80001904:	0090                	add	a2,sp,64
80001906:	854a                	mv	a0,s2
80001908:	85ee                	mv	a1,s11
8000190a:	3b19                	jal	80001620 <mulShiftAll64>
8000190c:	4785                	li	a5,1
8000190e:	008b0a33          	add	s4,s6,s0
80001912:	84ae                	mv	s1,a1
80001914:	842a                	mv	s0,a0
80001916:	1367e663          	bltu	a5,s6,80001a42 <__dtoa_engine+0x204>
8000191a:	4792                	lw	a5,4(sp)
8000191c:	4985                	li	s3,1
8000191e:	0e078963          	beqz	a5,80001a10 <__dtoa_engine+0x1d2>
80001922:	57a2                	lw	a5,40(sp)
80001924:	5732                	lw	a4,44(sp)
80001926:	4985                	li	s3,1
80001928:	fff78693          	add	a3,a5,-1
8000192c:	0017b793          	seqz	a5,a5
80001930:	40f707b3          	sub	a5,a4,a5
80001934:	d436                	sw	a3,40(sp)
80001936:	d63e                	sw	a5,44(sp)
80001938:	a07d                	j	800019e6 <__dtoa_engine+0x1a8>
8000193a:	01b6edb3          	or	s11,a3,s11
8000193e:	00157693          	and	a3,a0,1
80001942:	c236                	sw	a3,4(sp)
80001944:	002d9993          	sll	s3,s11,0x2
80001948:	01e55693          	srl	a3,a0,0x1e
8000194c:	bcb40413          	add	s0,s0,-1077
80001950:	892a                	mv	s2,a0
80001952:	0136e9b3          	or	s3,a3,s3
80001956:	00251c13          	sll	s8,a0,0x2
8000195a:	4d05                	li	s10,1
8000195c:	e709                	bnez	a4,80001966 <__dtoa_engine+0x128>
8000195e:	7fe7f793          	and	a5,a5,2046
80001962:	0017bd13          	seqz	s10,a5
80001966:	886a                	mv	a6,s10
80001968:	f60445e3          	bltz	s0,800018d2 <__dtoa_engine+0x94>
8000196c:	8522                	mv	a0,s0
8000196e:	2345                	jal	80001f0e <__log10Pow2>
80001970:	00442793          	slti	a5,s0,4
80001974:	0017c793          	xor	a5,a5,1
80001978:	40f50a33          	sub	s4,a0,a5
8000197c:	8552                	mv	a0,s4
8000197e:	237d                	jal	80001f2c <__pow5bits>
80001980:	07c50693          	add	a3,a0,124
80001984:	408a0433          	sub	s0,s4,s0
80001988:	96a2                	add	a3,a3,s0
8000198a:	008c                	add	a1,sp,64
8000198c:	8552                	mv	a0,s4
8000198e:	c836                	sw	a3,16(sp)
80001990:	2141                	jal	80001e10 <__double_computeInvPow5>
80001992:	46c2                	lw	a3,16(sp)
80001994:	181c                	add	a5,sp,48
80001996:	8526                	mv	a0,s1
80001998:	886a                	mv	a6,s10
8000199a:	1038                	add	a4,sp,40
8000199c:	0090                	add	a2,sp,64
8000199e:	85ee                	mv	a1,s11
800019a0:	3141                	jal	80001620 <mulShiftAll64>
800019a2:	47d5                	li	a5,21
800019a4:	842a                	mv	s0,a0
800019a6:	84ae                	mv	s1,a1
800019a8:	0947eb63          	bltu	a5,s4,80001a3e <__dtoa_engine+0x200>
800019ac:	800037b7          	lui	a5,0x80003
800019b0:	d8c7a683          	lw	a3,-628(a5) # 80002d8c <stdout+0x8>
800019b4:	d887a603          	lw	a2,-632(a5)
800019b8:	1838                	add	a4,sp,56
800019ba:	8562                	mv	a0,s8
800019bc:	85ce                	mv	a1,s3
800019be:	2341                	jal	80001f3e <__umul128>
800019c0:	57e2                	lw	a5,56(sp)
800019c2:	56f2                	lw	a3,60(sp)
800019c4:	5da2                	lw	s11,40(sp)
800019c6:	8389                	srl	a5,a5,0x2
800019c8:	06fa                	sll	a3,a3,0x1e
800019ca:	8fd5                	or	a5,a5,a3
800019cc:	4695                	li	a3,5
800019ce:	02f687b3          	mul	a5,a3,a5
800019d2:	5932                	lw	s2,44(sp)
800019d4:	01879b63          	bne	a5,s8,800019ea <__dtoa_engine+0x1ac>
800019d8:	85ce                	mv	a1,s3
800019da:	8562                	mv	a0,s8
800019dc:	2ced                	jal	80001cd6 <__pow5Factor>
800019de:	01453733          	sltu	a4,a0,s4
800019e2:	00174993          	xor	s3,a4,1
800019e6:	4d01                	li	s10,0
800019e8:	a025                	j	80001a10 <__dtoa_engine+0x1d2>
800019ea:	4792                	lw	a5,4(sp)
800019ec:	e79d                	bnez	a5,80001a1a <__dtoa_engine+0x1dc>
800019ee:	fffc0793          	add	a5,s8,-1
800019f2:	41a78533          	sub	a0,a5,s10
800019f6:	001c3593          	seqz	a1,s8
800019fa:	00a7b7b3          	sltu	a5,a5,a0
800019fe:	40b985b3          	sub	a1,s3,a1
80001a02:	8d9d                	sub	a1,a1,a5
80001a04:	2cc9                	jal	80001cd6 <__pow5Factor>
80001a06:	01453933          	sltu	s2,a0,s4
80001a0a:	00194d13          	xor	s10,s2,1
80001a0e:	4981                	li	s3,0
80001a10:	47a2                	lw	a5,8(sp)
80001a12:	0e079f63          	bnez	a5,80001b10 <__dtoa_engine+0x2d2>
80001a16:	8b5e                	mv	s6,s7
80001a18:	a049                	j	80001a9a <__dtoa_engine+0x25c>
80001a1a:	002c0513          	add	a0,s8,2
80001a1e:	018535b3          	sltu	a1,a0,s8
80001a22:	95ce                	add	a1,a1,s3
80001a24:	2c4d                	jal	80001cd6 <__pow5Factor>
80001a26:	01453533          	sltu	a0,a0,s4
80001a2a:	00154513          	xor	a0,a0,1
80001a2e:	40ad8533          	sub	a0,s11,a0
80001a32:	00adbdb3          	sltu	s11,s11,a0
80001a36:	41b90733          	sub	a4,s2,s11
80001a3a:	d42a                	sw	a0,40(sp)
80001a3c:	d63a                	sw	a4,44(sp)
80001a3e:	4981                	li	s3,0
80001a40:	b75d                	j	800019e6 <__dtoa_engine+0x1a8>
80001a42:	03e00793          	li	a5,62
80001a46:	ff67ece3          	bltu	a5,s6,80001a3e <__dtoa_engine+0x200>
80001a4a:	865a                	mv	a2,s6
80001a4c:	557d                	li	a0,-1
80001a4e:	55fd                	li	a1,-1
80001a50:	23c5                	jal	80002030 <__ashldi3>
80001a52:	fff54513          	not	a0,a0
80001a56:	fff5c593          	not	a1,a1
80001a5a:	0135f5b3          	and	a1,a1,s3
80001a5e:	01857533          	and	a0,a0,s8
80001a62:	00b56733          	or	a4,a0,a1
80001a66:	00173993          	seqz	s3,a4
80001a6a:	bfb5                	j	800019e6 <__dtoa_engine+0x1a8>
80001a6c:	02d50833          	mul	a6,a0,a3
80001a70:	0785                	add	a5,a5,1
80001a72:	02b536b3          	mulhu	a3,a0,a1
80001a76:	02b505b3          	mul	a1,a0,a1
80001a7a:	96c2                	add	a3,a3,a6
80001a7c:	00d4e663          	bltu	s1,a3,80001a88 <__dtoa_engine+0x24a>
80001a80:	fe9696e3          	bne	a3,s1,80001a6c <__dtoa_engine+0x22e>
80001a84:	feb474e3          	bgeu	s0,a1,80001a6c <__dtoa_engine+0x22e>
80001a88:	4732                	lw	a4,12(sp)
80001a8a:	97d2                	add	a5,a5,s4
80001a8c:	97ba                	add	a5,a5,a4
80001a8e:	00f04363          	bgtz	a5,80001a94 <__dtoa_engine+0x256>
80001a92:	4785                	li	a5,1
80001a94:	8b3e                	mv	s6,a5
80001a96:	f8fbc0e3          	blt	s7,a5,80001a16 <__dtoa_engine+0x1d8>
80001a9a:	4c81                	li	s9,0
80001a9c:	4901                	li	s2,0
80001a9e:	4c01                	li	s8,0
80001aa0:	5522                	lw	a0,40(sp)
80001aa2:	55b2                	lw	a1,44(sp)
80001aa4:	33bd                	jal	80001812 <div10>
80001aa6:	57c2                	lw	a5,48(sp)
80001aa8:	8dae                	mv	s11,a1
80001aaa:	55d2                	lw	a1,52(sp)
80001aac:	c82a                	sw	a0,16(sp)
80001aae:	853e                	mv	a0,a5
80001ab0:	ca3e                	sw	a5,20(sp)
80001ab2:	3385                	jal	80001812 <div10>
80001ab4:	832a                	mv	t1,a0
80001ab6:	88ae                	mv	a7,a1
80001ab8:	4ea9                	li	t4,10
80001aba:	01b5e763          	bltu	a1,s11,80001ac8 <__dtoa_engine+0x28a>
80001abe:	08bd9563          	bne	s11,a1,80001b48 <__dtoa_engine+0x30a>
80001ac2:	47c2                	lw	a5,16(sp)
80001ac4:	08f57263          	bgeu	a0,a5,80001b48 <__dtoa_engine+0x30a>
80001ac8:	8522                	mv	a0,s0
80001aca:	85a6                	mv	a1,s1
80001acc:	ce46                	sw	a7,28(sp)
80001ace:	cc1a                	sw	t1,24(sp)
80001ad0:	3389                	jal	80001812 <div10>
80001ad2:	4362                	lw	t1,24(sp)
80001ad4:	4ea9                	li	t4,10
80001ad6:	001cb693          	seqz	a3,s9
80001ada:	026e8833          	mul	a6,t4,t1
80001ade:	00d9f9b3          	and	s3,s3,a3
80001ae2:	47d2                	lw	a5,20(sp)
80001ae4:	48f2                	lw	a7,28(sp)
80001ae6:	d66e                	sw	s11,44(sp)
80001ae8:	d81a                	sw	t1,48(sp)
80001aea:	da46                	sw	a7,52(sp)
80001aec:	0905                	add	s2,s2,1
80001aee:	84ae                	mv	s1,a1
80001af0:	02ae86b3          	mul	a3,t4,a0
80001af4:	40f80833          	sub	a6,a6,a5
80001af8:	47c2                	lw	a5,16(sp)
80001afa:	00183813          	seqz	a6,a6
80001afe:	010d7d33          	and	s10,s10,a6
80001b02:	d43e                	sw	a5,40(sp)
80001b04:	40d406b3          	sub	a3,s0,a3
80001b08:	0ff6fc93          	zext.b	s9,a3
80001b0c:	842a                	mv	s0,a0
80001b0e:	bf49                	j	80001aa0 <__dtoa_engine+0x262>
80001b10:	45a9                	li	a1,10
80001b12:	4681                	li	a3,0
80001b14:	4785                	li	a5,1
80001b16:	4529                	li	a0,10
80001b18:	b795                	j	80001a7c <__dtoa_engine+0x23e>
80001b1a:	030e8f33          	mul	t5,t4,a6
80001b1e:	0505                	add	a0,a0,1
80001b20:	02beb833          	mulhu	a6,t4,a1
80001b24:	02be85b3          	mul	a1,t4,a1
80001b28:	987a                	add	a6,a6,t5
80001b2a:	0104e663          	bltu	s1,a6,80001b36 <__dtoa_engine+0x2f8>
80001b2e:	fe9816e3          	bne	a6,s1,80001b1a <__dtoa_engine+0x2dc>
80001b32:	feb474e3          	bgeu	s0,a1,80001b1a <__dtoa_engine+0x2dc>
80001b36:	00ab5d63          	bge	s6,a0,80001b50 <__dtoa_engine+0x312>
80001b3a:	000b1563          	bnez	s6,80001b44 <__dtoa_engine+0x306>
80001b3e:	009465b3          	or	a1,s0,s1
80001b42:	c599                	beqz	a1,80001b50 <__dtoa_engine+0x312>
80001b44:	4c05                	li	s8,1
80001b46:	b749                	j	80001ac8 <__dtoa_engine+0x28a>
80001b48:	45a9                	li	a1,10
80001b4a:	4801                	li	a6,0
80001b4c:	4505                	li	a0,1
80001b4e:	bff1                	j	80001b2a <__dtoa_engine+0x2ec>
80001b50:	040d0e63          	beqz	s10,80001bac <__dtoa_engine+0x36e>
80001b54:	4da9                	li	s11,10
80001b56:	5342                	lw	t1,48(sp)
80001b58:	55d2                	lw	a1,52(sp)
80001b5a:	851a                	mv	a0,t1
80001b5c:	c81a                	sw	t1,16(sp)
80001b5e:	3955                	jal	80001812 <div10>
80001b60:	ce2e                	sw	a1,28(sp)
80001b62:	02ad85b3          	mul	a1,s11,a0
80001b66:	4342                	lw	t1,16(sp)
80001b68:	882a                	mv	a6,a0
80001b6a:	cc42                	sw	a6,24(sp)
80001b6c:	04659063          	bne	a1,t1,80001bac <__dtoa_engine+0x36e>
80001b70:	5522                	lw	a0,40(sp)
80001b72:	55b2                	lw	a1,44(sp)
80001b74:	0905                	add	s2,s2,1
80001b76:	3971                	jal	80001812 <div10>
80001b78:	ca2a                	sw	a0,20(sp)
80001b7a:	c82e                	sw	a1,16(sp)
80001b7c:	8522                	mv	a0,s0
80001b7e:	85a6                	mv	a1,s1
80001b80:	3949                	jal	80001812 <div10>
80001b82:	001cb693          	seqz	a3,s9
80001b86:	00d9f9b3          	and	s3,s3,a3
80001b8a:	02ad86b3          	mul	a3,s11,a0
80001b8e:	4e52                	lw	t3,20(sp)
80001b90:	4342                	lw	t1,16(sp)
80001b92:	4862                	lw	a6,24(sp)
80001b94:	48f2                	lw	a7,28(sp)
80001b96:	d472                	sw	t3,40(sp)
80001b98:	d61a                	sw	t1,44(sp)
80001b9a:	d842                	sw	a6,48(sp)
80001b9c:	da46                	sw	a7,52(sp)
80001b9e:	84ae                	mv	s1,a1
80001ba0:	40d406b3          	sub	a3,s0,a3
80001ba4:	0ff6fc93          	zext.b	s9,a3
80001ba8:	842a                	mv	s0,a0
80001baa:	b775                	j	80001b56 <__dtoa_engine+0x318>
80001bac:	9952                	add	s2,s2,s4
80001bae:	0c098563          	beqz	s3,80001c78 <__dtoa_engine+0x43a>
80001bb2:	4715                	li	a4,5
80001bb4:	0cec9263          	bne	s9,a4,80001c78 <__dtoa_engine+0x43a>
80001bb8:	00147713          	and	a4,s0,1
80001bbc:	e35d                	bnez	a4,80001c62 <__dtoa_engine+0x424>
80001bbe:	000c1963          	bnez	s8,80001bd0 <__dtoa_engine+0x392>
80001bc2:	5742                	lw	a4,48(sp)
80001bc4:	00871563          	bne	a4,s0,80001bce <__dtoa_engine+0x390>
80001bc8:	5752                	lw	a4,52(sp)
80001bca:	0c970963          	beq	a4,s1,80001c9c <__dtoa_engine+0x45e>
80001bce:	4701                	li	a4,0
80001bd0:	943a                	add	s0,s0,a4
80001bd2:	00e435b3          	sltu	a1,s0,a4
80001bd6:	95a6                	add	a1,a1,s1
80001bd8:	8a2e                	mv	s4,a1
80001bda:	84a2                	mv	s1,s0
80001bdc:	4629                	li	a2,10
80001bde:	4681                	li	a3,0
80001be0:	4c05                	li	s8,1
80001be2:	4529                	li	a0,10
80001be4:	00d5e663          	bltu	a1,a3,80001bf0 <__dtoa_engine+0x3b2>
80001be8:	0ab69c63          	bne	a3,a1,80001ca0 <__dtoa_engine+0x462>
80001bec:	0ac47a63          	bgeu	s0,a2,80001ca0 <__dtoa_engine+0x462>
80001bf0:	cf15                	beqz	a4,80001c2c <__dtoa_engine+0x3ee>
80001bf2:	038b5d63          	bge	s6,s8,80001c2c <__dtoa_engine+0x3ee>
80001bf6:	47a2                	lw	a5,8(sp)
80001bf8:	cf91                	beqz	a5,80001c14 <__dtoa_engine+0x3d6>
80001bfa:	4732                	lw	a4,12(sp)
80001bfc:	012c07b3          	add	a5,s8,s2
80001c00:	00f70b33          	add	s6,a4,a5
80001c04:	000b5363          	bgez	s6,80001c0a <__dtoa_engine+0x3cc>
80001c08:	4b01                	li	s6,0
80001c0a:	016bd363          	bge	s7,s6,80001c10 <__dtoa_engine+0x3d2>
80001c0e:	8b5e                	mv	s6,s7
80001c10:	018b5e63          	bge	s6,s8,80001c2c <__dtoa_engine+0x3ee>
80001c14:	00540513          	add	a0,s0,5
80001c18:	00853433          	sltu	s0,a0,s0
80001c1c:	4629                	li	a2,10
80001c1e:	4681                	li	a3,0
80001c20:	95a2                	add	a1,a1,s0
80001c22:	2185                	jal	80002082 <__udivdi3>
80001c24:	84aa                	mv	s1,a0
80001c26:	8a2e                	mv	s4,a1
80001c28:	0905                	add	s2,s2,1
80001c2a:	1c7d                	add	s8,s8,-1
80001c2c:	87da                	mv	a5,s6
80001c2e:	016c5363          	bge	s8,s6,80001c34 <__dtoa_engine+0x3f6>
80001c32:	87e2                	mv	a5,s8
80001c34:	01079413          	sll	s0,a5,0x10
80001c38:	0942                	sll	s2,s2,0x10
80001c3a:	8441                	sra	s0,s0,0x10
80001c3c:	41095913          	sra	s2,s2,0x10
80001c40:	9922                	add	s2,s2,s0
80001c42:	008a8b33          	add	s6,s5,s0
80001c46:	197d                	add	s2,s2,-1
80001c48:	4b81                	li	s7,0
80001c4a:	8c5a                	mv	s8,s6
80001c4c:	1b7d                	add	s6,s6,-1
80001c4e:	068bc263          	blt	s7,s0,80001cb2 <__dtoa_engine+0x474>
80001c52:	4782                	lw	a5,0(sp)
80001c54:	000c02a3          	sb	zero,5(s8)
80001c58:	012aa023          	sw	s2,0(s5)
80001c5c:	00fa8223          	sb	a5,4(s5)
80001c60:	b135                	j	8000188c <__dtoa_engine+0x4e>
80001c62:	4705                	li	a4,1
80001c64:	f60c16e3          	bnez	s8,80001bd0 <__dtoa_engine+0x392>
80001c68:	5742                	lw	a4,48(sp)
80001c6a:	00871563          	bne	a4,s0,80001c74 <__dtoa_engine+0x436>
80001c6e:	5752                	lw	a4,52(sp)
80001c70:	00970c63          	beq	a4,s1,80001c88 <__dtoa_engine+0x44a>
80001c74:	4705                	li	a4,1
80001c76:	bfa9                	j	80001bd0 <__dtoa_engine+0x392>
80001c78:	000c1d63          	bnez	s8,80001c92 <__dtoa_engine+0x454>
80001c7c:	5742                	lw	a4,48(sp)
80001c7e:	00871a63          	bne	a4,s0,80001c92 <__dtoa_engine+0x454>
80001c82:	5752                	lw	a4,52(sp)
80001c84:	00971763          	bne	a4,s1,80001c92 <__dtoa_engine+0x454>
80001c88:	4792                	lw	a5,4(sp)
80001c8a:	4705                	li	a4,1
80001c8c:	f3b1                	bnez	a5,80001bd0 <__dtoa_engine+0x392>
80001c8e:	f40d01e3          	beqz	s10,80001bd0 <__dtoa_engine+0x392>
80001c92:	005cb693          	sltiu	a3,s9,5
80001c96:	0016c713          	xor	a4,a3,1
80001c9a:	bf1d                	j	80001bd0 <__dtoa_engine+0x392>
80001c9c:	4c91                	li	s9,4
80001c9e:	b7ed                	j	80001c88 <__dtoa_engine+0x44a>
80001ca0:	02d50833          	mul	a6,a0,a3
80001ca4:	0c05                	add	s8,s8,1
80001ca6:	02c536b3          	mulhu	a3,a0,a2
80001caa:	02c50633          	mul	a2,a0,a2
80001cae:	96c2                	add	a3,a3,a6
80001cb0:	bf15                	j	80001be4 <__dtoa_engine+0x3a6>
80001cb2:	4629                	li	a2,10
80001cb4:	4681                	li	a3,0
80001cb6:	8526                	mv	a0,s1
80001cb8:	85d2                	mv	a1,s4
80001cba:	271d                	jal	800023e0 <__umoddi3>
80001cbc:	03050513          	add	a0,a0,48
80001cc0:	00ab02a3          	sb	a0,5(s6)
80001cc4:	85d2                	mv	a1,s4
80001cc6:	8526                	mv	a0,s1
80001cc8:	4629                	li	a2,10
80001cca:	4681                	li	a3,0
80001ccc:	2e5d                	jal	80002082 <__udivdi3>
80001cce:	84aa                	mv	s1,a0
80001cd0:	8a2e                	mv	s4,a1
80001cd2:	0b85                	add	s7,s7,1
80001cd4:	bfa5                	j	80001c4c <__dtoa_engine+0x40e>

80001cd6 <__pow5Factor>:
80001cd6:	ccccd737          	lui	a4,0xccccd
80001cda:	333336b7          	lui	a3,0x33333
80001cde:	87aa                	mv	a5,a0
80001ce0:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
80001ce4:	4501                	li	a0,0
80001ce6:	ccc70713          	add	a4,a4,-820
80001cea:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001cee:	02c585b3          	mul	a1,a1,a2
80001cf2:	02e78833          	mul	a6,a5,a4
80001cf6:	982e                	add	a6,a6,a1
80001cf8:	02c7b5b3          	mulhu	a1,a5,a2
80001cfc:	95c2                	add	a1,a1,a6
80001cfe:	02c787b3          	mul	a5,a5,a2
80001d02:	00b6e863          	bltu	a3,a1,80001d12 <__pow5Factor+0x3c>
80001d06:	00d59463          	bne	a1,a3,80001d0e <__pow5Factor+0x38>
80001d0a:	00f5e463          	bltu	a1,a5,80001d12 <__pow5Factor+0x3c>
80001d0e:	0505                	add	a0,a0,1
80001d10:	bff9                	j	80001cee <__pow5Factor+0x18>
80001d12:	8082                	ret

80001d14 <__double_computePow5>:
80001d14:	1fd002ef          	jal	t0,80002710 <__riscv_save_10>
80001d18:	47e9                	li	a5,26
80001d1a:	02f55b33          	divu	s6,a0,a5
80001d1e:	800039b7          	lui	s3,0x80003
80001d22:	94898b93          	add	s7,s3,-1720 # 80002948 <DOUBLE_POW5_SPLIT2>
80001d26:	1101                	add	sp,sp,-32
80001d28:	892e                	mv	s2,a1
80001d2a:	02f577b3          	remu	a5,a0,a5
80001d2e:	004b1713          	sll	a4,s6,0x4
80001d32:	9bba                	add	s7,s7,a4
80001d34:	e395                	bnez	a5,80001d58 <__double_computePow5+0x44>
80001d36:	000ba703          	lw	a4,0(s7)
80001d3a:	004ba783          	lw	a5,4(s7)
80001d3e:	c198                	sw	a4,0(a1)
80001d40:	c1dc                	sw	a5,4(a1)
80001d42:	008ba503          	lw	a0,8(s7)
80001d46:	00cba583          	lw	a1,12(s7)
80001d4a:	00a92423          	sw	a0,8(s2)
80001d4e:	00b92623          	sw	a1,12(s2)
80001d52:	6105                	add	sp,sp,32
80001d54:	1f50006f          	j	80002748 <__riscv_restore_10>
80001d58:	94898993          	add	s3,s3,-1720
80001d5c:	078e                	sll	a5,a5,0x3
80001d5e:	97ce                	add	a5,a5,s3
80001d60:	0d07aa03          	lw	s4,208(a5)
80001d64:	0d47aa83          	lw	s5,212(a5)
80001d68:	008ba603          	lw	a2,8(s7)
80001d6c:	00cba683          	lw	a3,12(s7)
80001d70:	0818                	add	a4,sp,16
80001d72:	85d6                	mv	a1,s5
80001d74:	842a                	mv	s0,a0
80001d76:	8552                	mv	a0,s4
80001d78:	22d9                	jal	80001f3e <__umul128>
80001d7a:	000ba603          	lw	a2,0(s7)
80001d7e:	004ba683          	lw	a3,4(s7)
80001d82:	84aa                	mv	s1,a0
80001d84:	8c2e                	mv	s8,a1
80001d86:	0838                	add	a4,sp,24
80001d88:	8552                	mv	a0,s4
80001d8a:	85d6                	mv	a1,s5
80001d8c:	2a4d                	jal	80001f3e <__umul128>
80001d8e:	47e2                	lw	a5,24(sp)
80001d90:	4772                	lw	a4,28(sp)
80001d92:	8aaa                	mv	s5,a0
80001d94:	94be                	add	s1,s1,a5
80001d96:	00f4ba33          	sltu	s4,s1,a5
80001d9a:	9c3a                	add	s8,s8,a4
80001d9c:	9a62                	add	s4,s4,s8
80001d9e:	00ea6663          	bltu	s4,a4,80001daa <__double_computePow5+0x96>
80001da2:	01471d63          	bne	a4,s4,80001dbc <__double_computePow5+0xa8>
80001da6:	00f4fb63          	bgeu	s1,a5,80001dbc <__double_computePow5+0xa8>
80001daa:	47c2                	lw	a5,16(sp)
80001dac:	46d2                	lw	a3,20(sp)
80001dae:	00178713          	add	a4,a5,1
80001db2:	00f737b3          	sltu	a5,a4,a5
80001db6:	97b6                	add	a5,a5,a3
80001db8:	c83a                	sw	a4,16(sp)
80001dba:	ca3e                	sw	a5,20(sp)
80001dbc:	8522                	mv	a0,s0
80001dbe:	c62e                	sw	a1,12(sp)
80001dc0:	22b5                	jal	80001f2c <__pow5bits>
80001dc2:	8baa                	mv	s7,a0
80001dc4:	4569                	li	a0,26
80001dc6:	02ab0533          	mul	a0,s6,a0
80001dca:	228d                	jal	80001f2c <__pow5bits>
80001dcc:	45b2                	lw	a1,12(sp)
80001dce:	40ab8733          	sub	a4,s7,a0
80001dd2:	8626                	mv	a2,s1
80001dd4:	86d2                	mv	a3,s4
80001dd6:	8556                	mv	a0,s5
80001dd8:	c43a                	sw	a4,8(sp)
80001dda:	2a45                	jal	80001f8a <__shiftright128>
80001ddc:	00445793          	srl	a5,s0,0x4
80001de0:	078a                	sll	a5,a5,0x2
80001de2:	99be                	add	s3,s3,a5
80001de4:	1a09a783          	lw	a5,416(s3)
80001de8:	0406                	sll	s0,s0,0x1
80001dea:	8879                	and	s0,s0,30
80001dec:	0087d7b3          	srl	a5,a5,s0
80001df0:	8b8d                	and	a5,a5,3
80001df2:	953e                	add	a0,a0,a5
80001df4:	00f537b3          	sltu	a5,a0,a5
80001df8:	4722                	lw	a4,8(sp)
80001dfa:	4642                	lw	a2,16(sp)
80001dfc:	46d2                	lw	a3,20(sp)
80001dfe:	97ae                	add	a5,a5,a1
80001e00:	00a92023          	sw	a0,0(s2)
80001e04:	00f92223          	sw	a5,4(s2)
80001e08:	8526                	mv	a0,s1
80001e0a:	85d2                	mv	a1,s4
80001e0c:	2abd                	jal	80001f8a <__shiftright128>
80001e0e:	bf35                	j	80001d4a <__double_computePow5+0x36>

80001e10 <__double_computeInvPow5>:
80001e10:	101002ef          	jal	t0,80002710 <__riscv_save_10>
80001e14:	4b69                	li	s6,26
80001e16:	01950793          	add	a5,a0,25
80001e1a:	0367d7b3          	divu	a5,a5,s6
80001e1e:	80003ab7          	lui	s5,0x80003
80001e22:	948a8493          	add	s1,s5,-1720 # 80002948 <DOUBLE_POW5_SPLIT2>
80001e26:	1f848493          	add	s1,s1,504
80001e2a:	1101                	add	sp,sp,-32
80001e2c:	8a2e                	mv	s4,a1
80001e2e:	03678b33          	mul	s6,a5,s6
80001e32:	0792                	sll	a5,a5,0x4
80001e34:	94be                	add	s1,s1,a5
80001e36:	40ab0733          	sub	a4,s6,a0
80001e3a:	00ab1f63          	bne	s6,a0,80001e58 <__double_computeInvPow5+0x48>
80001e3e:	4098                	lw	a4,0(s1)
80001e40:	40dc                	lw	a5,4(s1)
80001e42:	c198                	sw	a4,0(a1)
80001e44:	c1dc                	sw	a5,4(a1)
80001e46:	4488                	lw	a0,8(s1)
80001e48:	44cc                	lw	a1,12(s1)
80001e4a:	00aa2423          	sw	a0,8(s4)
80001e4e:	00ba2623          	sw	a1,12(s4)
80001e52:	6105                	add	sp,sp,32
80001e54:	0f50006f          	j	80002748 <__riscv_restore_10>
80001e58:	948a8a93          	add	s5,s5,-1720
80001e5c:	070e                	sll	a4,a4,0x3
80001e5e:	9756                	add	a4,a4,s5
80001e60:	0d072903          	lw	s2,208(a4)
80001e64:	0d472983          	lw	s3,212(a4)
80001e68:	4490                	lw	a2,8(s1)
80001e6a:	44d4                	lw	a3,12(s1)
80001e6c:	0818                	add	a4,sp,16
80001e6e:	85ce                	mv	a1,s3
80001e70:	842a                	mv	s0,a0
80001e72:	854a                	mv	a0,s2
80001e74:	20e9                	jal	80001f3e <__umul128>
80001e76:	4090                	lw	a2,0(s1)
80001e78:	40d4                	lw	a3,4(s1)
80001e7a:	8c2a                	mv	s8,a0
80001e7c:	00163793          	seqz	a5,a2
80001e80:	8bae                	mv	s7,a1
80001e82:	0838                	add	a4,sp,24
80001e84:	8e9d                	sub	a3,a3,a5
80001e86:	854a                	mv	a0,s2
80001e88:	85ce                	mv	a1,s3
80001e8a:	167d                	add	a2,a2,-1
80001e8c:	284d                	jal	80001f3e <__umul128>
80001e8e:	47e2                	lw	a5,24(sp)
80001e90:	4772                	lw	a4,28(sp)
80001e92:	89aa                	mv	s3,a0
80001e94:	9c3e                	add	s8,s8,a5
80001e96:	00fc3933          	sltu	s2,s8,a5
80001e9a:	9bba                	add	s7,s7,a4
80001e9c:	995e                	add	s2,s2,s7
80001e9e:	00e96663          	bltu	s2,a4,80001eaa <__double_computeInvPow5+0x9a>
80001ea2:	01271d63          	bne	a4,s2,80001ebc <__double_computeInvPow5+0xac>
80001ea6:	00fc7b63          	bgeu	s8,a5,80001ebc <__double_computeInvPow5+0xac>
80001eaa:	47c2                	lw	a5,16(sp)
80001eac:	46d2                	lw	a3,20(sp)
80001eae:	00178713          	add	a4,a5,1
80001eb2:	00f737b3          	sltu	a5,a4,a5
80001eb6:	97b6                	add	a5,a5,a3
80001eb8:	c83a                	sw	a4,16(sp)
80001eba:	ca3e                	sw	a5,20(sp)
80001ebc:	855a                	mv	a0,s6
80001ebe:	c62e                	sw	a1,12(sp)
80001ec0:	20b5                	jal	80001f2c <__pow5bits>
80001ec2:	8b2a                	mv	s6,a0
80001ec4:	8522                	mv	a0,s0
80001ec6:	209d                	jal	80001f2c <__pow5bits>
80001ec8:	45b2                	lw	a1,12(sp)
80001eca:	40ab0733          	sub	a4,s6,a0
80001ece:	8662                	mv	a2,s8
80001ed0:	86ca                	mv	a3,s2
80001ed2:	854e                	mv	a0,s3
80001ed4:	c43a                	sw	a4,8(sp)
80001ed6:	2855                	jal	80001f8a <__shiftright128>
80001ed8:	00445793          	srl	a5,s0,0x4
80001edc:	078a                	sll	a5,a5,0x2
80001ede:	9abe                	add	s5,s5,a5
80001ee0:	2e8aa783          	lw	a5,744(s5)
80001ee4:	0406                	sll	s0,s0,0x1
80001ee6:	8879                	and	s0,s0,30
80001ee8:	0087d7b3          	srl	a5,a5,s0
80001eec:	8b8d                	and	a5,a5,3
80001eee:	0785                	add	a5,a5,1
80001ef0:	953e                	add	a0,a0,a5
80001ef2:	00f537b3          	sltu	a5,a0,a5
80001ef6:	4722                	lw	a4,8(sp)
80001ef8:	4642                	lw	a2,16(sp)
80001efa:	46d2                	lw	a3,20(sp)
80001efc:	97ae                	add	a5,a5,a1
80001efe:	00aa2023          	sw	a0,0(s4)
80001f02:	00fa2223          	sw	a5,4(s4)
80001f06:	8562                	mv	a0,s8
80001f08:	85ca                	mv	a1,s2
80001f0a:	2041                	jal	80001f8a <__shiftright128>
80001f0c:	bf3d                	j	80001e4a <__double_computeInvPow5+0x3a>

80001f0e <__log10Pow2>:
80001f0e:	67cd                	lui	a5,0x13
80001f10:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001f14:	02f50533          	mul	a0,a0,a5
80001f18:	8149                	srl	a0,a0,0x12
80001f1a:	8082                	ret

80001f1c <__log10Pow5>:
80001f1c:	000b37b7          	lui	a5,0xb3
80001f20:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001f24:	02f50533          	mul	a0,a0,a5
80001f28:	8151                	srl	a0,a0,0x14
80001f2a:	8082                	ret

80001f2c <__pow5bits>:
80001f2c:	001297b7          	lui	a5,0x129
80001f30:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001f34:	02f50533          	mul	a0,a0,a5
80001f38:	814d                	srl	a0,a0,0x13
80001f3a:	0505                	add	a0,a0,1
80001f3c:	8082                	ret

80001f3e <__umul128>:
80001f3e:	02c537b3          	mulhu	a5,a0,a2
80001f42:	832e                	mv	t1,a1
80001f44:	02c585b3          	mul	a1,a1,a2
80001f48:	02c33833          	mulhu	a6,t1,a2
80001f4c:	95be                	add	a1,a1,a5
80001f4e:	00f5b7b3          	sltu	a5,a1,a5
80001f52:	97c2                	add	a5,a5,a6
80001f54:	02a68833          	mul	a6,a3,a0
80001f58:	02a6b8b3          	mulhu	a7,a3,a0
80001f5c:	95c2                	add	a1,a1,a6
80001f5e:	0105b833          	sltu	a6,a1,a6
80001f62:	98c2                	add	a7,a7,a6
80001f64:	02d30833          	mul	a6,t1,a3
80001f68:	02d33333          	mulhu	t1,t1,a3
80001f6c:	983e                	add	a6,a6,a5
80001f6e:	011806b3          	add	a3,a6,a7
80001f72:	00f837b3          	sltu	a5,a6,a5
80001f76:	0106b833          	sltu	a6,a3,a6
80001f7a:	c314                	sw	a3,0(a4)
80001f7c:	979a                	add	a5,a5,t1
80001f7e:	983e                	add	a6,a6,a5
80001f80:	02c50533          	mul	a0,a0,a2
80001f84:	01072223          	sw	a6,4(a4)
80001f88:	8082                	ret

80001f8a <__shiftright128>:
80001f8a:	794002ef          	jal	t0,8000271e <__riscv_save_4>
80001f8e:	8a2a                	mv	s4,a0
80001f90:	8532                	mv	a0,a2
80001f92:	04000613          	li	a2,64
80001f96:	8e19                	sub	a2,a2,a4
80001f98:	89ae                	mv	s3,a1
80001f9a:	85b6                	mv	a1,a3
80001f9c:	843a                	mv	s0,a4
80001f9e:	2849                	jal	80002030 <__ashldi3>
80001fa0:	892a                	mv	s2,a0
80001fa2:	84ae                	mv	s1,a1
80001fa4:	8622                	mv	a2,s0
80001fa6:	8552                	mv	a0,s4
80001fa8:	85ce                	mv	a1,s3
80001faa:	28b9                	jal	80002008 <__lshrdi3>
80001fac:	00a96533          	or	a0,s2,a0
80001fb0:	8dc5                	or	a1,a1,s1
80001fb2:	a745                	j	80002752 <__riscv_restore_4>

80001fb4 <__libc_fini_array>:
80001fb4:	784002ef          	jal	t0,80002738 <__riscv_save_0>
80001fb8:	800037b7          	lui	a5,0x80003
80001fbc:	80003437          	lui	s0,0x80003
80001fc0:	d9078713          	add	a4,a5,-624 # 80002d90 <__fini_array_end>
80001fc4:	d9040413          	add	s0,s0,-624 # 80002d90 <__fini_array_end>
80001fc8:	8c19                	sub	s0,s0,a4
80001fca:	8409                	sra	s0,s0,0x2
80001fcc:	d9078493          	add	s1,a5,-624
80001fd0:	e809                	bnez	s0,80001fe2 <__libc_fini_array+0x2e>
80001fd2:	00000793          	li	a5,0
80001fd6:	c789                	beqz	a5,80001fe0 <__libc_fini_array+0x2c>
80001fd8:	00000097          	auipc	ra,0x0
80001fdc:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001fe0:	afb5                	j	8000275c <__riscv_restore_0>
80001fe2:	147d                	add	s0,s0,-1
80001fe4:	00241793          	sll	a5,s0,0x2
80001fe8:	97a6                	add	a5,a5,s1
80001fea:	439c                	lw	a5,0(a5)
80001fec:	9782                	jalr	a5
80001fee:	b7cd                	j	80001fd0 <__libc_fini_array+0x1c>

80001ff0 <strnlen>:
80001ff0:	95aa                	add	a1,a1,a0
80001ff2:	87aa                	mv	a5,a0
80001ff4:	00b78563          	beq	a5,a1,80001ffe <strnlen+0xe>
80001ff8:	0007c703          	lbu	a4,0(a5)
80001ffc:	e701                	bnez	a4,80002004 <strnlen+0x14>
80001ffe:	40a78533          	sub	a0,a5,a0
80002002:	8082                	ret
80002004:	0785                	add	a5,a5,1
80002006:	b7fd                	j	80001ff4 <strnlen+0x4>

80002008 <__lshrdi3>:
80002008:	ca19                	beqz	a2,8000201e <__lshrdi3+0x16>
8000200a:	02000793          	li	a5,32
8000200e:	8f91                	sub	a5,a5,a2
80002010:	00f04863          	bgtz	a5,80002020 <__lshrdi3+0x18>
80002014:	1601                	add	a2,a2,-32
80002016:	00c5d533          	srl	a0,a1,a2
8000201a:	4701                	li	a4,0
8000201c:	85ba                	mv	a1,a4
8000201e:	8082                	ret
80002020:	00c5d733          	srl	a4,a1,a2
80002024:	00c55533          	srl	a0,a0,a2
80002028:	00f595b3          	sll	a1,a1,a5
8000202c:	8d4d                	or	a0,a0,a1
8000202e:	b7fd                	j	8000201c <__lshrdi3+0x14>

80002030 <__ashldi3>:
80002030:	ca19                	beqz	a2,80002046 <__ashldi3+0x16>
80002032:	02000793          	li	a5,32
80002036:	8f91                	sub	a5,a5,a2
80002038:	00f04863          	bgtz	a5,80002048 <__ashldi3+0x18>
8000203c:	1601                	add	a2,a2,-32
8000203e:	00c515b3          	sll	a1,a0,a2
80002042:	4701                	li	a4,0
80002044:	853a                	mv	a0,a4
80002046:	8082                	ret
80002048:	00c51733          	sll	a4,a0,a2
8000204c:	00c595b3          	sll	a1,a1,a2
80002050:	00f55533          	srl	a0,a0,a5
80002054:	8dc9                	or	a1,a1,a0
80002056:	b7fd                	j	80002044 <__ashldi3+0x14>

80002058 <__ashrdi3>:
80002058:	ce01                	beqz	a2,80002070 <__ashrdi3+0x18>
8000205a:	02000793          	li	a5,32
8000205e:	8f91                	sub	a5,a5,a2
80002060:	00f04963          	bgtz	a5,80002072 <__ashrdi3+0x1a>
80002064:	1601                	add	a2,a2,-32
80002066:	41f5d713          	sra	a4,a1,0x1f
8000206a:	40c5d533          	sra	a0,a1,a2
8000206e:	85ba                	mv	a1,a4
80002070:	8082                	ret
80002072:	40c5d733          	sra	a4,a1,a2
80002076:	00c55533          	srl	a0,a0,a2
8000207a:	00f595b3          	sll	a1,a1,a5
8000207e:	8d4d                	or	a0,a0,a1
80002080:	b7fd                	j	8000206e <__ashrdi3+0x16>

80002082 <__udivdi3>:
80002082:	88aa                	mv	a7,a0
80002084:	832e                	mv	t1,a1
80002086:	8732                	mv	a4,a2
80002088:	882a                	mv	a6,a0
8000208a:	87ae                	mv	a5,a1
8000208c:	20069663          	bnez	a3,80002298 <__udivdi3+0x216>
80002090:	00001597          	auipc	a1,0x1
80002094:	bf458593          	add	a1,a1,-1036 # 80002c84 <__clz_tab>
80002098:	0cc37163          	bgeu	t1,a2,8000215a <__udivdi3+0xd8>
8000209c:	66c1                	lui	a3,0x10
8000209e:	0ad67763          	bgeu	a2,a3,8000214c <__udivdi3+0xca>
800020a2:	10063693          	sltiu	a3,a2,256
800020a6:	0016c693          	xor	a3,a3,1
800020aa:	068e                	sll	a3,a3,0x3
800020ac:	00d65533          	srl	a0,a2,a3
800020b0:	95aa                	add	a1,a1,a0
800020b2:	0005c583          	lbu	a1,0(a1)
800020b6:	02000513          	li	a0,32
800020ba:	96ae                	add	a3,a3,a1
800020bc:	40d505b3          	sub	a1,a0,a3
800020c0:	00d50b63          	beq	a0,a3,800020d6 <__udivdi3+0x54>
800020c4:	00b317b3          	sll	a5,t1,a1
800020c8:	00d8d6b3          	srl	a3,a7,a3
800020cc:	00b61733          	sll	a4,a2,a1
800020d0:	8fd5                	or	a5,a5,a3
800020d2:	00b89833          	sll	a6,a7,a1
800020d6:	01075593          	srl	a1,a4,0x10
800020da:	02b7d333          	divu	t1,a5,a1
800020de:	01071613          	sll	a2,a4,0x10
800020e2:	8241                	srl	a2,a2,0x10
800020e4:	02b7f7b3          	remu	a5,a5,a1
800020e8:	851a                	mv	a0,t1
800020ea:	026608b3          	mul	a7,a2,t1
800020ee:	01079693          	sll	a3,a5,0x10
800020f2:	01085793          	srl	a5,a6,0x10
800020f6:	8fd5                	or	a5,a5,a3
800020f8:	0117fc63          	bgeu	a5,a7,80002110 <__udivdi3+0x8e>
800020fc:	97ba                	add	a5,a5,a4
800020fe:	fff30513          	add	a0,t1,-1
80002102:	00e7e763          	bltu	a5,a4,80002110 <__udivdi3+0x8e>
80002106:	0117f563          	bgeu	a5,a7,80002110 <__udivdi3+0x8e>
8000210a:	ffe30513          	add	a0,t1,-2
8000210e:	97ba                	add	a5,a5,a4
80002110:	411787b3          	sub	a5,a5,a7
80002114:	02b7d8b3          	divu	a7,a5,a1
80002118:	0842                	sll	a6,a6,0x10
8000211a:	01085813          	srl	a6,a6,0x10
8000211e:	02b7f7b3          	remu	a5,a5,a1
80002122:	031606b3          	mul	a3,a2,a7
80002126:	07c2                	sll	a5,a5,0x10
80002128:	00f86833          	or	a6,a6,a5
8000212c:	87c6                	mv	a5,a7
8000212e:	00d87b63          	bgeu	a6,a3,80002144 <__udivdi3+0xc2>
80002132:	983a                	add	a6,a6,a4
80002134:	fff88793          	add	a5,a7,-1
80002138:	00e86663          	bltu	a6,a4,80002144 <__udivdi3+0xc2>
8000213c:	00d87463          	bgeu	a6,a3,80002144 <__udivdi3+0xc2>
80002140:	ffe88793          	add	a5,a7,-2
80002144:	0542                	sll	a0,a0,0x10
80002146:	8d5d                	or	a0,a0,a5
80002148:	4581                	li	a1,0
8000214a:	8082                	ret
8000214c:	01000537          	lui	a0,0x1000
80002150:	46c1                	li	a3,16
80002152:	f4a66de3          	bltu	a2,a0,800020ac <__udivdi3+0x2a>
80002156:	46e1                	li	a3,24
80002158:	bf91                	j	800020ac <__udivdi3+0x2a>
8000215a:	4681                	li	a3,0
8000215c:	ca09                	beqz	a2,8000216e <__udivdi3+0xec>
8000215e:	67c1                	lui	a5,0x10
80002160:	08f67f63          	bgeu	a2,a5,800021fe <__udivdi3+0x17c>
80002164:	10063693          	sltiu	a3,a2,256
80002168:	0016c693          	xor	a3,a3,1
8000216c:	068e                	sll	a3,a3,0x3
8000216e:	00d657b3          	srl	a5,a2,a3
80002172:	95be                	add	a1,a1,a5
80002174:	0005c783          	lbu	a5,0(a1)
80002178:	97b6                	add	a5,a5,a3
8000217a:	02000693          	li	a3,32
8000217e:	40f685b3          	sub	a1,a3,a5
80002182:	08f69563          	bne	a3,a5,8000220c <__udivdi3+0x18a>
80002186:	40c307b3          	sub	a5,t1,a2
8000218a:	4585                	li	a1,1
8000218c:	01075893          	srl	a7,a4,0x10
80002190:	0317de33          	divu	t3,a5,a7
80002194:	01071613          	sll	a2,a4,0x10
80002198:	8241                	srl	a2,a2,0x10
8000219a:	01085693          	srl	a3,a6,0x10
8000219e:	0317f7b3          	remu	a5,a5,a7
800021a2:	8572                	mv	a0,t3
800021a4:	03c60333          	mul	t1,a2,t3
800021a8:	07c2                	sll	a5,a5,0x10
800021aa:	8fd5                	or	a5,a5,a3
800021ac:	0067fc63          	bgeu	a5,t1,800021c4 <__udivdi3+0x142>
800021b0:	97ba                	add	a5,a5,a4
800021b2:	fffe0513          	add	a0,t3,-1
800021b6:	00e7e763          	bltu	a5,a4,800021c4 <__udivdi3+0x142>
800021ba:	0067f563          	bgeu	a5,t1,800021c4 <__udivdi3+0x142>
800021be:	ffee0513          	add	a0,t3,-2
800021c2:	97ba                	add	a5,a5,a4
800021c4:	406787b3          	sub	a5,a5,t1
800021c8:	0317d333          	divu	t1,a5,a7
800021cc:	0842                	sll	a6,a6,0x10
800021ce:	01085813          	srl	a6,a6,0x10
800021d2:	0317f7b3          	remu	a5,a5,a7
800021d6:	026606b3          	mul	a3,a2,t1
800021da:	07c2                	sll	a5,a5,0x10
800021dc:	00f86833          	or	a6,a6,a5
800021e0:	879a                	mv	a5,t1
800021e2:	00d87b63          	bgeu	a6,a3,800021f8 <__udivdi3+0x176>
800021e6:	983a                	add	a6,a6,a4
800021e8:	fff30793          	add	a5,t1,-1
800021ec:	00e86663          	bltu	a6,a4,800021f8 <__udivdi3+0x176>
800021f0:	00d87463          	bgeu	a6,a3,800021f8 <__udivdi3+0x176>
800021f4:	ffe30793          	add	a5,t1,-2
800021f8:	0542                	sll	a0,a0,0x10
800021fa:	8d5d                	or	a0,a0,a5
800021fc:	8082                	ret
800021fe:	010007b7          	lui	a5,0x1000
80002202:	46c1                	li	a3,16
80002204:	f6f665e3          	bltu	a2,a5,8000216e <__udivdi3+0xec>
80002208:	46e1                	li	a3,24
8000220a:	b795                	j	8000216e <__udivdi3+0xec>
8000220c:	00b61733          	sll	a4,a2,a1
80002210:	00f356b3          	srl	a3,t1,a5
80002214:	01075513          	srl	a0,a4,0x10
80002218:	00b31333          	sll	t1,t1,a1
8000221c:	00f8d7b3          	srl	a5,a7,a5
80002220:	0067e7b3          	or	a5,a5,t1
80002224:	02a6d333          	divu	t1,a3,a0
80002228:	01071613          	sll	a2,a4,0x10
8000222c:	8241                	srl	a2,a2,0x10
8000222e:	00b89833          	sll	a6,a7,a1
80002232:	02a6f6b3          	remu	a3,a3,a0
80002236:	026608b3          	mul	a7,a2,t1
8000223a:	01069593          	sll	a1,a3,0x10
8000223e:	0107d693          	srl	a3,a5,0x10
80002242:	8ecd                	or	a3,a3,a1
80002244:	859a                	mv	a1,t1
80002246:	0116fc63          	bgeu	a3,a7,8000225e <__udivdi3+0x1dc>
8000224a:	96ba                	add	a3,a3,a4
8000224c:	fff30593          	add	a1,t1,-1
80002250:	00e6e763          	bltu	a3,a4,8000225e <__udivdi3+0x1dc>
80002254:	0116f563          	bgeu	a3,a7,8000225e <__udivdi3+0x1dc>
80002258:	ffe30593          	add	a1,t1,-2
8000225c:	96ba                	add	a3,a3,a4
8000225e:	411686b3          	sub	a3,a3,a7
80002262:	02a6d8b3          	divu	a7,a3,a0
80002266:	07c2                	sll	a5,a5,0x10
80002268:	83c1                	srl	a5,a5,0x10
8000226a:	02a6f6b3          	remu	a3,a3,a0
8000226e:	03160633          	mul	a2,a2,a7
80002272:	06c2                	sll	a3,a3,0x10
80002274:	8fd5                	or	a5,a5,a3
80002276:	86c6                	mv	a3,a7
80002278:	00c7fc63          	bgeu	a5,a2,80002290 <__udivdi3+0x20e>
8000227c:	97ba                	add	a5,a5,a4
8000227e:	fff88693          	add	a3,a7,-1
80002282:	00e7e763          	bltu	a5,a4,80002290 <__udivdi3+0x20e>
80002286:	00c7f563          	bgeu	a5,a2,80002290 <__udivdi3+0x20e>
8000228a:	ffe88693          	add	a3,a7,-2
8000228e:	97ba                	add	a5,a5,a4
80002290:	05c2                	sll	a1,a1,0x10
80002292:	8f91                	sub	a5,a5,a2
80002294:	8dd5                	or	a1,a1,a3
80002296:	bddd                	j	8000218c <__udivdi3+0x10a>
80002298:	14d5e163          	bltu	a1,a3,800023da <__udivdi3+0x358>
8000229c:	67c1                	lui	a5,0x10
8000229e:	02f6ff63          	bgeu	a3,a5,800022dc <__udivdi3+0x25a>
800022a2:	1006b713          	sltiu	a4,a3,256
800022a6:	00174713          	xor	a4,a4,1
800022aa:	070e                	sll	a4,a4,0x3
800022ac:	00e6d5b3          	srl	a1,a3,a4
800022b0:	00001797          	auipc	a5,0x1
800022b4:	9d478793          	add	a5,a5,-1580 # 80002c84 <__clz_tab>
800022b8:	97ae                	add	a5,a5,a1
800022ba:	0007c783          	lbu	a5,0(a5)
800022be:	97ba                	add	a5,a5,a4
800022c0:	02000713          	li	a4,32
800022c4:	40f705b3          	sub	a1,a4,a5
800022c8:	02f71163          	bne	a4,a5,800022ea <__udivdi3+0x268>
800022cc:	4505                	li	a0,1
800022ce:	e666eee3          	bltu	a3,t1,8000214a <__udivdi3+0xc8>
800022d2:	00c8b533          	sltu	a0,a7,a2
800022d6:	00154513          	xor	a0,a0,1
800022da:	8082                	ret
800022dc:	010007b7          	lui	a5,0x1000
800022e0:	4741                	li	a4,16
800022e2:	fcf6e5e3          	bltu	a3,a5,800022ac <__udivdi3+0x22a>
800022e6:	4761                	li	a4,24
800022e8:	b7d1                	j	800022ac <__udivdi3+0x22a>
800022ea:	00f65733          	srl	a4,a2,a5
800022ee:	00b696b3          	sll	a3,a3,a1
800022f2:	8ed9                	or	a3,a3,a4
800022f4:	00f35733          	srl	a4,t1,a5
800022f8:	00b31333          	sll	t1,t1,a1
800022fc:	00f8d7b3          	srl	a5,a7,a5
80002300:	0067e7b3          	or	a5,a5,t1
80002304:	0106d313          	srl	t1,a3,0x10
80002308:	02675eb3          	divu	t4,a4,t1
8000230c:	01069813          	sll	a6,a3,0x10
80002310:	01085813          	srl	a6,a6,0x10
80002314:	00b61633          	sll	a2,a2,a1
80002318:	02677733          	remu	a4,a4,t1
8000231c:	03d80e33          	mul	t3,a6,t4
80002320:	01071513          	sll	a0,a4,0x10
80002324:	0107d713          	srl	a4,a5,0x10
80002328:	8f49                	or	a4,a4,a0
8000232a:	8576                	mv	a0,t4
8000232c:	01c77c63          	bgeu	a4,t3,80002344 <__udivdi3+0x2c2>
80002330:	9736                	add	a4,a4,a3
80002332:	fffe8513          	add	a0,t4,-1
80002336:	00d76763          	bltu	a4,a3,80002344 <__udivdi3+0x2c2>
8000233a:	01c77563          	bgeu	a4,t3,80002344 <__udivdi3+0x2c2>
8000233e:	ffee8513          	add	a0,t4,-2
80002342:	9736                	add	a4,a4,a3
80002344:	41c70733          	sub	a4,a4,t3
80002348:	02675e33          	divu	t3,a4,t1
8000234c:	07c2                	sll	a5,a5,0x10
8000234e:	83c1                	srl	a5,a5,0x10
80002350:	02677733          	remu	a4,a4,t1
80002354:	03c80833          	mul	a6,a6,t3
80002358:	0742                	sll	a4,a4,0x10
8000235a:	8fd9                	or	a5,a5,a4
8000235c:	8772                	mv	a4,t3
8000235e:	0107fc63          	bgeu	a5,a6,80002376 <__udivdi3+0x2f4>
80002362:	97b6                	add	a5,a5,a3
80002364:	fffe0713          	add	a4,t3,-1
80002368:	00d7e763          	bltu	a5,a3,80002376 <__udivdi3+0x2f4>
8000236c:	0107f563          	bgeu	a5,a6,80002376 <__udivdi3+0x2f4>
80002370:	ffee0713          	add	a4,t3,-2
80002374:	97b6                	add	a5,a5,a3
80002376:	0542                	sll	a0,a0,0x10
80002378:	6e41                	lui	t3,0x10
8000237a:	8d59                	or	a0,a0,a4
8000237c:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80002380:	00d57733          	and	a4,a0,a3
80002384:	410787b3          	sub	a5,a5,a6
80002388:	8ef1                	and	a3,a3,a2
8000238a:	01055813          	srl	a6,a0,0x10
8000238e:	8241                	srl	a2,a2,0x10
80002390:	02d70333          	mul	t1,a4,a3
80002394:	02d806b3          	mul	a3,a6,a3
80002398:	02c70733          	mul	a4,a4,a2
8000239c:	02c80833          	mul	a6,a6,a2
800023a0:	00d70633          	add	a2,a4,a3
800023a4:	01035713          	srl	a4,t1,0x10
800023a8:	9732                	add	a4,a4,a2
800023aa:	00d77363          	bgeu	a4,a3,800023b0 <__udivdi3+0x32e>
800023ae:	9872                	add	a6,a6,t3
800023b0:	01075693          	srl	a3,a4,0x10
800023b4:	96c2                	add	a3,a3,a6
800023b6:	02d7e063          	bltu	a5,a3,800023d6 <__udivdi3+0x354>
800023ba:	d8d797e3          	bne	a5,a3,80002148 <__udivdi3+0xc6>
800023be:	67c1                	lui	a5,0x10
800023c0:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
800023c2:	8f7d                	and	a4,a4,a5
800023c4:	0742                	sll	a4,a4,0x10
800023c6:	00f37333          	and	t1,t1,a5
800023ca:	00b898b3          	sll	a7,a7,a1
800023ce:	971a                	add	a4,a4,t1
800023d0:	4581                	li	a1,0
800023d2:	d6e8fce3          	bgeu	a7,a4,8000214a <__udivdi3+0xc8>
800023d6:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
800023d8:	bb85                	j	80002148 <__udivdi3+0xc6>
800023da:	4581                	li	a1,0
800023dc:	4501                	li	a0,0
800023de:	8082                	ret

800023e0 <__umoddi3>:
800023e0:	8832                	mv	a6,a2
800023e2:	87aa                	mv	a5,a0
800023e4:	872e                	mv	a4,a1
800023e6:	1a069363          	bnez	a3,8000258c <__umoddi3+0x1ac>
800023ea:	00001897          	auipc	a7,0x1
800023ee:	89a88893          	add	a7,a7,-1894 # 80002c84 <__clz_tab>
800023f2:	0ac5f663          	bgeu	a1,a2,8000249e <__umoddi3+0xbe>
800023f6:	66c1                	lui	a3,0x10
800023f8:	08d67c63          	bgeu	a2,a3,80002490 <__umoddi3+0xb0>
800023fc:	10063693          	sltiu	a3,a2,256
80002400:	0016c693          	xor	a3,a3,1
80002404:	068e                	sll	a3,a3,0x3
80002406:	00d65333          	srl	t1,a2,a3
8000240a:	989a                	add	a7,a7,t1
8000240c:	0008c883          	lbu	a7,0(a7)
80002410:	02000313          	li	t1,32
80002414:	96c6                	add	a3,a3,a7
80002416:	40d308b3          	sub	a7,t1,a3
8000241a:	00d30b63          	beq	t1,a3,80002430 <__umoddi3+0x50>
8000241e:	01159733          	sll	a4,a1,a7
80002422:	00d556b3          	srl	a3,a0,a3
80002426:	01161833          	sll	a6,a2,a7
8000242a:	8f55                	or	a4,a4,a3
8000242c:	011517b3          	sll	a5,a0,a7
80002430:	01085613          	srl	a2,a6,0x10
80002434:	02c756b3          	divu	a3,a4,a2
80002438:	01081513          	sll	a0,a6,0x10
8000243c:	8141                	srl	a0,a0,0x10
8000243e:	02c77733          	remu	a4,a4,a2
80002442:	02a686b3          	mul	a3,a3,a0
80002446:	01071593          	sll	a1,a4,0x10
8000244a:	0107d713          	srl	a4,a5,0x10
8000244e:	8f4d                	or	a4,a4,a1
80002450:	00d77863          	bgeu	a4,a3,80002460 <__umoddi3+0x80>
80002454:	9742                	add	a4,a4,a6
80002456:	01076563          	bltu	a4,a6,80002460 <__umoddi3+0x80>
8000245a:	00d77363          	bgeu	a4,a3,80002460 <__umoddi3+0x80>
8000245e:	9742                	add	a4,a4,a6
80002460:	8f15                	sub	a4,a4,a3
80002462:	02c756b3          	divu	a3,a4,a2
80002466:	02c77733          	remu	a4,a4,a2
8000246a:	02a686b3          	mul	a3,a3,a0
8000246e:	07c2                	sll	a5,a5,0x10
80002470:	0742                	sll	a4,a4,0x10
80002472:	83c1                	srl	a5,a5,0x10
80002474:	8fd9                	or	a5,a5,a4
80002476:	00d7f863          	bgeu	a5,a3,80002486 <__umoddi3+0xa6>
8000247a:	97c2                	add	a5,a5,a6
8000247c:	0107e563          	bltu	a5,a6,80002486 <__umoddi3+0xa6>
80002480:	00d7f363          	bgeu	a5,a3,80002486 <__umoddi3+0xa6>
80002484:	97c2                	add	a5,a5,a6
80002486:	8f95                	sub	a5,a5,a3
80002488:	0117d533          	srl	a0,a5,a7
8000248c:	4581                	li	a1,0
8000248e:	8082                	ret
80002490:	01000337          	lui	t1,0x1000
80002494:	46c1                	li	a3,16
80002496:	f66668e3          	bltu	a2,t1,80002406 <__umoddi3+0x26>
8000249a:	46e1                	li	a3,24
8000249c:	b7ad                	j	80002406 <__umoddi3+0x26>
8000249e:	4681                	li	a3,0
800024a0:	ca09                	beqz	a2,800024b2 <__umoddi3+0xd2>
800024a2:	6741                	lui	a4,0x10
800024a4:	06e67463          	bgeu	a2,a4,8000250c <__umoddi3+0x12c>
800024a8:	10063693          	sltiu	a3,a2,256
800024ac:	0016c693          	xor	a3,a3,1
800024b0:	068e                	sll	a3,a3,0x3
800024b2:	00d65733          	srl	a4,a2,a3
800024b6:	98ba                	add	a7,a7,a4
800024b8:	0008c703          	lbu	a4,0(a7)
800024bc:	9736                	add	a4,a4,a3
800024be:	02000693          	li	a3,32
800024c2:	40e688b3          	sub	a7,a3,a4
800024c6:	04e69a63          	bne	a3,a4,8000251a <__umoddi3+0x13a>
800024ca:	40c58733          	sub	a4,a1,a2
800024ce:	01085593          	srl	a1,a6,0x10
800024d2:	02b75633          	divu	a2,a4,a1
800024d6:	01081513          	sll	a0,a6,0x10
800024da:	8141                	srl	a0,a0,0x10
800024dc:	0107d693          	srl	a3,a5,0x10
800024e0:	02b77733          	remu	a4,a4,a1
800024e4:	02a60633          	mul	a2,a2,a0
800024e8:	0742                	sll	a4,a4,0x10
800024ea:	8f55                	or	a4,a4,a3
800024ec:	00c77863          	bgeu	a4,a2,800024fc <__umoddi3+0x11c>
800024f0:	9742                	add	a4,a4,a6
800024f2:	01076563          	bltu	a4,a6,800024fc <__umoddi3+0x11c>
800024f6:	00c77363          	bgeu	a4,a2,800024fc <__umoddi3+0x11c>
800024fa:	9742                	add	a4,a4,a6
800024fc:	8f11                	sub	a4,a4,a2
800024fe:	02b756b3          	divu	a3,a4,a1
80002502:	02b77733          	remu	a4,a4,a1
80002506:	02a686b3          	mul	a3,a3,a0
8000250a:	b795                	j	8000246e <__umoddi3+0x8e>
8000250c:	01000737          	lui	a4,0x1000
80002510:	46c1                	li	a3,16
80002512:	fae660e3          	bltu	a2,a4,800024b2 <__umoddi3+0xd2>
80002516:	46e1                	li	a3,24
80002518:	bf69                	j	800024b2 <__umoddi3+0xd2>
8000251a:	01161833          	sll	a6,a2,a7
8000251e:	00e5d6b3          	srl	a3,a1,a4
80002522:	011517b3          	sll	a5,a0,a7
80002526:	011595b3          	sll	a1,a1,a7
8000252a:	00e55733          	srl	a4,a0,a4
8000252e:	01085513          	srl	a0,a6,0x10
80002532:	8f4d                	or	a4,a4,a1
80002534:	02a6d5b3          	divu	a1,a3,a0
80002538:	01081313          	sll	t1,a6,0x10
8000253c:	01035313          	srl	t1,t1,0x10
80002540:	02a6f6b3          	remu	a3,a3,a0
80002544:	026585b3          	mul	a1,a1,t1
80002548:	01069613          	sll	a2,a3,0x10
8000254c:	01075693          	srl	a3,a4,0x10
80002550:	8ed1                	or	a3,a3,a2
80002552:	00b6f863          	bgeu	a3,a1,80002562 <__umoddi3+0x182>
80002556:	96c2                	add	a3,a3,a6
80002558:	0106e563          	bltu	a3,a6,80002562 <__umoddi3+0x182>
8000255c:	00b6f363          	bgeu	a3,a1,80002562 <__umoddi3+0x182>
80002560:	96c2                	add	a3,a3,a6
80002562:	8e8d                	sub	a3,a3,a1
80002564:	02a6d633          	divu	a2,a3,a0
80002568:	0742                	sll	a4,a4,0x10
8000256a:	8341                	srl	a4,a4,0x10
8000256c:	02a6f6b3          	remu	a3,a3,a0
80002570:	02660633          	mul	a2,a2,t1
80002574:	06c2                	sll	a3,a3,0x10
80002576:	8f55                	or	a4,a4,a3
80002578:	00c77863          	bgeu	a4,a2,80002588 <__umoddi3+0x1a8>
8000257c:	9742                	add	a4,a4,a6
8000257e:	01076563          	bltu	a4,a6,80002588 <__umoddi3+0x1a8>
80002582:	00c77363          	bgeu	a4,a2,80002588 <__umoddi3+0x1a8>
80002586:	9742                	add	a4,a4,a6
80002588:	8f11                	sub	a4,a4,a2
8000258a:	b791                	j	800024ce <__umoddi3+0xee>
8000258c:	16d5ed63          	bltu	a1,a3,80002706 <__umoddi3+0x326>
80002590:	6841                	lui	a6,0x10
80002592:	0506f763          	bgeu	a3,a6,800025e0 <__umoddi3+0x200>
80002596:	1006b813          	sltiu	a6,a3,256
8000259a:	00184813          	xor	a6,a6,1
8000259e:	080e                	sll	a6,a6,0x3
800025a0:	0106d333          	srl	t1,a3,a6
800025a4:	00000897          	auipc	a7,0x0
800025a8:	6e088893          	add	a7,a7,1760 # 80002c84 <__clz_tab>
800025ac:	989a                	add	a7,a7,t1
800025ae:	0008c883          	lbu	a7,0(a7)
800025b2:	02000313          	li	t1,32
800025b6:	98c2                	add	a7,a7,a6
800025b8:	41130833          	sub	a6,t1,a7
800025bc:	03131963          	bne	t1,a7,800025ee <__umoddi3+0x20e>
800025c0:	00b6e463          	bltu	a3,a1,800025c8 <__umoddi3+0x1e8>
800025c4:	00c56b63          	bltu	a0,a2,800025da <__umoddi3+0x1fa>
800025c8:	40c50633          	sub	a2,a0,a2
800025cc:	40d586b3          	sub	a3,a1,a3
800025d0:	00c53733          	sltu	a4,a0,a2
800025d4:	87b2                	mv	a5,a2
800025d6:	40e68733          	sub	a4,a3,a4
800025da:	853e                	mv	a0,a5
800025dc:	85ba                	mv	a1,a4
800025de:	8082                	ret
800025e0:	010008b7          	lui	a7,0x1000
800025e4:	4841                	li	a6,16
800025e6:	fb16ede3          	bltu	a3,a7,800025a0 <__umoddi3+0x1c0>
800025ea:	4861                	li	a6,24
800025ec:	bf55                	j	800025a0 <__umoddi3+0x1c0>
800025ee:	011657b3          	srl	a5,a2,a7
800025f2:	010696b3          	sll	a3,a3,a6
800025f6:	8edd                	or	a3,a3,a5
800025f8:	0115d733          	srl	a4,a1,a7
800025fc:	0106de13          	srl	t3,a3,0x10
80002600:	03c75f33          	divu	t5,a4,t3
80002604:	01069313          	sll	t1,a3,0x10
80002608:	01035313          	srl	t1,t1,0x10
8000260c:	010597b3          	sll	a5,a1,a6
80002610:	011555b3          	srl	a1,a0,a7
80002614:	8ddd                	or	a1,a1,a5
80002616:	0105d793          	srl	a5,a1,0x10
8000261a:	01061633          	sll	a2,a2,a6
8000261e:	01051533          	sll	a0,a0,a6
80002622:	03c77733          	remu	a4,a4,t3
80002626:	03e30eb3          	mul	t4,t1,t5
8000262a:	0742                	sll	a4,a4,0x10
8000262c:	8fd9                	or	a5,a5,a4
8000262e:	877a                	mv	a4,t5
80002630:	01d7fc63          	bgeu	a5,t4,80002648 <__umoddi3+0x268>
80002634:	97b6                	add	a5,a5,a3
80002636:	ffff0713          	add	a4,t5,-1
8000263a:	00d7e763          	bltu	a5,a3,80002648 <__umoddi3+0x268>
8000263e:	01d7f563          	bgeu	a5,t4,80002648 <__umoddi3+0x268>
80002642:	ffef0713          	add	a4,t5,-2
80002646:	97b6                	add	a5,a5,a3
80002648:	41d787b3          	sub	a5,a5,t4
8000264c:	03c7deb3          	divu	t4,a5,t3
80002650:	05c2                	sll	a1,a1,0x10
80002652:	81c1                	srl	a1,a1,0x10
80002654:	03c7f7b3          	remu	a5,a5,t3
80002658:	8e76                	mv	t3,t4
8000265a:	03d30333          	mul	t1,t1,t4
8000265e:	07c2                	sll	a5,a5,0x10
80002660:	8ddd                	or	a1,a1,a5
80002662:	0065fc63          	bgeu	a1,t1,8000267a <__umoddi3+0x29a>
80002666:	95b6                	add	a1,a1,a3
80002668:	fffe8e13          	add	t3,t4,-1
8000266c:	00d5e763          	bltu	a1,a3,8000267a <__umoddi3+0x29a>
80002670:	0065f563          	bgeu	a1,t1,8000267a <__umoddi3+0x29a>
80002674:	ffee8e13          	add	t3,t4,-2
80002678:	95b6                	add	a1,a1,a3
8000267a:	01071793          	sll	a5,a4,0x10
8000267e:	6f41                	lui	t5,0x10
80002680:	01c7e7b3          	or	a5,a5,t3
80002684:	406585b3          	sub	a1,a1,t1
80002688:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
8000268c:	0067f733          	and	a4,a5,t1
80002690:	01065e13          	srl	t3,a2,0x10
80002694:	83c1                	srl	a5,a5,0x10
80002696:	00667333          	and	t1,a2,t1
8000269a:	02670eb3          	mul	t4,a4,t1
8000269e:	02678333          	mul	t1,a5,t1
800026a2:	03c70733          	mul	a4,a4,t3
800026a6:	03c787b3          	mul	a5,a5,t3
800026aa:	00670e33          	add	t3,a4,t1
800026ae:	010ed713          	srl	a4,t4,0x10
800026b2:	9772                	add	a4,a4,t3
800026b4:	00677363          	bgeu	a4,t1,800026ba <__umoddi3+0x2da>
800026b8:	97fa                	add	a5,a5,t5
800026ba:	01075313          	srl	t1,a4,0x10
800026be:	979a                	add	a5,a5,t1
800026c0:	6341                	lui	t1,0x10
800026c2:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
800026c4:	00677733          	and	a4,a4,t1
800026c8:	0742                	sll	a4,a4,0x10
800026ca:	006efeb3          	and	t4,t4,t1
800026ce:	9776                	add	a4,a4,t4
800026d0:	00f5e663          	bltu	a1,a5,800026dc <__umoddi3+0x2fc>
800026d4:	00f59b63          	bne	a1,a5,800026ea <__umoddi3+0x30a>
800026d8:	00e57963          	bgeu	a0,a4,800026ea <__umoddi3+0x30a>
800026dc:	40c70633          	sub	a2,a4,a2
800026e0:	00c73333          	sltu	t1,a4,a2
800026e4:	969a                	add	a3,a3,t1
800026e6:	8732                	mv	a4,a2
800026e8:	8f95                	sub	a5,a5,a3
800026ea:	40e50733          	sub	a4,a0,a4
800026ee:	00e53533          	sltu	a0,a0,a4
800026f2:	8d9d                	sub	a1,a1,a5
800026f4:	8d89                	sub	a1,a1,a0
800026f6:	011598b3          	sll	a7,a1,a7
800026fa:	01075733          	srl	a4,a4,a6
800026fe:	00e8e533          	or	a0,a7,a4
80002702:	0105d5b3          	srl	a1,a1,a6
80002706:	8082                	ret

80002708 <__riscv_save_12>:
80002708:	7139                	add	sp,sp,-64
8000270a:	4301                	li	t1,0
8000270c:	c66e                	sw	s11,12(sp)
8000270e:	a019                	j	80002714 <__riscv_save_10+0x4>

80002710 <__riscv_save_10>:
80002710:	7139                	add	sp,sp,-64
80002712:	5341                	li	t1,-16
80002714:	c86a                	sw	s10,16(sp)
80002716:	ca66                	sw	s9,20(sp)
80002718:	cc62                	sw	s8,24(sp)
8000271a:	ce5e                	sw	s7,28(sp)
8000271c:	a019                	j	80002722 <__riscv_save_4+0x4>

8000271e <__riscv_save_4>:
8000271e:	7139                	add	sp,sp,-64
80002720:	5301                	li	t1,-32
80002722:	d05a                	sw	s6,32(sp)
80002724:	d256                	sw	s5,36(sp)
80002726:	d452                	sw	s4,40(sp)
80002728:	d64e                	sw	s3,44(sp)
8000272a:	d84a                	sw	s2,48(sp)
8000272c:	da26                	sw	s1,52(sp)
8000272e:	dc22                	sw	s0,56(sp)
80002730:	de06                	sw	ra,60(sp)
80002732:	40610133          	sub	sp,sp,t1
80002736:	8282                	jr	t0

80002738 <__riscv_save_0>:
80002738:	1141                	add	sp,sp,-16
8000273a:	c04a                	sw	s2,0(sp)
8000273c:	c226                	sw	s1,4(sp)
8000273e:	c422                	sw	s0,8(sp)
80002740:	c606                	sw	ra,12(sp)
80002742:	8282                	jr	t0

80002744 <__riscv_restore_12>:
80002744:	4db2                	lw	s11,12(sp)
80002746:	0141                	add	sp,sp,16

80002748 <__riscv_restore_10>:
80002748:	4d02                	lw	s10,0(sp)
8000274a:	4c92                	lw	s9,4(sp)
8000274c:	4c22                	lw	s8,8(sp)
8000274e:	4bb2                	lw	s7,12(sp)
80002750:	0141                	add	sp,sp,16

80002752 <__riscv_restore_4>:
80002752:	4b02                	lw	s6,0(sp)
80002754:	4a92                	lw	s5,4(sp)
80002756:	4a22                	lw	s4,8(sp)
80002758:	49b2                	lw	s3,12(sp)
8000275a:	0141                	add	sp,sp,16

8000275c <__riscv_restore_0>:
8000275c:	4902                	lw	s2,0(sp)
8000275e:	4492                	lw	s1,4(sp)
80002760:	4422                	lw	s0,8(sp)
80002762:	40b2                	lw	ra,12(sp)
80002764:	0141                	add	sp,sp,16
80002766:	8082                	ret
