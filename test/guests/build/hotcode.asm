
build/hotcode.elf:     file format elf32-littleriscv


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
80000024:	4a030313          	add	t1,t1,1184 # 800034c0 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0) # 80003018 <__bss_start>
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	33c28293          	add	t0,t0,828 # 80000370 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	21a5                	jal	800004a8 <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	21d9                	jal	8000050e <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	80002537          	lui	a0,0x80002
80000050:	1101                	add	sp,sp,-32
80000052:	48c50513          	add	a0,a0,1164 # 8000248c <__text_end+0x1e>
80000056:	ce06                	sw	ra,28(sp)
80000058:	cc22                	sw	s0,24(sp)
8000005a:	ca26                	sw	s1,20(sp)
8000005c:	c84a                	sw	s2,16(sp)
8000005e:	c64e                	sw	s3,12(sp)
80000060:	21f1                	jal	8000052c <printf>
80000062:	800037b7          	lui	a5,0x80003
80000066:	4c078793          	add	a5,a5,1216 # 800034c0 <__bss_end>
8000006a:	34079073          	csrw	mscratch,a5
8000006e:	800007b7          	lui	a5,0x80000
80000072:	2d878793          	add	a5,a5,728 # 800002d8 <trap_m_entry>
80000076:	30579073          	csrw	mtvec,a5
8000007a:	800037b7          	lui	a5,0x80003
8000007e:	00150737          	lui	a4,0x150
80000082:	02078913          	add	s2,a5,32 # 80003020 <patch_buf>
80000086:	51370713          	add	a4,a4,1299 # 150513 <__stack_size+0x140513>
8000008a:	00e92023          	sw	a4,0(s2)
8000008e:	6721                	lui	a4,0x8
80000090:	06770713          	add	a4,a4,103 # 8067 <__stack_size-0x7f99>
80000094:	00e92223          	sw	a4,4(s2)
80000098:	0000100f          	fence.i
8000009c:	6485                	lui	s1,0x1
8000009e:	02078993          	add	s3,a5,32
800000a2:	38848493          	add	s1,s1,904 # 1388 <__stack_size-0xec78>
800000a6:	4501                	li	a0,0
800000a8:	14fd                	add	s1,s1,-1
800000aa:	9902                	jalr	s2
800000ac:	fcf5                	bnez	s1,800000a8 <main+0x5c>
800000ae:	85aa                	mv	a1,a0
800000b0:	6405                	lui	s0,0x1
800000b2:	80002537          	lui	a0,0x80002
800000b6:	38840613          	add	a2,s0,904 # 1388 <__stack_size-0xec78>
800000ba:	49850513          	add	a0,a0,1176 # 80002498 <__text_end+0x2a>
800000be:	2a59                	jal	80000254 <check>
800000c0:	003507b7          	lui	a5,0x350
800000c4:	51378793          	add	a5,a5,1299 # 350513 <__stack_size+0x340513>
800000c8:	00f9a023          	sw	a5,0(s3)
800000cc:	0000100f          	fence.i
800000d0:	38840413          	add	s0,s0,904
800000d4:	8526                	mv	a0,s1
800000d6:	9902                	jalr	s2
800000d8:	147d                	add	s0,s0,-1
800000da:	84aa                	mv	s1,a0
800000dc:	fc65                	bnez	s0,800000d4 <main+0x88>
800000de:	85aa                	mv	a1,a0
800000e0:	6611                	lui	a2,0x4
800000e2:	80002537          	lui	a0,0x80002
800000e6:	a9860613          	add	a2,a2,-1384 # 3a98 <__stack_size-0xc568>
800000ea:	4a850513          	add	a0,a0,1192 # 800024a8 <__text_end+0x3a>
800000ee:	229d                	jal	80000254 <check>
800000f0:	4f01                	li	t5,0
800000f2:	4281                	li	t0,0
800000f4:	7d000313          	li	t1,2000
800000f8:	3e800e93          	li	t4,1000
800000fc:	00000397          	auipc	t2,0x0
80000100:	01c38393          	add	t2,t2,28 # 80000118 <main+0xcc>
80000104:	005f1e37          	lui	t3,0x5f1
80000108:	f13e0e13          	add	t3,t3,-237 # 5f0f13 <__stack_size+0x5e0f13>
8000010c:	01d29663          	bne	t0,t4,80000118 <main+0xcc>
80000110:	01c3a023          	sw	t3,0(t2)
80000114:	0000100f          	fence.i
80000118:	001f0f13          	.word	0x001f0f13
8000011c:	0285                	add	t0,t0,1
8000011e:	fe62c7e3          	blt	t0,t1,8000010c <main+0xc0>
80000122:	001f1e37          	lui	t3,0x1f1
80000126:	f13e0e13          	add	t3,t3,-237 # 1f0f13 <__stack_size+0x1e0f13>
8000012a:	01c3a023          	sw	t3,0(t2)
8000012e:	0000100f          	fence.i
80000132:	85fa                	mv	a1,t5
80000134:	6605                	lui	a2,0x1
80000136:	80002537          	lui	a0,0x80002
8000013a:	77060613          	add	a2,a2,1904 # 1770 <__stack_size-0xe890>
8000013e:	4b850513          	add	a0,a0,1208 # 800024b8 <__text_end+0x4a>
80000142:	2a09                	jal	80000254 <check>
80000144:	88000737          	lui	a4,0x88000
80000148:	4781                	li	a5,0
8000014a:	fc070713          	add	a4,a4,-64 # 87ffffc0 <__stack_top+0x6ffffc0>
8000014e:	46c1                	li	a3,16
80000150:	0785                	add	a5,a5,1
80000152:	c31c                	sw	a5,0(a4)
80000154:	0711                	add	a4,a4,4
80000156:	fed79de3          	bne	a5,a3,80000150 <main+0x104>
8000015a:	0c800793          	li	a5,200
8000015e:	880006b7          	lui	a3,0x88000
80000162:	fc068713          	add	a4,a3,-64 # 87ffffc0 <__stack_top+0x6ffffc0>
80000166:	4310                	lw	a2,0(a4)
80000168:	0711                	add	a4,a4,4
8000016a:	9432                	add	s0,s0,a2
8000016c:	fed71de3          	bne	a4,a3,80000166 <main+0x11a>
80000170:	17fd                	add	a5,a5,-1
80000172:	fbe5                	bnez	a5,80000162 <main+0x116>
80000174:	661d                	lui	a2,0x7
80000176:	80002537          	lui	a0,0x80002
8000017a:	85a2                	mv	a1,s0
8000017c:	4cc50513          	add	a0,a0,1228 # 800024cc <__text_end+0x5e>
80000180:	a4060613          	add	a2,a2,-1472 # 6a40 <__stack_size-0x95c0>
80000184:	28c1                	jal	80000254 <check>
80000186:	80003337          	lui	t1,0x80003
8000018a:	800034b7          	lui	s1,0x80003
8000018e:	02032823          	sw	zero,48(t1) # 80003030 <faults>
80000192:	4401                	li	s0,0
80000194:	06400593          	li	a1,100
80000198:	03448493          	add	s1,s1,52 # 80003034 <seen.0>
8000019c:	88000537          	lui	a0,0x88000
800001a0:	4881                	li	a7,0
800001a2:	02000813          	li	a6,32
800001a6:	4781                	li	a5,0
800001a8:	fc050693          	add	a3,a0,-64 # 87ffffc0 <__stack_top+0x6ffffc0>
800001ac:	8746                	mv	a4,a7
800001ae:	4298                	lw	a4,0(a3)
800001b0:	00279613          	sll	a2,a5,0x2
800001b4:	9626                	add	a2,a2,s1
800001b6:	c218                	sw	a4,0(a2)
800001b8:	0785                	add	a5,a5,1
800001ba:	943a                	add	s0,s0,a4
800001bc:	0691                	add	a3,a3,4
800001be:	ff0797e3          	bne	a5,a6,800001ac <main+0x160>
800001c2:	15fd                	add	a1,a1,-1
800001c4:	f1ed                	bnez	a1,800001a6 <main+0x15a>
800001c6:	03032583          	lw	a1,48(t1)
800001ca:	80002537          	lui	a0,0x80002
800001ce:	64000613          	li	a2,1600
800001d2:	4dc50513          	add	a0,a0,1244 # 800024dc <__text_end+0x6e>
800001d6:	28bd                	jal	80000254 <check>
800001d8:	800037b7          	lui	a5,0x80003
800001dc:	02c7a583          	lw	a1,44(a5) # 8000302c <fault_tval>
800001e0:	88000637          	lui	a2,0x88000
800001e4:	80002537          	lui	a0,0x80002
800001e8:	03c60613          	add	a2,a2,60 # 8800003c <__stack_top+0x700003c>
800001ec:	4ec50513          	add	a0,a0,1260 # 800024ec <__text_end+0x7e>
800001f0:	2095                	jal	80000254 <check>
800001f2:	660d                	lui	a2,0x3
800001f4:	80002537          	lui	a0,0x80002
800001f8:	85a2                	mv	a1,s0
800001fa:	52060613          	add	a2,a2,1312 # 3520 <__stack_size-0xcae0>
800001fe:	4fc50513          	add	a0,a0,1276 # 800024fc <__text_end+0x8e>
80000202:	2889                	jal	80000254 <check>
80000204:	5ccc                	lw	a1,60(s1)
80000206:	80002537          	lui	a0,0x80002
8000020a:	4641                	li	a2,16
8000020c:	51050513          	add	a0,a0,1296 # 80002510 <__text_end+0xa2>
80000210:	2091                	jal	80000254 <check>
80000212:	40ac                	lw	a1,64(s1)
80000214:	80002537          	lui	a0,0x80002
80000218:	4601                	li	a2,0
8000021a:	52450513          	add	a0,a0,1316 # 80002524 <__text_end+0xb6>
8000021e:	281d                	jal	80000254 <check>
80000220:	800037b7          	lui	a5,0x80003
80000224:	0287a403          	lw	s0,40(a5) # 80003028 <failures>
80000228:	ec11                	bnez	s0,80000244 <main+0x1f8>
8000022a:	80002537          	lui	a0,0x80002
8000022e:	54c50513          	add	a0,a0,1356 # 8000254c <__text_end+0xde>
80000232:	2ced                	jal	8000052c <printf>
80000234:	40f2                	lw	ra,28(sp)
80000236:	8522                	mv	a0,s0
80000238:	4462                	lw	s0,24(sp)
8000023a:	44d2                	lw	s1,20(sp)
8000023c:	4942                	lw	s2,16(sp)
8000023e:	49b2                	lw	s3,12(sp)
80000240:	6105                	add	sp,sp,32
80000242:	8082                	ret
80000244:	80002537          	lui	a0,0x80002
80000248:	85a2                	mv	a1,s0
8000024a:	53850513          	add	a0,a0,1336 # 80002538 <__text_end+0xca>
8000024e:	2cf9                	jal	8000052c <printf>
80000250:	4405                	li	s0,1
80000252:	b7cd                	j	80000234 <main+0x1e8>

80000254 <check>:
80000254:	1141                	add	sp,sp,-16
80000256:	c422                	sw	s0,8(sp)
80000258:	c226                	sw	s1,4(sp)
8000025a:	842e                	mv	s0,a1
8000025c:	c606                	sw	ra,12(sp)
8000025e:	84b2                	mv	s1,a2
80000260:	85aa                	mv	a1,a0
80000262:	02c40b63          	beq	s0,a2,80000298 <check+0x44>
80000266:	800026b7          	lui	a3,0x80002
8000026a:	47068693          	add	a3,a3,1136 # 80002470 <__text_end+0x2>
8000026e:	80002537          	lui	a0,0x80002
80000272:	8622                	mv	a2,s0
80000274:	47c50513          	add	a0,a0,1148 # 8000247c <__text_end+0xe>
80000278:	2c55                	jal	8000052c <printf>
8000027a:	800037b7          	lui	a5,0x80003
8000027e:	0287a703          	lw	a4,40(a5) # 80003028 <failures>
80000282:	8c05                	sub	s0,s0,s1
80000284:	00803433          	snez	s0,s0
80000288:	943a                	add	s0,s0,a4
8000028a:	40b2                	lw	ra,12(sp)
8000028c:	0287a423          	sw	s0,40(a5)
80000290:	4422                	lw	s0,8(sp)
80000292:	4492                	lw	s1,4(sp)
80000294:	0141                	add	sp,sp,16
80000296:	8082                	ret
80000298:	800026b7          	lui	a3,0x80002
8000029c:	55468693          	add	a3,a3,1364 # 80002554 <__text_end+0xe6>
800002a0:	b7f9                	j	8000026e <check+0x1a>

800002a2 <trap_m_handler>:
800002a2:	341027f3          	csrr	a5,mepc
800002a6:	800036b7          	lui	a3,0x80003
800002aa:	0306a703          	lw	a4,48(a3) # 80003030 <faults>
800002ae:	0705                	add	a4,a4,1
800002b0:	02e6a823          	sw	a4,48(a3)
800002b4:	343026f3          	csrr	a3,mtval
800002b8:	80003737          	lui	a4,0x80003
800002bc:	02d72623          	sw	a3,44(a4) # 8000302c <fault_tval>
800002c0:	0007d703          	lhu	a4,0(a5)
800002c4:	460d                	li	a2,3
800002c6:	4689                	li	a3,2
800002c8:	8b0d                	and	a4,a4,3
800002ca:	00c71363          	bne	a4,a2,800002d0 <trap_m_handler+0x2e>
800002ce:	4691                	li	a3,4
800002d0:	97b6                	add	a5,a5,a3
800002d2:	34179073          	csrw	mepc,a5
800002d6:	8082                	ret

800002d8 <trap_m_entry>:
800002d8:	34011173          	csrrw	sp,mscratch,sp
800002dc:	7119                	add	sp,sp,-128
800002de:	c206                	sw	ra,4(sp)
800002e0:	c60e                	sw	gp,12(sp)
800002e2:	c812                	sw	tp,16(sp)
800002e4:	ca16                	sw	t0,20(sp)
800002e6:	cc1a                	sw	t1,24(sp)
800002e8:	ce1e                	sw	t2,28(sp)
800002ea:	d022                	sw	s0,32(sp)
800002ec:	d226                	sw	s1,36(sp)
800002ee:	d42a                	sw	a0,40(sp)
800002f0:	d62e                	sw	a1,44(sp)
800002f2:	d832                	sw	a2,48(sp)
800002f4:	da36                	sw	a3,52(sp)
800002f6:	dc3a                	sw	a4,56(sp)
800002f8:	de3e                	sw	a5,60(sp)
800002fa:	c0c2                	sw	a6,64(sp)
800002fc:	c2c6                	sw	a7,68(sp)
800002fe:	c4ca                	sw	s2,72(sp)
80000300:	c6ce                	sw	s3,76(sp)
80000302:	c8d2                	sw	s4,80(sp)
80000304:	cad6                	sw	s5,84(sp)
80000306:	ccda                	sw	s6,88(sp)
80000308:	cede                	sw	s7,92(sp)
8000030a:	d0e2                	sw	s8,96(sp)
8000030c:	d2e6                	sw	s9,100(sp)
8000030e:	d4ea                	sw	s10,104(sp)
80000310:	d6ee                	sw	s11,108(sp)
80000312:	d8f2                	sw	t3,112(sp)
80000314:	daf6                	sw	t4,116(sp)
80000316:	dcfa                	sw	t5,120(sp)
80000318:	defe                	sw	t6,124(sp)
8000031a:	340022f3          	csrr	t0,mscratch
8000031e:	c416                	sw	t0,8(sp)
80000320:	c002                	sw	zero,0(sp)
80000322:	850a                	mv	a0,sp
80000324:	3fbd                	jal	800002a2 <trap_m_handler>
80000326:	08010293          	add	t0,sp,128
8000032a:	34029073          	csrw	mscratch,t0
8000032e:	4092                	lw	ra,4(sp)
80000330:	41b2                	lw	gp,12(sp)
80000332:	4242                	lw	tp,16(sp)
80000334:	42d2                	lw	t0,20(sp)
80000336:	4362                	lw	t1,24(sp)
80000338:	43f2                	lw	t2,28(sp)
8000033a:	5402                	lw	s0,32(sp)
8000033c:	5492                	lw	s1,36(sp)
8000033e:	5522                	lw	a0,40(sp)
80000340:	55b2                	lw	a1,44(sp)
80000342:	5642                	lw	a2,48(sp)
80000344:	56d2                	lw	a3,52(sp)
80000346:	5762                	lw	a4,56(sp)
80000348:	57f2                	lw	a5,60(sp)
8000034a:	4806                	lw	a6,64(sp)
8000034c:	4896                	lw	a7,68(sp)
8000034e:	4926                	lw	s2,72(sp)
80000350:	49b6                	lw	s3,76(sp)
80000352:	4a46                	lw	s4,80(sp)
80000354:	4ad6                	lw	s5,84(sp)
80000356:	4b66                	lw	s6,88(sp)
80000358:	4bf6                	lw	s7,92(sp)
8000035a:	5c06                	lw	s8,96(sp)
8000035c:	5c96                	lw	s9,100(sp)
8000035e:	5d26                	lw	s10,104(sp)
80000360:	5db6                	lw	s11,108(sp)
80000362:	5e46                	lw	t3,112(sp)
80000364:	5ed6                	lw	t4,116(sp)
80000366:	5f66                	lw	t5,120(sp)
80000368:	5ff6                	lw	t6,124(sp)
8000036a:	4122                	lw	sp,8(sp)
8000036c:	30200073          	mret

80000370 <bare_default_trap>:
80000370:	01000117          	auipc	sp,0x1000
80000374:	c9010113          	add	sp,sp,-880 # 81000000 <__stack_top>
80000378:	34202573          	csrr	a0,mcause
8000037c:	341025f3          	csrr	a1,mepc
80000380:	34302673          	csrr	a2,mtval
80000384:	287d                	jal	80000442 <bare_unexpected_trap>
80000386:	a001                	j	80000386 <bare_default_trap+0x16>

80000388 <uart_stdio_put>:
80000388:	10000737          	lui	a4,0x10000
8000038c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000390:	0207f793          	and	a5,a5,32
80000394:	dfe5                	beqz	a5,8000038c <uart_stdio_put+0x4>
80000396:	00a70023          	sb	a0,0(a4)
8000039a:	8082                	ret

8000039c <bare_puts>:
8000039c:	00054683          	lbu	a3,0(a0)
800003a0:	ce91                	beqz	a3,800003bc <bare_puts+0x20>
800003a2:	10000737          	lui	a4,0x10000
800003a6:	0505                	add	a0,a0,1
800003a8:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800003ac:	0207f793          	and	a5,a5,32
800003b0:	dfe5                	beqz	a5,800003a8 <bare_puts+0xc>
800003b2:	00d70023          	sb	a3,0(a4)
800003b6:	00054683          	lbu	a3,0(a0)
800003ba:	f6f5                	bnez	a3,800003a6 <bare_puts+0xa>
800003bc:	8082                	ret

800003be <bare_put_hex>:
800003be:	800026b7          	lui	a3,0x80002
800003c2:	03000613          	li	a2,48
800003c6:	55868693          	add	a3,a3,1368 # 80002558 <__text_end+0xea>
800003ca:	10000737          	lui	a4,0x10000
800003ce:	0685                	add	a3,a3,1
800003d0:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800003d4:	0207f793          	and	a5,a5,32
800003d8:	dfe5                	beqz	a5,800003d0 <bare_put_hex+0x12>
800003da:	00c70023          	sb	a2,0(a4)
800003de:	0006c603          	lbu	a2,0(a3)
800003e2:	f675                	bnez	a2,800003ce <bare_put_hex+0x10>
800003e4:	800025b7          	lui	a1,0x80002
800003e8:	46f1                	li	a3,28
800003ea:	55c58593          	add	a1,a1,1372 # 8000255c <__text_end+0xee>
800003ee:	10000737          	lui	a4,0x10000
800003f2:	5871                	li	a6,-4
800003f4:	00d557b3          	srl	a5,a0,a3
800003f8:	8bbd                	and	a5,a5,15
800003fa:	97ae                	add	a5,a5,a1
800003fc:	0007c603          	lbu	a2,0(a5)
80000400:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000404:	0207f793          	and	a5,a5,32
80000408:	dfe5                	beqz	a5,80000400 <bare_put_hex+0x42>
8000040a:	00c70023          	sb	a2,0(a4)
8000040e:	16f1                	add	a3,a3,-4
80000410:	ff0692e3          	bne	a3,a6,800003f4 <bare_put_hex+0x36>
80000414:	8082                	ret

80000416 <bare_exit>:
80000416:	cd19                	beqz	a0,80000434 <bare_exit+0x1e>
80000418:	670d                	lui	a4,0x3
8000041a:	01051793          	sll	a5,a0,0x10
8000041e:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
80000422:	8fd9                	or	a5,a5,a4
80000424:	00100737          	lui	a4,0x100
80000428:	c31c                	sw	a5,0(a4)
8000042a:	10500073          	wfi
8000042e:	10500073          	wfi
80000432:	bfe5                	j	8000042a <bare_exit+0x14>
80000434:	6795                	lui	a5,0x5
80000436:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
8000043a:	b7ed                	j	80000424 <bare_exit+0xe>

8000043c <_exit>:
8000043c:	1141                	add	sp,sp,-16
8000043e:	c606                	sw	ra,12(sp)
80000440:	3fd9                	jal	80000416 <bare_exit>

80000442 <bare_unexpected_trap>:
80000442:	1141                	add	sp,sp,-16
80000444:	c04a                	sw	s2,0(sp)
80000446:	892a                	mv	s2,a0
80000448:	80002537          	lui	a0,0x80002
8000044c:	57050513          	add	a0,a0,1392 # 80002570 <__text_end+0x102>
80000450:	c606                	sw	ra,12(sp)
80000452:	c422                	sw	s0,8(sp)
80000454:	c226                	sw	s1,4(sp)
80000456:	8432                	mv	s0,a2
80000458:	84ae                	mv	s1,a1
8000045a:	3789                	jal	8000039c <bare_puts>
8000045c:	854a                	mv	a0,s2
8000045e:	3785                	jal	800003be <bare_put_hex>
80000460:	80002537          	lui	a0,0x80002
80000464:	58850513          	add	a0,a0,1416 # 80002588 <__text_end+0x11a>
80000468:	3f15                	jal	8000039c <bare_puts>
8000046a:	8526                	mv	a0,s1
8000046c:	3f89                	jal	800003be <bare_put_hex>
8000046e:	80002537          	lui	a0,0x80002
80000472:	59050513          	add	a0,a0,1424 # 80002590 <__text_end+0x122>
80000476:	371d                	jal	8000039c <bare_puts>
80000478:	8522                	mv	a0,s0
8000047a:	3791                	jal	800003be <bare_put_hex>
8000047c:	10000737          	lui	a4,0x10000
80000480:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000484:	0207f793          	and	a5,a5,32
80000488:	dfe5                	beqz	a5,80000480 <bare_unexpected_trap+0x3e>
8000048a:	47a9                	li	a5,10
8000048c:	00f70023          	sb	a5,0(a4)
80000490:	006337b7          	lui	a5,0x633
80000494:	00100737          	lui	a4,0x100
80000498:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
8000049c:	c31c                	sw	a5,0(a4)
8000049e:	10500073          	wfi
800004a2:	10500073          	wfi
800004a6:	bfe5                	j	8000049e <bare_unexpected_trap+0x5c>

800004a8 <__libc_init_array>:
800004a8:	797012ef          	jal	t0,8000243e <__riscv_save_0>
800004ac:	800034b7          	lui	s1,0x80003
800004b0:	80003437          	lui	s0,0x80003
800004b4:	a8048793          	add	a5,s1,-1408 # 80002a80 <__fini_array_end>
800004b8:	a8040413          	add	s0,s0,-1408 # 80002a80 <__fini_array_end>
800004bc:	8c1d                	sub	s0,s0,a5
800004be:	8409                	sra	s0,s0,0x2
800004c0:	a8048493          	add	s1,s1,-1408
800004c4:	4901                	li	s2,0
800004c6:	02891a63          	bne	s2,s0,800004fa <__libc_init_array+0x52>
800004ca:	00000793          	li	a5,0
800004ce:	c789                	beqz	a5,800004d8 <__libc_init_array+0x30>
800004d0:	00000097          	auipc	ra,0x0
800004d4:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800004d8:	800034b7          	lui	s1,0x80003
800004dc:	80003437          	lui	s0,0x80003
800004e0:	a8048793          	add	a5,s1,-1408 # 80002a80 <__fini_array_end>
800004e4:	a8040413          	add	s0,s0,-1408 # 80002a80 <__fini_array_end>
800004e8:	8c1d                	sub	s0,s0,a5
800004ea:	8409                	sra	s0,s0,0x2
800004ec:	a8048493          	add	s1,s1,-1408
800004f0:	4901                	li	s2,0
800004f2:	00891963          	bne	s2,s0,80000504 <__libc_init_array+0x5c>
800004f6:	76d0106f          	j	80002462 <__riscv_restore_0>
800004fa:	409c                	lw	a5,0(s1)
800004fc:	0905                	add	s2,s2,1
800004fe:	0491                	add	s1,s1,4
80000500:	9782                	jalr	a5
80000502:	b7d1                	j	800004c6 <__libc_init_array+0x1e>
80000504:	409c                	lw	a5,0(s1)
80000506:	0905                	add	s2,s2,1
80000508:	0491                	add	s1,s1,4
8000050a:	9782                	jalr	a5
8000050c:	b7dd                	j	800004f2 <__libc_init_array+0x4a>

8000050e <exit>:
8000050e:	731012ef          	jal	t0,8000243e <__riscv_save_0>
80000512:	00000793          	li	a5,0
80000516:	842a                	mv	s0,a0
80000518:	c791                	beqz	a5,80000524 <exit+0x16>
8000051a:	4581                	li	a1,0
8000051c:	00000097          	auipc	ra,0x0
80000520:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000524:	796010ef          	jal	80001cba <__libc_fini_array>
80000528:	8522                	mv	a0,s0
8000052a:	3f09                	jal	8000043c <_exit>

8000052c <printf>:
8000052c:	7139                	add	sp,sp,-64
8000052e:	da3e                	sw	a5,52(sp)
80000530:	800037b7          	lui	a5,0x80003
80000534:	d22e                	sw	a1,36(sp)
80000536:	85aa                	mv	a1,a0
80000538:	a747a503          	lw	a0,-1420(a5) # 80002a74 <stdout>
8000053c:	d432                	sw	a2,40(sp)
8000053e:	1050                	add	a2,sp,36
80000540:	ce06                	sw	ra,28(sp)
80000542:	d636                	sw	a3,44(sp)
80000544:	d83a                	sw	a4,48(sp)
80000546:	dc42                	sw	a6,56(sp)
80000548:	de46                	sw	a7,60(sp)
8000054a:	c632                	sw	a2,12(sp)
8000054c:	2411                	jal	80000750 <__d_vfprintf>
8000054e:	40f2                	lw	ra,28(sp)
80000550:	6121                	add	sp,sp,64
80000552:	8082                	ret

80000554 <__ultoa_invert>:
80000554:	6c3012ef          	jal	t0,80002416 <__riscv_save_10>
80000558:	2006f793          	and	a5,a3,512
8000055c:	89aa                	mv	s3,a0
8000055e:	8a2e                	mv	s4,a1
80000560:	8932                	mv	s2,a2
80000562:	84b6                	mv	s1,a3
80000564:	02700b13          	li	s6,39
80000568:	c781                	beqz	a5,80000570 <__ultoa_invert+0x1c>
8000056a:	dff6f493          	and	s1,a3,-513
8000056e:	4b1d                	li	s6,7
80000570:	41f4da93          	sra	s5,s1,0x1f
80000574:	4ca5                	li	s9,9
80000576:	8626                	mv	a2,s1
80000578:	86d6                	mv	a3,s5
8000057a:	854e                	mv	a0,s3
8000057c:	85d2                	mv	a1,s4
8000057e:	369010ef          	jal	800020e6 <__umoddi3>
80000582:	85d2                	mv	a1,s4
80000584:	0ff57413          	zext.b	s0,a0
80000588:	8626                	mv	a2,s1
8000058a:	854e                	mv	a0,s3
8000058c:	86d6                	mv	a3,s5
8000058e:	7fa010ef          	jal	80001d88 <__udivdi3>
80000592:	8c4e                	mv	s8,s3
80000594:	8bd2                	mv	s7,s4
80000596:	89aa                	mv	s3,a0
80000598:	8a2e                	mv	s4,a1
8000059a:	008cf563          	bgeu	s9,s0,800005a4 <__ultoa_invert+0x50>
8000059e:	945a                	add	s0,s0,s6
800005a0:	0ff47413          	zext.b	s0,s0
800005a4:	0905                	add	s2,s2,1
800005a6:	03040413          	add	s0,s0,48
800005aa:	fe890fa3          	sb	s0,-1(s2)
800005ae:	015be663          	bltu	s7,s5,800005ba <__ultoa_invert+0x66>
800005b2:	fd7a92e3          	bne	s5,s7,80000576 <__ultoa_invert+0x22>
800005b6:	fc9c70e3          	bgeu	s8,s1,80000576 <__ultoa_invert+0x22>
800005ba:	854a                	mv	a0,s2
800005bc:	6930106f          	j	8000244e <__riscv_restore_10>

800005c0 <skip_to_arg>:
800005c0:	657012ef          	jal	t0,80002416 <__riscv_save_10>
800005c4:	4305                	li	t1,1
800005c6:	02500f13          	li	t5,37
800005ca:	88aa                	mv	a7,a0
800005cc:	00c34463          	blt	t1,a2,800005d4 <skip_to_arg+0x14>
800005d0:	67f0106f          	j	8000244e <__riscv_restore_10>
800005d4:	87c6                	mv	a5,a7
800005d6:	88be                	mv	a7,a5
800005d8:	0007c703          	lbu	a4,0(a5)
800005dc:	0785                	add	a5,a5,1
800005de:	db6d                	beqz	a4,800005d0 <skip_to_arg+0x10>
800005e0:	ffe71be3          	bne	a4,t5,800005d6 <skip_to_arg+0x16>
800005e4:	0007c703          	lbu	a4,0(a5)
800005e8:	0889                	add	a7,a7,2
800005ea:	ffe705e3          	beq	a4,t5,800005d4 <skip_to_arg+0x14>
800005ee:	6ecd                	lui	t4,0x13
800005f0:	4681                	li	a3,0
800005f2:	4e01                	li	t3,0
800005f4:	4781                	li	a5,0
800005f6:	42fd                	li	t0,31
800005f8:	06c00f93          	li	t6,108
800005fc:	07400393          	li	t2,116
80000600:	07a00413          	li	s0,122
80000604:	06800493          	li	s1,104
80000608:	06a00913          	li	s2,106
8000060c:	04c00993          	li	s3,76
80000610:	4a25                	li	s4,9
80000612:	02400a93          	li	s5,36
80000616:	07f00b13          	li	s6,127
8000061a:	4bc1                	li	s7,16
8000061c:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
80000620:	04f2e263          	bltu	t0,a5,80000664 <skip_to_arg+0xa4>
80000624:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
80000628:	0ff87813          	zext.b	a6,a6
8000062c:	030bf163          	bgeu	s7,a6,8000064e <skip_to_arg+0x8e>
80000630:	fd070813          	add	a6,a4,-48
80000634:	0ff87813          	zext.b	a6,a6
80000638:	4c25                	li	s8,9
8000063a:	050c6563          	bltu	s8,a6,80000684 <skip_to_arg+0xc4>
8000063e:	47a9                	li	a5,10
80000640:	02f687b3          	mul	a5,a3,a5
80000644:	00f806b3          	add	a3,a6,a5
80000648:	02000793          	li	a5,32
8000064c:	a039                	j	8000065a <skip_to_arg+0x9a>
8000064e:	010ed833          	srl	a6,t4,a6
80000652:	00187813          	and	a6,a6,1
80000656:	00080963          	beqz	a6,80000668 <skip_to_arg+0xa8>
8000065a:	0008c703          	lbu	a4,0(a7)
8000065e:	0885                	add	a7,a7,1
80000660:	f361                	bnez	a4,80000620 <skip_to_arg+0x60>
80000662:	a8b1                	j	800006be <skip_to_arg+0xfe>
80000664:	04fb6363          	bltu	s6,a5,800006aa <skip_to_arg+0xea>
80000668:	fd070813          	add	a6,a4,-48
8000066c:	0ff87813          	zext.b	a6,a6
80000670:	fd0a77e3          	bgeu	s4,a6,8000063e <skip_to_arg+0x7e>
80000674:	03571563          	bne	a4,s5,8000069e <skip_to_arg+0xde>
80000678:	0a0e0063          	beqz	t3,80000718 <skip_to_arg+0x158>
8000067c:	0a668063          	beq	a3,t1,8000071c <skip_to_arg+0x15c>
80000680:	4681                	li	a3,0
80000682:	bfe1                	j	8000065a <skip_to_arg+0x9a>
80000684:	0fb77813          	and	a6,a4,251
80000688:	02a00c13          	li	s8,42
8000068c:	ff880ae3          	beq	a6,s8,80000680 <skip_to_arg+0xc0>
80000690:	06c00813          	li	a6,108
80000694:	01071d63          	bne	a4,a6,800006ae <skip_to_arg+0xee>
80000698:	0807e793          	or	a5,a5,128
8000069c:	bf7d                	j	8000065a <skip_to_arg+0x9a>
8000069e:	0fb77813          	and	a6,a4,251
800006a2:	02a00c13          	li	s8,42
800006a6:	fd880de3          	beq	a6,s8,80000680 <skip_to_arg+0xc0>
800006aa:	05f70663          	beq	a4,t6,800006f6 <skip_to_arg+0x136>
800006ae:	02efef63          	bltu	t6,a4,800006ec <skip_to_arg+0x12c>
800006b2:	04970863          	beq	a4,s1,80000702 <skip_to_arg+0x142>
800006b6:	05270e63          	beq	a4,s2,80000712 <skip_to_arg+0x152>
800006ba:	05370c63          	beq	a4,s3,80000712 <skip_to_arg+0x152>
800006be:	f00e09e3          	beqz	t3,800005d0 <skip_to_arg+0x10>
800006c2:	f06e15e3          	bne	t3,t1,800005cc <skip_to_arg+0xc>
800006c6:	02076893          	or	a7,a4,32
800006ca:	f9b88813          	add	a6,a7,-101
800006ce:	0ff87813          	zext.b	a6,a6
800006d2:	4e09                	li	t3,2
800006d4:	4194                	lw	a3,0(a1)
800006d6:	010e7663          	bgeu	t3,a6,800006e2 <skip_to_arg+0x122>
800006da:	06100813          	li	a6,97
800006de:	05089263          	bne	a7,a6,80000722 <skip_to_arg+0x162>
800006e2:	069d                	add	a3,a3,7
800006e4:	9ae1                	and	a3,a3,-8
800006e6:	00868713          	add	a4,a3,8
800006ea:	a091                	j	8000072e <skip_to_arg+0x16e>
800006ec:	f67707e3          	beq	a4,t2,8000065a <skip_to_arg+0x9a>
800006f0:	f68705e3          	beq	a4,s0,8000065a <skip_to_arg+0x9a>
800006f4:	b7e9                	j	800006be <skip_to_arg+0xfe>
800006f6:	0807f713          	and	a4,a5,128
800006fa:	df59                	beqz	a4,80000698 <skip_to_arg+0xd8>
800006fc:	2007e793          	or	a5,a5,512
80000700:	bf61                	j	80000698 <skip_to_arg+0xd8>
80000702:	1007f713          	and	a4,a5,256
80000706:	c319                	beqz	a4,8000070c <skip_to_arg+0x14c>
80000708:	2007e793          	or	a5,a5,512
8000070c:	1007e793          	or	a5,a5,256
80000710:	b7a9                	j	8000065a <skip_to_arg+0x9a>
80000712:	2807e793          	or	a5,a5,640
80000716:	b791                	j	8000065a <skip_to_arg+0x9a>
80000718:	8e36                	mv	t3,a3
8000071a:	b79d                	j	80000680 <skip_to_arg+0xc0>
8000071c:	06300713          	li	a4,99
80000720:	b75d                	j	800006c6 <skip_to_arg+0x106>
80000722:	06300813          	li	a6,99
80000726:	01071763          	bne	a4,a6,80000734 <skip_to_arg+0x174>
8000072a:	00468713          	add	a4,a3,4
8000072e:	c198                	sw	a4,0(a1)
80000730:	0305                	add	t1,t1,1
80000732:	bd61                	j	800005ca <skip_to_arg+0xa>
80000734:	07300813          	li	a6,115
80000738:	ff0709e3          	beq	a4,a6,8000072a <skip_to_arg+0x16a>
8000073c:	0807f813          	and	a6,a5,128
80000740:	00468713          	add	a4,a3,4
80000744:	fe0805e3          	beqz	a6,8000072e <skip_to_arg+0x16e>
80000748:	2007f793          	and	a5,a5,512
8000074c:	d3ed                	beqz	a5,8000072e <skip_to_arg+0x16e>
8000074e:	bf51                	j	800006e2 <skip_to_arg+0x122>

80000750 <__d_vfprintf>:
80000750:	4bf012ef          	jal	t0,8000240e <__riscv_save_12>
80000754:	00454783          	lbu	a5,4(a0)
80000758:	7139                	add	sp,sp,-64
8000075a:	c02a                	sw	a0,0(sp)
8000075c:	c42e                	sw	a1,8(sp)
8000075e:	c632                	sw	a2,12(sp)
80000760:	8b89                	and	a5,a5,2
80000762:	00852a03          	lw	s4,8(a0)
80000766:	c785                	beqz	a5,8000078e <__d_vfprintf+0x3e>
80000768:	d232                	sw	a2,36(sp)
8000076a:	87ae                	mv	a5,a1
8000076c:	4401                	li	s0,0
8000076e:	0007c903          	lbu	s2,0(a5)
80000772:	00090f63          	beqz	s2,80000790 <__d_vfprintf+0x40>
80000776:	02500713          	li	a4,37
8000077a:	00e90f63          	beq	s2,a4,80000798 <__d_vfprintf+0x48>
8000077e:	0785                	add	a5,a5,1
80000780:	c23e                	sw	a5,4(sp)
80000782:	4582                	lw	a1,0(sp)
80000784:	854a                	mv	a0,s2
80000786:	0405                	add	s0,s0,1
80000788:	9a02                	jalr	s4
8000078a:	280552e3          	bgez	a0,8000120e <__d_vfprintf+0xabe>
8000078e:	547d                	li	s0,-1
80000790:	8522                	mv	a0,s0
80000792:	6121                	add	sp,sp,64
80000794:	4b70106f          	j	8000244a <__riscv_restore_12>
80000798:	0017c903          	lbu	s2,1(a5)
8000079c:	00278713          	add	a4,a5,2
800007a0:	c23a                	sw	a4,4(sp)
800007a2:	02500793          	li	a5,37
800007a6:	fcf90ee3          	beq	s2,a5,80000782 <__d_vfprintf+0x32>
800007aa:	800024b7          	lui	s1,0x80002
800007ae:	4a81                	li	s5,0
800007b0:	4d01                	li	s10,0
800007b2:	4b01                	li	s6,0
800007b4:	4d81                	li	s11,0
800007b6:	06c00993          	li	s3,108
800007ba:	07400b93          	li	s7,116
800007be:	07a00c13          	li	s8,122
800007c2:	06800c93          	li	s9,104
800007c6:	5a848493          	add	s1,s1,1448 # 800025a8 <__text_end+0x13a>
800007ca:	47fd                	li	a5,31
800007cc:	07b7e163          	bltu	a5,s11,8000082e <__d_vfprintf+0xde>
800007d0:	fe090793          	add	a5,s2,-32
800007d4:	0ff7f793          	zext.b	a5,a5
800007d8:	4741                	li	a4,16
800007da:	00f76663          	bltu	a4,a5,800007e6 <__d_vfprintf+0x96>
800007de:	078a                	sll	a5,a5,0x2
800007e0:	97a6                	add	a5,a5,s1
800007e2:	439c                	lw	a5,0(a5)
800007e4:	8782                	jr	a5
800007e6:	fd090793          	add	a5,s2,-48
800007ea:	0ff7f793          	zext.b	a5,a5
800007ee:	4725                	li	a4,9
800007f0:	06f76463          	bltu	a4,a5,80000858 <__d_vfprintf+0x108>
800007f4:	46a9                	li	a3,10
800007f6:	02db06b3          	mul	a3,s6,a3
800007fa:	00f68b33          	add	s6,a3,a5
800007fe:	020ded93          	or	s11,s11,32
80000802:	a019                	j	80000808 <__d_vfprintf+0xb8>
80000804:	001ded93          	or	s11,s11,1
80000808:	4792                	lw	a5,4(sp)
8000080a:	0007c903          	lbu	s2,0(a5)
8000080e:	0785                	add	a5,a5,1
80000810:	c23e                	sw	a5,4(sp)
80000812:	fa091ce3          	bnez	s2,800007ca <__d_vfprintf+0x7a>
80000816:	a0dd                	j	800008fc <__d_vfprintf+0x1ac>
80000818:	002ded93          	or	s11,s11,2
8000081c:	004ded93          	or	s11,s11,4
80000820:	b7e5                	j	80000808 <__d_vfprintf+0xb8>
80000822:	008ded93          	or	s11,s11,8
80000826:	b7cd                	j	80000808 <__d_vfprintf+0xb8>
80000828:	010ded93          	or	s11,s11,16
8000082c:	bff1                	j	80000808 <__d_vfprintf+0xb8>
8000082e:	07f00793          	li	a5,127
80000832:	0bb7e763          	bltu	a5,s11,800008e0 <__d_vfprintf+0x190>
80000836:	fd090693          	add	a3,s2,-48
8000083a:	0ff6f693          	zext.b	a3,a3
8000083e:	47a5                	li	a5,9
80000840:	00d7ec63          	bltu	a5,a3,80000858 <__d_vfprintf+0x108>
80000844:	040df613          	and	a2,s11,64
80000848:	87b6                	mv	a5,a3
8000084a:	d64d                	beqz	a2,800007f4 <__d_vfprintf+0xa4>
8000084c:	47a9                	li	a5,10
8000084e:	02fd07b3          	mul	a5,s10,a5
80000852:	00d78d33          	add	s10,a5,a3
80000856:	bf4d                	j	80000808 <__d_vfprintf+0xb8>
80000858:	02a00793          	li	a5,42
8000085c:	02f91663          	bne	s2,a5,80000888 <__d_vfprintf+0x138>
80000860:	fa0a94e3          	bnez	s5,80000808 <__d_vfprintf+0xb8>
80000864:	5692                	lw	a3,36(sp)
80000866:	040df793          	and	a5,s11,64
8000086a:	00468613          	add	a2,a3,4
8000086e:	4294                	lw	a3,0(a3)
80000870:	d232                	sw	a2,36(sp)
80000872:	c399                	beqz	a5,80000878 <__d_vfprintf+0x128>
80000874:	8d36                	mv	s10,a3
80000876:	bf49                	j	80000808 <__d_vfprintf+0xb8>
80000878:	8b36                	mv	s6,a3
8000087a:	f806d2e3          	bgez	a3,800007fe <__d_vfprintf+0xae>
8000087e:	40d00b33          	neg	s6,a3
80000882:	028ded93          	or	s11,s11,40
80000886:	b749                	j	80000808 <__d_vfprintf+0xb8>
80000888:	02e00793          	li	a5,46
8000088c:	00f91963          	bne	s2,a5,8000089e <__d_vfprintf+0x14e>
80000890:	040df793          	and	a5,s11,64
80000894:	ee079ee3          	bnez	a5,80000790 <__d_vfprintf+0x40>
80000898:	040ded93          	or	s11,s11,64
8000089c:	b7b5                	j	80000808 <__d_vfprintf+0xb8>
8000089e:	02400793          	li	a5,36
800008a2:	02f91f63          	bne	s2,a5,800008e0 <__d_vfprintf+0x190>
800008a6:	120a8a63          	beqz	s5,800009da <__d_vfprintf+0x28a>
800008aa:	47b2                	lw	a5,12(sp)
800008ac:	d23e                	sw	a5,36(sp)
800008ae:	040df793          	and	a5,s11,64
800008b2:	ef81                	bnez	a5,800008ca <__d_vfprintf+0x17a>
800008b4:	4522                	lw	a0,8(sp)
800008b6:	865a                	mv	a2,s6
800008b8:	104c                	add	a1,sp,36
800008ba:	3319                	jal	800005c0 <skip_to_arg>
800008bc:	5792                	lw	a5,36(sp)
800008be:	00478693          	add	a3,a5,4
800008c2:	0007ab03          	lw	s6,0(a5)
800008c6:	d236                	sw	a3,36(sp)
800008c8:	b781                	j	80000808 <__d_vfprintf+0xb8>
800008ca:	4522                	lw	a0,8(sp)
800008cc:	866a                	mv	a2,s10
800008ce:	104c                	add	a1,sp,36
800008d0:	39c5                	jal	800005c0 <skip_to_arg>
800008d2:	5792                	lw	a5,36(sp)
800008d4:	00478693          	add	a3,a5,4
800008d8:	0007ad03          	lw	s10,0(a5)
800008dc:	d236                	sw	a3,36(sp)
800008de:	b72d                	j	80000808 <__d_vfprintf+0xb8>
800008e0:	0d390a63          	beq	s2,s3,800009b4 <__d_vfprintf+0x264>
800008e4:	0d29e363          	bltu	s3,s2,800009aa <__d_vfprintf+0x25a>
800008e8:	0d990e63          	beq	s2,s9,800009c4 <__d_vfprintf+0x274>
800008ec:	06a00793          	li	a5,106
800008f0:	0ef90263          	beq	s2,a5,800009d4 <__d_vfprintf+0x284>
800008f4:	04c00793          	li	a5,76
800008f8:	0cf90e63          	beq	s2,a5,800009d4 <__d_vfprintf+0x284>
800008fc:	000a8863          	beqz	s5,8000090c <__d_vfprintf+0x1bc>
80000900:	47b2                	lw	a5,12(sp)
80000902:	4522                	lw	a0,8(sp)
80000904:	8656                	mv	a2,s5
80000906:	104c                	add	a1,sp,36
80000908:	d23e                	sw	a5,36(sp)
8000090a:	395d                	jal	800005c0 <skip_to_arg>
8000090c:	000d5963          	bgez	s10,8000091e <__d_vfprintf+0x1ce>
80000910:	fbfdf813          	and	a6,s11,-65
80000914:	01081d93          	sll	s11,a6,0x10
80000918:	010ddd93          	srl	s11,s11,0x10
8000091c:	4d01                	li	s10,0
8000091e:	02096c93          	or	s9,s2,32
80000922:	f9bc8793          	add	a5,s9,-101
80000926:	0ff7f793          	zext.b	a5,a5
8000092a:	4709                	li	a4,2
8000092c:	0af77d63          	bgeu	a4,a5,800009e6 <__d_vfprintf+0x296>
80000930:	06100793          	li	a5,97
80000934:	6afc9163          	bne	s9,a5,80000fd6 <__d_vfprintf+0x886>
80000938:	5792                	lw	a5,36(sp)
8000093a:	6a89                	lui	s5,0x2
8000093c:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
80000940:	079d                	add	a5,a5,7
80000942:	9be1                	and	a5,a5,-8
80000944:	0047ab83          	lw	s7,4(a5)
80000948:	0007a883          	lw	a7,0(a5)
8000094c:	00878713          	add	a4,a5,8
80000950:	414bd993          	sra	s3,s7,0x14
80000954:	00cb9c13          	sll	s8,s7,0xc
80000958:	7ff9f993          	and	s3,s3,2047
8000095c:	00cc5c93          	srl	s9,s8,0xc
80000960:	015deab3          	or	s5,s11,s5
80000964:	0119e533          	or	a0,s3,a7
80000968:	fff94913          	not	s2,s2
8000096c:	0ac2                	sll	s5,s5,0x10
8000096e:	d23a                	sw	a4,36(sp)
80000970:	019567b3          	or	a5,a0,s9
80000974:	02097913          	and	s2,s2,32
80000978:	010ada93          	srl	s5,s5,0x10
8000097c:	86c6                	mv	a3,a7
8000097e:	8c66                	mv	s8,s9
80000980:	040df813          	and	a6,s11,64
80000984:	01fbdb93          	srl	s7,s7,0x1f
80000988:	ebdd                	bnez	a5,80000a3e <__d_vfprintf+0x2ee>
8000098a:	03000793          	li	a5,48
8000098e:	0ffbfb93          	zext.b	s7,s7
80000992:	02f106a3          	sb	a5,45(sp)
80000996:	03710623          	sb	s7,44(sp)
8000099a:	24080d63          	beqz	a6,80000bf4 <__d_vfprintf+0x4a4>
8000099e:	47b1                	li	a5,12
800009a0:	4981                	li	s3,0
800009a2:	0da7d263          	bge	a5,s10,80000a66 <__d_vfprintf+0x316>
800009a6:	4d35                	li	s10,13
800009a8:	aa85                	j	80000b18 <__d_vfprintf+0x3c8>
800009aa:	e5790fe3          	beq	s2,s7,80000808 <__d_vfprintf+0xb8>
800009ae:	e5890de3          	beq	s2,s8,80000808 <__d_vfprintf+0xb8>
800009b2:	b7a9                	j	800008fc <__d_vfprintf+0x1ac>
800009b4:	080df793          	and	a5,s11,128
800009b8:	c399                	beqz	a5,800009be <__d_vfprintf+0x26e>
800009ba:	200ded93          	or	s11,s11,512
800009be:	080ded93          	or	s11,s11,128
800009c2:	b599                	j	80000808 <__d_vfprintf+0xb8>
800009c4:	100df793          	and	a5,s11,256
800009c8:	c399                	beqz	a5,800009ce <__d_vfprintf+0x27e>
800009ca:	200ded93          	or	s11,s11,512
800009ce:	100ded93          	or	s11,s11,256
800009d2:	bd1d                	j	80000808 <__d_vfprintf+0xb8>
800009d4:	280ded93          	or	s11,s11,640
800009d8:	bd05                	j	80000808 <__d_vfprintf+0xb8>
800009da:	875a                	mv	a4,s6
800009dc:	4d01                	li	s10,0
800009de:	4b01                	li	s6,0
800009e0:	8aba                	mv	s5,a4
800009e2:	4d81                	li	s11,0
800009e4:	b515                	j	80000808 <__d_vfprintf+0xb8>
800009e6:	5792                	lw	a5,36(sp)
800009e8:	fff94913          	not	s2,s2
800009ec:	02097913          	and	s2,s2,32
800009f0:	079d                	add	a5,a5,7
800009f2:	9be1                	and	a5,a5,-8
800009f4:	00878713          	add	a4,a5,8
800009f8:	4388                	lw	a0,0(a5)
800009fa:	43cc                	lw	a1,4(a5)
800009fc:	d23a                	sw	a4,36(sp)
800009fe:	040df793          	and	a5,s11,64
80000a02:	20078d63          	beqz	a5,80000c1c <__d_vfprintf+0x4cc>
80000a06:	06500793          	li	a5,101
80000a0a:	20fc9b63          	bne	s9,a5,80000c20 <__d_vfprintf+0x4d0>
80000a0e:	6785                	lui	a5,0x1
80000a10:	001d0613          	add	a2,s10,1
80000a14:	00fdedb3          	or	s11,s11,a5
80000a18:	0ff67613          	zext.b	a2,a2
80000a1c:	4701                	li	a4,0
80000a1e:	4781                	li	a5,0
80000a20:	4345                	li	t1,17
80000a22:	0ff67693          	zext.b	a3,a2
80000a26:	00c37363          	bgeu	t1,a2,80000a2c <__d_vfprintf+0x2dc>
80000a2a:	46c5                	li	a3,17
80000a2c:	1030                	add	a2,sp,40
80000a2e:	317000ef          	jal	80001544 <__dtoa_engine>
80000a32:	0ff57b93          	zext.b	s7,a0
80000a36:	59a2                	lw	s3,40(sp)
80000a38:	8aee                	mv	s5,s11
80000a3a:	4c09                	li	s8,2
80000a3c:	aa01                	j	80000b4c <__d_vfprintf+0x3fc>
80000a3e:	03100793          	li	a5,49
80000a42:	00099563          	bnez	s3,80000a4c <__d_vfprintf+0x2fc>
80000a46:	03000793          	li	a5,48
80000a4a:	4985                	li	s3,1
80000a4c:	0ffbfb93          	zext.b	s7,s7
80000a50:	02f106a3          	sb	a5,45(sp)
80000a54:	03710623          	sb	s7,44(sp)
80000a58:	c0198993          	add	s3,s3,-1023
80000a5c:	18080363          	beqz	a6,80000be2 <__d_vfprintf+0x492>
80000a60:	47b1                	li	a5,12
80000a62:	19a7c263          	blt	a5,s10,80000be6 <__d_vfprintf+0x496>
80000a66:	4335                	li	t1,13
80000a68:	41a30333          	sub	t1,t1,s10
80000a6c:	00231d93          	sll	s11,t1,0x2
80000a70:	fffd8613          	add	a2,s11,-1
80000a74:	4505                	li	a0,1
80000a76:	4581                	li	a1,0
80000a78:	ca46                	sw	a7,20(sp)
80000a7a:	c836                	sw	a3,16(sp)
80000a7c:	2ba010ef          	jal	80001d36 <__ashldi3>
80000a80:	84aa                	mv	s1,a0
80000a82:	872e                	mv	a4,a1
80000a84:	00171793          	sll	a5,a4,0x1
80000a88:	85aa                	mv	a1,a0
80000a8a:	01f4d513          	srl	a0,s1,0x1f
80000a8e:	00149e13          	sll	t3,s1,0x1
80000a92:	8fc9                	or	a5,a5,a0
80000a94:	40f00c33          	neg	s8,a5
80000a98:	01c03533          	snez	a0,t3
80000a9c:	48d2                	lw	a7,20(sp)
80000a9e:	41c00833          	neg	a6,t3
80000aa2:	40ac0c33          	sub	s8,s8,a0
80000aa6:	fffe0513          	add	a0,t3,-1
80000aaa:	001e3e13          	seqz	t3,t3
80000aae:	41c787b3          	sub	a5,a5,t3
80000ab2:	0197f7b3          	and	a5,a5,s9
80000ab6:	01157533          	and	a0,a0,a7
80000aba:	02f74663          	blt	a4,a5,80000ae6 <__d_vfprintf+0x396>
80000abe:	46c2                	lw	a3,16(sp)
80000ac0:	00e79463          	bne	a5,a4,80000ac8 <__d_vfprintf+0x378>
80000ac4:	02a5e163          	bltu	a1,a0,80000ae6 <__d_vfprintf+0x396>
80000ac8:	8546                	mv	a0,a7
80000aca:	866e                	mv	a2,s11
80000acc:	85e6                	mv	a1,s9
80000ace:	ce3a                	sw	a4,28(sp)
80000ad0:	cc42                	sw	a6,24(sp)
80000ad2:	ca36                	sw	a3,20(sp)
80000ad4:	c846                	sw	a7,16(sp)
80000ad6:	288010ef          	jal	80001d5e <__ashrdi3>
80000ada:	8905                	and	a0,a0,1
80000adc:	48c2                	lw	a7,16(sp)
80000ade:	46d2                	lw	a3,20(sp)
80000ae0:	4862                	lw	a6,24(sp)
80000ae2:	4772                	lw	a4,28(sp)
80000ae4:	c94d                	beqz	a0,80000b96 <__d_vfprintf+0x446>
80000ae6:	00988533          	add	a0,a7,s1
80000aea:	01153db3          	sltu	s11,a0,a7
80000aee:	9766                	add	a4,a4,s9
80000af0:	00ed8cb3          	add	s9,s11,a4
80000af4:	001007b7          	lui	a5,0x100
80000af8:	86aa                	mv	a3,a0
80000afa:	08fcce63          	blt	s9,a5,80000b96 <__d_vfprintf+0x446>
80000afe:	02d14783          	lbu	a5,45(sp)
80000b02:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000b04:	02f106a3          	sb	a5,45(sp)
80000b08:	40000793          	li	a5,1024
80000b0c:	0af98163          	beq	s3,a5,80000bae <__d_vfprintf+0x45e>
80000b10:	00a87533          	and	a0,a6,a0
80000b14:	019c7c33          	and	s8,s8,s9
80000b18:	05700613          	li	a2,87
80000b1c:	1034                	add	a3,sp,40
80000b1e:	4735                	li	a4,13
80000b20:	45a5                	li	a1,9
80000b22:	41260633          	sub	a2,a2,s2
80000b26:	01cc1813          	sll	a6,s8,0x1c
80000b2a:	00f57793          	and	a5,a0,15
80000b2e:	8111                	srl	a0,a0,0x4
80000b30:	00a86533          	or	a0,a6,a0
80000b34:	404c5c13          	sra	s8,s8,0x4
80000b38:	e7e1                	bnez	a5,80000c00 <__d_vfprintf+0x4b0>
80000b3a:	0ced5563          	bge	s10,a4,80000c04 <__d_vfprintf+0x4b4>
80000b3e:	177d                	add	a4,a4,-1
80000b40:	16fd                	add	a3,a3,-1
80000b42:	f375                	bnez	a4,80000b26 <__d_vfprintf+0x3d6>
80000b44:	4c05                	li	s8,1
80000b46:	4bb9                	li	s7,14
80000b48:	07000c93          	li	s9,112
80000b4c:	00998713          	add	a4,s3,9
80000b50:	46c9                	li	a3,18
80000b52:	87ce                	mv	a5,s3
80000b54:	06e6e863          	bltu	a3,a4,80000bc4 <__d_vfprintf+0x474>
80000b58:	02c14703          	lbu	a4,44(sp)
80000b5c:	00177d93          	and	s11,a4,1
80000b60:	8b31                	and	a4,a4,12
80000b62:	120d9a63          	bnez	s11,80000c96 <__d_vfprintf+0x546>
80000b66:	002af793          	and	a5,s5,2
80000b6a:	12079263          	bnez	a5,80000c8e <__d_vfprintf+0x53e>
80000b6e:	004af793          	and	a5,s5,4
80000b72:	cfe9                	beqz	a5,80000c4c <__d_vfprintf+0x4fc>
80000b74:	12071563          	bnez	a4,80000c9e <__d_vfprintf+0x54e>
80000b78:	02000713          	li	a4,32
80000b7c:	678d                	lui	a5,0x3
80000b7e:	00faf7b3          	and	a5,s5,a5
80000b82:	1c079363          	bnez	a5,80000d48 <__d_vfprintf+0x5f8>
80000b86:	000d1363          	bnez	s10,80000b8c <__d_vfprintf+0x43c>
80000b8a:	4d05                	li	s10,1
80000b8c:	103c                	add	a5,sp,40
80000b8e:	97de                	add	a5,a5,s7
80000b90:	03000693          	li	a3,48
80000b94:	aa9d                	j	80000d0a <__d_vfprintf+0x5ba>
80000b96:	0106f6b3          	and	a3,a3,a6
80000b9a:	018cfcb3          	and	s9,s9,s8
80000b9e:	40000793          	li	a5,1024
80000ba2:	04f99c63          	bne	s3,a5,80000bfa <__d_vfprintf+0x4aa>
80000ba6:	0196ecb3          	or	s9,a3,s9
80000baa:	040c8063          	beqz	s9,80000bea <__d_vfprintf+0x49a>
80000bae:	008beb93          	or	s7,s7,8
80000bb2:	03710623          	sb	s7,44(sp)
80000bb6:	40000993          	li	s3,1024
80000bba:	4bb9                	li	s7,14
80000bbc:	07000c93          	li	s9,112
80000bc0:	40000793          	li	a5,1024
80000bc4:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000bc8:	0c600693          	li	a3,198
80000bcc:	4c09                	li	s8,2
80000bce:	f8e6f5e3          	bgeu	a3,a4,80000b58 <__d_vfprintf+0x408>
80000bd2:	3e778793          	add	a5,a5,999
80000bd6:	7ce00c13          	li	s8,1998
80000bda:	00fc3c33          	sltu	s8,s8,a5
80000bde:	0c0d                	add	s8,s8,3
80000be0:	bfa5                	j	80000b58 <__d_vfprintf+0x408>
80000be2:	4d01                	li	s10,0
80000be4:	bf6d                	j	80000b9e <__d_vfprintf+0x44e>
80000be6:	4d35                	li	s10,13
80000be8:	bf5d                	j	80000b9e <__d_vfprintf+0x44e>
80000bea:	004beb93          	or	s7,s7,4
80000bee:	03710623          	sb	s7,44(sp)
80000bf2:	b7e1                	j	80000bba <__d_vfprintf+0x46a>
80000bf4:	4981                	li	s3,0
80000bf6:	4d01                	li	s10,0
80000bf8:	b705                	j	80000b18 <__d_vfprintf+0x3c8>
80000bfa:	8536                	mv	a0,a3
80000bfc:	8c66                	mv	s8,s9
80000bfe:	bf29                	j	80000b18 <__d_vfprintf+0x3c8>
80000c00:	00f5ea63          	bltu	a1,a5,80000c14 <__d_vfprintf+0x4c4>
80000c04:	03078793          	add	a5,a5,48
80000c08:	00f68923          	sb	a5,18(a3)
80000c0c:	f2ed59e3          	bge	s10,a4,80000b3e <__d_vfprintf+0x3ee>
80000c10:	8d3a                	mv	s10,a4
80000c12:	b735                	j	80000b3e <__d_vfprintf+0x3ee>
80000c14:	97b2                	add	a5,a5,a2
80000c16:	0ff7f793          	zext.b	a5,a5
80000c1a:	b7fd                	j	80000c08 <__d_vfprintf+0x4b8>
80000c1c:	4d19                	li	s10,6
80000c1e:	b3e5                	j	80000a06 <__d_vfprintf+0x2b6>
80000c20:	06600793          	li	a5,102
80000c24:	00fc9963          	bne	s9,a5,80000c36 <__d_vfprintf+0x4e6>
80000c28:	6789                	lui	a5,0x2
80000c2a:	00fdedb3          	or	s11,s11,a5
80000c2e:	4705                	li	a4,1
80000c30:	87ea                	mv	a5,s10
80000c32:	4645                	li	a2,17
80000c34:	b3f5                	j	80000a20 <__d_vfprintf+0x2d0>
80000c36:	0ffd7793          	zext.b	a5,s10
80000c3a:	0ffd7613          	zext.b	a2,s10
80000c3e:	e391                	bnez	a5,80000c42 <__d_vfprintf+0x4f2>
80000c40:	4605                	li	a2,1
80000c42:	4701                	li	a4,0
80000c44:	4781                	li	a5,0
80000c46:	06500c93          	li	s9,101
80000c4a:	bbd9                	j	80000a20 <__d_vfprintf+0x2d0>
80000c4c:	db05                	beqz	a4,80000b7c <__d_vfprintf+0x42c>
80000c4e:	478d                	li	a5,3
80000c50:	0967d163          	bge	a5,s6,80000cd2 <__d_vfprintf+0x582>
80000c54:	008afa93          	and	s5,s5,8
80000c58:	ffdb0493          	add	s1,s6,-3
80000c5c:	000a9f63          	bnez	s5,80000c7a <__d_vfprintf+0x52a>
80000c60:	94a2                	add	s1,s1,s0
80000c62:	4582                	lw	a1,0(sp)
80000c64:	02000513          	li	a0,32
80000c68:	0405                	add	s0,s0,1
80000c6a:	9a02                	jalr	s4
80000c6c:	b20541e3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000c70:	fe8499e3          	bne	s1,s0,80000c62 <__d_vfprintf+0x512>
80000c74:	4481                	li	s1,0
80000c76:	020d9f63          	bnez	s11,80000cb4 <__d_vfprintf+0x564>
80000c7a:	02c14783          	lbu	a5,44(sp)
80000c7e:	8ba1                	and	a5,a5,8
80000c80:	efad                	bnez	a5,80000cfa <__d_vfprintf+0x5aa>
80000c82:	800029b7          	lui	s3,0x80002
80000c86:	59898993          	add	s3,s3,1432 # 80002598 <__text_end+0x12a>
80000c8a:	8c22                	mv	s8,s0
80000c8c:	a8b1                	j	80000ce8 <__d_vfprintf+0x598>
80000c8e:	eb15                	bnez	a4,80000cc2 <__d_vfprintf+0x572>
80000c90:	02b00713          	li	a4,43
80000c94:	b5e5                	j	80000b7c <__d_vfprintf+0x42c>
80000c96:	eb0d                	bnez	a4,80000cc8 <__d_vfprintf+0x578>
80000c98:	02d00713          	li	a4,45
80000c9c:	b5c5                	j	80000b7c <__d_vfprintf+0x42c>
80000c9e:	02000d93          	li	s11,32
80000ca2:	4791                	li	a5,4
80000ca4:	0367d563          	bge	a5,s6,80000cce <__d_vfprintf+0x57e>
80000ca8:	008afa93          	and	s5,s5,8
80000cac:	ffcb0493          	add	s1,s6,-4
80000cb0:	fa0a88e3          	beqz	s5,80000c60 <__d_vfprintf+0x510>
80000cb4:	4582                	lw	a1,0(sp)
80000cb6:	856e                	mv	a0,s11
80000cb8:	0405                	add	s0,s0,1
80000cba:	9a02                	jalr	s4
80000cbc:	fa055fe3          	bgez	a0,80000c7a <__d_vfprintf+0x52a>
80000cc0:	b4f9                	j	8000078e <__d_vfprintf+0x3e>
80000cc2:	02b00d93          	li	s11,43
80000cc6:	bff1                	j	80000ca2 <__d_vfprintf+0x552>
80000cc8:	02d00d93          	li	s11,45
80000ccc:	bfd9                	j	80000ca2 <__d_vfprintf+0x552>
80000cce:	4481                	li	s1,0
80000cd0:	b7d5                	j	80000cb4 <__d_vfprintf+0x564>
80000cd2:	4481                	li	s1,0
80000cd4:	b75d                	j	80000c7a <__d_vfprintf+0x52a>
80000cd6:	4582                	lw	a1,0(sp)
80000cd8:	41250533          	sub	a0,a0,s2
80000cdc:	0ff57513          	zext.b	a0,a0
80000ce0:	0c05                	add	s8,s8,1
80000ce2:	9a02                	jalr	s4
80000ce4:	aa0545e3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000ce8:	408c07b3          	sub	a5,s8,s0
80000cec:	97ce                	add	a5,a5,s3
80000cee:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000cf2:	f175                	bnez	a0,80000cd6 <__d_vfprintf+0x586>
80000cf4:	8462                	mv	s0,s8
80000cf6:	94e2                	add	s1,s1,s8
80000cf8:	a515                	j	8000131c <__d_vfprintf+0xbcc>
80000cfa:	800029b7          	lui	s3,0x80002
80000cfe:	59c98993          	add	s3,s3,1436 # 8000259c <__text_end+0x12e>
80000d02:	b761                	j	80000c8a <__d_vfprintf+0x53a>
80000d04:	1bfd                	add	s7,s7,-1
80000d06:	0ffbfb93          	zext.b	s7,s7
80000d0a:	000b8763          	beqz	s7,80000d18 <__d_vfprintf+0x5c8>
80000d0e:	0047c603          	lbu	a2,4(a5)
80000d12:	17fd                	add	a5,a5,-1
80000d14:	fed608e3          	beq	a2,a3,80000d04 <__d_vfprintf+0x5b4>
80000d18:	010af693          	and	a3,s5,16
80000d1c:	87ea                	mv	a5,s10
80000d1e:	e291                	bnez	a3,80000d22 <__d_vfprintf+0x5d2>
80000d20:	87de                	mv	a5,s7
80000d22:	56f1                	li	a3,-4
80000d24:	0ed9cc63          	blt	s3,a3,80000e1c <__d_vfprintf+0x6cc>
80000d28:	0fa9da63          	bge	s3,s10,80000e1c <__d_vfprintf+0x6cc>
80000d2c:	6689                	lui	a3,0x2
80000d2e:	00dae6b3          	or	a3,s5,a3
80000d32:	01069a93          	sll	s5,a3,0x10
80000d36:	010ada93          	srl	s5,s5,0x10
80000d3a:	4d01                	li	s10,0
80000d3c:	00f9d663          	bge	s3,a5,80000d48 <__d_vfprintf+0x5f8>
80000d40:	00198893          	add	a7,s3,1
80000d44:	41178d33          	sub	s10,a5,a7
80000d48:	6d89                	lui	s11,0x2
80000d4a:	01bafdb3          	and	s11,s5,s11
80000d4e:	0c0d8a63          	beqz	s11,80000e22 <__d_vfprintf+0x6d2>
80000d52:	87ce                	mv	a5,s3
80000d54:	0009d363          	bgez	s3,80000d5a <__d_vfprintf+0x60a>
80000d58:	4781                	li	a5,0
80000d5a:	0785                	add	a5,a5,1
80000d5c:	c311                	beqz	a4,80000d60 <__d_vfprintf+0x610>
80000d5e:	0785                	add	a5,a5,1
80000d60:	0c0d0963          	beqz	s10,80000e32 <__d_vfprintf+0x6e2>
80000d64:	001d0693          	add	a3,s10,1
80000d68:	97b6                	add	a5,a5,a3
80000d6a:	4481                	li	s1,0
80000d6c:	0167d463          	bge	a5,s6,80000d74 <__d_vfprintf+0x624>
80000d70:	40fb04b3          	sub	s1,s6,a5
80000d74:	009af793          	and	a5,s5,9
80000d78:	e789                	bnez	a5,80000d82 <__d_vfprintf+0x632>
80000d7a:	94a2                	add	s1,s1,s0
80000d7c:	0c849063          	bne	s1,s0,80000e3c <__d_vfprintf+0x6ec>
80000d80:	4481                	li	s1,0
80000d82:	c719                	beqz	a4,80000d90 <__d_vfprintf+0x640>
80000d84:	4582                	lw	a1,0(sp)
80000d86:	853a                	mv	a0,a4
80000d88:	0405                	add	s0,s0,1
80000d8a:	9a02                	jalr	s4
80000d8c:	a00541e3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000d90:	00bad793          	srl	a5,s5,0xb
80000d94:	8b85                	and	a5,a5,1
80000d96:	c395                	beqz	a5,80000dba <__d_vfprintf+0x66a>
80000d98:	4582                	lw	a1,0(sp)
80000d9a:	03000513          	li	a0,48
80000d9e:	9a02                	jalr	s4
80000da0:	9e0547e3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000da4:	07800513          	li	a0,120
80000da8:	4582                	lw	a1,0(sp)
80000daa:	41250533          	sub	a0,a0,s2
80000dae:	0f857513          	and	a0,a0,248
80000db2:	0409                	add	s0,s0,2
80000db4:	9a02                	jalr	s4
80000db6:	9c054ce3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000dba:	008af793          	and	a5,s5,8
80000dbe:	e791                	bnez	a5,80000dca <__d_vfprintf+0x67a>
80000dc0:	8b22                	mv	s6,s0
80000dc2:	9426                	add	s0,s0,s1
80000dc4:	09641663          	bne	s0,s6,80000e50 <__d_vfprintf+0x700>
80000dc8:	4481                	li	s1,0
80000dca:	0c0d8f63          	beqz	s11,80000ea8 <__d_vfprintf+0x758>
80000dce:	8cce                	mv	s9,s3
80000dd0:	0009d363          	bgez	s3,80000dd6 <__d_vfprintf+0x686>
80000dd4:	4c81                	li	s9,0
80000dd6:	41998db3          	sub	s11,s3,s9
80000dda:	41a00d33          	neg	s10,s10
80000dde:	5b7d                	li	s6,-1
80000de0:	03000513          	li	a0,48
80000de4:	017df663          	bgeu	s11,s7,80000df0 <__d_vfprintf+0x6a0>
80000de8:	103c                	add	a5,sp,40
80000dea:	97ee                	add	a5,a5,s11
80000dec:	0057c503          	lbu	a0,5(a5)
80000df0:	1cfd                	add	s9,s9,-1
80000df2:	00140c13          	add	s8,s0,1
80000df6:	07acc563          	blt	s9,s10,80000e60 <__d_vfprintf+0x710>
80000dfa:	4582                	lw	a1,0(sp)
80000dfc:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000dfe:	9a02                	jalr	s4
80000e00:	980547e3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000e04:	016c9a63          	bne	s9,s6,80000e18 <__d_vfprintf+0x6c8>
80000e08:	4582                	lw	a1,0(sp)
80000e0a:	02e00513          	li	a0,46
80000e0e:	9a02                	jalr	s4
80000e10:	96054fe3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000e14:	00240c13          	add	s8,s0,2
80000e18:	8462                	mv	s0,s8
80000e1a:	b7d9                	j	80000de0 <__d_vfprintf+0x690>
80000e1c:	fff78d13          	add	s10,a5,-1
80000e20:	b725                	j	80000d48 <__d_vfprintf+0x5f8>
80000e22:	00bad693          	srl	a3,s5,0xb
80000e26:	8a85                	and	a3,a3,1
80000e28:	478d                	li	a5,3
80000e2a:	c291                	beqz	a3,80000e2e <__d_vfprintf+0x6de>
80000e2c:	4795                	li	a5,5
80000e2e:	97e2                	add	a5,a5,s8
80000e30:	b735                	j	80000d5c <__d_vfprintf+0x60c>
80000e32:	010af693          	and	a3,s5,16
80000e36:	da95                	beqz	a3,80000d6a <__d_vfprintf+0x61a>
80000e38:	0785                	add	a5,a5,1
80000e3a:	bf05                	j	80000d6a <__d_vfprintf+0x61a>
80000e3c:	4582                	lw	a1,0(sp)
80000e3e:	02000513          	li	a0,32
80000e42:	c83a                	sw	a4,16(sp)
80000e44:	9a02                	jalr	s4
80000e46:	4742                	lw	a4,16(sp)
80000e48:	0405                	add	s0,s0,1
80000e4a:	f20559e3          	bgez	a0,80000d7c <__d_vfprintf+0x62c>
80000e4e:	b281                	j	8000078e <__d_vfprintf+0x3e>
80000e50:	4582                	lw	a1,0(sp)
80000e52:	03000513          	li	a0,48
80000e56:	0b05                	add	s6,s6,1
80000e58:	9a02                	jalr	s4
80000e5a:	f60555e3          	bgez	a0,80000dc4 <__d_vfprintf+0x674>
80000e5e:	ba05                	j	8000078e <__d_vfprintf+0x3e>
80000e60:	033c9063          	bne	s9,s3,80000e80 <__d_vfprintf+0x730>
80000e64:	02d14703          	lbu	a4,45(sp)
80000e68:	03500793          	li	a5,53
80000e6c:	00e7e863          	bltu	a5,a4,80000e7c <__d_vfprintf+0x72c>
80000e70:	00f71863          	bne	a4,a5,80000e80 <__d_vfprintf+0x730>
80000e74:	02c14783          	lbu	a5,44(sp)
80000e78:	8bc1                	and	a5,a5,16
80000e7a:	e399                	bnez	a5,80000e80 <__d_vfprintf+0x730>
80000e7c:	03100513          	li	a0,49
80000e80:	4582                	lw	a1,0(sp)
80000e82:	9a02                	jalr	s4
80000e84:	900545e3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000e88:	010afa93          	and	s5,s5,16
80000e8c:	e60a84e3          	beqz	s5,80000cf4 <__d_vfprintf+0x5a4>
80000e90:	57fd                	li	a5,-1
80000e92:	e6fc91e3          	bne	s9,a5,80000cf4 <__d_vfprintf+0x5a4>
80000e96:	4582                	lw	a1,0(sp)
80000e98:	00240c13          	add	s8,s0,2
80000e9c:	02e00513          	li	a0,46
80000ea0:	9a02                	jalr	s4
80000ea2:	e40559e3          	bgez	a0,80000cf4 <__d_vfprintf+0x5a4>
80000ea6:	b0e5                	j	8000078e <__d_vfprintf+0x3e>
80000ea8:	02d14503          	lbu	a0,45(sp)
80000eac:	03100793          	li	a5,49
80000eb0:	00f50763          	beq	a0,a5,80000ebe <__d_vfprintf+0x76e>
80000eb4:	02c14783          	lbu	a5,44(sp)
80000eb8:	9bbd                	and	a5,a5,-17
80000eba:	02f10623          	sb	a5,44(sp)
80000ebe:	4582                	lw	a1,0(sp)
80000ec0:	9a02                	jalr	s4
80000ec2:	8c0546e3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000ec6:	0da05a63          	blez	s10,80000f9a <__d_vfprintf+0x84a>
80000eca:	4582                	lw	a1,0(sp)
80000ecc:	02e00513          	li	a0,46
80000ed0:	0409                	add	s0,s0,2
80000ed2:	9a02                	jalr	s4
80000ed4:	8a054de3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000ed8:	4a85                	li	s5,1
80000eda:	4785                	li	a5,1
80000edc:	0405                	add	s0,s0,1
80000ede:	03000513          	li	a0,48
80000ee2:	017af863          	bgeu	s5,s7,80000ef2 <__d_vfprintf+0x7a2>
80000ee6:	02078793          	add	a5,a5,32
80000eea:	1018                	add	a4,sp,32
80000eec:	97ba                	add	a5,a5,a4
80000eee:	fed7c503          	lbu	a0,-19(a5)
80000ef2:	4582                	lw	a1,0(sp)
80000ef4:	9a02                	jalr	s4
80000ef6:	88054ce3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000efa:	0a85                	add	s5,s5,1
80000efc:	0ffafa93          	zext.b	s5,s5
80000f00:	87d6                	mv	a5,s5
80000f02:	fd5d5de3          	bge	s10,s5,80000edc <__d_vfprintf+0x78c>
80000f06:	4582                	lw	a1,0(sp)
80000f08:	412c8533          	sub	a0,s9,s2
80000f0c:	0ff57513          	zext.b	a0,a0
80000f10:	9a02                	jalr	s4
80000f12:	86054ee3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000f16:	0009ca63          	bltz	s3,80000f2a <__d_vfprintf+0x7da>
80000f1a:	02b00513          	li	a0,43
80000f1e:	00099a63          	bnez	s3,80000f32 <__d_vfprintf+0x7e2>
80000f22:	02c14783          	lbu	a5,44(sp)
80000f26:	8bc1                	and	a5,a5,16
80000f28:	c789                	beqz	a5,80000f32 <__d_vfprintf+0x7e2>
80000f2a:	413009b3          	neg	s3,s3
80000f2e:	02d00513          	li	a0,45
80000f32:	4582                	lw	a1,0(sp)
80000f34:	9a02                	jalr	s4
80000f36:	84054ce3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000f3a:	4791                	li	a5,4
80000f3c:	06fc1e63          	bne	s8,a5,80000fb8 <__d_vfprintf+0x868>
80000f40:	3e800913          	li	s2,1000
80000f44:	0329c533          	div	a0,s3,s2
80000f48:	4582                	lw	a1,0(sp)
80000f4a:	040d                	add	s0,s0,3
80000f4c:	03050513          	add	a0,a0,48
80000f50:	0ff57513          	zext.b	a0,a0
80000f54:	9a02                	jalr	s4
80000f56:	82054ce3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000f5a:	0329e9b3          	rem	s3,s3,s2
80000f5e:	06400913          	li	s2,100
80000f62:	4582                	lw	a1,0(sp)
80000f64:	0405                	add	s0,s0,1
80000f66:	0329c533          	div	a0,s3,s2
80000f6a:	03050513          	add	a0,a0,48
80000f6e:	0ff57513          	zext.b	a0,a0
80000f72:	9a02                	jalr	s4
80000f74:	80054de3          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000f78:	0329e9b3          	rem	s3,s3,s2
80000f7c:	4929                	li	s2,10
80000f7e:	4582                	lw	a1,0(sp)
80000f80:	0405                	add	s0,s0,1
80000f82:	0329c533          	div	a0,s3,s2
80000f86:	03050513          	add	a0,a0,48
80000f8a:	0ff57513          	zext.b	a0,a0
80000f8e:	9a02                	jalr	s4
80000f90:	fe054f63          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80000f94:	0329e9b3          	rem	s3,s3,s2
80000f98:	a03d                	j	80000fc6 <__d_vfprintf+0x876>
80000f9a:	010afa93          	and	s5,s5,16
80000f9e:	000a9463          	bnez	s5,80000fa6 <__d_vfprintf+0x856>
80000fa2:	0405                	add	s0,s0,1
80000fa4:	b78d                	j	80000f06 <__d_vfprintf+0x7b6>
80000fa6:	4582                	lw	a1,0(sp)
80000fa8:	02e00513          	li	a0,46
80000fac:	0409                	add	s0,s0,2
80000fae:	9a02                	jalr	s4
80000fb0:	f4055be3          	bgez	a0,80000f06 <__d_vfprintf+0x7b6>
80000fb4:	fdaff06f          	j	8000078e <__d_vfprintf+0x3e>
80000fb8:	478d                	li	a5,3
80000fba:	0409                	add	s0,s0,2
80000fbc:	fafc01e3          	beq	s8,a5,80000f5e <__d_vfprintf+0x80e>
80000fc0:	4785                	li	a5,1
80000fc2:	fafc1de3          	bne	s8,a5,80000f7c <__d_vfprintf+0x82c>
80000fc6:	03098513          	add	a0,s3,48
80000fca:	4582                	lw	a1,0(sp)
80000fcc:	00140c13          	add	s8,s0,1
80000fd0:	0ff57513          	zext.b	a0,a0
80000fd4:	b5f1                	j	80000ea0 <__d_vfprintf+0x750>
80000fd6:	f9d90793          	add	a5,s2,-99
80000fda:	0ff7f793          	zext.b	a5,a5
80000fde:	4749                	li	a4,18
80000fe0:	1ef76f63          	bltu	a4,a5,800011de <__d_vfprintf+0xa8e>
80000fe4:	80002737          	lui	a4,0x80002
80000fe8:	078a                	sll	a5,a5,0x2
80000fea:	5ec70713          	add	a4,a4,1516 # 800025ec <__text_end+0x17e>
80000fee:	97ba                	add	a5,a5,a4
80000ff0:	439c                	lw	a5,0(a5)
80000ff2:	8782                	jr	a5
80000ff4:	5792                	lw	a5,36(sp)
80000ff6:	4485                	li	s1,1
80000ff8:	02810993          	add	s3,sp,40
80000ffc:	00478713          	add	a4,a5,4
80001000:	439c                	lw	a5,0(a5)
80001002:	d23a                	sw	a4,36(sp)
80001004:	02f10423          	sb	a5,40(sp)
80001008:	008df813          	and	a6,s11,8
8000100c:	04080e63          	beqz	a6,80001068 <__d_vfprintf+0x918>
80001010:	4901                	li	s2,0
80001012:	05249d63          	bne	s1,s2,8000106c <__d_vfprintf+0x91c>
80001016:	00940c33          	add	s8,s0,s1
8000101a:	409b04b3          	sub	s1,s6,s1
8000101e:	b9d9                	j	80000cf4 <__d_vfprintf+0x5a4>
80001020:	5792                	lw	a5,36(sp)
80001022:	00478713          	add	a4,a5,4
80001026:	d23a                	sw	a4,36(sp)
80001028:	0007a983          	lw	s3,0(a5)
8000102c:	00099663          	bnez	s3,80001038 <__d_vfprintf+0x8e8>
80001030:	800029b7          	lui	s3,0x80002
80001034:	5a098993          	add	s3,s3,1440 # 800025a0 <__text_end+0x132>
80001038:	040df793          	and	a5,s11,64
8000103c:	55fd                	li	a1,-1
8000103e:	c391                	beqz	a5,80001042 <__d_vfprintf+0x8f2>
80001040:	85ea                	mv	a1,s10
80001042:	854e                	mv	a0,s3
80001044:	4b3000ef          	jal	80001cf6 <strnlen>
80001048:	84aa                	mv	s1,a0
8000104a:	bf7d                	j	80001008 <__d_vfprintf+0x8b8>
8000104c:	4582                	lw	a1,0(sp)
8000104e:	02000513          	li	a0,32
80001052:	9a02                	jalr	s4
80001054:	f2054d63          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80001058:	197d                	add	s2,s2,-1
8000105a:	ff24e9e3          	bltu	s1,s2,8000104c <__d_vfprintf+0x8fc>
8000105e:	945a                	add	s0,s0,s6
80001060:	41240433          	sub	s0,s0,s2
80001064:	8b4a                	mv	s6,s2
80001066:	b76d                	j	80001010 <__d_vfprintf+0x8c0>
80001068:	895a                	mv	s2,s6
8000106a:	bfc5                	j	8000105a <__d_vfprintf+0x90a>
8000106c:	012987b3          	add	a5,s3,s2
80001070:	4582                	lw	a1,0(sp)
80001072:	0007c503          	lbu	a0,0(a5)
80001076:	0905                	add	s2,s2,1
80001078:	9a02                	jalr	s4
8000107a:	f8055ce3          	bgez	a0,80001012 <__d_vfprintf+0x8c2>
8000107e:	f10ff06f          	j	8000078e <__d_vfprintf+0x3e>
80001082:	080df713          	and	a4,s11,128
80001086:	5792                	lw	a5,36(sp)
80001088:	cf49                	beqz	a4,80001122 <__d_vfprintf+0x9d2>
8000108a:	200df713          	and	a4,s11,512
8000108e:	c359                	beqz	a4,80001114 <__d_vfprintf+0x9c4>
80001090:	079d                	add	a5,a5,7
80001092:	9be1                	and	a5,a5,-8
80001094:	4388                	lw	a0,0(a5)
80001096:	43cc                	lw	a1,4(a5)
80001098:	00878713          	add	a4,a5,8
8000109c:	d23a                	sw	a4,36(sp)
8000109e:	fefdf993          	and	s3,s11,-17
800010a2:	09c2                	sll	s3,s3,0x10
800010a4:	0109d993          	srl	s3,s3,0x10
800010a8:	0805dd63          	bgez	a1,80001142 <__d_vfprintf+0x9f2>
800010ac:	00a037b3          	snez	a5,a0
800010b0:	40b005b3          	neg	a1,a1
800010b4:	8d9d                	sub	a1,a1,a5
800010b6:	40a00533          	neg	a0,a0
800010ba:	4009e993          	or	s3,s3,1024
800010be:	02810a93          	add	s5,sp,40
800010c2:	46a9                	li	a3,10
800010c4:	8656                	mv	a2,s5
800010c6:	c8eff0ef          	jal	80000554 <__ultoa_invert>
800010ca:	0409f793          	and	a5,s3,64
800010ce:	41550ab3          	sub	s5,a0,s5
800010d2:	c7f5                	beqz	a5,800011be <__d_vfprintf+0xa6e>
800010d4:	ffe9f793          	and	a5,s3,-2
800010d8:	07c2                	sll	a5,a5,0x10
800010da:	83c1                	srl	a5,a5,0x10
800010dc:	19aad563          	bge	s5,s10,80001266 <__d_vfprintf+0xb16>
800010e0:	16090c63          	beqz	s2,80001258 <__d_vfprintf+0xb08>
800010e4:	0109fc13          	and	s8,s3,16
800010e8:	84ea                	mv	s1,s10
800010ea:	89be                	mv	s3,a5
800010ec:	060c0a63          	beqz	s8,80001160 <__d_vfprintf+0xa10>
800010f0:	0489                	add	s1,s1,2
800010f2:	0089f793          	and	a5,s3,8
800010f6:	18079a63          	bnez	a5,8000128a <__d_vfprintf+0xb3a>
800010fa:	0019f793          	and	a5,s3,1
800010fe:	cb89                	beqz	a5,80001110 <__d_vfprintf+0x9c0>
80001100:	8d56                	mv	s10,s5
80001102:	0164d763          	bge	s1,s6,80001110 <__d_vfprintf+0x9c0>
80001106:	409b04b3          	sub	s1,s6,s1
8000110a:	01548d33          	add	s10,s1,s5
8000110e:	84da                	mv	s1,s6
80001110:	8ba6                	mv	s7,s1
80001112:	a2ad                	j	8000127c <__d_vfprintf+0xb2c>
80001114:	4388                	lw	a0,0(a5)
80001116:	00478713          	add	a4,a5,4
8000111a:	d23a                	sw	a4,36(sp)
8000111c:	41f55593          	sra	a1,a0,0x1f
80001120:	bfbd                	j	8000109e <__d_vfprintf+0x94e>
80001122:	00478713          	add	a4,a5,4
80001126:	4388                	lw	a0,0(a5)
80001128:	d23a                	sw	a4,36(sp)
8000112a:	100df793          	and	a5,s11,256
8000112e:	d7fd                	beqz	a5,8000111c <__d_vfprintf+0x9cc>
80001130:	200df793          	and	a5,s11,512
80001134:	c781                	beqz	a5,8000113c <__d_vfprintf+0x9ec>
80001136:	0562                	sll	a0,a0,0x18
80001138:	8561                	sra	a0,a0,0x18
8000113a:	b7cd                	j	8000111c <__d_vfprintf+0x9cc>
8000113c:	0542                	sll	a0,a0,0x10
8000113e:	8541                	sra	a0,a0,0x10
80001140:	bff1                	j	8000111c <__d_vfprintf+0x9cc>
80001142:	00b567b3          	or	a5,a0,a1
80001146:	ffa5                	bnez	a5,800010be <__d_vfprintf+0x96e>
80001148:	040df793          	and	a5,s11,64
8000114c:	dbad                	beqz	a5,800010be <__d_vfprintf+0x96e>
8000114e:	f60d18e3          	bnez	s10,800010be <__d_vfprintf+0x96e>
80001152:	feedf993          	and	s3,s11,-18
80001156:	09c2                	sll	s3,s3,0x10
80001158:	0109d993          	srl	s3,s3,0x10
8000115c:	4a81                	li	s5,0
8000115e:	4481                	li	s1,0
80001160:	4069fc13          	and	s8,s3,1030
80001164:	f80c07e3          	beqz	s8,800010f2 <__d_vfprintf+0x9a2>
80001168:	0485                	add	s1,s1,1
8000116a:	4c01                	li	s8,0
8000116c:	b759                	j	800010f2 <__d_vfprintf+0x9a2>
8000116e:	fefdf813          	and	a6,s11,-17
80001172:	01081d93          	sll	s11,a6,0x10
80001176:	010ddd93          	srl	s11,s11,0x10
8000117a:	46a9                	li	a3,10
8000117c:	080df713          	and	a4,s11,128
80001180:	5792                	lw	a5,36(sp)
80001182:	c355                	beqz	a4,80001226 <__d_vfprintf+0xad6>
80001184:	200df713          	and	a4,s11,512
80001188:	cb49                	beqz	a4,8000121a <__d_vfprintf+0xaca>
8000118a:	079d                	add	a5,a5,7
8000118c:	9be1                	and	a5,a5,-8
8000118e:	4388                	lw	a0,0(a5)
80001190:	43cc                	lw	a1,4(a5)
80001192:	00878713          	add	a4,a5,8
80001196:	d23a                	sw	a4,36(sp)
80001198:	00b567b3          	or	a5,a0,a1
8000119c:	e7cd                	bnez	a5,80001246 <__d_vfprintf+0xaf6>
8000119e:	fe9df993          	and	s3,s11,-23
800011a2:	09c2                	sll	s3,s3,0x10
800011a4:	040df793          	and	a5,s11,64
800011a8:	0109d993          	srl	s3,s3,0x10
800011ac:	c3dd                	beqz	a5,80001252 <__d_vfprintf+0xb02>
800011ae:	0a0d1263          	bnez	s10,80001252 <__d_vfprintf+0xb02>
800011b2:	fe8df993          	and	s3,s11,-24
800011b6:	09c2                	sll	s3,s3,0x10
800011b8:	0109d993          	srl	s3,s3,0x10
800011bc:	4a81                	li	s5,0
800011be:	0109fc13          	and	s8,s3,16
800011c2:	0a0c0463          	beqz	s8,8000126a <__d_vfprintf+0xb1a>
800011c6:	001a8493          	add	s1,s5,1
800011ca:	f20904e3          	beqz	s2,800010f2 <__d_vfprintf+0x9a2>
800011ce:	84d6                	mv	s1,s5
800011d0:	b705                	j	800010f0 <__d_vfprintf+0x9a0>
800011d2:	010ded93          	or	s11,s11,16
800011d6:	46c1                	li	a3,16
800011d8:	07800913          	li	s2,120
800011dc:	b745                	j	8000117c <__d_vfprintf+0xa2c>
800011de:	07800793          	li	a5,120
800011e2:	00fc9a63          	bne	s9,a5,800011f6 <__d_vfprintf+0xaa6>
800011e6:	05800793          	li	a5,88
800011ea:	46c1                	li	a3,16
800011ec:	f8f918e3          	bne	s2,a5,8000117c <__d_vfprintf+0xa2c>
800011f0:	21000693          	li	a3,528
800011f4:	b761                	j	8000117c <__d_vfprintf+0xa2c>
800011f6:	4582                	lw	a1,0(sp)
800011f8:	02500513          	li	a0,37
800011fc:	9a02                	jalr	s4
800011fe:	d8054863          	bltz	a0,8000078e <__d_vfprintf+0x3e>
80001202:	4582                	lw	a1,0(sp)
80001204:	854a                	mv	a0,s2
80001206:	9a02                	jalr	s4
80001208:	d8054363          	bltz	a0,8000078e <__d_vfprintf+0x3e>
8000120c:	0409                	add	s0,s0,2
8000120e:	4792                	lw	a5,4(sp)
80001210:	d5eff06f          	j	8000076e <__d_vfprintf+0x1e>
80001214:	46a1                	li	a3,8
80001216:	4901                	li	s2,0
80001218:	b795                	j	8000117c <__d_vfprintf+0xa2c>
8000121a:	4388                	lw	a0,0(a5)
8000121c:	00478713          	add	a4,a5,4
80001220:	d23a                	sw	a4,36(sp)
80001222:	4581                	li	a1,0
80001224:	bf95                	j	80001198 <__d_vfprintf+0xa48>
80001226:	00478713          	add	a4,a5,4
8000122a:	4388                	lw	a0,0(a5)
8000122c:	d23a                	sw	a4,36(sp)
8000122e:	100df793          	and	a5,s11,256
80001232:	dbe5                	beqz	a5,80001222 <__d_vfprintf+0xad2>
80001234:	200df793          	and	a5,s11,512
80001238:	c781                	beqz	a5,80001240 <__d_vfprintf+0xaf0>
8000123a:	0ff57513          	zext.b	a0,a0
8000123e:	b7d5                	j	80001222 <__d_vfprintf+0xad2>
80001240:	0542                	sll	a0,a0,0x10
80001242:	8141                	srl	a0,a0,0x10
80001244:	bff9                	j	80001222 <__d_vfprintf+0xad2>
80001246:	ff9df813          	and	a6,s11,-7
8000124a:	01081993          	sll	s3,a6,0x10
8000124e:	0109d993          	srl	s3,s3,0x10
80001252:	02810a93          	add	s5,sp,40
80001256:	b5bd                	j	800010c4 <__d_vfprintf+0x974>
80001258:	fee9f993          	and	s3,s3,-18
8000125c:	09c2                	sll	s3,s3,0x10
8000125e:	0109d993          	srl	s3,s3,0x10
80001262:	84ea                	mv	s1,s10
80001264:	bdf5                	j	80001160 <__d_vfprintf+0xa10>
80001266:	89be                	mv	s3,a5
80001268:	bf99                	j	800011be <__d_vfprintf+0xa6e>
8000126a:	84d6                	mv	s1,s5
8000126c:	bdd5                	j	80001160 <__d_vfprintf+0xa10>
8000126e:	4582                	lw	a1,0(sp)
80001270:	02000513          	li	a0,32
80001274:	9a02                	jalr	s4
80001276:	d0054c63          	bltz	a0,8000078e <__d_vfprintf+0x3e>
8000127a:	0b85                	add	s7,s7,1
8000127c:	ff6bc9e3          	blt	s7,s6,8000126e <__d_vfprintf+0xb1e>
80001280:	409404b3          	sub	s1,s0,s1
80001284:	01748433          	add	s0,s1,s7
80001288:	84de                	mv	s1,s7
8000128a:	020c0363          	beqz	s8,800012b0 <__d_vfprintf+0xb60>
8000128e:	4582                	lw	a1,0(sp)
80001290:	03000513          	li	a0,48
80001294:	9a02                	jalr	s4
80001296:	ce054c63          	bltz	a0,8000078e <__d_vfprintf+0x3e>
8000129a:	04090d63          	beqz	s2,800012f4 <__d_vfprintf+0xba4>
8000129e:	4582                	lw	a1,0(sp)
800012a0:	0409                	add	s0,s0,2
800012a2:	854a                	mv	a0,s2
800012a4:	9a02                	jalr	s4
800012a6:	ce054463          	bltz	a0,8000078e <__d_vfprintf+0x3e>
800012aa:	8c22                	mv	s8,s0
800012ac:	9d22                	add	s10,s10,s0
800012ae:	a81d                	j	800012e4 <__d_vfprintf+0xb94>
800012b0:	4069f793          	and	a5,s3,1030
800012b4:	dbfd                	beqz	a5,800012aa <__d_vfprintf+0xb5a>
800012b6:	0029f793          	and	a5,s3,2
800012ba:	02000513          	li	a0,32
800012be:	c399                	beqz	a5,800012c4 <__d_vfprintf+0xb74>
800012c0:	02b00513          	li	a0,43
800012c4:	4009f993          	and	s3,s3,1024
800012c8:	00098463          	beqz	s3,800012d0 <__d_vfprintf+0xb80>
800012cc:	02d00513          	li	a0,45
800012d0:	4582                	lw	a1,0(sp)
800012d2:	0405                	add	s0,s0,1
800012d4:	bfc1                	j	800012a4 <__d_vfprintf+0xb54>
800012d6:	4582                	lw	a1,0(sp)
800012d8:	03000513          	li	a0,48
800012dc:	0c05                	add	s8,s8,1
800012de:	9a02                	jalr	s4
800012e0:	ca054763          	bltz	a0,8000078e <__d_vfprintf+0x3e>
800012e4:	418d07b3          	sub	a5,s10,s8
800012e8:	fefac7e3          	blt	s5,a5,800012d6 <__d_vfprintf+0xb86>
800012ec:	8456                	mv	s0,s5
800012ee:	e409                	bnez	s0,800012f8 <__d_vfprintf+0xba8>
800012f0:	9c56                	add	s8,s8,s5
800012f2:	b325                	j	8000101a <__d_vfprintf+0x8ca>
800012f4:	0405                	add	s0,s0,1
800012f6:	bf55                	j	800012aa <__d_vfprintf+0xb5a>
800012f8:	147d                	add	s0,s0,-1
800012fa:	103c                	add	a5,sp,40
800012fc:	97a2                	add	a5,a5,s0
800012fe:	4582                	lw	a1,0(sp)
80001300:	0007c503          	lbu	a0,0(a5)
80001304:	9a02                	jalr	s4
80001306:	fe0554e3          	bgez	a0,800012ee <__d_vfprintf+0xb9e>
8000130a:	c84ff06f          	j	8000078e <__d_vfprintf+0x3e>
8000130e:	4582                	lw	a1,0(sp)
80001310:	02000513          	li	a0,32
80001314:	0405                	add	s0,s0,1
80001316:	9a02                	jalr	s4
80001318:	c6054b63          	bltz	a0,8000078e <__d_vfprintf+0x3e>
8000131c:	408487b3          	sub	a5,s1,s0
80001320:	fef047e3          	bgtz	a5,8000130e <__d_vfprintf+0xbbe>
80001324:	b5ed                	j	8000120e <__d_vfprintf+0xabe>

80001326 <mulShiftAll64>:
80001326:	0f0012ef          	jal	t0,80002416 <__riscv_save_10>
8000132a:	84b2                	mv	s1,a2
8000132c:	00159913          	sll	s2,a1,0x1
80001330:	4210                	lw	a2,0(a2)
80001332:	8ab6                	mv	s5,a3
80001334:	89be                	mv	s3,a5
80001336:	40d4                	lw	a3,4(s1)
80001338:	01f55793          	srl	a5,a0,0x1f
8000133c:	1141                	add	sp,sp,-16
8000133e:	0127e933          	or	s2,a5,s2
80001342:	00151413          	sll	s0,a0,0x1
80001346:	8522                	mv	a0,s0
80001348:	85ca                	mv	a1,s2
8000134a:	8bba                	mv	s7,a4
8000134c:	870a                	mv	a4,sp
8000134e:	8b42                	mv	s6,a6
80001350:	0f5000ef          	jal	80001c44 <__umul128>
80001354:	44d4                	lw	a3,12(s1)
80001356:	4490                	lw	a2,8(s1)
80001358:	0038                	add	a4,sp,8
8000135a:	8caa                	mv	s9,a0
8000135c:	8c2e                	mv	s8,a1
8000135e:	8522                	mv	a0,s0
80001360:	85ca                	mv	a1,s2
80001362:	0e3000ef          	jal	80001c44 <__umul128>
80001366:	4682                	lw	a3,0(sp)
80001368:	4712                	lw	a4,4(sp)
8000136a:	4785                	li	a5,1
8000136c:	00d50933          	add	s2,a0,a3
80001370:	00a93533          	sltu	a0,s2,a0
80001374:	95ba                	add	a1,a1,a4
80001376:	00b50433          	add	s0,a0,a1
8000137a:	00e46763          	bltu	s0,a4,80001388 <mulShiftAll64+0x62>
8000137e:	00871463          	bne	a4,s0,80001386 <mulShiftAll64+0x60>
80001382:	00d96363          	bltu	s2,a3,80001388 <mulShiftAll64+0x62>
80001386:	4781                	li	a5,0
80001388:	4622                	lw	a2,8(sp)
8000138a:	4732                	lw	a4,12(sp)
8000138c:	963e                	add	a2,a2,a5
8000138e:	00f637b3          	sltu	a5,a2,a5
80001392:	00e786b3          	add	a3,a5,a4
80001396:	4098                	lw	a4,0(s1)
80001398:	40dc                	lw	a5,4(s1)
8000139a:	c432                	sw	a2,8(sp)
8000139c:	9766                	add	a4,a4,s9
8000139e:	97e2                	add	a5,a5,s8
800013a0:	019735b3          	sltu	a1,a4,s9
800013a4:	95be                	add	a1,a1,a5
800013a6:	c636                	sw	a3,12(sp)
800013a8:	4785                	li	a5,1
800013aa:	0185e763          	bltu	a1,s8,800013b8 <mulShiftAll64+0x92>
800013ae:	00bc1463          	bne	s8,a1,800013b6 <mulShiftAll64+0x90>
800013b2:	01976363          	bltu	a4,s9,800013b8 <mulShiftAll64+0x92>
800013b6:	4781                	li	a5,0
800013b8:	4498                	lw	a4,8(s1)
800013ba:	44c8                	lw	a0,12(s1)
800013bc:	fbfa8a13          	add	s4,s5,-65
800013c0:	974a                	add	a4,a4,s2
800013c2:	9522                	add	a0,a0,s0
800013c4:	012735b3          	sltu	a1,a4,s2
800013c8:	95aa                	add	a1,a1,a0
800013ca:	00e78533          	add	a0,a5,a4
800013ce:	00f537b3          	sltu	a5,a0,a5
800013d2:	95be                	add	a1,a1,a5
800013d4:	4785                	li	a5,1
800013d6:	0085e763          	bltu	a1,s0,800013e4 <mulShiftAll64+0xbe>
800013da:	00b41463          	bne	s0,a1,800013e2 <mulShiftAll64+0xbc>
800013de:	01256363          	bltu	a0,s2,800013e4 <mulShiftAll64+0xbe>
800013e2:	4781                	li	a5,0
800013e4:	963e                	add	a2,a2,a5
800013e6:	00f637b3          	sltu	a5,a2,a5
800013ea:	8752                	mv	a4,s4
800013ec:	96be                	add	a3,a3,a5
800013ee:	0a3000ef          	jal	80001c90 <__shiftright128>
800013f2:	00aba023          	sw	a0,0(s7)
800013f6:	00bba223          	sw	a1,4(s7)
800013fa:	4785                	li	a5,1
800013fc:	48a2                	lw	a7,8(sp)
800013fe:	4832                	lw	a6,12(sp)
80001400:	40cc                	lw	a1,4(s1)
80001402:	4488                	lw	a0,8(s1)
80001404:	44d8                	lw	a4,12(s1)
80001406:	06fb1763          	bne	s6,a5,80001474 <mulShiftAll64+0x14e>
8000140a:	40a906b3          	sub	a3,s2,a0
8000140e:	00d93633          	sltu	a2,s2,a3
80001412:	40e407b3          	sub	a5,s0,a4
80001416:	8f91                	sub	a5,a5,a2
80001418:	4505                	li	a0,1
8000141a:	00bc6863          	bltu	s8,a1,8000142a <mulShiftAll64+0x104>
8000141e:	01859563          	bne	a1,s8,80001428 <mulShiftAll64+0x102>
80001422:	4098                	lw	a4,0(s1)
80001424:	00ece363          	bltu	s9,a4,8000142a <mulShiftAll64+0x104>
80001428:	4501                	li	a0,0
8000142a:	40a68533          	sub	a0,a3,a0
8000142e:	00a6b6b3          	sltu	a3,a3,a0
80001432:	40d785b3          	sub	a1,a5,a3
80001436:	4605                	li	a2,1
80001438:	00b46763          	bltu	s0,a1,80001446 <mulShiftAll64+0x120>
8000143c:	00859463          	bne	a1,s0,80001444 <mulShiftAll64+0x11e>
80001440:	00a96363          	bltu	s2,a0,80001446 <mulShiftAll64+0x120>
80001444:	4601                	li	a2,0
80001446:	40c88633          	sub	a2,a7,a2
8000144a:	00c8b6b3          	sltu	a3,a7,a2
8000144e:	8752                	mv	a4,s4
80001450:	40d806b3          	sub	a3,a6,a3
80001454:	03d000ef          	jal	80001c90 <__shiftright128>
80001458:	4622                	lw	a2,8(sp)
8000145a:	46b2                	lw	a3,12(sp)
8000145c:	00a9a023          	sw	a0,0(s3)
80001460:	00b9a223          	sw	a1,4(s3)
80001464:	8752                	mv	a4,s4
80001466:	854a                	mv	a0,s2
80001468:	85a2                	mv	a1,s0
8000146a:	027000ef          	jal	80001c90 <__shiftright128>
8000146e:	0141                	add	sp,sp,16
80001470:	7df0006f          	j	8000244e <__riscv_restore_10>
80001474:	01fcd793          	srl	a5,s9,0x1f
80001478:	001c1613          	sll	a2,s8,0x1
8000147c:	8e5d                	or	a2,a2,a5
8000147e:	01f95693          	srl	a3,s2,0x1f
80001482:	00141793          	sll	a5,s0,0x1
80001486:	001c9e93          	sll	t4,s9,0x1
8000148a:	8fd5                	or	a5,a5,a3
8000148c:	00191313          	sll	t1,s2,0x1
80001490:	4e05                	li	t3,1
80001492:	01866763          	bltu	a2,s8,800014a0 <mulShiftAll64+0x17a>
80001496:	00cc1463          	bne	s8,a2,8000149e <mulShiftAll64+0x178>
8000149a:	019ee363          	bltu	t4,s9,800014a0 <mulShiftAll64+0x17a>
8000149e:	4e01                	li	t3,0
800014a0:	9e1a                	add	t3,t3,t1
800014a2:	006e3333          	sltu	t1,t3,t1
800014a6:	933e                	add	t1,t1,a5
800014a8:	4785                	li	a5,1
800014aa:	00b66863          	bltu	a2,a1,800014ba <mulShiftAll64+0x194>
800014ae:	00c59563          	bne	a1,a2,800014b8 <mulShiftAll64+0x192>
800014b2:	4094                	lw	a3,0(s1)
800014b4:	00dee363          	bltu	t4,a3,800014ba <mulShiftAll64+0x194>
800014b8:	4781                	li	a5,0
800014ba:	40fe07b3          	sub	a5,t3,a5
800014be:	00fe35b3          	sltu	a1,t3,a5
800014c2:	40b305b3          	sub	a1,t1,a1
800014c6:	40a78533          	sub	a0,a5,a0
800014ca:	00a7b7b3          	sltu	a5,a5,a0
800014ce:	8d99                	sub	a1,a1,a4
800014d0:	01f8d693          	srl	a3,a7,0x1f
800014d4:	8d9d                	sub	a1,a1,a5
800014d6:	00181793          	sll	a5,a6,0x1
800014da:	8fd5                	or	a5,a5,a3
800014dc:	fc0a8713          	add	a4,s5,-64
800014e0:	0886                	sll	a7,a7,0x1
800014e2:	4685                	li	a3,1
800014e4:	00836763          	bltu	t1,s0,800014f2 <mulShiftAll64+0x1cc>
800014e8:	00641463          	bne	s0,t1,800014f0 <mulShiftAll64+0x1ca>
800014ec:	012e6363          	bltu	t3,s2,800014f2 <mulShiftAll64+0x1cc>
800014f0:	4681                	li	a3,0
800014f2:	96c6                	add	a3,a3,a7
800014f4:	0116b8b3          	sltu	a7,a3,a7
800014f8:	98be                	add	a7,a7,a5
800014fa:	4605                	li	a2,1
800014fc:	00b36763          	bltu	t1,a1,8000150a <mulShiftAll64+0x1e4>
80001500:	00659463          	bne	a1,t1,80001508 <mulShiftAll64+0x1e2>
80001504:	00ae6363          	bltu	t3,a0,8000150a <mulShiftAll64+0x1e4>
80001508:	4601                	li	a2,0
8000150a:	40c68633          	sub	a2,a3,a2
8000150e:	00c6b6b3          	sltu	a3,a3,a2
80001512:	40d886b3          	sub	a3,a7,a3
80001516:	bf3d                	j	80001454 <mulShiftAll64+0x12e>

80001518 <div10>:
80001518:	727002ef          	jal	t0,8000243e <__riscv_save_0>
8000151c:	800037b7          	lui	a5,0x80003
80001520:	a787a603          	lw	a2,-1416(a5) # 80002a78 <stdout+0x4>
80001524:	a7c7a683          	lw	a3,-1412(a5)
80001528:	1141                	add	sp,sp,-16
8000152a:	0038                	add	a4,sp,8
8000152c:	718000ef          	jal	80001c44 <__umul128>
80001530:	45b2                	lw	a1,12(sp)
80001532:	47a2                	lw	a5,8(sp)
80001534:	01d59513          	sll	a0,a1,0x1d
80001538:	838d                	srl	a5,a5,0x3
8000153a:	8d5d                	or	a0,a0,a5
8000153c:	818d                	srl	a1,a1,0x3
8000153e:	0141                	add	sp,sp,16
80001540:	7230006f          	j	80002462 <__riscv_restore_0>

80001544 <__dtoa_engine>:
80001544:	6cb002ef          	jal	t0,8000240e <__riscv_save_12>
80001548:	715d                	add	sp,sp,-80
8000154a:	8bb6                	mv	s7,a3
8000154c:	001006b7          	lui	a3,0x100
80001550:	c43a                	sw	a4,8(sp)
80001552:	c63e                	sw	a5,12(sp)
80001554:	01f5d713          	srl	a4,a1,0x1f
80001558:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
8000155c:	0145d793          	srl	a5,a1,0x14
80001560:	00bdfdb3          	and	s11,s11,a1
80001564:	c03a                	sw	a4,0(sp)
80001566:	7ff7f413          	and	s0,a5,2047
8000156a:	84aa                	mv	s1,a0
8000156c:	8ab2                	mv	s5,a2
8000156e:	00ade733          	or	a4,s11,a0
80001572:	e405                	bnez	s0,8000159a <__dtoa_engine+0x56>
80001574:	e331                	bnez	a4,800015b8 <__dtoa_engine+0x74>
80001576:	03000793          	li	a5,48
8000157a:	00f602a3          	sb	a5,5(a2)
8000157e:	4782                	lw	a5,0(sp)
80001580:	00060323          	sb	zero,6(a2)
80001584:	00062023          	sw	zero,0(a2)
80001588:	0027e993          	or	s3,a5,2
8000158c:	01360223          	sb	s3,4(a2)
80001590:	4405                	li	s0,1
80001592:	8522                	mv	a0,s0
80001594:	6161                	add	sp,sp,80
80001596:	6b50006f          	j	8000244a <__riscv_restore_12>
8000159a:	7ff00613          	li	a2,2047
8000159e:	0ac41163          	bne	s0,a2,80001640 <__dtoa_engine+0xfc>
800015a2:	4782                	lw	a5,0(sp)
800015a4:	0047e793          	or	a5,a5,4
800015a8:	c701                	beqz	a4,800015b0 <__dtoa_engine+0x6c>
800015aa:	4782                	lw	a5,0(sp)
800015ac:	0087e793          	or	a5,a5,8
800015b0:	00fa8223          	sb	a5,4(s5)
800015b4:	4401                	li	s0,0
800015b6:	bff1                	j	80001592 <__dtoa_engine+0x4e>
800015b8:	00157793          	and	a5,a0,1
800015bc:	c23e                	sw	a5,4(sp)
800015be:	002d9993          	sll	s3,s11,0x2
800015c2:	01e55793          	srl	a5,a0,0x1e
800015c6:	0137e9b3          	or	s3,a5,s3
800015ca:	00251c13          	sll	s8,a0,0x2
800015ce:	892a                	mv	s2,a0
800015d0:	bcc00413          	li	s0,-1076
800015d4:	4805                	li	a6,1
800015d6:	4d05                	li	s10,1
800015d8:	408004b3          	neg	s1,s0
800015dc:	8526                	mv	a0,s1
800015de:	ca42                	sw	a6,20(sp)
800015e0:	2589                	jal	80001c22 <__log10Pow5>
800015e2:	fff42793          	slti	a5,s0,-1
800015e6:	40f50b33          	sub	s6,a0,a5
800015ea:	416484b3          	sub	s1,s1,s6
800015ee:	8526                	mv	a0,s1
800015f0:	2589                	jal	80001c32 <__pow5bits>
800015f2:	f8350693          	add	a3,a0,-125
800015f6:	40db06b3          	sub	a3,s6,a3
800015fa:	8526                	mv	a0,s1
800015fc:	008c                	add	a1,sp,64
800015fe:	c836                	sw	a3,16(sp)
80001600:	2929                	jal	80001a1a <__double_computePow5>
80001602:	4852                	lw	a6,20(sp)
80001604:	46c2                	lw	a3,16(sp)
80001606:	181c                	add	a5,sp,48
80001608:	1038                	add	a4,sp,40
8000160a:	0090                	add	a2,sp,64
8000160c:	854a                	mv	a0,s2
8000160e:	85ee                	mv	a1,s11
80001610:	3b19                	jal	80001326 <mulShiftAll64>
80001612:	4785                	li	a5,1
80001614:	008b0a33          	add	s4,s6,s0
80001618:	84ae                	mv	s1,a1
8000161a:	842a                	mv	s0,a0
8000161c:	1367e663          	bltu	a5,s6,80001748 <__dtoa_engine+0x204>
80001620:	4792                	lw	a5,4(sp)
80001622:	4985                	li	s3,1
80001624:	0e078963          	beqz	a5,80001716 <__dtoa_engine+0x1d2>
80001628:	57a2                	lw	a5,40(sp)
8000162a:	5732                	lw	a4,44(sp)
8000162c:	4985                	li	s3,1
8000162e:	fff78693          	add	a3,a5,-1
80001632:	0017b793          	seqz	a5,a5
80001636:	40f707b3          	sub	a5,a4,a5
8000163a:	d436                	sw	a3,40(sp)
8000163c:	d63e                	sw	a5,44(sp)
8000163e:	a07d                	j	800016ec <__dtoa_engine+0x1a8>
80001640:	01b6edb3          	or	s11,a3,s11
80001644:	00157693          	and	a3,a0,1
80001648:	c236                	sw	a3,4(sp)
8000164a:	002d9993          	sll	s3,s11,0x2
8000164e:	01e55693          	srl	a3,a0,0x1e
80001652:	bcb40413          	add	s0,s0,-1077
80001656:	892a                	mv	s2,a0
80001658:	0136e9b3          	or	s3,a3,s3
8000165c:	00251c13          	sll	s8,a0,0x2
80001660:	4d05                	li	s10,1
80001662:	e709                	bnez	a4,8000166c <__dtoa_engine+0x128>
80001664:	7fe7f793          	and	a5,a5,2046
80001668:	0017bd13          	seqz	s10,a5
8000166c:	886a                	mv	a6,s10
8000166e:	f60445e3          	bltz	s0,800015d8 <__dtoa_engine+0x94>
80001672:	8522                	mv	a0,s0
80001674:	2345                	jal	80001c14 <__log10Pow2>
80001676:	00442793          	slti	a5,s0,4
8000167a:	0017c793          	xor	a5,a5,1
8000167e:	40f50a33          	sub	s4,a0,a5
80001682:	8552                	mv	a0,s4
80001684:	237d                	jal	80001c32 <__pow5bits>
80001686:	07c50693          	add	a3,a0,124
8000168a:	408a0433          	sub	s0,s4,s0
8000168e:	96a2                	add	a3,a3,s0
80001690:	008c                	add	a1,sp,64
80001692:	8552                	mv	a0,s4
80001694:	c836                	sw	a3,16(sp)
80001696:	2141                	jal	80001b16 <__double_computeInvPow5>
80001698:	46c2                	lw	a3,16(sp)
8000169a:	181c                	add	a5,sp,48
8000169c:	8526                	mv	a0,s1
8000169e:	886a                	mv	a6,s10
800016a0:	1038                	add	a4,sp,40
800016a2:	0090                	add	a2,sp,64
800016a4:	85ee                	mv	a1,s11
800016a6:	3141                	jal	80001326 <mulShiftAll64>
800016a8:	47d5                	li	a5,21
800016aa:	842a                	mv	s0,a0
800016ac:	84ae                	mv	s1,a1
800016ae:	0947eb63          	bltu	a5,s4,80001744 <__dtoa_engine+0x200>
800016b2:	800037b7          	lui	a5,0x80003
800016b6:	a7c7a683          	lw	a3,-1412(a5) # 80002a7c <stdout+0x8>
800016ba:	a787a603          	lw	a2,-1416(a5)
800016be:	1838                	add	a4,sp,56
800016c0:	8562                	mv	a0,s8
800016c2:	85ce                	mv	a1,s3
800016c4:	2341                	jal	80001c44 <__umul128>
800016c6:	57e2                	lw	a5,56(sp)
800016c8:	56f2                	lw	a3,60(sp)
800016ca:	5da2                	lw	s11,40(sp)
800016cc:	8389                	srl	a5,a5,0x2
800016ce:	06fa                	sll	a3,a3,0x1e
800016d0:	8fd5                	or	a5,a5,a3
800016d2:	4695                	li	a3,5
800016d4:	02f687b3          	mul	a5,a3,a5
800016d8:	5932                	lw	s2,44(sp)
800016da:	01879b63          	bne	a5,s8,800016f0 <__dtoa_engine+0x1ac>
800016de:	85ce                	mv	a1,s3
800016e0:	8562                	mv	a0,s8
800016e2:	2ced                	jal	800019dc <__pow5Factor>
800016e4:	01453733          	sltu	a4,a0,s4
800016e8:	00174993          	xor	s3,a4,1
800016ec:	4d01                	li	s10,0
800016ee:	a025                	j	80001716 <__dtoa_engine+0x1d2>
800016f0:	4792                	lw	a5,4(sp)
800016f2:	e79d                	bnez	a5,80001720 <__dtoa_engine+0x1dc>
800016f4:	fffc0793          	add	a5,s8,-1
800016f8:	41a78533          	sub	a0,a5,s10
800016fc:	001c3593          	seqz	a1,s8
80001700:	00a7b7b3          	sltu	a5,a5,a0
80001704:	40b985b3          	sub	a1,s3,a1
80001708:	8d9d                	sub	a1,a1,a5
8000170a:	2cc9                	jal	800019dc <__pow5Factor>
8000170c:	01453933          	sltu	s2,a0,s4
80001710:	00194d13          	xor	s10,s2,1
80001714:	4981                	li	s3,0
80001716:	47a2                	lw	a5,8(sp)
80001718:	0e079f63          	bnez	a5,80001816 <__dtoa_engine+0x2d2>
8000171c:	8b5e                	mv	s6,s7
8000171e:	a049                	j	800017a0 <__dtoa_engine+0x25c>
80001720:	002c0513          	add	a0,s8,2
80001724:	018535b3          	sltu	a1,a0,s8
80001728:	95ce                	add	a1,a1,s3
8000172a:	2c4d                	jal	800019dc <__pow5Factor>
8000172c:	01453533          	sltu	a0,a0,s4
80001730:	00154513          	xor	a0,a0,1
80001734:	40ad8533          	sub	a0,s11,a0
80001738:	00adbdb3          	sltu	s11,s11,a0
8000173c:	41b90733          	sub	a4,s2,s11
80001740:	d42a                	sw	a0,40(sp)
80001742:	d63a                	sw	a4,44(sp)
80001744:	4981                	li	s3,0
80001746:	b75d                	j	800016ec <__dtoa_engine+0x1a8>
80001748:	03e00793          	li	a5,62
8000174c:	ff67ece3          	bltu	a5,s6,80001744 <__dtoa_engine+0x200>
80001750:	865a                	mv	a2,s6
80001752:	557d                	li	a0,-1
80001754:	55fd                	li	a1,-1
80001756:	23c5                	jal	80001d36 <__ashldi3>
80001758:	fff54513          	not	a0,a0
8000175c:	fff5c593          	not	a1,a1
80001760:	0135f5b3          	and	a1,a1,s3
80001764:	01857533          	and	a0,a0,s8
80001768:	00b56733          	or	a4,a0,a1
8000176c:	00173993          	seqz	s3,a4
80001770:	bfb5                	j	800016ec <__dtoa_engine+0x1a8>
80001772:	02d50833          	mul	a6,a0,a3
80001776:	0785                	add	a5,a5,1
80001778:	02b536b3          	mulhu	a3,a0,a1
8000177c:	02b505b3          	mul	a1,a0,a1
80001780:	96c2                	add	a3,a3,a6
80001782:	00d4e663          	bltu	s1,a3,8000178e <__dtoa_engine+0x24a>
80001786:	fe9696e3          	bne	a3,s1,80001772 <__dtoa_engine+0x22e>
8000178a:	feb474e3          	bgeu	s0,a1,80001772 <__dtoa_engine+0x22e>
8000178e:	4732                	lw	a4,12(sp)
80001790:	97d2                	add	a5,a5,s4
80001792:	97ba                	add	a5,a5,a4
80001794:	00f04363          	bgtz	a5,8000179a <__dtoa_engine+0x256>
80001798:	4785                	li	a5,1
8000179a:	8b3e                	mv	s6,a5
8000179c:	f8fbc0e3          	blt	s7,a5,8000171c <__dtoa_engine+0x1d8>
800017a0:	4c81                	li	s9,0
800017a2:	4901                	li	s2,0
800017a4:	4c01                	li	s8,0
800017a6:	5522                	lw	a0,40(sp)
800017a8:	55b2                	lw	a1,44(sp)
800017aa:	33bd                	jal	80001518 <div10>
800017ac:	57c2                	lw	a5,48(sp)
800017ae:	8dae                	mv	s11,a1
800017b0:	55d2                	lw	a1,52(sp)
800017b2:	c82a                	sw	a0,16(sp)
800017b4:	853e                	mv	a0,a5
800017b6:	ca3e                	sw	a5,20(sp)
800017b8:	3385                	jal	80001518 <div10>
800017ba:	832a                	mv	t1,a0
800017bc:	88ae                	mv	a7,a1
800017be:	4ea9                	li	t4,10
800017c0:	01b5e763          	bltu	a1,s11,800017ce <__dtoa_engine+0x28a>
800017c4:	08bd9563          	bne	s11,a1,8000184e <__dtoa_engine+0x30a>
800017c8:	47c2                	lw	a5,16(sp)
800017ca:	08f57263          	bgeu	a0,a5,8000184e <__dtoa_engine+0x30a>
800017ce:	8522                	mv	a0,s0
800017d0:	85a6                	mv	a1,s1
800017d2:	ce46                	sw	a7,28(sp)
800017d4:	cc1a                	sw	t1,24(sp)
800017d6:	3389                	jal	80001518 <div10>
800017d8:	4362                	lw	t1,24(sp)
800017da:	4ea9                	li	t4,10
800017dc:	001cb693          	seqz	a3,s9
800017e0:	026e8833          	mul	a6,t4,t1
800017e4:	00d9f9b3          	and	s3,s3,a3
800017e8:	47d2                	lw	a5,20(sp)
800017ea:	48f2                	lw	a7,28(sp)
800017ec:	d66e                	sw	s11,44(sp)
800017ee:	d81a                	sw	t1,48(sp)
800017f0:	da46                	sw	a7,52(sp)
800017f2:	0905                	add	s2,s2,1
800017f4:	84ae                	mv	s1,a1
800017f6:	02ae86b3          	mul	a3,t4,a0
800017fa:	40f80833          	sub	a6,a6,a5
800017fe:	47c2                	lw	a5,16(sp)
80001800:	00183813          	seqz	a6,a6
80001804:	010d7d33          	and	s10,s10,a6
80001808:	d43e                	sw	a5,40(sp)
8000180a:	40d406b3          	sub	a3,s0,a3
8000180e:	0ff6fc93          	zext.b	s9,a3
80001812:	842a                	mv	s0,a0
80001814:	bf49                	j	800017a6 <__dtoa_engine+0x262>
80001816:	45a9                	li	a1,10
80001818:	4681                	li	a3,0
8000181a:	4785                	li	a5,1
8000181c:	4529                	li	a0,10
8000181e:	b795                	j	80001782 <__dtoa_engine+0x23e>
80001820:	030e8f33          	mul	t5,t4,a6
80001824:	0505                	add	a0,a0,1
80001826:	02beb833          	mulhu	a6,t4,a1
8000182a:	02be85b3          	mul	a1,t4,a1
8000182e:	987a                	add	a6,a6,t5
80001830:	0104e663          	bltu	s1,a6,8000183c <__dtoa_engine+0x2f8>
80001834:	fe9816e3          	bne	a6,s1,80001820 <__dtoa_engine+0x2dc>
80001838:	feb474e3          	bgeu	s0,a1,80001820 <__dtoa_engine+0x2dc>
8000183c:	00ab5d63          	bge	s6,a0,80001856 <__dtoa_engine+0x312>
80001840:	000b1563          	bnez	s6,8000184a <__dtoa_engine+0x306>
80001844:	009465b3          	or	a1,s0,s1
80001848:	c599                	beqz	a1,80001856 <__dtoa_engine+0x312>
8000184a:	4c05                	li	s8,1
8000184c:	b749                	j	800017ce <__dtoa_engine+0x28a>
8000184e:	45a9                	li	a1,10
80001850:	4801                	li	a6,0
80001852:	4505                	li	a0,1
80001854:	bff1                	j	80001830 <__dtoa_engine+0x2ec>
80001856:	040d0e63          	beqz	s10,800018b2 <__dtoa_engine+0x36e>
8000185a:	4da9                	li	s11,10
8000185c:	5342                	lw	t1,48(sp)
8000185e:	55d2                	lw	a1,52(sp)
80001860:	851a                	mv	a0,t1
80001862:	c81a                	sw	t1,16(sp)
80001864:	3955                	jal	80001518 <div10>
80001866:	ce2e                	sw	a1,28(sp)
80001868:	02ad85b3          	mul	a1,s11,a0
8000186c:	4342                	lw	t1,16(sp)
8000186e:	882a                	mv	a6,a0
80001870:	cc42                	sw	a6,24(sp)
80001872:	04659063          	bne	a1,t1,800018b2 <__dtoa_engine+0x36e>
80001876:	5522                	lw	a0,40(sp)
80001878:	55b2                	lw	a1,44(sp)
8000187a:	0905                	add	s2,s2,1
8000187c:	3971                	jal	80001518 <div10>
8000187e:	ca2a                	sw	a0,20(sp)
80001880:	c82e                	sw	a1,16(sp)
80001882:	8522                	mv	a0,s0
80001884:	85a6                	mv	a1,s1
80001886:	3949                	jal	80001518 <div10>
80001888:	001cb693          	seqz	a3,s9
8000188c:	00d9f9b3          	and	s3,s3,a3
80001890:	02ad86b3          	mul	a3,s11,a0
80001894:	4e52                	lw	t3,20(sp)
80001896:	4342                	lw	t1,16(sp)
80001898:	4862                	lw	a6,24(sp)
8000189a:	48f2                	lw	a7,28(sp)
8000189c:	d472                	sw	t3,40(sp)
8000189e:	d61a                	sw	t1,44(sp)
800018a0:	d842                	sw	a6,48(sp)
800018a2:	da46                	sw	a7,52(sp)
800018a4:	84ae                	mv	s1,a1
800018a6:	40d406b3          	sub	a3,s0,a3
800018aa:	0ff6fc93          	zext.b	s9,a3
800018ae:	842a                	mv	s0,a0
800018b0:	b775                	j	8000185c <__dtoa_engine+0x318>
800018b2:	9952                	add	s2,s2,s4
800018b4:	0c098563          	beqz	s3,8000197e <__dtoa_engine+0x43a>
800018b8:	4715                	li	a4,5
800018ba:	0cec9263          	bne	s9,a4,8000197e <__dtoa_engine+0x43a>
800018be:	00147713          	and	a4,s0,1
800018c2:	e35d                	bnez	a4,80001968 <__dtoa_engine+0x424>
800018c4:	000c1963          	bnez	s8,800018d6 <__dtoa_engine+0x392>
800018c8:	5742                	lw	a4,48(sp)
800018ca:	00871563          	bne	a4,s0,800018d4 <__dtoa_engine+0x390>
800018ce:	5752                	lw	a4,52(sp)
800018d0:	0c970963          	beq	a4,s1,800019a2 <__dtoa_engine+0x45e>
800018d4:	4701                	li	a4,0
800018d6:	943a                	add	s0,s0,a4
800018d8:	00e435b3          	sltu	a1,s0,a4
800018dc:	95a6                	add	a1,a1,s1
800018de:	8a2e                	mv	s4,a1
800018e0:	84a2                	mv	s1,s0
800018e2:	4629                	li	a2,10
800018e4:	4681                	li	a3,0
800018e6:	4c05                	li	s8,1
800018e8:	4529                	li	a0,10
800018ea:	00d5e663          	bltu	a1,a3,800018f6 <__dtoa_engine+0x3b2>
800018ee:	0ab69c63          	bne	a3,a1,800019a6 <__dtoa_engine+0x462>
800018f2:	0ac47a63          	bgeu	s0,a2,800019a6 <__dtoa_engine+0x462>
800018f6:	cf15                	beqz	a4,80001932 <__dtoa_engine+0x3ee>
800018f8:	038b5d63          	bge	s6,s8,80001932 <__dtoa_engine+0x3ee>
800018fc:	47a2                	lw	a5,8(sp)
800018fe:	cf91                	beqz	a5,8000191a <__dtoa_engine+0x3d6>
80001900:	4732                	lw	a4,12(sp)
80001902:	012c07b3          	add	a5,s8,s2
80001906:	00f70b33          	add	s6,a4,a5
8000190a:	000b5363          	bgez	s6,80001910 <__dtoa_engine+0x3cc>
8000190e:	4b01                	li	s6,0
80001910:	016bd363          	bge	s7,s6,80001916 <__dtoa_engine+0x3d2>
80001914:	8b5e                	mv	s6,s7
80001916:	018b5e63          	bge	s6,s8,80001932 <__dtoa_engine+0x3ee>
8000191a:	00540513          	add	a0,s0,5
8000191e:	00853433          	sltu	s0,a0,s0
80001922:	4629                	li	a2,10
80001924:	4681                	li	a3,0
80001926:	95a2                	add	a1,a1,s0
80001928:	2185                	jal	80001d88 <__udivdi3>
8000192a:	84aa                	mv	s1,a0
8000192c:	8a2e                	mv	s4,a1
8000192e:	0905                	add	s2,s2,1
80001930:	1c7d                	add	s8,s8,-1
80001932:	87da                	mv	a5,s6
80001934:	016c5363          	bge	s8,s6,8000193a <__dtoa_engine+0x3f6>
80001938:	87e2                	mv	a5,s8
8000193a:	01079413          	sll	s0,a5,0x10
8000193e:	0942                	sll	s2,s2,0x10
80001940:	8441                	sra	s0,s0,0x10
80001942:	41095913          	sra	s2,s2,0x10
80001946:	9922                	add	s2,s2,s0
80001948:	008a8b33          	add	s6,s5,s0
8000194c:	197d                	add	s2,s2,-1
8000194e:	4b81                	li	s7,0
80001950:	8c5a                	mv	s8,s6
80001952:	1b7d                	add	s6,s6,-1
80001954:	068bc263          	blt	s7,s0,800019b8 <__dtoa_engine+0x474>
80001958:	4782                	lw	a5,0(sp)
8000195a:	000c02a3          	sb	zero,5(s8)
8000195e:	012aa023          	sw	s2,0(s5)
80001962:	00fa8223          	sb	a5,4(s5)
80001966:	b135                	j	80001592 <__dtoa_engine+0x4e>
80001968:	4705                	li	a4,1
8000196a:	f60c16e3          	bnez	s8,800018d6 <__dtoa_engine+0x392>
8000196e:	5742                	lw	a4,48(sp)
80001970:	00871563          	bne	a4,s0,8000197a <__dtoa_engine+0x436>
80001974:	5752                	lw	a4,52(sp)
80001976:	00970c63          	beq	a4,s1,8000198e <__dtoa_engine+0x44a>
8000197a:	4705                	li	a4,1
8000197c:	bfa9                	j	800018d6 <__dtoa_engine+0x392>
8000197e:	000c1d63          	bnez	s8,80001998 <__dtoa_engine+0x454>
80001982:	5742                	lw	a4,48(sp)
80001984:	00871a63          	bne	a4,s0,80001998 <__dtoa_engine+0x454>
80001988:	5752                	lw	a4,52(sp)
8000198a:	00971763          	bne	a4,s1,80001998 <__dtoa_engine+0x454>
8000198e:	4792                	lw	a5,4(sp)
80001990:	4705                	li	a4,1
80001992:	f3b1                	bnez	a5,800018d6 <__dtoa_engine+0x392>
80001994:	f40d01e3          	beqz	s10,800018d6 <__dtoa_engine+0x392>
80001998:	005cb693          	sltiu	a3,s9,5
8000199c:	0016c713          	xor	a4,a3,1
800019a0:	bf1d                	j	800018d6 <__dtoa_engine+0x392>
800019a2:	4c91                	li	s9,4
800019a4:	b7ed                	j	8000198e <__dtoa_engine+0x44a>
800019a6:	02d50833          	mul	a6,a0,a3
800019aa:	0c05                	add	s8,s8,1
800019ac:	02c536b3          	mulhu	a3,a0,a2
800019b0:	02c50633          	mul	a2,a0,a2
800019b4:	96c2                	add	a3,a3,a6
800019b6:	bf15                	j	800018ea <__dtoa_engine+0x3a6>
800019b8:	4629                	li	a2,10
800019ba:	4681                	li	a3,0
800019bc:	8526                	mv	a0,s1
800019be:	85d2                	mv	a1,s4
800019c0:	271d                	jal	800020e6 <__umoddi3>
800019c2:	03050513          	add	a0,a0,48
800019c6:	00ab02a3          	sb	a0,5(s6)
800019ca:	85d2                	mv	a1,s4
800019cc:	8526                	mv	a0,s1
800019ce:	4629                	li	a2,10
800019d0:	4681                	li	a3,0
800019d2:	2e5d                	jal	80001d88 <__udivdi3>
800019d4:	84aa                	mv	s1,a0
800019d6:	8a2e                	mv	s4,a1
800019d8:	0b85                	add	s7,s7,1
800019da:	bfa5                	j	80001952 <__dtoa_engine+0x40e>

800019dc <__pow5Factor>:
800019dc:	ccccd737          	lui	a4,0xccccd
800019e0:	333336b7          	lui	a3,0x33333
800019e4:	87aa                	mv	a5,a0
800019e6:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
800019ea:	4501                	li	a0,0
800019ec:	ccc70713          	add	a4,a4,-820
800019f0:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
800019f4:	02c585b3          	mul	a1,a1,a2
800019f8:	02e78833          	mul	a6,a5,a4
800019fc:	982e                	add	a6,a6,a1
800019fe:	02c7b5b3          	mulhu	a1,a5,a2
80001a02:	95c2                	add	a1,a1,a6
80001a04:	02c787b3          	mul	a5,a5,a2
80001a08:	00b6e863          	bltu	a3,a1,80001a18 <__pow5Factor+0x3c>
80001a0c:	00d59463          	bne	a1,a3,80001a14 <__pow5Factor+0x38>
80001a10:	00f5e463          	bltu	a1,a5,80001a18 <__pow5Factor+0x3c>
80001a14:	0505                	add	a0,a0,1
80001a16:	bff9                	j	800019f4 <__pow5Factor+0x18>
80001a18:	8082                	ret

80001a1a <__double_computePow5>:
80001a1a:	1fd002ef          	jal	t0,80002416 <__riscv_save_10>
80001a1e:	47e9                	li	a5,26
80001a20:	02f55b33          	divu	s6,a0,a5
80001a24:	800029b7          	lui	s3,0x80002
80001a28:	63898b93          	add	s7,s3,1592 # 80002638 <DOUBLE_POW5_SPLIT2>
80001a2c:	1101                	add	sp,sp,-32
80001a2e:	892e                	mv	s2,a1
80001a30:	02f577b3          	remu	a5,a0,a5
80001a34:	004b1713          	sll	a4,s6,0x4
80001a38:	9bba                	add	s7,s7,a4
80001a3a:	e395                	bnez	a5,80001a5e <__double_computePow5+0x44>
80001a3c:	000ba703          	lw	a4,0(s7)
80001a40:	004ba783          	lw	a5,4(s7)
80001a44:	c198                	sw	a4,0(a1)
80001a46:	c1dc                	sw	a5,4(a1)
80001a48:	008ba503          	lw	a0,8(s7)
80001a4c:	00cba583          	lw	a1,12(s7)
80001a50:	00a92423          	sw	a0,8(s2)
80001a54:	00b92623          	sw	a1,12(s2)
80001a58:	6105                	add	sp,sp,32
80001a5a:	1f50006f          	j	8000244e <__riscv_restore_10>
80001a5e:	63898993          	add	s3,s3,1592
80001a62:	078e                	sll	a5,a5,0x3
80001a64:	97ce                	add	a5,a5,s3
80001a66:	0d07aa03          	lw	s4,208(a5)
80001a6a:	0d47aa83          	lw	s5,212(a5)
80001a6e:	008ba603          	lw	a2,8(s7)
80001a72:	00cba683          	lw	a3,12(s7)
80001a76:	0818                	add	a4,sp,16
80001a78:	85d6                	mv	a1,s5
80001a7a:	842a                	mv	s0,a0
80001a7c:	8552                	mv	a0,s4
80001a7e:	22d9                	jal	80001c44 <__umul128>
80001a80:	000ba603          	lw	a2,0(s7)
80001a84:	004ba683          	lw	a3,4(s7)
80001a88:	84aa                	mv	s1,a0
80001a8a:	8c2e                	mv	s8,a1
80001a8c:	0838                	add	a4,sp,24
80001a8e:	8552                	mv	a0,s4
80001a90:	85d6                	mv	a1,s5
80001a92:	2a4d                	jal	80001c44 <__umul128>
80001a94:	47e2                	lw	a5,24(sp)
80001a96:	4772                	lw	a4,28(sp)
80001a98:	8aaa                	mv	s5,a0
80001a9a:	94be                	add	s1,s1,a5
80001a9c:	00f4ba33          	sltu	s4,s1,a5
80001aa0:	9c3a                	add	s8,s8,a4
80001aa2:	9a62                	add	s4,s4,s8
80001aa4:	00ea6663          	bltu	s4,a4,80001ab0 <__double_computePow5+0x96>
80001aa8:	01471d63          	bne	a4,s4,80001ac2 <__double_computePow5+0xa8>
80001aac:	00f4fb63          	bgeu	s1,a5,80001ac2 <__double_computePow5+0xa8>
80001ab0:	47c2                	lw	a5,16(sp)
80001ab2:	46d2                	lw	a3,20(sp)
80001ab4:	00178713          	add	a4,a5,1
80001ab8:	00f737b3          	sltu	a5,a4,a5
80001abc:	97b6                	add	a5,a5,a3
80001abe:	c83a                	sw	a4,16(sp)
80001ac0:	ca3e                	sw	a5,20(sp)
80001ac2:	8522                	mv	a0,s0
80001ac4:	c62e                	sw	a1,12(sp)
80001ac6:	22b5                	jal	80001c32 <__pow5bits>
80001ac8:	8baa                	mv	s7,a0
80001aca:	4569                	li	a0,26
80001acc:	02ab0533          	mul	a0,s6,a0
80001ad0:	228d                	jal	80001c32 <__pow5bits>
80001ad2:	45b2                	lw	a1,12(sp)
80001ad4:	40ab8733          	sub	a4,s7,a0
80001ad8:	8626                	mv	a2,s1
80001ada:	86d2                	mv	a3,s4
80001adc:	8556                	mv	a0,s5
80001ade:	c43a                	sw	a4,8(sp)
80001ae0:	2a45                	jal	80001c90 <__shiftright128>
80001ae2:	00445793          	srl	a5,s0,0x4
80001ae6:	078a                	sll	a5,a5,0x2
80001ae8:	99be                	add	s3,s3,a5
80001aea:	1a09a783          	lw	a5,416(s3)
80001aee:	0406                	sll	s0,s0,0x1
80001af0:	8879                	and	s0,s0,30
80001af2:	0087d7b3          	srl	a5,a5,s0
80001af6:	8b8d                	and	a5,a5,3
80001af8:	953e                	add	a0,a0,a5
80001afa:	00f537b3          	sltu	a5,a0,a5
80001afe:	4722                	lw	a4,8(sp)
80001b00:	4642                	lw	a2,16(sp)
80001b02:	46d2                	lw	a3,20(sp)
80001b04:	97ae                	add	a5,a5,a1
80001b06:	00a92023          	sw	a0,0(s2)
80001b0a:	00f92223          	sw	a5,4(s2)
80001b0e:	8526                	mv	a0,s1
80001b10:	85d2                	mv	a1,s4
80001b12:	2abd                	jal	80001c90 <__shiftright128>
80001b14:	bf35                	j	80001a50 <__double_computePow5+0x36>

80001b16 <__double_computeInvPow5>:
80001b16:	101002ef          	jal	t0,80002416 <__riscv_save_10>
80001b1a:	4b69                	li	s6,26
80001b1c:	01950793          	add	a5,a0,25
80001b20:	0367d7b3          	divu	a5,a5,s6
80001b24:	80002ab7          	lui	s5,0x80002
80001b28:	638a8493          	add	s1,s5,1592 # 80002638 <DOUBLE_POW5_SPLIT2>
80001b2c:	1f848493          	add	s1,s1,504
80001b30:	1101                	add	sp,sp,-32
80001b32:	8a2e                	mv	s4,a1
80001b34:	03678b33          	mul	s6,a5,s6
80001b38:	0792                	sll	a5,a5,0x4
80001b3a:	94be                	add	s1,s1,a5
80001b3c:	40ab0733          	sub	a4,s6,a0
80001b40:	00ab1f63          	bne	s6,a0,80001b5e <__double_computeInvPow5+0x48>
80001b44:	4098                	lw	a4,0(s1)
80001b46:	40dc                	lw	a5,4(s1)
80001b48:	c198                	sw	a4,0(a1)
80001b4a:	c1dc                	sw	a5,4(a1)
80001b4c:	4488                	lw	a0,8(s1)
80001b4e:	44cc                	lw	a1,12(s1)
80001b50:	00aa2423          	sw	a0,8(s4)
80001b54:	00ba2623          	sw	a1,12(s4)
80001b58:	6105                	add	sp,sp,32
80001b5a:	0f50006f          	j	8000244e <__riscv_restore_10>
80001b5e:	638a8a93          	add	s5,s5,1592
80001b62:	070e                	sll	a4,a4,0x3
80001b64:	9756                	add	a4,a4,s5
80001b66:	0d072903          	lw	s2,208(a4)
80001b6a:	0d472983          	lw	s3,212(a4)
80001b6e:	4490                	lw	a2,8(s1)
80001b70:	44d4                	lw	a3,12(s1)
80001b72:	0818                	add	a4,sp,16
80001b74:	85ce                	mv	a1,s3
80001b76:	842a                	mv	s0,a0
80001b78:	854a                	mv	a0,s2
80001b7a:	20e9                	jal	80001c44 <__umul128>
80001b7c:	4090                	lw	a2,0(s1)
80001b7e:	40d4                	lw	a3,4(s1)
80001b80:	8c2a                	mv	s8,a0
80001b82:	00163793          	seqz	a5,a2
80001b86:	8bae                	mv	s7,a1
80001b88:	0838                	add	a4,sp,24
80001b8a:	8e9d                	sub	a3,a3,a5
80001b8c:	854a                	mv	a0,s2
80001b8e:	85ce                	mv	a1,s3
80001b90:	167d                	add	a2,a2,-1
80001b92:	284d                	jal	80001c44 <__umul128>
80001b94:	47e2                	lw	a5,24(sp)
80001b96:	4772                	lw	a4,28(sp)
80001b98:	89aa                	mv	s3,a0
80001b9a:	9c3e                	add	s8,s8,a5
80001b9c:	00fc3933          	sltu	s2,s8,a5
80001ba0:	9bba                	add	s7,s7,a4
80001ba2:	995e                	add	s2,s2,s7
80001ba4:	00e96663          	bltu	s2,a4,80001bb0 <__double_computeInvPow5+0x9a>
80001ba8:	01271d63          	bne	a4,s2,80001bc2 <__double_computeInvPow5+0xac>
80001bac:	00fc7b63          	bgeu	s8,a5,80001bc2 <__double_computeInvPow5+0xac>
80001bb0:	47c2                	lw	a5,16(sp)
80001bb2:	46d2                	lw	a3,20(sp)
80001bb4:	00178713          	add	a4,a5,1
80001bb8:	00f737b3          	sltu	a5,a4,a5
80001bbc:	97b6                	add	a5,a5,a3
80001bbe:	c83a                	sw	a4,16(sp)
80001bc0:	ca3e                	sw	a5,20(sp)
80001bc2:	855a                	mv	a0,s6
80001bc4:	c62e                	sw	a1,12(sp)
80001bc6:	20b5                	jal	80001c32 <__pow5bits>
80001bc8:	8b2a                	mv	s6,a0
80001bca:	8522                	mv	a0,s0
80001bcc:	209d                	jal	80001c32 <__pow5bits>
80001bce:	45b2                	lw	a1,12(sp)
80001bd0:	40ab0733          	sub	a4,s6,a0
80001bd4:	8662                	mv	a2,s8
80001bd6:	86ca                	mv	a3,s2
80001bd8:	854e                	mv	a0,s3
80001bda:	c43a                	sw	a4,8(sp)
80001bdc:	2855                	jal	80001c90 <__shiftright128>
80001bde:	00445793          	srl	a5,s0,0x4
80001be2:	078a                	sll	a5,a5,0x2
80001be4:	9abe                	add	s5,s5,a5
80001be6:	2e8aa783          	lw	a5,744(s5)
80001bea:	0406                	sll	s0,s0,0x1
80001bec:	8879                	and	s0,s0,30
80001bee:	0087d7b3          	srl	a5,a5,s0
80001bf2:	8b8d                	and	a5,a5,3
80001bf4:	0785                	add	a5,a5,1
80001bf6:	953e                	add	a0,a0,a5
80001bf8:	00f537b3          	sltu	a5,a0,a5
80001bfc:	4722                	lw	a4,8(sp)
80001bfe:	4642                	lw	a2,16(sp)
80001c00:	46d2                	lw	a3,20(sp)
80001c02:	97ae                	add	a5,a5,a1
80001c04:	00aa2023          	sw	a0,0(s4)
80001c08:	00fa2223          	sw	a5,4(s4)
80001c0c:	8562                	mv	a0,s8
80001c0e:	85ca                	mv	a1,s2
80001c10:	2041                	jal	80001c90 <__shiftright128>
80001c12:	bf3d                	j	80001b50 <__double_computeInvPow5+0x3a>

80001c14 <__log10Pow2>:
80001c14:	67cd                	lui	a5,0x13
80001c16:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001c1a:	02f50533          	mul	a0,a0,a5
80001c1e:	8149                	srl	a0,a0,0x12
80001c20:	8082                	ret

80001c22 <__log10Pow5>:
80001c22:	000b37b7          	lui	a5,0xb3
80001c26:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001c2a:	02f50533          	mul	a0,a0,a5
80001c2e:	8151                	srl	a0,a0,0x14
80001c30:	8082                	ret

80001c32 <__pow5bits>:
80001c32:	001297b7          	lui	a5,0x129
80001c36:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001c3a:	02f50533          	mul	a0,a0,a5
80001c3e:	814d                	srl	a0,a0,0x13
80001c40:	0505                	add	a0,a0,1
80001c42:	8082                	ret

80001c44 <__umul128>:
80001c44:	02c537b3          	mulhu	a5,a0,a2
80001c48:	832e                	mv	t1,a1
80001c4a:	02c585b3          	mul	a1,a1,a2
80001c4e:	02c33833          	mulhu	a6,t1,a2
80001c52:	95be                	add	a1,a1,a5
80001c54:	00f5b7b3          	sltu	a5,a1,a5
80001c58:	97c2                	add	a5,a5,a6
80001c5a:	02a68833          	mul	a6,a3,a0
80001c5e:	02a6b8b3          	mulhu	a7,a3,a0
80001c62:	95c2                	add	a1,a1,a6
80001c64:	0105b833          	sltu	a6,a1,a6
80001c68:	98c2                	add	a7,a7,a6
80001c6a:	02d30833          	mul	a6,t1,a3
80001c6e:	02d33333          	mulhu	t1,t1,a3
80001c72:	983e                	add	a6,a6,a5
80001c74:	011806b3          	add	a3,a6,a7
80001c78:	00f837b3          	sltu	a5,a6,a5
80001c7c:	0106b833          	sltu	a6,a3,a6
80001c80:	c314                	sw	a3,0(a4)
80001c82:	979a                	add	a5,a5,t1
80001c84:	983e                	add	a6,a6,a5
80001c86:	02c50533          	mul	a0,a0,a2
80001c8a:	01072223          	sw	a6,4(a4)
80001c8e:	8082                	ret

80001c90 <__shiftright128>:
80001c90:	794002ef          	jal	t0,80002424 <__riscv_save_4>
80001c94:	8a2a                	mv	s4,a0
80001c96:	8532                	mv	a0,a2
80001c98:	04000613          	li	a2,64
80001c9c:	8e19                	sub	a2,a2,a4
80001c9e:	89ae                	mv	s3,a1
80001ca0:	85b6                	mv	a1,a3
80001ca2:	843a                	mv	s0,a4
80001ca4:	2849                	jal	80001d36 <__ashldi3>
80001ca6:	892a                	mv	s2,a0
80001ca8:	84ae                	mv	s1,a1
80001caa:	8622                	mv	a2,s0
80001cac:	8552                	mv	a0,s4
80001cae:	85ce                	mv	a1,s3
80001cb0:	28b9                	jal	80001d0e <__lshrdi3>
80001cb2:	00a96533          	or	a0,s2,a0
80001cb6:	8dc5                	or	a1,a1,s1
80001cb8:	a745                	j	80002458 <__riscv_restore_4>

80001cba <__libc_fini_array>:
80001cba:	784002ef          	jal	t0,8000243e <__riscv_save_0>
80001cbe:	800037b7          	lui	a5,0x80003
80001cc2:	80003437          	lui	s0,0x80003
80001cc6:	a8078713          	add	a4,a5,-1408 # 80002a80 <__fini_array_end>
80001cca:	a8040413          	add	s0,s0,-1408 # 80002a80 <__fini_array_end>
80001cce:	8c19                	sub	s0,s0,a4
80001cd0:	8409                	sra	s0,s0,0x2
80001cd2:	a8078493          	add	s1,a5,-1408
80001cd6:	e809                	bnez	s0,80001ce8 <__libc_fini_array+0x2e>
80001cd8:	00000793          	li	a5,0
80001cdc:	c789                	beqz	a5,80001ce6 <__libc_fini_array+0x2c>
80001cde:	00000097          	auipc	ra,0x0
80001ce2:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001ce6:	afb5                	j	80002462 <__riscv_restore_0>
80001ce8:	147d                	add	s0,s0,-1
80001cea:	00241793          	sll	a5,s0,0x2
80001cee:	97a6                	add	a5,a5,s1
80001cf0:	439c                	lw	a5,0(a5)
80001cf2:	9782                	jalr	a5
80001cf4:	b7cd                	j	80001cd6 <__libc_fini_array+0x1c>

80001cf6 <strnlen>:
80001cf6:	95aa                	add	a1,a1,a0
80001cf8:	87aa                	mv	a5,a0
80001cfa:	00b78563          	beq	a5,a1,80001d04 <strnlen+0xe>
80001cfe:	0007c703          	lbu	a4,0(a5)
80001d02:	e701                	bnez	a4,80001d0a <strnlen+0x14>
80001d04:	40a78533          	sub	a0,a5,a0
80001d08:	8082                	ret
80001d0a:	0785                	add	a5,a5,1
80001d0c:	b7fd                	j	80001cfa <strnlen+0x4>

80001d0e <__lshrdi3>:
80001d0e:	ca19                	beqz	a2,80001d24 <__lshrdi3+0x16>
80001d10:	02000793          	li	a5,32
80001d14:	8f91                	sub	a5,a5,a2
80001d16:	00f04863          	bgtz	a5,80001d26 <__lshrdi3+0x18>
80001d1a:	1601                	add	a2,a2,-32
80001d1c:	00c5d533          	srl	a0,a1,a2
80001d20:	4701                	li	a4,0
80001d22:	85ba                	mv	a1,a4
80001d24:	8082                	ret
80001d26:	00c5d733          	srl	a4,a1,a2
80001d2a:	00c55533          	srl	a0,a0,a2
80001d2e:	00f595b3          	sll	a1,a1,a5
80001d32:	8d4d                	or	a0,a0,a1
80001d34:	b7fd                	j	80001d22 <__lshrdi3+0x14>

80001d36 <__ashldi3>:
80001d36:	ca19                	beqz	a2,80001d4c <__ashldi3+0x16>
80001d38:	02000793          	li	a5,32
80001d3c:	8f91                	sub	a5,a5,a2
80001d3e:	00f04863          	bgtz	a5,80001d4e <__ashldi3+0x18>
80001d42:	1601                	add	a2,a2,-32
80001d44:	00c515b3          	sll	a1,a0,a2
80001d48:	4701                	li	a4,0
80001d4a:	853a                	mv	a0,a4
80001d4c:	8082                	ret
80001d4e:	00c51733          	sll	a4,a0,a2
80001d52:	00c595b3          	sll	a1,a1,a2
80001d56:	00f55533          	srl	a0,a0,a5
80001d5a:	8dc9                	or	a1,a1,a0
80001d5c:	b7fd                	j	80001d4a <__ashldi3+0x14>

80001d5e <__ashrdi3>:
80001d5e:	ce01                	beqz	a2,80001d76 <__ashrdi3+0x18>
80001d60:	02000793          	li	a5,32
80001d64:	8f91                	sub	a5,a5,a2
80001d66:	00f04963          	bgtz	a5,80001d78 <__ashrdi3+0x1a>
80001d6a:	1601                	add	a2,a2,-32
80001d6c:	41f5d713          	sra	a4,a1,0x1f
80001d70:	40c5d533          	sra	a0,a1,a2
80001d74:	85ba                	mv	a1,a4
80001d76:	8082                	ret
80001d78:	40c5d733          	sra	a4,a1,a2
80001d7c:	00c55533          	srl	a0,a0,a2
80001d80:	00f595b3          	sll	a1,a1,a5
80001d84:	8d4d                	or	a0,a0,a1
80001d86:	b7fd                	j	80001d74 <__ashrdi3+0x16>

80001d88 <__udivdi3>:
80001d88:	88aa                	mv	a7,a0
80001d8a:	832e                	mv	t1,a1
80001d8c:	8732                	mv	a4,a2
80001d8e:	882a                	mv	a6,a0
80001d90:	87ae                	mv	a5,a1
80001d92:	20069663          	bnez	a3,80001f9e <__udivdi3+0x216>
80001d96:	00001597          	auipc	a1,0x1
80001d9a:	bde58593          	add	a1,a1,-1058 # 80002974 <__clz_tab>
80001d9e:	0cc37163          	bgeu	t1,a2,80001e60 <__udivdi3+0xd8>
80001da2:	66c1                	lui	a3,0x10
80001da4:	0ad67763          	bgeu	a2,a3,80001e52 <__udivdi3+0xca>
80001da8:	10063693          	sltiu	a3,a2,256
80001dac:	0016c693          	xor	a3,a3,1
80001db0:	068e                	sll	a3,a3,0x3
80001db2:	00d65533          	srl	a0,a2,a3
80001db6:	95aa                	add	a1,a1,a0
80001db8:	0005c583          	lbu	a1,0(a1)
80001dbc:	02000513          	li	a0,32
80001dc0:	96ae                	add	a3,a3,a1
80001dc2:	40d505b3          	sub	a1,a0,a3
80001dc6:	00d50b63          	beq	a0,a3,80001ddc <__udivdi3+0x54>
80001dca:	00b317b3          	sll	a5,t1,a1
80001dce:	00d8d6b3          	srl	a3,a7,a3
80001dd2:	00b61733          	sll	a4,a2,a1
80001dd6:	8fd5                	or	a5,a5,a3
80001dd8:	00b89833          	sll	a6,a7,a1
80001ddc:	01075593          	srl	a1,a4,0x10
80001de0:	02b7d333          	divu	t1,a5,a1
80001de4:	01071613          	sll	a2,a4,0x10
80001de8:	8241                	srl	a2,a2,0x10
80001dea:	02b7f7b3          	remu	a5,a5,a1
80001dee:	851a                	mv	a0,t1
80001df0:	026608b3          	mul	a7,a2,t1
80001df4:	01079693          	sll	a3,a5,0x10
80001df8:	01085793          	srl	a5,a6,0x10
80001dfc:	8fd5                	or	a5,a5,a3
80001dfe:	0117fc63          	bgeu	a5,a7,80001e16 <__udivdi3+0x8e>
80001e02:	97ba                	add	a5,a5,a4
80001e04:	fff30513          	add	a0,t1,-1
80001e08:	00e7e763          	bltu	a5,a4,80001e16 <__udivdi3+0x8e>
80001e0c:	0117f563          	bgeu	a5,a7,80001e16 <__udivdi3+0x8e>
80001e10:	ffe30513          	add	a0,t1,-2
80001e14:	97ba                	add	a5,a5,a4
80001e16:	411787b3          	sub	a5,a5,a7
80001e1a:	02b7d8b3          	divu	a7,a5,a1
80001e1e:	0842                	sll	a6,a6,0x10
80001e20:	01085813          	srl	a6,a6,0x10
80001e24:	02b7f7b3          	remu	a5,a5,a1
80001e28:	031606b3          	mul	a3,a2,a7
80001e2c:	07c2                	sll	a5,a5,0x10
80001e2e:	00f86833          	or	a6,a6,a5
80001e32:	87c6                	mv	a5,a7
80001e34:	00d87b63          	bgeu	a6,a3,80001e4a <__udivdi3+0xc2>
80001e38:	983a                	add	a6,a6,a4
80001e3a:	fff88793          	add	a5,a7,-1
80001e3e:	00e86663          	bltu	a6,a4,80001e4a <__udivdi3+0xc2>
80001e42:	00d87463          	bgeu	a6,a3,80001e4a <__udivdi3+0xc2>
80001e46:	ffe88793          	add	a5,a7,-2
80001e4a:	0542                	sll	a0,a0,0x10
80001e4c:	8d5d                	or	a0,a0,a5
80001e4e:	4581                	li	a1,0
80001e50:	8082                	ret
80001e52:	01000537          	lui	a0,0x1000
80001e56:	46c1                	li	a3,16
80001e58:	f4a66de3          	bltu	a2,a0,80001db2 <__udivdi3+0x2a>
80001e5c:	46e1                	li	a3,24
80001e5e:	bf91                	j	80001db2 <__udivdi3+0x2a>
80001e60:	4681                	li	a3,0
80001e62:	ca09                	beqz	a2,80001e74 <__udivdi3+0xec>
80001e64:	67c1                	lui	a5,0x10
80001e66:	08f67f63          	bgeu	a2,a5,80001f04 <__udivdi3+0x17c>
80001e6a:	10063693          	sltiu	a3,a2,256
80001e6e:	0016c693          	xor	a3,a3,1
80001e72:	068e                	sll	a3,a3,0x3
80001e74:	00d657b3          	srl	a5,a2,a3
80001e78:	95be                	add	a1,a1,a5
80001e7a:	0005c783          	lbu	a5,0(a1)
80001e7e:	97b6                	add	a5,a5,a3
80001e80:	02000693          	li	a3,32
80001e84:	40f685b3          	sub	a1,a3,a5
80001e88:	08f69563          	bne	a3,a5,80001f12 <__udivdi3+0x18a>
80001e8c:	40c307b3          	sub	a5,t1,a2
80001e90:	4585                	li	a1,1
80001e92:	01075893          	srl	a7,a4,0x10
80001e96:	0317de33          	divu	t3,a5,a7
80001e9a:	01071613          	sll	a2,a4,0x10
80001e9e:	8241                	srl	a2,a2,0x10
80001ea0:	01085693          	srl	a3,a6,0x10
80001ea4:	0317f7b3          	remu	a5,a5,a7
80001ea8:	8572                	mv	a0,t3
80001eaa:	03c60333          	mul	t1,a2,t3
80001eae:	07c2                	sll	a5,a5,0x10
80001eb0:	8fd5                	or	a5,a5,a3
80001eb2:	0067fc63          	bgeu	a5,t1,80001eca <__udivdi3+0x142>
80001eb6:	97ba                	add	a5,a5,a4
80001eb8:	fffe0513          	add	a0,t3,-1
80001ebc:	00e7e763          	bltu	a5,a4,80001eca <__udivdi3+0x142>
80001ec0:	0067f563          	bgeu	a5,t1,80001eca <__udivdi3+0x142>
80001ec4:	ffee0513          	add	a0,t3,-2
80001ec8:	97ba                	add	a5,a5,a4
80001eca:	406787b3          	sub	a5,a5,t1
80001ece:	0317d333          	divu	t1,a5,a7
80001ed2:	0842                	sll	a6,a6,0x10
80001ed4:	01085813          	srl	a6,a6,0x10
80001ed8:	0317f7b3          	remu	a5,a5,a7
80001edc:	026606b3          	mul	a3,a2,t1
80001ee0:	07c2                	sll	a5,a5,0x10
80001ee2:	00f86833          	or	a6,a6,a5
80001ee6:	879a                	mv	a5,t1
80001ee8:	00d87b63          	bgeu	a6,a3,80001efe <__udivdi3+0x176>
80001eec:	983a                	add	a6,a6,a4
80001eee:	fff30793          	add	a5,t1,-1
80001ef2:	00e86663          	bltu	a6,a4,80001efe <__udivdi3+0x176>
80001ef6:	00d87463          	bgeu	a6,a3,80001efe <__udivdi3+0x176>
80001efa:	ffe30793          	add	a5,t1,-2
80001efe:	0542                	sll	a0,a0,0x10
80001f00:	8d5d                	or	a0,a0,a5
80001f02:	8082                	ret
80001f04:	010007b7          	lui	a5,0x1000
80001f08:	46c1                	li	a3,16
80001f0a:	f6f665e3          	bltu	a2,a5,80001e74 <__udivdi3+0xec>
80001f0e:	46e1                	li	a3,24
80001f10:	b795                	j	80001e74 <__udivdi3+0xec>
80001f12:	00b61733          	sll	a4,a2,a1
80001f16:	00f356b3          	srl	a3,t1,a5
80001f1a:	01075513          	srl	a0,a4,0x10
80001f1e:	00b31333          	sll	t1,t1,a1
80001f22:	00f8d7b3          	srl	a5,a7,a5
80001f26:	0067e7b3          	or	a5,a5,t1
80001f2a:	02a6d333          	divu	t1,a3,a0
80001f2e:	01071613          	sll	a2,a4,0x10
80001f32:	8241                	srl	a2,a2,0x10
80001f34:	00b89833          	sll	a6,a7,a1
80001f38:	02a6f6b3          	remu	a3,a3,a0
80001f3c:	026608b3          	mul	a7,a2,t1
80001f40:	01069593          	sll	a1,a3,0x10
80001f44:	0107d693          	srl	a3,a5,0x10
80001f48:	8ecd                	or	a3,a3,a1
80001f4a:	859a                	mv	a1,t1
80001f4c:	0116fc63          	bgeu	a3,a7,80001f64 <__udivdi3+0x1dc>
80001f50:	96ba                	add	a3,a3,a4
80001f52:	fff30593          	add	a1,t1,-1
80001f56:	00e6e763          	bltu	a3,a4,80001f64 <__udivdi3+0x1dc>
80001f5a:	0116f563          	bgeu	a3,a7,80001f64 <__udivdi3+0x1dc>
80001f5e:	ffe30593          	add	a1,t1,-2
80001f62:	96ba                	add	a3,a3,a4
80001f64:	411686b3          	sub	a3,a3,a7
80001f68:	02a6d8b3          	divu	a7,a3,a0
80001f6c:	07c2                	sll	a5,a5,0x10
80001f6e:	83c1                	srl	a5,a5,0x10
80001f70:	02a6f6b3          	remu	a3,a3,a0
80001f74:	03160633          	mul	a2,a2,a7
80001f78:	06c2                	sll	a3,a3,0x10
80001f7a:	8fd5                	or	a5,a5,a3
80001f7c:	86c6                	mv	a3,a7
80001f7e:	00c7fc63          	bgeu	a5,a2,80001f96 <__udivdi3+0x20e>
80001f82:	97ba                	add	a5,a5,a4
80001f84:	fff88693          	add	a3,a7,-1
80001f88:	00e7e763          	bltu	a5,a4,80001f96 <__udivdi3+0x20e>
80001f8c:	00c7f563          	bgeu	a5,a2,80001f96 <__udivdi3+0x20e>
80001f90:	ffe88693          	add	a3,a7,-2
80001f94:	97ba                	add	a5,a5,a4
80001f96:	05c2                	sll	a1,a1,0x10
80001f98:	8f91                	sub	a5,a5,a2
80001f9a:	8dd5                	or	a1,a1,a3
80001f9c:	bddd                	j	80001e92 <__udivdi3+0x10a>
80001f9e:	14d5e163          	bltu	a1,a3,800020e0 <__udivdi3+0x358>
80001fa2:	67c1                	lui	a5,0x10
80001fa4:	02f6ff63          	bgeu	a3,a5,80001fe2 <__udivdi3+0x25a>
80001fa8:	1006b713          	sltiu	a4,a3,256
80001fac:	00174713          	xor	a4,a4,1
80001fb0:	070e                	sll	a4,a4,0x3
80001fb2:	00e6d5b3          	srl	a1,a3,a4
80001fb6:	00001797          	auipc	a5,0x1
80001fba:	9be78793          	add	a5,a5,-1602 # 80002974 <__clz_tab>
80001fbe:	97ae                	add	a5,a5,a1
80001fc0:	0007c783          	lbu	a5,0(a5)
80001fc4:	97ba                	add	a5,a5,a4
80001fc6:	02000713          	li	a4,32
80001fca:	40f705b3          	sub	a1,a4,a5
80001fce:	02f71163          	bne	a4,a5,80001ff0 <__udivdi3+0x268>
80001fd2:	4505                	li	a0,1
80001fd4:	e666eee3          	bltu	a3,t1,80001e50 <__udivdi3+0xc8>
80001fd8:	00c8b533          	sltu	a0,a7,a2
80001fdc:	00154513          	xor	a0,a0,1
80001fe0:	8082                	ret
80001fe2:	010007b7          	lui	a5,0x1000
80001fe6:	4741                	li	a4,16
80001fe8:	fcf6e5e3          	bltu	a3,a5,80001fb2 <__udivdi3+0x22a>
80001fec:	4761                	li	a4,24
80001fee:	b7d1                	j	80001fb2 <__udivdi3+0x22a>
80001ff0:	00f65733          	srl	a4,a2,a5
80001ff4:	00b696b3          	sll	a3,a3,a1
80001ff8:	8ed9                	or	a3,a3,a4
80001ffa:	00f35733          	srl	a4,t1,a5
80001ffe:	00b31333          	sll	t1,t1,a1
80002002:	00f8d7b3          	srl	a5,a7,a5
80002006:	0067e7b3          	or	a5,a5,t1
8000200a:	0106d313          	srl	t1,a3,0x10
8000200e:	02675eb3          	divu	t4,a4,t1
80002012:	01069813          	sll	a6,a3,0x10
80002016:	01085813          	srl	a6,a6,0x10
8000201a:	00b61633          	sll	a2,a2,a1
8000201e:	02677733          	remu	a4,a4,t1
80002022:	03d80e33          	mul	t3,a6,t4
80002026:	01071513          	sll	a0,a4,0x10
8000202a:	0107d713          	srl	a4,a5,0x10
8000202e:	8f49                	or	a4,a4,a0
80002030:	8576                	mv	a0,t4
80002032:	01c77c63          	bgeu	a4,t3,8000204a <__udivdi3+0x2c2>
80002036:	9736                	add	a4,a4,a3
80002038:	fffe8513          	add	a0,t4,-1
8000203c:	00d76763          	bltu	a4,a3,8000204a <__udivdi3+0x2c2>
80002040:	01c77563          	bgeu	a4,t3,8000204a <__udivdi3+0x2c2>
80002044:	ffee8513          	add	a0,t4,-2
80002048:	9736                	add	a4,a4,a3
8000204a:	41c70733          	sub	a4,a4,t3
8000204e:	02675e33          	divu	t3,a4,t1
80002052:	07c2                	sll	a5,a5,0x10
80002054:	83c1                	srl	a5,a5,0x10
80002056:	02677733          	remu	a4,a4,t1
8000205a:	03c80833          	mul	a6,a6,t3
8000205e:	0742                	sll	a4,a4,0x10
80002060:	8fd9                	or	a5,a5,a4
80002062:	8772                	mv	a4,t3
80002064:	0107fc63          	bgeu	a5,a6,8000207c <__udivdi3+0x2f4>
80002068:	97b6                	add	a5,a5,a3
8000206a:	fffe0713          	add	a4,t3,-1
8000206e:	00d7e763          	bltu	a5,a3,8000207c <__udivdi3+0x2f4>
80002072:	0107f563          	bgeu	a5,a6,8000207c <__udivdi3+0x2f4>
80002076:	ffee0713          	add	a4,t3,-2
8000207a:	97b6                	add	a5,a5,a3
8000207c:	0542                	sll	a0,a0,0x10
8000207e:	6e41                	lui	t3,0x10
80002080:	8d59                	or	a0,a0,a4
80002082:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80002086:	00d57733          	and	a4,a0,a3
8000208a:	410787b3          	sub	a5,a5,a6
8000208e:	8ef1                	and	a3,a3,a2
80002090:	01055813          	srl	a6,a0,0x10
80002094:	8241                	srl	a2,a2,0x10
80002096:	02d70333          	mul	t1,a4,a3
8000209a:	02d806b3          	mul	a3,a6,a3
8000209e:	02c70733          	mul	a4,a4,a2
800020a2:	02c80833          	mul	a6,a6,a2
800020a6:	00d70633          	add	a2,a4,a3
800020aa:	01035713          	srl	a4,t1,0x10
800020ae:	9732                	add	a4,a4,a2
800020b0:	00d77363          	bgeu	a4,a3,800020b6 <__udivdi3+0x32e>
800020b4:	9872                	add	a6,a6,t3
800020b6:	01075693          	srl	a3,a4,0x10
800020ba:	96c2                	add	a3,a3,a6
800020bc:	02d7e063          	bltu	a5,a3,800020dc <__udivdi3+0x354>
800020c0:	d8d797e3          	bne	a5,a3,80001e4e <__udivdi3+0xc6>
800020c4:	67c1                	lui	a5,0x10
800020c6:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
800020c8:	8f7d                	and	a4,a4,a5
800020ca:	0742                	sll	a4,a4,0x10
800020cc:	00f37333          	and	t1,t1,a5
800020d0:	00b898b3          	sll	a7,a7,a1
800020d4:	971a                	add	a4,a4,t1
800020d6:	4581                	li	a1,0
800020d8:	d6e8fce3          	bgeu	a7,a4,80001e50 <__udivdi3+0xc8>
800020dc:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
800020de:	bb85                	j	80001e4e <__udivdi3+0xc6>
800020e0:	4581                	li	a1,0
800020e2:	4501                	li	a0,0
800020e4:	8082                	ret

800020e6 <__umoddi3>:
800020e6:	8832                	mv	a6,a2
800020e8:	87aa                	mv	a5,a0
800020ea:	872e                	mv	a4,a1
800020ec:	1a069363          	bnez	a3,80002292 <__umoddi3+0x1ac>
800020f0:	00001897          	auipc	a7,0x1
800020f4:	88488893          	add	a7,a7,-1916 # 80002974 <__clz_tab>
800020f8:	0ac5f663          	bgeu	a1,a2,800021a4 <__umoddi3+0xbe>
800020fc:	66c1                	lui	a3,0x10
800020fe:	08d67c63          	bgeu	a2,a3,80002196 <__umoddi3+0xb0>
80002102:	10063693          	sltiu	a3,a2,256
80002106:	0016c693          	xor	a3,a3,1
8000210a:	068e                	sll	a3,a3,0x3
8000210c:	00d65333          	srl	t1,a2,a3
80002110:	989a                	add	a7,a7,t1
80002112:	0008c883          	lbu	a7,0(a7)
80002116:	02000313          	li	t1,32
8000211a:	96c6                	add	a3,a3,a7
8000211c:	40d308b3          	sub	a7,t1,a3
80002120:	00d30b63          	beq	t1,a3,80002136 <__umoddi3+0x50>
80002124:	01159733          	sll	a4,a1,a7
80002128:	00d556b3          	srl	a3,a0,a3
8000212c:	01161833          	sll	a6,a2,a7
80002130:	8f55                	or	a4,a4,a3
80002132:	011517b3          	sll	a5,a0,a7
80002136:	01085613          	srl	a2,a6,0x10
8000213a:	02c756b3          	divu	a3,a4,a2
8000213e:	01081513          	sll	a0,a6,0x10
80002142:	8141                	srl	a0,a0,0x10
80002144:	02c77733          	remu	a4,a4,a2
80002148:	02a686b3          	mul	a3,a3,a0
8000214c:	01071593          	sll	a1,a4,0x10
80002150:	0107d713          	srl	a4,a5,0x10
80002154:	8f4d                	or	a4,a4,a1
80002156:	00d77863          	bgeu	a4,a3,80002166 <__umoddi3+0x80>
8000215a:	9742                	add	a4,a4,a6
8000215c:	01076563          	bltu	a4,a6,80002166 <__umoddi3+0x80>
80002160:	00d77363          	bgeu	a4,a3,80002166 <__umoddi3+0x80>
80002164:	9742                	add	a4,a4,a6
80002166:	8f15                	sub	a4,a4,a3
80002168:	02c756b3          	divu	a3,a4,a2
8000216c:	02c77733          	remu	a4,a4,a2
80002170:	02a686b3          	mul	a3,a3,a0
80002174:	07c2                	sll	a5,a5,0x10
80002176:	0742                	sll	a4,a4,0x10
80002178:	83c1                	srl	a5,a5,0x10
8000217a:	8fd9                	or	a5,a5,a4
8000217c:	00d7f863          	bgeu	a5,a3,8000218c <__umoddi3+0xa6>
80002180:	97c2                	add	a5,a5,a6
80002182:	0107e563          	bltu	a5,a6,8000218c <__umoddi3+0xa6>
80002186:	00d7f363          	bgeu	a5,a3,8000218c <__umoddi3+0xa6>
8000218a:	97c2                	add	a5,a5,a6
8000218c:	8f95                	sub	a5,a5,a3
8000218e:	0117d533          	srl	a0,a5,a7
80002192:	4581                	li	a1,0
80002194:	8082                	ret
80002196:	01000337          	lui	t1,0x1000
8000219a:	46c1                	li	a3,16
8000219c:	f66668e3          	bltu	a2,t1,8000210c <__umoddi3+0x26>
800021a0:	46e1                	li	a3,24
800021a2:	b7ad                	j	8000210c <__umoddi3+0x26>
800021a4:	4681                	li	a3,0
800021a6:	ca09                	beqz	a2,800021b8 <__umoddi3+0xd2>
800021a8:	6741                	lui	a4,0x10
800021aa:	06e67463          	bgeu	a2,a4,80002212 <__umoddi3+0x12c>
800021ae:	10063693          	sltiu	a3,a2,256
800021b2:	0016c693          	xor	a3,a3,1
800021b6:	068e                	sll	a3,a3,0x3
800021b8:	00d65733          	srl	a4,a2,a3
800021bc:	98ba                	add	a7,a7,a4
800021be:	0008c703          	lbu	a4,0(a7)
800021c2:	9736                	add	a4,a4,a3
800021c4:	02000693          	li	a3,32
800021c8:	40e688b3          	sub	a7,a3,a4
800021cc:	04e69a63          	bne	a3,a4,80002220 <__umoddi3+0x13a>
800021d0:	40c58733          	sub	a4,a1,a2
800021d4:	01085593          	srl	a1,a6,0x10
800021d8:	02b75633          	divu	a2,a4,a1
800021dc:	01081513          	sll	a0,a6,0x10
800021e0:	8141                	srl	a0,a0,0x10
800021e2:	0107d693          	srl	a3,a5,0x10
800021e6:	02b77733          	remu	a4,a4,a1
800021ea:	02a60633          	mul	a2,a2,a0
800021ee:	0742                	sll	a4,a4,0x10
800021f0:	8f55                	or	a4,a4,a3
800021f2:	00c77863          	bgeu	a4,a2,80002202 <__umoddi3+0x11c>
800021f6:	9742                	add	a4,a4,a6
800021f8:	01076563          	bltu	a4,a6,80002202 <__umoddi3+0x11c>
800021fc:	00c77363          	bgeu	a4,a2,80002202 <__umoddi3+0x11c>
80002200:	9742                	add	a4,a4,a6
80002202:	8f11                	sub	a4,a4,a2
80002204:	02b756b3          	divu	a3,a4,a1
80002208:	02b77733          	remu	a4,a4,a1
8000220c:	02a686b3          	mul	a3,a3,a0
80002210:	b795                	j	80002174 <__umoddi3+0x8e>
80002212:	01000737          	lui	a4,0x1000
80002216:	46c1                	li	a3,16
80002218:	fae660e3          	bltu	a2,a4,800021b8 <__umoddi3+0xd2>
8000221c:	46e1                	li	a3,24
8000221e:	bf69                	j	800021b8 <__umoddi3+0xd2>
80002220:	01161833          	sll	a6,a2,a7
80002224:	00e5d6b3          	srl	a3,a1,a4
80002228:	011517b3          	sll	a5,a0,a7
8000222c:	011595b3          	sll	a1,a1,a7
80002230:	00e55733          	srl	a4,a0,a4
80002234:	01085513          	srl	a0,a6,0x10
80002238:	8f4d                	or	a4,a4,a1
8000223a:	02a6d5b3          	divu	a1,a3,a0
8000223e:	01081313          	sll	t1,a6,0x10
80002242:	01035313          	srl	t1,t1,0x10
80002246:	02a6f6b3          	remu	a3,a3,a0
8000224a:	026585b3          	mul	a1,a1,t1
8000224e:	01069613          	sll	a2,a3,0x10
80002252:	01075693          	srl	a3,a4,0x10
80002256:	8ed1                	or	a3,a3,a2
80002258:	00b6f863          	bgeu	a3,a1,80002268 <__umoddi3+0x182>
8000225c:	96c2                	add	a3,a3,a6
8000225e:	0106e563          	bltu	a3,a6,80002268 <__umoddi3+0x182>
80002262:	00b6f363          	bgeu	a3,a1,80002268 <__umoddi3+0x182>
80002266:	96c2                	add	a3,a3,a6
80002268:	8e8d                	sub	a3,a3,a1
8000226a:	02a6d633          	divu	a2,a3,a0
8000226e:	0742                	sll	a4,a4,0x10
80002270:	8341                	srl	a4,a4,0x10
80002272:	02a6f6b3          	remu	a3,a3,a0
80002276:	02660633          	mul	a2,a2,t1
8000227a:	06c2                	sll	a3,a3,0x10
8000227c:	8f55                	or	a4,a4,a3
8000227e:	00c77863          	bgeu	a4,a2,8000228e <__umoddi3+0x1a8>
80002282:	9742                	add	a4,a4,a6
80002284:	01076563          	bltu	a4,a6,8000228e <__umoddi3+0x1a8>
80002288:	00c77363          	bgeu	a4,a2,8000228e <__umoddi3+0x1a8>
8000228c:	9742                	add	a4,a4,a6
8000228e:	8f11                	sub	a4,a4,a2
80002290:	b791                	j	800021d4 <__umoddi3+0xee>
80002292:	16d5ed63          	bltu	a1,a3,8000240c <__umoddi3+0x326>
80002296:	6841                	lui	a6,0x10
80002298:	0506f763          	bgeu	a3,a6,800022e6 <__umoddi3+0x200>
8000229c:	1006b813          	sltiu	a6,a3,256
800022a0:	00184813          	xor	a6,a6,1
800022a4:	080e                	sll	a6,a6,0x3
800022a6:	0106d333          	srl	t1,a3,a6
800022aa:	00000897          	auipc	a7,0x0
800022ae:	6ca88893          	add	a7,a7,1738 # 80002974 <__clz_tab>
800022b2:	989a                	add	a7,a7,t1
800022b4:	0008c883          	lbu	a7,0(a7)
800022b8:	02000313          	li	t1,32
800022bc:	98c2                	add	a7,a7,a6
800022be:	41130833          	sub	a6,t1,a7
800022c2:	03131963          	bne	t1,a7,800022f4 <__umoddi3+0x20e>
800022c6:	00b6e463          	bltu	a3,a1,800022ce <__umoddi3+0x1e8>
800022ca:	00c56b63          	bltu	a0,a2,800022e0 <__umoddi3+0x1fa>
800022ce:	40c50633          	sub	a2,a0,a2
800022d2:	40d586b3          	sub	a3,a1,a3
800022d6:	00c53733          	sltu	a4,a0,a2
800022da:	87b2                	mv	a5,a2
800022dc:	40e68733          	sub	a4,a3,a4
800022e0:	853e                	mv	a0,a5
800022e2:	85ba                	mv	a1,a4
800022e4:	8082                	ret
800022e6:	010008b7          	lui	a7,0x1000
800022ea:	4841                	li	a6,16
800022ec:	fb16ede3          	bltu	a3,a7,800022a6 <__umoddi3+0x1c0>
800022f0:	4861                	li	a6,24
800022f2:	bf55                	j	800022a6 <__umoddi3+0x1c0>
800022f4:	011657b3          	srl	a5,a2,a7
800022f8:	010696b3          	sll	a3,a3,a6
800022fc:	8edd                	or	a3,a3,a5
800022fe:	0115d733          	srl	a4,a1,a7
80002302:	0106de13          	srl	t3,a3,0x10
80002306:	03c75f33          	divu	t5,a4,t3
8000230a:	01069313          	sll	t1,a3,0x10
8000230e:	01035313          	srl	t1,t1,0x10
80002312:	010597b3          	sll	a5,a1,a6
80002316:	011555b3          	srl	a1,a0,a7
8000231a:	8ddd                	or	a1,a1,a5
8000231c:	0105d793          	srl	a5,a1,0x10
80002320:	01061633          	sll	a2,a2,a6
80002324:	01051533          	sll	a0,a0,a6
80002328:	03c77733          	remu	a4,a4,t3
8000232c:	03e30eb3          	mul	t4,t1,t5
80002330:	0742                	sll	a4,a4,0x10
80002332:	8fd9                	or	a5,a5,a4
80002334:	877a                	mv	a4,t5
80002336:	01d7fc63          	bgeu	a5,t4,8000234e <__umoddi3+0x268>
8000233a:	97b6                	add	a5,a5,a3
8000233c:	ffff0713          	add	a4,t5,-1
80002340:	00d7e763          	bltu	a5,a3,8000234e <__umoddi3+0x268>
80002344:	01d7f563          	bgeu	a5,t4,8000234e <__umoddi3+0x268>
80002348:	ffef0713          	add	a4,t5,-2
8000234c:	97b6                	add	a5,a5,a3
8000234e:	41d787b3          	sub	a5,a5,t4
80002352:	03c7deb3          	divu	t4,a5,t3
80002356:	05c2                	sll	a1,a1,0x10
80002358:	81c1                	srl	a1,a1,0x10
8000235a:	03c7f7b3          	remu	a5,a5,t3
8000235e:	8e76                	mv	t3,t4
80002360:	03d30333          	mul	t1,t1,t4
80002364:	07c2                	sll	a5,a5,0x10
80002366:	8ddd                	or	a1,a1,a5
80002368:	0065fc63          	bgeu	a1,t1,80002380 <__umoddi3+0x29a>
8000236c:	95b6                	add	a1,a1,a3
8000236e:	fffe8e13          	add	t3,t4,-1
80002372:	00d5e763          	bltu	a1,a3,80002380 <__umoddi3+0x29a>
80002376:	0065f563          	bgeu	a1,t1,80002380 <__umoddi3+0x29a>
8000237a:	ffee8e13          	add	t3,t4,-2
8000237e:	95b6                	add	a1,a1,a3
80002380:	01071793          	sll	a5,a4,0x10
80002384:	6f41                	lui	t5,0x10
80002386:	01c7e7b3          	or	a5,a5,t3
8000238a:	406585b3          	sub	a1,a1,t1
8000238e:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
80002392:	0067f733          	and	a4,a5,t1
80002396:	01065e13          	srl	t3,a2,0x10
8000239a:	83c1                	srl	a5,a5,0x10
8000239c:	00667333          	and	t1,a2,t1
800023a0:	02670eb3          	mul	t4,a4,t1
800023a4:	02678333          	mul	t1,a5,t1
800023a8:	03c70733          	mul	a4,a4,t3
800023ac:	03c787b3          	mul	a5,a5,t3
800023b0:	00670e33          	add	t3,a4,t1
800023b4:	010ed713          	srl	a4,t4,0x10
800023b8:	9772                	add	a4,a4,t3
800023ba:	00677363          	bgeu	a4,t1,800023c0 <__umoddi3+0x2da>
800023be:	97fa                	add	a5,a5,t5
800023c0:	01075313          	srl	t1,a4,0x10
800023c4:	979a                	add	a5,a5,t1
800023c6:	6341                	lui	t1,0x10
800023c8:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
800023ca:	00677733          	and	a4,a4,t1
800023ce:	0742                	sll	a4,a4,0x10
800023d0:	006efeb3          	and	t4,t4,t1
800023d4:	9776                	add	a4,a4,t4
800023d6:	00f5e663          	bltu	a1,a5,800023e2 <__umoddi3+0x2fc>
800023da:	00f59b63          	bne	a1,a5,800023f0 <__umoddi3+0x30a>
800023de:	00e57963          	bgeu	a0,a4,800023f0 <__umoddi3+0x30a>
800023e2:	40c70633          	sub	a2,a4,a2
800023e6:	00c73333          	sltu	t1,a4,a2
800023ea:	969a                	add	a3,a3,t1
800023ec:	8732                	mv	a4,a2
800023ee:	8f95                	sub	a5,a5,a3
800023f0:	40e50733          	sub	a4,a0,a4
800023f4:	00e53533          	sltu	a0,a0,a4
800023f8:	8d9d                	sub	a1,a1,a5
800023fa:	8d89                	sub	a1,a1,a0
800023fc:	011598b3          	sll	a7,a1,a7
80002400:	01075733          	srl	a4,a4,a6
80002404:	00e8e533          	or	a0,a7,a4
80002408:	0105d5b3          	srl	a1,a1,a6
8000240c:	8082                	ret

8000240e <__riscv_save_12>:
8000240e:	7139                	add	sp,sp,-64
80002410:	4301                	li	t1,0
80002412:	c66e                	sw	s11,12(sp)
80002414:	a019                	j	8000241a <__riscv_save_10+0x4>

80002416 <__riscv_save_10>:
80002416:	7139                	add	sp,sp,-64
80002418:	5341                	li	t1,-16
8000241a:	c86a                	sw	s10,16(sp)
8000241c:	ca66                	sw	s9,20(sp)
8000241e:	cc62                	sw	s8,24(sp)
80002420:	ce5e                	sw	s7,28(sp)
80002422:	a019                	j	80002428 <__riscv_save_4+0x4>

80002424 <__riscv_save_4>:
80002424:	7139                	add	sp,sp,-64
80002426:	5301                	li	t1,-32
80002428:	d05a                	sw	s6,32(sp)
8000242a:	d256                	sw	s5,36(sp)
8000242c:	d452                	sw	s4,40(sp)
8000242e:	d64e                	sw	s3,44(sp)
80002430:	d84a                	sw	s2,48(sp)
80002432:	da26                	sw	s1,52(sp)
80002434:	dc22                	sw	s0,56(sp)
80002436:	de06                	sw	ra,60(sp)
80002438:	40610133          	sub	sp,sp,t1
8000243c:	8282                	jr	t0

8000243e <__riscv_save_0>:
8000243e:	1141                	add	sp,sp,-16
80002440:	c04a                	sw	s2,0(sp)
80002442:	c226                	sw	s1,4(sp)
80002444:	c422                	sw	s0,8(sp)
80002446:	c606                	sw	ra,12(sp)
80002448:	8282                	jr	t0

8000244a <__riscv_restore_12>:
8000244a:	4db2                	lw	s11,12(sp)
8000244c:	0141                	add	sp,sp,16

8000244e <__riscv_restore_10>:
8000244e:	4d02                	lw	s10,0(sp)
80002450:	4c92                	lw	s9,4(sp)
80002452:	4c22                	lw	s8,8(sp)
80002454:	4bb2                	lw	s7,12(sp)
80002456:	0141                	add	sp,sp,16

80002458 <__riscv_restore_4>:
80002458:	4b02                	lw	s6,0(sp)
8000245a:	4a92                	lw	s5,4(sp)
8000245c:	4a22                	lw	s4,8(sp)
8000245e:	49b2                	lw	s3,12(sp)
80002460:	0141                	add	sp,sp,16

80002462 <__riscv_restore_0>:
80002462:	4902                	lw	s2,0(sp)
80002464:	4492                	lw	s1,4(sp)
80002466:	4422                	lw	s0,8(sp)
80002468:	40b2                	lw	ra,12(sp)
8000246a:	0141                	add	sp,sp,16
8000246c:	8082                	ret
