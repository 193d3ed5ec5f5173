
build/hello.elf:     file format elf32-littleriscv


Disassembly of section .text:

80000000 <_start>:
80000000:	00004197          	auipc	gp,0x4
80000004:	81818193          	add	gp,gp,-2024 # 80003818 <__global_pointer$>
80000008:	01000117          	auipc	sp,0x1000
8000000c:	ff810113          	add	sp,sp,-8 # 81000000 <__stack_top>
80000010:	00003217          	auipc	tp,0x3
80000014:	00820213          	add	tp,tp,8 # 80003018 <failures>
80000018:	00003297          	auipc	t0,0x3
8000001c:	00028293          	mv	t0,t0
80000020:	00003317          	auipc	t1,0x3
80000024:	00030313          	mv	t1,t1
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0) # 80003018 <failures>
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	21028293          	add	t0,t0,528 # 80000244 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	26a5                	jal	800003a8 <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	26d9                	jal	8000040e <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	80002537          	lui	a0,0x80002
80000050:	7175                	add	sp,sp,-144
80000052:	41c50513          	add	a0,a0,1052 # 8000241c <__text_end+0x1c>
80000056:	c706                	sw	ra,140(sp)
80000058:	c522                	sw	s0,136(sp)
8000005a:	2ec9                	jal	8000042c <printf>
8000005c:	b2d067b7          	lui	a5,0xb2d06
80000060:	80002637          	lui	a2,0x80002
80000064:	e0078793          	add	a5,a5,-512 # b2d05e00 <__stack_top+0x31d05e00>
80000068:	fd600713          	li	a4,-42
8000006c:	02a00693          	li	a3,42
80000070:	43860613          	add	a2,a2,1080 # 80002438 <__text_end+0x38>
80000074:	08000593          	li	a1,128
80000078:	850a                	mv	a0,sp
8000007a:	2ee9                	jal	80000454 <snprintf>
8000007c:	800025b7          	lui	a1,0x80002
80000080:	44858593          	add	a1,a1,1096 # 80002448 <__text_end+0x48>
80000084:	850a                	mv	a0,sp
80000086:	2a9d                	jal	800001fc <check>
80000088:	6731                	lui	a4,0xc
8000008a:	eef70713          	add	a4,a4,-273 # beef <__stack_size-0x4111>
8000008e:	6805                	lui	a6,0x1
80000090:	80002637          	lui	a2,0x80002
80000094:	86ba                	mv	a3,a4
80000096:	23480813          	add	a6,a6,564 # 1234 <__stack_size-0xedcc>
8000009a:	0ff00793          	li	a5,255
8000009e:	46060613          	add	a2,a2,1120 # 80002460 <__text_end+0x60>
800000a2:	08000593          	li	a1,128
800000a6:	850a                	mv	a0,sp
800000a8:	2675                	jal	80000454 <snprintf>
800000aa:	800025b7          	lui	a1,0x80002
800000ae:	47458593          	add	a1,a1,1140 # 80002474 <__text_end+0x74>
800000b2:	850a                	mv	a0,sp
800000b4:	22a1                	jal	800001fc <check>
800000b6:	80002837          	lui	a6,0x80002
800000ba:	800027b7          	lui	a5,0x80002
800000be:	80002737          	lui	a4,0x80002
800000c2:	800026b7          	lui	a3,0x80002
800000c6:	80002637          	lui	a2,0x80002
800000ca:	49080813          	add	a6,a6,1168 # 80002490 <__text_end+0x90>
800000ce:	49c78793          	add	a5,a5,1180 # 8000249c <__text_end+0x9c>
800000d2:	4a470713          	add	a4,a4,1188 # 800024a4 <__text_end+0xa4>
800000d6:	4ac68693          	add	a3,a3,1196 # 800024ac <__text_end+0xac>
800000da:	4b060613          	add	a2,a2,1200 # 800024b0 <__text_end+0xb0>
800000de:	08000593          	li	a1,128
800000e2:	850a                	mv	a0,sp
800000e4:	2e85                	jal	80000454 <snprintf>
800000e6:	800025b7          	lui	a1,0x80002
800000ea:	4d058593          	add	a1,a1,1232 # 800024d0 <__text_end+0xd0>
800000ee:	850a                	mv	a0,sp
800000f0:	2231                	jal	800001fc <check>
800000f2:	80002637          	lui	a2,0x80002
800000f6:	03300793          	li	a5,51
800000fa:	05600713          	li	a4,86
800000fe:	05200693          	li	a3,82
80000102:	4f860613          	add	a2,a2,1272 # 800024f8 <__text_end+0xf8>
80000106:	08000593          	li	a1,128
8000010a:	850a                	mv	a0,sp
8000010c:	26a1                	jal	80000454 <snprintf>
8000010e:	800025b7          	lui	a1,0x80002
80000112:	50458593          	add	a1,a1,1284 # 80002504 <__text_end+0x104>
80000116:	850a                	mv	a0,sp
80000118:	20d5                	jal	800001fc <check>
8000011a:	80002637          	lui	a2,0x80002
8000011e:	481d                	li	a6,7
80000120:	57e5                	li	a5,-7
80000122:	471d                	li	a4,7
80000124:	56e5                	li	a3,-7
80000126:	50c60613          	add	a2,a2,1292 # 8000250c <__text_end+0x10c>
8000012a:	08000593          	li	a1,128
8000012e:	850a                	mv	a0,sp
80000130:	2615                	jal	80000454 <snprintf>
80000132:	800025b7          	lui	a1,0x80002
80000136:	52c58593          	add	a1,a1,1324 # 8000252c <__text_end+0x12c>
8000013a:	850a                	mv	a0,sp
8000013c:	20c1                	jal	800001fc <check>
8000013e:	80000737          	lui	a4,0x80000
80000142:	80002637          	lui	a2,0x80002
80000146:	800006b7          	lui	a3,0x80000
8000014a:	fff74713          	not	a4,a4
8000014e:	55060613          	add	a2,a2,1360 # 80002550 <__text_end+0x150>
80000152:	08000593          	li	a1,128
80000156:	850a                	mv	a0,sp
80000158:	2cf5                	jal	80000454 <snprintf>
8000015a:	800025b7          	lui	a1,0x80002
8000015e:	56058593          	add	a1,a1,1376 # 80002560 <__text_end+0x160>
80000162:	850a                	mv	a0,sp
80000164:	2861                	jal	800001fc <check>
80000166:	800037b7          	lui	a5,0x80003
8000016a:	b307a803          	lw	a6,-1232(a5) # 80002b30 <__clz_tab+0x104>
8000016e:	b347a883          	lw	a7,-1228(a5)
80000172:	800037b7          	lui	a5,0x80003
80000176:	b387a703          	lw	a4,-1224(a5) # 80002b38 <__clz_tab+0x10c>
8000017a:	b3c7a783          	lw	a5,-1220(a5)
8000017e:	80002637          	lui	a2,0x80002
80000182:	58060613          	add	a2,a2,1408 # 80002580 <__text_end+0x180>
80000186:	08000593          	li	a1,128
8000018a:	850a                	mv	a0,sp
8000018c:	24e1                	jal	80000454 <snprintf>
8000018e:	800025b7          	lui	a1,0x80002
80000192:	59458593          	add	a1,a1,1428 # 80002594 <__text_end+0x194>
80000196:	850a                	mv	a0,sp
80000198:	2095                	jal	800001fc <check>
8000019a:	80002637          	lui	a2,0x80002
8000019e:	5c060613          	add	a2,a2,1472 # 800025c0 <__text_end+0x1c0>
800001a2:	08000593          	li	a1,128
800001a6:	850a                	mv	a0,sp
800001a8:	2475                	jal	80000454 <snprintf>
800001aa:	800025b7          	lui	a1,0x80002
800001ae:	5d058593          	add	a1,a1,1488 # 800025d0 <__text_end+0x1d0>
800001b2:	850a                	mv	a0,sp
800001b4:	20a1                	jal	800001fc <check>
800001b6:	80002537          	lui	a0,0x80002
800001ba:	5e050513          	add	a0,a0,1504 # 800025e0 <__text_end+0x1e0>
800001be:	20d9                	jal	80000284 <bare_puts>
800001c0:	deadc537          	lui	a0,0xdeadc
800001c4:	eef50513          	add	a0,a0,-273 # deadbeef <__stack_top+0x5dadbeef>
800001c8:	28f9                	jal	800002a6 <bare_put_hex>
800001ca:	4529                	li	a0,10
800001cc:	2055                	jal	80000270 <bare_putc>
800001ce:	800037b7          	lui	a5,0x80003
800001d2:	0187a403          	lw	s0,24(a5) # 80003018 <failures>
800001d6:	e819                	bnez	s0,800001ec <main+0x1a0>
800001d8:	80002537          	lui	a0,0x80002
800001dc:	60050513          	add	a0,a0,1536 # 80002600 <__text_end+0x200>
800001e0:	24b1                	jal	8000042c <printf>
800001e2:	40ba                	lw	ra,140(sp)
800001e4:	8522                	mv	a0,s0
800001e6:	442a                	lw	s0,136(sp)
800001e8:	6149                	add	sp,sp,144
800001ea:	8082                	ret
800001ec:	80002537          	lui	a0,0x80002
800001f0:	85a2                	mv	a1,s0
800001f2:	5ec50513          	add	a0,a0,1516 # 800025ec <__text_end+0x1ec>
800001f6:	2c1d                	jal	8000042c <printf>
800001f8:	4405                	li	s0,1
800001fa:	b7e5                	j	800001e2 <main+0x196>

800001fc <check>:
800001fc:	1141                	add	sp,sp,-16
800001fe:	c422                	sw	s0,8(sp)
80000200:	c226                	sw	s1,4(sp)
80000202:	842a                	mv	s0,a0
80000204:	84ae                	mv	s1,a1
80000206:	85aa                	mv	a1,a0
80000208:	80002537          	lui	a0,0x80002
8000020c:	40050513          	add	a0,a0,1024 # 80002400 <__text_end>
80000210:	c606                	sw	ra,12(sp)
80000212:	2c29                	jal	8000042c <printf>
80000214:	85a6                	mv	a1,s1
80000216:	8522                	mv	a0,s0
80000218:	2aa5                	jal	80000390 <strcmp>
8000021a:	e511                	bnez	a0,80000226 <check+0x2a>
8000021c:	40b2                	lw	ra,12(sp)
8000021e:	4422                	lw	s0,8(sp)
80000220:	4492                	lw	s1,4(sp)
80000222:	0141                	add	sp,sp,16
80000224:	8082                	ret
80000226:	80002537          	lui	a0,0x80002
8000022a:	85a6                	mv	a1,s1
8000022c:	40450513          	add	a0,a0,1028 # 80002404 <__text_end+0x4>
80000230:	2af5                	jal	8000042c <printf>
80000232:	80003737          	lui	a4,0x80003
80000236:	01872783          	lw	a5,24(a4) # 80003018 <failures>
8000023a:	0785                	add	a5,a5,1
8000023c:	00f72c23          	sw	a5,24(a4)
80000240:	bff1                	j	8000021c <check+0x20>
	...

80000244 <bare_default_trap>:
80000244:	01000117          	auipc	sp,0x1000
80000248:	dbc10113          	add	sp,sp,-580 # 81000000 <__stack_top>
8000024c:	34202573          	csrr	a0,mcause
80000250:	341025f3          	csrr	a1,mepc
80000254:	34302673          	csrr	a2,mtval
80000258:	28c9                	jal	8000032a <bare_unexpected_trap>
8000025a:	a001                	j	8000025a <bare_default_trap+0x16>

8000025c <uart_stdio_put>:
8000025c:	10000737          	lui	a4,0x10000
80000260:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000264:	0207f793          	and	a5,a5,32
80000268:	dfe5                	beqz	a5,80000260 <uart_stdio_put+0x4>
8000026a:	00a70023          	sb	a0,0(a4)
8000026e:	8082                	ret

80000270 <bare_putc>:
80000270:	10000737          	lui	a4,0x10000
80000274:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000278:	0207f793          	and	a5,a5,32
8000027c:	dfe5                	beqz	a5,80000274 <bare_putc+0x4>
8000027e:	00a70023          	sb	a0,0(a4)
80000282:	8082                	ret

80000284 <bare_puts>:
80000284:	00054683          	lbu	a3,0(a0)
80000288:	ce91                	beqz	a3,800002a4 <bare_puts+0x20>
8000028a:	10000737          	lui	a4,0x10000
8000028e:	0505                	add	a0,a0,1
80000290:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000294:	0207f793          	and	a5,a5,32
80000298:	dfe5                	beqz	a5,80000290 <bare_puts+0xc>
8000029a:	00d70023          	sb	a3,0(a4)
8000029e:	00054683          	lbu	a3,0(a0)
800002a2:	f6f5                	bnez	a3,8000028e <bare_puts+0xa>
800002a4:	8082                	ret

800002a6 <bare_put_hex>:
800002a6:	800026b7          	lui	a3,0x80002
800002aa:	03000613          	li	a2,48
800002ae:	60c68693          	add	a3,a3,1548 # 8000260c <__text_end+0x20c>
800002b2:	10000737          	lui	a4,0x10000
800002b6:	0685                	add	a3,a3,1
800002b8:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800002bc:	0207f793          	and	a5,a5,32
800002c0:	dfe5                	beqz	a5,800002b8 <bare_put_hex+0x12>
800002c2:	00c70023          	sb	a2,0(a4)
800002c6:	0006c603          	lbu	a2,0(a3)
800002ca:	f675                	bnez	a2,800002b6 <bare_put_hex+0x10>
800002cc:	800025b7          	lui	a1,0x80002
800002d0:	46f1                	li	a3,28
800002d2:	61058593          	add	a1,a1,1552 # 80002610 <__text_end+0x210>
800002d6:	10000737          	lui	a4,0x10000
800002da:	5871                	li	a6,-4
800002dc:	00d557b3          	srl	a5,a0,a3
800002e0:	8bbd                	and	a5,a5,15
800002e2:	97ae                	add	a5,a5,a1
800002e4:	0007c603          	lbu	a2,0(a5)
800002e8:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800002ec:	0207f793          	and	a5,a5,32
800002f0:	dfe5                	beqz	a5,800002e8 <bare_put_hex+0x42>
800002f2:	00c70023          	sb	a2,0(a4)
800002f6:	16f1                	add	a3,a3,-4
800002f8:	ff0692e3          	bne	a3,a6,800002dc <bare_put_hex+0x36>
800002fc:	8082                	ret

800002fe <bare_exit>:
800002fe:	cd19                	beqz	a0,8000031c <bare_exit+0x1e>
80000300:	670d                	lui	a4,0x3
80000302:	01051793          	sll	a5,a0,0x10
80000306:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
8000030a:	8fd9                	or	a5,a5,a4
8000030c:	00100737          	lui	a4,0x100
80000310:	c31c                	sw	a5,0(a4)
80000312:	10500073          	wfi
80000316:	10500073          	wfi
8000031a:	bfe5                	j	80000312 <bare_exit+0x14>
8000031c:	6795                	lui	a5,0x5
8000031e:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
80000322:	b7ed                	j	8000030c <bare_exit+0xe>

80000324 <_exit>:
80000324:	1141                	add	sp,sp,-16
80000326:	c606                	sw	ra,12(sp)
80000328:	3fd9                	jal	800002fe <bare_exit>

8000032a <bare_unexpected_trap>:
8000032a:	1141                	add	sp,sp,-16
8000032c:	c04a                	sw	s2,0(sp)
8000032e:	892a                	mv	s2,a0
80000330:	80002537          	lui	a0,0x80002
80000334:	62450513          	add	a0,a0,1572 # 80002624 <__text_end+0x224>
80000338:	c606                	sw	ra,12(sp)
8000033a:	c422                	sw	s0,8(sp)
8000033c:	c226                	sw	s1,4(sp)
8000033e:	8432                	mv	s0,a2
80000340:	84ae                	mv	s1,a1
80000342:	3789                	jal	80000284 <bare_puts>
80000344:	854a                	mv	a0,s2
80000346:	3785                	jal	800002a6 <bare_put_hex>
80000348:	80002537          	lui	a0,0x80002
8000034c:	63c50513          	add	a0,a0,1596 # 8000263c <__text_end+0x23c>
80000350:	3f15                	jal	80000284 <bare_puts>
80000352:	8526                	mv	a0,s1
80000354:	3f89                	jal	800002a6 <bare_put_hex>
80000356:	80002537          	lui	a0,0x80002
8000035a:	64450513          	add	a0,a0,1604 # 80002644 <__text_end+0x244>
8000035e:	371d                	jal	80000284 <bare_puts>
80000360:	8522                	mv	a0,s0
80000362:	3791                	jal	800002a6 <bare_put_hex>
80000364:	10000737          	lui	a4,0x10000
80000368:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
8000036c:	0207f793          	and	a5,a5,32
80000370:	dfe5                	beqz	a5,80000368 <bare_unexpected_trap+0x3e>
80000372:	47a9                	li	a5,10
80000374:	00f70023          	sb	a5,0(a4)
80000378:	006337b7          	lui	a5,0x633
8000037c:	00100737          	lui	a4,0x100
80000380:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
80000384:	c31c                	sw	a5,0(a4)
80000386:	10500073          	wfi
8000038a:	10500073          	wfi
8000038e:	bfe5                	j	80000386 <bare_unexpected_trap+0x5c>

80000390 <strcmp>:
80000390:	00054603          	lbu	a2,0(a0)
80000394:	0005c683          	lbu	a3,0(a1)
80000398:	0505                	add	a0,a0,1
8000039a:	0585                	add	a1,a1,1
8000039c:	00d61363          	bne	a2,a3,800003a2 <strcmp+0x12>
800003a0:	fa65                	bnez	a2,80000390 <strcmp>
800003a2:	40d60533          	sub	a0,a2,a3
800003a6:	8082                	ret

800003a8 <__libc_init_array>:
800003a8:	028022ef          	jal	t0,800023d0 <__riscv_save_0>
800003ac:	800034b7          	lui	s1,0x80003
800003b0:	80003437          	lui	s0,0x80003
800003b4:	b5048793          	add	a5,s1,-1200 # 80002b50 <__fini_array_end>
800003b8:	b5040413          	add	s0,s0,-1200 # 80002b50 <__fini_array_end>
800003bc:	8c1d                	sub	s0,s0,a5
800003be:	8409                	sra	s0,s0,0x2
800003c0:	b5048493          	add	s1,s1,-1200
800003c4:	4901                	li	s2,0
800003c6:	02891a63          	bne	s2,s0,800003fa <__libc_init_array+0x52>
800003ca:	00000793          	li	a5,0
800003ce:	c789                	beqz	a5,800003d8 <__libc_init_array+0x30>
800003d0:	00000097          	auipc	ra,0x0
800003d4:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800003d8:	800034b7          	lui	s1,0x80003
800003dc:	80003437          	lui	s0,0x80003
800003e0:	b5048793          	add	a5,s1,-1200 # 80002b50 <__fini_array_end>
800003e4:	b5040413          	add	s0,s0,-1200 # 80002b50 <__fini_array_end>
800003e8:	8c1d                	sub	s0,s0,a5
800003ea:	8409                	sra	s0,s0,0x2
800003ec:	b5048493          	add	s1,s1,-1200
800003f0:	4901                	li	s2,0
800003f2:	00891963          	bne	s2,s0,80000404 <__libc_init_array+0x5c>
800003f6:	7ff0106f          	j	800023f4 <__riscv_restore_0>
800003fa:	409c                	lw	a5,0(s1)
800003fc:	0905                	add	s2,s2,1
800003fe:	0491                	add	s1,s1,4
80000400:	9782                	jalr	a5
80000402:	b7d1                	j	800003c6 <__libc_init_array+0x1e>
80000404:	409c                	lw	a5,0(s1)
80000406:	0905                	add	s2,s2,1
80000408:	0491                	add	s1,s1,4
8000040a:	9782                	jalr	a5
8000040c:	b7dd                	j	800003f2 <__libc_init_array+0x4a>

8000040e <exit>:
8000040e:	7c3012ef          	jal	t0,800023d0 <__riscv_save_0>
80000412:	00000793          	li	a5,0
80000416:	842a                	mv	s0,a0
80000418:	c791                	beqz	a5,80000424 <exit+0x16>
8000041a:	4581                	li	a1,0
8000041c:	00000097          	auipc	ra,0x0
80000420:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000424:	015010ef          	jal	80001c38 <__libc_fini_array>
80000428:	8522                	mv	a0,s0
8000042a:	3ded                	jal	80000324 <_exit>

8000042c <printf>:
8000042c:	7139                	add	sp,sp,-64
8000042e:	da3e                	sw	a5,52(sp)
80000430:	800037b7          	lui	a5,0x80003
80000434:	d22e                	sw	a1,36(sp)
80000436:	85aa                	mv	a1,a0
80000438:	b407a503          	lw	a0,-1216(a5) # 80002b40 <stdout>
8000043c:	d432                	sw	a2,40(sp)
8000043e:	1050                	add	a2,sp,36
80000440:	ce06                	sw	ra,28(sp)
80000442:	d636                	sw	a3,44(sp)
80000444:	d83a                	sw	a4,48(sp)
80000446:	dc42                	sw	a6,56(sp)
80000448:	de46                	sw	a7,60(sp)
8000044a:	c632                	sw	a2,12(sp)
8000044c:	2c8d                	jal	800006be <__d_vfprintf>
8000044e:	40f2                	lw	ra,28(sp)
80000450:	6121                	add	sp,sp,64
80000452:	8082                	ret

80000454 <snprintf>:
80000454:	711d                	add	sp,sp,-96
80000456:	dc22                	sw	s0,56(sp)
80000458:	da26                	sw	s1,52(sp)
8000045a:	d84a                	sw	s2,48(sp)
8000045c:	84aa                	mv	s1,a0
8000045e:	842e                	mv	s0,a1
80000460:	8932                	mv	s2,a2
80000462:	4581                	li	a1,0
80000464:	02000613          	li	a2,32
80000468:	0808                	add	a0,sp,16
8000046a:	cabe                	sw	a5,84(sp)
8000046c:	de06                	sw	ra,60(sp)
8000046e:	c6b6                	sw	a3,76(sp)
80000470:	c8ba                	sw	a4,80(sp)
80000472:	ccc2                	sw	a6,88(sp)
80000474:	cec6                	sw	a7,92(sp)
80000476:	7b2010ef          	jal	80001c28 <memset>
8000047a:	4789                	li	a5,2
8000047c:	00f10a23          	sb	a5,20(sp)
80000480:	800027b7          	lui	a5,0x80002
80000484:	c8c78793          	add	a5,a5,-884 # 80001c8c <__file_str_put>
80000488:	cc3e                	sw	a5,24(sp)
8000048a:	d226                	sw	s1,36(sp)
8000048c:	4781                	li	a5,0
8000048e:	c809                	beqz	s0,800004a0 <snprintf+0x4c>
80000490:	80000737          	lui	a4,0x80000
80000494:	87a2                	mv	a5,s0
80000496:	00877463          	bgeu	a4,s0,8000049e <snprintf+0x4a>
8000049a:	800007b7          	lui	a5,0x80000
8000049e:	17fd                	add	a5,a5,-1 # 7fffffff <__ram_size+0x7effffff>
800004a0:	94be                	add	s1,s1,a5
800004a2:	00f0                	add	a2,sp,76
800004a4:	85ca                	mv	a1,s2
800004a6:	0808                	add	a0,sp,16
800004a8:	d426                	sw	s1,40(sp)
800004aa:	c632                	sw	a2,12(sp)
800004ac:	2c09                	jal	800006be <__d_vfprintf>
800004ae:	c401                	beqz	s0,800004b6 <snprintf+0x62>
800004b0:	5792                	lw	a5,36(sp)
800004b2:	00078023          	sb	zero,0(a5)
800004b6:	50f2                	lw	ra,60(sp)
800004b8:	5462                	lw	s0,56(sp)
800004ba:	54d2                	lw	s1,52(sp)
800004bc:	5942                	lw	s2,48(sp)
800004be:	6125                	add	sp,sp,96
800004c0:	8082                	ret

800004c2 <__ultoa_invert>:
800004c2:	6e7012ef          	jal	t0,800023a8 <__riscv_save_10>
800004c6:	2006f793          	and	a5,a3,512
800004ca:	89aa                	mv	s3,a0
800004cc:	8a2e                	mv	s4,a1
800004ce:	8932                	mv	s2,a2
800004d0:	84b6                	mv	s1,a3
800004d2:	02700b13          	li	s6,39
800004d6:	c781                	beqz	a5,800004de <__ultoa_invert+0x1c>
800004d8:	dff6f493          	and	s1,a3,-513
800004dc:	4b1d                	li	s6,7
800004de:	41f4da93          	sra	s5,s1,0x1f
800004e2:	4ca5                	li	s9,9
800004e4:	8626                	mv	a2,s1
800004e6:	86d6                	mv	a3,s5
800004e8:	854e                	mv	a0,s3
800004ea:	85d2                	mv	a1,s4
800004ec:	38d010ef          	jal	80002078 <__umoddi3>
800004f0:	85d2                	mv	a1,s4
800004f2:	0ff57413          	zext.b	s0,a0
800004f6:	8626                	mv	a2,s1
800004f8:	854e                	mv	a0,s3
800004fa:	86d6                	mv	a3,s5
800004fc:	01f010ef          	jal	80001d1a <__udivdi3>
80000500:	8c4e                	mv	s8,s3
80000502:	8bd2                	mv	s7,s4
80000504:	89aa                	mv	s3,a0
80000506:	8a2e                	mv	s4,a1
80000508:	008cf563          	bgeu	s9,s0,80000512 <__ultoa_invert+0x50>
8000050c:	945a                	add	s0,s0,s6
8000050e:	0ff47413          	zext.b	s0,s0
80000512:	0905                	add	s2,s2,1
80000514:	03040413          	add	s0,s0,48
80000518:	fe890fa3          	sb	s0,-1(s2)
8000051c:	015be663          	bltu	s7,s5,80000528 <__ultoa_invert+0x66>
80000520:	fd7a92e3          	bne	s5,s7,800004e4 <__ultoa_invert+0x22>
80000524:	fc9c70e3          	bgeu	s8,s1,800004e4 <__ultoa_invert+0x22>
80000528:	854a                	mv	a0,s2
8000052a:	6b70106f          	j	800023e0 <__riscv_restore_10>

8000052e <skip_to_arg>:
8000052e:	67b012ef          	jal	t0,800023a8 <__riscv_save_10>
80000532:	4305                	li	t1,1
80000534:	02500f13          	li	t5,37
80000538:	88aa                	mv	a7,a0
8000053a:	00c34463          	blt	t1,a2,80000542 <skip_to_arg+0x14>
8000053e:	6a30106f          	j	800023e0 <__riscv_restore_10>
80000542:	87c6                	mv	a5,a7
80000544:	88be                	mv	a7,a5
80000546:	0007c703          	lbu	a4,0(a5)
8000054a:	0785                	add	a5,a5,1
8000054c:	db6d                	beqz	a4,8000053e <skip_to_arg+0x10>
8000054e:	ffe71be3          	bne	a4,t5,80000544 <skip_to_arg+0x16>
80000552:	0007c703          	lbu	a4,0(a5)
80000556:	0889                	add	a7,a7,2
80000558:	ffe705e3          	beq	a4,t5,80000542 <skip_to_arg+0x14>
8000055c:	6ecd                	lui	t4,0x13
8000055e:	4681                	li	a3,0
80000560:	4e01                	li	t3,0
80000562:	4781                	li	a5,0
80000564:	42fd                	li	t0,31
80000566:	06c00f93          	li	t6,108
8000056a:	07400393          	li	t2,116
8000056e:	07a00413          	li	s0,122
80000572:	06800493          	li	s1,104
80000576:	06a00913          	li	s2,106
8000057a:	04c00993          	li	s3,76
8000057e:	4a25                	li	s4,9
80000580:	02400a93          	li	s5,36
80000584:	07f00b13          	li	s6,127
80000588:	4bc1                	li	s7,16
8000058a:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
8000058e:	04f2e263          	bltu	t0,a5,800005d2 <skip_to_arg+0xa4>
80000592:	fe070813          	add	a6,a4,-32 # 7fffffe0 <__ram_size+0x7effffe0>
80000596:	0ff87813          	zext.b	a6,a6
8000059a:	030bf163          	bgeu	s7,a6,800005bc <skip_to_arg+0x8e>
8000059e:	fd070813          	add	a6,a4,-48
800005a2:	0ff87813          	zext.b	a6,a6
800005a6:	4c25                	li	s8,9
800005a8:	050c6563          	bltu	s8,a6,800005f2 <skip_to_arg+0xc4>
800005ac:	47a9                	li	a5,10
800005ae:	02f687b3          	mul	a5,a3,a5
800005b2:	00f806b3          	add	a3,a6,a5
800005b6:	02000793          	li	a5,32
800005ba:	a039                	j	800005c8 <skip_to_arg+0x9a>
800005bc:	010ed833          	srl	a6,t4,a6
800005c0:	00187813          	and	a6,a6,1
800005c4:	00080963          	beqz	a6,800005d6 <skip_to_arg+0xa8>
800005c8:	0008c703          	lbu	a4,0(a7)
800005cc:	0885                	add	a7,a7,1
800005ce:	f361                	bnez	a4,8000058e <skip_to_arg+0x60>
800005d0:	a8b1                	j	8000062c <skip_to_arg+0xfe>
800005d2:	04fb6363          	bltu	s6,a5,80000618 <skip_to_arg+0xea>
800005d6:	fd070813          	add	a6,a4,-48
800005da:	0ff87813          	zext.b	a6,a6
800005de:	fd0a77e3          	bgeu	s4,a6,800005ac <skip_to_arg+0x7e>
800005e2:	03571563          	bne	a4,s5,8000060c <skip_to_arg+0xde>
800005e6:	0a0e0063          	beqz	t3,80000686 <skip_to_arg+0x158>
800005ea:	0a668063          	beq	a3,t1,8000068a <skip_to_arg+0x15c>
800005ee:	4681                	li	a3,0
800005f0:	bfe1                	j	800005c8 <skip_to_arg+0x9a>
800005f2:	0fb77813          	and	a6,a4,251
800005f6:	02a00c13          	li	s8,42
800005fa:	ff880ae3          	beq	a6,s8,800005ee <skip_to_arg+0xc0>
800005fe:	06c00813          	li	a6,108
80000602:	01071d63          	bne	a4,a6,8000061c <skip_to_arg+0xee>
80000606:	0807e793          	or	a5,a5,128
8000060a:	bf7d                	j	800005c8 <skip_to_arg+0x9a>
8000060c:	0fb77813          	and	a6,a4,251
80000610:	02a00c13          	li	s8,42
80000614:	fd880de3          	beq	a6,s8,800005ee <skip_to_arg+0xc0>
80000618:	05f70663          	beq	a4,t6,80000664 <skip_to_arg+0x136>
8000061c:	02efef63          	bltu	t6,a4,8000065a <skip_to_arg+0x12c>
80000620:	04970863          	beq	a4,s1,80000670 <skip_to_arg+0x142>
80000624:	05270e63          	beq	a4,s2,80000680 <skip_to_arg+0x152>
80000628:	05370c63          	beq	a4,s3,80000680 <skip_to_arg+0x152>
8000062c:	f00e09e3          	beqz	t3,8000053e <skip_to_arg+0x10>
80000630:	f06e15e3          	bne	t3,t1,8000053a <skip_to_arg+0xc>
80000634:	02076893          	or	a7,a4,32
80000638:	f9b88813          	add	a6,a7,-101
8000063c:	0ff87813          	zext.b	a6,a6
80000640:	4e09                	li	t3,2
80000642:	4194                	lw	a3,0(a1)
80000644:	010e7663          	bgeu	t3,a6,80000650 <skip_to_arg+0x122>
80000648:	06100813          	li	a6,97
8000064c:	05089263          	bne	a7,a6,80000690 <skip_to_arg+0x162>
80000650:	069d                	add	a3,a3,7
80000652:	9ae1                	and	a3,a3,-8
80000654:	00868713          	add	a4,a3,8
80000658:	a091                	j	8000069c <skip_to_arg+0x16e>
8000065a:	f67707e3          	beq	a4,t2,800005c8 <skip_to_arg+0x9a>
8000065e:	f68705e3          	beq	a4,s0,800005c8 <skip_to_arg+0x9a>
80000662:	b7e9                	j	8000062c <skip_to_arg+0xfe>
80000664:	0807f713          	and	a4,a5,128
80000668:	df59                	beqz	a4,80000606 <skip_to_arg+0xd8>
8000066a:	2007e793          	or	a5,a5,512
8000066e:	bf61                	j	80000606 <skip_to_arg+0xd8>
80000670:	1007f713          	and	a4,a5,256
80000674:	c319                	beqz	a4,8000067a <skip_to_arg+0x14c>
80000676:	2007e793          	or	a5,a5,512
8000067a:	1007e793          	or	a5,a5,256
8000067e:	b7a9                	j	800005c8 <skip_to_arg+0x9a>
80000680:	2807e793          	or	a5,a5,640
80000684:	b791                	j	800005c8 <skip_to_arg+0x9a>
80000686:	8e36                	mv	t3,a3
80000688:	b79d                	j	800005ee <skip_to_arg+0xc0>
8000068a:	06300713          	li	a4,99
8000068e:	b75d                	j	80000634 <skip_to_arg+0x106>
80000690:	06300813          	li	a6,99
80000694:	01071763          	bne	a4,a6,800006a2 <skip_to_arg+0x174>
80000698:	00468713          	add	a4,a3,4
8000069c:	c198                	sw	a4,0(a1)
8000069e:	0305                	add	t1,t1,1 # 80003021 <__bss_end+0x1>
800006a0:	bd61                	j	80000538 <skip_to_arg+0xa>
800006a2:	07300813          	li	a6,115
800006a6:	ff0709e3          	beq	a4,a6,80000698 <skip_to_arg+0x16a>
800006aa:	0807f813          	and	a6,a5,128
800006ae:	00468713          	add	a4,a3,4
800006b2:	fe0805e3          	beqz	a6,8000069c <skip_to_arg+0x16e>
800006b6:	2007f793          	and	a5,a5,512
800006ba:	d3ed                	beqz	a5,8000069c <skip_to_arg+0x16e>
800006bc:	bf51                	j	80000650 <skip_to_arg+0x122>

800006be <__d_vfprintf>:
800006be:	4e3012ef          	jal	t0,800023a0 <__riscv_save_12>
800006c2:	00454783          	lbu	a5,4(a0)
800006c6:	7139                	add	sp,sp,-64
800006c8:	c02a                	sw	a0,0(sp)
800006ca:	c42e                	sw	a1,8(sp)
800006cc:	c632                	sw	a2,12(sp)
800006ce:	8b89                	and	a5,a5,2
800006d0:	00852a03          	lw	s4,8(a0)
800006d4:	c785                	beqz	a5,800006fc <__d_vfprintf+0x3e>
800006d6:	d232                	sw	a2,36(sp)
800006d8:	87ae                	mv	a5,a1
800006da:	4401                	li	s0,0
800006dc:	0007c903          	lbu	s2,0(a5)
800006e0:	00090f63          	beqz	s2,800006fe <__d_vfprintf+0x40>
800006e4:	02500713          	li	a4,37
800006e8:	00e90f63          	beq	s2,a4,80000706 <__d_vfprintf+0x48>
800006ec:	0785                	add	a5,a5,1
800006ee:	c23e                	sw	a5,4(sp)
800006f0:	4582                	lw	a1,0(sp)
800006f2:	854a                	mv	a0,s2
800006f4:	0405                	add	s0,s0,1
800006f6:	9a02                	jalr	s4
800006f8:	280552e3          	bgez	a0,8000117c <__d_vfprintf+0xabe>
800006fc:	547d                	li	s0,-1
800006fe:	8522                	mv	a0,s0
80000700:	6121                	add	sp,sp,64
80000702:	4db0106f          	j	800023dc <__riscv_restore_12>
80000706:	0017c903          	lbu	s2,1(a5)
8000070a:	00278713          	add	a4,a5,2
8000070e:	c23a                	sw	a4,4(sp)
80000710:	02500793          	li	a5,37
80000714:	fcf90ee3          	beq	s2,a5,800006f0 <__d_vfprintf+0x32>
80000718:	800024b7          	lui	s1,0x80002
8000071c:	4a81                	li	s5,0
8000071e:	4d01                	li	s10,0
80000720:	4b01                	li	s6,0
80000722:	4d81                	li	s11,0
80000724:	06c00993          	li	s3,108
80000728:	07400b93          	li	s7,116
8000072c:	07a00c13          	li	s8,122
80000730:	06800c93          	li	s9,104
80000734:	65c48493          	add	s1,s1,1628 # 8000265c <__text_end+0x25c>
80000738:	47fd                	li	a5,31
8000073a:	07b7e163          	bltu	a5,s11,8000079c <__d_vfprintf+0xde>
8000073e:	fe090793          	add	a5,s2,-32
80000742:	0ff7f793          	zext.b	a5,a5
80000746:	4741                	li	a4,16
80000748:	00f76663          	bltu	a4,a5,80000754 <__d_vfprintf+0x96>
8000074c:	078a                	sll	a5,a5,0x2
8000074e:	97a6                	add	a5,a5,s1
80000750:	439c                	lw	a5,0(a5)
80000752:	8782                	jr	a5
80000754:	fd090793          	add	a5,s2,-48
80000758:	0ff7f793          	zext.b	a5,a5
8000075c:	4725                	li	a4,9
8000075e:	06f76463          	bltu	a4,a5,800007c6 <__d_vfprintf+0x108>
80000762:	46a9                	li	a3,10
80000764:	02db06b3          	mul	a3,s6,a3
80000768:	00f68b33          	add	s6,a3,a5
8000076c:	020ded93          	or	s11,s11,32
80000770:	a019                	j	80000776 <__d_vfprintf+0xb8>
80000772:	001ded93          	or	s11,s11,1
80000776:	4792                	lw	a5,4(sp)
80000778:	0007c903          	lbu	s2,0(a5)
8000077c:	0785                	add	a5,a5,1
8000077e:	c23e                	sw	a5,4(sp)
80000780:	fa091ce3          	bnez	s2,80000738 <__d_vfprintf+0x7a>
80000784:	a0dd                	j	8000086a <__d_vfprintf+0x1ac>
80000786:	002ded93          	or	s11,s11,2
8000078a:	004ded93          	or	s11,s11,4
8000078e:	b7e5                	j	80000776 <__d_vfprintf+0xb8>
80000790:	008ded93          	or	s11,s11,8
80000794:	b7cd                	j	80000776 <__d_vfprintf+0xb8>
80000796:	010ded93          	or	s11,s11,16
8000079a:	bff1                	j	80000776 <__d_vfprintf+0xb8>
8000079c:	07f00793          	li	a5,127
800007a0:	0bb7e763          	bltu	a5,s11,8000084e <__d_vfprintf+0x190>
800007a4:	fd090693          	add	a3,s2,-48
800007a8:	0ff6f693          	zext.b	a3,a3
800007ac:	47a5                	li	a5,9
800007ae:	00d7ec63          	bltu	a5,a3,800007c6 <__d_vfprintf+0x108>
800007b2:	040df613          	and	a2,s11,64
800007b6:	87b6                	mv	a5,a3
800007b8:	d64d                	beqz	a2,80000762 <__d_vfprintf+0xa4>
800007ba:	47a9                	li	a5,10
800007bc:	02fd07b3          	mul	a5,s10,a5
800007c0:	00d78d33          	add	s10,a5,a3
800007c4:	bf4d                	j	80000776 <__d_vfprintf+0xb8>
800007c6:	02a00793          	li	a5,42
800007ca:	02f91663          	bne	s2,a5,800007f6 <__d_vfprintf+0x138>
800007ce:	fa0a94e3          	bnez	s5,80000776 <__d_vfprintf+0xb8>
800007d2:	5692                	lw	a3,36(sp)
800007d4:	040df793          	and	a5,s11,64
800007d8:	00468613          	add	a2,a3,4
800007dc:	4294                	lw	a3,0(a3)
800007de:	d232                	sw	a2,36(sp)
800007e0:	c399                	beqz	a5,800007e6 <__d_vfprintf+0x128>
800007e2:	8d36                	mv	s10,a3
800007e4:	bf49                	j	80000776 <__d_vfprintf+0xb8>
800007e6:	8b36                	mv	s6,a3
800007e8:	f806d2e3          	bgez	a3,8000076c <__d_vfprintf+0xae>
800007ec:	40d00b33          	neg	s6,a3
800007f0:	028ded93          	or	s11,s11,40
800007f4:	b749                	j	80000776 <__d_vfprintf+0xb8>
800007f6:	02e00793          	li	a5,46
800007fa:	00f91963          	bne	s2,a5,8000080c <__d_vfprintf+0x14e>
800007fe:	040df793          	and	a5,s11,64
80000802:	ee079ee3          	bnez	a5,800006fe <__d_vfprintf+0x40>
80000806:	040ded93          	or	s11,s11,64
8000080a:	b7b5                	j	80000776 <__d_vfprintf+0xb8>
8000080c:	02400793          	li	a5,36
80000810:	02f91f63          	bne	s2,a5,8000084e <__d_vfprintf+0x190>
80000814:	120a8a63          	beqz	s5,80000948 <__d_vfprintf+0x28a>
80000818:	47b2                	lw	a5,12(sp)
8000081a:	d23e                	sw	a5,36(sp)
8000081c:	040df793          	and	a5,s11,64
80000820:	ef81                	bnez	a5,80000838 <__d_vfprintf+0x17a>
80000822:	4522                	lw	a0,8(sp)
80000824:	865a                	mv	a2,s6
80000826:	104c                	add	a1,sp,36
80000828:	3319                	jal	8000052e <skip_to_arg>
8000082a:	5792                	lw	a5,36(sp)
8000082c:	00478693          	add	a3,a5,4
80000830:	0007ab03          	lw	s6,0(a5)
80000834:	d236                	sw	a3,36(sp)
80000836:	b781                	j	80000776 <__d_vfprintf+0xb8>
80000838:	4522                	lw	a0,8(sp)
8000083a:	866a                	mv	a2,s10
8000083c:	104c                	add	a1,sp,36
8000083e:	39c5                	jal	8000052e <skip_to_arg>
80000840:	5792                	lw	a5,36(sp)
80000842:	00478693          	add	a3,a5,4
80000846:	0007ad03          	lw	s10,0(a5)
8000084a:	d236                	sw	a3,36(sp)
8000084c:	b72d                	j	80000776 <__d_vfprintf+0xb8>
8000084e:	0d390a63          	beq	s2,s3,80000922 <__d_vfprintf+0x264>
80000852:	0d29e363          	bltu	s3,s2,80000918 <__d_vfprintf+0x25a>
80000856:	0d990e63          	beq	s2,s9,80000932 <__d_vfprintf+0x274>
8000085a:	06a00793          	li	a5,106
8000085e:	0ef90263          	beq	s2,a5,80000942 <__d_vfprintf+0x284>
80000862:	04c00793          	li	a5,76
80000866:	0cf90e63          	beq	s2,a5,80000942 <__d_vfprintf+0x284>
8000086a:	000a8863          	beqz	s5,8000087a <__d_vfprintf+0x1bc>
8000086e:	47b2                	lw	a5,12(sp)
80000870:	4522                	lw	a0,8(sp)
80000872:	8656                	mv	a2,s5
80000874:	104c                	add	a1,sp,36
80000876:	d23e                	sw	a5,36(sp)
80000878:	395d                	jal	8000052e <skip_to_arg>
8000087a:	000d5963          	bgez	s10,8000088c <__d_vfprintf+0x1ce>
8000087e:	fbfdf813          	and	a6,s11,-65
80000882:	01081d93          	sll	s11,a6,0x10
80000886:	010ddd93          	srl	s11,s11,0x10
8000088a:	4d01                	li	s10,0
8000088c:	02096c93          	or	s9,s2,32
80000890:	f9bc8793          	add	a5,s9,-101
80000894:	0ff7f793          	zext.b	a5,a5
80000898:	4709                	li	a4,2
8000089a:	0af77d63          	bgeu	a4,a5,80000954 <__d_vfprintf+0x296>
8000089e:	06100793          	li	a5,97
800008a2:	6afc9163          	bne	s9,a5,80000f44 <__d_vfprintf+0x886>
800008a6:	5792                	lw	a5,36(sp)
800008a8:	6a89                	lui	s5,0x2
800008aa:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
800008ae:	079d                	add	a5,a5,7
800008b0:	9be1                	and	a5,a5,-8
800008b2:	0047ab83          	lw	s7,4(a5)
800008b6:	0007a883          	lw	a7,0(a5)
800008ba:	00878713          	add	a4,a5,8
800008be:	414bd993          	sra	s3,s7,0x14
800008c2:	00cb9c13          	sll	s8,s7,0xc
800008c6:	7ff9f993          	and	s3,s3,2047
800008ca:	00cc5c93          	srl	s9,s8,0xc
800008ce:	015deab3          	or	s5,s11,s5
800008d2:	0119e533          	or	a0,s3,a7
800008d6:	fff94913          	not	s2,s2
800008da:	0ac2                	sll	s5,s5,0x10
800008dc:	d23a                	sw	a4,36(sp)
800008de:	019567b3          	or	a5,a0,s9
800008e2:	02097913          	and	s2,s2,32
800008e6:	010ada93          	srl	s5,s5,0x10
800008ea:	86c6                	mv	a3,a7
800008ec:	8c66                	mv	s8,s9
800008ee:	040df813          	and	a6,s11,64
800008f2:	01fbdb93          	srl	s7,s7,0x1f
800008f6:	ebdd                	bnez	a5,800009ac <__d_vfprintf+0x2ee>
800008f8:	03000793          	li	a5,48
800008fc:	0ffbfb93          	zext.b	s7,s7
80000900:	02f106a3          	sb	a5,45(sp)
80000904:	03710623          	sb	s7,44(sp)
80000908:	24080d63          	beqz	a6,80000b62 <__d_vfprintf+0x4a4>
8000090c:	47b1                	li	a5,12
8000090e:	4981                	li	s3,0
80000910:	0da7d263          	bge	a5,s10,800009d4 <__d_vfprintf+0x316>
80000914:	4d35                	li	s10,13
80000916:	aa85                	j	80000a86 <__d_vfprintf+0x3c8>
80000918:	e5790fe3          	beq	s2,s7,80000776 <__d_vfprintf+0xb8>
8000091c:	e5890de3          	beq	s2,s8,80000776 <__d_vfprintf+0xb8>
80000920:	b7a9                	j	8000086a <__d_vfprintf+0x1ac>
80000922:	080df793          	and	a5,s11,128
80000926:	c399                	beqz	a5,8000092c <__d_vfprintf+0x26e>
80000928:	200ded93          	or	s11,s11,512
8000092c:	080ded93          	or	s11,s11,128
80000930:	b599                	j	80000776 <__d_vfprintf+0xb8>
80000932:	100df793          	and	a5,s11,256
80000936:	c399                	beqz	a5,8000093c <__d_vfprintf+0x27e>
80000938:	200ded93          	or	s11,s11,512
8000093c:	100ded93          	or	s11,s11,256
80000940:	bd1d                	j	80000776 <__d_vfprintf+0xb8>
80000942:	280ded93          	or	s11,s11,640
80000946:	bd05                	j	80000776 <__d_vfprintf+0xb8>
80000948:	875a                	mv	a4,s6
8000094a:	4d01                	li	s10,0
8000094c:	4b01                	li	s6,0
8000094e:	8aba                	mv	s5,a4
80000950:	4d81                	li	s11,0
80000952:	b515                	j	80000776 <__d_vfprintf+0xb8>
80000954:	5792                	lw	a5,36(sp)
80000956:	fff94913          	not	s2,s2
8000095a:	02097913          	and	s2,s2,32
8000095e:	079d                	add	a5,a5,7
80000960:	9be1                	and	a5,a5,-8
80000962:	00878713          	add	a4,a5,8
80000966:	4388                	lw	a0,0(a5)
80000968:	43cc                	lw	a1,4(a5)
8000096a:	d23a                	sw	a4,36(sp)
8000096c:	040df793          	and	a5,s11,64
80000970:	20078d63          	beqz	a5,80000b8a <__d_vfprintf+0x4cc>
80000974:	06500793          	li	a5,101
80000978:	20fc9b63          	bne	s9,a5,80000b8e <__d_vfprintf+0x4d0>
8000097c:	6785                	lui	a5,0x1
8000097e:	001d0613          	add	a2,s10,1
80000982:	00fdedb3          	or	s11,s11,a5
80000986:	0ff67613          	zext.b	a2,a2
8000098a:	4701                	li	a4,0
8000098c:	4781                	li	a5,0
8000098e:	4345                	li	t1,17
80000990:	0ff67693          	zext.b	a3,a2
80000994:	00c37363          	bgeu	t1,a2,8000099a <__d_vfprintf+0x2dc>
80000998:	46c5                	li	a3,17
8000099a:	1030                	add	a2,sp,40
8000099c:	317000ef          	jal	800014b2 <__dtoa_engine>
800009a0:	0ff57b93          	zext.b	s7,a0
800009a4:	59a2                	lw	s3,40(sp)
800009a6:	8aee                	mv	s5,s11
800009a8:	4c09                	li	s8,2
800009aa:	aa01                	j	80000aba <__d_vfprintf+0x3fc>
800009ac:	03100793          	li	a5,49
800009b0:	00099563          	bnez	s3,800009ba <__d_vfprintf+0x2fc>
800009b4:	03000793          	li	a5,48
800009b8:	4985                	li	s3,1
800009ba:	0ffbfb93          	zext.b	s7,s7
800009be:	02f106a3          	sb	a5,45(sp)
800009c2:	03710623          	sb	s7,44(sp)
800009c6:	c0198993          	add	s3,s3,-1023
800009ca:	18080363          	beqz	a6,80000b50 <__d_vfprintf+0x492>
800009ce:	47b1                	li	a5,12
800009d0:	19a7c263          	blt	a5,s10,80000b54 <__d_vfprintf+0x496>
800009d4:	4335                	li	t1,13
800009d6:	41a30333          	sub	t1,t1,s10
800009da:	00231d93          	sll	s11,t1,0x2
800009de:	fffd8613          	add	a2,s11,-1
800009e2:	4505                	li	a0,1
800009e4:	4581                	li	a1,0
800009e6:	ca46                	sw	a7,20(sp)
800009e8:	c836                	sw	a3,16(sp)
800009ea:	2de010ef          	jal	80001cc8 <__ashldi3>
800009ee:	84aa                	mv	s1,a0
800009f0:	872e                	mv	a4,a1
800009f2:	00171793          	sll	a5,a4,0x1
800009f6:	85aa                	mv	a1,a0
800009f8:	01f4d513          	srl	a0,s1,0x1f
800009fc:	00149e13          	sll	t3,s1,0x1
80000a00:	8fc9                	or	a5,a5,a0
80000a02:	40f00c33          	neg	s8,a5
80000a06:	01c03533          	snez	a0,t3
80000a0a:	48d2                	lw	a7,20(sp)
80000a0c:	41c00833          	neg	a6,t3
80000a10:	40ac0c33          	sub	s8,s8,a0
80000a14:	fffe0513          	add	a0,t3,-1
80000a18:	001e3e13          	seqz	t3,t3
80000a1c:	41c787b3          	sub	a5,a5,t3
80000a20:	0197f7b3          	and	a5,a5,s9
80000a24:	01157533          	and	a0,a0,a7
80000a28:	02f74663          	blt	a4,a5,80000a54 <__d_vfprintf+0x396>
80000a2c:	46c2                	lw	a3,16(sp)
80000a2e:	00e79463          	bne	a5,a4,80000a36 <__d_vfprintf+0x378>
80000a32:	02a5e163          	bltu	a1,a0,80000a54 <__d_vfprintf+0x396>
80000a36:	8546                	mv	a0,a7
80000a38:	866e                	mv	a2,s11
80000a3a:	85e6                	mv	a1,s9
80000a3c:	ce3a                	sw	a4,28(sp)
80000a3e:	cc42                	sw	a6,24(sp)
80000a40:	ca36                	sw	a3,20(sp)
80000a42:	c846                	sw	a7,16(sp)
80000a44:	2ac010ef          	jal	80001cf0 <__ashrdi3>
80000a48:	8905                	and	a0,a0,1
80000a4a:	48c2                	lw	a7,16(sp)
80000a4c:	46d2                	lw	a3,20(sp)
80000a4e:	4862                	lw	a6,24(sp)
80000a50:	4772                	lw	a4,28(sp)
80000a52:	c94d                	beqz	a0,80000b04 <__d_vfprintf+0x446>
80000a54:	00988533          	add	a0,a7,s1
80000a58:	01153db3          	sltu	s11,a0,a7
80000a5c:	9766                	add	a4,a4,s9
80000a5e:	00ed8cb3          	add	s9,s11,a4
80000a62:	001007b7          	lui	a5,0x100
80000a66:	86aa                	mv	a3,a0
80000a68:	08fcce63          	blt	s9,a5,80000b04 <__d_vfprintf+0x446>
80000a6c:	02d14783          	lbu	a5,45(sp)
80000a70:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000a72:	02f106a3          	sb	a5,45(sp)
80000a76:	40000793          	li	a5,1024
80000a7a:	0af98163          	beq	s3,a5,80000b1c <__d_vfprintf+0x45e>
80000a7e:	00a87533          	and	a0,a6,a0
80000a82:	019c7c33          	and	s8,s8,s9
80000a86:	05700613          	li	a2,87
80000a8a:	1034                	add	a3,sp,40
80000a8c:	4735                	li	a4,13
80000a8e:	45a5                	li	a1,9
80000a90:	41260633          	sub	a2,a2,s2
80000a94:	01cc1813          	sll	a6,s8,0x1c
80000a98:	00f57793          	and	a5,a0,15
80000a9c:	8111                	srl	a0,a0,0x4
80000a9e:	00a86533          	or	a0,a6,a0
80000aa2:	404c5c13          	sra	s8,s8,0x4
80000aa6:	e7e1                	bnez	a5,80000b6e <__d_vfprintf+0x4b0>
80000aa8:	0ced5563          	bge	s10,a4,80000b72 <__d_vfprintf+0x4b4>
80000aac:	177d                	add	a4,a4,-1
80000aae:	16fd                	add	a3,a3,-1
80000ab0:	f375                	bnez	a4,80000a94 <__d_vfprintf+0x3d6>
80000ab2:	4c05                	li	s8,1
80000ab4:	4bb9                	li	s7,14
80000ab6:	07000c93          	li	s9,112
80000aba:	00998713          	add	a4,s3,9
80000abe:	46c9                	li	a3,18
80000ac0:	87ce                	mv	a5,s3
80000ac2:	06e6e863          	bltu	a3,a4,80000b32 <__d_vfprintf+0x474>
80000ac6:	02c14703          	lbu	a4,44(sp)
80000aca:	00177d93          	and	s11,a4,1
80000ace:	8b31                	and	a4,a4,12
80000ad0:	120d9a63          	bnez	s11,80000c04 <__d_vfprintf+0x546>
80000ad4:	002af793          	and	a5,s5,2
80000ad8:	12079263          	bnez	a5,80000bfc <__d_vfprintf+0x53e>
80000adc:	004af793          	and	a5,s5,4
80000ae0:	cfe9                	beqz	a5,80000bba <__d_vfprintf+0x4fc>
80000ae2:	12071563          	bnez	a4,80000c0c <__d_vfprintf+0x54e>
80000ae6:	02000713          	li	a4,32
80000aea:	678d                	lui	a5,0x3
80000aec:	00faf7b3          	and	a5,s5,a5
80000af0:	1c079363          	bnez	a5,80000cb6 <__d_vfprintf+0x5f8>
80000af4:	000d1363          	bnez	s10,80000afa <__d_vfprintf+0x43c>
80000af8:	4d05                	li	s10,1
80000afa:	103c                	add	a5,sp,40
80000afc:	97de                	add	a5,a5,s7
80000afe:	03000693          	li	a3,48
80000b02:	aa9d                	j	80000c78 <__d_vfprintf+0x5ba>
80000b04:	0106f6b3          	and	a3,a3,a6
80000b08:	018cfcb3          	and	s9,s9,s8
80000b0c:	40000793          	li	a5,1024
80000b10:	04f99c63          	bne	s3,a5,80000b68 <__d_vfprintf+0x4aa>
80000b14:	0196ecb3          	or	s9,a3,s9
80000b18:	040c8063          	beqz	s9,80000b58 <__d_vfprintf+0x49a>
80000b1c:	008beb93          	or	s7,s7,8
80000b20:	03710623          	sb	s7,44(sp)
80000b24:	40000993          	li	s3,1024
80000b28:	4bb9                	li	s7,14
80000b2a:	07000c93          	li	s9,112
80000b2e:	40000793          	li	a5,1024
80000b32:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000b36:	0c600693          	li	a3,198
80000b3a:	4c09                	li	s8,2
80000b3c:	f8e6f5e3          	bgeu	a3,a4,80000ac6 <__d_vfprintf+0x408>
80000b40:	3e778793          	add	a5,a5,999
80000b44:	7ce00c13          	li	s8,1998
80000b48:	00fc3c33          	sltu	s8,s8,a5
80000b4c:	0c0d                	add	s8,s8,3
80000b4e:	bfa5                	j	80000ac6 <__d_vfprintf+0x408>
80000b50:	4d01                	li	s10,0
80000b52:	bf6d                	j	80000b0c <__d_vfprintf+0x44e>
80000b54:	4d35                	li	s10,13
80000b56:	bf5d                	j	80000b0c <__d_vfprintf+0x44e>
80000b58:	004beb93          	or	s7,s7,4
80000b5c:	03710623          	sb	s7,44(sp)
80000b60:	b7e1                	j	80000b28 <__d_vfprintf+0x46a>
80000b62:	4981                	li	s3,0
80000b64:	4d01                	li	s10,0
80000b66:	b705                	j	80000a86 <__d_vfprintf+0x3c8>
80000b68:	8536                	mv	a0,a3
80000b6a:	8c66                	mv	s8,s9
80000b6c:	bf29                	j	80000a86 <__d_vfprintf+0x3c8>
80000b6e:	00f5ea63          	bltu	a1,a5,80000b82 <__d_vfprintf+0x4c4>
80000b72:	03078793          	add	a5,a5,48
80000b76:	00f68923          	sb	a5,18(a3)
80000b7a:	f2ed59e3          	bge	s10,a4,80000aac <__d_vfprintf+0x3ee>
80000b7e:	8d3a                	mv	s10,a4
80000b80:	b735                	j	80000aac <__d_vfprintf+0x3ee>
80000b82:	97b2                	add	a5,a5,a2
80000b84:	0ff7f793          	zext.b	a5,a5
80000b88:	b7fd                	j	80000b76 <__d_vfprintf+0x4b8>
80000b8a:	4d19                	li	s10,6
80000b8c:	b3e5                	j	80000974 <__d_vfprintf+0x2b6>
80000b8e:	06600793          	li	a5,102
80000b92:	00fc9963          	bne	s9,a5,80000ba4 <__d_vfprintf+0x4e6>
80000b96:	6789                	lui	a5,0x2
80000b98:	00fdedb3          	or	s11,s11,a5
80000b9c:	4705                	li	a4,1
80000b9e:	87ea                	mv	a5,s10
80000ba0:	4645                	li	a2,17
80000ba2:	b3f5                	j	8000098e <__d_vfprintf+0x2d0>
80000ba4:	0ffd7793          	zext.b	a5,s10
80000ba8:	0ffd7613          	zext.b	a2,s10
80000bac:	e391                	bnez	a5,80000bb0 <__d_vfprintf+0x4f2>
80000bae:	4605                	li	a2,1
80000bb0:	4701                	li	a4,0
80000bb2:	4781                	li	a5,0
80000bb4:	06500c93          	li	s9,101
80000bb8:	bbd9                	j	8000098e <__d_vfprintf+0x2d0>
80000bba:	db05                	beqz	a4,80000aea <__d_vfprintf+0x42c>
80000bbc:	478d                	li	a5,3
80000bbe:	0967d163          	bge	a5,s6,80000c40 <__d_vfprintf+0x582>
80000bc2:	008afa93          	and	s5,s5,8
80000bc6:	ffdb0493          	add	s1,s6,-3
80000bca:	000a9f63          	bnez	s5,80000be8 <__d_vfprintf+0x52a>
80000bce:	94a2                	add	s1,s1,s0
80000bd0:	4582                	lw	a1,0(sp)
80000bd2:	02000513          	li	a0,32
80000bd6:	0405                	add	s0,s0,1
80000bd8:	9a02                	jalr	s4
80000bda:	b20541e3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000bde:	fe8499e3          	bne	s1,s0,80000bd0 <__d_vfprintf+0x512>
80000be2:	4481                	li	s1,0
80000be4:	020d9f63          	bnez	s11,80000c22 <__d_vfprintf+0x564>
80000be8:	02c14783          	lbu	a5,44(sp)
80000bec:	8ba1                	and	a5,a5,8
80000bee:	efad                	bnez	a5,80000c68 <__d_vfprintf+0x5aa>
80000bf0:	800029b7          	lui	s3,0x80002
80000bf4:	64c98993          	add	s3,s3,1612 # 8000264c <__text_end+0x24c>
80000bf8:	8c22                	mv	s8,s0
80000bfa:	a8b1                	j	80000c56 <__d_vfprintf+0x598>
80000bfc:	eb15                	bnez	a4,80000c30 <__d_vfprintf+0x572>
80000bfe:	02b00713          	li	a4,43
80000c02:	b5e5                	j	80000aea <__d_vfprintf+0x42c>
80000c04:	eb0d                	bnez	a4,80000c36 <__d_vfprintf+0x578>
80000c06:	02d00713          	li	a4,45
80000c0a:	b5c5                	j	80000aea <__d_vfprintf+0x42c>
80000c0c:	02000d93          	li	s11,32
80000c10:	4791                	li	a5,4
80000c12:	0367d563          	bge	a5,s6,80000c3c <__d_vfprintf+0x57e>
80000c16:	008afa93          	and	s5,s5,8
80000c1a:	ffcb0493          	add	s1,s6,-4
80000c1e:	fa0a88e3          	beqz	s5,80000bce <__d_vfprintf+0x510>
80000c22:	4582                	lw	a1,0(sp)
80000c24:	856e                	mv	a0,s11
80000c26:	0405                	add	s0,s0,1
80000c28:	9a02                	jalr	s4
80000c2a:	fa055fe3          	bgez	a0,80000be8 <__d_vfprintf+0x52a>
80000c2e:	b4f9                	j	800006fc <__d_vfprintf+0x3e>
80000c30:	02b00d93          	li	s11,43
80000c34:	bff1                	j	80000c10 <__d_vfprintf+0x552>
80000c36:	02d00d93          	li	s11,45
80000c3a:	bfd9                	j	80000c10 <__d_vfprintf+0x552>
80000c3c:	4481                	li	s1,0
80000c3e:	b7d5                	j	80000c22 <__d_vfprintf+0x564>
80000c40:	4481                	li	s1,0
80000c42:	b75d                	j	80000be8 <__d_vfprintf+0x52a>
80000c44:	4582                	lw	a1,0(sp)
80000c46:	41250533          	sub	a0,a0,s2
80000c4a:	0ff57513          	zext.b	a0,a0
80000c4e:	0c05                	add	s8,s8,1
80000c50:	9a02                	jalr	s4
80000c52:	aa0545e3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000c56:	408c07b3          	sub	a5,s8,s0
80000c5a:	97ce                	add	a5,a5,s3
80000c5c:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000c60:	f175                	bnez	a0,80000c44 <__d_vfprintf+0x586>
80000c62:	8462                	mv	s0,s8
80000c64:	94e2                	add	s1,s1,s8
80000c66:	a515                	j	8000128a <__d_vfprintf+0xbcc>
80000c68:	800029b7          	lui	s3,0x80002
80000c6c:	65098993          	add	s3,s3,1616 # 80002650 <__text_end+0x250>
80000c70:	b761                	j	80000bf8 <__d_vfprintf+0x53a>
80000c72:	1bfd                	add	s7,s7,-1
80000c74:	0ffbfb93          	zext.b	s7,s7
80000c78:	000b8763          	beqz	s7,80000c86 <__d_vfprintf+0x5c8>
80000c7c:	0047c603          	lbu	a2,4(a5)
80000c80:	17fd                	add	a5,a5,-1
80000c82:	fed608e3          	beq	a2,a3,80000c72 <__d_vfprintf+0x5b4>
80000c86:	010af693          	and	a3,s5,16
80000c8a:	87ea                	mv	a5,s10
80000c8c:	e291                	bnez	a3,80000c90 <__d_vfprintf+0x5d2>
80000c8e:	87de                	mv	a5,s7
80000c90:	56f1                	li	a3,-4
80000c92:	0ed9cc63          	blt	s3,a3,80000d8a <__d_vfprintf+0x6cc>
80000c96:	0fa9da63          	bge	s3,s10,80000d8a <__d_vfprintf+0x6cc>
80000c9a:	6689                	lui	a3,0x2
80000c9c:	00dae6b3          	or	a3,s5,a3
80000ca0:	01069a93          	sll	s5,a3,0x10
80000ca4:	010ada93          	srl	s5,s5,0x10
80000ca8:	4d01                	li	s10,0
80000caa:	00f9d663          	bge	s3,a5,80000cb6 <__d_vfprintf+0x5f8>
80000cae:	00198893          	add	a7,s3,1
80000cb2:	41178d33          	sub	s10,a5,a7
80000cb6:	6d89                	lui	s11,0x2
80000cb8:	01bafdb3          	and	s11,s5,s11
80000cbc:	0c0d8a63          	beqz	s11,80000d90 <__d_vfprintf+0x6d2>
80000cc0:	87ce                	mv	a5,s3
80000cc2:	0009d363          	bgez	s3,80000cc8 <__d_vfprintf+0x60a>
80000cc6:	4781                	li	a5,0
80000cc8:	0785                	add	a5,a5,1
80000cca:	c311                	beqz	a4,80000cce <__d_vfprintf+0x610>
80000ccc:	0785                	add	a5,a5,1
80000cce:	0c0d0963          	beqz	s10,80000da0 <__d_vfprintf+0x6e2>
80000cd2:	001d0693          	add	a3,s10,1
80000cd6:	97b6                	add	a5,a5,a3
80000cd8:	4481                	li	s1,0
80000cda:	0167d463          	bge	a5,s6,80000ce2 <__d_vfprintf+0x624>
80000cde:	40fb04b3          	sub	s1,s6,a5
80000ce2:	009af793          	and	a5,s5,9
80000ce6:	e789                	bnez	a5,80000cf0 <__d_vfprintf+0x632>
80000ce8:	94a2                	add	s1,s1,s0
80000cea:	0c849063          	bne	s1,s0,80000daa <__d_vfprintf+0x6ec>
80000cee:	4481                	li	s1,0
80000cf0:	c719                	beqz	a4,80000cfe <__d_vfprintf+0x640>
80000cf2:	4582                	lw	a1,0(sp)
80000cf4:	853a                	mv	a0,a4
80000cf6:	0405                	add	s0,s0,1
80000cf8:	9a02                	jalr	s4
80000cfa:	a00541e3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000cfe:	00bad793          	srl	a5,s5,0xb
80000d02:	8b85                	and	a5,a5,1
80000d04:	c395                	beqz	a5,80000d28 <__d_vfprintf+0x66a>
80000d06:	4582                	lw	a1,0(sp)
80000d08:	03000513          	li	a0,48
80000d0c:	9a02                	jalr	s4
80000d0e:	9e0547e3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000d12:	07800513          	li	a0,120
80000d16:	4582                	lw	a1,0(sp)
80000d18:	41250533          	sub	a0,a0,s2
80000d1c:	0f857513          	and	a0,a0,248
80000d20:	0409                	add	s0,s0,2
80000d22:	9a02                	jalr	s4
80000d24:	9c054ce3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000d28:	008af793          	and	a5,s5,8
80000d2c:	e791                	bnez	a5,80000d38 <__d_vfprintf+0x67a>
80000d2e:	8b22                	mv	s6,s0
80000d30:	9426                	add	s0,s0,s1
80000d32:	09641663          	bne	s0,s6,80000dbe <__d_vfprintf+0x700>
80000d36:	4481                	li	s1,0
80000d38:	0c0d8f63          	beqz	s11,80000e16 <__d_vfprintf+0x758>
80000d3c:	8cce                	mv	s9,s3
80000d3e:	0009d363          	bgez	s3,80000d44 <__d_vfprintf+0x686>
80000d42:	4c81                	li	s9,0
80000d44:	41998db3          	sub	s11,s3,s9
80000d48:	41a00d33          	neg	s10,s10
80000d4c:	5b7d                	li	s6,-1
80000d4e:	03000513          	li	a0,48
80000d52:	017df663          	bgeu	s11,s7,80000d5e <__d_vfprintf+0x6a0>
80000d56:	103c                	add	a5,sp,40
80000d58:	97ee                	add	a5,a5,s11
80000d5a:	0057c503          	lbu	a0,5(a5)
80000d5e:	1cfd                	add	s9,s9,-1
80000d60:	00140c13          	add	s8,s0,1
80000d64:	07acc563          	blt	s9,s10,80000dce <__d_vfprintf+0x710>
80000d68:	4582                	lw	a1,0(sp)
80000d6a:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000d6c:	9a02                	jalr	s4
80000d6e:	980547e3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000d72:	016c9a63          	bne	s9,s6,80000d86 <__d_vfprintf+0x6c8>
80000d76:	4582                	lw	a1,0(sp)
80000d78:	02e00513          	li	a0,46
80000d7c:	9a02                	jalr	s4
80000d7e:	96054fe3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000d82:	00240c13          	add	s8,s0,2
80000d86:	8462                	mv	s0,s8
80000d88:	b7d9                	j	80000d4e <__d_vfprintf+0x690>
80000d8a:	fff78d13          	add	s10,a5,-1
80000d8e:	b725                	j	80000cb6 <__d_vfprintf+0x5f8>
80000d90:	00bad693          	srl	a3,s5,0xb
80000d94:	8a85                	and	a3,a3,1
80000d96:	478d                	li	a5,3
80000d98:	c291                	beqz	a3,80000d9c <__d_vfprintf+0x6de>
80000d9a:	4795                	li	a5,5
80000d9c:	97e2                	add	a5,a5,s8
80000d9e:	b735                	j	80000cca <__d_vfprintf+0x60c>
80000da0:	010af693          	and	a3,s5,16
80000da4:	da95                	beqz	a3,80000cd8 <__d_vfprintf+0x61a>
80000da6:	0785                	add	a5,a5,1
80000da8:	bf05                	j	80000cd8 <__d_vfprintf+0x61a>
80000daa:	4582                	lw	a1,0(sp)
80000dac:	02000513          	li	a0,32
80000db0:	c83a                	sw	a4,16(sp)
80000db2:	9a02                	jalr	s4
80000db4:	4742                	lw	a4,16(sp)
80000db6:	0405                	add	s0,s0,1
80000db8:	f20559e3          	bgez	a0,80000cea <__d_vfprintf+0x62c>
80000dbc:	b281                	j	800006fc <__d_vfprintf+0x3e>
80000dbe:	4582                	lw	a1,0(sp)
80000dc0:	03000513          	li	a0,48
80000dc4:	0b05                	add	s6,s6,1
80000dc6:	9a02                	jalr	s4
80000dc8:	f60555e3          	bgez	a0,80000d32 <__d_vfprintf+0x674>
80000dcc:	ba05                	j	800006fc <__d_vfprintf+0x3e>
80000dce:	033c9063          	bne	s9,s3,80000dee <__d_vfprintf+0x730>
80000dd2:	02d14703          	lbu	a4,45(sp)
80000dd6:	03500793          	li	a5,53
80000dda:	00e7e863          	bltu	a5,a4,80000dea <__d_vfprintf+0x72c>
80000dde:	00f71863          	bne	a4,a5,80000dee <__d_vfprintf+0x730>
80000de2:	02c14783          	lbu	a5,44(sp)
80000de6:	8bc1                	and	a5,a5,16
80000de8:	e399                	bnez	a5,80000dee <__d_vfprintf+0x730>
80000dea:	03100513          	li	a0,49
80000dee:	4582                	lw	a1,0(sp)
80000df0:	9a02                	jalr	s4
80000df2:	900545e3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000df6:	010afa93          	and	s5,s5,16
80000dfa:	e60a84e3          	beqz	s5,80000c62 <__d_vfprintf+0x5a4>
80000dfe:	57fd                	li	a5,-1
80000e00:	e6fc91e3          	bne	s9,a5,80000c62 <__d_vfprintf+0x5a4>
80000e04:	4582                	lw	a1,0(sp)
80000e06:	00240c13          	add	s8,s0,2
80000e0a:	02e00513          	li	a0,46
80000e0e:	9a02                	jalr	s4
80000e10:	e40559e3          	bgez	a0,80000c62 <__d_vfprintf+0x5a4>
80000e14:	b0e5                	j	800006fc <__d_vfprintf+0x3e>
80000e16:	02d14503          	lbu	a0,45(sp)
80000e1a:	03100793          	li	a5,49
80000e1e:	00f50763          	beq	a0,a5,80000e2c <__d_vfprintf+0x76e>
80000e22:	02c14783          	lbu	a5,44(sp)
80000e26:	9bbd                	and	a5,a5,-17
80000e28:	02f10623          	sb	a5,44(sp)
80000e2c:	4582                	lw	a1,0(sp)
80000e2e:	9a02                	jalr	s4
80000e30:	8c0546e3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000e34:	0da05a63          	blez	s10,80000f08 <__d_vfprintf+0x84a>
80000e38:	4582                	lw	a1,0(sp)
80000e3a:	02e00513          	li	a0,46
80000e3e:	0409                	add	s0,s0,2
80000e40:	9a02                	jalr	s4
80000e42:	8a054de3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000e46:	4a85                	li	s5,1
80000e48:	4785                	li	a5,1
80000e4a:	0405                	add	s0,s0,1
80000e4c:	03000513          	li	a0,48
80000e50:	017af863          	bgeu	s5,s7,80000e60 <__d_vfprintf+0x7a2>
80000e54:	02078793          	add	a5,a5,32
80000e58:	1018                	add	a4,sp,32
80000e5a:	97ba                	add	a5,a5,a4
80000e5c:	fed7c503          	lbu	a0,-19(a5)
80000e60:	4582                	lw	a1,0(sp)
80000e62:	9a02                	jalr	s4
80000e64:	88054ce3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000e68:	0a85                	add	s5,s5,1
80000e6a:	0ffafa93          	zext.b	s5,s5
80000e6e:	87d6                	mv	a5,s5
80000e70:	fd5d5de3          	bge	s10,s5,80000e4a <__d_vfprintf+0x78c>
80000e74:	4582                	lw	a1,0(sp)
80000e76:	412c8533          	sub	a0,s9,s2
80000e7a:	0ff57513          	zext.b	a0,a0
80000e7e:	9a02                	jalr	s4
80000e80:	86054ee3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000e84:	0009ca63          	bltz	s3,80000e98 <__d_vfprintf+0x7da>
80000e88:	02b00513          	li	a0,43
80000e8c:	00099a63          	bnez	s3,80000ea0 <__d_vfprintf+0x7e2>
80000e90:	02c14783          	lbu	a5,44(sp)
80000e94:	8bc1                	and	a5,a5,16
80000e96:	c789                	beqz	a5,80000ea0 <__d_vfprintf+0x7e2>
80000e98:	413009b3          	neg	s3,s3
80000e9c:	02d00513          	li	a0,45
80000ea0:	4582                	lw	a1,0(sp)
80000ea2:	9a02                	jalr	s4
80000ea4:	84054ce3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000ea8:	4791                	li	a5,4
80000eaa:	06fc1e63          	bne	s8,a5,80000f26 <__d_vfprintf+0x868>
80000eae:	3e800913          	li	s2,1000
80000eb2:	0329c533          	div	a0,s3,s2
80000eb6:	4582                	lw	a1,0(sp)
80000eb8:	040d                	add	s0,s0,3
80000eba:	03050513          	add	a0,a0,48
80000ebe:	0ff57513          	zext.b	a0,a0
80000ec2:	9a02                	jalr	s4
80000ec4:	82054ce3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000ec8:	0329e9b3          	rem	s3,s3,s2
80000ecc:	06400913          	li	s2,100
80000ed0:	4582                	lw	a1,0(sp)
80000ed2:	0405                	add	s0,s0,1
80000ed4:	0329c533          	div	a0,s3,s2
80000ed8:	03050513          	add	a0,a0,48
80000edc:	0ff57513          	zext.b	a0,a0
80000ee0:	9a02                	jalr	s4
80000ee2:	80054de3          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000ee6:	0329e9b3          	rem	s3,s3,s2
80000eea:	4929                	li	s2,10
80000eec:	4582                	lw	a1,0(sp)
80000eee:	0405                	add	s0,s0,1
80000ef0:	0329c533          	div	a0,s3,s2
80000ef4:	03050513          	add	a0,a0,48
80000ef8:	0ff57513          	zext.b	a0,a0
80000efc:	9a02                	jalr	s4
80000efe:	fe054f63          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000f02:	0329e9b3          	rem	s3,s3,s2
80000f06:	a03d                	j	80000f34 <__d_vfprintf+0x876>
80000f08:	010afa93          	and	s5,s5,16
80000f0c:	000a9463          	bnez	s5,80000f14 <__d_vfprintf+0x856>
80000f10:	0405                	add	s0,s0,1
80000f12:	b78d                	j	80000e74 <__d_vfprintf+0x7b6>
80000f14:	4582                	lw	a1,0(sp)
80000f16:	02e00513          	li	a0,46
80000f1a:	0409                	add	s0,s0,2
80000f1c:	9a02                	jalr	s4
80000f1e:	f4055be3          	bgez	a0,80000e74 <__d_vfprintf+0x7b6>
80000f22:	fdaff06f          	j	800006fc <__d_vfprintf+0x3e>
80000f26:	478d                	li	a5,3
80000f28:	0409                	add	s0,s0,2
80000f2a:	fafc01e3          	beq	s8,a5,80000ecc <__d_vfprintf+0x80e>
80000f2e:	4785                	li	a5,1
80000f30:	fafc1de3          	bne	s8,a5,80000eea <__d_vfprintf+0x82c>
80000f34:	03098513          	add	a0,s3,48
80000f38:	4582                	lw	a1,0(sp)
80000f3a:	00140c13          	add	s8,s0,1
80000f3e:	0ff57513          	zext.b	a0,a0
80000f42:	b5f1                	j	80000e0e <__d_vfprintf+0x750>
80000f44:	f9d90793          	add	a5,s2,-99
80000f48:	0ff7f793          	zext.b	a5,a5
80000f4c:	4749                	li	a4,18
80000f4e:	1ef76f63          	bltu	a4,a5,8000114c <__d_vfprintf+0xa8e>
80000f52:	80002737          	lui	a4,0x80002
80000f56:	078a                	sll	a5,a5,0x2
80000f58:	6a070713          	add	a4,a4,1696 # 800026a0 <__text_end+0x2a0>
80000f5c:	97ba                	add	a5,a5,a4
80000f5e:	439c                	lw	a5,0(a5)
80000f60:	8782                	jr	a5
80000f62:	5792                	lw	a5,36(sp)
80000f64:	4485                	li	s1,1
80000f66:	02810993          	add	s3,sp,40
80000f6a:	00478713          	add	a4,a5,4
80000f6e:	439c                	lw	a5,0(a5)
80000f70:	d23a                	sw	a4,36(sp)
80000f72:	02f10423          	sb	a5,40(sp)
80000f76:	008df813          	and	a6,s11,8
80000f7a:	04080e63          	beqz	a6,80000fd6 <__d_vfprintf+0x918>
80000f7e:	4901                	li	s2,0
80000f80:	05249d63          	bne	s1,s2,80000fda <__d_vfprintf+0x91c>
80000f84:	00940c33          	add	s8,s0,s1
80000f88:	409b04b3          	sub	s1,s6,s1
80000f8c:	b9d9                	j	80000c62 <__d_vfprintf+0x5a4>
80000f8e:	5792                	lw	a5,36(sp)
80000f90:	00478713          	add	a4,a5,4
80000f94:	d23a                	sw	a4,36(sp)
80000f96:	0007a983          	lw	s3,0(a5)
80000f9a:	00099663          	bnez	s3,80000fa6 <__d_vfprintf+0x8e8>
80000f9e:	800029b7          	lui	s3,0x80002
80000fa2:	65498993          	add	s3,s3,1620 # 80002654 <__text_end+0x254>
80000fa6:	040df793          	and	a5,s11,64
80000faa:	55fd                	li	a1,-1
80000fac:	c391                	beqz	a5,80000fb0 <__d_vfprintf+0x8f2>
80000fae:	85ea                	mv	a1,s10
80000fb0:	854e                	mv	a0,s3
80000fb2:	4c3000ef          	jal	80001c74 <strnlen>
80000fb6:	84aa                	mv	s1,a0
80000fb8:	bf7d                	j	80000f76 <__d_vfprintf+0x8b8>
80000fba:	4582                	lw	a1,0(sp)
80000fbc:	02000513          	li	a0,32
80000fc0:	9a02                	jalr	s4
80000fc2:	f2054d63          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80000fc6:	197d                	add	s2,s2,-1
80000fc8:	ff24e9e3          	bltu	s1,s2,80000fba <__d_vfprintf+0x8fc>
80000fcc:	945a                	add	s0,s0,s6
80000fce:	41240433          	sub	s0,s0,s2
80000fd2:	8b4a                	mv	s6,s2
80000fd4:	b76d                	j	80000f7e <__d_vfprintf+0x8c0>
80000fd6:	895a                	mv	s2,s6
80000fd8:	bfc5                	j	80000fc8 <__d_vfprintf+0x90a>
80000fda:	012987b3          	add	a5,s3,s2
80000fde:	4582                	lw	a1,0(sp)
80000fe0:	0007c503          	lbu	a0,0(a5)
80000fe4:	0905                	add	s2,s2,1
80000fe6:	9a02                	jalr	s4
80000fe8:	f8055ce3          	bgez	a0,80000f80 <__d_vfprintf+0x8c2>
80000fec:	f10ff06f          	j	800006fc <__d_vfprintf+0x3e>
80000ff0:	080df713          	and	a4,s11,128
80000ff4:	5792                	lw	a5,36(sp)
80000ff6:	cf49                	beqz	a4,80001090 <__d_vfprintf+0x9d2>
80000ff8:	200df713          	and	a4,s11,512
80000ffc:	c359                	beqz	a4,80001082 <__d_vfprintf+0x9c4>
80000ffe:	079d                	add	a5,a5,7
80001000:	9be1                	and	a5,a5,-8
80001002:	4388                	lw	a0,0(a5)
80001004:	43cc                	lw	a1,4(a5)
80001006:	00878713          	add	a4,a5,8
8000100a:	d23a                	sw	a4,36(sp)
8000100c:	fefdf993          	and	s3,s11,-17
80001010:	09c2                	sll	s3,s3,0x10
80001012:	0109d993          	srl	s3,s3,0x10
80001016:	0805dd63          	bgez	a1,800010b0 <__d_vfprintf+0x9f2>
8000101a:	00a037b3          	snez	a5,a0
8000101e:	40b005b3          	neg	a1,a1
80001022:	8d9d                	sub	a1,a1,a5
80001024:	40a00533          	neg	a0,a0
80001028:	4009e993          	or	s3,s3,1024
8000102c:	02810a93          	add	s5,sp,40
80001030:	46a9                	li	a3,10
80001032:	8656                	mv	a2,s5
80001034:	c8eff0ef          	jal	800004c2 <__ultoa_invert>
80001038:	0409f793          	and	a5,s3,64
8000103c:	41550ab3          	sub	s5,a0,s5
80001040:	c7f5                	beqz	a5,8000112c <__d_vfprintf+0xa6e>
80001042:	ffe9f793          	and	a5,s3,-2
80001046:	07c2                	sll	a5,a5,0x10
80001048:	83c1                	srl	a5,a5,0x10
8000104a:	19aad563          	bge	s5,s10,800011d4 <__d_vfprintf+0xb16>
8000104e:	16090c63          	beqz	s2,800011c6 <__d_vfprintf+0xb08>
80001052:	0109fc13          	and	s8,s3,16
80001056:	84ea                	mv	s1,s10
80001058:	89be                	mv	s3,a5
8000105a:	060c0a63          	beqz	s8,800010ce <__d_vfprintf+0xa10>
8000105e:	0489                	add	s1,s1,2
80001060:	0089f793          	and	a5,s3,8
80001064:	18079a63          	bnez	a5,800011f8 <__d_vfprintf+0xb3a>
80001068:	0019f793          	and	a5,s3,1
8000106c:	cb89                	beqz	a5,8000107e <__d_vfprintf+0x9c0>
8000106e:	8d56                	mv	s10,s5
80001070:	0164d763          	bge	s1,s6,8000107e <__d_vfprintf+0x9c0>
80001074:	409b04b3          	sub	s1,s6,s1
80001078:	01548d33          	add	s10,s1,s5
8000107c:	84da                	mv	s1,s6
8000107e:	8ba6                	mv	s7,s1
80001080:	a2ad                	j	800011ea <__d_vfprintf+0xb2c>
80001082:	4388                	lw	a0,0(a5)
80001084:	00478713          	add	a4,a5,4
80001088:	d23a                	sw	a4,36(sp)
8000108a:	41f55593          	sra	a1,a0,0x1f
8000108e:	bfbd                	j	8000100c <__d_vfprintf+0x94e>
80001090:	00478713          	add	a4,a5,4
80001094:	4388                	lw	a0,0(a5)
80001096:	d23a                	sw	a4,36(sp)
80001098:	100df793          	and	a5,s11,256
8000109c:	d7fd                	beqz	a5,8000108a <__d_vfprintf+0x9cc>
8000109e:	200df793          	and	a5,s11,512
800010a2:	c781                	beqz	a5,800010aa <__d_vfprintf+0x9ec>
800010a4:	0562                	sll	a0,a0,0x18
800010a6:	8561                	sra	a0,a0,0x18
800010a8:	b7cd                	j	8000108a <__d_vfprintf+0x9cc>
800010aa:	0542                	sll	a0,a0,0x10
800010ac:	8541                	sra	a0,a0,0x10
800010ae:	bff1                	j	8000108a <__d_vfprintf+0x9cc>
800010b0:	00b567b3          	or	a5,a0,a1
800010b4:	ffa5                	bnez	a5,8000102c <__d_vfprintf+0x96e>
800010b6:	040df793          	and	a5,s11,64
800010ba:	dbad                	beqz	a5,8000102c <__d_vfprintf+0x96e>
800010bc:	f60d18e3          	bnez	s10,8000102c <__d_vfprintf+0x96e>
800010c0:	feedf993          	and	s3,s11,-18
800010c4:	09c2                	sll	s3,s3,0x10
800010c6:	0109d993          	srl	s3,s3,0x10
800010ca:	4a81                	li	s5,0
800010cc:	4481                	li	s1,0
800010ce:	4069fc13          	and	s8,s3,1030
800010d2:	f80c07e3          	beqz	s8,80001060 <__d_vfprintf+0x9a2>
800010d6:	0485                	add	s1,s1,1
800010d8:	4c01                	li	s8,0
800010da:	b759                	j	80001060 <__d_vfprintf+0x9a2>
800010dc:	fefdf813          	and	a6,s11,-17
800010e0:	01081d93          	sll	s11,a6,0x10
800010e4:	010ddd93          	srl	s11,s11,0x10
800010e8:	46a9                	li	a3,10
800010ea:	080df713          	and	a4,s11,128
800010ee:	5792                	lw	a5,36(sp)
800010f0:	c355                	beqz	a4,80001194 <__d_vfprintf+0xad6>
800010f2:	200df713          	and	a4,s11,512
800010f6:	cb49                	beqz	a4,80001188 <__d_vfprintf+0xaca>
800010f8:	079d                	add	a5,a5,7
800010fa:	9be1                	and	a5,a5,-8
800010fc:	4388                	lw	a0,0(a5)
800010fe:	43cc                	lw	a1,4(a5)
80001100:	00878713          	add	a4,a5,8
80001104:	d23a                	sw	a4,36(sp)
80001106:	00b567b3          	or	a5,a0,a1
8000110a:	e7cd                	bnez	a5,800011b4 <__d_vfprintf+0xaf6>
8000110c:	fe9df993          	and	s3,s11,-23
80001110:	09c2                	sll	s3,s3,0x10
80001112:	040df793          	and	a5,s11,64
80001116:	0109d993          	srl	s3,s3,0x10
8000111a:	c3dd                	beqz	a5,800011c0 <__d_vfprintf+0xb02>
8000111c:	0a0d1263          	bnez	s10,800011c0 <__d_vfprintf+0xb02>
80001120:	fe8df993          	and	s3,s11,-24
80001124:	09c2                	sll	s3,s3,0x10
80001126:	0109d993          	srl	s3,s3,0x10
8000112a:	4a81                	li	s5,0
8000112c:	0109fc13          	and	s8,s3,16
80001130:	0a0c0463          	beqz	s8,800011d8 <__d_vfprintf+0xb1a>
80001134:	001a8493          	add	s1,s5,1
80001138:	f20904e3          	beqz	s2,80001060 <__d_vfprintf+0x9a2>
8000113c:	84d6                	mv	s1,s5
8000113e:	b705                	j	8000105e <__d_vfprintf+0x9a0>
80001140:	010ded93          	or	s11,s11,16
80001144:	46c1                	li	a3,16
80001146:	07800913          	li	s2,120
8000114a:	b745                	j	800010ea <__d_vfprintf+0xa2c>
8000114c:	07800793          	li	a5,120
80001150:	00fc9a63          	bne	s9,a5,80001164 <__d_vfprintf+0xaa6>
80001154:	05800793          	li	a5,88
80001158:	46c1                	li	a3,16
8000115a:	f8f918e3          	bne	s2,a5,800010ea <__d_vfprintf+0xa2c>
8000115e:	21000693          	li	a3,528
80001162:	b761                	j	800010ea <__d_vfprintf+0xa2c>
80001164:	4582                	lw	a1,0(sp)
80001166:	02500513          	li	a0,37
8000116a:	9a02                	jalr	s4
8000116c:	d8054863          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80001170:	4582                	lw	a1,0(sp)
80001172:	854a                	mv	a0,s2
80001174:	9a02                	jalr	s4
80001176:	d8054363          	bltz	a0,800006fc <__d_vfprintf+0x3e>
8000117a:	0409                	add	s0,s0,2
8000117c:	4792                	lw	a5,4(sp)
8000117e:	d5eff06f          	j	800006dc <__d_vfprintf+0x1e>
80001182:	46a1                	li	a3,8
80001184:	4901                	li	s2,0
80001186:	b795                	j	800010ea <__d_vfprintf+0xa2c>
80001188:	4388                	lw	a0,0(a5)
8000118a:	00478713          	add	a4,a5,4
8000118e:	d23a                	sw	a4,36(sp)
80001190:	4581                	li	a1,0
80001192:	bf95                	j	80001106 <__d_vfprintf+0xa48>
80001194:	00478713          	add	a4,a5,4
80001198:	4388                	lw	a0,0(a5)
8000119a:	d23a                	sw	a4,36(sp)
8000119c:	100df793          	and	a5,s11,256
800011a0:	dbe5                	beqz	a5,80001190 <__d_vfprintf+0xad2>
800011a2:	200df793          	and	a5,s11,512
800011a6:	c781                	beqz	a5,800011ae <__d_vfprintf+0xaf0>
800011a8:	0ff57513          	zext.b	a0,a0
800011ac:	b7d5                	j	80001190 <__d_vfprintf+0xad2>
800011ae:	0542                	sll	a0,a0,0x10
800011b0:	8141                	srl	a0,a0,0x10
800011b2:	bff9                	j	80001190 <__d_vfprintf+0xad2>
800011b4:	ff9df813          	and	a6,s11,-7
800011b8:	01081993          	sll	s3,a6,0x10
800011bc:	0109d993          	srl	s3,s3,0x10
800011c0:	02810a93          	add	s5,sp,40
800011c4:	b5bd                	j	80001032 <__d_vfprintf+0x974>
800011c6:	fee9f993          	and	s3,s3,-18
800011ca:	09c2                	sll	s3,s3,0x10
800011cc:	0109d993          	srl	s3,s3,0x10
800011d0:	84ea                	mv	s1,s10
800011d2:	bdf5                	j	800010ce <__d_vfprintf+0xa10>
800011d4:	89be                	mv	s3,a5
800011d6:	bf99                	j	8000112c <__d_vfprintf+0xa6e>
800011d8:	84d6                	mv	s1,s5
800011da:	bdd5                	j	800010ce <__d_vfprintf+0xa10>
800011dc:	4582                	lw	a1,0(sp)
800011de:	02000513          	li	a0,32
800011e2:	9a02                	jalr	s4
800011e4:	d0054c63          	bltz	a0,800006fc <__d_vfprintf+0x3e>
800011e8:	0b85                	add	s7,s7,1
800011ea:	ff6bc9e3          	blt	s7,s6,800011dc <__d_vfprintf+0xb1e>
800011ee:	409404b3          	sub	s1,s0,s1
800011f2:	01748433          	add	s0,s1,s7
800011f6:	84de                	mv	s1,s7
800011f8:	020c0363          	beqz	s8,8000121e <__d_vfprintf+0xb60>
800011fc:	4582                	lw	a1,0(sp)
800011fe:	03000513          	li	a0,48
80001202:	9a02                	jalr	s4
80001204:	ce054c63          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80001208:	04090d63          	beqz	s2,80001262 <__d_vfprintf+0xba4>
8000120c:	4582                	lw	a1,0(sp)
8000120e:	0409                	add	s0,s0,2
80001210:	854a                	mv	a0,s2
80001212:	9a02                	jalr	s4
80001214:	ce054463          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80001218:	8c22                	mv	s8,s0
8000121a:	9d22                	add	s10,s10,s0
8000121c:	a81d                	j	80001252 <__d_vfprintf+0xb94>
8000121e:	4069f793          	and	a5,s3,1030
80001222:	dbfd                	beqz	a5,80001218 <__d_vfprintf+0xb5a>
80001224:	0029f793          	and	a5,s3,2
80001228:	02000513          	li	a0,32
8000122c:	c399                	beqz	a5,80001232 <__d_vfprintf+0xb74>
8000122e:	02b00513          	li	a0,43
80001232:	4009f993          	and	s3,s3,1024
80001236:	00098463          	beqz	s3,8000123e <__d_vfprintf+0xb80>
8000123a:	02d00513          	li	a0,45
8000123e:	4582                	lw	a1,0(sp)
80001240:	0405                	add	s0,s0,1
80001242:	bfc1                	j	80001212 <__d_vfprintf+0xb54>
80001244:	4582                	lw	a1,0(sp)
80001246:	03000513          	li	a0,48
8000124a:	0c05                	add	s8,s8,1
8000124c:	9a02                	jalr	s4
8000124e:	ca054763          	bltz	a0,800006fc <__d_vfprintf+0x3e>
80001252:	418d07b3          	sub	a5,s10,s8
80001256:	fefac7e3          	blt	s5,a5,80001244 <__d_vfprintf+0xb86>
8000125a:	8456                	mv	s0,s5
8000125c:	e409                	bnez	s0,80001266 <__d_vfprintf+0xba8>
8000125e:	9c56                	add	s8,s8,s5
80001260:	b325                	j	80000f88 <__d_vfprintf+0x8ca>
80001262:	0405                	add	s0,s0,1
80001264:	bf55                	j	80001218 <__d_vfprintf+0xb5a>
80001266:	147d                	add	s0,s0,-1
80001268:	103c                	add	a5,sp,40
8000126a:	97a2                	add	a5,a5,s0
8000126c:	4582                	lw	a1,0(sp)
8000126e:	0007c503          	lbu	a0,0(a5)
80001272:	9a02                	jalr	s4
80001274:	fe0554e3          	bgez	a0,8000125c <__d_vfprintf+0xb9e>
80001278:	c84ff06f          	j	800006fc <__d_vfprintf+0x3e>
8000127c:	4582                	lw	a1,0(sp)
8000127e:	02000513          	li	a0,32
80001282:	0405                	add	s0,s0,1
80001284:	9a02                	jalr	s4
80001286:	c6054b63          	bltz	a0,800006fc <__d_vfprintf+0x3e>
8000128a:	408487b3          	sub	a5,s1,s0
8000128e:	fef047e3          	bgtz	a5,8000127c <__d_vfprintf+0xbbe>
80001292:	b5ed                	j	8000117c <__d_vfprintf+0xabe>

80001294 <mulShiftAll64>:
80001294:	114012ef          	jal	t0,800023a8 <__riscv_save_10>
80001298:	84b2                	mv	s1,a2
8000129a:	00159913          	sll	s2,a1,0x1
8000129e:	4210                	lw	a2,0(a2)
800012a0:	8ab6                	mv	s5,a3
800012a2:	89be                	mv	s3,a5
800012a4:	40d4                	lw	a3,4(s1)
800012a6:	01f55793          	srl	a5,a0,0x1f
800012aa:	1141                	add	sp,sp,-16
800012ac:	0127e933          	or	s2,a5,s2
800012b0:	00151413          	sll	s0,a0,0x1
800012b4:	8522                	mv	a0,s0
800012b6:	85ca                	mv	a1,s2
800012b8:	8bba                	mv	s7,a4
800012ba:	870a                	mv	a4,sp
800012bc:	8b42                	mv	s6,a6
800012be:	0f5000ef          	jal	80001bb2 <__umul128>
800012c2:	44d4                	lw	a3,12(s1)
800012c4:	4490                	lw	a2,8(s1)
800012c6:	0038                	add	a4,sp,8
800012c8:	8caa                	mv	s9,a0
800012ca:	8c2e                	mv	s8,a1
800012cc:	8522                	mv	a0,s0
800012ce:	85ca                	mv	a1,s2
800012d0:	0e3000ef          	jal	80001bb2 <__umul128>
800012d4:	4682                	lw	a3,0(sp)
800012d6:	4712                	lw	a4,4(sp)
800012d8:	4785                	li	a5,1
800012da:	00d50933          	add	s2,a0,a3
800012de:	00a93533          	sltu	a0,s2,a0
800012e2:	95ba                	add	a1,a1,a4
800012e4:	00b50433          	add	s0,a0,a1
800012e8:	00e46763          	bltu	s0,a4,800012f6 <mulShiftAll64+0x62>
800012ec:	00871463          	bne	a4,s0,800012f4 <mulShiftAll64+0x60>
800012f0:	00d96363          	bltu	s2,a3,800012f6 <mulShiftAll64+0x62>
800012f4:	4781                	li	a5,0
800012f6:	4622                	lw	a2,8(sp)
800012f8:	4732                	lw	a4,12(sp)
800012fa:	963e                	add	a2,a2,a5
800012fc:	00f637b3          	sltu	a5,a2,a5
80001300:	00e786b3          	add	a3,a5,a4
80001304:	4098                	lw	a4,0(s1)
80001306:	40dc                	lw	a5,4(s1)
80001308:	c432                	sw	a2,8(sp)
8000130a:	9766                	add	a4,a4,s9
8000130c:	97e2                	add	a5,a5,s8
8000130e:	019735b3          	sltu	a1,a4,s9
80001312:	95be                	add	a1,a1,a5
80001314:	c636                	sw	a3,12(sp)
80001316:	4785                	li	a5,1
80001318:	0185e763          	bltu	a1,s8,80001326 <mulShiftAll64+0x92>
8000131c:	00bc1463          	bne	s8,a1,80001324 <mulShiftAll64+0x90>
80001320:	01976363          	bltu	a4,s9,80001326 <mulShiftAll64+0x92>
80001324:	4781                	li	a5,0
80001326:	4498                	lw	a4,8(s1)
80001328:	44c8                	lw	a0,12(s1)
8000132a:	fbfa8a13          	add	s4,s5,-65
8000132e:	974a                	add	a4,a4,s2
80001330:	9522                	add	a0,a0,s0
80001332:	012735b3          	sltu	a1,a4,s2
80001336:	95aa                	add	a1,a1,a0
80001338:	00e78533          	add	a0,a5,a4
8000133c:	00f537b3          	sltu	a5,a0,a5
80001340:	95be                	add	a1,a1,a5
80001342:	4785                	li	a5,1
80001344:	0085e763          	bltu	a1,s0,80001352 <mulShiftAll64+0xbe>
80001348:	00b41463          	bne	s0,a1,80001350 <mulShiftAll64+0xbc>
8000134c:	01256363          	bltu	a0,s2,80001352 <mulShiftAll64+0xbe>
80001350:	4781                	li	a5,0
80001352:	963e                	add	a2,a2,a5
80001354:	00f637b3          	sltu	a5,a2,a5
80001358:	8752                	mv	a4,s4
8000135a:	96be                	add	a3,a3,a5
8000135c:	0a3000ef          	jal	80001bfe <__shiftright128>
80001360:	00aba023          	sw	a0,0(s7)
80001364:	00bba223          	sw	a1,4(s7)
80001368:	4785                	li	a5,1
8000136a:	48a2                	lw	a7,8(sp)
8000136c:	4832                	lw	a6,12(sp)
8000136e:	40cc                	lw	a1,4(s1)
80001370:	4488                	lw	a0,8(s1)
80001372:	44d8                	lw	a4,12(s1)
80001374:	06fb1763          	bne	s6,a5,800013e2 <mulShiftAll64+0x14e>
80001378:	40a906b3          	sub	a3,s2,a0
8000137c:	00d93633          	sltu	a2,s2,a3
80001380:	40e407b3          	sub	a5,s0,a4
80001384:	8f91                	sub	a5,a5,a2
80001386:	4505                	li	a0,1
80001388:	00bc6863          	bltu	s8,a1,80001398 <mulShiftAll64+0x104>
8000138c:	01859563          	bne	a1,s8,80001396 <mulShiftAll64+0x102>
80001390:	4098                	lw	a4,0(s1)
80001392:	00ece363          	bltu	s9,a4,80001398 <mulShiftAll64+0x104>
80001396:	4501                	li	a0,0
80001398:	40a68533          	sub	a0,a3,a0
8000139c:	00a6b6b3          	sltu	a3,a3,a0
800013a0:	40d785b3          	sub	a1,a5,a3
800013a4:	4605                	li	a2,1
800013a6:	00b46763          	bltu	s0,a1,800013b4 <mulShiftAll64+0x120>
800013aa:	00859463          	bne	a1,s0,800013b2 <mulShiftAll64+0x11e>
800013ae:	00a96363          	bltu	s2,a0,800013b4 <mulShiftAll64+0x120>
800013b2:	4601                	li	a2,0
800013b4:	40c88633          	sub	a2,a7,a2
800013b8:	00c8b6b3          	sltu	a3,a7,a2
800013bc:	8752                	mv	a4,s4
800013be:	40d806b3          	sub	a3,a6,a3
800013c2:	03d000ef          	jal	80001bfe <__shiftright128>
800013c6:	4622                	lw	a2,8(sp)
800013c8:	46b2                	lw	a3,12(sp)
800013ca:	00a9a023          	sw	a0,0(s3)
800013ce:	00b9a223          	sw	a1,4(s3)
800013d2:	8752                	mv	a4,s4
800013d4:	854a                	mv	a0,s2
800013d6:	85a2                	mv	a1,s0
800013d8:	027000ef          	jal	80001bfe <__shiftright128>
800013dc:	0141                	add	sp,sp,16
800013de:	0020106f          	j	800023e0 <__riscv_restore_10>
800013e2:	01fcd793          	srl	a5,s9,0x1f
800013e6:	001c1613          	sll	a2,s8,0x1
800013ea:	8e5d                	or	a2,a2,a5
800013ec:	01f95693          	srl	a3,s2,0x1f
800013f0:	00141793          	sll	a5,s0,0x1
800013f4:	001c9e93          	sll	t4,s9,0x1
800013f8:	8fd5                	or	a5,a5,a3
800013fa:	00191313          	sll	t1,s2,0x1
800013fe:	4e05                	li	t3,1
80001400:	01866763          	bltu	a2,s8,8000140e <mulShiftAll64+0x17a>
80001404:	00cc1463          	bne	s8,a2,8000140c <mulShiftAll64+0x178>
80001408:	019ee363          	bltu	t4,s9,8000140e <mulShiftAll64+0x17a>
8000140c:	4e01                	li	t3,0
8000140e:	9e1a                	add	t3,t3,t1
80001410:	006e3333          	sltu	t1,t3,t1
80001414:	933e                	add	t1,t1,a5
80001416:	4785                	li	a5,1
80001418:	00b66863          	bltu	a2,a1,80001428 <mulShiftAll64+0x194>
8000141c:	00c59563          	bne	a1,a2,80001426 <mulShiftAll64+0x192>
80001420:	4094                	lw	a3,0(s1)
80001422:	00dee363          	bltu	t4,a3,80001428 <mulShiftAll64+0x194>
80001426:	4781                	li	a5,0
80001428:	40fe07b3          	sub	a5,t3,a5
8000142c:	00fe35b3          	sltu	a1,t3,a5
80001430:	40b305b3          	sub	a1,t1,a1
80001434:	40a78533          	sub	a0,a5,a0
80001438:	00a7b7b3          	sltu	a5,a5,a0
8000143c:	8d99                	sub	a1,a1,a4
8000143e:	01f8d693          	srl	a3,a7,0x1f
80001442:	8d9d                	sub	a1,a1,a5
80001444:	00181793          	sll	a5,a6,0x1
80001448:	8fd5                	or	a5,a5,a3
8000144a:	fc0a8713          	add	a4,s5,-64
8000144e:	0886                	sll	a7,a7,0x1
80001450:	4685                	li	a3,1
80001452:	00836763          	bltu	t1,s0,80001460 <mulShiftAll64+0x1cc>
80001456:	00641463          	bne	s0,t1,8000145e <mulShiftAll64+0x1ca>
8000145a:	012e6363          	bltu	t3,s2,80001460 <mulShiftAll64+0x1cc>
8000145e:	4681                	li	a3,0
80001460:	96c6                	add	a3,a3,a7
80001462:	0116b8b3          	sltu	a7,a3,a7
80001466:	98be                	add	a7,a7,a5
80001468:	4605                	li	a2,1
8000146a:	00b36763          	bltu	t1,a1,80001478 <mulShiftAll64+0x1e4>
8000146e:	00659463          	bne	a1,t1,80001476 <mulShiftAll64+0x1e2>
80001472:	00ae6363          	bltu	t3,a0,80001478 <mulShiftAll64+0x1e4>
80001476:	4601                	li	a2,0
80001478:	40c68633          	sub	a2,a3,a2
8000147c:	00c6b6b3          	sltu	a3,a3,a2
80001480:	40d886b3          	sub	a3,a7,a3
80001484:	bf3d                	j	800013c2 <mulShiftAll64+0x12e>

80001486 <div10>:
80001486:	74b002ef          	jal	t0,800023d0 <__riscv_save_0>
8000148a:	800037b7          	lui	a5,0x80003
8000148e:	b487a603          	lw	a2,-1208(a5) # 80002b48 <stdout+0x8>
80001492:	b4c7a683          	lw	a3,-1204(a5)
80001496:	1141                	add	sp,sp,-16
80001498:	0038                	add	a4,sp,8
8000149a:	718000ef          	jal	80001bb2 <__umul128>
8000149e:	45b2                	lw	a1,12(sp)
800014a0:	47a2                	lw	a5,8(sp)
800014a2:	01d59513          	sll	a0,a1,0x1d
800014a6:	838d                	srl	a5,a5,0x3
800014a8:	8d5d                	or	a0,a0,a5
800014aa:	818d                	srl	a1,a1,0x3
800014ac:	0141                	add	sp,sp,16
800014ae:	7470006f          	j	800023f4 <__riscv_restore_0>

800014b2 <__dtoa_engine>:
800014b2:	6ef002ef          	jal	t0,800023a0 <__riscv_save_12>
800014b6:	715d                	add	sp,sp,-80
800014b8:	8bb6                	mv	s7,a3
800014ba:	001006b7          	lui	a3,0x100
800014be:	c43a                	sw	a4,8(sp)
800014c0:	c63e                	sw	a5,12(sp)
800014c2:	01f5d713          	srl	a4,a1,0x1f
800014c6:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
800014ca:	0145d793          	srl	a5,a1,0x14
800014ce:	00bdfdb3          	and	s11,s11,a1
800014d2:	c03a                	sw	a4,0(sp)
800014d4:	7ff7f413          	and	s0,a5,2047
800014d8:	84aa                	mv	s1,a0
800014da:	8ab2                	mv	s5,a2
800014dc:	00ade733          	or	a4,s11,a0
800014e0:	e405                	bnez	s0,80001508 <__dtoa_engine+0x56>
800014e2:	e331                	bnez	a4,80001526 <__dtoa_engine+0x74>
800014e4:	03000793          	li	a5,48
800014e8:	00f602a3          	sb	a5,5(a2)
800014ec:	4782                	lw	a5,0(sp)
800014ee:	00060323          	sb	zero,6(a2)
800014f2:	00062023          	sw	zero,0(a2)
800014f6:	0027e993          	or	s3,a5,2
800014fa:	01360223          	sb	s3,4(a2)
800014fe:	4405                	li	s0,1
80001500:	8522                	mv	a0,s0
80001502:	6161                	add	sp,sp,80
80001504:	6d90006f          	j	800023dc <__riscv_restore_12>
80001508:	7ff00613          	li	a2,2047
8000150c:	0ac41163          	bne	s0,a2,800015ae <__dtoa_engine+0xfc>
80001510:	4782                	lw	a5,0(sp)
80001512:	0047e793          	or	a5,a5,4
80001516:	c701                	beqz	a4,8000151e <__dtoa_engine+0x6c>
80001518:	4782                	lw	a5,0(sp)
8000151a:	0087e793          	or	a5,a5,8
8000151e:	00fa8223          	sb	a5,4(s5)
80001522:	4401                	li	s0,0
80001524:	bff1                	j	80001500 <__dtoa_engine+0x4e>
80001526:	00157793          	and	a5,a0,1
8000152a:	c23e                	sw	a5,4(sp)
8000152c:	002d9993          	sll	s3,s11,0x2
80001530:	01e55793          	srl	a5,a0,0x1e
80001534:	0137e9b3          	or	s3,a5,s3
80001538:	00251c13          	sll	s8,a0,0x2
8000153c:	892a                	mv	s2,a0
8000153e:	bcc00413          	li	s0,-1076
80001542:	4805                	li	a6,1
80001544:	4d05                	li	s10,1
80001546:	408004b3          	neg	s1,s0
8000154a:	8526                	mv	a0,s1
8000154c:	ca42                	sw	a6,20(sp)
8000154e:	2589                	jal	80001b90 <__log10Pow5>
80001550:	fff42793          	slti	a5,s0,-1
80001554:	40f50b33          	sub	s6,a0,a5
80001558:	416484b3          	sub	s1,s1,s6
8000155c:	8526                	mv	a0,s1
8000155e:	2589                	jal	80001ba0 <__pow5bits>
80001560:	f8350693          	add	a3,a0,-125
80001564:	40db06b3          	sub	a3,s6,a3
80001568:	8526                	mv	a0,s1
8000156a:	008c                	add	a1,sp,64
8000156c:	c836                	sw	a3,16(sp)
8000156e:	2929                	jal	80001988 <__double_computePow5>
80001570:	4852                	lw	a6,20(sp)
80001572:	46c2                	lw	a3,16(sp)
80001574:	181c                	add	a5,sp,48
80001576:	1038                	add	a4,sp,40
80001578:	0090                	add	a2,sp,64
8000157a:	854a                	mv	a0,s2
8000157c:	85ee                	mv	a1,s11
8000157e:	3b19                	jal	80001294 <mulShiftAll64>
80001580:	4785                	li	a5,1
80001582:	008b0a33          	add	s4,s6,s0
80001586:	84ae                	mv	s1,a1
80001588:	842a                	mv	s0,a0
8000158a:	1367e663          	bltu	a5,s6,800016b6 <__dtoa_engine+0x204>
8000158e:	4792                	lw	a5,4(sp)
80001590:	4985                	li	s3,1
80001592:	0e078963          	beqz	a5,80001684 <__dtoa_engine+0x1d2>
80001596:	57a2                	lw	a5,40(sp)
80001598:	5732                	lw	a4,44(sp)
8000159a:	4985                	li	s3,1
8000159c:	fff78693          	add	a3,a5,-1
800015a0:	0017b793          	seqz	a5,a5
800015a4:	40f707b3          	sub	a5,a4,a5
800015a8:	d436                	sw	a3,40(sp)
800015aa:	d63e                	sw	a5,44(sp)
800015ac:	a07d                	j	8000165a <__dtoa_engine+0x1a8>
800015ae:	01b6edb3          	or	s11,a3,s11
800015b2:	00157693          	and	a3,a0,1
800015b6:	c236                	sw	a3,4(sp)
800015b8:	002d9993          	sll	s3,s11,0x2
800015bc:	01e55693          	srl	a3,a0,0x1e
800015c0:	bcb40413          	add	s0,s0,-1077
800015c4:	892a                	mv	s2,a0
800015c6:	0136e9b3          	or	s3,a3,s3
800015ca:	00251c13          	sll	s8,a0,0x2
800015ce:	4d05                	li	s10,1
800015d0:	e709                	bnez	a4,800015da <__dtoa_engine+0x128>
800015d2:	7fe7f793          	and	a5,a5,2046
800015d6:	0017bd13          	seqz	s10,a5
800015da:	886a                	mv	a6,s10
800015dc:	f60445e3          	bltz	s0,80001546 <__dtoa_engine+0x94>
800015e0:	8522                	mv	a0,s0
800015e2:	2345                	jal	80001b82 <__log10Pow2>
800015e4:	00442793          	slti	a5,s0,4
800015e8:	0017c793          	xor	a5,a5,1
800015ec:	40f50a33          	sub	s4,a0,a5
800015f0:	8552                	mv	a0,s4
800015f2:	237d                	jal	80001ba0 <__pow5bits>
800015f4:	07c50693          	add	a3,a0,124
800015f8:	408a0433          	sub	s0,s4,s0
800015fc:	96a2                	add	a3,a3,s0
800015fe:	008c                	add	a1,sp,64
80001600:	8552                	mv	a0,s4
80001602:	c836                	sw	a3,16(sp)
80001604:	2141                	jal	80001a84 <__double_computeInvPow5>
80001606:	46c2                	lw	a3,16(sp)
80001608:	181c                	add	a5,sp,48
8000160a:	8526                	mv	a0,s1
8000160c:	886a                	mv	a6,s10
8000160e:	1038                	add	a4,sp,40
80001610:	0090                	add	a2,sp,64
80001612:	85ee                	mv	a1,s11
80001614:	3141                	jal	80001294 <mulShiftAll64>
80001616:	47d5                	li	a5,21
80001618:	842a                	mv	s0,a0
8000161a:	84ae                	mv	s1,a1
8000161c:	0947eb63          	bltu	a5,s4,800016b2 <__dtoa_engine+0x200>
80001620:	800037b7          	lui	a5,0x80003
80001624:	b4c7a683          	lw	a3,-1204(a5) # 80002b4c <stdout+0xc>
80001628:	b487a603          	lw	a2,-1208(a5)
8000162c:	1838                	add	a4,sp,56
8000162e:	8562                	mv	a0,s8
80001630:	85ce                	mv	a1,s3
80001632:	2341                	jal	80001bb2 <__umul128>
80001634:	57e2                	lw	a5,56(sp)
80001636:	56f2                	lw	a3,60(sp)
80001638:	5da2                	lw	s11,40(sp)
8000163a:	8389                	srl	a5,a5,0x2
8000163c:	06fa                	sll	a3,a3,0x1e
8000163e:	8fd5                	or	a5,a5,a3
80001640:	4695                	li	a3,5
80001642:	02f687b3          	mul	a5,a3,a5
80001646:	5932                	lw	s2,44(sp)
80001648:	01879b63          	bne	a5,s8,8000165e <__dtoa_engine+0x1ac>
8000164c:	85ce                	mv	a1,s3
8000164e:	8562                	mv	a0,s8
80001650:	2ced                	jal	8000194a <__pow5Factor>
80001652:	01453733          	sltu	a4,a0,s4
80001656:	00174993          	xor	s3,a4,1
8000165a:	4d01                	li	s10,0
8000165c:	a025                	j	80001684 <__dtoa_engine+0x1d2>
8000165e:	4792                	lw	a5,4(sp)
80001660:	e79d                	bnez	a5,8000168e <__dtoa_engine+0x1dc>
80001662:	fffc0793          	add	a5,s8,-1
80001666:	41a78533          	sub	a0,a5,s10
8000166a:	001c3593          	seqz	a1,s8
8000166e:	00a7b7b3          	sltu	a5,a5,a0
80001672:	40b985b3          	sub	a1,s3,a1
80001676:	8d9d                	sub	a1,a1,a5
80001678:	2cc9                	jal	8000194a <__pow5Factor>
8000167a:	01453933          	sltu	s2,a0,s4
8000167e:	00194d13          	xor	s10,s2,1
80001682:	4981                	li	s3,0
80001684:	47a2                	lw	a5,8(sp)
80001686:	0e079f63          	bnez	a5,80001784 <__dtoa_engine+0x2d2>
8000168a:	8b5e                	mv	s6,s7
8000168c:	a049                	j	8000170e <__dtoa_engine+0x25c>
8000168e:	002c0513          	add	a0,s8,2
80001692:	018535b3          	sltu	a1,a0,s8
80001696:	95ce                	add	a1,a1,s3
80001698:	2c4d                	jal	8000194a <__pow5Factor>
8000169a:	01453533          	sltu	a0,a0,s4
8000169e:	00154513          	xor	a0,a0,1
800016a2:	40ad8533          	sub	a0,s11,a0
800016a6:	00adbdb3          	sltu	s11,s11,a0
800016aa:	41b90733          	sub	a4,s2,s11
800016ae:	d42a                	sw	a0,40(sp)
800016b0:	d63a                	sw	a4,44(sp)
800016b2:	4981                	li	s3,0
800016b4:	b75d                	j	8000165a <__dtoa_engine+0x1a8>
800016b6:	03e00793          	li	a5,62
800016ba:	ff67ece3          	bltu	a5,s6,800016b2 <__dtoa_engine+0x200>
800016be:	865a                	mv	a2,s6
800016c0:	557d                	li	a0,-1
800016c2:	55fd                	li	a1,-1
800016c4:	2511                	jal	80001cc8 <__ashldi3>
800016c6:	fff54513          	not	a0,a0
800016ca:	fff5c593          	not	a1,a1
800016ce:	0135f5b3          	and	a1,a1,s3
800016d2:	01857533          	and	a0,a0,s8
800016d6:	00b56733          	or	a4,a0,a1
800016da:	00173993          	seqz	s3,a4
800016de:	bfb5                	j	8000165a <__dtoa_engine+0x1a8>
800016e0:	02d50833          	mul	a6,a0,a3
800016e4:	0785                	add	a5,a5,1
800016e6:	02b536b3          	mulhu	a3,a0,a1
800016ea:	02b505b3          	mul	a1,a0,a1
800016ee:	96c2                	add	a3,a3,a6
800016f0:	00d4e663          	bltu	s1,a3,800016fc <__dtoa_engine+0x24a>
800016f4:	fe9696e3          	bne	a3,s1,800016e0 <__dtoa_engine+0x22e>
800016f8:	feb474e3          	bgeu	s0,a1,800016e0 <__dtoa_engine+0x22e>
800016fc:	4732                	lw	a4,12(sp)
800016fe:	97d2                	add	a5,a5,s4
80001700:	97ba                	add	a5,a5,a4
80001702:	00f04363          	bgtz	a5,80001708 <__dtoa_engine+0x256>
80001706:	4785                	li	a5,1
80001708:	8b3e                	mv	s6,a5
8000170a:	f8fbc0e3          	blt	s7,a5,8000168a <__dtoa_engine+0x1d8>
8000170e:	4c81                	li	s9,0
80001710:	4901                	li	s2,0
80001712:	4c01                	li	s8,0
80001714:	5522                	lw	a0,40(sp)
80001716:	55b2                	lw	a1,44(sp)
80001718:	33bd                	jal	80001486 <div10>
8000171a:	57c2                	lw	a5,48(sp)
8000171c:	8dae                	mv	s11,a1
8000171e:	55d2                	lw	a1,52(sp)
80001720:	c82a                	sw	a0,16(sp)
80001722:	853e                	mv	a0,a5
80001724:	ca3e                	sw	a5,20(sp)
80001726:	3385                	jal	80001486 <div10>
80001728:	832a                	mv	t1,a0
8000172a:	88ae                	mv	a7,a1
8000172c:	4ea9                	li	t4,10
8000172e:	01b5e763          	bltu	a1,s11,8000173c <__dtoa_engine+0x28a>
80001732:	08bd9563          	bne	s11,a1,800017bc <__dtoa_engine+0x30a>
80001736:	47c2                	lw	a5,16(sp)
80001738:	08f57263          	bgeu	a0,a5,800017bc <__dtoa_engine+0x30a>
8000173c:	8522                	mv	a0,s0
8000173e:	85a6                	mv	a1,s1
80001740:	ce46                	sw	a7,28(sp)
80001742:	cc1a                	sw	t1,24(sp)
80001744:	3389                	jal	80001486 <div10>
80001746:	4362                	lw	t1,24(sp)
80001748:	4ea9                	li	t4,10
8000174a:	001cb693          	seqz	a3,s9
8000174e:	026e8833          	mul	a6,t4,t1
80001752:	00d9f9b3          	and	s3,s3,a3
80001756:	47d2                	lw	a5,20(sp)
80001758:	48f2                	lw	a7,28(sp)
8000175a:	d66e                	sw	s11,44(sp)
8000175c:	d81a                	sw	t1,48(sp)
8000175e:	da46                	sw	a7,52(sp)
80001760:	0905                	add	s2,s2,1
80001762:	84ae                	mv	s1,a1
80001764:	02ae86b3          	mul	a3,t4,a0
80001768:	40f80833          	sub	a6,a6,a5
8000176c:	47c2                	lw	a5,16(sp)
8000176e:	00183813          	seqz	a6,a6
80001772:	010d7d33          	and	s10,s10,a6
80001776:	d43e                	sw	a5,40(sp)
80001778:	40d406b3          	sub	a3,s0,a3
8000177c:	0ff6fc93          	zext.b	s9,a3
80001780:	842a                	mv	s0,a0
80001782:	bf49                	j	80001714 <__dtoa_engine+0x262>
80001784:	45a9                	li	a1,10
80001786:	4681                	li	a3,0
80001788:	4785                	li	a5,1
8000178a:	4529                	li	a0,10
8000178c:	b795                	j	800016f0 <__dtoa_engine+0x23e>
8000178e:	030e8f33          	mul	t5,t4,a6
80001792:	0505                	add	a0,a0,1
80001794:	02beb833          	mulhu	a6,t4,a1
80001798:	02be85b3          	mul	a1,t4,a1
8000179c:	987a                	add	a6,a6,t5
8000179e:	0104e663          	bltu	s1,a6,800017aa <__dtoa_engine+0x2f8>
800017a2:	fe9816e3          	bne	a6,s1,8000178e <__dtoa_engine+0x2dc>
800017a6:	feb474e3          	bgeu	s0,a1,8000178e <__dtoa_engine+0x2dc>
800017aa:	00ab5d63          	bge	s6,a0,800017c4 <__dtoa_engine+0x312>
800017ae:	000b1563          	bnez	s6,800017b8 <__dtoa_engine+0x306>
800017b2:	009465b3          	or	a1,s0,s1
800017b6:	c599                	beqz	a1,800017c4 <__dtoa_engine+0x312>
800017b8:	4c05                	li	s8,1
800017ba:	b749                	j	8000173c <__dtoa_engine+0x28a>
800017bc:	45a9                	li	a1,10
800017be:	4801                	li	a6,0
800017c0:	4505                	li	a0,1
800017c2:	bff1                	j	8000179e <__dtoa_engine+0x2ec>
800017c4:	040d0e63          	beqz	s10,80001820 <__dtoa_engine+0x36e>
800017c8:	4da9                	li	s11,10
800017ca:	5342                	lw	t1,48(sp)
800017cc:	55d2                	lw	a1,52(sp)
800017ce:	851a                	mv	a0,t1
800017d0:	c81a                	sw	t1,16(sp)
800017d2:	3955                	jal	80001486 <div10>
800017d4:	ce2e                	sw	a1,28(sp)
800017d6:	02ad85b3          	mul	a1,s11,a0
800017da:	4342                	lw	t1,16(sp)
800017dc:	882a                	mv	a6,a0
800017de:	cc42                	sw	a6,24(sp)
800017e0:	04659063          	bne	a1,t1,80001820 <__dtoa_engine+0x36e>
800017e4:	5522                	lw	a0,40(sp)
800017e6:	55b2                	lw	a1,44(sp)
800017e8:	0905                	add	s2,s2,1
800017ea:	3971                	jal	80001486 <div10>
800017ec:	ca2a                	sw	a0,20(sp)
800017ee:	c82e                	sw	a1,16(sp)
800017f0:	8522                	mv	a0,s0
800017f2:	85a6                	mv	a1,s1
800017f4:	3949                	jal	80001486 <div10>
800017f6:	001cb693          	seqz	a3,s9
800017fa:	00d9f9b3          	and	s3,s3,a3
800017fe:	02ad86b3          	mul	a3,s11,a0
80001802:	4e52                	lw	t3,20(sp)
80001804:	4342                	lw	t1,16(sp)
80001806:	4862                	lw	a6,24(sp)
80001808:	48f2                	lw	a7,28(sp)
8000180a:	d472                	sw	t3,40(sp)
8000180c:	d61a                	sw	t1,44(sp)
8000180e:	d842                	sw	a6,48(sp)
80001810:	da46                	sw	a7,52(sp)
80001812:	84ae                	mv	s1,a1
80001814:	40d406b3          	sub	a3,s0,a3
80001818:	0ff6fc93          	zext.b	s9,a3
8000181c:	842a                	mv	s0,a0
8000181e:	b775                	j	800017ca <__dtoa_engine+0x318>
80001820:	9952                	add	s2,s2,s4
80001822:	0c098563          	beqz	s3,800018ec <__dtoa_engine+0x43a>
80001826:	4715                	li	a4,5
80001828:	0cec9263          	bne	s9,a4,800018ec <__dtoa_engine+0x43a>
8000182c:	00147713          	and	a4,s0,1
80001830:	e35d                	bnez	a4,800018d6 <__dtoa_engine+0x424>
80001832:	000c1963          	bnez	s8,80001844 <__dtoa_engine+0x392>
80001836:	5742                	lw	a4,48(sp)
80001838:	00871563          	bne	a4,s0,80001842 <__dtoa_engine+0x390>
8000183c:	5752                	lw	a4,52(sp)
8000183e:	0c970963          	beq	a4,s1,80001910 <__dtoa_engine+0x45e>
80001842:	4701                	li	a4,0
80001844:	943a                	add	s0,s0,a4
80001846:	00e435b3          	sltu	a1,s0,a4
8000184a:	95a6                	add	a1,a1,s1
8000184c:	8a2e                	mv	s4,a1
8000184e:	84a2                	mv	s1,s0
80001850:	4629                	li	a2,10
80001852:	4681                	li	a3,0
80001854:	4c05                	li	s8,1
80001856:	4529                	li	a0,10
80001858:	00d5e663          	bltu	a1,a3,80001864 <__dtoa_engine+0x3b2>
8000185c:	0ab69c63          	bne	a3,a1,80001914 <__dtoa_engine+0x462>
80001860:	0ac47a63          	bgeu	s0,a2,80001914 <__dtoa_engine+0x462>
80001864:	cf15                	beqz	a4,800018a0 <__dtoa_engine+0x3ee>
80001866:	038b5d63          	bge	s6,s8,800018a0 <__dtoa_engine+0x3ee>
8000186a:	47a2                	lw	a5,8(sp)
8000186c:	cf91                	beqz	a5,80001888 <__dtoa_engine+0x3d6>
8000186e:	4732                	lw	a4,12(sp)
80001870:	012c07b3          	add	a5,s8,s2
80001874:	00f70b33          	add	s6,a4,a5
80001878:	000b5363          	bgez	s6,8000187e <__dtoa_engine+0x3cc>
8000187c:	4b01                	li	s6,0
8000187e:	016bd363          	bge	s7,s6,80001884 <__dtoa_engine+0x3d2>
80001882:	8b5e                	mv	s6,s7
80001884:	018b5e63          	bge	s6,s8,800018a0 <__dtoa_engine+0x3ee>
80001888:	00540513          	add	a0,s0,5
8000188c:	00853433          	sltu	s0,a0,s0
80001890:	4629                	li	a2,10
80001892:	4681                	li	a3,0
80001894:	95a2                	add	a1,a1,s0
80001896:	2151                	jal	80001d1a <__udivdi3>
80001898:	84aa                	mv	s1,a0
8000189a:	8a2e                	mv	s4,a1
8000189c:	0905                	add	s2,s2,1
8000189e:	1c7d                	add	s8,s8,-1
800018a0:	87da                	mv	a5,s6
800018a2:	016c5363          	bge	s8,s6,800018a8 <__dtoa_engine+0x3f6>
800018a6:	87e2                	mv	a5,s8
800018a8:	01079413          	sll	s0,a5,0x10
800018ac:	0942                	sll	s2,s2,0x10
800018ae:	8441                	sra	s0,s0,0x10
800018b0:	41095913          	sra	s2,s2,0x10
800018b4:	9922                	add	s2,s2,s0
800018b6:	008a8b33          	add	s6,s5,s0
800018ba:	197d                	add	s2,s2,-1
800018bc:	4b81                	li	s7,0
800018be:	8c5a                	mv	s8,s6
800018c0:	1b7d                	add	s6,s6,-1
800018c2:	068bc263          	blt	s7,s0,80001926 <__dtoa_engine+0x474>
800018c6:	4782                	lw	a5,0(sp)
800018c8:	000c02a3          	sb	zero,5(s8)
800018cc:	012aa023          	sw	s2,0(s5)
800018d0:	00fa8223          	sb	a5,4(s5)
800018d4:	b135                	j	80001500 <__dtoa_engine+0x4e>
800018d6:	4705                	li	a4,1
800018d8:	f60c16e3          	bnez	s8,80001844 <__dtoa_engine+0x392>
800018dc:	5742                	lw	a4,48(sp)
800018de:	00871563          	bne	a4,s0,800018e8 <__dtoa_engine+0x436>
800018e2:	5752                	lw	a4,52(sp)
800018e4:	00970c63          	beq	a4,s1,800018fc <__dtoa_engine+0x44a>
800018e8:	4705                	li	a4,1
800018ea:	bfa9                	j	80001844 <__dtoa_engine+0x392>
800018ec:	000c1d63          	bnez	s8,80001906 <__dtoa_engine+0x454>
800018f0:	5742                	lw	a4,48(sp)
800018f2:	00871a63          	bne	a4,s0,80001906 <__dtoa_engine+0x454>
800018f6:	5752                	lw	a4,52(sp)
800018f8:	00971763          	bne	a4,s1,80001906 <__dtoa_engine+0x454>
800018fc:	4792                	lw	a5,4(sp)
800018fe:	4705                	li	a4,1
80001900:	f3b1                	bnez	a5,80001844 <__dtoa_engine+0x392>
80001902:	f40d01e3          	beqz	s10,80001844 <__dtoa_engine+0x392>
80001906:	005cb693          	sltiu	a3,s9,5
8000190a:	0016c713          	xor	a4,a3,1
8000190e:	bf1d                	j	80001844 <__dtoa_engine+0x392>
80001910:	4c91                	li	s9,4
80001912:	b7ed                	j	800018fc <__dtoa_engine+0x44a>
80001914:	02d50833          	mul	a6,a0,a3
80001918:	0c05                	add	s8,s8,1
8000191a:	02c536b3          	mulhu	a3,a0,a2
8000191e:	02c50633          	mul	a2,a0,a2
80001922:	96c2                	add	a3,a3,a6
80001924:	bf15                	j	80001858 <__dtoa_engine+0x3a6>
80001926:	4629                	li	a2,10
80001928:	4681                	li	a3,0
8000192a:	8526                	mv	a0,s1
8000192c:	85d2                	mv	a1,s4
8000192e:	27a9                	jal	80002078 <__umoddi3>
80001930:	03050513          	add	a0,a0,48
80001934:	00ab02a3          	sb	a0,5(s6)
80001938:	85d2                	mv	a1,s4
8000193a:	8526                	mv	a0,s1
8000193c:	4629                	li	a2,10
8000193e:	4681                	li	a3,0
80001940:	2ee9                	jal	80001d1a <__udivdi3>
80001942:	84aa                	mv	s1,a0
80001944:	8a2e                	mv	s4,a1
80001946:	0b85                	add	s7,s7,1
80001948:	bfa5                	j	800018c0 <__dtoa_engine+0x40e>

8000194a <__pow5Factor>:
8000194a:	ccccd737          	lui	a4,0xccccd
8000194e:	333336b7          	lui	a3,0x33333
80001952:	87aa                	mv	a5,a0
80001954:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
80001958:	4501                	li	a0,0
8000195a:	ccc70713          	add	a4,a4,-820
8000195e:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001962:	02c585b3          	mul	a1,a1,a2
80001966:	02e78833          	mul	a6,a5,a4
8000196a:	982e                	add	a6,a6,a1
8000196c:	02c7b5b3          	mulhu	a1,a5,a2
80001970:	95c2                	add	a1,a1,a6
80001972:	02c787b3          	mul	a5,a5,a2
80001976:	00b6e863          	bltu	a3,a1,80001986 <__pow5Factor+0x3c>
8000197a:	00d59463          	bne	a1,a3,80001982 <__pow5Factor+0x38>
8000197e:	00f5e463          	bltu	a1,a5,80001986 <__pow5Factor+0x3c>
80001982:	0505                	add	a0,a0,1
80001984:	bff9                	j	80001962 <__pow5Factor+0x18>
80001986:	8082                	ret

80001988 <__double_computePow5>:
80001988:	221002ef          	jal	t0,800023a8 <__riscv_save_10>
8000198c:	47e9                	li	a5,26
8000198e:	02f55b33          	divu	s6,a0,a5
80001992:	800029b7          	lui	s3,0x80002
80001996:	6f098b93          	add	s7,s3,1776 # 800026f0 <DOUBLE_POW5_SPLIT2>
8000199a:	1101                	add	sp,sp,-32
8000199c:	892e                	mv	s2,a1
8000199e:	02f577b3          	remu	a5,a0,a5
800019a2:	004b1713          	sll	a4,s6,0x4
800019a6:	9bba                	add	s7,s7,a4
800019a8:	e395                	bnez	a5,800019cc <__double_computePow5+0x44>
800019aa:	000ba703          	lw	a4,0(s7)
800019ae:	004ba783          	lw	a5,4(s7)
800019b2:	c198                	sw	a4,0(a1)
800019b4:	c1dc                	sw	a5,4(a1)
800019b6:	008ba503          	lw	a0,8(s7)
800019ba:	00cba583          	lw	a1,12(s7)
800019be:	00a92423          	sw	a0,8(s2)
800019c2:	00b92623          	sw	a1,12(s2)
800019c6:	6105                	add	sp,sp,32
800019c8:	2190006f          	j	800023e0 <__riscv_restore_10>
800019cc:	6f098993          	add	s3,s3,1776
800019d0:	078e                	sll	a5,a5,0x3
800019d2:	97ce                	add	a5,a5,s3
800019d4:	0d07aa03          	lw	s4,208(a5)
800019d8:	0d47aa83          	lw	s5,212(a5)
800019dc:	008ba603          	lw	a2,8(s7)
800019e0:	00cba683          	lw	a3,12(s7)
800019e4:	0818                	add	a4,sp,16
800019e6:	85d6                	mv	a1,s5
800019e8:	842a                	mv	s0,a0
800019ea:	8552                	mv	a0,s4
800019ec:	22d9                	jal	80001bb2 <__umul128>
800019ee:	000ba603          	lw	a2,0(s7)
800019f2:	004ba683          	lw	a3,4(s7)
800019f6:	84aa                	mv	s1,a0
800019f8:	8c2e                	mv	s8,a1
800019fa:	0838                	add	a4,sp,24
800019fc:	8552                	mv	a0,s4
800019fe:	85d6                	mv	a1,s5
80001a00:	2a4d                	jal	80001bb2 <__umul128>
80001a02:	47e2                	lw	a5,24(sp)
80001a04:	4772                	lw	a4,28(sp)
80001a06:	8aaa                	mv	s5,a0
80001a08:	94be                	add	s1,s1,a5
80001a0a:	00f4ba33          	sltu	s4,s1,a5
80001a0e:	9c3a                	add	s8,s8,a4
80001a10:	9a62                	add	s4,s4,s8
80001a12:	00ea6663          	bltu	s4,a4,80001a1e <__double_computePow5+0x96>
80001a16:	01471d63          	bne	a4,s4,80001a30 <__double_computePow5+0xa8>
80001a1a:	00f4fb63          	bgeu	s1,a5,80001a30 <__double_computePow5+0xa8>
80001a1e:	47c2                	lw	a5,16(sp)
80001a20:	46d2                	lw	a3,20(sp)
80001a22:	00178713          	add	a4,a5,1
80001a26:	00f737b3          	sltu	a5,a4,a5
80001a2a:	97b6                	add	a5,a5,a3
80001a2c:	c83a                	sw	a4,16(sp)
80001a2e:	ca3e                	sw	a5,20(sp)
80001a30:	8522                	mv	a0,s0
80001a32:	c62e                	sw	a1,12(sp)
80001a34:	22b5                	jal	80001ba0 <__pow5bits>
80001a36:	8baa                	mv	s7,a0
80001a38:	4569                	li	a0,26
80001a3a:	02ab0533          	mul	a0,s6,a0
80001a3e:	228d                	jal	80001ba0 <__pow5bits>
80001a40:	45b2                	lw	a1,12(sp)
80001a42:	40ab8733          	sub	a4,s7,a0
80001a46:	8626                	mv	a2,s1
80001a48:	86d2                	mv	a3,s4
80001a4a:	8556                	mv	a0,s5
80001a4c:	c43a                	sw	a4,8(sp)
80001a4e:	2a45                	jal	80001bfe <__shiftright128>
80001a50:	00445793          	srl	a5,s0,0x4
80001a54:	078a                	sll	a5,a5,0x2
80001a56:	99be                	add	s3,s3,a5
80001a58:	1a09a783          	lw	a5,416(s3)
80001a5c:	0406                	sll	s0,s0,0x1
80001a5e:	8879                	and	s0,s0,30
80001a60:	0087d7b3          	srl	a5,a5,s0
80001a64:	8b8d                	and	a5,a5,3
80001a66:	953e                	add	a0,a0,a5
80001a68:	00f537b3          	sltu	a5,a0,a5
80001a6c:	4722                	lw	a4,8(sp)
80001a6e:	4642                	lw	a2,16(sp)
80001a70:	46d2                	lw	a3,20(sp)
80001a72:	97ae                	add	a5,a5,a1
80001a74:	00a92023          	sw	a0,0(s2)
80001a78:	00f92223          	sw	a5,4(s2)
80001a7c:	8526                	mv	a0,s1
80001a7e:	85d2                	mv	a1,s4
80001a80:	2abd                	jal	80001bfe <__shiftright128>
80001a82:	bf35                	j	800019be <__double_computePow5+0x36>

80001a84 <__double_computeInvPow5>:
80001a84:	125002ef          	jal	t0,800023a8 <__riscv_save_10>
80001a88:	4b69                	li	s6,26
80001a8a:	01950793          	add	a5,a0,25
80001a8e:	0367d7b3          	divu	a5,a5,s6
80001a92:	80002ab7          	lui	s5,0x80002
80001a96:	6f0a8493          	add	s1,s5,1776 # 800026f0 <DOUBLE_POW5_SPLIT2>
80001a9a:	1f848493          	add	s1,s1,504
80001a9e:	1101                	add	sp,sp,-32
80001aa0:	8a2e                	mv	s4,a1
80001aa2:	03678b33          	mul	s6,a5,s6
80001aa6:	0792                	sll	a5,a5,0x4
80001aa8:	94be                	add	s1,s1,a5
80001aaa:	40ab0733          	sub	a4,s6,a0
80001aae:	00ab1f63          	bne	s6,a0,80001acc <__double_computeInvPow5+0x48>
80001ab2:	4098                	lw	a4,0(s1)
80001ab4:	40dc                	lw	a5,4(s1)
80001ab6:	c198                	sw	a4,0(a1)
80001ab8:	c1dc                	sw	a5,4(a1)
80001aba:	4488                	lw	a0,8(s1)
80001abc:	44cc                	lw	a1,12(s1)
80001abe:	00aa2423          	sw	a0,8(s4)
80001ac2:	00ba2623          	sw	a1,12(s4)
80001ac6:	6105                	add	sp,sp,32
80001ac8:	1190006f          	j	800023e0 <__riscv_restore_10>
80001acc:	6f0a8a93          	add	s5,s5,1776
80001ad0:	070e                	sll	a4,a4,0x3
80001ad2:	9756                	add	a4,a4,s5
80001ad4:	0d072903          	lw	s2,208(a4)
80001ad8:	0d472983          	lw	s3,212(a4)
80001adc:	4490                	lw	a2,8(s1)
80001ade:	44d4                	lw	a3,12(s1)
80001ae0:	0818                	add	a4,sp,16
80001ae2:	85ce                	mv	a1,s3
80001ae4:	842a                	mv	s0,a0
80001ae6:	854a                	mv	a0,s2
80001ae8:	20e9                	jal	80001bb2 <__umul128>
80001aea:	4090                	lw	a2,0(s1)
80001aec:	40d4                	lw	a3,4(s1)
80001aee:	8c2a                	mv	s8,a0
80001af0:	00163793          	seqz	a5,a2
80001af4:	8bae                	mv	s7,a1
80001af6:	0838                	add	a4,sp,24
80001af8:	8e9d                	sub	a3,a3,a5
80001afa:	854a                	mv	a0,s2
80001afc:	85ce                	mv	a1,s3
80001afe:	167d                	add	a2,a2,-1
80001b00:	284d                	jal	80001bb2 <__umul128>
80001b02:	47e2                	lw	a5,24(sp)
80001b04:	4772                	lw	a4,28(sp)
80001b06:	89aa                	mv	s3,a0
80001b08:	9c3e                	add	s8,s8,a5
80001b0a:	00fc3933          	sltu	s2,s8,a5
80001b0e:	9bba                	add	s7,s7,a4
80001b10:	995e                	add	s2,s2,s7
80001b12:	00e96663          	bltu	s2,a4,80001b1e <__double_computeInvPow5+0x9a>
80001b16:	01271d63          	bne	a4,s2,80001b30 <__double_computeInvPow5+0xac>
80001b1a:	00fc7b63          	bgeu	s8,a5,80001b30 <__double_computeInvPow5+0xac>
80001b1e:	47c2                	lw	a5,16(sp)
80001b20:	46d2                	lw	a3,20(sp)
80001b22:	00178713          	add	a4,a5,1
80001b26:	00f737b3          	sltu	a5,a4,a5
80001b2a:	97b6                	add	a5,a5,a3
80001b2c:	c83a                	sw	a4,16(sp)
80001b2e:	ca3e                	sw	a5,20(sp)
80001b30:	855a                	mv	a0,s6
80001b32:	c62e                	sw	a1,12(sp)
80001b34:	20b5                	jal	80001ba0 <__pow5bits>
80001b36:	8b2a                	mv	s6,a0
80001b38:	8522                	mv	a0,s0
80001b3a:	209d                	jal	80001ba0 <__pow5bits>
80001b3c:	45b2                	lw	a1,12(sp)
80001b3e:	40ab0733          	sub	a4,s6,a0
80001b42:	8662                	mv	a2,s8
80001b44:	86ca                	mv	a3,s2
80001b46:	854e                	mv	a0,s3
80001b48:	c43a                	sw	a4,8(sp)
80001b4a:	2855                	jal	80001bfe <__shiftright128>
80001b4c:	00445793          	srl	a5,s0,0x4
80001b50:	078a                	sll	a5,a5,0x2
80001b52:	9abe                	add	s5,s5,a5
80001b54:	2e8aa783          	lw	a5,744(s5)
80001b58:	0406                	sll	s0,s0,0x1
80001b5a:	8879                	and	s0,s0,30
80001b5c:	0087d7b3          	srl	a5,a5,s0
80001b60:	8b8d                	and	a5,a5,3
80001b62:	0785                	add	a5,a5,1
80001b64:	953e                	add	a0,a0,a5
80001b66:	00f537b3          	sltu	a5,a0,a5
80001b6a:	4722                	lw	a4,8(sp)
80001b6c:	4642                	lw	a2,16(sp)
80001b6e:	46d2                	lw	a3,20(sp)
80001b70:	97ae                	add	a5,a5,a1
80001b72:	00aa2023          	sw	a0,0(s4)
80001b76:	00fa2223          	sw	a5,4(s4)
80001b7a:	8562                	mv	a0,s8
80001b7c:	85ca                	mv	a1,s2
80001b7e:	2041                	jal	80001bfe <__shiftright128>
80001b80:	bf3d                	j	80001abe <__double_computeInvPow5+0x3a>

80001b82 <__log10Pow2>:
80001b82:	67cd                	lui	a5,0x13
80001b84:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001b88:	02f50533          	mul	a0,a0,a5
80001b8c:	8149                	srl	a0,a0,0x12
80001b8e:	8082                	ret

80001b90 <__log10Pow5>:
80001b90:	000b37b7          	lui	a5,0xb3
80001b94:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001b98:	02f50533          	mul	a0,a0,a5
80001b9c:	8151                	srl	a0,a0,0x14
80001b9e:	8082                	ret

80001ba0 <__pow5bits>:
80001ba0:	001297b7          	lui	a5,0x129
80001ba4:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001ba8:	02f50533          	mul	a0,a0,a5
80001bac:	814d                	srl	a0,a0,0x13
80001bae:	0505                	add	a0,a0,1
80001bb0:	8082                	ret

80001bb2 <__umul128>:
80001bb2:	02c537b3          	mulhu	a5,a0,a2
80001bb6:	832e                	mv	t1,a1
80001bb8:	02c585b3          	mul	a1,a1,a2
80001bbc:	02c33833          	mulhu	a6,t1,a2
80001bc0:	95be                	add	a1,a1,a5
80001bc2:	00f5b7b3          	sltu	a5,a1,a5
80001bc6:	97c2                	add	a5,a5,a6
80001bc8:	02a68833          	mul	a6,a3,a0
80001bcc:	02a6b8b3          	mulhu	a7,a3,a0
80001bd0:	95c2                	add	a1,a1,a6
80001bd2:	0105b833          	sltu	a6,a1,a6
80001bd6:	98c2                	add	a7,a7,a6
80001bd8:	02d30833          	mul	a6,t1,a3
80001bdc:	02d33333          	mulhu	t1,t1,a3
80001be0:	983e                	add	a6,a6,a5
80001be2:	011806b3          	add	a3,a6,a7
80001be6:	00f837b3          	sltu	a5,a6,a5
80001bea:	0106b833          	sltu	a6,a3,a6
80001bee:	c314                	sw	a3,0(a4)
80001bf0:	979a                	add	a5,a5,t1
80001bf2:	983e                	add	a6,a6,a5
80001bf4:	02c50533          	mul	a0,a0,a2
80001bf8:	01072223          	sw	a6,4(a4)
80001bfc:	8082                	ret

80001bfe <__shiftright128>:
80001bfe:	7b8002ef          	jal	t0,800023b6 <__riscv_save_4>
80001c02:	8a2a                	mv	s4,a0
80001c04:	8532                	mv	a0,a2
80001c06:	04000613          	li	a2,64
80001c0a:	8e19                	sub	a2,a2,a4
80001c0c:	89ae                	mv	s3,a1
80001c0e:	85b6                	mv	a1,a3
80001c10:	843a                	mv	s0,a4
80001c12:	285d                	jal	80001cc8 <__ashldi3>
80001c14:	892a                	mv	s2,a0
80001c16:	84ae                	mv	s1,a1
80001c18:	8622                	mv	a2,s0
80001c1a:	8552                	mv	a0,s4
80001c1c:	85ce                	mv	a1,s3
80001c1e:	2049                	jal	80001ca0 <__lshrdi3>
80001c20:	00a96533          	or	a0,s2,a0
80001c24:	8dc5                	or	a1,a1,s1
80001c26:	a7d1                	j	800023ea <__riscv_restore_4>

80001c28 <memset>:
80001c28:	832a                	mv	t1,a0
80001c2a:	c611                	beqz	a2,80001c36 <memset+0xe>
80001c2c:	00b30023          	sb	a1,0(t1)
80001c30:	167d                	add	a2,a2,-1
80001c32:	0305                	add	t1,t1,1
80001c34:	fe65                	bnez	a2,80001c2c <memset+0x4>
80001c36:	8082                	ret

80001c38 <__libc_fini_array>:
80001c38:	798002ef          	jal	t0,800023d0 <__riscv_save_0>
80001c3c:	800037b7          	lui	a5,0x80003
80001c40:	80003437          	lui	s0,0x80003
80001c44:	b5078713          	add	a4,a5,-1200 # 80002b50 <__fini_array_end>
80001c48:	b5040413          	add	s0,s0,-1200 # 80002b50 <__fini_array_end>
80001c4c:	8c19                	sub	s0,s0,a4
80001c4e:	8409                	sra	s0,s0,0x2
80001c50:	b5078493          	add	s1,a5,-1200
80001c54:	e809                	bnez	s0,80001c66 <__libc_fini_array+0x2e>
80001c56:	00000793          	li	a5,0
80001c5a:	c789                	beqz	a5,80001c64 <__libc_fini_array+0x2c>
80001c5c:	00000097          	auipc	ra,0x0
80001c60:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001c64:	af41                	j	800023f4 <__riscv_restore_0>
80001c66:	147d                	add	s0,s0,-1
80001c68:	00241793          	sll	a5,s0,0x2
80001c6c:	97a6                	add	a5,a5,s1
80001c6e:	439c                	lw	a5,0(a5)
80001c70:	9782                	jalr	a5
80001c72:	b7cd                	j	80001c54 <__libc_fini_array+0x1c>

80001c74 <strnlen>:
80001c74:	95aa                	add	a1,a1,a0
80001c76:	87aa                	mv	a5,a0
80001c78:	00b78563          	beq	a5,a1,80001c82 <strnlen+0xe>
80001c7c:	0007c703          	lbu	a4,0(a5)
80001c80:	e701                	bnez	a4,80001c88 <strnlen+0x14>
80001c82:	40a78533          	sub	a0,a5,a0
80001c86:	8082                	ret
80001c88:	0785                	add	a5,a5,1
80001c8a:	b7fd                	j	80001c78 <strnlen+0x4>

80001c8c <__file_str_put>:
80001c8c:	49dc                	lw	a5,20(a1)
80001c8e:	4d98                	lw	a4,24(a1)
80001c90:	00e78763          	beq	a5,a4,80001c9e <__file_str_put+0x12>
80001c94:	00178713          	add	a4,a5,1
80001c98:	c9d8                	sw	a4,20(a1)
80001c9a:	00a78023          	sb	a0,0(a5)
80001c9e:	8082                	ret

80001ca0 <__lshrdi3>:
80001ca0:	ca19                	beqz	a2,80001cb6 <__lshrdi3+0x16>
80001ca2:	02000793          	li	a5,32
80001ca6:	8f91                	sub	a5,a5,a2
80001ca8:	00f04863          	bgtz	a5,80001cb8 <__lshrdi3+0x18>
80001cac:	1601                	add	a2,a2,-32
80001cae:	00c5d533          	srl	a0,a1,a2
80001cb2:	4701                	li	a4,0
80001cb4:	85ba                	mv	a1,a4
80001cb6:	8082                	ret
80001cb8:	00c5d733          	srl	a4,a1,a2
80001cbc:	00c55533          	srl	a0,a0,a2
80001cc0:	00f595b3          	sll	a1,a1,a5
80001cc4:	8d4d                	or	a0,a0,a1
80001cc6:	b7fd                	j	80001cb4 <__lshrdi3+0x14>

80001cc8 <__ashldi3>:
80001cc8:	ca19                	beqz	a2,80001cde <__ashldi3+0x16>
80001cca:	02000793          	li	a5,32
80001cce:	8f91                	sub	a5,a5,a2
80001cd0:	00f04863          	bgtz	a5,80001ce0 <__ashldi3+0x18>
80001cd4:	1601                	add	a2,a2,-32
80001cd6:	00c515b3          	sll	a1,a0,a2
80001cda:	4701                	li	a4,0
80001cdc:	853a                	mv	a0,a4
80001cde:	8082                	ret
80001ce0:	00c51733          	sll	a4,a0,a2
80001ce4:	00c595b3          	sll	a1,a1,a2
80001ce8:	00f55533          	srl	a0,a0,a5
80001cec:	8dc9                	or	a1,a1,a0
80001cee:	b7fd                	j	80001cdc <__ashldi3+0x14>

80001cf0 <__ashrdi3>:
80001cf0:	ce01                	beqz	a2,80001d08 <__ashrdi3+0x18>
80001cf2:	02000793          	li	a5,32
80001cf6:	8f91                	sub	a5,a5,a2
80001cf8:	00f04963          	bgtz	a5,80001d0a <__ashrdi3+0x1a>
80001cfc:	1601                	add	a2,a2,-32
80001cfe:	41f5d713          	sra	a4,a1,0x1f
80001d02:	40c5d533          	sra	a0,a1,a2
80001d06:	85ba                	mv	a1,a4
80001d08:	8082                	ret
80001d0a:	40c5d733          	sra	a4,a1,a2
80001d0e:	00c55533          	srl	a0,a0,a2
80001d12:	00f595b3          	sll	a1,a1,a5
80001d16:	8d4d                	or	a0,a0,a1
80001d18:	b7fd                	j	80001d06 <__ashrdi3+0x16>

80001d1a <__udivdi3>:
80001d1a:	88aa                	mv	a7,a0
80001d1c:	832e                	mv	t1,a1
80001d1e:	8732                	mv	a4,a2
80001d20:	882a                	mv	a6,a0
80001d22:	87ae                	mv	a5,a1
80001d24:	20069663          	bnez	a3,80001f30 <__udivdi3+0x216>
80001d28:	00001597          	auipc	a1,0x1
80001d2c:	d0458593          	add	a1,a1,-764 # 80002a2c <__clz_tab>
80001d30:	0cc37163          	bgeu	t1,a2,80001df2 <__udivdi3+0xd8>
80001d34:	66c1                	lui	a3,0x10
80001d36:	0ad67763          	bgeu	a2,a3,80001de4 <__udivdi3+0xca>
80001d3a:	10063693          	sltiu	a3,a2,256
80001d3e:	0016c693          	xor	a3,a3,1
80001d42:	068e                	sll	a3,a3,0x3
80001d44:	00d65533          	srl	a0,a2,a3
80001d48:	95aa                	add	a1,a1,a0
80001d4a:	0005c583          	lbu	a1,0(a1)
80001d4e:	02000513          	li	a0,32
80001d52:	96ae                	add	a3,a3,a1
80001d54:	40d505b3          	sub	a1,a0,a3
80001d58:	00d50b63          	beq	a0,a3,80001d6e <__udivdi3+0x54>
80001d5c:	00b317b3          	sll	a5,t1,a1
80001d60:	00d8d6b3          	srl	a3,a7,a3
80001d64:	00b61733          	sll	a4,a2,a1
80001d68:	8fd5                	or	a5,a5,a3
80001d6a:	00b89833          	sll	a6,a7,a1
80001d6e:	01075593          	srl	a1,a4,0x10
80001d72:	02b7d333          	divu	t1,a5,a1
80001d76:	01071613          	sll	a2,a4,0x10
80001d7a:	8241                	srl	a2,a2,0x10
80001d7c:	02b7f7b3          	remu	a5,a5,a1
80001d80:	851a                	mv	a0,t1
80001d82:	026608b3          	mul	a7,a2,t1
80001d86:	01079693          	sll	a3,a5,0x10
80001d8a:	01085793          	srl	a5,a6,0x10
80001d8e:	8fd5                	or	a5,a5,a3
80001d90:	0117fc63          	bgeu	a5,a7,80001da8 <__udivdi3+0x8e>
80001d94:	97ba                	add	a5,a5,a4
80001d96:	fff30513          	add	a0,t1,-1
80001d9a:	00e7e763          	bltu	a5,a4,80001da8 <__udivdi3+0x8e>
80001d9e:	0117f563          	bgeu	a5,a7,80001da8 <__udivdi3+0x8e>
80001da2:	ffe30513          	add	a0,t1,-2
80001da6:	97ba                	add	a5,a5,a4
80001da8:	411787b3          	sub	a5,a5,a7
80001dac:	02b7d8b3          	divu	a7,a5,a1
80001db0:	0842                	sll	a6,a6,0x10
80001db2:	01085813          	srl	a6,a6,0x10
80001db6:	02b7f7b3          	remu	a5,a5,a1
80001dba:	031606b3          	mul	a3,a2,a7
80001dbe:	07c2                	sll	a5,a5,0x10
80001dc0:	00f86833          	or	a6,a6,a5
80001dc4:	87c6                	mv	a5,a7
80001dc6:	00d87b63          	bgeu	a6,a3,80001ddc <__udivdi3+0xc2>
80001dca:	983a                	add	a6,a6,a4
80001dcc:	fff88793          	add	a5,a7,-1
80001dd0:	00e86663          	bltu	a6,a4,80001ddc <__udivdi3+0xc2>
80001dd4:	00d87463          	bgeu	a6,a3,80001ddc <__udivdi3+0xc2>
80001dd8:	ffe88793          	add	a5,a7,-2
80001ddc:	0542                	sll	a0,a0,0x10
80001dde:	8d5d                	or	a0,a0,a5
80001de0:	4581                	li	a1,0
80001de2:	8082                	ret
80001de4:	01000537          	lui	a0,0x1000
80001de8:	46c1                	li	a3,16
80001dea:	f4a66de3          	bltu	a2,a0,80001d44 <__udivdi3+0x2a>
80001dee:	46e1                	li	a3,24
80001df0:	bf91                	j	80001d44 <__udivdi3+0x2a>
80001df2:	4681                	li	a3,0
80001df4:	ca09                	beqz	a2,80001e06 <__udivdi3+0xec>
80001df6:	67c1                	lui	a5,0x10
80001df8:	08f67f63          	bgeu	a2,a5,80001e96 <__udivdi3+0x17c>
80001dfc:	10063693          	sltiu	a3,a2,256
80001e00:	0016c693          	xor	a3,a3,1
80001e04:	068e                	sll	a3,a3,0x3
80001e06:	00d657b3          	srl	a5,a2,a3
80001e0a:	95be                	add	a1,a1,a5
80001e0c:	0005c783          	lbu	a5,0(a1)
80001e10:	97b6                	add	a5,a5,a3
80001e12:	02000693          	li	a3,32
80001e16:	40f685b3          	sub	a1,a3,a5
80001e1a:	08f69563          	bne	a3,a5,80001ea4 <__udivdi3+0x18a>
80001e1e:	40c307b3          	sub	a5,t1,a2
80001e22:	4585                	li	a1,1
80001e24:	01075893          	srl	a7,a4,0x10
80001e28:	0317de33          	divu	t3,a5,a7
80001e2c:	01071613          	sll	a2,a4,0x10
80001e30:	8241                	srl	a2,a2,0x10
80001e32:	01085693          	srl	a3,a6,0x10
80001e36:	0317f7b3          	remu	a5,a5,a7
80001e3a:	8572                	mv	a0,t3
80001e3c:	03c60333          	mul	t1,a2,t3
80001e40:	07c2                	sll	a5,a5,0x10
80001e42:	8fd5                	or	a5,a5,a3
80001e44:	0067fc63          	bgeu	a5,t1,80001e5c <__udivdi3+0x142>
80001e48:	97ba                	add	a5,a5,a4
80001e4a:	fffe0513          	add	a0,t3,-1
80001e4e:	00e7e763          	bltu	a5,a4,80001e5c <__udivdi3+0x142>
80001e52:	0067f563          	bgeu	a5,t1,80001e5c <__udivdi3+0x142>
80001e56:	ffee0513          	add	a0,t3,-2
80001e5a:	97ba                	add	a5,a5,a4
80001e5c:	406787b3          	sub	a5,a5,t1
80001e60:	0317d333          	divu	t1,a5,a7
80001e64:	0842                	sll	a6,a6,0x10
80001e66:	01085813          	srl	a6,a6,0x10
80001e6a:	0317f7b3          	remu	a5,a5,a7
80001e6e:	026606b3          	mul	a3,a2,t1
80001e72:	07c2                	sll	a5,a5,0x10
80001e74:	00f86833          	or	a6,a6,a5
80001e78:	879a                	mv	a5,t1
80001e7a:	00d87b63          	bgeu	a6,a3,80001e90 <__udivdi3+0x176>
80001e7e:	983a                	add	a6,a6,a4
80001e80:	fff30793          	add	a5,t1,-1
80001e84:	00e86663          	bltu	a6,a4,80001e90 <__udivdi3+0x176>
80001e88:	00d87463          	bgeu	a6,a3,80001e90 <__udivdi3+0x176>
80001e8c:	ffe30793          	add	a5,t1,-2
80001e90:	0542                	sll	a0,a0,0x10
80001e92:	8d5d                	or	a0,a0,a5
80001e94:	8082                	ret
80001e96:	010007b7          	lui	a5,0x1000
80001e9a:	46c1                	li	a3,16
80001e9c:	f6f665e3          	bltu	a2,a5,80001e06 <__udivdi3+0xec>
80001ea0:	46e1                	li	a3,24
80001ea2:	b795                	j	80001e06 <__udivdi3+0xec>
80001ea4:	00b61733          	sll	a4,a2,a1
80001ea8:	00f356b3          	srl	a3,t1,a5
80001eac:	01075513          	srl	a0,a4,0x10
80001eb0:	00b31333          	sll	t1,t1,a1
80001eb4:	00f8d7b3          	srl	a5,a7,a5
80001eb8:	0067e7b3          	or	a5,a5,t1
80001ebc:	02a6d333          	divu	t1,a3,a0
80001ec0:	01071613          	sll	a2,a4,0x10
80001ec4:	8241                	srl	a2,a2,0x10
80001ec6:	00b89833          	sll	a6,a7,a1
80001eca:	02a6f6b3          	remu	a3,a3,a0
80001ece:	026608b3          	mul	a7,a2,t1
80001ed2:	01069593          	sll	a1,a3,0x10
80001ed6:	0107d693          	srl	a3,a5,0x10
80001eda:	8ecd                	or	a3,a3,a1
80001edc:	859a                	mv	a1,t1
80001ede:	0116fc63          	bgeu	a3,a7,80001ef6 <__udivdi3+0x1dc>
80001ee2:	96ba                	add	a3,a3,a4
80001ee4:	fff30593          	add	a1,t1,-1
80001ee8:	00e6e763          	bltu	a3,a4,80001ef6 <__udivdi3+0x1dc>
80001eec:	0116f563          	bgeu	a3,a7,80001ef6 <__udivdi3+0x1dc>
80001ef0:	ffe30593          	add	a1,t1,-2
80001ef4:	96ba                	add	a3,a3,a4
80001ef6:	411686b3          	sub	a3,a3,a7
80001efa:	02a6d8b3          	divu	a7,a3,a0
80001efe:	07c2                	sll	a5,a5,0x10
80001f00:	83c1                	srl	a5,a5,0x10
80001f02:	02a6f6b3          	remu	a3,a3,a0
80001f06:	03160633          	mul	a2,a2,a7
80001f0a:	06c2                	sll	a3,a3,0x10
80001f0c:	8fd5                	or	a5,a5,a3
80001f0e:	86c6                	mv	a3,a7
80001f10:	00c7fc63          	bgeu	a5,a2,80001f28 <__udivdi3+0x20e>
80001f14:	97ba                	add	a5,a5,a4
80001f16:	fff88693          	add	a3,a7,-1
80001f1a:	00e7e763          	bltu	a5,a4,80001f28 <__udivdi3+0x20e>
80001f1e:	00c7f563          	bgeu	a5,a2,80001f28 <__udivdi3+0x20e>
80001f22:	ffe88693          	add	a3,a7,-2
80001f26:	97ba                	add	a5,a5,a4
80001f28:	05c2                	sll	a1,a1,0x10
80001f2a:	8f91                	sub	a5,a5,a2
80001f2c:	8dd5                	or	a1,a1,a3
80001f2e:	bddd                	j	80001e24 <__udivdi3+0x10a>
80001f30:	14d5e163          	bltu	a1,a3,80002072 <__udivdi3+0x358>
80001f34:	67c1                	lui	a5,0x10
80001f36:	02f6ff63          	bgeu	a3,a5,80001f74 <__udivdi3+0x25a>
80001f3a:	1006b713          	sltiu	a4,a3,256
80001f3e:	00174713          	xor	a4,a4,1
80001f42:	070e                	sll	a4,a4,0x3
80001f44:	00e6d5b3          	srl	a1,a3,a4
80001f48:	00001797          	auipc	a5,0x1
80001f4c:	ae478793          	add	a5,a5,-1308 # 80002a2c <__clz_tab>
80001f50:	97ae                	add	a5,a5,a1
80001f52:	0007c783          	lbu	a5,0(a5)
80001f56:	97ba                	add	a5,a5,a4
80001f58:	02000713          	li	a4,32
80001f5c:	40f705b3          	sub	a1,a4,a5
80001f60:	02f71163          	bne	a4,a5,80001f82 <__udivdi3+0x268>
80001f64:	4505                	li	a0,1
80001f66:	e666eee3          	bltu	a3,t1,80001de2 <__udivdi3+0xc8>
80001f6a:	00c8b533          	sltu	a0,a7,a2
80001f6e:	00154513          	xor	a0,a0,1
80001f72:	8082                	ret
80001f74:	010007b7          	lui	a5,0x1000
80001f78:	4741                	li	a4,16
80001f7a:	fcf6e5e3          	bltu	a3,a5,80001f44 <__udivdi3+0x22a>
80001f7e:	4761                	li	a4,24
80001f80:	b7d1                	j	80001f44 <__udivdi3+0x22a>
80001f82:	00f65733          	srl	a4,a2,a5
80001f86:	00b696b3          	sll	a3,a3,a1
80001f8a:	8ed9                	or	a3,a3,a4
80001f8c:	00f35733          	srl	a4,t1,a5
80001f90:	00b31333          	sll	t1,t1,a1
80001f94:	00f8d7b3          	srl	a5,a7,a5
80001f98:	0067e7b3          	or	a5,a5,t1
80001f9c:	0106d313          	srl	t1,a3,0x10
80001fa0:	02675eb3          	divu	t4,a4,t1
80001fa4:	01069813          	sll	a6,a3,0x10
80001fa8:	01085813          	srl	a6,a6,0x10
80001fac:	00b61633          	sll	a2,a2,a1
80001fb0:	02677733          	remu	a4,a4,t1
80001fb4:	03d80e33          	mul	t3,a6,t4
80001fb8:	01071513          	sll	a0,a4,0x10
80001fbc:	0107d713          	srl	a4,a5,0x10
80001fc0:	8f49                	or	a4,a4,a0
80001fc2:	8576                	mv	a0,t4
80001fc4:	01c77c63          	bgeu	a4,t3,80001fdc <__udivdi3+0x2c2>
80001fc8:	9736                	add	a4,a4,a3
80001fca:	fffe8513          	add	a0,t4,-1
80001fce:	00d76763          	bltu	a4,a3,80001fdc <__udivdi3+0x2c2>
80001fd2:	01c77563          	bgeu	a4,t3,80001fdc <__udivdi3+0x2c2>
80001fd6:	ffee8513          	add	a0,t4,-2
80001fda:	9736                	add	a4,a4,a3
80001fdc:	41c70733          	sub	a4,a4,t3
80001fe0:	02675e33          	divu	t3,a4,t1
80001fe4:	07c2                	sll	a5,a5,0x10
80001fe6:	83c1                	srl	a5,a5,0x10
80001fe8:	02677733          	remu	a4,a4,t1
80001fec:	03c80833          	mul	a6,a6,t3
80001ff0:	0742                	sll	a4,a4,0x10
80001ff2:	8fd9                	or	a5,a5,a4
80001ff4:	8772                	mv	a4,t3
80001ff6:	0107fc63          	bgeu	a5,a6,8000200e <__udivdi3+0x2f4>
80001ffa:	97b6                	add	a5,a5,a3
80001ffc:	fffe0713          	add	a4,t3,-1
80002000:	00d7e763          	bltu	a5,a3,8000200e <__udivdi3+0x2f4>
80002004:	0107f563          	bgeu	a5,a6,8000200e <__udivdi3+0x2f4>
80002008:	ffee0713          	add	a4,t3,-2
8000200c:	97b6                	add	a5,a5,a3
8000200e:	0542                	sll	a0,a0,0x10
80002010:	6e41                	lui	t3,0x10
80002012:	8d59                	or	a0,a0,a4
80002014:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80002018:	00d57733          	and	a4,a0,a3
8000201c:	410787b3          	sub	a5,a5,a6
80002020:	8ef1                	and	a3,a3,a2
80002022:	01055813          	srl	a6,a0,0x10
80002026:	8241                	srl	a2,a2,0x10
80002028:	02d70333          	mul	t1,a4,a3
8000202c:	02d806b3          	mul	a3,a6,a3
80002030:	02c70733          	mul	a4,a4,a2
80002034:	02c80833          	mul	a6,a6,a2
80002038:	00d70633          	add	a2,a4,a3
8000203c:	01035713          	srl	a4,t1,0x10
80002040:	9732                	add	a4,a4,a2
80002042:	00d77363          	bgeu	a4,a3,80002048 <__udivdi3+0x32e>
80002046:	9872                	add	a6,a6,t3
80002048:	01075693          	srl	a3,a4,0x10
8000204c:	96c2                	add	a3,a3,a6
8000204e:	02d7e063          	bltu	a5,a3,8000206e <__udivdi3+0x354>
80002052:	d8d797e3          	bne	a5,a3,80001de0 <__udivdi3+0xc6>
80002056:	67c1                	lui	a5,0x10
80002058:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
8000205a:	8f7d                	and	a4,a4,a5
8000205c:	0742                	sll	a4,a4,0x10
8000205e:	00f37333          	and	t1,t1,a5
80002062:	00b898b3          	sll	a7,a7,a1
80002066:	971a                	add	a4,a4,t1
80002068:	4581                	li	a1,0
8000206a:	d6e8fce3          	bgeu	a7,a4,80001de2 <__udivdi3+0xc8>
8000206e:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
80002070:	bb85                	j	80001de0 <__udivdi3+0xc6>
80002072:	4581                	li	a1,0
80002074:	4501                	li	a0,0
80002076:	8082                	ret

80002078 <__umoddi3>:
80002078:	8832                	mv	a6,a2
8000207a:	87aa                	mv	a5,a0
8000207c:	872e                	mv	a4,a1
8000207e:	1a069363          	bnez	a3,80002224 <__umoddi3+0x1ac>
80002082:	00001897          	auipc	a7,0x1
80002086:	9aa88893          	add	a7,a7,-1622 # 80002a2c <__clz_tab>
8000208a:	0ac5f663          	bgeu	a1,a2,80002136 <__umoddi3+0xbe>
8000208e:	66c1                	lui	a3,0x10
80002090:	08d67c63          	bgeu	a2,a3,80002128 <__umoddi3+0xb0>
80002094:	10063693          	sltiu	a3,a2,256
80002098:	0016c693          	xor	a3,a3,1
8000209c:	068e                	sll	a3,a3,0x3
8000209e:	00d65333          	srl	t1,a2,a3
800020a2:	989a                	add	a7,a7,t1
800020a4:	0008c883          	lbu	a7,0(a7)
800020a8:	02000313          	li	t1,32
800020ac:	96c6                	add	a3,a3,a7
800020ae:	40d308b3          	sub	a7,t1,a3
800020b2:	00d30b63          	beq	t1,a3,800020c8 <__umoddi3+0x50>
800020b6:	01159733          	sll	a4,a1,a7
800020ba:	00d556b3          	srl	a3,a0,a3
800020be:	01161833          	sll	a6,a2,a7
800020c2:	8f55                	or	a4,a4,a3
800020c4:	011517b3          	sll	a5,a0,a7
800020c8:	01085613          	srl	a2,a6,0x10
800020cc:	02c756b3          	divu	a3,a4,a2
800020d0:	01081513          	sll	a0,a6,0x10
800020d4:	8141                	srl	a0,a0,0x10
800020d6:	02c77733          	remu	a4,a4,a2
800020da:	02a686b3          	mul	a3,a3,a0
800020de:	01071593          	sll	a1,a4,0x10
800020e2:	0107d713          	srl	a4,a5,0x10
800020e6:	8f4d                	or	a4,a4,a1
800020e8:	00d77863          	bgeu	a4,a3,800020f8 <__umoddi3+0x80>
800020ec:	9742                	add	a4,a4,a6
800020ee:	01076563          	bltu	a4,a6,800020f8 <__umoddi3+0x80>
800020f2:	00d77363          	bgeu	a4,a3,800020f8 <__umoddi3+0x80>
800020f6:	9742                	add	a4,a4,a6
800020f8:	8f15                	sub	a4,a4,a3
800020fa:	02c756b3          	divu	a3,a4,a2
800020fe:	02c77733          	remu	a4,a4,a2
80002102:	02a686b3          	mul	a3,a3,a0
80002106:	07c2                	sll	a5,a5,0x10
80002108:	0742                	sll	a4,a4,0x10
8000210a:	83c1                	srl	a5,a5,0x10
8000210c:	8fd9                	or	a5,a5,a4
8000210e:	00d7f863          	bgeu	a5,a3,8000211e <__umoddi3+0xa6>
80002112:	97c2                	add	a5,a5,a6
80002114:	0107e563          	bltu	a5,a6,8000211e <__umoddi3+0xa6>
80002118:	00d7f363          	bgeu	a5,a3,8000211e <__umoddi3+0xa6>
8000211c:	97c2                	add	a5,a5,a6
8000211e:	8f95                	sub	a5,a5,a3
80002120:	0117d533          	srl	a0,a5,a7
80002124:	4581                	li	a1,0
80002126:	8082                	ret
80002128:	01000337          	lui	t1,0x1000
8000212c:	46c1                	li	a3,16
8000212e:	f66668e3          	bltu	a2,t1,8000209e <__umoddi3+0x26>
80002132:	46e1                	li	a3,24
80002134:	b7ad                	j	8000209e <__umoddi3+0x26>
80002136:	4681                	li	a3,0
80002138:	ca09                	beqz	a2,8000214a <__umoddi3+0xd2>
8000213a:	6741                	lui	a4,0x10
8000213c:	06e67463          	bgeu	a2,a4,800021a4 <__umoddi3+0x12c>
80002140:	10063693          	sltiu	a3,a2,256
80002144:	0016c693          	xor	a3,a3,1
80002148:	068e                	sll	a3,a3,0x3
8000214a:	00d65733          	srl	a4,a2,a3
8000214e:	98ba                	add	a7,a7,a4
80002150:	0008c703          	lbu	a4,0(a7)
80002154:	9736                	add	a4,a4,a3
80002156:	02000693          	li	a3,32
8000215a:	40e688b3          	sub	a7,a3,a4
8000215e:	04e69a63          	bne	a3,a4,800021b2 <__umoddi3+0x13a>
80002162:	40c58733          	sub	a4,a1,a2
80002166:	01085593          	srl	a1,a6,0x10
8000216a:	02b75633          	divu	a2,a4,a1
8000216e:	01081513          	sll	a0,a6,0x10
80002172:	8141                	srl	a0,a0,0x10
80002174:	0107d693          	srl	a3,a5,0x10
80002178:	02b77733          	remu	a4,a4,a1
8000217c:	02a60633          	mul	a2,a2,a0
80002180:	0742                	sll	a4,a4,0x10
80002182:	8f55                	or	a4,a4,a3
80002184:	00c77863          	bgeu	a4,a2,80002194 <__umoddi3+0x11c>
80002188:	9742                	add	a4,a4,a6
8000218a:	01076563          	bltu	a4,a6,80002194 <__umoddi3+0x11c>
8000218e:	00c77363          	bgeu	a4,a2,80002194 <__umoddi3+0x11c>
80002192:	9742                	add	a4,a4,a6
80002194:	8f11                	sub	a4,a4,a2
80002196:	02b756b3          	divu	a3,a4,a1
8000219a:	02b77733          	remu	a4,a4,a1
8000219e:	02a686b3          	mul	a3,a3,a0
800021a2:	b795                	j	80002106 <__umoddi3+0x8e>
800021a4:	01000737          	lui	a4,0x1000
800021a8:	46c1                	li	a3,16
800021aa:	fae660e3          	bltu	a2,a4,8000214a <__umoddi3+0xd2>
800021ae:	46e1                	li	a3,24
800021b0:	bf69                	j	8000214a <__umoddi3+0xd2>
800021b2:	01161833          	sll	a6,a2,a7
800021b6:	00e5d6b3          	srl	a3,a1,a4
800021ba:	011517b3          	sll	a5,a0,a7
800021be:	011595b3          	sll	a1,a1,a7
800021c2:	00e55733          	srl	a4,a0,a4
800021c6:	01085513          	srl	a0,a6,0x10
800021ca:	8f4d                	or	a4,a4,a1
800021cc:	02a6d5b3          	divu	a1,a3,a0
800021d0:	01081313          	sll	t1,a6,0x10
800021d4:	01035313          	srl	t1,t1,0x10
800021d8:	02a6f6b3          	remu	a3,a3,a0
800021dc:	026585b3          	mul	a1,a1,t1
800021e0:	01069613          	sll	a2,a3,0x10
800021e4:	01075693          	srl	a3,a4,0x10
800021e8:	8ed1                	or	a3,a3,a2
800021ea:	00b6f863          	bgeu	a3,a1,800021fa <__umoddi3+0x182>
800021ee:	96c2                	add	a3,a3,a6
800021f0:	0106e563          	bltu	a3,a6,800021fa <__umoddi3+0x182>
800021f4:	00b6f363          	bgeu	a3,a1,800021fa <__umoddi3+0x182>
800021f8:	96c2                	add	a3,a3,a6
800021fa:	8e8d                	sub	a3,a3,a1
800021fc:	02a6d633          	divu	a2,a3,a0
80002200:	0742                	sll	a4,a4,0x10
80002202:	8341                	srl	a4,a4,0x10
80002204:	02a6f6b3          	remu	a3,a3,a0
80002208:	02660633          	mul	a2,a2,t1
8000220c:	06c2                	sll	a3,a3,0x10
8000220e:	8f55                	or	a4,a4,a3
80002210:	00c77863          	bgeu	a4,a2,80002220 <__umoddi3+0x1a8>
80002214:	9742                	add	a4,a4,a6
80002216:	01076563          	bltu	a4,a6,80002220 <__umoddi3+0x1a8>
8000221a:	00c77363          	bgeu	a4,a2,80002220 <__umoddi3+0x1a8>
8000221e:	9742                	add	a4,a4,a6
80002220:	8f11                	sub	a4,a4,a2
80002222:	b791                	j	80002166 <__umoddi3+0xee>
80002224:	16d5ed63          	bltu	a1,a3,8000239e <__umoddi3+0x326>
80002228:	6841                	lui	a6,0x10
8000222a:	0506f763          	bgeu	a3,a6,80002278 <__umoddi3+0x200>
8000222e:	1006b813          	sltiu	a6,a3,256
80002232:	00184813          	xor	a6,a6,1
80002236:	080e                	sll	a6,a6,0x3
80002238:	0106d333          	srl	t1,a3,a6
8000223c:	00000897          	auipc	a7,0x0
80002240:	7f088893          	add	a7,a7,2032 # 80002a2c <__clz_tab>
80002244:	989a                	add	a7,a7,t1
80002246:	0008c883          	lbu	a7,0(a7)
8000224a:	02000313          	li	t1,32
8000224e:	98c2                	add	a7,a7,a6
80002250:	41130833          	sub	a6,t1,a7
80002254:	03131963          	bne	t1,a7,80002286 <__umoddi3+0x20e>
80002258:	00b6e463          	bltu	a3,a1,80002260 <__umoddi3+0x1e8>
8000225c:	00c56b63          	bltu	a0,a2,80002272 <__umoddi3+0x1fa>
80002260:	40c50633          	sub	a2,a0,a2
80002264:	40d586b3          	sub	a3,a1,a3
80002268:	00c53733          	sltu	a4,a0,a2
8000226c:	87b2                	mv	a5,a2
8000226e:	40e68733          	sub	a4,a3,a4
80002272:	853e                	mv	a0,a5
80002274:	85ba                	mv	a1,a4
80002276:	8082                	ret
80002278:	010008b7          	lui	a7,0x1000
8000227c:	4841                	li	a6,16
8000227e:	fb16ede3          	bltu	a3,a7,80002238 <__umoddi3+0x1c0>
80002282:	4861                	li	a6,24
80002284:	bf55                	j	80002238 <__umoddi3+0x1c0>
80002286:	011657b3          	srl	a5,a2,a7
8000228a:	010696b3          	sll	a3,a3,a6
8000228e:	8edd                	or	a3,a3,a5
80002290:	0115d733          	srl	a4,a1,a7
80002294:	0106de13          	srl	t3,a3,0x10
80002298:	03c75f33          	divu	t5,a4,t3
8000229c:	01069313          	sll	t1,a3,0x10
800022a0:	01035313          	srl	t1,t1,0x10
800022a4:	010597b3          	sll	a5,a1,a6
800022a8:	011555b3          	srl	a1,a0,a7
800022ac:	8ddd                	or	a1,a1,a5
800022ae:	0105d793          	srl	a5,a1,0x10
800022b2:	01061633          	sll	a2,a2,a6
800022b6:	01051533          	sll	a0,a0,a6
800022ba:	03c77733          	remu	a4,a4,t3
800022be:	03e30eb3          	mul	t4,t1,t5
800022c2:	0742                	sll	a4,a4,0x10
800022c4:	8fd9                	or	a5,a5,a4
800022c6:	877a                	mv	a4,t5
800022c8:	01d7fc63          	bgeu	a5,t4,800022e0 <__umoddi3+0x268>
800022cc:	97b6                	add	a5,a5,a3
800022ce:	ffff0713          	add	a4,t5,-1
800022d2:	00d7e763          	bltu	a5,a3,800022e0 <__umoddi3+0x268>
800022d6:	01d7f563          	bgeu	a5,t4,800022e0 <__umoddi3+0x268>
800022da:	ffef0713          	add	a4,t5,-2
800022de:	97b6                	add	a5,a5,a3
800022e0:	41d787b3          	sub	a5,a5,t4
800022e4:	03c7deb3          	divu	t4,a5,t3
800022e8:	05c2                	sll	a1,a1,0x10
800022ea:	81c1                	srl	a1,a1,0x10
800022ec:	03c7f7b3          	remu	a5,a5,t3
800022f0:	8e76                	mv	t3,t4
800022f2:	03d30333          	mul	t1,t1,t4
800022f6:	07c2                	sll	a5,a5,0x10
800022f8:	8ddd                	or	a1,a1,a5
800022fa:	0065fc63          	bgeu	a1,t1,80002312 <__umoddi3+0x29a>
800022fe:	95b6                	add	a1,a1,a3
80002300:	fffe8e13          	add	t3,t4,-1
80002304:	00d5e763          	bltu	a1,a3,80002312 <__umoddi3+0x29a>
80002308:	0065f563          	bgeu	a1,t1,80002312 <__umoddi3+0x29a>
8000230c:	ffee8e13          	add	t3,t4,-2
80002310:	95b6                	add	a1,a1,a3
80002312:	01071793          	sll	a5,a4,0x10
80002316:	6f41                	lui	t5,0x10
80002318:	01c7e7b3          	or	a5,a5,t3
8000231c:	406585b3          	sub	a1,a1,t1
80002320:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
80002324:	0067f733          	and	a4,a5,t1
80002328:	01065e13          	srl	t3,a2,0x10
8000232c:	83c1                	srl	a5,a5,0x10
8000232e:	00667333          	and	t1,a2,t1
80002332:	02670eb3          	mul	t4,a4,t1
80002336:	02678333          	mul	t1,a5,t1
8000233a:	03c70733          	mul	a4,a4,t3
8000233e:	03c787b3          	mul	a5,a5,t3
80002342:	00670e33          	add	t3,a4,t1
80002346:	010ed713          	srl	a4,t4,0x10
8000234a:	9772                	add	a4,a4,t3
8000234c:	00677363          	bgeu	a4,t1,80002352 <__umoddi3+0x2da>
80002350:	97fa                	add	a5,a5,t5
80002352:	01075313          	srl	t1,a4,0x10
80002356:	979a                	add	a5,a5,t1
80002358:	6341                	lui	t1,0x10
8000235a:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
8000235c:	00677733          	and	a4,a4,t1
80002360:	0742                	sll	a4,a4,0x10
80002362:	006efeb3          	and	t4,t4,t1
80002366:	9776                	add	a4,a4,t4
80002368:	00f5e663          	bltu	a1,a5,80002374 <__umoddi3+0x2fc>
8000236c:	00f59b63          	bne	a1,a5,80002382 <__umoddi3+0x30a>
80002370:	00e57963          	bgeu	a0,a4,80002382 <__umoddi3+0x30a>
80002374:	40c70633          	sub	a2,a4,a2
80002378:	00c73333          	sltu	t1,a4,a2
8000237c:	969a                	add	a3,a3,t1
8000237e:	8732                	mv	a4,a2
80002380:	8f95                	sub	a5,a5,a3
80002382:	40e50733          	sub	a4,a0,a4
80002386:	00e53533          	sltu	a0,a0,a4
8000238a:	8d9d                	sub	a1,a1,a5
8000238c:	8d89                	sub	a1,a1,a0
8000238e:	011598b3          	sll	a7,a1,a7
80002392:	01075733          	srl	a4,a4,a6
80002396:	00e8e533          	or	a0,a7,a4
8000239a:	0105d5b3          	srl	a1,a1,a6
8000239e:	8082                	ret

800023a0 <__riscv_save_12>:
800023a0:	7139                	add	sp,sp,-64
800023a2:	4301                	li	t1,0
800023a4:	c66e                	sw	s11,12(sp)
800023a6:	a019                	j	800023ac <__riscv_save_10+0x4>

800023a8 <__riscv_save_10>:
800023a8:	7139                	add	sp,sp,-64
800023aa:	5341                	li	t1,-16
800023ac:	c86a                	sw	s10,16(sp)
800023ae:	ca66                	sw	s9,20(sp)
800023b0:	cc62                	sw	s8,24(sp)
800023b2:	ce5e                	sw	s7,28(sp)
800023b4:	a019                	j	800023ba <__riscv_save_4+0x4>

800023b6 <__riscv_save_4>:
800023b6:	7139                	add	sp,sp,-64
800023b8:	5301                	li	t1,-32
800023ba:	d05a                	sw	s6,32(sp)
800023bc:	d256                	sw	s5,36(sp)
800023be:	d452                	sw	s4,40(sp)
800023c0:	d64e                	sw	s3,44(sp)
800023c2:	d84a                	sw	s2,48(sp)
800023c4:	da26                	sw	s1,52(sp)
800023c6:	dc22                	sw	s0,56(sp)
800023c8:	de06                	sw	ra,60(sp)
800023ca:	40610133          	sub	sp,sp,t1
800023ce:	8282                	jr	t0

800023d0 <__riscv_save_0>:
800023d0:	1141                	add	sp,sp,-16
800023d2:	c04a                	sw	s2,0(sp)
800023d4:	c226                	sw	s1,4(sp)
800023d6:	c422                	sw	s0,8(sp)
800023d8:	c606                	sw	ra,12(sp)
800023da:	8282                	jr	t0

800023dc <__riscv_restore_12>:
800023dc:	4db2                	lw	s11,12(sp)
800023de:	0141                	add	sp,sp,16

800023e0 <__riscv_restore_10>:
800023e0:	4d02                	lw	s10,0(sp)
800023e2:	4c92                	lw	s9,4(sp)
800023e4:	4c22                	lw	s8,8(sp)
800023e6:	4bb2                	lw	s7,12(sp)
800023e8:	0141                	add	sp,sp,16

800023ea <__riscv_restore_4>:
800023ea:	4b02                	lw	s6,0(sp)
800023ec:	4a92                	lw	s5,4(sp)
800023ee:	4a22                	lw	s4,8(sp)
800023f0:	49b2                	lw	s3,12(sp)
800023f2:	0141                	add	sp,sp,16

800023f4 <__riscv_restore_0>:
800023f4:	4902                	lw	s2,0(sp)
800023f6:	4492                	lw	s1,4(sp)
800023f8:	4422                	lw	s0,8(sp)
800023fa:	40b2                	lw	ra,12(sp)
800023fc:	0141                	add	sp,sp,16
800023fe:	8082                	ret
