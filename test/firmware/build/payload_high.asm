
build/payload_high.elf:     file format elf32-littleriscv


Disassembly of section .text:

80800000 <_start>:
80800000:	00006117          	auipc	sp,0x6
80800004:	7d010113          	add	sp,sp,2000 # 808067d0 <reboot_marker>
80800008:	00001297          	auipc	t0,0x1
8080000c:	39828293          	add	t0,t0,920 # 808013a0 <user_ecalls>
80800010:	00002317          	auipc	t1,0x2
80800014:	7c030313          	add	t1,t1,1984 # 808027d0 <__bss_end>
80800018:	0062f663          	bgeu	t0,t1,80800024 <_start+0x24>
8080001c:	0002a023          	sw	zero,0(t0)
80800020:	0291                	add	t0,t0,4
80800022:	bfdd                	j	80800018 <_start+0x18>
80800024:	00000297          	auipc	t0,0x0
80800028:	01c28293          	add	t0,t0,28 # 80800040 <s_trap_entry>
8080002c:	10529073          	csrw	stvec,t0
80800030:	00002297          	auipc	t0,0x2
80800034:	3a028293          	add	t0,t0,928 # 808023d0 <user_stack>
80800038:	14029073          	csrw	sscratch,t0
8080003c:	2b79                	jal	808005da <payload_main>
	...

80800040 <s_trap_entry>:
80800040:	14011173          	csrrw	sp,sscratch,sp
80800044:	7119                	add	sp,sp,-128
80800046:	c206                	sw	ra,4(sp)
80800048:	c60e                	sw	gp,12(sp)
8080004a:	c812                	sw	tp,16(sp)
8080004c:	ca16                	sw	t0,20(sp)
8080004e:	cc1a                	sw	t1,24(sp)
80800050:	ce1e                	sw	t2,28(sp)
80800052:	d022                	sw	s0,32(sp)
80800054:	d226                	sw	s1,36(sp)
80800056:	d42a                	sw	a0,40(sp)
80800058:	d62e                	sw	a1,44(sp)
8080005a:	d832                	sw	a2,48(sp)
8080005c:	da36                	sw	a3,52(sp)
8080005e:	dc3a                	sw	a4,56(sp)
80800060:	de3e                	sw	a5,60(sp)
80800062:	c0c2                	sw	a6,64(sp)
80800064:	c2c6                	sw	a7,68(sp)
80800066:	c4ca                	sw	s2,72(sp)
80800068:	c6ce                	sw	s3,76(sp)
8080006a:	c8d2                	sw	s4,80(sp)
8080006c:	cad6                	sw	s5,84(sp)
8080006e:	ccda                	sw	s6,88(sp)
80800070:	cede                	sw	s7,92(sp)
80800072:	d0e2                	sw	s8,96(sp)
80800074:	d2e6                	sw	s9,100(sp)
80800076:	d4ea                	sw	s10,104(sp)
80800078:	d6ee                	sw	s11,108(sp)
8080007a:	d8f2                	sw	t3,112(sp)
8080007c:	daf6                	sw	t4,116(sp)
8080007e:	dcfa                	sw	t5,120(sp)
80800080:	defe                	sw	t6,124(sp)
80800082:	140022f3          	csrr	t0,sscratch
80800086:	c416                	sw	t0,8(sp)
80800088:	08010293          	add	t0,sp,128
8080008c:	14029073          	csrw	sscratch,t0
80800090:	850a                	mv	a0,sp
80800092:	2ee5                	jal	8080048a <s_trap>
80800094:	4092                	lw	ra,4(sp)
80800096:	41b2                	lw	gp,12(sp)
80800098:	4242                	lw	tp,16(sp)
8080009a:	42d2                	lw	t0,20(sp)
8080009c:	4362                	lw	t1,24(sp)
8080009e:	43f2                	lw	t2,28(sp)
808000a0:	5402                	lw	s0,32(sp)
808000a2:	5492                	lw	s1,36(sp)
808000a4:	5522                	lw	a0,40(sp)
808000a6:	55b2                	lw	a1,44(sp)
808000a8:	5642                	lw	a2,48(sp)
808000aa:	56d2                	lw	a3,52(sp)
808000ac:	5762                	lw	a4,56(sp)
808000ae:	57f2                	lw	a5,60(sp)
808000b0:	4806                	lw	a6,64(sp)
808000b2:	4896                	lw	a7,68(sp)
808000b4:	4926                	lw	s2,72(sp)
808000b6:	49b6                	lw	s3,76(sp)
808000b8:	4a46                	lw	s4,80(sp)
808000ba:	4ad6                	lw	s5,84(sp)
808000bc:	4b66                	lw	s6,88(sp)
808000be:	4bf6                	lw	s7,92(sp)
808000c0:	5c06                	lw	s8,96(sp)
808000c2:	5c96                	lw	s9,100(sp)
808000c4:	5d26                	lw	s10,104(sp)
808000c6:	5db6                	lw	s11,108(sp)
808000c8:	5e46                	lw	t3,112(sp)
808000ca:	5ed6                	lw	t4,116(sp)
808000cc:	5f66                	lw	t5,120(sp)
808000ce:	5ff6                	lw	t6,124(sp)
808000d0:	4122                	lw	sp,8(sp)
808000d2:	10200073          	sret
	...

808000d8 <enter_user>:
808000d8:	7139                	add	sp,sp,-64
808000da:	c006                	sw	ra,0(sp)
808000dc:	c222                	sw	s0,4(sp)
808000de:	c426                	sw	s1,8(sp)
808000e0:	c64a                	sw	s2,12(sp)
808000e2:	c84e                	sw	s3,16(sp)
808000e4:	ca52                	sw	s4,20(sp)
808000e6:	cc56                	sw	s5,24(sp)
808000e8:	ce5a                	sw	s6,28(sp)
808000ea:	d05e                	sw	s7,32(sp)
808000ec:	d262                	sw	s8,36(sp)
808000ee:	d466                	sw	s9,40(sp)
808000f0:	d66a                	sw	s10,44(sp)
808000f2:	d86e                	sw	s11,48(sp)
808000f4:	00001297          	auipc	t0,0x1
808000f8:	2cc28293          	add	t0,t0,716 # 808013c0 <user_saved_sp>
808000fc:	0022a023          	sw	sp,0(t0)
80800100:	14151073          	csrw	sepc,a0
80800104:	10000293          	li	t0,256
80800108:	1002b073          	csrc	sstatus,t0
8080010c:	812e                	mv	sp,a1
8080010e:	10200073          	sret

80800112 <user_return>:
80800112:	00001297          	auipc	t0,0x1
80800116:	2ae28293          	add	t0,t0,686 # 808013c0 <user_saved_sp>
8080011a:	0002a103          	lw	sp,0(t0)
8080011e:	4082                	lw	ra,0(sp)
80800120:	4412                	lw	s0,4(sp)
80800122:	44a2                	lw	s1,8(sp)
80800124:	4932                	lw	s2,12(sp)
80800126:	49c2                	lw	s3,16(sp)
80800128:	4a52                	lw	s4,20(sp)
8080012a:	4ae2                	lw	s5,24(sp)
8080012c:	4b72                	lw	s6,28(sp)
8080012e:	5b82                	lw	s7,32(sp)
80800130:	5c12                	lw	s8,36(sp)
80800132:	5ca2                	lw	s9,40(sp)
80800134:	5d32                	lw	s10,44(sp)
80800136:	5dc2                	lw	s11,48(sp)
80800138:	6121                	add	sp,sp,64
8080013a:	8082                	ret

8080013c <print>:
8080013c:	00054783          	lbu	a5,0(a0)
80800140:	85aa                	mv	a1,a0
80800142:	4501                	li	a0,0
80800144:	c799                	beqz	a5,80800152 <print+0x16>
80800146:	0505                	add	a0,a0,1
80800148:	00a587b3          	add	a5,a1,a0
8080014c:	0007c783          	lbu	a5,0(a5)
80800150:	fbfd                	bnez	a5,80800146 <print+0xa>
80800152:	444248b7          	lui	a7,0x44424
80800156:	4601                	li	a2,0
80800158:	4801                	li	a6,0
8080015a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8080015e:	00000073          	ecall
80800162:	8082                	ret

80800164 <shutdown>:
80800164:	1141                	add	sp,sp,-16
80800166:	535258b7          	lui	a7,0x53525
8080016a:	85aa                	mv	a1,a0
8080016c:	c606                	sw	ra,12(sp)
8080016e:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80800172:	4501                	li	a0,0
80800174:	4601                	li	a2,0
80800176:	4801                	li	a6,0
80800178:	00000073          	ecall
8080017c:	80801537          	lui	a0,0x80801
80800180:	ec850513          	add	a0,a0,-312 # 80800ec8 <payload_main+0x8ee>
80800184:	3f65                	jal	8080013c <print>
80800186:	000237b7          	lui	a5,0x23
8080018a:	00100737          	lui	a4,0x100
8080018e:	33378793          	add	a5,a5,819 # 23333 <__stack_size+0x1f333>
80800192:	c31c                	sw	a5,0(a4)
80800194:	a001                	j	80800194 <shutdown+0x30>

80800196 <user_main>:
80800196:	55534537          	lui	a0,0x55534
8080019a:	55250513          	add	a0,a0,1362 # 55534552 <__stack_size+0x55530552>
8080019e:	4801                	li	a6,0
808001a0:	48c1                	li	a7,16
808001a2:	00000073          	ecall
808001a6:	00000073          	ecall
808001aa:	bfe5                	j	808001a2 <user_main+0xc>

808001ac <print_hex>:
808001ac:	808017b7          	lui	a5,0x80801
808001b0:	ee478593          	add	a1,a5,-284 # 80800ee4 <payload_main+0x90a>
808001b4:	832a                	mv	t1,a0
808001b6:	ee478793          	add	a5,a5,-284
808001ba:	0017c703          	lbu	a4,1(a5)
808001be:	86be                	mv	a3,a5
808001c0:	0785                	add	a5,a5,1
808001c2:	ff65                	bnez	a4,808001ba <print_hex+0xe>
808001c4:	8e8d                	sub	a3,a3,a1
808001c6:	444248b7          	lui	a7,0x44424
808001ca:	00168513          	add	a0,a3,1
808001ce:	4601                	li	a2,0
808001d0:	4801                	li	a6,0
808001d2:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
808001d6:	00000073          	ecall
808001da:	808016b7          	lui	a3,0x80801
808001de:	4771                	li	a4,28
808001e0:	ee868693          	add	a3,a3,-280 # 80800ee8 <payload_main+0x90e>
808001e4:	5e71                	li	t3,-4
808001e6:	00e357b3          	srl	a5,t1,a4
808001ea:	8bbd                	and	a5,a5,15
808001ec:	97b6                	add	a5,a5,a3
808001ee:	0007c503          	lbu	a0,0(a5)
808001f2:	4581                	li	a1,0
808001f4:	4601                	li	a2,0
808001f6:	4809                	li	a6,2
808001f8:	00000073          	ecall
808001fc:	1771                	add	a4,a4,-4 # ffffc <__stack_size+0xfbffc>
808001fe:	ffc714e3          	bne	a4,t3,808001e6 <print_hex+0x3a>
80800202:	8082                	ret

80800204 <check.part.0>:
80800204:	808017b7          	lui	a5,0x80801
80800208:	832e                	mv	t1,a1
8080020a:	86aa                	mv	a3,a0
8080020c:	efc78593          	add	a1,a5,-260 # 80800efc <payload_main+0x922>
80800210:	efc78793          	add	a5,a5,-260
80800214:	0017c703          	lbu	a4,1(a5)
80800218:	853e                	mv	a0,a5
8080021a:	0785                	add	a5,a5,1
8080021c:	ff65                	bnez	a4,80800214 <check.part.0+0x10>
8080021e:	8d0d                	sub	a0,a0,a1
80800220:	444248b7          	lui	a7,0x44424
80800224:	0505                	add	a0,a0,1
80800226:	4601                	li	a2,0
80800228:	4801                	li	a6,0
8080022a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8080022e:	00000073          	ecall
80800232:	0006c783          	lbu	a5,0(a3)
80800236:	4501                	li	a0,0
80800238:	c799                	beqz	a5,80800246 <check.part.0+0x42>
8080023a:	0505                	add	a0,a0,1
8080023c:	00a687b3          	add	a5,a3,a0
80800240:	0007c783          	lbu	a5,0(a5)
80800244:	fbfd                	bnez	a5,8080023a <check.part.0+0x36>
80800246:	444248b7          	lui	a7,0x44424
8080024a:	85b6                	mv	a1,a3
8080024c:	4601                	li	a2,0
8080024e:	4801                	li	a6,0
80800250:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80800254:	00000073          	ecall
80800258:	808015b7          	lui	a1,0x80801
8080025c:	4505                	li	a0,1
8080025e:	f0458593          	add	a1,a1,-252 # 80800f04 <payload_main+0x92a>
80800262:	00000073          	ecall
80800266:	808017b7          	lui	a5,0x80801
8080026a:	ee478593          	add	a1,a5,-284 # 80800ee4 <payload_main+0x90a>
8080026e:	ee478793          	add	a5,a5,-284
80800272:	0017c703          	lbu	a4,1(a5)
80800276:	853e                	mv	a0,a5
80800278:	0785                	add	a5,a5,1
8080027a:	ff65                	bnez	a4,80800272 <check.part.0+0x6e>
8080027c:	8d0d                	sub	a0,a0,a1
8080027e:	444248b7          	lui	a7,0x44424
80800282:	0505                	add	a0,a0,1
80800284:	4601                	li	a2,0
80800286:	4801                	li	a6,0
80800288:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8080028c:	00000073          	ecall
80800290:	808016b7          	lui	a3,0x80801
80800294:	4771                	li	a4,28
80800296:	ee868693          	add	a3,a3,-280 # 80800ee8 <payload_main+0x90e>
8080029a:	5e71                	li	t3,-4
8080029c:	00e357b3          	srl	a5,t1,a4
808002a0:	8bbd                	and	a5,a5,15
808002a2:	97b6                	add	a5,a5,a3
808002a4:	0007c503          	lbu	a0,0(a5)
808002a8:	4581                	li	a1,0
808002aa:	4601                	li	a2,0
808002ac:	4809                	li	a6,2
808002ae:	00000073          	ecall
808002b2:	1771                	add	a4,a4,-4
808002b4:	ffc714e3          	bne	a4,t3,8080029c <check.part.0+0x98>
808002b8:	808015b7          	lui	a1,0x80801
808002bc:	4505                	li	a0,1
808002be:	34458593          	add	a1,a1,836 # 80801344 <payload_main+0xd6a>
808002c2:	4801                	li	a6,0
808002c4:	00000073          	ecall
808002c8:	80801737          	lui	a4,0x80801
808002cc:	3bc72783          	lw	a5,956(a4) # 808013bc <failures>
808002d0:	0785                	add	a5,a5,1
808002d2:	3af72e23          	sw	a5,956(a4)
808002d6:	8082                	ret

808002d8 <base_call>:
808002d8:	1141                	add	sp,sp,-16
808002da:	882a                	mv	a6,a0
808002dc:	c606                	sw	ra,12(sp)
808002de:	852e                	mv	a0,a1
808002e0:	c422                	sw	s0,8(sp)
808002e2:	4581                	li	a1,0
808002e4:	4601                	li	a2,0
808002e6:	48c1                	li	a7,16
808002e8:	00000073          	ecall
808002ec:	842e                	mv	s0,a1
808002ee:	e511                	bnez	a0,808002fa <base_call+0x22>
808002f0:	40b2                	lw	ra,12(sp)
808002f2:	8522                	mv	a0,s0
808002f4:	4422                	lw	s0,8(sp)
808002f6:	0141                	add	sp,sp,16
808002f8:	8082                	ret
808002fa:	80801537          	lui	a0,0x80801
808002fe:	f0850513          	add	a0,a0,-248 # 80800f08 <payload_main+0x92e>
80800302:	85c2                	mv	a1,a6
80800304:	3701                	jal	80800204 <check.part.0>
80800306:	40b2                	lw	ra,12(sp)
80800308:	8522                	mv	a0,s0
8080030a:	4422                	lw	s0,8(sp)
8080030c:	0141                	add	sp,sp,16
8080030e:	8082                	ret

80800310 <check_timer>:
80800310:	7179                	add	sp,sp,-48
80800312:	ce4e                	sw	s3,28(sp)
80800314:	808019b7          	lui	s3,0x80801
80800318:	cc52                	sw	s4,24(sp)
8080031a:	3bc9aa03          	lw	s4,956(s3) # 808013bc <failures>
8080031e:	d04a                	sw	s2,32(sp)
80800320:	d606                	sw	ra,44(sp)
80800322:	d422                	sw	s0,40(sp)
80800324:	d226                	sw	s1,36(sp)
80800326:	ca56                	sw	s5,20(sp)
80800328:	c85a                	sw	s6,16(sp)
8080032a:	c65e                	sw	s7,12(sp)
8080032c:	892e                	mv	s2,a1
8080032e:	c81024f3          	rdtimeh	s1
80800332:	c0102473          	rdtime	s0
80800336:	c81027f3          	rdtimeh	a5
8080033a:	fef49ae3          	bne	s1,a5,8080032e <check_timer+0x1e>
8080033e:	6b61                	lui	s6,0x18
80800340:	6a0b0b13          	add	s6,s6,1696 # 186a0 <__stack_size+0x146a0>
80800344:	9b22                	add	s6,s6,s0
80800346:	008b3bb3          	sltu	s7,s6,s0
8080034a:	80801ab7          	lui	s5,0x80801
8080034e:	9ba6                	add	s7,s7,s1
80800350:	3a0aac23          	sw	zero,952(s5) # 808013b8 <timer_irqs>
80800354:	02000793          	li	a5,32
80800358:	1047a073          	csrs	sie,a5
8080035c:	cd55                	beqz	a0,80800418 <check_timer+0x108>
8080035e:	855a                	mv	a0,s6
80800360:	85de                	mv	a1,s7
80800362:	4601                	li	a2,0
80800364:	4801                	li	a6,0
80800366:	4881                	li	a7,0
80800368:	00000073          	ecall
8080036c:	e169                	bnez	a0,8080042e <check_timer+0x11e>
8080036e:	144027f3          	csrr	a5,sip
80800372:	144025f3          	csrr	a1,sip
80800376:	0207f793          	and	a5,a5,32
8080037a:	e3e5                	bnez	a5,8080045a <check_timer+0x14a>
8080037c:	4789                	li	a5,2
8080037e:	1007a073          	csrs	sstatus,a5
80800382:	009a25b7          	lui	a1,0x9a2
80800386:	d2058593          	add	a1,a1,-736 # 9a1d20 <__stack_size+0x99dd20>
8080038a:	95a2                	add	a1,a1,s0
8080038c:	0085b633          	sltu	a2,a1,s0
80800390:	9626                	add	a2,a2,s1
80800392:	3b8aa783          	lw	a5,952(s5)
80800396:	ef99                	bnez	a5,808003b4 <check_timer+0xa4>
80800398:	c81027f3          	rdtimeh	a5
8080039c:	c01026f3          	rdtime	a3
808003a0:	c8102773          	rdtimeh	a4
808003a4:	fee79ae3          	bne	a5,a4,80800398 <check_timer+0x88>
808003a8:	fec7e5e3          	bltu	a5,a2,80800392 <check_timer+0x82>
808003ac:	00f61463          	bne	a2,a5,808003b4 <check_timer+0xa4>
808003b0:	feb6e1e3          	bltu	a3,a1,80800392 <check_timer+0x82>
808003b4:	4789                	li	a5,2
808003b6:	1007b073          	csrc	sstatus,a5
808003ba:	3b8aa703          	lw	a4,952(s5)
808003be:	3b8aa583          	lw	a1,952(s5)
808003c2:	4785                	li	a5,1
808003c4:	08f71563          	bne	a4,a5,8080044e <check_timer+0x13e>
808003c8:	808017b7          	lui	a5,0x80801
808003cc:	3b07a603          	lw	a2,944(a5) # 808013b0 <timer_irq_time>
808003d0:	3b47a683          	lw	a3,948(a5)
808003d4:	3b07a503          	lw	a0,944(a5)
808003d8:	3b47a583          	lw	a1,948(a5)
808003dc:	0776e263          	bltu	a3,s7,80800440 <check_timer+0x130>
808003e0:	04db8e63          	beq	s7,a3,8080043c <check_timer+0x12c>
808003e4:	144027f3          	csrr	a5,sip
808003e8:	144025f3          	csrr	a1,sip
808003ec:	0207f793          	and	a5,a5,32
808003f0:	ebbd                	bnez	a5,80800466 <check_timer+0x156>
808003f2:	02000793          	li	a5,32
808003f6:	1047b073          	csrc	sie,a5
808003fa:	3bc9a783          	lw	a5,956(s3)
808003fe:	06fa0a63          	beq	s4,a5,80800472 <check_timer+0x162>
80800402:	50b2                	lw	ra,44(sp)
80800404:	5422                	lw	s0,40(sp)
80800406:	5492                	lw	s1,36(sp)
80800408:	5902                	lw	s2,32(sp)
8080040a:	49f2                	lw	s3,28(sp)
8080040c:	4a62                	lw	s4,24(sp)
8080040e:	4ad2                	lw	s5,20(sp)
80800410:	4b42                	lw	s6,16(sp)
80800412:	4bb2                	lw	s7,12(sp)
80800414:	6145                	add	sp,sp,48
80800416:	8082                	ret
80800418:	544958b7          	lui	a7,0x54495
8080041c:	855a                	mv	a0,s6
8080041e:	85de                	mv	a1,s7
80800420:	4601                	li	a2,0
80800422:	4801                	li	a6,0
80800424:	d4588893          	add	a7,a7,-699 # 54494d45 <__stack_size+0x54490d45>
80800428:	00000073          	ecall
8080042c:	d129                	beqz	a0,8080036e <check_timer+0x5e>
8080042e:	85aa                	mv	a1,a0
80800430:	80801537          	lui	a0,0x80801
80800434:	f1850513          	add	a0,a0,-232 # 80800f18 <payload_main+0x93e>
80800438:	33f1                	jal	80800204 <check.part.0>
8080043a:	bf15                	j	8080036e <check_timer+0x5e>
8080043c:	fb6674e3          	bgeu	a2,s6,808003e4 <check_timer+0xd4>
80800440:	85aa                	mv	a1,a0
80800442:	80801537          	lui	a0,0x80801
80800446:	f5450513          	add	a0,a0,-172 # 80800f54 <payload_main+0x97a>
8080044a:	3b6d                	jal	80800204 <check.part.0>
8080044c:	bf61                	j	808003e4 <check_timer+0xd4>
8080044e:	80801537          	lui	a0,0x80801
80800452:	f4050513          	add	a0,a0,-192 # 80800f40 <payload_main+0x966>
80800456:	337d                	jal	80800204 <check.part.0>
80800458:	bf85                	j	808003c8 <check_timer+0xb8>
8080045a:	80801537          	lui	a0,0x80801
8080045e:	f2450513          	add	a0,a0,-220 # 80800f24 <payload_main+0x94a>
80800462:	334d                	jal	80800204 <check.part.0>
80800464:	bf21                	j	8080037c <check_timer+0x6c>
80800466:	80801537          	lui	a0,0x80801
8080046a:	f7850513          	add	a0,a0,-136 # 80800f78 <payload_main+0x99e>
8080046e:	3b59                	jal	80800204 <check.part.0>
80800470:	b749                	j	808003f2 <check_timer+0xe2>
80800472:	5422                	lw	s0,40(sp)
80800474:	50b2                	lw	ra,44(sp)
80800476:	5492                	lw	s1,36(sp)
80800478:	49f2                	lw	s3,28(sp)
8080047a:	4a62                	lw	s4,24(sp)
8080047c:	4ad2                	lw	s5,20(sp)
8080047e:	4b42                	lw	s6,16(sp)
80800480:	4bb2                	lw	s7,12(sp)
80800482:	854a                	mv	a0,s2
80800484:	5902                	lw	s2,32(sp)
80800486:	6145                	add	sp,sp,48
80800488:	b955                	j	8080013c <print>

8080048a <s_trap>:
8080048a:	1141                	add	sp,sp,-16
8080048c:	c606                	sw	ra,12(sp)
8080048e:	c422                	sw	s0,8(sp)
80800490:	c226                	sw	s1,4(sp)
80800492:	14202473          	csrr	s0,scause
80800496:	141024f3          	csrr	s1,sepc
8080049a:	800007b7          	lui	a5,0x80000
8080049e:	0795                	add	a5,a5,5 # 80000005 <__stack_size+0x7fffc005>
808004a0:	04f40a63          	beq	s0,a5,808004f4 <s_trap+0x6a>
808004a4:	ffd47793          	and	a5,s0,-3
808004a8:	4715                	li	a4,5
808004aa:	08e78a63          	beq	a5,a4,8080053e <s_trap+0xb4>
808004ae:	4785                	li	a5,1
808004b0:	0cf40163          	beq	s0,a5,80800572 <s_trap+0xe8>
808004b4:	47a1                	li	a5,8
808004b6:	0ef41b63          	bne	s0,a5,808005ac <s_trap+0x122>
808004ba:	100027f3          	csrr	a5,sstatus
808004be:	1007f793          	and	a5,a5,256
808004c2:	e7ed                	bnez	a5,808005ac <s_trap+0x122>
808004c4:	4178                	lw	a4,68(a0)
808004c6:	47c1                	li	a5,16
808004c8:	0cf70363          	beq	a4,a5,8080058e <s_trap+0x104>
808004cc:	444f57b7          	lui	a5,0x444f5
808004d0:	e4578793          	add	a5,a5,-443 # 444f4e45 <__stack_size+0x444f0e45>
808004d4:	d51c                	sw	a5,40(a0)
808004d6:	10000793          	li	a5,256
808004da:	1007a073          	csrs	sstatus,a5
808004de:	808007b7          	lui	a5,0x80800
808004e2:	11278793          	add	a5,a5,274 # 80800112 <user_return>
808004e6:	14179073          	csrw	sepc,a5
808004ea:	40b2                	lw	ra,12(sp)
808004ec:	4422                	lw	s0,8(sp)
808004ee:	4492                	lw	s1,4(sp)
808004f0:	0141                	add	sp,sp,16
808004f2:	8082                	ret
808004f4:	c81027f3          	rdtimeh	a5
808004f8:	c01026f3          	rdtime	a3
808004fc:	c8102773          	rdtimeh	a4
80800500:	fee79ae3          	bne	a5,a4,808004f4 <s_trap+0x6a>
80800504:	85be                	mv	a1,a5
80800506:	808017b7          	lui	a5,0x80801
8080050a:	3ad7a823          	sw	a3,944(a5) # 808013b0 <timer_irq_time>
8080050e:	3ab7aa23          	sw	a1,948(a5)
80800512:	80801737          	lui	a4,0x80801
80800516:	3b872783          	lw	a5,952(a4) # 808013b8 <timer_irqs>
8080051a:	544958b7          	lui	a7,0x54495
8080051e:	557d                	li	a0,-1
80800520:	0785                	add	a5,a5,1
80800522:	3af72c23          	sw	a5,952(a4)
80800526:	55fd                	li	a1,-1
80800528:	4601                	li	a2,0
8080052a:	4801                	li	a6,0
8080052c:	d4588893          	add	a7,a7,-699 # 54494d45 <__stack_size+0x54490d45>
80800530:	00000073          	ecall
80800534:	40b2                	lw	ra,12(sp)
80800536:	4422                	lw	s0,8(sp)
80800538:	4492                	lw	s1,4(sp)
8080053a:	0141                	add	sp,sp,16
8080053c:	8082                	ret
8080053e:	808017b7          	lui	a5,0x80801
80800542:	3a87a423          	sw	s0,936(a5) # 808013a8 <fault_cause>
80800546:	14302773          	csrr	a4,stval
8080054a:	808017b7          	lui	a5,0x80801
8080054e:	3ae7a223          	sw	a4,932(a5) # 808013a4 <fault_tval>
80800552:	0004d783          	lhu	a5,0(s1)
80800556:	468d                	li	a3,3
80800558:	4709                	li	a4,2
8080055a:	8b8d                	and	a5,a5,3
8080055c:	00d79363          	bne	a5,a3,80800562 <s_trap+0xd8>
80800560:	4711                	li	a4,4
80800562:	94ba                	add	s1,s1,a4
80800564:	14149073          	csrw	sepc,s1
80800568:	40b2                	lw	ra,12(sp)
8080056a:	4422                	lw	s0,8(sp)
8080056c:	4492                	lw	s1,4(sp)
8080056e:	0141                	add	sp,sp,16
80800570:	8082                	ret
80800572:	808017b7          	lui	a5,0x80801
80800576:	3a87a423          	sw	s0,936(a5) # 808013a8 <fault_cause>
8080057a:	143026f3          	csrr	a3,stval
8080057e:	80801737          	lui	a4,0x80801
80800582:	415c                	lw	a5,4(a0)
80800584:	3ad72223          	sw	a3,932(a4) # 808013a4 <fault_tval>
80800588:	14179073          	csrw	sepc,a5
8080058c:	b765                	j	80800534 <s_trap+0xaa>
8080058e:	5518                	lw	a4,40(a0)
80800590:	555347b7          	lui	a5,0x55534
80800594:	55278793          	add	a5,a5,1362 # 55534552 <__stack_size+0x55530552>
80800598:	f2f71ae3          	bne	a4,a5,808004cc <s_trap+0x42>
8080059c:	80801737          	lui	a4,0x80801
808005a0:	3a072783          	lw	a5,928(a4) # 808013a0 <user_ecalls>
808005a4:	0785                	add	a5,a5,1
808005a6:	3af72023          	sw	a5,928(a4)
808005aa:	b70d                	j	808004cc <s_trap+0x42>
808005ac:	80801537          	lui	a0,0x80801
808005b0:	f9050513          	add	a0,a0,-112 # 80800f90 <payload_main+0x9b6>
808005b4:	3661                	jal	8080013c <print>
808005b6:	8522                	mv	a0,s0
808005b8:	3ed5                	jal	808001ac <print_hex>
808005ba:	80801537          	lui	a0,0x80801
808005be:	fb450513          	add	a0,a0,-76 # 80800fb4 <payload_main+0x9da>
808005c2:	3ead                	jal	8080013c <print>
808005c4:	8526                	mv	a0,s1
808005c6:	36dd                	jal	808001ac <print_hex>
808005c8:	80801537          	lui	a0,0x80801
808005cc:	34450513          	add	a0,a0,836 # 80801344 <payload_main+0xd6a>
808005d0:	36b5                	jal	8080013c <print>
808005d2:	f0000537          	lui	a0,0xf0000
808005d6:	0509                	add	a0,a0,2 # f0000002 <reboot_marker+0x6f7f9832>
808005d8:	3671                	jal	80800164 <shutdown>

808005da <payload_main>:
808005da:	7139                	add	sp,sp,-64
808005dc:	d84a                	sw	s2,48(sp)
808005de:	80806937          	lui	s2,0x80806
808005e2:	7d092703          	lw	a4,2000(s2) # 808067d0 <reboot_marker>
808005e6:	524257b7          	lui	a5,0x52425
808005ea:	de06                	sw	ra,60(sp)
808005ec:	dc22                	sw	s0,56(sp)
808005ee:	da26                	sw	s1,52(sp)
808005f0:	d64e                	sw	s3,44(sp)
808005f2:	d452                	sw	s4,40(sp)
808005f4:	d256                	sw	s5,36(sp)
808005f6:	d05a                	sw	s6,32(sp)
808005f8:	ce5e                	sw	s7,28(sp)
808005fa:	cc62                	sw	s8,24(sp)
808005fc:	ca66                	sw	s9,20(sp)
808005fe:	c86a                	sw	s10,16(sp)
80800600:	f5478793          	add	a5,a5,-172 # 52424f54 <__stack_size+0x52420f54>
80800604:	78f70563          	beq	a4,a5,80800d8e <payload_main+0x7b4>
80800608:	808017b7          	lui	a5,0x80801
8080060c:	89aa                	mv	s3,a0
8080060e:	8a2e                	mv	s4,a1
80800610:	fbc78793          	add	a5,a5,-68 # 80800fbc <payload_main+0x9e2>
80800614:	4681                	li	a3,0
80800616:	07300713          	li	a4,115
8080061a:	853a                	mv	a0,a4
8080061c:	4581                	li	a1,0
8080061e:	4601                	li	a2,0
80800620:	4801                	li	a6,0
80800622:	4885                	li	a7,1
80800624:	00000073          	ecall
80800628:	0017c703          	lbu	a4,1(a5)
8080062c:	8ec9                	or	a3,a3,a0
8080062e:	0785                	add	a5,a5,1
80800630:	f76d                	bnez	a4,8080061a <payload_main+0x40>
80800632:	5a069e63          	bnez	a3,80800bee <payload_main+0x614>
80800636:	808015b7          	lui	a1,0x80801
8080063a:	444248b7          	lui	a7,0x44424
8080063e:	454d                	li	a0,19
80800640:	38458593          	add	a1,a1,900 # 80801384 <line.2>
80800644:	4601                	li	a2,0
80800646:	4801                	li	a6,0
80800648:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8080064c:	00000073          	ecall
80800650:	e501                	bnez	a0,80800658 <payload_main+0x7e>
80800652:	47cd                	li	a5,19
80800654:	00f58763          	beq	a1,a5,80800662 <payload_main+0x88>
80800658:	80801537          	lui	a0,0x80801
8080065c:	01050513          	add	a0,a0,16 # 80801010 <payload_main+0xa36>
80800660:	3655                	jal	80800204 <check.part.0>
80800662:	808017b7          	lui	a5,0x80801
80800666:	444248b7          	lui	a7,0x44424
8080066a:	fd478793          	add	a5,a5,-44 # 80800fd4 <payload_main+0x9fa>
8080066e:	4701                	li	a4,0
80800670:	07300413          	li	s0,115
80800674:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80800678:	8522                	mv	a0,s0
8080067a:	4581                	li	a1,0
8080067c:	4601                	li	a2,0
8080067e:	4809                	li	a6,2
80800680:	00000073          	ecall
80800684:	0017c403          	lbu	s0,1(a5)
80800688:	8f49                	or	a4,a4,a0
8080068a:	0785                	add	a5,a5,1
8080068c:	f475                	bnez	s0,80800678 <payload_main+0x9e>
8080068e:	54071863          	bnez	a4,80800bde <payload_main+0x604>
80800692:	808014b7          	lui	s1,0x80801
80800696:	3bc4aa83          	lw	s5,956(s1) # 808013bc <failures>
8080069a:	56099263          	bnez	s3,80800bfe <payload_main+0x624>
8080069e:	000a0a63          	beqz	s4,808006b2 <payload_main+0xd8>
808006a2:	000a2703          	lw	a4,0(s4)
808006a6:	edfe17b7          	lui	a5,0xedfe1
808006aa:	dd078793          	add	a5,a5,-560 # edfe0dd0 <reboot_marker+0x6d7da600>
808006ae:	00f70863          	beq	a4,a5,808006be <payload_main+0xe4>
808006b2:	80801537          	lui	a0,0x80801
808006b6:	85d2                	mv	a1,s4
808006b8:	03450513          	add	a0,a0,52 # 80801034 <payload_main+0xa5a>
808006bc:	36a1                	jal	80800204 <check.part.0>
808006be:	3bc4a983          	lw	s3,956(s1)
808006c2:	713a8f63          	beq	s5,s3,80800de0 <payload_main+0x806>
808006c6:	808007b7          	lui	a5,0x80800
808006ca:	00078793          	mv	a5,a5
808006ce:	80400737          	lui	a4,0x80400
808006d2:	00e78763          	beq	a5,a4,808006e0 <payload_main+0x106>
808006d6:	80801537          	lui	a0,0x80801
808006da:	05450513          	add	a0,a0,84 # 80801054 <payload_main+0xa7a>
808006de:	3cb9                	jal	8080013c <print>
808006e0:	4581                	li	a1,0
808006e2:	4501                	li	a0,0
808006e4:	3ed5                	jal	808002d8 <base_call>
808006e6:	020007b7          	lui	a5,0x2000
808006ea:	52f51c63          	bne	a0,a5,80800c22 <payload_main+0x648>
808006ee:	4581                	li	a1,0
808006f0:	4505                	li	a0,1
808006f2:	36dd                	jal	808002d8 <base_call>
808006f4:	455857b7          	lui	a5,0x45585
808006f8:	f5678793          	add	a5,a5,-170 # 45584f56 <__stack_size+0x45580f56>
808006fc:	50f51b63          	bne	a0,a5,80800c12 <payload_main+0x638>
80800700:	4581                	li	a1,0
80800702:	4509                	li	a0,2
80800704:	3ed1                	jal	808002d8 <base_call>
80800706:	4785                	li	a5,1
80800708:	52f51e63          	bne	a0,a5,80800c44 <payload_main+0x66a>
8080070c:	4581                	li	a1,0
8080070e:	4511                	li	a0,4
80800710:	36e1                	jal	808002d8 <base_call>
80800712:	4581                	li	a1,0
80800714:	4515                	li	a0,5
80800716:	36c9                	jal	808002d8 <base_call>
80800718:	4581                	li	a1,0
8080071a:	4519                	li	a0,6
8080071c:	3e75                	jal	808002d8 <base_call>
8080071e:	3bc4ac83          	lw	s9,956(s1)
80800722:	71998363          	beq	s3,s9,80800e28 <payload_main+0x84e>
80800726:	808019b7          	lui	s3,0x80801
8080072a:	36898993          	add	s3,s3,872 # 80801368 <implemented.1>
8080072e:	01c98b93          	add	s7,s3,28
80800732:	80801d37          	lui	s10,0x80801
80800736:	4b05                	li	s6,1
80800738:	80801c37          	lui	s8,0x80801
8080073c:	0009aa83          	lw	s5,0(s3)
80800740:	4581                	li	a1,0
80800742:	4601                	li	a2,0
80800744:	8556                	mv	a0,s5
80800746:	480d                	li	a6,3
80800748:	48c1                	li	a7,16
8080074a:	00000073          	ecall
8080074e:	8a2e                	mv	s4,a1
80800750:	42051f63          	bnez	a0,80800b8e <payload_main+0x5b4>
80800754:	456a1463          	bne	s4,s6,80800b9c <payload_main+0x5c2>
80800758:	0991                	add	s3,s3,4
8080075a:	ff7991e3          	bne	s3,s7,8080073c <payload_main+0x162>
8080075e:	004859b7          	lui	s3,0x485
80800762:	34d98593          	add	a1,s3,845 # 48534d <__stack_size+0x48134d>
80800766:	450d                	li	a0,3
80800768:	3e85                	jal	808002d8 <base_call>
8080076a:	4c051463          	bnez	a0,80800c32 <payload_main+0x658>
8080076e:	3bc4a983          	lw	s3,956(s1)
80800772:	6d998263          	beq	s3,s9,80800e36 <payload_main+0x85c>
80800776:	004858b7          	lui	a7,0x485
8080077a:	4501                	li	a0,0
8080077c:	4581                	li	a1,0
8080077e:	4601                	li	a2,0
80800780:	4801                	li	a6,0
80800782:	34d88893          	add	a7,a7,845 # 48534d <__stack_size+0x48134d>
80800786:	00000073          	ecall
8080078a:	57f9                	li	a5,-2
8080078c:	4ef51d63          	bne	a0,a5,80800c86 <payload_main+0x6ac>
80800790:	4501                	li	a0,0
80800792:	4581                	li	a1,0
80800794:	4601                	li	a2,0
80800796:	07f00813          	li	a6,127
8080079a:	48c1                	li	a7,16
8080079c:	00000073          	ecall
808007a0:	57f9                	li	a5,-2
808007a2:	4cf51963          	bne	a0,a5,80800c74 <payload_main+0x69a>
808007a6:	544958b7          	lui	a7,0x54495
808007aa:	4501                	li	a0,0
808007ac:	4581                	li	a1,0
808007ae:	4601                	li	a2,0
808007b0:	4805                	li	a6,1
808007b2:	d4588893          	add	a7,a7,-699 # 54494d45 <__stack_size+0x54490d45>
808007b6:	00000073          	ecall
808007ba:	57f9                	li	a5,-2
808007bc:	4af51463          	bne	a0,a5,80800c64 <payload_main+0x68a>
808007c0:	535258b7          	lui	a7,0x53525
808007c4:	4501                	li	a0,0
808007c6:	4581                	li	a1,0
808007c8:	4601                	li	a2,0
808007ca:	4805                	li	a6,1
808007cc:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
808007d0:	00000073          	ecall
808007d4:	57f9                	li	a5,-2
808007d6:	46f51f63          	bne	a0,a5,80800c54 <payload_main+0x67a>
808007da:	444248b7          	lui	a7,0x44424
808007de:	4501                	li	a0,0
808007e0:	4581                	li	a1,0
808007e2:	4601                	li	a2,0
808007e4:	480d                	li	a6,3
808007e6:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
808007ea:	00000073          	ecall
808007ee:	57f9                	li	a5,-2
808007f0:	4af51363          	bne	a0,a5,80800c96 <payload_main+0x6bc>
808007f4:	3bc4aa83          	lw	s5,956(s1)
808007f8:	613a8a63          	beq	s5,s3,80800e0c <payload_main+0x832>
808007fc:	c0002b73          	rdcycle	s6
80800800:	c02025f3          	rdinstret	a1
80800804:	c81029f3          	rdtimeh	s3
80800808:	c0102a73          	rdtime	s4
8080080c:	c81027f3          	rdtimeh	a5
80800810:	fef99ae3          	bne	s3,a5,80800804 <payload_main+0x22a>
80800814:	c02027f3          	rdinstret	a5
80800818:	48f58763          	beq	a1,a5,80800ca6 <payload_main+0x6cc>
8080081c:	c00027f3          	rdcycle	a5
80800820:	38fb0463          	beq	s6,a5,80800ba8 <payload_main+0x5ce>
80800824:	3bc4a783          	lw	a5,956(s1)
80800828:	5d578b63          	beq	a5,s5,80800dfe <payload_main+0x824>
8080082c:	808015b7          	lui	a1,0x80801
80800830:	14458593          	add	a1,a1,324 # 80801144 <payload_main+0xb6a>
80800834:	4501                	li	a0,0
80800836:	3ce9                	jal	80800310 <check_timer>
80800838:	808015b7          	lui	a1,0x80801
8080083c:	15458593          	add	a1,a1,340 # 80801154 <payload_main+0xb7a>
80800840:	4505                	li	a0,1
80800842:	34f9                	jal	80800310 <check_timer>
80800844:	808019b7          	lui	s3,0x80801
80800848:	3bc4ab03          	lw	s6,956(s1)
8080084c:	3a09a423          	sw	zero,936(s3) # 808013a8 <fault_cause>
80800850:	800007b7          	lui	a5,0x80000
80800854:	4398                	lw	a4,0(a5)
80800856:	3a89a683          	lw	a3,936(s3)
8080085a:	4715                	li	a4,5
8080085c:	00e69863          	bne	a3,a4,8080086c <payload_main+0x292>
80800860:	80801737          	lui	a4,0x80801
80800864:	3a472703          	lw	a4,932(a4) # 808013a4 <fault_tval>
80800868:	54f70c63          	beq	a4,a5,80800dc0 <payload_main+0x7e6>
8080086c:	3a89a583          	lw	a1,936(s3)
80800870:	80801537          	lui	a0,0x80801
80800874:	16c50513          	add	a0,a0,364 # 8080116c <payload_main+0xb92>
80800878:	3271                	jal	80800204 <check.part.0>
8080087a:	3a09a423          	sw	zero,936(s3)
8080087e:	800007b7          	lui	a5,0x80000
80800882:	4701                	li	a4,0
80800884:	c398                	sw	a4,0(a5)
80800886:	3a89a683          	lw	a3,936(s3)
8080088a:	471d                	li	a4,7
8080088c:	00e69863          	bne	a3,a4,8080089c <payload_main+0x2c2>
80800890:	80801737          	lui	a4,0x80801
80800894:	3a472703          	lw	a4,932(a4) # 808013a4 <fault_tval>
80800898:	52f70763          	beq	a4,a5,80800dc6 <payload_main+0x7ec>
8080089c:	3a89a583          	lw	a1,936(s3)
808008a0:	80801537          	lui	a0,0x80801
808008a4:	17850513          	add	a0,a0,376 # 80801178 <payload_main+0xb9e>
808008a8:	3ab1                	jal	80800204 <check.part.0>
808008aa:	3a09a423          	sw	zero,936(s3)
808008ae:	80000a37          	lui	s4,0x80000
808008b2:	9a02                	jalr	s4
808008b4:	3a89a703          	lw	a4,936(s3)
808008b8:	4785                	li	a5,1
808008ba:	00f71863          	bne	a4,a5,808008ca <payload_main+0x2f0>
808008be:	808017b7          	lui	a5,0x80801
808008c2:	3a47a783          	lw	a5,932(a5) # 808013a4 <fault_tval>
808008c6:	51478363          	beq	a5,s4,80800dcc <payload_main+0x7f2>
808008ca:	3a89a583          	lw	a1,936(s3)
808008ce:	80801537          	lui	a0,0x80801
808008d2:	18450513          	add	a0,a0,388 # 80801184 <payload_main+0xbaa>
808008d6:	323d                	jal	80800204 <check.part.0>
808008d8:	3bc4aa83          	lw	s5,956(s1)
808008dc:	535b0f63          	beq	s6,s5,80800e1a <payload_main+0x840>
808008e0:	80801a37          	lui	s4,0x80801
808008e4:	358a0a13          	add	s4,s4,856 # 80801358 <text.0>
808008e8:	3a09a423          	sw	zero,936(s3)
808008ec:	4781                	li	a5,0
808008ee:	439c                	lw	a5,0(a5)
808008f0:	3a89a703          	lw	a4,936(s3)
808008f4:	3a89a583          	lw	a1,936(s3)
808008f8:	4795                	li	a5,5
808008fa:	3cf71e63          	bne	a4,a5,80800cd6 <payload_main+0x6fc>
808008fe:	444248b7          	lui	a7,0x44424
80800902:	4511                	li	a0,4
80800904:	4581                	li	a1,0
80800906:	4601                	li	a2,0
80800908:	4801                	li	a6,0
8080090a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8080090e:	00000073          	ecall
80800912:	57f5                	li	a5,-3
80800914:	3af51963          	bne	a0,a5,80800cc6 <payload_main+0x6ec>
80800918:	444248b7          	lui	a7,0x44424
8080091c:	4511                	li	a0,4
8080091e:	800005b7          	lui	a1,0x80000
80800922:	4601                	li	a2,0
80800924:	4801                	li	a6,0
80800926:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8080092a:	00000073          	ecall
8080092e:	57f5                	li	a5,-3
80800930:	38f51263          	bne	a0,a5,80800cb4 <payload_main+0x6da>
80800934:	800007b7          	lui	a5,0x80000
80800938:	444248b7          	lui	a7,0x44424
8080093c:	4541                	li	a0,16
8080093e:	ff87c593          	xor	a1,a5,-8
80800942:	4601                	li	a2,0
80800944:	4801                	li	a6,0
80800946:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8080094a:	00000073          	ecall
8080094e:	5775                	li	a4,-3
80800950:	3ee51c63          	bne	a0,a4,80800d48 <payload_main+0x76e>
80800954:	800007b7          	lui	a5,0x80000
80800958:	444248b7          	lui	a7,0x44424
8080095c:	4511                	li	a0,4
8080095e:	01078593          	add	a1,a5,16 # 80000010 <__stack_size+0x7fffc010>
80800962:	4601                	li	a2,0
80800964:	4805                	li	a6,1
80800966:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8080096a:	00000073          	ecall
8080096e:	5775                	li	a4,-3
80800970:	3ce51363          	bne	a0,a4,80800d36 <payload_main+0x75c>
80800974:	444248b7          	lui	a7,0x44424
80800978:	4539                	li	a0,14
8080097a:	85d2                	mv	a1,s4
8080097c:	4605                	li	a2,1
8080097e:	4801                	li	a6,0
80800980:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80800984:	00000073          	ecall
80800988:	57f5                	li	a5,-3
8080098a:	38f51e63          	bne	a0,a5,80800d26 <payload_main+0x74c>
8080098e:	444248b7          	lui	a7,0x44424
80800992:	02000513          	li	a0,32
80800996:	55c1                	li	a1,-16
80800998:	4601                	li	a2,0
8080099a:	4801                	li	a6,0
8080099c:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
808009a0:	00000073          	ecall
808009a4:	57f5                	li	a5,-3
808009a6:	36f51863          	bne	a0,a5,80800d16 <payload_main+0x73c>
808009aa:	3bc4a983          	lw	s3,956(s1)
808009ae:	43598263          	beq	s3,s5,80800dd2 <payload_main+0x7f8>
808009b2:	808025b7          	lui	a1,0x80802
808009b6:	80800537          	lui	a0,0x80800
808009ba:	80801a37          	lui	s4,0x80801
808009be:	7d058593          	add	a1,a1,2000 # 808027d0 <__bss_end>
808009c2:	19650513          	add	a0,a0,406 # 80800196 <user_main>
808009c6:	3a0a2023          	sw	zero,928(s4) # 808013a0 <user_ecalls>
808009ca:	f0eff0ef          	jal	808000d8 <enter_user>
808009ce:	85aa                	mv	a1,a0
808009d0:	4789                	li	a5,2
808009d2:	1007b073          	csrc	sstatus,a5
808009d6:	444f57b7          	lui	a5,0x444f5
808009da:	e4578793          	add	a5,a5,-443 # 444f4e45 <__stack_size+0x444f0e45>
808009de:	00f51763          	bne	a0,a5,808009ec <payload_main+0x412>
808009e2:	3a0a2703          	lw	a4,928(s4)
808009e6:	4785                	li	a5,1
808009e8:	00f70863          	beq	a4,a5,808009f8 <payload_main+0x41e>
808009ec:	80801537          	lui	a0,0x80801
808009f0:	24450513          	add	a0,a0,580 # 80801244 <payload_main+0xc6a>
808009f4:	811ff0ef          	jal	80800204 <check.part.0>
808009f8:	3bc4aa03          	lw	s4,956(s1)
808009fc:	3f3a0a63          	beq	s4,s3,80800df0 <payload_main+0x816>
80800a00:	535258b7          	lui	a7,0x53525
80800a04:	450d                	li	a0,3
80800a06:	4581                	li	a1,0
80800a08:	4601                	li	a2,0
80800a0a:	4801                	li	a6,0
80800a0c:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80800a10:	00000073          	ecall
80800a14:	57f5                	li	a5,-3
80800a16:	2ef51863          	bne	a0,a5,80800d06 <payload_main+0x72c>
80800a1a:	535258b7          	lui	a7,0x53525
80800a1e:	4501                	li	a0,0
80800a20:	4589                	li	a1,2
80800a22:	4601                	li	a2,0
80800a24:	4801                	li	a6,0
80800a26:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80800a2a:	00000073          	ecall
80800a2e:	57f5                	li	a5,-3
80800a30:	2cf51363          	bne	a0,a5,80800cf6 <payload_main+0x71c>
80800a34:	535258b7          	lui	a7,0x53525
80800a38:	4505                	li	a0,1
80800a3a:	e00005b7          	lui	a1,0xe0000
80800a3e:	4601                	li	a2,0
80800a40:	4801                	li	a6,0
80800a42:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80800a46:	00000073          	ecall
80800a4a:	57f5                	li	a5,-3
80800a4c:	28f51c63          	bne	a0,a5,80800ce4 <payload_main+0x70a>
80800a50:	3bc4a983          	lw	s3,956(s1)
80800a54:	3f498863          	beq	s3,s4,80800e44 <payload_main+0x86a>
80800a58:	c81027f3          	rdtimeh	a5
80800a5c:	c01026f3          	rdtime	a3
80800a60:	c8102773          	rdtimeh	a4
80800a64:	fee79ae3          	bne	a5,a4,80800a58 <payload_main+0x47e>
80800a68:	05f5eab7          	lui	s5,0x5f5e
80800a6c:	100a8a93          	add	s5,s5,256 # 5f5e100 <__stack_size+0x5f5a100>
80800a70:	9ab6                	add	s5,s5,a3
80800a72:	00dab6b3          	sltu	a3,s5,a3
80800a76:	444248b7          	lui	a7,0x44424
80800a7a:	00f68a33          	add	s4,a3,a5
80800a7e:	4501                	li	a0,0
80800a80:	002c                	add	a1,sp,8
80800a82:	4601                	li	a2,0
80800a84:	4805                	li	a6,1
80800a86:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80800a8a:	00000073          	ecall
80800a8e:	8d4d                	or	a0,a0,a1
80800a90:	14051063          	bnez	a0,80800bd0 <payload_main+0x5f6>
80800a94:	537d                	li	t1,-1
80800a96:	4501                	li	a0,0
80800a98:	4581                	li	a1,0
80800a9a:	4601                	li	a2,0
80800a9c:	4801                	li	a6,0
80800a9e:	4889                	li	a7,2
80800aa0:	00000073          	ecall
80800aa4:	2a651b63          	bne	a0,t1,80800d5a <payload_main+0x780>
80800aa8:	c81027f3          	rdtimeh	a5
80800aac:	c01026f3          	rdtime	a3
80800ab0:	c8102773          	rdtimeh	a4
80800ab4:	fee79ae3          	bne	a5,a4,80800aa8 <payload_main+0x4ce>
80800ab8:	fd47efe3          	bltu	a5,s4,80800a96 <payload_main+0x4bc>
80800abc:	00fa1463          	bne	s4,a5,80800ac4 <payload_main+0x4ea>
80800ac0:	fd56ebe3          	bltu	a3,s5,80800a96 <payload_main+0x4bc>
80800ac4:	85aa                	mv	a1,a0
80800ac6:	80801537          	lui	a0,0x80801
80800aca:	2bc50513          	add	a0,a0,700 # 808012bc <payload_main+0xce2>
80800ace:	f36ff0ef          	jal	80800204 <check.part.0>
80800ad2:	444248b7          	lui	a7,0x44424
80800ad6:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80800ada:	4521                	li	a0,8
80800adc:	002c                	add	a1,sp,8
80800ade:	4601                	li	a2,0
80800ae0:	4805                	li	a6,1
80800ae2:	00000073          	ecall
80800ae6:	e10d                	bnez	a0,80800b08 <payload_main+0x52e>
80800ae8:	2c059063          	bnez	a1,80800da8 <payload_main+0x7ce>
80800aec:	c81027f3          	rdtimeh	a5
80800af0:	c01026f3          	rdtime	a3
80800af4:	c8102773          	rdtimeh	a4
80800af8:	fee79ae3          	bne	a5,a4,80800aec <payload_main+0x512>
80800afc:	fd47efe3          	bltu	a5,s4,80800ada <payload_main+0x500>
80800b00:	00fa1463          	bne	s4,a5,80800b08 <payload_main+0x52e>
80800b04:	fd56ebe3          	bltu	a3,s5,80800ada <payload_main+0x500>
80800b08:	80801537          	lui	a0,0x80801
80800b0c:	2c450513          	add	a0,a0,708 # 808012c4 <payload_main+0xcea>
80800b10:	ef4ff0ef          	jal	80800204 <check.part.0>
80800b14:	4501                	li	a0,0
80800b16:	4581                	li	a1,0
80800b18:	4601                	li	a2,0
80800b1a:	4801                	li	a6,0
80800b1c:	4889                	li	a7,2
80800b1e:	00000073          	ecall
80800b22:	57fd                	li	a5,-1
80800b24:	28f51663          	bne	a0,a5,80800db0 <payload_main+0x7d6>
80800b28:	444248b7          	lui	a7,0x44424
80800b2c:	4521                	li	a0,8
80800b2e:	00910593          	add	a1,sp,9
80800b32:	4601                	li	a2,0
80800b34:	4805                	li	a6,1
80800b36:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80800b3a:	00000073          	ecall
80800b3e:	8d4d                	or	a0,a0,a1
80800b40:	c519                	beqz	a0,80800b4e <payload_main+0x574>
80800b42:	80801537          	lui	a0,0x80801
80800b46:	2e850513          	add	a0,a0,744 # 808012e8 <payload_main+0xd0e>
80800b4a:	ebaff0ef          	jal	80800204 <check.part.0>
80800b4e:	3bc4a783          	lw	a5,956(s1)
80800b52:	21378963          	beq	a5,s3,80800d64 <payload_main+0x78a>
80800b56:	22079163          	bnez	a5,80800d78 <payload_main+0x79e>
80800b5a:	80801537          	lui	a0,0x80801
80800b5e:	30850513          	add	a0,a0,776 # 80801308 <payload_main+0xd2e>
80800b62:	ddaff0ef          	jal	8080013c <print>
80800b66:	80801537          	lui	a0,0x80801
80800b6a:	34850513          	add	a0,a0,840 # 80801348 <payload_main+0xd6e>
80800b6e:	dceff0ef          	jal	8080013c <print>
80800b72:	8522                	mv	a0,s0
80800b74:	e38ff0ef          	jal	808001ac <print_hex>
80800b78:	80801537          	lui	a0,0x80801
80800b7c:	34450513          	add	a0,a0,836 # 80801344 <payload_main+0xd6a>
80800b80:	dbcff0ef          	jal	8080013c <print>
80800b84:	f0000537          	lui	a0,0xf0000
80800b88:	0509                	add	a0,a0,2 # f0000002 <reboot_marker+0x6f7f9832>
80800b8a:	ddaff0ef          	jal	80800164 <shutdown>
80800b8e:	458d                	li	a1,3
80800b90:	f08d0513          	add	a0,s10,-248 # 80800f08 <payload_main+0x92e>
80800b94:	e70ff0ef          	jal	80800204 <check.part.0>
80800b98:	bd6a00e3          	beq	s4,s6,80800758 <payload_main+0x17e>
80800b9c:	85d6                	mv	a1,s5
80800b9e:	0a8c0513          	add	a0,s8,168 # 808010a8 <payload_main+0xace>
80800ba2:	e62ff0ef          	jal	80800204 <check.part.0>
80800ba6:	be4d                	j	80800758 <payload_main+0x17e>
80800ba8:	c81027f3          	rdtimeh	a5
80800bac:	c01026f3          	rdtime	a3
80800bb0:	c8102773          	rdtimeh	a4
80800bb4:	fee79ae3          	bne	a5,a4,80800ba8 <payload_main+0x5ce>
80800bb8:	c6da16e3          	bne	s4,a3,80800824 <payload_main+0x24a>
80800bbc:	c6f994e3          	bne	s3,a5,80800824 <payload_main+0x24a>
80800bc0:	80801537          	lui	a0,0x80801
80800bc4:	85da                	mv	a1,s6
80800bc6:	12050513          	add	a0,a0,288 # 80801120 <payload_main+0xb46>
80800bca:	e3aff0ef          	jal	80800204 <check.part.0>
80800bce:	b999                	j	80800824 <payload_main+0x24a>
80800bd0:	80801537          	lui	a0,0x80801
80800bd4:	2a450513          	add	a0,a0,676 # 808012a4 <payload_main+0xcca>
80800bd8:	e2cff0ef          	jal	80800204 <check.part.0>
80800bdc:	bd65                	j	80800a94 <payload_main+0x4ba>
80800bde:	80801537          	lui	a0,0x80801
80800be2:	85ba                	mv	a1,a4
80800be4:	01c50513          	add	a0,a0,28 # 8080101c <payload_main+0xa42>
80800be8:	e1cff0ef          	jal	80800204 <check.part.0>
80800bec:	b45d                	j	80800692 <payload_main+0xb8>
80800bee:	80801537          	lui	a0,0x80801
80800bf2:	85b6                	mv	a1,a3
80800bf4:	00050513          	mv	a0,a0
80800bf8:	e0cff0ef          	jal	80800204 <check.part.0>
80800bfc:	bc2d                	j	80800636 <payload_main+0x5c>
80800bfe:	80801537          	lui	a0,0x80801
80800c02:	85ce                	mv	a1,s3
80800c04:	02c50513          	add	a0,a0,44 # 8080102c <payload_main+0xa52>
80800c08:	dfcff0ef          	jal	80800204 <check.part.0>
80800c0c:	a80a1be3          	bnez	s4,808006a2 <payload_main+0xc8>
80800c10:	b44d                	j	808006b2 <payload_main+0xd8>
80800c12:	85aa                	mv	a1,a0
80800c14:	80801537          	lui	a0,0x80801
80800c18:	08050513          	add	a0,a0,128 # 80801080 <payload_main+0xaa6>
80800c1c:	de8ff0ef          	jal	80800204 <check.part.0>
80800c20:	b4c5                	j	80800700 <payload_main+0x126>
80800c22:	85aa                	mv	a1,a0
80800c24:	80801537          	lui	a0,0x80801
80800c28:	07050513          	add	a0,a0,112 # 80801070 <payload_main+0xa96>
80800c2c:	dd8ff0ef          	jal	80800204 <check.part.0>
80800c30:	bc7d                	j	808006ee <payload_main+0x114>
80800c32:	80801537          	lui	a0,0x80801
80800c36:	34d98593          	add	a1,s3,845
80800c3a:	0b050513          	add	a0,a0,176 # 808010b0 <payload_main+0xad6>
80800c3e:	dc6ff0ef          	jal	80800204 <check.part.0>
80800c42:	b635                	j	8080076e <payload_main+0x194>
80800c44:	85aa                	mv	a1,a0
80800c46:	80801537          	lui	a0,0x80801
80800c4a:	08850513          	add	a0,a0,136 # 80801088 <payload_main+0xaae>
80800c4e:	db6ff0ef          	jal	80800204 <check.part.0>
80800c52:	bc6d                	j	8080070c <payload_main+0x132>
80800c54:	80801537          	lui	a0,0x80801
80800c58:	4585                	li	a1,1
80800c5a:	0e850513          	add	a0,a0,232 # 808010e8 <payload_main+0xb0e>
80800c5e:	da6ff0ef          	jal	80800204 <check.part.0>
80800c62:	bea5                	j	808007da <payload_main+0x200>
80800c64:	80801537          	lui	a0,0x80801
80800c68:	4585                	li	a1,1
80800c6a:	0dc50513          	add	a0,a0,220 # 808010dc <payload_main+0xb02>
80800c6e:	d96ff0ef          	jal	80800204 <check.part.0>
80800c72:	b6b9                	j	808007c0 <payload_main+0x1e6>
80800c74:	80801537          	lui	a0,0x80801
80800c78:	07f00593          	li	a1,127
80800c7c:	0d050513          	add	a0,a0,208 # 808010d0 <payload_main+0xaf6>
80800c80:	d84ff0ef          	jal	80800204 <check.part.0>
80800c84:	b60d                	j	808007a6 <payload_main+0x1cc>
80800c86:	80801537          	lui	a0,0x80801
80800c8a:	85c6                	mv	a1,a7
80800c8c:	0cc50513          	add	a0,a0,204 # 808010cc <payload_main+0xaf2>
80800c90:	d74ff0ef          	jal	80800204 <check.part.0>
80800c94:	bcf5                	j	80800790 <payload_main+0x1b6>
80800c96:	80801537          	lui	a0,0x80801
80800c9a:	458d                	li	a1,3
80800c9c:	0f450513          	add	a0,a0,244 # 808010f4 <payload_main+0xb1a>
80800ca0:	d64ff0ef          	jal	80800204 <check.part.0>
80800ca4:	be81                	j	808007f4 <payload_main+0x21a>
80800ca6:	80801537          	lui	a0,0x80801
80800caa:	11850513          	add	a0,a0,280 # 80801118 <payload_main+0xb3e>
80800cae:	d56ff0ef          	jal	80800204 <check.part.0>
80800cb2:	b6ad                	j	8080081c <payload_main+0x242>
80800cb4:	80801537          	lui	a0,0x80801
80800cb8:	800005b7          	lui	a1,0x80000
80800cbc:	1d450513          	add	a0,a0,468 # 808011d4 <payload_main+0xbfa>
80800cc0:	d44ff0ef          	jal	80800204 <check.part.0>
80800cc4:	b985                	j	80800934 <payload_main+0x35a>
80800cc6:	80801537          	lui	a0,0x80801
80800cca:	4581                	li	a1,0
80800ccc:	1c450513          	add	a0,a0,452 # 808011c4 <payload_main+0xbea>
80800cd0:	d34ff0ef          	jal	80800204 <check.part.0>
80800cd4:	b191                	j	80800918 <payload_main+0x33e>
80800cd6:	80801537          	lui	a0,0x80801
80800cda:	1b050513          	add	a0,a0,432 # 808011b0 <payload_main+0xbd6>
80800cde:	d26ff0ef          	jal	80800204 <check.part.0>
80800ce2:	b931                	j	808008fe <payload_main+0x324>
80800ce4:	80801537          	lui	a0,0x80801
80800ce8:	e00005b7          	lui	a1,0xe0000
80800cec:	27850513          	add	a0,a0,632 # 80801278 <payload_main+0xc9e>
80800cf0:	d14ff0ef          	jal	80800204 <check.part.0>
80800cf4:	bbb1                	j	80800a50 <payload_main+0x476>
80800cf6:	80801537          	lui	a0,0x80801
80800cfa:	4589                	li	a1,2
80800cfc:	27850513          	add	a0,a0,632 # 80801278 <payload_main+0xc9e>
80800d00:	d04ff0ef          	jal	80800204 <check.part.0>
80800d04:	bb05                	j	80800a34 <payload_main+0x45a>
80800d06:	80801537          	lui	a0,0x80801
80800d0a:	458d                	li	a1,3
80800d0c:	26c50513          	add	a0,a0,620 # 8080126c <payload_main+0xc92>
80800d10:	cf4ff0ef          	jal	80800204 <check.part.0>
80800d14:	b319                	j	80800a1a <payload_main+0x440>
80800d16:	80801537          	lui	a0,0x80801
80800d1a:	55c1                	li	a1,-16
80800d1c:	21450513          	add	a0,a0,532 # 80801214 <payload_main+0xc3a>
80800d20:	ce4ff0ef          	jal	80800204 <check.part.0>
80800d24:	b159                	j	808009aa <payload_main+0x3d0>
80800d26:	80801537          	lui	a0,0x80801
80800d2a:	85d2                	mv	a1,s4
80800d2c:	20850513          	add	a0,a0,520 # 80801208 <payload_main+0xc2e>
80800d30:	cd4ff0ef          	jal	80800204 <check.part.0>
80800d34:	b9a9                	j	8080098e <payload_main+0x3b4>
80800d36:	80801537          	lui	a0,0x80801
80800d3a:	01078593          	add	a1,a5,16
80800d3e:	1f850513          	add	a0,a0,504 # 808011f8 <payload_main+0xc1e>
80800d42:	cc2ff0ef          	jal	80800204 <check.part.0>
80800d46:	b13d                	j	80800974 <payload_main+0x39a>
80800d48:	80801537          	lui	a0,0x80801
80800d4c:	ff87c593          	xor	a1,a5,-8
80800d50:	1e450513          	add	a0,a0,484 # 808011e4 <payload_main+0xc0a>
80800d54:	cb0ff0ef          	jal	80800204 <check.part.0>
80800d58:	bef5                	j	80800954 <payload_main+0x37a>
80800d5a:	0ff00793          	li	a5,255
80800d5e:	d6a7fae3          	bgeu	a5,a0,80800ad2 <payload_main+0x4f8>
80800d62:	b38d                	j	80800ac4 <payload_main+0x4ea>
80800d64:	80801537          	lui	a0,0x80801
80800d68:	31450513          	add	a0,a0,788 # 80801314 <payload_main+0xd3a>
80800d6c:	bd0ff0ef          	jal	8080013c <print>
80800d70:	00814403          	lbu	s0,8(sp)
80800d74:	0c098f63          	beqz	s3,80800e52 <payload_main+0x878>
80800d78:	80801537          	lui	a0,0x80801
80800d7c:	30050513          	add	a0,a0,768 # 80801300 <payload_main+0xd26>
80800d80:	bbcff0ef          	jal	8080013c <print>
80800d84:	f0000537          	lui	a0,0xf0000
80800d88:	0509                	add	a0,a0,2 # f0000002 <reboot_marker+0x6f7f9832>
80800d8a:	bdaff0ef          	jal	80800164 <shutdown>
80800d8e:	80801537          	lui	a0,0x80801
80800d92:	ff050513          	add	a0,a0,-16 # 80800ff0 <payload_main+0xa16>
80800d96:	7c092823          	sw	zero,2000(s2)
80800d9a:	ba2ff0ef          	jal	8080013c <print>
80800d9e:	f0000537          	lui	a0,0xf0000
80800da2:	0511                	add	a0,a0,4 # f0000004 <reboot_marker+0x6f7f9834>
80800da4:	bc0ff0ef          	jal	80800164 <shutdown>
80800da8:	4785                	li	a5,1
80800daa:	d6f585e3          	beq	a1,a5,80800b14 <payload_main+0x53a>
80800dae:	bba9                	j	80800b08 <payload_main+0x52e>
80800db0:	85aa                	mv	a1,a0
80800db2:	80801537          	lui	a0,0x80801
80800db6:	2d050513          	add	a0,a0,720 # 808012d0 <payload_main+0xcf6>
80800dba:	c4aff0ef          	jal	80800204 <check.part.0>
80800dbe:	b3ad                	j	80800b28 <payload_main+0x54e>
80800dc0:	3a89a783          	lw	a5,936(s3)
80800dc4:	bc5d                	j	8080087a <payload_main+0x2a0>
80800dc6:	3a89a783          	lw	a5,936(s3)
80800dca:	b4c5                	j	808008aa <payload_main+0x2d0>
80800dcc:	3a89a783          	lw	a5,936(s3)
80800dd0:	b621                	j	808008d8 <payload_main+0x2fe>
80800dd2:	80801537          	lui	a0,0x80801
80800dd6:	22450513          	add	a0,a0,548 # 80801224 <payload_main+0xc4a>
80800dda:	b62ff0ef          	jal	8080013c <print>
80800dde:	bed1                	j	808009b2 <payload_main+0x3d8>
80800de0:	80801537          	lui	a0,0x80801
80800de4:	04050513          	add	a0,a0,64 # 80801040 <payload_main+0xa66>
80800de8:	b54ff0ef          	jal	8080013c <print>
80800dec:	8dbff06f          	j	808006c6 <payload_main+0xec>
80800df0:	80801537          	lui	a0,0x80801
80800df4:	25050513          	add	a0,a0,592 # 80801250 <payload_main+0xc76>
80800df8:	b44ff0ef          	jal	8080013c <print>
80800dfc:	b111                	j	80800a00 <payload_main+0x426>
80800dfe:	80801537          	lui	a0,0x80801
80800e02:	13050513          	add	a0,a0,304 # 80801130 <payload_main+0xb56>
80800e06:	b36ff0ef          	jal	8080013c <print>
80800e0a:	b40d                	j	8080082c <payload_main+0x252>
80800e0c:	80801537          	lui	a0,0x80801
80800e10:	10050513          	add	a0,a0,256 # 80801100 <payload_main+0xb26>
80800e14:	b28ff0ef          	jal	8080013c <print>
80800e18:	b2d5                	j	808007fc <payload_main+0x222>
80800e1a:	80801537          	lui	a0,0x80801
80800e1e:	19050513          	add	a0,a0,400 # 80801190 <payload_main+0xbb6>
80800e22:	b1aff0ef          	jal	8080013c <print>
80800e26:	bc6d                	j	808008e0 <payload_main+0x306>
80800e28:	80801537          	lui	a0,0x80801
80800e2c:	09850513          	add	a0,a0,152 # 80801098 <payload_main+0xabe>
80800e30:	b0cff0ef          	jal	8080013c <print>
80800e34:	b8cd                	j	80800726 <payload_main+0x14c>
80800e36:	80801537          	lui	a0,0x80801
80800e3a:	0bc50513          	add	a0,a0,188 # 808010bc <payload_main+0xae2>
80800e3e:	afeff0ef          	jal	8080013c <print>
80800e42:	ba15                	j	80800776 <payload_main+0x19c>
80800e44:	80801537          	lui	a0,0x80801
80800e48:	28450513          	add	a0,a0,644 # 80801284 <payload_main+0xcaa>
80800e4c:	af0ff0ef          	jal	8080013c <print>
80800e50:	b121                	j	80800a58 <payload_main+0x47e>
80800e52:	80801537          	lui	a0,0x80801
80800e56:	30850513          	add	a0,a0,776 # 80801308 <payload_main+0xd2e>
80800e5a:	ae2ff0ef          	jal	8080013c <print>
80800e5e:	03300793          	li	a5,51
80800e62:	02f40263          	beq	s0,a5,80800e86 <payload_main+0x8ac>
80800e66:	0287e563          	bltu	a5,s0,80800e90 <payload_main+0x8b6>
80800e6a:	03000793          	li	a5,48
80800e6e:	00f40963          	beq	s0,a5,80800e80 <payload_main+0x8a6>
80800e72:	03100793          	li	a5,49
80800e76:	cef418e3          	bne	s0,a5,80800b66 <payload_main+0x58c>
80800e7a:	4505                	li	a0,1
80800e7c:	ae8ff0ef          	jal	80800164 <shutdown>
80800e80:	4501                	li	a0,0
80800e82:	ae2ff0ef          	jal	80800164 <shutdown>
80800e86:	f0000537          	lui	a0,0xf0000
80800e8a:	050d                	add	a0,a0,3 # f0000003 <reboot_marker+0x6f7f9833>
80800e8c:	ad8ff0ef          	jal	80800164 <shutdown>
80800e90:	07200793          	li	a5,114
80800e94:	ccf419e3          	bne	s0,a5,80800b66 <payload_main+0x58c>
80800e98:	524257b7          	lui	a5,0x52425
80800e9c:	f5478793          	add	a5,a5,-172 # 52424f54 <__stack_size+0x52420f54>
80800ea0:	535258b7          	lui	a7,0x53525
80800ea4:	7cf92823          	sw	a5,2000(s2)
80800ea8:	4505                	li	a0,1
80800eaa:	4581                	li	a1,0
80800eac:	4601                	li	a2,0
80800eae:	4801                	li	a6,0
80800eb0:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80800eb4:	00000073          	ecall
80800eb8:	80801537          	lui	a0,0x80801
80800ebc:	32c50513          	add	a0,a0,812 # 8080132c <payload_main+0xd52>
80800ec0:	a7cff0ef          	jal	8080013c <print>
80800ec4:	b1c1                	j	80800b84 <payload_main+0x5aa>
