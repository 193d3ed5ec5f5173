
build/arith.elf:     file format elf32-littleriscv


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
80000038:	19c28293          	add	t0,t0,412 # 800001d0 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	24e1                	jal	80000308 <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	261d                	jal	8000036e <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	7179                	add	sp,sp,-48
8000004e:	d422                	sw	s0,40(sp)
80000050:	80002537          	lui	a0,0x80002
80000054:	80002437          	lui	s0,0x80002
80000058:	03400593          	li	a1,52
8000005c:	2d050513          	add	a0,a0,720 # 800022d0 <__text_end+0x2>
80000060:	3f440413          	add	s0,s0,1012 # 800023f4 <cases>
80000064:	cc52                	sw	s4,24(sp)
80000066:	ca56                	sw	s5,20(sp)
80000068:	c85a                	sw	s6,16(sp)
8000006a:	c65e                	sw	s7,12(sp)
8000006c:	c462                	sw	s8,8(sp)
8000006e:	d606                	sw	ra,44(sp)
80000070:	d226                	sw	s1,36(sp)
80000072:	d04a                	sw	s2,32(sp)
80000074:	ce4e                	sw	s3,28(sp)
80000076:	41040c13          	add	s8,s0,1040
8000007a:	2e09                	jal	8000038c <printf>
8000007c:	4a01                	li	s4,0
8000007e:	80002bb7          	lui	s7,0x80002
80000082:	80002b37          	lui	s6,0x80002
80000086:	80002ab7          	lui	s5,0x80002
8000008a:	00842903          	lw	s2,8(s0)
8000008e:	00c42983          	lw	s3,12(s0)
80000092:	405c                	lw	a5,4(s0)
80000094:	854a                	mv	a0,s2
80000096:	85ce                	mv	a1,s3
80000098:	9782                	jalr	a5
8000009a:	400c                	lw	a1,0(s0)
8000009c:	872a                	mv	a4,a0
8000009e:	84aa                	mv	s1,a0
800000a0:	86ce                	mv	a3,s3
800000a2:	864a                	mv	a2,s2
800000a4:	2e4b8513          	add	a0,s7,740 # 800022e4 <__text_end+0x16>
800000a8:	24d5                	jal	8000038c <printf>
800000aa:	480c                	lw	a1,16(s0)
800000ac:	300a8513          	add	a0,s5,768 # 80002300 <__text_end+0x32>
800000b0:	0451                	add	s0,s0,20
800000b2:	00958463          	beq	a1,s1,800000ba <main+0x6e>
800000b6:	2cd9                	jal	8000038c <printf>
800000b8:	0a05                	add	s4,s4,1
800000ba:	310b0513          	add	a0,s6,784 # 80002310 <__text_end+0x42>
800000be:	24f9                	jal	8000038c <printf>
800000c0:	fd8415e3          	bne	s0,s8,8000008a <main+0x3e>
800000c4:	80003737          	lui	a4,0x80003
800000c8:	d2470713          	add	a4,a4,-732 # 80002d24 <load_bytes>
800000cc:	00070483          	lb	s1,0(a4)
800000d0:	00074903          	lbu	s2,0(a4)
800000d4:	00271983          	lh	s3,2(a4)
800000d8:	00275403          	lhu	s0,2(a4)
800000dc:	80002537          	lui	a0,0x80002
800000e0:	8722                	mv	a4,s0
800000e2:	86ce                	mv	a3,s3
800000e4:	864a                	mv	a2,s2
800000e6:	85a6                	mv	a1,s1
800000e8:	31450513          	add	a0,a0,788 # 80002314 <__text_end+0x46>
800000ec:	2445                	jal	8000038c <printf>
800000ee:	f8000793          	li	a5,-128
800000f2:	02f48c63          	beq	s1,a5,8000012a <main+0xde>
800000f6:	80002537          	lui	a0,0x80002
800000fa:	33c50513          	add	a0,a0,828 # 8000233c <__text_end+0x6e>
800000fe:	2479                	jal	8000038c <printf>
80000100:	0a05                	add	s4,s4,1
80000102:	80002537          	lui	a0,0x80002
80000106:	85d2                	mv	a1,s4
80000108:	34850513          	add	a0,a0,840 # 80002348 <__text_end+0x7a>
8000010c:	2441                	jal	8000038c <printf>
8000010e:	4a05                	li	s4,1
80000110:	50b2                	lw	ra,44(sp)
80000112:	5422                	lw	s0,40(sp)
80000114:	5492                	lw	s1,36(sp)
80000116:	5902                	lw	s2,32(sp)
80000118:	49f2                	lw	s3,28(sp)
8000011a:	4ad2                	lw	s5,20(sp)
8000011c:	4b42                	lw	s6,16(sp)
8000011e:	4bb2                	lw	s7,12(sp)
80000120:	4c22                	lw	s8,8(sp)
80000122:	8552                	mv	a0,s4
80000124:	4a62                	lw	s4,24(sp)
80000126:	6145                	add	sp,sp,48
80000128:	8082                	ret
8000012a:	08000793          	li	a5,128
8000012e:	fcf914e3          	bne	s2,a5,800000f6 <main+0xaa>
80000132:	77e1                	lui	a5,0xffff8
80000134:	0ff78793          	add	a5,a5,255 # ffff80ff <__stack_top+0x7eff80ff>
80000138:	faf99fe3          	bne	s3,a5,800000f6 <main+0xaa>
8000013c:	67a1                	lui	a5,0x8
8000013e:	0ff78793          	add	a5,a5,255 # 80ff <__stack_size-0x7f01>
80000142:	faf41ae3          	bne	s0,a5,800000f6 <main+0xaa>
80000146:	fa0a1ee3          	bnez	s4,80000102 <main+0xb6>
8000014a:	80002537          	lui	a0,0x80002
8000014e:	35c50513          	add	a0,a0,860 # 8000235c <__text_end+0x8e>
80000152:	2c2d                	jal	8000038c <printf>
80000154:	bf75                	j	80000110 <main+0xc4>

80000156 <op_add>:
80000156:	952e                	add	a0,a0,a1
80000158:	8082                	ret

8000015a <op_sub>:
8000015a:	8d0d                	sub	a0,a0,a1
8000015c:	8082                	ret

8000015e <op_sll>:
8000015e:	00b51533          	sll	a0,a0,a1
80000162:	8082                	ret

80000164 <op_srl>:
80000164:	00b55533          	srl	a0,a0,a1
80000168:	8082                	ret

8000016a <op_sra>:
8000016a:	40b55533          	sra	a0,a0,a1
8000016e:	8082                	ret

80000170 <op_slt>:
80000170:	00b52533          	slt	a0,a0,a1
80000174:	8082                	ret

80000176 <op_sltu>:
80000176:	00b53533          	sltu	a0,a0,a1
8000017a:	8082                	ret

8000017c <op_mul>:
8000017c:	02b50533          	mul	a0,a0,a1
80000180:	8082                	ret

80000182 <op_mulh>:
80000182:	02b51533          	mulh	a0,a0,a1
80000186:	8082                	ret

80000188 <op_mulhsu>:
80000188:	02b52533          	mulhsu	a0,a0,a1
8000018c:	8082                	ret

8000018e <op_mulhu>:
8000018e:	02b53533          	mulhu	a0,a0,a1
80000192:	8082                	ret

80000194 <op_div>:
80000194:	02b54533          	div	a0,a0,a1
80000198:	8082                	ret

8000019a <op_divu>:
8000019a:	02b55533          	divu	a0,a0,a1
8000019e:	8082                	ret

800001a0 <op_rem>:
800001a0:	02b56533          	rem	a0,a0,a1
800001a4:	8082                	ret

800001a6 <op_remu>:
800001a6:	02b57533          	remu	a0,a0,a1
800001aa:	8082                	ret

800001ac <op_slli_31>:
800001ac:	057e                	sll	a0,a0,0x1f
800001ae:	8082                	ret

800001b0 <op_srli_31>:
800001b0:	817d                	srl	a0,a0,0x1f
800001b2:	8082                	ret

800001b4 <op_srai_31>:
800001b4:	857d                	sra	a0,a0,0x1f
800001b6:	8082                	ret

800001b8 <op_slti_m1>:
800001b8:	fff52513          	slti	a0,a0,-1
800001bc:	8082                	ret

800001be <op_sltiu_m1>:
800001be:	fff53513          	sltiu	a0,a0,-1
800001c2:	8082                	ret

800001c4 <op_addi_m2048>:
800001c4:	80050513          	add	a0,a0,-2048
800001c8:	8082                	ret

800001ca <op_xori_m1>:
800001ca:	fff54513          	not	a0,a0
800001ce:	8082                	ret

800001d0 <bare_default_trap>:
800001d0:	01000117          	auipc	sp,0x1000
800001d4:	e3010113          	add	sp,sp,-464 # 81000000 <__stack_top>
800001d8:	34202573          	csrr	a0,mcause
800001dc:	341025f3          	csrr	a1,mepc
800001e0:	34302673          	csrr	a2,mtval
800001e4:	287d                	jal	800002a2 <bare_unexpected_trap>
800001e6:	a001                	j	800001e6 <bare_default_trap+0x16>

800001e8 <uart_stdio_put>:
800001e8:	10000737          	lui	a4,0x10000
800001ec:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800001f0:	0207f793          	and	a5,a5,32
800001f4:	dfe5                	beqz	a5,800001ec <uart_stdio_put+0x4>
800001f6:	00a70023          	sb	a0,0(a4)
800001fa:	8082                	ret

800001fc <bare_puts>:
800001fc:	00054683          	lbu	a3,0(a0)
80000200:	ce91                	beqz	a3,8000021c <bare_puts+0x20>
80000202:	10000737          	lui	a4,0x10000
80000206:	0505                	add	a0,a0,1
80000208:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
8000020c:	0207f793          	and	a5,a5,32
80000210:	dfe5                	beqz	a5,80000208 <bare_puts+0xc>
80000212:	00d70023          	sb	a3,0(a4)
80000216:	00054683          	lbu	a3,0(a0)
8000021a:	f6f5                	bnez	a3,80000206 <bare_puts+0xa>
8000021c:	8082                	ret

8000021e <bare_put_hex>:
8000021e:	800036b7          	lui	a3,0x80003
80000222:	03000613          	li	a2,48
80000226:	80468693          	add	a3,a3,-2044 # 80002804 <cases+0x410>
8000022a:	10000737          	lui	a4,0x10000
8000022e:	0685                	add	a3,a3,1
80000230:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000234:	0207f793          	and	a5,a5,32
80000238:	dfe5                	beqz	a5,80000230 <bare_put_hex+0x12>
8000023a:	00c70023          	sb	a2,0(a4)
8000023e:	0006c603          	lbu	a2,0(a3)
80000242:	f675                	bnez	a2,8000022e <bare_put_hex+0x10>
80000244:	800035b7          	lui	a1,0x80003
80000248:	46f1                	li	a3,28
8000024a:	80858593          	add	a1,a1,-2040 # 80002808 <cases+0x414>
8000024e:	10000737          	lui	a4,0x10000
80000252:	5871                	li	a6,-4
80000254:	00d557b3          	srl	a5,a0,a3
80000258:	8bbd                	and	a5,a5,15
8000025a:	97ae                	add	a5,a5,a1
8000025c:	0007c603          	lbu	a2,0(a5)
80000260:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000264:	0207f793          	and	a5,a5,32
80000268:	dfe5                	beqz	a5,80000260 <bare_put_hex+0x42>
8000026a:	00c70023          	sb	a2,0(a4)
8000026e:	16f1                	add	a3,a3,-4
80000270:	ff0692e3          	bne	a3,a6,80000254 <bare_put_hex+0x36>
80000274:	8082                	ret

80000276 <bare_exit>:
80000276:	cd19                	beqz	a0,80000294 <bare_exit+0x1e>
80000278:	670d                	lui	a4,0x3
8000027a:	01051793          	sll	a5,a0,0x10
8000027e:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
80000282:	8fd9                	or	a5,a5,a4
80000284:	00100737          	lui	a4,0x100
80000288:	c31c                	sw	a5,0(a4)
8000028a:	10500073          	wfi
8000028e:	10500073          	wfi
80000292:	bfe5                	j	8000028a <bare_exit+0x14>
80000294:	6795                	lui	a5,0x5
80000296:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
8000029a:	b7ed                	j	80000284 <bare_exit+0xe>

8000029c <_exit>:
8000029c:	1141                	add	sp,sp,-16
8000029e:	c606                	sw	ra,12(sp)
800002a0:	3fd9                	jal	80000276 <bare_exit>

800002a2 <bare_unexpected_trap>:
800002a2:	1141                	add	sp,sp,-16
800002a4:	c04a                	sw	s2,0(sp)
800002a6:	892a                	mv	s2,a0
800002a8:	80003537          	lui	a0,0x80003
800002ac:	81c50513          	add	a0,a0,-2020 # 8000281c <cases+0x428>
800002b0:	c606                	sw	ra,12(sp)
800002b2:	c422                	sw	s0,8(sp)
800002b4:	c226                	sw	s1,4(sp)
800002b6:	8432                	mv	s0,a2
800002b8:	84ae                	mv	s1,a1
800002ba:	3789                	jal	800001fc <bare_puts>
800002bc:	854a                	mv	a0,s2
800002be:	3785                	jal	8000021e <bare_put_hex>
800002c0:	80003537          	lui	a0,0x80003
800002c4:	83450513          	add	a0,a0,-1996 # 80002834 <cases+0x440>
800002c8:	3f15                	jal	800001fc <bare_puts>
800002ca:	8526                	mv	a0,s1
800002cc:	3f89                	jal	8000021e <bare_put_hex>
800002ce:	80003537          	lui	a0,0x80003
800002d2:	83c50513          	add	a0,a0,-1988 # 8000283c <cases+0x448>
800002d6:	371d                	jal	800001fc <bare_puts>
800002d8:	8522                	mv	a0,s0
800002da:	3791                	jal	8000021e <bare_put_hex>
800002dc:	10000737          	lui	a4,0x10000
800002e0:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800002e4:	0207f793          	and	a5,a5,32
800002e8:	dfe5                	beqz	a5,800002e0 <bare_unexpected_trap+0x3e>
800002ea:	47a9                	li	a5,10
800002ec:	00f70023          	sb	a5,0(a4)
800002f0:	006337b7          	lui	a5,0x633
800002f4:	00100737          	lui	a4,0x100
800002f8:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
800002fc:	c31c                	sw	a5,0(a4)
800002fe:	10500073          	wfi
80000302:	10500073          	wfi
80000306:	bfe5                	j	800002fe <bare_unexpected_trap+0x5c>

80000308 <__libc_init_array>:
80000308:	797012ef          	jal	t0,8000229e <__riscv_save_0>
8000030c:	800034b7          	lui	s1,0x80003
80000310:	80003437          	lui	s0,0x80003
80000314:	d3848793          	add	a5,s1,-712 # 80002d38 <__fini_array_end>
80000318:	d3840413          	add	s0,s0,-712 # 80002d38 <__fini_array_end>
8000031c:	8c1d                	sub	s0,s0,a5
8000031e:	8409                	sra	s0,s0,0x2
80000320:	d3848493          	add	s1,s1,-712
80000324:	4901                	li	s2,0
80000326:	02891a63          	bne	s2,s0,8000035a <__libc_init_array+0x52>
8000032a:	00000793          	li	a5,0
8000032e:	c789                	beqz	a5,80000338 <__libc_init_array+0x30>
80000330:	00000097          	auipc	ra,0x0
80000334:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000338:	800034b7          	lui	s1,0x80003
8000033c:	80003437          	lui	s0,0x80003
80000340:	d3848793          	add	a5,s1,-712 # 80002d38 <__fini_array_end>
80000344:	d3840413          	add	s0,s0,-712 # 80002d38 <__fini_array_end>
80000348:	8c1d                	sub	s0,s0,a5
8000034a:	8409                	sra	s0,s0,0x2
8000034c:	d3848493          	add	s1,s1,-712
80000350:	4901                	li	s2,0
80000352:	00891963          	bne	s2,s0,80000364 <__libc_init_array+0x5c>
80000356:	76d0106f          	j	800022c2 <__riscv_restore_0>
8000035a:	409c                	lw	a5,0(s1)
8000035c:	0905                	add	s2,s2,1
8000035e:	0491                	add	s1,s1,4
80000360:	9782                	jalr	a5
80000362:	b7d1                	j	80000326 <__libc_init_array+0x1e>
80000364:	409c                	lw	a5,0(s1)
80000366:	0905                	add	s2,s2,1
80000368:	0491                	add	s1,s1,4
8000036a:	9782                	jalr	a5
8000036c:	b7dd                	j	80000352 <__libc_init_array+0x4a>

8000036e <exit>:
8000036e:	731012ef          	jal	t0,8000229e <__riscv_save_0>
80000372:	00000793          	li	a5,0
80000376:	842a                	mv	s0,a0
80000378:	c791                	beqz	a5,80000384 <exit+0x16>
8000037a:	4581                	li	a1,0
8000037c:	00000097          	auipc	ra,0x0
80000380:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000384:	796010ef          	jal	80001b1a <__libc_fini_array>
80000388:	8522                	mv	a0,s0
8000038a:	3f09                	jal	8000029c <_exit>

8000038c <printf>:
8000038c:	7139                	add	sp,sp,-64
8000038e:	da3e                	sw	a5,52(sp)
80000390:	800037b7          	lui	a5,0x80003
80000394:	d22e                	sw	a1,36(sp)
80000396:	85aa                	mv	a1,a0
80000398:	d287a503          	lw	a0,-728(a5) # 80002d28 <stdout>
8000039c:	d432                	sw	a2,40(sp)
8000039e:	1050                	add	a2,sp,36
800003a0:	ce06                	sw	ra,28(sp)
800003a2:	d636                	sw	a3,44(sp)
800003a4:	d83a                	sw	a4,48(sp)
800003a6:	dc42                	sw	a6,56(sp)
800003a8:	de46                	sw	a7,60(sp)
800003aa:	c632                	sw	a2,12(sp)
800003ac:	2411                	jal	800005b0 <__d_vfprintf>
800003ae:	40f2                	lw	ra,28(sp)
800003b0:	6121                	add	sp,sp,64
800003b2:	8082                	ret

800003b4 <__ultoa_invert>:
800003b4:	6c3012ef          	jal	t0,80002276 <__riscv_save_10>
800003b8:	2006f793          	and	a5,a3,512
800003bc:	89aa                	mv	s3,a0
800003be:	8a2e                	mv	s4,a1
800003c0:	8932                	mv	s2,a2
800003c2:	84b6                	mv	s1,a3
800003c4:	02700b13          	li	s6,39
800003c8:	c781                	beqz	a5,800003d0 <__ultoa_invert+0x1c>
800003ca:	dff6f493          	and	s1,a3,-513
800003ce:	4b1d                	li	s6,7
800003d0:	41f4da93          	sra	s5,s1,0x1f
800003d4:	4ca5                	li	s9,9
800003d6:	8626                	mv	a2,s1
800003d8:	86d6                	mv	a3,s5
800003da:	854e                	mv	a0,s3
800003dc:	85d2                	mv	a1,s4
800003de:	369010ef          	jal	80001f46 <__umoddi3>
800003e2:	85d2                	mv	a1,s4
800003e4:	0ff57413          	zext.b	s0,a0
800003e8:	8626                	mv	a2,s1
800003ea:	854e                	mv	a0,s3
800003ec:	86d6                	mv	a3,s5
800003ee:	7fa010ef          	jal	80001be8 <__udivdi3>
800003f2:	8c4e                	mv	s8,s3
800003f4:	8bd2                	mv	s7,s4
800003f6:	89aa                	mv	s3,a0
800003f8:	8a2e                	mv	s4,a1
800003fa:	008cf563          	bgeu	s9,s0,80000404 <__ultoa_invert+0x50>
800003fe:	945a                	add	s0,s0,s6
80000400:	0ff47413          	zext.b	s0,s0
80000404:	0905                	add	s2,s2,1
80000406:	03040413          	add	s0,s0,48
8000040a:	fe890fa3          	sb	s0,-1(s2)
8000040e:	015be663          	bltu	s7,s5,8000041a <__ultoa_invert+0x66>
80000412:	fd7a92e3          	bne	s5,s7,800003d6 <__ultoa_invert+0x22>
80000416:	fc9c70e3          	bgeu	s8,s1,800003d6 <__ultoa_invert+0x22>
8000041a:	854a                	mv	a0,s2
8000041c:	6930106f          	j	800022ae <__riscv_restore_10>

80000420 <skip_to_arg>:
80000420:	657012ef          	jal	t0,80002276 <__riscv_save_10>
80000424:	4305                	li	t1,1
80000426:	02500f13          	li	t5,37
8000042a:	88aa                	mv	a7,a0
8000042c:	00c34463          	blt	t1,a2,80000434 <skip_to_arg+0x14>
80000430:	67f0106f          	j	800022ae <__riscv_restore_10>
80000434:	87c6                	mv	a5,a7
80000436:	88be                	mv	a7,a5
80000438:	0007c703          	lbu	a4,0(a5)
8000043c:	0785                	add	a5,a5,1
8000043e:	db6d                	beqz	a4,80000430 <skip_to_arg+0x10>
80000440:	ffe71be3          	bne	a4,t5,80000436 <skip_to_arg+0x16>
80000444:	0007c703          	lbu	a4,0(a5)
80000448:	0889                	add	a7,a7,2
8000044a:	ffe705e3          	beq	a4,t5,80000434 <skip_to_arg+0x14>
8000044e:	6ecd                	lui	t4,0x13
80000450:	4681                	li	a3,0
80000452:	4e01                	li	t3,0
80000454:	4781                	li	a5,0
80000456:	42fd                	li	t0,31
80000458:	06c00f93          	li	t6,108
8000045c:	07400393          	li	t2,116
80000460:	07a00413          	li	s0,122
80000464:	06800493          	li	s1,104
80000468:	06a00913          	li	s2,106
8000046c:	04c00993          	li	s3,76
80000470:	4a25                	li	s4,9
80000472:	02400a93          	li	s5,36
80000476:	07f00b13          	li	s6,127
8000047a:	4bc1                	li	s7,16
8000047c:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
80000480:	04f2e263          	bltu	t0,a5,800004c4 <skip_to_arg+0xa4>
80000484:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
80000488:	0ff87813          	zext.b	a6,a6
8000048c:	030bf163          	bgeu	s7,a6,800004ae <skip_to_arg+0x8e>
80000490:	fd070813          	add	a6,a4,-48
80000494:	0ff87813          	zext.b	a6,a6
80000498:	4c25                	li	s8,9
8000049a:	050c6563          	bltu	s8,a6,800004e4 <skip_to_arg+0xc4>
8000049e:	47a9                	li	a5,10
800004a0:	02f687b3          	mul	a5,a3,a5
800004a4:	00f806b3          	add	a3,a6,a5
800004a8:	02000793          	li	a5,32
800004ac:	a039                	j	800004ba <skip_to_arg+0x9a>
800004ae:	010ed833          	srl	a6,t4,a6
800004b2:	00187813          	and	a6,a6,1
800004b6:	00080963          	beqz	a6,800004c8 <skip_to_arg+0xa8>
800004ba:	0008c703          	lbu	a4,0(a7)
800004be:	0885                	add	a7,a7,1
800004c0:	f361                	bnez	a4,80000480 <skip_to_arg+0x60>
800004c2:	a8b1                	j	8000051e <skip_to_arg+0xfe>
800004c4:	04fb6363          	bltu	s6,a5,8000050a <skip_to_arg+0xea>
800004c8:	fd070813          	add	a6,a4,-48
800004cc:	0ff87813          	zext.b	a6,a6
800004d0:	fd0a77e3          	bgeu	s4,a6,8000049e <skip_to_arg+0x7e>
800004d4:	03571563          	bne	a4,s5,800004fe <skip_to_arg+0xde>
800004d8:	0a0e0063          	beqz	t3,80000578 <skip_to_arg+0x158>
800004dc:	0a668063          	beq	a3,t1,8000057c <skip_to_arg+0x15c>
800004e0:	4681                	li	a3,0
800004e2:	bfe1                	j	800004ba <skip_to_arg+0x9a>
800004e4:	0fb77813          	and	a6,a4,251
800004e8:	02a00c13          	li	s8,42
800004ec:	ff880ae3          	beq	a6,s8,800004e0 <skip_to_arg+0xc0>
800004f0:	06c00813          	li	a6,108
800004f4:	01071d63          	bne	a4,a6,8000050e <skip_to_arg+0xee>
800004f8:	0807e793          	or	a5,a5,128
800004fc:	bf7d                	j	800004ba <skip_to_arg+0x9a>
800004fe:	0fb77813          	and	a6,a4,251
80000502:	02a00c13          	li	s8,42
80000506:	fd880de3          	beq	a6,s8,800004e0 <skip_to_arg+0xc0>
8000050a:	05f70663          	beq	a4,t6,80000556 <skip_to_arg+0x136>
8000050e:	02efef63          	bltu	t6,a4,8000054c <skip_to_arg+0x12c>
80000512:	04970863          	beq	a4,s1,80000562 <skip_to_arg+0x142>
80000516:	05270e63          	beq	a4,s2,80000572 <skip_to_arg+0x152>
8000051a:	05370c63          	beq	a4,s3,80000572 <skip_to_arg+0x152>
8000051e:	f00e09e3          	beqz	t3,80000430 <skip_to_arg+0x10>
80000522:	f06e15e3          	bne	t3,t1,8000042c <skip_to_arg+0xc>
80000526:	02076893          	or	a7,a4,32
8000052a:	f9b88813          	add	a6,a7,-101
8000052e:	0ff87813          	zext.b	a6,a6
80000532:	4e09                	li	t3,2
80000534:	4194                	lw	a3,0(a1)
80000536:	010e7663          	bgeu	t3,a6,80000542 <skip_to_arg+0x122>
8000053a:	06100813          	li	a6,97
8000053e:	05089263          	bne	a7,a6,80000582 <skip_to_arg+0x162>
80000542:	069d                	add	a3,a3,7
80000544:	9ae1                	and	a3,a3,-8
80000546:	00868713          	add	a4,a3,8
8000054a:	a091                	j	8000058e <skip_to_arg+0x16e>
8000054c:	f67707e3          	beq	a4,t2,800004ba <skip_to_arg+0x9a>
80000550:	f68705e3          	beq	a4,s0,800004ba <skip_to_arg+0x9a>
80000554:	b7e9                	j	8000051e <skip_to_arg+0xfe>
80000556:	0807f713          	and	a4,a5,128
8000055a:	df59                	beqz	a4,800004f8 <skip_to_arg+0xd8>
8000055c:	2007e793          	or	a5,a5,512
80000560:	bf61                	j	800004f8 <skip_to_arg+0xd8>
80000562:	1007f713          	and	a4,a5,256
80000566:	c319                	beqz	a4,8000056c <skip_to_arg+0x14c>
80000568:	2007e793          	or	a5,a5,512
8000056c:	1007e793          	or	a5,a5,256
80000570:	b7a9                	j	800004ba <skip_to_arg+0x9a>
80000572:	2807e793          	or	a5,a5,640
80000576:	b791                	j	800004ba <skip_to_arg+0x9a>
80000578:	8e36                	mv	t3,a3
8000057a:	b79d                	j	800004e0 <skip_to_arg+0xc0>
8000057c:	06300713          	li	a4,99
80000580:	b75d                	j	80000526 <skip_to_arg+0x106>
80000582:	06300813          	li	a6,99
80000586:	01071763          	bne	a4,a6,80000594 <skip_to_arg+0x174>
8000058a:	00468713          	add	a4,a3,4
8000058e:	c198                	sw	a4,0(a1)
80000590:	0305                	add	t1,t1,1
80000592:	bd61                	j	8000042a <skip_to_arg+0xa>
80000594:	07300813          	li	a6,115
80000598:	ff0709e3          	beq	a4,a6,8000058a <skip_to_arg+0x16a>
8000059c:	0807f813          	and	a6,a5,128
800005a0:	00468713          	add	a4,a3,4
800005a4:	fe0805e3          	beqz	a6,8000058e <skip_to_arg+0x16e>
800005a8:	2007f793          	and	a5,a5,512
800005ac:	d3ed                	beqz	a5,8000058e <skip_to_arg+0x16e>
800005ae:	bf51                	j	80000542 <skip_to_arg+0x122>

800005b0 <__d_vfprintf>:
800005b0:	4bf012ef          	jal	t0,8000226e <__riscv_save_12>
800005b4:	00454783          	lbu	a5,4(a0)
800005b8:	7139                	add	sp,sp,-64
800005ba:	c02a                	sw	a0,0(sp)
800005bc:	c42e                	sw	a1,8(sp)
800005be:	c632                	sw	a2,12(sp)
800005c0:	8b89                	and	a5,a5,2
800005c2:	00852a03          	lw	s4,8(a0)
800005c6:	c785                	beqz	a5,800005ee <__d_vfprintf+0x3e>
800005c8:	d232                	sw	a2,36(sp)
800005ca:	87ae                	mv	a5,a1
800005cc:	4401                	li	s0,0
800005ce:	0007c903          	lbu	s2,0(a5)
800005d2:	00090f63          	beqz	s2,800005f0 <__d_vfprintf+0x40>
800005d6:	02500713          	li	a4,37
800005da:	00e90f63          	beq	s2,a4,800005f8 <__d_vfprintf+0x48>
800005de:	0785                	add	a5,a5,1
800005e0:	c23e                	sw	a5,4(sp)
800005e2:	4582                	lw	a1,0(sp)
800005e4:	854a                	mv	a0,s2
800005e6:	0405                	add	s0,s0,1
800005e8:	9a02                	jalr	s4
800005ea:	280552e3          	bgez	a0,8000106e <__d_vfprintf+0xabe>
800005ee:	547d                	li	s0,-1
800005f0:	8522                	mv	a0,s0
800005f2:	6121                	add	sp,sp,64
800005f4:	4b70106f          	j	800022aa <__riscv_restore_12>
800005f8:	0017c903          	lbu	s2,1(a5)
800005fc:	00278713          	add	a4,a5,2
80000600:	c23a                	sw	a4,4(sp)
80000602:	02500793          	li	a5,37
80000606:	fcf90ee3          	beq	s2,a5,800005e2 <__d_vfprintf+0x32>
8000060a:	800034b7          	lui	s1,0x80003
8000060e:	4a81                	li	s5,0
80000610:	4d01                	li	s10,0
80000612:	4b01                	li	s6,0
80000614:	4d81                	li	s11,0
80000616:	06c00993          	li	s3,108
8000061a:	07400b93          	li	s7,116
8000061e:	07a00c13          	li	s8,122
80000622:	06800c93          	li	s9,104
80000626:	85448493          	add	s1,s1,-1964 # 80002854 <cases+0x460>
8000062a:	47fd                	li	a5,31
8000062c:	07b7e163          	bltu	a5,s11,8000068e <__d_vfprintf+0xde>
80000630:	fe090793          	add	a5,s2,-32
80000634:	0ff7f793          	zext.b	a5,a5
80000638:	4741                	li	a4,16
8000063a:	00f76663          	bltu	a4,a5,80000646 <__d_vfprintf+0x96>
8000063e:	078a                	sll	a5,a5,0x2
80000640:	97a6                	add	a5,a5,s1
80000642:	439c                	lw	a5,0(a5)
80000644:	8782                	jr	a5
80000646:	fd090793          	add	a5,s2,-48
8000064a:	0ff7f793          	zext.b	a5,a5
8000064e:	4725                	li	a4,9
80000650:	06f76463          	bltu	a4,a5,800006b8 <__d_vfprintf+0x108>
80000654:	46a9                	li	a3,10
80000656:	02db06b3          	mul	a3,s6,a3
8000065a:	00f68b33          	add	s6,a3,a5
8000065e:	020ded93          	or	s11,s11,32
80000662:	a019                	j	80000668 <__d_vfprintf+0xb8>
80000664:	001ded93          	or	s11,s11,1
80000668:	4792                	lw	a5,4(sp)
8000066a:	0007c903          	lbu	s2,0(a5)
8000066e:	0785                	add	a5,a5,1
80000670:	c23e                	sw	a5,4(sp)
80000672:	fa091ce3          	bnez	s2,8000062a <__d_vfprintf+0x7a>
80000676:	a0dd                	j	8000075c <__d_vfprintf+0x1ac>
80000678:	002ded93          	or	s11,s11,2
8000067c:	004ded93          	or	s11,s11,4
80000680:	b7e5                	j	80000668 <__d_vfprintf+0xb8>
80000682:	008ded93          	or	s11,s11,8
80000686:	b7cd                	j	80000668 <__d_vfprintf+0xb8>
80000688:	010ded93          	or	s11,s11,16
8000068c:	bff1                	j	80000668 <__d_vfprintf+0xb8>
8000068e:	07f00793          	li	a5,127
80000692:	0bb7e763          	bltu	a5,s11,80000740 <__d_vfprintf+0x190>
80000696:	fd090693          	add	a3,s2,-48
8000069a:	0ff6f693          	zext.b	a3,a3
8000069e:	47a5                	li	a5,9
800006a0:	00d7ec63          	bltu	a5,a3,800006b8 <__d_vfprintf+0x108>
800006a4:	040df613          	and	a2,s11,64
800006a8:	87b6                	mv	a5,a3
800006aa:	d64d                	beqz	a2,80000654 <__d_vfprintf+0xa4>
800006ac:	47a9                	li	a5,10
800006ae:	02fd07b3          	mul	a5,s10,a5
800006b2:	00d78d33          	add	s10,a5,a3
800006b6:	bf4d                	j	80000668 <__d_vfprintf+0xb8>
800006b8:	02a00793          	li	a5,42
800006bc:	02f91663          	bne	s2,a5,800006e8 <__d_vfprintf+0x138>
800006c0:	fa0a94e3          	bnez	s5,80000668 <__d_vfprintf+0xb8>
800006c4:	5692                	lw	a3,36(sp)
800006c6:	040df793          	and	a5,s11,64
800006ca:	00468613          	add	a2,a3,4
800006ce:	4294                	lw	a3,0(a3)
800006d0:	d232                	sw	a2,36(sp)
800006d2:	c399                	beqz	a5,800006d8 <__d_vfprintf+0x128>
800006d4:	8d36                	mv	s10,a3
800006d6:	bf49                	j	80000668 <__d_vfprintf+0xb8>
800006d8:	8b36                	mv	s6,a3
800006da:	f806d2e3          	bgez	a3,8000065e <__d_vfprintf+0xae>
800006de:	40d00b33          	neg	s6,a3
800006e2:	028ded93          	or	s11,s11,40
800006e6:	b749                	j	80000668 <__d_vfprintf+0xb8>
800006e8:	02e00793          	li	a5,46
800006ec:	00f91963          	bne	s2,a5,800006fe <__d_vfprintf+0x14e>
800006f0:	040df793          	and	a5,s11,64
800006f4:	ee079ee3          	bnez	a5,800005f0 <__d_vfprintf+0x40>
800006f8:	040ded93          	or	s11,s11,64
800006fc:	b7b5                	j	80000668 <__d_vfprintf+0xb8>
800006fe:	02400793          	li	a5,36
80000702:	02f91f63          	bne	s2,a5,80000740 <__d_vfprintf+0x190>
80000706:	120a8a63          	beqz	s5,8000083a <__d_vfprintf+0x28a>
8000070a:	47b2                	lw	a5,12(sp)
8000070c:	d23e                	sw	a5,36(sp)
8000070e:	040df793          	and	a5,s11,64
80000712:	ef81                	bnez	a5,8000072a <__d_vfprintf+0x17a>
80000714:	4522                	lw	a0,8(sp)
80000716:	865a                	mv	a2,s6
80000718:	104c                	add	a1,sp,36
8000071a:	3319                	jal	80000420 <skip_to_arg>
8000071c:	5792                	lw	a5,36(sp)
8000071e:	00478693          	add	a3,a5,4
80000722:	0007ab03          	lw	s6,0(a5)
80000726:	d236                	sw	a3,36(sp)
80000728:	b781                	j	80000668 <__d_vfprintf+0xb8>
8000072a:	4522                	lw	a0,8(sp)
8000072c:	866a                	mv	a2,s10
8000072e:	104c                	add	a1,sp,36
80000730:	39c5                	jal	80000420 <skip_to_arg>
80000732:	5792                	lw	a5,36(sp)
80000734:	00478693          	add	a3,a5,4
80000738:	0007ad03          	lw	s10,0(a5)
8000073c:	d236                	sw	a3,36(sp)
8000073e:	b72d                	j	80000668 <__d_vfprintf+0xb8>
80000740:	0d390a63          	beq	s2,s3,80000814 <__d_vfprintf+0x264>
80000744:	0d29e363          	bltu	s3,s2,8000080a <__d_vfprintf+0x25a>
80000748:	0d990e63          	beq	s2,s9,80000824 <__d_vfprintf+0x274>
8000074c:	06a00793          	li	a5,106
80000750:	0ef90263          	beq	s2,a5,80000834 <__d_vfprintf+0x284>
80000754:	04c00793          	li	a5,76
80000758:	0cf90e63          	beq	s2,a5,80000834 <__d_vfprintf+0x284>
8000075c:	000a8863          	beqz	s5,8000076c <__d_vfprintf+0x1bc>
80000760:	47b2                	lw	a5,12(sp)
80000762:	4522                	lw	a0,8(sp)
80000764:	8656                	mv	a2,s5
80000766:	104c                	add	a1,sp,36
80000768:	d23e                	sw	a5,36(sp)
8000076a:	395d                	jal	80000420 <skip_to_arg>
8000076c:	000d5963          	bgez	s10,8000077e <__d_vfprintf+0x1ce>
80000770:	fbfdf813          	and	a6,s11,-65
80000774:	01081d93          	sll	s11,a6,0x10
80000778:	010ddd93          	srl	s11,s11,0x10
8000077c:	4d01                	li	s10,0
8000077e:	02096c93          	or	s9,s2,32
80000782:	f9bc8793          	add	a5,s9,-101
80000786:	0ff7f793          	zext.b	a5,a5
8000078a:	4709                	li	a4,2
8000078c:	0af77d63          	bgeu	a4,a5,80000846 <__d_vfprintf+0x296>
80000790:	06100793          	li	a5,97
80000794:	6afc9163          	bne	s9,a5,80000e36 <__d_vfprintf+0x886>
80000798:	5792                	lw	a5,36(sp)
8000079a:	6a89                	lui	s5,0x2
8000079c:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
800007a0:	079d                	add	a5,a5,7
800007a2:	9be1                	and	a5,a5,-8
800007a4:	0047ab83          	lw	s7,4(a5)
800007a8:	0007a883          	lw	a7,0(a5)
800007ac:	00878713          	add	a4,a5,8
800007b0:	414bd993          	sra	s3,s7,0x14
800007b4:	00cb9c13          	sll	s8,s7,0xc
800007b8:	7ff9f993          	and	s3,s3,2047
800007bc:	00cc5c93          	srl	s9,s8,0xc
800007c0:	015deab3          	or	s5,s11,s5
800007c4:	0119e533          	or	a0,s3,a7
800007c8:	fff94913          	not	s2,s2
800007cc:	0ac2                	sll	s5,s5,0x10
800007ce:	d23a                	sw	a4,36(sp)
800007d0:	019567b3          	or	a5,a0,s9
800007d4:	02097913          	and	s2,s2,32
800007d8:	010ada93          	srl	s5,s5,0x10
800007dc:	86c6                	mv	a3,a7
800007de:	8c66                	mv	s8,s9
800007e0:	040df813          	and	a6,s11,64
800007e4:	01fbdb93          	srl	s7,s7,0x1f
800007e8:	ebdd                	bnez	a5,8000089e <__d_vfprintf+0x2ee>
800007ea:	03000793          	li	a5,48
800007ee:	0ffbfb93          	zext.b	s7,s7
800007f2:	02f106a3          	sb	a5,45(sp)
800007f6:	03710623          	sb	s7,44(sp)
800007fa:	24080d63          	beqz	a6,80000a54 <__d_vfprintf+0x4a4>
800007fe:	47b1                	li	a5,12
80000800:	4981                	li	s3,0
80000802:	0da7d263          	bge	a5,s10,800008c6 <__d_vfprintf+0x316>
80000806:	4d35                	li	s10,13
80000808:	aa85                	j	80000978 <__d_vfprintf+0x3c8>
8000080a:	e5790fe3          	beq	s2,s7,80000668 <__d_vfprintf+0xb8>
8000080e:	e5890de3          	beq	s2,s8,80000668 <__d_vfprintf+0xb8>
80000812:	b7a9                	j	8000075c <__d_vfprintf+0x1ac>
80000814:	080df793          	and	a5,s11,128
80000818:	c399                	beqz	a5,8000081e <__d_vfprintf+0x26e>
8000081a:	200ded93          	or	s11,s11,512
8000081e:	080ded93          	or	s11,s11,128
80000822:	b599                	j	80000668 <__d_vfprintf+0xb8>
80000824:	100df793          	and	a5,s11,256
80000828:	c399                	beqz	a5,8000082e <__d_vfprintf+0x27e>
8000082a:	200ded93          	or	s11,s11,512
8000082e:	100ded93          	or	s11,s11,256
80000832:	bd1d                	j	80000668 <__d_vfprintf+0xb8>
80000834:	280ded93          	or	s11,s11,640
80000838:	bd05                	j	80000668 <__d_vfprintf+0xb8>
8000083a:	875a                	mv	a4,s6
8000083c:	4d01                	li	s10,0
8000083e:	4b01                	li	s6,0
80000840:	8aba                	mv	s5,a4
80000842:	4d81                	li	s11,0
80000844:	b515                	j	80000668 <__d_vfprintf+0xb8>
80000846:	5792                	lw	a5,36(sp)
80000848:	fff94913          	not	s2,s2
8000084c:	02097913          	and	s2,s2,32
80000850:	079d                	add	a5,a5,7
80000852:	9be1                	and	a5,a5,-8
80000854:	00878713          	add	a4,a5,8
80000858:	4388                	lw	a0,0(a5)
8000085a:	43cc                	lw	a1,4(a5)
8000085c:	d23a                	sw	a4,36(sp)
8000085e:	040df793          	and	a5,s11,64
80000862:	20078d63          	beqz	a5,80000a7c <__d_vfprintf+0x4cc>
80000866:	06500793          	li	a5,101
8000086a:	20fc9b63          	bne	s9,a5,80000a80 <__d_vfprintf+0x4d0>
8000086e:	6785                	lui	a5,0x1
80000870:	001d0613          	add	a2,s10,1
80000874:	00fdedb3          	or	s11,s11,a5
80000878:	0ff67613          	zext.b	a2,a2
8000087c:	4701                	li	a4,0
8000087e:	4781                	li	a5,0
80000880:	4345                	li	t1,17
80000882:	0ff67693          	zext.b	a3,a2
80000886:	00c37363          	bgeu	t1,a2,8000088c <__d_vfprintf+0x2dc>
8000088a:	46c5                	li	a3,17
8000088c:	1030                	add	a2,sp,40
8000088e:	317000ef          	jal	800013a4 <__dtoa_engine>
80000892:	0ff57b93          	zext.b	s7,a0
80000896:	59a2                	lw	s3,40(sp)
80000898:	8aee                	mv	s5,s11
8000089a:	4c09                	li	s8,2
8000089c:	aa01                	j	800009ac <__d_vfprintf+0x3fc>
8000089e:	03100793          	li	a5,49
800008a2:	00099563          	bnez	s3,800008ac <__d_vfprintf+0x2fc>
800008a6:	03000793          	li	a5,48
800008aa:	4985                	li	s3,1
800008ac:	0ffbfb93          	zext.b	s7,s7
800008b0:	02f106a3          	sb	a5,45(sp)
800008b4:	03710623          	sb	s7,44(sp)
800008b8:	c0198993          	add	s3,s3,-1023
800008bc:	18080363          	beqz	a6,80000a42 <__d_vfprintf+0x492>
800008c0:	47b1                	li	a5,12
800008c2:	19a7c263          	blt	a5,s10,80000a46 <__d_vfprintf+0x496>
800008c6:	4335                	li	t1,13
800008c8:	41a30333          	sub	t1,t1,s10
800008cc:	00231d93          	sll	s11,t1,0x2
800008d0:	fffd8613          	add	a2,s11,-1
800008d4:	4505                	li	a0,1
800008d6:	4581                	li	a1,0
800008d8:	ca46                	sw	a7,20(sp)
800008da:	c836                	sw	a3,16(sp)
800008dc:	2ba010ef          	jal	80001b96 <__ashldi3>
800008e0:	84aa                	mv	s1,a0
800008e2:	872e                	mv	a4,a1
800008e4:	00171793          	sll	a5,a4,0x1
800008e8:	85aa                	mv	a1,a0
800008ea:	01f4d513          	srl	a0,s1,0x1f
800008ee:	00149e13          	sll	t3,s1,0x1
800008f2:	8fc9                	or	a5,a5,a0
800008f4:	40f00c33          	neg	s8,a5
800008f8:	01c03533          	snez	a0,t3
800008fc:	48d2                	lw	a7,20(sp)
800008fe:	41c00833          	neg	a6,t3
80000902:	40ac0c33          	sub	s8,s8,a0
80000906:	fffe0513          	add	a0,t3,-1
8000090a:	001e3e13          	seqz	t3,t3
8000090e:	41c787b3          	sub	a5,a5,t3
80000912:	0197f7b3          	and	a5,a5,s9
80000916:	01157533          	and	a0,a0,a7
8000091a:	02f74663          	blt	a4,a5,80000946 <__d_vfprintf+0x396>
8000091e:	46c2                	lw	a3,16(sp)
80000920:	00e79463          	bne	a5,a4,80000928 <__d_vfprintf+0x378>
80000924:	02a5e163          	bltu	a1,a0,80000946 <__d_vfprintf+0x396>
80000928:	8546                	mv	a0,a7
8000092a:	866e                	mv	a2,s11
8000092c:	85e6                	mv	a1,s9
8000092e:	ce3a                	sw	a4,28(sp)
80000930:	cc42                	sw	a6,24(sp)
80000932:	ca36                	sw	a3,20(sp)
80000934:	c846                	sw	a7,16(sp)
80000936:	288010ef          	jal	80001bbe <__ashrdi3>
8000093a:	8905                	and	a0,a0,1
8000093c:	48c2                	lw	a7,16(sp)
8000093e:	46d2                	lw	a3,20(sp)
80000940:	4862                	lw	a6,24(sp)
80000942:	4772                	lw	a4,28(sp)
80000944:	c94d                	beqz	a0,800009f6 <__d_vfprintf+0x446>
80000946:	00988533          	add	a0,a7,s1
8000094a:	01153db3          	sltu	s11,a0,a7
8000094e:	9766                	add	a4,a4,s9
80000950:	00ed8cb3          	add	s9,s11,a4
80000954:	001007b7          	lui	a5,0x100
80000958:	86aa                	mv	a3,a0
8000095a:	08fcce63          	blt	s9,a5,800009f6 <__d_vfprintf+0x446>
8000095e:	02d14783          	lbu	a5,45(sp)
80000962:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000964:	02f106a3          	sb	a5,45(sp)
80000968:	40000793          	li	a5,1024
8000096c:	0af98163          	beq	s3,a5,80000a0e <__d_vfprintf+0x45e>
80000970:	00a87533          	and	a0,a6,a0
80000974:	019c7c33          	and	s8,s8,s9
80000978:	05700613          	li	a2,87
8000097c:	1034                	add	a3,sp,40
8000097e:	4735                	li	a4,13
80000980:	45a5                	li	a1,9
80000982:	41260633          	sub	a2,a2,s2
80000986:	01cc1813          	sll	a6,s8,0x1c
8000098a:	00f57793          	and	a5,a0,15
8000098e:	8111                	srl	a0,a0,0x4
80000990:	00a86533          	or	a0,a6,a0
80000994:	404c5c13          	sra	s8,s8,0x4
80000998:	e7e1                	bnez	a5,80000a60 <__d_vfprintf+0x4b0>
8000099a:	0ced5563          	bge	s10,a4,80000a64 <__d_vfprintf+0x4b4>
8000099e:	177d                	add	a4,a4,-1
800009a0:	16fd                	add	a3,a3,-1
800009a2:	f375                	bnez	a4,80000986 <__d_vfprintf+0x3d6>
800009a4:	4c05                	li	s8,1
800009a6:	4bb9                	li	s7,14
800009a8:	07000c93          	li	s9,112
800009ac:	00998713          	add	a4,s3,9
800009b0:	46c9                	li	a3,18
800009b2:	87ce                	mv	a5,s3
800009b4:	06e6e863          	bltu	a3,a4,80000a24 <__d_vfprintf+0x474>
800009b8:	02c14703          	lbu	a4,44(sp)
800009bc:	00177d93          	and	s11,a4,1
800009c0:	8b31                	and	a4,a4,12
800009c2:	120d9a63          	bnez	s11,80000af6 <__d_vfprintf+0x546>
800009c6:	002af793          	and	a5,s5,2
800009ca:	12079263          	bnez	a5,80000aee <__d_vfprintf+0x53e>
800009ce:	004af793          	and	a5,s5,4
800009d2:	cfe9                	beqz	a5,80000aac <__d_vfprintf+0x4fc>
800009d4:	12071563          	bnez	a4,80000afe <__d_vfprintf+0x54e>
800009d8:	02000713          	li	a4,32
800009dc:	678d                	lui	a5,0x3
800009de:	00faf7b3          	and	a5,s5,a5
800009e2:	1c079363          	bnez	a5,80000ba8 <__d_vfprintf+0x5f8>
800009e6:	000d1363          	bnez	s10,800009ec <__d_vfprintf+0x43c>
800009ea:	4d05                	li	s10,1
800009ec:	103c                	add	a5,sp,40
800009ee:	97de                	add	a5,a5,s7
800009f0:	03000693          	li	a3,48
800009f4:	aa9d                	j	80000b6a <__d_vfprintf+0x5ba>
800009f6:	0106f6b3          	and	a3,a3,a6
800009fa:	018cfcb3          	and	s9,s9,s8
800009fe:	40000793          	li	a5,1024
80000a02:	04f99c63          	bne	s3,a5,80000a5a <__d_vfprintf+0x4aa>
80000a06:	0196ecb3          	or	s9,a3,s9
80000a0a:	040c8063          	beqz	s9,80000a4a <__d_vfprintf+0x49a>
80000a0e:	008beb93          	or	s7,s7,8
80000a12:	03710623          	sb	s7,44(sp)
80000a16:	40000993          	li	s3,1024
80000a1a:	4bb9                	li	s7,14
80000a1c:	07000c93          	li	s9,112
80000a20:	40000793          	li	a5,1024
80000a24:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000a28:	0c600693          	li	a3,198
80000a2c:	4c09                	li	s8,2
80000a2e:	f8e6f5e3          	bgeu	a3,a4,800009b8 <__d_vfprintf+0x408>
80000a32:	3e778793          	add	a5,a5,999
80000a36:	7ce00c13          	li	s8,1998
80000a3a:	00fc3c33          	sltu	s8,s8,a5
80000a3e:	0c0d                	add	s8,s8,3
80000a40:	bfa5                	j	800009b8 <__d_vfprintf+0x408>
80000a42:	4d01                	li	s10,0
80000a44:	bf6d                	j	800009fe <__d_vfprintf+0x44e>
80000a46:	4d35                	li	s10,13
80000a48:	bf5d                	j	800009fe <__d_vfprintf+0x44e>
80000a4a:	004beb93          	or	s7,s7,4
80000a4e:	03710623          	sb	s7,44(sp)
80000a52:	b7e1                	j	80000a1a <__d_vfprintf+0x46a>
80000a54:	4981                	li	s3,0
80000a56:	4d01                	li	s10,0
80000a58:	b705                	j	80000978 <__d_vfprintf+0x3c8>
80000a5a:	8536                	mv	a0,a3
80000a5c:	8c66                	mv	s8,s9
80000a5e:	bf29                	j	80000978 <__d_vfprintf+0x3c8>
80000a60:	00f5ea63          	bltu	a1,a5,80000a74 <__d_vfprintf+0x4c4>
80000a64:	03078793          	add	a5,a5,48
80000a68:	00f68923          	sb	a5,18(a3)
80000a6c:	f2ed59e3          	bge	s10,a4,8000099e <__d_vfprintf+0x3ee>
80000a70:	8d3a                	mv	s10,a4
80000a72:	b735                	j	8000099e <__d_vfprintf+0x3ee>
80000a74:	97b2                	add	a5,a5,a2
80000a76:	0ff7f793          	zext.b	a5,a5
80000a7a:	b7fd                	j	80000a68 <__d_vfprintf+0x4b8>
80000a7c:	4d19                	li	s10,6
80000a7e:	b3e5                	j	80000866 <__d_vfprintf+0x2b6>
80000a80:	06600793          	li	a5,102
80000a84:	00fc9963          	bne	s9,a5,80000a96 <__d_vfprintf+0x4e6>
80000a88:	6789                	lui	a5,0x2
80000a8a:	00fdedb3          	or	s11,s11,a5
80000a8e:	4705                	li	a4,1
80000a90:	87ea                	mv	a5,s10
80000a92:	4645                	li	a2,17
80000a94:	b3f5                	j	80000880 <__d_vfprintf+0x2d0>
80000a96:	0ffd7793          	zext.b	a5,s10
80000a9a:	0ffd7613          	zext.b	a2,s10
80000a9e:	e391                	bnez	a5,80000aa2 <__d_vfprintf+0x4f2>
80000aa0:	4605                	li	a2,1
80000aa2:	4701                	li	a4,0
80000aa4:	4781                	li	a5,0
80000aa6:	06500c93          	li	s9,101
80000aaa:	bbd9                	j	80000880 <__d_vfprintf+0x2d0>
80000aac:	db05                	beqz	a4,800009dc <__d_vfprintf+0x42c>
80000aae:	478d                	li	a5,3
80000ab0:	0967d163          	bge	a5,s6,80000b32 <__d_vfprintf+0x582>
80000ab4:	008afa93          	and	s5,s5,8
80000ab8:	ffdb0493          	add	s1,s6,-3
80000abc:	000a9f63          	bnez	s5,80000ada <__d_vfprintf+0x52a>
80000ac0:	94a2                	add	s1,s1,s0
80000ac2:	4582                	lw	a1,0(sp)
80000ac4:	02000513          	li	a0,32
80000ac8:	0405                	add	s0,s0,1
80000aca:	9a02                	jalr	s4
80000acc:	b20541e3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000ad0:	fe8499e3          	bne	s1,s0,80000ac2 <__d_vfprintf+0x512>
80000ad4:	4481                	li	s1,0
80000ad6:	020d9f63          	bnez	s11,80000b14 <__d_vfprintf+0x564>
80000ada:	02c14783          	lbu	a5,44(sp)
80000ade:	8ba1                	and	a5,a5,8
80000ae0:	efad                	bnez	a5,80000b5a <__d_vfprintf+0x5aa>
80000ae2:	800039b7          	lui	s3,0x80003
80000ae6:	84498993          	add	s3,s3,-1980 # 80002844 <cases+0x450>
80000aea:	8c22                	mv	s8,s0
80000aec:	a8b1                	j	80000b48 <__d_vfprintf+0x598>
80000aee:	eb15                	bnez	a4,80000b22 <__d_vfprintf+0x572>
80000af0:	02b00713          	li	a4,43
80000af4:	b5e5                	j	800009dc <__d_vfprintf+0x42c>
80000af6:	eb0d                	bnez	a4,80000b28 <__d_vfprintf+0x578>
80000af8:	02d00713          	li	a4,45
80000afc:	b5c5                	j	800009dc <__d_vfprintf+0x42c>
80000afe:	02000d93          	li	s11,32
80000b02:	4791                	li	a5,4
80000b04:	0367d563          	bge	a5,s6,80000b2e <__d_vfprintf+0x57e>
80000b08:	008afa93          	and	s5,s5,8
80000b0c:	ffcb0493          	add	s1,s6,-4
80000b10:	fa0a88e3          	beqz	s5,80000ac0 <__d_vfprintf+0x510>
80000b14:	4582                	lw	a1,0(sp)
80000b16:	856e                	mv	a0,s11
80000b18:	0405                	add	s0,s0,1
80000b1a:	9a02                	jalr	s4
80000b1c:	fa055fe3          	bgez	a0,80000ada <__d_vfprintf+0x52a>
80000b20:	b4f9                	j	800005ee <__d_vfprintf+0x3e>
80000b22:	02b00d93          	li	s11,43
80000b26:	bff1                	j	80000b02 <__d_vfprintf+0x552>
80000b28:	02d00d93          	li	s11,45
80000b2c:	bfd9                	j	80000b02 <__d_vfprintf+0x552>
80000b2e:	4481                	li	s1,0
80000b30:	b7d5                	j	80000b14 <__d_vfprintf+0x564>
80000b32:	4481                	li	s1,0
80000b34:	b75d                	j	80000ada <__d_vfprintf+0x52a>
80000b36:	4582                	lw	a1,0(sp)
80000b38:	41250533          	sub	a0,a0,s2
80000b3c:	0ff57513          	zext.b	a0,a0
80000b40:	0c05                	add	s8,s8,1
80000b42:	9a02                	jalr	s4
80000b44:	aa0545e3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000b48:	408c07b3          	sub	a5,s8,s0
80000b4c:	97ce                	add	a5,a5,s3
80000b4e:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000b52:	f175                	bnez	a0,80000b36 <__d_vfprintf+0x586>
80000b54:	8462                	mv	s0,s8
80000b56:	94e2                	add	s1,s1,s8
80000b58:	a515                	j	8000117c <__d_vfprintf+0xbcc>
80000b5a:	800039b7          	lui	s3,0x80003
80000b5e:	84898993          	add	s3,s3,-1976 # 80002848 <cases+0x454>
80000b62:	b761                	j	80000aea <__d_vfprintf+0x53a>
80000b64:	1bfd                	add	s7,s7,-1
80000b66:	0ffbfb93          	zext.b	s7,s7
80000b6a:	000b8763          	beqz	s7,80000b78 <__d_vfprintf+0x5c8>
80000b6e:	0047c603          	lbu	a2,4(a5)
80000b72:	17fd                	add	a5,a5,-1
80000b74:	fed608e3          	beq	a2,a3,80000b64 <__d_vfprintf+0x5b4>
80000b78:	010af693          	and	a3,s5,16
80000b7c:	87ea                	mv	a5,s10
80000b7e:	e291                	bnez	a3,80000b82 <__d_vfprintf+0x5d2>
80000b80:	87de                	mv	a5,s7
80000b82:	56f1                	li	a3,-4
80000b84:	0ed9cc63          	blt	s3,a3,80000c7c <__d_vfprintf+0x6cc>
80000b88:	0fa9da63          	bge	s3,s10,80000c7c <__d_vfprintf+0x6cc>
80000b8c:	6689                	lui	a3,0x2
80000b8e:	00dae6b3          	or	a3,s5,a3
80000b92:	01069a93          	sll	s5,a3,0x10
80000b96:	010ada93          	srl	s5,s5,0x10
80000b9a:	4d01                	li	s10,0
80000b9c:	00f9d663          	bge	s3,a5,80000ba8 <__d_vfprintf+0x5f8>
80000ba0:	00198893          	add	a7,s3,1
80000ba4:	41178d33          	sub	s10,a5,a7
80000ba8:	6d89                	lui	s11,0x2
80000baa:	01bafdb3          	and	s11,s5,s11
80000bae:	0c0d8a63          	beqz	s11,80000c82 <__d_vfprintf+0x6d2>
80000bb2:	87ce                	mv	a5,s3
80000bb4:	0009d363          	bgez	s3,80000bba <__d_vfprintf+0x60a>
80000bb8:	4781                	li	a5,0
80000bba:	0785                	add	a5,a5,1
80000bbc:	c311                	beqz	a4,80000bc0 <__d_vfprintf+0x610>
80000bbe:	0785                	add	a5,a5,1
80000bc0:	0c0d0963          	beqz	s10,80000c92 <__d_vfprintf+0x6e2>
80000bc4:	001d0693          	add	a3,s10,1
80000bc8:	97b6                	add	a5,a5,a3
80000bca:	4481                	li	s1,0
80000bcc:	0167d463          	bge	a5,s6,80000bd4 <__d_vfprintf+0x624>
80000bd0:	40fb04b3          	sub	s1,s6,a5
80000bd4:	009af793          	and	a5,s5,9
80000bd8:	e789                	bnez	a5,80000be2 <__d_vfprintf+0x632>
80000bda:	94a2                	add	s1,s1,s0
80000bdc:	0c849063          	bne	s1,s0,80000c9c <__d_vfprintf+0x6ec>
80000be0:	4481                	li	s1,0
80000be2:	c719                	beqz	a4,80000bf0 <__d_vfprintf+0x640>
80000be4:	4582                	lw	a1,0(sp)
80000be6:	853a                	mv	a0,a4
80000be8:	0405                	add	s0,s0,1
80000bea:	9a02                	jalr	s4
80000bec:	a00541e3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000bf0:	00bad793          	srl	a5,s5,0xb
80000bf4:	8b85                	and	a5,a5,1
80000bf6:	c395                	beqz	a5,80000c1a <__d_vfprintf+0x66a>
80000bf8:	4582                	lw	a1,0(sp)
80000bfa:	03000513          	li	a0,48
80000bfe:	9a02                	jalr	s4
80000c00:	9e0547e3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000c04:	07800513          	li	a0,120
80000c08:	4582                	lw	a1,0(sp)
80000c0a:	41250533          	sub	a0,a0,s2
80000c0e:	0f857513          	and	a0,a0,248
80000c12:	0409                	add	s0,s0,2
80000c14:	9a02                	jalr	s4
80000c16:	9c054ce3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000c1a:	008af793          	and	a5,s5,8
80000c1e:	e791                	bnez	a5,80000c2a <__d_vfprintf+0x67a>
80000c20:	8b22                	mv	s6,s0
80000c22:	9426                	add	s0,s0,s1
80000c24:	09641663          	bne	s0,s6,80000cb0 <__d_vfprintf+0x700>
80000c28:	4481                	li	s1,0
80000c2a:	0c0d8f63          	beqz	s11,80000d08 <__d_vfprintf+0x758>
80000c2e:	8cce                	mv	s9,s3
80000c30:	0009d363          	bgez	s3,80000c36 <__d_vfprintf+0x686>
80000c34:	4c81                	li	s9,0
80000c36:	41998db3          	sub	s11,s3,s9
80000c3a:	41a00d33          	neg	s10,s10
80000c3e:	5b7d                	li	s6,-1
80000c40:	03000513          	li	a0,48
80000c44:	017df663          	bgeu	s11,s7,80000c50 <__d_vfprintf+0x6a0>
80000c48:	103c                	add	a5,sp,40
80000c4a:	97ee                	add	a5,a5,s11
80000c4c:	0057c503          	lbu	a0,5(a5)
80000c50:	1cfd                	add	s9,s9,-1
80000c52:	00140c13          	add	s8,s0,1
80000c56:	07acc563          	blt	s9,s10,80000cc0 <__d_vfprintf+0x710>
80000c5a:	4582                	lw	a1,0(sp)
80000c5c:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000c5e:	9a02                	jalr	s4
80000c60:	980547e3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000c64:	016c9a63          	bne	s9,s6,80000c78 <__d_vfprintf+0x6c8>
80000c68:	4582                	lw	a1,0(sp)
80000c6a:	02e00513          	li	a0,46
80000c6e:	9a02                	jalr	s4
80000c70:	96054fe3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000c74:	00240c13          	add	s8,s0,2
80000c78:	8462                	mv	s0,s8
80000c7a:	b7d9                	j	80000c40 <__d_vfprintf+0x690>
80000c7c:	fff78d13          	add	s10,a5,-1
80000c80:	b725                	j	80000ba8 <__d_vfprintf+0x5f8>
80000c82:	00bad693          	srl	a3,s5,0xb
80000c86:	8a85                	and	a3,a3,1
80000c88:	478d                	li	a5,3
80000c8a:	c291                	beqz	a3,80000c8e <__d_vfprintf+0x6de>
80000c8c:	4795                	li	a5,5
80000c8e:	97e2                	add	a5,a5,s8
80000c90:	b735                	j	80000bbc <__d_vfprintf+0x60c>
80000c92:	010af693          	and	a3,s5,16
80000c96:	da95                	beqz	a3,80000bca <__d_vfprintf+0x61a>
80000c98:	0785                	add	a5,a5,1
80000c9a:	bf05                	j	80000bca <__d_vfprintf+0x61a>
80000c9c:	4582                	lw	a1,0(sp)
80000c9e:	02000513          	li	a0,32
80000ca2:	c83a                	sw	a4,16(sp)
80000ca4:	9a02                	jalr	s4
80000ca6:	4742                	lw	a4,16(sp)
80000ca8:	0405                	add	s0,s0,1
80000caa:	f20559e3          	bgez	a0,80000bdc <__d_vfprintf+0x62c>
80000cae:	b281                	j	800005ee <__d_vfprintf+0x3e>
80000cb0:	4582                	lw	a1,0(sp)
80000cb2:	03000513          	li	a0,48
80000cb6:	0b05                	add	s6,s6,1
80000cb8:	9a02                	jalr	s4
80000cba:	f60555e3          	bgez	a0,80000c24 <__d_vfprintf+0x674>
80000cbe:	ba05                	j	800005ee <__d_vfprintf+0x3e>
80000cc0:	033c9063          	bne	s9,s3,80000ce0 <__d_vfprintf+0x730>
80000cc4:	02d14703          	lbu	a4,45(sp)
80000cc8:	03500793          	li	a5,53
80000ccc:	00e7e863          	bltu	a5,a4,80000cdc <__d_vfprintf+0x72c>
80000cd0:	00f71863          	bne	a4,a5,80000ce0 <__d_vfprintf+0x730>
80000cd4:	02c14783          	lbu	a5,44(sp)
80000cd8:	8bc1                	and	a5,a5,16
80000cda:	e399                	bnez	a5,80000ce0 <__d_vfprintf+0x730>
80000cdc:	03100513          	li	a0,49
80000ce0:	4582                	lw	a1,0(sp)
80000ce2:	9a02                	jalr	s4
80000ce4:	900545e3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000ce8:	010afa93          	and	s5,s5,16
80000cec:	e60a84e3          	beqz	s5,80000b54 <__d_vfprintf+0x5a4>
80000cf0:	57fd                	li	a5,-1
80000cf2:	e6fc91e3          	bne	s9,a5,80000b54 <__d_vfprintf+0x5a4>
80000cf6:	4582                	lw	a1,0(sp)
80000cf8:	00240c13          	add	s8,s0,2
80000cfc:	02e00513          	li	a0,46
80000d00:	9a02                	jalr	s4
80000d02:	e40559e3          	bgez	a0,80000b54 <__d_vfprintf+0x5a4>
80000d06:	b0e5                	j	800005ee <__d_vfprintf+0x3e>
80000d08:	02d14503          	lbu	a0,45(sp)
80000d0c:	03100793          	li	a5,49
80000d10:	00f50763          	beq	a0,a5,80000d1e <__d_vfprintf+0x76e>
80000d14:	02c14783          	lbu	a5,44(sp)
80000d18:	9bbd                	and	a5,a5,-17
80000d1a:	02f10623          	sb	a5,44(sp)
80000d1e:	4582                	lw	a1,0(sp)
80000d20:	9a02                	jalr	s4
80000d22:	8c0546e3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000d26:	0da05a63          	blez	s10,80000dfa <__d_vfprintf+0x84a>
80000d2a:	4582                	lw	a1,0(sp)
80000d2c:	02e00513          	li	a0,46
80000d30:	0409                	add	s0,s0,2
80000d32:	9a02                	jalr	s4
80000d34:	8a054de3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000d38:	4a85                	li	s5,1
80000d3a:	4785                	li	a5,1
80000d3c:	0405                	add	s0,s0,1
80000d3e:	03000513          	li	a0,48
80000d42:	017af863          	bgeu	s5,s7,80000d52 <__d_vfprintf+0x7a2>
80000d46:	02078793          	add	a5,a5,32
80000d4a:	1018                	add	a4,sp,32
80000d4c:	97ba                	add	a5,a5,a4
80000d4e:	fed7c503          	lbu	a0,-19(a5)
80000d52:	4582                	lw	a1,0(sp)
80000d54:	9a02                	jalr	s4
80000d56:	88054ce3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000d5a:	0a85                	add	s5,s5,1
80000d5c:	0ffafa93          	zext.b	s5,s5
80000d60:	87d6                	mv	a5,s5
80000d62:	fd5d5de3          	bge	s10,s5,80000d3c <__d_vfprintf+0x78c>
80000d66:	4582                	lw	a1,0(sp)
80000d68:	412c8533          	sub	a0,s9,s2
80000d6c:	0ff57513          	zext.b	a0,a0
80000d70:	9a02                	jalr	s4
80000d72:	86054ee3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000d76:	0009ca63          	bltz	s3,80000d8a <__d_vfprintf+0x7da>
80000d7a:	02b00513          	li	a0,43
80000d7e:	00099a63          	bnez	s3,80000d92 <__d_vfprintf+0x7e2>
80000d82:	02c14783          	lbu	a5,44(sp)
80000d86:	8bc1                	and	a5,a5,16
80000d88:	c789                	beqz	a5,80000d92 <__d_vfprintf+0x7e2>
80000d8a:	413009b3          	neg	s3,s3
80000d8e:	02d00513          	li	a0,45
80000d92:	4582                	lw	a1,0(sp)
80000d94:	9a02                	jalr	s4
80000d96:	84054ce3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000d9a:	4791                	li	a5,4
80000d9c:	06fc1e63          	bne	s8,a5,80000e18 <__d_vfprintf+0x868>
80000da0:	3e800913          	li	s2,1000
80000da4:	0329c533          	div	a0,s3,s2
80000da8:	4582                	lw	a1,0(sp)
80000daa:	040d                	add	s0,s0,3
80000dac:	03050513          	add	a0,a0,48
80000db0:	0ff57513          	zext.b	a0,a0
80000db4:	9a02                	jalr	s4
80000db6:	82054ce3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000dba:	0329e9b3          	rem	s3,s3,s2
80000dbe:	06400913          	li	s2,100
80000dc2:	4582                	lw	a1,0(sp)
80000dc4:	0405                	add	s0,s0,1
80000dc6:	0329c533          	div	a0,s3,s2
80000dca:	03050513          	add	a0,a0,48
80000dce:	0ff57513          	zext.b	a0,a0
80000dd2:	9a02                	jalr	s4
80000dd4:	80054de3          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000dd8:	0329e9b3          	rem	s3,s3,s2
80000ddc:	4929                	li	s2,10
80000dde:	4582                	lw	a1,0(sp)
80000de0:	0405                	add	s0,s0,1
80000de2:	0329c533          	div	a0,s3,s2
80000de6:	03050513          	add	a0,a0,48
80000dea:	0ff57513          	zext.b	a0,a0
80000dee:	9a02                	jalr	s4
80000df0:	fe054f63          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000df4:	0329e9b3          	rem	s3,s3,s2
80000df8:	a03d                	j	80000e26 <__d_vfprintf+0x876>
80000dfa:	010afa93          	and	s5,s5,16
80000dfe:	000a9463          	bnez	s5,80000e06 <__d_vfprintf+0x856>
80000e02:	0405                	add	s0,s0,1
80000e04:	b78d                	j	80000d66 <__d_vfprintf+0x7b6>
80000e06:	4582                	lw	a1,0(sp)
80000e08:	02e00513          	li	a0,46
80000e0c:	0409                	add	s0,s0,2
80000e0e:	9a02                	jalr	s4
80000e10:	f4055be3          	bgez	a0,80000d66 <__d_vfprintf+0x7b6>
80000e14:	fdaff06f          	j	800005ee <__d_vfprintf+0x3e>
80000e18:	478d                	li	a5,3
80000e1a:	0409                	add	s0,s0,2
80000e1c:	fafc01e3          	beq	s8,a5,80000dbe <__d_vfprintf+0x80e>
80000e20:	4785                	li	a5,1
80000e22:	fafc1de3          	bne	s8,a5,80000ddc <__d_vfprintf+0x82c>
80000e26:	03098513          	add	a0,s3,48
80000e2a:	4582                	lw	a1,0(sp)
80000e2c:	00140c13          	add	s8,s0,1
80000e30:	0ff57513          	zext.b	a0,a0
80000e34:	b5f1                	j	80000d00 <__d_vfprintf+0x750>
80000e36:	f9d90793          	add	a5,s2,-99
80000e3a:	0ff7f793          	zext.b	a5,a5
80000e3e:	4749                	li	a4,18
80000e40:	1ef76f63          	bltu	a4,a5,8000103e <__d_vfprintf+0xa8e>
80000e44:	80003737          	lui	a4,0x80003
80000e48:	078a                	sll	a5,a5,0x2
80000e4a:	89870713          	add	a4,a4,-1896 # 80002898 <cases+0x4a4>
80000e4e:	97ba                	add	a5,a5,a4
80000e50:	439c                	lw	a5,0(a5)
80000e52:	8782                	jr	a5
80000e54:	5792                	lw	a5,36(sp)
80000e56:	4485                	li	s1,1
80000e58:	02810993          	add	s3,sp,40
80000e5c:	00478713          	add	a4,a5,4
80000e60:	439c                	lw	a5,0(a5)
80000e62:	d23a                	sw	a4,36(sp)
80000e64:	02f10423          	sb	a5,40(sp)
80000e68:	008df813          	and	a6,s11,8
80000e6c:	04080e63          	beqz	a6,80000ec8 <__d_vfprintf+0x918>
80000e70:	4901                	li	s2,0
80000e72:	05249d63          	bne	s1,s2,80000ecc <__d_vfprintf+0x91c>
80000e76:	00940c33          	add	s8,s0,s1
80000e7a:	409b04b3          	sub	s1,s6,s1
80000e7e:	b9d9                	j	80000b54 <__d_vfprintf+0x5a4>
80000e80:	5792                	lw	a5,36(sp)
80000e82:	00478713          	add	a4,a5,4
80000e86:	d23a                	sw	a4,36(sp)
80000e88:	0007a983          	lw	s3,0(a5)
80000e8c:	00099663          	bnez	s3,80000e98 <__d_vfprintf+0x8e8>
80000e90:	800039b7          	lui	s3,0x80003
80000e94:	84c98993          	add	s3,s3,-1972 # 8000284c <cases+0x458>
80000e98:	040df793          	and	a5,s11,64
80000e9c:	55fd                	li	a1,-1
80000e9e:	c391                	beqz	a5,80000ea2 <__d_vfprintf+0x8f2>
80000ea0:	85ea                	mv	a1,s10
80000ea2:	854e                	mv	a0,s3
80000ea4:	4b3000ef          	jal	80001b56 <strnlen>
80000ea8:	84aa                	mv	s1,a0
80000eaa:	bf7d                	j	80000e68 <__d_vfprintf+0x8b8>
80000eac:	4582                	lw	a1,0(sp)
80000eae:	02000513          	li	a0,32
80000eb2:	9a02                	jalr	s4
80000eb4:	f2054d63          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80000eb8:	197d                	add	s2,s2,-1
80000eba:	ff24e9e3          	bltu	s1,s2,80000eac <__d_vfprintf+0x8fc>
80000ebe:	945a                	add	s0,s0,s6
80000ec0:	41240433          	sub	s0,s0,s2
80000ec4:	8b4a                	mv	s6,s2
80000ec6:	b76d                	j	80000e70 <__d_vfprintf+0x8c0>
80000ec8:	895a                	mv	s2,s6
80000eca:	bfc5                	j	80000eba <__d_vfprintf+0x90a>
80000ecc:	012987b3          	add	a5,s3,s2
80000ed0:	4582                	lw	a1,0(sp)
80000ed2:	0007c503          	lbu	a0,0(a5)
80000ed6:	0905                	add	s2,s2,1
80000ed8:	9a02                	jalr	s4
80000eda:	f8055ce3          	bgez	a0,80000e72 <__d_vfprintf+0x8c2>
80000ede:	f10ff06f          	j	800005ee <__d_vfprintf+0x3e>
80000ee2:	080df713          	and	a4,s11,128
80000ee6:	5792                	lw	a5,36(sp)
80000ee8:	cf49                	beqz	a4,80000f82 <__d_vfprintf+0x9d2>
80000eea:	200df713          	and	a4,s11,512
80000eee:	c359                	beqz	a4,80000f74 <__d_vfprintf+0x9c4>
80000ef0:	079d                	add	a5,a5,7
80000ef2:	9be1                	and	a5,a5,-8
80000ef4:	4388                	lw	a0,0(a5)
80000ef6:	43cc                	lw	a1,4(a5)
80000ef8:	00878713          	add	a4,a5,8
80000efc:	d23a                	sw	a4,36(sp)
80000efe:	fefdf993          	and	s3,s11,-17
80000f02:	09c2                	sll	s3,s3,0x10
80000f04:	0109d993          	srl	s3,s3,0x10
80000f08:	0805dd63          	bgez	a1,80000fa2 <__d_vfprintf+0x9f2>
80000f0c:	00a037b3          	snez	a5,a0
80000f10:	40b005b3          	neg	a1,a1
80000f14:	8d9d                	sub	a1,a1,a5
80000f16:	40a00533          	neg	a0,a0
80000f1a:	4009e993          	or	s3,s3,1024
80000f1e:	02810a93          	add	s5,sp,40
80000f22:	46a9                	li	a3,10
80000f24:	8656                	mv	a2,s5
80000f26:	c8eff0ef          	jal	800003b4 <__ultoa_invert>
80000f2a:	0409f793          	and	a5,s3,64
80000f2e:	41550ab3          	sub	s5,a0,s5
80000f32:	c7f5                	beqz	a5,8000101e <__d_vfprintf+0xa6e>
80000f34:	ffe9f793          	and	a5,s3,-2
80000f38:	07c2                	sll	a5,a5,0x10
80000f3a:	83c1                	srl	a5,a5,0x10
80000f3c:	19aad563          	bge	s5,s10,800010c6 <__d_vfprintf+0xb16>
80000f40:	16090c63          	beqz	s2,800010b8 <__d_vfprintf+0xb08>
80000f44:	0109fc13          	and	s8,s3,16
80000f48:	84ea                	mv	s1,s10
80000f4a:	89be                	mv	s3,a5
80000f4c:	060c0a63          	beqz	s8,80000fc0 <__d_vfprintf+0xa10>
80000f50:	0489                	add	s1,s1,2
80000f52:	0089f793          	and	a5,s3,8
80000f56:	18079a63          	bnez	a5,800010ea <__d_vfprintf+0xb3a>
80000f5a:	0019f793          	and	a5,s3,1
80000f5e:	cb89                	beqz	a5,80000f70 <__d_vfprintf+0x9c0>
80000f60:	8d56                	mv	s10,s5
80000f62:	0164d763          	bge	s1,s6,80000f70 <__d_vfprintf+0x9c0>
80000f66:	409b04b3          	sub	s1,s6,s1
80000f6a:	01548d33          	add	s10,s1,s5
80000f6e:	84da                	mv	s1,s6
80000f70:	8ba6                	mv	s7,s1
80000f72:	a2ad                	j	800010dc <__d_vfprintf+0xb2c>
80000f74:	4388                	lw	a0,0(a5)
80000f76:	00478713          	add	a4,a5,4
80000f7a:	d23a                	sw	a4,36(sp)
80000f7c:	41f55593          	sra	a1,a0,0x1f
80000f80:	bfbd                	j	80000efe <__d_vfprintf+0x94e>
80000f82:	00478713          	add	a4,a5,4
80000f86:	4388                	lw	a0,0(a5)
80000f88:	d23a                	sw	a4,36(sp)
80000f8a:	100df793          	and	a5,s11,256
80000f8e:	d7fd                	beqz	a5,80000f7c <__d_vfprintf+0x9cc>
80000f90:	200df793          	and	a5,s11,512
80000f94:	c781                	beqz	a5,80000f9c <__d_vfprintf+0x9ec>
80000f96:	0562                	sll	a0,a0,0x18
80000f98:	8561                	sra	a0,a0,0x18
80000f9a:	b7cd                	j	80000f7c <__d_vfprintf+0x9cc>
80000f9c:	0542                	sll	a0,a0,0x10
80000f9e:	8541                	sra	a0,a0,0x10
80000fa0:	bff1                	j	80000f7c <__d_vfprintf+0x9cc>
80000fa2:	00b567b3          	or	a5,a0,a1
80000fa6:	ffa5                	bnez	a5,80000f1e <__d_vfprintf+0x96e>
80000fa8:	040df793          	and	a5,s11,64
80000fac:	dbad                	beqz	a5,80000f1e <__d_vfprintf+0x96e>
80000fae:	f60d18e3          	bnez	s10,80000f1e <__d_vfprintf+0x96e>
80000fb2:	feedf993          	and	s3,s11,-18
80000fb6:	09c2                	sll	s3,s3,0x10
80000fb8:	0109d993          	srl	s3,s3,0x10
80000fbc:	4a81                	li	s5,0
80000fbe:	4481                	li	s1,0
80000fc0:	4069fc13          	and	s8,s3,1030
80000fc4:	f80c07e3          	beqz	s8,80000f52 <__d_vfprintf+0x9a2>
80000fc8:	0485                	add	s1,s1,1
80000fca:	4c01                	li	s8,0
80000fcc:	b759                	j	80000f52 <__d_vfprintf+0x9a2>
80000fce:	fefdf813          	and	a6,s11,-17
80000fd2:	01081d93          	sll	s11,a6,0x10
80000fd6:	010ddd93          	srl	s11,s11,0x10
80000fda:	46a9                	li	a3,10
80000fdc:	080df713          	and	a4,s11,128
80000fe0:	5792                	lw	a5,36(sp)
80000fe2:	c355                	beqz	a4,80001086 <__d_vfprintf+0xad6>
80000fe4:	200df713          	and	a4,s11,512
80000fe8:	cb49                	beqz	a4,8000107a <__d_vfprintf+0xaca>
80000fea:	079d                	add	a5,a5,7
80000fec:	9be1                	and	a5,a5,-8
80000fee:	4388                	lw	a0,0(a5)
80000ff0:	43cc                	lw	a1,4(a5)
80000ff2:	00878713          	add	a4,a5,8
80000ff6:	d23a                	sw	a4,36(sp)
80000ff8:	00b567b3          	or	a5,a0,a1
80000ffc:	e7cd                	bnez	a5,800010a6 <__d_vfprintf+0xaf6>
80000ffe:	fe9df993          	and	s3,s11,-23
80001002:	09c2                	sll	s3,s3,0x10
80001004:	040df793          	and	a5,s11,64
80001008:	0109d993          	srl	s3,s3,0x10
8000100c:	c3dd                	beqz	a5,800010b2 <__d_vfprintf+0xb02>
8000100e:	0a0d1263          	bnez	s10,800010b2 <__d_vfprintf+0xb02>
80001012:	fe8df993          	and	s3,s11,-24
80001016:	09c2                	sll	s3,s3,0x10
80001018:	0109d993          	srl	s3,s3,0x10
8000101c:	4a81                	li	s5,0
8000101e:	0109fc13          	and	s8,s3,16
80001022:	0a0c0463          	beqz	s8,800010ca <__d_vfprintf+0xb1a>
80001026:	001a8493          	add	s1,s5,1
8000102a:	f20904e3          	beqz	s2,80000f52 <__d_vfprintf+0x9a2>
8000102e:	84d6                	mv	s1,s5
80001030:	b705                	j	80000f50 <__d_vfprintf+0x9a0>
80001032:	010ded93          	or	s11,s11,16
80001036:	46c1                	li	a3,16
80001038:	07800913          	li	s2,120
8000103c:	b745                	j	80000fdc <__d_vfprintf+0xa2c>
8000103e:	07800793          	li	a5,120
80001042:	00fc9a63          	bne	s9,a5,80001056 <__d_vfprintf+0xaa6>
80001046:	05800793          	li	a5,88
8000104a:	46c1                	li	a3,16
8000104c:	f8f918e3          	bne	s2,a5,80000fdc <__d_vfprintf+0xa2c>
80001050:	21000693          	li	a3,528
80001054:	b761                	j	80000fdc <__d_vfprintf+0xa2c>
80001056:	4582                	lw	a1,0(sp)
80001058:	02500513          	li	a0,37
8000105c:	9a02                	jalr	s4
8000105e:	d8054863          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80001062:	4582                	lw	a1,0(sp)
80001064:	854a                	mv	a0,s2
80001066:	9a02                	jalr	s4
80001068:	d8054363          	bltz	a0,800005ee <__d_vfprintf+0x3e>
8000106c:	0409                	add	s0,s0,2
8000106e:	4792                	lw	a5,4(sp)
80001070:	d5eff06f          	j	800005ce <__d_vfprintf+0x1e>
80001074:	46a1                	li	a3,8
80001076:	4901                	li	s2,0
80001078:	b795                	j	80000fdc <__d_vfprintf+0xa2c>
8000107a:	4388                	lw	a0,0(a5)
8000107c:	00478713          	add	a4,a5,4
80001080:	d23a                	sw	a4,36(sp)
80001082:	4581                	li	a1,0
80001084:	bf95                	j	80000ff8 <__d_vfprintf+0xa48>
80001086:	00478713          	add	a4,a5,4
8000108a:	4388                	lw	a0,0(a5)
8000108c:	d23a                	sw	a4,36(sp)
8000108e:	100df793          	and	a5,s11,256
80001092:	dbe5                	beqz	a5,80001082 <__d_vfprintf+0xad2>
80001094:	200df793          	and	a5,s11,512
80001098:	c781                	beqz	a5,800010a0 <__d_vfprintf+0xaf0>
8000109a:	0ff57513          	zext.b	a0,a0
8000109e:	b7d5                	j	80001082 <__d_vfprintf+0xad2>
800010a0:	0542                	sll	a0,a0,0x10
800010a2:	8141                	srl	a0,a0,0x10
800010a4:	bff9                	j	80001082 <__d_vfprintf+0xad2>
800010a6:	ff9df813          	and	a6,s11,-7
800010aa:	01081993          	sll	s3,a6,0x10
800010ae:	0109d993          	srl	s3,s3,0x10
800010b2:	02810a93          	add	s5,sp,40
800010b6:	b5bd                	j	80000f24 <__d_vfprintf+0x974>
800010b8:	fee9f993          	and	s3,s3,-18
800010bc:	09c2                	sll	s3,s3,0x10
800010be:	0109d993          	srl	s3,s3,0x10
800010c2:	84ea                	mv	s1,s10
800010c4:	bdf5                	j	80000fc0 <__d_vfprintf+0xa10>
800010c6:	89be                	mv	s3,a5
800010c8:	bf99                	j	8000101e <__d_vfprintf+0xa6e>
800010ca:	84d6                	mv	s1,s5
800010cc:	bdd5                	j	80000fc0 <__d_vfprintf+0xa10>
800010ce:	4582                	lw	a1,0(sp)
800010d0:	02000513          	li	a0,32
800010d4:	9a02                	jalr	s4
800010d6:	d0054c63          	bltz	a0,800005ee <__d_vfprintf+0x3e>
800010da:	0b85                	add	s7,s7,1
800010dc:	ff6bc9e3          	blt	s7,s6,800010ce <__d_vfprintf+0xb1e>
800010e0:	409404b3          	sub	s1,s0,s1
800010e4:	01748433          	add	s0,s1,s7
800010e8:	84de                	mv	s1,s7
800010ea:	020c0363          	beqz	s8,80001110 <__d_vfprintf+0xb60>
800010ee:	4582                	lw	a1,0(sp)
800010f0:	03000513          	li	a0,48
800010f4:	9a02                	jalr	s4
800010f6:	ce054c63          	bltz	a0,800005ee <__d_vfprintf+0x3e>
800010fa:	04090d63          	beqz	s2,80001154 <__d_vfprintf+0xba4>
800010fe:	4582                	lw	a1,0(sp)
80001100:	0409                	add	s0,s0,2
80001102:	854a                	mv	a0,s2
80001104:	9a02                	jalr	s4
80001106:	ce054463          	bltz	a0,800005ee <__d_vfprintf+0x3e>
8000110a:	8c22                	mv	s8,s0
8000110c:	9d22                	add	s10,s10,s0
8000110e:	a81d                	j	80001144 <__d_vfprintf+0xb94>
80001110:	4069f793          	and	a5,s3,1030
80001114:	dbfd                	beqz	a5,8000110a <__d_vfprintf+0xb5a>
80001116:	0029f793          	and	a5,s3,2
8000111a:	02000513          	li	a0,32
8000111e:	c399                	beqz	a5,80001124 <__d_vfprintf+0xb74>
80001120:	02b00513          	li	a0,43
80001124:	4009f993          	and	s3,s3,1024
80001128:	00098463          	beqz	s3,80001130 <__d_vfprintf+0xb80>
8000112c:	02d00513          	li	a0,45
80001130:	4582                	lw	a1,0(sp)
80001132:	0405                	add	s0,s0,1
80001134:	bfc1                	j	80001104 <__d_vfprintf+0xb54>
80001136:	4582                	lw	a1,0(sp)
80001138:	03000513          	li	a0,48
8000113c:	0c05                	add	s8,s8,1
8000113e:	9a02                	jalr	s4
80001140:	ca054763          	bltz	a0,800005ee <__d_vfprintf+0x3e>
80001144:	418d07b3          	sub	a5,s10,s8
80001148:	fefac7e3          	blt	s5,a5,80001136 <__d_vfprintf+0xb86>
8000114c:	8456                	mv	s0,s5
8000114e:	e409                	bnez	s0,80001158 <__d_vfprintf+0xba8>
80001150:	9c56                	add	s8,s8,s5
80001152:	b325                	j	80000e7a <__d_vfprintf+0x8ca>
80001154:	0405                	add	s0,s0,1
80001156:	bf55                	j	8000110a <__d_vfprintf+0xb5a>
80001158:	147d                	add	s0,s0,-1
8000115a:	103c                	add	a5,sp,40
8000115c:	97a2                	add	a5,a5,s0
8000115e:	4582                	lw	a1,0(sp)
80001160:	0007c503          	lbu	a0,0(a5)
80001164:	9a02                	jalr	s4
80001166:	fe0554e3          	bgez	a0,8000114e <__d_vfprintf+0xb9e>
8000116a:	c84ff06f          	j	800005ee <__d_vfprintf+0x3e>
8000116e:	4582                	lw	a1,0(sp)
80001170:	02000513          	li	a0,32
80001174:	0405                	add	s0,s0,1
80001176:	9a02                	jalr	s4
80001178:	c6054b63          	bltz	a0,800005ee <__d_vfprintf+0x3e>
8000117c:	408487b3          	sub	a5,s1,s0
80001180:	fef047e3          	bgtz	a5,8000116e <__d_vfprintf+0xbbe>
80001184:	b5ed                	j	8000106e <__d_vfprintf+0xabe>

80001186 <mulShiftAll64>:
80001186:	0f0012ef          	jal	t0,80002276 <__riscv_save_10>
8000118a:	84b2                	mv	s1,a2
8000118c:	00159913          	sll	s2,a1,0x1
80001190:	4210                	lw	a2,0(a2)
80001192:	8ab6                	mv	s5,a3
80001194:	89be                	mv	s3,a5
80001196:	40d4                	lw	a3,4(s1)
80001198:	01f55793          	srl	a5,a0,0x1f
8000119c:	1141                	add	sp,sp,-16
8000119e:	0127e933          	or	s2,a5,s2
800011a2:	00151413          	sll	s0,a0,0x1
800011a6:	8522                	mv	a0,s0
800011a8:	85ca                	mv	a1,s2
800011aa:	8bba                	mv	s7,a4
800011ac:	870a                	mv	a4,sp
800011ae:	8b42                	mv	s6,a6
800011b0:	0f5000ef          	jal	80001aa4 <__umul128>
800011b4:	44d4                	lw	a3,12(s1)
800011b6:	4490                	lw	a2,8(s1)
800011b8:	0038                	add	a4,sp,8
800011ba:	8caa                	mv	s9,a0
800011bc:	8c2e                	mv	s8,a1
800011be:	8522                	mv	a0,s0
800011c0:	85ca                	mv	a1,s2
800011c2:	0e3000ef          	jal	80001aa4 <__umul128>
800011c6:	4682                	lw	a3,0(sp)
800011c8:	4712                	lw	a4,4(sp)
800011ca:	4785                	li	a5,1
800011cc:	00d50933          	add	s2,a0,a3
800011d0:	00a93533          	sltu	a0,s2,a0
800011d4:	95ba                	add	a1,a1,a4
800011d6:	00b50433          	add	s0,a0,a1
800011da:	00e46763          	bltu	s0,a4,800011e8 <mulShiftAll64+0x62>
800011de:	00871463          	bne	a4,s0,800011e6 <mulShiftAll64+0x60>
800011e2:	00d96363          	bltu	s2,a3,800011e8 <mulShiftAll64+0x62>
800011e6:	4781                	li	a5,0
800011e8:	4622                	lw	a2,8(sp)
800011ea:	4732                	lw	a4,12(sp)
800011ec:	963e                	add	a2,a2,a5
800011ee:	00f637b3          	sltu	a5,a2,a5
800011f2:	00e786b3          	add	a3,a5,a4
800011f6:	4098                	lw	a4,0(s1)
800011f8:	40dc                	lw	a5,4(s1)
800011fa:	c432                	sw	a2,8(sp)
800011fc:	9766                	add	a4,a4,s9
800011fe:	97e2                	add	a5,a5,s8
80001200:	019735b3          	sltu	a1,a4,s9
80001204:	95be                	add	a1,a1,a5
80001206:	c636                	sw	a3,12(sp)
80001208:	4785                	li	a5,1
8000120a:	0185e763          	bltu	a1,s8,80001218 <mulShiftAll64+0x92>
8000120e:	00bc1463          	bne	s8,a1,80001216 <mulShiftAll64+0x90>
80001212:	01976363          	bltu	a4,s9,80001218 <mulShiftAll64+0x92>
80001216:	4781                	li	a5,0
80001218:	4498                	lw	a4,8(s1)
8000121a:	44c8                	lw	a0,12(s1)
8000121c:	fbfa8a13          	add	s4,s5,-65
80001220:	974a                	add	a4,a4,s2
80001222:	9522                	add	a0,a0,s0
80001224:	012735b3          	sltu	a1,a4,s2
80001228:	95aa                	add	a1,a1,a0
8000122a:	00e78533          	add	a0,a5,a4
8000122e:	00f537b3          	sltu	a5,a0,a5
80001232:	95be                	add	a1,a1,a5
80001234:	4785                	li	a5,1
80001236:	0085e763          	bltu	a1,s0,80001244 <mulShiftAll64+0xbe>
8000123a:	00b41463          	bne	s0,a1,80001242 <mulShiftAll64+0xbc>
8000123e:	01256363          	bltu	a0,s2,80001244 <mulShiftAll64+0xbe>
80001242:	4781                	li	a5,0
80001244:	963e                	add	a2,a2,a5
80001246:	00f637b3          	sltu	a5,a2,a5
8000124a:	8752                	mv	a4,s4
8000124c:	96be                	add	a3,a3,a5
8000124e:	0a3000ef          	jal	80001af0 <__shiftright128>
80001252:	00aba023          	sw	a0,0(s7)
80001256:	00bba223          	sw	a1,4(s7)
8000125a:	4785                	li	a5,1
8000125c:	48a2                	lw	a7,8(sp)
8000125e:	4832                	lw	a6,12(sp)
80001260:	40cc                	lw	a1,4(s1)
80001262:	4488                	lw	a0,8(s1)
80001264:	44d8                	lw	a4,12(s1)
80001266:	06fb1763          	bne	s6,a5,800012d4 <mulShiftAll64+0x14e>
8000126a:	40a906b3          	sub	a3,s2,a0
8000126e:	00d93633          	sltu	a2,s2,a3
80001272:	40e407b3          	sub	a5,s0,a4
80001276:	8f91                	sub	a5,a5,a2
80001278:	4505                	li	a0,1
8000127a:	00bc6863          	bltu	s8,a1,8000128a <mulShiftAll64+0x104>
8000127e:	01859563          	bne	a1,s8,80001288 <mulShiftAll64+0x102>
80001282:	4098                	lw	a4,0(s1)
80001284:	00ece363          	bltu	s9,a4,8000128a <mulShiftAll64+0x104>
80001288:	4501                	li	a0,0
8000128a:	40a68533          	sub	a0,a3,a0
8000128e:	00a6b6b3          	sltu	a3,a3,a0
80001292:	40d785b3          	sub	a1,a5,a3
80001296:	4605                	li	a2,1
80001298:	00b46763          	bltu	s0,a1,800012a6 <mulShiftAll64+0x120>
8000129c:	00859463          	bne	a1,s0,800012a4 <mulShiftAll64+0x11e>
800012a0:	00a96363          	bltu	s2,a0,800012a6 <mulShiftAll64+0x120>
800012a4:	4601                	li	a2,0
800012a6:	40c88633          	sub	a2,a7,a2
800012aa:	00c8b6b3          	sltu	a3,a7,a2
800012ae:	8752                	mv	a4,s4
800012b0:	40d806b3          	sub	a3,a6,a3
800012b4:	03d000ef          	jal	80001af0 <__shiftright128>
800012b8:	4622                	lw	a2,8(sp)
800012ba:	46b2                	lw	a3,12(sp)
800012bc:	00a9a023          	sw	a0,0(s3)
800012c0:	00b9a223          	sw	a1,4(s3)
800012c4:	8752                	mv	a4,s4
800012c6:	854a                	mv	a0,s2
800012c8:	85a2                	mv	a1,s0
800012ca:	027000ef          	jal	80001af0 <__shiftright128>
800012ce:	0141                	add	sp,sp,16
800012d0:	7df0006f          	j	800022ae <__riscv_restore_10>
800012d4:	01fcd793          	srl	a5,s9,0x1f
800012d8:	001c1613          	sll	a2,s8,0x1
800012dc:	8e5d                	or	a2,a2,a5
800012de:	01f95693          	srl	a3,s2,0x1f
800012e2:	00141793          	sll	a5,s0,0x1
800012e6:	001c9e93          	sll	t4,s9,0x1
800012ea:	8fd5                	or	a5,a5,a3
800012ec:	00191313          	sll	t1,s2,0x1
800012f0:	4e05                	li	t3,1
800012f2:	01866763          	bltu	a2,s8,80001300 <mulShiftAll64+0x17a>
800012f6:	00cc1463          	bne	s8,a2,800012fe <mulShiftAll64+0x178>
800012fa:	019ee363          	bltu	t4,s9,80001300 <mulShiftAll64+0x17a>
800012fe:	4e01                	li	t3,0
80001300:	9e1a                	add	t3,t3,t1
80001302:	006e3333          	sltu	t1,t3,t1
80001306:	933e                	add	t1,t1,a5
80001308:	4785                	li	a5,1
8000130a:	00b66863          	bltu	a2,a1,8000131a <mulShiftAll64+0x194>
8000130e:	00c59563          	bne	a1,a2,80001318 <mulShiftAll64+0x192>
80001312:	4094                	lw	a3,0(s1)
80001314:	00dee363          	bltu	t4,a3,8000131a <mulShiftAll64+0x194>
80001318:	4781                	li	a5,0
8000131a:	40fe07b3          	sub	a5,t3,a5
8000131e:	00fe35b3          	sltu	a1,t3,a5
80001322:	40b305b3          	sub	a1,t1,a1
80001326:	40a78533          	sub	a0,a5,a0
8000132a:	00a7b7b3          	sltu	a5,a5,a0
8000132e:	8d99                	sub	a1,a1,a4
80001330:	01f8d693          	srl	a3,a7,0x1f
80001334:	8d9d                	sub	a1,a1,a5
80001336:	00181793          	sll	a5,a6,0x1
8000133a:	8fd5                	or	a5,a5,a3
8000133c:	fc0a8713          	add	a4,s5,-64
80001340:	0886                	sll	a7,a7,0x1
80001342:	4685                	li	a3,1
80001344:	00836763          	bltu	t1,s0,80001352 <mulShiftAll64+0x1cc>
80001348:	00641463          	bne	s0,t1,80001350 <mulShiftAll64+0x1ca>
8000134c:	012e6363          	bltu	t3,s2,80001352 <mulShiftAll64+0x1cc>
80001350:	4681                	li	a3,0
80001352:	96c6                	add	a3,a3,a7
80001354:	0116b8b3          	sltu	a7,a3,a7
80001358:	98be                	add	a7,a7,a5
8000135a:	4605                	li	a2,1
8000135c:	00b36763          	bltu	t1,a1,8000136a <mulShiftAll64+0x1e4>
80001360:	00659463          	bne	a1,t1,80001368 <mulShiftAll64+0x1e2>
80001364:	00ae6363          	bltu	t3,a0,8000136a <mulShiftAll64+0x1e4>
80001368:	4601                	li	a2,0
8000136a:	40c68633          	sub	a2,a3,a2
8000136e:	00c6b6b3          	sltu	a3,a3,a2
80001372:	40d886b3          	sub	a3,a7,a3
80001376:	bf3d                	j	800012b4 <mulShiftAll64+0x12e>

80001378 <div10>:
80001378:	727002ef          	jal	t0,8000229e <__riscv_save_0>
8000137c:	800037b7          	lui	a5,0x80003
80001380:	d307a603          	lw	a2,-720(a5) # 80002d30 <stdout+0x8>
80001384:	d347a683          	lw	a3,-716(a5)
80001388:	1141                	add	sp,sp,-16
8000138a:	0038                	add	a4,sp,8
8000138c:	718000ef          	jal	80001aa4 <__umul128>
80001390:	45b2                	lw	a1,12(sp)
80001392:	47a2                	lw	a5,8(sp)
80001394:	01d59513          	sll	a0,a1,0x1d
80001398:	838d                	srl	a5,a5,0x3
8000139a:	8d5d                	or	a0,a0,a5
8000139c:	818d                	srl	a1,a1,0x3
8000139e:	0141                	add	sp,sp,16
800013a0:	7230006f          	j	800022c2 <__riscv_restore_0>

800013a4 <__dtoa_engine>:
800013a4:	6cb002ef          	jal	t0,8000226e <__riscv_save_12>
800013a8:	715d                	add	sp,sp,-80
800013aa:	8bb6                	mv	s7,a3
800013ac:	001006b7          	lui	a3,0x100
800013b0:	c43a                	sw	a4,8(sp)
800013b2:	c63e                	sw	a5,12(sp)
800013b4:	01f5d713          	srl	a4,a1,0x1f
800013b8:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
800013bc:	0145d793          	srl	a5,a1,0x14
800013c0:	00bdfdb3          	and	s11,s11,a1
800013c4:	c03a                	sw	a4,0(sp)
800013c6:	7ff7f413          	and	s0,a5,2047
800013ca:	84aa                	mv	s1,a0
800013cc:	8ab2                	mv	s5,a2
800013ce:	00ade733          	or	a4,s11,a0
800013d2:	e405                	bnez	s0,800013fa <__dtoa_engine+0x56>
800013d4:	e331                	bnez	a4,80001418 <__dtoa_engine+0x74>
800013d6:	03000793          	li	a5,48
800013da:	00f602a3          	sb	a5,5(a2)
800013de:	4782                	lw	a5,0(sp)
800013e0:	00060323          	sb	zero,6(a2)
800013e4:	00062023          	sw	zero,0(a2)
800013e8:	0027e993          	or	s3,a5,2
800013ec:	01360223          	sb	s3,4(a2)
800013f0:	4405                	li	s0,1
800013f2:	8522                	mv	a0,s0
800013f4:	6161                	add	sp,sp,80
800013f6:	6b50006f          	j	800022aa <__riscv_restore_12>
800013fa:	7ff00613          	li	a2,2047
800013fe:	0ac41163          	bne	s0,a2,800014a0 <__dtoa_engine+0xfc>
80001402:	4782                	lw	a5,0(sp)
80001404:	0047e793          	or	a5,a5,4
80001408:	c701                	beqz	a4,80001410 <__dtoa_engine+0x6c>
8000140a:	4782                	lw	a5,0(sp)
8000140c:	0087e793          	or	a5,a5,8
80001410:	00fa8223          	sb	a5,4(s5)
80001414:	4401                	li	s0,0
80001416:	bff1                	j	800013f2 <__dtoa_engine+0x4e>
80001418:	00157793          	and	a5,a0,1
8000141c:	c23e                	sw	a5,4(sp)
8000141e:	002d9993          	sll	s3,s11,0x2
80001422:	01e55793          	srl	a5,a0,0x1e
80001426:	0137e9b3          	or	s3,a5,s3
8000142a:	00251c13          	sll	s8,a0,0x2
8000142e:	892a                	mv	s2,a0
80001430:	bcc00413          	li	s0,-1076
80001434:	4805                	li	a6,1
80001436:	4d05                	li	s10,1
80001438:	408004b3          	neg	s1,s0
8000143c:	8526                	mv	a0,s1
8000143e:	ca42                	sw	a6,20(sp)
80001440:	2589                	jal	80001a82 <__log10Pow5>
80001442:	fff42793          	slti	a5,s0,-1
80001446:	40f50b33          	sub	s6,a0,a5
8000144a:	416484b3          	sub	s1,s1,s6
8000144e:	8526                	mv	a0,s1
80001450:	2589                	jal	80001a92 <__pow5bits>
80001452:	f8350693          	add	a3,a0,-125
80001456:	40db06b3          	sub	a3,s6,a3
8000145a:	8526                	mv	a0,s1
8000145c:	008c                	add	a1,sp,64
8000145e:	c836                	sw	a3,16(sp)
80001460:	2929                	jal	8000187a <__double_computePow5>
80001462:	4852                	lw	a6,20(sp)
80001464:	46c2                	lw	a3,16(sp)
80001466:	181c                	add	a5,sp,48
80001468:	1038                	add	a4,sp,40
8000146a:	0090                	add	a2,sp,64
8000146c:	854a                	mv	a0,s2
8000146e:	85ee                	mv	a1,s11
80001470:	3b19                	jal	80001186 <mulShiftAll64>
80001472:	4785                	li	a5,1
80001474:	008b0a33          	add	s4,s6,s0
80001478:	84ae                	mv	s1,a1
8000147a:	842a                	mv	s0,a0
8000147c:	1367e663          	bltu	a5,s6,800015a8 <__dtoa_engine+0x204>
80001480:	4792                	lw	a5,4(sp)
80001482:	4985                	li	s3,1
80001484:	0e078963          	beqz	a5,80001576 <__dtoa_engine+0x1d2>
80001488:	57a2                	lw	a5,40(sp)
8000148a:	5732                	lw	a4,44(sp)
8000148c:	4985                	li	s3,1
8000148e:	fff78693          	add	a3,a5,-1
80001492:	0017b793          	seqz	a5,a5
80001496:	40f707b3          	sub	a5,a4,a5
8000149a:	d436                	sw	a3,40(sp)
8000149c:	d63e                	sw	a5,44(sp)
8000149e:	a07d                	j	8000154c <__dtoa_engine+0x1a8>
800014a0:	01b6edb3          	or	s11,a3,s11
800014a4:	00157693          	and	a3,a0,1
800014a8:	c236                	sw	a3,4(sp)
800014aa:	002d9993          	sll	s3,s11,0x2
800014ae:	01e55693          	srl	a3,a0,0x1e
800014b2:	bcb40413          	add	s0,s0,-1077
800014b6:	892a                	mv	s2,a0
800014b8:	0136e9b3          	or	s3,a3,s3
800014bc:	00251c13          	sll	s8,a0,0x2
800014c0:	4d05                	li	s10,1
800014c2:	e709                	bnez	a4,800014cc <__dtoa_engine+0x128>
800014c4:	7fe7f793          	and	a5,a5,2046
800014c8:	0017bd13          	seqz	s10,a5
800014cc:	886a                	mv	a6,s10
800014ce:	f60445e3          	bltz	s0,80001438 <__dtoa_engine+0x94>
800014d2:	8522                	mv	a0,s0
800014d4:	2345                	jal	80001a74 <__log10Pow2>
800014d6:	00442793          	slti	a5,s0,4
800014da:	0017c793          	xor	a5,a5,1
800014de:	40f50a33          	sub	s4,a0,a5
800014e2:	8552                	mv	a0,s4
800014e4:	237d                	jal	80001a92 <__pow5bits>
800014e6:	07c50693          	add	a3,a0,124
800014ea:	408a0433          	sub	s0,s4,s0
800014ee:	96a2                	add	a3,a3,s0
800014f0:	008c                	add	a1,sp,64
800014f2:	8552                	mv	a0,s4
800014f4:	c836                	sw	a3,16(sp)
800014f6:	2141                	jal	80001976 <__double_computeInvPow5>
800014f8:	46c2                	lw	a3,16(sp)
800014fa:	181c                	add	a5,sp,48
800014fc:	8526                	mv	a0,s1
800014fe:	886a                	mv	a6,s10
80001500:	1038                	add	a4,sp,40
80001502:	0090                	add	a2,sp,64
80001504:	85ee                	mv	a1,s11
80001506:	3141                	jal	80001186 <mulShiftAll64>
80001508:	47d5                	li	a5,21
8000150a:	842a                	mv	s0,a0
8000150c:	84ae                	mv	s1,a1
8000150e:	0947eb63          	bltu	a5,s4,800015a4 <__dtoa_engine+0x200>
80001512:	800037b7          	lui	a5,0x80003
80001516:	d347a683          	lw	a3,-716(a5) # 80002d34 <stdout+0xc>
8000151a:	d307a603          	lw	a2,-720(a5)
8000151e:	1838                	add	a4,sp,56
80001520:	8562                	mv	a0,s8
80001522:	85ce                	mv	a1,s3
80001524:	2341                	jal	80001aa4 <__umul128>
80001526:	57e2                	lw	a5,56(sp)
80001528:	56f2                	lw	a3,60(sp)
8000152a:	5da2                	lw	s11,40(sp)
8000152c:	8389                	srl	a5,a5,0x2
8000152e:	06fa                	sll	a3,a3,0x1e
80001530:	8fd5                	or	a5,a5,a3
80001532:	4695                	li	a3,5
80001534:	02f687b3          	mul	a5,a3,a5
80001538:	5932                	lw	s2,44(sp)
8000153a:	01879b63          	bne	a5,s8,80001550 <__dtoa_engine+0x1ac>
8000153e:	85ce                	mv	a1,s3
80001540:	8562                	mv	a0,s8
80001542:	2ced                	jal	8000183c <__pow5Factor>
80001544:	01453733          	sltu	a4,a0,s4
80001548:	00174993          	xor	s3,a4,1
8000154c:	4d01                	li	s10,0
8000154e:	a025                	j	80001576 <__dtoa_engine+0x1d2>
80001550:	4792                	lw	a5,4(sp)
80001552:	e79d                	bnez	a5,80001580 <__dtoa_engine+0x1dc>
80001554:	fffc0793          	add	a5,s8,-1
80001558:	41a78533          	sub	a0,a5,s10
8000155c:	001c3593          	seqz	a1,s8
80001560:	00a7b7b3          	sltu	a5,a5,a0
80001564:	40b985b3          	sub	a1,s3,a1
80001568:	8d9d                	sub	a1,a1,a5
8000156a:	2cc9                	jal	8000183c <__pow5Factor>
8000156c:	01453933          	sltu	s2,a0,s4
80001570:	00194d13          	xor	s10,s2,1
80001574:	4981                	li	s3,0
80001576:	47a2                	lw	a5,8(sp)
80001578:	0e079f63          	bnez	a5,80001676 <__dtoa_engine+0x2d2>
8000157c:	8b5e                	mv	s6,s7
8000157e:	a049                	j	80001600 <__dtoa_engine+0x25c>
80001580:	002c0513          	add	a0,s8,2
80001584:	018535b3          	sltu	a1,a0,s8
80001588:	95ce                	add	a1,a1,s3
8000158a:	2c4d                	jal	8000183c <__pow5Factor>
8000158c:	01453533          	sltu	a0,a0,s4
80001590:	00154513          	xor	a0,a0,1
80001594:	40ad8533          	sub	a0,s11,a0
80001598:	00adbdb3          	sltu	s11,s11,a0
8000159c:	41b90733          	sub	a4,s2,s11
800015a0:	d42a                	sw	a0,40(sp)
800015a2:	d63a                	sw	a4,44(sp)
800015a4:	4981                	li	s3,0
800015a6:	b75d                	j	8000154c <__dtoa_engine+0x1a8>
800015a8:	03e00793          	li	a5,62
800015ac:	ff67ece3          	bltu	a5,s6,800015a4 <__dtoa_engine+0x200>
800015b0:	865a                	mv	a2,s6
800015b2:	557d                	li	a0,-1
800015b4:	55fd                	li	a1,-1
800015b6:	23c5                	jal	80001b96 <__ashldi3>
800015b8:	fff54513          	not	a0,a0
800015bc:	fff5c593          	not	a1,a1
800015c0:	0135f5b3          	and	a1,a1,s3
800015c4:	01857533          	and	a0,a0,s8
800015c8:	00b56733          	or	a4,a0,a1
800015cc:	00173993          	seqz	s3,a4
800015d0:	bfb5                	j	8000154c <__dtoa_engine+0x1a8>
800015d2:	02d50833          	mul	a6,a0,a3
800015d6:	0785                	add	a5,a5,1
800015d8:	02b536b3          	mulhu	a3,a0,a1
800015dc:	02b505b3          	mul	a1,a0,a1
800015e0:	96c2                	add	a3,a3,a6
800015e2:	00d4e663          	bltu	s1,a3,800015ee <__dtoa_engine+0x24a>
800015e6:	fe9696e3          	bne	a3,s1,800015d2 <__dtoa_engine+0x22e>
800015ea:	feb474e3          	bgeu	s0,a1,800015d2 <__dtoa_engine+0x22e>
800015ee:	4732                	lw	a4,12(sp)
800015f0:	97d2                	add	a5,a5,s4
800015f2:	97ba                	add	a5,a5,a4
800015f4:	00f04363          	bgtz	a5,800015fa <__dtoa_engine+0x256>
800015f8:	4785                	li	a5,1
800015fa:	8b3e                	mv	s6,a5
800015fc:	f8fbc0e3          	blt	s7,a5,8000157c <__dtoa_engine+0x1d8>
80001600:	4c81                	li	s9,0
80001602:	4901                	li	s2,0
80001604:	4c01                	li	s8,0
80001606:	5522                	lw	a0,40(sp)
80001608:	55b2                	lw	a1,44(sp)
8000160a:	33bd                	jal	80001378 <div10>
8000160c:	57c2                	lw	a5,48(sp)
8000160e:	8dae                	mv	s11,a1
80001610:	55d2                	lw	a1,52(sp)
80001612:	c82a                	sw	a0,16(sp)
80001614:	853e                	mv	a0,a5
80001616:	ca3e                	sw	a5,20(sp)
80001618:	3385                	jal	80001378 <div10>
8000161a:	832a                	mv	t1,a0
8000161c:	88ae                	mv	a7,a1
8000161e:	4ea9                	li	t4,10
80001620:	01b5e763          	bltu	a1,s11,8000162e <__dtoa_engine+0x28a>
80001624:	08bd9563          	bne	s11,a1,800016ae <__dtoa_engine+0x30a>
80001628:	47c2                	lw	a5,16(sp)
8000162a:	08f57263          	bgeu	a0,a5,800016ae <__dtoa_engine+0x30a>
8000162e:	8522                	mv	a0,s0
80001630:	85a6                	mv	a1,s1
80001632:	ce46                	sw	a7,28(sp)
80001634:	cc1a                	sw	t1,24(sp)
80001636:	3389                	jal	80001378 <div10>
80001638:	4362                	lw	t1,24(sp)
8000163a:	4ea9                	li	t4,10
8000163c:	001cb693          	seqz	a3,s9
80001640:	026e8833          	mul	a6,t4,t1
80001644:	00d9f9b3          	and	s3,s3,a3
80001648:	47d2                	lw	a5,20(sp)
8000164a:	48f2                	lw	a7,28(sp)
8000164c:	d66e                	sw	s11,44(sp)
8000164e:	d81a                	sw	t1,48(sp)
80001650:	da46                	sw	a7,52(sp)
80001652:	0905                	add	s2,s2,1
80001654:	84ae                	mv	s1,a1
80001656:	02ae86b3          	mul	a3,t4,a0
8000165a:	40f80833          	sub	a6,a6,a5
8000165e:	47c2                	lw	a5,16(sp)
80001660:	00183813          	seqz	a6,a6
80001664:	010d7d33          	and	s10,s10,a6
80001668:	d43e                	sw	a5,40(sp)
8000166a:	40d406b3          	sub	a3,s0,a3
8000166e:	0ff6fc93          	zext.b	s9,a3
80001672:	842a                	mv	s0,a0
80001674:	bf49                	j	80001606 <__dtoa_engine+0x262>
80001676:	45a9                	li	a1,10
80001678:	4681                	li	a3,0
8000167a:	4785                	li	a5,1
8000167c:	4529                	li	a0,10
8000167e:	b795                	j	800015e2 <__dtoa_engine+0x23e>
80001680:	030e8f33          	mul	t5,t4,a6
80001684:	0505                	add	a0,a0,1
80001686:	02beb833          	mulhu	a6,t4,a1
8000168a:	02be85b3          	mul	a1,t4,a1
8000168e:	987a                	add	a6,a6,t5
80001690:	0104e663          	bltu	s1,a6,8000169c <__dtoa_engine+0x2f8>
80001694:	fe9816e3          	bne	a6,s1,80001680 <__dtoa_engine+0x2dc>
80001698:	feb474e3          	bgeu	s0,a1,80001680 <__dtoa_engine+0x2dc>
8000169c:	00ab5d63          	bge	s6,a0,800016b6 <__dtoa_engine+0x312>
800016a0:	000b1563          	bnez	s6,800016aa <__dtoa_engine+0x306>
800016a4:	009465b3          	or	a1,s0,s1
800016a8:	c599                	beqz	a1,800016b6 <__dtoa_engine+0x312>
800016aa:	4c05                	li	s8,1
800016ac:	b749                	j	8000162e <__dtoa_engine+0x28a>
800016ae:	45a9                	li	a1,10
800016b0:	4801                	li	a6,0
800016b2:	4505                	li	a0,1
800016b4:	bff1                	j	80001690 <__dtoa_engine+0x2ec>
800016b6:	040d0e63          	beqz	s10,80001712 <__dtoa_engine+0x36e>
800016ba:	4da9                	li	s11,10
800016bc:	5342                	lw	t1,48(sp)
800016be:	55d2                	lw	a1,52(sp)
800016c0:	851a                	mv	a0,t1
800016c2:	c81a                	sw	t1,16(sp)
800016c4:	3955                	jal	80001378 <div10>
800016c6:	ce2e                	sw	a1,28(sp)
800016c8:	02ad85b3          	mul	a1,s11,a0
800016cc:	4342                	lw	t1,16(sp)
800016ce:	882a                	mv	a6,a0
800016d0:	cc42                	sw	a6,24(sp)
800016d2:	04659063          	bne	a1,t1,80001712 <__dtoa_engine+0x36e>
800016d6:	5522                	lw	a0,40(sp)
800016d8:	55b2                	lw	a1,44(sp)
800016da:	0905                	add	s2,s2,1
800016dc:	3971                	jal	80001378 <div10>
800016de:	ca2a                	sw	a0,20(sp)
800016e0:	c82e                	sw	a1,16(sp)
800016e2:	8522                	mv	a0,s0
800016e4:	85a6                	mv	a1,s1
800016e6:	3949                	jal	80001378 <div10>
800016e8:	001cb693          	seqz	a3,s9
800016ec:	00d9f9b3          	and	s3,s3,a3
800016f0:	02ad86b3          	mul	a3,s11,a0
800016f4:	4e52                	lw	t3,20(sp)
800016f6:	4342                	lw	t1,16(sp)
800016f8:	4862                	lw	a6,24(sp)
800016fa:	48f2                	lw	a7,28(sp)
800016fc:	d472                	sw	t3,40(sp)
800016fe:	d61a                	sw	t1,44(sp)
80001700:	d842                	sw	a6,48(sp)
80001702:	da46                	sw	a7,52(sp)
80001704:	84ae                	mv	s1,a1
80001706:	40d406b3          	sub	a3,s0,a3
8000170a:	0ff6fc93          	zext.b	s9,a3
8000170e:	842a                	mv	s0,a0
80001710:	b775                	j	800016bc <__dtoa_engine+0x318>
80001712:	9952                	add	s2,s2,s4
80001714:	0c098563          	beqz	s3,800017de <__dtoa_engine+0x43a>
80001718:	4715                	li	a4,5
8000171a:	0cec9263          	bne	s9,a4,800017de <__dtoa_engine+0x43a>
8000171e:	00147713          	and	a4,s0,1
80001722:	e35d                	bnez	a4,800017c8 <__dtoa_engine+0x424>
80001724:	000c1963          	bnez	s8,80001736 <__dtoa_engine+0x392>
80001728:	5742                	lw	a4,48(sp)
8000172a:	00871563          	bne	a4,s0,80001734 <__dtoa_engine+0x390>
8000172e:	5752                	lw	a4,52(sp)
80001730:	0c970963          	beq	a4,s1,80001802 <__dtoa_engine+0x45e>
80001734:	4701                	li	a4,0
80001736:	943a                	add	s0,s0,a4
80001738:	00e435b3          	sltu	a1,s0,a4
8000173c:	95a6                	add	a1,a1,s1
8000173e:	8a2e                	mv	s4,a1
80001740:	84a2                	mv	s1,s0
80001742:	4629                	li	a2,10
80001744:	4681                	li	a3,0
80001746:	4c05                	li	s8,1
80001748:	4529                	li	a0,10
8000174a:	00d5e663          	bltu	a1,a3,80001756 <__dtoa_engine+0x3b2>
8000174e:	0ab69c63          	bne	a3,a1,80001806 <__dtoa_engine+0x462>
80001752:	0ac47a63          	bgeu	s0,a2,80001806 <__dtoa_engine+0x462>
80001756:	cf15                	beqz	a4,80001792 <__dtoa_engine+0x3ee>
80001758:	038b5d63          	bge	s6,s8,80001792 <__dtoa_engine+0x3ee>
8000175c:	47a2                	lw	a5,8(sp)
8000175e:	cf91                	beqz	a5,8000177a <__dtoa_engine+0x3d6>
80001760:	4732                	lw	a4,12(sp)
80001762:	012c07b3          	add	a5,s8,s2
80001766:	00f70b33          	add	s6,a4,a5
8000176a:	000b5363          	bgez	s6,80001770 <__dtoa_engine+0x3cc>
8000176e:	4b01                	li	s6,0
80001770:	016bd363          	bge	s7,s6,80001776 <__dtoa_engine+0x3d2>
80001774:	8b5e                	mv	s6,s7
80001776:	018b5e63          	bge	s6,s8,80001792 <__dtoa_engine+0x3ee>
8000177a:	00540513          	add	a0,s0,5
8000177e:	00853433          	sltu	s0,a0,s0
80001782:	4629                	li	a2,10
80001784:	4681                	li	a3,0
80001786:	95a2                	add	a1,a1,s0
80001788:	2185                	jal	80001be8 <__udivdi3>
8000178a:	84aa                	mv	s1,a0
8000178c:	8a2e                	mv	s4,a1
8000178e:	0905                	add	s2,s2,1
80001790:	1c7d                	add	s8,s8,-1
80001792:	87da                	mv	a5,s6
80001794:	016c5363          	bge	s8,s6,8000179a <__dtoa_engine+0x3f6>
80001798:	87e2                	mv	a5,s8
8000179a:	01079413          	sll	s0,a5,0x10
8000179e:	0942                	sll	s2,s2,0x10
800017a0:	8441                	sra	s0,s0,0x10
800017a2:	41095913          	sra	s2,s2,0x10
800017a6:	9922                	add	s2,s2,s0
800017a8:	008a8b33          	add	s6,s5,s0
800017ac:	197d                	add	s2,s2,-1
800017ae:	4b81                	li	s7,0
800017b0:	8c5a                	mv	s8,s6
800017b2:	1b7d                	add	s6,s6,-1
800017b4:	068bc263          	blt	s7,s0,80001818 <__dtoa_engine+0x474>
800017b8:	4782                	lw	a5,0(sp)
800017ba:	000c02a3          	sb	zero,5(s8)
800017be:	012aa023          	sw	s2,0(s5)
800017c2:	00fa8223          	sb	a5,4(s5)
800017c6:	b135                	j	800013f2 <__dtoa_engine+0x4e>
800017c8:	4705                	li	a4,1
800017ca:	f60c16e3          	bnez	s8,80001736 <__dtoa_engine+0x392>
800017ce:	5742                	lw	a4,48(sp)
800017d0:	00871563          	bne	a4,s0,800017da <__dtoa_engine+0x436>
800017d4:	5752                	lw	a4,52(sp)
800017d6:	00970c63          	beq	a4,s1,800017ee <__dtoa_engine+0x44a>
800017da:	4705                	li	a4,1
800017dc:	bfa9                	j	80001736 <__dtoa_engine+0x392>
800017de:	000c1d63          	bnez	s8,800017f8 <__dtoa_engine+0x454>
800017e2:	5742                	lw	a4,48(sp)
800017e4:	00871a63          	bne	a4,s0,800017f8 <__dtoa_engine+0x454>
800017e8:	5752                	lw	a4,52(sp)
800017ea:	00971763          	bne	a4,s1,800017f8 <__dtoa_engine+0x454>
800017ee:	4792                	lw	a5,4(sp)
800017f0:	4705                	li	a4,1
800017f2:	f3b1                	bnez	a5,80001736 <__dtoa_engine+0x392>
800017f4:	f40d01e3          	beqz	s10,80001736 <__dtoa_engine+0x392>
800017f8:	005cb693          	sltiu	a3,s9,5
800017fc:	0016c713          	xor	a4,a3,1
80001800:	bf1d                	j	80001736 <__dtoa_engine+0x392>
80001802:	4c91                	li	s9,4
80001804:	b7ed                	j	800017ee <__dtoa_engine+0x44a>
80001806:	02d50833          	mul	a6,a0,a3
8000180a:	0c05                	add	s8,s8,1
8000180c:	02c536b3          	mulhu	a3,a0,a2
80001810:	02c50633          	mul	a2,a0,a2
80001814:	96c2                	add	a3,a3,a6
80001816:	bf15                	j	8000174a <__dtoa_engine+0x3a6>
80001818:	4629                	li	a2,10
8000181a:	4681                	li	a3,0
8000181c:	8526                	mv	a0,s1
8000181e:	85d2                	mv	a1,s4
80001820:	271d                	jal	80001f46 <__umoddi3>
80001822:	03050513          	add	a0,a0,48
80001826:	00ab02a3          	sb	a0,5(s6)
8000182a:	85d2                	mv	a1,s4
8000182c:	8526                	mv	a0,s1
8000182e:	4629                	li	a2,10
80001830:	4681                	li	a3,0
80001832:	2e5d                	jal	80001be8 <__udivdi3>
80001834:	84aa                	mv	s1,a0
80001836:	8a2e                	mv	s4,a1
80001838:	0b85                	add	s7,s7,1
8000183a:	bfa5                	j	800017b2 <__dtoa_engine+0x40e>

8000183c <__pow5Factor>:
8000183c:	ccccd737          	lui	a4,0xccccd
80001840:	333336b7          	lui	a3,0x33333
80001844:	87aa                	mv	a5,a0
80001846:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
8000184a:	4501                	li	a0,0
8000184c:	ccc70713          	add	a4,a4,-820
80001850:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001854:	02c585b3          	mul	a1,a1,a2
80001858:	02e78833          	mul	a6,a5,a4
8000185c:	982e                	add	a6,a6,a1
8000185e:	02c7b5b3          	mulhu	a1,a5,a2
80001862:	95c2                	add	a1,a1,a6
80001864:	02c787b3          	mul	a5,a5,a2
80001868:	00b6e863          	bltu	a3,a1,80001878 <__pow5Factor+0x3c>
8000186c:	00d59463          	bne	a1,a3,80001874 <__pow5Factor+0x38>
80001870:	00f5e463          	bltu	a1,a5,80001878 <__pow5Factor+0x3c>
80001874:	0505                	add	a0,a0,1
80001876:	bff9                	j	80001854 <__pow5Factor+0x18>
80001878:	8082                	ret

8000187a <__double_computePow5>:
8000187a:	1fd002ef          	jal	t0,80002276 <__riscv_save_10>
8000187e:	47e9                	li	a5,26
80001880:	02f55b33          	divu	s6,a0,a5
80001884:	800039b7          	lui	s3,0x80003
80001888:	8e898b93          	add	s7,s3,-1816 # 800028e8 <DOUBLE_POW5_SPLIT2>
8000188c:	1101                	add	sp,sp,-32
8000188e:	892e                	mv	s2,a1
80001890:	02f577b3          	remu	a5,a0,a5
80001894:	004b1713          	sll	a4,s6,0x4
80001898:	9bba                	add	s7,s7,a4
8000189a:	e395                	bnez	a5,800018be <__double_computePow5+0x44>
8000189c:	000ba703          	lw	a4,0(s7)
800018a0:	004ba783          	lw	a5,4(s7)
800018a4:	c198                	sw	a4,0(a1)
800018a6:	c1dc                	sw	a5,4(a1)
800018a8:	008ba503          	lw	a0,8(s7)
800018ac:	00cba583          	lw	a1,12(s7)
800018b0:	00a92423          	sw	a0,8(s2)
800018b4:	00b92623          	sw	a1,12(s2)
800018b8:	6105                	add	sp,sp,32
800018ba:	1f50006f          	j	800022ae <__riscv_restore_10>
800018be:	8e898993          	add	s3,s3,-1816
800018c2:	078e                	sll	a5,a5,0x3
800018c4:	97ce                	add	a5,a5,s3
800018c6:	0d07aa03          	lw	s4,208(a5)
800018ca:	0d47aa83          	lw	s5,212(a5)
800018ce:	008ba603          	lw	a2,8(s7)
800018d2:	00cba683          	lw	a3,12(s7)
800018d6:	0818                	add	a4,sp,16
800018d8:	85d6                	mv	a1,s5
800018da:	842a                	mv	s0,a0
800018dc:	8552                	mv	a0,s4
800018de:	22d9                	jal	80001aa4 <__umul128>
800018e0:	000ba603          	lw	a2,0(s7)
800018e4:	004ba683          	lw	a3,4(s7)
800018e8:	84aa                	mv	s1,a0
800018ea:	8c2e                	mv	s8,a1
800018ec:	0838                	add	a4,sp,24
800018ee:	8552                	mv	a0,s4
800018f0:	85d6                	mv	a1,s5
800018f2:	2a4d                	jal	80001aa4 <__umul128>
800018f4:	47e2                	lw	a5,24(sp)
800018f6:	4772                	lw	a4,28(sp)
800018f8:	8aaa                	mv	s5,a0
800018fa:	94be                	add	s1,s1,a5
800018fc:	00f4ba33          	sltu	s4,s1,a5
80001900:	9c3a                	add	s8,s8,a4
80001902:	9a62                	add	s4,s4,s8
80001904:	00ea6663          	bltu	s4,a4,80001910 <__double_computePow5+0x96>
80001908:	01471d63          	bne	a4,s4,80001922 <__double_computePow5+0xa8>
8000190c:	00f4fb63          	bgeu	s1,a5,80001922 <__double_computePow5+0xa8>
80001910:	47c2                	lw	a5,16(sp)
80001912:	46d2                	lw	a3,20(sp)
80001914:	00178713          	add	a4,a5,1
80001918:	00f737b3          	sltu	a5,a4,a5
8000191c:	97b6                	add	a5,a5,a3
8000191e:	c83a                	sw	a4,16(sp)
80001920:	ca3e                	sw	a5,20(sp)
80001922:	8522                	mv	a0,s0
80001924:	c62e                	sw	a1,12(sp)
80001926:	22b5                	jal	80001a92 <__pow5bits>
80001928:	8baa                	mv	s7,a0
8000192a:	4569                	li	a0,26
8000192c:	02ab0533          	mul	a0,s6,a0
80001930:	228d                	jal	80001a92 <__pow5bits>
80001932:	45b2                	lw	a1,12(sp)
80001934:	40ab8733          	sub	a4,s7,a0
80001938:	8626                	mv	a2,s1
8000193a:	86d2                	mv	a3,s4
8000193c:	8556                	mv	a0,s5
8000193e:	c43a                	sw	a4,8(sp)
80001940:	2a45                	jal	80001af0 <__shiftright128>
80001942:	00445793          	srl	a5,s0,0x4
80001946:	078a                	sll	a5,a5,0x2
80001948:	99be                	add	s3,s3,a5
8000194a:	1a09a783          	lw	a5,416(s3)
8000194e:	0406                	sll	s0,s0,0x1
80001950:	8879                	and	s0,s0,30
80001952:	0087d7b3          	srl	a5,a5,s0
80001956:	8b8d                	and	a5,a5,3
80001958:	953e                	add	a0,a0,a5
8000195a:	00f537b3          	sltu	a5,a0,a5
8000195e:	4722                	lw	a4,8(sp)
80001960:	4642                	lw	a2,16(sp)
80001962:	46d2                	lw	a3,20(sp)
80001964:	97ae                	add	a5,a5,a1
80001966:	00a92023          	sw	a0,0(s2)
8000196a:	00f92223          	sw	a5,4(s2)
8000196e:	8526                	mv	a0,s1
80001970:	85d2                	mv	a1,s4
80001972:	2abd                	jal	80001af0 <__shiftright128>
80001974:	bf35                	j	800018b0 <__double_computePow5+0x36>

80001976 <__double_computeInvPow5>:
80001976:	101002ef          	jal	t0,80002276 <__riscv_save_10>
8000197a:	4b69                	li	s6,26
8000197c:	01950793          	add	a5,a0,25
80001980:	0367d7b3          	divu	a5,a5,s6
80001984:	80003ab7          	lui	s5,0x80003
80001988:	8e8a8493          	add	s1,s5,-1816 # 800028e8 <DOUBLE_POW5_SPLIT2>
8000198c:	1f848493          	add	s1,s1,504
80001990:	1101                	add	sp,sp,-32
80001992:	8a2e                	mv	s4,a1
80001994:	03678b33          	mul	s6,a5,s6
80001998:	0792                	sll	a5,a5,0x4
8000199a:	94be                	add	s1,s1,a5
8000199c:	40ab0733          	sub	a4,s6,a0
800019a0:	00ab1f63          	bne	s6,a0,800019be <__double_computeInvPow5+0x48>
800019a4:	4098                	lw	a4,0(s1)
800019a6:	40dc                	lw	a5,4(s1)
800019a8:	c198                	sw	a4,0(a1)
800019aa:	c1dc                	sw	a5,4(a1)
800019ac:	4488                	lw	a0,8(s1)
800019ae:	44cc                	lw	a1,12(s1)
800019b0:	00aa2423          	sw	a0,8(s4)
800019b4:	00ba2623          	sw	a1,12(s4)
800019b8:	6105                	add	sp,sp,32
800019ba:	0f50006f          	j	800022ae <__riscv_restore_10>
800019be:	8e8a8a93          	add	s5,s5,-1816
800019c2:	070e                	sll	a4,a4,0x3
800019c4:	9756                	add	a4,a4,s5
800019c6:	0d072903          	lw	s2,208(a4)
800019ca:	0d472983          	lw	s3,212(a4)
800019ce:	4490                	lw	a2,8(s1)
800019d0:	44d4                	lw	a3,12(s1)
800019d2:	0818                	add	a4,sp,16
800019d4:	85ce                	mv	a1,s3
800019d6:	842a                	mv	s0,a0
800019d8:	854a                	mv	a0,s2
800019da:	20e9                	jal	80001aa4 <__umul128>
800019dc:	4090                	lw	a2,0(s1)
800019de:	40d4                	lw	a3,4(s1)
800019e0:	8c2a                	mv	s8,a0
800019e2:	00163793          	seqz	a5,a2
800019e6:	8bae                	mv	s7,a1
800019e8:	0838                	add	a4,sp,24
800019ea:	8e9d                	sub	a3,a3,a5
800019ec:	854a                	mv	a0,s2
800019ee:	85ce                	mv	a1,s3
800019f0:	167d                	add	a2,a2,-1
800019f2:	284d                	jal	80001aa4 <__umul128>
800019f4:	47e2                	lw	a5,24(sp)
800019f6:	4772                	lw	a4,28(sp)
800019f8:	89aa                	mv	s3,a0
800019fa:	9c3e                	add	s8,s8,a5
800019fc:	00fc3933          	sltu	s2,s8,a5
80001a00:	9bba                	add	s7,s7,a4
80001a02:	995e                	add	s2,s2,s7
80001a04:	00e96663          	bltu	s2,a4,80001a10 <__double_computeInvPow5+0x9a>
80001a08:	01271d63          	bne	a4,s2,80001a22 <__double_computeInvPow5+0xac>
80001a0c:	00fc7b63          	bgeu	s8,a5,80001a22 <__double_computeInvPow5+0xac>
80001a10:	47c2                	lw	a5,16(sp)
80001a12:	46d2                	lw	a3,20(sp)
80001a14:	00178713          	add	a4,a5,1
80001a18:	00f737b3          	sltu	a5,a4,a5
80001a1c:	97b6                	add	a5,a5,a3
80001a1e:	c83a                	sw	a4,16(sp)
80001a20:	ca3e                	sw	a5,20(sp)
80001a22:	855a                	mv	a0,s6
80001a24:	c62e                	sw	a1,12(sp)
80001a26:	20b5                	jal	80001a92 <__pow5bits>
80001a28:	8b2a                	mv	s6,a0
80001a2a:	8522                	mv	a0,s0
80001a2c:	209d                	jal	80001a92 <__pow5bits>
80001a2e:	45b2                	lw	a1,12(sp)
80001a30:	40ab0733          	sub	a4,s6,a0
80001a34:	8662                	mv	a2,s8
80001a36:	86ca                	mv	a3,s2
80001a38:	854e                	mv	a0,s3
80001a3a:	c43a                	sw	a4,8(sp)
80001a3c:	2855                	jal	80001af0 <__shiftright128>
80001a3e:	00445793          	srl	a5,s0,0x4
80001a42:	078a                	sll	a5,a5,0x2
80001a44:	9abe                	add	s5,s5,a5
80001a46:	2e8aa783          	lw	a5,744(s5)
80001a4a:	0406                	sll	s0,s0,0x1
80001a4c:	8879                	and	s0,s0,30
80001a4e:	0087d7b3          	srl	a5,a5,s0
80001a52:	8b8d                	and	a5,a5,3
80001a54:	0785                	add	a5,a5,1
80001a56:	953e                	add	a0,a0,a5
80001a58:	00f537b3          	sltu	a5,a0,a5
80001a5c:	4722                	lw	a4,8(sp)
80001a5e:	4642                	lw	a2,16(sp)
80001a60:	46d2                	lw	a3,20(sp)
80001a62:	97ae                	add	a5,a5,a1
80001a64:	00aa2023          	sw	a0,0(s4)
80001a68:	00fa2223          	sw	a5,4(s4)
80001a6c:	8562                	mv	a0,s8
80001a6e:	85ca                	mv	a1,s2
80001a70:	2041                	jal	80001af0 <__shiftright128>
80001a72:	bf3d                	j	800019b0 <__double_computeInvPow5+0x3a>

80001a74 <__log10Pow2>:
80001a74:	67cd                	lui	a5,0x13
80001a76:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001a7a:	02f50533          	mul	a0,a0,a5
80001a7e:	8149                	srl	a0,a0,0x12
80001a80:	8082                	ret

80001a82 <__log10Pow5>:
80001a82:	000b37b7          	lui	a5,0xb3
80001a86:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001a8a:	02f50533          	mul	a0,a0,a5
80001a8e:	8151                	srl	a0,a0,0x14
80001a90:	8082                	ret

80001a92 <__pow5bits>:
80001a92:	001297b7          	lui	a5,0x129
80001a96:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001a9a:	02f50533          	mul	a0,a0,a5
80001a9e:	814d                	srl	a0,a0,0x13
80001aa0:	0505                	add	a0,a0,1
80001aa2:	8082                	ret

80001aa4 <__umul128>:
80001aa4:	02c537b3          	mulhu	a5,a0,a2
80001aa8:	832e                	mv	t1,a1
80001aaa:	02c585b3          	mul	a1,a1,a2
80001aae:	02c33833          	mulhu	a6,t1,a2
80001ab2:	95be                	add	a1,a1,a5
80001ab4:	00f5b7b3          	sltu	a5,a1,a5
80001ab8:	97c2                	add	a5,a5,a6
80001aba:	02a68833          	mul	a6,a3,a0
80001abe:	02a6b8b3          	mulhu	a7,a3,a0
80001ac2:	95c2                	add	a1,a1,a6
80001ac4:	0105b833          	sltu	a6,a1,a6
80001ac8:	98c2                	add	a7,a7,a6
80001aca:	02d30833          	mul	a6,t1,a3
80001ace:	02d33333          	mulhu	t1,t1,a3
80001ad2:	983e                	add	a6,a6,a5
80001ad4:	011806b3          	add	a3,a6,a7
80001ad8:	00f837b3          	sltu	a5,a6,a5
80001adc:	0106b833          	sltu	a6,a3,a6
80001ae0:	c314                	sw	a3,0(a4)
80001ae2:	979a                	add	a5,a5,t1
80001ae4:	983e                	add	a6,a6,a5
80001ae6:	02c50533          	mul	a0,a0,a2
80001aea:	01072223          	sw	a6,4(a4)
80001aee:	8082                	ret

80001af0 <__shiftright128>:
80001af0:	794002ef          	jal	t0,80002284 <__riscv_save_4>
80001af4:	8a2a                	mv	s4,a0
80001af6:	8532                	mv	a0,a2
80001af8:	04000613          	li	a2,64
80001afc:	8e19                	sub	a2,a2,a4
80001afe:	89ae                	mv	s3,a1
80001b00:	85b6                	mv	a1,a3
80001b02:	843a                	mv	s0,a4
80001b04:	2849                	jal	80001b96 <__ashldi3>
80001b06:	892a                	mv	s2,a0
80001b08:	84ae                	mv	s1,a1
80001b0a:	8622                	mv	a2,s0
80001b0c:	8552                	mv	a0,s4
80001b0e:	85ce                	mv	a1,s3
80001b10:	28b9                	jal	80001b6e <__lshrdi3>
80001b12:	00a96533          	or	a0,s2,a0
80001b16:	8dc5                	or	a1,a1,s1
80001b18:	a745                	j	800022b8 <__riscv_restore_4>

80001b1a <__libc_fini_array>:
80001b1a:	784002ef          	jal	t0,8000229e <__riscv_save_0>
80001b1e:	800037b7          	lui	a5,0x80003
80001b22:	80003437          	lui	s0,0x80003
80001b26:	d3878713          	add	a4,a5,-712 # 80002d38 <__fini_array_end>
80001b2a:	d3840413          	add	s0,s0,-712 # 80002d38 <__fini_array_end>
80001b2e:	8c19                	sub	s0,s0,a4
80001b30:	8409                	sra	s0,s0,0x2
80001b32:	d3878493          	add	s1,a5,-712
80001b36:	e809                	bnez	s0,80001b48 <__libc_fini_array+0x2e>
80001b38:	00000793          	li	a5,0
80001b3c:	c789                	beqz	a5,80001b46 <__libc_fini_array+0x2c>
80001b3e:	00000097          	auipc	ra,0x0
80001b42:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001b46:	afb5                	j	800022c2 <__riscv_restore_0>
80001b48:	147d                	add	s0,s0,-1
80001b4a:	00241793          	sll	a5,s0,0x2
80001b4e:	97a6                	add	a5,a5,s1
80001b50:	439c                	lw	a5,0(a5)
80001b52:	9782                	jalr	a5
80001b54:	b7cd                	j	80001b36 <__libc_fini_array+0x1c>

80001b56 <strnlen>:
80001b56:	95aa                	add	a1,a1,a0
80001b58:	87aa                	mv	a5,a0
80001b5a:	00b78563          	beq	a5,a1,80001b64 <strnlen+0xe>
80001b5e:	0007c703          	lbu	a4,0(a5)
80001b62:	e701                	bnez	a4,80001b6a <strnlen+0x14>
80001b64:	40a78533          	sub	a0,a5,a0
80001b68:	8082                	ret
80001b6a:	0785                	add	a5,a5,1
80001b6c:	b7fd                	j	80001b5a <strnlen+0x4>

80001b6e <__lshrdi3>:
80001b6e:	ca19                	beqz	a2,80001b84 <__lshrdi3+0x16>
80001b70:	02000793          	li	a5,32
80001b74:	8f91                	sub	a5,a5,a2
80001b76:	00f04863          	bgtz	a5,80001b86 <__lshrdi3+0x18>
80001b7a:	1601                	add	a2,a2,-32
80001b7c:	00c5d533          	srl	a0,a1,a2
80001b80:	4701                	li	a4,0
80001b82:	85ba                	mv	a1,a4
80001b84:	8082                	ret
80001b86:	00c5d733          	srl	a4,a1,a2
80001b8a:	00c55533          	srl	a0,a0,a2
80001b8e:	00f595b3          	sll	a1,a1,a5
80001b92:	8d4d                	or	a0,a0,a1
80001b94:	b7fd                	j	80001b82 <__lshrdi3+0x14>

80001b96 <__ashldi3>:
80001b96:	ca19                	beqz	a2,80001bac <__ashldi3+0x16>
80001b98:	02000793          	li	a5,32
80001b9c:	8f91                	sub	a5,a5,a2
80001b9e:	00f04863          	bgtz	a5,80001bae <__ashldi3+0x18>
80001ba2:	1601                	add	a2,a2,-32
80001ba4:	00c515b3          	sll	a1,a0,a2
80001ba8:	4701                	li	a4,0
80001baa:	853a                	mv	a0,a4
80001bac:	8082                	ret
80001bae:	00c51733          	sll	a4,a0,a2
80001bb2:	00c595b3          	sll	a1,a1,a2
80001bb6:	00f55533          	srl	a0,a0,a5
80001bba:	8dc9                	or	a1,a1,a0
80001bbc:	b7fd                	j	80001baa <__ashldi3+0x14>

80001bbe <__ashrdi3>:
80001bbe:	ce01                	beqz	a2,80001bd6 <__ashrdi3+0x18>
80001bc0:	02000793          	li	a5,32
80001bc4:	8f91                	sub	a5,a5,a2
80001bc6:	00f04963          	bgtz	a5,80001bd8 <__ashrdi3+0x1a>
80001bca:	1601                	add	a2,a2,-32
80001bcc:	41f5d713          	sra	a4,a1,0x1f
80001bd0:	40c5d533          	sra	a0,a1,a2
80001bd4:	85ba                	mv	a1,a4
80001bd6:	8082                	ret
80001bd8:	40c5d733          	sra	a4,a1,a2
80001bdc:	00c55533          	srl	a0,a0,a2
80001be0:	00f595b3          	sll	a1,a1,a5
80001be4:	8d4d                	or	a0,a0,a1
80001be6:	b7fd                	j	80001bd4 <__ashrdi3+0x16>

80001be8 <__udivdi3>:
80001be8:	88aa                	mv	a7,a0
80001bea:	832e                	mv	t1,a1
80001bec:	8732                	mv	a4,a2
80001bee:	882a                	mv	a6,a0
80001bf0:	87ae                	mv	a5,a1
80001bf2:	20069663          	bnez	a3,80001dfe <__udivdi3+0x216>
80001bf6:	00001597          	auipc	a1,0x1
80001bfa:	02e58593          	add	a1,a1,46 # 80002c24 <__clz_tab>
80001bfe:	0cc37163          	bgeu	t1,a2,80001cc0 <__udivdi3+0xd8>
80001c02:	66c1                	lui	a3,0x10
80001c04:	0ad67763          	bgeu	a2,a3,80001cb2 <__udivdi3+0xca>
80001c08:	10063693          	sltiu	a3,a2,256
80001c0c:	0016c693          	xor	a3,a3,1
80001c10:	068e                	sll	a3,a3,0x3
80001c12:	00d65533          	srl	a0,a2,a3
80001c16:	95aa                	add	a1,a1,a0
80001c18:	0005c583          	lbu	a1,0(a1)
80001c1c:	02000513          	li	a0,32
80001c20:	96ae                	add	a3,a3,a1
80001c22:	40d505b3          	sub	a1,a0,a3
80001c26:	00d50b63          	beq	a0,a3,80001c3c <__udivdi3+0x54>
80001c2a:	00b317b3          	sll	a5,t1,a1
80001c2e:	00d8d6b3          	srl	a3,a7,a3
80001c32:	00b61733          	sll	a4,a2,a1
80001c36:	8fd5                	or	a5,a5,a3
80001c38:	00b89833          	sll	a6,a7,a1
80001c3c:	01075593          	srl	a1,a4,0x10
80001c40:	02b7d333          	divu	t1,a5,a1
80001c44:	01071613          	sll	a2,a4,0x10
80001c48:	8241                	srl	a2,a2,0x10
80001c4a:	02b7f7b3          	remu	a5,a5,a1
80001c4e:	851a                	mv	a0,t1
80001c50:	026608b3          	mul	a7,a2,t1
80001c54:	01079693          	sll	a3,a5,0x10
80001c58:	01085793          	srl	a5,a6,0x10
80001c5c:	8fd5                	or	a5,a5,a3
80001c5e:	0117fc63          	bgeu	a5,a7,80001c76 <__udivdi3+0x8e>
80001c62:	97ba                	add	a5,a5,a4
80001c64:	fff30513          	add	a0,t1,-1
80001c68:	00e7e763          	bltu	a5,a4,80001c76 <__udivdi3+0x8e>
80001c6c:	0117f563          	bgeu	a5,a7,80001c76 <__udivdi3+0x8e>
80001c70:	ffe30513          	add	a0,t1,-2
80001c74:	97ba                	add	a5,a5,a4
80001c76:	411787b3          	sub	a5,a5,a7
80001c7a:	02b7d8b3          	divu	a7,a5,a1
80001c7e:	0842                	sll	a6,a6,0x10
80001c80:	01085813          	srl	a6,a6,0x10
80001c84:	02b7f7b3          	remu	a5,a5,a1
80001c88:	031606b3          	mul	a3,a2,a7
80001c8c:	07c2                	sll	a5,a5,0x10
80001c8e:	00f86833          	or	a6,a6,a5
80001c92:	87c6                	mv	a5,a7
80001c94:	00d87b63          	bgeu	a6,a3,80001caa <__udivdi3+0xc2>
80001c98:	983a                	add	a6,a6,a4
80001c9a:	fff88793          	add	a5,a7,-1
80001c9e:	00e86663          	bltu	a6,a4,80001caa <__udivdi3+0xc2>
80001ca2:	00d87463          	bgeu	a6,a3,80001caa <__udivdi3+0xc2>
80001ca6:	ffe88793          	add	a5,a7,-2
80001caa:	0542                	sll	a0,a0,0x10
80001cac:	8d5d                	or	a0,a0,a5
80001cae:	4581                	li	a1,0
80001cb0:	8082                	ret
80001cb2:	01000537          	lui	a0,0x1000
80001cb6:	46c1                	li	a3,16
80001cb8:	f4a66de3          	bltu	a2,a0,80001c12 <__udivdi3+0x2a>
80001cbc:	46e1                	li	a3,24
80001cbe:	bf91                	j	80001c12 <__udivdi3+0x2a>
80001cc0:	4681                	li	a3,0
80001cc2:	ca09                	beqz	a2,80001cd4 <__udivdi3+0xec>
80001cc4:	67c1                	lui	a5,0x10
80001cc6:	08f67f63          	bgeu	a2,a5,80001d64 <__udivdi3+0x17c>
80001cca:	10063693          	sltiu	a3,a2,256
80001cce:	0016c693          	xor	a3,a3,1
80001cd2:	068e                	sll	a3,a3,0x3
80001cd4:	00d657b3          	srl	a5,a2,a3
80001cd8:	95be                	add	a1,a1,a5
80001cda:	0005c783          	lbu	a5,0(a1)
80001cde:	97b6                	add	a5,a5,a3
80001ce0:	02000693          	li	a3,32
80001ce4:	40f685b3          	sub	a1,a3,a5
80001ce8:	08f69563          	bne	a3,a5,80001d72 <__udivdi3+0x18a>
80001cec:	40c307b3          	sub	a5,t1,a2
80001cf0:	4585                	li	a1,1
80001cf2:	01075893          	srl	a7,a4,0x10
80001cf6:	0317de33          	divu	t3,a5,a7
80001cfa:	01071613          	sll	a2,a4,0x10
80001cfe:	8241                	srl	a2,a2,0x10
80001d00:	01085693          	srl	a3,a6,0x10
80001d04:	0317f7b3          	remu	a5,a5,a7
80001d08:	8572                	mv	a0,t3
80001d0a:	03c60333          	mul	t1,a2,t3
80001d0e:	07c2                	sll	a5,a5,0x10
80001d10:	8fd5                	or	a5,a5,a3
80001d12:	0067fc63          	bgeu	a5,t1,80001d2a <__udivdi3+0x142>
80001d16:	97ba                	add	a5,a5,a4
80001d18:	fffe0513          	add	a0,t3,-1
80001d1c:	00e7e763          	bltu	a5,a4,80001d2a <__udivdi3+0x142>
80001d20:	0067f563          	bgeu	a5,t1,80001d2a <__udivdi3+0x142>
80001d24:	ffee0513          	add	a0,t3,-2
80001d28:	97ba                	add	a5,a5,a4
80001d2a:	406787b3          	sub	a5,a5,t1
80001d2e:	0317d333          	divu	t1,a5,a7
80001d32:	0842                	sll	a6,a6,0x10
80001d34:	01085813          	srl	a6,a6,0x10
80001d38:	0317f7b3          	remu	a5,a5,a7
80001d3c:	026606b3          	mul	a3,a2,t1
80001d40:	07c2                	sll	a5,a5,0x10
80001d42:	00f86833          	or	a6,a6,a5
80001d46:	879a                	mv	a5,t1
80001d48:	00d87b63          	bgeu	a6,a3,80001d5e <__udivdi3+0x176>
80001d4c:	983a                	add	a6,a6,a4
80001d4e:	fff30793          	add	a5,t1,-1
80001d52:	00e86663          	bltu	a6,a4,80001d5e <__udivdi3+0x176>
80001d56:	00d87463          	bgeu	a6,a3,80001d5e <__udivdi3+0x176>
80001d5a:	ffe30793          	add	a5,t1,-2
80001d5e:	0542                	sll	a0,a0,0x10
80001d60:	8d5d                	or	a0,a0,a5
80001d62:	8082                	ret
80001d64:	010007b7          	lui	a5,0x1000
80001d68:	46c1                	li	a3,16
80001d6a:	f6f665e3          	bltu	a2,a5,80001cd4 <__udivdi3+0xec>
80001d6e:	46e1                	li	a3,24
80001d70:	b795                	j	80001cd4 <__udivdi3+0xec>
80001d72:	00b61733          	sll	a4,a2,a1
80001d76:	00f356b3          	srl	a3,t1,a5
80001d7a:	01075513          	srl	a0,a4,0x10
80001d7e:	00b31333          	sll	t1,t1,a1
80001d82:	00f8d7b3          	srl	a5,a7,a5
80001d86:	0067e7b3          	or	a5,a5,t1
80001d8a:	02a6d333          	divu	t1,a3,a0
80001d8e:	01071613          	sll	a2,a4,0x10
80001d92:	8241                	srl	a2,a2,0x10
80001d94:	00b89833          	sll	a6,a7,a1
80001d98:	02a6f6b3          	remu	a3,a3,a0
80001d9c:	026608b3          	mul	a7,a2,t1
80001da0:	01069593          	sll	a1,a3,0x10
80001da4:	0107d693          	srl	a3,a5,0x10
80001da8:	8ecd                	or	a3,a3,a1
80001daa:	859a                	mv	a1,t1
80001dac:	0116fc63          	bgeu	a3,a7,80001dc4 <__udivdi3+0x1dc>
80001db0:	96ba                	add	a3,a3,a4
80001db2:	fff30593          	add	a1,t1,-1
80001db6:	00e6e763          	bltu	a3,a4,80001dc4 <__udivdi3+0x1dc>
80001dba:	0116f563          	bgeu	a3,a7,80001dc4 <__udivdi3+0x1dc>
80001dbe:	ffe30593          	add	a1,t1,-2
80001dc2:	96ba                	add	a3,a3,a4
80001dc4:	411686b3          	sub	a3,a3,a7
80001dc8:	02a6d8b3          	divu	a7,a3,a0
80001dcc:	07c2                	sll	a5,a5,0x10
80001dce:	83c1                	srl	a5,a5,0x10
80001dd0:	02a6f6b3          	remu	a3,a3,a0
80001dd4:	03160633          	mul	a2,a2,a7
80001dd8:	06c2                	sll	a3,a3,0x10
80001dda:	8fd5                	or	a5,a5,a3
80001ddc:	86c6                	mv	a3,a7
80001dde:	00c7fc63          	bgeu	a5,a2,80001df6 <__udivdi3+0x20e>
80001de2:	97ba                	add	a5,a5,a4
80001de4:	fff88693          	add	a3,a7,-1
80001de8:	00e7e763          	bltu	a5,a4,80001df6 <__udivdi3+0x20e>
80001dec:	00c7f563          	bgeu	a5,a2,80001df6 <__udivdi3+0x20e>
80001df0:	ffe88693          	add	a3,a7,-2
80001df4:	97ba                	add	a5,a5,a4
80001df6:	05c2                	sll	a1,a1,0x10
80001df8:	8f91                	sub	a5,a5,a2
80001dfa:	8dd5                	or	a1,a1,a3
80001dfc:	bddd                	j	80001cf2 <__udivdi3+0x10a>
80001dfe:	14d5e163          	bltu	a1,a3,80001f40 <__udivdi3+0x358>
80001e02:	67c1                	lui	a5,0x10
80001e04:	02f6ff63          	bgeu	a3,a5,80001e42 <__udivdi3+0x25a>
80001e08:	1006b713          	sltiu	a4,a3,256
80001e0c:	00174713          	xor	a4,a4,1
80001e10:	070e                	sll	a4,a4,0x3
80001e12:	00e6d5b3          	srl	a1,a3,a4
80001e16:	00001797          	auipc	a5,0x1
80001e1a:	e0e78793          	add	a5,a5,-498 # 80002c24 <__clz_tab>
80001e1e:	97ae                	add	a5,a5,a1
80001e20:	0007c783          	lbu	a5,0(a5)
80001e24:	97ba                	add	a5,a5,a4
80001e26:	02000713          	li	a4,32
80001e2a:	40f705b3          	sub	a1,a4,a5
80001e2e:	02f71163          	bne	a4,a5,80001e50 <__udivdi3+0x268>
80001e32:	4505                	li	a0,1
80001e34:	e666eee3          	bltu	a3,t1,80001cb0 <__udivdi3+0xc8>
80001e38:	00c8b533          	sltu	a0,a7,a2
80001e3c:	00154513          	xor	a0,a0,1
80001e40:	8082                	ret
80001e42:	010007b7          	lui	a5,0x1000
80001e46:	4741                	li	a4,16
80001e48:	fcf6e5e3          	bltu	a3,a5,80001e12 <__udivdi3+0x22a>
80001e4c:	4761                	li	a4,24
80001e4e:	b7d1                	j	80001e12 <__udivdi3+0x22a>
80001e50:	00f65733          	srl	a4,a2,a5
80001e54:	00b696b3          	sll	a3,a3,a1
80001e58:	8ed9                	or	a3,a3,a4
80001e5a:	00f35733          	srl	a4,t1,a5
80001e5e:	00b31333          	sll	t1,t1,a1
80001e62:	00f8d7b3          	srl	a5,a7,a5
80001e66:	0067e7b3          	or	a5,a5,t1
80001e6a:	0106d313          	srl	t1,a3,0x10
80001e6e:	02675eb3          	divu	t4,a4,t1
80001e72:	01069813          	sll	a6,a3,0x10
80001e76:	01085813          	srl	a6,a6,0x10
80001e7a:	00b61633          	sll	a2,a2,a1
80001e7e:	02677733          	remu	a4,a4,t1
80001e82:	03d80e33          	mul	t3,a6,t4
80001e86:	01071513          	sll	a0,a4,0x10
80001e8a:	0107d713          	srl	a4,a5,0x10
80001e8e:	8f49                	or	a4,a4,a0
80001e90:	8576                	mv	a0,t4
80001e92:	01c77c63          	bgeu	a4,t3,80001eaa <__udivdi3+0x2c2>
80001e96:	9736                	add	a4,a4,a3
80001e98:	fffe8513          	add	a0,t4,-1
80001e9c:	00d76763          	bltu	a4,a3,80001eaa <__udivdi3+0x2c2>
80001ea0:	01c77563          	bgeu	a4,t3,80001eaa <__udivdi3+0x2c2>
80001ea4:	ffee8513          	add	a0,t4,-2
80001ea8:	9736                	add	a4,a4,a3
80001eaa:	41c70733          	sub	a4,a4,t3
80001eae:	02675e33          	divu	t3,a4,t1
80001eb2:	07c2                	sll	a5,a5,0x10
80001eb4:	83c1                	srl	a5,a5,0x10
80001eb6:	02677733          	remu	a4,a4,t1
80001eba:	03c80833          	mul	a6,a6,t3
80001ebe:	0742                	sll	a4,a4,0x10
80001ec0:	8fd9                	or	a5,a5,a4
80001ec2:	8772                	mv	a4,t3
80001ec4:	0107fc63          	bgeu	a5,a6,80001edc <__udivdi3+0x2f4>
80001ec8:	97b6                	add	a5,a5,a3
80001eca:	fffe0713          	add	a4,t3,-1
80001ece:	00d7e763          	bltu	a5,a3,80001edc <__udivdi3+0x2f4>
80001ed2:	0107f563          	bgeu	a5,a6,80001edc <__udivdi3+0x2f4>
80001ed6:	ffee0713          	add	a4,t3,-2
80001eda:	97b6                	add	a5,a5,a3
80001edc:	0542                	sll	a0,a0,0x10
80001ede:	6e41                	lui	t3,0x10
80001ee0:	8d59                	or	a0,a0,a4
80001ee2:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80001ee6:	00d57733          	and	a4,a0,a3
80001eea:	410787b3          	sub	a5,a5,a6
80001eee:	8ef1                	and	a3,a3,a2
80001ef0:	01055813          	srl	a6,a0,0x10
80001ef4:	8241                	srl	a2,a2,0x10
80001ef6:	02d70333          	mul	t1,a4,a3
80001efa:	02d806b3          	mul	a3,a6,a3
80001efe:	02c70733          	mul	a4,a4,a2
80001f02:	02c80833          	mul	a6,a6,a2
80001f06:	00d70633          	add	a2,a4,a3
80001f0a:	01035713          	srl	a4,t1,0x10
80001f0e:	9732                	add	a4,a4,a2
80001f10:	00d77363          	bgeu	a4,a3,80001f16 <__udivdi3+0x32e>
80001f14:	9872                	add	a6,a6,t3
80001f16:	01075693          	srl	a3,a4,0x10
80001f1a:	96c2                	add	a3,a3,a6
80001f1c:	02d7e063          	bltu	a5,a3,80001f3c <__udivdi3+0x354>
80001f20:	d8d797e3          	bne	a5,a3,80001cae <__udivdi3+0xc6>
80001f24:	67c1                	lui	a5,0x10
80001f26:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
80001f28:	8f7d                	and	a4,a4,a5
80001f2a:	0742                	sll	a4,a4,0x10
80001f2c:	00f37333          	and	t1,t1,a5
80001f30:	00b898b3          	sll	a7,a7,a1
80001f34:	971a                	add	a4,a4,t1
80001f36:	4581                	li	a1,0
80001f38:	d6e8fce3          	bgeu	a7,a4,80001cb0 <__udivdi3+0xc8>
80001f3c:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
80001f3e:	bb85                	j	80001cae <__udivdi3+0xc6>
80001f40:	4581                	li	a1,0
80001f42:	4501                	li	a0,0
80001f44:	8082                	ret

80001f46 <__umoddi3>:
80001f46:	8832                	mv	a6,a2
80001f48:	87aa                	mv	a5,a0
80001f4a:	872e                	mv	a4,a1
80001f4c:	1a069363          	bnez	a3,800020f2 <__umoddi3+0x1ac>
80001f50:	00001897          	auipc	a7,0x1
80001f54:	cd488893          	add	a7,a7,-812 # 80002c24 <__clz_tab>
80001f58:	0ac5f663          	bgeu	a1,a2,80002004 <__umoddi3+0xbe>
80001f5c:	66c1                	lui	a3,0x10
80001f5e:	08d67c63          	bgeu	a2,a3,80001ff6 <__umoddi3+0xb0>
80001f62:	10063693          	sltiu	a3,a2,256
80001f66:	0016c693          	xor	a3,a3,1
80001f6a:	068e                	sll	a3,a3,0x3
80001f6c:	00d65333          	srl	t1,a2,a3
80001f70:	989a                	add	a7,a7,t1
80001f72:	0008c883          	lbu	a7,0(a7)
80001f76:	02000313          	li	t1,32
80001f7a:	96c6                	add	a3,a3,a7
80001f7c:	40d308b3          	sub	a7,t1,a3
80001f80:	00d30b63          	beq	t1,a3,80001f96 <__umoddi3+0x50>
80001f84:	01159733          	sll	a4,a1,a7
80001f88:	00d556b3          	srl	a3,a0,a3
80001f8c:	01161833          	sll	a6,a2,a7
80001f90:	8f55                	or	a4,a4,a3
80001f92:	011517b3          	sll	a5,a0,a7
80001f96:	01085613          	srl	a2,a6,0x10
80001f9a:	02c756b3          	divu	a3,a4,a2
80001f9e:	01081513          	sll	a0,a6,0x10
80001fa2:	8141                	srl	a0,a0,0x10
80001fa4:	02c77733          	remu	a4,a4,a2
80001fa8:	02a686b3          	mul	a3,a3,a0
80001fac:	01071593          	sll	a1,a4,0x10
80001fb0:	0107d713          	srl	a4,a5,0x10
80001fb4:	8f4d                	or	a4,a4,a1
80001fb6:	00d77863          	bgeu	a4,a3,80001fc6 <__umoddi3+0x80>
80001fba:	9742                	add	a4,a4,a6
80001fbc:	01076563          	bltu	a4,a6,80001fc6 <__umoddi3+0x80>
80001fc0:	00d77363          	bgeu	a4,a3,80001fc6 <__umoddi3+0x80>
80001fc4:	9742                	add	a4,a4,a6
80001fc6:	8f15                	sub	a4,a4,a3
80001fc8:	02c756b3          	divu	a3,a4,a2
80001fcc:	02c77733          	remu	a4,a4,a2
80001fd0:	02a686b3          	mul	a3,a3,a0
80001fd4:	07c2                	sll	a5,a5,0x10
80001fd6:	0742                	sll	a4,a4,0x10
80001fd8:	83c1                	srl	a5,a5,0x10
80001fda:	8fd9                	or	a5,a5,a4
80001fdc:	00d7f863          	bgeu	a5,a3,80001fec <__umoddi3+0xa6>
80001fe0:	97c2                	add	a5,a5,a6
80001fe2:	0107e563          	bltu	a5,a6,80001fec <__umoddi3+0xa6>
80001fe6:	00d7f363          	bgeu	a5,a3,80001fec <__umoddi3+0xa6>
80001fea:	97c2                	add	a5,a5,a6
80001fec:	8f95                	sub	a5,a5,a3
80001fee:	0117d533          	srl	a0,a5,a7
80001ff2:	4581                	li	a1,0
80001ff4:	8082                	ret
80001ff6:	01000337          	lui	t1,0x1000
80001ffa:	46c1                	li	a3,16
80001ffc:	f66668e3          	bltu	a2,t1,80001f6c <__umoddi3+0x26>
80002000:	46e1                	li	a3,24
80002002:	b7ad                	j	80001f6c <__umoddi3+0x26>
80002004:	4681                	li	a3,0
80002006:	ca09                	beqz	a2,80002018 <__umoddi3+0xd2>
80002008:	6741                	lui	a4,0x10
8000200a:	06e67463          	bgeu	a2,a4,80002072 <__umoddi3+0x12c>
8000200e:	10063693          	sltiu	a3,a2,256
80002012:	0016c693          	xor	a3,a3,1
80002016:	068e                	sll	a3,a3,0x3
80002018:	00d65733          	srl	a4,a2,a3
8000201c:	98ba                	add	a7,a7,a4
8000201e:	0008c703          	lbu	a4,0(a7)
80002022:	9736                	add	a4,a4,a3
80002024:	02000693          	li	a3,32
80002028:	40e688b3          	sub	a7,a3,a4
8000202c:	04e69a63          	bne	a3,a4,80002080 <__umoddi3+0x13a>
80002030:	40c58733          	sub	a4,a1,a2
80002034:	01085593          	srl	a1,a6,0x10
80002038:	02b75633          	divu	a2,a4,a1
8000203c:	01081513          	sll	a0,a6,0x10
80002040:	8141                	srl	a0,a0,0x10
80002042:	0107d693          	srl	a3,a5,0x10
80002046:	02b77733          	remu	a4,a4,a1
8000204a:	02a60633          	mul	a2,a2,a0
8000204e:	0742                	sll	a4,a4,0x10
80002050:	8f55                	or	a4,a4,a3
80002052:	00c77863          	bgeu	a4,a2,80002062 <__umoddi3+0x11c>
80002056:	9742                	add	a4,a4,a6
80002058:	01076563          	bltu	a4,a6,80002062 <__umoddi3+0x11c>
8000205c:	00c77363          	bgeu	a4,a2,80002062 <__umoddi3+0x11c>
80002060:	9742                	add	a4,a4,a6
80002062:	8f11                	sub	a4,a4,a2
80002064:	02b756b3          	divu	a3,a4,a1
80002068:	02b77733          	remu	a4,a4,a1
8000206c:	02a686b3          	mul	a3,a3,a0
80002070:	b795                	j	80001fd4 <__umoddi3+0x8e>
80002072:	01000737          	lui	a4,0x1000
80002076:	46c1                	li	a3,16
80002078:	fae660e3          	bltu	a2,a4,80002018 <__umoddi3+0xd2>
8000207c:	46e1                	li	a3,24
8000207e:	bf69                	j	80002018 <__umoddi3+0xd2>
80002080:	01161833          	sll	a6,a2,a7
80002084:	00e5d6b3          	srl	a3,a1,a4
80002088:	011517b3          	sll	a5,a0,a7
8000208c:	011595b3          	sll	a1,a1,a7
80002090:	00e55733          	srl	a4,a0,a4
80002094:	01085513          	srl	a0,a6,0x10
80002098:	8f4d                	or	a4,a4,a1
8000209a:	02a6d5b3          	divu	a1,a3,a0
8000209e:	01081313          	sll	t1,a6,0x10
800020a2:	01035313          	srl	t1,t1,0x10
800020a6:	02a6f6b3          	remu	a3,a3,a0
800020aa:	026585b3          	mul	a1,a1,t1
800020ae:	01069613          	sll	a2,a3,0x10
800020b2:	01075693          	srl	a3,a4,0x10
800020b6:	8ed1                	or	a3,a3,a2
800020b8:	00b6f863          	bgeu	a3,a1,800020c8 <__umoddi3+0x182>
800020bc:	96c2                	add	a3,a3,a6
800020be:	0106e563          	bltu	a3,a6,800020c8 <__umoddi3+0x182>
800020c2:	00b6f363          	bgeu	a3,a1,800020c8 <__umoddi3+0x182>
800020c6:	96c2                	add	a3,a3,a6
800020c8:	8e8d                	sub	a3,a3,a1
800020ca:	02a6d633          	divu	a2,a3,a0
800020ce:	0742                	sll	a4,a4,0x10
800020d0:	8341                	srl	a4,a4,0x10
800020d2:	02a6f6b3          	remu	a3,a3,a0
800020d6:	02660633          	mul	a2,a2,t1
800020da:	06c2                	sll	a3,a3,0x10
800020dc:	8f55                	or	a4,a4,a3
800020de:	00c77863          	bgeu	a4,a2,800020ee <__umoddi3+0x1a8>
800020e2:	9742                	add	a4,a4,a6
800020e4:	01076563          	bltu	a4,a6,800020ee <__umoddi3+0x1a8>
800020e8:	00c77363          	bgeu	a4,a2,800020ee <__umoddi3+0x1a8>
800020ec:	9742                	add	a4,a4,a6
800020ee:	8f11                	sub	a4,a4,a2
800020f0:	b791                	j	80002034 <__umoddi3+0xee>
800020f2:	16d5ed63          	bltu	a1,a3,8000226c <__umoddi3+0x326>
800020f6:	6841                	lui	a6,0x10
800020f8:	0506f763          	bgeu	a3,a6,80002146 <__umoddi3+0x200>
800020fc:	1006b813          	sltiu	a6,a3,256
80002100:	00184813          	xor	a6,a6,1
80002104:	080e                	sll	a6,a6,0x3
80002106:	0106d333          	srl	t1,a3,a6
8000210a:	00001897          	auipc	a7,0x1
8000210e:	b1a88893          	add	a7,a7,-1254 # 80002c24 <__clz_tab>
80002112:	989a                	add	a7,a7,t1
80002114:	0008c883          	lbu	a7,0(a7)
80002118:	02000313          	li	t1,32
8000211c:	98c2                	add	a7,a7,a6
8000211e:	41130833          	sub	a6,t1,a7
80002122:	03131963          	bne	t1,a7,80002154 <__umoddi3+0x20e>
80002126:	00b6e463          	bltu	a3,a1,8000212e <__umoddi3+0x1e8>
8000212a:	00c56b63          	bltu	a0,a2,80002140 <__umoddi3+0x1fa>
8000212e:	40c50633          	sub	a2,a0,a2
80002132:	40d586b3          	sub	a3,a1,a3
80002136:	00c53733          	sltu	a4,a0,a2
8000213a:	87b2                	mv	a5,a2
8000213c:	40e68733          	sub	a4,a3,a4
80002140:	853e                	mv	a0,a5
80002142:	85ba                	mv	a1,a4
80002144:	8082                	ret
80002146:	010008b7          	lui	a7,0x1000
8000214a:	4841                	li	a6,16
8000214c:	fb16ede3          	bltu	a3,a7,80002106 <__umoddi3+0x1c0>
80002150:	4861                	li	a6,24
80002152:	bf55                	j	80002106 <__umoddi3+0x1c0>
80002154:	011657b3          	srl	a5,a2,a7
80002158:	010696b3          	sll	a3,a3,a6
8000215c:	8edd                	or	a3,a3,a5
8000215e:	0115d733          	srl	a4,a1,a7
80002162:	0106de13          	srl	t3,a3,0x10
80002166:	03c75f33          	divu	t5,a4,t3
8000216a:	01069313          	sll	t1,a3,0x10
8000216e:	01035313          	srl	t1,t1,0x10
80002172:	010597b3          	sll	a5,a1,a6
80002176:	011555b3          	srl	a1,a0,a7
8000217a:	8ddd                	or	a1,a1,a5
8000217c:	0105d793          	srl	a5,a1,0x10
80002180:	01061633          	sll	a2,a2,a6
80002184:	01051533          	sll	a0,a0,a6
80002188:	03c77733          	remu	a4,a4,t3
8000218c:	03e30eb3          	mul	t4,t1,t5
80002190:	0742                	sll	a4,a4,0x10
80002192:	8fd9                	or	a5,a5,a4
80002194:	877a                	mv	a4,t5
80002196:	01d7fc63          	bgeu	a5,t4,800021ae <__umoddi3+0x268>
8000219a:	97b6                	add	a5,a5,a3
8000219c:	ffff0713          	add	a4,t5,-1
800021a0:	00d7e763          	bltu	a5,a3,800021ae <__umoddi3+0x268>
800021a4:	01d7f563          	bgeu	a5,t4,800021ae <__umoddi3+0x268>
800021a8:	ffef0713          	add	a4,t5,-2
800021ac:	97b6                	add	a5,a5,a3
800021ae:	41d787b3          	sub	a5,a5,t4
800021b2:	03c7deb3          	divu	t4,a5,t3
800021b6:	05c2                	sll	a1,a1,0x10
800021b8:	81c1                	srl	a1,a1,0x10
800021ba:	03c7f7b3          	remu	a5,a5,t3
800021be:	8e76                	mv	t3,t4
800021c0:	03d30333          	mul	t1,t1,t4
800021c4:	07c2                	sll	a5,a5,0x10
800021c6:	8ddd                	or	a1,a1,a5
800021c8:	0065fc63          	bgeu	a1,t1,800021e0 <__umoddi3+0x29a>
800021cc:	95b6                	add	a1,a1,a3
800021ce:	fffe8e13          	add	t3,t4,-1
800021d2:	00d5e763          	bltu	a1,a3,800021e0 <__umoddi3+0x29a>
800021d6:	0065f563          	bgeu	a1,t1,800021e0 <__umoddi3+0x29a>
800021da:	ffee8e13          	add	t3,t4,-2
800021de:	95b6                	add	a1,a1,a3
800021e0:	01071793          	sll	a5,a4,0x10
800021e4:	6f41                	lui	t5,0x10
800021e6:	01c7e7b3          	or	a5,a5,t3
800021ea:	406585b3          	sub	a1,a1,t1
800021ee:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
800021f2:	0067f733          	and	a4,a5,t1
800021f6:	01065e13          	srl	t3,a2,0x10
800021fa:	83c1                	srl	a5,a5,0x10
800021fc:	00667333          	and	t1,a2,t1
80002200:	02670eb3          	mul	t4,a4,t1
80002204:	02678333          	mul	t1,a5,t1
80002208:	03c70733          	mul	a4,a4,t3
8000220c:	03c787b3          	mul	a5,a5,t3
80002210:	00670e33          	add	t3,a4,t1
80002214:	010ed713          	srl	a4,t4,0x10
80002218:	9772                	add	a4,a4,t3
8000221a:	00677363          	bgeu	a4,t1,80002220 <__umoddi3+0x2da>
8000221e:	97fa                	add	a5,a5,t5
80002220:	01075313          	srl	t1,a4,0x10
80002224:	979a                	add	a5,a5,t1
80002226:	6341                	lui	t1,0x10
80002228:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
8000222a:	00677733          	and	a4,a4,t1
8000222e:	0742                	sll	a4,a4,0x10
80002230:	006efeb3          	and	t4,t4,t1
80002234:	9776                	add	a4,a4,t4
80002236:	00f5e663          	bltu	a1,a5,80002242 <__umoddi3+0x2fc>
8000223a:	00f59b63          	bne	a1,a5,80002250 <__umoddi3+0x30a>
8000223e:	00e57963          	bgeu	a0,a4,80002250 <__umoddi3+0x30a>
80002242:	40c70633          	sub	a2,a4,a2
80002246:	00c73333          	sltu	t1,a4,a2
8000224a:	969a                	add	a3,a3,t1
8000224c:	8732                	mv	a4,a2
8000224e:	8f95                	sub	a5,a5,a3
80002250:	40e50733          	sub	a4,a0,a4
80002254:	00e53533          	sltu	a0,a0,a4
80002258:	8d9d                	sub	a1,a1,a5
8000225a:	8d89                	sub	a1,a1,a0
8000225c:	011598b3          	sll	a7,a1,a7
80002260:	01075733          	srl	a4,a4,a6
80002264:	00e8e533          	or	a0,a7,a4
80002268:	0105d5b3          	srl	a1,a1,a6
8000226c:	8082                	ret

8000226e <__riscv_save_12>:
8000226e:	7139                	add	sp,sp,-64
80002270:	4301                	li	t1,0
80002272:	c66e                	sw	s11,12(sp)
80002274:	a019                	j	8000227a <__riscv_save_10+0x4>

80002276 <__riscv_save_10>:
80002276:	7139                	add	sp,sp,-64
80002278:	5341                	li	t1,-16
8000227a:	c86a                	sw	s10,16(sp)
8000227c:	ca66                	sw	s9,20(sp)
8000227e:	cc62                	sw	s8,24(sp)
80002280:	ce5e                	sw	s7,28(sp)
80002282:	a019                	j	80002288 <__riscv_save_4+0x4>

80002284 <__riscv_save_4>:
80002284:	7139                	add	sp,sp,-64
80002286:	5301                	li	t1,-32
80002288:	d05a                	sw	s6,32(sp)
8000228a:	d256                	sw	s5,36(sp)
8000228c:	d452                	sw	s4,40(sp)
8000228e:	d64e                	sw	s3,44(sp)
80002290:	d84a                	sw	s2,48(sp)
80002292:	da26                	sw	s1,52(sp)
80002294:	dc22                	sw	s0,56(sp)
80002296:	de06                	sw	ra,60(sp)
80002298:	40610133          	sub	sp,sp,t1
8000229c:	8282                	jr	t0

8000229e <__riscv_save_0>:
8000229e:	1141                	add	sp,sp,-16
800022a0:	c04a                	sw	s2,0(sp)
800022a2:	c226                	sw	s1,4(sp)
800022a4:	c422                	sw	s0,8(sp)
800022a6:	c606                	sw	ra,12(sp)
800022a8:	8282                	jr	t0

800022aa <__riscv_restore_12>:
800022aa:	4db2                	lw	s11,12(sp)
800022ac:	0141                	add	sp,sp,16

800022ae <__riscv_restore_10>:
800022ae:	4d02                	lw	s10,0(sp)
800022b0:	4c92                	lw	s9,4(sp)
800022b2:	4c22                	lw	s8,8(sp)
800022b4:	4bb2                	lw	s7,12(sp)
800022b6:	0141                	add	sp,sp,16

800022b8 <__riscv_restore_4>:
800022b8:	4b02                	lw	s6,0(sp)
800022ba:	4a92                	lw	s5,4(sp)
800022bc:	4a22                	lw	s4,8(sp)
800022be:	49b2                	lw	s3,12(sp)
800022c0:	0141                	add	sp,sp,16

800022c2 <__riscv_restore_0>:
800022c2:	4902                	lw	s2,0(sp)
800022c4:	4492                	lw	s1,4(sp)
800022c6:	4422                	lw	s0,8(sp)
800022c8:	40b2                	lw	ra,12(sp)
800022ca:	0141                	add	sp,sp,16
800022cc:	8082                	ret
