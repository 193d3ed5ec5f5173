
build/compressed.elf:     file format elf32-littleriscv


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
80000038:	19028293          	add	t0,t0,400 # 800001c4 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	24f1                	jal	8000030c <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	262d                	jal	80000372 <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	7171                	add	sp,sp,-176
8000004e:	08000613          	li	a2,128
80000052:	4581                	li	a1,0
80000054:	850a                	mv	a0,sp
80000056:	d706                	sw	ra,172(sp)
80000058:	d522                	sw	s0,168(sp)
8000005a:	cf4e                	sw	s3,156(sp)
8000005c:	d326                	sw	s1,164(sp)
8000005e:	d14a                	sw	s2,160(sp)
80000060:	cd52                	sw	s4,152(sp)
80000062:	cb56                	sw	s5,148(sp)
80000064:	c95a                	sw	s6,144(sp)
80000066:	c75e                	sw	s7,140(sp)
80000068:	2c51                	jal	800002fc <memset>
8000006a:	850a                	mv	a0,sp
8000006c:	2055                	jal	80000110 <compressed_run>
8000006e:	85aa                	mv	a1,a0
80000070:	842a                	mv	s0,a0
80000072:	80002537          	lui	a0,0x80002
80000076:	2d850513          	add	a0,a0,728 # 800022d8 <__text_end+0x6>
8000007a:	2e19                	jal	80000390 <printf>
8000007c:	47d1                	li	a5,20
8000007e:	4981                	li	s3,0
80000080:	00f40963          	beq	s0,a5,80000092 <main+0x46>
80000084:	80002537          	lui	a0,0x80002
80000088:	45d1                	li	a1,20
8000008a:	2f450513          	add	a0,a0,756 # 800022f4 <__text_end+0x22>
8000008e:	2609                	jal	80000390 <printf>
80000090:	4985                	li	s3,1
80000092:	800024b7          	lui	s1,0x80002
80000096:	45448493          	add	s1,s1,1108 # 80002454 <expected>
8000009a:	840a                	mv	s0,sp
8000009c:	4901                	li	s2,0
8000009e:	80002bb7          	lui	s7,0x80002
800000a2:	80002b37          	lui	s6,0x80002
800000a6:	80002ab7          	lui	s5,0x80002
800000aa:	4a51                	li	s4,20
800000ac:	4014                	lw	a3,0(s0)
800000ae:	4090                	lw	a2,0(s1)
800000b0:	85ca                	mv	a1,s2
800000b2:	310b8513          	add	a0,s7,784 # 80002310 <__text_end+0x3e>
800000b6:	2ce9                	jal	80000390 <printf>
800000b8:	40cc                	lw	a1,4(s1)
800000ba:	401c                	lw	a5,0(s0)
800000bc:	0905                	add	s2,s2,1
800000be:	324a8513          	add	a0,s5,804 # 80002324 <__text_end+0x52>
800000c2:	00b78463          	beq	a5,a1,800000ca <main+0x7e>
800000c6:	24e9                	jal	80000390 <printf>
800000c8:	0985                	add	s3,s3,1
800000ca:	344b0513          	add	a0,s6,836 # 80002344 <__text_end+0x72>
800000ce:	24c9                	jal	80000390 <printf>
800000d0:	04a1                	add	s1,s1,8
800000d2:	0411                	add	s0,s0,4
800000d4:	fd491ce3          	bne	s2,s4,800000ac <main+0x60>
800000d8:	02099363          	bnez	s3,800000fe <main+0xb2>
800000dc:	80002537          	lui	a0,0x80002
800000e0:	34850513          	add	a0,a0,840 # 80002348 <__text_end+0x76>
800000e4:	2475                	jal	80000390 <printf>
800000e6:	50ba                	lw	ra,172(sp)
800000e8:	542a                	lw	s0,168(sp)
800000ea:	549a                	lw	s1,164(sp)
800000ec:	590a                	lw	s2,160(sp)
800000ee:	4a6a                	lw	s4,152(sp)
800000f0:	4ada                	lw	s5,148(sp)
800000f2:	4b4a                	lw	s6,144(sp)
800000f4:	4bba                	lw	s7,140(sp)
800000f6:	854e                	mv	a0,s3
800000f8:	49fa                	lw	s3,156(sp)
800000fa:	614d                	add	sp,sp,176
800000fc:	8082                	ret
800000fe:	80002537          	lui	a0,0x80002
80000102:	85ce                	mv	a1,s3
80000104:	33450513          	add	a0,a0,820 # 80002334 <__text_end+0x62>
80000108:	2461                	jal	80000390 <printf>
8000010a:	4985                	li	s3,1
8000010c:	bfe9                	j	800000e6 <main+0x9a>
	...

80000110 <compressed_run>:
80000110:	713d                	add	sp,sp,-32
80000112:	ce06                	sw	ra,28(sp)
80000114:	cc22                	sw	s0,24(sp)
80000116:	ca26                	sw	s1,20(sp)
80000118:	45d5                	li	a1,21
8000011a:	c10c                	sw	a1,0(a0)
8000011c:	15d9                	add	a1,a1,-10
8000011e:	c14c                	sw	a1,4(a0)
80000120:	6649                	lui	a2,0x12
80000122:	c510                	sw	a2,8(a0)
80000124:	767d                	lui	a2,0xfffff
80000126:	c550                	sw	a2,12(a0)
80000128:	56fd                	li	a3,-1
8000012a:	8291                	srl	a3,a3,0x4
8000012c:	c914                	sw	a3,16(a0)
8000012e:	56c1                	li	a3,-16
80000130:	8689                	sra	a3,a3,0x2
80000132:	c954                	sw	a3,20(a0)
80000134:	470d                	li	a4,3
80000136:	077a                	sll	a4,a4,0x1e
80000138:	cd18                	sw	a4,24(a0)
8000013a:	6785                	lui	a5,0x1
8000013c:	07fd                	add	a5,a5,31 # 101f <__stack_size-0xefe1>
8000013e:	9bf1                	and	a5,a5,-4
80000140:	cd5c                	sw	a5,28(a0)
80000142:	4415                	li	s0,5
80000144:	44b1                	li	s1,12
80000146:	8c05                	sub	s0,s0,s1
80000148:	d100                	sw	s0,32(a0)
8000014a:	4429                	li	s0,10
8000014c:	8c25                	xor	s0,s0,s1
8000014e:	d140                	sw	s0,36(a0)
80000150:	440d                	li	s0,3
80000152:	8c45                	or	s0,s0,s1
80000154:	d500                	sw	s0,40(a0)
80000156:	4439                	li	s0,14
80000158:	8c65                	and	s0,s0,s1
8000015a:	d540                	sw	s0,44(a0)
8000015c:	863a                	mv	a2,a4
8000015e:	d910                	sw	a2,48(a0)
80000160:	469d                	li	a3,7
80000162:	9636                	add	a2,a2,a3
80000164:	d950                	sw	a2,52(a0)
80000166:	4581                	li	a1,0
80000168:	c191                	beqz	a1,8000016c <compressed_run+0x5c>
8000016a:	45a5                	li	a1,9
8000016c:	0585                	add	a1,a1,1
8000016e:	e191                	bnez	a1,80000172 <compressed_run+0x62>
80000170:	45a5                	li	a1,9
80000172:	4601                	li	a2,0
80000174:	e211                	bnez	a2,80000178 <compressed_run+0x68>
80000176:	0589                	add	a1,a1,2
80000178:	c191                	beqz	a1,8000017c <compressed_run+0x6c>
8000017a:	0591                	add	a1,a1,4
8000017c:	a011                	j	80000180 <compressed_run+0x70>
8000017e:	45a5                	li	a1,9
80000180:	dd0c                	sw	a1,56(a0)
80000182:	281d                	jal	800001b8 <compressed_add8>
80000184:	00000697          	auipc	a3,0x0
80000188:	03868693          	add	a3,a3,56 # 800001bc <compressed_add16>
8000018c:	9682                	jalr	a3
8000018e:	dd4c                	sw	a1,60(a0)
80000190:	0810                	add	a2,sp,16
80000192:	868a                	mv	a3,sp
80000194:	8e15                	sub	a2,a2,a3
80000196:	c130                	sw	a2,64(a0)
80000198:	55e5                	li	a1,-7
8000019a:	c42e                	sw	a1,8(sp)
8000019c:	4722                	lw	a4,8(sp)
8000019e:	c178                	sw	a4,68(a0)
800001a0:	415c                	lw	a5,4(a0)
800001a2:	0785                	add	a5,a5,1
800001a4:	c53c                	sw	a5,72(a0)
800001a6:	47cd                	li	a5,19
800001a8:	0001                	nop
800001aa:	c57c                	sw	a5,76(a0)
800001ac:	40f2                	lw	ra,28(sp)
800001ae:	4462                	lw	s0,24(sp)
800001b0:	44d2                	lw	s1,20(sp)
800001b2:	6105                	add	sp,sp,32
800001b4:	4551                	li	a0,20
800001b6:	8082                	ret

800001b8 <compressed_add8>:
800001b8:	05a1                	add	a1,a1,8
800001ba:	8082                	ret

800001bc <compressed_add16>:
800001bc:	05c1                	add	a1,a1,16
800001be:	8082                	ret
800001c0:	0000                	unimp
	...

800001c4 <bare_default_trap>:
800001c4:	01000117          	auipc	sp,0x1000
800001c8:	e3c10113          	add	sp,sp,-452 # 81000000 <__stack_top>
800001cc:	34202573          	csrr	a0,mcause
800001d0:	341025f3          	csrr	a1,mepc
800001d4:	34302673          	csrr	a2,mtval
800001d8:	287d                	jal	80000296 <bare_unexpected_trap>
800001da:	a001                	j	800001da <bare_default_trap+0x16>

800001dc <uart_stdio_put>:
800001dc:	10000737          	lui	a4,0x10000
800001e0:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800001e4:	0207f793          	and	a5,a5,32
800001e8:	dfe5                	beqz	a5,800001e0 <uart_stdio_put+0x4>
800001ea:	00a70023          	sb	a0,0(a4)
800001ee:	8082                	ret

800001f0 <bare_puts>:
800001f0:	00054683          	lbu	a3,0(a0)
800001f4:	ce91                	beqz	a3,80000210 <bare_puts+0x20>
800001f6:	10000737          	lui	a4,0x10000
800001fa:	0505                	add	a0,a0,1
800001fc:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000200:	0207f793          	and	a5,a5,32
80000204:	dfe5                	beqz	a5,800001fc <bare_puts+0xc>
80000206:	00d70023          	sb	a3,0(a4)
8000020a:	00054683          	lbu	a3,0(a0)
8000020e:	f6f5                	bnez	a3,800001fa <bare_puts+0xa>
80000210:	8082                	ret

80000212 <bare_put_hex>:
80000212:	800026b7          	lui	a3,0x80002
80000216:	03000613          	li	a2,48
8000021a:	4f468693          	add	a3,a3,1268 # 800024f4 <expected+0xa0>
8000021e:	10000737          	lui	a4,0x10000
80000222:	0685                	add	a3,a3,1
80000224:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000228:	0207f793          	and	a5,a5,32
8000022c:	dfe5                	beqz	a5,80000224 <bare_put_hex+0x12>
8000022e:	00c70023          	sb	a2,0(a4)
80000232:	0006c603          	lbu	a2,0(a3)
80000236:	f675                	bnez	a2,80000222 <bare_put_hex+0x10>
80000238:	800025b7          	lui	a1,0x80002
8000023c:	46f1                	li	a3,28
8000023e:	4f858593          	add	a1,a1,1272 # 800024f8 <expected+0xa4>
80000242:	10000737          	lui	a4,0x10000
80000246:	5871                	li	a6,-4
80000248:	00d557b3          	srl	a5,a0,a3
8000024c:	8bbd                	and	a5,a5,15
8000024e:	97ae                	add	a5,a5,a1
80000250:	0007c603          	lbu	a2,0(a5)
80000254:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000258:	0207f793          	and	a5,a5,32
8000025c:	dfe5                	beqz	a5,80000254 <bare_put_hex+0x42>
8000025e:	00c70023          	sb	a2,0(a4)
80000262:	16f1                	add	a3,a3,-4
80000264:	ff0692e3          	bne	a3,a6,80000248 <bare_put_hex+0x36>
80000268:	8082                	ret

8000026a <bare_exit>:
8000026a:	cd19                	beqz	a0,80000288 <bare_exit+0x1e>
8000026c:	670d                	lui	a4,0x3
8000026e:	01051793          	sll	a5,a0,0x10
80000272:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
80000276:	8fd9                	or	a5,a5,a4
80000278:	00100737          	lui	a4,0x100
8000027c:	c31c                	sw	a5,0(a4)
8000027e:	10500073          	wfi
80000282:	10500073          	wfi
80000286:	bfe5                	j	8000027e <bare_exit+0x14>
80000288:	6795                	lui	a5,0x5
8000028a:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
8000028e:	b7ed                	j	80000278 <bare_exit+0xe>

80000290 <_exit>:
80000290:	1141                	add	sp,sp,-16
80000292:	c606                	sw	ra,12(sp)
80000294:	3fd9                	jal	8000026a <bare_exit>

80000296 <bare_unexpected_trap>:
80000296:	1141                	add	sp,sp,-16
80000298:	c04a                	sw	s2,0(sp)
8000029a:	892a                	mv	s2,a0
8000029c:	80002537          	lui	a0,0x80002
800002a0:	50c50513          	add	a0,a0,1292 # 8000250c <expected+0xb8>
800002a4:	c606                	sw	ra,12(sp)
800002a6:	c422                	sw	s0,8(sp)
800002a8:	c226                	sw	s1,4(sp)
800002aa:	8432                	mv	s0,a2
800002ac:	84ae                	mv	s1,a1
800002ae:	3789                	jal	800001f0 <bare_puts>
800002b0:	854a                	mv	a0,s2
800002b2:	3785                	jal	80000212 <bare_put_hex>
800002b4:	80002537          	lui	a0,0x80002
800002b8:	52450513          	add	a0,a0,1316 # 80002524 <expected+0xd0>
800002bc:	3f15                	jal	800001f0 <bare_puts>
800002be:	8526                	mv	a0,s1
800002c0:	3f89                	jal	80000212 <bare_put_hex>
800002c2:	80002537          	lui	a0,0x80002
800002c6:	52c50513          	add	a0,a0,1324 # 8000252c <expected+0xd8>
800002ca:	371d                	jal	800001f0 <bare_puts>
800002cc:	8522                	mv	a0,s0
800002ce:	3791                	jal	80000212 <bare_put_hex>
800002d0:	10000737          	lui	a4,0x10000
800002d4:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800002d8:	0207f793          	and	a5,a5,32
800002dc:	dfe5                	beqz	a5,800002d4 <bare_unexpected_trap+0x3e>
800002de:	47a9                	li	a5,10
800002e0:	00f70023          	sb	a5,0(a4)
800002e4:	006337b7          	lui	a5,0x633
800002e8:	00100737          	lui	a4,0x100
800002ec:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
800002f0:	c31c                	sw	a5,0(a4)
800002f2:	10500073          	wfi
800002f6:	10500073          	wfi
800002fa:	bfe5                	j	800002f2 <bare_unexpected_trap+0x5c>

800002fc <memset>:
800002fc:	832a                	mv	t1,a0
800002fe:	c611                	beqz	a2,8000030a <memset+0xe>
80000300:	00b30023          	sb	a1,0(t1)
80000304:	167d                	add	a2,a2,-1 # ffffefff <__stack_top+0x7effefff>
80000306:	0305                	add	t1,t1,1
80000308:	fe65                	bnez	a2,80000300 <memset+0x4>
8000030a:	8082                	ret

8000030c <__libc_init_array>:
8000030c:	797012ef          	jal	t0,800022a2 <__riscv_save_0>
80000310:	800034b7          	lui	s1,0x80003
80000314:	80003437          	lui	s0,0x80003
80000318:	a2048793          	add	a5,s1,-1504 # 80002a20 <__fini_array_end>
8000031c:	a2040413          	add	s0,s0,-1504 # 80002a20 <__fini_array_end>
80000320:	8c1d                	sub	s0,s0,a5
80000322:	8409                	sra	s0,s0,0x2
80000324:	a2048493          	add	s1,s1,-1504
80000328:	4901                	li	s2,0
8000032a:	02891a63          	bne	s2,s0,8000035e <__libc_init_array+0x52>
8000032e:	00000793          	li	a5,0
80000332:	c789                	beqz	a5,8000033c <__libc_init_array+0x30>
80000334:	00000097          	auipc	ra,0x0
80000338:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
8000033c:	800034b7          	lui	s1,0x80003
80000340:	80003437          	lui	s0,0x80003
80000344:	a2048793          	add	a5,s1,-1504 # 80002a20 <__fini_array_end>
80000348:	a2040413          	add	s0,s0,-1504 # 80002a20 <__fini_array_end>
8000034c:	8c1d                	sub	s0,s0,a5
8000034e:	8409                	sra	s0,s0,0x2
80000350:	a2048493          	add	s1,s1,-1504
80000354:	4901                	li	s2,0
80000356:	00891963          	bne	s2,s0,80000368 <__libc_init_array+0x5c>
8000035a:	76d0106f          	j	800022c6 <__riscv_restore_0>
8000035e:	409c                	lw	a5,0(s1)
80000360:	0905                	add	s2,s2,1
80000362:	0491                	add	s1,s1,4
80000364:	9782                	jalr	a5
80000366:	b7d1                	j	8000032a <__libc_init_array+0x1e>
80000368:	409c                	lw	a5,0(s1)
8000036a:	0905                	add	s2,s2,1
8000036c:	0491                	add	s1,s1,4
8000036e:	9782                	jalr	a5
80000370:	b7dd                	j	80000356 <__libc_init_array+0x4a>

80000372 <exit>:
80000372:	731012ef          	jal	t0,800022a2 <__riscv_save_0>
80000376:	00000793          	li	a5,0
8000037a:	842a                	mv	s0,a0
8000037c:	c791                	beqz	a5,80000388 <exit+0x16>
8000037e:	4581                	li	a1,0
80000380:	00000097          	auipc	ra,0x0
80000384:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000388:	796010ef          	jal	80001b1e <__libc_fini_array>
8000038c:	8522                	mv	a0,s0
8000038e:	3709                	jal	80000290 <_exit>

80000390 <printf>:
80000390:	7139                	add	sp,sp,-64
80000392:	da3e                	sw	a5,52(sp)
80000394:	800037b7          	lui	a5,0x80003
80000398:	d22e                	sw	a1,36(sp)
8000039a:	85aa                	mv	a1,a0
8000039c:	a147a503          	lw	a0,-1516(a5) # 80002a14 <stdout>
800003a0:	d432                	sw	a2,40(sp)
800003a2:	1050                	add	a2,sp,36
800003a4:	ce06                	sw	ra,28(sp)
800003a6:	d636                	sw	a3,44(sp)
800003a8:	d83a                	sw	a4,48(sp)
800003aa:	dc42                	sw	a6,56(sp)
800003ac:	de46                	sw	a7,60(sp)
800003ae:	c632                	sw	a2,12(sp)
800003b0:	2411                	jal	800005b4 <__d_vfprintf>
800003b2:	40f2                	lw	ra,28(sp)
800003b4:	6121                	add	sp,sp,64
800003b6:	8082                	ret

800003b8 <__ultoa_invert>:
800003b8:	6c3012ef          	jal	t0,8000227a <__riscv_save_10>
800003bc:	2006f793          	and	a5,a3,512
800003c0:	89aa                	mv	s3,a0
800003c2:	8a2e                	mv	s4,a1
800003c4:	8932                	mv	s2,a2
800003c6:	84b6                	mv	s1,a3
800003c8:	02700b13          	li	s6,39
800003cc:	c781                	beqz	a5,800003d4 <__ultoa_invert+0x1c>
800003ce:	dff6f493          	and	s1,a3,-513
800003d2:	4b1d                	li	s6,7
800003d4:	41f4da93          	sra	s5,s1,0x1f
800003d8:	4ca5                	li	s9,9
800003da:	8626                	mv	a2,s1
800003dc:	86d6                	mv	a3,s5
800003de:	854e                	mv	a0,s3
800003e0:	85d2                	mv	a1,s4
800003e2:	369010ef          	jal	80001f4a <__umoddi3>
800003e6:	85d2                	mv	a1,s4
800003e8:	0ff57413          	zext.b	s0,a0
800003ec:	8626                	mv	a2,s1
800003ee:	854e                	mv	a0,s3
800003f0:	86d6                	mv	a3,s5
800003f2:	7fa010ef          	jal	80001bec <__udivdi3>
800003f6:	8c4e                	mv	s8,s3
800003f8:	8bd2                	mv	s7,s4
800003fa:	89aa                	mv	s3,a0
800003fc:	8a2e                	mv	s4,a1
800003fe:	008cf563          	bgeu	s9,s0,80000408 <__ultoa_invert+0x50>
80000402:	945a                	add	s0,s0,s6
80000404:	0ff47413          	zext.b	s0,s0
80000408:	0905                	add	s2,s2,1
8000040a:	03040413          	add	s0,s0,48
8000040e:	fe890fa3          	sb	s0,-1(s2)
80000412:	015be663          	bltu	s7,s5,8000041e <__ultoa_invert+0x66>
80000416:	fd7a92e3          	bne	s5,s7,800003da <__ultoa_invert+0x22>
8000041a:	fc9c70e3          	bgeu	s8,s1,800003da <__ultoa_invert+0x22>
8000041e:	854a                	mv	a0,s2
80000420:	6930106f          	j	800022b2 <__riscv_restore_10>

80000424 <skip_to_arg>:
80000424:	657012ef          	jal	t0,8000227a <__riscv_save_10>
80000428:	4305                	li	t1,1
8000042a:	02500f13          	li	t5,37
8000042e:	88aa                	mv	a7,a0
80000430:	00c34463          	blt	t1,a2,80000438 <skip_to_arg+0x14>
80000434:	67f0106f          	j	800022b2 <__riscv_restore_10>
80000438:	87c6                	mv	a5,a7
8000043a:	88be                	mv	a7,a5
8000043c:	0007c703          	lbu	a4,0(a5)
80000440:	0785                	add	a5,a5,1
80000442:	db6d                	beqz	a4,80000434 <skip_to_arg+0x10>
80000444:	ffe71be3          	bne	a4,t5,8000043a <skip_to_arg+0x16>
80000448:	0007c703          	lbu	a4,0(a5)
8000044c:	0889                	add	a7,a7,2
8000044e:	ffe705e3          	beq	a4,t5,80000438 <skip_to_arg+0x14>
80000452:	6ecd                	lui	t4,0x13
80000454:	4681                	li	a3,0
80000456:	4e01                	li	t3,0
80000458:	4781                	li	a5,0
8000045a:	42fd                	li	t0,31
8000045c:	06c00f93          	li	t6,108
80000460:	07400393          	li	t2,116
80000464:	07a00413          	li	s0,122
80000468:	06800493          	li	s1,104
8000046c:	06a00913          	li	s2,106
80000470:	04c00993          	li	s3,76
80000474:	4a25                	li	s4,9
80000476:	02400a93          	li	s5,36
8000047a:	07f00b13          	li	s6,127
8000047e:	4bc1                	li	s7,16
80000480:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
80000484:	04f2e263          	bltu	t0,a5,800004c8 <skip_to_arg+0xa4>
80000488:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
8000048c:	0ff87813          	zext.b	a6,a6
80000490:	030bf163          	bgeu	s7,a6,800004b2 <skip_to_arg+0x8e>
80000494:	fd070813          	add	a6,a4,-48
80000498:	0ff87813          	zext.b	a6,a6
8000049c:	4c25                	li	s8,9
8000049e:	050c6563          	bltu	s8,a6,800004e8 <skip_to_arg+0xc4>
800004a2:	47a9                	li	a5,10
800004a4:	02f687b3          	mul	a5,a3,a5
800004a8:	00f806b3          	add	a3,a6,a5
800004ac:	02000793          	li	a5,32
800004b0:	a039                	j	800004be <skip_to_arg+0x9a>
800004b2:	010ed833          	srl	a6,t4,a6
800004b6:	00187813          	and	a6,a6,1
800004ba:	00080963          	beqz	a6,800004cc <skip_to_arg+0xa8>
800004be:	0008c703          	lbu	a4,0(a7)
800004c2:	0885                	add	a7,a7,1
800004c4:	f361                	bnez	a4,80000484 <skip_to_arg+0x60>
800004c6:	a8b1                	j	80000522 <skip_to_arg+0xfe>
800004c8:	04fb6363          	bltu	s6,a5,8000050e <skip_to_arg+0xea>
800004cc:	fd070813          	add	a6,a4,-48
800004d0:	0ff87813          	zext.b	a6,a6
800004d4:	fd0a77e3          	bgeu	s4,a6,800004a2 <skip_to_arg+0x7e>
800004d8:	03571563          	bne	a4,s5,80000502 <skip_to_arg+0xde>
800004dc:	0a0e0063          	beqz	t3,8000057c <skip_to_arg+0x158>
800004e0:	0a668063          	beq	a3,t1,80000580 <skip_to_arg+0x15c>
800004e4:	4681                	li	a3,0
800004e6:	bfe1                	j	800004be <skip_to_arg+0x9a>
800004e8:	0fb77813          	and	a6,a4,251
800004ec:	02a00c13          	li	s8,42
800004f0:	ff880ae3          	beq	a6,s8,800004e4 <skip_to_arg+0xc0>
800004f4:	06c00813          	li	a6,108
800004f8:	01071d63          	bne	a4,a6,80000512 <skip_to_arg+0xee>
800004fc:	0807e793          	or	a5,a5,128
80000500:	bf7d                	j	800004be <skip_to_arg+0x9a>
80000502:	0fb77813          	and	a6,a4,251
80000506:	02a00c13          	li	s8,42
8000050a:	fd880de3          	beq	a6,s8,800004e4 <skip_to_arg+0xc0>
8000050e:	05f70663          	beq	a4,t6,8000055a <skip_to_arg+0x136>
80000512:	02efef63          	bltu	t6,a4,80000550 <skip_to_arg+0x12c>
80000516:	04970863          	beq	a4,s1,80000566 <skip_to_arg+0x142>
8000051a:	05270e63          	beq	a4,s2,80000576 <skip_to_arg+0x152>
8000051e:	05370c63          	beq	a4,s3,80000576 <skip_to_arg+0x152>
80000522:	f00e09e3          	beqz	t3,80000434 <skip_to_arg+0x10>
80000526:	f06e15e3          	bne	t3,t1,80000430 <skip_to_arg+0xc>
8000052a:	02076893          	or	a7,a4,32
8000052e:	f9b88813          	add	a6,a7,-101
80000532:	0ff87813          	zext.b	a6,a6
80000536:	4e09                	li	t3,2
80000538:	4194                	lw	a3,0(a1)
8000053a:	010e7663          	bgeu	t3,a6,80000546 <skip_to_arg+0x122>
8000053e:	06100813          	li	a6,97
80000542:	05089263          	bne	a7,a6,80000586 <skip_to_arg+0x162>
80000546:	069d                	add	a3,a3,7
80000548:	9ae1                	and	a3,a3,-8
8000054a:	00868713          	add	a4,a3,8
8000054e:	a091                	j	80000592 <skip_to_arg+0x16e>
80000550:	f67707e3          	beq	a4,t2,800004be <skip_to_arg+0x9a>
80000554:	f68705e3          	beq	a4,s0,800004be <skip_to_arg+0x9a>
80000558:	b7e9                	j	80000522 <skip_to_arg+0xfe>
8000055a:	0807f713          	and	a4,a5,128
8000055e:	df59                	beqz	a4,800004fc <skip_to_arg+0xd8>
80000560:	2007e793          	or	a5,a5,512
80000564:	bf61                	j	800004fc <skip_to_arg+0xd8>
80000566:	1007f713          	and	a4,a5,256
8000056a:	c319                	beqz	a4,80000570 <skip_to_arg+0x14c>
8000056c:	2007e793          	or	a5,a5,512
80000570:	1007e793          	or	a5,a5,256
80000574:	b7a9                	j	800004be <skip_to_arg+0x9a>
80000576:	2807e793          	or	a5,a5,640
8000057a:	b791                	j	800004be <skip_to_arg+0x9a>
8000057c:	8e36                	mv	t3,a3
8000057e:	b79d                	j	800004e4 <skip_to_arg+0xc0>
80000580:	06300713          	li	a4,99
80000584:	b75d                	j	8000052a <skip_to_arg+0x106>
80000586:	06300813          	li	a6,99
8000058a:	01071763          	bne	a4,a6,80000598 <skip_to_arg+0x174>
8000058e:	00468713          	add	a4,a3,4
80000592:	c198                	sw	a4,0(a1)
80000594:	0305                	add	t1,t1,1
80000596:	bd61                	j	8000042e <skip_to_arg+0xa>
80000598:	07300813          	li	a6,115
8000059c:	ff0709e3          	beq	a4,a6,8000058e <skip_to_arg+0x16a>
800005a0:	0807f813          	and	a6,a5,128
800005a4:	00468713          	add	a4,a3,4
800005a8:	fe0805e3          	beqz	a6,80000592 <skip_to_arg+0x16e>
800005ac:	2007f793          	and	a5,a5,512
800005b0:	d3ed                	beqz	a5,80000592 <skip_to_arg+0x16e>
800005b2:	bf51                	j	80000546 <skip_to_arg+0x122>

800005b4 <__d_vfprintf>:
800005b4:	4bf012ef          	jal	t0,80002272 <__riscv_save_12>
800005b8:	00454783          	lbu	a5,4(a0)
800005bc:	7139                	add	sp,sp,-64
800005be:	c02a                	sw	a0,0(sp)
800005c0:	c42e                	sw	a1,8(sp)
800005c2:	c632                	sw	a2,12(sp)
800005c4:	8b89                	and	a5,a5,2
800005c6:	00852a03          	lw	s4,8(a0)
800005ca:	c785                	beqz	a5,800005f2 <__d_vfprintf+0x3e>
800005cc:	d232                	sw	a2,36(sp)
800005ce:	87ae                	mv	a5,a1
800005d0:	4401                	li	s0,0
800005d2:	0007c903          	lbu	s2,0(a5)
800005d6:	00090f63          	beqz	s2,800005f4 <__d_vfprintf+0x40>
800005da:	02500713          	li	a4,37
800005de:	00e90f63          	beq	s2,a4,800005fc <__d_vfprintf+0x48>
800005e2:	0785                	add	a5,a5,1
800005e4:	c23e                	sw	a5,4(sp)
800005e6:	4582                	lw	a1,0(sp)
800005e8:	854a                	mv	a0,s2
800005ea:	0405                	add	s0,s0,1
800005ec:	9a02                	jalr	s4
800005ee:	280552e3          	bgez	a0,80001072 <__d_vfprintf+0xabe>
800005f2:	547d                	li	s0,-1
800005f4:	8522                	mv	a0,s0
800005f6:	6121                	add	sp,sp,64
800005f8:	4b70106f          	j	800022ae <__riscv_restore_12>
800005fc:	0017c903          	lbu	s2,1(a5)
80000600:	00278713          	add	a4,a5,2
80000604:	c23a                	sw	a4,4(sp)
80000606:	02500793          	li	a5,37
8000060a:	fcf90ee3          	beq	s2,a5,800005e6 <__d_vfprintf+0x32>
8000060e:	800024b7          	lui	s1,0x80002
80000612:	4a81                	li	s5,0
80000614:	4d01                	li	s10,0
80000616:	4b01                	li	s6,0
80000618:	4d81                	li	s11,0
8000061a:	06c00993          	li	s3,108
8000061e:	07400b93          	li	s7,116
80000622:	07a00c13          	li	s8,122
80000626:	06800c93          	li	s9,104
8000062a:	54448493          	add	s1,s1,1348 # 80002544 <expected+0xf0>
8000062e:	47fd                	li	a5,31
80000630:	07b7e163          	bltu	a5,s11,80000692 <__d_vfprintf+0xde>
80000634:	fe090793          	add	a5,s2,-32
80000638:	0ff7f793          	zext.b	a5,a5
8000063c:	4741                	li	a4,16
8000063e:	00f76663          	bltu	a4,a5,8000064a <__d_vfprintf+0x96>
80000642:	078a                	sll	a5,a5,0x2
80000644:	97a6                	add	a5,a5,s1
80000646:	439c                	lw	a5,0(a5)
80000648:	8782                	jr	a5
8000064a:	fd090793          	add	a5,s2,-48
8000064e:	0ff7f793          	zext.b	a5,a5
80000652:	4725                	li	a4,9
80000654:	06f76463          	bltu	a4,a5,800006bc <__d_vfprintf+0x108>
80000658:	46a9                	li	a3,10
8000065a:	02db06b3          	mul	a3,s6,a3
8000065e:	00f68b33          	add	s6,a3,a5
80000662:	020ded93          	or	s11,s11,32
80000666:	a019                	j	8000066c <__d_vfprintf+0xb8>
80000668:	001ded93          	or	s11,s11,1
8000066c:	4792                	lw	a5,4(sp)
8000066e:	0007c903          	lbu	s2,0(a5)
80000672:	0785                	add	a5,a5,1
80000674:	c23e                	sw	a5,4(sp)
80000676:	fa091ce3          	bnez	s2,8000062e <__d_vfprintf+0x7a>
8000067a:	a0dd                	j	80000760 <__d_vfprintf+0x1ac>
8000067c:	002ded93          	or	s11,s11,2
80000680:	004ded93          	or	s11,s11,4
80000684:	b7e5                	j	8000066c <__d_vfprintf+0xb8>
80000686:	008ded93          	or	s11,s11,8
8000068a:	b7cd                	j	8000066c <__d_vfprintf+0xb8>
8000068c:	010ded93          	or	s11,s11,16
80000690:	bff1                	j	8000066c <__d_vfprintf+0xb8>
80000692:	07f00793          	li	a5,127
80000696:	0bb7e763          	bltu	a5,s11,80000744 <__d_vfprintf+0x190>
8000069a:	fd090693          	add	a3,s2,-48
8000069e:	0ff6f693          	zext.b	a3,a3
800006a2:	47a5                	li	a5,9
800006a4:	00d7ec63          	bltu	a5,a3,800006bc <__d_vfprintf+0x108>
800006a8:	040df613          	and	a2,s11,64
800006ac:	87b6                	mv	a5,a3
800006ae:	d64d                	beqz	a2,80000658 <__d_vfprintf+0xa4>
800006b0:	47a9                	li	a5,10
800006b2:	02fd07b3          	mul	a5,s10,a5
800006b6:	00d78d33          	add	s10,a5,a3
800006ba:	bf4d                	j	8000066c <__d_vfprintf+0xb8>
800006bc:	02a00793          	li	a5,42
800006c0:	02f91663          	bne	s2,a5,800006ec <__d_vfprintf+0x138>
800006c4:	fa0a94e3          	bnez	s5,8000066c <__d_vfprintf+0xb8>
800006c8:	5692                	lw	a3,36(sp)
800006ca:	040df793          	and	a5,s11,64
800006ce:	00468613          	add	a2,a3,4
800006d2:	4294                	lw	a3,0(a3)
800006d4:	d232                	sw	a2,36(sp)
800006d6:	c399                	beqz	a5,800006dc <__d_vfprintf+0x128>
800006d8:	8d36                	mv	s10,a3
800006da:	bf49                	j	8000066c <__d_vfprintf+0xb8>
800006dc:	8b36                	mv	s6,a3
800006de:	f806d2e3          	bgez	a3,80000662 <__d_vfprintf+0xae>
800006e2:	40d00b33          	neg	s6,a3
800006e6:	028ded93          	or	s11,s11,40
800006ea:	b749                	j	8000066c <__d_vfprintf+0xb8>
800006ec:	02e00793          	li	a5,46
800006f0:	00f91963          	bne	s2,a5,80000702 <__d_vfprintf+0x14e>
800006f4:	040df793          	and	a5,s11,64
800006f8:	ee079ee3          	bnez	a5,800005f4 <__d_vfprintf+0x40>
800006fc:	040ded93          	or	s11,s11,64
80000700:	b7b5                	j	8000066c <__d_vfprintf+0xb8>
80000702:	02400793          	li	a5,36
80000706:	02f91f63          	bne	s2,a5,80000744 <__d_vfprintf+0x190>
8000070a:	120a8a63          	beqz	s5,8000083e <__d_vfprintf+0x28a>
8000070e:	47b2                	lw	a5,12(sp)
80000710:	d23e                	sw	a5,36(sp)
80000712:	040df793          	and	a5,s11,64
80000716:	ef81                	bnez	a5,8000072e <__d_vfprintf+0x17a>
80000718:	4522                	lw	a0,8(sp)
8000071a:	865a                	mv	a2,s6
8000071c:	104c                	add	a1,sp,36
8000071e:	3319                	jal	80000424 <skip_to_arg>
80000720:	5792                	lw	a5,36(sp)
80000722:	00478693          	add	a3,a5,4
80000726:	0007ab03          	lw	s6,0(a5)
8000072a:	d236                	sw	a3,36(sp)
8000072c:	b781                	j	8000066c <__d_vfprintf+0xb8>
8000072e:	4522                	lw	a0,8(sp)
80000730:	866a                	mv	a2,s10
80000732:	104c                	add	a1,sp,36
80000734:	39c5                	jal	80000424 <skip_to_arg>
80000736:	5792                	lw	a5,36(sp)
80000738:	00478693          	add	a3,a5,4
8000073c:	0007ad03          	lw	s10,0(a5)
80000740:	d236                	sw	a3,36(sp)
80000742:	b72d                	j	8000066c <__d_vfprintf+0xb8>
80000744:	0d390a63          	beq	s2,s3,80000818 <__d_vfprintf+0x264>
80000748:	0d29e363          	bltu	s3,s2,8000080e <__d_vfprintf+0x25a>
8000074c:	0d990e63          	beq	s2,s9,80000828 <__d_vfprintf+0x274>
80000750:	06a00793          	li	a5,106
80000754:	0ef90263          	beq	s2,a5,80000838 <__d_vfprintf+0x284>
80000758:	04c00793          	li	a5,76
8000075c:	0cf90e63          	beq	s2,a5,80000838 <__d_vfprintf+0x284>
80000760:	000a8863          	beqz	s5,80000770 <__d_vfprintf+0x1bc>
80000764:	47b2                	lw	a5,12(sp)
80000766:	4522                	lw	a0,8(sp)
80000768:	8656                	mv	a2,s5
8000076a:	104c                	add	a1,sp,36
8000076c:	d23e                	sw	a5,36(sp)
8000076e:	395d                	jal	80000424 <skip_to_arg>
80000770:	000d5963          	bgez	s10,80000782 <__d_vfprintf+0x1ce>
80000774:	fbfdf813          	and	a6,s11,-65
80000778:	01081d93          	sll	s11,a6,0x10
8000077c:	010ddd93          	srl	s11,s11,0x10
80000780:	4d01                	li	s10,0
80000782:	02096c93          	or	s9,s2,32
80000786:	f9bc8793          	add	a5,s9,-101
8000078a:	0ff7f793          	zext.b	a5,a5
8000078e:	4709                	li	a4,2
80000790:	0af77d63          	bgeu	a4,a5,8000084a <__d_vfprintf+0x296>
80000794:	06100793          	li	a5,97
80000798:	6afc9163          	bne	s9,a5,80000e3a <__d_vfprintf+0x886>
8000079c:	5792                	lw	a5,36(sp)
8000079e:	6a89                	lui	s5,0x2
800007a0:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
800007a4:	079d                	add	a5,a5,7
800007a6:	9be1                	and	a5,a5,-8
800007a8:	0047ab83          	lw	s7,4(a5)
800007ac:	0007a883          	lw	a7,0(a5)
800007b0:	00878713          	add	a4,a5,8
800007b4:	414bd993          	sra	s3,s7,0x14
800007b8:	00cb9c13          	sll	s8,s7,0xc
800007bc:	7ff9f993          	and	s3,s3,2047
800007c0:	00cc5c93          	srl	s9,s8,0xc
800007c4:	015deab3          	or	s5,s11,s5
800007c8:	0119e533          	or	a0,s3,a7
800007cc:	fff94913          	not	s2,s2
800007d0:	0ac2                	sll	s5,s5,0x10
800007d2:	d23a                	sw	a4,36(sp)
800007d4:	019567b3          	or	a5,a0,s9
800007d8:	02097913          	and	s2,s2,32
800007dc:	010ada93          	srl	s5,s5,0x10
800007e0:	86c6                	mv	a3,a7
800007e2:	8c66                	mv	s8,s9
800007e4:	040df813          	and	a6,s11,64
800007e8:	01fbdb93          	srl	s7,s7,0x1f
800007ec:	ebdd                	bnez	a5,800008a2 <__d_vfprintf+0x2ee>
800007ee:	03000793          	li	a5,48
800007f2:	0ffbfb93          	zext.b	s7,s7
800007f6:	02f106a3          	sb	a5,45(sp)
800007fa:	03710623          	sb	s7,44(sp)
800007fe:	24080d63          	beqz	a6,80000a58 <__d_vfprintf+0x4a4>
80000802:	47b1                	li	a5,12
80000804:	4981                	li	s3,0
80000806:	0da7d263          	bge	a5,s10,800008ca <__d_vfprintf+0x316>
8000080a:	4d35                	li	s10,13
8000080c:	aa85                	j	8000097c <__d_vfprintf+0x3c8>
8000080e:	e5790fe3          	beq	s2,s7,8000066c <__d_vfprintf+0xb8>
80000812:	e5890de3          	beq	s2,s8,8000066c <__d_vfprintf+0xb8>
80000816:	b7a9                	j	80000760 <__d_vfprintf+0x1ac>
80000818:	080df793          	and	a5,s11,128
8000081c:	c399                	beqz	a5,80000822 <__d_vfprintf+0x26e>
8000081e:	200ded93          	or	s11,s11,512
80000822:	080ded93          	or	s11,s11,128
80000826:	b599                	j	8000066c <__d_vfprintf+0xb8>
80000828:	100df793          	and	a5,s11,256
8000082c:	c399                	beqz	a5,80000832 <__d_vfprintf+0x27e>
8000082e:	200ded93          	or	s11,s11,512
80000832:	100ded93          	or	s11,s11,256
80000836:	bd1d                	j	8000066c <__d_vfprintf+0xb8>
80000838:	280ded93          	or	s11,s11,640
8000083c:	bd05                	j	8000066c <__d_vfprintf+0xb8>
8000083e:	875a                	mv	a4,s6
80000840:	4d01                	li	s10,0
80000842:	4b01                	li	s6,0
80000844:	8aba                	mv	s5,a4
80000846:	4d81                	li	s11,0
80000848:	b515                	j	8000066c <__d_vfprintf+0xb8>
8000084a:	5792                	lw	a5,36(sp)
8000084c:	fff94913          	not	s2,s2
80000850:	02097913          	and	s2,s2,32
80000854:	079d                	add	a5,a5,7
80000856:	9be1                	and	a5,a5,-8
80000858:	00878713          	add	a4,a5,8
8000085c:	4388                	lw	a0,0(a5)
8000085e:	43cc                	lw	a1,4(a5)
80000860:	d23a                	sw	a4,36(sp)
80000862:	040df793          	and	a5,s11,64
80000866:	20078d63          	beqz	a5,80000a80 <__d_vfprintf+0x4cc>
8000086a:	06500793          	li	a5,101
8000086e:	20fc9b63          	bne	s9,a5,80000a84 <__d_vfprintf+0x4d0>
80000872:	6785                	lui	a5,0x1
80000874:	001d0613          	add	a2,s10,1
80000878:	00fdedb3          	or	s11,s11,a5
8000087c:	0ff67613          	zext.b	a2,a2
80000880:	4701                	li	a4,0
80000882:	4781                	li	a5,0
80000884:	4345                	li	t1,17
80000886:	0ff67693          	zext.b	a3,a2
8000088a:	00c37363          	bgeu	t1,a2,80000890 <__d_vfprintf+0x2dc>
8000088e:	46c5                	li	a3,17
80000890:	1030                	add	a2,sp,40
80000892:	317000ef          	jal	800013a8 <__dtoa_engine>
80000896:	0ff57b93          	zext.b	s7,a0
8000089a:	59a2                	lw	s3,40(sp)
8000089c:	8aee                	mv	s5,s11
8000089e:	4c09                	li	s8,2
800008a0:	aa01                	j	800009b0 <__d_vfprintf+0x3fc>
800008a2:	03100793          	li	a5,49
800008a6:	00099563          	bnez	s3,800008b0 <__d_vfprintf+0x2fc>
800008aa:	03000793          	li	a5,48
800008ae:	4985                	li	s3,1
800008b0:	0ffbfb93          	zext.b	s7,s7
800008b4:	02f106a3          	sb	a5,45(sp)
800008b8:	03710623          	sb	s7,44(sp)
800008bc:	c0198993          	add	s3,s3,-1023
800008c0:	18080363          	beqz	a6,80000a46 <__d_vfprintf+0x492>
800008c4:	47b1                	li	a5,12
800008c6:	19a7c263          	blt	a5,s10,80000a4a <__d_vfprintf+0x496>
800008ca:	4335                	li	t1,13
800008cc:	41a30333          	sub	t1,t1,s10
800008d0:	00231d93          	sll	s11,t1,0x2
800008d4:	fffd8613          	add	a2,s11,-1
800008d8:	4505                	li	a0,1
800008da:	4581                	li	a1,0
800008dc:	ca46                	sw	a7,20(sp)
800008de:	c836                	sw	a3,16(sp)
800008e0:	2ba010ef          	jal	80001b9a <__ashldi3>
800008e4:	84aa                	mv	s1,a0
800008e6:	872e                	mv	a4,a1
800008e8:	00171793          	sll	a5,a4,0x1
800008ec:	85aa                	mv	a1,a0
800008ee:	01f4d513          	srl	a0,s1,0x1f
800008f2:	00149e13          	sll	t3,s1,0x1
800008f6:	8fc9                	or	a5,a5,a0
800008f8:	40f00c33          	neg	s8,a5
800008fc:	01c03533          	snez	a0,t3
80000900:	48d2                	lw	a7,20(sp)
80000902:	41c00833          	neg	a6,t3
80000906:	40ac0c33          	sub	s8,s8,a0
8000090a:	fffe0513          	add	a0,t3,-1
8000090e:	001e3e13          	seqz	t3,t3
80000912:	41c787b3          	sub	a5,a5,t3
80000916:	0197f7b3          	and	a5,a5,s9
8000091a:	01157533          	and	a0,a0,a7
8000091e:	02f74663          	blt	a4,a5,8000094a <__d_vfprintf+0x396>
80000922:	46c2                	lw	a3,16(sp)
80000924:	00e79463          	bne	a5,a4,8000092c <__d_vfprintf+0x378>
80000928:	02a5e163          	bltu	a1,a0,8000094a <__d_vfprintf+0x396>
8000092c:	8546                	mv	a0,a7
8000092e:	866e                	mv	a2,s11
80000930:	85e6                	mv	a1,s9
80000932:	ce3a                	sw	a4,28(sp)
80000934:	cc42                	sw	a6,24(sp)
80000936:	ca36                	sw	a3,20(sp)
80000938:	c846                	sw	a7,16(sp)
8000093a:	288010ef          	jal	80001bc2 <__ashrdi3>
8000093e:	8905                	and	a0,a0,1
80000940:	48c2                	lw	a7,16(sp)
80000942:	46d2                	lw	a3,20(sp)
80000944:	4862                	lw	a6,24(sp)
80000946:	4772                	lw	a4,28(sp)
80000948:	c94d                	beqz	a0,800009fa <__d_vfprintf+0x446>
8000094a:	00988533          	add	a0,a7,s1
8000094e:	01153db3          	sltu	s11,a0,a7
80000952:	9766                	add	a4,a4,s9
80000954:	00ed8cb3          	add	s9,s11,a4
80000958:	001007b7          	lui	a5,0x100
8000095c:	86aa                	mv	a3,a0
8000095e:	08fcce63          	blt	s9,a5,800009fa <__d_vfprintf+0x446>
80000962:	02d14783          	lbu	a5,45(sp)
80000966:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000968:	02f106a3          	sb	a5,45(sp)
8000096c:	40000793          	li	a5,1024
80000970:	0af98163          	beq	s3,a5,80000a12 <__d_vfprintf+0x45e>
80000974:	00a87533          	and	a0,a6,a0
80000978:	019c7c33          	and	s8,s8,s9
8000097c:	05700613          	li	a2,87
80000980:	1034                	add	a3,sp,40
80000982:	4735                	li	a4,13
80000984:	45a5                	li	a1,9
80000986:	41260633          	sub	a2,a2,s2
8000098a:	01cc1813          	sll	a6,s8,0x1c
8000098e:	00f57793          	and	a5,a0,15
80000992:	8111                	srl	a0,a0,0x4
80000994:	00a86533          	or	a0,a6,a0
80000998:	404c5c13          	sra	s8,s8,0x4
8000099c:	e7e1                	bnez	a5,80000a64 <__d_vfprintf+0x4b0>
8000099e:	0ced5563          	bge	s10,a4,80000a68 <__d_vfprintf+0x4b4>
800009a2:	177d                	add	a4,a4,-1
800009a4:	16fd                	add	a3,a3,-1
800009a6:	f375                	bnez	a4,8000098a <__d_vfprintf+0x3d6>
800009a8:	4c05                	li	s8,1
800009aa:	4bb9                	li	s7,14
800009ac:	07000c93          	li	s9,112
800009b0:	00998713          	add	a4,s3,9
800009b4:	46c9                	li	a3,18
800009b6:	87ce                	mv	a5,s3
800009b8:	06e6e863          	bltu	a3,a4,80000a28 <__d_vfprintf+0x474>
800009bc:	02c14703          	lbu	a4,44(sp)
800009c0:	00177d93          	and	s11,a4,1
800009c4:	8b31                	and	a4,a4,12
800009c6:	120d9a63          	bnez	s11,80000afa <__d_vfprintf+0x546>
800009ca:	002af793          	and	a5,s5,2
800009ce:	12079263          	bnez	a5,80000af2 <__d_vfprintf+0x53e>
800009d2:	004af793          	and	a5,s5,4
800009d6:	cfe9                	beqz	a5,80000ab0 <__d_vfprintf+0x4fc>
800009d8:	12071563          	bnez	a4,80000b02 <__d_vfprintf+0x54e>
800009dc:	02000713          	li	a4,32
800009e0:	678d                	lui	a5,0x3
800009e2:	00faf7b3          	and	a5,s5,a5
800009e6:	1c079363          	bnez	a5,80000bac <__d_vfprintf+0x5f8>
800009ea:	000d1363          	bnez	s10,800009f0 <__d_vfprintf+0x43c>
800009ee:	4d05                	li	s10,1
800009f0:	103c                	add	a5,sp,40
800009f2:	97de                	add	a5,a5,s7
800009f4:	03000693          	li	a3,48
800009f8:	aa9d                	j	80000b6e <__d_vfprintf+0x5ba>
800009fa:	0106f6b3          	and	a3,a3,a6
800009fe:	018cfcb3          	and	s9,s9,s8
80000a02:	40000793          	li	a5,1024
80000a06:	04f99c63          	bne	s3,a5,80000a5e <__d_vfprintf+0x4aa>
80000a0a:	0196ecb3          	or	s9,a3,s9
80000a0e:	040c8063          	beqz	s9,80000a4e <__d_vfprintf+0x49a>
80000a12:	008beb93          	or	s7,s7,8
80000a16:	03710623          	sb	s7,44(sp)
80000a1a:	40000993          	li	s3,1024
80000a1e:	4bb9                	li	s7,14
80000a20:	07000c93          	li	s9,112
80000a24:	40000793          	li	a5,1024
80000a28:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000a2c:	0c600693          	li	a3,198
80000a30:	4c09                	li	s8,2
80000a32:	f8e6f5e3          	bgeu	a3,a4,800009bc <__d_vfprintf+0x408>
80000a36:	3e778793          	add	a5,a5,999
80000a3a:	7ce00c13          	li	s8,1998
80000a3e:	00fc3c33          	sltu	s8,s8,a5
80000a42:	0c0d                	add	s8,s8,3
80000a44:	bfa5                	j	800009bc <__d_vfprintf+0x408>
80000a46:	4d01                	li	s10,0
80000a48:	bf6d                	j	80000a02 <__d_vfprintf+0x44e>
80000a4a:	4d35                	li	s10,13
80000a4c:	bf5d                	j	80000a02 <__d_vfprintf+0x44e>
80000a4e:	004beb93          	or	s7,s7,4
80000a52:	03710623          	sb	s7,44(sp)
80000a56:	b7e1                	j	80000a1e <__d_vfprintf+0x46a>
80000a58:	4981                	li	s3,0
80000a5a:	4d01                	li	s10,0
80000a5c:	b705                	j	8000097c <__d_vfprintf+0x3c8>
80000a5e:	8536                	mv	a0,a3
80000a60:	8c66                	mv	s8,s9
80000a62:	bf29                	j	8000097c <__d_vfprintf+0x3c8>
80000a64:	00f5ea63          	bltu	a1,a5,80000a78 <__d_vfprintf+0x4c4>
80000a68:	03078793          	add	a5,a5,48
80000a6c:	00f68923          	sb	a5,18(a3)
80000a70:	f2ed59e3          	bge	s10,a4,800009a2 <__d_vfprintf+0x3ee>
80000a74:	8d3a                	mv	s10,a4
80000a76:	b735                	j	800009a2 <__d_vfprintf+0x3ee>
80000a78:	97b2                	add	a5,a5,a2
80000a7a:	0ff7f793          	zext.b	a5,a5
80000a7e:	b7fd                	j	80000a6c <__d_vfprintf+0x4b8>
80000a80:	4d19                	li	s10,6
80000a82:	b3e5                	j	8000086a <__d_vfprintf+0x2b6>
80000a84:	06600793          	li	a5,102
80000a88:	00fc9963          	bne	s9,a5,80000a9a <__d_vfprintf+0x4e6>
80000a8c:	6789                	lui	a5,0x2
80000a8e:	00fdedb3          	or	s11,s11,a5
80000a92:	4705                	li	a4,1
80000a94:	87ea                	mv	a5,s10
80000a96:	4645                	li	a2,17
80000a98:	b3f5                	j	80000884 <__d_vfprintf+0x2d0>
80000a9a:	0ffd7793          	zext.b	a5,s10
80000a9e:	0ffd7613          	zext.b	a2,s10
80000aa2:	e391                	bnez	a5,80000aa6 <__d_vfprintf+0x4f2>
80000aa4:	4605                	li	a2,1
80000aa6:	4701                	li	a4,0
80000aa8:	4781                	li	a5,0
80000aaa:	06500c93          	li	s9,101
80000aae:	bbd9                	j	80000884 <__d_vfprintf+0x2d0>
80000ab0:	db05                	beqz	a4,800009e0 <__d_vfprintf+0x42c>
80000ab2:	478d                	li	a5,3
80000ab4:	0967d163          	bge	a5,s6,80000b36 <__d_vfprintf+0x582>
80000ab8:	008afa93          	and	s5,s5,8
80000abc:	ffdb0493          	add	s1,s6,-3
80000ac0:	000a9f63          	bnez	s5,80000ade <__d_vfprintf+0x52a>
80000ac4:	94a2                	add	s1,s1,s0
80000ac6:	4582                	lw	a1,0(sp)
80000ac8:	02000513          	li	a0,32
80000acc:	0405                	add	s0,s0,1
80000ace:	9a02                	jalr	s4
80000ad0:	b20541e3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000ad4:	fe8499e3          	bne	s1,s0,80000ac6 <__d_vfprintf+0x512>
80000ad8:	4481                	li	s1,0
80000ada:	020d9f63          	bnez	s11,80000b18 <__d_vfprintf+0x564>
80000ade:	02c14783          	lbu	a5,44(sp)
80000ae2:	8ba1                	and	a5,a5,8
80000ae4:	efad                	bnez	a5,80000b5e <__d_vfprintf+0x5aa>
80000ae6:	800029b7          	lui	s3,0x80002
80000aea:	53498993          	add	s3,s3,1332 # 80002534 <expected+0xe0>
80000aee:	8c22                	mv	s8,s0
80000af0:	a8b1                	j	80000b4c <__d_vfprintf+0x598>
80000af2:	eb15                	bnez	a4,80000b26 <__d_vfprintf+0x572>
80000af4:	02b00713          	li	a4,43
80000af8:	b5e5                	j	800009e0 <__d_vfprintf+0x42c>
80000afa:	eb0d                	bnez	a4,80000b2c <__d_vfprintf+0x578>
80000afc:	02d00713          	li	a4,45
80000b00:	b5c5                	j	800009e0 <__d_vfprintf+0x42c>
80000b02:	02000d93          	li	s11,32
80000b06:	4791                	li	a5,4
80000b08:	0367d563          	bge	a5,s6,80000b32 <__d_vfprintf+0x57e>
80000b0c:	008afa93          	and	s5,s5,8
80000b10:	ffcb0493          	add	s1,s6,-4
80000b14:	fa0a88e3          	beqz	s5,80000ac4 <__d_vfprintf+0x510>
80000b18:	4582                	lw	a1,0(sp)
80000b1a:	856e                	mv	a0,s11
80000b1c:	0405                	add	s0,s0,1
80000b1e:	9a02                	jalr	s4
80000b20:	fa055fe3          	bgez	a0,80000ade <__d_vfprintf+0x52a>
80000b24:	b4f9                	j	800005f2 <__d_vfprintf+0x3e>
80000b26:	02b00d93          	li	s11,43
80000b2a:	bff1                	j	80000b06 <__d_vfprintf+0x552>
80000b2c:	02d00d93          	li	s11,45
80000b30:	bfd9                	j	80000b06 <__d_vfprintf+0x552>
80000b32:	4481                	li	s1,0
80000b34:	b7d5                	j	80000b18 <__d_vfprintf+0x564>
80000b36:	4481                	li	s1,0
80000b38:	b75d                	j	80000ade <__d_vfprintf+0x52a>
80000b3a:	4582                	lw	a1,0(sp)
80000b3c:	41250533          	sub	a0,a0,s2
80000b40:	0ff57513          	zext.b	a0,a0
80000b44:	0c05                	add	s8,s8,1
80000b46:	9a02                	jalr	s4
80000b48:	aa0545e3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000b4c:	408c07b3          	sub	a5,s8,s0
80000b50:	97ce                	add	a5,a5,s3
80000b52:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000b56:	f175                	bnez	a0,80000b3a <__d_vfprintf+0x586>
80000b58:	8462                	mv	s0,s8
80000b5a:	94e2                	add	s1,s1,s8
80000b5c:	a515                	j	80001180 <__d_vfprintf+0xbcc>
80000b5e:	800029b7          	lui	s3,0x80002
80000b62:	53898993          	add	s3,s3,1336 # 80002538 <expected+0xe4>
80000b66:	b761                	j	80000aee <__d_vfprintf+0x53a>
80000b68:	1bfd                	add	s7,s7,-1
80000b6a:	0ffbfb93          	zext.b	s7,s7
80000b6e:	000b8763          	beqz	s7,80000b7c <__d_vfprintf+0x5c8>
80000b72:	0047c603          	lbu	a2,4(a5)
80000b76:	17fd                	add	a5,a5,-1
80000b78:	fed608e3          	beq	a2,a3,80000b68 <__d_vfprintf+0x5b4>
80000b7c:	010af693          	and	a3,s5,16
80000b80:	87ea                	mv	a5,s10
80000b82:	e291                	bnez	a3,80000b86 <__d_vfprintf+0x5d2>
80000b84:	87de                	mv	a5,s7
80000b86:	56f1                	li	a3,-4
80000b88:	0ed9cc63          	blt	s3,a3,80000c80 <__d_vfprintf+0x6cc>
80000b8c:	0fa9da63          	bge	s3,s10,80000c80 <__d_vfprintf+0x6cc>
80000b90:	6689                	lui	a3,0x2
80000b92:	00dae6b3          	or	a3,s5,a3
80000b96:	01069a93          	sll	s5,a3,0x10
80000b9a:	010ada93          	srl	s5,s5,0x10
80000b9e:	4d01                	li	s10,0
80000ba0:	00f9d663          	bge	s3,a5,80000bac <__d_vfprintf+0x5f8>
80000ba4:	00198893          	add	a7,s3,1
80000ba8:	41178d33          	sub	s10,a5,a7
80000bac:	6d89                	lui	s11,0x2
80000bae:	01bafdb3          	and	s11,s5,s11
80000bb2:	0c0d8a63          	beqz	s11,80000c86 <__d_vfprintf+0x6d2>
80000bb6:	87ce                	mv	a5,s3
80000bb8:	0009d363          	bgez	s3,80000bbe <__d_vfprintf+0x60a>
80000bbc:	4781                	li	a5,0
80000bbe:	0785                	add	a5,a5,1
80000bc0:	c311                	beqz	a4,80000bc4 <__d_vfprintf+0x610>
80000bc2:	0785                	add	a5,a5,1
80000bc4:	0c0d0963          	beqz	s10,80000c96 <__d_vfprintf+0x6e2>
80000bc8:	001d0693          	add	a3,s10,1
80000bcc:	97b6                	add	a5,a5,a3
80000bce:	4481                	li	s1,0
80000bd0:	0167d463          	bge	a5,s6,80000bd8 <__d_vfprintf+0x624>
80000bd4:	40fb04b3          	sub	s1,s6,a5
80000bd8:	009af793          	and	a5,s5,9
80000bdc:	e789                	bnez	a5,80000be6 <__d_vfprintf+0x632>
80000bde:	94a2                	add	s1,s1,s0
80000be0:	0c849063          	bne	s1,s0,80000ca0 <__d_vfprintf+0x6ec>
80000be4:	4481                	li	s1,0
80000be6:	c719                	beqz	a4,80000bf4 <__d_vfprintf+0x640>
80000be8:	4582                	lw	a1,0(sp)
80000bea:	853a                	mv	a0,a4
80000bec:	0405                	add	s0,s0,1
80000bee:	9a02                	jalr	s4
80000bf0:	a00541e3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000bf4:	00bad793          	srl	a5,s5,0xb
80000bf8:	8b85                	and	a5,a5,1
80000bfa:	c395                	beqz	a5,80000c1e <__d_vfprintf+0x66a>
80000bfc:	4582                	lw	a1,0(sp)
80000bfe:	03000513          	li	a0,48
80000c02:	9a02                	jalr	s4
80000c04:	9e0547e3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000c08:	07800513          	li	a0,120
80000c0c:	4582                	lw	a1,0(sp)
80000c0e:	41250533          	sub	a0,a0,s2
80000c12:	0f857513          	and	a0,a0,248
80000c16:	0409                	add	s0,s0,2
80000c18:	9a02                	jalr	s4
80000c1a:	9c054ce3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000c1e:	008af793          	and	a5,s5,8
80000c22:	e791                	bnez	a5,80000c2e <__d_vfprintf+0x67a>
80000c24:	8b22                	mv	s6,s0
80000c26:	9426                	add	s0,s0,s1
80000c28:	09641663          	bne	s0,s6,80000cb4 <__d_vfprintf+0x700>
80000c2c:	4481                	li	s1,0
80000c2e:	0c0d8f63          	beqz	s11,80000d0c <__d_vfprintf+0x758>
80000c32:	8cce                	mv	s9,s3
80000c34:	0009d363          	bgez	s3,80000c3a <__d_vfprintf+0x686>
80000c38:	4c81                	li	s9,0
80000c3a:	41998db3          	sub	s11,s3,s9
80000c3e:	41a00d33          	neg	s10,s10
80000c42:	5b7d                	li	s6,-1
80000c44:	03000513          	li	a0,48
80000c48:	017df663          	bgeu	s11,s7,80000c54 <__d_vfprintf+0x6a0>
80000c4c:	103c                	add	a5,sp,40
80000c4e:	97ee                	add	a5,a5,s11
80000c50:	0057c503          	lbu	a0,5(a5)
80000c54:	1cfd                	add	s9,s9,-1
80000c56:	00140c13          	add	s8,s0,1
80000c5a:	07acc563          	blt	s9,s10,80000cc4 <__d_vfprintf+0x710>
80000c5e:	4582                	lw	a1,0(sp)
80000c60:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000c62:	9a02                	jalr	s4
80000c64:	980547e3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000c68:	016c9a63          	bne	s9,s6,80000c7c <__d_vfprintf+0x6c8>
80000c6c:	4582                	lw	a1,0(sp)
80000c6e:	02e00513          	li	a0,46
80000c72:	9a02                	jalr	s4
80000c74:	96054fe3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000c78:	00240c13          	add	s8,s0,2
80000c7c:	8462                	mv	s0,s8
80000c7e:	b7d9                	j	80000c44 <__d_vfprintf+0x690>
80000c80:	fff78d13          	add	s10,a5,-1
80000c84:	b725                	j	80000bac <__d_vfprintf+0x5f8>
80000c86:	00bad693          	srl	a3,s5,0xb
80000c8a:	8a85                	and	a3,a3,1
80000c8c:	478d                	li	a5,3
80000c8e:	c291                	beqz	a3,80000c92 <__d_vfprintf+0x6de>
80000c90:	4795                	li	a5,5
80000c92:	97e2                	add	a5,a5,s8
80000c94:	b735                	j	80000bc0 <__d_vfprintf+0x60c>
80000c96:	010af693          	and	a3,s5,16
80000c9a:	da95                	beqz	a3,80000bce <__d_vfprintf+0x61a>
80000c9c:	0785                	add	a5,a5,1
80000c9e:	bf05                	j	80000bce <__d_vfprintf+0x61a>
80000ca0:	4582                	lw	a1,0(sp)
80000ca2:	02000513          	li	a0,32
80000ca6:	c83a                	sw	a4,16(sp)
80000ca8:	9a02                	jalr	s4
80000caa:	4742                	lw	a4,16(sp)
80000cac:	0405                	add	s0,s0,1
80000cae:	f20559e3          	bgez	a0,80000be0 <__d_vfprintf+0x62c>
80000cb2:	b281                	j	800005f2 <__d_vfprintf+0x3e>
80000cb4:	4582                	lw	a1,0(sp)
80000cb6:	03000513          	li	a0,48
80000cba:	0b05                	add	s6,s6,1
80000cbc:	9a02                	jalr	s4
80000cbe:	f60555e3          	bgez	a0,80000c28 <__d_vfprintf+0x674>
80000cc2:	ba05                	j	800005f2 <__d_vfprintf+0x3e>
80000cc4:	033c9063          	bne	s9,s3,80000ce4 <__d_vfprintf+0x730>
80000cc8:	02d14703          	lbu	a4,45(sp)
80000ccc:	03500793          	li	a5,53
80000cd0:	00e7e863          	bltu	a5,a4,80000ce0 <__d_vfprintf+0x72c>
80000cd4:	00f71863          	bne	a4,a5,80000ce4 <__d_vfprintf+0x730>
80000cd8:	02c14783          	lbu	a5,44(sp)
80000cdc:	8bc1                	and	a5,a5,16
80000cde:	e399                	bnez	a5,80000ce4 <__d_vfprintf+0x730>
80000ce0:	03100513          	li	a0,49
80000ce4:	4582                	lw	a1,0(sp)
80000ce6:	9a02                	jalr	s4
80000ce8:	900545e3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000cec:	010afa93          	and	s5,s5,16
80000cf0:	e60a84e3          	beqz	s5,80000b58 <__d_vfprintf+0x5a4>
80000cf4:	57fd                	li	a5,-1
80000cf6:	e6fc91e3          	bne	s9,a5,80000b58 <__d_vfprintf+0x5a4>
80000cfa:	4582                	lw	a1,0(sp)
80000cfc:	00240c13          	add	s8,s0,2
80000d00:	02e00513          	li	a0,46
80000d04:	9a02                	jalr	s4
80000d06:	e40559e3          	bgez	a0,80000b58 <__d_vfprintf+0x5a4>
80000d0a:	b0e5                	j	800005f2 <__d_vfprintf+0x3e>
80000d0c:	02d14503          	lbu	a0,45(sp)
80000d10:	03100793          	li	a5,49
80000d14:	00f50763          	beq	a0,a5,80000d22 <__d_vfprintf+0x76e>
80000d18:	02c14783          	lbu	a5,44(sp)
80000d1c:	9bbd                	and	a5,a5,-17
80000d1e:	02f10623          	sb	a5,44(sp)
80000d22:	4582                	lw	a1,0(sp)
80000d24:	9a02                	jalr	s4
80000d26:	8c0546e3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000d2a:	0da05a63          	blez	s10,80000dfe <__d_vfprintf+0x84a>
80000d2e:	4582                	lw	a1,0(sp)
80000d30:	02e00513          	li	a0,46
80000d34:	0409                	add	s0,s0,2
80000d36:	9a02                	jalr	s4
80000d38:	8a054de3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000d3c:	4a85                	li	s5,1
80000d3e:	4785                	li	a5,1
80000d40:	0405                	add	s0,s0,1
80000d42:	03000513          	li	a0,48
80000d46:	017af863          	bgeu	s5,s7,80000d56 <__d_vfprintf+0x7a2>
80000d4a:	02078793          	add	a5,a5,32
80000d4e:	1018                	add	a4,sp,32
80000d50:	97ba                	add	a5,a5,a4
80000d52:	fed7c503          	lbu	a0,-19(a5)
80000d56:	4582                	lw	a1,0(sp)
80000d58:	9a02                	jalr	s4
80000d5a:	88054ce3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000d5e:	0a85                	add	s5,s5,1
80000d60:	0ffafa93          	zext.b	s5,s5
80000d64:	87d6                	mv	a5,s5
80000d66:	fd5d5de3          	bge	s10,s5,80000d40 <__d_vfprintf+0x78c>
80000d6a:	4582                	lw	a1,0(sp)
80000d6c:	412c8533          	sub	a0,s9,s2
80000d70:	0ff57513          	zext.b	a0,a0
80000d74:	9a02                	jalr	s4
80000d76:	86054ee3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000d7a:	0009ca63          	bltz	s3,80000d8e <__d_vfprintf+0x7da>
80000d7e:	02b00513          	li	a0,43
80000d82:	00099a63          	bnez	s3,80000d96 <__d_vfprintf+0x7e2>
80000d86:	02c14783          	lbu	a5,44(sp)
80000d8a:	8bc1                	and	a5,a5,16
80000d8c:	c789                	beqz	a5,80000d96 <__d_vfprintf+0x7e2>
80000d8e:	413009b3          	neg	s3,s3
80000d92:	02d00513          	li	a0,45
80000d96:	4582                	lw	a1,0(sp)
80000d98:	9a02                	jalr	s4
80000d9a:	84054ce3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000d9e:	4791                	li	a5,4
80000da0:	06fc1e63          	bne	s8,a5,80000e1c <__d_vfprintf+0x868>
80000da4:	3e800913          	li	s2,1000
80000da8:	0329c533          	div	a0,s3,s2
80000dac:	4582                	lw	a1,0(sp)
80000dae:	040d                	add	s0,s0,3
80000db0:	03050513          	add	a0,a0,48
80000db4:	0ff57513          	zext.b	a0,a0
80000db8:	9a02                	jalr	s4
80000dba:	82054ce3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000dbe:	0329e9b3          	rem	s3,s3,s2
80000dc2:	06400913          	li	s2,100
80000dc6:	4582                	lw	a1,0(sp)
80000dc8:	0405                	add	s0,s0,1
80000dca:	0329c533          	div	a0,s3,s2
80000dce:	03050513          	add	a0,a0,48
80000dd2:	0ff57513          	zext.b	a0,a0
80000dd6:	9a02                	jalr	s4
80000dd8:	80054de3          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000ddc:	0329e9b3          	rem	s3,s3,s2
80000de0:	4929                	li	s2,10
80000de2:	4582                	lw	a1,0(sp)
80000de4:	0405                	add	s0,s0,1
80000de6:	0329c533          	div	a0,s3,s2
80000dea:	03050513          	add	a0,a0,48
80000dee:	0ff57513          	zext.b	a0,a0
80000df2:	9a02                	jalr	s4
80000df4:	fe054f63          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000df8:	0329e9b3          	rem	s3,s3,s2
80000dfc:	a03d                	j	80000e2a <__d_vfprintf+0x876>
80000dfe:	010afa93          	and	s5,s5,16
80000e02:	000a9463          	bnez	s5,80000e0a <__d_vfprintf+0x856>
80000e06:	0405                	add	s0,s0,1
80000e08:	b78d                	j	80000d6a <__d_vfprintf+0x7b6>
80000e0a:	4582                	lw	a1,0(sp)
80000e0c:	02e00513          	li	a0,46
80000e10:	0409                	add	s0,s0,2
80000e12:	9a02                	jalr	s4
80000e14:	f4055be3          	bgez	a0,80000d6a <__d_vfprintf+0x7b6>
80000e18:	fdaff06f          	j	800005f2 <__d_vfprintf+0x3e>
80000e1c:	478d                	li	a5,3
80000e1e:	0409                	add	s0,s0,2
80000e20:	fafc01e3          	beq	s8,a5,80000dc2 <__d_vfprintf+0x80e>
80000e24:	4785                	li	a5,1
80000e26:	fafc1de3          	bne	s8,a5,80000de0 <__d_vfprintf+0x82c>
80000e2a:	03098513          	add	a0,s3,48
80000e2e:	4582                	lw	a1,0(sp)
80000e30:	00140c13          	add	s8,s0,1
80000e34:	0ff57513          	zext.b	a0,a0
80000e38:	b5f1                	j	80000d04 <__d_vfprintf+0x750>
80000e3a:	f9d90793          	add	a5,s2,-99
80000e3e:	0ff7f793          	zext.b	a5,a5
80000e42:	4749                	li	a4,18
80000e44:	1ef76f63          	bltu	a4,a5,80001042 <__d_vfprintf+0xa8e>
80000e48:	80002737          	lui	a4,0x80002
80000e4c:	078a                	sll	a5,a5,0x2
80000e4e:	58870713          	add	a4,a4,1416 # 80002588 <expected+0x134>
80000e52:	97ba                	add	a5,a5,a4
80000e54:	439c                	lw	a5,0(a5)
80000e56:	8782                	jr	a5
80000e58:	5792                	lw	a5,36(sp)
80000e5a:	4485                	li	s1,1
80000e5c:	02810993          	add	s3,sp,40
80000e60:	00478713          	add	a4,a5,4
80000e64:	439c                	lw	a5,0(a5)
80000e66:	d23a                	sw	a4,36(sp)
80000e68:	02f10423          	sb	a5,40(sp)
80000e6c:	008df813          	and	a6,s11,8
80000e70:	04080e63          	beqz	a6,80000ecc <__d_vfprintf+0x918>
80000e74:	4901                	li	s2,0
80000e76:	05249d63          	bne	s1,s2,80000ed0 <__d_vfprintf+0x91c>
80000e7a:	00940c33          	add	s8,s0,s1
80000e7e:	409b04b3          	sub	s1,s6,s1
80000e82:	b9d9                	j	80000b58 <__d_vfprintf+0x5a4>
80000e84:	5792                	lw	a5,36(sp)
80000e86:	00478713          	add	a4,a5,4
80000e8a:	d23a                	sw	a4,36(sp)
80000e8c:	0007a983          	lw	s3,0(a5)
80000e90:	00099663          	bnez	s3,80000e9c <__d_vfprintf+0x8e8>
80000e94:	800029b7          	lui	s3,0x80002
80000e98:	53c98993          	add	s3,s3,1340 # 8000253c <expected+0xe8>
80000e9c:	040df793          	and	a5,s11,64
80000ea0:	55fd                	li	a1,-1
80000ea2:	c391                	beqz	a5,80000ea6 <__d_vfprintf+0x8f2>
80000ea4:	85ea                	mv	a1,s10
80000ea6:	854e                	mv	a0,s3
80000ea8:	4b3000ef          	jal	80001b5a <strnlen>
80000eac:	84aa                	mv	s1,a0
80000eae:	bf7d                	j	80000e6c <__d_vfprintf+0x8b8>
80000eb0:	4582                	lw	a1,0(sp)
80000eb2:	02000513          	li	a0,32
80000eb6:	9a02                	jalr	s4
80000eb8:	f2054d63          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80000ebc:	197d                	add	s2,s2,-1
80000ebe:	ff24e9e3          	bltu	s1,s2,80000eb0 <__d_vfprintf+0x8fc>
80000ec2:	945a                	add	s0,s0,s6
80000ec4:	41240433          	sub	s0,s0,s2
80000ec8:	8b4a                	mv	s6,s2
80000eca:	b76d                	j	80000e74 <__d_vfprintf+0x8c0>
80000ecc:	895a                	mv	s2,s6
80000ece:	bfc5                	j	80000ebe <__d_vfprintf+0x90a>
80000ed0:	012987b3          	add	a5,s3,s2
80000ed4:	4582                	lw	a1,0(sp)
80000ed6:	0007c503          	lbu	a0,0(a5)
80000eda:	0905                	add	s2,s2,1
80000edc:	9a02                	jalr	s4
80000ede:	f8055ce3          	bgez	a0,80000e76 <__d_vfprintf+0x8c2>
80000ee2:	f10ff06f          	j	800005f2 <__d_vfprintf+0x3e>
80000ee6:	080df713          	and	a4,s11,128
80000eea:	5792                	lw	a5,36(sp)
80000eec:	cf49                	beqz	a4,80000f86 <__d_vfprintf+0x9d2>
80000eee:	200df713          	and	a4,s11,512
80000ef2:	c359                	beqz	a4,80000f78 <__d_vfprintf+0x9c4>
80000ef4:	079d                	add	a5,a5,7
80000ef6:	9be1                	and	a5,a5,-8
80000ef8:	4388                	lw	a0,0(a5)
80000efa:	43cc                	lw	a1,4(a5)
80000efc:	00878713          	add	a4,a5,8
80000f00:	d23a                	sw	a4,36(sp)
80000f02:	fefdf993          	and	s3,s11,-17
80000f06:	09c2                	sll	s3,s3,0x10
80000f08:	0109d993          	srl	s3,s3,0x10
80000f0c:	0805dd63          	bgez	a1,80000fa6 <__d_vfprintf+0x9f2>
80000f10:	00a037b3          	snez	a5,a0
80000f14:	40b005b3          	neg	a1,a1
80000f18:	8d9d                	sub	a1,a1,a5
80000f1a:	40a00533          	neg	a0,a0
80000f1e:	4009e993          	or	s3,s3,1024
80000f22:	02810a93          	add	s5,sp,40
80000f26:	46a9                	li	a3,10
80000f28:	8656                	mv	a2,s5
80000f2a:	c8eff0ef          	jal	800003b8 <__ultoa_invert>
80000f2e:	0409f793          	and	a5,s3,64
80000f32:	41550ab3          	sub	s5,a0,s5
80000f36:	c7f5                	beqz	a5,80001022 <__d_vfprintf+0xa6e>
80000f38:	ffe9f793          	and	a5,s3,-2
80000f3c:	07c2                	sll	a5,a5,0x10
80000f3e:	83c1                	srl	a5,a5,0x10
80000f40:	19aad563          	bge	s5,s10,800010ca <__d_vfprintf+0xb16>
80000f44:	16090c63          	beqz	s2,800010bc <__d_vfprintf+0xb08>
80000f48:	0109fc13          	and	s8,s3,16
80000f4c:	84ea                	mv	s1,s10
80000f4e:	89be                	mv	s3,a5
80000f50:	060c0a63          	beqz	s8,80000fc4 <__d_vfprintf+0xa10>
80000f54:	0489                	add	s1,s1,2
80000f56:	0089f793          	and	a5,s3,8
80000f5a:	18079a63          	bnez	a5,800010ee <__d_vfprintf+0xb3a>
80000f5e:	0019f793          	and	a5,s3,1
80000f62:	cb89                	beqz	a5,80000f74 <__d_vfprintf+0x9c0>
80000f64:	8d56                	mv	s10,s5
80000f66:	0164d763          	bge	s1,s6,80000f74 <__d_vfprintf+0x9c0>
80000f6a:	409b04b3          	sub	s1,s6,s1
80000f6e:	01548d33          	add	s10,s1,s5
80000f72:	84da                	mv	s1,s6
80000f74:	8ba6                	mv	s7,s1
80000f76:	a2ad                	j	800010e0 <__d_vfprintf+0xb2c>
80000f78:	4388                	lw	a0,0(a5)
80000f7a:	00478713          	add	a4,a5,4
80000f7e:	d23a                	sw	a4,36(sp)
80000f80:	41f55593          	sra	a1,a0,0x1f
80000f84:	bfbd                	j	80000f02 <__d_vfprintf+0x94e>
80000f86:	00478713          	add	a4,a5,4
80000f8a:	4388                	lw	a0,0(a5)
80000f8c:	d23a                	sw	a4,36(sp)
80000f8e:	100df793          	and	a5,s11,256
80000f92:	d7fd                	beqz	a5,80000f80 <__d_vfprintf+0x9cc>
80000f94:	200df793          	and	a5,s11,512
80000f98:	c781                	beqz	a5,80000fa0 <__d_vfprintf+0x9ec>
80000f9a:	0562                	sll	a0,a0,0x18
80000f9c:	8561                	sra	a0,a0,0x18
80000f9e:	b7cd                	j	80000f80 <__d_vfprintf+0x9cc>
80000fa0:	0542                	sll	a0,a0,0x10
80000fa2:	8541                	sra	a0,a0,0x10
80000fa4:	bff1                	j	80000f80 <__d_vfprintf+0x9cc>
80000fa6:	00b567b3          	or	a5,a0,a1
80000faa:	ffa5                	bnez	a5,80000f22 <__d_vfprintf+0x96e>
80000fac:	040df793          	and	a5,s11,64
80000fb0:	dbad                	beqz	a5,80000f22 <__d_vfprintf+0x96e>
80000fb2:	f60d18e3          	bnez	s10,80000f22 <__d_vfprintf+0x96e>
80000fb6:	feedf993          	and	s3,s11,-18
80000fba:	09c2                	sll	s3,s3,0x10
80000fbc:	0109d993          	srl	s3,s3,0x10
80000fc0:	4a81                	li	s5,0
80000fc2:	4481                	li	s1,0
80000fc4:	4069fc13          	and	s8,s3,1030
80000fc8:	f80c07e3          	beqz	s8,80000f56 <__d_vfprintf+0x9a2>
80000fcc:	0485                	add	s1,s1,1
80000fce:	4c01                	li	s8,0
80000fd0:	b759                	j	80000f56 <__d_vfprintf+0x9a2>
80000fd2:	fefdf813          	and	a6,s11,-17
80000fd6:	01081d93          	sll	s11,a6,0x10
80000fda:	010ddd93          	srl	s11,s11,0x10
80000fde:	46a9                	li	a3,10
80000fe0:	080df713          	and	a4,s11,128
80000fe4:	5792                	lw	a5,36(sp)
80000fe6:	c355                	beqz	a4,8000108a <__d_vfprintf+0xad6>
80000fe8:	200df713          	and	a4,s11,512
80000fec:	cb49                	beqz	a4,8000107e <__d_vfprintf+0xaca>
80000fee:	079d                	add	a5,a5,7
80000ff0:	9be1                	and	a5,a5,-8
80000ff2:	4388                	lw	a0,0(a5)
80000ff4:	43cc                	lw	a1,4(a5)
80000ff6:	00878713          	add	a4,a5,8
80000ffa:	d23a                	sw	a4,36(sp)
80000ffc:	00b567b3          	or	a5,a0,a1
80001000:	e7cd                	bnez	a5,800010aa <__d_vfprintf+0xaf6>
80001002:	fe9df993          	and	s3,s11,-23
80001006:	09c2                	sll	s3,s3,0x10
80001008:	040df793          	and	a5,s11,64
8000100c:	0109d993          	srl	s3,s3,0x10
80001010:	c3dd                	beqz	a5,800010b6 <__d_vfprintf+0xb02>
80001012:	0a0d1263          	bnez	s10,800010b6 <__d_vfprintf+0xb02>
80001016:	fe8df993          	and	s3,s11,-24
8000101a:	09c2                	sll	s3,s3,0x10
8000101c:	0109d993          	srl	s3,s3,0x10
80001020:	4a81                	li	s5,0
80001022:	0109fc13          	and	s8,s3,16
80001026:	0a0c0463          	beqz	s8,800010ce <__d_vfprintf+0xb1a>
8000102a:	001a8493          	add	s1,s5,1
8000102e:	f20904e3          	beqz	s2,80000f56 <__d_vfprintf+0x9a2>
80001032:	84d6                	mv	s1,s5
80001034:	b705                	j	80000f54 <__d_vfprintf+0x9a0>
80001036:	010ded93          	or	s11,s11,16
8000103a:	46c1                	li	a3,16
8000103c:	07800913          	li	s2,120
80001040:	b745                	j	80000fe0 <__d_vfprintf+0xa2c>
80001042:	07800793          	li	a5,120
80001046:	00fc9a63          	bne	s9,a5,8000105a <__d_vfprintf+0xaa6>
8000104a:	05800793          	li	a5,88
8000104e:	46c1                	li	a3,16
80001050:	f8f918e3          	bne	s2,a5,80000fe0 <__d_vfprintf+0xa2c>
80001054:	21000693          	li	a3,528
80001058:	b761                	j	80000fe0 <__d_vfprintf+0xa2c>
8000105a:	4582                	lw	a1,0(sp)
8000105c:	02500513          	li	a0,37
80001060:	9a02                	jalr	s4
80001062:	d8054863          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80001066:	4582                	lw	a1,0(sp)
80001068:	854a                	mv	a0,s2
8000106a:	9a02                	jalr	s4
8000106c:	d8054363          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80001070:	0409                	add	s0,s0,2
80001072:	4792                	lw	a5,4(sp)
80001074:	d5eff06f          	j	800005d2 <__d_vfprintf+0x1e>
80001078:	46a1                	li	a3,8
8000107a:	4901                	li	s2,0
8000107c:	b795                	j	80000fe0 <__d_vfprintf+0xa2c>
8000107e:	4388                	lw	a0,0(a5)
80001080:	00478713          	add	a4,a5,4
80001084:	d23a                	sw	a4,36(sp)
80001086:	4581                	li	a1,0
80001088:	bf95                	j	80000ffc <__d_vfprintf+0xa48>
8000108a:	00478713          	add	a4,a5,4
8000108e:	4388                	lw	a0,0(a5)
80001090:	d23a                	sw	a4,36(sp)
80001092:	100df793          	and	a5,s11,256
80001096:	dbe5                	beqz	a5,80001086 <__d_vfprintf+0xad2>
80001098:	200df793          	and	a5,s11,512
8000109c:	c781                	beqz	a5,800010a4 <__d_vfprintf+0xaf0>
8000109e:	0ff57513          	zext.b	a0,a0
800010a2:	b7d5                	j	80001086 <__d_vfprintf+0xad2>
800010a4:	0542                	sll	a0,a0,0x10
800010a6:	8141                	srl	a0,a0,0x10
800010a8:	bff9                	j	80001086 <__d_vfprintf+0xad2>
800010aa:	ff9df813          	and	a6,s11,-7
800010ae:	01081993          	sll	s3,a6,0x10
800010b2:	0109d993          	srl	s3,s3,0x10
800010b6:	02810a93          	add	s5,sp,40
800010ba:	b5bd                	j	80000f28 <__d_vfprintf+0x974>
800010bc:	fee9f993          	and	s3,s3,-18
800010c0:	09c2                	sll	s3,s3,0x10
800010c2:	0109d993          	srl	s3,s3,0x10
800010c6:	84ea                	mv	s1,s10
800010c8:	bdf5                	j	80000fc4 <__d_vfprintf+0xa10>
800010ca:	89be                	mv	s3,a5
800010cc:	bf99                	j	80001022 <__d_vfprintf+0xa6e>
800010ce:	84d6                	mv	s1,s5
800010d0:	bdd5                	j	80000fc4 <__d_vfprintf+0xa10>
800010d2:	4582                	lw	a1,0(sp)
800010d4:	02000513          	li	a0,32
800010d8:	9a02                	jalr	s4
800010da:	d0054c63          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
800010de:	0b85                	add	s7,s7,1
800010e0:	ff6bc9e3          	blt	s7,s6,800010d2 <__d_vfprintf+0xb1e>
800010e4:	409404b3          	sub	s1,s0,s1
800010e8:	01748433          	add	s0,s1,s7
800010ec:	84de                	mv	s1,s7
800010ee:	020c0363          	beqz	s8,80001114 <__d_vfprintf+0xb60>
800010f2:	4582                	lw	a1,0(sp)
800010f4:	03000513          	li	a0,48
800010f8:	9a02                	jalr	s4
800010fa:	ce054c63          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
800010fe:	04090d63          	beqz	s2,80001158 <__d_vfprintf+0xba4>
80001102:	4582                	lw	a1,0(sp)
80001104:	0409                	add	s0,s0,2
80001106:	854a                	mv	a0,s2
80001108:	9a02                	jalr	s4
8000110a:	ce054463          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
8000110e:	8c22                	mv	s8,s0
80001110:	9d22                	add	s10,s10,s0
80001112:	a81d                	j	80001148 <__d_vfprintf+0xb94>
80001114:	4069f793          	and	a5,s3,1030
80001118:	dbfd                	beqz	a5,8000110e <__d_vfprintf+0xb5a>
8000111a:	0029f793          	and	a5,s3,2
8000111e:	02000513          	li	a0,32
80001122:	c399                	beqz	a5,80001128 <__d_vfprintf+0xb74>
80001124:	02b00513          	li	a0,43
80001128:	4009f993          	and	s3,s3,1024
8000112c:	00098463          	beqz	s3,80001134 <__d_vfprintf+0xb80>
80001130:	02d00513          	li	a0,45
80001134:	4582                	lw	a1,0(sp)
80001136:	0405                	add	s0,s0,1
80001138:	bfc1                	j	80001108 <__d_vfprintf+0xb54>
8000113a:	4582                	lw	a1,0(sp)
8000113c:	03000513          	li	a0,48
80001140:	0c05                	add	s8,s8,1
80001142:	9a02                	jalr	s4
80001144:	ca054763          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80001148:	418d07b3          	sub	a5,s10,s8
8000114c:	fefac7e3          	blt	s5,a5,8000113a <__d_vfprintf+0xb86>
80001150:	8456                	mv	s0,s5
80001152:	e409                	bnez	s0,8000115c <__d_vfprintf+0xba8>
80001154:	9c56                	add	s8,s8,s5
80001156:	b325                	j	80000e7e <__d_vfprintf+0x8ca>
80001158:	0405                	add	s0,s0,1
8000115a:	bf55                	j	8000110e <__d_vfprintf+0xb5a>
8000115c:	147d                	add	s0,s0,-1
8000115e:	103c                	add	a5,sp,40
80001160:	97a2                	add	a5,a5,s0
80001162:	4582                	lw	a1,0(sp)
80001164:	0007c503          	lbu	a0,0(a5)
80001168:	9a02                	jalr	s4
8000116a:	fe0554e3          	bgez	a0,80001152 <__d_vfprintf+0xb9e>
8000116e:	c84ff06f          	j	800005f2 <__d_vfprintf+0x3e>
80001172:	4582                	lw	a1,0(sp)
80001174:	02000513          	li	a0,32
80001178:	0405                	add	s0,s0,1
8000117a:	9a02                	jalr	s4
8000117c:	c6054b63          	bltz	a0,800005f2 <__d_vfprintf+0x3e>
80001180:	408487b3          	sub	a5,s1,s0
80001184:	fef047e3          	bgtz	a5,80001172 <__d_vfprintf+0xbbe>
80001188:	b5ed                	j	80001072 <__d_vfprintf+0xabe>

8000118a <mulShiftAll64>:
8000118a:	0f0012ef          	jal	t0,8000227a <__riscv_save_10>
8000118e:	84b2                	mv	s1,a2
80001190:	00159913          	sll	s2,a1,0x1
80001194:	4210                	lw	a2,0(a2)
80001196:	8ab6                	mv	s5,a3
80001198:	89be                	mv	s3,a5
8000119a:	40d4                	lw	a3,4(s1)
8000119c:	01f55793          	srl	a5,a0,0x1f
800011a0:	1141                	add	sp,sp,-16
800011a2:	0127e933          	or	s2,a5,s2
800011a6:	00151413          	sll	s0,a0,0x1
800011aa:	8522                	mv	a0,s0
800011ac:	85ca                	mv	a1,s2
800011ae:	8bba                	mv	s7,a4
800011b0:	870a                	mv	a4,sp
800011b2:	8b42                	mv	s6,a6
800011b4:	0f5000ef          	jal	80001aa8 <__umul128>
800011b8:	44d4                	lw	a3,12(s1)
800011ba:	4490                	lw	a2,8(s1)
800011bc:	0038                	add	a4,sp,8
800011be:	8caa                	mv	s9,a0
800011c0:	8c2e                	mv	s8,a1
800011c2:	8522                	mv	a0,s0
800011c4:	85ca                	mv	a1,s2
800011c6:	0e3000ef          	jal	80001aa8 <__umul128>
800011ca:	4682                	lw	a3,0(sp)
800011cc:	4712                	lw	a4,4(sp)
800011ce:	4785                	li	a5,1
800011d0:	00d50933          	add	s2,a0,a3
800011d4:	00a93533          	sltu	a0,s2,a0
800011d8:	95ba                	add	a1,a1,a4
800011da:	00b50433          	add	s0,a0,a1
800011de:	00e46763          	bltu	s0,a4,800011ec <mulShiftAll64+0x62>
800011e2:	00871463          	bne	a4,s0,800011ea <mulShiftAll64+0x60>
800011e6:	00d96363          	bltu	s2,a3,800011ec <mulShiftAll64+0x62>
800011ea:	4781                	li	a5,0
800011ec:	4622                	lw	a2,8(sp)
800011ee:	4732                	lw	a4,12(sp)
800011f0:	963e                	add	a2,a2,a5
800011f2:	00f637b3          	sltu	a5,a2,a5
800011f6:	00e786b3          	add	a3,a5,a4
800011fa:	4098                	lw	a4,0(s1)
800011fc:	40dc                	lw	a5,4(s1)
800011fe:	c432                	sw	a2,8(sp)
80001200:	9766                	add	a4,a4,s9
80001202:	97e2                	add	a5,a5,s8
80001204:	019735b3          	sltu	a1,a4,s9
80001208:	95be                	add	a1,a1,a5
8000120a:	c636                	sw	a3,12(sp)
8000120c:	4785                	li	a5,1
8000120e:	0185e763          	bltu	a1,s8,8000121c <mulShiftAll64+0x92>
80001212:	00bc1463          	bne	s8,a1,8000121a <mulShiftAll64+0x90>
80001216:	01976363          	bltu	a4,s9,8000121c <mulShiftAll64+0x92>
8000121a:	4781                	li	a5,0
8000121c:	4498                	lw	a4,8(s1)
8000121e:	44c8                	lw	a0,12(s1)
80001220:	fbfa8a13          	add	s4,s5,-65
80001224:	974a                	add	a4,a4,s2
80001226:	9522                	add	a0,a0,s0
80001228:	012735b3          	sltu	a1,a4,s2
8000122c:	95aa                	add	a1,a1,a0
8000122e:	00e78533          	add	a0,a5,a4
80001232:	00f537b3          	sltu	a5,a0,a5
80001236:	95be                	add	a1,a1,a5
80001238:	4785                	li	a5,1
8000123a:	0085e763          	bltu	a1,s0,80001248 <mulShiftAll64+0xbe>
8000123e:	00b41463          	bne	s0,a1,80001246 <mulShiftAll64+0xbc>
80001242:	01256363          	bltu	a0,s2,80001248 <mulShiftAll64+0xbe>
80001246:	4781                	li	a5,0
80001248:	963e                	add	a2,a2,a5
8000124a:	00f637b3          	sltu	a5,a2,a5
8000124e:	8752                	mv	a4,s4
80001250:	96be                	add	a3,a3,a5
80001252:	0a3000ef          	jal	80001af4 <__shiftright128>
80001256:	00aba023          	sw	a0,0(s7)
8000125a:	00bba223          	sw	a1,4(s7)
8000125e:	4785                	li	a5,1
80001260:	48a2                	lw	a7,8(sp)
80001262:	4832                	lw	a6,12(sp)
80001264:	40cc                	lw	a1,4(s1)
80001266:	4488                	lw	a0,8(s1)
80001268:	44d8                	lw	a4,12(s1)
8000126a:	06fb1763          	bne	s6,a5,800012d8 <mulShiftAll64+0x14e>
8000126e:	40a906b3          	sub	a3,s2,a0
80001272:	00d93633          	sltu	a2,s2,a3
80001276:	40e407b3          	sub	a5,s0,a4
8000127a:	8f91                	sub	a5,a5,a2
8000127c:	4505                	li	a0,1
8000127e:	00bc6863          	bltu	s8,a1,8000128e <mulShiftAll64+0x104>
80001282:	01859563          	bne	a1,s8,8000128c <mulShiftAll64+0x102>
80001286:	4098                	lw	a4,0(s1)
80001288:	00ece363          	bltu	s9,a4,8000128e <mulShiftAll64+0x104>
8000128c:	4501                	li	a0,0
8000128e:	40a68533          	sub	a0,a3,a0
80001292:	00a6b6b3          	sltu	a3,a3,a0
80001296:	40d785b3          	sub	a1,a5,a3
8000129a:	4605                	li	a2,1
8000129c:	00b46763          	bltu	s0,a1,800012aa <mulShiftAll64+0x120>
800012a0:	00859463          	bne	a1,s0,800012a8 <mulShiftAll64+0x11e>
800012a4:	00a96363          	bltu	s2,a0,800012aa <mulShiftAll64+0x120>
800012a8:	4601                	li	a2,0
800012aa:	40c88633          	sub	a2,a7,a2
800012ae:	00c8b6b3          	sltu	a3,a7,a2
800012b2:	8752                	mv	a4,s4
800012b4:	40d806b3          	sub	a3,a6,a3
800012b8:	03d000ef          	jal	80001af4 <__shiftright128>
800012bc:	4622                	lw	a2,8(sp)
800012be:	46b2                	lw	a3,12(sp)
800012c0:	00a9a023          	sw	a0,0(s3)
800012c4:	00b9a223          	sw	a1,4(s3)
800012c8:	8752                	mv	a4,s4
800012ca:	854a                	mv	a0,s2
800012cc:	85a2                	mv	a1,s0
800012ce:	027000ef          	jal	80001af4 <__shiftright128>
800012d2:	0141                	add	sp,sp,16
800012d4:	7df0006f          	j	800022b2 <__riscv_restore_10>
800012d8:	01fcd793          	srl	a5,s9,0x1f
800012dc:	001c1613          	sll	a2,s8,0x1
800012e0:	8e5d                	or	a2,a2,a5
800012e2:	01f95693          	srl	a3,s2,0x1f
800012e6:	00141793          	sll	a5,s0,0x1
800012ea:	001c9e93          	sll	t4,s9,0x1
800012ee:	8fd5                	or	a5,a5,a3
800012f0:	00191313          	sll	t1,s2,0x1
800012f4:	4e05                	li	t3,1
800012f6:	01866763          	bltu	a2,s8,80001304 <mulShiftAll64+0x17a>
800012fa:	00cc1463          	bne	s8,a2,80001302 <mulShiftAll64+0x178>
800012fe:	019ee363          	bltu	t4,s9,80001304 <mulShiftAll64+0x17a>
80001302:	4e01                	li	t3,0
80001304:	9e1a                	add	t3,t3,t1
80001306:	006e3333          	sltu	t1,t3,t1
8000130a:	933e                	add	t1,t1,a5
8000130c:	4785                	li	a5,1
8000130e:	00b66863          	bltu	a2,a1,8000131e <mulShiftAll64+0x194>
80001312:	00c59563          	bne	a1,a2,8000131c <mulShiftAll64+0x192>
80001316:	4094                	lw	a3,0(s1)
80001318:	00dee363          	bltu	t4,a3,8000131e <mulShiftAll64+0x194>
8000131c:	4781                	li	a5,0
8000131e:	40fe07b3          	sub	a5,t3,a5
80001322:	00fe35b3          	sltu	a1,t3,a5
80001326:	40b305b3          	sub	a1,t1,a1
8000132a:	40a78533          	sub	a0,a5,a0
8000132e:	00a7b7b3          	sltu	a5,a5,a0
80001332:	8d99                	sub	a1,a1,a4
80001334:	01f8d693          	srl	a3,a7,0x1f
80001338:	8d9d                	sub	a1,a1,a5
8000133a:	00181793          	sll	a5,a6,0x1
8000133e:	8fd5                	or	a5,a5,a3
80001340:	fc0a8713          	add	a4,s5,-64
80001344:	0886                	sll	a7,a7,0x1
80001346:	4685                	li	a3,1
80001348:	00836763          	bltu	t1,s0,80001356 <mulShiftAll64+0x1cc>
8000134c:	00641463          	bne	s0,t1,80001354 <mulShiftAll64+0x1ca>
80001350:	012e6363          	bltu	t3,s2,80001356 <mulShiftAll64+0x1cc>
80001354:	4681                	li	a3,0
80001356:	96c6                	add	a3,a3,a7
80001358:	0116b8b3          	sltu	a7,a3,a7
8000135c:	98be                	add	a7,a7,a5
8000135e:	4605                	li	a2,1
80001360:	00b36763          	bltu	t1,a1,8000136e <mulShiftAll64+0x1e4>
80001364:	00659463          	bne	a1,t1,8000136c <mulShiftAll64+0x1e2>
80001368:	00ae6363          	bltu	t3,a0,8000136e <mulShiftAll64+0x1e4>
8000136c:	4601                	li	a2,0
8000136e:	40c68633          	sub	a2,a3,a2
80001372:	00c6b6b3          	sltu	a3,a3,a2
80001376:	40d886b3          	sub	a3,a7,a3
8000137a:	bf3d                	j	800012b8 <mulShiftAll64+0x12e>

8000137c <div10>:
8000137c:	727002ef          	jal	t0,800022a2 <__riscv_save_0>
80001380:	800037b7          	lui	a5,0x80003
80001384:	a187a603          	lw	a2,-1512(a5) # 80002a18 <stdout+0x4>
80001388:	a1c7a683          	lw	a3,-1508(a5)
8000138c:	1141                	add	sp,sp,-16
8000138e:	0038                	add	a4,sp,8
80001390:	718000ef          	jal	80001aa8 <__umul128>
80001394:	45b2                	lw	a1,12(sp)
80001396:	47a2                	lw	a5,8(sp)
80001398:	01d59513          	sll	a0,a1,0x1d
8000139c:	838d                	srl	a5,a5,0x3
8000139e:	8d5d                	or	a0,a0,a5
800013a0:	818d                	srl	a1,a1,0x3
800013a2:	0141                	add	sp,sp,16
800013a4:	7230006f          	j	800022c6 <__riscv_restore_0>

800013a8 <__dtoa_engine>:
800013a8:	6cb002ef          	jal	t0,80002272 <__riscv_save_12>
800013ac:	715d                	add	sp,sp,-80
800013ae:	8bb6                	mv	s7,a3
800013b0:	001006b7          	lui	a3,0x100
800013b4:	c43a                	sw	a4,8(sp)
800013b6:	c63e                	sw	a5,12(sp)
800013b8:	01f5d713          	srl	a4,a1,0x1f
800013bc:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
800013c0:	0145d793          	srl	a5,a1,0x14
800013c4:	00bdfdb3          	and	s11,s11,a1
800013c8:	c03a                	sw	a4,0(sp)
800013ca:	7ff7f413          	and	s0,a5,2047
800013ce:	84aa                	mv	s1,a0
800013d0:	8ab2                	mv	s5,a2
800013d2:	00ade733          	or	a4,s11,a0
800013d6:	e405                	bnez	s0,800013fe <__dtoa_engine+0x56>
800013d8:	e331                	bnez	a4,8000141c <__dtoa_engine+0x74>
800013da:	03000793          	li	a5,48
800013de:	00f602a3          	sb	a5,5(a2)
800013e2:	4782                	lw	a5,0(sp)
800013e4:	00060323          	sb	zero,6(a2)
800013e8:	00062023          	sw	zero,0(a2)
800013ec:	0027e993          	or	s3,a5,2
800013f0:	01360223          	sb	s3,4(a2)
800013f4:	4405                	li	s0,1
800013f6:	8522                	mv	a0,s0
800013f8:	6161                	add	sp,sp,80
800013fa:	6b50006f          	j	800022ae <__riscv_restore_12>
800013fe:	7ff00613          	li	a2,2047
80001402:	0ac41163          	bne	s0,a2,800014a4 <__dtoa_engine+0xfc>
80001406:	4782                	lw	a5,0(sp)
80001408:	0047e793          	or	a5,a5,4
8000140c:	c701                	beqz	a4,80001414 <__dtoa_engine+0x6c>
8000140e:	4782                	lw	a5,0(sp)
80001410:	0087e793          	or	a5,a5,8
80001414:	00fa8223          	sb	a5,4(s5)
80001418:	4401                	li	s0,0
8000141a:	bff1                	j	800013f6 <__dtoa_engine+0x4e>
8000141c:	00157793          	and	a5,a0,1
80001420:	c23e                	sw	a5,4(sp)
80001422:	002d9993          	sll	s3,s11,0x2
80001426:	01e55793          	srl	a5,a0,0x1e
8000142a:	0137e9b3          	or	s3,a5,s3
8000142e:	00251c13          	sll	s8,a0,0x2
80001432:	892a                	mv	s2,a0
80001434:	bcc00413          	li	s0,-1076
80001438:	4805                	li	a6,1
8000143a:	4d05                	li	s10,1
8000143c:	408004b3          	neg	s1,s0
80001440:	8526                	mv	a0,s1
80001442:	ca42                	sw	a6,20(sp)
80001444:	2589                	jal	80001a86 <__log10Pow5>
80001446:	fff42793          	slti	a5,s0,-1
8000144a:	40f50b33          	sub	s6,a0,a5
8000144e:	416484b3          	sub	s1,s1,s6
80001452:	8526                	mv	a0,s1
80001454:	2589                	jal	80001a96 <__pow5bits>
80001456:	f8350693          	add	a3,a0,-125
8000145a:	40db06b3          	sub	a3,s6,a3
8000145e:	8526                	mv	a0,s1
80001460:	008c                	add	a1,sp,64
80001462:	c836                	sw	a3,16(sp)
80001464:	2929                	jal	8000187e <__double_computePow5>
80001466:	4852                	lw	a6,20(sp)
80001468:	46c2                	lw	a3,16(sp)
8000146a:	181c                	add	a5,sp,48
8000146c:	1038                	add	a4,sp,40
8000146e:	0090                	add	a2,sp,64
80001470:	854a                	mv	a0,s2
80001472:	85ee                	mv	a1,s11
80001474:	3b19                	jal	8000118a <mulShiftAll64>
80001476:	4785                	li	a5,1
80001478:	008b0a33          	add	s4,s6,s0
8000147c:	84ae                	mv	s1,a1
8000147e:	842a                	mv	s0,a0
80001480:	1367e663          	bltu	a5,s6,800015ac <__dtoa_engine+0x204>
80001484:	4792                	lw	a5,4(sp)
80001486:	4985                	li	s3,1
80001488:	0e078963          	beqz	a5,8000157a <__dtoa_engine+0x1d2>
8000148c:	57a2                	lw	a5,40(sp)
8000148e:	5732                	lw	a4,44(sp)
80001490:	4985                	li	s3,1
80001492:	fff78693          	add	a3,a5,-1
80001496:	0017b793          	seqz	a5,a5
8000149a:	40f707b3          	sub	a5,a4,a5
8000149e:	d436                	sw	a3,40(sp)
800014a0:	d63e                	sw	a5,44(sp)
800014a2:	a07d                	j	80001550 <__dtoa_engine+0x1a8>
800014a4:	01b6edb3          	or	s11,a3,s11
800014a8:	00157693          	and	a3,a0,1
800014ac:	c236                	sw	a3,4(sp)
800014ae:	002d9993          	sll	s3,s11,0x2
800014b2:	01e55693          	srl	a3,a0,0x1e
800014b6:	bcb40413          	add	s0,s0,-1077
800014ba:	892a                	mv	s2,a0
800014bc:	0136e9b3          	or	s3,a3,s3
800014c0:	00251c13          	sll	s8,a0,0x2
800014c4:	4d05                	li	s10,1
800014c6:	e709                	bnez	a4,800014d0 <__dtoa_engine+0x128>
800014c8:	7fe7f793          	and	a5,a5,2046
800014cc:	0017bd13          	seqz	s10,a5
800014d0:	886a                	mv	a6,s10
800014d2:	f60445e3          	bltz	s0,8000143c <__dtoa_engine+0x94>
800014d6:	8522                	mv	a0,s0
800014d8:	2345                	jal	80001a78 <__log10Pow2>
800014da:	00442793          	slti	a5,s0,4
800014de:	0017c793          	xor	a5,a5,1
800014e2:	40f50a33          	sub	s4,a0,a5
800014e6:	8552                	mv	a0,s4
800014e8:	237d                	jal	80001a96 <__pow5bits>
800014ea:	07c50693          	add	a3,a0,124
800014ee:	408a0433          	sub	s0,s4,s0
800014f2:	96a2                	add	a3,a3,s0
800014f4:	008c                	add	a1,sp,64
800014f6:	8552                	mv	a0,s4
800014f8:	c836                	sw	a3,16(sp)
800014fa:	2141                	jal	8000197a <__double_computeInvPow5>
800014fc:	46c2                	lw	a3,16(sp)
800014fe:	181c                	add	a5,sp,48
80001500:	8526                	mv	a0,s1
80001502:	886a                	mv	a6,s10
80001504:	1038                	add	a4,sp,40
80001506:	0090                	add	a2,sp,64
80001508:	85ee                	mv	a1,s11
8000150a:	3141                	jal	8000118a <mulShiftAll64>
8000150c:	47d5                	li	a5,21
8000150e:	842a                	mv	s0,a0
80001510:	84ae                	mv	s1,a1
80001512:	0947eb63          	bltu	a5,s4,800015a8 <__dtoa_engine+0x200>
80001516:	800037b7          	lui	a5,0x80003
8000151a:	a1c7a683          	lw	a3,-1508(a5) # 80002a1c <stdout+0x8>
8000151e:	a187a603          	lw	a2,-1512(a5)
80001522:	1838                	add	a4,sp,56
80001524:	8562                	mv	a0,s8
80001526:	85ce                	mv	a1,s3
80001528:	2341                	jal	80001aa8 <__umul128>
8000152a:	57e2                	lw	a5,56(sp)
8000152c:	56f2                	lw	a3,60(sp)
8000152e:	5da2                	lw	s11,40(sp)
80001530:	8389                	srl	a5,a5,0x2
80001532:	06fa                	sll	a3,a3,0x1e
80001534:	8fd5                	or	a5,a5,a3
80001536:	4695                	li	a3,5
80001538:	02f687b3          	mul	a5,a3,a5
8000153c:	5932                	lw	s2,44(sp)
8000153e:	01879b63          	bne	a5,s8,80001554 <__dtoa_engine+0x1ac>
80001542:	85ce                	mv	a1,s3
80001544:	8562                	mv	a0,s8
80001546:	2ced                	jal	80001840 <__pow5Factor>
80001548:	01453733          	sltu	a4,a0,s4
8000154c:	00174993          	xor	s3,a4,1
80001550:	4d01                	li	s10,0
80001552:	a025                	j	8000157a <__dtoa_engine+0x1d2>
80001554:	4792                	lw	a5,4(sp)
80001556:	e79d                	bnez	a5,80001584 <__dtoa_engine+0x1dc>
80001558:	fffc0793          	add	a5,s8,-1
8000155c:	41a78533          	sub	a0,a5,s10
80001560:	001c3593          	seqz	a1,s8
80001564:	00a7b7b3          	sltu	a5,a5,a0
80001568:	40b985b3          	sub	a1,s3,a1
8000156c:	8d9d                	sub	a1,a1,a5
8000156e:	2cc9                	jal	80001840 <__pow5Factor>
80001570:	01453933          	sltu	s2,a0,s4
80001574:	00194d13          	xor	s10,s2,1
80001578:	4981                	li	s3,0
8000157a:	47a2                	lw	a5,8(sp)
8000157c:	0e079f63          	bnez	a5,8000167a <__dtoa_engine+0x2d2>
80001580:	8b5e                	mv	s6,s7
80001582:	a049                	j	80001604 <__dtoa_engine+0x25c>
80001584:	002c0513          	add	a0,s8,2
80001588:	018535b3          	sltu	a1,a0,s8
8000158c:	95ce                	add	a1,a1,s3
8000158e:	2c4d                	jal	80001840 <__pow5Factor>
80001590:	01453533          	sltu	a0,a0,s4
80001594:	00154513          	xor	a0,a0,1
80001598:	40ad8533          	sub	a0,s11,a0
8000159c:	00adbdb3          	sltu	s11,s11,a0
800015a0:	41b90733          	sub	a4,s2,s11
800015a4:	d42a                	sw	a0,40(sp)
800015a6:	d63a                	sw	a4,44(sp)
800015a8:	4981                	li	s3,0
800015aa:	b75d                	j	80001550 <__dtoa_engine+0x1a8>
800015ac:	03e00793          	li	a5,62
800015b0:	ff67ece3          	bltu	a5,s6,800015a8 <__dtoa_engine+0x200>
800015b4:	865a                	mv	a2,s6
800015b6:	557d                	li	a0,-1
800015b8:	55fd                	li	a1,-1
800015ba:	23c5                	jal	80001b9a <__ashldi3>
800015bc:	fff54513          	not	a0,a0
800015c0:	fff5c593          	not	a1,a1
800015c4:	0135f5b3          	and	a1,a1,s3
800015c8:	01857533          	and	a0,a0,s8
800015cc:	00b56733          	or	a4,a0,a1
800015d0:	00173993          	seqz	s3,a4
800015d4:	bfb5                	j	80001550 <__dtoa_engine+0x1a8>
800015d6:	02d50833          	mul	a6,a0,a3
800015da:	0785                	add	a5,a5,1
800015dc:	02b536b3          	mulhu	a3,a0,a1
800015e0:	02b505b3          	mul	a1,a0,a1
800015e4:	96c2                	add	a3,a3,a6
800015e6:	00d4e663          	bltu	s1,a3,800015f2 <__dtoa_engine+0x24a>
800015ea:	fe9696e3          	bne	a3,s1,800015d6 <__dtoa_engine+0x22e>
800015ee:	feb474e3          	bgeu	s0,a1,800015d6 <__dtoa_engine+0x22e>
800015f2:	4732                	lw	a4,12(sp)
800015f4:	97d2                	add	a5,a5,s4
800015f6:	97ba                	add	a5,a5,a4
800015f8:	00f04363          	bgtz	a5,800015fe <__dtoa_engine+0x256>
800015fc:	4785                	li	a5,1
800015fe:	8b3e                	mv	s6,a5
80001600:	f8fbc0e3          	blt	s7,a5,80001580 <__dtoa_engine+0x1d8>
80001604:	4c81                	li	s9,0
80001606:	4901                	li	s2,0
80001608:	4c01                	li	s8,0
8000160a:	5522                	lw	a0,40(sp)
8000160c:	55b2                	lw	a1,44(sp)
8000160e:	33bd                	jal	8000137c <div10>
80001610:	57c2                	lw	a5,48(sp)
80001612:	8dae                	mv	s11,a1
80001614:	55d2                	lw	a1,52(sp)
80001616:	c82a                	sw	a0,16(sp)
80001618:	853e                	mv	a0,a5
8000161a:	ca3e                	sw	a5,20(sp)
8000161c:	3385                	jal	8000137c <div10>
8000161e:	832a                	mv	t1,a0
80001620:	88ae                	mv	a7,a1
80001622:	4ea9                	li	t4,10
80001624:	01b5e763          	bltu	a1,s11,80001632 <__dtoa_engine+0x28a>
80001628:	08bd9563          	bne	s11,a1,800016b2 <__dtoa_engine+0x30a>
8000162c:	47c2                	lw	a5,16(sp)
8000162e:	08f57263          	bgeu	a0,a5,800016b2 <__dtoa_engine+0x30a>
80001632:	8522                	mv	a0,s0
80001634:	85a6                	mv	a1,s1
80001636:	ce46                	sw	a7,28(sp)
80001638:	cc1a                	sw	t1,24(sp)
8000163a:	3389                	jal	8000137c <div10>
8000163c:	4362                	lw	t1,24(sp)
8000163e:	4ea9                	li	t4,10
80001640:	001cb693          	seqz	a3,s9
80001644:	026e8833          	mul	a6,t4,t1
80001648:	00d9f9b3          	and	s3,s3,a3
8000164c:	47d2                	lw	a5,20(sp)
8000164e:	48f2                	lw	a7,28(sp)
80001650:	d66e                	sw	s11,44(sp)
80001652:	d81a                	sw	t1,48(sp)
80001654:	da46                	sw	a7,52(sp)
80001656:	0905                	add	s2,s2,1
80001658:	84ae                	mv	s1,a1
8000165a:	02ae86b3          	mul	a3,t4,a0
8000165e:	40f80833          	sub	a6,a6,a5
80001662:	47c2                	lw	a5,16(sp)
80001664:	00183813          	seqz	a6,a6
80001668:	010d7d33          	and	s10,s10,a6
8000166c:	d43e                	sw	a5,40(sp)
8000166e:	40d406b3          	sub	a3,s0,a3
80001672:	0ff6fc93          	zext.b	s9,a3
80001676:	842a                	mv	s0,a0
80001678:	bf49                	j	8000160a <__dtoa_engine+0x262>
8000167a:	45a9                	li	a1,10
8000167c:	4681                	li	a3,0
8000167e:	4785                	li	a5,1
80001680:	4529                	li	a0,10
80001682:	b795                	j	800015e6 <__dtoa_engine+0x23e>
80001684:	030e8f33          	mul	t5,t4,a6
80001688:	0505                	add	a0,a0,1
8000168a:	02beb833          	mulhu	a6,t4,a1
8000168e:	02be85b3          	mul	a1,t4,a1
80001692:	987a                	add	a6,a6,t5
80001694:	0104e663          	bltu	s1,a6,800016a0 <__dtoa_engine+0x2f8>
80001698:	fe9816e3          	bne	a6,s1,80001684 <__dtoa_engine+0x2dc>
8000169c:	feb474e3          	bgeu	s0,a1,80001684 <__dtoa_engine+0x2dc>
800016a0:	00ab5d63          	bge	s6,a0,800016ba <__dtoa_engine+0x312>
800016a4:	000b1563          	bnez	s6,800016ae <__dtoa_engine+0x306>
800016a8:	009465b3          	or	a1,s0,s1
800016ac:	c599                	beqz	a1,800016ba <__dtoa_engine+0x312>
800016ae:	4c05                	li	s8,1
800016b0:	b749                	j	80001632 <__dtoa_engine+0x28a>
800016b2:	45a9                	li	a1,10
800016b4:	4801                	li	a6,0
800016b6:	4505                	li	a0,1
800016b8:	bff1                	j	80001694 <__dtoa_engine+0x2ec>
800016ba:	040d0e63          	beqz	s10,80001716 <__dtoa_engine+0x36e>
800016be:	4da9                	li	s11,10
800016c0:	5342                	lw	t1,48(sp)
800016c2:	55d2                	lw	a1,52(sp)
800016c4:	851a                	mv	a0,t1
800016c6:	c81a                	sw	t1,16(sp)
800016c8:	3955                	jal	8000137c <div10>
800016ca:	ce2e                	sw	a1,28(sp)
800016cc:	02ad85b3          	mul	a1,s11,a0
800016d0:	4342                	lw	t1,16(sp)
800016d2:	882a                	mv	a6,a0
800016d4:	cc42                	sw	a6,24(sp)
800016d6:	04659063          	bne	a1,t1,80001716 <__dtoa_engine+0x36e>
800016da:	5522                	lw	a0,40(sp)
800016dc:	55b2                	lw	a1,44(sp)
800016de:	0905                	add	s2,s2,1
800016e0:	3971                	jal	8000137c <div10>
800016e2:	ca2a                	sw	a0,20(sp)
800016e4:	c82e                	sw	a1,16(sp)
800016e6:	8522                	mv	a0,s0
800016e8:	85a6                	mv	a1,s1
800016ea:	3949                	jal	8000137c <div10>
800016ec:	001cb693          	seqz	a3,s9
800016f0:	00d9f9b3          	and	s3,s3,a3
800016f4:	02ad86b3          	mul	a3,s11,a0
800016f8:	4e52                	lw	t3,20(sp)
800016fa:	4342                	lw	t1,16(sp)
800016fc:	4862                	lw	a6,24(sp)
800016fe:	48f2                	lw	a7,28(sp)
80001700:	d472                	sw	t3,40(sp)
80001702:	d61a                	sw	t1,44(sp)
80001704:	d842                	sw	a6,48(sp)
80001706:	da46                	sw	a7,52(sp)
80001708:	84ae                	mv	s1,a1
8000170a:	40d406b3          	sub	a3,s0,a3
8000170e:	0ff6fc93          	zext.b	s9,a3
80001712:	842a                	mv	s0,a0
80001714:	b775                	j	800016c0 <__dtoa_engine+0x318>
80001716:	9952                	add	s2,s2,s4
80001718:	0c098563          	beqz	s3,800017e2 <__dtoa_engine+0x43a>
8000171c:	4715                	li	a4,5
8000171e:	0cec9263          	bne	s9,a4,800017e2 <__dtoa_engine+0x43a>
80001722:	00147713          	and	a4,s0,1
80001726:	e35d                	bnez	a4,800017cc <__dtoa_engine+0x424>
80001728:	000c1963          	bnez	s8,8000173a <__dtoa_engine+0x392>
8000172c:	5742                	lw	a4,48(sp)
8000172e:	00871563          	bne	a4,s0,80001738 <__dtoa_engine+0x390>
80001732:	5752                	lw	a4,52(sp)
80001734:	0c970963          	beq	a4,s1,80001806 <__dtoa_engine+0x45e>
80001738:	4701                	li	a4,0
8000173a:	943a                	add	s0,s0,a4
8000173c:	00e435b3          	sltu	a1,s0,a4
80001740:	95a6                	add	a1,a1,s1
80001742:	8a2e                	mv	s4,a1
80001744:	84a2                	mv	s1,s0
80001746:	4629                	li	a2,10
80001748:	4681                	li	a3,0
8000174a:	4c05                	li	s8,1
8000174c:	4529                	li	a0,10
8000174e:	00d5e663          	bltu	a1,a3,8000175a <__dtoa_engine+0x3b2>
80001752:	0ab69c63          	bne	a3,a1,8000180a <__dtoa_engine+0x462>
80001756:	0ac47a63          	bgeu	s0,a2,8000180a <__dtoa_engine+0x462>
8000175a:	cf15                	beqz	a4,80001796 <__dtoa_engine+0x3ee>
8000175c:	038b5d63          	bge	s6,s8,80001796 <__dtoa_engine+0x3ee>
80001760:	47a2                	lw	a5,8(sp)
80001762:	cf91                	beqz	a5,8000177e <__dtoa_engine+0x3d6>
80001764:	4732                	lw	a4,12(sp)
80001766:	012c07b3          	add	a5,s8,s2
8000176a:	00f70b33          	add	s6,a4,a5
8000176e:	000b5363          	bgez	s6,80001774 <__dtoa_engine+0x3cc>
80001772:	4b01                	li	s6,0
80001774:	016bd363          	bge	s7,s6,8000177a <__dtoa_engine+0x3d2>
80001778:	8b5e                	mv	s6,s7
8000177a:	018b5e63          	bge	s6,s8,80001796 <__dtoa_engine+0x3ee>
8000177e:	00540513          	add	a0,s0,5
80001782:	00853433          	sltu	s0,a0,s0
80001786:	4629                	li	a2,10
80001788:	4681                	li	a3,0
8000178a:	95a2                	add	a1,a1,s0
8000178c:	2185                	jal	80001bec <__udivdi3>
8000178e:	84aa                	mv	s1,a0
80001790:	8a2e                	mv	s4,a1
80001792:	0905                	add	s2,s2,1
80001794:	1c7d                	add	s8,s8,-1
80001796:	87da                	mv	a5,s6
80001798:	016c5363          	bge	s8,s6,8000179e <__dtoa_engine+0x3f6>
8000179c:	87e2                	mv	a5,s8
8000179e:	01079413          	sll	s0,a5,0x10
800017a2:	0942                	sll	s2,s2,0x10
800017a4:	8441                	sra	s0,s0,0x10
800017a6:	41095913          	sra	s2,s2,0x10
800017aa:	9922                	add	s2,s2,s0
800017ac:	008a8b33          	add	s6,s5,s0
800017b0:	197d                	add	s2,s2,-1
800017b2:	4b81                	li	s7,0
800017b4:	8c5a                	mv	s8,s6
800017b6:	1b7d                	add	s6,s6,-1
800017b8:	068bc263          	blt	s7,s0,8000181c <__dtoa_engine+0x474>
800017bc:	4782                	lw	a5,0(sp)
800017be:	000c02a3          	sb	zero,5(s8)
800017c2:	012aa023          	sw	s2,0(s5)
800017c6:	00fa8223          	sb	a5,4(s5)
800017ca:	b135                	j	800013f6 <__dtoa_engine+0x4e>
800017cc:	4705                	li	a4,1
800017ce:	f60c16e3          	bnez	s8,8000173a <__dtoa_engine+0x392>
800017d2:	5742                	lw	a4,48(sp)
800017d4:	00871563          	bne	a4,s0,800017de <__dtoa_engine+0x436>
800017d8:	5752                	lw	a4,52(sp)
800017da:	00970c63          	beq	a4,s1,800017f2 <__dtoa_engine+0x44a>
800017de:	4705                	li	a4,1
800017e0:	bfa9                	j	8000173a <__dtoa_engine+0x392>
800017e2:	000c1d63          	bnez	s8,800017fc <__dtoa_engine+0x454>
800017e6:	5742                	lw	a4,48(sp)
800017e8:	00871a63          	bne	a4,s0,800017fc <__dtoa_engine+0x454>
800017ec:	5752                	lw	a4,52(sp)
800017ee:	00971763          	bne	a4,s1,800017fc <__dtoa_engine+0x454>
800017f2:	4792                	lw	a5,4(sp)
800017f4:	4705                	li	a4,1
800017f6:	f3b1                	bnez	a5,8000173a <__dtoa_engine+0x392>
800017f8:	f40d01e3          	beqz	s10,8000173a <__dtoa_engine+0x392>
800017fc:	005cb693          	sltiu	a3,s9,5
80001800:	0016c713          	xor	a4,a3,1
80001804:	bf1d                	j	8000173a <__dtoa_engine+0x392>
80001806:	4c91                	li	s9,4
80001808:	b7ed                	j	800017f2 <__dtoa_engine+0x44a>
8000180a:	02d50833          	mul	a6,a0,a3
8000180e:	0c05                	add	s8,s8,1
80001810:	02c536b3          	mulhu	a3,a0,a2
80001814:	02c50633          	mul	a2,a0,a2
80001818:	96c2                	add	a3,a3,a6
8000181a:	bf15                	j	8000174e <__dtoa_engine+0x3a6>
8000181c:	4629                	li	a2,10
8000181e:	4681                	li	a3,0
80001820:	8526                	mv	a0,s1
80001822:	85d2                	mv	a1,s4
80001824:	271d                	jal	80001f4a <__umoddi3>
80001826:	03050513          	add	a0,a0,48
8000182a:	00ab02a3          	sb	a0,5(s6)
8000182e:	85d2                	mv	a1,s4
80001830:	8526                	mv	a0,s1
80001832:	4629                	li	a2,10
80001834:	4681                	li	a3,0
80001836:	2e5d                	jal	80001bec <__udivdi3>
80001838:	84aa                	mv	s1,a0
8000183a:	8a2e                	mv	s4,a1
8000183c:	0b85                	add	s7,s7,1
8000183e:	bfa5                	j	800017b6 <__dtoa_engine+0x40e>

80001840 <__pow5Factor>:
80001840:	ccccd737          	lui	a4,0xccccd
80001844:	333336b7          	lui	a3,0x33333
80001848:	87aa                	mv	a5,a0
8000184a:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
8000184e:	4501                	li	a0,0
80001850:	ccc70713          	add	a4,a4,-820
80001854:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001858:	02c585b3          	mul	a1,a1,a2
8000185c:	02e78833          	mul	a6,a5,a4
80001860:	982e                	add	a6,a6,a1
80001862:	02c7b5b3          	mulhu	a1,a5,a2
80001866:	95c2                	add	a1,a1,a6
80001868:	02c787b3          	mul	a5,a5,a2
8000186c:	00b6e863          	bltu	a3,a1,8000187c <__pow5Factor+0x3c>
80001870:	00d59463          	bne	a1,a3,80001878 <__pow5Factor+0x38>
80001874:	00f5e463          	bltu	a1,a5,8000187c <__pow5Factor+0x3c>
80001878:	0505                	add	a0,a0,1
8000187a:	bff9                	j	80001858 <__pow5Factor+0x18>
8000187c:	8082                	ret

8000187e <__double_computePow5>:
8000187e:	1fd002ef          	jal	t0,8000227a <__riscv_save_10>
80001882:	47e9                	li	a5,26
80001884:	02f55b33          	divu	s6,a0,a5
80001888:	800029b7          	lui	s3,0x80002
8000188c:	5d898b93          	add	s7,s3,1496 # 800025d8 <DOUBLE_POW5_SPLIT2>
80001890:	1101                	add	sp,sp,-32
80001892:	892e                	mv	s2,a1
80001894:	02f577b3          	remu	a5,a0,a5
80001898:	004b1713          	sll	a4,s6,0x4
8000189c:	9bba                	add	s7,s7,a4
8000189e:	e395                	bnez	a5,800018c2 <__double_computePow5+0x44>
800018a0:	000ba703          	lw	a4,0(s7)
800018a4:	004ba783          	lw	a5,4(s7)
800018a8:	c198                	sw	a4,0(a1)
800018aa:	c1dc                	sw	a5,4(a1)
800018ac:	008ba503          	lw	a0,8(s7)
800018b0:	00cba583          	lw	a1,12(s7)
800018b4:	00a92423          	sw	a0,8(s2)
800018b8:	00b92623          	sw	a1,12(s2)
800018bc:	6105                	add	sp,sp,32
800018be:	1f50006f          	j	800022b2 <__riscv_restore_10>
800018c2:	5d898993          	add	s3,s3,1496
800018c6:	078e                	sll	a5,a5,0x3
800018c8:	97ce                	add	a5,a5,s3
800018ca:	0d07aa03          	lw	s4,208(a5)
800018ce:	0d47aa83          	lw	s5,212(a5)
800018d2:	008ba603          	lw	a2,8(s7)
800018d6:	00cba683          	lw	a3,12(s7)
800018da:	0818                	add	a4,sp,16
800018dc:	85d6                	mv	a1,s5
800018de:	842a                	mv	s0,a0
800018e0:	8552                	mv	a0,s4
800018e2:	22d9                	jal	80001aa8 <__umul128>
800018e4:	000ba603          	lw	a2,0(s7)
800018e8:	004ba683          	lw	a3,4(s7)
800018ec:	84aa                	mv	s1,a0
800018ee:	8c2e                	mv	s8,a1
800018f0:	0838                	add	a4,sp,24
800018f2:	8552                	mv	a0,s4
800018f4:	85d6                	mv	a1,s5
800018f6:	2a4d                	jal	80001aa8 <__umul128>
800018f8:	47e2                	lw	a5,24(sp)
800018fa:	4772                	lw	a4,28(sp)
800018fc:	8aaa                	mv	s5,a0
800018fe:	94be                	add	s1,s1,a5
80001900:	00f4ba33          	sltu	s4,s1,a5
80001904:	9c3a                	add	s8,s8,a4
80001906:	9a62                	add	s4,s4,s8
80001908:	00ea6663          	bltu	s4,a4,80001914 <__double_computePow5+0x96>
8000190c:	01471d63          	bne	a4,s4,80001926 <__double_computePow5+0xa8>
80001910:	00f4fb63          	bgeu	s1,a5,80001926 <__double_computePow5+0xa8>
80001914:	47c2                	lw	a5,16(sp)
80001916:	46d2                	lw	a3,20(sp)
80001918:	00178713          	add	a4,a5,1
8000191c:	00f737b3          	sltu	a5,a4,a5
80001920:	97b6                	add	a5,a5,a3
80001922:	c83a                	sw	a4,16(sp)
80001924:	ca3e                	sw	a5,20(sp)
80001926:	8522                	mv	a0,s0
80001928:	c62e                	sw	a1,12(sp)
8000192a:	22b5                	jal	80001a96 <__pow5bits>
8000192c:	8baa                	mv	s7,a0
8000192e:	4569                	li	a0,26
80001930:	02ab0533          	mul	a0,s6,a0
80001934:	228d                	jal	80001a96 <__pow5bits>
80001936:	45b2                	lw	a1,12(sp)
80001938:	40ab8733          	sub	a4,s7,a0
8000193c:	8626                	mv	a2,s1
8000193e:	86d2                	mv	a3,s4
80001940:	8556                	mv	a0,s5
80001942:	c43a                	sw	a4,8(sp)
80001944:	2a45                	jal	80001af4 <__shiftright128>
80001946:	00445793          	srl	a5,s0,0x4
8000194a:	078a                	sll	a5,a5,0x2
8000194c:	99be                	add	s3,s3,a5
8000194e:	1a09a783          	lw	a5,416(s3)
80001952:	0406                	sll	s0,s0,0x1
80001954:	8879                	and	s0,s0,30
80001956:	0087d7b3          	srl	a5,a5,s0
8000195a:	8b8d                	and	a5,a5,3
8000195c:	953e                	add	a0,a0,a5
8000195e:	00f537b3          	sltu	a5,a0,a5
80001962:	4722                	lw	a4,8(sp)
80001964:	4642                	lw	a2,16(sp)
80001966:	46d2                	lw	a3,20(sp)
80001968:	97ae                	add	a5,a5,a1
8000196a:	00a92023          	sw	a0,0(s2)
8000196e:	00f92223          	sw	a5,4(s2)
80001972:	8526                	mv	a0,s1
80001974:	85d2                	mv	a1,s4
80001976:	2abd                	jal	80001af4 <__shiftright128>
80001978:	bf35                	j	800018b4 <__double_computePow5+0x36>

8000197a <__double_computeInvPow5>:
8000197a:	101002ef          	jal	t0,8000227a <__riscv_save_10>
8000197e:	4b69                	li	s6,26
80001980:	01950793          	add	a5,a0,25
80001984:	0367d7b3          	divu	a5,a5,s6
80001988:	80002ab7          	lui	s5,0x80002
8000198c:	5d8a8493          	add	s1,s5,1496 # 800025d8 <DOUBLE_POW5_SPLIT2>
80001990:	1f848493          	add	s1,s1,504
80001994:	1101                	add	sp,sp,-32
80001996:	8a2e                	mv	s4,a1
80001998:	03678b33          	mul	s6,a5,s6
8000199c:	0792                	sll	a5,a5,0x4
8000199e:	94be                	add	s1,s1,a5
800019a0:	40ab0733          	sub	a4,s6,a0
800019a4:	00ab1f63          	bne	s6,a0,800019c2 <__double_computeInvPow5+0x48>
800019a8:	4098                	lw	a4,0(s1)
800019aa:	40dc                	lw	a5,4(s1)
800019ac:	c198                	sw	a4,0(a1)
800019ae:	c1dc                	sw	a5,4(a1)
800019b0:	4488                	lw	a0,8(s1)
800019b2:	44cc                	lw	a1,12(s1)
800019b4:	00aa2423          	sw	a0,8(s4)
800019b8:	00ba2623          	sw	a1,12(s4)
800019bc:	6105                	add	sp,sp,32
800019be:	0f50006f          	j	800022b2 <__riscv_restore_10>
800019c2:	5d8a8a93          	add	s5,s5,1496
800019c6:	070e                	sll	a4,a4,0x3
800019c8:	9756                	add	a4,a4,s5
800019ca:	0d072903          	lw	s2,208(a4)
800019ce:	0d472983          	lw	s3,212(a4)
800019d2:	4490                	lw	a2,8(s1)
800019d4:	44d4                	lw	a3,12(s1)
800019d6:	0818                	add	a4,sp,16
800019d8:	85ce                	mv	a1,s3
800019da:	842a                	mv	s0,a0
800019dc:	854a                	mv	a0,s2
800019de:	20e9                	jal	80001aa8 <__umul128>
800019e0:	4090                	lw	a2,0(s1)
800019e2:	40d4                	lw	a3,4(s1)
800019e4:	8c2a                	mv	s8,a0
800019e6:	00163793          	seqz	a5,a2
800019ea:	8bae                	mv	s7,a1
800019ec:	0838                	add	a4,sp,24
800019ee:	8e9d                	sub	a3,a3,a5
800019f0:	854a                	mv	a0,s2
800019f2:	85ce                	mv	a1,s3
800019f4:	167d                	add	a2,a2,-1
800019f6:	284d                	jal	80001aa8 <__umul128>
800019f8:	47e2                	lw	a5,24(sp)
800019fa:	4772                	lw	a4,28(sp)
800019fc:	89aa                	mv	s3,a0
800019fe:	9c3e                	add	s8,s8,a5
80001a00:	00fc3933          	sltu	s2,s8,a5
80001a04:	9bba                	add	s7,s7,a4
80001a06:	995e                	add	s2,s2,s7
80001a08:	00e96663          	bltu	s2,a4,80001a14 <__double_computeInvPow5+0x9a>
80001a0c:	01271d63          	bne	a4,s2,80001a26 <__double_computeInvPow5+0xac>
80001a10:	00fc7b63          	bgeu	s8,a5,80001a26 <__double_computeInvPow5+0xac>
80001a14:	47c2                	lw	a5,16(sp)
80001a16:	46d2                	lw	a3,20(sp)
80001a18:	00178713          	add	a4,a5,1
80001a1c:	00f737b3          	sltu	a5,a4,a5
80001a20:	97b6                	add	a5,a5,a3
80001a22:	c83a                	sw	a4,16(sp)
80001a24:	ca3e                	sw	a5,20(sp)
80001a26:	855a                	mv	a0,s6
80001a28:	c62e                	sw	a1,12(sp)
80001a2a:	20b5                	jal	80001a96 <__pow5bits>
80001a2c:	8b2a                	mv	s6,a0
80001a2e:	8522                	mv	a0,s0
80001a30:	209d                	jal	80001a96 <__pow5bits>
80001a32:	45b2                	lw	a1,12(sp)
80001a34:	40ab0733          	sub	a4,s6,a0
80001a38:	8662                	mv	a2,s8
80001a3a:	86ca                	mv	a3,s2
80001a3c:	854e                	mv	a0,s3
80001a3e:	c43a                	sw	a4,8(sp)
80001a40:	2855                	jal	80001af4 <__shiftright128>
80001a42:	00445793          	srl	a5,s0,0x4
80001a46:	078a                	sll	a5,a5,0x2
80001a48:	9abe                	add	s5,s5,a5
80001a4a:	2e8aa783          	lw	a5,744(s5)
80001a4e:	0406                	sll	s0,s0,0x1
80001a50:	8879                	and	s0,s0,30
80001a52:	0087d7b3          	srl	a5,a5,s0
80001a56:	8b8d                	and	a5,a5,3
80001a58:	0785                	add	a5,a5,1
80001a5a:	953e                	add	a0,a0,a5
80001a5c:	00f537b3          	sltu	a5,a0,a5
80001a60:	4722                	lw	a4,8(sp)
80001a62:	4642                	lw	a2,16(sp)
80001a64:	46d2                	lw	a3,20(sp)
80001a66:	97ae                	add	a5,a5,a1
80001a68:	00aa2023          	sw	a0,0(s4)
80001a6c:	00fa2223          	sw	a5,4(s4)
80001a70:	8562                	mv	a0,s8
80001a72:	85ca                	mv	a1,s2
80001a74:	2041                	jal	80001af4 <__shiftright128>
80001a76:	bf3d                	j	800019b4 <__double_computeInvPow5+0x3a>

80001a78 <__log10Pow2>:
80001a78:	67cd                	lui	a5,0x13
80001a7a:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001a7e:	02f50533          	mul	a0,a0,a5
80001a82:	8149                	srl	a0,a0,0x12
80001a84:	8082                	ret

80001a86 <__log10Pow5>:
80001a86:	000b37b7          	lui	a5,0xb3
80001a8a:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001a8e:	02f50533          	mul	a0,a0,a5
80001a92:	8151                	srl	a0,a0,0x14
80001a94:	8082                	ret

80001a96 <__pow5bits>:
80001a96:	001297b7          	lui	a5,0x129
80001a9a:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001a9e:	02f50533          	mul	a0,a0,a5
80001aa2:	814d                	srl	a0,a0,0x13
80001aa4:	0505                	add	a0,a0,1
80001aa6:	8082                	ret

80001aa8 <__umul128>:
80001aa8:	02c537b3          	mulhu	a5,a0,a2
80001aac:	832e                	mv	t1,a1
80001aae:	02c585b3          	mul	a1,a1,a2
80001ab2:	02c33833          	mulhu	a6,t1,a2
80001ab6:	95be                	add	a1,a1,a5
80001ab8:	00f5b7b3          	sltu	a5,a1,a5
80001abc:	97c2                	add	a5,a5,a6
80001abe:	02a68833          	mul	a6,a3,a0
80001ac2:	02a6b8b3          	mulhu	a7,a3,a0
80001ac6:	95c2                	add	a1,a1,a6
80001ac8:	0105b833          	sltu	a6,a1,a6
80001acc:	98c2                	add	a7,a7,a6
80001ace:	02d30833          	mul	a6,t1,a3
80001ad2:	02d33333          	mulhu	t1,t1,a3
80001ad6:	983e                	add	a6,a6,a5
80001ad8:	011806b3          	add	a3,a6,a7
80001adc:	00f837b3          	sltu	a5,a6,a5
80001ae0:	0106b833          	sltu	a6,a3,a6
80001ae4:	c314                	sw	a3,0(a4)
80001ae6:	979a                	add	a5,a5,t1
80001ae8:	983e                	add	a6,a6,a5
80001aea:	02c50533          	mul	a0,a0,a2
80001aee:	01072223          	sw	a6,4(a4)
80001af2:	8082                	ret

80001af4 <__shiftright128>:
80001af4:	794002ef          	jal	t0,80002288 <__riscv_save_4>
80001af8:	8a2a                	mv	s4,a0
80001afa:	8532                	mv	a0,a2
80001afc:	04000613          	li	a2,64
80001b00:	8e19                	sub	a2,a2,a4
80001b02:	89ae                	mv	s3,a1
80001b04:	85b6                	mv	a1,a3
80001b06:	843a                	mv	s0,a4
80001b08:	2849                	jal	80001b9a <__ashldi3>
80001b0a:	892a                	mv	s2,a0
80001b0c:	84ae                	mv	s1,a1
80001b0e:	8622                	mv	a2,s0
80001b10:	8552                	mv	a0,s4
80001b12:	85ce                	mv	a1,s3
80001b14:	28b9                	jal	80001b72 <__lshrdi3>
80001b16:	00a96533          	or	a0,s2,a0
80001b1a:	8dc5                	or	a1,a1,s1
80001b1c:	a745                	j	800022bc <__riscv_restore_4>

80001b1e <__libc_fini_array>:
80001b1e:	784002ef          	jal	t0,800022a2 <__riscv_save_0>
80001b22:	800037b7          	lui	a5,0x80003
80001b26:	80003437          	lui	s0,0x80003
80001b2a:	a2078713          	add	a4,a5,-1504 # 80002a20 <__fini_array_end>
80001b2e:	a2040413          	add	s0,s0,-1504 # 80002a20 <__fini_array_end>
80001b32:	8c19                	sub	s0,s0,a4
80001b34:	8409                	sra	s0,s0,0x2
80001b36:	a2078493          	add	s1,a5,-1504
80001b3a:	e809                	bnez	s0,80001b4c <__libc_fini_array+0x2e>
80001b3c:	00000793          	li	a5,0
80001b40:	c789                	beqz	a5,80001b4a <__libc_fini_array+0x2c>
80001b42:	00000097          	auipc	ra,0x0
80001b46:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001b4a:	afb5                	j	800022c6 <__riscv_restore_0>
80001b4c:	147d                	add	s0,s0,-1
80001b4e:	00241793          	sll	a5,s0,0x2
80001b52:	97a6                	add	a5,a5,s1
80001b54:	439c                	lw	a5,0(a5)
80001b56:	9782                	jalr	a5
80001b58:	b7cd                	j	80001b3a <__libc_fini_array+0x1c>

80001b5a <strnlen>:
80001b5a:	95aa                	add	a1,a1,a0
80001b5c:	87aa                	mv	a5,a0
80001b5e:	00b78563          	beq	a5,a1,80001b68 <strnlen+0xe>
80001b62:	0007c703          	lbu	a4,0(a5)
80001b66:	e701                	bnez	a4,80001b6e <strnlen+0x14>
80001b68:	40a78533          	sub	a0,a5,a0
80001b6c:	8082                	ret
80001b6e:	0785                	add	a5,a5,1
80001b70:	b7fd                	j	80001b5e <strnlen+0x4>

80001b72 <__lshrdi3>:
80001b72:	ca19                	beqz	a2,80001b88 <__lshrdi3+0x16>
80001b74:	02000793          	li	a5,32
80001b78:	8f91                	sub	a5,a5,a2
80001b7a:	00f04863          	bgtz	a5,80001b8a <__lshrdi3+0x18>
80001b7e:	1601                	add	a2,a2,-32
80001b80:	00c5d533          	srl	a0,a1,a2
80001b84:	4701                	li	a4,0
80001b86:	85ba                	mv	a1,a4
80001b88:	8082                	ret
80001b8a:	00c5d733          	srl	a4,a1,a2
80001b8e:	00c55533          	srl	a0,a0,a2
80001b92:	00f595b3          	sll	a1,a1,a5
80001b96:	8d4d                	or	a0,a0,a1
80001b98:	b7fd                	j	80001b86 <__lshrdi3+0x14>

80001b9a <__ashldi3>:
80001b9a:	ca19                	beqz	a2,80001bb0 <__ashldi3+0x16>
80001b9c:	02000793          	li	a5,32
80001ba0:	8f91                	sub	a5,a5,a2
80001ba2:	00f04863          	bgtz	a5,80001bb2 <__ashldi3+0x18>
80001ba6:	1601                	add	a2,a2,-32
80001ba8:	00c515b3          	sll	a1,a0,a2
80001bac:	4701                	li	a4,0
80001bae:	853a                	mv	a0,a4
80001bb0:	8082                	ret
80001bb2:	00c51733          	sll	a4,a0,a2
80001bb6:	00c595b3          	sll	a1,a1,a2
80001bba:	00f55533          	srl	a0,a0,a5
80001bbe:	8dc9                	or	a1,a1,a0
80001bc0:	b7fd                	j	80001bae <__ashldi3+0x14>

80001bc2 <__ashrdi3>:
80001bc2:	ce01                	beqz	a2,80001bda <__ashrdi3+0x18>
80001bc4:	02000793          	li	a5,32
80001bc8:	8f91                	sub	a5,a5,a2
80001bca:	00f04963          	bgtz	a5,80001bdc <__ashrdi3+0x1a>
80001bce:	1601                	add	a2,a2,-32
80001bd0:	41f5d713          	sra	a4,a1,0x1f
80001bd4:	40c5d533          	sra	a0,a1,a2
80001bd8:	85ba                	mv	a1,a4
80001bda:	8082                	ret
80001bdc:	40c5d733          	sra	a4,a1,a2
80001be0:	00c55533          	srl	a0,a0,a2
80001be4:	00f595b3          	sll	a1,a1,a5
80001be8:	8d4d                	or	a0,a0,a1
80001bea:	b7fd                	j	80001bd8 <__ashrdi3+0x16>

80001bec <__udivdi3>:
80001bec:	88aa                	mv	a7,a0
80001bee:	832e                	mv	t1,a1
80001bf0:	8732                	mv	a4,a2
80001bf2:	882a                	mv	a6,a0
80001bf4:	87ae                	mv	a5,a1
80001bf6:	20069663          	bnez	a3,80001e02 <__udivdi3+0x216>
80001bfa:	00001597          	auipc	a1,0x1
80001bfe:	d1a58593          	add	a1,a1,-742 # 80002914 <__clz_tab>
80001c02:	0cc37163          	bgeu	t1,a2,80001cc4 <__udivdi3+0xd8>
80001c06:	66c1                	lui	a3,0x10
80001c08:	0ad67763          	bgeu	a2,a3,80001cb6 <__udivdi3+0xca>
80001c0c:	10063693          	sltiu	a3,a2,256
80001c10:	0016c693          	xor	a3,a3,1
80001c14:	068e                	sll	a3,a3,0x3
80001c16:	00d65533          	srl	a0,a2,a3
80001c1a:	95aa                	add	a1,a1,a0
80001c1c:	0005c583          	lbu	a1,0(a1)
80001c20:	02000513          	li	a0,32
80001c24:	96ae                	add	a3,a3,a1
80001c26:	40d505b3          	sub	a1,a0,a3
80001c2a:	00d50b63          	beq	a0,a3,80001c40 <__udivdi3+0x54>
80001c2e:	00b317b3          	sll	a5,t1,a1
80001c32:	00d8d6b3          	srl	a3,a7,a3
80001c36:	00b61733          	sll	a4,a2,a1
80001c3a:	8fd5                	or	a5,a5,a3
80001c3c:	00b89833          	sll	a6,a7,a1
80001c40:	01075593          	srl	a1,a4,0x10
80001c44:	02b7d333          	divu	t1,a5,a1
80001c48:	01071613          	sll	a2,a4,0x10
80001c4c:	8241                	srl	a2,a2,0x10
80001c4e:	02b7f7b3          	remu	a5,a5,a1
80001c52:	851a                	mv	a0,t1
80001c54:	026608b3          	mul	a7,a2,t1
80001c58:	01079693          	sll	a3,a5,0x10
80001c5c:	01085793          	srl	a5,a6,0x10
80001c60:	8fd5                	or	a5,a5,a3
80001c62:	0117fc63          	bgeu	a5,a7,80001c7a <__udivdi3+0x8e>
80001c66:	97ba                	add	a5,a5,a4
80001c68:	fff30513          	add	a0,t1,-1
80001c6c:	00e7e763          	bltu	a5,a4,80001c7a <__udivdi3+0x8e>
80001c70:	0117f563          	bgeu	a5,a7,80001c7a <__udivdi3+0x8e>
80001c74:	ffe30513          	add	a0,t1,-2
80001c78:	97ba                	add	a5,a5,a4
80001c7a:	411787b3          	sub	a5,a5,a7
80001c7e:	02b7d8b3          	divu	a7,a5,a1
80001c82:	0842                	sll	a6,a6,0x10
80001c84:	01085813          	srl	a6,a6,0x10
80001c88:	02b7f7b3          	remu	a5,a5,a1
80001c8c:	031606b3          	mul	a3,a2,a7
80001c90:	07c2                	sll	a5,a5,0x10
80001c92:	00f86833          	or	a6,a6,a5
80001c96:	87c6                	mv	a5,a7
80001c98:	00d87b63          	bgeu	a6,a3,80001cae <__udivdi3+0xc2>
80001c9c:	983a                	add	a6,a6,a4
80001c9e:	fff88793          	add	a5,a7,-1
80001ca2:	00e86663          	bltu	a6,a4,80001cae <__udivdi3+0xc2>
80001ca6:	00d87463          	bgeu	a6,a3,80001cae <__udivdi3+0xc2>
80001caa:	ffe88793          	add	a5,a7,-2
80001cae:	0542                	sll	a0,a0,0x10
80001cb0:	8d5d                	or	a0,a0,a5
80001cb2:	4581                	li	a1,0
80001cb4:	8082                	ret
80001cb6:	01000537          	lui	a0,0x1000
80001cba:	46c1                	li	a3,16
80001cbc:	f4a66de3          	bltu	a2,a0,80001c16 <__udivdi3+0x2a>
80001cc0:	46e1                	li	a3,24
80001cc2:	bf91                	j	80001c16 <__udivdi3+0x2a>
80001cc4:	4681                	li	a3,0
80001cc6:	ca09                	beqz	a2,80001cd8 <__udivdi3+0xec>
80001cc8:	67c1                	lui	a5,0x10
80001cca:	08f67f63          	bgeu	a2,a5,80001d68 <__udivdi3+0x17c>
80001cce:	10063693          	sltiu	a3,a2,256
80001cd2:	0016c693          	xor	a3,a3,1
80001cd6:	068e                	sll	a3,a3,0x3
80001cd8:	00d657b3          	srl	a5,a2,a3
80001cdc:	95be                	add	a1,a1,a5
80001cde:	0005c783          	lbu	a5,0(a1)
80001ce2:	97b6                	add	a5,a5,a3
80001ce4:	02000693          	li	a3,32
80001ce8:	40f685b3          	sub	a1,a3,a5
80001cec:	08f69563          	bne	a3,a5,80001d76 <__udivdi3+0x18a>
80001cf0:	40c307b3          	sub	a5,t1,a2
80001cf4:	4585                	li	a1,1
80001cf6:	01075893          	srl	a7,a4,0x10
80001cfa:	0317de33          	divu	t3,a5,a7
80001cfe:	01071613          	sll	a2,a4,0x10
80001d02:	8241                	srl	a2,a2,0x10
80001d04:	01085693          	srl	a3,a6,0x10
80001d08:	0317f7b3          	remu	a5,a5,a7
80001d0c:	8572                	mv	a0,t3
80001d0e:	03c60333          	mul	t1,a2,t3
80001d12:	07c2                	sll	a5,a5,0x10
80001d14:	8fd5                	or	a5,a5,a3
80001d16:	0067fc63          	bgeu	a5,t1,80001d2e <__udivdi3+0x142>
80001d1a:	97ba                	add	a5,a5,a4
80001d1c:	fffe0513          	add	a0,t3,-1
80001d20:	00e7e763          	bltu	a5,a4,80001d2e <__udivdi3+0x142>
80001d24:	0067f563          	bgeu	a5,t1,80001d2e <__udivdi3+0x142>
80001d28:	ffee0513          	add	a0,t3,-2
80001d2c:	97ba                	add	a5,a5,a4
80001d2e:	406787b3          	sub	a5,a5,t1
80001d32:	0317d333          	divu	t1,a5,a7
80001d36:	0842                	sll	a6,a6,0x10
80001d38:	01085813          	srl	a6,a6,0x10
80001d3c:	0317f7b3          	remu	a5,a5,a7
80001d40:	026606b3          	mul	a3,a2,t1
80001d44:	07c2                	sll	a5,a5,0x10
80001d46:	00f86833          	or	a6,a6,a5
80001d4a:	879a                	mv	a5,t1
80001d4c:	00d87b63          	bgeu	a6,a3,80001d62 <__udivdi3+0x176>
80001d50:	983a                	add	a6,a6,a4
80001d52:	fff30793          	add	a5,t1,-1
80001d56:	00e86663          	bltu	a6,a4,80001d62 <__udivdi3+0x176>
80001d5a:	00d87463          	bgeu	a6,a3,80001d62 <__udivdi3+0x176>
80001d5e:	ffe30793          	add	a5,t1,-2
80001d62:	0542                	sll	a0,a0,0x10
80001d64:	8d5d                	or	a0,a0,a5
80001d66:	8082                	ret
80001d68:	010007b7          	lui	a5,0x1000
80001d6c:	46c1                	li	a3,16
80001d6e:	f6f665e3          	bltu	a2,a5,80001cd8 <__udivdi3+0xec>
80001d72:	46e1                	li	a3,24
80001d74:	b795                	j	80001cd8 <__udivdi3+0xec>
80001d76:	00b61733          	sll	a4,a2,a1
80001d7a:	00f356b3          	srl	a3,t1,a5
80001d7e:	01075513          	srl	a0,a4,0x10
80001d82:	00b31333          	sll	t1,t1,a1
80001d86:	00f8d7b3          	srl	a5,a7,a5
80001d8a:	0067e7b3          	or	a5,a5,t1
80001d8e:	02a6d333          	divu	t1,a3,a0
80001d92:	01071613          	sll	a2,a4,0x10
80001d96:	8241                	srl	a2,a2,0x10
80001d98:	00b89833          	sll	a6,a7,a1
80001d9c:	02a6f6b3          	remu	a3,a3,a0
80001da0:	026608b3          	mul	a7,a2,t1
80001da4:	01069593          	sll	a1,a3,0x10
80001da8:	0107d693          	srl	a3,a5,0x10
80001dac:	8ecd                	or	a3,a3,a1
80001dae:	859a                	mv	a1,t1
80001db0:	0116fc63          	bgeu	a3,a7,80001dc8 <__udivdi3+0x1dc>
80001db4:	96ba                	add	a3,a3,a4
80001db6:	fff30593          	add	a1,t1,-1
80001dba:	00e6e763          	bltu	a3,a4,80001dc8 <__udivdi3+0x1dc>
80001dbe:	0116f563          	bgeu	a3,a7,80001dc8 <__udivdi3+0x1dc>
80001dc2:	ffe30593          	add	a1,t1,-2
80001dc6:	96ba                	add	a3,a3,a4
80001dc8:	411686b3          	sub	a3,a3,a7
80001dcc:	02a6d8b3          	divu	a7,a3,a0
80001dd0:	07c2                	sll	a5,a5,0x10
80001dd2:	83c1                	srl	a5,a5,0x10
80001dd4:	02a6f6b3          	remu	a3,a3,a0
80001dd8:	03160633          	mul	a2,a2,a7
80001ddc:	06c2                	sll	a3,a3,0x10
80001dde:	8fd5                	or	a5,a5,a3
80001de0:	86c6                	mv	a3,a7
80001de2:	00c7fc63          	bgeu	a5,a2,80001dfa <__udivdi3+0x20e>
80001de6:	97ba                	add	a5,a5,a4
80001de8:	fff88693          	add	a3,a7,-1
80001dec:	00e7e763          	bltu	a5,a4,80001dfa <__udivdi3+0x20e>
80001df0:	00c7f563          	bgeu	a5,a2,80001dfa <__udivdi3+0x20e>
80001df4:	ffe88693          	add	a3,a7,-2
80001df8:	97ba                	add	a5,a5,a4
80001dfa:	05c2                	sll	a1,a1,0x10
80001dfc:	8f91                	sub	a5,a5,a2
80001dfe:	8dd5                	or	a1,a1,a3
80001e00:	bddd                	j	80001cf6 <__udivdi3+0x10a>
80001e02:	14d5e163          	bltu	a1,a3,80001f44 <__udivdi3+0x358>
80001e06:	67c1                	lui	a5,0x10
80001e08:	02f6ff63          	bgeu	a3,a5,80001e46 <__udivdi3+0x25a>
80001e0c:	1006b713          	sltiu	a4,a3,256
80001e10:	00174713          	xor	a4,a4,1
80001e14:	070e                	sll	a4,a4,0x3
80001e16:	00e6d5b3          	srl	a1,a3,a4
80001e1a:	00001797          	auipc	a5,0x1
80001e1e:	afa78793          	add	a5,a5,-1286 # 80002914 <__clz_tab>
80001e22:	97ae                	add	a5,a5,a1
80001e24:	0007c783          	lbu	a5,0(a5)
80001e28:	97ba                	add	a5,a5,a4
80001e2a:	02000713          	li	a4,32
80001e2e:	40f705b3          	sub	a1,a4,a5
80001e32:	02f71163          	bne	a4,a5,80001e54 <__udivdi3+0x268>
80001e36:	4505                	li	a0,1
80001e38:	e666eee3          	bltu	a3,t1,80001cb4 <__udivdi3+0xc8>
80001e3c:	00c8b533          	sltu	a0,a7,a2
80001e40:	00154513          	xor	a0,a0,1
80001e44:	8082                	ret
80001e46:	010007b7          	lui	a5,0x1000
80001e4a:	4741                	li	a4,16
80001e4c:	fcf6e5e3          	bltu	a3,a5,80001e16 <__udivdi3+0x22a>
80001e50:	4761                	li	a4,24
80001e52:	b7d1                	j	80001e16 <__udivdi3+0x22a>
80001e54:	00f65733          	srl	a4,a2,a5
80001e58:	00b696b3          	sll	a3,a3,a1
80001e5c:	8ed9                	or	a3,a3,a4
80001e5e:	00f35733          	srl	a4,t1,a5
80001e62:	00b31333          	sll	t1,t1,a1
80001e66:	00f8d7b3          	srl	a5,a7,a5
80001e6a:	0067e7b3          	or	a5,a5,t1
80001e6e:	0106d313          	srl	t1,a3,0x10
80001e72:	02675eb3          	divu	t4,a4,t1
80001e76:	01069813          	sll	a6,a3,0x10
80001e7a:	01085813          	srl	a6,a6,0x10
80001e7e:	00b61633          	sll	a2,a2,a1
80001e82:	02677733          	remu	a4,a4,t1
80001e86:	03d80e33          	mul	t3,a6,t4
80001e8a:	01071513          	sll	a0,a4,0x10
80001e8e:	0107d713          	srl	a4,a5,0x10
80001e92:	8f49                	or	a4,a4,a0
80001e94:	8576                	mv	a0,t4
80001e96:	01c77c63          	bgeu	a4,t3,80001eae <__udivdi3+0x2c2>
80001e9a:	9736                	add	a4,a4,a3
80001e9c:	fffe8513          	add	a0,t4,-1
80001ea0:	00d76763          	bltu	a4,a3,80001eae <__udivdi3+0x2c2>
80001ea4:	01c77563          	bgeu	a4,t3,80001eae <__udivdi3+0x2c2>
80001ea8:	ffee8513          	add	a0,t4,-2
80001eac:	9736                	add	a4,a4,a3
80001eae:	41c70733          	sub	a4,a4,t3
80001eb2:	02675e33          	divu	t3,a4,t1
80001eb6:	07c2                	sll	a5,a5,0x10
80001eb8:	83c1                	srl	a5,a5,0x10
80001eba:	02677733          	remu	a4,a4,t1
80001ebe:	03c80833          	mul	a6,a6,t3
80001ec2:	0742                	sll	a4,a4,0x10
80001ec4:	8fd9                	or	a5,a5,a4
80001ec6:	8772                	mv	a4,t3
80001ec8:	0107fc63          	bgeu	a5,a6,80001ee0 <__udivdi3+0x2f4>
80001ecc:	97b6                	add	a5,a5,a3
80001ece:	fffe0713          	add	a4,t3,-1
80001ed2:	00d7e763          	bltu	a5,a3,80001ee0 <__udivdi3+0x2f4>
80001ed6:	0107f563          	bgeu	a5,a6,80001ee0 <__udivdi3+0x2f4>
80001eda:	ffee0713          	add	a4,t3,-2
80001ede:	97b6                	add	a5,a5,a3
80001ee0:	0542                	sll	a0,a0,0x10
80001ee2:	6e41                	lui	t3,0x10
80001ee4:	8d59                	or	a0,a0,a4
80001ee6:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
80001eea:	00d57733          	and	a4,a0,a3
80001eee:	410787b3          	sub	a5,a5,a6
80001ef2:	8ef1                	and	a3,a3,a2
80001ef4:	01055813          	srl	a6,a0,0x10
80001ef8:	8241                	srl	a2,a2,0x10
80001efa:	02d70333          	mul	t1,a4,a3
80001efe:	02d806b3          	mul	a3,a6,a3
80001f02:	02c70733          	mul	a4,a4,a2
80001f06:	02c80833          	mul	a6,a6,a2
80001f0a:	00d70633          	add	a2,a4,a3
80001f0e:	01035713          	srl	a4,t1,0x10
80001f12:	9732                	add	a4,a4,a2
80001f14:	00d77363          	bgeu	a4,a3,80001f1a <__udivdi3+0x32e>
80001f18:	9872                	add	a6,a6,t3
80001f1a:	01075693          	srl	a3,a4,0x10
80001f1e:	96c2                	add	a3,a3,a6
80001f20:	02d7e063          	bltu	a5,a3,80001f40 <__udivdi3+0x354>
80001f24:	d8d797e3          	bne	a5,a3,80001cb2 <__udivdi3+0xc6>
80001f28:	67c1                	lui	a5,0x10
80001f2a:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
80001f2c:	8f7d                	and	a4,a4,a5
80001f2e:	0742                	sll	a4,a4,0x10
80001f30:	00f37333          	and	t1,t1,a5
80001f34:	00b898b3          	sll	a7,a7,a1
80001f38:	971a                	add	a4,a4,t1
80001f3a:	4581                	li	a1,0
80001f3c:	d6e8fce3          	bgeu	a7,a4,80001cb4 <__udivdi3+0xc8>
80001f40:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
80001f42:	bb85                	j	80001cb2 <__udivdi3+0xc6>
80001f44:	4581                	li	a1,0
80001f46:	4501                	li	a0,0
80001f48:	8082                	ret

80001f4a <__umoddi3>:
80001f4a:	8832                	mv	a6,a2
80001f4c:	87aa                	mv	a5,a0
80001f4e:	872e                	mv	a4,a1
80001f50:	1a069363          	bnez	a3,800020f6 <__umoddi3+0x1ac>
80001f54:	00001897          	auipc	a7,0x1
80001f58:	9c088893          	add	a7,a7,-1600 # 80002914 <__clz_tab>
80001f5c:	0ac5f663          	bgeu	a1,a2,80002008 <__umoddi3+0xbe>
80001f60:	66c1                	lui	a3,0x10
80001f62:	08d67c63          	bgeu	a2,a3,80001ffa <__umoddi3+0xb0>
80001f66:	10063693          	sltiu	a3,a2,256
80001f6a:	0016c693          	xor	a3,a3,1
80001f6e:	068e                	sll	a3,a3,0x3
80001f70:	00d65333          	srl	t1,a2,a3
80001f74:	989a                	add	a7,a7,t1
80001f76:	0008c883          	lbu	a7,0(a7)
80001f7a:	02000313          	li	t1,32
80001f7e:	96c6                	add	a3,a3,a7
80001f80:	40d308b3          	sub	a7,t1,a3
80001f84:	00d30b63          	beq	t1,a3,80001f9a <__umoddi3+0x50>
80001f88:	01159733          	sll	a4,a1,a7
80001f8c:	00d556b3          	srl	a3,a0,a3
80001f90:	01161833          	sll	a6,a2,a7
80001f94:	8f55                	or	a4,a4,a3
80001f96:	011517b3          	sll	a5,a0,a7
80001f9a:	01085613          	srl	a2,a6,0x10
80001f9e:	02c756b3          	divu	a3,a4,a2
80001fa2:	01081513          	sll	a0,a6,0x10
80001fa6:	8141                	srl	a0,a0,0x10
80001fa8:	02c77733          	remu	a4,a4,a2
80001fac:	02a686b3          	mul	a3,a3,a0
80001fb0:	01071593          	sll	a1,a4,0x10
80001fb4:	0107d713          	srl	a4,a5,0x10
80001fb8:	8f4d                	or	a4,a4,a1
80001fba:	00d77863          	bgeu	a4,a3,80001fca <__umoddi3+0x80>
80001fbe:	9742                	add	a4,a4,a6
80001fc0:	01076563          	bltu	a4,a6,80001fca <__umoddi3+0x80>
80001fc4:	00d77363          	bgeu	a4,a3,80001fca <__umoddi3+0x80>
80001fc8:	9742                	add	a4,a4,a6
80001fca:	8f15                	sub	a4,a4,a3
80001fcc:	02c756b3          	divu	a3,a4,a2
80001fd0:	02c77733          	remu	a4,a4,a2
80001fd4:	02a686b3          	mul	a3,a3,a0
80001fd8:	07c2                	sll	a5,a5,0x10
80001fda:	0742                	sll	a4,a4,0x10
80001fdc:	83c1                	srl	a5,a5,0x10
80001fde:	8fd9                	or	a5,a5,a4
80001fe0:	00d7f863          	bgeu	a5,a3,80001ff0 <__umoddi3+0xa6>
80001fe4:	97c2                	add	a5,a5,a6
80001fe6:	0107e563          	bltu	a5,a6,80001ff0 <__umoddi3+0xa6>
80001fea:	00d7f363          	bgeu	a5,a3,80001ff0 <__umoddi3+0xa6>
80001fee:	97c2                	add	a5,a5,a6
80001ff0:	8f95                	sub	a5,a5,a3
80001ff2:	0117d533          	srl	a0,a5,a7
80001ff6:	4581                	li	a1,0
80001ff8:	8082                	ret
80001ffa:	01000337          	lui	t1,0x1000
80001ffe:	46c1                	li	a3,16
80002000:	f66668e3          	bltu	a2,t1,80001f70 <__umoddi3+0x26>
80002004:	46e1                	li	a3,24
80002006:	b7ad                	j	80001f70 <__umoddi3+0x26>
80002008:	4681                	li	a3,0
8000200a:	ca09                	beqz	a2,8000201c <__umoddi3+0xd2>
8000200c:	6741                	lui	a4,0x10
8000200e:	06e67463          	bgeu	a2,a4,80002076 <__umoddi3+0x12c>
80002012:	10063693          	sltiu	a3,a2,256
80002016:	0016c693          	xor	a3,a3,1
8000201a:	068e                	sll	a3,a3,0x3
8000201c:	00d65733          	srl	a4,a2,a3
80002020:	98ba                	add	a7,a7,a4
80002022:	0008c703          	lbu	a4,0(a7)
80002026:	9736                	add	a4,a4,a3
80002028:	02000693          	li	a3,32
8000202c:	40e688b3          	sub	a7,a3,a4
80002030:	04e69a63          	bne	a3,a4,80002084 <__umoddi3+0x13a>
80002034:	40c58733          	sub	a4,a1,a2
80002038:	01085593          	srl	a1,a6,0x10
8000203c:	02b75633          	divu	a2,a4,a1
80002040:	01081513          	sll	a0,a6,0x10
80002044:	8141                	srl	a0,a0,0x10
80002046:	0107d693          	srl	a3,a5,0x10
8000204a:	02b77733          	remu	a4,a4,a1
8000204e:	02a60633          	mul	a2,a2,a0
80002052:	0742                	sll	a4,a4,0x10
80002054:	8f55                	or	a4,a4,a3
80002056:	00c77863          	bgeu	a4,a2,80002066 <__umoddi3+0x11c>
8000205a:	9742                	add	a4,a4,a6
8000205c:	01076563          	bltu	a4,a6,80002066 <__umoddi3+0x11c>
80002060:	00c77363          	bgeu	a4,a2,80002066 <__umoddi3+0x11c>
80002064:	9742                	add	a4,a4,a6
80002066:	8f11                	sub	a4,a4,a2
80002068:	02b756b3          	divu	a3,a4,a1
8000206c:	02b77733          	remu	a4,a4,a1
80002070:	02a686b3          	mul	a3,a3,a0
80002074:	b795                	j	80001fd8 <__umoddi3+0x8e>
80002076:	01000737          	lui	a4,0x1000
8000207a:	46c1                	li	a3,16
8000207c:	fae660e3          	bltu	a2,a4,8000201c <__umoddi3+0xd2>
80002080:	46e1                	li	a3,24
80002082:	bf69                	j	8000201c <__umoddi3+0xd2>
80002084:	01161833          	sll	a6,a2,a7
80002088:	00e5d6b3          	srl	a3,a1,a4
8000208c:	011517b3          	sll	a5,a0,a7
80002090:	011595b3          	sll	a1,a1,a7
80002094:	00e55733          	srl	a4,a0,a4
80002098:	01085513          	srl	a0,a6,0x10
8000209c:	8f4d                	or	a4,a4,a1
8000209e:	02a6d5b3          	divu	a1,a3,a0
800020a2:	01081313          	sll	t1,a6,0x10
800020a6:	01035313          	srl	t1,t1,0x10
800020aa:	02a6f6b3          	remu	a3,a3,a0
800020ae:	026585b3          	mul	a1,a1,t1
800020b2:	01069613          	sll	a2,a3,0x10
800020b6:	01075693          	srl	a3,a4,0x10
800020ba:	8ed1                	or	a3,a3,a2
800020bc:	00b6f863          	bgeu	a3,a1,800020cc <__umoddi3+0x182>
800020c0:	96c2                	add	a3,a3,a6
800020c2:	0106e563          	bltu	a3,a6,800020cc <__umoddi3+0x182>
800020c6:	00b6f363          	bgeu	a3,a1,800020cc <__umoddi3+0x182>
800020ca:	96c2                	add	a3,a3,a6
800020cc:	8e8d                	sub	a3,a3,a1
800020ce:	02a6d633          	divu	a2,a3,a0
800020d2:	0742                	sll	a4,a4,0x10
800020d4:	8341                	srl	a4,a4,0x10
800020d6:	02a6f6b3          	remu	a3,a3,a0
800020da:	02660633          	mul	a2,a2,t1
800020de:	06c2                	sll	a3,a3,0x10
800020e0:	8f55                	or	a4,a4,a3
800020e2:	00c77863          	bgeu	a4,a2,800020f2 <__umoddi3+0x1a8>
800020e6:	9742                	add	a4,a4,a6
800020e8:	01076563          	bltu	a4,a6,800020f2 <__umoddi3+0x1a8>
800020ec:	00c77363          	bgeu	a4,a2,800020f2 <__umoddi3+0x1a8>
800020f0:	9742                	add	a4,a4,a6
800020f2:	8f11                	sub	a4,a4,a2
800020f4:	b791                	j	80002038 <__umoddi3+0xee>
800020f6:	16d5ed63          	bltu	a1,a3,80002270 <__umoddi3+0x326>
800020fa:	6841                	lui	a6,0x10
800020fc:	0506f763          	bgeu	a3,a6,8000214a <__umoddi3+0x200>
80002100:	1006b813          	sltiu	a6,a3,256
80002104:	00184813          	xor	a6,a6,1
80002108:	080e                	sll	a6,a6,0x3
8000210a:	0106d333          	srl	t1,a3,a6
8000210e:	00001897          	auipc	a7,0x1
80002112:	80688893          	add	a7,a7,-2042 # 80002914 <__clz_tab>
80002116:	989a                	add	a7,a7,t1
80002118:	0008c883          	lbu	a7,0(a7)
8000211c:	02000313          	li	t1,32
80002120:	98c2                	add	a7,a7,a6
80002122:	41130833          	sub	a6,t1,a7
80002126:	03131963          	bne	t1,a7,80002158 <__umoddi3+0x20e>
8000212a:	00b6e463          	bltu	a3,a1,80002132 <__umoddi3+0x1e8>
8000212e:	00c56b63          	bltu	a0,a2,80002144 <__umoddi3+0x1fa>
80002132:	40c50633          	sub	a2,a0,a2
80002136:	40d586b3          	sub	a3,a1,a3
8000213a:	00c53733          	sltu	a4,a0,a2
8000213e:	87b2                	mv	a5,a2
80002140:	40e68733          	sub	a4,a3,a4
80002144:	853e                	mv	a0,a5
80002146:	85ba                	mv	a1,a4
80002148:	8082                	ret
8000214a:	010008b7          	lui	a7,0x1000
8000214e:	4841                	li	a6,16
80002150:	fb16ede3          	bltu	a3,a7,8000210a <__umoddi3+0x1c0>
80002154:	4861                	li	a6,24
80002156:	bf55                	j	8000210a <__umoddi3+0x1c0>
80002158:	011657b3          	srl	a5,a2,a7
8000215c:	010696b3          	sll	a3,a3,a6
80002160:	8edd                	or	a3,a3,a5
80002162:	0115d733          	srl	a4,a1,a7
80002166:	0106de13          	srl	t3,a3,0x10
8000216a:	03c75f33          	divu	t5,a4,t3
8000216e:	01069313          	sll	t1,a3,0x10
80002172:	01035313          	srl	t1,t1,0x10
80002176:	010597b3          	sll	a5,a1,a6
8000217a:	011555b3          	srl	a1,a0,a7
8000217e:	8ddd                	or	a1,a1,a5
80002180:	0105d793          	srl	a5,a1,0x10
80002184:	01061633          	sll	a2,a2,a6
80002188:	01051533          	sll	a0,a0,a6
8000218c:	03c77733          	remu	a4,a4,t3
80002190:	03e30eb3          	mul	t4,t1,t5
80002194:	0742                	sll	a4,a4,0x10
80002196:	8fd9                	or	a5,a5,a4
80002198:	877a                	mv	a4,t5
8000219a:	01d7fc63          	bgeu	a5,t4,800021b2 <__umoddi3+0x268>
8000219e:	97b6                	add	a5,a5,a3
800021a0:	ffff0713          	add	a4,t5,-1
800021a4:	00d7e763          	bltu	a5,a3,800021b2 <__umoddi3+0x268>
800021a8:	01d7f563          	bgeu	a5,t4,800021b2 <__umoddi3+0x268>
800021ac:	ffef0713          	add	a4,t5,-2
800021b0:	97b6                	add	a5,a5,a3
800021b2:	41d787b3          	sub	a5,a5,t4
800021b6:	03c7deb3          	divu	t4,a5,t3
800021ba:	05c2                	sll	a1,a1,0x10
800021bc:	81c1                	srl	a1,a1,0x10
800021be:	03c7f7b3          	remu	a5,a5,t3
800021c2:	8e76                	mv	t3,t4
800021c4:	03d30333          	mul	t1,t1,t4
800021c8:	07c2                	sll	a5,a5,0x10
800021ca:	8ddd                	or	a1,a1,a5
800021cc:	0065fc63          	bgeu	a1,t1,800021e4 <__umoddi3+0x29a>
800021d0:	95b6                	add	a1,a1,a3
800021d2:	fffe8e13          	add	t3,t4,-1
800021d6:	00d5e763          	bltu	a1,a3,800021e4 <__umoddi3+0x29a>
800021da:	0065f563          	bgeu	a1,t1,800021e4 <__umoddi3+0x29a>
800021de:	ffee8e13          	add	t3,t4,-2
800021e2:	95b6                	add	a1,a1,a3
800021e4:	01071793          	sll	a5,a4,0x10
800021e8:	6f41                	lui	t5,0x10
800021ea:	01c7e7b3          	or	a5,a5,t3
800021ee:	406585b3          	sub	a1,a1,t1
800021f2:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
800021f6:	0067f733          	and	a4,a5,t1
800021fa:	01065e13          	srl	t3,a2,0x10
800021fe:	83c1                	srl	a5,a5,0x10
80002200:	00667333          	and	t1,a2,t1
80002204:	02670eb3          	mul	t4,a4,t1
80002208:	02678333          	mul	t1,a5,t1
8000220c:	03c70733          	mul	a4,a4,t3
80002210:	03c787b3          	mul	a5,a5,t3
80002214:	00670e33          	add	t3,a4,t1
80002218:	010ed713          	srl	a4,t4,0x10
8000221c:	9772                	add	a4,a4,t3
8000221e:	00677363          	bgeu	a4,t1,80002224 <__umoddi3+0x2da>
80002222:	97fa                	add	a5,a5,t5
80002224:	01075313          	srl	t1,a4,0x10
80002228:	979a                	add	a5,a5,t1
8000222a:	6341                	lui	t1,0x10
8000222c:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
8000222e:	00677733          	and	a4,a4,t1
80002232:	0742                	sll	a4,a4,0x10
80002234:	006efeb3          	and	t4,t4,t1
80002238:	9776                	add	a4,a4,t4
8000223a:	00f5e663          	bltu	a1,a5,80002246 <__umoddi3+0x2fc>
8000223e:	00f59b63          	bne	a1,a5,80002254 <__umoddi3+0x30a>
80002242:	00e57963          	bgeu	a0,a4,80002254 <__umoddi3+0x30a>
80002246:	40c70633          	sub	a2,a4,a2
8000224a:	00c73333          	sltu	t1,a4,a2
8000224e:	969a                	add	a3,a3,t1
80002250:	8732                	mv	a4,a2
80002252:	8f95                	sub	a5,a5,a3
80002254:	40e50733          	sub	a4,a0,a4
80002258:	00e53533          	sltu	a0,a0,a4
8000225c:	8d9d                	sub	a1,a1,a5
8000225e:	8d89                	sub	a1,a1,a0
80002260:	011598b3          	sll	a7,a1,a7
80002264:	01075733          	srl	a4,a4,a6
80002268:	00e8e533          	or	a0,a7,a4
8000226c:	0105d5b3          	srl	a1,a1,a6
80002270:	8082                	ret

80002272 <__riscv_save_12>:
80002272:	7139                	add	sp,sp,-64
80002274:	4301                	li	t1,0
80002276:	c66e                	sw	s11,12(sp)
80002278:	a019                	j	8000227e <__riscv_save_10+0x4>

8000227a <__riscv_save_10>:
8000227a:	7139                	add	sp,sp,-64
8000227c:	5341                	li	t1,-16
8000227e:	c86a                	sw	s10,16(sp)
80002280:	ca66                	sw	s9,20(sp)
80002282:	cc62                	sw	s8,24(sp)
80002284:	ce5e                	sw	s7,28(sp)
80002286:	a019                	j	8000228c <__riscv_save_4+0x4>

80002288 <__riscv_save_4>:
80002288:	7139                	add	sp,sp,-64
8000228a:	5301                	li	t1,-32
8000228c:	d05a                	sw	s6,32(sp)
8000228e:	d256                	sw	s5,36(sp)
80002290:	d452                	sw	s4,40(sp)
80002292:	d64e                	sw	s3,44(sp)
80002294:	d84a                	sw	s2,48(sp)
80002296:	da26                	sw	s1,52(sp)
80002298:	dc22                	sw	s0,56(sp)
8000229a:	de06                	sw	ra,60(sp)
8000229c:	40610133          	sub	sp,sp,t1
800022a0:	8282                	jr	t0

800022a2 <__riscv_save_0>:
800022a2:	1141                	add	sp,sp,-16
800022a4:	c04a                	sw	s2,0(sp)
800022a6:	c226                	sw	s1,4(sp)
800022a8:	c422                	sw	s0,8(sp)
800022aa:	c606                	sw	ra,12(sp)
800022ac:	8282                	jr	t0

800022ae <__riscv_restore_12>:
800022ae:	4db2                	lw	s11,12(sp)
800022b0:	0141                	add	sp,sp,16

800022b2 <__riscv_restore_10>:
800022b2:	4d02                	lw	s10,0(sp)
800022b4:	4c92                	lw	s9,4(sp)
800022b6:	4c22                	lw	s8,8(sp)
800022b8:	4bb2                	lw	s7,12(sp)
800022ba:	0141                	add	sp,sp,16

800022bc <__riscv_restore_4>:
800022bc:	4b02                	lw	s6,0(sp)
800022be:	4a92                	lw	s5,4(sp)
800022c0:	4a22                	lw	s4,8(sp)
800022c2:	49b2                	lw	s3,12(sp)
800022c4:	0141                	add	sp,sp,16

800022c6 <__riscv_restore_0>:
800022c6:	4902                	lw	s2,0(sp)
800022c8:	4492                	lw	s1,4(sp)
800022ca:	4422                	lw	s0,8(sp)
800022cc:	40b2                	lw	ra,12(sp)
800022ce:	0141                	add	sp,sp,16
800022d0:	8082                	ret
