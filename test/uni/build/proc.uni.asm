
build/proc.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00007197          	auipc	gp,0x7
80400004:	89818193          	add	gp,gp,-1896 # 80406898 <__global_pointer$>
80400008:	00016117          	auipc	sp,0x16
8040000c:	15810113          	add	sp,sp,344 # 80416160 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00006297          	auipc	t0,0x6
80400016:	0ae28293          	add	t0,t0,174 # 804060c0 <failures>
8040001a:	0001b317          	auipc	t1,0x1b
8040001e:	6a630313          	add	t1,t1,1702 # 8041b6c0 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00006297          	auipc	t0,0x6
8040003e:	08628293          	add	t0,t0,134 # 804060c0 <failures>
80400042:	00006317          	auipc	t1,0x6
80400046:	08230313          	add	t1,t1,130 # 804060c4 <upcalls>
8040004a:	405303b3          	sub	t2,t1,t0
8040004e:	03bd                	add	t2,t2,15
80400050:	ff03f393          	and	t2,t2,-16
80400054:	40710133          	sub	sp,sp,t2
80400058:	820a                	mv	tp,sp
8040005a:	00710e33          	add	t3,sp,t2
8040005e:	8e8a                	mv	t4,sp
80400060:	01cefc63          	bgeu	t4,t3,80400078 <_start+0x78>
80400064:	000ea023          	sw	zero,0(t4)
80400068:	000ea223          	sw	zero,4(t4)
8040006c:	000ea423          	sw	zero,8(t4)
80400070:	000ea623          	sw	zero,12(t4)
80400074:	0ec1                	add	t4,t4,16
80400076:	b7ed                	j	80400060 <_start+0x60>
80400078:	00006317          	auipc	t1,0x6
8040007c:	04830313          	add	t1,t1,72 # 804060c0 <failures>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00001097          	auipc	ra,0x1
8040009a:	9c2080e7          	jalr	-1598(ra) # 80400a58 <uni_runtime_start>
8040009e:	a001                	j	8040009e <_start+0x9e>

804000a0 <main>:
804000a0:	7179                	add	sp,sp,-48
804000a2:	d606                	sw	ra,44(sp)
804000a4:	d422                	sw	s0,40(sp)
804000a6:	d226                	sw	s1,36(sp)
804000a8:	d04a                	sw	s2,32(sp)
804000aa:	ce4e                	sw	s3,28(sp)
804000ac:	cc52                	sw	s4,24(sp)
804000ae:	ca56                	sw	s5,20(sp)
804000b0:	c85a                	sw	s6,16(sp)
804000b2:	4709                	li	a4,2
804000b4:	26a74163          	blt	a4,a0,80400316 <main+0x276>
804000b8:	00001097          	auipc	ra,0x1
804000bc:	28c080e7          	jalr	652(ra) # 80401344 <getpid>
804000c0:	85aa                	mv	a1,a0
804000c2:	80405537          	lui	a0,0x80405
804000c6:	4605                	li	a2,1
804000c8:	08050513          	add	a0,a0,128 # 80405080 <strnlen+0x940>
804000cc:	00000097          	auipc	ra,0x0
804000d0:	56c080e7          	jalr	1388(ra) # 80400638 <expect>
804000d4:	804054b7          	lui	s1,0x80405
804000d8:	804055b7          	lui	a1,0x80405
804000dc:	09c58593          	add	a1,a1,156 # 8040509c <strnlen+0x95c>
804000e0:	05048513          	add	a0,s1,80 # 80405050 <strnlen+0x910>
804000e4:	00000097          	auipc	ra,0x0
804000e8:	528080e7          	jalr	1320(ra) # 8040060c <child>
804000ec:	842a                	mv	s0,a0
804000ee:	85aa                	mv	a1,a0
804000f0:	80405537          	lui	a0,0x80405
804000f4:	4609                	li	a2,2
804000f6:	0a050513          	add	a0,a0,160 # 804050a0 <strnlen+0x960>
804000fa:	00000097          	auipc	ra,0x0
804000fe:	53e080e7          	jalr	1342(ra) # 80400638 <expect>
80400102:	8522                	mv	a0,s0
80400104:	00000097          	auipc	ra,0x0
80400108:	4d8080e7          	jalr	1240(ra) # 804005dc <status_of>
8040010c:	85aa                	mv	a1,a0
8040010e:	80405537          	lui	a0,0x80405
80400112:	02a00613          	li	a2,42
80400116:	0bc50513          	add	a0,a0,188 # 804050bc <strnlen+0x97c>
8040011a:	00000097          	auipc	ra,0x0
8040011e:	51e080e7          	jalr	1310(ra) # 80400638 <expect>
80400122:	4581                	li	a1,0
80400124:	8522                	mv	a0,s0
80400126:	00001097          	auipc	ra,0x1
8040012a:	294080e7          	jalr	660(ra) # 804013ba <wait_child>
8040012e:	85aa                	mv	a1,a0
80400130:	80405537          	lui	a0,0x80405
80400134:	5659                	li	a2,-10
80400136:	0e850513          	add	a0,a0,232 # 804050e8 <strnlen+0x9a8>
8040013a:	00000097          	auipc	ra,0x0
8040013e:	4fe080e7          	jalr	1278(ra) # 80400638 <expect>
80400142:	80405a37          	lui	s4,0x80405
80400146:	80405537          	lui	a0,0x80405
8040014a:	100a0593          	add	a1,s4,256 # 80405100 <strnlen+0x9c0>
8040014e:	12050513          	add	a0,a0,288 # 80405120 <strnlen+0x9e0>
80400152:	00000097          	auipc	ra,0x0
80400156:	4ba080e7          	jalr	1210(ra) # 8040060c <child>
8040015a:	842a                	mv	s0,a0
8040015c:	00000097          	auipc	ra,0x0
80400160:	480080e7          	jalr	1152(ra) # 804005dc <status_of>
80400164:	85aa                	mv	a1,a0
80400166:	80405537          	lui	a0,0x80405
8040016a:	0ff47613          	zext.b	a2,s0
8040016e:	10450513          	add	a0,a0,260 # 80405104 <strnlen+0x9c4>
80400172:	00000097          	auipc	ra,0x0
80400176:	4c6080e7          	jalr	1222(ra) # 80400638 <expect>
8040017a:	804055b7          	lui	a1,0x80405
8040017e:	12458593          	add	a1,a1,292 # 80405124 <strnlen+0x9e4>
80400182:	05048513          	add	a0,s1,80
80400186:	00000097          	auipc	ra,0x0
8040018a:	486080e7          	jalr	1158(ra) # 8040060c <child>
8040018e:	842a                	mv	s0,a0
80400190:	804055b7          	lui	a1,0x80405
80400194:	80405537          	lui	a0,0x80405
80400198:	12858593          	add	a1,a1,296 # 80405128 <strnlen+0x9e8>
8040019c:	05450513          	add	a0,a0,84 # 80405054 <strnlen+0x914>
804001a0:	00000097          	auipc	ra,0x0
804001a4:	46c080e7          	jalr	1132(ra) # 8040060c <child>
804001a8:	84aa                	mv	s1,a0
804001aa:	5b7d                	li	s6,-1
804001ac:	006c                	add	a1,sp,12
804001ae:	557d                	li	a0,-1
804001b0:	4909                	li	s2,2
804001b2:	4981                	li	s3,0
804001b4:	4a85                	li	s5,1
804001b6:	c65a                	sw	s6,12(sp)
804001b8:	00001097          	auipc	ra,0x1
804001bc:	202080e7          	jalr	514(ra) # 804013ba <wait_child>
804001c0:	02a40063          	beq	s0,a0,804001e0 <main+0x140>
804001c4:	12a48d63          	beq	s1,a0,804002fe <main+0x25e>
804001c8:	03590363          	beq	s2,s5,804001ee <main+0x14e>
804001cc:	006c                	add	a1,sp,12
804001ce:	557d                	li	a0,-1
804001d0:	4905                	li	s2,1
804001d2:	c65a                	sw	s6,12(sp)
804001d4:	00001097          	auipc	ra,0x1
804001d8:	1e6080e7          	jalr	486(ra) # 804013ba <wait_child>
804001dc:	fea414e3          	bne	s0,a0,804001c4 <main+0x124>
804001e0:	4732                	lw	a4,12(sp)
804001e2:	478d                	li	a5,3
804001e4:	fef710e3          	bne	a4,a5,804001c4 <main+0x124>
804001e8:	0985                	add	s3,s3,1
804001ea:	ff5911e3          	bne	s2,s5,804001cc <main+0x12c>
804001ee:	80405537          	lui	a0,0x80405
804001f2:	4609                	li	a2,2
804001f4:	85ce                	mv	a1,s3
804001f6:	12c50513          	add	a0,a0,300 # 8040512c <strnlen+0x9ec>
804001fa:	00000097          	auipc	ra,0x0
804001fe:	43e080e7          	jalr	1086(ra) # 80400638 <expect>
80400202:	4581                	li	a1,0
80400204:	557d                	li	a0,-1
80400206:	00001097          	auipc	ra,0x1
8040020a:	1b4080e7          	jalr	436(ra) # 804013ba <wait_child>
8040020e:	85aa                	mv	a1,a0
80400210:	80405537          	lui	a0,0x80405
80400214:	5659                	li	a2,-10
80400216:	17c50513          	add	a0,a0,380 # 8040517c <strnlen+0xa3c>
8040021a:	00000097          	auipc	ra,0x0
8040021e:	41e080e7          	jalr	1054(ra) # 80400638 <expect>
80400222:	80405537          	lui	a0,0x80405
80400226:	4581                	li	a1,0
80400228:	19850513          	add	a0,a0,408 # 80405198 <strnlen+0xa58>
8040022c:	00001097          	auipc	ra,0x1
80400230:	17a080e7          	jalr	378(ra) # 804013a6 <spawn>
80400234:	85aa                	mv	a1,a0
80400236:	80405537          	lui	a0,0x80405
8040023a:	5679                	li	a2,-2
8040023c:	1a050513          	add	a0,a0,416 # 804051a0 <strnlen+0xa60>
80400240:	00000097          	auipc	ra,0x0
80400244:	3f8080e7          	jalr	1016(ra) # 80400638 <expect>
80400248:	80405537          	lui	a0,0x80405
8040024c:	100a0593          	add	a1,s4,256
80400250:	06c50513          	add	a0,a0,108 # 8040506c <strnlen+0x92c>
80400254:	00000097          	auipc	ra,0x0
80400258:	3b8080e7          	jalr	952(ra) # 8040060c <child>
8040025c:	842a                	mv	s0,a0
8040025e:	00000097          	auipc	ra,0x0
80400262:	37e080e7          	jalr	894(ra) # 804005dc <status_of>
80400266:	85aa                	mv	a1,a0
80400268:	80405537          	lui	a0,0x80405
8040026c:	4601                	li	a2,0
8040026e:	1c050513          	add	a0,a0,448 # 804051c0 <strnlen+0xa80>
80400272:	00000097          	auipc	ra,0x0
80400276:	3c6080e7          	jalr	966(ra) # 80400638 <expect>
8040027a:	006c                	add	a1,sp,12
8040027c:	57fd                	li	a5,-1
8040027e:	557d                	li	a0,-1
80400280:	c63e                	sw	a5,12(sp)
80400282:	00001097          	auipc	ra,0x1
80400286:	138080e7          	jalr	312(ra) # 804013ba <wait_child>
8040028a:	4581                	li	a1,0
8040028c:	00a45663          	bge	s0,a0,80400298 <main+0x1f8>
80400290:	45b2                	lw	a1,12(sp)
80400292:	15dd                	add	a1,a1,-9
80400294:	0015b593          	seqz	a1,a1
80400298:	80405537          	lui	a0,0x80405
8040029c:	4605                	li	a2,1
8040029e:	1f050513          	add	a0,a0,496 # 804051f0 <strnlen+0xab0>
804002a2:	00000097          	auipc	ra,0x0
804002a6:	396080e7          	jalr	918(ra) # 80400638 <expect>
804002aa:	4581                	li	a1,0
804002ac:	04d00513          	li	a0,77
804002b0:	00001097          	auipc	ra,0x1
804002b4:	10a080e7          	jalr	266(ra) # 804013ba <wait_child>
804002b8:	85aa                	mv	a1,a0
804002ba:	80405537          	lui	a0,0x80405
804002be:	5659                	li	a2,-10
804002c0:	21850513          	add	a0,a0,536 # 80405218 <strnlen+0xad8>
804002c4:	80406437          	lui	s0,0x80406
804002c8:	00000097          	auipc	ra,0x0
804002cc:	370080e7          	jalr	880(ra) # 80400638 <expect>
804002d0:	0c042583          	lw	a1,192(s0) # 804060c0 <failures>
804002d4:	cd85                	beqz	a1,8040030c <main+0x26c>
804002d6:	80405537          	lui	a0,0x80405
804002da:	03c50513          	add	a0,a0,60 # 8040503c <strnlen+0x8fc>
804002de:	00003097          	auipc	ra,0x3
804002e2:	a2a080e7          	jalr	-1494(ra) # 80402d08 <printf>
804002e6:	0c042503          	lw	a0,192(s0)
804002ea:	50b2                	lw	ra,44(sp)
804002ec:	5422                	lw	s0,40(sp)
804002ee:	5492                	lw	s1,36(sp)
804002f0:	5902                	lw	s2,32(sp)
804002f2:	49f2                	lw	s3,28(sp)
804002f4:	4a62                	lw	s4,24(sp)
804002f6:	4ad2                	lw	s5,20(sp)
804002f8:	4b42                	lw	s6,16(sp)
804002fa:	6145                	add	sp,sp,48
804002fc:	8082                	ret
804002fe:	47b2                	lw	a5,12(sp)
80400300:	fd478793          	add	a5,a5,-44
80400304:	0017b793          	seqz	a5,a5
80400308:	99be                	add	s3,s3,a5
8040030a:	bd7d                	j	804001c8 <main+0x128>
8040030c:	80405537          	lui	a0,0x80405
80400310:	02c50513          	add	a0,a0,44 # 8040502c <strnlen+0x8ec>
80400314:	b7e9                	j	804002de <main+0x23e>
80400316:	41c0                	lw	s0,4(a1)
80400318:	87ae                	mv	a5,a1
8040031a:	804055b7          	lui	a1,0x80405
8040031e:	05058593          	add	a1,a1,80 # 80405050 <strnlen+0x910>
80400322:	8522                	mv	a0,s0
80400324:	4784                	lw	s1,8(a5)
80400326:	00002097          	auipc	ra,0x2
8040032a:	71e080e7          	jalr	1822(ra) # 80402a44 <strcmp>
8040032e:	c541                	beqz	a0,804003b6 <main+0x316>
80400330:	804055b7          	lui	a1,0x80405
80400334:	05458593          	add	a1,a1,84 # 80405054 <strnlen+0x914>
80400338:	8522                	mv	a0,s0
8040033a:	00002097          	auipc	ra,0x2
8040033e:	70a080e7          	jalr	1802(ra) # 80402a44 <strcmp>
80400342:	c55d                	beqz	a0,804003f0 <main+0x350>
80400344:	804055b7          	lui	a1,0x80405
80400348:	12058593          	add	a1,a1,288 # 80405120 <strnlen+0x9e0>
8040034c:	8522                	mv	a0,s0
8040034e:	00002097          	auipc	ra,0x2
80400352:	6f6080e7          	jalr	1782(ra) # 80402a44 <strcmp>
80400356:	c139                	beqz	a0,8040039c <main+0x2fc>
80400358:	804055b7          	lui	a1,0x80405
8040035c:	06c58593          	add	a1,a1,108 # 8040506c <strnlen+0x92c>
80400360:	8522                	mv	a0,s0
80400362:	00002097          	auipc	ra,0x2
80400366:	6e2080e7          	jalr	1762(ra) # 80402a44 <strcmp>
8040036a:	c525                	beqz	a0,804003d2 <main+0x332>
8040036c:	804055b7          	lui	a1,0x80405
80400370:	07858593          	add	a1,a1,120 # 80405078 <strnlen+0x938>
80400374:	8522                	mv	a0,s0
80400376:	00002097          	auipc	ra,0x2
8040037a:	6ce080e7          	jalr	1742(ra) # 80402a44 <strcmp>
8040037e:	87aa                	mv	a5,a0
80400380:	06300513          	li	a0,99
80400384:	f3bd                	bnez	a5,804002ea <main+0x24a>
80400386:	8526                	mv	a0,s1
80400388:	00003097          	auipc	ra,0x3
8040038c:	92a080e7          	jalr	-1750(ra) # 80402cb2 <atoi>
80400390:	00001097          	auipc	ra,0x1
80400394:	03e080e7          	jalr	62(ra) # 804013ce <sleep_ms>
80400398:	4525                	li	a0,9
8040039a:	bf81                	j	804002ea <main+0x24a>
8040039c:	5422                	lw	s0,40(sp)
8040039e:	50b2                	lw	ra,44(sp)
804003a0:	5492                	lw	s1,36(sp)
804003a2:	5902                	lw	s2,32(sp)
804003a4:	49f2                	lw	s3,28(sp)
804003a6:	4a62                	lw	s4,24(sp)
804003a8:	4ad2                	lw	s5,20(sp)
804003aa:	4b42                	lw	s6,16(sp)
804003ac:	6145                	add	sp,sp,48
804003ae:	00001317          	auipc	t1,0x1
804003b2:	f9630067          	jr	-106(t1) # 80401344 <getpid>
804003b6:	5422                	lw	s0,40(sp)
804003b8:	50b2                	lw	ra,44(sp)
804003ba:	5902                	lw	s2,32(sp)
804003bc:	49f2                	lw	s3,28(sp)
804003be:	4a62                	lw	s4,24(sp)
804003c0:	4ad2                	lw	s5,20(sp)
804003c2:	4b42                	lw	s6,16(sp)
804003c4:	8526                	mv	a0,s1
804003c6:	5492                	lw	s1,36(sp)
804003c8:	6145                	add	sp,sp,48
804003ca:	00003317          	auipc	t1,0x3
804003ce:	8e830067          	jr	-1816(t1) # 80402cb2 <atoi>
804003d2:	804055b7          	lui	a1,0x80405
804003d6:	80405537          	lui	a0,0x80405
804003da:	07458593          	add	a1,a1,116 # 80405074 <strnlen+0x934>
804003de:	07850513          	add	a0,a0,120 # 80405078 <strnlen+0x938>
804003e2:	00000097          	auipc	ra,0x0
804003e6:	22a080e7          	jalr	554(ra) # 8040060c <child>
804003ea:	00152513          	slti	a0,a0,1
804003ee:	bdf5                	j	804002ea <main+0x24a>
804003f0:	80405537          	lui	a0,0x80405
804003f4:	85a6                	mv	a1,s1
804003f6:	05c50513          	add	a0,a0,92 # 8040505c <strnlen+0x91c>
804003fa:	00003097          	auipc	ra,0x3
804003fe:	90e080e7          	jalr	-1778(ra) # 80402d08 <printf>
80400402:	8526                	mv	a0,s1
80400404:	00003097          	auipc	ra,0x3
80400408:	8ae080e7          	jalr	-1874(ra) # 80402cb2 <atoi>
8040040c:	00001097          	auipc	ra,0x1
80400410:	f70080e7          	jalr	-144(ra) # 8040137c <_exit>

80400414 <console_init>:
80400414:	1141                	add	sp,sp,-16
80400416:	804067b7          	lui	a5,0x80406
8040041a:	c422                	sw	s0,8(sp)
8040041c:	0d07a403          	lw	s0,208(a5) # 804060d0 <uni_start_info>
80400420:	c606                	sw	ra,12(sp)
80400422:	5848                	lw	a0,52(s0)
80400424:	00000097          	auipc	ra,0x0
80400428:	5bc080e7          	jalr	1468(ra) # 804009e0 <uni_mfn_to_virt>
8040042c:	c939                	beqz	a0,80400482 <console_init+0x6e>
8040042e:	5c10                	lw	a2,56(s0)
80400430:	85aa                	mv	a1,a0
80400432:	804016b7          	lui	a3,0x80401
80400436:	80418537          	lui	a0,0x80418
8040043a:	38450513          	add	a0,a0,900 # 80418384 <cons>
8040043e:	e0a68693          	add	a3,a3,-502 # 80400e0a <pv_block>
80400442:	00001097          	auipc	ra,0x1
80400446:	9e2080e7          	jalr	-1566(ra) # 80400e24 <pvcons_init>
8040044a:	5c08                	lw	a0,56(s0)
8040044c:	804015b7          	lui	a1,0x80401
80400450:	4601                	li	a2,0
80400452:	f2e58593          	add	a1,a1,-210 # 80400f2e <cons_event>
80400456:	00001097          	auipc	ra,0x1
8040045a:	85c080e7          	jalr	-1956(ra) # 80400cb2 <evtchn_bind>
8040045e:	02054a63          	bltz	a0,80400492 <console_init+0x7e>
80400462:	4422                	lw	s0,8(sp)
80400464:	40b2                	lw	ra,12(sp)
80400466:	804067b7          	lui	a5,0x80406
8040046a:	4705                	li	a4,1
8040046c:	80401537          	lui	a0,0x80401
80400470:	0ee7a223          	sw	a4,228(a5) # 804060e4 <ready>
80400474:	f3050513          	add	a0,a0,-208 # 80400f30 <uni_console_drain>
80400478:	0141                	add	sp,sp,16
8040047a:	00000317          	auipc	t1,0x0
8040047e:	3ac30067          	jr	940(t1) # 80400826 <uni_at_shutdown>
80400482:	80405537          	lui	a0,0x80405
80400486:	5ac50513          	add	a0,a0,1452 # 804055ac <names.0+0x9c>
8040048a:	00000097          	auipc	ra,0x0
8040048e:	3ec080e7          	jalr	1004(ra) # 80400876 <uni_panic>
80400492:	80405537          	lui	a0,0x80405
80400496:	5e050513          	add	a0,a0,1504 # 804055e0 <names.0+0xd0>
8040049a:	00000097          	auipc	ra,0x0
8040049e:	3dc080e7          	jalr	988(ra) # 80400876 <uni_panic>

804004a2 <time_init>:
804004a2:	c81027f3          	rdtimeh	a5
804004a6:	c01026f3          	rdtime	a3
804004aa:	c8102773          	rdtimeh	a4
804004ae:	fee79ae3          	bne	a5,a4,804004a2 <time_init>
804004b2:	80406737          	lui	a4,0x80406
804004b6:	0ed72423          	sw	a3,232(a4) # 804060e8 <boot_time>
804004ba:	0ef72623          	sw	a5,236(a4)
804004be:	8082                	ret

804004c0 <memory_init>:
804004c0:	804067b7          	lui	a5,0x80406
804004c4:	0d07a683          	lw	a3,208(a5) # 804060d0 <uni_start_info>
804004c8:	804067b7          	lui	a5,0x80406
804004cc:	0e07a603          	lw	a2,224(a5) # 804060e0 <pv_shared_info>
804004d0:	5ed8                	lw	a4,60(a3)
804004d2:	42bc                	lw	a5,64(a3)
804004d4:	528c                	lw	a1,32(a3)
804004d6:	6685                	lui	a3,0x1
804004d8:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
804004da:	9736                	add	a4,a4,a3
804004dc:	07b2                	sll	a5,a5,0xc
804004de:	97ba                	add	a5,a5,a4
804004e0:	76fd                	lui	a3,0xfffff
804004e2:	8ff5                	and	a5,a5,a3
804004e4:	800008b7          	lui	a7,0x80000
804004e8:	804066b7          	lui	a3,0x80406
804004ec:	1116ac23          	sw	a7,280(a3) # 80406118 <low_next>
804004f0:	804066b7          	lui	a3,0x80406
804004f4:	804008b7          	lui	a7,0x80400
804004f8:	00080737          	lui	a4,0x80
804004fc:	1116aa23          	sw	a7,276(a3) # 80406114 <low_end>
80400500:	804066b7          	lui	a3,0x80406
80400504:	14462803          	lw	a6,324(a2)
80400508:	972e                	add	a4,a4,a1
8040050a:	10f6a623          	sw	a5,268(a3) # 8040610c <brk>
8040050e:	804066b7          	lui	a3,0x80406
80400512:	1141                	add	sp,sp,-16
80400514:	15462603          	lw	a2,340(a2)
80400518:	0732                	sll	a4,a4,0xc
8040051a:	10f6a823          	sw	a5,272(a3) # 80406110 <heap_start>
8040051e:	804067b7          	lui	a5,0x80406
80400522:	c422                	sw	s0,8(sp)
80400524:	10e7a423          	sw	a4,264(a5) # 80406108 <top>
80400528:	80406437          	lui	s0,0x80406
8040052c:	804067b7          	lui	a5,0x80406
80400530:	0f07aa23          	sw	a6,244(a5) # 804060f4 <revoke_seen>
80400534:	0f840593          	add	a1,s0,248 # 804060f8 <revoke_port>
80400538:	804067b7          	lui	a5,0x80406
8040053c:	4541                	li	a0,16
8040053e:	c606                	sw	ra,12(sp)
80400540:	0ec7a823          	sw	a2,240(a5) # 804060f0 <revoked_seen>
80400544:	00001097          	auipc	ra,0x1
80400548:	88e080e7          	jalr	-1906(ra) # 80400dd2 <evtchn_bind_virq>
8040054c:	02054363          	bltz	a0,80400572 <memory_init+0xb2>
80400550:	0f842503          	lw	a0,248(s0)
80400554:	804015b7          	lui	a1,0x80401
80400558:	4601                	li	a2,0
8040055a:	fd858593          	add	a1,a1,-40 # 80400fd8 <revoke_event>
8040055e:	00000097          	auipc	ra,0x0
80400562:	754080e7          	jalr	1876(ra) # 80400cb2 <evtchn_bind>
80400566:	00054663          	bltz	a0,80400572 <memory_init+0xb2>
8040056a:	40b2                	lw	ra,12(sp)
8040056c:	4422                	lw	s0,8(sp)
8040056e:	0141                	add	sp,sp,16
80400570:	8082                	ret
80400572:	80405537          	lui	a0,0x80405
80400576:	5fc50513          	add	a0,a0,1532 # 804055fc <names.0+0xec>
8040057a:	00000097          	auipc	ra,0x0
8040057e:	2fc080e7          	jalr	764(ra) # 80400876 <uni_panic>

80400582 <threads_init>:
80400582:	80419637          	lui	a2,0x80419
80400586:	6709                	lui	a4,0x2
80400588:	62860613          	add	a2,a2,1576 # 80419628 <threads_table>
8040058c:	804197b7          	lui	a5,0x80419
80400590:	c3c70713          	add	a4,a4,-964 # 1c3c <errno+0x1c3c>
80400594:	6d478793          	add	a5,a5,1748 # 804196d4 <threads_table+0xac>
80400598:	9732                	add	a4,a4,a2
8040059a:	56fd                	li	a3,-1
8040059c:	00078223          	sb	zero,4(a5)
804005a0:	c394                	sw	a3,0(a5)
804005a2:	07078793          	add	a5,a5,112
804005a6:	fee79be3          	bne	a5,a4,8040059c <threads_init+0x1a>
804005aa:	4789                	li	a5,2
804005ac:	80402537          	lui	a0,0x80402
804005b0:	04f60023          	sb	a5,64(a2)
804005b4:	d2a50513          	add	a0,a0,-726 # 80401d2a <threads_wait_until>
804005b8:	804067b7          	lui	a5,0x80406
804005bc:	02062e23          	sw	zero,60(a2)
804005c0:	12c7a823          	sw	a2,304(a5) # 80406130 <threads_current>
804005c4:	00000317          	auipc	t1,0x0
804005c8:	65430067          	jr	1620(t1) # 80400c18 <uni_runtime_set_waiter>

804005cc <proc_init>:
804005cc:	80405537          	lui	a0,0x80405
804005d0:	70c50513          	add	a0,a0,1804 # 8040570c <ops>
804005d4:	00001317          	auipc	t1,0x1
804005d8:	d6630067          	jr	-666(t1) # 8040133a <uni_posix_proc>

804005dc <status_of>:
804005dc:	1101                	add	sp,sp,-32
804005de:	57fd                	li	a5,-1
804005e0:	006c                	add	a1,sp,12
804005e2:	cc22                	sw	s0,24(sp)
804005e4:	ce06                	sw	ra,28(sp)
804005e6:	842a                	mv	s0,a0
804005e8:	c63e                	sw	a5,12(sp)
804005ea:	00001097          	auipc	ra,0x1
804005ee:	dd0080e7          	jalr	-560(ra) # 804013ba <wait_child>
804005f2:	00a40863          	beq	s0,a0,80400602 <status_of+0x26>
804005f6:	00055863          	bgez	a0,80400606 <status_of+0x2a>
804005fa:	40f2                	lw	ra,28(sp)
804005fc:	4462                	lw	s0,24(sp)
804005fe:	6105                	add	sp,sp,32
80400600:	8082                	ret
80400602:	4532                	lw	a0,12(sp)
80400604:	bfdd                	j	804005fa <status_of+0x1e>
80400606:	c1800513          	li	a0,-1000
8040060a:	bfc5                	j	804005fa <status_of+0x1e>

8040060c <child>:
8040060c:	1101                	add	sp,sp,-32
8040060e:	804057b7          	lui	a5,0x80405
80400612:	86aa                	mv	a3,a0
80400614:	872e                	mv	a4,a1
80400616:	00078613          	mv	a2,a5
8040061a:	858a                	mv	a1,sp
8040061c:	00078513          	mv	a0,a5
80400620:	ce06                	sw	ra,28(sp)
80400622:	c032                	sw	a2,0(sp)
80400624:	c236                	sw	a3,4(sp)
80400626:	c43a                	sw	a4,8(sp)
80400628:	c602                	sw	zero,12(sp)
8040062a:	00001097          	auipc	ra,0x1
8040062e:	d7c080e7          	jalr	-644(ra) # 804013a6 <spawn>
80400632:	40f2                	lw	ra,28(sp)
80400634:	6105                	add	sp,sp,32
80400636:	8082                	ret

80400638 <expect>:
80400638:	87ae                	mv	a5,a1
8040063a:	85aa                	mv	a1,a0
8040063c:	02c78863          	beq	a5,a2,8040066c <expect+0x34>
80400640:	80405537          	lui	a0,0x80405
80400644:	1141                	add	sp,sp,-16
80400646:	86b2                	mv	a3,a2
80400648:	01050513          	add	a0,a0,16 # 80405010 <strnlen+0x8d0>
8040064c:	863e                	mv	a2,a5
8040064e:	c606                	sw	ra,12(sp)
80400650:	00002097          	auipc	ra,0x2
80400654:	6b8080e7          	jalr	1720(ra) # 80402d08 <printf>
80400658:	80406737          	lui	a4,0x80406
8040065c:	0c072783          	lw	a5,192(a4) # 804060c0 <failures>
80400660:	40b2                	lw	ra,12(sp)
80400662:	0785                	add	a5,a5,1 # 80405001 <strnlen+0x8c1>
80400664:	0cf72023          	sw	a5,192(a4)
80400668:	0141                	add	sp,sp,16
8040066a:	8082                	ret
8040066c:	80405537          	lui	a0,0x80405
80400670:	00850513          	add	a0,a0,8 # 80405008 <strnlen+0x8c8>
80400674:	00002317          	auipc	t1,0x2
80400678:	69430067          	jr	1684(t1) # 80402d08 <printf>

8040067c <uni_trap_entry>:
8040067c:	7175                	add	sp,sp,-144
8040067e:	c206                	sw	ra,4(sp)
80400680:	c60e                	sw	gp,12(sp)
80400682:	c812                	sw	tp,16(sp)
80400684:	ca16                	sw	t0,20(sp)
80400686:	cc1a                	sw	t1,24(sp)
80400688:	ce1e                	sw	t2,28(sp)
8040068a:	d022                	sw	s0,32(sp)
8040068c:	d226                	sw	s1,36(sp)
8040068e:	d42a                	sw	a0,40(sp)
80400690:	d62e                	sw	a1,44(sp)
80400692:	d832                	sw	a2,48(sp)
80400694:	da36                	sw	a3,52(sp)
80400696:	dc3a                	sw	a4,56(sp)
80400698:	de3e                	sw	a5,60(sp)
8040069a:	c0c2                	sw	a6,64(sp)
8040069c:	c2c6                	sw	a7,68(sp)
8040069e:	c4ca                	sw	s2,72(sp)
804006a0:	c6ce                	sw	s3,76(sp)
804006a2:	c8d2                	sw	s4,80(sp)
804006a4:	cad6                	sw	s5,84(sp)
804006a6:	ccda                	sw	s6,88(sp)
804006a8:	cede                	sw	s7,92(sp)
804006aa:	d0e2                	sw	s8,96(sp)
804006ac:	d2e6                	sw	s9,100(sp)
804006ae:	d4ea                	sw	s10,104(sp)
804006b0:	d6ee                	sw	s11,108(sp)
804006b2:	d8f2                	sw	t3,112(sp)
804006b4:	daf6                	sw	t4,116(sp)
804006b6:	dcfa                	sw	t5,120(sp)
804006b8:	defe                	sw	t6,124(sp)
804006ba:	09010293          	add	t0,sp,144
804006be:	c416                	sw	t0,8(sp)
804006c0:	00006297          	auipc	t0,0x6
804006c4:	a202a283          	lw	t0,-1504(t0) # 804060e0 <pv_shared_info>
804006c8:	0202a303          	lw	t1,32(t0)
804006cc:	c11a                	sw	t1,128(sp)
804006ce:	0242a303          	lw	t1,36(t0)
804006d2:	c31a                	sw	t1,132(sp)
804006d4:	0282a303          	lw	t1,40(t0)
804006d8:	c51a                	sw	t1,136(sp)
804006da:	02c2a303          	lw	t1,44(t0)
804006de:	c71a                	sw	t1,140(sp)
804006e0:	850a                	mv	a0,sp
804006e2:	00000097          	auipc	ra,0x0
804006e6:	1ee080e7          	jalr	494(ra) # 804008d0 <uni_trap>
804006ea:	00006297          	auipc	t0,0x6
804006ee:	9f62a283          	lw	t0,-1546(t0) # 804060e0 <pv_shared_info>
804006f2:	430a                	lw	t1,128(sp)
804006f4:	0262a023          	sw	t1,32(t0)
804006f8:	433a                	lw	t1,140(sp)
804006fa:	0262a623          	sw	t1,44(t0)
804006fe:	4316                	lw	t1,68(sp)
80400700:	0262ac23          	sw	t1,56(t0)
80400704:	4092                	lw	ra,4(sp)
80400706:	41b2                	lw	gp,12(sp)
80400708:	4242                	lw	tp,16(sp)
8040070a:	42d2                	lw	t0,20(sp)
8040070c:	4362                	lw	t1,24(sp)
8040070e:	43f2                	lw	t2,28(sp)
80400710:	5402                	lw	s0,32(sp)
80400712:	5492                	lw	s1,36(sp)
80400714:	5522                	lw	a0,40(sp)
80400716:	55b2                	lw	a1,44(sp)
80400718:	5642                	lw	a2,48(sp)
8040071a:	56d2                	lw	a3,52(sp)
8040071c:	5762                	lw	a4,56(sp)
8040071e:	57f2                	lw	a5,60(sp)
80400720:	4806                	lw	a6,64(sp)
80400722:	4926                	lw	s2,72(sp)
80400724:	49b6                	lw	s3,76(sp)
80400726:	4a46                	lw	s4,80(sp)
80400728:	4ad6                	lw	s5,84(sp)
8040072a:	4b66                	lw	s6,88(sp)
8040072c:	4bf6                	lw	s7,92(sp)
8040072e:	5c06                	lw	s8,96(sp)
80400730:	5c96                	lw	s9,100(sp)
80400732:	5d26                	lw	s10,104(sp)
80400734:	5db6                	lw	s11,108(sp)
80400736:	5e46                	lw	t3,112(sp)
80400738:	5ed6                	lw	t4,116(sp)
8040073a:	5f66                	lw	t5,120(sp)
8040073c:	5ff6                	lw	t6,124(sp)
8040073e:	6149                	add	sp,sp,144
80400740:	48dd                	li	a7,23
80400742:	00000073          	ecall
80400746:	a001                	j	80400746 <uni_trap_entry+0xca>

80400748 <hex>:
80400748:	03000793          	li	a5,48
8040074c:	00f50023          	sb	a5,0(a0)
80400750:	80405637          	lui	a2,0x80405
80400754:	07800793          	li	a5,120
80400758:	00f500a3          	sb	a5,1(a0)
8040075c:	00250693          	add	a3,a0,2
80400760:	4771                	li	a4,28
80400762:	24c60613          	add	a2,a2,588 # 8040524c <strnlen+0xb0c>
80400766:	5871                	li	a6,-4
80400768:	00e5d7b3          	srl	a5,a1,a4
8040076c:	8bbd                	and	a5,a5,15
8040076e:	97b2                	add	a5,a5,a2
80400770:	0007c783          	lbu	a5,0(a5)
80400774:	1771                	add	a4,a4,-4
80400776:	0685                	add	a3,a3,1
80400778:	fef68fa3          	sb	a5,-1(a3)
8040077c:	ff0716e3          	bne	a4,a6,80400768 <hex+0x20>
80400780:	00050523          	sb	zero,10(a0)
80400784:	8082                	ret

80400786 <run_hooks>:
80400786:	1141                	add	sp,sp,-16
80400788:	4501                	li	a0,0
8040078a:	c422                	sw	s0,8(sp)
8040078c:	c606                	sw	ra,12(sp)
8040078e:	c226                	sw	s1,4(sp)
80400790:	80406437          	lui	s0,0x80406
80400794:	00000097          	auipc	ra,0x0
80400798:	484080e7          	jalr	1156(ra) # 80400c18 <uni_runtime_set_waiter>
8040079c:	0cc42783          	lw	a5,204(s0) # 804060cc <nhooks>
804007a0:	c385                	beqz	a5,804007c0 <run_hooks+0x3a>
804007a2:	804164b7          	lui	s1,0x80416
804007a6:	16048493          	add	s1,s1,352 # 80416160 <hooks>
804007aa:	17fd                	add	a5,a5,-1
804007ac:	00279713          	sll	a4,a5,0x2
804007b0:	9726                	add	a4,a4,s1
804007b2:	4318                	lw	a4,0(a4)
804007b4:	0cf42623          	sw	a5,204(s0)
804007b8:	9702                	jalr	a4
804007ba:	0cc42783          	lw	a5,204(s0)
804007be:	f7f5                	bnez	a5,804007aa <run_hooks+0x24>
804007c0:	40b2                	lw	ra,12(sp)
804007c2:	4422                	lw	s0,8(sp)
804007c4:	4492                	lw	s1,4(sp)
804007c6:	0141                	add	sp,sp,16
804007c8:	8082                	ret

804007ca <early_puts>:
804007ca:	00054783          	lbu	a5,0(a0)
804007ce:	872a                	mv	a4,a0
804007d0:	c79d                	beqz	a5,804007fe <early_puts+0x34>
804007d2:	4781                	li	a5,0
804007d4:	0785                	add	a5,a5,1
804007d6:	00f706b3          	add	a3,a4,a5
804007da:	0006c683          	lbu	a3,0(a3)
804007de:	fafd                	bnez	a3,804007d4 <early_puts+0xa>
804007e0:	40000693          	li	a3,1024
804007e4:	4501                	li	a0,0
804007e6:	863a                	mv	a2,a4
804007e8:	48c9                	li	a7,18
804007ea:	85be                	mv	a1,a5
804007ec:	00f6f463          	bgeu	a3,a5,804007f4 <early_puts+0x2a>
804007f0:	40000593          	li	a1,1024
804007f4:	00000073          	ecall
804007f8:	8f8d                	sub	a5,a5,a1
804007fa:	972e                	add	a4,a4,a1
804007fc:	f7e5                	bnez	a5,804007e4 <early_puts+0x1a>
804007fe:	8082                	ret

80400800 <uni_early_write>:
80400800:	87ae                	mv	a5,a1
80400802:	872a                	mv	a4,a0
80400804:	c185                	beqz	a1,80400824 <uni_early_write+0x24>
80400806:	40000693          	li	a3,1024
8040080a:	4501                	li	a0,0
8040080c:	863a                	mv	a2,a4
8040080e:	48c9                	li	a7,18
80400810:	85be                	mv	a1,a5
80400812:	00f6f463          	bgeu	a3,a5,8040081a <uni_early_write+0x1a>
80400816:	40000593          	li	a1,1024
8040081a:	00000073          	ecall
8040081e:	8f8d                	sub	a5,a5,a1
80400820:	972e                	add	a4,a4,a1
80400822:	f7e5                	bnez	a5,8040080a <uni_early_write+0xa>
80400824:	8082                	ret

80400826 <uni_at_shutdown>:
80400826:	804066b7          	lui	a3,0x80406
8040082a:	0cc6a783          	lw	a5,204(a3) # 804060cc <nhooks>
8040082e:	4721                	li	a4,8
80400830:	00e78f63          	beq	a5,a4,8040084e <uni_at_shutdown+0x28>
80400834:	80416737          	lui	a4,0x80416
80400838:	00279613          	sll	a2,a5,0x2
8040083c:	16070713          	add	a4,a4,352 # 80416160 <hooks>
80400840:	0785                	add	a5,a5,1
80400842:	9732                	add	a4,a4,a2
80400844:	c308                	sw	a0,0(a4)
80400846:	0cf6a623          	sw	a5,204(a3)
8040084a:	4501                	li	a0,0
8040084c:	8082                	ret
8040084e:	557d                	li	a0,-1
80400850:	8082                	ret

80400852 <uni_poweroff>:
80400852:	1141                	add	sp,sp,-16
80400854:	c422                	sw	s0,8(sp)
80400856:	c606                	sw	ra,12(sp)
80400858:	842a                	mv	s0,a0
8040085a:	00000097          	auipc	ra,0x0
8040085e:	f2c080e7          	jalr	-212(ra) # 80400786 <run_hooks>
80400862:	67c1                	lui	a5,0x10
80400864:	00841593          	sll	a1,s0,0x8
80400868:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040086a:	8dfd                	and	a1,a1,a5
8040086c:	4509                	li	a0,2
8040086e:	48f5                	li	a7,29
80400870:	00000073          	ecall
80400874:	bfe5                	j	8040086c <uni_poweroff+0x1a>

80400876 <uni_panic>:
80400876:	804067b7          	lui	a5,0x80406
8040087a:	0c87a703          	lw	a4,200(a5) # 804060c8 <panicking>
8040087e:	1141                	add	sp,sp,-16
80400880:	c422                	sw	s0,8(sp)
80400882:	c606                	sw	ra,12(sp)
80400884:	842a                	mv	s0,a0
80400886:	cf0d                	beqz	a4,804008c0 <uni_panic+0x4a>
80400888:	80405537          	lui	a0,0x80405
8040088c:	26050513          	add	a0,a0,608 # 80405260 <strnlen+0xb20>
80400890:	00000097          	auipc	ra,0x0
80400894:	f3a080e7          	jalr	-198(ra) # 804007ca <early_puts>
80400898:	8522                	mv	a0,s0
8040089a:	00000097          	auipc	ra,0x0
8040089e:	f30080e7          	jalr	-208(ra) # 804007ca <early_puts>
804008a2:	80405537          	lui	a0,0x80405
804008a6:	02850513          	add	a0,a0,40 # 80405028 <strnlen+0x8e8>
804008aa:	00000097          	auipc	ra,0x0
804008ae:	f20080e7          	jalr	-224(ra) # 804007ca <early_puts>
804008b2:	4509                	li	a0,2
804008b4:	10300593          	li	a1,259
804008b8:	48f5                	li	a7,29
804008ba:	00000073          	ecall
804008be:	bfd5                	j	804008b2 <uni_panic+0x3c>
804008c0:	4705                	li	a4,1
804008c2:	0ce7a423          	sw	a4,200(a5)
804008c6:	00000097          	auipc	ra,0x0
804008ca:	ec0080e7          	jalr	-320(ra) # 80400786 <run_hooks>
804008ce:	bf6d                	j	80400888 <uni_panic+0x12>

804008d0 <uni_trap>:
804008d0:	08452703          	lw	a4,132(a0)
804008d4:	800007b7          	lui	a5,0x80000
804008d8:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
804008da:	00f71d63          	bne	a4,a5,804008f4 <uni_trap+0x24>
804008de:	80406737          	lui	a4,0x80406
804008e2:	0c472783          	lw	a5,196(a4) # 804060c4 <upcalls>
804008e6:	0785                	add	a5,a5,1
804008e8:	0cf72223          	sw	a5,196(a4)
804008ec:	00000317          	auipc	t1,0x0
804008f0:	3ea30067          	jr	1002(t1) # 80400cd6 <evtchn_do_upcall>
804008f4:	804067b7          	lui	a5,0x80406
804008f8:	0c87a703          	lw	a4,200(a5) # 804060c8 <panicking>
804008fc:	7139                	add	sp,sp,-64
804008fe:	dc22                	sw	s0,56(sp)
80400900:	de06                	sw	ra,60(sp)
80400902:	842a                	mv	s0,a0
80400904:	c771                	beqz	a4,804009d0 <uni_trap+0x100>
80400906:	80405537          	lui	a0,0x80405
8040090a:	27850513          	add	a0,a0,632 # 80405278 <strnlen+0xb38>
8040090e:	00000097          	auipc	ra,0x0
80400912:	ebc080e7          	jalr	-324(ra) # 804007ca <early_puts>
80400916:	08442703          	lw	a4,132(s0)
8040091a:	47bd                	li	a5,15
8040091c:	0ae7e563          	bltu	a5,a4,804009c6 <uni_trap+0xf6>
80400920:	804057b7          	lui	a5,0x80405
80400924:	070a                	sll	a4,a4,0x2
80400926:	51078793          	add	a5,a5,1296 # 80405510 <names.0>
8040092a:	97ba                	add	a5,a5,a4
8040092c:	4388                	lw	a0,0(a5)
8040092e:	00000097          	auipc	ra,0x0
80400932:	e9c080e7          	jalr	-356(ra) # 804007ca <early_puts>
80400936:	80405537          	lui	a0,0x80405
8040093a:	29050513          	add	a0,a0,656 # 80405290 <strnlen+0xb50>
8040093e:	00000097          	auipc	ra,0x0
80400942:	e8c080e7          	jalr	-372(ra) # 804007ca <early_puts>
80400946:	08442583          	lw	a1,132(s0)
8040094a:	0068                	add	a0,sp,12
8040094c:	00000097          	auipc	ra,0x0
80400950:	dfc080e7          	jalr	-516(ra) # 80400748 <hex>
80400954:	00000097          	auipc	ra,0x0
80400958:	e76080e7          	jalr	-394(ra) # 804007ca <early_puts>
8040095c:	80405537          	lui	a0,0x80405
80400960:	29c50513          	add	a0,a0,668 # 8040529c <strnlen+0xb5c>
80400964:	00000097          	auipc	ra,0x0
80400968:	e66080e7          	jalr	-410(ra) # 804007ca <early_puts>
8040096c:	08042583          	lw	a1,128(s0)
80400970:	0828                	add	a0,sp,24
80400972:	00000097          	auipc	ra,0x0
80400976:	dd6080e7          	jalr	-554(ra) # 80400748 <hex>
8040097a:	00000097          	auipc	ra,0x0
8040097e:	e50080e7          	jalr	-432(ra) # 804007ca <early_puts>
80400982:	80405537          	lui	a0,0x80405
80400986:	2a850513          	add	a0,a0,680 # 804052a8 <strnlen+0xb68>
8040098a:	00000097          	auipc	ra,0x0
8040098e:	e40080e7          	jalr	-448(ra) # 804007ca <early_puts>
80400992:	08842583          	lw	a1,136(s0)
80400996:	1048                	add	a0,sp,36
80400998:	00000097          	auipc	ra,0x0
8040099c:	db0080e7          	jalr	-592(ra) # 80400748 <hex>
804009a0:	00000097          	auipc	ra,0x0
804009a4:	e2a080e7          	jalr	-470(ra) # 804007ca <early_puts>
804009a8:	80405537          	lui	a0,0x80405
804009ac:	02850513          	add	a0,a0,40 # 80405028 <strnlen+0x8e8>
804009b0:	00000097          	auipc	ra,0x0
804009b4:	e1a080e7          	jalr	-486(ra) # 804007ca <early_puts>
804009b8:	4509                	li	a0,2
804009ba:	10300593          	li	a1,259
804009be:	48f5                	li	a7,29
804009c0:	00000073          	ecall
804009c4:	bfd5                	j	804009b8 <uni_trap+0xe8>
804009c6:	80405537          	lui	a0,0x80405
804009ca:	27050513          	add	a0,a0,624 # 80405270 <strnlen+0xb30>
804009ce:	b785                	j	8040092e <uni_trap+0x5e>
804009d0:	4705                	li	a4,1
804009d2:	0ce7a423          	sw	a4,200(a5)
804009d6:	00000097          	auipc	ra,0x0
804009da:	db0080e7          	jalr	-592(ra) # 80400786 <run_hooks>
804009de:	b725                	j	80400906 <uni_trap+0x36>

804009e0 <uni_mfn_to_virt>:
804009e0:	804067b7          	lui	a5,0x80406
804009e4:	0d07a783          	lw	a5,208(a5) # 804060d0 <uni_start_info>
804009e8:	4701                	li	a4,0
804009ea:	0207a803          	lw	a6,32(a5)
804009ee:	43ec                	lw	a1,68(a5)
804009f0:	8642                	mv	a2,a6
804009f2:	a029                	j	804009fc <uni_mfn_to_virt+0x1c>
804009f4:	4294                	lw	a3,0(a3)
804009f6:	04a6e763          	bltu	a3,a0,80400a44 <uni_mfn_to_virt+0x64>
804009fa:	863e                	mv	a2,a5
804009fc:	40e607b3          	sub	a5,a2,a4
80400a00:	8385                	srl	a5,a5,0x1
80400a02:	97ba                	add	a5,a5,a4
80400a04:	00279693          	sll	a3,a5,0x2
80400a08:	96ae                	add	a3,a3,a1
80400a0a:	fec765e3          	bltu	a4,a2,804009f4 <uni_mfn_to_virt+0x14>
80400a0e:	00e80863          	beq	a6,a4,80400a1e <uni_mfn_to_virt+0x3e>
80400a12:	00271793          	sll	a5,a4,0x2
80400a16:	97ae                	add	a5,a5,a1
80400a18:	439c                	lw	a5,0(a5)
80400a1a:	00a78f63          	beq	a5,a0,80400a38 <uni_mfn_to_virt+0x58>
80400a1e:	4701                	li	a4,0
80400a20:	00081663          	bnez	a6,80400a2c <uni_mfn_to_virt+0x4c>
80400a24:	a01d                	j	80400a4a <uni_mfn_to_virt+0x6a>
80400a26:	0705                	add	a4,a4,1
80400a28:	02e80163          	beq	a6,a4,80400a4a <uni_mfn_to_virt+0x6a>
80400a2c:	419c                	lw	a5,0(a1)
80400a2e:	0591                	add	a1,a1,4
80400a30:	fea79be3          	bne	a5,a0,80400a26 <uni_mfn_to_virt+0x46>
80400a34:	00e80b63          	beq	a6,a4,80400a4a <uni_mfn_to_virt+0x6a>
80400a38:	0732                	sll	a4,a4,0xc
80400a3a:	800007b7          	lui	a5,0x80000
80400a3e:	00f70533          	add	a0,a4,a5
80400a42:	8082                	ret
80400a44:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400a48:	bf55                	j	804009fc <uni_mfn_to_virt+0x1c>
80400a4a:	4501                	li	a0,0
80400a4c:	8082                	ret

80400a4e <uni_upcall_count>:
80400a4e:	804067b7          	lui	a5,0x80406
80400a52:	0c47a503          	lw	a0,196(a5) # 804060c4 <upcalls>
80400a56:	8082                	ret

80400a58 <uni_runtime_start>:
80400a58:	804057b7          	lui	a5,0x80405
80400a5c:	1141                	add	sp,sp,-16
80400a5e:	80406737          	lui	a4,0x80406
80400a62:	2b478793          	add	a5,a5,692 # 804052b4 <strnlen+0xb74>
80400a66:	c422                	sw	s0,8(sp)
80400a68:	0ca72823          	sw	a0,208(a4) # 804060d0 <uni_start_info>
80400a6c:	c606                	sw	ra,12(sp)
80400a6e:	c226                	sw	s1,4(sp)
80400a70:	c04a                	sw	s2,0(sp)
80400a72:	842a                	mv	s0,a0
80400a74:	01878593          	add	a1,a5,24
80400a78:	872a                	mv	a4,a0
80400a7a:	00074603          	lbu	a2,0(a4)
80400a7e:	0007c683          	lbu	a3,0(a5)
80400a82:	10d61363          	bne	a2,a3,80400b88 <uni_runtime_start+0x130>
80400a86:	0785                	add	a5,a5,1
80400a88:	0705                	add	a4,a4,1
80400a8a:	feb798e3          	bne	a5,a1,80400a7a <uni_runtime_start+0x22>
80400a8e:	4501                	li	a0,0
80400a90:	4581                	li	a1,0
80400a92:	48c5                	li	a7,17
80400a94:	00000073          	ecall
80400a98:	4785                	li	a5,1
80400a9a:	8141                	srl	a0,a0,0x10
80400a9c:	10f51663          	bne	a0,a5,80400ba8 <uni_runtime_start+0x150>
80400aa0:	4519                	li	a0,6
80400aa2:	00000073          	ecall
80400aa6:	8909                	and	a0,a0,2
80400aa8:	10050863          	beqz	a0,80400bb8 <uni_runtime_start+0x160>
80400aac:	5008                	lw	a0,32(s0)
80400aae:	04042803          	lw	a6,64(s0)
80400ab2:	03c42883          	lw	a7,60(s0)
80400ab6:	442c                	lw	a1,72(s0)
80400ab8:	00080637          	lui	a2,0x80
80400abc:	00c50733          	add	a4,a0,a2
80400ac0:	00c81793          	sll	a5,a6,0xc
80400ac4:	00c71693          	sll	a3,a4,0xc
80400ac8:	01178733          	add	a4,a5,a7
80400acc:	0cc59663          	bne	a1,a2,80400b98 <uni_runtime_start+0x140>
80400ad0:	8041b7b7          	lui	a5,0x8041b
80400ad4:	6c078793          	add	a5,a5,1728 # 8041b6c0 <__bss_end>
80400ad8:	0cf46063          	bltu	s0,a5,80400b98 <uni_runtime_start+0x140>
80400adc:	0a88ee63          	bltu	a7,s0,80400b98 <uni_runtime_start+0x140>
80400ae0:	0a080c63          	beqz	a6,80400b98 <uni_runtime_start+0x140>
80400ae4:	0ae6ea63          	bltu	a3,a4,80400b98 <uni_runtime_start+0x140>
80400ae8:	0aa5e863          	bltu	a1,a0,80400b98 <uni_runtime_start+0x140>
80400aec:	5048                	lw	a0,36(s0)
80400aee:	00000097          	auipc	ra,0x0
80400af2:	198080e7          	jalr	408(ra) # 80400c86 <evtchn_init>
80400af6:	80400537          	lui	a0,0x80400
80400afa:	67c50513          	add	a0,a0,1660 # 8040067c <uni_trap_entry>
80400afe:	4581                	li	a1,0
80400b00:	4891                	li	a7,4
80400b02:	00000073          	ecall
80400b06:	06054963          	bltz	a0,80400b78 <uni_runtime_start+0x120>
80400b0a:	00000097          	auipc	ra,0x0
80400b0e:	0c0080e7          	jalr	192(ra) # 80400bca <uni_wait_init>
80400b12:	80416937          	lui	s2,0x80416
80400b16:	18090593          	add	a1,s2,384 # 80416180 <cmdline>
80400b1a:	18090693          	add	a3,s2,384
80400b1e:	4781                	li	a5,0
80400b20:	20000613          	li	a2,512
80400b24:	a039                	j	80400b32 <uni_runtime_start+0xda>
80400b26:	00e68023          	sb	a4,0(a3)
80400b2a:	0785                	add	a5,a5,1
80400b2c:	0685                	add	a3,a3,1
80400b2e:	00c78763          	beq	a5,a2,80400b3c <uni_runtime_start+0xe4>
80400b32:	00f40733          	add	a4,s0,a5
80400b36:	04c74703          	lbu	a4,76(a4)
80400b3a:	f775                	bnez	a4,80400b26 <uni_runtime_start+0xce>
80400b3c:	97ae                	add	a5,a5,a1
80400b3e:	80406437          	lui	s0,0x80406
80400b42:	804064b7          	lui	s1,0x80406
80400b46:	00078023          	sb	zero,0(a5)
80400b4a:	0b448493          	add	s1,s1,180 # 804060b4 <__init_array_end>
80400b4e:	0a040793          	add	a5,s0,160 # 804060a0 <__init_array_start>
80400b52:	0097f963          	bgeu	a5,s1,80400b64 <uni_runtime_start+0x10c>
80400b56:	0a040413          	add	s0,s0,160
80400b5a:	401c                	lw	a5,0(s0)
80400b5c:	0411                	add	s0,s0,4
80400b5e:	9782                	jalr	a5
80400b60:	fe946de3          	bltu	s0,s1,80400b5a <uni_runtime_start+0x102>
80400b64:	18090513          	add	a0,s2,384
80400b68:	00001097          	auipc	ra,0x1
80400b6c:	8a0080e7          	jalr	-1888(ra) # 80401408 <uni_main>
80400b70:	00000097          	auipc	ra,0x0
80400b74:	ce2080e7          	jalr	-798(ra) # 80400852 <uni_poweroff>
80400b78:	80405537          	lui	a0,0x80405
80400b7c:	38850513          	add	a0,a0,904 # 80405388 <strnlen+0xc48>
80400b80:	00000097          	auipc	ra,0x0
80400b84:	cf6080e7          	jalr	-778(ra) # 80400876 <uni_panic>
80400b88:	80405537          	lui	a0,0x80405
80400b8c:	2cc50513          	add	a0,a0,716 # 804052cc <strnlen+0xb8c>
80400b90:	00000097          	auipc	ra,0x0
80400b94:	ce6080e7          	jalr	-794(ra) # 80400876 <uni_panic>
80400b98:	80405537          	lui	a0,0x80405
80400b9c:	36050513          	add	a0,a0,864 # 80405360 <strnlen+0xc20>
80400ba0:	00000097          	auipc	ra,0x0
80400ba4:	cd6080e7          	jalr	-810(ra) # 80400876 <uni_panic>
80400ba8:	80405537          	lui	a0,0x80405
80400bac:	2fc50513          	add	a0,a0,764 # 804052fc <strnlen+0xbbc>
80400bb0:	00000097          	auipc	ra,0x0
80400bb4:	cc6080e7          	jalr	-826(ra) # 80400876 <uni_panic>
80400bb8:	80405537          	lui	a0,0x80405
80400bbc:	33850513          	add	a0,a0,824 # 80405338 <strnlen+0xbf8>
80400bc0:	00000097          	auipc	ra,0x0
80400bc4:	cb6080e7          	jalr	-842(ra) # 80400876 <uni_panic>

80400bc8 <timer_event>:
80400bc8:	8082                	ret

80400bca <uni_wait_init>:
80400bca:	1141                	add	sp,sp,-16
80400bcc:	c422                	sw	s0,8(sp)
80400bce:	80406437          	lui	s0,0x80406
80400bd2:	0d840593          	add	a1,s0,216 # 804060d8 <timer_port>
80400bd6:	4501                	li	a0,0
80400bd8:	c606                	sw	ra,12(sp)
80400bda:	00000097          	auipc	ra,0x0
80400bde:	1f8080e7          	jalr	504(ra) # 80400dd2 <evtchn_bind_virq>
80400be2:	02054363          	bltz	a0,80400c08 <uni_wait_init+0x3e>
80400be6:	0d842503          	lw	a0,216(s0)
80400bea:	804015b7          	lui	a1,0x80401
80400bee:	4601                	li	a2,0
80400bf0:	bc858593          	add	a1,a1,-1080 # 80400bc8 <timer_event>
80400bf4:	00000097          	auipc	ra,0x0
80400bf8:	0be080e7          	jalr	190(ra) # 80400cb2 <evtchn_bind>
80400bfc:	00054663          	bltz	a0,80400c08 <uni_wait_init+0x3e>
80400c00:	40b2                	lw	ra,12(sp)
80400c02:	4422                	lw	s0,8(sp)
80400c04:	0141                	add	sp,sp,16
80400c06:	8082                	ret
80400c08:	80405537          	lui	a0,0x80405
80400c0c:	55050513          	add	a0,a0,1360 # 80405550 <names.0+0x40>
80400c10:	00000097          	auipc	ra,0x0
80400c14:	c66080e7          	jalr	-922(ra) # 80400876 <uni_panic>

80400c18 <uni_runtime_set_waiter>:
80400c18:	804067b7          	lui	a5,0x80406
80400c1c:	0ca7aa23          	sw	a0,212(a5) # 804060d4 <waiter>
80400c20:	8082                	ret

80400c22 <uni_block_until>:
80400c22:	57fd                	li	a5,-1
80400c24:	02f50a63          	beq	a0,a5,80400c58 <uni_block_until+0x36>
80400c28:	c81027f3          	rdtimeh	a5
80400c2c:	c01026f3          	rdtime	a3
80400c30:	c8102773          	rdtimeh	a4
80400c34:	fee79ae3          	bne	a5,a4,80400c28 <uni_block_until+0x6>
80400c38:	00b7fb63          	bgeu	a5,a1,80400c4e <uni_block_until+0x2c>
80400c3c:	48bd                	li	a7,15
80400c3e:	00000073          	ecall
80400c42:	00054e63          	bltz	a0,80400c5e <uni_block_until+0x3c>
80400c46:	00000317          	auipc	t1,0x0
80400c4a:	1c430067          	jr	452(t1) # 80400e0a <pv_block>
80400c4e:	00f59463          	bne	a1,a5,80400c56 <uni_block_until+0x34>
80400c52:	fea6e5e3          	bltu	a3,a0,80400c3c <uni_block_until+0x1a>
80400c56:	8082                	ret
80400c58:	fca598e3          	bne	a1,a0,80400c28 <uni_block_until+0x6>
80400c5c:	b7ed                	j	80400c46 <uni_block_until+0x24>
80400c5e:	80405537          	lui	a0,0x80405
80400c62:	1141                	add	sp,sp,-16
80400c64:	57850513          	add	a0,a0,1400 # 80405578 <names.0+0x68>
80400c68:	c606                	sw	ra,12(sp)
80400c6a:	00000097          	auipc	ra,0x0
80400c6e:	c0c080e7          	jalr	-1012(ra) # 80400876 <uni_panic>

80400c72 <uni_wait_until>:
80400c72:	804067b7          	lui	a5,0x80406
80400c76:	0d47a783          	lw	a5,212(a5) # 804060d4 <waiter>
80400c7a:	c391                	beqz	a5,80400c7e <uni_wait_until+0xc>
80400c7c:	8782                	jr	a5
80400c7e:	00000317          	auipc	t1,0x0
80400c82:	fa430067          	jr	-92(t1) # 80400c22 <uni_block_until>

80400c86 <evtchn_init>:
80400c86:	80406737          	lui	a4,0x80406
80400c8a:	804167b7          	lui	a5,0x80416
80400c8e:	38478793          	add	a5,a5,900 # 80416384 <handlers>
80400c92:	0ea72023          	sw	a0,224(a4) # 804060e0 <pv_shared_info>
80400c96:	6709                	lui	a4,0x2
80400c98:	973e                	add	a4,a4,a5
80400c9a:	0007a023          	sw	zero,0(a5)
80400c9e:	0007a223          	sw	zero,4(a5)
80400ca2:	07a1                	add	a5,a5,8
80400ca4:	fee79be3          	bne	a5,a4,80400c9a <evtchn_init+0x14>
80400ca8:	804067b7          	lui	a5,0x80406
80400cac:	0c07ae23          	sw	zero,220(a5) # 804060dc <stray>
80400cb0:	8082                	ret

80400cb2 <evtchn_bind>:
80400cb2:	fff50713          	add	a4,a0,-1
80400cb6:	3fe00793          	li	a5,1022
80400cba:	00e7ec63          	bltu	a5,a4,80400cd2 <evtchn_bind+0x20>
80400cbe:	804167b7          	lui	a5,0x80416
80400cc2:	050e                	sll	a0,a0,0x3
80400cc4:	38478793          	add	a5,a5,900 # 80416384 <handlers>
80400cc8:	97aa                	add	a5,a5,a0
80400cca:	c3d0                	sw	a2,4(a5)
80400ccc:	c38c                	sw	a1,0(a5)
80400cce:	4501                	li	a0,0
80400cd0:	8082                	ret
80400cd2:	5529                	li	a0,-22
80400cd4:	8082                	ret

80400cd6 <evtchn_do_upcall>:
80400cd6:	7179                	add	sp,sp,-48
80400cd8:	804067b7          	lui	a5,0x80406
80400cdc:	c65e                	sw	s7,12(sp)
80400cde:	0e07ab83          	lw	s7,224(a5) # 804060e0 <pv_shared_info>
80400ce2:	cc52                	sw	s4,24(sp)
80400ce4:	80416a37          	lui	s4,0x80416
80400ce8:	c85a                	sw	s6,16(sp)
80400cea:	c462                	sw	s8,8(sp)
80400cec:	c266                	sw	s9,4(sp)
80400cee:	d606                	sw	ra,44(sp)
80400cf0:	d422                	sw	s0,40(sp)
80400cf2:	d226                	sw	s1,36(sp)
80400cf4:	d04a                	sw	s2,32(sp)
80400cf6:	ce4e                	sw	s3,28(sp)
80400cf8:	ca56                	sw	s5,20(sp)
80400cfa:	4c81                	li	s9,0
80400cfc:	004b8c13          	add	s8,s7,4
80400d00:	384a0a13          	add	s4,s4,900 # 80416384 <handlers>
80400d04:	80406b37          	lui	s6,0x80406
80400d08:	000b8023          	sb	zero,0(s7)
80400d0c:	0330000f          	fence	rw,rw
80400d10:	8ae6                	mv	s5,s9
80400d12:	0f50000f          	fence	iorw,ow
80400d16:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80400d1a:	4985                	li	s3,1
80400d1c:	080a8163          	beqz	s5,80400d9e <evtchn_do_upcall+0xc8>
80400d20:	8556                	mv	a0,s5
80400d22:	00001097          	auipc	ra,0x1
80400d26:	5da080e7          	jalr	1498(ra) # 804022fc <__ctzsi2>
80400d2a:	01050413          	add	s0,a0,16
80400d2e:	040a                	sll	s0,s0,0x2
80400d30:	08040913          	add	s2,s0,128
80400d34:	fffa8793          	add	a5,s5,-1
80400d38:	00fafab3          	and	s5,s5,a5
80400d3c:	945e                	add	s0,s0,s7
80400d3e:	995e                	add	s2,s2,s7
80400d40:	00551493          	sll	s1,a0,0x5
80400d44:	401c                	lw	a5,0(s0)
80400d46:	0ff0000f          	fence
80400d4a:	00092503          	lw	a0,0(s2)
80400d4e:	fff54513          	not	a0,a0
80400d52:	8d7d                	and	a0,a0,a5
80400d54:	d561                	beqz	a0,80400d1c <evtchn_do_upcall+0x46>
80400d56:	00001097          	auipc	ra,0x1
80400d5a:	5a6080e7          	jalr	1446(ra) # 804022fc <__ctzsi2>
80400d5e:	00a997b3          	sll	a5,s3,a0
80400d62:	fff7c793          	not	a5,a5
80400d66:	0f50000f          	fence	iorw,ow
80400d6a:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80400d6e:	9526                	add	a0,a0,s1
80400d70:	00351793          	sll	a5,a0,0x3
80400d74:	97d2                	add	a5,a5,s4
80400d76:	4398                	lw	a4,0(a5)
80400d78:	cf09                	beqz	a4,80400d92 <evtchn_do_upcall+0xbc>
80400d7a:	43cc                	lw	a1,4(a5)
80400d7c:	9702                	jalr	a4
80400d7e:	401c                	lw	a5,0(s0)
80400d80:	0ff0000f          	fence
80400d84:	00092503          	lw	a0,0(s2)
80400d88:	fff54513          	not	a0,a0
80400d8c:	8d7d                	and	a0,a0,a5
80400d8e:	f561                	bnez	a0,80400d56 <evtchn_do_upcall+0x80>
80400d90:	b771                	j	80400d1c <evtchn_do_upcall+0x46>
80400d92:	0dcb2783          	lw	a5,220(s6) # 804060dc <stray>
80400d96:	0785                	add	a5,a5,1
80400d98:	0cfb2e23          	sw	a5,220(s6)
80400d9c:	b765                	j	80400d44 <evtchn_do_upcall+0x6e>
80400d9e:	000bc783          	lbu	a5,0(s7)
80400da2:	f3bd                	bnez	a5,80400d08 <evtchn_do_upcall+0x32>
80400da4:	50b2                	lw	ra,44(sp)
80400da6:	5422                	lw	s0,40(sp)
80400da8:	5492                	lw	s1,36(sp)
80400daa:	5902                	lw	s2,32(sp)
80400dac:	49f2                	lw	s3,28(sp)
80400dae:	4a62                	lw	s4,24(sp)
80400db0:	4ad2                	lw	s5,20(sp)
80400db2:	4b42                	lw	s6,16(sp)
80400db4:	4bb2                	lw	s7,12(sp)
80400db6:	4c22                	lw	s8,8(sp)
80400db8:	4c92                	lw	s9,4(sp)
80400dba:	6145                	add	sp,sp,48
80400dbc:	8082                	ret

80400dbe <evtchn_send>:
80400dbe:	1141                	add	sp,sp,-16
80400dc0:	c62a                	sw	a0,12(sp)
80400dc2:	006c                	add	a1,sp,12
80400dc4:	4511                	li	a0,4
80400dc6:	02000893          	li	a7,32
80400dca:	00000073          	ecall
80400dce:	0141                	add	sp,sp,16
80400dd0:	8082                	ret

80400dd2 <evtchn_bind_virq>:
80400dd2:	1141                	add	sp,sp,-16
80400dd4:	86ae                	mv	a3,a1
80400dd6:	c22a                	sw	a0,4(sp)
80400dd8:	c402                	sw	zero,8(sp)
80400dda:	c602                	sw	zero,12(sp)
80400ddc:	4505                	li	a0,1
80400dde:	004c                	add	a1,sp,4
80400de0:	02000893          	li	a7,32
80400de4:	00000073          	ecall
80400de8:	00054b63          	bltz	a0,80400dfe <evtchn_bind_virq+0x2c>
80400dec:	4732                	lw	a4,12(sp)
80400dee:	cb11                	beqz	a4,80400e02 <evtchn_bind_virq+0x30>
80400df0:	c298                	sw	a4,0(a3)
80400df2:	3fe00793          	li	a5,1022
80400df6:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80400df8:	00e7e763          	bltu	a5,a4,80400e06 <evtchn_bind_virq+0x34>
80400dfc:	4501                	li	a0,0
80400dfe:	0141                	add	sp,sp,16
80400e00:	8082                	ret
80400e02:	872a                	mv	a4,a0
80400e04:	b7f5                	j	80400df0 <evtchn_bind_virq+0x1e>
80400e06:	5529                	li	a0,-22
80400e08:	bfdd                	j	80400dfe <evtchn_bind_virq+0x2c>

80400e0a <pv_block>:
80400e0a:	4505                	li	a0,1
80400e0c:	4581                	li	a1,0
80400e0e:	48f5                	li	a7,29
80400e10:	00000073          	ecall
80400e14:	804067b7          	lui	a5,0x80406
80400e18:	0e07a783          	lw	a5,224(a5) # 804060e0 <pv_shared_info>
80400e1c:	4705                	li	a4,1
80400e1e:	00e780a3          	sb	a4,1(a5)
80400e22:	8082                	ret

80400e24 <pvcons_init>:
80400e24:	c10c                	sw	a1,0(a0)
80400e26:	c150                	sw	a2,4(a0)
80400e28:	c514                	sw	a3,8(a0)
80400e2a:	8082                	ret

80400e2c <pvcons_put>:
80400e2c:	00052803          	lw	a6,0(a0)
80400e30:	6785                	lui	a5,0x1
80400e32:	00f80733          	add	a4,a6,a5
80400e36:	c0872503          	lw	a0,-1016(a4)
80400e3a:	c0c72883          	lw	a7,-1012(a4)
80400e3e:	0330000f          	fence	rw,rw
80400e42:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80400e46:	953e                	add	a0,a0,a5
80400e48:	41150533          	sub	a0,a0,a7
80400e4c:	02a7ee63          	bltu	a5,a0,80400e88 <pvcons_put+0x5c>
80400e50:	04a66463          	bltu	a2,a0,80400e98 <pvcons_put+0x6c>
80400e54:	c11d                	beqz	a0,80400e7a <pvcons_put+0x4e>
80400e56:	872e                	mv	a4,a1
80400e58:	00a58633          	add	a2,a1,a0
80400e5c:	40b885b3          	sub	a1,a7,a1
80400e60:	00074683          	lbu	a3,0(a4)
80400e64:	00e587b3          	add	a5,a1,a4
80400e68:	7ff7f793          	and	a5,a5,2047
80400e6c:	97c2                	add	a5,a5,a6
80400e6e:	40d78023          	sb	a3,1024(a5)
80400e72:	0705                	add	a4,a4,1
80400e74:	fec716e3          	bne	a4,a2,80400e60 <pvcons_put+0x34>
80400e78:	98aa                	add	a7,a7,a0
80400e7a:	0110000f          	fence	w,w
80400e7e:	6785                	lui	a5,0x1
80400e80:	983e                	add	a6,a6,a5
80400e82:	c1182623          	sw	a7,-1012(a6)
80400e86:	8082                	ret
80400e88:	4501                	li	a0,0
80400e8a:	0110000f          	fence	w,w
80400e8e:	6785                	lui	a5,0x1
80400e90:	983e                	add	a6,a6,a5
80400e92:	c1182623          	sw	a7,-1012(a6)
80400e96:	8082                	ret
80400e98:	8532                	mv	a0,a2
80400e9a:	fd55                	bnez	a0,80400e56 <pvcons_put+0x2a>
80400e9c:	bff9                	j	80400e7a <pvcons_put+0x4e>

80400e9e <pvcons_write>:
80400e9e:	c621                	beqz	a2,80400ee6 <pvcons_write+0x48>
80400ea0:	1141                	add	sp,sp,-16
80400ea2:	c422                	sw	s0,8(sp)
80400ea4:	c226                	sw	s1,4(sp)
80400ea6:	c04a                	sw	s2,0(sp)
80400ea8:	c606                	sw	ra,12(sp)
80400eaa:	8432                	mv	s0,a2
80400eac:	892a                	mv	s2,a0
80400eae:	84ae                	mv	s1,a1
80400eb0:	a021                	j	80400eb8 <pvcons_write+0x1a>
80400eb2:	00892783          	lw	a5,8(s2)
80400eb6:	9782                	jalr	a5
80400eb8:	8622                	mv	a2,s0
80400eba:	85a6                	mv	a1,s1
80400ebc:	854a                	mv	a0,s2
80400ebe:	00000097          	auipc	ra,0x0
80400ec2:	f6e080e7          	jalr	-146(ra) # 80400e2c <pvcons_put>
80400ec6:	87aa                	mv	a5,a0
80400ec8:	00492503          	lw	a0,4(s2)
80400ecc:	8c1d                	sub	s0,s0,a5
80400ece:	94be                	add	s1,s1,a5
80400ed0:	00000097          	auipc	ra,0x0
80400ed4:	eee080e7          	jalr	-274(ra) # 80400dbe <evtchn_send>
80400ed8:	fc69                	bnez	s0,80400eb2 <pvcons_write+0x14>
80400eda:	40b2                	lw	ra,12(sp)
80400edc:	4422                	lw	s0,8(sp)
80400ede:	4492                	lw	s1,4(sp)
80400ee0:	4902                	lw	s2,0(sp)
80400ee2:	0141                	add	sp,sp,16
80400ee4:	8082                	ret
80400ee6:	8082                	ret

80400ee8 <pvcons_drain>:
80400ee8:	411c                	lw	a5,0(a0)
80400eea:	1141                	add	sp,sp,-16
80400eec:	c226                	sw	s1,4(sp)
80400eee:	6485                	lui	s1,0x1
80400ef0:	97a6                	add	a5,a5,s1
80400ef2:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80400ef6:	c087a783          	lw	a5,-1016(a5)
80400efa:	c606                	sw	ra,12(sp)
80400efc:	c422                	sw	s0,8(sp)
80400efe:	02f70363          	beq	a4,a5,80400f24 <pvcons_drain+0x3c>
80400f02:	842a                	mv	s0,a0
80400f04:	4148                	lw	a0,4(a0)
80400f06:	00000097          	auipc	ra,0x0
80400f0a:	eb8080e7          	jalr	-328(ra) # 80400dbe <evtchn_send>
80400f0e:	a019                	j	80400f14 <pvcons_drain+0x2c>
80400f10:	441c                	lw	a5,8(s0)
80400f12:	9782                	jalr	a5
80400f14:	401c                	lw	a5,0(s0)
80400f16:	97a6                	add	a5,a5,s1
80400f18:	c0c7a703          	lw	a4,-1012(a5)
80400f1c:	c087a783          	lw	a5,-1016(a5)
80400f20:	fef718e3          	bne	a4,a5,80400f10 <pvcons_drain+0x28>
80400f24:	40b2                	lw	ra,12(sp)
80400f26:	4422                	lw	s0,8(sp)
80400f28:	4492                	lw	s1,4(sp)
80400f2a:	0141                	add	sp,sp,16
80400f2c:	8082                	ret

80400f2e <cons_event>:
80400f2e:	8082                	ret

80400f30 <uni_console_drain>:
80400f30:	804067b7          	lui	a5,0x80406
80400f34:	0e47a783          	lw	a5,228(a5) # 804060e4 <ready>
80400f38:	e391                	bnez	a5,80400f3c <uni_console_drain+0xc>
80400f3a:	8082                	ret
80400f3c:	80418537          	lui	a0,0x80418
80400f40:	38450513          	add	a0,a0,900 # 80418384 <cons>
80400f44:	00000317          	auipc	t1,0x0
80400f48:	fa430067          	jr	-92(t1) # 80400ee8 <pvcons_drain>

80400f4c <uni_console_write>:
80400f4c:	804067b7          	lui	a5,0x80406
80400f50:	0e47a703          	lw	a4,228(a5) # 804060e4 <ready>
80400f54:	862e                	mv	a2,a1
80400f56:	cb11                	beqz	a4,80400f6a <uni_console_write+0x1e>
80400f58:	85aa                	mv	a1,a0
80400f5a:	80418537          	lui	a0,0x80418
80400f5e:	38450513          	add	a0,a0,900 # 80418384 <cons>
80400f62:	00000317          	auipc	t1,0x0
80400f66:	f3c30067          	jr	-196(t1) # 80400e9e <pvcons_write>
80400f6a:	00000317          	auipc	t1,0x0
80400f6e:	89630067          	jr	-1898(t1) # 80400800 <uni_early_write>

80400f72 <uni_sleep_ms>:
80400f72:	1141                	add	sp,sp,-16
80400f74:	c606                	sw	ra,12(sp)
80400f76:	c422                	sw	s0,8(sp)
80400f78:	c226                	sw	s1,4(sp)
80400f7a:	c8102773          	rdtimeh	a4
80400f7e:	c01027f3          	rdtime	a5
80400f82:	c81026f3          	rdtimeh	a3
80400f86:	fed71ae3          	bne	a4,a3,80400f7a <uni_sleep_ms+0x8>
80400f8a:	6689                	lui	a3,0x2
80400f8c:	71068693          	add	a3,a3,1808 # 2710 <errno+0x2710>
80400f90:	02d504b3          	mul	s1,a0,a3
80400f94:	02d53533          	mulhu	a0,a0,a3
80400f98:	94be                	add	s1,s1,a5
80400f9a:	00f4b7b3          	sltu	a5,s1,a5
80400f9e:	972a                	add	a4,a4,a0
80400fa0:	00e78433          	add	s0,a5,a4
80400fa4:	c81027f3          	rdtimeh	a5
80400fa8:	c01026f3          	rdtime	a3
80400fac:	c8102773          	rdtimeh	a4
80400fb0:	fee79ae3          	bne	a5,a4,80400fa4 <uni_sleep_ms+0x32>
80400fb4:	8526                	mv	a0,s1
80400fb6:	85a2                	mv	a1,s0
80400fb8:	0087f763          	bgeu	a5,s0,80400fc6 <uni_sleep_ms+0x54>
80400fbc:	00000097          	auipc	ra,0x0
80400fc0:	cb6080e7          	jalr	-842(ra) # 80400c72 <uni_wait_until>
80400fc4:	b7c5                	j	80400fa4 <uni_sleep_ms+0x32>
80400fc6:	00f41463          	bne	s0,a5,80400fce <uni_sleep_ms+0x5c>
80400fca:	fe96e9e3          	bltu	a3,s1,80400fbc <uni_sleep_ms+0x4a>
80400fce:	40b2                	lw	ra,12(sp)
80400fd0:	4422                	lw	s0,8(sp)
80400fd2:	4492                	lw	s1,4(sp)
80400fd4:	0141                	add	sp,sp,16
80400fd6:	8082                	ret

80400fd8 <revoke_event>:
80400fd8:	7155                	add	sp,sp,-208
80400fda:	804067b7          	lui	a5,0x80406
80400fde:	dd52                	sw	s4,184(sp)
80400fe0:	0e07aa03          	lw	s4,224(a5) # 804060e0 <pv_shared_info>
80400fe4:	db56                	sw	s5,180(sp)
80400fe6:	c786                	sw	ra,204(sp)
80400fe8:	144a2a83          	lw	s5,324(s4)
80400fec:	c5a2                	sw	s0,200(sp)
80400fee:	c3a6                	sw	s1,196(sp)
80400ff0:	c1ca                	sw	s2,192(sp)
80400ff2:	df4e                	sw	s3,188(sp)
80400ff4:	d95a                	sw	s6,176(sp)
80400ff6:	d75e                	sw	s7,172(sp)
80400ff8:	d562                	sw	s8,168(sp)
80400ffa:	d366                	sw	s9,164(sp)
80400ffc:	d16a                	sw	s10,160(sp)
80400ffe:	cf6e                	sw	s11,156(sp)
80401000:	0220000f          	fence	r,r
80401004:	80406737          	lui	a4,0x80406
80401008:	0f472783          	lw	a5,244(a4) # 804060f4 <revoke_seen>
8040100c:	148a2b83          	lw	s7,328(s4)
80401010:	03578263          	beq	a5,s5,80401034 <revoke_event+0x5c>
80401014:	80418db7          	lui	s11,0x80418
80401018:	390d8d93          	add	s11,s11,912 # 80418390 <revoke_stats>
8040101c:	000da783          	lw	a5,0(s11)
80401020:	804066b7          	lui	a3,0x80406
80401024:	0986a683          	lw	a3,152(a3) # 80406098 <cooperate>
80401028:	0785                	add	a5,a5,1
8040102a:	0f572a23          	sw	s5,244(a4)
8040102e:	00fda023          	sw	a5,0(s11)
80401032:	e6e9                	bnez	a3,804010fc <revoke_event+0x124>
80401034:	80406737          	lui	a4,0x80406
80401038:	154a2683          	lw	a3,340(s4)
8040103c:	0f072783          	lw	a5,240(a4) # 804060f0 <revoked_seen>
80401040:	08d78f63          	beq	a5,a3,804010de <revoke_event+0x106>
80401044:	80418db7          	lui	s11,0x80418
80401048:	390d8d93          	add	s11,s11,912 # 80418390 <revoke_stats>
8040104c:	008da783          	lw	a5,8(s11)
80401050:	0ed72823          	sw	a3,240(a4)
80401054:	0785                	add	a5,a5,1
80401056:	00fda423          	sw	a5,8(s11)
8040105a:	0220000f          	fence	r,r
8040105e:	158a2b03          	lw	s6,344(s4)
80401062:	060b0e63          	beqz	s6,804010de <revoke_event+0x106>
80401066:	80418ab7          	lui	s5,0x80418
8040106a:	80419cb7          	lui	s9,0x80419
8040106e:	15ca0a13          	add	s4,s4,348
80401072:	4981                	li	s3,0
80401074:	3a4a8a93          	add	s5,s5,932 # 804183a4 <slot_mfn>
80401078:	3a4c8c93          	add	s9,s9,932 # 804193a4 <boot_argv>
8040107c:	80406bb7          	lui	s7,0x80406
80401080:	80406937          	lui	s2,0x80406
80401084:	6d05                	lui	s10,0x1
80401086:	000a2c03          	lw	s8,0(s4)
8040108a:	8456                	mv	s0,s5
8040108c:	f00004b7          	lui	s1,0xf0000
80401090:	a029                	j	8040109a <revoke_event+0xc2>
80401092:	0411                	add	s0,s0,4
80401094:	94ea                	add	s1,s1,s10
80401096:	028c8c63          	beq	s9,s0,804010ce <revoke_event+0xf6>
8040109a:	401c                	lw	a5,0(s0)
8040109c:	ff879be3          	bne	a5,s8,80401092 <revoke_event+0xba>
804010a0:	100ba703          	lw	a4,256(s7) # 80406100 <slots_used>
804010a4:	010da783          	lw	a5,16(s11)
804010a8:	0fc92683          	lw	a3,252(s2) # 804060fc <revoke_hook>
804010ac:	177d                	add	a4,a4,-1
804010ae:	0785                	add	a5,a5,1
804010b0:	00042023          	sw	zero,0(s0)
804010b4:	10eba023          	sw	a4,256(s7)
804010b8:	00fda823          	sw	a5,16(s11)
804010bc:	8526                	mv	a0,s1
804010be:	4605                	li	a2,1
804010c0:	85e2                	mv	a1,s8
804010c2:	dae1                	beqz	a3,80401092 <revoke_event+0xba>
804010c4:	0411                	add	s0,s0,4
804010c6:	9682                	jalr	a3
804010c8:	94ea                	add	s1,s1,s10
804010ca:	fc8c98e3          	bne	s9,s0,8040109a <revoke_event+0xc2>
804010ce:	0985                	add	s3,s3,1
804010d0:	013b0763          	beq	s6,s3,804010de <revoke_event+0x106>
804010d4:	02000793          	li	a5,32
804010d8:	0a11                	add	s4,s4,4
804010da:	faf996e3          	bne	s3,a5,80401086 <revoke_event+0xae>
804010de:	40be                	lw	ra,204(sp)
804010e0:	442e                	lw	s0,200(sp)
804010e2:	449e                	lw	s1,196(sp)
804010e4:	490e                	lw	s2,192(sp)
804010e6:	59fa                	lw	s3,188(sp)
804010e8:	5a6a                	lw	s4,184(sp)
804010ea:	5ada                	lw	s5,180(sp)
804010ec:	5b4a                	lw	s6,176(sp)
804010ee:	5bba                	lw	s7,172(sp)
804010f0:	5c2a                	lw	s8,168(sp)
804010f2:	5c9a                	lw	s9,164(sp)
804010f4:	5d0a                	lw	s10,160(sp)
804010f6:	4dfa                	lw	s11,156(sp)
804010f8:	6169                	add	sp,sp,208
804010fa:	8082                	ret
804010fc:	f20b8ce3          	beqz	s7,80401034 <revoke_event+0x5c>
80401100:	80419937          	lui	s2,0x80419
80401104:	6485                	lui	s1,0x1
80401106:	6b21                	lui	s6,0x8
80401108:	3a090913          	add	s2,s2,928 # 804193a0 <slot_mfn+0xffc>
8040110c:	f03ff9b7          	lui	s3,0xf03ff
80401110:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
80401112:	4401                	li	s0,0
80401114:	7d7d                	lui	s10,0xfffff
80401116:	80406e37          	lui	t3,0x80406
8040111a:	80406337          	lui	t1,0x80406
8040111e:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80401120:	80406cb7          	lui	s9,0x80406
80401124:	02000813          	li	a6,32
80401128:	00092c03          	lw	s8,0(s2)
8040112c:	060c0a63          	beqz	s8,804011a0 <revoke_event+0x1c8>
80401130:	0fce2783          	lw	a5,252(t3) # 804060fc <revoke_hook>
80401134:	cb99                	beqz	a5,8040114a <revoke_event+0x172>
80401136:	4601                	li	a2,0
80401138:	85e2                	mv	a1,s8
8040113a:	854e                	mv	a0,s3
8040113c:	9782                	jalr	a5
8040113e:	02000813          	li	a6,32
80401142:	80406337          	lui	t1,0x80406
80401146:	80406e37          	lui	t3,0x80406
8040114a:	10432783          	lw	a5,260(t1) # 80406104 <window_l1>
8040114e:	c402                	sw	zero,8(sp)
80401150:	0048                	add	a0,sp,4
80401152:	07b2                	sll	a5,a5,0xc
80401154:	8fc5                	or	a5,a5,s1
80401156:	c23e                	sw	a5,4(sp)
80401158:	4585                	li	a1,1
8040115a:	4601                	li	a2,0
8040115c:	86da                	mv	a3,s6
8040115e:	4885                	li	a7,1
80401160:	00000073          	ecall
80401164:	ed15                	bnez	a0,804011a0 <revoke_event+0x1c8>
80401166:	100ca703          	lw	a4,256(s9) # 80406100 <slots_used>
8040116a:	00241793          	sll	a5,s0,0x2
8040116e:	09078793          	add	a5,a5,144
80401172:	978a                	add	a5,a5,sp
80401174:	177d                	add	a4,a4,-1
80401176:	f987a023          	sw	s8,-128(a5)
8040117a:	00092023          	sw	zero,0(s2)
8040117e:	10eca023          	sw	a4,256(s9)
80401182:	00140793          	add	a5,s0,1
80401186:	c48d                	beqz	s1,804011b0 <revoke_event+0x1d8>
80401188:	0377f463          	bgeu	a5,s7,804011b0 <revoke_event+0x1d8>
8040118c:	1971                	add	s2,s2,-4
8040118e:	14f1                	add	s1,s1,-4
80401190:	99ea                	add	s3,s3,s10
80401192:	03078063          	beq	a5,a6,804011b2 <revoke_event+0x1da>
80401196:	00092c03          	lw	s8,0(s2)
8040119a:	843e                	mv	s0,a5
8040119c:	f80c1ae3          	bnez	s8,80401130 <revoke_event+0x158>
804011a0:	c499                	beqz	s1,804011ae <revoke_event+0x1d6>
804011a2:	01747663          	bgeu	s0,s7,804011ae <revoke_event+0x1d6>
804011a6:	1971                	add	s2,s2,-4
804011a8:	14f1                	add	s1,s1,-4
804011aa:	99ea                	add	s3,s3,s10
804011ac:	bfb5                	j	80401128 <revoke_event+0x150>
804011ae:	87a2                	mv	a5,s0
804011b0:	cf81                	beqz	a5,804011c8 <revoke_event+0x1f0>
804011b2:	0818                	add	a4,sp,16
804011b4:	c23e                	sw	a5,4(sp)
804011b6:	c43a                	sw	a4,8(sp)
804011b8:	c602                	sw	zero,12(sp)
804011ba:	4505                	li	a0,1
804011bc:	004c                	add	a1,sp,4
804011be:	03000893          	li	a7,48
804011c2:	00000073          	ecall
804011c6:	cd19                	beqz	a0,804011e4 <revoke_event+0x20c>
804011c8:	450d                	li	a0,3
804011ca:	85d6                	mv	a1,s5
804011cc:	03000893          	li	a7,48
804011d0:	00000073          	ecall
804011d4:	e60510e3          	bnez	a0,80401034 <revoke_event+0x5c>
804011d8:	004da783          	lw	a5,4(s11)
804011dc:	0785                	add	a5,a5,1
804011de:	00fda223          	sw	a5,4(s11)
804011e2:	bd89                	j	80401034 <revoke_event+0x5c>
804011e4:	00cda703          	lw	a4,12(s11)
804011e8:	97ba                	add	a5,a5,a4
804011ea:	00fda623          	sw	a5,12(s11)
804011ee:	bfe9                	j	804011c8 <revoke_event+0x1f0>

804011f0 <uni_page_alloc>:
804011f0:	1141                	add	sp,sp,-16
804011f2:	804067b7          	lui	a5,0x80406
804011f6:	c422                	sw	s0,8(sp)
804011f8:	11c7a403          	lw	s0,284(a5) # 8040611c <free_list>
804011fc:	c606                	sw	ra,12(sp)
804011fe:	c005                	beqz	s0,8040121e <uni_page_alloc+0x2e>
80401200:	4018                	lw	a4,0(s0)
80401202:	10e7ae23          	sw	a4,284(a5)
80401206:	6605                	lui	a2,0x1
80401208:	4581                	li	a1,0
8040120a:	8522                	mv	a0,s0
8040120c:	00002097          	auipc	ra,0x2
80401210:	828080e7          	jalr	-2008(ra) # 80402a34 <memset>
80401214:	40b2                	lw	ra,12(sp)
80401216:	8522                	mv	a0,s0
80401218:	4422                	lw	s0,8(sp)
8040121a:	0141                	add	sp,sp,16
8040121c:	8082                	ret
8040121e:	804067b7          	lui	a5,0x80406
80401222:	804066b7          	lui	a3,0x80406
80401226:	1187a703          	lw	a4,280(a5) # 80406118 <low_next>
8040122a:	1146a683          	lw	a3,276(a3) # 80406114 <low_end>
8040122e:	02d76463          	bltu	a4,a3,80401256 <uni_page_alloc+0x66>
80401232:	80406737          	lui	a4,0x80406
80401236:	804067b7          	lui	a5,0x80406
8040123a:	10872603          	lw	a2,264(a4) # 80406108 <top>
8040123e:	10c7a783          	lw	a5,268(a5) # 8040610c <brk>
80401242:	6685                	lui	a3,0x1
80401244:	40f607b3          	sub	a5,a2,a5
80401248:	fcd7e6e3          	bltu	a5,a3,80401214 <uni_page_alloc+0x24>
8040124c:	40d60433          	sub	s0,a2,a3
80401250:	10872423          	sw	s0,264(a4)
80401254:	bf4d                	j	80401206 <uni_page_alloc+0x16>
80401256:	843a                	mv	s0,a4
80401258:	6705                	lui	a4,0x1
8040125a:	9722                	add	a4,a4,s0
8040125c:	10e7ac23          	sw	a4,280(a5)
80401260:	b75d                	j	80401206 <uni_page_alloc+0x16>

80401262 <uni_page_free>:
80401262:	804067b7          	lui	a5,0x80406
80401266:	11c7a703          	lw	a4,284(a5) # 8040611c <free_list>
8040126a:	10a7ae23          	sw	a0,284(a5)
8040126e:	c118                	sw	a4,0(a0)
80401270:	8082                	ret

80401272 <uni_sbrk>:
80401272:	804066b7          	lui	a3,0x80406
80401276:	10c6a703          	lw	a4,268(a3) # 8040610c <brk>
8040127a:	00054f63          	bltz	a0,80401298 <uni_sbrk+0x26>
8040127e:	804067b7          	lui	a5,0x80406
80401282:	1087a783          	lw	a5,264(a5) # 80406108 <top>
80401286:	8f99                	sub	a5,a5,a4
80401288:	02a7e263          	bltu	a5,a0,804012ac <uni_sbrk+0x3a>
8040128c:	00a707b3          	add	a5,a4,a0
80401290:	10f6a623          	sw	a5,268(a3)
80401294:	853a                	mv	a0,a4
80401296:	8082                	ret
80401298:	804067b7          	lui	a5,0x80406
8040129c:	1107a783          	lw	a5,272(a5) # 80406110 <heap_start>
804012a0:	40a00633          	neg	a2,a0
804012a4:	40f707b3          	sub	a5,a4,a5
804012a8:	fec7f2e3          	bgeu	a5,a2,8040128c <uni_sbrk+0x1a>
804012ac:	4501                	li	a0,0
804012ae:	8082                	ret

804012b0 <write>:
804012b0:	1141                	add	sp,sp,-16
804012b2:	c606                	sw	ra,12(sp)
804012b4:	c422                	sw	s0,8(sp)
804012b6:	47bd                	li	a5,15
804012b8:	00a7eb63          	bltu	a5,a0,804012ce <write+0x1e>
804012bc:	80406737          	lui	a4,0x80406
804012c0:	00070713          	mv	a4,a4
804012c4:	00351793          	sll	a5,a0,0x3
804012c8:	97ba                	add	a5,a5,a4
804012ca:	4398                	lw	a4,0(a5)
804012cc:	ef11                	bnez	a4,804012e8 <write+0x38>
804012ce:	4725                	li	a4,9
804012d0:	000007b7          	lui	a5,0x0
804012d4:	004787b3          	add	a5,a5,tp
804012d8:	00e7a023          	sw	a4,0(a5) # 0 <errno>
804012dc:	547d                	li	s0,-1
804012de:	40b2                	lw	ra,12(sp)
804012e0:	8522                	mv	a0,s0
804012e2:	4422                	lw	s0,8(sp)
804012e4:	0141                	add	sp,sp,16
804012e6:	8082                	ret
804012e8:	8432                	mv	s0,a2
804012ea:	04064663          	bltz	a2,80401336 <write+0x86>
804012ee:	4505                	li	a0,1
804012f0:	02a70b63          	beq	a4,a0,80401326 <write+0x76>
804012f4:	80406737          	lui	a4,0x80406
804012f8:	12472703          	lw	a4,292(a4) # 80406124 <fs>
804012fc:	43c8                	lw	a0,4(a5)
804012fe:	475c                	lw	a5,12(a4)
80401300:	9782                	jalr	a5
80401302:	842a                	mv	s0,a0
80401304:	fc055de3          	bgez	a0,804012de <write+0x2e>
80401308:	fff54413          	not	s0,a0
8040130c:	02500793          	li	a5,37
80401310:	4715                	li	a4,5
80401312:	fa87efe3          	bltu	a5,s0,804012d0 <write+0x20>
80401316:	804057b7          	lui	a5,0x80405
8040131a:	62078793          	add	a5,a5,1568 # 80405620 <CSWTCH.56>
8040131e:	97a2                	add	a5,a5,s0
80401320:	00078703          	lb	a4,0(a5)
80401324:	b775                	j	804012d0 <write+0x20>
80401326:	86ae                	mv	a3,a1
80401328:	8536                	mv	a0,a3
8040132a:	85b2                	mv	a1,a2
8040132c:	00000097          	auipc	ra,0x0
80401330:	c20080e7          	jalr	-992(ra) # 80400f4c <uni_console_write>
80401334:	b76d                	j	804012de <write+0x2e>
80401336:	4759                	li	a4,22
80401338:	bf61                	j	804012d0 <write+0x20>

8040133a <uni_posix_proc>:
8040133a:	804067b7          	lui	a5,0x80406
8040133e:	12a7a023          	sw	a0,288(a5) # 80406120 <proc>
80401342:	8082                	ret

80401344 <getpid>:
80401344:	804067b7          	lui	a5,0x80406
80401348:	1207a783          	lw	a5,288(a5) # 80406120 <proc>
8040134c:	c399                	beqz	a5,80401352 <getpid+0xe>
8040134e:	479c                	lw	a5,8(a5)
80401350:	8782                	jr	a5
80401352:	4505                	li	a0,1
80401354:	8082                	ret

80401356 <sbrk>:
80401356:	1141                	add	sp,sp,-16
80401358:	c606                	sw	ra,12(sp)
8040135a:	00000097          	auipc	ra,0x0
8040135e:	f18080e7          	jalr	-232(ra) # 80401272 <uni_sbrk>
80401362:	c501                	beqz	a0,8040136a <sbrk+0x14>
80401364:	40b2                	lw	ra,12(sp)
80401366:	0141                	add	sp,sp,16
80401368:	8082                	ret
8040136a:	000007b7          	lui	a5,0x0
8040136e:	004787b3          	add	a5,a5,tp
80401372:	4731                	li	a4,12
80401374:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401378:	557d                	li	a0,-1
8040137a:	b7ed                	j	80401364 <sbrk+0xe>

8040137c <_exit>:
8040137c:	1141                	add	sp,sp,-16
8040137e:	c422                	sw	s0,8(sp)
80401380:	c606                	sw	ra,12(sp)
80401382:	842a                	mv	s0,a0
80401384:	00000097          	auipc	ra,0x0
80401388:	1fc080e7          	jalr	508(ra) # 80401580 <ulib_flush_stdout>
8040138c:	804067b7          	lui	a5,0x80406
80401390:	1207a783          	lw	a5,288(a5) # 80406120 <proc>
80401394:	c781                	beqz	a5,8040139c <_exit+0x20>
80401396:	47dc                	lw	a5,12(a5)
80401398:	8522                	mv	a0,s0
8040139a:	9782                	jalr	a5
8040139c:	8522                	mv	a0,s0
8040139e:	fffff097          	auipc	ra,0xfffff
804013a2:	4b4080e7          	jalr	1204(ra) # 80400852 <uni_poweroff>

804013a6 <spawn>:
804013a6:	804067b7          	lui	a5,0x80406
804013aa:	1207a783          	lw	a5,288(a5) # 80406120 <proc>
804013ae:	c399                	beqz	a5,804013b4 <spawn+0xe>
804013b0:	439c                	lw	a5,0(a5)
804013b2:	8782                	jr	a5
804013b4:	fda00513          	li	a0,-38
804013b8:	8082                	ret

804013ba <wait_child>:
804013ba:	804067b7          	lui	a5,0x80406
804013be:	1207a783          	lw	a5,288(a5) # 80406120 <proc>
804013c2:	c399                	beqz	a5,804013c8 <wait_child+0xe>
804013c4:	43dc                	lw	a5,4(a5)
804013c6:	8782                	jr	a5
804013c8:	fda00513          	li	a0,-38
804013cc:	8082                	ret

804013ce <sleep_ms>:
804013ce:	1141                	add	sp,sp,-16
804013d0:	c606                	sw	ra,12(sp)
804013d2:	c422                	sw	s0,8(sp)
804013d4:	842a                	mv	s0,a0
804013d6:	00000097          	auipc	ra,0x0
804013da:	1aa080e7          	jalr	426(ra) # 80401580 <ulib_flush_stdout>
804013de:	8522                	mv	a0,s0
804013e0:	00000097          	auipc	ra,0x0
804013e4:	b92080e7          	jalr	-1134(ra) # 80400f72 <uni_sleep_ms>
804013e8:	40b2                	lw	ra,12(sp)
804013ea:	4422                	lw	s0,8(sp)
804013ec:	4501                	li	a0,0
804013ee:	0141                	add	sp,sp,16
804013f0:	8082                	ret

804013f2 <uni_posix_argv0>:
804013f2:	804197b7          	lui	a5,0x80419
804013f6:	3a47a503          	lw	a0,932(a5) # 804193a4 <boot_argv>
804013fa:	c111                	beqz	a0,804013fe <uni_posix_argv0+0xc>
804013fc:	8082                	ret
804013fe:	80405537          	lui	a0,0x80405
80401402:	26c50513          	add	a0,a0,620 # 8040526c <strnlen+0xb2c>
80401406:	8082                	ret

80401408 <uni_main>:
80401408:	1141                	add	sp,sp,-16
8040140a:	c606                	sw	ra,12(sp)
8040140c:	c422                	sw	s0,8(sp)
8040140e:	80419837          	lui	a6,0x80419
80401412:	00054603          	lbu	a2,0(a0)
80401416:	872a                	mv	a4,a0
80401418:	02000693          	li	a3,32
8040141c:	4501                	li	a0,0
8040141e:	45a5                	li	a1,9
80401420:	3a480813          	add	a6,a6,932 # 804193a4 <boot_argv>
80401424:	02d60b63          	beq	a2,a3,8040145a <uni_main+0x52>
80401428:	02b60963          	beq	a2,a1,8040145a <uni_main+0x52>
8040142c:	c231                	beqz	a2,80401470 <uni_main+0x68>
8040142e:	06d50a63          	beq	a0,a3,804014a2 <uni_main+0x9a>
80401432:	00251793          	sll	a5,a0,0x2
80401436:	97c2                	add	a5,a5,a6
80401438:	c398                	sw	a4,0(a5)
8040143a:	00074603          	lbu	a2,0(a4)
8040143e:	0505                	add	a0,a0,1
80401440:	87b2                	mv	a5,a2
80401442:	d26d                	beqz	a2,80401424 <uni_main+0x1c>
80401444:	02d78363          	beq	a5,a3,8040146a <uni_main+0x62>
80401448:	02b78163          	beq	a5,a1,8040146a <uni_main+0x62>
8040144c:	00174783          	lbu	a5,1(a4)
80401450:	0705                	add	a4,a4,1
80401452:	fbed                	bnez	a5,80401444 <uni_main+0x3c>
80401454:	4601                	li	a2,0
80401456:	fcd619e3          	bne	a2,a3,80401428 <uni_main+0x20>
8040145a:	00170793          	add	a5,a4,1
8040145e:	00174603          	lbu	a2,1(a4)
80401462:	00070023          	sb	zero,0(a4)
80401466:	873e                	mv	a4,a5
80401468:	bf75                	j	80401424 <uni_main+0x1c>
8040146a:	00074603          	lbu	a2,0(a4)
8040146e:	bf5d                	j	80401424 <uni_main+0x1c>
80401470:	804195b7          	lui	a1,0x80419
80401474:	3a458713          	add	a4,a1,932 # 804193a4 <boot_argv>
80401478:	00251793          	sll	a5,a0,0x2
8040147c:	97ba                	add	a5,a5,a4
8040147e:	3a458593          	add	a1,a1,932
80401482:	0007a023          	sw	zero,0(a5)
80401486:	fffff097          	auipc	ra,0xfffff
8040148a:	c1a080e7          	jalr	-998(ra) # 804000a0 <main>
8040148e:	842a                	mv	s0,a0
80401490:	00000097          	auipc	ra,0x0
80401494:	0f0080e7          	jalr	240(ra) # 80401580 <ulib_flush_stdout>
80401498:	40b2                	lw	ra,12(sp)
8040149a:	8522                	mv	a0,s0
8040149c:	4422                	lw	s0,8(sp)
8040149e:	0141                	add	sp,sp,16
804014a0:	8082                	ret
804014a2:	80405537          	lui	a0,0x80405
804014a6:	64850513          	add	a0,a0,1608 # 80405648 <msg.0>
804014aa:	45e1                	li	a1,24
804014ac:	00000097          	auipc	ra,0x0
804014b0:	aa0080e7          	jalr	-1376(ra) # 80400f4c <uni_console_write>
804014b4:	4409                	li	s0,2
804014b6:	40b2                	lw	ra,12(sp)
804014b8:	8522                	mv	a0,s0
804014ba:	4422                	lw	s0,8(sp)
804014bc:	0141                	add	sp,sp,16
804014be:	8082                	ret

804014c0 <stdout_flush>:
804014c0:	1141                	add	sp,sp,-16
804014c2:	c04a                	sw	s2,0(sp)
804014c4:	80406937          	lui	s2,0x80406
804014c8:	c422                	sw	s0,8(sp)
804014ca:	12892403          	lw	s0,296(s2) # 80406128 <out_len>
804014ce:	c606                	sw	ra,12(sp)
804014d0:	c226                	sw	s1,4(sp)
804014d2:	c015                	beqz	s0,804014f6 <stdout_flush+0x36>
804014d4:	804194b7          	lui	s1,0x80419
804014d8:	42848493          	add	s1,s1,1064 # 80419428 <out_buf>
804014dc:	a019                	j	804014e2 <stdout_flush+0x22>
804014de:	94aa                	add	s1,s1,a0
804014e0:	c819                	beqz	s0,804014f6 <stdout_flush+0x36>
804014e2:	8622                	mv	a2,s0
804014e4:	85a6                	mv	a1,s1
804014e6:	4505                	li	a0,1
804014e8:	00000097          	auipc	ra,0x0
804014ec:	dc8080e7          	jalr	-568(ra) # 804012b0 <write>
804014f0:	8c09                	sub	s0,s0,a0
804014f2:	fea046e3          	bgtz	a0,804014de <stdout_flush+0x1e>
804014f6:	40b2                	lw	ra,12(sp)
804014f8:	4422                	lw	s0,8(sp)
804014fa:	12092423          	sw	zero,296(s2)
804014fe:	4492                	lw	s1,4(sp)
80401500:	4902                	lw	s2,0(sp)
80401502:	4501                	li	a0,0
80401504:	0141                	add	sp,sp,16
80401506:	8082                	ret

80401508 <stdout_put>:
80401508:	1101                	add	sp,sp,-32
8040150a:	c64e                	sw	s3,12(sp)
8040150c:	804069b7          	lui	s3,0x80406
80401510:	1289a783          	lw	a5,296(s3) # 80406128 <out_len>
80401514:	ca26                	sw	s1,20(sp)
80401516:	804194b7          	lui	s1,0x80419
8040151a:	42848493          	add	s1,s1,1064 # 80419428 <out_buf>
8040151e:	cc22                	sw	s0,24(sp)
80401520:	c84a                	sw	s2,16(sp)
80401522:	00178413          	add	s0,a5,1
80401526:	ce06                	sw	ra,28(sp)
80401528:	97a6                	add	a5,a5,s1
8040152a:	00a78023          	sb	a0,0(a5)
8040152e:	1289a423          	sw	s0,296(s3)
80401532:	47a9                	li	a5,10
80401534:	892a                	mv	s2,a0
80401536:	00f50e63          	beq	a0,a5,80401552 <stdout_put+0x4a>
8040153a:	20000793          	li	a5,512
8040153e:	00f40b63          	beq	s0,a5,80401554 <stdout_put+0x4c>
80401542:	40f2                	lw	ra,28(sp)
80401544:	4462                	lw	s0,24(sp)
80401546:	44d2                	lw	s1,20(sp)
80401548:	49b2                	lw	s3,12(sp)
8040154a:	854a                	mv	a0,s2
8040154c:	4942                	lw	s2,16(sp)
8040154e:	6105                	add	sp,sp,32
80401550:	8082                	ret
80401552:	cc09                	beqz	s0,8040156c <stdout_put+0x64>
80401554:	8622                	mv	a2,s0
80401556:	85a6                	mv	a1,s1
80401558:	4505                	li	a0,1
8040155a:	00000097          	auipc	ra,0x0
8040155e:	d56080e7          	jalr	-682(ra) # 804012b0 <write>
80401562:	8c09                	sub	s0,s0,a0
80401564:	00a05463          	blez	a0,8040156c <stdout_put+0x64>
80401568:	94aa                	add	s1,s1,a0
8040156a:	f46d                	bnez	s0,80401554 <stdout_put+0x4c>
8040156c:	40f2                	lw	ra,28(sp)
8040156e:	4462                	lw	s0,24(sp)
80401570:	1209a423          	sw	zero,296(s3)
80401574:	44d2                	lw	s1,20(sp)
80401576:	49b2                	lw	s3,12(sp)
80401578:	854a                	mv	a0,s2
8040157a:	4942                	lw	s2,16(sp)
8040157c:	6105                	add	sp,sp,32
8040157e:	8082                	ret

80401580 <ulib_flush_stdout>:
80401580:	1141                	add	sp,sp,-16
80401582:	c04a                	sw	s2,0(sp)
80401584:	80406937          	lui	s2,0x80406
80401588:	c422                	sw	s0,8(sp)
8040158a:	12892403          	lw	s0,296(s2) # 80406128 <out_len>
8040158e:	c606                	sw	ra,12(sp)
80401590:	c226                	sw	s1,4(sp)
80401592:	c015                	beqz	s0,804015b6 <ulib_flush_stdout+0x36>
80401594:	804194b7          	lui	s1,0x80419
80401598:	42848493          	add	s1,s1,1064 # 80419428 <out_buf>
8040159c:	a019                	j	804015a2 <ulib_flush_stdout+0x22>
8040159e:	94aa                	add	s1,s1,a0
804015a0:	c819                	beqz	s0,804015b6 <ulib_flush_stdout+0x36>
804015a2:	8622                	mv	a2,s0
804015a4:	85a6                	mv	a1,s1
804015a6:	4505                	li	a0,1
804015a8:	00000097          	auipc	ra,0x0
804015ac:	d08080e7          	jalr	-760(ra) # 804012b0 <write>
804015b0:	8c09                	sub	s0,s0,a0
804015b2:	fea046e3          	bgtz	a0,8040159e <ulib_flush_stdout+0x1e>
804015b6:	40b2                	lw	ra,12(sp)
804015b8:	4422                	lw	s0,8(sp)
804015ba:	12092423          	sw	zero,296(s2)
804015be:	4492                	lw	s1,4(sp)
804015c0:	4902                	lw	s2,0(sp)
804015c2:	0141                	add	sp,sp,16
804015c4:	8082                	ret

804015c6 <threads_free_stack>:
804015c6:	513c                	lw	a5,96(a0)
804015c8:	1141                	add	sp,sp,-16
804015ca:	c226                	sw	s1,4(sp)
804015cc:	c606                	sw	ra,12(sp)
804015ce:	c422                	sw	s0,8(sp)
804015d0:	84aa                	mv	s1,a0
804015d2:	cf91                	beqz	a5,804015ee <threads_free_stack+0x28>
804015d4:	5afe5637          	lui	a2,0x5afe5
804015d8:	7ac60613          	add	a2,a2,1964 # 5afe57ac <errno+0x5afe57ac>
804015dc:	873e                	mv	a4,a5
804015de:	01078593          	add	a1,a5,16
804015e2:	4314                	lw	a3,0(a4)
804015e4:	02c69e63          	bne	a3,a2,80401620 <threads_free_stack+0x5a>
804015e8:	0711                	add	a4,a4,4
804015ea:	feb71ce3          	bne	a4,a1,804015e2 <threads_free_stack+0x1c>
804015ee:	50f8                	lw	a4,100(s1)
804015f0:	4401                	li	s0,0
804015f2:	e319                	bnez	a4,804015f8 <threads_free_stack+0x32>
804015f4:	a829                	j	8040160e <threads_free_stack+0x48>
804015f6:	50bc                	lw	a5,96(s1)
804015f8:	00c41513          	sll	a0,s0,0xc
804015fc:	953e                	add	a0,a0,a5
804015fe:	00000097          	auipc	ra,0x0
80401602:	c64080e7          	jalr	-924(ra) # 80401262 <uni_page_free>
80401606:	50fc                	lw	a5,100(s1)
80401608:	0405                	add	s0,s0,1
8040160a:	fef466e3          	bltu	s0,a5,804015f6 <threads_free_stack+0x30>
8040160e:	40b2                	lw	ra,12(sp)
80401610:	4422                	lw	s0,8(sp)
80401612:	0604a023          	sw	zero,96(s1)
80401616:	0604a223          	sw	zero,100(s1)
8040161a:	4492                	lw	s1,4(sp)
8040161c:	0141                	add	sp,sp,16
8040161e:	8082                	ret
80401620:	80405537          	lui	a0,0x80405
80401624:	66450513          	add	a0,a0,1636 # 80405664 <msg.0+0x1c>
80401628:	fffff097          	auipc	ra,0xfffff
8040162c:	24e080e7          	jalr	590(ra) # 80400876 <uni_panic>

80401630 <threads_check_stack>:
80401630:	513c                	lw	a5,96(a0)
80401632:	cf89                	beqz	a5,8040164c <threads_check_stack+0x1c>
80401634:	5afe56b7          	lui	a3,0x5afe5
80401638:	01078613          	add	a2,a5,16
8040163c:	7ac68693          	add	a3,a3,1964 # 5afe57ac <errno+0x5afe57ac>
80401640:	4398                	lw	a4,0(a5)
80401642:	00d71663          	bne	a4,a3,8040164e <threads_check_stack+0x1e>
80401646:	0791                	add	a5,a5,4
80401648:	fec79ce3          	bne	a5,a2,80401640 <threads_check_stack+0x10>
8040164c:	8082                	ret
8040164e:	80405537          	lui	a0,0x80405
80401652:	1141                	add	sp,sp,-16
80401654:	66450513          	add	a0,a0,1636 # 80405664 <msg.0+0x1c>
80401658:	c606                	sw	ra,12(sp)
8040165a:	fffff097          	auipc	ra,0xfffff
8040165e:	21c080e7          	jalr	540(ra) # 80400876 <uni_panic>

80401662 <uni_thread_create>:
80401662:	715d                	add	sp,sp,-80
80401664:	c686                	sw	ra,76(sp)
80401666:	c4a2                	sw	s0,72(sp)
80401668:	c2a6                	sw	s1,68(sp)
8040166a:	c0ca                	sw	s2,64(sp)
8040166c:	de4e                	sw	s3,60(sp)
8040166e:	dc52                	sw	s4,56(sp)
80401670:	da56                	sw	s5,52(sp)
80401672:	d85a                	sw	s6,48(sp)
80401674:	d65e                	sw	s7,44(sp)
80401676:	d462                	sw	s8,40(sp)
80401678:	d266                	sw	s9,36(sp)
8040167a:	d06a                	sw	s10,32(sp)
8040167c:	ce6e                	sw	s11,28(sp)
8040167e:	c42e                	sw	a1,8(sp)
80401680:	24050f63          	beqz	a0,804018de <uni_thread_create+0x27c>
80401684:	001007b7          	lui	a5,0x100
80401688:	24c7eb63          	bltu	a5,a2,804018de <uni_thread_create+0x27c>
8040168c:	8c2a                	mv	s8,a0
8040168e:	1c061263          	bnez	a2,80401852 <uni_thread_create+0x1f0>
80401692:	6615                	lui	a2,0x5
80401694:	4b91                	li	s7,4
80401696:	167d                	add	a2,a2,-1 # 4fff <errno+0x4fff>
80401698:	804197b7          	lui	a5,0x80419
8040169c:	6d878793          	add	a5,a5,1752 # 804196d8 <threads_table+0xb0>
804016a0:	4d05                	li	s10,1
804016a2:	04000693          	li	a3,64
804016a6:	a021                	j	804016ae <uni_thread_create+0x4c>
804016a8:	0d05                	add	s10,s10,1 # fffff001 <__bss_end+0x7fbe3941>
804016aa:	22dd0063          	beq	s10,a3,804018ca <uni_thread_create+0x268>
804016ae:	0007c703          	lbu	a4,0(a5)
804016b2:	07078793          	add	a5,a5,112
804016b6:	fb6d                	bnez	a4,804016a8 <uni_thread_create+0x46>
804016b8:	80406ab7          	lui	s5,0x80406
804016bc:	804064b7          	lui	s1,0x80406
804016c0:	77fd                	lui	a5,0xfffff
804016c2:	0c0a8b13          	add	s6,s5,192 # 804060c0 <failures>
804016c6:	0d348493          	add	s1,s1,211 # 804060d3 <uni_start_info+0x3>
804016ca:	8e7d                	and	a2,a2,a5
804016cc:	416484b3          	sub	s1,s1,s6
804016d0:	003d1a13          	sll	s4,s10,0x3
804016d4:	6785                	lui	a5,0x1
804016d6:	98c1                	and	s1,s1,-16
804016d8:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
804016dc:	41aa0933          	sub	s2,s4,s10
804016e0:	804199b7          	lui	s3,0x80419
804016e4:	0912                	sll	s2,s2,0x4
804016e6:	97a6                	add	a5,a5,s1
804016e8:	62898993          	add	s3,s3,1576 # 80419628 <threads_table>
804016ec:	01298733          	add	a4,s3,s2
804016f0:	00f637b3          	sltu	a5,a2,a5
804016f4:	c63a                	sw	a4,12(sp)
804016f6:	9bbe                	add	s7,s7,a5
804016f8:	00000097          	auipc	ra,0x0
804016fc:	af8080e7          	jalr	-1288(ra) # 804011f0 <uni_page_alloc>
80401700:	892a                	mv	s2,a0
80401702:	4401                	li	s0,0
80401704:	4d85                	li	s11,1
80401706:	6c85                	lui	s9,0x1
80401708:	1c050363          	beqz	a0,804018ce <uni_thread_create+0x26c>
8040170c:	037df563          	bgeu	s11,s7,80401736 <uni_thread_create+0xd4>
80401710:	00000097          	auipc	ra,0x0
80401714:	ae0080e7          	jalr	-1312(ra) # 804011f0 <uni_page_alloc>
80401718:	16050663          	beqz	a0,80401884 <uni_thread_create+0x222>
8040171c:	00cd9693          	sll	a3,s11,0xc
80401720:	96ca                	add	a3,a3,s2
80401722:	1ad50063          	beq	a0,a3,804018c2 <uni_thread_create+0x260>
80401726:	019507b3          	add	a5,a0,s9
8040172a:	12f91a63          	bne	s2,a5,8040185e <uni_thread_create+0x1fc>
8040172e:	0d85                	add	s11,s11,1
80401730:	892a                	mv	s2,a0
80401732:	fd7defe3          	bltu	s11,s7,80401710 <uni_thread_create+0xae>
80401736:	c801                	beqz	s0,80401746 <uni_thread_create+0xe4>
80401738:	8522                	mv	a0,s0
8040173a:	4000                	lw	s0,0(s0)
8040173c:	00000097          	auipc	ra,0x0
80401740:	b26080e7          	jalr	-1242(ra) # 80401262 <uni_page_free>
80401744:	f875                	bnez	s0,80401738 <uni_thread_create+0xd6>
80401746:	41aa07b3          	sub	a5,s4,s10
8040174a:	0792                	sll	a5,a5,0x4
8040174c:	97ce                	add	a5,a5,s3
8040174e:	0727a023          	sw	s2,96(a5)
80401752:	16090663          	beqz	s2,804018be <uni_thread_create+0x25c>
80401756:	4722                	lw	a4,8(sp)
80401758:	80406337          	lui	t1,0x80406
8040175c:	12c32803          	lw	a6,300(t1) # 8040612c <last_id>
80401760:	80419537          	lui	a0,0x80419
80401764:	800005b7          	lui	a1,0x80000
80401768:	0777a223          	sw	s7,100(a5)
8040176c:	0787a423          	sw	s8,104(a5)
80401770:	d7f8                	sw	a4,108(a5)
80401772:	66450513          	add	a0,a0,1636 # 80419664 <threads_table+0x3c>
80401776:	fff5c593          	not	a1,a1
8040177a:	04000613          	li	a2,64
8040177e:	14b80463          	beq	a6,a1,804018c6 <uni_thread_create+0x264>
80401782:	0805                	add	a6,a6,1
80401784:	87aa                	mv	a5,a0
80401786:	4701                	li	a4,0
80401788:	4394                	lw	a3,0(a5)
8040178a:	0705                	add	a4,a4,1
8040178c:	07078793          	add	a5,a5,112
80401790:	fed807e3          	beq	a6,a3,8040177e <uni_thread_create+0x11c>
80401794:	fec71ae3          	bne	a4,a2,80401788 <uni_thread_create+0x126>
80401798:	41aa0433          	sub	s0,s4,s10
8040179c:	0412                	sll	s0,s0,0x4
8040179e:	944e                	add	s0,s0,s3
804017a0:	5afe57b7          	lui	a5,0x5afe5
804017a4:	03042e23          	sw	a6,60(s0)
804017a8:	04042c23          	sw	zero,88(s0)
804017ac:	04042e23          	sw	zero,92(s0)
804017b0:	7ac78793          	add	a5,a5,1964 # 5afe57ac <errno+0x5afe57ac>
804017b4:	00f92023          	sw	a5,0(s2)
804017b8:	00f92223          	sw	a5,4(s2)
804017bc:	00f92423          	sw	a5,8(s2)
804017c0:	00f92623          	sw	a5,12(s2)
804017c4:	507c                	lw	a5,100(s0)
804017c6:	8626                	mv	a2,s1
804017c8:	4581                	li	a1,0
804017ca:	07b2                	sll	a5,a5,0xc
804017cc:	409784b3          	sub	s1,a5,s1
804017d0:	94ca                	add	s1,s1,s2
804017d2:	8526                	mv	a0,s1
804017d4:	13032623          	sw	a6,300(t1)
804017d8:	00001097          	auipc	ra,0x1
804017dc:	25c080e7          	jalr	604(ra) # 80402a34 <memset>
804017e0:	80406637          	lui	a2,0x80406
804017e4:	0c060613          	add	a2,a2,192 # 804060c0 <failures>
804017e8:	41660633          	sub	a2,a2,s6
804017ec:	0c0a8593          	add	a1,s5,192
804017f0:	8526                	mv	a0,s1
804017f2:	00001097          	auipc	ra,0x1
804017f6:	22c080e7          	jalr	556(ra) # 80402a1e <memcpy>
804017fa:	4932                	lw	s2,12(sp)
804017fc:	03c00613          	li	a2,60
80401800:	4581                	li	a1,0
80401802:	854a                	mv	a0,s2
80401804:	00001097          	auipc	ra,0x1
80401808:	230080e7          	jalr	560(ra) # 80402a34 <memset>
8040180c:	8041b7b7          	lui	a5,0x8041b
80401810:	22878793          	add	a5,a5,552 # 8041b228 <threads_counters>
80401814:	43d8                	lw	a4,4(a5)
80401816:	804026b7          	lui	a3,0x80402
8040181a:	854a                	mv	a0,s2
8040181c:	0705                	add	a4,a4,1
8040181e:	94e68693          	add	a3,a3,-1714 # 8040194e <thread_start>
80401822:	c014                	sw	a3,0(s0)
80401824:	c044                	sw	s1,4(s0)
80401826:	c404                	sw	s1,8(s0)
80401828:	c3d8                	sw	a4,4(a5)
8040182a:	00000097          	auipc	ra,0x0
8040182e:	26a080e7          	jalr	618(ra) # 80401a94 <threads_ready>
80401832:	5c48                	lw	a0,60(s0)
80401834:	40b6                	lw	ra,76(sp)
80401836:	4426                	lw	s0,72(sp)
80401838:	4496                	lw	s1,68(sp)
8040183a:	4906                	lw	s2,64(sp)
8040183c:	59f2                	lw	s3,60(sp)
8040183e:	5a62                	lw	s4,56(sp)
80401840:	5ad2                	lw	s5,52(sp)
80401842:	5b42                	lw	s6,48(sp)
80401844:	5bb2                	lw	s7,44(sp)
80401846:	5c22                	lw	s8,40(sp)
80401848:	5c92                	lw	s9,36(sp)
8040184a:	5d02                	lw	s10,32(sp)
8040184c:	4df2                	lw	s11,28(sp)
8040184e:	6161                	add	sp,sp,80
80401850:	8082                	ret
80401852:	6785                	lui	a5,0x1
80401854:	17fd                	add	a5,a5,-1 # fff <errno+0xfff>
80401856:	963e                	add	a2,a2,a5
80401858:	00c65b93          	srl	s7,a2,0xc
8040185c:	bd35                	j	80401698 <uni_thread_create+0x36>
8040185e:	87ca                	mv	a5,s2
80401860:	8722                	mv	a4,s0
80401862:	c398                	sw	a4,0(a5)
80401864:	843e                	mv	s0,a5
80401866:	97e6                	add	a5,a5,s9
80401868:	fef69ce3          	bne	a3,a5,80401860 <uni_thread_create+0x1fe>
8040186c:	1dfd                	add	s11,s11,-1
8040186e:	0db2                	sll	s11,s11,0xc
80401870:	01b90433          	add	s0,s2,s11
80401874:	4d85                	li	s11,1
80401876:	892a                	mv	s2,a0
80401878:	00000097          	auipc	ra,0x0
8040187c:	978080e7          	jalr	-1672(ra) # 804011f0 <uni_page_alloc>
80401880:	e8051ee3          	bnez	a0,8040171c <uni_thread_create+0xba>
80401884:	00cd9713          	sll	a4,s11,0xc
80401888:	87ca                	mv	a5,s2
8040188a:	974a                	add	a4,a4,s2
8040188c:	6685                	lui	a3,0x1
8040188e:	c380                	sw	s0,0(a5)
80401890:	843e                	mv	s0,a5
80401892:	97b6                	add	a5,a5,a3
80401894:	fef71de3          	bne	a4,a5,8040188e <uni_thread_create+0x22c>
80401898:	fffd8413          	add	s0,s11,-1
8040189c:	0432                	sll	s0,s0,0xc
8040189e:	944a                	add	s0,s0,s2
804018a0:	c41d                	beqz	s0,804018ce <uni_thread_create+0x26c>
804018a2:	8522                	mv	a0,s0
804018a4:	4000                	lw	s0,0(s0)
804018a6:	00000097          	auipc	ra,0x0
804018aa:	9bc080e7          	jalr	-1604(ra) # 80401262 <uni_page_free>
804018ae:	f875                	bnez	s0,804018a2 <uni_thread_create+0x240>
804018b0:	07000793          	li	a5,112
804018b4:	02fd07b3          	mul	a5,s10,a5
804018b8:	97ce                	add	a5,a5,s3
804018ba:	0607a023          	sw	zero,96(a5)
804018be:	5551                	li	a0,-12
804018c0:	bf95                	j	80401834 <uni_thread_create+0x1d2>
804018c2:	0d85                	add	s11,s11,1
804018c4:	b5a1                	j	8040170c <uni_thread_create+0xaa>
804018c6:	4805                	li	a6,1
804018c8:	bd75                	j	80401784 <uni_thread_create+0x122>
804018ca:	5555                	li	a0,-11
804018cc:	b7a5                	j	80401834 <uni_thread_create+0x1d2>
804018ce:	41aa07b3          	sub	a5,s4,s10
804018d2:	0792                	sll	a5,a5,0x4
804018d4:	97ce                	add	a5,a5,s3
804018d6:	0607a023          	sw	zero,96(a5)
804018da:	5551                	li	a0,-12
804018dc:	bfa1                	j	80401834 <uni_thread_create+0x1d2>
804018de:	5529                	li	a0,-22
804018e0:	bf91                	j	80401834 <uni_thread_create+0x1d2>

804018e2 <uni_thread_self>:
804018e2:	804067b7          	lui	a5,0x80406
804018e6:	1307a783          	lw	a5,304(a5) # 80406130 <threads_current>
804018ea:	4501                	li	a0,0
804018ec:	c391                	beqz	a5,804018f0 <uni_thread_self+0xe>
804018ee:	5fc8                	lw	a0,60(a5)
804018f0:	8082                	ret

804018f2 <uni_thread_exit>:
804018f2:	804067b7          	lui	a5,0x80406
804018f6:	1307a783          	lw	a5,304(a5) # 80406130 <threads_current>
804018fa:	1141                	add	sp,sp,-16
804018fc:	c606                	sw	ra,12(sp)
804018fe:	c7a1                	beqz	a5,80401946 <uni_thread_exit+0x54>
80401900:	80419737          	lui	a4,0x80419
80401904:	62870713          	add	a4,a4,1576 # 80419628 <threads_table>
80401908:	02e78f63          	beq	a5,a4,80401946 <uni_thread_exit+0x54>
8040190c:	8041b737          	lui	a4,0x8041b
80401910:	22870713          	add	a4,a4,552 # 8041b228 <threads_counters>
80401914:	4714                	lw	a3,8(a4)
80401916:	4619                	li	a2,6
80401918:	c3e8                	sw	a0,68(a5)
8040191a:	0685                	add	a3,a3,1 # 1001 <errno+0x1001>
8040191c:	04c78023          	sb	a2,64(a5)
80401920:	05878513          	add	a0,a5,88
80401924:	c714                	sw	a3,8(a4)
80401926:	00000097          	auipc	ra,0x0
8040192a:	4f4080e7          	jalr	1268(ra) # 80401e1a <uni_event_broadcast>
8040192e:	00000097          	auipc	ra,0x0
80401932:	1ac080e7          	jalr	428(ra) # 80401ada <threads_schedule>
80401936:	80405537          	lui	a0,0x80405
8040193a:	6b850513          	add	a0,a0,1720 # 804056b8 <msg.0+0x70>
8040193e:	fffff097          	auipc	ra,0xfffff
80401942:	f38080e7          	jalr	-200(ra) # 80400876 <uni_panic>
80401946:	00000097          	auipc	ra,0x0
8040194a:	a36080e7          	jalr	-1482(ra) # 8040137c <_exit>

8040194e <thread_start>:
8040194e:	1141                	add	sp,sp,-16
80401950:	c606                	sw	ra,12(sp)
80401952:	00000097          	auipc	ra,0x0
80401956:	164080e7          	jalr	356(ra) # 80401ab6 <threads_finish_switch>
8040195a:	804067b7          	lui	a5,0x80406
8040195e:	1307a783          	lw	a5,304(a5) # 80406130 <threads_current>
80401962:	57b8                	lw	a4,104(a5)
80401964:	57e8                	lw	a0,108(a5)
80401966:	9702                	jalr	a4
80401968:	00000097          	auipc	ra,0x0
8040196c:	f8a080e7          	jalr	-118(ra) # 804018f2 <uni_thread_exit>

80401970 <uni_thread_join>:
80401970:	c169                	beqz	a0,80401a32 <uni_thread_join+0xc2>
80401972:	804067b7          	lui	a5,0x80406
80401976:	1307a783          	lw	a5,304(a5) # 80406130 <threads_current>
8040197a:	1101                	add	sp,sp,-32
8040197c:	ca26                	sw	s1,20(sp)
8040197e:	c256                	sw	s5,4(sp)
80401980:	ce06                	sw	ra,28(sp)
80401982:	cc22                	sw	s0,24(sp)
80401984:	c84a                	sw	s2,16(sp)
80401986:	c64e                	sw	s3,12(sp)
80401988:	c452                	sw	s4,8(sp)
8040198a:	84aa                	mv	s1,a0
8040198c:	8aae                	mv	s5,a1
8040198e:	c781                	beqz	a5,80401996 <uni_thread_join+0x26>
80401990:	5fdc                	lw	a5,60(a5)
80401992:	0af50263          	beq	a0,a5,80401a36 <uni_thread_join+0xc6>
80401996:	80419937          	lui	s2,0x80419
8040199a:	804199b7          	lui	s3,0x80419
8040199e:	66490913          	add	s2,s2,1636 # 80419664 <threads_table+0x3c>
804019a2:	04000413          	li	s0,64
804019a6:	4a19                	li	s4,6
804019a8:	62898993          	add	s3,s3,1576 # 80419628 <threads_table>
804019ac:	87ca                	mv	a5,s2
804019ae:	4701                	li	a4,0
804019b0:	a031                	j	804019bc <uni_thread_join+0x4c>
804019b2:	0705                	add	a4,a4,1
804019b4:	07078793          	add	a5,a5,112
804019b8:	02870a63          	beq	a4,s0,804019ec <uni_thread_join+0x7c>
804019bc:	0047c683          	lbu	a3,4(a5)
804019c0:	daed                	beqz	a3,804019b2 <uni_thread_join+0x42>
804019c2:	4390                	lw	a2,0(a5)
804019c4:	fec497e3          	bne	s1,a2,804019b2 <uni_thread_join+0x42>
804019c8:	00371613          	sll	a2,a4,0x3
804019cc:	40e607b3          	sub	a5,a2,a4
804019d0:	0792                	sll	a5,a5,0x4
804019d2:	03468763          	beq	a3,s4,80401a00 <uni_thread_join+0x90>
804019d6:	05878793          	add	a5,a5,88
804019da:	55fd                	li	a1,-1
804019dc:	567d                	li	a2,-1
804019de:	00f98533          	add	a0,s3,a5
804019e2:	00000097          	auipc	ra,0x0
804019e6:	3a4080e7          	jalr	932(ra) # 80401d86 <uni_event_wait_until>
804019ea:	b7c9                	j	804019ac <uni_thread_join+0x3c>
804019ec:	5579                	li	a0,-2
804019ee:	40f2                	lw	ra,28(sp)
804019f0:	4462                	lw	s0,24(sp)
804019f2:	44d2                	lw	s1,20(sp)
804019f4:	4942                	lw	s2,16(sp)
804019f6:	49b2                	lw	s3,12(sp)
804019f8:	4a22                	lw	s4,8(sp)
804019fa:	4a92                	lw	s5,4(sp)
804019fc:	6105                	add	sp,sp,32
804019fe:	8082                	ret
80401a00:	020a8463          	beqz	s5,80401a28 <uni_thread_join+0xb8>
80401a04:	804196b7          	lui	a3,0x80419
80401a08:	62868693          	add	a3,a3,1576 # 80419628 <threads_table>
80401a0c:	97b6                	add	a5,a5,a3
80401a0e:	43fc                	lw	a5,68(a5)
80401a10:	00faa023          	sw	a5,0(s5)
80401a14:	40e607b3          	sub	a5,a2,a4
80401a18:	0792                	sll	a5,a5,0x4
80401a1a:	97b6                	add	a5,a5,a3
80401a1c:	577d                	li	a4,-1
80401a1e:	04078023          	sb	zero,64(a5)
80401a22:	dfd8                	sw	a4,60(a5)
80401a24:	4501                	li	a0,0
80401a26:	b7e1                	j	804019ee <uni_thread_join+0x7e>
80401a28:	804197b7          	lui	a5,0x80419
80401a2c:	62878693          	add	a3,a5,1576 # 80419628 <threads_table>
80401a30:	b7d5                	j	80401a14 <uni_thread_join+0xa4>
80401a32:	5529                	li	a0,-22
80401a34:	8082                	ret
80401a36:	5529                	li	a0,-22
80401a38:	bf5d                	j	804019ee <uni_thread_join+0x7e>

80401a3a <earliest>:
80401a3a:	80419737          	lui	a4,0x80419
80401a3e:	6689                	lui	a3,0x2
80401a40:	62870713          	add	a4,a4,1576 # 80419628 <threads_table>
80401a44:	c0068693          	add	a3,a3,-1024 # 1c00 <errno+0x1c00>
80401a48:	96ba                	add	a3,a3,a4
80401a4a:	4501                	li	a0,0
80401a4c:	4609                	li	a2,2
80401a4e:	587d                	li	a6,-1
80401a50:	04074783          	lbu	a5,64(a4)
80401a54:	17f5                	add	a5,a5,-3
80401a56:	0ff7f793          	zext.b	a5,a5
80401a5a:	02f66163          	bltu	a2,a5,80401a7c <earliest+0x42>
80401a5e:	473c                	lw	a5,72(a4)
80401a60:	476c                	lw	a1,76(a4)
80401a62:	03078263          	beq	a5,a6,80401a86 <earliest+0x4c>
80401a66:	c911                	beqz	a0,80401a7a <earliest+0x40>
80401a68:	04c52883          	lw	a7,76(a0)
80401a6c:	0115e763          	bltu	a1,a7,80401a7a <earliest+0x40>
80401a70:	00b89663          	bne	a7,a1,80401a7c <earliest+0x42>
80401a74:	452c                	lw	a1,72(a0)
80401a76:	00b7f363          	bgeu	a5,a1,80401a7c <earliest+0x42>
80401a7a:	853a                	mv	a0,a4
80401a7c:	07070713          	add	a4,a4,112
80401a80:	fce698e3          	bne	a3,a4,80401a50 <earliest+0x16>
80401a84:	8082                	ret
80401a86:	ff0590e3          	bne	a1,a6,80401a66 <earliest+0x2c>
80401a8a:	07070713          	add	a4,a4,112
80401a8e:	fce691e3          	bne	a3,a4,80401a50 <earliest+0x16>
80401a92:	bfcd                	j	80401a84 <earliest+0x4a>

80401a94 <threads_ready>:
80401a94:	804067b7          	lui	a5,0x80406
80401a98:	13c78793          	add	a5,a5,316 # 8040613c <runq>
80401a9c:	43d8                	lw	a4,4(a5)
80401a9e:	4685                	li	a3,1
80401aa0:	04d50023          	sb	a3,64(a0)
80401aa4:	04052823          	sw	zero,80(a0)
80401aa8:	c701                	beqz	a4,80401ab0 <threads_ready+0x1c>
80401aaa:	cb28                	sw	a0,80(a4)
80401aac:	c3c8                	sw	a0,4(a5)
80401aae:	8082                	ret
80401ab0:	c388                	sw	a0,0(a5)
80401ab2:	c3c8                	sw	a0,4(a5)
80401ab4:	8082                	ret

80401ab6 <threads_finish_switch>:
80401ab6:	1141                	add	sp,sp,-16
80401ab8:	c422                	sw	s0,8(sp)
80401aba:	80406437          	lui	s0,0x80406
80401abe:	13842503          	lw	a0,312(s0) # 80406138 <reap>
80401ac2:	c606                	sw	ra,12(sp)
80401ac4:	c519                	beqz	a0,80401ad2 <threads_finish_switch+0x1c>
80401ac6:	00000097          	auipc	ra,0x0
80401aca:	b00080e7          	jalr	-1280(ra) # 804015c6 <threads_free_stack>
80401ace:	12042c23          	sw	zero,312(s0)
80401ad2:	40b2                	lw	ra,12(sp)
80401ad4:	4422                	lw	s0,8(sp)
80401ad6:	0141                	add	sp,sp,16
80401ad8:	8082                	ret

80401ada <threads_schedule>:
80401ada:	7179                	add	sp,sp,-48
80401adc:	cc52                	sw	s4,24(sp)
80401ade:	80406a37          	lui	s4,0x80406
80401ae2:	0e0a2783          	lw	a5,224(s4) # 804060e0 <pv_shared_info>
80401ae6:	d422                	sw	s0,40(sp)
80401ae8:	d04a                	sw	s2,32(sp)
80401aea:	ce4e                	sw	s3,28(sp)
80401aec:	ca56                	sw	s5,20(sp)
80401aee:	c65e                	sw	s7,12(sp)
80401af0:	c266                	sw	s9,4(sp)
80401af2:	d606                	sw	ra,44(sp)
80401af4:	d226                	sw	s1,36(sp)
80401af6:	c85a                	sw	s6,16(sp)
80401af8:	c462                	sw	s8,8(sp)
80401afa:	0007c783          	lbu	a5,0(a5)
80401afe:	80406cb7          	lui	s9,0x80406
80401b02:	6909                	lui	s2,0x2
80401b04:	804069b7          	lui	s3,0x80406
80401b08:	13cc8c93          	add	s9,s9,316 # 8040613c <runq>
80401b0c:	80419ab7          	lui	s5,0x80419
80401b10:	c0090913          	add	s2,s2,-1024 # 1c00 <errno+0x1c00>
80401b14:	4b85                	li	s7,1
80401b16:	4415                	li	s0,5
80401b18:	1a079b63          	bnez	a5,80401cce <threads_schedule+0x1f4>
80401b1c:	fffff097          	auipc	ra,0xfffff
80401b20:	f32080e7          	jalr	-206(ra) # 80400a4e <uni_upcall_count>
80401b24:	1349a783          	lw	a5,308(s3) # 80406134 <upcalls_seen>
80401b28:	04f50963          	beq	a0,a5,80401b7a <threads_schedule+0xa0>
80401b2c:	628a8793          	add	a5,s5,1576 # 80419628 <threads_table>
80401b30:	12a9aa23          	sw	a0,308(s3)
80401b34:	004ca583          	lw	a1,4(s9)
80401b38:	01278633          	add	a2,a5,s2
80401b3c:	4801                	li	a6,0
80401b3e:	4501                	li	a0,0
80401b40:	4691                	li	a3,4
80401b42:	a029                	j	80401b4c <threads_schedule+0x72>
80401b44:	07078793          	add	a5,a5,112
80401b48:	02c78263          	beq	a5,a2,80401b6c <threads_schedule+0x92>
80401b4c:	0407c703          	lbu	a4,64(a5)
80401b50:	fed71ae3          	bne	a4,a3,80401b44 <threads_schedule+0x6a>
80401b54:	05778023          	sb	s7,64(a5)
80401b58:	0407a823          	sw	zero,80(a5)
80401b5c:	cde5                	beqz	a1,80401c54 <threads_schedule+0x17a>
80401b5e:	c9bc                	sw	a5,80(a1)
80401b60:	85be                	mv	a1,a5
80401b62:	07078793          	add	a5,a5,112
80401b66:	4505                	li	a0,1
80401b68:	fec792e3          	bne	a5,a2,80401b4c <threads_schedule+0x72>
80401b6c:	00080463          	beqz	a6,80401b74 <threads_schedule+0x9a>
80401b70:	009ca023          	sw	s1,0(s9)
80401b74:	c119                	beqz	a0,80401b7a <threads_schedule+0xa0>
80401b76:	00bca223          	sw	a1,4(s9)
80401b7a:	c8102b73          	rdtimeh	s6
80401b7e:	c0102c73          	rdtime	s8
80401b82:	c81027f3          	rdtimeh	a5
80401b86:	fefb1ae3          	bne	s6,a5,80401b7a <threads_schedule+0xa0>
80401b8a:	00000097          	auipc	ra,0x0
80401b8e:	eb0080e7          	jalr	-336(ra) # 80401a3a <earliest>
80401b92:	c90d                	beqz	a0,80401bc4 <threads_schedule+0xea>
80401b94:	457c                	lw	a5,76(a0)
80401b96:	10fb6563          	bltu	s6,a5,80401ca0 <threads_schedule+0x1c6>
80401b9a:	11678063          	beq	a5,s6,80401c9a <threads_schedule+0x1c0>
80401b9e:	04054783          	lbu	a5,64(a0)
80401ba2:	0c878163          	beq	a5,s0,80401c64 <threads_schedule+0x18a>
80401ba6:	004ca783          	lw	a5,4(s9)
80401baa:	05750023          	sb	s7,64(a0)
80401bae:	04052823          	sw	zero,80(a0)
80401bb2:	c7c5                	beqz	a5,80401c5a <threads_schedule+0x180>
80401bb4:	cba8                	sw	a0,80(a5)
80401bb6:	00aca223          	sw	a0,4(s9)
80401bba:	00000097          	auipc	ra,0x0
80401bbe:	e80080e7          	jalr	-384(ra) # 80401a3a <earliest>
80401bc2:	f969                	bnez	a0,80401b94 <threads_schedule+0xba>
80401bc4:	000cab03          	lw	s6,0(s9)
80401bc8:	140b0763          	beqz	s6,80401d16 <threads_schedule+0x23c>
80401bcc:	050b2783          	lw	a5,80(s6)
80401bd0:	00fca023          	sw	a5,0(s9)
80401bd4:	12078e63          	beqz	a5,80401d10 <threads_schedule+0x236>
80401bd8:	804064b7          	lui	s1,0x80406
80401bdc:	1304a403          	lw	s0,304(s1) # 80406130 <threads_current>
80401be0:	040b2823          	sw	zero,80(s6)
80401be4:	8522                	mv	a0,s0
80401be6:	00000097          	auipc	ra,0x0
80401bea:	a4a080e7          	jalr	-1462(ra) # 80401630 <threads_check_stack>
80401bee:	4789                	li	a5,2
80401bf0:	04fb0023          	sb	a5,64(s6)
80401bf4:	05640363          	beq	s0,s6,80401c3a <threads_schedule+0x160>
80401bf8:	04044703          	lbu	a4,64(s0)
80401bfc:	4799                	li	a5,6
80401bfe:	80406937          	lui	s2,0x80406
80401c02:	00f71463          	bne	a4,a5,80401c0a <threads_schedule+0x130>
80401c06:	12892c23          	sw	s0,312(s2) # 80406138 <reap>
80401c0a:	8041b7b7          	lui	a5,0x8041b
80401c0e:	22878793          	add	a5,a5,552 # 8041b228 <threads_counters>
80401c12:	4398                	lw	a4,0(a5)
80401c14:	8522                	mv	a0,s0
80401c16:	85da                	mv	a1,s6
80401c18:	0705                	add	a4,a4,1
80401c1a:	1364a823          	sw	s6,304(s1)
80401c1e:	c398                	sw	a4,0(a5)
80401c20:	00000097          	auipc	ra,0x0
80401c24:	254080e7          	jalr	596(ra) # 80401e74 <threads_switch>
80401c28:	13892503          	lw	a0,312(s2)
80401c2c:	c519                	beqz	a0,80401c3a <threads_schedule+0x160>
80401c2e:	00000097          	auipc	ra,0x0
80401c32:	998080e7          	jalr	-1640(ra) # 804015c6 <threads_free_stack>
80401c36:	12092c23          	sw	zero,312(s2)
80401c3a:	50b2                	lw	ra,44(sp)
80401c3c:	5422                	lw	s0,40(sp)
80401c3e:	5492                	lw	s1,36(sp)
80401c40:	5902                	lw	s2,32(sp)
80401c42:	49f2                	lw	s3,28(sp)
80401c44:	4a62                	lw	s4,24(sp)
80401c46:	4ad2                	lw	s5,20(sp)
80401c48:	4b42                	lw	s6,16(sp)
80401c4a:	4bb2                	lw	s7,12(sp)
80401c4c:	4c22                	lw	s8,8(sp)
80401c4e:	4c92                	lw	s9,4(sp)
80401c50:	6145                	add	sp,sp,48
80401c52:	8082                	ret
80401c54:	84be                	mv	s1,a5
80401c56:	4805                	li	a6,1
80401c58:	b721                	j	80401b60 <threads_schedule+0x86>
80401c5a:	00aca023          	sw	a0,0(s9)
80401c5e:	00aca223          	sw	a0,4(s9)
80401c62:	bfa1                	j	80401bba <threads_schedule+0xe0>
80401c64:	4974                	lw	a3,84(a0)
80401c66:	429c                	lw	a5,0(a3)
80401c68:	cb89                	beqz	a5,80401c7a <threads_schedule+0x1a0>
80401c6a:	00f51563          	bne	a0,a5,80401c74 <threads_schedule+0x19a>
80401c6e:	a869                	j	80401d08 <threads_schedule+0x22e>
80401c70:	00f50a63          	beq	a0,a5,80401c84 <threads_schedule+0x1aa>
80401c74:	873e                	mv	a4,a5
80401c76:	4bbc                	lw	a5,80(a5)
80401c78:	ffe5                	bnez	a5,80401c70 <threads_schedule+0x196>
80401c7a:	04052a23          	sw	zero,84(a0)
80401c7e:	040500a3          	sb	zero,65(a0)
80401c82:	b715                	j	80401ba6 <threads_schedule+0xcc>
80401c84:	493c                	lw	a5,80(a0)
80401c86:	cb3c                	sw	a5,80(a4)
80401c88:	42dc                	lw	a5,4(a3)
80401c8a:	fef518e3          	bne	a0,a5,80401c7a <threads_schedule+0x1a0>
80401c8e:	c2d8                	sw	a4,4(a3)
80401c90:	04052a23          	sw	zero,84(a0)
80401c94:	040500a3          	sb	zero,65(a0)
80401c98:	b739                	j	80401ba6 <threads_schedule+0xcc>
80401c9a:	453c                	lw	a5,72(a0)
80401c9c:	f0fc71e3          	bgeu	s8,a5,80401b9e <threads_schedule+0xc4>
80401ca0:	000cab03          	lw	s6,0(s9)
80401ca4:	f20b14e3          	bnez	s6,80401bcc <threads_schedule+0xf2>
80401ca8:	8041b7b7          	lui	a5,0x8041b
80401cac:	22878793          	add	a5,a5,552 # 8041b228 <threads_counters>
80401cb0:	47d8                	lw	a4,12(a5)
80401cb2:	456c                	lw	a1,76(a0)
80401cb4:	4528                	lw	a0,72(a0)
80401cb6:	0705                	add	a4,a4,1
80401cb8:	c7d8                	sw	a4,12(a5)
80401cba:	fffff097          	auipc	ra,0xfffff
80401cbe:	f68080e7          	jalr	-152(ra) # 80400c22 <uni_block_until>
80401cc2:	0e0a2783          	lw	a5,224(s4)
80401cc6:	0007c783          	lbu	a5,0(a5)
80401cca:	e40789e3          	beqz	a5,80401b1c <threads_schedule+0x42>
80401cce:	8041b7b7          	lui	a5,0x8041b
80401cd2:	22878793          	add	a5,a5,552 # 8041b228 <threads_counters>
80401cd6:	4b98                	lw	a4,16(a5)
80401cd8:	0705                	add	a4,a4,1
80401cda:	cb98                	sw	a4,16(a5)
80401cdc:	0e0a2783          	lw	a5,224(s4)
80401ce0:	000780a3          	sb	zero,1(a5)
80401ce4:	0330000f          	fence	rw,rw
80401ce8:	0e0a2783          	lw	a5,224(s4)
80401cec:	0007c703          	lbu	a4,0(a5)
80401cf0:	cb01                	beqz	a4,80401d00 <threads_schedule+0x226>
80401cf2:	4501                	li	a0,0
80401cf4:	4581                	li	a1,0
80401cf6:	48c5                	li	a7,17
80401cf8:	00000073          	ecall
80401cfc:	0e0a2783          	lw	a5,224(s4)
80401d00:	4705                	li	a4,1
80401d02:	00e780a3          	sb	a4,1(a5)
80401d06:	bd19                	j	80401b1c <threads_schedule+0x42>
80401d08:	493c                	lw	a5,80(a0)
80401d0a:	4701                	li	a4,0
80401d0c:	c29c                	sw	a5,0(a3)
80401d0e:	bfad                	j	80401c88 <threads_schedule+0x1ae>
80401d10:	000ca223          	sw	zero,4(s9)
80401d14:	b5d1                	j	80401bd8 <threads_schedule+0xfe>
80401d16:	8041b7b7          	lui	a5,0x8041b
80401d1a:	22878793          	add	a5,a5,552 # 8041b228 <threads_counters>
80401d1e:	47d8                	lw	a4,12(a5)
80401d20:	557d                	li	a0,-1
80401d22:	55fd                	li	a1,-1
80401d24:	0705                	add	a4,a4,1
80401d26:	c7d8                	sw	a4,12(a5)
80401d28:	bf49                	j	80401cba <threads_schedule+0x1e0>

80401d2a <threads_wait_until>:
80401d2a:	57fd                	li	a5,-1
80401d2c:	02f50d63          	beq	a0,a5,80401d66 <threads_wait_until+0x3c>
80401d30:	c81027f3          	rdtimeh	a5
80401d34:	c01026f3          	rdtime	a3
80401d38:	c8102773          	rdtimeh	a4
80401d3c:	fee79ae3          	bne	a5,a4,80401d30 <threads_wait_until+0x6>
80401d40:	02b7f063          	bgeu	a5,a1,80401d60 <threads_wait_until+0x36>
80401d44:	804067b7          	lui	a5,0x80406
80401d48:	1307a783          	lw	a5,304(a5) # 80406130 <threads_current>
80401d4c:	c39d                	beqz	a5,80401d72 <threads_wait_until+0x48>
80401d4e:	4711                	li	a4,4
80401d50:	04e78023          	sb	a4,64(a5)
80401d54:	c7a8                	sw	a0,72(a5)
80401d56:	c7ec                	sw	a1,76(a5)
80401d58:	00000317          	auipc	t1,0x0
80401d5c:	d8230067          	jr	-638(t1) # 80401ada <threads_schedule>
80401d60:	00f58663          	beq	a1,a5,80401d6c <threads_wait_until+0x42>
80401d64:	8082                	ret
80401d66:	fca595e3          	bne	a1,a0,80401d30 <threads_wait_until+0x6>
80401d6a:	bfe9                	j	80401d44 <threads_wait_until+0x1a>
80401d6c:	fca6ece3          	bltu	a3,a0,80401d44 <threads_wait_until+0x1a>
80401d70:	8082                	ret
80401d72:	80405537          	lui	a0,0x80405
80401d76:	1141                	add	sp,sp,-16
80401d78:	6e450513          	add	a0,a0,1764 # 804056e4 <msg.0+0x9c>
80401d7c:	c606                	sw	ra,12(sp)
80401d7e:	fffff097          	auipc	ra,0xfffff
80401d82:	af8080e7          	jalr	-1288(ra) # 80400876 <uni_panic>

80401d86 <uni_event_wait_until>:
80401d86:	1141                	add	sp,sp,-16
80401d88:	804067b7          	lui	a5,0x80406
80401d8c:	c422                	sw	s0,8(sp)
80401d8e:	1307a403          	lw	s0,304(a5) # 80406130 <threads_current>
80401d92:	c606                	sw	ra,12(sp)
80401d94:	c83d                	beqz	s0,80401e0a <uni_event_wait_until+0x84>
80401d96:	57fd                	li	a5,-1
80401d98:	04f58b63          	beq	a1,a5,80401dee <uni_event_wait_until+0x68>
80401d9c:	c81027f3          	rdtimeh	a5
80401da0:	c01026f3          	rdtime	a3
80401da4:	c8102773          	rdtimeh	a4
80401da8:	fee79ae3          	bne	a5,a4,80401d9c <uni_event_wait_until+0x16>
80401dac:	02c7f863          	bgeu	a5,a2,80401ddc <uni_event_wait_until+0x56>
80401db0:	4795                	li	a5,5
80401db2:	04f41023          	sh	a5,64(s0)
80401db6:	415c                	lw	a5,4(a0)
80401db8:	c42c                	sw	a1,72(s0)
80401dba:	c470                	sw	a2,76(s0)
80401dbc:	c868                	sw	a0,84(s0)
80401dbe:	04042823          	sw	zero,80(s0)
80401dc2:	c3b1                	beqz	a5,80401e06 <uni_event_wait_until+0x80>
80401dc4:	cba0                	sw	s0,80(a5)
80401dc6:	c140                	sw	s0,4(a0)
80401dc8:	00000097          	auipc	ra,0x0
80401dcc:	d12080e7          	jalr	-750(ra) # 80401ada <threads_schedule>
80401dd0:	04144503          	lbu	a0,65(s0)
80401dd4:	40b2                	lw	ra,12(sp)
80401dd6:	4422                	lw	s0,8(sp)
80401dd8:	0141                	add	sp,sp,16
80401dda:	8082                	ret
80401ddc:	00f61463          	bne	a2,a5,80401de4 <uni_event_wait_until+0x5e>
80401de0:	fcb6e8e3          	bltu	a3,a1,80401db0 <uni_event_wait_until+0x2a>
80401de4:	40b2                	lw	ra,12(sp)
80401de6:	4422                	lw	s0,8(sp)
80401de8:	4501                	li	a0,0
80401dea:	0141                	add	sp,sp,16
80401dec:	8082                	ret
80401dee:	fab617e3          	bne	a2,a1,80401d9c <uni_event_wait_until+0x16>
80401df2:	4795                	li	a5,5
80401df4:	04f41023          	sh	a5,64(s0)
80401df8:	415c                	lw	a5,4(a0)
80401dfa:	c42c                	sw	a1,72(s0)
80401dfc:	c470                	sw	a2,76(s0)
80401dfe:	c868                	sw	a0,84(s0)
80401e00:	04042823          	sw	zero,80(s0)
80401e04:	f3e1                	bnez	a5,80401dc4 <uni_event_wait_until+0x3e>
80401e06:	c100                	sw	s0,0(a0)
80401e08:	bf7d                	j	80401dc6 <uni_event_wait_until+0x40>
80401e0a:	80405537          	lui	a0,0x80405
80401e0e:	6e450513          	add	a0,a0,1764 # 804056e4 <msg.0+0x9c>
80401e12:	fffff097          	auipc	ra,0xfffff
80401e16:	a64080e7          	jalr	-1436(ra) # 80400876 <uni_panic>

80401e1a <uni_event_broadcast>:
80401e1a:	411c                	lw	a5,0(a0)
80401e1c:	862a                	mv	a2,a0
80401e1e:	cba1                	beqz	a5,80401e6e <uni_event_broadcast+0x54>
80401e20:	80406837          	lui	a6,0x80406
80401e24:	13c80813          	add	a6,a6,316 # 8040613c <runq>
80401e28:	00482683          	lw	a3,4(a6)
80401e2c:	4881                	li	a7,0
80401e2e:	4501                	li	a0,0
80401e30:	10100593          	li	a1,257
80401e34:	a011                	j	80401e38 <uni_event_broadcast+0x1e>
80401e36:	87ba                	mv	a5,a4
80401e38:	4bb8                	lw	a4,80(a5)
80401e3a:	c218                	sw	a4,0(a2)
80401e3c:	c715                	beqz	a4,80401e68 <uni_event_broadcast+0x4e>
80401e3e:	0407a823          	sw	zero,80(a5)
80401e42:	0407aa23          	sw	zero,84(a5)
80401e46:	04b79023          	sh	a1,64(a5)
80401e4a:	ce81                	beqz	a3,80401e62 <uni_event_broadcast+0x48>
80401e4c:	cabc                	sw	a5,80(a3)
80401e4e:	86be                	mv	a3,a5
80401e50:	0505                	add	a0,a0,1
80401e52:	f375                	bnez	a4,80401e36 <uni_event_broadcast+0x1c>
80401e54:	00f82223          	sw	a5,4(a6)
80401e58:	00088463          	beqz	a7,80401e60 <uni_event_broadcast+0x46>
80401e5c:	00682023          	sw	t1,0(a6)
80401e60:	8082                	ret
80401e62:	833e                	mv	t1,a5
80401e64:	4885                	li	a7,1
80401e66:	b7e5                	j	80401e4e <uni_event_broadcast+0x34>
80401e68:	00062223          	sw	zero,4(a2)
80401e6c:	bfc9                	j	80401e3e <uni_event_broadcast+0x24>
80401e6e:	4501                	li	a0,0
80401e70:	8082                	ret
	...

80401e74 <threads_switch>:
80401e74:	00152023          	sw	ra,0(a0)
80401e78:	00252223          	sw	sp,4(a0)
80401e7c:	00452423          	sw	tp,8(a0)
80401e80:	c540                	sw	s0,12(a0)
80401e82:	c904                	sw	s1,16(a0)
80401e84:	01252a23          	sw	s2,20(a0)
80401e88:	01352c23          	sw	s3,24(a0)
80401e8c:	01452e23          	sw	s4,28(a0)
80401e90:	03552023          	sw	s5,32(a0)
80401e94:	03652223          	sw	s6,36(a0)
80401e98:	03752423          	sw	s7,40(a0)
80401e9c:	03852623          	sw	s8,44(a0)
80401ea0:	03952823          	sw	s9,48(a0)
80401ea4:	03a52a23          	sw	s10,52(a0)
80401ea8:	03b52c23          	sw	s11,56(a0)
80401eac:	0005a083          	lw	ra,0(a1) # 80000000 <errno+0x80000000>
80401eb0:	0045a103          	lw	sp,4(a1)
80401eb4:	0085a203          	lw	tp,8(a1)
80401eb8:	45c0                	lw	s0,12(a1)
80401eba:	4984                	lw	s1,16(a1)
80401ebc:	0145a903          	lw	s2,20(a1)
80401ec0:	0185a983          	lw	s3,24(a1)
80401ec4:	01c5aa03          	lw	s4,28(a1)
80401ec8:	0205aa83          	lw	s5,32(a1)
80401ecc:	0245ab03          	lw	s6,36(a1)
80401ed0:	0285ab83          	lw	s7,40(a1)
80401ed4:	02c5ac03          	lw	s8,44(a1)
80401ed8:	0305ac83          	lw	s9,48(a1)
80401edc:	0345ad03          	lw	s10,52(a1)
80401ee0:	0385ad83          	lw	s11,56(a1)
80401ee4:	8082                	ret
80401ee6:	0001                	nop

80401ee8 <current>:
80401ee8:	1141                	add	sp,sp,-16
80401eea:	c606                	sw	ra,12(sp)
80401eec:	00000097          	auipc	ra,0x0
80401ef0:	9f6080e7          	jalr	-1546(ra) # 804018e2 <uni_thread_self>
80401ef4:	8041b7b7          	lui	a5,0x8041b
80401ef8:	24078593          	add	a1,a5,576 # 8041b240 <procs>
80401efc:	4701                	li	a4,0
80401efe:	24078793          	add	a5,a5,576
80401f02:	03000613          	li	a2,48
80401f06:	4394                	lw	a3,0(a5)
80401f08:	c691                	beqz	a3,80401f14 <current+0x2c>
80401f0a:	47d4                	lw	a3,12(a5)
80401f0c:	e681                	bnez	a3,80401f14 <current+0x2c>
80401f0e:	4794                	lw	a3,8(a5)
80401f10:	00a68a63          	beq	a3,a0,80401f24 <current+0x3c>
80401f14:	0705                	add	a4,a4,1
80401f16:	07e1                	add	a5,a5,24
80401f18:	fec717e3          	bne	a4,a2,80401f06 <current+0x1e>
80401f1c:	40b2                	lw	ra,12(sp)
80401f1e:	4501                	li	a0,0
80401f20:	0141                	add	sp,sp,16
80401f22:	8082                	ret
80401f24:	40b2                	lw	ra,12(sp)
80401f26:	00171793          	sll	a5,a4,0x1
80401f2a:	97ba                	add	a5,a5,a4
80401f2c:	078e                	sll	a5,a5,0x3
80401f2e:	00f58533          	add	a0,a1,a5
80401f32:	0141                	add	sp,sp,16
80401f34:	8082                	ret

80401f36 <proc_getpid>:
80401f36:	1141                	add	sp,sp,-16
80401f38:	c606                	sw	ra,12(sp)
80401f3a:	00000097          	auipc	ra,0x0
80401f3e:	fae080e7          	jalr	-82(ra) # 80401ee8 <current>
80401f42:	87aa                	mv	a5,a0
80401f44:	4505                	li	a0,1
80401f46:	c391                	beqz	a5,80401f4a <proc_getpid+0x14>
80401f48:	4388                	lw	a0,0(a5)
80401f4a:	40b2                	lw	ra,12(sp)
80401f4c:	0141                	add	sp,sp,16
80401f4e:	8082                	ret

80401f50 <end_child>:
80401f50:	1141                	add	sp,sp,-16
80401f52:	8041b7b7          	lui	a5,0x8041b
80401f56:	8041b6b7          	lui	a3,0x8041b
80401f5a:	c422                	sw	s0,8(sp)
80401f5c:	c606                	sw	ra,12(sp)
80401f5e:	842a                	mv	s0,a0
80401f60:	24478793          	add	a5,a5,580 # 8041b244 <procs+0x4>
80401f64:	6c468693          	add	a3,a3,1732 # 8041b6c4 <__bss_end+0x4>
80401f68:	4505                	li	a0,1
80401f6a:	ffc7a703          	lw	a4,-4(a5)
80401f6e:	c711                	beqz	a4,80401f7a <end_child+0x2a>
80401f70:	4390                	lw	a2,0(a5)
80401f72:	4018                	lw	a4,0(s0)
80401f74:	00e61363          	bne	a2,a4,80401f7a <end_child+0x2a>
80401f78:	c388                	sw	a0,0(a5)
80401f7a:	07e1                	add	a5,a5,24
80401f7c:	fef697e3          	bne	a3,a5,80401f6a <end_child+0x1a>
80401f80:	0ff5f593          	zext.b	a1,a1
80401f84:	4785                	li	a5,1
80401f86:	80406537          	lui	a0,0x80406
80401f8a:	c80c                	sw	a1,16(s0)
80401f8c:	c45c                	sw	a5,12(s0)
80401f8e:	14450513          	add	a0,a0,324 # 80406144 <child_ended>
80401f92:	00000097          	auipc	ra,0x0
80401f96:	e88080e7          	jalr	-376(ra) # 80401e1a <uni_event_broadcast>
80401f9a:	4808                	lw	a0,16(s0)
80401f9c:	00000097          	auipc	ra,0x0
80401fa0:	956080e7          	jalr	-1706(ra) # 804018f2 <uni_thread_exit>

80401fa4 <proc_exit>:
80401fa4:	1141                	add	sp,sp,-16
80401fa6:	c422                	sw	s0,8(sp)
80401fa8:	c606                	sw	ra,12(sp)
80401faa:	842a                	mv	s0,a0
80401fac:	00000097          	auipc	ra,0x0
80401fb0:	f3c080e7          	jalr	-196(ra) # 80401ee8 <current>
80401fb4:	e509                	bnez	a0,80401fbe <proc_exit+0x1a>
80401fb6:	40b2                	lw	ra,12(sp)
80401fb8:	4422                	lw	s0,8(sp)
80401fba:	0141                	add	sp,sp,16
80401fbc:	8082                	ret
80401fbe:	85a2                	mv	a1,s0
80401fc0:	00000097          	auipc	ra,0x0
80401fc4:	f90080e7          	jalr	-112(ra) # 80401f50 <end_child>

80401fc8 <proc_wait>:
80401fc8:	7179                	add	sp,sp,-48
80401fca:	d04a                	sw	s2,32(sp)
80401fcc:	ce4e                	sw	s3,28(sp)
80401fce:	ca56                	sw	s5,20(sp)
80401fd0:	d606                	sw	ra,44(sp)
80401fd2:	d422                	sw	s0,40(sp)
80401fd4:	d226                	sw	s1,36(sp)
80401fd6:	cc52                	sw	s4,24(sp)
80401fd8:	c85a                	sw	s6,16(sp)
80401fda:	c65e                	sw	s7,12(sp)
80401fdc:	89aa                	mv	s3,a0
80401fde:	8aae                	mv	s5,a1
80401fe0:	00000097          	auipc	ra,0x0
80401fe4:	f08080e7          	jalr	-248(ra) # 80401ee8 <current>
80401fe8:	4905                	li	s2,1
80401fea:	c119                	beqz	a0,80401ff0 <proc_wait+0x28>
80401fec:	00052903          	lw	s2,0(a0)
80401ff0:	8041bbb7          	lui	s7,0x8041b
80401ff4:	240b8b93          	add	s7,s7,576 # 8041b240 <procs>
80401ff8:	5a7d                	li	s4,-1
80401ffa:	03000493          	li	s1,48
80401ffe:	80406b37          	lui	s6,0x80406
80402002:	87de                	mv	a5,s7
80402004:	4701                	li	a4,0
80402006:	4601                	li	a2,0
80402008:	4380                	lw	s0,0(a5)
8040200a:	c819                	beqz	s0,80402020 <proc_wait+0x58>
8040200c:	43d4                	lw	a3,4(a5)
8040200e:	01269963          	bne	a3,s2,80402020 <proc_wait+0x58>
80402012:	01498463          	beq	s3,s4,8040201a <proc_wait+0x52>
80402016:	01341563          	bne	s0,s3,80402020 <proc_wait+0x58>
8040201a:	47d4                	lw	a3,12(a5)
8040201c:	4605                	li	a2,1
8040201e:	ee99                	bnez	a3,8040203c <proc_wait+0x74>
80402020:	0705                	add	a4,a4,1
80402022:	07e1                	add	a5,a5,24
80402024:	fe9712e3          	bne	a4,s1,80402008 <proc_wait+0x40>
80402028:	c23d                	beqz	a2,8040208e <proc_wait+0xc6>
8040202a:	55fd                	li	a1,-1
8040202c:	567d                	li	a2,-1
8040202e:	144b0513          	add	a0,s6,324 # 80406144 <child_ended>
80402032:	00000097          	auipc	ra,0x0
80402036:	d54080e7          	jalr	-684(ra) # 80401d86 <uni_event_wait_until>
8040203a:	b7e1                	j	80402002 <proc_wait+0x3a>
8040203c:	00171793          	sll	a5,a4,0x1
80402040:	000a8963          	beqz	s5,80402052 <proc_wait+0x8a>
80402044:	00e786b3          	add	a3,a5,a4
80402048:	068e                	sll	a3,a3,0x3
8040204a:	96de                	add	a3,a3,s7
8040204c:	4a94                	lw	a3,16(a3)
8040204e:	00daa023          	sw	a3,0(s5)
80402052:	97ba                	add	a5,a5,a4
80402054:	078e                	sll	a5,a5,0x3
80402056:	9bbe                	add	s7,s7,a5
80402058:	008ba503          	lw	a0,8(s7)
8040205c:	4581                	li	a1,0
8040205e:	00000097          	auipc	ra,0x0
80402062:	912080e7          	jalr	-1774(ra) # 80401970 <uni_thread_join>
80402066:	014ba503          	lw	a0,20(s7)
8040206a:	00001097          	auipc	ra,0x1
8040206e:	a04080e7          	jalr	-1532(ra) # 80402a6e <__malloc_free>
80402072:	000ba023          	sw	zero,0(s7)
80402076:	50b2                	lw	ra,44(sp)
80402078:	8522                	mv	a0,s0
8040207a:	5422                	lw	s0,40(sp)
8040207c:	5492                	lw	s1,36(sp)
8040207e:	5902                	lw	s2,32(sp)
80402080:	49f2                	lw	s3,28(sp)
80402082:	4a62                	lw	s4,24(sp)
80402084:	4ad2                	lw	s5,20(sp)
80402086:	4b42                	lw	s6,16(sp)
80402088:	4bb2                	lw	s7,12(sp)
8040208a:	6145                	add	sp,sp,48
8040208c:	8082                	ret
8040208e:	5459                	li	s0,-10
80402090:	b7dd                	j	80402076 <proc_wait+0xae>

80402092 <child_thread>:
80402092:	494c                	lw	a1,20(a0)
80402094:	1141                	add	sp,sp,-16
80402096:	c422                	sw	s0,8(sp)
80402098:	419c                	lw	a5,0(a1)
8040209a:	c606                	sw	ra,12(sp)
8040209c:	c226                	sw	s1,4(sp)
8040209e:	842a                	mv	s0,a0
804020a0:	c79d                	beqz	a5,804020ce <child_thread+0x3c>
804020a2:	00458793          	add	a5,a1,4
804020a6:	4501                	li	a0,0
804020a8:	4398                	lw	a4,0(a5)
804020aa:	0505                	add	a0,a0,1
804020ac:	0791                	add	a5,a5,4
804020ae:	ff6d                	bnez	a4,804020a8 <child_thread+0x16>
804020b0:	ffffe097          	auipc	ra,0xffffe
804020b4:	ff0080e7          	jalr	-16(ra) # 804000a0 <main>
804020b8:	84aa                	mv	s1,a0
804020ba:	fffff097          	auipc	ra,0xfffff
804020be:	4c6080e7          	jalr	1222(ra) # 80401580 <ulib_flush_stdout>
804020c2:	85a6                	mv	a1,s1
804020c4:	8522                	mv	a0,s0
804020c6:	00000097          	auipc	ra,0x0
804020ca:	e8a080e7          	jalr	-374(ra) # 80401f50 <end_child>
804020ce:	4501                	li	a0,0
804020d0:	b7c5                	j	804020b0 <child_thread+0x1e>

804020d2 <proc_spawn>:
804020d2:	7139                	add	sp,sp,-64
804020d4:	de06                	sw	ra,60(sp)
804020d6:	dc22                	sw	s0,56(sp)
804020d8:	da26                	sw	s1,52(sp)
804020da:	d84a                	sw	s2,48(sp)
804020dc:	d64e                	sw	s3,44(sp)
804020de:	d452                	sw	s4,40(sp)
804020e0:	d256                	sw	s5,36(sp)
804020e2:	d05a                	sw	s6,32(sp)
804020e4:	ce5e                	sw	s7,28(sp)
804020e6:	cc62                	sw	s8,24(sp)
804020e8:	18050963          	beqz	a0,8040227a <proc_spawn+0x1a8>
804020ec:	84ae                	mv	s1,a1
804020ee:	02f00593          	li	a1,47
804020f2:	842a                	mv	s0,a0
804020f4:	00001097          	auipc	ra,0x1
804020f8:	bca080e7          	jalr	-1078(ra) # 80402cbe <strrchr>
804020fc:	89a2                	mv	s3,s0
804020fe:	c119                	beqz	a0,80402104 <proc_spawn+0x32>
80402100:	00150993          	add	s3,a0,1
80402104:	fffff097          	auipc	ra,0xfffff
80402108:	2ee080e7          	jalr	750(ra) # 804013f2 <uni_posix_argv0>
8040210c:	02f00593          	li	a1,47
80402110:	892a                	mv	s2,a0
80402112:	00001097          	auipc	ra,0x1
80402116:	bac080e7          	jalr	-1108(ra) # 80402cbe <strrchr>
8040211a:	c119                	beqz	a0,80402120 <proc_spawn+0x4e>
8040211c:	00150913          	add	s2,a0,1
80402120:	85ca                	mv	a1,s2
80402122:	854e                	mv	a0,s3
80402124:	00001097          	auipc	ra,0x1
80402128:	920080e7          	jalr	-1760(ra) # 80402a44 <strcmp>
8040212c:	8a2a                	mv	s4,a0
8040212e:	14051663          	bnez	a0,8040227a <proc_spawn+0x1a8>
80402132:	8041b7b7          	lui	a5,0x8041b
80402136:	24078a93          	add	s5,a5,576 # 8041b240 <procs>
8040213a:	03000693          	li	a3,48
8040213e:	24078793          	add	a5,a5,576
80402142:	4398                	lw	a4,0(a5)
80402144:	07e1                	add	a5,a5,24
80402146:	e305                	bnez	a4,80402166 <proc_spawn+0x94>
80402148:	c422                	sw	s0,8(sp)
8040214a:	c602                	sw	zero,12(sp)
8040214c:	c095                	beqz	s1,80402170 <proc_spawn+0x9e>
8040214e:	4080                	lw	s0,0(s1)
80402150:	e00d                	bnez	s0,80402172 <proc_spawn+0xa0>
80402152:	4511                	li	a0,4
80402154:	00001097          	auipc	ra,0x1
80402158:	a76080e7          	jalr	-1418(ra) # 80402bca <__malloc_malloc>
8040215c:	8baa                	mv	s7,a0
8040215e:	12050063          	beqz	a0,8040227e <proc_spawn+0x1ac>
80402162:	892a                	mv	s2,a0
80402164:	a059                	j	804021ea <proc_spawn+0x118>
80402166:	0a05                	add	s4,s4,1
80402168:	fcda1de3          	bne	s4,a3,80402142 <proc_spawn+0x70>
8040216c:	54d5                	li	s1,-11
8040216e:	a8f9                	j	8040224c <proc_spawn+0x17a>
80402170:	0024                	add	s1,sp,8
80402172:	00448993          	add	s3,s1,4
80402176:	4b01                	li	s6,0
80402178:	4901                	li	s2,0
8040217a:	02000b93          	li	s7,32
8040217e:	a021                	j	80402186 <proc_spawn+0xb4>
80402180:	0991                	add	s3,s3,4
80402182:	0f790263          	beq	s2,s7,80402266 <proc_spawn+0x194>
80402186:	8522                	mv	a0,s0
80402188:	00001097          	auipc	ra,0x1
8040218c:	8d4080e7          	jalr	-1836(ra) # 80402a5c <strlen>
80402190:	0009a403          	lw	s0,0(s3)
80402194:	0505                	add	a0,a0,1
80402196:	0905                	add	s2,s2,1
80402198:	9b2a                	add	s6,s6,a0
8040219a:	f07d                	bnez	s0,80402180 <proc_spawn+0xae>
8040219c:	090a                	sll	s2,s2,0x2
8040219e:	00490993          	add	s3,s2,4
804021a2:	013b0533          	add	a0,s6,s3
804021a6:	00001097          	auipc	ra,0x1
804021aa:	a24080e7          	jalr	-1500(ra) # 80402bca <__malloc_malloc>
804021ae:	8baa                	mv	s7,a0
804021b0:	c579                	beqz	a0,8040227e <proc_spawn+0x1ac>
804021b2:	8426                	mv	s0,s1
804021b4:	99aa                	add	s3,s3,a0
804021b6:	8b2a                	mv	s6,a0
804021b8:	01248c33          	add	s8,s1,s2
804021bc:	4008                	lw	a0,0(s0)
804021be:	0411                	add	s0,s0,4
804021c0:	0b11                	add	s6,s6,4
804021c2:	00001097          	auipc	ra,0x1
804021c6:	89a080e7          	jalr	-1894(ra) # 80402a5c <strlen>
804021ca:	ffc42583          	lw	a1,-4(s0)
804021ce:	00150493          	add	s1,a0,1
804021d2:	8626                	mv	a2,s1
804021d4:	854e                	mv	a0,s3
804021d6:	00001097          	auipc	ra,0x1
804021da:	848080e7          	jalr	-1976(ra) # 80402a1e <memcpy>
804021de:	feab2e23          	sw	a0,-4(s6)
804021e2:	99a6                	add	s3,s3,s1
804021e4:	fc8c1ce3          	bne	s8,s0,804021bc <proc_spawn+0xea>
804021e8:	995e                	add	s2,s2,s7
804021ea:	804069b7          	lui	s3,0x80406
804021ee:	09c9a483          	lw	s1,156(s3) # 8040609c <last_pid>
804021f2:	00092023          	sw	zero,0(s2)
804021f6:	00000097          	auipc	ra,0x0
804021fa:	cf2080e7          	jalr	-782(ra) # 80401ee8 <current>
804021fe:	0485                	add	s1,s1,1
80402200:	4785                	li	a5,1
80402202:	c111                	beqz	a0,80402206 <proc_spawn+0x134>
80402204:	411c                	lw	a5,0(a0)
80402206:	001a1413          	sll	s0,s4,0x1
8040220a:	9452                	add	s0,s0,s4
8040220c:	040e                	sll	s0,s0,0x3
8040220e:	9456                	add	s0,s0,s5
80402210:	80402537          	lui	a0,0x80402
80402214:	6611                	lui	a2,0x4
80402216:	85a2                	mv	a1,s0
80402218:	09250513          	add	a0,a0,146 # 80402092 <child_thread>
8040221c:	c004                	sw	s1,0(s0)
8040221e:	00042423          	sw	zero,8(s0)
80402222:	00042623          	sw	zero,12(s0)
80402226:	00042823          	sw	zero,16(s0)
8040222a:	c05c                	sw	a5,4(s0)
8040222c:	01742a23          	sw	s7,20(s0)
80402230:	fffff097          	auipc	ra,0xfffff
80402234:	432080e7          	jalr	1074(ra) # 80401662 <uni_thread_create>
80402238:	84aa                	mv	s1,a0
8040223a:	02054863          	bltz	a0,8040226a <proc_spawn+0x198>
8040223e:	09c9a783          	lw	a5,156(s3)
80402242:	4004                	lw	s1,0(s0)
80402244:	c408                	sw	a0,8(s0)
80402246:	0785                	add	a5,a5,1
80402248:	08f9ae23          	sw	a5,156(s3)
8040224c:	50f2                	lw	ra,60(sp)
8040224e:	5462                	lw	s0,56(sp)
80402250:	5942                	lw	s2,48(sp)
80402252:	59b2                	lw	s3,44(sp)
80402254:	5a22                	lw	s4,40(sp)
80402256:	5a92                	lw	s5,36(sp)
80402258:	5b02                	lw	s6,32(sp)
8040225a:	4bf2                	lw	s7,28(sp)
8040225c:	4c62                	lw	s8,24(sp)
8040225e:	8526                	mv	a0,s1
80402260:	54d2                	lw	s1,52(sp)
80402262:	6121                	add	sp,sp,64
80402264:	8082                	ret
80402266:	54a9                	li	s1,-22
80402268:	b7d5                	j	8040224c <proc_spawn+0x17a>
8040226a:	855e                	mv	a0,s7
8040226c:	00001097          	auipc	ra,0x1
80402270:	802080e7          	jalr	-2046(ra) # 80402a6e <__malloc_free>
80402274:	00042023          	sw	zero,0(s0)
80402278:	bfd1                	j	8040224c <proc_spawn+0x17a>
8040227a:	54f9                	li	s1,-2
8040227c:	bfc1                	j	8040224c <proc_spawn+0x17a>
8040227e:	54d1                	li	s1,-12
80402280:	b7f1                	j	8040224c <proc_spawn+0x17a>

80402282 <__lshrdi3>:
80402282:	ca19                	beqz	a2,80402298 <__lshrdi3+0x16>
80402284:	02000793          	li	a5,32
80402288:	8f91                	sub	a5,a5,a2
8040228a:	00f04863          	bgtz	a5,8040229a <__lshrdi3+0x18>
8040228e:	1601                	add	a2,a2,-32 # 3fe0 <errno+0x3fe0>
80402290:	00c5d533          	srl	a0,a1,a2
80402294:	4701                	li	a4,0
80402296:	85ba                	mv	a1,a4
80402298:	8082                	ret
8040229a:	00c5d733          	srl	a4,a1,a2
8040229e:	00c55533          	srl	a0,a0,a2
804022a2:	00f595b3          	sll	a1,a1,a5
804022a6:	8d4d                	or	a0,a0,a1
804022a8:	b7fd                	j	80402296 <__lshrdi3+0x14>

804022aa <__ashldi3>:
804022aa:	ca19                	beqz	a2,804022c0 <__ashldi3+0x16>
804022ac:	02000793          	li	a5,32
804022b0:	8f91                	sub	a5,a5,a2
804022b2:	00f04863          	bgtz	a5,804022c2 <__ashldi3+0x18>
804022b6:	1601                	add	a2,a2,-32
804022b8:	00c515b3          	sll	a1,a0,a2
804022bc:	4701                	li	a4,0
804022be:	853a                	mv	a0,a4
804022c0:	8082                	ret
804022c2:	00c51733          	sll	a4,a0,a2
804022c6:	00c595b3          	sll	a1,a1,a2
804022ca:	00f55533          	srl	a0,a0,a5
804022ce:	8dc9                	or	a1,a1,a0
804022d0:	b7fd                	j	804022be <__ashldi3+0x14>

804022d2 <__ashrdi3>:
804022d2:	ce01                	beqz	a2,804022ea <__ashrdi3+0x18>
804022d4:	02000793          	li	a5,32
804022d8:	8f91                	sub	a5,a5,a2
804022da:	00f04963          	bgtz	a5,804022ec <__ashrdi3+0x1a>
804022de:	1601                	add	a2,a2,-32
804022e0:	41f5d713          	sra	a4,a1,0x1f
804022e4:	40c5d533          	sra	a0,a1,a2
804022e8:	85ba                	mv	a1,a4
804022ea:	8082                	ret
804022ec:	40c5d733          	sra	a4,a1,a2
804022f0:	00c55533          	srl	a0,a0,a2
804022f4:	00f595b3          	sll	a1,a1,a5
804022f8:	8d4d                	or	a0,a0,a1
804022fa:	b7fd                	j	804022e8 <__ashrdi3+0x16>

804022fc <__ctzsi2>:
804022fc:	40a007b3          	neg	a5,a0
80402300:	8d7d                	and	a0,a0,a5
80402302:	67c1                	lui	a5,0x10
80402304:	02f57363          	bgeu	a0,a5,8040232a <__ctzsi2+0x2e>
80402308:	10053793          	sltiu	a5,a0,256
8040230c:	0017c793          	xor	a5,a5,1
80402310:	078e                	sll	a5,a5,0x3
80402312:	00f55533          	srl	a0,a0,a5
80402316:	00003717          	auipc	a4,0x3
8040231a:	7d670713          	add	a4,a4,2006 # 80405aec <__clz_tab>
8040231e:	972a                	add	a4,a4,a0
80402320:	00074503          	lbu	a0,0(a4)
80402324:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402326:	953e                	add	a0,a0,a5
80402328:	8082                	ret
8040232a:	01000737          	lui	a4,0x1000
8040232e:	47c1                	li	a5,16
80402330:	fee561e3          	bltu	a0,a4,80402312 <__ctzsi2+0x16>
80402334:	47e1                	li	a5,24
80402336:	bff1                	j	80402312 <__ctzsi2+0x16>

80402338 <__udivdi3>:
80402338:	88aa                	mv	a7,a0
8040233a:	832e                	mv	t1,a1
8040233c:	8732                	mv	a4,a2
8040233e:	882a                	mv	a6,a0
80402340:	87ae                	mv	a5,a1
80402342:	20069663          	bnez	a3,8040254e <__udivdi3+0x216>
80402346:	00003597          	auipc	a1,0x3
8040234a:	7a658593          	add	a1,a1,1958 # 80405aec <__clz_tab>
8040234e:	0cc37163          	bgeu	t1,a2,80402410 <__udivdi3+0xd8>
80402352:	66c1                	lui	a3,0x10
80402354:	0ad67763          	bgeu	a2,a3,80402402 <__udivdi3+0xca>
80402358:	10063693          	sltiu	a3,a2,256
8040235c:	0016c693          	xor	a3,a3,1
80402360:	068e                	sll	a3,a3,0x3
80402362:	00d65533          	srl	a0,a2,a3
80402366:	95aa                	add	a1,a1,a0
80402368:	0005c583          	lbu	a1,0(a1)
8040236c:	02000513          	li	a0,32
80402370:	96ae                	add	a3,a3,a1
80402372:	40d505b3          	sub	a1,a0,a3
80402376:	00d50b63          	beq	a0,a3,8040238c <__udivdi3+0x54>
8040237a:	00b317b3          	sll	a5,t1,a1
8040237e:	00d8d6b3          	srl	a3,a7,a3
80402382:	00b61733          	sll	a4,a2,a1
80402386:	8fd5                	or	a5,a5,a3
80402388:	00b89833          	sll	a6,a7,a1
8040238c:	01075593          	srl	a1,a4,0x10
80402390:	02b7d333          	divu	t1,a5,a1
80402394:	01071613          	sll	a2,a4,0x10
80402398:	8241                	srl	a2,a2,0x10
8040239a:	02b7f7b3          	remu	a5,a5,a1
8040239e:	851a                	mv	a0,t1
804023a0:	026608b3          	mul	a7,a2,t1
804023a4:	01079693          	sll	a3,a5,0x10
804023a8:	01085793          	srl	a5,a6,0x10
804023ac:	8fd5                	or	a5,a5,a3
804023ae:	0117fc63          	bgeu	a5,a7,804023c6 <__udivdi3+0x8e>
804023b2:	97ba                	add	a5,a5,a4
804023b4:	fff30513          	add	a0,t1,-1
804023b8:	00e7e763          	bltu	a5,a4,804023c6 <__udivdi3+0x8e>
804023bc:	0117f563          	bgeu	a5,a7,804023c6 <__udivdi3+0x8e>
804023c0:	ffe30513          	add	a0,t1,-2
804023c4:	97ba                	add	a5,a5,a4
804023c6:	411787b3          	sub	a5,a5,a7
804023ca:	02b7d8b3          	divu	a7,a5,a1
804023ce:	0842                	sll	a6,a6,0x10
804023d0:	01085813          	srl	a6,a6,0x10
804023d4:	02b7f7b3          	remu	a5,a5,a1
804023d8:	031606b3          	mul	a3,a2,a7
804023dc:	07c2                	sll	a5,a5,0x10
804023de:	00f86833          	or	a6,a6,a5
804023e2:	87c6                	mv	a5,a7
804023e4:	00d87b63          	bgeu	a6,a3,804023fa <__udivdi3+0xc2>
804023e8:	983a                	add	a6,a6,a4
804023ea:	fff88793          	add	a5,a7,-1 # 803fffff <errno+0x803fffff>
804023ee:	00e86663          	bltu	a6,a4,804023fa <__udivdi3+0xc2>
804023f2:	00d87463          	bgeu	a6,a3,804023fa <__udivdi3+0xc2>
804023f6:	ffe88793          	add	a5,a7,-2
804023fa:	0542                	sll	a0,a0,0x10
804023fc:	8d5d                	or	a0,a0,a5
804023fe:	4581                	li	a1,0
80402400:	8082                	ret
80402402:	01000537          	lui	a0,0x1000
80402406:	46c1                	li	a3,16
80402408:	f4a66de3          	bltu	a2,a0,80402362 <__udivdi3+0x2a>
8040240c:	46e1                	li	a3,24
8040240e:	bf91                	j	80402362 <__udivdi3+0x2a>
80402410:	4681                	li	a3,0
80402412:	ca09                	beqz	a2,80402424 <__udivdi3+0xec>
80402414:	67c1                	lui	a5,0x10
80402416:	08f67f63          	bgeu	a2,a5,804024b4 <__udivdi3+0x17c>
8040241a:	10063693          	sltiu	a3,a2,256
8040241e:	0016c693          	xor	a3,a3,1
80402422:	068e                	sll	a3,a3,0x3
80402424:	00d657b3          	srl	a5,a2,a3
80402428:	95be                	add	a1,a1,a5
8040242a:	0005c783          	lbu	a5,0(a1)
8040242e:	97b6                	add	a5,a5,a3
80402430:	02000693          	li	a3,32
80402434:	40f685b3          	sub	a1,a3,a5
80402438:	08f69563          	bne	a3,a5,804024c2 <__udivdi3+0x18a>
8040243c:	40c307b3          	sub	a5,t1,a2
80402440:	4585                	li	a1,1
80402442:	01075893          	srl	a7,a4,0x10
80402446:	0317de33          	divu	t3,a5,a7
8040244a:	01071613          	sll	a2,a4,0x10
8040244e:	8241                	srl	a2,a2,0x10
80402450:	01085693          	srl	a3,a6,0x10
80402454:	0317f7b3          	remu	a5,a5,a7
80402458:	8572                	mv	a0,t3
8040245a:	03c60333          	mul	t1,a2,t3
8040245e:	07c2                	sll	a5,a5,0x10
80402460:	8fd5                	or	a5,a5,a3
80402462:	0067fc63          	bgeu	a5,t1,8040247a <__udivdi3+0x142>
80402466:	97ba                	add	a5,a5,a4
80402468:	fffe0513          	add	a0,t3,-1 # 80405fff <stdout+0x403>
8040246c:	00e7e763          	bltu	a5,a4,8040247a <__udivdi3+0x142>
80402470:	0067f563          	bgeu	a5,t1,8040247a <__udivdi3+0x142>
80402474:	ffee0513          	add	a0,t3,-2
80402478:	97ba                	add	a5,a5,a4
8040247a:	406787b3          	sub	a5,a5,t1
8040247e:	0317d333          	divu	t1,a5,a7
80402482:	0842                	sll	a6,a6,0x10
80402484:	01085813          	srl	a6,a6,0x10
80402488:	0317f7b3          	remu	a5,a5,a7
8040248c:	026606b3          	mul	a3,a2,t1
80402490:	07c2                	sll	a5,a5,0x10
80402492:	00f86833          	or	a6,a6,a5
80402496:	879a                	mv	a5,t1
80402498:	00d87b63          	bgeu	a6,a3,804024ae <__udivdi3+0x176>
8040249c:	983a                	add	a6,a6,a4
8040249e:	fff30793          	add	a5,t1,-1
804024a2:	00e86663          	bltu	a6,a4,804024ae <__udivdi3+0x176>
804024a6:	00d87463          	bgeu	a6,a3,804024ae <__udivdi3+0x176>
804024aa:	ffe30793          	add	a5,t1,-2
804024ae:	0542                	sll	a0,a0,0x10
804024b0:	8d5d                	or	a0,a0,a5
804024b2:	8082                	ret
804024b4:	010007b7          	lui	a5,0x1000
804024b8:	46c1                	li	a3,16
804024ba:	f6f665e3          	bltu	a2,a5,80402424 <__udivdi3+0xec>
804024be:	46e1                	li	a3,24
804024c0:	b795                	j	80402424 <__udivdi3+0xec>
804024c2:	00b61733          	sll	a4,a2,a1
804024c6:	00f356b3          	srl	a3,t1,a5
804024ca:	01075513          	srl	a0,a4,0x10
804024ce:	00b31333          	sll	t1,t1,a1
804024d2:	00f8d7b3          	srl	a5,a7,a5
804024d6:	0067e7b3          	or	a5,a5,t1
804024da:	02a6d333          	divu	t1,a3,a0
804024de:	01071613          	sll	a2,a4,0x10
804024e2:	8241                	srl	a2,a2,0x10
804024e4:	00b89833          	sll	a6,a7,a1
804024e8:	02a6f6b3          	remu	a3,a3,a0
804024ec:	026608b3          	mul	a7,a2,t1
804024f0:	01069593          	sll	a1,a3,0x10
804024f4:	0107d693          	srl	a3,a5,0x10
804024f8:	8ecd                	or	a3,a3,a1
804024fa:	859a                	mv	a1,t1
804024fc:	0116fc63          	bgeu	a3,a7,80402514 <__udivdi3+0x1dc>
80402500:	96ba                	add	a3,a3,a4
80402502:	fff30593          	add	a1,t1,-1
80402506:	00e6e763          	bltu	a3,a4,80402514 <__udivdi3+0x1dc>
8040250a:	0116f563          	bgeu	a3,a7,80402514 <__udivdi3+0x1dc>
8040250e:	ffe30593          	add	a1,t1,-2
80402512:	96ba                	add	a3,a3,a4
80402514:	411686b3          	sub	a3,a3,a7
80402518:	02a6d8b3          	divu	a7,a3,a0
8040251c:	07c2                	sll	a5,a5,0x10
8040251e:	83c1                	srl	a5,a5,0x10
80402520:	02a6f6b3          	remu	a3,a3,a0
80402524:	03160633          	mul	a2,a2,a7
80402528:	06c2                	sll	a3,a3,0x10
8040252a:	8fd5                	or	a5,a5,a3
8040252c:	86c6                	mv	a3,a7
8040252e:	00c7fc63          	bgeu	a5,a2,80402546 <__udivdi3+0x20e>
80402532:	97ba                	add	a5,a5,a4
80402534:	fff88693          	add	a3,a7,-1
80402538:	00e7e763          	bltu	a5,a4,80402546 <__udivdi3+0x20e>
8040253c:	00c7f563          	bgeu	a5,a2,80402546 <__udivdi3+0x20e>
80402540:	ffe88693          	add	a3,a7,-2
80402544:	97ba                	add	a5,a5,a4
80402546:	05c2                	sll	a1,a1,0x10
80402548:	8f91                	sub	a5,a5,a2
8040254a:	8dd5                	or	a1,a1,a3
8040254c:	bddd                	j	80402442 <__udivdi3+0x10a>
8040254e:	14d5e163          	bltu	a1,a3,80402690 <__udivdi3+0x358>
80402552:	67c1                	lui	a5,0x10
80402554:	02f6ff63          	bgeu	a3,a5,80402592 <__udivdi3+0x25a>
80402558:	1006b713          	sltiu	a4,a3,256
8040255c:	00174713          	xor	a4,a4,1
80402560:	070e                	sll	a4,a4,0x3
80402562:	00e6d5b3          	srl	a1,a3,a4
80402566:	00003797          	auipc	a5,0x3
8040256a:	58678793          	add	a5,a5,1414 # 80405aec <__clz_tab>
8040256e:	97ae                	add	a5,a5,a1
80402570:	0007c783          	lbu	a5,0(a5)
80402574:	97ba                	add	a5,a5,a4
80402576:	02000713          	li	a4,32
8040257a:	40f705b3          	sub	a1,a4,a5
8040257e:	02f71163          	bne	a4,a5,804025a0 <__udivdi3+0x268>
80402582:	4505                	li	a0,1
80402584:	e666eee3          	bltu	a3,t1,80402400 <__udivdi3+0xc8>
80402588:	00c8b533          	sltu	a0,a7,a2
8040258c:	00154513          	xor	a0,a0,1
80402590:	8082                	ret
80402592:	010007b7          	lui	a5,0x1000
80402596:	4741                	li	a4,16
80402598:	fcf6e5e3          	bltu	a3,a5,80402562 <__udivdi3+0x22a>
8040259c:	4761                	li	a4,24
8040259e:	b7d1                	j	80402562 <__udivdi3+0x22a>
804025a0:	00f65733          	srl	a4,a2,a5
804025a4:	00b696b3          	sll	a3,a3,a1
804025a8:	8ed9                	or	a3,a3,a4
804025aa:	00f35733          	srl	a4,t1,a5
804025ae:	00b31333          	sll	t1,t1,a1
804025b2:	00f8d7b3          	srl	a5,a7,a5
804025b6:	0067e7b3          	or	a5,a5,t1
804025ba:	0106d313          	srl	t1,a3,0x10
804025be:	02675eb3          	divu	t4,a4,t1
804025c2:	01069813          	sll	a6,a3,0x10
804025c6:	01085813          	srl	a6,a6,0x10
804025ca:	00b61633          	sll	a2,a2,a1
804025ce:	02677733          	remu	a4,a4,t1
804025d2:	03d80e33          	mul	t3,a6,t4
804025d6:	01071513          	sll	a0,a4,0x10
804025da:	0107d713          	srl	a4,a5,0x10
804025de:	8f49                	or	a4,a4,a0
804025e0:	8576                	mv	a0,t4
804025e2:	01c77c63          	bgeu	a4,t3,804025fa <__udivdi3+0x2c2>
804025e6:	9736                	add	a4,a4,a3
804025e8:	fffe8513          	add	a0,t4,-1
804025ec:	00d76763          	bltu	a4,a3,804025fa <__udivdi3+0x2c2>
804025f0:	01c77563          	bgeu	a4,t3,804025fa <__udivdi3+0x2c2>
804025f4:	ffee8513          	add	a0,t4,-2
804025f8:	9736                	add	a4,a4,a3
804025fa:	41c70733          	sub	a4,a4,t3
804025fe:	02675e33          	divu	t3,a4,t1
80402602:	07c2                	sll	a5,a5,0x10
80402604:	83c1                	srl	a5,a5,0x10
80402606:	02677733          	remu	a4,a4,t1
8040260a:	03c80833          	mul	a6,a6,t3
8040260e:	0742                	sll	a4,a4,0x10
80402610:	8fd9                	or	a5,a5,a4
80402612:	8772                	mv	a4,t3
80402614:	0107fc63          	bgeu	a5,a6,8040262c <__udivdi3+0x2f4>
80402618:	97b6                	add	a5,a5,a3
8040261a:	fffe0713          	add	a4,t3,-1
8040261e:	00d7e763          	bltu	a5,a3,8040262c <__udivdi3+0x2f4>
80402622:	0107f563          	bgeu	a5,a6,8040262c <__udivdi3+0x2f4>
80402626:	ffee0713          	add	a4,t3,-2
8040262a:	97b6                	add	a5,a5,a3
8040262c:	0542                	sll	a0,a0,0x10
8040262e:	6e41                	lui	t3,0x10
80402630:	8d59                	or	a0,a0,a4
80402632:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
80402636:	00d57733          	and	a4,a0,a3
8040263a:	410787b3          	sub	a5,a5,a6
8040263e:	8ef1                	and	a3,a3,a2
80402640:	01055813          	srl	a6,a0,0x10
80402644:	8241                	srl	a2,a2,0x10
80402646:	02d70333          	mul	t1,a4,a3
8040264a:	02d806b3          	mul	a3,a6,a3
8040264e:	02c70733          	mul	a4,a4,a2
80402652:	02c80833          	mul	a6,a6,a2
80402656:	00d70633          	add	a2,a4,a3
8040265a:	01035713          	srl	a4,t1,0x10
8040265e:	9732                	add	a4,a4,a2
80402660:	00d77363          	bgeu	a4,a3,80402666 <__udivdi3+0x32e>
80402664:	9872                	add	a6,a6,t3
80402666:	01075693          	srl	a3,a4,0x10
8040266a:	96c2                	add	a3,a3,a6
8040266c:	02d7e063          	bltu	a5,a3,8040268c <__udivdi3+0x354>
80402670:	d8d797e3          	bne	a5,a3,804023fe <__udivdi3+0xc6>
80402674:	67c1                	lui	a5,0x10
80402676:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402678:	8f7d                	and	a4,a4,a5
8040267a:	0742                	sll	a4,a4,0x10
8040267c:	00f37333          	and	t1,t1,a5
80402680:	00b898b3          	sll	a7,a7,a1
80402684:	971a                	add	a4,a4,t1
80402686:	4581                	li	a1,0
80402688:	d6e8fce3          	bgeu	a7,a4,80402400 <__udivdi3+0xc8>
8040268c:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
8040268e:	bb85                	j	804023fe <__udivdi3+0xc6>
80402690:	4581                	li	a1,0
80402692:	4501                	li	a0,0
80402694:	8082                	ret

80402696 <__umoddi3>:
80402696:	8832                	mv	a6,a2
80402698:	87aa                	mv	a5,a0
8040269a:	872e                	mv	a4,a1
8040269c:	1a069363          	bnez	a3,80402842 <__umoddi3+0x1ac>
804026a0:	00003897          	auipc	a7,0x3
804026a4:	44c88893          	add	a7,a7,1100 # 80405aec <__clz_tab>
804026a8:	0ac5f663          	bgeu	a1,a2,80402754 <__umoddi3+0xbe>
804026ac:	66c1                	lui	a3,0x10
804026ae:	08d67c63          	bgeu	a2,a3,80402746 <__umoddi3+0xb0>
804026b2:	10063693          	sltiu	a3,a2,256
804026b6:	0016c693          	xor	a3,a3,1
804026ba:	068e                	sll	a3,a3,0x3
804026bc:	00d65333          	srl	t1,a2,a3
804026c0:	989a                	add	a7,a7,t1
804026c2:	0008c883          	lbu	a7,0(a7)
804026c6:	02000313          	li	t1,32
804026ca:	96c6                	add	a3,a3,a7
804026cc:	40d308b3          	sub	a7,t1,a3
804026d0:	00d30b63          	beq	t1,a3,804026e6 <__umoddi3+0x50>
804026d4:	01159733          	sll	a4,a1,a7
804026d8:	00d556b3          	srl	a3,a0,a3
804026dc:	01161833          	sll	a6,a2,a7
804026e0:	8f55                	or	a4,a4,a3
804026e2:	011517b3          	sll	a5,a0,a7
804026e6:	01085613          	srl	a2,a6,0x10
804026ea:	02c756b3          	divu	a3,a4,a2
804026ee:	01081513          	sll	a0,a6,0x10
804026f2:	8141                	srl	a0,a0,0x10
804026f4:	02c77733          	remu	a4,a4,a2
804026f8:	02a686b3          	mul	a3,a3,a0
804026fc:	01071593          	sll	a1,a4,0x10
80402700:	0107d713          	srl	a4,a5,0x10
80402704:	8f4d                	or	a4,a4,a1
80402706:	00d77863          	bgeu	a4,a3,80402716 <__umoddi3+0x80>
8040270a:	9742                	add	a4,a4,a6
8040270c:	01076563          	bltu	a4,a6,80402716 <__umoddi3+0x80>
80402710:	00d77363          	bgeu	a4,a3,80402716 <__umoddi3+0x80>
80402714:	9742                	add	a4,a4,a6
80402716:	8f15                	sub	a4,a4,a3
80402718:	02c756b3          	divu	a3,a4,a2
8040271c:	02c77733          	remu	a4,a4,a2
80402720:	02a686b3          	mul	a3,a3,a0
80402724:	07c2                	sll	a5,a5,0x10
80402726:	0742                	sll	a4,a4,0x10
80402728:	83c1                	srl	a5,a5,0x10
8040272a:	8fd9                	or	a5,a5,a4
8040272c:	00d7f863          	bgeu	a5,a3,8040273c <__umoddi3+0xa6>
80402730:	97c2                	add	a5,a5,a6
80402732:	0107e563          	bltu	a5,a6,8040273c <__umoddi3+0xa6>
80402736:	00d7f363          	bgeu	a5,a3,8040273c <__umoddi3+0xa6>
8040273a:	97c2                	add	a5,a5,a6
8040273c:	8f95                	sub	a5,a5,a3
8040273e:	0117d533          	srl	a0,a5,a7
80402742:	4581                	li	a1,0
80402744:	8082                	ret
80402746:	01000337          	lui	t1,0x1000
8040274a:	46c1                	li	a3,16
8040274c:	f66668e3          	bltu	a2,t1,804026bc <__umoddi3+0x26>
80402750:	46e1                	li	a3,24
80402752:	b7ad                	j	804026bc <__umoddi3+0x26>
80402754:	4681                	li	a3,0
80402756:	ca09                	beqz	a2,80402768 <__umoddi3+0xd2>
80402758:	6741                	lui	a4,0x10
8040275a:	06e67463          	bgeu	a2,a4,804027c2 <__umoddi3+0x12c>
8040275e:	10063693          	sltiu	a3,a2,256
80402762:	0016c693          	xor	a3,a3,1
80402766:	068e                	sll	a3,a3,0x3
80402768:	00d65733          	srl	a4,a2,a3
8040276c:	98ba                	add	a7,a7,a4
8040276e:	0008c703          	lbu	a4,0(a7)
80402772:	9736                	add	a4,a4,a3
80402774:	02000693          	li	a3,32
80402778:	40e688b3          	sub	a7,a3,a4
8040277c:	04e69a63          	bne	a3,a4,804027d0 <__umoddi3+0x13a>
80402780:	40c58733          	sub	a4,a1,a2
80402784:	01085593          	srl	a1,a6,0x10
80402788:	02b75633          	divu	a2,a4,a1
8040278c:	01081513          	sll	a0,a6,0x10
80402790:	8141                	srl	a0,a0,0x10
80402792:	0107d693          	srl	a3,a5,0x10
80402796:	02b77733          	remu	a4,a4,a1
8040279a:	02a60633          	mul	a2,a2,a0
8040279e:	0742                	sll	a4,a4,0x10
804027a0:	8f55                	or	a4,a4,a3
804027a2:	00c77863          	bgeu	a4,a2,804027b2 <__umoddi3+0x11c>
804027a6:	9742                	add	a4,a4,a6
804027a8:	01076563          	bltu	a4,a6,804027b2 <__umoddi3+0x11c>
804027ac:	00c77363          	bgeu	a4,a2,804027b2 <__umoddi3+0x11c>
804027b0:	9742                	add	a4,a4,a6
804027b2:	8f11                	sub	a4,a4,a2
804027b4:	02b756b3          	divu	a3,a4,a1
804027b8:	02b77733          	remu	a4,a4,a1
804027bc:	02a686b3          	mul	a3,a3,a0
804027c0:	b795                	j	80402724 <__umoddi3+0x8e>
804027c2:	01000737          	lui	a4,0x1000
804027c6:	46c1                	li	a3,16
804027c8:	fae660e3          	bltu	a2,a4,80402768 <__umoddi3+0xd2>
804027cc:	46e1                	li	a3,24
804027ce:	bf69                	j	80402768 <__umoddi3+0xd2>
804027d0:	01161833          	sll	a6,a2,a7
804027d4:	00e5d6b3          	srl	a3,a1,a4
804027d8:	011517b3          	sll	a5,a0,a7
804027dc:	011595b3          	sll	a1,a1,a7
804027e0:	00e55733          	srl	a4,a0,a4
804027e4:	01085513          	srl	a0,a6,0x10
804027e8:	8f4d                	or	a4,a4,a1
804027ea:	02a6d5b3          	divu	a1,a3,a0
804027ee:	01081313          	sll	t1,a6,0x10
804027f2:	01035313          	srl	t1,t1,0x10
804027f6:	02a6f6b3          	remu	a3,a3,a0
804027fa:	026585b3          	mul	a1,a1,t1
804027fe:	01069613          	sll	a2,a3,0x10
80402802:	01075693          	srl	a3,a4,0x10
80402806:	8ed1                	or	a3,a3,a2
80402808:	00b6f863          	bgeu	a3,a1,80402818 <__umoddi3+0x182>
8040280c:	96c2                	add	a3,a3,a6
8040280e:	0106e563          	bltu	a3,a6,80402818 <__umoddi3+0x182>
80402812:	00b6f363          	bgeu	a3,a1,80402818 <__umoddi3+0x182>
80402816:	96c2                	add	a3,a3,a6
80402818:	8e8d                	sub	a3,a3,a1
8040281a:	02a6d633          	divu	a2,a3,a0
8040281e:	0742                	sll	a4,a4,0x10
80402820:	8341                	srl	a4,a4,0x10
80402822:	02a6f6b3          	remu	a3,a3,a0
80402826:	02660633          	mul	a2,a2,t1
8040282a:	06c2                	sll	a3,a3,0x10
8040282c:	8f55                	or	a4,a4,a3
8040282e:	00c77863          	bgeu	a4,a2,8040283e <__umoddi3+0x1a8>
80402832:	9742                	add	a4,a4,a6
80402834:	01076563          	bltu	a4,a6,8040283e <__umoddi3+0x1a8>
80402838:	00c77363          	bgeu	a4,a2,8040283e <__umoddi3+0x1a8>
8040283c:	9742                	add	a4,a4,a6
8040283e:	8f11                	sub	a4,a4,a2
80402840:	b791                	j	80402784 <__umoddi3+0xee>
80402842:	16d5ed63          	bltu	a1,a3,804029bc <__umoddi3+0x326>
80402846:	6841                	lui	a6,0x10
80402848:	0506f763          	bgeu	a3,a6,80402896 <__umoddi3+0x200>
8040284c:	1006b813          	sltiu	a6,a3,256
80402850:	00184813          	xor	a6,a6,1
80402854:	080e                	sll	a6,a6,0x3
80402856:	0106d333          	srl	t1,a3,a6
8040285a:	00003897          	auipc	a7,0x3
8040285e:	29288893          	add	a7,a7,658 # 80405aec <__clz_tab>
80402862:	989a                	add	a7,a7,t1
80402864:	0008c883          	lbu	a7,0(a7)
80402868:	02000313          	li	t1,32
8040286c:	98c2                	add	a7,a7,a6
8040286e:	41130833          	sub	a6,t1,a7
80402872:	03131963          	bne	t1,a7,804028a4 <__umoddi3+0x20e>
80402876:	00b6e463          	bltu	a3,a1,8040287e <__umoddi3+0x1e8>
8040287a:	00c56b63          	bltu	a0,a2,80402890 <__umoddi3+0x1fa>
8040287e:	40c50633          	sub	a2,a0,a2
80402882:	40d586b3          	sub	a3,a1,a3
80402886:	00c53733          	sltu	a4,a0,a2
8040288a:	87b2                	mv	a5,a2
8040288c:	40e68733          	sub	a4,a3,a4
80402890:	853e                	mv	a0,a5
80402892:	85ba                	mv	a1,a4
80402894:	8082                	ret
80402896:	010008b7          	lui	a7,0x1000
8040289a:	4841                	li	a6,16
8040289c:	fb16ede3          	bltu	a3,a7,80402856 <__umoddi3+0x1c0>
804028a0:	4861                	li	a6,24
804028a2:	bf55                	j	80402856 <__umoddi3+0x1c0>
804028a4:	011657b3          	srl	a5,a2,a7
804028a8:	010696b3          	sll	a3,a3,a6
804028ac:	8edd                	or	a3,a3,a5
804028ae:	0115d733          	srl	a4,a1,a7
804028b2:	0106de13          	srl	t3,a3,0x10
804028b6:	03c75f33          	divu	t5,a4,t3
804028ba:	01069313          	sll	t1,a3,0x10
804028be:	01035313          	srl	t1,t1,0x10
804028c2:	010597b3          	sll	a5,a1,a6
804028c6:	011555b3          	srl	a1,a0,a7
804028ca:	8ddd                	or	a1,a1,a5
804028cc:	0105d793          	srl	a5,a1,0x10
804028d0:	01061633          	sll	a2,a2,a6
804028d4:	01051533          	sll	a0,a0,a6
804028d8:	03c77733          	remu	a4,a4,t3
804028dc:	03e30eb3          	mul	t4,t1,t5
804028e0:	0742                	sll	a4,a4,0x10
804028e2:	8fd9                	or	a5,a5,a4
804028e4:	877a                	mv	a4,t5
804028e6:	01d7fc63          	bgeu	a5,t4,804028fe <__umoddi3+0x268>
804028ea:	97b6                	add	a5,a5,a3
804028ec:	ffff0713          	add	a4,t5,-1
804028f0:	00d7e763          	bltu	a5,a3,804028fe <__umoddi3+0x268>
804028f4:	01d7f563          	bgeu	a5,t4,804028fe <__umoddi3+0x268>
804028f8:	ffef0713          	add	a4,t5,-2
804028fc:	97b6                	add	a5,a5,a3
804028fe:	41d787b3          	sub	a5,a5,t4
80402902:	03c7deb3          	divu	t4,a5,t3
80402906:	05c2                	sll	a1,a1,0x10
80402908:	81c1                	srl	a1,a1,0x10
8040290a:	03c7f7b3          	remu	a5,a5,t3
8040290e:	8e76                	mv	t3,t4
80402910:	03d30333          	mul	t1,t1,t4
80402914:	07c2                	sll	a5,a5,0x10
80402916:	8ddd                	or	a1,a1,a5
80402918:	0065fc63          	bgeu	a1,t1,80402930 <__umoddi3+0x29a>
8040291c:	95b6                	add	a1,a1,a3
8040291e:	fffe8e13          	add	t3,t4,-1
80402922:	00d5e763          	bltu	a1,a3,80402930 <__umoddi3+0x29a>
80402926:	0065f563          	bgeu	a1,t1,80402930 <__umoddi3+0x29a>
8040292a:	ffee8e13          	add	t3,t4,-2
8040292e:	95b6                	add	a1,a1,a3
80402930:	01071793          	sll	a5,a4,0x10
80402934:	6f41                	lui	t5,0x10
80402936:	01c7e7b3          	or	a5,a5,t3
8040293a:	406585b3          	sub	a1,a1,t1
8040293e:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
80402942:	0067f733          	and	a4,a5,t1
80402946:	01065e13          	srl	t3,a2,0x10
8040294a:	83c1                	srl	a5,a5,0x10
8040294c:	00667333          	and	t1,a2,t1
80402950:	02670eb3          	mul	t4,a4,t1
80402954:	02678333          	mul	t1,a5,t1
80402958:	03c70733          	mul	a4,a4,t3
8040295c:	03c787b3          	mul	a5,a5,t3
80402960:	00670e33          	add	t3,a4,t1
80402964:	010ed713          	srl	a4,t4,0x10
80402968:	9772                	add	a4,a4,t3
8040296a:	00677363          	bgeu	a4,t1,80402970 <__umoddi3+0x2da>
8040296e:	97fa                	add	a5,a5,t5
80402970:	01075313          	srl	t1,a4,0x10
80402974:	979a                	add	a5,a5,t1
80402976:	6341                	lui	t1,0x10
80402978:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
8040297a:	00677733          	and	a4,a4,t1
8040297e:	0742                	sll	a4,a4,0x10
80402980:	006efeb3          	and	t4,t4,t1
80402984:	9776                	add	a4,a4,t4
80402986:	00f5e663          	bltu	a1,a5,80402992 <__umoddi3+0x2fc>
8040298a:	00f59b63          	bne	a1,a5,804029a0 <__umoddi3+0x30a>
8040298e:	00e57963          	bgeu	a0,a4,804029a0 <__umoddi3+0x30a>
80402992:	40c70633          	sub	a2,a4,a2
80402996:	00c73333          	sltu	t1,a4,a2
8040299a:	969a                	add	a3,a3,t1
8040299c:	8732                	mv	a4,a2
8040299e:	8f95                	sub	a5,a5,a3
804029a0:	40e50733          	sub	a4,a0,a4
804029a4:	00e53533          	sltu	a0,a0,a4
804029a8:	8d9d                	sub	a1,a1,a5
804029aa:	8d89                	sub	a1,a1,a0
804029ac:	011598b3          	sll	a7,a1,a7
804029b0:	01075733          	srl	a4,a4,a6
804029b4:	00e8e533          	or	a0,a7,a4
804029b8:	0105d5b3          	srl	a1,a1,a6
804029bc:	8082                	ret

804029be <__riscv_save_12>:
804029be:	7139                	add	sp,sp,-64
804029c0:	4301                	li	t1,0
804029c2:	c66e                	sw	s11,12(sp)
804029c4:	a019                	j	804029ca <__riscv_save_10+0x4>

804029c6 <__riscv_save_10>:
804029c6:	7139                	add	sp,sp,-64
804029c8:	5341                	li	t1,-16
804029ca:	c86a                	sw	s10,16(sp)
804029cc:	ca66                	sw	s9,20(sp)
804029ce:	cc62                	sw	s8,24(sp)
804029d0:	ce5e                	sw	s7,28(sp)
804029d2:	a019                	j	804029d8 <__riscv_save_4+0x4>

804029d4 <__riscv_save_4>:
804029d4:	7139                	add	sp,sp,-64
804029d6:	5301                	li	t1,-32
804029d8:	d05a                	sw	s6,32(sp)
804029da:	d256                	sw	s5,36(sp)
804029dc:	d452                	sw	s4,40(sp)
804029de:	d64e                	sw	s3,44(sp)
804029e0:	d84a                	sw	s2,48(sp)
804029e2:	da26                	sw	s1,52(sp)
804029e4:	dc22                	sw	s0,56(sp)
804029e6:	de06                	sw	ra,60(sp)
804029e8:	40610133          	sub	sp,sp,t1
804029ec:	8282                	jr	t0

804029ee <__riscv_save_0>:
804029ee:	1141                	add	sp,sp,-16
804029f0:	c04a                	sw	s2,0(sp)
804029f2:	c226                	sw	s1,4(sp)
804029f4:	c422                	sw	s0,8(sp)
804029f6:	c606                	sw	ra,12(sp)
804029f8:	8282                	jr	t0

804029fa <__riscv_restore_12>:
804029fa:	4db2                	lw	s11,12(sp)
804029fc:	0141                	add	sp,sp,16

804029fe <__riscv_restore_10>:
804029fe:	4d02                	lw	s10,0(sp)
80402a00:	4c92                	lw	s9,4(sp)
80402a02:	4c22                	lw	s8,8(sp)
80402a04:	4bb2                	lw	s7,12(sp)
80402a06:	0141                	add	sp,sp,16

80402a08 <__riscv_restore_4>:
80402a08:	4b02                	lw	s6,0(sp)
80402a0a:	4a92                	lw	s5,4(sp)
80402a0c:	4a22                	lw	s4,8(sp)
80402a0e:	49b2                	lw	s3,12(sp)
80402a10:	0141                	add	sp,sp,16

80402a12 <__riscv_restore_0>:
80402a12:	4902                	lw	s2,0(sp)
80402a14:	4492                	lw	s1,4(sp)
80402a16:	4422                	lw	s0,8(sp)
80402a18:	40b2                	lw	ra,12(sp)
80402a1a:	0141                	add	sp,sp,16
80402a1c:	8082                	ret

80402a1e <memcpy>:
80402a1e:	832a                	mv	t1,a0
80402a20:	ca09                	beqz	a2,80402a32 <memcpy+0x14>
80402a22:	00058383          	lb	t2,0(a1)
80402a26:	00730023          	sb	t2,0(t1)
80402a2a:	167d                	add	a2,a2,-1
80402a2c:	0305                	add	t1,t1,1
80402a2e:	0585                	add	a1,a1,1
80402a30:	fa6d                	bnez	a2,80402a22 <memcpy+0x4>
80402a32:	8082                	ret

80402a34 <memset>:
80402a34:	832a                	mv	t1,a0
80402a36:	c611                	beqz	a2,80402a42 <memset+0xe>
80402a38:	00b30023          	sb	a1,0(t1)
80402a3c:	167d                	add	a2,a2,-1
80402a3e:	0305                	add	t1,t1,1
80402a40:	fe65                	bnez	a2,80402a38 <memset+0x4>
80402a42:	8082                	ret

80402a44 <strcmp>:
80402a44:	00054603          	lbu	a2,0(a0)
80402a48:	0005c683          	lbu	a3,0(a1)
80402a4c:	0505                	add	a0,a0,1
80402a4e:	0585                	add	a1,a1,1
80402a50:	00d61363          	bne	a2,a3,80402a56 <strcmp+0x12>
80402a54:	fa65                	bnez	a2,80402a44 <strcmp>
80402a56:	40d60533          	sub	a0,a2,a3
80402a5a:	8082                	ret

80402a5c <strlen>:
80402a5c:	87aa                	mv	a5,a0
80402a5e:	0007c703          	lbu	a4,0(a5)
80402a62:	0785                	add	a5,a5,1
80402a64:	ff6d                	bnez	a4,80402a5e <strlen+0x2>
80402a66:	40a78533          	sub	a0,a5,a0
80402a6a:	157d                	add	a0,a0,-1
80402a6c:	8082                	ret

80402a6e <__malloc_free>:
80402a6e:	c959                	beqz	a0,80402b04 <__malloc_free+0x96>
80402a70:	00000317          	auipc	t1,0x0
80402a74:	f7e302e7          	jalr	t0,-130(t1) # 804029ee <__riscv_save_0>
80402a78:	80406937          	lui	s2,0x80406
80402a7c:	00052023          	sw	zero,0(a0)
80402a80:	84aa                	mv	s1,a0
80402a82:	ffc50413          	add	s0,a0,-4
80402a86:	15890513          	add	a0,s2,344 # 80406158 <__lock___libc_recursive_mutex>
80402a8a:	00000097          	auipc	ra,0x0
80402a8e:	224080e7          	jalr	548(ra) # 80402cae <__retarget_lock_acquire_recursive>
80402a92:	80406737          	lui	a4,0x80406
80402a96:	15472783          	lw	a5,340(a4) # 80406154 <__malloc_free_list>
80402a9a:	15470713          	add	a4,a4,340
80402a9e:	e781                	bnez	a5,80402aa6 <__malloc_free+0x38>
80402aa0:	c09c                	sw	a5,0(s1)
80402aa2:	c300                	sw	s0,0(a4)
80402aa4:	a831                	j	80402ac0 <__malloc_free+0x52>
80402aa6:	fef46de3          	bltu	s0,a5,80402aa0 <__malloc_free+0x32>
80402aaa:	4394                	lw	a3,0(a5)
80402aac:	00d78733          	add	a4,a5,a3
80402ab0:	02e41363          	bne	s0,a4,80402ad6 <__malloc_free+0x68>
80402ab4:	ffc4a703          	lw	a4,-4(s1)
80402ab8:	843e                	mv	s0,a5
80402aba:	9736                	add	a4,a4,a3
80402abc:	c398                	sw	a4,0(a5)
80402abe:	43dc                	lw	a5,4(a5)
80402ac0:	4014                	lw	a3,0(s0)
80402ac2:	00d40733          	add	a4,s0,a3
80402ac6:	02e79163          	bne	a5,a4,80402ae8 <__malloc_free+0x7a>
80402aca:	4398                	lw	a4,0(a5)
80402acc:	43dc                	lw	a5,4(a5)
80402ace:	9736                	add	a4,a4,a3
80402ad0:	c018                	sw	a4,0(s0)
80402ad2:	c05c                	sw	a5,4(s0)
80402ad4:	a811                	j	80402ae8 <__malloc_free+0x7a>
80402ad6:	02f41363          	bne	s0,a5,80402afc <__malloc_free+0x8e>
80402ada:	000007b7          	lui	a5,0x0
80402ade:	004787b3          	add	a5,a5,tp
80402ae2:	4731                	li	a4,12
80402ae4:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402ae8:	15890513          	add	a0,s2,344
80402aec:	00000097          	auipc	ra,0x0
80402af0:	1c4080e7          	jalr	452(ra) # 80402cb0 <__retarget_lock_release_recursive>
80402af4:	00000317          	auipc	t1,0x0
80402af8:	f1e30067          	jr	-226(t1) # 80402a12 <__riscv_restore_0>
80402afc:	00478713          	add	a4,a5,4
80402b00:	43dc                	lw	a5,4(a5)
80402b02:	bf71                	j	80402a9e <__malloc_free+0x30>
80402b04:	8082                	ret

80402b06 <__malloc_sbrk_aligned>:
80402b06:	00000317          	auipc	t1,0x0
80402b0a:	ece302e7          	jalr	t0,-306(t1) # 804029d4 <__riscv_save_4>
80402b0e:	00055863          	bgez	a0,80402b1e <__malloc_sbrk_aligned+0x18>
80402b12:	597d                	li	s2,-1
80402b14:	854a                	mv	a0,s2
80402b16:	00000317          	auipc	t1,0x0
80402b1a:	ef230067          	jr	-270(t1) # 80402a08 <__riscv_restore_4>
80402b1e:	842a                	mv	s0,a0
80402b20:	fffff097          	auipc	ra,0xfffff
80402b24:	836080e7          	jalr	-1994(ra) # 80401356 <sbrk>
80402b28:	57fd                	li	a5,-1
80402b2a:	fef504e3          	beq	a0,a5,80402b12 <__malloc_sbrk_aligned+0xc>
80402b2e:	00b50913          	add	s2,a0,11
80402b32:	942a                	add	s0,s0,a0
80402b34:	804069b7          	lui	s3,0x80406
80402b38:	ff897913          	and	s2,s2,-8
80402b3c:	1489a623          	sw	s0,332(s3) # 8040614c <__malloc_sbrk_top>
80402b40:	1971                	add	s2,s2,-4
80402b42:	01250e63          	beq	a0,s2,80402b5e <__malloc_sbrk_aligned+0x58>
80402b46:	40a904b3          	sub	s1,s2,a0
80402b4a:	8526                	mv	a0,s1
80402b4c:	fffff097          	auipc	ra,0xfffff
80402b50:	80a080e7          	jalr	-2038(ra) # 80401356 <sbrk>
80402b54:	faa41fe3          	bne	s0,a0,80402b12 <__malloc_sbrk_aligned+0xc>
80402b58:	9426                	add	s0,s0,s1
80402b5a:	1489a623          	sw	s0,332(s3)
80402b5e:	804067b7          	lui	a5,0x80406
80402b62:	1507a703          	lw	a4,336(a5) # 80406150 <__malloc_sbrk_start>
80402b66:	f75d                	bnez	a4,80402b14 <__malloc_sbrk_aligned+0xe>
80402b68:	1527a823          	sw	s2,336(a5)
80402b6c:	b765                	j	80402b14 <__malloc_sbrk_aligned+0xe>

80402b6e <__malloc_grow_chunk>:
80402b6e:	00000317          	auipc	t1,0x0
80402b72:	e80302e7          	jalr	t0,-384(t1) # 804029ee <__riscv_save_0>
80402b76:	411c                	lw	a5,0(a0)
80402b78:	80406737          	lui	a4,0x80406
80402b7c:	14c72703          	lw	a4,332(a4) # 8040614c <__malloc_sbrk_top>
80402b80:	00f50933          	add	s2,a0,a5
80402b84:	05271163          	bne	a4,s2,80402bc6 <__malloc_grow_chunk+0x58>
80402b88:	40f58433          	sub	s0,a1,a5
80402b8c:	47a1                	li	a5,8
80402b8e:	84aa                	mv	s1,a0
80402b90:	00f47363          	bgeu	s0,a5,80402b96 <__malloc_grow_chunk+0x28>
80402b94:	4421                	li	s0,8
80402b96:	8522                	mv	a0,s0
80402b98:	00000097          	auipc	ra,0x0
80402b9c:	f6e080e7          	jalr	-146(ra) # 80402b06 <__malloc_sbrk_aligned>
80402ba0:	01251a63          	bne	a0,s2,80402bb4 <__malloc_grow_chunk+0x46>
80402ba4:	409c                	lw	a5,0(s1)
80402ba6:	4505                	li	a0,1
80402ba8:	97a2                	add	a5,a5,s0
80402baa:	c09c                	sw	a5,0(s1)
80402bac:	00000317          	auipc	t1,0x0
80402bb0:	e6630067          	jr	-410(t1) # 80402a12 <__riscv_restore_0>
80402bb4:	57fd                	li	a5,-1
80402bb6:	00f50863          	beq	a0,a5,80402bc6 <__malloc_grow_chunk+0x58>
80402bba:	c100                	sw	s0,0(a0)
80402bbc:	0511                	add	a0,a0,4
80402bbe:	00000097          	auipc	ra,0x0
80402bc2:	eb0080e7          	jalr	-336(ra) # 80402a6e <__malloc_free>
80402bc6:	4501                	li	a0,0
80402bc8:	b7d5                	j	80402bac <__malloc_grow_chunk+0x3e>

80402bca <__malloc_malloc>:
80402bca:	00000317          	auipc	t1,0x0
80402bce:	e0a302e7          	jalr	t0,-502(t1) # 804029d4 <__riscv_save_4>
80402bd2:	57ad                	li	a5,-21
80402bd4:	00a7ff63          	bgeu	a5,a0,80402bf2 <__malloc_malloc+0x28>
80402bd8:	000007b7          	lui	a5,0x0
80402bdc:	004787b3          	add	a5,a5,tp
80402be0:	4731                	li	a4,12
80402be2:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402be6:	4401                	li	s0,0
80402be8:	8522                	mv	a0,s0
80402bea:	00000317          	auipc	t1,0x0
80402bee:	e1e30067          	jr	-482(t1) # 80402a08 <__riscv_restore_4>
80402bf2:	051d                	add	a0,a0,7
80402bf4:	80406a37          	lui	s4,0x80406
80402bf8:	ff857493          	and	s1,a0,-8
80402bfc:	804069b7          	lui	s3,0x80406
80402c00:	158a0513          	add	a0,s4,344 # 80406158 <__lock___libc_recursive_mutex>
80402c04:	00848913          	add	s2,s1,8
80402c08:	00000097          	auipc	ra,0x0
80402c0c:	0a6080e7          	jalr	166(ra) # 80402cae <__retarget_lock_acquire_recursive>
80402c10:	15498993          	add	s3,s3,340 # 80406154 <__malloc_free_list>
80402c14:	0009a403          	lw	s0,0(s3)
80402c18:	e805                	bnez	s0,80402c48 <__malloc_malloc+0x7e>
80402c1a:	854a                	mv	a0,s2
80402c1c:	00000097          	auipc	ra,0x0
80402c20:	eea080e7          	jalr	-278(ra) # 80402b06 <__malloc_sbrk_aligned>
80402c24:	57fd                	li	a5,-1
80402c26:	842a                	mv	s0,a0
80402c28:	02f51f63          	bne	a0,a5,80402c66 <__malloc_malloc+0x9c>
80402c2c:	000007b7          	lui	a5,0x0
80402c30:	004787b3          	add	a5,a5,tp
80402c34:	4731                	li	a4,12
80402c36:	158a0513          	add	a0,s4,344
80402c3a:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402c3e:	00000097          	auipc	ra,0x0
80402c42:	072080e7          	jalr	114(ra) # 80402cb0 <__retarget_lock_release_recursive>
80402c46:	b745                	j	80402be6 <__malloc_malloc+0x1c>
80402c48:	401c                	lw	a5,0(s0)
80402c4a:	4058                	lw	a4,4(s0)
80402c4c:	0527e263          	bltu	a5,s2,80402c90 <__malloc_malloc+0xc6>
80402c50:	412787b3          	sub	a5,a5,s2
80402c54:	469d                	li	a3,7
80402c56:	00f6fb63          	bgeu	a3,a5,80402c6c <__malloc_malloc+0xa2>
80402c5a:	012406b3          	add	a3,s0,s2
80402c5e:	c29c                	sw	a5,0(a3)
80402c60:	c2d8                	sw	a4,4(a3)
80402c62:	00d9a023          	sw	a3,0(s3)
80402c66:	01242023          	sw	s2,0(s0)
80402c6a:	a019                	j	80402c70 <__malloc_malloc+0xa6>
80402c6c:	00e9a023          	sw	a4,0(s3)
80402c70:	158a0513          	add	a0,s4,344
80402c74:	00000097          	auipc	ra,0x0
80402c78:	03c080e7          	jalr	60(ra) # 80402cb0 <__retarget_lock_release_recursive>
80402c7c:	0411                	add	s0,s0,4
80402c7e:	00448613          	add	a2,s1,4
80402c82:	4581                	li	a1,0
80402c84:	8522                	mv	a0,s0
80402c86:	00000097          	auipc	ra,0x0
80402c8a:	dae080e7          	jalr	-594(ra) # 80402a34 <memset>
80402c8e:	bfa9                	j	80402be8 <__malloc_malloc+0x1e>
80402c90:	ef01                	bnez	a4,80402ca8 <__malloc_malloc+0xde>
80402c92:	85ca                	mv	a1,s2
80402c94:	8522                	mv	a0,s0
80402c96:	00000097          	auipc	ra,0x0
80402c9a:	ed8080e7          	jalr	-296(ra) # 80402b6e <__malloc_grow_chunk>
80402c9e:	c509                	beqz	a0,80402ca8 <__malloc_malloc+0xde>
80402ca0:	405c                	lw	a5,4(s0)
80402ca2:	00f9a023          	sw	a5,0(s3)
80402ca6:	b7e9                	j	80402c70 <__malloc_malloc+0xa6>
80402ca8:	00440993          	add	s3,s0,4
80402cac:	b7a5                	j	80402c14 <__malloc_malloc+0x4a>

80402cae <__retarget_lock_acquire_recursive>:
80402cae:	8082                	ret

80402cb0 <__retarget_lock_release_recursive>:
80402cb0:	8082                	ret

80402cb2 <atoi>:
80402cb2:	4629                	li	a2,10
80402cb4:	4581                	li	a1,0
80402cb6:	00000317          	auipc	t1,0x0
80402cba:	08030067          	jr	128(t1) # 80402d36 <strtol>

80402cbe <strrchr>:
80402cbe:	00000317          	auipc	t1,0x0
80402cc2:	d30302e7          	jalr	t0,-720(t1) # 804029ee <__riscv_save_0>
80402cc6:	87ae                	mv	a5,a1
80402cc8:	0ff7f793          	zext.b	a5,a5
80402ccc:	1141                	add	sp,sp,-16
80402cce:	0ff5f593          	zext.b	a1,a1
80402cd2:	eb85                	bnez	a5,80402d02 <strrchr+0x44>
80402cd4:	00002097          	auipc	ra,0x2
80402cd8:	a52080e7          	jalr	-1454(ra) # 80404726 <strchr>
80402cdc:	842a                	mv	s0,a0
80402cde:	8522                	mv	a0,s0
80402ce0:	0141                	add	sp,sp,16
80402ce2:	00000317          	auipc	t1,0x0
80402ce6:	d3030067          	jr	-720(t1) # 80402a12 <__riscv_restore_0>
80402cea:	00150713          	add	a4,a0,1
80402cee:	842a                	mv	s0,a0
80402cf0:	853a                	mv	a0,a4
80402cf2:	c62e                	sw	a1,12(sp)
80402cf4:	00002097          	auipc	ra,0x2
80402cf8:	a32080e7          	jalr	-1486(ra) # 80404726 <strchr>
80402cfc:	45b2                	lw	a1,12(sp)
80402cfe:	f575                	bnez	a0,80402cea <strrchr+0x2c>
80402d00:	bff9                	j	80402cde <strrchr+0x20>
80402d02:	872a                	mv	a4,a0
80402d04:	4401                	li	s0,0
80402d06:	b7ed                	j	80402cf0 <strrchr+0x32>

80402d08 <printf>:
80402d08:	7139                	add	sp,sp,-64
80402d0a:	da3e                	sw	a5,52(sp)
80402d0c:	804067b7          	lui	a5,0x80406
80402d10:	d22e                	sw	a1,36(sp)
80402d12:	85aa                	mv	a1,a0
80402d14:	bfc7a503          	lw	a0,-1028(a5) # 80405bfc <stdout>
80402d18:	d432                	sw	a2,40(sp)
80402d1a:	1050                	add	a2,sp,36
80402d1c:	ce06                	sw	ra,28(sp)
80402d1e:	d636                	sw	a3,44(sp)
80402d20:	d83a                	sw	a4,48(sp)
80402d22:	dc42                	sw	a6,56(sp)
80402d24:	de46                	sw	a7,60(sp)
80402d26:	c632                	sw	a2,12(sp)
80402d28:	00000097          	auipc	ra,0x0
80402d2c:	344080e7          	jalr	836(ra) # 8040306c <__d_vfprintf>
80402d30:	40f2                	lw	ra,28(sp)
80402d32:	6121                	add	sp,sp,64
80402d34:	8082                	ret

80402d36 <strtol>:
80402d36:	02400793          	li	a5,36
80402d3a:	88aa                	mv	a7,a0
80402d3c:	00c7e563          	bltu	a5,a2,80402d46 <strtol+0x10>
80402d40:	4785                	li	a5,1
80402d42:	00f61e63          	bne	a2,a5,80402d5e <strtol+0x28>
80402d46:	000007b7          	lui	a5,0x0
80402d4a:	004787b3          	add	a5,a5,tp
80402d4e:	4759                	li	a4,22
80402d50:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402d54:	c199                	beqz	a1,80402d5a <strtol+0x24>
80402d56:	0115a023          	sw	a7,0(a1)
80402d5a:	4501                	li	a0,0
80402d5c:	8082                	ret
80402d5e:	0ff67813          	zext.b	a6,a2
80402d62:	4e11                	li	t3,4
80402d64:	02000313          	li	t1,32
80402d68:	00054783          	lbu	a5,0(a0)
80402d6c:	00150713          	add	a4,a0,1
80402d70:	ff778693          	add	a3,a5,-9
80402d74:	0ff6f693          	zext.b	a3,a3
80402d78:	0ade7263          	bgeu	t3,a3,80402e1c <strtol+0xe6>
80402d7c:	0a678063          	beq	a5,t1,80402e1c <strtol+0xe6>
80402d80:	02b00693          	li	a3,43
80402d84:	08d78e63          	beq	a5,a3,80402e20 <strtol+0xea>
80402d88:	02d00313          	li	t1,45
80402d8c:	4681                	li	a3,0
80402d8e:	00679763          	bne	a5,t1,80402d9c <strtol+0x66>
80402d92:	4685                	li	a3,1
80402d94:	00154783          	lbu	a5,1(a0)
80402d98:	00250713          	add	a4,a0,2
80402d9c:	03000513          	li	a0,48
80402da0:	08a79563          	bne	a5,a0,80402e2a <strtol+0xf4>
80402da4:	00074503          	lbu	a0,0(a4)
80402da8:	07800313          	li	t1,120
80402dac:	02056513          	or	a0,a0,32
80402db0:	06651a63          	bne	a0,t1,80402e24 <strtol+0xee>
80402db4:	c601                	beqz	a2,80402dbc <strtol+0x86>
80402db6:	4641                	li	a2,16
80402db8:	00c81763          	bne	a6,a2,80402dc6 <strtol+0x90>
80402dbc:	00174783          	lbu	a5,1(a4)
80402dc0:	88ba                	mv	a7,a4
80402dc2:	4841                	li	a6,16
80402dc4:	0709                	add	a4,a4,2
80402dc6:	80000637          	lui	a2,0x80000
80402dca:	fff64613          	not	a2,a2
80402dce:	9636                	add	a2,a2,a3
80402dd0:	03065333          	divu	t1,a2,a6
80402dd4:	4501                	li	a0,0
80402dd6:	03900e93          	li	t4,57
80402dda:	03067e33          	remu	t3,a2,a6
80402dde:	00fef963          	bgeu	t4,a5,80402df0 <strtol+0xba>
80402de2:	17fd                	add	a5,a5,-1
80402de4:	0207e793          	or	a5,a5,32
80402de8:	fda78793          	add	a5,a5,-38
80402dec:	0ff7f793          	zext.b	a5,a5
80402df0:	fd078793          	add	a5,a5,-48
80402df4:	0ff7f793          	zext.b	a5,a5
80402df8:	0307fc63          	bgeu	a5,a6,80402e30 <strtol+0xfa>
80402dfc:	00a34663          	blt	t1,a0,80402e08 <strtol+0xd2>
80402e00:	00651663          	bne	a0,t1,80402e0c <strtol+0xd6>
80402e04:	00fe7463          	bgeu	t3,a5,80402e0c <strtol+0xd6>
80402e08:	0026e693          	or	a3,a3,2
80402e0c:	88ba                	mv	a7,a4
80402e0e:	0705                	add	a4,a4,1
80402e10:	02a80533          	mul	a0,a6,a0
80402e14:	953e                	add	a0,a0,a5
80402e16:	fff74783          	lbu	a5,-1(a4)
80402e1a:	b7d1                	j	80402dde <strtol+0xa8>
80402e1c:	853a                	mv	a0,a4
80402e1e:	b7a9                	j	80402d68 <strtol+0x32>
80402e20:	4681                	li	a3,0
80402e22:	bf8d                	j	80402d94 <strtol+0x5e>
80402e24:	f24d                	bnez	a2,80402dc6 <strtol+0x90>
80402e26:	4821                	li	a6,8
80402e28:	bf79                	j	80402dc6 <strtol+0x90>
80402e2a:	fe51                	bnez	a2,80402dc6 <strtol+0x90>
80402e2c:	4829                	li	a6,10
80402e2e:	bf61                	j	80402dc6 <strtol+0x90>
80402e30:	0016f793          	and	a5,a3,1
80402e34:	c399                	beqz	a5,80402e3a <strtol+0x104>
80402e36:	40a00533          	neg	a0,a0
80402e3a:	8a89                	and	a3,a3,2
80402e3c:	ca91                	beqz	a3,80402e50 <strtol+0x11a>
80402e3e:	000007b7          	lui	a5,0x0
80402e42:	004787b3          	add	a5,a5,tp
80402e46:	02200713          	li	a4,34
80402e4a:	8532                	mv	a0,a2
80402e4c:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402e50:	c199                	beqz	a1,80402e56 <strtol+0x120>
80402e52:	0115a023          	sw	a7,0(a1)
80402e56:	8082                	ret

80402e58 <__ultoa_invert>:
80402e58:	00000317          	auipc	t1,0x0
80402e5c:	b6e302e7          	jalr	t0,-1170(t1) # 804029c6 <__riscv_save_10>
80402e60:	2006f793          	and	a5,a3,512
80402e64:	89aa                	mv	s3,a0
80402e66:	8a2e                	mv	s4,a1
80402e68:	8932                	mv	s2,a2
80402e6a:	84b6                	mv	s1,a3
80402e6c:	02700b13          	li	s6,39
80402e70:	c781                	beqz	a5,80402e78 <__ultoa_invert+0x20>
80402e72:	dff6f493          	and	s1,a3,-513
80402e76:	4b1d                	li	s6,7
80402e78:	41f4da93          	sra	s5,s1,0x1f
80402e7c:	4ca5                	li	s9,9
80402e7e:	8626                	mv	a2,s1
80402e80:	86d6                	mv	a3,s5
80402e82:	854e                	mv	a0,s3
80402e84:	85d2                	mv	a1,s4
80402e86:	00000097          	auipc	ra,0x0
80402e8a:	810080e7          	jalr	-2032(ra) # 80402696 <__umoddi3>
80402e8e:	85d2                	mv	a1,s4
80402e90:	0ff57413          	zext.b	s0,a0
80402e94:	8626                	mv	a2,s1
80402e96:	854e                	mv	a0,s3
80402e98:	86d6                	mv	a3,s5
80402e9a:	fffff097          	auipc	ra,0xfffff
80402e9e:	49e080e7          	jalr	1182(ra) # 80402338 <__udivdi3>
80402ea2:	8c4e                	mv	s8,s3
80402ea4:	8bd2                	mv	s7,s4
80402ea6:	89aa                	mv	s3,a0
80402ea8:	8a2e                	mv	s4,a1
80402eaa:	008cf563          	bgeu	s9,s0,80402eb4 <__ultoa_invert+0x5c>
80402eae:	945a                	add	s0,s0,s6
80402eb0:	0ff47413          	zext.b	s0,s0
80402eb4:	0905                	add	s2,s2,1
80402eb6:	03040413          	add	s0,s0,48
80402eba:	fe890fa3          	sb	s0,-1(s2)
80402ebe:	015be663          	bltu	s7,s5,80402eca <__ultoa_invert+0x72>
80402ec2:	fb7a9ee3          	bne	s5,s7,80402e7e <__ultoa_invert+0x26>
80402ec6:	fa9c7ce3          	bgeu	s8,s1,80402e7e <__ultoa_invert+0x26>
80402eca:	854a                	mv	a0,s2
80402ecc:	00000317          	auipc	t1,0x0
80402ed0:	b3230067          	jr	-1230(t1) # 804029fe <__riscv_restore_10>

80402ed4 <skip_to_arg>:
80402ed4:	00000317          	auipc	t1,0x0
80402ed8:	af2302e7          	jalr	t0,-1294(t1) # 804029c6 <__riscv_save_10>
80402edc:	4305                	li	t1,1
80402ede:	02500f13          	li	t5,37
80402ee2:	88aa                	mv	a7,a0
80402ee4:	00c34663          	blt	t1,a2,80402ef0 <skip_to_arg+0x1c>
80402ee8:	00000317          	auipc	t1,0x0
80402eec:	b1630067          	jr	-1258(t1) # 804029fe <__riscv_restore_10>
80402ef0:	87c6                	mv	a5,a7
80402ef2:	88be                	mv	a7,a5
80402ef4:	0007c703          	lbu	a4,0(a5)
80402ef8:	0785                	add	a5,a5,1
80402efa:	d77d                	beqz	a4,80402ee8 <skip_to_arg+0x14>
80402efc:	ffe71be3          	bne	a4,t5,80402ef2 <skip_to_arg+0x1e>
80402f00:	0007c703          	lbu	a4,0(a5)
80402f04:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80402f06:	ffe705e3          	beq	a4,t5,80402ef0 <skip_to_arg+0x1c>
80402f0a:	6ecd                	lui	t4,0x13
80402f0c:	4681                	li	a3,0
80402f0e:	4e01                	li	t3,0
80402f10:	4781                	li	a5,0
80402f12:	42fd                	li	t0,31
80402f14:	06c00f93          	li	t6,108
80402f18:	07400393          	li	t2,116
80402f1c:	07a00413          	li	s0,122
80402f20:	06800493          	li	s1,104
80402f24:	06a00913          	li	s2,106
80402f28:	04c00993          	li	s3,76
80402f2c:	4a25                	li	s4,9
80402f2e:	02400a93          	li	s5,36
80402f32:	07f00b13          	li	s6,127
80402f36:	4bc1                	li	s7,16
80402f38:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80402f3c:	04f2e263          	bltu	t0,a5,80402f80 <skip_to_arg+0xac>
80402f40:	fe070813          	add	a6,a4,-32
80402f44:	0ff87813          	zext.b	a6,a6
80402f48:	030bf163          	bgeu	s7,a6,80402f6a <skip_to_arg+0x96>
80402f4c:	fd070813          	add	a6,a4,-48
80402f50:	0ff87813          	zext.b	a6,a6
80402f54:	4c25                	li	s8,9
80402f56:	050c6563          	bltu	s8,a6,80402fa0 <skip_to_arg+0xcc>
80402f5a:	47a9                	li	a5,10
80402f5c:	02f687b3          	mul	a5,a3,a5
80402f60:	00f806b3          	add	a3,a6,a5
80402f64:	02000793          	li	a5,32
80402f68:	a039                	j	80402f76 <skip_to_arg+0xa2>
80402f6a:	010ed833          	srl	a6,t4,a6
80402f6e:	00187813          	and	a6,a6,1
80402f72:	00080963          	beqz	a6,80402f84 <skip_to_arg+0xb0>
80402f76:	0008c703          	lbu	a4,0(a7)
80402f7a:	0885                	add	a7,a7,1
80402f7c:	f361                	bnez	a4,80402f3c <skip_to_arg+0x68>
80402f7e:	a8b1                	j	80402fda <skip_to_arg+0x106>
80402f80:	04fb6363          	bltu	s6,a5,80402fc6 <skip_to_arg+0xf2>
80402f84:	fd070813          	add	a6,a4,-48
80402f88:	0ff87813          	zext.b	a6,a6
80402f8c:	fd0a77e3          	bgeu	s4,a6,80402f5a <skip_to_arg+0x86>
80402f90:	03571563          	bne	a4,s5,80402fba <skip_to_arg+0xe6>
80402f94:	0a0e0063          	beqz	t3,80403034 <skip_to_arg+0x160>
80402f98:	0a668063          	beq	a3,t1,80403038 <skip_to_arg+0x164>
80402f9c:	4681                	li	a3,0
80402f9e:	bfe1                	j	80402f76 <skip_to_arg+0xa2>
80402fa0:	0fb77813          	and	a6,a4,251
80402fa4:	02a00c13          	li	s8,42
80402fa8:	ff880ae3          	beq	a6,s8,80402f9c <skip_to_arg+0xc8>
80402fac:	06c00813          	li	a6,108
80402fb0:	01071d63          	bne	a4,a6,80402fca <skip_to_arg+0xf6>
80402fb4:	0807e793          	or	a5,a5,128
80402fb8:	bf7d                	j	80402f76 <skip_to_arg+0xa2>
80402fba:	0fb77813          	and	a6,a4,251
80402fbe:	02a00c13          	li	s8,42
80402fc2:	fd880de3          	beq	a6,s8,80402f9c <skip_to_arg+0xc8>
80402fc6:	05f70663          	beq	a4,t6,80403012 <skip_to_arg+0x13e>
80402fca:	02efef63          	bltu	t6,a4,80403008 <skip_to_arg+0x134>
80402fce:	04970863          	beq	a4,s1,8040301e <skip_to_arg+0x14a>
80402fd2:	05270e63          	beq	a4,s2,8040302e <skip_to_arg+0x15a>
80402fd6:	05370c63          	beq	a4,s3,8040302e <skip_to_arg+0x15a>
80402fda:	f00e07e3          	beqz	t3,80402ee8 <skip_to_arg+0x14>
80402fde:	f06e13e3          	bne	t3,t1,80402ee4 <skip_to_arg+0x10>
80402fe2:	02076893          	or	a7,a4,32
80402fe6:	f9b88813          	add	a6,a7,-101
80402fea:	0ff87813          	zext.b	a6,a6
80402fee:	4e09                	li	t3,2
80402ff0:	4194                	lw	a3,0(a1)
80402ff2:	010e7663          	bgeu	t3,a6,80402ffe <skip_to_arg+0x12a>
80402ff6:	06100813          	li	a6,97
80402ffa:	05089263          	bne	a7,a6,8040303e <skip_to_arg+0x16a>
80402ffe:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80403000:	9ae1                	and	a3,a3,-8
80403002:	00868713          	add	a4,a3,8
80403006:	a091                	j	8040304a <skip_to_arg+0x176>
80403008:	f67707e3          	beq	a4,t2,80402f76 <skip_to_arg+0xa2>
8040300c:	f68705e3          	beq	a4,s0,80402f76 <skip_to_arg+0xa2>
80403010:	b7e9                	j	80402fda <skip_to_arg+0x106>
80403012:	0807f713          	and	a4,a5,128
80403016:	df59                	beqz	a4,80402fb4 <skip_to_arg+0xe0>
80403018:	2007e793          	or	a5,a5,512
8040301c:	bf61                	j	80402fb4 <skip_to_arg+0xe0>
8040301e:	1007f713          	and	a4,a5,256
80403022:	c319                	beqz	a4,80403028 <skip_to_arg+0x154>
80403024:	2007e793          	or	a5,a5,512
80403028:	1007e793          	or	a5,a5,256
8040302c:	b7a9                	j	80402f76 <skip_to_arg+0xa2>
8040302e:	2807e793          	or	a5,a5,640
80403032:	b791                	j	80402f76 <skip_to_arg+0xa2>
80403034:	8e36                	mv	t3,a3
80403036:	b79d                	j	80402f9c <skip_to_arg+0xc8>
80403038:	06300713          	li	a4,99
8040303c:	b75d                	j	80402fe2 <skip_to_arg+0x10e>
8040303e:	06300813          	li	a6,99
80403042:	01071763          	bne	a4,a6,80403050 <skip_to_arg+0x17c>
80403046:	00468713          	add	a4,a3,4
8040304a:	c198                	sw	a4,0(a1)
8040304c:	0305                	add	t1,t1,1
8040304e:	bd51                	j	80402ee2 <skip_to_arg+0xe>
80403050:	07300813          	li	a6,115
80403054:	ff0709e3          	beq	a4,a6,80403046 <skip_to_arg+0x172>
80403058:	0807f813          	and	a6,a5,128
8040305c:	00468713          	add	a4,a3,4
80403060:	fe0805e3          	beqz	a6,8040304a <skip_to_arg+0x176>
80403064:	2007f793          	and	a5,a5,512
80403068:	d3ed                	beqz	a5,8040304a <skip_to_arg+0x176>
8040306a:	bf51                	j	80402ffe <skip_to_arg+0x12a>

8040306c <__d_vfprintf>:
8040306c:	00000317          	auipc	t1,0x0
80403070:	952302e7          	jalr	t0,-1710(t1) # 804029be <__riscv_save_12>
80403074:	00454783          	lbu	a5,4(a0)
80403078:	7139                	add	sp,sp,-64
8040307a:	c02a                	sw	a0,0(sp)
8040307c:	c42e                	sw	a1,8(sp)
8040307e:	c632                	sw	a2,12(sp)
80403080:	8b89                	and	a5,a5,2
80403082:	00852a03          	lw	s4,8(a0)
80403086:	c785                	beqz	a5,804030ae <__d_vfprintf+0x42>
80403088:	d232                	sw	a2,36(sp)
8040308a:	87ae                	mv	a5,a1
8040308c:	4401                	li	s0,0
8040308e:	0007c903          	lbu	s2,0(a5)
80403092:	00090f63          	beqz	s2,804030b0 <__d_vfprintf+0x44>
80403096:	02500713          	li	a4,37
8040309a:	02e90163          	beq	s2,a4,804030bc <__d_vfprintf+0x50>
8040309e:	0785                	add	a5,a5,1
804030a0:	c23e                	sw	a5,4(sp)
804030a2:	4582                	lw	a1,0(sp)
804030a4:	854a                	mv	a0,s2
804030a6:	0405                	add	s0,s0,1
804030a8:	9a02                	jalr	s4
804030aa:	2a0557e3          	bgez	a0,80403b58 <__d_vfprintf+0xaec>
804030ae:	547d                	li	s0,-1
804030b0:	8522                	mv	a0,s0
804030b2:	6121                	add	sp,sp,64
804030b4:	00000317          	auipc	t1,0x0
804030b8:	94630067          	jr	-1722(t1) # 804029fa <__riscv_restore_12>
804030bc:	0017c903          	lbu	s2,1(a5)
804030c0:	00278713          	add	a4,a5,2
804030c4:	c23a                	sw	a4,4(sp)
804030c6:	02500793          	li	a5,37
804030ca:	fcf90ce3          	beq	s2,a5,804030a2 <__d_vfprintf+0x36>
804030ce:	804054b7          	lui	s1,0x80405
804030d2:	4a81                	li	s5,0
804030d4:	4d01                	li	s10,0
804030d6:	4b01                	li	s6,0
804030d8:	4d81                	li	s11,0
804030da:	06c00993          	li	s3,108
804030de:	07400b93          	li	s7,116
804030e2:	07a00c13          	li	s8,122
804030e6:	06800c93          	li	s9,104
804030ea:	72048493          	add	s1,s1,1824 # 80405720 <ops+0x14>
804030ee:	47fd                	li	a5,31
804030f0:	07b7e163          	bltu	a5,s11,80403152 <__d_vfprintf+0xe6>
804030f4:	fe090793          	add	a5,s2,-32
804030f8:	0ff7f793          	zext.b	a5,a5
804030fc:	4741                	li	a4,16
804030fe:	00f76663          	bltu	a4,a5,8040310a <__d_vfprintf+0x9e>
80403102:	078a                	sll	a5,a5,0x2
80403104:	97a6                	add	a5,a5,s1
80403106:	439c                	lw	a5,0(a5)
80403108:	8782                	jr	a5
8040310a:	fd090793          	add	a5,s2,-48
8040310e:	0ff7f793          	zext.b	a5,a5
80403112:	4725                	li	a4,9
80403114:	06f76463          	bltu	a4,a5,8040317c <__d_vfprintf+0x110>
80403118:	46a9                	li	a3,10
8040311a:	02db06b3          	mul	a3,s6,a3
8040311e:	00f68b33          	add	s6,a3,a5
80403122:	020ded93          	or	s11,s11,32
80403126:	a019                	j	8040312c <__d_vfprintf+0xc0>
80403128:	001ded93          	or	s11,s11,1
8040312c:	4792                	lw	a5,4(sp)
8040312e:	0007c903          	lbu	s2,0(a5)
80403132:	0785                	add	a5,a5,1
80403134:	c23e                	sw	a5,4(sp)
80403136:	fa091ce3          	bnez	s2,804030ee <__d_vfprintf+0x82>
8040313a:	a8cd                	j	8040322c <__d_vfprintf+0x1c0>
8040313c:	002ded93          	or	s11,s11,2
80403140:	004ded93          	or	s11,s11,4
80403144:	b7e5                	j	8040312c <__d_vfprintf+0xc0>
80403146:	008ded93          	or	s11,s11,8
8040314a:	b7cd                	j	8040312c <__d_vfprintf+0xc0>
8040314c:	010ded93          	or	s11,s11,16
80403150:	bff1                	j	8040312c <__d_vfprintf+0xc0>
80403152:	07f00793          	li	a5,127
80403156:	0bb7ed63          	bltu	a5,s11,80403210 <__d_vfprintf+0x1a4>
8040315a:	fd090693          	add	a3,s2,-48
8040315e:	0ff6f693          	zext.b	a3,a3
80403162:	47a5                	li	a5,9
80403164:	00d7ec63          	bltu	a5,a3,8040317c <__d_vfprintf+0x110>
80403168:	040df613          	and	a2,s11,64
8040316c:	87b6                	mv	a5,a3
8040316e:	d64d                	beqz	a2,80403118 <__d_vfprintf+0xac>
80403170:	47a9                	li	a5,10
80403172:	02fd07b3          	mul	a5,s10,a5
80403176:	00d78d33          	add	s10,a5,a3
8040317a:	bf4d                	j	8040312c <__d_vfprintf+0xc0>
8040317c:	02a00793          	li	a5,42
80403180:	02f91663          	bne	s2,a5,804031ac <__d_vfprintf+0x140>
80403184:	fa0a94e3          	bnez	s5,8040312c <__d_vfprintf+0xc0>
80403188:	5692                	lw	a3,36(sp)
8040318a:	040df793          	and	a5,s11,64
8040318e:	00468613          	add	a2,a3,4
80403192:	4294                	lw	a3,0(a3)
80403194:	d232                	sw	a2,36(sp)
80403196:	c399                	beqz	a5,8040319c <__d_vfprintf+0x130>
80403198:	8d36                	mv	s10,a3
8040319a:	bf49                	j	8040312c <__d_vfprintf+0xc0>
8040319c:	8b36                	mv	s6,a3
8040319e:	f806d2e3          	bgez	a3,80403122 <__d_vfprintf+0xb6>
804031a2:	40d00b33          	neg	s6,a3
804031a6:	028ded93          	or	s11,s11,40
804031aa:	b749                	j	8040312c <__d_vfprintf+0xc0>
804031ac:	02e00793          	li	a5,46
804031b0:	00f91963          	bne	s2,a5,804031c2 <__d_vfprintf+0x156>
804031b4:	040df793          	and	a5,s11,64
804031b8:	ee079ce3          	bnez	a5,804030b0 <__d_vfprintf+0x44>
804031bc:	040ded93          	or	s11,s11,64
804031c0:	b7b5                	j	8040312c <__d_vfprintf+0xc0>
804031c2:	02400793          	li	a5,36
804031c6:	04f91563          	bne	s2,a5,80403210 <__d_vfprintf+0x1a4>
804031ca:	140a8363          	beqz	s5,80403310 <__d_vfprintf+0x2a4>
804031ce:	47b2                	lw	a5,12(sp)
804031d0:	d23e                	sw	a5,36(sp)
804031d2:	040df793          	and	a5,s11,64
804031d6:	ef99                	bnez	a5,804031f4 <__d_vfprintf+0x188>
804031d8:	4522                	lw	a0,8(sp)
804031da:	865a                	mv	a2,s6
804031dc:	104c                	add	a1,sp,36
804031de:	00000097          	auipc	ra,0x0
804031e2:	cf6080e7          	jalr	-778(ra) # 80402ed4 <skip_to_arg>
804031e6:	5792                	lw	a5,36(sp)
804031e8:	00478693          	add	a3,a5,4
804031ec:	0007ab03          	lw	s6,0(a5)
804031f0:	d236                	sw	a3,36(sp)
804031f2:	bf2d                	j	8040312c <__d_vfprintf+0xc0>
804031f4:	4522                	lw	a0,8(sp)
804031f6:	866a                	mv	a2,s10
804031f8:	104c                	add	a1,sp,36
804031fa:	00000097          	auipc	ra,0x0
804031fe:	cda080e7          	jalr	-806(ra) # 80402ed4 <skip_to_arg>
80403202:	5792                	lw	a5,36(sp)
80403204:	00478693          	add	a3,a5,4
80403208:	0007ad03          	lw	s10,0(a5)
8040320c:	d236                	sw	a3,36(sp)
8040320e:	bf39                	j	8040312c <__d_vfprintf+0xc0>
80403210:	0d390d63          	beq	s2,s3,804032ea <__d_vfprintf+0x27e>
80403214:	0d29e663          	bltu	s3,s2,804032e0 <__d_vfprintf+0x274>
80403218:	0f990163          	beq	s2,s9,804032fa <__d_vfprintf+0x28e>
8040321c:	06a00793          	li	a5,106
80403220:	0ef90563          	beq	s2,a5,8040330a <__d_vfprintf+0x29e>
80403224:	04c00793          	li	a5,76
80403228:	0ef90163          	beq	s2,a5,8040330a <__d_vfprintf+0x29e>
8040322c:	000a8b63          	beqz	s5,80403242 <__d_vfprintf+0x1d6>
80403230:	47b2                	lw	a5,12(sp)
80403232:	4522                	lw	a0,8(sp)
80403234:	8656                	mv	a2,s5
80403236:	104c                	add	a1,sp,36
80403238:	d23e                	sw	a5,36(sp)
8040323a:	00000097          	auipc	ra,0x0
8040323e:	c9a080e7          	jalr	-870(ra) # 80402ed4 <skip_to_arg>
80403242:	000d5963          	bgez	s10,80403254 <__d_vfprintf+0x1e8>
80403246:	fbfdf813          	and	a6,s11,-65
8040324a:	01081d93          	sll	s11,a6,0x10
8040324e:	010ddd93          	srl	s11,s11,0x10
80403252:	4d01                	li	s10,0
80403254:	02096c93          	or	s9,s2,32
80403258:	f9bc8793          	add	a5,s9,-101
8040325c:	0ff7f793          	zext.b	a5,a5
80403260:	4709                	li	a4,2
80403262:	0af77d63          	bgeu	a4,a5,8040331c <__d_vfprintf+0x2b0>
80403266:	06100793          	li	a5,97
8040326a:	6afc9763          	bne	s9,a5,80403918 <__d_vfprintf+0x8ac>
8040326e:	5792                	lw	a5,36(sp)
80403270:	6a89                	lui	s5,0x2
80403272:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80403276:	079d                	add	a5,a5,7
80403278:	9be1                	and	a5,a5,-8
8040327a:	0047ab83          	lw	s7,4(a5)
8040327e:	0007a883          	lw	a7,0(a5)
80403282:	00878713          	add	a4,a5,8
80403286:	414bd993          	sra	s3,s7,0x14
8040328a:	00cb9c13          	sll	s8,s7,0xc
8040328e:	7ff9f993          	and	s3,s3,2047
80403292:	00cc5c93          	srl	s9,s8,0xc
80403296:	015deab3          	or	s5,s11,s5
8040329a:	0119e533          	or	a0,s3,a7
8040329e:	fff94913          	not	s2,s2
804032a2:	0ac2                	sll	s5,s5,0x10
804032a4:	d23a                	sw	a4,36(sp)
804032a6:	019567b3          	or	a5,a0,s9
804032aa:	02097913          	and	s2,s2,32
804032ae:	010ada93          	srl	s5,s5,0x10
804032b2:	86c6                	mv	a3,a7
804032b4:	8c66                	mv	s8,s9
804032b6:	040df813          	and	a6,s11,64
804032ba:	01fbdb93          	srl	s7,s7,0x1f
804032be:	efcd                	bnez	a5,80403378 <__d_vfprintf+0x30c>
804032c0:	03000793          	li	a5,48
804032c4:	0ffbfb93          	zext.b	s7,s7
804032c8:	02f106a3          	sb	a5,45(sp)
804032cc:	03710623          	sb	s7,44(sp)
804032d0:	26080363          	beqz	a6,80403536 <__d_vfprintf+0x4ca>
804032d4:	47b1                	li	a5,12
804032d6:	4981                	li	s3,0
804032d8:	0da7d463          	bge	a5,s10,804033a0 <__d_vfprintf+0x334>
804032dc:	4d35                	li	s10,13
804032de:	aab5                	j	8040345a <__d_vfprintf+0x3ee>
804032e0:	e57906e3          	beq	s2,s7,8040312c <__d_vfprintf+0xc0>
804032e4:	e58904e3          	beq	s2,s8,8040312c <__d_vfprintf+0xc0>
804032e8:	b791                	j	8040322c <__d_vfprintf+0x1c0>
804032ea:	080df793          	and	a5,s11,128
804032ee:	c399                	beqz	a5,804032f4 <__d_vfprintf+0x288>
804032f0:	200ded93          	or	s11,s11,512
804032f4:	080ded93          	or	s11,s11,128
804032f8:	bd15                	j	8040312c <__d_vfprintf+0xc0>
804032fa:	100df793          	and	a5,s11,256
804032fe:	c399                	beqz	a5,80403304 <__d_vfprintf+0x298>
80403300:	200ded93          	or	s11,s11,512
80403304:	100ded93          	or	s11,s11,256
80403308:	b515                	j	8040312c <__d_vfprintf+0xc0>
8040330a:	280ded93          	or	s11,s11,640
8040330e:	bd39                	j	8040312c <__d_vfprintf+0xc0>
80403310:	875a                	mv	a4,s6
80403312:	4d01                	li	s10,0
80403314:	4b01                	li	s6,0
80403316:	8aba                	mv	s5,a4
80403318:	4d81                	li	s11,0
8040331a:	bd09                	j	8040312c <__d_vfprintf+0xc0>
8040331c:	5792                	lw	a5,36(sp)
8040331e:	fff94913          	not	s2,s2
80403322:	02097913          	and	s2,s2,32
80403326:	079d                	add	a5,a5,7
80403328:	9be1                	and	a5,a5,-8
8040332a:	00878713          	add	a4,a5,8
8040332e:	4388                	lw	a0,0(a5)
80403330:	43cc                	lw	a1,4(a5)
80403332:	d23a                	sw	a4,36(sp)
80403334:	040df793          	and	a5,s11,64
80403338:	22078363          	beqz	a5,8040355e <__d_vfprintf+0x4f2>
8040333c:	06500793          	li	a5,101
80403340:	22fc9163          	bne	s9,a5,80403562 <__d_vfprintf+0x4f6>
80403344:	6785                	lui	a5,0x1
80403346:	001d0613          	add	a2,s10,1
8040334a:	00fdedb3          	or	s11,s11,a5
8040334e:	0ff67613          	zext.b	a2,a2
80403352:	4701                	li	a4,0
80403354:	4781                	li	a5,0
80403356:	4345                	li	t1,17
80403358:	0ff67693          	zext.b	a3,a2
8040335c:	00c37363          	bgeu	t1,a2,80403362 <__d_vfprintf+0x2f6>
80403360:	46c5                	li	a3,17
80403362:	1030                	add	a2,sp,40
80403364:	00001097          	auipc	ra,0x1
80403368:	b52080e7          	jalr	-1198(ra) # 80403eb6 <__dtoa_engine>
8040336c:	0ff57b93          	zext.b	s7,a0
80403370:	59a2                	lw	s3,40(sp)
80403372:	8aee                	mv	s5,s11
80403374:	4c09                	li	s8,2
80403376:	aa21                	j	8040348e <__d_vfprintf+0x422>
80403378:	03100793          	li	a5,49
8040337c:	00099563          	bnez	s3,80403386 <__d_vfprintf+0x31a>
80403380:	03000793          	li	a5,48
80403384:	4985                	li	s3,1
80403386:	0ffbfb93          	zext.b	s7,s7
8040338a:	02f106a3          	sb	a5,45(sp)
8040338e:	03710623          	sb	s7,44(sp)
80403392:	c0198993          	add	s3,s3,-1023
80403396:	18080763          	beqz	a6,80403524 <__d_vfprintf+0x4b8>
8040339a:	47b1                	li	a5,12
8040339c:	19a7c663          	blt	a5,s10,80403528 <__d_vfprintf+0x4bc>
804033a0:	4335                	li	t1,13
804033a2:	41a30333          	sub	t1,t1,s10
804033a6:	00231d93          	sll	s11,t1,0x2
804033aa:	fffd8613          	add	a2,s11,-1
804033ae:	4505                	li	a0,1
804033b0:	4581                	li	a1,0
804033b2:	ca46                	sw	a7,20(sp)
804033b4:	c836                	sw	a3,16(sp)
804033b6:	fffff097          	auipc	ra,0xfffff
804033ba:	ef4080e7          	jalr	-268(ra) # 804022aa <__ashldi3>
804033be:	84aa                	mv	s1,a0
804033c0:	872e                	mv	a4,a1
804033c2:	00171793          	sll	a5,a4,0x1
804033c6:	85aa                	mv	a1,a0
804033c8:	01f4d513          	srl	a0,s1,0x1f
804033cc:	00149e13          	sll	t3,s1,0x1
804033d0:	8fc9                	or	a5,a5,a0
804033d2:	40f00c33          	neg	s8,a5
804033d6:	01c03533          	snez	a0,t3
804033da:	48d2                	lw	a7,20(sp)
804033dc:	41c00833          	neg	a6,t3
804033e0:	40ac0c33          	sub	s8,s8,a0
804033e4:	fffe0513          	add	a0,t3,-1
804033e8:	001e3e13          	seqz	t3,t3
804033ec:	41c787b3          	sub	a5,a5,t3
804033f0:	0197f7b3          	and	a5,a5,s9
804033f4:	01157533          	and	a0,a0,a7
804033f8:	02f74863          	blt	a4,a5,80403428 <__d_vfprintf+0x3bc>
804033fc:	46c2                	lw	a3,16(sp)
804033fe:	00e79463          	bne	a5,a4,80403406 <__d_vfprintf+0x39a>
80403402:	02a5e363          	bltu	a1,a0,80403428 <__d_vfprintf+0x3bc>
80403406:	8546                	mv	a0,a7
80403408:	866e                	mv	a2,s11
8040340a:	85e6                	mv	a1,s9
8040340c:	ce3a                	sw	a4,28(sp)
8040340e:	cc42                	sw	a6,24(sp)
80403410:	ca36                	sw	a3,20(sp)
80403412:	c846                	sw	a7,16(sp)
80403414:	fffff097          	auipc	ra,0xfffff
80403418:	ebe080e7          	jalr	-322(ra) # 804022d2 <__ashrdi3>
8040341c:	8905                	and	a0,a0,1
8040341e:	48c2                	lw	a7,16(sp)
80403420:	46d2                	lw	a3,20(sp)
80403422:	4862                	lw	a6,24(sp)
80403424:	4772                	lw	a4,28(sp)
80403426:	c94d                	beqz	a0,804034d8 <__d_vfprintf+0x46c>
80403428:	00988533          	add	a0,a7,s1
8040342c:	01153db3          	sltu	s11,a0,a7
80403430:	9766                	add	a4,a4,s9
80403432:	00ed8cb3          	add	s9,s11,a4
80403436:	001007b7          	lui	a5,0x100
8040343a:	86aa                	mv	a3,a0
8040343c:	08fcce63          	blt	s9,a5,804034d8 <__d_vfprintf+0x46c>
80403440:	02d14783          	lbu	a5,45(sp)
80403444:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80403446:	02f106a3          	sb	a5,45(sp)
8040344a:	40000793          	li	a5,1024
8040344e:	0af98163          	beq	s3,a5,804034f0 <__d_vfprintf+0x484>
80403452:	00a87533          	and	a0,a6,a0
80403456:	019c7c33          	and	s8,s8,s9
8040345a:	05700613          	li	a2,87
8040345e:	1034                	add	a3,sp,40
80403460:	4735                	li	a4,13
80403462:	45a5                	li	a1,9
80403464:	41260633          	sub	a2,a2,s2
80403468:	01cc1813          	sll	a6,s8,0x1c
8040346c:	00f57793          	and	a5,a0,15
80403470:	8111                	srl	a0,a0,0x4
80403472:	00a86533          	or	a0,a6,a0
80403476:	404c5c13          	sra	s8,s8,0x4
8040347a:	e7e1                	bnez	a5,80403542 <__d_vfprintf+0x4d6>
8040347c:	0ced5563          	bge	s10,a4,80403546 <__d_vfprintf+0x4da>
80403480:	177d                	add	a4,a4,-1
80403482:	16fd                	add	a3,a3,-1
80403484:	f375                	bnez	a4,80403468 <__d_vfprintf+0x3fc>
80403486:	4c05                	li	s8,1
80403488:	4bb9                	li	s7,14
8040348a:	07000c93          	li	s9,112
8040348e:	00998713          	add	a4,s3,9
80403492:	46c9                	li	a3,18
80403494:	87ce                	mv	a5,s3
80403496:	06e6e863          	bltu	a3,a4,80403506 <__d_vfprintf+0x49a>
8040349a:	02c14703          	lbu	a4,44(sp)
8040349e:	00177d93          	and	s11,a4,1
804034a2:	8b31                	and	a4,a4,12
804034a4:	120d9a63          	bnez	s11,804035d8 <__d_vfprintf+0x56c>
804034a8:	002af793          	and	a5,s5,2
804034ac:	12079263          	bnez	a5,804035d0 <__d_vfprintf+0x564>
804034b0:	004af793          	and	a5,s5,4
804034b4:	cfe9                	beqz	a5,8040358e <__d_vfprintf+0x522>
804034b6:	12071563          	bnez	a4,804035e0 <__d_vfprintf+0x574>
804034ba:	02000713          	li	a4,32
804034be:	678d                	lui	a5,0x3
804034c0:	00faf7b3          	and	a5,s5,a5
804034c4:	1c079363          	bnez	a5,8040368a <__d_vfprintf+0x61e>
804034c8:	000d1363          	bnez	s10,804034ce <__d_vfprintf+0x462>
804034cc:	4d05                	li	s10,1
804034ce:	103c                	add	a5,sp,40
804034d0:	97de                	add	a5,a5,s7
804034d2:	03000693          	li	a3,48
804034d6:	aa9d                	j	8040364c <__d_vfprintf+0x5e0>
804034d8:	0106f6b3          	and	a3,a3,a6
804034dc:	018cfcb3          	and	s9,s9,s8
804034e0:	40000793          	li	a5,1024
804034e4:	04f99c63          	bne	s3,a5,8040353c <__d_vfprintf+0x4d0>
804034e8:	0196ecb3          	or	s9,a3,s9
804034ec:	040c8063          	beqz	s9,8040352c <__d_vfprintf+0x4c0>
804034f0:	008beb93          	or	s7,s7,8
804034f4:	03710623          	sb	s7,44(sp)
804034f8:	40000993          	li	s3,1024
804034fc:	4bb9                	li	s7,14
804034fe:	07000c93          	li	s9,112
80403502:	40000793          	li	a5,1024
80403506:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
8040350a:	0c600693          	li	a3,198
8040350e:	4c09                	li	s8,2
80403510:	f8e6f5e3          	bgeu	a3,a4,8040349a <__d_vfprintf+0x42e>
80403514:	3e778793          	add	a5,a5,999
80403518:	7ce00c13          	li	s8,1998
8040351c:	00fc3c33          	sltu	s8,s8,a5
80403520:	0c0d                	add	s8,s8,3
80403522:	bfa5                	j	8040349a <__d_vfprintf+0x42e>
80403524:	4d01                	li	s10,0
80403526:	bf6d                	j	804034e0 <__d_vfprintf+0x474>
80403528:	4d35                	li	s10,13
8040352a:	bf5d                	j	804034e0 <__d_vfprintf+0x474>
8040352c:	004beb93          	or	s7,s7,4
80403530:	03710623          	sb	s7,44(sp)
80403534:	b7e1                	j	804034fc <__d_vfprintf+0x490>
80403536:	4981                	li	s3,0
80403538:	4d01                	li	s10,0
8040353a:	b705                	j	8040345a <__d_vfprintf+0x3ee>
8040353c:	8536                	mv	a0,a3
8040353e:	8c66                	mv	s8,s9
80403540:	bf29                	j	8040345a <__d_vfprintf+0x3ee>
80403542:	00f5ea63          	bltu	a1,a5,80403556 <__d_vfprintf+0x4ea>
80403546:	03078793          	add	a5,a5,48
8040354a:	00f68923          	sb	a5,18(a3)
8040354e:	f2ed59e3          	bge	s10,a4,80403480 <__d_vfprintf+0x414>
80403552:	8d3a                	mv	s10,a4
80403554:	b735                	j	80403480 <__d_vfprintf+0x414>
80403556:	97b2                	add	a5,a5,a2
80403558:	0ff7f793          	zext.b	a5,a5
8040355c:	b7fd                	j	8040354a <__d_vfprintf+0x4de>
8040355e:	4d19                	li	s10,6
80403560:	bbf1                	j	8040333c <__d_vfprintf+0x2d0>
80403562:	06600793          	li	a5,102
80403566:	00fc9963          	bne	s9,a5,80403578 <__d_vfprintf+0x50c>
8040356a:	6789                	lui	a5,0x2
8040356c:	00fdedb3          	or	s11,s11,a5
80403570:	4705                	li	a4,1
80403572:	87ea                	mv	a5,s10
80403574:	4645                	li	a2,17
80403576:	b3c5                	j	80403356 <__d_vfprintf+0x2ea>
80403578:	0ffd7793          	zext.b	a5,s10
8040357c:	0ffd7613          	zext.b	a2,s10
80403580:	e391                	bnez	a5,80403584 <__d_vfprintf+0x518>
80403582:	4605                	li	a2,1
80403584:	4701                	li	a4,0
80403586:	4781                	li	a5,0
80403588:	06500c93          	li	s9,101
8040358c:	b3e9                	j	80403356 <__d_vfprintf+0x2ea>
8040358e:	db05                	beqz	a4,804034be <__d_vfprintf+0x452>
80403590:	478d                	li	a5,3
80403592:	0967d163          	bge	a5,s6,80403614 <__d_vfprintf+0x5a8>
80403596:	008afa93          	and	s5,s5,8
8040359a:	ffdb0493          	add	s1,s6,-3
8040359e:	000a9f63          	bnez	s5,804035bc <__d_vfprintf+0x550>
804035a2:	94a2                	add	s1,s1,s0
804035a4:	4582                	lw	a1,0(sp)
804035a6:	02000513          	li	a0,32
804035aa:	0405                	add	s0,s0,1
804035ac:	9a02                	jalr	s4
804035ae:	b00540e3          	bltz	a0,804030ae <__d_vfprintf+0x42>
804035b2:	fe8499e3          	bne	s1,s0,804035a4 <__d_vfprintf+0x538>
804035b6:	4481                	li	s1,0
804035b8:	020d9f63          	bnez	s11,804035f6 <__d_vfprintf+0x58a>
804035bc:	02c14783          	lbu	a5,44(sp)
804035c0:	8ba1                	and	a5,a5,8
804035c2:	efad                	bnez	a5,8040363c <__d_vfprintf+0x5d0>
804035c4:	804069b7          	lui	s3,0x80406
804035c8:	bec98993          	add	s3,s3,-1044 # 80405bec <__clz_tab+0x100>
804035cc:	8c22                	mv	s8,s0
804035ce:	a8b1                	j	8040362a <__d_vfprintf+0x5be>
804035d0:	eb15                	bnez	a4,80403604 <__d_vfprintf+0x598>
804035d2:	02b00713          	li	a4,43
804035d6:	b5e5                	j	804034be <__d_vfprintf+0x452>
804035d8:	eb0d                	bnez	a4,8040360a <__d_vfprintf+0x59e>
804035da:	02d00713          	li	a4,45
804035de:	b5c5                	j	804034be <__d_vfprintf+0x452>
804035e0:	02000d93          	li	s11,32
804035e4:	4791                	li	a5,4
804035e6:	0367d563          	bge	a5,s6,80403610 <__d_vfprintf+0x5a4>
804035ea:	008afa93          	and	s5,s5,8
804035ee:	ffcb0493          	add	s1,s6,-4
804035f2:	fa0a88e3          	beqz	s5,804035a2 <__d_vfprintf+0x536>
804035f6:	4582                	lw	a1,0(sp)
804035f8:	856e                	mv	a0,s11
804035fa:	0405                	add	s0,s0,1
804035fc:	9a02                	jalr	s4
804035fe:	fa055fe3          	bgez	a0,804035bc <__d_vfprintf+0x550>
80403602:	b475                	j	804030ae <__d_vfprintf+0x42>
80403604:	02b00d93          	li	s11,43
80403608:	bff1                	j	804035e4 <__d_vfprintf+0x578>
8040360a:	02d00d93          	li	s11,45
8040360e:	bfd9                	j	804035e4 <__d_vfprintf+0x578>
80403610:	4481                	li	s1,0
80403612:	b7d5                	j	804035f6 <__d_vfprintf+0x58a>
80403614:	4481                	li	s1,0
80403616:	b75d                	j	804035bc <__d_vfprintf+0x550>
80403618:	4582                	lw	a1,0(sp)
8040361a:	41250533          	sub	a0,a0,s2
8040361e:	0ff57513          	zext.b	a0,a0
80403622:	0c05                	add	s8,s8,1
80403624:	9a02                	jalr	s4
80403626:	a80544e3          	bltz	a0,804030ae <__d_vfprintf+0x42>
8040362a:	408c07b3          	sub	a5,s8,s0
8040362e:	97ce                	add	a5,a5,s3
80403630:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80403634:	f175                	bnez	a0,80403618 <__d_vfprintf+0x5ac>
80403636:	8462                	mv	s0,s8
80403638:	94e2                	add	s1,s1,s8
8040363a:	a535                	j	80403c66 <__d_vfprintf+0xbfa>
8040363c:	804069b7          	lui	s3,0x80406
80403640:	bf098993          	add	s3,s3,-1040 # 80405bf0 <__clz_tab+0x104>
80403644:	b761                	j	804035cc <__d_vfprintf+0x560>
80403646:	1bfd                	add	s7,s7,-1
80403648:	0ffbfb93          	zext.b	s7,s7
8040364c:	000b8763          	beqz	s7,8040365a <__d_vfprintf+0x5ee>
80403650:	0047c603          	lbu	a2,4(a5)
80403654:	17fd                	add	a5,a5,-1
80403656:	fed608e3          	beq	a2,a3,80403646 <__d_vfprintf+0x5da>
8040365a:	010af693          	and	a3,s5,16
8040365e:	87ea                	mv	a5,s10
80403660:	e291                	bnez	a3,80403664 <__d_vfprintf+0x5f8>
80403662:	87de                	mv	a5,s7
80403664:	56f1                	li	a3,-4
80403666:	0ed9cc63          	blt	s3,a3,8040375e <__d_vfprintf+0x6f2>
8040366a:	0fa9da63          	bge	s3,s10,8040375e <__d_vfprintf+0x6f2>
8040366e:	6689                	lui	a3,0x2
80403670:	00dae6b3          	or	a3,s5,a3
80403674:	01069a93          	sll	s5,a3,0x10
80403678:	010ada93          	srl	s5,s5,0x10
8040367c:	4d01                	li	s10,0
8040367e:	00f9d663          	bge	s3,a5,8040368a <__d_vfprintf+0x61e>
80403682:	00198893          	add	a7,s3,1
80403686:	41178d33          	sub	s10,a5,a7
8040368a:	6d89                	lui	s11,0x2
8040368c:	01bafdb3          	and	s11,s5,s11
80403690:	0c0d8a63          	beqz	s11,80403764 <__d_vfprintf+0x6f8>
80403694:	87ce                	mv	a5,s3
80403696:	0009d363          	bgez	s3,8040369c <__d_vfprintf+0x630>
8040369a:	4781                	li	a5,0
8040369c:	0785                	add	a5,a5,1
8040369e:	c311                	beqz	a4,804036a2 <__d_vfprintf+0x636>
804036a0:	0785                	add	a5,a5,1
804036a2:	0c0d0963          	beqz	s10,80403774 <__d_vfprintf+0x708>
804036a6:	001d0693          	add	a3,s10,1
804036aa:	97b6                	add	a5,a5,a3
804036ac:	4481                	li	s1,0
804036ae:	0167d463          	bge	a5,s6,804036b6 <__d_vfprintf+0x64a>
804036b2:	40fb04b3          	sub	s1,s6,a5
804036b6:	009af793          	and	a5,s5,9
804036ba:	e789                	bnez	a5,804036c4 <__d_vfprintf+0x658>
804036bc:	94a2                	add	s1,s1,s0
804036be:	0c849063          	bne	s1,s0,8040377e <__d_vfprintf+0x712>
804036c2:	4481                	li	s1,0
804036c4:	c719                	beqz	a4,804036d2 <__d_vfprintf+0x666>
804036c6:	4582                	lw	a1,0(sp)
804036c8:	853a                	mv	a0,a4
804036ca:	0405                	add	s0,s0,1
804036cc:	9a02                	jalr	s4
804036ce:	9e0540e3          	bltz	a0,804030ae <__d_vfprintf+0x42>
804036d2:	00bad793          	srl	a5,s5,0xb
804036d6:	8b85                	and	a5,a5,1
804036d8:	c395                	beqz	a5,804036fc <__d_vfprintf+0x690>
804036da:	4582                	lw	a1,0(sp)
804036dc:	03000513          	li	a0,48
804036e0:	9a02                	jalr	s4
804036e2:	9c0546e3          	bltz	a0,804030ae <__d_vfprintf+0x42>
804036e6:	07800513          	li	a0,120
804036ea:	4582                	lw	a1,0(sp)
804036ec:	41250533          	sub	a0,a0,s2
804036f0:	0f857513          	and	a0,a0,248
804036f4:	0409                	add	s0,s0,2
804036f6:	9a02                	jalr	s4
804036f8:	9a054be3          	bltz	a0,804030ae <__d_vfprintf+0x42>
804036fc:	008af793          	and	a5,s5,8
80403700:	e791                	bnez	a5,8040370c <__d_vfprintf+0x6a0>
80403702:	8b22                	mv	s6,s0
80403704:	9426                	add	s0,s0,s1
80403706:	09641663          	bne	s0,s6,80403792 <__d_vfprintf+0x726>
8040370a:	4481                	li	s1,0
8040370c:	0c0d8f63          	beqz	s11,804037ea <__d_vfprintf+0x77e>
80403710:	8cce                	mv	s9,s3
80403712:	0009d363          	bgez	s3,80403718 <__d_vfprintf+0x6ac>
80403716:	4c81                	li	s9,0
80403718:	41998db3          	sub	s11,s3,s9
8040371c:	41a00d33          	neg	s10,s10
80403720:	5b7d                	li	s6,-1
80403722:	03000513          	li	a0,48
80403726:	017df663          	bgeu	s11,s7,80403732 <__d_vfprintf+0x6c6>
8040372a:	103c                	add	a5,sp,40
8040372c:	97ee                	add	a5,a5,s11
8040372e:	0057c503          	lbu	a0,5(a5)
80403732:	1cfd                	add	s9,s9,-1
80403734:	00140c13          	add	s8,s0,1
80403738:	07acc563          	blt	s9,s10,804037a2 <__d_vfprintf+0x736>
8040373c:	4582                	lw	a1,0(sp)
8040373e:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80403740:	9a02                	jalr	s4
80403742:	960546e3          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403746:	016c9a63          	bne	s9,s6,8040375a <__d_vfprintf+0x6ee>
8040374a:	4582                	lw	a1,0(sp)
8040374c:	02e00513          	li	a0,46
80403750:	9a02                	jalr	s4
80403752:	94054ee3          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403756:	00240c13          	add	s8,s0,2
8040375a:	8462                	mv	s0,s8
8040375c:	b7d9                	j	80403722 <__d_vfprintf+0x6b6>
8040375e:	fff78d13          	add	s10,a5,-1
80403762:	b725                	j	8040368a <__d_vfprintf+0x61e>
80403764:	00bad693          	srl	a3,s5,0xb
80403768:	8a85                	and	a3,a3,1
8040376a:	478d                	li	a5,3
8040376c:	c291                	beqz	a3,80403770 <__d_vfprintf+0x704>
8040376e:	4795                	li	a5,5
80403770:	97e2                	add	a5,a5,s8
80403772:	b735                	j	8040369e <__d_vfprintf+0x632>
80403774:	010af693          	and	a3,s5,16
80403778:	da95                	beqz	a3,804036ac <__d_vfprintf+0x640>
8040377a:	0785                	add	a5,a5,1
8040377c:	bf05                	j	804036ac <__d_vfprintf+0x640>
8040377e:	4582                	lw	a1,0(sp)
80403780:	02000513          	li	a0,32
80403784:	c83a                	sw	a4,16(sp)
80403786:	9a02                	jalr	s4
80403788:	4742                	lw	a4,16(sp)
8040378a:	0405                	add	s0,s0,1
8040378c:	f20559e3          	bgez	a0,804036be <__d_vfprintf+0x652>
80403790:	ba39                	j	804030ae <__d_vfprintf+0x42>
80403792:	4582                	lw	a1,0(sp)
80403794:	03000513          	li	a0,48
80403798:	0b05                	add	s6,s6,1
8040379a:	9a02                	jalr	s4
8040379c:	f60555e3          	bgez	a0,80403706 <__d_vfprintf+0x69a>
804037a0:	b239                	j	804030ae <__d_vfprintf+0x42>
804037a2:	033c9063          	bne	s9,s3,804037c2 <__d_vfprintf+0x756>
804037a6:	02d14703          	lbu	a4,45(sp)
804037aa:	03500793          	li	a5,53
804037ae:	00e7e863          	bltu	a5,a4,804037be <__d_vfprintf+0x752>
804037b2:	00f71863          	bne	a4,a5,804037c2 <__d_vfprintf+0x756>
804037b6:	02c14783          	lbu	a5,44(sp)
804037ba:	8bc1                	and	a5,a5,16
804037bc:	e399                	bnez	a5,804037c2 <__d_vfprintf+0x756>
804037be:	03100513          	li	a0,49
804037c2:	4582                	lw	a1,0(sp)
804037c4:	9a02                	jalr	s4
804037c6:	8e0544e3          	bltz	a0,804030ae <__d_vfprintf+0x42>
804037ca:	010afa93          	and	s5,s5,16
804037ce:	e60a84e3          	beqz	s5,80403636 <__d_vfprintf+0x5ca>
804037d2:	57fd                	li	a5,-1
804037d4:	e6fc91e3          	bne	s9,a5,80403636 <__d_vfprintf+0x5ca>
804037d8:	4582                	lw	a1,0(sp)
804037da:	00240c13          	add	s8,s0,2
804037de:	02e00513          	li	a0,46
804037e2:	9a02                	jalr	s4
804037e4:	e40559e3          	bgez	a0,80403636 <__d_vfprintf+0x5ca>
804037e8:	b0d9                	j	804030ae <__d_vfprintf+0x42>
804037ea:	02d14503          	lbu	a0,45(sp)
804037ee:	03100793          	li	a5,49
804037f2:	00f50763          	beq	a0,a5,80403800 <__d_vfprintf+0x794>
804037f6:	02c14783          	lbu	a5,44(sp)
804037fa:	9bbd                	and	a5,a5,-17
804037fc:	02f10623          	sb	a5,44(sp)
80403800:	4582                	lw	a1,0(sp)
80403802:	9a02                	jalr	s4
80403804:	8a0545e3          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403808:	0da05a63          	blez	s10,804038dc <__d_vfprintf+0x870>
8040380c:	4582                	lw	a1,0(sp)
8040380e:	02e00513          	li	a0,46
80403812:	0409                	add	s0,s0,2
80403814:	9a02                	jalr	s4
80403816:	88054ce3          	bltz	a0,804030ae <__d_vfprintf+0x42>
8040381a:	4a85                	li	s5,1
8040381c:	4785                	li	a5,1
8040381e:	0405                	add	s0,s0,1
80403820:	03000513          	li	a0,48
80403824:	017af863          	bgeu	s5,s7,80403834 <__d_vfprintf+0x7c8>
80403828:	02078793          	add	a5,a5,32
8040382c:	1018                	add	a4,sp,32
8040382e:	97ba                	add	a5,a5,a4
80403830:	fed7c503          	lbu	a0,-19(a5)
80403834:	4582                	lw	a1,0(sp)
80403836:	9a02                	jalr	s4
80403838:	86054be3          	bltz	a0,804030ae <__d_vfprintf+0x42>
8040383c:	0a85                	add	s5,s5,1
8040383e:	0ffafa93          	zext.b	s5,s5
80403842:	87d6                	mv	a5,s5
80403844:	fd5d5de3          	bge	s10,s5,8040381e <__d_vfprintf+0x7b2>
80403848:	4582                	lw	a1,0(sp)
8040384a:	412c8533          	sub	a0,s9,s2
8040384e:	0ff57513          	zext.b	a0,a0
80403852:	9a02                	jalr	s4
80403854:	84054de3          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403858:	0009ca63          	bltz	s3,8040386c <__d_vfprintf+0x800>
8040385c:	02b00513          	li	a0,43
80403860:	00099a63          	bnez	s3,80403874 <__d_vfprintf+0x808>
80403864:	02c14783          	lbu	a5,44(sp)
80403868:	8bc1                	and	a5,a5,16
8040386a:	c789                	beqz	a5,80403874 <__d_vfprintf+0x808>
8040386c:	413009b3          	neg	s3,s3
80403870:	02d00513          	li	a0,45
80403874:	4582                	lw	a1,0(sp)
80403876:	9a02                	jalr	s4
80403878:	82054be3          	bltz	a0,804030ae <__d_vfprintf+0x42>
8040387c:	4791                	li	a5,4
8040387e:	06fc1e63          	bne	s8,a5,804038fa <__d_vfprintf+0x88e>
80403882:	3e800913          	li	s2,1000
80403886:	0329c533          	div	a0,s3,s2
8040388a:	4582                	lw	a1,0(sp)
8040388c:	040d                	add	s0,s0,3
8040388e:	03050513          	add	a0,a0,48
80403892:	0ff57513          	zext.b	a0,a0
80403896:	9a02                	jalr	s4
80403898:	80054be3          	bltz	a0,804030ae <__d_vfprintf+0x42>
8040389c:	0329e9b3          	rem	s3,s3,s2
804038a0:	06400913          	li	s2,100
804038a4:	4582                	lw	a1,0(sp)
804038a6:	0405                	add	s0,s0,1
804038a8:	0329c533          	div	a0,s3,s2
804038ac:	03050513          	add	a0,a0,48
804038b0:	0ff57513          	zext.b	a0,a0
804038b4:	9a02                	jalr	s4
804038b6:	fe054c63          	bltz	a0,804030ae <__d_vfprintf+0x42>
804038ba:	0329e9b3          	rem	s3,s3,s2
804038be:	4929                	li	s2,10
804038c0:	4582                	lw	a1,0(sp)
804038c2:	0405                	add	s0,s0,1
804038c4:	0329c533          	div	a0,s3,s2
804038c8:	03050513          	add	a0,a0,48
804038cc:	0ff57513          	zext.b	a0,a0
804038d0:	9a02                	jalr	s4
804038d2:	fc054e63          	bltz	a0,804030ae <__d_vfprintf+0x42>
804038d6:	0329e9b3          	rem	s3,s3,s2
804038da:	a03d                	j	80403908 <__d_vfprintf+0x89c>
804038dc:	010afa93          	and	s5,s5,16
804038e0:	000a9463          	bnez	s5,804038e8 <__d_vfprintf+0x87c>
804038e4:	0405                	add	s0,s0,1
804038e6:	b78d                	j	80403848 <__d_vfprintf+0x7dc>
804038e8:	4582                	lw	a1,0(sp)
804038ea:	02e00513          	li	a0,46
804038ee:	0409                	add	s0,s0,2
804038f0:	9a02                	jalr	s4
804038f2:	f4055be3          	bgez	a0,80403848 <__d_vfprintf+0x7dc>
804038f6:	fb8ff06f          	j	804030ae <__d_vfprintf+0x42>
804038fa:	478d                	li	a5,3
804038fc:	0409                	add	s0,s0,2
804038fe:	fafc01e3          	beq	s8,a5,804038a0 <__d_vfprintf+0x834>
80403902:	4785                	li	a5,1
80403904:	fafc1de3          	bne	s8,a5,804038be <__d_vfprintf+0x852>
80403908:	03098513          	add	a0,s3,48
8040390c:	4582                	lw	a1,0(sp)
8040390e:	00140c13          	add	s8,s0,1
80403912:	0ff57513          	zext.b	a0,a0
80403916:	b5f1                	j	804037e2 <__d_vfprintf+0x776>
80403918:	f9d90793          	add	a5,s2,-99
8040391c:	0ff7f793          	zext.b	a5,a5
80403920:	4749                	li	a4,18
80403922:	20f76363          	bltu	a4,a5,80403b28 <__d_vfprintf+0xabc>
80403926:	80405737          	lui	a4,0x80405
8040392a:	078a                	sll	a5,a5,0x2
8040392c:	76470713          	add	a4,a4,1892 # 80405764 <ops+0x58>
80403930:	97ba                	add	a5,a5,a4
80403932:	439c                	lw	a5,0(a5)
80403934:	8782                	jr	a5
80403936:	5792                	lw	a5,36(sp)
80403938:	4485                	li	s1,1
8040393a:	02810993          	add	s3,sp,40
8040393e:	00478713          	add	a4,a5,4
80403942:	439c                	lw	a5,0(a5)
80403944:	d23a                	sw	a4,36(sp)
80403946:	02f10423          	sb	a5,40(sp)
8040394a:	008df813          	and	a6,s11,8
8040394e:	06080063          	beqz	a6,804039ae <__d_vfprintf+0x942>
80403952:	4901                	li	s2,0
80403954:	05249f63          	bne	s1,s2,804039b2 <__d_vfprintf+0x946>
80403958:	00940c33          	add	s8,s0,s1
8040395c:	409b04b3          	sub	s1,s6,s1
80403960:	b9d9                	j	80403636 <__d_vfprintf+0x5ca>
80403962:	5792                	lw	a5,36(sp)
80403964:	00478713          	add	a4,a5,4
80403968:	d23a                	sw	a4,36(sp)
8040396a:	0007a983          	lw	s3,0(a5)
8040396e:	00099663          	bnez	s3,8040397a <__d_vfprintf+0x90e>
80403972:	804069b7          	lui	s3,0x80406
80403976:	bf498993          	add	s3,s3,-1036 # 80405bf4 <__clz_tab+0x108>
8040397a:	040df793          	and	a5,s11,64
8040397e:	55fd                	li	a1,-1
80403980:	c391                	beqz	a5,80403984 <__d_vfprintf+0x918>
80403982:	85ea                	mv	a1,s10
80403984:	854e                	mv	a0,s3
80403986:	00001097          	auipc	ra,0x1
8040398a:	dba080e7          	jalr	-582(ra) # 80404740 <strnlen>
8040398e:	84aa                	mv	s1,a0
80403990:	bf6d                	j	8040394a <__d_vfprintf+0x8de>
80403992:	4582                	lw	a1,0(sp)
80403994:	02000513          	li	a0,32
80403998:	9a02                	jalr	s4
8040399a:	f0054a63          	bltz	a0,804030ae <__d_vfprintf+0x42>
8040399e:	197d                	add	s2,s2,-1
804039a0:	ff24e9e3          	bltu	s1,s2,80403992 <__d_vfprintf+0x926>
804039a4:	945a                	add	s0,s0,s6
804039a6:	41240433          	sub	s0,s0,s2
804039aa:	8b4a                	mv	s6,s2
804039ac:	b75d                	j	80403952 <__d_vfprintf+0x8e6>
804039ae:	895a                	mv	s2,s6
804039b0:	bfc5                	j	804039a0 <__d_vfprintf+0x934>
804039b2:	012987b3          	add	a5,s3,s2
804039b6:	4582                	lw	a1,0(sp)
804039b8:	0007c503          	lbu	a0,0(a5)
804039bc:	0905                	add	s2,s2,1
804039be:	9a02                	jalr	s4
804039c0:	f8055ae3          	bgez	a0,80403954 <__d_vfprintf+0x8e8>
804039c4:	eeaff06f          	j	804030ae <__d_vfprintf+0x42>
804039c8:	080df713          	and	a4,s11,128
804039cc:	5792                	lw	a5,36(sp)
804039ce:	cf59                	beqz	a4,80403a6c <__d_vfprintf+0xa00>
804039d0:	200df713          	and	a4,s11,512
804039d4:	c749                	beqz	a4,80403a5e <__d_vfprintf+0x9f2>
804039d6:	079d                	add	a5,a5,7
804039d8:	9be1                	and	a5,a5,-8
804039da:	4388                	lw	a0,0(a5)
804039dc:	43cc                	lw	a1,4(a5)
804039de:	00878713          	add	a4,a5,8
804039e2:	d23a                	sw	a4,36(sp)
804039e4:	fefdf993          	and	s3,s11,-17
804039e8:	09c2                	sll	s3,s3,0x10
804039ea:	0109d993          	srl	s3,s3,0x10
804039ee:	0805df63          	bgez	a1,80403a8c <__d_vfprintf+0xa20>
804039f2:	00a037b3          	snez	a5,a0
804039f6:	40b005b3          	neg	a1,a1
804039fa:	8d9d                	sub	a1,a1,a5
804039fc:	40a00533          	neg	a0,a0
80403a00:	4009e993          	or	s3,s3,1024
80403a04:	02810a93          	add	s5,sp,40
80403a08:	46a9                	li	a3,10
80403a0a:	8656                	mv	a2,s5
80403a0c:	fffff097          	auipc	ra,0xfffff
80403a10:	44c080e7          	jalr	1100(ra) # 80402e58 <__ultoa_invert>
80403a14:	0409f793          	and	a5,s3,64
80403a18:	41550ab3          	sub	s5,a0,s5
80403a1c:	c7f5                	beqz	a5,80403b08 <__d_vfprintf+0xa9c>
80403a1e:	ffe9f793          	and	a5,s3,-2
80403a22:	07c2                	sll	a5,a5,0x10
80403a24:	83c1                	srl	a5,a5,0x10
80403a26:	19aad563          	bge	s5,s10,80403bb0 <__d_vfprintf+0xb44>
80403a2a:	16090c63          	beqz	s2,80403ba2 <__d_vfprintf+0xb36>
80403a2e:	0109fc13          	and	s8,s3,16
80403a32:	84ea                	mv	s1,s10
80403a34:	89be                	mv	s3,a5
80403a36:	060c0a63          	beqz	s8,80403aaa <__d_vfprintf+0xa3e>
80403a3a:	0489                	add	s1,s1,2
80403a3c:	0089f793          	and	a5,s3,8
80403a40:	18079a63          	bnez	a5,80403bd4 <__d_vfprintf+0xb68>
80403a44:	0019f793          	and	a5,s3,1
80403a48:	cb89                	beqz	a5,80403a5a <__d_vfprintf+0x9ee>
80403a4a:	8d56                	mv	s10,s5
80403a4c:	0164d763          	bge	s1,s6,80403a5a <__d_vfprintf+0x9ee>
80403a50:	409b04b3          	sub	s1,s6,s1
80403a54:	01548d33          	add	s10,s1,s5
80403a58:	84da                	mv	s1,s6
80403a5a:	8ba6                	mv	s7,s1
80403a5c:	a2ad                	j	80403bc6 <__d_vfprintf+0xb5a>
80403a5e:	4388                	lw	a0,0(a5)
80403a60:	00478713          	add	a4,a5,4
80403a64:	d23a                	sw	a4,36(sp)
80403a66:	41f55593          	sra	a1,a0,0x1f
80403a6a:	bfad                	j	804039e4 <__d_vfprintf+0x978>
80403a6c:	00478713          	add	a4,a5,4
80403a70:	4388                	lw	a0,0(a5)
80403a72:	d23a                	sw	a4,36(sp)
80403a74:	100df793          	and	a5,s11,256
80403a78:	d7fd                	beqz	a5,80403a66 <__d_vfprintf+0x9fa>
80403a7a:	200df793          	and	a5,s11,512
80403a7e:	c781                	beqz	a5,80403a86 <__d_vfprintf+0xa1a>
80403a80:	0562                	sll	a0,a0,0x18
80403a82:	8561                	sra	a0,a0,0x18
80403a84:	b7cd                	j	80403a66 <__d_vfprintf+0x9fa>
80403a86:	0542                	sll	a0,a0,0x10
80403a88:	8541                	sra	a0,a0,0x10
80403a8a:	bff1                	j	80403a66 <__d_vfprintf+0x9fa>
80403a8c:	00b567b3          	or	a5,a0,a1
80403a90:	fbb5                	bnez	a5,80403a04 <__d_vfprintf+0x998>
80403a92:	040df793          	and	a5,s11,64
80403a96:	d7bd                	beqz	a5,80403a04 <__d_vfprintf+0x998>
80403a98:	f60d16e3          	bnez	s10,80403a04 <__d_vfprintf+0x998>
80403a9c:	feedf993          	and	s3,s11,-18
80403aa0:	09c2                	sll	s3,s3,0x10
80403aa2:	0109d993          	srl	s3,s3,0x10
80403aa6:	4a81                	li	s5,0
80403aa8:	4481                	li	s1,0
80403aaa:	4069fc13          	and	s8,s3,1030
80403aae:	f80c07e3          	beqz	s8,80403a3c <__d_vfprintf+0x9d0>
80403ab2:	0485                	add	s1,s1,1
80403ab4:	4c01                	li	s8,0
80403ab6:	b759                	j	80403a3c <__d_vfprintf+0x9d0>
80403ab8:	fefdf813          	and	a6,s11,-17
80403abc:	01081d93          	sll	s11,a6,0x10
80403ac0:	010ddd93          	srl	s11,s11,0x10
80403ac4:	46a9                	li	a3,10
80403ac6:	080df713          	and	a4,s11,128
80403aca:	5792                	lw	a5,36(sp)
80403acc:	c355                	beqz	a4,80403b70 <__d_vfprintf+0xb04>
80403ace:	200df713          	and	a4,s11,512
80403ad2:	cb49                	beqz	a4,80403b64 <__d_vfprintf+0xaf8>
80403ad4:	079d                	add	a5,a5,7
80403ad6:	9be1                	and	a5,a5,-8
80403ad8:	4388                	lw	a0,0(a5)
80403ada:	43cc                	lw	a1,4(a5)
80403adc:	00878713          	add	a4,a5,8
80403ae0:	d23a                	sw	a4,36(sp)
80403ae2:	00b567b3          	or	a5,a0,a1
80403ae6:	e7cd                	bnez	a5,80403b90 <__d_vfprintf+0xb24>
80403ae8:	fe9df993          	and	s3,s11,-23
80403aec:	09c2                	sll	s3,s3,0x10
80403aee:	040df793          	and	a5,s11,64
80403af2:	0109d993          	srl	s3,s3,0x10
80403af6:	c3dd                	beqz	a5,80403b9c <__d_vfprintf+0xb30>
80403af8:	0a0d1263          	bnez	s10,80403b9c <__d_vfprintf+0xb30>
80403afc:	fe8df993          	and	s3,s11,-24
80403b00:	09c2                	sll	s3,s3,0x10
80403b02:	0109d993          	srl	s3,s3,0x10
80403b06:	4a81                	li	s5,0
80403b08:	0109fc13          	and	s8,s3,16
80403b0c:	0a0c0463          	beqz	s8,80403bb4 <__d_vfprintf+0xb48>
80403b10:	001a8493          	add	s1,s5,1
80403b14:	f20904e3          	beqz	s2,80403a3c <__d_vfprintf+0x9d0>
80403b18:	84d6                	mv	s1,s5
80403b1a:	b705                	j	80403a3a <__d_vfprintf+0x9ce>
80403b1c:	010ded93          	or	s11,s11,16
80403b20:	46c1                	li	a3,16
80403b22:	07800913          	li	s2,120
80403b26:	b745                	j	80403ac6 <__d_vfprintf+0xa5a>
80403b28:	07800793          	li	a5,120
80403b2c:	00fc9a63          	bne	s9,a5,80403b40 <__d_vfprintf+0xad4>
80403b30:	05800793          	li	a5,88
80403b34:	46c1                	li	a3,16
80403b36:	f8f918e3          	bne	s2,a5,80403ac6 <__d_vfprintf+0xa5a>
80403b3a:	21000693          	li	a3,528
80403b3e:	b761                	j	80403ac6 <__d_vfprintf+0xa5a>
80403b40:	4582                	lw	a1,0(sp)
80403b42:	02500513          	li	a0,37
80403b46:	9a02                	jalr	s4
80403b48:	d6054363          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403b4c:	4582                	lw	a1,0(sp)
80403b4e:	854a                	mv	a0,s2
80403b50:	9a02                	jalr	s4
80403b52:	d4054e63          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403b56:	0409                	add	s0,s0,2
80403b58:	4792                	lw	a5,4(sp)
80403b5a:	d34ff06f          	j	8040308e <__d_vfprintf+0x22>
80403b5e:	46a1                	li	a3,8
80403b60:	4901                	li	s2,0
80403b62:	b795                	j	80403ac6 <__d_vfprintf+0xa5a>
80403b64:	4388                	lw	a0,0(a5)
80403b66:	00478713          	add	a4,a5,4
80403b6a:	d23a                	sw	a4,36(sp)
80403b6c:	4581                	li	a1,0
80403b6e:	bf95                	j	80403ae2 <__d_vfprintf+0xa76>
80403b70:	00478713          	add	a4,a5,4
80403b74:	4388                	lw	a0,0(a5)
80403b76:	d23a                	sw	a4,36(sp)
80403b78:	100df793          	and	a5,s11,256
80403b7c:	dbe5                	beqz	a5,80403b6c <__d_vfprintf+0xb00>
80403b7e:	200df793          	and	a5,s11,512
80403b82:	c781                	beqz	a5,80403b8a <__d_vfprintf+0xb1e>
80403b84:	0ff57513          	zext.b	a0,a0
80403b88:	b7d5                	j	80403b6c <__d_vfprintf+0xb00>
80403b8a:	0542                	sll	a0,a0,0x10
80403b8c:	8141                	srl	a0,a0,0x10
80403b8e:	bff9                	j	80403b6c <__d_vfprintf+0xb00>
80403b90:	ff9df813          	and	a6,s11,-7
80403b94:	01081993          	sll	s3,a6,0x10
80403b98:	0109d993          	srl	s3,s3,0x10
80403b9c:	02810a93          	add	s5,sp,40
80403ba0:	b5ad                	j	80403a0a <__d_vfprintf+0x99e>
80403ba2:	fee9f993          	and	s3,s3,-18
80403ba6:	09c2                	sll	s3,s3,0x10
80403ba8:	0109d993          	srl	s3,s3,0x10
80403bac:	84ea                	mv	s1,s10
80403bae:	bdf5                	j	80403aaa <__d_vfprintf+0xa3e>
80403bb0:	89be                	mv	s3,a5
80403bb2:	bf99                	j	80403b08 <__d_vfprintf+0xa9c>
80403bb4:	84d6                	mv	s1,s5
80403bb6:	bdd5                	j	80403aaa <__d_vfprintf+0xa3e>
80403bb8:	4582                	lw	a1,0(sp)
80403bba:	02000513          	li	a0,32
80403bbe:	9a02                	jalr	s4
80403bc0:	ce054763          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403bc4:	0b85                	add	s7,s7,1
80403bc6:	ff6bc9e3          	blt	s7,s6,80403bb8 <__d_vfprintf+0xb4c>
80403bca:	409404b3          	sub	s1,s0,s1
80403bce:	01748433          	add	s0,s1,s7
80403bd2:	84de                	mv	s1,s7
80403bd4:	020c0363          	beqz	s8,80403bfa <__d_vfprintf+0xb8e>
80403bd8:	4582                	lw	a1,0(sp)
80403bda:	03000513          	li	a0,48
80403bde:	9a02                	jalr	s4
80403be0:	cc054763          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403be4:	04090d63          	beqz	s2,80403c3e <__d_vfprintf+0xbd2>
80403be8:	4582                	lw	a1,0(sp)
80403bea:	0409                	add	s0,s0,2
80403bec:	854a                	mv	a0,s2
80403bee:	9a02                	jalr	s4
80403bf0:	ca054f63          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403bf4:	8c22                	mv	s8,s0
80403bf6:	9d22                	add	s10,s10,s0
80403bf8:	a81d                	j	80403c2e <__d_vfprintf+0xbc2>
80403bfa:	4069f793          	and	a5,s3,1030
80403bfe:	dbfd                	beqz	a5,80403bf4 <__d_vfprintf+0xb88>
80403c00:	0029f793          	and	a5,s3,2
80403c04:	02000513          	li	a0,32
80403c08:	c399                	beqz	a5,80403c0e <__d_vfprintf+0xba2>
80403c0a:	02b00513          	li	a0,43
80403c0e:	4009f993          	and	s3,s3,1024
80403c12:	00098463          	beqz	s3,80403c1a <__d_vfprintf+0xbae>
80403c16:	02d00513          	li	a0,45
80403c1a:	4582                	lw	a1,0(sp)
80403c1c:	0405                	add	s0,s0,1
80403c1e:	bfc1                	j	80403bee <__d_vfprintf+0xb82>
80403c20:	4582                	lw	a1,0(sp)
80403c22:	03000513          	li	a0,48
80403c26:	0c05                	add	s8,s8,1
80403c28:	9a02                	jalr	s4
80403c2a:	c8054263          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403c2e:	418d07b3          	sub	a5,s10,s8
80403c32:	fefac7e3          	blt	s5,a5,80403c20 <__d_vfprintf+0xbb4>
80403c36:	8456                	mv	s0,s5
80403c38:	e409                	bnez	s0,80403c42 <__d_vfprintf+0xbd6>
80403c3a:	9c56                	add	s8,s8,s5
80403c3c:	b305                	j	8040395c <__d_vfprintf+0x8f0>
80403c3e:	0405                	add	s0,s0,1
80403c40:	bf55                	j	80403bf4 <__d_vfprintf+0xb88>
80403c42:	147d                	add	s0,s0,-1
80403c44:	103c                	add	a5,sp,40
80403c46:	97a2                	add	a5,a5,s0
80403c48:	4582                	lw	a1,0(sp)
80403c4a:	0007c503          	lbu	a0,0(a5)
80403c4e:	9a02                	jalr	s4
80403c50:	fe0554e3          	bgez	a0,80403c38 <__d_vfprintf+0xbcc>
80403c54:	c5aff06f          	j	804030ae <__d_vfprintf+0x42>
80403c58:	4582                	lw	a1,0(sp)
80403c5a:	02000513          	li	a0,32
80403c5e:	0405                	add	s0,s0,1
80403c60:	9a02                	jalr	s4
80403c62:	c4054663          	bltz	a0,804030ae <__d_vfprintf+0x42>
80403c66:	408487b3          	sub	a5,s1,s0
80403c6a:	fef047e3          	bgtz	a5,80403c58 <__d_vfprintf+0xbec>
80403c6e:	b5ed                	j	80403b58 <__d_vfprintf+0xaec>

80403c70 <mulShiftAll64>:
80403c70:	fffff317          	auipc	t1,0xfffff
80403c74:	d56302e7          	jalr	t0,-682(t1) # 804029c6 <__riscv_save_10>
80403c78:	84b2                	mv	s1,a2
80403c7a:	00159913          	sll	s2,a1,0x1
80403c7e:	4210                	lw	a2,0(a2)
80403c80:	8ab6                	mv	s5,a3
80403c82:	89be                	mv	s3,a5
80403c84:	40d4                	lw	a3,4(s1)
80403c86:	01f55793          	srl	a5,a0,0x1f
80403c8a:	1141                	add	sp,sp,-16
80403c8c:	0127e933          	or	s2,a5,s2
80403c90:	00151413          	sll	s0,a0,0x1
80403c94:	8522                	mv	a0,s0
80403c96:	85ca                	mv	a1,s2
80403c98:	8bba                	mv	s7,a4
80403c9a:	870a                	mv	a4,sp
80403c9c:	8b42                	mv	s6,a6
80403c9e:	00001097          	auipc	ra,0x1
80403ca2:	9fc080e7          	jalr	-1540(ra) # 8040469a <__umul128>
80403ca6:	44d4                	lw	a3,12(s1)
80403ca8:	4490                	lw	a2,8(s1)
80403caa:	0038                	add	a4,sp,8
80403cac:	8caa                	mv	s9,a0
80403cae:	8c2e                	mv	s8,a1
80403cb0:	8522                	mv	a0,s0
80403cb2:	85ca                	mv	a1,s2
80403cb4:	00001097          	auipc	ra,0x1
80403cb8:	9e6080e7          	jalr	-1562(ra) # 8040469a <__umul128>
80403cbc:	4682                	lw	a3,0(sp)
80403cbe:	4712                	lw	a4,4(sp)
80403cc0:	4785                	li	a5,1
80403cc2:	00d50933          	add	s2,a0,a3
80403cc6:	00a93533          	sltu	a0,s2,a0
80403cca:	95ba                	add	a1,a1,a4
80403ccc:	00b50433          	add	s0,a0,a1
80403cd0:	00e46763          	bltu	s0,a4,80403cde <mulShiftAll64+0x6e>
80403cd4:	00871463          	bne	a4,s0,80403cdc <mulShiftAll64+0x6c>
80403cd8:	00d96363          	bltu	s2,a3,80403cde <mulShiftAll64+0x6e>
80403cdc:	4781                	li	a5,0
80403cde:	4622                	lw	a2,8(sp)
80403ce0:	4732                	lw	a4,12(sp)
80403ce2:	963e                	add	a2,a2,a5
80403ce4:	00f637b3          	sltu	a5,a2,a5
80403ce8:	00e786b3          	add	a3,a5,a4
80403cec:	4098                	lw	a4,0(s1)
80403cee:	40dc                	lw	a5,4(s1)
80403cf0:	c432                	sw	a2,8(sp)
80403cf2:	9766                	add	a4,a4,s9
80403cf4:	97e2                	add	a5,a5,s8
80403cf6:	019735b3          	sltu	a1,a4,s9
80403cfa:	95be                	add	a1,a1,a5
80403cfc:	c636                	sw	a3,12(sp)
80403cfe:	4785                	li	a5,1
80403d00:	0185e763          	bltu	a1,s8,80403d0e <mulShiftAll64+0x9e>
80403d04:	00bc1463          	bne	s8,a1,80403d0c <mulShiftAll64+0x9c>
80403d08:	01976363          	bltu	a4,s9,80403d0e <mulShiftAll64+0x9e>
80403d0c:	4781                	li	a5,0
80403d0e:	4498                	lw	a4,8(s1)
80403d10:	44c8                	lw	a0,12(s1)
80403d12:	fbfa8a13          	add	s4,s5,-65
80403d16:	974a                	add	a4,a4,s2
80403d18:	9522                	add	a0,a0,s0
80403d1a:	012735b3          	sltu	a1,a4,s2
80403d1e:	95aa                	add	a1,a1,a0
80403d20:	00e78533          	add	a0,a5,a4
80403d24:	00f537b3          	sltu	a5,a0,a5
80403d28:	95be                	add	a1,a1,a5
80403d2a:	4785                	li	a5,1
80403d2c:	0085e763          	bltu	a1,s0,80403d3a <mulShiftAll64+0xca>
80403d30:	00b41463          	bne	s0,a1,80403d38 <mulShiftAll64+0xc8>
80403d34:	01256363          	bltu	a0,s2,80403d3a <mulShiftAll64+0xca>
80403d38:	4781                	li	a5,0
80403d3a:	963e                	add	a2,a2,a5
80403d3c:	00f637b3          	sltu	a5,a2,a5
80403d40:	8752                	mv	a4,s4
80403d42:	96be                	add	a3,a3,a5
80403d44:	00001097          	auipc	ra,0x1
80403d48:	9a2080e7          	jalr	-1630(ra) # 804046e6 <__shiftright128>
80403d4c:	00aba023          	sw	a0,0(s7)
80403d50:	00bba223          	sw	a1,4(s7)
80403d54:	4785                	li	a5,1
80403d56:	48a2                	lw	a7,8(sp)
80403d58:	4832                	lw	a6,12(sp)
80403d5a:	40cc                	lw	a1,4(s1)
80403d5c:	4488                	lw	a0,8(s1)
80403d5e:	44d8                	lw	a4,12(s1)
80403d60:	06fb1d63          	bne	s6,a5,80403dda <mulShiftAll64+0x16a>
80403d64:	40a906b3          	sub	a3,s2,a0
80403d68:	00d93633          	sltu	a2,s2,a3
80403d6c:	40e407b3          	sub	a5,s0,a4
80403d70:	8f91                	sub	a5,a5,a2
80403d72:	4505                	li	a0,1
80403d74:	00bc6863          	bltu	s8,a1,80403d84 <mulShiftAll64+0x114>
80403d78:	01859563          	bne	a1,s8,80403d82 <mulShiftAll64+0x112>
80403d7c:	4098                	lw	a4,0(s1)
80403d7e:	00ece363          	bltu	s9,a4,80403d84 <mulShiftAll64+0x114>
80403d82:	4501                	li	a0,0
80403d84:	40a68533          	sub	a0,a3,a0
80403d88:	00a6b6b3          	sltu	a3,a3,a0
80403d8c:	40d785b3          	sub	a1,a5,a3
80403d90:	4605                	li	a2,1
80403d92:	00b46763          	bltu	s0,a1,80403da0 <mulShiftAll64+0x130>
80403d96:	00859463          	bne	a1,s0,80403d9e <mulShiftAll64+0x12e>
80403d9a:	00a96363          	bltu	s2,a0,80403da0 <mulShiftAll64+0x130>
80403d9e:	4601                	li	a2,0
80403da0:	40c88633          	sub	a2,a7,a2
80403da4:	00c8b6b3          	sltu	a3,a7,a2
80403da8:	8752                	mv	a4,s4
80403daa:	40d806b3          	sub	a3,a6,a3
80403dae:	00001097          	auipc	ra,0x1
80403db2:	938080e7          	jalr	-1736(ra) # 804046e6 <__shiftright128>
80403db6:	4622                	lw	a2,8(sp)
80403db8:	46b2                	lw	a3,12(sp)
80403dba:	00a9a023          	sw	a0,0(s3)
80403dbe:	00b9a223          	sw	a1,4(s3)
80403dc2:	8752                	mv	a4,s4
80403dc4:	854a                	mv	a0,s2
80403dc6:	85a2                	mv	a1,s0
80403dc8:	00001097          	auipc	ra,0x1
80403dcc:	91e080e7          	jalr	-1762(ra) # 804046e6 <__shiftright128>
80403dd0:	0141                	add	sp,sp,16
80403dd2:	fffff317          	auipc	t1,0xfffff
80403dd6:	c2c30067          	jr	-980(t1) # 804029fe <__riscv_restore_10>
80403dda:	01fcd793          	srl	a5,s9,0x1f
80403dde:	001c1613          	sll	a2,s8,0x1
80403de2:	8e5d                	or	a2,a2,a5
80403de4:	01f95693          	srl	a3,s2,0x1f
80403de8:	00141793          	sll	a5,s0,0x1
80403dec:	001c9e93          	sll	t4,s9,0x1
80403df0:	8fd5                	or	a5,a5,a3
80403df2:	00191313          	sll	t1,s2,0x1
80403df6:	4e05                	li	t3,1
80403df8:	01866763          	bltu	a2,s8,80403e06 <mulShiftAll64+0x196>
80403dfc:	00cc1463          	bne	s8,a2,80403e04 <mulShiftAll64+0x194>
80403e00:	019ee363          	bltu	t4,s9,80403e06 <mulShiftAll64+0x196>
80403e04:	4e01                	li	t3,0
80403e06:	9e1a                	add	t3,t3,t1
80403e08:	006e3333          	sltu	t1,t3,t1
80403e0c:	933e                	add	t1,t1,a5
80403e0e:	4785                	li	a5,1
80403e10:	00b66863          	bltu	a2,a1,80403e20 <mulShiftAll64+0x1b0>
80403e14:	00c59563          	bne	a1,a2,80403e1e <mulShiftAll64+0x1ae>
80403e18:	4094                	lw	a3,0(s1)
80403e1a:	00dee363          	bltu	t4,a3,80403e20 <mulShiftAll64+0x1b0>
80403e1e:	4781                	li	a5,0
80403e20:	40fe07b3          	sub	a5,t3,a5
80403e24:	00fe35b3          	sltu	a1,t3,a5
80403e28:	40b305b3          	sub	a1,t1,a1
80403e2c:	40a78533          	sub	a0,a5,a0
80403e30:	00a7b7b3          	sltu	a5,a5,a0
80403e34:	8d99                	sub	a1,a1,a4
80403e36:	01f8d693          	srl	a3,a7,0x1f
80403e3a:	8d9d                	sub	a1,a1,a5
80403e3c:	00181793          	sll	a5,a6,0x1
80403e40:	8fd5                	or	a5,a5,a3
80403e42:	fc0a8713          	add	a4,s5,-64
80403e46:	0886                	sll	a7,a7,0x1
80403e48:	4685                	li	a3,1
80403e4a:	00836763          	bltu	t1,s0,80403e58 <mulShiftAll64+0x1e8>
80403e4e:	00641463          	bne	s0,t1,80403e56 <mulShiftAll64+0x1e6>
80403e52:	012e6363          	bltu	t3,s2,80403e58 <mulShiftAll64+0x1e8>
80403e56:	4681                	li	a3,0
80403e58:	96c6                	add	a3,a3,a7
80403e5a:	0116b8b3          	sltu	a7,a3,a7
80403e5e:	98be                	add	a7,a7,a5
80403e60:	4605                	li	a2,1
80403e62:	00b36763          	bltu	t1,a1,80403e70 <mulShiftAll64+0x200>
80403e66:	00659463          	bne	a1,t1,80403e6e <mulShiftAll64+0x1fe>
80403e6a:	00ae6363          	bltu	t3,a0,80403e70 <mulShiftAll64+0x200>
80403e6e:	4601                	li	a2,0
80403e70:	40c68633          	sub	a2,a3,a2
80403e74:	00c6b6b3          	sltu	a3,a3,a2
80403e78:	40d886b3          	sub	a3,a7,a3
80403e7c:	bf0d                	j	80403dae <mulShiftAll64+0x13e>

80403e7e <div10>:
80403e7e:	fffff317          	auipc	t1,0xfffff
80403e82:	b70302e7          	jalr	t0,-1168(t1) # 804029ee <__riscv_save_0>
80403e86:	804067b7          	lui	a5,0x80406
80403e8a:	c007a603          	lw	a2,-1024(a5) # 80405c00 <stdout+0x4>
80403e8e:	c047a683          	lw	a3,-1020(a5)
80403e92:	1141                	add	sp,sp,-16
80403e94:	0038                	add	a4,sp,8
80403e96:	00001097          	auipc	ra,0x1
80403e9a:	804080e7          	jalr	-2044(ra) # 8040469a <__umul128>
80403e9e:	45b2                	lw	a1,12(sp)
80403ea0:	47a2                	lw	a5,8(sp)
80403ea2:	01d59513          	sll	a0,a1,0x1d
80403ea6:	838d                	srl	a5,a5,0x3
80403ea8:	8d5d                	or	a0,a0,a5
80403eaa:	818d                	srl	a1,a1,0x3
80403eac:	0141                	add	sp,sp,16
80403eae:	fffff317          	auipc	t1,0xfffff
80403eb2:	b6430067          	jr	-1180(t1) # 80402a12 <__riscv_restore_0>

80403eb6 <__dtoa_engine>:
80403eb6:	fffff317          	auipc	t1,0xfffff
80403eba:	b08302e7          	jalr	t0,-1272(t1) # 804029be <__riscv_save_12>
80403ebe:	715d                	add	sp,sp,-80
80403ec0:	8bb6                	mv	s7,a3
80403ec2:	001006b7          	lui	a3,0x100
80403ec6:	c43a                	sw	a4,8(sp)
80403ec8:	c63e                	sw	a5,12(sp)
80403eca:	01f5d713          	srl	a4,a1,0x1f
80403ece:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80403ed2:	0145d793          	srl	a5,a1,0x14
80403ed6:	00bdfdb3          	and	s11,s11,a1
80403eda:	c03a                	sw	a4,0(sp)
80403edc:	7ff7f413          	and	s0,a5,2047
80403ee0:	84aa                	mv	s1,a0
80403ee2:	8ab2                	mv	s5,a2
80403ee4:	00ade733          	or	a4,s11,a0
80403ee8:	e415                	bnez	s0,80403f14 <__dtoa_engine+0x5e>
80403eea:	e721                	bnez	a4,80403f32 <__dtoa_engine+0x7c>
80403eec:	03000793          	li	a5,48
80403ef0:	00f602a3          	sb	a5,5(a2) # 80000005 <errno+0x80000005>
80403ef4:	4782                	lw	a5,0(sp)
80403ef6:	00060323          	sb	zero,6(a2)
80403efa:	00062023          	sw	zero,0(a2)
80403efe:	0027e993          	or	s3,a5,2
80403f02:	01360223          	sb	s3,4(a2)
80403f06:	4405                	li	s0,1
80403f08:	8522                	mv	a0,s0
80403f0a:	6161                	add	sp,sp,80
80403f0c:	fffff317          	auipc	t1,0xfffff
80403f10:	aee30067          	jr	-1298(t1) # 804029fa <__riscv_restore_12>
80403f14:	7ff00613          	li	a2,2047
80403f18:	0ac41d63          	bne	s0,a2,80403fd2 <__dtoa_engine+0x11c>
80403f1c:	4782                	lw	a5,0(sp)
80403f1e:	0047e793          	or	a5,a5,4
80403f22:	c701                	beqz	a4,80403f2a <__dtoa_engine+0x74>
80403f24:	4782                	lw	a5,0(sp)
80403f26:	0087e793          	or	a5,a5,8
80403f2a:	00fa8223          	sb	a5,4(s5)
80403f2e:	4401                	li	s0,0
80403f30:	bfe1                	j	80403f08 <__dtoa_engine+0x52>
80403f32:	00157793          	and	a5,a0,1
80403f36:	c23e                	sw	a5,4(sp)
80403f38:	002d9993          	sll	s3,s11,0x2
80403f3c:	01e55793          	srl	a5,a0,0x1e
80403f40:	0137e9b3          	or	s3,a5,s3
80403f44:	00251c13          	sll	s8,a0,0x2
80403f48:	892a                	mv	s2,a0
80403f4a:	bcc00413          	li	s0,-1076
80403f4e:	4805                	li	a6,1
80403f50:	4d05                	li	s10,1
80403f52:	408004b3          	neg	s1,s0
80403f56:	8526                	mv	a0,s1
80403f58:	ca42                	sw	a6,20(sp)
80403f5a:	00000097          	auipc	ra,0x0
80403f5e:	71e080e7          	jalr	1822(ra) # 80404678 <__log10Pow5>
80403f62:	fff42793          	slti	a5,s0,-1
80403f66:	40f50b33          	sub	s6,a0,a5
80403f6a:	416484b3          	sub	s1,s1,s6
80403f6e:	8526                	mv	a0,s1
80403f70:	00000097          	auipc	ra,0x0
80403f74:	718080e7          	jalr	1816(ra) # 80404688 <__pow5bits>
80403f78:	f8350693          	add	a3,a0,-125
80403f7c:	40db06b3          	sub	a3,s6,a3
80403f80:	8526                	mv	a0,s1
80403f82:	008c                	add	a1,sp,64
80403f84:	c836                	sw	a3,16(sp)
80403f86:	00000097          	auipc	ra,0x0
80403f8a:	492080e7          	jalr	1170(ra) # 80404418 <__double_computePow5>
80403f8e:	4852                	lw	a6,20(sp)
80403f90:	46c2                	lw	a3,16(sp)
80403f92:	181c                	add	a5,sp,48
80403f94:	1038                	add	a4,sp,40
80403f96:	0090                	add	a2,sp,64
80403f98:	854a                	mv	a0,s2
80403f9a:	85ee                	mv	a1,s11
80403f9c:	00000097          	auipc	ra,0x0
80403fa0:	cd4080e7          	jalr	-812(ra) # 80403c70 <mulShiftAll64>
80403fa4:	4785                	li	a5,1
80403fa6:	008b0a33          	add	s4,s6,s0
80403faa:	84ae                	mv	s1,a1
80403fac:	842a                	mv	s0,a0
80403fae:	1567ee63          	bltu	a5,s6,8040410a <__dtoa_engine+0x254>
80403fb2:	4792                	lw	a5,4(sp)
80403fb4:	4985                	li	s3,1
80403fb6:	10078e63          	beqz	a5,804040d2 <__dtoa_engine+0x21c>
80403fba:	57a2                	lw	a5,40(sp)
80403fbc:	5732                	lw	a4,44(sp)
80403fbe:	4985                	li	s3,1
80403fc0:	fff78693          	add	a3,a5,-1
80403fc4:	0017b793          	seqz	a5,a5
80403fc8:	40f707b3          	sub	a5,a4,a5
80403fcc:	d436                	sw	a3,40(sp)
80403fce:	d63e                	sw	a5,44(sp)
80403fd0:	a8c9                	j	804040a2 <__dtoa_engine+0x1ec>
80403fd2:	01b6edb3          	or	s11,a3,s11
80403fd6:	00157693          	and	a3,a0,1
80403fda:	c236                	sw	a3,4(sp)
80403fdc:	002d9993          	sll	s3,s11,0x2
80403fe0:	01e55693          	srl	a3,a0,0x1e
80403fe4:	bcb40413          	add	s0,s0,-1077
80403fe8:	892a                	mv	s2,a0
80403fea:	0136e9b3          	or	s3,a3,s3
80403fee:	00251c13          	sll	s8,a0,0x2
80403ff2:	4d05                	li	s10,1
80403ff4:	e709                	bnez	a4,80403ffe <__dtoa_engine+0x148>
80403ff6:	7fe7f793          	and	a5,a5,2046
80403ffa:	0017bd13          	seqz	s10,a5
80403ffe:	886a                	mv	a6,s10
80404000:	f40449e3          	bltz	s0,80403f52 <__dtoa_engine+0x9c>
80404004:	8522                	mv	a0,s0
80404006:	00000097          	auipc	ra,0x0
8040400a:	664080e7          	jalr	1636(ra) # 8040466a <__log10Pow2>
8040400e:	00442793          	slti	a5,s0,4
80404012:	0017c793          	xor	a5,a5,1
80404016:	40f50a33          	sub	s4,a0,a5
8040401a:	8552                	mv	a0,s4
8040401c:	00000097          	auipc	ra,0x0
80404020:	66c080e7          	jalr	1644(ra) # 80404688 <__pow5bits>
80404024:	07c50693          	add	a3,a0,124
80404028:	408a0433          	sub	s0,s4,s0
8040402c:	96a2                	add	a3,a3,s0
8040402e:	008c                	add	a1,sp,64
80404030:	8552                	mv	a0,s4
80404032:	c836                	sw	a3,16(sp)
80404034:	00000097          	auipc	ra,0x0
80404038:	50c080e7          	jalr	1292(ra) # 80404540 <__double_computeInvPow5>
8040403c:	46c2                	lw	a3,16(sp)
8040403e:	181c                	add	a5,sp,48
80404040:	8526                	mv	a0,s1
80404042:	886a                	mv	a6,s10
80404044:	1038                	add	a4,sp,40
80404046:	0090                	add	a2,sp,64
80404048:	85ee                	mv	a1,s11
8040404a:	00000097          	auipc	ra,0x0
8040404e:	c26080e7          	jalr	-986(ra) # 80403c70 <mulShiftAll64>
80404052:	47d5                	li	a5,21
80404054:	842a                	mv	s0,a0
80404056:	84ae                	mv	s1,a1
80404058:	0b47e763          	bltu	a5,s4,80404106 <__dtoa_engine+0x250>
8040405c:	804067b7          	lui	a5,0x80406
80404060:	c047a683          	lw	a3,-1020(a5) # 80405c04 <stdout+0x8>
80404064:	c007a603          	lw	a2,-1024(a5)
80404068:	1838                	add	a4,sp,56
8040406a:	8562                	mv	a0,s8
8040406c:	85ce                	mv	a1,s3
8040406e:	00000097          	auipc	ra,0x0
80404072:	62c080e7          	jalr	1580(ra) # 8040469a <__umul128>
80404076:	57e2                	lw	a5,56(sp)
80404078:	56f2                	lw	a3,60(sp)
8040407a:	5da2                	lw	s11,40(sp)
8040407c:	8389                	srl	a5,a5,0x2
8040407e:	06fa                	sll	a3,a3,0x1e
80404080:	8fd5                	or	a5,a5,a3
80404082:	4695                	li	a3,5
80404084:	02f687b3          	mul	a5,a3,a5
80404088:	5932                	lw	s2,44(sp)
8040408a:	01879e63          	bne	a5,s8,804040a6 <__dtoa_engine+0x1f0>
8040408e:	85ce                	mv	a1,s3
80404090:	8562                	mv	a0,s8
80404092:	00000097          	auipc	ra,0x0
80404096:	348080e7          	jalr	840(ra) # 804043da <__pow5Factor>
8040409a:	01453733          	sltu	a4,a0,s4
8040409e:	00174993          	xor	s3,a4,1
804040a2:	4d01                	li	s10,0
804040a4:	a03d                	j	804040d2 <__dtoa_engine+0x21c>
804040a6:	4792                	lw	a5,4(sp)
804040a8:	eb95                	bnez	a5,804040dc <__dtoa_engine+0x226>
804040aa:	fffc0793          	add	a5,s8,-1
804040ae:	41a78533          	sub	a0,a5,s10
804040b2:	001c3593          	seqz	a1,s8
804040b6:	00a7b7b3          	sltu	a5,a5,a0
804040ba:	40b985b3          	sub	a1,s3,a1
804040be:	8d9d                	sub	a1,a1,a5
804040c0:	00000097          	auipc	ra,0x0
804040c4:	31a080e7          	jalr	794(ra) # 804043da <__pow5Factor>
804040c8:	01453933          	sltu	s2,a0,s4
804040cc:	00194d13          	xor	s10,s2,1
804040d0:	4981                	li	s3,0
804040d2:	47a2                	lw	a5,8(sp)
804040d4:	10079e63          	bnez	a5,804041f0 <__dtoa_engine+0x33a>
804040d8:	8b5e                	mv	s6,s7
804040da:	a079                	j	80404168 <__dtoa_engine+0x2b2>
804040dc:	002c0513          	add	a0,s8,2
804040e0:	018535b3          	sltu	a1,a0,s8
804040e4:	95ce                	add	a1,a1,s3
804040e6:	00000097          	auipc	ra,0x0
804040ea:	2f4080e7          	jalr	756(ra) # 804043da <__pow5Factor>
804040ee:	01453533          	sltu	a0,a0,s4
804040f2:	00154513          	xor	a0,a0,1
804040f6:	40ad8533          	sub	a0,s11,a0
804040fa:	00adbdb3          	sltu	s11,s11,a0
804040fe:	41b90733          	sub	a4,s2,s11
80404102:	d42a                	sw	a0,40(sp)
80404104:	d63a                	sw	a4,44(sp)
80404106:	4981                	li	s3,0
80404108:	bf69                	j	804040a2 <__dtoa_engine+0x1ec>
8040410a:	03e00793          	li	a5,62
8040410e:	ff67ece3          	bltu	a5,s6,80404106 <__dtoa_engine+0x250>
80404112:	865a                	mv	a2,s6
80404114:	557d                	li	a0,-1
80404116:	55fd                	li	a1,-1
80404118:	ffffe097          	auipc	ra,0xffffe
8040411c:	192080e7          	jalr	402(ra) # 804022aa <__ashldi3>
80404120:	fff54513          	not	a0,a0
80404124:	fff5c593          	not	a1,a1
80404128:	0135f5b3          	and	a1,a1,s3
8040412c:	01857533          	and	a0,a0,s8
80404130:	00b56733          	or	a4,a0,a1
80404134:	00173993          	seqz	s3,a4
80404138:	b7ad                	j	804040a2 <__dtoa_engine+0x1ec>
8040413a:	02d50833          	mul	a6,a0,a3
8040413e:	0785                	add	a5,a5,1
80404140:	02b536b3          	mulhu	a3,a0,a1
80404144:	02b505b3          	mul	a1,a0,a1
80404148:	96c2                	add	a3,a3,a6
8040414a:	00d4e663          	bltu	s1,a3,80404156 <__dtoa_engine+0x2a0>
8040414e:	fe9696e3          	bne	a3,s1,8040413a <__dtoa_engine+0x284>
80404152:	feb474e3          	bgeu	s0,a1,8040413a <__dtoa_engine+0x284>
80404156:	4732                	lw	a4,12(sp)
80404158:	97d2                	add	a5,a5,s4
8040415a:	97ba                	add	a5,a5,a4
8040415c:	00f04363          	bgtz	a5,80404162 <__dtoa_engine+0x2ac>
80404160:	4785                	li	a5,1
80404162:	8b3e                	mv	s6,a5
80404164:	f6fbcae3          	blt	s7,a5,804040d8 <__dtoa_engine+0x222>
80404168:	4c81                	li	s9,0
8040416a:	4901                	li	s2,0
8040416c:	4c01                	li	s8,0
8040416e:	5522                	lw	a0,40(sp)
80404170:	55b2                	lw	a1,44(sp)
80404172:	00000097          	auipc	ra,0x0
80404176:	d0c080e7          	jalr	-756(ra) # 80403e7e <div10>
8040417a:	57c2                	lw	a5,48(sp)
8040417c:	8dae                	mv	s11,a1
8040417e:	55d2                	lw	a1,52(sp)
80404180:	c82a                	sw	a0,16(sp)
80404182:	853e                	mv	a0,a5
80404184:	ca3e                	sw	a5,20(sp)
80404186:	00000097          	auipc	ra,0x0
8040418a:	cf8080e7          	jalr	-776(ra) # 80403e7e <div10>
8040418e:	832a                	mv	t1,a0
80404190:	88ae                	mv	a7,a1
80404192:	4ea9                	li	t4,10
80404194:	01b5e763          	bltu	a1,s11,804041a2 <__dtoa_engine+0x2ec>
80404198:	08bd9863          	bne	s11,a1,80404228 <__dtoa_engine+0x372>
8040419c:	47c2                	lw	a5,16(sp)
8040419e:	08f57563          	bgeu	a0,a5,80404228 <__dtoa_engine+0x372>
804041a2:	8522                	mv	a0,s0
804041a4:	85a6                	mv	a1,s1
804041a6:	ce46                	sw	a7,28(sp)
804041a8:	cc1a                	sw	t1,24(sp)
804041aa:	00000097          	auipc	ra,0x0
804041ae:	cd4080e7          	jalr	-812(ra) # 80403e7e <div10>
804041b2:	4362                	lw	t1,24(sp)
804041b4:	4ea9                	li	t4,10
804041b6:	001cb693          	seqz	a3,s9
804041ba:	026e8833          	mul	a6,t4,t1
804041be:	00d9f9b3          	and	s3,s3,a3
804041c2:	47d2                	lw	a5,20(sp)
804041c4:	48f2                	lw	a7,28(sp)
804041c6:	d66e                	sw	s11,44(sp)
804041c8:	d81a                	sw	t1,48(sp)
804041ca:	da46                	sw	a7,52(sp)
804041cc:	0905                	add	s2,s2,1
804041ce:	84ae                	mv	s1,a1
804041d0:	02ae86b3          	mul	a3,t4,a0
804041d4:	40f80833          	sub	a6,a6,a5
804041d8:	47c2                	lw	a5,16(sp)
804041da:	00183813          	seqz	a6,a6
804041de:	010d7d33          	and	s10,s10,a6
804041e2:	d43e                	sw	a5,40(sp)
804041e4:	40d406b3          	sub	a3,s0,a3
804041e8:	0ff6fc93          	zext.b	s9,a3
804041ec:	842a                	mv	s0,a0
804041ee:	b741                	j	8040416e <__dtoa_engine+0x2b8>
804041f0:	45a9                	li	a1,10
804041f2:	4681                	li	a3,0
804041f4:	4785                	li	a5,1
804041f6:	4529                	li	a0,10
804041f8:	bf89                	j	8040414a <__dtoa_engine+0x294>
804041fa:	030e8f33          	mul	t5,t4,a6
804041fe:	0505                	add	a0,a0,1
80404200:	02beb833          	mulhu	a6,t4,a1
80404204:	02be85b3          	mul	a1,t4,a1
80404208:	987a                	add	a6,a6,t5
8040420a:	0104e663          	bltu	s1,a6,80404216 <__dtoa_engine+0x360>
8040420e:	fe9816e3          	bne	a6,s1,804041fa <__dtoa_engine+0x344>
80404212:	feb474e3          	bgeu	s0,a1,804041fa <__dtoa_engine+0x344>
80404216:	00ab5d63          	bge	s6,a0,80404230 <__dtoa_engine+0x37a>
8040421a:	000b1563          	bnez	s6,80404224 <__dtoa_engine+0x36e>
8040421e:	009465b3          	or	a1,s0,s1
80404222:	c599                	beqz	a1,80404230 <__dtoa_engine+0x37a>
80404224:	4c05                	li	s8,1
80404226:	bfb5                	j	804041a2 <__dtoa_engine+0x2ec>
80404228:	45a9                	li	a1,10
8040422a:	4801                	li	a6,0
8040422c:	4505                	li	a0,1
8040422e:	bff1                	j	8040420a <__dtoa_engine+0x354>
80404230:	060d0763          	beqz	s10,8040429e <__dtoa_engine+0x3e8>
80404234:	4da9                	li	s11,10
80404236:	5342                	lw	t1,48(sp)
80404238:	55d2                	lw	a1,52(sp)
8040423a:	851a                	mv	a0,t1
8040423c:	c81a                	sw	t1,16(sp)
8040423e:	00000097          	auipc	ra,0x0
80404242:	c40080e7          	jalr	-960(ra) # 80403e7e <div10>
80404246:	ce2e                	sw	a1,28(sp)
80404248:	02ad85b3          	mul	a1,s11,a0
8040424c:	4342                	lw	t1,16(sp)
8040424e:	882a                	mv	a6,a0
80404250:	cc42                	sw	a6,24(sp)
80404252:	04659663          	bne	a1,t1,8040429e <__dtoa_engine+0x3e8>
80404256:	5522                	lw	a0,40(sp)
80404258:	55b2                	lw	a1,44(sp)
8040425a:	0905                	add	s2,s2,1
8040425c:	00000097          	auipc	ra,0x0
80404260:	c22080e7          	jalr	-990(ra) # 80403e7e <div10>
80404264:	ca2a                	sw	a0,20(sp)
80404266:	c82e                	sw	a1,16(sp)
80404268:	8522                	mv	a0,s0
8040426a:	85a6                	mv	a1,s1
8040426c:	00000097          	auipc	ra,0x0
80404270:	c12080e7          	jalr	-1006(ra) # 80403e7e <div10>
80404274:	001cb693          	seqz	a3,s9
80404278:	00d9f9b3          	and	s3,s3,a3
8040427c:	02ad86b3          	mul	a3,s11,a0
80404280:	4e52                	lw	t3,20(sp)
80404282:	4342                	lw	t1,16(sp)
80404284:	4862                	lw	a6,24(sp)
80404286:	48f2                	lw	a7,28(sp)
80404288:	d472                	sw	t3,40(sp)
8040428a:	d61a                	sw	t1,44(sp)
8040428c:	d842                	sw	a6,48(sp)
8040428e:	da46                	sw	a7,52(sp)
80404290:	84ae                	mv	s1,a1
80404292:	40d406b3          	sub	a3,s0,a3
80404296:	0ff6fc93          	zext.b	s9,a3
8040429a:	842a                	mv	s0,a0
8040429c:	bf69                	j	80404236 <__dtoa_engine+0x380>
8040429e:	9952                	add	s2,s2,s4
804042a0:	0c098863          	beqz	s3,80404370 <__dtoa_engine+0x4ba>
804042a4:	4715                	li	a4,5
804042a6:	0cec9563          	bne	s9,a4,80404370 <__dtoa_engine+0x4ba>
804042aa:	00147713          	and	a4,s0,1
804042ae:	e755                	bnez	a4,8040435a <__dtoa_engine+0x4a4>
804042b0:	000c1963          	bnez	s8,804042c2 <__dtoa_engine+0x40c>
804042b4:	5742                	lw	a4,48(sp)
804042b6:	00871563          	bne	a4,s0,804042c0 <__dtoa_engine+0x40a>
804042ba:	5752                	lw	a4,52(sp)
804042bc:	0c970c63          	beq	a4,s1,80404394 <__dtoa_engine+0x4de>
804042c0:	4701                	li	a4,0
804042c2:	943a                	add	s0,s0,a4
804042c4:	00e435b3          	sltu	a1,s0,a4
804042c8:	95a6                	add	a1,a1,s1
804042ca:	8a2e                	mv	s4,a1
804042cc:	84a2                	mv	s1,s0
804042ce:	4629                	li	a2,10
804042d0:	4681                	li	a3,0
804042d2:	4c05                	li	s8,1
804042d4:	4529                	li	a0,10
804042d6:	00d5e663          	bltu	a1,a3,804042e2 <__dtoa_engine+0x42c>
804042da:	0ab69f63          	bne	a3,a1,80404398 <__dtoa_engine+0x4e2>
804042de:	0ac47d63          	bgeu	s0,a2,80404398 <__dtoa_engine+0x4e2>
804042e2:	c329                	beqz	a4,80404324 <__dtoa_engine+0x46e>
804042e4:	058b5063          	bge	s6,s8,80404324 <__dtoa_engine+0x46e>
804042e8:	47a2                	lw	a5,8(sp)
804042ea:	cf91                	beqz	a5,80404306 <__dtoa_engine+0x450>
804042ec:	4732                	lw	a4,12(sp)
804042ee:	012c07b3          	add	a5,s8,s2
804042f2:	00f70b33          	add	s6,a4,a5
804042f6:	000b5363          	bgez	s6,804042fc <__dtoa_engine+0x446>
804042fa:	4b01                	li	s6,0
804042fc:	016bd363          	bge	s7,s6,80404302 <__dtoa_engine+0x44c>
80404300:	8b5e                	mv	s6,s7
80404302:	038b5163          	bge	s6,s8,80404324 <__dtoa_engine+0x46e>
80404306:	00540513          	add	a0,s0,5
8040430a:	00853433          	sltu	s0,a0,s0
8040430e:	4629                	li	a2,10
80404310:	4681                	li	a3,0
80404312:	95a2                	add	a1,a1,s0
80404314:	ffffe097          	auipc	ra,0xffffe
80404318:	024080e7          	jalr	36(ra) # 80402338 <__udivdi3>
8040431c:	84aa                	mv	s1,a0
8040431e:	8a2e                	mv	s4,a1
80404320:	0905                	add	s2,s2,1
80404322:	1c7d                	add	s8,s8,-1
80404324:	87da                	mv	a5,s6
80404326:	016c5363          	bge	s8,s6,8040432c <__dtoa_engine+0x476>
8040432a:	87e2                	mv	a5,s8
8040432c:	01079413          	sll	s0,a5,0x10
80404330:	0942                	sll	s2,s2,0x10
80404332:	8441                	sra	s0,s0,0x10
80404334:	41095913          	sra	s2,s2,0x10
80404338:	9922                	add	s2,s2,s0
8040433a:	008a8b33          	add	s6,s5,s0
8040433e:	197d                	add	s2,s2,-1
80404340:	4b81                	li	s7,0
80404342:	8c5a                	mv	s8,s6
80404344:	1b7d                	add	s6,s6,-1
80404346:	068bc263          	blt	s7,s0,804043aa <__dtoa_engine+0x4f4>
8040434a:	4782                	lw	a5,0(sp)
8040434c:	000c02a3          	sb	zero,5(s8)
80404350:	012aa023          	sw	s2,0(s5)
80404354:	00fa8223          	sb	a5,4(s5)
80404358:	be45                	j	80403f08 <__dtoa_engine+0x52>
8040435a:	4705                	li	a4,1
8040435c:	f60c13e3          	bnez	s8,804042c2 <__dtoa_engine+0x40c>
80404360:	5742                	lw	a4,48(sp)
80404362:	00871563          	bne	a4,s0,8040436c <__dtoa_engine+0x4b6>
80404366:	5752                	lw	a4,52(sp)
80404368:	00970c63          	beq	a4,s1,80404380 <__dtoa_engine+0x4ca>
8040436c:	4705                	li	a4,1
8040436e:	bf91                	j	804042c2 <__dtoa_engine+0x40c>
80404370:	000c1d63          	bnez	s8,8040438a <__dtoa_engine+0x4d4>
80404374:	5742                	lw	a4,48(sp)
80404376:	00871a63          	bne	a4,s0,8040438a <__dtoa_engine+0x4d4>
8040437a:	5752                	lw	a4,52(sp)
8040437c:	00971763          	bne	a4,s1,8040438a <__dtoa_engine+0x4d4>
80404380:	4792                	lw	a5,4(sp)
80404382:	4705                	li	a4,1
80404384:	ff9d                	bnez	a5,804042c2 <__dtoa_engine+0x40c>
80404386:	f20d0ee3          	beqz	s10,804042c2 <__dtoa_engine+0x40c>
8040438a:	005cb693          	sltiu	a3,s9,5
8040438e:	0016c713          	xor	a4,a3,1
80404392:	bf05                	j	804042c2 <__dtoa_engine+0x40c>
80404394:	4c91                	li	s9,4
80404396:	b7ed                	j	80404380 <__dtoa_engine+0x4ca>
80404398:	02d50833          	mul	a6,a0,a3
8040439c:	0c05                	add	s8,s8,1
8040439e:	02c536b3          	mulhu	a3,a0,a2
804043a2:	02c50633          	mul	a2,a0,a2
804043a6:	96c2                	add	a3,a3,a6
804043a8:	b73d                	j	804042d6 <__dtoa_engine+0x420>
804043aa:	4629                	li	a2,10
804043ac:	4681                	li	a3,0
804043ae:	8526                	mv	a0,s1
804043b0:	85d2                	mv	a1,s4
804043b2:	ffffe097          	auipc	ra,0xffffe
804043b6:	2e4080e7          	jalr	740(ra) # 80402696 <__umoddi3>
804043ba:	03050513          	add	a0,a0,48
804043be:	00ab02a3          	sb	a0,5(s6)
804043c2:	85d2                	mv	a1,s4
804043c4:	8526                	mv	a0,s1
804043c6:	4629                	li	a2,10
804043c8:	4681                	li	a3,0
804043ca:	ffffe097          	auipc	ra,0xffffe
804043ce:	f6e080e7          	jalr	-146(ra) # 80402338 <__udivdi3>
804043d2:	84aa                	mv	s1,a0
804043d4:	8a2e                	mv	s4,a1
804043d6:	0b85                	add	s7,s7,1
804043d8:	b7b5                	j	80404344 <__dtoa_engine+0x48e>

804043da <__pow5Factor>:
804043da:	ccccd737          	lui	a4,0xccccd
804043de:	333336b7          	lui	a3,0x33333
804043e2:	87aa                	mv	a5,a0
804043e4:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8b160d>
804043e8:	4501                	li	a0,0
804043ea:	ccc70713          	add	a4,a4,-820
804043ee:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
804043f2:	02c585b3          	mul	a1,a1,a2
804043f6:	02e78833          	mul	a6,a5,a4
804043fa:	982e                	add	a6,a6,a1
804043fc:	02c7b5b3          	mulhu	a1,a5,a2
80404400:	95c2                	add	a1,a1,a6
80404402:	02c787b3          	mul	a5,a5,a2
80404406:	00b6e863          	bltu	a3,a1,80404416 <__pow5Factor+0x3c>
8040440a:	00d59463          	bne	a1,a3,80404412 <__pow5Factor+0x38>
8040440e:	00f5e463          	bltu	a1,a5,80404416 <__pow5Factor+0x3c>
80404412:	0505                	add	a0,a0,1
80404414:	bff9                	j	804043f2 <__pow5Factor+0x18>
80404416:	8082                	ret

80404418 <__double_computePow5>:
80404418:	ffffe317          	auipc	t1,0xffffe
8040441c:	5ae302e7          	jalr	t0,1454(t1) # 804029c6 <__riscv_save_10>
80404420:	47e9                	li	a5,26
80404422:	02f55b33          	divu	s6,a0,a5
80404426:	804059b7          	lui	s3,0x80405
8040442a:	7b098b93          	add	s7,s3,1968 # 804057b0 <DOUBLE_POW5_SPLIT2>
8040442e:	1101                	add	sp,sp,-32
80404430:	892e                	mv	s2,a1
80404432:	02f577b3          	remu	a5,a0,a5
80404436:	004b1713          	sll	a4,s6,0x4
8040443a:	9bba                	add	s7,s7,a4
8040443c:	e785                	bnez	a5,80404464 <__double_computePow5+0x4c>
8040443e:	000ba703          	lw	a4,0(s7)
80404442:	004ba783          	lw	a5,4(s7)
80404446:	c198                	sw	a4,0(a1)
80404448:	c1dc                	sw	a5,4(a1)
8040444a:	008ba503          	lw	a0,8(s7)
8040444e:	00cba583          	lw	a1,12(s7)
80404452:	00a92423          	sw	a0,8(s2)
80404456:	00b92623          	sw	a1,12(s2)
8040445a:	6105                	add	sp,sp,32
8040445c:	ffffe317          	auipc	t1,0xffffe
80404460:	5a230067          	jr	1442(t1) # 804029fe <__riscv_restore_10>
80404464:	7b098993          	add	s3,s3,1968
80404468:	078e                	sll	a5,a5,0x3
8040446a:	97ce                	add	a5,a5,s3
8040446c:	0d07aa03          	lw	s4,208(a5)
80404470:	0d47aa83          	lw	s5,212(a5)
80404474:	008ba603          	lw	a2,8(s7)
80404478:	00cba683          	lw	a3,12(s7)
8040447c:	0818                	add	a4,sp,16
8040447e:	85d6                	mv	a1,s5
80404480:	842a                	mv	s0,a0
80404482:	8552                	mv	a0,s4
80404484:	00000097          	auipc	ra,0x0
80404488:	216080e7          	jalr	534(ra) # 8040469a <__umul128>
8040448c:	000ba603          	lw	a2,0(s7)
80404490:	004ba683          	lw	a3,4(s7)
80404494:	84aa                	mv	s1,a0
80404496:	8c2e                	mv	s8,a1
80404498:	0838                	add	a4,sp,24
8040449a:	8552                	mv	a0,s4
8040449c:	85d6                	mv	a1,s5
8040449e:	00000097          	auipc	ra,0x0
804044a2:	1fc080e7          	jalr	508(ra) # 8040469a <__umul128>
804044a6:	47e2                	lw	a5,24(sp)
804044a8:	4772                	lw	a4,28(sp)
804044aa:	8aaa                	mv	s5,a0
804044ac:	94be                	add	s1,s1,a5
804044ae:	00f4ba33          	sltu	s4,s1,a5
804044b2:	9c3a                	add	s8,s8,a4
804044b4:	9a62                	add	s4,s4,s8
804044b6:	00ea6663          	bltu	s4,a4,804044c2 <__double_computePow5+0xaa>
804044ba:	01471d63          	bne	a4,s4,804044d4 <__double_computePow5+0xbc>
804044be:	00f4fb63          	bgeu	s1,a5,804044d4 <__double_computePow5+0xbc>
804044c2:	47c2                	lw	a5,16(sp)
804044c4:	46d2                	lw	a3,20(sp)
804044c6:	00178713          	add	a4,a5,1
804044ca:	00f737b3          	sltu	a5,a4,a5
804044ce:	97b6                	add	a5,a5,a3
804044d0:	c83a                	sw	a4,16(sp)
804044d2:	ca3e                	sw	a5,20(sp)
804044d4:	8522                	mv	a0,s0
804044d6:	c62e                	sw	a1,12(sp)
804044d8:	00000097          	auipc	ra,0x0
804044dc:	1b0080e7          	jalr	432(ra) # 80404688 <__pow5bits>
804044e0:	8baa                	mv	s7,a0
804044e2:	4569                	li	a0,26
804044e4:	02ab0533          	mul	a0,s6,a0
804044e8:	00000097          	auipc	ra,0x0
804044ec:	1a0080e7          	jalr	416(ra) # 80404688 <__pow5bits>
804044f0:	45b2                	lw	a1,12(sp)
804044f2:	40ab8733          	sub	a4,s7,a0
804044f6:	8626                	mv	a2,s1
804044f8:	86d2                	mv	a3,s4
804044fa:	8556                	mv	a0,s5
804044fc:	c43a                	sw	a4,8(sp)
804044fe:	00000097          	auipc	ra,0x0
80404502:	1e8080e7          	jalr	488(ra) # 804046e6 <__shiftright128>
80404506:	00445793          	srl	a5,s0,0x4
8040450a:	078a                	sll	a5,a5,0x2
8040450c:	99be                	add	s3,s3,a5
8040450e:	1a09a783          	lw	a5,416(s3)
80404512:	0406                	sll	s0,s0,0x1
80404514:	8879                	and	s0,s0,30
80404516:	0087d7b3          	srl	a5,a5,s0
8040451a:	8b8d                	and	a5,a5,3
8040451c:	953e                	add	a0,a0,a5
8040451e:	00f537b3          	sltu	a5,a0,a5
80404522:	4722                	lw	a4,8(sp)
80404524:	4642                	lw	a2,16(sp)
80404526:	46d2                	lw	a3,20(sp)
80404528:	97ae                	add	a5,a5,a1
8040452a:	00a92023          	sw	a0,0(s2)
8040452e:	00f92223          	sw	a5,4(s2)
80404532:	8526                	mv	a0,s1
80404534:	85d2                	mv	a1,s4
80404536:	00000097          	auipc	ra,0x0
8040453a:	1b0080e7          	jalr	432(ra) # 804046e6 <__shiftright128>
8040453e:	bf11                	j	80404452 <__double_computePow5+0x3a>

80404540 <__double_computeInvPow5>:
80404540:	ffffe317          	auipc	t1,0xffffe
80404544:	486302e7          	jalr	t0,1158(t1) # 804029c6 <__riscv_save_10>
80404548:	4b69                	li	s6,26
8040454a:	01950793          	add	a5,a0,25
8040454e:	0367d7b3          	divu	a5,a5,s6
80404552:	80405ab7          	lui	s5,0x80405
80404556:	7b0a8493          	add	s1,s5,1968 # 804057b0 <DOUBLE_POW5_SPLIT2>
8040455a:	1f848493          	add	s1,s1,504
8040455e:	1101                	add	sp,sp,-32
80404560:	8a2e                	mv	s4,a1
80404562:	03678b33          	mul	s6,a5,s6
80404566:	0792                	sll	a5,a5,0x4
80404568:	94be                	add	s1,s1,a5
8040456a:	40ab0733          	sub	a4,s6,a0
8040456e:	02ab1163          	bne	s6,a0,80404590 <__double_computeInvPow5+0x50>
80404572:	4098                	lw	a4,0(s1)
80404574:	40dc                	lw	a5,4(s1)
80404576:	c198                	sw	a4,0(a1)
80404578:	c1dc                	sw	a5,4(a1)
8040457a:	4488                	lw	a0,8(s1)
8040457c:	44cc                	lw	a1,12(s1)
8040457e:	00aa2423          	sw	a0,8(s4)
80404582:	00ba2623          	sw	a1,12(s4)
80404586:	6105                	add	sp,sp,32
80404588:	ffffe317          	auipc	t1,0xffffe
8040458c:	47630067          	jr	1142(t1) # 804029fe <__riscv_restore_10>
80404590:	7b0a8a93          	add	s5,s5,1968
80404594:	070e                	sll	a4,a4,0x3
80404596:	9756                	add	a4,a4,s5
80404598:	0d072903          	lw	s2,208(a4)
8040459c:	0d472983          	lw	s3,212(a4)
804045a0:	4490                	lw	a2,8(s1)
804045a2:	44d4                	lw	a3,12(s1)
804045a4:	0818                	add	a4,sp,16
804045a6:	85ce                	mv	a1,s3
804045a8:	842a                	mv	s0,a0
804045aa:	854a                	mv	a0,s2
804045ac:	00000097          	auipc	ra,0x0
804045b0:	0ee080e7          	jalr	238(ra) # 8040469a <__umul128>
804045b4:	4090                	lw	a2,0(s1)
804045b6:	40d4                	lw	a3,4(s1)
804045b8:	8c2a                	mv	s8,a0
804045ba:	00163793          	seqz	a5,a2
804045be:	8bae                	mv	s7,a1
804045c0:	0838                	add	a4,sp,24
804045c2:	8e9d                	sub	a3,a3,a5
804045c4:	854a                	mv	a0,s2
804045c6:	85ce                	mv	a1,s3
804045c8:	167d                	add	a2,a2,-1
804045ca:	00000097          	auipc	ra,0x0
804045ce:	0d0080e7          	jalr	208(ra) # 8040469a <__umul128>
804045d2:	47e2                	lw	a5,24(sp)
804045d4:	4772                	lw	a4,28(sp)
804045d6:	89aa                	mv	s3,a0
804045d8:	9c3e                	add	s8,s8,a5
804045da:	00fc3933          	sltu	s2,s8,a5
804045de:	9bba                	add	s7,s7,a4
804045e0:	995e                	add	s2,s2,s7
804045e2:	00e96663          	bltu	s2,a4,804045ee <__double_computeInvPow5+0xae>
804045e6:	01271d63          	bne	a4,s2,80404600 <__double_computeInvPow5+0xc0>
804045ea:	00fc7b63          	bgeu	s8,a5,80404600 <__double_computeInvPow5+0xc0>
804045ee:	47c2                	lw	a5,16(sp)
804045f0:	46d2                	lw	a3,20(sp)
804045f2:	00178713          	add	a4,a5,1
804045f6:	00f737b3          	sltu	a5,a4,a5
804045fa:	97b6                	add	a5,a5,a3
804045fc:	c83a                	sw	a4,16(sp)
804045fe:	ca3e                	sw	a5,20(sp)
80404600:	855a                	mv	a0,s6
80404602:	c62e                	sw	a1,12(sp)
80404604:	00000097          	auipc	ra,0x0
80404608:	084080e7          	jalr	132(ra) # 80404688 <__pow5bits>
8040460c:	8b2a                	mv	s6,a0
8040460e:	8522                	mv	a0,s0
80404610:	00000097          	auipc	ra,0x0
80404614:	078080e7          	jalr	120(ra) # 80404688 <__pow5bits>
80404618:	45b2                	lw	a1,12(sp)
8040461a:	40ab0733          	sub	a4,s6,a0
8040461e:	8662                	mv	a2,s8
80404620:	86ca                	mv	a3,s2
80404622:	854e                	mv	a0,s3
80404624:	c43a                	sw	a4,8(sp)
80404626:	00000097          	auipc	ra,0x0
8040462a:	0c0080e7          	jalr	192(ra) # 804046e6 <__shiftright128>
8040462e:	00445793          	srl	a5,s0,0x4
80404632:	078a                	sll	a5,a5,0x2
80404634:	9abe                	add	s5,s5,a5
80404636:	2e8aa783          	lw	a5,744(s5)
8040463a:	0406                	sll	s0,s0,0x1
8040463c:	8879                	and	s0,s0,30
8040463e:	0087d7b3          	srl	a5,a5,s0
80404642:	8b8d                	and	a5,a5,3
80404644:	0785                	add	a5,a5,1
80404646:	953e                	add	a0,a0,a5
80404648:	00f537b3          	sltu	a5,a0,a5
8040464c:	4722                	lw	a4,8(sp)
8040464e:	4642                	lw	a2,16(sp)
80404650:	46d2                	lw	a3,20(sp)
80404652:	97ae                	add	a5,a5,a1
80404654:	00aa2023          	sw	a0,0(s4)
80404658:	00fa2223          	sw	a5,4(s4)
8040465c:	8562                	mv	a0,s8
8040465e:	85ca                	mv	a1,s2
80404660:	00000097          	auipc	ra,0x0
80404664:	086080e7          	jalr	134(ra) # 804046e6 <__shiftright128>
80404668:	bf19                	j	8040457e <__double_computeInvPow5+0x3e>

8040466a <__log10Pow2>:
8040466a:	67cd                	lui	a5,0x13
8040466c:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80404670:	02f50533          	mul	a0,a0,a5
80404674:	8149                	srl	a0,a0,0x12
80404676:	8082                	ret

80404678 <__log10Pow5>:
80404678:	000b37b7          	lui	a5,0xb3
8040467c:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80404680:	02f50533          	mul	a0,a0,a5
80404684:	8151                	srl	a0,a0,0x14
80404686:	8082                	ret

80404688 <__pow5bits>:
80404688:	001297b7          	lui	a5,0x129
8040468c:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80404690:	02f50533          	mul	a0,a0,a5
80404694:	814d                	srl	a0,a0,0x13
80404696:	0505                	add	a0,a0,1
80404698:	8082                	ret

8040469a <__umul128>:
8040469a:	02c537b3          	mulhu	a5,a0,a2
8040469e:	832e                	mv	t1,a1
804046a0:	02c585b3          	mul	a1,a1,a2
804046a4:	02c33833          	mulhu	a6,t1,a2
804046a8:	95be                	add	a1,a1,a5
804046aa:	00f5b7b3          	sltu	a5,a1,a5
804046ae:	97c2                	add	a5,a5,a6
804046b0:	02a68833          	mul	a6,a3,a0
804046b4:	02a6b8b3          	mulhu	a7,a3,a0
804046b8:	95c2                	add	a1,a1,a6
804046ba:	0105b833          	sltu	a6,a1,a6
804046be:	98c2                	add	a7,a7,a6
804046c0:	02d30833          	mul	a6,t1,a3
804046c4:	02d33333          	mulhu	t1,t1,a3
804046c8:	983e                	add	a6,a6,a5
804046ca:	011806b3          	add	a3,a6,a7
804046ce:	00f837b3          	sltu	a5,a6,a5
804046d2:	0106b833          	sltu	a6,a3,a6
804046d6:	c314                	sw	a3,0(a4)
804046d8:	979a                	add	a5,a5,t1
804046da:	983e                	add	a6,a6,a5
804046dc:	02c50533          	mul	a0,a0,a2
804046e0:	01072223          	sw	a6,4(a4)
804046e4:	8082                	ret

804046e6 <__shiftright128>:
804046e6:	ffffe317          	auipc	t1,0xffffe
804046ea:	2ee302e7          	jalr	t0,750(t1) # 804029d4 <__riscv_save_4>
804046ee:	8a2a                	mv	s4,a0
804046f0:	8532                	mv	a0,a2
804046f2:	04000613          	li	a2,64
804046f6:	8e19                	sub	a2,a2,a4
804046f8:	89ae                	mv	s3,a1
804046fa:	85b6                	mv	a1,a3
804046fc:	843a                	mv	s0,a4
804046fe:	ffffe097          	auipc	ra,0xffffe
80404702:	bac080e7          	jalr	-1108(ra) # 804022aa <__ashldi3>
80404706:	892a                	mv	s2,a0
80404708:	84ae                	mv	s1,a1
8040470a:	8622                	mv	a2,s0
8040470c:	8552                	mv	a0,s4
8040470e:	85ce                	mv	a1,s3
80404710:	ffffe097          	auipc	ra,0xffffe
80404714:	b72080e7          	jalr	-1166(ra) # 80402282 <__lshrdi3>
80404718:	00a96533          	or	a0,s2,a0
8040471c:	8dc5                	or	a1,a1,s1
8040471e:	ffffe317          	auipc	t1,0xffffe
80404722:	2ea30067          	jr	746(t1) # 80402a08 <__riscv_restore_4>

80404726 <strchr>:
80404726:	0ff5f593          	zext.b	a1,a1
8040472a:	00054783          	lbu	a5,0(a0)
8040472e:	c791                	beqz	a5,8040473a <strchr+0x14>
80404730:	00b79363          	bne	a5,a1,80404736 <strchr+0x10>
80404734:	8082                	ret
80404736:	0505                	add	a0,a0,1
80404738:	bfcd                	j	8040472a <strchr+0x4>
8040473a:	c191                	beqz	a1,8040473e <strchr+0x18>
8040473c:	4501                	li	a0,0
8040473e:	8082                	ret

80404740 <strnlen>:
80404740:	95aa                	add	a1,a1,a0
80404742:	87aa                	mv	a5,a0
80404744:	00b78563          	beq	a5,a1,8040474e <strnlen+0xe>
80404748:	0007c703          	lbu	a4,0(a5)
8040474c:	e701                	bnez	a4,80404754 <strnlen+0x14>
8040474e:	40a78533          	sub	a0,a5,a0
80404752:	8082                	ret
80404754:	0785                	add	a5,a5,1
80404756:	b7fd                	j	80404744 <strnlen+0x4>
