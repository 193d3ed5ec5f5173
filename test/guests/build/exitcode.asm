
build/exitcode.elf:     file format elf32-littleriscv


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
80000038:	03028293          	add	t0,t0,48 # 80000064 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	2ab1                	jal	8000019c <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	2a6d                	jal	80000202 <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	80002537          	lui	a0,0x80002
80000050:	1141                	add	sp,sp,-16
80000052:	16850513          	add	a0,a0,360 # 80002168 <__text_end+0x6>
80000056:	c606                	sw	ra,12(sp)
80000058:	22e1                	jal	80000220 <printf>
8000005a:	40b2                	lw	ra,12(sp)
8000005c:	450d                	li	a0,3
8000005e:	0141                	add	sp,sp,16
80000060:	8082                	ret
	...

80000064 <bare_default_trap>:
80000064:	01000117          	auipc	sp,0x1000
80000068:	f9c10113          	add	sp,sp,-100 # 81000000 <__stack_top>
8000006c:	34202573          	csrr	a0,mcause
80000070:	341025f3          	csrr	a1,mepc
80000074:	34302673          	csrr	a2,mtval
80000078:	287d                	jal	80000136 <bare_unexpected_trap>
8000007a:	a001                	j	8000007a <bare_default_trap+0x16>

8000007c <uart_stdio_put>:
8000007c:	10000737          	lui	a4,0x10000
80000080:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000084:	0207f793          	and	a5,a5,32
80000088:	dfe5                	beqz	a5,80000080 <uart_stdio_put+0x4>
8000008a:	00a70023          	sb	a0,0(a4)
8000008e:	8082                	ret

80000090 <bare_puts>:
80000090:	00054683          	lbu	a3,0(a0)
80000094:	ce91                	beqz	a3,800000b0 <bare_puts+0x20>
80000096:	10000737          	lui	a4,0x10000
8000009a:	0505                	add	a0,a0,1
8000009c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800000a0:	0207f793          	and	a5,a5,32
800000a4:	dfe5                	beqz	a5,8000009c <bare_puts+0xc>
800000a6:	00d70023          	sb	a3,0(a4)
800000aa:	00054683          	lbu	a3,0(a0)
800000ae:	f6f5                	bnez	a3,8000009a <bare_puts+0xa>
800000b0:	8082                	ret

800000b2 <bare_put_hex>:
800000b2:	800026b7          	lui	a3,0x80002
800000b6:	03000613          	li	a2,48
800000ba:	18068693          	add	a3,a3,384 # 80002180 <__text_end+0x1e>
800000be:	10000737          	lui	a4,0x10000
800000c2:	0685                	add	a3,a3,1
800000c4:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800000c8:	0207f793          	and	a5,a5,32
800000cc:	dfe5                	beqz	a5,800000c4 <bare_put_hex+0x12>
800000ce:	00c70023          	sb	a2,0(a4)
800000d2:	0006c603          	lbu	a2,0(a3)
800000d6:	f675                	bnez	a2,800000c2 <bare_put_hex+0x10>
800000d8:	800025b7          	lui	a1,0x80002
800000dc:	46f1                	li	a3,28
800000de:	18458593          	add	a1,a1,388 # 80002184 <__text_end+0x22>
800000e2:	10000737          	lui	a4,0x10000
800000e6:	5871                	li	a6,-4
800000e8:	00d557b3          	srl	a5,a0,a3
800000ec:	8bbd                	and	a5,a5,15
800000ee:	97ae                	add	a5,a5,a1
800000f0:	0007c603          	lbu	a2,0(a5)
800000f4:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800000f8:	0207f793          	and	a5,a5,32
800000fc:	dfe5                	beqz	a5,800000f4 <bare_put_hex+0x42>
800000fe:	00c70023          	sb	a2,0(a4)
80000102:	16f1                	add	a3,a3,-4
80000104:	ff0692e3          	bne	a3,a6,800000e8 <bare_put_hex+0x36>
80000108:	8082                	ret

8000010a <bare_exit>:
8000010a:	cd19                	beqz	a0,80000128 <bare_exit+0x1e>
8000010c:	670d                	lui	a4,0x3
8000010e:	01051793          	sll	a5,a0,0x10
80000112:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
80000116:	8fd9                	or	a5,a5,a4
80000118:	00100737          	lui	a4,0x100
8000011c:	c31c                	sw	a5,0(a4)
8000011e:	10500073          	wfi
80000122:	10500073          	wfi
80000126:	bfe5                	j	8000011e <bare_exit+0x14>
80000128:	6795                	lui	a5,0x5
8000012a:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
8000012e:	b7ed                	j	80000118 <bare_exit+0xe>

80000130 <_exit>:
80000130:	1141                	add	sp,sp,-16
80000132:	c606                	sw	ra,12(sp)
80000134:	3fd9                	jal	8000010a <bare_exit>

80000136 <bare_unexpected_trap>:
80000136:	1141                	add	sp,sp,-16
80000138:	c04a                	sw	s2,0(sp)
8000013a:	892a                	mv	s2,a0
8000013c:	80002537          	lui	a0,0x80002
80000140:	19850513          	add	a0,a0,408 # 80002198 <__text_end+0x36>
80000144:	c606                	sw	ra,12(sp)
80000146:	c422                	sw	s0,8(sp)
80000148:	c226                	sw	s1,4(sp)
8000014a:	8432                	mv	s0,a2
8000014c:	84ae                	mv	s1,a1
8000014e:	3789                	jal	80000090 <bare_puts>
80000150:	854a                	mv	a0,s2
80000152:	3785                	jal	800000b2 <bare_put_hex>
80000154:	80002537          	lui	a0,0x80002
80000158:	1b050513          	add	a0,a0,432 # 800021b0 <__text_end+0x4e>
8000015c:	3f15                	jal	80000090 <bare_puts>
8000015e:	8526                	mv	a0,s1
80000160:	3f89                	jal	800000b2 <bare_put_hex>
80000162:	80002537          	lui	a0,0x80002
80000166:	1b850513          	add	a0,a0,440 # 800021b8 <__text_end+0x56>
8000016a:	371d                	jal	80000090 <bare_puts>
8000016c:	8522                	mv	a0,s0
8000016e:	3791                	jal	800000b2 <bare_put_hex>
80000170:	10000737          	lui	a4,0x10000
80000174:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000178:	0207f793          	and	a5,a5,32
8000017c:	dfe5                	beqz	a5,80000174 <bare_unexpected_trap+0x3e>
8000017e:	47a9                	li	a5,10
80000180:	00f70023          	sb	a5,0(a4)
80000184:	006337b7          	lui	a5,0x633
80000188:	00100737          	lui	a4,0x100
8000018c:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
80000190:	c31c                	sw	a5,0(a4)
80000192:	10500073          	wfi
80000196:	10500073          	wfi
8000019a:	bfe5                	j	80000192 <bare_unexpected_trap+0x5c>

8000019c <__libc_init_array>:
8000019c:	797012ef          	jal	t0,80002132 <__riscv_save_0>
800001a0:	800024b7          	lui	s1,0x80002
800001a4:	80002437          	lui	s0,0x80002
800001a8:	6a848793          	add	a5,s1,1704 # 800026a8 <__fini_array_end>
800001ac:	6a840413          	add	s0,s0,1704 # 800026a8 <__fini_array_end>
800001b0:	8c1d                	sub	s0,s0,a5
800001b2:	8409                	sra	s0,s0,0x2
800001b4:	6a848493          	add	s1,s1,1704
800001b8:	4901                	li	s2,0
800001ba:	02891a63          	bne	s2,s0,800001ee <__libc_init_array+0x52>
800001be:	00000793          	li	a5,0
800001c2:	c789                	beqz	a5,800001cc <__libc_init_array+0x30>
800001c4:	00000097          	auipc	ra,0x0
800001c8:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800001cc:	800024b7          	lui	s1,0x80002
800001d0:	80002437          	lui	s0,0x80002
800001d4:	6a848793          	add	a5,s1,1704 # 800026a8 <__fini_array_end>
800001d8:	6a840413          	add	s0,s0,1704 # 800026a8 <__fini_array_end>
800001dc:	8c1d                	sub	s0,s0,a5
800001de:	8409                	sra	s0,s0,0x2
800001e0:	6a848493          	add	s1,s1,1704
800001e4:	4901                	li	s2,0
800001e6:	00891963          	bne	s2,s0,800001f8 <__libc_init_array+0x5c>
800001ea:	76d0106f          	j	80002156 <__riscv_restore_0>
800001ee:	409c                	lw	a5,0(s1)
800001f0:	0905                	add	s2,s2,1
800001f2:	0491                	add	s1,s1,4
800001f4:	9782                	jalr	a5
800001f6:	b7d1                	j	800001ba <__libc_init_array+0x1e>
800001f8:	409c                	lw	a5,0(s1)
800001fa:	0905                	add	s2,s2,1
800001fc:	0491                	add	s1,s1,4
800001fe:	9782                	jalr	a5
80000200:	b7dd                	j	800001e6 <__libc_init_array+0x4a>

80000202 <exit>:
80000202:	731012ef          	jal	t0,80002132 <__riscv_save_0>
80000206:	00000793          	li	a5,0
8000020a:	842a                	mv	s0,a0
8000020c:	c791                	beqz	a5,80000218 <exit+0x16>
8000020e:	4581                	li	a1,0
80000210:	00000097          	auipc	ra,0x0
80000214:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000218:	796010ef          	jal	800019ae <__libc_fini_array>
8000021c:	8522                	mv	a0,s0
8000021e:	3f09                	jal	80000130 <_exit>

80000220 <printf>:
80000220:	7139                	add	sp,sp,-64
80000222:	da3e                	sw	a5,52(sp)
80000224:	800027b7          	lui	a5,0x80002
80000228:	d22e                	sw	a1,36(sp)
8000022a:	85aa                	mv	a1,a0
8000022c:	69c7a503          	lw	a0,1692(a5) # 8000269c <stdout>
80000230:	d432                	sw	a2,40(sp)
80000232:	1050                	add	a2,sp,36
80000234:	ce06                	sw	ra,28(sp)
80000236:	d636                	sw	a3,44(sp)
80000238:	d83a                	sw	a4,48(sp)
8000023a:	dc42                	sw	a6,56(sp)
8000023c:	de46                	sw	a7,60(sp)
8000023e:	c632                	sw	a2,12(sp)
80000240:	2411                	jal	80000444 <__d_vfprintf>
80000242:	40f2                	lw	ra,28(sp)
80000244:	6121                	add	sp,sp,64
80000246:	8082                	ret

80000248 <__ultoa_invert>:
80000248:	6c3012ef          	jal	t0,8000210a <__riscv_save_10>
8000024c:	2006f793          	and	a5,a3,512
80000250:	89aa                	mv	s3,a0
80000252:	8a2e                	mv	s4,a1
80000254:	8932                	mv	s2,a2
80000256:	84b6                	mv	s1,a3
80000258:	02700b13          	li	s6,39
8000025c:	c781                	beqz	a5,80000264 <__ultoa_invert+0x1c>
8000025e:	dff6f493          	and	s1,a3,-513
80000262:	4b1d                	li	s6,7
80000264:	41f4da93          	sra	s5,s1,0x1f
80000268:	4ca5                	li	s9,9
8000026a:	8626                	mv	a2,s1
8000026c:	86d6                	mv	a3,s5
8000026e:	854e                	mv	a0,s3
80000270:	85d2                	mv	a1,s4
80000272:	369010ef          	jal	80001dda <__umoddi3>
80000276:	85d2                	mv	a1,s4
80000278:	0ff57413          	zext.b	s0,a0
8000027c:	8626                	mv	a2,s1
8000027e:	854e                	mv	a0,s3
80000280:	86d6                	mv	a3,s5
80000282:	7fa010ef          	jal	80001a7c <__udivdi3>
80000286:	8c4e                	mv	s8,s3
80000288:	8bd2                	mv	s7,s4
8000028a:	89aa                	mv	s3,a0
8000028c:	8a2e                	mv	s4,a1
8000028e:	008cf563          	bgeu	s9,s0,80000298 <__ultoa_invert+0x50>
80000292:	945a                	add	s0,s0,s6
80000294:	0ff47413          	zext.b	s0,s0
80000298:	0905                	add	s2,s2,1
8000029a:	03040413          	add	s0,s0,48
8000029e:	fe890fa3          	sb	s0,-1(s2)
800002a2:	015be663          	bltu	s7,s5,800002ae <__ultoa_invert+0x66>
800002a6:	fd7a92e3          	bne	s5,s7,8000026a <__ultoa_invert+0x22>
800002aa:	fc9c70e3          	bgeu	s8,s1,8000026a <__ultoa_invert+0x22>
800002ae:	854a                	mv	a0,s2
800002b0:	6930106f          	j	80002142 <__riscv_restore_10>

800002b4 <skip_to_arg>:
800002b4:	657012ef          	jal	t0,8000210a <__riscv_save_10>
800002b8:	4305                	li	t1,1
800002ba:	02500f13          	li	t5,37
800002be:	88aa                	mv	a7,a0
800002c0:	00c34463          	blt	t1,a2,800002c8 <skip_to_arg+0x14>
800002c4:	67f0106f          	j	80002142 <__riscv_restore_10>
800002c8:	87c6                	mv	a5,a7
800002ca:	88be                	mv	a7,a5
800002cc:	0007c703          	lbu	a4,0(a5)
800002d0:	0785                	add	a5,a5,1
800002d2:	db6d                	beqz	a4,800002c4 <skip_to_arg+0x10>
800002d4:	ffe71be3          	bne	a4,t5,800002ca <skip_to_arg+0x16>
800002d8:	0007c703          	lbu	a4,0(a5)
800002dc:	0889                	add	a7,a7,2
800002de:	ffe705e3          	beq	a4,t5,800002c8 <skip_to_arg+0x14>
800002e2:	6ecd                	lui	t4,0x13
800002e4:	4681                	li	a3,0
800002e6:	4e01                	li	t3,0
800002e8:	4781                	li	a5,0
800002ea:	42fd                	li	t0,31
800002ec:	06c00f93          	li	t6,108
800002f0:	07400393          	li	t2,116
800002f4:	07a00413          	li	s0,122
800002f8:	06800493          	li	s1,104
800002fc:	06a00913          	li	s2,106
80000300:	04c00993          	li	s3,76
80000304:	4a25                	li	s4,9
80000306:	02400a93          	li	s5,36
8000030a:	07f00b13          	li	s6,127
8000030e:	4bc1                	li	s7,16
80000310:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
80000314:	04f2e263          	bltu	t0,a5,80000358 <skip_to_arg+0xa4>
80000318:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
8000031c:	0ff87813          	zext.b	a6,a6
80000320:	030bf163          	bgeu	s7,a6,80000342 <skip_to_arg+0x8e>
80000324:	fd070813          	add	a6,a4,-48
80000328:	0ff87813          	zext.b	a6,a6
8000032c:	4c25                	li	s8,9
8000032e:	050c6563          	bltu	s8,a6,80000378 <skip_to_arg+0xc4>
80000332:	47a9                	li	a5,10
80000334:	02f687b3          	mul	a5,a3,a5
80000338:	00f806b3          	add	a3,a6,a5
8000033c:	02000793          	li	a5,32
80000340:	a039                	j	8000034e <skip_to_arg+0x9a>
80000342:	010ed833          	srl	a6,t4,a6
80000346:	00187813          	and	a6,a6,1
8000034a:	00080963          	beqz	a6,8000035c <skip_to_arg+0xa8>
8000034e:	0008c703          	lbu	a4,0(a7)
80000352:	0885                	add	a7,a7,1
80000354:	f361                	bnez	a4,80000314 <skip_to_arg+0x60>
80000356:	a8b1                	j	800003b2 <skip_to_arg+0xfe>
80000358:	04fb6363          	bltu	s6,a5,8000039e <skip_to_arg+0xea>
8000035c:	fd070813          	add	a6,a4,-48
80000360:	0ff87813          	zext.b	a6,a6
80000364:	fd0a77e3          	bgeu	s4,a6,80000332 <skip_to_arg+0x7e>
80000368:	03571563          	bne	a4,s5,80000392 <skip_to_arg+0xde>
8000036c:	0a0e0063          	beqz	t3,8000040c <skip_to_arg+0x158>
80000370:	0a668063          	beq	a3,t1,80000410 <skip_to_arg+0x15c>
80000374:	4681                	li	a3,0
80000376:	bfe1                	j	8000034e <skip_to_arg+0x9a>
80000378:	0fb77813          	and	a6,a4,251
8000037c:	02a00c13          	li	s8,42
80000380:	ff880ae3          	beq	a6,s8,80000374 <skip_to_arg+0xc0>
80000384:	06c00813          	li	a6,108
80000388:	01071d63          	bne	a4,a6,800003a2 <skip_to_arg+0xee>
8000038c:	0807e793          	or	a5,a5,128
80000390:	bf7d                	j	8000034e <skip_to_arg+0x9a>
80000392:	0fb77813          	and	a6,a4,251
80000396:	02a00c13          	li	s8,42
8000039a:	fd880de3          	beq	a6,s8,80000374 <skip_to_arg+0xc0>
8000039e:	05f70663          	beq	a4,t6,800003ea <skip_to_arg+0x136>
800003a2:	02efef63          	bltu	t6,a4,800003e0 <skip_to_arg+0x12c>
800003a6:	04970863          	beq	a4,s1,800003f6 <skip_to_arg+0x142>
800003aa:	05270e63          	beq	a4,s2,80000406 <skip_to_arg+0x152>
800003ae:	05370c63          	beq	a4,s3,80000406 <skip_to_arg+0x152>
800003b2:	f00e09e3          	beqz	t3,800002c4 <skip_to_arg+0x10>
800003b6:	f06e15e3          	bne	t3,t1,800002c0 <skip_to_arg+0xc>
800003ba:	02076893          	or	a7,a4,32
800003be:	f9b88813          	add	a6,a7,-101
800003c2:	0ff87813          	zext.b	a6,a6
800003c6:	4e09                	li	t3,2
800003c8:	4194                	lw	a3,0(a1)
800003ca:	010e7663          	bgeu	t3,a6,800003d6 <skip_to_arg+0x122>
800003ce:	06100813          	li	a6,97
800003d2:	05089263          	bne	a7,a6,80000416 <skip_to_arg+0x162>
800003d6:	069d                	add	a3,a3,7
800003d8:	9ae1                	and	a3,a3,-8
800003da:	00868713          	add	a4,a3,8
800003de:	a091                	j	80000422 <skip_to_arg+0x16e>
800003e0:	f67707e3          	beq	a4,t2,8000034e <skip_to_arg+0x9a>
800003e4:	f68705e3          	beq	a4,s0,8000034e <skip_to_arg+0x9a>
800003e8:	b7e9                	j	800003b2 <skip_to_arg+0xfe>
800003ea:	0807f713          	and	a4,a5,128
800003ee:	df59                	beqz	a4,8000038c <skip_to_arg+0xd8>
800003f0:	2007e793          	or	a5,a5,512
800003f4:	bf61                	j	8000038c <skip_to_arg+0xd8>
800003f6:	1007f713          	and	a4,a5,256
800003fa:	c319                	beqz	a4,80000400 <skip_to_arg+0x14c>
800003fc:	2007e793          	or	a5,a5,512
80000400:	1007e793          	or	a5,a5,256
80000404:	b7a9                	j	8000034e <skip_to_arg+0x9a>
80000406:	2807e793          	or	a5,a5,640
8000040a:	b791                	j	8000034e <skip_to_arg+0x9a>
8000040c:	8e36                	mv	t3,a3
8000040e:	b79d                	j	80000374 <skip_to_arg+0xc0>
80000410:	06300713          	li	a4,99
80000414:	b75d                	j	800003ba <skip_to_arg+0x106>
80000416:	06300813          	li	a6,99
8000041a:	01071763          	bne	a4,a6,80000428 <skip_to_arg+0x174>
8000041e:	00468713          	add	a4,a3,4
80000422:	c198                	sw	a4,0(a1)
80000424:	0305                	add	t1,t1,1
80000426:	bd61                	j	800002be <skip_to_arg+0xa>
80000428:	07300813          	li	a6,115
8000042c:	ff0709e3          	beq	a4,a6,8000041e <skip_to_arg+0x16a>
80000430:	0807f813          	and	a6,a5,128
80000434:	00468713          	add	a4,a3,4
80000438:	fe0805e3          	beqz	a6,80000422 <skip_to_arg+0x16e>
8000043c:	2007f793          	and	a5,a5,512
80000440:	d3ed                	beqz	a5,80000422 <skip_to_arg+0x16e>
80000442:	bf51                	j	800003d6 <skip_to_arg+0x122>

80000444 <__d_vfprintf>:
80000444:	4bf012ef          	jal	t0,80002102 <__riscv_save_12>
80000448:	00454783          	lbu	a5,4(a0)
8000044c:	7139                	add	sp,sp,-64
8000044e:	c02a                	sw	a0,0(sp)
80000450:	c42e                	sw	a1,8(sp)
80000452:	c632                	sw	a2,12(sp)
80000454:	8b89                	and	a5,a5,2
80000456:	00852a03          	lw	s4,8(a0)
8000045a:	c785                	beqz	a5,80000482 <__d_vfprintf+0x3e>
8000045c:	d232                	sw	a2,36(sp)
8000045e:	87ae                	mv	a5,a1
80000460:	4401                	li	s0,0
80000462:	0007c903          	lbu	s2,0(a5)
80000466:	00090f63          	beqz	s2,80000484 <__d_vfprintf+0x40>
8000046a:	02500713          	li	a4,37
8000046e:	00e90f63          	beq	s2,a4,8000048c <__d_vfprintf+0x48>
80000472:	0785                	add	a5,a5,1
80000474:	c23e                	sw	a5,4(sp)
80000476:	4582                	lw	a1,0(sp)
80000478:	854a                	mv	a0,s2
8000047a:	0405                	add	s0,s0,1
8000047c:	9a02                	jalr	s4
8000047e:	280552e3          	bgez	a0,80000f02 <__d_vfprintf+0xabe>
80000482:	547d                	li	s0,-1
80000484:	8522                	mv	a0,s0
80000486:	6121                	add	sp,sp,64
80000488:	4b70106f          	j	8000213e <__riscv_restore_12>
8000048c:	0017c903          	lbu	s2,1(a5)
80000490:	00278713          	add	a4,a5,2
80000494:	c23a                	sw	a4,4(sp)
80000496:	02500793          	li	a5,37
8000049a:	fcf90ee3          	beq	s2,a5,80000476 <__d_vfprintf+0x32>
8000049e:	800024b7          	lui	s1,0x80002
800004a2:	4a81                	li	s5,0
800004a4:	4d01                	li	s10,0
800004a6:	4b01                	li	s6,0
800004a8:	4d81                	li	s11,0
800004aa:	06c00993          	li	s3,108
800004ae:	07400b93          	li	s7,116
800004b2:	07a00c13          	li	s8,122
800004b6:	06800c93          	li	s9,104
800004ba:	1d048493          	add	s1,s1,464 # 800021d0 <__text_end+0x6e>
800004be:	47fd                	li	a5,31
800004c0:	07b7e163          	bltu	a5,s11,80000522 <__d_vfprintf+0xde>
800004c4:	fe090793          	add	a5,s2,-32
800004c8:	0ff7f793          	zext.b	a5,a5
800004cc:	4741                	li	a4,16
800004ce:	00f76663          	bltu	a4,a5,800004da <__d_vfprintf+0x96>
800004d2:	078a                	sll	a5,a5,0x2
800004d4:	97a6                	add	a5,a5,s1
800004d6:	439c                	lw	a5,0(a5)
800004d8:	8782                	jr	a5
800004da:	fd090793          	add	a5,s2,-48
800004de:	0ff7f793          	zext.b	a5,a5
800004e2:	4725                	li	a4,9
800004e4:	06f76463          	bltu	a4,a5,8000054c <__d_vfprintf+0x108>
800004e8:	46a9                	li	a3,10
800004ea:	02db06b3          	mul	a3,s6,a3
800004ee:	00f68b33          	add	s6,a3,a5
800004f2:	020ded93          	or	s11,s11,32
800004f6:	a019                	j	800004fc <__d_vfprintf+0xb8>
800004f8:	001ded93          	or	s11,s11,1
800004fc:	4792                	lw	a5,4(sp)
800004fe:	0007c903          	lbu	s2,0(a5)
80000502:	0785                	add	a5,a5,1
80000504:	c23e                	sw	a5,4(sp)
80000506:	fa091ce3          	bnez	s2,800004be <__d_vfprintf+0x7a>
8000050a:	a0dd                	j	800005f0 <__d_vfprintf+0x1ac>
8000050c:	002ded93          	or	s11,s11,2
80000510:	004ded93          	or	s11,s11,4
80000514:	b7e5                	j	800004fc <__d_vfprintf+0xb8>
80000516:	008ded93          	or	s11,s11,8
8000051a:	b7cd                	j	800004fc <__d_vfprintf+0xb8>
8000051c:	010ded93          	or	s11,s11,16
80000520:	bff1                	j	800004fc <__d_vfprintf+0xb8>
80000522:	07f00793          	li	a5,127
80000526:	0bb7e763          	bltu	a5,s11,800005d4 <__d_vfprintf+0x190>
8000052a:	fd090693          	add	a3,s2,-48
8000052e:	0ff6f693          	zext.b	a3,a3
80000532:	47a5                	li	a5,9
80000534:	00d7ec63          	bltu	a5,a3,8000054c <__d_vfprintf+0x108>
80000538:	040df613          	and	a2,s11,64
8000053c:	87b6                	mv	a5,a3
8000053e:	d64d                	beqz	a2,800004e8 <__d_vfprintf+0xa4>
80000540:	47a9                	li	a5,10
80000542:	02fd07b3          	mul	a5,s10,a5
80000546:	00d78d33          	add	s10,a5,a3
8000054a:	bf4d                	j	800004fc <__d_vfprintf+0xb8>
8000054c:	02a00793          	li	a5,42
80000550:	02f91663          	bne	s2,a5,8000057c <__d_vfprintf+0x138>
80000554:	fa0a94e3          	bnez	s5,800004fc <__d_vfprintf+0xb8>
80000558:	5692                	lw	a3,36(sp)
8000055a:	040df793          	and	a5,s11,64
8000055e:	00468613          	add	a2,a3,4
80000562:	4294                	lw	a3,0(a3)
80000564:	d232                	sw	a2,36(sp)
80000566:	c399                	beqz	a5,8000056c <__d_vfprintf+0x128>
80000568:	8d36                	mv	s10,a3
8000056a:	bf49                	j	800004fc <__d_vfprintf+0xb8>
8000056c:	8b36                	mv	s6,a3
8000056e:	f806d2e3          	bgez	a3,800004f2 <__d_vfprintf+0xae>
80000572:	40d00b33          	neg	s6,a3
80000576:	028ded93          	or	s11,s11,40
8000057a:	b749                	j	800004fc <__d_vfprintf+0xb8>
8000057c:	02e00793          	li	a5,46
80000580:	00f91963          	bne	s2,a5,80000592 <__d_vfprintf+0x14e>
80000584:	040df793          	and	a5,s11,64
80000588:	ee079ee3          	bnez	a5,80000484 <__d_vfprintf+0x40>
8000058c:	040ded93          	or	s11,s11,64
80000590:	b7b5                	j	800004fc <__d_vfprintf+0xb8>
80000592:	02400793          	li	a5,36
80000596:	02f91f63          	bne	s2,a5,800005d4 <__d_vfprintf+0x190>
8000059a:	120a8a63          	beqz	s5,800006ce <__d_vfprintf+0x28a>
8000059e:	47b2                	lw	a5,12(sp)
800005a0:	d23e                	sw	a5,36(sp)
800005a2:	040df793          	and	a5,s11,64
800005a6:	ef81                	bnez	a5,800005be <__d_vfprintf+0x17a>
800005a8:	4522                	lw	a0,8(sp)
800005aa:	865a                	mv	a2,s6
800005ac:	104c                	add	a1,sp,36
800005ae:	3319                	jal	800002b4 <skip_to_arg>
800005b0:	5792                	lw	a5,36(sp)
800005b2:	00478693          	add	a3,a5,4
800005b6:	0007ab03          	lw	s6,0(a5)
800005ba:	d236                	sw	a3,36(sp)
800005bc:	b781                	j	800004fc <__d_vfprintf+0xb8>
800005be:	4522                	lw	a0,8(sp)
800005c0:	866a                	mv	a2,s10
800005c2:	104c                	add	a1,sp,36
800005c4:	39c5                	jal	800002b4 <skip_to_arg>
800005c6:	5792                	lw	a5,36(sp)
800005c8:	00478693          	add	a3,a5,4
800005cc:	0007ad03          	lw	s10,0(a5)
800005d0:	d236                	sw	a3,36(sp)
800005d2:	b72d                	j	800004fc <__d_vfprintf+0xb8>
800005d4:	0d390a63          	beq	s2,s3,800006a8 <__d_vfprintf+0x264>
800005d8:	0d29e363          	bltu	s3,s2,8000069e <__d_vfprintf+0x25a>
800005dc:	0d990e63          	beq	s2,s9,800006b8 <__d_vfprintf+0x274>
800005e0:	06a00793          	li	a5,106
800005e4:	0ef90263          	beq	s2,a5,800006c8 <__d_vfprintf+0x284>
800005e8:	04c00793          	li	a5,76
800005ec:	0cf90e63          	beq	s2,a5,800006c8 <__d_vfprintf+0x284>
800005f0:	000a8863          	beqz	s5,80000600 <__d_vfprintf+0x1bc>
800005f4:	47b2                	lw	a5,12(sp)
800005f6:	4522                	lw	a0,8(sp)
800005f8:	8656                	mv	a2,s5
800005fa:	104c                	add	a1,sp,36
800005fc:	d23e                	sw	a5,36(sp)
800005fe:	395d                	jal	800002b4 <skip_to_arg>
80000600:	000d5963          	bgez	s10,80000612 <__d_vfprintf+0x1ce>
80000604:	fbfdf813          	and	a6,s11,-65
80000608:	01081d93          	sll	s11,a6,0x10
8000060c:	010ddd93          	srl	s11,s11,0x10
80000610:	4d01                	li	s10,0
80000612:	02096c93          	or	s9,s2,32
80000616:	f9bc8793          	add	a5,s9,-101
8000061a:	0ff7f793          	zext.b	a5,a5
8000061e:	4709                	li	a4,2
80000620:	0af77d63          	bgeu	a4,a5,800006da <__d_vfprintf+0x296>
80000624:	06100793          	li	a5,97
80000628:	6afc9163          	bne	s9,a5,80000cca <__d_vfprintf+0x886>
8000062c:	5792                	lw	a5,36(sp)
8000062e:	6a89                	lui	s5,0x2
80000630:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
80000634:	079d                	add	a5,a5,7
80000636:	9be1                	and	a5,a5,-8
80000638:	0047ab83          	lw	s7,4(a5)
8000063c:	0007a883          	lw	a7,0(a5)
80000640:	00878713          	add	a4,a5,8
80000644:	414bd993          	sra	s3,s7,0x14
80000648:	00cb9c13          	sll	s8,s7,0xc
8000064c:	7ff9f993          	and	s3,s3,2047
80000650:	00cc5c93          	srl	s9,s8,0xc
80000654:	015deab3          	or	s5,s11,s5
80000658:	0119e533          	or	a0,s3,a7
8000065c:	fff94913          	not	s2,s2
80000660:	0ac2                	sll	s5,s5,0x10
80000662:	d23a                	sw	a4,36(sp)
80000664:	019567b3          	or	a5,a0,s9
80000668:	02097913          	and	s2,s2,32
8000066c:	010ada93          	srl	s5,s5,0x10
80000670:	86c6                	mv	a3,a7
80000672:	8c66                	mv	s8,s9
80000674:	040df813          	and	a6,s11,64
80000678:	01fbdb93          	srl	s7,s7,0x1f
8000067c:	ebdd                	bnez	a5,80000732 <__d_vfprintf+0x2ee>
8000067e:	03000793          	li	a5,48
80000682:	0ffbfb93          	zext.b	s7,s7
80000686:	02f106a3          	sb	a5,45(sp)
8000068a:	03710623          	sb	s7,44(sp)
8000068e:	24080d63          	beqz	a6,800008e8 <__d_vfprintf+0x4a4>
80000692:	47b1                	li	a5,12
80000694:	4981                	li	s3,0
80000696:	0da7d263          	bge	a5,s10,8000075a <__d_vfprintf+0x316>
8000069a:	4d35                	li	s10,13
8000069c:	aa85                	j	8000080c <__d_vfprintf+0x3c8>
8000069e:	e5790fe3          	beq	s2,s7,800004fc <__d_vfprintf+0xb8>
800006a2:	e5890de3          	beq	s2,s8,800004fc <__d_vfprintf+0xb8>
800006a6:	b7a9                	j	800005f0 <__d_vfprintf+0x1ac>
800006a8:	080df793          	and	a5,s11,128
800006ac:	c399                	beqz	a5,800006b2 <__d_vfprintf+0x26e>
800006ae:	200ded93          	or	s11,s11,512
800006b2:	080ded93          	or	s11,s11,128
800006b6:	b599                	j	800004fc <__d_vfprintf+0xb8>
800006b8:	100df793          	and	a5,s11,256
800006bc:	c399                	beqz	a5,800006c2 <__d_vfprintf+0x27e>
800006be:	200ded93          	or	s11,s11,512
800006c2:	100ded93          	or	s11,s11,256
800006c6:	bd1d                	j	800004fc <__d_vfprintf+0xb8>
800006c8:	280ded93          	or	s11,s11,640
800006cc:	bd05                	j	800004fc <__d_vfprintf+0xb8>
800006ce:	875a                	mv	a4,s6
800006d0:	4d01                	li	s10,0
800006d2:	4b01                	li	s6,0
800006d4:	8aba                	mv	s5,a4
800006d6:	4d81                	li	s11,0
800006d8:	b515                	j	800004fc <__d_vfprintf+0xb8>
800006da:	5792                	lw	a5,36(sp)
800006dc:	fff94913          	not	s2,s2
800006e0:	02097913          	and	s2,s2,32
800006e4:	079d                	add	a5,a5,7
800006e6:	9be1                	and	a5,a5,-8
800006e8:	00878713          	add	a4,a5,8
800006ec:	4388                	lw	a0,0(a5)
800006ee:	43cc                	lw	a1,4(a5)
800006f0:	d23a                	sw	a4,36(sp)
800006f2:	040df793          	and	a5,s11,64
800006f6:	20078d63          	beqz	a5,80000910 <__d_vfprintf+0x4cc>
800006fa:	06500793          	li	a5,101
800006fe:	20fc9b63          	bne	s9,a5,80000914 <__d_vfprintf+0x4d0>
80000702:	6785                	lui	a5,0x1
80000704:	001d0613          	add	a2,s10,1
80000708:	00fdedb3          	or	s11,s11,a5
8000070c:	0ff67613          	zext.b	a2,a2
80000710:	4701                	li	a4,0
80000712:	4781                	li	a5,0
80000714:	4345                	li	t1,17
80000716:	0ff67693          	zext.b	a3,a2
8000071a:	00c37363          	bgeu	t1,a2,80000720 <__d_vfprintf+0x2dc>
8000071e:	46c5                	li	a3,17
80000720:	1030                	add	a2,sp,40
80000722:	317000ef          	jal	80001238 <__dtoa_engine>
80000726:	0ff57b93          	zext.b	s7,a0
8000072a:	59a2                	lw	s3,40(sp)
8000072c:	8aee                	mv	s5,s11
8000072e:	4c09                	li	s8,2
80000730:	aa01                	j	80000840 <__d_vfprintf+0x3fc>
80000732:	03100793          	li	a5,49
80000736:	00099563          	bnez	s3,80000740 <__d_vfprintf+0x2fc>
8000073a:	03000793          	li	a5,48
8000073e:	4985                	li	s3,1
80000740:	0ffbfb93          	zext.b	s7,s7
80000744:	02f106a3          	sb	a5,45(sp)
80000748:	03710623          	sb	s7,44(sp)
8000074c:	c0198993          	add	s3,s3,-1023
80000750:	18080363          	beqz	a6,800008d6 <__d_vfprintf+0x492>
80000754:	47b1                	li	a5,12
80000756:	19a7c263          	blt	a5,s10,800008da <__d_vfprintf+0x496>
8000075a:	4335                	li	t1,13
8000075c:	41a30333          	sub	t1,t1,s10
80000760:	00231d93          	sll	s11,t1,0x2
80000764:	fffd8613          	add	a2,s11,-1
80000768:	4505                	li	a0,1
8000076a:	4581                	li	a1,0
8000076c:	ca46                	sw	a7,20(sp)
8000076e:	c836                	sw	a3,16(sp)
80000770:	2ba010ef          	jal	80001a2a <__ashldi3>
80000774:	84aa                	mv	s1,a0
80000776:	872e                	mv	a4,a1
80000778:	00171793          	sll	a5,a4,0x1
8000077c:	85aa                	mv	a1,a0
8000077e:	01f4d513          	srl	a0,s1,0x1f
80000782:	00149e13          	sll	t3,s1,0x1
80000786:	8fc9                	or	a5,a5,a0
80000788:	40f00c33          	neg	s8,a5
8000078c:	01c03533          	snez	a0,t3
80000790:	48d2                	lw	a7,20(sp)
80000792:	41c00833          	neg	a6,t3
80000796:	40ac0c33          	sub	s8,s8,a0
8000079a:	fffe0513          	add	a0,t3,-1
8000079e:	001e3e13          	seqz	t3,t3
800007a2:	41c787b3          	sub	a5,a5,t3
800007a6:	0197f7b3          	and	a5,a5,s9
800007aa:	01157533          	and	a0,a0,a7
800007ae:	02f74663          	blt	a4,a5,800007da <__d_vfprintf+0x396>
800007b2:	46c2                	lw	a3,16(sp)
800007b4:	00e79463          	bne	a5,a4,800007bc <__d_vfprintf+0x378>
800007b8:	02a5e163          	bltu	a1,a0,800007da <__d_vfprintf+0x396>
800007bc:	8546                	mv	a0,a7
800007be:	866e                	mv	a2,s11
800007c0:	85e6                	mv	a1,s9
800007c2:	ce3a                	sw	a4,28(sp)
800007c4:	cc42                	sw	a6,24(sp)
800007c6:	ca36                	sw	a3,20(sp)
800007c8:	c846                	sw	a7,16(sp)
800007ca:	288010ef          	jal	80001a52 <__ashrdi3>
800007ce:	8905                	and	a0,a0,1
800007d0:	48c2                	lw	a7,16(sp)
800007d2:	46d2                	lw	a3,20(sp)
800007d4:	4862                	lw	a6,24(sp)
800007d6:	4772                	lw	a4,28(sp)
800007d8:	c94d                	beqz	a0,8000088a <__d_vfprintf+0x446>
800007da:	00988533          	add	a0,a7,s1
800007de:	01153db3          	sltu	s11,a0,a7
800007e2:	9766                	add	a4,a4,s9
800007e4:	00ed8cb3          	add	s9,s11,a4
800007e8:	001007b7          	lui	a5,0x100
800007ec:	86aa                	mv	a3,a0
800007ee:	08fcce63          	blt	s9,a5,8000088a <__d_vfprintf+0x446>
800007f2:	02d14783          	lbu	a5,45(sp)
800007f6:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
800007f8:	02f106a3          	sb	a5,45(sp)
800007fc:	40000793          	li	a5,1024
80000800:	0af98163          	beq	s3,a5,800008a2 <__d_vfprintf+0x45e>
80000804:	00a87533          	and	a0,a6,a0
80000808:	019c7c33          	and	s8,s8,s9
8000080c:	05700613          	li	a2,87
80000810:	1034                	add	a3,sp,40
80000812:	4735                	li	a4,13
80000814:	45a5                	li	a1,9
80000816:	41260633          	sub	a2,a2,s2
8000081a:	01cc1813          	sll	a6,s8,0x1c
8000081e:	00f57793          	and	a5,a0,15
80000822:	8111                	srl	a0,a0,0x4
80000824:	00a86533          	or	a0,a6,a0
80000828:	404c5c13          	sra	s8,s8,0x4
8000082c:	e7e1                	bnez	a5,800008f4 <__d_vfprintf+0x4b0>
8000082e:	0ced5563          	bge	s10,a4,800008f8 <__d_vfprintf+0x4b4>
80000832:	177d                	add	a4,a4,-1
80000834:	16fd                	add	a3,a3,-1
80000836:	f375                	bnez	a4,8000081a <__d_vfprintf+0x3d6>
80000838:	4c05                	li	s8,1
8000083a:	4bb9                	li	s7,14
8000083c:	07000c93          	li	s9,112
80000840:	00998713          	add	a4,s3,9
80000844:	46c9                	li	a3,18
80000846:	87ce                	mv	a5,s3
80000848:	06e6e863          	bltu	a3,a4,800008b8 <__d_vfprintf+0x474>
8000084c:	02c14703          	lbu	a4,44(sp)
80000850:	00177d93          	and	s11,a4,1
80000854:	8b31                	and	a4,a4,12
80000856:	120d9a63          	bnez	s11,8000098a <__d_vfprintf+0x546>
8000085a:	002af793          	and	a5,s5,2
8000085e:	12079263          	bnez	a5,80000982 <__d_vfprintf+0x53e>
80000862:	004af793          	and	a5,s5,4
80000866:	cfe9                	beqz	a5,80000940 <__d_vfprintf+0x4fc>
80000868:	12071563          	bnez	a4,80000992 <__d_vfprintf+0x54e>
8000086c:	02000713          	li	a4,32
80000870:	678d                	lui	a5,0x3
80000872:	00faf7b3          	and	a5,s5,a5
80000876:	1c079363          	bnez	a5,80000a3c <__d_vfprintf+0x5f8>
8000087a:	000d1363          	bnez	s10,80000880 <__d_vfprintf+0x43c>
8000087e:	4d05                	li	s10,1
80000880:	103c                	add	a5,sp,40
80000882:	97de                	add	a5,a5,s7
80000884:	03000693          	li	a3,48
80000888:	aa9d                	j	800009fe <__d_vfprintf+0x5ba>
8000088a:	0106f6b3          	and	a3,a3,a6
8000088e:	018cfcb3          	and	s9,s9,s8
80000892:	40000793          	li	a5,1024
80000896:	04f99c63          	bne	s3,a5,800008ee <__d_vfprintf+0x4aa>
8000089a:	0196ecb3          	or	s9,a3,s9
8000089e:	040c8063          	beqz	s9,800008de <__d_vfprintf+0x49a>
800008a2:	008beb93          	or	s7,s7,8
800008a6:	03710623          	sb	s7,44(sp)
800008aa:	40000993          	li	s3,1024
800008ae:	4bb9                	li	s7,14
800008b0:	07000c93          	li	s9,112
800008b4:	40000793          	li	a5,1024
800008b8:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
800008bc:	0c600693          	li	a3,198
800008c0:	4c09                	li	s8,2
800008c2:	f8e6f5e3          	bgeu	a3,a4,8000084c <__d_vfprintf+0x408>
800008c6:	3e778793          	add	a5,a5,999
800008ca:	7ce00c13          	li	s8,1998
800008ce:	00fc3c33          	sltu	s8,s8,a5
800008d2:	0c0d                	add	s8,s8,3
800008d4:	bfa5                	j	8000084c <__d_vfprintf+0x408>
800008d6:	4d01                	li	s10,0
800008d8:	bf6d                	j	80000892 <__d_vfprintf+0x44e>
800008da:	4d35                	li	s10,13
800008dc:	bf5d                	j	80000892 <__d_vfprintf+0x44e>
800008de:	004beb93          	or	s7,s7,4
800008e2:	03710623          	sb	s7,44(sp)
800008e6:	b7e1                	j	800008ae <__d_vfprintf+0x46a>
800008e8:	4981                	li	s3,0
800008ea:	4d01                	li	s10,0
800008ec:	b705                	j	8000080c <__d_vfprintf+0x3c8>
800008ee:	8536                	mv	a0,a3
800008f0:	8c66                	mv	s8,s9
800008f2:	bf29                	j	8000080c <__d_vfprintf+0x3c8>
800008f4:	00f5ea63          	bltu	a1,a5,80000908 <__d_vfprintf+0x4c4>
800008f8:	03078793          	add	a5,a5,48
800008fc:	00f68923          	sb	a5,18(a3)
80000900:	f2ed59e3          	bge	s10,a4,80000832 <__d_vfprintf+0x3ee>
80000904:	8d3a                	mv	s10,a4
80000906:	b735                	j	80000832 <__d_vfprintf+0x3ee>
80000908:	97b2                	add	a5,a5,a2
8000090a:	0ff7f793          	zext.b	a5,a5
8000090e:	b7fd                	j	800008fc <__d_vfprintf+0x4b8>
80000910:	4d19                	li	s10,6
80000912:	b3e5                	j	800006fa <__d_vfprintf+0x2b6>
80000914:	06600793          	li	a5,102
80000918:	00fc9963          	bne	s9,a5,8000092a <__d_vfprintf+0x4e6>
8000091c:	6789                	lui	a5,0x2
8000091e:	00fdedb3          	or	s11,s11,a5
80000922:	4705                	li	a4,1
80000924:	87ea                	mv	a5,s10
80000926:	4645                	li	a2,17
80000928:	b3f5                	j	80000714 <__d_vfprintf+0x2d0>
8000092a:	0ffd7793          	zext.b	a5,s10
8000092e:	0ffd7613          	zext.b	a2,s10
80000932:	e391                	bnez	a5,80000936 <__d_vfprintf+0x4f2>
80000934:	4605                	li	a2,1
80000936:	4701                	li	a4,0
80000938:	4781                	li	a5,0
8000093a:	06500c93          	li	s9,101
8000093e:	bbd9                	j	80000714 <__d_vfprintf+0x2d0>
80000940:	db05                	beqz	a4,80000870 <__d_vfprintf+0x42c>
80000942:	478d                	li	a5,3
80000944:	0967d163          	bge	a5,s6,800009c6 <__d_vfprintf+0x582>
80000948:	008afa93          	and	s5,s5,8
8000094c:	ffdb0493          	add	s1,s6,-3
80000950:	000a9f63          	bnez	s5,8000096e <__d_vfprintf+0x52a>
80000954:	94a2                	add	s1,s1,s0
80000956:	4582                	lw	a1,0(sp)
80000958:	02000513          	li	a0,32
8000095c:	0405                	add	s0,s0,1
8000095e:	9a02                	jalr	s4
80000960:	b20541e3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000964:	fe8499e3          	bne	s1,s0,80000956 <__d_vfprintf+0x512>
80000968:	4481                	li	s1,0
8000096a:	020d9f63          	bnez	s11,800009a8 <__d_vfprintf+0x564>
8000096e:	02c14783          	lbu	a5,44(sp)
80000972:	8ba1                	and	a5,a5,8
80000974:	efad                	bnez	a5,800009ee <__d_vfprintf+0x5aa>
80000976:	800029b7          	lui	s3,0x80002
8000097a:	1c098993          	add	s3,s3,448 # 800021c0 <__text_end+0x5e>
8000097e:	8c22                	mv	s8,s0
80000980:	a8b1                	j	800009dc <__d_vfprintf+0x598>
80000982:	eb15                	bnez	a4,800009b6 <__d_vfprintf+0x572>
80000984:	02b00713          	li	a4,43
80000988:	b5e5                	j	80000870 <__d_vfprintf+0x42c>
8000098a:	eb0d                	bnez	a4,800009bc <__d_vfprintf+0x578>
8000098c:	02d00713          	li	a4,45
80000990:	b5c5                	j	80000870 <__d_vfprintf+0x42c>
80000992:	02000d93          	li	s11,32
80000996:	4791                	li	a5,4
80000998:	0367d563          	bge	a5,s6,800009c2 <__d_vfprintf+0x57e>
8000099c:	008afa93          	and	s5,s5,8
800009a0:	ffcb0493          	add	s1,s6,-4
800009a4:	fa0a88e3          	beqz	s5,80000954 <__d_vfprintf+0x510>
800009a8:	4582                	lw	a1,0(sp)
800009aa:	856e                	mv	a0,s11
800009ac:	0405                	add	s0,s0,1
800009ae:	9a02                	jalr	s4
800009b0:	fa055fe3          	bgez	a0,8000096e <__d_vfprintf+0x52a>
800009b4:	b4f9                	j	80000482 <__d_vfprintf+0x3e>
800009b6:	02b00d93          	li	s11,43
800009ba:	bff1                	j	80000996 <__d_vfprintf+0x552>
800009bc:	02d00d93          	li	s11,45
800009c0:	bfd9                	j	80000996 <__d_vfprintf+0x552>
800009c2:	4481                	li	s1,0
800009c4:	b7d5                	j	800009a8 <__d_vfprintf+0x564>
800009c6:	4481                	li	s1,0
800009c8:	b75d                	j	8000096e <__d_vfprintf+0x52a>
800009ca:	4582                	lw	a1,0(sp)
800009cc:	41250533          	sub	a0,a0,s2
800009d0:	0ff57513          	zext.b	a0,a0
800009d4:	0c05                	add	s8,s8,1
800009d6:	9a02                	jalr	s4
800009d8:	aa0545e3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
800009dc:	408c07b3          	sub	a5,s8,s0
800009e0:	97ce                	add	a5,a5,s3
800009e2:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
800009e6:	f175                	bnez	a0,800009ca <__d_vfprintf+0x586>
800009e8:	8462                	mv	s0,s8
800009ea:	94e2                	add	s1,s1,s8
800009ec:	a515                	j	80001010 <__d_vfprintf+0xbcc>
800009ee:	800029b7          	lui	s3,0x80002
800009f2:	1c498993          	add	s3,s3,452 # 800021c4 <__text_end+0x62>
800009f6:	b761                	j	8000097e <__d_vfprintf+0x53a>
800009f8:	1bfd                	add	s7,s7,-1
800009fa:	0ffbfb93          	zext.b	s7,s7
800009fe:	000b8763          	beqz	s7,80000a0c <__d_vfprintf+0x5c8>
80000a02:	0047c603          	lbu	a2,4(a5)
80000a06:	17fd                	add	a5,a5,-1
80000a08:	fed608e3          	beq	a2,a3,800009f8 <__d_vfprintf+0x5b4>
80000a0c:	010af693          	and	a3,s5,16
80000a10:	87ea                	mv	a5,s10
80000a12:	e291                	bnez	a3,80000a16 <__d_vfprintf+0x5d2>
80000a14:	87de                	mv	a5,s7
80000a16:	56f1                	li	a3,-4
80000a18:	0ed9cc63          	blt	s3,a3,80000b10 <__d_vfprintf+0x6cc>
80000a1c:	0fa9da63          	bge	s3,s10,80000b10 <__d_vfprintf+0x6cc>
80000a20:	6689                	lui	a3,0x2
80000a22:	00dae6b3          	or	a3,s5,a3
80000a26:	01069a93          	sll	s5,a3,0x10
80000a2a:	010ada93          	srl	s5,s5,0x10
80000a2e:	4d01                	li	s10,0
80000a30:	00f9d663          	bge	s3,a5,80000a3c <__d_vfprintf+0x5f8>
80000a34:	00198893          	add	a7,s3,1
80000a38:	41178d33          	sub	s10,a5,a7
80000a3c:	6d89                	lui	s11,0x2
80000a3e:	01bafdb3          	and	s11,s5,s11
80000a42:	0c0d8a63          	beqz	s11,80000b16 <__d_vfprintf+0x6d2>
80000a46:	87ce                	mv	a5,s3
80000a48:	0009d363          	bgez	s3,80000a4e <__d_vfprintf+0x60a>
80000a4c:	4781                	li	a5,0
80000a4e:	0785                	add	a5,a5,1
80000a50:	c311                	beqz	a4,80000a54 <__d_vfprintf+0x610>
80000a52:	0785                	add	a5,a5,1
80000a54:	0c0d0963          	beqz	s10,80000b26 <__d_vfprintf+0x6e2>
80000a58:	001d0693          	add	a3,s10,1
80000a5c:	97b6                	add	a5,a5,a3
80000a5e:	4481                	li	s1,0
80000a60:	0167d463          	bge	a5,s6,80000a68 <__d_vfprintf+0x624>
80000a64:	40fb04b3          	sub	s1,s6,a5
80000a68:	009af793          	and	a5,s5,9
80000a6c:	e789                	bnez	a5,80000a76 <__d_vfprintf+0x632>
80000a6e:	94a2                	add	s1,s1,s0
80000a70:	0c849063          	bne	s1,s0,80000b30 <__d_vfprintf+0x6ec>
80000a74:	4481                	li	s1,0
80000a76:	c719                	beqz	a4,80000a84 <__d_vfprintf+0x640>
80000a78:	4582                	lw	a1,0(sp)
80000a7a:	853a                	mv	a0,a4
80000a7c:	0405                	add	s0,s0,1
80000a7e:	9a02                	jalr	s4
80000a80:	a00541e3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000a84:	00bad793          	srl	a5,s5,0xb
80000a88:	8b85                	and	a5,a5,1
80000a8a:	c395                	beqz	a5,80000aae <__d_vfprintf+0x66a>
80000a8c:	4582                	lw	a1,0(sp)
80000a8e:	03000513          	li	a0,48
80000a92:	9a02                	jalr	s4
80000a94:	9e0547e3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000a98:	07800513          	li	a0,120
80000a9c:	4582                	lw	a1,0(sp)
80000a9e:	41250533          	sub	a0,a0,s2
80000aa2:	0f857513          	and	a0,a0,248
80000aa6:	0409                	add	s0,s0,2
80000aa8:	9a02                	jalr	s4
80000aaa:	9c054ce3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000aae:	008af793          	and	a5,s5,8
80000ab2:	e791                	bnez	a5,80000abe <__d_vfprintf+0x67a>
80000ab4:	8b22                	mv	s6,s0
80000ab6:	9426                	add	s0,s0,s1
80000ab8:	09641663          	bne	s0,s6,80000b44 <__d_vfprintf+0x700>
80000abc:	4481                	li	s1,0
80000abe:	0c0d8f63          	beqz	s11,80000b9c <__d_vfprintf+0x758>
80000ac2:	8cce                	mv	s9,s3
80000ac4:	0009d363          	bgez	s3,80000aca <__d_vfprintf+0x686>
80000ac8:	4c81                	li	s9,0
80000aca:	41998db3          	sub	s11,s3,s9
80000ace:	41a00d33          	neg	s10,s10
80000ad2:	5b7d                	li	s6,-1
80000ad4:	03000513          	li	a0,48
80000ad8:	017df663          	bgeu	s11,s7,80000ae4 <__d_vfprintf+0x6a0>
80000adc:	103c                	add	a5,sp,40
80000ade:	97ee                	add	a5,a5,s11
80000ae0:	0057c503          	lbu	a0,5(a5)
80000ae4:	1cfd                	add	s9,s9,-1
80000ae6:	00140c13          	add	s8,s0,1
80000aea:	07acc563          	blt	s9,s10,80000b54 <__d_vfprintf+0x710>
80000aee:	4582                	lw	a1,0(sp)
80000af0:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000af2:	9a02                	jalr	s4
80000af4:	980547e3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000af8:	016c9a63          	bne	s9,s6,80000b0c <__d_vfprintf+0x6c8>
80000afc:	4582                	lw	a1,0(sp)
80000afe:	02e00513          	li	a0,46
80000b02:	9a02                	jalr	s4
80000b04:	96054fe3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000b08:	00240c13          	add	s8,s0,2
80000b0c:	8462                	mv	s0,s8
80000b0e:	b7d9                	j	80000ad4 <__d_vfprintf+0x690>
80000b10:	fff78d13          	add	s10,a5,-1
80000b14:	b725                	j	80000a3c <__d_vfprintf+0x5f8>
80000b16:	00bad693          	srl	a3,s5,0xb
80000b1a:	8a85                	and	a3,a3,1
80000b1c:	478d                	li	a5,3
80000b1e:	c291                	beqz	a3,80000b22 <__d_vfprintf+0x6de>
80000b20:	4795                	li	a5,5
80000b22:	97e2                	add	a5,a5,s8
80000b24:	b735                	j	80000a50 <__d_vfprintf+0x60c>
80000b26:	010af693          	and	a3,s5,16
80000b2a:	da95                	beqz	a3,80000a5e <__d_vfprintf+0x61a>
80000b2c:	0785                	add	a5,a5,1
80000b2e:	bf05                	j	80000a5e <__d_vfprintf+0x61a>
80000b30:	4582                	lw	a1,0(sp)
80000b32:	02000513          	li	a0,32
80000b36:	c83a                	sw	a4,16(sp)
80000b38:	9a02                	jalr	s4
80000b3a:	4742                	lw	a4,16(sp)
80000b3c:	0405                	add	s0,s0,1
80000b3e:	f20559e3          	bgez	a0,80000a70 <__d_vfprintf+0x62c>
80000b42:	b281                	j	80000482 <__d_vfprintf+0x3e>
80000b44:	4582                	lw	a1,0(sp)
80000b46:	03000513          	li	a0,48
80000b4a:	0b05                	add	s6,s6,1
80000b4c:	9a02                	jalr	s4
80000b4e:	f60555e3          	bgez	a0,80000ab8 <__d_vfprintf+0x674>
80000b52:	ba05                	j	80000482 <__d_vfprintf+0x3e>
80000b54:	033c9063          	bne	s9,s3,80000b74 <__d_vfprintf+0x730>
80000b58:	02d14703          	lbu	a4,45(sp)
80000b5c:	03500793          	li	a5,53
80000b60:	00e7e863          	bltu	a5,a4,80000b70 <__d_vfprintf+0x72c>
80000b64:	00f71863          	bne	a4,a5,80000b74 <__d_vfprintf+0x730>
80000b68:	02c14783          	lbu	a5,44(sp)
80000b6c:	8bc1                	and	a5,a5,16
80000b6e:	e399                	bnez	a5,80000b74 <__d_vfprintf+0x730>
80000b70:	03100513          	li	a0,49
80000b74:	4582                	lw	a1,0(sp)
80000b76:	9a02                	jalr	s4
80000b78:	900545e3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000b7c:	010afa93          	and	s5,s5,16
80000b80:	e60a84e3          	beqz	s5,800009e8 <__d_vfprintf+0x5a4>
80000b84:	57fd                	li	a5,-1
80000b86:	e6fc91e3          	bne	s9,a5,800009e8 <__d_vfprintf+0x5a4>
80000b8a:	4582                	lw	a1,0(sp)
80000b8c:	00240c13          	add	s8,s0,2
80000b90:	02e00513          	li	a0,46
80000b94:	9a02                	jalr	s4
80000b96:	e40559e3          	bgez	a0,800009e8 <__d_vfprintf+0x5a4>
80000b9a:	b0e5                	j	80000482 <__d_vfprintf+0x3e>
80000b9c:	02d14503          	lbu	a0,45(sp)
80000ba0:	03100793          	li	a5,49
80000ba4:	00f50763          	beq	a0,a5,80000bb2 <__d_vfprintf+0x76e>
80000ba8:	02c14783          	lbu	a5,44(sp)
80000bac:	9bbd                	and	a5,a5,-17
80000bae:	02f10623          	sb	a5,44(sp)
80000bb2:	4582                	lw	a1,0(sp)
80000bb4:	9a02                	jalr	s4
80000bb6:	8c0546e3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000bba:	0da05a63          	blez	s10,80000c8e <__d_vfprintf+0x84a>
80000bbe:	4582                	lw	a1,0(sp)
80000bc0:	02e00513          	li	a0,46
80000bc4:	0409                	add	s0,s0,2
80000bc6:	9a02                	jalr	s4
80000bc8:	8a054de3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000bcc:	4a85                	li	s5,1
80000bce:	4785                	li	a5,1
80000bd0:	0405                	add	s0,s0,1
80000bd2:	03000513          	li	a0,48
80000bd6:	017af863          	bgeu	s5,s7,80000be6 <__d_vfprintf+0x7a2>
80000bda:	02078793          	add	a5,a5,32
80000bde:	1018                	add	a4,sp,32
80000be0:	97ba                	add	a5,a5,a4
80000be2:	fed7c503          	lbu	a0,-19(a5)
80000be6:	4582                	lw	a1,0(sp)
80000be8:	9a02                	jalr	s4
80000bea:	88054ce3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000bee:	0a85                	add	s5,s5,1
80000bf0:	0ffafa93          	zext.b	s5,s5
80000bf4:	87d6                	mv	a5,s5
80000bf6:	fd5d5de3          	bge	s10,s5,80000bd0 <__d_vfprintf+0x78c>
80000bfa:	4582                	lw	a1,0(sp)
80000bfc:	412c8533          	sub	a0,s9,s2
80000c00:	0ff57513          	zext.b	a0,a0
80000c04:	9a02                	jalr	s4
80000c06:	86054ee3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000c0a:	0009ca63          	bltz	s3,80000c1e <__d_vfprintf+0x7da>
80000c0e:	02b00513          	li	a0,43
80000c12:	00099a63          	bnez	s3,80000c26 <__d_vfprintf+0x7e2>
80000c16:	02c14783          	lbu	a5,44(sp)
80000c1a:	8bc1                	and	a5,a5,16
80000c1c:	c789                	beqz	a5,80000c26 <__d_vfprintf+0x7e2>
80000c1e:	413009b3          	neg	s3,s3
80000c22:	02d00513          	li	a0,45
80000c26:	4582                	lw	a1,0(sp)
80000c28:	9a02                	jalr	s4
80000c2a:	84054ce3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000c2e:	4791                	li	a5,4
80000c30:	06fc1e63          	bne	s8,a5,80000cac <__d_vfprintf+0x868>
80000c34:	3e800913          	li	s2,1000
80000c38:	0329c533          	div	a0,s3,s2
80000c3c:	4582                	lw	a1,0(sp)
80000c3e:	040d                	add	s0,s0,3
80000c40:	03050513          	add	a0,a0,48
80000c44:	0ff57513          	zext.b	a0,a0
80000c48:	9a02                	jalr	s4
80000c4a:	82054ce3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000c4e:	0329e9b3          	rem	s3,s3,s2
80000c52:	06400913          	li	s2,100
80000c56:	4582                	lw	a1,0(sp)
80000c58:	0405                	add	s0,s0,1
80000c5a:	0329c533          	div	a0,s3,s2
80000c5e:	03050513          	add	a0,a0,48
80000c62:	0ff57513          	zext.b	a0,a0
80000c66:	9a02                	jalr	s4
80000c68:	80054de3          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000c6c:	0329e9b3          	rem	s3,s3,s2
80000c70:	4929                	li	s2,10
80000c72:	4582                	lw	a1,0(sp)
80000c74:	0405                	add	s0,s0,1
80000c76:	0329c533          	div	a0,s3,s2
80000c7a:	03050513          	add	a0,a0,48
80000c7e:	0ff57513          	zext.b	a0,a0
80000c82:	9a02                	jalr	s4
80000c84:	fe054f63          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000c88:	0329e9b3          	rem	s3,s3,s2
80000c8c:	a03d                	j	80000cba <__d_vfprintf+0x876>
80000c8e:	010afa93          	and	s5,s5,16
80000c92:	000a9463          	bnez	s5,80000c9a <__d_vfprintf+0x856>
80000c96:	0405                	add	s0,s0,1
80000c98:	b78d                	j	80000bfa <__d_vfprintf+0x7b6>
80000c9a:	4582                	lw	a1,0(sp)
80000c9c:	02e00513          	li	a0,46
80000ca0:	0409                	add	s0,s0,2
80000ca2:	9a02                	jalr	s4
80000ca4:	f4055be3          	bgez	a0,80000bfa <__d_vfprintf+0x7b6>
80000ca8:	fdaff06f          	j	80000482 <__d_vfprintf+0x3e>
80000cac:	478d                	li	a5,3
80000cae:	0409                	add	s0,s0,2
80000cb0:	fafc01e3          	beq	s8,a5,80000c52 <__d_vfprintf+0x80e>
80000cb4:	4785                	li	a5,1
80000cb6:	fafc1de3          	bne	s8,a5,80000c70 <__d_vfprintf+0x82c>
80000cba:	03098513          	add	a0,s3,48
80000cbe:	4582                	lw	a1,0(sp)
80000cc0:	00140c13          	add	s8,s0,1
80000cc4:	0ff57513          	zext.b	a0,a0
80000cc8:	b5f1                	j	80000b94 <__d_vfprintf+0x750>
80000cca:	f9d90793          	add	a5,s2,-99
80000cce:	0ff7f793          	zext.b	a5,a5
80000cd2:	4749                	li	a4,18
80000cd4:	1ef76f63          	bltu	a4,a5,80000ed2 <__d_vfprintf+0xa8e>
80000cd8:	80002737          	lui	a4,0x80002
80000cdc:	078a                	sll	a5,a5,0x2
80000cde:	21470713          	add	a4,a4,532 # 80002214 <__text_end+0xb2>
80000ce2:	97ba                	add	a5,a5,a4
80000ce4:	439c                	lw	a5,0(a5)
80000ce6:	8782                	jr	a5
80000ce8:	5792                	lw	a5,36(sp)
80000cea:	4485                	li	s1,1
80000cec:	02810993          	add	s3,sp,40
80000cf0:	00478713          	add	a4,a5,4
80000cf4:	439c                	lw	a5,0(a5)
80000cf6:	d23a                	sw	a4,36(sp)
80000cf8:	02f10423          	sb	a5,40(sp)
80000cfc:	008df813          	and	a6,s11,8
80000d00:	04080e63          	beqz	a6,80000d5c <__d_vfprintf+0x918>
80000d04:	4901                	li	s2,0
80000d06:	05249d63          	bne	s1,s2,80000d60 <__d_vfprintf+0x91c>
80000d0a:	00940c33          	add	s8,s0,s1
80000d0e:	409b04b3          	sub	s1,s6,s1
80000d12:	b9d9                	j	800009e8 <__d_vfprintf+0x5a4>
80000d14:	5792                	lw	a5,36(sp)
80000d16:	00478713          	add	a4,a5,4
80000d1a:	d23a                	sw	a4,36(sp)
80000d1c:	0007a983          	lw	s3,0(a5)
80000d20:	00099663          	bnez	s3,80000d2c <__d_vfprintf+0x8e8>
80000d24:	800029b7          	lui	s3,0x80002
80000d28:	1c898993          	add	s3,s3,456 # 800021c8 <__text_end+0x66>
80000d2c:	040df793          	and	a5,s11,64
80000d30:	55fd                	li	a1,-1
80000d32:	c391                	beqz	a5,80000d36 <__d_vfprintf+0x8f2>
80000d34:	85ea                	mv	a1,s10
80000d36:	854e                	mv	a0,s3
80000d38:	4b3000ef          	jal	800019ea <strnlen>
80000d3c:	84aa                	mv	s1,a0
80000d3e:	bf7d                	j	80000cfc <__d_vfprintf+0x8b8>
80000d40:	4582                	lw	a1,0(sp)
80000d42:	02000513          	li	a0,32
80000d46:	9a02                	jalr	s4
80000d48:	f2054d63          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000d4c:	197d                	add	s2,s2,-1
80000d4e:	ff24e9e3          	bltu	s1,s2,80000d40 <__d_vfprintf+0x8fc>
80000d52:	945a                	add	s0,s0,s6
80000d54:	41240433          	sub	s0,s0,s2
80000d58:	8b4a                	mv	s6,s2
80000d5a:	b76d                	j	80000d04 <__d_vfprintf+0x8c0>
80000d5c:	895a                	mv	s2,s6
80000d5e:	bfc5                	j	80000d4e <__d_vfprintf+0x90a>
80000d60:	012987b3          	add	a5,s3,s2
80000d64:	4582                	lw	a1,0(sp)
80000d66:	0007c503          	lbu	a0,0(a5)
80000d6a:	0905                	add	s2,s2,1
80000d6c:	9a02                	jalr	s4
80000d6e:	f8055ce3          	bgez	a0,80000d06 <__d_vfprintf+0x8c2>
80000d72:	f10ff06f          	j	80000482 <__d_vfprintf+0x3e>
80000d76:	080df713          	and	a4,s11,128
80000d7a:	5792                	lw	a5,36(sp)
80000d7c:	cf49                	beqz	a4,80000e16 <__d_vfprintf+0x9d2>
80000d7e:	200df713          	and	a4,s11,512
80000d82:	c359                	beqz	a4,80000e08 <__d_vfprintf+0x9c4>
80000d84:	079d                	add	a5,a5,7
80000d86:	9be1                	and	a5,a5,-8
80000d88:	4388                	lw	a0,0(a5)
80000d8a:	43cc                	lw	a1,4(a5)
80000d8c:	00878713          	add	a4,a5,8
80000d90:	d23a                	sw	a4,36(sp)
80000d92:	fefdf993          	and	s3,s11,-17
80000d96:	09c2                	sll	s3,s3,0x10
80000d98:	0109d993          	srl	s3,s3,0x10
80000d9c:	0805dd63          	bgez	a1,80000e36 <__d_vfprintf+0x9f2>
80000da0:	00a037b3          	snez	a5,a0
80000da4:	40b005b3          	neg	a1,a1
80000da8:	8d9d                	sub	a1,a1,a5
80000daa:	40a00533          	neg	a0,a0
80000dae:	4009e993          	or	s3,s3,1024
80000db2:	02810a93          	add	s5,sp,40
80000db6:	46a9                	li	a3,10
80000db8:	8656                	mv	a2,s5
80000dba:	c8eff0ef          	jal	80000248 <__ultoa_invert>
80000dbe:	0409f793          	and	a5,s3,64
80000dc2:	41550ab3          	sub	s5,a0,s5
80000dc6:	c7f5                	beqz	a5,80000eb2 <__d_vfprintf+0xa6e>
80000dc8:	ffe9f793          	and	a5,s3,-2
80000dcc:	07c2                	sll	a5,a5,0x10
80000dce:	83c1                	srl	a5,a5,0x10
80000dd0:	19aad563          	bge	s5,s10,80000f5a <__d_vfprintf+0xb16>
80000dd4:	16090c63          	beqz	s2,80000f4c <__d_vfprintf+0xb08>
80000dd8:	0109fc13          	and	s8,s3,16
80000ddc:	84ea                	mv	s1,s10
80000dde:	89be                	mv	s3,a5
80000de0:	060c0a63          	beqz	s8,80000e54 <__d_vfprintf+0xa10>
80000de4:	0489                	add	s1,s1,2
80000de6:	0089f793          	and	a5,s3,8
80000dea:	18079a63          	bnez	a5,80000f7e <__d_vfprintf+0xb3a>
80000dee:	0019f793          	and	a5,s3,1
80000df2:	cb89                	beqz	a5,80000e04 <__d_vfprintf+0x9c0>
80000df4:	8d56                	mv	s10,s5
80000df6:	0164d763          	bge	s1,s6,80000e04 <__d_vfprintf+0x9c0>
80000dfa:	409b04b3          	sub	s1,s6,s1
80000dfe:	01548d33          	add	s10,s1,s5
80000e02:	84da                	mv	s1,s6
80000e04:	8ba6                	mv	s7,s1
80000e06:	a2ad                	j	80000f70 <__d_vfprintf+0xb2c>
80000e08:	4388                	lw	a0,0(a5)
80000e0a:	00478713          	add	a4,a5,4
80000e0e:	d23a                	sw	a4,36(sp)
80000e10:	41f55593          	sra	a1,a0,0x1f
80000e14:	bfbd                	j	80000d92 <__d_vfprintf+0x94e>
80000e16:	00478713          	add	a4,a5,4
80000e1a:	4388                	lw	a0,0(a5)
80000e1c:	d23a                	sw	a4,36(sp)
80000e1e:	100df793          	and	a5,s11,256
80000e22:	d7fd                	beqz	a5,80000e10 <__d_vfprintf+0x9cc>
80000e24:	200df793          	and	a5,s11,512
80000e28:	c781                	beqz	a5,80000e30 <__d_vfprintf+0x9ec>
80000e2a:	0562                	sll	a0,a0,0x18
80000e2c:	8561                	sra	a0,a0,0x18
80000e2e:	b7cd                	j	80000e10 <__d_vfprintf+0x9cc>
80000e30:	0542                	sll	a0,a0,0x10
80000e32:	8541                	sra	a0,a0,0x10
80000e34:	bff1                	j	80000e10 <__d_vfprintf+0x9cc>
80000e36:	00b567b3          	or	a5,a0,a1
80000e3a:	ffa5                	bnez	a5,80000db2 <__d_vfprintf+0x96e>
80000e3c:	040df793          	and	a5,s11,64
80000e40:	dbad                	beqz	a5,80000db2 <__d_vfprintf+0x96e>
80000e42:	f60d18e3          	bnez	s10,80000db2 <__d_vfprintf+0x96e>
80000e46:	feedf993          	and	s3,s11,-18
80000e4a:	09c2                	sll	s3,s3,0x10
80000e4c:	0109d993          	srl	s3,s3,0x10
80000e50:	4a81                	li	s5,0
80000e52:	4481                	li	s1,0
80000e54:	4069fc13          	and	s8,s3,1030
80000e58:	f80c07e3          	beqz	s8,80000de6 <__d_vfprintf+0x9a2>
80000e5c:	0485                	add	s1,s1,1
80000e5e:	4c01                	li	s8,0
80000e60:	b759                	j	80000de6 <__d_vfprintf+0x9a2>
80000e62:	fefdf813          	and	a6,s11,-17
80000e66:	01081d93          	sll	s11,a6,0x10
80000e6a:	010ddd93          	srl	s11,s11,0x10
80000e6e:	46a9                	li	a3,10
80000e70:	080df713          	and	a4,s11,128
80000e74:	5792                	lw	a5,36(sp)
80000e76:	c355                	beqz	a4,80000f1a <__d_vfprintf+0xad6>
80000e78:	200df713          	and	a4,s11,512
80000e7c:	cb49                	beqz	a4,80000f0e <__d_vfprintf+0xaca>
80000e7e:	079d                	add	a5,a5,7
80000e80:	9be1                	and	a5,a5,-8
80000e82:	4388                	lw	a0,0(a5)
80000e84:	43cc                	lw	a1,4(a5)
80000e86:	00878713          	add	a4,a5,8
80000e8a:	d23a                	sw	a4,36(sp)
80000e8c:	00b567b3          	or	a5,a0,a1
80000e90:	e7cd                	bnez	a5,80000f3a <__d_vfprintf+0xaf6>
80000e92:	fe9df993          	and	s3,s11,-23
80000e96:	09c2                	sll	s3,s3,0x10
80000e98:	040df793          	and	a5,s11,64
80000e9c:	0109d993          	srl	s3,s3,0x10
80000ea0:	c3dd                	beqz	a5,80000f46 <__d_vfprintf+0xb02>
80000ea2:	0a0d1263          	bnez	s10,80000f46 <__d_vfprintf+0xb02>
80000ea6:	fe8df993          	and	s3,s11,-24
80000eaa:	09c2                	sll	s3,s3,0x10
80000eac:	0109d993          	srl	s3,s3,0x10
80000eb0:	4a81                	li	s5,0
80000eb2:	0109fc13          	and	s8,s3,16
80000eb6:	0a0c0463          	beqz	s8,80000f5e <__d_vfprintf+0xb1a>
80000eba:	001a8493          	add	s1,s5,1
80000ebe:	f20904e3          	beqz	s2,80000de6 <__d_vfprintf+0x9a2>
80000ec2:	84d6                	mv	s1,s5
80000ec4:	b705                	j	80000de4 <__d_vfprintf+0x9a0>
80000ec6:	010ded93          	or	s11,s11,16
80000eca:	46c1                	li	a3,16
80000ecc:	07800913          	li	s2,120
80000ed0:	b745                	j	80000e70 <__d_vfprintf+0xa2c>
80000ed2:	07800793          	li	a5,120
80000ed6:	00fc9a63          	bne	s9,a5,80000eea <__d_vfprintf+0xaa6>
80000eda:	05800793          	li	a5,88
80000ede:	46c1                	li	a3,16
80000ee0:	f8f918e3          	bne	s2,a5,80000e70 <__d_vfprintf+0xa2c>
80000ee4:	21000693          	li	a3,528
80000ee8:	b761                	j	80000e70 <__d_vfprintf+0xa2c>
80000eea:	4582                	lw	a1,0(sp)
80000eec:	02500513          	li	a0,37
80000ef0:	9a02                	jalr	s4
80000ef2:	d8054863          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000ef6:	4582                	lw	a1,0(sp)
80000ef8:	854a                	mv	a0,s2
80000efa:	9a02                	jalr	s4
80000efc:	d8054363          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000f00:	0409                	add	s0,s0,2
80000f02:	4792                	lw	a5,4(sp)
80000f04:	d5eff06f          	j	80000462 <__d_vfprintf+0x1e>
80000f08:	46a1                	li	a3,8
80000f0a:	4901                	li	s2,0
80000f0c:	b795                	j	80000e70 <__d_vfprintf+0xa2c>
80000f0e:	4388                	lw	a0,0(a5)
80000f10:	00478713          	add	a4,a5,4
80000f14:	d23a                	sw	a4,36(sp)
80000f16:	4581                	li	a1,0
80000f18:	bf95                	j	80000e8c <__d_vfprintf+0xa48>
80000f1a:	00478713          	add	a4,a5,4
80000f1e:	4388                	lw	a0,0(a5)
80000f20:	d23a                	sw	a4,36(sp)
80000f22:	100df793          	and	a5,s11,256
80000f26:	dbe5                	beqz	a5,80000f16 <__d_vfprintf+0xad2>
80000f28:	200df793          	and	a5,s11,512
80000f2c:	c781                	beqz	a5,80000f34 <__d_vfprintf+0xaf0>
80000f2e:	0ff57513          	zext.b	a0,a0
80000f32:	b7d5                	j	80000f16 <__d_vfprintf+0xad2>
80000f34:	0542                	sll	a0,a0,0x10
80000f36:	8141                	srl	a0,a0,0x10
80000f38:	bff9                	j	80000f16 <__d_vfprintf+0xad2>
80000f3a:	ff9df813          	and	a6,s11,-7
80000f3e:	01081993          	sll	s3,a6,0x10
80000f42:	0109d993          	srl	s3,s3,0x10
80000f46:	02810a93          	add	s5,sp,40
80000f4a:	b5bd                	j	80000db8 <__d_vfprintf+0x974>
80000f4c:	fee9f993          	and	s3,s3,-18
80000f50:	09c2                	sll	s3,s3,0x10
80000f52:	0109d993          	srl	s3,s3,0x10
80000f56:	84ea                	mv	s1,s10
80000f58:	bdf5                	j	80000e54 <__d_vfprintf+0xa10>
80000f5a:	89be                	mv	s3,a5
80000f5c:	bf99                	j	80000eb2 <__d_vfprintf+0xa6e>
80000f5e:	84d6                	mv	s1,s5
80000f60:	bdd5                	j	80000e54 <__d_vfprintf+0xa10>
80000f62:	4582                	lw	a1,0(sp)
80000f64:	02000513          	li	a0,32
80000f68:	9a02                	jalr	s4
80000f6a:	d0054c63          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000f6e:	0b85                	add	s7,s7,1
80000f70:	ff6bc9e3          	blt	s7,s6,80000f62 <__d_vfprintf+0xb1e>
80000f74:	409404b3          	sub	s1,s0,s1
80000f78:	01748433          	add	s0,s1,s7
80000f7c:	84de                	mv	s1,s7
80000f7e:	020c0363          	beqz	s8,80000fa4 <__d_vfprintf+0xb60>
80000f82:	4582                	lw	a1,0(sp)
80000f84:	03000513          	li	a0,48
80000f88:	9a02                	jalr	s4
80000f8a:	ce054c63          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000f8e:	04090d63          	beqz	s2,80000fe8 <__d_vfprintf+0xba4>
80000f92:	4582                	lw	a1,0(sp)
80000f94:	0409                	add	s0,s0,2
80000f96:	854a                	mv	a0,s2
80000f98:	9a02                	jalr	s4
80000f9a:	ce054463          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000f9e:	8c22                	mv	s8,s0
80000fa0:	9d22                	add	s10,s10,s0
80000fa2:	a81d                	j	80000fd8 <__d_vfprintf+0xb94>
80000fa4:	4069f793          	and	a5,s3,1030
80000fa8:	dbfd                	beqz	a5,80000f9e <__d_vfprintf+0xb5a>
80000faa:	0029f793          	and	a5,s3,2
80000fae:	02000513          	li	a0,32
80000fb2:	c399                	beqz	a5,80000fb8 <__d_vfprintf+0xb74>
80000fb4:	02b00513          	li	a0,43
80000fb8:	4009f993          	and	s3,s3,1024
80000fbc:	00098463          	beqz	s3,80000fc4 <__d_vfprintf+0xb80>
80000fc0:	02d00513          	li	a0,45
80000fc4:	4582                	lw	a1,0(sp)
80000fc6:	0405                	add	s0,s0,1
80000fc8:	bfc1                	j	80000f98 <__d_vfprintf+0xb54>
80000fca:	4582                	lw	a1,0(sp)
80000fcc:	03000513          	li	a0,48
80000fd0:	0c05                	add	s8,s8,1
80000fd2:	9a02                	jalr	s4
80000fd4:	ca054763          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80000fd8:	418d07b3          	sub	a5,s10,s8
80000fdc:	fefac7e3          	blt	s5,a5,80000fca <__d_vfprintf+0xb86>
80000fe0:	8456                	mv	s0,s5
80000fe2:	e409                	bnez	s0,80000fec <__d_vfprintf+0xba8>
80000fe4:	9c56                	add	s8,s8,s5
80000fe6:	b325                	j	80000d0e <__d_vfprintf+0x8ca>
80000fe8:	0405                	add	s0,s0,1
80000fea:	bf55                	j	80000f9e <__d_vfprintf+0xb5a>
80000fec:	147d                	add	s0,s0,-1
80000fee:	103c                	add	a5,sp,40
80000ff0:	97a2                	add	a5,a5,s0
80000ff2:	4582                	lw	a1,0(sp)
80000ff4:	0007c503          	lbu	a0,0(a5)
80000ff8:	9a02                	jalr	s4
80000ffa:	fe0554e3          	bgez	a0,80000fe2 <__d_vfprintf+0xb9e>
80000ffe:	c84ff06f          	j	80000482 <__d_vfprintf+0x3e>
80001002:	4582                	lw	a1,0(sp)
80001004:	02000513          	li	a0,32
80001008:	0405                	add	s0,s0,1
8000100a:	9a02                	jalr	s4
8000100c:	c6054b63          	bltz	a0,80000482 <__d_vfprintf+0x3e>
80001010:	408487b3          	sub	a5,s1,s0
80001014:	fef047e3          	bgtz	a5,80001002 <__d_vfprintf+0xbbe>
80001018:	b5ed                	j	80000f02 <__d_vfprintf+0xabe>

8000101a <mulShiftAll64>:
8000101a:	0f0012ef          	jal	t0,8000210a <__riscv_save_10>
8000101e:	84b2                	mv	s1,a2
80001020:	00159913          	sll	s2,a1,0x1
80001024:	4210                	lw	a2,0(a2)
80001026:	8ab6                	mv	s5,a3
80001028:	89be                	mv	s3,a5
8000102a:	40d4                	lw	a3,4(s1)
8000102c:	01f55793          	srl	a5,a0,0x1f
80001030:	1141                	add	sp,sp,-16
80001032:	0127e933          	or	s2,a5,s2
80001036:	00151413          	sll	s0,a0,0x1
8000103a:	8522                	mv	a0,s0
8000103c:	85ca                	mv	a1,s2
8000103e:	8bba                	mv	s7,a4
80001040:	870a                	mv	a4,sp
80001042:	8b42                	mv	s6,a6
80001044:	0f5000ef          	jal	80001938 <__umul128>
80001048:	44d4                	lw	a3,12(s1)
8000104a:	4490                	lw	a2,8(s1)
8000104c:	0038                	add	a4,sp,8
8000104e:	8caa                	mv	s9,a0
80001050:	8c2e                	mv	s8,a1
80001052:	8522                	mv	a0,s0
80001054:	85ca                	mv	a1,s2
80001056:	0e3000ef          	jal	80001938 <__umul128>
8000105a:	4682                	lw	a3,0(sp)
8000105c:	4712                	lw	a4,4(sp)
8000105e:	4785                	li	a5,1
80001060:	00d50933          	add	s2,a0,a3
80001064:	00a93533          	sltu	a0,s2,a0
80001068:	95ba                	add	a1,a1,a4
8000106a:	00b50433          	add	s0,a0,a1
8000106e:	00e46763          	bltu	s0,a4,8000107c <mulShiftAll64+0x62>
80001072:	00871463          	bne	a4,s0,8000107a <mulShiftAll64+0x60>
80001076:	00d96363          	bltu	s2,a3,8000107c <mulShiftAll64+0x62>
8000107a:	4781                	li	a5,0
8000107c:	4622                	lw	a2,8(sp)
8000107e:	4732                	lw	a4,12(sp)
80001080:	963e                	add	a2,a2,a5
80001082:	00f637b3          	sltu	a5,a2,a5
80001086:	00e786b3          	add	a3,a5,a4
8000108a:	4098                	lw	a4,0(s1)
8000108c:	40dc                	lw	a5,4(s1)
8000108e:	c432                	sw	a2,8(sp)
80001090:	9766                	add	a4,a4,s9
80001092:	97e2                	add	a5,a5,s8
80001094:	019735b3          	sltu	a1,a4,s9
80001098:	95be                	add	a1,a1,a5
8000109a:	c636                	sw	a3,12(sp)
8000109c:	4785                	li	a5,1
8000109e:	0185e763          	bltu	a1,s8,800010ac <mulShiftAll64+0x92>
800010a2:	00bc1463          	bne	s8,a1,800010aa <mulShiftAll64+0x90>
800010a6:	01976363          	bltu	a4,s9,800010ac <mulShiftAll64+0x92>
800010aa:	4781                	li	a5,0
800010ac:	4498                	lw	a4,8(s1)
800010ae:	44c8                	lw	a0,12(s1)
800010b0:	fbfa8a13          	add	s4,s5,-65
800010b4:	974a                	add	a4,a4,s2
800010b6:	9522                	add	a0,a0,s0
800010b8:	012735b3          	sltu	a1,a4,s2
800010bc:	95aa                	add	a1,a1,a0
800010be:	00e78533          	add	a0,a5,a4
800010c2:	00f537b3          	sltu	a5,a0,a5
800010c6:	95be                	add	a1,a1,a5
800010c8:	4785                	li	a5,1
800010ca:	0085e763          	bltu	a1,s0,800010d8 <mulShiftAll64+0xbe>
800010ce:	00b41463          	bne	s0,a1,800010d6 <mulShiftAll64+0xbc>
800010d2:	01256363          	bltu	a0,s2,800010d8 <mulShiftAll64+0xbe>
800010d6:	4781                	li	a5,0
800010d8:	963e                	add	a2,a2,a5
800010da:	00f637b3          	sltu	a5,a2,a5
800010de:	8752                	mv	a4,s4
800010e0:	96be                	add	a3,a3,a5
800010e2:	0a3000ef          	jal	80001984 <__shiftright128>
800010e6:	00aba023          	sw	a0,0(s7)
800010ea:	00bba223          	sw	a1,4(s7)
800010ee:	4785                	li	a5,1
800010f0:	48a2                	lw	a7,8(sp)
800010f2:	4832                	lw	a6,12(sp)
800010f4:	40cc                	lw	a1,4(s1)
800010f6:	4488                	lw	a0,8(s1)
800010f8:	44d8                	lw	a4,12(s1)
800010fa:	06fb1763          	bne	s6,a5,80001168 <mulShiftAll64+0x14e>
800010fe:	40a906b3          	sub	a3,s2,a0
80001102:	00d93633          	sltu	a2,s2,a3
80001106:	40e407b3          	sub	a5,s0,a4
8000110a:	8f91                	sub	a5,a5,a2
8000110c:	4505                	li	a0,1
8000110e:	00bc6863          	bltu	s8,a1,8000111e <mulShiftAll64+0x104>
80001112:	01859563          	bne	a1,s8,8000111c <mulShiftAll64+0x102>
80001116:	4098                	lw	a4,0(s1)
80001118:	00ece363          	bltu	s9,a4,8000111e <mulShiftAll64+0x104>
8000111c:	4501                	li	a0,0
8000111e:	40a68533          	sub	a0,a3,a0
80001122:	00a6b6b3          	sltu	a3,a3,a0
80001126:	40d785b3          	sub	a1,a5,a3
8000112a:	4605                	li	a2,1
8000112c:	00b46763          	bltu	s0,a1,8000113a <mulShiftAll64+0x120>
80001130:	00859463          	bne	a1,s0,80001138 <mulShiftAll64+0x11e>
80001134:	00a96363          	bltu	s2,a0,8000113a <mulShiftAll64+0x120>
80001138:	4601                	li	a2,0
8000113a:	40c88633          	sub	a2,a7,a2
8000113e:	00c8b6b3          	sltu	a3,a7,a2
80001142:	8752                	mv	a4,s4
80001144:	40d806b3          	sub	a3,a6,a3
80001148:	03d000ef          	jal	80001984 <__shiftright128>
8000114c:	4622                	lw	a2,8(sp)
8000114e:	46b2                	lw	a3,12(sp)
80001150:	00a9a023          	sw	a0,0(s3)
80001154:	00b9a223          	sw	a1,4(s3)
80001158:	8752                	mv	a4,s4
8000115a:	854a                	mv	a0,s2
8000115c:	85a2                	mv	a1,s0
8000115e:	027000ef          	jal	80001984 <__shiftright128>
80001162:	0141                	add	sp,sp,16
80001164:	7df0006f          	j	80002142 <__riscv_restore_10>
80001168:	01fcd793          	srl	a5,s9,0x1f
8000116c:	001c1613          	sll	a2,s8,0x1
80001170:	8e5d                	or	a2,a2,a5
80001172:	01f95693          	srl	a3,s2,0x1f
80001176:	00141793          	sll	a5,s0,0x1
8000117a:	001c9e93          	sll	t4,s9,0x1
8000117e:	8fd5                	or	a5,a5,a3
80001180:	00191313          	sll	t1,s2,0x1
80001184:	4e05                	li	t3,1
80001186:	01866763          	bltu	a2,s8,80001194 <mulShiftAll64+0x17a>
8000118a:	00cc1463          	bne	s8,a2,80001192 <mulShiftAll64+0x178>
8000118e:	019ee363          	bltu	t4,s9,80001194 <mulShiftAll64+0x17a>
80001192:	4e01                	li	t3,0
80001194:	9e1a                	add	t3,t3,t1
80001196:	006e3333          	sltu	t1,t3,t1
8000119a:	933e                	add	t1,t1,a5
8000119c:	4785                	li	a5,1
8000119e:	00b66863          	bltu	a2,a1,800011ae <mulShiftAll64+0x194>
800011a2:	00c59563          	bne	a1,a2,800011ac <mulShiftAll64+0x192>
800011a6:	4094                	lw	a3,0(s1)
800011a8:	00dee363          	bltu	t4,a3,800011ae <mulShiftAll64+0x194>
800011ac:	4781                	li	a5,0
800011ae:	40fe07b3          	sub	a5,t3,a5
800011b2:	00fe35b3          	sltu	a1,t3,a5
800011b6:	40b305b3          	sub	a1,t1,a1
800011ba:	40a78533          	sub	a0,a5,a0
800011be:	00a7b7b3          	sltu	a5,a5,a0
800011c2:	8d99                	sub	a1,a1,a4
800011c4:	01f8d693          	srl	a3,a7,0x1f
800011c8:	8d9d                	sub	a1,a1,a5
800011ca:	00181793          	sll	a5,a6,0x1
800011ce:	8fd5                	or	a5,a5,a3
800011d0:	fc0a8713          	add	a4,s5,-64
800011d4:	0886                	sll	a7,a7,0x1
800011d6:	4685                	li	a3,1
800011d8:	00836763          	bltu	t1,s0,800011e6 <mulShiftAll64+0x1cc>
800011dc:	00641463          	bne	s0,t1,800011e4 <mulShiftAll64+0x1ca>
800011e0:	012e6363          	bltu	t3,s2,800011e6 <mulShiftAll64+0x1cc>
800011e4:	4681                	li	a3,0
800011e6:	96c6                	add	a3,a3,a7
800011e8:	0116b8b3          	sltu	a7,a3,a7
800011ec:	98be                	add	a7,a7,a5
800011ee:	4605                	li	a2,1
800011f0:	00b36763          	bltu	t1,a1,800011fe <mulShiftAll64+0x1e4>
800011f4:	00659463          	bne	a1,t1,800011fc <mulShiftAll64+0x1e2>
800011f8:	00ae6363          	bltu	t3,a0,800011fe <mulShiftAll64+0x1e4>
800011fc:	4601                	li	a2,0
800011fe:	40c68633          	sub	a2,a3,a2
80001202:	00c6b6b3          	sltu	a3,a3,a2
80001206:	40d886b3          	sub	a3,a7,a3
8000120a:	bf3d                	j	80001148 <mulShiftAll64+0x12e>

8000120c <div10>:
8000120c:	727002ef          	jal	t0,80002132 <__riscv_save_0>
80001210:	800027b7          	lui	a5,0x80002
80001214:	6a07a603          	lw	a2,1696(a5) # 800026a0 <stdout+0x4>
80001218:	6a47a683          	lw	a3,1700(a5)
8000121c:	1141                	add	sp,sp,-16
8000121e:	0038                	add	a4,sp,8
80001220:	718000ef          	jal	80001938 <__umul128>
80001224:	45b2                	lw	a1,12(sp)
80001226:	47a2                	lw	a5,8(sp)
80001228:	01d59513          	sll	a0,a1,0x1d
8000122c:	838d                	srl	a5,a5,0x3
8000122e:	8d5d                	or	a0,a0,a5
80001230:	818d                	srl	a1,a1,0x3
80001232:	0141                	add	sp,sp,16
80001234:	7230006f          	j	80002156 <__riscv_restore_0>

80001238 <__dtoa_engine>:
80001238:	6cb002ef          	jal	t0,80002102 <__riscv_save_12>
8000123c:	715d                	add	sp,sp,-80
8000123e:	8bb6                	mv	s7,a3
80001240:	001006b7          	lui	a3,0x100
80001244:	c43a                	sw	a4,8(sp)
80001246:	c63e                	sw	a5,12(sp)
80001248:	01f5d713          	srl	a4,a1,0x1f
8000124c:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
80001250:	0145d793          	srl	a5,a1,0x14
80001254:	00bdfdb3          	and	s11,s11,a1
80001258:	c03a                	sw	a4,0(sp)
8000125a:	7ff7f413          	and	s0,a5,2047
8000125e:	84aa                	mv	s1,a0
80001260:	8ab2                	mv	s5,a2
80001262:	00ade733          	or	a4,s11,a0
80001266:	e405                	bnez	s0,8000128e <__dtoa_engine+0x56>
80001268:	e331                	bnez	a4,800012ac <__dtoa_engine+0x74>
8000126a:	03000793          	li	a5,48
8000126e:	00f602a3          	sb	a5,5(a2)
80001272:	4782                	lw	a5,0(sp)
80001274:	00060323          	sb	zero,6(a2)
80001278:	00062023          	sw	zero,0(a2)
8000127c:	0027e993          	or	s3,a5,2
80001280:	01360223          	sb	s3,4(a2)
80001284:	4405                	li	s0,1
80001286:	8522                	mv	a0,s0
80001288:	6161                	add	sp,sp,80
8000128a:	6b50006f          	j	8000213e <__riscv_restore_12>
8000128e:	7ff00613          	li	a2,2047
80001292:	0ac41163          	bne	s0,a2,80001334 <__dtoa_engine+0xfc>
80001296:	4782                	lw	a5,0(sp)
80001298:	0047e793          	or	a5,a5,4
8000129c:	c701                	beqz	a4,800012a4 <__dtoa_engine+0x6c>
8000129e:	4782                	lw	a5,0(sp)
800012a0:	0087e793          	or	a5,a5,8
800012a4:	00fa8223          	sb	a5,4(s5)
800012a8:	4401                	li	s0,0
800012aa:	bff1                	j	80001286 <__dtoa_engine+0x4e>
800012ac:	00157793          	and	a5,a0,1
800012b0:	c23e                	sw	a5,4(sp)
800012b2:	002d9993          	sll	s3,s11,0x2
800012b6:	01e55793          	srl	a5,a0,0x1e
800012ba:	0137e9b3          	or	s3,a5,s3
800012be:	00251c13          	sll	s8,a0,0x2
800012c2:	892a                	mv	s2,a0
800012c4:	bcc00413          	li	s0,-1076
800012c8:	4805                	li	a6,1
800012ca:	4d05                	li	s10,1
800012cc:	408004b3          	neg	s1,s0
800012d0:	8526                	mv	a0,s1
800012d2:	ca42                	sw	a6,20(sp)
800012d4:	2589                	jal	80001916 <__log10Pow5>
800012d6:	fff42793          	slti	a5,s0,-1
800012da:	40f50b33          	sub	s6,a0,a5
800012de:	416484b3          	sub	s1,s1,s6
800012e2:	8526                	mv	a0,s1
800012e4:	2589                	jal	80001926 <__pow5bits>
800012e6:	f8350693          	add	a3,a0,-125
800012ea:	40db06b3          	sub	a3,s6,a3
800012ee:	8526                	mv	a0,s1
800012f0:	008c                	add	a1,sp,64
800012f2:	c836                	sw	a3,16(sp)
800012f4:	2929                	jal	8000170e <__double_computePow5>
800012f6:	4852                	lw	a6,20(sp)
800012f8:	46c2                	lw	a3,16(sp)
800012fa:	181c                	add	a5,sp,48
800012fc:	1038                	add	a4,sp,40
800012fe:	0090                	add	a2,sp,64
80001300:	854a                	mv	a0,s2
80001302:	85ee                	mv	a1,s11
80001304:	3b19                	jal	8000101a <mulShiftAll64>
80001306:	4785                	li	a5,1
80001308:	008b0a33          	add	s4,s6,s0
8000130c:	84ae                	mv	s1,a1
8000130e:	842a                	mv	s0,a0
80001310:	1367e663          	bltu	a5,s6,8000143c <__dtoa_engine+0x204>
80001314:	4792                	lw	a5,4(sp)
80001316:	4985                	li	s3,1
80001318:	0e078963          	beqz	a5,8000140a <__dtoa_engine+0x1d2>
8000131c:	57a2                	lw	a5,40(sp)
8000131e:	5732                	lw	a4,44(sp)
80001320:	4985                	li	s3,1
80001322:	fff78693          	add	a3,a5,-1
80001326:	0017b793          	seqz	a5,a5
8000132a:	40f707b3          	sub	a5,a4,a5
8000132e:	d436                	sw	a3,40(sp)
80001330:	d63e                	sw	a5,44(sp)
80001332:	a07d                	j	800013e0 <__dtoa_engine+0x1a8>
80001334:	01b6edb3          	or	s11,a3,s11
80001338:	00157693          	and	a3,a0,1
8000133c:	c236                	sw	a3,4(sp)
8000133e:	002d9993          	sll	s3,s11,0x2
80001342:	01e55693          	srl	a3,a0,0x1e
80001346:	bcb40413          	add	s0,s0,-1077
8000134a:	892a                	mv	s2,a0
8000134c:	0136e9b3          	or	s3,a3,s3
80001350:	00251c13          	sll	s8,a0,0x2
80001354:	4d05                	li	s10,1
80001356:	e709                	bnez	a4,80001360 <__dtoa_engine+0x128>
80001358:	7fe7f793          	and	a5,a5,2046
8000135c:	0017bd13          	seqz	s10,a5
80001360:	886a                	mv	a6,s10
80001362:	f60445e3          	bltz	s0,800012cc <__dtoa_engine+0x94>
80001366:	8522                	mv	a0,s0
80001368:	2345                	jal	80001908 <__log10Pow2>
8000136a:	00442793          	slti	a5,s0,4
8000136e:	0017c793          	xor	a5,a5,1
80001372:	40f50a33          	sub	s4,a0,a5
80001376:	8552                	mv	a0,s4
80001378:	237d                	jal	80001926 <__pow5bits>
8000137a:	07c50693          	add	a3,a0,124
8000137e:	408a0433          	sub	s0,s4,s0
80001382:	96a2                	add	a3,a3,s0
80001384:	008c                	add	a1,sp,64
80001386:	8552                	mv	a0,s4
80001388:	c836                	sw	a3,16(sp)
8000138a:	2141                	jal	8000180a <__double_computeInvPow5>
8000138c:	46c2                	lw	a3,16(sp)
8000138e:	181c                	add	a5,sp,48
80001390:	8526                	mv	a0,s1
80001392:	886a                	mv	a6,s10
80001394:	1038                	add	a4,sp,40
80001396:	0090                	add	a2,sp,64
80001398:	85ee                	mv	a1,s11
8000139a:	3141                	jal	8000101a <mulShiftAll64>
8000139c:	47d5                	li	a5,21
8000139e:	842a                	mv	s0,a0
800013a0:	84ae                	mv	s1,a1
800013a2:	0947eb63          	bltu	a5,s4,80001438 <__dtoa_engine+0x200>
800013a6:	800027b7          	lui	a5,0x80002
800013aa:	6a47a683          	lw	a3,1700(a5) # 800026a4 <stdout+0x8>
800013ae:	6a07a603          	lw	a2,1696(a5)
800013b2:	1838                	add	a4,sp,56
800013b4:	8562                	mv	a0,s8
800013b6:	85ce                	mv	a1,s3
800013b8:	2341                	jal	80001938 <__umul128>
800013ba:	57e2                	lw	a5,56(sp)
800013bc:	56f2                	lw	a3,60(sp)
800013be:	5da2                	lw	s11,40(sp)
800013c0:	8389                	srl	a5,a5,0x2
800013c2:	06fa                	sll	a3,a3,0x1e
800013c4:	8fd5                	or	a5,a5,a3
800013c6:	4695                	li	a3,5
800013c8:	02f687b3          	mul	a5,a3,a5
800013cc:	5932                	lw	s2,44(sp)
800013ce:	01879b63          	bne	a5,s8,800013e4 <__dtoa_engine+0x1ac>
800013d2:	85ce                	mv	a1,s3
800013d4:	8562                	mv	a0,s8
800013d6:	2ced                	jal	800016d0 <__pow5Factor>
800013d8:	01453733          	sltu	a4,a0,s4
800013dc:	00174993          	xor	s3,a4,1
800013e0:	4d01                	li	s10,0
800013e2:	a025                	j	8000140a <__dtoa_engine+0x1d2>
800013e4:	4792                	lw	a5,4(sp)
800013e6:	e79d                	bnez	a5,80001414 <__dtoa_engine+0x1dc>
800013e8:	fffc0793          	add	a5,s8,-1
800013ec:	41a78533          	sub	a0,a5,s10
800013f0:	001c3593          	seqz	a1,s8
800013f4:	00a7b7b3          	sltu	a5,a5,a0
800013f8:	40b985b3          	sub	a1,s3,a1
800013fc:	8d9d                	sub	a1,a1,a5
800013fe:	2cc9                	jal	800016d0 <__pow5Factor>
80001400:	01453933          	sltu	s2,a0,s4
80001404:	00194d13          	xor	s10,s2,1
80001408:	4981                	li	s3,0
8000140a:	47a2                	lw	a5,8(sp)
8000140c:	0e079f63          	bnez	a5,8000150a <__dtoa_engine+0x2d2>
80001410:	8b5e                	mv	s6,s7
80001412:	a049                	j	80001494 <__dtoa_engine+0x25c>
80001414:	002c0513          	add	a0,s8,2
80001418:	018535b3          	sltu	a1,a0,s8
8000141c:	95ce                	add	a1,a1,s3
8000141e:	2c4d                	jal	800016d0 <__pow5Factor>
80001420:	01453533          	sltu	a0,a0,s4
80001424:	00154513          	xor	a0,a0,1
80001428:	40ad8533          	sub	a0,s11,a0
8000142c:	00adbdb3          	sltu	s11,s11,a0
80001430:	41b90733          	sub	a4,s2,s11
80001434:	d42a                	sw	a0,40(sp)
80001436:	d63a                	sw	a4,44(sp)
80001438:	4981                	li	s3,0
8000143a:	b75d                	j	800013e0 <__dtoa_engine+0x1a8>
8000143c:	03e00793          	li	a5,62
80001440:	ff67ece3          	bltu	a5,s6,80001438 <__dtoa_engine+0x200>
80001444:	865a                	mv	a2,s6
80001446:	557d                	li	a0,-1
80001448:	55fd                	li	a1,-1
8000144a:	23c5                	jal	80001a2a <__ashldi3>
8000144c:	fff54513          	not	a0,a0
80001450:	fff5c593          	not	a1,a1
80001454:	0135f5b3          	and	a1,a1,s3
80001458:	01857533          	and	a0,a0,s8
8000145c:	00b56733          	or	a4,a0,a1
80001460:	00173993          	seqz	s3,a4
80001464:	bfb5                	j	800013e0 <__dtoa_engine+0x1a8>
80001466:	02d50833          	mul	a6,a0,a3
8000146a:	0785                	add	a5,a5,1
8000146c:	02b536b3          	mulhu	a3,a0,a1
80001470:	02b505b3          	mul	a1,a0,a1
80001474:	96c2                	add	a3,a3,a6
80001476:	00d4e663          	bltu	s1,a3,80001482 <__dtoa_engine+0x24a>
8000147a:	fe9696e3          	bne	a3,s1,80001466 <__dtoa_engine+0x22e>
8000147e:	feb474e3          	bgeu	s0,a1,80001466 <__dtoa_engine+0x22e>
80001482:	4732                	lw	a4,12(sp)
80001484:	97d2                	add	a5,a5,s4
80001486:	97ba                	add	a5,a5,a4
80001488:	00f04363          	bgtz	a5,8000148e <__dtoa_engine+0x256>
8000148c:	4785                	li	a5,1
8000148e:	8b3e                	mv	s6,a5
80001490:	f8fbc0e3          	blt	s7,a5,80001410 <__dtoa_engine+0x1d8>
80001494:	4c81                	li	s9,0
80001496:	4901                	li	s2,0
80001498:	4c01                	li	s8,0
8000149a:	5522                	lw	a0,40(sp)
8000149c:	55b2                	lw	a1,44(sp)
8000149e:	33bd                	jal	8000120c <div10>
800014a0:	57c2                	lw	a5,48(sp)
800014a2:	8dae                	mv	s11,a1
800014a4:	55d2                	lw	a1,52(sp)
800014a6:	c82a                	sw	a0,16(sp)
800014a8:	853e                	mv	a0,a5
800014aa:	ca3e                	sw	a5,20(sp)
800014ac:	3385                	jal	8000120c <div10>
800014ae:	832a                	mv	t1,a0
800014b0:	88ae                	mv	a7,a1
800014b2:	4ea9                	li	t4,10
800014b4:	01b5e763          	bltu	a1,s11,800014c2 <__dtoa_engine+0x28a>
800014b8:	08bd9563          	bne	s11,a1,80001542 <__dtoa_engine+0x30a>
800014bc:	47c2                	lw	a5,16(sp)
800014be:	08f57263          	bgeu	a0,a5,80001542 <__dtoa_engine+0x30a>
800014c2:	8522                	mv	a0,s0
800014c4:	85a6                	mv	a1,s1
800014c6:	ce46                	sw	a7,28(sp)
800014c8:	cc1a                	sw	t1,24(sp)
800014ca:	3389                	jal	8000120c <div10>
800014cc:	4362                	lw	t1,24(sp)
800014ce:	4ea9                	li	t4,10
800014d0:	001cb693          	seqz	a3,s9
800014d4:	026e8833          	mul	a6,t4,t1
800014d8:	00d9f9b3          	and	s3,s3,a3
800014dc:	47d2                	lw	a5,20(sp)
800014de:	48f2                	lw	a7,28(sp)
800014e0:	d66e                	sw	s11,44(sp)
800014e2:	d81a                	sw	t1,48(sp)
800014e4:	da46                	sw	a7,52(sp)
800014e6:	0905                	add	s2,s2,1
800014e8:	84ae                	mv	s1,a1
800014ea:	02ae86b3          	mul	a3,t4,a0
800014ee:	40f80833          	sub	a6,a6,a5
800014f2:	47c2                	lw	a5,16(sp)
800014f4:	00183813          	seqz	a6,a6
800014f8:	010d7d33          	and	s10,s10,a6
800014fc:	d43e                	sw	a5,40(sp)
800014fe:	40d406b3          	sub	a3,s0,a3
80001502:	0ff6fc93          	zext.b	s9,a3
80001506:	842a                	mv	s0,a0
80001508:	bf49                	j	8000149a <__dtoa_engine+0x262>
8000150a:	45a9                	li	a1,10
8000150c:	4681                	li	a3,0
8000150e:	4785                	li	a5,1
80001510:	4529                	li	a0,10
80001512:	b795                	j	80001476 <__dtoa_engine+0x23e>
80001514:	030e8f33          	mul	t5,t4,a6
80001518:	0505                	add	a0,a0,1
8000151a:	02beb833          	mulhu	a6,t4,a1
8000151e:	02be85b3          	mul	a1,t4,a1
80001522:	987a                	add	a6,a6,t5
80001524:	0104e663          	bltu	s1,a6,80001530 <__dtoa_engine+0x2f8>
80001528:	fe9816e3          	bne	a6,s1,80001514 <__dtoa_engine+0x2dc>
8000152c:	feb474e3          	bgeu	s0,a1,80001514 <__dtoa_engine+0x2dc>
80001530:	00ab5d63          	bge	s6,a0,8000154a <__dtoa_engine+0x312>
80001534:	000b1563          	bnez	s6,8000153e <__dtoa_engine+0x306>
80001538:	009465b3          	or	a1,s0,s1
8000153c:	c599                	beqz	a1,8000154a <__dtoa_engine+0x312>
8000153e:	4c05                	li	s8,1
80001540:	b749                	j	800014c2 <__dtoa_engine+0x28a>
80001542:	45a9                	li	a1,10
80001544:	4801                	li	a6,0
80001546:	4505                	li	a0,1
80001548:	bff1                	j	80001524 <__dtoa_engine+0x2ec>
8000154a:	040d0e63          	beqz	s10,800015a6 <__dtoa_engine+0x36e>
8000154e:	4da9                	li	s11,10
80001550:	5342                	lw	t1,48(sp)
80001552:	55d2                	lw	a1,52(sp)
80001554:	851a                	mv	a0,t1
80001556:	c81a                	sw	t1,16(sp)
80001558:	3955                	jal	8000120c <div10>
8000155a:	ce2e                	sw	a1,28(sp)
8000155c:	02ad85b3          	mul	a1,s11,a0
80001560:	4342                	lw	t1,16(sp)
80001562:	882a                	mv	a6,a0
80001564:	cc42                	sw	a6,24(sp)
80001566:	04659063          	bne	a1,t1,800015a6 <__dtoa_engine+0x36e>
8000156a:	5522                	lw	a0,40(sp)
8000156c:	55b2                	lw	a1,44(sp)
8000156e:	0905                	add	s2,s2,1
80001570:	3971                	jal	8000120c <div10>
80001572:	ca2a                	sw	a0,20(sp)
80001574:	c82e                	sw	a1,16(sp)
80001576:	8522                	mv	a0,s0
80001578:	85a6                	mv	a1,s1
8000157a:	3949                	jal	8000120c <div10>
8000157c:	001cb693          	seqz	a3,s9
80001580:	00d9f9b3          	and	s3,s3,a3
80001584:	02ad86b3          	mul	a3,s11,a0
80001588:	4e52                	lw	t3,20(sp)
8000158a:	4342                	lw	t1,16(sp)
8000158c:	4862                	lw	a6,24(sp)
8000158e:	48f2                	lw	a7,28(sp)
80001590:	d472                	sw	t3,40(sp)
80001592:	d61a                	sw	t1,44(sp)
80001594:	d842                	sw	a6,48(sp)
80001596:	da46                	sw	a7,52(sp)
80001598:	84ae                	mv	s1,a1
8000159a:	40d406b3          	sub	a3,s0,a3
8000159e:	0ff6fc93          	zext.b	s9,a3
800015a2:	842a                	mv	s0,a0
800015a4:	b775                	j	80001550 <__dtoa_engine+0x318>
800015a6:	9952                	add	s2,s2,s4
800015a8:	0c098563          	beqz	s3,80001672 <__dtoa_engine+0x43a>
800015ac:	4715                	li	a4,5
800015ae:	0cec9263          	bne	s9,a4,80001672 <__dtoa_engine+0x43a>
800015b2:	00147713          	and	a4,s0,1
800015b6:	e35d                	bnez	a4,8000165c <__dtoa_engine+0x424>
800015b8:	000c1963          	bnez	s8,800015ca <__dtoa_engine+0x392>
800015bc:	5742                	lw	a4,48(sp)
800015be:	00871563          	bne	a4,s0,800015c8 <__dtoa_engine+0x390>
800015c2:	5752                	lw	a4,52(sp)
800015c4:	0c970963          	beq	a4,s1,80001696 <__dtoa_engine+0x45e>
800015c8:	4701                	li	a4,0
800015ca:	943a                	add	s0,s0,a4
800015cc:	00e435b3          	sltu	a1,s0,a4
800015d0:	95a6                	add	a1,a1,s1
800015d2:	8a2e                	mv	s4,a1
800015d4:	84a2                	mv	s1,s0
800015d6:	4629                	li	a2,10
800015d8:	4681                	li	a3,0
800015da:	4c05                	li	s8,1
800015dc:	4529                	li	a0,10
800015de:	00d5e663          	bltu	a1,a3,800015ea <__dtoa_engine+0x3b2>
800015e2:	0ab69c63          	bne	a3,a1,8000169a <__dtoa_engine+0x462>
800015e6:	0ac47a63          	bgeu	s0,a2,8000169a <__dtoa_engine+0x462>
800015ea:	cf15                	beqz	a4,80001626 <__dtoa_engine+0x3ee>
800015ec:	038b5d63          	bge	s6,s8,80001626 <__dtoa_engine+0x3ee>
800015f0:	47a2                	lw	a5,8(sp)
800015f2:	cf91                	beqz	a5,8000160e <__dtoa_engine+0x3d6>
800015f4:	4732                	lw	a4,12(sp)
800015f6:	012c07b3          	add	a5,s8,s2
800015fa:	00f70b33          	add	s6,a4,a5
800015fe:	000b5363          	bgez	s6,80001604 <__dtoa_engine+0x3cc>
80001602:	4b01                	li	s6,0
80001604:	016bd363          	bge	s7,s6,8000160a <__dtoa_engine+0x3d2>
80001608:	8b5e                	mv	s6,s7
8000160a:	018b5e63          	bge	s6,s8,80001626 <__dtoa_engine+0x3ee>
8000160e:	00540513          	add	a0,s0,5
80001612:	00853433          	sltu	s0,a0,s0
80001616:	4629                	li	a2,10
80001618:	4681                	li	a3,0
8000161a:	95a2                	add	a1,a1,s0
8000161c:	2185                	jal	80001a7c <__udivdi3>
8000161e:	84aa                	mv	s1,a0
80001620:	8a2e                	mv	s4,a1
80001622:	0905                	add	s2,s2,1
80001624:	1c7d                	add	s8,s8,-1
80001626:	87da                	mv	a5,s6
80001628:	016c5363          	bge	s8,s6,8000162e <__dtoa_engine+0x3f6>
8000162c:	87e2                	mv	a5,s8
8000162e:	01079413          	sll	s0,a5,0x10
80001632:	0942                	sll	s2,s2,0x10
80001634:	8441                	sra	s0,s0,0x10
80001636:	41095913          	sra	s2,s2,0x10
8000163a:	9922                	add	s2,s2,s0
8000163c:	008a8b33          	add	s6,s5,s0
80001640:	197d                	add	s2,s2,-1
80001642:	4b81                	li	s7,0
80001644:	8c5a                	mv	s8,s6
80001646:	1b7d                	add	s6,s6,-1
80001648:	068bc263          	blt	s7,s0,800016ac <__dtoa_engine+0x474>
8000164c:	4782                	lw	a5,0(sp)
8000164e:	000c02a3          	sb	zero,5(s8)
80001652:	012aa023          	sw	s2,0(s5)
80001656:	00fa8223          	sb	a5,4(s5)
8000165a:	b135                	j	80001286 <__dtoa_engine+0x4e>
8000165c:	4705                	li	a4,1
8000165e:	f60c16e3          	bnez	s8,800015ca <__dtoa_engine+0x392>
80001662:	5742                	lw	a4,48(sp)
80001664:	00871563          	bne	a4,s0,8000166e <__dtoa_engine+0x436>
80001668:	5752                	lw	a4,52(sp)
8000166a:	00970c63          	beq	a4,s1,80001682 <__dtoa_engine+0x44a>
8000166e:	4705                	li	a4,1
80001670:	bfa9                	j	800015ca <__dtoa_engine+0x392>
80001672:	000c1d63          	bnez	s8,8000168c <__dtoa_engine+0x454>
80001676:	5742                	lw	a4,48(sp)
80001678:	00871a63          	bne	a4,s0,8000168c <__dtoa_engine+0x454>
8000167c:	5752                	lw	a4,52(sp)
8000167e:	00971763          	bne	a4,s1,8000168c <__dtoa_engine+0x454>
80001682:	4792                	lw	a5,4(sp)
80001684:	4705                	li	a4,1
80001686:	f3b1                	bnez	a5,800015ca <__dtoa_engine+0x392>
80001688:	f40d01e3          	beqz	s10,800015ca <__dtoa_engine+0x392>
8000168c:	005cb693          	sltiu	a3,s9,5
80001690:	0016c713          	xor	a4,a3,1
80001694:	bf1d                	j	800015ca <__dtoa_engine+0x392>
80001696:	4c91                	li	s9,4
80001698:	b7ed                	j	80001682 <__dtoa_engine+0x44a>
8000169a:	02d50833          	mul	a6,a0,a3
8000169e:	0c05                	add	s8,s8,1
800016a0:	02c536b3          	mulhu	a3,a0,a2
800016a4:	02c50633          	mul	a2,a0,a2
800016a8:	96c2                	add	a3,a3,a6
800016aa:	bf15                	j	800015de <__dtoa_engine+0x3a6>
800016ac:	4629                	li	a2,10
800016ae:	4681                	li	a3,0
800016b0:	8526                	mv	a0,s1
800016b2:	85d2                	mv	a1,s4
800016b4:	271d                	jal	80001dda <__umoddi3>
800016b6:	03050513          	add	a0,a0,48
800016ba:	00ab02a3          	sb	a0,5(s6)
800016be:	85d2                	mv	a1,s4
800016c0:	8526                	mv	a0,s1
800016c2:	4629                	li	a2,10
800016c4:	4681                	li	a3,0
800016c6:	2e5d                	jal	80001a7c <__udivdi3>
800016c8:	84aa                	mv	s1,a0
800016ca:	8a2e                	mv	s4,a1
800016cc:	0b85                	add	s7,s7,1
800016ce:	bfa5                	j	80001646 <__dtoa_engine+0x40e>

800016d0 <__pow5Factor>:
800016d0:	ccccd737          	lui	a4,0xccccd
800016d4:	333336b7          	lui	a3,0x33333
800016d8:	87aa                	mv	a5,a0
800016da:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
800016de:	4501                	li	a0,0
800016e0:	ccc70713          	add	a4,a4,-820
800016e4:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
800016e8:	02c585b3          	mul	a1,a1,a2
800016ec:	02e78833          	mul	a6,a5,a4
800016f0:	982e                	add	a6,a6,a1
800016f2:	02c7b5b3          	mulhu	a1,a5,a2
800016f6:	95c2                	add	a1,a1,a6
800016f8:	02c787b3          	mul	a5,a5,a2
800016fc:	00b6e863          	bltu	a3,a1,8000170c <__pow5Factor+0x3c>
80001700:	00d59463          	bne	a1,a3,80001708 <__pow5Factor+0x38>
80001704:	00f5e463          	bltu	a1,a5,8000170c <__pow5Factor+0x3c>
80001708:	0505                	add	a0,a0,1
8000170a:	bff9                	j	800016e8 <__pow5Factor+0x18>
8000170c:	8082                	ret

8000170e <__double_computePow5>:
8000170e:	1fd002ef          	jal	t0,8000210a <__riscv_save_10>
80001712:	47e9                	li	a5,26
80001714:	02f55b33          	divu	s6,a0,a5
80001718:	800029b7          	lui	s3,0x80002
8000171c:	26098b93          	add	s7,s3,608 # 80002260 <DOUBLE_POW5_SPLIT2>
80001720:	1101                	add	sp,sp,-32
80001722:	892e                	mv	s2,a1
80001724:	02f577b3          	remu	a5,a0,a5
80001728:	004b1713          	sll	a4,s6,0x4
8000172c:	9bba                	add	s7,s7,a4
8000172e:	e395                	bnez	a5,80001752 <__double_computePow5+0x44>
80001730:	000ba703          	lw	a4,0(s7)
80001734:	004ba783          	lw	a5,4(s7)
80001738:	c198                	sw	a4,0(a1)
8000173a:	c1dc                	sw	a5,4(a1)
8000173c:	008ba503          	lw	a0,8(s7)
80001740:	00cba583          	lw	a1,12(s7)
80001744:	00a92423          	sw	a0,8(s2)
80001748:	00b92623          	sw	a1,12(s2)
8000174c:	6105                	add	sp,sp,32
8000174e:	1f50006f          	j	80002142 <__riscv_restore_10>
80001752:	26098993          	add	s3,s3,608
80001756:	078e                	sll	a5,a5,0x3
80001758:	97ce                	add	a5,a5,s3
8000175a:	0d07aa03          	lw	s4,208(a5)
8000175e:	0d47aa83          	lw	s5,212(a5)
80001762:	008ba603          	lw	a2,8(s7)
80001766:	00cba683          	lw	a3,12(s7)
8000176a:	0818                	add	a4,sp,16
8000176c:	85d6                	mv	a1,s5
8000176e:	842a                	mv	s0,a0
80001770:	8552                	mv	a0,s4
80001772:	22d9                	jal	80001938 <__umul128>
80001774:	000ba603          	lw	a2,0(s7)
80001778:	004ba683          	lw	a3,4(s7)
8000177c:	84aa                	mv	s1,a0
8000177e:	8c2e                	mv	s8,a1
80001780:	0838                	add	a4,sp,24
80001782:	8552                	mv	a0,s4
80001784:	85d6                	mv	a1,s5
80001786:	2a4d                	jal	80001938 <__umul128>
80001788:	47e2                	lw	a5,24(sp)
8000178a:	4772                	lw	a4,28(sp)
8000178c:	8aaa                	mv	s5,a0
8000178e:	94be                	add	s1,s1,a5
80001790:	00f4ba33          	sltu	s4,s1,a5
80001794:	9c3a                	add	s8,s8,a4
80001796:	9a62                	add	s4,s4,s8
80001798:	00ea6663          	bltu	s4,a4,800017a4 <__double_computePow5+0x96>
8000179c:	01471d63          	bne	a4,s4,800017b6 <__double_computePow5+0xa8>
800017a0:	00f4fb63          	bgeu	s1,a5,800017b6 <__double_computePow5+0xa8>
800017a4:	47c2                	lw	a5,16(sp)
800017a6:	46d2                	lw	a3,20(sp)
800017a8:	00178713          	add	a4,a5,1
800017ac:	00f737b3          	sltu	a5,a4,a5
800017b0:	97b6                	add	a5,a5,a3
800017b2:	c83a                	sw	a4,16(sp)
800017b4:	ca3e                	sw	a5,20(sp)
800017b6:	8522                	mv	a0,s0
800017b8:	c62e                	sw	a1,12(sp)
800017ba:	22b5                	jal	80001926 <__pow5bits>
800017bc:	8baa                	mv	s7,a0
800017be:	4569                	li	a0,26
800017c0:	02ab0533          	mul	a0,s6,a0
800017c4:	228d                	jal	80001926 <__pow5bits>
800017c6:	45b2                	lw	a1,12(sp)
800017c8:	40ab8733          	sub	a4,s7,a0
800017cc:	8626                	mv	a2,s1
800017ce:	86d2                	mv	a3,s4
800017d0:	8556                	mv	a0,s5
800017d2:	c43a                	sw	a4,8(sp)
800017d4:	2a45                	jal	80001984 <__shiftright128>
800017d6:	00445793          	srl	a5,s0,0x4
800017da:	078a                	sll	a5,a5,0x2
800017dc:	99be                	add	s3,s3,a5
800017de:	1a09a783          	lw	a5,416(s3)
800017e2:	0406                	sll	s0,s0,0x1
800017e4:	8879                	and	s0,s0,30
800017e6:	0087d7b3          	srl	a5,a5,s0
800017ea:	8b8d                	and	a5,a5,3
800017ec:	953e                	add	a0,a0,a5
800017ee:	00f537b3          	sltu	a5,a0,a5
800017f2:	4722                	lw	a4,8(sp)
800017f4:	4642                	lw	a2,16(sp)
800017f6:	46d2                	lw	a3,20(sp)
800017f8:	97ae                	add	a5,a5,a1
800017fa:	00a92023          	sw	a0,0(s2)
800017fe:	00f92223          	sw	a5,4(s2)
80001802:	8526                	mv	a0,s1
80001804:	85d2                	mv	a1,s4
80001806:	2abd                	jal	80001984 <__shiftright128>
80001808:	bf35                	j	80001744 <__double_computePow5+0x36>

8000180a <__double_computeInvPow5>:
8000180a:	101002ef          	jal	t0,8000210a <__riscv_save_10>
8000180e:	4b69                	li	s6,26
80001810:	01950793          	add	a5,a0,25
80001814:	0367d7b3          	divu	a5,a5,s6
80001818:	80002ab7          	lui	s5,0x80002
8000181c:	260a8493          	add	s1,s5,608 # 80002260 <DOUBLE_POW5_SPLIT2>
80001820:	1f848493          	add	s1,s1,504
80001824:	1101                	add	sp,sp,-32
80001826:	8a2e                	mv	s4,a1
80001828:	03678b33          	mul	s6,a5,s6
8000182c:	0792                	sll	a5,a5,0x4
8000182e:	94be                	add	s1,s1,a5
80001830:	40ab0733          	sub	a4,s6,a0
80001834:	00ab1f63          	bne	s6,a0,80001852 <__double_computeInvPow5+0x48>
80001838:	4098                	lw	a4,0(s1)
8000183a:	40dc                	lw	a5,4(s1)
8000183c:	c198                	sw	a4,0(a1)
8000183e:	c1dc                	sw	a5,4(a1)
80001840:	4488                	lw	a0,8(s1)
80001842:	44cc                	lw	a1,12(s1)
80001844:	00aa2423          	sw	a0,8(s4)
80001848:	00ba2623          	sw	a1,12(s4)
8000184c:	6105                	add	sp,sp,32
8000184e:	0f50006f          	j	80002142 <__riscv_restore_10>
80001852:	260a8a93          	add	s5,s5,608
80001856:	070e                	sll	a4,a4,0x3
80001858:	9756                	add	a4,a4,s5
8000185a:	0d072903          	lw	s2,208(a4)
8000185e:	0d472983          	lw	s3,212(a4)
80001862:	4490                	lw	a2,8(s1)
80001864:	44d4                	lw	a3,12(s1)
80001866:	0818                	add	a4,sp,16
80001868:	85ce                	mv	a1,s3
8000186a:	842a                	mv	s0,a0
8000186c:	854a                	mv	a0,s2
8000186e:	20e9                	jal	80001938 <__umul128>
80001870:	4090                	lw	a2,0(s1)
80001872:	40d4                	lw	a3,4(s1)
80001874:	8c2a                	mv	s8,a0
80001876:	00163793          	seqz	a5,a2
8000187a:	8bae                	mv	s7,a1
8000187c:	0838                	add	a4,sp,24
8000187e:	8e9d                	sub	a3,a3,a5
80001880:	854a                	mv	a0,s2
80001882:	85ce                	mv	a1,s3
80001884:	167d                	add	a2,a2,-1
80001886:	284d                	jal	80001938 <__umul128>
80001888:	47e2                	lw	a5,24(sp)
8000188a:	4772                	lw	a4,28(sp)
8000188c:	89aa                	mv	s3,a0
8000188e:	9c3e                	add	s8,s8,a5
80001890:	00fc3933          	sltu	s2,s8,a5
80001894:	9bba                	add	s7,s7,a4
80001896:	995e                	add	s2,s2,s7
80001898:	00e96663          	bltu	s2,a4,800018a4 <__double_computeInvPow5+0x9a>
8000189c:	01271d63          	bne	a4,s2,800018b6 <__double_computeInvPow5+0xac>
800018a0:	00fc7b63          	bgeu	s8,a5,800018b6 <__double_computeInvPow5+0xac>
800018a4:	47c2                	lw	a5,16(sp)
800018a6:	46d2                	lw	a3,20(sp)
800018a8:	00178713          	add	a4,a5,1
800018ac:	00f737b3          	sltu	a5,a4,a5
800018b0:	97b6                	add	a5,a5,a3
800018b2:	c83a                	sw	a4,16(sp)
800018b4:	ca3e                	sw	a5,20(sp)
800018b6:	855a                	mv	a0,s6
800018b8:	c62e                	sw	a1,12(sp)
800018ba:	20b5                	jal	80001926 <__pow5bits>
800018bc:	8b2a                	mv	s6,a0
800018be:	8522                	mv	a0,s0
800018c0:	209d                	jal	80001926 <__pow5bits>
800018c2:	45b2                	lw	a1,12(sp)
800018c4:	40ab0733          	sub	a4,s6,a0
800018c8:	8662                	mv	a2,s8
800018ca:	86ca                	mv	a3,s2
800018cc:	854e                	mv	a0,s3
800018ce:	c43a                	sw	a4,8(sp)
800018d0:	2855                	jal	80001984 <__shiftright128>
800018d2:	00445793          	srl	a5,s0,0x4
800018d6:	078a                	sll	a5,a5,0x2
800018d8:	9abe                	add	s5,s5,a5
800018da:	2e8aa783          	lw	a5,744(s5)
800018de:	0406                	sll	s0,s0,0x1
800018e0:	8879                	and	s0,s0,30
800018e2:	0087d7b3          	srl	a5,a5,s0
800018e6:	8b8d                	and	a5,a5,3
800018e8:	0785                	add	a5,a5,1
800018ea:	953e                	add	a0,a0,a5
800018ec:	00f537b3          	sltu	a5,a0,a5
800018f0:	4722                	lw	a4,8(sp)
800018f2:	4642                	lw	a2,16(sp)
800018f4:	46d2                	lw	a3,20(sp)
800018f6:	97ae                	add	a5,a5,a1
800018f8:	00aa2023          	sw	a0,0(s4)
800018fc:	00fa2223          	sw	a5,4(s4)
80001900:	8562                	mv	a0,s8
80001902:	85ca                	mv	a1,s2
80001904:	2041                	jal	80001984 <__shiftright128>
80001906:	bf3d                	j	80001844 <__double_computeInvPow5+0x3a>

80001908 <__log10Pow2>:
80001908:	67cd                	lui	a5,0x13
8000190a:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
8000190e:	02f50533          	mul	a0,a0,a5
80001912:	8149                	srl	a0,a0,0x12
80001914:	8082                	ret

80001916 <__log10Pow5>:
80001916:	000b37b7          	lui	a5,0xb3
8000191a:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
8000191e:	02f50533          	mul	a0,a0,a5
80001922:	8151                	srl	a0,a0,0x14
80001924:	8082                	ret

80001926 <__pow5bits>:
80001926:	001297b7          	lui	a5,0x129
8000192a:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
8000192e:	02f50533          	mul	a0,a0,a5
80001932:	814d                	srl	a0,a0,0x13
80001934:	0505                	add	a0,a0,1
80001936:	8082                	ret

80001938 <__umul128>:
80001938:	02c537b3          	mulhu	a5,a0,a2
8000193c:	832e                	mv	t1,a1
8000193e:	02c585b3          	mul	a1,a1,a2
80001942:	02c33833          	mulhu	a6,t1,a2
80001946:	95be                	add	a1,a1,a5
80001948:	00f5b7b3          	sltu	a5,a1,a5
8000194c:	97c2                	add	a5,a5,a6
8000194e:	02a68833          	mul	a6,a3,a0
80001952:	02a6b8b3          	mulhu	a7,a3,a0
80001956:	95c2                	add	a1,a1,a6
80001958:	0105b833          	sltu	a6,a1,a6
8000195c:	98c2                	add	a7,a7,a6
8000195e:	02d30833          	mul	a6,t1,a3
80001962:	02d33333          	mulhu	t1,t1,a3
80001966:	983e                	add	a6,a6,a5
80001968:	011806b3          	add	a3,a6,a7
8000196c:	00f837b3          	sltu	a5,a6,a5
80001970:	0106b833          	sltu	a6,a3,a6
80001974:	c314                	sw	a3,0(a4)
80001976:	979a                	add	a5,a5,t1
80001978:	983e                	add	a6,a6,a5
8000197a:	02c50533          	mul	a0,a0,a2
8000197e:	01072223          	sw	a6,4(a4)
80001982:	8082                	ret

80001984 <__shiftright128>:
80001984:	794002ef          	jal	t0,80002118 <__riscv_save_4>
80001988:	8a2a                	mv	s4,a0
8000198a:	8532                	mv	a0,a2
8000198c:	04000613          	li	a2,64
80001990:	8e19                	sub	a2,a2,a4
80001992:	89ae                	mv	s3,a1
80001994:	85b6                	mv	a1,a3
80001996:	843a                	mv	s0,a4
80001998:	2849                	jal	80001a2a <__ashldi3>
8000199a:	892a                	mv	s2,a0
8000199c:	84ae                	mv	s1,a1
8000199e:	8622                	mv	a2,s0
800019a0:	8552                	mv	a0,s4
800019a2:	85ce                	mv	a1,s3
800019a4:	28b9                	jal	80001a02 <__lshrdi3>
800019a6:	00a96533          	or	a0,s2,a0
800019aa:	8dc5                	or	a1,a1,s1
800019ac:	a745                	j	8000214c <__riscv_restore_4>

800019ae <__libc_fini_array>:
800019ae:	784002ef          	jal	t0,80002132 <__riscv_save_0>
800019b2:	800027b7          	lui	a5,0x80002
800019b6:	80002437          	lui	s0,0x80002
800019ba:	6a878713          	add	a4,a5,1704 # 800026a8 <__fini_array_end>
800019be:	6a840413          	add	s0,s0,1704 # 800026a8 <__fini_array_end>
800019c2:	8c19                	sub	s0,s0,a4
800019c4:	8409                	sra	s0,s0,0x2
800019c6:	6a878493          	add	s1,a5,1704
800019ca:	e809                	bnez	s0,800019dc <__libc_fini_array+0x2e>
800019cc:	00000793          	li	a5,0
800019d0:	c789                	beqz	a5,800019da <__libc_fini_array+0x2c>
800019d2:	00000097          	auipc	ra,0x0
800019d6:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800019da:	afb5                	j	80002156 <__riscv_restore_0>
800019dc:	147d                	add	s0,s0,-1
800019de:	00241793          	sll	a5,s0,0x2
800019e2:	97a6                	add	a5,a5,s1
800019e4:	439c                	lw	a5,0(a5)
800019e6:	9782                	jalr	a5
800019e8:	b7cd                	j	800019ca <__libc_fini_array+0x1c>

800019ea <strnlen>:
800019ea:	95aa                	add	a1,a1,a0
800019ec:	87aa                	mv	a5,a0
800019ee:	00b78563          	beq	a5,a1,800019f8 <strnlen+0xe>
800019f2:	0007c703          	lbu	a4,0(a5)
800019f6:	e701                	bnez	a4,800019fe <strnlen+0x14>
800019f8:	40a78533          	sub	a0,a5,a0
800019fc:	8082                	ret
800019fe:	0785                	add	a5,a5,1
80001a00:	b7fd                	j	800019ee <strnlen+0x4>

80001a02 <__lshrdi3>:
80001a02:	ca19                	beqz	a2,80001a18 <__lshrdi3+0x16>
80001a04:	02000793          	li	a5,32
80001a08:	8f91                	sub	a5,a5,a2
80001a0a:	00f04863          	bgtz	a5,80001a1a <__lshrdi3+0x18>
80001a0e:	1601                	add	a2,a2,-32
80001a10:	00c5d533          	srl	a0,a1,a2
80001a14:	4701                	li	a4,0
80001a16:	85ba                	mv	a1,a4
80001a18:	8082                	ret
80001a1a:	00c5d733          	srl	a4,a1,a2
80001a1e:	00c55533          	srl	a0,a0,a2
80001a22:	00f595b3          	sll	a1,a1,a5
80001a26:	8d4d                	or	a0,a0,a1
80001a28:	b7fd                	j	80001a16 <__lshrdi3+0x14>

80001a2a <__ashldi3>:
80001a2a:	ca19                	beqz	a2,80001a40 <__ashldi3+0x16>
80001a2c:	02000793          	li	a5,32
80001a30:	8f91                	sub	a5,a5,a2
80001a32:	00f04863          	bgtz	a5,80001a42 <__ashldi3+0x18>
80001a36:	1601                	add	a2,a2,-32
80001a38:	00c515b3          	sll	a1,a0,a2
80001a3c:	4701                	li	a4,0
80001a3e:	853a                	mv	a0,a4
80001a40:	8082                	ret
80001a42:	00c51733          	sll	a4,a0,a2
80001a46:	00c595b3          	sll	a1,a1,a2
80001a4a:	00f55533          	srl	a0,a0,a5
80001a4e:	8dc9                	or	a1,a1,a0
80001a50:	b7fd                	j	80001a3e <__ashldi3+0x14>

80001a52 <__ashrdi3>:
80001a52:	ce01                	beqz	a2,80001a6a <__ashrdi3+0x18>
80001a54:	02000793          	li	a5,32
80001a58:	8f91                	sub	a5,a5,a2
80001a5a:	00f04963          	bgtz	a5,80001a6c <__ashrdi3+0x1a>
80001a5e:	1601                	add	a2,a2,-32
80001a60:	41f5d713          	sra	a4,a1,0x1f
80001a64:	40c5d533          	sra	a0,a1,a2
80001a68:	85ba                	mv	a1,a4
80001a6a:	8082                	ret
80001a6c:	40c5d733          	sra	a4,a1,a2
80001a70:	00c55533          	srl	a0,a0,a2
80001a74:	00f595b3          	sll	a1,a1,a5
80001a78:	8d4d                	or	a0,a0,a1
80001a7a:	b7fd                	j	80001a68 <__ashrdi3+0x16>

80001a7c <__udivdi3>:
80001a7c:	88aa                	mv	a7,a0
80001a7e:	832e                	mv	t1,a1
80001a80:	8732                	mv	a4,a2
80001a82:	882a                	mv	a6,a0
80001a84:	87ae                	mv	a5,a1
80001a86:	20069663          	bnez	a3,80001c92 <__udivdi3+0x216>
80001a8a:	00001597          	auipc	a1,0x1
80001a8e:	b1258593          	add	a1,a1,-1262 # 8000259c <__clz_tab>
80001a92:	0cc37163          	bgeu	t1,a2,80001b54 <__udivdi3+0xd8>
80001a96:	66c1                	lui	a3,0x10
80001a98:	0ad67763          	bgeu	a2,a3,80001b46 <__udivdi3+0xca>
80001a9c:	10063693          	sltiu	a3,a2,256
80001aa0:	0016c693          	xor	a3,a3,1
80001aa4:	068e                	sll	a3,a3,0x3
80001aa6:	00d65533          	srl	a0,a2,a3
80001aaa:	95aa                	add	a1,a1,a0
80001aac:	0005c583          	lbu	a1,0(a1)
80001ab0:	02000513          	li	a0,32
80001ab4:	96ae                	add	a3,a3,a1
80001ab6:	40d505b3          	sub	a1,a0,a3
80001aba:	00d50b63          	beq	a0,a3,80001ad0 <__udivdi3+0x54>
80001abe:	00b317b3          	sll	a5,t1,a1
80001ac2:	00d8d6b3          	srl	a3,a7,a3
80001ac6:	00b61733          	sll	a4,a2,a1
80001aca:	8fd5                	or	a5,a5,a3
80001acc:	00b89833          	sll	a6,a7,a1
80001ad0:	01075593          	srl	a1,a4,0x10
80001ad4:	02b7d333          	divu	t1,a5,a1
80001ad8:	01071613          	sll	a2,a4,0x10
80001adc:	8241                	srl	a2,a2,0x10
80001ade:	02b7f7b3          	remu	a5,a5,a1
80001ae2:	851a                	mv	a0,t1
80001ae4:	026608b3          	mul	a7,a2,t1
80001ae8:	01079693          	sll	a3,a5,0x10
80001aec:	01085793          	srl	a5,a6,0x10
80001af0:	8fd5                	or	a5,a5,a3
80001af2:	0117fc63          	bgeu	a5,a7,80001b0a <__udivdi3+0x8e>
80001af6:	97ba                	add	a5,a5,a4
80001af8:	fff30513          	add	a0,t1,-1
80001afc:	00e7e763          	bltu	a5,a4,80001b0a <__udivdi3+0x8e>
80001b00:	0117f563          	bgeu	a5,a7,80001b0a <__udivdi3+0x8e>
80001b04:	ffe30513          	add	a0,t1,-2
80001b08:	97ba                	add	a5,a5,a4
80001b0a:	411787b3          	sub	a5,a5,a7
80001b0e:	02b7d8b3          	divu	a7,a5,a1
80001b12:	0842                	sll	a6,a6,0x10
80001b14:	01085813          	srl	a6,a6,0x10
80001b18:	02b7f7b3          	remu	a5,a5,a1
80001b1c:	031606b3          	mul	a3,a2,a7
80001b20:	07c2                	sll	a5,a5,0x10
80001b22:	00f86833          	or	a6,a6,a5
80001b26:	87c6                	mv	a5,a7
80001b28:	00d87b63          	bgeu	a6,a3,80001b3e <__udivdi3+0xc2>
80001b2c:	983a                	add	a6,a6,a4
80001b2e:	fff88793          	add	a5,a7,-1
80001b32:	00e86663          	bltu	a6,a4,80001b3e <__udivdi3+0xc2>
80001b36:	00d87463          	bgeu	a6,a3,80001b3e <__udivdi3+0xc2>
80001b3a:	ffe88793          	add	a5,a7,-2
80001b3e:	0542                	sll	a0,a0,0x10
80001b40:	8d5d                	or	a0,a0,a5
80001b42:	4581                	li	a1,0
80001b44:	8082                	ret
80001b46:	01000537          	lui	a0,0x1000
80001b4a:	46c1                	li	a3,16
80001b4c:	f4a66de3          	bltu	a2,a0,80001aa6 <__udivdi3+0x2a>
80001b50:	46e1                	li	a3,24
80001b52:	bf91                	j	80001aa6 <__udivdi3+0x2a>
80001b54:	4681                	li	a3,0
80001b56:	ca09                	beqz	a2,80001b68 <__udivdi3+0xec>
80001b58:	67c1                	lui	a5,0x10
80001b5a:	08f67f63          	bgeu	a2,a5,80001bf8 <__udivdi3+0x17c>
80001b5e:	10063693          	sltiu	a3,a2,256
80001b62:	0016c693          	xor	a3,a3,1
80001b66:	068e                	sll	a3,a3,0x3
80001b68:	00d657b3          	srl	a5,a2,a3
80001b6c:	95be                	add	a1,a1,a5
80001b6e:	0005c783          	lbu	a5,0(a1)
80001b72:	97b6                	add	a5,a5,a3
80001b74:	02000693          	li	a3,32
80001b78:	40f685b3          	sub	a1,a3,a5
80001b7c:	08f69563          	bne	a3,a5,80001c06 <__udivdi3+0x18a>
80001b80:	40c307b3          	sub	a5,t1,a2
80001b84:	4585                	li	a1,1
80001b86:	01075893          	srl	a7,a4,0x10
80001b8a:	0317de33          	divu	t3,a5,a7
80001b8e:	01071613          	sll	a2,a4,0x10
80001b92:	8241                	srl	a2,a2,0x10
80001b94:	01085693          	srl	a3,a6,0x10
80001b98:	0317f7b3          	remu	a5,a5,a7
80001b9c:	8572                	mv	a0,t3
80001b9e:	03c60333          	mul	t1,a2,t3
80001ba2:	07c2                	sll	a5,a5,0x10
80001ba4:	8fd5                	or	a5,a5,a3
80001ba6:	0067fc63          	bgeu	a5,t1,80001bbe <__udivdi3+0x142>
80001baa:	97ba                	add	a5,a5,a4
80001bac:	fffe0513          	add	a0,t3,-1
80001bb0:	00e7e763          	bltu	a5,a4,80001bbe <__udivdi3+0x142>
80001bb4:	0067f563          	bgeu	a5,t1,80001bbe <__udivdi3+0x142>
80001bb8:	ffee0513          	add	a0,t3,-2
80001bbc:	97ba                	add	a5,a5,a4
80001bbe:	406787b3          	sub	a5,a5,t1
80001bc2:	0317d333          	divu	t1,a5,a7
80001bc6:	0842                	sll	a6,a6,0x10
80001bc8:	01085813          	srl	a6,a6,0x10
80001bcc:	0317f7b3          	remu	a5,a5,a7
80001bd0:	026606b3          	mul	a3,a2,t1
80001bd4:	07c2                	sll	a5,a5,0x10
80001bd6:	00f86833          	or	a6,a6,a5
80001bda:	879a                	mv	a5,t1
80001bdc:	00d87b63          	bgeu	a6,a3,80001bf2 <__udivdi3+0x176>
80001be0:	983a                	add	a6,a6,a4
80001be2:	fff30793          	add	a5,t1,-1
80001be6:	00e86663          	bltu	a6,a4,80001bf2 <__udivdi3+0x176>
80001bea:	00d87463          	bgeu	a6,a3,80001bf2 <__udivdi3+0x176>
80001bee:	ffe30793          	add	a5,t1,-2
80001bf2:	0542                	sll	a0,a0,0x10
80001bf4:	8d5d                	or	a0,a0,a5
80001bf6:	8082                	ret
80001bf8:	010007b7          	lui	a5,0x1000
80001bfc:	46c1                	li	a3,16
80001bfe:	f6f665e3          	bltu	a2,a5,80001b68 <__udivdi3+0xec>
80001c02:	46e1                	li	a3,24
80001c04:	b795                	j	80001b68 <__udivdi3+0xec>
80001c06:	00b61733          	sll	a4,a2,a1
80001c0a:	00f356b3          	srl	a3,t1,a5
80001c0e:	01075513          	srl	a0,a4,0x10
80001c12:	00b31333          	sll	t1,t1,a1
80001c16:	00f8d7b3          	srl	a5,a7,a5
80001c1a:	0067e7b3          	or	a5,a5,t1
80001c1e:	02a6d333          	divu	t1,a3,a0
80001c22:	01071613          	sll	a2,a4,0x10
80001c26:	8241                	srl	a2,a2,0x10
80001c28:	00b89833          	sll	a6,a7,a1
80001c2c:	02a6f6b3          	remu	a3,a3,a0
80001c30:	026608b3          	mul	a7,a2,t1
80001c34:	01069593          	sll	a1,a3,0x10
80001c38:	0107d693          	srl	a3,a5,0x10
80001c3c:	8ecd                	or	a3,a3,a1
80001c3e:	859a                	mv	a1,t1
80001c40:	0116fc63          	bgeu	a3,a7,80001c58 <__udivdi3+0x1dc>
80001c44:	96ba                	add	a3,a3,a4
80001c46:	fff30593          	add	a1,t1,-1
80001c4a:	00e6e763          	bltu	a3,a4,80001c58 <__udivdi3+0x1dc>
80001c4e:	0116f563          	bgeu	a3,a7,80001c58 <__udivdi3+0x1dc>
80001c52:	ffe30593          	add	a1,t1,-2
80001c56:	96ba                	add	a3,a3,a4
80001c58:	411686b3          	sub	a3,a3,a7
80001c5c:	02a6d8b3          	divu	a7,a3,a0
80001c60:	07c2                	sll	a5,a5,0x10
80001c62:	83c1                	srl	a5,a5,0x10
80001c64:	02a6f6b3          	remu	a3,a3,a0
80001c68:	03160633          	mul	a2,a2,a7
80001c6c:	06c2                	sll	a3,a3,0x10
80001c6e:	8fd5                	or	a5,a5,a3
80001c70:	86c6                	mv	a3,a7
80001c72:	00c7fc63          	bgeu	a5,a2,80001c8a <__udivdi3+0x20e>
80001c76:	97ba                	add	a5,a5,a4
80001c78:	fff88693          	add	a3,a7,-1
80001c7c:	00e7e763          	bltu	a5,a4,80001c8a <__udivdi3+0x20e>
80001c80:	00c7f563          	bgeu	a5,a2,80001c8a <__udivdi3+0x20e>
80001c84:	ffe88693          	add	a3,a7,-2
80001c88:	97ba                	add	a5,a5,a4
80001c8a:	05c2                	sll	a1,a1,0x10
80001c8c:	8f91                	sub	a5,a5,a2
80001c8e:	8dd5                	or	a1,a1,a3
80001c90:	bddd                	j	80001b86 <__udivdi3+0x10a>
80001c92:	14d5e163          	bltu	a1,a3,80001dd4 <__udivdi3+0x358>
80001c96:	67c1                	lui	a5,0x10
80001c98:	02f6ff63          	bgeu	a3,a5,80001cd6 <__udivdi3+0x25a>
80001c9c:	1006b713          	sltiu	a4,a3,256
80001ca0:	00174713          	xor	a4,a4,1
80001ca4:	070e                	sll	a4,a4,0x3
80001ca6:	00e6d5b3          	srl	a1,a3,a4
80001caa:	00001797          	auipc	a5,0x1
80001cae:	8f278793          	add	a5,a5,-1806 # 8000259c <__clz_tab>
80001cb2:	97ae                	add	a5,a5,a1
80001cb4:	0007c783          	lbu	a5,0(a5)
80001cb8:	97ba                	add	a5,a5,a4
80001cba:	02000713          	li	a4,32
80001cbe:	40f705b3          	sub	a1,a4,a5
80001cc2:	02f71163          	bne	a4,a5,80001ce4 <__udivdi3+0x268>
80001cc6:	4505                	li	a0,1
80001cc8:	e666eee3          	bltu	a3,t1,80001b44 <__udivdi3+0xc8>
80001ccc:	00c8b533          	sltu	a0,a7,a2
80001cd0:	00154513          	xor	a0,a0,1
80001cd4:	8082                	ret
80001cd6:	010007b7          	lui	a5,0x1000
80001cda:	4741                	li	a4,16
80001cdc:	fcf6e5e3          	bltu	a3,a5,80001ca6 <__udivdi3+0x22a>
80001ce0:	4761                	li	a4,24
80001ce2:	b7d1                	j	80001ca6 <__udivdi3+0x22a>
80001ce4:	00f65733          	srl	a4,a2,a5
80001ce8:	00b696b3          	sll	a3,a3,a1
80001cec:	8ed9                	or	a3,a3,a4
80001cee:	00f35733          	srl	a4,t1,a5
80001cf2:	00b31333          	sll	t1,t1,a1
80001cf6:	00f8d7b3          	srl	a5,a7,a5
80001cfa:	0067e7b3          	or	a5,a5,t1
80001cfe:	0106d313          	srl	t1,a3,0x10
80001d02:	02675eb3          	divu	t4,a4,t1
80001d06:	01069813          	sll	a6,a3,0x10
80001d0a:	01085813          	srl	a6,a6,0x10
80001d0e:	00b61633          	sll	a2,a2,a1
80001d12:	02677733          	remu	a4,a4,t1
80001d16:	03d80e33          	mul	t3,a6,t4
80001d1a:	01071513          	sll	a0,a4,0x10
80001d1e:	0107d713          	srl	a4,a5,0x10
80001d22:	8f49                	or	a4,a4,a0
80001d24:	8576                	mv	a0,t4
80001d26:	01c77c63          	bgeu	a4,t3,80001d3e <__udivdi3+0x2c2>
80001d2a:	9736                	add	a4,a4,a3
80001d2c:	fffe8513          	add	a0,t4,-1
80001d30:	00d76763          	bltu	a4,a3,80001d3e <__udivdi3+0x2c2>
80001d34:	01c77563          	bgeu	a4,t3,80001d3e <__udivdi3+0x2c2>
80001d38:	ffee8513          	add	a0,t4,-2
80001d3c:	9736                	add	a4,a4,a3
80001d3e:	41c70733          	sub	a4,a4,t3
80001d42:	02675e33          	divu	t3,a4,t1
80001d46:	07c2                	sll	a5,a5,0x10
80001d48:	83c1                	srl	a5,a5,0x10
80001d4a:	02677733          	remu	a4,a4,t1
80001d4e:	03c80833          	mul	a6,a6,t3
80001d52:	0742                	sll	a4,a4,0x10
80001d54:	8fd9                	or	a5,a5,a4
80001d56:	8772                	mv	a4,t3
80001d58:	0107fc63          	bgeu	a5,a6,80001d70 <__udivdi3+0x2f4>
80001d5c:	97b6                	add	a5,a5,a3
80001d5e:	fffe0713          	add	a4,t3,-1
80001d62:	00d7e763          	bltu	a5,a3,80001d70 <__udivdi3+0x2f4>
80001d66:	0107f563          	bgeu	a5,a6,80001d70 <__udivdi3+0x2f4>
80001d6a:	ffee0713          	add	a4,t3,-2
80001d6e:	97b6                	add	a5,a5,a3
80001d70:	0542                	sll	a0,a0,0x10
80001d72:	6e41                	lui	t3,0x10
80001d74:	8d59                	or	a0,a0,a4
80001d76:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80001d7a:	00d57733          	and	a4,a0,a3
80001d7e:	410787b3          	sub	a5,a5,a6
80001d82:	8ef1                	and	a3,a3,a2
80001d84:	01055813          	srl	a6,a0,0x10
80001d88:	8241                	srl	a2,a2,0x10
80001d8a:	02d70333          	mul	t1,a4,a3
80001d8e:	02d806b3          	mul	a3,a6,a3
80001d92:	02c70733          	mul	a4,a4,a2
80001d96:	02c80833          	mul	a6,a6,a2
80001d9a:	00d70633          	add	a2,a4,a3
80001d9e:	01035713          	srl	a4,t1,0x10
80001da2:	9732                	add	a4,a4,a2
80001da4:	00d77363          	bgeu	a4,a3,80001daa <__udivdi3+0x32e>
80001da8:	9872                	add	a6,a6,t3
80001daa:	01075693          	srl	a3,a4,0x10
80001dae:	96c2                	add	a3,a3,a6
80001db0:	02d7e063          	bltu	a5,a3,80001dd0 <__udivdi3+0x354>
80001db4:	d8d797e3          	bne	a5,a3,80001b42 <__udivdi3+0xc6>
80001db8:	67c1                	lui	a5,0x10
80001dba:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
80001dbc:	8f7d                	and	a4,a4,a5
80001dbe:	0742                	sll	a4,a4,0x10
80001dc0:	00f37333          	and	t1,t1,a5
80001dc4:	00b898b3          	sll	a7,a7,a1
80001dc8:	971a                	add	a4,a4,t1
80001dca:	4581                	li	a1,0
80001dcc:	d6e8fce3          	bgeu	a7,a4,80001b44 <__udivdi3+0xc8>
80001dd0:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
80001dd2:	bb85                	j	80001b42 <__udivdi3+0xc6>
80001dd4:	4581                	li	a1,0
80001dd6:	4501                	li	a0,0
80001dd8:	8082                	ret

80001dda <__umoddi3>:
80001dda:	8832                	mv	a6,a2
80001ddc:	87aa                	mv	a5,a0
80001dde:	872e                	mv	a4,a1
80001de0:	1a069363          	bnez	a3,80001f86 <__umoddi3+0x1ac>
80001de4:	00000897          	auipc	a7,0x0
80001de8:	7b888893          	add	a7,a7,1976 # 8000259c <__clz_tab>
80001dec:	0ac5f663          	bgeu	a1,a2,80001e98 <__umoddi3+0xbe>
80001df0:	66c1                	lui	a3,0x10
80001df2:	08d67c63          	bgeu	a2,a3,80001e8a <__umoddi3+0xb0>
80001df6:	10063693          	sltiu	a3,a2,256
80001dfa:	0016c693          	xor	a3,a3,1
80001dfe:	068e                	sll	a3,a3,0x3
80001e00:	00d65333          	srl	t1,a2,a3
80001e04:	989a                	add	a7,a7,t1
80001e06:	0008c883          	lbu	a7,0(a7)
80001e0a:	02000313          	li	t1,32
80001e0e:	96c6                	add	a3,a3,a7
80001e10:	40d308b3          	sub	a7,t1,a3
80001e14:	00d30b63          	beq	t1,a3,80001e2a <__umoddi3+0x50>
80001e18:	01159733          	sll	a4,a1,a7
80001e1c:	00d556b3          	srl	a3,a0,a3
80001e20:	01161833          	sll	a6,a2,a7
80001e24:	8f55                	or	a4,a4,a3
80001e26:	011517b3          	sll	a5,a0,a7
80001e2a:	01085613          	srl	a2,a6,0x10
80001e2e:	02c756b3          	divu	a3,a4,a2
80001e32:	01081513          	sll	a0,a6,0x10
80001e36:	8141                	srl	a0,a0,0x10
80001e38:	02c77733          	remu	a4,a4,a2
80001e3c:	02a686b3          	mul	a3,a3,a0
80001e40:	01071593          	sll	a1,a4,0x10
80001e44:	0107d713          	srl	a4,a5,0x10
80001e48:	8f4d                	or	a4,a4,a1
80001e4a:	00d77863          	bgeu	a4,a3,80001e5a <__umoddi3+0x80>
80001e4e:	9742                	add	a4,a4,a6
80001e50:	01076563          	bltu	a4,a6,80001e5a <__umoddi3+0x80>
80001e54:	00d77363          	bgeu	a4,a3,80001e5a <__umoddi3+0x80>
80001e58:	9742                	add	a4,a4,a6
80001e5a:	8f15                	sub	a4,a4,a3
80001e5c:	02c756b3          	divu	a3,a4,a2
80001e60:	02c77733          	remu	a4,a4,a2
80001e64:	02a686b3          	mul	a3,a3,a0
80001e68:	07c2                	sll	a5,a5,0x10
80001e6a:	0742                	sll	a4,a4,0x10
80001e6c:	83c1                	srl	a5,a5,0x10
80001e6e:	8fd9                	or	a5,a5,a4
80001e70:	00d7f863          	bgeu	a5,a3,80001e80 <__umoddi3+0xa6>
80001e74:	97c2                	add	a5,a5,a6
80001e76:	0107e563          	bltu	a5,a6,80001e80 <__umoddi3+0xa6>
80001e7a:	00d7f363          	bgeu	a5,a3,80001e80 <__umoddi3+0xa6>
80001e7e:	97c2                	add	a5,a5,a6
80001e80:	8f95                	sub	a5,a5,a3
80001e82:	0117d533          	srl	a0,a5,a7
80001e86:	4581                	li	a1,0
80001e88:	8082                	ret
80001e8a:	01000337          	lui	t1,0x1000
80001e8e:	46c1                	li	a3,16
80001e90:	f66668e3          	bltu	a2,t1,80001e00 <__umoddi3+0x26>
80001e94:	46e1                	li	a3,24
80001e96:	b7ad                	j	80001e00 <__umoddi3+0x26>
80001e98:	4681                	li	a3,0
80001e9a:	ca09                	beqz	a2,80001eac <__umoddi3+0xd2>
80001e9c:	6741                	lui	a4,0x10
80001e9e:	06e67463          	bgeu	a2,a4,80001f06 <__umoddi3+0x12c>
80001ea2:	10063693          	sltiu	a3,a2,256
80001ea6:	0016c693          	xor	a3,a3,1
80001eaa:	068e                	sll	a3,a3,0x3
80001eac:	00d65733          	srl	a4,a2,a3
80001eb0:	98ba                	add	a7,a7,a4
80001eb2:	0008c703          	lbu	a4,0(a7)
80001eb6:	9736                	add	a4,a4,a3
80001eb8:	02000693          	li	a3,32
80001ebc:	40e688b3          	sub	a7,a3,a4
80001ec0:	04e69a63          	bne	a3,a4,80001f14 <__umoddi3+0x13a>
80001ec4:	40c58733          	sub	a4,a1,a2
80001ec8:	01085593          	srl	a1,a6,0x10
80001ecc:	02b75633          	divu	a2,a4,a1
80001ed0:	01081513          	sll	a0,a6,0x10
80001ed4:	8141                	srl	a0,a0,0x10
80001ed6:	0107d693          	srl	a3,a5,0x10
80001eda:	02b77733          	remu	a4,a4,a1
80001ede:	02a60633          	mul	a2,a2,a0
80001ee2:	0742                	sll	a4,a4,0x10
80001ee4:	8f55                	or	a4,a4,a3
80001ee6:	00c77863          	bgeu	a4,a2,80001ef6 <__umoddi3+0x11c>
80001eea:	9742                	add	a4,a4,a6
80001eec:	01076563          	bltu	a4,a6,80001ef6 <__umoddi3+0x11c>
80001ef0:	00c77363          	bgeu	a4,a2,80001ef6 <__umoddi3+0x11c>
80001ef4:	9742                	add	a4,a4,a6
80001ef6:	8f11                	sub	a4,a4,a2
80001ef8:	02b756b3          	divu	a3,a4,a1
80001efc:	02b77733          	remu	a4,a4,a1
80001f00:	02a686b3          	mul	a3,a3,a0
80001f04:	b795                	j	80001e68 <__umoddi3+0x8e>
80001f06:	01000737          	lui	a4,0x1000
80001f0a:	46c1                	li	a3,16
80001f0c:	fae660e3          	bltu	a2,a4,80001eac <__umoddi3+0xd2>
80001f10:	46e1                	li	a3,24
80001f12:	bf69                	j	80001eac <__umoddi3+0xd2>
80001f14:	01161833          	sll	a6,a2,a7
80001f18:	00e5d6b3          	srl	a3,a1,a4
80001f1c:	011517b3          	sll	a5,a0,a7
80001f20:	011595b3          	sll	a1,a1,a7
80001f24:	00e55733          	srl	a4,a0,a4
80001f28:	01085513          	srl	a0,a6,0x10
80001f2c:	8f4d                	or	a4,a4,a1
80001f2e:	02a6d5b3          	divu	a1,a3,a0
80001f32:	01081313          	sll	t1,a6,0x10
80001f36:	01035313          	srl	t1,t1,0x10
80001f3a:	02a6f6b3          	remu	a3,a3,a0
80001f3e:	026585b3          	mul	a1,a1,t1
80001f42:	01069613          	sll	a2,a3,0x10
80001f46:	01075693          	srl	a3,a4,0x10
80001f4a:	8ed1                	or	a3,a3,a2
80001f4c:	00b6f863          	bgeu	a3,a1,80001f5c <__umoddi3+0x182>
80001f50:	96c2                	add	a3,a3,a6
80001f52:	0106e563          	bltu	a3,a6,80001f5c <__umoddi3+0x182>
80001f56:	00b6f363          	bgeu	a3,a1,80001f5c <__umoddi3+0x182>
80001f5a:	96c2                	add	a3,a3,a6
80001f5c:	8e8d                	sub	a3,a3,a1
80001f5e:	02a6d633          	divu	a2,a3,a0
80001f62:	0742                	sll	a4,a4,0x10
80001f64:	8341                	srl	a4,a4,0x10
80001f66:	02a6f6b3          	remu	a3,a3,a0
80001f6a:	02660633          	mul	a2,a2,t1
80001f6e:	06c2                	sll	a3,a3,0x10
80001f70:	8f55                	or	a4,a4,a3
80001f72:	00c77863          	bgeu	a4,a2,80001f82 <__umoddi3+0x1a8>
80001f76:	9742                	add	a4,a4,a6
80001f78:	01076563          	bltu	a4,a6,80001f82 <__umoddi3+0x1a8>
80001f7c:	00c77363          	bgeu	a4,a2,80001f82 <__umoddi3+0x1a8>
80001f80:	9742                	add	a4,a4,a6
80001f82:	8f11                	sub	a4,a4,a2
80001f84:	b791                	j	80001ec8 <__umoddi3+0xee>
80001f86:	16d5ed63          	bltu	a1,a3,80002100 <__umoddi3+0x326>
80001f8a:	6841                	lui	a6,0x10
80001f8c:	0506f763          	bgeu	a3,a6,80001fda <__umoddi3+0x200>
80001f90:	1006b813          	sltiu	a6,a3,256
80001f94:	00184813          	xor	a6,a6,1
80001f98:	080e                	sll	a6,a6,0x3
80001f9a:	0106d333          	srl	t1,a3,a6
80001f9e:	00000897          	auipc	a7,0x0
80001fa2:	5fe88893          	add	a7,a7,1534 # 8000259c <__clz_tab>
80001fa6:	989a                	add	a7,a7,t1
80001fa8:	0008c883          	lbu	a7,0(a7)
80001fac:	02000313          	li	t1,32
80001fb0:	98c2                	add	a7,a7,a6
80001fb2:	41130833          	sub	a6,t1,a7
80001fb6:	03131963          	bne	t1,a7,80001fe8 <__umoddi3+0x20e>
80001fba:	00b6e463          	bltu	a3,a1,80001fc2 <__umoddi3+0x1e8>
80001fbe:	00c56b63          	bltu	a0,a2,80001fd4 <__umoddi3+0x1fa>
80001fc2:	40c50633          	sub	a2,a0,a2
80001fc6:	40d586b3          	sub	a3,a1,a3
80001fca:	00c53733          	sltu	a4,a0,a2
80001fce:	87b2                	mv	a5,a2
80001fd0:	40e68733          	sub	a4,a3,a4
80001fd4:	853e                	mv	a0,a5
80001fd6:	85ba                	mv	a1,a4
80001fd8:	8082                	ret
80001fda:	010008b7          	lui	a7,0x1000
80001fde:	4841                	li	a6,16
80001fe0:	fb16ede3          	bltu	a3,a7,80001f9a <__umoddi3+0x1c0>
80001fe4:	4861                	li	a6,24
80001fe6:	bf55                	j	80001f9a <__umoddi3+0x1c0>
80001fe8:	011657b3          	srl	a5,a2,a7
80001fec:	010696b3          	sll	a3,a3,a6
80001ff0:	8edd                	or	a3,a3,a5
80001ff2:	0115d733          	srl	a4,a1,a7
80001ff6:	0106de13          	srl	t3,a3,0x10
80001ffa:	03c75f33          	divu	t5,a4,t3
80001ffe:	01069313          	sll	t1,a3,0x10
80002002:	01035313          	srl	t1,t1,0x10
80002006:	010597b3          	sll	a5,a1,a6
8000200a:	011555b3          	srl	a1,a0,a7
8000200e:	8ddd                	or	a1,a1,a5
80002010:	0105d793          	srl	a5,a1,0x10
80002014:	01061633          	sll	a2,a2,a6
80002018:	01051533          	sll	a0,a0,a6
8000201c:	03c77733          	remu	a4,a4,t3
80002020:	03e30eb3          	mul	t4,t1,t5
80002024:	0742                	sll	a4,a4,0x10
80002026:	8fd9                	or	a5,a5,a4
80002028:	877a                	mv	a4,t5
8000202a:	01d7fc63          	bgeu	a5,t4,80002042 <__umoddi3+0x268>
8000202e:	97b6                	add	a5,a5,a3
80002030:	ffff0713          	add	a4,t5,-1
80002034:	00d7e763          	bltu	a5,a3,80002042 <__umoddi3+0x268>
80002038:	01d7f563          	bgeu	a5,t4,80002042 <__umoddi3+0x268>
8000203c:	ffef0713          	add	a4,t5,-2
80002040:	97b6                	add	a5,a5,a3
80002042:	41d787b3          	sub	a5,a5,t4
80002046:	03c7deb3          	divu	t4,a5,t3
8000204a:	05c2                	sll	a1,a1,0x10
8000204c:	81c1                	srl	a1,a1,0x10
8000204e:	03c7f7b3          	remu	a5,a5,t3
80002052:	8e76                	mv	t3,t4
80002054:	03d30333          	mul	t1,t1,t4
80002058:	07c2                	sll	a5,a5,0x10
8000205a:	8ddd                	or	a1,a1,a5
8000205c:	0065fc63          	bgeu	a1,t1,80002074 <__umoddi3+0x29a>
80002060:	95b6                	add	a1,a1,a3
80002062:	fffe8e13          	add	t3,t4,-1
80002066:	00d5e763          	bltu	a1,a3,80002074 <__umoddi3+0x29a>
8000206a:	0065f563          	bgeu	a1,t1,80002074 <__umoddi3+0x29a>
8000206e:	ffee8e13          	add	t3,t4,-2
80002072:	95b6                	add	a1,a1,a3
80002074:	01071793          	sll	a5,a4,0x10
80002078:	6f41                	lui	t5,0x10
8000207a:	01c7e7b3          	or	a5,a5,t3
8000207e:	406585b3          	sub	a1,a1,t1
80002082:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
80002086:	0067f733          	and	a4,a5,t1
8000208a:	01065e13          	srl	t3,a2,0x10
8000208e:	83c1                	srl	a5,a5,0x10
80002090:	00667333          	and	t1,a2,t1
80002094:	02670eb3          	mul	t4,a4,t1
80002098:	02678333          	mul	t1,a5,t1
8000209c:	03c70733          	mul	a4,a4,t3
800020a0:	03c787b3          	mul	a5,a5,t3
800020a4:	00670e33          	add	t3,a4,t1
800020a8:	010ed713          	srl	a4,t4,0x10
800020ac:	9772                	add	a4,a4,t3
800020ae:	00677363          	bgeu	a4,t1,800020b4 <__umoddi3+0x2da>
800020b2:	97fa                	add	a5,a5,t5
800020b4:	01075313          	srl	t1,a4,0x10
800020b8:	979a                	add	a5,a5,t1
800020ba:	6341                	lui	t1,0x10
800020bc:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
800020be:	00677733          	and	a4,a4,t1
800020c2:	0742                	sll	a4,a4,0x10
800020c4:	006efeb3          	and	t4,t4,t1
800020c8:	9776                	add	a4,a4,t4
800020ca:	00f5e663          	bltu	a1,a5,800020d6 <__umoddi3+0x2fc>
800020ce:	00f59b63          	bne	a1,a5,800020e4 <__umoddi3+0x30a>
800020d2:	00e57963          	bgeu	a0,a4,800020e4 <__umoddi3+0x30a>
800020d6:	40c70633          	sub	a2,a4,a2
800020da:	00c73333          	sltu	t1,a4,a2
800020de:	969a                	add	a3,a3,t1
800020e0:	8732                	mv	a4,a2
800020e2:	8f95                	sub	a5,a5,a3
800020e4:	40e50733          	sub	a4,a0,a4
800020e8:	00e53533          	sltu	a0,a0,a4
800020ec:	8d9d                	sub	a1,a1,a5
800020ee:	8d89                	sub	a1,a1,a0
800020f0:	011598b3          	sll	a7,a1,a7
800020f4:	01075733          	srl	a4,a4,a6
800020f8:	00e8e533          	or	a0,a7,a4
800020fc:	0105d5b3          	srl	a1,a1,a6
80002100:	8082                	ret

80002102 <__riscv_save_12>:
80002102:	7139                	add	sp,sp,-64
80002104:	4301                	li	t1,0
80002106:	c66e                	sw	s11,12(sp)
80002108:	a019                	j	8000210e <__riscv_save_10+0x4>

8000210a <__riscv_save_10>:
8000210a:	7139                	add	sp,sp,-64
8000210c:	5341                	li	t1,-16
8000210e:	c86a                	sw	s10,16(sp)
80002110:	ca66                	sw	s9,20(sp)
80002112:	cc62                	sw	s8,24(sp)
80002114:	ce5e                	sw	s7,28(sp)
80002116:	a019                	j	8000211c <__riscv_save_4+0x4>

80002118 <__riscv_save_4>:
80002118:	7139                	add	sp,sp,-64
8000211a:	5301                	li	t1,-32
8000211c:	d05a                	sw	s6,32(sp)
8000211e:	d256                	sw	s5,36(sp)
80002120:	d452                	sw	s4,40(sp)
80002122:	d64e                	sw	s3,44(sp)
80002124:	d84a                	sw	s2,48(sp)
80002126:	da26                	sw	s1,52(sp)
80002128:	dc22                	sw	s0,56(sp)
8000212a:	de06                	sw	ra,60(sp)
8000212c:	40610133          	sub	sp,sp,t1
80002130:	8282                	jr	t0

80002132 <__riscv_save_0>:
80002132:	1141                	add	sp,sp,-16
80002134:	c04a                	sw	s2,0(sp)
80002136:	c226                	sw	s1,4(sp)
80002138:	c422                	sw	s0,8(sp)
8000213a:	c606                	sw	ra,12(sp)
8000213c:	8282                	jr	t0

8000213e <__riscv_restore_12>:
8000213e:	4db2                	lw	s11,12(sp)
80002140:	0141                	add	sp,sp,16

80002142 <__riscv_restore_10>:
80002142:	4d02                	lw	s10,0(sp)
80002144:	4c92                	lw	s9,4(sp)
80002146:	4c22                	lw	s8,8(sp)
80002148:	4bb2                	lw	s7,12(sp)
8000214a:	0141                	add	sp,sp,16

8000214c <__riscv_restore_4>:
8000214c:	4b02                	lw	s6,0(sp)
8000214e:	4a92                	lw	s5,4(sp)
80002150:	4a22                	lw	s4,8(sp)
80002152:	49b2                	lw	s3,12(sp)
80002154:	0141                	add	sp,sp,16

80002156 <__riscv_restore_0>:
80002156:	4902                	lw	s2,0(sp)
80002158:	4492                	lw	s1,4(sp)
8000215a:	4422                	lw	s0,8(sp)
8000215c:	40b2                	lw	ra,12(sp)
8000215e:	0141                	add	sp,sp,16
80002160:	8082                	ret
