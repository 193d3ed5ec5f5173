
build/csr.elf:     file format elf32-littleriscv


Disassembly of section .text:

80000000 <_start>:
80000000:	00005197          	auipc	gp,0x5
80000004:	81818193          	add	gp,gp,-2024 # 80004818 <__global_pointer$>
80000008:	01000117          	auipc	sp,0x1000
8000000c:	ff810113          	add	sp,sp,-8 # 81000000 <__stack_top>
80000010:	00004217          	auipc	tp,0x4
80000014:	00820213          	add	tp,tp,8 # 80004018 <__bss_start>
80000018:	00004297          	auipc	t0,0x4
8000001c:	00028293          	mv	t0,t0
80000020:	00004317          	auipc	t1,0x4
80000024:	45030313          	add	t1,t1,1104 # 80004470 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0) # 80004018 <__bss_start>
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00001297          	auipc	t0,0x1
80000038:	92428293          	add	t0,t0,-1756 # 80000958 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	251000ef          	jal	80000a90 <__libc_init_array>
80000044:	4501                	li	a0,0
80000046:	4581                	li	a1,0
80000048:	2021                	jal	80000050 <main>
8000004a:	2ad000ef          	jal	80000af6 <exit>
8000004e:	a001                	j	8000004e <_start+0x4e>

80000050 <main>:
80000050:	80003537          	lui	a0,0x80003
80000054:	711d                	add	sp,sp,-96
80000056:	ac850513          	add	a0,a0,-1336 # 80002ac8 <__text_end+0x68>
8000005a:	ce86                	sw	ra,92(sp)
8000005c:	cca2                	sw	s0,88(sp)
8000005e:	caa6                	sw	s1,84(sp)
80000060:	c8ca                	sw	s2,80(sp)
80000062:	c6ce                	sw	s3,76(sp)
80000064:	c4d2                	sw	s4,72(sp)
80000066:	c2d6                	sw	s5,68(sp)
80000068:	c0da                	sw	s6,64(sp)
8000006a:	de5e                	sw	s7,60(sp)
8000006c:	dc62                	sw	s8,56(sp)
8000006e:	da66                	sw	s9,52(sp)
80000070:	d86a                	sw	s10,48(sp)
80000072:	d66e                	sw	s11,44(sp)
80000074:	2a1000ef          	jal	80000b14 <printf>
80000078:	4781                	li	a5,0
8000007a:	34079073          	csrw	mscratch,a5
8000007e:	12345437          	lui	s0,0x12345
80000082:	67840413          	add	s0,s0,1656 # 12345678 <__ram_size+0x11345678>
80000086:	340415f3          	csrrw	a1,mscratch,s0
8000008a:	80003537          	lui	a0,0x80003
8000008e:	86a2                	mv	a3,s0
80000090:	4601                	li	a2,0
80000092:	ad050513          	add	a0,a0,-1328 # 80002ad0 <__text_end+0x70>
80000096:	76c000ef          	jal	80000802 <step>
8000009a:	65c1                	lui	a1,0x10
8000009c:	f0058593          	add	a1,a1,-256 # ff00 <__stack_size-0x100>
800000a0:	3405a5f3          	csrrs	a1,mscratch,a1
800000a4:	123504b7          	lui	s1,0x12350
800000a8:	80003537          	lui	a0,0x80003
800000ac:	f7848693          	add	a3,s1,-136 # 1234ff78 <__ram_size+0x1134ff78>
800000b0:	8622                	mv	a2,s0
800000b2:	ae050513          	add	a0,a0,-1312 # 80002ae0 <__text_end+0x80>
800000b6:	74c000ef          	jal	80000802 <step>
800000ba:	120005b7          	lui	a1,0x12000
800000be:	07858593          	add	a1,a1,120 # 12000078 <__ram_size+0x11000078>
800000c2:	3405b5f3          	csrrc	a1,mscratch,a1
800000c6:	00350437          	lui	s0,0x350
800000ca:	80003537          	lui	a0,0x80003
800000ce:	f0040693          	add	a3,s0,-256 # 34ff00 <__stack_size+0x33ff00>
800000d2:	f7848613          	add	a2,s1,-136
800000d6:	af050513          	add	a0,a0,-1296 # 80002af0 <__text_end+0x90>
800000da:	728000ef          	jal	80000802 <step>
800000de:	340025f3          	csrr	a1,mscratch
800000e2:	80003537          	lui	a0,0x80003
800000e6:	f0040693          	add	a3,s0,-256
800000ea:	8636                	mv	a2,a3
800000ec:	b0050513          	add	a0,a0,-1280 # 80002b00 <__text_end+0xa0>
800000f0:	712000ef          	jal	80000802 <step>
800000f4:	340fd5f3          	csrrw	a1,mscratch,31
800000f8:	80003537          	lui	a0,0x80003
800000fc:	46fd                	li	a3,31
800000fe:	f0040613          	add	a2,s0,-256
80000102:	b1450513          	add	a0,a0,-1260 # 80002b14 <__text_end+0xb4>
80000106:	6fc000ef          	jal	80000802 <step>
8000010a:	340065f3          	csrrs	a1,mscratch,0
8000010e:	80003537          	lui	a0,0x80003
80000112:	46fd                	li	a3,31
80000114:	467d                	li	a2,31
80000116:	b2050513          	add	a0,a0,-1248 # 80002b20 <__text_end+0xc0>
8000011a:	6e8000ef          	jal	80000802 <step>
8000011e:	340575f3          	csrrc	a1,mscratch,10
80000122:	80003537          	lui	a0,0x80003
80000126:	46d5                	li	a3,21
80000128:	467d                	li	a2,31
8000012a:	b3050513          	add	a0,a0,-1232 # 80002b30 <__text_end+0xd0>
8000012e:	6d4000ef          	jal	80000802 <step>
80000132:	340865f3          	csrrs	a1,mscratch,16
80000136:	80003537          	lui	a0,0x80003
8000013a:	46d5                	li	a3,21
8000013c:	4655                	li	a2,21
8000013e:	b3c50513          	add	a0,a0,-1220 # 80002b3c <__text_end+0xdc>
80000142:	6c0000ef          	jal	80000802 <step>
80000146:	340565f3          	csrrs	a1,mscratch,10
8000014a:	80003537          	lui	a0,0x80003
8000014e:	46fd                	li	a3,31
80000150:	4655                	li	a2,21
80000152:	b4850513          	add	a0,a0,-1208 # 80002b48 <__text_end+0xe8>
80000156:	6ac000ef          	jal	80000802 <step>
8000015a:	55fd                	li	a1,-1
8000015c:	340595f3          	csrrw	a1,mscratch,a1
80000160:	80003537          	lui	a0,0x80003
80000164:	56fd                	li	a3,-1
80000166:	467d                	li	a2,31
80000168:	b5450513          	add	a0,a0,-1196 # 80002b54 <__text_end+0xf4>
8000016c:	696000ef          	jal	80000802 <step>
80000170:	3402d073          	csrw	mscratch,5
80000174:	80003537          	lui	a0,0x80003
80000178:	4695                	li	a3,5
8000017a:	4615                	li	a2,5
8000017c:	4595                	li	a1,5
8000017e:	b6450513          	add	a0,a0,-1180 # 80002b64 <__text_end+0x104>
80000182:	680000ef          	jal	80000802 <step>
80000186:	800047b7          	lui	a5,0x80004
8000018a:	47078793          	add	a5,a5,1136 # 80004470 <__bss_end>
8000018e:	34079073          	csrw	mscratch,a5
80000192:	c8002b73          	rdcycleh	s6
80000196:	c0002673          	rdcycle	a2
8000019a:	c80027f3          	rdcycleh	a5
8000019e:	fefb1ae3          	bne	s6,a5,80000192 <main+0x142>
800001a2:	c8202af3          	rdinstreth	s5
800001a6:	c0202873          	rdinstret	a6
800001aa:	c82027f3          	rdinstreth	a5
800001ae:	fefa9ae3          	bne	s5,a5,800001a2 <main+0x152>
800001b2:	b80029f3          	csrr	s3,mcycleh
800001b6:	b0002d73          	csrr	s10,mcycle
800001ba:	b80027f3          	csrr	a5,mcycleh
800001be:	fef99ae3          	bne	s3,a5,800001b2 <main+0x162>
800001c2:	ce02                	sw	zero,28(sp)
800001c4:	4781                	li	a5,0
800001c6:	3e800693          	li	a3,1000
800001ca:	4772                	lw	a4,28(sp)
800001cc:	973e                	add	a4,a4,a5
800001ce:	ce3a                	sw	a4,28(sp)
800001d0:	0785                	add	a5,a5,1
800001d2:	fed79ce3          	bne	a5,a3,800001ca <main+0x17a>
800001d6:	c8002bf3          	rdcycleh	s7
800001da:	c0002773          	rdcycle	a4
800001de:	c80027f3          	rdcycleh	a5
800001e2:	fefb9ae3          	bne	s7,a5,800001d6 <main+0x186>
800001e6:	c8202473          	rdinstreth	s0
800001ea:	c0202c73          	rdinstret	s8
800001ee:	c82027f3          	rdinstreth	a5
800001f2:	fef41ae3          	bne	s0,a5,800001e6 <main+0x196>
800001f6:	b8002a73          	csrr	s4,mcycleh
800001fa:	b0002df3          	csrr	s11,mcycle
800001fe:	b80027f3          	csrr	a5,mcycleh
80000202:	fefa1ae3          	bne	s4,a5,800001f6 <main+0x1a6>
80000206:	b8202973          	csrr	s2,minstreth
8000020a:	b0202cf3          	csrr	s9,minstret
8000020e:	b82027f3          	csrr	a5,minstreth
80000212:	fef91ae3          	bne	s2,a5,80000206 <main+0x1b6>
80000216:	417b6863          	bltu	s6,s7,80000626 <main+0x5d6>
8000021a:	416b8463          	beq	s7,s6,80000622 <main+0x5d2>
8000021e:	800035b7          	lui	a1,0x80003
80000222:	aa058593          	add	a1,a1,-1376 # 80002aa0 <__text_end+0x40>
80000226:	80003537          	lui	a0,0x80003
8000022a:	b7450513          	add	a0,a0,-1164 # 80002b74 <__text_end+0x114>
8000022e:	c63a                	sw	a4,12(sp)
80000230:	c442                	sw	a6,8(sp)
80000232:	c232                	sw	a2,4(sp)
80000234:	0e1000ef          	jal	80000b14 <printf>
80000238:	4612                	lw	a2,4(sp)
8000023a:	4822                	lw	a6,8(sp)
8000023c:	4732                	lw	a4,12(sp)
8000023e:	3c8aed63          	bltu	s5,s0,80000618 <main+0x5c8>
80000242:	3d540963          	beq	s0,s5,80000614 <main+0x5c4>
80000246:	800035b7          	lui	a1,0x80003
8000024a:	aa058593          	add	a1,a1,-1376 # 80002aa0 <__text_end+0x40>
8000024e:	80003537          	lui	a0,0x80003
80000252:	b8c50513          	add	a0,a0,-1140 # 80002b8c <__text_end+0x12c>
80000256:	c63a                	sw	a4,12(sp)
80000258:	c442                	sw	a6,8(sp)
8000025a:	c232                	sw	a2,4(sp)
8000025c:	0b9000ef          	jal	80000b14 <printf>
80000260:	4612                	lw	a2,4(sp)
80000262:	4822                	lw	a6,8(sp)
80000264:	4732                	lw	a4,12(sp)
80000266:	3b49e263          	bltu	s3,s4,8000060a <main+0x5ba>
8000026a:	393a0e63          	beq	s4,s3,80000606 <main+0x5b6>
8000026e:	800035b7          	lui	a1,0x80003
80000272:	aa058593          	add	a1,a1,-1376 # 80002aa0 <__text_end+0x40>
80000276:	80003537          	lui	a0,0x80003
8000027a:	ba450513          	add	a0,a0,-1116 # 80002ba4 <__text_end+0x144>
8000027e:	c63a                	sw	a4,12(sp)
80000280:	c442                	sw	a6,8(sp)
80000282:	c232                	sw	a2,4(sp)
80000284:	091000ef          	jal	80000b14 <printf>
80000288:	4612                	lw	a2,4(sp)
8000028a:	4822                	lw	a6,8(sp)
8000028c:	4732                	lw	a4,12(sp)
8000028e:	36896763          	bltu	s2,s0,800005fc <main+0x5ac>
80000292:	37240363          	beq	s0,s2,800005f8 <main+0x5a8>
80000296:	800035b7          	lui	a1,0x80003
8000029a:	a9c58593          	add	a1,a1,-1380 # 80002a9c <__text_end+0x3c>
8000029e:	80003537          	lui	a0,0x80003
800002a2:	bbc50513          	add	a0,a0,-1092 # 80002bbc <__text_end+0x15c>
800002a6:	c242                	sw	a6,4(sp)
800002a8:	c63a                	sw	a4,12(sp)
800002aa:	c432                	sw	a2,8(sp)
800002ac:	069000ef          	jal	80000b14 <printf>
800002b0:	4812                	lw	a6,4(sp)
800002b2:	800044b7          	lui	s1,0x80004
800002b6:	4785                	li	a5,1
800002b8:	337b6963          	bltu	s6,s7,800005ea <main+0x59a>
800002bc:	4622                	lw	a2,8(sp)
800002be:	4732                	lw	a4,12(sp)
800002c0:	336b8363          	beq	s7,s6,800005e6 <main+0x596>
800002c4:	4705                	li	a4,1
800002c6:	308aee63          	bltu	s5,s0,800005e2 <main+0x592>
800002ca:	31540a63          	beq	s0,s5,800005de <main+0x58e>
800002ce:	97ba                	add	a5,a5,a4
800002d0:	4705                	li	a4,1
800002d2:	3149e463          	bltu	s3,s4,800005da <main+0x58a>
800002d6:	313a0063          	beq	s4,s3,800005d6 <main+0x586>
800002da:	97ba                	add	a5,a5,a4
800002dc:	4705                	li	a4,1
800002de:	00896563          	bltu	s2,s0,800002e8 <main+0x298>
800002e2:	35240f63          	beq	s0,s2,80000640 <main+0x5f0>
800002e6:	4701                	li	a4,0
800002e8:	0204a683          	lw	a3,32(s1) # 80004020 <failures>
800002ec:	97ba                	add	a5,a5,a4
800002ee:	97b6                	add	a5,a5,a3
800002f0:	02f4a023          	sw	a5,32(s1)
800002f4:	f1402973          	csrr	s2,mhartid
800002f8:	301029f3          	csrr	s3,misa
800002fc:	80003537          	lui	a0,0x80003
80000300:	85ca                	mv	a1,s2
80000302:	bd850513          	add	a0,a0,-1064 # 80002bd8 <__text_end+0x178>
80000306:	00f000ef          	jal	80000b14 <printf>
8000030a:	01e9d413          	srl	s0,s3,0x1e
8000030e:	80003537          	lui	a0,0x80003
80000312:	85a2                	mv	a1,s0
80000314:	be850513          	add	a0,a0,-1048 # 80002be8 <__text_end+0x188>
80000318:	7fc000ef          	jal	80000b14 <printf>
8000031c:	4705                	li	a4,1
8000031e:	00091563          	bnez	s2,80000328 <main+0x2d8>
80000322:	147d                	add	s0,s0,-1
80000324:	00803733          	snez	a4,s0
80000328:	0204a783          	lw	a5,32(s1)
8000032c:	80003937          	lui	s2,0x80003
80000330:	aa490913          	add	s2,s2,-1372 # 80002aa4 <__text_end+0x44>
80000334:	97ba                	add	a5,a5,a4
80000336:	02f4a023          	sw	a5,32(s1)
8000033a:	04900593          	li	a1,73
8000033e:	80003a37          	lui	s4,0x80003
80000342:	fbf58413          	add	s0,a1,-65
80000346:	0089d433          	srl	s0,s3,s0
8000034a:	8805                	and	s0,s0,1
8000034c:	8622                	mv	a2,s0
8000034e:	bf8a0513          	add	a0,s4,-1032 # 80002bf8 <__text_end+0x198>
80000352:	7c2000ef          	jal	80000b14 <printf>
80000356:	0204a783          	lw	a5,32(s1)
8000035a:	00194583          	lbu	a1,1(s2)
8000035e:	00144413          	xor	s0,s0,1
80000362:	943e                	add	s0,s0,a5
80000364:	0284a023          	sw	s0,32(s1)
80000368:	0905                	add	s2,s2,1
8000036a:	fde1                	bnez	a1,80000342 <main+0x2f2>
8000036c:	80003937          	lui	s2,0x80003
80000370:	d8090913          	add	s2,s2,-640 # 80002d80 <modes.0>
80000374:	6989                	lui	s3,0x2
80000376:	01090a93          	add	s5,s2,16
8000037a:	80003a37          	lui	s4,0x80003
8000037e:	80098993          	add	s3,s3,-2048 # 1800 <__stack_size-0xe800>
80000382:	00092783          	lw	a5,0(s2)
80000386:	3009b073          	csrc	mstatus,s3
8000038a:	07ae                	sll	a5,a5,0xb
8000038c:	3007a073          	csrs	mstatus,a5
80000390:	30002473          	csrr	s0,mstatus
80000394:	00092b03          	lw	s6,0(s2)
80000398:	802d                	srl	s0,s0,0xb
8000039a:	880d                	and	s0,s0,3
8000039c:	8622                	mv	a2,s0
8000039e:	85da                	mv	a1,s6
800003a0:	c08a0513          	add	a0,s4,-1016 # 80002c08 <__text_end+0x1a8>
800003a4:	770000ef          	jal	80000b14 <printf>
800003a8:	0204a703          	lw	a4,32(s1)
800003ac:	416407b3          	sub	a5,s0,s6
800003b0:	00f037b3          	snez	a5,a5
800003b4:	97ba                	add	a5,a5,a4
800003b6:	02f4a023          	sw	a5,32(s1)
800003ba:	0911                	add	s2,s2,4
800003bc:	fd5913e3          	bne	s2,s5,80000382 <main+0x332>
800003c0:	80000937          	lui	s2,0x80000
800003c4:	00290793          	add	a5,s2,2 # 80000002 <_start+0x2>
800003c8:	34179073          	csrw	mepc,a5
800003cc:	34102473          	csrr	s0,mepc
800003d0:	80003537          	lui	a0,0x80003
800003d4:	85a2                	mv	a1,s0
800003d6:	c2850513          	add	a0,a0,-984 # 80002c28 <__text_end+0x1c8>
800003da:	73a000ef          	jal	80000b14 <printf>
800003de:	0204a703          	lw	a4,32(s1)
800003e2:	ffe94913          	xor	s2,s2,-2
800003e6:	012407b3          	add	a5,s0,s2
800003ea:	00f037b3          	snez	a5,a5
800003ee:	97ba                	add	a5,a5,a4
800003f0:	02f4a023          	sw	a5,32(s1)
800003f4:	57fd                	li	a5,-1
800003f6:	30479073          	csrw	mie,a5
800003fa:	30402473          	csrr	s0,mie
800003fe:	6905                	lui	s2,0x1
80000400:	aaa90913          	add	s2,s2,-1366 # aaa <__stack_size-0xf556>
80000404:	01247433          	and	s0,s0,s2
80000408:	4781                	li	a5,0
8000040a:	30479073          	csrw	mie,a5
8000040e:	80003537          	lui	a0,0x80003
80000412:	85a2                	mv	a1,s0
80000414:	c4850513          	add	a0,a0,-952 # 80002c48 <__text_end+0x1e8>
80000418:	6fc000ef          	jal	80000b14 <printf>
8000041c:	0204a703          	lw	a4,32(s1)
80000420:	412407b3          	sub	a5,s0,s2
80000424:	00f037b3          	snez	a5,a5
80000428:	80000937          	lui	s2,0x80000
8000042c:	97ba                	add	a5,a5,a4
8000042e:	70090913          	add	s2,s2,1792 # 80000700 <csr_vector_table>
80000432:	02f4a023          	sw	a5,32(s1)
80000436:	00196993          	or	s3,s2,1
8000043a:	30599073          	csrw	mtvec,s3
8000043e:	30502473          	csrr	s0,mtvec
80000442:	ffc47613          	and	a2,s0,-4
80000446:	41260633          	sub	a2,a2,s2
8000044a:	80003537          	lui	a0,0x80003
8000044e:	00163613          	seqz	a2,a2
80000452:	00347593          	and	a1,s0,3
80000456:	c6850513          	add	a0,a0,-920 # 80002c68 <__text_end+0x208>
8000045a:	6ba000ef          	jal	80000b14 <printf>
8000045e:	0204a703          	lw	a4,32(s1)
80000462:	408987b3          	sub	a5,s3,s0
80000466:	00f037b3          	snez	a5,a5
8000046a:	97ba                	add	a5,a5,a4
8000046c:	02f4a023          	sw	a5,32(s1)
80000470:	00296913          	or	s2,s2,2
80000474:	30591073          	csrw	mtvec,s2
80000478:	30502473          	csrr	s0,mtvec
8000047c:	8809                	and	s0,s0,2
8000047e:	16040863          	beqz	s0,800005ee <main+0x59e>
80000482:	800035b7          	lui	a1,0x80003
80000486:	ab858593          	add	a1,a1,-1352 # 80002ab8 <__text_end+0x58>
8000048a:	80003537          	lui	a0,0x80003
8000048e:	c9050513          	add	a0,a0,-880 # 80002c90 <__text_end+0x230>
80000492:	682000ef          	jal	80000b14 <printf>
80000496:	0204a703          	lw	a4,32(s1)
8000049a:	008037b3          	snez	a5,s0
8000049e:	97ba                	add	a5,a5,a4
800004a0:	02f4a023          	sw	a5,32(s1)
800004a4:	30599073          	csrw	mtvec,s3
800004a8:	0ff00793          	li	a5,255
800004ac:	14079073          	csrw	sscratch,a5
800004b0:	00000073          	ecall
800004b4:	80004437          	lui	s0,0x80004
800004b8:	02840413          	add	s0,s0,40 # 80004028 <vector_hits>
800004bc:	80004937          	lui	s2,0x80004
800004c0:	400c                	lw	a1,0(s0)
800004c2:	02492603          	lw	a2,36(s2) # 80004024 <last_cause>
800004c6:	80003537          	lui	a0,0x80003
800004ca:	cb050513          	add	a0,a0,-848 # 80002cb0 <__text_end+0x250>
800004ce:	646000ef          	jal	80000b14 <printf>
800004d2:	4018                	lw	a4,0(s0)
800004d4:	4785                	li	a5,1
800004d6:	00f71763          	bne	a4,a5,800004e4 <main+0x494>
800004da:	02492783          	lw	a5,36(s2)
800004de:	17d5                	add	a5,a5,-11
800004e0:	00f037b3          	snez	a5,a5
800004e4:	0204a703          	lw	a4,32(s1)
800004e8:	97ba                	add	a5,a5,a4
800004ea:	02f4a023          	sw	a5,32(s1)
800004ee:	4705                	li	a4,1
800004f0:	020007b7          	lui	a5,0x2000
800004f4:	c398                	sw	a4,0(a5)
800004f6:	47a1                	li	a5,8
800004f8:	3047a073          	csrs	mie,a5
800004fc:	3007a073          	csrs	mstatus,a5
80000500:	445c                	lw	a5,12(s0)
80000502:	dffd                	beqz	a5,80000500 <main+0x4b0>
80000504:	47a1                	li	a5,8
80000506:	3007b073          	csrc	mstatus,a5
8000050a:	3047b073          	csrc	mie,a5
8000050e:	444c                	lw	a1,12(s0)
80000510:	02492603          	lw	a2,36(s2)
80000514:	80003537          	lui	a0,0x80003
80000518:	ce850513          	add	a0,a0,-792 # 80002ce8 <__text_end+0x288>
8000051c:	2be5                	jal	80000b14 <printf>
8000051e:	445c                	lw	a5,12(s0)
80000520:	4705                	li	a4,1
80000522:	00e79b63          	bne	a5,a4,80000538 <main+0x4e8>
80000526:	02492703          	lw	a4,36(s2)
8000052a:	800007b7          	lui	a5,0x80000
8000052e:	ffd7c793          	xor	a5,a5,-3
80000532:	973e                	add	a4,a4,a5
80000534:	00e03733          	snez	a4,a4
80000538:	0204a683          	lw	a3,32(s1)
8000053c:	4901                	li	s2,0
8000053e:	4781                	li	a5,0
80000540:	9736                	add	a4,a4,a3
80000542:	02e4a023          	sw	a4,32(s1)
80000546:	45a5                	li	a1,9
80000548:	4641                	li	a2,16
8000054a:	00279713          	sll	a4,a5,0x2
8000054e:	00e406b3          	add	a3,s0,a4
80000552:	00f5d733          	srl	a4,a1,a5
80000556:	8b05                	and	a4,a4,1
80000558:	0785                	add	a5,a5,1 # 80000001 <_start+0x1>
8000055a:	e319                	bnez	a4,80000560 <main+0x510>
8000055c:	4298                	lw	a4,0(a3)
8000055e:	993a                	add	s2,s2,a4
80000560:	fec795e3          	bne	a5,a2,8000054a <main+0x4fa>
80000564:	80003537          	lui	a0,0x80003
80000568:	85ca                	mv	a1,s2
8000056a:	d3050513          	add	a0,a0,-720 # 80002d30 <__text_end+0x2d0>
8000056e:	235d                	jal	80000b14 <printf>
80000570:	0204a703          	lw	a4,32(s1)
80000574:	012037b3          	snez	a5,s2
80000578:	97ba                	add	a5,a5,a4
8000057a:	02f4a023          	sw	a5,32(s1)
8000057e:	800017b7          	lui	a5,0x80001
80000582:	8c078793          	add	a5,a5,-1856 # 800008c0 <trap_m_entry>
80000586:	30579073          	csrw	mtvec,a5
8000058a:	30502473          	csrr	s0,mtvec
8000058e:	80003537          	lui	a0,0x80003
80000592:	880d                	and	s0,s0,3
80000594:	85a2                	mv	a1,s0
80000596:	d4850513          	add	a0,a0,-696 # 80002d48 <__text_end+0x2e8>
8000059a:	2bad                	jal	80000b14 <printf>
8000059c:	0204a783          	lw	a5,32(s1)
800005a0:	00803433          	snez	s0,s0
800005a4:	943e                	add	s0,s0,a5
800005a6:	0284a023          	sw	s0,32(s1)
800005aa:	e059                	bnez	s0,80000630 <main+0x5e0>
800005ac:	80003537          	lui	a0,0x80003
800005b0:	d7450513          	add	a0,a0,-652 # 80002d74 <__text_end+0x314>
800005b4:	2385                	jal	80000b14 <printf>
800005b6:	40f6                	lw	ra,92(sp)
800005b8:	8522                	mv	a0,s0
800005ba:	4466                	lw	s0,88(sp)
800005bc:	44d6                	lw	s1,84(sp)
800005be:	4946                	lw	s2,80(sp)
800005c0:	49b6                	lw	s3,76(sp)
800005c2:	4a26                	lw	s4,72(sp)
800005c4:	4a96                	lw	s5,68(sp)
800005c6:	4b06                	lw	s6,64(sp)
800005c8:	5bf2                	lw	s7,60(sp)
800005ca:	5c62                	lw	s8,56(sp)
800005cc:	5cd2                	lw	s9,52(sp)
800005ce:	5d42                	lw	s10,48(sp)
800005d0:	5db2                	lw	s11,44(sp)
800005d2:	6125                	add	sp,sp,96
800005d4:	8082                	ret
800005d6:	d1bd72e3          	bgeu	s10,s11,800002da <main+0x28a>
800005da:	4701                	li	a4,0
800005dc:	b9fd                	j	800002da <main+0x28a>
800005de:	cf8878e3          	bgeu	a6,s8,800002ce <main+0x27e>
800005e2:	4701                	li	a4,0
800005e4:	b1ed                	j	800002ce <main+0x27e>
800005e6:	cce67fe3          	bgeu	a2,a4,800002c4 <main+0x274>
800005ea:	4781                	li	a5,0
800005ec:	b9e1                	j	800002c4 <main+0x274>
800005ee:	800035b7          	lui	a1,0x80003
800005f2:	aac58593          	add	a1,a1,-1364 # 80002aac <__text_end+0x4c>
800005f6:	bd51                	j	8000048a <main+0x43a>
800005f8:	c98cffe3          	bgeu	s9,s8,80000296 <main+0x246>
800005fc:	800035b7          	lui	a1,0x80003
80000600:	aa058593          	add	a1,a1,-1376 # 80002aa0 <__text_end+0x40>
80000604:	b969                	j	8000029e <main+0x24e>
80000606:	c7bd74e3          	bgeu	s10,s11,8000026e <main+0x21e>
8000060a:	800035b7          	lui	a1,0x80003
8000060e:	a9c58593          	add	a1,a1,-1380 # 80002a9c <__text_end+0x3c>
80000612:	b195                	j	80000276 <main+0x226>
80000614:	c38879e3          	bgeu	a6,s8,80000246 <main+0x1f6>
80000618:	800035b7          	lui	a1,0x80003
8000061c:	a9c58593          	add	a1,a1,-1380 # 80002a9c <__text_end+0x3c>
80000620:	b13d                	j	8000024e <main+0x1fe>
80000622:	bee67ee3          	bgeu	a2,a4,8000021e <main+0x1ce>
80000626:	800035b7          	lui	a1,0x80003
8000062a:	a9c58593          	add	a1,a1,-1380 # 80002a9c <__text_end+0x3c>
8000062e:	bee5                	j	80000226 <main+0x1d6>
80000630:	80003537          	lui	a0,0x80003
80000634:	85a2                	mv	a1,s0
80000636:	d6050513          	add	a0,a0,-672 # 80002d60 <__text_end+0x300>
8000063a:	29e9                	jal	80000b14 <printf>
8000063c:	4405                	li	s0,1
8000063e:	bfa5                	j	800005b6 <main+0x566>
80000640:	cb8ce4e3          	bltu	s9,s8,800002e8 <main+0x298>
80000644:	4701                	li	a4,0
80000646:	b14d                	j	800002e8 <main+0x298>
	...

80000700 <csr_vector_table>:
80000700:	0300006f          	j	80000730 <csr_vector_0>
80000704:	0340006f          	j	80000738 <csr_vector_1>
80000708:	0380006f          	j	80000740 <csr_vector_2>
8000070c:	03c0006f          	j	80000748 <csr_vector_3>
80000710:	0400006f          	j	80000750 <csr_vector_4>
80000714:	0440006f          	j	80000758 <csr_vector_5>
80000718:	0480006f          	j	80000760 <csr_vector_6>
8000071c:	04c0006f          	j	80000768 <csr_vector_7>
80000720:	0500006f          	j	80000770 <csr_vector_8>
80000724:	0540006f          	j	80000778 <csr_vector_9>
80000728:	0580006f          	j	80000780 <csr_vector_10>
8000072c:	05c0006f          	j	80000788 <csr_vector_11>

80000730 <csr_vector_0>:
80000730:	14005073          	csrw	sscratch,0
80000734:	18c0006f          	j	800008c0 <trap_m_entry>

80000738 <csr_vector_1>:
80000738:	1400d073          	csrw	sscratch,1
8000073c:	1840006f          	j	800008c0 <trap_m_entry>

80000740 <csr_vector_2>:
80000740:	14015073          	csrw	sscratch,2
80000744:	17c0006f          	j	800008c0 <trap_m_entry>

80000748 <csr_vector_3>:
80000748:	1401d073          	csrw	sscratch,3
8000074c:	1740006f          	j	800008c0 <trap_m_entry>

80000750 <csr_vector_4>:
80000750:	14025073          	csrw	sscratch,4
80000754:	16c0006f          	j	800008c0 <trap_m_entry>

80000758 <csr_vector_5>:
80000758:	1402d073          	csrw	sscratch,5
8000075c:	1640006f          	j	800008c0 <trap_m_entry>

80000760 <csr_vector_6>:
80000760:	14035073          	csrw	sscratch,6
80000764:	15c0006f          	j	800008c0 <trap_m_entry>

80000768 <csr_vector_7>:
80000768:	1403d073          	csrw	sscratch,7
8000076c:	1540006f          	j	800008c0 <trap_m_entry>

80000770 <csr_vector_8>:
80000770:	14045073          	csrw	sscratch,8
80000774:	14c0006f          	j	800008c0 <trap_m_entry>

80000778 <csr_vector_9>:
80000778:	1404d073          	csrw	sscratch,9
8000077c:	1440006f          	j	800008c0 <trap_m_entry>

80000780 <csr_vector_10>:
80000780:	14055073          	csrw	sscratch,10
80000784:	13c0006f          	j	800008c0 <trap_m_entry>

80000788 <csr_vector_11>:
80000788:	1405d073          	csrw	sscratch,11
8000078c:	1340006f          	j	800008c0 <trap_m_entry>
	...

80000802 <step>:
80000802:	1101                	add	sp,sp,-32
80000804:	cc22                	sw	s0,24(sp)
80000806:	ca26                	sw	s1,20(sp)
80000808:	c84a                	sw	s2,16(sp)
8000080a:	ce06                	sw	ra,28(sp)
8000080c:	c64e                	sw	s3,12(sp)
8000080e:	842e                	mv	s0,a1
80000810:	84b2                	mv	s1,a2
80000812:	85aa                	mv	a1,a0
80000814:	8936                	mv	s2,a3
80000816:	340029f3          	csrr	s3,mscratch
8000081a:	80003537          	lui	a0,0x80003
8000081e:	86ce                	mv	a3,s3
80000820:	8622                	mv	a2,s0
80000822:	a6050513          	add	a0,a0,-1440 # 80002a60 <__text_end>
80000826:	24fd                	jal	80000b14 <printf>
80000828:	00941463          	bne	s0,s1,80000830 <step+0x2e>
8000082c:	03298063          	beq	s3,s2,8000084c <step+0x4a>
80000830:	80003537          	lui	a0,0x80003
80000834:	864a                	mv	a2,s2
80000836:	85a6                	mv	a1,s1
80000838:	a7c50513          	add	a0,a0,-1412 # 80002a7c <__text_end+0x1c>
8000083c:	2ce1                	jal	80000b14 <printf>
8000083e:	80004737          	lui	a4,0x80004
80000842:	02072783          	lw	a5,32(a4) # 80004020 <failures>
80000846:	0785                	add	a5,a5,1
80000848:	02f72023          	sw	a5,32(a4)
8000084c:	4462                	lw	s0,24(sp)
8000084e:	40f2                	lw	ra,28(sp)
80000850:	44d2                	lw	s1,20(sp)
80000852:	4942                	lw	s2,16(sp)
80000854:	49b2                	lw	s3,12(sp)
80000856:	80003537          	lui	a0,0x80003
8000085a:	bb850513          	add	a0,a0,-1096 # 80002bb8 <__text_end+0x158>
8000085e:	6105                	add	sp,sp,32
80000860:	ac55                	j	80000b14 <printf>

80000862 <trap_m_handler>:
80000862:	14002773          	csrr	a4,sscratch
80000866:	34202573          	csrr	a0,mcause
8000086a:	800047b7          	lui	a5,0x80004
8000086e:	02a7a223          	sw	a0,36(a5) # 80004024 <last_cause>
80000872:	47bd                	li	a5,15
80000874:	00e7eb63          	bltu	a5,a4,8000088a <trap_m_handler+0x28>
80000878:	800047b7          	lui	a5,0x80004
8000087c:	070a                	sll	a4,a4,0x2
8000087e:	02878793          	add	a5,a5,40 # 80004028 <vector_hits>
80000882:	97ba                	add	a5,a5,a4
80000884:	4398                	lw	a4,0(a5)
80000886:	0705                	add	a4,a4,1
80000888:	c398                	sw	a4,0(a5)
8000088a:	800007b7          	lui	a5,0x80000
8000088e:	078d                	add	a5,a5,3 # 80000003 <_start+0x3>
80000890:	00f50b63          	beq	a0,a5,800008a6 <trap_m_handler+0x44>
80000894:	47ad                	li	a5,11
80000896:	00f51d63          	bne	a0,a5,800008b0 <trap_m_handler+0x4e>
8000089a:	341027f3          	csrr	a5,mepc
8000089e:	0791                	add	a5,a5,4
800008a0:	34179073          	csrw	mepc,a5
800008a4:	8082                	ret
800008a6:	020007b7          	lui	a5,0x2000
800008aa:	0007a023          	sw	zero,0(a5) # 2000000 <__ram_size+0x1000000>
800008ae:	8082                	ret
800008b0:	1141                	add	sp,sp,-16
800008b2:	c606                	sw	ra,12(sp)
800008b4:	341025f3          	csrr	a1,mepc
800008b8:	34302673          	csrr	a2,mtval
800008bc:	22bd                	jal	80000a2a <bare_unexpected_trap>
	...

800008c0 <trap_m_entry>:
800008c0:	34011173          	csrrw	sp,mscratch,sp
800008c4:	7119                	add	sp,sp,-128
800008c6:	c206                	sw	ra,4(sp)
800008c8:	c60e                	sw	gp,12(sp)
800008ca:	c812                	sw	tp,16(sp)
800008cc:	ca16                	sw	t0,20(sp)
800008ce:	cc1a                	sw	t1,24(sp)
800008d0:	ce1e                	sw	t2,28(sp)
800008d2:	d022                	sw	s0,32(sp)
800008d4:	d226                	sw	s1,36(sp)
800008d6:	d42a                	sw	a0,40(sp)
800008d8:	d62e                	sw	a1,44(sp)
800008da:	d832                	sw	a2,48(sp)
800008dc:	da36                	sw	a3,52(sp)
800008de:	dc3a                	sw	a4,56(sp)
800008e0:	de3e                	sw	a5,60(sp)
800008e2:	c0c2                	sw	a6,64(sp)
800008e4:	c2c6                	sw	a7,68(sp)
800008e6:	c4ca                	sw	s2,72(sp)
800008e8:	c6ce                	sw	s3,76(sp)
800008ea:	c8d2                	sw	s4,80(sp)
800008ec:	cad6                	sw	s5,84(sp)
800008ee:	ccda                	sw	s6,88(sp)
800008f0:	cede                	sw	s7,92(sp)
800008f2:	d0e2                	sw	s8,96(sp)
800008f4:	d2e6                	sw	s9,100(sp)
800008f6:	d4ea                	sw	s10,104(sp)
800008f8:	d6ee                	sw	s11,108(sp)
800008fa:	d8f2                	sw	t3,112(sp)
800008fc:	daf6                	sw	t4,116(sp)
800008fe:	dcfa                	sw	t5,120(sp)
80000900:	defe                	sw	t6,124(sp)
80000902:	340022f3          	csrr	t0,mscratch
80000906:	c416                	sw	t0,8(sp)
80000908:	c002                	sw	zero,0(sp)
8000090a:	850a                	mv	a0,sp
8000090c:	3f99                	jal	80000862 <trap_m_handler>
8000090e:	08010293          	add	t0,sp,128
80000912:	34029073          	csrw	mscratch,t0
80000916:	4092                	lw	ra,4(sp)
80000918:	41b2                	lw	gp,12(sp)
8000091a:	4242                	lw	tp,16(sp)
8000091c:	42d2                	lw	t0,20(sp)
8000091e:	4362                	lw	t1,24(sp)
80000920:	43f2                	lw	t2,28(sp)
80000922:	5402                	lw	s0,32(sp)
80000924:	5492                	lw	s1,36(sp)
80000926:	5522                	lw	a0,40(sp)
80000928:	55b2                	lw	a1,44(sp)
8000092a:	5642                	lw	a2,48(sp)
8000092c:	56d2                	lw	a3,52(sp)
8000092e:	5762                	lw	a4,56(sp)
80000930:	57f2                	lw	a5,60(sp)
80000932:	4806                	lw	a6,64(sp)
80000934:	4896                	lw	a7,68(sp)
80000936:	4926                	lw	s2,72(sp)
80000938:	49b6                	lw	s3,76(sp)
8000093a:	4a46                	lw	s4,80(sp)
8000093c:	4ad6                	lw	s5,84(sp)
8000093e:	4b66                	lw	s6,88(sp)
80000940:	4bf6                	lw	s7,92(sp)
80000942:	5c06                	lw	s8,96(sp)
80000944:	5c96                	lw	s9,100(sp)
80000946:	5d26                	lw	s10,104(sp)
80000948:	5db6                	lw	s11,108(sp)
8000094a:	5e46                	lw	t3,112(sp)
8000094c:	5ed6                	lw	t4,116(sp)
8000094e:	5f66                	lw	t5,120(sp)
80000950:	5ff6                	lw	t6,124(sp)
80000952:	4122                	lw	sp,8(sp)
80000954:	30200073          	mret

80000958 <bare_default_trap>:
80000958:	00fff117          	auipc	sp,0xfff
8000095c:	6a810113          	add	sp,sp,1704 # 81000000 <__stack_top>
80000960:	34202573          	csrr	a0,mcause
80000964:	341025f3          	csrr	a1,mepc
80000968:	34302673          	csrr	a2,mtval
8000096c:	287d                	jal	80000a2a <bare_unexpected_trap>
8000096e:	a001                	j	8000096e <bare_default_trap+0x16>

80000970 <uart_stdio_put>:
80000970:	10000737          	lui	a4,0x10000
80000974:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000978:	0207f793          	and	a5,a5,32
8000097c:	dfe5                	beqz	a5,80000974 <uart_stdio_put+0x4>
8000097e:	00a70023          	sb	a0,0(a4)
80000982:	8082                	ret

80000984 <bare_puts>:
80000984:	00054683          	lbu	a3,0(a0)
80000988:	ce91                	beqz	a3,800009a4 <bare_puts+0x20>
8000098a:	10000737          	lui	a4,0x10000
8000098e:	0505                	add	a0,a0,1
80000990:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000994:	0207f793          	and	a5,a5,32
80000998:	dfe5                	beqz	a5,80000990 <bare_puts+0xc>
8000099a:	00d70023          	sb	a3,0(a4)
8000099e:	00054683          	lbu	a3,0(a0)
800009a2:	f6f5                	bnez	a3,8000098e <bare_puts+0xa>
800009a4:	8082                	ret

800009a6 <bare_put_hex>:
800009a6:	800036b7          	lui	a3,0x80003
800009aa:	03000613          	li	a2,48
800009ae:	d9068693          	add	a3,a3,-624 # 80002d90 <modes.0+0x10>
800009b2:	10000737          	lui	a4,0x10000
800009b6:	0685                	add	a3,a3,1
800009b8:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800009bc:	0207f793          	and	a5,a5,32
800009c0:	dfe5                	beqz	a5,800009b8 <bare_put_hex+0x12>
800009c2:	00c70023          	sb	a2,0(a4)
800009c6:	0006c603          	lbu	a2,0(a3)
800009ca:	f675                	bnez	a2,800009b6 <bare_put_hex+0x10>
800009cc:	800035b7          	lui	a1,0x80003
800009d0:	46f1                	li	a3,28
800009d2:	d9458593          	add	a1,a1,-620 # 80002d94 <modes.0+0x14>
800009d6:	10000737          	lui	a4,0x10000
800009da:	5871                	li	a6,-4
800009dc:	00d557b3          	srl	a5,a0,a3
800009e0:	8bbd                	and	a5,a5,15
800009e2:	97ae                	add	a5,a5,a1
800009e4:	0007c603          	lbu	a2,0(a5)
800009e8:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800009ec:	0207f793          	and	a5,a5,32
800009f0:	dfe5                	beqz	a5,800009e8 <bare_put_hex+0x42>
800009f2:	00c70023          	sb	a2,0(a4)
800009f6:	16f1                	add	a3,a3,-4
800009f8:	ff0692e3          	bne	a3,a6,800009dc <bare_put_hex+0x36>
800009fc:	8082                	ret

800009fe <bare_exit>:
800009fe:	cd19                	beqz	a0,80000a1c <bare_exit+0x1e>
80000a00:	670d                	lui	a4,0x3
80000a02:	01051793          	sll	a5,a0,0x10
80000a06:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
80000a0a:	8fd9                	or	a5,a5,a4
80000a0c:	00100737          	lui	a4,0x100
80000a10:	c31c                	sw	a5,0(a4)
80000a12:	10500073          	wfi
80000a16:	10500073          	wfi
80000a1a:	bfe5                	j	80000a12 <bare_exit+0x14>
80000a1c:	6795                	lui	a5,0x5
80000a1e:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
80000a22:	b7ed                	j	80000a0c <bare_exit+0xe>

80000a24 <_exit>:
80000a24:	1141                	add	sp,sp,-16
80000a26:	c606                	sw	ra,12(sp)
80000a28:	3fd9                	jal	800009fe <bare_exit>

80000a2a <bare_unexpected_trap>:
80000a2a:	1141                	add	sp,sp,-16
80000a2c:	c04a                	sw	s2,0(sp)
80000a2e:	892a                	mv	s2,a0
80000a30:	80003537          	lui	a0,0x80003
80000a34:	da850513          	add	a0,a0,-600 # 80002da8 <modes.0+0x28>
80000a38:	c606                	sw	ra,12(sp)
80000a3a:	c422                	sw	s0,8(sp)
80000a3c:	c226                	sw	s1,4(sp)
80000a3e:	8432                	mv	s0,a2
80000a40:	84ae                	mv	s1,a1
80000a42:	3789                	jal	80000984 <bare_puts>
80000a44:	854a                	mv	a0,s2
80000a46:	3785                	jal	800009a6 <bare_put_hex>
80000a48:	80003537          	lui	a0,0x80003
80000a4c:	dc050513          	add	a0,a0,-576 # 80002dc0 <modes.0+0x40>
80000a50:	3f15                	jal	80000984 <bare_puts>
80000a52:	8526                	mv	a0,s1
80000a54:	3f89                	jal	800009a6 <bare_put_hex>
80000a56:	80003537          	lui	a0,0x80003
80000a5a:	dc850513          	add	a0,a0,-568 # 80002dc8 <modes.0+0x48>
80000a5e:	371d                	jal	80000984 <bare_puts>
80000a60:	8522                	mv	a0,s0
80000a62:	3791                	jal	800009a6 <bare_put_hex>
80000a64:	10000737          	lui	a4,0x10000
80000a68:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000a6c:	0207f793          	and	a5,a5,32
80000a70:	dfe5                	beqz	a5,80000a68 <bare_unexpected_trap+0x3e>
80000a72:	47a9                	li	a5,10
80000a74:	00f70023          	sb	a5,0(a4)
80000a78:	006337b7          	lui	a5,0x633
80000a7c:	00100737          	lui	a4,0x100
80000a80:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
80000a84:	c31c                	sw	a5,0(a4)
80000a86:	10500073          	wfi
80000a8a:	10500073          	wfi
80000a8e:	bfe5                	j	80000a86 <bare_unexpected_trap+0x5c>

80000a90 <__libc_init_array>:
80000a90:	7a1012ef          	jal	t0,80002a30 <__riscv_save_0>
80000a94:	800034b7          	lui	s1,0x80003
80000a98:	80003437          	lui	s0,0x80003
80000a9c:	2b848793          	add	a5,s1,696 # 800032b8 <__fini_array_end>
80000aa0:	2b840413          	add	s0,s0,696 # 800032b8 <__fini_array_end>
80000aa4:	8c1d                	sub	s0,s0,a5
80000aa6:	8409                	sra	s0,s0,0x2
80000aa8:	2b848493          	add	s1,s1,696
80000aac:	4901                	li	s2,0
80000aae:	02891a63          	bne	s2,s0,80000ae2 <__libc_init_array+0x52>
80000ab2:	00000793          	li	a5,0
80000ab6:	c789                	beqz	a5,80000ac0 <__libc_init_array+0x30>
80000ab8:	00000097          	auipc	ra,0x0
80000abc:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000ac0:	800034b7          	lui	s1,0x80003
80000ac4:	80003437          	lui	s0,0x80003
80000ac8:	2b848793          	add	a5,s1,696 # 800032b8 <__fini_array_end>
80000acc:	2b840413          	add	s0,s0,696 # 800032b8 <__fini_array_end>
80000ad0:	8c1d                	sub	s0,s0,a5
80000ad2:	8409                	sra	s0,s0,0x2
80000ad4:	2b848493          	add	s1,s1,696
80000ad8:	4901                	li	s2,0
80000ada:	00891963          	bne	s2,s0,80000aec <__libc_init_array+0x5c>
80000ade:	7770106f          	j	80002a54 <__riscv_restore_0>
80000ae2:	409c                	lw	a5,0(s1)
80000ae4:	0905                	add	s2,s2,1
80000ae6:	0491                	add	s1,s1,4
80000ae8:	9782                	jalr	a5
80000aea:	b7d1                	j	80000aae <__libc_init_array+0x1e>
80000aec:	409c                	lw	a5,0(s1)
80000aee:	0905                	add	s2,s2,1
80000af0:	0491                	add	s1,s1,4
80000af2:	9782                	jalr	a5
80000af4:	b7dd                	j	80000ada <__libc_init_array+0x4a>

80000af6 <exit>:
80000af6:	73b012ef          	jal	t0,80002a30 <__riscv_save_0>
80000afa:	00000793          	li	a5,0
80000afe:	842a                	mv	s0,a0
80000b00:	c791                	beqz	a5,80000b0c <exit+0x16>
80000b02:	4581                	li	a1,0
80000b04:	00000097          	auipc	ra,0x0
80000b08:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000b0c:	79e010ef          	jal	800022aa <__libc_fini_array>
80000b10:	8522                	mv	a0,s0
80000b12:	3f09                	jal	80000a24 <_exit>

80000b14 <printf>:
80000b14:	7139                	add	sp,sp,-64
80000b16:	da3e                	sw	a5,52(sp)
80000b18:	800037b7          	lui	a5,0x80003
80000b1c:	d22e                	sw	a1,36(sp)
80000b1e:	85aa                	mv	a1,a0
80000b20:	2ac7a503          	lw	a0,684(a5) # 800032ac <stdout>
80000b24:	d432                	sw	a2,40(sp)
80000b26:	1050                	add	a2,sp,36
80000b28:	ce06                	sw	ra,28(sp)
80000b2a:	d636                	sw	a3,44(sp)
80000b2c:	d83a                	sw	a4,48(sp)
80000b2e:	dc42                	sw	a6,56(sp)
80000b30:	de46                	sw	a7,60(sp)
80000b32:	c632                	sw	a2,12(sp)
80000b34:	2411                	jal	80000d38 <__d_vfprintf>
80000b36:	40f2                	lw	ra,28(sp)
80000b38:	6121                	add	sp,sp,64
80000b3a:	8082                	ret

80000b3c <__ultoa_invert>:
80000b3c:	6cd012ef          	jal	t0,80002a08 <__riscv_save_10>
80000b40:	2006f793          	and	a5,a3,512
80000b44:	89aa                	mv	s3,a0
80000b46:	8a2e                	mv	s4,a1
80000b48:	8932                	mv	s2,a2
80000b4a:	84b6                	mv	s1,a3
80000b4c:	02700b13          	li	s6,39
80000b50:	c781                	beqz	a5,80000b58 <__ultoa_invert+0x1c>
80000b52:	dff6f493          	and	s1,a3,-513
80000b56:	4b1d                	li	s6,7
80000b58:	41f4da93          	sra	s5,s1,0x1f
80000b5c:	4ca5                	li	s9,9
80000b5e:	8626                	mv	a2,s1
80000b60:	86d6                	mv	a3,s5
80000b62:	854e                	mv	a0,s3
80000b64:	85d2                	mv	a1,s4
80000b66:	373010ef          	jal	800026d8 <__umoddi3>
80000b6a:	85d2                	mv	a1,s4
80000b6c:	0ff57413          	zext.b	s0,a0
80000b70:	8626                	mv	a2,s1
80000b72:	854e                	mv	a0,s3
80000b74:	86d6                	mv	a3,s5
80000b76:	005010ef          	jal	8000237a <__udivdi3>
80000b7a:	8c4e                	mv	s8,s3
80000b7c:	8bd2                	mv	s7,s4
80000b7e:	89aa                	mv	s3,a0
80000b80:	8a2e                	mv	s4,a1
80000b82:	008cf563          	bgeu	s9,s0,80000b8c <__ultoa_invert+0x50>
80000b86:	945a                	add	s0,s0,s6
80000b88:	0ff47413          	zext.b	s0,s0
80000b8c:	0905                	add	s2,s2,1
80000b8e:	03040413          	add	s0,s0,48
80000b92:	fe890fa3          	sb	s0,-1(s2)
80000b96:	015be663          	bltu	s7,s5,80000ba2 <__ultoa_invert+0x66>
80000b9a:	fd7a92e3          	bne	s5,s7,80000b5e <__ultoa_invert+0x22>
80000b9e:	fc9c70e3          	bgeu	s8,s1,80000b5e <__ultoa_invert+0x22>
80000ba2:	854a                	mv	a0,s2
80000ba4:	69d0106f          	j	80002a40 <__riscv_restore_10>

80000ba8 <skip_to_arg>:
80000ba8:	661012ef          	jal	t0,80002a08 <__riscv_save_10>
80000bac:	4305                	li	t1,1
80000bae:	02500f13          	li	t5,37
80000bb2:	88aa                	mv	a7,a0
80000bb4:	00c34463          	blt	t1,a2,80000bbc <skip_to_arg+0x14>
80000bb8:	6890106f          	j	80002a40 <__riscv_restore_10>
80000bbc:	87c6                	mv	a5,a7
80000bbe:	88be                	mv	a7,a5
80000bc0:	0007c703          	lbu	a4,0(a5)
80000bc4:	0785                	add	a5,a5,1
80000bc6:	db6d                	beqz	a4,80000bb8 <skip_to_arg+0x10>
80000bc8:	ffe71be3          	bne	a4,t5,80000bbe <skip_to_arg+0x16>
80000bcc:	0007c703          	lbu	a4,0(a5)
80000bd0:	0889                	add	a7,a7,2
80000bd2:	ffe705e3          	beq	a4,t5,80000bbc <skip_to_arg+0x14>
80000bd6:	6ecd                	lui	t4,0x13
80000bd8:	4681                	li	a3,0
80000bda:	4e01                	li	t3,0
80000bdc:	4781                	li	a5,0
80000bde:	42fd                	li	t0,31
80000be0:	06c00f93          	li	t6,108
80000be4:	07400393          	li	t2,116
80000be8:	07a00413          	li	s0,122
80000bec:	06800493          	li	s1,104
80000bf0:	06a00913          	li	s2,106
80000bf4:	04c00993          	li	s3,76
80000bf8:	4a25                	li	s4,9
80000bfa:	02400a93          	li	s5,36
80000bfe:	07f00b13          	li	s6,127
80000c02:	4bc1                	li	s7,16
80000c04:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
80000c08:	04f2e263          	bltu	t0,a5,80000c4c <skip_to_arg+0xa4>
80000c0c:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
80000c10:	0ff87813          	zext.b	a6,a6
80000c14:	030bf163          	bgeu	s7,a6,80000c36 <skip_to_arg+0x8e>
80000c18:	fd070813          	add	a6,a4,-48
80000c1c:	0ff87813          	zext.b	a6,a6
80000c20:	4c25                	li	s8,9
80000c22:	050c6563          	bltu	s8,a6,80000c6c <skip_to_arg+0xc4>
80000c26:	47a9                	li	a5,10
80000c28:	02f687b3          	mul	a5,a3,a5
80000c2c:	00f806b3          	add	a3,a6,a5
80000c30:	02000793          	li	a5,32
80000c34:	a039                	j	80000c42 <skip_to_arg+0x9a>
80000c36:	010ed833          	srl	a6,t4,a6
80000c3a:	00187813          	and	a6,a6,1
80000c3e:	00080963          	beqz	a6,80000c50 <skip_to_arg+0xa8>
80000c42:	0008c703          	lbu	a4,0(a7)
80000c46:	0885                	add	a7,a7,1
80000c48:	f361                	bnez	a4,80000c08 <skip_to_arg+0x60>
80000c4a:	a8b1                	j	80000ca6 <skip_to_arg+0xfe>
80000c4c:	04fb6363          	bltu	s6,a5,80000c92 <skip_to_arg+0xea>
80000c50:	fd070813          	add	a6,a4,-48
80000c54:	0ff87813          	zext.b	a6,a6
80000c58:	fd0a77e3          	bgeu	s4,a6,80000c26 <skip_to_arg+0x7e>
80000c5c:	03571563          	bne	a4,s5,80000c86 <skip_to_arg+0xde>
80000c60:	0a0e0063          	beqz	t3,80000d00 <skip_to_arg+0x158>
80000c64:	0a668063          	beq	a3,t1,80000d04 <skip_to_arg+0x15c>
80000c68:	4681                	li	a3,0
80000c6a:	bfe1                	j	80000c42 <skip_to_arg+0x9a>
80000c6c:	0fb77813          	and	a6,a4,251
80000c70:	02a00c13          	li	s8,42
80000c74:	ff880ae3          	beq	a6,s8,80000c68 <skip_to_arg+0xc0>
80000c78:	06c00813          	li	a6,108
80000c7c:	01071d63          	bne	a4,a6,80000c96 <skip_to_arg+0xee>
80000c80:	0807e793          	or	a5,a5,128
80000c84:	bf7d                	j	80000c42 <skip_to_arg+0x9a>
80000c86:	0fb77813          	and	a6,a4,251
80000c8a:	02a00c13          	li	s8,42
80000c8e:	fd880de3          	beq	a6,s8,80000c68 <skip_to_arg+0xc0>
80000c92:	05f70663          	beq	a4,t6,80000cde <skip_to_arg+0x136>
80000c96:	02efef63          	bltu	t6,a4,80000cd4 <skip_to_arg+0x12c>
80000c9a:	04970863          	beq	a4,s1,80000cea <skip_to_arg+0x142>
80000c9e:	05270e63          	beq	a4,s2,80000cfa <skip_to_arg+0x152>
80000ca2:	05370c63          	beq	a4,s3,80000cfa <skip_to_arg+0x152>
80000ca6:	f00e09e3          	beqz	t3,80000bb8 <skip_to_arg+0x10>
80000caa:	f06e15e3          	bne	t3,t1,80000bb4 <skip_to_arg+0xc>
80000cae:	02076893          	or	a7,a4,32
80000cb2:	f9b88813          	add	a6,a7,-101
80000cb6:	0ff87813          	zext.b	a6,a6
80000cba:	4e09                	li	t3,2
80000cbc:	4194                	lw	a3,0(a1)
80000cbe:	010e7663          	bgeu	t3,a6,80000cca <skip_to_arg+0x122>
80000cc2:	06100813          	li	a6,97
80000cc6:	05089263          	bne	a7,a6,80000d0a <skip_to_arg+0x162>
80000cca:	069d                	add	a3,a3,7
80000ccc:	9ae1                	and	a3,a3,-8
80000cce:	00868713          	add	a4,a3,8
80000cd2:	a091                	j	80000d16 <skip_to_arg+0x16e>
80000cd4:	f67707e3          	beq	a4,t2,80000c42 <skip_to_arg+0x9a>
80000cd8:	f68705e3          	beq	a4,s0,80000c42 <skip_to_arg+0x9a>
80000cdc:	b7e9                	j	80000ca6 <skip_to_arg+0xfe>
80000cde:	0807f713          	and	a4,a5,128
80000ce2:	df59                	beqz	a4,80000c80 <skip_to_arg+0xd8>
80000ce4:	2007e793          	or	a5,a5,512
80000ce8:	bf61                	j	80000c80 <skip_to_arg+0xd8>
80000cea:	1007f713          	and	a4,a5,256
80000cee:	c319                	beqz	a4,80000cf4 <skip_to_arg+0x14c>
80000cf0:	2007e793          	or	a5,a5,512
80000cf4:	1007e793          	or	a5,a5,256
80000cf8:	b7a9                	j	80000c42 <skip_to_arg+0x9a>
80000cfa:	2807e793          	or	a5,a5,640
80000cfe:	b791                	j	80000c42 <skip_to_arg+0x9a>
80000d00:	8e36                	mv	t3,a3
80000d02:	b79d                	j	80000c68 <skip_to_arg+0xc0>
80000d04:	06300713          	li	a4,99
80000d08:	b75d                	j	80000cae <skip_to_arg+0x106>
80000d0a:	06300813          	li	a6,99
80000d0e:	01071763          	bne	a4,a6,80000d1c <skip_to_arg+0x174>
80000d12:	00468713          	add	a4,a3,4
80000d16:	c198                	sw	a4,0(a1)
80000d18:	0305                	add	t1,t1,1
80000d1a:	bd61                	j	80000bb2 <skip_to_arg+0xa>
80000d1c:	07300813          	li	a6,115
80000d20:	ff0709e3          	beq	a4,a6,80000d12 <skip_to_arg+0x16a>
80000d24:	0807f813          	and	a6,a5,128
80000d28:	00468713          	add	a4,a3,4
80000d2c:	fe0805e3          	beqz	a6,80000d16 <skip_to_arg+0x16e>
80000d30:	2007f793          	and	a5,a5,512
80000d34:	d3ed                	beqz	a5,80000d16 <skip_to_arg+0x16e>
80000d36:	bf51                	j	80000cca <skip_to_arg+0x122>

80000d38 <__d_vfprintf>:
80000d38:	4c9012ef          	jal	t0,80002a00 <__riscv_save_12>
80000d3c:	00454783          	lbu	a5,4(a0)
80000d40:	7139                	add	sp,sp,-64
80000d42:	c02a                	sw	a0,0(sp)
80000d44:	c42e                	sw	a1,8(sp)
80000d46:	c632                	sw	a2,12(sp)
80000d48:	8b89                	and	a5,a5,2
80000d4a:	00852a03          	lw	s4,8(a0)
80000d4e:	c785                	beqz	a5,80000d76 <__d_vfprintf+0x3e>
80000d50:	d232                	sw	a2,36(sp)
80000d52:	87ae                	mv	a5,a1
80000d54:	4401                	li	s0,0
80000d56:	0007c903          	lbu	s2,0(a5)
80000d5a:	00090f63          	beqz	s2,80000d78 <__d_vfprintf+0x40>
80000d5e:	02500713          	li	a4,37
80000d62:	00e90f63          	beq	s2,a4,80000d80 <__d_vfprintf+0x48>
80000d66:	0785                	add	a5,a5,1
80000d68:	c23e                	sw	a5,4(sp)
80000d6a:	4582                	lw	a1,0(sp)
80000d6c:	854a                	mv	a0,s2
80000d6e:	0405                	add	s0,s0,1
80000d70:	9a02                	jalr	s4
80000d72:	280552e3          	bgez	a0,800017f6 <__d_vfprintf+0xabe>
80000d76:	547d                	li	s0,-1
80000d78:	8522                	mv	a0,s0
80000d7a:	6121                	add	sp,sp,64
80000d7c:	4c10106f          	j	80002a3c <__riscv_restore_12>
80000d80:	0017c903          	lbu	s2,1(a5)
80000d84:	00278713          	add	a4,a5,2
80000d88:	c23a                	sw	a4,4(sp)
80000d8a:	02500793          	li	a5,37
80000d8e:	fcf90ee3          	beq	s2,a5,80000d6a <__d_vfprintf+0x32>
80000d92:	800034b7          	lui	s1,0x80003
80000d96:	4a81                	li	s5,0
80000d98:	4d01                	li	s10,0
80000d9a:	4b01                	li	s6,0
80000d9c:	4d81                	li	s11,0
80000d9e:	06c00993          	li	s3,108
80000da2:	07400b93          	li	s7,116
80000da6:	07a00c13          	li	s8,122
80000daa:	06800c93          	li	s9,104
80000dae:	de048493          	add	s1,s1,-544 # 80002de0 <modes.0+0x60>
80000db2:	47fd                	li	a5,31
80000db4:	07b7e163          	bltu	a5,s11,80000e16 <__d_vfprintf+0xde>
80000db8:	fe090793          	add	a5,s2,-32
80000dbc:	0ff7f793          	zext.b	a5,a5
80000dc0:	4741                	li	a4,16
80000dc2:	00f76663          	bltu	a4,a5,80000dce <__d_vfprintf+0x96>
80000dc6:	078a                	sll	a5,a5,0x2
80000dc8:	97a6                	add	a5,a5,s1
80000dca:	439c                	lw	a5,0(a5)
80000dcc:	8782                	jr	a5
80000dce:	fd090793          	add	a5,s2,-48
80000dd2:	0ff7f793          	zext.b	a5,a5
80000dd6:	4725                	li	a4,9
80000dd8:	06f76463          	bltu	a4,a5,80000e40 <__d_vfprintf+0x108>
80000ddc:	46a9                	li	a3,10
80000dde:	02db06b3          	mul	a3,s6,a3
80000de2:	00f68b33          	add	s6,a3,a5
80000de6:	020ded93          	or	s11,s11,32
80000dea:	a019                	j	80000df0 <__d_vfprintf+0xb8>
80000dec:	001ded93          	or	s11,s11,1
80000df0:	4792                	lw	a5,4(sp)
80000df2:	0007c903          	lbu	s2,0(a5)
80000df6:	0785                	add	a5,a5,1
80000df8:	c23e                	sw	a5,4(sp)
80000dfa:	fa091ce3          	bnez	s2,80000db2 <__d_vfprintf+0x7a>
80000dfe:	a0dd                	j	80000ee4 <__d_vfprintf+0x1ac>
80000e00:	002ded93          	or	s11,s11,2
80000e04:	004ded93          	or	s11,s11,4
80000e08:	b7e5                	j	80000df0 <__d_vfprintf+0xb8>
80000e0a:	008ded93          	or	s11,s11,8
80000e0e:	b7cd                	j	80000df0 <__d_vfprintf+0xb8>
80000e10:	010ded93          	or	s11,s11,16
80000e14:	bff1                	j	80000df0 <__d_vfprintf+0xb8>
80000e16:	07f00793          	li	a5,127
80000e1a:	0bb7e763          	bltu	a5,s11,80000ec8 <__d_vfprintf+0x190>
80000e1e:	fd090693          	add	a3,s2,-48
80000e22:	0ff6f693          	zext.b	a3,a3
80000e26:	47a5                	li	a5,9
80000e28:	00d7ec63          	bltu	a5,a3,80000e40 <__d_vfprintf+0x108>
80000e2c:	040df613          	and	a2,s11,64
80000e30:	87b6                	mv	a5,a3
80000e32:	d64d                	beqz	a2,80000ddc <__d_vfprintf+0xa4>
80000e34:	47a9                	li	a5,10
80000e36:	02fd07b3          	mul	a5,s10,a5
80000e3a:	00d78d33          	add	s10,a5,a3
80000e3e:	bf4d                	j	80000df0 <__d_vfprintf+0xb8>
80000e40:	02a00793          	li	a5,42
80000e44:	02f91663          	bne	s2,a5,80000e70 <__d_vfprintf+0x138>
80000e48:	fa0a94e3          	bnez	s5,80000df0 <__d_vfprintf+0xb8>
80000e4c:	5692                	lw	a3,36(sp)
80000e4e:	040df793          	and	a5,s11,64
80000e52:	00468613          	add	a2,a3,4
80000e56:	4294                	lw	a3,0(a3)
80000e58:	d232                	sw	a2,36(sp)
80000e5a:	c399                	beqz	a5,80000e60 <__d_vfprintf+0x128>
80000e5c:	8d36                	mv	s10,a3
80000e5e:	bf49                	j	80000df0 <__d_vfprintf+0xb8>
80000e60:	8b36                	mv	s6,a3
80000e62:	f806d2e3          	bgez	a3,80000de6 <__d_vfprintf+0xae>
80000e66:	40d00b33          	neg	s6,a3
80000e6a:	028ded93          	or	s11,s11,40
80000e6e:	b749                	j	80000df0 <__d_vfprintf+0xb8>
80000e70:	02e00793          	li	a5,46
80000e74:	00f91963          	bne	s2,a5,80000e86 <__d_vfprintf+0x14e>
80000e78:	040df793          	and	a5,s11,64
80000e7c:	ee079ee3          	bnez	a5,80000d78 <__d_vfprintf+0x40>
80000e80:	040ded93          	or	s11,s11,64
80000e84:	b7b5                	j	80000df0 <__d_vfprintf+0xb8>
80000e86:	02400793          	li	a5,36
80000e8a:	02f91f63          	bne	s2,a5,80000ec8 <__d_vfprintf+0x190>
80000e8e:	120a8a63          	beqz	s5,80000fc2 <__d_vfprintf+0x28a>
80000e92:	47b2                	lw	a5,12(sp)
80000e94:	d23e                	sw	a5,36(sp)
80000e96:	040df793          	and	a5,s11,64
80000e9a:	ef81                	bnez	a5,80000eb2 <__d_vfprintf+0x17a>
80000e9c:	4522                	lw	a0,8(sp)
80000e9e:	865a                	mv	a2,s6
80000ea0:	104c                	add	a1,sp,36
80000ea2:	3319                	jal	80000ba8 <skip_to_arg>
80000ea4:	5792                	lw	a5,36(sp)
80000ea6:	00478693          	add	a3,a5,4
80000eaa:	0007ab03          	lw	s6,0(a5)
80000eae:	d236                	sw	a3,36(sp)
80000eb0:	b781                	j	80000df0 <__d_vfprintf+0xb8>
80000eb2:	4522                	lw	a0,8(sp)
80000eb4:	866a                	mv	a2,s10
80000eb6:	104c                	add	a1,sp,36
80000eb8:	39c5                	jal	80000ba8 <skip_to_arg>
80000eba:	5792                	lw	a5,36(sp)
80000ebc:	00478693          	add	a3,a5,4
80000ec0:	0007ad03          	lw	s10,0(a5)
80000ec4:	d236                	sw	a3,36(sp)
80000ec6:	b72d                	j	80000df0 <__d_vfprintf+0xb8>
80000ec8:	0d390a63          	beq	s2,s3,80000f9c <__d_vfprintf+0x264>
80000ecc:	0d29e363          	bltu	s3,s2,80000f92 <__d_vfprintf+0x25a>
80000ed0:	0d990e63          	beq	s2,s9,80000fac <__d_vfprintf+0x274>
80000ed4:	06a00793          	li	a5,106
80000ed8:	0ef90263          	beq	s2,a5,80000fbc <__d_vfprintf+0x284>
80000edc:	04c00793          	li	a5,76
80000ee0:	0cf90e63          	beq	s2,a5,80000fbc <__d_vfprintf+0x284>
80000ee4:	000a8863          	beqz	s5,80000ef4 <__d_vfprintf+0x1bc>
80000ee8:	47b2                	lw	a5,12(sp)
80000eea:	4522                	lw	a0,8(sp)
80000eec:	8656                	mv	a2,s5
80000eee:	104c                	add	a1,sp,36
80000ef0:	d23e                	sw	a5,36(sp)
80000ef2:	395d                	jal	80000ba8 <skip_to_arg>
80000ef4:	000d5963          	bgez	s10,80000f06 <__d_vfprintf+0x1ce>
80000ef8:	fbfdf813          	and	a6,s11,-65
80000efc:	01081d93          	sll	s11,a6,0x10
80000f00:	010ddd93          	srl	s11,s11,0x10
80000f04:	4d01                	li	s10,0
80000f06:	02096c93          	or	s9,s2,32
80000f0a:	f9bc8793          	add	a5,s9,-101
80000f0e:	0ff7f793          	zext.b	a5,a5
80000f12:	4709                	li	a4,2
80000f14:	0af77d63          	bgeu	a4,a5,80000fce <__d_vfprintf+0x296>
80000f18:	06100793          	li	a5,97
80000f1c:	6afc9163          	bne	s9,a5,800015be <__d_vfprintf+0x886>
80000f20:	5792                	lw	a5,36(sp)
80000f22:	6a89                	lui	s5,0x2
80000f24:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
80000f28:	079d                	add	a5,a5,7
80000f2a:	9be1                	and	a5,a5,-8
80000f2c:	0047ab83          	lw	s7,4(a5)
80000f30:	0007a883          	lw	a7,0(a5)
80000f34:	00878713          	add	a4,a5,8
80000f38:	414bd993          	sra	s3,s7,0x14
80000f3c:	00cb9c13          	sll	s8,s7,0xc
80000f40:	7ff9f993          	and	s3,s3,2047
80000f44:	00cc5c93          	srl	s9,s8,0xc
80000f48:	015deab3          	or	s5,s11,s5
80000f4c:	0119e533          	or	a0,s3,a7
80000f50:	fff94913          	not	s2,s2
80000f54:	0ac2                	sll	s5,s5,0x10
80000f56:	d23a                	sw	a4,36(sp)
80000f58:	019567b3          	or	a5,a0,s9
80000f5c:	02097913          	and	s2,s2,32
80000f60:	010ada93          	srl	s5,s5,0x10
80000f64:	86c6                	mv	a3,a7
80000f66:	8c66                	mv	s8,s9
80000f68:	040df813          	and	a6,s11,64
80000f6c:	01fbdb93          	srl	s7,s7,0x1f
80000f70:	ebdd                	bnez	a5,80001026 <__d_vfprintf+0x2ee>
80000f72:	03000793          	li	a5,48
80000f76:	0ffbfb93          	zext.b	s7,s7
80000f7a:	02f106a3          	sb	a5,45(sp)
80000f7e:	03710623          	sb	s7,44(sp)
80000f82:	24080d63          	beqz	a6,800011dc <__d_vfprintf+0x4a4>
80000f86:	47b1                	li	a5,12
80000f88:	4981                	li	s3,0
80000f8a:	0da7d263          	bge	a5,s10,8000104e <__d_vfprintf+0x316>
80000f8e:	4d35                	li	s10,13
80000f90:	aa85                	j	80001100 <__d_vfprintf+0x3c8>
80000f92:	e5790fe3          	beq	s2,s7,80000df0 <__d_vfprintf+0xb8>
80000f96:	e5890de3          	beq	s2,s8,80000df0 <__d_vfprintf+0xb8>
80000f9a:	b7a9                	j	80000ee4 <__d_vfprintf+0x1ac>
80000f9c:	080df793          	and	a5,s11,128
80000fa0:	c399                	beqz	a5,80000fa6 <__d_vfprintf+0x26e>
80000fa2:	200ded93          	or	s11,s11,512
80000fa6:	080ded93          	or	s11,s11,128
80000faa:	b599                	j	80000df0 <__d_vfprintf+0xb8>
80000fac:	100df793          	and	a5,s11,256
80000fb0:	c399                	beqz	a5,80000fb6 <__d_vfprintf+0x27e>
80000fb2:	200ded93          	or	s11,s11,512
80000fb6:	100ded93          	or	s11,s11,256
80000fba:	bd1d                	j	80000df0 <__d_vfprintf+0xb8>
80000fbc:	280ded93          	or	s11,s11,640
80000fc0:	bd05                	j	80000df0 <__d_vfprintf+0xb8>
80000fc2:	875a                	mv	a4,s6
80000fc4:	4d01                	li	s10,0
80000fc6:	4b01                	li	s6,0
80000fc8:	8aba                	mv	s5,a4
80000fca:	4d81                	li	s11,0
80000fcc:	b515                	j	80000df0 <__d_vfprintf+0xb8>
80000fce:	5792                	lw	a5,36(sp)
80000fd0:	fff94913          	not	s2,s2
80000fd4:	02097913          	and	s2,s2,32
80000fd8:	079d                	add	a5,a5,7
80000fda:	9be1                	and	a5,a5,-8
80000fdc:	00878713          	add	a4,a5,8
80000fe0:	4388                	lw	a0,0(a5)
80000fe2:	43cc                	lw	a1,4(a5)
80000fe4:	d23a                	sw	a4,36(sp)
80000fe6:	040df793          	and	a5,s11,64
80000fea:	20078d63          	beqz	a5,80001204 <__d_vfprintf+0x4cc>
80000fee:	06500793          	li	a5,101
80000ff2:	20fc9b63          	bne	s9,a5,80001208 <__d_vfprintf+0x4d0>
80000ff6:	6785                	lui	a5,0x1
80000ff8:	001d0613          	add	a2,s10,1
80000ffc:	00fdedb3          	or	s11,s11,a5
80001000:	0ff67613          	zext.b	a2,a2
80001004:	4701                	li	a4,0
80001006:	4781                	li	a5,0
80001008:	4345                	li	t1,17
8000100a:	0ff67693          	zext.b	a3,a2
8000100e:	00c37363          	bgeu	t1,a2,80001014 <__d_vfprintf+0x2dc>
80001012:	46c5                	li	a3,17
80001014:	1030                	add	a2,sp,40
80001016:	317000ef          	jal	80001b2c <__dtoa_engine>
8000101a:	0ff57b93          	zext.b	s7,a0
8000101e:	59a2                	lw	s3,40(sp)
80001020:	8aee                	mv	s5,s11
80001022:	4c09                	li	s8,2
80001024:	aa01                	j	80001134 <__d_vfprintf+0x3fc>
80001026:	03100793          	li	a5,49
8000102a:	00099563          	bnez	s3,80001034 <__d_vfprintf+0x2fc>
8000102e:	03000793          	li	a5,48
80001032:	4985                	li	s3,1
80001034:	0ffbfb93          	zext.b	s7,s7
80001038:	02f106a3          	sb	a5,45(sp)
8000103c:	03710623          	sb	s7,44(sp)
80001040:	c0198993          	add	s3,s3,-1023
80001044:	18080363          	beqz	a6,800011ca <__d_vfprintf+0x492>
80001048:	47b1                	li	a5,12
8000104a:	19a7c263          	blt	a5,s10,800011ce <__d_vfprintf+0x496>
8000104e:	4335                	li	t1,13
80001050:	41a30333          	sub	t1,t1,s10
80001054:	00231d93          	sll	s11,t1,0x2
80001058:	fffd8613          	add	a2,s11,-1
8000105c:	4505                	li	a0,1
8000105e:	4581                	li	a1,0
80001060:	ca46                	sw	a7,20(sp)
80001062:	c836                	sw	a3,16(sp)
80001064:	2c4010ef          	jal	80002328 <__ashldi3>
80001068:	84aa                	mv	s1,a0
8000106a:	872e                	mv	a4,a1
8000106c:	00171793          	sll	a5,a4,0x1
80001070:	85aa                	mv	a1,a0
80001072:	01f4d513          	srl	a0,s1,0x1f
80001076:	00149e13          	sll	t3,s1,0x1
8000107a:	8fc9                	or	a5,a5,a0
8000107c:	40f00c33          	neg	s8,a5
80001080:	01c03533          	snez	a0,t3
80001084:	48d2                	lw	a7,20(sp)
80001086:	41c00833          	neg	a6,t3
8000108a:	40ac0c33          	sub	s8,s8,a0
8000108e:	fffe0513          	add	a0,t3,-1
80001092:	001e3e13          	seqz	t3,t3
80001096:	41c787b3          	sub	a5,a5,t3
8000109a:	0197f7b3          	and	a5,a5,s9
8000109e:	01157533          	and	a0,a0,a7
800010a2:	02f74663          	blt	a4,a5,800010ce <__d_vfprintf+0x396>
800010a6:	46c2                	lw	a3,16(sp)
800010a8:	00e79463          	bne	a5,a4,800010b0 <__d_vfprintf+0x378>
800010ac:	02a5e163          	bltu	a1,a0,800010ce <__d_vfprintf+0x396>
800010b0:	8546                	mv	a0,a7
800010b2:	866e                	mv	a2,s11
800010b4:	85e6                	mv	a1,s9
800010b6:	ce3a                	sw	a4,28(sp)
800010b8:	cc42                	sw	a6,24(sp)
800010ba:	ca36                	sw	a3,20(sp)
800010bc:	c846                	sw	a7,16(sp)
800010be:	292010ef          	jal	80002350 <__ashrdi3>
800010c2:	8905                	and	a0,a0,1
800010c4:	48c2                	lw	a7,16(sp)
800010c6:	46d2                	lw	a3,20(sp)
800010c8:	4862                	lw	a6,24(sp)
800010ca:	4772                	lw	a4,28(sp)
800010cc:	c94d                	beqz	a0,8000117e <__d_vfprintf+0x446>
800010ce:	00988533          	add	a0,a7,s1
800010d2:	01153db3          	sltu	s11,a0,a7
800010d6:	9766                	add	a4,a4,s9
800010d8:	00ed8cb3          	add	s9,s11,a4
800010dc:	001007b7          	lui	a5,0x100
800010e0:	86aa                	mv	a3,a0
800010e2:	08fcce63          	blt	s9,a5,8000117e <__d_vfprintf+0x446>
800010e6:	02d14783          	lbu	a5,45(sp)
800010ea:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
800010ec:	02f106a3          	sb	a5,45(sp)
800010f0:	40000793          	li	a5,1024
800010f4:	0af98163          	beq	s3,a5,80001196 <__d_vfprintf+0x45e>
800010f8:	00a87533          	and	a0,a6,a0
800010fc:	019c7c33          	and	s8,s8,s9
80001100:	05700613          	li	a2,87
80001104:	1034                	add	a3,sp,40
80001106:	4735                	li	a4,13
80001108:	45a5                	li	a1,9
8000110a:	41260633          	sub	a2,a2,s2
8000110e:	01cc1813          	sll	a6,s8,0x1c
80001112:	00f57793          	and	a5,a0,15
80001116:	8111                	srl	a0,a0,0x4
80001118:	00a86533          	or	a0,a6,a0
8000111c:	404c5c13          	sra	s8,s8,0x4
80001120:	e7e1                	bnez	a5,800011e8 <__d_vfprintf+0x4b0>
80001122:	0ced5563          	bge	s10,a4,800011ec <__d_vfprintf+0x4b4>
80001126:	177d                	add	a4,a4,-1
80001128:	16fd                	add	a3,a3,-1
8000112a:	f375                	bnez	a4,8000110e <__d_vfprintf+0x3d6>
8000112c:	4c05                	li	s8,1
8000112e:	4bb9                	li	s7,14
80001130:	07000c93          	li	s9,112
80001134:	00998713          	add	a4,s3,9
80001138:	46c9                	li	a3,18
8000113a:	87ce                	mv	a5,s3
8000113c:	06e6e863          	bltu	a3,a4,800011ac <__d_vfprintf+0x474>
80001140:	02c14703          	lbu	a4,44(sp)
80001144:	00177d93          	and	s11,a4,1
80001148:	8b31                	and	a4,a4,12
8000114a:	120d9a63          	bnez	s11,8000127e <__d_vfprintf+0x546>
8000114e:	002af793          	and	a5,s5,2
80001152:	12079263          	bnez	a5,80001276 <__d_vfprintf+0x53e>
80001156:	004af793          	and	a5,s5,4
8000115a:	cfe9                	beqz	a5,80001234 <__d_vfprintf+0x4fc>
8000115c:	12071563          	bnez	a4,80001286 <__d_vfprintf+0x54e>
80001160:	02000713          	li	a4,32
80001164:	678d                	lui	a5,0x3
80001166:	00faf7b3          	and	a5,s5,a5
8000116a:	1c079363          	bnez	a5,80001330 <__d_vfprintf+0x5f8>
8000116e:	000d1363          	bnez	s10,80001174 <__d_vfprintf+0x43c>
80001172:	4d05                	li	s10,1
80001174:	103c                	add	a5,sp,40
80001176:	97de                	add	a5,a5,s7
80001178:	03000693          	li	a3,48
8000117c:	aa9d                	j	800012f2 <__d_vfprintf+0x5ba>
8000117e:	0106f6b3          	and	a3,a3,a6
80001182:	018cfcb3          	and	s9,s9,s8
80001186:	40000793          	li	a5,1024
8000118a:	04f99c63          	bne	s3,a5,800011e2 <__d_vfprintf+0x4aa>
8000118e:	0196ecb3          	or	s9,a3,s9
80001192:	040c8063          	beqz	s9,800011d2 <__d_vfprintf+0x49a>
80001196:	008beb93          	or	s7,s7,8
8000119a:	03710623          	sb	s7,44(sp)
8000119e:	40000993          	li	s3,1024
800011a2:	4bb9                	li	s7,14
800011a4:	07000c93          	li	s9,112
800011a8:	40000793          	li	a5,1024
800011ac:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
800011b0:	0c600693          	li	a3,198
800011b4:	4c09                	li	s8,2
800011b6:	f8e6f5e3          	bgeu	a3,a4,80001140 <__d_vfprintf+0x408>
800011ba:	3e778793          	add	a5,a5,999
800011be:	7ce00c13          	li	s8,1998
800011c2:	00fc3c33          	sltu	s8,s8,a5
800011c6:	0c0d                	add	s8,s8,3
800011c8:	bfa5                	j	80001140 <__d_vfprintf+0x408>
800011ca:	4d01                	li	s10,0
800011cc:	bf6d                	j	80001186 <__d_vfprintf+0x44e>
800011ce:	4d35                	li	s10,13
800011d0:	bf5d                	j	80001186 <__d_vfprintf+0x44e>
800011d2:	004beb93          	or	s7,s7,4
800011d6:	03710623          	sb	s7,44(sp)
800011da:	b7e1                	j	800011a2 <__d_vfprintf+0x46a>
800011dc:	4981                	li	s3,0
800011de:	4d01                	li	s10,0
800011e0:	b705                	j	80001100 <__d_vfprintf+0x3c8>
800011e2:	8536                	mv	a0,a3
800011e4:	8c66                	mv	s8,s9
800011e6:	bf29                	j	80001100 <__d_vfprintf+0x3c8>
800011e8:	00f5ea63          	bltu	a1,a5,800011fc <__d_vfprintf+0x4c4>
800011ec:	03078793          	add	a5,a5,48
800011f0:	00f68923          	sb	a5,18(a3)
800011f4:	f2ed59e3          	bge	s10,a4,80001126 <__d_vfprintf+0x3ee>
800011f8:	8d3a                	mv	s10,a4
800011fa:	b735                	j	80001126 <__d_vfprintf+0x3ee>
800011fc:	97b2                	add	a5,a5,a2
800011fe:	0ff7f793          	zext.b	a5,a5
80001202:	b7fd                	j	800011f0 <__d_vfprintf+0x4b8>
80001204:	4d19                	li	s10,6
80001206:	b3e5                	j	80000fee <__d_vfprintf+0x2b6>
80001208:	06600793          	li	a5,102
8000120c:	00fc9963          	bne	s9,a5,8000121e <__d_vfprintf+0x4e6>
80001210:	6789                	lui	a5,0x2
80001212:	00fdedb3          	or	s11,s11,a5
80001216:	4705                	li	a4,1
80001218:	87ea                	mv	a5,s10
8000121a:	4645                	li	a2,17
8000121c:	b3f5                	j	80001008 <__d_vfprintf+0x2d0>
8000121e:	0ffd7793          	zext.b	a5,s10
80001222:	0ffd7613          	zext.b	a2,s10
80001226:	e391                	bnez	a5,8000122a <__d_vfprintf+0x4f2>
80001228:	4605                	li	a2,1
8000122a:	4701                	li	a4,0
8000122c:	4781                	li	a5,0
8000122e:	06500c93          	li	s9,101
80001232:	bbd9                	j	80001008 <__d_vfprintf+0x2d0>
80001234:	db05                	beqz	a4,80001164 <__d_vfprintf+0x42c>
80001236:	478d                	li	a5,3
80001238:	0967d163          	bge	a5,s6,800012ba <__d_vfprintf+0x582>
8000123c:	008afa93          	and	s5,s5,8
80001240:	ffdb0493          	add	s1,s6,-3
80001244:	000a9f63          	bnez	s5,80001262 <__d_vfprintf+0x52a>
80001248:	94a2                	add	s1,s1,s0
8000124a:	4582                	lw	a1,0(sp)
8000124c:	02000513          	li	a0,32
80001250:	0405                	add	s0,s0,1
80001252:	9a02                	jalr	s4
80001254:	b20541e3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001258:	fe8499e3          	bne	s1,s0,8000124a <__d_vfprintf+0x512>
8000125c:	4481                	li	s1,0
8000125e:	020d9f63          	bnez	s11,8000129c <__d_vfprintf+0x564>
80001262:	02c14783          	lbu	a5,44(sp)
80001266:	8ba1                	and	a5,a5,8
80001268:	efad                	bnez	a5,800012e2 <__d_vfprintf+0x5aa>
8000126a:	800039b7          	lui	s3,0x80003
8000126e:	dd098993          	add	s3,s3,-560 # 80002dd0 <modes.0+0x50>
80001272:	8c22                	mv	s8,s0
80001274:	a8b1                	j	800012d0 <__d_vfprintf+0x598>
80001276:	eb15                	bnez	a4,800012aa <__d_vfprintf+0x572>
80001278:	02b00713          	li	a4,43
8000127c:	b5e5                	j	80001164 <__d_vfprintf+0x42c>
8000127e:	eb0d                	bnez	a4,800012b0 <__d_vfprintf+0x578>
80001280:	02d00713          	li	a4,45
80001284:	b5c5                	j	80001164 <__d_vfprintf+0x42c>
80001286:	02000d93          	li	s11,32
8000128a:	4791                	li	a5,4
8000128c:	0367d563          	bge	a5,s6,800012b6 <__d_vfprintf+0x57e>
80001290:	008afa93          	and	s5,s5,8
80001294:	ffcb0493          	add	s1,s6,-4
80001298:	fa0a88e3          	beqz	s5,80001248 <__d_vfprintf+0x510>
8000129c:	4582                	lw	a1,0(sp)
8000129e:	856e                	mv	a0,s11
800012a0:	0405                	add	s0,s0,1
800012a2:	9a02                	jalr	s4
800012a4:	fa055fe3          	bgez	a0,80001262 <__d_vfprintf+0x52a>
800012a8:	b4f9                	j	80000d76 <__d_vfprintf+0x3e>
800012aa:	02b00d93          	li	s11,43
800012ae:	bff1                	j	8000128a <__d_vfprintf+0x552>
800012b0:	02d00d93          	li	s11,45
800012b4:	bfd9                	j	8000128a <__d_vfprintf+0x552>
800012b6:	4481                	li	s1,0
800012b8:	b7d5                	j	8000129c <__d_vfprintf+0x564>
800012ba:	4481                	li	s1,0
800012bc:	b75d                	j	80001262 <__d_vfprintf+0x52a>
800012be:	4582                	lw	a1,0(sp)
800012c0:	41250533          	sub	a0,a0,s2
800012c4:	0ff57513          	zext.b	a0,a0
800012c8:	0c05                	add	s8,s8,1
800012ca:	9a02                	jalr	s4
800012cc:	aa0545e3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800012d0:	408c07b3          	sub	a5,s8,s0
800012d4:	97ce                	add	a5,a5,s3
800012d6:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
800012da:	f175                	bnez	a0,800012be <__d_vfprintf+0x586>
800012dc:	8462                	mv	s0,s8
800012de:	94e2                	add	s1,s1,s8
800012e0:	a515                	j	80001904 <__d_vfprintf+0xbcc>
800012e2:	800039b7          	lui	s3,0x80003
800012e6:	dd498993          	add	s3,s3,-556 # 80002dd4 <modes.0+0x54>
800012ea:	b761                	j	80001272 <__d_vfprintf+0x53a>
800012ec:	1bfd                	add	s7,s7,-1
800012ee:	0ffbfb93          	zext.b	s7,s7
800012f2:	000b8763          	beqz	s7,80001300 <__d_vfprintf+0x5c8>
800012f6:	0047c603          	lbu	a2,4(a5)
800012fa:	17fd                	add	a5,a5,-1
800012fc:	fed608e3          	beq	a2,a3,800012ec <__d_vfprintf+0x5b4>
80001300:	010af693          	and	a3,s5,16
80001304:	87ea                	mv	a5,s10
80001306:	e291                	bnez	a3,8000130a <__d_vfprintf+0x5d2>
80001308:	87de                	mv	a5,s7
8000130a:	56f1                	li	a3,-4
8000130c:	0ed9cc63          	blt	s3,a3,80001404 <__d_vfprintf+0x6cc>
80001310:	0fa9da63          	bge	s3,s10,80001404 <__d_vfprintf+0x6cc>
80001314:	6689                	lui	a3,0x2
80001316:	00dae6b3          	or	a3,s5,a3
8000131a:	01069a93          	sll	s5,a3,0x10
8000131e:	010ada93          	srl	s5,s5,0x10
80001322:	4d01                	li	s10,0
80001324:	00f9d663          	bge	s3,a5,80001330 <__d_vfprintf+0x5f8>
80001328:	00198893          	add	a7,s3,1
8000132c:	41178d33          	sub	s10,a5,a7
80001330:	6d89                	lui	s11,0x2
80001332:	01bafdb3          	and	s11,s5,s11
80001336:	0c0d8a63          	beqz	s11,8000140a <__d_vfprintf+0x6d2>
8000133a:	87ce                	mv	a5,s3
8000133c:	0009d363          	bgez	s3,80001342 <__d_vfprintf+0x60a>
80001340:	4781                	li	a5,0
80001342:	0785                	add	a5,a5,1
80001344:	c311                	beqz	a4,80001348 <__d_vfprintf+0x610>
80001346:	0785                	add	a5,a5,1
80001348:	0c0d0963          	beqz	s10,8000141a <__d_vfprintf+0x6e2>
8000134c:	001d0693          	add	a3,s10,1
80001350:	97b6                	add	a5,a5,a3
80001352:	4481                	li	s1,0
80001354:	0167d463          	bge	a5,s6,8000135c <__d_vfprintf+0x624>
80001358:	40fb04b3          	sub	s1,s6,a5
8000135c:	009af793          	and	a5,s5,9
80001360:	e789                	bnez	a5,8000136a <__d_vfprintf+0x632>
80001362:	94a2                	add	s1,s1,s0
80001364:	0c849063          	bne	s1,s0,80001424 <__d_vfprintf+0x6ec>
80001368:	4481                	li	s1,0
8000136a:	c719                	beqz	a4,80001378 <__d_vfprintf+0x640>
8000136c:	4582                	lw	a1,0(sp)
8000136e:	853a                	mv	a0,a4
80001370:	0405                	add	s0,s0,1
80001372:	9a02                	jalr	s4
80001374:	a00541e3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001378:	00bad793          	srl	a5,s5,0xb
8000137c:	8b85                	and	a5,a5,1
8000137e:	c395                	beqz	a5,800013a2 <__d_vfprintf+0x66a>
80001380:	4582                	lw	a1,0(sp)
80001382:	03000513          	li	a0,48
80001386:	9a02                	jalr	s4
80001388:	9e0547e3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
8000138c:	07800513          	li	a0,120
80001390:	4582                	lw	a1,0(sp)
80001392:	41250533          	sub	a0,a0,s2
80001396:	0f857513          	and	a0,a0,248
8000139a:	0409                	add	s0,s0,2
8000139c:	9a02                	jalr	s4
8000139e:	9c054ce3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800013a2:	008af793          	and	a5,s5,8
800013a6:	e791                	bnez	a5,800013b2 <__d_vfprintf+0x67a>
800013a8:	8b22                	mv	s6,s0
800013aa:	9426                	add	s0,s0,s1
800013ac:	09641663          	bne	s0,s6,80001438 <__d_vfprintf+0x700>
800013b0:	4481                	li	s1,0
800013b2:	0c0d8f63          	beqz	s11,80001490 <__d_vfprintf+0x758>
800013b6:	8cce                	mv	s9,s3
800013b8:	0009d363          	bgez	s3,800013be <__d_vfprintf+0x686>
800013bc:	4c81                	li	s9,0
800013be:	41998db3          	sub	s11,s3,s9
800013c2:	41a00d33          	neg	s10,s10
800013c6:	5b7d                	li	s6,-1
800013c8:	03000513          	li	a0,48
800013cc:	017df663          	bgeu	s11,s7,800013d8 <__d_vfprintf+0x6a0>
800013d0:	103c                	add	a5,sp,40
800013d2:	97ee                	add	a5,a5,s11
800013d4:	0057c503          	lbu	a0,5(a5)
800013d8:	1cfd                	add	s9,s9,-1
800013da:	00140c13          	add	s8,s0,1
800013de:	07acc563          	blt	s9,s10,80001448 <__d_vfprintf+0x710>
800013e2:	4582                	lw	a1,0(sp)
800013e4:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
800013e6:	9a02                	jalr	s4
800013e8:	980547e3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800013ec:	016c9a63          	bne	s9,s6,80001400 <__d_vfprintf+0x6c8>
800013f0:	4582                	lw	a1,0(sp)
800013f2:	02e00513          	li	a0,46
800013f6:	9a02                	jalr	s4
800013f8:	96054fe3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800013fc:	00240c13          	add	s8,s0,2
80001400:	8462                	mv	s0,s8
80001402:	b7d9                	j	800013c8 <__d_vfprintf+0x690>
80001404:	fff78d13          	add	s10,a5,-1
80001408:	b725                	j	80001330 <__d_vfprintf+0x5f8>
8000140a:	00bad693          	srl	a3,s5,0xb
8000140e:	8a85                	and	a3,a3,1
80001410:	478d                	li	a5,3
80001412:	c291                	beqz	a3,80001416 <__d_vfprintf+0x6de>
80001414:	4795                	li	a5,5
80001416:	97e2                	add	a5,a5,s8
80001418:	b735                	j	80001344 <__d_vfprintf+0x60c>
8000141a:	010af693          	and	a3,s5,16
8000141e:	da95                	beqz	a3,80001352 <__d_vfprintf+0x61a>
80001420:	0785                	add	a5,a5,1
80001422:	bf05                	j	80001352 <__d_vfprintf+0x61a>
80001424:	4582                	lw	a1,0(sp)
80001426:	02000513          	li	a0,32
8000142a:	c83a                	sw	a4,16(sp)
8000142c:	9a02                	jalr	s4
8000142e:	4742                	lw	a4,16(sp)
80001430:	0405                	add	s0,s0,1
80001432:	f20559e3          	bgez	a0,80001364 <__d_vfprintf+0x62c>
80001436:	b281                	j	80000d76 <__d_vfprintf+0x3e>
80001438:	4582                	lw	a1,0(sp)
8000143a:	03000513          	li	a0,48
8000143e:	0b05                	add	s6,s6,1
80001440:	9a02                	jalr	s4
80001442:	f60555e3          	bgez	a0,800013ac <__d_vfprintf+0x674>
80001446:	ba05                	j	80000d76 <__d_vfprintf+0x3e>
80001448:	033c9063          	bne	s9,s3,80001468 <__d_vfprintf+0x730>
8000144c:	02d14703          	lbu	a4,45(sp)
80001450:	03500793          	li	a5,53
80001454:	00e7e863          	bltu	a5,a4,80001464 <__d_vfprintf+0x72c>
80001458:	00f71863          	bne	a4,a5,80001468 <__d_vfprintf+0x730>
8000145c:	02c14783          	lbu	a5,44(sp)
80001460:	8bc1                	and	a5,a5,16
80001462:	e399                	bnez	a5,80001468 <__d_vfprintf+0x730>
80001464:	03100513          	li	a0,49
80001468:	4582                	lw	a1,0(sp)
8000146a:	9a02                	jalr	s4
8000146c:	900545e3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001470:	010afa93          	and	s5,s5,16
80001474:	e60a84e3          	beqz	s5,800012dc <__d_vfprintf+0x5a4>
80001478:	57fd                	li	a5,-1
8000147a:	e6fc91e3          	bne	s9,a5,800012dc <__d_vfprintf+0x5a4>
8000147e:	4582                	lw	a1,0(sp)
80001480:	00240c13          	add	s8,s0,2
80001484:	02e00513          	li	a0,46
80001488:	9a02                	jalr	s4
8000148a:	e40559e3          	bgez	a0,800012dc <__d_vfprintf+0x5a4>
8000148e:	b0e5                	j	80000d76 <__d_vfprintf+0x3e>
80001490:	02d14503          	lbu	a0,45(sp)
80001494:	03100793          	li	a5,49
80001498:	00f50763          	beq	a0,a5,800014a6 <__d_vfprintf+0x76e>
8000149c:	02c14783          	lbu	a5,44(sp)
800014a0:	9bbd                	and	a5,a5,-17
800014a2:	02f10623          	sb	a5,44(sp)
800014a6:	4582                	lw	a1,0(sp)
800014a8:	9a02                	jalr	s4
800014aa:	8c0546e3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800014ae:	0da05a63          	blez	s10,80001582 <__d_vfprintf+0x84a>
800014b2:	4582                	lw	a1,0(sp)
800014b4:	02e00513          	li	a0,46
800014b8:	0409                	add	s0,s0,2
800014ba:	9a02                	jalr	s4
800014bc:	8a054de3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800014c0:	4a85                	li	s5,1
800014c2:	4785                	li	a5,1
800014c4:	0405                	add	s0,s0,1
800014c6:	03000513          	li	a0,48
800014ca:	017af863          	bgeu	s5,s7,800014da <__d_vfprintf+0x7a2>
800014ce:	02078793          	add	a5,a5,32
800014d2:	1018                	add	a4,sp,32
800014d4:	97ba                	add	a5,a5,a4
800014d6:	fed7c503          	lbu	a0,-19(a5)
800014da:	4582                	lw	a1,0(sp)
800014dc:	9a02                	jalr	s4
800014de:	88054ce3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800014e2:	0a85                	add	s5,s5,1
800014e4:	0ffafa93          	zext.b	s5,s5
800014e8:	87d6                	mv	a5,s5
800014ea:	fd5d5de3          	bge	s10,s5,800014c4 <__d_vfprintf+0x78c>
800014ee:	4582                	lw	a1,0(sp)
800014f0:	412c8533          	sub	a0,s9,s2
800014f4:	0ff57513          	zext.b	a0,a0
800014f8:	9a02                	jalr	s4
800014fa:	86054ee3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800014fe:	0009ca63          	bltz	s3,80001512 <__d_vfprintf+0x7da>
80001502:	02b00513          	li	a0,43
80001506:	00099a63          	bnez	s3,8000151a <__d_vfprintf+0x7e2>
8000150a:	02c14783          	lbu	a5,44(sp)
8000150e:	8bc1                	and	a5,a5,16
80001510:	c789                	beqz	a5,8000151a <__d_vfprintf+0x7e2>
80001512:	413009b3          	neg	s3,s3
80001516:	02d00513          	li	a0,45
8000151a:	4582                	lw	a1,0(sp)
8000151c:	9a02                	jalr	s4
8000151e:	84054ce3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001522:	4791                	li	a5,4
80001524:	06fc1e63          	bne	s8,a5,800015a0 <__d_vfprintf+0x868>
80001528:	3e800913          	li	s2,1000
8000152c:	0329c533          	div	a0,s3,s2
80001530:	4582                	lw	a1,0(sp)
80001532:	040d                	add	s0,s0,3
80001534:	03050513          	add	a0,a0,48
80001538:	0ff57513          	zext.b	a0,a0
8000153c:	9a02                	jalr	s4
8000153e:	82054ce3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001542:	0329e9b3          	rem	s3,s3,s2
80001546:	06400913          	li	s2,100
8000154a:	4582                	lw	a1,0(sp)
8000154c:	0405                	add	s0,s0,1
8000154e:	0329c533          	div	a0,s3,s2
80001552:	03050513          	add	a0,a0,48
80001556:	0ff57513          	zext.b	a0,a0
8000155a:	9a02                	jalr	s4
8000155c:	80054de3          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001560:	0329e9b3          	rem	s3,s3,s2
80001564:	4929                	li	s2,10
80001566:	4582                	lw	a1,0(sp)
80001568:	0405                	add	s0,s0,1
8000156a:	0329c533          	div	a0,s3,s2
8000156e:	03050513          	add	a0,a0,48
80001572:	0ff57513          	zext.b	a0,a0
80001576:	9a02                	jalr	s4
80001578:	fe054f63          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
8000157c:	0329e9b3          	rem	s3,s3,s2
80001580:	a03d                	j	800015ae <__d_vfprintf+0x876>
80001582:	010afa93          	and	s5,s5,16
80001586:	000a9463          	bnez	s5,8000158e <__d_vfprintf+0x856>
8000158a:	0405                	add	s0,s0,1
8000158c:	b78d                	j	800014ee <__d_vfprintf+0x7b6>
8000158e:	4582                	lw	a1,0(sp)
80001590:	02e00513          	li	a0,46
80001594:	0409                	add	s0,s0,2
80001596:	9a02                	jalr	s4
80001598:	f4055be3          	bgez	a0,800014ee <__d_vfprintf+0x7b6>
8000159c:	fdaff06f          	j	80000d76 <__d_vfprintf+0x3e>
800015a0:	478d                	li	a5,3
800015a2:	0409                	add	s0,s0,2
800015a4:	fafc01e3          	beq	s8,a5,80001546 <__d_vfprintf+0x80e>
800015a8:	4785                	li	a5,1
800015aa:	fafc1de3          	bne	s8,a5,80001564 <__d_vfprintf+0x82c>
800015ae:	03098513          	add	a0,s3,48
800015b2:	4582                	lw	a1,0(sp)
800015b4:	00140c13          	add	s8,s0,1
800015b8:	0ff57513          	zext.b	a0,a0
800015bc:	b5f1                	j	80001488 <__d_vfprintf+0x750>
800015be:	f9d90793          	add	a5,s2,-99
800015c2:	0ff7f793          	zext.b	a5,a5
800015c6:	4749                	li	a4,18
800015c8:	1ef76f63          	bltu	a4,a5,800017c6 <__d_vfprintf+0xa8e>
800015cc:	80003737          	lui	a4,0x80003
800015d0:	078a                	sll	a5,a5,0x2
800015d2:	e2470713          	add	a4,a4,-476 # 80002e24 <modes.0+0xa4>
800015d6:	97ba                	add	a5,a5,a4
800015d8:	439c                	lw	a5,0(a5)
800015da:	8782                	jr	a5
800015dc:	5792                	lw	a5,36(sp)
800015de:	4485                	li	s1,1
800015e0:	02810993          	add	s3,sp,40
800015e4:	00478713          	add	a4,a5,4
800015e8:	439c                	lw	a5,0(a5)
800015ea:	d23a                	sw	a4,36(sp)
800015ec:	02f10423          	sb	a5,40(sp)
800015f0:	008df813          	and	a6,s11,8
800015f4:	04080e63          	beqz	a6,80001650 <__d_vfprintf+0x918>
800015f8:	4901                	li	s2,0
800015fa:	05249d63          	bne	s1,s2,80001654 <__d_vfprintf+0x91c>
800015fe:	00940c33          	add	s8,s0,s1
80001602:	409b04b3          	sub	s1,s6,s1
80001606:	b9d9                	j	800012dc <__d_vfprintf+0x5a4>
80001608:	5792                	lw	a5,36(sp)
8000160a:	00478713          	add	a4,a5,4
8000160e:	d23a                	sw	a4,36(sp)
80001610:	0007a983          	lw	s3,0(a5)
80001614:	00099663          	bnez	s3,80001620 <__d_vfprintf+0x8e8>
80001618:	800039b7          	lui	s3,0x80003
8000161c:	dd898993          	add	s3,s3,-552 # 80002dd8 <modes.0+0x58>
80001620:	040df793          	and	a5,s11,64
80001624:	55fd                	li	a1,-1
80001626:	c391                	beqz	a5,8000162a <__d_vfprintf+0x8f2>
80001628:	85ea                	mv	a1,s10
8000162a:	854e                	mv	a0,s3
8000162c:	4bd000ef          	jal	800022e8 <strnlen>
80001630:	84aa                	mv	s1,a0
80001632:	bf7d                	j	800015f0 <__d_vfprintf+0x8b8>
80001634:	4582                	lw	a1,0(sp)
80001636:	02000513          	li	a0,32
8000163a:	9a02                	jalr	s4
8000163c:	f2054d63          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001640:	197d                	add	s2,s2,-1
80001642:	ff24e9e3          	bltu	s1,s2,80001634 <__d_vfprintf+0x8fc>
80001646:	945a                	add	s0,s0,s6
80001648:	41240433          	sub	s0,s0,s2
8000164c:	8b4a                	mv	s6,s2
8000164e:	b76d                	j	800015f8 <__d_vfprintf+0x8c0>
80001650:	895a                	mv	s2,s6
80001652:	bfc5                	j	80001642 <__d_vfprintf+0x90a>
80001654:	012987b3          	add	a5,s3,s2
80001658:	4582                	lw	a1,0(sp)
8000165a:	0007c503          	lbu	a0,0(a5)
8000165e:	0905                	add	s2,s2,1
80001660:	9a02                	jalr	s4
80001662:	f8055ce3          	bgez	a0,800015fa <__d_vfprintf+0x8c2>
80001666:	f10ff06f          	j	80000d76 <__d_vfprintf+0x3e>
8000166a:	080df713          	and	a4,s11,128
8000166e:	5792                	lw	a5,36(sp)
80001670:	cf49                	beqz	a4,8000170a <__d_vfprintf+0x9d2>
80001672:	200df713          	and	a4,s11,512
80001676:	c359                	beqz	a4,800016fc <__d_vfprintf+0x9c4>
80001678:	079d                	add	a5,a5,7
8000167a:	9be1                	and	a5,a5,-8
8000167c:	4388                	lw	a0,0(a5)
8000167e:	43cc                	lw	a1,4(a5)
80001680:	00878713          	add	a4,a5,8
80001684:	d23a                	sw	a4,36(sp)
80001686:	fefdf993          	and	s3,s11,-17
8000168a:	09c2                	sll	s3,s3,0x10
8000168c:	0109d993          	srl	s3,s3,0x10
80001690:	0805dd63          	bgez	a1,8000172a <__d_vfprintf+0x9f2>
80001694:	00a037b3          	snez	a5,a0
80001698:	40b005b3          	neg	a1,a1
8000169c:	8d9d                	sub	a1,a1,a5
8000169e:	40a00533          	neg	a0,a0
800016a2:	4009e993          	or	s3,s3,1024
800016a6:	02810a93          	add	s5,sp,40
800016aa:	46a9                	li	a3,10
800016ac:	8656                	mv	a2,s5
800016ae:	c8eff0ef          	jal	80000b3c <__ultoa_invert>
800016b2:	0409f793          	and	a5,s3,64
800016b6:	41550ab3          	sub	s5,a0,s5
800016ba:	c7f5                	beqz	a5,800017a6 <__d_vfprintf+0xa6e>
800016bc:	ffe9f793          	and	a5,s3,-2
800016c0:	07c2                	sll	a5,a5,0x10
800016c2:	83c1                	srl	a5,a5,0x10
800016c4:	19aad563          	bge	s5,s10,8000184e <__d_vfprintf+0xb16>
800016c8:	16090c63          	beqz	s2,80001840 <__d_vfprintf+0xb08>
800016cc:	0109fc13          	and	s8,s3,16
800016d0:	84ea                	mv	s1,s10
800016d2:	89be                	mv	s3,a5
800016d4:	060c0a63          	beqz	s8,80001748 <__d_vfprintf+0xa10>
800016d8:	0489                	add	s1,s1,2
800016da:	0089f793          	and	a5,s3,8
800016de:	18079a63          	bnez	a5,80001872 <__d_vfprintf+0xb3a>
800016e2:	0019f793          	and	a5,s3,1
800016e6:	cb89                	beqz	a5,800016f8 <__d_vfprintf+0x9c0>
800016e8:	8d56                	mv	s10,s5
800016ea:	0164d763          	bge	s1,s6,800016f8 <__d_vfprintf+0x9c0>
800016ee:	409b04b3          	sub	s1,s6,s1
800016f2:	01548d33          	add	s10,s1,s5
800016f6:	84da                	mv	s1,s6
800016f8:	8ba6                	mv	s7,s1
800016fa:	a2ad                	j	80001864 <__d_vfprintf+0xb2c>
800016fc:	4388                	lw	a0,0(a5)
800016fe:	00478713          	add	a4,a5,4
80001702:	d23a                	sw	a4,36(sp)
80001704:	41f55593          	sra	a1,a0,0x1f
80001708:	bfbd                	j	80001686 <__d_vfprintf+0x94e>
8000170a:	00478713          	add	a4,a5,4
8000170e:	4388                	lw	a0,0(a5)
80001710:	d23a                	sw	a4,36(sp)
80001712:	100df793          	and	a5,s11,256
80001716:	d7fd                	beqz	a5,80001704 <__d_vfprintf+0x9cc>
80001718:	200df793          	and	a5,s11,512
8000171c:	c781                	beqz	a5,80001724 <__d_vfprintf+0x9ec>
8000171e:	0562                	sll	a0,a0,0x18
80001720:	8561                	sra	a0,a0,0x18
80001722:	b7cd                	j	80001704 <__d_vfprintf+0x9cc>
80001724:	0542                	sll	a0,a0,0x10
80001726:	8541                	sra	a0,a0,0x10
80001728:	bff1                	j	80001704 <__d_vfprintf+0x9cc>
8000172a:	00b567b3          	or	a5,a0,a1
8000172e:	ffa5                	bnez	a5,800016a6 <__d_vfprintf+0x96e>
80001730:	040df793          	and	a5,s11,64
80001734:	dbad                	beqz	a5,800016a6 <__d_vfprintf+0x96e>
80001736:	f60d18e3          	bnez	s10,800016a6 <__d_vfprintf+0x96e>
8000173a:	feedf993          	and	s3,s11,-18
8000173e:	09c2                	sll	s3,s3,0x10
80001740:	0109d993          	srl	s3,s3,0x10
80001744:	4a81                	li	s5,0
80001746:	4481                	li	s1,0
80001748:	4069fc13          	and	s8,s3,1030
8000174c:	f80c07e3          	beqz	s8,800016da <__d_vfprintf+0x9a2>
80001750:	0485                	add	s1,s1,1
80001752:	4c01                	li	s8,0
80001754:	b759                	j	800016da <__d_vfprintf+0x9a2>
80001756:	fefdf813          	and	a6,s11,-17
8000175a:	01081d93          	sll	s11,a6,0x10
8000175e:	010ddd93          	srl	s11,s11,0x10
80001762:	46a9                	li	a3,10
80001764:	080df713          	and	a4,s11,128
80001768:	5792                	lw	a5,36(sp)
8000176a:	c355                	beqz	a4,8000180e <__d_vfprintf+0xad6>
8000176c:	200df713          	and	a4,s11,512
80001770:	cb49                	beqz	a4,80001802 <__d_vfprintf+0xaca>
80001772:	079d                	add	a5,a5,7
80001774:	9be1                	and	a5,a5,-8
80001776:	4388                	lw	a0,0(a5)
80001778:	43cc                	lw	a1,4(a5)
8000177a:	00878713          	add	a4,a5,8
8000177e:	d23a                	sw	a4,36(sp)
80001780:	00b567b3          	or	a5,a0,a1
80001784:	e7cd                	bnez	a5,8000182e <__d_vfprintf+0xaf6>
80001786:	fe9df993          	and	s3,s11,-23
8000178a:	09c2                	sll	s3,s3,0x10
8000178c:	040df793          	and	a5,s11,64
80001790:	0109d993          	srl	s3,s3,0x10
80001794:	c3dd                	beqz	a5,8000183a <__d_vfprintf+0xb02>
80001796:	0a0d1263          	bnez	s10,8000183a <__d_vfprintf+0xb02>
8000179a:	fe8df993          	and	s3,s11,-24
8000179e:	09c2                	sll	s3,s3,0x10
800017a0:	0109d993          	srl	s3,s3,0x10
800017a4:	4a81                	li	s5,0
800017a6:	0109fc13          	and	s8,s3,16
800017aa:	0a0c0463          	beqz	s8,80001852 <__d_vfprintf+0xb1a>
800017ae:	001a8493          	add	s1,s5,1
800017b2:	f20904e3          	beqz	s2,800016da <__d_vfprintf+0x9a2>
800017b6:	84d6                	mv	s1,s5
800017b8:	b705                	j	800016d8 <__d_vfprintf+0x9a0>
800017ba:	010ded93          	or	s11,s11,16
800017be:	46c1                	li	a3,16
800017c0:	07800913          	li	s2,120
800017c4:	b745                	j	80001764 <__d_vfprintf+0xa2c>
800017c6:	07800793          	li	a5,120
800017ca:	00fc9a63          	bne	s9,a5,800017de <__d_vfprintf+0xaa6>
800017ce:	05800793          	li	a5,88
800017d2:	46c1                	li	a3,16
800017d4:	f8f918e3          	bne	s2,a5,80001764 <__d_vfprintf+0xa2c>
800017d8:	21000693          	li	a3,528
800017dc:	b761                	j	80001764 <__d_vfprintf+0xa2c>
800017de:	4582                	lw	a1,0(sp)
800017e0:	02500513          	li	a0,37
800017e4:	9a02                	jalr	s4
800017e6:	d8054863          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800017ea:	4582                	lw	a1,0(sp)
800017ec:	854a                	mv	a0,s2
800017ee:	9a02                	jalr	s4
800017f0:	d8054363          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800017f4:	0409                	add	s0,s0,2
800017f6:	4792                	lw	a5,4(sp)
800017f8:	d5eff06f          	j	80000d56 <__d_vfprintf+0x1e>
800017fc:	46a1                	li	a3,8
800017fe:	4901                	li	s2,0
80001800:	b795                	j	80001764 <__d_vfprintf+0xa2c>
80001802:	4388                	lw	a0,0(a5)
80001804:	00478713          	add	a4,a5,4
80001808:	d23a                	sw	a4,36(sp)
8000180a:	4581                	li	a1,0
8000180c:	bf95                	j	80001780 <__d_vfprintf+0xa48>
8000180e:	00478713          	add	a4,a5,4
80001812:	4388                	lw	a0,0(a5)
80001814:	d23a                	sw	a4,36(sp)
80001816:	100df793          	and	a5,s11,256
8000181a:	dbe5                	beqz	a5,8000180a <__d_vfprintf+0xad2>
8000181c:	200df793          	and	a5,s11,512
80001820:	c781                	beqz	a5,80001828 <__d_vfprintf+0xaf0>
80001822:	0ff57513          	zext.b	a0,a0
80001826:	b7d5                	j	8000180a <__d_vfprintf+0xad2>
80001828:	0542                	sll	a0,a0,0x10
8000182a:	8141                	srl	a0,a0,0x10
8000182c:	bff9                	j	8000180a <__d_vfprintf+0xad2>
8000182e:	ff9df813          	and	a6,s11,-7
80001832:	01081993          	sll	s3,a6,0x10
80001836:	0109d993          	srl	s3,s3,0x10
8000183a:	02810a93          	add	s5,sp,40
8000183e:	b5bd                	j	800016ac <__d_vfprintf+0x974>
80001840:	fee9f993          	and	s3,s3,-18
80001844:	09c2                	sll	s3,s3,0x10
80001846:	0109d993          	srl	s3,s3,0x10
8000184a:	84ea                	mv	s1,s10
8000184c:	bdf5                	j	80001748 <__d_vfprintf+0xa10>
8000184e:	89be                	mv	s3,a5
80001850:	bf99                	j	800017a6 <__d_vfprintf+0xa6e>
80001852:	84d6                	mv	s1,s5
80001854:	bdd5                	j	80001748 <__d_vfprintf+0xa10>
80001856:	4582                	lw	a1,0(sp)
80001858:	02000513          	li	a0,32
8000185c:	9a02                	jalr	s4
8000185e:	d0054c63          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001862:	0b85                	add	s7,s7,1
80001864:	ff6bc9e3          	blt	s7,s6,80001856 <__d_vfprintf+0xb1e>
80001868:	409404b3          	sub	s1,s0,s1
8000186c:	01748433          	add	s0,s1,s7
80001870:	84de                	mv	s1,s7
80001872:	020c0363          	beqz	s8,80001898 <__d_vfprintf+0xb60>
80001876:	4582                	lw	a1,0(sp)
80001878:	03000513          	li	a0,48
8000187c:	9a02                	jalr	s4
8000187e:	ce054c63          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001882:	04090d63          	beqz	s2,800018dc <__d_vfprintf+0xba4>
80001886:	4582                	lw	a1,0(sp)
80001888:	0409                	add	s0,s0,2
8000188a:	854a                	mv	a0,s2
8000188c:	9a02                	jalr	s4
8000188e:	ce054463          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001892:	8c22                	mv	s8,s0
80001894:	9d22                	add	s10,s10,s0
80001896:	a81d                	j	800018cc <__d_vfprintf+0xb94>
80001898:	4069f793          	and	a5,s3,1030
8000189c:	dbfd                	beqz	a5,80001892 <__d_vfprintf+0xb5a>
8000189e:	0029f793          	and	a5,s3,2
800018a2:	02000513          	li	a0,32
800018a6:	c399                	beqz	a5,800018ac <__d_vfprintf+0xb74>
800018a8:	02b00513          	li	a0,43
800018ac:	4009f993          	and	s3,s3,1024
800018b0:	00098463          	beqz	s3,800018b8 <__d_vfprintf+0xb80>
800018b4:	02d00513          	li	a0,45
800018b8:	4582                	lw	a1,0(sp)
800018ba:	0405                	add	s0,s0,1
800018bc:	bfc1                	j	8000188c <__d_vfprintf+0xb54>
800018be:	4582                	lw	a1,0(sp)
800018c0:	03000513          	li	a0,48
800018c4:	0c05                	add	s8,s8,1
800018c6:	9a02                	jalr	s4
800018c8:	ca054763          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
800018cc:	418d07b3          	sub	a5,s10,s8
800018d0:	fefac7e3          	blt	s5,a5,800018be <__d_vfprintf+0xb86>
800018d4:	8456                	mv	s0,s5
800018d6:	e409                	bnez	s0,800018e0 <__d_vfprintf+0xba8>
800018d8:	9c56                	add	s8,s8,s5
800018da:	b325                	j	80001602 <__d_vfprintf+0x8ca>
800018dc:	0405                	add	s0,s0,1
800018de:	bf55                	j	80001892 <__d_vfprintf+0xb5a>
800018e0:	147d                	add	s0,s0,-1
800018e2:	103c                	add	a5,sp,40
800018e4:	97a2                	add	a5,a5,s0
800018e6:	4582                	lw	a1,0(sp)
800018e8:	0007c503          	lbu	a0,0(a5)
800018ec:	9a02                	jalr	s4
800018ee:	fe0554e3          	bgez	a0,800018d6 <__d_vfprintf+0xb9e>
800018f2:	c84ff06f          	j	80000d76 <__d_vfprintf+0x3e>
800018f6:	4582                	lw	a1,0(sp)
800018f8:	02000513          	li	a0,32
800018fc:	0405                	add	s0,s0,1
800018fe:	9a02                	jalr	s4
80001900:	c6054b63          	bltz	a0,80000d76 <__d_vfprintf+0x3e>
80001904:	408487b3          	sub	a5,s1,s0
80001908:	fef047e3          	bgtz	a5,800018f6 <__d_vfprintf+0xbbe>
8000190c:	b5ed                	j	800017f6 <__d_vfprintf+0xabe>

8000190e <mulShiftAll64>:
8000190e:	0fa012ef          	jal	t0,80002a08 <__riscv_save_10>
80001912:	84b2                	mv	s1,a2
80001914:	00159913          	sll	s2,a1,0x1
80001918:	4210                	lw	a2,0(a2)
8000191a:	8ab6                	mv	s5,a3
8000191c:	89be                	mv	s3,a5
8000191e:	40d4                	lw	a3,4(s1)
80001920:	01f55793          	srl	a5,a0,0x1f
80001924:	1141                	add	sp,sp,-16
80001926:	0127e933          	or	s2,a5,s2
8000192a:	00151413          	sll	s0,a0,0x1
8000192e:	8522                	mv	a0,s0
80001930:	85ca                	mv	a1,s2
80001932:	8bba                	mv	s7,a4
80001934:	870a                	mv	a4,sp
80001936:	8b42                	mv	s6,a6
80001938:	0fb000ef          	jal	80002232 <__umul128>
8000193c:	44d4                	lw	a3,12(s1)
8000193e:	4490                	lw	a2,8(s1)
80001940:	0038                	add	a4,sp,8
80001942:	8caa                	mv	s9,a0
80001944:	8c2e                	mv	s8,a1
80001946:	8522                	mv	a0,s0
80001948:	85ca                	mv	a1,s2
8000194a:	0e9000ef          	jal	80002232 <__umul128>
8000194e:	4682                	lw	a3,0(sp)
80001950:	4712                	lw	a4,4(sp)
80001952:	4785                	li	a5,1
80001954:	00d50933          	add	s2,a0,a3
80001958:	00a93533          	sltu	a0,s2,a0
8000195c:	95ba                	add	a1,a1,a4
8000195e:	00b50433          	add	s0,a0,a1
80001962:	00e46763          	bltu	s0,a4,80001970 <mulShiftAll64+0x62>
80001966:	00871463          	bne	a4,s0,8000196e <mulShiftAll64+0x60>
8000196a:	00d96363          	bltu	s2,a3,80001970 <mulShiftAll64+0x62>
8000196e:	4781                	li	a5,0
80001970:	4622                	lw	a2,8(sp)
80001972:	4732                	lw	a4,12(sp)
80001974:	963e                	add	a2,a2,a5
80001976:	00f637b3          	sltu	a5,a2,a5
8000197a:	00e786b3          	add	a3,a5,a4
8000197e:	4098                	lw	a4,0(s1)
80001980:	40dc                	lw	a5,4(s1)
80001982:	c432                	sw	a2,8(sp)
80001984:	9766                	add	a4,a4,s9
80001986:	97e2                	add	a5,a5,s8
80001988:	019735b3          	sltu	a1,a4,s9
8000198c:	95be                	add	a1,a1,a5
8000198e:	c636                	sw	a3,12(sp)
80001990:	4785                	li	a5,1
80001992:	0185e763          	bltu	a1,s8,800019a0 <mulShiftAll64+0x92>
80001996:	00bc1463          	bne	s8,a1,8000199e <mulShiftAll64+0x90>
8000199a:	01976363          	bltu	a4,s9,800019a0 <mulShiftAll64+0x92>
8000199e:	4781                	li	a5,0
800019a0:	4498                	lw	a4,8(s1)
800019a2:	44c8                	lw	a0,12(s1)
800019a4:	fbfa8a13          	add	s4,s5,-65
800019a8:	974a                	add	a4,a4,s2
800019aa:	9522                	add	a0,a0,s0
800019ac:	012735b3          	sltu	a1,a4,s2
800019b0:	95aa                	add	a1,a1,a0
800019b2:	00e78533          	add	a0,a5,a4
800019b6:	00f537b3          	sltu	a5,a0,a5
800019ba:	95be                	add	a1,a1,a5
800019bc:	4785                	li	a5,1
800019be:	0085e763          	bltu	a1,s0,800019cc <mulShiftAll64+0xbe>
800019c2:	00b41463          	bne	s0,a1,800019ca <mulShiftAll64+0xbc>
800019c6:	01256363          	bltu	a0,s2,800019cc <mulShiftAll64+0xbe>
800019ca:	4781                	li	a5,0
800019cc:	963e                	add	a2,a2,a5
800019ce:	00f637b3          	sltu	a5,a2,a5
800019d2:	8752                	mv	a4,s4
800019d4:	96be                	add	a3,a3,a5
800019d6:	0a9000ef          	jal	8000227e <__shiftright128>
800019da:	00aba023          	sw	a0,0(s7)
800019de:	00bba223          	sw	a1,4(s7)
800019e2:	4785                	li	a5,1
800019e4:	48a2                	lw	a7,8(sp)
800019e6:	4832                	lw	a6,12(sp)
800019e8:	40cc                	lw	a1,4(s1)
800019ea:	4488                	lw	a0,8(s1)
800019ec:	44d8                	lw	a4,12(s1)
800019ee:	06fb1763          	bne	s6,a5,80001a5c <mulShiftAll64+0x14e>
800019f2:	40a906b3          	sub	a3,s2,a0
800019f6:	00d93633          	sltu	a2,s2,a3
800019fa:	40e407b3          	sub	a5,s0,a4
800019fe:	8f91                	sub	a5,a5,a2
80001a00:	4505                	li	a0,1
80001a02:	00bc6863          	bltu	s8,a1,80001a12 <mulShiftAll64+0x104>
80001a06:	01859563          	bne	a1,s8,80001a10 <mulShiftAll64+0x102>
80001a0a:	4098                	lw	a4,0(s1)
80001a0c:	00ece363          	bltu	s9,a4,80001a12 <mulShiftAll64+0x104>
80001a10:	4501                	li	a0,0
80001a12:	40a68533          	sub	a0,a3,a0
80001a16:	00a6b6b3          	sltu	a3,a3,a0
80001a1a:	40d785b3          	sub	a1,a5,a3
80001a1e:	4605                	li	a2,1
80001a20:	00b46763          	bltu	s0,a1,80001a2e <mulShiftAll64+0x120>
80001a24:	00859463          	bne	a1,s0,80001a2c <mulShiftAll64+0x11e>
80001a28:	00a96363          	bltu	s2,a0,80001a2e <mulShiftAll64+0x120>
80001a2c:	4601                	li	a2,0
80001a2e:	40c88633          	sub	a2,a7,a2
80001a32:	00c8b6b3          	sltu	a3,a7,a2
80001a36:	8752                	mv	a4,s4
80001a38:	40d806b3          	sub	a3,a6,a3
80001a3c:	043000ef          	jal	8000227e <__shiftright128>
80001a40:	4622                	lw	a2,8(sp)
80001a42:	46b2                	lw	a3,12(sp)
80001a44:	00a9a023          	sw	a0,0(s3)
80001a48:	00b9a223          	sw	a1,4(s3)
80001a4c:	8752                	mv	a4,s4
80001a4e:	854a                	mv	a0,s2
80001a50:	85a2                	mv	a1,s0
80001a52:	02d000ef          	jal	8000227e <__shiftright128>
80001a56:	0141                	add	sp,sp,16
80001a58:	7e90006f          	j	80002a40 <__riscv_restore_10>
80001a5c:	01fcd793          	srl	a5,s9,0x1f
80001a60:	001c1613          	sll	a2,s8,0x1
80001a64:	8e5d                	or	a2,a2,a5
80001a66:	01f95693          	srl	a3,s2,0x1f
80001a6a:	00141793          	sll	a5,s0,0x1
80001a6e:	001c9e93          	sll	t4,s9,0x1
80001a72:	8fd5                	or	a5,a5,a3
80001a74:	00191313          	sll	t1,s2,0x1
80001a78:	4e05                	li	t3,1
80001a7a:	01866763          	bltu	a2,s8,80001a88 <mulShiftAll64+0x17a>
80001a7e:	00cc1463          	bne	s8,a2,80001a86 <mulShiftAll64+0x178>
80001a82:	019ee363          	bltu	t4,s9,80001a88 <mulShiftAll64+0x17a>
80001a86:	4e01                	li	t3,0
80001a88:	9e1a                	add	t3,t3,t1
80001a8a:	006e3333          	sltu	t1,t3,t1
80001a8e:	933e                	add	t1,t1,a5
80001a90:	4785                	li	a5,1
80001a92:	00b66863          	bltu	a2,a1,80001aa2 <mulShiftAll64+0x194>
80001a96:	00c59563          	bne	a1,a2,80001aa0 <mulShiftAll64+0x192>
80001a9a:	4094                	lw	a3,0(s1)
80001a9c:	00dee363          	bltu	t4,a3,80001aa2 <mulShiftAll64+0x194>
80001aa0:	4781                	li	a5,0
80001aa2:	40fe07b3          	sub	a5,t3,a5
80001aa6:	00fe35b3          	sltu	a1,t3,a5
80001aaa:	40b305b3          	sub	a1,t1,a1
80001aae:	40a78533          	sub	a0,a5,a0
80001ab2:	00a7b7b3          	sltu	a5,a5,a0
80001ab6:	8d99                	sub	a1,a1,a4
80001ab8:	01f8d693          	srl	a3,a7,0x1f
80001abc:	8d9d                	sub	a1,a1,a5
80001abe:	00181793          	sll	a5,a6,0x1
80001ac2:	8fd5                	or	a5,a5,a3
80001ac4:	fc0a8713          	add	a4,s5,-64
80001ac8:	0886                	sll	a7,a7,0x1
80001aca:	4685                	li	a3,1
80001acc:	00836763          	bltu	t1,s0,80001ada <mulShiftAll64+0x1cc>
80001ad0:	00641463          	bne	s0,t1,80001ad8 <mulShiftAll64+0x1ca>
80001ad4:	012e6363          	bltu	t3,s2,80001ada <mulShiftAll64+0x1cc>
80001ad8:	4681                	li	a3,0
80001ada:	96c6                	add	a3,a3,a7
80001adc:	0116b8b3          	sltu	a7,a3,a7
80001ae0:	98be                	add	a7,a7,a5
80001ae2:	4605                	li	a2,1
80001ae4:	00b36763          	bltu	t1,a1,80001af2 <mulShiftAll64+0x1e4>
80001ae8:	00659463          	bne	a1,t1,80001af0 <mulShiftAll64+0x1e2>
80001aec:	00ae6363          	bltu	t3,a0,80001af2 <mulShiftAll64+0x1e4>
80001af0:	4601                	li	a2,0
80001af2:	40c68633          	sub	a2,a3,a2
80001af6:	00c6b6b3          	sltu	a3,a3,a2
80001afa:	40d886b3          	sub	a3,a7,a3
80001afe:	bf3d                	j	80001a3c <mulShiftAll64+0x12e>

80001b00 <div10>:
80001b00:	731002ef          	jal	t0,80002a30 <__riscv_save_0>
80001b04:	800037b7          	lui	a5,0x80003
80001b08:	2b07a603          	lw	a2,688(a5) # 800032b0 <stdout+0x4>
80001b0c:	2b47a683          	lw	a3,692(a5)
80001b10:	1141                	add	sp,sp,-16
80001b12:	0038                	add	a4,sp,8
80001b14:	71e000ef          	jal	80002232 <__umul128>
80001b18:	45b2                	lw	a1,12(sp)
80001b1a:	47a2                	lw	a5,8(sp)
80001b1c:	01d59513          	sll	a0,a1,0x1d
80001b20:	838d                	srl	a5,a5,0x3
80001b22:	8d5d                	or	a0,a0,a5
80001b24:	818d                	srl	a1,a1,0x3
80001b26:	0141                	add	sp,sp,16
80001b28:	72d0006f          	j	80002a54 <__riscv_restore_0>

80001b2c <__dtoa_engine>:
80001b2c:	6d5002ef          	jal	t0,80002a00 <__riscv_save_12>
80001b30:	715d                	add	sp,sp,-80
80001b32:	8bb6                	mv	s7,a3
80001b34:	001006b7          	lui	a3,0x100
80001b38:	c43a                	sw	a4,8(sp)
80001b3a:	c63e                	sw	a5,12(sp)
80001b3c:	01f5d713          	srl	a4,a1,0x1f
80001b40:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
80001b44:	0145d793          	srl	a5,a1,0x14
80001b48:	00bdfdb3          	and	s11,s11,a1
80001b4c:	c03a                	sw	a4,0(sp)
80001b4e:	7ff7f413          	and	s0,a5,2047
80001b52:	84aa                	mv	s1,a0
80001b54:	8ab2                	mv	s5,a2
80001b56:	00ade733          	or	a4,s11,a0
80001b5a:	e405                	bnez	s0,80001b82 <__dtoa_engine+0x56>
80001b5c:	e331                	bnez	a4,80001ba0 <__dtoa_engine+0x74>
80001b5e:	03000793          	li	a5,48
80001b62:	00f602a3          	sb	a5,5(a2)
80001b66:	4782                	lw	a5,0(sp)
80001b68:	00060323          	sb	zero,6(a2)
80001b6c:	00062023          	sw	zero,0(a2)
80001b70:	0027e993          	or	s3,a5,2
80001b74:	01360223          	sb	s3,4(a2)
80001b78:	4405                	li	s0,1
80001b7a:	8522                	mv	a0,s0
80001b7c:	6161                	add	sp,sp,80
80001b7e:	6bf0006f          	j	80002a3c <__riscv_restore_12>
80001b82:	7ff00613          	li	a2,2047
80001b86:	0ac41363          	bne	s0,a2,80001c2c <__dtoa_engine+0x100>
80001b8a:	4782                	lw	a5,0(sp)
80001b8c:	0047e793          	or	a5,a5,4
80001b90:	c701                	beqz	a4,80001b98 <__dtoa_engine+0x6c>
80001b92:	4782                	lw	a5,0(sp)
80001b94:	0087e793          	or	a5,a5,8
80001b98:	00fa8223          	sb	a5,4(s5)
80001b9c:	4401                	li	s0,0
80001b9e:	bff1                	j	80001b7a <__dtoa_engine+0x4e>
80001ba0:	00157793          	and	a5,a0,1
80001ba4:	c23e                	sw	a5,4(sp)
80001ba6:	002d9993          	sll	s3,s11,0x2
80001baa:	01e55793          	srl	a5,a0,0x1e
80001bae:	0137e9b3          	or	s3,a5,s3
80001bb2:	00251c13          	sll	s8,a0,0x2
80001bb6:	892a                	mv	s2,a0
80001bb8:	bcc00413          	li	s0,-1076
80001bbc:	4805                	li	a6,1
80001bbe:	4d05                	li	s10,1
80001bc0:	408004b3          	neg	s1,s0
80001bc4:	8526                	mv	a0,s1
80001bc6:	ca42                	sw	a6,20(sp)
80001bc8:	648000ef          	jal	80002210 <__log10Pow5>
80001bcc:	fff42793          	slti	a5,s0,-1
80001bd0:	40f50b33          	sub	s6,a0,a5
80001bd4:	416484b3          	sub	s1,s1,s6
80001bd8:	8526                	mv	a0,s1
80001bda:	646000ef          	jal	80002220 <__pow5bits>
80001bde:	f8350693          	add	a3,a0,-125
80001be2:	40db06b3          	sub	a3,s6,a3
80001be6:	8526                	mv	a0,s1
80001be8:	008c                	add	a1,sp,64
80001bea:	c836                	sw	a3,16(sp)
80001bec:	2931                	jal	80002008 <__double_computePow5>
80001bee:	4852                	lw	a6,20(sp)
80001bf0:	46c2                	lw	a3,16(sp)
80001bf2:	181c                	add	a5,sp,48
80001bf4:	1038                	add	a4,sp,40
80001bf6:	0090                	add	a2,sp,64
80001bf8:	854a                	mv	a0,s2
80001bfa:	85ee                	mv	a1,s11
80001bfc:	3b09                	jal	8000190e <mulShiftAll64>
80001bfe:	4785                	li	a5,1
80001c00:	008b0a33          	add	s4,s6,s0
80001c04:	84ae                	mv	s1,a1
80001c06:	842a                	mv	s0,a0
80001c08:	1367e663          	bltu	a5,s6,80001d34 <__dtoa_engine+0x208>
80001c0c:	4792                	lw	a5,4(sp)
80001c0e:	4985                	li	s3,1
80001c10:	0e078963          	beqz	a5,80001d02 <__dtoa_engine+0x1d6>
80001c14:	57a2                	lw	a5,40(sp)
80001c16:	5732                	lw	a4,44(sp)
80001c18:	4985                	li	s3,1
80001c1a:	fff78693          	add	a3,a5,-1
80001c1e:	0017b793          	seqz	a5,a5
80001c22:	40f707b3          	sub	a5,a4,a5
80001c26:	d436                	sw	a3,40(sp)
80001c28:	d63e                	sw	a5,44(sp)
80001c2a:	a07d                	j	80001cd8 <__dtoa_engine+0x1ac>
80001c2c:	01b6edb3          	or	s11,a3,s11
80001c30:	00157693          	and	a3,a0,1
80001c34:	c236                	sw	a3,4(sp)
80001c36:	002d9993          	sll	s3,s11,0x2
80001c3a:	01e55693          	srl	a3,a0,0x1e
80001c3e:	bcb40413          	add	s0,s0,-1077
80001c42:	892a                	mv	s2,a0
80001c44:	0136e9b3          	or	s3,a3,s3
80001c48:	00251c13          	sll	s8,a0,0x2
80001c4c:	4d05                	li	s10,1
80001c4e:	e709                	bnez	a4,80001c58 <__dtoa_engine+0x12c>
80001c50:	7fe7f793          	and	a5,a5,2046
80001c54:	0017bd13          	seqz	s10,a5
80001c58:	886a                	mv	a6,s10
80001c5a:	f60443e3          	bltz	s0,80001bc0 <__dtoa_engine+0x94>
80001c5e:	8522                	mv	a0,s0
80001c60:	234d                	jal	80002202 <__log10Pow2>
80001c62:	00442793          	slti	a5,s0,4
80001c66:	0017c793          	xor	a5,a5,1
80001c6a:	40f50a33          	sub	s4,a0,a5
80001c6e:	8552                	mv	a0,s4
80001c70:	2b45                	jal	80002220 <__pow5bits>
80001c72:	07c50693          	add	a3,a0,124
80001c76:	408a0433          	sub	s0,s4,s0
80001c7a:	96a2                	add	a3,a3,s0
80001c7c:	008c                	add	a1,sp,64
80001c7e:	8552                	mv	a0,s4
80001c80:	c836                	sw	a3,16(sp)
80001c82:	2149                	jal	80002104 <__double_computeInvPow5>
80001c84:	46c2                	lw	a3,16(sp)
80001c86:	181c                	add	a5,sp,48
80001c88:	8526                	mv	a0,s1
80001c8a:	886a                	mv	a6,s10
80001c8c:	1038                	add	a4,sp,40
80001c8e:	0090                	add	a2,sp,64
80001c90:	85ee                	mv	a1,s11
80001c92:	39b5                	jal	8000190e <mulShiftAll64>
80001c94:	47d5                	li	a5,21
80001c96:	842a                	mv	s0,a0
80001c98:	84ae                	mv	s1,a1
80001c9a:	0947eb63          	bltu	a5,s4,80001d30 <__dtoa_engine+0x204>
80001c9e:	800037b7          	lui	a5,0x80003
80001ca2:	2b47a683          	lw	a3,692(a5) # 800032b4 <stdout+0x8>
80001ca6:	2b07a603          	lw	a2,688(a5)
80001caa:	1838                	add	a4,sp,56
80001cac:	8562                	mv	a0,s8
80001cae:	85ce                	mv	a1,s3
80001cb0:	2349                	jal	80002232 <__umul128>
80001cb2:	57e2                	lw	a5,56(sp)
80001cb4:	56f2                	lw	a3,60(sp)
80001cb6:	5da2                	lw	s11,40(sp)
80001cb8:	8389                	srl	a5,a5,0x2
80001cba:	06fa                	sll	a3,a3,0x1e
80001cbc:	8fd5                	or	a5,a5,a3
80001cbe:	4695                	li	a3,5
80001cc0:	02f687b3          	mul	a5,a3,a5
80001cc4:	5932                	lw	s2,44(sp)
80001cc6:	01879b63          	bne	a5,s8,80001cdc <__dtoa_engine+0x1b0>
80001cca:	85ce                	mv	a1,s3
80001ccc:	8562                	mv	a0,s8
80001cce:	2cf5                	jal	80001fca <__pow5Factor>
80001cd0:	01453733          	sltu	a4,a0,s4
80001cd4:	00174993          	xor	s3,a4,1
80001cd8:	4d01                	li	s10,0
80001cda:	a025                	j	80001d02 <__dtoa_engine+0x1d6>
80001cdc:	4792                	lw	a5,4(sp)
80001cde:	e79d                	bnez	a5,80001d0c <__dtoa_engine+0x1e0>
80001ce0:	fffc0793          	add	a5,s8,-1
80001ce4:	41a78533          	sub	a0,a5,s10
80001ce8:	001c3593          	seqz	a1,s8
80001cec:	00a7b7b3          	sltu	a5,a5,a0
80001cf0:	40b985b3          	sub	a1,s3,a1
80001cf4:	8d9d                	sub	a1,a1,a5
80001cf6:	2cd1                	jal	80001fca <__pow5Factor>
80001cf8:	01453933          	sltu	s2,a0,s4
80001cfc:	00194d13          	xor	s10,s2,1
80001d00:	4981                	li	s3,0
80001d02:	47a2                	lw	a5,8(sp)
80001d04:	0e079f63          	bnez	a5,80001e02 <__dtoa_engine+0x2d6>
80001d08:	8b5e                	mv	s6,s7
80001d0a:	a049                	j	80001d8c <__dtoa_engine+0x260>
80001d0c:	002c0513          	add	a0,s8,2
80001d10:	018535b3          	sltu	a1,a0,s8
80001d14:	95ce                	add	a1,a1,s3
80001d16:	2c55                	jal	80001fca <__pow5Factor>
80001d18:	01453533          	sltu	a0,a0,s4
80001d1c:	00154513          	xor	a0,a0,1
80001d20:	40ad8533          	sub	a0,s11,a0
80001d24:	00adbdb3          	sltu	s11,s11,a0
80001d28:	41b90733          	sub	a4,s2,s11
80001d2c:	d42a                	sw	a0,40(sp)
80001d2e:	d63a                	sw	a4,44(sp)
80001d30:	4981                	li	s3,0
80001d32:	b75d                	j	80001cd8 <__dtoa_engine+0x1ac>
80001d34:	03e00793          	li	a5,62
80001d38:	ff67ece3          	bltu	a5,s6,80001d30 <__dtoa_engine+0x204>
80001d3c:	865a                	mv	a2,s6
80001d3e:	557d                	li	a0,-1
80001d40:	55fd                	li	a1,-1
80001d42:	23dd                	jal	80002328 <__ashldi3>
80001d44:	fff54513          	not	a0,a0
80001d48:	fff5c593          	not	a1,a1
80001d4c:	0135f5b3          	and	a1,a1,s3
80001d50:	01857533          	and	a0,a0,s8
80001d54:	00b56733          	or	a4,a0,a1
80001d58:	00173993          	seqz	s3,a4
80001d5c:	bfb5                	j	80001cd8 <__dtoa_engine+0x1ac>
80001d5e:	02d50833          	mul	a6,a0,a3
80001d62:	0785                	add	a5,a5,1
80001d64:	02b536b3          	mulhu	a3,a0,a1
80001d68:	02b505b3          	mul	a1,a0,a1
80001d6c:	96c2                	add	a3,a3,a6
80001d6e:	00d4e663          	bltu	s1,a3,80001d7a <__dtoa_engine+0x24e>
80001d72:	fe9696e3          	bne	a3,s1,80001d5e <__dtoa_engine+0x232>
80001d76:	feb474e3          	bgeu	s0,a1,80001d5e <__dtoa_engine+0x232>
80001d7a:	4732                	lw	a4,12(sp)
80001d7c:	97d2                	add	a5,a5,s4
80001d7e:	97ba                	add	a5,a5,a4
80001d80:	00f04363          	bgtz	a5,80001d86 <__dtoa_engine+0x25a>
80001d84:	4785                	li	a5,1
80001d86:	8b3e                	mv	s6,a5
80001d88:	f8fbc0e3          	blt	s7,a5,80001d08 <__dtoa_engine+0x1dc>
80001d8c:	4c81                	li	s9,0
80001d8e:	4901                	li	s2,0
80001d90:	4c01                	li	s8,0
80001d92:	5522                	lw	a0,40(sp)
80001d94:	55b2                	lw	a1,44(sp)
80001d96:	33ad                	jal	80001b00 <div10>
80001d98:	57c2                	lw	a5,48(sp)
80001d9a:	8dae                	mv	s11,a1
80001d9c:	55d2                	lw	a1,52(sp)
80001d9e:	c82a                	sw	a0,16(sp)
80001da0:	853e                	mv	a0,a5
80001da2:	ca3e                	sw	a5,20(sp)
80001da4:	3bb1                	jal	80001b00 <div10>
80001da6:	832a                	mv	t1,a0
80001da8:	88ae                	mv	a7,a1
80001daa:	4ea9                	li	t4,10
80001dac:	01b5e763          	bltu	a1,s11,80001dba <__dtoa_engine+0x28e>
80001db0:	08bd9563          	bne	s11,a1,80001e3a <__dtoa_engine+0x30e>
80001db4:	47c2                	lw	a5,16(sp)
80001db6:	08f57263          	bgeu	a0,a5,80001e3a <__dtoa_engine+0x30e>
80001dba:	8522                	mv	a0,s0
80001dbc:	85a6                	mv	a1,s1
80001dbe:	ce46                	sw	a7,28(sp)
80001dc0:	cc1a                	sw	t1,24(sp)
80001dc2:	3b3d                	jal	80001b00 <div10>
80001dc4:	4362                	lw	t1,24(sp)
80001dc6:	4ea9                	li	t4,10
80001dc8:	001cb693          	seqz	a3,s9
80001dcc:	026e8833          	mul	a6,t4,t1
80001dd0:	00d9f9b3          	and	s3,s3,a3
80001dd4:	47d2                	lw	a5,20(sp)
80001dd6:	48f2                	lw	a7,28(sp)
80001dd8:	d66e                	sw	s11,44(sp)
80001dda:	d81a                	sw	t1,48(sp)
80001ddc:	da46                	sw	a7,52(sp)
80001dde:	0905                	add	s2,s2,1
80001de0:	84ae                	mv	s1,a1
80001de2:	02ae86b3          	mul	a3,t4,a0
80001de6:	40f80833          	sub	a6,a6,a5
80001dea:	47c2                	lw	a5,16(sp)
80001dec:	00183813          	seqz	a6,a6
80001df0:	010d7d33          	and	s10,s10,a6
80001df4:	d43e                	sw	a5,40(sp)
80001df6:	40d406b3          	sub	a3,s0,a3
80001dfa:	0ff6fc93          	zext.b	s9,a3
80001dfe:	842a                	mv	s0,a0
80001e00:	bf49                	j	80001d92 <__dtoa_engine+0x266>
80001e02:	45a9                	li	a1,10
80001e04:	4681                	li	a3,0
80001e06:	4785                	li	a5,1
80001e08:	4529                	li	a0,10
80001e0a:	b795                	j	80001d6e <__dtoa_engine+0x242>
80001e0c:	030e8f33          	mul	t5,t4,a6
80001e10:	0505                	add	a0,a0,1
80001e12:	02beb833          	mulhu	a6,t4,a1
80001e16:	02be85b3          	mul	a1,t4,a1
80001e1a:	987a                	add	a6,a6,t5
80001e1c:	0104e663          	bltu	s1,a6,80001e28 <__dtoa_engine+0x2fc>
80001e20:	fe9816e3          	bne	a6,s1,80001e0c <__dtoa_engine+0x2e0>
80001e24:	feb474e3          	bgeu	s0,a1,80001e0c <__dtoa_engine+0x2e0>
80001e28:	00ab5d63          	bge	s6,a0,80001e42 <__dtoa_engine+0x316>
80001e2c:	000b1563          	bnez	s6,80001e36 <__dtoa_engine+0x30a>
80001e30:	009465b3          	or	a1,s0,s1
80001e34:	c599                	beqz	a1,80001e42 <__dtoa_engine+0x316>
80001e36:	4c05                	li	s8,1
80001e38:	b749                	j	80001dba <__dtoa_engine+0x28e>
80001e3a:	45a9                	li	a1,10
80001e3c:	4801                	li	a6,0
80001e3e:	4505                	li	a0,1
80001e40:	bff1                	j	80001e1c <__dtoa_engine+0x2f0>
80001e42:	040d0e63          	beqz	s10,80001e9e <__dtoa_engine+0x372>
80001e46:	4da9                	li	s11,10
80001e48:	5342                	lw	t1,48(sp)
80001e4a:	55d2                	lw	a1,52(sp)
80001e4c:	851a                	mv	a0,t1
80001e4e:	c81a                	sw	t1,16(sp)
80001e50:	3945                	jal	80001b00 <div10>
80001e52:	ce2e                	sw	a1,28(sp)
80001e54:	02ad85b3          	mul	a1,s11,a0
80001e58:	4342                	lw	t1,16(sp)
80001e5a:	882a                	mv	a6,a0
80001e5c:	cc42                	sw	a6,24(sp)
80001e5e:	04659063          	bne	a1,t1,80001e9e <__dtoa_engine+0x372>
80001e62:	5522                	lw	a0,40(sp)
80001e64:	55b2                	lw	a1,44(sp)
80001e66:	0905                	add	s2,s2,1
80001e68:	3961                	jal	80001b00 <div10>
80001e6a:	ca2a                	sw	a0,20(sp)
80001e6c:	c82e                	sw	a1,16(sp)
80001e6e:	8522                	mv	a0,s0
80001e70:	85a6                	mv	a1,s1
80001e72:	3179                	jal	80001b00 <div10>
80001e74:	001cb693          	seqz	a3,s9
80001e78:	00d9f9b3          	and	s3,s3,a3
80001e7c:	02ad86b3          	mul	a3,s11,a0
80001e80:	4e52                	lw	t3,20(sp)
80001e82:	4342                	lw	t1,16(sp)
80001e84:	4862                	lw	a6,24(sp)
80001e86:	48f2                	lw	a7,28(sp)
80001e88:	d472                	sw	t3,40(sp)
80001e8a:	d61a                	sw	t1,44(sp)
80001e8c:	d842                	sw	a6,48(sp)
80001e8e:	da46                	sw	a7,52(sp)
80001e90:	84ae                	mv	s1,a1
80001e92:	40d406b3          	sub	a3,s0,a3
80001e96:	0ff6fc93          	zext.b	s9,a3
80001e9a:	842a                	mv	s0,a0
80001e9c:	b775                	j	80001e48 <__dtoa_engine+0x31c>
80001e9e:	9952                	add	s2,s2,s4
80001ea0:	0c098563          	beqz	s3,80001f6a <__dtoa_engine+0x43e>
80001ea4:	4715                	li	a4,5
80001ea6:	0cec9263          	bne	s9,a4,80001f6a <__dtoa_engine+0x43e>
80001eaa:	00147713          	and	a4,s0,1
80001eae:	e35d                	bnez	a4,80001f54 <__dtoa_engine+0x428>
80001eb0:	000c1963          	bnez	s8,80001ec2 <__dtoa_engine+0x396>
80001eb4:	5742                	lw	a4,48(sp)
80001eb6:	00871563          	bne	a4,s0,80001ec0 <__dtoa_engine+0x394>
80001eba:	5752                	lw	a4,52(sp)
80001ebc:	0c970963          	beq	a4,s1,80001f8e <__dtoa_engine+0x462>
80001ec0:	4701                	li	a4,0
80001ec2:	943a                	add	s0,s0,a4
80001ec4:	00e435b3          	sltu	a1,s0,a4
80001ec8:	95a6                	add	a1,a1,s1
80001eca:	8a2e                	mv	s4,a1
80001ecc:	84a2                	mv	s1,s0
80001ece:	4629                	li	a2,10
80001ed0:	4681                	li	a3,0
80001ed2:	4c05                	li	s8,1
80001ed4:	4529                	li	a0,10
80001ed6:	00d5e663          	bltu	a1,a3,80001ee2 <__dtoa_engine+0x3b6>
80001eda:	0ab69c63          	bne	a3,a1,80001f92 <__dtoa_engine+0x466>
80001ede:	0ac47a63          	bgeu	s0,a2,80001f92 <__dtoa_engine+0x466>
80001ee2:	cf15                	beqz	a4,80001f1e <__dtoa_engine+0x3f2>
80001ee4:	038b5d63          	bge	s6,s8,80001f1e <__dtoa_engine+0x3f2>
80001ee8:	47a2                	lw	a5,8(sp)
80001eea:	cf91                	beqz	a5,80001f06 <__dtoa_engine+0x3da>
80001eec:	4732                	lw	a4,12(sp)
80001eee:	012c07b3          	add	a5,s8,s2
80001ef2:	00f70b33          	add	s6,a4,a5
80001ef6:	000b5363          	bgez	s6,80001efc <__dtoa_engine+0x3d0>
80001efa:	4b01                	li	s6,0
80001efc:	016bd363          	bge	s7,s6,80001f02 <__dtoa_engine+0x3d6>
80001f00:	8b5e                	mv	s6,s7
80001f02:	018b5e63          	bge	s6,s8,80001f1e <__dtoa_engine+0x3f2>
80001f06:	00540513          	add	a0,s0,5
80001f0a:	00853433          	sltu	s0,a0,s0
80001f0e:	4629                	li	a2,10
80001f10:	4681                	li	a3,0
80001f12:	95a2                	add	a1,a1,s0
80001f14:	219d                	jal	8000237a <__udivdi3>
80001f16:	84aa                	mv	s1,a0
80001f18:	8a2e                	mv	s4,a1
80001f1a:	0905                	add	s2,s2,1
80001f1c:	1c7d                	add	s8,s8,-1
80001f1e:	87da                	mv	a5,s6
80001f20:	016c5363          	bge	s8,s6,80001f26 <__dtoa_engine+0x3fa>
80001f24:	87e2                	mv	a5,s8
80001f26:	01079413          	sll	s0,a5,0x10
80001f2a:	0942                	sll	s2,s2,0x10
80001f2c:	8441                	sra	s0,s0,0x10
80001f2e:	41095913          	sra	s2,s2,0x10
80001f32:	9922                	add	s2,s2,s0
80001f34:	008a8b33          	add	s6,s5,s0
80001f38:	197d                	add	s2,s2,-1
80001f3a:	4b81                	li	s7,0
80001f3c:	8c5a                	mv	s8,s6
80001f3e:	1b7d                	add	s6,s6,-1
80001f40:	068bc263          	blt	s7,s0,80001fa4 <__dtoa_engine+0x478>
80001f44:	4782                	lw	a5,0(sp)
80001f46:	000c02a3          	sb	zero,5(s8)
80001f4a:	012aa023          	sw	s2,0(s5)
80001f4e:	00fa8223          	sb	a5,4(s5)
80001f52:	b125                	j	80001b7a <__dtoa_engine+0x4e>
80001f54:	4705                	li	a4,1
80001f56:	f60c16e3          	bnez	s8,80001ec2 <__dtoa_engine+0x396>
80001f5a:	5742                	lw	a4,48(sp)
80001f5c:	00871563          	bne	a4,s0,80001f66 <__dtoa_engine+0x43a>
80001f60:	5752                	lw	a4,52(sp)
80001f62:	00970c63          	beq	a4,s1,80001f7a <__dtoa_engine+0x44e>
80001f66:	4705                	li	a4,1
80001f68:	bfa9                	j	80001ec2 <__dtoa_engine+0x396>
80001f6a:	000c1d63          	bnez	s8,80001f84 <__dtoa_engine+0x458>
80001f6e:	5742                	lw	a4,48(sp)
80001f70:	00871a63          	bne	a4,s0,80001f84 <__dtoa_engine+0x458>
80001f74:	5752                	lw	a4,52(sp)
80001f76:	00971763          	bne	a4,s1,80001f84 <__dtoa_engine+0x458>
80001f7a:	4792                	lw	a5,4(sp)
80001f7c:	4705                	li	a4,1
80001f7e:	f3b1                	bnez	a5,80001ec2 <__dtoa_engine+0x396>
80001f80:	f40d01e3          	beqz	s10,80001ec2 <__dtoa_engine+0x396>
80001f84:	005cb693          	sltiu	a3,s9,5
80001f88:	0016c713          	xor	a4,a3,1
80001f8c:	bf1d                	j	80001ec2 <__dtoa_engine+0x396>
80001f8e:	4c91                	li	s9,4
80001f90:	b7ed                	j	80001f7a <__dtoa_engine+0x44e>
80001f92:	02d50833          	mul	a6,a0,a3
80001f96:	0c05                	add	s8,s8,1
80001f98:	02c536b3          	mulhu	a3,a0,a2
80001f9c:	02c50633          	mul	a2,a0,a2
80001fa0:	96c2                	add	a3,a3,a6
80001fa2:	bf15                	j	80001ed6 <__dtoa_engine+0x3aa>
80001fa4:	4629                	li	a2,10
80001fa6:	4681                	li	a3,0
80001fa8:	8526                	mv	a0,s1
80001faa:	85d2                	mv	a1,s4
80001fac:	72c000ef          	jal	800026d8 <__umoddi3>
80001fb0:	03050513          	add	a0,a0,48
80001fb4:	00ab02a3          	sb	a0,5(s6)
80001fb8:	85d2                	mv	a1,s4
80001fba:	8526                	mv	a0,s1
80001fbc:	4629                	li	a2,10
80001fbe:	4681                	li	a3,0
80001fc0:	2e6d                	jal	8000237a <__udivdi3>
80001fc2:	84aa                	mv	s1,a0
80001fc4:	8a2e                	mv	s4,a1
80001fc6:	0b85                	add	s7,s7,1
80001fc8:	bf9d                	j	80001f3e <__dtoa_engine+0x412>

80001fca <__pow5Factor>:
80001fca:	ccccd737          	lui	a4,0xccccd
80001fce:	333336b7          	lui	a3,0x33333
80001fd2:	87aa                	mv	a5,a0
80001fd4:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
80001fd8:	4501                	li	a0,0
80001fda:	ccc70713          	add	a4,a4,-820
80001fde:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001fe2:	02c585b3          	mul	a1,a1,a2
80001fe6:	02e78833          	mul	a6,a5,a4
80001fea:	982e                	add	a6,a6,a1
80001fec:	02c7b5b3          	mulhu	a1,a5,a2
80001ff0:	95c2                	add	a1,a1,a6
80001ff2:	02c787b3          	mul	a5,a5,a2
80001ff6:	00b6e863          	bltu	a3,a1,80002006 <__pow5Factor+0x3c>
80001ffa:	00d59463          	bne	a1,a3,80002002 <__pow5Factor+0x38>
80001ffe:	00f5e463          	bltu	a1,a5,80002006 <__pow5Factor+0x3c>
80002002:	0505                	add	a0,a0,1
80002004:	bff9                	j	80001fe2 <__pow5Factor+0x18>
80002006:	8082                	ret

80002008 <__double_computePow5>:
80002008:	201002ef          	jal	t0,80002a08 <__riscv_save_10>
8000200c:	47e9                	li	a5,26
8000200e:	02f55b33          	divu	s6,a0,a5
80002012:	800039b7          	lui	s3,0x80003
80002016:	e7098b93          	add	s7,s3,-400 # 80002e70 <DOUBLE_POW5_SPLIT2>
8000201a:	1101                	add	sp,sp,-32
8000201c:	892e                	mv	s2,a1
8000201e:	02f577b3          	remu	a5,a0,a5
80002022:	004b1713          	sll	a4,s6,0x4
80002026:	9bba                	add	s7,s7,a4
80002028:	e395                	bnez	a5,8000204c <__double_computePow5+0x44>
8000202a:	000ba703          	lw	a4,0(s7)
8000202e:	004ba783          	lw	a5,4(s7)
80002032:	c198                	sw	a4,0(a1)
80002034:	c1dc                	sw	a5,4(a1)
80002036:	008ba503          	lw	a0,8(s7)
8000203a:	00cba583          	lw	a1,12(s7)
8000203e:	00a92423          	sw	a0,8(s2)
80002042:	00b92623          	sw	a1,12(s2)
80002046:	6105                	add	sp,sp,32
80002048:	1f90006f          	j	80002a40 <__riscv_restore_10>
8000204c:	e7098993          	add	s3,s3,-400
80002050:	078e                	sll	a5,a5,0x3
80002052:	97ce                	add	a5,a5,s3
80002054:	0d07aa03          	lw	s4,208(a5)
80002058:	0d47aa83          	lw	s5,212(a5)
8000205c:	008ba603          	lw	a2,8(s7)
80002060:	00cba683          	lw	a3,12(s7)
80002064:	0818                	add	a4,sp,16
80002066:	85d6                	mv	a1,s5
80002068:	842a                	mv	s0,a0
8000206a:	8552                	mv	a0,s4
8000206c:	22d9                	jal	80002232 <__umul128>
8000206e:	000ba603          	lw	a2,0(s7)
80002072:	004ba683          	lw	a3,4(s7)
80002076:	84aa                	mv	s1,a0
80002078:	8c2e                	mv	s8,a1
8000207a:	0838                	add	a4,sp,24
8000207c:	8552                	mv	a0,s4
8000207e:	85d6                	mv	a1,s5
80002080:	2a4d                	jal	80002232 <__umul128>
80002082:	47e2                	lw	a5,24(sp)
80002084:	4772                	lw	a4,28(sp)
80002086:	8aaa                	mv	s5,a0
80002088:	94be                	add	s1,s1,a5
8000208a:	00f4ba33          	sltu	s4,s1,a5
8000208e:	9c3a                	add	s8,s8,a4
80002090:	9a62                	add	s4,s4,s8
80002092:	00ea6663          	bltu	s4,a4,8000209e <__double_computePow5+0x96>
80002096:	01471d63          	bne	a4,s4,800020b0 <__double_computePow5+0xa8>
8000209a:	00f4fb63          	bgeu	s1,a5,800020b0 <__double_computePow5+0xa8>
8000209e:	47c2                	lw	a5,16(sp)
800020a0:	46d2                	lw	a3,20(sp)
800020a2:	00178713          	add	a4,a5,1
800020a6:	00f737b3          	sltu	a5,a4,a5
800020aa:	97b6                	add	a5,a5,a3
800020ac:	c83a                	sw	a4,16(sp)
800020ae:	ca3e                	sw	a5,20(sp)
800020b0:	8522                	mv	a0,s0
800020b2:	c62e                	sw	a1,12(sp)
800020b4:	22b5                	jal	80002220 <__pow5bits>
800020b6:	8baa                	mv	s7,a0
800020b8:	4569                	li	a0,26
800020ba:	02ab0533          	mul	a0,s6,a0
800020be:	228d                	jal	80002220 <__pow5bits>
800020c0:	45b2                	lw	a1,12(sp)
800020c2:	40ab8733          	sub	a4,s7,a0
800020c6:	8626                	mv	a2,s1
800020c8:	86d2                	mv	a3,s4
800020ca:	8556                	mv	a0,s5
800020cc:	c43a                	sw	a4,8(sp)
800020ce:	2a45                	jal	8000227e <__shiftright128>
800020d0:	00445793          	srl	a5,s0,0x4
800020d4:	078a                	sll	a5,a5,0x2
800020d6:	99be                	add	s3,s3,a5
800020d8:	1a09a783          	lw	a5,416(s3)
800020dc:	0406                	sll	s0,s0,0x1
800020de:	8879                	and	s0,s0,30
800020e0:	0087d7b3          	srl	a5,a5,s0
800020e4:	8b8d                	and	a5,a5,3
800020e6:	953e                	add	a0,a0,a5
800020e8:	00f537b3          	sltu	a5,a0,a5
800020ec:	4722                	lw	a4,8(sp)
800020ee:	4642                	lw	a2,16(sp)
800020f0:	46d2                	lw	a3,20(sp)
800020f2:	97ae                	add	a5,a5,a1
800020f4:	00a92023          	sw	a0,0(s2)
800020f8:	00f92223          	sw	a5,4(s2)
800020fc:	8526                	mv	a0,s1
800020fe:	85d2                	mv	a1,s4
80002100:	2abd                	jal	8000227e <__shiftright128>
80002102:	bf35                	j	8000203e <__double_computePow5+0x36>

80002104 <__double_computeInvPow5>:
80002104:	105002ef          	jal	t0,80002a08 <__riscv_save_10>
80002108:	4b69                	li	s6,26
8000210a:	01950793          	add	a5,a0,25
8000210e:	0367d7b3          	divu	a5,a5,s6
80002112:	80003ab7          	lui	s5,0x80003
80002116:	e70a8493          	add	s1,s5,-400 # 80002e70 <DOUBLE_POW5_SPLIT2>
8000211a:	1f848493          	add	s1,s1,504
8000211e:	1101                	add	sp,sp,-32
80002120:	8a2e                	mv	s4,a1
80002122:	03678b33          	mul	s6,a5,s6
80002126:	0792                	sll	a5,a5,0x4
80002128:	94be                	add	s1,s1,a5
8000212a:	40ab0733          	sub	a4,s6,a0
8000212e:	00ab1f63          	bne	s6,a0,8000214c <__double_computeInvPow5+0x48>
80002132:	4098                	lw	a4,0(s1)
80002134:	40dc                	lw	a5,4(s1)
80002136:	c198                	sw	a4,0(a1)
80002138:	c1dc                	sw	a5,4(a1)
8000213a:	4488                	lw	a0,8(s1)
8000213c:	44cc                	lw	a1,12(s1)
8000213e:	00aa2423          	sw	a0,8(s4)
80002142:	00ba2623          	sw	a1,12(s4)
80002146:	6105                	add	sp,sp,32
80002148:	0f90006f          	j	80002a40 <__riscv_restore_10>
8000214c:	e70a8a93          	add	s5,s5,-400
80002150:	070e                	sll	a4,a4,0x3
80002152:	9756                	add	a4,a4,s5
80002154:	0d072903          	lw	s2,208(a4)
80002158:	0d472983          	lw	s3,212(a4)
8000215c:	4490                	lw	a2,8(s1)
8000215e:	44d4                	lw	a3,12(s1)
80002160:	0818                	add	a4,sp,16
80002162:	85ce                	mv	a1,s3
80002164:	842a                	mv	s0,a0
80002166:	854a                	mv	a0,s2
80002168:	20e9                	jal	80002232 <__umul128>
8000216a:	4090                	lw	a2,0(s1)
8000216c:	40d4                	lw	a3,4(s1)
8000216e:	8c2a                	mv	s8,a0
80002170:	00163793          	seqz	a5,a2
80002174:	8bae                	mv	s7,a1
80002176:	0838                	add	a4,sp,24
80002178:	8e9d                	sub	a3,a3,a5
8000217a:	854a                	mv	a0,s2
8000217c:	85ce                	mv	a1,s3
8000217e:	167d                	add	a2,a2,-1
80002180:	284d                	jal	80002232 <__umul128>
80002182:	47e2                	lw	a5,24(sp)
80002184:	4772                	lw	a4,28(sp)
80002186:	89aa                	mv	s3,a0
80002188:	9c3e                	add	s8,s8,a5
8000218a:	00fc3933          	sltu	s2,s8,a5
8000218e:	9bba                	add	s7,s7,a4
80002190:	995e                	add	s2,s2,s7
80002192:	00e96663          	bltu	s2,a4,8000219e <__double_computeInvPow5+0x9a>
80002196:	01271d63          	bne	a4,s2,800021b0 <__double_computeInvPow5+0xac>
8000219a:	00fc7b63          	bgeu	s8,a5,800021b0 <__double_computeInvPow5+0xac>
8000219e:	47c2                	lw	a5,16(sp)
800021a0:	46d2                	lw	a3,20(sp)
800021a2:	00178713          	add	a4,a5,1
800021a6:	00f737b3          	sltu	a5,a4,a5
800021aa:	97b6                	add	a5,a5,a3
800021ac:	c83a                	sw	a4,16(sp)
800021ae:	ca3e                	sw	a5,20(sp)
800021b0:	855a                	mv	a0,s6
800021b2:	c62e                	sw	a1,12(sp)
800021b4:	20b5                	jal	80002220 <__pow5bits>
800021b6:	8b2a                	mv	s6,a0
800021b8:	8522                	mv	a0,s0
800021ba:	209d                	jal	80002220 <__pow5bits>
800021bc:	45b2                	lw	a1,12(sp)
800021be:	40ab0733          	sub	a4,s6,a0
800021c2:	8662                	mv	a2,s8
800021c4:	86ca                	mv	a3,s2
800021c6:	854e                	mv	a0,s3
800021c8:	c43a                	sw	a4,8(sp)
800021ca:	2855                	jal	8000227e <__shiftright128>
800021cc:	00445793          	srl	a5,s0,0x4
800021d0:	078a                	sll	a5,a5,0x2
800021d2:	9abe                	add	s5,s5,a5
800021d4:	2e8aa783          	lw	a5,744(s5)
800021d8:	0406                	sll	s0,s0,0x1
800021da:	8879                	and	s0,s0,30
800021dc:	0087d7b3          	srl	a5,a5,s0
800021e0:	8b8d                	and	a5,a5,3
800021e2:	0785                	add	a5,a5,1
800021e4:	953e                	add	a0,a0,a5
800021e6:	00f537b3          	sltu	a5,a0,a5
800021ea:	4722                	lw	a4,8(sp)
800021ec:	4642                	lw	a2,16(sp)
800021ee:	46d2                	lw	a3,20(sp)
800021f0:	97ae                	add	a5,a5,a1
800021f2:	00aa2023          	sw	a0,0(s4)
800021f6:	00fa2223          	sw	a5,4(s4)
800021fa:	8562                	mv	a0,s8
800021fc:	85ca                	mv	a1,s2
800021fe:	2041                	jal	8000227e <__shiftright128>
80002200:	bf3d                	j	8000213e <__double_computeInvPow5+0x3a>

80002202 <__log10Pow2>:
80002202:	67cd                	lui	a5,0x13
80002204:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80002208:	02f50533          	mul	a0,a0,a5
8000220c:	8149                	srl	a0,a0,0x12
8000220e:	8082                	ret

80002210 <__log10Pow5>:
80002210:	000b37b7          	lui	a5,0xb3
80002214:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80002218:	02f50533          	mul	a0,a0,a5
8000221c:	8151                	srl	a0,a0,0x14
8000221e:	8082                	ret

80002220 <__pow5bits>:
80002220:	001297b7          	lui	a5,0x129
80002224:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80002228:	02f50533          	mul	a0,a0,a5
8000222c:	814d                	srl	a0,a0,0x13
8000222e:	0505                	add	a0,a0,1
80002230:	8082                	ret

80002232 <__umul128>:
80002232:	02c537b3          	mulhu	a5,a0,a2
80002236:	832e                	mv	t1,a1
80002238:	02c585b3          	mul	a1,a1,a2
8000223c:	02c33833          	mulhu	a6,t1,a2
80002240:	95be                	add	a1,a1,a5
80002242:	00f5b7b3          	sltu	a5,a1,a5
80002246:	97c2                	add	a5,a5,a6
80002248:	02a68833          	mul	a6,a3,a0
8000224c:	02a6b8b3          	mulhu	a7,a3,a0
80002250:	95c2                	add	a1,a1,a6
80002252:	0105b833          	sltu	a6,a1,a6
80002256:	98c2                	add	a7,a7,a6
80002258:	02d30833          	mul	a6,t1,a3
8000225c:	02d33333          	mulhu	t1,t1,a3
80002260:	983e                	add	a6,a6,a5
80002262:	011806b3          	add	a3,a6,a7
80002266:	00f837b3          	sltu	a5,a6,a5
8000226a:	0106b833          	sltu	a6,a3,a6
8000226e:	c314                	sw	a3,0(a4)
80002270:	979a                	add	a5,a5,t1
80002272:	983e                	add	a6,a6,a5
80002274:	02c50533          	mul	a0,a0,a2
80002278:	01072223          	sw	a6,4(a4)
8000227c:	8082                	ret

8000227e <__shiftright128>:
8000227e:	798002ef          	jal	t0,80002a16 <__riscv_save_4>
80002282:	8a2a                	mv	s4,a0
80002284:	8532                	mv	a0,a2
80002286:	04000613          	li	a2,64
8000228a:	8e19                	sub	a2,a2,a4
8000228c:	89ae                	mv	s3,a1
8000228e:	85b6                	mv	a1,a3
80002290:	843a                	mv	s0,a4
80002292:	2859                	jal	80002328 <__ashldi3>
80002294:	892a                	mv	s2,a0
80002296:	84ae                	mv	s1,a1
80002298:	8622                	mv	a2,s0
8000229a:	8552                	mv	a0,s4
8000229c:	85ce                	mv	a1,s3
8000229e:	208d                	jal	80002300 <__lshrdi3>
800022a0:	00a96533          	or	a0,s2,a0
800022a4:	8dc5                	or	a1,a1,s1
800022a6:	7a40006f          	j	80002a4a <__riscv_restore_4>

800022aa <__libc_fini_array>:
800022aa:	786002ef          	jal	t0,80002a30 <__riscv_save_0>
800022ae:	800037b7          	lui	a5,0x80003
800022b2:	80003437          	lui	s0,0x80003
800022b6:	2b878713          	add	a4,a5,696 # 800032b8 <__fini_array_end>
800022ba:	2b840413          	add	s0,s0,696 # 800032b8 <__fini_array_end>
800022be:	8c19                	sub	s0,s0,a4
800022c0:	8409                	sra	s0,s0,0x2
800022c2:	2b878493          	add	s1,a5,696
800022c6:	e811                	bnez	s0,800022da <__libc_fini_array+0x30>
800022c8:	00000793          	li	a5,0
800022cc:	c789                	beqz	a5,800022d6 <__libc_fini_array+0x2c>
800022ce:	00000097          	auipc	ra,0x0
800022d2:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800022d6:	77e0006f          	j	80002a54 <__riscv_restore_0>
800022da:	147d                	add	s0,s0,-1
800022dc:	00241793          	sll	a5,s0,0x2
800022e0:	97a6                	add	a5,a5,s1
800022e2:	439c                	lw	a5,0(a5)
800022e4:	9782                	jalr	a5
800022e6:	b7c5                	j	800022c6 <__libc_fini_array+0x1c>

800022e8 <strnlen>:
800022e8:	95aa                	add	a1,a1,a0
800022ea:	87aa                	mv	a5,a0
800022ec:	00b78563          	beq	a5,a1,800022f6 <strnlen+0xe>
800022f0:	0007c703          	lbu	a4,0(a5)
800022f4:	e701                	bnez	a4,800022fc <strnlen+0x14>
800022f6:	40a78533          	sub	a0,a5,a0
800022fa:	8082                	ret
800022fc:	0785                	add	a5,a5,1
800022fe:	b7fd                	j	800022ec <strnlen+0x4>

80002300 <__lshrdi3>:
80002300:	ca19                	beqz	a2,80002316 <__lshrdi3+0x16>
80002302:	02000793          	li	a5,32
80002306:	8f91                	sub	a5,a5,a2
80002308:	00f04863          	bgtz	a5,80002318 <__lshrdi3+0x18>
8000230c:	1601                	add	a2,a2,-32
8000230e:	00c5d533          	srl	a0,a1,a2
80002312:	4701                	li	a4,0
80002314:	85ba                	mv	a1,a4
80002316:	8082                	ret
80002318:	00c5d733          	srl	a4,a1,a2
8000231c:	00c55533          	srl	a0,a0,a2
80002320:	00f595b3          	sll	a1,a1,a5
80002324:	8d4d                	or	a0,a0,a1
80002326:	b7fd                	j	80002314 <__lshrdi3+0x14>

80002328 <__ashldi3>:
80002328:	ca19                	beqz	a2,8000233e <__ashldi3+0x16>
8000232a:	02000793          	li	a5,32
8000232e:	8f91                	sub	a5,a5,a2
80002330:	00f04863          	bgtz	a5,80002340 <__ashldi3+0x18>
80002334:	1601                	add	a2,a2,-32
80002336:	00c515b3          	sll	a1,a0,a2
8000233a:	4701                	li	a4,0
8000233c:	853a                	mv	a0,a4
8000233e:	8082                	ret
80002340:	00c51733          	sll	a4,a0,a2
80002344:	00c595b3          	sll	a1,a1,a2
80002348:	00f55533          	srl	a0,a0,a5
8000234c:	8dc9                	or	a1,a1,a0
8000234e:	b7fd                	j	8000233c <__ashldi3+0x14>

80002350 <__ashrdi3>:
80002350:	ce01                	beqz	a2,80002368 <__ashrdi3+0x18>
80002352:	02000793          	li	a5,32
80002356:	8f91                	sub	a5,a5,a2
80002358:	00f04963          	bgtz	a5,8000236a <__ashrdi3+0x1a>
8000235c:	1601                	add	a2,a2,-32
8000235e:	41f5d713          	sra	a4,a1,0x1f
80002362:	40c5d533          	sra	a0,a1,a2
80002366:	85ba                	mv	a1,a4
80002368:	8082                	ret
8000236a:	40c5d733          	sra	a4,a1,a2
8000236e:	00c55533          	srl	a0,a0,a2
80002372:	00f595b3          	sll	a1,a1,a5
80002376:	8d4d                	or	a0,a0,a1
80002378:	b7fd                	j	80002366 <__ashrdi3+0x16>

8000237a <__udivdi3>:
8000237a:	88aa                	mv	a7,a0
8000237c:	832e                	mv	t1,a1
8000237e:	8732                	mv	a4,a2
80002380:	882a                	mv	a6,a0
80002382:	87ae                	mv	a5,a1
80002384:	20069663          	bnez	a3,80002590 <__udivdi3+0x216>
80002388:	00001597          	auipc	a1,0x1
8000238c:	e2458593          	add	a1,a1,-476 # 800031ac <__clz_tab>
80002390:	0cc37163          	bgeu	t1,a2,80002452 <__udivdi3+0xd8>
80002394:	66c1                	lui	a3,0x10
80002396:	0ad67763          	bgeu	a2,a3,80002444 <__udivdi3+0xca>
8000239a:	10063693          	sltiu	a3,a2,256
8000239e:	0016c693          	xor	a3,a3,1
800023a2:	068e                	sll	a3,a3,0x3
800023a4:	00d65533          	srl	a0,a2,a3
800023a8:	95aa                	add	a1,a1,a0
800023aa:	0005c583          	lbu	a1,0(a1)
800023ae:	02000513          	li	a0,32
800023b2:	96ae                	add	a3,a3,a1
800023b4:	40d505b3          	sub	a1,a0,a3
800023b8:	00d50b63          	beq	a0,a3,800023ce <__udivdi3+0x54>
800023bc:	00b317b3          	sll	a5,t1,a1
800023c0:	00d8d6b3          	srl	a3,a7,a3
800023c4:	00b61733          	sll	a4,a2,a1
800023c8:	8fd5                	or	a5,a5,a3
800023ca:	00b89833          	sll	a6,a7,a1
800023ce:	01075593          	srl	a1,a4,0x10
800023d2:	02b7d333          	divu	t1,a5,a1
800023d6:	01071613          	sll	a2,a4,0x10
800023da:	8241                	srl	a2,a2,0x10
800023dc:	02b7f7b3          	remu	a5,a5,a1
800023e0:	851a                	mv	a0,t1
800023e2:	026608b3          	mul	a7,a2,t1
800023e6:	01079693          	sll	a3,a5,0x10
800023ea:	01085793          	srl	a5,a6,0x10
800023ee:	8fd5                	or	a5,a5,a3
800023f0:	0117fc63          	bgeu	a5,a7,80002408 <__udivdi3+0x8e>
800023f4:	97ba                	add	a5,a5,a4
800023f6:	fff30513          	add	a0,t1,-1
800023fa:	00e7e763          	bltu	a5,a4,80002408 <__udivdi3+0x8e>
800023fe:	0117f563          	bgeu	a5,a7,80002408 <__udivdi3+0x8e>
80002402:	ffe30513          	add	a0,t1,-2
80002406:	97ba                	add	a5,a5,a4
80002408:	411787b3          	sub	a5,a5,a7
8000240c:	02b7d8b3          	divu	a7,a5,a1
80002410:	0842                	sll	a6,a6,0x10
80002412:	01085813          	srl	a6,a6,0x10
80002416:	02b7f7b3          	remu	a5,a5,a1
8000241a:	031606b3          	mul	a3,a2,a7
8000241e:	07c2                	sll	a5,a5,0x10
80002420:	00f86833          	or	a6,a6,a5
80002424:	87c6                	mv	a5,a7
80002426:	00d87b63          	bgeu	a6,a3,8000243c <__udivdi3+0xc2>
8000242a:	983a                	add	a6,a6,a4
8000242c:	fff88793          	add	a5,a7,-1
80002430:	00e86663          	bltu	a6,a4,8000243c <__udivdi3+0xc2>
80002434:	00d87463          	bgeu	a6,a3,8000243c <__udivdi3+0xc2>
80002438:	ffe88793          	add	a5,a7,-2
8000243c:	0542                	sll	a0,a0,0x10
8000243e:	8d5d                	or	a0,a0,a5
80002440:	4581                	li	a1,0
80002442:	8082                	ret
80002444:	01000537          	lui	a0,0x1000
80002448:	46c1                	li	a3,16
8000244a:	f4a66de3          	bltu	a2,a0,800023a4 <__udivdi3+0x2a>
8000244e:	46e1                	li	a3,24
80002450:	bf91                	j	800023a4 <__udivdi3+0x2a>
80002452:	4681                	li	a3,0
80002454:	ca09                	beqz	a2,80002466 <__udivdi3+0xec>
80002456:	67c1                	lui	a5,0x10
80002458:	08f67f63          	bgeu	a2,a5,800024f6 <__udivdi3+0x17c>
8000245c:	10063693          	sltiu	a3,a2,256
80002460:	0016c693          	xor	a3,a3,1
80002464:	068e                	sll	a3,a3,0x3
80002466:	00d657b3          	srl	a5,a2,a3
8000246a:	95be                	add	a1,a1,a5
8000246c:	0005c783          	lbu	a5,0(a1)
80002470:	97b6                	add	a5,a5,a3
80002472:	02000693          	li	a3,32
80002476:	40f685b3          	sub	a1,a3,a5
8000247a:	08f69563          	bne	a3,a5,80002504 <__udivdi3+0x18a>
8000247e:	40c307b3          	sub	a5,t1,a2
80002482:	4585                	li	a1,1
80002484:	01075893          	srl	a7,a4,0x10
80002488:	0317de33          	divu	t3,a5,a7
8000248c:	01071613          	sll	a2,a4,0x10
80002490:	8241                	srl	a2,a2,0x10
80002492:	01085693          	srl	a3,a6,0x10
80002496:	0317f7b3          	remu	a5,a5,a7
8000249a:	8572                	mv	a0,t3
8000249c:	03c60333          	mul	t1,a2,t3
800024a0:	07c2                	sll	a5,a5,0x10
800024a2:	8fd5                	or	a5,a5,a3
800024a4:	0067fc63          	bgeu	a5,t1,800024bc <__udivdi3+0x142>
800024a8:	97ba                	add	a5,a5,a4
800024aa:	fffe0513          	add	a0,t3,-1
800024ae:	00e7e763          	bltu	a5,a4,800024bc <__udivdi3+0x142>
800024b2:	0067f563          	bgeu	a5,t1,800024bc <__udivdi3+0x142>
800024b6:	ffee0513          	add	a0,t3,-2
800024ba:	97ba                	add	a5,a5,a4
800024bc:	406787b3          	sub	a5,a5,t1
800024c0:	0317d333          	divu	t1,a5,a7
800024c4:	0842                	sll	a6,a6,0x10
800024c6:	01085813          	srl	a6,a6,0x10
800024ca:	0317f7b3          	remu	a5,a5,a7
800024ce:	026606b3          	mul	a3,a2,t1
800024d2:	07c2                	sll	a5,a5,0x10
800024d4:	00f86833          	or	a6,a6,a5
800024d8:	879a                	mv	a5,t1
800024da:	00d87b63          	bgeu	a6,a3,800024f0 <__udivdi3+0x176>
800024de:	983a                	add	a6,a6,a4
800024e0:	fff30793          	add	a5,t1,-1
800024e4:	00e86663          	bltu	a6,a4,800024f0 <__udivdi3+0x176>
800024e8:	00d87463          	bgeu	a6,a3,800024f0 <__udivdi3+0x176>
800024ec:	ffe30793          	add	a5,t1,-2
800024f0:	0542                	sll	a0,a0,0x10
800024f2:	8d5d                	or	a0,a0,a5
800024f4:	8082                	ret
800024f6:	010007b7          	lui	a5,0x1000
800024fa:	46c1                	li	a3,16
800024fc:	f6f665e3          	bltu	a2,a5,80002466 <__udivdi3+0xec>
80002500:	46e1                	li	a3,24
80002502:	b795                	j	80002466 <__udivdi3+0xec>
80002504:	00b61733          	sll	a4,a2,a1
80002508:	00f356b3          	srl	a3,t1,a5
8000250c:	01075513          	srl	a0,a4,0x10
80002510:	00b31333          	sll	t1,t1,a1
80002514:	00f8d7b3          	srl	a5,a7,a5
80002518:	0067e7b3          	or	a5,a5,t1
8000251c:	02a6d333          	divu	t1,a3,a0
80002520:	01071613          	sll	a2,a4,0x10
80002524:	8241                	srl	a2,a2,0x10
80002526:	00b89833          	sll	a6,a7,a1
8000252a:	02a6f6b3          	remu	a3,a3,a0
8000252e:	026608b3          	mul	a7,a2,t1
80002532:	01069593          	sll	a1,a3,0x10
80002536:	0107d693          	srl	a3,a5,0x10
8000253a:	8ecd                	or	a3,a3,a1
8000253c:	859a                	mv	a1,t1
8000253e:	0116fc63          	bgeu	a3,a7,80002556 <__udivdi3+0x1dc>
80002542:	96ba                	add	a3,a3,a4
80002544:	fff30593          	add	a1,t1,-1
80002548:	00e6e763          	bltu	a3,a4,80002556 <__udivdi3+0x1dc>
8000254c:	0116f563          	bgeu	a3,a7,80002556 <__udivdi3+0x1dc>
80002550:	ffe30593          	add	a1,t1,-2
80002554:	96ba                	add	a3,a3,a4
80002556:	411686b3          	sub	a3,a3,a7
8000255a:	02a6d8b3          	divu	a7,a3,a0
8000255e:	07c2                	sll	a5,a5,0x10
80002560:	83c1                	srl	a5,a5,0x10
80002562:	02a6f6b3          	remu	a3,a3,a0
80002566:	03160633          	mul	a2,a2,a7
8000256a:	06c2                	sll	a3,a3,0x10
8000256c:	8fd5                	or	a5,a5,a3
8000256e:	86c6                	mv	a3,a7
80002570:	00c7fc63          	bgeu	a5,a2,80002588 <__udivdi3+0x20e>
80002574:	97ba                	add	a5,a5,a4
80002576:	fff88693          	add	a3,a7,-1
8000257a:	00e7e763          	bltu	a5,a4,80002588 <__udivdi3+0x20e>
8000257e:	00c7f563          	bgeu	a5,a2,80002588 <__udivdi3+0x20e>
80002582:	ffe88693          	add	a3,a7,-2
80002586:	97ba                	add	a5,a5,a4
80002588:	05c2                	sll	a1,a1,0x10
8000258a:	8f91                	sub	a5,a5,a2
8000258c:	8dd5                	or	a1,a1,a3
8000258e:	bddd                	j	80002484 <__udivdi3+0x10a>
80002590:	14d5e163          	bltu	a1,a3,800026d2 <__udivdi3+0x358>
80002594:	67c1                	lui	a5,0x10
80002596:	02f6ff63          	bgeu	a3,a5,800025d4 <__udivdi3+0x25a>
8000259a:	1006b713          	sltiu	a4,a3,256
8000259e:	00174713          	xor	a4,a4,1
800025a2:	070e                	sll	a4,a4,0x3
800025a4:	00e6d5b3          	srl	a1,a3,a4
800025a8:	00001797          	auipc	a5,0x1
800025ac:	c0478793          	add	a5,a5,-1020 # 800031ac <__clz_tab>
800025b0:	97ae                	add	a5,a5,a1
800025b2:	0007c783          	lbu	a5,0(a5)
800025b6:	97ba                	add	a5,a5,a4
800025b8:	02000713          	li	a4,32
800025bc:	40f705b3          	sub	a1,a4,a5
800025c0:	02f71163          	bne	a4,a5,800025e2 <__udivdi3+0x268>
800025c4:	4505                	li	a0,1
800025c6:	e666eee3          	bltu	a3,t1,80002442 <__udivdi3+0xc8>
800025ca:	00c8b533          	sltu	a0,a7,a2
800025ce:	00154513          	xor	a0,a0,1
800025d2:	8082                	ret
800025d4:	010007b7          	lui	a5,0x1000
800025d8:	4741                	li	a4,16
800025da:	fcf6e5e3          	bltu	a3,a5,800025a4 <__udivdi3+0x22a>
800025de:	4761                	li	a4,24
800025e0:	b7d1                	j	800025a4 <__udivdi3+0x22a>
800025e2:	00f65733          	srl	a4,a2,a5
800025e6:	00b696b3          	sll	a3,a3,a1
800025ea:	8ed9                	or	a3,a3,a4
800025ec:	00f35733          	srl	a4,t1,a5
800025f0:	00b31333          	sll	t1,t1,a1
800025f4:	00f8d7b3          	srl	a5,a7,a5
800025f8:	0067e7b3          	or	a5,a5,t1
800025fc:	0106d313          	srl	t1,a3,0x10
80002600:	02675eb3          	divu	t4,a4,t1
80002604:	01069813          	sll	a6,a3,0x10
80002608:	01085813          	srl	a6,a6,0x10
8000260c:	00b61633          	sll	a2,a2,a1
80002610:	02677733          	remu	a4,a4,t1
80002614:	03d80e33          	mul	t3,a6,t4
80002618:	01071513          	sll	a0,a4,0x10
8000261c:	0107d713          	srl	a4,a5,0x10
80002620:	8f49                	or	a4,a4,a0
80002622:	8576                	mv	a0,t4
80002624:	01c77c63          	bgeu	a4,t3,8000263c <__udivdi3+0x2c2>
80002628:	9736                	add	a4,a4,a3
8000262a:	fffe8513          	add	a0,t4,-1
8000262e:	00d76763          	bltu	a4,a3,8000263c <__udivdi3+0x2c2>
80002632:	01c77563          	bgeu	a4,t3,8000263c <__udivdi3+0x2c2>
80002636:	ffee8513          	add	a0,t4,-2
8000263a:	9736                	add	a4,a4,a3
8000263c:	41c70733          	sub	a4,a4,t3
80002640:	02675e33          	divu	t3,a4,t1
80002644:	07c2                	sll	a5,a5,0x10
80002646:	83c1                	srl	a5,a5,0x10
80002648:	02677733          	remu	a4,a4,t1
8000264c:	03c80833          	mul	a6,a6,t3
80002650:	0742                	sll	a4,a4,0x10
80002652:	8fd9                	or	a5,a5,a4
80002654:	8772                	mv	a4,t3
80002656:	0107fc63          	bgeu	a5,a6,8000266e <__udivdi3+0x2f4>
8000265a:	97b6                	add	a5,a5,a3
8000265c:	fffe0713          	add	a4,t3,-1
80002660:	00d7e763          	bltu	a5,a3,8000266e <__udivdi3+0x2f4>
80002664:	0107f563          	bgeu	a5,a6,8000266e <__udivdi3+0x2f4>
80002668:	ffee0713          	add	a4,t3,-2
8000266c:	97b6                	add	a5,a5,a3
8000266e:	0542                	sll	a0,a0,0x10
80002670:	6e41                	lui	t3,0x10
80002672:	8d59                	or	a0,a0,a4
80002674:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80002678:	00d57733          	and	a4,a0,a3
8000267c:	410787b3          	sub	a5,a5,a6
80002680:	8ef1                	and	a3,a3,a2
80002682:	01055813          	srl	a6,a0,0x10
80002686:	8241                	srl	a2,a2,0x10
80002688:	02d70333          	mul	t1,a4,a3
8000268c:	02d806b3          	mul	a3,a6,a3
80002690:	02c70733          	mul	a4,a4,a2
80002694:	02c80833          	mul	a6,a6,a2
80002698:	00d70633          	add	a2,a4,a3
8000269c:	01035713          	srl	a4,t1,0x10
800026a0:	9732                	add	a4,a4,a2
800026a2:	00d77363          	bgeu	a4,a3,800026a8 <__udivdi3+0x32e>
800026a6:	9872                	add	a6,a6,t3
800026a8:	01075693          	srl	a3,a4,0x10
800026ac:	96c2                	add	a3,a3,a6
800026ae:	02d7e063          	bltu	a5,a3,800026ce <__udivdi3+0x354>
800026b2:	d8d797e3          	bne	a5,a3,80002440 <__udivdi3+0xc6>
800026b6:	67c1                	lui	a5,0x10
800026b8:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
800026ba:	8f7d                	and	a4,a4,a5
800026bc:	0742                	sll	a4,a4,0x10
800026be:	00f37333          	and	t1,t1,a5
800026c2:	00b898b3          	sll	a7,a7,a1
800026c6:	971a                	add	a4,a4,t1
800026c8:	4581                	li	a1,0
800026ca:	d6e8fce3          	bgeu	a7,a4,80002442 <__udivdi3+0xc8>
800026ce:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
800026d0:	bb85                	j	80002440 <__udivdi3+0xc6>
800026d2:	4581                	li	a1,0
800026d4:	4501                	li	a0,0
800026d6:	8082                	ret

800026d8 <__umoddi3>:
800026d8:	8832                	mv	a6,a2
800026da:	87aa                	mv	a5,a0
800026dc:	872e                	mv	a4,a1
800026de:	1a069363          	bnez	a3,80002884 <__umoddi3+0x1ac>
800026e2:	00001897          	auipc	a7,0x1
800026e6:	aca88893          	add	a7,a7,-1334 # 800031ac <__clz_tab>
800026ea:	0ac5f663          	bgeu	a1,a2,80002796 <__umoddi3+0xbe>
800026ee:	66c1                	lui	a3,0x10
800026f0:	08d67c63          	bgeu	a2,a3,80002788 <__umoddi3+0xb0>
800026f4:	10063693          	sltiu	a3,a2,256
800026f8:	0016c693          	xor	a3,a3,1
800026fc:	068e                	sll	a3,a3,0x3
800026fe:	00d65333          	srl	t1,a2,a3
80002702:	989a                	add	a7,a7,t1
80002704:	0008c883          	lbu	a7,0(a7)
80002708:	02000313          	li	t1,32
8000270c:	96c6                	add	a3,a3,a7
8000270e:	40d308b3          	sub	a7,t1,a3
80002712:	00d30b63          	beq	t1,a3,80002728 <__umoddi3+0x50>
80002716:	01159733          	sll	a4,a1,a7
8000271a:	00d556b3          	srl	a3,a0,a3
8000271e:	01161833          	sll	a6,a2,a7
80002722:	8f55                	or	a4,a4,a3
80002724:	011517b3          	sll	a5,a0,a7
80002728:	01085613          	srl	a2,a6,0x10
8000272c:	02c756b3          	divu	a3,a4,a2
80002730:	01081513          	sll	a0,a6,0x10
80002734:	8141                	srl	a0,a0,0x10
80002736:	02c77733          	remu	a4,a4,a2
8000273a:	02a686b3          	mul	a3,a3,a0
8000273e:	01071593          	sll	a1,a4,0x10
80002742:	0107d713          	srl	a4,a5,0x10
80002746:	8f4d                	or	a4,a4,a1
80002748:	00d77863          	bgeu	a4,a3,80002758 <__umoddi3+0x80>
8000274c:	9742                	add	a4,a4,a6
8000274e:	01076563          	bltu	a4,a6,80002758 <__umoddi3+0x80>
80002752:	00d77363          	bgeu	a4,a3,80002758 <__umoddi3+0x80>
80002756:	9742                	add	a4,a4,a6
80002758:	8f15                	sub	a4,a4,a3
8000275a:	02c756b3          	divu	a3,a4,a2
8000275e:	02c77733          	remu	a4,a4,a2
80002762:	02a686b3          	mul	a3,a3,a0
80002766:	07c2                	sll	a5,a5,0x10
80002768:	0742                	sll	a4,a4,0x10
8000276a:	83c1                	srl	a5,a5,0x10
8000276c:	8fd9                	or	a5,a5,a4
8000276e:	00d7f863          	bgeu	a5,a3,8000277e <__umoddi3+0xa6>
80002772:	97c2                	add	a5,a5,a6
80002774:	0107e563          	bltu	a5,a6,8000277e <__umoddi3+0xa6>
80002778:	00d7f363          	bgeu	a5,a3,8000277e <__umoddi3+0xa6>
8000277c:	97c2                	add	a5,a5,a6
8000277e:	8f95                	sub	a5,a5,a3
80002780:	0117d533          	srl	a0,a5,a7
80002784:	4581                	li	a1,0
80002786:	8082                	ret
80002788:	01000337          	lui	t1,0x1000
8000278c:	46c1                	li	a3,16
8000278e:	f66668e3          	bltu	a2,t1,800026fe <__umoddi3+0x26>
80002792:	46e1                	li	a3,24
80002794:	b7ad                	j	800026fe <__umoddi3+0x26>
80002796:	4681                	li	a3,0
80002798:	ca09                	beqz	a2,800027aa <__umoddi3+0xd2>
8000279a:	6741                	lui	a4,0x10
8000279c:	06e67463          	bgeu	a2,a4,80002804 <__umoddi3+0x12c>
800027a0:	10063693          	sltiu	a3,a2,256
800027a4:	0016c693          	xor	a3,a3,1
800027a8:	068e                	sll	a3,a3,0x3
800027aa:	00d65733          	srl	a4,a2,a3
800027ae:	98ba                	add	a7,a7,a4
800027b0:	0008c703          	lbu	a4,0(a7)
800027b4:	9736                	add	a4,a4,a3
800027b6:	02000693          	li	a3,32
800027ba:	40e688b3          	sub	a7,a3,a4
800027be:	04e69a63          	bne	a3,a4,80002812 <__umoddi3+0x13a>
800027c2:	40c58733          	sub	a4,a1,a2
800027c6:	01085593          	srl	a1,a6,0x10
800027ca:	02b75633          	divu	a2,a4,a1
800027ce:	01081513          	sll	a0,a6,0x10
800027d2:	8141                	srl	a0,a0,0x10
800027d4:	0107d693          	srl	a3,a5,0x10
800027d8:	02b77733          	remu	a4,a4,a1
800027dc:	02a60633          	mul	a2,a2,a0
800027e0:	0742                	sll	a4,a4,0x10
800027e2:	8f55                	or	a4,a4,a3
800027e4:	00c77863          	bgeu	a4,a2,800027f4 <__umoddi3+0x11c>
800027e8:	9742                	add	a4,a4,a6
800027ea:	01076563          	bltu	a4,a6,800027f4 <__umoddi3+0x11c>
800027ee:	00c77363          	bgeu	a4,a2,800027f4 <__umoddi3+0x11c>
800027f2:	9742                	add	a4,a4,a6
800027f4:	8f11                	sub	a4,a4,a2
800027f6:	02b756b3          	divu	a3,a4,a1
800027fa:	02b77733          	remu	a4,a4,a1
800027fe:	02a686b3          	mul	a3,a3,a0
80002802:	b795                	j	80002766 <__umoddi3+0x8e>
80002804:	01000737          	lui	a4,0x1000
80002808:	46c1                	li	a3,16
8000280a:	fae660e3          	bltu	a2,a4,800027aa <__umoddi3+0xd2>
8000280e:	46e1                	li	a3,24
80002810:	bf69                	j	800027aa <__umoddi3+0xd2>
80002812:	01161833          	sll	a6,a2,a7
80002816:	00e5d6b3          	srl	a3,a1,a4
8000281a:	011517b3          	sll	a5,a0,a7
8000281e:	011595b3          	sll	a1,a1,a7
80002822:	00e55733          	srl	a4,a0,a4
80002826:	01085513          	srl	a0,a6,0x10
8000282a:	8f4d                	or	a4,a4,a1
8000282c:	02a6d5b3          	divu	a1,a3,a0
80002830:	01081313          	sll	t1,a6,0x10
80002834:	01035313          	srl	t1,t1,0x10
80002838:	02a6f6b3          	remu	a3,a3,a0
8000283c:	026585b3          	mul	a1,a1,t1
80002840:	01069613          	sll	a2,a3,0x10
80002844:	01075693          	srl	a3,a4,0x10
80002848:	8ed1                	or	a3,a3,a2
8000284a:	00b6f863          	bgeu	a3,a1,8000285a <__umoddi3+0x182>
8000284e:	96c2                	add	a3,a3,a6
80002850:	0106e563          	bltu	a3,a6,8000285a <__umoddi3+0x182>
80002854:	00b6f363          	bgeu	a3,a1,8000285a <__umoddi3+0x182>
80002858:	96c2                	add	a3,a3,a6
8000285a:	8e8d                	sub	a3,a3,a1
8000285c:	02a6d633          	divu	a2,a3,a0
80002860:	0742                	sll	a4,a4,0x10
80002862:	8341                	srl	a4,a4,0x10
80002864:	02a6f6b3          	remu	a3,a3,a0
80002868:	02660633          	mul	a2,a2,t1
8000286c:	06c2                	sll	a3,a3,0x10
8000286e:	8f55                	or	a4,a4,a3
80002870:	00c77863          	bgeu	a4,a2,80002880 <__umoddi3+0x1a8>
80002874:	9742                	add	a4,a4,a6
80002876:	01076563          	bltu	a4,a6,80002880 <__umoddi3+0x1a8>
8000287a:	00c77363          	bgeu	a4,a2,80002880 <__umoddi3+0x1a8>
8000287e:	9742                	add	a4,a4,a6
80002880:	8f11                	sub	a4,a4,a2
80002882:	b791                	j	800027c6 <__umoddi3+0xee>
80002884:	16d5ed63          	bltu	a1,a3,800029fe <__umoddi3+0x326>
80002888:	6841                	lui	a6,0x10
8000288a:	0506f763          	bgeu	a3,a6,800028d8 <__umoddi3+0x200>
8000288e:	1006b813          	sltiu	a6,a3,256
80002892:	00184813          	xor	a6,a6,1
80002896:	080e                	sll	a6,a6,0x3
80002898:	0106d333          	srl	t1,a3,a6
8000289c:	00001897          	auipc	a7,0x1
800028a0:	91088893          	add	a7,a7,-1776 # 800031ac <__clz_tab>
800028a4:	989a                	add	a7,a7,t1
800028a6:	0008c883          	lbu	a7,0(a7)
800028aa:	02000313          	li	t1,32
800028ae:	98c2                	add	a7,a7,a6
800028b0:	41130833          	sub	a6,t1,a7
800028b4:	03131963          	bne	t1,a7,800028e6 <__umoddi3+0x20e>
800028b8:	00b6e463          	bltu	a3,a1,800028c0 <__umoddi3+0x1e8>
800028bc:	00c56b63          	bltu	a0,a2,800028d2 <__umoddi3+0x1fa>
800028c0:	40c50633          	sub	a2,a0,a2
800028c4:	40d586b3          	sub	a3,a1,a3
800028c8:	00c53733          	sltu	a4,a0,a2
800028cc:	87b2                	mv	a5,a2
800028ce:	40e68733          	sub	a4,a3,a4
800028d2:	853e                	mv	a0,a5
800028d4:	85ba                	mv	a1,a4
800028d6:	8082                	ret
800028d8:	010008b7          	lui	a7,0x1000
800028dc:	4841                	li	a6,16
800028de:	fb16ede3          	bltu	a3,a7,80002898 <__umoddi3+0x1c0>
800028e2:	4861                	li	a6,24
800028e4:	bf55                	j	80002898 <__umoddi3+0x1c0>
800028e6:	011657b3          	srl	a5,a2,a7
800028ea:	010696b3          	sll	a3,a3,a6
800028ee:	8edd                	or	a3,a3,a5
800028f0:	0115d733          	srl	a4,a1,a7
800028f4:	0106de13          	srl	t3,a3,0x10
800028f8:	03c75f33          	divu	t5,a4,t3
800028fc:	01069313          	sll	t1,a3,0x10
80002900:	01035313          	srl	t1,t1,0x10
80002904:	010597b3          	sll	a5,a1,a6
80002908:	011555b3          	srl	a1,a0,a7
8000290c:	8ddd                	or	a1,a1,a5
8000290e:	0105d793          	srl	a5,a1,0x10
80002912:	01061633          	sll	a2,a2,a6
80002916:	01051533          	sll	a0,a0,a6
8000291a:	03c77733          	remu	a4,a4,t3
8000291e:	03e30eb3          	mul	t4,t1,t5
80002922:	0742                	sll	a4,a4,0x10
80002924:	8fd9                	or	a5,a5,a4
80002926:	877a                	mv	a4,t5
80002928:	01d7fc63          	bgeu	a5,t4,80002940 <__umoddi3+0x268>
8000292c:	97b6                	add	a5,a5,a3
8000292e:	ffff0713          	add	a4,t5,-1
80002932:	00d7e763          	bltu	a5,a3,80002940 <__umoddi3+0x268>
80002936:	01d7f563          	bgeu	a5,t4,80002940 <__umoddi3+0x268>
8000293a:	ffef0713          	add	a4,t5,-2
8000293e:	97b6                	add	a5,a5,a3
80002940:	41d787b3          	sub	a5,a5,t4
80002944:	03c7deb3          	divu	t4,a5,t3
80002948:	05c2                	sll	a1,a1,0x10
8000294a:	81c1                	srl	a1,a1,0x10
8000294c:	03c7f7b3          	remu	a5,a5,t3
80002950:	8e76                	mv	t3,t4
80002952:	03d30333          	mul	t1,t1,t4
80002956:	07c2                	sll	a5,a5,0x10
80002958:	8ddd                	or	a1,a1,a5
8000295a:	0065fc63          	bgeu	a1,t1,80002972 <__umoddi3+0x29a>
8000295e:	95b6                	add	a1,a1,a3
80002960:	fffe8e13          	add	t3,t4,-1
80002964:	00d5e763          	bltu	a1,a3,80002972 <__umoddi3+0x29a>
80002968:	0065f563          	bgeu	a1,t1,80002972 <__umoddi3+0x29a>
8000296c:	ffee8e13          	add	t3,t4,-2
80002970:	95b6                	add	a1,a1,a3
80002972:	01071793          	sll	a5,a4,0x10
80002976:	6f41                	lui	t5,0x10
80002978:	01c7e7b3          	or	a5,a5,t3
8000297c:	406585b3          	sub	a1,a1,t1
80002980:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
80002984:	0067f733          	and	a4,a5,t1
80002988:	01065e13          	srl	t3,a2,0x10
8000298c:	83c1                	srl	a5,a5,0x10
8000298e:	00667333          	and	t1,a2,t1
80002992:	02670eb3          	mul	t4,a4,t1
80002996:	02678333          	mul	t1,a5,t1
8000299a:	03c70733          	mul	a4,a4,t3
8000299e:	03c787b3          	mul	a5,a5,t3
800029a2:	00670e33          	add	t3,a4,t1
800029a6:	010ed713          	srl	a4,t4,0x10
800029aa:	9772                	add	a4,a4,t3
800029ac:	00677363          	bgeu	a4,t1,800029b2 <__umoddi3+0x2da>
800029b0:	97fa                	add	a5,a5,t5
800029b2:	01075313          	srl	t1,a4,0x10
800029b6:	979a                	add	a5,a5,t1
800029b8:	6341                	lui	t1,0x10
800029ba:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
800029bc:	00677733          	and	a4,a4,t1
800029c0:	0742                	sll	a4,a4,0x10
800029c2:	006efeb3          	and	t4,t4,t1
800029c6:	9776                	add	a4,a4,t4
800029c8:	00f5e663          	bltu	a1,a5,800029d4 <__umoddi3+0x2fc>
800029cc:	00f59b63          	bne	a1,a5,800029e2 <__umoddi3+0x30a>
800029d0:	00e57963          	bgeu	a0,a4,800029e2 <__umoddi3+0x30a>
800029d4:	40c70633          	sub	a2,a4,a2
800029d8:	00c73333          	sltu	t1,a4,a2
800029dc:	969a                	add	a3,a3,t1
800029de:	8732                	mv	a4,a2
800029e0:	8f95                	sub	a5,a5,a3
800029e2:	40e50733          	sub	a4,a0,a4
800029e6:	00e53533          	sltu	a0,a0,a4
800029ea:	8d9d                	sub	a1,a1,a5
800029ec:	8d89                	sub	a1,a1,a0
800029ee:	011598b3          	sll	a7,a1,a7
800029f2:	01075733          	srl	a4,a4,a6
800029f6:	00e8e533          	or	a0,a7,a4
800029fa:	0105d5b3          	srl	a1,a1,a6
800029fe:	8082                	ret

80002a00 <__riscv_save_12>:
80002a00:	7139                	add	sp,sp,-64
80002a02:	4301                	li	t1,0
80002a04:	c66e                	sw	s11,12(sp)
80002a06:	a019                	j	80002a0c <__riscv_save_10+0x4>

80002a08 <__riscv_save_10>:
80002a08:	7139                	add	sp,sp,-64
80002a0a:	5341                	li	t1,-16
80002a0c:	c86a                	sw	s10,16(sp)
80002a0e:	ca66                	sw	s9,20(sp)
80002a10:	cc62                	sw	s8,24(sp)
80002a12:	ce5e                	sw	s7,28(sp)
80002a14:	a019                	j	80002a1a <__riscv_save_4+0x4>

80002a16 <__riscv_save_4>:
80002a16:	7139                	add	sp,sp,-64
80002a18:	5301                	li	t1,-32
80002a1a:	d05a                	sw	s6,32(sp)
80002a1c:	d256                	sw	s5,36(sp)
80002a1e:	d452                	sw	s4,40(sp)
80002a20:	d64e                	sw	s3,44(sp)
80002a22:	d84a                	sw	s2,48(sp)
80002a24:	da26                	sw	s1,52(sp)
80002a26:	dc22                	sw	s0,56(sp)
80002a28:	de06                	sw	ra,60(sp)
80002a2a:	40610133          	sub	sp,sp,t1
80002a2e:	8282                	jr	t0

80002a30 <__riscv_save_0>:
80002a30:	1141                	add	sp,sp,-16
80002a32:	c04a                	sw	s2,0(sp)
80002a34:	c226                	sw	s1,4(sp)
80002a36:	c422                	sw	s0,8(sp)
80002a38:	c606                	sw	ra,12(sp)
80002a3a:	8282                	jr	t0

80002a3c <__riscv_restore_12>:
80002a3c:	4db2                	lw	s11,12(sp)
80002a3e:	0141                	add	sp,sp,16

80002a40 <__riscv_restore_10>:
80002a40:	4d02                	lw	s10,0(sp)
80002a42:	4c92                	lw	s9,4(sp)
80002a44:	4c22                	lw	s8,8(sp)
80002a46:	4bb2                	lw	s7,12(sp)
80002a48:	0141                	add	sp,sp,16

80002a4a <__riscv_restore_4>:
80002a4a:	4b02                	lw	s6,0(sp)
80002a4c:	4a92                	lw	s5,4(sp)
80002a4e:	4a22                	lw	s4,8(sp)
80002a50:	49b2                	lw	s3,12(sp)
80002a52:	0141                	add	sp,sp,16

80002a54 <__riscv_restore_0>:
80002a54:	4902                	lw	s2,0(sp)
80002a56:	4492                	lw	s1,4(sp)
80002a58:	4422                	lw	s0,8(sp)
80002a5a:	40b2                	lw	ra,12(sp)
80002a5c:	0141                	add	sp,sp,16
80002a5e:	8082                	ret
