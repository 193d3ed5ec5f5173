
build/exitstorm.elf:     file format elf32-littleriscv


Disassembly of section .text:

80000000 <_start>:
80000000:	00004197          	auipc	gp,0x4
80000004:	81818193          	add	gp,gp,-2024 # 80003818 <__global_pointer$>
80000008:	01000117          	auipc	sp,0x1000
8000000c:	ff810113          	add	sp,sp,-8 # 81000000 <__stack_top>
80000010:	00003217          	auipc	tp,0x3
80000014:	00820213          	add	tp,tp,8 # 80003018 <__bss_end>
80000018:	00003297          	auipc	t0,0x3
8000001c:	00028293          	mv	t0,t0
80000020:	00003317          	auipc	t1,0x3
80000024:	ff830313          	add	t1,t1,-8 # 80003018 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0) # 80003018 <__bss_end>
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	06828293          	add	t0,t0,104 # 8000009c <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	2a51                	jal	800001d4 <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	2acd                	jal	8000023a <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	1141                	add	sp,sp,-16
8000004e:	00031737          	lui	a4,0x31
80000052:	c422                	sw	s0,8(sp)
80000054:	c606                	sw	ra,12(sp)
80000056:	d4070713          	add	a4,a4,-704 # 30d40 <__stack_size+0x20d40>
8000005a:	4401                	li	s0,0
8000005c:	100006b7          	lui	a3,0x10000
80000060:	0056c783          	lbu	a5,5(a3) # 10000005 <__ram_size+0xf000005>
80000064:	177d                	add	a4,a4,-1
80000066:	8395                	srl	a5,a5,0x5
80000068:	8b85                	and	a5,a5,1
8000006a:	943e                	add	s0,s0,a5
8000006c:	fb75                	bnez	a4,80000060 <main+0x14>
8000006e:	00031637          	lui	a2,0x31
80000072:	80002537          	lui	a0,0x80002
80000076:	85a2                	mv	a1,s0
80000078:	d4060613          	add	a2,a2,-704 # 30d40 <__stack_size+0x20d40>
8000007c:	1a050513          	add	a0,a0,416 # 800021a0 <__text_end+0x6>
80000080:	2ae1                	jal	80000258 <printf>
80000082:	fffcf7b7          	lui	a5,0xfffcf
80000086:	2c078793          	add	a5,a5,704 # fffcf2c0 <__stack_top+0x7efcf2c0>
8000008a:	40b2                	lw	ra,12(sp)
8000008c:	00f40533          	add	a0,s0,a5
80000090:	4422                	lw	s0,8(sp)
80000092:	00a03533          	snez	a0,a0
80000096:	0141                	add	sp,sp,16
80000098:	8082                	ret
	...

8000009c <bare_default_trap>:
8000009c:	01000117          	auipc	sp,0x1000
800000a0:	f6410113          	add	sp,sp,-156 # 81000000 <__stack_top>
800000a4:	34202573          	csrr	a0,mcause
800000a8:	341025f3          	csrr	a1,mepc
800000ac:	34302673          	csrr	a2,mtval
800000b0:	287d                	jal	8000016e <bare_unexpected_trap>
800000b2:	a001                	j	800000b2 <bare_default_trap+0x16>

800000b4 <uart_stdio_put>:
800000b4:	10000737          	lui	a4,0x10000
800000b8:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800000bc:	0207f793          	and	a5,a5,32
800000c0:	dfe5                	beqz	a5,800000b8 <uart_stdio_put+0x4>
800000c2:	00a70023          	sb	a0,0(a4)
800000c6:	8082                	ret

800000c8 <bare_puts>:
800000c8:	00054683          	lbu	a3,0(a0)
800000cc:	ce91                	beqz	a3,800000e8 <bare_puts+0x20>
800000ce:	10000737          	lui	a4,0x10000
800000d2:	0505                	add	a0,a0,1
800000d4:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800000d8:	0207f793          	and	a5,a5,32
800000dc:	dfe5                	beqz	a5,800000d4 <bare_puts+0xc>
800000de:	00d70023          	sb	a3,0(a4)
800000e2:	00054683          	lbu	a3,0(a0)
800000e6:	f6f5                	bnez	a3,800000d2 <bare_puts+0xa>
800000e8:	8082                	ret

800000ea <bare_put_hex>:
800000ea:	800026b7          	lui	a3,0x80002
800000ee:	03000613          	li	a2,48
800000f2:	1d068693          	add	a3,a3,464 # 800021d0 <__text_end+0x36>
800000f6:	10000737          	lui	a4,0x10000
800000fa:	0685                	add	a3,a3,1
800000fc:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000100:	0207f793          	and	a5,a5,32
80000104:	dfe5                	beqz	a5,800000fc <bare_put_hex+0x12>
80000106:	00c70023          	sb	a2,0(a4)
8000010a:	0006c603          	lbu	a2,0(a3)
8000010e:	f675                	bnez	a2,800000fa <bare_put_hex+0x10>
80000110:	800025b7          	lui	a1,0x80002
80000114:	46f1                	li	a3,28
80000116:	1d458593          	add	a1,a1,468 # 800021d4 <__text_end+0x3a>
8000011a:	10000737          	lui	a4,0x10000
8000011e:	5871                	li	a6,-4
80000120:	00d557b3          	srl	a5,a0,a3
80000124:	8bbd                	and	a5,a5,15
80000126:	97ae                	add	a5,a5,a1
80000128:	0007c603          	lbu	a2,0(a5)
8000012c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000130:	0207f793          	and	a5,a5,32
80000134:	dfe5                	beqz	a5,8000012c <bare_put_hex+0x42>
80000136:	00c70023          	sb	a2,0(a4)
8000013a:	16f1                	add	a3,a3,-4
8000013c:	ff0692e3          	bne	a3,a6,80000120 <bare_put_hex+0x36>
80000140:	8082                	ret

80000142 <bare_exit>:
80000142:	cd19                	beqz	a0,80000160 <bare_exit+0x1e>
80000144:	670d                	lui	a4,0x3
80000146:	01051793          	sll	a5,a0,0x10
8000014a:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
8000014e:	8fd9                	or	a5,a5,a4
80000150:	00100737          	lui	a4,0x100
80000154:	c31c                	sw	a5,0(a4)
80000156:	10500073          	wfi
8000015a:	10500073          	wfi
8000015e:	bfe5                	j	80000156 <bare_exit+0x14>
80000160:	6795                	lui	a5,0x5
80000162:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
80000166:	b7ed                	j	80000150 <bare_exit+0xe>

80000168 <_exit>:
80000168:	1141                	add	sp,sp,-16
8000016a:	c606                	sw	ra,12(sp)
8000016c:	3fd9                	jal	80000142 <bare_exit>

8000016e <bare_unexpected_trap>:
8000016e:	1141                	add	sp,sp,-16
80000170:	c04a                	sw	s2,0(sp)
80000172:	892a                	mv	s2,a0
80000174:	80002537          	lui	a0,0x80002
80000178:	1e850513          	add	a0,a0,488 # 800021e8 <__text_end+0x4e>
8000017c:	c606                	sw	ra,12(sp)
8000017e:	c422                	sw	s0,8(sp)
80000180:	c226                	sw	s1,4(sp)
80000182:	8432                	mv	s0,a2
80000184:	84ae                	mv	s1,a1
80000186:	3789                	jal	800000c8 <bare_puts>
80000188:	854a                	mv	a0,s2
8000018a:	3785                	jal	800000ea <bare_put_hex>
8000018c:	80002537          	lui	a0,0x80002
80000190:	20050513          	add	a0,a0,512 # 80002200 <__text_end+0x66>
80000194:	3f15                	jal	800000c8 <bare_puts>
80000196:	8526                	mv	a0,s1
80000198:	3f89                	jal	800000ea <bare_put_hex>
8000019a:	80002537          	lui	a0,0x80002
8000019e:	20850513          	add	a0,a0,520 # 80002208 <__text_end+0x6e>
800001a2:	371d                	jal	800000c8 <bare_puts>
800001a4:	8522                	mv	a0,s0
800001a6:	3791                	jal	800000ea <bare_put_hex>
800001a8:	10000737          	lui	a4,0x10000
800001ac:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800001b0:	0207f793          	and	a5,a5,32
800001b4:	dfe5                	beqz	a5,800001ac <bare_unexpected_trap+0x3e>
800001b6:	47a9                	li	a5,10
800001b8:	00f70023          	sb	a5,0(a4)
800001bc:	006337b7          	lui	a5,0x633
800001c0:	00100737          	lui	a4,0x100
800001c4:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
800001c8:	c31c                	sw	a5,0(a4)
800001ca:	10500073          	wfi
800001ce:	10500073          	wfi
800001d2:	bfe5                	j	800001ca <bare_unexpected_trap+0x5c>

800001d4 <__libc_init_array>:
800001d4:	797012ef          	jal	t0,8000216a <__riscv_save_0>
800001d8:	800024b7          	lui	s1,0x80002
800001dc:	80002437          	lui	s0,0x80002
800001e0:	6f848793          	add	a5,s1,1784 # 800026f8 <__fini_array_end>
800001e4:	6f840413          	add	s0,s0,1784 # 800026f8 <__fini_array_end>
800001e8:	8c1d                	sub	s0,s0,a5
800001ea:	8409                	sra	s0,s0,0x2
800001ec:	6f848493          	add	s1,s1,1784
800001f0:	4901                	li	s2,0
800001f2:	02891a63          	bne	s2,s0,80000226 <__libc_init_array+0x52>
800001f6:	00000793          	li	a5,0
800001fa:	c789                	beqz	a5,80000204 <__libc_init_array+0x30>
800001fc:	00000097          	auipc	ra,0x0
80000200:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000204:	800024b7          	lui	s1,0x80002
80000208:	80002437          	lui	s0,0x80002
8000020c:	6f848793          	add	a5,s1,1784 # 800026f8 <__fini_array_end>
80000210:	6f840413          	add	s0,s0,1784 # 800026f8 <__fini_array_end>
80000214:	8c1d                	sub	s0,s0,a5
80000216:	8409                	sra	s0,s0,0x2
80000218:	6f848493          	add	s1,s1,1784
8000021c:	4901                	li	s2,0
8000021e:	00891963          	bne	s2,s0,80000230 <__libc_init_array+0x5c>
80000222:	76d0106f          	j	8000218e <__riscv_restore_0>
80000226:	409c                	lw	a5,0(s1)
80000228:	0905                	add	s2,s2,1
8000022a:	0491                	add	s1,s1,4
8000022c:	9782                	jalr	a5
8000022e:	b7d1                	j	800001f2 <__libc_init_array+0x1e>
80000230:	409c                	lw	a5,0(s1)
80000232:	0905                	add	s2,s2,1
80000234:	0491                	add	s1,s1,4
80000236:	9782                	jalr	a5
80000238:	b7dd                	j	8000021e <__libc_init_array+0x4a>

8000023a <exit>:
8000023a:	731012ef          	jal	t0,8000216a <__riscv_save_0>
8000023e:	00000793          	li	a5,0
80000242:	842a                	mv	s0,a0
80000244:	c791                	beqz	a5,80000250 <exit+0x16>
80000246:	4581                	li	a1,0
80000248:	00000097          	auipc	ra,0x0
8000024c:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000250:	796010ef          	jal	800019e6 <__libc_fini_array>
80000254:	8522                	mv	a0,s0
80000256:	3f09                	jal	80000168 <_exit>

80000258 <printf>:
80000258:	7139                	add	sp,sp,-64
8000025a:	da3e                	sw	a5,52(sp)
8000025c:	800027b7          	lui	a5,0x80002
80000260:	d22e                	sw	a1,36(sp)
80000262:	85aa                	mv	a1,a0
80000264:	6ec7a503          	lw	a0,1772(a5) # 800026ec <stdout>
80000268:	d432                	sw	a2,40(sp)
8000026a:	1050                	add	a2,sp,36
8000026c:	ce06                	sw	ra,28(sp)
8000026e:	d636                	sw	a3,44(sp)
80000270:	d83a                	sw	a4,48(sp)
80000272:	dc42                	sw	a6,56(sp)
80000274:	de46                	sw	a7,60(sp)
80000276:	c632                	sw	a2,12(sp)
80000278:	2411                	jal	8000047c <__d_vfprintf>
8000027a:	40f2                	lw	ra,28(sp)
8000027c:	6121                	add	sp,sp,64
8000027e:	8082                	ret

80000280 <__ultoa_invert>:
80000280:	6c3012ef          	jal	t0,80002142 <__riscv_save_10>
80000284:	2006f793          	and	a5,a3,512
80000288:	89aa                	mv	s3,a0
8000028a:	8a2e                	mv	s4,a1
8000028c:	8932                	mv	s2,a2
8000028e:	84b6                	mv	s1,a3
80000290:	02700b13          	li	s6,39
80000294:	c781                	beqz	a5,8000029c <__ultoa_invert+0x1c>
80000296:	dff6f493          	and	s1,a3,-513
8000029a:	4b1d                	li	s6,7
8000029c:	41f4da93          	sra	s5,s1,0x1f
800002a0:	4ca5                	li	s9,9
800002a2:	8626                	mv	a2,s1
800002a4:	86d6                	mv	a3,s5
800002a6:	854e                	mv	a0,s3
800002a8:	85d2                	mv	a1,s4
800002aa:	369010ef          	jal	80001e12 <__umoddi3>
800002ae:	85d2                	mv	a1,s4
800002b0:	0ff57413          	zext.b	s0,a0
800002b4:	8626                	mv	a2,s1
800002b6:	854e                	mv	a0,s3
800002b8:	86d6                	mv	a3,s5
800002ba:	7fa010ef          	jal	80001ab4 <__udivdi3>
800002be:	8c4e                	mv	s8,s3
800002c0:	8bd2                	mv	s7,s4
800002c2:	89aa                	mv	s3,a0
800002c4:	8a2e                	mv	s4,a1
800002c6:	008cf563          	bgeu	s9,s0,800002d0 <__ultoa_invert+0x50>
800002ca:	945a                	add	s0,s0,s6
800002cc:	0ff47413          	zext.b	s0,s0
800002d0:	0905                	add	s2,s2,1
800002d2:	03040413          	add	s0,s0,48
800002d6:	fe890fa3          	sb	s0,-1(s2)
800002da:	015be663          	bltu	s7,s5,800002e6 <__ultoa_invert+0x66>
800002de:	fd7a92e3          	bne	s5,s7,800002a2 <__ultoa_invert+0x22>
800002e2:	fc9c70e3          	bgeu	s8,s1,800002a2 <__ultoa_invert+0x22>
800002e6:	854a                	mv	a0,s2
800002e8:	6930106f          	j	8000217a <__riscv_restore_10>

800002ec <skip_to_arg>:
800002ec:	657012ef          	jal	t0,80002142 <__riscv_save_10>
800002f0:	4305                	li	t1,1
800002f2:	02500f13          	li	t5,37
800002f6:	88aa                	mv	a7,a0
800002f8:	00c34463          	blt	t1,a2,80000300 <skip_to_arg+0x14>
800002fc:	67f0106f          	j	8000217a <__riscv_restore_10>
80000300:	87c6                	mv	a5,a7
80000302:	88be                	mv	a7,a5
80000304:	0007c703          	lbu	a4,0(a5)
80000308:	0785                	add	a5,a5,1
8000030a:	db6d                	beqz	a4,800002fc <skip_to_arg+0x10>
8000030c:	ffe71be3          	bne	a4,t5,80000302 <skip_to_arg+0x16>
80000310:	0007c703          	lbu	a4,0(a5)
80000314:	0889                	add	a7,a7,2
80000316:	ffe705e3          	beq	a4,t5,80000300 <skip_to_arg+0x14>
8000031a:	6ecd                	lui	t4,0x13
8000031c:	4681                	li	a3,0
8000031e:	4e01                	li	t3,0
80000320:	4781                	li	a5,0
80000322:	42fd                	li	t0,31
80000324:	06c00f93          	li	t6,108
80000328:	07400393          	li	t2,116
8000032c:	07a00413          	li	s0,122
80000330:	06800493          	li	s1,104
80000334:	06a00913          	li	s2,106
80000338:	04c00993          	li	s3,76
8000033c:	4a25                	li	s4,9
8000033e:	02400a93          	li	s5,36
80000342:	07f00b13          	li	s6,127
80000346:	4bc1                	li	s7,16
80000348:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
8000034c:	04f2e263          	bltu	t0,a5,80000390 <skip_to_arg+0xa4>
80000350:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
80000354:	0ff87813          	zext.b	a6,a6
80000358:	030bf163          	bgeu	s7,a6,8000037a <skip_to_arg+0x8e>
8000035c:	fd070813          	add	a6,a4,-48
80000360:	0ff87813          	zext.b	a6,a6
80000364:	4c25                	li	s8,9
80000366:	050c6563          	bltu	s8,a6,800003b0 <skip_to_arg+0xc4>
8000036a:	47a9                	li	a5,10
8000036c:	02f687b3          	mul	a5,a3,a5
80000370:	00f806b3          	add	a3,a6,a5
80000374:	02000793          	li	a5,32
80000378:	a039                	j	80000386 <skip_to_arg+0x9a>
8000037a:	010ed833          	srl	a6,t4,a6
8000037e:	00187813          	and	a6,a6,1
80000382:	00080963          	beqz	a6,80000394 <skip_to_arg+0xa8>
80000386:	0008c703          	lbu	a4,0(a7)
8000038a:	0885                	add	a7,a7,1
8000038c:	f361                	bnez	a4,8000034c <skip_to_arg+0x60>
8000038e:	a8b1                	j	800003ea <skip_to_arg+0xfe>
80000390:	04fb6363          	bltu	s6,a5,800003d6 <skip_to_arg+0xea>
80000394:	fd070813          	add	a6,a4,-48
80000398:	0ff87813          	zext.b	a6,a6
8000039c:	fd0a77e3          	bgeu	s4,a6,8000036a <skip_to_arg+0x7e>
800003a0:	03571563          	bne	a4,s5,800003ca <skip_to_arg+0xde>
800003a4:	0a0e0063          	beqz	t3,80000444 <skip_to_arg+0x158>
800003a8:	0a668063          	beq	a3,t1,80000448 <skip_to_arg+0x15c>
800003ac:	4681                	li	a3,0
800003ae:	bfe1                	j	80000386 <skip_to_arg+0x9a>
800003b0:	0fb77813          	and	a6,a4,251
800003b4:	02a00c13          	li	s8,42
800003b8:	ff880ae3          	beq	a6,s8,800003ac <skip_to_arg+0xc0>
800003bc:	06c00813          	li	a6,108
800003c0:	01071d63          	bne	a4,a6,800003da <skip_to_arg+0xee>
800003c4:	0807e793          	or	a5,a5,128
800003c8:	bf7d                	j	80000386 <skip_to_arg+0x9a>
800003ca:	0fb77813          	and	a6,a4,251
800003ce:	02a00c13          	li	s8,42
800003d2:	fd880de3          	beq	a6,s8,800003ac <skip_to_arg+0xc0>
800003d6:	05f70663          	beq	a4,t6,80000422 <skip_to_arg+0x136>
800003da:	02efef63          	bltu	t6,a4,80000418 <skip_to_arg+0x12c>
800003de:	04970863          	beq	a4,s1,8000042e <skip_to_arg+0x142>
800003e2:	05270e63          	beq	a4,s2,8000043e <skip_to_arg+0x152>
800003e6:	05370c63          	beq	a4,s3,8000043e <skip_to_arg+0x152>
800003ea:	f00e09e3          	beqz	t3,800002fc <skip_to_arg+0x10>
800003ee:	f06e15e3          	bne	t3,t1,800002f8 <skip_to_arg+0xc>
800003f2:	02076893          	or	a7,a4,32
800003f6:	f9b88813          	add	a6,a7,-101
800003fa:	0ff87813          	zext.b	a6,a6
800003fe:	4e09                	li	t3,2
80000400:	4194                	lw	a3,0(a1)
80000402:	010e7663          	bgeu	t3,a6,8000040e <skip_to_arg+0x122>
80000406:	06100813          	li	a6,97
8000040a:	05089263          	bne	a7,a6,8000044e <skip_to_arg+0x162>
8000040e:	069d                	add	a3,a3,7
80000410:	9ae1                	and	a3,a3,-8
80000412:	00868713          	add	a4,a3,8
80000416:	a091                	j	8000045a <skip_to_arg+0x16e>
80000418:	f67707e3          	beq	a4,t2,80000386 <skip_to_arg+0x9a>
8000041c:	f68705e3          	beq	a4,s0,80000386 <skip_to_arg+0x9a>
80000420:	b7e9                	j	800003ea <skip_to_arg+0xfe>
80000422:	0807f713          	and	a4,a5,128
80000426:	df59                	beqz	a4,800003c4 <skip_to_arg+0xd8>
80000428:	2007e793          	or	a5,a5,512
8000042c:	bf61                	j	800003c4 <skip_to_arg+0xd8>
8000042e:	1007f713          	and	a4,a5,256
80000432:	c319                	beqz	a4,80000438 <skip_to_arg+0x14c>
80000434:	2007e793          	or	a5,a5,512
80000438:	1007e793          	or	a5,a5,256
8000043c:	b7a9                	j	80000386 <skip_to_arg+0x9a>
8000043e:	2807e793          	or	a5,a5,640
80000442:	b791                	j	80000386 <skip_to_arg+0x9a>
80000444:	8e36                	mv	t3,a3
80000446:	b79d                	j	800003ac <skip_to_arg+0xc0>
80000448:	06300713          	li	a4,99
8000044c:	b75d                	j	800003f2 <skip_to_arg+0x106>
8000044e:	06300813          	li	a6,99
80000452:	01071763          	bne	a4,a6,80000460 <skip_to_arg+0x174>
80000456:	00468713          	add	a4,a3,4
8000045a:	c198                	sw	a4,0(a1)
8000045c:	0305                	add	t1,t1,1
8000045e:	bd61                	j	800002f6 <skip_to_arg+0xa>
80000460:	07300813          	li	a6,115
80000464:	ff0709e3          	beq	a4,a6,80000456 <skip_to_arg+0x16a>
80000468:	0807f813          	and	a6,a5,128
8000046c:	00468713          	add	a4,a3,4
80000470:	fe0805e3          	beqz	a6,8000045a <skip_to_arg+0x16e>
80000474:	2007f793          	and	a5,a5,512
80000478:	d3ed                	beqz	a5,8000045a <skip_to_arg+0x16e>
8000047a:	bf51                	j	8000040e <skip_to_arg+0x122>

8000047c <__d_vfprintf>:
8000047c:	4bf012ef          	jal	t0,8000213a <__riscv_save_12>
80000480:	00454783          	lbu	a5,4(a0)
80000484:	7139                	add	sp,sp,-64
80000486:	c02a                	sw	a0,0(sp)
80000488:	c42e                	sw	a1,8(sp)
8000048a:	c632                	sw	a2,12(sp)
8000048c:	8b89                	and	a5,a5,2
8000048e:	00852a03          	lw	s4,8(a0)
80000492:	c785                	beqz	a5,800004ba <__d_vfprintf+0x3e>
80000494:	d232                	sw	a2,36(sp)
80000496:	87ae                	mv	a5,a1
80000498:	4401                	li	s0,0
8000049a:	0007c903          	lbu	s2,0(a5)
8000049e:	00090f63          	beqz	s2,800004bc <__d_vfprintf+0x40>
800004a2:	02500713          	li	a4,37
800004a6:	00e90f63          	beq	s2,a4,800004c4 <__d_vfprintf+0x48>
800004aa:	0785                	add	a5,a5,1
800004ac:	c23e                	sw	a5,4(sp)
800004ae:	4582                	lw	a1,0(sp)
800004b0:	854a                	mv	a0,s2
800004b2:	0405                	add	s0,s0,1
800004b4:	9a02                	jalr	s4
800004b6:	280552e3          	bgez	a0,80000f3a <__d_vfprintf+0xabe>
800004ba:	547d                	li	s0,-1
800004bc:	8522                	mv	a0,s0
800004be:	6121                	add	sp,sp,64
800004c0:	4b70106f          	j	80002176 <__riscv_restore_12>
800004c4:	0017c903          	lbu	s2,1(a5)
800004c8:	00278713          	add	a4,a5,2
800004cc:	c23a                	sw	a4,4(sp)
800004ce:	02500793          	li	a5,37
800004d2:	fcf90ee3          	beq	s2,a5,800004ae <__d_vfprintf+0x32>
800004d6:	800024b7          	lui	s1,0x80002
800004da:	4a81                	li	s5,0
800004dc:	4d01                	li	s10,0
800004de:	4b01                	li	s6,0
800004e0:	4d81                	li	s11,0
800004e2:	06c00993          	li	s3,108
800004e6:	07400b93          	li	s7,116
800004ea:	07a00c13          	li	s8,122
800004ee:	06800c93          	li	s9,104
800004f2:	22048493          	add	s1,s1,544 # 80002220 <__text_end+0x86>
800004f6:	47fd                	li	a5,31
800004f8:	07b7e163          	bltu	a5,s11,8000055a <__d_vfprintf+0xde>
800004fc:	fe090793          	add	a5,s2,-32
80000500:	0ff7f793          	zext.b	a5,a5
80000504:	4741                	li	a4,16
80000506:	00f76663          	bltu	a4,a5,80000512 <__d_vfprintf+0x96>
8000050a:	078a                	sll	a5,a5,0x2
8000050c:	97a6                	add	a5,a5,s1
8000050e:	439c                	lw	a5,0(a5)
80000510:	8782                	jr	a5
80000512:	fd090793          	add	a5,s2,-48
80000516:	0ff7f793          	zext.b	a5,a5
8000051a:	4725                	li	a4,9
8000051c:	06f76463          	bltu	a4,a5,80000584 <__d_vfprintf+0x108>
80000520:	46a9                	li	a3,10
80000522:	02db06b3          	mul	a3,s6,a3
80000526:	00f68b33          	add	s6,a3,a5
8000052a:	020ded93          	or	s11,s11,32
8000052e:	a019                	j	80000534 <__d_vfprintf+0xb8>
80000530:	001ded93          	or	s11,s11,1
80000534:	4792                	lw	a5,4(sp)
80000536:	0007c903          	lbu	s2,0(a5)
8000053a:	0785                	add	a5,a5,1
8000053c:	c23e                	sw	a5,4(sp)
8000053e:	fa091ce3          	bnez	s2,800004f6 <__d_vfprintf+0x7a>
80000542:	a0dd                	j	80000628 <__d_vfprintf+0x1ac>
80000544:	002ded93          	or	s11,s11,2
80000548:	004ded93          	or	s11,s11,4
8000054c:	b7e5                	j	80000534 <__d_vfprintf+0xb8>
8000054e:	008ded93          	or	s11,s11,8
80000552:	b7cd                	j	80000534 <__d_vfprintf+0xb8>
80000554:	010ded93          	or	s11,s11,16
80000558:	bff1                	j	80000534 <__d_vfprintf+0xb8>
8000055a:	07f00793          	li	a5,127
8000055e:	0bb7e763          	bltu	a5,s11,8000060c <__d_vfprintf+0x190>
80000562:	fd090693          	add	a3,s2,-48
80000566:	0ff6f693          	zext.b	a3,a3
8000056a:	47a5                	li	a5,9
8000056c:	00d7ec63          	bltu	a5,a3,80000584 <__d_vfprintf+0x108>
80000570:	040df613          	and	a2,s11,64
80000574:	87b6                	mv	a5,a3
80000576:	d64d                	beqz	a2,80000520 <__d_vfprintf+0xa4>
80000578:	47a9                	li	a5,10
8000057a:	02fd07b3          	mul	a5,s10,a5
8000057e:	00d78d33          	add	s10,a5,a3
80000582:	bf4d                	j	80000534 <__d_vfprintf+0xb8>
80000584:	02a00793          	li	a5,42
80000588:	02f91663          	bne	s2,a5,800005b4 <__d_vfprintf+0x138>
8000058c:	fa0a94e3          	bnez	s5,80000534 <__d_vfprintf+0xb8>
80000590:	5692                	lw	a3,36(sp)
80000592:	040df793          	and	a5,s11,64
80000596:	00468613          	add	a2,a3,4
8000059a:	4294                	lw	a3,0(a3)
8000059c:	d232                	sw	a2,36(sp)
8000059e:	c399                	beqz	a5,800005a4 <__d_vfprintf+0x128>
800005a0:	8d36                	mv	s10,a3
800005a2:	bf49                	j	80000534 <__d_vfprintf+0xb8>
800005a4:	8b36                	mv	s6,a3
800005a6:	f806d2e3          	bgez	a3,8000052a <__d_vfprintf+0xae>
800005aa:	40d00b33          	neg	s6,a3
800005ae:	028ded93          	or	s11,s11,40
800005b2:	b749                	j	80000534 <__d_vfprintf+0xb8>
800005b4:	02e00793          	li	a5,46
800005b8:	00f91963          	bne	s2,a5,800005ca <__d_vfprintf+0x14e>
800005bc:	040df793          	and	a5,s11,64
800005c0:	ee079ee3          	bnez	a5,800004bc <__d_vfprintf+0x40>
800005c4:	040ded93          	or	s11,s11,64
800005c8:	b7b5                	j	80000534 <__d_vfprintf+0xb8>
800005ca:	02400793          	li	a5,36
800005ce:	02f91f63          	bne	s2,a5,8000060c <__d_vfprintf+0x190>
800005d2:	120a8a63          	beqz	s5,80000706 <__d_vfprintf+0x28a>
800005d6:	47b2                	lw	a5,12(sp)
800005d8:	d23e                	sw	a5,36(sp)
800005da:	040df793          	and	a5,s11,64
800005de:	ef81                	bnez	a5,800005f6 <__d_vfprintf+0x17a>
800005e0:	4522                	lw	a0,8(sp)
800005e2:	865a                	mv	a2,s6
800005e4:	104c                	add	a1,sp,36
800005e6:	3319                	jal	800002ec <skip_to_arg>
800005e8:	5792                	lw	a5,36(sp)
800005ea:	00478693          	add	a3,a5,4
800005ee:	0007ab03          	lw	s6,0(a5)
800005f2:	d236                	sw	a3,36(sp)
800005f4:	b781                	j	80000534 <__d_vfprintf+0xb8>
800005f6:	4522                	lw	a0,8(sp)
800005f8:	866a                	mv	a2,s10
800005fa:	104c                	add	a1,sp,36
800005fc:	39c5                	jal	800002ec <skip_to_arg>
800005fe:	5792                	lw	a5,36(sp)
80000600:	00478693          	add	a3,a5,4
80000604:	0007ad03          	lw	s10,0(a5)
80000608:	d236                	sw	a3,36(sp)
8000060a:	b72d                	j	80000534 <__d_vfprintf+0xb8>
8000060c:	0d390a63          	beq	s2,s3,800006e0 <__d_vfprintf+0x264>
80000610:	0d29e363          	bltu	s3,s2,800006d6 <__d_vfprintf+0x25a>
80000614:	0d990e63          	beq	s2,s9,800006f0 <__d_vfprintf+0x274>
80000618:	06a00793          	li	a5,106
8000061c:	0ef90263          	beq	s2,a5,80000700 <__d_vfprintf+0x284>
80000620:	04c00793          	li	a5,76
80000624:	0cf90e63          	beq	s2,a5,80000700 <__d_vfprintf+0x284>
80000628:	000a8863          	beqz	s5,80000638 <__d_vfprintf+0x1bc>
8000062c:	47b2                	lw	a5,12(sp)
8000062e:	4522                	lw	a0,8(sp)
80000630:	8656                	mv	a2,s5
80000632:	104c                	add	a1,sp,36
80000634:	d23e                	sw	a5,36(sp)
80000636:	395d                	jal	800002ec <skip_to_arg>
80000638:	000d5963          	bgez	s10,8000064a <__d_vfprintf+0x1ce>
8000063c:	fbfdf813          	and	a6,s11,-65
80000640:	01081d93          	sll	s11,a6,0x10
80000644:	010ddd93          	srl	s11,s11,0x10
80000648:	4d01                	li	s10,0
8000064a:	02096c93          	or	s9,s2,32
8000064e:	f9bc8793          	add	a5,s9,-101
80000652:	0ff7f793          	zext.b	a5,a5
80000656:	4709                	li	a4,2
80000658:	0af77d63          	bgeu	a4,a5,80000712 <__d_vfprintf+0x296>
8000065c:	06100793          	li	a5,97
80000660:	6afc9163          	bne	s9,a5,80000d02 <__d_vfprintf+0x886>
80000664:	5792                	lw	a5,36(sp)
80000666:	6a89                	lui	s5,0x2
80000668:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
8000066c:	079d                	add	a5,a5,7
8000066e:	9be1                	and	a5,a5,-8
80000670:	0047ab83          	lw	s7,4(a5)
80000674:	0007a883          	lw	a7,0(a5)
80000678:	00878713          	add	a4,a5,8
8000067c:	414bd993          	sra	s3,s7,0x14
80000680:	00cb9c13          	sll	s8,s7,0xc
80000684:	7ff9f993          	and	s3,s3,2047
80000688:	00cc5c93          	srl	s9,s8,0xc
8000068c:	015deab3          	or	s5,s11,s5
80000690:	0119e533          	or	a0,s3,a7
80000694:	fff94913          	not	s2,s2
80000698:	0ac2                	sll	s5,s5,0x10
8000069a:	d23a                	sw	a4,36(sp)
8000069c:	019567b3          	or	a5,a0,s9
800006a0:	02097913          	and	s2,s2,32
800006a4:	010ada93          	srl	s5,s5,0x10
800006a8:	86c6                	mv	a3,a7
800006aa:	8c66                	mv	s8,s9
800006ac:	040df813          	and	a6,s11,64
800006b0:	01fbdb93          	srl	s7,s7,0x1f
800006b4:	ebdd                	bnez	a5,8000076a <__d_vfprintf+0x2ee>
800006b6:	03000793          	li	a5,48
800006ba:	0ffbfb93          	zext.b	s7,s7
800006be:	02f106a3          	sb	a5,45(sp)
800006c2:	03710623          	sb	s7,44(sp)
800006c6:	24080d63          	beqz	a6,80000920 <__d_vfprintf+0x4a4>
800006ca:	47b1                	li	a5,12
800006cc:	4981                	li	s3,0
800006ce:	0da7d263          	bge	a5,s10,80000792 <__d_vfprintf+0x316>
800006d2:	4d35                	li	s10,13
800006d4:	aa85                	j	80000844 <__d_vfprintf+0x3c8>
800006d6:	e5790fe3          	beq	s2,s7,80000534 <__d_vfprintf+0xb8>
800006da:	e5890de3          	beq	s2,s8,80000534 <__d_vfprintf+0xb8>
800006de:	b7a9                	j	80000628 <__d_vfprintf+0x1ac>
800006e0:	080df793          	and	a5,s11,128
800006e4:	c399                	beqz	a5,800006ea <__d_vfprintf+0x26e>
800006e6:	200ded93          	or	s11,s11,512
800006ea:	080ded93          	or	s11,s11,128
800006ee:	b599                	j	80000534 <__d_vfprintf+0xb8>
800006f0:	100df793          	and	a5,s11,256
800006f4:	c399                	beqz	a5,800006fa <__d_vfprintf+0x27e>
800006f6:	200ded93          	or	s11,s11,512
800006fa:	100ded93          	or	s11,s11,256
800006fe:	bd1d                	j	80000534 <__d_vfprintf+0xb8>
80000700:	280ded93          	or	s11,s11,640
80000704:	bd05                	j	80000534 <__d_vfprintf+0xb8>
80000706:	875a                	mv	a4,s6
80000708:	4d01                	li	s10,0
8000070a:	4b01                	li	s6,0
8000070c:	8aba                	mv	s5,a4
8000070e:	4d81                	li	s11,0
80000710:	b515                	j	80000534 <__d_vfprintf+0xb8>
80000712:	5792                	lw	a5,36(sp)
80000714:	fff94913          	not	s2,s2
80000718:	02097913          	and	s2,s2,32
8000071c:	079d                	add	a5,a5,7
8000071e:	9be1                	and	a5,a5,-8
80000720:	00878713          	add	a4,a5,8
80000724:	4388                	lw	a0,0(a5)
80000726:	43cc                	lw	a1,4(a5)
80000728:	d23a                	sw	a4,36(sp)
8000072a:	040df793          	and	a5,s11,64
8000072e:	20078d63          	beqz	a5,80000948 <__d_vfprintf+0x4cc>
80000732:	06500793          	li	a5,101
80000736:	20fc9b63          	bne	s9,a5,8000094c <__d_vfprintf+0x4d0>
8000073a:	6785                	lui	a5,0x1
8000073c:	001d0613          	add	a2,s10,1
80000740:	00fdedb3          	or	s11,s11,a5
80000744:	0ff67613          	zext.b	a2,a2
80000748:	4701                	li	a4,0
8000074a:	4781                	li	a5,0
8000074c:	4345                	li	t1,17
8000074e:	0ff67693          	zext.b	a3,a2
80000752:	00c37363          	bgeu	t1,a2,80000758 <__d_vfprintf+0x2dc>
80000756:	46c5                	li	a3,17
80000758:	1030                	add	a2,sp,40
8000075a:	317000ef          	jal	80001270 <__dtoa_engine>
8000075e:	0ff57b93          	zext.b	s7,a0
80000762:	59a2                	lw	s3,40(sp)
80000764:	8aee                	mv	s5,s11
80000766:	4c09                	li	s8,2
80000768:	aa01                	j	80000878 <__d_vfprintf+0x3fc>
8000076a:	03100793          	li	a5,49
8000076e:	00099563          	bnez	s3,80000778 <__d_vfprintf+0x2fc>
80000772:	03000793          	li	a5,48
80000776:	4985                	li	s3,1
80000778:	0ffbfb93          	zext.b	s7,s7
8000077c:	02f106a3          	sb	a5,45(sp)
80000780:	03710623          	sb	s7,44(sp)
80000784:	c0198993          	add	s3,s3,-1023
80000788:	18080363          	beqz	a6,8000090e <__d_vfprintf+0x492>
8000078c:	47b1                	li	a5,12
8000078e:	19a7c263          	blt	a5,s10,80000912 <__d_vfprintf+0x496>
80000792:	4335                	li	t1,13
80000794:	41a30333          	sub	t1,t1,s10
80000798:	00231d93          	sll	s11,t1,0x2
8000079c:	fffd8613          	add	a2,s11,-1
800007a0:	4505                	li	a0,1
800007a2:	4581                	li	a1,0
800007a4:	ca46                	sw	a7,20(sp)
800007a6:	c836                	sw	a3,16(sp)
800007a8:	2ba010ef          	jal	80001a62 <__ashldi3>
800007ac:	84aa                	mv	s1,a0
800007ae:	872e                	mv	a4,a1
800007b0:	00171793          	sll	a5,a4,0x1
800007b4:	85aa                	mv	a1,a0
800007b6:	01f4d513          	srl	a0,s1,0x1f
800007ba:	00149e13          	sll	t3,s1,0x1
800007be:	8fc9                	or	a5,a5,a0
800007c0:	40f00c33          	neg	s8,a5
800007c4:	01c03533          	snez	a0,t3
800007c8:	48d2                	lw	a7,20(sp)
800007ca:	41c00833          	neg	a6,t3
800007ce:	40ac0c33          	sub	s8,s8,a0
800007d2:	fffe0513          	add	a0,t3,-1
800007d6:	001e3e13          	seqz	t3,t3
800007da:	41c787b3          	sub	a5,a5,t3
800007de:	0197f7b3          	and	a5,a5,s9
800007e2:	01157533          	and	a0,a0,a7
800007e6:	02f74663          	blt	a4,a5,80000812 <__d_vfprintf+0x396>
800007ea:	46c2                	lw	a3,16(sp)
800007ec:	00e79463          	bne	a5,a4,800007f4 <__d_vfprintf+0x378>
800007f0:	02a5e163          	bltu	a1,a0,80000812 <__d_vfprintf+0x396>
800007f4:	8546                	mv	a0,a7
800007f6:	866e                	mv	a2,s11
800007f8:	85e6                	mv	a1,s9
800007fa:	ce3a                	sw	a4,28(sp)
800007fc:	cc42                	sw	a6,24(sp)
800007fe:	ca36                	sw	a3,20(sp)
80000800:	c846                	sw	a7,16(sp)
80000802:	288010ef          	jal	80001a8a <__ashrdi3>
80000806:	8905                	and	a0,a0,1
80000808:	48c2                	lw	a7,16(sp)
8000080a:	46d2                	lw	a3,20(sp)
8000080c:	4862                	lw	a6,24(sp)
8000080e:	4772                	lw	a4,28(sp)
80000810:	c94d                	beqz	a0,800008c2 <__d_vfprintf+0x446>
80000812:	00988533          	add	a0,a7,s1
80000816:	01153db3          	sltu	s11,a0,a7
8000081a:	9766                	add	a4,a4,s9
8000081c:	00ed8cb3          	add	s9,s11,a4
80000820:	001007b7          	lui	a5,0x100
80000824:	86aa                	mv	a3,a0
80000826:	08fcce63          	blt	s9,a5,800008c2 <__d_vfprintf+0x446>
8000082a:	02d14783          	lbu	a5,45(sp)
8000082e:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000830:	02f106a3          	sb	a5,45(sp)
80000834:	40000793          	li	a5,1024
80000838:	0af98163          	beq	s3,a5,800008da <__d_vfprintf+0x45e>
8000083c:	00a87533          	and	a0,a6,a0
80000840:	019c7c33          	and	s8,s8,s9
80000844:	05700613          	li	a2,87
80000848:	1034                	add	a3,sp,40
8000084a:	4735                	li	a4,13
8000084c:	45a5                	li	a1,9
8000084e:	41260633          	sub	a2,a2,s2
80000852:	01cc1813          	sll	a6,s8,0x1c
80000856:	00f57793          	and	a5,a0,15
8000085a:	8111                	srl	a0,a0,0x4
8000085c:	00a86533          	or	a0,a6,a0
80000860:	404c5c13          	sra	s8,s8,0x4
80000864:	e7e1                	bnez	a5,8000092c <__d_vfprintf+0x4b0>
80000866:	0ced5563          	bge	s10,a4,80000930 <__d_vfprintf+0x4b4>
8000086a:	177d                	add	a4,a4,-1
8000086c:	16fd                	add	a3,a3,-1
8000086e:	f375                	bnez	a4,80000852 <__d_vfprintf+0x3d6>
80000870:	4c05                	li	s8,1
80000872:	4bb9                	li	s7,14
80000874:	07000c93          	li	s9,112
80000878:	00998713          	add	a4,s3,9
8000087c:	46c9                	li	a3,18
8000087e:	87ce                	mv	a5,s3
80000880:	06e6e863          	bltu	a3,a4,800008f0 <__d_vfprintf+0x474>
80000884:	02c14703          	lbu	a4,44(sp)
80000888:	00177d93          	and	s11,a4,1
8000088c:	8b31                	and	a4,a4,12
8000088e:	120d9a63          	bnez	s11,800009c2 <__d_vfprintf+0x546>
80000892:	002af793          	and	a5,s5,2
80000896:	12079263          	bnez	a5,800009ba <__d_vfprintf+0x53e>
8000089a:	004af793          	and	a5,s5,4
8000089e:	cfe9                	beqz	a5,80000978 <__d_vfprintf+0x4fc>
800008a0:	12071563          	bnez	a4,800009ca <__d_vfprintf+0x54e>
800008a4:	02000713          	li	a4,32
800008a8:	678d                	lui	a5,0x3
800008aa:	00faf7b3          	and	a5,s5,a5
800008ae:	1c079363          	bnez	a5,80000a74 <__d_vfprintf+0x5f8>
800008b2:	000d1363          	bnez	s10,800008b8 <__d_vfprintf+0x43c>
800008b6:	4d05                	li	s10,1
800008b8:	103c                	add	a5,sp,40
800008ba:	97de                	add	a5,a5,s7
800008bc:	03000693          	li	a3,48
800008c0:	aa9d                	j	80000a36 <__d_vfprintf+0x5ba>
800008c2:	0106f6b3          	and	a3,a3,a6
800008c6:	018cfcb3          	and	s9,s9,s8
800008ca:	40000793          	li	a5,1024
800008ce:	04f99c63          	bne	s3,a5,80000926 <__d_vfprintf+0x4aa>
800008d2:	0196ecb3          	or	s9,a3,s9
800008d6:	040c8063          	beqz	s9,80000916 <__d_vfprintf+0x49a>
800008da:	008beb93          	or	s7,s7,8
800008de:	03710623          	sb	s7,44(sp)
800008e2:	40000993          	li	s3,1024
800008e6:	4bb9                	li	s7,14
800008e8:	07000c93          	li	s9,112
800008ec:	40000793          	li	a5,1024
800008f0:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
800008f4:	0c600693          	li	a3,198
800008f8:	4c09                	li	s8,2
800008fa:	f8e6f5e3          	bgeu	a3,a4,80000884 <__d_vfprintf+0x408>
800008fe:	3e778793          	add	a5,a5,999
80000902:	7ce00c13          	li	s8,1998
80000906:	00fc3c33          	sltu	s8,s8,a5
8000090a:	0c0d                	add	s8,s8,3
8000090c:	bfa5                	j	80000884 <__d_vfprintf+0x408>
8000090e:	4d01                	li	s10,0
80000910:	bf6d                	j	800008ca <__d_vfprintf+0x44e>
80000912:	4d35                	li	s10,13
80000914:	bf5d                	j	800008ca <__d_vfprintf+0x44e>
80000916:	004beb93          	or	s7,s7,4
8000091a:	03710623          	sb	s7,44(sp)
8000091e:	b7e1                	j	800008e6 <__d_vfprintf+0x46a>
80000920:	4981                	li	s3,0
80000922:	4d01                	li	s10,0
80000924:	b705                	j	80000844 <__d_vfprintf+0x3c8>
80000926:	8536                	mv	a0,a3
80000928:	8c66                	mv	s8,s9
8000092a:	bf29                	j	80000844 <__d_vfprintf+0x3c8>
8000092c:	00f5ea63          	bltu	a1,a5,80000940 <__d_vfprintf+0x4c4>
80000930:	03078793          	add	a5,a5,48
80000934:	00f68923          	sb	a5,18(a3)
80000938:	f2ed59e3          	bge	s10,a4,8000086a <__d_vfprintf+0x3ee>
8000093c:	8d3a                	mv	s10,a4
8000093e:	b735                	j	8000086a <__d_vfprintf+0x3ee>
80000940:	97b2                	add	a5,a5,a2
80000942:	0ff7f793          	zext.b	a5,a5
80000946:	b7fd                	j	80000934 <__d_vfprintf+0x4b8>
80000948:	4d19                	li	s10,6
8000094a:	b3e5                	j	80000732 <__d_vfprintf+0x2b6>
8000094c:	06600793          	li	a5,102
80000950:	00fc9963          	bne	s9,a5,80000962 <__d_vfprintf+0x4e6>
80000954:	6789                	lui	a5,0x2
80000956:	00fdedb3          	or	s11,s11,a5
8000095a:	4705                	li	a4,1
8000095c:	87ea                	mv	a5,s10
8000095e:	4645                	li	a2,17
80000960:	b3f5                	j	8000074c <__d_vfprintf+0x2d0>
80000962:	0ffd7793          	zext.b	a5,s10
80000966:	0ffd7613          	zext.b	a2,s10
8000096a:	e391                	bnez	a5,8000096e <__d_vfprintf+0x4f2>
8000096c:	4605                	li	a2,1
8000096e:	4701                	li	a4,0
80000970:	4781                	li	a5,0
80000972:	06500c93          	li	s9,101
80000976:	bbd9                	j	8000074c <__d_vfprintf+0x2d0>
80000978:	db05                	beqz	a4,800008a8 <__d_vfprintf+0x42c>
8000097a:	478d                	li	a5,3
8000097c:	0967d163          	bge	a5,s6,800009fe <__d_vfprintf+0x582>
80000980:	008afa93          	and	s5,s5,8
80000984:	ffdb0493          	add	s1,s6,-3
80000988:	000a9f63          	bnez	s5,800009a6 <__d_vfprintf+0x52a>
8000098c:	94a2                	add	s1,s1,s0
8000098e:	4582                	lw	a1,0(sp)
80000990:	02000513          	li	a0,32
80000994:	0405                	add	s0,s0,1
80000996:	9a02                	jalr	s4
80000998:	b20541e3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
8000099c:	fe8499e3          	bne	s1,s0,8000098e <__d_vfprintf+0x512>
800009a0:	4481                	li	s1,0
800009a2:	020d9f63          	bnez	s11,800009e0 <__d_vfprintf+0x564>
800009a6:	02c14783          	lbu	a5,44(sp)
800009aa:	8ba1                	and	a5,a5,8
800009ac:	efad                	bnez	a5,80000a26 <__d_vfprintf+0x5aa>
800009ae:	800029b7          	lui	s3,0x80002
800009b2:	21098993          	add	s3,s3,528 # 80002210 <__text_end+0x76>
800009b6:	8c22                	mv	s8,s0
800009b8:	a8b1                	j	80000a14 <__d_vfprintf+0x598>
800009ba:	eb15                	bnez	a4,800009ee <__d_vfprintf+0x572>
800009bc:	02b00713          	li	a4,43
800009c0:	b5e5                	j	800008a8 <__d_vfprintf+0x42c>
800009c2:	eb0d                	bnez	a4,800009f4 <__d_vfprintf+0x578>
800009c4:	02d00713          	li	a4,45
800009c8:	b5c5                	j	800008a8 <__d_vfprintf+0x42c>
800009ca:	02000d93          	li	s11,32
800009ce:	4791                	li	a5,4
800009d0:	0367d563          	bge	a5,s6,800009fa <__d_vfprintf+0x57e>
800009d4:	008afa93          	and	s5,s5,8
800009d8:	ffcb0493          	add	s1,s6,-4
800009dc:	fa0a88e3          	beqz	s5,8000098c <__d_vfprintf+0x510>
800009e0:	4582                	lw	a1,0(sp)
800009e2:	856e                	mv	a0,s11
800009e4:	0405                	add	s0,s0,1
800009e6:	9a02                	jalr	s4
800009e8:	fa055fe3          	bgez	a0,800009a6 <__d_vfprintf+0x52a>
800009ec:	b4f9                	j	800004ba <__d_vfprintf+0x3e>
800009ee:	02b00d93          	li	s11,43
800009f2:	bff1                	j	800009ce <__d_vfprintf+0x552>
800009f4:	02d00d93          	li	s11,45
800009f8:	bfd9                	j	800009ce <__d_vfprintf+0x552>
800009fa:	4481                	li	s1,0
800009fc:	b7d5                	j	800009e0 <__d_vfprintf+0x564>
800009fe:	4481                	li	s1,0
80000a00:	b75d                	j	800009a6 <__d_vfprintf+0x52a>
80000a02:	4582                	lw	a1,0(sp)
80000a04:	41250533          	sub	a0,a0,s2
80000a08:	0ff57513          	zext.b	a0,a0
80000a0c:	0c05                	add	s8,s8,1
80000a0e:	9a02                	jalr	s4
80000a10:	aa0545e3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000a14:	408c07b3          	sub	a5,s8,s0
80000a18:	97ce                	add	a5,a5,s3
80000a1a:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000a1e:	f175                	bnez	a0,80000a02 <__d_vfprintf+0x586>
80000a20:	8462                	mv	s0,s8
80000a22:	94e2                	add	s1,s1,s8
80000a24:	a515                	j	80001048 <__d_vfprintf+0xbcc>
80000a26:	800029b7          	lui	s3,0x80002
80000a2a:	21498993          	add	s3,s3,532 # 80002214 <__text_end+0x7a>
80000a2e:	b761                	j	800009b6 <__d_vfprintf+0x53a>
80000a30:	1bfd                	add	s7,s7,-1
80000a32:	0ffbfb93          	zext.b	s7,s7
80000a36:	000b8763          	beqz	s7,80000a44 <__d_vfprintf+0x5c8>
80000a3a:	0047c603          	lbu	a2,4(a5)
80000a3e:	17fd                	add	a5,a5,-1
80000a40:	fed608e3          	beq	a2,a3,80000a30 <__d_vfprintf+0x5b4>
80000a44:	010af693          	and	a3,s5,16
80000a48:	87ea                	mv	a5,s10
80000a4a:	e291                	bnez	a3,80000a4e <__d_vfprintf+0x5d2>
80000a4c:	87de                	mv	a5,s7
80000a4e:	56f1                	li	a3,-4
80000a50:	0ed9cc63          	blt	s3,a3,80000b48 <__d_vfprintf+0x6cc>
80000a54:	0fa9da63          	bge	s3,s10,80000b48 <__d_vfprintf+0x6cc>
80000a58:	6689                	lui	a3,0x2
80000a5a:	00dae6b3          	or	a3,s5,a3
80000a5e:	01069a93          	sll	s5,a3,0x10
80000a62:	010ada93          	srl	s5,s5,0x10
80000a66:	4d01                	li	s10,0
80000a68:	00f9d663          	bge	s3,a5,80000a74 <__d_vfprintf+0x5f8>
80000a6c:	00198893          	add	a7,s3,1
80000a70:	41178d33          	sub	s10,a5,a7
80000a74:	6d89                	lui	s11,0x2
80000a76:	01bafdb3          	and	s11,s5,s11
80000a7a:	0c0d8a63          	beqz	s11,80000b4e <__d_vfprintf+0x6d2>
80000a7e:	87ce                	mv	a5,s3
80000a80:	0009d363          	bgez	s3,80000a86 <__d_vfprintf+0x60a>
80000a84:	4781                	li	a5,0
80000a86:	0785                	add	a5,a5,1
80000a88:	c311                	beqz	a4,80000a8c <__d_vfprintf+0x610>
80000a8a:	0785                	add	a5,a5,1
80000a8c:	0c0d0963          	beqz	s10,80000b5e <__d_vfprintf+0x6e2>
80000a90:	001d0693          	add	a3,s10,1
80000a94:	97b6                	add	a5,a5,a3
80000a96:	4481                	li	s1,0
80000a98:	0167d463          	bge	a5,s6,80000aa0 <__d_vfprintf+0x624>
80000a9c:	40fb04b3          	sub	s1,s6,a5
80000aa0:	009af793          	and	a5,s5,9
80000aa4:	e789                	bnez	a5,80000aae <__d_vfprintf+0x632>
80000aa6:	94a2                	add	s1,s1,s0
80000aa8:	0c849063          	bne	s1,s0,80000b68 <__d_vfprintf+0x6ec>
80000aac:	4481                	li	s1,0
80000aae:	c719                	beqz	a4,80000abc <__d_vfprintf+0x640>
80000ab0:	4582                	lw	a1,0(sp)
80000ab2:	853a                	mv	a0,a4
80000ab4:	0405                	add	s0,s0,1
80000ab6:	9a02                	jalr	s4
80000ab8:	a00541e3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000abc:	00bad793          	srl	a5,s5,0xb
80000ac0:	8b85                	and	a5,a5,1
80000ac2:	c395                	beqz	a5,80000ae6 <__d_vfprintf+0x66a>
80000ac4:	4582                	lw	a1,0(sp)
80000ac6:	03000513          	li	a0,48
80000aca:	9a02                	jalr	s4
80000acc:	9e0547e3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000ad0:	07800513          	li	a0,120
80000ad4:	4582                	lw	a1,0(sp)
80000ad6:	41250533          	sub	a0,a0,s2
80000ada:	0f857513          	and	a0,a0,248
80000ade:	0409                	add	s0,s0,2
80000ae0:	9a02                	jalr	s4
80000ae2:	9c054ce3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000ae6:	008af793          	and	a5,s5,8
80000aea:	e791                	bnez	a5,80000af6 <__d_vfprintf+0x67a>
80000aec:	8b22                	mv	s6,s0
80000aee:	9426                	add	s0,s0,s1
80000af0:	09641663          	bne	s0,s6,80000b7c <__d_vfprintf+0x700>
80000af4:	4481                	li	s1,0
80000af6:	0c0d8f63          	beqz	s11,80000bd4 <__d_vfprintf+0x758>
80000afa:	8cce                	mv	s9,s3
80000afc:	0009d363          	bgez	s3,80000b02 <__d_vfprintf+0x686>
80000b00:	4c81                	li	s9,0
80000b02:	41998db3          	sub	s11,s3,s9
80000b06:	41a00d33          	neg	s10,s10
80000b0a:	5b7d                	li	s6,-1
80000b0c:	03000513          	li	a0,48
80000b10:	017df663          	bgeu	s11,s7,80000b1c <__d_vfprintf+0x6a0>
80000b14:	103c                	add	a5,sp,40
80000b16:	97ee                	add	a5,a5,s11
80000b18:	0057c503          	lbu	a0,5(a5)
80000b1c:	1cfd                	add	s9,s9,-1
80000b1e:	00140c13          	add	s8,s0,1
80000b22:	07acc563          	blt	s9,s10,80000b8c <__d_vfprintf+0x710>
80000b26:	4582                	lw	a1,0(sp)
80000b28:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000b2a:	9a02                	jalr	s4
80000b2c:	980547e3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000b30:	016c9a63          	bne	s9,s6,80000b44 <__d_vfprintf+0x6c8>
80000b34:	4582                	lw	a1,0(sp)
80000b36:	02e00513          	li	a0,46
80000b3a:	9a02                	jalr	s4
80000b3c:	96054fe3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000b40:	00240c13          	add	s8,s0,2
80000b44:	8462                	mv	s0,s8
80000b46:	b7d9                	j	80000b0c <__d_vfprintf+0x690>
80000b48:	fff78d13          	add	s10,a5,-1
80000b4c:	b725                	j	80000a74 <__d_vfprintf+0x5f8>
80000b4e:	00bad693          	srl	a3,s5,0xb
80000b52:	8a85                	and	a3,a3,1
80000b54:	478d                	li	a5,3
80000b56:	c291                	beqz	a3,80000b5a <__d_vfprintf+0x6de>
80000b58:	4795                	li	a5,5
80000b5a:	97e2                	add	a5,a5,s8
80000b5c:	b735                	j	80000a88 <__d_vfprintf+0x60c>
80000b5e:	010af693          	and	a3,s5,16
80000b62:	da95                	beqz	a3,80000a96 <__d_vfprintf+0x61a>
80000b64:	0785                	add	a5,a5,1
80000b66:	bf05                	j	80000a96 <__d_vfprintf+0x61a>
80000b68:	4582                	lw	a1,0(sp)
80000b6a:	02000513          	li	a0,32
80000b6e:	c83a                	sw	a4,16(sp)
80000b70:	9a02                	jalr	s4
80000b72:	4742                	lw	a4,16(sp)
80000b74:	0405                	add	s0,s0,1
80000b76:	f20559e3          	bgez	a0,80000aa8 <__d_vfprintf+0x62c>
80000b7a:	b281                	j	800004ba <__d_vfprintf+0x3e>
80000b7c:	4582                	lw	a1,0(sp)
80000b7e:	03000513          	li	a0,48
80000b82:	0b05                	add	s6,s6,1
80000b84:	9a02                	jalr	s4
80000b86:	f60555e3          	bgez	a0,80000af0 <__d_vfprintf+0x674>
80000b8a:	ba05                	j	800004ba <__d_vfprintf+0x3e>
80000b8c:	033c9063          	bne	s9,s3,80000bac <__d_vfprintf+0x730>
80000b90:	02d14703          	lbu	a4,45(sp)
80000b94:	03500793          	li	a5,53
80000b98:	00e7e863          	bltu	a5,a4,80000ba8 <__d_vfprintf+0x72c>
80000b9c:	00f71863          	bne	a4,a5,80000bac <__d_vfprintf+0x730>
80000ba0:	02c14783          	lbu	a5,44(sp)
80000ba4:	8bc1                	and	a5,a5,16
80000ba6:	e399                	bnez	a5,80000bac <__d_vfprintf+0x730>
80000ba8:	03100513          	li	a0,49
80000bac:	4582                	lw	a1,0(sp)
80000bae:	9a02                	jalr	s4
80000bb0:	900545e3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000bb4:	010afa93          	and	s5,s5,16
80000bb8:	e60a84e3          	beqz	s5,80000a20 <__d_vfprintf+0x5a4>
80000bbc:	57fd                	li	a5,-1
80000bbe:	e6fc91e3          	bne	s9,a5,80000a20 <__d_vfprintf+0x5a4>
80000bc2:	4582                	lw	a1,0(sp)
80000bc4:	00240c13          	add	s8,s0,2
80000bc8:	02e00513          	li	a0,46
80000bcc:	9a02                	jalr	s4
80000bce:	e40559e3          	bgez	a0,80000a20 <__d_vfprintf+0x5a4>
80000bd2:	b0e5                	j	800004ba <__d_vfprintf+0x3e>
80000bd4:	02d14503          	lbu	a0,45(sp)
80000bd8:	03100793          	li	a5,49
80000bdc:	00f50763          	beq	a0,a5,80000bea <__d_vfprintf+0x76e>
80000be0:	02c14783          	lbu	a5,44(sp)
80000be4:	9bbd                	and	a5,a5,-17
80000be6:	02f10623          	sb	a5,44(sp)
80000bea:	4582                	lw	a1,0(sp)
80000bec:	9a02                	jalr	s4
80000bee:	8c0546e3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000bf2:	0da05a63          	blez	s10,80000cc6 <__d_vfprintf+0x84a>
80000bf6:	4582                	lw	a1,0(sp)
80000bf8:	02e00513          	li	a0,46
80000bfc:	0409                	add	s0,s0,2
80000bfe:	9a02                	jalr	s4
80000c00:	8a054de3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000c04:	4a85                	li	s5,1
80000c06:	4785                	li	a5,1
80000c08:	0405                	add	s0,s0,1
80000c0a:	03000513          	li	a0,48
80000c0e:	017af863          	bgeu	s5,s7,80000c1e <__d_vfprintf+0x7a2>
80000c12:	02078793          	add	a5,a5,32
80000c16:	1018                	add	a4,sp,32
80000c18:	97ba                	add	a5,a5,a4
80000c1a:	fed7c503          	lbu	a0,-19(a5)
80000c1e:	4582                	lw	a1,0(sp)
80000c20:	9a02                	jalr	s4
80000c22:	88054ce3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000c26:	0a85                	add	s5,s5,1
80000c28:	0ffafa93          	zext.b	s5,s5
80000c2c:	87d6                	mv	a5,s5
80000c2e:	fd5d5de3          	bge	s10,s5,80000c08 <__d_vfprintf+0x78c>
80000c32:	4582                	lw	a1,0(sp)
80000c34:	412c8533          	sub	a0,s9,s2
80000c38:	0ff57513          	zext.b	a0,a0
80000c3c:	9a02                	jalr	s4
80000c3e:	86054ee3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000c42:	0009ca63          	bltz	s3,80000c56 <__d_vfprintf+0x7da>
80000c46:	02b00513          	li	a0,43
80000c4a:	00099a63          	bnez	s3,80000c5e <__d_vfprintf+0x7e2>
80000c4e:	02c14783          	lbu	a5,44(sp)
80000c52:	8bc1                	and	a5,a5,16
80000c54:	c789                	beqz	a5,80000c5e <__d_vfprintf+0x7e2>
80000c56:	413009b3          	neg	s3,s3
80000c5a:	02d00513          	li	a0,45
80000c5e:	4582                	lw	a1,0(sp)
80000c60:	9a02                	jalr	s4
80000c62:	84054ce3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000c66:	4791                	li	a5,4
80000c68:	06fc1e63          	bne	s8,a5,80000ce4 <__d_vfprintf+0x868>
80000c6c:	3e800913          	li	s2,1000
80000c70:	0329c533          	div	a0,s3,s2
80000c74:	4582                	lw	a1,0(sp)
80000c76:	040d                	add	s0,s0,3
80000c78:	03050513          	add	a0,a0,48
80000c7c:	0ff57513          	zext.b	a0,a0
80000c80:	9a02                	jalr	s4
80000c82:	82054ce3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000c86:	0329e9b3          	rem	s3,s3,s2
80000c8a:	06400913          	li	s2,100
80000c8e:	4582                	lw	a1,0(sp)
80000c90:	0405                	add	s0,s0,1
80000c92:	0329c533          	div	a0,s3,s2
80000c96:	03050513          	add	a0,a0,48
80000c9a:	0ff57513          	zext.b	a0,a0
80000c9e:	9a02                	jalr	s4
80000ca0:	80054de3          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000ca4:	0329e9b3          	rem	s3,s3,s2
80000ca8:	4929                	li	s2,10
80000caa:	4582                	lw	a1,0(sp)
80000cac:	0405                	add	s0,s0,1
80000cae:	0329c533          	div	a0,s3,s2
80000cb2:	03050513          	add	a0,a0,48
80000cb6:	0ff57513          	zext.b	a0,a0
80000cba:	9a02                	jalr	s4
80000cbc:	fe054f63          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000cc0:	0329e9b3          	rem	s3,s3,s2
80000cc4:	a03d                	j	80000cf2 <__d_vfprintf+0x876>
80000cc6:	010afa93          	and	s5,s5,16
80000cca:	000a9463          	bnez	s5,80000cd2 <__d_vfprintf+0x856>
80000cce:	0405                	add	s0,s0,1
80000cd0:	b78d                	j	80000c32 <__d_vfprintf+0x7b6>
80000cd2:	4582                	lw	a1,0(sp)
80000cd4:	02e00513          	li	a0,46
80000cd8:	0409                	add	s0,s0,2
80000cda:	9a02                	jalr	s4
80000cdc:	f4055be3          	bgez	a0,80000c32 <__d_vfprintf+0x7b6>
80000ce0:	fdaff06f          	j	800004ba <__d_vfprintf+0x3e>
80000ce4:	478d                	li	a5,3
80000ce6:	0409                	add	s0,s0,2
80000ce8:	fafc01e3          	beq	s8,a5,80000c8a <__d_vfprintf+0x80e>
80000cec:	4785                	li	a5,1
80000cee:	fafc1de3          	bne	s8,a5,80000ca8 <__d_vfprintf+0x82c>
80000cf2:	03098513          	add	a0,s3,48
80000cf6:	4582                	lw	a1,0(sp)
80000cf8:	00140c13          	add	s8,s0,1
80000cfc:	0ff57513          	zext.b	a0,a0
80000d00:	b5f1                	j	80000bcc <__d_vfprintf+0x750>
80000d02:	f9d90793          	add	a5,s2,-99
80000d06:	0ff7f793          	zext.b	a5,a5
80000d0a:	4749                	li	a4,18
80000d0c:	1ef76f63          	bltu	a4,a5,80000f0a <__d_vfprintf+0xa8e>
80000d10:	80002737          	lui	a4,0x80002
80000d14:	078a                	sll	a5,a5,0x2
80000d16:	26470713          	add	a4,a4,612 # 80002264 <__text_end+0xca>
80000d1a:	97ba                	add	a5,a5,a4
80000d1c:	439c                	lw	a5,0(a5)
80000d1e:	8782                	jr	a5
80000d20:	5792                	lw	a5,36(sp)
80000d22:	4485                	li	s1,1
80000d24:	02810993          	add	s3,sp,40
80000d28:	00478713          	add	a4,a5,4
80000d2c:	439c                	lw	a5,0(a5)
80000d2e:	d23a                	sw	a4,36(sp)
80000d30:	02f10423          	sb	a5,40(sp)
80000d34:	008df813          	and	a6,s11,8
80000d38:	04080e63          	beqz	a6,80000d94 <__d_vfprintf+0x918>
80000d3c:	4901                	li	s2,0
80000d3e:	05249d63          	bne	s1,s2,80000d98 <__d_vfprintf+0x91c>
80000d42:	00940c33          	add	s8,s0,s1
80000d46:	409b04b3          	sub	s1,s6,s1
80000d4a:	b9d9                	j	80000a20 <__d_vfprintf+0x5a4>
80000d4c:	5792                	lw	a5,36(sp)
80000d4e:	00478713          	add	a4,a5,4
80000d52:	d23a                	sw	a4,36(sp)
80000d54:	0007a983          	lw	s3,0(a5)
80000d58:	00099663          	bnez	s3,80000d64 <__d_vfprintf+0x8e8>
80000d5c:	800029b7          	lui	s3,0x80002
80000d60:	21898993          	add	s3,s3,536 # 80002218 <__text_end+0x7e>
80000d64:	040df793          	and	a5,s11,64
80000d68:	55fd                	li	a1,-1
80000d6a:	c391                	beqz	a5,80000d6e <__d_vfprintf+0x8f2>
80000d6c:	85ea                	mv	a1,s10
80000d6e:	854e                	mv	a0,s3
80000d70:	4b3000ef          	jal	80001a22 <strnlen>
80000d74:	84aa                	mv	s1,a0
80000d76:	bf7d                	j	80000d34 <__d_vfprintf+0x8b8>
80000d78:	4582                	lw	a1,0(sp)
80000d7a:	02000513          	li	a0,32
80000d7e:	9a02                	jalr	s4
80000d80:	f2054d63          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000d84:	197d                	add	s2,s2,-1
80000d86:	ff24e9e3          	bltu	s1,s2,80000d78 <__d_vfprintf+0x8fc>
80000d8a:	945a                	add	s0,s0,s6
80000d8c:	41240433          	sub	s0,s0,s2
80000d90:	8b4a                	mv	s6,s2
80000d92:	b76d                	j	80000d3c <__d_vfprintf+0x8c0>
80000d94:	895a                	mv	s2,s6
80000d96:	bfc5                	j	80000d86 <__d_vfprintf+0x90a>
80000d98:	012987b3          	add	a5,s3,s2
80000d9c:	4582                	lw	a1,0(sp)
80000d9e:	0007c503          	lbu	a0,0(a5)
80000da2:	0905                	add	s2,s2,1
80000da4:	9a02                	jalr	s4
80000da6:	f8055ce3          	bgez	a0,80000d3e <__d_vfprintf+0x8c2>
80000daa:	f10ff06f          	j	800004ba <__d_vfprintf+0x3e>
80000dae:	080df713          	and	a4,s11,128
80000db2:	5792                	lw	a5,36(sp)
80000db4:	cf49                	beqz	a4,80000e4e <__d_vfprintf+0x9d2>
80000db6:	200df713          	and	a4,s11,512
80000dba:	c359                	beqz	a4,80000e40 <__d_vfprintf+0x9c4>
80000dbc:	079d                	add	a5,a5,7
80000dbe:	9be1                	and	a5,a5,-8
80000dc0:	4388                	lw	a0,0(a5)
80000dc2:	43cc                	lw	a1,4(a5)
80000dc4:	00878713          	add	a4,a5,8
80000dc8:	d23a                	sw	a4,36(sp)
80000dca:	fefdf993          	and	s3,s11,-17
80000dce:	09c2                	sll	s3,s3,0x10
80000dd0:	0109d993          	srl	s3,s3,0x10
80000dd4:	0805dd63          	bgez	a1,80000e6e <__d_vfprintf+0x9f2>
80000dd8:	00a037b3          	snez	a5,a0
80000ddc:	40b005b3          	neg	a1,a1
80000de0:	8d9d                	sub	a1,a1,a5
80000de2:	40a00533          	neg	a0,a0
80000de6:	4009e993          	or	s3,s3,1024
80000dea:	02810a93          	add	s5,sp,40
80000dee:	46a9                	li	a3,10
80000df0:	8656                	mv	a2,s5
80000df2:	c8eff0ef          	jal	80000280 <__ultoa_invert>
80000df6:	0409f793          	and	a5,s3,64
80000dfa:	41550ab3          	sub	s5,a0,s5
80000dfe:	c7f5                	beqz	a5,80000eea <__d_vfprintf+0xa6e>
80000e00:	ffe9f793          	and	a5,s3,-2
80000e04:	07c2                	sll	a5,a5,0x10
80000e06:	83c1                	srl	a5,a5,0x10
80000e08:	19aad563          	bge	s5,s10,80000f92 <__d_vfprintf+0xb16>
80000e0c:	16090c63          	beqz	s2,80000f84 <__d_vfprintf+0xb08>
80000e10:	0109fc13          	and	s8,s3,16
80000e14:	84ea                	mv	s1,s10
80000e16:	89be                	mv	s3,a5
80000e18:	060c0a63          	beqz	s8,80000e8c <__d_vfprintf+0xa10>
80000e1c:	0489                	add	s1,s1,2
80000e1e:	0089f793          	and	a5,s3,8
80000e22:	18079a63          	bnez	a5,80000fb6 <__d_vfprintf+0xb3a>
80000e26:	0019f793          	and	a5,s3,1
80000e2a:	cb89                	beqz	a5,80000e3c <__d_vfprintf+0x9c0>
80000e2c:	8d56                	mv	s10,s5
80000e2e:	0164d763          	bge	s1,s6,80000e3c <__d_vfprintf+0x9c0>
80000e32:	409b04b3          	sub	s1,s6,s1
80000e36:	01548d33          	add	s10,s1,s5
80000e3a:	84da                	mv	s1,s6
80000e3c:	8ba6                	mv	s7,s1
80000e3e:	a2ad                	j	80000fa8 <__d_vfprintf+0xb2c>
80000e40:	4388                	lw	a0,0(a5)
80000e42:	00478713          	add	a4,a5,4
80000e46:	d23a                	sw	a4,36(sp)
80000e48:	41f55593          	sra	a1,a0,0x1f
80000e4c:	bfbd                	j	80000dca <__d_vfprintf+0x94e>
80000e4e:	00478713          	add	a4,a5,4
80000e52:	4388                	lw	a0,0(a5)
80000e54:	d23a                	sw	a4,36(sp)
80000e56:	100df793          	and	a5,s11,256
80000e5a:	d7fd                	beqz	a5,80000e48 <__d_vfprintf+0x9cc>
80000e5c:	200df793          	and	a5,s11,512
80000e60:	c781                	beqz	a5,80000e68 <__d_vfprintf+0x9ec>
80000e62:	0562                	sll	a0,a0,0x18
80000e64:	8561                	sra	a0,a0,0x18
80000e66:	b7cd                	j	80000e48 <__d_vfprintf+0x9cc>
80000e68:	0542                	sll	a0,a0,0x10
80000e6a:	8541                	sra	a0,a0,0x10
80000e6c:	bff1                	j	80000e48 <__d_vfprintf+0x9cc>
80000e6e:	00b567b3          	or	a5,a0,a1
80000e72:	ffa5                	bnez	a5,80000dea <__d_vfprintf+0x96e>
80000e74:	040df793          	and	a5,s11,64
80000e78:	dbad                	beqz	a5,80000dea <__d_vfprintf+0x96e>
80000e7a:	f60d18e3          	bnez	s10,80000dea <__d_vfprintf+0x96e>
80000e7e:	feedf993          	and	s3,s11,-18
80000e82:	09c2                	sll	s3,s3,0x10
80000e84:	0109d993          	srl	s3,s3,0x10
80000e88:	4a81                	li	s5,0
80000e8a:	4481                	li	s1,0
80000e8c:	4069fc13          	and	s8,s3,1030
80000e90:	f80c07e3          	beqz	s8,80000e1e <__d_vfprintf+0x9a2>
80000e94:	0485                	add	s1,s1,1
80000e96:	4c01                	li	s8,0
80000e98:	b759                	j	80000e1e <__d_vfprintf+0x9a2>
80000e9a:	fefdf813          	and	a6,s11,-17
80000e9e:	01081d93          	sll	s11,a6,0x10
80000ea2:	010ddd93          	srl	s11,s11,0x10
80000ea6:	46a9                	li	a3,10
80000ea8:	080df713          	and	a4,s11,128
80000eac:	5792                	lw	a5,36(sp)
80000eae:	c355                	beqz	a4,80000f52 <__d_vfprintf+0xad6>
80000eb0:	200df713          	and	a4,s11,512
80000eb4:	cb49                	beqz	a4,80000f46 <__d_vfprintf+0xaca>
80000eb6:	079d                	add	a5,a5,7
80000eb8:	9be1                	and	a5,a5,-8
80000eba:	4388                	lw	a0,0(a5)
80000ebc:	43cc                	lw	a1,4(a5)
80000ebe:	00878713          	add	a4,a5,8
80000ec2:	d23a                	sw	a4,36(sp)
80000ec4:	00b567b3          	or	a5,a0,a1
80000ec8:	e7cd                	bnez	a5,80000f72 <__d_vfprintf+0xaf6>
80000eca:	fe9df993          	and	s3,s11,-23
80000ece:	09c2                	sll	s3,s3,0x10
80000ed0:	040df793          	and	a5,s11,64
80000ed4:	0109d993          	srl	s3,s3,0x10
80000ed8:	c3dd                	beqz	a5,80000f7e <__d_vfprintf+0xb02>
80000eda:	0a0d1263          	bnez	s10,80000f7e <__d_vfprintf+0xb02>
80000ede:	fe8df993          	and	s3,s11,-24
80000ee2:	09c2                	sll	s3,s3,0x10
80000ee4:	0109d993          	srl	s3,s3,0x10
80000ee8:	4a81                	li	s5,0
80000eea:	0109fc13          	and	s8,s3,16
80000eee:	0a0c0463          	beqz	s8,80000f96 <__d_vfprintf+0xb1a>
80000ef2:	001a8493          	add	s1,s5,1
80000ef6:	f20904e3          	beqz	s2,80000e1e <__d_vfprintf+0x9a2>
80000efa:	84d6                	mv	s1,s5
80000efc:	b705                	j	80000e1c <__d_vfprintf+0x9a0>
80000efe:	010ded93          	or	s11,s11,16
80000f02:	46c1                	li	a3,16
80000f04:	07800913          	li	s2,120
80000f08:	b745                	j	80000ea8 <__d_vfprintf+0xa2c>
80000f0a:	07800793          	li	a5,120
80000f0e:	00fc9a63          	bne	s9,a5,80000f22 <__d_vfprintf+0xaa6>
80000f12:	05800793          	li	a5,88
80000f16:	46c1                	li	a3,16
80000f18:	f8f918e3          	bne	s2,a5,80000ea8 <__d_vfprintf+0xa2c>
80000f1c:	21000693          	li	a3,528
80000f20:	b761                	j	80000ea8 <__d_vfprintf+0xa2c>
80000f22:	4582                	lw	a1,0(sp)
80000f24:	02500513          	li	a0,37
80000f28:	9a02                	jalr	s4
80000f2a:	d8054863          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000f2e:	4582                	lw	a1,0(sp)
80000f30:	854a                	mv	a0,s2
80000f32:	9a02                	jalr	s4
80000f34:	d8054363          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000f38:	0409                	add	s0,s0,2
80000f3a:	4792                	lw	a5,4(sp)
80000f3c:	d5eff06f          	j	8000049a <__d_vfprintf+0x1e>
80000f40:	46a1                	li	a3,8
80000f42:	4901                	li	s2,0
80000f44:	b795                	j	80000ea8 <__d_vfprintf+0xa2c>
80000f46:	4388                	lw	a0,0(a5)
80000f48:	00478713          	add	a4,a5,4
80000f4c:	d23a                	sw	a4,36(sp)
80000f4e:	4581                	li	a1,0
80000f50:	bf95                	j	80000ec4 <__d_vfprintf+0xa48>
80000f52:	00478713          	add	a4,a5,4
80000f56:	4388                	lw	a0,0(a5)
80000f58:	d23a                	sw	a4,36(sp)
80000f5a:	100df793          	and	a5,s11,256
80000f5e:	dbe5                	beqz	a5,80000f4e <__d_vfprintf+0xad2>
80000f60:	200df793          	and	a5,s11,512
80000f64:	c781                	beqz	a5,80000f6c <__d_vfprintf+0xaf0>
80000f66:	0ff57513          	zext.b	a0,a0
80000f6a:	b7d5                	j	80000f4e <__d_vfprintf+0xad2>
80000f6c:	0542                	sll	a0,a0,0x10
80000f6e:	8141                	srl	a0,a0,0x10
80000f70:	bff9                	j	80000f4e <__d_vfprintf+0xad2>
80000f72:	ff9df813          	and	a6,s11,-7
80000f76:	01081993          	sll	s3,a6,0x10
80000f7a:	0109d993          	srl	s3,s3,0x10
80000f7e:	02810a93          	add	s5,sp,40
80000f82:	b5bd                	j	80000df0 <__d_vfprintf+0x974>
80000f84:	fee9f993          	and	s3,s3,-18
80000f88:	09c2                	sll	s3,s3,0x10
80000f8a:	0109d993          	srl	s3,s3,0x10
80000f8e:	84ea                	mv	s1,s10
80000f90:	bdf5                	j	80000e8c <__d_vfprintf+0xa10>
80000f92:	89be                	mv	s3,a5
80000f94:	bf99                	j	80000eea <__d_vfprintf+0xa6e>
80000f96:	84d6                	mv	s1,s5
80000f98:	bdd5                	j	80000e8c <__d_vfprintf+0xa10>
80000f9a:	4582                	lw	a1,0(sp)
80000f9c:	02000513          	li	a0,32
80000fa0:	9a02                	jalr	s4
80000fa2:	d0054c63          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000fa6:	0b85                	add	s7,s7,1
80000fa8:	ff6bc9e3          	blt	s7,s6,80000f9a <__d_vfprintf+0xb1e>
80000fac:	409404b3          	sub	s1,s0,s1
80000fb0:	01748433          	add	s0,s1,s7
80000fb4:	84de                	mv	s1,s7
80000fb6:	020c0363          	beqz	s8,80000fdc <__d_vfprintf+0xb60>
80000fba:	4582                	lw	a1,0(sp)
80000fbc:	03000513          	li	a0,48
80000fc0:	9a02                	jalr	s4
80000fc2:	ce054c63          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000fc6:	04090d63          	beqz	s2,80001020 <__d_vfprintf+0xba4>
80000fca:	4582                	lw	a1,0(sp)
80000fcc:	0409                	add	s0,s0,2
80000fce:	854a                	mv	a0,s2
80000fd0:	9a02                	jalr	s4
80000fd2:	ce054463          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80000fd6:	8c22                	mv	s8,s0
80000fd8:	9d22                	add	s10,s10,s0
80000fda:	a81d                	j	80001010 <__d_vfprintf+0xb94>
80000fdc:	4069f793          	and	a5,s3,1030
80000fe0:	dbfd                	beqz	a5,80000fd6 <__d_vfprintf+0xb5a>
80000fe2:	0029f793          	and	a5,s3,2
80000fe6:	02000513          	li	a0,32
80000fea:	c399                	beqz	a5,80000ff0 <__d_vfprintf+0xb74>
80000fec:	02b00513          	li	a0,43
80000ff0:	4009f993          	and	s3,s3,1024
80000ff4:	00098463          	beqz	s3,80000ffc <__d_vfprintf+0xb80>
80000ff8:	02d00513          	li	a0,45
80000ffc:	4582                	lw	a1,0(sp)
80000ffe:	0405                	add	s0,s0,1
80001000:	bfc1                	j	80000fd0 <__d_vfprintf+0xb54>
80001002:	4582                	lw	a1,0(sp)
80001004:	03000513          	li	a0,48
80001008:	0c05                	add	s8,s8,1
8000100a:	9a02                	jalr	s4
8000100c:	ca054763          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80001010:	418d07b3          	sub	a5,s10,s8
80001014:	fefac7e3          	blt	s5,a5,80001002 <__d_vfprintf+0xb86>
80001018:	8456                	mv	s0,s5
8000101a:	e409                	bnez	s0,80001024 <__d_vfprintf+0xba8>
8000101c:	9c56                	add	s8,s8,s5
8000101e:	b325                	j	80000d46 <__d_vfprintf+0x8ca>
80001020:	0405                	add	s0,s0,1
80001022:	bf55                	j	80000fd6 <__d_vfprintf+0xb5a>
80001024:	147d                	add	s0,s0,-1
80001026:	103c                	add	a5,sp,40
80001028:	97a2                	add	a5,a5,s0
8000102a:	4582                	lw	a1,0(sp)
8000102c:	0007c503          	lbu	a0,0(a5)
80001030:	9a02                	jalr	s4
80001032:	fe0554e3          	bgez	a0,8000101a <__d_vfprintf+0xb9e>
80001036:	c84ff06f          	j	800004ba <__d_vfprintf+0x3e>
8000103a:	4582                	lw	a1,0(sp)
8000103c:	02000513          	li	a0,32
80001040:	0405                	add	s0,s0,1
80001042:	9a02                	jalr	s4
80001044:	c6054b63          	bltz	a0,800004ba <__d_vfprintf+0x3e>
80001048:	408487b3          	sub	a5,s1,s0
8000104c:	fef047e3          	bgtz	a5,8000103a <__d_vfprintf+0xbbe>
80001050:	b5ed                	j	80000f3a <__d_vfprintf+0xabe>

80001052 <mulShiftAll64>:
80001052:	0f0012ef          	jal	t0,80002142 <__riscv_save_10>
80001056:	84b2                	mv	s1,a2
80001058:	00159913          	sll	s2,a1,0x1
8000105c:	4210                	lw	a2,0(a2)
8000105e:	8ab6                	mv	s5,a3
80001060:	89be                	mv	s3,a5
80001062:	40d4                	lw	a3,4(s1)
80001064:	01f55793          	srl	a5,a0,0x1f
80001068:	1141                	add	sp,sp,-16
8000106a:	0127e933          	or	s2,a5,s2
8000106e:	00151413          	sll	s0,a0,0x1
80001072:	8522                	mv	a0,s0
80001074:	85ca                	mv	a1,s2
80001076:	8bba                	mv	s7,a4
80001078:	870a                	mv	a4,sp
8000107a:	8b42                	mv	s6,a6
8000107c:	0f5000ef          	jal	80001970 <__umul128>
80001080:	44d4                	lw	a3,12(s1)
80001082:	4490                	lw	a2,8(s1)
80001084:	0038                	add	a4,sp,8
80001086:	8caa                	mv	s9,a0
80001088:	8c2e                	mv	s8,a1
8000108a:	8522                	mv	a0,s0
8000108c:	85ca                	mv	a1,s2
8000108e:	0e3000ef          	jal	80001970 <__umul128>
80001092:	4682                	lw	a3,0(sp)
80001094:	4712                	lw	a4,4(sp)
80001096:	4785                	li	a5,1
80001098:	00d50933          	add	s2,a0,a3
8000109c:	00a93533          	sltu	a0,s2,a0
800010a0:	95ba                	add	a1,a1,a4
800010a2:	00b50433          	add	s0,a0,a1
800010a6:	00e46763          	bltu	s0,a4,800010b4 <mulShiftAll64+0x62>
800010aa:	00871463          	bne	a4,s0,800010b2 <mulShiftAll64+0x60>
800010ae:	00d96363          	bltu	s2,a3,800010b4 <mulShiftAll64+0x62>
800010b2:	4781                	li	a5,0
800010b4:	4622                	lw	a2,8(sp)
800010b6:	4732                	lw	a4,12(sp)
800010b8:	963e                	add	a2,a2,a5
800010ba:	00f637b3          	sltu	a5,a2,a5
800010be:	00e786b3          	add	a3,a5,a4
800010c2:	4098                	lw	a4,0(s1)
800010c4:	40dc                	lw	a5,4(s1)
800010c6:	c432                	sw	a2,8(sp)
800010c8:	9766                	add	a4,a4,s9
800010ca:	97e2                	add	a5,a5,s8
800010cc:	019735b3          	sltu	a1,a4,s9
800010d0:	95be                	add	a1,a1,a5
800010d2:	c636                	sw	a3,12(sp)
800010d4:	4785                	li	a5,1
800010d6:	0185e763          	bltu	a1,s8,800010e4 <mulShiftAll64+0x92>
800010da:	00bc1463          	bne	s8,a1,800010e2 <mulShiftAll64+0x90>
800010de:	01976363          	bltu	a4,s9,800010e4 <mulShiftAll64+0x92>
800010e2:	4781                	li	a5,0
800010e4:	4498                	lw	a4,8(s1)
800010e6:	44c8                	lw	a0,12(s1)
800010e8:	fbfa8a13          	add	s4,s5,-65
800010ec:	974a                	add	a4,a4,s2
800010ee:	9522                	add	a0,a0,s0
800010f0:	012735b3          	sltu	a1,a4,s2
800010f4:	95aa                	add	a1,a1,a0
800010f6:	00e78533          	add	a0,a5,a4
800010fa:	00f537b3          	sltu	a5,a0,a5
800010fe:	95be                	add	a1,a1,a5
80001100:	4785                	li	a5,1
80001102:	0085e763          	bltu	a1,s0,80001110 <mulShiftAll64+0xbe>
80001106:	00b41463          	bne	s0,a1,8000110e <mulShiftAll64+0xbc>
8000110a:	01256363          	bltu	a0,s2,80001110 <mulShiftAll64+0xbe>
8000110e:	4781                	li	a5,0
80001110:	963e                	add	a2,a2,a5
80001112:	00f637b3          	sltu	a5,a2,a5
80001116:	8752                	mv	a4,s4
80001118:	96be                	add	a3,a3,a5
8000111a:	0a3000ef          	jal	800019bc <__shiftright128>
8000111e:	00aba023          	sw	a0,0(s7)
80001122:	00bba223          	sw	a1,4(s7)
80001126:	4785                	li	a5,1
80001128:	48a2                	lw	a7,8(sp)
8000112a:	4832                	lw	a6,12(sp)
8000112c:	40cc                	lw	a1,4(s1)
8000112e:	4488                	lw	a0,8(s1)
80001130:	44d8                	lw	a4,12(s1)
80001132:	06fb1763          	bne	s6,a5,800011a0 <mulShiftAll64+0x14e>
80001136:	40a906b3          	sub	a3,s2,a0
8000113a:	00d93633          	sltu	a2,s2,a3
8000113e:	40e407b3          	sub	a5,s0,a4
80001142:	8f91                	sub	a5,a5,a2
80001144:	4505                	li	a0,1
80001146:	00bc6863          	bltu	s8,a1,80001156 <mulShiftAll64+0x104>
8000114a:	01859563          	bne	a1,s8,80001154 <mulShiftAll64+0x102>
8000114e:	4098                	lw	a4,0(s1)
80001150:	00ece363          	bltu	s9,a4,80001156 <mulShiftAll64+0x104>
80001154:	4501                	li	a0,0
80001156:	40a68533          	sub	a0,a3,a0
8000115a:	00a6b6b3          	sltu	a3,a3,a0
8000115e:	40d785b3          	sub	a1,a5,a3
80001162:	4605                	li	a2,1
80001164:	00b46763          	bltu	s0,a1,80001172 <mulShiftAll64+0x120>
80001168:	00859463          	bne	a1,s0,80001170 <mulShiftAll64+0x11e>
8000116c:	00a96363          	bltu	s2,a0,80001172 <mulShiftAll64+0x120>
80001170:	4601                	li	a2,0
80001172:	40c88633          	sub	a2,a7,a2
80001176:	00c8b6b3          	sltu	a3,a7,a2
8000117a:	8752                	mv	a4,s4
8000117c:	40d806b3          	sub	a3,a6,a3
80001180:	03d000ef          	jal	800019bc <__shiftright128>
80001184:	4622                	lw	a2,8(sp)
80001186:	46b2                	lw	a3,12(sp)
80001188:	00a9a023          	sw	a0,0(s3)
8000118c:	00b9a223          	sw	a1,4(s3)
80001190:	8752                	mv	a4,s4
80001192:	854a                	mv	a0,s2
80001194:	85a2                	mv	a1,s0
80001196:	027000ef          	jal	800019bc <__shiftright128>
8000119a:	0141                	add	sp,sp,16
8000119c:	7df0006f          	j	8000217a <__riscv_restore_10>
800011a0:	01fcd793          	srl	a5,s9,0x1f
800011a4:	001c1613          	sll	a2,s8,0x1
800011a8:	8e5d                	or	a2,a2,a5
800011aa:	01f95693          	srl	a3,s2,0x1f
800011ae:	00141793          	sll	a5,s0,0x1
800011b2:	001c9e93          	sll	t4,s9,0x1
800011b6:	8fd5                	or	a5,a5,a3
800011b8:	00191313          	sll	t1,s2,0x1
800011bc:	4e05                	li	t3,1
800011be:	01866763          	bltu	a2,s8,800011cc <mulShiftAll64+0x17a>
800011c2:	00cc1463          	bne	s8,a2,800011ca <mulShiftAll64+0x178>
800011c6:	019ee363          	bltu	t4,s9,800011cc <mulShiftAll64+0x17a>
800011ca:	4e01                	li	t3,0
800011cc:	9e1a                	add	t3,t3,t1
800011ce:	006e3333          	sltu	t1,t3,t1
800011d2:	933e                	add	t1,t1,a5
800011d4:	4785                	li	a5,1
800011d6:	00b66863          	bltu	a2,a1,800011e6 <mulShiftAll64+0x194>
800011da:	00c59563          	bne	a1,a2,800011e4 <mulShiftAll64+0x192>
800011de:	4094                	lw	a3,0(s1)
800011e0:	00dee363          	bltu	t4,a3,800011e6 <mulShiftAll64+0x194>
800011e4:	4781                	li	a5,0
800011e6:	40fe07b3          	sub	a5,t3,a5
800011ea:	00fe35b3          	sltu	a1,t3,a5
800011ee:	40b305b3          	sub	a1,t1,a1
800011f2:	40a78533          	sub	a0,a5,a0
800011f6:	00a7b7b3          	sltu	a5,a5,a0
800011fa:	8d99                	sub	a1,a1,a4
800011fc:	01f8d693          	srl	a3,a7,0x1f
80001200:	8d9d                	sub	a1,a1,a5
80001202:	00181793          	sll	a5,a6,0x1
80001206:	8fd5                	or	a5,a5,a3
80001208:	fc0a8713          	add	a4,s5,-64
8000120c:	0886                	sll	a7,a7,0x1
8000120e:	4685                	li	a3,1
80001210:	00836763          	bltu	t1,s0,8000121e <mulShiftAll64+0x1cc>
80001214:	00641463          	bne	s0,t1,8000121c <mulShiftAll64+0x1ca>
80001218:	012e6363          	bltu	t3,s2,8000121e <mulShiftAll64+0x1cc>
8000121c:	4681                	li	a3,0
8000121e:	96c6                	add	a3,a3,a7
80001220:	0116b8b3          	sltu	a7,a3,a7
80001224:	98be                	add	a7,a7,a5
80001226:	4605                	li	a2,1
80001228:	00b36763          	bltu	t1,a1,80001236 <mulShiftAll64+0x1e4>
8000122c:	00659463          	bne	a1,t1,80001234 <mulShiftAll64+0x1e2>
80001230:	00ae6363          	bltu	t3,a0,80001236 <mulShiftAll64+0x1e4>
80001234:	4601                	li	a2,0
80001236:	40c68633          	sub	a2,a3,a2
8000123a:	00c6b6b3          	sltu	a3,a3,a2
8000123e:	40d886b3          	sub	a3,a7,a3
80001242:	bf3d                	j	80001180 <mulShiftAll64+0x12e>

80001244 <div10>:
80001244:	727002ef          	jal	t0,8000216a <__riscv_save_0>
80001248:	800027b7          	lui	a5,0x80002
8000124c:	6f07a603          	lw	a2,1776(a5) # 800026f0 <stdout+0x4>
80001250:	6f47a683          	lw	a3,1780(a5)
80001254:	1141                	add	sp,sp,-16
80001256:	0038                	add	a4,sp,8
80001258:	718000ef          	jal	80001970 <__umul128>
8000125c:	45b2                	lw	a1,12(sp)
8000125e:	47a2                	lw	a5,8(sp)
80001260:	01d59513          	sll	a0,a1,0x1d
80001264:	838d                	srl	a5,a5,0x3
80001266:	8d5d                	or	a0,a0,a5
80001268:	818d                	srl	a1,a1,0x3
8000126a:	0141                	add	sp,sp,16
8000126c:	7230006f          	j	8000218e <__riscv_restore_0>

80001270 <__dtoa_engine>:
80001270:	6cb002ef          	jal	t0,8000213a <__riscv_save_12>
80001274:	715d                	add	sp,sp,-80
80001276:	8bb6                	mv	s7,a3
80001278:	001006b7          	lui	a3,0x100
8000127c:	c43a                	sw	a4,8(sp)
8000127e:	c63e                	sw	a5,12(sp)
80001280:	01f5d713          	srl	a4,a1,0x1f
80001284:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
80001288:	0145d793          	srl	a5,a1,0x14
8000128c:	00bdfdb3          	and	s11,s11,a1
80001290:	c03a                	sw	a4,0(sp)
80001292:	7ff7f413          	and	s0,a5,2047
80001296:	84aa                	mv	s1,a0
80001298:	8ab2                	mv	s5,a2
8000129a:	00ade733          	or	a4,s11,a0
8000129e:	e405                	bnez	s0,800012c6 <__dtoa_engine+0x56>
800012a0:	e331                	bnez	a4,800012e4 <__dtoa_engine+0x74>
800012a2:	03000793          	li	a5,48
800012a6:	00f602a3          	sb	a5,5(a2)
800012aa:	4782                	lw	a5,0(sp)
800012ac:	00060323          	sb	zero,6(a2)
800012b0:	00062023          	sw	zero,0(a2)
800012b4:	0027e993          	or	s3,a5,2
800012b8:	01360223          	sb	s3,4(a2)
800012bc:	4405                	li	s0,1
800012be:	8522                	mv	a0,s0
800012c0:	6161                	add	sp,sp,80
800012c2:	6b50006f          	j	80002176 <__riscv_restore_12>
800012c6:	7ff00613          	li	a2,2047
800012ca:	0ac41163          	bne	s0,a2,8000136c <__dtoa_engine+0xfc>
800012ce:	4782                	lw	a5,0(sp)
800012d0:	0047e793          	or	a5,a5,4
800012d4:	c701                	beqz	a4,800012dc <__dtoa_engine+0x6c>
800012d6:	4782                	lw	a5,0(sp)
800012d8:	0087e793          	or	a5,a5,8
800012dc:	00fa8223          	sb	a5,4(s5)
800012e0:	4401                	li	s0,0
800012e2:	bff1                	j	800012be <__dtoa_engine+0x4e>
800012e4:	00157793          	and	a5,a0,1
800012e8:	c23e                	sw	a5,4(sp)
800012ea:	002d9993          	sll	s3,s11,0x2
800012ee:	01e55793          	srl	a5,a0,0x1e
800012f2:	0137e9b3          	or	s3,a5,s3
800012f6:	00251c13          	sll	s8,a0,0x2
800012fa:	892a                	mv	s2,a0
800012fc:	bcc00413          	li	s0,-1076
80001300:	4805                	li	a6,1
80001302:	4d05                	li	s10,1
80001304:	408004b3          	neg	s1,s0
80001308:	8526                	mv	a0,s1
8000130a:	ca42                	sw	a6,20(sp)
8000130c:	2589                	jal	8000194e <__log10Pow5>
8000130e:	fff42793          	slti	a5,s0,-1
80001312:	40f50b33          	sub	s6,a0,a5
80001316:	416484b3          	sub	s1,s1,s6
8000131a:	8526                	mv	a0,s1
8000131c:	2589                	jal	8000195e <__pow5bits>
8000131e:	f8350693          	add	a3,a0,-125
80001322:	40db06b3          	sub	a3,s6,a3
80001326:	8526                	mv	a0,s1
80001328:	008c                	add	a1,sp,64
8000132a:	c836                	sw	a3,16(sp)
8000132c:	2929                	jal	80001746 <__double_computePow5>
8000132e:	4852                	lw	a6,20(sp)
80001330:	46c2                	lw	a3,16(sp)
80001332:	181c                	add	a5,sp,48
80001334:	1038                	add	a4,sp,40
80001336:	0090                	add	a2,sp,64
80001338:	854a                	mv	a0,s2
8000133a:	85ee                	mv	a1,s11
8000133c:	3b19                	jal	80001052 <mulShiftAll64>
8000133e:	4785                	li	a5,1
80001340:	008b0a33          	add	s4,s6,s0
80001344:	84ae                	mv	s1,a1
80001346:	842a                	mv	s0,a0
80001348:	1367e663          	bltu	a5,s6,80001474 <__dtoa_engine+0x204>
8000134c:	4792                	lw	a5,4(sp)
8000134e:	4985                	li	s3,1
80001350:	0e078963          	beqz	a5,80001442 <__dtoa_engine+0x1d2>
80001354:	57a2                	lw	a5,40(sp)
80001356:	5732                	lw	a4,44(sp)
80001358:	4985                	li	s3,1
8000135a:	fff78693          	add	a3,a5,-1
8000135e:	0017b793          	seqz	a5,a5
80001362:	40f707b3          	sub	a5,a4,a5
80001366:	d436                	sw	a3,40(sp)
80001368:	d63e                	sw	a5,44(sp)
8000136a:	a07d                	j	80001418 <__dtoa_engine+0x1a8>
8000136c:	01b6edb3          	or	s11,a3,s11
80001370:	00157693          	and	a3,a0,1
80001374:	c236                	sw	a3,4(sp)
80001376:	002d9993          	sll	s3,s11,0x2
8000137a:	01e55693          	srl	a3,a0,0x1e
8000137e:	bcb40413          	add	s0,s0,-1077
80001382:	892a                	mv	s2,a0
80001384:	0136e9b3          	or	s3,a3,s3
80001388:	00251c13          	sll	s8,a0,0x2
8000138c:	4d05                	li	s10,1
8000138e:	e709                	bnez	a4,80001398 <__dtoa_engine+0x128>
80001390:	7fe7f793          	and	a5,a5,2046
80001394:	0017bd13          	seqz	s10,a5
80001398:	886a                	mv	a6,s10
8000139a:	f60445e3          	bltz	s0,80001304 <__dtoa_engine+0x94>
8000139e:	8522                	mv	a0,s0
800013a0:	2345                	jal	80001940 <__log10Pow2>
800013a2:	00442793          	slti	a5,s0,4
800013a6:	0017c793          	xor	a5,a5,1
800013aa:	40f50a33          	sub	s4,a0,a5
800013ae:	8552                	mv	a0,s4
800013b0:	237d                	jal	8000195e <__pow5bits>
800013b2:	07c50693          	add	a3,a0,124
800013b6:	408a0433          	sub	s0,s4,s0
800013ba:	96a2                	add	a3,a3,s0
800013bc:	008c                	add	a1,sp,64
800013be:	8552                	mv	a0,s4
800013c0:	c836                	sw	a3,16(sp)
800013c2:	2141                	jal	80001842 <__double_computeInvPow5>
800013c4:	46c2                	lw	a3,16(sp)
800013c6:	181c                	add	a5,sp,48
800013c8:	8526                	mv	a0,s1
800013ca:	886a                	mv	a6,s10
800013cc:	1038                	add	a4,sp,40
800013ce:	0090                	add	a2,sp,64
800013d0:	85ee                	mv	a1,s11
800013d2:	3141                	jal	80001052 <mulShiftAll64>
800013d4:	47d5                	li	a5,21
800013d6:	842a                	mv	s0,a0
800013d8:	84ae                	mv	s1,a1
800013da:	0947eb63          	bltu	a5,s4,80001470 <__dtoa_engine+0x200>
800013de:	800027b7          	lui	a5,0x80002
800013e2:	6f47a683          	lw	a3,1780(a5) # 800026f4 <stdout+0x8>
800013e6:	6f07a603          	lw	a2,1776(a5)
800013ea:	1838                	add	a4,sp,56
800013ec:	8562                	mv	a0,s8
800013ee:	85ce                	mv	a1,s3
800013f0:	2341                	jal	80001970 <__umul128>
800013f2:	57e2                	lw	a5,56(sp)
800013f4:	56f2                	lw	a3,60(sp)
800013f6:	5da2                	lw	s11,40(sp)
800013f8:	8389                	srl	a5,a5,0x2
800013fa:	06fa                	sll	a3,a3,0x1e
800013fc:	8fd5                	or	a5,a5,a3
800013fe:	4695                	li	a3,5
80001400:	02f687b3          	mul	a5,a3,a5
80001404:	5932                	lw	s2,44(sp)
80001406:	01879b63          	bne	a5,s8,8000141c <__dtoa_engine+0x1ac>
8000140a:	85ce                	mv	a1,s3
8000140c:	8562                	mv	a0,s8
8000140e:	2ced                	jal	80001708 <__pow5Factor>
80001410:	01453733          	sltu	a4,a0,s4
80001414:	00174993          	xor	s3,a4,1
80001418:	4d01                	li	s10,0
8000141a:	a025                	j	80001442 <__dtoa_engine+0x1d2>
8000141c:	4792                	lw	a5,4(sp)
8000141e:	e79d                	bnez	a5,8000144c <__dtoa_engine+0x1dc>
80001420:	fffc0793          	add	a5,s8,-1
80001424:	41a78533          	sub	a0,a5,s10
80001428:	001c3593          	seqz	a1,s8
8000142c:	00a7b7b3          	sltu	a5,a5,a0
80001430:	40b985b3          	sub	a1,s3,a1
80001434:	8d9d                	sub	a1,a1,a5
80001436:	2cc9                	jal	80001708 <__pow5Factor>
80001438:	01453933          	sltu	s2,a0,s4
8000143c:	00194d13          	xor	s10,s2,1
80001440:	4981                	li	s3,0
80001442:	47a2                	lw	a5,8(sp)
80001444:	0e079f63          	bnez	a5,80001542 <__dtoa_engine+0x2d2>
80001448:	8b5e                	mv	s6,s7
8000144a:	a049                	j	800014cc <__dtoa_engine+0x25c>
8000144c:	002c0513          	add	a0,s8,2
80001450:	018535b3          	sltu	a1,a0,s8
80001454:	95ce                	add	a1,a1,s3
80001456:	2c4d                	jal	80001708 <__pow5Factor>
80001458:	01453533          	sltu	a0,a0,s4
8000145c:	00154513          	xor	a0,a0,1
80001460:	40ad8533          	sub	a0,s11,a0
80001464:	00adbdb3          	sltu	s11,s11,a0
80001468:	41b90733          	sub	a4,s2,s11
8000146c:	d42a                	sw	a0,40(sp)
8000146e:	d63a                	sw	a4,44(sp)
80001470:	4981                	li	s3,0
80001472:	b75d                	j	80001418 <__dtoa_engine+0x1a8>
80001474:	03e00793          	li	a5,62
80001478:	ff67ece3          	bltu	a5,s6,80001470 <__dtoa_engine+0x200>
8000147c:	865a                	mv	a2,s6
8000147e:	557d                	li	a0,-1
80001480:	55fd                	li	a1,-1
80001482:	23c5                	jal	80001a62 <__ashldi3>
80001484:	fff54513          	not	a0,a0
80001488:	fff5c593          	not	a1,a1
8000148c:	0135f5b3          	and	a1,a1,s3
80001490:	01857533          	and	a0,a0,s8
80001494:	00b56733          	or	a4,a0,a1
80001498:	00173993          	seqz	s3,a4
8000149c:	bfb5                	j	80001418 <__dtoa_engine+0x1a8>
8000149e:	02d50833          	mul	a6,a0,a3
800014a2:	0785                	add	a5,a5,1
800014a4:	02b536b3          	mulhu	a3,a0,a1
800014a8:	02b505b3          	mul	a1,a0,a1
800014ac:	96c2                	add	a3,a3,a6
800014ae:	00d4e663          	bltu	s1,a3,800014ba <__dtoa_engine+0x24a>
800014b2:	fe9696e3          	bne	a3,s1,8000149e <__dtoa_engine+0x22e>
800014b6:	feb474e3          	bgeu	s0,a1,8000149e <__dtoa_engine+0x22e>
800014ba:	4732                	lw	a4,12(sp)
800014bc:	97d2                	add	a5,a5,s4
800014be:	97ba                	add	a5,a5,a4
800014c0:	00f04363          	bgtz	a5,800014c6 <__dtoa_engine+0x256>
800014c4:	4785                	li	a5,1
800014c6:	8b3e                	mv	s6,a5
800014c8:	f8fbc0e3          	blt	s7,a5,80001448 <__dtoa_engine+0x1d8>
800014cc:	4c81                	li	s9,0
800014ce:	4901                	li	s2,0
800014d0:	4c01                	li	s8,0
800014d2:	5522                	lw	a0,40(sp)
800014d4:	55b2                	lw	a1,44(sp)
800014d6:	33bd                	jal	80001244 <div10>
800014d8:	57c2                	lw	a5,48(sp)
800014da:	8dae                	mv	s11,a1
800014dc:	55d2                	lw	a1,52(sp)
800014de:	c82a                	sw	a0,16(sp)
800014e0:	853e                	mv	a0,a5
800014e2:	ca3e                	sw	a5,20(sp)
800014e4:	3385                	jal	80001244 <div10>
800014e6:	832a                	mv	t1,a0
800014e8:	88ae                	mv	a7,a1
800014ea:	4ea9                	li	t4,10
800014ec:	01b5e763          	bltu	a1,s11,800014fa <__dtoa_engine+0x28a>
800014f0:	08bd9563          	bne	s11,a1,8000157a <__dtoa_engine+0x30a>
800014f4:	47c2                	lw	a5,16(sp)
800014f6:	08f57263          	bgeu	a0,a5,8000157a <__dtoa_engine+0x30a>
800014fa:	8522                	mv	a0,s0
800014fc:	85a6                	mv	a1,s1
800014fe:	ce46                	sw	a7,28(sp)
80001500:	cc1a                	sw	t1,24(sp)
80001502:	3389                	jal	80001244 <div10>
80001504:	4362                	lw	t1,24(sp)
80001506:	4ea9                	li	t4,10
80001508:	001cb693          	seqz	a3,s9
8000150c:	026e8833          	mul	a6,t4,t1
80001510:	00d9f9b3          	and	s3,s3,a3
80001514:	47d2                	lw	a5,20(sp)
80001516:	48f2                	lw	a7,28(sp)
80001518:	d66e                	sw	s11,44(sp)
8000151a:	d81a                	sw	t1,48(sp)
8000151c:	da46                	sw	a7,52(sp)
8000151e:	0905                	add	s2,s2,1
80001520:	84ae                	mv	s1,a1
80001522:	02ae86b3          	mul	a3,t4,a0
80001526:	40f80833          	sub	a6,a6,a5
8000152a:	47c2                	lw	a5,16(sp)
8000152c:	00183813          	seqz	a6,a6
80001530:	010d7d33          	and	s10,s10,a6
80001534:	d43e                	sw	a5,40(sp)
80001536:	40d406b3          	sub	a3,s0,a3
8000153a:	0ff6fc93          	zext.b	s9,a3
8000153e:	842a                	mv	s0,a0
80001540:	bf49                	j	800014d2 <__dtoa_engine+0x262>
80001542:	45a9                	li	a1,10
80001544:	4681                	li	a3,0
80001546:	4785                	li	a5,1
80001548:	4529                	li	a0,10
8000154a:	b795                	j	800014ae <__dtoa_engine+0x23e>
8000154c:	030e8f33          	mul	t5,t4,a6
80001550:	0505                	add	a0,a0,1
80001552:	02beb833          	mulhu	a6,t4,a1
80001556:	02be85b3          	mul	a1,t4,a1
8000155a:	987a                	add	a6,a6,t5
8000155c:	0104e663          	bltu	s1,a6,80001568 <__dtoa_engine+0x2f8>
80001560:	fe9816e3          	bne	a6,s1,8000154c <__dtoa_engine+0x2dc>
80001564:	feb474e3          	bgeu	s0,a1,8000154c <__dtoa_engine+0x2dc>
80001568:	00ab5d63          	bge	s6,a0,80001582 <__dtoa_engine+0x312>
8000156c:	000b1563          	bnez	s6,80001576 <__dtoa_engine+0x306>
80001570:	009465b3          	or	a1,s0,s1
80001574:	c599                	beqz	a1,80001582 <__dtoa_engine+0x312>
80001576:	4c05                	li	s8,1
80001578:	b749                	j	800014fa <__dtoa_engine+0x28a>
8000157a:	45a9                	li	a1,10
8000157c:	4801                	li	a6,0
8000157e:	4505                	li	a0,1
80001580:	bff1                	j	8000155c <__dtoa_engine+0x2ec>
80001582:	040d0e63          	beqz	s10,800015de <__dtoa_engine+0x36e>
80001586:	4da9                	li	s11,10
80001588:	5342                	lw	t1,48(sp)
8000158a:	55d2                	lw	a1,52(sp)
8000158c:	851a                	mv	a0,t1
8000158e:	c81a                	sw	t1,16(sp)
80001590:	3955                	jal	80001244 <div10>
80001592:	ce2e                	sw	a1,28(sp)
80001594:	02ad85b3          	mul	a1,s11,a0
80001598:	4342                	lw	t1,16(sp)
8000159a:	882a                	mv	a6,a0
8000159c:	cc42                	sw	a6,24(sp)
8000159e:	04659063          	bne	a1,t1,800015de <__dtoa_engine+0x36e>
800015a2:	5522                	lw	a0,40(sp)
800015a4:	55b2                	lw	a1,44(sp)
800015a6:	0905                	add	s2,s2,1
800015a8:	3971                	jal	80001244 <div10>
800015aa:	ca2a                	sw	a0,20(sp)
800015ac:	c82e                	sw	a1,16(sp)
800015ae:	8522                	mv	a0,s0
800015b0:	85a6                	mv	a1,s1
800015b2:	3949                	jal	80001244 <div10>
800015b4:	001cb693          	seqz	a3,s9
800015b8:	00d9f9b3          	and	s3,s3,a3
800015bc:	02ad86b3          	mul	a3,s11,a0
800015c0:	4e52                	lw	t3,20(sp)
800015c2:	4342                	lw	t1,16(sp)
800015c4:	4862                	lw	a6,24(sp)
800015c6:	48f2                	lw	a7,28(sp)
800015c8:	d472                	sw	t3,40(sp)
800015ca:	d61a                	sw	t1,44(sp)
800015cc:	d842                	sw	a6,48(sp)
800015ce:	da46                	sw	a7,52(sp)
800015d0:	84ae                	mv	s1,a1
800015d2:	40d406b3          	sub	a3,s0,a3
800015d6:	0ff6fc93          	zext.b	s9,a3
800015da:	842a                	mv	s0,a0
800015dc:	b775                	j	80001588 <__dtoa_engine+0x318>
800015de:	9952                	add	s2,s2,s4
800015e0:	0c098563          	beqz	s3,800016aa <__dtoa_engine+0x43a>
800015e4:	4715                	li	a4,5
800015e6:	0cec9263          	bne	s9,a4,800016aa <__dtoa_engine+0x43a>
800015ea:	00147713          	and	a4,s0,1
800015ee:	e35d                	bnez	a4,80001694 <__dtoa_engine+0x424>
800015f0:	000c1963          	bnez	s8,80001602 <__dtoa_engine+0x392>
800015f4:	5742                	lw	a4,48(sp)
800015f6:	00871563          	bne	a4,s0,80001600 <__dtoa_engine+0x390>
800015fa:	5752                	lw	a4,52(sp)
800015fc:	0c970963          	beq	a4,s1,800016ce <__dtoa_engine+0x45e>
80001600:	4701                	li	a4,0
80001602:	943a                	add	s0,s0,a4
80001604:	00e435b3          	sltu	a1,s0,a4
80001608:	95a6                	add	a1,a1,s1
8000160a:	8a2e                	mv	s4,a1
8000160c:	84a2                	mv	s1,s0
8000160e:	4629                	li	a2,10
80001610:	4681                	li	a3,0
80001612:	4c05                	li	s8,1
80001614:	4529                	li	a0,10
80001616:	00d5e663          	bltu	a1,a3,80001622 <__dtoa_engine+0x3b2>
8000161a:	0ab69c63          	bne	a3,a1,800016d2 <__dtoa_engine+0x462>
8000161e:	0ac47a63          	bgeu	s0,a2,800016d2 <__dtoa_engine+0x462>
80001622:	cf15                	beqz	a4,8000165e <__dtoa_engine+0x3ee>
80001624:	038b5d63          	bge	s6,s8,8000165e <__dtoa_engine+0x3ee>
80001628:	47a2                	lw	a5,8(sp)
8000162a:	cf91                	beqz	a5,80001646 <__dtoa_engine+0x3d6>
8000162c:	4732                	lw	a4,12(sp)
8000162e:	012c07b3          	add	a5,s8,s2
80001632:	00f70b33          	add	s6,a4,a5
80001636:	000b5363          	bgez	s6,8000163c <__dtoa_engine+0x3cc>
8000163a:	4b01                	li	s6,0
8000163c:	016bd363          	bge	s7,s6,80001642 <__dtoa_engine+0x3d2>
80001640:	8b5e                	mv	s6,s7
80001642:	018b5e63          	bge	s6,s8,8000165e <__dtoa_engine+0x3ee>
80001646:	00540513          	add	a0,s0,5
8000164a:	00853433          	sltu	s0,a0,s0
8000164e:	4629                	li	a2,10
80001650:	4681                	li	a3,0
80001652:	95a2                	add	a1,a1,s0
80001654:	2185                	jal	80001ab4 <__udivdi3>
80001656:	84aa                	mv	s1,a0
80001658:	8a2e                	mv	s4,a1
8000165a:	0905                	add	s2,s2,1
8000165c:	1c7d                	add	s8,s8,-1
8000165e:	87da                	mv	a5,s6
80001660:	016c5363          	bge	s8,s6,80001666 <__dtoa_engine+0x3f6>
80001664:	87e2                	mv	a5,s8
80001666:	01079413          	sll	s0,a5,0x10
8000166a:	0942                	sll	s2,s2,0x10
8000166c:	8441                	sra	s0,s0,0x10
8000166e:	41095913          	sra	s2,s2,0x10
80001672:	9922                	add	s2,s2,s0
80001674:	008a8b33          	add	s6,s5,s0
80001678:	197d                	add	s2,s2,-1
8000167a:	4b81                	li	s7,0
8000167c:	8c5a                	mv	s8,s6
8000167e:	1b7d                	add	s6,s6,-1
80001680:	068bc263          	blt	s7,s0,800016e4 <__dtoa_engine+0x474>
80001684:	4782                	lw	a5,0(sp)
80001686:	000c02a3          	sb	zero,5(s8)
8000168a:	012aa023          	sw	s2,0(s5)
8000168e:	00fa8223          	sb	a5,4(s5)
80001692:	b135                	j	800012be <__dtoa_engine+0x4e>
80001694:	4705                	li	a4,1
80001696:	f60c16e3          	bnez	s8,80001602 <__dtoa_engine+0x392>
8000169a:	5742                	lw	a4,48(sp)
8000169c:	00871563          	bne	a4,s0,800016a6 <__dtoa_engine+0x436>
800016a0:	5752                	lw	a4,52(sp)
800016a2:	00970c63          	beq	a4,s1,800016ba <__dtoa_engine+0x44a>
800016a6:	4705                	li	a4,1
800016a8:	bfa9                	j	80001602 <__dtoa_engine+0x392>
800016aa:	000c1d63          	bnez	s8,800016c4 <__dtoa_engine+0x454>
800016ae:	5742                	lw	a4,48(sp)
800016b0:	00871a63          	bne	a4,s0,800016c4 <__dtoa_engine+0x454>
800016b4:	5752                	lw	a4,52(sp)
800016b6:	00971763          	bne	a4,s1,800016c4 <__dtoa_engine+0x454>
800016ba:	4792                	lw	a5,4(sp)
800016bc:	4705                	li	a4,1
800016be:	f3b1                	bnez	a5,80001602 <__dtoa_engine+0x392>
800016c0:	f40d01e3          	beqz	s10,80001602 <__dtoa_engine+0x392>
800016c4:	005cb693          	sltiu	a3,s9,5
800016c8:	0016c713          	xor	a4,a3,1
800016cc:	bf1d                	j	80001602 <__dtoa_engine+0x392>
800016ce:	4c91                	li	s9,4
800016d0:	b7ed                	j	800016ba <__dtoa_engine+0x44a>
800016d2:	02d50833          	mul	a6,a0,a3
800016d6:	0c05                	add	s8,s8,1
800016d8:	02c536b3          	mulhu	a3,a0,a2
800016dc:	02c50633          	mul	a2,a0,a2
800016e0:	96c2                	add	a3,a3,a6
800016e2:	bf15                	j	80001616 <__dtoa_engine+0x3a6>
800016e4:	4629                	li	a2,10
800016e6:	4681                	li	a3,0
800016e8:	8526                	mv	a0,s1
800016ea:	85d2                	mv	a1,s4
800016ec:	271d                	jal	80001e12 <__umoddi3>
800016ee:	03050513          	add	a0,a0,48
800016f2:	00ab02a3          	sb	a0,5(s6)
800016f6:	85d2                	mv	a1,s4
800016f8:	8526                	mv	a0,s1
800016fa:	4629                	li	a2,10
800016fc:	4681                	li	a3,0
800016fe:	2e5d                	jal	80001ab4 <__udivdi3>
80001700:	84aa                	mv	s1,a0
80001702:	8a2e                	mv	s4,a1
80001704:	0b85                	add	s7,s7,1
80001706:	bfa5                	j	8000167e <__dtoa_engine+0x40e>

80001708 <__pow5Factor>:
80001708:	ccccd737          	lui	a4,0xccccd
8000170c:	333336b7          	lui	a3,0x33333
80001710:	87aa                	mv	a5,a0
80001712:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
80001716:	4501                	li	a0,0
80001718:	ccc70713          	add	a4,a4,-820
8000171c:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001720:	02c585b3          	mul	a1,a1,a2
80001724:	02e78833          	mul	a6,a5,a4
80001728:	982e                	add	a6,a6,a1
8000172a:	02c7b5b3          	mulhu	a1,a5,a2
8000172e:	95c2                	add	a1,a1,a6
80001730:	02c787b3          	mul	a5,a5,a2
80001734:	00b6e863          	bltu	a3,a1,80001744 <__pow5Factor+0x3c>
80001738:	00d59463          	bne	a1,a3,80001740 <__pow5Factor+0x38>
8000173c:	00f5e463          	bltu	a1,a5,80001744 <__pow5Factor+0x3c>
80001740:	0505                	add	a0,a0,1
80001742:	bff9                	j	80001720 <__pow5Factor+0x18>
80001744:	8082                	ret

80001746 <__double_computePow5>:
80001746:	1fd002ef          	jal	t0,80002142 <__riscv_save_10>
8000174a:	47e9                	li	a5,26
8000174c:	02f55b33          	divu	s6,a0,a5
80001750:	800029b7          	lui	s3,0x80002
80001754:	2b098b93          	add	s7,s3,688 # 800022b0 <DOUBLE_POW5_SPLIT2>
80001758:	1101                	add	sp,sp,-32
8000175a:	892e                	mv	s2,a1
8000175c:	02f577b3          	remu	a5,a0,a5
80001760:	004b1713          	sll	a4,s6,0x4
80001764:	9bba                	add	s7,s7,a4
80001766:	e395                	bnez	a5,8000178a <__double_computePow5+0x44>
80001768:	000ba703          	lw	a4,0(s7)
8000176c:	004ba783          	lw	a5,4(s7)
80001770:	c198                	sw	a4,0(a1)
80001772:	c1dc                	sw	a5,4(a1)
80001774:	008ba503          	lw	a0,8(s7)
80001778:	00cba583          	lw	a1,12(s7)
8000177c:	00a92423          	sw	a0,8(s2)
80001780:	00b92623          	sw	a1,12(s2)
80001784:	6105                	add	sp,sp,32
80001786:	1f50006f          	j	8000217a <__riscv_restore_10>
8000178a:	2b098993          	add	s3,s3,688
8000178e:	078e                	sll	a5,a5,0x3
80001790:	97ce                	add	a5,a5,s3
80001792:	0d07aa03          	lw	s4,208(a5)
80001796:	0d47aa83          	lw	s5,212(a5)
8000179a:	008ba603          	lw	a2,8(s7)
8000179e:	00cba683          	lw	a3,12(s7)
800017a2:	0818                	add	a4,sp,16
800017a4:	85d6                	mv	a1,s5
800017a6:	842a                	mv	s0,a0
800017a8:	8552                	mv	a0,s4
800017aa:	22d9                	jal	80001970 <__umul128>
800017ac:	000ba603          	lw	a2,0(s7)
800017b0:	004ba683          	lw	a3,4(s7)
800017b4:	84aa                	mv	s1,a0
800017b6:	8c2e                	mv	s8,a1
800017b8:	0838                	add	a4,sp,24
800017ba:	8552                	mv	a0,s4
800017bc:	85d6                	mv	a1,s5
800017be:	2a4d                	jal	80001970 <__umul128>
800017c0:	47e2                	lw	a5,24(sp)
800017c2:	4772                	lw	a4,28(sp)
800017c4:	8aaa                	mv	s5,a0
800017c6:	94be                	add	s1,s1,a5
800017c8:	00f4ba33          	sltu	s4,s1,a5
800017cc:	9c3a                	add	s8,s8,a4
800017ce:	9a62                	add	s4,s4,s8
800017d0:	00ea6663          	bltu	s4,a4,800017dc <__double_computePow5+0x96>
800017d4:	01471d63          	bne	a4,s4,800017ee <__double_computePow5+0xa8>
800017d8:	00f4fb63          	bgeu	s1,a5,800017ee <__double_computePow5+0xa8>
800017dc:	47c2                	lw	a5,16(sp)
800017de:	46d2                	lw	a3,20(sp)
800017e0:	00178713          	add	a4,a5,1
800017e4:	00f737b3          	sltu	a5,a4,a5
800017e8:	97b6                	add	a5,a5,a3
800017ea:	c83a                	sw	a4,16(sp)
800017ec:	ca3e                	sw	a5,20(sp)
800017ee:	8522                	mv	a0,s0
800017f0:	c62e                	sw	a1,12(sp)
800017f2:	22b5                	jal	8000195e <__pow5bits>
800017f4:	8baa                	mv	s7,a0
800017f6:	4569                	li	a0,26
800017f8:	02ab0533          	mul	a0,s6,a0
800017fc:	228d                	jal	8000195e <__pow5bits>
800017fe:	45b2                	lw	a1,12(sp)
80001800:	40ab8733          	sub	a4,s7,a0
80001804:	8626                	mv	a2,s1
80001806:	86d2                	mv	a3,s4
80001808:	8556                	mv	a0,s5
8000180a:	c43a                	sw	a4,8(sp)
8000180c:	2a45                	jal	800019bc <__shiftright128>
8000180e:	00445793          	srl	a5,s0,0x4
80001812:	078a                	sll	a5,a5,0x2
80001814:	99be                	add	s3,s3,a5
80001816:	1a09a783          	lw	a5,416(s3)
8000181a:	0406                	sll	s0,s0,0x1
8000181c:	8879                	and	s0,s0,30
8000181e:	0087d7b3          	srl	a5,a5,s0
80001822:	8b8d                	and	a5,a5,3
80001824:	953e                	add	a0,a0,a5
80001826:	00f537b3          	sltu	a5,a0,a5
8000182a:	4722                	lw	a4,8(sp)
8000182c:	4642                	lw	a2,16(sp)
8000182e:	46d2                	lw	a3,20(sp)
80001830:	97ae                	add	a5,a5,a1
80001832:	00a92023          	sw	a0,0(s2)
80001836:	00f92223          	sw	a5,4(s2)
8000183a:	8526                	mv	a0,s1
8000183c:	85d2                	mv	a1,s4
8000183e:	2abd                	jal	800019bc <__shiftright128>
80001840:	bf35                	j	8000177c <__double_computePow5+0x36>

80001842 <__double_computeInvPow5>:
80001842:	101002ef          	jal	t0,80002142 <__riscv_save_10>
80001846:	4b69                	li	s6,26
80001848:	01950793          	add	a5,a0,25
8000184c:	0367d7b3          	divu	a5,a5,s6
80001850:	80002ab7          	lui	s5,0x80002
80001854:	2b0a8493          	add	s1,s5,688 # 800022b0 <DOUBLE_POW5_SPLIT2>
80001858:	1f848493          	add	s1,s1,504
8000185c:	1101                	add	sp,sp,-32
8000185e:	8a2e                	mv	s4,a1
80001860:	03678b33          	mul	s6,a5,s6
80001864:	0792                	sll	a5,a5,0x4
80001866:	94be                	add	s1,s1,a5
80001868:	40ab0733          	sub	a4,s6,a0
8000186c:	00ab1f63          	bne	s6,a0,8000188a <__double_computeInvPow5+0x48>
80001870:	4098                	lw	a4,0(s1)
80001872:	40dc                	lw	a5,4(s1)
80001874:	c198                	sw	a4,0(a1)
80001876:	c1dc                	sw	a5,4(a1)
80001878:	4488                	lw	a0,8(s1)
8000187a:	44cc                	lw	a1,12(s1)
8000187c:	00aa2423          	sw	a0,8(s4)
80001880:	00ba2623          	sw	a1,12(s4)
80001884:	6105                	add	sp,sp,32
80001886:	0f50006f          	j	8000217a <__riscv_restore_10>
8000188a:	2b0a8a93          	add	s5,s5,688
8000188e:	070e                	sll	a4,a4,0x3
80001890:	9756                	add	a4,a4,s5
80001892:	0d072903          	lw	s2,208(a4)
80001896:	0d472983          	lw	s3,212(a4)
8000189a:	4490                	lw	a2,8(s1)
8000189c:	44d4                	lw	a3,12(s1)
8000189e:	0818                	add	a4,sp,16
800018a0:	85ce                	mv	a1,s3
800018a2:	842a                	mv	s0,a0
800018a4:	854a                	mv	a0,s2
800018a6:	20e9                	jal	80001970 <__umul128>
800018a8:	4090                	lw	a2,0(s1)
800018aa:	40d4                	lw	a3,4(s1)
800018ac:	8c2a                	mv	s8,a0
800018ae:	00163793          	seqz	a5,a2
800018b2:	8bae                	mv	s7,a1
800018b4:	0838                	add	a4,sp,24
800018b6:	8e9d                	sub	a3,a3,a5
800018b8:	854a                	mv	a0,s2
800018ba:	85ce                	mv	a1,s3
800018bc:	167d                	add	a2,a2,-1
800018be:	284d                	jal	80001970 <__umul128>
800018c0:	47e2                	lw	a5,24(sp)
800018c2:	4772                	lw	a4,28(sp)
800018c4:	89aa                	mv	s3,a0
800018c6:	9c3e                	add	s8,s8,a5
800018c8:	00fc3933          	sltu	s2,s8,a5
800018cc:	9bba                	add	s7,s7,a4
800018ce:	995e                	add	s2,s2,s7
800018d0:	00e96663          	bltu	s2,a4,800018dc <__double_computeInvPow5+0x9a>
800018d4:	01271d63          	bne	a4,s2,800018ee <__double_computeInvPow5+0xac>
800018d8:	00fc7b63          	bgeu	s8,a5,800018ee <__double_computeInvPow5+0xac>
800018dc:	47c2                	lw	a5,16(sp)
800018de:	46d2                	lw	a3,20(sp)
800018e0:	00178713          	add	a4,a5,1
800018e4:	00f737b3          	sltu	a5,a4,a5
800018e8:	97b6                	add	a5,a5,a3
800018ea:	c83a                	sw	a4,16(sp)
800018ec:	ca3e                	sw	a5,20(sp)
800018ee:	855a                	mv	a0,s6
800018f0:	c62e                	sw	a1,12(sp)
800018f2:	20b5                	jal	8000195e <__pow5bits>
800018f4:	8b2a                	mv	s6,a0
800018f6:	8522                	mv	a0,s0
800018f8:	209d                	jal	8000195e <__pow5bits>
800018fa:	45b2                	lw	a1,12(sp)
800018fc:	40ab0733          	sub	a4,s6,a0
80001900:	8662                	mv	a2,s8
80001902:	86ca                	mv	a3,s2
80001904:	854e                	mv	a0,s3
80001906:	c43a                	sw	a4,8(sp)
80001908:	2855                	jal	800019bc <__shiftright128>
8000190a:	00445793          	srl	a5,s0,0x4
8000190e:	078a                	sll	a5,a5,0x2
80001910:	9abe                	add	s5,s5,a5
80001912:	2e8aa783          	lw	a5,744(s5)
80001916:	0406                	sll	s0,s0,0x1
80001918:	8879                	and	s0,s0,30
8000191a:	0087d7b3          	srl	a5,a5,s0
8000191e:	8b8d                	and	a5,a5,3
80001920:	0785                	add	a5,a5,1
80001922:	953e                	add	a0,a0,a5
80001924:	00f537b3          	sltu	a5,a0,a5
80001928:	4722                	lw	a4,8(sp)
8000192a:	4642                	lw	a2,16(sp)
8000192c:	46d2                	lw	a3,20(sp)
8000192e:	97ae                	add	a5,a5,a1
80001930:	00aa2023          	sw	a0,0(s4)
80001934:	00fa2223          	sw	a5,4(s4)
80001938:	8562                	mv	a0,s8
8000193a:	85ca                	mv	a1,s2
8000193c:	2041                	jal	800019bc <__shiftright128>
8000193e:	bf3d                	j	8000187c <__double_computeInvPow5+0x3a>

80001940 <__log10Pow2>:
80001940:	67cd                	lui	a5,0x13
80001942:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001946:	02f50533          	mul	a0,a0,a5
8000194a:	8149                	srl	a0,a0,0x12
8000194c:	8082                	ret

8000194e <__log10Pow5>:
8000194e:	000b37b7          	lui	a5,0xb3
80001952:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001956:	02f50533          	mul	a0,a0,a5
8000195a:	8151                	srl	a0,a0,0x14
8000195c:	8082                	ret

8000195e <__pow5bits>:
8000195e:	001297b7          	lui	a5,0x129
80001962:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001966:	02f50533          	mul	a0,a0,a5
8000196a:	814d                	srl	a0,a0,0x13
8000196c:	0505                	add	a0,a0,1
8000196e:	8082                	ret

80001970 <__umul128>:
80001970:	02c537b3          	mulhu	a5,a0,a2
80001974:	832e                	mv	t1,a1
80001976:	02c585b3          	mul	a1,a1,a2
8000197a:	02c33833          	mulhu	a6,t1,a2
8000197e:	95be                	add	a1,a1,a5
80001980:	00f5b7b3          	sltu	a5,a1,a5
80001984:	97c2                	add	a5,a5,a6
80001986:	02a68833          	mul	a6,a3,a0
8000198a:	02a6b8b3          	mulhu	a7,a3,a0
8000198e:	95c2                	add	a1,a1,a6
80001990:	0105b833          	sltu	a6,a1,a6
80001994:	98c2                	add	a7,a7,a6
80001996:	02d30833          	mul	a6,t1,a3
8000199a:	02d33333          	mulhu	t1,t1,a3
8000199e:	983e                	add	a6,a6,a5
800019a0:	011806b3          	add	a3,a6,a7
800019a4:	00f837b3          	sltu	a5,a6,a5
800019a8:	0106b833          	sltu	a6,a3,a6
800019ac:	c314                	sw	a3,0(a4)
800019ae:	979a                	add	a5,a5,t1
800019b0:	983e                	add	a6,a6,a5
800019b2:	02c50533          	mul	a0,a0,a2
800019b6:	01072223          	sw	a6,4(a4)
800019ba:	8082                	ret

800019bc <__shiftright128>:
800019bc:	794002ef          	jal	t0,80002150 <__riscv_save_4>
800019c0:	8a2a                	mv	s4,a0
800019c2:	8532                	mv	a0,a2
800019c4:	04000613          	li	a2,64
800019c8:	8e19                	sub	a2,a2,a4
800019ca:	89ae                	mv	s3,a1
800019cc:	85b6                	mv	a1,a3
800019ce:	843a                	mv	s0,a4
800019d0:	2849                	jal	80001a62 <__ashldi3>
800019d2:	892a                	mv	s2,a0
800019d4:	84ae                	mv	s1,a1
800019d6:	8622                	mv	a2,s0
800019d8:	8552                	mv	a0,s4
800019da:	85ce                	mv	a1,s3
800019dc:	28b9                	jal	80001a3a <__lshrdi3>
800019de:	00a96533          	or	a0,s2,a0
800019e2:	8dc5                	or	a1,a1,s1
800019e4:	a745                	j	80002184 <__riscv_restore_4>

800019e6 <__libc_fini_array>:
800019e6:	784002ef          	jal	t0,8000216a <__riscv_save_0>
800019ea:	800027b7          	lui	a5,0x80002
800019ee:	80002437          	lui	s0,0x80002
800019f2:	6f878713          	add	a4,a5,1784 # 800026f8 <__fini_array_end>
800019f6:	6f840413          	add	s0,s0,1784 # 800026f8 <__fini_array_end>
800019fa:	8c19                	sub	s0,s0,a4
800019fc:	8409                	sra	s0,s0,0x2
800019fe:	6f878493          	add	s1,a5,1784
80001a02:	e809                	bnez	s0,80001a14 <__libc_fini_array+0x2e>
80001a04:	00000793          	li	a5,0
80001a08:	c789                	beqz	a5,80001a12 <__libc_fini_array+0x2c>
80001a0a:	00000097          	auipc	ra,0x0
80001a0e:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001a12:	afb5                	j	8000218e <__riscv_restore_0>
80001a14:	147d                	add	s0,s0,-1
80001a16:	00241793          	sll	a5,s0,0x2
80001a1a:	97a6                	add	a5,a5,s1
80001a1c:	439c                	lw	a5,0(a5)
80001a1e:	9782                	jalr	a5
80001a20:	b7cd                	j	80001a02 <__libc_fini_array+0x1c>

80001a22 <strnlen>:
80001a22:	95aa                	add	a1,a1,a0
80001a24:	87aa                	mv	a5,a0
80001a26:	00b78563          	beq	a5,a1,80001a30 <strnlen+0xe>
80001a2a:	0007c703          	lbu	a4,0(a5)
80001a2e:	e701                	bnez	a4,80001a36 <strnlen+0x14>
80001a30:	40a78533          	sub	a0,a5,a0
80001a34:	8082                	ret
80001a36:	0785                	add	a5,a5,1
80001a38:	b7fd                	j	80001a26 <strnlen+0x4>

80001a3a <__lshrdi3>:
80001a3a:	ca19                	beqz	a2,80001a50 <__lshrdi3+0x16>
80001a3c:	02000793          	li	a5,32
80001a40:	8f91                	sub	a5,a5,a2
80001a42:	00f04863          	bgtz	a5,80001a52 <__lshrdi3+0x18>
80001a46:	1601                	add	a2,a2,-32
80001a48:	00c5d533          	srl	a0,a1,a2
80001a4c:	4701                	li	a4,0
80001a4e:	85ba                	mv	a1,a4
80001a50:	8082                	ret
80001a52:	00c5d733          	srl	a4,a1,a2
80001a56:	00c55533          	srl	a0,a0,a2
80001a5a:	00f595b3          	sll	a1,a1,a5
80001a5e:	8d4d                	or	a0,a0,a1
80001a60:	b7fd                	j	80001a4e <__lshrdi3+0x14>

80001a62 <__ashldi3>:
80001a62:	ca19                	beqz	a2,80001a78 <__ashldi3+0x16>
80001a64:	02000793          	li	a5,32
80001a68:	8f91                	sub	a5,a5,a2
80001a6a:	00f04863          	bgtz	a5,80001a7a <__ashldi3+0x18>
80001a6e:	1601                	add	a2,a2,-32
80001a70:	00c515b3          	sll	a1,a0,a2
80001a74:	4701                	li	a4,0
80001a76:	853a                	mv	a0,a4
80001a78:	8082                	ret
80001a7a:	00c51733          	sll	a4,a0,a2
80001a7e:	00c595b3          	sll	a1,a1,a2
80001a82:	00f55533          	srl	a0,a0,a5
80001a86:	8dc9                	or	a1,a1,a0
80001a88:	b7fd                	j	80001a76 <__ashldi3+0x14>

80001a8a <__ashrdi3>:
80001a8a:	ce01                	beqz	a2,80001aa2 <__ashrdi3+0x18>
80001a8c:	02000793          	li	a5,32
80001a90:	8f91                	sub	a5,a5,a2
80001a92:	00f04963          	bgtz	a5,80001aa4 <__ashrdi3+0x1a>
80001a96:	1601                	add	a2,a2,-32
80001a98:	41f5d713          	sra	a4,a1,0x1f
80001a9c:	40c5d533          	sra	a0,a1,a2
80001aa0:	85ba                	mv	a1,a4
80001aa2:	8082                	ret
80001aa4:	40c5d733          	sra	a4,a1,a2
80001aa8:	00c55533          	srl	a0,a0,a2
80001aac:	00f595b3          	sll	a1,a1,a5
80001ab0:	8d4d                	or	a0,a0,a1
80001ab2:	b7fd                	j	80001aa0 <__ashrdi3+0x16>

80001ab4 <__udivdi3>:
80001ab4:	88aa                	mv	a7,a0
80001ab6:	832e                	mv	t1,a1
80001ab8:	8732                	mv	a4,a2
80001aba:	882a                	mv	a6,a0
80001abc:	87ae                	mv	a5,a1
80001abe:	20069663          	bnez	a3,80001cca <__udivdi3+0x216>
80001ac2:	00001597          	auipc	a1,0x1
80001ac6:	b2a58593          	add	a1,a1,-1238 # 800025ec <__clz_tab>
80001aca:	0cc37163          	bgeu	t1,a2,80001b8c <__udivdi3+0xd8>
80001ace:	66c1                	lui	a3,0x10
80001ad0:	0ad67763          	bgeu	a2,a3,80001b7e <__udivdi3+0xca>
80001ad4:	10063693          	sltiu	a3,a2,256
80001ad8:	0016c693          	xor	a3,a3,1
80001adc:	068e                	sll	a3,a3,0x3
80001ade:	00d65533          	srl	a0,a2,a3
80001ae2:	95aa                	add	a1,a1,a0
80001ae4:	0005c583          	lbu	a1,0(a1)
80001ae8:	02000513          	li	a0,32
80001aec:	96ae                	add	a3,a3,a1
80001aee:	40d505b3          	sub	a1,a0,a3
80001af2:	00d50b63          	beq	a0,a3,80001b08 <__udivdi3+0x54>
80001af6:	00b317b3          	sll	a5,t1,a1
80001afa:	00d8d6b3          	srl	a3,a7,a3
80001afe:	00b61733          	sll	a4,a2,a1
80001b02:	8fd5                	or	a5,a5,a3
80001b04:	00b89833          	sll	a6,a7,a1
80001b08:	01075593          	srl	a1,a4,0x10
80001b0c:	02b7d333          	divu	t1,a5,a1
80001b10:	01071613          	sll	a2,a4,0x10
80001b14:	8241                	srl	a2,a2,0x10
80001b16:	02b7f7b3          	remu	a5,a5,a1
80001b1a:	851a                	mv	a0,t1
80001b1c:	026608b3          	mul	a7,a2,t1
80001b20:	01079693          	sll	a3,a5,0x10
80001b24:	01085793          	srl	a5,a6,0x10
80001b28:	8fd5                	or	a5,a5,a3
80001b2a:	0117fc63          	bgeu	a5,a7,80001b42 <__udivdi3+0x8e>
80001b2e:	97ba                	add	a5,a5,a4
80001b30:	fff30513          	add	a0,t1,-1
80001b34:	00e7e763          	bltu	a5,a4,80001b42 <__udivdi3+0x8e>
80001b38:	0117f563          	bgeu	a5,a7,80001b42 <__udivdi3+0x8e>
80001b3c:	ffe30513          	add	a0,t1,-2
80001b40:	97ba                	add	a5,a5,a4
80001b42:	411787b3          	sub	a5,a5,a7
80001b46:	02b7d8b3          	divu	a7,a5,a1
80001b4a:	0842                	sll	a6,a6,0x10
80001b4c:	01085813          	srl	a6,a6,0x10
80001b50:	02b7f7b3          	remu	a5,a5,a1
80001b54:	031606b3          	mul	a3,a2,a7
80001b58:	07c2                	sll	a5,a5,0x10
80001b5a:	00f86833          	or	a6,a6,a5
80001b5e:	87c6                	mv	a5,a7
80001b60:	00d87b63          	bgeu	a6,a3,80001b76 <__udivdi3+0xc2>
80001b64:	983a                	add	a6,a6,a4
80001b66:	fff88793          	add	a5,a7,-1
80001b6a:	00e86663          	bltu	a6,a4,80001b76 <__udivdi3+0xc2>
80001b6e:	00d87463          	bgeu	a6,a3,80001b76 <__udivdi3+0xc2>
80001b72:	ffe88793          	add	a5,a7,-2
80001b76:	0542                	sll	a0,a0,0x10
80001b78:	8d5d                	or	a0,a0,a5
80001b7a:	4581                	li	a1,0
80001b7c:	8082                	ret
80001b7e:	01000537          	lui	a0,0x1000
80001b82:	46c1                	li	a3,16
80001b84:	f4a66de3          	bltu	a2,a0,80001ade <__udivdi3+0x2a>
80001b88:	46e1                	li	a3,24
80001b8a:	bf91                	j	80001ade <__udivdi3+0x2a>
80001b8c:	4681                	li	a3,0
80001b8e:	ca09                	beqz	a2,80001ba0 <__udivdi3+0xec>
80001b90:	67c1                	lui	a5,0x10
80001b92:	08f67f63          	bgeu	a2,a5,80001c30 <__udivdi3+0x17c>
80001b96:	10063693          	sltiu	a3,a2,256
80001b9a:	0016c693          	xor	a3,a3,1
80001b9e:	068e                	sll	a3,a3,0x3
80001ba0:	00d657b3          	srl	a5,a2,a3
80001ba4:	95be                	add	a1,a1,a5
80001ba6:	0005c783          	lbu	a5,0(a1)
80001baa:	97b6                	add	a5,a5,a3
80001bac:	02000693          	li	a3,32
80001bb0:	40f685b3          	sub	a1,a3,a5
80001bb4:	08f69563          	bne	a3,a5,80001c3e <__udivdi3+0x18a>
80001bb8:	40c307b3          	sub	a5,t1,a2
80001bbc:	4585                	li	a1,1
80001bbe:	01075893          	srl	a7,a4,0x10
80001bc2:	0317de33          	divu	t3,a5,a7
80001bc6:	01071613          	sll	a2,a4,0x10
80001bca:	8241                	srl	a2,a2,0x10
80001bcc:	01085693          	srl	a3,a6,0x10
80001bd0:	0317f7b3          	remu	a5,a5,a7
80001bd4:	8572                	mv	a0,t3
80001bd6:	03c60333          	mul	t1,a2,t3
80001bda:	07c2                	sll	a5,a5,0x10
80001bdc:	8fd5                	or	a5,a5,a3
80001bde:	0067fc63          	bgeu	a5,t1,80001bf6 <__udivdi3+0x142>
80001be2:	97ba                	add	a5,a5,a4
80001be4:	fffe0513          	add	a0,t3,-1
80001be8:	00e7e763          	bltu	a5,a4,80001bf6 <__udivdi3+0x142>
80001bec:	0067f563          	bgeu	a5,t1,80001bf6 <__udivdi3+0x142>
80001bf0:	ffee0513          	add	a0,t3,-2
80001bf4:	97ba                	add	a5,a5,a4
80001bf6:	406787b3          	sub	a5,a5,t1
80001bfa:	0317d333          	divu	t1,a5,a7
80001bfe:	0842                	sll	a6,a6,0x10
80001c00:	01085813          	srl	a6,a6,0x10
80001c04:	0317f7b3          	remu	a5,a5,a7
80001c08:	026606b3          	mul	a3,a2,t1
80001c0c:	07c2                	sll	a5,a5,0x10
80001c0e:	00f86833          	or	a6,a6,a5
80001c12:	879a                	mv	a5,t1
80001c14:	00d87b63          	bgeu	a6,a3,80001c2a <__udivdi3+0x176>
80001c18:	983a                	add	a6,a6,a4
80001c1a:	fff30793          	add	a5,t1,-1
80001c1e:	00e86663          	bltu	a6,a4,80001c2a <__udivdi3+0x176>
80001c22:	00d87463          	bgeu	a6,a3,80001c2a <__udivdi3+0x176>
80001c26:	ffe30793          	add	a5,t1,-2
80001c2a:	0542                	sll	a0,a0,0x10
80001c2c:	8d5d                	or	a0,a0,a5
80001c2e:	8082                	ret
80001c30:	010007b7          	lui	a5,0x1000
80001c34:	46c1                	li	a3,16
80001c36:	f6f665e3          	bltu	a2,a5,80001ba0 <__udivdi3+0xec>
80001c3a:	46e1                	li	a3,24
80001c3c:	b795                	j	80001ba0 <__udivdi3+0xec>
80001c3e:	00b61733          	sll	a4,a2,a1
80001c42:	00f356b3          	srl	a3,t1,a5
80001c46:	01075513          	srl	a0,a4,0x10
80001c4a:	00b31333          	sll	t1,t1,a1
80001c4e:	00f8d7b3          	srl	a5,a7,a5
80001c52:	0067e7b3          	or	a5,a5,t1
80001c56:	02a6d333          	divu	t1,a3,a0
80001c5a:	01071613          	sll	a2,a4,0x10
80001c5e:	8241                	srl	a2,a2,0x10
80001c60:	00b89833          	sll	a6,a7,a1
80001c64:	02a6f6b3          	remu	a3,a3,a0
80001c68:	026608b3          	mul	a7,a2,t1
80001c6c:	01069593          	sll	a1,a3,0x10
80001c70:	0107d693          	srl	a3,a5,0x10
80001c74:	8ecd                	or	a3,a3,a1
80001c76:	859a                	mv	a1,t1
80001c78:	0116fc63          	bgeu	a3,a7,80001c90 <__udivdi3+0x1dc>
80001c7c:	96ba                	add	a3,a3,a4
80001c7e:	fff30593          	add	a1,t1,-1
80001c82:	00e6e763          	bltu	a3,a4,80001c90 <__udivdi3+0x1dc>
80001c86:	0116f563          	bgeu	a3,a7,80001c90 <__udivdi3+0x1dc>
80001c8a:	ffe30593          	add	a1,t1,-2
80001c8e:	96ba                	add	a3,a3,a4
80001c90:	411686b3          	sub	a3,a3,a7
80001c94:	02a6d8b3          	divu	a7,a3,a0
80001c98:	07c2                	sll	a5,a5,0x10
80001c9a:	83c1                	srl	a5,a5,0x10
80001c9c:	02a6f6b3          	remu	a3,a3,a0
80001ca0:	03160633          	mul	a2,a2,a7
80001ca4:	06c2                	sll	a3,a3,0x10
80001ca6:	8fd5                	or	a5,a5,a3
80001ca8:	86c6                	mv	a3,a7
80001caa:	00c7fc63          	bgeu	a5,a2,80001cc2 <__udivdi3+0x20e>
80001cae:	97ba                	add	a5,a5,a4
80001cb0:	fff88693          	add	a3,a7,-1
80001cb4:	00e7e763          	bltu	a5,a4,80001cc2 <__udivdi3+0x20e>
80001cb8:	00c7f563          	bgeu	a5,a2,80001cc2 <__udivdi3+0x20e>
80001cbc:	ffe88693          	add	a3,a7,-2
80001cc0:	97ba                	add	a5,a5,a4
80001cc2:	05c2                	sll	a1,a1,0x10
80001cc4:	8f91                	sub	a5,a5,a2
80001cc6:	8dd5                	or	a1,a1,a3
80001cc8:	bddd                	j	80001bbe <__udivdi3+0x10a>
80001cca:	14d5e163          	bltu	a1,a3,80001e0c <__udivdi3+0x358>
80001cce:	67c1                	lui	a5,0x10
80001cd0:	02f6ff63          	bgeu	a3,a5,80001d0e <__udivdi3+0x25a>
80001cd4:	1006b713          	sltiu	a4,a3,256
80001cd8:	00174713          	xor	a4,a4,1
80001cdc:	070e                	sll	a4,a4,0x3
80001cde:	00e6d5b3          	srl	a1,a3,a4
80001ce2:	00001797          	auipc	a5,0x1
80001ce6:	90a78793          	add	a5,a5,-1782 # 800025ec <__clz_tab>
80001cea:	97ae                	add	a5,a5,a1
80001cec:	0007c783          	lbu	a5,0(a5)
80001cf0:	97ba                	add	a5,a5,a4
80001cf2:	02000713          	li	a4,32
80001cf6:	40f705b3          	sub	a1,a4,a5
80001cfa:	02f71163          	bne	a4,a5,80001d1c <__udivdi3+0x268>
80001cfe:	4505                	li	a0,1
80001d00:	e666eee3          	bltu	a3,t1,80001b7c <__udivdi3+0xc8>
80001d04:	00c8b533          	sltu	a0,a7,a2
80001d08:	00154513          	xor	a0,a0,1
80001d0c:	8082                	ret
80001d0e:	010007b7          	lui	a5,0x1000
80001d12:	4741                	li	a4,16
80001d14:	fcf6e5e3          	bltu	a3,a5,80001cde <__udivdi3+0x22a>
80001d18:	4761                	li	a4,24
80001d1a:	b7d1                	j	80001cde <__udivdi3+0x22a>
80001d1c:	00f65733          	srl	a4,a2,a5
80001d20:	00b696b3          	sll	a3,a3,a1
80001d24:	8ed9                	or	a3,a3,a4
80001d26:	00f35733          	srl	a4,t1,a5
80001d2a:	00b31333          	sll	t1,t1,a1
80001d2e:	00f8d7b3          	srl	a5,a7,a5
80001d32:	0067e7b3          	or	a5,a5,t1
80001d36:	0106d313          	srl	t1,a3,0x10
80001d3a:	02675eb3          	divu	t4,a4,t1
80001d3e:	01069813          	sll	a6,a3,0x10
80001d42:	01085813          	srl	a6,a6,0x10
80001d46:	00b61633          	sll	a2,a2,a1
80001d4a:	02677733          	remu	a4,a4,t1
80001d4e:	03d80e33          	mul	t3,a6,t4
80001d52:	01071513          	sll	a0,a4,0x10
80001d56:	0107d713          	srl	a4,a5,0x10
80001d5a:	8f49                	or	a4,a4,a0
80001d5c:	8576                	mv	a0,t4
80001d5e:	01c77c63          	bgeu	a4,t3,80001d76 <__udivdi3+0x2c2>
80001d62:	9736                	add	a4,a4,a3
80001d64:	fffe8513          	add	a0,t4,-1
80001d68:	00d76763          	bltu	a4,a3,80001d76 <__udivdi3+0x2c2>
80001d6c:	01c77563          	bgeu	a4,t3,80001d76 <__udivdi3+0x2c2>
80001d70:	ffee8513          	add	a0,t4,-2
80001d74:	9736                	add	a4,a4,a3
80001d76:	41c70733          	sub	a4,a4,t3
80001d7a:	02675e33          	divu	t3,a4,t1
80001d7e:	07c2                	sll	a5,a5,0x10
80001d80:	83c1                	srl	a5,a5,0x10
80001d82:	02677733          	remu	a4,a4,t1
80001d86:	03c80833          	mul	a6,a6,t3
80001d8a:	0742                	sll	a4,a4,0x10
80001d8c:	8fd9                	or	a5,a5,a4
80001d8e:	8772                	mv	a4,t3
80001d90:	0107fc63          	bgeu	a5,a6,80001da8 <__udivdi3+0x2f4>
80001d94:	97b6                	add	a5,a5,a3
80001d96:	fffe0713          	add	a4,t3,-1
80001d9a:	00d7e763          	bltu	a5,a3,80001da8 <__udivdi3+0x2f4>
80001d9e:	0107f563          	bgeu	a5,a6,80001da8 <__udivdi3+0x2f4>
80001da2:	ffee0713          	add	a4,t3,-2
80001da6:	97b6                	add	a5,a5,a3
80001da8:	0542                	sll	a0,a0,0x10
80001daa:	6e41                	lui	t3,0x10
80001dac:	8d59                	or	a0,a0,a4
80001dae:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80001db2:	00d57733          	and	a4,a0,a3
80001db6:	410787b3          	sub	a5,a5,a6
80001dba:	8ef1                	and	a3,a3,a2
80001dbc:	01055813          	srl	a6,a0,0x10
80001dc0:	8241                	srl	a2,a2,0x10
80001dc2:	02d70333          	mul	t1,a4,a3
80001dc6:	02d806b3          	mul	a3,a6,a3
80001dca:	02c70733          	mul	a4,a4,a2
80001dce:	02c80833          	mul	a6,a6,a2
80001dd2:	00d70633          	add	a2,a4,a3
80001dd6:	01035713          	srl	a4,t1,0x10
80001dda:	9732                	add	a4,a4,a2
80001ddc:	00d77363          	bgeu	a4,a3,80001de2 <__udivdi3+0x32e>
80001de0:	9872                	add	a6,a6,t3
80001de2:	01075693          	srl	a3,a4,0x10
80001de6:	96c2                	add	a3,a3,a6
80001de8:	02d7e063          	bltu	a5,a3,80001e08 <__udivdi3+0x354>
80001dec:	d8d797e3          	bne	a5,a3,80001b7a <__udivdi3+0xc6>
80001df0:	67c1                	lui	a5,0x10
80001df2:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
80001df4:	8f7d                	and	a4,a4,a5
80001df6:	0742                	sll	a4,a4,0x10
80001df8:	00f37333          	and	t1,t1,a5
80001dfc:	00b898b3          	sll	a7,a7,a1
80001e00:	971a                	add	a4,a4,t1
80001e02:	4581                	li	a1,0
80001e04:	d6e8fce3          	bgeu	a7,a4,80001b7c <__udivdi3+0xc8>
80001e08:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
80001e0a:	bb85                	j	80001b7a <__udivdi3+0xc6>
80001e0c:	4581                	li	a1,0
80001e0e:	4501                	li	a0,0
80001e10:	8082                	ret

80001e12 <__umoddi3>:
80001e12:	8832                	mv	a6,a2
80001e14:	87aa                	mv	a5,a0
80001e16:	872e                	mv	a4,a1
80001e18:	1a069363          	bnez	a3,80001fbe <__umoddi3+0x1ac>
80001e1c:	00000897          	auipc	a7,0x0
80001e20:	7d088893          	add	a7,a7,2000 # 800025ec <__clz_tab>
80001e24:	0ac5f663          	bgeu	a1,a2,80001ed0 <__umoddi3+0xbe>
80001e28:	66c1                	lui	a3,0x10
80001e2a:	08d67c63          	bgeu	a2,a3,80001ec2 <__umoddi3+0xb0>
80001e2e:	10063693          	sltiu	a3,a2,256
80001e32:	0016c693          	xor	a3,a3,1
80001e36:	068e                	sll	a3,a3,0x3
80001e38:	00d65333          	srl	t1,a2,a3
80001e3c:	989a                	add	a7,a7,t1
80001e3e:	0008c883          	lbu	a7,0(a7)
80001e42:	02000313          	li	t1,32
80001e46:	96c6                	add	a3,a3,a7
80001e48:	40d308b3          	sub	a7,t1,a3
80001e4c:	00d30b63          	beq	t1,a3,80001e62 <__umoddi3+0x50>
80001e50:	01159733          	sll	a4,a1,a7
80001e54:	00d556b3          	srl	a3,a0,a3
80001e58:	01161833          	sll	a6,a2,a7
80001e5c:	8f55                	or	a4,a4,a3
80001e5e:	011517b3          	sll	a5,a0,a7
80001e62:	01085613          	srl	a2,a6,0x10
80001e66:	02c756b3          	divu	a3,a4,a2
80001e6a:	01081513          	sll	a0,a6,0x10
80001e6e:	8141                	srl	a0,a0,0x10
80001e70:	02c77733          	remu	a4,a4,a2
80001e74:	02a686b3          	mul	a3,a3,a0
80001e78:	01071593          	sll	a1,a4,0x10
80001e7c:	0107d713          	srl	a4,a5,0x10
80001e80:	8f4d                	or	a4,a4,a1
80001e82:	00d77863          	bgeu	a4,a3,80001e92 <__umoddi3+0x80>
80001e86:	9742                	add	a4,a4,a6
80001e88:	01076563          	bltu	a4,a6,80001e92 <__umoddi3+0x80>
80001e8c:	00d77363          	bgeu	a4,a3,80001e92 <__umoddi3+0x80>
80001e90:	9742                	add	a4,a4,a6
80001e92:	8f15                	sub	a4,a4,a3
80001e94:	02c756b3          	divu	a3,a4,a2
80001e98:	02c77733          	remu	a4,a4,a2
80001e9c:	02a686b3          	mul	a3,a3,a0
80001ea0:	07c2                	sll	a5,a5,0x10
80001ea2:	0742                	sll	a4,a4,0x10
80001ea4:	83c1                	srl	a5,a5,0x10
80001ea6:	8fd9                	or	a5,a5,a4
80001ea8:	00d7f863          	bgeu	a5,a3,80001eb8 <__umoddi3+0xa6>
80001eac:	97c2                	add	a5,a5,a6
80001eae:	0107e563          	bltu	a5,a6,80001eb8 <__umoddi3+0xa6>
80001eb2:	00d7f363          	bgeu	a5,a3,80001eb8 <__umoddi3+0xa6>
80001eb6:	97c2                	add	a5,a5,a6
80001eb8:	8f95                	sub	a5,a5,a3
80001eba:	0117d533          	srl	a0,a5,a7
80001ebe:	4581                	li	a1,0
80001ec0:	8082                	ret
80001ec2:	01000337          	lui	t1,0x1000
80001ec6:	46c1                	li	a3,16
80001ec8:	f66668e3          	bltu	a2,t1,80001e38 <__umoddi3+0x26>
80001ecc:	46e1                	li	a3,24
80001ece:	b7ad                	j	80001e38 <__umoddi3+0x26>
80001ed0:	4681                	li	a3,0
80001ed2:	ca09                	beqz	a2,80001ee4 <__umoddi3+0xd2>
80001ed4:	6741                	lui	a4,0x10
80001ed6:	06e67463          	bgeu	a2,a4,80001f3e <__umoddi3+0x12c>
80001eda:	10063693          	sltiu	a3,a2,256
80001ede:	0016c693          	xor	a3,a3,1
80001ee2:	068e                	sll	a3,a3,0x3
80001ee4:	00d65733          	srl	a4,a2,a3
80001ee8:	98ba                	add	a7,a7,a4
80001eea:	0008c703          	lbu	a4,0(a7)
80001eee:	9736                	add	a4,a4,a3
80001ef0:	02000693          	li	a3,32
80001ef4:	40e688b3          	sub	a7,a3,a4
80001ef8:	04e69a63          	bne	a3,a4,80001f4c <__umoddi3+0x13a>
80001efc:	40c58733          	sub	a4,a1,a2
80001f00:	01085593          	srl	a1,a6,0x10
80001f04:	02b75633          	divu	a2,a4,a1
80001f08:	01081513          	sll	a0,a6,0x10
80001f0c:	8141                	srl	a0,a0,0x10
80001f0e:	0107d693          	srl	a3,a5,0x10
80001f12:	02b77733          	remu	a4,a4,a1
80001f16:	02a60633          	mul	a2,a2,a0
80001f1a:	0742                	sll	a4,a4,0x10
80001f1c:	8f55                	or	a4,a4,a3
80001f1e:	00c77863          	bgeu	a4,a2,80001f2e <__umoddi3+0x11c>
80001f22:	9742                	add	a4,a4,a6
80001f24:	01076563          	bltu	a4,a6,80001f2e <__umoddi3+0x11c>
80001f28:	00c77363          	bgeu	a4,a2,80001f2e <__umoddi3+0x11c>
80001f2c:	9742                	add	a4,a4,a6
80001f2e:	8f11                	sub	a4,a4,a2
80001f30:	02b756b3          	divu	a3,a4,a1
80001f34:	02b77733          	remu	a4,a4,a1
80001f38:	02a686b3          	mul	a3,a3,a0
80001f3c:	b795                	j	80001ea0 <__umoddi3+0x8e>
80001f3e:	01000737          	lui	a4,0x1000
80001f42:	46c1                	li	a3,16
80001f44:	fae660e3          	bltu	a2,a4,80001ee4 <__umoddi3+0xd2>
80001f48:	46e1                	li	a3,24
80001f4a:	bf69                	j	80001ee4 <__umoddi3+0xd2>
80001f4c:	01161833          	sll	a6,a2,a7
80001f50:	00e5d6b3          	srl	a3,a1,a4
80001f54:	011517b3          	sll	a5,a0,a7
80001f58:	011595b3          	sll	a1,a1,a7
80001f5c:	00e55733          	srl	a4,a0,a4
80001f60:	01085513          	srl	a0,a6,0x10
80001f64:	8f4d                	or	a4,a4,a1
80001f66:	02a6d5b3          	divu	a1,a3,a0
80001f6a:	01081313          	sll	t1,a6,0x10
80001f6e:	01035313          	srl	t1,t1,0x10
80001f72:	02a6f6b3          	remu	a3,a3,a0
80001f76:	026585b3          	mul	a1,a1,t1
80001f7a:	01069613          	sll	a2,a3,0x10
80001f7e:	01075693          	srl	a3,a4,0x10
80001f82:	8ed1                	or	a3,a3,a2
80001f84:	00b6f863          	bgeu	a3,a1,80001f94 <__umoddi3+0x182>
80001f88:	96c2                	add	a3,a3,a6
80001f8a:	0106e563          	bltu	a3,a6,80001f94 <__umoddi3+0x182>
80001f8e:	00b6f363          	bgeu	a3,a1,80001f94 <__umoddi3+0x182>
80001f92:	96c2                	add	a3,a3,a6
80001f94:	8e8d                	sub	a3,a3,a1
80001f96:	02a6d633          	divu	a2,a3,a0
80001f9a:	0742                	sll	a4,a4,0x10
80001f9c:	8341                	srl	a4,a4,0x10
80001f9e:	02a6f6b3          	remu	a3,a3,a0
80001fa2:	02660633          	mul	a2,a2,t1
80001fa6:	06c2                	sll	a3,a3,0x10
80001fa8:	8f55                	or	a4,a4,a3
80001faa:	00c77863          	bgeu	a4,a2,80001fba <__umoddi3+0x1a8>
80001fae:	9742                	add	a4,a4,a6
80001fb0:	01076563          	bltu	a4,a6,80001fba <__umoddi3+0x1a8>
80001fb4:	00c77363          	bgeu	a4,a2,80001fba <__umoddi3+0x1a8>
80001fb8:	9742                	add	a4,a4,a6
80001fba:	8f11                	sub	a4,a4,a2
80001fbc:	b791                	j	80001f00 <__umoddi3+0xee>
80001fbe:	16d5ed63          	bltu	a1,a3,80002138 <__umoddi3+0x326>
80001fc2:	6841                	lui	a6,0x10
80001fc4:	0506f763          	bgeu	a3,a6,80002012 <__umoddi3+0x200>
80001fc8:	1006b813          	sltiu	a6,a3,256
80001fcc:	00184813          	xor	a6,a6,1
80001fd0:	080e                	sll	a6,a6,0x3
80001fd2:	0106d333          	srl	t1,a3,a6
80001fd6:	00000897          	auipc	a7,0x0
80001fda:	61688893          	add	a7,a7,1558 # 800025ec <__clz_tab>
80001fde:	989a                	add	a7,a7,t1
80001fe0:	0008c883          	lbu	a7,0(a7)
80001fe4:	02000313          	li	t1,32
80001fe8:	98c2                	add	a7,a7,a6
80001fea:	41130833          	sub	a6,t1,a7
80001fee:	03131963          	bne	t1,a7,80002020 <__umoddi3+0x20e>
80001ff2:	00b6e463          	bltu	a3,a1,80001ffa <__umoddi3+0x1e8>
80001ff6:	00c56b63          	bltu	a0,a2,8000200c <__umoddi3+0x1fa>
80001ffa:	40c50633          	sub	a2,a0,a2
80001ffe:	40d586b3          	sub	a3,a1,a3
80002002:	00c53733          	sltu	a4,a0,a2
80002006:	87b2                	mv	a5,a2
80002008:	40e68733          	sub	a4,a3,a4
8000200c:	853e                	mv	a0,a5
8000200e:	85ba                	mv	a1,a4
80002010:	8082                	ret
80002012:	010008b7          	lui	a7,0x1000
80002016:	4841                	li	a6,16
80002018:	fb16ede3          	bltu	a3,a7,80001fd2 <__umoddi3+0x1c0>
8000201c:	4861                	li	a6,24
8000201e:	bf55                	j	80001fd2 <__umoddi3+0x1c0>
80002020:	011657b3          	srl	a5,a2,a7
80002024:	010696b3          	sll	a3,a3,a6
80002028:	8edd                	or	a3,a3,a5
8000202a:	0115d733          	srl	a4,a1,a7
8000202e:	0106de13          	srl	t3,a3,0x10
80002032:	03c75f33          	divu	t5,a4,t3
80002036:	01069313          	sll	t1,a3,0x10
8000203a:	01035313          	srl	t1,t1,0x10
8000203e:	010597b3          	sll	a5,a1,a6
80002042:	011555b3          	srl	a1,a0,a7
80002046:	8ddd                	or	a1,a1,a5
80002048:	0105d793          	srl	a5,a1,0x10
8000204c:	01061633          	sll	a2,a2,a6
80002050:	01051533          	sll	a0,a0,a6
80002054:	03c77733          	remu	a4,a4,t3
80002058:	03e30eb3          	mul	t4,t1,t5
8000205c:	0742                	sll	a4,a4,0x10
8000205e:	8fd9                	or	a5,a5,a4
80002060:	877a                	mv	a4,t5
80002062:	01d7fc63          	bgeu	a5,t4,8000207a <__umoddi3+0x268>
80002066:	97b6                	add	a5,a5,a3
80002068:	ffff0713          	add	a4,t5,-1
8000206c:	00d7e763          	bltu	a5,a3,8000207a <__umoddi3+0x268>
80002070:	01d7f563          	bgeu	a5,t4,8000207a <__umoddi3+0x268>
80002074:	ffef0713          	add	a4,t5,-2
80002078:	97b6                	add	a5,a5,a3
8000207a:	41d787b3          	sub	a5,a5,t4
8000207e:	03c7deb3          	divu	t4,a5,t3
80002082:	05c2                	sll	a1,a1,0x10
80002084:	81c1                	srl	a1,a1,0x10
80002086:	03c7f7b3          	remu	a5,a5,t3
8000208a:	8e76                	mv	t3,t4
8000208c:	03d30333          	mul	t1,t1,t4
80002090:	07c2                	sll	a5,a5,0x10
80002092:	8ddd                	or	a1,a1,a5
80002094:	0065fc63          	bgeu	a1,t1,800020ac <__umoddi3+0x29a>
80002098:	95b6                	add	a1,a1,a3
8000209a:	fffe8e13          	add	t3,t4,-1
8000209e:	00d5e763          	bltu	a1,a3,800020ac <__umoddi3+0x29a>
800020a2:	0065f563          	bgeu	a1,t1,800020ac <__umoddi3+0x29a>
800020a6:	ffee8e13          	add	t3,t4,-2
800020aa:	95b6                	add	a1,a1,a3
800020ac:	01071793          	sll	a5,a4,0x10
800020b0:	6f41                	lui	t5,0x10
800020b2:	01c7e7b3          	or	a5,a5,t3
800020b6:	406585b3          	sub	a1,a1,t1
800020ba:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
800020be:	0067f733          	and	a4,a5,t1
800020c2:	01065e13          	srl	t3,a2,0x10
800020c6:	83c1                	srl	a5,a5,0x10
800020c8:	00667333          	and	t1,a2,t1
800020cc:	02670eb3          	mul	t4,a4,t1
800020d0:	02678333          	mul	t1,a5,t1
800020d4:	03c70733          	mul	a4,a4,t3
800020d8:	03c787b3          	mul	a5,a5,t3
800020dc:	00670e33          	add	t3,a4,t1
800020e0:	010ed713          	srl	a4,t4,0x10
800020e4:	9772                	add	a4,a4,t3
800020e6:	00677363          	bgeu	a4,t1,800020ec <__umoddi3+0x2da>
800020ea:	97fa                	add	a5,a5,t5
800020ec:	01075313          	srl	t1,a4,0x10
800020f0:	979a                	add	a5,a5,t1
800020f2:	6341                	lui	t1,0x10
800020f4:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
800020f6:	00677733          	and	a4,a4,t1
800020fa:	0742                	sll	a4,a4,0x10
800020fc:	006efeb3          	and	t4,t4,t1
80002100:	9776                	add	a4,a4,t4
80002102:	00f5e663          	bltu	a1,a5,8000210e <__umoddi3+0x2fc>
80002106:	00f59b63          	bne	a1,a5,8000211c <__umoddi3+0x30a>
8000210a:	00e57963          	bgeu	a0,a4,8000211c <__umoddi3+0x30a>
8000210e:	40c70633          	sub	a2,a4,a2
80002112:	00c73333          	sltu	t1,a4,a2
80002116:	969a                	add	a3,a3,t1
80002118:	8732                	mv	a4,a2
8000211a:	8f95                	sub	a5,a5,a3
8000211c:	40e50733          	sub	a4,a0,a4
80002120:	00e53533          	sltu	a0,a0,a4
80002124:	8d9d                	sub	a1,a1,a5
80002126:	8d89                	sub	a1,a1,a0
80002128:	011598b3          	sll	a7,a1,a7
8000212c:	01075733          	srl	a4,a4,a6
80002130:	00e8e533          	or	a0,a7,a4
80002134:	0105d5b3          	srl	a1,a1,a6
80002138:	8082                	ret

8000213a <__riscv_save_12>:
8000213a:	7139                	add	sp,sp,-64
8000213c:	4301                	li	t1,0
8000213e:	c66e                	sw	s11,12(sp)
80002140:	a019                	j	80002146 <__riscv_save_10+0x4>

80002142 <__riscv_save_10>:
80002142:	7139                	add	sp,sp,-64
80002144:	5341                	li	t1,-16
80002146:	c86a                	sw	s10,16(sp)
80002148:	ca66                	sw	s9,20(sp)
8000214a:	cc62                	sw	s8,24(sp)
8000214c:	ce5e                	sw	s7,28(sp)
8000214e:	a019                	j	80002154 <__riscv_save_4+0x4>

80002150 <__riscv_save_4>:
80002150:	7139                	add	sp,sp,-64
80002152:	5301                	li	t1,-32
80002154:	d05a                	sw	s6,32(sp)
80002156:	d256                	sw	s5,36(sp)
80002158:	d452                	sw	s4,40(sp)
8000215a:	d64e                	sw	s3,44(sp)
8000215c:	d84a                	sw	s2,48(sp)
8000215e:	da26                	sw	s1,52(sp)
80002160:	dc22                	sw	s0,56(sp)
80002162:	de06                	sw	ra,60(sp)
80002164:	40610133          	sub	sp,sp,t1
80002168:	8282                	jr	t0

8000216a <__riscv_save_0>:
8000216a:	1141                	add	sp,sp,-16
8000216c:	c04a                	sw	s2,0(sp)
8000216e:	c226                	sw	s1,4(sp)
80002170:	c422                	sw	s0,8(sp)
80002172:	c606                	sw	ra,12(sp)
80002174:	8282                	jr	t0

80002176 <__riscv_restore_12>:
80002176:	4db2                	lw	s11,12(sp)
80002178:	0141                	add	sp,sp,16

8000217a <__riscv_restore_10>:
8000217a:	4d02                	lw	s10,0(sp)
8000217c:	4c92                	lw	s9,4(sp)
8000217e:	4c22                	lw	s8,8(sp)
80002180:	4bb2                	lw	s7,12(sp)
80002182:	0141                	add	sp,sp,16

80002184 <__riscv_restore_4>:
80002184:	4b02                	lw	s6,0(sp)
80002186:	4a92                	lw	s5,4(sp)
80002188:	4a22                	lw	s4,8(sp)
8000218a:	49b2                	lw	s3,12(sp)
8000218c:	0141                	add	sp,sp,16

8000218e <__riscv_restore_0>:
8000218e:	4902                	lw	s2,0(sp)
80002190:	4492                	lw	s1,4(sp)
80002192:	4422                	lw	s0,8(sp)
80002194:	40b2                	lw	ra,12(sp)
80002196:	0141                	add	sp,sp,16
80002198:	8082                	ret
