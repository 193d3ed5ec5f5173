
build/isolation.elf:     file format elf32-littleriscv


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
80000020:	00008317          	auipc	t1,0x8
80000024:	fe030313          	add	t1,t1,-32 # 80008000 <__bss_end>
80000028:	0062f663          	bgeu	t0,t1,80000034 <_start+0x34>
8000002c:	0002a023          	sw	zero,0(t0) # 80003018 <__bss_start>
80000030:	0291                	add	t0,t0,4
80000032:	bfdd                	j	80000028 <_start+0x28>
80000034:	00000297          	auipc	t0,0x0
80000038:	45c28293          	add	t0,t0,1116 # 80000490 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	2361                	jal	800005c8 <__libc_init_array>
80000042:	4501                	li	a0,0
80000044:	4581                	li	a1,0
80000046:	2019                	jal	8000004c <main>
80000048:	23dd                	jal	8000062e <exit>
8000004a:	a001                	j	8000004a <_start+0x4a>

8000004c <main>:
8000004c:	1141                	add	sp,sp,-16
8000004e:	800047b7          	lui	a5,0x80004
80000052:	c606                	sw	ra,12(sp)
80000054:	c422                	sw	s0,8(sp)
80000056:	c226                	sw	s1,4(sp)
80000058:	c04a                	sw	s2,0(sp)
8000005a:	41078793          	add	a5,a5,1040 # 80004410 <trap_stack+0x400>
8000005e:	34079073          	csrw	mscratch,a5
80000062:	800007b7          	lui	a5,0x80000
80000066:	3f878793          	add	a5,a5,1016 # 800003f8 <trap_m_entry>
8000006a:	30579073          	csrw	mtvec,a5
8000006e:	80002537          	lui	a0,0x80002
80000072:	64450513          	add	a0,a0,1604 # 80002644 <__text_end+0x72>
80000076:	2bfd                	jal	80000674 <puts>
80000078:	80002537          	lui	a0,0x80002
8000007c:	810005b7          	lui	a1,0x81000
80000080:	65050513          	add	a0,a0,1616 # 80002650 <__text_end+0x7e>
80000084:	24b5                	jal	800002f0 <expect_blocked>
80000086:	900005b7          	lui	a1,0x90000
8000008a:	80002537          	lui	a0,0x80002
8000008e:	15f1                	add	a1,a1,-4 # 8ffffffc <__stack_top+0xefffffc>
80000090:	66050513          	add	a0,a0,1632 # 80002660 <__text_end+0x8e>
80000094:	2cb1                	jal	800002f0 <expect_blocked>
80000096:	800005b7          	lui	a1,0x80000
8000009a:	80002537          	lui	a0,0x80002
8000009e:	ffc5c593          	xor	a1,a1,-4
800000a2:	67050513          	add	a0,a0,1648 # 80002670 <__text_end+0x9e>
800000a6:	24a9                	jal	800002f0 <expect_blocked>
800000a8:	80002537          	lui	a0,0x80002
800000ac:	55f1                	li	a1,-4
800000ae:	68050513          	add	a0,a0,1664 # 80002680 <__text_end+0xae>
800000b2:	2c3d                	jal	800002f0 <expect_blocked>
800000b4:	80002537          	lui	a0,0x80002
800000b8:	4581                	li	a1,0
800000ba:	69050513          	add	a0,a0,1680 # 80002690 <__text_end+0xbe>
800000be:	2c0d                	jal	800002f0 <expect_blocked>
800000c0:	80002537          	lui	a0,0x80002
800000c4:	200005b7          	lui	a1,0x20000
800000c8:	6a050513          	add	a0,a0,1696 # 800026a0 <__text_end+0xce>
800000cc:	2415                	jal	800002f0 <expect_blocked>
800000ce:	a5a5a6b7          	lui	a3,0xa5a5a
800000d2:	808007b7          	lui	a5,0x80800
800000d6:	5a568693          	add	a3,a3,1445 # a5a5a5a5 <__stack_top+0x24a5a5a5>
800000da:	80f00637          	lui	a2,0x80f00
800000de:	00d7c733          	xor	a4,a5,a3
800000e2:	c398                	sw	a4,0(a5)
800000e4:	0791                	add	a5,a5,4 # 80800004 <__bss_end+0x7f8004>
800000e6:	fec79ce3          	bne	a5,a2,800000de <main+0x92>
800000ea:	a5a5a637          	lui	a2,0xa5a5a
800000ee:	4401                	li	s0,0
800000f0:	80800737          	lui	a4,0x80800
800000f4:	5a560613          	add	a2,a2,1445 # a5a5a5a5 <__stack_top+0x24a5a5a5>
800000f8:	80f005b7          	lui	a1,0x80f00
800000fc:	4314                	lw	a3,0(a4)
800000fe:	00c747b3          	xor	a5,a4,a2
80000102:	0711                	add	a4,a4,4 # 80800004 <__bss_end+0x7f8004>
80000104:	8f95                	sub	a5,a5,a3
80000106:	00f037b3          	snez	a5,a5
8000010a:	943e                	add	s0,s0,a5
8000010c:	feb718e3          	bne	a4,a1,800000fc <main+0xb0>
80000110:	12040c63          	beqz	s0,80000248 <main+0x1fc>
80000114:	800025b7          	lui	a1,0x80002
80000118:	63058593          	add	a1,a1,1584 # 80002630 <__text_end+0x5e>
8000011c:	80002537          	lui	a0,0x80002
80000120:	6b850513          	add	a0,a0,1720 # 800026b8 <__text_end+0xe6>
80000124:	2325                	jal	8000064c <printf>
80000126:	800044b7          	lui	s1,0x80004
8000012a:	0004a803          	lw	a6,0(s1) # 80004000 <failures>
8000012e:	80006537          	lui	a0,0x80006
80000132:	80005937          	lui	s2,0x80005
80000136:	00050613          	mv	a2,a0
8000013a:	00090693          	mv	a3,s2
8000013e:	008037b3          	snez	a5,s0
80000142:	97c2                	add	a5,a5,a6
80000144:	8231                	srl	a2,a2,0xc
80000146:	82b1                	srl	a3,a3,0xc
80000148:	204005b7          	lui	a1,0x20400
8000014c:	00f4a023          	sw	a5,0(s1)
80000150:	062a                	sll	a2,a2,0xa
80000152:	06aa                	sll	a3,a3,0xa
80000154:	80007737          	lui	a4,0x80007
80000158:	3ff007b7          	lui	a5,0x3ff00
8000015c:	00070713          	mv	a4,a4
80000160:	0c758813          	add	a6,a1,199 # 204000c7 <__ram_size+0x1f4000c7>
80000164:	00166613          	or	a2,a2,1
80000168:	0c76e693          	or	a3,a3,199
8000016c:	0585                	add	a1,a1,1
8000016e:	0c778793          	add	a5,a5,199 # 3ff000c7 <__ram_size+0x3ef000c7>
80000172:	40f72223          	sw	a5,1028(a4) # 80007404 <root_table+0x404>
80000176:	41072023          	sw	a6,1024(a4)
8000017a:	40c72423          	sw	a2,1032(a4)
8000017e:	00d52023          	sw	a3,0(a0) # 80006000 <leaf_table>
80000182:	40b72623          	sw	a1,1036(a4)
80000186:	57fd                	li	a5,-1
80000188:	3b079073          	csrw	pmpaddr0,a5
8000018c:	47fd                	li	a5,31
8000018e:	3a079073          	csrw	pmpcfg0,a5
80000192:	00c75793          	srl	a5,a4,0xc
80000196:	80000737          	lui	a4,0x80000
8000019a:	8fd9                	or	a5,a5,a4
8000019c:	18079073          	csrw	satp,a5
800001a0:	40800537          	lui	a0,0x40800
800001a4:	00092023          	sw	zero,0(s2) # 80005000 <data_page>
800001a8:	2a01                	jal	800002b8 <try_store_translated>
800001aa:	842a                	mv	s0,a0
800001ac:	40800537          	lui	a0,0x40800
800001b0:	28d9                	jal	80000286 <try_load_translated>
800001b2:	8c49                	or	s0,s0,a0
800001b4:	ec59                	bnez	s0,80000252 <main+0x206>
800001b6:	00092703          	lw	a4,0(s2)
800001ba:	5a5a67b7          	lui	a5,0x5a5a6
800001be:	a5a78793          	add	a5,a5,-1446 # 5a5a5a5a <__ram_size+0x595a5a5a>
800001c2:	0af70863          	beq	a4,a5,80000272 <main+0x226>
800001c6:	800025b7          	lui	a1,0x80002
800001ca:	80002537          	lui	a0,0x80002
800001ce:	63058593          	add	a1,a1,1584 # 80002630 <__text_end+0x5e>
800001d2:	6dc50513          	add	a0,a0,1756 # 800026dc <__text_end+0x10a>
800001d6:	299d                	jal	8000064c <printf>
800001d8:	00092703          	lw	a4,0(s2)
800001dc:	a5a5a7b7          	lui	a5,0xa5a5a
800001e0:	5a678793          	add	a5,a5,1446 # a5a5a5a6 <__stack_top+0x24a5a5a6>
800001e4:	973e                	add	a4,a4,a5
800001e6:	00e03733          	snez	a4,a4
800001ea:	0004a783          	lw	a5,0(s1)
800001ee:	80002537          	lui	a0,0x80002
800001f2:	6f850513          	add	a0,a0,1784 # 800026f8 <__text_end+0x126>
800001f6:	97ba                	add	a5,a5,a4
800001f8:	400005b7          	lui	a1,0x40000
800001fc:	00f4a023          	sw	a5,0(s1)
80000200:	228d                	jal	80000362 <expect_blocked_translated>
80000202:	80002537          	lui	a0,0x80002
80000206:	70c50513          	add	a0,a0,1804 # 8000270c <__text_end+0x13a>
8000020a:	404005b7          	lui	a1,0x40400
8000020e:	2a91                	jal	80000362 <expect_blocked_translated>
80000210:	80002537          	lui	a0,0x80002
80000214:	40c005b7          	lui	a1,0x40c00
80000218:	72050513          	add	a0,a0,1824 # 80002720 <__text_end+0x14e>
8000021c:	2299                	jal	80000362 <expect_blocked_translated>
8000021e:	4781                	li	a5,0
80000220:	18079073          	csrw	satp,a5
80000224:	0004a783          	lw	a5,0(s1)
80000228:	e3a1                	bnez	a5,80000268 <main+0x21c>
8000022a:	80002537          	lui	a0,0x80002
8000022e:	63450513          	add	a0,a0,1588 # 80002634 <__text_end+0x62>
80000232:	2189                	jal	80000674 <puts>
80000234:	0004a503          	lw	a0,0(s1)
80000238:	40b2                	lw	ra,12(sp)
8000023a:	4422                	lw	s0,8(sp)
8000023c:	4492                	lw	s1,4(sp)
8000023e:	4902                	lw	s2,0(sp)
80000240:	00a03533          	snez	a0,a0
80000244:	0141                	add	sp,sp,16
80000246:	8082                	ret
80000248:	800025b7          	lui	a1,0x80002
8000024c:	62c58593          	add	a1,a1,1580 # 8000262c <__text_end+0x5a>
80000250:	b5f1                	j	8000011c <main+0xd0>
80000252:	800025b7          	lui	a1,0x80002
80000256:	80002537          	lui	a0,0x80002
8000025a:	63058593          	add	a1,a1,1584 # 80002630 <__text_end+0x5e>
8000025e:	6dc50513          	add	a0,a0,1756 # 800026dc <__text_end+0x10a>
80000262:	26ed                	jal	8000064c <printf>
80000264:	4705                	li	a4,1
80000266:	b751                	j	800001ea <main+0x19e>
80000268:	80002537          	lui	a0,0x80002
8000026c:	63c50513          	add	a0,a0,1596 # 8000263c <__text_end+0x6a>
80000270:	b7c9                	j	80000232 <main+0x1e6>
80000272:	800025b7          	lui	a1,0x80002
80000276:	80002537          	lui	a0,0x80002
8000027a:	62c58593          	add	a1,a1,1580 # 8000262c <__text_end+0x5a>
8000027e:	6dc50513          	add	a0,a0,1756 # 800026dc <__text_end+0x10a>
80000282:	26e9                	jal	8000064c <printf>
80000284:	bf91                	j	800001d8 <main+0x18c>

80000286 <try_load_translated>:
80000286:	800047b7          	lui	a5,0x80004
8000028a:	0007a223          	sw	zero,4(a5) # 80004004 <fault_cause>
8000028e:	6309                	lui	t1,0x2
80000290:	80030313          	add	t1,t1,-2048 # 1800 <__stack_size-0xe800>
80000294:	30033073          	csrc	mstatus,t1
80000298:	6305                	lui	t1,0x1
8000029a:	80030313          	add	t1,t1,-2048 # 800 <__stack_size-0xf800>
8000029e:	30032073          	csrs	mstatus,t1
800002a2:	00020337          	lui	t1,0x20
800002a6:	30032073          	csrs	mstatus,t1
800002aa:	00052283          	lw	t0,0(a0)
800002ae:	30033073          	csrc	mstatus,t1
800002b2:	0047a503          	lw	a0,4(a5)
800002b6:	8082                	ret

800002b8 <try_store_translated>:
800002b8:	80004737          	lui	a4,0x80004
800002bc:	5a5a67b7          	lui	a5,0x5a5a6
800002c0:	00072223          	sw	zero,4(a4) # 80004004 <fault_cause>
800002c4:	a5a78793          	add	a5,a5,-1446 # 5a5a5a5a <__ram_size+0x595a5a5a>
800002c8:	6309                	lui	t1,0x2
800002ca:	80030313          	add	t1,t1,-2048 # 1800 <__stack_size-0xe800>
800002ce:	30033073          	csrc	mstatus,t1
800002d2:	6305                	lui	t1,0x1
800002d4:	80030313          	add	t1,t1,-2048 # 800 <__stack_size-0xf800>
800002d8:	30032073          	csrs	mstatus,t1
800002dc:	00020337          	lui	t1,0x20
800002e0:	30032073          	csrs	mstatus,t1
800002e4:	c11c                	sw	a5,0(a0)
800002e6:	30033073          	csrc	mstatus,t1
800002ea:	00472503          	lw	a0,4(a4)
800002ee:	8082                	ret

800002f0 <expect_blocked>:
800002f0:	1141                	add	sp,sp,-16
800002f2:	800047b7          	lui	a5,0x80004
800002f6:	862e                	mv	a2,a1
800002f8:	c606                	sw	ra,12(sp)
800002fa:	c422                	sw	s0,8(sp)
800002fc:	85aa                	mv	a1,a0
800002fe:	0007a223          	sw	zero,4(a5) # 80004004 <fault_cause>
80000302:	00062283          	lw	t0,0(a2)
80000306:	5a5a6737          	lui	a4,0x5a5a6
8000030a:	0047a683          	lw	a3,4(a5)
8000030e:	a5a70713          	add	a4,a4,-1446 # 5a5a5a5a <__ram_size+0x595a5a5a>
80000312:	0007a223          	sw	zero,4(a5)
80000316:	c218                	sw	a4,0(a2)
80000318:	0047a703          	lw	a4,4(a5)
8000031c:	4795                	li	a5,5
8000031e:	02f68963          	beq	a3,a5,80000350 <expect_blocked+0x60>
80000322:	800027b7          	lui	a5,0x80002
80000326:	4401                	li	s0,0
80000328:	5d878793          	add	a5,a5,1496 # 800025d8 <__text_end+0x6>
8000032c:	80002537          	lui	a0,0x80002
80000330:	5e050513          	add	a0,a0,1504 # 800025e0 <__text_end+0xe>
80000334:	2e21                	jal	8000064c <printf>
80000336:	800046b7          	lui	a3,0x80004
8000033a:	0006a783          	lw	a5,0(a3) # 80004000 <failures>
8000033e:	40b2                	lw	ra,12(sp)
80000340:	00144713          	xor	a4,s0,1
80000344:	4422                	lw	s0,8(sp)
80000346:	97ba                	add	a5,a5,a4
80000348:	00f6a023          	sw	a5,0(a3)
8000034c:	0141                	add	sp,sp,16
8000034e:	8082                	ret
80000350:	479d                	li	a5,7
80000352:	fcf718e3          	bne	a4,a5,80000322 <expect_blocked+0x32>
80000356:	800027b7          	lui	a5,0x80002
8000035a:	4405                	li	s0,1
8000035c:	6f478793          	add	a5,a5,1780 # 800026f4 <__text_end+0x122>
80000360:	b7f1                	j	8000032c <expect_blocked+0x3c>

80000362 <expect_blocked_translated>:
80000362:	1101                	add	sp,sp,-32
80000364:	c84a                	sw	s2,16(sp)
80000366:	892a                	mv	s2,a0
80000368:	852e                	mv	a0,a1
8000036a:	ce06                	sw	ra,28(sp)
8000036c:	cc22                	sw	s0,24(sp)
8000036e:	ca26                	sw	s1,20(sp)
80000370:	842e                	mv	s0,a1
80000372:	c64e                	sw	s3,12(sp)
80000374:	3f09                	jal	80000286 <try_load_translated>
80000376:	84aa                	mv	s1,a0
80000378:	8522                	mv	a0,s0
8000037a:	3f3d                	jal	800002b8 <try_store_translated>
8000037c:	4795                	li	a5,5
8000037e:	872a                	mv	a4,a0
80000380:	02f48f63          	beq	s1,a5,800003be <expect_blocked_translated+0x5c>
80000384:	800027b7          	lui	a5,0x80002
80000388:	4981                	li	s3,0
8000038a:	5d878793          	add	a5,a5,1496 # 800025d8 <__text_end+0x6>
8000038e:	80002537          	lui	a0,0x80002
80000392:	86a6                	mv	a3,s1
80000394:	8622                	mv	a2,s0
80000396:	85ca                	mv	a1,s2
80000398:	60450513          	add	a0,a0,1540 # 80002604 <__text_end+0x32>
8000039c:	2c45                	jal	8000064c <printf>
8000039e:	800046b7          	lui	a3,0x80004
800003a2:	0006a783          	lw	a5,0(a3) # 80004000 <failures>
800003a6:	40f2                	lw	ra,28(sp)
800003a8:	4462                	lw	s0,24(sp)
800003aa:	0019c713          	xor	a4,s3,1
800003ae:	97ba                	add	a5,a5,a4
800003b0:	00f6a023          	sw	a5,0(a3)
800003b4:	44d2                	lw	s1,20(sp)
800003b6:	4942                	lw	s2,16(sp)
800003b8:	49b2                	lw	s3,12(sp)
800003ba:	6105                	add	sp,sp,32
800003bc:	8082                	ret
800003be:	479d                	li	a5,7
800003c0:	fcf512e3          	bne	a0,a5,80000384 <expect_blocked_translated+0x22>
800003c4:	800027b7          	lui	a5,0x80002
800003c8:	4985                	li	s3,1
800003ca:	6f478793          	add	a5,a5,1780 # 800026f4 <__text_end+0x122>
800003ce:	b7c1                	j	8000038e <expect_blocked_translated+0x2c>

800003d0 <trap_m_handler>:
800003d0:	341027f3          	csrr	a5,mepc
800003d4:	342026f3          	csrr	a3,mcause
800003d8:	80004737          	lui	a4,0x80004
800003dc:	00d72223          	sw	a3,4(a4) # 80004004 <fault_cause>
800003e0:	0007d703          	lhu	a4,0(a5)
800003e4:	460d                	li	a2,3
800003e6:	4689                	li	a3,2
800003e8:	8b0d                	and	a4,a4,3
800003ea:	00c71363          	bne	a4,a2,800003f0 <trap_m_handler+0x20>
800003ee:	4691                	li	a3,4
800003f0:	97b6                	add	a5,a5,a3
800003f2:	34179073          	csrw	mepc,a5
800003f6:	8082                	ret

800003f8 <trap_m_entry>:
800003f8:	34011173          	csrrw	sp,mscratch,sp
800003fc:	7119                	add	sp,sp,-128
800003fe:	c206                	sw	ra,4(sp)
80000400:	c60e                	sw	gp,12(sp)
80000402:	c812                	sw	tp,16(sp)
80000404:	ca16                	sw	t0,20(sp)
80000406:	cc1a                	sw	t1,24(sp)
80000408:	ce1e                	sw	t2,28(sp)
8000040a:	d022                	sw	s0,32(sp)
8000040c:	d226                	sw	s1,36(sp)
8000040e:	d42a                	sw	a0,40(sp)
80000410:	d62e                	sw	a1,44(sp)
80000412:	d832                	sw	a2,48(sp)
80000414:	da36                	sw	a3,52(sp)
80000416:	dc3a                	sw	a4,56(sp)
80000418:	de3e                	sw	a5,60(sp)
8000041a:	c0c2                	sw	a6,64(sp)
8000041c:	c2c6                	sw	a7,68(sp)
8000041e:	c4ca                	sw	s2,72(sp)
80000420:	c6ce                	sw	s3,76(sp)
80000422:	c8d2                	sw	s4,80(sp)
80000424:	cad6                	sw	s5,84(sp)
80000426:	ccda                	sw	s6,88(sp)
80000428:	cede                	sw	s7,92(sp)
8000042a:	d0e2                	sw	s8,96(sp)
8000042c:	d2e6                	sw	s9,100(sp)
8000042e:	d4ea                	sw	s10,104(sp)
80000430:	d6ee                	sw	s11,108(sp)
80000432:	d8f2                	sw	t3,112(sp)
80000434:	daf6                	sw	t4,116(sp)
80000436:	dcfa                	sw	t5,120(sp)
80000438:	defe                	sw	t6,124(sp)
8000043a:	340022f3          	csrr	t0,mscratch
8000043e:	c416                	sw	t0,8(sp)
80000440:	c002                	sw	zero,0(sp)
80000442:	850a                	mv	a0,sp
80000444:	3771                	jal	800003d0 <trap_m_handler>
80000446:	08010293          	add	t0,sp,128
8000044a:	34029073          	csrw	mscratch,t0
8000044e:	4092                	lw	ra,4(sp)
80000450:	41b2                	lw	gp,12(sp)
80000452:	4242                	lw	tp,16(sp)
80000454:	42d2                	lw	t0,20(sp)
80000456:	4362                	lw	t1,24(sp)
80000458:	43f2                	lw	t2,28(sp)
8000045a:	5402                	lw	s0,32(sp)
8000045c:	5492                	lw	s1,36(sp)
8000045e:	5522                	lw	a0,40(sp)
80000460:	55b2                	lw	a1,44(sp)
80000462:	5642                	lw	a2,48(sp)
80000464:	56d2                	lw	a3,52(sp)
80000466:	5762                	lw	a4,56(sp)
80000468:	57f2                	lw	a5,60(sp)
8000046a:	4806                	lw	a6,64(sp)
8000046c:	4896                	lw	a7,68(sp)
8000046e:	4926                	lw	s2,72(sp)
80000470:	49b6                	lw	s3,76(sp)
80000472:	4a46                	lw	s4,80(sp)
80000474:	4ad6                	lw	s5,84(sp)
80000476:	4b66                	lw	s6,88(sp)
80000478:	4bf6                	lw	s7,92(sp)
8000047a:	5c06                	lw	s8,96(sp)
8000047c:	5c96                	lw	s9,100(sp)
8000047e:	5d26                	lw	s10,104(sp)
80000480:	5db6                	lw	s11,108(sp)
80000482:	5e46                	lw	t3,112(sp)
80000484:	5ed6                	lw	t4,116(sp)
80000486:	5f66                	lw	t5,120(sp)
80000488:	5ff6                	lw	t6,124(sp)
8000048a:	4122                	lw	sp,8(sp)
8000048c:	30200073          	mret

80000490 <bare_default_trap>:
80000490:	01000117          	auipc	sp,0x1000
80000494:	b7010113          	add	sp,sp,-1168 # 81000000 <__stack_top>
80000498:	34202573          	csrr	a0,mcause
8000049c:	341025f3          	csrr	a1,mepc
800004a0:	34302673          	csrr	a2,mtval
800004a4:	287d                	jal	80000562 <bare_unexpected_trap>
800004a6:	a001                	j	800004a6 <bare_default_trap+0x16>

800004a8 <uart_stdio_put>:
800004a8:	10000737          	lui	a4,0x10000
800004ac:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800004b0:	0207f793          	and	a5,a5,32
800004b4:	dfe5                	beqz	a5,800004ac <uart_stdio_put+0x4>
800004b6:	00a70023          	sb	a0,0(a4)
800004ba:	8082                	ret

800004bc <bare_puts>:
800004bc:	00054683          	lbu	a3,0(a0)
800004c0:	ce91                	beqz	a3,800004dc <bare_puts+0x20>
800004c2:	10000737          	lui	a4,0x10000
800004c6:	0505                	add	a0,a0,1
800004c8:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800004cc:	0207f793          	and	a5,a5,32
800004d0:	dfe5                	beqz	a5,800004c8 <bare_puts+0xc>
800004d2:	00d70023          	sb	a3,0(a4)
800004d6:	00054683          	lbu	a3,0(a0)
800004da:	f6f5                	bnez	a3,800004c6 <bare_puts+0xa>
800004dc:	8082                	ret

800004de <bare_put_hex>:
800004de:	800026b7          	lui	a3,0x80002
800004e2:	03000613          	li	a2,48
800004e6:	73468693          	add	a3,a3,1844 # 80002734 <__text_end+0x162>
800004ea:	10000737          	lui	a4,0x10000
800004ee:	0685                	add	a3,a3,1
800004f0:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800004f4:	0207f793          	and	a5,a5,32
800004f8:	dfe5                	beqz	a5,800004f0 <bare_put_hex+0x12>
800004fa:	00c70023          	sb	a2,0(a4)
800004fe:	0006c603          	lbu	a2,0(a3)
80000502:	f675                	bnez	a2,800004ee <bare_put_hex+0x10>
80000504:	800025b7          	lui	a1,0x80002
80000508:	46f1                	li	a3,28
8000050a:	73858593          	add	a1,a1,1848 # 80002738 <__text_end+0x166>
8000050e:	10000737          	lui	a4,0x10000
80000512:	5871                	li	a6,-4
80000514:	00d557b3          	srl	a5,a0,a3
80000518:	8bbd                	and	a5,a5,15
8000051a:	97ae                	add	a5,a5,a1
8000051c:	0007c603          	lbu	a2,0(a5)
80000520:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000524:	0207f793          	and	a5,a5,32
80000528:	dfe5                	beqz	a5,80000520 <bare_put_hex+0x42>
8000052a:	00c70023          	sb	a2,0(a4)
8000052e:	16f1                	add	a3,a3,-4
80000530:	ff0692e3          	bne	a3,a6,80000514 <bare_put_hex+0x36>
80000534:	8082                	ret

80000536 <bare_exit>:
80000536:	cd19                	beqz	a0,80000554 <bare_exit+0x1e>
80000538:	670d                	lui	a4,0x3
8000053a:	01051793          	sll	a5,a0,0x10
8000053e:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
80000542:	8fd9                	or	a5,a5,a4
80000544:	00100737          	lui	a4,0x100
80000548:	c31c                	sw	a5,0(a4)
8000054a:	10500073          	wfi
8000054e:	10500073          	wfi
80000552:	bfe5                	j	8000054a <bare_exit+0x14>
80000554:	6795                	lui	a5,0x5
80000556:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
8000055a:	b7ed                	j	80000544 <bare_exit+0xe>

8000055c <_exit>:
8000055c:	1141                	add	sp,sp,-16
8000055e:	c606                	sw	ra,12(sp)
80000560:	3fd9                	jal	80000536 <bare_exit>

80000562 <bare_unexpected_trap>:
80000562:	1141                	add	sp,sp,-16
80000564:	c04a                	sw	s2,0(sp)
80000566:	892a                	mv	s2,a0
80000568:	80002537          	lui	a0,0x80002
8000056c:	74c50513          	add	a0,a0,1868 # 8000274c <__text_end+0x17a>
80000570:	c606                	sw	ra,12(sp)
80000572:	c422                	sw	s0,8(sp)
80000574:	c226                	sw	s1,4(sp)
80000576:	8432                	mv	s0,a2
80000578:	84ae                	mv	s1,a1
8000057a:	3789                	jal	800004bc <bare_puts>
8000057c:	854a                	mv	a0,s2
8000057e:	3785                	jal	800004de <bare_put_hex>
80000580:	80002537          	lui	a0,0x80002
80000584:	76450513          	add	a0,a0,1892 # 80002764 <__text_end+0x192>
80000588:	3f15                	jal	800004bc <bare_puts>
8000058a:	8526                	mv	a0,s1
8000058c:	3f89                	jal	800004de <bare_put_hex>
8000058e:	80002537          	lui	a0,0x80002
80000592:	76c50513          	add	a0,a0,1900 # 8000276c <__text_end+0x19a>
80000596:	371d                	jal	800004bc <bare_puts>
80000598:	8522                	mv	a0,s0
8000059a:	3791                	jal	800004de <bare_put_hex>
8000059c:	10000737          	lui	a4,0x10000
800005a0:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
800005a4:	0207f793          	and	a5,a5,32
800005a8:	dfe5                	beqz	a5,800005a0 <bare_unexpected_trap+0x3e>
800005aa:	47a9                	li	a5,10
800005ac:	00f70023          	sb	a5,0(a4)
800005b0:	006337b7          	lui	a5,0x633
800005b4:	00100737          	lui	a4,0x100
800005b8:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
800005bc:	c31c                	sw	a5,0(a4)
800005be:	10500073          	wfi
800005c2:	10500073          	wfi
800005c6:	bfe5                	j	800005be <bare_unexpected_trap+0x5c>

800005c8 <__libc_init_array>:
800005c8:	7db012ef          	jal	t0,800025a2 <__riscv_save_0>
800005cc:	800034b7          	lui	s1,0x80003
800005d0:	80003437          	lui	s0,0x80003
800005d4:	c6048793          	add	a5,s1,-928 # 80002c60 <__fini_array_end>
800005d8:	c6040413          	add	s0,s0,-928 # 80002c60 <__fini_array_end>
800005dc:	8c1d                	sub	s0,s0,a5
800005de:	8409                	sra	s0,s0,0x2
800005e0:	c6048493          	add	s1,s1,-928
800005e4:	4901                	li	s2,0
800005e6:	02891a63          	bne	s2,s0,8000061a <__libc_init_array+0x52>
800005ea:	00000793          	li	a5,0
800005ee:	c789                	beqz	a5,800005f8 <__libc_init_array+0x30>
800005f0:	00000097          	auipc	ra,0x0
800005f4:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800005f8:	800034b7          	lui	s1,0x80003
800005fc:	80003437          	lui	s0,0x80003
80000600:	c6048793          	add	a5,s1,-928 # 80002c60 <__fini_array_end>
80000604:	c6040413          	add	s0,s0,-928 # 80002c60 <__fini_array_end>
80000608:	8c1d                	sub	s0,s0,a5
8000060a:	8409                	sra	s0,s0,0x2
8000060c:	c6048493          	add	s1,s1,-928
80000610:	4901                	li	s2,0
80000612:	00891963          	bne	s2,s0,80000624 <__libc_init_array+0x5c>
80000616:	7b10106f          	j	800025c6 <__riscv_restore_0>
8000061a:	409c                	lw	a5,0(s1)
8000061c:	0905                	add	s2,s2,1
8000061e:	0491                	add	s1,s1,4
80000620:	9782                	jalr	a5
80000622:	b7d1                	j	800005e6 <__libc_init_array+0x1e>
80000624:	409c                	lw	a5,0(s1)
80000626:	0905                	add	s2,s2,1
80000628:	0491                	add	s1,s1,4
8000062a:	9782                	jalr	a5
8000062c:	b7dd                	j	80000612 <__libc_init_array+0x4a>

8000062e <exit>:
8000062e:	775012ef          	jal	t0,800025a2 <__riscv_save_0>
80000632:	00000793          	li	a5,0
80000636:	842a                	mv	s0,a0
80000638:	c791                	beqz	a5,80000644 <exit+0x16>
8000063a:	4581                	li	a1,0
8000063c:	00000097          	auipc	ra,0x0
80000640:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80000644:	7da010ef          	jal	80001e1e <__libc_fini_array>
80000648:	8522                	mv	a0,s0
8000064a:	3f09                	jal	8000055c <_exit>

8000064c <printf>:
8000064c:	7139                	add	sp,sp,-64
8000064e:	da3e                	sw	a5,52(sp)
80000650:	800037b7          	lui	a5,0x80003
80000654:	d22e                	sw	a1,36(sp)
80000656:	85aa                	mv	a1,a0
80000658:	c547a503          	lw	a0,-940(a5) # 80002c54 <stdout>
8000065c:	d432                	sw	a2,40(sp)
8000065e:	1050                	add	a2,sp,36
80000660:	ce06                	sw	ra,28(sp)
80000662:	d636                	sw	a3,44(sp)
80000664:	d83a                	sw	a4,48(sp)
80000666:	dc42                	sw	a6,56(sp)
80000668:	de46                	sw	a7,60(sp)
8000066a:	c632                	sw	a2,12(sp)
8000066c:	24a1                	jal	800008b4 <__d_vfprintf>
8000066e:	40f2                	lw	ra,28(sp)
80000670:	6121                	add	sp,sp,64
80000672:	8082                	ret

80000674 <puts>:
80000674:	72f012ef          	jal	t0,800025a2 <__riscv_save_0>
80000678:	800037b7          	lui	a5,0x80003
8000067c:	c547a583          	lw	a1,-940(a5) # 80002c54 <stdout>
80000680:	1141                	add	sp,sp,-16
80000682:	842a                	mv	s0,a0
80000684:	0045c783          	lbu	a5,4(a1)
80000688:	4481                	li	s1,0
8000068a:	8b89                	and	a5,a5,2
8000068c:	ef81                	bnez	a5,800006a4 <puts+0x30>
8000068e:	54fd                	li	s1,-1
80000690:	8526                	mv	a0,s1
80000692:	0141                	add	sp,sp,16
80000694:	7330106f          	j	800025c6 <__riscv_restore_0>
80000698:	c62e                	sw	a1,12(sp)
8000069a:	9782                	jalr	a5
8000069c:	45b2                	lw	a1,12(sp)
8000069e:	00055363          	bgez	a0,800006a4 <puts+0x30>
800006a2:	54fd                	li	s1,-1
800006a4:	00044503          	lbu	a0,0(s0)
800006a8:	0405                	add	s0,s0,1
800006aa:	459c                	lw	a5,8(a1)
800006ac:	f575                	bnez	a0,80000698 <puts+0x24>
800006ae:	4529                	li	a0,10
800006b0:	9782                	jalr	a5
800006b2:	fc055fe3          	bgez	a0,80000690 <puts+0x1c>
800006b6:	bfe1                	j	8000068e <puts+0x1a>

800006b8 <__ultoa_invert>:
800006b8:	6c3012ef          	jal	t0,8000257a <__riscv_save_10>
800006bc:	2006f793          	and	a5,a3,512
800006c0:	89aa                	mv	s3,a0
800006c2:	8a2e                	mv	s4,a1
800006c4:	8932                	mv	s2,a2
800006c6:	84b6                	mv	s1,a3
800006c8:	02700b13          	li	s6,39
800006cc:	c781                	beqz	a5,800006d4 <__ultoa_invert+0x1c>
800006ce:	dff6f493          	and	s1,a3,-513
800006d2:	4b1d                	li	s6,7
800006d4:	41f4da93          	sra	s5,s1,0x1f
800006d8:	4ca5                	li	s9,9
800006da:	8626                	mv	a2,s1
800006dc:	86d6                	mv	a3,s5
800006de:	854e                	mv	a0,s3
800006e0:	85d2                	mv	a1,s4
800006e2:	369010ef          	jal	8000224a <__umoddi3>
800006e6:	85d2                	mv	a1,s4
800006e8:	0ff57413          	zext.b	s0,a0
800006ec:	8626                	mv	a2,s1
800006ee:	854e                	mv	a0,s3
800006f0:	86d6                	mv	a3,s5
800006f2:	7fa010ef          	jal	80001eec <__udivdi3>
800006f6:	8c4e                	mv	s8,s3
800006f8:	8bd2                	mv	s7,s4
800006fa:	89aa                	mv	s3,a0
800006fc:	8a2e                	mv	s4,a1
800006fe:	008cf563          	bgeu	s9,s0,80000708 <__ultoa_invert+0x50>
80000702:	945a                	add	s0,s0,s6
80000704:	0ff47413          	zext.b	s0,s0
80000708:	0905                	add	s2,s2,1
8000070a:	03040413          	add	s0,s0,48
8000070e:	fe890fa3          	sb	s0,-1(s2)
80000712:	015be663          	bltu	s7,s5,8000071e <__ultoa_invert+0x66>
80000716:	fd7a92e3          	bne	s5,s7,800006da <__ultoa_invert+0x22>
8000071a:	fc9c70e3          	bgeu	s8,s1,800006da <__ultoa_invert+0x22>
8000071e:	854a                	mv	a0,s2
80000720:	6930106f          	j	800025b2 <__riscv_restore_10>

80000724 <skip_to_arg>:
80000724:	657012ef          	jal	t0,8000257a <__riscv_save_10>
80000728:	4305                	li	t1,1
8000072a:	02500f13          	li	t5,37
8000072e:	88aa                	mv	a7,a0
80000730:	00c34463          	blt	t1,a2,80000738 <skip_to_arg+0x14>
80000734:	67f0106f          	j	800025b2 <__riscv_restore_10>
80000738:	87c6                	mv	a5,a7
8000073a:	88be                	mv	a7,a5
8000073c:	0007c703          	lbu	a4,0(a5)
80000740:	0785                	add	a5,a5,1
80000742:	db6d                	beqz	a4,80000734 <skip_to_arg+0x10>
80000744:	ffe71be3          	bne	a4,t5,8000073a <skip_to_arg+0x16>
80000748:	0007c703          	lbu	a4,0(a5)
8000074c:	0889                	add	a7,a7,2
8000074e:	ffe705e3          	beq	a4,t5,80000738 <skip_to_arg+0x14>
80000752:	6ecd                	lui	t4,0x13
80000754:	4681                	li	a3,0
80000756:	4e01                	li	t3,0
80000758:	4781                	li	a5,0
8000075a:	42fd                	li	t0,31
8000075c:	06c00f93          	li	t6,108
80000760:	07400393          	li	t2,116
80000764:	07a00413          	li	s0,122
80000768:	06800493          	li	s1,104
8000076c:	06a00913          	li	s2,106
80000770:	04c00993          	li	s3,76
80000774:	4a25                	li	s4,9
80000776:	02400a93          	li	s5,36
8000077a:	07f00b13          	li	s6,127
8000077e:	4bc1                	li	s7,16
80000780:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
80000784:	04f2e263          	bltu	t0,a5,800007c8 <skip_to_arg+0xa4>
80000788:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
8000078c:	0ff87813          	zext.b	a6,a6
80000790:	030bf163          	bgeu	s7,a6,800007b2 <skip_to_arg+0x8e>
80000794:	fd070813          	add	a6,a4,-48
80000798:	0ff87813          	zext.b	a6,a6
8000079c:	4c25                	li	s8,9
8000079e:	050c6563          	bltu	s8,a6,800007e8 <skip_to_arg+0xc4>
800007a2:	47a9                	li	a5,10
800007a4:	02f687b3          	mul	a5,a3,a5
800007a8:	00f806b3          	add	a3,a6,a5
800007ac:	02000793          	li	a5,32
800007b0:	a039                	j	800007be <skip_to_arg+0x9a>
800007b2:	010ed833          	srl	a6,t4,a6
800007b6:	00187813          	and	a6,a6,1
800007ba:	00080963          	beqz	a6,800007cc <skip_to_arg+0xa8>
800007be:	0008c703          	lbu	a4,0(a7)
800007c2:	0885                	add	a7,a7,1
800007c4:	f361                	bnez	a4,80000784 <skip_to_arg+0x60>
800007c6:	a8b1                	j	80000822 <skip_to_arg+0xfe>
800007c8:	04fb6363          	bltu	s6,a5,8000080e <skip_to_arg+0xea>
800007cc:	fd070813          	add	a6,a4,-48
800007d0:	0ff87813          	zext.b	a6,a6
800007d4:	fd0a77e3          	bgeu	s4,a6,800007a2 <skip_to_arg+0x7e>
800007d8:	03571563          	bne	a4,s5,80000802 <skip_to_arg+0xde>
800007dc:	0a0e0063          	beqz	t3,8000087c <skip_to_arg+0x158>
800007e0:	0a668063          	beq	a3,t1,80000880 <skip_to_arg+0x15c>
800007e4:	4681                	li	a3,0
800007e6:	bfe1                	j	800007be <skip_to_arg+0x9a>
800007e8:	0fb77813          	and	a6,a4,251
800007ec:	02a00c13          	li	s8,42
800007f0:	ff880ae3          	beq	a6,s8,800007e4 <skip_to_arg+0xc0>
800007f4:	06c00813          	li	a6,108
800007f8:	01071d63          	bne	a4,a6,80000812 <skip_to_arg+0xee>
800007fc:	0807e793          	or	a5,a5,128
80000800:	bf7d                	j	800007be <skip_to_arg+0x9a>
80000802:	0fb77813          	and	a6,a4,251
80000806:	02a00c13          	li	s8,42
8000080a:	fd880de3          	beq	a6,s8,800007e4 <skip_to_arg+0xc0>
8000080e:	05f70663          	beq	a4,t6,8000085a <skip_to_arg+0x136>
80000812:	02efef63          	bltu	t6,a4,80000850 <skip_to_arg+0x12c>
80000816:	04970863          	beq	a4,s1,80000866 <skip_to_arg+0x142>
8000081a:	05270e63          	beq	a4,s2,80000876 <skip_to_arg+0x152>
8000081e:	05370c63          	beq	a4,s3,80000876 <skip_to_arg+0x152>
80000822:	f00e09e3          	beqz	t3,80000734 <skip_to_arg+0x10>
80000826:	f06e15e3          	bne	t3,t1,80000730 <skip_to_arg+0xc>
8000082a:	02076893          	or	a7,a4,32
8000082e:	f9b88813          	add	a6,a7,-101
80000832:	0ff87813          	zext.b	a6,a6
80000836:	4e09                	li	t3,2
80000838:	4194                	lw	a3,0(a1)
8000083a:	010e7663          	bgeu	t3,a6,80000846 <skip_to_arg+0x122>
8000083e:	06100813          	li	a6,97
80000842:	05089263          	bne	a7,a6,80000886 <skip_to_arg+0x162>
80000846:	069d                	add	a3,a3,7
80000848:	9ae1                	and	a3,a3,-8
8000084a:	00868713          	add	a4,a3,8
8000084e:	a091                	j	80000892 <skip_to_arg+0x16e>
80000850:	f67707e3          	beq	a4,t2,800007be <skip_to_arg+0x9a>
80000854:	f68705e3          	beq	a4,s0,800007be <skip_to_arg+0x9a>
80000858:	b7e9                	j	80000822 <skip_to_arg+0xfe>
8000085a:	0807f713          	and	a4,a5,128
8000085e:	df59                	beqz	a4,800007fc <skip_to_arg+0xd8>
80000860:	2007e793          	or	a5,a5,512
80000864:	bf61                	j	800007fc <skip_to_arg+0xd8>
80000866:	1007f713          	and	a4,a5,256
8000086a:	c319                	beqz	a4,80000870 <skip_to_arg+0x14c>
8000086c:	2007e793          	or	a5,a5,512
80000870:	1007e793          	or	a5,a5,256
80000874:	b7a9                	j	800007be <skip_to_arg+0x9a>
80000876:	2807e793          	or	a5,a5,640
8000087a:	b791                	j	800007be <skip_to_arg+0x9a>
8000087c:	8e36                	mv	t3,a3
8000087e:	b79d                	j	800007e4 <skip_to_arg+0xc0>
80000880:	06300713          	li	a4,99
80000884:	b75d                	j	8000082a <skip_to_arg+0x106>
80000886:	06300813          	li	a6,99
8000088a:	01071763          	bne	a4,a6,80000898 <skip_to_arg+0x174>
8000088e:	00468713          	add	a4,a3,4
80000892:	c198                	sw	a4,0(a1)
80000894:	0305                	add	t1,t1,1 # 20001 <__stack_size+0x10001>
80000896:	bd61                	j	8000072e <skip_to_arg+0xa>
80000898:	07300813          	li	a6,115
8000089c:	ff0709e3          	beq	a4,a6,8000088e <skip_to_arg+0x16a>
800008a0:	0807f813          	and	a6,a5,128
800008a4:	00468713          	add	a4,a3,4
800008a8:	fe0805e3          	beqz	a6,80000892 <skip_to_arg+0x16e>
800008ac:	2007f793          	and	a5,a5,512
800008b0:	d3ed                	beqz	a5,80000892 <skip_to_arg+0x16e>
800008b2:	bf51                	j	80000846 <skip_to_arg+0x122>

800008b4 <__d_vfprintf>:
800008b4:	4bf012ef          	jal	t0,80002572 <__riscv_save_12>
800008b8:	00454783          	lbu	a5,4(a0)
800008bc:	7139                	add	sp,sp,-64
800008be:	c02a                	sw	a0,0(sp)
800008c0:	c42e                	sw	a1,8(sp)
800008c2:	c632                	sw	a2,12(sp)
800008c4:	8b89                	and	a5,a5,2
800008c6:	00852a03          	lw	s4,8(a0)
800008ca:	c785                	beqz	a5,800008f2 <__d_vfprintf+0x3e>
800008cc:	d232                	sw	a2,36(sp)
800008ce:	87ae                	mv	a5,a1
800008d0:	4401                	li	s0,0
800008d2:	0007c903          	lbu	s2,0(a5)
800008d6:	00090f63          	beqz	s2,800008f4 <__d_vfprintf+0x40>
800008da:	02500713          	li	a4,37
800008de:	00e90f63          	beq	s2,a4,800008fc <__d_vfprintf+0x48>
800008e2:	0785                	add	a5,a5,1
800008e4:	c23e                	sw	a5,4(sp)
800008e6:	4582                	lw	a1,0(sp)
800008e8:	854a                	mv	a0,s2
800008ea:	0405                	add	s0,s0,1
800008ec:	9a02                	jalr	s4
800008ee:	280552e3          	bgez	a0,80001372 <__d_vfprintf+0xabe>
800008f2:	547d                	li	s0,-1
800008f4:	8522                	mv	a0,s0
800008f6:	6121                	add	sp,sp,64
800008f8:	4b70106f          	j	800025ae <__riscv_restore_12>
800008fc:	0017c903          	lbu	s2,1(a5)
80000900:	00278713          	add	a4,a5,2
80000904:	c23a                	sw	a4,4(sp)
80000906:	02500793          	li	a5,37
8000090a:	fcf90ee3          	beq	s2,a5,800008e6 <__d_vfprintf+0x32>
8000090e:	800024b7          	lui	s1,0x80002
80000912:	4a81                	li	s5,0
80000914:	4d01                	li	s10,0
80000916:	4b01                	li	s6,0
80000918:	4d81                	li	s11,0
8000091a:	06c00993          	li	s3,108
8000091e:	07400b93          	li	s7,116
80000922:	07a00c13          	li	s8,122
80000926:	06800c93          	li	s9,104
8000092a:	78448493          	add	s1,s1,1924 # 80002784 <__text_end+0x1b2>
8000092e:	47fd                	li	a5,31
80000930:	07b7e163          	bltu	a5,s11,80000992 <__d_vfprintf+0xde>
80000934:	fe090793          	add	a5,s2,-32
80000938:	0ff7f793          	zext.b	a5,a5
8000093c:	4741                	li	a4,16
8000093e:	00f76663          	bltu	a4,a5,8000094a <__d_vfprintf+0x96>
80000942:	078a                	sll	a5,a5,0x2
80000944:	97a6                	add	a5,a5,s1
80000946:	439c                	lw	a5,0(a5)
80000948:	8782                	jr	a5
8000094a:	fd090793          	add	a5,s2,-48
8000094e:	0ff7f793          	zext.b	a5,a5
80000952:	4725                	li	a4,9
80000954:	06f76463          	bltu	a4,a5,800009bc <__d_vfprintf+0x108>
80000958:	46a9                	li	a3,10
8000095a:	02db06b3          	mul	a3,s6,a3
8000095e:	00f68b33          	add	s6,a3,a5
80000962:	020ded93          	or	s11,s11,32
80000966:	a019                	j	8000096c <__d_vfprintf+0xb8>
80000968:	001ded93          	or	s11,s11,1
8000096c:	4792                	lw	a5,4(sp)
8000096e:	0007c903          	lbu	s2,0(a5)
80000972:	0785                	add	a5,a5,1
80000974:	c23e                	sw	a5,4(sp)
80000976:	fa091ce3          	bnez	s2,8000092e <__d_vfprintf+0x7a>
8000097a:	a0dd                	j	80000a60 <__d_vfprintf+0x1ac>
8000097c:	002ded93          	or	s11,s11,2
80000980:	004ded93          	or	s11,s11,4
80000984:	b7e5                	j	8000096c <__d_vfprintf+0xb8>
80000986:	008ded93          	or	s11,s11,8
8000098a:	b7cd                	j	8000096c <__d_vfprintf+0xb8>
8000098c:	010ded93          	or	s11,s11,16
80000990:	bff1                	j	8000096c <__d_vfprintf+0xb8>
80000992:	07f00793          	li	a5,127
80000996:	0bb7e763          	bltu	a5,s11,80000a44 <__d_vfprintf+0x190>
8000099a:	fd090693          	add	a3,s2,-48
8000099e:	0ff6f693          	zext.b	a3,a3
800009a2:	47a5                	li	a5,9
800009a4:	00d7ec63          	bltu	a5,a3,800009bc <__d_vfprintf+0x108>
800009a8:	040df613          	and	a2,s11,64
800009ac:	87b6                	mv	a5,a3
800009ae:	d64d                	beqz	a2,80000958 <__d_vfprintf+0xa4>
800009b0:	47a9                	li	a5,10
800009b2:	02fd07b3          	mul	a5,s10,a5
800009b6:	00d78d33          	add	s10,a5,a3
800009ba:	bf4d                	j	8000096c <__d_vfprintf+0xb8>
800009bc:	02a00793          	li	a5,42
800009c0:	02f91663          	bne	s2,a5,800009ec <__d_vfprintf+0x138>
800009c4:	fa0a94e3          	bnez	s5,8000096c <__d_vfprintf+0xb8>
800009c8:	5692                	lw	a3,36(sp)
800009ca:	040df793          	and	a5,s11,64
800009ce:	00468613          	add	a2,a3,4
800009d2:	4294                	lw	a3,0(a3)
800009d4:	d232                	sw	a2,36(sp)
800009d6:	c399                	beqz	a5,800009dc <__d_vfprintf+0x128>
800009d8:	8d36                	mv	s10,a3
800009da:	bf49                	j	8000096c <__d_vfprintf+0xb8>
800009dc:	8b36                	mv	s6,a3
800009de:	f806d2e3          	bgez	a3,80000962 <__d_vfprintf+0xae>
800009e2:	40d00b33          	neg	s6,a3
800009e6:	028ded93          	or	s11,s11,40
800009ea:	b749                	j	8000096c <__d_vfprintf+0xb8>
800009ec:	02e00793          	li	a5,46
800009f0:	00f91963          	bne	s2,a5,80000a02 <__d_vfprintf+0x14e>
800009f4:	040df793          	and	a5,s11,64
800009f8:	ee079ee3          	bnez	a5,800008f4 <__d_vfprintf+0x40>
800009fc:	040ded93          	or	s11,s11,64
80000a00:	b7b5                	j	8000096c <__d_vfprintf+0xb8>
80000a02:	02400793          	li	a5,36
80000a06:	02f91f63          	bne	s2,a5,80000a44 <__d_vfprintf+0x190>
80000a0a:	120a8a63          	beqz	s5,80000b3e <__d_vfprintf+0x28a>
80000a0e:	47b2                	lw	a5,12(sp)
80000a10:	d23e                	sw	a5,36(sp)
80000a12:	040df793          	and	a5,s11,64
80000a16:	ef81                	bnez	a5,80000a2e <__d_vfprintf+0x17a>
80000a18:	4522                	lw	a0,8(sp)
80000a1a:	865a                	mv	a2,s6
80000a1c:	104c                	add	a1,sp,36
80000a1e:	3319                	jal	80000724 <skip_to_arg>
80000a20:	5792                	lw	a5,36(sp)
80000a22:	00478693          	add	a3,a5,4
80000a26:	0007ab03          	lw	s6,0(a5)
80000a2a:	d236                	sw	a3,36(sp)
80000a2c:	b781                	j	8000096c <__d_vfprintf+0xb8>
80000a2e:	4522                	lw	a0,8(sp)
80000a30:	866a                	mv	a2,s10
80000a32:	104c                	add	a1,sp,36
80000a34:	39c5                	jal	80000724 <skip_to_arg>
80000a36:	5792                	lw	a5,36(sp)
80000a38:	00478693          	add	a3,a5,4
80000a3c:	0007ad03          	lw	s10,0(a5)
80000a40:	d236                	sw	a3,36(sp)
80000a42:	b72d                	j	8000096c <__d_vfprintf+0xb8>
80000a44:	0d390a63          	beq	s2,s3,80000b18 <__d_vfprintf+0x264>
80000a48:	0d29e363          	bltu	s3,s2,80000b0e <__d_vfprintf+0x25a>
80000a4c:	0d990e63          	beq	s2,s9,80000b28 <__d_vfprintf+0x274>
80000a50:	06a00793          	li	a5,106
80000a54:	0ef90263          	beq	s2,a5,80000b38 <__d_vfprintf+0x284>
80000a58:	04c00793          	li	a5,76
80000a5c:	0cf90e63          	beq	s2,a5,80000b38 <__d_vfprintf+0x284>
80000a60:	000a8863          	beqz	s5,80000a70 <__d_vfprintf+0x1bc>
80000a64:	47b2                	lw	a5,12(sp)
80000a66:	4522                	lw	a0,8(sp)
80000a68:	8656                	mv	a2,s5
80000a6a:	104c                	add	a1,sp,36
80000a6c:	d23e                	sw	a5,36(sp)
80000a6e:	395d                	jal	80000724 <skip_to_arg>
80000a70:	000d5963          	bgez	s10,80000a82 <__d_vfprintf+0x1ce>
80000a74:	fbfdf813          	and	a6,s11,-65
80000a78:	01081d93          	sll	s11,a6,0x10
80000a7c:	010ddd93          	srl	s11,s11,0x10
80000a80:	4d01                	li	s10,0
80000a82:	02096c93          	or	s9,s2,32
80000a86:	f9bc8793          	add	a5,s9,-101
80000a8a:	0ff7f793          	zext.b	a5,a5
80000a8e:	4709                	li	a4,2
80000a90:	0af77d63          	bgeu	a4,a5,80000b4a <__d_vfprintf+0x296>
80000a94:	06100793          	li	a5,97
80000a98:	6afc9163          	bne	s9,a5,8000113a <__d_vfprintf+0x886>
80000a9c:	5792                	lw	a5,36(sp)
80000a9e:	6a89                	lui	s5,0x2
80000aa0:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
80000aa4:	079d                	add	a5,a5,7
80000aa6:	9be1                	and	a5,a5,-8
80000aa8:	0047ab83          	lw	s7,4(a5)
80000aac:	0007a883          	lw	a7,0(a5)
80000ab0:	00878713          	add	a4,a5,8
80000ab4:	414bd993          	sra	s3,s7,0x14
80000ab8:	00cb9c13          	sll	s8,s7,0xc
80000abc:	7ff9f993          	and	s3,s3,2047
80000ac0:	00cc5c93          	srl	s9,s8,0xc
80000ac4:	015deab3          	or	s5,s11,s5
80000ac8:	0119e533          	or	a0,s3,a7
80000acc:	fff94913          	not	s2,s2
80000ad0:	0ac2                	sll	s5,s5,0x10
80000ad2:	d23a                	sw	a4,36(sp)
80000ad4:	019567b3          	or	a5,a0,s9
80000ad8:	02097913          	and	s2,s2,32
80000adc:	010ada93          	srl	s5,s5,0x10
80000ae0:	86c6                	mv	a3,a7
80000ae2:	8c66                	mv	s8,s9
80000ae4:	040df813          	and	a6,s11,64
80000ae8:	01fbdb93          	srl	s7,s7,0x1f
80000aec:	ebdd                	bnez	a5,80000ba2 <__d_vfprintf+0x2ee>
80000aee:	03000793          	li	a5,48
80000af2:	0ffbfb93          	zext.b	s7,s7
80000af6:	02f106a3          	sb	a5,45(sp)
80000afa:	03710623          	sb	s7,44(sp)
80000afe:	24080d63          	beqz	a6,80000d58 <__d_vfprintf+0x4a4>
80000b02:	47b1                	li	a5,12
80000b04:	4981                	li	s3,0
80000b06:	0da7d263          	bge	a5,s10,80000bca <__d_vfprintf+0x316>
80000b0a:	4d35                	li	s10,13
80000b0c:	aa85                	j	80000c7c <__d_vfprintf+0x3c8>
80000b0e:	e5790fe3          	beq	s2,s7,8000096c <__d_vfprintf+0xb8>
80000b12:	e5890de3          	beq	s2,s8,8000096c <__d_vfprintf+0xb8>
80000b16:	b7a9                	j	80000a60 <__d_vfprintf+0x1ac>
80000b18:	080df793          	and	a5,s11,128
80000b1c:	c399                	beqz	a5,80000b22 <__d_vfprintf+0x26e>
80000b1e:	200ded93          	or	s11,s11,512
80000b22:	080ded93          	or	s11,s11,128
80000b26:	b599                	j	8000096c <__d_vfprintf+0xb8>
80000b28:	100df793          	and	a5,s11,256
80000b2c:	c399                	beqz	a5,80000b32 <__d_vfprintf+0x27e>
80000b2e:	200ded93          	or	s11,s11,512
80000b32:	100ded93          	or	s11,s11,256
80000b36:	bd1d                	j	8000096c <__d_vfprintf+0xb8>
80000b38:	280ded93          	or	s11,s11,640
80000b3c:	bd05                	j	8000096c <__d_vfprintf+0xb8>
80000b3e:	875a                	mv	a4,s6
80000b40:	4d01                	li	s10,0
80000b42:	4b01                	li	s6,0
80000b44:	8aba                	mv	s5,a4
80000b46:	4d81                	li	s11,0
80000b48:	b515                	j	8000096c <__d_vfprintf+0xb8>
80000b4a:	5792                	lw	a5,36(sp)
80000b4c:	fff94913          	not	s2,s2
80000b50:	02097913          	and	s2,s2,32
80000b54:	079d                	add	a5,a5,7
80000b56:	9be1                	and	a5,a5,-8
80000b58:	00878713          	add	a4,a5,8
80000b5c:	4388                	lw	a0,0(a5)
80000b5e:	43cc                	lw	a1,4(a5)
80000b60:	d23a                	sw	a4,36(sp)
80000b62:	040df793          	and	a5,s11,64
80000b66:	20078d63          	beqz	a5,80000d80 <__d_vfprintf+0x4cc>
80000b6a:	06500793          	li	a5,101
80000b6e:	20fc9b63          	bne	s9,a5,80000d84 <__d_vfprintf+0x4d0>
80000b72:	6785                	lui	a5,0x1
80000b74:	001d0613          	add	a2,s10,1
80000b78:	00fdedb3          	or	s11,s11,a5
80000b7c:	0ff67613          	zext.b	a2,a2
80000b80:	4701                	li	a4,0
80000b82:	4781                	li	a5,0
80000b84:	4345                	li	t1,17
80000b86:	0ff67693          	zext.b	a3,a2
80000b8a:	00c37363          	bgeu	t1,a2,80000b90 <__d_vfprintf+0x2dc>
80000b8e:	46c5                	li	a3,17
80000b90:	1030                	add	a2,sp,40
80000b92:	317000ef          	jal	800016a8 <__dtoa_engine>
80000b96:	0ff57b93          	zext.b	s7,a0
80000b9a:	59a2                	lw	s3,40(sp)
80000b9c:	8aee                	mv	s5,s11
80000b9e:	4c09                	li	s8,2
80000ba0:	aa01                	j	80000cb0 <__d_vfprintf+0x3fc>
80000ba2:	03100793          	li	a5,49
80000ba6:	00099563          	bnez	s3,80000bb0 <__d_vfprintf+0x2fc>
80000baa:	03000793          	li	a5,48
80000bae:	4985                	li	s3,1
80000bb0:	0ffbfb93          	zext.b	s7,s7
80000bb4:	02f106a3          	sb	a5,45(sp)
80000bb8:	03710623          	sb	s7,44(sp)
80000bbc:	c0198993          	add	s3,s3,-1023
80000bc0:	18080363          	beqz	a6,80000d46 <__d_vfprintf+0x492>
80000bc4:	47b1                	li	a5,12
80000bc6:	19a7c263          	blt	a5,s10,80000d4a <__d_vfprintf+0x496>
80000bca:	4335                	li	t1,13
80000bcc:	41a30333          	sub	t1,t1,s10
80000bd0:	00231d93          	sll	s11,t1,0x2
80000bd4:	fffd8613          	add	a2,s11,-1
80000bd8:	4505                	li	a0,1
80000bda:	4581                	li	a1,0
80000bdc:	ca46                	sw	a7,20(sp)
80000bde:	c836                	sw	a3,16(sp)
80000be0:	2ba010ef          	jal	80001e9a <__ashldi3>
80000be4:	84aa                	mv	s1,a0
80000be6:	872e                	mv	a4,a1
80000be8:	00171793          	sll	a5,a4,0x1
80000bec:	85aa                	mv	a1,a0
80000bee:	01f4d513          	srl	a0,s1,0x1f
80000bf2:	00149e13          	sll	t3,s1,0x1
80000bf6:	8fc9                	or	a5,a5,a0
80000bf8:	40f00c33          	neg	s8,a5
80000bfc:	01c03533          	snez	a0,t3
80000c00:	48d2                	lw	a7,20(sp)
80000c02:	41c00833          	neg	a6,t3
80000c06:	40ac0c33          	sub	s8,s8,a0
80000c0a:	fffe0513          	add	a0,t3,-1
80000c0e:	001e3e13          	seqz	t3,t3
80000c12:	41c787b3          	sub	a5,a5,t3
80000c16:	0197f7b3          	and	a5,a5,s9
80000c1a:	01157533          	and	a0,a0,a7
80000c1e:	02f74663          	blt	a4,a5,80000c4a <__d_vfprintf+0x396>
80000c22:	46c2                	lw	a3,16(sp)
80000c24:	00e79463          	bne	a5,a4,80000c2c <__d_vfprintf+0x378>
80000c28:	02a5e163          	bltu	a1,a0,80000c4a <__d_vfprintf+0x396>
80000c2c:	8546                	mv	a0,a7
80000c2e:	866e                	mv	a2,s11
80000c30:	85e6                	mv	a1,s9
80000c32:	ce3a                	sw	a4,28(sp)
80000c34:	cc42                	sw	a6,24(sp)
80000c36:	ca36                	sw	a3,20(sp)
80000c38:	c846                	sw	a7,16(sp)
80000c3a:	288010ef          	jal	80001ec2 <__ashrdi3>
80000c3e:	8905                	and	a0,a0,1
80000c40:	48c2                	lw	a7,16(sp)
80000c42:	46d2                	lw	a3,20(sp)
80000c44:	4862                	lw	a6,24(sp)
80000c46:	4772                	lw	a4,28(sp)
80000c48:	c94d                	beqz	a0,80000cfa <__d_vfprintf+0x446>
80000c4a:	00988533          	add	a0,a7,s1
80000c4e:	01153db3          	sltu	s11,a0,a7
80000c52:	9766                	add	a4,a4,s9
80000c54:	00ed8cb3          	add	s9,s11,a4
80000c58:	001007b7          	lui	a5,0x100
80000c5c:	86aa                	mv	a3,a0
80000c5e:	08fcce63          	blt	s9,a5,80000cfa <__d_vfprintf+0x446>
80000c62:	02d14783          	lbu	a5,45(sp)
80000c66:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000c68:	02f106a3          	sb	a5,45(sp)
80000c6c:	40000793          	li	a5,1024
80000c70:	0af98163          	beq	s3,a5,80000d12 <__d_vfprintf+0x45e>
80000c74:	00a87533          	and	a0,a6,a0
80000c78:	019c7c33          	and	s8,s8,s9
80000c7c:	05700613          	li	a2,87
80000c80:	1034                	add	a3,sp,40
80000c82:	4735                	li	a4,13
80000c84:	45a5                	li	a1,9
80000c86:	41260633          	sub	a2,a2,s2
80000c8a:	01cc1813          	sll	a6,s8,0x1c
80000c8e:	00f57793          	and	a5,a0,15
80000c92:	8111                	srl	a0,a0,0x4
80000c94:	00a86533          	or	a0,a6,a0
80000c98:	404c5c13          	sra	s8,s8,0x4
80000c9c:	e7e1                	bnez	a5,80000d64 <__d_vfprintf+0x4b0>
80000c9e:	0ced5563          	bge	s10,a4,80000d68 <__d_vfprintf+0x4b4>
80000ca2:	177d                	add	a4,a4,-1
80000ca4:	16fd                	add	a3,a3,-1
80000ca6:	f375                	bnez	a4,80000c8a <__d_vfprintf+0x3d6>
80000ca8:	4c05                	li	s8,1
80000caa:	4bb9                	li	s7,14
80000cac:	07000c93          	li	s9,112
80000cb0:	00998713          	add	a4,s3,9
80000cb4:	46c9                	li	a3,18
80000cb6:	87ce                	mv	a5,s3
80000cb8:	06e6e863          	bltu	a3,a4,80000d28 <__d_vfprintf+0x474>
80000cbc:	02c14703          	lbu	a4,44(sp)
80000cc0:	00177d93          	and	s11,a4,1
80000cc4:	8b31                	and	a4,a4,12
80000cc6:	120d9a63          	bnez	s11,80000dfa <__d_vfprintf+0x546>
80000cca:	002af793          	and	a5,s5,2
80000cce:	12079263          	bnez	a5,80000df2 <__d_vfprintf+0x53e>
80000cd2:	004af793          	and	a5,s5,4
80000cd6:	cfe9                	beqz	a5,80000db0 <__d_vfprintf+0x4fc>
80000cd8:	12071563          	bnez	a4,80000e02 <__d_vfprintf+0x54e>
80000cdc:	02000713          	li	a4,32
80000ce0:	678d                	lui	a5,0x3
80000ce2:	00faf7b3          	and	a5,s5,a5
80000ce6:	1c079363          	bnez	a5,80000eac <__d_vfprintf+0x5f8>
80000cea:	000d1363          	bnez	s10,80000cf0 <__d_vfprintf+0x43c>
80000cee:	4d05                	li	s10,1
80000cf0:	103c                	add	a5,sp,40
80000cf2:	97de                	add	a5,a5,s7
80000cf4:	03000693          	li	a3,48
80000cf8:	aa9d                	j	80000e6e <__d_vfprintf+0x5ba>
80000cfa:	0106f6b3          	and	a3,a3,a6
80000cfe:	018cfcb3          	and	s9,s9,s8
80000d02:	40000793          	li	a5,1024
80000d06:	04f99c63          	bne	s3,a5,80000d5e <__d_vfprintf+0x4aa>
80000d0a:	0196ecb3          	or	s9,a3,s9
80000d0e:	040c8063          	beqz	s9,80000d4e <__d_vfprintf+0x49a>
80000d12:	008beb93          	or	s7,s7,8
80000d16:	03710623          	sb	s7,44(sp)
80000d1a:	40000993          	li	s3,1024
80000d1e:	4bb9                	li	s7,14
80000d20:	07000c93          	li	s9,112
80000d24:	40000793          	li	a5,1024
80000d28:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000d2c:	0c600693          	li	a3,198
80000d30:	4c09                	li	s8,2
80000d32:	f8e6f5e3          	bgeu	a3,a4,80000cbc <__d_vfprintf+0x408>
80000d36:	3e778793          	add	a5,a5,999
80000d3a:	7ce00c13          	li	s8,1998
80000d3e:	00fc3c33          	sltu	s8,s8,a5
80000d42:	0c0d                	add	s8,s8,3
80000d44:	bfa5                	j	80000cbc <__d_vfprintf+0x408>
80000d46:	4d01                	li	s10,0
80000d48:	bf6d                	j	80000d02 <__d_vfprintf+0x44e>
80000d4a:	4d35                	li	s10,13
80000d4c:	bf5d                	j	80000d02 <__d_vfprintf+0x44e>
80000d4e:	004beb93          	or	s7,s7,4
80000d52:	03710623          	sb	s7,44(sp)
80000d56:	b7e1                	j	80000d1e <__d_vfprintf+0x46a>
80000d58:	4981                	li	s3,0
80000d5a:	4d01                	li	s10,0
80000d5c:	b705                	j	80000c7c <__d_vfprintf+0x3c8>
80000d5e:	8536                	mv	a0,a3
80000d60:	8c66                	mv	s8,s9
80000d62:	bf29                	j	80000c7c <__d_vfprintf+0x3c8>
80000d64:	00f5ea63          	bltu	a1,a5,80000d78 <__d_vfprintf+0x4c4>
80000d68:	03078793          	add	a5,a5,48
80000d6c:	00f68923          	sb	a5,18(a3)
80000d70:	f2ed59e3          	bge	s10,a4,80000ca2 <__d_vfprintf+0x3ee>
80000d74:	8d3a                	mv	s10,a4
80000d76:	b735                	j	80000ca2 <__d_vfprintf+0x3ee>
80000d78:	97b2                	add	a5,a5,a2
80000d7a:	0ff7f793          	zext.b	a5,a5
80000d7e:	b7fd                	j	80000d6c <__d_vfprintf+0x4b8>
80000d80:	4d19                	li	s10,6
80000d82:	b3e5                	j	80000b6a <__d_vfprintf+0x2b6>
80000d84:	06600793          	li	a5,102
80000d88:	00fc9963          	bne	s9,a5,80000d9a <__d_vfprintf+0x4e6>
80000d8c:	6789                	lui	a5,0x2
80000d8e:	00fdedb3          	or	s11,s11,a5
80000d92:	4705                	li	a4,1
80000d94:	87ea                	mv	a5,s10
80000d96:	4645                	li	a2,17
80000d98:	b3f5                	j	80000b84 <__d_vfprintf+0x2d0>
80000d9a:	0ffd7793          	zext.b	a5,s10
80000d9e:	0ffd7613          	zext.b	a2,s10
80000da2:	e391                	bnez	a5,80000da6 <__d_vfprintf+0x4f2>
80000da4:	4605                	li	a2,1
80000da6:	4701                	li	a4,0
80000da8:	4781                	li	a5,0
80000daa:	06500c93          	li	s9,101
80000dae:	bbd9                	j	80000b84 <__d_vfprintf+0x2d0>
80000db0:	db05                	beqz	a4,80000ce0 <__d_vfprintf+0x42c>
80000db2:	478d                	li	a5,3
80000db4:	0967d163          	bge	a5,s6,80000e36 <__d_vfprintf+0x582>
80000db8:	008afa93          	and	s5,s5,8
80000dbc:	ffdb0493          	add	s1,s6,-3
80000dc0:	000a9f63          	bnez	s5,80000dde <__d_vfprintf+0x52a>
80000dc4:	94a2                	add	s1,s1,s0
80000dc6:	4582                	lw	a1,0(sp)
80000dc8:	02000513          	li	a0,32
80000dcc:	0405                	add	s0,s0,1
80000dce:	9a02                	jalr	s4
80000dd0:	b20541e3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80000dd4:	fe8499e3          	bne	s1,s0,80000dc6 <__d_vfprintf+0x512>
80000dd8:	4481                	li	s1,0
80000dda:	020d9f63          	bnez	s11,80000e18 <__d_vfprintf+0x564>
80000dde:	02c14783          	lbu	a5,44(sp)
80000de2:	8ba1                	and	a5,a5,8
80000de4:	efad                	bnez	a5,80000e5e <__d_vfprintf+0x5aa>
80000de6:	800029b7          	lui	s3,0x80002
80000dea:	77498993          	add	s3,s3,1908 # 80002774 <__text_end+0x1a2>
80000dee:	8c22                	mv	s8,s0
80000df0:	a8b1                	j	80000e4c <__d_vfprintf+0x598>
80000df2:	eb15                	bnez	a4,80000e26 <__d_vfprintf+0x572>
80000df4:	02b00713          	li	a4,43
80000df8:	b5e5                	j	80000ce0 <__d_vfprintf+0x42c>
80000dfa:	eb0d                	bnez	a4,80000e2c <__d_vfprintf+0x578>
80000dfc:	02d00713          	li	a4,45
80000e00:	b5c5                	j	80000ce0 <__d_vfprintf+0x42c>
80000e02:	02000d93          	li	s11,32
80000e06:	4791                	li	a5,4
80000e08:	0367d563          	bge	a5,s6,80000e32 <__d_vfprintf+0x57e>
80000e0c:	008afa93          	and	s5,s5,8
80000e10:	ffcb0493          	add	s1,s6,-4
80000e14:	fa0a88e3          	beqz	s5,80000dc4 <__d_vfprintf+0x510>
80000e18:	4582                	lw	a1,0(sp)
80000e1a:	856e                	mv	a0,s11
80000e1c:	0405                	add	s0,s0,1
80000e1e:	9a02                	jalr	s4
80000e20:	fa055fe3          	bgez	a0,80000dde <__d_vfprintf+0x52a>
80000e24:	b4f9                	j	800008f2 <__d_vfprintf+0x3e>
80000e26:	02b00d93          	li	s11,43
80000e2a:	bff1                	j	80000e06 <__d_vfprintf+0x552>
80000e2c:	02d00d93          	li	s11,45
80000e30:	bfd9                	j	80000e06 <__d_vfprintf+0x552>
80000e32:	4481                	li	s1,0
80000e34:	b7d5                	j	80000e18 <__d_vfprintf+0x564>
80000e36:	4481                	li	s1,0
80000e38:	b75d                	j	80000dde <__d_vfprintf+0x52a>
80000e3a:	4582                	lw	a1,0(sp)
80000e3c:	41250533          	sub	a0,a0,s2
80000e40:	0ff57513          	zext.b	a0,a0
80000e44:	0c05                	add	s8,s8,1
80000e46:	9a02                	jalr	s4
80000e48:	aa0545e3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80000e4c:	408c07b3          	sub	a5,s8,s0
80000e50:	97ce                	add	a5,a5,s3
80000e52:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
80000e56:	f175                	bnez	a0,80000e3a <__d_vfprintf+0x586>
80000e58:	8462                	mv	s0,s8
80000e5a:	94e2                	add	s1,s1,s8
80000e5c:	a515                	j	80001480 <__d_vfprintf+0xbcc>
80000e5e:	800029b7          	lui	s3,0x80002
80000e62:	77898993          	add	s3,s3,1912 # 80002778 <__text_end+0x1a6>
80000e66:	b761                	j	80000dee <__d_vfprintf+0x53a>
80000e68:	1bfd                	add	s7,s7,-1
80000e6a:	0ffbfb93          	zext.b	s7,s7
80000e6e:	000b8763          	beqz	s7,80000e7c <__d_vfprintf+0x5c8>
80000e72:	0047c603          	lbu	a2,4(a5)
80000e76:	17fd                	add	a5,a5,-1
80000e78:	fed608e3          	beq	a2,a3,80000e68 <__d_vfprintf+0x5b4>
80000e7c:	010af693          	and	a3,s5,16
80000e80:	87ea                	mv	a5,s10
80000e82:	e291                	bnez	a3,80000e86 <__d_vfprintf+0x5d2>
80000e84:	87de                	mv	a5,s7
80000e86:	56f1                	li	a3,-4
80000e88:	0ed9cc63          	blt	s3,a3,80000f80 <__d_vfprintf+0x6cc>
80000e8c:	0fa9da63          	bge	s3,s10,80000f80 <__d_vfprintf+0x6cc>
80000e90:	6689                	lui	a3,0x2
80000e92:	00dae6b3          	or	a3,s5,a3
80000e96:	01069a93          	sll	s5,a3,0x10
80000e9a:	010ada93          	srl	s5,s5,0x10
80000e9e:	4d01                	li	s10,0
80000ea0:	00f9d663          	bge	s3,a5,80000eac <__d_vfprintf+0x5f8>
80000ea4:	00198893          	add	a7,s3,1
80000ea8:	41178d33          	sub	s10,a5,a7
80000eac:	6d89                	lui	s11,0x2
80000eae:	01bafdb3          	and	s11,s5,s11
80000eb2:	0c0d8a63          	beqz	s11,80000f86 <__d_vfprintf+0x6d2>
80000eb6:	87ce                	mv	a5,s3
80000eb8:	0009d363          	bgez	s3,80000ebe <__d_vfprintf+0x60a>
80000ebc:	4781                	li	a5,0
80000ebe:	0785                	add	a5,a5,1
80000ec0:	c311                	beqz	a4,80000ec4 <__d_vfprintf+0x610>
80000ec2:	0785                	add	a5,a5,1
80000ec4:	0c0d0963          	beqz	s10,80000f96 <__d_vfprintf+0x6e2>
80000ec8:	001d0693          	add	a3,s10,1
80000ecc:	97b6                	add	a5,a5,a3
80000ece:	4481                	li	s1,0
80000ed0:	0167d463          	bge	a5,s6,80000ed8 <__d_vfprintf+0x624>
80000ed4:	40fb04b3          	sub	s1,s6,a5
80000ed8:	009af793          	and	a5,s5,9
80000edc:	e789                	bnez	a5,80000ee6 <__d_vfprintf+0x632>
80000ede:	94a2                	add	s1,s1,s0
80000ee0:	0c849063          	bne	s1,s0,80000fa0 <__d_vfprintf+0x6ec>
80000ee4:	4481                	li	s1,0
80000ee6:	c719                	beqz	a4,80000ef4 <__d_vfprintf+0x640>
80000ee8:	4582                	lw	a1,0(sp)
80000eea:	853a                	mv	a0,a4
80000eec:	0405                	add	s0,s0,1
80000eee:	9a02                	jalr	s4
80000ef0:	a00541e3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80000ef4:	00bad793          	srl	a5,s5,0xb
80000ef8:	8b85                	and	a5,a5,1
80000efa:	c395                	beqz	a5,80000f1e <__d_vfprintf+0x66a>
80000efc:	4582                	lw	a1,0(sp)
80000efe:	03000513          	li	a0,48
80000f02:	9a02                	jalr	s4
80000f04:	9e0547e3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80000f08:	07800513          	li	a0,120
80000f0c:	4582                	lw	a1,0(sp)
80000f0e:	41250533          	sub	a0,a0,s2
80000f12:	0f857513          	and	a0,a0,248
80000f16:	0409                	add	s0,s0,2
80000f18:	9a02                	jalr	s4
80000f1a:	9c054ce3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80000f1e:	008af793          	and	a5,s5,8
80000f22:	e791                	bnez	a5,80000f2e <__d_vfprintf+0x67a>
80000f24:	8b22                	mv	s6,s0
80000f26:	9426                	add	s0,s0,s1
80000f28:	09641663          	bne	s0,s6,80000fb4 <__d_vfprintf+0x700>
80000f2c:	4481                	li	s1,0
80000f2e:	0c0d8f63          	beqz	s11,8000100c <__d_vfprintf+0x758>
80000f32:	8cce                	mv	s9,s3
80000f34:	0009d363          	bgez	s3,80000f3a <__d_vfprintf+0x686>
80000f38:	4c81                	li	s9,0
80000f3a:	41998db3          	sub	s11,s3,s9
80000f3e:	41a00d33          	neg	s10,s10
80000f42:	5b7d                	li	s6,-1
80000f44:	03000513          	li	a0,48
80000f48:	017df663          	bgeu	s11,s7,80000f54 <__d_vfprintf+0x6a0>
80000f4c:	103c                	add	a5,sp,40
80000f4e:	97ee                	add	a5,a5,s11
80000f50:	0057c503          	lbu	a0,5(a5)
80000f54:	1cfd                	add	s9,s9,-1
80000f56:	00140c13          	add	s8,s0,1
80000f5a:	07acc563          	blt	s9,s10,80000fc4 <__d_vfprintf+0x710>
80000f5e:	4582                	lw	a1,0(sp)
80000f60:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
80000f62:	9a02                	jalr	s4
80000f64:	980547e3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80000f68:	016c9a63          	bne	s9,s6,80000f7c <__d_vfprintf+0x6c8>
80000f6c:	4582                	lw	a1,0(sp)
80000f6e:	02e00513          	li	a0,46
80000f72:	9a02                	jalr	s4
80000f74:	96054fe3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80000f78:	00240c13          	add	s8,s0,2
80000f7c:	8462                	mv	s0,s8
80000f7e:	b7d9                	j	80000f44 <__d_vfprintf+0x690>
80000f80:	fff78d13          	add	s10,a5,-1
80000f84:	b725                	j	80000eac <__d_vfprintf+0x5f8>
80000f86:	00bad693          	srl	a3,s5,0xb
80000f8a:	8a85                	and	a3,a3,1
80000f8c:	478d                	li	a5,3
80000f8e:	c291                	beqz	a3,80000f92 <__d_vfprintf+0x6de>
80000f90:	4795                	li	a5,5
80000f92:	97e2                	add	a5,a5,s8
80000f94:	b735                	j	80000ec0 <__d_vfprintf+0x60c>
80000f96:	010af693          	and	a3,s5,16
80000f9a:	da95                	beqz	a3,80000ece <__d_vfprintf+0x61a>
80000f9c:	0785                	add	a5,a5,1
80000f9e:	bf05                	j	80000ece <__d_vfprintf+0x61a>
80000fa0:	4582                	lw	a1,0(sp)
80000fa2:	02000513          	li	a0,32
80000fa6:	c83a                	sw	a4,16(sp)
80000fa8:	9a02                	jalr	s4
80000faa:	4742                	lw	a4,16(sp)
80000fac:	0405                	add	s0,s0,1
80000fae:	f20559e3          	bgez	a0,80000ee0 <__d_vfprintf+0x62c>
80000fb2:	b281                	j	800008f2 <__d_vfprintf+0x3e>
80000fb4:	4582                	lw	a1,0(sp)
80000fb6:	03000513          	li	a0,48
80000fba:	0b05                	add	s6,s6,1
80000fbc:	9a02                	jalr	s4
80000fbe:	f60555e3          	bgez	a0,80000f28 <__d_vfprintf+0x674>
80000fc2:	ba05                	j	800008f2 <__d_vfprintf+0x3e>
80000fc4:	033c9063          	bne	s9,s3,80000fe4 <__d_vfprintf+0x730>
80000fc8:	02d14703          	lbu	a4,45(sp)
80000fcc:	03500793          	li	a5,53
80000fd0:	00e7e863          	bltu	a5,a4,80000fe0 <__d_vfprintf+0x72c>
80000fd4:	00f71863          	bne	a4,a5,80000fe4 <__d_vfprintf+0x730>
80000fd8:	02c14783          	lbu	a5,44(sp)
80000fdc:	8bc1                	and	a5,a5,16
80000fde:	e399                	bnez	a5,80000fe4 <__d_vfprintf+0x730>
80000fe0:	03100513          	li	a0,49
80000fe4:	4582                	lw	a1,0(sp)
80000fe6:	9a02                	jalr	s4
80000fe8:	900545e3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80000fec:	010afa93          	and	s5,s5,16
80000ff0:	e60a84e3          	beqz	s5,80000e58 <__d_vfprintf+0x5a4>
80000ff4:	57fd                	li	a5,-1
80000ff6:	e6fc91e3          	bne	s9,a5,80000e58 <__d_vfprintf+0x5a4>
80000ffa:	4582                	lw	a1,0(sp)
80000ffc:	00240c13          	add	s8,s0,2
80001000:	02e00513          	li	a0,46
80001004:	9a02                	jalr	s4
80001006:	e40559e3          	bgez	a0,80000e58 <__d_vfprintf+0x5a4>
8000100a:	b0e5                	j	800008f2 <__d_vfprintf+0x3e>
8000100c:	02d14503          	lbu	a0,45(sp)
80001010:	03100793          	li	a5,49
80001014:	00f50763          	beq	a0,a5,80001022 <__d_vfprintf+0x76e>
80001018:	02c14783          	lbu	a5,44(sp)
8000101c:	9bbd                	and	a5,a5,-17
8000101e:	02f10623          	sb	a5,44(sp)
80001022:	4582                	lw	a1,0(sp)
80001024:	9a02                	jalr	s4
80001026:	8c0546e3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
8000102a:	0da05a63          	blez	s10,800010fe <__d_vfprintf+0x84a>
8000102e:	4582                	lw	a1,0(sp)
80001030:	02e00513          	li	a0,46
80001034:	0409                	add	s0,s0,2
80001036:	9a02                	jalr	s4
80001038:	8a054de3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
8000103c:	4a85                	li	s5,1
8000103e:	4785                	li	a5,1
80001040:	0405                	add	s0,s0,1
80001042:	03000513          	li	a0,48
80001046:	017af863          	bgeu	s5,s7,80001056 <__d_vfprintf+0x7a2>
8000104a:	02078793          	add	a5,a5,32
8000104e:	1018                	add	a4,sp,32
80001050:	97ba                	add	a5,a5,a4
80001052:	fed7c503          	lbu	a0,-19(a5)
80001056:	4582                	lw	a1,0(sp)
80001058:	9a02                	jalr	s4
8000105a:	88054ce3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
8000105e:	0a85                	add	s5,s5,1
80001060:	0ffafa93          	zext.b	s5,s5
80001064:	87d6                	mv	a5,s5
80001066:	fd5d5de3          	bge	s10,s5,80001040 <__d_vfprintf+0x78c>
8000106a:	4582                	lw	a1,0(sp)
8000106c:	412c8533          	sub	a0,s9,s2
80001070:	0ff57513          	zext.b	a0,a0
80001074:	9a02                	jalr	s4
80001076:	86054ee3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
8000107a:	0009ca63          	bltz	s3,8000108e <__d_vfprintf+0x7da>
8000107e:	02b00513          	li	a0,43
80001082:	00099a63          	bnez	s3,80001096 <__d_vfprintf+0x7e2>
80001086:	02c14783          	lbu	a5,44(sp)
8000108a:	8bc1                	and	a5,a5,16
8000108c:	c789                	beqz	a5,80001096 <__d_vfprintf+0x7e2>
8000108e:	413009b3          	neg	s3,s3
80001092:	02d00513          	li	a0,45
80001096:	4582                	lw	a1,0(sp)
80001098:	9a02                	jalr	s4
8000109a:	84054ce3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
8000109e:	4791                	li	a5,4
800010a0:	06fc1e63          	bne	s8,a5,8000111c <__d_vfprintf+0x868>
800010a4:	3e800913          	li	s2,1000
800010a8:	0329c533          	div	a0,s3,s2
800010ac:	4582                	lw	a1,0(sp)
800010ae:	040d                	add	s0,s0,3
800010b0:	03050513          	add	a0,a0,48
800010b4:	0ff57513          	zext.b	a0,a0
800010b8:	9a02                	jalr	s4
800010ba:	82054ce3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
800010be:	0329e9b3          	rem	s3,s3,s2
800010c2:	06400913          	li	s2,100
800010c6:	4582                	lw	a1,0(sp)
800010c8:	0405                	add	s0,s0,1
800010ca:	0329c533          	div	a0,s3,s2
800010ce:	03050513          	add	a0,a0,48
800010d2:	0ff57513          	zext.b	a0,a0
800010d6:	9a02                	jalr	s4
800010d8:	80054de3          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
800010dc:	0329e9b3          	rem	s3,s3,s2
800010e0:	4929                	li	s2,10
800010e2:	4582                	lw	a1,0(sp)
800010e4:	0405                	add	s0,s0,1
800010e6:	0329c533          	div	a0,s3,s2
800010ea:	03050513          	add	a0,a0,48
800010ee:	0ff57513          	zext.b	a0,a0
800010f2:	9a02                	jalr	s4
800010f4:	fe054f63          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
800010f8:	0329e9b3          	rem	s3,s3,s2
800010fc:	a03d                	j	8000112a <__d_vfprintf+0x876>
800010fe:	010afa93          	and	s5,s5,16
80001102:	000a9463          	bnez	s5,8000110a <__d_vfprintf+0x856>
80001106:	0405                	add	s0,s0,1
80001108:	b78d                	j	8000106a <__d_vfprintf+0x7b6>
8000110a:	4582                	lw	a1,0(sp)
8000110c:	02e00513          	li	a0,46
80001110:	0409                	add	s0,s0,2
80001112:	9a02                	jalr	s4
80001114:	f4055be3          	bgez	a0,8000106a <__d_vfprintf+0x7b6>
80001118:	fdaff06f          	j	800008f2 <__d_vfprintf+0x3e>
8000111c:	478d                	li	a5,3
8000111e:	0409                	add	s0,s0,2
80001120:	fafc01e3          	beq	s8,a5,800010c2 <__d_vfprintf+0x80e>
80001124:	4785                	li	a5,1
80001126:	fafc1de3          	bne	s8,a5,800010e0 <__d_vfprintf+0x82c>
8000112a:	03098513          	add	a0,s3,48
8000112e:	4582                	lw	a1,0(sp)
80001130:	00140c13          	add	s8,s0,1
80001134:	0ff57513          	zext.b	a0,a0
80001138:	b5f1                	j	80001004 <__d_vfprintf+0x750>
8000113a:	f9d90793          	add	a5,s2,-99
8000113e:	0ff7f793          	zext.b	a5,a5
80001142:	4749                	li	a4,18
80001144:	1ef76f63          	bltu	a4,a5,80001342 <__d_vfprintf+0xa8e>
80001148:	80002737          	lui	a4,0x80002
8000114c:	078a                	sll	a5,a5,0x2
8000114e:	7c870713          	add	a4,a4,1992 # 800027c8 <__text_end+0x1f6>
80001152:	97ba                	add	a5,a5,a4
80001154:	439c                	lw	a5,0(a5)
80001156:	8782                	jr	a5
80001158:	5792                	lw	a5,36(sp)
8000115a:	4485                	li	s1,1
8000115c:	02810993          	add	s3,sp,40
80001160:	00478713          	add	a4,a5,4
80001164:	439c                	lw	a5,0(a5)
80001166:	d23a                	sw	a4,36(sp)
80001168:	02f10423          	sb	a5,40(sp)
8000116c:	008df813          	and	a6,s11,8
80001170:	04080e63          	beqz	a6,800011cc <__d_vfprintf+0x918>
80001174:	4901                	li	s2,0
80001176:	05249d63          	bne	s1,s2,800011d0 <__d_vfprintf+0x91c>
8000117a:	00940c33          	add	s8,s0,s1
8000117e:	409b04b3          	sub	s1,s6,s1
80001182:	b9d9                	j	80000e58 <__d_vfprintf+0x5a4>
80001184:	5792                	lw	a5,36(sp)
80001186:	00478713          	add	a4,a5,4
8000118a:	d23a                	sw	a4,36(sp)
8000118c:	0007a983          	lw	s3,0(a5)
80001190:	00099663          	bnez	s3,8000119c <__d_vfprintf+0x8e8>
80001194:	800029b7          	lui	s3,0x80002
80001198:	77c98993          	add	s3,s3,1916 # 8000277c <__text_end+0x1aa>
8000119c:	040df793          	and	a5,s11,64
800011a0:	55fd                	li	a1,-1
800011a2:	c391                	beqz	a5,800011a6 <__d_vfprintf+0x8f2>
800011a4:	85ea                	mv	a1,s10
800011a6:	854e                	mv	a0,s3
800011a8:	4b3000ef          	jal	80001e5a <strnlen>
800011ac:	84aa                	mv	s1,a0
800011ae:	bf7d                	j	8000116c <__d_vfprintf+0x8b8>
800011b0:	4582                	lw	a1,0(sp)
800011b2:	02000513          	li	a0,32
800011b6:	9a02                	jalr	s4
800011b8:	f2054d63          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
800011bc:	197d                	add	s2,s2,-1
800011be:	ff24e9e3          	bltu	s1,s2,800011b0 <__d_vfprintf+0x8fc>
800011c2:	945a                	add	s0,s0,s6
800011c4:	41240433          	sub	s0,s0,s2
800011c8:	8b4a                	mv	s6,s2
800011ca:	b76d                	j	80001174 <__d_vfprintf+0x8c0>
800011cc:	895a                	mv	s2,s6
800011ce:	bfc5                	j	800011be <__d_vfprintf+0x90a>
800011d0:	012987b3          	add	a5,s3,s2
800011d4:	4582                	lw	a1,0(sp)
800011d6:	0007c503          	lbu	a0,0(a5)
800011da:	0905                	add	s2,s2,1
800011dc:	9a02                	jalr	s4
800011de:	f8055ce3          	bgez	a0,80001176 <__d_vfprintf+0x8c2>
800011e2:	f10ff06f          	j	800008f2 <__d_vfprintf+0x3e>
800011e6:	080df713          	and	a4,s11,128
800011ea:	5792                	lw	a5,36(sp)
800011ec:	cf49                	beqz	a4,80001286 <__d_vfprintf+0x9d2>
800011ee:	200df713          	and	a4,s11,512
800011f2:	c359                	beqz	a4,80001278 <__d_vfprintf+0x9c4>
800011f4:	079d                	add	a5,a5,7
800011f6:	9be1                	and	a5,a5,-8
800011f8:	4388                	lw	a0,0(a5)
800011fa:	43cc                	lw	a1,4(a5)
800011fc:	00878713          	add	a4,a5,8
80001200:	d23a                	sw	a4,36(sp)
80001202:	fefdf993          	and	s3,s11,-17
80001206:	09c2                	sll	s3,s3,0x10
80001208:	0109d993          	srl	s3,s3,0x10
8000120c:	0805dd63          	bgez	a1,800012a6 <__d_vfprintf+0x9f2>
80001210:	00a037b3          	snez	a5,a0
80001214:	40b005b3          	neg	a1,a1
80001218:	8d9d                	sub	a1,a1,a5
8000121a:	40a00533          	neg	a0,a0
8000121e:	4009e993          	or	s3,s3,1024
80001222:	02810a93          	add	s5,sp,40
80001226:	46a9                	li	a3,10
80001228:	8656                	mv	a2,s5
8000122a:	c8eff0ef          	jal	800006b8 <__ultoa_invert>
8000122e:	0409f793          	and	a5,s3,64
80001232:	41550ab3          	sub	s5,a0,s5
80001236:	c7f5                	beqz	a5,80001322 <__d_vfprintf+0xa6e>
80001238:	ffe9f793          	and	a5,s3,-2
8000123c:	07c2                	sll	a5,a5,0x10
8000123e:	83c1                	srl	a5,a5,0x10
80001240:	19aad563          	bge	s5,s10,800013ca <__d_vfprintf+0xb16>
80001244:	16090c63          	beqz	s2,800013bc <__d_vfprintf+0xb08>
80001248:	0109fc13          	and	s8,s3,16
8000124c:	84ea                	mv	s1,s10
8000124e:	89be                	mv	s3,a5
80001250:	060c0a63          	beqz	s8,800012c4 <__d_vfprintf+0xa10>
80001254:	0489                	add	s1,s1,2
80001256:	0089f793          	and	a5,s3,8
8000125a:	18079a63          	bnez	a5,800013ee <__d_vfprintf+0xb3a>
8000125e:	0019f793          	and	a5,s3,1
80001262:	cb89                	beqz	a5,80001274 <__d_vfprintf+0x9c0>
80001264:	8d56                	mv	s10,s5
80001266:	0164d763          	bge	s1,s6,80001274 <__d_vfprintf+0x9c0>
8000126a:	409b04b3          	sub	s1,s6,s1
8000126e:	01548d33          	add	s10,s1,s5
80001272:	84da                	mv	s1,s6
80001274:	8ba6                	mv	s7,s1
80001276:	a2ad                	j	800013e0 <__d_vfprintf+0xb2c>
80001278:	4388                	lw	a0,0(a5)
8000127a:	00478713          	add	a4,a5,4
8000127e:	d23a                	sw	a4,36(sp)
80001280:	41f55593          	sra	a1,a0,0x1f
80001284:	bfbd                	j	80001202 <__d_vfprintf+0x94e>
80001286:	00478713          	add	a4,a5,4
8000128a:	4388                	lw	a0,0(a5)
8000128c:	d23a                	sw	a4,36(sp)
8000128e:	100df793          	and	a5,s11,256
80001292:	d7fd                	beqz	a5,80001280 <__d_vfprintf+0x9cc>
80001294:	200df793          	and	a5,s11,512
80001298:	c781                	beqz	a5,800012a0 <__d_vfprintf+0x9ec>
8000129a:	0562                	sll	a0,a0,0x18
8000129c:	8561                	sra	a0,a0,0x18
8000129e:	b7cd                	j	80001280 <__d_vfprintf+0x9cc>
800012a0:	0542                	sll	a0,a0,0x10
800012a2:	8541                	sra	a0,a0,0x10
800012a4:	bff1                	j	80001280 <__d_vfprintf+0x9cc>
800012a6:	00b567b3          	or	a5,a0,a1
800012aa:	ffa5                	bnez	a5,80001222 <__d_vfprintf+0x96e>
800012ac:	040df793          	and	a5,s11,64
800012b0:	dbad                	beqz	a5,80001222 <__d_vfprintf+0x96e>
800012b2:	f60d18e3          	bnez	s10,80001222 <__d_vfprintf+0x96e>
800012b6:	feedf993          	and	s3,s11,-18
800012ba:	09c2                	sll	s3,s3,0x10
800012bc:	0109d993          	srl	s3,s3,0x10
800012c0:	4a81                	li	s5,0
800012c2:	4481                	li	s1,0
800012c4:	4069fc13          	and	s8,s3,1030
800012c8:	f80c07e3          	beqz	s8,80001256 <__d_vfprintf+0x9a2>
800012cc:	0485                	add	s1,s1,1
800012ce:	4c01                	li	s8,0
800012d0:	b759                	j	80001256 <__d_vfprintf+0x9a2>
800012d2:	fefdf813          	and	a6,s11,-17
800012d6:	01081d93          	sll	s11,a6,0x10
800012da:	010ddd93          	srl	s11,s11,0x10
800012de:	46a9                	li	a3,10
800012e0:	080df713          	and	a4,s11,128
800012e4:	5792                	lw	a5,36(sp)
800012e6:	c355                	beqz	a4,8000138a <__d_vfprintf+0xad6>
800012e8:	200df713          	and	a4,s11,512
800012ec:	cb49                	beqz	a4,8000137e <__d_vfprintf+0xaca>
800012ee:	079d                	add	a5,a5,7
800012f0:	9be1                	and	a5,a5,-8
800012f2:	4388                	lw	a0,0(a5)
800012f4:	43cc                	lw	a1,4(a5)
800012f6:	00878713          	add	a4,a5,8
800012fa:	d23a                	sw	a4,36(sp)
800012fc:	00b567b3          	or	a5,a0,a1
80001300:	e7cd                	bnez	a5,800013aa <__d_vfprintf+0xaf6>
80001302:	fe9df993          	and	s3,s11,-23
80001306:	09c2                	sll	s3,s3,0x10
80001308:	040df793          	and	a5,s11,64
8000130c:	0109d993          	srl	s3,s3,0x10
80001310:	c3dd                	beqz	a5,800013b6 <__d_vfprintf+0xb02>
80001312:	0a0d1263          	bnez	s10,800013b6 <__d_vfprintf+0xb02>
80001316:	fe8df993          	and	s3,s11,-24
8000131a:	09c2                	sll	s3,s3,0x10
8000131c:	0109d993          	srl	s3,s3,0x10
80001320:	4a81                	li	s5,0
80001322:	0109fc13          	and	s8,s3,16
80001326:	0a0c0463          	beqz	s8,800013ce <__d_vfprintf+0xb1a>
8000132a:	001a8493          	add	s1,s5,1
8000132e:	f20904e3          	beqz	s2,80001256 <__d_vfprintf+0x9a2>
80001332:	84d6                	mv	s1,s5
80001334:	b705                	j	80001254 <__d_vfprintf+0x9a0>
80001336:	010ded93          	or	s11,s11,16
8000133a:	46c1                	li	a3,16
8000133c:	07800913          	li	s2,120
80001340:	b745                	j	800012e0 <__d_vfprintf+0xa2c>
80001342:	07800793          	li	a5,120
80001346:	00fc9a63          	bne	s9,a5,8000135a <__d_vfprintf+0xaa6>
8000134a:	05800793          	li	a5,88
8000134e:	46c1                	li	a3,16
80001350:	f8f918e3          	bne	s2,a5,800012e0 <__d_vfprintf+0xa2c>
80001354:	21000693          	li	a3,528
80001358:	b761                	j	800012e0 <__d_vfprintf+0xa2c>
8000135a:	4582                	lw	a1,0(sp)
8000135c:	02500513          	li	a0,37
80001360:	9a02                	jalr	s4
80001362:	d8054863          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80001366:	4582                	lw	a1,0(sp)
80001368:	854a                	mv	a0,s2
8000136a:	9a02                	jalr	s4
8000136c:	d8054363          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80001370:	0409                	add	s0,s0,2
80001372:	4792                	lw	a5,4(sp)
80001374:	d5eff06f          	j	800008d2 <__d_vfprintf+0x1e>
80001378:	46a1                	li	a3,8
8000137a:	4901                	li	s2,0
8000137c:	b795                	j	800012e0 <__d_vfprintf+0xa2c>
8000137e:	4388                	lw	a0,0(a5)
80001380:	00478713          	add	a4,a5,4
80001384:	d23a                	sw	a4,36(sp)
80001386:	4581                	li	a1,0
80001388:	bf95                	j	800012fc <__d_vfprintf+0xa48>
8000138a:	00478713          	add	a4,a5,4
8000138e:	4388                	lw	a0,0(a5)
80001390:	d23a                	sw	a4,36(sp)
80001392:	100df793          	and	a5,s11,256
80001396:	dbe5                	beqz	a5,80001386 <__d_vfprintf+0xad2>
80001398:	200df793          	and	a5,s11,512
8000139c:	c781                	beqz	a5,800013a4 <__d_vfprintf+0xaf0>
8000139e:	0ff57513          	zext.b	a0,a0
800013a2:	b7d5                	j	80001386 <__d_vfprintf+0xad2>
800013a4:	0542                	sll	a0,a0,0x10
800013a6:	8141                	srl	a0,a0,0x10
800013a8:	bff9                	j	80001386 <__d_vfprintf+0xad2>
800013aa:	ff9df813          	and	a6,s11,-7
800013ae:	01081993          	sll	s3,a6,0x10
800013b2:	0109d993          	srl	s3,s3,0x10
800013b6:	02810a93          	add	s5,sp,40
800013ba:	b5bd                	j	80001228 <__d_vfprintf+0x974>
800013bc:	fee9f993          	and	s3,s3,-18
800013c0:	09c2                	sll	s3,s3,0x10
800013c2:	0109d993          	srl	s3,s3,0x10
800013c6:	84ea                	mv	s1,s10
800013c8:	bdf5                	j	800012c4 <__d_vfprintf+0xa10>
800013ca:	89be                	mv	s3,a5
800013cc:	bf99                	j	80001322 <__d_vfprintf+0xa6e>
800013ce:	84d6                	mv	s1,s5
800013d0:	bdd5                	j	800012c4 <__d_vfprintf+0xa10>
800013d2:	4582                	lw	a1,0(sp)
800013d4:	02000513          	li	a0,32
800013d8:	9a02                	jalr	s4
800013da:	d0054c63          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
800013de:	0b85                	add	s7,s7,1
800013e0:	ff6bc9e3          	blt	s7,s6,800013d2 <__d_vfprintf+0xb1e>
800013e4:	409404b3          	sub	s1,s0,s1
800013e8:	01748433          	add	s0,s1,s7
800013ec:	84de                	mv	s1,s7
800013ee:	020c0363          	beqz	s8,80001414 <__d_vfprintf+0xb60>
800013f2:	4582                	lw	a1,0(sp)
800013f4:	03000513          	li	a0,48
800013f8:	9a02                	jalr	s4
800013fa:	ce054c63          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
800013fe:	04090d63          	beqz	s2,80001458 <__d_vfprintf+0xba4>
80001402:	4582                	lw	a1,0(sp)
80001404:	0409                	add	s0,s0,2
80001406:	854a                	mv	a0,s2
80001408:	9a02                	jalr	s4
8000140a:	ce054463          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
8000140e:	8c22                	mv	s8,s0
80001410:	9d22                	add	s10,s10,s0
80001412:	a81d                	j	80001448 <__d_vfprintf+0xb94>
80001414:	4069f793          	and	a5,s3,1030
80001418:	dbfd                	beqz	a5,8000140e <__d_vfprintf+0xb5a>
8000141a:	0029f793          	and	a5,s3,2
8000141e:	02000513          	li	a0,32
80001422:	c399                	beqz	a5,80001428 <__d_vfprintf+0xb74>
80001424:	02b00513          	li	a0,43
80001428:	4009f993          	and	s3,s3,1024
8000142c:	00098463          	beqz	s3,80001434 <__d_vfprintf+0xb80>
80001430:	02d00513          	li	a0,45
80001434:	4582                	lw	a1,0(sp)
80001436:	0405                	add	s0,s0,1
80001438:	bfc1                	j	80001408 <__d_vfprintf+0xb54>
8000143a:	4582                	lw	a1,0(sp)
8000143c:	03000513          	li	a0,48
80001440:	0c05                	add	s8,s8,1
80001442:	9a02                	jalr	s4
80001444:	ca054763          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80001448:	418d07b3          	sub	a5,s10,s8
8000144c:	fefac7e3          	blt	s5,a5,8000143a <__d_vfprintf+0xb86>
80001450:	8456                	mv	s0,s5
80001452:	e409                	bnez	s0,8000145c <__d_vfprintf+0xba8>
80001454:	9c56                	add	s8,s8,s5
80001456:	b325                	j	8000117e <__d_vfprintf+0x8ca>
80001458:	0405                	add	s0,s0,1
8000145a:	bf55                	j	8000140e <__d_vfprintf+0xb5a>
8000145c:	147d                	add	s0,s0,-1
8000145e:	103c                	add	a5,sp,40
80001460:	97a2                	add	a5,a5,s0
80001462:	4582                	lw	a1,0(sp)
80001464:	0007c503          	lbu	a0,0(a5)
80001468:	9a02                	jalr	s4
8000146a:	fe0554e3          	bgez	a0,80001452 <__d_vfprintf+0xb9e>
8000146e:	c84ff06f          	j	800008f2 <__d_vfprintf+0x3e>
80001472:	4582                	lw	a1,0(sp)
80001474:	02000513          	li	a0,32
80001478:	0405                	add	s0,s0,1
8000147a:	9a02                	jalr	s4
8000147c:	c6054b63          	bltz	a0,800008f2 <__d_vfprintf+0x3e>
80001480:	408487b3          	sub	a5,s1,s0
80001484:	fef047e3          	bgtz	a5,80001472 <__d_vfprintf+0xbbe>
80001488:	b5ed                	j	80001372 <__d_vfprintf+0xabe>

8000148a <mulShiftAll64>:
8000148a:	0f0012ef          	jal	t0,8000257a <__riscv_save_10>
8000148e:	84b2                	mv	s1,a2
80001490:	00159913          	sll	s2,a1,0x1
80001494:	4210                	lw	a2,0(a2)
80001496:	8ab6                	mv	s5,a3
80001498:	89be                	mv	s3,a5
8000149a:	40d4                	lw	a3,4(s1)
8000149c:	01f55793          	srl	a5,a0,0x1f
800014a0:	1141                	add	sp,sp,-16
800014a2:	0127e933          	or	s2,a5,s2
800014a6:	00151413          	sll	s0,a0,0x1
800014aa:	8522                	mv	a0,s0
800014ac:	85ca                	mv	a1,s2
800014ae:	8bba                	mv	s7,a4
800014b0:	870a                	mv	a4,sp
800014b2:	8b42                	mv	s6,a6
800014b4:	0f5000ef          	jal	80001da8 <__umul128>
800014b8:	44d4                	lw	a3,12(s1)
800014ba:	4490                	lw	a2,8(s1)
800014bc:	0038                	add	a4,sp,8
800014be:	8caa                	mv	s9,a0
800014c0:	8c2e                	mv	s8,a1
800014c2:	8522                	mv	a0,s0
800014c4:	85ca                	mv	a1,s2
800014c6:	0e3000ef          	jal	80001da8 <__umul128>
800014ca:	4682                	lw	a3,0(sp)
800014cc:	4712                	lw	a4,4(sp)
800014ce:	4785                	li	a5,1
800014d0:	00d50933          	add	s2,a0,a3
800014d4:	00a93533          	sltu	a0,s2,a0
800014d8:	95ba                	add	a1,a1,a4
800014da:	00b50433          	add	s0,a0,a1
800014de:	00e46763          	bltu	s0,a4,800014ec <mulShiftAll64+0x62>
800014e2:	00871463          	bne	a4,s0,800014ea <mulShiftAll64+0x60>
800014e6:	00d96363          	bltu	s2,a3,800014ec <mulShiftAll64+0x62>
800014ea:	4781                	li	a5,0
800014ec:	4622                	lw	a2,8(sp)
800014ee:	4732                	lw	a4,12(sp)
800014f0:	963e                	add	a2,a2,a5
800014f2:	00f637b3          	sltu	a5,a2,a5
800014f6:	00e786b3          	add	a3,a5,a4
800014fa:	4098                	lw	a4,0(s1)
800014fc:	40dc                	lw	a5,4(s1)
800014fe:	c432                	sw	a2,8(sp)
80001500:	9766                	add	a4,a4,s9
80001502:	97e2                	add	a5,a5,s8
80001504:	019735b3          	sltu	a1,a4,s9
80001508:	95be                	add	a1,a1,a5
8000150a:	c636                	sw	a3,12(sp)
8000150c:	4785                	li	a5,1
8000150e:	0185e763          	bltu	a1,s8,8000151c <mulShiftAll64+0x92>
80001512:	00bc1463          	bne	s8,a1,8000151a <mulShiftAll64+0x90>
80001516:	01976363          	bltu	a4,s9,8000151c <mulShiftAll64+0x92>
8000151a:	4781                	li	a5,0
8000151c:	4498                	lw	a4,8(s1)
8000151e:	44c8                	lw	a0,12(s1)
80001520:	fbfa8a13          	add	s4,s5,-65
80001524:	974a                	add	a4,a4,s2
80001526:	9522                	add	a0,a0,s0
80001528:	012735b3          	sltu	a1,a4,s2
8000152c:	95aa                	add	a1,a1,a0
8000152e:	00e78533          	add	a0,a5,a4
80001532:	00f537b3          	sltu	a5,a0,a5
80001536:	95be                	add	a1,a1,a5
80001538:	4785                	li	a5,1
8000153a:	0085e763          	bltu	a1,s0,80001548 <mulShiftAll64+0xbe>
8000153e:	00b41463          	bne	s0,a1,80001546 <mulShiftAll64+0xbc>
80001542:	01256363          	bltu	a0,s2,80001548 <mulShiftAll64+0xbe>
80001546:	4781                	li	a5,0
80001548:	963e                	add	a2,a2,a5
8000154a:	00f637b3          	sltu	a5,a2,a5
8000154e:	8752                	mv	a4,s4
80001550:	96be                	add	a3,a3,a5
80001552:	0a3000ef          	jal	80001df4 <__shiftright128>
80001556:	00aba023          	sw	a0,0(s7)
8000155a:	00bba223          	sw	a1,4(s7)
8000155e:	4785                	li	a5,1
80001560:	48a2                	lw	a7,8(sp)
80001562:	4832                	lw	a6,12(sp)
80001564:	40cc                	lw	a1,4(s1)
80001566:	4488                	lw	a0,8(s1)
80001568:	44d8                	lw	a4,12(s1)
8000156a:	06fb1763          	bne	s6,a5,800015d8 <mulShiftAll64+0x14e>
8000156e:	40a906b3          	sub	a3,s2,a0
80001572:	00d93633          	sltu	a2,s2,a3
80001576:	40e407b3          	sub	a5,s0,a4
8000157a:	8f91                	sub	a5,a5,a2
8000157c:	4505                	li	a0,1
8000157e:	00bc6863          	bltu	s8,a1,8000158e <mulShiftAll64+0x104>
80001582:	01859563          	bne	a1,s8,8000158c <mulShiftAll64+0x102>
80001586:	4098                	lw	a4,0(s1)
80001588:	00ece363          	bltu	s9,a4,8000158e <mulShiftAll64+0x104>
8000158c:	4501                	li	a0,0
8000158e:	40a68533          	sub	a0,a3,a0
80001592:	00a6b6b3          	sltu	a3,a3,a0
80001596:	40d785b3          	sub	a1,a5,a3
8000159a:	4605                	li	a2,1
8000159c:	00b46763          	bltu	s0,a1,800015aa <mulShiftAll64+0x120>
800015a0:	00859463          	bne	a1,s0,800015a8 <mulShiftAll64+0x11e>
800015a4:	00a96363          	bltu	s2,a0,800015aa <mulShiftAll64+0x120>
800015a8:	4601                	li	a2,0
800015aa:	40c88633          	sub	a2,a7,a2
800015ae:	00c8b6b3          	sltu	a3,a7,a2
800015b2:	8752                	mv	a4,s4
800015b4:	40d806b3          	sub	a3,a6,a3
800015b8:	03d000ef          	jal	80001df4 <__shiftright128>
800015bc:	4622                	lw	a2,8(sp)
800015be:	46b2                	lw	a3,12(sp)
800015c0:	00a9a023          	sw	a0,0(s3)
800015c4:	00b9a223          	sw	a1,4(s3)
800015c8:	8752                	mv	a4,s4
800015ca:	854a                	mv	a0,s2
800015cc:	85a2                	mv	a1,s0
800015ce:	027000ef          	jal	80001df4 <__shiftright128>
800015d2:	0141                	add	sp,sp,16
800015d4:	7df0006f          	j	800025b2 <__riscv_restore_10>
800015d8:	01fcd793          	srl	a5,s9,0x1f
800015dc:	001c1613          	sll	a2,s8,0x1
800015e0:	8e5d                	or	a2,a2,a5
800015e2:	01f95693          	srl	a3,s2,0x1f
800015e6:	00141793          	sll	a5,s0,0x1
800015ea:	001c9e93          	sll	t4,s9,0x1
800015ee:	8fd5                	or	a5,a5,a3
800015f0:	00191313          	sll	t1,s2,0x1
800015f4:	4e05                	li	t3,1
800015f6:	01866763          	bltu	a2,s8,80001604 <mulShiftAll64+0x17a>
800015fa:	00cc1463          	bne	s8,a2,80001602 <mulShiftAll64+0x178>
800015fe:	019ee363          	bltu	t4,s9,80001604 <mulShiftAll64+0x17a>
80001602:	4e01                	li	t3,0
80001604:	9e1a                	add	t3,t3,t1
80001606:	006e3333          	sltu	t1,t3,t1
8000160a:	933e                	add	t1,t1,a5
8000160c:	4785                	li	a5,1
8000160e:	00b66863          	bltu	a2,a1,8000161e <mulShiftAll64+0x194>
80001612:	00c59563          	bne	a1,a2,8000161c <mulShiftAll64+0x192>
80001616:	4094                	lw	a3,0(s1)
80001618:	00dee363          	bltu	t4,a3,8000161e <mulShiftAll64+0x194>
8000161c:	4781                	li	a5,0
8000161e:	40fe07b3          	sub	a5,t3,a5
80001622:	00fe35b3          	sltu	a1,t3,a5
80001626:	40b305b3          	sub	a1,t1,a1
8000162a:	40a78533          	sub	a0,a5,a0
8000162e:	00a7b7b3          	sltu	a5,a5,a0
80001632:	8d99                	sub	a1,a1,a4
80001634:	01f8d693          	srl	a3,a7,0x1f
80001638:	8d9d                	sub	a1,a1,a5
8000163a:	00181793          	sll	a5,a6,0x1
8000163e:	8fd5                	or	a5,a5,a3
80001640:	fc0a8713          	add	a4,s5,-64
80001644:	0886                	sll	a7,a7,0x1
80001646:	4685                	li	a3,1
80001648:	00836763          	bltu	t1,s0,80001656 <mulShiftAll64+0x1cc>
8000164c:	00641463          	bne	s0,t1,80001654 <mulShiftAll64+0x1ca>
80001650:	012e6363          	bltu	t3,s2,80001656 <mulShiftAll64+0x1cc>
80001654:	4681                	li	a3,0
80001656:	96c6                	add	a3,a3,a7
80001658:	0116b8b3          	sltu	a7,a3,a7
8000165c:	98be                	add	a7,a7,a5
8000165e:	4605                	li	a2,1
80001660:	00b36763          	bltu	t1,a1,8000166e <mulShiftAll64+0x1e4>
80001664:	00659463          	bne	a1,t1,8000166c <mulShiftAll64+0x1e2>
80001668:	00ae6363          	bltu	t3,a0,8000166e <mulShiftAll64+0x1e4>
8000166c:	4601                	li	a2,0
8000166e:	40c68633          	sub	a2,a3,a2
80001672:	00c6b6b3          	sltu	a3,a3,a2
80001676:	40d886b3          	sub	a3,a7,a3
8000167a:	bf3d                	j	800015b8 <mulShiftAll64+0x12e>

8000167c <div10>:
8000167c:	727002ef          	jal	t0,800025a2 <__riscv_save_0>
80001680:	800037b7          	lui	a5,0x80003
80001684:	c587a603          	lw	a2,-936(a5) # 80002c58 <stdout+0x4>
80001688:	c5c7a683          	lw	a3,-932(a5)
8000168c:	1141                	add	sp,sp,-16
8000168e:	0038                	add	a4,sp,8
80001690:	718000ef          	jal	80001da8 <__umul128>
80001694:	45b2                	lw	a1,12(sp)
80001696:	47a2                	lw	a5,8(sp)
80001698:	01d59513          	sll	a0,a1,0x1d
8000169c:	838d                	srl	a5,a5,0x3
8000169e:	8d5d                	or	a0,a0,a5
800016a0:	818d                	srl	a1,a1,0x3
800016a2:	0141                	add	sp,sp,16
800016a4:	7230006f          	j	800025c6 <__riscv_restore_0>

800016a8 <__dtoa_engine>:
800016a8:	6cb002ef          	jal	t0,80002572 <__riscv_save_12>
800016ac:	715d                	add	sp,sp,-80
800016ae:	8bb6                	mv	s7,a3
800016b0:	001006b7          	lui	a3,0x100
800016b4:	c43a                	sw	a4,8(sp)
800016b6:	c63e                	sw	a5,12(sp)
800016b8:	01f5d713          	srl	a4,a1,0x1f
800016bc:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
800016c0:	0145d793          	srl	a5,a1,0x14
800016c4:	00bdfdb3          	and	s11,s11,a1
800016c8:	c03a                	sw	a4,0(sp)
800016ca:	7ff7f413          	and	s0,a5,2047
800016ce:	84aa                	mv	s1,a0
800016d0:	8ab2                	mv	s5,a2
800016d2:	00ade733          	or	a4,s11,a0
800016d6:	e405                	bnez	s0,800016fe <__dtoa_engine+0x56>
800016d8:	e331                	bnez	a4,8000171c <__dtoa_engine+0x74>
800016da:	03000793          	li	a5,48
800016de:	00f602a3          	sb	a5,5(a2)
800016e2:	4782                	lw	a5,0(sp)
800016e4:	00060323          	sb	zero,6(a2)
800016e8:	00062023          	sw	zero,0(a2)
800016ec:	0027e993          	or	s3,a5,2
800016f0:	01360223          	sb	s3,4(a2)
800016f4:	4405                	li	s0,1
800016f6:	8522                	mv	a0,s0
800016f8:	6161                	add	sp,sp,80
800016fa:	6b50006f          	j	800025ae <__riscv_restore_12>
800016fe:	7ff00613          	li	a2,2047
80001702:	0ac41163          	bne	s0,a2,800017a4 <__dtoa_engine+0xfc>
80001706:	4782                	lw	a5,0(sp)
80001708:	0047e793          	or	a5,a5,4
8000170c:	c701                	beqz	a4,80001714 <__dtoa_engine+0x6c>
8000170e:	4782                	lw	a5,0(sp)
80001710:	0087e793          	or	a5,a5,8
80001714:	00fa8223          	sb	a5,4(s5)
80001718:	4401                	li	s0,0
8000171a:	bff1                	j	800016f6 <__dtoa_engine+0x4e>
8000171c:	00157793          	and	a5,a0,1
80001720:	c23e                	sw	a5,4(sp)
80001722:	002d9993          	sll	s3,s11,0x2
80001726:	01e55793          	srl	a5,a0,0x1e
8000172a:	0137e9b3          	or	s3,a5,s3
8000172e:	00251c13          	sll	s8,a0,0x2
80001732:	892a                	mv	s2,a0
80001734:	bcc00413          	li	s0,-1076
80001738:	4805                	li	a6,1
8000173a:	4d05                	li	s10,1
8000173c:	408004b3          	neg	s1,s0
80001740:	8526                	mv	a0,s1
80001742:	ca42                	sw	a6,20(sp)
80001744:	2589                	jal	80001d86 <__log10Pow5>
80001746:	fff42793          	slti	a5,s0,-1
8000174a:	40f50b33          	sub	s6,a0,a5
8000174e:	416484b3          	sub	s1,s1,s6
80001752:	8526                	mv	a0,s1
80001754:	2589                	jal	80001d96 <__pow5bits>
80001756:	f8350693          	add	a3,a0,-125
8000175a:	40db06b3          	sub	a3,s6,a3
8000175e:	8526                	mv	a0,s1
80001760:	008c                	add	a1,sp,64
80001762:	c836                	sw	a3,16(sp)
80001764:	2929                	jal	80001b7e <__double_computePow5>
80001766:	4852                	lw	a6,20(sp)
80001768:	46c2                	lw	a3,16(sp)
8000176a:	181c                	add	a5,sp,48
8000176c:	1038                	add	a4,sp,40
8000176e:	0090                	add	a2,sp,64
80001770:	854a                	mv	a0,s2
80001772:	85ee                	mv	a1,s11
80001774:	3b19                	jal	8000148a <mulShiftAll64>
80001776:	4785                	li	a5,1
80001778:	008b0a33          	add	s4,s6,s0
8000177c:	84ae                	mv	s1,a1
8000177e:	842a                	mv	s0,a0
80001780:	1367e663          	bltu	a5,s6,800018ac <__dtoa_engine+0x204>
80001784:	4792                	lw	a5,4(sp)
80001786:	4985                	li	s3,1
80001788:	0e078963          	beqz	a5,8000187a <__dtoa_engine+0x1d2>
8000178c:	57a2                	lw	a5,40(sp)
8000178e:	5732                	lw	a4,44(sp)
80001790:	4985                	li	s3,1
80001792:	fff78693          	add	a3,a5,-1
80001796:	0017b793          	seqz	a5,a5
8000179a:	40f707b3          	sub	a5,a4,a5
8000179e:	d436                	sw	a3,40(sp)
800017a0:	d63e                	sw	a5,44(sp)
800017a2:	a07d                	j	80001850 <__dtoa_engine+0x1a8>
800017a4:	01b6edb3          	or	s11,a3,s11
800017a8:	00157693          	and	a3,a0,1
800017ac:	c236                	sw	a3,4(sp)
800017ae:	002d9993          	sll	s3,s11,0x2
800017b2:	01e55693          	srl	a3,a0,0x1e
800017b6:	bcb40413          	add	s0,s0,-1077
800017ba:	892a                	mv	s2,a0
800017bc:	0136e9b3          	or	s3,a3,s3
800017c0:	00251c13          	sll	s8,a0,0x2
800017c4:	4d05                	li	s10,1
800017c6:	e709                	bnez	a4,800017d0 <__dtoa_engine+0x128>
800017c8:	7fe7f793          	and	a5,a5,2046
800017cc:	0017bd13          	seqz	s10,a5
800017d0:	886a                	mv	a6,s10
800017d2:	f60445e3          	bltz	s0,8000173c <__dtoa_engine+0x94>
800017d6:	8522                	mv	a0,s0
800017d8:	2345                	jal	80001d78 <__log10Pow2>
800017da:	00442793          	slti	a5,s0,4
800017de:	0017c793          	xor	a5,a5,1
800017e2:	40f50a33          	sub	s4,a0,a5
800017e6:	8552                	mv	a0,s4
800017e8:	237d                	jal	80001d96 <__pow5bits>
800017ea:	07c50693          	add	a3,a0,124
800017ee:	408a0433          	sub	s0,s4,s0
800017f2:	96a2                	add	a3,a3,s0
800017f4:	008c                	add	a1,sp,64
800017f6:	8552                	mv	a0,s4
800017f8:	c836                	sw	a3,16(sp)
800017fa:	2141                	jal	80001c7a <__double_computeInvPow5>
800017fc:	46c2                	lw	a3,16(sp)
800017fe:	181c                	add	a5,sp,48
80001800:	8526                	mv	a0,s1
80001802:	886a                	mv	a6,s10
80001804:	1038                	add	a4,sp,40
80001806:	0090                	add	a2,sp,64
80001808:	85ee                	mv	a1,s11
8000180a:	3141                	jal	8000148a <mulShiftAll64>
8000180c:	47d5                	li	a5,21
8000180e:	842a                	mv	s0,a0
80001810:	84ae                	mv	s1,a1
80001812:	0947eb63          	bltu	a5,s4,800018a8 <__dtoa_engine+0x200>
80001816:	800037b7          	lui	a5,0x80003
8000181a:	c5c7a683          	lw	a3,-932(a5) # 80002c5c <stdout+0x8>
8000181e:	c587a603          	lw	a2,-936(a5)
80001822:	1838                	add	a4,sp,56
80001824:	8562                	mv	a0,s8
80001826:	85ce                	mv	a1,s3
80001828:	2341                	jal	80001da8 <__umul128>
8000182a:	57e2                	lw	a5,56(sp)
8000182c:	56f2                	lw	a3,60(sp)
8000182e:	5da2                	lw	s11,40(sp)
80001830:	8389                	srl	a5,a5,0x2
80001832:	06fa                	sll	a3,a3,0x1e
80001834:	8fd5                	or	a5,a5,a3
80001836:	4695                	li	a3,5
80001838:	02f687b3          	mul	a5,a3,a5
8000183c:	5932                	lw	s2,44(sp)
8000183e:	01879b63          	bne	a5,s8,80001854 <__dtoa_engine+0x1ac>
80001842:	85ce                	mv	a1,s3
80001844:	8562                	mv	a0,s8
80001846:	2ced                	jal	80001b40 <__pow5Factor>
80001848:	01453733          	sltu	a4,a0,s4
8000184c:	00174993          	xor	s3,a4,1
80001850:	4d01                	li	s10,0
80001852:	a025                	j	8000187a <__dtoa_engine+0x1d2>
80001854:	4792                	lw	a5,4(sp)
80001856:	e79d                	bnez	a5,80001884 <__dtoa_engine+0x1dc>
80001858:	fffc0793          	add	a5,s8,-1
8000185c:	41a78533          	sub	a0,a5,s10
80001860:	001c3593          	seqz	a1,s8
80001864:	00a7b7b3          	sltu	a5,a5,a0
80001868:	40b985b3          	sub	a1,s3,a1
8000186c:	8d9d                	sub	a1,a1,a5
8000186e:	2cc9                	jal	80001b40 <__pow5Factor>
80001870:	01453933          	sltu	s2,a0,s4
80001874:	00194d13          	xor	s10,s2,1
80001878:	4981                	li	s3,0
8000187a:	47a2                	lw	a5,8(sp)
8000187c:	0e079f63          	bnez	a5,8000197a <__dtoa_engine+0x2d2>
80001880:	8b5e                	mv	s6,s7
80001882:	a049                	j	80001904 <__dtoa_engine+0x25c>
80001884:	002c0513          	add	a0,s8,2
80001888:	018535b3          	sltu	a1,a0,s8
8000188c:	95ce                	add	a1,a1,s3
8000188e:	2c4d                	jal	80001b40 <__pow5Factor>
80001890:	01453533          	sltu	a0,a0,s4
80001894:	00154513          	xor	a0,a0,1
80001898:	40ad8533          	sub	a0,s11,a0
8000189c:	00adbdb3          	sltu	s11,s11,a0
800018a0:	41b90733          	sub	a4,s2,s11
800018a4:	d42a                	sw	a0,40(sp)
800018a6:	d63a                	sw	a4,44(sp)
800018a8:	4981                	li	s3,0
800018aa:	b75d                	j	80001850 <__dtoa_engine+0x1a8>
800018ac:	03e00793          	li	a5,62
800018b0:	ff67ece3          	bltu	a5,s6,800018a8 <__dtoa_engine+0x200>
800018b4:	865a                	mv	a2,s6
800018b6:	557d                	li	a0,-1
800018b8:	55fd                	li	a1,-1
800018ba:	23c5                	jal	80001e9a <__ashldi3>
800018bc:	fff54513          	not	a0,a0
800018c0:	fff5c593          	not	a1,a1
800018c4:	0135f5b3          	and	a1,a1,s3
800018c8:	01857533          	and	a0,a0,s8
800018cc:	00b56733          	or	a4,a0,a1
800018d0:	00173993          	seqz	s3,a4
800018d4:	bfb5                	j	80001850 <__dtoa_engine+0x1a8>
800018d6:	02d50833          	mul	a6,a0,a3
800018da:	0785                	add	a5,a5,1
800018dc:	02b536b3          	mulhu	a3,a0,a1
800018e0:	02b505b3          	mul	a1,a0,a1
800018e4:	96c2                	add	a3,a3,a6
800018e6:	00d4e663          	bltu	s1,a3,800018f2 <__dtoa_engine+0x24a>
800018ea:	fe9696e3          	bne	a3,s1,800018d6 <__dtoa_engine+0x22e>
800018ee:	feb474e3          	bgeu	s0,a1,800018d6 <__dtoa_engine+0x22e>
800018f2:	4732                	lw	a4,12(sp)
800018f4:	97d2                	add	a5,a5,s4
800018f6:	97ba                	add	a5,a5,a4
800018f8:	00f04363          	bgtz	a5,800018fe <__dtoa_engine+0x256>
800018fc:	4785                	li	a5,1
800018fe:	8b3e                	mv	s6,a5
80001900:	f8fbc0e3          	blt	s7,a5,80001880 <__dtoa_engine+0x1d8>
80001904:	4c81                	li	s9,0
80001906:	4901                	li	s2,0
80001908:	4c01                	li	s8,0
8000190a:	5522                	lw	a0,40(sp)
8000190c:	55b2                	lw	a1,44(sp)
8000190e:	33bd                	jal	8000167c <div10>
80001910:	57c2                	lw	a5,48(sp)
80001912:	8dae                	mv	s11,a1
80001914:	55d2                	lw	a1,52(sp)
80001916:	c82a                	sw	a0,16(sp)
80001918:	853e                	mv	a0,a5
8000191a:	ca3e                	sw	a5,20(sp)
8000191c:	3385                	jal	8000167c <div10>
8000191e:	832a                	mv	t1,a0
80001920:	88ae                	mv	a7,a1
80001922:	4ea9                	li	t4,10
80001924:	01b5e763          	bltu	a1,s11,80001932 <__dtoa_engine+0x28a>
80001928:	08bd9563          	bne	s11,a1,800019b2 <__dtoa_engine+0x30a>
8000192c:	47c2                	lw	a5,16(sp)
8000192e:	08f57263          	bgeu	a0,a5,800019b2 <__dtoa_engine+0x30a>
80001932:	8522                	mv	a0,s0
80001934:	85a6                	mv	a1,s1
80001936:	ce46                	sw	a7,28(sp)
80001938:	cc1a                	sw	t1,24(sp)
8000193a:	3389                	jal	8000167c <div10>
8000193c:	4362                	lw	t1,24(sp)
8000193e:	4ea9                	li	t4,10
80001940:	001cb693          	seqz	a3,s9
80001944:	026e8833          	mul	a6,t4,t1
80001948:	00d9f9b3          	and	s3,s3,a3
8000194c:	47d2                	lw	a5,20(sp)
8000194e:	48f2                	lw	a7,28(sp)
80001950:	d66e                	sw	s11,44(sp)
80001952:	d81a                	sw	t1,48(sp)
80001954:	da46                	sw	a7,52(sp)
80001956:	0905                	add	s2,s2,1
80001958:	84ae                	mv	s1,a1
8000195a:	02ae86b3          	mul	a3,t4,a0
8000195e:	40f80833          	sub	a6,a6,a5
80001962:	47c2                	lw	a5,16(sp)
80001964:	00183813          	seqz	a6,a6
80001968:	010d7d33          	and	s10,s10,a6
8000196c:	d43e                	sw	a5,40(sp)
8000196e:	40d406b3          	sub	a3,s0,a3
80001972:	0ff6fc93          	zext.b	s9,a3
80001976:	842a                	mv	s0,a0
80001978:	bf49                	j	8000190a <__dtoa_engine+0x262>
8000197a:	45a9                	li	a1,10
8000197c:	4681                	li	a3,0
8000197e:	4785                	li	a5,1
80001980:	4529                	li	a0,10
80001982:	b795                	j	800018e6 <__dtoa_engine+0x23e>
80001984:	030e8f33          	mul	t5,t4,a6
80001988:	0505                	add	a0,a0,1
8000198a:	02beb833          	mulhu	a6,t4,a1
8000198e:	02be85b3          	mul	a1,t4,a1
80001992:	987a                	add	a6,a6,t5
80001994:	0104e663          	bltu	s1,a6,800019a0 <__dtoa_engine+0x2f8>
80001998:	fe9816e3          	bne	a6,s1,80001984 <__dtoa_engine+0x2dc>
8000199c:	feb474e3          	bgeu	s0,a1,80001984 <__dtoa_engine+0x2dc>
800019a0:	00ab5d63          	bge	s6,a0,800019ba <__dtoa_engine+0x312>
800019a4:	000b1563          	bnez	s6,800019ae <__dtoa_engine+0x306>
800019a8:	009465b3          	or	a1,s0,s1
800019ac:	c599                	beqz	a1,800019ba <__dtoa_engine+0x312>
800019ae:	4c05                	li	s8,1
800019b0:	b749                	j	80001932 <__dtoa_engine+0x28a>
800019b2:	45a9                	li	a1,10
800019b4:	4801                	li	a6,0
800019b6:	4505                	li	a0,1
800019b8:	bff1                	j	80001994 <__dtoa_engine+0x2ec>
800019ba:	040d0e63          	beqz	s10,80001a16 <__dtoa_engine+0x36e>
800019be:	4da9                	li	s11,10
800019c0:	5342                	lw	t1,48(sp)
800019c2:	55d2                	lw	a1,52(sp)
800019c4:	851a                	mv	a0,t1
800019c6:	c81a                	sw	t1,16(sp)
800019c8:	3955                	jal	8000167c <div10>
800019ca:	ce2e                	sw	a1,28(sp)
800019cc:	02ad85b3          	mul	a1,s11,a0
800019d0:	4342                	lw	t1,16(sp)
800019d2:	882a                	mv	a6,a0
800019d4:	cc42                	sw	a6,24(sp)
800019d6:	04659063          	bne	a1,t1,80001a16 <__dtoa_engine+0x36e>
800019da:	5522                	lw	a0,40(sp)
800019dc:	55b2                	lw	a1,44(sp)
800019de:	0905                	add	s2,s2,1
800019e0:	3971                	jal	8000167c <div10>
800019e2:	ca2a                	sw	a0,20(sp)
800019e4:	c82e                	sw	a1,16(sp)
800019e6:	8522                	mv	a0,s0
800019e8:	85a6                	mv	a1,s1
800019ea:	3949                	jal	8000167c <div10>
800019ec:	001cb693          	seqz	a3,s9
800019f0:	00d9f9b3          	and	s3,s3,a3
800019f4:	02ad86b3          	mul	a3,s11,a0
800019f8:	4e52                	lw	t3,20(sp)
800019fa:	4342                	lw	t1,16(sp)
800019fc:	4862                	lw	a6,24(sp)
800019fe:	48f2                	lw	a7,28(sp)
80001a00:	d472                	sw	t3,40(sp)
80001a02:	d61a                	sw	t1,44(sp)
80001a04:	d842                	sw	a6,48(sp)
80001a06:	da46                	sw	a7,52(sp)
80001a08:	84ae                	mv	s1,a1
80001a0a:	40d406b3          	sub	a3,s0,a3
80001a0e:	0ff6fc93          	zext.b	s9,a3
80001a12:	842a                	mv	s0,a0
80001a14:	b775                	j	800019c0 <__dtoa_engine+0x318>
80001a16:	9952                	add	s2,s2,s4
80001a18:	0c098563          	beqz	s3,80001ae2 <__dtoa_engine+0x43a>
80001a1c:	4715                	li	a4,5
80001a1e:	0cec9263          	bne	s9,a4,80001ae2 <__dtoa_engine+0x43a>
80001a22:	00147713          	and	a4,s0,1
80001a26:	e35d                	bnez	a4,80001acc <__dtoa_engine+0x424>
80001a28:	000c1963          	bnez	s8,80001a3a <__dtoa_engine+0x392>
80001a2c:	5742                	lw	a4,48(sp)
80001a2e:	00871563          	bne	a4,s0,80001a38 <__dtoa_engine+0x390>
80001a32:	5752                	lw	a4,52(sp)
80001a34:	0c970963          	beq	a4,s1,80001b06 <__dtoa_engine+0x45e>
80001a38:	4701                	li	a4,0
80001a3a:	943a                	add	s0,s0,a4
80001a3c:	00e435b3          	sltu	a1,s0,a4
80001a40:	95a6                	add	a1,a1,s1
80001a42:	8a2e                	mv	s4,a1
80001a44:	84a2                	mv	s1,s0
80001a46:	4629                	li	a2,10
80001a48:	4681                	li	a3,0
80001a4a:	4c05                	li	s8,1
80001a4c:	4529                	li	a0,10
80001a4e:	00d5e663          	bltu	a1,a3,80001a5a <__dtoa_engine+0x3b2>
80001a52:	0ab69c63          	bne	a3,a1,80001b0a <__dtoa_engine+0x462>
80001a56:	0ac47a63          	bgeu	s0,a2,80001b0a <__dtoa_engine+0x462>
80001a5a:	cf15                	beqz	a4,80001a96 <__dtoa_engine+0x3ee>
80001a5c:	038b5d63          	bge	s6,s8,80001a96 <__dtoa_engine+0x3ee>
80001a60:	47a2                	lw	a5,8(sp)
80001a62:	cf91                	beqz	a5,80001a7e <__dtoa_engine+0x3d6>
80001a64:	4732                	lw	a4,12(sp)
80001a66:	012c07b3          	add	a5,s8,s2
80001a6a:	00f70b33          	add	s6,a4,a5
80001a6e:	000b5363          	bgez	s6,80001a74 <__dtoa_engine+0x3cc>
80001a72:	4b01                	li	s6,0
80001a74:	016bd363          	bge	s7,s6,80001a7a <__dtoa_engine+0x3d2>
80001a78:	8b5e                	mv	s6,s7
80001a7a:	018b5e63          	bge	s6,s8,80001a96 <__dtoa_engine+0x3ee>
80001a7e:	00540513          	add	a0,s0,5
80001a82:	00853433          	sltu	s0,a0,s0
80001a86:	4629                	li	a2,10
80001a88:	4681                	li	a3,0
80001a8a:	95a2                	add	a1,a1,s0
80001a8c:	2185                	jal	80001eec <__udivdi3>
80001a8e:	84aa                	mv	s1,a0
80001a90:	8a2e                	mv	s4,a1
80001a92:	0905                	add	s2,s2,1
80001a94:	1c7d                	add	s8,s8,-1
80001a96:	87da                	mv	a5,s6
80001a98:	016c5363          	bge	s8,s6,80001a9e <__dtoa_engine+0x3f6>
80001a9c:	87e2                	mv	a5,s8
80001a9e:	01079413          	sll	s0,a5,0x10
80001aa2:	0942                	sll	s2,s2,0x10
80001aa4:	8441                	sra	s0,s0,0x10
80001aa6:	41095913          	sra	s2,s2,0x10
80001aaa:	9922                	add	s2,s2,s0
80001aac:	008a8b33          	add	s6,s5,s0
80001ab0:	197d                	add	s2,s2,-1
80001ab2:	4b81                	li	s7,0
80001ab4:	8c5a                	mv	s8,s6
80001ab6:	1b7d                	add	s6,s6,-1
80001ab8:	068bc263          	blt	s7,s0,80001b1c <__dtoa_engine+0x474>
80001abc:	4782                	lw	a5,0(sp)
80001abe:	000c02a3          	sb	zero,5(s8)
80001ac2:	012aa023          	sw	s2,0(s5)
80001ac6:	00fa8223          	sb	a5,4(s5)
80001aca:	b135                	j	800016f6 <__dtoa_engine+0x4e>
80001acc:	4705                	li	a4,1
80001ace:	f60c16e3          	bnez	s8,80001a3a <__dtoa_engine+0x392>
80001ad2:	5742                	lw	a4,48(sp)
80001ad4:	00871563          	bne	a4,s0,80001ade <__dtoa_engine+0x436>
80001ad8:	5752                	lw	a4,52(sp)
80001ada:	00970c63          	beq	a4,s1,80001af2 <__dtoa_engine+0x44a>
80001ade:	4705                	li	a4,1
80001ae0:	bfa9                	j	80001a3a <__dtoa_engine+0x392>
80001ae2:	000c1d63          	bnez	s8,80001afc <__dtoa_engine+0x454>
80001ae6:	5742                	lw	a4,48(sp)
80001ae8:	00871a63          	bne	a4,s0,80001afc <__dtoa_engine+0x454>
80001aec:	5752                	lw	a4,52(sp)
80001aee:	00971763          	bne	a4,s1,80001afc <__dtoa_engine+0x454>
80001af2:	4792                	lw	a5,4(sp)
80001af4:	4705                	li	a4,1
80001af6:	f3b1                	bnez	a5,80001a3a <__dtoa_engine+0x392>
80001af8:	f40d01e3          	beqz	s10,80001a3a <__dtoa_engine+0x392>
80001afc:	005cb693          	sltiu	a3,s9,5
80001b00:	0016c713          	xor	a4,a3,1
80001b04:	bf1d                	j	80001a3a <__dtoa_engine+0x392>
80001b06:	4c91                	li	s9,4
80001b08:	b7ed                	j	80001af2 <__dtoa_engine+0x44a>
80001b0a:	02d50833          	mul	a6,a0,a3
80001b0e:	0c05                	add	s8,s8,1
80001b10:	02c536b3          	mulhu	a3,a0,a2
80001b14:	02c50633          	mul	a2,a0,a2
80001b18:	96c2                	add	a3,a3,a6
80001b1a:	bf15                	j	80001a4e <__dtoa_engine+0x3a6>
80001b1c:	4629                	li	a2,10
80001b1e:	4681                	li	a3,0
80001b20:	8526                	mv	a0,s1
80001b22:	85d2                	mv	a1,s4
80001b24:	271d                	jal	8000224a <__umoddi3>
80001b26:	03050513          	add	a0,a0,48
80001b2a:	00ab02a3          	sb	a0,5(s6)
80001b2e:	85d2                	mv	a1,s4
80001b30:	8526                	mv	a0,s1
80001b32:	4629                	li	a2,10
80001b34:	4681                	li	a3,0
80001b36:	2e5d                	jal	80001eec <__udivdi3>
80001b38:	84aa                	mv	s1,a0
80001b3a:	8a2e                	mv	s4,a1
80001b3c:	0b85                	add	s7,s7,1
80001b3e:	bfa5                	j	80001ab6 <__dtoa_engine+0x40e>

80001b40 <__pow5Factor>:
80001b40:	ccccd737          	lui	a4,0xccccd
80001b44:	333336b7          	lui	a3,0x33333
80001b48:	87aa                	mv	a5,a0
80001b4a:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
80001b4e:	4501                	li	a0,0
80001b50:	ccc70713          	add	a4,a4,-820
80001b54:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001b58:	02c585b3          	mul	a1,a1,a2
80001b5c:	02e78833          	mul	a6,a5,a4
80001b60:	982e                	add	a6,a6,a1
80001b62:	02c7b5b3          	mulhu	a1,a5,a2
80001b66:	95c2                	add	a1,a1,a6
80001b68:	02c787b3          	mul	a5,a5,a2
80001b6c:	00b6e863          	bltu	a3,a1,80001b7c <__pow5Factor+0x3c>
80001b70:	00d59463          	bne	a1,a3,80001b78 <__pow5Factor+0x38>
80001b74:	00f5e463          	bltu	a1,a5,80001b7c <__pow5Factor+0x3c>
80001b78:	0505                	add	a0,a0,1
80001b7a:	bff9                	j	80001b58 <__pow5Factor+0x18>
80001b7c:	8082                	ret

80001b7e <__double_computePow5>:
80001b7e:	1fd002ef          	jal	t0,8000257a <__riscv_save_10>
80001b82:	47e9                	li	a5,26
80001b84:	02f55b33          	divu	s6,a0,a5
80001b88:	800039b7          	lui	s3,0x80003
80001b8c:	81898b93          	add	s7,s3,-2024 # 80002818 <DOUBLE_POW5_SPLIT2>
80001b90:	1101                	add	sp,sp,-32
80001b92:	892e                	mv	s2,a1
80001b94:	02f577b3          	remu	a5,a0,a5
80001b98:	004b1713          	sll	a4,s6,0x4
80001b9c:	9bba                	add	s7,s7,a4
80001b9e:	e395                	bnez	a5,80001bc2 <__double_computePow5+0x44>
80001ba0:	000ba703          	lw	a4,0(s7)
80001ba4:	004ba783          	lw	a5,4(s7)
80001ba8:	c198                	sw	a4,0(a1)
80001baa:	c1dc                	sw	a5,4(a1)
80001bac:	008ba503          	lw	a0,8(s7)
80001bb0:	00cba583          	lw	a1,12(s7)
80001bb4:	00a92423          	sw	a0,8(s2)
80001bb8:	00b92623          	sw	a1,12(s2)
80001bbc:	6105                	add	sp,sp,32
80001bbe:	1f50006f          	j	800025b2 <__riscv_restore_10>
80001bc2:	81898993          	add	s3,s3,-2024
80001bc6:	078e                	sll	a5,a5,0x3
80001bc8:	97ce                	add	a5,a5,s3
80001bca:	0d07aa03          	lw	s4,208(a5)
80001bce:	0d47aa83          	lw	s5,212(a5)
80001bd2:	008ba603          	lw	a2,8(s7)
80001bd6:	00cba683          	lw	a3,12(s7)
80001bda:	0818                	add	a4,sp,16
80001bdc:	85d6                	mv	a1,s5
80001bde:	842a                	mv	s0,a0
80001be0:	8552                	mv	a0,s4
80001be2:	22d9                	jal	80001da8 <__umul128>
80001be4:	000ba603          	lw	a2,0(s7)
80001be8:	004ba683          	lw	a3,4(s7)
80001bec:	84aa                	mv	s1,a0
80001bee:	8c2e                	mv	s8,a1
80001bf0:	0838                	add	a4,sp,24
80001bf2:	8552                	mv	a0,s4
80001bf4:	85d6                	mv	a1,s5
80001bf6:	2a4d                	jal	80001da8 <__umul128>
80001bf8:	47e2                	lw	a5,24(sp)
80001bfa:	4772                	lw	a4,28(sp)
80001bfc:	8aaa                	mv	s5,a0
80001bfe:	94be                	add	s1,s1,a5
80001c00:	00f4ba33          	sltu	s4,s1,a5
80001c04:	9c3a                	add	s8,s8,a4
80001c06:	9a62                	add	s4,s4,s8
80001c08:	00ea6663          	bltu	s4,a4,80001c14 <__double_computePow5+0x96>
80001c0c:	01471d63          	bne	a4,s4,80001c26 <__double_computePow5+0xa8>
80001c10:	00f4fb63          	bgeu	s1,a5,80001c26 <__double_computePow5+0xa8>
80001c14:	47c2                	lw	a5,16(sp)
80001c16:	46d2                	lw	a3,20(sp)
80001c18:	00178713          	add	a4,a5,1
80001c1c:	00f737b3          	sltu	a5,a4,a5
80001c20:	97b6                	add	a5,a5,a3
80001c22:	c83a                	sw	a4,16(sp)
80001c24:	ca3e                	sw	a5,20(sp)
80001c26:	8522                	mv	a0,s0
80001c28:	c62e                	sw	a1,12(sp)
80001c2a:	22b5                	jal	80001d96 <__pow5bits>
80001c2c:	8baa                	mv	s7,a0
80001c2e:	4569                	li	a0,26
80001c30:	02ab0533          	mul	a0,s6,a0
80001c34:	228d                	jal	80001d96 <__pow5bits>
80001c36:	45b2                	lw	a1,12(sp)
80001c38:	40ab8733          	sub	a4,s7,a0
80001c3c:	8626                	mv	a2,s1
80001c3e:	86d2                	mv	a3,s4
80001c40:	8556                	mv	a0,s5
80001c42:	c43a                	sw	a4,8(sp)
80001c44:	2a45                	jal	80001df4 <__shiftright128>
80001c46:	00445793          	srl	a5,s0,0x4
80001c4a:	078a                	sll	a5,a5,0x2
80001c4c:	99be                	add	s3,s3,a5
80001c4e:	1a09a783          	lw	a5,416(s3)
80001c52:	0406                	sll	s0,s0,0x1
80001c54:	8879                	and	s0,s0,30
80001c56:	0087d7b3          	srl	a5,a5,s0
80001c5a:	8b8d                	and	a5,a5,3
80001c5c:	953e                	add	a0,a0,a5
80001c5e:	00f537b3          	sltu	a5,a0,a5
80001c62:	4722                	lw	a4,8(sp)
80001c64:	4642                	lw	a2,16(sp)
80001c66:	46d2                	lw	a3,20(sp)
80001c68:	97ae                	add	a5,a5,a1
80001c6a:	00a92023          	sw	a0,0(s2)
80001c6e:	00f92223          	sw	a5,4(s2)
80001c72:	8526                	mv	a0,s1
80001c74:	85d2                	mv	a1,s4
80001c76:	2abd                	jal	80001df4 <__shiftright128>
80001c78:	bf35                	j	80001bb4 <__double_computePow5+0x36>

80001c7a <__double_computeInvPow5>:
80001c7a:	101002ef          	jal	t0,8000257a <__riscv_save_10>
80001c7e:	4b69                	li	s6,26
80001c80:	01950793          	add	a5,a0,25
80001c84:	0367d7b3          	divu	a5,a5,s6
80001c88:	80003ab7          	lui	s5,0x80003
80001c8c:	818a8493          	add	s1,s5,-2024 # 80002818 <DOUBLE_POW5_SPLIT2>
80001c90:	1f848493          	add	s1,s1,504
80001c94:	1101                	add	sp,sp,-32
80001c96:	8a2e                	mv	s4,a1
80001c98:	03678b33          	mul	s6,a5,s6
80001c9c:	0792                	sll	a5,a5,0x4
80001c9e:	94be                	add	s1,s1,a5
80001ca0:	40ab0733          	sub	a4,s6,a0
80001ca4:	00ab1f63          	bne	s6,a0,80001cc2 <__double_computeInvPow5+0x48>
80001ca8:	4098                	lw	a4,0(s1)
80001caa:	40dc                	lw	a5,4(s1)
80001cac:	c198                	sw	a4,0(a1)
80001cae:	c1dc                	sw	a5,4(a1)
80001cb0:	4488                	lw	a0,8(s1)
80001cb2:	44cc                	lw	a1,12(s1)
80001cb4:	00aa2423          	sw	a0,8(s4)
80001cb8:	00ba2623          	sw	a1,12(s4)
80001cbc:	6105                	add	sp,sp,32
80001cbe:	0f50006f          	j	800025b2 <__riscv_restore_10>
80001cc2:	818a8a93          	add	s5,s5,-2024
80001cc6:	070e                	sll	a4,a4,0x3
80001cc8:	9756                	add	a4,a4,s5
80001cca:	0d072903          	lw	s2,208(a4)
80001cce:	0d472983          	lw	s3,212(a4)
80001cd2:	4490                	lw	a2,8(s1)
80001cd4:	44d4                	lw	a3,12(s1)
80001cd6:	0818                	add	a4,sp,16
80001cd8:	85ce                	mv	a1,s3
80001cda:	842a                	mv	s0,a0
80001cdc:	854a                	mv	a0,s2
80001cde:	20e9                	jal	80001da8 <__umul128>
80001ce0:	4090                	lw	a2,0(s1)
80001ce2:	40d4                	lw	a3,4(s1)
80001ce4:	8c2a                	mv	s8,a0
80001ce6:	00163793          	seqz	a5,a2
80001cea:	8bae                	mv	s7,a1
80001cec:	0838                	add	a4,sp,24
80001cee:	8e9d                	sub	a3,a3,a5
80001cf0:	854a                	mv	a0,s2
80001cf2:	85ce                	mv	a1,s3
80001cf4:	167d                	add	a2,a2,-1
80001cf6:	284d                	jal	80001da8 <__umul128>
80001cf8:	47e2                	lw	a5,24(sp)
80001cfa:	4772                	lw	a4,28(sp)
80001cfc:	89aa                	mv	s3,a0
80001cfe:	9c3e                	add	s8,s8,a5
80001d00:	00fc3933          	sltu	s2,s8,a5
80001d04:	9bba                	add	s7,s7,a4
80001d06:	995e                	add	s2,s2,s7
80001d08:	00e96663          	bltu	s2,a4,80001d14 <__double_computeInvPow5+0x9a>
80001d0c:	01271d63          	bne	a4,s2,80001d26 <__double_computeInvPow5+0xac>
80001d10:	00fc7b63          	bgeu	s8,a5,80001d26 <__double_computeInvPow5+0xac>
80001d14:	47c2                	lw	a5,16(sp)
80001d16:	46d2                	lw	a3,20(sp)
80001d18:	00178713          	add	a4,a5,1
80001d1c:	00f737b3          	sltu	a5,a4,a5
80001d20:	97b6                	add	a5,a5,a3
80001d22:	c83a                	sw	a4,16(sp)
80001d24:	ca3e                	sw	a5,20(sp)
80001d26:	855a                	mv	a0,s6
80001d28:	c62e                	sw	a1,12(sp)
80001d2a:	20b5                	jal	80001d96 <__pow5bits>
80001d2c:	8b2a                	mv	s6,a0
80001d2e:	8522                	mv	a0,s0
80001d30:	209d                	jal	80001d96 <__pow5bits>
80001d32:	45b2                	lw	a1,12(sp)
80001d34:	40ab0733          	sub	a4,s6,a0
80001d38:	8662                	mv	a2,s8
80001d3a:	86ca                	mv	a3,s2
80001d3c:	854e                	mv	a0,s3
80001d3e:	c43a                	sw	a4,8(sp)
80001d40:	2855                	jal	80001df4 <__shiftright128>
80001d42:	00445793          	srl	a5,s0,0x4
80001d46:	078a                	sll	a5,a5,0x2
80001d48:	9abe                	add	s5,s5,a5
80001d4a:	2e8aa783          	lw	a5,744(s5)
80001d4e:	0406                	sll	s0,s0,0x1
80001d50:	8879                	and	s0,s0,30
80001d52:	0087d7b3          	srl	a5,a5,s0
80001d56:	8b8d                	and	a5,a5,3
80001d58:	0785                	add	a5,a5,1
80001d5a:	953e                	add	a0,a0,a5
80001d5c:	00f537b3          	sltu	a5,a0,a5
80001d60:	4722                	lw	a4,8(sp)
80001d62:	4642                	lw	a2,16(sp)
80001d64:	46d2                	lw	a3,20(sp)
80001d66:	97ae                	add	a5,a5,a1
80001d68:	00aa2023          	sw	a0,0(s4)
80001d6c:	00fa2223          	sw	a5,4(s4)
80001d70:	8562                	mv	a0,s8
80001d72:	85ca                	mv	a1,s2
80001d74:	2041                	jal	80001df4 <__shiftright128>
80001d76:	bf3d                	j	80001cb4 <__double_computeInvPow5+0x3a>

80001d78 <__log10Pow2>:
80001d78:	67cd                	lui	a5,0x13
80001d7a:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80001d7e:	02f50533          	mul	a0,a0,a5
80001d82:	8149                	srl	a0,a0,0x12
80001d84:	8082                	ret

80001d86 <__log10Pow5>:
80001d86:	000b37b7          	lui	a5,0xb3
80001d8a:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80001d8e:	02f50533          	mul	a0,a0,a5
80001d92:	8151                	srl	a0,a0,0x14
80001d94:	8082                	ret

80001d96 <__pow5bits>:
80001d96:	001297b7          	lui	a5,0x129
80001d9a:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80001d9e:	02f50533          	mul	a0,a0,a5
80001da2:	814d                	srl	a0,a0,0x13
80001da4:	0505                	add	a0,a0,1
80001da6:	8082                	ret

80001da8 <__umul128>:
80001da8:	02c537b3          	mulhu	a5,a0,a2
80001dac:	832e                	mv	t1,a1
80001dae:	02c585b3          	mul	a1,a1,a2
80001db2:	02c33833          	mulhu	a6,t1,a2
80001db6:	95be                	add	a1,a1,a5
80001db8:	00f5b7b3          	sltu	a5,a1,a5
80001dbc:	97c2                	add	a5,a5,a6
80001dbe:	02a68833          	mul	a6,a3,a0
80001dc2:	02a6b8b3          	mulhu	a7,a3,a0
80001dc6:	95c2                	add	a1,a1,a6
80001dc8:	0105b833          	sltu	a6,a1,a6
80001dcc:	98c2                	add	a7,a7,a6
80001dce:	02d30833          	mul	a6,t1,a3
80001dd2:	02d33333          	mulhu	t1,t1,a3
80001dd6:	983e                	add	a6,a6,a5
80001dd8:	011806b3          	add	a3,a6,a7
80001ddc:	00f837b3          	sltu	a5,a6,a5
80001de0:	0106b833          	sltu	a6,a3,a6
80001de4:	c314                	sw	a3,0(a4)
80001de6:	979a                	add	a5,a5,t1
80001de8:	983e                	add	a6,a6,a5
80001dea:	02c50533          	mul	a0,a0,a2
80001dee:	01072223          	sw	a6,4(a4)
80001df2:	8082                	ret

80001df4 <__shiftright128>:
80001df4:	794002ef          	jal	t0,80002588 <__riscv_save_4>
80001df8:	8a2a                	mv	s4,a0
80001dfa:	8532                	mv	a0,a2
80001dfc:	04000613          	li	a2,64
80001e00:	8e19                	sub	a2,a2,a4
80001e02:	89ae                	mv	s3,a1
80001e04:	85b6                	mv	a1,a3
80001e06:	843a                	mv	s0,a4
80001e08:	2849                	jal	80001e9a <__ashldi3>
80001e0a:	892a                	mv	s2,a0
80001e0c:	84ae                	mv	s1,a1
80001e0e:	8622                	mv	a2,s0
80001e10:	8552                	mv	a0,s4
80001e12:	85ce                	mv	a1,s3
80001e14:	28b9                	jal	80001e72 <__lshrdi3>
80001e16:	00a96533          	or	a0,s2,a0
80001e1a:	8dc5                	or	a1,a1,s1
80001e1c:	a745                	j	800025bc <__riscv_restore_4>

80001e1e <__libc_fini_array>:
80001e1e:	784002ef          	jal	t0,800025a2 <__riscv_save_0>
80001e22:	800037b7          	lui	a5,0x80003
80001e26:	80003437          	lui	s0,0x80003
80001e2a:	c6078713          	add	a4,a5,-928 # 80002c60 <__fini_array_end>
80001e2e:	c6040413          	add	s0,s0,-928 # 80002c60 <__fini_array_end>
80001e32:	8c19                	sub	s0,s0,a4
80001e34:	8409                	sra	s0,s0,0x2
80001e36:	c6078493          	add	s1,a5,-928
80001e3a:	e809                	bnez	s0,80001e4c <__libc_fini_array+0x2e>
80001e3c:	00000793          	li	a5,0
80001e40:	c789                	beqz	a5,80001e4a <__libc_fini_array+0x2c>
80001e42:	00000097          	auipc	ra,0x0
80001e46:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
80001e4a:	afb5                	j	800025c6 <__riscv_restore_0>
80001e4c:	147d                	add	s0,s0,-1
80001e4e:	00241793          	sll	a5,s0,0x2
80001e52:	97a6                	add	a5,a5,s1
80001e54:	439c                	lw	a5,0(a5)
80001e56:	9782                	jalr	a5
80001e58:	b7cd                	j	80001e3a <__libc_fini_array+0x1c>

80001e5a <strnlen>:
80001e5a:	95aa                	add	a1,a1,a0
80001e5c:	87aa                	mv	a5,a0
80001e5e:	00b78563          	beq	a5,a1,80001e68 <strnlen+0xe>
80001e62:	0007c703          	lbu	a4,0(a5)
80001e66:	e701                	bnez	a4,80001e6e <strnlen+0x14>
80001e68:	40a78533          	sub	a0,a5,a0
80001e6c:	8082                	ret
80001e6e:	0785                	add	a5,a5,1
80001e70:	b7fd                	j	80001e5e <strnlen+0x4>

80001e72 <__lshrdi3>:
80001e72:	ca19                	beqz	a2,80001e88 <__lshrdi3+0x16>
80001e74:	02000793          	li	a5,32
80001e78:	8f91                	sub	a5,a5,a2
80001e7a:	00f04863          	bgtz	a5,80001e8a <__lshrdi3+0x18>
80001e7e:	1601                	add	a2,a2,-32
80001e80:	00c5d533          	srl	a0,a1,a2
80001e84:	4701                	li	a4,0
80001e86:	85ba                	mv	a1,a4
80001e88:	8082                	ret
80001e8a:	00c5d733          	srl	a4,a1,a2
80001e8e:	00c55533          	srl	a0,a0,a2
80001e92:	00f595b3          	sll	a1,a1,a5
80001e96:	8d4d                	or	a0,a0,a1
80001e98:	b7fd                	j	80001e86 <__lshrdi3+0x14>

80001e9a <__ashldi3>:
80001e9a:	ca19                	beqz	a2,80001eb0 <__ashldi3+0x16>
80001e9c:	02000793          	li	a5,32
80001ea0:	8f91                	sub	a5,a5,a2
80001ea2:	00f04863          	bgtz	a5,80001eb2 <__ashldi3+0x18>
80001ea6:	1601                	add	a2,a2,-32
80001ea8:	00c515b3          	sll	a1,a0,a2
80001eac:	4701                	li	a4,0
80001eae:	853a                	mv	a0,a4
80001eb0:	8082                	ret
80001eb2:	00c51733          	sll	a4,a0,a2
80001eb6:	00c595b3          	sll	a1,a1,a2
80001eba:	00f55533          	srl	a0,a0,a5
80001ebe:	8dc9                	or	a1,a1,a0
80001ec0:	b7fd                	j	80001eae <__ashldi3+0x14>

80001ec2 <__ashrdi3>:
80001ec2:	ce01                	beqz	a2,80001eda <__ashrdi3+0x18>
80001ec4:	02000793          	li	a5,32
80001ec8:	8f91                	sub	a5,a5,a2
80001eca:	00f04963          	bgtz	a5,80001edc <__ashrdi3+0x1a>
80001ece:	1601                	add	a2,a2,-32
80001ed0:	41f5d713          	sra	a4,a1,0x1f
80001ed4:	40c5d533          	sra	a0,a1,a2
80001ed8:	85ba                	mv	a1,a4
80001eda:	8082                	ret
80001edc:	40c5d733          	sra	a4,a1,a2
80001ee0:	00c55533          	srl	a0,a0,a2
80001ee4:	00f595b3          	sll	a1,a1,a5
80001ee8:	8d4d                	or	a0,a0,a1
80001eea:	b7fd                	j	80001ed8 <__ashrdi3+0x16>

80001eec <__udivdi3>:
80001eec:	88aa                	mv	a7,a0
80001eee:	832e                	mv	t1,a1
80001ef0:	8732                	mv	a4,a2
80001ef2:	882a                	mv	a6,a0
80001ef4:	87ae                	mv	a5,a1
80001ef6:	20069663          	bnez	a3,80002102 <__udivdi3+0x216>
80001efa:	00001597          	auipc	a1,0x1
80001efe:	c5a58593          	add	a1,a1,-934 # 80002b54 <__clz_tab>
80001f02:	0cc37163          	bgeu	t1,a2,80001fc4 <__udivdi3+0xd8>
80001f06:	66c1                	lui	a3,0x10
80001f08:	0ad67763          	bgeu	a2,a3,80001fb6 <__udivdi3+0xca>
80001f0c:	10063693          	sltiu	a3,a2,256
80001f10:	0016c693          	xor	a3,a3,1
80001f14:	068e                	sll	a3,a3,0x3
80001f16:	00d65533          	srl	a0,a2,a3
80001f1a:	95aa                	add	a1,a1,a0
80001f1c:	0005c583          	lbu	a1,0(a1)
80001f20:	02000513          	li	a0,32
80001f24:	96ae                	add	a3,a3,a1
80001f26:	40d505b3          	sub	a1,a0,a3
80001f2a:	00d50b63          	beq	a0,a3,80001f40 <__udivdi3+0x54>
80001f2e:	00b317b3          	sll	a5,t1,a1
80001f32:	00d8d6b3          	srl	a3,a7,a3
80001f36:	00b61733          	sll	a4,a2,a1
80001f3a:	8fd5                	or	a5,a5,a3
80001f3c:	00b89833          	sll	a6,a7,a1
80001f40:	01075593          	srl	a1,a4,0x10
80001f44:	02b7d333          	divu	t1,a5,a1
80001f48:	01071613          	sll	a2,a4,0x10
80001f4c:	8241                	srl	a2,a2,0x10
80001f4e:	02b7f7b3          	remu	a5,a5,a1
80001f52:	851a                	mv	a0,t1
80001f54:	026608b3          	mul	a7,a2,t1
80001f58:	01079693          	sll	a3,a5,0x10
80001f5c:	01085793          	srl	a5,a6,0x10
80001f60:	8fd5                	or	a5,a5,a3
80001f62:	0117fc63          	bgeu	a5,a7,80001f7a <__udivdi3+0x8e>
80001f66:	97ba                	add	a5,a5,a4
80001f68:	fff30513          	add	a0,t1,-1
80001f6c:	00e7e763          	bltu	a5,a4,80001f7a <__udivdi3+0x8e>
80001f70:	0117f563          	bgeu	a5,a7,80001f7a <__udivdi3+0x8e>
80001f74:	ffe30513          	add	a0,t1,-2
80001f78:	97ba                	add	a5,a5,a4
80001f7a:	411787b3          	sub	a5,a5,a7
80001f7e:	02b7d8b3          	divu	a7,a5,a1
80001f82:	0842                	sll	a6,a6,0x10
80001f84:	01085813          	srl	a6,a6,0x10
80001f88:	02b7f7b3          	remu	a5,a5,a1
80001f8c:	031606b3          	mul	a3,a2,a7
80001f90:	07c2                	sll	a5,a5,0x10
80001f92:	00f86833          	or	a6,a6,a5
80001f96:	87c6                	mv	a5,a7
80001f98:	00d87b63          	bgeu	a6,a3,80001fae <__udivdi3+0xc2>
80001f9c:	983a                	add	a6,a6,a4
80001f9e:	fff88793          	add	a5,a7,-1
80001fa2:	00e86663          	bltu	a6,a4,80001fae <__udivdi3+0xc2>
80001fa6:	00d87463          	bgeu	a6,a3,80001fae <__udivdi3+0xc2>
80001faa:	ffe88793          	add	a5,a7,-2
80001fae:	0542                	sll	a0,a0,0x10
80001fb0:	8d5d                	or	a0,a0,a5
80001fb2:	4581                	li	a1,0
80001fb4:	8082                	ret
80001fb6:	01000537          	lui	a0,0x1000
80001fba:	46c1                	li	a3,16
80001fbc:	f4a66de3          	bltu	a2,a0,80001f16 <__udivdi3+0x2a>
80001fc0:	46e1                	li	a3,24
80001fc2:	bf91                	j	80001f16 <__udivdi3+0x2a>
80001fc4:	4681                	li	a3,0
80001fc6:	ca09                	beqz	a2,80001fd8 <__udivdi3+0xec>
80001fc8:	67c1                	lui	a5,0x10
80001fca:	08f67f63          	bgeu	a2,a5,80002068 <__udivdi3+0x17c>
80001fce:	10063693          	sltiu	a3,a2,256
80001fd2:	0016c693          	xor	a3,a3,1
80001fd6:	068e                	sll	a3,a3,0x3
80001fd8:	00d657b3          	srl	a5,a2,a3
80001fdc:	95be                	add	a1,a1,a5
80001fde:	0005c783          	lbu	a5,0(a1)
80001fe2:	97b6                	add	a5,a5,a3
80001fe4:	02000693          	li	a3,32
80001fe8:	40f685b3          	sub	a1,a3,a5
80001fec:	08f69563          	bne	a3,a5,80002076 <__udivdi3+0x18a>
80001ff0:	40c307b3          	sub	a5,t1,a2
80001ff4:	4585                	li	a1,1
80001ff6:	01075893          	srl	a7,a4,0x10
80001ffa:	0317de33          	divu	t3,a5,a7
80001ffe:	01071613          	sll	a2,a4,0x10
80002002:	8241                	srl	a2,a2,0x10
80002004:	01085693          	srl	a3,a6,0x10
80002008:	0317f7b3          	remu	a5,a5,a7
8000200c:	8572                	mv	a0,t3
8000200e:	03c60333          	mul	t1,a2,t3
80002012:	07c2                	sll	a5,a5,0x10
80002014:	8fd5                	or	a5,a5,a3
80002016:	0067fc63          	bgeu	a5,t1,8000202e <__udivdi3+0x142>
8000201a:	97ba                	add	a5,a5,a4
8000201c:	fffe0513          	add	a0,t3,-1
80002020:	00e7e763          	bltu	a5,a4,8000202e <__udivdi3+0x142>
80002024:	0067f563          	bgeu	a5,t1,8000202e <__udivdi3+0x142>
80002028:	ffee0513          	add	a0,t3,-2
8000202c:	97ba                	add	a5,a5,a4
8000202e:	406787b3          	sub	a5,a5,t1
80002032:	0317d333          	divu	t1,a5,a7
80002036:	0842                	sll	a6,a6,0x10
80002038:	01085813          	srl	a6,a6,0x10
8000203c:	0317f7b3          	remu	a5,a5,a7
80002040:	026606b3          	mul	a3,a2,t1
80002044:	07c2                	sll	a5,a5,0x10
80002046:	00f86833          	or	a6,a6,a5
8000204a:	879a                	mv	a5,t1
8000204c:	00d87b63          	bgeu	a6,a3,80002062 <__udivdi3+0x176>
80002050:	983a                	add	a6,a6,a4
80002052:	fff30793          	add	a5,t1,-1
80002056:	00e86663          	bltu	a6,a4,80002062 <__udivdi3+0x176>
8000205a:	00d87463          	bgeu	a6,a3,80002062 <__udivdi3+0x176>
8000205e:	ffe30793          	add	a5,t1,-2
80002062:	0542                	sll	a0,a0,0x10
80002064:	8d5d                	or	a0,a0,a5
80002066:	8082                	ret
80002068:	010007b7          	lui	a5,0x1000
8000206c:	46c1                	li	a3,16
8000206e:	f6f665e3          	bltu	a2,a5,80001fd8 <__udivdi3+0xec>
80002072:	46e1                	li	a3,24
80002074:	b795                	j	80001fd8 <__udivdi3+0xec>
80002076:	00b61733          	sll	a4,a2,a1
8000207a:	00f356b3          	srl	a3,t1,a5
8000207e:	01075513          	srl	a0,a4,0x10
80002082:	00b31333          	sll	t1,t1,a1
80002086:	00f8d7b3          	srl	a5,a7,a5
8000208a:	0067e7b3          	or	a5,a5,t1
8000208e:	02a6d333          	divu	t1,a3,a0
80002092:	01071613          	sll	a2,a4,0x10
80002096:	8241                	srl	a2,a2,0x10
80002098:	00b89833          	sll	a6,a7,a1
8000209c:	02a6f6b3          	remu	a3,a3,a0
800020a0:	026608b3          	mul	a7,a2,t1
800020a4:	01069593          	sll	a1,a3,0x10
800020a8:	0107d693          	srl	a3,a5,0x10
800020ac:	8ecd                	or	a3,a3,a1
800020ae:	859a                	mv	a1,t1
800020b0:	0116fc63          	bgeu	a3,a7,800020c8 <__udivdi3+0x1dc>
800020b4:	96ba                	add	a3,a3,a4
800020b6:	fff30593          	add	a1,t1,-1
800020ba:	00e6e763          	bltu	a3,a4,800020c8 <__udivdi3+0x1dc>
800020be:	0116f563          	bgeu	a3,a7,800020c8 <__udivdi3+0x1dc>
800020c2:	ffe30593          	add	a1,t1,-2
800020c6:	96ba                	add	a3,a3,a4
800020c8:	411686b3          	sub	a3,a3,a7
800020cc:	02a6d8b3          	divu	a7,a3,a0
800020d0:	07c2                	sll	a5,a5,0x10
800020d2:	83c1                	srl	a5,a5,0x10
800020d4:	02a6f6b3          	remu	a3,a3,a0
800020d8:	03160633          	mul	a2,a2,a7
800020dc:	06c2                	sll	a3,a3,0x10
800020de:	8fd5                	or	a5,a5,a3
800020e0:	86c6                	mv	a3,a7
800020e2:	00c7fc63          	bgeu	a5,a2,800020fa <__udivdi3+0x20e>
800020e6:	97ba                	add	a5,a5,a4
800020e8:	fff88693          	add	a3,a7,-1
800020ec:	00e7e763          	bltu	a5,a4,800020fa <__udivdi3+0x20e>
800020f0:	00c7f563          	bgeu	a5,a2,800020fa <__udivdi3+0x20e>
800020f4:	ffe88693          	add	a3,a7,-2
800020f8:	97ba                	add	a5,a5,a4
800020fa:	05c2                	sll	a1,a1,0x10
800020fc:	8f91                	sub	a5,a5,a2
800020fe:	8dd5                	or	a1,a1,a3
80002100:	bddd                	j	80001ff6 <__udivdi3+0x10a>
80002102:	14d5e163          	bltu	a1,a3,80002244 <__udivdi3+0x358>
80002106:	67c1                	lui	a5,0x10
80002108:	02f6ff63          	bgeu	a3,a5,80002146 <__udivdi3+0x25a>
8000210c:	1006b713          	sltiu	a4,a3,256
80002110:	00174713          	xor	a4,a4,1
80002114:	070e                	sll	a4,a4,0x3
80002116:	00e6d5b3          	srl	a1,a3,a4
8000211a:	00001797          	auipc	a5,0x1
8000211e:	a3a78793          	add	a5,a5,-1478 # 80002b54 <__clz_tab>
80002122:	97ae                	add	a5,a5,a1
80002124:	0007c783          	lbu	a5,0(a5)
80002128:	97ba                	add	a5,a5,a4
8000212a:	02000713          	li	a4,32
8000212e:	40f705b3          	sub	a1,a4,a5
80002132:	02f71163          	bne	a4,a5,80002154 <__udivdi3+0x268>
80002136:	4505                	li	a0,1
80002138:	e666eee3          	bltu	a3,t1,80001fb4 <__udivdi3+0xc8>
8000213c:	00c8b533          	sltu	a0,a7,a2
80002140:	00154513          	xor	a0,a0,1
80002144:	8082                	ret
80002146:	010007b7          	lui	a5,0x1000
8000214a:	4741                	li	a4,16
8000214c:	fcf6e5e3          	bltu	a3,a5,80002116 <__udivdi3+0x22a>
80002150:	4761                	li	a4,24
80002152:	b7d1                	j	80002116 <__udivdi3+0x22a>
80002154:	00f65733          	srl	a4,a2,a5
80002158:	00b696b3          	sll	a3,a3,a1
8000215c:	8ed9                	or	a3,a3,a4
8000215e:	00f35733          	srl	a4,t1,a5
80002162:	00b31333          	sll	t1,t1,a1
80002166:	00f8d7b3          	srl	a5,a7,a5
8000216a:	0067e7b3          	or	a5,a5,t1
8000216e:	0106d313          	srl	t1,a3,0x10
80002172:	02675eb3          	divu	t4,a4,t1
80002176:	01069813          	sll	a6,a3,0x10
8000217a:	01085813          	srl	a6,a6,0x10
8000217e:	00b61633          	sll	a2,a2,a1
80002182:	02677733          	remu	a4,a4,t1
80002186:	03d80e33          	mul	t3,a6,t4
8000218a:	01071513          	sll	a0,a4,0x10
8000218e:	0107d713          	srl	a4,a5,0x10
80002192:	8f49                	or	a4,a4,a0
80002194:	8576                	mv	a0,t4
80002196:	01c77c63          	bgeu	a4,t3,800021ae <__udivdi3+0x2c2>
8000219a:	9736                	add	a4,a4,a3
8000219c:	fffe8513          	add	a0,t4,-1
800021a0:	00d76763          	bltu	a4,a3,800021ae <__udivdi3+0x2c2>
800021a4:	01c77563          	bgeu	a4,t3,800021ae <__udivdi3+0x2c2>
800021a8:	ffee8513          	add	a0,t4,-2
800021ac:	9736                	add	a4,a4,a3
800021ae:	41c70733          	sub	a4,a4,t3
800021b2:	02675e33          	divu	t3,a4,t1
800021b6:	07c2                	sll	a5,a5,0x10
800021b8:	83c1                	srl	a5,a5,0x10
800021ba:	02677733          	remu	a4,a4,t1
800021be:	03c80833          	mul	a6,a6,t3
800021c2:	0742                	sll	a4,a4,0x10
800021c4:	8fd9                	or	a5,a5,a4
800021c6:	8772                	mv	a4,t3
800021c8:	0107fc63          	bgeu	a5,a6,800021e0 <__udivdi3+0x2f4>
800021cc:	97b6                	add	a5,a5,a3
800021ce:	fffe0713          	add	a4,t3,-1
800021d2:	00d7e763          	bltu	a5,a3,800021e0 <__udivdi3+0x2f4>
800021d6:	0107f563          	bgeu	a5,a6,800021e0 <__udivdi3+0x2f4>
800021da:	ffee0713          	add	a4,t3,-2
800021de:	97b6                	add	a5,a5,a3
800021e0:	0542                	sll	a0,a0,0x10
800021e2:	6e41                	lui	t3,0x10
800021e4:	8d59                	or	a0,a0,a4
800021e6:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
800021ea:	00d57733          	and	a4,a0,a3
800021ee:	410787b3          	sub	a5,a5,a6
800021f2:	8ef1                	and	a3,a3,a2
800021f4:	01055813          	srl	a6,a0,0x10
800021f8:	8241                	srl	a2,a2,0x10
800021fa:	02d70333          	mul	t1,a4,a3
800021fe:	02d806b3          	mul	a3,a6,a3
80002202:	02c70733          	mul	a4,a4,a2
80002206:	02c80833          	mul	a6,a6,a2
8000220a:	00d70633          	add	a2,a4,a3
8000220e:	01035713          	srl	a4,t1,0x10
80002212:	9732                	add	a4,a4,a2
80002214:	00d77363          	bgeu	a4,a3,8000221a <__udivdi3+0x32e>
80002218:	9872                	add	a6,a6,t3
8000221a:	01075693          	srl	a3,a4,0x10
8000221e:	96c2                	add	a3,a3,a6
80002220:	02d7e063          	bltu	a5,a3,80002240 <__udivdi3+0x354>
80002224:	d8d797e3          	bne	a5,a3,80001fb2 <__udivdi3+0xc6>
80002228:	67c1                	lui	a5,0x10
8000222a:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
8000222c:	8f7d                	and	a4,a4,a5
8000222e:	0742                	sll	a4,a4,0x10
80002230:	00f37333          	and	t1,t1,a5
80002234:	00b898b3          	sll	a7,a7,a1
80002238:	971a                	add	a4,a4,t1
8000223a:	4581                	li	a1,0
8000223c:	d6e8fce3          	bgeu	a7,a4,80001fb4 <__udivdi3+0xc8>
80002240:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
80002242:	bb85                	j	80001fb2 <__udivdi3+0xc6>
80002244:	4581                	li	a1,0
80002246:	4501                	li	a0,0
80002248:	8082                	ret

8000224a <__umoddi3>:
8000224a:	8832                	mv	a6,a2
8000224c:	87aa                	mv	a5,a0
8000224e:	872e                	mv	a4,a1
80002250:	1a069363          	bnez	a3,800023f6 <__umoddi3+0x1ac>
80002254:	00001897          	auipc	a7,0x1
80002258:	90088893          	add	a7,a7,-1792 # 80002b54 <__clz_tab>
8000225c:	0ac5f663          	bgeu	a1,a2,80002308 <__umoddi3+0xbe>
80002260:	66c1                	lui	a3,0x10
80002262:	08d67c63          	bgeu	a2,a3,800022fa <__umoddi3+0xb0>
80002266:	10063693          	sltiu	a3,a2,256
8000226a:	0016c693          	xor	a3,a3,1
8000226e:	068e                	sll	a3,a3,0x3
80002270:	00d65333          	srl	t1,a2,a3
80002274:	989a                	add	a7,a7,t1
80002276:	0008c883          	lbu	a7,0(a7)
8000227a:	02000313          	li	t1,32
8000227e:	96c6                	add	a3,a3,a7
80002280:	40d308b3          	sub	a7,t1,a3
80002284:	00d30b63          	beq	t1,a3,8000229a <__umoddi3+0x50>
80002288:	01159733          	sll	a4,a1,a7
8000228c:	00d556b3          	srl	a3,a0,a3
80002290:	01161833          	sll	a6,a2,a7
80002294:	8f55                	or	a4,a4,a3
80002296:	011517b3          	sll	a5,a0,a7
8000229a:	01085613          	srl	a2,a6,0x10
8000229e:	02c756b3          	divu	a3,a4,a2
800022a2:	01081513          	sll	a0,a6,0x10
800022a6:	8141                	srl	a0,a0,0x10
800022a8:	02c77733          	remu	a4,a4,a2
800022ac:	02a686b3          	mul	a3,a3,a0
800022b0:	01071593          	sll	a1,a4,0x10
800022b4:	0107d713          	srl	a4,a5,0x10
800022b8:	8f4d                	or	a4,a4,a1
800022ba:	00d77863          	bgeu	a4,a3,800022ca <__umoddi3+0x80>
800022be:	9742                	add	a4,a4,a6
800022c0:	01076563          	bltu	a4,a6,800022ca <__umoddi3+0x80>
800022c4:	00d77363          	bgeu	a4,a3,800022ca <__umoddi3+0x80>
800022c8:	9742                	add	a4,a4,a6
800022ca:	8f15                	sub	a4,a4,a3
800022cc:	02c756b3          	divu	a3,a4,a2
800022d0:	02c77733          	remu	a4,a4,a2
800022d4:	02a686b3          	mul	a3,a3,a0
800022d8:	07c2                	sll	a5,a5,0x10
800022da:	0742                	sll	a4,a4,0x10
800022dc:	83c1                	srl	a5,a5,0x10
800022de:	8fd9                	or	a5,a5,a4
800022e0:	00d7f863          	bgeu	a5,a3,800022f0 <__umoddi3+0xa6>
800022e4:	97c2                	add	a5,a5,a6
800022e6:	0107e563          	bltu	a5,a6,800022f0 <__umoddi3+0xa6>
800022ea:	00d7f363          	bgeu	a5,a3,800022f0 <__umoddi3+0xa6>
800022ee:	97c2                	add	a5,a5,a6
800022f0:	8f95                	sub	a5,a5,a3
800022f2:	0117d533          	srl	a0,a5,a7
800022f6:	4581                	li	a1,0
800022f8:	8082                	ret
800022fa:	01000337          	lui	t1,0x1000
800022fe:	46c1                	li	a3,16
80002300:	f66668e3          	bltu	a2,t1,80002270 <__umoddi3+0x26>
80002304:	46e1                	li	a3,24
80002306:	b7ad                	j	80002270 <__umoddi3+0x26>
80002308:	4681                	li	a3,0
8000230a:	ca09                	beqz	a2,8000231c <__umoddi3+0xd2>
8000230c:	6741                	lui	a4,0x10
8000230e:	06e67463          	bgeu	a2,a4,80002376 <__umoddi3+0x12c>
80002312:	10063693          	sltiu	a3,a2,256
80002316:	0016c693          	xor	a3,a3,1
8000231a:	068e                	sll	a3,a3,0x3
8000231c:	00d65733          	srl	a4,a2,a3
80002320:	98ba                	add	a7,a7,a4
80002322:	0008c703          	lbu	a4,0(a7)
80002326:	9736                	add	a4,a4,a3
80002328:	02000693          	li	a3,32
8000232c:	40e688b3          	sub	a7,a3,a4
80002330:	04e69a63          	bne	a3,a4,80002384 <__umoddi3+0x13a>
80002334:	40c58733          	sub	a4,a1,a2
80002338:	01085593          	srl	a1,a6,0x10
8000233c:	02b75633          	divu	a2,a4,a1
80002340:	01081513          	sll	a0,a6,0x10
80002344:	8141                	srl	a0,a0,0x10
80002346:	0107d693          	srl	a3,a5,0x10
8000234a:	02b77733          	remu	a4,a4,a1
8000234e:	02a60633          	mul	a2,a2,a0
80002352:	0742                	sll	a4,a4,0x10
80002354:	8f55                	or	a4,a4,a3
80002356:	00c77863          	bgeu	a4,a2,80002366 <__umoddi3+0x11c>
8000235a:	9742                	add	a4,a4,a6
8000235c:	01076563          	bltu	a4,a6,80002366 <__umoddi3+0x11c>
80002360:	00c77363          	bgeu	a4,a2,80002366 <__umoddi3+0x11c>
80002364:	9742                	add	a4,a4,a6
80002366:	8f11                	sub	a4,a4,a2
80002368:	02b756b3          	divu	a3,a4,a1
8000236c:	02b77733          	remu	a4,a4,a1
80002370:	02a686b3          	mul	a3,a3,a0
80002374:	b795                	j	800022d8 <__umoddi3+0x8e>
80002376:	01000737          	lui	a4,0x1000
8000237a:	46c1                	li	a3,16
8000237c:	fae660e3          	bltu	a2,a4,8000231c <__umoddi3+0xd2>
80002380:	46e1                	li	a3,24
80002382:	bf69                	j	8000231c <__umoddi3+0xd2>
80002384:	01161833          	sll	a6,a2,a7
80002388:	00e5d6b3          	srl	a3,a1,a4
8000238c:	011517b3          	sll	a5,a0,a7
80002390:	011595b3          	sll	a1,a1,a7
80002394:	00e55733          	srl	a4,a0,a4
80002398:	01085513          	srl	a0,a6,0x10
8000239c:	8f4d                	or	a4,a4,a1
8000239e:	02a6d5b3          	divu	a1,a3,a0
800023a2:	01081313          	sll	t1,a6,0x10
800023a6:	01035313          	srl	t1,t1,0x10
800023aa:	02a6f6b3          	remu	a3,a3,a0
800023ae:	026585b3          	mul	a1,a1,t1
800023b2:	01069613          	sll	a2,a3,0x10
800023b6:	01075693          	srl	a3,a4,0x10
800023ba:	8ed1                	or	a3,a3,a2
800023bc:	00b6f863          	bgeu	a3,a1,800023cc <__umoddi3+0x182>
800023c0:	96c2                	add	a3,a3,a6
800023c2:	0106e563          	bltu	a3,a6,800023cc <__umoddi3+0x182>
800023c6:	00b6f363          	bgeu	a3,a1,800023cc <__umoddi3+0x182>
800023ca:	96c2                	add	a3,a3,a6
800023cc:	8e8d                	sub	a3,a3,a1
800023ce:	02a6d633          	divu	a2,a3,a0
800023d2:	0742                	sll	a4,a4,0x10
800023d4:	8341                	srl	a4,a4,0x10
800023d6:	02a6f6b3          	remu	a3,a3,a0
800023da:	02660633          	mul	a2,a2,t1
800023de:	06c2                	sll	a3,a3,0x10
800023e0:	8f55                	or	a4,a4,a3
800023e2:	00c77863          	bgeu	a4,a2,800023f2 <__umoddi3+0x1a8>
800023e6:	9742                	add	a4,a4,a6
800023e8:	01076563          	bltu	a4,a6,800023f2 <__umoddi3+0x1a8>
800023ec:	00c77363          	bgeu	a4,a2,800023f2 <__umoddi3+0x1a8>
800023f0:	9742                	add	a4,a4,a6
800023f2:	8f11                	sub	a4,a4,a2
800023f4:	b791                	j	80002338 <__umoddi3+0xee>
800023f6:	16d5ed63          	bltu	a1,a3,80002570 <__umoddi3+0x326>
800023fa:	6841                	lui	a6,0x10
800023fc:	0506f763          	bgeu	a3,a6,8000244a <__umoddi3+0x200>
80002400:	1006b813          	sltiu	a6,a3,256
80002404:	00184813          	xor	a6,a6,1
80002408:	080e                	sll	a6,a6,0x3
8000240a:	0106d333          	srl	t1,a3,a6
8000240e:	00000897          	auipc	a7,0x0
80002412:	74688893          	add	a7,a7,1862 # 80002b54 <__clz_tab>
80002416:	989a                	add	a7,a7,t1
80002418:	0008c883          	lbu	a7,0(a7)
8000241c:	02000313          	li	t1,32
80002420:	98c2                	add	a7,a7,a6
80002422:	41130833          	sub	a6,t1,a7
80002426:	03131963          	bne	t1,a7,80002458 <__umoddi3+0x20e>
8000242a:	00b6e463          	bltu	a3,a1,80002432 <__umoddi3+0x1e8>
8000242e:	00c56b63          	bltu	a0,a2,80002444 <__umoddi3+0x1fa>
80002432:	40c50633          	sub	a2,a0,a2
80002436:	40d586b3          	sub	a3,a1,a3
8000243a:	00c53733          	sltu	a4,a0,a2
8000243e:	87b2                	mv	a5,a2
80002440:	40e68733          	sub	a4,a3,a4
80002444:	853e                	mv	a0,a5
80002446:	85ba                	mv	a1,a4
80002448:	8082                	ret
8000244a:	010008b7          	lui	a7,0x1000
8000244e:	4841                	li	a6,16
80002450:	fb16ede3          	bltu	a3,a7,8000240a <__umoddi3+0x1c0>
80002454:	4861                	li	a6,24
80002456:	bf55                	j	8000240a <__umoddi3+0x1c0>
80002458:	011657b3          	srl	a5,a2,a7
8000245c:	010696b3          	sll	a3,a3,a6
80002460:	8edd                	or	a3,a3,a5
80002462:	0115d733          	srl	a4,a1,a7
80002466:	0106de13          	srl	t3,a3,0x10
8000246a:	03c75f33          	divu	t5,a4,t3
8000246e:	01069313          	sll	t1,a3,0x10
80002472:	01035313          	srl	t1,t1,0x10
80002476:	010597b3          	sll	a5,a1,a6
8000247a:	011555b3          	srl	a1,a0,a7
8000247e:	8ddd                	or	a1,a1,a5
80002480:	0105d793          	srl	a5,a1,0x10
80002484:	01061633          	sll	a2,a2,a6
80002488:	01051533          	sll	a0,a0,a6
8000248c:	03c77733          	remu	a4,a4,t3
80002490:	03e30eb3          	mul	t4,t1,t5
80002494:	0742                	sll	a4,a4,0x10
80002496:	8fd9                	or	a5,a5,a4
80002498:	877a                	mv	a4,t5
8000249a:	01d7fc63          	bgeu	a5,t4,800024b2 <__umoddi3+0x268>
8000249e:	97b6                	add	a5,a5,a3
800024a0:	ffff0713          	add	a4,t5,-1
800024a4:	00d7e763          	bltu	a5,a3,800024b2 <__umoddi3+0x268>
800024a8:	01d7f563          	bgeu	a5,t4,800024b2 <__umoddi3+0x268>
800024ac:	ffef0713          	add	a4,t5,-2
800024b0:	97b6                	add	a5,a5,a3
800024b2:	41d787b3          	sub	a5,a5,t4
800024b6:	03c7deb3          	divu	t4,a5,t3
800024ba:	05c2                	sll	a1,a1,0x10
800024bc:	81c1                	srl	a1,a1,0x10
800024be:	03c7f7b3          	remu	a5,a5,t3
800024c2:	8e76                	mv	t3,t4
800024c4:	03d30333          	mul	t1,t1,t4
800024c8:	07c2                	sll	a5,a5,0x10
800024ca:	8ddd                	or	a1,a1,a5
800024cc:	0065fc63          	bgeu	a1,t1,800024e4 <__umoddi3+0x29a>
800024d0:	95b6                	add	a1,a1,a3
800024d2:	fffe8e13          	add	t3,t4,-1
800024d6:	00d5e763          	bltu	a1,a3,800024e4 <__umoddi3+0x29a>
800024da:	0065f563          	bgeu	a1,t1,800024e4 <__umoddi3+0x29a>
800024de:	ffee8e13          	add	t3,t4,-2
800024e2:	95b6                	add	a1,a1,a3
800024e4:	01071793          	sll	a5,a4,0x10
800024e8:	6f41                	lui	t5,0x10
800024ea:	01c7e7b3          	or	a5,a5,t3
800024ee:	406585b3          	sub	a1,a1,t1
800024f2:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
800024f6:	0067f733          	and	a4,a5,t1
800024fa:	01065e13          	srl	t3,a2,0x10
800024fe:	83c1                	srl	a5,a5,0x10
80002500:	00667333          	and	t1,a2,t1
80002504:	02670eb3          	mul	t4,a4,t1
80002508:	02678333          	mul	t1,a5,t1
8000250c:	03c70733          	mul	a4,a4,t3
80002510:	03c787b3          	mul	a5,a5,t3
80002514:	00670e33          	add	t3,a4,t1
80002518:	010ed713          	srl	a4,t4,0x10
8000251c:	9772                	add	a4,a4,t3
8000251e:	00677363          	bgeu	a4,t1,80002524 <__umoddi3+0x2da>
80002522:	97fa                	add	a5,a5,t5
80002524:	01075313          	srl	t1,a4,0x10
80002528:	979a                	add	a5,a5,t1
8000252a:	6341                	lui	t1,0x10
8000252c:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
8000252e:	00677733          	and	a4,a4,t1
80002532:	0742                	sll	a4,a4,0x10
80002534:	006efeb3          	and	t4,t4,t1
80002538:	9776                	add	a4,a4,t4
8000253a:	00f5e663          	bltu	a1,a5,80002546 <__umoddi3+0x2fc>
8000253e:	00f59b63          	bne	a1,a5,80002554 <__umoddi3+0x30a>
80002542:	00e57963          	bgeu	a0,a4,80002554 <__umoddi3+0x30a>
80002546:	40c70633          	sub	a2,a4,a2
8000254a:	00c73333          	sltu	t1,a4,a2
8000254e:	969a                	add	a3,a3,t1
80002550:	8732                	mv	a4,a2
80002552:	8f95                	sub	a5,a5,a3
80002554:	40e50733          	sub	a4,a0,a4
80002558:	00e53533          	sltu	a0,a0,a4
8000255c:	8d9d                	sub	a1,a1,a5
8000255e:	8d89                	sub	a1,a1,a0
80002560:	011598b3          	sll	a7,a1,a7
80002564:	01075733          	srl	a4,a4,a6
80002568:	00e8e533          	or	a0,a7,a4
8000256c:	0105d5b3          	srl	a1,a1,a6
80002570:	8082                	ret

80002572 <__riscv_save_12>:
80002572:	7139                	add	sp,sp,-64
80002574:	4301                	li	t1,0
80002576:	c66e                	sw	s11,12(sp)
80002578:	a019                	j	8000257e <__riscv_save_10+0x4>

8000257a <__riscv_save_10>:
8000257a:	7139                	add	sp,sp,-64
8000257c:	5341                	li	t1,-16
8000257e:	c86a                	sw	s10,16(sp)
80002580:	ca66                	sw	s9,20(sp)
80002582:	cc62                	sw	s8,24(sp)
80002584:	ce5e                	sw	s7,28(sp)
80002586:	a019                	j	8000258c <__riscv_save_4+0x4>

80002588 <__riscv_save_4>:
80002588:	7139                	add	sp,sp,-64
8000258a:	5301                	li	t1,-32
8000258c:	d05a                	sw	s6,32(sp)
8000258e:	d256                	sw	s5,36(sp)
80002590:	d452                	sw	s4,40(sp)
80002592:	d64e                	sw	s3,44(sp)
80002594:	d84a                	sw	s2,48(sp)
80002596:	da26                	sw	s1,52(sp)
80002598:	dc22                	sw	s0,56(sp)
8000259a:	de06                	sw	ra,60(sp)
8000259c:	40610133          	sub	sp,sp,t1
800025a0:	8282                	jr	t0

800025a2 <__riscv_save_0>:
800025a2:	1141                	add	sp,sp,-16
800025a4:	c04a                	sw	s2,0(sp)
800025a6:	c226                	sw	s1,4(sp)
800025a8:	c422                	sw	s0,8(sp)
800025aa:	c606                	sw	ra,12(sp)
800025ac:	8282                	jr	t0

800025ae <__riscv_restore_12>:
800025ae:	4db2                	lw	s11,12(sp)
800025b0:	0141                	add	sp,sp,16

800025b2 <__riscv_restore_10>:
800025b2:	4d02                	lw	s10,0(sp)
800025b4:	4c92                	lw	s9,4(sp)
800025b6:	4c22                	lw	s8,8(sp)
800025b8:	4bb2                	lw	s7,12(sp)
800025ba:	0141                	add	sp,sp,16

800025bc <__riscv_restore_4>:
800025bc:	4b02                	lw	s6,0(sp)
800025be:	4a92                	lw	s5,4(sp)
800025c0:	4a22                	lw	s4,8(sp)
800025c2:	49b2                	lw	s3,12(sp)
800025c4:	0141                	add	sp,sp,16

800025c6 <__riscv_restore_0>:
800025c6:	4902                	lw	s2,0(sp)
800025c8:	4492                	lw	s1,4(sp)
800025ca:	4422                	lw	s0,8(sp)
800025cc:	40b2                	lw	ra,12(sp)
800025ce:	0141                	add	sp,sp,16
800025d0:	8082                	ret
