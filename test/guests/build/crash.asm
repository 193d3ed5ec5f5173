
build/crash.elf:     file format elf32-littleriscv


Disassembly of section .text:

80000000 <_start>:
80000000:	00002197          	auipc	gp,0x2
80000004:	81818193          	add	gp,gp,-2024 # 80001818 <__global_pointer$>
80000008:	01000117          	auipc	sp,0x1000
8000000c:	ff810113          	add	sp,sp,-8 # 81000000 <__stack_top>
80000010:	00001217          	auipc	tp,0x1
80000014:	00820213          	add	tp,tp,8 # 80001018 <__bss_end>
80000018:	00001297          	auipc	t0,0x1
8000001c:	00028293          	mv	t0,t0
80000020:	00001317          	auipc	t1,0x1
80000024:	ff830313          	add	t1,t1,-8 # 80001018 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0) # 80001018 <__bss_end>
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	04428293          	add	t0,t0,68 # 80000078 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	2a85                	jal	800001b0 <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	22f1                	jal	80000214 <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	80000537          	lui	a0,0x80000
80000050:	1141                	add	sp,sp,-16
80000052:	31050513          	add	a0,a0,784 # 80000310 <__text_end+0x2>
80000056:	c606                	sw	ra,12(sp)
80000058:	2ae1                	jal	80000230 <puts>
8000005a:	6785                	lui	a5,0x1
8000005c:	30579073          	csrw	mtvec,a5
80000060:	00000000          	.word	0x00000000
80000064:	80000537          	lui	a0,0x80000
80000068:	33c50513          	add	a0,a0,828 # 8000033c <__text_end+0x2e>
8000006c:	22d1                	jal	80000230 <puts>
8000006e:	40b2                	lw	ra,12(sp)
80000070:	4505                	li	a0,1
80000072:	0141                	add	sp,sp,16
80000074:	8082                	ret
	...

80000078 <bare_default_trap>:
80000078:	01000117          	auipc	sp,0x1000
8000007c:	f8810113          	add	sp,sp,-120 # 81000000 <__stack_top>
80000080:	34202573          	csrr	a0,mcause
80000084:	341025f3          	csrr	a1,mepc
80000088:	34302673          	csrr	a2,mtval
8000008c:	287d                	jal	8000014a <bare_unexpected_trap>
8000008e:	a001                	j	8000008e <bare_default_trap+0x16>

80000090 <uart_stdio_put>:
80000090:	10000737          	lui	a4,0x10000
80000094:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000098:	0207f793          	and	a5,a5,32
8000009c:	dfe5                	beqz	a5,80000094 <uart_stdio_put+0x4>
8000009e:	00a70023          	sb	a0,0(a4)
800000a2:	8082                	ret

800000a4 <bare_puts>:
800000a4:	00054683          	lbu	a3,0(a0)
800000a8:	ce91                	beqz	a3,800000c4 <bare_puts+0x20>
800000aa:	10000737          	lui	a4,0x10000
800000ae:	0505                	add	a0,a0,1
800000b0:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800000b4:	0207f793          	and	a5,a5,32
800000b8:	dfe5                	beqz	a5,800000b0 <bare_puts+0xc>
800000ba:	00d70023          	sb	a3,0(a4)
800000be:	00054683          	lbu	a3,0(a0)
800000c2:	f6f5                	bnez	a3,800000ae <bare_puts+0xa>
800000c4:	8082                	ret

800000c6 <bare_put_hex>:
800000c6:	800006b7          	lui	a3,0x80000
800000ca:	03000613          	li	a2,48
800000ce:	35468693          	add	a3,a3,852 # 80000354 <__text_end+0x46>
800000d2:	10000737          	lui	a4,0x10000
800000d6:	0685                	add	a3,a3,1
800000d8:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800000dc:	0207f793          	and	a5,a5,32
800000e0:	dfe5                	beqz	a5,800000d8 <bare_put_hex+0x12>
800000e2:	00c70023          	sb	a2,0(a4)
800000e6:	0006c603          	lbu	a2,0(a3)
800000ea:	f675                	bnez	a2,800000d6 <bare_put_hex+0x10>
800000ec:	800005b7          	lui	a1,0x80000
800000f0:	46f1                	li	a3,28
800000f2:	35858593          	add	a1,a1,856 # 80000358 <__text_end+0x4a>
800000f6:	10000737          	lui	a4,0x10000
800000fa:	5871                	li	a6,-4
800000fc:	00d557b3          	srl	a5,a0,a3
80000100:	8bbd                	and	a5,a5,15
80000102:	97ae                	add	a5,a5,a1
80000104:	0007c603          	lbu	a2,0(a5) # 1000 <__stack_size-0xf000>
80000108:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
8000010c:	0207f793          	and	a5,a5,32
80000110:	dfe5                	beqz	a5,80000108 <bare_put_hex+0x42>
80000112:	00c70023          	sb	a2,0(a4)
80000116:	16f1                	add	a3,a3,-4
80000118:	ff0692e3          	bne	a3,a6,800000fc <bare_put_hex+0x36>
8000011c:	8082                	ret

8000011e <bare_exit>:
8000011e:	cd19                	beqz	a0,8000013c <bare_exit+0x1e>
80000120:	670d                	lui	a4,0x3
80000122:	01051793          	sll	a5,a0,0x10
80000126:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
8000012a:	8fd9                	or	a5,a5,a4
8000012c:	00100737          	lui	a4,0x100
80000130:	c31c                	sw	a5,0(a4)
80000132:	10500073          	wfi
80000136:	10500073          	wfi
8000013a:	bfe5                	j	80000132 <bare_exit+0x14>
8000013c:	6795                	lui	a5,0x5
8000013e:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
80000142:	b7ed                	j	8000012c <bare_exit+0xe>

80000144 <_exit>:
80000144:	1141                	add	sp,sp,-16
80000146:	c606                	sw	ra,12(sp)
80000148:	3fd9                	jal	8000011e <bare_exit>

8000014a <bare_unexpected_trap>:
8000014a:	1141                	add	sp,sp,-16
8000014c:	c04a                	sw	s2,0(sp)
8000014e:	892a                	mv	s2,a0
80000150:	80000537          	lui	a0,0x80000
80000154:	36c50513          	add	a0,a0,876 # 8000036c <__text_end+0x5e>
80000158:	c606                	sw	ra,12(sp)
8000015a:	c422                	sw	s0,8(sp)
8000015c:	c226                	sw	s1,4(sp)
8000015e:	8432                	mv	s0,a2
80000160:	84ae                	mv	s1,a1
80000162:	3789                	jal	800000a4 <bare_puts>
80000164:	854a                	mv	a0,s2
80000166:	3785                	jal	800000c6 <bare_put_hex>
80000168:	80000537          	lui	a0,0x80000
8000016c:	38450513          	add	a0,a0,900 # 80000384 <__text_end+0x76>
80000170:	3f15                	jal	800000a4 <bare_puts>
80000172:	8526                	mv	a0,s1
80000174:	3f89                	jal	800000c6 <bare_put_hex>
80000176:	80000537          	lui	a0,0x80000
8000017a:	38c50513          	add	a0,a0,908 # 8000038c <__text_end+0x7e>
8000017e:	371d                	jal	800000a4 <bare_puts>
80000180:	8522                	mv	a0,s0
80000182:	3791                	jal	800000c6 <bare_put_hex>
80000184:	10000737          	lui	a4,0x10000
80000188:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
8000018c:	0207f793          	and	a5,a5,32
80000190:	dfe5                	beqz	a5,80000188 <bare_unexpected_trap+0x3e>
80000192:	47a9                	li	a5,10
80000194:	00f70023          	sb	a5,0(a4)
80000198:	006337b7          	lui	a5,0x633
8000019c:	00100737          	lui	a4,0x100
800001a0:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
800001a4:	c31c                	sw	a5,0(a4)
800001a6:	10500073          	wfi
800001aa:	10500073          	wfi
800001ae:	bfe5                	j	800001a6 <bare_unexpected_trap+0x5c>

800001b0 <__libc_init_array>:
800001b0:	12e002ef          	jal	t0,800002de <__riscv_save_0>
800001b4:	800004b7          	lui	s1,0x80000
800001b8:	80000437          	lui	s0,0x80000
800001bc:	39848793          	add	a5,s1,920 # 80000398 <__fini_array_end>
800001c0:	39840413          	add	s0,s0,920 # 80000398 <__fini_array_end>
800001c4:	8c1d                	sub	s0,s0,a5
800001c6:	8409                	sra	s0,s0,0x2
800001c8:	39848493          	add	s1,s1,920
800001cc:	4901                	li	s2,0
800001ce:	02891963          	bne	s2,s0,80000200 <__libc_init_array+0x50>
800001d2:	00000793          	li	a5,0
800001d6:	c789                	beqz	a5,800001e0 <__libc_init_array+0x30>
800001d8:	00000097          	auipc	ra,0x0
800001dc:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800001e0:	800004b7          	lui	s1,0x80000
800001e4:	80000437          	lui	s0,0x80000
800001e8:	39848793          	add	a5,s1,920 # 80000398 <__fini_array_end>
800001ec:	39840413          	add	s0,s0,920 # 80000398 <__fini_array_end>
800001f0:	8c1d                	sub	s0,s0,a5
800001f2:	8409                	sra	s0,s0,0x2
800001f4:	39848493          	add	s1,s1,920
800001f8:	4901                	li	s2,0
800001fa:	00891863          	bne	s2,s0,8000020a <__libc_init_array+0x5a>
800001fe:	a211                	j	80000302 <__riscv_restore_0>
80000200:	409c                	lw	a5,0(s1)
80000202:	0905                	add	s2,s2,1
80000204:	0491                	add	s1,s1,4
80000206:	9782                	jalr	a5
80000208:	b7d9                	j	800001ce <__libc_init_array+0x1e>
8000020a:	409c                	lw	a5,0(s1)
8000020c:	0905                	add	s2,s2,1
8000020e:	0491                	add	s1,s1,4
80000210:	9782                	jalr	a5
80000212:	b7e5                	j	800001fa <__libc_init_array+0x4a>

80000214 <exit>:
80000214:	0ca002ef          	jal	t0,800002de <__riscv_save_0>
80000218:	00000793          	li	a5,0
8000021c:	842a                	mv	s0,a0
8000021e:	c791                	beqz	a5,8000022a <exit+0x16>
80000220:	4581                	li	a1,0
80000222:	00000097          	auipc	ra,0x0
80000226:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
8000022a:	20a1                	jal	80000272 <__libc_fini_array>
8000022c:	8522                	mv	a0,s0
8000022e:	3f19                	jal	80000144 <_exit>

80000230 <puts>:
80000230:	0ae002ef          	jal	t0,800002de <__riscv_save_0>
80000234:	800007b7          	lui	a5,0x80000
80000238:	3947a583          	lw	a1,916(a5) # 80000394 <stdout>
8000023c:	1141                	add	sp,sp,-16
8000023e:	842a                	mv	s0,a0
80000240:	0045c783          	lbu	a5,4(a1)
80000244:	4481                	li	s1,0
80000246:	8b89                	and	a5,a5,2
80000248:	eb99                	bnez	a5,8000025e <puts+0x2e>
8000024a:	54fd                	li	s1,-1
8000024c:	8526                	mv	a0,s1
8000024e:	0141                	add	sp,sp,16
80000250:	a84d                	j	80000302 <__riscv_restore_0>
80000252:	c62e                	sw	a1,12(sp)
80000254:	9782                	jalr	a5
80000256:	45b2                	lw	a1,12(sp)
80000258:	00055363          	bgez	a0,8000025e <puts+0x2e>
8000025c:	54fd                	li	s1,-1
8000025e:	00044503          	lbu	a0,0(s0)
80000262:	0405                	add	s0,s0,1
80000264:	459c                	lw	a5,8(a1)
80000266:	f575                	bnez	a0,80000252 <puts+0x22>
80000268:	4529                	li	a0,10
8000026a:	9782                	jalr	a5
8000026c:	fe0550e3          	bgez	a0,8000024c <puts+0x1c>
80000270:	bfe9                	j	8000024a <puts+0x1a>

80000272 <__libc_fini_array>:
80000272:	06c002ef          	jal	t0,800002de <__riscv_save_0>
80000276:	800007b7          	lui	a5,0x80000
8000027a:	80000437          	lui	s0,0x80000
8000027e:	39878713          	add	a4,a5,920 # 80000398 <__fini_array_end>
80000282:	39840413          	add	s0,s0,920 # 80000398 <__fini_array_end>
80000286:	8c19                	sub	s0,s0,a4
80000288:	8409                	sra	s0,s0,0x2
8000028a:	39878493          	add	s1,a5,920
8000028e:	e809                	bnez	s0,800002a0 <__libc_fini_array+0x2e>
80000290:	00000793          	li	a5,0
80000294:	c789                	beqz	a5,8000029e <__libc_fini_array+0x2c>
80000296:	00000097          	auipc	ra,0x0
8000029a:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
8000029e:	a095                	j	80000302 <__riscv_restore_0>
800002a0:	147d                	add	s0,s0,-1
800002a2:	00241793          	sll	a5,s0,0x2
800002a6:	97a6                	add	a5,a5,s1
800002a8:	439c                	lw	a5,0(a5)
800002aa:	9782                	jalr	a5
800002ac:	b7cd                	j	8000028e <__libc_fini_array+0x1c>

800002ae <__riscv_save_12>:
800002ae:	7139                	add	sp,sp,-64
800002b0:	4301                	li	t1,0
800002b2:	c66e                	sw	s11,12(sp)
800002b4:	a019                	j	800002ba <__riscv_save_10+0x4>

800002b6 <__riscv_save_10>:
800002b6:	7139                	add	sp,sp,-64
800002b8:	5341                	li	t1,-16
800002ba:	c86a                	sw	s10,16(sp)
800002bc:	ca66                	sw	s9,20(sp)
800002be:	cc62                	sw	s8,24(sp)
800002c0:	ce5e                	sw	s7,28(sp)
800002c2:	a019                	j	800002c8 <__riscv_save_4+0x4>

800002c4 <__riscv_save_4>:
800002c4:	7139                	add	sp,sp,-64
800002c6:	5301                	li	t1,-32
800002c8:	d05a                	sw	s6,32(sp)
800002ca:	d256                	sw	s5,36(sp)
800002cc:	d452                	sw	s4,40(sp)
800002ce:	d64e                	sw	s3,44(sp)
800002d0:	d84a                	sw	s2,48(sp)
800002d2:	da26                	sw	s1,52(sp)
800002d4:	dc22                	sw	s0,56(sp)
800002d6:	de06                	sw	ra,60(sp)
800002d8:	40610133          	sub	sp,sp,t1
800002dc:	8282                	jr	t0

800002de <__riscv_save_0>:
800002de:	1141                	add	sp,sp,-16
800002e0:	c04a                	sw	s2,0(sp)
800002e2:	c226                	sw	s1,4(sp)
800002e4:	c422                	sw	s0,8(sp)
800002e6:	c606                	sw	ra,12(sp)
800002e8:	8282                	jr	t0

800002ea <__riscv_restore_12>:
800002ea:	4db2                	lw	s11,12(sp)
800002ec:	0141                	add	sp,sp,16

800002ee <__riscv_restore_10>:
800002ee:	4d02                	lw	s10,0(sp)
800002f0:	4c92                	lw	s9,4(sp)
800002f2:	4c22                	lw	s8,8(sp)
800002f4:	4bb2                	lw	s7,12(sp)
800002f6:	0141                	add	sp,sp,16

800002f8 <__riscv_restore_4>:
800002f8:	4b02                	lw	s6,0(sp)
800002fa:	4a92                	lw	s5,4(sp)
800002fc:	4a22                	lw	s4,8(sp)
800002fe:	49b2                	lw	s3,12(sp)
80000300:	0141                	add	sp,sp,16

80000302 <__riscv_restore_0>:
80000302:	4902                	lw	s2,0(sp)
80000304:	4492                	lw	s1,4(sp)
80000306:	4422                	lw	s0,8(sp)
80000308:	40b2                	lw	ra,12(sp)
8000030a:	0141                	add	sp,sp,16
8000030c:	8082                	ret
