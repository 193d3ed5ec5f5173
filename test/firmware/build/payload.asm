
build/payload.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00006117          	auipc	sp,0x6
80400004:	7d010113          	add	sp,sp,2000 # 804067d0 <reboot_marker>
80400008:	00001297          	auipc	t0,0x1
8040000c:	39828293          	add	t0,t0,920 # 804013a0 <user_ecalls>
80400010:	00002317          	auipc	t1,0x2
80400014:	7c030313          	add	t1,t1,1984 # 804027d0 <__bss_end>
80400018:	0062f663          	bgeu	t0,t1,80400024 <_start+0x24>
8040001c:	0002a023          	sw	zero,0(t0)
80400020:	0291                	add	t0,t0,4
80400022:	bfdd                	j	80400018 <_start+0x18>
80400024:	00000297          	auipc	t0,0x0
80400028:	01c28293          	add	t0,t0,28 # 80400040 <s_trap_entry>
8040002c:	10529073          	csrw	stvec,t0
80400030:	00002297          	auipc	t0,0x2
80400034:	3a028293          	add	t0,t0,928 # 804023d0 <user_stack>
80400038:	14029073          	csrw	sscratch,t0
8040003c:	2b79                	jal	804005da <payload_main>
	...

80400040 <s_trap_entry>:
80400040:	14011173          	csrrw	sp,sscratch,sp
80400044:	7119                	add	sp,sp,-128
80400046:	c206                	sw	ra,4(sp)
80400048:	c60e                	sw	gp,12(sp)
8040004a:	c812                	sw	tp,16(sp)
8040004c:	ca16                	sw	t0,20(sp)
8040004e:	cc1a                	sw	t1,24(sp)
80400050:	ce1e                	sw	t2,28(sp)
80400052:	d022                	sw	s0,32(sp)
80400054:	d226                	sw	s1,36(sp)
80400056:	d42a                	sw	a0,40(sp)
80400058:	d62e                	sw	a1,44(sp)
8040005a:	d832                	sw	a2,48(sp)
8040005c:	da36                	sw	a3,52(sp)
8040005e:	dc3a                	sw	a4,56(sp)
80400060:	de3e                	sw	a5,60(sp)
80400062:	c0c2                	sw	a6,64(sp)
80400064:	c2c6                	sw	a7,68(sp)
80400066:	c4ca                	sw	s2,72(sp)
80400068:	c6ce                	sw	s3,76(sp)
8040006a:	c8d2                	sw	s4,80(sp)
8040006c:	cad6                	sw	s5,84(sp)
8040006e:	ccda                	sw	s6,88(sp)
80400070:	cede                	sw	s7,92(sp)
80400072:	d0e2                	sw	s8,96(sp)
80400074:	d2e6                	sw	s9,100(sp)
80400076:	d4ea                	sw	s10,104(sp)
80400078:	d6ee                	sw	s11,108(sp)
8040007a:	d8f2                	sw	t3,112(sp)
8040007c:	daf6                	sw	t4,116(sp)
8040007e:	dcfa                	sw	t5,120(sp)
80400080:	defe                	sw	t6,124(sp)
80400082:	140022f3          	csrr	t0,sscratch
80400086:	c416                	sw	t0,8(sp)
80400088:	08010293          	add	t0,sp,128
8040008c:	14029073          	csrw	sscratch,t0
80400090:	850a                	mv	a0,sp
80400092:	2ee5                	jal	8040048a <s_trap>
80400094:	4092                	lw	ra,4(sp)
80400096:	41b2                	lw	gp,12(sp)
80400098:	4242                	lw	tp,16(sp)
8040009a:	42d2                	lw	t0,20(sp)
8040009c:	4362                	lw	t1,24(sp)
8040009e:	43f2                	lw	t2,28(sp)
804000a0:	5402                	lw	s0,32(sp)
804000a2:	5492                	lw	s1,36(sp)
804000a4:	5522                	lw	a0,40(sp)
804000a6:	55b2                	lw	a1,44(sp)
804000a8:	5642                	lw	a2,48(sp)
804000aa:	56d2                	lw	a3,52(sp)
804000ac:	5762                	lw	a4,56(sp)
804000ae:	57f2                	lw	a5,60(sp)
804000b0:	4806                	lw	a6,64(sp)
804000b2:	4896                	lw	a7,68(sp)
804000b4:	4926                	lw	s2,72(sp)
804000b6:	49b6                	lw	s3,76(sp)
804000b8:	4a46                	lw	s4,80(sp)
804000ba:	4ad6                	lw	s5,84(sp)
804000bc:	4b66                	lw	s6,88(sp)
804000be:	4bf6                	lw	s7,92(sp)
804000c0:	5c06                	lw	s8,96(sp)
804000c2:	5c96                	lw	s9,100(sp)
804000c4:	5d26                	lw	s10,104(sp)
804000c6:	5db6                	lw	s11,108(sp)
804000c8:	5e46                	lw	t3,112(sp)
804000ca:	5ed6                	lw	t4,116(sp)
804000cc:	5f66                	lw	t5,120(sp)
804000ce:	5ff6                	lw	t6,124(sp)
804000d0:	4122                	lw	sp,8(sp)
804000d2:	10200073          	sret
	...

804000d8 <enter_user>:
804000d8:	7139                	add	sp,sp,-64
804000da:	c006                	sw	ra,0(sp)
804000dc:	c222                	sw	s0,4(sp)
804000de:	c426                	sw	s1,8(sp)
804000e0:	c64a                	sw	s2,12(sp)
804000e2:	c84e                	sw	s3,16(sp)
804000e4:	ca52                	sw	s4,20(sp)
804000e6:	cc56                	sw	s5,24(sp)
804000e8:	ce5a                	sw	s6,28(sp)
804000ea:	d05e                	sw	s7,32(sp)
804000ec:	d262                	sw	s8,36(sp)
804000ee:	d466                	sw	s9,40(sp)
804000f0:	d66a                	sw	s10,44(sp)
804000f2:	d86e                	sw	s11,48(sp)
804000f4:	00001297          	auipc	t0,0x1
804000f8:	2cc28293          	add	t0,t0,716 # 804013c0 <user_saved_sp>
804000fc:	0022a023          	sw	sp,0(t0)
80400100:	14151073          	csrw	sepc,a0
80400104:	10000293          	li	t0,256
80400108:	1002b073          	csrc	sstatus,t0
8040010c:	812e                	mv	sp,a1
8040010e:	10200073          	sret

80400112 <user_return>:
80400112:	00001297          	auipc	t0,0x1
80400116:	2ae28293          	add	t0,t0,686 # 804013c0 <user_saved_sp>
8040011a:	0002a103          	lw	sp,0(t0)
8040011e:	4082                	lw	ra,0(sp)
80400120:	4412                	lw	s0,4(sp)
80400122:	44a2                	lw	s1,8(sp)
80400124:	4932                	lw	s2,12(sp)
80400126:	49c2                	lw	s3,16(sp)
80400128:	4a52                	lw	s4,20(sp)
8040012a:	4ae2                	lw	s5,24(sp)
8040012c:	4b72                	lw	s6,28(sp)
8040012e:	5b82                	lw	s7,32(sp)
80400130:	5c12                	lw	s8,36(sp)
80400132:	5ca2                	lw	s9,40(sp)
80400134:	5d32                	lw	s10,44(sp)
80400136:	5dc2                	lw	s11,48(sp)
80400138:	6121                	add	sp,sp,64
8040013a:	8082                	ret

8040013c <print>:
8040013c:	00054783          	lbu	a5,0(a0)
80400140:	85aa                	mv	a1,a0
80400142:	4501                	li	a0,0
80400144:	c799                	beqz	a5,80400152 <print+0x16>
80400146:	0505                	add	a0,a0,1
80400148:	00a587b3          	add	a5,a1,a0
8040014c:	0007c783          	lbu	a5,0(a5)
80400150:	fbfd                	bnez	a5,80400146 <print+0xa>
80400152:	444248b7          	lui	a7,0x44424
80400156:	4601                	li	a2,0
80400158:	4801                	li	a6,0
8040015a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040015e:	00000073          	ecall
80400162:	8082                	ret

80400164 <shutdown>:
80400164:	1141                	add	sp,sp,-16
80400166:	535258b7          	lui	a7,0x53525
8040016a:	85aa                	mv	a1,a0
8040016c:	c606                	sw	ra,12(sp)
8040016e:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80400172:	4501                	li	a0,0
80400174:	4601                	li	a2,0
80400176:	4801                	li	a6,0
80400178:	00000073          	ecall
8040017c:	80401537          	lui	a0,0x80401
80400180:	ec850513          	add	a0,a0,-312 # 80400ec8 <payload_main+0x8ee>
80400184:	3f65                	jal	8040013c <print>
80400186:	000237b7          	lui	a5,0x23
8040018a:	00100737          	lui	a4,0x100
8040018e:	33378793          	add	a5,a5,819 # 23333 <__stack_size+0x1f333>
80400192:	c31c                	sw	a5,0(a4)
80400194:	a001                	j	80400194 <shutdown+0x30>

80400196 <user_main>:
80400196:	55534537          	lui	a0,0x55534
8040019a:	55250513          	add	a0,a0,1362 # 55534552 <__stack_size+0x55530552>
8040019e:	4801                	li	a6,0
804001a0:	48c1                	li	a7,16
804001a2:	00000073          	ecall
804001a6:	00000073          	ecall
804001aa:	bfe5                	j	804001a2 <user_main+0xc>

804001ac <print_hex>:
804001ac:	804017b7          	lui	a5,0x80401
804001b0:	ee478593          	add	a1,a5,-284 # 80400ee4 <payload_main+0x90a>
804001b4:	832a                	mv	t1,a0
804001b6:	ee478793          	add	a5,a5,-284
804001ba:	0017c703          	lbu	a4,1(a5)
804001be:	86be                	mv	a3,a5
804001c0:	0785                	add	a5,a5,1
804001c2:	ff65                	bnez	a4,804001ba <print_hex+0xe>
804001c4:	8e8d                	sub	a3,a3,a1
804001c6:	444248b7          	lui	a7,0x44424
804001ca:	00168513          	add	a0,a3,1
804001ce:	4601                	li	a2,0
804001d0:	4801                	li	a6,0
804001d2:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
804001d6:	00000073          	ecall
804001da:	804016b7          	lui	a3,0x80401
804001de:	4771                	li	a4,28
804001e0:	ee868693          	add	a3,a3,-280 # 80400ee8 <payload_main+0x90e>
804001e4:	5e71                	li	t3,-4
804001e6:	00e357b3          	srl	a5,t1,a4
804001ea:	8bbd                	and	a5,a5,15
804001ec:	97b6                	add	a5,a5,a3
804001ee:	0007c503          	lbu	a0,0(a5)
804001f2:	4581                	li	a1,0
804001f4:	4601                	li	a2,0
804001f6:	4809                	li	a6,2
804001f8:	00000073          	ecall
804001fc:	1771                	add	a4,a4,-4 # ffffc <__stack_size+0xfbffc>
804001fe:	ffc714e3          	bne	a4,t3,804001e6 <print_hex+0x3a>
80400202:	8082                	ret

80400204 <check.part.0>:
80400204:	804017b7          	lui	a5,0x80401
80400208:	832e                	mv	t1,a1
8040020a:	86aa                	mv	a3,a0
8040020c:	efc78593          	add	a1,a5,-260 # 80400efc <payload_main+0x922>
80400210:	efc78793          	add	a5,a5,-260
80400214:	0017c703          	lbu	a4,1(a5)
80400218:	853e                	mv	a0,a5
8040021a:	0785                	add	a5,a5,1
8040021c:	ff65                	bnez	a4,80400214 <check.part.0+0x10>
8040021e:	8d0d                	sub	a0,a0,a1
80400220:	444248b7          	lui	a7,0x44424
80400224:	0505                	add	a0,a0,1
80400226:	4601                	li	a2,0
80400228:	4801                	li	a6,0
8040022a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040022e:	00000073          	ecall
80400232:	0006c783          	lbu	a5,0(a3)
80400236:	4501                	li	a0,0
80400238:	c799                	beqz	a5,80400246 <check.part.0+0x42>
8040023a:	0505                	add	a0,a0,1
8040023c:	00a687b3          	add	a5,a3,a0
80400240:	0007c783          	lbu	a5,0(a5)
80400244:	fbfd                	bnez	a5,8040023a <check.part.0+0x36>
80400246:	444248b7          	lui	a7,0x44424
8040024a:	85b6                	mv	a1,a3
8040024c:	4601                	li	a2,0
8040024e:	4801                	li	a6,0
80400250:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400254:	00000073          	ecall
80400258:	804015b7          	lui	a1,0x80401
8040025c:	4505                	li	a0,1
8040025e:	f0458593          	add	a1,a1,-252 # 80400f04 <payload_main+0x92a>
80400262:	00000073          	ecall
80400266:	804017b7          	lui	a5,0x80401
8040026a:	ee478593          	add	a1,a5,-284 # 80400ee4 <payload_main+0x90a>
8040026e:	ee478793          	add	a5,a5,-284
80400272:	0017c703          	lbu	a4,1(a5)
80400276:	853e                	mv	a0,a5
80400278:	0785                	add	a5,a5,1
8040027a:	ff65                	bnez	a4,80400272 <check.part.0+0x6e>
8040027c:	8d0d                	sub	a0,a0,a1
8040027e:	444248b7          	lui	a7,0x44424
80400282:	0505                	add	a0,a0,1
80400284:	4601                	li	a2,0
80400286:	4801                	li	a6,0
80400288:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040028c:	00000073          	ecall
80400290:	804016b7          	lui	a3,0x80401
80400294:	4771                	li	a4,28
80400296:	ee868693          	add	a3,a3,-280 # 80400ee8 <payload_main+0x90e>
8040029a:	5e71                	li	t3,-4
8040029c:	00e357b3          	srl	a5,t1,a4
804002a0:	8bbd                	and	a5,a5,15
804002a2:	97b6                	add	a5,a5,a3
804002a4:	0007c503          	lbu	a0,0(a5)
804002a8:	4581                	li	a1,0
804002aa:	4601                	li	a2,0
804002ac:	4809                	li	a6,2
804002ae:	00000073          	ecall
804002b2:	1771                	add	a4,a4,-4
804002b4:	ffc714e3          	bne	a4,t3,8040029c <check.part.0+0x98>
804002b8:	804015b7          	lui	a1,0x80401
804002bc:	4505                	li	a0,1
804002be:	34458593          	add	a1,a1,836 # 80401344 <payload_main+0xd6a>
804002c2:	4801                	li	a6,0
804002c4:	00000073          	ecall
804002c8:	80401737          	lui	a4,0x80401
804002cc:	3bc72783          	lw	a5,956(a4) # 804013bc <failures>
804002d0:	0785                	add	a5,a5,1
804002d2:	3af72e23          	sw	a5,956(a4)
804002d6:	8082                	ret

804002d8 <base_call>:
804002d8:	1141                	add	sp,sp,-16
804002da:	882a                	mv	a6,a0
804002dc:	c606                	sw	ra,12(sp)
804002de:	852e                	mv	a0,a1
804002e0:	c422                	sw	s0,8(sp)
804002e2:	4581                	li	a1,0
804002e4:	4601                	li	a2,0
804002e6:	48c1                	li	a7,16
804002e8:	00000073          	ecall
804002ec:	842e                	mv	s0,a1
804002ee:	e511                	bnez	a0,804002fa <base_call+0x22>
804002f0:	40b2                	lw	ra,12(sp)
804002f2:	8522                	mv	a0,s0
804002f4:	4422                	lw	s0,8(sp)
804002f6:	0141                	add	sp,sp,16
804002f8:	8082                	ret
804002fa:	80401537          	lui	a0,0x80401
804002fe:	f0850513          	add	a0,a0,-248 # 80400f08 <payload_main+0x92e>
80400302:	85c2                	mv	a1,a6
80400304:	3701                	jal	80400204 <check.part.0>
80400306:	40b2                	lw	ra,12(sp)
80400308:	8522                	mv	a0,s0
8040030a:	4422                	lw	s0,8(sp)
8040030c:	0141                	add	sp,sp,16
8040030e:	8082                	ret

80400310 <check_timer>:
80400310:	7179                	add	sp,sp,-48
80400312:	ce4e                	sw	s3,28(sp)
80400314:	804019b7          	lui	s3,0x80401
80400318:	cc52                	sw	s4,24(sp)
8040031a:	3bc9aa03          	lw	s4,956(s3) # 804013bc <failures>
8040031e:	d04a                	sw	s2,32(sp)
80400320:	d606                	sw	ra,44(sp)
80400322:	d422                	sw	s0,40(sp)
80400324:	d226                	sw	s1,36(sp)
80400326:	ca56                	sw	s5,20(sp)
80400328:	c85a                	sw	s6,16(sp)
8040032a:	c65e                	sw	s7,12(sp)
8040032c:	892e                	mv	s2,a1
8040032e:	c81024f3          	rdtimeh	s1
80400332:	c0102473          	rdtime	s0
80400336:	c81027f3          	rdtimeh	a5
8040033a:	fef49ae3          	bne	s1,a5,8040032e <check_timer+0x1e>
8040033e:	6b61                	lui	s6,0x18
80400340:	6a0b0b13          	add	s6,s6,1696 # 186a0 <__stack_size+0x146a0>
80400344:	9b22                	add	s6,s6,s0
80400346:	008b3bb3          	sltu	s7,s6,s0
8040034a:	80401ab7          	lui	s5,0x80401
8040034e:	9ba6                	add	s7,s7,s1
80400350:	3a0aac23          	sw	zero,952(s5) # 804013b8 <timer_irqs>
80400354:	02000793          	li	a5,32
80400358:	1047a073          	csrs	sie,a5
8040035c:	cd55                	beqz	a0,80400418 <check_timer+0x108>
8040035e:	855a                	mv	a0,s6
80400360:	85de                	mv	a1,s7
80400362:	4601                	li	a2,0
80400364:	4801                	li	a6,0
80400366:	4881                	li	a7,0
80400368:	00000073          	ecall
8040036c:	e169                	bnez	a0,8040042e <check_timer+0x11e>
8040036e:	144027f3          	csrr	a5,sip
80400372:	144025f3          	csrr	a1,sip
80400376:	0207f793          	and	a5,a5,32
8040037a:	e3e5                	bnez	a5,8040045a <check_timer+0x14a>
8040037c:	4789                	li	a5,2
8040037e:	1007a073          	csrs	sstatus,a5
80400382:	009a25b7          	lui	a1,0x9a2
80400386:	d2058593          	add	a1,a1,-736 # 9a1d20 <__stack_size+0x99dd20>
8040038a:	95a2                	add	a1,a1,s0
8040038c:	0085b633          	sltu	a2,a1,s0
80400390:	9626                	add	a2,a2,s1
80400392:	3b8aa783          	lw	a5,952(s5)
80400396:	ef99                	bnez	a5,804003b4 <check_timer+0xa4>
80400398:	c81027f3          	rdtimeh	a5
8040039c:	c01026f3          	rdtime	a3
804003a0:	c8102773          	rdtimeh	a4
804003a4:	fee79ae3          	bne	a5,a4,80400398 <check_timer+0x88>
804003a8:	fec7e5e3          	bltu	a5,a2,80400392 <check_timer+0x82>
804003ac:	00f61463          	bne	a2,a5,804003b4 <check_timer+0xa4>
804003b0:	feb6e1e3          	bltu	a3,a1,80400392 <check_timer+0x82>
804003b4:	4789                	li	a5,2
804003b6:	1007b073          	csrc	sstatus,a5
804003ba:	3b8aa703          	lw	a4,952(s5)
804003be:	3b8aa583          	lw	a1,952(s5)
804003c2:	4785                	li	a5,1
804003c4:	08f71563          	bne	a4,a5,8040044e <check_timer+0x13e>
804003c8:	804017b7          	lui	a5,0x80401
804003cc:	3b07a603          	lw	a2,944(a5) # 804013b0 <timer_irq_time>
804003d0:	3b47a683          	lw	a3,948(a5)
804003d4:	3b07a503          	lw	a0,944(a5)
804003d8:	3b47a583          	lw	a1,948(a5)
804003dc:	0776e263          	bltu	a3,s7,80400440 <check_timer+0x130>
804003e0:	04db8e63          	beq	s7,a3,8040043c <check_timer+0x12c>
804003e4:	144027f3          	csrr	a5,sip
804003e8:	144025f3          	csrr	a1,sip
804003ec:	0207f793          	and	a5,a5,32
804003f0:	ebbd                	bnez	a5,80400466 <check_timer+0x156>
804003f2:	02000793          	li	a5,32
804003f6:	1047b073          	csrc	sie,a5
804003fa:	3bc9a783          	lw	a5,956(s3)
804003fe:	06fa0a63          	beq	s4,a5,80400472 <check_timer+0x162>
80400402:	50b2                	lw	ra,44(sp)
80400404:	5422                	lw	s0,40(sp)
80400406:	5492                	lw	s1,36(sp)
80400408:	5902                	lw	s2,32(sp)
8040040a:	49f2                	lw	s3,28(sp)
8040040c:	4a62                	lw	s4,24(sp)
8040040e:	4ad2                	lw	s5,20(sp)
80400410:	4b42                	lw	s6,16(sp)
80400412:	4bb2                	lw	s7,12(sp)
80400414:	6145                	add	sp,sp,48
80400416:	8082                	ret
80400418:	544958b7          	lui	a7,0x54495
8040041c:	855a                	mv	a0,s6
8040041e:	85de                	mv	a1,s7
80400420:	4601                	li	a2,0
80400422:	4801                	li	a6,0
80400424:	d4588893          	add	a7,a7,-699 # 54494d45 <__stack_size+0x54490d45>
80400428:	00000073          	ecall
8040042c:	d129                	beqz	a0,8040036e <check_timer+0x5e>
8040042e:	85aa                	mv	a1,a0
80400430:	80401537          	lui	a0,0x80401
80400434:	f1850513          	add	a0,a0,-232 # 80400f18 <payload_main+0x93e>
80400438:	33f1                	jal	80400204 <check.part.0>
8040043a:	bf15                	j	8040036e <check_timer+0x5e>
8040043c:	fb6674e3          	bgeu	a2,s6,804003e4 <check_timer+0xd4>
80400440:	85aa                	mv	a1,a0
80400442:	80401537          	lui	a0,0x80401
80400446:	f5450513          	add	a0,a0,-172 # 80400f54 <payload_main+0x97a>
8040044a:	3b6d                	jal	80400204 <check.part.0>
8040044c:	bf61                	j	804003e4 <check_timer+0xd4>
8040044e:	80401537          	lui	a0,0x80401
80400452:	f4050513          	add	a0,a0,-192 # 80400f40 <payload_main+0x966>
80400456:	337d                	jal	80400204 <check.part.0>
80400458:	bf85                	j	804003c8 <check_timer+0xb8>
8040045a:	80401537          	lui	a0,0x80401
8040045e:	f2450513          	add	a0,a0,-220 # 80400f24 <payload_main+0x94a>
80400462:	334d                	jal	80400204 <check.part.0>
80400464:	bf21                	j	8040037c <check_timer+0x6c>
80400466:	80401537          	lui	a0,0x80401
8040046a:	f7850513          	add	a0,a0,-136 # 80400f78 <payload_main+0x99e>
8040046e:	3b59                	jal	80400204 <check.part.0>
80400470:	b749                	j	804003f2 <check_timer+0xe2>
80400472:	5422                	lw	s0,40(sp)
80400474:	50b2                	lw	ra,44(sp)
80400476:	5492                	lw	s1,36(sp)
80400478:	49f2                	lw	s3,28(sp)
8040047a:	4a62                	lw	s4,24(sp)
8040047c:	4ad2                	lw	s5,20(sp)
8040047e:	4b42                	lw	s6,16(sp)
80400480:	4bb2                	lw	s7,12(sp)
80400482:	854a                	mv	a0,s2
80400484:	5902                	lw	s2,32(sp)
80400486:	6145                	add	sp,sp,48
80400488:	b955                	j	8040013c <print>

8040048a <s_trap>:
8040048a:	1141                	add	sp,sp,-16
8040048c:	c606                	sw	ra,12(sp)
8040048e:	c422                	sw	s0,8(sp)
80400490:	c226                	sw	s1,4(sp)
80400492:	14202473          	csrr	s0,scause
80400496:	141024f3          	csrr	s1,sepc
8040049a:	800007b7          	lui	a5,0x80000
8040049e:	0795                	add	a5,a5,5 # 80000005 <__stack_size+0x7fffc005>
804004a0:	04f40a63          	beq	s0,a5,804004f4 <s_trap+0x6a>
804004a4:	ffd47793          	and	a5,s0,-3
804004a8:	4715                	li	a4,5
804004aa:	08e78a63          	beq	a5,a4,8040053e <s_trap+0xb4>
804004ae:	4785                	li	a5,1
804004b0:	0cf40163          	beq	s0,a5,80400572 <s_trap+0xe8>
804004b4:	47a1                	li	a5,8
804004b6:	0ef41b63          	bne	s0,a5,804005ac <s_trap+0x122>
804004ba:	100027f3          	csrr	a5,sstatus
804004be:	1007f793          	and	a5,a5,256
804004c2:	e7ed                	bnez	a5,804005ac <s_trap+0x122>
804004c4:	4178                	lw	a4,68(a0)
804004c6:	47c1                	li	a5,16
804004c8:	0cf70363          	beq	a4,a5,8040058e <s_trap+0x104>
804004cc:	444f57b7          	lui	a5,0x444f5
804004d0:	e4578793          	add	a5,a5,-443 # 444f4e45 <__stack_size+0x444f0e45>
804004d4:	d51c                	sw	a5,40(a0)
804004d6:	10000793          	li	a5,256
804004da:	1007a073          	csrs	sstatus,a5
804004de:	804007b7          	lui	a5,0x80400
804004e2:	11278793          	add	a5,a5,274 # 80400112 <user_return>
804004e6:	14179073          	csrw	sepc,a5
804004ea:	40b2                	lw	ra,12(sp)
804004ec:	4422                	lw	s0,8(sp)
804004ee:	4492                	lw	s1,4(sp)
804004f0:	0141                	add	sp,sp,16
804004f2:	8082                	ret
804004f4:	c81027f3          	rdtimeh	a5
804004f8:	c01026f3          	rdtime	a3
804004fc:	c8102773          	rdtimeh	a4
80400500:	fee79ae3          	bne	a5,a4,804004f4 <s_trap+0x6a>
80400504:	85be                	mv	a1,a5
80400506:	804017b7          	lui	a5,0x80401
8040050a:	3ad7a823          	sw	a3,944(a5) # 804013b0 <timer_irq_time>
8040050e:	3ab7aa23          	sw	a1,948(a5)
80400512:	80401737          	lui	a4,0x80401
80400516:	3b872783          	lw	a5,952(a4) # 804013b8 <timer_irqs>
8040051a:	544958b7          	lui	a7,0x54495
8040051e:	557d                	li	a0,-1
80400520:	0785                	add	a5,a5,1
80400522:	3af72c23          	sw	a5,952(a4)
80400526:	55fd                	li	a1,-1
80400528:	4601                	li	a2,0
8040052a:	4801                	li	a6,0
8040052c:	d4588893          	add	a7,a7,-699 # 54494d45 <__stack_size+0x54490d45>
80400530:	00000073          	ecall
80400534:	40b2                	lw	ra,12(sp)
80400536:	4422                	lw	s0,8(sp)
80400538:	4492                	lw	s1,4(sp)
8040053a:	0141                	add	sp,sp,16
8040053c:	8082                	ret
8040053e:	804017b7          	lui	a5,0x80401
80400542:	3a87a423          	sw	s0,936(a5) # 804013a8 <fault_cause>
80400546:	14302773          	csrr	a4,stval
8040054a:	804017b7          	lui	a5,0x80401
8040054e:	3ae7a223          	sw	a4,932(a5) # 804013a4 <fault_tval>
80400552:	0004d783          	lhu	a5,0(s1)
80400556:	468d                	li	a3,3
80400558:	4709                	li	a4,2
8040055a:	8b8d                	and	a5,a5,3
8040055c:	00d79363          	bne	a5,a3,80400562 <s_trap+0xd8>
80400560:	4711                	li	a4,4
80400562:	94ba                	add	s1,s1,a4
80400564:	14149073          	csrw	sepc,s1
80400568:	40b2                	lw	ra,12(sp)
8040056a:	4422                	lw	s0,8(sp)
8040056c:	4492                	lw	s1,4(sp)
8040056e:	0141                	add	sp,sp,16
80400570:	8082                	ret
80400572:	804017b7          	lui	a5,0x80401
80400576:	3a87a423          	sw	s0,936(a5) # 804013a8 <fault_cause>
8040057a:	143026f3          	csrr	a3,stval
8040057e:	80401737          	lui	a4,0x80401
80400582:	415c                	lw	a5,4(a0)
80400584:	3ad72223          	sw	a3,932(a4) # 804013a4 <fault_tval>
80400588:	14179073          	csrw	sepc,a5
8040058c:	b765                	j	80400534 <s_trap+0xaa>
8040058e:	5518                	lw	a4,40(a0)
80400590:	555347b7          	lui	a5,0x55534
80400594:	55278793          	add	a5,a5,1362 # 55534552 <__stack_size+0x55530552>
80400598:	f2f71ae3          	bne	a4,a5,804004cc <s_trap+0x42>
8040059c:	80401737          	lui	a4,0x80401
804005a0:	3a072783          	lw	a5,928(a4) # 804013a0 <user_ecalls>
804005a4:	0785                	add	a5,a5,1
804005a6:	3af72023          	sw	a5,928(a4)
804005aa:	b70d                	j	804004cc <s_trap+0x42>
804005ac:	80401537          	lui	a0,0x80401
804005b0:	f9050513          	add	a0,a0,-112 # 80400f90 <payload_main+0x9b6>
804005b4:	3661                	jal	8040013c <print>
804005b6:	8522                	mv	a0,s0
804005b8:	3ed5                	jal	804001ac <print_hex>
804005ba:	80401537          	lui	a0,0x80401
804005be:	fb450513          	add	a0,a0,-76 # 80400fb4 <payload_main+0x9da>
804005c2:	3ead                	jal	8040013c <print>
804005c4:	8526                	mv	a0,s1
804005c6:	36dd                	jal	804001ac <print_hex>
804005c8:	80401537          	lui	a0,0x80401
804005cc:	34450513          	add	a0,a0,836 # 80401344 <payload_main+0xd6a>
804005d0:	36b5                	jal	8040013c <print>
804005d2:	f0000537          	lui	a0,0xf0000
804005d6:	0509                	add	a0,a0,2 # f0000002 <reboot_marker+0x6fbf9832>
804005d8:	3671                	jal	80400164 <shutdown>

804005da <payload_main>:
804005da:	7139                	add	sp,sp,-64
804005dc:	d84a                	sw	s2,48(sp)
804005de:	80406937          	lui	s2,0x80406
804005e2:	7d092703          	lw	a4,2000(s2) # 804067d0 <reboot_marker>
804005e6:	524257b7          	lui	a5,0x52425
804005ea:	de06                	sw	ra,60(sp)
804005ec:	dc22                	sw	s0,56(sp)
804005ee:	da26                	sw	s1,52(sp)
804005f0:	d64e                	sw	s3,44(sp)
804005f2:	d452                	sw	s4,40(sp)
804005f4:	d256                	sw	s5,36(sp)
804005f6:	d05a                	sw	s6,32(sp)
804005f8:	ce5e                	sw	s7,28(sp)
804005fa:	cc62                	sw	s8,24(sp)
804005fc:	ca66                	sw	s9,20(sp)
804005fe:	c86a                	sw	s10,16(sp)
80400600:	f5478793          	add	a5,a5,-172 # 52424f54 <__stack_size+0x52420f54>
80400604:	78f70563          	beq	a4,a5,80400d8e <payload_main+0x7b4>
80400608:	804017b7          	lui	a5,0x80401
8040060c:	89aa                	mv	s3,a0
8040060e:	8a2e                	mv	s4,a1
80400610:	fbc78793          	add	a5,a5,-68 # 80400fbc <payload_main+0x9e2>
80400614:	4681                	li	a3,0
80400616:	07300713          	li	a4,115
8040061a:	853a                	mv	a0,a4
8040061c:	4581                	li	a1,0
8040061e:	4601                	li	a2,0
80400620:	4801                	li	a6,0
80400622:	4885                	li	a7,1
80400624:	00000073          	ecall
80400628:	0017c703          	lbu	a4,1(a5)
8040062c:	8ec9                	or	a3,a3,a0
8040062e:	0785                	add	a5,a5,1
80400630:	f76d                	bnez	a4,8040061a <payload_main+0x40>
80400632:	5a069e63          	bnez	a3,80400bee <payload_main+0x614>
80400636:	804015b7          	lui	a1,0x80401
8040063a:	444248b7          	lui	a7,0x44424
8040063e:	454d                	li	a0,19
80400640:	38458593          	add	a1,a1,900 # 80401384 <line.2>
80400644:	4601                	li	a2,0
80400646:	4801                	li	a6,0
80400648:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040064c:	00000073          	ecall
80400650:	e501                	bnez	a0,80400658 <payload_main+0x7e>
80400652:	47cd                	li	a5,19
80400654:	00f58763          	beq	a1,a5,80400662 <payload_main+0x88>
80400658:	80401537          	lui	a0,0x80401
8040065c:	01050513          	add	a0,a0,16 # 80401010 <payload_main+0xa36>
80400660:	3655                	jal	80400204 <check.part.0>
80400662:	804017b7          	lui	a5,0x80401
80400666:	444248b7          	lui	a7,0x44424
8040066a:	fd478793          	add	a5,a5,-44 # 80400fd4 <payload_main+0x9fa>
8040066e:	4701                	li	a4,0
80400670:	07300413          	li	s0,115
80400674:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400678:	8522                	mv	a0,s0
8040067a:	4581                	li	a1,0
8040067c:	4601                	li	a2,0
8040067e:	4809                	li	a6,2
80400680:	00000073          	ecall
80400684:	0017c403          	lbu	s0,1(a5)
80400688:	8f49                	or	a4,a4,a0
8040068a:	0785                	add	a5,a5,1
8040068c:	f475                	bnez	s0,80400678 <payload_main+0x9e>
8040068e:	54071863          	bnez	a4,80400bde <payload_main+0x604>
80400692:	804014b7          	lui	s1,0x80401
80400696:	3bc4aa83          	lw	s5,956(s1) # 804013bc <failures>
8040069a:	56099263          	bnez	s3,80400bfe <payload_main+0x624>
8040069e:	000a0a63          	beqz	s4,804006b2 <payload_main+0xd8>
804006a2:	000a2703          	lw	a4,0(s4)
804006a6:	edfe17b7          	lui	a5,0xedfe1
804006aa:	dd078793          	add	a5,a5,-560 # edfe0dd0 <reboot_marker+0x6dbda600>
804006ae:	00f70863          	beq	a4,a5,804006be <payload_main+0xe4>
804006b2:	80401537          	lui	a0,0x80401
804006b6:	85d2                	mv	a1,s4
804006b8:	03450513          	add	a0,a0,52 # 80401034 <payload_main+0xa5a>
804006bc:	36a1                	jal	80400204 <check.part.0>
804006be:	3bc4a983          	lw	s3,956(s1)
804006c2:	713a8f63          	beq	s5,s3,80400de0 <payload_main+0x806>
804006c6:	804007b7          	lui	a5,0x80400
804006ca:	00078793          	mv	a5,a5
804006ce:	80400737          	lui	a4,0x80400
804006d2:	00e78763          	beq	a5,a4,804006e0 <payload_main+0x106>
804006d6:	80401537          	lui	a0,0x80401
804006da:	05450513          	add	a0,a0,84 # 80401054 <payload_main+0xa7a>
804006de:	3cb9                	jal	8040013c <print>
804006e0:	4581                	li	a1,0
804006e2:	4501                	li	a0,0
804006e4:	3ed5                	jal	804002d8 <base_call>
804006e6:	020007b7          	lui	a5,0x2000
804006ea:	52f51c63          	bne	a0,a5,80400c22 <payload_main+0x648>
804006ee:	4581                	li	a1,0
804006f0:	4505                	li	a0,1
804006f2:	36dd                	jal	804002d8 <base_call>
804006f4:	455857b7          	lui	a5,0x45585
804006f8:	f5678793          	add	a5,a5,-170 # 45584f56 <__stack_size+0x45580f56>
804006fc:	50f51b63          	bne	a0,a5,80400c12 <payload_main+0x638>
80400700:	4581                	li	a1,0
80400702:	4509                	li	a0,2
80400704:	3ed1                	jal	804002d8 <base_call>
80400706:	4785                	li	a5,1
80400708:	52f51e63          	bne	a0,a5,80400c44 <payload_main+0x66a>
8040070c:	4581                	li	a1,0
8040070e:	4511                	li	a0,4
80400710:	36e1                	jal	804002d8 <base_call>
80400712:	4581                	li	a1,0
80400714:	4515                	li	a0,5
80400716:	36c9                	jal	804002d8 <base_call>
80400718:	4581                	li	a1,0
8040071a:	4519                	li	a0,6
8040071c:	3e75                	jal	804002d8 <base_call>
8040071e:	3bc4ac83          	lw	s9,956(s1)
80400722:	71998363          	beq	s3,s9,80400e28 <payload_main+0x84e>
80400726:	804019b7          	lui	s3,0x80401
8040072a:	36898993          	add	s3,s3,872 # 80401368 <implemented.1>
8040072e:	01c98b93          	add	s7,s3,28
80400732:	80401d37          	lui	s10,0x80401
80400736:	4b05                	li	s6,1
80400738:	80401c37          	lui	s8,0x80401
8040073c:	0009aa83          	lw	s5,0(s3)
80400740:	4581                	li	a1,0
80400742:	4601                	li	a2,0
80400744:	8556                	mv	a0,s5
80400746:	480d                	li	a6,3
80400748:	48c1                	li	a7,16
8040074a:	00000073          	ecall
8040074e:	8a2e                	mv	s4,a1
80400750:	42051f63          	bnez	a0,80400b8e <payload_main+0x5b4>
80400754:	456a1463          	bne	s4,s6,80400b9c <payload_main+0x5c2>
80400758:	0991                	add	s3,s3,4
8040075a:	ff7991e3          	bne	s3,s7,8040073c <payload_main+0x162>
8040075e:	004859b7          	lui	s3,0x485
80400762:	34d98593          	add	a1,s3,845 # 48534d <__stack_size+0x48134d>
80400766:	450d                	li	a0,3
80400768:	3e85                	jal	804002d8 <base_call>
8040076a:	4c051463          	bnez	a0,80400c32 <payload_main+0x658>
8040076e:	3bc4a983          	lw	s3,956(s1)
80400772:	6d998263          	beq	s3,s9,80400e36 <payload_main+0x85c>
80400776:	004858b7          	lui	a7,0x485
8040077a:	4501                	li	a0,0
8040077c:	4581                	li	a1,0
8040077e:	4601                	li	a2,0
80400780:	4801                	li	a6,0
80400782:	34d88893          	add	a7,a7,845 # 48534d <__stack_size+0x48134d>
80400786:	00000073          	ecall
8040078a:	57f9                	li	a5,-2
8040078c:	4ef51d63          	bne	a0,a5,80400c86 <payload_main+0x6ac>
80400790:	4501                	li	a0,0
80400792:	4581                	li	a1,0
80400794:	4601                	li	a2,0
80400796:	07f00813          	li	a6,127
8040079a:	48c1                	li	a7,16
8040079c:	00000073          	ecall
804007a0:	57f9                	li	a5,-2
804007a2:	4cf51963          	bne	a0,a5,80400c74 <payload_main+0x69a>
804007a6:	544958b7          	lui	a7,0x54495
804007aa:	4501                	li	a0,0
804007ac:	4581                	li	a1,0
804007ae:	4601                	li	a2,0
804007b0:	4805                	li	a6,1
804007b2:	d4588893          	add	a7,a7,-699 # 54494d45 <__stack_size+0x54490d45>
804007b6:	00000073          	ecall
804007ba:	57f9                	li	a5,-2
804007bc:	4af51463          	bne	a0,a5,80400c64 <payload_main+0x68a>
804007c0:	535258b7          	lui	a7,0x53525
804007c4:	4501                	li	a0,0
804007c6:	4581                	li	a1,0
804007c8:	4601                	li	a2,0
804007ca:	4805                	li	a6,1
804007cc:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
804007d0:	00000073          	ecall
804007d4:	57f9                	li	a5,-2
804007d6:	46f51f63          	bne	a0,a5,80400c54 <payload_main+0x67a>
804007da:	444248b7          	lui	a7,0x44424
804007de:	4501                	li	a0,0
804007e0:	4581                	li	a1,0
804007e2:	4601                	li	a2,0
804007e4:	480d                	li	a6,3
804007e6:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
804007ea:	00000073          	ecall
804007ee:	57f9                	li	a5,-2
804007f0:	4af51363          	bne	a0,a5,80400c96 <payload_main+0x6bc>
804007f4:	3bc4aa83          	lw	s5,956(s1)
804007f8:	613a8a63          	beq	s5,s3,80400e0c <payload_main+0x832>
804007fc:	c0002b73          	rdcycle	s6
80400800:	c02025f3          	rdinstret	a1
80400804:	c81029f3          	rdtimeh	s3
80400808:	c0102a73          	rdtime	s4
8040080c:	c81027f3          	rdtimeh	a5
80400810:	fef99ae3          	bne	s3,a5,80400804 <payload_main+0x22a>
80400814:	c02027f3          	rdinstret	a5
80400818:	48f58763          	beq	a1,a5,80400ca6 <payload_main+0x6cc>
8040081c:	c00027f3          	rdcycle	a5
80400820:	38fb0463          	beq	s6,a5,80400ba8 <payload_main+0x5ce>
80400824:	3bc4a783          	lw	a5,956(s1)
80400828:	5d578b63          	beq	a5,s5,80400dfe <payload_main+0x824>
8040082c:	804015b7          	lui	a1,0x80401
80400830:	14458593          	add	a1,a1,324 # 80401144 <payload_main+0xb6a>
80400834:	4501                	li	a0,0
80400836:	3ce9                	jal	80400310 <check_timer>
80400838:	804015b7          	lui	a1,0x80401
8040083c:	15458593          	add	a1,a1,340 # 80401154 <payload_main+0xb7a>
80400840:	4505                	li	a0,1
80400842:	34f9                	jal	80400310 <check_timer>
80400844:	804019b7          	lui	s3,0x80401
80400848:	3bc4ab03          	lw	s6,956(s1)
8040084c:	3a09a423          	sw	zero,936(s3) # 804013a8 <fault_cause>
80400850:	800007b7          	lui	a5,0x80000
80400854:	4398                	lw	a4,0(a5)
80400856:	3a89a683          	lw	a3,936(s3)
8040085a:	4715                	li	a4,5
8040085c:	00e69863          	bne	a3,a4,8040086c <payload_main+0x292>
80400860:	80401737          	lui	a4,0x80401
80400864:	3a472703          	lw	a4,932(a4) # 804013a4 <fault_tval>
80400868:	54f70c63          	beq	a4,a5,80400dc0 <payload_main+0x7e6>
8040086c:	3a89a583          	lw	a1,936(s3)
80400870:	80401537          	lui	a0,0x80401
80400874:	16c50513          	add	a0,a0,364 # 8040116c <payload_main+0xb92>
80400878:	3271                	jal	80400204 <check.part.0>
8040087a:	3a09a423          	sw	zero,936(s3)
8040087e:	800007b7          	lui	a5,0x80000
80400882:	4701                	li	a4,0
80400884:	c398                	sw	a4,0(a5)
80400886:	3a89a683          	lw	a3,936(s3)
8040088a:	471d                	li	a4,7
8040088c:	00e69863          	bne	a3,a4,8040089c <payload_main+0x2c2>
80400890:	80401737          	lui	a4,0x80401
80400894:	3a472703          	lw	a4,932(a4) # 804013a4 <fault_tval>
80400898:	52f70763          	beq	a4,a5,80400dc6 <payload_main+0x7ec>
8040089c:	3a89a583          	lw	a1,936(s3)
804008a0:	80401537          	lui	a0,0x80401
804008a4:	17850513          	add	a0,a0,376 # 80401178 <payload_main+0xb9e>
804008a8:	3ab1                	jal	80400204 <check.part.0>
804008aa:	3a09a423          	sw	zero,936(s3)
804008ae:	80000a37          	lui	s4,0x80000
804008b2:	9a02                	jalr	s4
804008b4:	3a89a703          	lw	a4,936(s3)
804008b8:	4785                	li	a5,1
804008ba:	00f71863          	bne	a4,a5,804008ca <payload_main+0x2f0>
804008be:	804017b7          	lui	a5,0x80401
804008c2:	3a47a783          	lw	a5,932(a5) # 804013a4 <fault_tval>
804008c6:	51478363          	beq	a5,s4,80400dcc <payload_main+0x7f2>
804008ca:	3a89a583          	lw	a1,936(s3)
804008ce:	80401537          	lui	a0,0x80401
804008d2:	18450513          	add	a0,a0,388 # 80401184 <payload_main+0xbaa>
804008d6:	323d                	jal	80400204 <check.part.0>
804008d8:	3bc4aa83          	lw	s5,956(s1)
804008dc:	535b0f63          	beq	s6,s5,80400e1a <payload_main+0x840>
804008e0:	80401a37          	lui	s4,0x80401
804008e4:	358a0a13          	add	s4,s4,856 # 80401358 <text.0>
804008e8:	3a09a423          	sw	zero,936(s3)
804008ec:	4781                	li	a5,0
804008ee:	439c                	lw	a5,0(a5)
804008f0:	3a89a703          	lw	a4,936(s3)
804008f4:	3a89a583          	lw	a1,936(s3)
804008f8:	4795                	li	a5,5
804008fa:	3cf71e63          	bne	a4,a5,80400cd6 <payload_main+0x6fc>
804008fe:	444248b7          	lui	a7,0x44424
80400902:	4511                	li	a0,4
80400904:	4581                	li	a1,0
80400906:	4601                	li	a2,0
80400908:	4801                	li	a6,0
8040090a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040090e:	00000073          	ecall
80400912:	57f5                	li	a5,-3
80400914:	3af51963          	bne	a0,a5,80400cc6 <payload_main+0x6ec>
80400918:	444248b7          	lui	a7,0x44424
8040091c:	4511                	li	a0,4
8040091e:	800005b7          	lui	a1,0x80000
80400922:	4601                	li	a2,0
80400924:	4801                	li	a6,0
80400926:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040092a:	00000073          	ecall
8040092e:	57f5                	li	a5,-3
80400930:	38f51263          	bne	a0,a5,80400cb4 <payload_main+0x6da>
80400934:	800007b7          	lui	a5,0x80000
80400938:	444248b7          	lui	a7,0x44424
8040093c:	4541                	li	a0,16
8040093e:	ff87c593          	xor	a1,a5,-8
80400942:	4601                	li	a2,0
80400944:	4801                	li	a6,0
80400946:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040094a:	00000073          	ecall
8040094e:	5775                	li	a4,-3
80400950:	3ee51c63          	bne	a0,a4,80400d48 <payload_main+0x76e>
80400954:	800007b7          	lui	a5,0x80000
80400958:	444248b7          	lui	a7,0x44424
8040095c:	4511                	li	a0,4
8040095e:	01078593          	add	a1,a5,16 # 80000010 <__stack_size+0x7fffc010>
80400962:	4601                	li	a2,0
80400964:	4805                	li	a6,1
80400966:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040096a:	00000073          	ecall
8040096e:	5775                	li	a4,-3
80400970:	3ce51363          	bne	a0,a4,80400d36 <payload_main+0x75c>
80400974:	444248b7          	lui	a7,0x44424
80400978:	4539                	li	a0,14
8040097a:	85d2                	mv	a1,s4
8040097c:	4605                	li	a2,1
8040097e:	4801                	li	a6,0
80400980:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400984:	00000073          	ecall
80400988:	57f5                	li	a5,-3
8040098a:	38f51e63          	bne	a0,a5,80400d26 <payload_main+0x74c>
8040098e:	444248b7          	lui	a7,0x44424
80400992:	02000513          	li	a0,32
80400996:	55c1                	li	a1,-16
80400998:	4601                	li	a2,0
8040099a:	4801                	li	a6,0
8040099c:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
804009a0:	00000073          	ecall
804009a4:	57f5                	li	a5,-3
804009a6:	36f51863          	bne	a0,a5,80400d16 <payload_main+0x73c>
804009aa:	3bc4a983          	lw	s3,956(s1)
804009ae:	43598263          	beq	s3,s5,80400dd2 <payload_main+0x7f8>
804009b2:	804025b7          	lui	a1,0x80402
804009b6:	80400537          	lui	a0,0x80400
804009ba:	80401a37          	lui	s4,0x80401
804009be:	7d058593          	add	a1,a1,2000 # 804027d0 <__bss_end>
804009c2:	19650513          	add	a0,a0,406 # 80400196 <user_main>
804009c6:	3a0a2023          	sw	zero,928(s4) # 804013a0 <user_ecalls>
804009ca:	f0eff0ef          	jal	804000d8 <enter_user>
804009ce:	85aa                	mv	a1,a0
804009d0:	4789                	li	a5,2
804009d2:	1007b073          	csrc	sstatus,a5
804009d6:	444f57b7          	lui	a5,0x444f5
804009da:	e4578793          	add	a5,a5,-443 # 444f4e45 <__stack_size+0x444f0e45>
804009de:	00f51763          	bne	a0,a5,804009ec <payload_main+0x412>
804009e2:	3a0a2703          	lw	a4,928(s4)
804009e6:	4785                	li	a5,1
804009e8:	00f70863          	beq	a4,a5,804009f8 <payload_main+0x41e>
804009ec:	80401537          	lui	a0,0x80401
804009f0:	24450513          	add	a0,a0,580 # 80401244 <payload_main+0xc6a>
804009f4:	811ff0ef          	jal	80400204 <check.part.0>
804009f8:	3bc4aa03          	lw	s4,956(s1)
804009fc:	3f3a0a63          	beq	s4,s3,80400df0 <payload_main+0x816>
80400a00:	535258b7          	lui	a7,0x53525
80400a04:	450d                	li	a0,3
80400a06:	4581                	li	a1,0
80400a08:	4601                	li	a2,0
80400a0a:	4801                	li	a6,0
80400a0c:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80400a10:	00000073          	ecall
80400a14:	57f5                	li	a5,-3
80400a16:	2ef51863          	bne	a0,a5,80400d06 <payload_main+0x72c>
80400a1a:	535258b7          	lui	a7,0x53525
80400a1e:	4501                	li	a0,0
80400a20:	4589                	li	a1,2
80400a22:	4601                	li	a2,0
80400a24:	4801                	li	a6,0
80400a26:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80400a2a:	00000073          	ecall
80400a2e:	57f5                	li	a5,-3
80400a30:	2cf51363          	bne	a0,a5,80400cf6 <payload_main+0x71c>
80400a34:	535258b7          	lui	a7,0x53525
80400a38:	4505                	li	a0,1
80400a3a:	e00005b7          	lui	a1,0xe0000
80400a3e:	4601                	li	a2,0
80400a40:	4801                	li	a6,0
80400a42:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80400a46:	00000073          	ecall
80400a4a:	57f5                	li	a5,-3
80400a4c:	28f51c63          	bne	a0,a5,80400ce4 <payload_main+0x70a>
80400a50:	3bc4a983          	lw	s3,956(s1)
80400a54:	3f498863          	beq	s3,s4,80400e44 <payload_main+0x86a>
80400a58:	c81027f3          	rdtimeh	a5
80400a5c:	c01026f3          	rdtime	a3
80400a60:	c8102773          	rdtimeh	a4
80400a64:	fee79ae3          	bne	a5,a4,80400a58 <payload_main+0x47e>
80400a68:	05f5eab7          	lui	s5,0x5f5e
80400a6c:	100a8a93          	add	s5,s5,256 # 5f5e100 <__stack_size+0x5f5a100>
80400a70:	9ab6                	add	s5,s5,a3
80400a72:	00dab6b3          	sltu	a3,s5,a3
80400a76:	444248b7          	lui	a7,0x44424
80400a7a:	00f68a33          	add	s4,a3,a5
80400a7e:	4501                	li	a0,0
80400a80:	002c                	add	a1,sp,8
80400a82:	4601                	li	a2,0
80400a84:	4805                	li	a6,1
80400a86:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400a8a:	00000073          	ecall
80400a8e:	8d4d                	or	a0,a0,a1
80400a90:	14051063          	bnez	a0,80400bd0 <payload_main+0x5f6>
80400a94:	537d                	li	t1,-1
80400a96:	4501                	li	a0,0
80400a98:	4581                	li	a1,0
80400a9a:	4601                	li	a2,0
80400a9c:	4801                	li	a6,0
80400a9e:	4889                	li	a7,2
80400aa0:	00000073          	ecall
80400aa4:	2a651b63          	bne	a0,t1,80400d5a <payload_main+0x780>
80400aa8:	c81027f3          	rdtimeh	a5
80400aac:	c01026f3          	rdtime	a3
80400ab0:	c8102773          	rdtimeh	a4
80400ab4:	fee79ae3          	bne	a5,a4,80400aa8 <payload_main+0x4ce>
80400ab8:	fd47efe3          	bltu	a5,s4,80400a96 <payload_main+0x4bc>
80400abc:	00fa1463          	bne	s4,a5,80400ac4 <payload_main+0x4ea>
80400ac0:	fd56ebe3          	bltu	a3,s5,80400a96 <payload_main+0x4bc>
80400ac4:	85aa                	mv	a1,a0
80400ac6:	80401537          	lui	a0,0x80401
80400aca:	2bc50513          	add	a0,a0,700 # 804012bc <payload_main+0xce2>
80400ace:	f36ff0ef          	jal	80400204 <check.part.0>
80400ad2:	444248b7          	lui	a7,0x44424
80400ad6:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400ada:	4521                	li	a0,8
80400adc:	002c                	add	a1,sp,8
80400ade:	4601                	li	a2,0
80400ae0:	4805                	li	a6,1
80400ae2:	00000073          	ecall
80400ae6:	e10d                	bnez	a0,80400b08 <payload_main+0x52e>
80400ae8:	2c059063          	bnez	a1,80400da8 <payload_main+0x7ce>
80400aec:	c81027f3          	rdtimeh	a5
80400af0:	c01026f3          	rdtime	a3
80400af4:	c8102773          	rdtimeh	a4
80400af8:	fee79ae3          	bne	a5,a4,80400aec <payload_main+0x512>
80400afc:	fd47efe3          	bltu	a5,s4,80400ada <payload_main+0x500>
80400b00:	00fa1463          	bne	s4,a5,80400b08 <payload_main+0x52e>
80400b04:	fd56ebe3          	bltu	a3,s5,80400ada <payload_main+0x500>
80400b08:	80401537          	lui	a0,0x80401
80400b0c:	2c450513          	add	a0,a0,708 # 804012c4 <payload_main+0xcea>
80400b10:	ef4ff0ef          	jal	80400204 <check.part.0>
80400b14:	4501                	li	a0,0
80400b16:	4581                	li	a1,0
80400b18:	4601                	li	a2,0
80400b1a:	4801                	li	a6,0
80400b1c:	4889                	li	a7,2
80400b1e:	00000073          	ecall
80400b22:	57fd                	li	a5,-1
80400b24:	28f51663          	bne	a0,a5,80400db0 <payload_main+0x7d6>
80400b28:	444248b7          	lui	a7,0x44424
80400b2c:	4521                	li	a0,8
80400b2e:	00910593          	add	a1,sp,9
80400b32:	4601                	li	a2,0
80400b34:	4805                	li	a6,1
80400b36:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400b3a:	00000073          	ecall
80400b3e:	8d4d                	or	a0,a0,a1
80400b40:	c519                	beqz	a0,80400b4e <payload_main+0x574>
80400b42:	80401537          	lui	a0,0x80401
80400b46:	2e850513          	add	a0,a0,744 # 804012e8 <payload_main+0xd0e>
80400b4a:	ebaff0ef          	jal	80400204 <check.part.0>
80400b4e:	3bc4a783          	lw	a5,956(s1)
80400b52:	21378963          	beq	a5,s3,80400d64 <payload_main+0x78a>
80400b56:	22079163          	bnez	a5,80400d78 <payload_main+0x79e>
80400b5a:	80401537          	lui	a0,0x80401
80400b5e:	30850513          	add	a0,a0,776 # 80401308 <payload_main+0xd2e>
80400b62:	ddaff0ef          	jal	8040013c <print>
80400b66:	80401537          	lui	a0,0x80401
80400b6a:	34850513          	add	a0,a0,840 # 80401348 <payload_main+0xd6e>
80400b6e:	dceff0ef          	jal	8040013c <print>
80400b72:	8522                	mv	a0,s0
80400b74:	e38ff0ef          	jal	804001ac <print_hex>
80400b78:	80401537          	lui	a0,0x80401
80400b7c:	34450513          	add	a0,a0,836 # 80401344 <payload_main+0xd6a>
80400b80:	dbcff0ef          	jal	8040013c <print>
80400b84:	f0000537          	lui	a0,0xf0000
80400b88:	0509                	add	a0,a0,2 # f0000002 <reboot_marker+0x6fbf9832>
80400b8a:	ddaff0ef          	jal	80400164 <shutdown>
80400b8e:	458d                	li	a1,3
80400b90:	f08d0513          	add	a0,s10,-248 # 80400f08 <payload_main+0x92e>
80400b94:	e70ff0ef          	jal	80400204 <check.part.0>
80400b98:	bd6a00e3          	beq	s4,s6,80400758 <payload_main+0x17e>
80400b9c:	85d6                	mv	a1,s5
80400b9e:	0a8c0513          	add	a0,s8,168 # 804010a8 <payload_main+0xace>
80400ba2:	e62ff0ef          	jal	80400204 <check.part.0>
80400ba6:	be4d                	j	80400758 <payload_main+0x17e>
80400ba8:	c81027f3          	rdtimeh	a5
80400bac:	c01026f3          	rdtime	a3
80400bb0:	c8102773          	rdtimeh	a4
80400bb4:	fee79ae3          	bne	a5,a4,80400ba8 <payload_main+0x5ce>
80400bb8:	c6da16e3          	bne	s4,a3,80400824 <payload_main+0x24a>
80400bbc:	c6f994e3          	bne	s3,a5,80400824 <payload_main+0x24a>
80400bc0:	80401537          	lui	a0,0x80401
80400bc4:	85da                	mv	a1,s6
80400bc6:	12050513          	add	a0,a0,288 # 80401120 <payload_main+0xb46>
80400bca:	e3aff0ef          	jal	80400204 <check.part.0>
80400bce:	b999                	j	80400824 <payload_main+0x24a>
80400bd0:	80401537          	lui	a0,0x80401
80400bd4:	2a450513          	add	a0,a0,676 # 804012a4 <payload_main+0xcca>
80400bd8:	e2cff0ef          	jal	80400204 <check.part.0>
80400bdc:	bd65                	j	80400a94 <payload_main+0x4ba>
80400bde:	80401537          	lui	a0,0x80401
80400be2:	85ba                	mv	a1,a4
80400be4:	01c50513          	add	a0,a0,28 # 8040101c <payload_main+0xa42>
80400be8:	e1cff0ef          	jal	80400204 <check.part.0>
80400bec:	b45d                	j	80400692 <payload_main+0xb8>
80400bee:	80401537          	lui	a0,0x80401
80400bf2:	85b6                	mv	a1,a3
80400bf4:	00050513          	mv	a0,a0
80400bf8:	e0cff0ef          	jal	80400204 <check.part.0>
80400bfc:	bc2d                	j	80400636 <payload_main+0x5c>
80400bfe:	80401537          	lui	a0,0x80401
80400c02:	85ce                	mv	a1,s3
80400c04:	02c50513          	add	a0,a0,44 # 8040102c <payload_main+0xa52>
80400c08:	dfcff0ef          	jal	80400204 <check.part.0>
80400c0c:	a80a1be3          	bnez	s4,804006a2 <payload_main+0xc8>
80400c10:	b44d                	j	804006b2 <payload_main+0xd8>
80400c12:	85aa                	mv	a1,a0
80400c14:	80401537          	lui	a0,0x80401
80400c18:	08050513          	add	a0,a0,128 # 80401080 <payload_main+0xaa6>
80400c1c:	de8ff0ef          	jal	80400204 <check.part.0>
80400c20:	b4c5                	j	80400700 <payload_main+0x126>
80400c22:	85aa                	mv	a1,a0
80400c24:	80401537          	lui	a0,0x80401
80400c28:	07050513          	add	a0,a0,112 # 80401070 <payload_main+0xa96>
80400c2c:	dd8ff0ef          	jal	80400204 <check.part.0>
80400c30:	bc7d                	j	804006ee <payload_main+0x114>
80400c32:	80401537          	lui	a0,0x80401
80400c36:	34d98593          	add	a1,s3,845
80400c3a:	0b050513          	add	a0,a0,176 # 804010b0 <payload_main+0xad6>
80400c3e:	dc6ff0ef          	jal	80400204 <check.part.0>
80400c42:	b635                	j	8040076e <payload_main+0x194>
80400c44:	85aa                	mv	a1,a0
80400c46:	80401537          	lui	a0,0x80401
80400c4a:	08850513          	add	a0,a0,136 # 80401088 <payload_main+0xaae>
80400c4e:	db6ff0ef          	jal	80400204 <check.part.0>
80400c52:	bc6d                	j	8040070c <payload_main+0x132>
80400c54:	80401537          	lui	a0,0x80401
80400c58:	4585                	li	a1,1
80400c5a:	0e850513          	add	a0,a0,232 # 804010e8 <payload_main+0xb0e>
80400c5e:	da6ff0ef          	jal	80400204 <check.part.0>
80400c62:	bea5                	j	804007da <payload_main+0x200>
80400c64:	80401537          	lui	a0,0x80401
80400c68:	4585                	li	a1,1
80400c6a:	0dc50513          	add	a0,a0,220 # 804010dc <payload_main+0xb02>
80400c6e:	d96ff0ef          	jal	80400204 <check.part.0>
80400c72:	b6b9                	j	804007c0 <payload_main+0x1e6>
80400c74:	80401537          	lui	a0,0x80401
80400c78:	07f00593          	li	a1,127
80400c7c:	0d050513          	add	a0,a0,208 # 804010d0 <payload_main+0xaf6>
80400c80:	d84ff0ef          	jal	80400204 <check.part.0>
80400c84:	b60d                	j	804007a6 <payload_main+0x1cc>
80400c86:	80401537          	lui	a0,0x80401
80400c8a:	85c6                	mv	a1,a7
80400c8c:	0cc50513          	add	a0,a0,204 # 804010cc <payload_main+0xaf2>
80400c90:	d74ff0ef          	jal	80400204 <check.part.0>
80400c94:	bcf5                	j	80400790 <payload_main+0x1b6>
80400c96:	80401537          	lui	a0,0x80401
80400c9a:	458d                	li	a1,3
80400c9c:	0f450513          	add	a0,a0,244 # 804010f4 <payload_main+0xb1a>
80400ca0:	d64ff0ef          	jal	80400204 <check.part.0>
80400ca4:	be81                	j	804007f4 <payload_main+0x21a>
80400ca6:	80401537          	lui	a0,0x80401
80400caa:	11850513          	add	a0,a0,280 # 80401118 <payload_main+0xb3e>
80400cae:	d56ff0ef          	jal	80400204 <check.part.0>
80400cb2:	b6ad                	j	8040081c <payload_main+0x242>
80400cb4:	80401537          	lui	a0,0x80401
80400cb8:	800005b7          	lui	a1,0x80000
80400cbc:	1d450513          	add	a0,a0,468 # 804011d4 <payload_main+0xbfa>
80400cc0:	d44ff0ef          	jal	80400204 <check.part.0>
80400cc4:	b985                	j	80400934 <payload_main+0x35a>
80400cc6:	80401537          	lui	a0,0x80401
80400cca:	4581                	li	a1,0
80400ccc:	1c450513          	add	a0,a0,452 # 804011c4 <payload_main+0xbea>
80400cd0:	d34ff0ef          	jal	80400204 <check.part.0>
80400cd4:	b191                	j	80400918 <payload_main+0x33e>
80400cd6:	80401537          	lui	a0,0x80401
80400cda:	1b050513          	add	a0,a0,432 # 804011b0 <payload_main+0xbd6>
80400cde:	d26ff0ef          	jal	80400204 <check.part.0>
80400ce2:	b931                	j	804008fe <payload_main+0x324>
80400ce4:	80401537          	lui	a0,0x80401
80400ce8:	e00005b7          	lui	a1,0xe0000
80400cec:	27850513          	add	a0,a0,632 # 80401278 <payload_main+0xc9e>
80400cf0:	d14ff0ef          	jal	80400204 <check.part.0>
80400cf4:	bbb1                	j	80400a50 <payload_main+0x476>
80400cf6:	80401537          	lui	a0,0x80401
80400cfa:	4589                	li	a1,2
80400cfc:	27850513          	add	a0,a0,632 # 80401278 <payload_main+0xc9e>
80400d00:	d04ff0ef          	jal	80400204 <check.part.0>
80400d04:	bb05                	j	80400a34 <payload_main+0x45a>
80400d06:	80401537          	lui	a0,0x80401
80400d0a:	458d                	li	a1,3
80400d0c:	26c50513          	add	a0,a0,620 # 8040126c <payload_main+0xc92>
80400d10:	cf4ff0ef          	jal	80400204 <check.part.0>
80400d14:	b319                	j	80400a1a <payload_main+0x440>
80400d16:	80401537          	lui	a0,0x80401
80400d1a:	55c1                	li	a1,-16
80400d1c:	21450513          	add	a0,a0,532 # 80401214 <payload_main+0xc3a>
80400d20:	ce4ff0ef          	jal	80400204 <check.part.0>
80400d24:	b159                	j	804009aa <payload_main+0x3d0>
80400d26:	80401537          	lui	a0,0x80401
80400d2a:	85d2                	mv	a1,s4
80400d2c:	20850513          	add	a0,a0,520 # 80401208 <payload_main+0xc2e>
80400d30:	cd4ff0ef          	jal	80400204 <check.part.0>
80400d34:	b9a9                	j	8040098e <payload_main+0x3b4>
80400d36:	80401537          	lui	a0,0x80401
80400d3a:	01078593          	add	a1,a5,16
80400d3e:	1f850513          	add	a0,a0,504 # 804011f8 <payload_main+0xc1e>
80400d42:	cc2ff0ef          	jal	80400204 <check.part.0>
80400d46:	b13d                	j	80400974 <payload_main+0x39a>
80400d48:	80401537          	lui	a0,0x80401
80400d4c:	ff87c593          	xor	a1,a5,-8
80400d50:	1e450513          	add	a0,a0,484 # 804011e4 <payload_main+0xc0a>
80400d54:	cb0ff0ef          	jal	80400204 <check.part.0>
80400d58:	bef5                	j	80400954 <payload_main+0x37a>
80400d5a:	0ff00793          	li	a5,255
80400d5e:	d6a7fae3          	bgeu	a5,a0,80400ad2 <payload_main+0x4f8>
80400d62:	b38d                	j	80400ac4 <payload_main+0x4ea>
80400d64:	80401537          	lui	a0,0x80401
80400d68:	31450513          	add	a0,a0,788 # 80401314 <payload_main+0xd3a>
80400d6c:	bd0ff0ef          	jal	8040013c <print>
80400d70:	00814403          	lbu	s0,8(sp)
80400d74:	0c098f63          	beqz	s3,80400e52 <payload_main+0x878>
80400d78:	80401537          	lui	a0,0x80401
80400d7c:	30050513          	add	a0,a0,768 # 80401300 <payload_main+0xd26>
80400d80:	bbcff0ef          	jal	8040013c <print>
80400d84:	f0000537          	lui	a0,0xf0000
80400d88:	0509                	add	a0,a0,2 # f0000002 <reboot_marker+0x6fbf9832>
80400d8a:	bdaff0ef          	jal	80400164 <shutdown>
80400d8e:	80401537          	lui	a0,0x80401
80400d92:	ff050513          	add	a0,a0,-16 # 80400ff0 <payload_main+0xa16>
80400d96:	7c092823          	sw	zero,2000(s2)
80400d9a:	ba2ff0ef          	jal	8040013c <print>
80400d9e:	f0000537          	lui	a0,0xf0000
80400da2:	0511                	add	a0,a0,4 # f0000004 <reboot_marker+0x6fbf9834>
80400da4:	bc0ff0ef          	jal	80400164 <shutdown>
80400da8:	4785                	li	a5,1
80400daa:	d6f585e3          	beq	a1,a5,80400b14 <payload_main+0x53a>
80400dae:	bba9                	j	80400b08 <payload_main+0x52e>
80400db0:	85aa                	mv	a1,a0
80400db2:	80401537          	lui	a0,0x80401
80400db6:	2d050513          	add	a0,a0,720 # 804012d0 <payload_main+0xcf6>
80400dba:	c4aff0ef          	jal	80400204 <check.part.0>
80400dbe:	b3ad                	j	80400b28 <payload_main+0x54e>
80400dc0:	3a89a783          	lw	a5,936(s3)
80400dc4:	bc5d                	j	8040087a <payload_main+0x2a0>
80400dc6:	3a89a783          	lw	a5,936(s3)
80400dca:	b4c5                	j	804008aa <payload_main+0x2d0>
80400dcc:	3a89a783          	lw	a5,936(s3)
80400dd0:	b621                	j	804008d8 <payload_main+0x2fe>
80400dd2:	80401537          	lui	a0,0x80401
80400dd6:	22450513          	add	a0,a0,548 # 80401224 <payload_main+0xc4a>
80400dda:	b62ff0ef          	jal	8040013c <print>
80400dde:	bed1                	j	804009b2 <payload_main+0x3d8>
80400de0:	80401537          	lui	a0,0x80401
80400de4:	04050513          	add	a0,a0,64 # 80401040 <payload_main+0xa66>
80400de8:	b54ff0ef          	jal	8040013c <print>
80400dec:	8dbff06f          	j	804006c6 <payload_main+0xec>
80400df0:	80401537          	lui	a0,0x80401
80400df4:	25050513          	add	a0,a0,592 # 80401250 <payload_main+0xc76>
80400df8:	b44ff0ef          	jal	8040013c <print>
80400dfc:	b111                	j	80400a00 <payload_main+0x426>
80400dfe:	80401537          	lui	a0,0x80401
80400e02:	13050513          	add	a0,a0,304 # 80401130 <payload_main+0xb56>
80400e06:	b36ff0ef          	jal	8040013c <print>
80400e0a:	b40d                	j	8040082c <payload_main+0x252>
80400e0c:	80401537          	lui	a0,0x80401
80400e10:	10050513          	add	a0,a0,256 # 80401100 <payload_main+0xb26>
80400e14:	b28ff0ef          	jal	8040013c <print>
80400e18:	b2d5                	j	804007fc <payload_main+0x222>
80400e1a:	80401537          	lui	a0,0x80401
80400e1e:	19050513          	add	a0,a0,400 # 80401190 <payload_main+0xbb6>
80400e22:	b1aff0ef          	jal	8040013c <print>
80400e26:	bc6d                	j	804008e0 <payload_main+0x306>
80400e28:	80401537          	lui	a0,0x80401
80400e2c:	09850513          	add	a0,a0,152 # 80401098 <payload_main+0xabe>
80400e30:	b0cff0ef          	jal	8040013c <print>
80400e34:	b8cd                	j	80400726 <payload_main+0x14c>
80400e36:	80401537          	lui	a0,0x80401
80400e3a:	0bc50513          	add	a0,a0,188 # 804010bc <payload_main+0xae2>
80400e3e:	afeff0ef          	jal	8040013c <print>
80400e42:	ba15                	j	80400776 <payload_main+0x19c>
80400e44:	80401537          	lui	a0,0x80401
80400e48:	28450513          	add	a0,a0,644 # 80401284 <payload_main+0xcaa>
80400e4c:	af0ff0ef          	jal	8040013c <print>
80400e50:	b121                	j	80400a58 <payload_main+0x47e>
80400e52:	80401537          	lui	a0,0x80401
80400e56:	30850513          	add	a0,a0,776 # 80401308 <payload_main+0xd2e>
80400e5a:	ae2ff0ef          	jal	8040013c <print>
80400e5e:	03300793          	li	a5,51
80400e62:	02f40263          	beq	s0,a5,80400e86 <payload_main+0x8ac>
80400e66:	0287e563          	bltu	a5,s0,80400e90 <payload_main+0x8b6>
80400e6a:	03000793          	li	a5,48
80400e6e:	00f40963          	beq	s0,a5,80400e80 <payload_main+0x8a6>
80400e72:	03100793          	li	a5,49
80400e76:	cef418e3          	bne	s0,a5,80400b66 <payload_main+0x58c>
80400e7a:	4505                	li	a0,1
80400e7c:	ae8ff0ef          	jal	80400164 <shutdown>
80400e80:	4501                	li	a0,0
80400e82:	ae2ff0ef          	jal	80400164 <shutdown>
80400e86:	f0000537          	lui	a0,0xf0000
80400e8a:	050d                	add	a0,a0,3 # f0000003 <reboot_marker+0x6fbf9833>
80400e8c:	ad8ff0ef          	jal	80400164 <shutdown>
80400e90:	07200793          	li	a5,114
80400e94:	ccf419e3          	bne	s0,a5,80400b66 <payload_main+0x58c>
80400e98:	524257b7          	lui	a5,0x52425
80400e9c:	f5478793          	add	a5,a5,-172 # 52424f54 <__stack_size+0x52420f54>
80400ea0:	535258b7          	lui	a7,0x53525
80400ea4:	7cf92823          	sw	a5,2000(s2)
80400ea8:	4505                	li	a0,1
80400eaa:	4581                	li	a1,0
80400eac:	4601                	li	a2,0
80400eae:	4801                	li	a6,0
80400eb0:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80400eb4:	00000073          	ecall
80400eb8:	80401537          	lui	a0,0x80401
80400ebc:	32c50513          	add	a0,a0,812 # 8040132c <payload_main+0xd52>
80400ec0:	a7cff0ef          	jal	8040013c <print>
80400ec4:	b1c1                	j	80400b84 <payload_main+0x5aa>
