
build/pmp.elf:     file format elf32-littleriscv


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
80000038:	6c028293          	add	t0,t0,1728 # 800006f4 <bare_default_trap>
8000003c:	30529073          	csrw	mtvec,t0
80000040:	061000ef          	jal	800008a0 <__libc_init_array>
80000044:	4501                	li	a0,0
80000046:	4581                	li	a1,0
80000048:	2021                	jal	80000050 <main>
8000004a:	0bd000ef          	jal	80000906 <exit>
8000004e:	a001                	j	8000004e <_start+0x4e>

80000050 <main>:
80000050:	80003537          	lui	a0,0x80003
80000054:	7179                	add	sp,sp,-48
80000056:	8d050513          	add	a0,a0,-1840 # 800028d0 <__text_end+0x6a>
8000005a:	d226                	sw	s1,36(sp)
8000005c:	ce4e                	sw	s3,28(sp)
8000005e:	cc52                	sw	s4,24(sp)
80000060:	c85a                	sw	s6,16(sp)
80000062:	c65e                	sw	s7,12(sp)
80000064:	d606                	sw	ra,44(sp)
80000066:	d422                	sw	s0,40(sp)
80000068:	d04a                	sw	s2,32(sp)
8000006a:	ca56                	sw	s5,20(sp)
8000006c:	0b9000ef          	jal	80000924 <printf>
80000070:	80007bb7          	lui	s7,0x80007
80000074:	80005b37          	lui	s6,0x80005
80000078:	800064b7          	lui	s1,0x80006
8000007c:	800047b7          	lui	a5,0x80004
80000080:	00048493          	mv	s1,s1
80000084:	000b8993          	mv	s3,s7
80000088:	000b0a13          	mv	s4,s6
8000008c:	55078793          	add	a5,a5,1360 # 80004550 <trap_stack+0x400>
80000090:	34079073          	csrw	mscratch,a5
80000094:	800007b7          	lui	a5,0x80000
80000098:	65c78793          	add	a5,a5,1628 # 8000065c <trap_m_entry>
8000009c:	30579073          	csrw	mtvec,a5
800000a0:	70770737          	lui	a4,0x70770
800000a4:	3ff70693          	add	a3,a4,1023 # 707703ff <__ram_size+0x6f7703ff>
800000a8:	6a85                	lui	s5,0x1
800000aa:	00eba023          	sw	a4,0(s7) # 80007000 <tor_page>
800000ae:	7a7a0737          	lui	a4,0x7a7a0
800000b2:	013a87b3          	add	a5,s5,s3
800000b6:	0709                	add	a4,a4,2 # 7a7a0002 <__ram_size+0x797a0002>
800000b8:	c498                	sw	a4,8(s1)
800000ba:	fed7ae23          	sw	a3,-4(a5)
800000be:	0029d713          	srl	a4,s3,0x2
800000c2:	3b071073          	csrw	pmpaddr0,a4
800000c6:	8389                	srl	a5,a5,0x2
800000c8:	3b179073          	csrw	pmpaddr1,a5
800000cc:	0024d793          	srl	a5,s1,0x2
800000d0:	1ff7e793          	or	a5,a5,511
800000d4:	3b279073          	csrw	pmpaddr2,a5
800000d8:	002a5793          	srl	a5,s4,0x2
800000dc:	1ff7e793          	or	a5,a5,511
800000e0:	3b379073          	csrw	pmpaddr3,a5
800000e4:	21000437          	lui	s0,0x21000
800000e8:	147d                	add	s0,s0,-1 # 20ffffff <__ram_size+0x1fffffff>
800000ea:	3b441073          	csrw	pmpaddr4,s0
800000ee:	181b17b7          	lui	a5,0x181b1
800000f2:	90078793          	add	a5,a5,-1792 # 181b0900 <__ram_size+0x171b0900>
800000f6:	3a079073          	csrw	pmpcfg0,a5
800000fa:	47fd                	li	a5,31
800000fc:	3a179073          	csrw	pmpcfg1,a5
80000100:	3a0025f3          	csrr	a1,pmpcfg0
80000104:	3a102673          	csrr	a2,pmpcfg1
80000108:	80003537          	lui	a0,0x80003
8000010c:	8d850513          	add	a0,a0,-1832 # 800028d8 <__text_end+0x72>
80000110:	015000ef          	jal	80000924 <printf>
80000114:	3b402973          	csrr	s2,pmpaddr4
80000118:	80003537          	lui	a0,0x80003
8000011c:	40890933          	sub	s2,s2,s0
80000120:	00193593          	seqz	a1,s2
80000124:	8f850513          	add	a0,a0,-1800 # 800028f8 <__text_end+0x92>
80000128:	7fc000ef          	jal	80000924 <printf>
8000012c:	80004437          	lui	s0,0x80004
80000130:	00042783          	lw	a5,0(s0) # 80004000 <failures>
80000134:	01203933          	snez	s2,s2
80000138:	4681                	li	a3,0
8000013a:	993e                	add	s2,s2,a5
8000013c:	000b8613          	mv	a2,s7
80000140:	4581                	li	a1,0
80000142:	4501                	li	a0,0
80000144:	01242023          	sw	s2,0(s0)
80000148:	2e11                	jal	8000045c <probe>
8000014a:	ffca8613          	add	a2,s5,-4 # ffc <__stack_size-0xf004>
8000014e:	4681                	li	a3,0
80000150:	964e                	add	a2,a2,s3
80000152:	4581                	li	a1,0
80000154:	4501                	li	a0,0
80000156:	2619                	jal	8000045c <probe>
80000158:	469d                	li	a3,7
8000015a:	01098613          	add	a2,s3,16
8000015e:	4585                	li	a1,1
80000160:	4501                	li	a0,0
80000162:	2ced                	jal	8000045c <probe>
80000164:	4685                	li	a3,1
80000166:	02098613          	add	a2,s3,32
8000016a:	4589                	li	a1,2
8000016c:	4501                	li	a0,0
8000016e:	24fd                	jal	8000045c <probe>
80000170:	4681                	li	a3,0
80000172:	00848613          	add	a2,s1,8 # 80006008 <napot_page+0x8>
80000176:	4581                	li	a1,0
80000178:	4501                	li	a0,0
8000017a:	24cd                	jal	8000045c <probe>
8000017c:	4681                	li	a3,0
8000017e:	00c48613          	add	a2,s1,12
80000182:	4585                	li	a1,1
80000184:	4501                	li	a0,0
80000186:	2cd9                	jal	8000045c <probe>
80000188:	4685                	li	a3,1
8000018a:	04048613          	add	a2,s1,64
8000018e:	4589                	li	a1,2
80000190:	4501                	li	a0,0
80000192:	24e9                	jal	8000045c <probe>
80000194:	4695                	li	a3,5
80000196:	000b0613          	mv	a2,s6
8000019a:	4581                	li	a1,0
8000019c:	4501                	li	a0,0
8000019e:	2c7d                	jal	8000045c <probe>
800001a0:	469d                	li	a3,7
800001a2:	008a0613          	add	a2,s4,8
800001a6:	4585                	li	a1,1
800001a8:	4501                	li	a0,0
800001aa:	2c4d                	jal	8000045c <probe>
800001ac:	10000937          	lui	s2,0x10000
800001b0:	00590613          	add	a2,s2,5 # 10000005 <__ram_size+0xf000005>
800001b4:	4695                	li	a3,5
800001b6:	4581                	li	a1,0
800001b8:	4501                	li	a0,0
800001ba:	244d                	jal	8000045c <probe>
800001bc:	00790613          	add	a2,s2,7
800001c0:	469d                	li	a3,7
800001c2:	4585                	li	a1,1
800001c4:	4501                	li	a0,0
800001c6:	2c59                	jal	8000045c <probe>
800001c8:	00498913          	add	s2,s3,4
800001cc:	4681                	li	a3,0
800001ce:	864a                	mv	a2,s2
800001d0:	4581                	li	a1,0
800001d2:	4505                	li	a0,1
800001d4:	2461                	jal	8000045c <probe>
800001d6:	469d                	li	a3,7
800001d8:	864a                	mv	a2,s2
800001da:	4585                	li	a1,1
800001dc:	4505                	li	a0,1
800001de:	2cbd                	jal	8000045c <probe>
800001e0:	4695                	li	a3,5
800001e2:	00ca0613          	add	a2,s4,12
800001e6:	4581                	li	a1,0
800001e8:	4505                	li	a0,1
800001ea:	2c8d                	jal	8000045c <probe>
800001ec:	4681                	li	a3,0
800001ee:	01448613          	add	a2,s1,20
800001f2:	4585                	li	a1,1
800001f4:	4505                	li	a0,1
800001f6:	249d                	jal	8000045c <probe>
800001f8:	0109a603          	lw	a2,16(s3)
800001fc:	44cc                	lw	a1,12(s1)
800001fe:	80003537          	lui	a0,0x80003
80000202:	91450513          	add	a0,a0,-1772 # 80002914 <__text_end+0xae>
80000206:	71e000ef          	jal	80000924 <printf>
8000020a:	44d4                	lw	a3,12(s1)
8000020c:	5a5a67b7          	lui	a5,0x5a5a6
80000210:	a5a78793          	add	a5,a5,-1446 # 5a5a5a5a <__ram_size+0x595a5a5a>
80000214:	4705                	li	a4,1
80000216:	00f69663          	bne	a3,a5,80000222 <main+0x1d2>
8000021a:	0109a703          	lw	a4,16(s3)
8000021e:	00e03733          	snez	a4,a4
80000222:	800044b7          	lui	s1,0x80004
80000226:	0044a903          	lw	s2,4(s1) # 80004004 <fault_count>
8000022a:	00042783          	lw	a5,0(s0)
8000022e:	0044a603          	lw	a2,4(s1)
80000232:	600de5b7          	lui	a1,0x600de
80000236:	80003537          	lui	a0,0x80003
8000023a:	97ba                	add	a5,a5,a4
8000023c:	a7a58593          	add	a1,a1,-1414 # 600dda7a <__ram_size+0x5f0dda7a>
80000240:	41260633          	sub	a2,a2,s2
80000244:	94c50513          	add	a0,a0,-1716 # 8000294c <__text_end+0xe6>
80000248:	00f42023          	sw	a5,0(s0)
8000024c:	00ba2223          	sw	a1,4(s4)
80000250:	2dd1                	jal	80000924 <printf>
80000252:	0044a783          	lw	a5,4(s1)
80000256:	00042703          	lw	a4,0(s0)
8000025a:	40f907b3          	sub	a5,s2,a5
8000025e:	00f037b3          	snez	a5,a5
80000262:	97ba                	add	a5,a5,a4
80000264:	00f42023          	sw	a5,0(s0)
80000268:	6789                	lui	a5,0x2
8000026a:	80078793          	add	a5,a5,-2048 # 1800 <__stack_size-0xe800>
8000026e:	3007b073          	csrc	mstatus,a5
80000272:	4781                	li	a5,0
80000274:	00020737          	lui	a4,0x20
80000278:	30072073          	csrs	mstatus,a4
8000027c:	004a2783          	lw	a5,4(s4)
80000280:	30073073          	csrc	mstatus,a4
80000284:	0044a783          	lw	a5,4(s1)
80000288:	4581                	li	a1,0
8000028a:	00f90663          	beq	s2,a5,80000296 <main+0x246>
8000028e:	800047b7          	lui	a5,0x80004
80000292:	00c7a583          	lw	a1,12(a5) # 8000400c <fault_cause>
80000296:	80003537          	lui	a0,0x80003
8000029a:	98450513          	add	a0,a0,-1660 # 80002984 <__text_end+0x11e>
8000029e:	2559                	jal	80000924 <printf>
800002a0:	80004ab7          	lui	s5,0x80004
800002a4:	008aa503          	lw	a0,8(s5) # 80004008 <fault_tval>
800002a8:	800039b7          	lui	s3,0x80003
800002ac:	0905                	add	s2,s2,1
800002ae:	22b9                	jal	800003fc <print_addr>
800002b0:	a2898513          	add	a0,s3,-1496 # 80002a28 <__text_end+0x1c2>
800002b4:	2d85                	jal	80000924 <printf>
800002b6:	0044a783          	lw	a5,4(s1)
800002ba:	4705                	li	a4,1
800002bc:	00f91963          	bne	s2,a5,800002ce <main+0x27e>
800002c0:	800047b7          	lui	a5,0x80004
800002c4:	00c7a703          	lw	a4,12(a5) # 8000400c <fault_cause>
800002c8:	176d                	add	a4,a4,-5 # 1fffb <__stack_size+0xfffb>
800002ca:	00e03733          	snez	a4,a4
800002ce:	00042783          	lw	a5,0(s0)
800002d2:	0044a903          	lw	s2,4(s1)
800002d6:	97ba                	add	a5,a5,a4
800002d8:	00f42023          	sw	a5,0(s0)
800002dc:	800007b7          	lui	a5,0x80000
800002e0:	3a07a073          	csrs	pmpcfg0,a5
800002e4:	4781                	li	a5,0
800002e6:	004a2783          	lw	a5,4(s4)
800002ea:	0044a783          	lw	a5,4(s1)
800002ee:	4581                	li	a1,0
800002f0:	00f90663          	beq	s2,a5,800002fc <main+0x2ac>
800002f4:	800047b7          	lui	a5,0x80004
800002f8:	00c7a583          	lw	a1,12(a5) # 8000400c <fault_cause>
800002fc:	80003537          	lui	a0,0x80003
80000300:	9b450513          	add	a0,a0,-1612 # 800029b4 <__text_end+0x14e>
80000304:	2505                	jal	80000924 <printf>
80000306:	008aa503          	lw	a0,8(s5)
8000030a:	0905                	add	s2,s2,1
8000030c:	28c5                	jal	800003fc <print_addr>
8000030e:	a2898513          	add	a0,s3,-1496
80000312:	2d09                	jal	80000924 <printf>
80000314:	0044a783          	lw	a5,4(s1)
80000318:	4705                	li	a4,1
8000031a:	00f91963          	bne	s2,a5,8000032c <main+0x2dc>
8000031e:	800047b7          	lui	a5,0x80004
80000322:	00c7a703          	lw	a4,12(a5) # 8000400c <fault_cause>
80000326:	176d                	add	a4,a4,-5
80000328:	00e03733          	snez	a4,a4
8000032c:	00042783          	lw	a5,0(s0)
80000330:	97ba                	add	a5,a5,a4
80000332:	00f42023          	sw	a5,0(s0)
80000336:	ff0007b7          	lui	a5,0xff000
8000033a:	3a07b073          	csrc	pmpcfg0,a5
8000033e:	3a0025f3          	csrr	a1,pmpcfg0
80000342:	80003537          	lui	a0,0x80003
80000346:	81e1                	srl	a1,a1,0x18
80000348:	9e450513          	add	a0,a0,-1564 # 800029e4 <__text_end+0x17e>
8000034c:	2be1                	jal	80000924 <printf>
8000034e:	3a0024f3          	csrr	s1,pmpcfg0
80000352:	00042783          	lw	a5,0(s0)
80000356:	80e1                	srl	s1,s1,0x18
80000358:	f6848493          	add	s1,s1,-152
8000035c:	009034b3          	snez	s1,s1
80000360:	94be                	add	s1,s1,a5
80000362:	00942023          	sw	s1,0(s0)
80000366:	e095                	bnez	s1,8000038a <main+0x33a>
80000368:	80003537          	lui	a0,0x80003
8000036c:	a2c50513          	add	a0,a0,-1492 # 80002a2c <__text_end+0x1c6>
80000370:	2b55                	jal	80000924 <printf>
80000372:	50b2                	lw	ra,44(sp)
80000374:	5422                	lw	s0,40(sp)
80000376:	5902                	lw	s2,32(sp)
80000378:	49f2                	lw	s3,28(sp)
8000037a:	4a62                	lw	s4,24(sp)
8000037c:	4ad2                	lw	s5,20(sp)
8000037e:	4b42                	lw	s6,16(sp)
80000380:	4bb2                	lw	s7,12(sp)
80000382:	8526                	mv	a0,s1
80000384:	5492                	lw	s1,36(sp)
80000386:	6145                	add	sp,sp,48
80000388:	8082                	ret
8000038a:	80003537          	lui	a0,0x80003
8000038e:	85a6                	mv	a1,s1
80000390:	a1850513          	add	a0,a0,-1512 # 80002a18 <__text_end+0x1b2>
80000394:	2b41                	jal	80000924 <printf>
80000396:	4485                	li	s1,1
80000398:	bfe9                	j	80000372 <main+0x322>

8000039a <lower_entry>:
8000039a:	80004737          	lui	a4,0x80004
8000039e:	800047b7          	lui	a5,0x80004
800003a2:	0147a783          	lw	a5,20(a5) # 80004014 <probe_addr>
800003a6:	01872683          	lw	a3,24(a4) # 80004018 <probe_kind>
800003aa:	ea89                	bnez	a3,800003bc <lower_entry+0x22>
800003ac:	439c                	lw	a5,0(a5)
800003ae:	80004737          	lui	a4,0x80004
800003b2:	00f72823          	sw	a5,16(a4) # 80004010 <probe_value>
800003b6:	00000073          	ecall
800003ba:	8082                	ret
800003bc:	01872683          	lw	a3,24(a4)
800003c0:	4705                	li	a4,1
800003c2:	02e68063          	beq	a3,a4,800003e2 <lower_entry+0x48>
800003c6:	1141                	add	sp,sp,-16
800003c8:	c606                	sw	ra,12(sp)
800003ca:	000780e7          	jalr	a5
800003ce:	4781                	li	a5,0
800003d0:	80004737          	lui	a4,0x80004
800003d4:	00f72823          	sw	a5,16(a4) # 80004010 <probe_value>
800003d8:	00000073          	ecall
800003dc:	40b2                	lw	ra,12(sp)
800003de:	0141                	add	sp,sp,16
800003e0:	8082                	ret
800003e2:	5a5a6737          	lui	a4,0x5a5a6
800003e6:	a5a70713          	add	a4,a4,-1446 # 5a5a5a5a <__ram_size+0x595a5a5a>
800003ea:	c398                	sw	a4,0(a5)
800003ec:	4781                	li	a5,0
800003ee:	80004737          	lui	a4,0x80004
800003f2:	00f72823          	sw	a5,16(a4) # 80004010 <probe_value>
800003f6:	00000073          	ecall
800003fa:	8082                	ret

800003fc <print_addr>:
800003fc:	80007637          	lui	a2,0x80007
80000400:	00060613          	mv	a2,a2
80000404:	40c50633          	sub	a2,a0,a2
80000408:	6785                	lui	a5,0x1
8000040a:	85aa                	mv	a1,a0
8000040c:	02f66763          	bltu	a2,a5,8000043a <print_addr+0x3e>
80000410:	80006637          	lui	a2,0x80006
80000414:	00060613          	mv	a2,a2
80000418:	40c50633          	sub	a2,a0,a2
8000041c:	02f66c63          	bltu	a2,a5,80000454 <print_addr+0x58>
80000420:	80005637          	lui	a2,0x80005
80000424:	00060613          	mv	a2,a2
80000428:	40c50633          	sub	a2,a0,a2
8000042c:	02f66663          	bltu	a2,a5,80000458 <print_addr+0x5c>
80000430:	80003537          	lui	a0,0x80003
80000434:	86850513          	add	a0,a0,-1944 # 80002868 <__text_end+0x2>
80000438:	a1f5                	j	80000924 <printf>
8000043a:	4701                	li	a4,0
8000043c:	800037b7          	lui	a5,0x80003
80000440:	070e                	sll	a4,a4,0x3
80000442:	a6878793          	add	a5,a5,-1432 # 80002a68 <pages.0>
80000446:	97ba                	add	a5,a5,a4
80000448:	438c                	lw	a1,0(a5)
8000044a:	80003537          	lui	a0,0x80003
8000044e:	87050513          	add	a0,a0,-1936 # 80002870 <__text_end+0xa>
80000452:	a9c9                	j	80000924 <printf>
80000454:	4705                	li	a4,1
80000456:	b7dd                	j	8000043c <print_addr+0x40>
80000458:	4709                	li	a4,2
8000045a:	b7cd                	j	8000043c <print_addr+0x40>

8000045c <probe>:
8000045c:	800047b7          	lui	a5,0x80004
80000460:	0047a783          	lw	a5,4(a5) # 80004004 <fault_count>
80000464:	7179                	add	sp,sp,-48
80000466:	80004737          	lui	a4,0x80004
8000046a:	ca3e                	sw	a5,20(sp)
8000046c:	800047b7          	lui	a5,0x80004
80000470:	00b7ac23          	sw	a1,24(a5) # 80004018 <probe_kind>
80000474:	87aa                	mv	a5,a0
80000476:	80004537          	lui	a0,0x80004
8000047a:	00c72a23          	sw	a2,20(a4) # 80004014 <probe_addr>
8000047e:	ce3e                	sw	a5,28(sp)
80000480:	02050513          	add	a0,a0,32 # 80004020 <lower_context>
80000484:	800047b7          	lui	a5,0x80004
80000488:	d606                	sw	ra,44(sp)
8000048a:	d422                	sw	s0,40(sp)
8000048c:	d226                	sw	s1,36(sp)
8000048e:	c82e                	sw	a1,16(sp)
80000490:	cc32                	sw	a2,24(sp)
80000492:	c636                	sw	a3,12(sp)
80000494:	0007a823          	sw	zero,16(a5) # 80004010 <probe_value>
80000498:	2e51                	jal	8000082c <setjmp>
8000049a:	800047b7          	lui	a5,0x80004
8000049e:	55078793          	add	a5,a5,1360 # 80004550 <trap_stack+0x400>
800004a2:	ed45                	bnez	a0,8000055a <probe+0xfe>
800004a4:	6709                	lui	a4,0x2
800004a6:	80070713          	add	a4,a4,-2048 # 1800 <__stack_size-0xe800>
800004aa:	30073073          	csrc	mstatus,a4
800004ae:	4672                	lw	a2,28(sp)
800004b0:	80000737          	lui	a4,0x80000
800004b4:	4685                	li	a3,1
800004b6:	39a70713          	add	a4,a4,922 # 8000039a <lower_entry>
800004ba:	0ed60c63          	beq	a2,a3,800005b2 <probe+0x156>
800004be:	30052073          	csrs	mstatus,a0
800004c2:	34171073          	csrw	mepc,a4
800004c6:	30200073          	mret
800004ca:	34079073          	csrw	mscratch,a5
800004ce:	05500593          	li	a1,85
800004d2:	4742                	lw	a4,16(sp)
800004d4:	800037b7          	lui	a5,0x80003
800004d8:	a8078793          	add	a5,a5,-1408 # 80002a80 <kinds.1>
800004dc:	070a                	sll	a4,a4,0x2
800004de:	97ba                	add	a5,a5,a4
800004e0:	4390                	lw	a2,0(a5)
800004e2:	80003537          	lui	a0,0x80003
800004e6:	87850513          	add	a0,a0,-1928 # 80002878 <__text_end+0x12>
800004ea:	292d                	jal	80000924 <printf>
800004ec:	4562                	lw	a0,24(sp)
800004ee:	3739                	jal	800003fc <print_addr>
800004f0:	800047b7          	lui	a5,0x80004
800004f4:	0047a783          	lw	a5,4(a5) # 80004004 <fault_count>
800004f8:	4752                	lw	a4,20(sp)
800004fa:	00e78763          	beq	a5,a4,80000508 <probe+0xac>
800004fe:	800047b7          	lui	a5,0x80004
80000502:	00c7a403          	lw	s0,12(a5) # 8000400c <fault_cause>
80000506:	e03d                	bnez	s0,8000056c <probe+0x110>
80000508:	80003537          	lui	a0,0x80003
8000050c:	88450513          	add	a0,a0,-1916 # 80002884 <__text_end+0x1e>
80000510:	2911                	jal	80000924 <printf>
80000512:	47c2                	lw	a5,16(sp)
80000514:	c7c9                	beqz	a5,8000059e <probe+0x142>
80000516:	80003537          	lui	a0,0x80003
8000051a:	a2850513          	add	a0,a0,-1496 # 80002a28 <__text_end+0x1c2>
8000051e:	2119                	jal	80000924 <printf>
80000520:	47b2                	lw	a5,12(sp)
80000522:	eb91                	bnez	a5,80000536 <probe+0xda>
80000524:	800047b7          	lui	a5,0x80004
80000528:	0047a783          	lw	a5,4(a5) # 80004004 <fault_count>
8000052c:	46d2                	lw	a3,20(sp)
8000052e:	4705                	li	a4,1
80000530:	8f95                	sub	a5,a5,a3
80000532:	00f77f63          	bgeu	a4,a5,80000550 <probe+0xf4>
80000536:	45b2                	lw	a1,12(sp)
80000538:	80003537          	lui	a0,0x80003
8000053c:	89c50513          	add	a0,a0,-1892 # 8000289c <__text_end+0x36>
80000540:	26d5                	jal	80000924 <printf>
80000542:	80004737          	lui	a4,0x80004
80000546:	00072783          	lw	a5,0(a4) # 80004000 <failures>
8000054a:	0785                	add	a5,a5,1
8000054c:	00f72023          	sw	a5,0(a4)
80000550:	50b2                	lw	ra,44(sp)
80000552:	5422                	lw	s0,40(sp)
80000554:	5492                	lw	s1,36(sp)
80000556:	6145                	add	sp,sp,48
80000558:	8082                	ret
8000055a:	34079073          	csrw	mscratch,a5
8000055e:	4772                	lw	a4,28(sp)
80000560:	4785                	li	a5,1
80000562:	f6f716e3          	bne	a4,a5,800004ce <probe+0x72>
80000566:	05300593          	li	a1,83
8000056a:	b7a5                	j	800004d2 <probe+0x76>
8000056c:	80003537          	lui	a0,0x80003
80000570:	85a2                	mv	a1,s0
80000572:	8b450513          	add	a0,a0,-1868 # 800028b4 <__text_end+0x4e>
80000576:	267d                	jal	80000924 <printf>
80000578:	800044b7          	lui	s1,0x80004
8000057c:	0084a503          	lw	a0,8(s1) # 80004008 <fault_tval>
80000580:	3db5                	jal	800003fc <print_addr>
80000582:	80003537          	lui	a0,0x80003
80000586:	a2850513          	add	a0,a0,-1496 # 80002a28 <__text_end+0x1c2>
8000058a:	2e69                	jal	80000924 <printf>
8000058c:	47b2                	lw	a5,12(sp)
8000058e:	faf414e3          	bne	s0,a5,80000536 <probe+0xda>
80000592:	0084a783          	lw	a5,8(s1)
80000596:	4762                	lw	a4,24(sp)
80000598:	f8e79fe3          	bne	a5,a4,80000536 <probe+0xda>
8000059c:	b761                	j	80000524 <probe+0xc8>
8000059e:	800047b7          	lui	a5,0x80004
800005a2:	0107a583          	lw	a1,16(a5) # 80004010 <probe_value>
800005a6:	80003537          	lui	a0,0x80003
800005aa:	88c50513          	add	a0,a0,-1908 # 8000288c <__text_end+0x26>
800005ae:	2e9d                	jal	80000924 <printf>
800005b0:	b79d                	j	80000516 <probe+0xba>
800005b2:	6685                	lui	a3,0x1
800005b4:	80068693          	add	a3,a3,-2048 # 800 <__stack_size-0xf800>
800005b8:	3006a073          	csrs	mstatus,a3
800005bc:	34171073          	csrw	mepc,a4
800005c0:	30200073          	mret
800005c4:	34079073          	csrw	mscratch,a5
800005c8:	05300593          	li	a1,83
800005cc:	b719                	j	800004d2 <probe+0x76>

800005ce <trap_m_handler>:
800005ce:	1141                	add	sp,sp,-16
800005d0:	c606                	sw	ra,12(sp)
800005d2:	342027f3          	csrr	a5,mcause
800005d6:	341025f3          	csrr	a1,mepc
800005da:	4685                	li	a3,1
800005dc:	ff878713          	add	a4,a5,-8
800005e0:	06e6f763          	bgeu	a3,a4,8000064e <trap_m_handler+0x80>
800005e4:	471d                	li	a4,7
800005e6:	00f76863          	bltu	a4,a5,800005f6 <trap_m_handler+0x28>
800005ea:	0a200713          	li	a4,162
800005ee:	00f75733          	srl	a4,a4,a5
800005f2:	8b05                	and	a4,a4,1
800005f4:	e709                	bnez	a4,800005fe <trap_m_handler+0x30>
800005f6:	34302673          	csrr	a2,mtval
800005fa:	853e                	mv	a0,a5
800005fc:	22e9                	jal	800007c6 <bare_unexpected_trap>
800005fe:	80004737          	lui	a4,0x80004
80000602:	00f72623          	sw	a5,12(a4) # 8000400c <fault_cause>
80000606:	34302673          	csrr	a2,mtval
8000060a:	80004737          	lui	a4,0x80004
8000060e:	00c72423          	sw	a2,8(a4) # 80004008 <fault_tval>
80000612:	80004637          	lui	a2,0x80004
80000616:	00462703          	lw	a4,4(a2) # 80004004 <fault_count>
8000061a:	0705                	add	a4,a4,1
8000061c:	00e62223          	sw	a4,4(a2)
80000620:	02d78163          	beq	a5,a3,80000642 <trap_m_handler+0x74>
80000624:	0005d783          	lhu	a5,0(a1)
80000628:	468d                	li	a3,3
8000062a:	4709                	li	a4,2
8000062c:	8b8d                	and	a5,a5,3
8000062e:	00d78863          	beq	a5,a3,8000063e <trap_m_handler+0x70>
80000632:	95ba                	add	a1,a1,a4
80000634:	34159073          	csrw	mepc,a1
80000638:	40b2                	lw	ra,12(sp)
8000063a:	0141                	add	sp,sp,16
8000063c:	8082                	ret
8000063e:	4711                	li	a4,4
80000640:	bfcd                	j	80000632 <trap_m_handler+0x64>
80000642:	414c                	lw	a1,4(a0)
80000644:	34159073          	csrw	mepc,a1
80000648:	40b2                	lw	ra,12(sp)
8000064a:	0141                	add	sp,sp,16
8000064c:	8082                	ret
8000064e:	80004537          	lui	a0,0x80004
80000652:	4585                	li	a1,1
80000654:	02050513          	add	a0,a0,32 # 80004020 <lower_context>
80000658:	2431                	jal	80000864 <longjmp>
	...

8000065c <trap_m_entry>:
8000065c:	34011173          	csrrw	sp,mscratch,sp
80000660:	7119                	add	sp,sp,-128
80000662:	c206                	sw	ra,4(sp)
80000664:	c60e                	sw	gp,12(sp)
80000666:	c812                	sw	tp,16(sp)
80000668:	ca16                	sw	t0,20(sp)
8000066a:	cc1a                	sw	t1,24(sp)
8000066c:	ce1e                	sw	t2,28(sp)
8000066e:	d022                	sw	s0,32(sp)
80000670:	d226                	sw	s1,36(sp)
80000672:	d42a                	sw	a0,40(sp)
80000674:	d62e                	sw	a1,44(sp)
80000676:	d832                	sw	a2,48(sp)
80000678:	da36                	sw	a3,52(sp)
8000067a:	dc3a                	sw	a4,56(sp)
8000067c:	de3e                	sw	a5,60(sp)
8000067e:	c0c2                	sw	a6,64(sp)
80000680:	c2c6                	sw	a7,68(sp)
80000682:	c4ca                	sw	s2,72(sp)
80000684:	c6ce                	sw	s3,76(sp)
80000686:	c8d2                	sw	s4,80(sp)
80000688:	cad6                	sw	s5,84(sp)
8000068a:	ccda                	sw	s6,88(sp)
8000068c:	cede                	sw	s7,92(sp)
8000068e:	d0e2                	sw	s8,96(sp)
80000690:	d2e6                	sw	s9,100(sp)
80000692:	d4ea                	sw	s10,104(sp)
80000694:	d6ee                	sw	s11,108(sp)
80000696:	d8f2                	sw	t3,112(sp)
80000698:	daf6                	sw	t4,116(sp)
8000069a:	dcfa                	sw	t5,120(sp)
8000069c:	defe                	sw	t6,124(sp)
8000069e:	340022f3          	csrr	t0,mscratch
800006a2:	c416                	sw	t0,8(sp)
800006a4:	c002                	sw	zero,0(sp)
800006a6:	850a                	mv	a0,sp
800006a8:	371d                	jal	800005ce <trap_m_handler>
800006aa:	08010293          	add	t0,sp,128
800006ae:	34029073          	csrw	mscratch,t0
800006b2:	4092                	lw	ra,4(sp)
800006b4:	41b2                	lw	gp,12(sp)
800006b6:	4242                	lw	tp,16(sp)
800006b8:	42d2                	lw	t0,20(sp)
800006ba:	4362                	lw	t1,24(sp)
800006bc:	43f2                	lw	t2,28(sp)
800006be:	5402                	lw	s0,32(sp)
800006c0:	5492                	lw	s1,36(sp)
800006c2:	5522                	lw	a0,40(sp)
800006c4:	55b2                	lw	a1,44(sp)
800006c6:	5642                	lw	a2,48(sp)
800006c8:	56d2                	lw	a3,52(sp)
800006ca:	5762                	lw	a4,56(sp)
800006cc:	57f2                	lw	a5,60(sp)
800006ce:	4806                	lw	a6,64(sp)
800006d0:	4896                	lw	a7,68(sp)
800006d2:	4926                	lw	s2,72(sp)
800006d4:	49b6                	lw	s3,76(sp)
800006d6:	4a46                	lw	s4,80(sp)
800006d8:	4ad6                	lw	s5,84(sp)
800006da:	4b66                	lw	s6,88(sp)
800006dc:	4bf6                	lw	s7,92(sp)
800006de:	5c06                	lw	s8,96(sp)
800006e0:	5c96                	lw	s9,100(sp)
800006e2:	5d26                	lw	s10,104(sp)
800006e4:	5db6                	lw	s11,108(sp)
800006e6:	5e46                	lw	t3,112(sp)
800006e8:	5ed6                	lw	t4,116(sp)
800006ea:	5f66                	lw	t5,120(sp)
800006ec:	5ff6                	lw	t6,124(sp)
800006ee:	4122                	lw	sp,8(sp)
800006f0:	30200073          	mret

800006f4 <bare_default_trap>:
800006f4:	01000117          	auipc	sp,0x1000
800006f8:	90c10113          	add	sp,sp,-1780 # 81000000 <__stack_top>
800006fc:	34202573          	csrr	a0,mcause
80000700:	341025f3          	csrr	a1,mepc
80000704:	34302673          	csrr	a2,mtval
80000708:	287d                	jal	800007c6 <bare_unexpected_trap>
8000070a:	a001                	j	8000070a <bare_default_trap+0x16>

8000070c <uart_stdio_put>:
8000070c:	10000737          	lui	a4,0x10000
80000710:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000714:	0207f793          	and	a5,a5,32
80000718:	dfe5                	beqz	a5,80000710 <uart_stdio_put+0x4>
8000071a:	00a70023          	sb	a0,0(a4)
8000071e:	8082                	ret

80000720 <bare_puts>:
80000720:	00054683          	lbu	a3,0(a0)
80000724:	ce91                	beqz	a3,80000740 <bare_puts+0x20>
80000726:	10000737          	lui	a4,0x10000
8000072a:	0505                	add	a0,a0,1
8000072c:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000730:	0207f793          	and	a5,a5,32
80000734:	dfe5                	beqz	a5,8000072c <bare_puts+0xc>
80000736:	00d70023          	sb	a3,0(a4)
8000073a:	00054683          	lbu	a3,0(a0)
8000073e:	f6f5                	bnez	a3,8000072a <bare_puts+0xa>
80000740:	8082                	ret

80000742 <bare_put_hex>:
80000742:	800036b7          	lui	a3,0x80003
80000746:	03000613          	li	a2,48
8000074a:	a8c68693          	add	a3,a3,-1396 # 80002a8c <kinds.1+0xc>
8000074e:	10000737          	lui	a4,0x10000
80000752:	0685                	add	a3,a3,1
80000754:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000758:	0207f793          	and	a5,a5,32
8000075c:	dfe5                	beqz	a5,80000754 <bare_put_hex+0x12>
8000075e:	00c70023          	sb	a2,0(a4)
80000762:	0006c603          	lbu	a2,0(a3)
80000766:	f675                	bnez	a2,80000752 <bare_put_hex+0x10>
80000768:	800035b7          	lui	a1,0x80003
8000076c:	46f1                	li	a3,28
8000076e:	a9058593          	add	a1,a1,-1392 # 80002a90 <kinds.1+0x10>
80000772:	10000737          	lui	a4,0x10000
80000776:	5871                	li	a6,-4
80000778:	00d557b3          	srl	a5,a0,a3
8000077c:	8bbd                	and	a5,a5,15
8000077e:	97ae                	add	a5,a5,a1
80000780:	0007c603          	lbu	a2,0(a5)
80000784:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000788:	0207f793          	and	a5,a5,32
8000078c:	dfe5                	beqz	a5,80000784 <bare_put_hex+0x42>
8000078e:	00c70023          	sb	a2,0(a4)
80000792:	16f1                	add	a3,a3,-4
80000794:	ff0692e3          	bne	a3,a6,80000778 <bare_put_hex+0x36>
80000798:	8082                	ret

8000079a <bare_exit>:
8000079a:	cd19                	beqz	a0,800007b8 <bare_exit+0x1e>
8000079c:	670d                	lui	a4,0x3
8000079e:	01051793          	sll	a5,a0,0x10
800007a2:	33370713          	add	a4,a4,819 # 3333 <__stack_size-0xcccd>
800007a6:	8fd9                	or	a5,a5,a4
800007a8:	00100737          	lui	a4,0x100
800007ac:	c31c                	sw	a5,0(a4)
800007ae:	10500073          	wfi
800007b2:	10500073          	wfi
800007b6:	bfe5                	j	800007ae <bare_exit+0x14>
800007b8:	6795                	lui	a5,0x5
800007ba:	55578793          	add	a5,a5,1365 # 5555 <__stack_size-0xaaab>
800007be:	b7ed                	j	800007a8 <bare_exit+0xe>

800007c0 <_exit>:
800007c0:	1141                	add	sp,sp,-16
800007c2:	c606                	sw	ra,12(sp)
800007c4:	3fd9                	jal	8000079a <bare_exit>

800007c6 <bare_unexpected_trap>:
800007c6:	1141                	add	sp,sp,-16
800007c8:	c04a                	sw	s2,0(sp)
800007ca:	892a                	mv	s2,a0
800007cc:	80003537          	lui	a0,0x80003
800007d0:	aa450513          	add	a0,a0,-1372 # 80002aa4 <kinds.1+0x24>
800007d4:	c606                	sw	ra,12(sp)
800007d6:	c422                	sw	s0,8(sp)
800007d8:	c226                	sw	s1,4(sp)
800007da:	8432                	mv	s0,a2
800007dc:	84ae                	mv	s1,a1
800007de:	3789                	jal	80000720 <bare_puts>
800007e0:	854a                	mv	a0,s2
800007e2:	3785                	jal	80000742 <bare_put_hex>
800007e4:	80003537          	lui	a0,0x80003
800007e8:	abc50513          	add	a0,a0,-1348 # 80002abc <kinds.1+0x3c>
800007ec:	3f15                	jal	80000720 <bare_puts>
800007ee:	8526                	mv	a0,s1
800007f0:	3f89                	jal	80000742 <bare_put_hex>
800007f2:	80003537          	lui	a0,0x80003
800007f6:	ac450513          	add	a0,a0,-1340 # 80002ac4 <kinds.1+0x44>
800007fa:	371d                	jal	80000720 <bare_puts>
800007fc:	8522                	mv	a0,s0
800007fe:	3791                	jal	80000742 <bare_put_hex>
80000800:	10000737          	lui	a4,0x10000
80000804:	00574783          	lbu	a5,5(a4) # 10000005 <__ram_size+0xf000005>
80000808:	0207f793          	and	a5,a5,32
8000080c:	dfe5                	beqz	a5,80000804 <bare_unexpected_trap+0x3e>
8000080e:	47a9                	li	a5,10
80000810:	00f70023          	sb	a5,0(a4)
80000814:	006337b7          	lui	a5,0x633
80000818:	00100737          	lui	a4,0x100
8000081c:	33378793          	add	a5,a5,819 # 633333 <__stack_size+0x623333>
80000820:	c31c                	sw	a5,0(a4)
80000822:	10500073          	wfi
80000826:	10500073          	wfi
8000082a:	bfe5                	j	80000822 <bare_unexpected_trap+0x5c>

8000082c <setjmp>:
8000082c:	00152023          	sw	ra,0(a0)
80000830:	c140                	sw	s0,4(a0)
80000832:	c504                	sw	s1,8(a0)
80000834:	01252623          	sw	s2,12(a0)
80000838:	01352823          	sw	s3,16(a0)
8000083c:	01452a23          	sw	s4,20(a0)
80000840:	01552c23          	sw	s5,24(a0)
80000844:	01652e23          	sw	s6,28(a0)
80000848:	03752023          	sw	s7,32(a0)
8000084c:	03852223          	sw	s8,36(a0)
80000850:	03952423          	sw	s9,40(a0)
80000854:	03a52623          	sw	s10,44(a0)
80000858:	03b52823          	sw	s11,48(a0)
8000085c:	02252a23          	sw	sp,52(a0)
80000860:	4501                	li	a0,0
80000862:	8082                	ret

80000864 <longjmp>:
80000864:	00052083          	lw	ra,0(a0)
80000868:	4140                	lw	s0,4(a0)
8000086a:	4504                	lw	s1,8(a0)
8000086c:	00c52903          	lw	s2,12(a0)
80000870:	01052983          	lw	s3,16(a0)
80000874:	01452a03          	lw	s4,20(a0)
80000878:	01852a83          	lw	s5,24(a0)
8000087c:	01c52b03          	lw	s6,28(a0)
80000880:	02052b83          	lw	s7,32(a0)
80000884:	02452c03          	lw	s8,36(a0)
80000888:	02852c83          	lw	s9,40(a0)
8000088c:	02c52d03          	lw	s10,44(a0)
80000890:	03052d83          	lw	s11,48(a0)
80000894:	03452103          	lw	sp,52(a0)
80000898:	0015b513          	seqz	a0,a1
8000089c:	952e                	add	a0,a0,a1
8000089e:	8082                	ret

800008a0 <__libc_init_array>:
800008a0:	797012ef          	jal	t0,80002836 <__riscv_save_0>
800008a4:	800034b7          	lui	s1,0x80003
800008a8:	80003437          	lui	s0,0x80003
800008ac:	fb848793          	add	a5,s1,-72 # 80002fb8 <__fini_array_end>
800008b0:	fb840413          	add	s0,s0,-72 # 80002fb8 <__fini_array_end>
800008b4:	8c1d                	sub	s0,s0,a5
800008b6:	8409                	sra	s0,s0,0x2
800008b8:	fb848493          	add	s1,s1,-72
800008bc:	4901                	li	s2,0
800008be:	02891a63          	bne	s2,s0,800008f2 <__libc_init_array+0x52>
800008c2:	00000793          	li	a5,0
800008c6:	c789                	beqz	a5,800008d0 <__libc_init_array+0x30>
800008c8:	00000097          	auipc	ra,0x0
800008cc:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800008d0:	800034b7          	lui	s1,0x80003
800008d4:	80003437          	lui	s0,0x80003
800008d8:	fb848793          	add	a5,s1,-72 # 80002fb8 <__fini_array_end>
800008dc:	fb840413          	add	s0,s0,-72 # 80002fb8 <__fini_array_end>
800008e0:	8c1d                	sub	s0,s0,a5
800008e2:	8409                	sra	s0,s0,0x2
800008e4:	fb848493          	add	s1,s1,-72
800008e8:	4901                	li	s2,0
800008ea:	00891963          	bne	s2,s0,800008fc <__libc_init_array+0x5c>
800008ee:	76d0106f          	j	8000285a <__riscv_restore_0>
800008f2:	409c                	lw	a5,0(s1)
800008f4:	0905                	add	s2,s2,1
800008f6:	0491                	add	s1,s1,4
800008f8:	9782                	jalr	a5
800008fa:	b7d1                	j	800008be <__libc_init_array+0x1e>
800008fc:	409c                	lw	a5,0(s1)
800008fe:	0905                	add	s2,s2,1
80000900:	0491                	add	s1,s1,4
80000902:	9782                	jalr	a5
80000904:	b7dd                	j	800008ea <__libc_init_array+0x4a>

80000906 <exit>:
80000906:	731012ef          	jal	t0,80002836 <__riscv_save_0>
8000090a:	00000793          	li	a5,0
8000090e:	842a                	mv	s0,a0
80000910:	c791                	beqz	a5,8000091c <exit+0x16>
80000912:	4581                	li	a1,0
80000914:	00000097          	auipc	ra,0x0
80000918:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
8000091c:	796010ef          	jal	800020b2 <__libc_fini_array>
80000920:	8522                	mv	a0,s0
80000922:	3d79                	jal	800007c0 <_exit>

80000924 <printf>:
80000924:	7139                	add	sp,sp,-64
80000926:	da3e                	sw	a5,52(sp)
80000928:	800037b7          	lui	a5,0x80003
8000092c:	d22e                	sw	a1,36(sp)
8000092e:	85aa                	mv	a1,a0
80000930:	fac7a503          	lw	a0,-84(a5) # 80002fac <stdout>
80000934:	d432                	sw	a2,40(sp)
80000936:	1050                	add	a2,sp,36
80000938:	ce06                	sw	ra,28(sp)
8000093a:	d636                	sw	a3,44(sp)
8000093c:	d83a                	sw	a4,48(sp)
8000093e:	dc42                	sw	a6,56(sp)
80000940:	de46                	sw	a7,60(sp)
80000942:	c632                	sw	a2,12(sp)
80000944:	2411                	jal	80000b48 <__d_vfprintf>
80000946:	40f2                	lw	ra,28(sp)
80000948:	6121                	add	sp,sp,64
8000094a:	8082                	ret

8000094c <__ultoa_invert>:
8000094c:	6c3012ef          	jal	t0,8000280e <__riscv_save_10>
80000950:	2006f793          	and	a5,a3,512
80000954:	89aa                	mv	s3,a0
80000956:	8a2e                	mv	s4,a1
80000958:	8932                	mv	s2,a2
8000095a:	84b6                	mv	s1,a3
8000095c:	02700b13          	li	s6,39
80000960:	c781                	beqz	a5,80000968 <__ultoa_invert+0x1c>
80000962:	dff6f493          	and	s1,a3,-513
80000966:	4b1d                	li	s6,7
80000968:	41f4da93          	sra	s5,s1,0x1f
8000096c:	4ca5                	li	s9,9
8000096e:	8626                	mv	a2,s1
80000970:	86d6                	mv	a3,s5
80000972:	854e                	mv	a0,s3
80000974:	85d2                	mv	a1,s4
80000976:	369010ef          	jal	800024de <__umoddi3>
8000097a:	85d2                	mv	a1,s4
8000097c:	0ff57413          	zext.b	s0,a0
80000980:	8626                	mv	a2,s1
80000982:	854e                	mv	a0,s3
80000984:	86d6                	mv	a3,s5
80000986:	7fa010ef          	jal	80002180 <__udivdi3>
8000098a:	8c4e                	mv	s8,s3
8000098c:	8bd2                	mv	s7,s4
8000098e:	89aa                	mv	s3,a0
80000990:	8a2e                	mv	s4,a1
80000992:	008cf563          	bgeu	s9,s0,8000099c <__ultoa_invert+0x50>
80000996:	945a                	add	s0,s0,s6
80000998:	0ff47413          	zext.b	s0,s0
8000099c:	0905                	add	s2,s2,1
8000099e:	03040413          	add	s0,s0,48
800009a2:	fe890fa3          	sb	s0,-1(s2)
800009a6:	015be663          	bltu	s7,s5,800009b2 <__ultoa_invert+0x66>
800009aa:	fd7a92e3          	bne	s5,s7,8000096e <__ultoa_invert+0x22>
800009ae:	fc9c70e3          	bgeu	s8,s1,8000096e <__ultoa_invert+0x22>
800009b2:	854a                	mv	a0,s2
800009b4:	6930106f          	j	80002846 <__riscv_restore_10>

800009b8 <skip_to_arg>:
800009b8:	657012ef          	jal	t0,8000280e <__riscv_save_10>
800009bc:	4305                	li	t1,1
800009be:	02500f13          	li	t5,37
800009c2:	88aa                	mv	a7,a0
800009c4:	00c34463          	blt	t1,a2,800009cc <skip_to_arg+0x14>
800009c8:	67f0106f          	j	80002846 <__riscv_restore_10>
800009cc:	87c6                	mv	a5,a7
800009ce:	88be                	mv	a7,a5
800009d0:	0007c703          	lbu	a4,0(a5)
800009d4:	0785                	add	a5,a5,1
800009d6:	db6d                	beqz	a4,800009c8 <skip_to_arg+0x10>
800009d8:	ffe71be3          	bne	a4,t5,800009ce <skip_to_arg+0x16>
800009dc:	0007c703          	lbu	a4,0(a5)
800009e0:	0889                	add	a7,a7,2
800009e2:	ffe705e3          	beq	a4,t5,800009cc <skip_to_arg+0x14>
800009e6:	6ecd                	lui	t4,0x13
800009e8:	4681                	li	a3,0
800009ea:	4e01                	li	t3,0
800009ec:	4781                	li	a5,0
800009ee:	42fd                	li	t0,31
800009f0:	06c00f93          	li	t6,108
800009f4:	07400393          	li	t2,116
800009f8:	07a00413          	li	s0,122
800009fc:	06800493          	li	s1,104
80000a00:	06a00913          	li	s2,106
80000a04:	04c00993          	li	s3,76
80000a08:	4a25                	li	s4,9
80000a0a:	02400a93          	li	s5,36
80000a0e:	07f00b13          	li	s6,127
80000a12:	4bc1                	li	s7,16
80000a14:	889e8e93          	add	t4,t4,-1911 # 12889 <__stack_size+0x2889>
80000a18:	04f2e263          	bltu	t0,a5,80000a5c <skip_to_arg+0xa4>
80000a1c:	fe070813          	add	a6,a4,-32 # fffe0 <__stack_size+0xeffe0>
80000a20:	0ff87813          	zext.b	a6,a6
80000a24:	030bf163          	bgeu	s7,a6,80000a46 <skip_to_arg+0x8e>
80000a28:	fd070813          	add	a6,a4,-48
80000a2c:	0ff87813          	zext.b	a6,a6
80000a30:	4c25                	li	s8,9
80000a32:	050c6563          	bltu	s8,a6,80000a7c <skip_to_arg+0xc4>
80000a36:	47a9                	li	a5,10
80000a38:	02f687b3          	mul	a5,a3,a5
80000a3c:	00f806b3          	add	a3,a6,a5
80000a40:	02000793          	li	a5,32
80000a44:	a039                	j	80000a52 <skip_to_arg+0x9a>
80000a46:	010ed833          	srl	a6,t4,a6
80000a4a:	00187813          	and	a6,a6,1
80000a4e:	00080963          	beqz	a6,80000a60 <skip_to_arg+0xa8>
80000a52:	0008c703          	lbu	a4,0(a7)
80000a56:	0885                	add	a7,a7,1
80000a58:	f361                	bnez	a4,80000a18 <skip_to_arg+0x60>
80000a5a:	a8b1                	j	80000ab6 <skip_to_arg+0xfe>
80000a5c:	04fb6363          	bltu	s6,a5,80000aa2 <skip_to_arg+0xea>
80000a60:	fd070813          	add	a6,a4,-48
80000a64:	0ff87813          	zext.b	a6,a6
80000a68:	fd0a77e3          	bgeu	s4,a6,80000a36 <skip_to_arg+0x7e>
80000a6c:	03571563          	bne	a4,s5,80000a96 <skip_to_arg+0xde>
80000a70:	0a0e0063          	beqz	t3,80000b10 <skip_to_arg+0x158>
80000a74:	0a668063          	beq	a3,t1,80000b14 <skip_to_arg+0x15c>
80000a78:	4681                	li	a3,0
80000a7a:	bfe1                	j	80000a52 <skip_to_arg+0x9a>
80000a7c:	0fb77813          	and	a6,a4,251
80000a80:	02a00c13          	li	s8,42
80000a84:	ff880ae3          	beq	a6,s8,80000a78 <skip_to_arg+0xc0>
80000a88:	06c00813          	li	a6,108
80000a8c:	01071d63          	bne	a4,a6,80000aa6 <skip_to_arg+0xee>
80000a90:	0807e793          	or	a5,a5,128
80000a94:	bf7d                	j	80000a52 <skip_to_arg+0x9a>
80000a96:	0fb77813          	and	a6,a4,251
80000a9a:	02a00c13          	li	s8,42
80000a9e:	fd880de3          	beq	a6,s8,80000a78 <skip_to_arg+0xc0>
80000aa2:	05f70663          	beq	a4,t6,80000aee <skip_to_arg+0x136>
80000aa6:	02efef63          	bltu	t6,a4,80000ae4 <skip_to_arg+0x12c>
80000aaa:	04970863          	beq	a4,s1,80000afa <skip_to_arg+0x142>
80000aae:	05270e63          	beq	a4,s2,80000b0a <skip_to_arg+0x152>
80000ab2:	05370c63          	beq	a4,s3,80000b0a <skip_to_arg+0x152>
80000ab6:	f00e09e3          	beqz	t3,800009c8 <skip_to_arg+0x10>
80000aba:	f06e15e3          	bne	t3,t1,800009c4 <skip_to_arg+0xc>
80000abe:	02076893          	or	a7,a4,32
80000ac2:	f9b88813          	add	a6,a7,-101
80000ac6:	0ff87813          	zext.b	a6,a6
80000aca:	4e09                	li	t3,2
80000acc:	4194                	lw	a3,0(a1)
80000ace:	010e7663          	bgeu	t3,a6,80000ada <skip_to_arg+0x122>
80000ad2:	06100813          	li	a6,97
80000ad6:	05089263          	bne	a7,a6,80000b1a <skip_to_arg+0x162>
80000ada:	069d                	add	a3,a3,7
80000adc:	9ae1                	and	a3,a3,-8
80000ade:	00868713          	add	a4,a3,8
80000ae2:	a091                	j	80000b26 <skip_to_arg+0x16e>
80000ae4:	f67707e3          	beq	a4,t2,80000a52 <skip_to_arg+0x9a>
80000ae8:	f68705e3          	beq	a4,s0,80000a52 <skip_to_arg+0x9a>
80000aec:	b7e9                	j	80000ab6 <skip_to_arg+0xfe>
80000aee:	0807f713          	and	a4,a5,128
80000af2:	df59                	beqz	a4,80000a90 <skip_to_arg+0xd8>
80000af4:	2007e793          	or	a5,a5,512
80000af8:	bf61                	j	80000a90 <skip_to_arg+0xd8>
80000afa:	1007f713          	and	a4,a5,256
80000afe:	c319                	beqz	a4,80000b04 <skip_to_arg+0x14c>
80000b00:	2007e793          	or	a5,a5,512
80000b04:	1007e793          	or	a5,a5,256
80000b08:	b7a9                	j	80000a52 <skip_to_arg+0x9a>
80000b0a:	2807e793          	or	a5,a5,640
80000b0e:	b791                	j	80000a52 <skip_to_arg+0x9a>
80000b10:	8e36                	mv	t3,a3
80000b12:	b79d                	j	80000a78 <skip_to_arg+0xc0>
80000b14:	06300713          	li	a4,99
80000b18:	b75d                	j	80000abe <skip_to_arg+0x106>
80000b1a:	06300813          	li	a6,99
80000b1e:	01071763          	bne	a4,a6,80000b2c <skip_to_arg+0x174>
80000b22:	00468713          	add	a4,a3,4
80000b26:	c198                	sw	a4,0(a1)
80000b28:	0305                	add	t1,t1,1
80000b2a:	bd61                	j	800009c2 <skip_to_arg+0xa>
80000b2c:	07300813          	li	a6,115
80000b30:	ff0709e3          	beq	a4,a6,80000b22 <skip_to_arg+0x16a>
80000b34:	0807f813          	and	a6,a5,128
80000b38:	00468713          	add	a4,a3,4
80000b3c:	fe0805e3          	beqz	a6,80000b26 <skip_to_arg+0x16e>
80000b40:	2007f793          	and	a5,a5,512
80000b44:	d3ed                	beqz	a5,80000b26 <skip_to_arg+0x16e>
80000b46:	bf51                	j	80000ada <skip_to_arg+0x122>

80000b48 <__d_vfprintf>:
80000b48:	4bf012ef          	jal	t0,80002806 <__riscv_save_12>
80000b4c:	00454783          	lbu	a5,4(a0)
80000b50:	7139                	add	sp,sp,-64
80000b52:	c02a                	sw	a0,0(sp)
80000b54:	c42e                	sw	a1,8(sp)
80000b56:	c632                	sw	a2,12(sp)
80000b58:	8b89                	and	a5,a5,2
80000b5a:	00852a03          	lw	s4,8(a0)
80000b5e:	c785                	beqz	a5,80000b86 <__d_vfprintf+0x3e>
80000b60:	d232                	sw	a2,36(sp)
80000b62:	87ae                	mv	a5,a1
80000b64:	4401                	li	s0,0
80000b66:	0007c903          	lbu	s2,0(a5)
80000b6a:	00090f63          	beqz	s2,80000b88 <__d_vfprintf+0x40>
80000b6e:	02500713          	li	a4,37
80000b72:	00e90f63          	beq	s2,a4,80000b90 <__d_vfprintf+0x48>
80000b76:	0785                	add	a5,a5,1
80000b78:	c23e                	sw	a5,4(sp)
80000b7a:	4582                	lw	a1,0(sp)
80000b7c:	854a                	mv	a0,s2
80000b7e:	0405                	add	s0,s0,1
80000b80:	9a02                	jalr	s4
80000b82:	280552e3          	bgez	a0,80001606 <__d_vfprintf+0xabe>
80000b86:	547d                	li	s0,-1
80000b88:	8522                	mv	a0,s0
80000b8a:	6121                	add	sp,sp,64
80000b8c:	4b70106f          	j	80002842 <__riscv_restore_12>
80000b90:	0017c903          	lbu	s2,1(a5)
80000b94:	00278713          	add	a4,a5,2
80000b98:	c23a                	sw	a4,4(sp)
80000b9a:	02500793          	li	a5,37
80000b9e:	fcf90ee3          	beq	s2,a5,80000b7a <__d_vfprintf+0x32>
80000ba2:	800034b7          	lui	s1,0x80003
80000ba6:	4a81                	li	s5,0
80000ba8:	4d01                	li	s10,0
80000baa:	4b01                	li	s6,0
80000bac:	4d81                	li	s11,0
80000bae:	06c00993          	li	s3,108
80000bb2:	07400b93          	li	s7,116
80000bb6:	07a00c13          	li	s8,122
80000bba:	06800c93          	li	s9,104
80000bbe:	adc48493          	add	s1,s1,-1316 # 80002adc <kinds.1+0x5c>
80000bc2:	47fd                	li	a5,31
80000bc4:	07b7e163          	bltu	a5,s11,80000c26 <__d_vfprintf+0xde>
80000bc8:	fe090793          	add	a5,s2,-32
80000bcc:	0ff7f793          	zext.b	a5,a5
80000bd0:	4741                	li	a4,16
80000bd2:	00f76663          	bltu	a4,a5,80000bde <__d_vfprintf+0x96>
80000bd6:	078a                	sll	a5,a5,0x2
80000bd8:	97a6                	add	a5,a5,s1
80000bda:	439c                	lw	a5,0(a5)
80000bdc:	8782                	jr	a5
80000bde:	fd090793          	add	a5,s2,-48
80000be2:	0ff7f793          	zext.b	a5,a5
80000be6:	4725                	li	a4,9
80000be8:	06f76463          	bltu	a4,a5,80000c50 <__d_vfprintf+0x108>
80000bec:	46a9                	li	a3,10
80000bee:	02db06b3          	mul	a3,s6,a3
80000bf2:	00f68b33          	add	s6,a3,a5
80000bf6:	020ded93          	or	s11,s11,32
80000bfa:	a019                	j	80000c00 <__d_vfprintf+0xb8>
80000bfc:	001ded93          	or	s11,s11,1
80000c00:	4792                	lw	a5,4(sp)
80000c02:	0007c903          	lbu	s2,0(a5)
80000c06:	0785                	add	a5,a5,1
80000c08:	c23e                	sw	a5,4(sp)
80000c0a:	fa091ce3          	bnez	s2,80000bc2 <__d_vfprintf+0x7a>
80000c0e:	a0dd                	j	80000cf4 <__d_vfprintf+0x1ac>
80000c10:	002ded93          	or	s11,s11,2
80000c14:	004ded93          	or	s11,s11,4
80000c18:	b7e5                	j	80000c00 <__d_vfprintf+0xb8>
80000c1a:	008ded93          	or	s11,s11,8
80000c1e:	b7cd                	j	80000c00 <__d_vfprintf+0xb8>
80000c20:	010ded93          	or	s11,s11,16
80000c24:	bff1                	j	80000c00 <__d_vfprintf+0xb8>
80000c26:	07f00793          	li	a5,127
80000c2a:	0bb7e763          	bltu	a5,s11,80000cd8 <__d_vfprintf+0x190>
80000c2e:	fd090693          	add	a3,s2,-48
80000c32:	0ff6f693          	zext.b	a3,a3
80000c36:	47a5                	li	a5,9
80000c38:	00d7ec63          	bltu	a5,a3,80000c50 <__d_vfprintf+0x108>
80000c3c:	040df613          	and	a2,s11,64
80000c40:	87b6                	mv	a5,a3
80000c42:	d64d                	beqz	a2,80000bec <__d_vfprintf+0xa4>
80000c44:	47a9                	li	a5,10
80000c46:	02fd07b3          	mul	a5,s10,a5
80000c4a:	00d78d33          	add	s10,a5,a3
80000c4e:	bf4d                	j	80000c00 <__d_vfprintf+0xb8>
80000c50:	02a00793          	li	a5,42
80000c54:	02f91663          	bne	s2,a5,80000c80 <__d_vfprintf+0x138>
80000c58:	fa0a94e3          	bnez	s5,80000c00 <__d_vfprintf+0xb8>
80000c5c:	5692                	lw	a3,36(sp)
80000c5e:	040df793          	and	a5,s11,64
80000c62:	00468613          	add	a2,a3,4
80000c66:	4294                	lw	a3,0(a3)
80000c68:	d232                	sw	a2,36(sp)
80000c6a:	c399                	beqz	a5,80000c70 <__d_vfprintf+0x128>
80000c6c:	8d36                	mv	s10,a3
80000c6e:	bf49                	j	80000c00 <__d_vfprintf+0xb8>
80000c70:	8b36                	mv	s6,a3
80000c72:	f806d2e3          	bgez	a3,80000bf6 <__d_vfprintf+0xae>
80000c76:	40d00b33          	neg	s6,a3
80000c7a:	028ded93          	or	s11,s11,40
80000c7e:	b749                	j	80000c00 <__d_vfprintf+0xb8>
80000c80:	02e00793          	li	a5,46
80000c84:	00f91963          	bne	s2,a5,80000c96 <__d_vfprintf+0x14e>
80000c88:	040df793          	and	a5,s11,64
80000c8c:	ee079ee3          	bnez	a5,80000b88 <__d_vfprintf+0x40>
80000c90:	040ded93          	or	s11,s11,64
80000c94:	b7b5                	j	80000c00 <__d_vfprintf+0xb8>
80000c96:	02400793          	li	a5,36
80000c9a:	02f91f63          	bne	s2,a5,80000cd8 <__d_vfprintf+0x190>
80000c9e:	120a8a63          	beqz	s5,80000dd2 <__d_vfprintf+0x28a>
80000ca2:	47b2                	lw	a5,12(sp)
80000ca4:	d23e                	sw	a5,36(sp)
80000ca6:	040df793          	and	a5,s11,64
80000caa:	ef81                	bnez	a5,80000cc2 <__d_vfprintf+0x17a>
80000cac:	4522                	lw	a0,8(sp)
80000cae:	865a                	mv	a2,s6
80000cb0:	104c                	add	a1,sp,36
80000cb2:	3319                	jal	800009b8 <skip_to_arg>
80000cb4:	5792                	lw	a5,36(sp)
80000cb6:	00478693          	add	a3,a5,4
80000cba:	0007ab03          	lw	s6,0(a5)
80000cbe:	d236                	sw	a3,36(sp)
80000cc0:	b781                	j	80000c00 <__d_vfprintf+0xb8>
80000cc2:	4522                	lw	a0,8(sp)
80000cc4:	866a                	mv	a2,s10
80000cc6:	104c                	add	a1,sp,36
80000cc8:	39c5                	jal	800009b8 <skip_to_arg>
80000cca:	5792                	lw	a5,36(sp)
80000ccc:	00478693          	add	a3,a5,4
80000cd0:	0007ad03          	lw	s10,0(a5)
80000cd4:	d236                	sw	a3,36(sp)
80000cd6:	b72d                	j	80000c00 <__d_vfprintf+0xb8>
80000cd8:	0d390a63          	beq	s2,s3,80000dac <__d_vfprintf+0x264>
80000cdc:	0d29e363          	bltu	s3,s2,80000da2 <__d_vfprintf+0x25a>
80000ce0:	0d990e63          	beq	s2,s9,80000dbc <__d_vfprintf+0x274>
80000ce4:	06a00793          	li	a5,106
80000ce8:	0ef90263          	beq	s2,a5,80000dcc <__d_vfprintf+0x284>
80000cec:	04c00793          	li	a5,76
80000cf0:	0cf90e63          	beq	s2,a5,80000dcc <__d_vfprintf+0x284>
80000cf4:	000a8863          	beqz	s5,80000d04 <__d_vfprintf+0x1bc>
80000cf8:	47b2                	lw	a5,12(sp)
80000cfa:	4522                	lw	a0,8(sp)
80000cfc:	8656                	mv	a2,s5
80000cfe:	104c                	add	a1,sp,36
80000d00:	d23e                	sw	a5,36(sp)
80000d02:	395d                	jal	800009b8 <skip_to_arg>
80000d04:	000d5963          	bgez	s10,80000d16 <__d_vfprintf+0x1ce>
80000d08:	fbfdf813          	and	a6,s11,-65
80000d0c:	01081d93          	sll	s11,a6,0x10
80000d10:	010ddd93          	srl	s11,s11,0x10
80000d14:	4d01                	li	s10,0
80000d16:	02096c93          	or	s9,s2,32
80000d1a:	f9bc8793          	add	a5,s9,-101
80000d1e:	0ff7f793          	zext.b	a5,a5
80000d22:	4709                	li	a4,2
80000d24:	0af77d63          	bgeu	a4,a5,80000dde <__d_vfprintf+0x296>
80000d28:	06100793          	li	a5,97
80000d2c:	6afc9163          	bne	s9,a5,800013ce <__d_vfprintf+0x886>
80000d30:	5792                	lw	a5,36(sp)
80000d32:	6a89                	lui	s5,0x2
80000d34:	800a8a93          	add	s5,s5,-2048 # 1800 <__stack_size-0xe800>
80000d38:	079d                	add	a5,a5,7
80000d3a:	9be1                	and	a5,a5,-8
80000d3c:	0047ab83          	lw	s7,4(a5)
80000d40:	0007a883          	lw	a7,0(a5)
80000d44:	00878713          	add	a4,a5,8
80000d48:	414bd993          	sra	s3,s7,0x14
80000d4c:	00cb9c13          	sll	s8,s7,0xc
80000d50:	7ff9f993          	and	s3,s3,2047
80000d54:	00cc5c93          	srl	s9,s8,0xc
80000d58:	015deab3          	or	s5,s11,s5
80000d5c:	0119e533          	or	a0,s3,a7
80000d60:	fff94913          	not	s2,s2
80000d64:	0ac2                	sll	s5,s5,0x10
80000d66:	d23a                	sw	a4,36(sp)
80000d68:	019567b3          	or	a5,a0,s9
80000d6c:	02097913          	and	s2,s2,32
80000d70:	010ada93          	srl	s5,s5,0x10
80000d74:	86c6                	mv	a3,a7
80000d76:	8c66                	mv	s8,s9
80000d78:	040df813          	and	a6,s11,64
80000d7c:	01fbdb93          	srl	s7,s7,0x1f
80000d80:	ebdd                	bnez	a5,80000e36 <__d_vfprintf+0x2ee>
80000d82:	03000793          	li	a5,48
80000d86:	0ffbfb93          	zext.b	s7,s7
80000d8a:	02f106a3          	sb	a5,45(sp)
80000d8e:	03710623          	sb	s7,44(sp)
80000d92:	24080d63          	beqz	a6,80000fec <__d_vfprintf+0x4a4>
80000d96:	47b1                	li	a5,12
80000d98:	4981                	li	s3,0
80000d9a:	0da7d263          	bge	a5,s10,80000e5e <__d_vfprintf+0x316>
80000d9e:	4d35                	li	s10,13
80000da0:	aa85                	j	80000f10 <__d_vfprintf+0x3c8>
80000da2:	e5790fe3          	beq	s2,s7,80000c00 <__d_vfprintf+0xb8>
80000da6:	e5890de3          	beq	s2,s8,80000c00 <__d_vfprintf+0xb8>
80000daa:	b7a9                	j	80000cf4 <__d_vfprintf+0x1ac>
80000dac:	080df793          	and	a5,s11,128
80000db0:	c399                	beqz	a5,80000db6 <__d_vfprintf+0x26e>
80000db2:	200ded93          	or	s11,s11,512
80000db6:	080ded93          	or	s11,s11,128
80000dba:	b599                	j	80000c00 <__d_vfprintf+0xb8>
80000dbc:	100df793          	and	a5,s11,256
80000dc0:	c399                	beqz	a5,80000dc6 <__d_vfprintf+0x27e>
80000dc2:	200ded93          	or	s11,s11,512
80000dc6:	100ded93          	or	s11,s11,256
80000dca:	bd1d                	j	80000c00 <__d_vfprintf+0xb8>
80000dcc:	280ded93          	or	s11,s11,640
80000dd0:	bd05                	j	80000c00 <__d_vfprintf+0xb8>
80000dd2:	875a                	mv	a4,s6
80000dd4:	4d01                	li	s10,0
80000dd6:	4b01                	li	s6,0
80000dd8:	8aba                	mv	s5,a4
80000dda:	4d81                	li	s11,0
80000ddc:	b515                	j	80000c00 <__d_vfprintf+0xb8>
80000dde:	5792                	lw	a5,36(sp)
80000de0:	fff94913          	not	s2,s2
80000de4:	02097913          	and	s2,s2,32
80000de8:	079d                	add	a5,a5,7
80000dea:	9be1                	and	a5,a5,-8
80000dec:	00878713          	add	a4,a5,8
80000df0:	4388                	lw	a0,0(a5)
80000df2:	43cc                	lw	a1,4(a5)
80000df4:	d23a                	sw	a4,36(sp)
80000df6:	040df793          	and	a5,s11,64
80000dfa:	20078d63          	beqz	a5,80001014 <__d_vfprintf+0x4cc>
80000dfe:	06500793          	li	a5,101
80000e02:	20fc9b63          	bne	s9,a5,80001018 <__d_vfprintf+0x4d0>
80000e06:	6785                	lui	a5,0x1
80000e08:	001d0613          	add	a2,s10,1
80000e0c:	00fdedb3          	or	s11,s11,a5
80000e10:	0ff67613          	zext.b	a2,a2
80000e14:	4701                	li	a4,0
80000e16:	4781                	li	a5,0
80000e18:	4345                	li	t1,17
80000e1a:	0ff67693          	zext.b	a3,a2
80000e1e:	00c37363          	bgeu	t1,a2,80000e24 <__d_vfprintf+0x2dc>
80000e22:	46c5                	li	a3,17
80000e24:	1030                	add	a2,sp,40
80000e26:	317000ef          	jal	8000193c <__dtoa_engine>
80000e2a:	0ff57b93          	zext.b	s7,a0
80000e2e:	59a2                	lw	s3,40(sp)
80000e30:	8aee                	mv	s5,s11
80000e32:	4c09                	li	s8,2
80000e34:	aa01                	j	80000f44 <__d_vfprintf+0x3fc>
80000e36:	03100793          	li	a5,49
80000e3a:	00099563          	bnez	s3,80000e44 <__d_vfprintf+0x2fc>
80000e3e:	03000793          	li	a5,48
80000e42:	4985                	li	s3,1
80000e44:	0ffbfb93          	zext.b	s7,s7
80000e48:	02f106a3          	sb	a5,45(sp)
80000e4c:	03710623          	sb	s7,44(sp)
80000e50:	c0198993          	add	s3,s3,-1023
80000e54:	18080363          	beqz	a6,80000fda <__d_vfprintf+0x492>
80000e58:	47b1                	li	a5,12
80000e5a:	19a7c263          	blt	a5,s10,80000fde <__d_vfprintf+0x496>
80000e5e:	4335                	li	t1,13
80000e60:	41a30333          	sub	t1,t1,s10
80000e64:	00231d93          	sll	s11,t1,0x2
80000e68:	fffd8613          	add	a2,s11,-1
80000e6c:	4505                	li	a0,1
80000e6e:	4581                	li	a1,0
80000e70:	ca46                	sw	a7,20(sp)
80000e72:	c836                	sw	a3,16(sp)
80000e74:	2ba010ef          	jal	8000212e <__ashldi3>
80000e78:	84aa                	mv	s1,a0
80000e7a:	872e                	mv	a4,a1
80000e7c:	00171793          	sll	a5,a4,0x1
80000e80:	85aa                	mv	a1,a0
80000e82:	01f4d513          	srl	a0,s1,0x1f
80000e86:	00149e13          	sll	t3,s1,0x1
80000e8a:	8fc9                	or	a5,a5,a0
80000e8c:	40f00c33          	neg	s8,a5
80000e90:	01c03533          	snez	a0,t3
80000e94:	48d2                	lw	a7,20(sp)
80000e96:	41c00833          	neg	a6,t3
80000e9a:	40ac0c33          	sub	s8,s8,a0
80000e9e:	fffe0513          	add	a0,t3,-1
80000ea2:	001e3e13          	seqz	t3,t3
80000ea6:	41c787b3          	sub	a5,a5,t3
80000eaa:	0197f7b3          	and	a5,a5,s9
80000eae:	01157533          	and	a0,a0,a7
80000eb2:	02f74663          	blt	a4,a5,80000ede <__d_vfprintf+0x396>
80000eb6:	46c2                	lw	a3,16(sp)
80000eb8:	00e79463          	bne	a5,a4,80000ec0 <__d_vfprintf+0x378>
80000ebc:	02a5e163          	bltu	a1,a0,80000ede <__d_vfprintf+0x396>
80000ec0:	8546                	mv	a0,a7
80000ec2:	866e                	mv	a2,s11
80000ec4:	85e6                	mv	a1,s9
80000ec6:	ce3a                	sw	a4,28(sp)
80000ec8:	cc42                	sw	a6,24(sp)
80000eca:	ca36                	sw	a3,20(sp)
80000ecc:	c846                	sw	a7,16(sp)
80000ece:	288010ef          	jal	80002156 <__ashrdi3>
80000ed2:	8905                	and	a0,a0,1
80000ed4:	48c2                	lw	a7,16(sp)
80000ed6:	46d2                	lw	a3,20(sp)
80000ed8:	4862                	lw	a6,24(sp)
80000eda:	4772                	lw	a4,28(sp)
80000edc:	c94d                	beqz	a0,80000f8e <__d_vfprintf+0x446>
80000ede:	00988533          	add	a0,a7,s1
80000ee2:	01153db3          	sltu	s11,a0,a7
80000ee6:	9766                	add	a4,a4,s9
80000ee8:	00ed8cb3          	add	s9,s11,a4
80000eec:	001007b7          	lui	a5,0x100
80000ef0:	86aa                	mv	a3,a0
80000ef2:	08fcce63          	blt	s9,a5,80000f8e <__d_vfprintf+0x446>
80000ef6:	02d14783          	lbu	a5,45(sp)
80000efa:	0785                	add	a5,a5,1 # 100001 <__stack_size+0xf0001>
80000efc:	02f106a3          	sb	a5,45(sp)
80000f00:	40000793          	li	a5,1024
80000f04:	0af98163          	beq	s3,a5,80000fa6 <__d_vfprintf+0x45e>
80000f08:	00a87533          	and	a0,a6,a0
80000f0c:	019c7c33          	and	s8,s8,s9
80000f10:	05700613          	li	a2,87
80000f14:	1034                	add	a3,sp,40
80000f16:	4735                	li	a4,13
80000f18:	45a5                	li	a1,9
80000f1a:	41260633          	sub	a2,a2,s2
80000f1e:	01cc1813          	sll	a6,s8,0x1c
80000f22:	00f57793          	and	a5,a0,15
80000f26:	8111                	srl	a0,a0,0x4
80000f28:	00a86533          	or	a0,a6,a0
80000f2c:	404c5c13          	sra	s8,s8,0x4
80000f30:	e7e1                	bnez	a5,80000ff8 <__d_vfprintf+0x4b0>
80000f32:	0ced5563          	bge	s10,a4,80000ffc <__d_vfprintf+0x4b4>
80000f36:	177d                	add	a4,a4,-1
80000f38:	16fd                	add	a3,a3,-1
80000f3a:	f375                	bnez	a4,80000f1e <__d_vfprintf+0x3d6>
80000f3c:	4c05                	li	s8,1
80000f3e:	4bb9                	li	s7,14
80000f40:	07000c93          	li	s9,112
80000f44:	00998713          	add	a4,s3,9
80000f48:	46c9                	li	a3,18
80000f4a:	87ce                	mv	a5,s3
80000f4c:	06e6e863          	bltu	a3,a4,80000fbc <__d_vfprintf+0x474>
80000f50:	02c14703          	lbu	a4,44(sp)
80000f54:	00177d93          	and	s11,a4,1
80000f58:	8b31                	and	a4,a4,12
80000f5a:	120d9a63          	bnez	s11,8000108e <__d_vfprintf+0x546>
80000f5e:	002af793          	and	a5,s5,2
80000f62:	12079263          	bnez	a5,80001086 <__d_vfprintf+0x53e>
80000f66:	004af793          	and	a5,s5,4
80000f6a:	cfe9                	beqz	a5,80001044 <__d_vfprintf+0x4fc>
80000f6c:	12071563          	bnez	a4,80001096 <__d_vfprintf+0x54e>
80000f70:	02000713          	li	a4,32
80000f74:	678d                	lui	a5,0x3
80000f76:	00faf7b3          	and	a5,s5,a5
80000f7a:	1c079363          	bnez	a5,80001140 <__d_vfprintf+0x5f8>
80000f7e:	000d1363          	bnez	s10,80000f84 <__d_vfprintf+0x43c>
80000f82:	4d05                	li	s10,1
80000f84:	103c                	add	a5,sp,40
80000f86:	97de                	add	a5,a5,s7
80000f88:	03000693          	li	a3,48
80000f8c:	aa9d                	j	80001102 <__d_vfprintf+0x5ba>
80000f8e:	0106f6b3          	and	a3,a3,a6
80000f92:	018cfcb3          	and	s9,s9,s8
80000f96:	40000793          	li	a5,1024
80000f9a:	04f99c63          	bne	s3,a5,80000ff2 <__d_vfprintf+0x4aa>
80000f9e:	0196ecb3          	or	s9,a3,s9
80000fa2:	040c8063          	beqz	s9,80000fe2 <__d_vfprintf+0x49a>
80000fa6:	008beb93          	or	s7,s7,8
80000faa:	03710623          	sb	s7,44(sp)
80000fae:	40000993          	li	s3,1024
80000fb2:	4bb9                	li	s7,14
80000fb4:	07000c93          	li	s9,112
80000fb8:	40000793          	li	a5,1024
80000fbc:	06378713          	add	a4,a5,99 # 3063 <__stack_size-0xcf9d>
80000fc0:	0c600693          	li	a3,198
80000fc4:	4c09                	li	s8,2
80000fc6:	f8e6f5e3          	bgeu	a3,a4,80000f50 <__d_vfprintf+0x408>
80000fca:	3e778793          	add	a5,a5,999
80000fce:	7ce00c13          	li	s8,1998
80000fd2:	00fc3c33          	sltu	s8,s8,a5
80000fd6:	0c0d                	add	s8,s8,3
80000fd8:	bfa5                	j	80000f50 <__d_vfprintf+0x408>
80000fda:	4d01                	li	s10,0
80000fdc:	bf6d                	j	80000f96 <__d_vfprintf+0x44e>
80000fde:	4d35                	li	s10,13
80000fe0:	bf5d                	j	80000f96 <__d_vfprintf+0x44e>
80000fe2:	004beb93          	or	s7,s7,4
80000fe6:	03710623          	sb	s7,44(sp)
80000fea:	b7e1                	j	80000fb2 <__d_vfprintf+0x46a>
80000fec:	4981                	li	s3,0
80000fee:	4d01                	li	s10,0
80000ff0:	b705                	j	80000f10 <__d_vfprintf+0x3c8>
80000ff2:	8536                	mv	a0,a3
80000ff4:	8c66                	mv	s8,s9
80000ff6:	bf29                	j	80000f10 <__d_vfprintf+0x3c8>
80000ff8:	00f5ea63          	bltu	a1,a5,8000100c <__d_vfprintf+0x4c4>
80000ffc:	03078793          	add	a5,a5,48
80001000:	00f68923          	sb	a5,18(a3)
80001004:	f2ed59e3          	bge	s10,a4,80000f36 <__d_vfprintf+0x3ee>
80001008:	8d3a                	mv	s10,a4
8000100a:	b735                	j	80000f36 <__d_vfprintf+0x3ee>
8000100c:	97b2                	add	a5,a5,a2
8000100e:	0ff7f793          	zext.b	a5,a5
80001012:	b7fd                	j	80001000 <__d_vfprintf+0x4b8>
80001014:	4d19                	li	s10,6
80001016:	b3e5                	j	80000dfe <__d_vfprintf+0x2b6>
80001018:	06600793          	li	a5,102
8000101c:	00fc9963          	bne	s9,a5,8000102e <__d_vfprintf+0x4e6>
80001020:	6789                	lui	a5,0x2
80001022:	00fdedb3          	or	s11,s11,a5
80001026:	4705                	li	a4,1
80001028:	87ea                	mv	a5,s10
8000102a:	4645                	li	a2,17
8000102c:	b3f5                	j	80000e18 <__d_vfprintf+0x2d0>
8000102e:	0ffd7793          	zext.b	a5,s10
80001032:	0ffd7613          	zext.b	a2,s10
80001036:	e391                	bnez	a5,8000103a <__d_vfprintf+0x4f2>
80001038:	4605                	li	a2,1
8000103a:	4701                	li	a4,0
8000103c:	4781                	li	a5,0
8000103e:	06500c93          	li	s9,101
80001042:	bbd9                	j	80000e18 <__d_vfprintf+0x2d0>
80001044:	db05                	beqz	a4,80000f74 <__d_vfprintf+0x42c>
80001046:	478d                	li	a5,3
80001048:	0967d163          	bge	a5,s6,800010ca <__d_vfprintf+0x582>
8000104c:	008afa93          	and	s5,s5,8
80001050:	ffdb0493          	add	s1,s6,-3 # 80004ffd <trap_stack+0xead>
80001054:	000a9f63          	bnez	s5,80001072 <__d_vfprintf+0x52a>
80001058:	94a2                	add	s1,s1,s0
8000105a:	4582                	lw	a1,0(sp)
8000105c:	02000513          	li	a0,32
80001060:	0405                	add	s0,s0,1
80001062:	9a02                	jalr	s4
80001064:	b20541e3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001068:	fe8499e3          	bne	s1,s0,8000105a <__d_vfprintf+0x512>
8000106c:	4481                	li	s1,0
8000106e:	020d9f63          	bnez	s11,800010ac <__d_vfprintf+0x564>
80001072:	02c14783          	lbu	a5,44(sp)
80001076:	8ba1                	and	a5,a5,8
80001078:	efad                	bnez	a5,800010f2 <__d_vfprintf+0x5aa>
8000107a:	800039b7          	lui	s3,0x80003
8000107e:	acc98993          	add	s3,s3,-1332 # 80002acc <kinds.1+0x4c>
80001082:	8c22                	mv	s8,s0
80001084:	a8b1                	j	800010e0 <__d_vfprintf+0x598>
80001086:	eb15                	bnez	a4,800010ba <__d_vfprintf+0x572>
80001088:	02b00713          	li	a4,43
8000108c:	b5e5                	j	80000f74 <__d_vfprintf+0x42c>
8000108e:	eb0d                	bnez	a4,800010c0 <__d_vfprintf+0x578>
80001090:	02d00713          	li	a4,45
80001094:	b5c5                	j	80000f74 <__d_vfprintf+0x42c>
80001096:	02000d93          	li	s11,32
8000109a:	4791                	li	a5,4
8000109c:	0367d563          	bge	a5,s6,800010c6 <__d_vfprintf+0x57e>
800010a0:	008afa93          	and	s5,s5,8
800010a4:	ffcb0493          	add	s1,s6,-4
800010a8:	fa0a88e3          	beqz	s5,80001058 <__d_vfprintf+0x510>
800010ac:	4582                	lw	a1,0(sp)
800010ae:	856e                	mv	a0,s11
800010b0:	0405                	add	s0,s0,1
800010b2:	9a02                	jalr	s4
800010b4:	fa055fe3          	bgez	a0,80001072 <__d_vfprintf+0x52a>
800010b8:	b4f9                	j	80000b86 <__d_vfprintf+0x3e>
800010ba:	02b00d93          	li	s11,43
800010be:	bff1                	j	8000109a <__d_vfprintf+0x552>
800010c0:	02d00d93          	li	s11,45
800010c4:	bfd9                	j	8000109a <__d_vfprintf+0x552>
800010c6:	4481                	li	s1,0
800010c8:	b7d5                	j	800010ac <__d_vfprintf+0x564>
800010ca:	4481                	li	s1,0
800010cc:	b75d                	j	80001072 <__d_vfprintf+0x52a>
800010ce:	4582                	lw	a1,0(sp)
800010d0:	41250533          	sub	a0,a0,s2
800010d4:	0ff57513          	zext.b	a0,a0
800010d8:	0c05                	add	s8,s8,1
800010da:	9a02                	jalr	s4
800010dc:	aa0545e3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
800010e0:	408c07b3          	sub	a5,s8,s0
800010e4:	97ce                	add	a5,a5,s3
800010e6:	0007c503          	lbu	a0,0(a5) # 2000 <__stack_size-0xe000>
800010ea:	f175                	bnez	a0,800010ce <__d_vfprintf+0x586>
800010ec:	8462                	mv	s0,s8
800010ee:	94e2                	add	s1,s1,s8
800010f0:	a515                	j	80001714 <__d_vfprintf+0xbcc>
800010f2:	800039b7          	lui	s3,0x80003
800010f6:	ad098993          	add	s3,s3,-1328 # 80002ad0 <kinds.1+0x50>
800010fa:	b761                	j	80001082 <__d_vfprintf+0x53a>
800010fc:	1bfd                	add	s7,s7,-1
800010fe:	0ffbfb93          	zext.b	s7,s7
80001102:	000b8763          	beqz	s7,80001110 <__d_vfprintf+0x5c8>
80001106:	0047c603          	lbu	a2,4(a5)
8000110a:	17fd                	add	a5,a5,-1
8000110c:	fed608e3          	beq	a2,a3,800010fc <__d_vfprintf+0x5b4>
80001110:	010af693          	and	a3,s5,16
80001114:	87ea                	mv	a5,s10
80001116:	e291                	bnez	a3,8000111a <__d_vfprintf+0x5d2>
80001118:	87de                	mv	a5,s7
8000111a:	56f1                	li	a3,-4
8000111c:	0ed9cc63          	blt	s3,a3,80001214 <__d_vfprintf+0x6cc>
80001120:	0fa9da63          	bge	s3,s10,80001214 <__d_vfprintf+0x6cc>
80001124:	6689                	lui	a3,0x2
80001126:	00dae6b3          	or	a3,s5,a3
8000112a:	01069a93          	sll	s5,a3,0x10
8000112e:	010ada93          	srl	s5,s5,0x10
80001132:	4d01                	li	s10,0
80001134:	00f9d663          	bge	s3,a5,80001140 <__d_vfprintf+0x5f8>
80001138:	00198893          	add	a7,s3,1
8000113c:	41178d33          	sub	s10,a5,a7
80001140:	6d89                	lui	s11,0x2
80001142:	01bafdb3          	and	s11,s5,s11
80001146:	0c0d8a63          	beqz	s11,8000121a <__d_vfprintf+0x6d2>
8000114a:	87ce                	mv	a5,s3
8000114c:	0009d363          	bgez	s3,80001152 <__d_vfprintf+0x60a>
80001150:	4781                	li	a5,0
80001152:	0785                	add	a5,a5,1
80001154:	c311                	beqz	a4,80001158 <__d_vfprintf+0x610>
80001156:	0785                	add	a5,a5,1
80001158:	0c0d0963          	beqz	s10,8000122a <__d_vfprintf+0x6e2>
8000115c:	001d0693          	add	a3,s10,1
80001160:	97b6                	add	a5,a5,a3
80001162:	4481                	li	s1,0
80001164:	0167d463          	bge	a5,s6,8000116c <__d_vfprintf+0x624>
80001168:	40fb04b3          	sub	s1,s6,a5
8000116c:	009af793          	and	a5,s5,9
80001170:	e789                	bnez	a5,8000117a <__d_vfprintf+0x632>
80001172:	94a2                	add	s1,s1,s0
80001174:	0c849063          	bne	s1,s0,80001234 <__d_vfprintf+0x6ec>
80001178:	4481                	li	s1,0
8000117a:	c719                	beqz	a4,80001188 <__d_vfprintf+0x640>
8000117c:	4582                	lw	a1,0(sp)
8000117e:	853a                	mv	a0,a4
80001180:	0405                	add	s0,s0,1
80001182:	9a02                	jalr	s4
80001184:	a00541e3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001188:	00bad793          	srl	a5,s5,0xb
8000118c:	8b85                	and	a5,a5,1
8000118e:	c395                	beqz	a5,800011b2 <__d_vfprintf+0x66a>
80001190:	4582                	lw	a1,0(sp)
80001192:	03000513          	li	a0,48
80001196:	9a02                	jalr	s4
80001198:	9e0547e3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
8000119c:	07800513          	li	a0,120
800011a0:	4582                	lw	a1,0(sp)
800011a2:	41250533          	sub	a0,a0,s2
800011a6:	0f857513          	and	a0,a0,248
800011aa:	0409                	add	s0,s0,2
800011ac:	9a02                	jalr	s4
800011ae:	9c054ce3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
800011b2:	008af793          	and	a5,s5,8
800011b6:	e791                	bnez	a5,800011c2 <__d_vfprintf+0x67a>
800011b8:	8b22                	mv	s6,s0
800011ba:	9426                	add	s0,s0,s1
800011bc:	09641663          	bne	s0,s6,80001248 <__d_vfprintf+0x700>
800011c0:	4481                	li	s1,0
800011c2:	0c0d8f63          	beqz	s11,800012a0 <__d_vfprintf+0x758>
800011c6:	8cce                	mv	s9,s3
800011c8:	0009d363          	bgez	s3,800011ce <__d_vfprintf+0x686>
800011cc:	4c81                	li	s9,0
800011ce:	41998db3          	sub	s11,s3,s9
800011d2:	41a00d33          	neg	s10,s10
800011d6:	5b7d                	li	s6,-1
800011d8:	03000513          	li	a0,48
800011dc:	017df663          	bgeu	s11,s7,800011e8 <__d_vfprintf+0x6a0>
800011e0:	103c                	add	a5,sp,40
800011e2:	97ee                	add	a5,a5,s11
800011e4:	0057c503          	lbu	a0,5(a5)
800011e8:	1cfd                	add	s9,s9,-1
800011ea:	00140c13          	add	s8,s0,1
800011ee:	07acc563          	blt	s9,s10,80001258 <__d_vfprintf+0x710>
800011f2:	4582                	lw	a1,0(sp)
800011f4:	0d85                	add	s11,s11,1 # 2001 <__stack_size-0xdfff>
800011f6:	9a02                	jalr	s4
800011f8:	980547e3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
800011fc:	016c9a63          	bne	s9,s6,80001210 <__d_vfprintf+0x6c8>
80001200:	4582                	lw	a1,0(sp)
80001202:	02e00513          	li	a0,46
80001206:	9a02                	jalr	s4
80001208:	96054fe3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
8000120c:	00240c13          	add	s8,s0,2
80001210:	8462                	mv	s0,s8
80001212:	b7d9                	j	800011d8 <__d_vfprintf+0x690>
80001214:	fff78d13          	add	s10,a5,-1
80001218:	b725                	j	80001140 <__d_vfprintf+0x5f8>
8000121a:	00bad693          	srl	a3,s5,0xb
8000121e:	8a85                	and	a3,a3,1
80001220:	478d                	li	a5,3
80001222:	c291                	beqz	a3,80001226 <__d_vfprintf+0x6de>
80001224:	4795                	li	a5,5
80001226:	97e2                	add	a5,a5,s8
80001228:	b735                	j	80001154 <__d_vfprintf+0x60c>
8000122a:	010af693          	and	a3,s5,16
8000122e:	da95                	beqz	a3,80001162 <__d_vfprintf+0x61a>
80001230:	0785                	add	a5,a5,1
80001232:	bf05                	j	80001162 <__d_vfprintf+0x61a>
80001234:	4582                	lw	a1,0(sp)
80001236:	02000513          	li	a0,32
8000123a:	c83a                	sw	a4,16(sp)
8000123c:	9a02                	jalr	s4
8000123e:	4742                	lw	a4,16(sp)
80001240:	0405                	add	s0,s0,1
80001242:	f20559e3          	bgez	a0,80001174 <__d_vfprintf+0x62c>
80001246:	b281                	j	80000b86 <__d_vfprintf+0x3e>
80001248:	4582                	lw	a1,0(sp)
8000124a:	03000513          	li	a0,48
8000124e:	0b05                	add	s6,s6,1
80001250:	9a02                	jalr	s4
80001252:	f60555e3          	bgez	a0,800011bc <__d_vfprintf+0x674>
80001256:	ba05                	j	80000b86 <__d_vfprintf+0x3e>
80001258:	033c9063          	bne	s9,s3,80001278 <__d_vfprintf+0x730>
8000125c:	02d14703          	lbu	a4,45(sp)
80001260:	03500793          	li	a5,53
80001264:	00e7e863          	bltu	a5,a4,80001274 <__d_vfprintf+0x72c>
80001268:	00f71863          	bne	a4,a5,80001278 <__d_vfprintf+0x730>
8000126c:	02c14783          	lbu	a5,44(sp)
80001270:	8bc1                	and	a5,a5,16
80001272:	e399                	bnez	a5,80001278 <__d_vfprintf+0x730>
80001274:	03100513          	li	a0,49
80001278:	4582                	lw	a1,0(sp)
8000127a:	9a02                	jalr	s4
8000127c:	900545e3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001280:	010afa93          	and	s5,s5,16
80001284:	e60a84e3          	beqz	s5,800010ec <__d_vfprintf+0x5a4>
80001288:	57fd                	li	a5,-1
8000128a:	e6fc91e3          	bne	s9,a5,800010ec <__d_vfprintf+0x5a4>
8000128e:	4582                	lw	a1,0(sp)
80001290:	00240c13          	add	s8,s0,2
80001294:	02e00513          	li	a0,46
80001298:	9a02                	jalr	s4
8000129a:	e40559e3          	bgez	a0,800010ec <__d_vfprintf+0x5a4>
8000129e:	b0e5                	j	80000b86 <__d_vfprintf+0x3e>
800012a0:	02d14503          	lbu	a0,45(sp)
800012a4:	03100793          	li	a5,49
800012a8:	00f50763          	beq	a0,a5,800012b6 <__d_vfprintf+0x76e>
800012ac:	02c14783          	lbu	a5,44(sp)
800012b0:	9bbd                	and	a5,a5,-17
800012b2:	02f10623          	sb	a5,44(sp)
800012b6:	4582                	lw	a1,0(sp)
800012b8:	9a02                	jalr	s4
800012ba:	8c0546e3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
800012be:	0da05a63          	blez	s10,80001392 <__d_vfprintf+0x84a>
800012c2:	4582                	lw	a1,0(sp)
800012c4:	02e00513          	li	a0,46
800012c8:	0409                	add	s0,s0,2
800012ca:	9a02                	jalr	s4
800012cc:	8a054de3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
800012d0:	4a85                	li	s5,1
800012d2:	4785                	li	a5,1
800012d4:	0405                	add	s0,s0,1
800012d6:	03000513          	li	a0,48
800012da:	017af863          	bgeu	s5,s7,800012ea <__d_vfprintf+0x7a2>
800012de:	02078793          	add	a5,a5,32
800012e2:	1018                	add	a4,sp,32
800012e4:	97ba                	add	a5,a5,a4
800012e6:	fed7c503          	lbu	a0,-19(a5)
800012ea:	4582                	lw	a1,0(sp)
800012ec:	9a02                	jalr	s4
800012ee:	88054ce3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
800012f2:	0a85                	add	s5,s5,1
800012f4:	0ffafa93          	zext.b	s5,s5
800012f8:	87d6                	mv	a5,s5
800012fa:	fd5d5de3          	bge	s10,s5,800012d4 <__d_vfprintf+0x78c>
800012fe:	4582                	lw	a1,0(sp)
80001300:	412c8533          	sub	a0,s9,s2
80001304:	0ff57513          	zext.b	a0,a0
80001308:	9a02                	jalr	s4
8000130a:	86054ee3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
8000130e:	0009ca63          	bltz	s3,80001322 <__d_vfprintf+0x7da>
80001312:	02b00513          	li	a0,43
80001316:	00099a63          	bnez	s3,8000132a <__d_vfprintf+0x7e2>
8000131a:	02c14783          	lbu	a5,44(sp)
8000131e:	8bc1                	and	a5,a5,16
80001320:	c789                	beqz	a5,8000132a <__d_vfprintf+0x7e2>
80001322:	413009b3          	neg	s3,s3
80001326:	02d00513          	li	a0,45
8000132a:	4582                	lw	a1,0(sp)
8000132c:	9a02                	jalr	s4
8000132e:	84054ce3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001332:	4791                	li	a5,4
80001334:	06fc1e63          	bne	s8,a5,800013b0 <__d_vfprintf+0x868>
80001338:	3e800913          	li	s2,1000
8000133c:	0329c533          	div	a0,s3,s2
80001340:	4582                	lw	a1,0(sp)
80001342:	040d                	add	s0,s0,3
80001344:	03050513          	add	a0,a0,48
80001348:	0ff57513          	zext.b	a0,a0
8000134c:	9a02                	jalr	s4
8000134e:	82054ce3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001352:	0329e9b3          	rem	s3,s3,s2
80001356:	06400913          	li	s2,100
8000135a:	4582                	lw	a1,0(sp)
8000135c:	0405                	add	s0,s0,1
8000135e:	0329c533          	div	a0,s3,s2
80001362:	03050513          	add	a0,a0,48
80001366:	0ff57513          	zext.b	a0,a0
8000136a:	9a02                	jalr	s4
8000136c:	80054de3          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001370:	0329e9b3          	rem	s3,s3,s2
80001374:	4929                	li	s2,10
80001376:	4582                	lw	a1,0(sp)
80001378:	0405                	add	s0,s0,1
8000137a:	0329c533          	div	a0,s3,s2
8000137e:	03050513          	add	a0,a0,48
80001382:	0ff57513          	zext.b	a0,a0
80001386:	9a02                	jalr	s4
80001388:	fe054f63          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
8000138c:	0329e9b3          	rem	s3,s3,s2
80001390:	a03d                	j	800013be <__d_vfprintf+0x876>
80001392:	010afa93          	and	s5,s5,16
80001396:	000a9463          	bnez	s5,8000139e <__d_vfprintf+0x856>
8000139a:	0405                	add	s0,s0,1
8000139c:	b78d                	j	800012fe <__d_vfprintf+0x7b6>
8000139e:	4582                	lw	a1,0(sp)
800013a0:	02e00513          	li	a0,46
800013a4:	0409                	add	s0,s0,2
800013a6:	9a02                	jalr	s4
800013a8:	f4055be3          	bgez	a0,800012fe <__d_vfprintf+0x7b6>
800013ac:	fdaff06f          	j	80000b86 <__d_vfprintf+0x3e>
800013b0:	478d                	li	a5,3
800013b2:	0409                	add	s0,s0,2
800013b4:	fafc01e3          	beq	s8,a5,80001356 <__d_vfprintf+0x80e>
800013b8:	4785                	li	a5,1
800013ba:	fafc1de3          	bne	s8,a5,80001374 <__d_vfprintf+0x82c>
800013be:	03098513          	add	a0,s3,48
800013c2:	4582                	lw	a1,0(sp)
800013c4:	00140c13          	add	s8,s0,1
800013c8:	0ff57513          	zext.b	a0,a0
800013cc:	b5f1                	j	80001298 <__d_vfprintf+0x750>
800013ce:	f9d90793          	add	a5,s2,-99
800013d2:	0ff7f793          	zext.b	a5,a5
800013d6:	4749                	li	a4,18
800013d8:	1ef76f63          	bltu	a4,a5,800015d6 <__d_vfprintf+0xa8e>
800013dc:	80003737          	lui	a4,0x80003
800013e0:	078a                	sll	a5,a5,0x2
800013e2:	b2070713          	add	a4,a4,-1248 # 80002b20 <kinds.1+0xa0>
800013e6:	97ba                	add	a5,a5,a4
800013e8:	439c                	lw	a5,0(a5)
800013ea:	8782                	jr	a5
800013ec:	5792                	lw	a5,36(sp)
800013ee:	4485                	li	s1,1
800013f0:	02810993          	add	s3,sp,40
800013f4:	00478713          	add	a4,a5,4
800013f8:	439c                	lw	a5,0(a5)
800013fa:	d23a                	sw	a4,36(sp)
800013fc:	02f10423          	sb	a5,40(sp)
80001400:	008df813          	and	a6,s11,8
80001404:	04080e63          	beqz	a6,80001460 <__d_vfprintf+0x918>
80001408:	4901                	li	s2,0
8000140a:	05249d63          	bne	s1,s2,80001464 <__d_vfprintf+0x91c>
8000140e:	00940c33          	add	s8,s0,s1
80001412:	409b04b3          	sub	s1,s6,s1
80001416:	b9d9                	j	800010ec <__d_vfprintf+0x5a4>
80001418:	5792                	lw	a5,36(sp)
8000141a:	00478713          	add	a4,a5,4
8000141e:	d23a                	sw	a4,36(sp)
80001420:	0007a983          	lw	s3,0(a5)
80001424:	00099663          	bnez	s3,80001430 <__d_vfprintf+0x8e8>
80001428:	800039b7          	lui	s3,0x80003
8000142c:	ad498993          	add	s3,s3,-1324 # 80002ad4 <kinds.1+0x54>
80001430:	040df793          	and	a5,s11,64
80001434:	55fd                	li	a1,-1
80001436:	c391                	beqz	a5,8000143a <__d_vfprintf+0x8f2>
80001438:	85ea                	mv	a1,s10
8000143a:	854e                	mv	a0,s3
8000143c:	4b3000ef          	jal	800020ee <strnlen>
80001440:	84aa                	mv	s1,a0
80001442:	bf7d                	j	80001400 <__d_vfprintf+0x8b8>
80001444:	4582                	lw	a1,0(sp)
80001446:	02000513          	li	a0,32
8000144a:	9a02                	jalr	s4
8000144c:	f2054d63          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001450:	197d                	add	s2,s2,-1
80001452:	ff24e9e3          	bltu	s1,s2,80001444 <__d_vfprintf+0x8fc>
80001456:	945a                	add	s0,s0,s6
80001458:	41240433          	sub	s0,s0,s2
8000145c:	8b4a                	mv	s6,s2
8000145e:	b76d                	j	80001408 <__d_vfprintf+0x8c0>
80001460:	895a                	mv	s2,s6
80001462:	bfc5                	j	80001452 <__d_vfprintf+0x90a>
80001464:	012987b3          	add	a5,s3,s2
80001468:	4582                	lw	a1,0(sp)
8000146a:	0007c503          	lbu	a0,0(a5)
8000146e:	0905                	add	s2,s2,1
80001470:	9a02                	jalr	s4
80001472:	f8055ce3          	bgez	a0,8000140a <__d_vfprintf+0x8c2>
80001476:	f10ff06f          	j	80000b86 <__d_vfprintf+0x3e>
8000147a:	080df713          	and	a4,s11,128
8000147e:	5792                	lw	a5,36(sp)
80001480:	cf49                	beqz	a4,8000151a <__d_vfprintf+0x9d2>
80001482:	200df713          	and	a4,s11,512
80001486:	c359                	beqz	a4,8000150c <__d_vfprintf+0x9c4>
80001488:	079d                	add	a5,a5,7
8000148a:	9be1                	and	a5,a5,-8
8000148c:	4388                	lw	a0,0(a5)
8000148e:	43cc                	lw	a1,4(a5)
80001490:	00878713          	add	a4,a5,8
80001494:	d23a                	sw	a4,36(sp)
80001496:	fefdf993          	and	s3,s11,-17
8000149a:	09c2                	sll	s3,s3,0x10
8000149c:	0109d993          	srl	s3,s3,0x10
800014a0:	0805dd63          	bgez	a1,8000153a <__d_vfprintf+0x9f2>
800014a4:	00a037b3          	snez	a5,a0
800014a8:	40b005b3          	neg	a1,a1
800014ac:	8d9d                	sub	a1,a1,a5
800014ae:	40a00533          	neg	a0,a0
800014b2:	4009e993          	or	s3,s3,1024
800014b6:	02810a93          	add	s5,sp,40
800014ba:	46a9                	li	a3,10
800014bc:	8656                	mv	a2,s5
800014be:	c8eff0ef          	jal	8000094c <__ultoa_invert>
800014c2:	0409f793          	and	a5,s3,64
800014c6:	41550ab3          	sub	s5,a0,s5
800014ca:	c7f5                	beqz	a5,800015b6 <__d_vfprintf+0xa6e>
800014cc:	ffe9f793          	and	a5,s3,-2
800014d0:	07c2                	sll	a5,a5,0x10
800014d2:	83c1                	srl	a5,a5,0x10
800014d4:	19aad563          	bge	s5,s10,8000165e <__d_vfprintf+0xb16>
800014d8:	16090c63          	beqz	s2,80001650 <__d_vfprintf+0xb08>
800014dc:	0109fc13          	and	s8,s3,16
800014e0:	84ea                	mv	s1,s10
800014e2:	89be                	mv	s3,a5
800014e4:	060c0a63          	beqz	s8,80001558 <__d_vfprintf+0xa10>
800014e8:	0489                	add	s1,s1,2
800014ea:	0089f793          	and	a5,s3,8
800014ee:	18079a63          	bnez	a5,80001682 <__d_vfprintf+0xb3a>
800014f2:	0019f793          	and	a5,s3,1
800014f6:	cb89                	beqz	a5,80001508 <__d_vfprintf+0x9c0>
800014f8:	8d56                	mv	s10,s5
800014fa:	0164d763          	bge	s1,s6,80001508 <__d_vfprintf+0x9c0>
800014fe:	409b04b3          	sub	s1,s6,s1
80001502:	01548d33          	add	s10,s1,s5
80001506:	84da                	mv	s1,s6
80001508:	8ba6                	mv	s7,s1
8000150a:	a2ad                	j	80001674 <__d_vfprintf+0xb2c>
8000150c:	4388                	lw	a0,0(a5)
8000150e:	00478713          	add	a4,a5,4
80001512:	d23a                	sw	a4,36(sp)
80001514:	41f55593          	sra	a1,a0,0x1f
80001518:	bfbd                	j	80001496 <__d_vfprintf+0x94e>
8000151a:	00478713          	add	a4,a5,4
8000151e:	4388                	lw	a0,0(a5)
80001520:	d23a                	sw	a4,36(sp)
80001522:	100df793          	and	a5,s11,256
80001526:	d7fd                	beqz	a5,80001514 <__d_vfprintf+0x9cc>
80001528:	200df793          	and	a5,s11,512
8000152c:	c781                	beqz	a5,80001534 <__d_vfprintf+0x9ec>
8000152e:	0562                	sll	a0,a0,0x18
80001530:	8561                	sra	a0,a0,0x18
80001532:	b7cd                	j	80001514 <__d_vfprintf+0x9cc>
80001534:	0542                	sll	a0,a0,0x10
80001536:	8541                	sra	a0,a0,0x10
80001538:	bff1                	j	80001514 <__d_vfprintf+0x9cc>
8000153a:	00b567b3          	or	a5,a0,a1
8000153e:	ffa5                	bnez	a5,800014b6 <__d_vfprintf+0x96e>
80001540:	040df793          	and	a5,s11,64
80001544:	dbad                	beqz	a5,800014b6 <__d_vfprintf+0x96e>
80001546:	f60d18e3          	bnez	s10,800014b6 <__d_vfprintf+0x96e>
8000154a:	feedf993          	and	s3,s11,-18
8000154e:	09c2                	sll	s3,s3,0x10
80001550:	0109d993          	srl	s3,s3,0x10
80001554:	4a81                	li	s5,0
80001556:	4481                	li	s1,0
80001558:	4069fc13          	and	s8,s3,1030
8000155c:	f80c07e3          	beqz	s8,800014ea <__d_vfprintf+0x9a2>
80001560:	0485                	add	s1,s1,1
80001562:	4c01                	li	s8,0
80001564:	b759                	j	800014ea <__d_vfprintf+0x9a2>
80001566:	fefdf813          	and	a6,s11,-17
8000156a:	01081d93          	sll	s11,a6,0x10
8000156e:	010ddd93          	srl	s11,s11,0x10
80001572:	46a9                	li	a3,10
80001574:	080df713          	and	a4,s11,128
80001578:	5792                	lw	a5,36(sp)
8000157a:	c355                	beqz	a4,8000161e <__d_vfprintf+0xad6>
8000157c:	200df713          	and	a4,s11,512
80001580:	cb49                	beqz	a4,80001612 <__d_vfprintf+0xaca>
80001582:	079d                	add	a5,a5,7
80001584:	9be1                	and	a5,a5,-8
80001586:	4388                	lw	a0,0(a5)
80001588:	43cc                	lw	a1,4(a5)
8000158a:	00878713          	add	a4,a5,8
8000158e:	d23a                	sw	a4,36(sp)
80001590:	00b567b3          	or	a5,a0,a1
80001594:	e7cd                	bnez	a5,8000163e <__d_vfprintf+0xaf6>
80001596:	fe9df993          	and	s3,s11,-23
8000159a:	09c2                	sll	s3,s3,0x10
8000159c:	040df793          	and	a5,s11,64
800015a0:	0109d993          	srl	s3,s3,0x10
800015a4:	c3dd                	beqz	a5,8000164a <__d_vfprintf+0xb02>
800015a6:	0a0d1263          	bnez	s10,8000164a <__d_vfprintf+0xb02>
800015aa:	fe8df993          	and	s3,s11,-24
800015ae:	09c2                	sll	s3,s3,0x10
800015b0:	0109d993          	srl	s3,s3,0x10
800015b4:	4a81                	li	s5,0
800015b6:	0109fc13          	and	s8,s3,16
800015ba:	0a0c0463          	beqz	s8,80001662 <__d_vfprintf+0xb1a>
800015be:	001a8493          	add	s1,s5,1
800015c2:	f20904e3          	beqz	s2,800014ea <__d_vfprintf+0x9a2>
800015c6:	84d6                	mv	s1,s5
800015c8:	b705                	j	800014e8 <__d_vfprintf+0x9a0>
800015ca:	010ded93          	or	s11,s11,16
800015ce:	46c1                	li	a3,16
800015d0:	07800913          	li	s2,120
800015d4:	b745                	j	80001574 <__d_vfprintf+0xa2c>
800015d6:	07800793          	li	a5,120
800015da:	00fc9a63          	bne	s9,a5,800015ee <__d_vfprintf+0xaa6>
800015de:	05800793          	li	a5,88
800015e2:	46c1                	li	a3,16
800015e4:	f8f918e3          	bne	s2,a5,80001574 <__d_vfprintf+0xa2c>
800015e8:	21000693          	li	a3,528
800015ec:	b761                	j	80001574 <__d_vfprintf+0xa2c>
800015ee:	4582                	lw	a1,0(sp)
800015f0:	02500513          	li	a0,37
800015f4:	9a02                	jalr	s4
800015f6:	d8054863          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
800015fa:	4582                	lw	a1,0(sp)
800015fc:	854a                	mv	a0,s2
800015fe:	9a02                	jalr	s4
80001600:	d8054363          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001604:	0409                	add	s0,s0,2
80001606:	4792                	lw	a5,4(sp)
80001608:	d5eff06f          	j	80000b66 <__d_vfprintf+0x1e>
8000160c:	46a1                	li	a3,8
8000160e:	4901                	li	s2,0
80001610:	b795                	j	80001574 <__d_vfprintf+0xa2c>
80001612:	4388                	lw	a0,0(a5)
80001614:	00478713          	add	a4,a5,4
80001618:	d23a                	sw	a4,36(sp)
8000161a:	4581                	li	a1,0
8000161c:	bf95                	j	80001590 <__d_vfprintf+0xa48>
8000161e:	00478713          	add	a4,a5,4
80001622:	4388                	lw	a0,0(a5)
80001624:	d23a                	sw	a4,36(sp)
80001626:	100df793          	and	a5,s11,256
8000162a:	dbe5                	beqz	a5,8000161a <__d_vfprintf+0xad2>
8000162c:	200df793          	and	a5,s11,512
80001630:	c781                	beqz	a5,80001638 <__d_vfprintf+0xaf0>
80001632:	0ff57513          	zext.b	a0,a0
80001636:	b7d5                	j	8000161a <__d_vfprintf+0xad2>
80001638:	0542                	sll	a0,a0,0x10
8000163a:	8141                	srl	a0,a0,0x10
8000163c:	bff9                	j	8000161a <__d_vfprintf+0xad2>
8000163e:	ff9df813          	and	a6,s11,-7
80001642:	01081993          	sll	s3,a6,0x10
80001646:	0109d993          	srl	s3,s3,0x10
8000164a:	02810a93          	add	s5,sp,40
8000164e:	b5bd                	j	800014bc <__d_vfprintf+0x974>
80001650:	fee9f993          	and	s3,s3,-18
80001654:	09c2                	sll	s3,s3,0x10
80001656:	0109d993          	srl	s3,s3,0x10
8000165a:	84ea                	mv	s1,s10
8000165c:	bdf5                	j	80001558 <__d_vfprintf+0xa10>
8000165e:	89be                	mv	s3,a5
80001660:	bf99                	j	800015b6 <__d_vfprintf+0xa6e>
80001662:	84d6                	mv	s1,s5
80001664:	bdd5                	j	80001558 <__d_vfprintf+0xa10>
80001666:	4582                	lw	a1,0(sp)
80001668:	02000513          	li	a0,32
8000166c:	9a02                	jalr	s4
8000166e:	d0054c63          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001672:	0b85                	add	s7,s7,1
80001674:	ff6bc9e3          	blt	s7,s6,80001666 <__d_vfprintf+0xb1e>
80001678:	409404b3          	sub	s1,s0,s1
8000167c:	01748433          	add	s0,s1,s7
80001680:	84de                	mv	s1,s7
80001682:	020c0363          	beqz	s8,800016a8 <__d_vfprintf+0xb60>
80001686:	4582                	lw	a1,0(sp)
80001688:	03000513          	li	a0,48
8000168c:	9a02                	jalr	s4
8000168e:	ce054c63          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001692:	04090d63          	beqz	s2,800016ec <__d_vfprintf+0xba4>
80001696:	4582                	lw	a1,0(sp)
80001698:	0409                	add	s0,s0,2
8000169a:	854a                	mv	a0,s2
8000169c:	9a02                	jalr	s4
8000169e:	ce054463          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
800016a2:	8c22                	mv	s8,s0
800016a4:	9d22                	add	s10,s10,s0
800016a6:	a81d                	j	800016dc <__d_vfprintf+0xb94>
800016a8:	4069f793          	and	a5,s3,1030
800016ac:	dbfd                	beqz	a5,800016a2 <__d_vfprintf+0xb5a>
800016ae:	0029f793          	and	a5,s3,2
800016b2:	02000513          	li	a0,32
800016b6:	c399                	beqz	a5,800016bc <__d_vfprintf+0xb74>
800016b8:	02b00513          	li	a0,43
800016bc:	4009f993          	and	s3,s3,1024
800016c0:	00098463          	beqz	s3,800016c8 <__d_vfprintf+0xb80>
800016c4:	02d00513          	li	a0,45
800016c8:	4582                	lw	a1,0(sp)
800016ca:	0405                	add	s0,s0,1
800016cc:	bfc1                	j	8000169c <__d_vfprintf+0xb54>
800016ce:	4582                	lw	a1,0(sp)
800016d0:	03000513          	li	a0,48
800016d4:	0c05                	add	s8,s8,1
800016d6:	9a02                	jalr	s4
800016d8:	ca054763          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
800016dc:	418d07b3          	sub	a5,s10,s8
800016e0:	fefac7e3          	blt	s5,a5,800016ce <__d_vfprintf+0xb86>
800016e4:	8456                	mv	s0,s5
800016e6:	e409                	bnez	s0,800016f0 <__d_vfprintf+0xba8>
800016e8:	9c56                	add	s8,s8,s5
800016ea:	b325                	j	80001412 <__d_vfprintf+0x8ca>
800016ec:	0405                	add	s0,s0,1
800016ee:	bf55                	j	800016a2 <__d_vfprintf+0xb5a>
800016f0:	147d                	add	s0,s0,-1
800016f2:	103c                	add	a5,sp,40
800016f4:	97a2                	add	a5,a5,s0
800016f6:	4582                	lw	a1,0(sp)
800016f8:	0007c503          	lbu	a0,0(a5)
800016fc:	9a02                	jalr	s4
800016fe:	fe0554e3          	bgez	a0,800016e6 <__d_vfprintf+0xb9e>
80001702:	c84ff06f          	j	80000b86 <__d_vfprintf+0x3e>
80001706:	4582                	lw	a1,0(sp)
80001708:	02000513          	li	a0,32
8000170c:	0405                	add	s0,s0,1
8000170e:	9a02                	jalr	s4
80001710:	c6054b63          	bltz	a0,80000b86 <__d_vfprintf+0x3e>
80001714:	408487b3          	sub	a5,s1,s0
80001718:	fef047e3          	bgtz	a5,80001706 <__d_vfprintf+0xbbe>
8000171c:	b5ed                	j	80001606 <__d_vfprintf+0xabe>

8000171e <mulShiftAll64>:
8000171e:	0f0012ef          	jal	t0,8000280e <__riscv_save_10>
80001722:	84b2                	mv	s1,a2
80001724:	00159913          	sll	s2,a1,0x1
80001728:	4210                	lw	a2,0(a2)
8000172a:	8ab6                	mv	s5,a3
8000172c:	89be                	mv	s3,a5
8000172e:	40d4                	lw	a3,4(s1)
80001730:	01f55793          	srl	a5,a0,0x1f
80001734:	1141                	add	sp,sp,-16
80001736:	0127e933          	or	s2,a5,s2
8000173a:	00151413          	sll	s0,a0,0x1
8000173e:	8522                	mv	a0,s0
80001740:	85ca                	mv	a1,s2
80001742:	8bba                	mv	s7,a4
80001744:	870a                	mv	a4,sp
80001746:	8b42                	mv	s6,a6
80001748:	0f5000ef          	jal	8000203c <__umul128>
8000174c:	44d4                	lw	a3,12(s1)
8000174e:	4490                	lw	a2,8(s1)
80001750:	0038                	add	a4,sp,8
80001752:	8caa                	mv	s9,a0
80001754:	8c2e                	mv	s8,a1
80001756:	8522                	mv	a0,s0
80001758:	85ca                	mv	a1,s2
8000175a:	0e3000ef          	jal	8000203c <__umul128>
8000175e:	4682                	lw	a3,0(sp)
80001760:	4712                	lw	a4,4(sp)
80001762:	4785                	li	a5,1
80001764:	00d50933          	add	s2,a0,a3
80001768:	00a93533          	sltu	a0,s2,a0
8000176c:	95ba                	add	a1,a1,a4
8000176e:	00b50433          	add	s0,a0,a1
80001772:	00e46763          	bltu	s0,a4,80001780 <mulShiftAll64+0x62>
80001776:	00871463          	bne	a4,s0,8000177e <mulShiftAll64+0x60>
8000177a:	00d96363          	bltu	s2,a3,80001780 <mulShiftAll64+0x62>
8000177e:	4781                	li	a5,0
80001780:	4622                	lw	a2,8(sp)
80001782:	4732                	lw	a4,12(sp)
80001784:	963e                	add	a2,a2,a5
80001786:	00f637b3          	sltu	a5,a2,a5
8000178a:	00e786b3          	add	a3,a5,a4
8000178e:	4098                	lw	a4,0(s1)
80001790:	40dc                	lw	a5,4(s1)
80001792:	c432                	sw	a2,8(sp)
80001794:	9766                	add	a4,a4,s9
80001796:	97e2                	add	a5,a5,s8
80001798:	019735b3          	sltu	a1,a4,s9
8000179c:	95be                	add	a1,a1,a5
8000179e:	c636                	sw	a3,12(sp)
800017a0:	4785                	li	a5,1
800017a2:	0185e763          	bltu	a1,s8,800017b0 <mulShiftAll64+0x92>
800017a6:	00bc1463          	bne	s8,a1,800017ae <mulShiftAll64+0x90>
800017aa:	01976363          	bltu	a4,s9,800017b0 <mulShiftAll64+0x92>
800017ae:	4781                	li	a5,0
800017b0:	4498                	lw	a4,8(s1)
800017b2:	44c8                	lw	a0,12(s1)
800017b4:	fbfa8a13          	add	s4,s5,-65
800017b8:	974a                	add	a4,a4,s2
800017ba:	9522                	add	a0,a0,s0
800017bc:	012735b3          	sltu	a1,a4,s2
800017c0:	95aa                	add	a1,a1,a0
800017c2:	00e78533          	add	a0,a5,a4
800017c6:	00f537b3          	sltu	a5,a0,a5
800017ca:	95be                	add	a1,a1,a5
800017cc:	4785                	li	a5,1
800017ce:	0085e763          	bltu	a1,s0,800017dc <mulShiftAll64+0xbe>
800017d2:	00b41463          	bne	s0,a1,800017da <mulShiftAll64+0xbc>
800017d6:	01256363          	bltu	a0,s2,800017dc <mulShiftAll64+0xbe>
800017da:	4781                	li	a5,0
800017dc:	963e                	add	a2,a2,a5
800017de:	00f637b3          	sltu	a5,a2,a5
800017e2:	8752                	mv	a4,s4
800017e4:	96be                	add	a3,a3,a5
800017e6:	0a3000ef          	jal	80002088 <__shiftright128>
800017ea:	00aba023          	sw	a0,0(s7)
800017ee:	00bba223          	sw	a1,4(s7)
800017f2:	4785                	li	a5,1
800017f4:	48a2                	lw	a7,8(sp)
800017f6:	4832                	lw	a6,12(sp)
800017f8:	40cc                	lw	a1,4(s1)
800017fa:	4488                	lw	a0,8(s1)
800017fc:	44d8                	lw	a4,12(s1)
800017fe:	06fb1763          	bne	s6,a5,8000186c <mulShiftAll64+0x14e>
80001802:	40a906b3          	sub	a3,s2,a0
80001806:	00d93633          	sltu	a2,s2,a3
8000180a:	40e407b3          	sub	a5,s0,a4
8000180e:	8f91                	sub	a5,a5,a2
80001810:	4505                	li	a0,1
80001812:	00bc6863          	bltu	s8,a1,80001822 <mulShiftAll64+0x104>
80001816:	01859563          	bne	a1,s8,80001820 <mulShiftAll64+0x102>
8000181a:	4098                	lw	a4,0(s1)
8000181c:	00ece363          	bltu	s9,a4,80001822 <mulShiftAll64+0x104>
80001820:	4501                	li	a0,0
80001822:	40a68533          	sub	a0,a3,a0
80001826:	00a6b6b3          	sltu	a3,a3,a0
8000182a:	40d785b3          	sub	a1,a5,a3
8000182e:	4605                	li	a2,1
80001830:	00b46763          	bltu	s0,a1,8000183e <mulShiftAll64+0x120>
80001834:	00859463          	bne	a1,s0,8000183c <mulShiftAll64+0x11e>
80001838:	00a96363          	bltu	s2,a0,8000183e <mulShiftAll64+0x120>
8000183c:	4601                	li	a2,0
8000183e:	40c88633          	sub	a2,a7,a2
80001842:	00c8b6b3          	sltu	a3,a7,a2
80001846:	8752                	mv	a4,s4
80001848:	40d806b3          	sub	a3,a6,a3
8000184c:	03d000ef          	jal	80002088 <__shiftright128>
80001850:	4622                	lw	a2,8(sp)
80001852:	46b2                	lw	a3,12(sp)
80001854:	00a9a023          	sw	a0,0(s3)
80001858:	00b9a223          	sw	a1,4(s3)
8000185c:	8752                	mv	a4,s4
8000185e:	854a                	mv	a0,s2
80001860:	85a2                	mv	a1,s0
80001862:	027000ef          	jal	80002088 <__shiftright128>
80001866:	0141                	add	sp,sp,16
80001868:	7df0006f          	j	80002846 <__riscv_restore_10>
8000186c:	01fcd793          	srl	a5,s9,0x1f
80001870:	001c1613          	sll	a2,s8,0x1
80001874:	8e5d                	or	a2,a2,a5
80001876:	01f95693          	srl	a3,s2,0x1f
8000187a:	00141793          	sll	a5,s0,0x1
8000187e:	001c9e93          	sll	t4,s9,0x1
80001882:	8fd5                	or	a5,a5,a3
80001884:	00191313          	sll	t1,s2,0x1
80001888:	4e05                	li	t3,1
8000188a:	01866763          	bltu	a2,s8,80001898 <mulShiftAll64+0x17a>
8000188e:	00cc1463          	bne	s8,a2,80001896 <mulShiftAll64+0x178>
80001892:	019ee363          	bltu	t4,s9,80001898 <mulShiftAll64+0x17a>
80001896:	4e01                	li	t3,0
80001898:	9e1a                	add	t3,t3,t1
8000189a:	006e3333          	sltu	t1,t3,t1
8000189e:	933e                	add	t1,t1,a5
800018a0:	4785                	li	a5,1
800018a2:	00b66863          	bltu	a2,a1,800018b2 <mulShiftAll64+0x194>
800018a6:	00c59563          	bne	a1,a2,800018b0 <mulShiftAll64+0x192>
800018aa:	4094                	lw	a3,0(s1)
800018ac:	00dee363          	bltu	t4,a3,800018b2 <mulShiftAll64+0x194>
800018b0:	4781                	li	a5,0
800018b2:	40fe07b3          	sub	a5,t3,a5
800018b6:	00fe35b3          	sltu	a1,t3,a5
800018ba:	40b305b3          	sub	a1,t1,a1
800018be:	40a78533          	sub	a0,a5,a0
800018c2:	00a7b7b3          	sltu	a5,a5,a0
800018c6:	8d99                	sub	a1,a1,a4
800018c8:	01f8d693          	srl	a3,a7,0x1f
800018cc:	8d9d                	sub	a1,a1,a5
800018ce:	00181793          	sll	a5,a6,0x1
800018d2:	8fd5                	or	a5,a5,a3
800018d4:	fc0a8713          	add	a4,s5,-64
800018d8:	0886                	sll	a7,a7,0x1
800018da:	4685                	li	a3,1
800018dc:	00836763          	bltu	t1,s0,800018ea <mulShiftAll64+0x1cc>
800018e0:	00641463          	bne	s0,t1,800018e8 <mulShiftAll64+0x1ca>
800018e4:	012e6363          	bltu	t3,s2,800018ea <mulShiftAll64+0x1cc>
800018e8:	4681                	li	a3,0
800018ea:	96c6                	add	a3,a3,a7
800018ec:	0116b8b3          	sltu	a7,a3,a7
800018f0:	98be                	add	a7,a7,a5
800018f2:	4605                	li	a2,1
800018f4:	00b36763          	bltu	t1,a1,80001902 <mulShiftAll64+0x1e4>
800018f8:	00659463          	bne	a1,t1,80001900 <mulShiftAll64+0x1e2>
800018fc:	00ae6363          	bltu	t3,a0,80001902 <mulShiftAll64+0x1e4>
80001900:	4601                	li	a2,0
80001902:	40c68633          	sub	a2,a3,a2
80001906:	00c6b6b3          	sltu	a3,a3,a2
8000190a:	40d886b3          	sub	a3,a7,a3
8000190e:	bf3d                	j	8000184c <mulShiftAll64+0x12e>

80001910 <div10>:
80001910:	727002ef          	jal	t0,80002836 <__riscv_save_0>
80001914:	800037b7          	lui	a5,0x80003
80001918:	fb07a603          	lw	a2,-80(a5) # 80002fb0 <stdout+0x4>
8000191c:	fb47a683          	lw	a3,-76(a5)
80001920:	1141                	add	sp,sp,-16
80001922:	0038                	add	a4,sp,8
80001924:	718000ef          	jal	8000203c <__umul128>
80001928:	45b2                	lw	a1,12(sp)
8000192a:	47a2                	lw	a5,8(sp)
8000192c:	01d59513          	sll	a0,a1,0x1d
80001930:	838d                	srl	a5,a5,0x3
80001932:	8d5d                	or	a0,a0,a5
80001934:	818d                	srl	a1,a1,0x3
80001936:	0141                	add	sp,sp,16
80001938:	7230006f          	j	8000285a <__riscv_restore_0>

8000193c <__dtoa_engine>:
8000193c:	6cb002ef          	jal	t0,80002806 <__riscv_save_12>
80001940:	715d                	add	sp,sp,-80
80001942:	8bb6                	mv	s7,a3
80001944:	001006b7          	lui	a3,0x100
80001948:	c43a                	sw	a4,8(sp)
8000194a:	c63e                	sw	a5,12(sp)
8000194c:	01f5d713          	srl	a4,a1,0x1f
80001950:	fff68d93          	add	s11,a3,-1 # fffff <__stack_size+0xeffff>
80001954:	0145d793          	srl	a5,a1,0x14
80001958:	00bdfdb3          	and	s11,s11,a1
8000195c:	c03a                	sw	a4,0(sp)
8000195e:	7ff7f413          	and	s0,a5,2047
80001962:	84aa                	mv	s1,a0
80001964:	8ab2                	mv	s5,a2
80001966:	00ade733          	or	a4,s11,a0
8000196a:	e405                	bnez	s0,80001992 <__dtoa_engine+0x56>
8000196c:	e331                	bnez	a4,800019b0 <__dtoa_engine+0x74>
8000196e:	03000793          	li	a5,48
80001972:	00f602a3          	sb	a5,5(a2)
80001976:	4782                	lw	a5,0(sp)
80001978:	00060323          	sb	zero,6(a2)
8000197c:	00062023          	sw	zero,0(a2)
80001980:	0027e993          	or	s3,a5,2
80001984:	01360223          	sb	s3,4(a2)
80001988:	4405                	li	s0,1
8000198a:	8522                	mv	a0,s0
8000198c:	6161                	add	sp,sp,80
8000198e:	6b50006f          	j	80002842 <__riscv_restore_12>
80001992:	7ff00613          	li	a2,2047
80001996:	0ac41163          	bne	s0,a2,80001a38 <__dtoa_engine+0xfc>
8000199a:	4782                	lw	a5,0(sp)
8000199c:	0047e793          	or	a5,a5,4
800019a0:	c701                	beqz	a4,800019a8 <__dtoa_engine+0x6c>
800019a2:	4782                	lw	a5,0(sp)
800019a4:	0087e793          	or	a5,a5,8
800019a8:	00fa8223          	sb	a5,4(s5)
800019ac:	4401                	li	s0,0
800019ae:	bff1                	j	8000198a <__dtoa_engine+0x4e>
800019b0:	00157793          	and	a5,a0,1
800019b4:	c23e                	sw	a5,4(sp)
800019b6:	002d9993          	sll	s3,s11,0x2
800019ba:	01e55793          	srl	a5,a0,0x1e
800019be:	0137e9b3          	or	s3,a5,s3
800019c2:	00251c13          	sll	s8,a0,0x2
800019c6:	892a                	mv	s2,a0
800019c8:	bcc00413          	li	s0,-1076
800019cc:	4805                	li	a6,1
800019ce:	4d05                	li	s10,1
800019d0:	408004b3          	neg	s1,s0
800019d4:	8526                	mv	a0,s1
800019d6:	ca42                	sw	a6,20(sp)
800019d8:	2589                	jal	8000201a <__log10Pow5>
800019da:	fff42793          	slti	a5,s0,-1
800019de:	40f50b33          	sub	s6,a0,a5
800019e2:	416484b3          	sub	s1,s1,s6
800019e6:	8526                	mv	a0,s1
800019e8:	2589                	jal	8000202a <__pow5bits>
800019ea:	f8350693          	add	a3,a0,-125
800019ee:	40db06b3          	sub	a3,s6,a3
800019f2:	8526                	mv	a0,s1
800019f4:	008c                	add	a1,sp,64
800019f6:	c836                	sw	a3,16(sp)
800019f8:	2929                	jal	80001e12 <__double_computePow5>
800019fa:	4852                	lw	a6,20(sp)
800019fc:	46c2                	lw	a3,16(sp)
800019fe:	181c                	add	a5,sp,48
80001a00:	1038                	add	a4,sp,40
80001a02:	0090                	add	a2,sp,64
80001a04:	854a                	mv	a0,s2
80001a06:	85ee                	mv	a1,s11
80001a08:	3b19                	jal	8000171e <mulShiftAll64>
80001a0a:	4785                	li	a5,1
80001a0c:	008b0a33          	add	s4,s6,s0
80001a10:	84ae                	mv	s1,a1
80001a12:	842a                	mv	s0,a0
80001a14:	1367e663          	bltu	a5,s6,80001b40 <__dtoa_engine+0x204>
80001a18:	4792                	lw	a5,4(sp)
80001a1a:	4985                	li	s3,1
80001a1c:	0e078963          	beqz	a5,80001b0e <__dtoa_engine+0x1d2>
80001a20:	57a2                	lw	a5,40(sp)
80001a22:	5732                	lw	a4,44(sp)
80001a24:	4985                	li	s3,1
80001a26:	fff78693          	add	a3,a5,-1
80001a2a:	0017b793          	seqz	a5,a5
80001a2e:	40f707b3          	sub	a5,a4,a5
80001a32:	d436                	sw	a3,40(sp)
80001a34:	d63e                	sw	a5,44(sp)
80001a36:	a07d                	j	80001ae4 <__dtoa_engine+0x1a8>
80001a38:	01b6edb3          	or	s11,a3,s11
80001a3c:	00157693          	and	a3,a0,1
80001a40:	c236                	sw	a3,4(sp)
80001a42:	002d9993          	sll	s3,s11,0x2
80001a46:	01e55693          	srl	a3,a0,0x1e
80001a4a:	bcb40413          	add	s0,s0,-1077
80001a4e:	892a                	mv	s2,a0
80001a50:	0136e9b3          	or	s3,a3,s3
80001a54:	00251c13          	sll	s8,a0,0x2
80001a58:	4d05                	li	s10,1
80001a5a:	e709                	bnez	a4,80001a64 <__dtoa_engine+0x128>
80001a5c:	7fe7f793          	and	a5,a5,2046
80001a60:	0017bd13          	seqz	s10,a5
80001a64:	886a                	mv	a6,s10
80001a66:	f60445e3          	bltz	s0,800019d0 <__dtoa_engine+0x94>
80001a6a:	8522                	mv	a0,s0
80001a6c:	2345                	jal	8000200c <__log10Pow2>
80001a6e:	00442793          	slti	a5,s0,4
80001a72:	0017c793          	xor	a5,a5,1
80001a76:	40f50a33          	sub	s4,a0,a5
80001a7a:	8552                	mv	a0,s4
80001a7c:	237d                	jal	8000202a <__pow5bits>
80001a7e:	07c50693          	add	a3,a0,124
80001a82:	408a0433          	sub	s0,s4,s0
80001a86:	96a2                	add	a3,a3,s0
80001a88:	008c                	add	a1,sp,64
80001a8a:	8552                	mv	a0,s4
80001a8c:	c836                	sw	a3,16(sp)
80001a8e:	2141                	jal	80001f0e <__double_computeInvPow5>
80001a90:	46c2                	lw	a3,16(sp)
80001a92:	181c                	add	a5,sp,48
80001a94:	8526                	mv	a0,s1
80001a96:	886a                	mv	a6,s10
80001a98:	1038                	add	a4,sp,40
80001a9a:	0090                	add	a2,sp,64
80001a9c:	85ee                	mv	a1,s11
80001a9e:	3141                	jal	8000171e <mulShiftAll64>
80001aa0:	47d5                	li	a5,21
80001aa2:	842a                	mv	s0,a0
80001aa4:	84ae                	mv	s1,a1
80001aa6:	0947eb63          	bltu	a5,s4,80001b3c <__dtoa_engine+0x200>
80001aaa:	800037b7          	lui	a5,0x80003
80001aae:	fb47a683          	lw	a3,-76(a5) # 80002fb4 <stdout+0x8>
80001ab2:	fb07a603          	lw	a2,-80(a5)
80001ab6:	1838                	add	a4,sp,56
80001ab8:	8562                	mv	a0,s8
80001aba:	85ce                	mv	a1,s3
80001abc:	2341                	jal	8000203c <__umul128>
80001abe:	57e2                	lw	a5,56(sp)
80001ac0:	56f2                	lw	a3,60(sp)
80001ac2:	5da2                	lw	s11,40(sp)
80001ac4:	8389                	srl	a5,a5,0x2
80001ac6:	06fa                	sll	a3,a3,0x1e
80001ac8:	8fd5                	or	a5,a5,a3
80001aca:	4695                	li	a3,5
80001acc:	02f687b3          	mul	a5,a3,a5
80001ad0:	5932                	lw	s2,44(sp)
80001ad2:	01879b63          	bne	a5,s8,80001ae8 <__dtoa_engine+0x1ac>
80001ad6:	85ce                	mv	a1,s3
80001ad8:	8562                	mv	a0,s8
80001ada:	2ced                	jal	80001dd4 <__pow5Factor>
80001adc:	01453733          	sltu	a4,a0,s4
80001ae0:	00174993          	xor	s3,a4,1
80001ae4:	4d01                	li	s10,0
80001ae6:	a025                	j	80001b0e <__dtoa_engine+0x1d2>
80001ae8:	4792                	lw	a5,4(sp)
80001aea:	e79d                	bnez	a5,80001b18 <__dtoa_engine+0x1dc>
80001aec:	fffc0793          	add	a5,s8,-1
80001af0:	41a78533          	sub	a0,a5,s10
80001af4:	001c3593          	seqz	a1,s8
80001af8:	00a7b7b3          	sltu	a5,a5,a0
80001afc:	40b985b3          	sub	a1,s3,a1
80001b00:	8d9d                	sub	a1,a1,a5
80001b02:	2cc9                	jal	80001dd4 <__pow5Factor>
80001b04:	01453933          	sltu	s2,a0,s4
80001b08:	00194d13          	xor	s10,s2,1
80001b0c:	4981                	li	s3,0
80001b0e:	47a2                	lw	a5,8(sp)
80001b10:	0e079f63          	bnez	a5,80001c0e <__dtoa_engine+0x2d2>
80001b14:	8b5e                	mv	s6,s7
80001b16:	a049                	j	80001b98 <__dtoa_engine+0x25c>
80001b18:	002c0513          	add	a0,s8,2
80001b1c:	018535b3          	sltu	a1,a0,s8
80001b20:	95ce                	add	a1,a1,s3
80001b22:	2c4d                	jal	80001dd4 <__pow5Factor>
80001b24:	01453533          	sltu	a0,a0,s4
80001b28:	00154513          	xor	a0,a0,1
80001b2c:	40ad8533          	sub	a0,s11,a0
80001b30:	00adbdb3          	sltu	s11,s11,a0
80001b34:	41b90733          	sub	a4,s2,s11
80001b38:	d42a                	sw	a0,40(sp)
80001b3a:	d63a                	sw	a4,44(sp)
80001b3c:	4981                	li	s3,0
80001b3e:	b75d                	j	80001ae4 <__dtoa_engine+0x1a8>
80001b40:	03e00793          	li	a5,62
80001b44:	ff67ece3          	bltu	a5,s6,80001b3c <__dtoa_engine+0x200>
80001b48:	865a                	mv	a2,s6
80001b4a:	557d                	li	a0,-1
80001b4c:	55fd                	li	a1,-1
80001b4e:	23c5                	jal	8000212e <__ashldi3>
80001b50:	fff54513          	not	a0,a0
80001b54:	fff5c593          	not	a1,a1
80001b58:	0135f5b3          	and	a1,a1,s3
80001b5c:	01857533          	and	a0,a0,s8
80001b60:	00b56733          	or	a4,a0,a1
80001b64:	00173993          	seqz	s3,a4
80001b68:	bfb5                	j	80001ae4 <__dtoa_engine+0x1a8>
80001b6a:	02d50833          	mul	a6,a0,a3
80001b6e:	0785                	add	a5,a5,1
80001b70:	02b536b3          	mulhu	a3,a0,a1
80001b74:	02b505b3          	mul	a1,a0,a1
80001b78:	96c2                	add	a3,a3,a6
80001b7a:	00d4e663          	bltu	s1,a3,80001b86 <__dtoa_engine+0x24a>
80001b7e:	fe9696e3          	bne	a3,s1,80001b6a <__dtoa_engine+0x22e>
80001b82:	feb474e3          	bgeu	s0,a1,80001b6a <__dtoa_engine+0x22e>
80001b86:	4732                	lw	a4,12(sp)
80001b88:	97d2                	add	a5,a5,s4
80001b8a:	97ba                	add	a5,a5,a4
80001b8c:	00f04363          	bgtz	a5,80001b92 <__dtoa_engine+0x256>
80001b90:	4785                	li	a5,1
80001b92:	8b3e                	mv	s6,a5
80001b94:	f8fbc0e3          	blt	s7,a5,80001b14 <__dtoa_engine+0x1d8>
80001b98:	4c81                	li	s9,0
80001b9a:	4901                	li	s2,0
80001b9c:	4c01                	li	s8,0
80001b9e:	5522                	lw	a0,40(sp)
80001ba0:	55b2                	lw	a1,44(sp)
80001ba2:	33bd                	jal	80001910 <div10>
80001ba4:	57c2                	lw	a5,48(sp)
80001ba6:	8dae                	mv	s11,a1
80001ba8:	55d2                	lw	a1,52(sp)
80001baa:	c82a                	sw	a0,16(sp)
80001bac:	853e                	mv	a0,a5
80001bae:	ca3e                	sw	a5,20(sp)
80001bb0:	3385                	jal	80001910 <div10>
80001bb2:	832a                	mv	t1,a0
80001bb4:	88ae                	mv	a7,a1
80001bb6:	4ea9                	li	t4,10
80001bb8:	01b5e763          	bltu	a1,s11,80001bc6 <__dtoa_engine+0x28a>
80001bbc:	08bd9563          	bne	s11,a1,80001c46 <__dtoa_engine+0x30a>
80001bc0:	47c2                	lw	a5,16(sp)
80001bc2:	08f57263          	bgeu	a0,a5,80001c46 <__dtoa_engine+0x30a>
80001bc6:	8522                	mv	a0,s0
80001bc8:	85a6                	mv	a1,s1
80001bca:	ce46                	sw	a7,28(sp)
80001bcc:	cc1a                	sw	t1,24(sp)
80001bce:	3389                	jal	80001910 <div10>
80001bd0:	4362                	lw	t1,24(sp)
80001bd2:	4ea9                	li	t4,10
80001bd4:	001cb693          	seqz	a3,s9
80001bd8:	026e8833          	mul	a6,t4,t1
80001bdc:	00d9f9b3          	and	s3,s3,a3
80001be0:	47d2                	lw	a5,20(sp)
80001be2:	48f2                	lw	a7,28(sp)
80001be4:	d66e                	sw	s11,44(sp)
80001be6:	d81a                	sw	t1,48(sp)
80001be8:	da46                	sw	a7,52(sp)
80001bea:	0905                	add	s2,s2,1
80001bec:	84ae                	mv	s1,a1
80001bee:	02ae86b3          	mul	a3,t4,a0
80001bf2:	40f80833          	sub	a6,a6,a5
80001bf6:	47c2                	lw	a5,16(sp)
80001bf8:	00183813          	seqz	a6,a6
80001bfc:	010d7d33          	and	s10,s10,a6
80001c00:	d43e                	sw	a5,40(sp)
80001c02:	40d406b3          	sub	a3,s0,a3
80001c06:	0ff6fc93          	zext.b	s9,a3
80001c0a:	842a                	mv	s0,a0
80001c0c:	bf49                	j	80001b9e <__dtoa_engine+0x262>
80001c0e:	45a9                	li	a1,10
80001c10:	4681                	li	a3,0
80001c12:	4785                	li	a5,1
80001c14:	4529                	li	a0,10
80001c16:	b795                	j	80001b7a <__dtoa_engine+0x23e>
80001c18:	030e8f33          	mul	t5,t4,a6
80001c1c:	0505                	add	a0,a0,1
80001c1e:	02beb833          	mulhu	a6,t4,a1
80001c22:	02be85b3          	mul	a1,t4,a1
80001c26:	987a                	add	a6,a6,t5
80001c28:	0104e663          	bltu	s1,a6,80001c34 <__dtoa_engine+0x2f8>
80001c2c:	fe9816e3          	bne	a6,s1,80001c18 <__dtoa_engine+0x2dc>
80001c30:	feb474e3          	bgeu	s0,a1,80001c18 <__dtoa_engine+0x2dc>
80001c34:	00ab5d63          	bge	s6,a0,80001c4e <__dtoa_engine+0x312>
80001c38:	000b1563          	bnez	s6,80001c42 <__dtoa_engine+0x306>
80001c3c:	009465b3          	or	a1,s0,s1
80001c40:	c599                	beqz	a1,80001c4e <__dtoa_engine+0x312>
80001c42:	4c05                	li	s8,1
80001c44:	b749                	j	80001bc6 <__dtoa_engine+0x28a>
80001c46:	45a9                	li	a1,10
80001c48:	4801                	li	a6,0
80001c4a:	4505                	li	a0,1
80001c4c:	bff1                	j	80001c28 <__dtoa_engine+0x2ec>
80001c4e:	040d0e63          	beqz	s10,80001caa <__dtoa_engine+0x36e>
80001c52:	4da9                	li	s11,10
80001c54:	5342                	lw	t1,48(sp)
80001c56:	55d2                	lw	a1,52(sp)
80001c58:	851a                	mv	a0,t1
80001c5a:	c81a                	sw	t1,16(sp)
80001c5c:	3955                	jal	80001910 <div10>
80001c5e:	ce2e                	sw	a1,28(sp)
80001c60:	02ad85b3          	mul	a1,s11,a0
80001c64:	4342                	lw	t1,16(sp)
80001c66:	882a                	mv	a6,a0
80001c68:	cc42                	sw	a6,24(sp)
80001c6a:	04659063          	bne	a1,t1,80001caa <__dtoa_engine+0x36e>
80001c6e:	5522                	lw	a0,40(sp)
80001c70:	55b2                	lw	a1,44(sp)
80001c72:	0905                	add	s2,s2,1
80001c74:	3971                	jal	80001910 <div10>
80001c76:	ca2a                	sw	a0,20(sp)
80001c78:	c82e                	sw	a1,16(sp)
80001c7a:	8522                	mv	a0,s0
80001c7c:	85a6                	mv	a1,s1
80001c7e:	3949                	jal	80001910 <div10>
80001c80:	001cb693          	seqz	a3,s9
80001c84:	00d9f9b3          	and	s3,s3,a3
80001c88:	02ad86b3          	mul	a3,s11,a0
80001c8c:	4e52                	lw	t3,20(sp)
80001c8e:	4342                	lw	t1,16(sp)
80001c90:	4862                	lw	a6,24(sp)
80001c92:	48f2                	lw	a7,28(sp)
80001c94:	d472                	sw	t3,40(sp)
80001c96:	d61a                	sw	t1,44(sp)
80001c98:	d842                	sw	a6,48(sp)
80001c9a:	da46                	sw	a7,52(sp)
80001c9c:	84ae                	mv	s1,a1
80001c9e:	40d406b3          	sub	a3,s0,a3
80001ca2:	0ff6fc93          	zext.b	s9,a3
80001ca6:	842a                	mv	s0,a0
80001ca8:	b775                	j	80001c54 <__dtoa_engine+0x318>
80001caa:	9952                	add	s2,s2,s4
80001cac:	0c098563          	beqz	s3,80001d76 <__dtoa_engine+0x43a>
80001cb0:	4715                	li	a4,5
80001cb2:	0cec9263          	bne	s9,a4,80001d76 <__dtoa_engine+0x43a>
80001cb6:	00147713          	and	a4,s0,1
80001cba:	e35d                	bnez	a4,80001d60 <__dtoa_engine+0x424>
80001cbc:	000c1963          	bnez	s8,80001cce <__dtoa_engine+0x392>
80001cc0:	5742                	lw	a4,48(sp)
80001cc2:	00871563          	bne	a4,s0,80001ccc <__dtoa_engine+0x390>
80001cc6:	5752                	lw	a4,52(sp)
80001cc8:	0c970963          	beq	a4,s1,80001d9a <__dtoa_engine+0x45e>
80001ccc:	4701                	li	a4,0
80001cce:	943a                	add	s0,s0,a4
80001cd0:	00e435b3          	sltu	a1,s0,a4
80001cd4:	95a6                	add	a1,a1,s1
80001cd6:	8a2e                	mv	s4,a1
80001cd8:	84a2                	mv	s1,s0
80001cda:	4629                	li	a2,10
80001cdc:	4681                	li	a3,0
80001cde:	4c05                	li	s8,1
80001ce0:	4529                	li	a0,10
80001ce2:	00d5e663          	bltu	a1,a3,80001cee <__dtoa_engine+0x3b2>
80001ce6:	0ab69c63          	bne	a3,a1,80001d9e <__dtoa_engine+0x462>
80001cea:	0ac47a63          	bgeu	s0,a2,80001d9e <__dtoa_engine+0x462>
80001cee:	cf15                	beqz	a4,80001d2a <__dtoa_engine+0x3ee>
80001cf0:	038b5d63          	bge	s6,s8,80001d2a <__dtoa_engine+0x3ee>
80001cf4:	47a2                	lw	a5,8(sp)
80001cf6:	cf91                	beqz	a5,80001d12 <__dtoa_engine+0x3d6>
80001cf8:	4732                	lw	a4,12(sp)
80001cfa:	012c07b3          	add	a5,s8,s2
80001cfe:	00f70b33          	add	s6,a4,a5
80001d02:	000b5363          	bgez	s6,80001d08 <__dtoa_engine+0x3cc>
80001d06:	4b01                	li	s6,0
80001d08:	016bd363          	bge	s7,s6,80001d0e <__dtoa_engine+0x3d2>
80001d0c:	8b5e                	mv	s6,s7
80001d0e:	018b5e63          	bge	s6,s8,80001d2a <__dtoa_engine+0x3ee>
80001d12:	00540513          	add	a0,s0,5
80001d16:	00853433          	sltu	s0,a0,s0
80001d1a:	4629                	li	a2,10
80001d1c:	4681                	li	a3,0
80001d1e:	95a2                	add	a1,a1,s0
80001d20:	2185                	jal	80002180 <__udivdi3>
80001d22:	84aa                	mv	s1,a0
80001d24:	8a2e                	mv	s4,a1
80001d26:	0905                	add	s2,s2,1
80001d28:	1c7d                	add	s8,s8,-1
80001d2a:	87da                	mv	a5,s6
80001d2c:	016c5363          	bge	s8,s6,80001d32 <__dtoa_engine+0x3f6>
80001d30:	87e2                	mv	a5,s8
80001d32:	01079413          	sll	s0,a5,0x10
80001d36:	0942                	sll	s2,s2,0x10
80001d38:	8441                	sra	s0,s0,0x10
80001d3a:	41095913          	sra	s2,s2,0x10
80001d3e:	9922                	add	s2,s2,s0
80001d40:	008a8b33          	add	s6,s5,s0
80001d44:	197d                	add	s2,s2,-1
80001d46:	4b81                	li	s7,0
80001d48:	8c5a                	mv	s8,s6
80001d4a:	1b7d                	add	s6,s6,-1
80001d4c:	068bc263          	blt	s7,s0,80001db0 <__dtoa_engine+0x474>
80001d50:	4782                	lw	a5,0(sp)
80001d52:	000c02a3          	sb	zero,5(s8)
80001d56:	012aa023          	sw	s2,0(s5)
80001d5a:	00fa8223          	sb	a5,4(s5)
80001d5e:	b135                	j	8000198a <__dtoa_engine+0x4e>
80001d60:	4705                	li	a4,1
80001d62:	f60c16e3          	bnez	s8,80001cce <__dtoa_engine+0x392>
80001d66:	5742                	lw	a4,48(sp)
80001d68:	00871563          	bne	a4,s0,80001d72 <__dtoa_engine+0x436>
80001d6c:	5752                	lw	a4,52(sp)
80001d6e:	00970c63          	beq	a4,s1,80001d86 <__dtoa_engine+0x44a>
80001d72:	4705                	li	a4,1
80001d74:	bfa9                	j	80001cce <__dtoa_engine+0x392>
80001d76:	000c1d63          	bnez	s8,80001d90 <__dtoa_engine+0x454>
80001d7a:	5742                	lw	a4,48(sp)
80001d7c:	00871a63          	bne	a4,s0,80001d90 <__dtoa_engine+0x454>
80001d80:	5752                	lw	a4,52(sp)
80001d82:	00971763          	bne	a4,s1,80001d90 <__dtoa_engine+0x454>
80001d86:	4792                	lw	a5,4(sp)
80001d88:	4705                	li	a4,1
80001d8a:	f3b1                	bnez	a5,80001cce <__dtoa_engine+0x392>
80001d8c:	f40d01e3          	beqz	s10,80001cce <__dtoa_engine+0x392>
80001d90:	005cb693          	sltiu	a3,s9,5
80001d94:	0016c713          	xor	a4,a3,1
80001d98:	bf1d                	j	80001cce <__dtoa_engine+0x392>
80001d9a:	4c91                	li	s9,4
80001d9c:	b7ed                	j	80001d86 <__dtoa_engine+0x44a>
80001d9e:	02d50833          	mul	a6,a0,a3
80001da2:	0c05                	add	s8,s8,1
80001da4:	02c536b3          	mulhu	a3,a0,a2
80001da8:	02c50633          	mul	a2,a0,a2
80001dac:	96c2                	add	a3,a3,a6
80001dae:	bf15                	j	80001ce2 <__dtoa_engine+0x3a6>
80001db0:	4629                	li	a2,10
80001db2:	4681                	li	a3,0
80001db4:	8526                	mv	a0,s1
80001db6:	85d2                	mv	a1,s4
80001db8:	271d                	jal	800024de <__umoddi3>
80001dba:	03050513          	add	a0,a0,48
80001dbe:	00ab02a3          	sb	a0,5(s6)
80001dc2:	85d2                	mv	a1,s4
80001dc4:	8526                	mv	a0,s1
80001dc6:	4629                	li	a2,10
80001dc8:	4681                	li	a3,0
80001dca:	2e5d                	jal	80002180 <__udivdi3>
80001dcc:	84aa                	mv	s1,a0
80001dce:	8a2e                	mv	s4,a1
80001dd0:	0b85                	add	s7,s7,1
80001dd2:	bfa5                	j	80001d4a <__dtoa_engine+0x40e>

80001dd4 <__pow5Factor>:
80001dd4:	ccccd737          	lui	a4,0xccccd
80001dd8:	333336b7          	lui	a3,0x33333
80001ddc:	87aa                	mv	a5,a0
80001dde:	ccd70613          	add	a2,a4,-819 # cccccccd <__stack_top+0x4bcccccd>
80001de2:	4501                	li	a0,0
80001de4:	ccc70713          	add	a4,a4,-820
80001de8:	33368693          	add	a3,a3,819 # 33333333 <__ram_size+0x32333333>
80001dec:	02c585b3          	mul	a1,a1,a2
80001df0:	02e78833          	mul	a6,a5,a4
80001df4:	982e                	add	a6,a6,a1
80001df6:	02c7b5b3          	mulhu	a1,a5,a2
80001dfa:	95c2                	add	a1,a1,a6
80001dfc:	02c787b3          	mul	a5,a5,a2
80001e00:	00b6e863          	bltu	a3,a1,80001e10 <__pow5Factor+0x3c>
80001e04:	00d59463          	bne	a1,a3,80001e0c <__pow5Factor+0x38>
80001e08:	00f5e463          	bltu	a1,a5,80001e10 <__pow5Factor+0x3c>
80001e0c:	0505                	add	a0,a0,1
80001e0e:	bff9                	j	80001dec <__pow5Factor+0x18>
80001e10:	8082                	ret

80001e12 <__double_computePow5>:
80001e12:	1fd002ef          	jal	t0,8000280e <__riscv_save_10>
80001e16:	47e9                	li	a5,26
80001e18:	02f55b33          	divu	s6,a0,a5
80001e1c:	800039b7          	lui	s3,0x80003
80001e20:	b7098b93          	add	s7,s3,-1168 # 80002b70 <DOUBLE_POW5_SPLIT2>
80001e24:	1101                	add	sp,sp,-32
80001e26:	892e                	mv	s2,a1
80001e28:	02f577b3          	remu	a5,a0,a5
80001e2c:	004b1713          	sll	a4,s6,0x4
80001e30:	9bba                	add	s7,s7,a4
80001e32:	e395                	bnez	a5,80001e56 <__double_computePow5+0x44>
80001e34:	000ba703          	lw	a4,0(s7)
80001e38:	004ba783          	lw	a5,4(s7)
80001e3c:	c198                	sw	a4,0(a1)
80001e3e:	c1dc                	sw	a5,4(a1)
80001e40:	008ba503          	lw	a0,8(s7)
80001e44:	00cba583          	lw	a1,12(s7)
80001e48:	00a92423          	sw	a0,8(s2)
80001e4c:	00b92623          	sw	a1,12(s2)
80001e50:	6105                	add	sp,sp,32
80001e52:	1f50006f          	j	80002846 <__riscv_restore_10>
80001e56:	b7098993          	add	s3,s3,-1168
80001e5a:	078e                	sll	a5,a5,0x3
80001e5c:	97ce                	add	a5,a5,s3
80001e5e:	0d07aa03          	lw	s4,208(a5)
80001e62:	0d47aa83          	lw	s5,212(a5)
80001e66:	008ba603          	lw	a2,8(s7)
80001e6a:	00cba683          	lw	a3,12(s7)
80001e6e:	0818                	add	a4,sp,16
80001e70:	85d6                	mv	a1,s5
80001e72:	842a                	mv	s0,a0
80001e74:	8552                	mv	a0,s4
80001e76:	22d9                	jal	8000203c <__umul128>
80001e78:	000ba603          	lw	a2,0(s7)
80001e7c:	004ba683          	lw	a3,4(s7)
80001e80:	84aa                	mv	s1,a0
80001e82:	8c2e                	mv	s8,a1
80001e84:	0838                	add	a4,sp,24
80001e86:	8552                	mv	a0,s4
80001e88:	85d6                	mv	a1,s5
80001e8a:	2a4d                	jal	8000203c <__umul128>
80001e8c:	47e2                	lw	a5,24(sp)
80001e8e:	4772                	lw	a4,28(sp)
80001e90:	8aaa                	mv	s5,a0
80001e92:	94be                	add	s1,s1,a5
80001e94:	00f4ba33          	sltu	s4,s1,a5
80001e98:	9c3a                	add	s8,s8,a4
80001e9a:	9a62                	add	s4,s4,s8
80001e9c:	00ea6663          	bltu	s4,a4,80001ea8 <__double_computePow5+0x96>
80001ea0:	01471d63          	bne	a4,s4,80001eba <__double_computePow5+0xa8>
80001ea4:	00f4fb63          	bgeu	s1,a5,80001eba <__double_computePow5+0xa8>
80001ea8:	47c2                	lw	a5,16(sp)
80001eaa:	46d2                	lw	a3,20(sp)
80001eac:	00178713          	add	a4,a5,1
80001eb0:	00f737b3          	sltu	a5,a4,a5
80001eb4:	97b6                	add	a5,a5,a3
80001eb6:	c83a                	sw	a4,16(sp)
80001eb8:	ca3e                	sw	a5,20(sp)
80001eba:	8522                	mv	a0,s0
80001ebc:	c62e                	sw	a1,12(sp)
80001ebe:	22b5                	jal	8000202a <__pow5bits>
80001ec0:	8baa                	mv	s7,a0
80001ec2:	4569                	li	a0,26
80001ec4:	02ab0533          	mul	a0,s6,a0
80001ec8:	228d                	jal	8000202a <__pow5bits>
80001eca:	45b2                	lw	a1,12(sp)
80001ecc:	40ab8733          	sub	a4,s7,a0
80001ed0:	8626                	mv	a2,s1
80001ed2:	86d2                	mv	a3,s4
80001ed4:	8556                	mv	a0,s5
80001ed6:	c43a                	sw	a4,8(sp)
80001ed8:	2a45                	jal	80002088 <__shiftright128>
80001eda:	00445793          	srl	a5,s0,0x4
80001ede:	078a                	sll	a5,a5,0x2
80001ee0:	99be                	add	s3,s3,a5
80001ee2:	1a09a783          	lw	a5,416(s3)
80001ee6:	0406                	sll	s0,s0,0x1
80001ee8:	8879                	and	s0,s0,30
80001eea:	0087d7b3          	srl	a5,a5,s0
80001eee:	8b8d                	and	a5,a5,3
80001ef0:	953e                	add	a0,a0,a5
80001ef2:	00f537b3          	sltu	a5,a0,a5
80001ef6:	4722                	lw	a4,8(sp)
80001ef8:	4642                	lw	a2,16(sp)
80001efa:	46d2                	lw	a3,20(sp)
80001efc:	97ae                	add	a5,a5,a1
80001efe:	00a92023          	sw	a0,0(s2)
80001f02:	00f92223          	sw	a5,4(s2)
80001f06:	8526                	mv	a0,s1
80001f08:	85d2                	mv	a1,s4
80001f0a:	2abd                	jal	80002088 <__shiftright128>
80001f0c:	bf35                	j	80001e48 <__double_computePow5+0x36>

80001f0e <__double_computeInvPow5>:
80001f0e:	101002ef          	jal	t0,8000280e <__riscv_save_10>
80001f12:	4b69                	li	s6,26
80001f14:	01950793          	add	a5,a0,25
80001f18:	0367d7b3          	divu	a5,a5,s6
80001f1c:	80003ab7          	lui	s5,0x80003
80001f20:	b70a8493          	add	s1,s5,-1168 # 80002b70 <DOUBLE_POW5_SPLIT2>
80001f24:	1f848493          	add	s1,s1,504
80001f28:	1101                	add	sp,sp,-32
80001f2a:	8a2e                	mv	s4,a1
80001f2c:	03678b33          	mul	s6,a5,s6
80001f30:	0792                	sll	a5,a5,0x4
80001f32:	94be                	add	s1,s1,a5
80001f34:	40ab0733          	sub	a4,s6,a0
80001f38:	00ab1f63          	bne	s6,a0,80001f56 <__double_computeInvPow5+0x48>
80001f3c:	4098                	lw	a4,0(s1)
80001f3e:	40dc                	lw	a5,4(s1)
80001f40:	c198                	sw	a4,0(a1)
80001f42:	c1dc                	sw	a5,4(a1)
80001f44:	4488                	lw	a0,8(s1)
80001f46:	44cc                	lw	a1,12(s1)
80001f48:	00aa2423          	sw	a0,8(s4)
80001f4c:	00ba2623          	sw	a1,12(s4)
80001f50:	6105                	add	sp,sp,32
80001f52:	0f50006f          	j	80002846 <__riscv_restore_10>
80001f56:	b70a8a93          	add	s5,s5,-1168
80001f5a:	070e                	sll	a4,a4,0x3
80001f5c:	9756                	add	a4,a4,s5
80001f5e:	0d072903          	lw	s2,208(a4)
80001f62:	0d472983          	lw	s3,212(a4)
80001f66:	4490                	lw	a2,8(s1)
80001f68:	44d4                	lw	a3,12(s1)
80001f6a:	0818                	add	a4,sp,16
80001f6c:	85ce                	mv	a1,s3
80001f6e:	842a                	mv	s0,a0
80001f70:	854a                	mv	a0,s2
80001f72:	20e9                	jal	8000203c <__umul128>
80001f74:	4090                	lw	a2,0(s1)
80001f76:	40d4                	lw	a3,4(s1)
80001f78:	8c2a                	mv	s8,a0
80001f7a:	00163793          	seqz	a5,a2
80001f7e:	8bae                	mv	s7,a1
80001f80:	0838                	add	a4,sp,24
80001f82:	8e9d                	sub	a3,a3,a5
80001f84:	854a                	mv	a0,s2
80001f86:	85ce                	mv	a1,s3
80001f88:	167d                	add	a2,a2,-1
80001f8a:	284d                	jal	8000203c <__umul128>
80001f8c:	47e2                	lw	a5,24(sp)
80001f8e:	4772                	lw	a4,28(sp)
80001f90:	89aa                	mv	s3,a0
80001f92:	9c3e                	add	s8,s8,a5
80001f94:	00fc3933          	sltu	s2,s8,a5
80001f98:	9bba                	add	s7,s7,a4
80001f9a:	995e                	add	s2,s2,s7
80001f9c:	00e96663          	bltu	s2,a4,80001fa8 <__double_computeInvPow5+0x9a>
80001fa0:	01271d63          	bne	a4,s2,80001fba <__double_computeInvPow5+0xac>
80001fa4:	00fc7b63          	bgeu	s8,a5,80001fba <__double_computeInvPow5+0xac>
80001fa8:	47c2                	lw	a5,16(sp)
80001faa:	46d2                	lw	a3,20(sp)
80001fac:	00178713          	add	a4,a5,1
80001fb0:	00f737b3          	sltu	a5,a4,a5
80001fb4:	97b6                	add	a5,a5,a3
80001fb6:	c83a                	sw	a4,16(sp)
80001fb8:	ca3e                	sw	a5,20(sp)
80001fba:	855a                	mv	a0,s6
80001fbc:	c62e                	sw	a1,12(sp)
80001fbe:	20b5                	jal	8000202a <__pow5bits>
80001fc0:	8b2a                	mv	s6,a0
80001fc2:	8522                	mv	a0,s0
80001fc4:	209d                	jal	8000202a <__pow5bits>
80001fc6:	45b2                	lw	a1,12(sp)
80001fc8:	40ab0733          	sub	a4,s6,a0
80001fcc:	8662                	mv	a2,s8
80001fce:	86ca                	mv	a3,s2
80001fd0:	854e                	mv	a0,s3
80001fd2:	c43a                	sw	a4,8(sp)
80001fd4:	2855                	jal	80002088 <__shiftright128>
80001fd6:	00445793          	srl	a5,s0,0x4
80001fda:	078a                	sll	a5,a5,0x2
80001fdc:	9abe                	add	s5,s5,a5
80001fde:	2e8aa783          	lw	a5,744(s5)
80001fe2:	0406                	sll	s0,s0,0x1
80001fe4:	8879                	and	s0,s0,30
80001fe6:	0087d7b3          	srl	a5,a5,s0
80001fea:	8b8d                	and	a5,a5,3
80001fec:	0785                	add	a5,a5,1
80001fee:	953e                	add	a0,a0,a5
80001ff0:	00f537b3          	sltu	a5,a0,a5
80001ff4:	4722                	lw	a4,8(sp)
80001ff6:	4642                	lw	a2,16(sp)
80001ff8:	46d2                	lw	a3,20(sp)
80001ffa:	97ae                	add	a5,a5,a1
80001ffc:	00aa2023          	sw	a0,0(s4)
80002000:	00fa2223          	sw	a5,4(s4)
80002004:	8562                	mv	a0,s8
80002006:	85ca                	mv	a1,s2
80002008:	2041                	jal	80002088 <__shiftright128>
8000200a:	bf3d                	j	80001f48 <__double_computeInvPow5+0x3a>

8000200c <__log10Pow2>:
8000200c:	67cd                	lui	a5,0x13
8000200e:	44178793          	add	a5,a5,1089 # 13441 <__stack_size+0x3441>
80002012:	02f50533          	mul	a0,a0,a5
80002016:	8149                	srl	a0,a0,0x12
80002018:	8082                	ret

8000201a <__log10Pow5>:
8000201a:	000b37b7          	lui	a5,0xb3
8000201e:	efb78793          	add	a5,a5,-261 # b2efb <__stack_size+0xa2efb>
80002022:	02f50533          	mul	a0,a0,a5
80002026:	8151                	srl	a0,a0,0x14
80002028:	8082                	ret

8000202a <__pow5bits>:
8000202a:	001297b7          	lui	a5,0x129
8000202e:	34f78793          	add	a5,a5,847 # 12934f <__stack_size+0x11934f>
80002032:	02f50533          	mul	a0,a0,a5
80002036:	814d                	srl	a0,a0,0x13
80002038:	0505                	add	a0,a0,1
8000203a:	8082                	ret

8000203c <__umul128>:
8000203c:	02c537b3          	mulhu	a5,a0,a2
80002040:	832e                	mv	t1,a1
80002042:	02c585b3          	mul	a1,a1,a2
80002046:	02c33833          	mulhu	a6,t1,a2
8000204a:	95be                	add	a1,a1,a5
8000204c:	00f5b7b3          	sltu	a5,a1,a5
80002050:	97c2                	add	a5,a5,a6
80002052:	02a68833          	mul	a6,a3,a0
80002056:	02a6b8b3          	mulhu	a7,a3,a0
8000205a:	95c2                	add	a1,a1,a6
8000205c:	0105b833          	sltu	a6,a1,a6
80002060:	98c2                	add	a7,a7,a6
80002062:	02d30833          	mul	a6,t1,a3
80002066:	02d33333          	mulhu	t1,t1,a3
8000206a:	983e                	add	a6,a6,a5
8000206c:	011806b3          	add	a3,a6,a7
80002070:	00f837b3          	sltu	a5,a6,a5
80002074:	0106b833          	sltu	a6,a3,a6
80002078:	c314                	sw	a3,0(a4)
8000207a:	979a                	add	a5,a5,t1
8000207c:	983e                	add	a6,a6,a5
8000207e:	02c50533          	mul	a0,a0,a2
80002082:	01072223          	sw	a6,4(a4)
80002086:	8082                	ret

80002088 <__shiftright128>:
80002088:	794002ef          	jal	t0,8000281c <__riscv_save_4>
8000208c:	8a2a                	mv	s4,a0
8000208e:	8532                	mv	a0,a2
80002090:	04000613          	li	a2,64
80002094:	8e19                	sub	a2,a2,a4
80002096:	89ae                	mv	s3,a1
80002098:	85b6                	mv	a1,a3
8000209a:	843a                	mv	s0,a4
8000209c:	2849                	jal	8000212e <__ashldi3>
8000209e:	892a                	mv	s2,a0
800020a0:	84ae                	mv	s1,a1
800020a2:	8622                	mv	a2,s0
800020a4:	8552                	mv	a0,s4
800020a6:	85ce                	mv	a1,s3
800020a8:	28b9                	jal	80002106 <__lshrdi3>
800020aa:	00a96533          	or	a0,s2,a0
800020ae:	8dc5                	or	a1,a1,s1
800020b0:	a745                	j	80002850 <__riscv_restore_4>

800020b2 <__libc_fini_array>:
800020b2:	784002ef          	jal	t0,80002836 <__riscv_save_0>
800020b6:	800037b7          	lui	a5,0x80003
800020ba:	80003437          	lui	s0,0x80003
800020be:	fb878713          	add	a4,a5,-72 # 80002fb8 <__fini_array_end>
800020c2:	fb840413          	add	s0,s0,-72 # 80002fb8 <__fini_array_end>
800020c6:	8c19                	sub	s0,s0,a4
800020c8:	8409                	sra	s0,s0,0x2
800020ca:	fb878493          	add	s1,a5,-72
800020ce:	e809                	bnez	s0,800020e0 <__libc_fini_array+0x2e>
800020d0:	00000793          	li	a5,0
800020d4:	c789                	beqz	a5,800020de <__libc_fini_array+0x2c>
800020d6:	00000097          	auipc	ra,0x0
800020da:	000000e7          	jalr	zero # 0 <__stack_size-0x10000>
800020de:	afb5                	j	8000285a <__riscv_restore_0>
800020e0:	147d                	add	s0,s0,-1
800020e2:	00241793          	sll	a5,s0,0x2
800020e6:	97a6                	add	a5,a5,s1
800020e8:	439c                	lw	a5,0(a5)
800020ea:	9782                	jalr	a5
800020ec:	b7cd                	j	800020ce <__libc_fini_array+0x1c>

800020ee <strnlen>:
800020ee:	95aa                	add	a1,a1,a0
800020f0:	87aa                	mv	a5,a0
800020f2:	00b78563          	beq	a5,a1,800020fc <strnlen+0xe>
800020f6:	0007c703          	lbu	a4,0(a5)
800020fa:	e701                	bnez	a4,80002102 <strnlen+0x14>
800020fc:	40a78533          	sub	a0,a5,a0
80002100:	8082                	ret
80002102:	0785                	add	a5,a5,1
80002104:	b7fd                	j	800020f2 <strnlen+0x4>

80002106 <__lshrdi3>:
80002106:	ca19                	beqz	a2,8000211c <__lshrdi3+0x16>
80002108:	02000793          	li	a5,32
8000210c:	8f91                	sub	a5,a5,a2
8000210e:	00f04863          	bgtz	a5,8000211e <__lshrdi3+0x18>
80002112:	1601                	add	a2,a2,-32
80002114:	00c5d533          	srl	a0,a1,a2
80002118:	4701                	li	a4,0
8000211a:	85ba                	mv	a1,a4
8000211c:	8082                	ret
8000211e:	00c5d733          	srl	a4,a1,a2
80002122:	00c55533          	srl	a0,a0,a2
80002126:	00f595b3          	sll	a1,a1,a5
8000212a:	8d4d                	or	a0,a0,a1
8000212c:	b7fd                	j	8000211a <__lshrdi3+0x14>

8000212e <__ashldi3>:
8000212e:	ca19                	beqz	a2,80002144 <__ashldi3+0x16>
80002130:	02000793          	li	a5,32
80002134:	8f91                	sub	a5,a5,a2
80002136:	00f04863          	bgtz	a5,80002146 <__ashldi3+0x18>
8000213a:	1601                	add	a2,a2,-32
8000213c:	00c515b3          	sll	a1,a0,a2
80002140:	4701                	li	a4,0
80002142:	853a                	mv	a0,a4
80002144:	8082                	ret
80002146:	00c51733          	sll	a4,a0,a2
8000214a:	00c595b3          	sll	a1,a1,a2
8000214e:	00f55533          	srl	a0,a0,a5
80002152:	8dc9                	or	a1,a1,a0
80002154:	b7fd                	j	80002142 <__ashldi3+0x14>

80002156 <__ashrdi3>:
80002156:	ce01                	beqz	a2,8000216e <__ashrdi3+0x18>
80002158:	02000793          	li	a5,32
8000215c:	8f91                	sub	a5,a5,a2
8000215e:	00f04963          	bgtz	a5,80002170 <__ashrdi3+0x1a>
80002162:	1601                	add	a2,a2,-32
80002164:	41f5d713          	sra	a4,a1,0x1f
80002168:	40c5d533          	sra	a0,a1,a2
8000216c:	85ba                	mv	a1,a4
8000216e:	8082                	ret
80002170:	40c5d733          	sra	a4,a1,a2
80002174:	00c55533          	srl	a0,a0,a2
80002178:	00f595b3          	sll	a1,a1,a5
8000217c:	8d4d                	or	a0,a0,a1
8000217e:	b7fd                	j	8000216c <__ashrdi3+0x16>

80002180 <__udivdi3>:
80002180:	88aa                	mv	a7,a0
80002182:	832e                	mv	t1,a1
80002184:	8732                	mv	a4,a2
80002186:	882a                	mv	a6,a0
80002188:	87ae                	mv	a5,a1
8000218a:	20069663          	bnez	a3,80002396 <__udivdi3+0x216>
8000218e:	00001597          	auipc	a1,0x1
80002192:	d1e58593          	add	a1,a1,-738 # 80002eac <__clz_tab>
80002196:	0cc37163          	bgeu	t1,a2,80002258 <__udivdi3+0xd8>
8000219a:	66c1                	lui	a3,0x10
8000219c:	0ad67763          	bgeu	a2,a3,8000224a <__udivdi3+0xca>
800021a0:	10063693          	sltiu	a3,a2,256
800021a4:	0016c693          	xor	a3,a3,1
800021a8:	068e                	sll	a3,a3,0x3
800021aa:	00d65533          	srl	a0,a2,a3
800021ae:	95aa                	add	a1,a1,a0
800021b0:	0005c583          	lbu	a1,0(a1)
800021b4:	02000513          	li	a0,32
800021b8:	96ae                	add	a3,a3,a1
800021ba:	40d505b3          	sub	a1,a0,a3
800021be:	00d50b63          	beq	a0,a3,800021d4 <__udivdi3+0x54>
800021c2:	00b317b3          	sll	a5,t1,a1
800021c6:	00d8d6b3          	srl	a3,a7,a3
800021ca:	00b61733          	sll	a4,a2,a1
800021ce:	8fd5                	or	a5,a5,a3
800021d0:	00b89833          	sll	a6,a7,a1
800021d4:	01075593          	srl	a1,a4,0x10
800021d8:	02b7d333          	divu	t1,a5,a1
800021dc:	01071613          	sll	a2,a4,0x10
800021e0:	8241                	srl	a2,a2,0x10
800021e2:	02b7f7b3          	remu	a5,a5,a1
800021e6:	851a                	mv	a0,t1
800021e8:	026608b3          	mul	a7,a2,t1
800021ec:	01079693          	sll	a3,a5,0x10
800021f0:	01085793          	srl	a5,a6,0x10
800021f4:	8fd5                	or	a5,a5,a3
800021f6:	0117fc63          	bgeu	a5,a7,8000220e <__udivdi3+0x8e>
800021fa:	97ba                	add	a5,a5,a4
800021fc:	fff30513          	add	a0,t1,-1
80002200:	00e7e763          	bltu	a5,a4,8000220e <__udivdi3+0x8e>
80002204:	0117f563          	bgeu	a5,a7,8000220e <__udivdi3+0x8e>
80002208:	ffe30513          	add	a0,t1,-2
8000220c:	97ba                	add	a5,a5,a4
8000220e:	411787b3          	sub	a5,a5,a7
80002212:	02b7d8b3          	divu	a7,a5,a1
80002216:	0842                	sll	a6,a6,0x10
80002218:	01085813          	srl	a6,a6,0x10
8000221c:	02b7f7b3          	remu	a5,a5,a1
80002220:	031606b3          	mul	a3,a2,a7
80002224:	07c2                	sll	a5,a5,0x10
80002226:	00f86833          	or	a6,a6,a5
8000222a:	87c6                	mv	a5,a7
8000222c:	00d87b63          	bgeu	a6,a3,80002242 <__udivdi3+0xc2>
80002230:	983a                	add	a6,a6,a4
80002232:	fff88793          	add	a5,a7,-1
80002236:	00e86663          	bltu	a6,a4,80002242 <__udivdi3+0xc2>
8000223a:	00d87463          	bgeu	a6,a3,80002242 <__udivdi3+0xc2>
8000223e:	ffe88793          	add	a5,a7,-2
80002242:	0542                	sll	a0,a0,0x10
80002244:	8d5d                	or	a0,a0,a5
80002246:	4581                	li	a1,0
80002248:	8082                	ret
8000224a:	01000537          	lui	a0,0x1000
8000224e:	46c1                	li	a3,16
80002250:	f4a66de3          	bltu	a2,a0,800021aa <__udivdi3+0x2a>
80002254:	46e1                	li	a3,24
80002256:	bf91                	j	800021aa <__udivdi3+0x2a>
80002258:	4681                	li	a3,0
8000225a:	ca09                	beqz	a2,8000226c <__udivdi3+0xec>
8000225c:	67c1                	lui	a5,0x10
8000225e:	08f67f63          	bgeu	a2,a5,800022fc <__udivdi3+0x17c>
80002262:	10063693          	sltiu	a3,a2,256
80002266:	0016c693          	xor	a3,a3,1
8000226a:	068e                	sll	a3,a3,0x3
8000226c:	00d657b3          	srl	a5,a2,a3
80002270:	95be                	add	a1,a1,a5
80002272:	0005c783          	lbu	a5,0(a1)
80002276:	97b6                	add	a5,a5,a3
80002278:	02000693          	li	a3,32
8000227c:	40f685b3          	sub	a1,a3,a5
80002280:	08f69563          	bne	a3,a5,8000230a <__udivdi3+0x18a>
80002284:	40c307b3          	sub	a5,t1,a2
80002288:	4585                	li	a1,1
8000228a:	01075893          	srl	a7,a4,0x10
8000228e:	0317de33          	divu	t3,a5,a7
80002292:	01071613          	sll	a2,a4,0x10
80002296:	8241                	srl	a2,a2,0x10
80002298:	01085693          	srl	a3,a6,0x10
8000229c:	0317f7b3          	remu	a5,a5,a7
800022a0:	8572                	mv	a0,t3
800022a2:	03c60333          	mul	t1,a2,t3
800022a6:	07c2                	sll	a5,a5,0x10
800022a8:	8fd5                	or	a5,a5,a3
800022aa:	0067fc63          	bgeu	a5,t1,800022c2 <__udivdi3+0x142>
800022ae:	97ba                	add	a5,a5,a4
800022b0:	fffe0513          	add	a0,t3,-1
800022b4:	00e7e763          	bltu	a5,a4,800022c2 <__udivdi3+0x142>
800022b8:	0067f563          	bgeu	a5,t1,800022c2 <__udivdi3+0x142>
800022bc:	ffee0513          	add	a0,t3,-2
800022c0:	97ba                	add	a5,a5,a4
800022c2:	406787b3          	sub	a5,a5,t1
800022c6:	0317d333          	divu	t1,a5,a7
800022ca:	0842                	sll	a6,a6,0x10
800022cc:	01085813          	srl	a6,a6,0x10
800022d0:	0317f7b3          	remu	a5,a5,a7
800022d4:	026606b3          	mul	a3,a2,t1
800022d8:	07c2                	sll	a5,a5,0x10
800022da:	00f86833          	or	a6,a6,a5
800022de:	879a                	mv	a5,t1
800022e0:	00d87b63          	bgeu	a6,a3,800022f6 <__udivdi3+0x176>
800022e4:	983a                	add	a6,a6,a4
800022e6:	fff30793          	add	a5,t1,-1
800022ea:	00e86663          	bltu	a6,a4,800022f6 <__udivdi3+0x176>
800022ee:	00d87463          	bgeu	a6,a3,800022f6 <__udivdi3+0x176>
800022f2:	ffe30793          	add	a5,t1,-2
800022f6:	0542                	sll	a0,a0,0x10
800022f8:	8d5d                	or	a0,a0,a5
800022fa:	8082                	ret
800022fc:	010007b7          	lui	a5,0x1000
80002300:	46c1                	li	a3,16
80002302:	f6f665e3          	bltu	a2,a5,8000226c <__udivdi3+0xec>
80002306:	46e1                	li	a3,24
80002308:	b795                	j	8000226c <__udivdi3+0xec>
8000230a:	00b61733          	sll	a4,a2,a1
8000230e:	00f356b3          	srl	a3,t1,a5
80002312:	01075513          	srl	a0,a4,0x10
80002316:	00b31333          	sll	t1,t1,a1
8000231a:	00f8d7b3          	srl	a5,a7,a5
8000231e:	0067e7b3          	or	a5,a5,t1
80002322:	02a6d333          	divu	t1,a3,a0
80002326:	01071613          	sll	a2,a4,0x10
8000232a:	8241                	srl	a2,a2,0x10
8000232c:	00b89833          	sll	a6,a7,a1
80002330:	02a6f6b3          	remu	a3,a3,a0
80002334:	026608b3          	mul	a7,a2,t1
80002338:	01069593          	sll	a1,a3,0x10
8000233c:	0107d693          	srl	a3,a5,0x10
80002340:	8ecd                	or	a3,a3,a1
80002342:	859a                	mv	a1,t1
80002344:	0116fc63          	bgeu	a3,a7,8000235c <__udivdi3+0x1dc>
80002348:	96ba                	add	a3,a3,a4
8000234a:	fff30593          	add	a1,t1,-1
8000234e:	00e6e763          	bltu	a3,a4,8000235c <__udivdi3+0x1dc>
80002352:	0116f563          	bgeu	a3,a7,8000235c <__udivdi3+0x1dc>
80002356:	ffe30593          	add	a1,t1,-2
8000235a:	96ba                	add	a3,a3,a4
8000235c:	411686b3          	sub	a3,a3,a7
80002360:	02a6d8b3          	divu	a7,a3,a0
80002364:	07c2                	sll	a5,a5,0x10
80002366:	83c1                	srl	a5,a5,0x10
80002368:	02a6f6b3          	remu	a3,a3,a0
8000236c:	03160633          	mul	a2,a2,a7
80002370:	06c2                	sll	a3,a3,0x10
80002372:	8fd5                	or	a5,a5,a3
80002374:	86c6                	mv	a3,a7
80002376:	00c7fc63          	bgeu	a5,a2,8000238e <__udivdi3+0x20e>
8000237a:	97ba                	add	a5,a5,a4
8000237c:	fff88693          	add	a3,a7,-1
80002380:	00e7e763          	bltu	a5,a4,8000238e <__udivdi3+0x20e>
80002384:	00c7f563          	bgeu	a5,a2,8000238e <__udivdi3+0x20e>
80002388:	ffe88693          	add	a3,a7,-2
8000238c:	97ba                	add	a5,a5,a4
8000238e:	05c2                	sll	a1,a1,0x10
80002390:	8f91                	sub	a5,a5,a2
80002392:	8dd5                	or	a1,a1,a3
80002394:	bddd                	j	8000228a <__udivdi3+0x10a>
80002396:	14d5e163          	bltu	a1,a3,800024d8 <__udivdi3+0x358>
8000239a:	67c1                	lui	a5,0x10
8000239c:	02f6ff63          	bgeu	a3,a5,800023da <__udivdi3+0x25a>
800023a0:	1006b713          	sltiu	a4,a3,256
800023a4:	00174713          	xor	a4,a4,1
800023a8:	070e                	sll	a4,a4,0x3
800023aa:	00e6d5b3          	srl	a1,a3,a4
800023ae:	00001797          	auipc	a5,0x1
800023b2:	afe78793          	add	a5,a5,-1282 # 80002eac <__clz_tab>
800023b6:	97ae                	add	a5,a5,a1
800023b8:	0007c783          	lbu	a5,0(a5)
800023bc:	97ba                	add	a5,a5,a4
800023be:	02000713          	li	a4,32
800023c2:	40f705b3          	sub	a1,a4,a5
800023c6:	02f71163          	bne	a4,a5,800023e8 <__udivdi3+0x268>
800023ca:	4505                	li	a0,1
800023cc:	e666eee3          	bltu	a3,t1,80002248 <__udivdi3+0xc8>
800023d0:	00c8b533          	sltu	a0,a7,a2
800023d4:	00154513          	xor	a0,a0,1
800023d8:	8082                	ret
800023da:	010007b7          	lui	a5,0x1000
800023de:	4741                	li	a4,16
800023e0:	fcf6e5e3          	bltu	a3,a5,800023aa <__udivdi3+0x22a>
800023e4:	4761                	li	a4,24
800023e6:	b7d1                	j	800023aa <__udivdi3+0x22a>
800023e8:	00f65733          	srl	a4,a2,a5
800023ec:	00b696b3          	sll	a3,a3,a1
800023f0:	8ed9                	or	a3,a3,a4
800023f2:	00f35733          	srl	a4,t1,a5
800023f6:	00b31333          	sll	t1,t1,a1
800023fa:	00f8d7b3          	srl	a5,a7,a5
800023fe:	0067e7b3          	or	a5,a5,t1
80002402:	0106d313          	srl	t1,a3,0x10
80002406:	02675eb3          	divu	t4,a4,t1
8000240a:	01069813          	sll	a6,a3,0x10
8000240e:	01085813          	srl	a6,a6,0x10
80002412:	00b61633          	sll	a2,a2,a1
80002416:	02677733          	remu	a4,a4,t1
8000241a:	03d80e33          	mul	t3,a6,t4
8000241e:	01071513          	sll	a0,a4,0x10
80002422:	0107d713          	srl	a4,a5,0x10
80002426:	8f49                	or	a4,a4,a0
80002428:	8576                	mv	a0,t4
8000242a:	01c77c63          	bgeu	a4,t3,80002442 <__udivdi3+0x2c2>
8000242e:	9736                	add	a4,a4,a3
80002430:	fffe8513          	add	a0,t4,-1
80002434:	00d76763          	bltu	a4,a3,80002442 <__udivdi3+0x2c2>
80002438:	01c77563          	bgeu	a4,t3,80002442 <__udivdi3+0x2c2>
8000243c:	ffee8513          	add	a0,t4,-2
80002440:	9736                	add	a4,a4,a3
80002442:	41c70733          	sub	a4,a4,t3
80002446:	02675e33          	divu	t3,a4,t1
8000244a:	07c2                	sll	a5,a5,0x10
8000244c:	83c1                	srl	a5,a5,0x10
8000244e:	02677733          	remu	a4,a4,t1
80002452:	03c80833          	mul	a6,a6,t3
80002456:	0742                	sll	a4,a4,0x10
80002458:	8fd9                	or	a5,a5,a4
8000245a:	8772                	mv	a4,t3
8000245c:	0107fc63          	bgeu	a5,a6,80002474 <__udivdi3+0x2f4>
80002460:	97b6                	add	a5,a5,a3
80002462:	fffe0713          	add	a4,t3,-1
80002466:	00d7e763          	bltu	a5,a3,80002474 <__udivdi3+0x2f4>
8000246a:	0107f563          	bgeu	a5,a6,80002474 <__udivdi3+0x2f4>
8000246e:	ffee0713          	add	a4,t3,-2
80002472:	97b6                	add	a5,a5,a3
80002474:	0542                	sll	a0,a0,0x10
80002476:	6e41                	lui	t3,0x10
80002478:	8d59                	or	a0,a0,a4
8000247a:	fffe0693          	add	a3,t3,-1 # ffff <__stack_size-0x1>
8000247e:	00d57733          	and	a4,a0,a3
80002482:	410787b3          	sub	a5,a5,a6
80002486:	8ef1                	and	a3,a3,a2
80002488:	01055813          	srl	a6,a0,0x10
8000248c:	8241                	srl	a2,a2,0x10
8000248e:	02d70333          	mul	t1,a4,a3
80002492:	02d806b3          	mul	a3,a6,a3
80002496:	02c70733          	mul	a4,a4,a2
8000249a:	02c80833          	mul	a6,a6,a2
8000249e:	00d70633          	add	a2,a4,a3
800024a2:	01035713          	srl	a4,t1,0x10
800024a6:	9732                	add	a4,a4,a2
800024a8:	00d77363          	bgeu	a4,a3,800024ae <__udivdi3+0x32e>
800024ac:	9872                	add	a6,a6,t3
800024ae:	01075693          	srl	a3,a4,0x10
800024b2:	96c2                	add	a3,a3,a6
800024b4:	02d7e063          	bltu	a5,a3,800024d4 <__udivdi3+0x354>
800024b8:	d8d797e3          	bne	a5,a3,80002246 <__udivdi3+0xc6>
800024bc:	67c1                	lui	a5,0x10
800024be:	17fd                	add	a5,a5,-1 # ffff <__stack_size-0x1>
800024c0:	8f7d                	and	a4,a4,a5
800024c2:	0742                	sll	a4,a4,0x10
800024c4:	00f37333          	and	t1,t1,a5
800024c8:	00b898b3          	sll	a7,a7,a1
800024cc:	971a                	add	a4,a4,t1
800024ce:	4581                	li	a1,0
800024d0:	d6e8fce3          	bgeu	a7,a4,80002248 <__udivdi3+0xc8>
800024d4:	157d                	add	a0,a0,-1 # ffffff <__stack_size+0xfeffff>
800024d6:	bb85                	j	80002246 <__udivdi3+0xc6>
800024d8:	4581                	li	a1,0
800024da:	4501                	li	a0,0
800024dc:	8082                	ret

800024de <__umoddi3>:
800024de:	8832                	mv	a6,a2
800024e0:	87aa                	mv	a5,a0
800024e2:	872e                	mv	a4,a1
800024e4:	1a069363          	bnez	a3,8000268a <__umoddi3+0x1ac>
800024e8:	00001897          	auipc	a7,0x1
800024ec:	9c488893          	add	a7,a7,-1596 # 80002eac <__clz_tab>
800024f0:	0ac5f663          	bgeu	a1,a2,8000259c <__umoddi3+0xbe>
800024f4:	66c1                	lui	a3,0x10
800024f6:	08d67c63          	bgeu	a2,a3,8000258e <__umoddi3+0xb0>
800024fa:	10063693          	sltiu	a3,a2,256
800024fe:	0016c693          	xor	a3,a3,1
80002502:	068e                	sll	a3,a3,0x3
80002504:	00d65333          	srl	t1,a2,a3
80002508:	989a                	add	a7,a7,t1
8000250a:	0008c883          	lbu	a7,0(a7)
8000250e:	02000313          	li	t1,32
80002512:	96c6                	add	a3,a3,a7
80002514:	40d308b3          	sub	a7,t1,a3
80002518:	00d30b63          	beq	t1,a3,8000252e <__umoddi3+0x50>
8000251c:	01159733          	sll	a4,a1,a7
80002520:	00d556b3          	srl	a3,a0,a3
80002524:	01161833          	sll	a6,a2,a7
80002528:	8f55                	or	a4,a4,a3
8000252a:	011517b3          	sll	a5,a0,a7
8000252e:	01085613          	srl	a2,a6,0x10
80002532:	02c756b3          	divu	a3,a4,a2
80002536:	01081513          	sll	a0,a6,0x10
8000253a:	8141                	srl	a0,a0,0x10
8000253c:	02c77733          	remu	a4,a4,a2
80002540:	02a686b3          	mul	a3,a3,a0
80002544:	01071593          	sll	a1,a4,0x10
80002548:	0107d713          	srl	a4,a5,0x10
8000254c:	8f4d                	or	a4,a4,a1
8000254e:	00d77863          	bgeu	a4,a3,8000255e <__umoddi3+0x80>
80002552:	9742                	add	a4,a4,a6
80002554:	01076563          	bltu	a4,a6,8000255e <__umoddi3+0x80>
80002558:	00d77363          	bgeu	a4,a3,8000255e <__umoddi3+0x80>
8000255c:	9742                	add	a4,a4,a6
8000255e:	8f15                	sub	a4,a4,a3
80002560:	02c756b3          	divu	a3,a4,a2
80002564:	02c77733          	remu	a4,a4,a2
80002568:	02a686b3          	mul	a3,a3,a0
8000256c:	07c2                	sll	a5,a5,0x10
8000256e:	0742                	sll	a4,a4,0x10
80002570:	83c1                	srl	a5,a5,0x10
80002572:	8fd9                	or	a5,a5,a4
80002574:	00d7f863          	bgeu	a5,a3,80002584 <__umoddi3+0xa6>
80002578:	97c2                	add	a5,a5,a6
8000257a:	0107e563          	bltu	a5,a6,80002584 <__umoddi3+0xa6>
8000257e:	00d7f363          	bgeu	a5,a3,80002584 <__umoddi3+0xa6>
80002582:	97c2                	add	a5,a5,a6
80002584:	8f95                	sub	a5,a5,a3
80002586:	0117d533          	srl	a0,a5,a7
8000258a:	4581                	li	a1,0
8000258c:	8082                	ret
8000258e:	01000337          	lui	t1,0x1000
80002592:	46c1                	li	a3,16
80002594:	f66668e3          	bltu	a2,t1,80002504 <__umoddi3+0x26>
80002598:	46e1                	li	a3,24
8000259a:	b7ad                	j	80002504 <__umoddi3+0x26>
8000259c:	4681                	li	a3,0
8000259e:	ca09                	beqz	a2,800025b0 <__umoddi3+0xd2>
800025a0:	6741                	lui	a4,0x10
800025a2:	06e67463          	bgeu	a2,a4,8000260a <__umoddi3+0x12c>
800025a6:	10063693          	sltiu	a3,a2,256
800025aa:	0016c693          	xor	a3,a3,1
800025ae:	068e                	sll	a3,a3,0x3
800025b0:	00d65733          	srl	a4,a2,a3
800025b4:	98ba                	add	a7,a7,a4
800025b6:	0008c703          	lbu	a4,0(a7)
800025ba:	9736                	add	a4,a4,a3
800025bc:	02000693          	li	a3,32
800025c0:	40e688b3          	sub	a7,a3,a4
800025c4:	04e69a63          	bne	a3,a4,80002618 <__umoddi3+0x13a>
800025c8:	40c58733          	sub	a4,a1,a2
800025cc:	01085593          	srl	a1,a6,0x10
800025d0:	02b75633          	divu	a2,a4,a1
800025d4:	01081513          	sll	a0,a6,0x10
800025d8:	8141                	srl	a0,a0,0x10
800025da:	0107d693          	srl	a3,a5,0x10
800025de:	02b77733          	remu	a4,a4,a1
800025e2:	02a60633          	mul	a2,a2,a0
800025e6:	0742                	sll	a4,a4,0x10
800025e8:	8f55                	or	a4,a4,a3
800025ea:	00c77863          	bgeu	a4,a2,800025fa <__umoddi3+0x11c>
800025ee:	9742                	add	a4,a4,a6
800025f0:	01076563          	bltu	a4,a6,800025fa <__umoddi3+0x11c>
800025f4:	00c77363          	bgeu	a4,a2,800025fa <__umoddi3+0x11c>
800025f8:	9742                	add	a4,a4,a6
800025fa:	8f11                	sub	a4,a4,a2
800025fc:	02b756b3          	divu	a3,a4,a1
80002600:	02b77733          	remu	a4,a4,a1
80002604:	02a686b3          	mul	a3,a3,a0
80002608:	b795                	j	8000256c <__umoddi3+0x8e>
8000260a:	01000737          	lui	a4,0x1000
8000260e:	46c1                	li	a3,16
80002610:	fae660e3          	bltu	a2,a4,800025b0 <__umoddi3+0xd2>
80002614:	46e1                	li	a3,24
80002616:	bf69                	j	800025b0 <__umoddi3+0xd2>
80002618:	01161833          	sll	a6,a2,a7
8000261c:	00e5d6b3          	srl	a3,a1,a4
80002620:	011517b3          	sll	a5,a0,a7
80002624:	011595b3          	sll	a1,a1,a7
80002628:	00e55733          	srl	a4,a0,a4
8000262c:	01085513          	srl	a0,a6,0x10
80002630:	8f4d                	or	a4,a4,a1
80002632:	02a6d5b3          	divu	a1,a3,a0
80002636:	01081313          	sll	t1,a6,0x10
8000263a:	01035313          	srl	t1,t1,0x10
8000263e:	02a6f6b3          	remu	a3,a3,a0
80002642:	026585b3          	mul	a1,a1,t1
80002646:	01069613          	sll	a2,a3,0x10
8000264a:	01075693          	srl	a3,a4,0x10
8000264e:	8ed1                	or	a3,a3,a2
80002650:	00b6f863          	bgeu	a3,a1,80002660 <__umoddi3+0x182>
80002654:	96c2                	add	a3,a3,a6
80002656:	0106e563          	bltu	a3,a6,80002660 <__umoddi3+0x182>
8000265a:	00b6f363          	bgeu	a3,a1,80002660 <__umoddi3+0x182>
8000265e:	96c2                	add	a3,a3,a6
80002660:	8e8d                	sub	a3,a3,a1
80002662:	02a6d633          	divu	a2,a3,a0
80002666:	0742                	sll	a4,a4,0x10
80002668:	8341                	srl	a4,a4,0x10
8000266a:	02a6f6b3          	remu	a3,a3,a0
8000266e:	02660633          	mul	a2,a2,t1
80002672:	06c2                	sll	a3,a3,0x10
80002674:	8f55                	or	a4,a4,a3
80002676:	00c77863          	bgeu	a4,a2,80002686 <__umoddi3+0x1a8>
8000267a:	9742                	add	a4,a4,a6
8000267c:	01076563          	bltu	a4,a6,80002686 <__umoddi3+0x1a8>
80002680:	00c77363          	bgeu	a4,a2,80002686 <__umoddi3+0x1a8>
80002684:	9742                	add	a4,a4,a6
80002686:	8f11                	sub	a4,a4,a2
80002688:	b791                	j	800025cc <__umoddi3+0xee>
8000268a:	16d5ed63          	bltu	a1,a3,80002804 <__umoddi3+0x326>
8000268e:	6841                	lui	a6,0x10
80002690:	0506f763          	bgeu	a3,a6,800026de <__umoddi3+0x200>
80002694:	1006b813          	sltiu	a6,a3,256
80002698:	00184813          	xor	a6,a6,1
8000269c:	080e                	sll	a6,a6,0x3
8000269e:	0106d333          	srl	t1,a3,a6
800026a2:	00001897          	auipc	a7,0x1
800026a6:	80a88893          	add	a7,a7,-2038 # 80002eac <__clz_tab>
800026aa:	989a                	add	a7,a7,t1
800026ac:	0008c883          	lbu	a7,0(a7)
800026b0:	02000313          	li	t1,32
800026b4:	98c2                	add	a7,a7,a6
800026b6:	41130833          	sub	a6,t1,a7
800026ba:	03131963          	bne	t1,a7,800026ec <__umoddi3+0x20e>
800026be:	00b6e463          	bltu	a3,a1,800026c6 <__umoddi3+0x1e8>
800026c2:	00c56b63          	bltu	a0,a2,800026d8 <__umoddi3+0x1fa>
800026c6:	40c50633          	sub	a2,a0,a2
800026ca:	40d586b3          	sub	a3,a1,a3
800026ce:	00c53733          	sltu	a4,a0,a2
800026d2:	87b2                	mv	a5,a2
800026d4:	40e68733          	sub	a4,a3,a4
800026d8:	853e                	mv	a0,a5
800026da:	85ba                	mv	a1,a4
800026dc:	8082                	ret
800026de:	010008b7          	lui	a7,0x1000
800026e2:	4841                	li	a6,16
800026e4:	fb16ede3          	bltu	a3,a7,8000269e <__umoddi3+0x1c0>
800026e8:	4861                	li	a6,24
800026ea:	bf55                	j	8000269e <__umoddi3+0x1c0>
800026ec:	011657b3          	srl	a5,a2,a7
800026f0:	010696b3          	sll	a3,a3,a6
800026f4:	8edd                	or	a3,a3,a5
800026f6:	0115d733          	srl	a4,a1,a7
800026fa:	0106de13          	srl	t3,a3,0x10
800026fe:	03c75f33          	divu	t5,a4,t3
80002702:	01069313          	sll	t1,a3,0x10
80002706:	01035313          	srl	t1,t1,0x10
8000270a:	010597b3          	sll	a5,a1,a6
8000270e:	011555b3          	srl	a1,a0,a7
80002712:	8ddd                	or	a1,a1,a5
80002714:	0105d793          	srl	a5,a1,0x10
80002718:	01061633          	sll	a2,a2,a6
8000271c:	01051533          	sll	a0,a0,a6
80002720:	03c77733          	remu	a4,a4,t3
80002724:	03e30eb3          	mul	t4,t1,t5
80002728:	0742                	sll	a4,a4,0x10
8000272a:	8fd9                	or	a5,a5,a4
8000272c:	877a                	mv	a4,t5
8000272e:	01d7fc63          	bgeu	a5,t4,80002746 <__umoddi3+0x268>
80002732:	97b6                	add	a5,a5,a3
80002734:	ffff0713          	add	a4,t5,-1
80002738:	00d7e763          	bltu	a5,a3,80002746 <__umoddi3+0x268>
8000273c:	01d7f563          	bgeu	a5,t4,80002746 <__umoddi3+0x268>
80002740:	ffef0713          	add	a4,t5,-2
80002744:	97b6                	add	a5,a5,a3
80002746:	41d787b3          	sub	a5,a5,t4
8000274a:	03c7deb3          	divu	t4,a5,t3
8000274e:	05c2                	sll	a1,a1,0x10
80002750:	81c1                	srl	a1,a1,0x10
80002752:	03c7f7b3          	remu	a5,a5,t3
80002756:	8e76                	mv	t3,t4
80002758:	03d30333          	mul	t1,t1,t4
8000275c:	07c2                	sll	a5,a5,0x10
8000275e:	8ddd                	or	a1,a1,a5
80002760:	0065fc63          	bgeu	a1,t1,80002778 <__umoddi3+0x29a>
80002764:	95b6                	add	a1,a1,a3
80002766:	fffe8e13          	add	t3,t4,-1
8000276a:	00d5e763          	bltu	a1,a3,80002778 <__umoddi3+0x29a>
8000276e:	0065f563          	bgeu	a1,t1,80002778 <__umoddi3+0x29a>
80002772:	ffee8e13          	add	t3,t4,-2
80002776:	95b6                	add	a1,a1,a3
80002778:	01071793          	sll	a5,a4,0x10
8000277c:	6f41                	lui	t5,0x10
8000277e:	01c7e7b3          	or	a5,a5,t3
80002782:	406585b3          	sub	a1,a1,t1
80002786:	ffff0313          	add	t1,t5,-1 # ffff <__stack_size-0x1>
8000278a:	0067f733          	and	a4,a5,t1
8000278e:	01065e13          	srl	t3,a2,0x10
80002792:	83c1                	srl	a5,a5,0x10
80002794:	00667333          	and	t1,a2,t1
80002798:	02670eb3          	mul	t4,a4,t1
8000279c:	02678333          	mul	t1,a5,t1
800027a0:	03c70733          	mul	a4,a4,t3
800027a4:	03c787b3          	mul	a5,a5,t3
800027a8:	00670e33          	add	t3,a4,t1
800027ac:	010ed713          	srl	a4,t4,0x10
800027b0:	9772                	add	a4,a4,t3
800027b2:	00677363          	bgeu	a4,t1,800027b8 <__umoddi3+0x2da>
800027b6:	97fa                	add	a5,a5,t5
800027b8:	01075313          	srl	t1,a4,0x10
800027bc:	979a                	add	a5,a5,t1
800027be:	6341                	lui	t1,0x10
800027c0:	137d                	add	t1,t1,-1 # ffff <__stack_size-0x1>
800027c2:	00677733          	and	a4,a4,t1
800027c6:	0742                	sll	a4,a4,0x10
800027c8:	006efeb3          	and	t4,t4,t1
800027cc:	9776                	add	a4,a4,t4
800027ce:	00f5e663          	bltu	a1,a5,800027da <__umoddi3+0x2fc>
800027d2:	00f59b63          	bne	a1,a5,800027e8 <__umoddi3+0x30a>
800027d6:	00e57963          	bgeu	a0,a4,800027e8 <__umoddi3+0x30a>
800027da:	40c70633          	sub	a2,a4,a2
800027de:	00c73333          	sltu	t1,a4,a2
800027e2:	969a                	add	a3,a3,t1
800027e4:	8732                	mv	a4,a2
800027e6:	8f95                	sub	a5,a5,a3
800027e8:	40e50733          	sub	a4,a0,a4
800027ec:	00e53533          	sltu	a0,a0,a4
800027f0:	8d9d                	sub	a1,a1,a5
800027f2:	8d89                	sub	a1,a1,a0
800027f4:	011598b3          	sll	a7,a1,a7
800027f8:	01075733          	srl	a4,a4,a6
800027fc:	00e8e533          	or	a0,a7,a4
80002800:	0105d5b3          	srl	a1,a1,a6
80002804:	8082                	ret

80002806 <__riscv_save_12>:
80002806:	7139                	add	sp,sp,-64
80002808:	4301                	li	t1,0
8000280a:	c66e                	sw	s11,12(sp)
8000280c:	a019                	j	80002812 <__riscv_save_10+0x4>

8000280e <__riscv_save_10>:
8000280e:	7139                	add	sp,sp,-64
80002810:	5341                	li	t1,-16
80002812:	c86a                	sw	s10,16(sp)
80002814:	ca66                	sw	s9,20(sp)
80002816:	cc62                	sw	s8,24(sp)
80002818:	ce5e                	sw	s7,28(sp)
8000281a:	a019                	j	80002820 <__riscv_save_4+0x4>

8000281c <__riscv_save_4>:
8000281c:	7139                	add	sp,sp,-64
8000281e:	5301                	li	t1,-32
80002820:	d05a                	sw	s6,32(sp)
80002822:	d256                	sw	s5,36(sp)
80002824:	d452                	sw	s4,40(sp)
80002826:	d64e                	sw	s3,44(sp)
80002828:	d84a                	sw	s2,48(sp)
8000282a:	da26                	sw	s1,52(sp)
8000282c:	dc22                	sw	s0,56(sp)
8000282e:	de06                	sw	ra,60(sp)
80002830:	40610133          	sub	sp,sp,t1
80002834:	8282                	jr	t0

80002836 <__riscv_save_0>:
80002836:	1141                	add	sp,sp,-16
80002838:	c04a                	sw	s2,0(sp)
8000283a:	c226                	sw	s1,4(sp)
8000283c:	c422                	sw	s0,8(sp)
8000283e:	c606                	sw	ra,12(sp)
80002840:	8282                	jr	t0

80002842 <__riscv_restore_12>:
80002842:	4db2                	lw	s11,12(sp)
80002844:	0141                	add	sp,sp,16

80002846 <__riscv_restore_10>:
80002846:	4d02                	lw	s10,0(sp)
80002848:	4c92                	lw	s9,4(sp)
8000284a:	4c22                	lw	s8,8(sp)
8000284c:	4bb2                	lw	s7,12(sp)
8000284e:	0141                	add	sp,sp,16

80002850 <__riscv_restore_4>:
80002850:	4b02                	lw	s6,0(sp)
80002852:	4a92                	lw	s5,4(sp)
80002854:	4a22                	lw	s4,8(sp)
80002856:	49b2                	lw	s3,12(sp)
80002858:	0141                	add	sp,sp,16

8000285a <__riscv_restore_0>:
8000285a:	4902                	lw	s2,0(sp)
8000285c:	4492                	lw	s1,4(sp)
8000285e:	4422                	lw	s0,8(sp)
80002860:	40b2                	lw	ra,12(sp)
80002862:	0141                	add	sp,sp,16
80002864:	8082                	ret
