
build/htif.elf:     file format elf32-littleriscv


Disassembly of section .text:

80000000 <_start>:
80000000:	00004197          	auipc	gp,0x4
80000004:	81818193          	add	gp,gp,-2024 # 80003818 <__global_pointer$>
80000008:	01000117          	auipc	sp,0x1000
8000000c:	ff810113          	add	sp,sp,-8 # 81000000 <__stack_top>
80000010:	00003217          	auipc	tp,0x3
80000014:	01820213          	add	tp,tp,24 # 80003028 <__bss_end>
80000018:	00003297          	auipc	t0,0x3
8000001c:	01028293          	add	t0,t0,16 # 80003028 <__bss_end>
80000020:	00003317          	auipc	t1,0x3
80000024:	00830313          	add	t1,t1,8 # 80003028 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0)
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	20028293          	add	t0,t0,512 # 80000234 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	2431                	jal	8000024c <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	24ad                	jal	800002b2 <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	80002537          	lui	a0,0x80002
80000050:	1141                	add	sp,sp,-16
80000052:	25850513          	add	a0,a0,600 # 80002258 <__text_end+0x46>
80000056:	c606                	sw	ra,12(sp)
80000058:	2ca5                	jal	800002d0 <printf>
8000005a:	80002537          	lui	a0,0x80002
8000005e:	02a00613          	li	a2,42
80000062:	02a00593          	li	a1,42
80000066:	26c50513          	add	a0,a0,620 # 8000226c <__text_end+0x5a>
8000006a:	249d                	jal	800002d0 <printf>
8000006c:	80002537          	lui	a0,0x80002
80000070:	28050513          	add	a0,a0,640 # 80002280 <__text_end+0x6e>
80000074:	2cb1                	jal	800002d0 <printf>
80000076:	40b2                	lw	ra,12(sp)
80000078:	4501                	li	a0,0
8000007a:	0141                	add	sp,sp,16
8000007c:	8082                	ret

8000007e <htif_wait_idle>:
8000007e:	80003737          	lui	a4,0x80003
80000082:	02070693          	add	a3,a4,32 # 80003020 <tohost>
80000086:	02072783          	lw	a5,32(a4)
8000008a:	fff5                	bnez	a5,80000086 <htif_wait_idle+0x8>
8000008c:	42dc                	lw	a5,4(a3)
8000008e:	ffe5                	bnez	a5,80000086 <htif_wait_idle+0x8>
80000090:	800036b7          	lui	a3,0x80003
80000094:	0186a703          	lw	a4,24(a3) # 80003018 <fromhost>
80000098:	01c6a783          	lw	a5,28(a3)
8000009c:	8f5d                	or	a4,a4,a5
8000009e:	c719                	beqz	a4,800000ac <htif_wait_idle+0x2e>
800000a0:	4781                	li	a5,0
800000a2:	4801                	li	a6,0
800000a4:	00f6ac23          	sw	a5,24(a3)
800000a8:	0106ae23          	sw	a6,28(a3)
800000ac:	8082                	ret

800000ae <htif_puts>:
800000ae:	00054803          	lbu	a6,0(a0)
800000b2:	862a                	mv	a2,a0
800000b4:	04080463          	beqz	a6,800000fc <htif_puts+0x4e>
800000b8:	80003737          	lui	a4,0x80003
800000bc:	02070693          	add	a3,a4,32 # 80003020 <tohost>
800000c0:	800038b7          	lui	a7,0x80003
800000c4:	01010337          	lui	t1,0x1010
800000c8:	0605                	add	a2,a2,1
800000ca:	02072783          	lw	a5,32(a4)
800000ce:	fff5                	bnez	a5,800000ca <htif_puts+0x1c>
800000d0:	42dc                	lw	a5,4(a3)
800000d2:	ffe5                	bnez	a5,800000ca <htif_puts+0x1c>
800000d4:	0188a503          	lw	a0,24(a7) # 80003018 <fromhost>
800000d8:	01c8a583          	lw	a1,28(a7)
800000dc:	8d4d                	or	a0,a0,a1
800000de:	c519                	beqz	a0,800000ec <htif_puts+0x3e>
800000e0:	4501                	li	a0,0
800000e2:	4581                	li	a1,0
800000e4:	00a8ac23          	sw	a0,24(a7)
800000e8:	00b8ae23          	sw	a1,28(a7)
800000ec:	03072023          	sw	a6,32(a4)
800000f0:	0066a223          	sw	t1,4(a3)
800000f4:	00064803          	lbu	a6,0(a2)
800000f8:	fc0818e3          	bnez	a6,800000c8 <htif_puts+0x1a>
800000fc:	8082                	ret

800000fe <htif_put_hex>:
800000fe:	1141                	add	sp,sp,-16
80000100:	c422                	sw	s0,8(sp)
80000102:	842a                	mv	s0,a0
80000104:	80002537          	lui	a0,0x80002
80000108:	21850513          	add	a0,a0,536 # 80002218 <__text_end+0x6>
8000010c:	c606                	sw	ra,12(sp)
8000010e:	3745                	jal	800000ae <htif_puts>
80000110:	80003737          	lui	a4,0x80003
80000114:	80002337          	lui	t1,0x80002
80000118:	4671                	li	a2,28
8000011a:	21c30313          	add	t1,t1,540 # 8000221c <__text_end+0xa>
8000011e:	02070693          	add	a3,a4,32 # 80003020 <tohost>
80000122:	800038b7          	lui	a7,0x80003
80000126:	01010eb7          	lui	t4,0x1010
8000012a:	5e71                	li	t3,-4
8000012c:	00c457b3          	srl	a5,s0,a2
80000130:	8bbd                	and	a5,a5,15
80000132:	979a                	add	a5,a5,t1
80000134:	0007c803          	lbu	a6,0(a5)
80000138:	02072783          	lw	a5,32(a4)
8000013c:	fff5                	bnez	a5,80000138 <htif_put_hex+0x3a>
8000013e:	42dc                	lw	a5,4(a3)
80000140:	ffe5                	bnez	a5,80000138 <htif_put_hex+0x3a>
80000142:	0188a503          	lw	a0,24(a7) # 80003018 <fromhost>
80000146:	01c8a583          	lw	a1,28(a7)
8000014a:	8d4d                	or	a0,a0,a1
8000014c:	c519                	beqz	a0,8000015a <htif_put_hex+0x5c>
8000014e:	4501                	li	a0,0
80000150:	4581                	li	a1,0
80000152:	00a8ac23          	sw	a0,24(a7)
80000156:	00b8ae23          	sw	a1,28(a7)
8000015a:	03072023          	sw	a6,32(a4)
8000015e:	01d6a223          	sw	t4,4(a3)
80000162:	1671                	add	a2,a2,-4
80000164:	fdc614e3          	bne	a2,t3,8000012c <htif_put_hex+0x2e>
80000168:	40b2                	lw	ra,12(sp)
8000016a:	4422                	lw	s0,8(sp)
8000016c:	0141                	add	sp,sp,16
8000016e:	8082                	ret

80000170 <htif_stdio_put>:
80000170:	80003737          	lui	a4,0x80003
80000174:	02070693          	add	a3,a4,32 # 80003020 <tohost>
80000178:	02072783          	lw	a5,32(a4)
8000017c:	fff5                	bnez	a5,80000178 <htif_stdio_put+0x8>
8000017e:	42dc                	lw	a5,4(a3)
80000180:	ffe5                	bnez	a5,80000178 <htif_stdio_put+0x8>
80000182:	800037b7          	lui	a5,0x80003
80000186:	0187a803          	lw	a6,24(a5) # 80003018 <fromhost>
8000018a:	01c7a883          	lw	a7,28(a5)
8000018e:	01186833          	or	a6,a6,a7
80000192:	00080863          	beqz	a6,800001a2 <htif_stdio_put+0x32>
80000196:	4581                	li	a1,0
80000198:	4601                	li	a2,0
8000019a:	00b7ac23          	sw	a1,24(a5)
8000019e:	00c7ae23          	sw	a2,28(a5)
800001a2:	02a72023          	sw	a0,32(a4)
800001a6:	010107b7          	lui	a5,0x1010
800001aa:	c2dc                	sw	a5,4(a3)
800001ac:	8082                	ret

800001ae <_exit>:
800001ae:	1141                	add	sp,sp,-16
800001b0:	c422                	sw	s0,8(sp)
800001b2:	c226                	sw	s1,4(sp)
800001b4:	01f55413          	srl	s0,a0,0x1f
800001b8:	00151493          	sll	s1,a0,0x1
800001bc:	c606                	sw	ra,12(sp)
800001be:	35c1                	jal	8000007e <htif_wait_idle>
800001c0:	800037b7          	lui	a5,0x80003
800001c4:	0014e493          	or	s1,s1,1
800001c8:	0297a023          	sw	s1,32(a5) # 80003020 <tohost>
800001cc:	02078793          	add	a5,a5,32
800001d0:	c3c0                	sw	s0,4(a5)
800001d2:	a001                	j	800001d2 <_exit+0x24>

800001d4 <bare_unexpected_trap>:
800001d4:	1141                	add	sp,sp,-16
800001d6:	c04a                	sw	s2,0(sp)
800001d8:	892a                	mv	s2,a0
800001da:	80002537          	lui	a0,0x80002
800001de:	23050513          	add	a0,a0,560 # 80002230 <__text_end+0x1e>
800001e2:	c606                	sw	ra,12(sp)
800001e4:	c422                	sw	s0,8(sp)
800001e6:	c226                	sw	s1,4(sp)
800001e8:	8432                	mv	s0,a2
800001ea:	84ae                	mv	s1,a1
800001ec:	35c9                	jal	800000ae <htif_puts>
800001ee:	854a                	mv	a0,s2
800001f0:	3739                	jal	800000fe <htif_put_hex>
800001f2:	80002537          	lui	a0,0x80002
800001f6:	24850513          	add	a0,a0,584 # 80002248 <__text_end+0x36>
800001fa:	3d55                	jal	800000ae <htif_puts>
800001fc:	8526                	mv	a0,s1
800001fe:	3701                	jal	800000fe <htif_put_hex>
80000200:	80002537          	lui	a0,0x80002
80000204:	25050513          	add	a0,a0,592 # 80002250 <__text_end+0x3e>
80000208:	355d                	jal	800000ae <htif_puts>
8000020a:	8522                	mv	a0,s0
8000020c:	3dcd                	jal	800000fe <htif_put_hex>
8000020e:	3d85                	jal	8000007e <htif_wait_idle>
80000210:	80003437          	lui	s0,0x80003
80000214:	47a9                	li	a5,10
80000216:	02f42023          	sw	a5,32(s0) # 80003020 <tohost>
8000021a:	02040493          	add	s1,s0,32
8000021e:	010107b7          	lui	a5,0x1010
80000222:	c0dc                	sw	a5,4(s1)
80000224:	3da9                	jal	8000007e <htif_wait_idle>
80000226:	0c700793          	li	a5,199
8000022a:	02f42023          	sw	a5,32(s0)
8000022e:	0004a223          	sw	zero,4(s1)
80000232:	a001                	j	80000232 <bare_unexpected_trap+0x5e>

80000234 <bare_default_trap>:
80000234:	01000117          	auipc	sp,0x1000
80000238:	dcc10113          	add	sp,sp,-564 # 81000000 <__stack_top>
8000023c:	34202573          	csrr	a0,mcause
80000240:	341025f3          	csrr	a1,mepc
80000244:	34302673          	csrr	a2,mtval
80000248:	3771                	jal	800001d4 <bare_unexpected_trap>
8000024a:	a001                	j	8000024a <bare_default_trap+0x16>

8000024c <__libc_init_array>:
8000024c:	797012ef          	jal	t0,800021e2 <__riscv_save_0>
80000250:	800024b7          	lui	s1,0x80002
80000254:	80002437          	lui	s0,0x80002
80000258:	77848793          	add	a5,s1,1912 # 80002778 <__fini_array_end>
8000025c:	77840413          	add	s0,s0,1912 # 80002778 <__fini_array_end>
80000260:	8c1d                	sub	s0,s0,a5
80000262:	8409                	sra	s0,s0,0x2
80000264:	77848493          	add	s1,s1,1912
80000268:	4901                	li	s2,0
8000026a:	02891a63          	bne	s2,s0,8000029e <__libc_init_array+0x52>
8000026e:	00000793          	li	a5,0
80000272:	c789                	beqz	a5,8000027c <__libc_init_array+0x30>
80000274:	00000097          	auipc	ra,0x0
80000278:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
8000027c:	800024b7          	lui	s1,0x80002
80000280:	80002437          	lui	s0,0x80002
80000284:	77848793          	add	a5,s1,1912 # 80002778 <__fini_array_end>
80000288:	77840413          	add	s0,s0,1912 # 80002778 <__fini_array_end>
8000028c:	8c1d                	sub	s0,s0,a5
8000028e:	8409                	sra	s0,s0,0x2
80000290:	77848493          	add	s1,s1,1912
80000294:	4901                	li	s2,0
80000296:	00891963          	bne	s2,s0,800002a8 <__libc_init_array+0x5c>
8000029a:	76d0106f          	j	80002206 <__riscv_restore_0>
8000029e:	409c                	lw	a5,0(s1)
800002a0:	0905                	add	s2,s2,1
800002a2:	0491                	add	s1,s1,4
800002a4:	9782                	jalr	a5
800002a6:	b7d1                	j	8000026a <__libc_init_array+0x1e>
800002a8:	409c                	lw	a5,0(s1)
800002aa:	0905                	add	s2,s2,1
800002ac:	0491                	add	s1,s1,4
800002ae:	9782                	jalr	a5
800002b0:	b7dd                	j	80000296 <__libc_init_array+0x4a>

800002b2 <exit>:
800002b2:	731012ef          	jal	t0,800021e2 <__riscv_save_0>
800002b6:	00000793          	li	a5,0
800002ba:	842a                	mv	s0,a0
800002bc:	c791                	beqz	a5,800002c8 <exit+0x16>
800002be:	4581                	li	a1,0
800002c0:	00000097          	auipc	ra,0x0
800002c4:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800002c8:	796010ef          	jal	80001a5e <__libc_fini_array>
800002cc:	8522                	mv	a0,s0
800002ce:	35c5                	jal	800001ae <_exit>

800002d0 <printf>:
800002d0:	7139                	add	sp,sp,-64
800002d2:	da3e                	sw	a5,52(sp)
800002d4:	800027b7          	lui	a5,0x80002
800002d8:	d22e                	sw	a1,36(sp)
800002da:	85aa                	mv	a1,a0
800002dc:	76c7a503          	lw	a0,1900(a5) # 8000276c <stdout>
800002e0:	d432                	sw	a2,40(sp)
800002e2:	1050                	add	a2,sp,36
800002e4:	ce06                	sw	ra,28(sp)
800002e6:	d636                	sw	a3,44(sp)
800002e8:	d83a                	sw	a4,48(sp)
800002ea:	dc42                	sw	a6,56(sp)
800002ec:	de46                	sw	a7,60(sp)
800002ee:	c632                	sw	a2,12(sp)
800002f0:	2411                	jal	800004f4 <__d_vfprintf>
800002f2:	40f2                	lw	ra,28(sp)
800002f4:	6121                	add	sp,sp,64
800002f6:	8082                	ret

800002f8 <__ultoa_invert>:
800002f8:	6c3012ef          	jal	t0,800021ba <__riscv_save_10>
800002fc:	2006f793          	and	a5,a3,512
80000300:	89aa                	mv	s3,a0
80000302:	8a2e                	mv	s4,a1
80000304:	8932                	mv	s2,a2
80000306:	84b6                	mv	s1,a3
80000308:	02700b13          	li	s6,39
8000030c:	c781                	beqz	a5,80000314 <__ultoa_invert+0x1c>
8000030e:	dff6f493          	and	s1,a3,-513
80000312:	4b1d                	li	s6,7
80000314:	41f4da93          	sra	s5,s1,0x1f
80000318:	4ca5                	li	s9,9
8000031a:	8626                	mv	a2,s1
8000031c:	86d6                	mv	a3,s5
8000031e:	854e                	mv	a0,s3
80000320:	85d2                	mv	a1,s4
80000322:	369010ef          	jal	80001e8a <__umoddi3>
80000326:	85d2                	mv	a1,s4
80000328:	0ff57413          	zext.b	s0,a0
8000032c:	8626                	mv	a2,s1
8000032e:	854e                	mv	a0,s3
80000330:	86d6                	mv	a3,s5
80000332:	7fa010ef          	jal	80001b2c <__udivdi3>
80000336:	8c4e                	mv	s8,s3
80000338:	8bd2                	mv	s7,s4
8000033a:	89aa                	mv	s3,a0
8000033c:	8a2e                	mv	s4,a1
8000033e:	008cf563          	bgeu	s9,s0,80000348 <__ultoa_invert+0x50>
80000342:	945a                	add	s0,s0,s6
80000344:	0ff47413          	zext.b	s0,s0
80000348:	0905                	add	s2,s2,1
8000034a:	03040413          	add	s0,s0,48
8000034e:	fe890fa3          	sb	s0,-1(s2)
80000352:	015be663          	bltu	s7,s5,8000035e <__ultoa_invert+0x66>
80000356:	fd7a92e3          	bne	s5,s7,8000031a <__ultoa_invert+0x22>
8000035a:	fc9c70e3          	bgeu	s8,s1,8000031a <__ultoa_invert+0x22>
8000035e:	854a                	mv	a0,s2
80000360:	6930106f          	j	800021f2 <__riscv_restore_10>

80000364 <skip_to_arg>:
80000364:	657012ef          	jal	t0,800021ba <__riscv_save_10>
80000368:	4305                	li	t1,1
8000036a:	02500f13          	li	t5,37
8000036e:	88aa                	mv	a7,a0
80000370:	00c34463          	blt	t1,a2,80000378 <skip_to_arg+0x14>
80000374:	67f0106f          	j	800021f2 <__riscv_restore_10>
80000378:	87c6                	mv	a5,a7
8000037a:	88be                	mv	a7,a5
8000037c:	0007c703          	lbu	a4,0(a5)
80000380:	0785                	add	a5,a5,1
80000382:	db6d                	beqz	a4,80000374 <skip_to_arg+0x10>
80000384:	ffe71be3          	bne	a4,t5,8000037a <skip_to_arg+0x16>
80000388:	0007c703          	lbu	a4,0(a5)
8000038c:	0889                	add	a7,a7,2
8000038e:	ffe705e3          	beq	a4,t5,80000378 <skip_to_arg+0x14>
80000392:	6ecd                	lui	t4,0x13
80000394:	4681                	li	a3,0
80000396:	4e01                	li	t3,0
80000398:	4781                	li	a5,0
8000039a:	42fd                	li	t0,31
8000039c:	06c00f93          	li	t6,108
800003a0:	07400393          	li	t2,116
800003a4:	07a00413          	li	s0,122
800003a8:	06800493          	li	s1,104
800003ac:	06a00913          	li	s2,106
800003b0:	04c00993          	li	s3,76
800003b4:	4a25                	li	s4,9
800003b6:	02400a93          	li	s5,36
800003ba:	07f00b13          	li	s6,127
800003be:	4bc1                	li	s7,16
800003c0:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
800003c4:	04f2e263          	bltu	t0,a5,80000408 <skip_to_arg+0xa4>
800003c8:	fe070813          	add	a6,a4,-32
800003cc:	0ff87813          	zext.b	a6,a6
800003d0:	030bf163          	bgeu	s7,a6,800003f2 <skip_to_arg+0x8e>
800003d4:	fd070813          	add	a6,a4,-48
800003d8:	0ff87813          	zext.b	a6,a6
800003dc:	4c25                	li	s8,9
800003de:	050c6563          	bltu	s8,a6,80000428 <skip_to_arg+0xc4>
800003e2:	47a9                	li	a5,10
800003e4:	02f687b3          	mul	a5,a3,a5
800003e8:	00f806b3          	add	a3,a6,a5
800003ec:	02000793          	li	a5,32
800003f0:	a039                	j	800003fe <skip_to_arg+0x9a>
800003f2:	010ed833          	srl	a6,t4,a6
800003f6:	00187813          	and	a6,a6,1
800003fa:	00080963          	beqz	a6,8000040c <skip_to_arg+0xa8>
800003fe:	0008c703          	lbu	a4,0(a7)
80000402:	0885                	add	a7,a7,1
80000404:	f361                	bnez	a4,800003c4 <skip_to_arg+0x60>
80000406:	a8b1                	j	80000462 <skip_to_arg+0xfe>
80000408:	04fb6363          	bltu	s6,a5,8000044e <skip_to_arg+0xea>
8000040c:	fd070813          	add	a6,a4,-48
80000410:	0ff87813          	zext.b	a6,a6
80000414:	fd0a77e3          	bgeu	s4,a6,800003e2 <skip_to_arg+0x7e>
80000418:	03571563          	bne	a4,s5,80000442 <skip_to_arg+0xde>
8000041c:	0a0e0063          	beqz	t3,800004bc <skip_to_arg+0x158>
80000420:	0a668063          	beq	a3,t1,800004c0 <skip_to_arg+0x15c>
80000424:	4681                	li	a3,0
80000426:	bfe1                	j	800003fe <skip_to_arg+0x9a>
80000428:	0fb77813          	and	a6,a4,251
8000042c:	02a00c13          	li	s8,42
80000430:	ff880ae3          	beq	a6,s8,80000424 <skip_to_arg+0xc0>
80000434:	06c00813          	li	a6,108
80000438:	01071d63          	bne	a4,a6,80000452 <skip_to_arg+0xee>
8000043c:	0807e793          	or	a5,a5,128
80000440:	bf7d                	j	800003fe <skip_to_arg+0x9a>
80000442:	0fb77813          	and	a6,a4,251
80000446:	02a00c13          	li	s8,42
8000044a:	fd880de3          	beq	a6,s8,80000424 <skip_to_arg+0xc0>
8000044e:	05f70663          	beq	a4,t6,8000049a <skip_to_arg+0x136>
80000452:	02efef63          	bltu	t6,a4,80000490 <skip_to_arg+0x12c>
80000456:	04970863          	beq	a4,s1,800004a6 <skip_to_arg+0x142>
8000045a:	05270e63          	beq	a4,s2,800004b6 <skip_to_arg+0x152>
8000045e:	05370c63          	beq	a4,s3,800004b6 <skip_to_arg+0x152>
80000462:	f00e09e3          	beqz	t3,80000374 <skip_to_arg+0x10>
80000466:	f06e15e3          	bne	t3,t1,80000370 <skip_to_arg+0xc>
8000046a:	02076893          	or	a7,a4,32
8000046e:	f9b88813          	add	a6,a7,-101
80000472:	0ff87813          	zext.b	a6,a6
80000476:	4e09                	li	t3,2
80000478:	4194                	lw	a3,0(a1)
8000047a:	010e7663          	bgeu	t3,a6,80000486 <skip_to_arg+0x122>
8000047e:	06100813          	li	a6,97
80000482:	05089263          	bne	a7,a6,800004c6 <skip_to_arg+0x162>
80000486:	069d                	add	a3,a3,7
80000488:	9ae1                	and	a3,a3,-8
8000048a:	00868713          	add	a4,a3,8
8000048e:	a091                	j	800004d2 <skip_to_arg+0x16e>
80000490:	f67707e3          	beq	a4,t2,800003fe <skip_to_arg+0x9a>
80000494:	f68705e3          	beq	a4,s0,800003fe <skip_to_arg+0x9a>
80000498:	b7e9                	j	80000462 <skip_to_arg+0xfe>
8000049a:	0807f713          	and	a4,a5,128
8000049e:	df59                	beqz	a4,8000043c <skip_to_arg+0xd8>
800004a0:	2007e793          	or	a5,a5,512
800004a4:	bf61                	j	8000043c <skip_to_arg+0xd8>
800004a6:	1007f713          	and	a4,a5,256
800004aa:	c319                	beqz	a4,800004b0 <skip_to_arg+0x14c>
800004ac:	2007e793          	or	a5,a5,512
800004b0:	1007e793          	or	a5,a5,256
800004b4:	b7a9                	j	800003fe <skip_to_arg+0x9a>
800004b6:	2807e793          	or	a5,a5,640
800004ba:	b791                	j	800003fe <skip_to_arg+0x9a>
800004bc:	8e36                	mv	t3,a3
800004be:	b79d                	j	80000424 <skip_to_arg+0xc0>
800004c0:	06300713          	li	a4,99
800004c4:	b75d                	j	8000046a <skip_to_arg+0x106>
800004c6:	06300813          	li	a6,99
800004ca:	01071763          	bne	a4,a6,800004d8 <skip_to_arg+0x174>
800004ce:	00468713          	add	a4,a3,4
800004d2:	c198                	sw	a4,0(a1)
800004d4:	0305                	add	t1,t1,1
800004d6:	bd61                	j	8000036e <skip_to_arg+0xa>
800004d8:	07300813          	li	a6,115
800004dc:	ff0709e3          	beq	a4,a6,800004ce <skip_to_arg+0x16a>
800004e0:	0807f813          	and	a6,a5,128
800004e4:	00468713          	add	a4,a3,4
800004e8:	fe0805e3          	beqz	a6,800004d2 <skip_to_arg+0x16e>
800004ec:	2007f793          	and	a5,a5,512
800004f0:	d3ed                	beqz	a5,800004d2 <skip_to_arg+0x16e>
800004f2:	bf51                	j	80000486 <skip_to_arg+0x122>

800004f4 <__d_vfprintf>:
800004f4:	4bf012ef          	jal	t0,800021b2 <__riscv_save_12>
800004f8:	00454783          	lbu	a5,4(a0)
800004fc:	7139                	add	sp,sp,-64
800004fe:	c02a                	sw	a0,0(sp)
80000500:	c42e                	sw	a1,8(sp)
80000502:	c632                	sw	a2,12(sp)
80000504:	8b89                	and	a5,a5,2
80000506:	00852a03          	lw	s4,8(a0)
8000050a:	c785                	beqz	a5,80000532 <__d_vfprintf+0x3e>
8000050c:	d232                	sw	a2,36(sp)
8000050e:	87ae                	mv	a5,a1
80000510:	4401                	li	s0,0
80000512:	0007c903          	lbu	s2,0(a5)
80000516:	00090f63          	beqz	s2,80000534 <__d_vfprintf+0x40>
8000051a:	02500713          	li	a4,37
8000051e:	00e90f63          	beq	s2,a4,8000053c <__d_vfprintf+0x48>
80000522:	0785                	add	a5,a5,1
80000524:	c23e                	sw	a5,4(sp)
80000526:	4582                	lw	a1,0(sp)
80000528:	854a                	mv	a0,s2
8000052a:	0405                	add	s0,s0,1
8000052c:	9a02                	jalr	s4
8000052e:	280552e3          	bgez	a0,80000fb2 <__d_vfprintf+0xabe>
80000532:	547d                	li	s0,-1
80000534:	8522                	mv	a0,s0
80000536:	6121                	add	sp,sp,64
80000538:	4b70106f          	j	800021ee <__riscv_restore_12>
8000053c:	0017c903          	lbu	s2,1(a5)
80000540:	00278713          	add	a4,a5,2
80000544:	c23a                	sw	a4,4(sp)
80000546:	02500793          	li	a5,37
8000054a:	fcf90ee3          	beq	s2,a5,80000526 <__d_vfprintf+0x32>
8000054e:	800024b7          	lui	s1,0x80002
80000552:	4a81                	li	s5,0
80000554:	4d01                	li	s10,0
80000556:	4b01                	li	s6,0
80000558:	4d81                	li	s11,0
8000055a:	06c00993          	li	s3,108
8000055e:	07400b93          	li	s7,116
80000562:	07a00c13          	li	s8,122
80000566:	06800c93          	li	s9,104
8000056a:	29c48493          	add	s1,s1,668 # 8000229c <__text_end+0x8a>
8000056e:	47fd                	li	a5,31
80000570:	07b7e163          	bltu	a5,s11,800005d2 <__d_vfprintf+0xde>
80000574:	fe090793          	add	a5,s2,-32
80000578:	0ff7f793          	zext.b	a5,a5
8000057c:	4741                	li	a4,16
8000057e:	00f76663          	bltu	a4,a5,8000058a <__d_vfprintf+0x96>
80000582:	078a                	sll	a5,a5,0x2
80000584:	97a6                	add	a5,a5,s1
80000586:	439c                	lw	a5,0(a5)
80000588:	8782                	jr	a5
8000058a:	fd090793          	add	a5,s2,-48
8000058e:	0ff7f793          	zext.b	a5,a5
80000592:	4725                	li	a4,9
80000594:	06f76463          	bltu	a4,a5,800005fc <__d_vfprintf+0x108>
80000598:	46a9                	li	a3,10
8000059a:	02db06b3          	mul	a3,s6,a3
8000059e:	00f68b33          	add	s6,a3,a5
800005a2:	020ded93          	or	s11,s11,32
800005a6:	a019                	j	800005ac <__d_vfprintf+0xb8>
800005a8:	001ded93          	or	s11,s11,1
800005ac:	4792                	lw	a5,4(sp)
800005ae:	0007c903          	lbu	s2,0(a5)
800005b2:	0785                	add	a5,a5,1
800005b4:	c23e                	sw	a5,4(sp)
800005b6:	fa091ce3          	bnez	s2,8000056e <__d_vfprintf+0x7a>
800005ba:	a0dd                	j	800006a0 <__d_vfprintf+0x1ac>
800005bc:	002ded93          	or	s11,s11,2
800005c0:	004ded93          	or	s11,s11,4
800005c4:	b7e5                	j	800005ac <__d_vfprintf+0xb8>
800005c6:	008ded93          	or	s11,s11,8
800005ca:	b7cd                	j	800005ac <__d_vfprintf+0xb8>
800005cc:	010ded93          	or	s11,s11,16
800005d0:	bff1                	j	800005ac <__d_vfprintf+0xb8>
800005d2:	07f00793          	li	a5,127
800005d6:	0bb7e763          	bltu	a5,s11,80000684 <__d_vfprintf+0x190>
800005da:	fd090693          	add	a3,s2,-48
800005de:	0ff6f693          	zext.b	a3,a3
800005e2:	47a5                	li	a5,9
800005e4:	00d7ec63          	bltu	a5,a3,800005fc <__d_vfprintf+0x108>
800005e8:	040df613          	and	a2,s11,64
800005ec:	87b6                	mv	a5,a3
800005ee:	d64d                	beqz	a2,80000598 <__d_vfprintf+0xa4>
800005f0:	47a9                	li	a5,10
800005f2:	02fd07b3          	mul	a5,s10,a5
800005f6:	00d78d33          	add	s10,a5,a3
800005fa:	bf4d                	j	800005ac <__d_vfprintf+0xb8>
800005fc:	02a00793          	li	a5,42
80000600:	02f91663          	bne	s2,a5,8000062c <__d_vfprintf+0x138>
80000604:	fa0a94e3          	bnez	s5,800005ac <__d_vfprintf+0xb8>
80000608:	5692                	lw	a3,36(sp)
8000060a:	040df793          	and	a5,s11,64
8000060e:	00468613          	add	a2,a3,4
80000612:	4294                	lw	a3,0(a3)
80000614:	d232                	sw	a2,36(sp)
80000616:	c399                	beqz	a5,8000061c <__d_vfprintf+0x128>
80000618:	8d36                	mv	s10,a3
8000061a:	bf49                	j	800005ac <__d_vfprintf+0xb8>
8000061c:	8b36                	mv	s6,a3
8000061e:	f806d2e3          	bgez	a3,800005a2 <__d_vfprintf+0xae>
80000622:	40d00b33          	neg	s6,a3
80000626:	028ded93          	or	s11,s11,40
8000062a:	b749                	j	800005ac <__d_vfprintf+0xb8>
8000062c:	02e00793          	li	a5,46
80000630:	00f91963          	bne	s2,a5,80000642 <__d_vfprintf+0x14e>
80000634:	040df793          	and	a5,s11,64
80000638:	ee079ee3          	bnez	a5,80000534 <__d_vfprintf+0x40>
8000063c:	040ded93          	or	s11,s11,64
80000640:	b7b5                	j	800005ac <__d_vfprintf+0xb8>
80000642:	02400793          	li	a5,36
80000646:	02f91f63          	bne	s2,a5,80000684 <__d_vfprintf+0x190>
8000064a:	120a8a63          	beqz	s5,8000077e <__d_vfprintf+0x28a>
8000064e:	47b2                	lw	a5,12(sp)
80000650:	d23e                	sw	a5,36(sp)
80000652:	040df793          	and	a5,s11,64
80000656:	ef81                	bnez	a5,8000066e <__d_vfprintf+0x17a>
80000658:	4522                	lw	a0,8(sp)
8000065a:	865a                	mv	a2,s6
8000065c:	104c                	add	a1,sp,36
8000065e:	3319                	jal	80000364 <skip_to_arg>
80000660:	5792                	lw	a5,36(sp)
80000662:	00478693          	add	a3,a5,4
80000666:	0007ab03          	lw	s6,0(a5)
8000066a:	d236                	sw	a3,36(sp)
8000066c:	b781                	j	800005ac <__d_vfprintf+0xb8>
8000066e:	4522                	lw	a0,8(sp)
80000670:	866a                	mv	a2,s10
80000672:	104c                	add	a1,sp,36
80000674:	39c5                	jal	80000364 <skip_to_arg>
80000676:	5792                	lw	a5,36(sp)
80000678:	00478693          	add	a3,a5,4
8000067c:	0007ad03          	lw	s10,0(a5)
80000680:	d236                	sw	a3,36(sp)
80000682:	b72d                	j	800005ac <__d_vfprintf+0xb8>
80000684:	0d390a63          	beq	s2,s3,80000758 <__d_vfprintf+0x264>
80000688:	0d29e363          	bltu	s3,s2,8000074e <__d_vfprintf+0x25a>
8000068c:	0d990e63          	beq	s2,s9,80000768 <__d_vfprintf+0x274>
80000690:	06a00793          	li	a5,106
80000694:	0ef90263          	beq	s2,a5,80000778 <__d_vfprintf+0x284>
80000698:	04c00793          	li	a5,76
8000069c:	0cf90e63          	beq	s2,a5,80000778 <__d_vfprintf+0x284>
800006a0:	000a8863          	beqz	s5,800006b0 <__d_vfprintf+0x1bc>
800006a4:	47b2                	lw	a5,12(sp)
800006a6:	4522                	lw	a0,8(sp)
800006a8:	8656                	mv	a2,s5
800006aa:	104c                	add	a1,sp,36
800006ac:	d23e                	sw	a5,36(sp)
800006ae:	395d                	jal	80000364 <skip_to_arg>
800006b0:	000d5963          	bgez	s10,800006c2 <__d_vfprintf+0x1ce>
800006b4:	fbfdf813          	and	a6,s11,-65
800006b8:	01081d93          	sll	s11,a6,0x10
800006bc:	010ddd93          	srl	s11,s11,0x10
800006c0:	4d01                	li	s10,0
800006c2:	02096c93          	or	s9,s2,32
800006c6:	f9bc8793          	add	a5,s9,-101
800006ca:	0ff7f793          	zext.b	a5,a5
800006ce:	4709                	li	a4,2
800006d0:	0af77d63          	bgeu	a4,a5,8000078a <__d_vfprintf+0x296>
800006d4:	06100793          	li	a5,97
800006d8:	6afc9163          	bne	s9,a5,80000d7a <__d_vfprintf+0x886>
800006dc:	5792                	lw	a5,36(sp)
800006de:	6a89                	lui	s5,0x2
800006e0:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
800006e4:	079d                	add	a5,a5,7
800006e6:	9be1                	and	a5,a5,-8
800006e8:	0047ab83          	lw	s7,4(a5)
800006ec:	0007a883          	lw	a7,0(a5)
800006f0:	00878713          	add	a4,a5,8
800006f4:	414bd993          	sra	s3,s7,0x14
800006f8:	00cb9c13          	sll	s8,s7,0xc
800006fc:	7ff9f993          	and	s3,s3,2047
80000700:	00cc5c93          	srl	s9,s8,0xc
80000704:	015deab3          	or	s5,s11,s5
80000708:	0119e533          	or	a0,s3,a7
8000070c:	fff94913          	not	s2,s2
80000710:	0ac2                	sll	s5,s5,0x10
80000712:	d23a                	sw	a4,36(sp)
80000714:	019567b3          	or	a5,a0,s9
80000718:	02097913          	and	s2,s2,32
8000071c:	010ada93          	srl	s5,s5,0x10
80000720:	86c6                	mv	a3,a7
80000722:	8c66                	mv	s8,s9
80000724:	040df813          	and	a6,s11,64
80000728:	01fbdb93          	srl	s7,s7,0x1f
8000072c:	ebdd                	bnez	a5,800007e2 <__d_vfprintf+0x2ee>
8000072e:	03000793          	li	a5,48
80000732:	0ffbfb93          	zext.b	s7,s7
80000736:	02f106a3          	sb	a5,45(sp)
8000073a:	03710623          	sb	s7,44(sp)
8000073e:	24080d63          	beqz	a6,80000998 <__d_vfprintf+0x4a4>
80000742:	47b1                	li	a5,12
80000744:	4981                	li	s3,0
80000746:	0da7d263          	bge	a5,s10,8000080a <__d_vfprintf+0x316>
8000074a:	4d35                	li	s10,13
8000074c:	aa85                	j	800008bc <__d_vfprintf+0x3c8>
8000074e:	e5790fe3          	beq	s2,s7,800005ac <__d_vfprintf+0xb8>
80000752:	e5890de3          	beq	s2,s8,800005ac <__d_vfprintf+0xb8>
80000756:	b7a9                	j	800006a0 <__d_vfprintf+0x1ac>
80000758:	080df793          	and	a5,s11,128
8000075c:	c399                	beqz	a5,80000762 <__d_vfprintf+0x26e>
8000075e:	200ded93          	or	s11,s11,512
80000762:	080ded93          	or	s11,s11,128
80000766:	b599                	j	800005ac <__d_vfprintf+0xb8>
80000768:	100df793          	and	a5,s11,256
8000076c:	c399                	beqz	a5,80000772 <__d_vfprintf+0x27e>
8000076e:	200ded93          	or	s11,s11,512
80000772:	100ded93          	or	s11,s11,256
80000776:	bd1d                	j	800005ac <__d_vfprintf+0xb8>
80000778:	280ded93          	or	s11,s11,640
8000077c:	bd05                	j	800005ac <__d_vfprintf+0xb8>
8000077e:	875a                	mv	a4,s6
80000780:	4d01                	li	s10,0
80000782:	4b01                	li	s6,0
80000784:	8aba                	mv	s5,a4
80000786:	4d81                	li	s11,0
80000788:	b515                	j	800005ac <__d_vfprintf+0xb8>
8000078a:	5792                	lw	a5,36(sp)
8000078c:	fff94913          	not	s2,s2
80000790:	02097913          	and	s2,s2,32
80000794:	079d                	add	a5,a5,7
80000796:	9be1                	and	a5,a5,-8
80000798:	00878713          	add	a4,a5,8
8000079c:	4388                	lw	a0,0(a5)
8000079e:	43cc                	lw	a1,4(a5)
800007a0:	d23a                	sw	a4,36(sp)
800007a2:	040df793          	and	a5,s11,64
800007a6:	20078d63          	beqz	a5,800009c0 <__d_vfprintf+0x4cc>
800007aa:	06500793          	li	a5,101
800007ae:	20fc9b63          	bne	s9,a5,800009c4 <__d_vfprintf+0x4d0>
800007b2:	6785                	lui	a5,0x1
800007b4:	001d0613          	add	a2,s10,1
800007b8:	00fdedb3          	or	s11,s11,a5
800007bc:	0ff67613          	zext.b	a2,a2
800007c0:	4701                	li	a4,0
800007c2:	4781                	li	a5,0
800007c4:	4345                	li	t1,17
800007c6:	0ff67693          	zext.b	a3,a2
800007ca:	00c37363          	bgeu	t1,a2,800007d0 <__d_vfprintf+0x2dc>
800007ce:	46c5                	li	a3,17
800007d0:	1030                	add	a2,sp,40
800007d2:	317000ef          	jal	800012e8 <__dtoa_engine>
800007d6:	0ff57b93          	zext.b	s7,a0
800007da:	59a2                	lw	s3,40(sp)
800007dc:	8aee                	mv	s5,s11
800007de:	4c09                	li	s8,2
800007e0:	aa01                	j	800008f0 <__d_vfprintf+0x3fc>
800007e2:	03100793          	li	a5,49
800007e6:	00099563          	bnez	s3,800007f0 <__d_vfprintf+0x2fc>
800007ea:	03000793          	li	a5,48
800007ee:	4985                	li	s3,1
800007f0:	0ffbfb93          	zext.b	s7,s7
800007f4:	02f106a3          	sb	a5,45(sp)
800007f8:	03710623          	sb	s7,44(sp)
800007fc:	c0198993          	add	s3,s3,-1023
80000800:	18080363          	beqz	a6,80000986 <__d_vfprintf+0x492>
80000804:	47b1                	li	a5,12
80000806:	19a7c263          	blt	a5,s10,8000098a <__d_vfprintf+0x496>
8000080a:	4335                	li	t1,13
8000080c:	41a30333          	sub	t1,t1,s10
80000810:	00231d93          	sll	s11,t1,0x2
80000814:	fffd8613          	add	a2,s11,-1
80000818:	4505                	li	a0,1
8000081a:	4581                	li	a1,0
8000081c:	ca46                	sw	a7,20(sp)
8000081e:	c836                	sw	a3,16(sp)
80000820:	2ba010ef          	jal	80001ada <__ashldi3>
80000824:	84aa                	mv	s1,a0
80000826:	872e                	mv	a4,a1
80000828:	00171793          	sll	a5,a4,0x1
8000082c:	85aa                	mv	a1,a0
8000082e:	01f4d513          	srl	a0,s1,0x1f
80000832:	00149e13          	sll	t3,s1,0x1
80000836:	8fc9                	or	a5,a5,a0
80000838:	40f00c33          	neg	s8,a5
8000083c:	01c03533          	snez	a0,t3
80000840:	48d2                	lw	a7,20(sp)
80000842:	41c00833          	neg	a6,t3
80000846:	40ac0c33          	sub	s8,s8,a0
8000084a:	fffe0513          	add	a0,t3,-1
8000084e:	001e3e13          	seqz	t3,t3
80000852:	41c787b3          	sub	a5,a5,t3
80000856:	0197f7b3          	and	a5,a5,s9
8000085a:	01157533          	and	a0,a0,a7
8000085e:	02f74663          	blt	a4,a5,8000088a <__d_vfprintf+0x396>
80000862:	46c2                	lw	a3,16(sp)
80000864:	00e79463          	bne	a5,a4,8000086c <__d_vfprintf+0x378>
80000868:	02a5e163          	bltu	a1,a0,8000088a <__d_vfprintf+0x396>
8000086c:	8546                	mv	a0,a7
8000086e:	866e                	mv	a2,s11
80000870:	85e6                	mv	a1,s9
80000872:	ce3a                	sw	a4,28(sp)
80000874:	cc42                	sw	a6,24(sp)
80000876:	ca36                	sw	a3,20(sp)
80000878:	c846                	sw	a7,16(sp)
8000087a:	288010ef          	jal	80001b02 <__ashrdi3>
8000087e:	8905                	and	a0,a0,1
80000880:	48c2                	lw	a7,16(sp)
80000882:	46d2                	lw	a3,20(sp)
80000884:	4862                	lw	a6,24(sp)
80000886:	4772                	lw	a4,28(sp)
80000888:	c94d                	beqz	a0,8000093a <__d_vfprintf+0x446>
8000088a:	00988533          	add	a0,a7,s1
8000088e:	01153db3          	sltu	s11,a0,a7
80000892:	9766                	add	a4,a4,s9
80000894:	00ed8cb3          	add	s9,s11,a4
80000898:	001007b7          	lui	a5,0x100
8000089c:	86aa                	mv	a3,a0
8000089e:	08fcce63          	blt	s9,a5,8000093a <__d_vfprintf+0x446>
800008a2:	02d14783          	lbu	a5,45(sp)
800008a6:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
800008a8:	02f106a3          	sb	a5,45(sp)
800008ac:	40000793          	li	a5,1024
800008b0:	0af98163          	beq	s3,a5,80000952 <__d_vfprintf+0x45e>
800008b4:	00a87533          	and	a0,a6,a0
800008b8:	019c7c33          	and	s8,s8,s9
800008bc:	05700613          	li	a2,87
800008c0:	1034                	add	a3,sp,40
800008c2:	4735                	li	a4,13
800008c4:	45a5                	li	a1,9
800008c6:	41260633          	sub	a2,a2,s2
800008ca:	01cc1813          	sll	a6,s8,0x1c
800008ce:	00f57793          	and	a5,a0,15
800008d2:	8111                	srl	a0,a0,0x4
800008d4:	00a86533          	or	a0,a6,a0
800008d8:	404c5c13          	sra	s8,s8,0x4
800008dc:	e7e1                	bnez	a5,800009a4 <__d_vfprintf+0x4b0>
800008de:	0ced5563          	bge	s10,a4,800009a8 <__d_vfprintf+0x4b4>
800008e2:	177d                	add	a4,a4,-1
800008e4:	16fd                	add	a3,a3,-1
800008e6:	f375                	bnez	a4,800008ca <__d_vfprintf+0x3d6>
800008e8:	4c05                	li	s8,1
800008ea:	4bb9                	li	s7,14
800008ec:	07000c93          	li	s9,112
800008f0:	00998713          	add	a4,s3,9
800008f4:	46c9                	li	a3,18
800008f6:	87ce                	mv	a5,s3
800008f8:	06e6e863          	bltu	a3,a4,80000968 <__d_vfprintf+0x474>
800008fc:	02c14703          	lbu	a4,44(sp)
80000900:	00177d93          	and	s11,a4,1
80000904:	8b31                	and	a4,a4,12
80000906:	120d9a63          	bnez	s11,80000a3a <__d_vfprintf+0x546>
8000090a:	002af793          	and	a5,s5,2
8000090e:	12079263          	bnez	a5,80000a32 <__d_vfprintf+0x53e>
80000912:	004af793          	and	a5,s5,4
80000916:	cfe9                	beqz	a5,800009f0 <__d_vfprintf+0x4fc>
80000918:	12071563          	bnez	a4,80000a42 <__d_vfprintf+0x54e>
8000091c:	02000713          	li	a4,32
80000920:	678d                	lui	a5,0x3
80000922:	00faf7b3          	and	a5,s5,a5
80000926:	1c079363          	bnez	a5,80000aec <__d_vfprintf+0x5f8>
8000092a:	000d1363          	bnez	s10,80000930 <__d_vfprintf+0x43c>
8000092e:	4d05                	li	s10,1
80000930:	103c                	add	a5,sp,40
80000932:	97de                	add	a5,a5,s7
80000934:	03000693          	li	a3,48
80000938:	aa9d                	j	80000aae <__d_vfprintf+0x5ba>
8000093a:	0106f6b3          	and	a3,a3,a6
8000093e:	018cfcb3          	and	s9,s9,s8
80000942:	40000793          	li	a5,1024
80000946:	04f99c63          	bne	s3,a5,8000099e <__d_vfprintf+0x4aa>
8000094a:	0196ecb3          	or	s9,a3,s9
8000094e:	040c8063          	beqz	s9,8000098e <__d_vfprintf+0x49a>
80000952:	008beb93          	or	s7,s7,8
80000956:	03710623          	sb	s7,44(sp)
8000095a:	40000993          	li	s3,1024
8000095e:	4bb9                	li	s7,14
80000960:	07000c93          	li	s9,112
80000964:	40000793          	li	a5,1024
80000968:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
8000096c:	0c600693          	li	a3,198
80000970:	4c09                	li	s8,2
80000972:	f8e6f5e3          	bgeu	a3,a4,800008fc <__d_vfprintf+0x408>
80000976:	3e778793          	add	a5,a5,999
8000097a:	7ce00c13          	li	s8,1998
8000097e:	00fc3c33          	sltu	s8,s8,a5
80000982:	0c0d                	add	s8,s8,3
80000984:	bfa5                	j	800008fc <__d_vfprintf+0x408>
80000986:	4d01                	li	s10,0
80000988:	bf6d                	j	80000942 <__d_vfprintf+0x44e>
8000098a:	4d35                	li	s10,13
8000098c:	bf5d                	j	80000942 <__d_vfprintf+0x44e>
8000098e:	004beb93          	or	s7,s7,4
80000992:	03710623          	sb	s7,44(sp)
80000996:	b7e1                	j	8000095e <__d_vfprintf+0x46a>
80000998:	4981                	li	s3,0
8000099a:	4d01                	li	s10,0
8000099c:	b705                	j	800008bc <__d_vfprintf+0x3c8>
8000099e:	8536                	mv	a0,a3
800009a0:	8c66                	mv	s8,s9
800009a2:	bf29                	j	800008bc <__d_vfprintf+0x3c8>
800009a4:	00f5ea63          	bltu	a1,a5,800009b8 <__d_vfprintf+0x4c4>
800009a8:	03078793          	add	a5,a5,48
800009ac:	00f68923          	sb	a5,18(a3)
800009b0:	f2ed59e3          	bge	s10,a4,800008e2 <__d_vfprintf+0x3ee>
800009b4:	8d3a                	mv	s10,a4
800009b6:	b735                	j	800008e2 <__d_vfprintf+0x3ee>
800009b8:	97b2                	add	a5,a5,a2
800009ba:	0ff7f793          	zext.b	a5,a5
800009be:	b7fd                	j	800009ac <__d_vfprintf+0x4b8>
800009c0:	4d19                	li	s10,6
800009c2:	b3e5                	j	800007aa <__d_vfprintf+0x2b6>
800009c4:	06600793          	li	a5,102
800009c8:	00fc9963          	bne	s9,a5,800009da <__d_vfprintf+0x4e6>
800009cc:	6789                	lui	a5,0x2
800009ce:	00fdedb3          	or	s11,s11,a5
800009d2:	4705                	li	a4,1
800009d4:	87ea                	mv	a5,s10
800009d6:	4645                	li	a2,17
800009d8:	b3f5                	j	800007c4 <__d_vfprintf+0x2d0>
800009da:	0ffd7793          	zext.b	a5,s10
800009de:	0ffd7613          	zext.b	a2,s10
800009e2:	e391                	bnez	a5,800009e6 <__d_vfprintf+0x4f2>
800009e4:	4605                	li	a2,1
800009e6:	4701                	li	a4,0
800009e8:	4781                	li	a5,0
800009ea:	06500c93          	li	s9,101
800009ee:	bbd9                	j	800007c4 <__d_vfprintf+0x2d0>
800009f0:	db05                	beqz	a4,80000920 <__d_vfprintf+0x42c>
800009f2:	478d                	li	a5,3
800009f4:	0967d163          	bge	a5,s6,80000a76 <__d_vfprintf+0x582>
800009f8:	008afa93          	and	s5,s5,8
800009fc:	ffdb0493          	add	s1,s6,-3
80000a00:	000a9f63          	bnez	s5,80000a1e <__d_vfprintf+0x52a>
80000a04:	94a2                	add	s1,s1,s0
80000a06:	4582                	lw	a1,0(sp)
80000a08:	02000513          	li	a0,32
80000a0c:	0405                	add	s0,s0,1
80000a0e:	9a02                	jalr	s4
80000a10:	b20541e3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000a14:	fe8499e3          	bne	s1,s0,80000a06 <__d_vfprintf+0x512>
80000a18:	4481                	li	s1,0
80000a1a:	020d9f63          	bnez	s11,80000a58 <__d_vfprintf+0x564>
80000a1e:	02c14783          	lbu	a5,44(sp)
80000a22:	8ba1                	and	a5,a5,8
80000a24:	efad                	bnez	a5,80000a9e <__d_vfprintf+0x5aa>
80000a26:	800029b7          	lui	s3,0x80002
80000a2a:	28c98993          	add	s3,s3,652 # 8000228c <__text_end+0x7a>
80000a2e:	8c22                	mv	s8,s0
80000a30:	a8b1                	j	80000a8c <__d_vfprintf+0x598>
80000a32:	eb15                	bnez	a4,80000a66 <__d_vfprintf+0x572>
80000a34:	02b00713          	li	a4,43
80000a38:	b5e5                	j	80000920 <__d_vfprintf+0x42c>
80000a3a:	eb0d                	bnez	a4,80000a6c <__d_vfprintf+0x578>
80000a3c:	02d00713          	li	a4,45
80000a40:	b5c5                	j	80000920 <__d_vfprintf+0x42c>
80000a42:	02000d93          	li	s11,32
80000a46:	4791                	li	a5,4
80000a48:	0367d563          	bge	a5,s6,80000a72 <__d_vfprintf+0x57e>
80000a4c:	008afa93          	and	s5,s5,8
80000a50:	ffcb0493          	add	s1,s6,-4
80000a54:	fa0a88e3          	beqz	s5,80000a04 <__d_vfprintf+0x510>
80000a58:	4582                	lw	a1,0(sp)
80000a5a:	856e                	mv	a0,s11
80000a5c:	0405                	add	s0,s0,1
80000a5e:	9a02                	jalr	s4
80000a60:	fa055fe3          	bgez	a0,80000a1e <__d_vfprintf+0x52a>
80000a64:	b4f9                	j	80000532 <__d_vfprintf+0x3e>
80000a66:	02b00d93          	li	s11,43
80000a6a:	bff1                	j	80000a46 <__d_vfprintf+0x552>
80000a6c:	02d00d93          	li	s11,45
80000a70:	bfd9                	j	80000a46 <__d_vfprintf+0x552>
80000a72:	4481                	li	s1,0
80000a74:	b7d5                	j	80000a58 <__d_vfprintf+0x564>
80000a76:	4481                	li	s1,0
80000a78:	b75d                	j	80000a1e <__d_vfprintf+0x52a>
80000a7a:	4582                	lw	a1,0(sp)
80000a7c:	41250533          	sub	a0,a0,s2
80000a80:	0ff57513          	zext.b	a0,a0
80000a84:	0c05                	add	s8,s8,1
80000a86:	9a02                	jalr	s4
80000a88:	aa0545e3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000a8c:	408c07b3          	sub	a5,s8,s0
80000a90:	97ce                	add	a5,a5,s3
80000a92:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000a96:	f175                	bnez	a0,80000a7a <__d_vfprintf+0x586>
80000a98:	8462                	mv	s0,s8
80000a9a:	94e2                	add	s1,s1,s8
80000a9c:	a515                	j	800010c0 <__d_vfprintf+0xbcc>
80000a9e:	800029b7          	lui	s3,0x80002
80000aa2:	29098993          	add	s3,s3,656 # 80002290 <__text_end+0x7e>
80000aa6:	b761                	j	80000a2e <__d_vfprintf+0x53a>
80000aa8:	1bfd                	add	s7,s7,-1
80000aaa:	0ffbfb93          	zext.b	s7,s7
80000aae:	000b8763          	beqz	s7,80000abc <__d_vfprintf+0x5c8>
80000ab2:	0047c603          	lbu	a2,4(a5)
80000ab6:	17fd                	add	a5,a5,-1
80000ab8:	fed608e3          	beq	a2,a3,80000aa8 <__d_vfprintf+0x5b4>
80000abc:	010af693          	and	a3,s5,16
80000ac0:	87ea                	mv	a5,s10
80000ac2:	e291                	bnez	a3,80000ac6 <__d_vfprintf+0x5d2>
80000ac4:	87de                	mv	a5,s7
80000ac6:	56f1                	li	a3,-4
80000ac8:	0ed9cc63          	blt	s3,a3,80000bc0 <__d_vfprintf+0x6cc>
80000acc:	0fa9da63          	bge	s3,s10,80000bc0 <__d_vfprintf+0x6cc>
80000ad0:	6689                	lui	a3,0x2
80000ad2:	00dae6b3          	or	a3,s5,a3
80000ad6:	01069a93          	sll	s5,a3,0x10
80000ada:	010ada93          	srl	s5,s5,0x10
80000ade:	4d01                	li	s10,0
80000ae0:	00f9d663          	bge	s3,a5,80000aec <__d_vfprintf+0x5f8>
80000ae4:	00198893          	add	a7,s3,1
80000ae8:	41178d33          	sub	s10,a5,a7
80000aec:	6d89                	lui	s11,0x2
80000aee:	01bafdb3          	and	s11,s5,s11
80000af2:	0c0d8a63          	beqz	s11,80000bc6 <__d_vfprintf+0x6d2>
80000af6:	87ce                	mv	a5,s3
80000af8:	0009d363          	bgez	s3,80000afe <__d_vfprintf+0x60a>
80000afc:	4781                	li	a5,0
80000afe:	0785                	add	a5,a5,1
80000b00:	c311                	beqz	a4,80000b04 <__d_vfprintf+0x610>
80000b02:	0785                	add	a5,a5,1
80000b04:	0c0d0963          	beqz	s10,80000bd6 <__d_vfprintf+0x6e2>
80000b08:	001d0693          	add	a3,s10,1
80000b0c:	97b6                	add	a5,a5,a3
80000b0e:	4481                	li	s1,0
80000b10:	0167d463          	bge	a5,s6,80000b18 <__d_vfprintf+0x624>
80000b14:	40fb04b3          	sub	s1,s6,a5
80000b18:	009af793          	and	a5,s5,9
80000b1c:	e789                	bnez	a5,80000b26 <__d_vfprintf+0x632>
80000b1e:	94a2                	add	s1,s1,s0
80000b20:	0c849063          	bne	s1,s0,80000be0 <__d_vfprintf+0x6ec>
80000b24:	4481                	li	s1,0
80000b26:	c719                	beqz	a4,80000b34 <__d_vfprintf+0x640>
80000b28:	4582                	lw	a1,0(sp)
80000b2a:	853a                	mv	a0,a4
80000b2c:	0405                	add	s0,s0,1
80000b2e:	9a02                	jalr	s4
80000b30:	a00541e3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000b34:	00bad793          	srl	a5,s5,0xb
80000b38:	8b85                	and	a5,a5,1
80000b3a:	c395                	beqz	a5,80000b5e <__d_vfprintf+0x66a>
80000b3c:	4582                	lw	a1,0(sp)
80000b3e:	03000513          	li	a0,48
80000b42:	9a02                	jalr	s4
80000b44:	9e0547e3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000b48:	07800513          	li	a0,120
80000b4c:	4582                	lw	a1,0(sp)
80000b4e:	41250533          	sub	a0,a0,s2
80000b52:	0f857513          	and	a0,a0,248
80000b56:	0409                	add	s0,s0,2
80000b58:	9a02                	jalr	s4
80000b5a:	9c054ce3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000b5e:	008af793          	and	a5,s5,8
80000b62:	e791                	bnez	a5,80000b6e <__d_vfprintf+0x67a>
80000b64:	8b22                	mv	s6,s0
80000b66:	9426                	add	s0,s0,s1
80000b68:	09641663          	bne	s0,s6,80000bf4 <__d_vfprintf+0x700>
80000b6c:	4481                	li	s1,0
80000b6e:	0c0d8f63          	beqz	s11,80000c4c <__d_vfprintf+0x758>
80000b72:	8cce                	mv	s9,s3
80000b74:	0009d363          	bgez	s3,80000b7a <__d_vfprintf+0x686>
80000b78:	4c81                	li	s9,0
80000b7a:	41998db3          	sub	s11,s3,s9
80000b7e:	41a00d33          	neg	s10,s10
80000b82:	5b7d                	li	s6,-1
80000b84:	03000513          	li	a0,48
80000b88:	017df663          	bgeu	s11,s7,80000b94 <__d_vfprintf+0x6a0>
80000b8c:	103c                	add	a5,sp,40
80000b8e:	97ee                	add	a5,a5,s11
80000b90:	0057c503          	lbu	a0,5(a5)
80000b94:	1cfd                	add	s9,s9,-1
80000b96:	00140c13          	add	s8,s0,1
80000b9a:	07acc563          	blt	s9,s10,80000c04 <__d_vfprintf+0x710>
80000b9e:	4582                	lw	a1,0(sp)
80000ba0:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000ba2:	9a02                	jalr	s4
80000ba4:	980547e3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000ba8:	016c9a63          	bne	s9,s6,80000bbc <__d_vfprintf+0x6c8>
80000bac:	4582                	lw	a1,0(sp)
80000bae:	02e00513          	li	a0,46
80000bb2:	9a02                	jalr	s4
80000bb4:	96054fe3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000bb8:	00240c13          	add	s8,s0,2
80000bbc:	8462                	mv	s0,s8
80000bbe:	b7d9                	j	80000b84 <__d_vfprintf+0x690>
80000bc0:	fff78d13          	add	s10,a5,-1
80000bc4:	b725                	j	80000aec <__d_vfprintf+0x5f8>
80000bc6:	00bad693          	srl	a3,s5,0xb
80000bca:	8a85                	and	a3,a3,1
80000bcc:	478d                	li	a5,3
80000bce:	c291                	beqz	a3,80000bd2 <__d_vfprintf+0x6de>
80000bd0:	4795                	li	a5,5
80000bd2:	97e2                	add	a5,a5,s8
80000bd4:	b735                	j	80000b00 <__d_vfprintf+0x60c>
80000bd6:	010af693          	and	a3,s5,16
80000bda:	da95                	beqz	a3,80000b0e <__d_vfprintf+0x61a>
80000bdc:	0785                	add	a5,a5,1
80000bde:	bf05                	j	80000b0e <__d_vfprintf+0x61a>
80000be0:	4582                	lw	a1,0(sp)
80000be2:	02000513          	li	a0,32
80000be6:	c83a                	sw	a4,16(sp)
80000be8:	9a02                	jalr	s4
80000bea:	4742                	lw	a4,16(sp)
80000bec:	0405                	add	s0,s0,1
80000bee:	f20559e3          	bgez	a0,80000b20 <__d_vfprintf+0x62c>
80000bf2:	b281                	j	80000532 <__d_vfprintf+0x3e>
80000bf4:	4582                	lw	a1,0(sp)
80000bf6:	03000513          	li	a0,48
80000bfa:	0b05                	add	s6,s6,1
80000bfc:	9a02                	jalr	s4
80000bfe:	f60555e3          	bgez	a0,80000b68 <__d_vfprintf+0x674>
80000c02:	ba05                	j	80000532 <__d_vfprintf+0x3e>
80000c04:	033c9063          	bne	s9,s3,80000c24 <__d_vfprintf+0x730>
80000c08:	02d14703          	lbu	a4,45(sp)
80000c0c:	03500793          	li	a5,53
80000c10:	00e7e863          	bltu	a5,a4,80000c20 <__d_vfprintf+0x72c>
80000c14:	00f71863          	bne	a4,a5,80000c24 <__d_vfprintf+0x730>
80000c18:	02c14783          	lbu	a5,44(sp)
80000c1c:	8bc1                	and	a5,a5,16
80000c1e:	e399                	bnez	a5,80000c24 <__d_vfprintf+0x730>
80000c20:	03100513          	li	a0,49
80000c24:	4582                	lw	a1,0(sp)
80000c26:	9a02                	jalr	s4
80000c28:	900545e3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000c2c:	010afa93          	and	s5,s5,16
80000c30:	e60a84e3          	beqz	s5,80000a98 <__d_vfprintf+0x5a4>
80000c34:	57fd                	li	a5,-1
80000c36:	e6fc91e3          	bne	s9,a5,80000a98 <__d_vfprintf+0x5a4>
80000c3a:	4582                	lw	a1,0(sp)
80000c3c:	00240c13          	add	s8,s0,2
80000c40:	02e00513          	li	a0,46
80000c44:	9a02                	jalr	s4
80000c46:	e40559e3          	bgez	a0,80000a98 <__d_vfprintf+0x5a4>
80000c4a:	b0e5                	j	80000532 <__d_vfprintf+0x3e>
80000c4c:	02d14503          	lbu	a0,45(sp)
80000c50:	03100793          	li	a5,49
80000c54:	00f50763          	beq	a0,a5,80000c62 <__d_vfprintf+0x76e>
80000c58:	02c14783          	lbu	a5,44(sp)
80000c5c:	9bbd                	and	a5,a5,-17
80000c5e:	02f10623          	sb	a5,44(sp)
80000c62:	4582                	lw	a1,0(sp)
80000c64:	9a02                	jalr	s4
80000c66:	8c0546e3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000c6a:	0da05a63          	blez	s10,80000d3e <__d_vfprintf+0x84a>
80000c6e:	4582                	lw	a1,0(sp)
80000c70:	02e00513          	li	a0,46
80000c74:	0409                	add	s0,s0,2
80000c76:	9a02                	jalr	s4
80000c78:	8a054de3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000c7c:	4a85                	li	s5,1
80000c7e:	4785                	li	a5,1
80000c80:	0405                	add	s0,s0,1
80000c82:	03000513          	li	a0,48
80000c86:	017af863          	bgeu	s5,s7,80000c96 <__d_vfprintf+0x7a2>
80000c8a:	02078793          	add	a5,a5,32
80000c8e:	1018                	add	a4,sp,32
80000c90:	97ba                	add	a5,a5,a4
80000c92:	fed7c503          	lbu	a0,-19(a5)
80000c96:	4582                	lw	a1,0(sp)
80000c98:	9a02                	jalr	s4
80000c9a:	88054ce3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000c9e:	0a85                	add	s5,s5,1
80000ca0:	0ffafa93          	zext.b	s5,s5
80000ca4:	87d6                	mv	a5,s5
80000ca6:	fd5d5de3          	bge	s10,s5,80000c80 <__d_vfprintf+0x78c>
80000caa:	4582                	lw	a1,0(sp)
80000cac:	412c8533          	sub	a0,s9,s2
80000cb0:	0ff57513          	zext.b	a0,a0
80000cb4:	9a02                	jalr	s4
80000cb6:	86054ee3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000cba:	0009ca63          	bltz	s3,80000cce <__d_vfprintf+0x7da>
80000cbe:	02b00513          	li	a0,43
80000cc2:	00099a63          	bnez	s3,80000cd6 <__d_vfprintf+0x7e2>
80000cc6:	02c14783          	lbu	a5,44(sp)
80000cca:	8bc1                	and	a5,a5,16
80000ccc:	c789                	beqz	a5,80000cd6 <__d_vfprintf+0x7e2>
80000cce:	413009b3          	neg	s3,s3
80000cd2:	02d00513          	li	a0,45
80000cd6:	4582                	lw	a1,0(sp)
80000cd8:	9a02                	jalr	s4
80000cda:	84054ce3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000cde:	4791                	li	a5,4
80000ce0:	06fc1e63          	bne	s8,a5,80000d5c <__d_vfprintf+0x868>
80000ce4:	3e800913          	li	s2,1000
80000ce8:	0329c533          	div	a0,s3,s2
80000cec:	4582                	lw	a1,0(sp)
80000cee:	040d                	add	s0,s0,3
80000cf0:	03050513          	add	a0,a0,48
80000cf4:	0ff57513          	zext.b	a0,a0
80000cf8:	9a02                	jalr	s4
80000cfa:	82054ce3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000cfe:	0329e9b3          	rem	s3,s3,s2
80000d02:	06400913          	li	s2,100
80000d06:	4582                	lw	a1,0(sp)
80000d08:	0405                	add	s0,s0,1
80000d0a:	0329c533          	div	a0,s3,s2
80000d0e:	03050513          	add	a0,a0,48
80000d12:	0ff57513          	zext.b	a0,a0
80000d16:	9a02                	jalr	s4
80000d18:	80054de3          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000d1c:	0329e9b3          	rem	s3,s3,s2
80000d20:	4929                	li	s2,10
80000d22:	4582                	lw	a1,0(sp)
80000d24:	0405                	add	s0,s0,1
80000d26:	0329c533          	div	a0,s3,s2
80000d2a:	03050513          	add	a0,a0,48
80000d2e:	0ff57513          	zext.b	a0,a0
80000d32:	9a02                	jalr	s4
80000d34:	fe054f63          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000d38:	0329e9b3          	rem	s3,s3,s2
80000d3c:	a03d                	j	80000d6a <__d_vfprintf+0x876>
80000d3e:	010afa93          	and	s5,s5,16
80000d42:	000a9463          	bnez	s5,80000d4a <__d_vfprintf+0x856>
80000d46:	0405                	add	s0,s0,1
80000d48:	b78d                	j	80000caa <__d_vfprintf+0x7b6>
80000d4a:	4582                	lw	a1,0(sp)
80000d4c:	02e00513          	li	a0,46
80000d50:	0409                	add	s0,s0,2
80000d52:	9a02                	jalr	s4
80000d54:	f4055be3          	bgez	a0,80000caa <__d_vfprintf+0x7b6>
80000d58:	fdaff06f          	j	80000532 <__d_vfprintf+0x3e>
80000d5c:	478d                	li	a5,3
80000d5e:	0409                	add	s0,s0,2
80000d60:	fafc01e3          	beq	s8,a5,80000d02 <__d_vfprintf+0x80e>
80000d64:	4785                	li	a5,1
80000d66:	fafc1de3          	bne	s8,a5,80000d20 <__d_vfprintf+0x82c>
80000d6a:	03098513          	add	a0,s3,48
80000d6e:	4582                	lw	a1,0(sp)
80000d70:	00140c13          	add	s8,s0,1
80000d74:	0ff57513          	zext.b	a0,a0
80000d78:	b5f1                	j	80000c44 <__d_vfprintf+0x750>
80000d7a:	f9d90793          	add	a5,s2,-99
80000d7e:	0ff7f793          	zext.b	a5,a5
80000d82:	4749                	li	a4,18
80000d84:	1ef76f63          	bltu	a4,a5,80000f82 <__d_vfprintf+0xa8e>
80000d88:	80002737          	lui	a4,0x80002
80000d8c:	078a                	sll	a5,a5,0x2
80000d8e:	2e070713          	add	a4,a4,736 # 800022e0 <__text_end+0xce>
80000d92:	97ba                	add	a5,a5,a4
80000d94:	439c                	lw	a5,0(a5)
80000d96:	8782                	jr	a5
80000d98:	5792                	lw	a5,36(sp)
80000d9a:	4485                	li	s1,1
80000d9c:	02810993          	add	s3,sp,40
80000da0:	00478713          	add	a4,a5,4
80000da4:	439c                	lw	a5,0(a5)
80000da6:	d23a                	sw	a4,36(sp)
80000da8:	02f10423          	sb	a5,40(sp)
80000dac:	008df813          	and	a6,s11,8
80000db0:	04080e63          	beqz	a6,80000e0c <__d_vfprintf+0x918>
80000db4:	4901                	li	s2,0
80000db6:	05249d63          	bne	s1,s2,80000e10 <__d_vfprintf+0x91c>
80000dba:	00940c33          	add	s8,s0,s1
80000dbe:	409b04b3          	sub	s1,s6,s1
80000dc2:	b9d9                	j	80000a98 <__d_vfprintf+0x5a4>
80000dc4:	5792                	lw	a5,36(sp)
80000dc6:	00478713          	add	a4,a5,4
80000dca:	d23a                	sw	a4,36(sp)
80000dcc:	0007a983          	lw	s3,0(a5)
80000dd0:	00099663          	bnez	s3,80000ddc <__d_vfprintf+0x8e8>
80000dd4:	800029b7          	lui	s3,0x80002
80000dd8:	29498993          	add	s3,s3,660 # 80002294 <__text_end+0x82>
80000ddc:	040df793          	and	a5,s11,64
80000de0:	55fd                	li	a1,-1
80000de2:	c391                	beqz	a5,80000de6 <__d_vfprintf+0x8f2>
80000de4:	85ea                	mv	a1,s10
80000de6:	854e                	mv	a0,s3
80000de8:	4b3000ef          	jal	80001a9a <strnlen>
80000dec:	84aa                	mv	s1,a0
80000dee:	bf7d                	j	80000dac <__d_vfprintf+0x8b8>
80000df0:	4582                	lw	a1,0(sp)
80000df2:	02000513          	li	a0,32
80000df6:	9a02                	jalr	s4
80000df8:	f2054d63          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000dfc:	197d                	add	s2,s2,-1
80000dfe:	ff24e9e3          	bltu	s1,s2,80000df0 <__d_vfprintf+0x8fc>
80000e02:	945a                	add	s0,s0,s6
80000e04:	41240433          	sub	s0,s0,s2
80000e08:	8b4a                	mv	s6,s2
80000e0a:	b76d                	j	80000db4 <__d_vfprintf+0x8c0>
80000e0c:	895a                	mv	s2,s6
80000e0e:	bfc5                	j	80000dfe <__d_vfprintf+0x90a>
80000e10:	012987b3          	add	a5,s3,s2
80000e14:	4582                	lw	a1,0(sp)
80000e16:	0007c503          	lbu	a0,0(a5)
80000e1a:	0905                	add	s2,s2,1
80000e1c:	9a02                	jalr	s4
80000e1e:	f8055ce3          	bgez	a0,80000db6 <__d_vfprintf+0x8c2>
80000e22:	f10ff06f          	j	80000532 <__d_vfprintf+0x3e>
80000e26:	080df713          	and	a4,s11,128
80000e2a:	5792                	lw	a5,36(sp)
80000e2c:	cf49                	beqz	a4,80000ec6 <__d_vfprintf+0x9d2>
80000e2e:	200df713          	and	a4,s11,512
80000e32:	c359                	beqz	a4,80000eb8 <__d_vfprintf+0x9c4>
80000e34:	079d                	add	a5,a5,7
80000e36:	9be1                	and	a5,a5,-8
80000e38:	4388                	lw	a0,0(a5)
80000e3a:	43cc                	lw	a1,4(a5)
80000e3c:	00878713          	add	a4,a5,8
80000e40:	d23a                	sw	a4,36(sp)
80000e42:	fefdf993          	and	s3,s11,-17
80000e46:	09c2                	sll	s3,s3,0x10
80000e48:	0109d993          	srl	s3,s3,0x10
80000e4c:	0805dd63          	bgez	a1,80000ee6 <__d_vfprintf+0x9f2>
80000e50:	00a037b3          	snez	a5,a0
80000e54:	40b005b3          	neg	a1,a1
80000e58:	8d9d                	sub	a1,a1,a5
80000e5a:	40a00533          	neg	a0,a0
80000e5e:	4009e993          	or	s3,s3,1024
80000e62:	02810a93          	add	s5,sp,40
80000e66:	46a9                	li	a3,10
80000e68:	8656                	mv	a2,s5
80000e6a:	c8eff0ef          	jal	800002f8 <__ultoa_invert>
80000e6e:	0409f793          	and	a5,s3,64
80000e72:	41550ab3          	sub	s5,a0,s5
80000e76:	c7f5                	beqz	a5,80000f62 <__d_vfprintf+0xa6e>
80000e78:	ffe9f793          	and	a5,s3,-2
80000e7c:	07c2                	sll	a5,a5,0x10
80000e7e:	83c1                	srl	a5,a5,0x10
80000e80:	19aad563          	bge	s5,s10,8000100a <__d_vfprintf+0xb16>
80000e84:	16090c63          	beqz	s2,80000ffc <__d_vfprintf+0xb08>
80000e88:	0109fc13          	and	s8,s3,16
80000e8c:	84ea                	mv	s1,s10
80000e8e:	89be                	mv	s3,a5
80000e90:	060c0a63          	beqz	s8,80000f04 <__d_vfprintf+0xa10>
80000e94:	0489                	add	s1,s1,2
80000e96:	0089f793          	and	a5,s3,8
80000e9a:	18079a63          	bnez	a5,8000102e <__d_vfprintf+0xb3a>
80000e9e:	0019f793          	and	a5,s3,1
80000ea2:	cb89                	beqz	a5,80000eb4 <__d_vfprintf+0x9c0>
80000ea4:	8d56                	mv	s10,s5
80000ea6:	0164d763          	bge	s1,s6,80000eb4 <__d_vfprintf+0x9c0>
80000eaa:	409b04b3          	sub	s1,s6,s1
80000eae:	01548d33          	add	s10,s1,s5
80000eb2:	84da                	mv	s1,s6
80000eb4:	8ba6                	mv	s7,s1
80000eb6:	a2ad                	j	80001020 <__d_vfprintf+0xb2c>
80000eb8:	4388                	lw	a0,0(a5)
80000eba:	00478713          	add	a4,a5,4
80000ebe:	d23a                	sw	a4,36(sp)
80000ec0:	41f55593          	sra	a1,a0,0x1f
80000ec4:	bfbd                	j	80000e42 <__d_vfprintf+0x94e>
80000ec6:	00478713          	add	a4,a5,4
80000eca:	4388                	lw	a0,0(a5)
80000ecc:	d23a                	sw	a4,36(sp)
80000ece:	100df793          	and	a5,s11,256
80000ed2:	d7fd                	beqz	a5,80000ec0 <__d_vfprintf+0x9cc>
80000ed4:	200df793          	and	a5,s11,512
80000ed8:	c781                	beqz	a5,80000ee0 <__d_vfprintf+0x9ec>
80000eda:	0562                	sll	a0,a0,0x18
80000edc:	8561                	sra	a0,a0,0x18
80000ede:	b7cd                	j	80000ec0 <__d_vfprintf+0x9cc>
80000ee0:	0542                	sll	a0,a0,0x10
80000ee2:	8541                	sra	a0,a0,0x10
80000ee4:	bff1                	j	80000ec0 <__d_vfprintf+0x9cc>
80000ee6:	00b567b3          	or	a5,a0,a1
80000eea:	ffa5                	bnez	a5,80000e62 <__d_vfprintf+0x96e>
80000eec:	040df793          	and	a5,s11,64
80000ef0:	dbad                	beqz	a5,80000e62 <__d_vfprintf+0x96e>
80000ef2:	f60d18e3          	bnez	s10,80000e62 <__d_vfprintf+0x96e>
80000ef6:	feedf993          	and	s3,s11,-18
80000efa:	09c2                	sll	s3,s3,0x10
80000efc:	0109d993          	srl	s3,s3,0x10
80000f00:	4a81                	li	s5,0
80000f02:	4481                	li	s1,0
80000f04:	4069fc13          	and	s8,s3,1030
80000f08:	f80c07e3          	beqz	s8,80000e96 <__d_vfprintf+0x9a2>
80000f0c:	0485                	add	s1,s1,1
80000f0e:	4c01                	li	s8,0
80000f10:	b759                	j	80000e96 <__d_vfprintf+0x9a2>
80000f12:	fefdf813          	and	a6,s11,-17
80000f16:	01081d93          	sll	s11,a6,0x10
80000f1a:	010ddd93          	srl	s11,s11,0x10
80000f1e:	46a9                	li	a3,10
80000f20:	080df713          	and	a4,s11,128
80000f24:	5792                	lw	a5,36(sp)
80000f26:	c355                	beqz	a4,80000fca <__d_vfprintf+0xad6>
80000f28:	200df713          	and	a4,s11,512
80000f2c:	cb49                	beqz	a4,80000fbe <__d_vfprintf+0xaca>
80000f2e:	079d                	add	a5,a5,7
80000f30:	9be1                	and	a5,a5,-8
80000f32:	4388                	lw	a0,0(a5)
80000f34:	43cc                	lw	a1,4(a5)
80000f36:	00878713          	add	a4,a5,8
80000f3a:	d23a                	sw	a4,36(sp)
80000f3c:	00b567b3          	or	a5,a0,a1
80000f40:	e7cd                	bnez	a5,80000fea <__d_vfprintf+0xaf6>
80000f42:	fe9df993          	and	s3,s11,-23
80000f46:	09c2                	sll	s3,s3,0x10
80000f48:	040df793          	and	a5,s11,64
80000f4c:	0109d993          	srl	s3,s3,0x10
80000f50:	c3dd                	beqz	a5,80000ff6 <__d_vfprintf+0xb02>
80000f52:	0a0d1263          	bnez	s10,80000ff6 <__d_vfprintf+0xb02>
80000f56:	fe8df993          	and	s3,s11,-24
80000f5a:	09c2                	sll	s3,s3,0x10
80000f5c:	0109d993          	srl	s3,s3,0x10
80000f60:	4a81                	li	s5,0
80000f62:	0109fc13          	and	s8,s3,16
80000f66:	0a0c0463          	beqz	s8,8000100e <__d_vfprintf+0xb1a>
80000f6a:	001a8493          	add	s1,s5,1
80000f6e:	f20904e3          	beqz	s2,80000e96 <__d_vfprintf+0x9a2>
80000f72:	84d6                	mv	s1,s5
80000f74:	b705                	j	80000e94 <__d_vfprintf+0x9a0>
80000f76:	010ded93          	or	s11,s11,16
80000f7a:	46c1                	li	a3,16
80000f7c:	07800913          	li	s2,120
80000f80:	b745                	j	80000f20 <__d_vfprintf+0xa2c>
80000f82:	07800793          	li	a5,120
80000f86:	00fc9a63          	bne	s9,a5,80000f9a <__d_vfprintf+0xaa6>
80000f8a:	05800793          	li	a5,88
80000f8e:	46c1                	li	a3,16
80000f90:	f8f918e3          	bne	s2,a5,80000f20 <__d_vfprintf+0xa2c>
80000f94:	21000693          	li	a3,528
80000f98:	b761                	j	80000f20 <__d_vfprintf+0xa2c>
80000f9a:	4582                	lw	a1,0(sp)
80000f9c:	02500513          	li	a0,37
80000fa0:	9a02                	jalr	s4
80000fa2:	d8054863          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000fa6:	4582                	lw	a1,0(sp)
80000fa8:	854a                	mv	a0,s2
80000faa:	9a02                	jalr	s4
80000fac:	d8054363          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80000fb0:	0409                	add	s0,s0,2
80000fb2:	4792                	lw	a5,4(sp)
80000fb4:	d5eff06f          	j	80000512 <__d_vfprintf+0x1e>
80000fb8:	46a1                	li	a3,8
80000fba:	4901                	li	s2,0
80000fbc:	b795                	j	80000f20 <__d_vfprintf+0xa2c>
80000fbe:	4388                	lw	a0,0(a5)
80000fc0:	00478713          	add	a4,a5,4
80000fc4:	d23a                	sw	a4,36(sp)
80000fc6:	4581                	li	a1,0
80000fc8:	bf95                	j	80000f3c <__d_vfprintf+0xa48>
80000fca:	00478713          	add	a4,a5,4
80000fce:	4388                	lw	a0,0(a5)
80000fd0:	d23a                	sw	a4,36(sp)
80000fd2:	100df793          	and	a5,s11,256
80000fd6:	dbe5                	beqz	a5,80000fc6 <__d_vfprintf+0xad2>
80000fd8:	200df793          	and	a5,s11,512
80000fdc:	c781                	beqz	a5,80000fe4 <__d_vfprintf+0xaf0>
80000fde:	0ff57513          	zext.b	a0,a0
80000fe2:	b7d5                	j	80000fc6 <__d_vfprintf+0xad2>
80000fe4:	0542                	sll	a0,a0,0x10
80000fe6:	8141                	srl	a0,a0,0x10
80000fe8:	bff9                	j	80000fc6 <__d_vfprintf+0xad2>
80000fea:	ff9df813          	and	a6,s11,-7
80000fee:	01081993          	sll	s3,a6,0x10
80000ff2:	0109d993          	srl	s3,s3,0x10
80000ff6:	02810a93          	add	s5,sp,40
80000ffa:	b5bd                	j	80000e68 <__d_vfprintf+0x974>
80000ffc:	fee9f993          	and	s3,s3,-18
80001000:	09c2                	sll	s3,s3,0x10
80001002:	0109d993          	srl	s3,s3,0x10
80001006:	84ea                	mv	s1,s10
80001008:	bdf5                	j	80000f04 <__d_vfprintf+0xa10>
8000100a:	89be                	mv	s3,a5
8000100c:	bf99                	j	80000f62 <__d_vfprintf+0xa6e>
8000100e:	84d6                	mv	s1,s5
80001010:	bdd5                	j	80000f04 <__d_vfprintf+0xa10>
80001012:	4582                	lw	a1,0(sp)
80001014:	02000513          	li	a0,32
80001018:	9a02                	jalr	s4
8000101a:	d0054c63          	bltz	a0,80000532 <__d_vfprintf+0x3e>
8000101e:	0b85                	add	s7,s7,1
80001020:	ff6bc9e3          	blt	s7,s6,80001012 <__d_vfprintf+0xb1e>
80001024:	409404b3          	sub	s1,s0,s1
80001028:	01748433          	add	s0,s1,s7
8000102c:	84de                	mv	s1,s7
8000102e:	020c0363          	beqz	s8,80001054 <__d_vfprintf+0xb60>
80001032:	4582                	lw	a1,0(sp)
80001034:	03000513          	li	a0,48
80001038:	9a02                	jalr	s4
8000103a:	ce054c63          	bltz	a0,80000532 <__d_vfprintf+0x3e>
8000103e:	04090d63          	beqz	s2,80001098 <__d_vfprintf+0xba4>
80001042:	4582                	lw	a1,0(sp)
80001044:	0409                	add	s0,s0,2
80001046:	854a                	mv	a0,s2
80001048:	9a02                	jalr	s4
8000104a:	ce054463          	bltz	a0,80000532 <__d_vfprintf+0x3e>
8000104e:	8c22                	mv	s8,s0
80001050:	9d22                	add	s10,s10,s0
80001052:	a81d                	j	80001088 <__d_vfprintf+0xb94>
80001054:	4069f793          	and	a5,s3,1030
80001058:	dbfd                	beqz	a5,8000104e <__d_vfprintf+0xb5a>
8000105a:	0029f793          	and	a5,s3,2
8000105e:	02000513          	li	a0,32
80001062:	c399                	beqz	a5,80001068 <__d_vfprintf+0xb74>
80001064:	02b00513          	li	a0,43
80001068:	4009f993          	and	s3,s3,1024
8000106c:	00098463          	beqz	s3,80001074 <__d_vfprintf+0xb80>
80001070:	02d00513          	li	a0,45
80001074:	4582                	lw	a1,0(sp)
80001076:	0405                	add	s0,s0,1
80001078:	bfc1                	j	80001048 <__d_vfprintf+0xb54>
8000107a:	4582                	lw	a1,0(sp)
8000107c:	03000513          	li	a0,48
80001080:	0c05                	add	s8,s8,1
80001082:	9a02                	jalr	s4
80001084:	ca054763          	bltz	a0,80000532 <__d_vfprintf+0x3e>
80001088:	418d07b3          	sub	a5,s10,s8
8000108c:	fefac7e3          	blt	s5,a5,8000107a <__d_vfprintf+0xb86>
80001090:	8456                	mv	s0,s5
80001092:	e409                	bnez	s0,8000109c <__d_vfprintf+0xba8>
80001094:	9c56                	add	s8,s8,s5
80001096:	b325                	j	80000dbe <__d_vfprintf+0x8ca>
80001098:	0405                	add	s0,s0,1
8000109a:	bf55                	j	8000104e <__d_vfprintf+0xb5a>
8000109c:	147d                	add	s0,s0,-1
8000109e:	103c                	add	a5,sp,40
800010a0:	97a2                	add	a5,a5,s0
800010a2:	4582                	lw	a1,0(sp)
800010a4:	0007c503          	lbu	a0,0(a5)
800010a8:	9a02                	jalr	s4
800010aa:	fe0554e3          	bgez	a0,80001092 <__d_vfprintf+0xb9e>
800010ae:	c84ff06f          	j	80000532 <__d_vfprintf+0x3e>
800010b2:	4582                	lw	a1,0(sp)
800010b4:	02000513          	li	a0,32
800010b8:	0405                	add	s0,s0,1
800010ba:	9a02                	jalr	s4
800010bc:	c6054b63          	bltz	a0,80000532 <__d_vfprintf+0x3e>
800010c0:	408487b3          	sub	a5,s1,s0
800010c4:	fef047e3          	bgtz	a5,800010b2 <__d_vfprintf+0xbbe>
800010c8:	b5ed                	j	80000fb2 <__d_vfprintf+0xabe>

800010ca <mulShiftAll64>:
800010ca:	0f0012ef          	jal	t0,800021ba <__riscv_save_10>
800010ce:	84b2                	mv	s1,a2
800010d0:	00159913          	sll	s2,a1,0x1
800010d4:	4210                	lw	a2,0(a2)
800010d6:	8ab6                	mv	s5,a3
800010d8:	89be                	mv	s3,a5
800010da:	40d4                	lw	a3,4(s1)
800010dc:	01f55793          	srl	a5,a0,0x1f
800010e0:	1141                	add	sp,sp,-16
800010e2:	0127e933          	or	s2,a5,s2
800010e6:	00151413          	sll	s0,a0,0x1
800010ea:	8522                	mv	a0,s0
800010ec:	85ca                	mv	a1,s2
800010ee:	8bba                	mv	s7,a4
800010f0:	870a                	mv	a4,sp
800010f2:	8b42                	mv	s6,a6
800010f4:	0f5000ef          	jal	800019e8 <__umul128>
800010f8:	44d4                	lw	a3,12(s1)
800010fa:	4490                	lw	a2,8(s1)
800010fc:	0038                	add	a4,sp,8
800010fe:	8caa                	mv	s9,a0
80001100:	8c2e                	mv	s8,a1
80001102:	8522                	mv	a0,s0
80001104:	85ca                	mv	a1,s2
80001106:	0e3000ef          	jal	800019e8 <__umul128>
8000110a:	4682                	lw	a3,0(sp)
8000110c:	4712                	lw	a4,4(sp)
8000110e:	4785                	li	a5,1
80001110:	00d50933          	add	s2,a0,a3
80001114:	00a93533          	sltu	a0,s2,a0
80001118:	95ba                	add	a1,a1,a4
8000111a:	00b50433          	add	s0,a0,a1
8000111e:	00e46763          	bltu	s0,a4,8000112c <mulShiftAll64+0x62>
80001122:	00871463          	bne	a4,s0,8000112a <mulShiftAll64+0x60>
80001126:	00d96363          	bltu	s2,a3,8000112c <mulShiftAll64+0x62>
8000112a:	4781                	li	a5,0
8000112c:	4622                	lw	a2,8(sp)
8000112e:	4732                	lw	a4,12(sp)
80001130:	963e                	add	a2,a2,a5
80001132:	00f637b3          	sltu	a5,a2,a5
80001136:	00e786b3          	add	a3,a5,a4
8000113a:	4098                	lw	a4,0(s1)
8000113c:	40dc                	lw	a5,4(s1)
8000113e:	c432                	sw	a2,8(sp)
80001140:	9766                	add	a4,a4,s9
80001142:	97e2                	add	a5,a5,s8
80001144:	019735b3          	sltu	a1,a4,s9
80001148:	95be                	add	a1,a1,a5
8000114a:	c636                	sw	a3,12(sp)
8000114c:	4785                	li	a5,1
8000114e:	0185e763          	bltu	a1,s8,8000115c <mulShiftAll64+0x92>
80001152:	00bc1463          	bne	s8,a1,8000115a <mulShiftAll64+0x90>
80001156:	01976363          	bltu	a4,s9,8000115c <mulShiftAll64+0x92>
8000115a:	4781                	li	a5,0
8000115c:	4498                	lw	a4,8(s1)
8000115e:	44c8                	lw	a0,12(s1)
80001160:	fbfa8a13          	add	s4,s5,-65
80001164:	974a                	add	a4,a4,s2
80001166:	9522                	add	a0,a0,s0
80001168:	012735b3          	sltu	a1,a4,s2
8000116c:	95aa                	add	a1,a1,a0
8000116e:	00e78533          	add	a0,a5,a4
80001172:	00f537b3          	sltu	a5,a0,a5
80001176:	95be                	add	a1,a1,a5
80001178:	4785                	li	a5,1
8000117a:	0085e763          	bltu	a1,s0,80001188 <mulShiftAll64+0xbe>
8000117e:	00b41463          	bne	s0,a1,80001186 <mulShiftAll64+0xbc>
80001182:	01256363          	bltu	a0,s2,80001188 <mulShiftAll64+0xbe>
80001186:	4781                	li	a5,0
80001188:	963e                	add	a2,a2,a5
8000118a:	00f637b3          	sltu	a5,a2,a5
8000118e:	8752                	mv	a4,s4
80001190:	96be                	add	a3,a3,a5
80001192:	0a3000ef          	jal	80001a34 <__shiftright128>
80001196:	00aba023          	sw	a0,0(s7)
8000119a:	00bba223          	sw	a1,4(s7)
8000119e:	4785                	li	a5,1
800011a0:	48a2                	lw	a7,8(sp)
800011a2:	4832                	lw	a6,12(sp)
800011a4:	40cc                	lw	a1,4(s1)
800011a6:	4488                	lw	a0,8(s1)
800011a8:	44d8                	lw	a4,12(s1)
800011aa:	06fb1763          	bne	s6,a5,80001218 <mulShiftAll64+0x14e>
800011ae:	40a906b3          	sub	a3,s2,a0
800011b2:	00d93633          	sltu	a2,s2,a3
800011b6:	40e407b3          	sub	a5,s0,a4
800011ba:	8f91                	sub	a5,a5,a2
800011bc:	4505                	li	a0,1
800011be:	00bc6863          	bltu	s8,a1,800011ce <mulShiftAll64+0x104>
800011c2:	01859563          	bne	a1,s8,800011cc <mulShiftAll64+0x102>
800011c6:	4098                	lw	a4,0(s1)
800011c8:	00ece363          	bltu	s9,a4,800011ce <mulShiftAll64+0x104>
800011cc:	4501                	li	a0,0
800011ce:	40a68533          	sub	a0,a3,a0
800011d2:	00a6b6b3          	sltu	a3,a3,a0
800011d6:	40d785b3          	sub	a1,a5,a3
800011da:	4605                	li	a2,1
800011dc:	00b46763          	bltu	s0,a1,800011ea <mulShiftAll64+0x120>
800011e0:	00859463          	bne	a1,s0,800011e8 <mulShiftAll64+0x11e>
800011e4:	00a96363          	bltu	s2,a0,800011ea <mulShiftAll64+0x120>
800011e8:	4601                	li	a2,0
800011ea:	40c88633          	sub	a2,a7,a2
800011ee:	00c8b6b3          	sltu	a3,a7,a2
800011f2:	8752                	mv	a4,s4
800011f4:	40d806b3          	sub	a3,a6,a3
800011f8:	03d000ef          	jal	80001a34 <__shiftright128>
800011fc:	4622                	lw	a2,8(sp)
800011fe:	46b2                	lw	a3,12(sp)
80001200:	00a9a023          	sw	a0,0(s3)
80001204:	00b9a223          	sw	a1,4(s3)
80001208:	8752                	mv	a4,s4
8000120a:	854a                	mv	a0,s2
8000120c:	85a2                	mv	a1,s0
8000120e:	027000ef          	jal	80001a34 <__shiftright128>
80001212:	0141                	add	sp,sp,16
80001214:	7df0006f          	j	800021f2 <__riscv_restore_10>
80001218:	01fcd793          	srl	a5,s9,0x1f
8000121c:	001c1613          	sll	a2,s8,0x1
80001220:	8e5d                	or	a2,a2,a5
80001222:	01f95693          	srl	a3,s2,0x1f
80001226:	00141793          	sll	a5,s0,0x1
8000122a:	001c9e93          	sll	t4,s9,0x1
8000122e:	8fd5                	or	a5,a5,a3
80001230:	00191313          	sll	t1,s2,0x1
80001234:	4e05                	li	t3,1
80001236:	01866763          	bltu	a2,s8,80001244 <mulShiftAll64+0x17a>
8000123a:	00cc1463          	bne	s8,a2,80001242 <mulShiftAll64+0x178>
8000123e:	019ee363          	bltu	t4,s9,80001244 <mulShiftAll64+0x17a>
80001242:	4e01                	li	t3,0
80001244:	9e1a                	add	t3,t3,t1
80001246:	006e3333          	sltu	t1,t3,t1
8000124a:	933e                	add	t1,t1,a5
8000124c:	4785                	li	a5,1
8000124e:	00b66863          	bltu	a2,a1,8000125e <mulShiftAll64+0x194>
80001252:	00c59563          	bne	a1,a2,8000125c <mulShiftAll64+0x192>
80001256:	4094                	lw	a3,0(s1)
80001258:	00dee363          	bltu	t4,a3,8000125e <mulShiftAll64+0x194>
8000125c:	4781                	li	a5,0
8000125e:	40fe07b3          	sub	a5,t3,a5
80001262:	00fe35b3          	sltu	a1,t3,a5
80001266:	40b305b3          	sub	a1,t1,a1
8000126a:	40a78533          	sub	a0,a5,a0
8000126e:	00a7b7b3          	sltu	a5,a5,a0
80001272:	8d99                	sub	a1,a1,a4
80001274:	01f8d693          	srl	a3,a7,0x1f
80001278:	8d9d                	sub	a1,a1,a5
8000127a:	00181793          	sll	a5,a6,0x1
8000127e:	8fd5                	or	a5,a5,a3
80001280:	fc0a8713          	add	a4,s5,-64
80001284:	0886                	sll	a7,a7,0x1
80001286:	4685                	li	a3,1
80001288:	00836763          	bltu	t1,s0,80001296 <mulShiftAll64+0x1cc>
8000128c:	00641463          	bne	s0,t1,80001294 <mulShiftAll64+0x1ca>
80001290:	012e6363          	bltu	t3,s2,80001296 <mulShiftAll64+0x1cc>
80001294:	4681                	li	a3,0
80001296:	96c6                	add	a3,a3,a7
80001298:	0116b8b3          	sltu	a7,a3,a7
8000129c:	98be                	add	a7,a7,a5
8000129e:	4605                	li	a2,1
800012a0:	00b36763          	bltu	t1,a1,800012ae <mulShiftAll64+0x1e4>
800012a4:	00659463          	bne	a1,t1,800012ac <mulShiftAll64+0x1e2>
800012a8:	00ae6363          	bltu	t3,a0,800012ae <mulShiftAll64+0x1e4>
800012ac:	4601                	li	a2,0
800012ae:	40c68633          	sub	a2,a3,a2
800012b2:	00c6b6b3          	sltu	a3,a3,a2
800012b6:	40d886b3          	sub	a3,a7,a3
800012ba:	bf3d                	j	800011f8 <mulShiftAll64+0x12e>

800012bc <div10>:
800012bc:	727002ef          	jal	t0,800021e2 <__riscv_save_0>
800012c0:	800027b7          	lui	a5,0x80002
800012c4:	7707a603          	lw	a2,1904(a5) # 80002770 <stdout+0x4>
800012c8:	7747a683          	lw	a3,1908(a5)
800012cc:	1141                	add	sp,sp,-16
800012ce:	0038                	add	a4,sp,8
800012d0:	718000ef          	jal	800019e8 <__umul128>
800012d4:	45b2                	lw	a1,12(sp)
800012d6:	47a2                	lw	a5,8(sp)
800012d8:	01d59513          	sll	a0,a1,0x1d
800012dc:	838d                	srl	a5,a5,0x3
800012de:	8d5d                	or	a0,a0,a5
800012e0:	818d                	srl	a1,a1,0x3
800012e2:	0141                	add	sp,sp,16
800012e4:	7230006f          	j	80002206 <__riscv_restore_0>

800012e8 <__dtoa_engine>:
800012e8:	6cb002ef          	jal	t0,800021b2 <__riscv_save_12>
800012ec:	715d                	add	sp,sp,-80
800012ee:	8bb6                	mv	s7,a3
800012f0:	001006b7          	lui	a3,0x100
800012f4:	c43a                	sw	a4,8(sp)
800012f6:	c63e                	sw	a5,12(sp)
800012f8:	01f5d713          	srl	a4,a1,0x1f
800012fc:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
80001300:	0145d793          	srl	a5,a1,0x14
80001304:	00bdfdb3          	and	s11,s11,a1
80001308:	c03a                	sw	a4,0(sp)
8000130a:	7ff7f413          	and	s0,a5,2047
8000130e:	84aa                	mv	s1,a0
80001310:	8ab2                	mv	s5,a2
80001312:	00ade733          	or	a4,s11,a0
80001316:	e405                	bnez	s0,8000133e <__dtoa_engine+0x56>
80001318:	e331                	bnez	a4,8000135c <__dtoa_engine+0x74>
8000131a:	03000793          	li	a5,48
8000131e:	00f602a3          	sb	a5,5(a2)
80001322:	4782                	lw	a5,0(sp)
80001324:	00060323          	sb	zero,6(a2)
80001328:	00062023          	sw	zero,0(a2)
8000132c:	0027e993          	or	s3,a5,2
80001330:	01360223          	sb	s3,4(a2)
80001334:	4405                	li	s0,1
80001336:	8522                	mv	a0,s0
80001338:	6161                	add	sp,sp,80
8000133a:	6b50006f          	j	800021ee <__riscv_restore_12>
8000133e:	7ff00613          	li	a2,2047
80001342:	0ac41163          	bne	s0,a2,800013e4 <__dtoa_engine+0xfc>
80001346:	4782                	lw	a5,0(sp)
80001348:	0047e793          	or	a5,a5,4
8000134c:	c701                	beqz	a4,80001354 <__dtoa_engine+0x6c>
8000134e:	4782                	lw	a5,0(sp)
80001350:	0087e793          	or	a5,a5,8
80001354:	00fa8223          	sb	a5,4(s5)
80001358:	4401                	li	s0,0
8000135a:	bff1                	j	80001336 <__dtoa_engine+0x4e>
8000135c:	00157793          	and	a5,a0,1
80001360:	c23e                	sw	a5,4(sp)
80001362:	002d9993          	sll	s3,s11,0x2
80001366:	01e55793          	srl	a5,a0,0x1e
8000136a:	0137e9b3          	or	s3,a5,s3
8000136e:	00251c13          	sll	s8,a0,0x2
80001372:	892a                	mv	s2,a0
80001374:	bcc00413          	li	s0,-1076
80001378:	4805                	li	a6,1
8000137a:	4d05                	li	s10,1
8000137c:	408004b3          	neg	s1,s0
80001380:	8526                	mv	a0,s1
80001382:	ca42                	sw	a6,20(sp)
80001384:	2589                	jal	800019c6 <__log10Pow5>
80001386:	fff42793          	slti	a5,s0,-1
8000138a:	40f50b33          	sub	s6,a0,a5
8000138e:	416484b3          	sub	s1,s1,s6
80001392:	8526                	mv	a0,s1
80001394:	2589                	jal	800019d6 <__pow5bits>
80001396:	f8350693          	add	a3,a0,-125
8000139a:	40db06b3          	sub	a3,s6,a3
8000139e:	8526                	mv	a0,s1
800013a0:	008c                	add	a1,sp,64
800013a2:	c836                	sw	a3,16(sp)
800013a4:	2929                	jal	800017be <__double_computePow5>
800013a6:	4852                	lw	a6,20(sp)
800013a8:	46c2                	lw	a3,16(sp)
800013aa:	181c                	add	a5,sp,48
800013ac:	1038                	add	a4,sp,40
800013ae:	0090                	add	a2,sp,64
800013b0:	854a                	mv	a0,s2
800013b2:	85ee                	mv	a1,s11
800013b4:	3b19                	jal	800010ca <mulShiftAll64>
800013b6:	4785                	li	a5,1
800013b8:	008b0a33          	add	s4,s6,s0
800013bc:	84ae                	mv	s1,a1
800013be:	842a                	mv	s0,a0
800013c0:	1367e663          	bltu	a5,s6,800014ec <__dtoa_engine+0x204>
800013c4:	4792                	lw	a5,4(sp)
800013c6:	4985                	li	s3,1
800013c8:	0e078963          	beqz	a5,800014ba <__dtoa_engine+0x1d2>
800013cc:	57a2                	lw	a5,40(sp)
800013ce:	5732                	lw	a4,44(sp)
800013d0:	4985                	li	s3,1
800013d2:	fff78693          	add	a3,a5,-1
800013d6:	0017b793          	seqz	a5,a5
800013da:	40f707b3          	sub	a5,a4,a5
800013de:	d436                	sw	a3,40(sp)
800013e0:	d63e                	sw	a5,44(sp)
800013e2:	a07d                	j	80001490 <__dtoa_engine+0x1a8>
800013e4:	01b6edb3          	or	s11,a3,s11
800013e8:	00157693          	and	a3,a0,1
800013ec:	c236                	sw	a3,4(sp)
800013ee:	002d9993          	sll	s3,s11,0x2
800013f2:	01e55693          	srl	a3,a0,0x1e
800013f6:	bcb40413          	add	s0,s0,-1077
800013fa:	892a                	mv	s2,a0
800013fc:	0136e9b3          	or	s3,a3,s3
80001400:	00251c13          	sll	s8,a0,0x2
80001404:	4d05                	li	s10,1
80001406:	e709                	bnez	a4,80001410 <__dtoa_engine+0x128>
80001408:	7fe7f793          	and	a5,a5,2046
8000140c:	0017bd13          	seqz	s10,a5
80001410:	886a                	mv	a6,s10
80001412:	f60445e3          	bltz	s0,8000137c <__dtoa_engine+0x94>
80001416:	8522                	mv	a0,s0
80001418:	2345                	jal	800019b8 <__log10Pow2>
8000141a:	00442793          	slti	a5,s0,4
8000141e:	0017c793          	xor	a5,a5,1
80001422:	40f50a33          	sub	s4,a0,a5
80001426:	8552                	mv	a0,s4
80001428:	237d                	jal	800019d6 <__pow5bits>
8000142a:	07c50693          	add	a3,a0,124
8000142e:	408a0433          	sub	s0,s4,s0
80001432:	96a2                	add	a3,a3,s0
80001434:	008c                	add	a1,sp,64
80001436:	8552                	mv	a0,s4
80001438:	c836                	sw	a3,16(sp)
8000143a:	2141                	jal	800018ba <__double_computeInvPow5>
8000143c:	46c2                	lw	a3,16(sp)
8000143e:	181c                	add	a5,sp,48
80001440:	8526                	mv	a0,s1
80001442:	886a                	mv	a6,s10
80001444:	1038                	add	a4,sp,40
80001446:	0090                	add	a2,sp,64
80001448:	85ee                	mv	a1,s11
8000144a:	3141                	jal	800010ca <mulShiftAll64>
8000144c:	47d5                	li	a5,21
8000144e:	842a                	mv	s0,a0
80001450:	84ae                	mv	s1,a1
80001452:	0947eb63          	bltu	a5,s4,800014e8 <__dtoa_engine+0x200>
80001456:	800027b7          	lui	a5,0x80002
8000145a:	7747a683          	lw	a3,1908(a5) # 80002774 <stdout+0x8>
8000145e:	7707a603          	lw	a2,1904(a5)
80001462:	1838                	add	a4,sp,56
80001464:	8562                	mv	a0,s8
80001466:	85ce                	mv	a1,s3
80001468:	2341                	jal	800019e8 <__umul128>
8000146a:	57e2                	lw	a5,56(sp)
8000146c:	56f2                	lw	a3,60(sp)
8000146e:	5da2                	lw	s11,40(sp)
80001470:	8389                	srl	a5,a5,0x2
80001472:	06fa                	sll	a3,a3,0x1e
80001474:	8fd5                	or	a5,a5,a3
80001476:	4695                	li	a3,5
80001478:	02f687b3          	mul	a5,a3,a5
8000147c:	5932                	lw	s2,44(sp)
8000147e:	01879b63          	bne	a5,s8,80001494 <__dtoa_engine+0x1ac>
80001482:	85ce                	mv	a1,s3
80001484:	8562                	mv	a0,s8
80001486:	2ced                	jal	80001780 <__pow5Factor>
80001488:	01453733          	sltu	a4,a0,s4
8000148c:	00174993          	xor	s3,a4,1
80001490:	4d01                	li	s10,0
80001492:	a025                	j	800014ba <__dtoa_engine+0x1d2>
80001494:	4792                	lw	a5,4(sp)
80001496:	e79d                	bnez	a5,800014c4 <__dtoa_engine+0x1dc>
80001498:	fffc0793          	add	a5,s8,-1
8000149c:	41a78533          	sub	a0,a5,s10
800014a0:	001c3593          	seqz	a1,s8
800014a4:	00a7b7b3          	sltu	a5,a5,a0
800014a8:	40b985b3          	sub	a1,s3,a1
800014ac:	8d9d                	sub	a1,a1,a5
800014ae:	2cc9                	jal	80001780 <__pow5Factor>
800014b0:	01453933          	sltu	s2,a0,s4
800014b4:	00194d13          	xor	s10,s2,1
800014b8:	4981                	li	s3,0
800014ba:	47a2                	lw	a5,8(sp)
800014bc:	0e079f63          	bnez	a5,800015ba <__dtoa_engine+0x2d2>
800014c0:	8b5e                	mv	s6,s7
800014c2:	a049                	j	80001544 <__dtoa_engine+0x25c>
800014c4:	002c0513          	add	a0,s8,2
800014c8:	018535b3          	sltu	a1,a0,s8
800014cc:	95ce                	add	a1,a1,s3
800014ce:	2c4d                	jal	80001780 <__pow5Factor>
800014d0:	01453533          	sltu	a0,a0,s4
800014d4:	00154513          	xor	a0,a0,1
800014d8:	40ad8533          	sub	a0,s11,a0
800014dc:	00adbdb3          	sltu	s11,s11,a0
800014e0:	41b90733          	sub	a4,s2,s11
800014e4:	d42a                	sw	a0,40(sp)
800014e6:	d63a                	sw	a4,44(sp)
800014e8:	4981                	li	s3,0
800014ea:	b75d                	j	80001490 <__dtoa_engine+0x1a8>
800014ec:	03e00793          	li	a5,62
800014f0:	ff67ece3          	bltu	a5,s6,800014e8 <__dtoa_engine+0x200>
800014f4:	865a                	mv	a2,s6
800014f6:	557d                	li	a0,-1
800014f8:	55fd                	li	a1,-1
800014fa:	23c5                	jal	80001ada <__ashldi3>
800014fc:	fff54513          	not	a0,a0
80001500:	fff5c593          	not	a1,a1
80001504:	0135f5b3          	and	a1,a1,s3
80001508:	01857533          	and	a0,a0,s8
8000150c:	00b56733          	or	a4,a0,a1
80001510:	00173993          	seqz	s3,a4
80001514:	bfb5                	j	80001490 <__dtoa_engine+0x1a8>
80001516:	02d50833          	mul	a6,a0,a3
8000151a:	0785                	add	a5,a5,1
8000151c:	02b536b3          	mulhu	a3,a0,a1
80001520:	02b505b3          	mul	a1,a0,a1
80001524:	96c2                	add	a3,a3,a6
80001526:	00d4e663          	bltu	s1,a3,80001532 <__dtoa_engine+0x24a>
8000152a:	fe9696e3          	bne	a3,s1,80001516 <__dtoa_engine+0x22e>
8000152e:	feb474e3          	bgeu	s0,a1,80001516 <__dtoa_engine+0x22e>
80001532:	4732                	lw	a4,12(sp)
80001534:	97d2                	add	a5,a5,s4
80001536:	97ba                	add	a5,a5,a4
80001538:	00f04363          	bgtz	a5,8000153e <__dtoa_engine+0x256>
8000153c:	4785                	li	a5,1
8000153e:	8b3e                	mv	s6,a5
80001540:	f8fbc0e3          	blt	s7,a5,800014c0 <__dtoa_engine+0x1d8>
80001544:	4c81                	li	s9,0
80001546:	4901                	li	s2,0
80001548:	4c01                	li	s8,0
8000154a:	5522                	lw	a0,40(sp)
8000154c:	55b2                	lw	a1,44(sp)
8000154e:	33bd                	jal	800012bc <div10>
80001550:	57c2                	lw	a5,48(sp)
80001552:	8dae                	mv	s11,a1
80001554:	55d2                	lw	a1,52(sp)
80001556:	c82a                	sw	a0,16(sp)
80001558:	853e                	mv	a0,a5
8000155a:	ca3e                	sw	a5,20(sp)
8000155c:	3385                	jal	800012bc <div10>
8000155e:	832a                	mv	t1,a0
80001560:	88ae                	mv	a7,a1
80001562:	4ea9                	li	t4,10
80001564:	01b5e763          	bltu	a1,s11,80001572 <__dtoa_engine+0x28a>
80001568:	08bd9563          	bne	s11,a1,800015f2 <__dtoa_engine+0x30a>
8000156c:	47c2                	lw	a5,16(sp)
8000156e:	08f57263          	bgeu	a0,a5,800015f2 <__dtoa_engine+0x30a>
80001572:	8522                	mv	a0,s0
80001574:	85a6                	mv	a1,s1
80001576:	ce46                	sw	a7,28(sp)
80001578:	cc1a                	sw	t1,24(sp)
8000157a:	3389                	jal	800012bc <div10>
8000157c:	4362                	lw	t1,24(sp)
8000157e:	4ea9                	li	t4,10
80001580:	001cb693          	seqz	a3,s9
80001584:	026e8833          	mul	a6,t4,t1
80001588:	00d9f9b3          	and	s3,s3,a3
8000158c:	47d2                	lw	a5,20(sp)
8000158e:	48f2                	lw	a7,28(sp)
80001590:	d66e                	sw	s11,44(sp)
80001592:	d81a                	sw	t1,48(sp)
80001594:	da46                	sw	a7,52(sp)
80001596:	0905                	add	s2,s2,1
80001598:	84ae                	mv	s1,a1
8000159a:	02ae86b3          	mul	a3,t4,a0
8000159e:	40f80833          	sub	a6,a6,a5
800015a2:	47c2                	lw	a5,16(sp)
800015a4:	00183813          	seqz	a6,a6
800015a8:	010d7d33          	and	s10,s10,a6
800015ac:	d43e                	sw	a5,40(sp)
800015ae:	40d406b3          	sub	a3,s0,a3
800015b2:	0ff6fc93          	zext.b	s9,a3
800015b6:	842a                	mv	s0,a0
800015b8:	bf49                	j	8000154a <__dtoa_engine+0x262>
800015ba:	45a9                	li	a1,10
800015bc:	4681                	li	a3,0
800015be:	4785                	li	a5,1
800015c0:	4529                	li	a0,10
800015c2:	b795                	j	80001526 <__dtoa_engine+0x23e>
800015c4:	030e8f33          	mul	t5,t4,a6
800015c8:	0505                	add	a0,a0,1
800015ca:	02beb833          	mulhu	a6,t4,a1
800015ce:	02be85b3          	mul	a1,t4,a1
800015d2:	987a                	add	a6,a6,t5
800015d4:	0104e663          	bltu	s1,a6,800015e0 <__dtoa_engine+0x2f8>
800015d8:	fe9816e3          	bne	a6,s1,800015c4 <__dtoa_engine+0x2dc>
800015dc:	feb474e3          	bgeu	s0,a1,800015c4 <__dtoa_engine+0x2dc>
800015e0:	00ab5d63          	bge	s6,a0,800015fa <__dtoa_engine+0x312>
800015e4:	000b1563          	bnez	s6,800015ee <__dtoa_engine+0x306>
800015e8:	009465b3          	or	a1,s0,s1
800015ec:	c599                	beqz	a1,800015fa <__dtoa_engine+0x312>
800015ee:	4c05                	li	s8,1
800015f0:	b749                	j	80001572 <__dtoa_engine+0x28a>
800015f2:	45a9                	li	a1,10
800015f4:	4801                	li	a6,0
800015f6:	4505                	li	a0,1
800015f8:	bff1                	j	800015d4 <__dtoa_engine+0x2ec>
800015fa:	040d0e63          	beqz	s10,80001656 <__dtoa_engine+0x36e>
800015fe:	4da9                	li	s11,10
80001600:	5342                	lw	t1,48(sp)
80001602:	55d2                	lw	a1,52(sp)
80001604:	851a                	mv	a0,t1
80001606:	c81a                	sw	t1,16(sp)
80001608:	3955                	jal	800012bc <div10>
8000160a:	ce2e                	sw	a1,28(sp)
8000160c:	02ad85b3          	mul	a1,s11,a0
80001610:	4342                	lw	t1,16(sp)
80001612:	882a                	mv	a6,a0
80001614:	cc42                	sw	a6,24(sp)
80001616:	04659063          	bne	a1,t1,80001656 <__dtoa_engine+0x36e>
8000161a:	5522                	lw	a0,40(sp)
8000161c:	55b2                	lw	a1,44(sp)
8000161e:	0905                	add	s2,s2,1
80001620:	3971                	jal	800012bc <div10>
80001622:	ca2a                	sw	a0,20(sp)
80001624:	c82e                	sw	a1,16(sp)
80001626:	8522                	mv	a0,s0
80001628:	85a6                	mv	a1,s1
8000162a:	3949                	jal	800012bc <div10>
8000162c:	001cb693          	seqz	a3,s9
80001630:	00d9f9b3          	and	s3,s3,a3
80001634:	02ad86b3          	mul	a3,s11,a0
80001638:	4e52                	lw	t3,20(sp)
8000163a:	4342                	lw	t1,16(sp)
8000163c:	4862                	lw	a6,24(sp)
8000163e:	48f2                	lw	a7,28(sp)
80001640:	d472                	sw	t3,40(sp)
80001642:	d61a                	sw	t1,44(sp)
80001644:	d842                	sw	a6,48(sp)
80001646:	da46                	sw	a7,52(sp)
80001648:	84ae                	mv	s1,a1
8000164a:	40d406b3          	sub	a3,s0,a3
8000164e:	0ff6fc93          	zext.b	s9,a3
80001652:	842a                	mv	s0,a0
80001654:	b775                	j	80001600 <__dtoa_engine+0x318>
80001656:	9952                	add	s2,s2,s4
80001658:	0c098563          	beqz	s3,80001722 <__dtoa_engine+0x43a>
8000165c:	4715                	li	a4,5
8000165e:	0cec9263          	bne	s9,a4,80001722 <__dtoa_engine+0x43a>
80001662:	00147713          	and	a4,s0,1
80001666:	e35d                	bnez	a4,8000170c <__dtoa_engine+0x424>
80001668:	000c1963          	bnez	s8,8000167a <__dtoa_engine+0x392>
8000166c:	5742                	lw	a4,48(sp)
8000166e:	00871563          	bne	a4,s0,80001678 <__dtoa_engine+0x390>
80001672:	5752                	lw	a4,52(sp)
80001674:	0c970963          	beq	a4,s1,80001746 <__dtoa_engine+0x45e>
80001678:	4701                	li	a4,0
8000167a:	943a                	add	s0,s0,a4
8000167c:	00e435b3          	sltu	a1,s0,a4
80001680:	95a6                	add	a1,a1,s1
80001682:	8a2e                	mv	s4,a1
80001684:	84a2                	mv	s1,s0
80001686:	4629                	li	a2,10
80001688:	4681                	li	a3,0
8000168a:	4c05                	li	s8,1
8000168c:	4529                	li	a0,10
8000168e:	00d5e663          	bltu	a1,a3,8000169a <__dtoa_engine+0x3b2>
80001692:	0ab69c63          	bne	a3,a1,8000174a <__dtoa_engine+0x462>
80001696:	0ac47a63          	bgeu	s0,a2,8000174a <__dtoa_engine+0x462>
8000169a:	cf15                	beqz	a4,800016d6 <__dtoa_engine+0x3ee>
8000169c:	038b5d63          	bge	s6,s8,800016d6 <__dtoa_engine+0x3ee>
800016a0:	47a2                	lw	a5,8(sp)
800016a2:	cf91                	beqz	a5,800016be <__dtoa_engine+0x3d6>
800016a4:	4732                	lw	a4,12(sp)
800016a6:	012c07b3          	add	a5,s8,s2
800016aa:	00f70b33          	add	s6,a4,a5
800016ae:	000b5363          	bgez	s6,800016b4 <__dtoa_engine+0x3cc>
800016b2:	4b01                	li	s6,0
800016b4:	016bd363          	bge	s7,s6,800016ba <__dtoa_engine+0x3d2>
800016b8:	8b5e                	mv	s6,s7
800016ba:	018b5e63          	bge	s6,s8,800016d6 <__dtoa_engine+0x3ee>
800016be:	00540513          	add	a0,s0,5
800016c2:	00853433          	sltu	s0,a0,s0
800016c6:	4629                	li	a2,10
800016c8:	4681                	li	a3,0
800016ca:	95a2                	add	a1,a1,s0
800016cc:	2185                	jal	80001b2c <__udivdi3>
800016ce:	84aa                	mv	s1,a0
800016d0:	8a2e                	mv	s4,a1
800016d2:	0905                	add	s2,s2,1
800016d4:	1c7d                	add	s8,s8,-1
800016d6:	87da                	mv	a5,s6
800016d8:	016c5363          	bge	s8,s6,800016de <__dtoa_engine+0x3f6>
800016dc:	87e2                	mv	a5,s8
800016de:	01079413          	sll	s0,a5,0x10
800016e2:	0942                	sll	s2,s2,0x10
800016e4:	8441                	sra	s0,s0,0x10
800016e6:	41095913          	sra	s2,s2,0x10
800016ea:	9922                	add	s2,s2,s0
800016ec:	008a8b33          	add	s6,s5,s0
800016f0:	197d                	add	s2,s2,-1
800016f2:	4b81                	li	s7,0
800016f4:	8c5a                	mv	s8,s6
800016f6:	1b7d                	add	s6,s6,-1
800016f8:	068bc263          	blt	s7,s0,8000175c <__dtoa_engine+0x474>
800016fc:	4782                	lw	a5,0(sp)
800016fe:	000c02a3          	sb	zero,5(s8)
80001702:	012aa023          	sw	s2,0(s5)
80001706:	00fa8223          	sb	a5,4(s5)
8000170a:	b135                	j	80001336 <__dtoa_engine+0x4e>
8000170c:	4705                	li	a4,1
8000170e:	f60c16e3          	bnez	s8,8000167a <__dtoa_engine+0x392>
80001712:	5742                	lw	a4,48(sp)
80001714:	00871563          	bne	a4,s0,8000171e <__dtoa_engine+0x436>
80001718:	5752                	lw	a4,52(sp)
8000171a:	00970c63          	beq	a4,s1,80001732 <__dtoa_engine+0x44a>
8000171e:	4705                	li	a4,1
80001720:	bfa9                	j	8000167a <__dtoa_engine+0x392>
80001722:	000c1d63          	bnez	s8,8000173c <__dtoa_engine+0x454>
80001726:	5742                	lw	a4,48(sp)
80001728:	00871a63          	bne	a4,s0,8000173c <__dtoa_engine+0x454>
8000172c:	5752                	lw	a4,52(sp)
8000172e:	00971763          	bne	a4,s1,8000173c <__dtoa_engine+0x454>
80001732:	4792                	lw	a5,4(sp)
80001734:	4705                	li	a4,1
80001736:	f3b1                	bnez	a5,8000167a <__dtoa_engine+0x392>
80001738:	f40d01e3          	beqz	s10,8000167a <__dtoa_engine+0x392>
8000173c:	005cb693          	sltiu	a3,s9,5
80001740:	0016c713          	xor	a4,a3,1
80001744:	bf1d                	j	8000167a <__dtoa_engine+0x392>
80001746:	4c91                	li	s9,4
80001748:	b7ed                	j	80001732 <__dtoa_engine+0x44a>
8000174a:	02d50833          	mul	a6,a0,a3
8000174e:	0c05                	add	s8,s8,1
80001750:	02c536b3          	mulhu	a3,a0,a2
80001754:	02c50633          	mul	a2,a0,a2
80001758:	96c2                	add	a3,a3,a6
8000175a:	bf15                	j	8000168e <__dtoa_engine+0x3a6>
8000175c:	4629                	li	a2,10
8000175e:	4681                	li	a3,0
80001760:	8526                	mv	a0,s1
80001762:	85d2                	mv	a1,s4
80001764:	271d                	jal	80001e8a <__umoddi3>
80001766:	03050513          	add	a0,a0,48
8000176a:	00ab02a3          	sb	a0,5(s6)
8000176e:	85d2                	mv	a1,s4
80001770:	8526                	mv	a0,s1
80001772:	4629                	li	a2,10
80001774:	4681                	li	a3,0
80001776:	2e5d                	jal	80001b2c <__udivdi3>
80001778:	84aa                	mv	s1,a0
8000177a:	8a2e                	mv	s4,a1
8000177c:	0b85                	add	s7,s7,1
8000177e:	bfa5                	j	800016f6 <__dtoa_engine+0x40e>

80001780 <__pow5Factor>:
80001780:	ccccd737          	lui	a4,0xccccd
80001784:	333336b7          	lui	a3,0x33333
80001788:	87aa                	mv	a5,a0
8000178a:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
8000178e:	4501                	li	a0,0
80001790:	ccc70713          	add	a4,a4,-820
80001794:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001798:	02c585b3          	mul	a1,a1,a2
8000179c:	02e78833          	mul	a6,a5,a4
800017a0:	982e                	add	a6,a6,a1
800017a2:	02c7b5b3          	mulhu	a1,a5,a2
800017a6:	95c2                	add	a1,a1,a6
800017a8:	02c787b3          	mul	a5,a5,a2
800017ac:	00b6e863          	bltu	a3,a1,800017bc <__pow5Factor+0x3c>
800017b0:	00d59463          	bne	a1,a3,800017b8 <__pow5Factor+0x38>
800017b4:	00f5e463          	bltu	a1,a5,800017bc <__pow5Factor+0x3c>
800017b8:	0505                	add	a0,a0,1
800017ba:	bff9                	j	80001798 <__pow5Factor+0x18>
800017bc:	8082                	ret

800017be <__double_computePow5>:
800017be:	1fd002ef          	jal	t0,800021ba <__riscv_save_10>
800017c2:	47e9                	li	a5,26
800017c4:	02f55b33          	divu	s6,a0,a5
800017c8:	800029b7          	lui	s3,0x80002
800017cc:	33098b93          	add	s7,s3,816 # 80002330 <DOUBLE_POW5_SPLIT2>
800017d0:	1101                	add	sp,sp,-32
800017d2:	892e                	mv	s2,a1
800017d4:	02f577b3          	remu	a5,a0,a5
800017d8:	004b1713          	sll	a4,s6,0x4
800017dc:	9bba                	add	s7,s7,a4
800017de:	e395                	bnez	a5,80001802 <__double_computePow5+0x44>
800017e0:	000ba703          	lw	a4,0(s7)
800017e4:	004ba783          	lw	a5,4(s7)
800017e8:	c198                	sw	a4,0(a1)
800017ea:	c1dc                	sw	a5,4(a1)
800017ec:	008ba503          	lw	a0,8(s7)
800017f0:	00cba583          	lw	a1,12(s7)
800017f4:	00a92423          	sw	a0,8(s2)
800017f8:	00b92623          	sw	a1,12(s2)
800017fc:	6105                	add	sp,sp,32
800017fe:	1f50006f          	j	800021f2 <__riscv_restore_10>
80001802:	33098993          	add	s3,s3,816
80001806:	078e                	sll	a5,a5,0x3
80001808:	97ce                	add	a5,a5,s3
8000180a:	0d07aa03          	lw	s4,208(a5)
8000180e:	0d47aa83          	lw	s5,212(a5)
80001812:	008ba603          	lw	a2,8(s7)
80001816:	00cba683          	lw	a3,12(s7)
8000181a:	0818                	add	a4,sp,16
8000181c:	85d6                	mv	a1,s5
8000181e:	842a                	mv	s0,a0
80001820:	8552                	mv	a0,s4
80001822:	22d9                	jal	800019e8 <__umul128>
80001824:	000ba603          	lw	a2,0(s7)
80001828:	004ba683          	lw	a3,4(s7)
8000182c:	84aa                	mv	s1,a0
8000182e:	8c2e                	mv	s8,a1
80001830:	0838                	add	a4,sp,24
80001832:	8552                	mv	a0,s4
80001834:	85d6                	mv	a1,s5
80001836:	2a4d                	jal	800019e8 <__umul128>
80001838:	47e2                	lw	a5,24(sp)
8000183a:	4772                	lw	a4,28(sp)
8000183c:	8aaa                	mv	s5,a0
8000183e:	94be                	add	s1,s1,a5
80001840:	00f4ba33          	sltu	s4,s1,a5
80001844:	9c3a                	add	s8,s8,a4
80001846:	9a62                	add	s4,s4,s8
80001848:	00ea6663          	bltu	s4,a4,80001854 <__double_computePow5+0x96>
8000184c:	01471d63          	bne	a4,s4,80001866 <__double_computePow5+0xa8>
80001850:	00f4fb63          	bgeu	s1,a5,80001866 <__double_computePow5+0xa8>
80001854:	47c2                	lw	a5,16(sp)
80001856:	46d2                	lw	a3,20(sp)
80001858:	00178713          	add	a4,a5,1
8000185c:	00f737b3          	sltu	a5,a4,a5
80001860:	97b6                	add	a5,a5,a3
80001862:	c83a                	sw	a4,16(sp)
80001864:	ca3e                	sw	a5,20(sp)
80001866:	8522                	mv	a0,s0
80001868:	c62e                	sw	a1,12(sp)
8000186a:	22b5                	jal	800019d6 <__pow5bits>
8000186c:	8baa                	mv	s7,a0
8000186e:	4569                	li	a0,26
80001870:	02ab0533          	mul	a0,s6,a0
80001874:	228d                	jal	800019d6 <__pow5bits>
80001876:	45b2                	lw	a1,12(sp)
80001878:	40ab8733          	sub	a4,s7,a0
8000187c:	8626                	mv	a2,s1
8000187e:	86d2                	mv	a3,s4
80001880:	8556                	mv	a0,s5
80001882:	c43a                	sw	a4,8(sp)
80001884:	2a45                	jal	80001a34 <__shiftright128>
80001886:	00445793          	srl	a5,s0,0x4
8000188a:	078a                	sll	a5,a5,0x2
8000188c:	99be                	add	s3,s3,a5
8000188e:	1a09a783          	lw	a5,416(s3)
80001892:	0406                	sll	s0,s0,0x1
80001894:	8879                	and	s0,s0,30
80001896:	0087d7b3          	srl	a5,a5,s0
8000189a:	8b8d                	and	a5,a5,3
8000189c:	953e                	add	a0,a0,a5
8000189e:	00f537b3          	sltu	a5,a0,a5
800018a2:	4722                	lw	a4,8(sp)
800018a4:	4642                	lw	a2,16(sp)
800018a6:	46d2                	lw	a3,20(sp)
800018a8:	97ae                	add	a5,a5,a1
800018aa:	00a92023          	sw	a0,0(s2)
800018ae:	00f92223          	sw	a5,4(s2)
800018b2:	8526                	mv	a0,s1
800018b4:	85d2                	mv	a1,s4
800018b6:	2abd                	jal	80001a34 <__shiftright128>
800018b8:	bf35                	j	800017f4 <__double_computePow5+0x36>

800018ba <__double_computeInvPow5>:
800018ba:	101002ef          	jal	t0,800021ba <__riscv_save_10>
800018be:	4b69                	li	s6,26
800018c0:	01950793          	add	a5,a0,25
800018c4:	0367d7b3          	divu	a5,a5,s6
800018c8:	80002ab7          	lui	s5,0x80002
800018cc:	330a8493          	add	s1,s5,816 # 80002330 <DOUBLE_POW5_SPLIT2>
800018d0:	1f848493          	add	s1,s1,504
800018d4:	1101                	add	sp,sp,-32
800018d6:	8a2e                	mv	s4,a1
800018d8:	03678b33          	mul	s6,a5,s6
800018dc:	0792                	sll	a5,a5,0x4
800018de:	94be                	add	s1,s1,a5
800018e0:	40ab0733          	sub	a4,s6,a0
800018e4:	00ab1f63          	bne	s6,a0,80001902 <__double_computeInvPow5+0x48>
800018e8:	4098                	lw	a4,0(s1)
800018ea:	40dc                	lw	a5,4(s1)
800018ec:	c198                	sw	a4,0(a1)
800018ee:	c1dc                	sw	a5,4(a1)
800018f0:	4488                	lw	a0,8(s1)
800018f2:	44cc                	lw	a1,12(s1)
800018f4:	00aa2423          	sw	a0,8(s4)
800018f8:	00ba2623          	sw	a1,12(s4)
800018fc:	6105                	add	sp,sp,32
800018fe:	0f50006f          	j	800021f2 <__riscv_restore_10>
80001902:	330a8a93          	add	s5,s5,816
80001906:	070e                	sll	a4,a4,0x3
80001908:	9756                	add	a4,a4,s5
8000190a:	0d072903          	lw	s2,208(a4)
8000190e:	0d472983          	lw	s3,212(a4)
80001912:	4490                	lw	a2,8(s1)
80001914:	44d4                	lw	a3,12(s1)
80001916:	0818                	add	a4,sp,16
80001918:	85ce                	mv	a1,s3
8000191a:	842a                	mv	s0,a0
8000191c:	854a                	mv	a0,s2
8000191e:	20e9                	jal	800019e8 <__umul128>
80001920:	4090                	lw	a2,0(s1)
80001922:	40d4                	lw	a3,4(s1)
80001924:	8c2a                	mv	s8,a0
80001926:	00163793          	seqz	a5,a2
8000192a:	8bae                	mv	s7,a1
8000192c:	0838                	add	a4,sp,24
8000192e:	8e9d                	sub	a3,a3,a5
80001930:	854a                	mv	a0,s2
80001932:	85ce                	mv	a1,s3
80001934:	167d                	add	a2,a2,-1
80001936:	284d                	jal	800019e8 <__umul128>
80001938:	47e2                	lw	a5,24(sp)
8000193a:	4772                	lw	a4,28(sp)
8000193c:	89aa                	mv	s3,a0
8000193e:	9c3e                	add	s8,s8,a5
80001940:	00fc3933          	sltu	s2,s8,a5
80001944:	9bba                	add	s7,s7,a4
80001946:	995e                	add	s2,s2,s7
80001948:	00e96663          	bltu	s2,a4,80001954 <__double_computeInvPow5+0x9a>
8000194c:	01271d63          	bne	a4,s2,80001966 <__double_computeInvPow5+0xac>
80001950:	00fc7b63          	bgeu	s8,a5,80001966 <__double_computeInvPow5+0xac>
80001954:	47c2                	lw	a5,16(sp)
80001956:	46d2                	lw	a3,20(sp)
80001958:	00178713          	add	a4,a5,1
8000195c:	00f737b3          	sltu	a5,a4,a5
80001960:	97b6                	add	a5,a5,a3
80001962:	c83a                	sw	a4,16(sp)
80001964:	ca3e                	sw	a5,20(sp)
80001966:	855a                	mv	a0,s6
80001968:	c62e                	sw	a1,12(sp)
8000196a:	20b5                	jal	800019d6 <__pow5bits>
8000196c:	8b2a                	mv	s6,a0
8000196e:	8522                	mv	a0,s0
80001970:	209d                	jal	800019d6 <__pow5bits>
80001972:	45b2                	lw	a1,12(sp)
80001974:	40ab0733          	sub	a4,s6,a0
80001978:	8662                	mv	a2,s8
8000197a:	86ca                	mv	a3,s2
8000197c:	854e                	mv	a0,s3
8000197e:	c43a                	sw	a4,8(sp)
80001980:	2855                	jal	80001a34 <__shiftright128>
80001982:	00445793          	srl	a5,s0,0x4
80001986:	078a                	sll	a5,a5,0x2
80001988:	9abe                	add	s5,s5,a5
8000198a:	2e8aa783          	lw	a5,744(s5)
8000198e:	0406                	sll	s0,s0,0x1
80001990:	8879                	and	s0,s0,30
80001992:	0087d7b3          	srl	a5,a5,s0
80001996:	8b8d                	and	a5,a5,3
80001998:	0785                	add	a5,a5,1
8000199a:	953e                	add	a0,a0,a5
8000199c:	00f537b3          	sltu	a5,a0,a5
800019a0:	4722                	lw	a4,8(sp)
800019a2:	4642                	lw	a2,16(sp)
800019a4:	46d2                	lw	a3,20(sp)
800019a6:	97ae                	add	a5,a5,a1
800019a8:	00aa2023          	sw	a0,0(s4)
800019ac:	00fa2223          	sw	a5,4(s4)
800019b0:	8562                	mv	a0,s8
800019b2:	85ca                	mv	a1,s2
800019b4:	2041                	jal	80001a34 <__shiftright128>
800019b6:	bf3d                	j	800018f4 <__double_computeInvPow5+0x3a>

800019b8 <__log10Pow2>:
800019b8:	67cd                	lui	a5,0x13
800019ba:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
800019be:	02f50533          	mul	a0,a0,a5
800019c2:	8149                	srl	a0,a0,0x12
800019c4:	8082                	ret

800019c6 <__log10Pow5>:
800019c6:	000b37b7          	lui	a5,0xb3
800019ca:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
800019ce:	02f50533          	mul	a0,a0,a5
800019d2:	8151                	srl	a0,a0,0x14
800019d4:	8082                	ret

800019d6 <__pow5bits>:
800019d6:	001297b7          	lui	a5,0x129
800019da:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
800019de:	02f50533          	mul	a0,a0,a5
800019e2:	814d                	srl	a0,a0,0x13
800019e4:	0505                	add	a0,a0,1
800019e6:	8082                	ret

800019e8 <__umul128>:
800019e8:	02c537b3          	mulhu	a5,a0,a2
800019ec:	832e                	mv	t1,a1
800019ee:	02c585b3          	mul	a1,a1,a2
800019f2:	02c33833          	mulhu	a6,t1,a2
800019f6:	95be                	add	a1,a1,a5
800019f8:	00f5b7b3          	sltu	a5,a1,a5
800019fc:	97c2                	add	a5,a5,a6
800019fe:	02a68833          	mul	a6,a3,a0
80001a02:	02a6b8b3          	mulhu	a7,a3,a0
80001a06:	95c2                	add	a1,a1,a6
80001a08:	0105b833          	sltu	a6,a1,a6
80001a0c:	98c2                	add	a7,a7,a6
80001a0e:	02d30833          	mul	a6,t1,a3
80001a12:	02d33333          	mulhu	t1,t1,a3
80001a16:	983e                	add	a6,a6,a5
80001a18:	011806b3          	add	a3,a6,a7
80001a1c:	00f837b3          	sltu	a5,a6,a5
80001a20:	0106b833          	sltu	a6,a3,a6
80001a24:	c314                	sw	a3,0(a4)
80001a26:	979a                	add	a5,a5,t1
80001a28:	983e                	add	a6,a6,a5
80001a2a:	02c50533          	mul	a0,a0,a2
80001a2e:	01072223          	sw	a6,4(a4)
80001a32:	8082                	ret

80001a34 <__shiftright128>:
80001a34:	794002ef          	jal	t0,800021c8 <__riscv_save_4>
80001a38:	8a2a                	mv	s4,a0
80001a3a:	8532                	mv	a0,a2
80001a3c:	04000613          	li	a2,64
80001a40:	8e19                	sub	a2,a2,a4
80001a42:	89ae                	mv	s3,a1
80001a44:	85b6                	mv	a1,a3
80001a46:	843a                	mv	s0,a4
80001a48:	2849                	jal	80001ada <__ashldi3>
80001a4a:	892a                	mv	s2,a0
80001a4c:	84ae                	mv	s1,a1
80001a4e:	8622                	mv	a2,s0
80001a50:	8552                	mv	a0,s4
80001a52:	85ce                	mv	a1,s3
80001a54:	28b9                	jal	80001ab2 <__lshrdi3>
80001a56:	00a96533          	or	a0,s2,a0
80001a5a:	8dc5                	or	a1,a1,s1
80001a5c:	a745                	j	800021fc <__riscv_restore_4>

80001a5e <__libc_fini_array>:
80001a5e:	784002ef          	jal	t0,800021e2 <__riscv_save_0>
80001a62:	800027b7          	lui	a5,0x80002
80001a66:	80002437          	lui	s0,0x80002
80001a6a:	77878713          	add	a4,a5,1912 # 80002778 <__fini_array_end>
80001a6e:	77840413          	add	s0,s0,1912 # 80002778 <__fini_array_end>
80001a72:	8c19                	sub	s0,s0,a4
80001a74:	8409                	sra	s0,s0,0x2
80001a76:	77878493          	add	s1,a5,1912
80001a7a:	e809                	bnez	s0,80001a8c <__libc_fini_array+0x2e>
80001a7c:	00000793          	li	a5,0
80001a80:	c789                	beqz	a5,80001a8a <__libc_fini_array+0x2c>
80001a82:	00000097          	auipc	ra,0x0
80001a86:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001a8a:	afb5                	j	80002206 <__riscv_restore_0>
80001a8c:	147d                	add	s0,s0,-1
80001a8e:	00241793          	sll	a5,s0,0x2
80001a92:	97a6                	add	a5,a5,s1
80001a94:	439c                	lw	a5,0(a5)
80001a96:	9782                	jalr	a5
80001a98:	b7cd                	j	80001a7a <__libc_fini_array+0x1c>

80001a9a <strnlen>:
80001a9a:	95aa                	add	a1,a1,a0
80001a9c:	87aa                	mv	a5,a0
80001a9e:	00b78563          	beq	a5,a1,80001aa8 <strnlen+0xe>
80001aa2:	0007c703          	lbu	a4,0(a5)
80001aa6:	e701                	bnez	a4,80001aae <strnlen+0x14>
80001aa8:	40a78533          	sub	a0,a5,a0
80001aac:	8082                	ret
80001aae:	0785                	add	a5,a5,1
80001ab0:	b7fd                	j	80001a9e <strnlen+0x4>

80001ab2 <__lshrdi3>:
80001ab2:	ca19                	beqz	a2,80001ac8 <__lshrdi3+0x16>
80001ab4:	02000793          	li	a5,32
80001ab8:	8f91                	sub	a5,a5,a2
80001aba:	00f04863          	bgtz	a5,80001aca <__lshrdi3+0x18>
80001abe:	1601                	add	a2,a2,-32
80001ac0:	00c5d533          	srl	a0,a1,a2
80001ac4:	4701                	li	a4,0
80001ac6:	85ba                	mv	a1,a4
80001ac8:	8082                	ret
80001aca:	00c5d733          	srl	a4,a1,a2
80001ace:	00c55533          	srl	a0,a0,a2
80001ad2:	00f595b3          	sll	a1,a1,a5
80001ad6:	8d4d                	or	a0,a0,a1
80001ad8:	b7fd                	j	80001ac6 <__lshrdi3+0x14>

80001ada <__ashldi3>:
80001ada:	ca19                	beqz	a2,80001af0 <__ashldi3+0x16>
80001adc:	02000793          	li	a5,32
80001ae0:	8f91                	sub	a5,a5,a2
80001ae2:	00f04863          	bgtz	a5,80001af2 <__ashldi3+0x18>
80001ae6:	1601                	add	a2,a2,-32
80001ae8:	00c515b3          	sll	a1,a0,a2
80001aec:	4701                	li	a4,0
80001aee:	853a                	mv	a0,a4
80001af0:	8082                	ret
80001af2:	00c51733          	sll	a4,a0,a2
80001af6:	00c595b3          	sll	a1,a1,a2
80001afa:	00f55533          	srl	a0,a0,a5
80001afe:	8dc9                	or	a1,a1,a0
80001b00:	b7fd                	j	80001aee <__ashldi3+0x14>

80001b02 <__ashrdi3>:
80001b02:	ce01                	beqz	a2,80001b1a <__ashrdi3+0x18>
80001b04:	02000793          	li	a5,32
80001b08:	8f91                	sub	a5,a5,a2
80001b0a:	00f04963          	bgtz	a5,80001b1c <__ashrdi3+0x1a>
80001b0e:	1601                	add	a2,a2,-32
80001b10:	41f5d713          	sra	a4,a1,0x1f
80001b14:	40c5d533          	sra	a0,a1,a2
80001b18:	85ba                	mv	a1,a4
80001b1a:	8082                	ret
80001b1c:	40c5d733          	sra	a4,a1,a2
80001b20:	00c55533          	srl	a0,a0,a2
80001b24:	00f595b3          	sll	a1,a1,a5
80001b28:	8d4d                	or	a0,a0,a1
80001b2a:	b7fd                	j	80001b18 <__ashrdi3+0x16>

80001b2c <__udivdi3>:
80001b2c:	88aa                	mv	a7,a0
80001b2e:	832e                	mv	t1,a1
80001b30:	8732                	mv	a4,a2
80001b32:	882a                	mv	a6,a0
80001b34:	87ae                	mv	a5,a1
80001b36:	20069663          	bnez	a3,80001d42 <__udivdi3+0x216>
80001b3a:	00001597          	auipc	a1,0x1
80001b3e:	b3258593          	add	a1,a1,-1230 # 8000266c <__clz_tab>
80001b42:	0cc37163          	bgeu	t1,a2,80001c04 <__udivdi3+0xd8>
80001b46:	66c1                	lui	a3,0x10
80001b48:	0ad67763          	bgeu	a2,a3,80001bf6 <__udivdi3+0xca>
80001b4c:	10063693          	sltiu	a3,a2,256
80001b50:	0016c693          	xor	a3,a3,1
80001b54:	068e                	sll	a3,a3,0x3
80001b56:	00d65533          	srl	a0,a2,a3
80001b5a:	95aa                	add	a1,a1,a0
80001b5c:	0005c583          	lbu	a1,0(a1)
80001b60:	02000513          	li	a0,32
80001b64:	96ae                	add	a3,a3,a1
80001b66:	40d505b3          	sub	a1,a0,a3
80001b6a:	00d50b63          	beq	a0,a3,80001b80 <__udivdi3+0x54>
80001b6e:	00b317b3          	sll	a5,t1,a1
80001b72:	00d8d6b3          	srl	a3,a7,a3
80001b76:	00b61733          	sll	a4,a2,a1
80001b7a:	8fd5                	or	a5,a5,a3
80001b7c:	00b89833          	sll	a6,a7,a1
80001b80:	01075593          	srl	a1,a4,0x10
80001b84:	02b7d333          	divu	t1,a5,a1
80001b88:	01071613          	sll	a2,a4,0x10
80001b8c:	8241                	srl	a2,a2,0x10
80001b8e:	02b7f7b3          	remu	a5,a5,a1
80001b92:	851a                	mv	a0,t1
80001b94:	026608b3          	mul	a7,a2,t1
80001b98:	01079693          	sll	a3,a5,0x10
80001b9c:	01085793          	srl	a5,a6,0x10
80001ba0:	8fd5                	or	a5,a5,a3
80001ba2:	0117fc63          	bgeu	a5,a7,80001bba <__udivdi3+0x8e>
80001ba6:	97ba                	add	a5,a5,a4
80001ba8:	fff30513          	add	a0,t1,-1
80001bac:	00e7e763          	bltu	a5,a4,80001bba <__udivdi3+0x8e>
80001bb0:	0117f563          	bgeu	a5,a7,80001bba <__udivdi3+0x8e>
80001bb4:	ffe30513          	add	a0,t1,-2
80001bb8:	97ba                	add	a5,a5,a4
80001bba:	411787b3          	sub	a5,a5,a7
80001bbe:	02b7d8b3          	divu	a7,a5,a1
80001bc2:	0842                	sll	a6,a6,0x10
80001bc4:	01085813          	srl	a6,a6,0x10
80001bc8:	02b7f7b3          	remu	a5,a5,a1
80001bcc:	031606b3          	mul	a3,a2,a7
80001bd0:	07c2                	sll	a5,a5,0x10
80001bd2:	00f86833          	or	a6,a6,a5
80001bd6:	87c6                	mv	a5,a7
80001bd8:	00d87b63          	bgeu	a6,a3,80001bee <__udivdi3+0xc2>
80001bdc:	983a                	add	a6,a6,a4
80001bde:	fff88793          	add	a5,a7,-1
80001be2:	00e86663          	bltu	a6,a4,80001bee <__udivdi3+0xc2>
80001be6:	00d87463          	bgeu	a6,a3,80001bee <__udivdi3+0xc2>
80001bea:	ffe88793          	add	a5,a7,-2
80001bee:	0542                	sll	a0,a0,0x10
80001bf0:	8d5d                	or	a0,a0,a5
80001bf2:	4581                	li	a1,0
80001bf4:	8082                	ret
80001bf6:	01000537          	lui	a0,0x1000
80001bfa:	46c1                	li	a3,16
80001bfc:	f4a66de3          	bltu	a2,a0,80001b56 <__udivdi3+0x2a>
80001c00:	46e1                	li	a3,24
80001c02:	bf91                	j	80001b56 <__udivdi3+0x2a>
80001c04:	4681                	li	a3,0
80001c06:	ca09                	beqz	a2,80001c18 <__udivdi3+0xec>
80001c08:	67c1                	lui	a5,0x10
80001c0a:	08f67f63          	bgeu	a2,a5,80001ca8 <__udivdi3+0x17c>
80001c0e:	10063693          	sltiu	a3,a2,256
80001c12:	0016c693          	xor	a3,a3,1
80001c16:	068e                	sll	a3,a3,0x3
80001c18:	00d657b3          	srl	a5,a2,a3
80001c1c:	95be                	add	a1,a1,a5
80001c1e:	0005c783          	lbu	a5,0(a1)
80001c22:	97b6                	add	a5,a5,a3
80001c24:	02000693          	li	a3,32
80001c28:	40f685b3          	sub	a1,a3,a5
80001c2c:	08f69563          	bne	a3,a5,80001cb6 <__udivdi3+0x18a>
80001c30:	40c307b3          	sub	a5,t1,a2
80001c34:	4585                	li	a1,1
80001c36:	01075893          	srl	a7,a4,0x10
80001c3a:	0317de33          	divu	t3,a5,a7
80001c3e:	01071613          	sll	a2,a4,0x10
80001c42:	8241                	srl	a2,a2,0x10
80001c44:	01085693          	srl	a3,a6,0x10
80001c48:	0317f7b3          	remu	a5,a5,a7
80001c4c:	8572                	mv	a0,t3
80001c4e:	03c60333          	mul	t1,a2,t3
80001c52:	07c2                	sll	a5,a5,0x10
80001c54:	8fd5                	or	a5,a5,a3
80001c56:	0067fc63          	bgeu	a5,t1,80001c6e <__udivdi3+0x142>
80001c5a:	97ba                	add	a5,a5,a4
80001c5c:	fffe0513          	add	a0,t3,-1
80001c60:	00e7e763          	bltu	a5,a4,80001c6e <__udivdi3+0x142>
80001c64:	0067f563          	bgeu	a5,t1,80001c6e <__udivdi3+0x142>
80001c68:	ffee0513          	add	a0,t3,-2
80001c6c:	97ba                	add	a5,a5,a4
80001c6e:	406787b3          	sub	a5,a5,t1
80001c72:	0317d333          	divu	t1,a5,a7
80001c76:	0842                	sll	a6,a6,0x10
80001c78:	01085813          	srl	a6,a6,0x10
80001c7c:	0317f7b3          	remu	a5,a5,a7
80001c80:	026606b3          	mul	a3,a2,t1
80001c84:	07c2                	sll	a5,a5,0x10
80001c86:	00f86833          	or	a6,a6,a5
80001c8a:	879a                	mv	a5,t1
80001c8c:	00d87b63          	bgeu	a6,a3,80001ca2 <__udivdi3+0x176>
80001c90:	983a                	add	a6,a6,a4
80001c92:	fff30793          	add	a5,t1,-1
80001c96:	00e86663          	bltu	a6,a4,80001ca2 <__udivdi3+0x176>
80001c9a:	00d87463          	bgeu	a6,a3,80001ca2 <__udivdi3+0x176>
80001c9e:	ffe30793          	add	a5,t1,-2
80001ca2:	0542                	sll	a0,a0,0x10
80001ca4:	8d5d                	or	a0,a0,a5
80001ca6:	8082                	ret
80001ca8:	010007b7          	lui	a5,0x1000
80001cac:	46c1                	li	a3,16
80001cae:	f6f665e3          	bltu	a2,a5,80001c18 <__udivdi3+0xec>
80001cb2:	46e1                	li	a3,24
80001cb4:	b795                	j	80001c18 <__udivdi3+0xec>
80001cb6:	00b61733          	sll	a4,a2,a1
80001cba:	00f356b3          	srl	a3,t1,a5
80001cbe:	01075513          	srl	a0,a4,0x10
80001cc2:	00b31333          	sll	t1,t1,a1
80001cc6:	00f8d7b3          	srl	a5,a7,a5
80001cca:	0067e7b3          	or	a5,a5,t1
80001cce:	02a6d333          	divu	t1,a3,a0
80001cd2:	01071613          	sll	a2,a4,0x10
80001cd6:	8241                	srl	a2,a2,0x10
80001cd8:	00b89833          	sll	a6,a7,a1
80001cdc:	02a6f6b3          	remu	a3,a3,a0
80001ce0:	026608b3          	mul	a7,a2,t1
80001ce4:	01069593          	sll	a1,a3,0x10
80001ce8:	0107d693          	srl	a3,a5,0x10
80001cec:	8ecd                	or	a3,a3,a1
80001cee:	859a                	mv	a1,t1
80001cf0:	0116fc63          	bgeu	a3,a7,80001d08 <__udivdi3+0x1dc>
80001cf4:	96ba                	add	a3,a3,a4
80001cf6:	fff30593          	add	a1,t1,-1
80001cfa:	00e6e763          	bltu	a3,a4,80001d08 <__udivdi3+0x1dc>
80001cfe:	0116f563          	bgeu	a3,a7,80001d08 <__udivdi3+0x1dc>
80001d02:	ffe30593          	add	a1,t1,-2
80001d06:	96ba                	add	a3,a3,a4
80001d08:	411686b3          	sub	a3,a3,a7
80001d0c:	02a6d8b3          	divu	a7,a3,a0
80001d10:	07c2                	sll	a5,a5,0x10
80001d12:	83c1                	srl	a5,a5,0x10
80001d14:	02a6f6b3          	remu	a3,a3,a0
80001d18:	03160633          	mul	a2,a2,a7
80001d1c:	06c2                	sll	a3,a3,0x10
80001d1e:	8fd5                	or	a5,a5,a3
80001d20:	86c6                	mv	a3,a7
80001d22:	00c7fc63          	bgeu	a5,a2,80001d3a <__udivdi3+0x20e>
80001d26:	97ba                	add	a5,a5,a4
80001d28:	fff88693          	add	a3,a7,-1
80001d2c:	00e7e763          	bltu	a5,a4,80001d3a <__udivdi3+0x20e>
80001d30:	00c7f563          	bgeu	a5,a2,80001d3a <__udivdi3+0x20e>
80001d34:	ffe88693          	add	a3,a7,-2
80001d38:	97ba                	add	a5,a5,a4
80001d3a:	05c2                	sll	a1,a1,0x10
80001d3c:	8f91                	sub	a5,a5,a2
80001d3e:	8dd5                	or	a1,a1,a3
80001d40:	bddd                	j	80001c36 <__udivdi3+0x10a>
80001d42:	14d5e163          	bltu	a1,a3,80001e84 <__udivdi3+0x358>
80001d46:	67c1                	lui	a5,0x10
80001d48:	02f6ff63          	bgeu	a3,a5,80001d86 <__udivdi3+0x25a>
80001d4c:	1006b713          	sltiu	a4,a3,256
80001d50:	00174713          	xor	a4,a4,1
80001d54:	070e                	sll	a4,a4,0x3
80001d56:	00e6d5b3          	srl	a1,a3,a4
80001d5a:	00001797          	auipc	a5,0x1
80001d5e:	91278793          	add	a5,a5,-1774 # 8000266c <__clz_tab>
80001d62:	97ae                	add	a5,a5,a1
80001d64:	0007c783          	lbu	a5,0(a5)
80001d68:	97ba                	add	a5,a5,a4
80001d6a:	02000713          	li	a4,32
80001d6e:	40f705b3          	sub	a1,a4,a5
80001d72:	02f71163          	bne	a4,a5,80001d94 <__udivdi3+0x268>
80001d76:	4505                	li	a0,1
80001d78:	e666eee3          	bltu	a3,t1,80001bf4 <__udivdi3+0xc8>
80001d7c:	00c8b533          	sltu	a0,a7,a2
80001d80:	00154513          	xor	a0,a0,1
80001d84:	8082                	ret
80001d86:	010007b7          	lui	a5,0x1000
80001d8a:	4741                	li	a4,16
80001d8c:	fcf6e5e3          	bltu	a3,a5,80001d56 <__udivdi3+0x22a>
80001d90:	4761                	li	a4,24
80001d92:	b7d1                	j	80001d56 <__udivdi3+0x22a>
80001d94:	00f65733          	srl	a4,a2,a5
80001d98:	00b696b3          	sll	a3,a3,a1
80001d9c:	8ed9                	or	a3,a3,a4
80001d9e:	00f35733          	srl	a4,t1,a5
80001da2:	00b31333          	sll	t1,t1,a1
80001da6:	00f8d7b3          	srl	a5,a7,a5
80001daa:	0067e7b3          	or	a5,a5,t1
80001dae:	0106d313          	srl	t1,a3,0x10
80001db2:	02675eb3          	divu	t4,a4,t1
80001db6:	01069813          	sll	a6,a3,0x10
80001dba:	01085813          	srl	a6,a6,0x10
80001dbe:	00b61633          	sll	a2,a2,a1
80001dc2:	02677733          	remu	a4,a4,t1
80001dc6:	03d80e33          	mul	t3,a6,t4
80001dca:	01071513          	sll	a0,a4,0x10
80001dce:	0107d713          	srl	a4,a5,0x10
80001dd2:	8f49                	or	a4,a4,a0
80001dd4:	8576                	mv	a0,t4
80001dd6:	01c77c63          	bgeu	a4,t3,80001dee <__udivdi3+0x2c2>
80001dda:	9736                	add	a4,a4,a3
80001ddc:	fffe8513          	add	a0,t4,-1
80001de0:	00d76763          	bltu	a4,a3,80001dee <__udivdi3+0x2c2>
80001de4:	01c77563          	bgeu	a4,t3,80001dee <__udivdi3+0x2c2>
80001de8:	ffee8513          	add	a0,t4,-2
80001dec:	9736                	add	a4,a4,a3
80001dee:	41c70733          	sub	a4,a4,t3
80001df2:	02675e33          	divu	t3,a4,t1
80001df6:	07c2                	sll	a5,a5,0x10
80001df8:	83c1                	srl	a5,a5,0x10
80001dfa:	02677733          	remu	a4,a4,t1
80001dfe:	03c80833          	mul	a6,a6,t3
80001e02:	0742                	sll	a4,a4,0x10
80001e04:	8fd9                	or	a5,a5,a4
80001e06:	8772                	mv	a4,t3
80001e08:	0107fc63          	bgeu	a5,a6,80001e20 <__udivdi3+0x2f4>
80001e0c:	97b6                	add	a5,a5,a3
80001e0e:	fffe0713          	add	a4,t3,-1
80001e12:	00d7e763          	bltu	a5,a3,80001e20 <__udivdi3+0x2f4>
80001e16:	0107f563          	bgeu	a5,a6,80001e20 <__udivdi3+0x2f4>
80001e1a:	ffee0713          	add	a4,t3,-2
80001e1e:	97b6                	add	a5,a5,a3
80001e20:	0542                	sll	a0,a0,0x10
80001e22:	6e41                	lui	t3,0x10
80001e24:	8d59                	or	a0,a0,a4
80001e26:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80001e2a:	00d57733          	and	a4,a0,a3
80001e2e:	410787b3          	sub	a5,a5,a6
80001e32:	8ef1                	and	a3,a3,a2
80001e34:	01055813          	srl	a6,a0,0x10
80001e38:	8241                	srl	a2,a2,0x10
80001e3a:	02d70333          	mul	t1,a4,a3
80001e3e:	02d806b3          	mul	a3,a6,a3
80001e42:	02c70733          	mul	a4,a4,a2
80001e46:	02c80833          	mul	a6,a6,a2
80001e4a:	00d70633          	add	a2,a4,a3
80001e4e:	01035713          	srl	a4,t1,0x10
80001e52:	9732                	add	a4,a4,a2
80001e54:	00d77363          	bgeu	a4,a3,80001e5a <__udivdi3+0x32e>
80001e58:	9872                	add	a6,a6,t3
80001e5a:	01075693          	srl	a3,a4,0x10
80001e5e:	96c2                	add	a3,a3,a6
80001e60:	02d7e063          	bltu	a5,a3,80001e80 <__udivdi3+0x354>
80001e64:	d8d797e3          	bne	a5,a3,80001bf2 <__udivdi3+0xc6>
80001e68:	67c1                	lui	a5,0x10
80001e6a:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
80001e6c:	8f7d                	and	a4,a4,a5
80001e6e:	0742                	sll	a4,a4,0x10
80001e70:	00f37333          	and	t1,t1,a5
80001e74:	00b898b3          	sll	a7,a7,a1
80001e78:	971a                	add	a4,a4,t1
80001e7a:	4581                	li	a1,0
80001e7c:	d6e8fce3          	bgeu	a7,a4,80001bf4 <__udivdi3+0xc8>
80001e80:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
80001e82:	bb85                	j	80001bf2 <__udivdi3+0xc6>
80001e84:	4581                	li	a1,0
80001e86:	4501                	li	a0,0
80001e88:	8082                	ret

80001e8a <__umoddi3>:
80001e8a:	8832                	mv	a6,a2
80001e8c:	87aa                	mv	a5,a0
80001e8e:	872e                	mv	a4,a1
80001e90:	1a069363          	bnez	a3,80002036 <__umoddi3+0x1ac>
80001e94:	00000897          	auipc	a7,0x0
80001e98:	7d888893          	add	a7,a7,2008 # 8000266c <__clz_tab>
80001e9c:	0ac5f663          	bgeu	a1,a2,80001f48 <__umoddi3+0xbe>
80001ea0:	66c1                	lui	a3,0x10
80001ea2:	08d67c63          	bgeu	a2,a3,80001f3a <__umoddi3+0xb0>
80001ea6:	10063693          	sltiu	a3,a2,256
80001eaa:	0016c693          	xor	a3,a3,1
80001eae:	068e                	sll	a3,a3,0x3
80001eb0:	00d65333          	srl	t1,a2,a3
80001eb4:	989a                	add	a7,a7,t1
80001eb6:	0008c883          	lbu	a7,0(a7)
80001eba:	02000313          	li	t1,32
80001ebe:	96c6                	add	a3,a3,a7
80001ec0:	40d308b3          	sub	a7,t1,a3
80001ec4:	00d30b63          	beq	t1,a3,80001eda <__umoddi3+0x50>
80001ec8:	01159733          	sll	a4,a1,a7
80001ecc:	00d556b3          	srl	a3,a0,a3
80001ed0:	01161833          	sll	a6,a2,a7
80001ed4:	8f55                	or	a4,a4,a3
80001ed6:	011517b3          	sll	a5,a0,a7
80001eda:	01085613          	srl	a2,a6,0x10
80001ede:	02c756b3          	divu	a3,a4,a2
80001ee2:	01081513          	sll	a0,a6,0x10
80001ee6:	8141                	srl	a0,a0,0x10
80001ee8:	02c77733          	remu	a4,a4,a2
80001eec:	02a686b3          	mul	a3,a3,a0
80001ef0:	01071593          	sll	a1,a4,0x10
80001ef4:	0107d713          	srl	a4,a5,0x10
80001ef8:	8f4d                	or	a4,a4,a1
80001efa:	00d77863          	bgeu	a4,a3,80001f0a <__umoddi3+0x80>
80001efe:	9742                	add	a4,a4,a6
80001f00:	01076563          	bltu	a4,a6,80001f0a <__umoddi3+0x80>
80001f04:	00d77363          	bgeu	a4,a3,80001f0a <__umoddi3+0x80>
80001f08:	9742                	add	a4,a4,a6
80001f0a:	8f15                	sub	a4,a4,a3
80001f0c:	02c756b3          	divu	a3,a4,a2
80001f10:	02c77733          	remu	a4,a4,a2
80001f14:	02a686b3          	mul	a3,a3,a0
80001f18:	07c2                	sll	a5,a5,0x10
80001f1a:	0742                	sll	a4,a4,0x10
80001f1c:	83c1                	srl	a5,a5,0x10
80001f1e:	8fd9                	or	a5,a5,a4
80001f20:	00d7f863          	bgeu	a5,a3,80001f30 <__umoddi3+0xa6>
80001f24:	97c2                	add	a5,a5,a6
80001f26:	0107e563          	bltu	a5,a6,80001f30 <__umoddi3+0xa6>
80001f2a:	00d7f363          	bgeu	a5,a3,80001f30 <__umoddi3+0xa6>
80001f2e:	97c2                	add	a5,a5,a6
80001f30:	8f95                	sub	a5,a5,a3
80001f32:	0117d533          	srl	a0,a5,a7
80001f36:	4581                	li	a1,0
80001f38:	8082                	ret
80001f3a:	01000337          	lui	t1,0x1000
80001f3e:	46c1                	li	a3,16
80001f40:	f66668e3          	bltu	a2,t1,80001eb0 <__umoddi3+0x26>
80001f44:	46e1                	li	a3,24
80001f46:	b7ad                	j	80001eb0 <__umoddi3+0x26>
80001f48:	4681                	li	a3,0
80001f4a:	ca09                	beqz	a2,80001f5c <__umoddi3+0xd2>
80001f4c:	6741                	lui	a4,0x10
80001f4e:	06e67463          	bgeu	a2,a4,80001fb6 <__umoddi3+0x12c>
80001f52:	10063693          	sltiu	a3,a2,256
80001f56:	0016c693          	xor	a3,a3,1
80001f5a:	068e                	sll	a3,a3,0x3
80001f5c:	00d65733          	srl	a4,a2,a3
80001f60:	98ba                	add	a7,a7,a4
80001f62:	0008c703          	lbu	a4,0(a7)
80001f66:	9736                	add	a4,a4,a3
80001f68:	02000693          	li	a3,32
80001f6c:	40e688b3          	sub	a7,a3,a4
80001f70:	04e69a63          	bne	a3,a4,80001fc4 <__umoddi3+0x13a>
80001f74:	40c58733          	sub	a4,a1,a2
80001f78:	01085593          	srl	a1,a6,0x10
80001f7c:	02b75633          	divu	a2,a4,a1
80001f80:	01081513          	sll	a0,a6,0x10
80001f84:	8141                	srl	a0,a0,0x10
80001f86:	0107d693          	srl	a3,a5,0x10
80001f8a:	02b77733          	remu	a4,a4,a1
80001f8e:	02a60633          	mul	a2,a2,a0
80001f92:	0742                	sll	a4,a4,0x10
80001f94:	8f55                	or	a4,a4,a3
80001f96:	00c77863          	bgeu	a4,a2,80001fa6 <__umoddi3+0x11c>
80001f9a:	9742                	add	a4,a4,a6
80001f9c:	01076563          	bltu	a4,a6,80001fa6 <__umoddi3+0x11c>
80001fa0:	00c77363          	bgeu	a4,a2,80001fa6 <__umoddi3+0x11c>
80001fa4:	9742                	add	a4,a4,a6
80001fa6:	8f11                	sub	a4,a4,a2
80001fa8:	02b756b3          	divu	a3,a4,a1
80001fac:	02b77733          	remu	a4,a4,a1
80001fb0:	02a686b3          	mul	a3,a3,a0
80001fb4:	b795                	j	80001f18 <__umoddi3+0x8e>
80001fb6:	01000737          	lui	a4,0x1000
80001fba:	46c1                	li	a3,16
80001fbc:	fae660e3          	bltu	a2,a4,80001f5c <__umoddi3+0xd2>
80001fc0:	46e1                	li	a3,24
80001fc2:	bf69                	j	80001f5c <__umoddi3+0xd2>
80001fc4:	01161833          	sll	a6,a2,a7
80001fc8:	00e5d6b3          	srl	a3,a1,a4
80001fcc:	011517b3          	sll	a5,a0,a7
80001fd0:	011595b3          	sll	a1,a1,a7
80001fd4:	00e55733          	srl	a4,a0,a4
80001fd8:	01085513          	srl	a0,a6,0x10
80001fdc:	8f4d                	or	a4,a4,a1
80001fde:	02a6d5b3          	divu	a1,a3,a0
80001fe2:	01081313          	sll	t1,a6,0x10
80001fe6:	01035313          	srl	t1,t1,0x10
80001fea:	02a6f6b3          	remu	a3,a3,a0
80001fee:	026585b3          	mul	a1,a1,t1
80001ff2:	01069613          	sll	a2,a3,0x10
80001ff6:	01075693          	srl	a3,a4,0x10
80001ffa:	8ed1                	or	a3,a3,a2
80001ffc:	00b6f863          	bgeu	a3,a1,8000200c <__umoddi3+0x182>
80002000:	96c2                	add	a3,a3,a6
80002002:	0106e563          	bltu	a3,a6,8000200c <__umoddi3+0x182>
80002006:	00b6f363          	bgeu	a3,a1,8000200c <__umoddi3+0x182>
8000200a:	96c2                	add	a3,a3,a6
8000200c:	8e8d                	sub	a3,a3,a1
8000200e:	02a6d633          	divu	a2,a3,a0
80002012:	0742                	sll	a4,a4,0x10
80002014:	8341                	srl	a4,a4,0x10
80002016:	02a6f6b3          	remu	a3,a3,a0
8000201a:	02660633          	mul	a2,a2,t1
8000201e:	06c2                	sll	a3,a3,0x10
80002020:	8f55                	or	a4,a4,a3
80002022:	00c77863          	bgeu	a4,a2,80002032 <__umoddi3+0x1a8>
80002026:	9742                	add	a4,a4,a6
80002028:	01076563          	bltu	a4,a6,80002032 <__umoddi3+0x1a8>
8000202c:	00c77363          	bgeu	a4,a2,80002032 <__umoddi3+0x1a8>
80002030:	9742                	add	a4,a4,a6
80002032:	8f11                	sub	a4,a4,a2
80002034:	b791                	j	80001f78 <__umoddi3+0xee>
80002036:	16d5ed63          	bltu	a1,a3,800021b0 <__umoddi3+0x326>
8000203a:	6841                	lui	a6,0x10
8000203c:	0506f763          	bgeu	a3,a6,8000208a <__umoddi3+0x200>
80002040:	1006b813          	sltiu	a6,a3,256
80002044:	00184813          	xor	a6,a6,1
80002048:	080e                	sll	a6,a6,0x3
8000204a:	0106d333          	srl	t1,a3,a6
8000204e:	00000897          	auipc	a7,0x0
80002052:	61e88893          	add	a7,a7,1566 # 8000266c <__clz_tab>
80002056:	989a                	add	a7,a7,t1
80002058:	0008c883          	lbu	a7,0(a7)
8000205c:	02000313          	li	t1,32
80002060:	98c2                	add	a7,a7,a6
80002062:	41130833          	sub	a6,t1,a7
80002066:	03131963          	bne	t1,a7,80002098 <__umoddi3+0x20e>
8000206a:	00b6e463          	bltu	a3,a1,80002072 <__umoddi3+0x1e8>
8000206e:	00c56b63          	bltu	a0,a2,80002084 <__umoddi3+0x1fa>
80002072:	40c50633          	sub	a2,a0,a2
80002076:	40d586b3          	sub	a3,a1,a3
8000207a:	00c53733          	sltu	a4,a0,a2
8000207e:	87b2                	mv	a5,a2
80002080:	40e68733          	sub	a4,a3,a4
80002084:	853e                	mv	a0,a5
80002086:	85ba                	mv	a1,a4
80002088:	8082                	ret
8000208a:	010008b7          	lui	a7,0x1000
8000208e:	4841                	li	a6,16
80002090:	fb16ede3          	bltu	a3,a7,8000204a <__umoddi3+0x1c0>
80002094:	4861                	li	a6,24
80002096:	bf55                	j	8000204a <__umoddi3+0x1c0>
80002098:	011657b3          	srl	a5,a2,a7
8000209c:	010696b3          	sll	a3,a3,a6
800020a0:	8edd                	or	a3,a3,a5
800020a2:	0115d733          	srl	a4,a1,a7
800020a6:	0106de13          	srl	t3,a3,0x10
800020aa:	03c75f33          	divu	t5,a4,t3
800020ae:	01069313          	sll	t1,a3,0x10
800020b2:	01035313          	srl	t1,t1,0x10
800020b6:	010597b3          	sll	a5,a1,a6
800020ba:	011555b3          	srl	a1,a0,a7
800020be:	8ddd                	or	a1,a1,a5
800020c0:	0105d793          	srl	a5,a1,0x10
800020c4:	01061633          	sll	a2,a2,a6
800020c8:	01051533          	sll	a0,a0,a6
800020cc:	03c77733          	remu	a4,a4,t3
800020d0:	03e30eb3          	mul	t4,t1,t5
800020d4:	0742                	sll	a4,a4,0x10
800020d6:	8fd9                	or	a5,a5,a4
800020d8:	877a                	mv	a4,t5
800020da:	01d7fc63          	bgeu	a5,t4,800020f2 <__umoddi3+0x268>
800020de:	97b6                	add	a5,a5,a3
800020e0:	ffff0713          	add	a4,t5,-1
800020e4:	00d7e763          	bltu	a5,a3,800020f2 <__umoddi3+0x268>
800020e8:	01d7f563          	bgeu	a5,t4,800020f2 <__umoddi3+0x268>
800020ec:	ffef0713          	add	a4,t5,-2
800020f0:	97b6                	add	a5,a5,a3
800020f2:	41d787b3          	sub	a5,a5,t4
800020f6:	03c7deb3          	divu	t4,a5,t3
800020fa:	05c2                	sll	a1,a1,0x10
800020fc:	81c1                	srl	a1,a1,0x10
800020fe:	03c7f7b3          	remu	a5,a5,t3
80002102:	8e76                	mv	t3,t4
80002104:	03d30333          	mul	t1,t1,t4
80002108:	07c2                	sll	a5,a5,0x10
8000210a:	8ddd                	or	a1,a1,a5
8000210c:	0065fc63          	bgeu	a1,t1,80002124 <__umoddi3+0x29a>
80002110:	95b6                	add	a1,a1,a3
80002112:	fffe8e13          	add	t3,t4,-1
80002116:	00d5e763          	bltu	a1,a3,80002124 <__umoddi3+0x29a>
8000211a:	0065f563          	bgeu	a1,t1,80002124 <__umoddi3+0x29a>
8000211e:	ffee8e13          	add	t3,t4,-2
80002122:	95b6                	add	a1,a1,a3
80002124:	01071793          	sll	a5,a4,0x10
80002128:	6f41                	lui	t5,0x10
8000212a:	01c7e7b3          	or	a5,a5,t3
8000212e:	406585b3          	sub	a1,a1,t1
80002132:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
80002136:	0067f733          	and	a4,a5,t1
8000213a:	01065e13          	srl	t3,a2,0x10
8000213e:	83c1                	srl	a5,a5,0x10
80002140:	00667333          	and	t1,a2,t1
80002144:	02670eb3          	mul	t4,a4,t1
80002148:	02678333          	mul	t1,a5,t1
8000214c:	03c70733          	mul	a4,a4,t3
80002150:	03c787b3          	mul	a5,a5,t3
80002154:	00670e33          	add	t3,a4,t1
80002158:	010ed713          	srl	a4,t4,0x10
8000215c:	9772                	add	a4,a4,t3
8000215e:	00677363          	bgeu	a4,t1,80002164 <__umoddi3+0x2da>
80002162:	97fa                	add	a5,a5,t5
80002164:	01075313          	srl	t1,a4,0x10
80002168:	979a                	add	a5,a5,t1
8000216a:	6341                	lui	t1,0x10
8000216c:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
8000216e:	00677733          	and	a4,a4,t1
80002172:	0742                	sll	a4,a4,0x10
80002174:	006efeb3          	and	t4,t4,t1
80002178:	9776                	add	a4,a4,t4
8000217a:	00f5e663          	bltu	a1,a5,80002186 <__umoddi3+0x2fc>
8000217e:	00f59b63          	bne	a1,a5,80002194 <__umoddi3+0x30a>
80002182:	00e57963          	bgeu	a0,a4,80002194 <__umoddi3+0x30a>
80002186:	40c70633          	sub	a2,a4,a2
8000218a:	00c73333          	sltu	t1,a4,a2
8000218e:	969a                	add	a3,a3,t1
80002190:	8732                	mv	a4,a2
80002192:	8f95                	sub	a5,a5,a3
80002194:	40e50733          	sub	a4,a0,a4
80002198:	00e53533          	sltu	a0,a0,a4
8000219c:	8d9d                	sub	a1,a1,a5
8000219e:	8d89                	sub	a1,a1,a0
800021a0:	011598b3          	sll	a7,a1,a7
800021a4:	01075733          	srl	a4,a4,a6
800021a8:	00e8e533          	or	a0,a7,a4
800021ac:	0105d5b3          	srl	a1,a1,a6
800021b0:	8082                	ret

800021b2 <__riscv_save_12>:
800021b2:	7139                	add	sp,sp,-64
800021b4:	4301                	li	t1,0
800021b6:	c66e                	sw	s11,12(sp)
800021b8:	a019                	j	800021be <__riscv_save_10+0x4>

800021ba <__riscv_save_10>:
800021ba:	7139                	add	sp,sp,-64
800021bc:	5341                	li	t1,-16
800021be:	c86a                	sw	s10,16(sp)
800021c0:	ca66                	sw	s9,20(sp)
800021c2:	cc62                	sw	s8,24(sp)
800021c4:	ce5e                	sw	s7,28(sp)
800021c6:	a019                	j	800021cc <__riscv_save_4+0x4>

800021c8 <__riscv_save_4>:
800021c8:	7139                	add	sp,sp,-64
800021ca:	5301                	li	t1,-32
800021cc:	d05a                	sw	s6,32(sp)
800021ce:	d256                	sw	s5,36(sp)
800021d0:	d452                	sw	s4,40(sp)
800021d2:	d64e                	sw	s3,44(sp)
800021d4:	d84a                	sw	s2,48(sp)
800021d6:	da26                	sw	s1,52(sp)
800021d8:	dc22                	sw	s0,56(sp)
800021da:	de06                	sw	ra,60(sp)
800021dc:	40610133          	sub	sp,sp,t1
800021e0:	8282                	jr	t0

800021e2 <__riscv_save_0>:
800021e2:	1141                	add	sp,sp,-16
800021e4:	c04a                	sw	s2,0(sp)
800021e6:	c226                	sw	s1,4(sp)
800021e8:	c422                	sw	s0,8(sp)
800021ea:	c606                	sw	ra,12(sp)
800021ec:	8282                	jr	t0

800021ee <__riscv_restore_12>:
800021ee:	4db2                	lw	s11,12(sp)
800021f0:	0141                	add	sp,sp,16

800021f2 <__riscv_restore_10>:
800021f2:	4d02                	lw	s10,0(sp)
800021f4:	4c92                	lw	s9,4(sp)
800021f6:	4c22                	lw	s8,8(sp)
800021f8:	4bb2                	lw	s7,12(sp)
800021fa:	0141                	add	sp,sp,16

800021fc <__riscv_restore_4>:
800021fc:	4b02                	lw	s6,0(sp)
800021fe:	4a92                	lw	s5,4(sp)
80002200:	4a22                	lw	s4,8(sp)
80002202:	49b2                	lw	s3,12(sp)
80002204:	0141                	add	sp,sp,16

80002206 <__riscv_restore_0>:
80002206:	4902                	lw	s2,0(sp)
80002208:	4492                	lw	s1,4(sp)
8000220a:	4422                	lw	s0,8(sp)
8000220c:	40b2                	lw	ra,12(sp)
8000220e:	0141                	add	sp,sp,16
80002210:	8082                	ret
