
build/fsbench.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00008197          	auipc	gp,0x8
80400004:	89818193          	add	gp,gp,-1896 # 80407898 <__global_pointer$>
80400008:	00019117          	auipc	sp,0x19
8040000c:	12810113          	add	sp,sp,296 # 80419130 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00007297          	auipc	t0,0x7
80400016:	09e28293          	add	t0,t0,158 # 804070b0 <panicking>
8040001a:	00061317          	auipc	t1,0x61
8040001e:	d3630313          	add	t1,t1,-714 # 80460d50 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00007297          	auipc	t0,0x7
8040003e:	07628293          	add	t0,t0,118 # 804070b0 <panicking>
80400042:	00007317          	auipc	t1,0x7
80400046:	07230313          	add	t1,t1,114 # 804070b4 <nhooks>
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
80400078:	00007317          	auipc	t1,0x7
8040007c:	03830313          	add	t1,t1,56 # 804070b0 <panicking>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00001097          	auipc	ra,0x1
8040009a:	a54080e7          	jalr	-1452(ra) # 80400aea <uni_runtime_start>
8040009e:	a001                	j	8040009e <_start+0x9e>

804000a0 <main>:
804000a0:	7139                	add	sp,sp,-64
804000a2:	de06                	sw	ra,60(sp)
804000a4:	dc22                	sw	s0,56(sp)
804000a6:	da26                	sw	s1,52(sp)
804000a8:	d84a                	sw	s2,48(sp)
804000aa:	d64e                	sw	s3,44(sp)
804000ac:	d452                	sw	s4,40(sp)
804000ae:	d256                	sw	s5,36(sp)
804000b0:	d05a                	sw	s6,32(sp)
804000b2:	ce5e                	sw	s7,28(sp)
804000b4:	cc62                	sw	s8,24(sp)
804000b6:	ca66                	sw	s9,20(sp)
804000b8:	c86a                	sw	s10,16(sp)
804000ba:	c66e                	sw	s11,12(sp)
804000bc:	4785                	li	a5,1
804000be:	14a7ce63          	blt	a5,a0,8040021a <main+0x17a>
804000c2:	6a05                	lui	s4,0x1
804000c4:	00300cb7          	lui	s9,0x300
804000c8:	c00a0a13          	add	s4,s4,-1024 # c00 <errno+0xc00>
804000cc:	4a81                	li	s5,0
804000ce:	80406b37          	lui	s6,0x80406
804000d2:	1a400613          	li	a2,420
804000d6:	24100593          	li	a1,577
804000da:	030b0513          	add	a0,s6,48 # 80406030 <strlcpy_k+0x1ba>
804000de:	00002097          	auipc	ra,0x2
804000e2:	e02080e7          	jalr	-510(ra) # 80401ee0 <open>
804000e6:	89aa                	mv	s3,a0
804000e8:	1a054a63          	bltz	a0,8040029c <main+0x1fc>
804000ec:	9e378437          	lui	s0,0x9e378
804000f0:	4d01                	li	s10,0
804000f2:	4c01                	li	s8,0
804000f4:	80407937          	lui	s2,0x80407
804000f8:	6d89                	lui	s11,0x2
804000fa:	9b140413          	add	s0,s0,-1615 # 9e3779b1 <__bss_end+0x1df16c61>
804000fe:	ef362bb7          	lui	s7,0xef362
80400102:	418c84b3          	sub	s1,s9,s8
80400106:	009df363          	bgeu	s11,s1,8040010c <main+0x6c>
8040010a:	6489                	lui	s1,0x2
8040010c:	019c0f63          	beq	s8,s9,8040012a <main+0x8a>
80400110:	13090793          	add	a5,s2,304 # 80407130 <buf>
80400114:	00f485b3          	add	a1,s1,a5
80400118:	876a                	mv	a4,s10
8040011a:	01875693          	srl	a3,a4,0x18
8040011e:	00d78023          	sb	a3,0(a5)
80400122:	0785                	add	a5,a5,1
80400124:	9722                	add	a4,a4,s0
80400126:	feb79ae3          	bne	a5,a1,8040011a <main+0x7a>
8040012a:	8626                	mv	a2,s1
8040012c:	13090593          	add	a1,s2,304
80400130:	854e                	mv	a0,s3
80400132:	00002097          	auipc	ra,0x2
80400136:	c92080e7          	jalr	-878(ra) # 80401dc4 <write>
8040013a:	12951a63          	bne	a0,s1,8040026e <main+0x1ce>
8040013e:	9c6e                	add	s8,s8,s11
80400140:	9d5e                	add	s10,s10,s7
80400142:	fd9c60e3          	bltu	s8,s9,80400102 <main+0x62>
80400146:	854e                	mv	a0,s3
80400148:	00002097          	auipc	ra,0x2
8040014c:	e4a080e7          	jalr	-438(ra) # 80401f92 <close>
80400150:	18054063          	bltz	a0,804002d0 <main+0x230>
80400154:	4581                	li	a1,0
80400156:	030b0513          	add	a0,s6,48
8040015a:	00002097          	auipc	ra,0x2
8040015e:	d86080e7          	jalr	-634(ra) # 80401ee0 <open>
80400162:	84aa                	mv	s1,a0
80400164:	14054963          	bltz	a0,804002b6 <main+0x216>
80400168:	4609                	li	a2,2
8040016a:	4581                	li	a1,0
8040016c:	00002097          	auipc	ra,0x2
80400170:	ea8080e7          	jalr	-344(ra) # 80402014 <lseek>
80400174:	11951a63          	bne	a0,s9,80400288 <main+0x1e8>
80400178:	4601                	li	a2,0
8040017a:	4581                	li	a1,0
8040017c:	8526                	mv	a0,s1
8040017e:	00002097          	auipc	ra,0x2
80400182:	e96080e7          	jalr	-362(ra) # 80402014 <lseek>
80400186:	10051163          	bnez	a0,80400288 <main+0x1e8>
8040018a:	811cabb7          	lui	s7,0x811ca
8040018e:	9e3789b7          	lui	s3,0x9e378
80400192:	dc5b8b93          	add	s7,s7,-571 # 811c9dc5 <__bss_end+0xd69075>
80400196:	4c01                	li	s8,0
80400198:	9b198993          	add	s3,s3,-1615 # 9e3779b1 <__bss_end+0x1df16c61>
8040019c:	6609                	lui	a2,0x2
8040019e:	13090593          	add	a1,s2,304
804001a2:	8526                	mv	a0,s1
804001a4:	00002097          	auipc	ra,0x2
804001a8:	caa080e7          	jalr	-854(ra) # 80401e4e <read>
804001ac:	842a                	mv	s0,a0
804001ae:	16050063          	beqz	a0,8040030e <main+0x26e>
804001b2:	16044b63          	bltz	s0,80400328 <main+0x288>
804001b6:	13090893          	add	a7,s2,304
804001ba:	033c0733          	mul	a4,s8,s3
804001be:	00888533          	add	a0,a7,s0
804001c2:	13090813          	add	a6,s2,304
804001c6:	13090593          	add	a1,s2,304
804001ca:	a029                	j	804001d4 <main+0x134>
804001cc:	0585                	add	a1,a1,1
804001ce:	974e                	add	a4,a4,s3
804001d0:	10b50d63          	beq	a0,a1,804002ea <main+0x24a>
804001d4:	0005c603          	lbu	a2,0(a1)
804001d8:	01875793          	srl	a5,a4,0x18
804001dc:	86be                	mv	a3,a5
804001de:	fef607e3          	beq	a2,a5,804001cc <main+0x12c>
804001e2:	411c08b3          	sub	a7,s8,a7
804001e6:	80406537          	lui	a0,0x80406
804001ea:	95c6                	add	a1,a1,a7
804001ec:	0b050513          	add	a0,a0,176 # 804060b0 <strlcpy_k+0x23a>
804001f0:	00003097          	auipc	ra,0x3
804001f4:	89a080e7          	jalr	-1894(ra) # 80402a8a <printf>
804001f8:	4405                	li	s0,1
804001fa:	50f2                	lw	ra,60(sp)
804001fc:	8522                	mv	a0,s0
804001fe:	5462                	lw	s0,56(sp)
80400200:	54d2                	lw	s1,52(sp)
80400202:	5942                	lw	s2,48(sp)
80400204:	59b2                	lw	s3,44(sp)
80400206:	5a22                	lw	s4,40(sp)
80400208:	5a92                	lw	s5,36(sp)
8040020a:	5b02                	lw	s6,32(sp)
8040020c:	4bf2                	lw	s7,28(sp)
8040020e:	4c62                	lw	s8,24(sp)
80400210:	4cd2                	lw	s9,20(sp)
80400212:	4d42                	lw	s10,16(sp)
80400214:	4db2                	lw	s11,12(sp)
80400216:	6121                	add	sp,sp,64
80400218:	8082                	ret
8040021a:	842a                	mv	s0,a0
8040021c:	41c8                	lw	a0,4(a1)
8040021e:	84ae                	mv	s1,a1
80400220:	4629                	li	a2,10
80400222:	4581                	li	a1,0
80400224:	00003097          	auipc	ra,0x3
80400228:	894080e7          	jalr	-1900(ra) # 80402ab8 <strtoul>
8040022c:	4789                	li	a5,2
8040022e:	8a2a                	mv	s4,a0
80400230:	4a81                	li	s5,0
80400232:	00f40d63          	beq	s0,a5,8040024c <main+0x1ac>
80400236:	4488                	lw	a0,8(s1)
80400238:	804065b7          	lui	a1,0x80406
8040023c:	00058593          	mv	a1,a1
80400240:	00003097          	auipc	ra,0x3
80400244:	832080e7          	jalr	-1998(ra) # 80402a72 <strcmp>
80400248:	00153a93          	seqz	s5,a0
8040024c:	fffa0793          	add	a5,s4,-1
80400250:	00100737          	lui	a4,0x100
80400254:	00aa1c93          	sll	s9,s4,0xa
80400258:	e6e7ebe3          	bltu	a5,a4,804000ce <main+0x2e>
8040025c:	80406537          	lui	a0,0x80406
80400260:	00850513          	add	a0,a0,8 # 80406008 <strlcpy_k+0x192>
80400264:	00003097          	auipc	ra,0x3
80400268:	826080e7          	jalr	-2010(ra) # 80402a8a <printf>
8040026c:	b771                	j	804001f8 <main+0x158>
8040026e:	804065b7          	lui	a1,0x80406
80400272:	80406537          	lui	a0,0x80406
80400276:	06458593          	add	a1,a1,100 # 80406064 <strlcpy_k+0x1ee>
8040027a:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1da>
8040027e:	00003097          	auipc	ra,0x3
80400282:	80c080e7          	jalr	-2036(ra) # 80402a8a <printf>
80400286:	bf8d                	j	804001f8 <main+0x158>
80400288:	80406537          	lui	a0,0x80406
8040028c:	85e6                	mv	a1,s9
8040028e:	08850513          	add	a0,a0,136 # 80406088 <strlcpy_k+0x212>
80400292:	00002097          	auipc	ra,0x2
80400296:	7f8080e7          	jalr	2040(ra) # 80402a8a <printf>
8040029a:	bfb9                	j	804001f8 <main+0x158>
8040029c:	804065b7          	lui	a1,0x80406
804002a0:	80406537          	lui	a0,0x80406
804002a4:	03c58593          	add	a1,a1,60 # 8040603c <strlcpy_k+0x1c6>
804002a8:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1da>
804002ac:	00002097          	auipc	ra,0x2
804002b0:	7de080e7          	jalr	2014(ra) # 80402a8a <printf>
804002b4:	b791                	j	804001f8 <main+0x158>
804002b6:	804065b7          	lui	a1,0x80406
804002ba:	80406537          	lui	a0,0x80406
804002be:	07458593          	add	a1,a1,116 # 80406074 <strlcpy_k+0x1fe>
804002c2:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1da>
804002c6:	00002097          	auipc	ra,0x2
804002ca:	7c4080e7          	jalr	1988(ra) # 80402a8a <printf>
804002ce:	b72d                	j	804001f8 <main+0x158>
804002d0:	804065b7          	lui	a1,0x80406
804002d4:	80406537          	lui	a0,0x80406
804002d8:	06c58593          	add	a1,a1,108 # 8040606c <strlcpy_k+0x1f6>
804002dc:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1da>
804002e0:	00002097          	auipc	ra,0x2
804002e4:	7aa080e7          	jalr	1962(ra) # 80402a8a <printf>
804002e8:	bf01                	j	804001f8 <main+0x158>
804002ea:	010006b7          	lui	a3,0x1000
804002ee:	4781                	li	a5,0
804002f0:	19368693          	add	a3,a3,403 # 1000193 <errno+0x1000193>
804002f4:	00f80733          	add	a4,a6,a5
804002f8:	00074703          	lbu	a4,0(a4) # 100000 <errno+0x100000>
804002fc:	0785                	add	a5,a5,1
804002fe:	01774733          	xor	a4,a4,s7
80400302:	02d70bb3          	mul	s7,a4,a3
80400306:	fef417e3          	bne	s0,a5,804002f4 <main+0x254>
8040030a:	9c22                	add	s8,s8,s0
8040030c:	bd41                	j	8040019c <main+0xfc>
8040030e:	039c0a63          	beq	s8,s9,80400342 <main+0x2a2>
80400312:	80406537          	lui	a0,0x80406
80400316:	8666                	mv	a2,s9
80400318:	85e2                	mv	a1,s8
8040031a:	0d850513          	add	a0,a0,216 # 804060d8 <strlcpy_k+0x262>
8040031e:	00002097          	auipc	ra,0x2
80400322:	76c080e7          	jalr	1900(ra) # 80402a8a <printf>
80400326:	bdc9                	j	804001f8 <main+0x158>
80400328:	804065b7          	lui	a1,0x80406
8040032c:	80406537          	lui	a0,0x80406
80400330:	0a858593          	add	a1,a1,168 # 804060a8 <strlcpy_k+0x232>
80400334:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1da>
80400338:	00002097          	auipc	ra,0x2
8040033c:	752080e7          	jalr	1874(ra) # 80402a8a <printf>
80400340:	bd65                	j	804001f8 <main+0x158>
80400342:	8526                	mv	a0,s1
80400344:	00002097          	auipc	ra,0x2
80400348:	c4e080e7          	jalr	-946(ra) # 80401f92 <close>
8040034c:	f80542e3          	bltz	a0,804002d0 <main+0x230>
80400350:	80406537          	lui	a0,0x80406
80400354:	865e                	mv	a2,s7
80400356:	85d2                	mv	a1,s4
80400358:	10050513          	add	a0,a0,256 # 80406100 <strlcpy_k+0x28a>
8040035c:	00002097          	auipc	ra,0x2
80400360:	72e080e7          	jalr	1838(ra) # 80402a8a <printf>
80400364:	e80a9be3          	bnez	s5,804001fa <main+0x15a>
80400368:	030b0513          	add	a0,s6,48
8040036c:	00002097          	auipc	ra,0x2
80400370:	d26080e7          	jalr	-730(ra) # 80402092 <unlink>
80400374:	e80553e3          	bgez	a0,804001fa <main+0x15a>
80400378:	804065b7          	lui	a1,0x80406
8040037c:	80406537          	lui	a0,0x80406
80400380:	13858593          	add	a1,a1,312 # 80406138 <strlcpy_k+0x2c2>
80400384:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1da>
80400388:	00002097          	auipc	ra,0x2
8040038c:	702080e7          	jalr	1794(ra) # 80402a8a <printf>
80400390:	b5a5                	j	804001f8 <main+0x158>

80400392 <console_init>:
80400392:	1141                	add	sp,sp,-16
80400394:	804077b7          	lui	a5,0x80407
80400398:	c422                	sw	s0,8(sp)
8040039a:	0b87a403          	lw	s0,184(a5) # 804070b8 <uni_start_info>
8040039e:	c606                	sw	ra,12(sp)
804003a0:	5848                	lw	a0,52(s0)
804003a2:	00000097          	auipc	ra,0x0
804003a6:	6da080e7          	jalr	1754(ra) # 80400a7c <uni_mfn_to_virt>
804003aa:	c939                	beqz	a0,80400400 <console_init+0x6e>
804003ac:	5c10                	lw	a2,56(s0)
804003ae:	85aa                	mv	a1,a0
804003b0:	804016b7          	lui	a3,0x80401
804003b4:	8041b537          	lui	a0,0x8041b
804003b8:	3d450513          	add	a0,a0,980 # 8041b3d4 <cons>
804003bc:	2a068693          	add	a3,a3,672 # 804012a0 <pv_block>
804003c0:	00001097          	auipc	ra,0x1
804003c4:	ff8080e7          	jalr	-8(ra) # 804013b8 <pvcons_init>
804003c8:	5c08                	lw	a0,56(s0)
804003ca:	804025b7          	lui	a1,0x80402
804003ce:	4601                	li	a2,0
804003d0:	9d258593          	add	a1,a1,-1582 # 804019d2 <cons_event>
804003d4:	00001097          	auipc	ra,0x1
804003d8:	d32080e7          	jalr	-718(ra) # 80401106 <evtchn_bind>
804003dc:	02054a63          	bltz	a0,80400410 <console_init+0x7e>
804003e0:	4422                	lw	s0,8(sp)
804003e2:	40b2                	lw	ra,12(sp)
804003e4:	804077b7          	lui	a5,0x80407
804003e8:	4705                	li	a4,1
804003ea:	80402537          	lui	a0,0x80402
804003ee:	0ce7a823          	sw	a4,208(a5) # 804070d0 <ready>
804003f2:	9d450513          	add	a0,a0,-1580 # 804019d4 <uni_console_drain>
804003f6:	0141                	add	sp,sp,16
804003f8:	00000317          	auipc	t1,0x0
804003fc:	4a030067          	jr	1184(t1) # 80400898 <uni_at_shutdown>
80400400:	80406537          	lui	a0,0x80406
80400404:	59850513          	add	a0,a0,1432 # 80406598 <names.0+0x58>
80400408:	00000097          	auipc	ra,0x0
8040040c:	4e0080e7          	jalr	1248(ra) # 804008e8 <uni_panic>
80400410:	80406537          	lui	a0,0x80406
80400414:	5cc50513          	add	a0,a0,1484 # 804065cc <names.0+0x8c>
80400418:	00000097          	auipc	ra,0x0
8040041c:	4d0080e7          	jalr	1232(ra) # 804008e8 <uni_panic>

80400420 <time_init>:
80400420:	1141                	add	sp,sp,-16
80400422:	c606                	sw	ra,12(sp)
80400424:	c422                	sw	s0,8(sp)
80400426:	c81027f3          	rdtimeh	a5
8040042a:	c01026f3          	rdtime	a3
8040042e:	c8102773          	rdtimeh	a4
80400432:	fee79ae3          	bne	a5,a4,80400426 <time_init+0x6>
80400436:	80407437          	lui	s0,0x80407
8040043a:	80407737          	lui	a4,0x80407
8040043e:	0d440593          	add	a1,s0,212 # 804070d4 <timer_port>
80400442:	4501                	li	a0,0
80400444:	0cd72c23          	sw	a3,216(a4) # 804070d8 <boot_time>
80400448:	0cf72e23          	sw	a5,220(a4)
8040044c:	00001097          	auipc	ra,0x1
80400450:	dda080e7          	jalr	-550(ra) # 80401226 <evtchn_bind_virq>
80400454:	02054363          	bltz	a0,8040047a <time_init+0x5a>
80400458:	0d442503          	lw	a0,212(s0)
8040045c:	804025b7          	lui	a1,0x80402
80400460:	4601                	li	a2,0
80400462:	ad858593          	add	a1,a1,-1320 # 80401ad8 <timer_event>
80400466:	00001097          	auipc	ra,0x1
8040046a:	ca0080e7          	jalr	-864(ra) # 80401106 <evtchn_bind>
8040046e:	00054663          	bltz	a0,8040047a <time_init+0x5a>
80400472:	40b2                	lw	ra,12(sp)
80400474:	4422                	lw	s0,8(sp)
80400476:	0141                	add	sp,sp,16
80400478:	8082                	ret
8040047a:	80406537          	lui	a0,0x80406
8040047e:	5e850513          	add	a0,a0,1512 # 804065e8 <names.0+0xa8>
80400482:	00000097          	auipc	ra,0x0
80400486:	466080e7          	jalr	1126(ra) # 804008e8 <uni_panic>

8040048a <memory_init>:
8040048a:	804077b7          	lui	a5,0x80407
8040048e:	0b87a683          	lw	a3,184(a5) # 804070b8 <uni_start_info>
80400492:	804077b7          	lui	a5,0x80407
80400496:	0c07a603          	lw	a2,192(a5) # 804070c0 <pv_shared_info>
8040049a:	5ed8                	lw	a4,60(a3)
8040049c:	42bc                	lw	a5,64(a3)
8040049e:	528c                	lw	a1,32(a3)
804004a0:	6685                	lui	a3,0x1
804004a2:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
804004a4:	9736                	add	a4,a4,a3
804004a6:	07b2                	sll	a5,a5,0xc
804004a8:	97ba                	add	a5,a5,a4
804004aa:	76fd                	lui	a3,0xfffff
804004ac:	8ff5                	and	a5,a5,a3
804004ae:	800008b7          	lui	a7,0x80000
804004b2:	804076b7          	lui	a3,0x80407
804004b6:	1116a423          	sw	a7,264(a3) # 80407108 <low_next>
804004ba:	804076b7          	lui	a3,0x80407
804004be:	804008b7          	lui	a7,0x80400
804004c2:	00080737          	lui	a4,0x80
804004c6:	1116a223          	sw	a7,260(a3) # 80407104 <low_end>
804004ca:	804076b7          	lui	a3,0x80407
804004ce:	14462803          	lw	a6,324(a2) # 2144 <errno+0x2144>
804004d2:	972e                	add	a4,a4,a1
804004d4:	0ef6ae23          	sw	a5,252(a3) # 804070fc <brk>
804004d8:	804076b7          	lui	a3,0x80407
804004dc:	1141                	add	sp,sp,-16
804004de:	15462603          	lw	a2,340(a2)
804004e2:	0732                	sll	a4,a4,0xc
804004e4:	10f6a023          	sw	a5,256(a3) # 80407100 <heap_start>
804004e8:	804077b7          	lui	a5,0x80407
804004ec:	c422                	sw	s0,8(sp)
804004ee:	0ee7ac23          	sw	a4,248(a5) # 804070f8 <top>
804004f2:	80407437          	lui	s0,0x80407
804004f6:	804077b7          	lui	a5,0x80407
804004fa:	0f07a223          	sw	a6,228(a5) # 804070e4 <revoke_seen>
804004fe:	0e840593          	add	a1,s0,232 # 804070e8 <revoke_port>
80400502:	804077b7          	lui	a5,0x80407
80400506:	4541                	li	a0,16
80400508:	c606                	sw	ra,12(sp)
8040050a:	0ec7a023          	sw	a2,224(a5) # 804070e0 <revoked_seen>
8040050e:	00001097          	auipc	ra,0x1
80400512:	d18080e7          	jalr	-744(ra) # 80401226 <evtchn_bind_virq>
80400516:	02054363          	bltz	a0,8040053c <memory_init+0xb2>
8040051a:	0e842503          	lw	a0,232(s0)
8040051e:	804025b7          	lui	a1,0x80402
80400522:	4601                	li	a2,0
80400524:	ada58593          	add	a1,a1,-1318 # 80401ada <revoke_event>
80400528:	00001097          	auipc	ra,0x1
8040052c:	bde080e7          	jalr	-1058(ra) # 80401106 <evtchn_bind>
80400530:	00054663          	bltz	a0,8040053c <memory_init+0xb2>
80400534:	40b2                	lw	ra,12(sp)
80400536:	4422                	lw	s0,8(sp)
80400538:	0141                	add	sp,sp,16
8040053a:	8082                	ret
8040053c:	80406537          	lui	a0,0x80406
80400540:	60850513          	add	a0,a0,1544 # 80406608 <names.0+0xc8>
80400544:	00000097          	auipc	ra,0x0
80400548:	3a4080e7          	jalr	932(ra) # 804008e8 <uni_panic>

8040054c <blk_init>:
8040054c:	7175                	add	sp,sp,-144
8040054e:	804077b7          	lui	a5,0x80407
80400552:	c326                	sw	s1,132(sp)
80400554:	0b87a483          	lw	s1,184(a5) # 804070b8 <uni_start_info>
80400558:	c706                	sw	ra,140(sp)
8040055a:	c522                	sw	s0,136(sp)
8040055c:	54c8                	lw	a0,44(s1)
8040055e:	c14a                	sw	s2,128(sp)
80400560:	dece                	sw	s3,124(sp)
80400562:	00000097          	auipc	ra,0x0
80400566:	51a080e7          	jalr	1306(ra) # 80400a7c <uni_mfn_to_virt>
8040056a:	10050263          	beqz	a0,8040066e <blk_init+0x122>
8040056e:	842a                	mv	s0,a0
80400570:	5888                	lw	a0,48(s1)
80400572:	804045b7          	lui	a1,0x80404
80400576:	4601                	li	a2,0
80400578:	53458593          	add	a1,a1,1332 # 80404534 <store_event>
8040057c:	00001097          	auipc	ra,0x1
80400580:	b8a080e7          	jalr	-1142(ra) # 80401106 <evtchn_bind>
80400584:	0e054563          	bltz	a0,8040066e <blk_init+0x122>
80400588:	5890                	lw	a2,48(s1)
8040058a:	8041c937          	lui	s2,0x8041c
8040058e:	804019b7          	lui	s3,0x80401
80400592:	2a098693          	add	a3,s3,672 # 804012a0 <pv_block>
80400596:	85a2                	mv	a1,s0
80400598:	6f890513          	add	a0,s2,1784 # 8041c6f8 <store>
8040059c:	00001097          	auipc	ra,0x1
804005a0:	302080e7          	jalr	770(ra) # 8040189e <xs_init>
804005a4:	002c                	add	a1,sp,8
804005a6:	6f890513          	add	a0,s2,1784
804005aa:	00001097          	auipc	ra,0x1
804005ae:	90a080e7          	jalr	-1782(ra) # 80400eb4 <blkfront_probe>
804005b2:	57f9                	li	a5,-2
804005b4:	08f50e63          	beq	a0,a5,80400650 <blk_init+0x104>
804005b8:	0e054363          	bltz	a0,8040069e <blk_init+0x152>
804005bc:	0068                	add	a0,sp,12
804005be:	00001097          	auipc	ra,0x1
804005c2:	cfc080e7          	jalr	-772(ra) # 804012ba <gnttab_setup_frame>
804005c6:	0c054463          	bltz	a0,8040068e <blk_init+0x142>
804005ca:	00001097          	auipc	ra,0x1
804005ce:	728080e7          	jalr	1832(ra) # 80401cf2 <uni_page_alloc>
804005d2:	842a                	mv	s0,a0
804005d4:	c549                	beqz	a0,8040065e <blk_init+0x112>
804005d6:	45b2                	lw	a1,12(sp)
804005d8:	80407637          	lui	a2,0x80407
804005dc:	be860613          	add	a2,a2,-1048 # 80406be8 <__clz_tab+0x1ac>
804005e0:	00001097          	auipc	ra,0x1
804005e4:	784080e7          	jalr	1924(ra) # 80401d64 <uni_map_over>
804005e8:	8522                	mv	a0,s0
804005ea:	00001097          	auipc	ra,0x1
804005ee:	d26080e7          	jalr	-730(ra) # 80401310 <gnttab_init>
804005f2:	00001097          	auipc	ra,0x1
804005f6:	700080e7          	jalr	1792(ra) # 80401cf2 <uni_page_alloc>
804005fa:	c135                	beqz	a0,8040065e <blk_init+0x112>
804005fc:	c82a                	sw	a0,16(sp)
804005fe:	00000097          	auipc	ra,0x0
80400602:	446080e7          	jalr	1094(ra) # 80400a44 <uni_virt_to_mfn>
80400606:	ca2a                	sw	a0,20(sp)
80400608:	0820                	add	s0,sp,24
8040060a:	00c4                	add	s1,sp,68
8040060c:	00001097          	auipc	ra,0x1
80400610:	6e6080e7          	jalr	1766(ra) # 80401cf2 <uni_page_alloc>
80400614:	c529                	beqz	a0,8040065e <blk_init+0x112>
80400616:	c008                	sw	a0,0(s0)
80400618:	00000097          	auipc	ra,0x0
8040061c:	42c080e7          	jalr	1068(ra) # 80400a44 <uni_virt_to_mfn>
80400620:	d448                	sw	a0,44(s0)
80400622:	0411                	add	s0,s0,4
80400624:	fe8494e3          	bne	s1,s0,8040060c <blk_init+0xc0>
80400628:	8041c537          	lui	a0,0x8041c
8040062c:	2a098693          	add	a3,s3,672
80400630:	0810                	add	a2,sp,16
80400632:	6f890593          	add	a1,s2,1784
80400636:	67850513          	add	a0,a0,1656 # 8041c678 <bf>
8040063a:	00001097          	auipc	ra,0x1
8040063e:	88c080e7          	jalr	-1908(ra) # 80400ec6 <blkfront_connect>
80400642:	02054e63          	bltz	a0,8040067e <blk_init+0x132>
80400646:	804077b7          	lui	a5,0x80407
8040064a:	4705                	li	a4,1
8040064c:	10e7ae23          	sw	a4,284(a5) # 8040711c <present>
80400650:	40ba                	lw	ra,140(sp)
80400652:	442a                	lw	s0,136(sp)
80400654:	449a                	lw	s1,132(sp)
80400656:	490a                	lw	s2,128(sp)
80400658:	59f6                	lw	s3,124(sp)
8040065a:	6149                	add	sp,sp,144
8040065c:	8082                	ret
8040065e:	80407537          	lui	a0,0x80407
80400662:	bd450513          	add	a0,a0,-1068 # 80406bd4 <__clz_tab+0x198>
80400666:	00000097          	auipc	ra,0x0
8040066a:	282080e7          	jalr	642(ra) # 804008e8 <uni_panic>
8040066e:	80407537          	lui	a0,0x80407
80400672:	b4c50513          	add	a0,a0,-1204 # 80406b4c <__clz_tab+0x110>
80400676:	00000097          	auipc	ra,0x0
8040067a:	272080e7          	jalr	626(ra) # 804008e8 <uni_panic>
8040067e:	80407537          	lui	a0,0x80407
80400682:	c1850513          	add	a0,a0,-1000 # 80406c18 <__clz_tab+0x1dc>
80400686:	00000097          	auipc	ra,0x0
8040068a:	262080e7          	jalr	610(ra) # 804008e8 <uni_panic>
8040068e:	80407537          	lui	a0,0x80407
80400692:	bb050513          	add	a0,a0,-1104 # 80406bb0 <__clz_tab+0x174>
80400696:	00000097          	auipc	ra,0x0
8040069a:	252080e7          	jalr	594(ra) # 804008e8 <uni_panic>
8040069e:	80407537          	lui	a0,0x80407
804006a2:	b7850513          	add	a0,a0,-1160 # 80406b78 <__clz_tab+0x13c>
804006a6:	00000097          	auipc	ra,0x0
804006aa:	242080e7          	jalr	578(ra) # 804008e8 <uni_panic>

804006ae <fs_mount>:
804006ae:	1141                	add	sp,sp,-16
804006b0:	c606                	sw	ra,12(sp)
804006b2:	00005097          	auipc	ra,0x5
804006b6:	572080e7          	jalr	1394(ra) # 80405c24 <bio_init>
804006ba:	00004097          	auipc	ra,0x4
804006be:	e7c080e7          	jalr	-388(ra) # 80404536 <uni_blk_present>
804006c2:	e501                	bnez	a0,804006ca <fs_mount+0x1c>
804006c4:	40b2                	lw	ra,12(sp)
804006c6:	0141                	add	sp,sp,16
804006c8:	8082                	ret
804006ca:	00005097          	auipc	ra,0x5
804006ce:	84e080e7          	jalr	-1970(ra) # 80404f18 <fs_init>
804006d2:	80404537          	lui	a0,0x80404
804006d6:	7ca50513          	add	a0,a0,1994 # 804047ca <fs_shutdown>
804006da:	00000097          	auipc	ra,0x0
804006de:	1be080e7          	jalr	446(ra) # 80400898 <uni_at_shutdown>
804006e2:	40b2                	lw	ra,12(sp)
804006e4:	80407537          	lui	a0,0x80407
804006e8:	cd050513          	add	a0,a0,-816 # 80406cd0 <exfs_ops>
804006ec:	0141                	add	sp,sp,16
804006ee:	00001317          	auipc	t1,0x1
804006f2:	6cc30067          	jr	1740(t1) # 80401dba <uni_posix_mount>
	...

804006f8 <uni_trap_entry>:
804006f8:	7175                	add	sp,sp,-144
804006fa:	c206                	sw	ra,4(sp)
804006fc:	c60e                	sw	gp,12(sp)
804006fe:	c812                	sw	tp,16(sp)
80400700:	ca16                	sw	t0,20(sp)
80400702:	cc1a                	sw	t1,24(sp)
80400704:	ce1e                	sw	t2,28(sp)
80400706:	d022                	sw	s0,32(sp)
80400708:	d226                	sw	s1,36(sp)
8040070a:	d42a                	sw	a0,40(sp)
8040070c:	d62e                	sw	a1,44(sp)
8040070e:	d832                	sw	a2,48(sp)
80400710:	da36                	sw	a3,52(sp)
80400712:	dc3a                	sw	a4,56(sp)
80400714:	de3e                	sw	a5,60(sp)
80400716:	c0c2                	sw	a6,64(sp)
80400718:	c2c6                	sw	a7,68(sp)
8040071a:	c4ca                	sw	s2,72(sp)
8040071c:	c6ce                	sw	s3,76(sp)
8040071e:	c8d2                	sw	s4,80(sp)
80400720:	cad6                	sw	s5,84(sp)
80400722:	ccda                	sw	s6,88(sp)
80400724:	cede                	sw	s7,92(sp)
80400726:	d0e2                	sw	s8,96(sp)
80400728:	d2e6                	sw	s9,100(sp)
8040072a:	d4ea                	sw	s10,104(sp)
8040072c:	d6ee                	sw	s11,108(sp)
8040072e:	d8f2                	sw	t3,112(sp)
80400730:	daf6                	sw	t4,116(sp)
80400732:	dcfa                	sw	t5,120(sp)
80400734:	defe                	sw	t6,124(sp)
80400736:	09010293          	add	t0,sp,144
8040073a:	c416                	sw	t0,8(sp)
8040073c:	00007297          	auipc	t0,0x7
80400740:	9842a283          	lw	t0,-1660(t0) # 804070c0 <pv_shared_info>
80400744:	0202a303          	lw	t1,32(t0)
80400748:	c11a                	sw	t1,128(sp)
8040074a:	0242a303          	lw	t1,36(t0)
8040074e:	c31a                	sw	t1,132(sp)
80400750:	0282a303          	lw	t1,40(t0)
80400754:	c51a                	sw	t1,136(sp)
80400756:	02c2a303          	lw	t1,44(t0)
8040075a:	c71a                	sw	t1,140(sp)
8040075c:	850a                	mv	a0,sp
8040075e:	00000097          	auipc	ra,0x0
80400762:	1e4080e7          	jalr	484(ra) # 80400942 <uni_trap>
80400766:	00007297          	auipc	t0,0x7
8040076a:	95a2a283          	lw	t0,-1702(t0) # 804070c0 <pv_shared_info>
8040076e:	430a                	lw	t1,128(sp)
80400770:	0262a023          	sw	t1,32(t0)
80400774:	433a                	lw	t1,140(sp)
80400776:	0262a623          	sw	t1,44(t0)
8040077a:	4316                	lw	t1,68(sp)
8040077c:	0262ac23          	sw	t1,56(t0)
80400780:	4092                	lw	ra,4(sp)
80400782:	41b2                	lw	gp,12(sp)
80400784:	4242                	lw	tp,16(sp)
80400786:	42d2                	lw	t0,20(sp)
80400788:	4362                	lw	t1,24(sp)
8040078a:	43f2                	lw	t2,28(sp)
8040078c:	5402                	lw	s0,32(sp)
8040078e:	5492                	lw	s1,36(sp)
80400790:	5522                	lw	a0,40(sp)
80400792:	55b2                	lw	a1,44(sp)
80400794:	5642                	lw	a2,48(sp)
80400796:	56d2                	lw	a3,52(sp)
80400798:	5762                	lw	a4,56(sp)
8040079a:	57f2                	lw	a5,60(sp)
8040079c:	4806                	lw	a6,64(sp)
8040079e:	4926                	lw	s2,72(sp)
804007a0:	49b6                	lw	s3,76(sp)
804007a2:	4a46                	lw	s4,80(sp)
804007a4:	4ad6                	lw	s5,84(sp)
804007a6:	4b66                	lw	s6,88(sp)
804007a8:	4bf6                	lw	s7,92(sp)
804007aa:	5c06                	lw	s8,96(sp)
804007ac:	5c96                	lw	s9,100(sp)
804007ae:	5d26                	lw	s10,104(sp)
804007b0:	5db6                	lw	s11,108(sp)
804007b2:	5e46                	lw	t3,112(sp)
804007b4:	5ed6                	lw	t4,116(sp)
804007b6:	5f66                	lw	t5,120(sp)
804007b8:	5ff6                	lw	t6,124(sp)
804007ba:	6149                	add	sp,sp,144
804007bc:	48dd                	li	a7,23
804007be:	00000073          	ecall
804007c2:	a001                	j	804007c2 <uni_trap_entry+0xca>

804007c4 <hex>:
804007c4:	03000793          	li	a5,48
804007c8:	00f50023          	sb	a5,0(a0)
804007cc:	80406637          	lui	a2,0x80406
804007d0:	07800793          	li	a5,120
804007d4:	00f500a3          	sb	a5,1(a0)
804007d8:	00250693          	add	a3,a0,2
804007dc:	4771                	li	a4,28
804007de:	14c60613          	add	a2,a2,332 # 8040614c <strlcpy_k+0x2d6>
804007e2:	5871                	li	a6,-4
804007e4:	00e5d7b3          	srl	a5,a1,a4
804007e8:	8bbd                	and	a5,a5,15
804007ea:	97b2                	add	a5,a5,a2
804007ec:	0007c783          	lbu	a5,0(a5)
804007f0:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
804007f2:	0685                	add	a3,a3,1
804007f4:	fef68fa3          	sb	a5,-1(a3)
804007f8:	ff0716e3          	bne	a4,a6,804007e4 <hex+0x20>
804007fc:	00050523          	sb	zero,10(a0)
80400800:	8082                	ret

80400802 <run_hooks>:
80400802:	1141                	add	sp,sp,-16
80400804:	c422                	sw	s0,8(sp)
80400806:	80407437          	lui	s0,0x80407
8040080a:	0b442783          	lw	a5,180(s0) # 804070b4 <nhooks>
8040080e:	c606                	sw	ra,12(sp)
80400810:	c226                	sw	s1,4(sp)
80400812:	c385                	beqz	a5,80400832 <run_hooks+0x30>
80400814:	804194b7          	lui	s1,0x80419
80400818:	13048493          	add	s1,s1,304 # 80419130 <hooks>
8040081c:	17fd                	add	a5,a5,-1
8040081e:	00279713          	sll	a4,a5,0x2
80400822:	9726                	add	a4,a4,s1
80400824:	4318                	lw	a4,0(a4)
80400826:	0af42a23          	sw	a5,180(s0)
8040082a:	9702                	jalr	a4
8040082c:	0b442783          	lw	a5,180(s0)
80400830:	f7f5                	bnez	a5,8040081c <run_hooks+0x1a>
80400832:	40b2                	lw	ra,12(sp)
80400834:	4422                	lw	s0,8(sp)
80400836:	4492                	lw	s1,4(sp)
80400838:	0141                	add	sp,sp,16
8040083a:	8082                	ret

8040083c <early_puts>:
8040083c:	00054783          	lbu	a5,0(a0)
80400840:	872a                	mv	a4,a0
80400842:	c79d                	beqz	a5,80400870 <early_puts+0x34>
80400844:	4781                	li	a5,0
80400846:	0785                	add	a5,a5,1
80400848:	00f706b3          	add	a3,a4,a5
8040084c:	0006c683          	lbu	a3,0(a3)
80400850:	fafd                	bnez	a3,80400846 <early_puts+0xa>
80400852:	40000693          	li	a3,1024
80400856:	4501                	li	a0,0
80400858:	863a                	mv	a2,a4
8040085a:	48c9                	li	a7,18
8040085c:	85be                	mv	a1,a5
8040085e:	00f6f463          	bgeu	a3,a5,80400866 <early_puts+0x2a>
80400862:	40000593          	li	a1,1024
80400866:	00000073          	ecall
8040086a:	8f8d                	sub	a5,a5,a1
8040086c:	972e                	add	a4,a4,a1
8040086e:	f7e5                	bnez	a5,80400856 <early_puts+0x1a>
80400870:	8082                	ret

80400872 <uni_early_write>:
80400872:	87ae                	mv	a5,a1
80400874:	872a                	mv	a4,a0
80400876:	c185                	beqz	a1,80400896 <uni_early_write+0x24>
80400878:	40000693          	li	a3,1024
8040087c:	4501                	li	a0,0
8040087e:	863a                	mv	a2,a4
80400880:	48c9                	li	a7,18
80400882:	85be                	mv	a1,a5
80400884:	00f6f463          	bgeu	a3,a5,8040088c <uni_early_write+0x1a>
80400888:	40000593          	li	a1,1024
8040088c:	00000073          	ecall
80400890:	8f8d                	sub	a5,a5,a1
80400892:	972e                	add	a4,a4,a1
80400894:	f7e5                	bnez	a5,8040087c <uni_early_write+0xa>
80400896:	8082                	ret

80400898 <uni_at_shutdown>:
80400898:	804076b7          	lui	a3,0x80407
8040089c:	0b46a783          	lw	a5,180(a3) # 804070b4 <nhooks>
804008a0:	4721                	li	a4,8
804008a2:	00e78f63          	beq	a5,a4,804008c0 <uni_at_shutdown+0x28>
804008a6:	80419737          	lui	a4,0x80419
804008aa:	00279613          	sll	a2,a5,0x2
804008ae:	13070713          	add	a4,a4,304 # 80419130 <hooks>
804008b2:	0785                	add	a5,a5,1
804008b4:	9732                	add	a4,a4,a2
804008b6:	c308                	sw	a0,0(a4)
804008b8:	0af6aa23          	sw	a5,180(a3)
804008bc:	4501                	li	a0,0
804008be:	8082                	ret
804008c0:	557d                	li	a0,-1
804008c2:	8082                	ret

804008c4 <uni_poweroff>:
804008c4:	1141                	add	sp,sp,-16
804008c6:	c422                	sw	s0,8(sp)
804008c8:	c606                	sw	ra,12(sp)
804008ca:	842a                	mv	s0,a0
804008cc:	00000097          	auipc	ra,0x0
804008d0:	f36080e7          	jalr	-202(ra) # 80400802 <run_hooks>
804008d4:	67c1                	lui	a5,0x10
804008d6:	00841593          	sll	a1,s0,0x8
804008da:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804008dc:	8dfd                	and	a1,a1,a5
804008de:	4509                	li	a0,2
804008e0:	48f5                	li	a7,29
804008e2:	00000073          	ecall
804008e6:	bfe5                	j	804008de <uni_poweroff+0x1a>

804008e8 <uni_panic>:
804008e8:	804077b7          	lui	a5,0x80407
804008ec:	0b07a703          	lw	a4,176(a5) # 804070b0 <panicking>
804008f0:	1141                	add	sp,sp,-16
804008f2:	c422                	sw	s0,8(sp)
804008f4:	c606                	sw	ra,12(sp)
804008f6:	842a                	mv	s0,a0
804008f8:	cf0d                	beqz	a4,80400932 <uni_panic+0x4a>
804008fa:	80406537          	lui	a0,0x80406
804008fe:	16050513          	add	a0,a0,352 # 80406160 <strlcpy_k+0x2ea>
80400902:	00000097          	auipc	ra,0x0
80400906:	f3a080e7          	jalr	-198(ra) # 8040083c <early_puts>
8040090a:	8522                	mv	a0,s0
8040090c:	00000097          	auipc	ra,0x0
80400910:	f30080e7          	jalr	-208(ra) # 8040083c <early_puts>
80400914:	80406537          	lui	a0,0x80406
80400918:	0d450513          	add	a0,a0,212 # 804060d4 <strlcpy_k+0x25e>
8040091c:	00000097          	auipc	ra,0x0
80400920:	f20080e7          	jalr	-224(ra) # 8040083c <early_puts>
80400924:	4509                	li	a0,2
80400926:	10300593          	li	a1,259
8040092a:	48f5                	li	a7,29
8040092c:	00000073          	ecall
80400930:	bfd5                	j	80400924 <uni_panic+0x3c>
80400932:	4705                	li	a4,1
80400934:	0ae7a823          	sw	a4,176(a5)
80400938:	00000097          	auipc	ra,0x0
8040093c:	eca080e7          	jalr	-310(ra) # 80400802 <run_hooks>
80400940:	bf6d                	j	804008fa <uni_panic+0x12>

80400942 <uni_trap>:
80400942:	08452703          	lw	a4,132(a0)
80400946:	800007b7          	lui	a5,0x80000
8040094a:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
8040094c:	00f71663          	bne	a4,a5,80400958 <uni_trap+0x16>
80400950:	00000317          	auipc	t1,0x0
80400954:	7da30067          	jr	2010(t1) # 8040112a <evtchn_do_upcall>
80400958:	804077b7          	lui	a5,0x80407
8040095c:	0b07a703          	lw	a4,176(a5) # 804070b0 <panicking>
80400960:	7139                	add	sp,sp,-64
80400962:	dc22                	sw	s0,56(sp)
80400964:	de06                	sw	ra,60(sp)
80400966:	842a                	mv	s0,a0
80400968:	c771                	beqz	a4,80400a34 <uni_trap+0xf2>
8040096a:	80406537          	lui	a0,0x80406
8040096e:	17850513          	add	a0,a0,376 # 80406178 <strlcpy_k+0x302>
80400972:	00000097          	auipc	ra,0x0
80400976:	eca080e7          	jalr	-310(ra) # 8040083c <early_puts>
8040097a:	08442703          	lw	a4,132(s0)
8040097e:	47bd                	li	a5,15
80400980:	0ae7e563          	bltu	a5,a4,80400a2a <uni_trap+0xe8>
80400984:	804067b7          	lui	a5,0x80406
80400988:	070a                	sll	a4,a4,0x2
8040098a:	43478793          	add	a5,a5,1076 # 80406434 <names.0>
8040098e:	97ba                	add	a5,a5,a4
80400990:	4388                	lw	a0,0(a5)
80400992:	00000097          	auipc	ra,0x0
80400996:	eaa080e7          	jalr	-342(ra) # 8040083c <early_puts>
8040099a:	80406537          	lui	a0,0x80406
8040099e:	19050513          	add	a0,a0,400 # 80406190 <strlcpy_k+0x31a>
804009a2:	00000097          	auipc	ra,0x0
804009a6:	e9a080e7          	jalr	-358(ra) # 8040083c <early_puts>
804009aa:	08442583          	lw	a1,132(s0)
804009ae:	0068                	add	a0,sp,12
804009b0:	00000097          	auipc	ra,0x0
804009b4:	e14080e7          	jalr	-492(ra) # 804007c4 <hex>
804009b8:	00000097          	auipc	ra,0x0
804009bc:	e84080e7          	jalr	-380(ra) # 8040083c <early_puts>
804009c0:	80406537          	lui	a0,0x80406
804009c4:	19c50513          	add	a0,a0,412 # 8040619c <strlcpy_k+0x326>
804009c8:	00000097          	auipc	ra,0x0
804009cc:	e74080e7          	jalr	-396(ra) # 8040083c <early_puts>
804009d0:	08042583          	lw	a1,128(s0)
804009d4:	0828                	add	a0,sp,24
804009d6:	00000097          	auipc	ra,0x0
804009da:	dee080e7          	jalr	-530(ra) # 804007c4 <hex>
804009de:	00000097          	auipc	ra,0x0
804009e2:	e5e080e7          	jalr	-418(ra) # 8040083c <early_puts>
804009e6:	80406537          	lui	a0,0x80406
804009ea:	1a850513          	add	a0,a0,424 # 804061a8 <strlcpy_k+0x332>
804009ee:	00000097          	auipc	ra,0x0
804009f2:	e4e080e7          	jalr	-434(ra) # 8040083c <early_puts>
804009f6:	08842583          	lw	a1,136(s0)
804009fa:	1048                	add	a0,sp,36
804009fc:	00000097          	auipc	ra,0x0
80400a00:	dc8080e7          	jalr	-568(ra) # 804007c4 <hex>
80400a04:	00000097          	auipc	ra,0x0
80400a08:	e38080e7          	jalr	-456(ra) # 8040083c <early_puts>
80400a0c:	80406537          	lui	a0,0x80406
80400a10:	0d450513          	add	a0,a0,212 # 804060d4 <strlcpy_k+0x25e>
80400a14:	00000097          	auipc	ra,0x0
80400a18:	e28080e7          	jalr	-472(ra) # 8040083c <early_puts>
80400a1c:	4509                	li	a0,2
80400a1e:	10300593          	li	a1,259
80400a22:	48f5                	li	a7,29
80400a24:	00000073          	ecall
80400a28:	bfd5                	j	80400a1c <uni_trap+0xda>
80400a2a:	80406537          	lui	a0,0x80406
80400a2e:	17050513          	add	a0,a0,368 # 80406170 <strlcpy_k+0x2fa>
80400a32:	b785                	j	80400992 <uni_trap+0x50>
80400a34:	4705                	li	a4,1
80400a36:	0ae7a823          	sw	a4,176(a5)
80400a3a:	00000097          	auipc	ra,0x0
80400a3e:	dc8080e7          	jalr	-568(ra) # 80400802 <run_hooks>
80400a42:	b725                	j	8040096a <uni_trap+0x28>

80400a44 <uni_virt_to_mfn>:
80400a44:	800007b7          	lui	a5,0x80000
80400a48:	80407737          	lui	a4,0x80407
80400a4c:	0b872703          	lw	a4,184(a4) # 804070b8 <uni_start_info>
80400a50:	97aa                	add	a5,a5,a0
80400a52:	00055b63          	bgez	a0,80400a68 <uni_virt_to_mfn+0x24>
80400a56:	5314                	lw	a3,32(a4)
80400a58:	83b1                	srl	a5,a5,0xc
80400a5a:	00d7f763          	bgeu	a5,a3,80400a68 <uni_virt_to_mfn+0x24>
80400a5e:	4378                	lw	a4,68(a4)
80400a60:	078a                	sll	a5,a5,0x2
80400a62:	97ba                	add	a5,a5,a4
80400a64:	4388                	lw	a0,0(a5)
80400a66:	8082                	ret
80400a68:	80406537          	lui	a0,0x80406
80400a6c:	1141                	add	sp,sp,-16
80400a6e:	1b450513          	add	a0,a0,436 # 804061b4 <strlcpy_k+0x33e>
80400a72:	c606                	sw	ra,12(sp)
80400a74:	00000097          	auipc	ra,0x0
80400a78:	e74080e7          	jalr	-396(ra) # 804008e8 <uni_panic>

80400a7c <uni_mfn_to_virt>:
80400a7c:	804077b7          	lui	a5,0x80407
80400a80:	0b87a783          	lw	a5,184(a5) # 804070b8 <uni_start_info>
80400a84:	4701                	li	a4,0
80400a86:	0207a803          	lw	a6,32(a5)
80400a8a:	43ec                	lw	a1,68(a5)
80400a8c:	8642                	mv	a2,a6
80400a8e:	a029                	j	80400a98 <uni_mfn_to_virt+0x1c>
80400a90:	4294                	lw	a3,0(a3)
80400a92:	04a6e763          	bltu	a3,a0,80400ae0 <uni_mfn_to_virt+0x64>
80400a96:	863e                	mv	a2,a5
80400a98:	40e607b3          	sub	a5,a2,a4
80400a9c:	8385                	srl	a5,a5,0x1
80400a9e:	97ba                	add	a5,a5,a4
80400aa0:	00279693          	sll	a3,a5,0x2
80400aa4:	96ae                	add	a3,a3,a1
80400aa6:	fec765e3          	bltu	a4,a2,80400a90 <uni_mfn_to_virt+0x14>
80400aaa:	00e80863          	beq	a6,a4,80400aba <uni_mfn_to_virt+0x3e>
80400aae:	00271793          	sll	a5,a4,0x2
80400ab2:	97ae                	add	a5,a5,a1
80400ab4:	439c                	lw	a5,0(a5)
80400ab6:	00a78f63          	beq	a5,a0,80400ad4 <uni_mfn_to_virt+0x58>
80400aba:	4701                	li	a4,0
80400abc:	00081663          	bnez	a6,80400ac8 <uni_mfn_to_virt+0x4c>
80400ac0:	a01d                	j	80400ae6 <uni_mfn_to_virt+0x6a>
80400ac2:	0705                	add	a4,a4,1
80400ac4:	02e80163          	beq	a6,a4,80400ae6 <uni_mfn_to_virt+0x6a>
80400ac8:	419c                	lw	a5,0(a1)
80400aca:	0591                	add	a1,a1,4
80400acc:	fea79be3          	bne	a5,a0,80400ac2 <uni_mfn_to_virt+0x46>
80400ad0:	00e80b63          	beq	a6,a4,80400ae6 <uni_mfn_to_virt+0x6a>
80400ad4:	0732                	sll	a4,a4,0xc
80400ad6:	800007b7          	lui	a5,0x80000
80400ada:	00f70533          	add	a0,a4,a5
80400ade:	8082                	ret
80400ae0:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400ae4:	bf55                	j	80400a98 <uni_mfn_to_virt+0x1c>
80400ae6:	4501                	li	a0,0
80400ae8:	8082                	ret

80400aea <uni_runtime_start>:
80400aea:	804067b7          	lui	a5,0x80406
80400aee:	1141                	add	sp,sp,-16
80400af0:	80407737          	lui	a4,0x80407
80400af4:	1d878793          	add	a5,a5,472 # 804061d8 <strlcpy_k+0x362>
80400af8:	c422                	sw	s0,8(sp)
80400afa:	0aa72c23          	sw	a0,184(a4) # 804070b8 <uni_start_info>
80400afe:	c606                	sw	ra,12(sp)
80400b00:	c226                	sw	s1,4(sp)
80400b02:	c04a                	sw	s2,0(sp)
80400b04:	842a                	mv	s0,a0
80400b06:	01878593          	add	a1,a5,24
80400b0a:	872a                	mv	a4,a0
80400b0c:	00074603          	lbu	a2,0(a4)
80400b10:	0007c683          	lbu	a3,0(a5)
80400b14:	0ed61f63          	bne	a2,a3,80400c12 <uni_runtime_start+0x128>
80400b18:	0785                	add	a5,a5,1
80400b1a:	0705                	add	a4,a4,1
80400b1c:	feb798e3          	bne	a5,a1,80400b0c <uni_runtime_start+0x22>
80400b20:	4501                	li	a0,0
80400b22:	4581                	li	a1,0
80400b24:	48c5                	li	a7,17
80400b26:	00000073          	ecall
80400b2a:	4785                	li	a5,1
80400b2c:	8141                	srl	a0,a0,0x10
80400b2e:	10f51263          	bne	a0,a5,80400c32 <uni_runtime_start+0x148>
80400b32:	4519                	li	a0,6
80400b34:	00000073          	ecall
80400b38:	8909                	and	a0,a0,2
80400b3a:	10050463          	beqz	a0,80400c42 <uni_runtime_start+0x158>
80400b3e:	5008                	lw	a0,32(s0)
80400b40:	04042803          	lw	a6,64(s0)
80400b44:	03c42883          	lw	a7,60(s0)
80400b48:	442c                	lw	a1,72(s0)
80400b4a:	00080637          	lui	a2,0x80
80400b4e:	00c50733          	add	a4,a0,a2
80400b52:	00c81793          	sll	a5,a6,0xc
80400b56:	00c71693          	sll	a3,a4,0xc
80400b5a:	01178733          	add	a4,a5,a7
80400b5e:	0cc59263          	bne	a1,a2,80400c22 <uni_runtime_start+0x138>
80400b62:	804617b7          	lui	a5,0x80461
80400b66:	d5078793          	add	a5,a5,-688 # 80460d50 <__bss_end>
80400b6a:	0af46c63          	bltu	s0,a5,80400c22 <uni_runtime_start+0x138>
80400b6e:	0a88ea63          	bltu	a7,s0,80400c22 <uni_runtime_start+0x138>
80400b72:	0a080863          	beqz	a6,80400c22 <uni_runtime_start+0x138>
80400b76:	0ae6e663          	bltu	a3,a4,80400c22 <uni_runtime_start+0x138>
80400b7a:	0aa5e463          	bltu	a1,a0,80400c22 <uni_runtime_start+0x138>
80400b7e:	5048                	lw	a0,36(s0)
80400b80:	00000097          	auipc	ra,0x0
80400b84:	55a080e7          	jalr	1370(ra) # 804010da <evtchn_init>
80400b88:	80400537          	lui	a0,0x80400
80400b8c:	6f850513          	add	a0,a0,1784 # 804006f8 <uni_trap_entry>
80400b90:	4581                	li	a1,0
80400b92:	4891                	li	a7,4
80400b94:	00000073          	ecall
80400b98:	06054563          	bltz	a0,80400c02 <uni_runtime_start+0x118>
80400b9c:	80419937          	lui	s2,0x80419
80400ba0:	15090593          	add	a1,s2,336 # 80419150 <cmdline>
80400ba4:	15090693          	add	a3,s2,336
80400ba8:	4781                	li	a5,0
80400baa:	20000613          	li	a2,512
80400bae:	a039                	j	80400bbc <uni_runtime_start+0xd2>
80400bb0:	00e68023          	sb	a4,0(a3)
80400bb4:	0785                	add	a5,a5,1
80400bb6:	0685                	add	a3,a3,1
80400bb8:	00c78763          	beq	a5,a2,80400bc6 <uni_runtime_start+0xdc>
80400bbc:	00f40733          	add	a4,s0,a5
80400bc0:	04c74703          	lbu	a4,76(a4)
80400bc4:	f775                	bnez	a4,80400bb0 <uni_runtime_start+0xc6>
80400bc6:	97ae                	add	a5,a5,a1
80400bc8:	80407437          	lui	s0,0x80407
80400bcc:	804074b7          	lui	s1,0x80407
80400bd0:	00078023          	sb	zero,0(a5)
80400bd4:	0b048493          	add	s1,s1,176 # 804070b0 <panicking>
80400bd8:	09c40793          	add	a5,s0,156 # 8040709c <__init_array_start>
80400bdc:	0097f963          	bgeu	a5,s1,80400bee <uni_runtime_start+0x104>
80400be0:	09c40413          	add	s0,s0,156
80400be4:	401c                	lw	a5,0(s0)
80400be6:	0411                	add	s0,s0,4
80400be8:	9782                	jalr	a5
80400bea:	fe946de3          	bltu	s0,s1,80400be4 <uni_runtime_start+0xfa>
80400bee:	15090513          	add	a0,s2,336
80400bf2:	00001097          	auipc	ra,0x1
80400bf6:	500080e7          	jalr	1280(ra) # 804020f2 <uni_main>
80400bfa:	00000097          	auipc	ra,0x0
80400bfe:	cca080e7          	jalr	-822(ra) # 804008c4 <uni_poweroff>
80400c02:	80406537          	lui	a0,0x80406
80400c06:	2ac50513          	add	a0,a0,684 # 804062ac <strlcpy_k+0x436>
80400c0a:	00000097          	auipc	ra,0x0
80400c0e:	cde080e7          	jalr	-802(ra) # 804008e8 <uni_panic>
80400c12:	80406537          	lui	a0,0x80406
80400c16:	1f050513          	add	a0,a0,496 # 804061f0 <strlcpy_k+0x37a>
80400c1a:	00000097          	auipc	ra,0x0
80400c1e:	cce080e7          	jalr	-818(ra) # 804008e8 <uni_panic>
80400c22:	80406537          	lui	a0,0x80406
80400c26:	28450513          	add	a0,a0,644 # 80406284 <strlcpy_k+0x40e>
80400c2a:	00000097          	auipc	ra,0x0
80400c2e:	cbe080e7          	jalr	-834(ra) # 804008e8 <uni_panic>
80400c32:	80406537          	lui	a0,0x80406
80400c36:	22050513          	add	a0,a0,544 # 80406220 <strlcpy_k+0x3aa>
80400c3a:	00000097          	auipc	ra,0x0
80400c3e:	cae080e7          	jalr	-850(ra) # 804008e8 <uni_panic>
80400c42:	80406537          	lui	a0,0x80406
80400c46:	25c50513          	add	a0,a0,604 # 8040625c <strlcpy_k+0x3e6>
80400c4a:	00000097          	auipc	ra,0x0
80400c4e:	c9e080e7          	jalr	-866(ra) # 804008e8 <uni_panic>

80400c52 <blkfront_event>:
80400c52:	8082                	ret

80400c54 <wait_response>:
80400c54:	1101                	add	sp,sp,-32
80400c56:	cc22                	sw	s0,24(sp)
80400c58:	ce06                	sw	ra,28(sp)
80400c5a:	842a                	mv	s0,a0
80400c5c:	401c                	lw	a5,0(s0)
80400c5e:	0087a803          	lw	a6,8(a5)
80400c62:	0220000f          	fence	r,r
80400c66:	4010                	lw	a2,0(s0)
80400c68:	4418                	lw	a4,8(s0)
80400c6a:	02e80863          	beq	a6,a4,80400c9a <wait_response+0x46>
80400c6e:	445c                	lw	a5,12(s0)
80400c70:	4814                	lw	a3,16(s0)
80400c72:	17fd                	add	a5,a5,-1
80400c74:	8ff9                	and	a5,a5,a4
80400c76:	02d787b3          	mul	a5,a5,a3
80400c7a:	0705                	add	a4,a4,1
80400c7c:	04078793          	add	a5,a5,64
80400c80:	97b2                	add	a5,a5,a2
80400c82:	4394                	lw	a3,0(a5)
80400c84:	0067d503          	lhu	a0,6(a5)
80400c88:	c418                	sw	a4,8(s0)
80400c8a:	0542                	sll	a0,a0,0x10
80400c8c:	8541                	sra	a0,a0,0x10
80400c8e:	fcb69ee3          	bne	a3,a1,80400c6a <wait_response+0x16>
80400c92:	40f2                	lw	ra,28(sp)
80400c94:	4462                	lw	s0,24(sp)
80400c96:	6105                	add	sp,sp,32
80400c98:	8082                	ret
80400c9a:	4618                	lw	a4,8(a2)
80400c9c:	0220000f          	fence	r,r
80400ca0:	441c                	lw	a5,8(s0)
80400ca2:	fae79de3          	bne	a5,a4,80400c5c <wait_response+0x8>
80400ca6:	4018                	lw	a4,0(s0)
80400ca8:	0785                	add	a5,a5,1
80400caa:	c75c                	sw	a5,12(a4)
80400cac:	0330000f          	fence	rw,rw
80400cb0:	401c                	lw	a5,0(s0)
80400cb2:	479c                	lw	a5,8(a5)
80400cb4:	0220000f          	fence	r,r
80400cb8:	4418                	lw	a4,8(s0)
80400cba:	faf711e3          	bne	a4,a5,80400c5c <wait_response+0x8>
80400cbe:	5c7c                	lw	a5,124(s0)
80400cc0:	c62e                	sw	a1,12(sp)
80400cc2:	9782                	jalr	a5
80400cc4:	45b2                	lw	a1,12(sp)
80400cc6:	bf59                	j	80400c5c <wait_response+0x8>

80400cc8 <transfer>:
80400cc8:	715d                	add	sp,sp,-80
80400cca:	c686                	sw	ra,76(sp)
80400ccc:	c4a2                	sw	s0,72(sp)
80400cce:	c2a6                	sw	s1,68(sp)
80400cd0:	c0ca                	sw	s2,64(sp)
80400cd2:	de4e                	sw	s3,60(sp)
80400cd4:	dc52                	sw	s4,56(sp)
80400cd6:	da56                	sw	s5,52(sp)
80400cd8:	d85a                	sw	s6,48(sp)
80400cda:	d65e                	sw	s7,44(sp)
80400cdc:	d462                	sw	s8,40(sp)
80400cde:	d266                	sw	s9,36(sp)
80400ce0:	d06a                	sw	s10,32(sp)
80400ce2:	ce6e                	sw	s11,28(sp)
80400ce4:	c22e                	sw	a1,4(sp)
80400ce6:	18060263          	beqz	a2,80400e6a <transfer+0x1a2>
80400cea:	04c50793          	add	a5,a0,76
80400cee:	8b32                	mv	s6,a2
80400cf0:	842a                	mv	s0,a0
80400cf2:	8bb6                	mv	s7,a3
80400cf4:	8aba                	mv	s5,a4
80400cf6:	c43e                	sw	a5,8(sp)
80400cf8:	4921                	li	s2,8
80400cfa:	6985                	lui	s3,0x1
80400cfc:	05800793          	li	a5,88
80400d00:	8a5a                	mv	s4,s6
80400d02:	0167f463          	bgeu	a5,s6,80400d0a <transfer+0x42>
80400d06:	05800a13          	li	s4,88
80400d0a:	007a0493          	add	s1,s4,7
80400d0e:	808d                	srl	s1,s1,0x3
80400d10:	040a8363          	beqz	s5,80400d56 <transfer+0x8e>
80400d14:	00349d93          	sll	s11,s1,0x3
80400d18:	02040c13          	add	s8,s0,32
80400d1c:	8d56                	mv	s10,s5
80400d1e:	41ba0db3          	sub	s11,s4,s11
80400d22:	8cd2                	mv	s9,s4
80400d24:	85ea                	mv	a1,s10
80400d26:	8666                	mv	a2,s9
80400d28:	01997363          	bgeu	s2,s9,80400d2e <transfer+0x66>
80400d2c:	4621                	li	a2,8
80400d2e:	000c2503          	lw	a0,0(s8)
80400d32:	0626                	sll	a2,a2,0x9
80400d34:	1ce1                	add	s9,s9,-8 # 2ffff8 <errno+0x2ffff8>
80400d36:	00002097          	auipc	ra,0x2
80400d3a:	d16080e7          	jalr	-746(ra) # 80402a4c <memcpy>
80400d3e:	0c11                	add	s8,s8,4
80400d40:	9d4e                	add	s10,s10,s3
80400d42:	ff9d91e3          	bne	s11,s9,80400d24 <transfer+0x5c>
80400d46:	4458                	lw	a4,12(s0)
80400d48:	441c                	lw	a5,8(s0)
80400d4a:	4054                	lw	a3,4(s0)
80400d4c:	97ba                	add	a5,a5,a4
80400d4e:	00d79a63          	bne	a5,a3,80400d62 <transfer+0x9a>
80400d52:	5c7c                	lw	a5,124(s0)
80400d54:	9782                	jalr	a5
80400d56:	4458                	lw	a4,12(s0)
80400d58:	441c                	lw	a5,8(s0)
80400d5a:	4054                	lw	a3,4(s0)
80400d5c:	97ba                	add	a5,a5,a4
80400d5e:	fed78ae3          	beq	a5,a3,80400d52 <transfer+0x8a>
80400d62:	4810                	lw	a2,16(s0)
80400d64:	fff70793          	add	a5,a4,-1
80400d68:	8ff5                	and	a5,a5,a3
80400d6a:	02c787b3          	mul	a5,a5,a2
80400d6e:	00042803          	lw	a6,0(s0)
80400d72:	05000613          	li	a2,80
80400d76:	4581                	li	a1,0
80400d78:	04078793          	add	a5,a5,64
80400d7c:	00f80db3          	add	s11,a6,a5
80400d80:	856e                	mv	a0,s11
80400d82:	00002097          	auipc	ra,0x2
80400d86:	ce0080e7          	jalr	-800(ra) # 80402a62 <memset>
80400d8a:	5c2c                	lw	a1,120(s0)
80400d8c:	0ff4f713          	zext.b	a4,s1
80400d90:	0722                	sll	a4,a4,0x8
80400d92:	00158693          	add	a3,a1,1
80400d96:	015037b3          	snez	a5,s5
80400d9a:	dc34                	sw	a3,120(s0)
80400d9c:	8fd9                	or	a5,a5,a4
80400d9e:	00fd9023          	sh	a5,0(s11) # 2000 <errno+0x2000>
80400da2:	4792                	lw	a5,4(sp)
80400da4:	4522                	lw	a0,8(sp)
80400da6:	03848713          	add	a4,s1,56
80400daa:	00fda423          	sw	a5,8(s11)
80400dae:	000d9123          	sh	zero,2(s11)
80400db2:	00bda223          	sw	a1,4(s11)
80400db6:	00cd8613          	add	a2,s11,12
80400dba:	038d8793          	add	a5,s11,56
80400dbe:	00ed8833          	add	a6,s11,a4
80400dc2:	86d2                	mv	a3,s4
80400dc4:	00052883          	lw	a7,0(a0)
80400dc8:	8736                	mv	a4,a3
80400dca:	0511                	add	a0,a0,4
80400dcc:	01162023          	sw	a7,0(a2) # 80000 <errno+0x80000>
80400dd0:	00078023          	sb	zero,0(a5)
80400dd4:	00d97363          	bgeu	s2,a3,80400dda <transfer+0x112>
80400dd8:	4721                	li	a4,8
80400dda:	177d                	add	a4,a4,-1
80400ddc:	00e785a3          	sb	a4,11(a5)
80400de0:	0785                	add	a5,a5,1
80400de2:	0611                	add	a2,a2,4
80400de4:	16e1                	add	a3,a3,-8
80400de6:	fcf81fe3          	bne	a6,a5,80400dc4 <transfer+0xfc>
80400dea:	405c                	lw	a5,4(s0)
80400dec:	4018                	lw	a4,0(s0)
80400dee:	0785                	add	a5,a5,1
80400df0:	c05c                	sw	a5,4(s0)
80400df2:	4318                	lw	a4,0(a4)
80400df4:	0110000f          	fence	w,w
80400df8:	4014                	lw	a3,0(s0)
80400dfa:	c29c                	sw	a5,0(a3)
80400dfc:	0330000f          	fence	rw,rw
80400e00:	4014                	lw	a3,0(s0)
80400e02:	40e78733          	sub	a4,a5,a4
80400e06:	42d4                	lw	a3,4(a3)
80400e08:	8f95                	sub	a5,a5,a3
80400e0a:	08e7e063          	bltu	a5,a4,80400e8a <transfer+0x1c2>
80400e0e:	8522                	mv	a0,s0
80400e10:	00000097          	auipc	ra,0x0
80400e14:	e44080e7          	jalr	-444(ra) # 80400c54 <wait_response>
80400e18:	080b8763          	beqz	s7,80400ea6 <transfer+0x1de>
80400e1c:	e921                	bnez	a0,80400e6c <transfer+0x1a4>
80400e1e:	048e                	sll	s1,s1,0x3
80400e20:	409a0db3          	sub	s11,s4,s1
80400e24:	02040d13          	add	s10,s0,32
80400e28:	8cde                	mv	s9,s7
80400e2a:	84d2                	mv	s1,s4
80400e2c:	8566                	mv	a0,s9
80400e2e:	8626                	mv	a2,s1
80400e30:	00997363          	bgeu	s2,s1,80400e36 <transfer+0x16e>
80400e34:	4621                	li	a2,8
80400e36:	000d2583          	lw	a1,0(s10)
80400e3a:	0626                	sll	a2,a2,0x9
80400e3c:	14e1                	add	s1,s1,-8
80400e3e:	00002097          	auipc	ra,0x2
80400e42:	c0e080e7          	jalr	-1010(ra) # 80402a4c <memcpy>
80400e46:	0d11                	add	s10,s10,4
80400e48:	9cce                	add	s9,s9,s3
80400e4a:	fe9d91e3          	bne	s11,s1,80400e2c <transfer+0x164>
80400e4e:	4712                	lw	a4,4(sp)
80400e50:	009a1793          	sll	a5,s4,0x9
80400e54:	414b0b33          	sub	s6,s6,s4
80400e58:	9752                	add	a4,a4,s4
80400e5a:	c23a                	sw	a4,4(sp)
80400e5c:	9bbe                	add	s7,s7,a5
80400e5e:	000a8463          	beqz	s5,80400e66 <transfer+0x19e>
80400e62:	0a26                	sll	s4,s4,0x9
80400e64:	9ad2                	add	s5,s5,s4
80400e66:	e80b1be3          	bnez	s6,80400cfc <transfer+0x34>
80400e6a:	4501                	li	a0,0
80400e6c:	40b6                	lw	ra,76(sp)
80400e6e:	4426                	lw	s0,72(sp)
80400e70:	4496                	lw	s1,68(sp)
80400e72:	4906                	lw	s2,64(sp)
80400e74:	59f2                	lw	s3,60(sp)
80400e76:	5a62                	lw	s4,56(sp)
80400e78:	5ad2                	lw	s5,52(sp)
80400e7a:	5b42                	lw	s6,48(sp)
80400e7c:	5bb2                	lw	s7,44(sp)
80400e7e:	5c22                	lw	s8,40(sp)
80400e80:	5c92                	lw	s9,36(sp)
80400e82:	5d02                	lw	s10,32(sp)
80400e84:	4df2                	lw	s11,28(sp)
80400e86:	6161                	add	sp,sp,80
80400e88:	8082                	ret
80400e8a:	4848                	lw	a0,20(s0)
80400e8c:	c62e                	sw	a1,12(sp)
80400e8e:	00000097          	auipc	ra,0x0
80400e92:	384080e7          	jalr	900(ra) # 80401212 <evtchn_send>
80400e96:	45b2                	lw	a1,12(sp)
80400e98:	8522                	mv	a0,s0
80400e9a:	00000097          	auipc	ra,0x0
80400e9e:	dba080e7          	jalr	-582(ra) # 80400c54 <wait_response>
80400ea2:	f60b9de3          	bnez	s7,80400e1c <transfer+0x154>
80400ea6:	f179                	bnez	a0,80400e6c <transfer+0x1a4>
80400ea8:	4792                	lw	a5,4(sp)
80400eaa:	414b0b33          	sub	s6,s6,s4
80400eae:	97d2                	add	a5,a5,s4
80400eb0:	c23e                	sw	a5,4(sp)
80400eb2:	b775                	j	80400e5e <transfer+0x196>

80400eb4 <blkfront_probe>:
80400eb4:	862e                	mv	a2,a1
80400eb6:	804065b7          	lui	a1,0x80406
80400eba:	47458593          	add	a1,a1,1140 # 80406474 <names.0+0x40>
80400ebe:	00001317          	auipc	t1,0x1
80400ec2:	9ec30067          	jr	-1556(t1) # 804018aa <xs_read_u32>

80400ec6 <blkfront_connect>:
80400ec6:	7179                	add	sp,sp,-48
80400ec8:	d226                	sw	s1,36(sp)
80400eca:	84ae                	mv	s1,a1
80400ecc:	804065b7          	lui	a1,0x80406
80400ed0:	ce4e                	sw	s3,28(sp)
80400ed2:	cc52                	sw	s4,24(sp)
80400ed4:	89aa                	mv	s3,a0
80400ed6:	8a32                	mv	s4,a2
80400ed8:	47458593          	add	a1,a1,1140 # 80406474 <names.0+0x40>
80400edc:	01c50613          	add	a2,a0,28
80400ee0:	8526                	mv	a0,s1
80400ee2:	d422                	sw	s0,40(sp)
80400ee4:	d606                	sw	ra,44(sp)
80400ee6:	d04a                	sw	s2,32(sp)
80400ee8:	ca56                	sw	s5,20(sp)
80400eea:	8436                	mv	s0,a3
80400eec:	00001097          	auipc	ra,0x1
80400ef0:	9be080e7          	jalr	-1602(ra) # 804018aa <xs_read_u32>
80400ef4:	0c054b63          	bltz	a0,80400fca <blkfront_connect+0x104>
80400ef8:	000a2583          	lw	a1,0(s4)
80400efc:	4785                	li	a5,1
80400efe:	06f9ac23          	sw	a5,120(s3) # 1078 <errno+0x1078>
80400f02:	0689ae23          	sw	s0,124(s3)
80400f06:	c1dc                	sw	a5,4(a1)
80400f08:	c5dc                	sw	a5,12(a1)
80400f0a:	0005a023          	sw	zero,0(a1)
80400f0e:	0005a423          	sw	zero,8(a1)
80400f12:	01058793          	add	a5,a1,16
80400f16:	04058713          	add	a4,a1,64
80400f1a:	0007a023          	sw	zero,0(a5)
80400f1e:	0791                	add	a5,a5,4
80400f20:	fee79de3          	bne	a5,a4,80400f1a <blkfront_connect+0x54>
80400f24:	02000793          	li	a5,32
80400f28:	00f9a623          	sw	a5,12(s3)
80400f2c:	05000793          	li	a5,80
80400f30:	00b9a023          	sw	a1,0(s3)
80400f34:	0009a223          	sw	zero,4(s3)
80400f38:	0009a423          	sw	zero,8(s3)
80400f3c:	00f9a823          	sw	a5,16(s3)
80400f40:	008a0413          	add	s0,s4,8
80400f44:	02098913          	add	s2,s3,32
80400f48:	034a0a93          	add	s5,s4,52
80400f4c:	401c                	lw	a5,0(s0)
80400f4e:	544c                	lw	a1,44(s0)
80400f50:	4601                	li	a2,0
80400f52:	00f92023          	sw	a5,0(s2)
80400f56:	4501                	li	a0,0
80400f58:	00000097          	auipc	ra,0x0
80400f5c:	3e0080e7          	jalr	992(ra) # 80401338 <gnttab_grant_access>
80400f60:	0411                	add	s0,s0,4
80400f62:	06054463          	bltz	a0,80400fca <blkfront_connect+0x104>
80400f66:	02a92623          	sw	a0,44(s2)
80400f6a:	0911                	add	s2,s2,4
80400f6c:	ff5410e3          	bne	s0,s5,80400f4c <blkfront_connect+0x86>
80400f70:	004a2583          	lw	a1,4(s4)
80400f74:	4601                	li	a2,0
80400f76:	4501                	li	a0,0
80400f78:	00000097          	auipc	ra,0x0
80400f7c:	3c0080e7          	jalr	960(ra) # 80401338 <gnttab_grant_access>
80400f80:	04054563          	bltz	a0,80400fca <blkfront_connect+0x104>
80400f84:	00a9ac23          	sw	a0,24(s3)
80400f88:	01498593          	add	a1,s3,20
80400f8c:	4501                	li	a0,0
80400f8e:	00000097          	auipc	ra,0x0
80400f92:	2d0080e7          	jalr	720(ra) # 8040125e <evtchn_alloc_unbound>
80400f96:	02054a63          	bltz	a0,80400fca <blkfront_connect+0x104>
80400f9a:	0149a503          	lw	a0,20(s3)
80400f9e:	804015b7          	lui	a1,0x80401
80400fa2:	864e                	mv	a2,s3
80400fa4:	c5258593          	add	a1,a1,-942 # 80400c52 <blkfront_event>
80400fa8:	00000097          	auipc	ra,0x0
80400fac:	15e080e7          	jalr	350(ra) # 80401106 <evtchn_bind>
80400fb0:	ed09                	bnez	a0,80400fca <blkfront_connect+0x104>
80400fb2:	0189a603          	lw	a2,24(s3)
80400fb6:	804065b7          	lui	a1,0x80406
80400fba:	48c58593          	add	a1,a1,1164 # 8040648c <names.0+0x58>
80400fbe:	8526                	mv	a0,s1
80400fc0:	00001097          	auipc	ra,0x1
80400fc4:	9da080e7          	jalr	-1574(ra) # 8040199a <xs_write_u32>
80400fc8:	c911                	beqz	a0,80400fdc <blkfront_connect+0x116>
80400fca:	50b2                	lw	ra,44(sp)
80400fcc:	5422                	lw	s0,40(sp)
80400fce:	5492                	lw	s1,36(sp)
80400fd0:	5902                	lw	s2,32(sp)
80400fd2:	49f2                	lw	s3,28(sp)
80400fd4:	4a62                	lw	s4,24(sp)
80400fd6:	4ad2                	lw	s5,20(sp)
80400fd8:	6145                	add	sp,sp,48
80400fda:	8082                	ret
80400fdc:	0149a603          	lw	a2,20(s3)
80400fe0:	804065b7          	lui	a1,0x80406
80400fe4:	4a458593          	add	a1,a1,1188 # 804064a4 <names.0+0x70>
80400fe8:	8526                	mv	a0,s1
80400fea:	00001097          	auipc	ra,0x1
80400fee:	9b0080e7          	jalr	-1616(ra) # 8040199a <xs_write_u32>
80400ff2:	fd61                	bnez	a0,80400fca <blkfront_connect+0x104>
80400ff4:	804065b7          	lui	a1,0x80406
80400ff8:	460d                	li	a2,3
80400ffa:	4c058593          	add	a1,a1,1216 # 804064c0 <names.0+0x8c>
80400ffe:	8526                	mv	a0,s1
80401000:	00001097          	auipc	ra,0x1
80401004:	99a080e7          	jalr	-1638(ra) # 8040199a <xs_write_u32>
80401008:	c602                	sw	zero,12(sp)
8040100a:	f161                	bnez	a0,80400fca <blkfront_connect+0x104>
8040100c:	804065b7          	lui	a1,0x80406
80401010:	0070                	add	a2,sp,12
80401012:	4d458593          	add	a1,a1,1236 # 804064d4 <names.0+0xa0>
80401016:	8526                	mv	a0,s1
80401018:	00001097          	auipc	ra,0x1
8040101c:	892080e7          	jalr	-1902(ra) # 804018aa <xs_read_u32>
80401020:	f54d                	bnez	a0,80400fca <blkfront_connect+0x104>
80401022:	4732                	lw	a4,12(sp)
80401024:	4791                	li	a5,4
80401026:	faf702e3          	beq	a4,a5,80400fca <blkfront_connect+0x104>
8040102a:	5529                	li	a0,-22
8040102c:	bf79                	j	80400fca <blkfront_connect+0x104>

8040102e <blkfront_read>:
8040102e:	4701                	li	a4,0
80401030:	00000317          	auipc	t1,0x0
80401034:	c9830067          	jr	-872(t1) # 80400cc8 <transfer>

80401038 <blkfront_write>:
80401038:	8736                	mv	a4,a3
8040103a:	4681                	li	a3,0
8040103c:	00000317          	auipc	t1,0x0
80401040:	c8c30067          	jr	-884(t1) # 80400cc8 <transfer>

80401044 <blkfront_flush>:
80401044:	455c                	lw	a5,12(a0)
80401046:	4154                	lw	a3,4(a0)
80401048:	4918                	lw	a4,16(a0)
8040104a:	17fd                	add	a5,a5,-1
8040104c:	8ff5                	and	a5,a5,a3
8040104e:	02e787b3          	mul	a5,a5,a4
80401052:	1101                	add	sp,sp,-32
80401054:	ca26                	sw	s1,20(sp)
80401056:	4104                	lw	s1,0(a0)
80401058:	cc22                	sw	s0,24(sp)
8040105a:	05000613          	li	a2,80
8040105e:	842a                	mv	s0,a0
80401060:	4581                	li	a1,0
80401062:	ce06                	sw	ra,28(sp)
80401064:	04078793          	add	a5,a5,64
80401068:	94be                	add	s1,s1,a5
8040106a:	8526                	mv	a0,s1
8040106c:	00002097          	auipc	ra,0x2
80401070:	9f6080e7          	jalr	-1546(ra) # 80402a62 <memset>
80401074:	5c2c                	lw	a1,120(s0)
80401076:	00158793          	add	a5,a1,1
8040107a:	dc3c                	sw	a5,120(s0)
8040107c:	478d                	li	a5,3
8040107e:	00f49023          	sh	a5,0(s1)
80401082:	405c                	lw	a5,4(s0)
80401084:	4018                	lw	a4,0(s0)
80401086:	c0cc                	sw	a1,4(s1)
80401088:	0785                	add	a5,a5,1
8040108a:	c05c                	sw	a5,4(s0)
8040108c:	4318                	lw	a4,0(a4)
8040108e:	0110000f          	fence	w,w
80401092:	4014                	lw	a3,0(s0)
80401094:	c29c                	sw	a5,0(a3)
80401096:	0330000f          	fence	rw,rw
8040109a:	4014                	lw	a3,0(s0)
8040109c:	40e78733          	sub	a4,a5,a4
804010a0:	42d4                	lw	a3,4(a3)
804010a2:	8f95                	sub	a5,a5,a3
804010a4:	00e7eb63          	bltu	a5,a4,804010ba <blkfront_flush+0x76>
804010a8:	8522                	mv	a0,s0
804010aa:	4462                	lw	s0,24(sp)
804010ac:	40f2                	lw	ra,28(sp)
804010ae:	44d2                	lw	s1,20(sp)
804010b0:	6105                	add	sp,sp,32
804010b2:	00000317          	auipc	t1,0x0
804010b6:	ba230067          	jr	-1118(t1) # 80400c54 <wait_response>
804010ba:	4848                	lw	a0,20(s0)
804010bc:	c62e                	sw	a1,12(sp)
804010be:	00000097          	auipc	ra,0x0
804010c2:	154080e7          	jalr	340(ra) # 80401212 <evtchn_send>
804010c6:	8522                	mv	a0,s0
804010c8:	4462                	lw	s0,24(sp)
804010ca:	45b2                	lw	a1,12(sp)
804010cc:	40f2                	lw	ra,28(sp)
804010ce:	44d2                	lw	s1,20(sp)
804010d0:	6105                	add	sp,sp,32
804010d2:	00000317          	auipc	t1,0x0
804010d6:	b8230067          	jr	-1150(t1) # 80400c54 <wait_response>

804010da <evtchn_init>:
804010da:	80407737          	lui	a4,0x80407
804010de:	804197b7          	lui	a5,0x80419
804010e2:	35478793          	add	a5,a5,852 # 80419354 <handlers>
804010e6:	0ca72023          	sw	a0,192(a4) # 804070c0 <pv_shared_info>
804010ea:	6709                	lui	a4,0x2
804010ec:	973e                	add	a4,a4,a5
804010ee:	0007a023          	sw	zero,0(a5)
804010f2:	0007a223          	sw	zero,4(a5)
804010f6:	07a1                	add	a5,a5,8
804010f8:	fee79be3          	bne	a5,a4,804010ee <evtchn_init+0x14>
804010fc:	804077b7          	lui	a5,0x80407
80401100:	0a07ae23          	sw	zero,188(a5) # 804070bc <stray>
80401104:	8082                	ret

80401106 <evtchn_bind>:
80401106:	fff50713          	add	a4,a0,-1
8040110a:	3fe00793          	li	a5,1022
8040110e:	00e7ec63          	bltu	a5,a4,80401126 <evtchn_bind+0x20>
80401112:	804197b7          	lui	a5,0x80419
80401116:	050e                	sll	a0,a0,0x3
80401118:	35478793          	add	a5,a5,852 # 80419354 <handlers>
8040111c:	97aa                	add	a5,a5,a0
8040111e:	c3d0                	sw	a2,4(a5)
80401120:	c38c                	sw	a1,0(a5)
80401122:	4501                	li	a0,0
80401124:	8082                	ret
80401126:	5529                	li	a0,-22
80401128:	8082                	ret

8040112a <evtchn_do_upcall>:
8040112a:	7179                	add	sp,sp,-48
8040112c:	804077b7          	lui	a5,0x80407
80401130:	c65e                	sw	s7,12(sp)
80401132:	0c07ab83          	lw	s7,192(a5) # 804070c0 <pv_shared_info>
80401136:	cc52                	sw	s4,24(sp)
80401138:	80419a37          	lui	s4,0x80419
8040113c:	c85a                	sw	s6,16(sp)
8040113e:	c462                	sw	s8,8(sp)
80401140:	c266                	sw	s9,4(sp)
80401142:	d606                	sw	ra,44(sp)
80401144:	d422                	sw	s0,40(sp)
80401146:	d226                	sw	s1,36(sp)
80401148:	d04a                	sw	s2,32(sp)
8040114a:	ce4e                	sw	s3,28(sp)
8040114c:	ca56                	sw	s5,20(sp)
8040114e:	4c81                	li	s9,0
80401150:	004b8c13          	add	s8,s7,4
80401154:	354a0a13          	add	s4,s4,852 # 80419354 <handlers>
80401158:	80407b37          	lui	s6,0x80407
8040115c:	000b8023          	sb	zero,0(s7)
80401160:	0330000f          	fence	rw,rw
80401164:	8ae6                	mv	s5,s9
80401166:	0f50000f          	fence	iorw,ow
8040116a:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
8040116e:	4985                	li	s3,1
80401170:	080a8163          	beqz	s5,804011f2 <evtchn_do_upcall+0xc8>
80401174:	8556                	mv	a0,s5
80401176:	00001097          	auipc	ra,0x1
8040117a:	1b4080e7          	jalr	436(ra) # 8040232a <__ctzsi2>
8040117e:	01050413          	add	s0,a0,16
80401182:	040a                	sll	s0,s0,0x2
80401184:	08040913          	add	s2,s0,128
80401188:	fffa8793          	add	a5,s5,-1
8040118c:	00fafab3          	and	s5,s5,a5
80401190:	945e                	add	s0,s0,s7
80401192:	995e                	add	s2,s2,s7
80401194:	00551493          	sll	s1,a0,0x5
80401198:	401c                	lw	a5,0(s0)
8040119a:	0ff0000f          	fence
8040119e:	00092503          	lw	a0,0(s2)
804011a2:	fff54513          	not	a0,a0
804011a6:	8d7d                	and	a0,a0,a5
804011a8:	d561                	beqz	a0,80401170 <evtchn_do_upcall+0x46>
804011aa:	00001097          	auipc	ra,0x1
804011ae:	180080e7          	jalr	384(ra) # 8040232a <__ctzsi2>
804011b2:	00a997b3          	sll	a5,s3,a0
804011b6:	fff7c793          	not	a5,a5
804011ba:	0f50000f          	fence	iorw,ow
804011be:	64f4202f          	amoand.w.aq	zero,a5,(s0)
804011c2:	9526                	add	a0,a0,s1
804011c4:	00351793          	sll	a5,a0,0x3
804011c8:	97d2                	add	a5,a5,s4
804011ca:	4398                	lw	a4,0(a5)
804011cc:	cf09                	beqz	a4,804011e6 <evtchn_do_upcall+0xbc>
804011ce:	43cc                	lw	a1,4(a5)
804011d0:	9702                	jalr	a4
804011d2:	401c                	lw	a5,0(s0)
804011d4:	0ff0000f          	fence
804011d8:	00092503          	lw	a0,0(s2)
804011dc:	fff54513          	not	a0,a0
804011e0:	8d7d                	and	a0,a0,a5
804011e2:	f561                	bnez	a0,804011aa <evtchn_do_upcall+0x80>
804011e4:	b771                	j	80401170 <evtchn_do_upcall+0x46>
804011e6:	0bcb2783          	lw	a5,188(s6) # 804070bc <stray>
804011ea:	0785                	add	a5,a5,1
804011ec:	0afb2e23          	sw	a5,188(s6)
804011f0:	b765                	j	80401198 <evtchn_do_upcall+0x6e>
804011f2:	000bc783          	lbu	a5,0(s7)
804011f6:	f3bd                	bnez	a5,8040115c <evtchn_do_upcall+0x32>
804011f8:	50b2                	lw	ra,44(sp)
804011fa:	5422                	lw	s0,40(sp)
804011fc:	5492                	lw	s1,36(sp)
804011fe:	5902                	lw	s2,32(sp)
80401200:	49f2                	lw	s3,28(sp)
80401202:	4a62                	lw	s4,24(sp)
80401204:	4ad2                	lw	s5,20(sp)
80401206:	4b42                	lw	s6,16(sp)
80401208:	4bb2                	lw	s7,12(sp)
8040120a:	4c22                	lw	s8,8(sp)
8040120c:	4c92                	lw	s9,4(sp)
8040120e:	6145                	add	sp,sp,48
80401210:	8082                	ret

80401212 <evtchn_send>:
80401212:	1141                	add	sp,sp,-16
80401214:	c62a                	sw	a0,12(sp)
80401216:	006c                	add	a1,sp,12
80401218:	4511                	li	a0,4
8040121a:	02000893          	li	a7,32
8040121e:	00000073          	ecall
80401222:	0141                	add	sp,sp,16
80401224:	8082                	ret

80401226 <evtchn_bind_virq>:
80401226:	1141                	add	sp,sp,-16
80401228:	86ae                	mv	a3,a1
8040122a:	c22a                	sw	a0,4(sp)
8040122c:	c402                	sw	zero,8(sp)
8040122e:	c602                	sw	zero,12(sp)
80401230:	4505                	li	a0,1
80401232:	004c                	add	a1,sp,4
80401234:	02000893          	li	a7,32
80401238:	00000073          	ecall
8040123c:	00054b63          	bltz	a0,80401252 <evtchn_bind_virq+0x2c>
80401240:	4732                	lw	a4,12(sp)
80401242:	cb11                	beqz	a4,80401256 <evtchn_bind_virq+0x30>
80401244:	c298                	sw	a4,0(a3)
80401246:	3fe00793          	li	a5,1022
8040124a:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
8040124c:	00e7e763          	bltu	a5,a4,8040125a <evtchn_bind_virq+0x34>
80401250:	4501                	li	a0,0
80401252:	0141                	add	sp,sp,16
80401254:	8082                	ret
80401256:	872a                	mv	a4,a0
80401258:	b7f5                	j	80401244 <evtchn_bind_virq+0x1e>
8040125a:	5529                	li	a0,-22
8040125c:	bfdd                	j	80401252 <evtchn_bind_virq+0x2c>

8040125e <evtchn_alloc_unbound>:
8040125e:	77e1                	lui	a5,0xffff8
80401260:	1141                	add	sp,sp,-16
80401262:	ff07c793          	xor	a5,a5,-16
80401266:	86ae                	mv	a3,a1
80401268:	00a11523          	sh	a0,10(sp)
8040126c:	00f11423          	sh	a5,8(sp)
80401270:	c602                	sw	zero,12(sp)
80401272:	4519                	li	a0,6
80401274:	002c                	add	a1,sp,8
80401276:	02000893          	li	a7,32
8040127a:	00000073          	ecall
8040127e:	00054b63          	bltz	a0,80401294 <evtchn_alloc_unbound+0x36>
80401282:	4732                	lw	a4,12(sp)
80401284:	cb11                	beqz	a4,80401298 <evtchn_alloc_unbound+0x3a>
80401286:	c298                	sw	a4,0(a3)
80401288:	3fe00793          	li	a5,1022
8040128c:	177d                	add	a4,a4,-1
8040128e:	00e7e763          	bltu	a5,a4,8040129c <evtchn_alloc_unbound+0x3e>
80401292:	4501                	li	a0,0
80401294:	0141                	add	sp,sp,16
80401296:	8082                	ret
80401298:	872a                	mv	a4,a0
8040129a:	b7f5                	j	80401286 <evtchn_alloc_unbound+0x28>
8040129c:	5529                	li	a0,-22
8040129e:	bfdd                	j	80401294 <evtchn_alloc_unbound+0x36>

804012a0 <pv_block>:
804012a0:	4505                	li	a0,1
804012a2:	4581                	li	a1,0
804012a4:	48f5                	li	a7,29
804012a6:	00000073          	ecall
804012aa:	804077b7          	lui	a5,0x80407
804012ae:	0c07a783          	lw	a5,192(a5) # 804070c0 <pv_shared_info>
804012b2:	4705                	li	a4,1
804012b4:	00e780a3          	sb	a4,1(a5)
804012b8:	8082                	ret

804012ba <gnttab_setup_frame>:
804012ba:	77e1                	lui	a5,0xffff8
804012bc:	1141                	add	sp,sp,-16
804012be:	ff07c793          	xor	a5,a5,-16
804012c2:	00f11023          	sh	a5,0(sp)
804012c6:	4785                	li	a5,1
804012c8:	872a                	mv	a4,a0
804012ca:	00011123          	sh	zero,2(sp)
804012ce:	00011423          	sh	zero,8(sp)
804012d2:	00011523          	sh	zero,10(sp)
804012d6:	00011623          	sh	zero,12(sp)
804012da:	00011723          	sh	zero,14(sp)
804012de:	c23e                	sw	a5,4(sp)
804012e0:	4509                	li	a0,2
804012e2:	858a                	mv	a1,sp
804012e4:	4605                	li	a2,1
804012e6:	48d1                	li	a7,20
804012e8:	00000073          	ecall
804012ec:	00054863          	bltz	a0,804012fc <gnttab_setup_frame+0x42>
804012f0:	00811783          	lh	a5,8(sp)
804012f4:	e791                	bnez	a5,80401300 <gnttab_setup_frame+0x46>
804012f6:	47b2                	lw	a5,12(sp)
804012f8:	4501                	li	a0,0
804012fa:	c31c                	sw	a5,0(a4)
804012fc:	0141                	add	sp,sp,16
804012fe:	8082                	ret
80401300:	853e                	mv	a0,a5
80401302:	0007c363          	bltz	a5,80401308 <gnttab_setup_frame+0x4e>
80401306:	557d                	li	a0,-1
80401308:	0542                	sll	a0,a0,0x10
8040130a:	8541                	sra	a0,a0,0x10
8040130c:	0141                	add	sp,sp,16
8040130e:	8082                	ret

80401310 <gnttab_init>:
80401310:	8041b7b7          	lui	a5,0x8041b
80401314:	35478693          	add	a3,a5,852 # 8041b354 <in_use>
80401318:	80407737          	lui	a4,0x80407
8040131c:	0ca72223          	sw	a0,196(a4) # 804070c4 <table>
80401320:	35478793          	add	a5,a5,852
80401324:	04068713          	add	a4,a3,64
80401328:	0007a023          	sw	zero,0(a5)
8040132c:	0791                	add	a5,a5,4
8040132e:	fee79de3          	bne	a5,a4,80401328 <gnttab_init+0x18>
80401332:	4785                	li	a5,1
80401334:	c29c                	sw	a5,0(a3)
80401336:	8082                	ret

80401338 <gnttab_grant_access>:
80401338:	8041b7b7          	lui	a5,0x8041b
8040133c:	35478793          	add	a5,a5,852 # 8041b354 <in_use>
80401340:	4394                	lw	a3,0(a5)
80401342:	872a                	mv	a4,a0
80401344:	4505                	li	a0,1
80401346:	0026f813          	and	a6,a3,2
8040134a:	02081f63          	bnez	a6,80401388 <gnttab_grant_access+0x50>
8040134e:	4e21                	li	t3,8
80401350:	4309                	li	t1,2
80401352:	4881                	li	a7,0
80401354:	80407837          	lui	a6,0x80407
80401358:	0c482803          	lw	a6,196(a6) # 804070c4 <table>
8040135c:	0066e6b3          	or	a3,a3,t1
80401360:	97c6                	add	a5,a5,a7
80401362:	0742                	sll	a4,a4,0x10
80401364:	c394                	sw	a3,0(a5)
80401366:	8341                	srl	a4,a4,0x10
80401368:	01c806b3          	add	a3,a6,t3
8040136c:	00e69123          	sh	a4,2(a3)
80401370:	c2cc                	sw	a1,4(a3)
80401372:	0110000f          	fence	w,w
80401376:	00163613          	seqz	a2,a2
8040137a:	40c007b3          	neg	a5,a2
8040137e:	9bf1                	and	a5,a5,-4
80401380:	0795                	add	a5,a5,5
80401382:	00f69023          	sh	a5,0(a3)
80401386:	8082                	ret
80401388:	20000e93          	li	t4,512
8040138c:	4e05                	li	t3,1
8040138e:	0505                	add	a0,a0,1
80401390:	00555813          	srl	a6,a0,0x5
80401394:	00281893          	sll	a7,a6,0x2
80401398:	011786b3          	add	a3,a5,a7
8040139c:	00ae1333          	sll	t1,t3,a0
804013a0:	01d50a63          	beq	a0,t4,804013b4 <gnttab_grant_access+0x7c>
804013a4:	4294                	lw	a3,0(a3)
804013a6:	0066f833          	and	a6,a3,t1
804013aa:	fe0812e3          	bnez	a6,8040138e <gnttab_grant_access+0x56>
804013ae:	00351e13          	sll	t3,a0,0x3
804013b2:	b74d                	j	80401354 <gnttab_grant_access+0x1c>
804013b4:	5511                	li	a0,-28
804013b6:	8082                	ret

804013b8 <pvcons_init>:
804013b8:	c10c                	sw	a1,0(a0)
804013ba:	c150                	sw	a2,4(a0)
804013bc:	c514                	sw	a3,8(a0)
804013be:	8082                	ret

804013c0 <pvcons_put>:
804013c0:	00052803          	lw	a6,0(a0)
804013c4:	6785                	lui	a5,0x1
804013c6:	00f80733          	add	a4,a6,a5
804013ca:	c0872503          	lw	a0,-1016(a4)
804013ce:	c0c72883          	lw	a7,-1012(a4)
804013d2:	0330000f          	fence	rw,rw
804013d6:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
804013da:	953e                	add	a0,a0,a5
804013dc:	41150533          	sub	a0,a0,a7
804013e0:	02a7ee63          	bltu	a5,a0,8040141c <pvcons_put+0x5c>
804013e4:	04a66463          	bltu	a2,a0,8040142c <pvcons_put+0x6c>
804013e8:	c11d                	beqz	a0,8040140e <pvcons_put+0x4e>
804013ea:	872e                	mv	a4,a1
804013ec:	00a58633          	add	a2,a1,a0
804013f0:	40b885b3          	sub	a1,a7,a1
804013f4:	00074683          	lbu	a3,0(a4)
804013f8:	00e587b3          	add	a5,a1,a4
804013fc:	7ff7f793          	and	a5,a5,2047
80401400:	97c2                	add	a5,a5,a6
80401402:	40d78023          	sb	a3,1024(a5)
80401406:	0705                	add	a4,a4,1
80401408:	fec716e3          	bne	a4,a2,804013f4 <pvcons_put+0x34>
8040140c:	98aa                	add	a7,a7,a0
8040140e:	0110000f          	fence	w,w
80401412:	6785                	lui	a5,0x1
80401414:	983e                	add	a6,a6,a5
80401416:	c1182623          	sw	a7,-1012(a6)
8040141a:	8082                	ret
8040141c:	4501                	li	a0,0
8040141e:	0110000f          	fence	w,w
80401422:	6785                	lui	a5,0x1
80401424:	983e                	add	a6,a6,a5
80401426:	c1182623          	sw	a7,-1012(a6)
8040142a:	8082                	ret
8040142c:	8532                	mv	a0,a2
8040142e:	fd55                	bnez	a0,804013ea <pvcons_put+0x2a>
80401430:	bff9                	j	8040140e <pvcons_put+0x4e>

80401432 <pvcons_write>:
80401432:	c621                	beqz	a2,8040147a <pvcons_write+0x48>
80401434:	1141                	add	sp,sp,-16
80401436:	c422                	sw	s0,8(sp)
80401438:	c226                	sw	s1,4(sp)
8040143a:	c04a                	sw	s2,0(sp)
8040143c:	c606                	sw	ra,12(sp)
8040143e:	8432                	mv	s0,a2
80401440:	892a                	mv	s2,a0
80401442:	84ae                	mv	s1,a1
80401444:	a021                	j	8040144c <pvcons_write+0x1a>
80401446:	00892783          	lw	a5,8(s2)
8040144a:	9782                	jalr	a5
8040144c:	8622                	mv	a2,s0
8040144e:	85a6                	mv	a1,s1
80401450:	854a                	mv	a0,s2
80401452:	00000097          	auipc	ra,0x0
80401456:	f6e080e7          	jalr	-146(ra) # 804013c0 <pvcons_put>
8040145a:	87aa                	mv	a5,a0
8040145c:	00492503          	lw	a0,4(s2)
80401460:	8c1d                	sub	s0,s0,a5
80401462:	94be                	add	s1,s1,a5
80401464:	00000097          	auipc	ra,0x0
80401468:	dae080e7          	jalr	-594(ra) # 80401212 <evtchn_send>
8040146c:	fc69                	bnez	s0,80401446 <pvcons_write+0x14>
8040146e:	40b2                	lw	ra,12(sp)
80401470:	4422                	lw	s0,8(sp)
80401472:	4492                	lw	s1,4(sp)
80401474:	4902                	lw	s2,0(sp)
80401476:	0141                	add	sp,sp,16
80401478:	8082                	ret
8040147a:	8082                	ret

8040147c <pvcons_drain>:
8040147c:	411c                	lw	a5,0(a0)
8040147e:	1141                	add	sp,sp,-16
80401480:	c226                	sw	s1,4(sp)
80401482:	6485                	lui	s1,0x1
80401484:	97a6                	add	a5,a5,s1
80401486:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
8040148a:	c087a783          	lw	a5,-1016(a5)
8040148e:	c606                	sw	ra,12(sp)
80401490:	c422                	sw	s0,8(sp)
80401492:	02f70363          	beq	a4,a5,804014b8 <pvcons_drain+0x3c>
80401496:	842a                	mv	s0,a0
80401498:	4148                	lw	a0,4(a0)
8040149a:	00000097          	auipc	ra,0x0
8040149e:	d78080e7          	jalr	-648(ra) # 80401212 <evtchn_send>
804014a2:	a019                	j	804014a8 <pvcons_drain+0x2c>
804014a4:	441c                	lw	a5,8(s0)
804014a6:	9782                	jalr	a5
804014a8:	401c                	lw	a5,0(s0)
804014aa:	97a6                	add	a5,a5,s1
804014ac:	c0c7a703          	lw	a4,-1012(a5)
804014b0:	c087a783          	lw	a5,-1016(a5)
804014b4:	fef718e3          	bne	a4,a5,804014a4 <pvcons_drain+0x28>
804014b8:	40b2                	lw	ra,12(sp)
804014ba:	4422                	lw	s0,8(sp)
804014bc:	4492                	lw	s1,4(sp)
804014be:	0141                	add	sp,sp,16
804014c0:	8082                	ret

804014c2 <pvcons_read>:
804014c2:	4114                	lw	a3,0(a0)
804014c4:	6785                	lui	a5,0x1
804014c6:	1141                	add	sp,sp,-16
804014c8:	97b6                	add	a5,a5,a3
804014ca:	c007a803          	lw	a6,-1024(a5) # c00 <errno+0xc00>
804014ce:	c422                	sw	s0,8(sp)
804014d0:	c047a403          	lw	s0,-1020(a5)
804014d4:	c606                	sw	ra,12(sp)
804014d6:	41040433          	sub	s0,s0,a6
804014da:	0220000f          	fence	r,r
804014de:	40000793          	li	a5,1024
804014e2:	0487e863          	bltu	a5,s0,80401532 <pvcons_read+0x70>
804014e6:	04866463          	bltu	a2,s0,8040152e <pvcons_read+0x6c>
804014ea:	cc0d                	beqz	s0,80401524 <pvcons_read+0x62>
804014ec:	872e                	mv	a4,a1
804014ee:	40e80633          	sub	a2,a6,a4
804014f2:	95a2                	add	a1,a1,s0
804014f4:	00e607b3          	add	a5,a2,a4
804014f8:	3ff7f793          	and	a5,a5,1023
804014fc:	97b6                	add	a5,a5,a3
804014fe:	0007c783          	lbu	a5,0(a5)
80401502:	0705                	add	a4,a4,1
80401504:	fef70fa3          	sb	a5,-1(a4)
80401508:	feb716e3          	bne	a4,a1,804014f4 <pvcons_read+0x32>
8040150c:	0330000f          	fence	rw,rw
80401510:	6785                	lui	a5,0x1
80401512:	9822                	add	a6,a6,s0
80401514:	96be                	add	a3,a3,a5
80401516:	c106a023          	sw	a6,-1024(a3)
8040151a:	4148                	lw	a0,4(a0)
8040151c:	00000097          	auipc	ra,0x0
80401520:	cf6080e7          	jalr	-778(ra) # 80401212 <evtchn_send>
80401524:	40b2                	lw	ra,12(sp)
80401526:	8522                	mv	a0,s0
80401528:	4422                	lw	s0,8(sp)
8040152a:	0141                	add	sp,sp,16
8040152c:	8082                	ret
8040152e:	8432                	mv	s0,a2
80401530:	bf6d                	j	804014ea <pvcons_read+0x28>
80401532:	4401                	li	s0,0
80401534:	40b2                	lw	ra,12(sp)
80401536:	8522                	mv	a0,s0
80401538:	4422                	lw	s0,8(sp)
8040153a:	0141                	add	sp,sp,16
8040153c:	8082                	ret

8040153e <xs_talk>:
8040153e:	710d                	add	sp,sp,-352
80401540:	15312623          	sw	s3,332(sp)
80401544:	15412423          	sw	s4,328(sp)
80401548:	13a12823          	sw	s10,304(sp)
8040154c:	89be                	mv	s3,a5
8040154e:	8d36                	mv	s10,a3
80401550:	14112e23          	sw	ra,348(sp)
80401554:	96be                	add	a3,a3,a5
80401556:	14812c23          	sw	s0,344(sp)
8040155a:	14912a23          	sw	s1,340(sp)
8040155e:	15212823          	sw	s2,336(sp)
80401562:	15512223          	sw	s5,324(sp)
80401566:	15612023          	sw	s6,320(sp)
8040156a:	13712e23          	sw	s7,316(sp)
8040156e:	13812c23          	sw	s8,312(sp)
80401572:	13912a23          	sw	s9,308(sp)
80401576:	13b12623          	sw	s11,300(sp)
8040157a:	10000793          	li	a5,256
8040157e:	00052a03          	lw	s4,0(a0)
80401582:	28d7ee63          	bltu	a5,a3,8040181e <xs_talk+0x2e0>
80401586:	451c                	lw	a5,8(a0)
80401588:	6485                	lui	s1,0x1
8040158a:	94d2                	add	s1,s1,s4
8040158c:	0785                	add	a5,a5,1 # 1001 <errno+0x1001>
8040158e:	c51c                	sw	a5,8(a0)
80401590:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
80401594:	8c3a                	mv	s8,a4
80401596:	8004a703          	lw	a4,-2048(s1)
8040159a:	3f000d93          	li	s11,1008
8040159e:	c23e                	sw	a5,4(sp)
804015a0:	c02e                	sw	a1,0(sp)
804015a2:	c402                	sw	zero,8(sp)
804015a4:	c636                	sw	a3,12(sp)
804015a6:	40dd8db3          	sub	s11,s11,a3
804015aa:	40eb87b3          	sub	a5,s7,a4
804015ae:	842a                	mv	s0,a0
804015b0:	8b2e                	mv	s6,a1
804015b2:	8cb2                	mv	s9,a2
804015b4:	8942                	mv	s2,a6
804015b6:	8ac6                	mv	s5,a7
804015b8:	00fdff63          	bgeu	s11,a5,804015d6 <xs_talk+0x98>
804015bc:	4048                	lw	a0,4(s0)
804015be:	00000097          	auipc	ra,0x0
804015c2:	c54080e7          	jalr	-940(ra) # 80401212 <evtchn_send>
804015c6:	445c                	lw	a5,12(s0)
804015c8:	9782                	jalr	a5
804015ca:	8004a783          	lw	a5,-2048(s1)
804015ce:	40fb87b3          	sub	a5,s7,a5
804015d2:	fefde5e3          	bltu	s11,a5,804015bc <xs_talk+0x7e>
804015d6:	0330000f          	fence	rw,rw
804015da:	4010                	lw	a2,0(s0)
804015dc:	870a                	mv	a4,sp
804015de:	0804                	add	s1,sp,16
804015e0:	40eb85b3          	sub	a1,s7,a4
804015e4:	00074683          	lbu	a3,0(a4)
804015e8:	00e587b3          	add	a5,a1,a4
804015ec:	3ff7f793          	and	a5,a5,1023
804015f0:	97b2                	add	a5,a5,a2
804015f2:	00d78023          	sb	a3,0(a5)
804015f6:	0705                	add	a4,a4,1
804015f8:	fee496e3          	bne	s1,a4,804015e4 <xs_talk+0xa6>
804015fc:	419b86b3          	sub	a3,s7,s9
80401600:	87e6                	mv	a5,s9
80401602:	010d0513          	add	a0,s10,16
80401606:	9cea                	add	s9,s9,s10
80401608:	06c1                	add	a3,a3,16
8040160a:	0007c703          	lbu	a4,0(a5)
8040160e:	00f685b3          	add	a1,a3,a5
80401612:	3ff5f593          	and	a1,a1,1023
80401616:	95b2                	add	a1,a1,a2
80401618:	00e58023          	sb	a4,0(a1)
8040161c:	0785                	add	a5,a5,1
8040161e:	ff9796e3          	bne	a5,s9,8040160a <xs_talk+0xcc>
80401622:	87e2                	mv	a5,s8
80401624:	9baa                	add	s7,s7,a0
80401626:	9c4e                	add	s8,s8,s3
80401628:	40fb85b3          	sub	a1,s7,a5
8040162c:	00098e63          	beqz	s3,80401648 <xs_talk+0x10a>
80401630:	0007c703          	lbu	a4,0(a5)
80401634:	00f586b3          	add	a3,a1,a5
80401638:	3ff6f693          	and	a3,a3,1023
8040163c:	96b2                	add	a3,a3,a2
8040163e:	00e68023          	sb	a4,0(a3)
80401642:	0785                	add	a5,a5,1
80401644:	ff8796e3          	bne	a5,s8,80401630 <xs_talk+0xf2>
80401648:	9bce                	add	s7,s7,s3
8040164a:	0110000f          	fence	w,w
8040164e:	6d05                	lui	s10,0x1
80401650:	9d52                	add	s10,s10,s4
80401652:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
80401656:	4048                	lw	a0,4(s0)
80401658:	00000097          	auipc	ra,0x0
8040165c:	bba080e7          	jalr	-1094(ra) # 80401212 <evtchn_send>
80401660:	808d2503          	lw	a0,-2040(s10)
80401664:	80cd2683          	lw	a3,-2036(s10)
80401668:	8e89                	sub	a3,a3,a0
8040166a:	0220000f          	fence	r,r
8040166e:	40000793          	li	a5,1024
80401672:	02d7e963          	bltu	a5,a3,804016a4 <xs_talk+0x166>
80401676:	02010c93          	add	s9,sp,32
8040167a:	4bc1                	li	s7,16
8040167c:	49bd                	li	s3,15
8040167e:	10000c13          	li	s8,256
80401682:	419b8bb3          	sub	s7,s7,s9
80401686:	40000a13          	li	s4,1024
8040168a:	04d9ea63          	bltu	s3,a3,804016de <xs_talk+0x1a0>
8040168e:	445c                	lw	a5,12(s0)
80401690:	9782                	jalr	a5
80401692:	808d2503          	lw	a0,-2040(s10)
80401696:	80cd2683          	lw	a3,-2036(s10)
8040169a:	8e89                	sub	a3,a3,a0
8040169c:	0220000f          	fence	r,r
804016a0:	feda75e3          	bgeu	s4,a3,8040168a <xs_talk+0x14c>
804016a4:	5549                	li	a0,-14
804016a6:	15c12083          	lw	ra,348(sp)
804016aa:	15812403          	lw	s0,344(sp)
804016ae:	15412483          	lw	s1,340(sp)
804016b2:	15012903          	lw	s2,336(sp)
804016b6:	14c12983          	lw	s3,332(sp)
804016ba:	14812a03          	lw	s4,328(sp)
804016be:	14412a83          	lw	s5,324(sp)
804016c2:	14012b03          	lw	s6,320(sp)
804016c6:	13c12b83          	lw	s7,316(sp)
804016ca:	13812c03          	lw	s8,312(sp)
804016ce:	13412c83          	lw	s9,308(sp)
804016d2:	13012d03          	lw	s10,304(sp)
804016d6:	12c12d83          	lw	s11,300(sp)
804016da:	6135                	add	sp,sp,352
804016dc:	8082                	ret
804016de:	4010                	lw	a2,0(s0)
804016e0:	8726                	mv	a4,s1
804016e2:	409505b3          	sub	a1,a0,s1
804016e6:	00e587b3          	add	a5,a1,a4
804016ea:	3ff7f793          	and	a5,a5,1023
804016ee:	97b2                	add	a5,a5,a2
804016f0:	4007c783          	lbu	a5,1024(a5)
804016f4:	0705                	add	a4,a4,1
804016f6:	fef70fa3          	sb	a5,-1(a4)
804016fa:	ff9716e3          	bne	a4,s9,804016e6 <xs_talk+0x1a8>
804016fe:	47f2                	lw	a5,28(sp)
80401700:	fafc62e3          	bltu	s8,a5,804016a4 <xs_talk+0x166>
80401704:	01078713          	add	a4,a5,16
80401708:	f8e6e3e3          	bltu	a3,a4,8040168e <xs_talk+0x150>
8040170c:	019785b3          	add	a1,a5,s9
80401710:	8766                	mv	a4,s9
80401712:	00ab86b3          	add	a3,s7,a0
80401716:	cf89                	beqz	a5,80401730 <xs_talk+0x1f2>
80401718:	00e687b3          	add	a5,a3,a4
8040171c:	3ff7f793          	and	a5,a5,1023
80401720:	97b2                	add	a5,a5,a2
80401722:	4007c783          	lbu	a5,1024(a5)
80401726:	0705                	add	a4,a4,1
80401728:	fef70fa3          	sb	a5,-1(a4)
8040172c:	feb716e3          	bne	a4,a1,80401718 <xs_talk+0x1da>
80401730:	0330000f          	fence	rw,rw
80401734:	4df2                	lw	s11,28(sp)
80401736:	010d8793          	add	a5,s11,16
8040173a:	97aa                	add	a5,a5,a0
8040173c:	80fd2423          	sw	a5,-2040(s10)
80401740:	4048                	lw	a0,4(s0)
80401742:	00000097          	auipc	ra,0x0
80401746:	ad0080e7          	jalr	-1328(ra) # 80401212 <evtchn_send>
8040174a:	4752                	lw	a4,20(sp)
8040174c:	4792                	lw	a5,4(sp)
8040174e:	f4f712e3          	bne	a4,a5,80401692 <xs_talk+0x154>
80401752:	47c2                	lw	a5,16(sp)
80401754:	4741                	li	a4,16
80401756:	02e78a63          	beq	a5,a4,8040178a <xs_talk+0x24c>
8040175a:	5529                	li	a0,-22
8040175c:	f56795e3          	bne	a5,s6,804016a6 <xs_talk+0x168>
80401760:	020d8363          	beqz	s11,80401786 <xs_talk+0x248>
80401764:	020a8163          	beqz	s5,80401786 <xs_talk+0x248>
80401768:	fffd8713          	add	a4,s11,-1
8040176c:	974a                	add	a4,a4,s2
8040176e:	9aca                	add	s5,s5,s2
80401770:	a021                	j	80401778 <xs_talk+0x23a>
80401772:	0905                	add	s2,s2,1
80401774:	01590963          	beq	s2,s5,80401786 <xs_talk+0x248>
80401778:	000cc783          	lbu	a5,0(s9)
8040177c:	0c85                	add	s9,s9,1
8040177e:	00f90023          	sb	a5,0(s2)
80401782:	fee918e3          	bne	s2,a4,80401772 <xs_talk+0x234>
80401786:	856e                	mv	a0,s11
80401788:	bf39                	j	804016a6 <xs_talk+0x168>
8040178a:	80406337          	lui	t1,0x80406
8040178e:	54030f13          	add	t5,t1,1344 # 80406540 <names.0>
80401792:	04500793          	li	a5,69
80401796:	54030313          	add	t1,t1,1344
8040179a:	00032583          	lw	a1,0(t1)
8040179e:	4e01                	li	t3,0
804017a0:	4ead                	li	t4,11
804017a2:	cbb9                	beqz	a5,804017f8 <xs_talk+0x2ba>
804017a4:	4681                	li	a3,0
804017a6:	88b6                	mv	a7,a3
804017a8:	0685                	add	a3,a3,1
804017aa:	00d587b3          	add	a5,a1,a3
804017ae:	0007c783          	lbu	a5,0(a5)
804017b2:	fbf5                	bnez	a5,804017a6 <xs_talk+0x268>
804017b4:	020d8763          	beqz	s11,804017e2 <xs_talk+0x2a4>
804017b8:	8666                	mv	a2,s9
804017ba:	a031                	j	804017c6 <xs_talk+0x288>
804017bc:	02f88f63          	beq	a7,a5,804017fa <xs_talk+0x2bc>
804017c0:	02ed8163          	beq	s11,a4,804017e2 <xs_talk+0x2a4>
804017c4:	87ba                	mv	a5,a4
804017c6:	00f58733          	add	a4,a1,a5
804017ca:	00064803          	lbu	a6,0(a2)
804017ce:	00074503          	lbu	a0,0(a4)
804017d2:	0605                	add	a2,a2,1
804017d4:	00178713          	add	a4,a5,1
804017d8:	fea802e3          	beq	a6,a0,804017bc <xs_talk+0x27e>
804017dc:	8736                	mv	a4,a3
804017de:	00f68e63          	beq	a3,a5,804017fa <xs_talk+0x2bc>
804017e2:	0e05                	add	t3,t3,1
804017e4:	0321                	add	t1,t1,8
804017e6:	03de0a63          	beq	t3,t4,8040181a <xs_talk+0x2dc>
804017ea:	00032783          	lw	a5,0(t1)
804017ee:	00032583          	lw	a1,0(t1)
804017f2:	0007c783          	lbu	a5,0(a5)
804017f6:	f7dd                	bnez	a5,804017a4 <xs_talk+0x266>
804017f8:	4701                	li	a4,0
804017fa:	00ed8963          	beq	s11,a4,8040180c <xs_talk+0x2ce>
804017fe:	12070793          	add	a5,a4,288
80401802:	00278733          	add	a4,a5,sp
80401806:	f0074783          	lbu	a5,-256(a4)
8040180a:	ffe1                	bnez	a5,804017e2 <xs_talk+0x2a4>
8040180c:	0e0e                	sll	t3,t3,0x3
8040180e:	9f72                	add	t5,t5,t3
80401810:	004f2503          	lw	a0,4(t5)
80401814:	40a00533          	neg	a0,a0
80401818:	b579                	j	804016a6 <xs_talk+0x168>
8040181a:	5529                	li	a0,-22
8040181c:	b569                	j	804016a6 <xs_talk+0x168>
8040181e:	5565                	li	a0,-7
80401820:	b559                	j	804016a6 <xs_talk+0x168>

80401822 <xs_read.part.0>:
80401822:	1141                	add	sp,sp,-16
80401824:	c422                	sw	s0,8(sp)
80401826:	c226                	sw	s1,4(sp)
80401828:	c606                	sw	ra,12(sp)
8040182a:	0005c783          	lbu	a5,0(a1)
8040182e:	84b2                	mv	s1,a2
80401830:	8436                	mv	s0,a3
80401832:	c7a5                	beqz	a5,8040189a <xs_read.part.0+0x78>
80401834:	4781                	li	a5,0
80401836:	833e                	mv	t1,a5
80401838:	0785                	add	a5,a5,1
8040183a:	00f58733          	add	a4,a1,a5
8040183e:	00074703          	lbu	a4,0(a4)
80401842:	fb75                	bnez	a4,80401836 <xs_read.part.0+0x14>
80401844:	00230693          	add	a3,t1,2
80401848:	147d                	add	s0,s0,-1
8040184a:	862e                	mv	a2,a1
8040184c:	88a2                	mv	a7,s0
8040184e:	8826                	mv	a6,s1
80401850:	4781                	li	a5,0
80401852:	4701                	li	a4,0
80401854:	4589                	li	a1,2
80401856:	00000097          	auipc	ra,0x0
8040185a:	ce8080e7          	jalr	-792(ra) # 8040153e <xs_talk>
8040185e:	00054963          	bltz	a0,80401870 <xs_read.part.0+0x4e>
80401862:	87aa                	mv	a5,a0
80401864:	02a46463          	bltu	s0,a0,8040188c <xs_read.part.0+0x6a>
80401868:	4501                	li	a0,0
8040186a:	eb81                	bnez	a5,8040187a <xs_read.part.0+0x58>
8040186c:	00048023          	sb	zero,0(s1)
80401870:	40b2                	lw	ra,12(sp)
80401872:	4422                	lw	s0,8(sp)
80401874:	4492                	lw	s1,4(sp)
80401876:	0141                	add	sp,sp,16
80401878:	8082                	ret
8040187a:	fff78513          	add	a0,a5,-1
8040187e:	00a48733          	add	a4,s1,a0
80401882:	00074683          	lbu	a3,0(a4)
80401886:	e699                	bnez	a3,80401894 <xs_read.part.0+0x72>
80401888:	84ba                	mv	s1,a4
8040188a:	b7cd                	j	8040186c <xs_read.part.0+0x4a>
8040188c:	87a2                	mv	a5,s0
8040188e:	4501                	li	a0,0
80401890:	dff1                	beqz	a5,8040186c <xs_read.part.0+0x4a>
80401892:	b7e5                	j	8040187a <xs_read.part.0+0x58>
80401894:	94be                	add	s1,s1,a5
80401896:	853e                	mv	a0,a5
80401898:	bfd1                	j	8040186c <xs_read.part.0+0x4a>
8040189a:	4685                	li	a3,1
8040189c:	b775                	j	80401848 <xs_read.part.0+0x26>

8040189e <xs_init>:
8040189e:	c10c                	sw	a1,0(a0)
804018a0:	c150                	sw	a2,4(a0)
804018a2:	00052423          	sw	zero,8(a0)
804018a6:	c554                	sw	a3,12(a0)
804018a8:	8082                	ret

804018aa <xs_read_u32>:
804018aa:	1101                	add	sp,sp,-32
804018ac:	cc22                	sw	s0,24(sp)
804018ae:	46c1                	li	a3,16
804018b0:	8432                	mv	s0,a2
804018b2:	860a                	mv	a2,sp
804018b4:	ce06                	sw	ra,28(sp)
804018b6:	00000097          	auipc	ra,0x0
804018ba:	f6c080e7          	jalr	-148(ra) # 80401822 <xs_read.part.0>
804018be:	06054163          	bltz	a0,80401920 <xs_read_u32+0x76>
804018c2:	cd31                	beqz	a0,8040191e <xs_read_u32+0x74>
804018c4:	47a9                	li	a5,10
804018c6:	04a7cc63          	blt	a5,a0,8040191e <xs_read_u32+0x74>
804018ca:	880a                	mv	a6,sp
804018cc:	4881                	li	a7,0
804018ce:	4781                	li	a5,0
804018d0:	4601                	li	a2,0
804018d2:	4325                	li	t1,9
804018d4:	a029                	j	804018de <xs_read_u32+0x34>
804018d6:	9636                	add	a2,a2,a3
804018d8:	0805                	add	a6,a6,1
804018da:	04a8d763          	bge	a7,a0,80401928 <xs_read_u32+0x7e>
804018de:	01e7d693          	srl	a3,a5,0x1e
804018e2:	00279713          	sll	a4,a5,0x2
804018e6:	00261593          	sll	a1,a2,0x2
804018ea:	97ba                	add	a5,a5,a4
804018ec:	8dd5                	or	a1,a1,a3
804018ee:	00084683          	lbu	a3,0(a6)
804018f2:	95b2                	add	a1,a1,a2
804018f4:	00e7b733          	sltu	a4,a5,a4
804018f8:	972e                	add	a4,a4,a1
804018fa:	fd068693          	add	a3,a3,-48
804018fe:	01f7d613          	srl	a2,a5,0x1f
80401902:	0706                	sll	a4,a4,0x1
80401904:	0786                	sll	a5,a5,0x1
80401906:	8f51                	or	a4,a4,a2
80401908:	97b6                	add	a5,a5,a3
8040190a:	41f6d613          	sra	a2,a3,0x1f
8040190e:	0ff6f593          	zext.b	a1,a3
80401912:	963a                	add	a2,a2,a4
80401914:	00d7b6b3          	sltu	a3,a5,a3
80401918:	0885                	add	a7,a7,1 # 80400001 <_start+0x1>
8040191a:	fab37ee3          	bgeu	t1,a1,804018d6 <xs_read_u32+0x2c>
8040191e:	5529                	li	a0,-22
80401920:	40f2                	lw	ra,28(sp)
80401922:	4462                	lw	s0,24(sp)
80401924:	6105                	add	sp,sp,32
80401926:	8082                	ret
80401928:	fa7d                	bnez	a2,8040191e <xs_read_u32+0x74>
8040192a:	40f2                	lw	ra,28(sp)
8040192c:	c01c                	sw	a5,0(s0)
8040192e:	4462                	lw	s0,24(sp)
80401930:	4501                	li	a0,0
80401932:	6105                	add	sp,sp,32
80401934:	8082                	ret

80401936 <xs_write>:
80401936:	1101                	add	sp,sp,-32
80401938:	ce06                	sw	ra,28(sp)
8040193a:	0005c783          	lbu	a5,0(a1)
8040193e:	8732                	mv	a4,a2
80401940:	c7b9                	beqz	a5,8040198e <xs_write+0x58>
80401942:	4781                	li	a5,0
80401944:	86be                	mv	a3,a5
80401946:	0785                	add	a5,a5,1
80401948:	00f58833          	add	a6,a1,a5
8040194c:	00084803          	lbu	a6,0(a6)
80401950:	fe081ae3          	bnez	a6,80401944 <xs_write+0xe>
80401954:	00074783          	lbu	a5,0(a4)
80401958:	0689                	add	a3,a3,2
8040195a:	cf95                	beqz	a5,80401996 <xs_write+0x60>
8040195c:	4781                	li	a5,0
8040195e:	0785                	add	a5,a5,1
80401960:	00f70833          	add	a6,a4,a5
80401964:	00084803          	lbu	a6,0(a6)
80401968:	fe081be3          	bnez	a6,8040195e <xs_write+0x28>
8040196c:	00c10813          	add	a6,sp,12
80401970:	862e                	mv	a2,a1
80401972:	4891                	li	a7,4
80401974:	45ad                	li	a1,11
80401976:	00000097          	auipc	ra,0x0
8040197a:	bc8080e7          	jalr	-1080(ra) # 8040153e <xs_talk>
8040197e:	40f2                	lw	ra,28(sp)
80401980:	00152793          	slti	a5,a0,1
80401984:	40f007b3          	neg	a5,a5
80401988:	8d7d                	and	a0,a0,a5
8040198a:	6105                	add	sp,sp,32
8040198c:	8082                	ret
8040198e:	00074783          	lbu	a5,0(a4)
80401992:	4685                	li	a3,1
80401994:	f7e1                	bnez	a5,8040195c <xs_write+0x26>
80401996:	4781                	li	a5,0
80401998:	bfd1                	j	8040196c <xs_write+0x36>

8040199a <xs_write_u32>:
8040199a:	1101                	add	sp,sp,-32
8040199c:	87b2                	mv	a5,a2
8040199e:	ce06                	sw	ra,28(sp)
804019a0:	00010723          	sb	zero,14(sp)
804019a4:	00e10613          	add	a2,sp,14
804019a8:	46a9                	li	a3,10
804019aa:	48a5                	li	a7,9
804019ac:	02d7f733          	remu	a4,a5,a3
804019b0:	167d                	add	a2,a2,-1
804019b2:	883e                	mv	a6,a5
804019b4:	03070713          	add	a4,a4,48
804019b8:	00e60023          	sb	a4,0(a2)
804019bc:	02d7d7b3          	divu	a5,a5,a3
804019c0:	ff08e6e3          	bltu	a7,a6,804019ac <xs_write_u32+0x12>
804019c4:	00000097          	auipc	ra,0x0
804019c8:	f72080e7          	jalr	-142(ra) # 80401936 <xs_write>
804019cc:	40f2                	lw	ra,28(sp)
804019ce:	6105                	add	sp,sp,32
804019d0:	8082                	ret

804019d2 <cons_event>:
804019d2:	8082                	ret

804019d4 <uni_console_drain>:
804019d4:	804077b7          	lui	a5,0x80407
804019d8:	0d07a783          	lw	a5,208(a5) # 804070d0 <ready>
804019dc:	e391                	bnez	a5,804019e0 <uni_console_drain+0xc>
804019de:	8082                	ret
804019e0:	8041b537          	lui	a0,0x8041b
804019e4:	3d450513          	add	a0,a0,980 # 8041b3d4 <cons>
804019e8:	00000317          	auipc	t1,0x0
804019ec:	a9430067          	jr	-1388(t1) # 8040147c <pvcons_drain>

804019f0 <uni_console_write>:
804019f0:	804077b7          	lui	a5,0x80407
804019f4:	0d07a703          	lw	a4,208(a5) # 804070d0 <ready>
804019f8:	862e                	mv	a2,a1
804019fa:	cb11                	beqz	a4,80401a0e <uni_console_write+0x1e>
804019fc:	85aa                	mv	a1,a0
804019fe:	8041b537          	lui	a0,0x8041b
80401a02:	3d450513          	add	a0,a0,980 # 8041b3d4 <cons>
80401a06:	00000317          	auipc	t1,0x0
80401a0a:	a2c30067          	jr	-1492(t1) # 80401432 <pvcons_write>
80401a0e:	fffff317          	auipc	t1,0xfffff
80401a12:	e6430067          	jr	-412(t1) # 80400872 <uni_early_write>

80401a16 <uni_console_read>:
80401a16:	c9cd                	beqz	a1,80401ac8 <uni_console_read+0xb2>
80401a18:	804077b7          	lui	a5,0x80407
80401a1c:	0d07a783          	lw	a5,208(a5) # 804070d0 <ready>
80401a20:	1101                	add	sp,sp,-32
80401a22:	c64e                	sw	s3,12(sp)
80401a24:	ce06                	sw	ra,28(sp)
80401a26:	cc22                	sw	s0,24(sp)
80401a28:	ca26                	sw	s1,20(sp)
80401a2a:	c84a                	sw	s2,16(sp)
80401a2c:	c452                	sw	s4,8(sp)
80401a2e:	c256                	sw	s5,4(sp)
80401a30:	89aa                	mv	s3,a0
80401a32:	4501                	li	a0,0
80401a34:	cfa5                	beqz	a5,80401aac <uni_console_read+0x96>
80401a36:	892e                	mv	s2,a1
80401a38:	8041bab7          	lui	s5,0x8041b
80401a3c:	804074b7          	lui	s1,0x80407
80401a40:	80407437          	lui	s0,0x80407
80401a44:	8041ba37          	lui	s4,0x8041b
80401a48:	0c84a783          	lw	a5,200(s1) # 804070c8 <in_w>
80401a4c:	a819                	j	80401a62 <uni_console_read+0x4c>
80401a4e:	0c042623          	sw	zero,204(s0) # 804070cc <in_r>
80401a52:	00000097          	auipc	ra,0x0
80401a56:	a70080e7          	jalr	-1424(ra) # 804014c2 <pvcons_read>
80401a5a:	0ca4a423          	sw	a0,200(s1)
80401a5e:	87aa                	mv	a5,a0
80401a60:	cd39                	beqz	a0,80401abe <uni_console_read+0xa8>
80401a62:	0cc42703          	lw	a4,204(s0)
80401a66:	04000613          	li	a2,64
80401a6a:	394a8593          	add	a1,s5,916 # 8041b394 <inbuf>
80401a6e:	3d4a0513          	add	a0,s4,980 # 8041b3d4 <cons>
80401a72:	fcf70ee3          	beq	a4,a5,80401a4e <uni_console_read+0x38>
80401a76:	8041b837          	lui	a6,0x8041b
80401a7a:	8f99                	sub	a5,a5,a4
80401a7c:	863a                	mv	a2,a4
80401a7e:	4501                	li	a0,0
80401a80:	39480813          	add	a6,a6,916 # 8041b394 <inbuf>
80401a84:	4891                	li	a7,4
80401a86:	00a706b3          	add	a3,a4,a0
80401a8a:	96c2                	add	a3,a3,a6
80401a8c:	0006c683          	lbu	a3,0(a3)
80401a90:	03168e63          	beq	a3,a7,80401acc <uni_console_read+0xb6>
80401a94:	0505                	add	a0,a0,1
80401a96:	00a985b3          	add	a1,s3,a0
80401a9a:	fed58fa3          	sb	a3,-1(a1)
80401a9e:	0605                	add	a2,a2,1
80401aa0:	00a90463          	beq	s2,a0,80401aa8 <uni_console_read+0x92>
80401aa4:	fea791e3          	bne	a5,a0,80401a86 <uni_console_read+0x70>
80401aa8:	0cc42623          	sw	a2,204(s0)
80401aac:	40f2                	lw	ra,28(sp)
80401aae:	4462                	lw	s0,24(sp)
80401ab0:	44d2                	lw	s1,20(sp)
80401ab2:	4942                	lw	s2,16(sp)
80401ab4:	49b2                	lw	s3,12(sp)
80401ab6:	4a22                	lw	s4,8(sp)
80401ab8:	4a92                	lw	s5,4(sp)
80401aba:	6105                	add	sp,sp,32
80401abc:	8082                	ret
80401abe:	fffff097          	auipc	ra,0xfffff
80401ac2:	7e2080e7          	jalr	2018(ra) # 804012a0 <pv_block>
80401ac6:	b749                	j	80401a48 <uni_console_read+0x32>
80401ac8:	4501                	li	a0,0
80401aca:	8082                	ret
80401acc:	00153793          	seqz	a5,a0
80401ad0:	97b2                	add	a5,a5,a2
80401ad2:	0cf42623          	sw	a5,204(s0)
80401ad6:	bfd9                	j	80401aac <uni_console_read+0x96>

80401ad8 <timer_event>:
80401ad8:	8082                	ret

80401ada <revoke_event>:
80401ada:	7155                	add	sp,sp,-208
80401adc:	804077b7          	lui	a5,0x80407
80401ae0:	dd52                	sw	s4,184(sp)
80401ae2:	0c07aa03          	lw	s4,192(a5) # 804070c0 <pv_shared_info>
80401ae6:	db56                	sw	s5,180(sp)
80401ae8:	c786                	sw	ra,204(sp)
80401aea:	144a2a83          	lw	s5,324(s4)
80401aee:	c5a2                	sw	s0,200(sp)
80401af0:	c3a6                	sw	s1,196(sp)
80401af2:	c1ca                	sw	s2,192(sp)
80401af4:	df4e                	sw	s3,188(sp)
80401af6:	d95a                	sw	s6,176(sp)
80401af8:	d75e                	sw	s7,172(sp)
80401afa:	d562                	sw	s8,168(sp)
80401afc:	d366                	sw	s9,164(sp)
80401afe:	d16a                	sw	s10,160(sp)
80401b00:	cf6e                	sw	s11,156(sp)
80401b02:	0220000f          	fence	r,r
80401b06:	80407737          	lui	a4,0x80407
80401b0a:	0e472783          	lw	a5,228(a4) # 804070e4 <revoke_seen>
80401b0e:	148a2b83          	lw	s7,328(s4)
80401b12:	03578263          	beq	a5,s5,80401b36 <revoke_event+0x5c>
80401b16:	8041bdb7          	lui	s11,0x8041b
80401b1a:	3e0d8d93          	add	s11,s11,992 # 8041b3e0 <revoke_stats>
80401b1e:	000da783          	lw	a5,0(s11)
80401b22:	804076b7          	lui	a3,0x80407
80401b26:	0986a683          	lw	a3,152(a3) # 80407098 <cooperate>
80401b2a:	0785                	add	a5,a5,1
80401b2c:	0f572223          	sw	s5,228(a4)
80401b30:	00fda023          	sw	a5,0(s11)
80401b34:	e6e9                	bnez	a3,80401bfe <revoke_event+0x124>
80401b36:	80407737          	lui	a4,0x80407
80401b3a:	154a2683          	lw	a3,340(s4)
80401b3e:	0e072783          	lw	a5,224(a4) # 804070e0 <revoked_seen>
80401b42:	08d78f63          	beq	a5,a3,80401be0 <revoke_event+0x106>
80401b46:	8041bdb7          	lui	s11,0x8041b
80401b4a:	3e0d8d93          	add	s11,s11,992 # 8041b3e0 <revoke_stats>
80401b4e:	008da783          	lw	a5,8(s11)
80401b52:	0ed72023          	sw	a3,224(a4)
80401b56:	0785                	add	a5,a5,1
80401b58:	00fda423          	sw	a5,8(s11)
80401b5c:	0220000f          	fence	r,r
80401b60:	158a2b03          	lw	s6,344(s4)
80401b64:	060b0e63          	beqz	s6,80401be0 <revoke_event+0x106>
80401b68:	8041bab7          	lui	s5,0x8041b
80401b6c:	8041ccb7          	lui	s9,0x8041c
80401b70:	15ca0a13          	add	s4,s4,348
80401b74:	4981                	li	s3,0
80401b76:	3f4a8a93          	add	s5,s5,1012 # 8041b3f4 <slot_mfn>
80401b7a:	3f4c8c93          	add	s9,s9,1012 # 8041c3f4 <argv.1>
80401b7e:	80407bb7          	lui	s7,0x80407
80401b82:	80407937          	lui	s2,0x80407
80401b86:	6d05                	lui	s10,0x1
80401b88:	000a2c03          	lw	s8,0(s4)
80401b8c:	8456                	mv	s0,s5
80401b8e:	f00004b7          	lui	s1,0xf0000
80401b92:	a029                	j	80401b9c <revoke_event+0xc2>
80401b94:	0411                	add	s0,s0,4
80401b96:	94ea                	add	s1,s1,s10
80401b98:	028c8c63          	beq	s9,s0,80401bd0 <revoke_event+0xf6>
80401b9c:	401c                	lw	a5,0(s0)
80401b9e:	ff879be3          	bne	a5,s8,80401b94 <revoke_event+0xba>
80401ba2:	0f0ba703          	lw	a4,240(s7) # 804070f0 <slots_used>
80401ba6:	010da783          	lw	a5,16(s11)
80401baa:	0ec92683          	lw	a3,236(s2) # 804070ec <revoke_hook>
80401bae:	177d                	add	a4,a4,-1
80401bb0:	0785                	add	a5,a5,1
80401bb2:	00042023          	sw	zero,0(s0)
80401bb6:	0eeba823          	sw	a4,240(s7)
80401bba:	00fda823          	sw	a5,16(s11)
80401bbe:	8526                	mv	a0,s1
80401bc0:	4605                	li	a2,1
80401bc2:	85e2                	mv	a1,s8
80401bc4:	dae1                	beqz	a3,80401b94 <revoke_event+0xba>
80401bc6:	0411                	add	s0,s0,4
80401bc8:	9682                	jalr	a3
80401bca:	94ea                	add	s1,s1,s10
80401bcc:	fc8c98e3          	bne	s9,s0,80401b9c <revoke_event+0xc2>
80401bd0:	0985                	add	s3,s3,1
80401bd2:	013b0763          	beq	s6,s3,80401be0 <revoke_event+0x106>
80401bd6:	02000793          	li	a5,32
80401bda:	0a11                	add	s4,s4,4
80401bdc:	faf996e3          	bne	s3,a5,80401b88 <revoke_event+0xae>
80401be0:	40be                	lw	ra,204(sp)
80401be2:	442e                	lw	s0,200(sp)
80401be4:	449e                	lw	s1,196(sp)
80401be6:	490e                	lw	s2,192(sp)
80401be8:	59fa                	lw	s3,188(sp)
80401bea:	5a6a                	lw	s4,184(sp)
80401bec:	5ada                	lw	s5,180(sp)
80401bee:	5b4a                	lw	s6,176(sp)
80401bf0:	5bba                	lw	s7,172(sp)
80401bf2:	5c2a                	lw	s8,168(sp)
80401bf4:	5c9a                	lw	s9,164(sp)
80401bf6:	5d0a                	lw	s10,160(sp)
80401bf8:	4dfa                	lw	s11,156(sp)
80401bfa:	6169                	add	sp,sp,208
80401bfc:	8082                	ret
80401bfe:	f20b8ce3          	beqz	s7,80401b36 <revoke_event+0x5c>
80401c02:	8041c937          	lui	s2,0x8041c
80401c06:	6485                	lui	s1,0x1
80401c08:	6b21                	lui	s6,0x8
80401c0a:	3f090913          	add	s2,s2,1008 # 8041c3f0 <slot_mfn+0xffc>
80401c0e:	f03ff9b7          	lui	s3,0xf03ff
80401c12:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
80401c14:	4401                	li	s0,0
80401c16:	7d7d                	lui	s10,0xfffff
80401c18:	80407e37          	lui	t3,0x80407
80401c1c:	80407337          	lui	t1,0x80407
80401c20:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80401c22:	80407cb7          	lui	s9,0x80407
80401c26:	02000813          	li	a6,32
80401c2a:	00092c03          	lw	s8,0(s2)
80401c2e:	060c0a63          	beqz	s8,80401ca2 <revoke_event+0x1c8>
80401c32:	0ece2783          	lw	a5,236(t3) # 804070ec <revoke_hook>
80401c36:	cb99                	beqz	a5,80401c4c <revoke_event+0x172>
80401c38:	4601                	li	a2,0
80401c3a:	85e2                	mv	a1,s8
80401c3c:	854e                	mv	a0,s3
80401c3e:	9782                	jalr	a5
80401c40:	02000813          	li	a6,32
80401c44:	80407337          	lui	t1,0x80407
80401c48:	80407e37          	lui	t3,0x80407
80401c4c:	0f432783          	lw	a5,244(t1) # 804070f4 <window_l1>
80401c50:	c402                	sw	zero,8(sp)
80401c52:	0048                	add	a0,sp,4
80401c54:	07b2                	sll	a5,a5,0xc
80401c56:	8fc5                	or	a5,a5,s1
80401c58:	c23e                	sw	a5,4(sp)
80401c5a:	4585                	li	a1,1
80401c5c:	4601                	li	a2,0
80401c5e:	86da                	mv	a3,s6
80401c60:	4885                	li	a7,1
80401c62:	00000073          	ecall
80401c66:	ed15                	bnez	a0,80401ca2 <revoke_event+0x1c8>
80401c68:	0f0ca703          	lw	a4,240(s9) # 804070f0 <slots_used>
80401c6c:	00241793          	sll	a5,s0,0x2
80401c70:	09078793          	add	a5,a5,144
80401c74:	978a                	add	a5,a5,sp
80401c76:	177d                	add	a4,a4,-1
80401c78:	f987a023          	sw	s8,-128(a5)
80401c7c:	00092023          	sw	zero,0(s2)
80401c80:	0eeca823          	sw	a4,240(s9)
80401c84:	00140793          	add	a5,s0,1
80401c88:	c48d                	beqz	s1,80401cb2 <revoke_event+0x1d8>
80401c8a:	0377f463          	bgeu	a5,s7,80401cb2 <revoke_event+0x1d8>
80401c8e:	1971                	add	s2,s2,-4
80401c90:	14f1                	add	s1,s1,-4
80401c92:	99ea                	add	s3,s3,s10
80401c94:	03078063          	beq	a5,a6,80401cb4 <revoke_event+0x1da>
80401c98:	00092c03          	lw	s8,0(s2)
80401c9c:	843e                	mv	s0,a5
80401c9e:	f80c1ae3          	bnez	s8,80401c32 <revoke_event+0x158>
80401ca2:	c499                	beqz	s1,80401cb0 <revoke_event+0x1d6>
80401ca4:	01747663          	bgeu	s0,s7,80401cb0 <revoke_event+0x1d6>
80401ca8:	1971                	add	s2,s2,-4
80401caa:	14f1                	add	s1,s1,-4
80401cac:	99ea                	add	s3,s3,s10
80401cae:	bfb5                	j	80401c2a <revoke_event+0x150>
80401cb0:	87a2                	mv	a5,s0
80401cb2:	cf81                	beqz	a5,80401cca <revoke_event+0x1f0>
80401cb4:	0818                	add	a4,sp,16
80401cb6:	c23e                	sw	a5,4(sp)
80401cb8:	c43a                	sw	a4,8(sp)
80401cba:	c602                	sw	zero,12(sp)
80401cbc:	4505                	li	a0,1
80401cbe:	004c                	add	a1,sp,4
80401cc0:	03000893          	li	a7,48
80401cc4:	00000073          	ecall
80401cc8:	cd19                	beqz	a0,80401ce6 <revoke_event+0x20c>
80401cca:	450d                	li	a0,3
80401ccc:	85d6                	mv	a1,s5
80401cce:	03000893          	li	a7,48
80401cd2:	00000073          	ecall
80401cd6:	e60510e3          	bnez	a0,80401b36 <revoke_event+0x5c>
80401cda:	004da783          	lw	a5,4(s11)
80401cde:	0785                	add	a5,a5,1
80401ce0:	00fda223          	sw	a5,4(s11)
80401ce4:	bd89                	j	80401b36 <revoke_event+0x5c>
80401ce6:	00cda703          	lw	a4,12(s11)
80401cea:	97ba                	add	a5,a5,a4
80401cec:	00fda623          	sw	a5,12(s11)
80401cf0:	bfe9                	j	80401cca <revoke_event+0x1f0>

80401cf2 <uni_page_alloc>:
80401cf2:	1141                	add	sp,sp,-16
80401cf4:	804077b7          	lui	a5,0x80407
80401cf8:	c422                	sw	s0,8(sp)
80401cfa:	10c7a403          	lw	s0,268(a5) # 8040710c <free_list>
80401cfe:	c606                	sw	ra,12(sp)
80401d00:	c005                	beqz	s0,80401d20 <uni_page_alloc+0x2e>
80401d02:	4018                	lw	a4,0(s0)
80401d04:	10e7a623          	sw	a4,268(a5)
80401d08:	6605                	lui	a2,0x1
80401d0a:	4581                	li	a1,0
80401d0c:	8522                	mv	a0,s0
80401d0e:	00001097          	auipc	ra,0x1
80401d12:	d54080e7          	jalr	-684(ra) # 80402a62 <memset>
80401d16:	40b2                	lw	ra,12(sp)
80401d18:	8522                	mv	a0,s0
80401d1a:	4422                	lw	s0,8(sp)
80401d1c:	0141                	add	sp,sp,16
80401d1e:	8082                	ret
80401d20:	804077b7          	lui	a5,0x80407
80401d24:	804076b7          	lui	a3,0x80407
80401d28:	1087a703          	lw	a4,264(a5) # 80407108 <low_next>
80401d2c:	1046a683          	lw	a3,260(a3) # 80407104 <low_end>
80401d30:	02d76463          	bltu	a4,a3,80401d58 <uni_page_alloc+0x66>
80401d34:	80407737          	lui	a4,0x80407
80401d38:	804077b7          	lui	a5,0x80407
80401d3c:	0f872603          	lw	a2,248(a4) # 804070f8 <top>
80401d40:	0fc7a783          	lw	a5,252(a5) # 804070fc <brk>
80401d44:	6685                	lui	a3,0x1
80401d46:	40f607b3          	sub	a5,a2,a5
80401d4a:	fcd7e6e3          	bltu	a5,a3,80401d16 <uni_page_alloc+0x24>
80401d4e:	40d60433          	sub	s0,a2,a3
80401d52:	0e872c23          	sw	s0,248(a4)
80401d56:	bf4d                	j	80401d08 <uni_page_alloc+0x16>
80401d58:	843a                	mv	s0,a4
80401d5a:	6705                	lui	a4,0x1
80401d5c:	9722                	add	a4,a4,s0
80401d5e:	10e7a423          	sw	a4,264(a5)
80401d62:	b75d                	j	80401d08 <uni_page_alloc+0x16>

80401d64 <uni_map_over>:
80401d64:	804077b7          	lui	a5,0x80407
80401d68:	0b87a783          	lw	a5,184(a5) # 804070b8 <uni_start_info>
80401d6c:	05aa                	sll	a1,a1,0xa
80401d6e:	1101                	add	sp,sp,-32
80401d70:	5fd8                	lw	a4,60(a5)
80401d72:	01655793          	srl	a5,a0,0x16
80401d76:	078a                	sll	a5,a5,0x2
80401d78:	97ba                	add	a5,a5,a4
80401d7a:	439c                	lw	a5,0(a5)
80401d7c:	8131                	srl	a0,a0,0xc
80401d7e:	3ff57513          	and	a0,a0,1023
80401d82:	83a9                	srl	a5,a5,0xa
80401d84:	050a                	sll	a0,a0,0x2
80401d86:	07b2                	sll	a5,a5,0xc
80401d88:	8fc9                	or	a5,a5,a0
80401d8a:	0d75e593          	or	a1,a1,215
80401d8e:	66a1                	lui	a3,0x8
80401d90:	8732                	mv	a4,a2
80401d92:	c62e                	sw	a1,12(sp)
80401d94:	ce06                	sw	ra,28(sp)
80401d96:	c43e                	sw	a5,8(sp)
80401d98:	0028                	add	a0,sp,8
80401d9a:	4585                	li	a1,1
80401d9c:	4601                	li	a2,0
80401d9e:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
80401da0:	4885                	li	a7,1
80401da2:	00000073          	ecall
80401da6:	00054563          	bltz	a0,80401db0 <uni_map_over+0x4c>
80401daa:	40f2                	lw	ra,28(sp)
80401dac:	6105                	add	sp,sp,32
80401dae:	8082                	ret
80401db0:	853a                	mv	a0,a4
80401db2:	fffff097          	auipc	ra,0xfffff
80401db6:	b36080e7          	jalr	-1226(ra) # 804008e8 <uni_panic>

80401dba <uni_posix_mount>:
80401dba:	804077b7          	lui	a5,0x80407
80401dbe:	10a7a823          	sw	a0,272(a5) # 80407110 <fs>
80401dc2:	8082                	ret

80401dc4 <write>:
80401dc4:	1141                	add	sp,sp,-16
80401dc6:	c606                	sw	ra,12(sp)
80401dc8:	c422                	sw	s0,8(sp)
80401dca:	47bd                	li	a5,15
80401dcc:	00a7eb63          	bltu	a5,a0,80401de2 <write+0x1e>
80401dd0:	80407737          	lui	a4,0x80407
80401dd4:	00070713          	mv	a4,a4
80401dd8:	00351793          	sll	a5,a0,0x3
80401ddc:	97ba                	add	a5,a5,a4
80401dde:	4398                	lw	a4,0(a5)
80401de0:	ef11                	bnez	a4,80401dfc <write+0x38>
80401de2:	4725                	li	a4,9
80401de4:	000007b7          	lui	a5,0x0
80401de8:	004787b3          	add	a5,a5,tp
80401dec:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401df0:	547d                	li	s0,-1
80401df2:	40b2                	lw	ra,12(sp)
80401df4:	8522                	mv	a0,s0
80401df6:	4422                	lw	s0,8(sp)
80401df8:	0141                	add	sp,sp,16
80401dfa:	8082                	ret
80401dfc:	8432                	mv	s0,a2
80401dfe:	04064663          	bltz	a2,80401e4a <write+0x86>
80401e02:	4505                	li	a0,1
80401e04:	02a70b63          	beq	a4,a0,80401e3a <write+0x76>
80401e08:	80407737          	lui	a4,0x80407
80401e0c:	11072703          	lw	a4,272(a4) # 80407110 <fs>
80401e10:	43c8                	lw	a0,4(a5)
80401e12:	475c                	lw	a5,12(a4)
80401e14:	9782                	jalr	a5
80401e16:	842a                	mv	s0,a0
80401e18:	fc055de3          	bgez	a0,80401df2 <write+0x2e>
80401e1c:	fff54413          	not	s0,a0
80401e20:	02500793          	li	a5,37
80401e24:	4715                	li	a4,5
80401e26:	fa87efe3          	bltu	a5,s0,80401de4 <write+0x20>
80401e2a:	804067b7          	lui	a5,0x80406
80401e2e:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.40>
80401e32:	97a2                	add	a5,a5,s0
80401e34:	00078703          	lb	a4,0(a5)
80401e38:	b775                	j	80401de4 <write+0x20>
80401e3a:	86ae                	mv	a3,a1
80401e3c:	8536                	mv	a0,a3
80401e3e:	85b2                	mv	a1,a2
80401e40:	00000097          	auipc	ra,0x0
80401e44:	bb0080e7          	jalr	-1104(ra) # 804019f0 <uni_console_write>
80401e48:	b76d                	j	80401df2 <write+0x2e>
80401e4a:	4759                	li	a4,22
80401e4c:	bf61                	j	80401de4 <write+0x20>

80401e4e <read>:
80401e4e:	47bd                	li	a5,15
80401e50:	02a7ee63          	bltu	a5,a0,80401e8c <read+0x3e>
80401e54:	804076b7          	lui	a3,0x80407
80401e58:	00068693          	mv	a3,a3
80401e5c:	00351793          	sll	a5,a0,0x3
80401e60:	97b6                	add	a5,a5,a3
80401e62:	4394                	lw	a3,0(a5)
80401e64:	c685                	beqz	a3,80401e8c <read+0x3e>
80401e66:	04064363          	bltz	a2,80401eac <read+0x5e>
80401e6a:	4505                	li	a0,1
80401e6c:	02a68963          	beq	a3,a0,80401e9e <read+0x50>
80401e70:	80407737          	lui	a4,0x80407
80401e74:	11072703          	lw	a4,272(a4) # 80407110 <fs>
80401e78:	43c8                	lw	a0,4(a5)
80401e7a:	1141                	add	sp,sp,-16
80401e7c:	471c                	lw	a5,8(a4)
80401e7e:	c606                	sw	ra,12(sp)
80401e80:	9782                	jalr	a5
80401e82:	02054763          	bltz	a0,80401eb0 <read+0x62>
80401e86:	40b2                	lw	ra,12(sp)
80401e88:	0141                	add	sp,sp,16
80401e8a:	8082                	ret
80401e8c:	4725                	li	a4,9
80401e8e:	000007b7          	lui	a5,0x0
80401e92:	004787b3          	add	a5,a5,tp
80401e96:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401e9a:	557d                	li	a0,-1
80401e9c:	8082                	ret
80401e9e:	882e                	mv	a6,a1
80401ea0:	8542                	mv	a0,a6
80401ea2:	85b2                	mv	a1,a2
80401ea4:	00000317          	auipc	t1,0x0
80401ea8:	b7230067          	jr	-1166(t1) # 80401a16 <uni_console_read>
80401eac:	4759                	li	a4,22
80401eae:	b7c5                	j	80401e8e <read+0x40>
80401eb0:	fff54513          	not	a0,a0
80401eb4:	02500793          	li	a5,37
80401eb8:	4715                	li	a4,5
80401eba:	00a7e963          	bltu	a5,a0,80401ecc <read+0x7e>
80401ebe:	804067b7          	lui	a5,0x80406
80401ec2:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.40>
80401ec6:	97aa                	add	a5,a5,a0
80401ec8:	00078703          	lb	a4,0(a5)
80401ecc:	40b2                	lw	ra,12(sp)
80401ece:	000007b7          	lui	a5,0x0
80401ed2:	004787b3          	add	a5,a5,tp
80401ed6:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401eda:	557d                	li	a0,-1
80401edc:	0141                	add	sp,sp,16
80401ede:	8082                	ret

80401ee0 <open>:
80401ee0:	7179                	add	sp,sp,-48
80401ee2:	c422                	sw	s0,8(sp)
80401ee4:	6405                	lui	s0,0x1
80401ee6:	80040413          	add	s0,s0,-2048 # 800 <errno+0x800>
80401eea:	c606                	sw	ra,12(sp)
80401eec:	c226                	sw	s1,4(sp)
80401eee:	cc32                	sw	a2,24(sp)
80401ef0:	ce36                	sw	a3,28(sp)
80401ef2:	d03a                	sw	a4,32(sp)
80401ef4:	d23e                	sw	a5,36(sp)
80401ef6:	d442                	sw	a6,40(sp)
80401ef8:	d646                	sw	a7,44(sp)
80401efa:	8c6d                	and	s0,s0,a1
80401efc:	e849                	bnez	s0,80401f8e <open+0xae>
80401efe:	0035f793          	and	a5,a1,3
80401f02:	470d                	li	a4,3
80401f04:	08e78563          	beq	a5,a4,80401f8e <open+0xae>
80401f08:	804077b7          	lui	a5,0x80407
80401f0c:	1107a603          	lw	a2,272(a5) # 80407110 <fs>
80401f10:	ce2d                	beqz	a2,80401f8a <open+0xaa>
80401f12:	804077b7          	lui	a5,0x80407
80401f16:	00078493          	mv	s1,a5
80401f1a:	46c1                	li	a3,16
80401f1c:	00078793          	mv	a5,a5
80401f20:	4398                	lw	a4,0(a5)
80401f22:	07a1                	add	a5,a5,8 # 80407008 <fds+0x8>
80401f24:	c315                	beqz	a4,80401f48 <open+0x68>
80401f26:	0405                	add	s0,s0,1
80401f28:	fed41ce3          	bne	s0,a3,80401f20 <open+0x40>
80401f2c:	47e1                	li	a5,24
80401f2e:	547d                	li	s0,-1
80401f30:	40b2                	lw	ra,12(sp)
80401f32:	8522                	mv	a0,s0
80401f34:	00000737          	lui	a4,0x0
80401f38:	4422                	lw	s0,8(sp)
80401f3a:	00470733          	add	a4,a4,tp
80401f3e:	00f72023          	sw	a5,0(a4) # 0 <errno>
80401f42:	4492                	lw	s1,4(sp)
80401f44:	6145                	add	sp,sp,48
80401f46:	8082                	ret
80401f48:	421c                	lw	a5,0(a2)
80401f4a:	6435f593          	and	a1,a1,1603
80401f4e:	9782                	jalr	a5
80401f50:	00054e63          	bltz	a0,80401f6c <open+0x8c>
80401f54:	00341793          	sll	a5,s0,0x3
80401f58:	97a6                	add	a5,a5,s1
80401f5a:	40b2                	lw	ra,12(sp)
80401f5c:	c3c8                	sw	a0,4(a5)
80401f5e:	8522                	mv	a0,s0
80401f60:	4422                	lw	s0,8(sp)
80401f62:	4709                	li	a4,2
80401f64:	c398                	sw	a4,0(a5)
80401f66:	4492                	lw	s1,4(sp)
80401f68:	6145                	add	sp,sp,48
80401f6a:	8082                	ret
80401f6c:	fff54513          	not	a0,a0
80401f70:	02500713          	li	a4,37
80401f74:	4795                	li	a5,5
80401f76:	faa76ce3          	bltu	a4,a0,80401f2e <open+0x4e>
80401f7a:	804067b7          	lui	a5,0x80406
80401f7e:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.40>
80401f82:	97aa                	add	a5,a5,a0
80401f84:	00078783          	lb	a5,0(a5)
80401f88:	b75d                	j	80401f2e <open+0x4e>
80401f8a:	4789                	li	a5,2
80401f8c:	b74d                	j	80401f2e <open+0x4e>
80401f8e:	47d9                	li	a5,22
80401f90:	bf79                	j	80401f2e <open+0x4e>

80401f92 <close>:
80401f92:	47bd                	li	a5,15
80401f94:	02a7e163          	bltu	a5,a0,80401fb6 <close+0x24>
80401f98:	804077b7          	lui	a5,0x80407
80401f9c:	050e                	sll	a0,a0,0x3
80401f9e:	00078793          	mv	a5,a5
80401fa2:	97aa                	add	a5,a5,a0
80401fa4:	4398                	lw	a4,0(a5)
80401fa6:	cb01                	beqz	a4,80401fb6 <close+0x24>
80401fa8:	0007a023          	sw	zero,0(a5) # 80407000 <fds>
80401fac:	4689                	li	a3,2
80401fae:	00d70d63          	beq	a4,a3,80401fc8 <close+0x36>
80401fb2:	4501                	li	a0,0
80401fb4:	8082                	ret
80401fb6:	000007b7          	lui	a5,0x0
80401fba:	4725                	li	a4,9
80401fbc:	004787b3          	add	a5,a5,tp
80401fc0:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401fc4:	557d                	li	a0,-1
80401fc6:	8082                	ret
80401fc8:	80407737          	lui	a4,0x80407
80401fcc:	11072703          	lw	a4,272(a4) # 80407110 <fs>
80401fd0:	43c8                	lw	a0,4(a5)
80401fd2:	1141                	add	sp,sp,-16
80401fd4:	435c                	lw	a5,4(a4)
80401fd6:	c606                	sw	ra,12(sp)
80401fd8:	9782                	jalr	a5
80401fda:	00054563          	bltz	a0,80401fe4 <close+0x52>
80401fde:	40b2                	lw	ra,12(sp)
80401fe0:	0141                	add	sp,sp,16
80401fe2:	8082                	ret
80401fe4:	fff54513          	not	a0,a0
80401fe8:	02500793          	li	a5,37
80401fec:	4715                	li	a4,5
80401fee:	00a7e963          	bltu	a5,a0,80402000 <close+0x6e>
80401ff2:	804067b7          	lui	a5,0x80406
80401ff6:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.40>
80401ffa:	97aa                	add	a5,a5,a0
80401ffc:	00078703          	lb	a4,0(a5)
80402000:	40b2                	lw	ra,12(sp)
80402002:	000007b7          	lui	a5,0x0
80402006:	004787b3          	add	a5,a5,tp
8040200a:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040200e:	557d                	li	a0,-1
80402010:	0141                	add	sp,sp,16
80402012:	8082                	ret

80402014 <lseek>:
80402014:	47bd                	li	a5,15
80402016:	00a7ea63          	bltu	a5,a0,8040202a <lseek+0x16>
8040201a:	804077b7          	lui	a5,0x80407
8040201e:	050e                	sll	a0,a0,0x3
80402020:	00078793          	mv	a5,a5
80402024:	97aa                	add	a5,a5,a0
80402026:	4398                	lw	a4,0(a5)
80402028:	eb11                	bnez	a4,8040203c <lseek+0x28>
8040202a:	4725                	li	a4,9
8040202c:	000007b7          	lui	a5,0x0
80402030:	004787b3          	add	a5,a5,tp
80402034:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402038:	557d                	li	a0,-1
8040203a:	8082                	ret
8040203c:	4689                	li	a3,2
8040203e:	02d71063          	bne	a4,a3,8040205e <lseek+0x4a>
80402042:	80407737          	lui	a4,0x80407
80402046:	11072703          	lw	a4,272(a4) # 80407110 <fs>
8040204a:	43c8                	lw	a0,4(a5)
8040204c:	1141                	add	sp,sp,-16
8040204e:	4b1c                	lw	a5,16(a4)
80402050:	c606                	sw	ra,12(sp)
80402052:	9782                	jalr	a5
80402054:	00054763          	bltz	a0,80402062 <lseek+0x4e>
80402058:	40b2                	lw	ra,12(sp)
8040205a:	0141                	add	sp,sp,16
8040205c:	8082                	ret
8040205e:	4759                	li	a4,22
80402060:	b7f1                	j	8040202c <lseek+0x18>
80402062:	fff54513          	not	a0,a0
80402066:	02500793          	li	a5,37
8040206a:	4715                	li	a4,5
8040206c:	00a7e963          	bltu	a5,a0,8040207e <lseek+0x6a>
80402070:	804067b7          	lui	a5,0x80406
80402074:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.40>
80402078:	97aa                	add	a5,a5,a0
8040207a:	00078703          	lb	a4,0(a5)
8040207e:	40b2                	lw	ra,12(sp)
80402080:	000007b7          	lui	a5,0x0
80402084:	004787b3          	add	a5,a5,tp
80402088:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040208c:	557d                	li	a0,-1
8040208e:	0141                	add	sp,sp,16
80402090:	8082                	ret

80402092 <unlink>:
80402092:	804077b7          	lui	a5,0x80407
80402096:	1107a783          	lw	a5,272(a5) # 80407110 <fs>
8040209a:	cb91                	beqz	a5,804020ae <unlink+0x1c>
8040209c:	4bdc                	lw	a5,20(a5)
8040209e:	1141                	add	sp,sp,-16
804020a0:	c606                	sw	ra,12(sp)
804020a2:	9782                	jalr	a5
804020a4:	00054e63          	bltz	a0,804020c0 <unlink+0x2e>
804020a8:	40b2                	lw	ra,12(sp)
804020aa:	0141                	add	sp,sp,16
804020ac:	8082                	ret
804020ae:	000007b7          	lui	a5,0x0
804020b2:	4709                	li	a4,2
804020b4:	004787b3          	add	a5,a5,tp
804020b8:	00e7a023          	sw	a4,0(a5) # 0 <errno>
804020bc:	557d                	li	a0,-1
804020be:	8082                	ret
804020c0:	fff54513          	not	a0,a0
804020c4:	02500793          	li	a5,37
804020c8:	4715                	li	a4,5
804020ca:	00a7fc63          	bgeu	a5,a0,804020e2 <unlink+0x50>
804020ce:	40b2                	lw	ra,12(sp)
804020d0:	000007b7          	lui	a5,0x0
804020d4:	004787b3          	add	a5,a5,tp
804020d8:	00e7a023          	sw	a4,0(a5) # 0 <errno>
804020dc:	557d                	li	a0,-1
804020de:	0141                	add	sp,sp,16
804020e0:	8082                	ret
804020e2:	804067b7          	lui	a5,0x80406
804020e6:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.40>
804020ea:	97aa                	add	a5,a5,a0
804020ec:	00078703          	lb	a4,0(a5)
804020f0:	bff9                	j	804020ce <unlink+0x3c>

804020f2 <uni_main>:
804020f2:	1141                	add	sp,sp,-16
804020f4:	c606                	sw	ra,12(sp)
804020f6:	c422                	sw	s0,8(sp)
804020f8:	8041c837          	lui	a6,0x8041c
804020fc:	00054603          	lbu	a2,0(a0)
80402100:	872a                	mv	a4,a0
80402102:	02000693          	li	a3,32
80402106:	4501                	li	a0,0
80402108:	45a5                	li	a1,9
8040210a:	3f480813          	add	a6,a6,1012 # 8041c3f4 <argv.1>
8040210e:	02d60b63          	beq	a2,a3,80402144 <uni_main+0x52>
80402112:	02b60963          	beq	a2,a1,80402144 <uni_main+0x52>
80402116:	c231                	beqz	a2,8040215a <uni_main+0x68>
80402118:	06d50a63          	beq	a0,a3,8040218c <uni_main+0x9a>
8040211c:	00251793          	sll	a5,a0,0x2
80402120:	97c2                	add	a5,a5,a6
80402122:	c398                	sw	a4,0(a5)
80402124:	00074603          	lbu	a2,0(a4)
80402128:	0505                	add	a0,a0,1
8040212a:	87b2                	mv	a5,a2
8040212c:	d26d                	beqz	a2,8040210e <uni_main+0x1c>
8040212e:	02d78363          	beq	a5,a3,80402154 <uni_main+0x62>
80402132:	02b78163          	beq	a5,a1,80402154 <uni_main+0x62>
80402136:	00174783          	lbu	a5,1(a4)
8040213a:	0705                	add	a4,a4,1
8040213c:	fbed                	bnez	a5,8040212e <uni_main+0x3c>
8040213e:	4601                	li	a2,0
80402140:	fcd619e3          	bne	a2,a3,80402112 <uni_main+0x20>
80402144:	00170793          	add	a5,a4,1
80402148:	00174603          	lbu	a2,1(a4)
8040214c:	00070023          	sb	zero,0(a4)
80402150:	873e                	mv	a4,a5
80402152:	bf75                	j	8040210e <uni_main+0x1c>
80402154:	00074603          	lbu	a2,0(a4)
80402158:	bf5d                	j	8040210e <uni_main+0x1c>
8040215a:	8041c5b7          	lui	a1,0x8041c
8040215e:	3f458713          	add	a4,a1,1012 # 8041c3f4 <argv.1>
80402162:	00251793          	sll	a5,a0,0x2
80402166:	97ba                	add	a5,a5,a4
80402168:	3f458593          	add	a1,a1,1012
8040216c:	0007a023          	sw	zero,0(a5)
80402170:	ffffe097          	auipc	ra,0xffffe
80402174:	f30080e7          	jalr	-208(ra) # 804000a0 <main>
80402178:	842a                	mv	s0,a0
8040217a:	00000097          	auipc	ra,0x0
8040217e:	0f0080e7          	jalr	240(ra) # 8040226a <ulib_flush_stdout>
80402182:	40b2                	lw	ra,12(sp)
80402184:	8522                	mv	a0,s0
80402186:	4422                	lw	s0,8(sp)
80402188:	0141                	add	sp,sp,16
8040218a:	8082                	ret
8040218c:	80406537          	lui	a0,0x80406
80402190:	65450513          	add	a0,a0,1620 # 80406654 <msg.0>
80402194:	45e1                	li	a1,24
80402196:	00000097          	auipc	ra,0x0
8040219a:	85a080e7          	jalr	-1958(ra) # 804019f0 <uni_console_write>
8040219e:	4409                	li	s0,2
804021a0:	40b2                	lw	ra,12(sp)
804021a2:	8522                	mv	a0,s0
804021a4:	4422                	lw	s0,8(sp)
804021a6:	0141                	add	sp,sp,16
804021a8:	8082                	ret

804021aa <stdout_flush>:
804021aa:	1141                	add	sp,sp,-16
804021ac:	c04a                	sw	s2,0(sp)
804021ae:	80407937          	lui	s2,0x80407
804021b2:	c422                	sw	s0,8(sp)
804021b4:	11492403          	lw	s0,276(s2) # 80407114 <out_len>
804021b8:	c606                	sw	ra,12(sp)
804021ba:	c226                	sw	s1,4(sp)
804021bc:	c015                	beqz	s0,804021e0 <stdout_flush+0x36>
804021be:	8041c4b7          	lui	s1,0x8041c
804021c2:	47848493          	add	s1,s1,1144 # 8041c478 <out_buf>
804021c6:	a019                	j	804021cc <stdout_flush+0x22>
804021c8:	94aa                	add	s1,s1,a0
804021ca:	c819                	beqz	s0,804021e0 <stdout_flush+0x36>
804021cc:	8622                	mv	a2,s0
804021ce:	85a6                	mv	a1,s1
804021d0:	4505                	li	a0,1
804021d2:	00000097          	auipc	ra,0x0
804021d6:	bf2080e7          	jalr	-1038(ra) # 80401dc4 <write>
804021da:	8c09                	sub	s0,s0,a0
804021dc:	fea046e3          	bgtz	a0,804021c8 <stdout_flush+0x1e>
804021e0:	40b2                	lw	ra,12(sp)
804021e2:	4422                	lw	s0,8(sp)
804021e4:	10092a23          	sw	zero,276(s2)
804021e8:	4492                	lw	s1,4(sp)
804021ea:	4902                	lw	s2,0(sp)
804021ec:	4501                	li	a0,0
804021ee:	0141                	add	sp,sp,16
804021f0:	8082                	ret

804021f2 <stdout_put>:
804021f2:	1101                	add	sp,sp,-32
804021f4:	c64e                	sw	s3,12(sp)
804021f6:	804079b7          	lui	s3,0x80407
804021fa:	1149a783          	lw	a5,276(s3) # 80407114 <out_len>
804021fe:	ca26                	sw	s1,20(sp)
80402200:	8041c4b7          	lui	s1,0x8041c
80402204:	47848493          	add	s1,s1,1144 # 8041c478 <out_buf>
80402208:	cc22                	sw	s0,24(sp)
8040220a:	c84a                	sw	s2,16(sp)
8040220c:	00178413          	add	s0,a5,1
80402210:	ce06                	sw	ra,28(sp)
80402212:	97a6                	add	a5,a5,s1
80402214:	00a78023          	sb	a0,0(a5)
80402218:	1089aa23          	sw	s0,276(s3)
8040221c:	47a9                	li	a5,10
8040221e:	892a                	mv	s2,a0
80402220:	00f50e63          	beq	a0,a5,8040223c <stdout_put+0x4a>
80402224:	20000793          	li	a5,512
80402228:	00f40b63          	beq	s0,a5,8040223e <stdout_put+0x4c>
8040222c:	40f2                	lw	ra,28(sp)
8040222e:	4462                	lw	s0,24(sp)
80402230:	44d2                	lw	s1,20(sp)
80402232:	49b2                	lw	s3,12(sp)
80402234:	854a                	mv	a0,s2
80402236:	4942                	lw	s2,16(sp)
80402238:	6105                	add	sp,sp,32
8040223a:	8082                	ret
8040223c:	cc09                	beqz	s0,80402256 <stdout_put+0x64>
8040223e:	8622                	mv	a2,s0
80402240:	85a6                	mv	a1,s1
80402242:	4505                	li	a0,1
80402244:	00000097          	auipc	ra,0x0
80402248:	b80080e7          	jalr	-1152(ra) # 80401dc4 <write>
8040224c:	8c09                	sub	s0,s0,a0
8040224e:	00a05463          	blez	a0,80402256 <stdout_put+0x64>
80402252:	94aa                	add	s1,s1,a0
80402254:	f46d                	bnez	s0,8040223e <stdout_put+0x4c>
80402256:	40f2                	lw	ra,28(sp)
80402258:	4462                	lw	s0,24(sp)
8040225a:	1009aa23          	sw	zero,276(s3)
8040225e:	44d2                	lw	s1,20(sp)
80402260:	49b2                	lw	s3,12(sp)
80402262:	854a                	mv	a0,s2
80402264:	4942                	lw	s2,16(sp)
80402266:	6105                	add	sp,sp,32
80402268:	8082                	ret

8040226a <ulib_flush_stdout>:
8040226a:	1141                	add	sp,sp,-16
8040226c:	c04a                	sw	s2,0(sp)
8040226e:	80407937          	lui	s2,0x80407
80402272:	c422                	sw	s0,8(sp)
80402274:	11492403          	lw	s0,276(s2) # 80407114 <out_len>
80402278:	c606                	sw	ra,12(sp)
8040227a:	c226                	sw	s1,4(sp)
8040227c:	c015                	beqz	s0,804022a0 <ulib_flush_stdout+0x36>
8040227e:	8041c4b7          	lui	s1,0x8041c
80402282:	47848493          	add	s1,s1,1144 # 8041c478 <out_buf>
80402286:	a019                	j	8040228c <ulib_flush_stdout+0x22>
80402288:	94aa                	add	s1,s1,a0
8040228a:	c819                	beqz	s0,804022a0 <ulib_flush_stdout+0x36>
8040228c:	8622                	mv	a2,s0
8040228e:	85a6                	mv	a1,s1
80402290:	4505                	li	a0,1
80402292:	00000097          	auipc	ra,0x0
80402296:	b32080e7          	jalr	-1230(ra) # 80401dc4 <write>
8040229a:	8c09                	sub	s0,s0,a0
8040229c:	fea046e3          	bgtz	a0,80402288 <ulib_flush_stdout+0x1e>
804022a0:	40b2                	lw	ra,12(sp)
804022a2:	4422                	lw	s0,8(sp)
804022a4:	10092a23          	sw	zero,276(s2)
804022a8:	4492                	lw	s1,4(sp)
804022aa:	4902                	lw	s2,0(sp)
804022ac:	0141                	add	sp,sp,16
804022ae:	8082                	ret

804022b0 <__lshrdi3>:
804022b0:	ca19                	beqz	a2,804022c6 <__lshrdi3+0x16>
804022b2:	02000793          	li	a5,32
804022b6:	8f91                	sub	a5,a5,a2
804022b8:	00f04863          	bgtz	a5,804022c8 <__lshrdi3+0x18>
804022bc:	1601                	add	a2,a2,-32 # fe0 <errno+0xfe0>
804022be:	00c5d533          	srl	a0,a1,a2
804022c2:	4701                	li	a4,0
804022c4:	85ba                	mv	a1,a4
804022c6:	8082                	ret
804022c8:	00c5d733          	srl	a4,a1,a2
804022cc:	00c55533          	srl	a0,a0,a2
804022d0:	00f595b3          	sll	a1,a1,a5
804022d4:	8d4d                	or	a0,a0,a1
804022d6:	b7fd                	j	804022c4 <__lshrdi3+0x14>

804022d8 <__ashldi3>:
804022d8:	ca19                	beqz	a2,804022ee <__ashldi3+0x16>
804022da:	02000793          	li	a5,32
804022de:	8f91                	sub	a5,a5,a2
804022e0:	00f04863          	bgtz	a5,804022f0 <__ashldi3+0x18>
804022e4:	1601                	add	a2,a2,-32
804022e6:	00c515b3          	sll	a1,a0,a2
804022ea:	4701                	li	a4,0
804022ec:	853a                	mv	a0,a4
804022ee:	8082                	ret
804022f0:	00c51733          	sll	a4,a0,a2
804022f4:	00c595b3          	sll	a1,a1,a2
804022f8:	00f55533          	srl	a0,a0,a5
804022fc:	8dc9                	or	a1,a1,a0
804022fe:	b7fd                	j	804022ec <__ashldi3+0x14>

80402300 <__ashrdi3>:
80402300:	ce01                	beqz	a2,80402318 <__ashrdi3+0x18>
80402302:	02000793          	li	a5,32
80402306:	8f91                	sub	a5,a5,a2
80402308:	00f04963          	bgtz	a5,8040231a <__ashrdi3+0x1a>
8040230c:	1601                	add	a2,a2,-32
8040230e:	41f5d713          	sra	a4,a1,0x1f
80402312:	40c5d533          	sra	a0,a1,a2
80402316:	85ba                	mv	a1,a4
80402318:	8082                	ret
8040231a:	40c5d733          	sra	a4,a1,a2
8040231e:	00c55533          	srl	a0,a0,a2
80402322:	00f595b3          	sll	a1,a1,a5
80402326:	8d4d                	or	a0,a0,a1
80402328:	b7fd                	j	80402316 <__ashrdi3+0x16>

8040232a <__ctzsi2>:
8040232a:	40a007b3          	neg	a5,a0
8040232e:	8d7d                	and	a0,a0,a5
80402330:	67c1                	lui	a5,0x10
80402332:	02f57363          	bgeu	a0,a5,80402358 <__ctzsi2+0x2e>
80402336:	10053793          	sltiu	a5,a0,256
8040233a:	0017c793          	xor	a5,a5,1
8040233e:	078e                	sll	a5,a5,0x3
80402340:	00f55533          	srl	a0,a0,a5
80402344:	00004717          	auipc	a4,0x4
80402348:	6f870713          	add	a4,a4,1784 # 80406a3c <__clz_tab>
8040234c:	972a                	add	a4,a4,a0
8040234e:	00074503          	lbu	a0,0(a4)
80402352:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402354:	953e                	add	a0,a0,a5
80402356:	8082                	ret
80402358:	01000737          	lui	a4,0x1000
8040235c:	47c1                	li	a5,16
8040235e:	fee561e3          	bltu	a0,a4,80402340 <__ctzsi2+0x16>
80402362:	47e1                	li	a5,24
80402364:	bff1                	j	80402340 <__ctzsi2+0x16>

80402366 <__udivdi3>:
80402366:	88aa                	mv	a7,a0
80402368:	832e                	mv	t1,a1
8040236a:	8732                	mv	a4,a2
8040236c:	882a                	mv	a6,a0
8040236e:	87ae                	mv	a5,a1
80402370:	20069663          	bnez	a3,8040257c <__udivdi3+0x216>
80402374:	00004597          	auipc	a1,0x4
80402378:	6c858593          	add	a1,a1,1736 # 80406a3c <__clz_tab>
8040237c:	0cc37163          	bgeu	t1,a2,8040243e <__udivdi3+0xd8>
80402380:	66c1                	lui	a3,0x10
80402382:	0ad67763          	bgeu	a2,a3,80402430 <__udivdi3+0xca>
80402386:	10063693          	sltiu	a3,a2,256
8040238a:	0016c693          	xor	a3,a3,1
8040238e:	068e                	sll	a3,a3,0x3
80402390:	00d65533          	srl	a0,a2,a3
80402394:	95aa                	add	a1,a1,a0
80402396:	0005c583          	lbu	a1,0(a1)
8040239a:	02000513          	li	a0,32
8040239e:	96ae                	add	a3,a3,a1
804023a0:	40d505b3          	sub	a1,a0,a3
804023a4:	00d50b63          	beq	a0,a3,804023ba <__udivdi3+0x54>
804023a8:	00b317b3          	sll	a5,t1,a1
804023ac:	00d8d6b3          	srl	a3,a7,a3
804023b0:	00b61733          	sll	a4,a2,a1
804023b4:	8fd5                	or	a5,a5,a3
804023b6:	00b89833          	sll	a6,a7,a1
804023ba:	01075593          	srl	a1,a4,0x10
804023be:	02b7d333          	divu	t1,a5,a1
804023c2:	01071613          	sll	a2,a4,0x10
804023c6:	8241                	srl	a2,a2,0x10
804023c8:	02b7f7b3          	remu	a5,a5,a1
804023cc:	851a                	mv	a0,t1
804023ce:	026608b3          	mul	a7,a2,t1
804023d2:	01079693          	sll	a3,a5,0x10
804023d6:	01085793          	srl	a5,a6,0x10
804023da:	8fd5                	or	a5,a5,a3
804023dc:	0117fc63          	bgeu	a5,a7,804023f4 <__udivdi3+0x8e>
804023e0:	97ba                	add	a5,a5,a4
804023e2:	fff30513          	add	a0,t1,-1
804023e6:	00e7e763          	bltu	a5,a4,804023f4 <__udivdi3+0x8e>
804023ea:	0117f563          	bgeu	a5,a7,804023f4 <__udivdi3+0x8e>
804023ee:	ffe30513          	add	a0,t1,-2
804023f2:	97ba                	add	a5,a5,a4
804023f4:	411787b3          	sub	a5,a5,a7
804023f8:	02b7d8b3          	divu	a7,a5,a1
804023fc:	0842                	sll	a6,a6,0x10
804023fe:	01085813          	srl	a6,a6,0x10
80402402:	02b7f7b3          	remu	a5,a5,a1
80402406:	031606b3          	mul	a3,a2,a7
8040240a:	07c2                	sll	a5,a5,0x10
8040240c:	00f86833          	or	a6,a6,a5
80402410:	87c6                	mv	a5,a7
80402412:	00d87b63          	bgeu	a6,a3,80402428 <__udivdi3+0xc2>
80402416:	983a                	add	a6,a6,a4
80402418:	fff88793          	add	a5,a7,-1
8040241c:	00e86663          	bltu	a6,a4,80402428 <__udivdi3+0xc2>
80402420:	00d87463          	bgeu	a6,a3,80402428 <__udivdi3+0xc2>
80402424:	ffe88793          	add	a5,a7,-2
80402428:	0542                	sll	a0,a0,0x10
8040242a:	8d5d                	or	a0,a0,a5
8040242c:	4581                	li	a1,0
8040242e:	8082                	ret
80402430:	01000537          	lui	a0,0x1000
80402434:	46c1                	li	a3,16
80402436:	f4a66de3          	bltu	a2,a0,80402390 <__udivdi3+0x2a>
8040243a:	46e1                	li	a3,24
8040243c:	bf91                	j	80402390 <__udivdi3+0x2a>
8040243e:	4681                	li	a3,0
80402440:	ca09                	beqz	a2,80402452 <__udivdi3+0xec>
80402442:	67c1                	lui	a5,0x10
80402444:	08f67f63          	bgeu	a2,a5,804024e2 <__udivdi3+0x17c>
80402448:	10063693          	sltiu	a3,a2,256
8040244c:	0016c693          	xor	a3,a3,1
80402450:	068e                	sll	a3,a3,0x3
80402452:	00d657b3          	srl	a5,a2,a3
80402456:	95be                	add	a1,a1,a5
80402458:	0005c783          	lbu	a5,0(a1)
8040245c:	97b6                	add	a5,a5,a3
8040245e:	02000693          	li	a3,32
80402462:	40f685b3          	sub	a1,a3,a5
80402466:	08f69563          	bne	a3,a5,804024f0 <__udivdi3+0x18a>
8040246a:	40c307b3          	sub	a5,t1,a2
8040246e:	4585                	li	a1,1
80402470:	01075893          	srl	a7,a4,0x10
80402474:	0317de33          	divu	t3,a5,a7
80402478:	01071613          	sll	a2,a4,0x10
8040247c:	8241                	srl	a2,a2,0x10
8040247e:	01085693          	srl	a3,a6,0x10
80402482:	0317f7b3          	remu	a5,a5,a7
80402486:	8572                	mv	a0,t3
80402488:	03c60333          	mul	t1,a2,t3
8040248c:	07c2                	sll	a5,a5,0x10
8040248e:	8fd5                	or	a5,a5,a3
80402490:	0067fc63          	bgeu	a5,t1,804024a8 <__udivdi3+0x142>
80402494:	97ba                	add	a5,a5,a4
80402496:	fffe0513          	add	a0,t3,-1 # 80406fff <stdout+0x1eb>
8040249a:	00e7e763          	bltu	a5,a4,804024a8 <__udivdi3+0x142>
8040249e:	0067f563          	bgeu	a5,t1,804024a8 <__udivdi3+0x142>
804024a2:	ffee0513          	add	a0,t3,-2
804024a6:	97ba                	add	a5,a5,a4
804024a8:	406787b3          	sub	a5,a5,t1
804024ac:	0317d333          	divu	t1,a5,a7
804024b0:	0842                	sll	a6,a6,0x10
804024b2:	01085813          	srl	a6,a6,0x10
804024b6:	0317f7b3          	remu	a5,a5,a7
804024ba:	026606b3          	mul	a3,a2,t1
804024be:	07c2                	sll	a5,a5,0x10
804024c0:	00f86833          	or	a6,a6,a5
804024c4:	879a                	mv	a5,t1
804024c6:	00d87b63          	bgeu	a6,a3,804024dc <__udivdi3+0x176>
804024ca:	983a                	add	a6,a6,a4
804024cc:	fff30793          	add	a5,t1,-1
804024d0:	00e86663          	bltu	a6,a4,804024dc <__udivdi3+0x176>
804024d4:	00d87463          	bgeu	a6,a3,804024dc <__udivdi3+0x176>
804024d8:	ffe30793          	add	a5,t1,-2
804024dc:	0542                	sll	a0,a0,0x10
804024de:	8d5d                	or	a0,a0,a5
804024e0:	8082                	ret
804024e2:	010007b7          	lui	a5,0x1000
804024e6:	46c1                	li	a3,16
804024e8:	f6f665e3          	bltu	a2,a5,80402452 <__udivdi3+0xec>
804024ec:	46e1                	li	a3,24
804024ee:	b795                	j	80402452 <__udivdi3+0xec>
804024f0:	00b61733          	sll	a4,a2,a1
804024f4:	00f356b3          	srl	a3,t1,a5
804024f8:	01075513          	srl	a0,a4,0x10
804024fc:	00b31333          	sll	t1,t1,a1
80402500:	00f8d7b3          	srl	a5,a7,a5
80402504:	0067e7b3          	or	a5,a5,t1
80402508:	02a6d333          	divu	t1,a3,a0
8040250c:	01071613          	sll	a2,a4,0x10
80402510:	8241                	srl	a2,a2,0x10
80402512:	00b89833          	sll	a6,a7,a1
80402516:	02a6f6b3          	remu	a3,a3,a0
8040251a:	026608b3          	mul	a7,a2,t1
8040251e:	01069593          	sll	a1,a3,0x10
80402522:	0107d693          	srl	a3,a5,0x10
80402526:	8ecd                	or	a3,a3,a1
80402528:	859a                	mv	a1,t1
8040252a:	0116fc63          	bgeu	a3,a7,80402542 <__udivdi3+0x1dc>
8040252e:	96ba                	add	a3,a3,a4
80402530:	fff30593          	add	a1,t1,-1
80402534:	00e6e763          	bltu	a3,a4,80402542 <__udivdi3+0x1dc>
80402538:	0116f563          	bgeu	a3,a7,80402542 <__udivdi3+0x1dc>
8040253c:	ffe30593          	add	a1,t1,-2
80402540:	96ba                	add	a3,a3,a4
80402542:	411686b3          	sub	a3,a3,a7
80402546:	02a6d8b3          	divu	a7,a3,a0
8040254a:	07c2                	sll	a5,a5,0x10
8040254c:	83c1                	srl	a5,a5,0x10
8040254e:	02a6f6b3          	remu	a3,a3,a0
80402552:	03160633          	mul	a2,a2,a7
80402556:	06c2                	sll	a3,a3,0x10
80402558:	8fd5                	or	a5,a5,a3
8040255a:	86c6                	mv	a3,a7
8040255c:	00c7fc63          	bgeu	a5,a2,80402574 <__udivdi3+0x20e>
80402560:	97ba                	add	a5,a5,a4
80402562:	fff88693          	add	a3,a7,-1
80402566:	00e7e763          	bltu	a5,a4,80402574 <__udivdi3+0x20e>
8040256a:	00c7f563          	bgeu	a5,a2,80402574 <__udivdi3+0x20e>
8040256e:	ffe88693          	add	a3,a7,-2
80402572:	97ba                	add	a5,a5,a4
80402574:	05c2                	sll	a1,a1,0x10
80402576:	8f91                	sub	a5,a5,a2
80402578:	8dd5                	or	a1,a1,a3
8040257a:	bddd                	j	80402470 <__udivdi3+0x10a>
8040257c:	14d5e163          	bltu	a1,a3,804026be <__udivdi3+0x358>
80402580:	67c1                	lui	a5,0x10
80402582:	02f6ff63          	bgeu	a3,a5,804025c0 <__udivdi3+0x25a>
80402586:	1006b713          	sltiu	a4,a3,256
8040258a:	00174713          	xor	a4,a4,1
8040258e:	070e                	sll	a4,a4,0x3
80402590:	00e6d5b3          	srl	a1,a3,a4
80402594:	00004797          	auipc	a5,0x4
80402598:	4a878793          	add	a5,a5,1192 # 80406a3c <__clz_tab>
8040259c:	97ae                	add	a5,a5,a1
8040259e:	0007c783          	lbu	a5,0(a5)
804025a2:	97ba                	add	a5,a5,a4
804025a4:	02000713          	li	a4,32
804025a8:	40f705b3          	sub	a1,a4,a5
804025ac:	02f71163          	bne	a4,a5,804025ce <__udivdi3+0x268>
804025b0:	4505                	li	a0,1
804025b2:	e666eee3          	bltu	a3,t1,8040242e <__udivdi3+0xc8>
804025b6:	00c8b533          	sltu	a0,a7,a2
804025ba:	00154513          	xor	a0,a0,1
804025be:	8082                	ret
804025c0:	010007b7          	lui	a5,0x1000
804025c4:	4741                	li	a4,16
804025c6:	fcf6e5e3          	bltu	a3,a5,80402590 <__udivdi3+0x22a>
804025ca:	4761                	li	a4,24
804025cc:	b7d1                	j	80402590 <__udivdi3+0x22a>
804025ce:	00f65733          	srl	a4,a2,a5
804025d2:	00b696b3          	sll	a3,a3,a1
804025d6:	8ed9                	or	a3,a3,a4
804025d8:	00f35733          	srl	a4,t1,a5
804025dc:	00b31333          	sll	t1,t1,a1
804025e0:	00f8d7b3          	srl	a5,a7,a5
804025e4:	0067e7b3          	or	a5,a5,t1
804025e8:	0106d313          	srl	t1,a3,0x10
804025ec:	02675eb3          	divu	t4,a4,t1
804025f0:	01069813          	sll	a6,a3,0x10
804025f4:	01085813          	srl	a6,a6,0x10
804025f8:	00b61633          	sll	a2,a2,a1
804025fc:	02677733          	remu	a4,a4,t1
80402600:	03d80e33          	mul	t3,a6,t4
80402604:	01071513          	sll	a0,a4,0x10
80402608:	0107d713          	srl	a4,a5,0x10
8040260c:	8f49                	or	a4,a4,a0
8040260e:	8576                	mv	a0,t4
80402610:	01c77c63          	bgeu	a4,t3,80402628 <__udivdi3+0x2c2>
80402614:	9736                	add	a4,a4,a3
80402616:	fffe8513          	add	a0,t4,-1
8040261a:	00d76763          	bltu	a4,a3,80402628 <__udivdi3+0x2c2>
8040261e:	01c77563          	bgeu	a4,t3,80402628 <__udivdi3+0x2c2>
80402622:	ffee8513          	add	a0,t4,-2
80402626:	9736                	add	a4,a4,a3
80402628:	41c70733          	sub	a4,a4,t3
8040262c:	02675e33          	divu	t3,a4,t1
80402630:	07c2                	sll	a5,a5,0x10
80402632:	83c1                	srl	a5,a5,0x10
80402634:	02677733          	remu	a4,a4,t1
80402638:	03c80833          	mul	a6,a6,t3
8040263c:	0742                	sll	a4,a4,0x10
8040263e:	8fd9                	or	a5,a5,a4
80402640:	8772                	mv	a4,t3
80402642:	0107fc63          	bgeu	a5,a6,8040265a <__udivdi3+0x2f4>
80402646:	97b6                	add	a5,a5,a3
80402648:	fffe0713          	add	a4,t3,-1
8040264c:	00d7e763          	bltu	a5,a3,8040265a <__udivdi3+0x2f4>
80402650:	0107f563          	bgeu	a5,a6,8040265a <__udivdi3+0x2f4>
80402654:	ffee0713          	add	a4,t3,-2
80402658:	97b6                	add	a5,a5,a3
8040265a:	0542                	sll	a0,a0,0x10
8040265c:	6e41                	lui	t3,0x10
8040265e:	8d59                	or	a0,a0,a4
80402660:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
80402664:	00d57733          	and	a4,a0,a3
80402668:	410787b3          	sub	a5,a5,a6
8040266c:	8ef1                	and	a3,a3,a2
8040266e:	01055813          	srl	a6,a0,0x10
80402672:	8241                	srl	a2,a2,0x10
80402674:	02d70333          	mul	t1,a4,a3
80402678:	02d806b3          	mul	a3,a6,a3
8040267c:	02c70733          	mul	a4,a4,a2
80402680:	02c80833          	mul	a6,a6,a2
80402684:	00d70633          	add	a2,a4,a3
80402688:	01035713          	srl	a4,t1,0x10
8040268c:	9732                	add	a4,a4,a2
8040268e:	00d77363          	bgeu	a4,a3,80402694 <__udivdi3+0x32e>
80402692:	9872                	add	a6,a6,t3
80402694:	01075693          	srl	a3,a4,0x10
80402698:	96c2                	add	a3,a3,a6
8040269a:	02d7e063          	bltu	a5,a3,804026ba <__udivdi3+0x354>
8040269e:	d8d797e3          	bne	a5,a3,8040242c <__udivdi3+0xc6>
804026a2:	67c1                	lui	a5,0x10
804026a4:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804026a6:	8f7d                	and	a4,a4,a5
804026a8:	0742                	sll	a4,a4,0x10
804026aa:	00f37333          	and	t1,t1,a5
804026ae:	00b898b3          	sll	a7,a7,a1
804026b2:	971a                	add	a4,a4,t1
804026b4:	4581                	li	a1,0
804026b6:	d6e8fce3          	bgeu	a7,a4,8040242e <__udivdi3+0xc8>
804026ba:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
804026bc:	bb85                	j	8040242c <__udivdi3+0xc6>
804026be:	4581                	li	a1,0
804026c0:	4501                	li	a0,0
804026c2:	8082                	ret

804026c4 <__umoddi3>:
804026c4:	8832                	mv	a6,a2
804026c6:	87aa                	mv	a5,a0
804026c8:	872e                	mv	a4,a1
804026ca:	1a069363          	bnez	a3,80402870 <__umoddi3+0x1ac>
804026ce:	00004897          	auipc	a7,0x4
804026d2:	36e88893          	add	a7,a7,878 # 80406a3c <__clz_tab>
804026d6:	0ac5f663          	bgeu	a1,a2,80402782 <__umoddi3+0xbe>
804026da:	66c1                	lui	a3,0x10
804026dc:	08d67c63          	bgeu	a2,a3,80402774 <__umoddi3+0xb0>
804026e0:	10063693          	sltiu	a3,a2,256
804026e4:	0016c693          	xor	a3,a3,1
804026e8:	068e                	sll	a3,a3,0x3
804026ea:	00d65333          	srl	t1,a2,a3
804026ee:	989a                	add	a7,a7,t1
804026f0:	0008c883          	lbu	a7,0(a7)
804026f4:	02000313          	li	t1,32
804026f8:	96c6                	add	a3,a3,a7
804026fa:	40d308b3          	sub	a7,t1,a3
804026fe:	00d30b63          	beq	t1,a3,80402714 <__umoddi3+0x50>
80402702:	01159733          	sll	a4,a1,a7
80402706:	00d556b3          	srl	a3,a0,a3
8040270a:	01161833          	sll	a6,a2,a7
8040270e:	8f55                	or	a4,a4,a3
80402710:	011517b3          	sll	a5,a0,a7
80402714:	01085613          	srl	a2,a6,0x10
80402718:	02c756b3          	divu	a3,a4,a2
8040271c:	01081513          	sll	a0,a6,0x10
80402720:	8141                	srl	a0,a0,0x10
80402722:	02c77733          	remu	a4,a4,a2
80402726:	02a686b3          	mul	a3,a3,a0
8040272a:	01071593          	sll	a1,a4,0x10
8040272e:	0107d713          	srl	a4,a5,0x10
80402732:	8f4d                	or	a4,a4,a1
80402734:	00d77863          	bgeu	a4,a3,80402744 <__umoddi3+0x80>
80402738:	9742                	add	a4,a4,a6
8040273a:	01076563          	bltu	a4,a6,80402744 <__umoddi3+0x80>
8040273e:	00d77363          	bgeu	a4,a3,80402744 <__umoddi3+0x80>
80402742:	9742                	add	a4,a4,a6
80402744:	8f15                	sub	a4,a4,a3
80402746:	02c756b3          	divu	a3,a4,a2
8040274a:	02c77733          	remu	a4,a4,a2
8040274e:	02a686b3          	mul	a3,a3,a0
80402752:	07c2                	sll	a5,a5,0x10
80402754:	0742                	sll	a4,a4,0x10
80402756:	83c1                	srl	a5,a5,0x10
80402758:	8fd9                	or	a5,a5,a4
8040275a:	00d7f863          	bgeu	a5,a3,8040276a <__umoddi3+0xa6>
8040275e:	97c2                	add	a5,a5,a6
80402760:	0107e563          	bltu	a5,a6,8040276a <__umoddi3+0xa6>
80402764:	00d7f363          	bgeu	a5,a3,8040276a <__umoddi3+0xa6>
80402768:	97c2                	add	a5,a5,a6
8040276a:	8f95                	sub	a5,a5,a3
8040276c:	0117d533          	srl	a0,a5,a7
80402770:	4581                	li	a1,0
80402772:	8082                	ret
80402774:	01000337          	lui	t1,0x1000
80402778:	46c1                	li	a3,16
8040277a:	f66668e3          	bltu	a2,t1,804026ea <__umoddi3+0x26>
8040277e:	46e1                	li	a3,24
80402780:	b7ad                	j	804026ea <__umoddi3+0x26>
80402782:	4681                	li	a3,0
80402784:	ca09                	beqz	a2,80402796 <__umoddi3+0xd2>
80402786:	6741                	lui	a4,0x10
80402788:	06e67463          	bgeu	a2,a4,804027f0 <__umoddi3+0x12c>
8040278c:	10063693          	sltiu	a3,a2,256
80402790:	0016c693          	xor	a3,a3,1
80402794:	068e                	sll	a3,a3,0x3
80402796:	00d65733          	srl	a4,a2,a3
8040279a:	98ba                	add	a7,a7,a4
8040279c:	0008c703          	lbu	a4,0(a7)
804027a0:	9736                	add	a4,a4,a3
804027a2:	02000693          	li	a3,32
804027a6:	40e688b3          	sub	a7,a3,a4
804027aa:	04e69a63          	bne	a3,a4,804027fe <__umoddi3+0x13a>
804027ae:	40c58733          	sub	a4,a1,a2
804027b2:	01085593          	srl	a1,a6,0x10
804027b6:	02b75633          	divu	a2,a4,a1
804027ba:	01081513          	sll	a0,a6,0x10
804027be:	8141                	srl	a0,a0,0x10
804027c0:	0107d693          	srl	a3,a5,0x10
804027c4:	02b77733          	remu	a4,a4,a1
804027c8:	02a60633          	mul	a2,a2,a0
804027cc:	0742                	sll	a4,a4,0x10
804027ce:	8f55                	or	a4,a4,a3
804027d0:	00c77863          	bgeu	a4,a2,804027e0 <__umoddi3+0x11c>
804027d4:	9742                	add	a4,a4,a6
804027d6:	01076563          	bltu	a4,a6,804027e0 <__umoddi3+0x11c>
804027da:	00c77363          	bgeu	a4,a2,804027e0 <__umoddi3+0x11c>
804027de:	9742                	add	a4,a4,a6
804027e0:	8f11                	sub	a4,a4,a2
804027e2:	02b756b3          	divu	a3,a4,a1
804027e6:	02b77733          	remu	a4,a4,a1
804027ea:	02a686b3          	mul	a3,a3,a0
804027ee:	b795                	j	80402752 <__umoddi3+0x8e>
804027f0:	01000737          	lui	a4,0x1000
804027f4:	46c1                	li	a3,16
804027f6:	fae660e3          	bltu	a2,a4,80402796 <__umoddi3+0xd2>
804027fa:	46e1                	li	a3,24
804027fc:	bf69                	j	80402796 <__umoddi3+0xd2>
804027fe:	01161833          	sll	a6,a2,a7
80402802:	00e5d6b3          	srl	a3,a1,a4
80402806:	011517b3          	sll	a5,a0,a7
8040280a:	011595b3          	sll	a1,a1,a7
8040280e:	00e55733          	srl	a4,a0,a4
80402812:	01085513          	srl	a0,a6,0x10
80402816:	8f4d                	or	a4,a4,a1
80402818:	02a6d5b3          	divu	a1,a3,a0
8040281c:	01081313          	sll	t1,a6,0x10
80402820:	01035313          	srl	t1,t1,0x10
80402824:	02a6f6b3          	remu	a3,a3,a0
80402828:	026585b3          	mul	a1,a1,t1
8040282c:	01069613          	sll	a2,a3,0x10
80402830:	01075693          	srl	a3,a4,0x10
80402834:	8ed1                	or	a3,a3,a2
80402836:	00b6f863          	bgeu	a3,a1,80402846 <__umoddi3+0x182>
8040283a:	96c2                	add	a3,a3,a6
8040283c:	0106e563          	bltu	a3,a6,80402846 <__umoddi3+0x182>
80402840:	00b6f363          	bgeu	a3,a1,80402846 <__umoddi3+0x182>
80402844:	96c2                	add	a3,a3,a6
80402846:	8e8d                	sub	a3,a3,a1
80402848:	02a6d633          	divu	a2,a3,a0
8040284c:	0742                	sll	a4,a4,0x10
8040284e:	8341                	srl	a4,a4,0x10
80402850:	02a6f6b3          	remu	a3,a3,a0
80402854:	02660633          	mul	a2,a2,t1
80402858:	06c2                	sll	a3,a3,0x10
8040285a:	8f55                	or	a4,a4,a3
8040285c:	00c77863          	bgeu	a4,a2,8040286c <__umoddi3+0x1a8>
80402860:	9742                	add	a4,a4,a6
80402862:	01076563          	bltu	a4,a6,8040286c <__umoddi3+0x1a8>
80402866:	00c77363          	bgeu	a4,a2,8040286c <__umoddi3+0x1a8>
8040286a:	9742                	add	a4,a4,a6
8040286c:	8f11                	sub	a4,a4,a2
8040286e:	b791                	j	804027b2 <__umoddi3+0xee>
80402870:	16d5ed63          	bltu	a1,a3,804029ea <__umoddi3+0x326>
80402874:	6841                	lui	a6,0x10
80402876:	0506f763          	bgeu	a3,a6,804028c4 <__umoddi3+0x200>
8040287a:	1006b813          	sltiu	a6,a3,256
8040287e:	00184813          	xor	a6,a6,1
80402882:	080e                	sll	a6,a6,0x3
80402884:	0106d333          	srl	t1,a3,a6
80402888:	00004897          	auipc	a7,0x4
8040288c:	1b488893          	add	a7,a7,436 # 80406a3c <__clz_tab>
80402890:	989a                	add	a7,a7,t1
80402892:	0008c883          	lbu	a7,0(a7)
80402896:	02000313          	li	t1,32
8040289a:	98c2                	add	a7,a7,a6
8040289c:	41130833          	sub	a6,t1,a7
804028a0:	03131963          	bne	t1,a7,804028d2 <__umoddi3+0x20e>
804028a4:	00b6e463          	bltu	a3,a1,804028ac <__umoddi3+0x1e8>
804028a8:	00c56b63          	bltu	a0,a2,804028be <__umoddi3+0x1fa>
804028ac:	40c50633          	sub	a2,a0,a2
804028b0:	40d586b3          	sub	a3,a1,a3
804028b4:	00c53733          	sltu	a4,a0,a2
804028b8:	87b2                	mv	a5,a2
804028ba:	40e68733          	sub	a4,a3,a4
804028be:	853e                	mv	a0,a5
804028c0:	85ba                	mv	a1,a4
804028c2:	8082                	ret
804028c4:	010008b7          	lui	a7,0x1000
804028c8:	4841                	li	a6,16
804028ca:	fb16ede3          	bltu	a3,a7,80402884 <__umoddi3+0x1c0>
804028ce:	4861                	li	a6,24
804028d0:	bf55                	j	80402884 <__umoddi3+0x1c0>
804028d2:	011657b3          	srl	a5,a2,a7
804028d6:	010696b3          	sll	a3,a3,a6
804028da:	8edd                	or	a3,a3,a5
804028dc:	0115d733          	srl	a4,a1,a7
804028e0:	0106de13          	srl	t3,a3,0x10
804028e4:	03c75f33          	divu	t5,a4,t3
804028e8:	01069313          	sll	t1,a3,0x10
804028ec:	01035313          	srl	t1,t1,0x10
804028f0:	010597b3          	sll	a5,a1,a6
804028f4:	011555b3          	srl	a1,a0,a7
804028f8:	8ddd                	or	a1,a1,a5
804028fa:	0105d793          	srl	a5,a1,0x10
804028fe:	01061633          	sll	a2,a2,a6
80402902:	01051533          	sll	a0,a0,a6
80402906:	03c77733          	remu	a4,a4,t3
8040290a:	03e30eb3          	mul	t4,t1,t5
8040290e:	0742                	sll	a4,a4,0x10
80402910:	8fd9                	or	a5,a5,a4
80402912:	877a                	mv	a4,t5
80402914:	01d7fc63          	bgeu	a5,t4,8040292c <__umoddi3+0x268>
80402918:	97b6                	add	a5,a5,a3
8040291a:	ffff0713          	add	a4,t5,-1
8040291e:	00d7e763          	bltu	a5,a3,8040292c <__umoddi3+0x268>
80402922:	01d7f563          	bgeu	a5,t4,8040292c <__umoddi3+0x268>
80402926:	ffef0713          	add	a4,t5,-2
8040292a:	97b6                	add	a5,a5,a3
8040292c:	41d787b3          	sub	a5,a5,t4
80402930:	03c7deb3          	divu	t4,a5,t3
80402934:	05c2                	sll	a1,a1,0x10
80402936:	81c1                	srl	a1,a1,0x10
80402938:	03c7f7b3          	remu	a5,a5,t3
8040293c:	8e76                	mv	t3,t4
8040293e:	03d30333          	mul	t1,t1,t4
80402942:	07c2                	sll	a5,a5,0x10
80402944:	8ddd                	or	a1,a1,a5
80402946:	0065fc63          	bgeu	a1,t1,8040295e <__umoddi3+0x29a>
8040294a:	95b6                	add	a1,a1,a3
8040294c:	fffe8e13          	add	t3,t4,-1
80402950:	00d5e763          	bltu	a1,a3,8040295e <__umoddi3+0x29a>
80402954:	0065f563          	bgeu	a1,t1,8040295e <__umoddi3+0x29a>
80402958:	ffee8e13          	add	t3,t4,-2
8040295c:	95b6                	add	a1,a1,a3
8040295e:	01071793          	sll	a5,a4,0x10
80402962:	6f41                	lui	t5,0x10
80402964:	01c7e7b3          	or	a5,a5,t3
80402968:	406585b3          	sub	a1,a1,t1
8040296c:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
80402970:	0067f733          	and	a4,a5,t1
80402974:	01065e13          	srl	t3,a2,0x10
80402978:	83c1                	srl	a5,a5,0x10
8040297a:	00667333          	and	t1,a2,t1
8040297e:	02670eb3          	mul	t4,a4,t1
80402982:	02678333          	mul	t1,a5,t1
80402986:	03c70733          	mul	a4,a4,t3
8040298a:	03c787b3          	mul	a5,a5,t3
8040298e:	00670e33          	add	t3,a4,t1
80402992:	010ed713          	srl	a4,t4,0x10
80402996:	9772                	add	a4,a4,t3
80402998:	00677363          	bgeu	a4,t1,8040299e <__umoddi3+0x2da>
8040299c:	97fa                	add	a5,a5,t5
8040299e:	01075313          	srl	t1,a4,0x10
804029a2:	979a                	add	a5,a5,t1
804029a4:	6341                	lui	t1,0x10
804029a6:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
804029a8:	00677733          	and	a4,a4,t1
804029ac:	0742                	sll	a4,a4,0x10
804029ae:	006efeb3          	and	t4,t4,t1
804029b2:	9776                	add	a4,a4,t4
804029b4:	00f5e663          	bltu	a1,a5,804029c0 <__umoddi3+0x2fc>
804029b8:	00f59b63          	bne	a1,a5,804029ce <__umoddi3+0x30a>
804029bc:	00e57963          	bgeu	a0,a4,804029ce <__umoddi3+0x30a>
804029c0:	40c70633          	sub	a2,a4,a2
804029c4:	00c73333          	sltu	t1,a4,a2
804029c8:	969a                	add	a3,a3,t1
804029ca:	8732                	mv	a4,a2
804029cc:	8f95                	sub	a5,a5,a3
804029ce:	40e50733          	sub	a4,a0,a4
804029d2:	00e53533          	sltu	a0,a0,a4
804029d6:	8d9d                	sub	a1,a1,a5
804029d8:	8d89                	sub	a1,a1,a0
804029da:	011598b3          	sll	a7,a1,a7
804029de:	01075733          	srl	a4,a4,a6
804029e2:	00e8e533          	or	a0,a7,a4
804029e6:	0105d5b3          	srl	a1,a1,a6
804029ea:	8082                	ret

804029ec <__riscv_save_12>:
804029ec:	7139                	add	sp,sp,-64
804029ee:	4301                	li	t1,0
804029f0:	c66e                	sw	s11,12(sp)
804029f2:	a019                	j	804029f8 <__riscv_save_10+0x4>

804029f4 <__riscv_save_10>:
804029f4:	7139                	add	sp,sp,-64
804029f6:	5341                	li	t1,-16
804029f8:	c86a                	sw	s10,16(sp)
804029fa:	ca66                	sw	s9,20(sp)
804029fc:	cc62                	sw	s8,24(sp)
804029fe:	ce5e                	sw	s7,28(sp)
80402a00:	a019                	j	80402a06 <__riscv_save_4+0x4>

80402a02 <__riscv_save_4>:
80402a02:	7139                	add	sp,sp,-64
80402a04:	5301                	li	t1,-32
80402a06:	d05a                	sw	s6,32(sp)
80402a08:	d256                	sw	s5,36(sp)
80402a0a:	d452                	sw	s4,40(sp)
80402a0c:	d64e                	sw	s3,44(sp)
80402a0e:	d84a                	sw	s2,48(sp)
80402a10:	da26                	sw	s1,52(sp)
80402a12:	dc22                	sw	s0,56(sp)
80402a14:	de06                	sw	ra,60(sp)
80402a16:	40610133          	sub	sp,sp,t1
80402a1a:	8282                	jr	t0

80402a1c <__riscv_save_0>:
80402a1c:	1141                	add	sp,sp,-16
80402a1e:	c04a                	sw	s2,0(sp)
80402a20:	c226                	sw	s1,4(sp)
80402a22:	c422                	sw	s0,8(sp)
80402a24:	c606                	sw	ra,12(sp)
80402a26:	8282                	jr	t0

80402a28 <__riscv_restore_12>:
80402a28:	4db2                	lw	s11,12(sp)
80402a2a:	0141                	add	sp,sp,16

80402a2c <__riscv_restore_10>:
80402a2c:	4d02                	lw	s10,0(sp)
80402a2e:	4c92                	lw	s9,4(sp)
80402a30:	4c22                	lw	s8,8(sp)
80402a32:	4bb2                	lw	s7,12(sp)
80402a34:	0141                	add	sp,sp,16

80402a36 <__riscv_restore_4>:
80402a36:	4b02                	lw	s6,0(sp)
80402a38:	4a92                	lw	s5,4(sp)
80402a3a:	4a22                	lw	s4,8(sp)
80402a3c:	49b2                	lw	s3,12(sp)
80402a3e:	0141                	add	sp,sp,16

80402a40 <__riscv_restore_0>:
80402a40:	4902                	lw	s2,0(sp)
80402a42:	4492                	lw	s1,4(sp)
80402a44:	4422                	lw	s0,8(sp)
80402a46:	40b2                	lw	ra,12(sp)
80402a48:	0141                	add	sp,sp,16
80402a4a:	8082                	ret

80402a4c <memcpy>:
80402a4c:	832a                	mv	t1,a0
80402a4e:	ca09                	beqz	a2,80402a60 <memcpy+0x14>
80402a50:	00058383          	lb	t2,0(a1)
80402a54:	00730023          	sb	t2,0(t1)
80402a58:	167d                	add	a2,a2,-1
80402a5a:	0305                	add	t1,t1,1
80402a5c:	0585                	add	a1,a1,1
80402a5e:	fa6d                	bnez	a2,80402a50 <memcpy+0x4>
80402a60:	8082                	ret

80402a62 <memset>:
80402a62:	832a                	mv	t1,a0
80402a64:	c611                	beqz	a2,80402a70 <memset+0xe>
80402a66:	00b30023          	sb	a1,0(t1)
80402a6a:	167d                	add	a2,a2,-1
80402a6c:	0305                	add	t1,t1,1
80402a6e:	fe65                	bnez	a2,80402a66 <memset+0x4>
80402a70:	8082                	ret

80402a72 <strcmp>:
80402a72:	00054603          	lbu	a2,0(a0)
80402a76:	0005c683          	lbu	a3,0(a1)
80402a7a:	0505                	add	a0,a0,1
80402a7c:	0585                	add	a1,a1,1
80402a7e:	00d61363          	bne	a2,a3,80402a84 <strcmp+0x12>
80402a82:	fa65                	bnez	a2,80402a72 <strcmp>
80402a84:	40d60533          	sub	a0,a2,a3
80402a88:	8082                	ret

80402a8a <printf>:
80402a8a:	7139                	add	sp,sp,-64
80402a8c:	da3e                	sw	a5,52(sp)
80402a8e:	804077b7          	lui	a5,0x80407
80402a92:	d22e                	sw	a1,36(sp)
80402a94:	85aa                	mv	a1,a0
80402a96:	e147a503          	lw	a0,-492(a5) # 80406e14 <stdout>
80402a9a:	d432                	sw	a2,40(sp)
80402a9c:	1050                	add	a2,sp,36
80402a9e:	ce06                	sw	ra,28(sp)
80402aa0:	d636                	sw	a3,44(sp)
80402aa2:	d83a                	sw	a4,48(sp)
80402aa4:	dc42                	sw	a6,56(sp)
80402aa6:	de46                	sw	a7,60(sp)
80402aa8:	c632                	sw	a2,12(sp)
80402aaa:	00000097          	auipc	ra,0x0
80402aae:	338080e7          	jalr	824(ra) # 80402de2 <__d_vfprintf>
80402ab2:	40f2                	lw	ra,28(sp)
80402ab4:	6121                	add	sp,sp,64
80402ab6:	8082                	ret

80402ab8 <strtoul>:
80402ab8:	02400793          	li	a5,36
80402abc:	882a                	mv	a6,a0
80402abe:	00c7e563          	bltu	a5,a2,80402ac8 <strtoul+0x10>
80402ac2:	4785                	li	a5,1
80402ac4:	00f61e63          	bne	a2,a5,80402ae0 <strtoul+0x28>
80402ac8:	000007b7          	lui	a5,0x0
80402acc:	004787b3          	add	a5,a5,tp
80402ad0:	4759                	li	a4,22
80402ad2:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402ad6:	c199                	beqz	a1,80402adc <strtoul+0x24>
80402ad8:	0105a023          	sw	a6,0(a1)
80402adc:	4501                	li	a0,0
80402ade:	8082                	ret
80402ae0:	0ff67893          	zext.b	a7,a2
80402ae4:	4e11                	li	t3,4
80402ae6:	02000313          	li	t1,32
80402aea:	00054783          	lbu	a5,0(a0)
80402aee:	00150713          	add	a4,a0,1
80402af2:	ff778693          	add	a3,a5,-9
80402af6:	0ff6f693          	zext.b	a3,a3
80402afa:	08de7c63          	bgeu	t3,a3,80402b92 <strtoul+0xda>
80402afe:	08678a63          	beq	a5,t1,80402b92 <strtoul+0xda>
80402b02:	02b00693          	li	a3,43
80402b06:	08d78863          	beq	a5,a3,80402b96 <strtoul+0xde>
80402b0a:	02d00313          	li	t1,45
80402b0e:	4681                	li	a3,0
80402b10:	00679763          	bne	a5,t1,80402b1e <strtoul+0x66>
80402b14:	4685                	li	a3,1
80402b16:	00154783          	lbu	a5,1(a0)
80402b1a:	00250713          	add	a4,a0,2
80402b1e:	03000513          	li	a0,48
80402b22:	06a79f63          	bne	a5,a0,80402ba0 <strtoul+0xe8>
80402b26:	00074503          	lbu	a0,0(a4) # 1000000 <errno+0x1000000>
80402b2a:	07800313          	li	t1,120
80402b2e:	02056513          	or	a0,a0,32
80402b32:	06651463          	bne	a0,t1,80402b9a <strtoul+0xe2>
80402b36:	c601                	beqz	a2,80402b3e <strtoul+0x86>
80402b38:	4641                	li	a2,16
80402b3a:	00c89763          	bne	a7,a2,80402b48 <strtoul+0x90>
80402b3e:	00174783          	lbu	a5,1(a4)
80402b42:	883a                	mv	a6,a4
80402b44:	48c1                	li	a7,16
80402b46:	0709                	add	a4,a4,2
80402b48:	4501                	li	a0,0
80402b4a:	03900613          	li	a2,57
80402b4e:	00f67963          	bgeu	a2,a5,80402b60 <strtoul+0xa8>
80402b52:	17fd                	add	a5,a5,-1
80402b54:	0207e793          	or	a5,a5,32
80402b58:	fda78793          	add	a5,a5,-38
80402b5c:	0ff7f793          	zext.b	a5,a5
80402b60:	fd078793          	add	a5,a5,-48
80402b64:	0ff7f793          	zext.b	a5,a5
80402b68:	0317ff63          	bgeu	a5,a7,80402ba6 <strtoul+0xee>
80402b6c:	03153833          	mulhu	a6,a0,a7
80402b70:	03150533          	mul	a0,a0,a7
80402b74:	00081863          	bnez	a6,80402b84 <strtoul+0xcc>
80402b78:	97aa                	add	a5,a5,a0
80402b7a:	00a7b833          	sltu	a6,a5,a0
80402b7e:	853e                	mv	a0,a5
80402b80:	00080463          	beqz	a6,80402b88 <strtoul+0xd0>
80402b84:	0026e693          	or	a3,a3,2
80402b88:	00074783          	lbu	a5,0(a4)
80402b8c:	883a                	mv	a6,a4
80402b8e:	0705                	add	a4,a4,1
80402b90:	bf7d                	j	80402b4e <strtoul+0x96>
80402b92:	853a                	mv	a0,a4
80402b94:	bf99                	j	80402aea <strtoul+0x32>
80402b96:	4681                	li	a3,0
80402b98:	bfbd                	j	80402b16 <strtoul+0x5e>
80402b9a:	f65d                	bnez	a2,80402b48 <strtoul+0x90>
80402b9c:	48a1                	li	a7,8
80402b9e:	b76d                	j	80402b48 <strtoul+0x90>
80402ba0:	f645                	bnez	a2,80402b48 <strtoul+0x90>
80402ba2:	48a9                	li	a7,10
80402ba4:	b755                	j	80402b48 <strtoul+0x90>
80402ba6:	0016f793          	and	a5,a3,1
80402baa:	c399                	beqz	a5,80402bb0 <strtoul+0xf8>
80402bac:	40a00533          	neg	a0,a0
80402bb0:	8a89                	and	a3,a3,2
80402bb2:	ca91                	beqz	a3,80402bc6 <strtoul+0x10e>
80402bb4:	000007b7          	lui	a5,0x0
80402bb8:	004787b3          	add	a5,a5,tp
80402bbc:	02200713          	li	a4,34
80402bc0:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402bc4:	557d                	li	a0,-1
80402bc6:	c199                	beqz	a1,80402bcc <strtoul+0x114>
80402bc8:	0105a023          	sw	a6,0(a1)
80402bcc:	8082                	ret

80402bce <__ultoa_invert>:
80402bce:	00000317          	auipc	t1,0x0
80402bd2:	e26302e7          	jalr	t0,-474(t1) # 804029f4 <__riscv_save_10>
80402bd6:	2006f793          	and	a5,a3,512
80402bda:	89aa                	mv	s3,a0
80402bdc:	8a2e                	mv	s4,a1
80402bde:	8932                	mv	s2,a2
80402be0:	84b6                	mv	s1,a3
80402be2:	02700b13          	li	s6,39
80402be6:	c781                	beqz	a5,80402bee <__ultoa_invert+0x20>
80402be8:	dff6f493          	and	s1,a3,-513
80402bec:	4b1d                	li	s6,7
80402bee:	41f4da93          	sra	s5,s1,0x1f
80402bf2:	4ca5                	li	s9,9
80402bf4:	8626                	mv	a2,s1
80402bf6:	86d6                	mv	a3,s5
80402bf8:	854e                	mv	a0,s3
80402bfa:	85d2                	mv	a1,s4
80402bfc:	00000097          	auipc	ra,0x0
80402c00:	ac8080e7          	jalr	-1336(ra) # 804026c4 <__umoddi3>
80402c04:	85d2                	mv	a1,s4
80402c06:	0ff57413          	zext.b	s0,a0
80402c0a:	8626                	mv	a2,s1
80402c0c:	854e                	mv	a0,s3
80402c0e:	86d6                	mv	a3,s5
80402c10:	fffff097          	auipc	ra,0xfffff
80402c14:	756080e7          	jalr	1878(ra) # 80402366 <__udivdi3>
80402c18:	8c4e                	mv	s8,s3
80402c1a:	8bd2                	mv	s7,s4
80402c1c:	89aa                	mv	s3,a0
80402c1e:	8a2e                	mv	s4,a1
80402c20:	008cf563          	bgeu	s9,s0,80402c2a <__ultoa_invert+0x5c>
80402c24:	945a                	add	s0,s0,s6
80402c26:	0ff47413          	zext.b	s0,s0
80402c2a:	0905                	add	s2,s2,1
80402c2c:	03040413          	add	s0,s0,48
80402c30:	fe890fa3          	sb	s0,-1(s2)
80402c34:	015be663          	bltu	s7,s5,80402c40 <__ultoa_invert+0x72>
80402c38:	fb7a9ee3          	bne	s5,s7,80402bf4 <__ultoa_invert+0x26>
80402c3c:	fa9c7ce3          	bgeu	s8,s1,80402bf4 <__ultoa_invert+0x26>
80402c40:	854a                	mv	a0,s2
80402c42:	00000317          	auipc	t1,0x0
80402c46:	dea30067          	jr	-534(t1) # 80402a2c <__riscv_restore_10>

80402c4a <skip_to_arg>:
80402c4a:	00000317          	auipc	t1,0x0
80402c4e:	daa302e7          	jalr	t0,-598(t1) # 804029f4 <__riscv_save_10>
80402c52:	4305                	li	t1,1
80402c54:	02500f13          	li	t5,37
80402c58:	88aa                	mv	a7,a0
80402c5a:	00c34663          	blt	t1,a2,80402c66 <skip_to_arg+0x1c>
80402c5e:	00000317          	auipc	t1,0x0
80402c62:	dce30067          	jr	-562(t1) # 80402a2c <__riscv_restore_10>
80402c66:	87c6                	mv	a5,a7
80402c68:	88be                	mv	a7,a5
80402c6a:	0007c703          	lbu	a4,0(a5)
80402c6e:	0785                	add	a5,a5,1
80402c70:	d77d                	beqz	a4,80402c5e <skip_to_arg+0x14>
80402c72:	ffe71be3          	bne	a4,t5,80402c68 <skip_to_arg+0x1e>
80402c76:	0007c703          	lbu	a4,0(a5)
80402c7a:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80402c7c:	ffe705e3          	beq	a4,t5,80402c66 <skip_to_arg+0x1c>
80402c80:	6ecd                	lui	t4,0x13
80402c82:	4681                	li	a3,0
80402c84:	4e01                	li	t3,0
80402c86:	4781                	li	a5,0
80402c88:	42fd                	li	t0,31
80402c8a:	06c00f93          	li	t6,108
80402c8e:	07400393          	li	t2,116
80402c92:	07a00413          	li	s0,122
80402c96:	06800493          	li	s1,104
80402c9a:	06a00913          	li	s2,106
80402c9e:	04c00993          	li	s3,76
80402ca2:	4a25                	li	s4,9
80402ca4:	02400a93          	li	s5,36
80402ca8:	07f00b13          	li	s6,127
80402cac:	4bc1                	li	s7,16
80402cae:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80402cb2:	04f2e263          	bltu	t0,a5,80402cf6 <skip_to_arg+0xac>
80402cb6:	fe070813          	add	a6,a4,-32
80402cba:	0ff87813          	zext.b	a6,a6
80402cbe:	030bf163          	bgeu	s7,a6,80402ce0 <skip_to_arg+0x96>
80402cc2:	fd070813          	add	a6,a4,-48
80402cc6:	0ff87813          	zext.b	a6,a6
80402cca:	4c25                	li	s8,9
80402ccc:	050c6563          	bltu	s8,a6,80402d16 <skip_to_arg+0xcc>
80402cd0:	47a9                	li	a5,10
80402cd2:	02f687b3          	mul	a5,a3,a5
80402cd6:	00f806b3          	add	a3,a6,a5
80402cda:	02000793          	li	a5,32
80402cde:	a039                	j	80402cec <skip_to_arg+0xa2>
80402ce0:	010ed833          	srl	a6,t4,a6
80402ce4:	00187813          	and	a6,a6,1
80402ce8:	00080963          	beqz	a6,80402cfa <skip_to_arg+0xb0>
80402cec:	0008c703          	lbu	a4,0(a7)
80402cf0:	0885                	add	a7,a7,1
80402cf2:	f361                	bnez	a4,80402cb2 <skip_to_arg+0x68>
80402cf4:	a8b1                	j	80402d50 <skip_to_arg+0x106>
80402cf6:	04fb6363          	bltu	s6,a5,80402d3c <skip_to_arg+0xf2>
80402cfa:	fd070813          	add	a6,a4,-48
80402cfe:	0ff87813          	zext.b	a6,a6
80402d02:	fd0a77e3          	bgeu	s4,a6,80402cd0 <skip_to_arg+0x86>
80402d06:	03571563          	bne	a4,s5,80402d30 <skip_to_arg+0xe6>
80402d0a:	0a0e0063          	beqz	t3,80402daa <skip_to_arg+0x160>
80402d0e:	0a668063          	beq	a3,t1,80402dae <skip_to_arg+0x164>
80402d12:	4681                	li	a3,0
80402d14:	bfe1                	j	80402cec <skip_to_arg+0xa2>
80402d16:	0fb77813          	and	a6,a4,251
80402d1a:	02a00c13          	li	s8,42
80402d1e:	ff880ae3          	beq	a6,s8,80402d12 <skip_to_arg+0xc8>
80402d22:	06c00813          	li	a6,108
80402d26:	01071d63          	bne	a4,a6,80402d40 <skip_to_arg+0xf6>
80402d2a:	0807e793          	or	a5,a5,128
80402d2e:	bf7d                	j	80402cec <skip_to_arg+0xa2>
80402d30:	0fb77813          	and	a6,a4,251
80402d34:	02a00c13          	li	s8,42
80402d38:	fd880de3          	beq	a6,s8,80402d12 <skip_to_arg+0xc8>
80402d3c:	05f70663          	beq	a4,t6,80402d88 <skip_to_arg+0x13e>
80402d40:	02efef63          	bltu	t6,a4,80402d7e <skip_to_arg+0x134>
80402d44:	04970863          	beq	a4,s1,80402d94 <skip_to_arg+0x14a>
80402d48:	05270e63          	beq	a4,s2,80402da4 <skip_to_arg+0x15a>
80402d4c:	05370c63          	beq	a4,s3,80402da4 <skip_to_arg+0x15a>
80402d50:	f00e07e3          	beqz	t3,80402c5e <skip_to_arg+0x14>
80402d54:	f06e13e3          	bne	t3,t1,80402c5a <skip_to_arg+0x10>
80402d58:	02076893          	or	a7,a4,32
80402d5c:	f9b88813          	add	a6,a7,-101
80402d60:	0ff87813          	zext.b	a6,a6
80402d64:	4e09                	li	t3,2
80402d66:	4194                	lw	a3,0(a1)
80402d68:	010e7663          	bgeu	t3,a6,80402d74 <skip_to_arg+0x12a>
80402d6c:	06100813          	li	a6,97
80402d70:	05089263          	bne	a7,a6,80402db4 <skip_to_arg+0x16a>
80402d74:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80402d76:	9ae1                	and	a3,a3,-8
80402d78:	00868713          	add	a4,a3,8
80402d7c:	a091                	j	80402dc0 <skip_to_arg+0x176>
80402d7e:	f67707e3          	beq	a4,t2,80402cec <skip_to_arg+0xa2>
80402d82:	f68705e3          	beq	a4,s0,80402cec <skip_to_arg+0xa2>
80402d86:	b7e9                	j	80402d50 <skip_to_arg+0x106>
80402d88:	0807f713          	and	a4,a5,128
80402d8c:	df59                	beqz	a4,80402d2a <skip_to_arg+0xe0>
80402d8e:	2007e793          	or	a5,a5,512
80402d92:	bf61                	j	80402d2a <skip_to_arg+0xe0>
80402d94:	1007f713          	and	a4,a5,256
80402d98:	c319                	beqz	a4,80402d9e <skip_to_arg+0x154>
80402d9a:	2007e793          	or	a5,a5,512
80402d9e:	1007e793          	or	a5,a5,256
80402da2:	b7a9                	j	80402cec <skip_to_arg+0xa2>
80402da4:	2807e793          	or	a5,a5,640
80402da8:	b791                	j	80402cec <skip_to_arg+0xa2>
80402daa:	8e36                	mv	t3,a3
80402dac:	b79d                	j	80402d12 <skip_to_arg+0xc8>
80402dae:	06300713          	li	a4,99
80402db2:	b75d                	j	80402d58 <skip_to_arg+0x10e>
80402db4:	06300813          	li	a6,99
80402db8:	01071763          	bne	a4,a6,80402dc6 <skip_to_arg+0x17c>
80402dbc:	00468713          	add	a4,a3,4
80402dc0:	c198                	sw	a4,0(a1)
80402dc2:	0305                	add	t1,t1,1
80402dc4:	bd51                	j	80402c58 <skip_to_arg+0xe>
80402dc6:	07300813          	li	a6,115
80402dca:	ff0709e3          	beq	a4,a6,80402dbc <skip_to_arg+0x172>
80402dce:	0807f813          	and	a6,a5,128
80402dd2:	00468713          	add	a4,a3,4
80402dd6:	fe0805e3          	beqz	a6,80402dc0 <skip_to_arg+0x176>
80402dda:	2007f793          	and	a5,a5,512
80402dde:	d3ed                	beqz	a5,80402dc0 <skip_to_arg+0x176>
80402de0:	bf51                	j	80402d74 <skip_to_arg+0x12a>

80402de2 <__d_vfprintf>:
80402de2:	00000317          	auipc	t1,0x0
80402de6:	c0a302e7          	jalr	t0,-1014(t1) # 804029ec <__riscv_save_12>
80402dea:	00454783          	lbu	a5,4(a0)
80402dee:	7139                	add	sp,sp,-64
80402df0:	c02a                	sw	a0,0(sp)
80402df2:	c42e                	sw	a1,8(sp)
80402df4:	c632                	sw	a2,12(sp)
80402df6:	8b89                	and	a5,a5,2
80402df8:	00852a03          	lw	s4,8(a0)
80402dfc:	c785                	beqz	a5,80402e24 <__d_vfprintf+0x42>
80402dfe:	d232                	sw	a2,36(sp)
80402e00:	87ae                	mv	a5,a1
80402e02:	4401                	li	s0,0
80402e04:	0007c903          	lbu	s2,0(a5)
80402e08:	00090f63          	beqz	s2,80402e26 <__d_vfprintf+0x44>
80402e0c:	02500713          	li	a4,37
80402e10:	02e90163          	beq	s2,a4,80402e32 <__d_vfprintf+0x50>
80402e14:	0785                	add	a5,a5,1
80402e16:	c23e                	sw	a5,4(sp)
80402e18:	4582                	lw	a1,0(sp)
80402e1a:	854a                	mv	a0,s2
80402e1c:	0405                	add	s0,s0,1
80402e1e:	9a02                	jalr	s4
80402e20:	2a0557e3          	bgez	a0,804038ce <__d_vfprintf+0xaec>
80402e24:	547d                	li	s0,-1
80402e26:	8522                	mv	a0,s0
80402e28:	6121                	add	sp,sp,64
80402e2a:	00000317          	auipc	t1,0x0
80402e2e:	bfe30067          	jr	-1026(t1) # 80402a28 <__riscv_restore_12>
80402e32:	0017c903          	lbu	s2,1(a5)
80402e36:	00278713          	add	a4,a5,2
80402e3a:	c23a                	sw	a4,4(sp)
80402e3c:	02500793          	li	a5,37
80402e40:	fcf90ce3          	beq	s2,a5,80402e18 <__d_vfprintf+0x36>
80402e44:	804064b7          	lui	s1,0x80406
80402e48:	4a81                	li	s5,0
80402e4a:	4d01                	li	s10,0
80402e4c:	4b01                	li	s6,0
80402e4e:	4d81                	li	s11,0
80402e50:	06c00993          	li	s3,108
80402e54:	07400b93          	li	s7,116
80402e58:	07a00c13          	li	s8,122
80402e5c:	06800c93          	li	s9,104
80402e60:	67048493          	add	s1,s1,1648 # 80406670 <msg.0+0x1c>
80402e64:	47fd                	li	a5,31
80402e66:	07b7e163          	bltu	a5,s11,80402ec8 <__d_vfprintf+0xe6>
80402e6a:	fe090793          	add	a5,s2,-32
80402e6e:	0ff7f793          	zext.b	a5,a5
80402e72:	4741                	li	a4,16
80402e74:	00f76663          	bltu	a4,a5,80402e80 <__d_vfprintf+0x9e>
80402e78:	078a                	sll	a5,a5,0x2
80402e7a:	97a6                	add	a5,a5,s1
80402e7c:	439c                	lw	a5,0(a5)
80402e7e:	8782                	jr	a5
80402e80:	fd090793          	add	a5,s2,-48
80402e84:	0ff7f793          	zext.b	a5,a5
80402e88:	4725                	li	a4,9
80402e8a:	06f76463          	bltu	a4,a5,80402ef2 <__d_vfprintf+0x110>
80402e8e:	46a9                	li	a3,10
80402e90:	02db06b3          	mul	a3,s6,a3
80402e94:	00f68b33          	add	s6,a3,a5
80402e98:	020ded93          	or	s11,s11,32
80402e9c:	a019                	j	80402ea2 <__d_vfprintf+0xc0>
80402e9e:	001ded93          	or	s11,s11,1
80402ea2:	4792                	lw	a5,4(sp)
80402ea4:	0007c903          	lbu	s2,0(a5)
80402ea8:	0785                	add	a5,a5,1
80402eaa:	c23e                	sw	a5,4(sp)
80402eac:	fa091ce3          	bnez	s2,80402e64 <__d_vfprintf+0x82>
80402eb0:	a8cd                	j	80402fa2 <__d_vfprintf+0x1c0>
80402eb2:	002ded93          	or	s11,s11,2
80402eb6:	004ded93          	or	s11,s11,4
80402eba:	b7e5                	j	80402ea2 <__d_vfprintf+0xc0>
80402ebc:	008ded93          	or	s11,s11,8
80402ec0:	b7cd                	j	80402ea2 <__d_vfprintf+0xc0>
80402ec2:	010ded93          	or	s11,s11,16
80402ec6:	bff1                	j	80402ea2 <__d_vfprintf+0xc0>
80402ec8:	07f00793          	li	a5,127
80402ecc:	0bb7ed63          	bltu	a5,s11,80402f86 <__d_vfprintf+0x1a4>
80402ed0:	fd090693          	add	a3,s2,-48
80402ed4:	0ff6f693          	zext.b	a3,a3
80402ed8:	47a5                	li	a5,9
80402eda:	00d7ec63          	bltu	a5,a3,80402ef2 <__d_vfprintf+0x110>
80402ede:	040df613          	and	a2,s11,64
80402ee2:	87b6                	mv	a5,a3
80402ee4:	d64d                	beqz	a2,80402e8e <__d_vfprintf+0xac>
80402ee6:	47a9                	li	a5,10
80402ee8:	02fd07b3          	mul	a5,s10,a5
80402eec:	00d78d33          	add	s10,a5,a3
80402ef0:	bf4d                	j	80402ea2 <__d_vfprintf+0xc0>
80402ef2:	02a00793          	li	a5,42
80402ef6:	02f91663          	bne	s2,a5,80402f22 <__d_vfprintf+0x140>
80402efa:	fa0a94e3          	bnez	s5,80402ea2 <__d_vfprintf+0xc0>
80402efe:	5692                	lw	a3,36(sp)
80402f00:	040df793          	and	a5,s11,64
80402f04:	00468613          	add	a2,a3,4
80402f08:	4294                	lw	a3,0(a3)
80402f0a:	d232                	sw	a2,36(sp)
80402f0c:	c399                	beqz	a5,80402f12 <__d_vfprintf+0x130>
80402f0e:	8d36                	mv	s10,a3
80402f10:	bf49                	j	80402ea2 <__d_vfprintf+0xc0>
80402f12:	8b36                	mv	s6,a3
80402f14:	f806d2e3          	bgez	a3,80402e98 <__d_vfprintf+0xb6>
80402f18:	40d00b33          	neg	s6,a3
80402f1c:	028ded93          	or	s11,s11,40
80402f20:	b749                	j	80402ea2 <__d_vfprintf+0xc0>
80402f22:	02e00793          	li	a5,46
80402f26:	00f91963          	bne	s2,a5,80402f38 <__d_vfprintf+0x156>
80402f2a:	040df793          	and	a5,s11,64
80402f2e:	ee079ce3          	bnez	a5,80402e26 <__d_vfprintf+0x44>
80402f32:	040ded93          	or	s11,s11,64
80402f36:	b7b5                	j	80402ea2 <__d_vfprintf+0xc0>
80402f38:	02400793          	li	a5,36
80402f3c:	04f91563          	bne	s2,a5,80402f86 <__d_vfprintf+0x1a4>
80402f40:	140a8363          	beqz	s5,80403086 <__d_vfprintf+0x2a4>
80402f44:	47b2                	lw	a5,12(sp)
80402f46:	d23e                	sw	a5,36(sp)
80402f48:	040df793          	and	a5,s11,64
80402f4c:	ef99                	bnez	a5,80402f6a <__d_vfprintf+0x188>
80402f4e:	4522                	lw	a0,8(sp)
80402f50:	865a                	mv	a2,s6
80402f52:	104c                	add	a1,sp,36
80402f54:	00000097          	auipc	ra,0x0
80402f58:	cf6080e7          	jalr	-778(ra) # 80402c4a <skip_to_arg>
80402f5c:	5792                	lw	a5,36(sp)
80402f5e:	00478693          	add	a3,a5,4
80402f62:	0007ab03          	lw	s6,0(a5)
80402f66:	d236                	sw	a3,36(sp)
80402f68:	bf2d                	j	80402ea2 <__d_vfprintf+0xc0>
80402f6a:	4522                	lw	a0,8(sp)
80402f6c:	866a                	mv	a2,s10
80402f6e:	104c                	add	a1,sp,36
80402f70:	00000097          	auipc	ra,0x0
80402f74:	cda080e7          	jalr	-806(ra) # 80402c4a <skip_to_arg>
80402f78:	5792                	lw	a5,36(sp)
80402f7a:	00478693          	add	a3,a5,4
80402f7e:	0007ad03          	lw	s10,0(a5)
80402f82:	d236                	sw	a3,36(sp)
80402f84:	bf39                	j	80402ea2 <__d_vfprintf+0xc0>
80402f86:	0d390d63          	beq	s2,s3,80403060 <__d_vfprintf+0x27e>
80402f8a:	0d29e663          	bltu	s3,s2,80403056 <__d_vfprintf+0x274>
80402f8e:	0f990163          	beq	s2,s9,80403070 <__d_vfprintf+0x28e>
80402f92:	06a00793          	li	a5,106
80402f96:	0ef90563          	beq	s2,a5,80403080 <__d_vfprintf+0x29e>
80402f9a:	04c00793          	li	a5,76
80402f9e:	0ef90163          	beq	s2,a5,80403080 <__d_vfprintf+0x29e>
80402fa2:	000a8b63          	beqz	s5,80402fb8 <__d_vfprintf+0x1d6>
80402fa6:	47b2                	lw	a5,12(sp)
80402fa8:	4522                	lw	a0,8(sp)
80402faa:	8656                	mv	a2,s5
80402fac:	104c                	add	a1,sp,36
80402fae:	d23e                	sw	a5,36(sp)
80402fb0:	00000097          	auipc	ra,0x0
80402fb4:	c9a080e7          	jalr	-870(ra) # 80402c4a <skip_to_arg>
80402fb8:	000d5963          	bgez	s10,80402fca <__d_vfprintf+0x1e8>
80402fbc:	fbfdf813          	and	a6,s11,-65
80402fc0:	01081d93          	sll	s11,a6,0x10
80402fc4:	010ddd93          	srl	s11,s11,0x10
80402fc8:	4d01                	li	s10,0
80402fca:	02096c93          	or	s9,s2,32
80402fce:	f9bc8793          	add	a5,s9,-101
80402fd2:	0ff7f793          	zext.b	a5,a5
80402fd6:	4709                	li	a4,2
80402fd8:	0af77d63          	bgeu	a4,a5,80403092 <__d_vfprintf+0x2b0>
80402fdc:	06100793          	li	a5,97
80402fe0:	6afc9763          	bne	s9,a5,8040368e <__d_vfprintf+0x8ac>
80402fe4:	5792                	lw	a5,36(sp)
80402fe6:	6a89                	lui	s5,0x2
80402fe8:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80402fec:	079d                	add	a5,a5,7
80402fee:	9be1                	and	a5,a5,-8
80402ff0:	0047ab83          	lw	s7,4(a5)
80402ff4:	0007a883          	lw	a7,0(a5)
80402ff8:	00878713          	add	a4,a5,8
80402ffc:	414bd993          	sra	s3,s7,0x14
80403000:	00cb9c13          	sll	s8,s7,0xc
80403004:	7ff9f993          	and	s3,s3,2047
80403008:	00cc5c93          	srl	s9,s8,0xc
8040300c:	015deab3          	or	s5,s11,s5
80403010:	0119e533          	or	a0,s3,a7
80403014:	fff94913          	not	s2,s2
80403018:	0ac2                	sll	s5,s5,0x10
8040301a:	d23a                	sw	a4,36(sp)
8040301c:	019567b3          	or	a5,a0,s9
80403020:	02097913          	and	s2,s2,32
80403024:	010ada93          	srl	s5,s5,0x10
80403028:	86c6                	mv	a3,a7
8040302a:	8c66                	mv	s8,s9
8040302c:	040df813          	and	a6,s11,64
80403030:	01fbdb93          	srl	s7,s7,0x1f
80403034:	efcd                	bnez	a5,804030ee <__d_vfprintf+0x30c>
80403036:	03000793          	li	a5,48
8040303a:	0ffbfb93          	zext.b	s7,s7
8040303e:	02f106a3          	sb	a5,45(sp)
80403042:	03710623          	sb	s7,44(sp)
80403046:	26080363          	beqz	a6,804032ac <__d_vfprintf+0x4ca>
8040304a:	47b1                	li	a5,12
8040304c:	4981                	li	s3,0
8040304e:	0da7d463          	bge	a5,s10,80403116 <__d_vfprintf+0x334>
80403052:	4d35                	li	s10,13
80403054:	aab5                	j	804031d0 <__d_vfprintf+0x3ee>
80403056:	e57906e3          	beq	s2,s7,80402ea2 <__d_vfprintf+0xc0>
8040305a:	e58904e3          	beq	s2,s8,80402ea2 <__d_vfprintf+0xc0>
8040305e:	b791                	j	80402fa2 <__d_vfprintf+0x1c0>
80403060:	080df793          	and	a5,s11,128
80403064:	c399                	beqz	a5,8040306a <__d_vfprintf+0x288>
80403066:	200ded93          	or	s11,s11,512
8040306a:	080ded93          	or	s11,s11,128
8040306e:	bd15                	j	80402ea2 <__d_vfprintf+0xc0>
80403070:	100df793          	and	a5,s11,256
80403074:	c399                	beqz	a5,8040307a <__d_vfprintf+0x298>
80403076:	200ded93          	or	s11,s11,512
8040307a:	100ded93          	or	s11,s11,256
8040307e:	b515                	j	80402ea2 <__d_vfprintf+0xc0>
80403080:	280ded93          	or	s11,s11,640
80403084:	bd39                	j	80402ea2 <__d_vfprintf+0xc0>
80403086:	875a                	mv	a4,s6
80403088:	4d01                	li	s10,0
8040308a:	4b01                	li	s6,0
8040308c:	8aba                	mv	s5,a4
8040308e:	4d81                	li	s11,0
80403090:	bd09                	j	80402ea2 <__d_vfprintf+0xc0>
80403092:	5792                	lw	a5,36(sp)
80403094:	fff94913          	not	s2,s2
80403098:	02097913          	and	s2,s2,32
8040309c:	079d                	add	a5,a5,7
8040309e:	9be1                	and	a5,a5,-8
804030a0:	00878713          	add	a4,a5,8
804030a4:	4388                	lw	a0,0(a5)
804030a6:	43cc                	lw	a1,4(a5)
804030a8:	d23a                	sw	a4,36(sp)
804030aa:	040df793          	and	a5,s11,64
804030ae:	22078363          	beqz	a5,804032d4 <__d_vfprintf+0x4f2>
804030b2:	06500793          	li	a5,101
804030b6:	22fc9163          	bne	s9,a5,804032d8 <__d_vfprintf+0x4f6>
804030ba:	6785                	lui	a5,0x1
804030bc:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fb9e2b1>
804030c0:	00fdedb3          	or	s11,s11,a5
804030c4:	0ff67613          	zext.b	a2,a2
804030c8:	4701                	li	a4,0
804030ca:	4781                	li	a5,0
804030cc:	4345                	li	t1,17
804030ce:	0ff67693          	zext.b	a3,a2
804030d2:	00c37363          	bgeu	t1,a2,804030d8 <__d_vfprintf+0x2f6>
804030d6:	46c5                	li	a3,17
804030d8:	1030                	add	a2,sp,40
804030da:	00001097          	auipc	ra,0x1
804030de:	bbe080e7          	jalr	-1090(ra) # 80403c98 <__dtoa_engine>
804030e2:	0ff57b93          	zext.b	s7,a0
804030e6:	59a2                	lw	s3,40(sp)
804030e8:	8aee                	mv	s5,s11
804030ea:	4c09                	li	s8,2
804030ec:	aa21                	j	80403204 <__d_vfprintf+0x422>
804030ee:	03100793          	li	a5,49
804030f2:	00099563          	bnez	s3,804030fc <__d_vfprintf+0x31a>
804030f6:	03000793          	li	a5,48
804030fa:	4985                	li	s3,1
804030fc:	0ffbfb93          	zext.b	s7,s7
80403100:	02f106a3          	sb	a5,45(sp)
80403104:	03710623          	sb	s7,44(sp)
80403108:	c0198993          	add	s3,s3,-1023
8040310c:	18080763          	beqz	a6,8040329a <__d_vfprintf+0x4b8>
80403110:	47b1                	li	a5,12
80403112:	19a7c663          	blt	a5,s10,8040329e <__d_vfprintf+0x4bc>
80403116:	4335                	li	t1,13
80403118:	41a30333          	sub	t1,t1,s10
8040311c:	00231d93          	sll	s11,t1,0x2
80403120:	fffd8613          	add	a2,s11,-1
80403124:	4505                	li	a0,1
80403126:	4581                	li	a1,0
80403128:	ca46                	sw	a7,20(sp)
8040312a:	c836                	sw	a3,16(sp)
8040312c:	fffff097          	auipc	ra,0xfffff
80403130:	1ac080e7          	jalr	428(ra) # 804022d8 <__ashldi3>
80403134:	84aa                	mv	s1,a0
80403136:	872e                	mv	a4,a1
80403138:	00171793          	sll	a5,a4,0x1
8040313c:	85aa                	mv	a1,a0
8040313e:	01f4d513          	srl	a0,s1,0x1f
80403142:	00149e13          	sll	t3,s1,0x1
80403146:	8fc9                	or	a5,a5,a0
80403148:	40f00c33          	neg	s8,a5
8040314c:	01c03533          	snez	a0,t3
80403150:	48d2                	lw	a7,20(sp)
80403152:	41c00833          	neg	a6,t3
80403156:	40ac0c33          	sub	s8,s8,a0
8040315a:	fffe0513          	add	a0,t3,-1
8040315e:	001e3e13          	seqz	t3,t3
80403162:	41c787b3          	sub	a5,a5,t3
80403166:	0197f7b3          	and	a5,a5,s9
8040316a:	01157533          	and	a0,a0,a7
8040316e:	02f74863          	blt	a4,a5,8040319e <__d_vfprintf+0x3bc>
80403172:	46c2                	lw	a3,16(sp)
80403174:	00e79463          	bne	a5,a4,8040317c <__d_vfprintf+0x39a>
80403178:	02a5e363          	bltu	a1,a0,8040319e <__d_vfprintf+0x3bc>
8040317c:	8546                	mv	a0,a7
8040317e:	866e                	mv	a2,s11
80403180:	85e6                	mv	a1,s9
80403182:	ce3a                	sw	a4,28(sp)
80403184:	cc42                	sw	a6,24(sp)
80403186:	ca36                	sw	a3,20(sp)
80403188:	c846                	sw	a7,16(sp)
8040318a:	fffff097          	auipc	ra,0xfffff
8040318e:	176080e7          	jalr	374(ra) # 80402300 <__ashrdi3>
80403192:	8905                	and	a0,a0,1
80403194:	48c2                	lw	a7,16(sp)
80403196:	46d2                	lw	a3,20(sp)
80403198:	4862                	lw	a6,24(sp)
8040319a:	4772                	lw	a4,28(sp)
8040319c:	c94d                	beqz	a0,8040324e <__d_vfprintf+0x46c>
8040319e:	00988533          	add	a0,a7,s1
804031a2:	01153db3          	sltu	s11,a0,a7
804031a6:	9766                	add	a4,a4,s9
804031a8:	00ed8cb3          	add	s9,s11,a4
804031ac:	001007b7          	lui	a5,0x100
804031b0:	86aa                	mv	a3,a0
804031b2:	08fcce63          	blt	s9,a5,8040324e <__d_vfprintf+0x46c>
804031b6:	02d14783          	lbu	a5,45(sp)
804031ba:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
804031bc:	02f106a3          	sb	a5,45(sp)
804031c0:	40000793          	li	a5,1024
804031c4:	0af98163          	beq	s3,a5,80403266 <__d_vfprintf+0x484>
804031c8:	00a87533          	and	a0,a6,a0
804031cc:	019c7c33          	and	s8,s8,s9
804031d0:	05700613          	li	a2,87
804031d4:	1034                	add	a3,sp,40
804031d6:	4735                	li	a4,13
804031d8:	45a5                	li	a1,9
804031da:	41260633          	sub	a2,a2,s2
804031de:	01cc1813          	sll	a6,s8,0x1c
804031e2:	00f57793          	and	a5,a0,15
804031e6:	8111                	srl	a0,a0,0x4
804031e8:	00a86533          	or	a0,a6,a0
804031ec:	404c5c13          	sra	s8,s8,0x4
804031f0:	e7e1                	bnez	a5,804032b8 <__d_vfprintf+0x4d6>
804031f2:	0ced5563          	bge	s10,a4,804032bc <__d_vfprintf+0x4da>
804031f6:	177d                	add	a4,a4,-1
804031f8:	16fd                	add	a3,a3,-1
804031fa:	f375                	bnez	a4,804031de <__d_vfprintf+0x3fc>
804031fc:	4c05                	li	s8,1
804031fe:	4bb9                	li	s7,14
80403200:	07000c93          	li	s9,112
80403204:	00998713          	add	a4,s3,9
80403208:	46c9                	li	a3,18
8040320a:	87ce                	mv	a5,s3
8040320c:	06e6e863          	bltu	a3,a4,8040327c <__d_vfprintf+0x49a>
80403210:	02c14703          	lbu	a4,44(sp)
80403214:	00177d93          	and	s11,a4,1
80403218:	8b31                	and	a4,a4,12
8040321a:	120d9a63          	bnez	s11,8040334e <__d_vfprintf+0x56c>
8040321e:	002af793          	and	a5,s5,2
80403222:	12079263          	bnez	a5,80403346 <__d_vfprintf+0x564>
80403226:	004af793          	and	a5,s5,4
8040322a:	cfe9                	beqz	a5,80403304 <__d_vfprintf+0x522>
8040322c:	12071563          	bnez	a4,80403356 <__d_vfprintf+0x574>
80403230:	02000713          	li	a4,32
80403234:	678d                	lui	a5,0x3
80403236:	00faf7b3          	and	a5,s5,a5
8040323a:	1c079363          	bnez	a5,80403400 <__d_vfprintf+0x61e>
8040323e:	000d1363          	bnez	s10,80403244 <__d_vfprintf+0x462>
80403242:	4d05                	li	s10,1
80403244:	103c                	add	a5,sp,40
80403246:	97de                	add	a5,a5,s7
80403248:	03000693          	li	a3,48
8040324c:	aa9d                	j	804033c2 <__d_vfprintf+0x5e0>
8040324e:	0106f6b3          	and	a3,a3,a6
80403252:	018cfcb3          	and	s9,s9,s8
80403256:	40000793          	li	a5,1024
8040325a:	04f99c63          	bne	s3,a5,804032b2 <__d_vfprintf+0x4d0>
8040325e:	0196ecb3          	or	s9,a3,s9
80403262:	040c8063          	beqz	s9,804032a2 <__d_vfprintf+0x4c0>
80403266:	008beb93          	or	s7,s7,8
8040326a:	03710623          	sb	s7,44(sp)
8040326e:	40000993          	li	s3,1024
80403272:	4bb9                	li	s7,14
80403274:	07000c93          	li	s9,112
80403278:	40000793          	li	a5,1024
8040327c:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
80403280:	0c600693          	li	a3,198
80403284:	4c09                	li	s8,2
80403286:	f8e6f5e3          	bgeu	a3,a4,80403210 <__d_vfprintf+0x42e>
8040328a:	3e778793          	add	a5,a5,999
8040328e:	7ce00c13          	li	s8,1998
80403292:	00fc3c33          	sltu	s8,s8,a5
80403296:	0c0d                	add	s8,s8,3
80403298:	bfa5                	j	80403210 <__d_vfprintf+0x42e>
8040329a:	4d01                	li	s10,0
8040329c:	bf6d                	j	80403256 <__d_vfprintf+0x474>
8040329e:	4d35                	li	s10,13
804032a0:	bf5d                	j	80403256 <__d_vfprintf+0x474>
804032a2:	004beb93          	or	s7,s7,4
804032a6:	03710623          	sb	s7,44(sp)
804032aa:	b7e1                	j	80403272 <__d_vfprintf+0x490>
804032ac:	4981                	li	s3,0
804032ae:	4d01                	li	s10,0
804032b0:	b705                	j	804031d0 <__d_vfprintf+0x3ee>
804032b2:	8536                	mv	a0,a3
804032b4:	8c66                	mv	s8,s9
804032b6:	bf29                	j	804031d0 <__d_vfprintf+0x3ee>
804032b8:	00f5ea63          	bltu	a1,a5,804032cc <__d_vfprintf+0x4ea>
804032bc:	03078793          	add	a5,a5,48
804032c0:	00f68923          	sb	a5,18(a3)
804032c4:	f2ed59e3          	bge	s10,a4,804031f6 <__d_vfprintf+0x414>
804032c8:	8d3a                	mv	s10,a4
804032ca:	b735                	j	804031f6 <__d_vfprintf+0x414>
804032cc:	97b2                	add	a5,a5,a2
804032ce:	0ff7f793          	zext.b	a5,a5
804032d2:	b7fd                	j	804032c0 <__d_vfprintf+0x4de>
804032d4:	4d19                	li	s10,6
804032d6:	bbf1                	j	804030b2 <__d_vfprintf+0x2d0>
804032d8:	06600793          	li	a5,102
804032dc:	00fc9963          	bne	s9,a5,804032ee <__d_vfprintf+0x50c>
804032e0:	6789                	lui	a5,0x2
804032e2:	00fdedb3          	or	s11,s11,a5
804032e6:	4705                	li	a4,1
804032e8:	87ea                	mv	a5,s10
804032ea:	4645                	li	a2,17
804032ec:	b3c5                	j	804030cc <__d_vfprintf+0x2ea>
804032ee:	0ffd7793          	zext.b	a5,s10
804032f2:	0ffd7613          	zext.b	a2,s10
804032f6:	e391                	bnez	a5,804032fa <__d_vfprintf+0x518>
804032f8:	4605                	li	a2,1
804032fa:	4701                	li	a4,0
804032fc:	4781                	li	a5,0
804032fe:	06500c93          	li	s9,101
80403302:	b3e9                	j	804030cc <__d_vfprintf+0x2ea>
80403304:	db05                	beqz	a4,80403234 <__d_vfprintf+0x452>
80403306:	478d                	li	a5,3
80403308:	0967d163          	bge	a5,s6,8040338a <__d_vfprintf+0x5a8>
8040330c:	008afa93          	and	s5,s5,8
80403310:	ffdb0493          	add	s1,s6,-3
80403314:	000a9f63          	bnez	s5,80403332 <__d_vfprintf+0x550>
80403318:	94a2                	add	s1,s1,s0
8040331a:	4582                	lw	a1,0(sp)
8040331c:	02000513          	li	a0,32
80403320:	0405                	add	s0,s0,1
80403322:	9a02                	jalr	s4
80403324:	b00540e3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
80403328:	fe8499e3          	bne	s1,s0,8040331a <__d_vfprintf+0x538>
8040332c:	4481                	li	s1,0
8040332e:	020d9f63          	bnez	s11,8040336c <__d_vfprintf+0x58a>
80403332:	02c14783          	lbu	a5,44(sp)
80403336:	8ba1                	and	a5,a5,8
80403338:	efad                	bnez	a5,804033b2 <__d_vfprintf+0x5d0>
8040333a:	804079b7          	lui	s3,0x80407
8040333e:	b3c98993          	add	s3,s3,-1220 # 80406b3c <__clz_tab+0x100>
80403342:	8c22                	mv	s8,s0
80403344:	a8b1                	j	804033a0 <__d_vfprintf+0x5be>
80403346:	eb15                	bnez	a4,8040337a <__d_vfprintf+0x598>
80403348:	02b00713          	li	a4,43
8040334c:	b5e5                	j	80403234 <__d_vfprintf+0x452>
8040334e:	eb0d                	bnez	a4,80403380 <__d_vfprintf+0x59e>
80403350:	02d00713          	li	a4,45
80403354:	b5c5                	j	80403234 <__d_vfprintf+0x452>
80403356:	02000d93          	li	s11,32
8040335a:	4791                	li	a5,4
8040335c:	0367d563          	bge	a5,s6,80403386 <__d_vfprintf+0x5a4>
80403360:	008afa93          	and	s5,s5,8
80403364:	ffcb0493          	add	s1,s6,-4
80403368:	fa0a88e3          	beqz	s5,80403318 <__d_vfprintf+0x536>
8040336c:	4582                	lw	a1,0(sp)
8040336e:	856e                	mv	a0,s11
80403370:	0405                	add	s0,s0,1
80403372:	9a02                	jalr	s4
80403374:	fa055fe3          	bgez	a0,80403332 <__d_vfprintf+0x550>
80403378:	b475                	j	80402e24 <__d_vfprintf+0x42>
8040337a:	02b00d93          	li	s11,43
8040337e:	bff1                	j	8040335a <__d_vfprintf+0x578>
80403380:	02d00d93          	li	s11,45
80403384:	bfd9                	j	8040335a <__d_vfprintf+0x578>
80403386:	4481                	li	s1,0
80403388:	b7d5                	j	8040336c <__d_vfprintf+0x58a>
8040338a:	4481                	li	s1,0
8040338c:	b75d                	j	80403332 <__d_vfprintf+0x550>
8040338e:	4582                	lw	a1,0(sp)
80403390:	41250533          	sub	a0,a0,s2
80403394:	0ff57513          	zext.b	a0,a0
80403398:	0c05                	add	s8,s8,1
8040339a:	9a02                	jalr	s4
8040339c:	a80544e3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804033a0:	408c07b3          	sub	a5,s8,s0
804033a4:	97ce                	add	a5,a5,s3
804033a6:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
804033aa:	f175                	bnez	a0,8040338e <__d_vfprintf+0x5ac>
804033ac:	8462                	mv	s0,s8
804033ae:	94e2                	add	s1,s1,s8
804033b0:	a535                	j	804039dc <__d_vfprintf+0xbfa>
804033b2:	804079b7          	lui	s3,0x80407
804033b6:	b4098993          	add	s3,s3,-1216 # 80406b40 <__clz_tab+0x104>
804033ba:	b761                	j	80403342 <__d_vfprintf+0x560>
804033bc:	1bfd                	add	s7,s7,-1
804033be:	0ffbfb93          	zext.b	s7,s7
804033c2:	000b8763          	beqz	s7,804033d0 <__d_vfprintf+0x5ee>
804033c6:	0047c603          	lbu	a2,4(a5)
804033ca:	17fd                	add	a5,a5,-1
804033cc:	fed608e3          	beq	a2,a3,804033bc <__d_vfprintf+0x5da>
804033d0:	010af693          	and	a3,s5,16
804033d4:	87ea                	mv	a5,s10
804033d6:	e291                	bnez	a3,804033da <__d_vfprintf+0x5f8>
804033d8:	87de                	mv	a5,s7
804033da:	56f1                	li	a3,-4
804033dc:	0ed9cc63          	blt	s3,a3,804034d4 <__d_vfprintf+0x6f2>
804033e0:	0fa9da63          	bge	s3,s10,804034d4 <__d_vfprintf+0x6f2>
804033e4:	6689                	lui	a3,0x2
804033e6:	00dae6b3          	or	a3,s5,a3
804033ea:	01069a93          	sll	s5,a3,0x10
804033ee:	010ada93          	srl	s5,s5,0x10
804033f2:	4d01                	li	s10,0
804033f4:	00f9d663          	bge	s3,a5,80403400 <__d_vfprintf+0x61e>
804033f8:	00198893          	add	a7,s3,1
804033fc:	41178d33          	sub	s10,a5,a7
80403400:	6d89                	lui	s11,0x2
80403402:	01bafdb3          	and	s11,s5,s11
80403406:	0c0d8a63          	beqz	s11,804034da <__d_vfprintf+0x6f8>
8040340a:	87ce                	mv	a5,s3
8040340c:	0009d363          	bgez	s3,80403412 <__d_vfprintf+0x630>
80403410:	4781                	li	a5,0
80403412:	0785                	add	a5,a5,1
80403414:	c311                	beqz	a4,80403418 <__d_vfprintf+0x636>
80403416:	0785                	add	a5,a5,1
80403418:	0c0d0963          	beqz	s10,804034ea <__d_vfprintf+0x708>
8040341c:	001d0693          	add	a3,s10,1
80403420:	97b6                	add	a5,a5,a3
80403422:	4481                	li	s1,0
80403424:	0167d463          	bge	a5,s6,8040342c <__d_vfprintf+0x64a>
80403428:	40fb04b3          	sub	s1,s6,a5
8040342c:	009af793          	and	a5,s5,9
80403430:	e789                	bnez	a5,8040343a <__d_vfprintf+0x658>
80403432:	94a2                	add	s1,s1,s0
80403434:	0c849063          	bne	s1,s0,804034f4 <__d_vfprintf+0x712>
80403438:	4481                	li	s1,0
8040343a:	c719                	beqz	a4,80403448 <__d_vfprintf+0x666>
8040343c:	4582                	lw	a1,0(sp)
8040343e:	853a                	mv	a0,a4
80403440:	0405                	add	s0,s0,1
80403442:	9a02                	jalr	s4
80403444:	9e0540e3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
80403448:	00bad793          	srl	a5,s5,0xb
8040344c:	8b85                	and	a5,a5,1
8040344e:	c395                	beqz	a5,80403472 <__d_vfprintf+0x690>
80403450:	4582                	lw	a1,0(sp)
80403452:	03000513          	li	a0,48
80403456:	9a02                	jalr	s4
80403458:	9c0546e3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
8040345c:	07800513          	li	a0,120
80403460:	4582                	lw	a1,0(sp)
80403462:	41250533          	sub	a0,a0,s2
80403466:	0f857513          	and	a0,a0,248
8040346a:	0409                	add	s0,s0,2
8040346c:	9a02                	jalr	s4
8040346e:	9a054be3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
80403472:	008af793          	and	a5,s5,8
80403476:	e791                	bnez	a5,80403482 <__d_vfprintf+0x6a0>
80403478:	8b22                	mv	s6,s0
8040347a:	9426                	add	s0,s0,s1
8040347c:	09641663          	bne	s0,s6,80403508 <__d_vfprintf+0x726>
80403480:	4481                	li	s1,0
80403482:	0c0d8f63          	beqz	s11,80403560 <__d_vfprintf+0x77e>
80403486:	8cce                	mv	s9,s3
80403488:	0009d363          	bgez	s3,8040348e <__d_vfprintf+0x6ac>
8040348c:	4c81                	li	s9,0
8040348e:	41998db3          	sub	s11,s3,s9
80403492:	41a00d33          	neg	s10,s10
80403496:	5b7d                	li	s6,-1
80403498:	03000513          	li	a0,48
8040349c:	017df663          	bgeu	s11,s7,804034a8 <__d_vfprintf+0x6c6>
804034a0:	103c                	add	a5,sp,40
804034a2:	97ee                	add	a5,a5,s11
804034a4:	0057c503          	lbu	a0,5(a5)
804034a8:	1cfd                	add	s9,s9,-1
804034aa:	00140c13          	add	s8,s0,1
804034ae:	07acc563          	blt	s9,s10,80403518 <__d_vfprintf+0x736>
804034b2:	4582                	lw	a1,0(sp)
804034b4:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
804034b6:	9a02                	jalr	s4
804034b8:	960546e3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804034bc:	016c9a63          	bne	s9,s6,804034d0 <__d_vfprintf+0x6ee>
804034c0:	4582                	lw	a1,0(sp)
804034c2:	02e00513          	li	a0,46
804034c6:	9a02                	jalr	s4
804034c8:	94054ee3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804034cc:	00240c13          	add	s8,s0,2
804034d0:	8462                	mv	s0,s8
804034d2:	b7d9                	j	80403498 <__d_vfprintf+0x6b6>
804034d4:	fff78d13          	add	s10,a5,-1
804034d8:	b725                	j	80403400 <__d_vfprintf+0x61e>
804034da:	00bad693          	srl	a3,s5,0xb
804034de:	8a85                	and	a3,a3,1
804034e0:	478d                	li	a5,3
804034e2:	c291                	beqz	a3,804034e6 <__d_vfprintf+0x704>
804034e4:	4795                	li	a5,5
804034e6:	97e2                	add	a5,a5,s8
804034e8:	b735                	j	80403414 <__d_vfprintf+0x632>
804034ea:	010af693          	and	a3,s5,16
804034ee:	da95                	beqz	a3,80403422 <__d_vfprintf+0x640>
804034f0:	0785                	add	a5,a5,1
804034f2:	bf05                	j	80403422 <__d_vfprintf+0x640>
804034f4:	4582                	lw	a1,0(sp)
804034f6:	02000513          	li	a0,32
804034fa:	c83a                	sw	a4,16(sp)
804034fc:	9a02                	jalr	s4
804034fe:	4742                	lw	a4,16(sp)
80403500:	0405                	add	s0,s0,1
80403502:	f20559e3          	bgez	a0,80403434 <__d_vfprintf+0x652>
80403506:	ba39                	j	80402e24 <__d_vfprintf+0x42>
80403508:	4582                	lw	a1,0(sp)
8040350a:	03000513          	li	a0,48
8040350e:	0b05                	add	s6,s6,1
80403510:	9a02                	jalr	s4
80403512:	f60555e3          	bgez	a0,8040347c <__d_vfprintf+0x69a>
80403516:	b239                	j	80402e24 <__d_vfprintf+0x42>
80403518:	033c9063          	bne	s9,s3,80403538 <__d_vfprintf+0x756>
8040351c:	02d14703          	lbu	a4,45(sp)
80403520:	03500793          	li	a5,53
80403524:	00e7e863          	bltu	a5,a4,80403534 <__d_vfprintf+0x752>
80403528:	00f71863          	bne	a4,a5,80403538 <__d_vfprintf+0x756>
8040352c:	02c14783          	lbu	a5,44(sp)
80403530:	8bc1                	and	a5,a5,16
80403532:	e399                	bnez	a5,80403538 <__d_vfprintf+0x756>
80403534:	03100513          	li	a0,49
80403538:	4582                	lw	a1,0(sp)
8040353a:	9a02                	jalr	s4
8040353c:	8e0544e3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
80403540:	010afa93          	and	s5,s5,16
80403544:	e60a84e3          	beqz	s5,804033ac <__d_vfprintf+0x5ca>
80403548:	57fd                	li	a5,-1
8040354a:	e6fc91e3          	bne	s9,a5,804033ac <__d_vfprintf+0x5ca>
8040354e:	4582                	lw	a1,0(sp)
80403550:	00240c13          	add	s8,s0,2
80403554:	02e00513          	li	a0,46
80403558:	9a02                	jalr	s4
8040355a:	e40559e3          	bgez	a0,804033ac <__d_vfprintf+0x5ca>
8040355e:	b0d9                	j	80402e24 <__d_vfprintf+0x42>
80403560:	02d14503          	lbu	a0,45(sp)
80403564:	03100793          	li	a5,49
80403568:	00f50763          	beq	a0,a5,80403576 <__d_vfprintf+0x794>
8040356c:	02c14783          	lbu	a5,44(sp)
80403570:	9bbd                	and	a5,a5,-17
80403572:	02f10623          	sb	a5,44(sp)
80403576:	4582                	lw	a1,0(sp)
80403578:	9a02                	jalr	s4
8040357a:	8a0545e3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
8040357e:	0da05a63          	blez	s10,80403652 <__d_vfprintf+0x870>
80403582:	4582                	lw	a1,0(sp)
80403584:	02e00513          	li	a0,46
80403588:	0409                	add	s0,s0,2
8040358a:	9a02                	jalr	s4
8040358c:	88054ce3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
80403590:	4a85                	li	s5,1
80403592:	4785                	li	a5,1
80403594:	0405                	add	s0,s0,1
80403596:	03000513          	li	a0,48
8040359a:	017af863          	bgeu	s5,s7,804035aa <__d_vfprintf+0x7c8>
8040359e:	02078793          	add	a5,a5,32
804035a2:	1018                	add	a4,sp,32
804035a4:	97ba                	add	a5,a5,a4
804035a6:	fed7c503          	lbu	a0,-19(a5)
804035aa:	4582                	lw	a1,0(sp)
804035ac:	9a02                	jalr	s4
804035ae:	86054be3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804035b2:	0a85                	add	s5,s5,1
804035b4:	0ffafa93          	zext.b	s5,s5
804035b8:	87d6                	mv	a5,s5
804035ba:	fd5d5de3          	bge	s10,s5,80403594 <__d_vfprintf+0x7b2>
804035be:	4582                	lw	a1,0(sp)
804035c0:	412c8533          	sub	a0,s9,s2
804035c4:	0ff57513          	zext.b	a0,a0
804035c8:	9a02                	jalr	s4
804035ca:	84054de3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804035ce:	0009ca63          	bltz	s3,804035e2 <__d_vfprintf+0x800>
804035d2:	02b00513          	li	a0,43
804035d6:	00099a63          	bnez	s3,804035ea <__d_vfprintf+0x808>
804035da:	02c14783          	lbu	a5,44(sp)
804035de:	8bc1                	and	a5,a5,16
804035e0:	c789                	beqz	a5,804035ea <__d_vfprintf+0x808>
804035e2:	413009b3          	neg	s3,s3
804035e6:	02d00513          	li	a0,45
804035ea:	4582                	lw	a1,0(sp)
804035ec:	9a02                	jalr	s4
804035ee:	82054be3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804035f2:	4791                	li	a5,4
804035f4:	06fc1e63          	bne	s8,a5,80403670 <__d_vfprintf+0x88e>
804035f8:	3e800913          	li	s2,1000
804035fc:	0329c533          	div	a0,s3,s2
80403600:	4582                	lw	a1,0(sp)
80403602:	040d                	add	s0,s0,3
80403604:	03050513          	add	a0,a0,48
80403608:	0ff57513          	zext.b	a0,a0
8040360c:	9a02                	jalr	s4
8040360e:	80054be3          	bltz	a0,80402e24 <__d_vfprintf+0x42>
80403612:	0329e9b3          	rem	s3,s3,s2
80403616:	06400913          	li	s2,100
8040361a:	4582                	lw	a1,0(sp)
8040361c:	0405                	add	s0,s0,1
8040361e:	0329c533          	div	a0,s3,s2
80403622:	03050513          	add	a0,a0,48
80403626:	0ff57513          	zext.b	a0,a0
8040362a:	9a02                	jalr	s4
8040362c:	fe054c63          	bltz	a0,80402e24 <__d_vfprintf+0x42>
80403630:	0329e9b3          	rem	s3,s3,s2
80403634:	4929                	li	s2,10
80403636:	4582                	lw	a1,0(sp)
80403638:	0405                	add	s0,s0,1
8040363a:	0329c533          	div	a0,s3,s2
8040363e:	03050513          	add	a0,a0,48
80403642:	0ff57513          	zext.b	a0,a0
80403646:	9a02                	jalr	s4
80403648:	fc054e63          	bltz	a0,80402e24 <__d_vfprintf+0x42>
8040364c:	0329e9b3          	rem	s3,s3,s2
80403650:	a03d                	j	8040367e <__d_vfprintf+0x89c>
80403652:	010afa93          	and	s5,s5,16
80403656:	000a9463          	bnez	s5,8040365e <__d_vfprintf+0x87c>
8040365a:	0405                	add	s0,s0,1
8040365c:	b78d                	j	804035be <__d_vfprintf+0x7dc>
8040365e:	4582                	lw	a1,0(sp)
80403660:	02e00513          	li	a0,46
80403664:	0409                	add	s0,s0,2
80403666:	9a02                	jalr	s4
80403668:	f4055be3          	bgez	a0,804035be <__d_vfprintf+0x7dc>
8040366c:	fb8ff06f          	j	80402e24 <__d_vfprintf+0x42>
80403670:	478d                	li	a5,3
80403672:	0409                	add	s0,s0,2
80403674:	fafc01e3          	beq	s8,a5,80403616 <__d_vfprintf+0x834>
80403678:	4785                	li	a5,1
8040367a:	fafc1de3          	bne	s8,a5,80403634 <__d_vfprintf+0x852>
8040367e:	03098513          	add	a0,s3,48
80403682:	4582                	lw	a1,0(sp)
80403684:	00140c13          	add	s8,s0,1
80403688:	0ff57513          	zext.b	a0,a0
8040368c:	b5f1                	j	80403558 <__d_vfprintf+0x776>
8040368e:	f9d90793          	add	a5,s2,-99
80403692:	0ff7f793          	zext.b	a5,a5
80403696:	4749                	li	a4,18
80403698:	20f76363          	bltu	a4,a5,8040389e <__d_vfprintf+0xabc>
8040369c:	80406737          	lui	a4,0x80406
804036a0:	078a                	sll	a5,a5,0x2
804036a2:	6b470713          	add	a4,a4,1716 # 804066b4 <msg.0+0x60>
804036a6:	97ba                	add	a5,a5,a4
804036a8:	439c                	lw	a5,0(a5)
804036aa:	8782                	jr	a5
804036ac:	5792                	lw	a5,36(sp)
804036ae:	4485                	li	s1,1
804036b0:	02810993          	add	s3,sp,40
804036b4:	00478713          	add	a4,a5,4
804036b8:	439c                	lw	a5,0(a5)
804036ba:	d23a                	sw	a4,36(sp)
804036bc:	02f10423          	sb	a5,40(sp)
804036c0:	008df813          	and	a6,s11,8
804036c4:	06080063          	beqz	a6,80403724 <__d_vfprintf+0x942>
804036c8:	4901                	li	s2,0
804036ca:	05249f63          	bne	s1,s2,80403728 <__d_vfprintf+0x946>
804036ce:	00940c33          	add	s8,s0,s1
804036d2:	409b04b3          	sub	s1,s6,s1
804036d6:	b9d9                	j	804033ac <__d_vfprintf+0x5ca>
804036d8:	5792                	lw	a5,36(sp)
804036da:	00478713          	add	a4,a5,4
804036de:	d23a                	sw	a4,36(sp)
804036e0:	0007a983          	lw	s3,0(a5)
804036e4:	00099663          	bnez	s3,804036f0 <__d_vfprintf+0x90e>
804036e8:	804079b7          	lui	s3,0x80407
804036ec:	b4498993          	add	s3,s3,-1212 # 80406b44 <__clz_tab+0x108>
804036f0:	040df793          	and	a5,s11,64
804036f4:	55fd                	li	a1,-1
804036f6:	c391                	beqz	a5,804036fa <__d_vfprintf+0x918>
804036f8:	85ea                	mv	a1,s10
804036fa:	854e                	mv	a0,s3
804036fc:	00001097          	auipc	ra,0x1
80403700:	e0c080e7          	jalr	-500(ra) # 80404508 <strnlen>
80403704:	84aa                	mv	s1,a0
80403706:	bf6d                	j	804036c0 <__d_vfprintf+0x8de>
80403708:	4582                	lw	a1,0(sp)
8040370a:	02000513          	li	a0,32
8040370e:	9a02                	jalr	s4
80403710:	f0054a63          	bltz	a0,80402e24 <__d_vfprintf+0x42>
80403714:	197d                	add	s2,s2,-1
80403716:	ff24e9e3          	bltu	s1,s2,80403708 <__d_vfprintf+0x926>
8040371a:	945a                	add	s0,s0,s6
8040371c:	41240433          	sub	s0,s0,s2
80403720:	8b4a                	mv	s6,s2
80403722:	b75d                	j	804036c8 <__d_vfprintf+0x8e6>
80403724:	895a                	mv	s2,s6
80403726:	bfc5                	j	80403716 <__d_vfprintf+0x934>
80403728:	012987b3          	add	a5,s3,s2
8040372c:	4582                	lw	a1,0(sp)
8040372e:	0007c503          	lbu	a0,0(a5)
80403732:	0905                	add	s2,s2,1
80403734:	9a02                	jalr	s4
80403736:	f8055ae3          	bgez	a0,804036ca <__d_vfprintf+0x8e8>
8040373a:	eeaff06f          	j	80402e24 <__d_vfprintf+0x42>
8040373e:	080df713          	and	a4,s11,128
80403742:	5792                	lw	a5,36(sp)
80403744:	cf59                	beqz	a4,804037e2 <__d_vfprintf+0xa00>
80403746:	200df713          	and	a4,s11,512
8040374a:	c749                	beqz	a4,804037d4 <__d_vfprintf+0x9f2>
8040374c:	079d                	add	a5,a5,7
8040374e:	9be1                	and	a5,a5,-8
80403750:	4388                	lw	a0,0(a5)
80403752:	43cc                	lw	a1,4(a5)
80403754:	00878713          	add	a4,a5,8
80403758:	d23a                	sw	a4,36(sp)
8040375a:	fefdf993          	and	s3,s11,-17
8040375e:	09c2                	sll	s3,s3,0x10
80403760:	0109d993          	srl	s3,s3,0x10
80403764:	0805df63          	bgez	a1,80403802 <__d_vfprintf+0xa20>
80403768:	00a037b3          	snez	a5,a0
8040376c:	40b005b3          	neg	a1,a1
80403770:	8d9d                	sub	a1,a1,a5
80403772:	40a00533          	neg	a0,a0
80403776:	4009e993          	or	s3,s3,1024
8040377a:	02810a93          	add	s5,sp,40
8040377e:	46a9                	li	a3,10
80403780:	8656                	mv	a2,s5
80403782:	fffff097          	auipc	ra,0xfffff
80403786:	44c080e7          	jalr	1100(ra) # 80402bce <__ultoa_invert>
8040378a:	0409f793          	and	a5,s3,64
8040378e:	41550ab3          	sub	s5,a0,s5
80403792:	c7f5                	beqz	a5,8040387e <__d_vfprintf+0xa9c>
80403794:	ffe9f793          	and	a5,s3,-2
80403798:	07c2                	sll	a5,a5,0x10
8040379a:	83c1                	srl	a5,a5,0x10
8040379c:	19aad563          	bge	s5,s10,80403926 <__d_vfprintf+0xb44>
804037a0:	16090c63          	beqz	s2,80403918 <__d_vfprintf+0xb36>
804037a4:	0109fc13          	and	s8,s3,16
804037a8:	84ea                	mv	s1,s10
804037aa:	89be                	mv	s3,a5
804037ac:	060c0a63          	beqz	s8,80403820 <__d_vfprintf+0xa3e>
804037b0:	0489                	add	s1,s1,2
804037b2:	0089f793          	and	a5,s3,8
804037b6:	18079a63          	bnez	a5,8040394a <__d_vfprintf+0xb68>
804037ba:	0019f793          	and	a5,s3,1
804037be:	cb89                	beqz	a5,804037d0 <__d_vfprintf+0x9ee>
804037c0:	8d56                	mv	s10,s5
804037c2:	0164d763          	bge	s1,s6,804037d0 <__d_vfprintf+0x9ee>
804037c6:	409b04b3          	sub	s1,s6,s1
804037ca:	01548d33          	add	s10,s1,s5
804037ce:	84da                	mv	s1,s6
804037d0:	8ba6                	mv	s7,s1
804037d2:	a2ad                	j	8040393c <__d_vfprintf+0xb5a>
804037d4:	4388                	lw	a0,0(a5)
804037d6:	00478713          	add	a4,a5,4
804037da:	d23a                	sw	a4,36(sp)
804037dc:	41f55593          	sra	a1,a0,0x1f
804037e0:	bfad                	j	8040375a <__d_vfprintf+0x978>
804037e2:	00478713          	add	a4,a5,4
804037e6:	4388                	lw	a0,0(a5)
804037e8:	d23a                	sw	a4,36(sp)
804037ea:	100df793          	and	a5,s11,256
804037ee:	d7fd                	beqz	a5,804037dc <__d_vfprintf+0x9fa>
804037f0:	200df793          	and	a5,s11,512
804037f4:	c781                	beqz	a5,804037fc <__d_vfprintf+0xa1a>
804037f6:	0562                	sll	a0,a0,0x18
804037f8:	8561                	sra	a0,a0,0x18
804037fa:	b7cd                	j	804037dc <__d_vfprintf+0x9fa>
804037fc:	0542                	sll	a0,a0,0x10
804037fe:	8541                	sra	a0,a0,0x10
80403800:	bff1                	j	804037dc <__d_vfprintf+0x9fa>
80403802:	00b567b3          	or	a5,a0,a1
80403806:	fbb5                	bnez	a5,8040377a <__d_vfprintf+0x998>
80403808:	040df793          	and	a5,s11,64
8040380c:	d7bd                	beqz	a5,8040377a <__d_vfprintf+0x998>
8040380e:	f60d16e3          	bnez	s10,8040377a <__d_vfprintf+0x998>
80403812:	feedf993          	and	s3,s11,-18
80403816:	09c2                	sll	s3,s3,0x10
80403818:	0109d993          	srl	s3,s3,0x10
8040381c:	4a81                	li	s5,0
8040381e:	4481                	li	s1,0
80403820:	4069fc13          	and	s8,s3,1030
80403824:	f80c07e3          	beqz	s8,804037b2 <__d_vfprintf+0x9d0>
80403828:	0485                	add	s1,s1,1
8040382a:	4c01                	li	s8,0
8040382c:	b759                	j	804037b2 <__d_vfprintf+0x9d0>
8040382e:	fefdf813          	and	a6,s11,-17
80403832:	01081d93          	sll	s11,a6,0x10
80403836:	010ddd93          	srl	s11,s11,0x10
8040383a:	46a9                	li	a3,10
8040383c:	080df713          	and	a4,s11,128
80403840:	5792                	lw	a5,36(sp)
80403842:	c355                	beqz	a4,804038e6 <__d_vfprintf+0xb04>
80403844:	200df713          	and	a4,s11,512
80403848:	cb49                	beqz	a4,804038da <__d_vfprintf+0xaf8>
8040384a:	079d                	add	a5,a5,7
8040384c:	9be1                	and	a5,a5,-8
8040384e:	4388                	lw	a0,0(a5)
80403850:	43cc                	lw	a1,4(a5)
80403852:	00878713          	add	a4,a5,8
80403856:	d23a                	sw	a4,36(sp)
80403858:	00b567b3          	or	a5,a0,a1
8040385c:	e7cd                	bnez	a5,80403906 <__d_vfprintf+0xb24>
8040385e:	fe9df993          	and	s3,s11,-23
80403862:	09c2                	sll	s3,s3,0x10
80403864:	040df793          	and	a5,s11,64
80403868:	0109d993          	srl	s3,s3,0x10
8040386c:	c3dd                	beqz	a5,80403912 <__d_vfprintf+0xb30>
8040386e:	0a0d1263          	bnez	s10,80403912 <__d_vfprintf+0xb30>
80403872:	fe8df993          	and	s3,s11,-24
80403876:	09c2                	sll	s3,s3,0x10
80403878:	0109d993          	srl	s3,s3,0x10
8040387c:	4a81                	li	s5,0
8040387e:	0109fc13          	and	s8,s3,16
80403882:	0a0c0463          	beqz	s8,8040392a <__d_vfprintf+0xb48>
80403886:	001a8493          	add	s1,s5,1
8040388a:	f20904e3          	beqz	s2,804037b2 <__d_vfprintf+0x9d0>
8040388e:	84d6                	mv	s1,s5
80403890:	b705                	j	804037b0 <__d_vfprintf+0x9ce>
80403892:	010ded93          	or	s11,s11,16
80403896:	46c1                	li	a3,16
80403898:	07800913          	li	s2,120
8040389c:	b745                	j	8040383c <__d_vfprintf+0xa5a>
8040389e:	07800793          	li	a5,120
804038a2:	00fc9a63          	bne	s9,a5,804038b6 <__d_vfprintf+0xad4>
804038a6:	05800793          	li	a5,88
804038aa:	46c1                	li	a3,16
804038ac:	f8f918e3          	bne	s2,a5,8040383c <__d_vfprintf+0xa5a>
804038b0:	21000693          	li	a3,528
804038b4:	b761                	j	8040383c <__d_vfprintf+0xa5a>
804038b6:	4582                	lw	a1,0(sp)
804038b8:	02500513          	li	a0,37
804038bc:	9a02                	jalr	s4
804038be:	d6054363          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804038c2:	4582                	lw	a1,0(sp)
804038c4:	854a                	mv	a0,s2
804038c6:	9a02                	jalr	s4
804038c8:	d4054e63          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804038cc:	0409                	add	s0,s0,2
804038ce:	4792                	lw	a5,4(sp)
804038d0:	d34ff06f          	j	80402e04 <__d_vfprintf+0x22>
804038d4:	46a1                	li	a3,8
804038d6:	4901                	li	s2,0
804038d8:	b795                	j	8040383c <__d_vfprintf+0xa5a>
804038da:	4388                	lw	a0,0(a5)
804038dc:	00478713          	add	a4,a5,4
804038e0:	d23a                	sw	a4,36(sp)
804038e2:	4581                	li	a1,0
804038e4:	bf95                	j	80403858 <__d_vfprintf+0xa76>
804038e6:	00478713          	add	a4,a5,4
804038ea:	4388                	lw	a0,0(a5)
804038ec:	d23a                	sw	a4,36(sp)
804038ee:	100df793          	and	a5,s11,256
804038f2:	dbe5                	beqz	a5,804038e2 <__d_vfprintf+0xb00>
804038f4:	200df793          	and	a5,s11,512
804038f8:	c781                	beqz	a5,80403900 <__d_vfprintf+0xb1e>
804038fa:	0ff57513          	zext.b	a0,a0
804038fe:	b7d5                	j	804038e2 <__d_vfprintf+0xb00>
80403900:	0542                	sll	a0,a0,0x10
80403902:	8141                	srl	a0,a0,0x10
80403904:	bff9                	j	804038e2 <__d_vfprintf+0xb00>
80403906:	ff9df813          	and	a6,s11,-7
8040390a:	01081993          	sll	s3,a6,0x10
8040390e:	0109d993          	srl	s3,s3,0x10
80403912:	02810a93          	add	s5,sp,40
80403916:	b5ad                	j	80403780 <__d_vfprintf+0x99e>
80403918:	fee9f993          	and	s3,s3,-18
8040391c:	09c2                	sll	s3,s3,0x10
8040391e:	0109d993          	srl	s3,s3,0x10
80403922:	84ea                	mv	s1,s10
80403924:	bdf5                	j	80403820 <__d_vfprintf+0xa3e>
80403926:	89be                	mv	s3,a5
80403928:	bf99                	j	8040387e <__d_vfprintf+0xa9c>
8040392a:	84d6                	mv	s1,s5
8040392c:	bdd5                	j	80403820 <__d_vfprintf+0xa3e>
8040392e:	4582                	lw	a1,0(sp)
80403930:	02000513          	li	a0,32
80403934:	9a02                	jalr	s4
80403936:	ce054763          	bltz	a0,80402e24 <__d_vfprintf+0x42>
8040393a:	0b85                	add	s7,s7,1
8040393c:	ff6bc9e3          	blt	s7,s6,8040392e <__d_vfprintf+0xb4c>
80403940:	409404b3          	sub	s1,s0,s1
80403944:	01748433          	add	s0,s1,s7
80403948:	84de                	mv	s1,s7
8040394a:	020c0363          	beqz	s8,80403970 <__d_vfprintf+0xb8e>
8040394e:	4582                	lw	a1,0(sp)
80403950:	03000513          	li	a0,48
80403954:	9a02                	jalr	s4
80403956:	cc054763          	bltz	a0,80402e24 <__d_vfprintf+0x42>
8040395a:	04090d63          	beqz	s2,804039b4 <__d_vfprintf+0xbd2>
8040395e:	4582                	lw	a1,0(sp)
80403960:	0409                	add	s0,s0,2
80403962:	854a                	mv	a0,s2
80403964:	9a02                	jalr	s4
80403966:	ca054f63          	bltz	a0,80402e24 <__d_vfprintf+0x42>
8040396a:	8c22                	mv	s8,s0
8040396c:	9d22                	add	s10,s10,s0
8040396e:	a81d                	j	804039a4 <__d_vfprintf+0xbc2>
80403970:	4069f793          	and	a5,s3,1030
80403974:	dbfd                	beqz	a5,8040396a <__d_vfprintf+0xb88>
80403976:	0029f793          	and	a5,s3,2
8040397a:	02000513          	li	a0,32
8040397e:	c399                	beqz	a5,80403984 <__d_vfprintf+0xba2>
80403980:	02b00513          	li	a0,43
80403984:	4009f993          	and	s3,s3,1024
80403988:	00098463          	beqz	s3,80403990 <__d_vfprintf+0xbae>
8040398c:	02d00513          	li	a0,45
80403990:	4582                	lw	a1,0(sp)
80403992:	0405                	add	s0,s0,1
80403994:	bfc1                	j	80403964 <__d_vfprintf+0xb82>
80403996:	4582                	lw	a1,0(sp)
80403998:	03000513          	li	a0,48
8040399c:	0c05                	add	s8,s8,1
8040399e:	9a02                	jalr	s4
804039a0:	c8054263          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804039a4:	418d07b3          	sub	a5,s10,s8
804039a8:	fefac7e3          	blt	s5,a5,80403996 <__d_vfprintf+0xbb4>
804039ac:	8456                	mv	s0,s5
804039ae:	e409                	bnez	s0,804039b8 <__d_vfprintf+0xbd6>
804039b0:	9c56                	add	s8,s8,s5
804039b2:	b305                	j	804036d2 <__d_vfprintf+0x8f0>
804039b4:	0405                	add	s0,s0,1
804039b6:	bf55                	j	8040396a <__d_vfprintf+0xb88>
804039b8:	147d                	add	s0,s0,-1
804039ba:	103c                	add	a5,sp,40
804039bc:	97a2                	add	a5,a5,s0
804039be:	4582                	lw	a1,0(sp)
804039c0:	0007c503          	lbu	a0,0(a5)
804039c4:	9a02                	jalr	s4
804039c6:	fe0554e3          	bgez	a0,804039ae <__d_vfprintf+0xbcc>
804039ca:	c5aff06f          	j	80402e24 <__d_vfprintf+0x42>
804039ce:	4582                	lw	a1,0(sp)
804039d0:	02000513          	li	a0,32
804039d4:	0405                	add	s0,s0,1
804039d6:	9a02                	jalr	s4
804039d8:	c4054663          	bltz	a0,80402e24 <__d_vfprintf+0x42>
804039dc:	408487b3          	sub	a5,s1,s0
804039e0:	fef047e3          	bgtz	a5,804039ce <__d_vfprintf+0xbec>
804039e4:	b5ed                	j	804038ce <__d_vfprintf+0xaec>

804039e6 <vsnprintf>:
804039e6:	fffff317          	auipc	t1,0xfffff
804039ea:	01c302e7          	jalr	t0,28(t1) # 80402a02 <__riscv_save_4>
804039ee:	1101                	add	sp,sp,-32
804039f0:	84aa                	mv	s1,a0
804039f2:	842e                	mv	s0,a1
804039f4:	8932                	mv	s2,a2
804039f6:	4581                	li	a1,0
804039f8:	02000613          	li	a2,32
804039fc:	850a                	mv	a0,sp
804039fe:	89b6                	mv	s3,a3
80403a00:	fffff097          	auipc	ra,0xfffff
80403a04:	062080e7          	jalr	98(ra) # 80402a62 <memset>
80403a08:	4789                	li	a5,2
80403a0a:	00f10223          	sb	a5,4(sp)
80403a0e:	804047b7          	lui	a5,0x80404
80403a12:	52078793          	add	a5,a5,1312 # 80404520 <__file_str_put>
80403a16:	c43e                	sw	a5,8(sp)
80403a18:	ca26                	sw	s1,20(sp)
80403a1a:	4781                	li	a5,0
80403a1c:	c809                	beqz	s0,80403a2e <vsnprintf+0x48>
80403a1e:	80000737          	lui	a4,0x80000
80403a22:	87a2                	mv	a5,s0
80403a24:	00877463          	bgeu	a4,s0,80403a2c <vsnprintf+0x46>
80403a28:	800007b7          	lui	a5,0x80000
80403a2c:	17fd                	add	a5,a5,-1 # 7fffffff <errno+0x7fffffff>
80403a2e:	94be                	add	s1,s1,a5
80403a30:	864e                	mv	a2,s3
80403a32:	85ca                	mv	a1,s2
80403a34:	850a                	mv	a0,sp
80403a36:	cc26                	sw	s1,24(sp)
80403a38:	fffff097          	auipc	ra,0xfffff
80403a3c:	3aa080e7          	jalr	938(ra) # 80402de2 <__d_vfprintf>
80403a40:	c401                	beqz	s0,80403a48 <vsnprintf+0x62>
80403a42:	47d2                	lw	a5,20(sp)
80403a44:	00078023          	sb	zero,0(a5)
80403a48:	6105                	add	sp,sp,32
80403a4a:	fffff317          	auipc	t1,0xfffff
80403a4e:	fec30067          	jr	-20(t1) # 80402a36 <__riscv_restore_4>

80403a52 <mulShiftAll64>:
80403a52:	fffff317          	auipc	t1,0xfffff
80403a56:	fa2302e7          	jalr	t0,-94(t1) # 804029f4 <__riscv_save_10>
80403a5a:	84b2                	mv	s1,a2
80403a5c:	00159913          	sll	s2,a1,0x1
80403a60:	4210                	lw	a2,0(a2)
80403a62:	8ab6                	mv	s5,a3
80403a64:	89be                	mv	s3,a5
80403a66:	40d4                	lw	a3,4(s1)
80403a68:	01f55793          	srl	a5,a0,0x1f
80403a6c:	1141                	add	sp,sp,-16
80403a6e:	0127e933          	or	s2,a5,s2
80403a72:	00151413          	sll	s0,a0,0x1
80403a76:	8522                	mv	a0,s0
80403a78:	85ca                	mv	a1,s2
80403a7a:	8bba                	mv	s7,a4
80403a7c:	870a                	mv	a4,sp
80403a7e:	8b42                	mv	s6,a6
80403a80:	00001097          	auipc	ra,0x1
80403a84:	9fc080e7          	jalr	-1540(ra) # 8040447c <__umul128>
80403a88:	44d4                	lw	a3,12(s1)
80403a8a:	4490                	lw	a2,8(s1)
80403a8c:	0038                	add	a4,sp,8
80403a8e:	8caa                	mv	s9,a0
80403a90:	8c2e                	mv	s8,a1
80403a92:	8522                	mv	a0,s0
80403a94:	85ca                	mv	a1,s2
80403a96:	00001097          	auipc	ra,0x1
80403a9a:	9e6080e7          	jalr	-1562(ra) # 8040447c <__umul128>
80403a9e:	4682                	lw	a3,0(sp)
80403aa0:	4712                	lw	a4,4(sp)
80403aa2:	4785                	li	a5,1
80403aa4:	00d50933          	add	s2,a0,a3
80403aa8:	00a93533          	sltu	a0,s2,a0
80403aac:	95ba                	add	a1,a1,a4
80403aae:	00b50433          	add	s0,a0,a1
80403ab2:	00e46763          	bltu	s0,a4,80403ac0 <mulShiftAll64+0x6e>
80403ab6:	00871463          	bne	a4,s0,80403abe <mulShiftAll64+0x6c>
80403aba:	00d96363          	bltu	s2,a3,80403ac0 <mulShiftAll64+0x6e>
80403abe:	4781                	li	a5,0
80403ac0:	4622                	lw	a2,8(sp)
80403ac2:	4732                	lw	a4,12(sp)
80403ac4:	963e                	add	a2,a2,a5
80403ac6:	00f637b3          	sltu	a5,a2,a5
80403aca:	00e786b3          	add	a3,a5,a4
80403ace:	4098                	lw	a4,0(s1)
80403ad0:	40dc                	lw	a5,4(s1)
80403ad2:	c432                	sw	a2,8(sp)
80403ad4:	9766                	add	a4,a4,s9
80403ad6:	97e2                	add	a5,a5,s8
80403ad8:	019735b3          	sltu	a1,a4,s9
80403adc:	95be                	add	a1,a1,a5
80403ade:	c636                	sw	a3,12(sp)
80403ae0:	4785                	li	a5,1
80403ae2:	0185e763          	bltu	a1,s8,80403af0 <mulShiftAll64+0x9e>
80403ae6:	00bc1463          	bne	s8,a1,80403aee <mulShiftAll64+0x9c>
80403aea:	01976363          	bltu	a4,s9,80403af0 <mulShiftAll64+0x9e>
80403aee:	4781                	li	a5,0
80403af0:	4498                	lw	a4,8(s1)
80403af2:	44c8                	lw	a0,12(s1)
80403af4:	fbfa8a13          	add	s4,s5,-65
80403af8:	974a                	add	a4,a4,s2
80403afa:	9522                	add	a0,a0,s0
80403afc:	012735b3          	sltu	a1,a4,s2
80403b00:	95aa                	add	a1,a1,a0
80403b02:	00e78533          	add	a0,a5,a4
80403b06:	00f537b3          	sltu	a5,a0,a5
80403b0a:	95be                	add	a1,a1,a5
80403b0c:	4785                	li	a5,1
80403b0e:	0085e763          	bltu	a1,s0,80403b1c <mulShiftAll64+0xca>
80403b12:	00b41463          	bne	s0,a1,80403b1a <mulShiftAll64+0xc8>
80403b16:	01256363          	bltu	a0,s2,80403b1c <mulShiftAll64+0xca>
80403b1a:	4781                	li	a5,0
80403b1c:	963e                	add	a2,a2,a5
80403b1e:	00f637b3          	sltu	a5,a2,a5
80403b22:	8752                	mv	a4,s4
80403b24:	96be                	add	a3,a3,a5
80403b26:	00001097          	auipc	ra,0x1
80403b2a:	9a2080e7          	jalr	-1630(ra) # 804044c8 <__shiftright128>
80403b2e:	00aba023          	sw	a0,0(s7)
80403b32:	00bba223          	sw	a1,4(s7)
80403b36:	4785                	li	a5,1
80403b38:	48a2                	lw	a7,8(sp)
80403b3a:	4832                	lw	a6,12(sp)
80403b3c:	40cc                	lw	a1,4(s1)
80403b3e:	4488                	lw	a0,8(s1)
80403b40:	44d8                	lw	a4,12(s1)
80403b42:	06fb1d63          	bne	s6,a5,80403bbc <mulShiftAll64+0x16a>
80403b46:	40a906b3          	sub	a3,s2,a0
80403b4a:	00d93633          	sltu	a2,s2,a3
80403b4e:	40e407b3          	sub	a5,s0,a4
80403b52:	8f91                	sub	a5,a5,a2
80403b54:	4505                	li	a0,1
80403b56:	00bc6863          	bltu	s8,a1,80403b66 <mulShiftAll64+0x114>
80403b5a:	01859563          	bne	a1,s8,80403b64 <mulShiftAll64+0x112>
80403b5e:	4098                	lw	a4,0(s1)
80403b60:	00ece363          	bltu	s9,a4,80403b66 <mulShiftAll64+0x114>
80403b64:	4501                	li	a0,0
80403b66:	40a68533          	sub	a0,a3,a0
80403b6a:	00a6b6b3          	sltu	a3,a3,a0
80403b6e:	40d785b3          	sub	a1,a5,a3
80403b72:	4605                	li	a2,1
80403b74:	00b46763          	bltu	s0,a1,80403b82 <mulShiftAll64+0x130>
80403b78:	00859463          	bne	a1,s0,80403b80 <mulShiftAll64+0x12e>
80403b7c:	00a96363          	bltu	s2,a0,80403b82 <mulShiftAll64+0x130>
80403b80:	4601                	li	a2,0
80403b82:	40c88633          	sub	a2,a7,a2
80403b86:	00c8b6b3          	sltu	a3,a7,a2
80403b8a:	8752                	mv	a4,s4
80403b8c:	40d806b3          	sub	a3,a6,a3
80403b90:	00001097          	auipc	ra,0x1
80403b94:	938080e7          	jalr	-1736(ra) # 804044c8 <__shiftright128>
80403b98:	4622                	lw	a2,8(sp)
80403b9a:	46b2                	lw	a3,12(sp)
80403b9c:	00a9a023          	sw	a0,0(s3)
80403ba0:	00b9a223          	sw	a1,4(s3)
80403ba4:	8752                	mv	a4,s4
80403ba6:	854a                	mv	a0,s2
80403ba8:	85a2                	mv	a1,s0
80403baa:	00001097          	auipc	ra,0x1
80403bae:	91e080e7          	jalr	-1762(ra) # 804044c8 <__shiftright128>
80403bb2:	0141                	add	sp,sp,16
80403bb4:	fffff317          	auipc	t1,0xfffff
80403bb8:	e7830067          	jr	-392(t1) # 80402a2c <__riscv_restore_10>
80403bbc:	01fcd793          	srl	a5,s9,0x1f
80403bc0:	001c1613          	sll	a2,s8,0x1
80403bc4:	8e5d                	or	a2,a2,a5
80403bc6:	01f95693          	srl	a3,s2,0x1f
80403bca:	00141793          	sll	a5,s0,0x1
80403bce:	001c9e93          	sll	t4,s9,0x1
80403bd2:	8fd5                	or	a5,a5,a3
80403bd4:	00191313          	sll	t1,s2,0x1
80403bd8:	4e05                	li	t3,1
80403bda:	01866763          	bltu	a2,s8,80403be8 <mulShiftAll64+0x196>
80403bde:	00cc1463          	bne	s8,a2,80403be6 <mulShiftAll64+0x194>
80403be2:	019ee363          	bltu	t4,s9,80403be8 <mulShiftAll64+0x196>
80403be6:	4e01                	li	t3,0
80403be8:	9e1a                	add	t3,t3,t1
80403bea:	006e3333          	sltu	t1,t3,t1
80403bee:	933e                	add	t1,t1,a5
80403bf0:	4785                	li	a5,1
80403bf2:	00b66863          	bltu	a2,a1,80403c02 <mulShiftAll64+0x1b0>
80403bf6:	00c59563          	bne	a1,a2,80403c00 <mulShiftAll64+0x1ae>
80403bfa:	4094                	lw	a3,0(s1)
80403bfc:	00dee363          	bltu	t4,a3,80403c02 <mulShiftAll64+0x1b0>
80403c00:	4781                	li	a5,0
80403c02:	40fe07b3          	sub	a5,t3,a5
80403c06:	00fe35b3          	sltu	a1,t3,a5
80403c0a:	40b305b3          	sub	a1,t1,a1
80403c0e:	40a78533          	sub	a0,a5,a0
80403c12:	00a7b7b3          	sltu	a5,a5,a0
80403c16:	8d99                	sub	a1,a1,a4
80403c18:	01f8d693          	srl	a3,a7,0x1f
80403c1c:	8d9d                	sub	a1,a1,a5
80403c1e:	00181793          	sll	a5,a6,0x1
80403c22:	8fd5                	or	a5,a5,a3
80403c24:	fc0a8713          	add	a4,s5,-64
80403c28:	0886                	sll	a7,a7,0x1
80403c2a:	4685                	li	a3,1
80403c2c:	00836763          	bltu	t1,s0,80403c3a <mulShiftAll64+0x1e8>
80403c30:	00641463          	bne	s0,t1,80403c38 <mulShiftAll64+0x1e6>
80403c34:	012e6363          	bltu	t3,s2,80403c3a <mulShiftAll64+0x1e8>
80403c38:	4681                	li	a3,0
80403c3a:	96c6                	add	a3,a3,a7
80403c3c:	0116b8b3          	sltu	a7,a3,a7
80403c40:	98be                	add	a7,a7,a5
80403c42:	4605                	li	a2,1
80403c44:	00b36763          	bltu	t1,a1,80403c52 <mulShiftAll64+0x200>
80403c48:	00659463          	bne	a1,t1,80403c50 <mulShiftAll64+0x1fe>
80403c4c:	00ae6363          	bltu	t3,a0,80403c52 <mulShiftAll64+0x200>
80403c50:	4601                	li	a2,0
80403c52:	40c68633          	sub	a2,a3,a2
80403c56:	00c6b6b3          	sltu	a3,a3,a2
80403c5a:	40d886b3          	sub	a3,a7,a3
80403c5e:	bf0d                	j	80403b90 <mulShiftAll64+0x13e>

80403c60 <div10>:
80403c60:	fffff317          	auipc	t1,0xfffff
80403c64:	dbc302e7          	jalr	t0,-580(t1) # 80402a1c <__riscv_save_0>
80403c68:	804077b7          	lui	a5,0x80407
80403c6c:	e187a603          	lw	a2,-488(a5) # 80406e18 <stdout+0x4>
80403c70:	e1c7a683          	lw	a3,-484(a5)
80403c74:	1141                	add	sp,sp,-16
80403c76:	0038                	add	a4,sp,8
80403c78:	00001097          	auipc	ra,0x1
80403c7c:	804080e7          	jalr	-2044(ra) # 8040447c <__umul128>
80403c80:	45b2                	lw	a1,12(sp)
80403c82:	47a2                	lw	a5,8(sp)
80403c84:	01d59513          	sll	a0,a1,0x1d
80403c88:	838d                	srl	a5,a5,0x3
80403c8a:	8d5d                	or	a0,a0,a5
80403c8c:	818d                	srl	a1,a1,0x3
80403c8e:	0141                	add	sp,sp,16
80403c90:	fffff317          	auipc	t1,0xfffff
80403c94:	db030067          	jr	-592(t1) # 80402a40 <__riscv_restore_0>

80403c98 <__dtoa_engine>:
80403c98:	fffff317          	auipc	t1,0xfffff
80403c9c:	d54302e7          	jalr	t0,-684(t1) # 804029ec <__riscv_save_12>
80403ca0:	715d                	add	sp,sp,-80
80403ca2:	8bb6                	mv	s7,a3
80403ca4:	001006b7          	lui	a3,0x100
80403ca8:	c43a                	sw	a4,8(sp)
80403caa:	c63e                	sw	a5,12(sp)
80403cac:	01f5d713          	srl	a4,a1,0x1f
80403cb0:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80403cb4:	0145d793          	srl	a5,a1,0x14
80403cb8:	00bdfdb3          	and	s11,s11,a1
80403cbc:	c03a                	sw	a4,0(sp)
80403cbe:	7ff7f413          	and	s0,a5,2047
80403cc2:	84aa                	mv	s1,a0
80403cc4:	8ab2                	mv	s5,a2
80403cc6:	00ade733          	or	a4,s11,a0
80403cca:	e415                	bnez	s0,80403cf6 <__dtoa_engine+0x5e>
80403ccc:	e721                	bnez	a4,80403d14 <__dtoa_engine+0x7c>
80403cce:	03000793          	li	a5,48
80403cd2:	00f602a3          	sb	a5,5(a2)
80403cd6:	4782                	lw	a5,0(sp)
80403cd8:	00060323          	sb	zero,6(a2)
80403cdc:	00062023          	sw	zero,0(a2)
80403ce0:	0027e993          	or	s3,a5,2
80403ce4:	01360223          	sb	s3,4(a2)
80403ce8:	4405                	li	s0,1
80403cea:	8522                	mv	a0,s0
80403cec:	6161                	add	sp,sp,80
80403cee:	fffff317          	auipc	t1,0xfffff
80403cf2:	d3a30067          	jr	-710(t1) # 80402a28 <__riscv_restore_12>
80403cf6:	7ff00613          	li	a2,2047
80403cfa:	0ac41d63          	bne	s0,a2,80403db4 <__dtoa_engine+0x11c>
80403cfe:	4782                	lw	a5,0(sp)
80403d00:	0047e793          	or	a5,a5,4
80403d04:	c701                	beqz	a4,80403d0c <__dtoa_engine+0x74>
80403d06:	4782                	lw	a5,0(sp)
80403d08:	0087e793          	or	a5,a5,8
80403d0c:	00fa8223          	sb	a5,4(s5)
80403d10:	4401                	li	s0,0
80403d12:	bfe1                	j	80403cea <__dtoa_engine+0x52>
80403d14:	00157793          	and	a5,a0,1
80403d18:	c23e                	sw	a5,4(sp)
80403d1a:	002d9993          	sll	s3,s11,0x2
80403d1e:	01e55793          	srl	a5,a0,0x1e
80403d22:	0137e9b3          	or	s3,a5,s3
80403d26:	00251c13          	sll	s8,a0,0x2
80403d2a:	892a                	mv	s2,a0
80403d2c:	bcc00413          	li	s0,-1076
80403d30:	4805                	li	a6,1
80403d32:	4d05                	li	s10,1
80403d34:	408004b3          	neg	s1,s0
80403d38:	8526                	mv	a0,s1
80403d3a:	ca42                	sw	a6,20(sp)
80403d3c:	00000097          	auipc	ra,0x0
80403d40:	71e080e7          	jalr	1822(ra) # 8040445a <__log10Pow5>
80403d44:	fff42793          	slti	a5,s0,-1
80403d48:	40f50b33          	sub	s6,a0,a5
80403d4c:	416484b3          	sub	s1,s1,s6
80403d50:	8526                	mv	a0,s1
80403d52:	00000097          	auipc	ra,0x0
80403d56:	718080e7          	jalr	1816(ra) # 8040446a <__pow5bits>
80403d5a:	f8350693          	add	a3,a0,-125
80403d5e:	40db06b3          	sub	a3,s6,a3
80403d62:	8526                	mv	a0,s1
80403d64:	008c                	add	a1,sp,64
80403d66:	c836                	sw	a3,16(sp)
80403d68:	00000097          	auipc	ra,0x0
80403d6c:	492080e7          	jalr	1170(ra) # 804041fa <__double_computePow5>
80403d70:	4852                	lw	a6,20(sp)
80403d72:	46c2                	lw	a3,16(sp)
80403d74:	181c                	add	a5,sp,48
80403d76:	1038                	add	a4,sp,40
80403d78:	0090                	add	a2,sp,64
80403d7a:	854a                	mv	a0,s2
80403d7c:	85ee                	mv	a1,s11
80403d7e:	00000097          	auipc	ra,0x0
80403d82:	cd4080e7          	jalr	-812(ra) # 80403a52 <mulShiftAll64>
80403d86:	4785                	li	a5,1
80403d88:	008b0a33          	add	s4,s6,s0
80403d8c:	84ae                	mv	s1,a1
80403d8e:	842a                	mv	s0,a0
80403d90:	1567ee63          	bltu	a5,s6,80403eec <__dtoa_engine+0x254>
80403d94:	4792                	lw	a5,4(sp)
80403d96:	4985                	li	s3,1
80403d98:	10078e63          	beqz	a5,80403eb4 <__dtoa_engine+0x21c>
80403d9c:	57a2                	lw	a5,40(sp)
80403d9e:	5732                	lw	a4,44(sp)
80403da0:	4985                	li	s3,1
80403da2:	fff78693          	add	a3,a5,-1
80403da6:	0017b793          	seqz	a5,a5
80403daa:	40f707b3          	sub	a5,a4,a5
80403dae:	d436                	sw	a3,40(sp)
80403db0:	d63e                	sw	a5,44(sp)
80403db2:	a8c9                	j	80403e84 <__dtoa_engine+0x1ec>
80403db4:	01b6edb3          	or	s11,a3,s11
80403db8:	00157693          	and	a3,a0,1
80403dbc:	c236                	sw	a3,4(sp)
80403dbe:	002d9993          	sll	s3,s11,0x2
80403dc2:	01e55693          	srl	a3,a0,0x1e
80403dc6:	bcb40413          	add	s0,s0,-1077
80403dca:	892a                	mv	s2,a0
80403dcc:	0136e9b3          	or	s3,a3,s3
80403dd0:	00251c13          	sll	s8,a0,0x2
80403dd4:	4d05                	li	s10,1
80403dd6:	e709                	bnez	a4,80403de0 <__dtoa_engine+0x148>
80403dd8:	7fe7f793          	and	a5,a5,2046
80403ddc:	0017bd13          	seqz	s10,a5
80403de0:	886a                	mv	a6,s10
80403de2:	f40449e3          	bltz	s0,80403d34 <__dtoa_engine+0x9c>
80403de6:	8522                	mv	a0,s0
80403de8:	00000097          	auipc	ra,0x0
80403dec:	664080e7          	jalr	1636(ra) # 8040444c <__log10Pow2>
80403df0:	00442793          	slti	a5,s0,4
80403df4:	0017c793          	xor	a5,a5,1
80403df8:	40f50a33          	sub	s4,a0,a5
80403dfc:	8552                	mv	a0,s4
80403dfe:	00000097          	auipc	ra,0x0
80403e02:	66c080e7          	jalr	1644(ra) # 8040446a <__pow5bits>
80403e06:	07c50693          	add	a3,a0,124
80403e0a:	408a0433          	sub	s0,s4,s0
80403e0e:	96a2                	add	a3,a3,s0
80403e10:	008c                	add	a1,sp,64
80403e12:	8552                	mv	a0,s4
80403e14:	c836                	sw	a3,16(sp)
80403e16:	00000097          	auipc	ra,0x0
80403e1a:	50c080e7          	jalr	1292(ra) # 80404322 <__double_computeInvPow5>
80403e1e:	46c2                	lw	a3,16(sp)
80403e20:	181c                	add	a5,sp,48
80403e22:	8526                	mv	a0,s1
80403e24:	886a                	mv	a6,s10
80403e26:	1038                	add	a4,sp,40
80403e28:	0090                	add	a2,sp,64
80403e2a:	85ee                	mv	a1,s11
80403e2c:	00000097          	auipc	ra,0x0
80403e30:	c26080e7          	jalr	-986(ra) # 80403a52 <mulShiftAll64>
80403e34:	47d5                	li	a5,21
80403e36:	842a                	mv	s0,a0
80403e38:	84ae                	mv	s1,a1
80403e3a:	0b47e763          	bltu	a5,s4,80403ee8 <__dtoa_engine+0x250>
80403e3e:	804077b7          	lui	a5,0x80407
80403e42:	e1c7a683          	lw	a3,-484(a5) # 80406e1c <stdout+0x8>
80403e46:	e187a603          	lw	a2,-488(a5)
80403e4a:	1838                	add	a4,sp,56
80403e4c:	8562                	mv	a0,s8
80403e4e:	85ce                	mv	a1,s3
80403e50:	00000097          	auipc	ra,0x0
80403e54:	62c080e7          	jalr	1580(ra) # 8040447c <__umul128>
80403e58:	57e2                	lw	a5,56(sp)
80403e5a:	56f2                	lw	a3,60(sp)
80403e5c:	5da2                	lw	s11,40(sp)
80403e5e:	8389                	srl	a5,a5,0x2
80403e60:	06fa                	sll	a3,a3,0x1e
80403e62:	8fd5                	or	a5,a5,a3
80403e64:	4695                	li	a3,5
80403e66:	02f687b3          	mul	a5,a3,a5
80403e6a:	5932                	lw	s2,44(sp)
80403e6c:	01879e63          	bne	a5,s8,80403e88 <__dtoa_engine+0x1f0>
80403e70:	85ce                	mv	a1,s3
80403e72:	8562                	mv	a0,s8
80403e74:	00000097          	auipc	ra,0x0
80403e78:	348080e7          	jalr	840(ra) # 804041bc <__pow5Factor>
80403e7c:	01453733          	sltu	a4,a0,s4
80403e80:	00174993          	xor	s3,a4,1
80403e84:	4d01                	li	s10,0
80403e86:	a03d                	j	80403eb4 <__dtoa_engine+0x21c>
80403e88:	4792                	lw	a5,4(sp)
80403e8a:	eb95                	bnez	a5,80403ebe <__dtoa_engine+0x226>
80403e8c:	fffc0793          	add	a5,s8,-1
80403e90:	41a78533          	sub	a0,a5,s10
80403e94:	001c3593          	seqz	a1,s8
80403e98:	00a7b7b3          	sltu	a5,a5,a0
80403e9c:	40b985b3          	sub	a1,s3,a1
80403ea0:	8d9d                	sub	a1,a1,a5
80403ea2:	00000097          	auipc	ra,0x0
80403ea6:	31a080e7          	jalr	794(ra) # 804041bc <__pow5Factor>
80403eaa:	01453933          	sltu	s2,a0,s4
80403eae:	00194d13          	xor	s10,s2,1
80403eb2:	4981                	li	s3,0
80403eb4:	47a2                	lw	a5,8(sp)
80403eb6:	10079e63          	bnez	a5,80403fd2 <__dtoa_engine+0x33a>
80403eba:	8b5e                	mv	s6,s7
80403ebc:	a079                	j	80403f4a <__dtoa_engine+0x2b2>
80403ebe:	002c0513          	add	a0,s8,2
80403ec2:	018535b3          	sltu	a1,a0,s8
80403ec6:	95ce                	add	a1,a1,s3
80403ec8:	00000097          	auipc	ra,0x0
80403ecc:	2f4080e7          	jalr	756(ra) # 804041bc <__pow5Factor>
80403ed0:	01453533          	sltu	a0,a0,s4
80403ed4:	00154513          	xor	a0,a0,1
80403ed8:	40ad8533          	sub	a0,s11,a0
80403edc:	00adbdb3          	sltu	s11,s11,a0
80403ee0:	41b90733          	sub	a4,s2,s11
80403ee4:	d42a                	sw	a0,40(sp)
80403ee6:	d63a                	sw	a4,44(sp)
80403ee8:	4981                	li	s3,0
80403eea:	bf69                	j	80403e84 <__dtoa_engine+0x1ec>
80403eec:	03e00793          	li	a5,62
80403ef0:	ff67ece3          	bltu	a5,s6,80403ee8 <__dtoa_engine+0x250>
80403ef4:	865a                	mv	a2,s6
80403ef6:	557d                	li	a0,-1
80403ef8:	55fd                	li	a1,-1
80403efa:	ffffe097          	auipc	ra,0xffffe
80403efe:	3de080e7          	jalr	990(ra) # 804022d8 <__ashldi3>
80403f02:	fff54513          	not	a0,a0
80403f06:	fff5c593          	not	a1,a1
80403f0a:	0135f5b3          	and	a1,a1,s3
80403f0e:	01857533          	and	a0,a0,s8
80403f12:	00b56733          	or	a4,a0,a1
80403f16:	00173993          	seqz	s3,a4
80403f1a:	b7ad                	j	80403e84 <__dtoa_engine+0x1ec>
80403f1c:	02d50833          	mul	a6,a0,a3
80403f20:	0785                	add	a5,a5,1
80403f22:	02b536b3          	mulhu	a3,a0,a1
80403f26:	02b505b3          	mul	a1,a0,a1
80403f2a:	96c2                	add	a3,a3,a6
80403f2c:	00d4e663          	bltu	s1,a3,80403f38 <__dtoa_engine+0x2a0>
80403f30:	fe9696e3          	bne	a3,s1,80403f1c <__dtoa_engine+0x284>
80403f34:	feb474e3          	bgeu	s0,a1,80403f1c <__dtoa_engine+0x284>
80403f38:	4732                	lw	a4,12(sp)
80403f3a:	97d2                	add	a5,a5,s4
80403f3c:	97ba                	add	a5,a5,a4
80403f3e:	00f04363          	bgtz	a5,80403f44 <__dtoa_engine+0x2ac>
80403f42:	4785                	li	a5,1
80403f44:	8b3e                	mv	s6,a5
80403f46:	f6fbcae3          	blt	s7,a5,80403eba <__dtoa_engine+0x222>
80403f4a:	4c81                	li	s9,0
80403f4c:	4901                	li	s2,0
80403f4e:	4c01                	li	s8,0
80403f50:	5522                	lw	a0,40(sp)
80403f52:	55b2                	lw	a1,44(sp)
80403f54:	00000097          	auipc	ra,0x0
80403f58:	d0c080e7          	jalr	-756(ra) # 80403c60 <div10>
80403f5c:	57c2                	lw	a5,48(sp)
80403f5e:	8dae                	mv	s11,a1
80403f60:	55d2                	lw	a1,52(sp)
80403f62:	c82a                	sw	a0,16(sp)
80403f64:	853e                	mv	a0,a5
80403f66:	ca3e                	sw	a5,20(sp)
80403f68:	00000097          	auipc	ra,0x0
80403f6c:	cf8080e7          	jalr	-776(ra) # 80403c60 <div10>
80403f70:	832a                	mv	t1,a0
80403f72:	88ae                	mv	a7,a1
80403f74:	4ea9                	li	t4,10
80403f76:	01b5e763          	bltu	a1,s11,80403f84 <__dtoa_engine+0x2ec>
80403f7a:	08bd9863          	bne	s11,a1,8040400a <__dtoa_engine+0x372>
80403f7e:	47c2                	lw	a5,16(sp)
80403f80:	08f57563          	bgeu	a0,a5,8040400a <__dtoa_engine+0x372>
80403f84:	8522                	mv	a0,s0
80403f86:	85a6                	mv	a1,s1
80403f88:	ce46                	sw	a7,28(sp)
80403f8a:	cc1a                	sw	t1,24(sp)
80403f8c:	00000097          	auipc	ra,0x0
80403f90:	cd4080e7          	jalr	-812(ra) # 80403c60 <div10>
80403f94:	4362                	lw	t1,24(sp)
80403f96:	4ea9                	li	t4,10
80403f98:	001cb693          	seqz	a3,s9
80403f9c:	026e8833          	mul	a6,t4,t1
80403fa0:	00d9f9b3          	and	s3,s3,a3
80403fa4:	47d2                	lw	a5,20(sp)
80403fa6:	48f2                	lw	a7,28(sp)
80403fa8:	d66e                	sw	s11,44(sp)
80403faa:	d81a                	sw	t1,48(sp)
80403fac:	da46                	sw	a7,52(sp)
80403fae:	0905                	add	s2,s2,1
80403fb0:	84ae                	mv	s1,a1
80403fb2:	02ae86b3          	mul	a3,t4,a0
80403fb6:	40f80833          	sub	a6,a6,a5
80403fba:	47c2                	lw	a5,16(sp)
80403fbc:	00183813          	seqz	a6,a6
80403fc0:	010d7d33          	and	s10,s10,a6
80403fc4:	d43e                	sw	a5,40(sp)
80403fc6:	40d406b3          	sub	a3,s0,a3
80403fca:	0ff6fc93          	zext.b	s9,a3
80403fce:	842a                	mv	s0,a0
80403fd0:	b741                	j	80403f50 <__dtoa_engine+0x2b8>
80403fd2:	45a9                	li	a1,10
80403fd4:	4681                	li	a3,0
80403fd6:	4785                	li	a5,1
80403fd8:	4529                	li	a0,10
80403fda:	bf89                	j	80403f2c <__dtoa_engine+0x294>
80403fdc:	030e8f33          	mul	t5,t4,a6
80403fe0:	0505                	add	a0,a0,1
80403fe2:	02beb833          	mulhu	a6,t4,a1
80403fe6:	02be85b3          	mul	a1,t4,a1
80403fea:	987a                	add	a6,a6,t5
80403fec:	0104e663          	bltu	s1,a6,80403ff8 <__dtoa_engine+0x360>
80403ff0:	fe9816e3          	bne	a6,s1,80403fdc <__dtoa_engine+0x344>
80403ff4:	feb474e3          	bgeu	s0,a1,80403fdc <__dtoa_engine+0x344>
80403ff8:	00ab5d63          	bge	s6,a0,80404012 <__dtoa_engine+0x37a>
80403ffc:	000b1563          	bnez	s6,80404006 <__dtoa_engine+0x36e>
80404000:	009465b3          	or	a1,s0,s1
80404004:	c599                	beqz	a1,80404012 <__dtoa_engine+0x37a>
80404006:	4c05                	li	s8,1
80404008:	bfb5                	j	80403f84 <__dtoa_engine+0x2ec>
8040400a:	45a9                	li	a1,10
8040400c:	4801                	li	a6,0
8040400e:	4505                	li	a0,1
80404010:	bff1                	j	80403fec <__dtoa_engine+0x354>
80404012:	060d0763          	beqz	s10,80404080 <__dtoa_engine+0x3e8>
80404016:	4da9                	li	s11,10
80404018:	5342                	lw	t1,48(sp)
8040401a:	55d2                	lw	a1,52(sp)
8040401c:	851a                	mv	a0,t1
8040401e:	c81a                	sw	t1,16(sp)
80404020:	00000097          	auipc	ra,0x0
80404024:	c40080e7          	jalr	-960(ra) # 80403c60 <div10>
80404028:	ce2e                	sw	a1,28(sp)
8040402a:	02ad85b3          	mul	a1,s11,a0
8040402e:	4342                	lw	t1,16(sp)
80404030:	882a                	mv	a6,a0
80404032:	cc42                	sw	a6,24(sp)
80404034:	04659663          	bne	a1,t1,80404080 <__dtoa_engine+0x3e8>
80404038:	5522                	lw	a0,40(sp)
8040403a:	55b2                	lw	a1,44(sp)
8040403c:	0905                	add	s2,s2,1
8040403e:	00000097          	auipc	ra,0x0
80404042:	c22080e7          	jalr	-990(ra) # 80403c60 <div10>
80404046:	ca2a                	sw	a0,20(sp)
80404048:	c82e                	sw	a1,16(sp)
8040404a:	8522                	mv	a0,s0
8040404c:	85a6                	mv	a1,s1
8040404e:	00000097          	auipc	ra,0x0
80404052:	c12080e7          	jalr	-1006(ra) # 80403c60 <div10>
80404056:	001cb693          	seqz	a3,s9
8040405a:	00d9f9b3          	and	s3,s3,a3
8040405e:	02ad86b3          	mul	a3,s11,a0
80404062:	4e52                	lw	t3,20(sp)
80404064:	4342                	lw	t1,16(sp)
80404066:	4862                	lw	a6,24(sp)
80404068:	48f2                	lw	a7,28(sp)
8040406a:	d472                	sw	t3,40(sp)
8040406c:	d61a                	sw	t1,44(sp)
8040406e:	d842                	sw	a6,48(sp)
80404070:	da46                	sw	a7,52(sp)
80404072:	84ae                	mv	s1,a1
80404074:	40d406b3          	sub	a3,s0,a3
80404078:	0ff6fc93          	zext.b	s9,a3
8040407c:	842a                	mv	s0,a0
8040407e:	bf69                	j	80404018 <__dtoa_engine+0x380>
80404080:	9952                	add	s2,s2,s4
80404082:	0c098863          	beqz	s3,80404152 <__dtoa_engine+0x4ba>
80404086:	4715                	li	a4,5
80404088:	0cec9563          	bne	s9,a4,80404152 <__dtoa_engine+0x4ba>
8040408c:	00147713          	and	a4,s0,1
80404090:	e755                	bnez	a4,8040413c <__dtoa_engine+0x4a4>
80404092:	000c1963          	bnez	s8,804040a4 <__dtoa_engine+0x40c>
80404096:	5742                	lw	a4,48(sp)
80404098:	00871563          	bne	a4,s0,804040a2 <__dtoa_engine+0x40a>
8040409c:	5752                	lw	a4,52(sp)
8040409e:	0c970c63          	beq	a4,s1,80404176 <__dtoa_engine+0x4de>
804040a2:	4701                	li	a4,0
804040a4:	943a                	add	s0,s0,a4
804040a6:	00e435b3          	sltu	a1,s0,a4
804040aa:	95a6                	add	a1,a1,s1
804040ac:	8a2e                	mv	s4,a1
804040ae:	84a2                	mv	s1,s0
804040b0:	4629                	li	a2,10
804040b2:	4681                	li	a3,0
804040b4:	4c05                	li	s8,1
804040b6:	4529                	li	a0,10
804040b8:	00d5e663          	bltu	a1,a3,804040c4 <__dtoa_engine+0x42c>
804040bc:	0ab69f63          	bne	a3,a1,8040417a <__dtoa_engine+0x4e2>
804040c0:	0ac47d63          	bgeu	s0,a2,8040417a <__dtoa_engine+0x4e2>
804040c4:	c329                	beqz	a4,80404106 <__dtoa_engine+0x46e>
804040c6:	058b5063          	bge	s6,s8,80404106 <__dtoa_engine+0x46e>
804040ca:	47a2                	lw	a5,8(sp)
804040cc:	cf91                	beqz	a5,804040e8 <__dtoa_engine+0x450>
804040ce:	4732                	lw	a4,12(sp)
804040d0:	012c07b3          	add	a5,s8,s2
804040d4:	00f70b33          	add	s6,a4,a5
804040d8:	000b5363          	bgez	s6,804040de <__dtoa_engine+0x446>
804040dc:	4b01                	li	s6,0
804040de:	016bd363          	bge	s7,s6,804040e4 <__dtoa_engine+0x44c>
804040e2:	8b5e                	mv	s6,s7
804040e4:	038b5163          	bge	s6,s8,80404106 <__dtoa_engine+0x46e>
804040e8:	00540513          	add	a0,s0,5
804040ec:	00853433          	sltu	s0,a0,s0
804040f0:	4629                	li	a2,10
804040f2:	4681                	li	a3,0
804040f4:	95a2                	add	a1,a1,s0
804040f6:	ffffe097          	auipc	ra,0xffffe
804040fa:	270080e7          	jalr	624(ra) # 80402366 <__udivdi3>
804040fe:	84aa                	mv	s1,a0
80404100:	8a2e                	mv	s4,a1
80404102:	0905                	add	s2,s2,1
80404104:	1c7d                	add	s8,s8,-1
80404106:	87da                	mv	a5,s6
80404108:	016c5363          	bge	s8,s6,8040410e <__dtoa_engine+0x476>
8040410c:	87e2                	mv	a5,s8
8040410e:	01079413          	sll	s0,a5,0x10
80404112:	0942                	sll	s2,s2,0x10
80404114:	8441                	sra	s0,s0,0x10
80404116:	41095913          	sra	s2,s2,0x10
8040411a:	9922                	add	s2,s2,s0
8040411c:	008a8b33          	add	s6,s5,s0
80404120:	197d                	add	s2,s2,-1
80404122:	4b81                	li	s7,0
80404124:	8c5a                	mv	s8,s6
80404126:	1b7d                	add	s6,s6,-1
80404128:	068bc263          	blt	s7,s0,8040418c <__dtoa_engine+0x4f4>
8040412c:	4782                	lw	a5,0(sp)
8040412e:	000c02a3          	sb	zero,5(s8)
80404132:	012aa023          	sw	s2,0(s5)
80404136:	00fa8223          	sb	a5,4(s5)
8040413a:	be45                	j	80403cea <__dtoa_engine+0x52>
8040413c:	4705                	li	a4,1
8040413e:	f60c13e3          	bnez	s8,804040a4 <__dtoa_engine+0x40c>
80404142:	5742                	lw	a4,48(sp)
80404144:	00871563          	bne	a4,s0,8040414e <__dtoa_engine+0x4b6>
80404148:	5752                	lw	a4,52(sp)
8040414a:	00970c63          	beq	a4,s1,80404162 <__dtoa_engine+0x4ca>
8040414e:	4705                	li	a4,1
80404150:	bf91                	j	804040a4 <__dtoa_engine+0x40c>
80404152:	000c1d63          	bnez	s8,8040416c <__dtoa_engine+0x4d4>
80404156:	5742                	lw	a4,48(sp)
80404158:	00871a63          	bne	a4,s0,8040416c <__dtoa_engine+0x4d4>
8040415c:	5752                	lw	a4,52(sp)
8040415e:	00971763          	bne	a4,s1,8040416c <__dtoa_engine+0x4d4>
80404162:	4792                	lw	a5,4(sp)
80404164:	4705                	li	a4,1
80404166:	ff9d                	bnez	a5,804040a4 <__dtoa_engine+0x40c>
80404168:	f20d0ee3          	beqz	s10,804040a4 <__dtoa_engine+0x40c>
8040416c:	005cb693          	sltiu	a3,s9,5
80404170:	0016c713          	xor	a4,a3,1
80404174:	bf05                	j	804040a4 <__dtoa_engine+0x40c>
80404176:	4c91                	li	s9,4
80404178:	b7ed                	j	80404162 <__dtoa_engine+0x4ca>
8040417a:	02d50833          	mul	a6,a0,a3
8040417e:	0c05                	add	s8,s8,1
80404180:	02c536b3          	mulhu	a3,a0,a2
80404184:	02c50633          	mul	a2,a0,a2
80404188:	96c2                	add	a3,a3,a6
8040418a:	b73d                	j	804040b8 <__dtoa_engine+0x420>
8040418c:	4629                	li	a2,10
8040418e:	4681                	li	a3,0
80404190:	8526                	mv	a0,s1
80404192:	85d2                	mv	a1,s4
80404194:	ffffe097          	auipc	ra,0xffffe
80404198:	530080e7          	jalr	1328(ra) # 804026c4 <__umoddi3>
8040419c:	03050513          	add	a0,a0,48
804041a0:	00ab02a3          	sb	a0,5(s6)
804041a4:	85d2                	mv	a1,s4
804041a6:	8526                	mv	a0,s1
804041a8:	4629                	li	a2,10
804041aa:	4681                	li	a3,0
804041ac:	ffffe097          	auipc	ra,0xffffe
804041b0:	1ba080e7          	jalr	442(ra) # 80402366 <__udivdi3>
804041b4:	84aa                	mv	s1,a0
804041b6:	8a2e                	mv	s4,a1
804041b8:	0b85                	add	s7,s7,1
804041ba:	b7b5                	j	80404126 <__dtoa_engine+0x48e>

804041bc <__pow5Factor>:
804041bc:	ccccd737          	lui	a4,0xccccd
804041c0:	333336b7          	lui	a3,0x33333
804041c4:	87aa                	mv	a5,a0
804041c6:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c86bf7d>
804041ca:	4501                	li	a0,0
804041cc:	ccc70713          	add	a4,a4,-820
804041d0:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
804041d4:	02c585b3          	mul	a1,a1,a2
804041d8:	02e78833          	mul	a6,a5,a4
804041dc:	982e                	add	a6,a6,a1
804041de:	02c7b5b3          	mulhu	a1,a5,a2
804041e2:	95c2                	add	a1,a1,a6
804041e4:	02c787b3          	mul	a5,a5,a2
804041e8:	00b6e863          	bltu	a3,a1,804041f8 <__pow5Factor+0x3c>
804041ec:	00d59463          	bne	a1,a3,804041f4 <__pow5Factor+0x38>
804041f0:	00f5e463          	bltu	a1,a5,804041f8 <__pow5Factor+0x3c>
804041f4:	0505                	add	a0,a0,1
804041f6:	bff9                	j	804041d4 <__pow5Factor+0x18>
804041f8:	8082                	ret

804041fa <__double_computePow5>:
804041fa:	ffffe317          	auipc	t1,0xffffe
804041fe:	7fa302e7          	jalr	t0,2042(t1) # 804029f4 <__riscv_save_10>
80404202:	47e9                	li	a5,26
80404204:	02f55b33          	divu	s6,a0,a5
80404208:	804069b7          	lui	s3,0x80406
8040420c:	70098b93          	add	s7,s3,1792 # 80406700 <DOUBLE_POW5_SPLIT2>
80404210:	1101                	add	sp,sp,-32
80404212:	892e                	mv	s2,a1
80404214:	02f577b3          	remu	a5,a0,a5
80404218:	004b1713          	sll	a4,s6,0x4
8040421c:	9bba                	add	s7,s7,a4
8040421e:	e785                	bnez	a5,80404246 <__double_computePow5+0x4c>
80404220:	000ba703          	lw	a4,0(s7)
80404224:	004ba783          	lw	a5,4(s7)
80404228:	c198                	sw	a4,0(a1)
8040422a:	c1dc                	sw	a5,4(a1)
8040422c:	008ba503          	lw	a0,8(s7)
80404230:	00cba583          	lw	a1,12(s7)
80404234:	00a92423          	sw	a0,8(s2)
80404238:	00b92623          	sw	a1,12(s2)
8040423c:	6105                	add	sp,sp,32
8040423e:	ffffe317          	auipc	t1,0xffffe
80404242:	7ee30067          	jr	2030(t1) # 80402a2c <__riscv_restore_10>
80404246:	70098993          	add	s3,s3,1792
8040424a:	078e                	sll	a5,a5,0x3
8040424c:	97ce                	add	a5,a5,s3
8040424e:	0d07aa03          	lw	s4,208(a5)
80404252:	0d47aa83          	lw	s5,212(a5)
80404256:	008ba603          	lw	a2,8(s7)
8040425a:	00cba683          	lw	a3,12(s7)
8040425e:	0818                	add	a4,sp,16
80404260:	85d6                	mv	a1,s5
80404262:	842a                	mv	s0,a0
80404264:	8552                	mv	a0,s4
80404266:	00000097          	auipc	ra,0x0
8040426a:	216080e7          	jalr	534(ra) # 8040447c <__umul128>
8040426e:	000ba603          	lw	a2,0(s7)
80404272:	004ba683          	lw	a3,4(s7)
80404276:	84aa                	mv	s1,a0
80404278:	8c2e                	mv	s8,a1
8040427a:	0838                	add	a4,sp,24
8040427c:	8552                	mv	a0,s4
8040427e:	85d6                	mv	a1,s5
80404280:	00000097          	auipc	ra,0x0
80404284:	1fc080e7          	jalr	508(ra) # 8040447c <__umul128>
80404288:	47e2                	lw	a5,24(sp)
8040428a:	4772                	lw	a4,28(sp)
8040428c:	8aaa                	mv	s5,a0
8040428e:	94be                	add	s1,s1,a5
80404290:	00f4ba33          	sltu	s4,s1,a5
80404294:	9c3a                	add	s8,s8,a4
80404296:	9a62                	add	s4,s4,s8
80404298:	00ea6663          	bltu	s4,a4,804042a4 <__double_computePow5+0xaa>
8040429c:	01471d63          	bne	a4,s4,804042b6 <__double_computePow5+0xbc>
804042a0:	00f4fb63          	bgeu	s1,a5,804042b6 <__double_computePow5+0xbc>
804042a4:	47c2                	lw	a5,16(sp)
804042a6:	46d2                	lw	a3,20(sp)
804042a8:	00178713          	add	a4,a5,1
804042ac:	00f737b3          	sltu	a5,a4,a5
804042b0:	97b6                	add	a5,a5,a3
804042b2:	c83a                	sw	a4,16(sp)
804042b4:	ca3e                	sw	a5,20(sp)
804042b6:	8522                	mv	a0,s0
804042b8:	c62e                	sw	a1,12(sp)
804042ba:	00000097          	auipc	ra,0x0
804042be:	1b0080e7          	jalr	432(ra) # 8040446a <__pow5bits>
804042c2:	8baa                	mv	s7,a0
804042c4:	4569                	li	a0,26
804042c6:	02ab0533          	mul	a0,s6,a0
804042ca:	00000097          	auipc	ra,0x0
804042ce:	1a0080e7          	jalr	416(ra) # 8040446a <__pow5bits>
804042d2:	45b2                	lw	a1,12(sp)
804042d4:	40ab8733          	sub	a4,s7,a0
804042d8:	8626                	mv	a2,s1
804042da:	86d2                	mv	a3,s4
804042dc:	8556                	mv	a0,s5
804042de:	c43a                	sw	a4,8(sp)
804042e0:	00000097          	auipc	ra,0x0
804042e4:	1e8080e7          	jalr	488(ra) # 804044c8 <__shiftright128>
804042e8:	00445793          	srl	a5,s0,0x4
804042ec:	078a                	sll	a5,a5,0x2
804042ee:	99be                	add	s3,s3,a5
804042f0:	1a09a783          	lw	a5,416(s3)
804042f4:	0406                	sll	s0,s0,0x1
804042f6:	8879                	and	s0,s0,30
804042f8:	0087d7b3          	srl	a5,a5,s0
804042fc:	8b8d                	and	a5,a5,3
804042fe:	953e                	add	a0,a0,a5
80404300:	00f537b3          	sltu	a5,a0,a5
80404304:	4722                	lw	a4,8(sp)
80404306:	4642                	lw	a2,16(sp)
80404308:	46d2                	lw	a3,20(sp)
8040430a:	97ae                	add	a5,a5,a1
8040430c:	00a92023          	sw	a0,0(s2)
80404310:	00f92223          	sw	a5,4(s2)
80404314:	8526                	mv	a0,s1
80404316:	85d2                	mv	a1,s4
80404318:	00000097          	auipc	ra,0x0
8040431c:	1b0080e7          	jalr	432(ra) # 804044c8 <__shiftright128>
80404320:	bf11                	j	80404234 <__double_computePow5+0x3a>

80404322 <__double_computeInvPow5>:
80404322:	ffffe317          	auipc	t1,0xffffe
80404326:	6d2302e7          	jalr	t0,1746(t1) # 804029f4 <__riscv_save_10>
8040432a:	4b69                	li	s6,26
8040432c:	01950793          	add	a5,a0,25
80404330:	0367d7b3          	divu	a5,a5,s6
80404334:	80406ab7          	lui	s5,0x80406
80404338:	700a8493          	add	s1,s5,1792 # 80406700 <DOUBLE_POW5_SPLIT2>
8040433c:	1f848493          	add	s1,s1,504
80404340:	1101                	add	sp,sp,-32
80404342:	8a2e                	mv	s4,a1
80404344:	03678b33          	mul	s6,a5,s6
80404348:	0792                	sll	a5,a5,0x4
8040434a:	94be                	add	s1,s1,a5
8040434c:	40ab0733          	sub	a4,s6,a0
80404350:	02ab1163          	bne	s6,a0,80404372 <__double_computeInvPow5+0x50>
80404354:	4098                	lw	a4,0(s1)
80404356:	40dc                	lw	a5,4(s1)
80404358:	c198                	sw	a4,0(a1)
8040435a:	c1dc                	sw	a5,4(a1)
8040435c:	4488                	lw	a0,8(s1)
8040435e:	44cc                	lw	a1,12(s1)
80404360:	00aa2423          	sw	a0,8(s4)
80404364:	00ba2623          	sw	a1,12(s4)
80404368:	6105                	add	sp,sp,32
8040436a:	ffffe317          	auipc	t1,0xffffe
8040436e:	6c230067          	jr	1730(t1) # 80402a2c <__riscv_restore_10>
80404372:	700a8a93          	add	s5,s5,1792
80404376:	070e                	sll	a4,a4,0x3
80404378:	9756                	add	a4,a4,s5
8040437a:	0d072903          	lw	s2,208(a4)
8040437e:	0d472983          	lw	s3,212(a4)
80404382:	4490                	lw	a2,8(s1)
80404384:	44d4                	lw	a3,12(s1)
80404386:	0818                	add	a4,sp,16
80404388:	85ce                	mv	a1,s3
8040438a:	842a                	mv	s0,a0
8040438c:	854a                	mv	a0,s2
8040438e:	00000097          	auipc	ra,0x0
80404392:	0ee080e7          	jalr	238(ra) # 8040447c <__umul128>
80404396:	4090                	lw	a2,0(s1)
80404398:	40d4                	lw	a3,4(s1)
8040439a:	8c2a                	mv	s8,a0
8040439c:	00163793          	seqz	a5,a2
804043a0:	8bae                	mv	s7,a1
804043a2:	0838                	add	a4,sp,24
804043a4:	8e9d                	sub	a3,a3,a5
804043a6:	854a                	mv	a0,s2
804043a8:	85ce                	mv	a1,s3
804043aa:	167d                	add	a2,a2,-1
804043ac:	00000097          	auipc	ra,0x0
804043b0:	0d0080e7          	jalr	208(ra) # 8040447c <__umul128>
804043b4:	47e2                	lw	a5,24(sp)
804043b6:	4772                	lw	a4,28(sp)
804043b8:	89aa                	mv	s3,a0
804043ba:	9c3e                	add	s8,s8,a5
804043bc:	00fc3933          	sltu	s2,s8,a5
804043c0:	9bba                	add	s7,s7,a4
804043c2:	995e                	add	s2,s2,s7
804043c4:	00e96663          	bltu	s2,a4,804043d0 <__double_computeInvPow5+0xae>
804043c8:	01271d63          	bne	a4,s2,804043e2 <__double_computeInvPow5+0xc0>
804043cc:	00fc7b63          	bgeu	s8,a5,804043e2 <__double_computeInvPow5+0xc0>
804043d0:	47c2                	lw	a5,16(sp)
804043d2:	46d2                	lw	a3,20(sp)
804043d4:	00178713          	add	a4,a5,1
804043d8:	00f737b3          	sltu	a5,a4,a5
804043dc:	97b6                	add	a5,a5,a3
804043de:	c83a                	sw	a4,16(sp)
804043e0:	ca3e                	sw	a5,20(sp)
804043e2:	855a                	mv	a0,s6
804043e4:	c62e                	sw	a1,12(sp)
804043e6:	00000097          	auipc	ra,0x0
804043ea:	084080e7          	jalr	132(ra) # 8040446a <__pow5bits>
804043ee:	8b2a                	mv	s6,a0
804043f0:	8522                	mv	a0,s0
804043f2:	00000097          	auipc	ra,0x0
804043f6:	078080e7          	jalr	120(ra) # 8040446a <__pow5bits>
804043fa:	45b2                	lw	a1,12(sp)
804043fc:	40ab0733          	sub	a4,s6,a0
80404400:	8662                	mv	a2,s8
80404402:	86ca                	mv	a3,s2
80404404:	854e                	mv	a0,s3
80404406:	c43a                	sw	a4,8(sp)
80404408:	00000097          	auipc	ra,0x0
8040440c:	0c0080e7          	jalr	192(ra) # 804044c8 <__shiftright128>
80404410:	00445793          	srl	a5,s0,0x4
80404414:	078a                	sll	a5,a5,0x2
80404416:	9abe                	add	s5,s5,a5
80404418:	2e8aa783          	lw	a5,744(s5)
8040441c:	0406                	sll	s0,s0,0x1
8040441e:	8879                	and	s0,s0,30
80404420:	0087d7b3          	srl	a5,a5,s0
80404424:	8b8d                	and	a5,a5,3
80404426:	0785                	add	a5,a5,1
80404428:	953e                	add	a0,a0,a5
8040442a:	00f537b3          	sltu	a5,a0,a5
8040442e:	4722                	lw	a4,8(sp)
80404430:	4642                	lw	a2,16(sp)
80404432:	46d2                	lw	a3,20(sp)
80404434:	97ae                	add	a5,a5,a1
80404436:	00aa2023          	sw	a0,0(s4)
8040443a:	00fa2223          	sw	a5,4(s4)
8040443e:	8562                	mv	a0,s8
80404440:	85ca                	mv	a1,s2
80404442:	00000097          	auipc	ra,0x0
80404446:	086080e7          	jalr	134(ra) # 804044c8 <__shiftright128>
8040444a:	bf19                	j	80404360 <__double_computeInvPow5+0x3e>

8040444c <__log10Pow2>:
8040444c:	67cd                	lui	a5,0x13
8040444e:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80404452:	02f50533          	mul	a0,a0,a5
80404456:	8149                	srl	a0,a0,0x12
80404458:	8082                	ret

8040445a <__log10Pow5>:
8040445a:	000b37b7          	lui	a5,0xb3
8040445e:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80404462:	02f50533          	mul	a0,a0,a5
80404466:	8151                	srl	a0,a0,0x14
80404468:	8082                	ret

8040446a <__pow5bits>:
8040446a:	001297b7          	lui	a5,0x129
8040446e:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80404472:	02f50533          	mul	a0,a0,a5
80404476:	814d                	srl	a0,a0,0x13
80404478:	0505                	add	a0,a0,1
8040447a:	8082                	ret

8040447c <__umul128>:
8040447c:	02c537b3          	mulhu	a5,a0,a2
80404480:	832e                	mv	t1,a1
80404482:	02c585b3          	mul	a1,a1,a2
80404486:	02c33833          	mulhu	a6,t1,a2
8040448a:	95be                	add	a1,a1,a5
8040448c:	00f5b7b3          	sltu	a5,a1,a5
80404490:	97c2                	add	a5,a5,a6
80404492:	02a68833          	mul	a6,a3,a0
80404496:	02a6b8b3          	mulhu	a7,a3,a0
8040449a:	95c2                	add	a1,a1,a6
8040449c:	0105b833          	sltu	a6,a1,a6
804044a0:	98c2                	add	a7,a7,a6
804044a2:	02d30833          	mul	a6,t1,a3
804044a6:	02d33333          	mulhu	t1,t1,a3
804044aa:	983e                	add	a6,a6,a5
804044ac:	011806b3          	add	a3,a6,a7
804044b0:	00f837b3          	sltu	a5,a6,a5
804044b4:	0106b833          	sltu	a6,a3,a6
804044b8:	c314                	sw	a3,0(a4)
804044ba:	979a                	add	a5,a5,t1
804044bc:	983e                	add	a6,a6,a5
804044be:	02c50533          	mul	a0,a0,a2
804044c2:	01072223          	sw	a6,4(a4)
804044c6:	8082                	ret

804044c8 <__shiftright128>:
804044c8:	ffffe317          	auipc	t1,0xffffe
804044cc:	53a302e7          	jalr	t0,1338(t1) # 80402a02 <__riscv_save_4>
804044d0:	8a2a                	mv	s4,a0
804044d2:	8532                	mv	a0,a2
804044d4:	04000613          	li	a2,64
804044d8:	8e19                	sub	a2,a2,a4
804044da:	89ae                	mv	s3,a1
804044dc:	85b6                	mv	a1,a3
804044de:	843a                	mv	s0,a4
804044e0:	ffffe097          	auipc	ra,0xffffe
804044e4:	df8080e7          	jalr	-520(ra) # 804022d8 <__ashldi3>
804044e8:	892a                	mv	s2,a0
804044ea:	84ae                	mv	s1,a1
804044ec:	8622                	mv	a2,s0
804044ee:	8552                	mv	a0,s4
804044f0:	85ce                	mv	a1,s3
804044f2:	ffffe097          	auipc	ra,0xffffe
804044f6:	dbe080e7          	jalr	-578(ra) # 804022b0 <__lshrdi3>
804044fa:	00a96533          	or	a0,s2,a0
804044fe:	8dc5                	or	a1,a1,s1
80404500:	ffffe317          	auipc	t1,0xffffe
80404504:	53630067          	jr	1334(t1) # 80402a36 <__riscv_restore_4>

80404508 <strnlen>:
80404508:	95aa                	add	a1,a1,a0
8040450a:	87aa                	mv	a5,a0
8040450c:	00b78563          	beq	a5,a1,80404516 <strnlen+0xe>
80404510:	0007c703          	lbu	a4,0(a5)
80404514:	e701                	bnez	a4,8040451c <strnlen+0x14>
80404516:	40a78533          	sub	a0,a5,a0
8040451a:	8082                	ret
8040451c:	0785                	add	a5,a5,1
8040451e:	b7fd                	j	8040450c <strnlen+0x4>

80404520 <__file_str_put>:
80404520:	49dc                	lw	a5,20(a1)
80404522:	4d98                	lw	a4,24(a1)
80404524:	00e78763          	beq	a5,a4,80404532 <__file_str_put+0x12>
80404528:	00178713          	add	a4,a5,1
8040452c:	c9d8                	sw	a4,20(a1)
8040452e:	00a78023          	sb	a0,0(a5)
80404532:	8082                	ret

80404534 <store_event>:
80404534:	8082                	ret

80404536 <uni_blk_present>:
80404536:	804077b7          	lui	a5,0x80407
8040453a:	11c7a503          	lw	a0,284(a5) # 8040711c <present>
8040453e:	8082                	ret

80404540 <uni_blk_sectors>:
80404540:	804077b7          	lui	a5,0x80407
80404544:	11c7a783          	lw	a5,284(a5) # 8040711c <present>
80404548:	4501                	li	a0,0
8040454a:	c789                	beqz	a5,80404554 <uni_blk_sectors+0x14>
8040454c:	8041c7b7          	lui	a5,0x8041c
80404550:	6947a503          	lw	a0,1684(a5) # 8041c694 <bf+0x1c>
80404554:	8082                	ret

80404556 <uni_blk_read>:
80404556:	804077b7          	lui	a5,0x80407
8040455a:	11c7a803          	lw	a6,284(a5) # 8040711c <present>
8040455e:	00081463          	bnez	a6,80404566 <uni_blk_read+0x10>
80404562:	5529                	li	a0,-22
80404564:	8082                	ret
80404566:	87ae                	mv	a5,a1
80404568:	dded                	beqz	a1,80404562 <uni_blk_read+0xc>
8040456a:	8041c837          	lui	a6,0x8041c
8040456e:	86b2                	mv	a3,a2
80404570:	67880613          	add	a2,a6,1656 # 8041c678 <bf>
80404574:	4e50                	lw	a2,28(a2)
80404576:	872a                	mv	a4,a0
80404578:	fea665e3          	bltu	a2,a0,80404562 <uni_blk_read+0xc>
8040457c:	40a605b3          	sub	a1,a2,a0
80404580:	fef5e1e3          	bltu	a1,a5,80404562 <uni_blk_read+0xc>
80404584:	80407337          	lui	t1,0x80407
80404588:	11832583          	lw	a1,280(t1) # 80407118 <extent_bound>
8040458c:	c989                	beqz	a1,8040459e <uni_blk_read+0x48>
8040458e:	85aa                	mv	a1,a0
80404590:	863e                	mv	a2,a5
80404592:	67880513          	add	a0,a6,1656
80404596:	ffffd317          	auipc	t1,0xffffd
8040459a:	a9830067          	jr	-1384(t1) # 8040102e <blkfront_read>
8040459e:	1101                	add	sp,sp,-32
804045a0:	ce06                	sw	ra,28(sp)
804045a2:	c402                	sw	zero,8(sp)
804045a4:	c632                	sw	a2,12(sp)
804045a6:	4509                	li	a0,2
804045a8:	002c                	add	a1,sp,8
804045aa:	03000893          	li	a7,48
804045ae:	00000073          	ecall
804045b2:	ed11                	bnez	a0,804045ce <uni_blk_read+0x78>
804045b4:	4605                	li	a2,1
804045b6:	10c32c23          	sw	a2,280(t1)
804045ba:	40f2                	lw	ra,28(sp)
804045bc:	863e                	mv	a2,a5
804045be:	85ba                	mv	a1,a4
804045c0:	67880513          	add	a0,a6,1656
804045c4:	6105                	add	sp,sp,32
804045c6:	ffffd317          	auipc	t1,0xffffd
804045ca:	a6830067          	jr	-1432(t1) # 8040102e <blkfront_read>
804045ce:	fe0556e3          	bgez	a0,804045ba <uni_blk_read+0x64>
804045d2:	80407537          	lui	a0,0x80407
804045d6:	c4050513          	add	a0,a0,-960 # 80406c40 <__clz_tab+0x204>
804045da:	ffffc097          	auipc	ra,0xffffc
804045de:	30e080e7          	jalr	782(ra) # 804008e8 <uni_panic>

804045e2 <uni_blk_write>:
804045e2:	804077b7          	lui	a5,0x80407
804045e6:	11c7a803          	lw	a6,284(a5) # 8040711c <present>
804045ea:	00081463          	bnez	a6,804045f2 <uni_blk_write+0x10>
804045ee:	5529                	li	a0,-22
804045f0:	8082                	ret
804045f2:	87ae                	mv	a5,a1
804045f4:	dded                	beqz	a1,804045ee <uni_blk_write+0xc>
804045f6:	8041c837          	lui	a6,0x8041c
804045fa:	86b2                	mv	a3,a2
804045fc:	67880613          	add	a2,a6,1656 # 8041c678 <bf>
80404600:	4e50                	lw	a2,28(a2)
80404602:	872a                	mv	a4,a0
80404604:	fea665e3          	bltu	a2,a0,804045ee <uni_blk_write+0xc>
80404608:	40a605b3          	sub	a1,a2,a0
8040460c:	fef5e1e3          	bltu	a1,a5,804045ee <uni_blk_write+0xc>
80404610:	80407337          	lui	t1,0x80407
80404614:	11832583          	lw	a1,280(t1) # 80407118 <extent_bound>
80404618:	c989                	beqz	a1,8040462a <uni_blk_write+0x48>
8040461a:	85aa                	mv	a1,a0
8040461c:	863e                	mv	a2,a5
8040461e:	67880513          	add	a0,a6,1656
80404622:	ffffd317          	auipc	t1,0xffffd
80404626:	a1630067          	jr	-1514(t1) # 80401038 <blkfront_write>
8040462a:	1101                	add	sp,sp,-32
8040462c:	ce06                	sw	ra,28(sp)
8040462e:	c402                	sw	zero,8(sp)
80404630:	c632                	sw	a2,12(sp)
80404632:	4509                	li	a0,2
80404634:	002c                	add	a1,sp,8
80404636:	03000893          	li	a7,48
8040463a:	00000073          	ecall
8040463e:	ed11                	bnez	a0,8040465a <uni_blk_write+0x78>
80404640:	4605                	li	a2,1
80404642:	10c32c23          	sw	a2,280(t1)
80404646:	40f2                	lw	ra,28(sp)
80404648:	863e                	mv	a2,a5
8040464a:	85ba                	mv	a1,a4
8040464c:	67880513          	add	a0,a6,1656
80404650:	6105                	add	sp,sp,32
80404652:	ffffd317          	auipc	t1,0xffffd
80404656:	9e630067          	jr	-1562(t1) # 80401038 <blkfront_write>
8040465a:	fe0556e3          	bgez	a0,80404646 <uni_blk_write+0x64>
8040465e:	80407537          	lui	a0,0x80407
80404662:	c4050513          	add	a0,a0,-960 # 80406c40 <__clz_tab+0x204>
80404666:	ffffc097          	auipc	ra,0xffffc
8040466a:	282080e7          	jalr	642(ra) # 804008e8 <uni_panic>

8040466e <uni_blk_flush>:
8040466e:	804077b7          	lui	a5,0x80407
80404672:	11c7a783          	lw	a5,284(a5) # 8040711c <present>
80404676:	cb89                	beqz	a5,80404688 <uni_blk_flush+0x1a>
80404678:	8041c537          	lui	a0,0x8041c
8040467c:	67850513          	add	a0,a0,1656 # 8041c678 <bf>
80404680:	ffffd317          	auipc	t1,0xffffd
80404684:	9c430067          	jr	-1596(t1) # 80401044 <blkfront_flush>
80404688:	5529                	li	a0,-22
8040468a:	8082                	ret

8040468c <fs_ops_list>:
8040468c:	7179                	add	sp,sp,-48
8040468e:	d422                	sw	s0,40(sp)
80404690:	d226                	sw	s1,36(sp)
80404692:	8432                	mv	s0,a2
80404694:	84ae                	mv	s1,a1
80404696:	860a                	mv	a2,sp
80404698:	004c                	add	a1,sp,4
8040469a:	d606                	sw	ra,44(sp)
8040469c:	00001097          	auipc	ra,0x1
804046a0:	414080e7          	jalr	1044(ra) # 80405ab0 <fs_readdir>
804046a4:	02054463          	bltz	a0,804046cc <fs_ops_list+0x40>
804046a8:	0048                	add	a0,sp,4
804046aa:	00001097          	auipc	ra,0x1
804046ae:	784080e7          	jalr	1924(ra) # 80405e2e <strlen>
804046b2:	00150613          	add	a2,a0,1
804046b6:	02c46963          	bltu	s0,a2,804046e8 <fs_ops_list+0x5c>
804046ba:	004c                	add	a1,sp,4
804046bc:	8526                	mv	a0,s1
804046be:	00001097          	auipc	ra,0x1
804046c2:	734080e7          	jalr	1844(ra) # 80405df2 <memcpy>
804046c6:	4502                	lw	a0,0(sp)
804046c8:	00054763          	bltz	a0,804046d6 <fs_ops_list+0x4a>
804046cc:	50b2                	lw	ra,44(sp)
804046ce:	5422                	lw	s0,40(sp)
804046d0:	5492                	lw	s1,36(sp)
804046d2:	6145                	add	sp,sp,48
804046d4:	8082                	ret
804046d6:	50b2                	lw	ra,44(sp)
804046d8:	5422                	lw	s0,40(sp)
804046da:	80000537          	lui	a0,0x80000
804046de:	5492                	lw	s1,36(sp)
804046e0:	fff54513          	not	a0,a0
804046e4:	6145                	add	sp,sp,48
804046e6:	8082                	ret
804046e8:	fdc00513          	li	a0,-36
804046ec:	b7c5                	j	804046cc <fs_ops_list+0x40>

804046ee <fs_ops_unlink>:
804046ee:	00001317          	auipc	t1,0x1
804046f2:	30830067          	jr	776(t1) # 804059f6 <fs_unlink>

804046f6 <fs_ops_write>:
804046f6:	07f00793          	li	a5,127
804046fa:	06a7e563          	bltu	a5,a0,80404764 <fs_ops_write+0x6e>
804046fe:	00351313          	sll	t1,a0,0x3
80404702:	40a307b3          	sub	a5,t1,a0
80404706:	8041c8b7          	lui	a7,0x8041c
8040470a:	70888893          	add	a7,a7,1800 # 8041c708 <files>
8040470e:	078a                	sll	a5,a5,0x2
80404710:	97c6                	add	a5,a5,a7
80404712:	43d4                	lw	a3,4(a5)
80404714:	882a                	mv	a6,a0
80404716:	555d                	li	a0,-9
80404718:	04d05863          	blez	a3,80404768 <fs_ops_write+0x72>
8040471c:	47d4                	lw	a3,12(a5)
8040471e:	c6a9                	beqz	a3,80404768 <fs_ops_write+0x72>
80404720:	8732                	mv	a4,a2
80404722:	04064463          	bltz	a2,8040476a <fs_ops_write+0x74>
80404726:	4b94                	lw	a3,16(a5)
80404728:	1141                	add	sp,sp,-16
8040472a:	c606                	sw	ra,12(sp)
8040472c:	c422                	sw	s0,8(sp)
8040472e:	862e                	mv	a2,a1
80404730:	e695                	bnez	a3,8040475c <fs_ops_write+0x66>
80404732:	4f94                	lw	a3,24(a5)
80404734:	41030333          	sub	t1,t1,a6
80404738:	030a                	sll	t1,t1,0x2
8040473a:	00688433          	add	s0,a7,t1
8040473e:	4848                	lw	a0,20(s0)
80404740:	4581                	li	a1,0
80404742:	00001097          	auipc	ra,0x1
80404746:	ebe080e7          	jalr	-322(ra) # 80405600 <writei>
8040474a:	00a05563          	blez	a0,80404754 <fs_ops_write+0x5e>
8040474e:	4c1c                	lw	a5,24(s0)
80404750:	97aa                	add	a5,a5,a0
80404752:	cc1c                	sw	a5,24(s0)
80404754:	40b2                	lw	ra,12(sp)
80404756:	4422                	lw	s0,8(sp)
80404758:	0141                	add	sp,sp,16
8040475a:	8082                	ret
8040475c:	4bd4                	lw	a3,20(a5)
8040475e:	46d4                	lw	a3,12(a3)
80404760:	cf94                	sw	a3,24(a5)
80404762:	bfc9                	j	80404734 <fs_ops_write+0x3e>
80404764:	555d                	li	a0,-9
80404766:	8082                	ret
80404768:	8082                	ret
8040476a:	5529                	li	a0,-22
8040476c:	8082                	ret

8040476e <fs_ops_read>:
8040476e:	07f00793          	li	a5,127
80404772:	04a7e863          	bltu	a5,a0,804047c2 <fs_ops_read+0x54>
80404776:	1141                	add	sp,sp,-16
80404778:	00351793          	sll	a5,a0,0x3
8040477c:	8f89                	sub	a5,a5,a0
8040477e:	c422                	sw	s0,8(sp)
80404780:	8041c437          	lui	s0,0x8041c
80404784:	078a                	sll	a5,a5,0x2
80404786:	70840413          	add	s0,s0,1800 # 8041c708 <files>
8040478a:	943e                	add	s0,s0,a5
8040478c:	405c                	lw	a5,4(s0)
8040478e:	c606                	sw	ra,12(sp)
80404790:	555d                	li	a0,-9
80404792:	02f05463          	blez	a5,804047ba <fs_ops_read+0x4c>
80404796:	441c                	lw	a5,8(s0)
80404798:	c38d                	beqz	a5,804047ba <fs_ops_read+0x4c>
8040479a:	8732                	mv	a4,a2
8040479c:	02064563          	bltz	a2,804047c6 <fs_ops_read+0x58>
804047a0:	4c14                	lw	a3,24(s0)
804047a2:	4848                	lw	a0,20(s0)
804047a4:	862e                	mv	a2,a1
804047a6:	4581                	li	a1,0
804047a8:	00001097          	auipc	ra,0x1
804047ac:	d70080e7          	jalr	-656(ra) # 80405518 <readi>
804047b0:	00a05563          	blez	a0,804047ba <fs_ops_read+0x4c>
804047b4:	4c1c                	lw	a5,24(s0)
804047b6:	97aa                	add	a5,a5,a0
804047b8:	cc1c                	sw	a5,24(s0)
804047ba:	40b2                	lw	ra,12(sp)
804047bc:	4422                	lw	s0,8(sp)
804047be:	0141                	add	sp,sp,16
804047c0:	8082                	ret
804047c2:	555d                	li	a0,-9
804047c4:	8082                	ret
804047c6:	5529                	li	a0,-22
804047c8:	bfcd                	j	804047ba <fs_ops_read+0x4c>

804047ca <fs_shutdown>:
804047ca:	00001317          	auipc	t1,0x1
804047ce:	55230067          	jr	1362(t1) # 80405d1c <bio_flush>

804047d2 <fs_ops_open>:
804047d2:	7179                	add	sp,sp,-48
804047d4:	ce4e                	sw	s3,28(sp)
804047d6:	d606                	sw	ra,44(sp)
804047d8:	d422                	sw	s0,40(sp)
804047da:	d226                	sw	s1,36(sp)
804047dc:	d04a                	sw	s2,32(sp)
804047de:	0035f993          	and	s3,a1,3
804047e2:	478d                	li	a5,3
804047e4:	08f98f63          	beq	s3,a5,80404882 <fs_ops_open+0xb0>
804047e8:	8041c7b7          	lui	a5,0x8041c
804047ec:	892e                	mv	s2,a1
804047ee:	70c78793          	add	a5,a5,1804 # 8041c70c <files+0x4>
804047f2:	4401                	li	s0,0
804047f4:	08000693          	li	a3,128
804047f8:	a021                	j	80404800 <fs_ops_open+0x2e>
804047fa:	0405                	add	s0,s0,1
804047fc:	06d40b63          	beq	s0,a3,80404872 <fs_ops_open+0xa0>
80404800:	4398                	lw	a4,0(a5)
80404802:	07f1                	add	a5,a5,28
80404804:	fee04be3          	bgtz	a4,804047fa <fs_ops_open+0x28>
80404808:	0070                	add	a2,sp,12
8040480a:	85ca                	mv	a1,s2
8040480c:	00001097          	auipc	ra,0x1
80404810:	09e080e7          	jalr	158(ra) # 804058aa <fs_open>
80404814:	04054863          	bltz	a0,80404864 <fs_ops_open+0x92>
80404818:	00341493          	sll	s1,s0,0x3
8040481c:	8c81                	sub	s1,s1,s0
8040481e:	8041c7b7          	lui	a5,0x8041c
80404822:	70878793          	add	a5,a5,1800 # 8041c708 <files>
80404826:	048a                	sll	s1,s1,0x2
80404828:	94be                	add	s1,s1,a5
8040482a:	4671                	li	a2,28
8040482c:	4581                	li	a1,0
8040482e:	8526                	mv	a0,s1
80404830:	00001097          	auipc	ra,0x1
80404834:	580080e7          	jalr	1408(ra) # 80405db0 <memset>
80404838:	4709                	li	a4,2
8040483a:	c098                	sw	a4,0(s1)
8040483c:	4705                	li	a4,1
8040483e:	c0d8                	sw	a4,4(s1)
80404840:	4732                	lw	a4,12(sp)
80404842:	fff98793          	add	a5,s3,-1
80404846:	00a95913          	srl	s2,s2,0xa
8040484a:	00f037b3          	snez	a5,a5
8040484e:	013039b3          	snez	s3,s3
80404852:	00197913          	and	s2,s2,1
80404856:	c8d8                	sw	a4,20(s1)
80404858:	c49c                	sw	a5,8(s1)
8040485a:	0134a623          	sw	s3,12(s1)
8040485e:	0124a823          	sw	s2,16(s1)
80404862:	8522                	mv	a0,s0
80404864:	50b2                	lw	ra,44(sp)
80404866:	5422                	lw	s0,40(sp)
80404868:	5492                	lw	s1,36(sp)
8040486a:	5902                	lw	s2,32(sp)
8040486c:	49f2                	lw	s3,28(sp)
8040486e:	6145                	add	sp,sp,48
80404870:	8082                	ret
80404872:	50b2                	lw	ra,44(sp)
80404874:	5422                	lw	s0,40(sp)
80404876:	5492                	lw	s1,36(sp)
80404878:	5902                	lw	s2,32(sp)
8040487a:	49f2                	lw	s3,28(sp)
8040487c:	5521                	li	a0,-24
8040487e:	6145                	add	sp,sp,48
80404880:	8082                	ret
80404882:	5529                	li	a0,-22
80404884:	b7c5                	j	80404864 <fs_ops_open+0x92>

80404886 <fs_ops_lseek>:
80404886:	07f00793          	li	a5,127
8040488a:	872a                	mv	a4,a0
8040488c:	04a7ed63          	bltu	a5,a0,804048e6 <fs_ops_lseek+0x60>
80404890:	00351813          	sll	a6,a0,0x3
80404894:	40a807b3          	sub	a5,a6,a0
80404898:	8041c6b7          	lui	a3,0x8041c
8040489c:	70868693          	add	a3,a3,1800 # 8041c708 <files>
804048a0:	078a                	sll	a5,a5,0x2
804048a2:	97b6                	add	a5,a5,a3
804048a4:	0047a883          	lw	a7,4(a5)
804048a8:	555d                	li	a0,-9
804048aa:	03105463          	blez	a7,804048d2 <fs_ops_lseek+0x4c>
804048ae:	e21d                	bnez	a2,804048d4 <fs_ops_lseek+0x4e>
804048b0:	4781                	li	a5,0
804048b2:	97ae                	add	a5,a5,a1
804048b4:	00b7b633          	sltu	a2,a5,a1
804048b8:	81fd                	srl	a1,a1,0x1f
804048ba:	00c59b63          	bne	a1,a2,804048d0 <fs_ops_lseek+0x4a>
804048be:	0007c963          	bltz	a5,804048d0 <fs_ops_lseek+0x4a>
804048c2:	40e80833          	sub	a6,a6,a4
804048c6:	080a                	sll	a6,a6,0x2
804048c8:	96c2                	add	a3,a3,a6
804048ca:	ce9c                	sw	a5,24(a3)
804048cc:	853e                	mv	a0,a5
804048ce:	8082                	ret
804048d0:	5529                	li	a0,-22
804048d2:	8082                	ret
804048d4:	4505                	li	a0,1
804048d6:	00a60a63          	beq	a2,a0,804048ea <fs_ops_lseek+0x64>
804048da:	4509                	li	a0,2
804048dc:	fea61ae3          	bne	a2,a0,804048d0 <fs_ops_lseek+0x4a>
804048e0:	4bdc                	lw	a5,20(a5)
804048e2:	47dc                	lw	a5,12(a5)
804048e4:	b7f9                	j	804048b2 <fs_ops_lseek+0x2c>
804048e6:	555d                	li	a0,-9
804048e8:	8082                	ret
804048ea:	4f9c                	lw	a5,24(a5)
804048ec:	b7d9                	j	804048b2 <fs_ops_lseek+0x2c>

804048ee <fs_ops_close>:
804048ee:	07f00793          	li	a5,127
804048f2:	04a7e463          	bltu	a5,a0,8040493a <fs_ops_close+0x4c>
804048f6:	1141                	add	sp,sp,-16
804048f8:	00351793          	sll	a5,a0,0x3
804048fc:	8f89                	sub	a5,a5,a0
804048fe:	c422                	sw	s0,8(sp)
80404900:	8041c437          	lui	s0,0x8041c
80404904:	078a                	sll	a5,a5,0x2
80404906:	70840413          	add	s0,s0,1800 # 8041c708 <files>
8040490a:	943e                	add	s0,s0,a5
8040490c:	405c                	lw	a5,4(s0)
8040490e:	c606                	sw	ra,12(sp)
80404910:	555d                	li	a0,-9
80404912:	02f05063          	blez	a5,80404932 <fs_ops_close+0x44>
80404916:	4848                	lw	a0,20(s0)
80404918:	00001097          	auipc	ra,0x1
8040491c:	a76080e7          	jalr	-1418(ra) # 8040538e <iput>
80404920:	00001097          	auipc	ra,0x1
80404924:	3fc080e7          	jalr	1020(ra) # 80405d1c <bio_flush>
80404928:	4501                	li	a0,0
8040492a:	00042223          	sw	zero,4(s0)
8040492e:	00042023          	sw	zero,0(s0)
80404932:	40b2                	lw	ra,12(sp)
80404934:	4422                	lw	s0,8(sp)
80404936:	0141                	add	sp,sp,16
80404938:	8082                	ret
8040493a:	555d                	li	a0,-9
8040493c:	8082                	ret

8040493e <panic>:
8040493e:	7115                	add	sp,sp,-224
80404940:	0c410313          	add	t1,sp,196
80404944:	c3ae                	sw	a1,196(sp)
80404946:	c5b2                	sw	a2,200(sp)
80404948:	c7b6                	sw	a3,204(sp)
8040494a:	862a                	mv	a2,a0
8040494c:	869a                	mv	a3,t1
8040494e:	0a000593          	li	a1,160
80404952:	0808                	add	a0,sp,16
80404954:	df06                	sw	ra,188(sp)
80404956:	c9ba                	sw	a4,208(sp)
80404958:	cbbe                	sw	a5,212(sp)
8040495a:	cdc2                	sw	a6,216(sp)
8040495c:	cfc6                	sw	a7,220(sp)
8040495e:	c61a                	sw	t1,12(sp)
80404960:	fffff097          	auipc	ra,0xfffff
80404964:	086080e7          	jalr	134(ra) # 804039e6 <vsnprintf>
80404968:	0808                	add	a0,sp,16
8040496a:	ffffc097          	auipc	ra,0xffffc
8040496e:	f7e080e7          	jalr	-130(ra) # 804008e8 <uni_panic>

80404972 <either_copyout>:
80404972:	1141                	add	sp,sp,-16
80404974:	852e                	mv	a0,a1
80404976:	85b2                	mv	a1,a2
80404978:	8636                	mv	a2,a3
8040497a:	c606                	sw	ra,12(sp)
8040497c:	00001097          	auipc	ra,0x1
80404980:	476080e7          	jalr	1142(ra) # 80405df2 <memcpy>
80404984:	40b2                	lw	ra,12(sp)
80404986:	4501                	li	a0,0
80404988:	0141                	add	sp,sp,16
8040498a:	8082                	ret

8040498c <either_copyin>:
8040498c:	1141                	add	sp,sp,-16
8040498e:	852e                	mv	a0,a1
80404990:	85b2                	mv	a1,a2
80404992:	8636                	mv	a2,a3
80404994:	c606                	sw	ra,12(sp)
80404996:	00001097          	auipc	ra,0x1
8040499a:	45c080e7          	jalr	1116(ra) # 80405df2 <memcpy>
8040499e:	40b2                	lw	ra,12(sp)
804049a0:	4501                	li	a0,0
804049a2:	0141                	add	sp,sp,16
804049a4:	8082                	ret

804049a6 <disk_capacity>:
804049a6:	00000317          	auipc	t1,0x0
804049aa:	b9a30067          	jr	-1126(t1) # 80404540 <uni_blk_sectors>

804049ae <disk_read>:
804049ae:	1141                	add	sp,sp,-16
804049b0:	c422                	sw	s0,8(sp)
804049b2:	c226                	sw	s1,4(sp)
804049b4:	c606                	sw	ra,12(sp)
804049b6:	842a                	mv	s0,a0
804049b8:	84ae                	mv	s1,a1
804049ba:	00000097          	auipc	ra,0x0
804049be:	b9c080e7          	jalr	-1124(ra) # 80404556 <uni_blk_read>
804049c2:	e511                	bnez	a0,804049ce <disk_read+0x20>
804049c4:	40b2                	lw	ra,12(sp)
804049c6:	4422                	lw	s0,8(sp)
804049c8:	4492                	lw	s1,4(sp)
804049ca:	0141                	add	sp,sp,16
804049cc:	8082                	ret
804049ce:	80407537          	lui	a0,0x80407
804049d2:	8626                	mv	a2,s1
804049d4:	85a2                	mv	a1,s0
804049d6:	c7850513          	add	a0,a0,-904 # 80406c78 <__clz_tab+0x23c>
804049da:	00000097          	auipc	ra,0x0
804049de:	f64080e7          	jalr	-156(ra) # 8040493e <panic>

804049e2 <disk_write>:
804049e2:	1141                	add	sp,sp,-16
804049e4:	c422                	sw	s0,8(sp)
804049e6:	c226                	sw	s1,4(sp)
804049e8:	c606                	sw	ra,12(sp)
804049ea:	842a                	mv	s0,a0
804049ec:	84ae                	mv	s1,a1
804049ee:	00000097          	auipc	ra,0x0
804049f2:	bf4080e7          	jalr	-1036(ra) # 804045e2 <uni_blk_write>
804049f6:	e511                	bnez	a0,80404a02 <disk_write+0x20>
804049f8:	40b2                	lw	ra,12(sp)
804049fa:	4422                	lw	s0,8(sp)
804049fc:	4492                	lw	s1,4(sp)
804049fe:	0141                	add	sp,sp,16
80404a00:	8082                	ret
80404a02:	80407537          	lui	a0,0x80407
80404a06:	8626                	mv	a2,s1
80404a08:	85a2                	mv	a1,s0
80404a0a:	c9850513          	add	a0,a0,-872 # 80406c98 <__clz_tab+0x25c>
80404a0e:	00000097          	auipc	ra,0x0
80404a12:	f30080e7          	jalr	-208(ra) # 8040493e <panic>

80404a16 <disk_flush>:
80404a16:	1141                	add	sp,sp,-16
80404a18:	c606                	sw	ra,12(sp)
80404a1a:	00000097          	auipc	ra,0x0
80404a1e:	c54080e7          	jalr	-940(ra) # 8040466e <uni_blk_flush>
80404a22:	e501                	bnez	a0,80404a2a <disk_flush+0x14>
80404a24:	40b2                	lw	ra,12(sp)
80404a26:	0141                	add	sp,sp,16
80404a28:	8082                	ret
80404a2a:	80407537          	lui	a0,0x80407
80404a2e:	cbc50513          	add	a0,a0,-836 # 80406cbc <__clz_tab+0x280>
80404a32:	00000097          	auipc	ra,0x0
80404a36:	f0c080e7          	jalr	-244(ra) # 8040493e <panic>

80404a3a <bfree>:
80404a3a:	8041f7b7          	lui	a5,0x8041f
80404a3e:	70878793          	add	a5,a5,1800 # 8041f708 <sb>
80404a42:	5398                	lw	a4,32(a5)
80404a44:	1101                	add	sp,sp,-32
80404a46:	c84a                	sw	s2,16(sp)
80404a48:	ce06                	sw	ra,28(sp)
80404a4a:	cc22                	sw	s0,24(sp)
80404a4c:	ca26                	sw	s1,20(sp)
80404a4e:	c64e                	sw	s3,12(sp)
80404a50:	892a                	mv	s2,a0
80404a52:	06e56363          	bltu	a0,a4,80404ab8 <bfree+0x7e>
80404a56:	4798                	lw	a4,8(a5)
80404a58:	06e57063          	bgeu	a0,a4,80404ab8 <bfree+0x7e>
80404a5c:	4b98                	lw	a4,16(a5)
80404a5e:	4485                	li	s1,1
80404a60:	00757793          	and	a5,a0,7
80404a64:	813d                	srl	a0,a0,0xf
80404a66:	00f494b3          	sll	s1,s1,a5
80404a6a:	953a                	add	a0,a0,a4
80404a6c:	01191793          	sll	a5,s2,0x11
80404a70:	0147d413          	srl	s0,a5,0x14
80404a74:	00001097          	auipc	ra,0x1
80404a78:	1f4080e7          	jalr	500(ra) # 80405c68 <bread>
80404a7c:	008507b3          	add	a5,a0,s0
80404a80:	0187c703          	lbu	a4,24(a5)
80404a84:	0ff4f493          	zext.b	s1,s1
80404a88:	89aa                	mv	s3,a0
80404a8a:	009776b3          	and	a3,a4,s1
80404a8e:	ce95                	beqz	a3,80404aca <bfree+0x90>
80404a90:	fff4c493          	not	s1,s1
80404a94:	8f65                	and	a4,a4,s1
80404a96:	00e78c23          	sb	a4,24(a5)
80404a9a:	00001097          	auipc	ra,0x1
80404a9e:	242080e7          	jalr	578(ra) # 80405cdc <bdirty>
80404aa2:	4462                	lw	s0,24(sp)
80404aa4:	40f2                	lw	ra,28(sp)
80404aa6:	44d2                	lw	s1,20(sp)
80404aa8:	4942                	lw	s2,16(sp)
80404aaa:	854e                	mv	a0,s3
80404aac:	49b2                	lw	s3,12(sp)
80404aae:	6105                	add	sp,sp,32
80404ab0:	00001317          	auipc	t1,0x1
80404ab4:	23230067          	jr	562(t1) # 80405ce2 <brelse>
80404ab8:	80407537          	lui	a0,0x80407
80404abc:	85ca                	mv	a1,s2
80404abe:	cec50513          	add	a0,a0,-788 # 80406cec <exfs_ops+0x1c>
80404ac2:	00000097          	auipc	ra,0x0
80404ac6:	e7c080e7          	jalr	-388(ra) # 8040493e <panic>
80404aca:	80407537          	lui	a0,0x80407
80404ace:	85ca                	mv	a1,s2
80404ad0:	d1450513          	add	a0,a0,-748 # 80406d14 <exfs_ops+0x44>
80404ad4:	00000097          	auipc	ra,0x0
80404ad8:	e6a080e7          	jalr	-406(ra) # 8040493e <panic>

80404adc <trim_indirect>:
80404adc:	7179                	add	sp,sp,-48
80404ade:	ce4e                	sw	s3,28(sp)
80404ae0:	cc52                	sw	s4,24(sp)
80404ae2:	c85a                	sw	s6,16(sp)
80404ae4:	c65e                	sw	s7,12(sp)
80404ae6:	c266                	sw	s9,4(sp)
80404ae8:	d606                	sw	ra,44(sp)
80404aea:	d422                	sw	s0,40(sp)
80404aec:	d226                	sw	s1,36(sp)
80404aee:	d04a                	sw	s2,32(sp)
80404af0:	ca56                	sw	s5,20(sp)
80404af2:	c462                	sw	s8,8(sp)
80404af4:	c06a                	sw	s10,0(sp)
80404af6:	4785                	li	a5,1
80404af8:	8cb2                	mv	s9,a2
80404afa:	8baa                	mv	s7,a0
80404afc:	8b2e                	mv	s6,a1
80404afe:	89b6                	mv	s3,a3
80404b00:	4a05                	li	s4,1
80404b02:	00f60463          	beq	a2,a5,80404b0a <trim_indirect+0x2e>
80404b06:	40000a13          	li	s4,1024
80404b0a:	855e                	mv	a0,s7
80404b0c:	6a85                	lui	s5,0x1
80404b0e:	00001097          	auipc	ra,0x1
80404b12:	15a080e7          	jalr	346(ra) # 80405c68 <bread>
80404b16:	0ae1                	add	s5,s5,24 # 1018 <errno+0x1018>
80404b18:	8c2a                	mv	s8,a0
80404b1a:	01850413          	add	s0,a0,24
80404b1e:	9aaa                	add	s5,s5,a0
80404b20:	84da                	mv	s1,s6
80404b22:	4d05                	li	s10,1
80404b24:	4008                	lw	a0,0(s0)
80404b26:	009a0933          	add	s2,s4,s1
80404b2a:	cd19                	beqz	a0,80404b48 <trim_indirect+0x6c>
80404b2c:	0129fe63          	bgeu	s3,s2,80404b48 <trim_indirect+0x6c>
80404b30:	86ce                	mv	a3,s3
80404b32:	fffc8613          	add	a2,s9,-1
80404b36:	85a6                	mv	a1,s1
80404b38:	05ac8163          	beq	s9,s10,80404b7a <trim_indirect+0x9e>
80404b3c:	00000097          	auipc	ra,0x0
80404b40:	fa0080e7          	jalr	-96(ra) # 80404adc <trim_indirect>
80404b44:	0534f163          	bgeu	s1,s3,80404b86 <trim_indirect+0xaa>
80404b48:	0411                	add	s0,s0,4
80404b4a:	84ca                	mv	s1,s2
80404b4c:	fd541ce3          	bne	s0,s5,80404b24 <trim_indirect+0x48>
80404b50:	8562                	mv	a0,s8
80404b52:	00001097          	auipc	ra,0x1
80404b56:	190080e7          	jalr	400(ra) # 80405ce2 <brelse>
80404b5a:	033b7e63          	bgeu	s6,s3,80404b96 <trim_indirect+0xba>
80404b5e:	50b2                	lw	ra,44(sp)
80404b60:	5422                	lw	s0,40(sp)
80404b62:	5492                	lw	s1,36(sp)
80404b64:	5902                	lw	s2,32(sp)
80404b66:	49f2                	lw	s3,28(sp)
80404b68:	4a62                	lw	s4,24(sp)
80404b6a:	4ad2                	lw	s5,20(sp)
80404b6c:	4b42                	lw	s6,16(sp)
80404b6e:	4bb2                	lw	s7,12(sp)
80404b70:	4c22                	lw	s8,8(sp)
80404b72:	4c92                	lw	s9,4(sp)
80404b74:	4d02                	lw	s10,0(sp)
80404b76:	6145                	add	sp,sp,48
80404b78:	8082                	ret
80404b7a:	00000097          	auipc	ra,0x0
80404b7e:	ec0080e7          	jalr	-320(ra) # 80404a3a <bfree>
80404b82:	fd34e3e3          	bltu	s1,s3,80404b48 <trim_indirect+0x6c>
80404b86:	00042023          	sw	zero,0(s0)
80404b8a:	8562                	mv	a0,s8
80404b8c:	00001097          	auipc	ra,0x1
80404b90:	150080e7          	jalr	336(ra) # 80405cdc <bdirty>
80404b94:	bf55                	j	80404b48 <trim_indirect+0x6c>
80404b96:	5422                	lw	s0,40(sp)
80404b98:	50b2                	lw	ra,44(sp)
80404b9a:	5492                	lw	s1,36(sp)
80404b9c:	5902                	lw	s2,32(sp)
80404b9e:	49f2                	lw	s3,28(sp)
80404ba0:	4a62                	lw	s4,24(sp)
80404ba2:	4ad2                	lw	s5,20(sp)
80404ba4:	4b42                	lw	s6,16(sp)
80404ba6:	4c22                	lw	s8,8(sp)
80404ba8:	4c92                	lw	s9,4(sp)
80404baa:	4d02                	lw	s10,0(sp)
80404bac:	855e                	mv	a0,s7
80404bae:	4bb2                	lw	s7,12(sp)
80404bb0:	6145                	add	sp,sp,48
80404bb2:	00000317          	auipc	t1,0x0
80404bb6:	e8830067          	jr	-376(t1) # 80404a3a <bfree>

80404bba <iget.part.0>:
80404bba:	1141                	add	sp,sp,-16
80404bbc:	8041e7b7          	lui	a5,0x8041e
80404bc0:	c422                	sw	s0,8(sp)
80404bc2:	c226                	sw	s1,4(sp)
80404bc4:	c606                	sw	ra,12(sp)
80404bc6:	84aa                	mv	s1,a0
80404bc8:	4401                	li	s0,0
80404bca:	50878513          	add	a0,a5,1288 # 8041e508 <inodes>
80404bce:	4701                	li	a4,0
80404bd0:	50878793          	add	a5,a5,1288
80404bd4:	04000593          	li	a1,64
80404bd8:	a809                	j	80404bea <iget.part.0+0x30>
80404bda:	4390                	lw	a2,0(a5)
80404bdc:	08960663          	beq	a2,s1,80404c68 <iget.part.0+0xae>
80404be0:	0705                	add	a4,a4,1
80404be2:	04878793          	add	a5,a5,72
80404be6:	00b70d63          	beq	a4,a1,80404c00 <iget.part.0+0x46>
80404bea:	43d4                	lw	a3,4(a5)
80404bec:	fed047e3          	bgtz	a3,80404bda <iget.part.0+0x20>
80404bf0:	f865                	bnez	s0,80404be0 <iget.part.0+0x26>
80404bf2:	f6fd                	bnez	a3,80404be0 <iget.part.0+0x26>
80404bf4:	0705                	add	a4,a4,1
80404bf6:	843e                	mv	s0,a5
80404bf8:	04878793          	add	a5,a5,72
80404bfc:	feb717e3          	bne	a4,a1,80404bea <iget.part.0+0x30>
80404c00:	c83d                	beqz	s0,80404c76 <iget.part.0+0xbc>
80404c02:	8041f7b7          	lui	a5,0x8041f
80404c06:	7207a783          	lw	a5,1824(a5) # 8041f720 <sb+0x18>
80404c0a:	0064d513          	srl	a0,s1,0x6
80404c0e:	953e                	add	a0,a0,a5
80404c10:	00001097          	auipc	ra,0x1
80404c14:	058080e7          	jalr	88(ra) # 80405c68 <bread>
80404c18:	03f4f793          	and	a5,s1,63
80404c1c:	00679693          	sll	a3,a5,0x6
80404c20:	96aa                	add	a3,a3,a0
80404c22:	01868793          	add	a5,a3,24
80404c26:	00840713          	add	a4,s0,8
80404c2a:	05868693          	add	a3,a3,88
80404c2e:	0007a883          	lw	a7,0(a5)
80404c32:	0047a803          	lw	a6,4(a5)
80404c36:	478c                	lw	a1,8(a5)
80404c38:	47d0                	lw	a2,12(a5)
80404c3a:	01172023          	sw	a7,0(a4)
80404c3e:	01072223          	sw	a6,4(a4)
80404c42:	c70c                	sw	a1,8(a4)
80404c44:	c750                	sw	a2,12(a4)
80404c46:	07c1                	add	a5,a5,16
80404c48:	0741                	add	a4,a4,16
80404c4a:	fed792e3          	bne	a5,a3,80404c2e <iget.part.0+0x74>
80404c4e:	00001097          	auipc	ra,0x1
80404c52:	094080e7          	jalr	148(ra) # 80405ce2 <brelse>
80404c56:	4785                	li	a5,1
80404c58:	c004                	sw	s1,0(s0)
80404c5a:	40b2                	lw	ra,12(sp)
80404c5c:	c05c                	sw	a5,4(s0)
80404c5e:	8522                	mv	a0,s0
80404c60:	4422                	lw	s0,8(sp)
80404c62:	4492                	lw	s1,4(sp)
80404c64:	0141                	add	sp,sp,16
80404c66:	8082                	ret
80404c68:	00371413          	sll	s0,a4,0x3
80404c6c:	943a                	add	s0,s0,a4
80404c6e:	040e                	sll	s0,s0,0x3
80404c70:	942a                	add	s0,s0,a0
80404c72:	0685                	add	a3,a3,1
80404c74:	c054                	sw	a3,4(s0)
80404c76:	40b2                	lw	ra,12(sp)
80404c78:	8522                	mv	a0,s0
80404c7a:	4422                	lw	s0,8(sp)
80404c7c:	4492                	lw	s1,4(sp)
80404c7e:	0141                	add	sp,sp,16
80404c80:	8082                	ret

80404c82 <balloc>:
80404c82:	7179                	add	sp,sp,-48
80404c84:	d04a                	sw	s2,32(sp)
80404c86:	8041f937          	lui	s2,0x8041f
80404c8a:	70890913          	add	s2,s2,1800 # 8041f708 <sb>
80404c8e:	02092783          	lw	a5,32(s2)
80404c92:	00892703          	lw	a4,8(s2)
80404c96:	ce4e                	sw	s3,28(sp)
80404c98:	d606                	sw	ra,44(sp)
80404c9a:	d422                	sw	s0,40(sp)
80404c9c:	d226                	sw	s1,36(sp)
80404c9e:	cc52                	sw	s4,24(sp)
80404ca0:	ca56                	sw	s5,20(sp)
80404ca2:	c85a                	sw	s6,16(sp)
80404ca4:	c65e                	sw	s7,12(sp)
80404ca6:	c462                	sw	s8,8(sp)
80404ca8:	c266                	sw	s9,4(sp)
80404caa:	40f709b3          	sub	s3,a4,a5
80404cae:	0af70563          	beq	a4,a5,80404d58 <balloc+0xd6>
80404cb2:	6a05                	lui	s4,0x1
80404cb4:	4c81                	li	s9,0
80404cb6:	80407ab7          	lui	s5,0x80407
80404cba:	1a7d                	add	s4,s4,-1 # fff <errno+0xfff>
80404cbc:	4b05                	li	s6,1
80404cbe:	a809                	j	80404cd0 <balloc+0x4e>
80404cc0:	00001097          	auipc	ra,0x1
80404cc4:	022080e7          	jalr	34(ra) # 80405ce2 <brelse>
80404cc8:	09998863          	beq	s3,s9,80404d58 <balloc+0xd6>
80404ccc:	02092783          	lw	a5,32(s2)
80404cd0:	120aa403          	lw	s0,288(s5) # 80407120 <alloc_hint>
80404cd4:	01092703          	lw	a4,16(s2)
80404cd8:	9466                	add	s0,s0,s9
80404cda:	8c1d                	sub	s0,s0,a5
80404cdc:	03347433          	remu	s0,s0,s3
80404ce0:	0c85                	add	s9,s9,1
80404ce2:	943e                	add	s0,s0,a5
80404ce4:	00f45513          	srl	a0,s0,0xf
80404ce8:	00345793          	srl	a5,s0,0x3
80404cec:	953a                	add	a0,a0,a4
80404cee:	0147f4b3          	and	s1,a5,s4
80404cf2:	00001097          	auipc	ra,0x1
80404cf6:	f76080e7          	jalr	-138(ra) # 80405c68 <bread>
80404cfa:	009507b3          	add	a5,a0,s1
80404cfe:	0187c703          	lbu	a4,24(a5)
80404d02:	00747b93          	and	s7,s0,7
80404d06:	017b1bb3          	sll	s7,s6,s7
80404d0a:	0ffbfb93          	zext.b	s7,s7
80404d0e:	017776b3          	and	a3,a4,s7
80404d12:	8c2a                	mv	s8,a0
80404d14:	f6d5                	bnez	a3,80404cc0 <balloc+0x3e>
80404d16:	01776733          	or	a4,a4,s7
80404d1a:	00e78c23          	sb	a4,24(a5)
80404d1e:	00001097          	auipc	ra,0x1
80404d22:	fbe080e7          	jalr	-66(ra) # 80405cdc <bdirty>
80404d26:	8562                	mv	a0,s8
80404d28:	00001097          	auipc	ra,0x1
80404d2c:	fba080e7          	jalr	-70(ra) # 80405ce2 <brelse>
80404d30:	8522                	mv	a0,s0
80404d32:	00001097          	auipc	ra,0x1
80404d36:	f7c080e7          	jalr	-132(ra) # 80405cae <bclear>
80404d3a:	00001097          	auipc	ra,0x1
80404d3e:	fa8080e7          	jalr	-88(ra) # 80405ce2 <brelse>
80404d42:	00892703          	lw	a4,8(s2)
80404d46:	00140793          	add	a5,s0,1
80404d4a:	00e7e463          	bltu	a5,a4,80404d52 <balloc+0xd0>
80404d4e:	02092783          	lw	a5,32(s2)
80404d52:	12faa023          	sw	a5,288(s5)
80404d56:	a011                	j	80404d5a <balloc+0xd8>
80404d58:	4401                	li	s0,0
80404d5a:	50b2                	lw	ra,44(sp)
80404d5c:	8522                	mv	a0,s0
80404d5e:	5422                	lw	s0,40(sp)
80404d60:	5492                	lw	s1,36(sp)
80404d62:	5902                	lw	s2,32(sp)
80404d64:	49f2                	lw	s3,28(sp)
80404d66:	4a62                	lw	s4,24(sp)
80404d68:	4ad2                	lw	s5,20(sp)
80404d6a:	4b42                	lw	s6,16(sp)
80404d6c:	4bb2                	lw	s7,12(sp)
80404d6e:	4c22                	lw	s8,8(sp)
80404d70:	4c92                	lw	s9,4(sp)
80404d72:	6145                	add	sp,sp,48
80404d74:	8082                	ret

80404d76 <bmap>:
80404d76:	1101                	add	sp,sp,-32
80404d78:	cc22                	sw	s0,24(sp)
80404d7a:	ca26                	sw	s1,20(sp)
80404d7c:	c84a                	sw	s2,16(sp)
80404d7e:	ce06                	sw	ra,28(sp)
80404d80:	c64e                	sw	s3,12(sp)
80404d82:	c452                	sw	s4,8(sp)
80404d84:	47ad                	li	a5,11
80404d86:	842e                	mv	s0,a1
80404d88:	84aa                	mv	s1,a0
80404d8a:	8932                	mv	s2,a2
80404d8c:	0eb7fa63          	bgeu	a5,a1,80404e80 <bmap+0x10a>
80404d90:	ff458993          	add	s3,a1,-12
80404d94:	3ff00793          	li	a5,1023
80404d98:	1337f963          	bgeu	a5,s3,80404eca <bmap+0x154>
80404d9c:	4168                	lw	a0,68(a0)
80404d9e:	ed01                	bnez	a0,80404db6 <bmap+0x40>
80404da0:	e239                	bnez	a2,80404de6 <bmap+0x70>
80404da2:	4401                	li	s0,0
80404da4:	40f2                	lw	ra,28(sp)
80404da6:	8522                	mv	a0,s0
80404da8:	4462                	lw	s0,24(sp)
80404daa:	44d2                	lw	s1,20(sp)
80404dac:	4942                	lw	s2,16(sp)
80404dae:	49b2                	lw	s3,12(sp)
80404db0:	4a22                	lw	s4,8(sp)
80404db2:	6105                	add	sp,sp,32
80404db4:	8082                	ret
80404db6:	00001097          	auipc	ra,0x1
80404dba:	eb2080e7          	jalr	-334(ra) # 80405c68 <bread>
80404dbe:	bf440413          	add	s0,s0,-1036
80404dc2:	00a45793          	srl	a5,s0,0xa
80404dc6:	01850993          	add	s3,a0,24
80404dca:	078a                	sll	a5,a5,0x2
80404dcc:	99be                	add	s3,s3,a5
80404dce:	0009aa03          	lw	s4,0(s3)
80404dd2:	84aa                	mv	s1,a0
80404dd4:	0c0a1463          	bnez	s4,80404e9c <bmap+0x126>
80404dd8:	02091e63          	bnez	s2,80404e14 <bmap+0x9e>
80404ddc:	00001097          	auipc	ra,0x1
80404de0:	f06080e7          	jalr	-250(ra) # 80405ce2 <brelse>
80404de4:	bf7d                	j	80404da2 <bmap+0x2c>
80404de6:	00000097          	auipc	ra,0x0
80404dea:	e9c080e7          	jalr	-356(ra) # 80404c82 <balloc>
80404dee:	c0e8                	sw	a0,68(s1)
80404df0:	d94d                	beqz	a0,80404da2 <bmap+0x2c>
80404df2:	00001097          	auipc	ra,0x1
80404df6:	e76080e7          	jalr	-394(ra) # 80405c68 <bread>
80404dfa:	bf440413          	add	s0,s0,-1036
80404dfe:	00a45793          	srl	a5,s0,0xa
80404e02:	01850993          	add	s3,a0,24
80404e06:	078a                	sll	a5,a5,0x2
80404e08:	99be                	add	s3,s3,a5
80404e0a:	0009aa03          	lw	s4,0(s3)
80404e0e:	84aa                	mv	s1,a0
80404e10:	080a1663          	bnez	s4,80404e9c <bmap+0x126>
80404e14:	00000097          	auipc	ra,0x0
80404e18:	e6e080e7          	jalr	-402(ra) # 80404c82 <balloc>
80404e1c:	892a                	mv	s2,a0
80404e1e:	8526                	mv	a0,s1
80404e20:	fa090ee3          	beqz	s2,80404ddc <bmap+0x66>
80404e24:	0129a023          	sw	s2,0(s3)
80404e28:	00001097          	auipc	ra,0x1
80404e2c:	eb4080e7          	jalr	-332(ra) # 80405cdc <bdirty>
80404e30:	8526                	mv	a0,s1
80404e32:	00001097          	auipc	ra,0x1
80404e36:	eb0080e7          	jalr	-336(ra) # 80405ce2 <brelse>
80404e3a:	854a                	mv	a0,s2
80404e3c:	00001097          	auipc	ra,0x1
80404e40:	e2c080e7          	jalr	-468(ra) # 80405c68 <bread>
80404e44:	3ff47413          	and	s0,s0,1023
80404e48:	00241793          	sll	a5,s0,0x2
80404e4c:	01850993          	add	s3,a0,24
80404e50:	99be                	add	s3,s3,a5
80404e52:	0009a403          	lw	s0,0(s3)
80404e56:	84aa                	mv	s1,a0
80404e58:	ec11                	bnez	s0,80404e74 <bmap+0xfe>
80404e5a:	00000097          	auipc	ra,0x0
80404e5e:	e28080e7          	jalr	-472(ra) # 80404c82 <balloc>
80404e62:	842a                	mv	s0,a0
80404e64:	c901                	beqz	a0,80404e74 <bmap+0xfe>
80404e66:	00a9a023          	sw	a0,0(s3)
80404e6a:	8526                	mv	a0,s1
80404e6c:	00001097          	auipc	ra,0x1
80404e70:	e70080e7          	jalr	-400(ra) # 80405cdc <bdirty>
80404e74:	8526                	mv	a0,s1
80404e76:	00001097          	auipc	ra,0x1
80404e7a:	e6c080e7          	jalr	-404(ra) # 80405ce2 <brelse>
80404e7e:	b71d                	j	80404da4 <bmap+0x2e>
80404e80:	00259413          	sll	s0,a1,0x2
80404e84:	008504b3          	add	s1,a0,s0
80404e88:	4880                	lw	s0,16(s1)
80404e8a:	fc09                	bnez	s0,80404da4 <bmap+0x2e>
80404e8c:	de01                	beqz	a2,80404da4 <bmap+0x2e>
80404e8e:	00000097          	auipc	ra,0x0
80404e92:	df4080e7          	jalr	-524(ra) # 80404c82 <balloc>
80404e96:	842a                	mv	s0,a0
80404e98:	c888                	sw	a0,16(s1)
80404e9a:	b729                	j	80404da4 <bmap+0x2e>
80404e9c:	8526                	mv	a0,s1
80404e9e:	00001097          	auipc	ra,0x1
80404ea2:	e44080e7          	jalr	-444(ra) # 80405ce2 <brelse>
80404ea6:	8552                	mv	a0,s4
80404ea8:	00001097          	auipc	ra,0x1
80404eac:	dc0080e7          	jalr	-576(ra) # 80405c68 <bread>
80404eb0:	3ff47413          	and	s0,s0,1023
80404eb4:	040a                	sll	s0,s0,0x2
80404eb6:	01850993          	add	s3,a0,24
80404eba:	99a2                	add	s3,s3,s0
80404ebc:	0009a403          	lw	s0,0(s3)
80404ec0:	84aa                	mv	s1,a0
80404ec2:	f84d                	bnez	s0,80404e74 <bmap+0xfe>
80404ec4:	fa0908e3          	beqz	s2,80404e74 <bmap+0xfe>
80404ec8:	bf49                	j	80404e5a <bmap+0xe4>
80404eca:	4128                	lw	a0,64(a0)
80404ecc:	c105                	beqz	a0,80404eec <bmap+0x176>
80404ece:	00001097          	auipc	ra,0x1
80404ed2:	d9a080e7          	jalr	-614(ra) # 80405c68 <bread>
80404ed6:	01850793          	add	a5,a0,24
80404eda:	098a                	sll	s3,s3,0x2
80404edc:	99be                	add	s3,s3,a5
80404ede:	0009a403          	lw	s0,0(s3)
80404ee2:	84aa                	mv	s1,a0
80404ee4:	f841                	bnez	s0,80404e74 <bmap+0xfe>
80404ee6:	f80907e3          	beqz	s2,80404e74 <bmap+0xfe>
80404eea:	bf85                	j	80404e5a <bmap+0xe4>
80404eec:	ea060be3          	beqz	a2,80404da2 <bmap+0x2c>
80404ef0:	00000097          	auipc	ra,0x0
80404ef4:	d92080e7          	jalr	-622(ra) # 80404c82 <balloc>
80404ef8:	c0a8                	sw	a0,64(s1)
80404efa:	ea0504e3          	beqz	a0,80404da2 <bmap+0x2c>
80404efe:	00001097          	auipc	ra,0x1
80404f02:	d6a080e7          	jalr	-662(ra) # 80405c68 <bread>
80404f06:	01850793          	add	a5,a0,24
80404f0a:	098a                	sll	s3,s3,0x2
80404f0c:	99be                	add	s3,s3,a5
80404f0e:	0009a403          	lw	s0,0(s3)
80404f12:	84aa                	mv	s1,a0
80404f14:	d039                	beqz	s0,80404e5a <bmap+0xe4>
80404f16:	bfb9                	j	80404e74 <bmap+0xfe>

80404f18 <fs_init>:
80404f18:	1141                	add	sp,sp,-16
80404f1a:	4501                	li	a0,0
80404f1c:	c606                	sw	ra,12(sp)
80404f1e:	c422                	sw	s0,8(sp)
80404f20:	c226                	sw	s1,4(sp)
80404f22:	8041f437          	lui	s0,0x8041f
80404f26:	00001097          	auipc	ra,0x1
80404f2a:	d42080e7          	jalr	-702(ra) # 80405c68 <bread>
80404f2e:	01850593          	add	a1,a0,24
80404f32:	02400613          	li	a2,36
80404f36:	84aa                	mv	s1,a0
80404f38:	70840513          	add	a0,s0,1800 # 8041f708 <sb>
80404f3c:	00001097          	auipc	ra,0x1
80404f40:	eb6080e7          	jalr	-330(ra) # 80405df2 <memcpy>
80404f44:	8526                	mv	a0,s1
80404f46:	00001097          	auipc	ra,0x1
80404f4a:	d9c080e7          	jalr	-612(ra) # 80405ce2 <brelse>
80404f4e:	00000097          	auipc	ra,0x0
80404f52:	a58080e7          	jalr	-1448(ra) # 804049a6 <disk_capacity>
80404f56:	70840793          	add	a5,s0,1800
80404f5a:	4394                	lw	a3,0(a5)
80404f5c:	53466737          	lui	a4,0x53466
80404f60:	84570713          	add	a4,a4,-1979 # 53465845 <errno+0x53465845>
80404f64:	08e69863          	bne	a3,a4,80404ff4 <fs_init+0xdc>
80404f68:	43cc                	lw	a1,4(a5)
80404f6a:	4705                	li	a4,1
80404f6c:	08e59463          	bne	a1,a4,80404ff4 <fs_init+0xdc>
80404f70:	4790                	lw	a2,8(a5)
80404f72:	810d                	srl	a0,a0,0x3
80404f74:	08c56063          	bltu	a0,a2,80404ff4 <fs_init+0xdc>
80404f78:	4b98                	lw	a4,16(a5)
80404f7a:	cf2d                	beqz	a4,80404ff4 <fs_init+0xdc>
80404f7c:	4bc8                	lw	a0,20(a5)
80404f7e:	00f51693          	sll	a3,a0,0xf
80404f82:	06c6e963          	bltu	a3,a2,80404ff4 <fs_init+0xdc>
80404f86:	4f94                	lw	a3,24(a5)
80404f88:	972a                	add	a4,a4,a0
80404f8a:	06e6e563          	bltu	a3,a4,80404ff4 <fs_init+0xdc>
80404f8e:	4fc8                	lw	a0,28(a5)
80404f90:	47d8                	lw	a4,12(a5)
80404f92:	00651813          	sll	a6,a0,0x6
80404f96:	04e86f63          	bltu	a6,a4,80404ff4 <fs_init+0xdc>
80404f9a:	04e5fd63          	bgeu	a1,a4,80404ff4 <fs_init+0xdc>
80404f9e:	539c                	lw	a5,32(a5)
80404fa0:	96aa                	add	a3,a3,a0
80404fa2:	04d7e963          	bltu	a5,a3,80404ff4 <fs_init+0xdc>
80404fa6:	04f66763          	bltu	a2,a5,80404ff4 <fs_init+0xdc>
80404faa:	80407737          	lui	a4,0x80407
80404fae:	4505                	li	a0,1
80404fb0:	12f72023          	sw	a5,288(a4) # 80407120 <alloc_hint>
80404fb4:	00000097          	auipc	ra,0x0
80404fb8:	c06080e7          	jalr	-1018(ra) # 80404bba <iget.part.0>
80404fbc:	804077b7          	lui	a5,0x80407
80404fc0:	12a7a223          	sw	a0,292(a5) # 80407124 <root>
80404fc4:	c105                	beqz	a0,80404fe4 <fs_init+0xcc>
80404fc6:	00855703          	lhu	a4,8(a0)
80404fca:	4789                	li	a5,2
80404fcc:	00f71c63          	bne	a4,a5,80404fe4 <fs_init+0xcc>
80404fd0:	40b2                	lw	ra,12(sp)
80404fd2:	4422                	lw	s0,8(sp)
80404fd4:	804077b7          	lui	a5,0x80407
80404fd8:	4705                	li	a4,1
80404fda:	12e7a423          	sw	a4,296(a5) # 80407128 <mounted>
80404fde:	4492                	lw	s1,4(sp)
80404fe0:	0141                	add	sp,sp,16
80404fe2:	8082                	ret
80404fe4:	80407537          	lui	a0,0x80407
80404fe8:	d6050513          	add	a0,a0,-672 # 80406d60 <exfs_ops+0x90>
80404fec:	00000097          	auipc	ra,0x0
80404ff0:	952080e7          	jalr	-1710(ra) # 8040493e <panic>
80404ff4:	80407537          	lui	a0,0x80407
80404ff8:	d3450513          	add	a0,a0,-716 # 80406d34 <exfs_ops+0x64>
80404ffc:	00000097          	auipc	ra,0x0
80405000:	942080e7          	jalr	-1726(ra) # 8040493e <panic>

80405004 <fs_mounted>:
80405004:	804077b7          	lui	a5,0x80407
80405008:	1287a503          	lw	a0,296(a5) # 80407128 <mounted>
8040500c:	8082                	ret

8040500e <fs_root>:
8040500e:	804077b7          	lui	a5,0x80407
80405012:	1247a503          	lw	a0,292(a5) # 80407124 <root>
80405016:	8082                	ret

80405018 <iupdate>:
80405018:	1141                	add	sp,sp,-16
8040501a:	c422                	sw	s0,8(sp)
8040501c:	8041f7b7          	lui	a5,0x8041f
80405020:	4100                	lw	s0,0(a0)
80405022:	7207a783          	lw	a5,1824(a5) # 8041f720 <sb+0x18>
80405026:	c226                	sw	s1,4(sp)
80405028:	84aa                	mv	s1,a0
8040502a:	00645513          	srl	a0,s0,0x6
8040502e:	953e                	add	a0,a0,a5
80405030:	03f47413          	and	s0,s0,63
80405034:	c04a                	sw	s2,0(sp)
80405036:	c606                	sw	ra,12(sp)
80405038:	041a                	sll	s0,s0,0x6
8040503a:	00001097          	auipc	ra,0x1
8040503e:	c2e080e7          	jalr	-978(ra) # 80405c68 <bread>
80405042:	008507b3          	add	a5,a0,s0
80405046:	00848713          	add	a4,s1,8
8040504a:	892a                	mv	s2,a0
8040504c:	07e1                	add	a5,a5,24
8040504e:	04848493          	add	s1,s1,72
80405052:	4308                	lw	a0,0(a4)
80405054:	434c                	lw	a1,4(a4)
80405056:	4710                	lw	a2,8(a4)
80405058:	4754                	lw	a3,12(a4)
8040505a:	c388                	sw	a0,0(a5)
8040505c:	c3cc                	sw	a1,4(a5)
8040505e:	c790                	sw	a2,8(a5)
80405060:	c7d4                	sw	a3,12(a5)
80405062:	0741                	add	a4,a4,16
80405064:	07c1                	add	a5,a5,16
80405066:	fe9716e3          	bne	a4,s1,80405052 <iupdate+0x3a>
8040506a:	854a                	mv	a0,s2
8040506c:	00001097          	auipc	ra,0x1
80405070:	c70080e7          	jalr	-912(ra) # 80405cdc <bdirty>
80405074:	4422                	lw	s0,8(sp)
80405076:	40b2                	lw	ra,12(sp)
80405078:	4492                	lw	s1,4(sp)
8040507a:	854a                	mv	a0,s2
8040507c:	4902                	lw	s2,0(sp)
8040507e:	0141                	add	sp,sp,16
80405080:	00001317          	auipc	t1,0x1
80405084:	c6230067          	jr	-926(t1) # 80405ce2 <brelse>

80405088 <trim_blocks>:
80405088:	7179                	add	sp,sp,-48
8040508a:	d04a                	sw	s2,32(sp)
8040508c:	cc52                	sw	s4,24(sp)
8040508e:	d606                	sw	ra,44(sp)
80405090:	d422                	sw	s0,40(sp)
80405092:	d226                	sw	s1,36(sp)
80405094:	ce4e                	sw	s3,28(sp)
80405096:	ca56                	sw	s5,20(sp)
80405098:	c85a                	sw	s6,16(sp)
8040509a:	c65e                	sw	s7,12(sp)
8040509c:	47ad                	li	a5,11
8040509e:	892e                	mv	s2,a1
804050a0:	8a2a                	mv	s4,a0
804050a2:	02b7e663          	bltu	a5,a1,804050ce <trim_blocks+0x46>
804050a6:	00259413          	sll	s0,a1,0x2
804050aa:	942a                	add	s0,s0,a0
804050ac:	03050493          	add	s1,a0,48
804050b0:	a021                	j	804050b8 <trim_blocks+0x30>
804050b2:	0411                	add	s0,s0,4
804050b4:	00940d63          	beq	s0,s1,804050ce <trim_blocks+0x46>
804050b8:	4808                	lw	a0,16(s0)
804050ba:	dd65                	beqz	a0,804050b2 <trim_blocks+0x2a>
804050bc:	00000097          	auipc	ra,0x0
804050c0:	97e080e7          	jalr	-1666(ra) # 80404a3a <bfree>
804050c4:	0411                	add	s0,s0,4
804050c6:	00042623          	sw	zero,12(s0)
804050ca:	fe9417e3          	bne	s0,s1,804050b8 <trim_blocks+0x30>
804050ce:	040a2b83          	lw	s7,64(s4)
804050d2:	020b9563          	bnez	s7,804050fc <trim_blocks+0x74>
804050d6:	044a2b83          	lw	s7,68(s4)
804050da:	080b9863          	bnez	s7,8040516a <trim_blocks+0xe2>
804050de:	5422                	lw	s0,40(sp)
804050e0:	50b2                	lw	ra,44(sp)
804050e2:	5492                	lw	s1,36(sp)
804050e4:	5902                	lw	s2,32(sp)
804050e6:	49f2                	lw	s3,28(sp)
804050e8:	4ad2                	lw	s5,20(sp)
804050ea:	4b42                	lw	s6,16(sp)
804050ec:	4bb2                	lw	s7,12(sp)
804050ee:	8552                	mv	a0,s4
804050f0:	4a62                	lw	s4,24(sp)
804050f2:	6145                	add	sp,sp,48
804050f4:	00000317          	auipc	t1,0x0
804050f8:	f2430067          	jr	-220(t1) # 80405018 <iupdate>
804050fc:	855e                	mv	a0,s7
804050fe:	00001097          	auipc	ra,0x1
80405102:	b6a080e7          	jalr	-1174(ra) # 80405c68 <bread>
80405106:	8b2a                	mv	s6,a0
80405108:	01850493          	add	s1,a0,24
8040510c:	4431                	li	s0,12
8040510e:	40c00a93          	li	s5,1036
80405112:	a029                	j	8040511c <trim_blocks+0x94>
80405114:	0491                	add	s1,s1,4
80405116:	844e                	mv	s0,s3
80405118:	03598963          	beq	s3,s5,8040514a <trim_blocks+0xc2>
8040511c:	4088                	lw	a0,0(s1)
8040511e:	00140993          	add	s3,s0,1
80405122:	d96d                	beqz	a0,80405114 <trim_blocks+0x8c>
80405124:	ff3978e3          	bgeu	s2,s3,80405114 <trim_blocks+0x8c>
80405128:	00000097          	auipc	ra,0x0
8040512c:	912080e7          	jalr	-1774(ra) # 80404a3a <bfree>
80405130:	ff2462e3          	bltu	s0,s2,80405114 <trim_blocks+0x8c>
80405134:	0004a023          	sw	zero,0(s1)
80405138:	855a                	mv	a0,s6
8040513a:	00001097          	auipc	ra,0x1
8040513e:	ba2080e7          	jalr	-1118(ra) # 80405cdc <bdirty>
80405142:	0491                	add	s1,s1,4
80405144:	844e                	mv	s0,s3
80405146:	fd599be3          	bne	s3,s5,8040511c <trim_blocks+0x94>
8040514a:	855a                	mv	a0,s6
8040514c:	00001097          	auipc	ra,0x1
80405150:	b96080e7          	jalr	-1130(ra) # 80405ce2 <brelse>
80405154:	47b1                	li	a5,12
80405156:	0927f463          	bgeu	a5,s2,804051de <trim_blocks+0x156>
8040515a:	040a2783          	lw	a5,64(s4)
8040515e:	04fa2023          	sw	a5,64(s4)
80405162:	044a2b83          	lw	s7,68(s4)
80405166:	f60b8ce3          	beqz	s7,804050de <trim_blocks+0x56>
8040516a:	855e                	mv	a0,s7
8040516c:	6a85                	lui	s5,0x1
8040516e:	00001097          	auipc	ra,0x1
80405172:	afa080e7          	jalr	-1286(ra) # 80405c68 <bread>
80405176:	0ae1                	add	s5,s5,24 # 1018 <errno+0x1018>
80405178:	8b2a                	mv	s6,a0
8040517a:	01850413          	add	s0,a0,24
8040517e:	9aaa                	add	s5,s5,a0
80405180:	40c00493          	li	s1,1036
80405184:	a029                	j	8040518e <trim_blocks+0x106>
80405186:	0411                	add	s0,s0,4
80405188:	84ce                	mv	s1,s3
8040518a:	03540c63          	beq	s0,s5,804051c2 <trim_blocks+0x13a>
8040518e:	4008                	lw	a0,0(s0)
80405190:	40048993          	add	s3,s1,1024
80405194:	85a6                	mv	a1,s1
80405196:	86ca                	mv	a3,s2
80405198:	4605                	li	a2,1
8040519a:	d575                	beqz	a0,80405186 <trim_blocks+0xfe>
8040519c:	ff3975e3          	bgeu	s2,s3,80405186 <trim_blocks+0xfe>
804051a0:	00000097          	auipc	ra,0x0
804051a4:	93c080e7          	jalr	-1732(ra) # 80404adc <trim_indirect>
804051a8:	fd24efe3          	bltu	s1,s2,80405186 <trim_blocks+0xfe>
804051ac:	00042023          	sw	zero,0(s0)
804051b0:	855a                	mv	a0,s6
804051b2:	0411                	add	s0,s0,4
804051b4:	00001097          	auipc	ra,0x1
804051b8:	b28080e7          	jalr	-1240(ra) # 80405cdc <bdirty>
804051bc:	84ce                	mv	s1,s3
804051be:	fd5418e3          	bne	s0,s5,8040518e <trim_blocks+0x106>
804051c2:	855a                	mv	a0,s6
804051c4:	00001097          	auipc	ra,0x1
804051c8:	b1e080e7          	jalr	-1250(ra) # 80405ce2 <brelse>
804051cc:	40c00793          	li	a5,1036
804051d0:	0327f063          	bgeu	a5,s2,804051f0 <trim_blocks+0x168>
804051d4:	044a2783          	lw	a5,68(s4)
804051d8:	04fa2223          	sw	a5,68(s4)
804051dc:	b709                	j	804050de <trim_blocks+0x56>
804051de:	855e                	mv	a0,s7
804051e0:	00000097          	auipc	ra,0x0
804051e4:	85a080e7          	jalr	-1958(ra) # 80404a3a <bfree>
804051e8:	4781                	li	a5,0
804051ea:	04fa2023          	sw	a5,64(s4)
804051ee:	bf95                	j	80405162 <trim_blocks+0xda>
804051f0:	855e                	mv	a0,s7
804051f2:	00000097          	auipc	ra,0x0
804051f6:	848080e7          	jalr	-1976(ra) # 80404a3a <bfree>
804051fa:	4781                	li	a5,0
804051fc:	04fa2223          	sw	a5,68(s4)
80405200:	bdf9                	j	804050de <trim_blocks+0x56>

80405202 <inum_valid>:
80405202:	c901                	beqz	a0,80405212 <inum_valid+0x10>
80405204:	8041f7b7          	lui	a5,0x8041f
80405208:	7147a783          	lw	a5,1812(a5) # 8041f714 <sb+0xc>
8040520c:	00f53533          	sltu	a0,a0,a5
80405210:	8082                	ret
80405212:	4501                	li	a0,0
80405214:	8082                	ret

80405216 <iget>:
80405216:	85aa                	mv	a1,a0
80405218:	c919                	beqz	a0,8040522e <iget+0x18>
8040521a:	8041f7b7          	lui	a5,0x8041f
8040521e:	7147a783          	lw	a5,1812(a5) # 8041f714 <sb+0xc>
80405222:	00f57663          	bgeu	a0,a5,8040522e <iget+0x18>
80405226:	00000317          	auipc	t1,0x0
8040522a:	99430067          	jr	-1644(t1) # 80404bba <iget.part.0>
8040522e:	80407537          	lui	a0,0x80407
80405232:	1141                	add	sp,sp,-16
80405234:	d8850513          	add	a0,a0,-632 # 80406d88 <exfs_ops+0xb8>
80405238:	c606                	sw	ra,12(sp)
8040523a:	fffff097          	auipc	ra,0xfffff
8040523e:	704080e7          	jalr	1796(ra) # 8040493e <panic>

80405242 <istat>:
80405242:	1141                	add	sp,sp,-16
80405244:	8041e7b7          	lui	a5,0x8041e
80405248:	c422                	sw	s0,8(sp)
8040524a:	c226                	sw	s1,4(sp)
8040524c:	c04a                	sw	s2,0(sp)
8040524e:	84b2                	mv	s1,a2
80405250:	c606                	sw	ra,12(sp)
80405252:	50878613          	add	a2,a5,1288 # 8041e508 <inodes>
80405256:	842a                	mv	s0,a0
80405258:	892e                	mv	s2,a1
8040525a:	50878793          	add	a5,a5,1288
8040525e:	4701                	li	a4,0
80405260:	04000813          	li	a6,64
80405264:	a031                	j	80405270 <istat+0x2e>
80405266:	0705                	add	a4,a4,1
80405268:	04878793          	add	a5,a5,72
8040526c:	03070963          	beq	a4,a6,8040529e <istat+0x5c>
80405270:	43d4                	lw	a3,4(a5)
80405272:	fed05ae3          	blez	a3,80405266 <istat+0x24>
80405276:	4394                	lw	a3,0(a5)
80405278:	fe8697e3          	bne	a3,s0,80405266 <istat+0x24>
8040527c:	00371793          	sll	a5,a4,0x3
80405280:	97ba                	add	a5,a5,a4
80405282:	078e                	sll	a5,a5,0x3
80405284:	97b2                	add	a5,a5,a2
80405286:	0087d703          	lhu	a4,8(a5)
8040528a:	47dc                	lw	a5,12(a5)
8040528c:	40b2                	lw	ra,12(sp)
8040528e:	4422                	lw	s0,8(sp)
80405290:	00e91023          	sh	a4,0(s2)
80405294:	c09c                	sw	a5,0(s1)
80405296:	4902                	lw	s2,0(sp)
80405298:	4492                	lw	s1,4(sp)
8040529a:	0141                	add	sp,sp,16
8040529c:	8082                	ret
8040529e:	8041f7b7          	lui	a5,0x8041f
804052a2:	7207a783          	lw	a5,1824(a5) # 8041f720 <sb+0x18>
804052a6:	00645513          	srl	a0,s0,0x6
804052aa:	03f47413          	and	s0,s0,63
804052ae:	953e                	add	a0,a0,a5
804052b0:	00001097          	auipc	ra,0x1
804052b4:	9b8080e7          	jalr	-1608(ra) # 80405c68 <bread>
804052b8:	041a                	sll	s0,s0,0x6
804052ba:	01850793          	add	a5,a0,24
804052be:	97a2                	add	a5,a5,s0
804052c0:	0007d703          	lhu	a4,0(a5)
804052c4:	43dc                	lw	a5,4(a5)
804052c6:	4422                	lw	s0,8(sp)
804052c8:	00e91023          	sh	a4,0(s2)
804052cc:	40b2                	lw	ra,12(sp)
804052ce:	4902                	lw	s2,0(sp)
804052d0:	c09c                	sw	a5,0(s1)
804052d2:	4492                	lw	s1,4(sp)
804052d4:	0141                	add	sp,sp,16
804052d6:	00001317          	auipc	t1,0x1
804052da:	a0c30067          	jr	-1524(t1) # 80405ce2 <brelse>

804052de <ialloc>:
804052de:	7179                	add	sp,sp,-48
804052e0:	d226                	sw	s1,36(sp)
804052e2:	8041f4b7          	lui	s1,0x8041f
804052e6:	70848493          	add	s1,s1,1800 # 8041f708 <sb>
804052ea:	44dc                	lw	a5,12(s1)
804052ec:	d422                	sw	s0,40(sp)
804052ee:	d04a                	sw	s2,32(sp)
804052f0:	ce4e                	sw	s3,28(sp)
804052f2:	d606                	sw	ra,44(sp)
804052f4:	4409                	li	s0,2
804052f6:	89aa                	mv	s3,a0
804052f8:	892e                	mv	s2,a1
804052fa:	02f47163          	bgeu	s0,a5,8040531c <ialloc+0x3e>
804052fe:	0070                	add	a2,sp,12
80405300:	00a10593          	add	a1,sp,10
80405304:	8522                	mv	a0,s0
80405306:	00000097          	auipc	ra,0x0
8040530a:	f3c080e7          	jalr	-196(ra) # 80405242 <istat>
8040530e:	00a15783          	lhu	a5,10(sp)
80405312:	cf89                	beqz	a5,8040532c <ialloc+0x4e>
80405314:	44dc                	lw	a5,12(s1)
80405316:	0405                	add	s0,s0,1
80405318:	fef463e3          	bltu	s0,a5,804052fe <ialloc+0x20>
8040531c:	5511                	li	a0,-28
8040531e:	50b2                	lw	ra,44(sp)
80405320:	5422                	lw	s0,40(sp)
80405322:	5492                	lw	s1,36(sp)
80405324:	5902                	lw	s2,32(sp)
80405326:	49f2                	lw	s3,28(sp)
80405328:	6145                	add	sp,sp,48
8040532a:	8082                	ret
8040532c:	44dc                	lw	a5,12(s1)
8040532e:	04f47763          	bgeu	s0,a5,8040537c <ialloc+0x9e>
80405332:	8522                	mv	a0,s0
80405334:	00000097          	auipc	ra,0x0
80405338:	886080e7          	jalr	-1914(ra) # 80404bba <iget.part.0>
8040533c:	842a                	mv	s0,a0
8040533e:	5521                	li	a0,-24
80405340:	dc79                	beqz	s0,8040531e <ialloc+0x40>
80405342:	04000613          	li	a2,64
80405346:	4581                	li	a1,0
80405348:	00840513          	add	a0,s0,8
8040534c:	00001097          	auipc	ra,0x1
80405350:	a64080e7          	jalr	-1436(ra) # 80405db0 <memset>
80405354:	4785                	li	a5,1
80405356:	01341423          	sh	s3,8(s0)
8040535a:	8522                	mv	a0,s0
8040535c:	00f41523          	sh	a5,10(s0)
80405360:	00000097          	auipc	ra,0x0
80405364:	cb8080e7          	jalr	-840(ra) # 80405018 <iupdate>
80405368:	50b2                	lw	ra,44(sp)
8040536a:	00892023          	sw	s0,0(s2)
8040536e:	5422                	lw	s0,40(sp)
80405370:	5492                	lw	s1,36(sp)
80405372:	5902                	lw	s2,32(sp)
80405374:	49f2                	lw	s3,28(sp)
80405376:	4501                	li	a0,0
80405378:	6145                	add	sp,sp,48
8040537a:	8082                	ret
8040537c:	80407537          	lui	a0,0x80407
80405380:	85a2                	mv	a1,s0
80405382:	d8850513          	add	a0,a0,-632 # 80406d88 <exfs_ops+0xb8>
80405386:	fffff097          	auipc	ra,0xfffff
8040538a:	5b8080e7          	jalr	1464(ra) # 8040493e <panic>

8040538e <iput>:
8040538e:	415c                	lw	a5,4(a0)
80405390:	1141                	add	sp,sp,-16
80405392:	c422                	sw	s0,8(sp)
80405394:	c606                	sw	ra,12(sp)
80405396:	842a                	mv	s0,a0
80405398:	04f05a63          	blez	a5,804053ec <iput+0x5e>
8040539c:	4705                	li	a4,1
8040539e:	00e78863          	beq	a5,a4,804053ae <iput+0x20>
804053a2:	17fd                	add	a5,a5,-1
804053a4:	40b2                	lw	ra,12(sp)
804053a6:	c05c                	sw	a5,4(s0)
804053a8:	4422                	lw	s0,8(sp)
804053aa:	0141                	add	sp,sp,16
804053ac:	8082                	ret
804053ae:	00a55703          	lhu	a4,10(a0)
804053b2:	fb65                	bnez	a4,804053a2 <iput+0x14>
804053b4:	4581                	li	a1,0
804053b6:	00052623          	sw	zero,12(a0)
804053ba:	00000097          	auipc	ra,0x0
804053be:	cce080e7          	jalr	-818(ra) # 80405088 <trim_blocks>
804053c2:	04000613          	li	a2,64
804053c6:	4581                	li	a1,0
804053c8:	00840513          	add	a0,s0,8
804053cc:	00001097          	auipc	ra,0x1
804053d0:	9e4080e7          	jalr	-1564(ra) # 80405db0 <memset>
804053d4:	8522                	mv	a0,s0
804053d6:	00000097          	auipc	ra,0x0
804053da:	c42080e7          	jalr	-958(ra) # 80405018 <iupdate>
804053de:	405c                	lw	a5,4(s0)
804053e0:	40b2                	lw	ra,12(sp)
804053e2:	17fd                	add	a5,a5,-1
804053e4:	c05c                	sw	a5,4(s0)
804053e6:	4422                	lw	s0,8(sp)
804053e8:	0141                	add	sp,sp,16
804053ea:	8082                	ret
804053ec:	410c                	lw	a1,0(a0)
804053ee:	80407537          	lui	a0,0x80407
804053f2:	da450513          	add	a0,a0,-604 # 80406da4 <exfs_ops+0xd4>
804053f6:	fffff097          	auipc	ra,0xfffff
804053fa:	548080e7          	jalr	1352(ra) # 8040493e <panic>

804053fe <itrunc>:
804053fe:	1101                	add	sp,sp,-32
80405400:	cc22                	sw	s0,24(sp)
80405402:	ca26                	sw	s1,20(sp)
80405404:	c64e                	sw	s3,12(sp)
80405406:	ce06                	sw	ra,28(sp)
80405408:	c84a                	sw	s2,16(sp)
8040540a:	c452                	sw	s4,8(sp)
8040540c:	c256                	sw	s5,4(sp)
8040540e:	89aa                	mv	s3,a0
80405410:	00052623          	sw	zero,12(a0)
80405414:	01050413          	add	s0,a0,16
80405418:	04050493          	add	s1,a0,64
8040541c:	a021                	j	80405424 <itrunc+0x26>
8040541e:	0411                	add	s0,s0,4
80405420:	00940d63          	beq	s0,s1,8040543a <itrunc+0x3c>
80405424:	4008                	lw	a0,0(s0)
80405426:	dd65                	beqz	a0,8040541e <itrunc+0x20>
80405428:	fffff097          	auipc	ra,0xfffff
8040542c:	612080e7          	jalr	1554(ra) # 80404a3a <bfree>
80405430:	0411                	add	s0,s0,4
80405432:	fe042e23          	sw	zero,-4(s0)
80405436:	fe9417e3          	bne	s0,s1,80405424 <itrunc+0x26>
8040543a:	0409aa03          	lw	s4,64(s3)
8040543e:	020a1363          	bnez	s4,80405464 <itrunc+0x66>
80405442:	0449aa83          	lw	s5,68(s3)
80405446:	060a9a63          	bnez	s5,804054ba <itrunc+0xbc>
8040544a:	4462                	lw	s0,24(sp)
8040544c:	40f2                	lw	ra,28(sp)
8040544e:	44d2                	lw	s1,20(sp)
80405450:	4942                	lw	s2,16(sp)
80405452:	4a22                	lw	s4,8(sp)
80405454:	4a92                	lw	s5,4(sp)
80405456:	854e                	mv	a0,s3
80405458:	49b2                	lw	s3,12(sp)
8040545a:	6105                	add	sp,sp,32
8040545c:	00000317          	auipc	t1,0x0
80405460:	bbc30067          	jr	-1092(t1) # 80405018 <iupdate>
80405464:	8552                	mv	a0,s4
80405466:	6485                	lui	s1,0x1
80405468:	00001097          	auipc	ra,0x1
8040546c:	800080e7          	jalr	-2048(ra) # 80405c68 <bread>
80405470:	04e1                	add	s1,s1,24 # 1018 <errno+0x1018>
80405472:	892a                	mv	s2,a0
80405474:	01850413          	add	s0,a0,24
80405478:	94aa                	add	s1,s1,a0
8040547a:	4008                	lw	a0,0(s0)
8040547c:	cd01                	beqz	a0,80405494 <itrunc+0x96>
8040547e:	fffff097          	auipc	ra,0xfffff
80405482:	5bc080e7          	jalr	1468(ra) # 80404a3a <bfree>
80405486:	854a                	mv	a0,s2
80405488:	00042023          	sw	zero,0(s0)
8040548c:	00001097          	auipc	ra,0x1
80405490:	850080e7          	jalr	-1968(ra) # 80405cdc <bdirty>
80405494:	0411                	add	s0,s0,4
80405496:	fe9412e3          	bne	s0,s1,8040547a <itrunc+0x7c>
8040549a:	854a                	mv	a0,s2
8040549c:	00001097          	auipc	ra,0x1
804054a0:	846080e7          	jalr	-1978(ra) # 80405ce2 <brelse>
804054a4:	8552                	mv	a0,s4
804054a6:	fffff097          	auipc	ra,0xfffff
804054aa:	594080e7          	jalr	1428(ra) # 80404a3a <bfree>
804054ae:	0449aa83          	lw	s5,68(s3)
804054b2:	0409a023          	sw	zero,64(s3)
804054b6:	f80a8ae3          	beqz	s5,8040544a <itrunc+0x4c>
804054ba:	8556                	mv	a0,s5
804054bc:	6905                	lui	s2,0x1
804054be:	00000097          	auipc	ra,0x0
804054c2:	7aa080e7          	jalr	1962(ra) # 80405c68 <bread>
804054c6:	0961                	add	s2,s2,24 # 1018 <errno+0x1018>
804054c8:	8a2a                	mv	s4,a0
804054ca:	01850413          	add	s0,a0,24
804054ce:	992a                	add	s2,s2,a0
804054d0:	40c00493          	li	s1,1036
804054d4:	4008                	lw	a0,0(s0)
804054d6:	85a6                	mv	a1,s1
804054d8:	4681                	li	a3,0
804054da:	4605                	li	a2,1
804054dc:	cd01                	beqz	a0,804054f4 <itrunc+0xf6>
804054de:	fffff097          	auipc	ra,0xfffff
804054e2:	5fe080e7          	jalr	1534(ra) # 80404adc <trim_indirect>
804054e6:	8552                	mv	a0,s4
804054e8:	00042023          	sw	zero,0(s0)
804054ec:	00000097          	auipc	ra,0x0
804054f0:	7f0080e7          	jalr	2032(ra) # 80405cdc <bdirty>
804054f4:	0411                	add	s0,s0,4
804054f6:	40048493          	add	s1,s1,1024
804054fa:	fd241de3          	bne	s0,s2,804054d4 <itrunc+0xd6>
804054fe:	8552                	mv	a0,s4
80405500:	00000097          	auipc	ra,0x0
80405504:	7e2080e7          	jalr	2018(ra) # 80405ce2 <brelse>
80405508:	8556                	mv	a0,s5
8040550a:	fffff097          	auipc	ra,0xfffff
8040550e:	530080e7          	jalr	1328(ra) # 80404a3a <bfree>
80405512:	0409a223          	sw	zero,68(s3)
80405516:	bf15                	j	8040544a <itrunc+0x4c>

80405518 <readi>:
80405518:	715d                	add	sp,sp,-80
8040551a:	de4e                	sw	s3,60(sp)
8040551c:	00c52983          	lw	s3,12(a0)
80405520:	c0ca                	sw	s2,64(sp)
80405522:	c686                	sw	ra,76(sp)
80405524:	c4a2                	sw	s0,72(sp)
80405526:	c2a6                	sw	s1,68(sp)
80405528:	dc52                	sw	s4,56(sp)
8040552a:	da56                	sw	s5,52(sp)
8040552c:	d85a                	sw	s6,48(sp)
8040552e:	d65e                	sw	s7,44(sp)
80405530:	d462                	sw	s8,40(sp)
80405532:	d266                	sw	s9,36(sp)
80405534:	d06a                	sw	s10,32(sp)
80405536:	ce6e                	sw	s11,28(sp)
80405538:	c62e                	sw	a1,12(sp)
8040553a:	4901                	li	s2,0
8040553c:	0736f663          	bgeu	a3,s3,804055a8 <readi+0x90>
80405540:	40d989b3          	sub	s3,s3,a3
80405544:	8aaa                	mv	s5,a0
80405546:	8a36                	mv	s4,a3
80405548:	8b32                	mv	s6,a2
8040554a:	0b376963          	bltu	a4,s3,804055fc <readi+0xe4>
8040554e:	4401                	li	s0,0
80405550:	04098b63          	beqz	s3,804055a6 <readi+0x8e>
80405554:	6c05                	lui	s8,0x1
80405556:	fffc0d13          	add	s10,s8,-1 # fff <errno+0xfff>
8040555a:	8041dcb7          	lui	s9,0x8041d
8040555e:	008a05b3          	add	a1,s4,s0
80405562:	01a5f933          	and	s2,a1,s10
80405566:	408984b3          	sub	s1,s3,s0
8040556a:	412c07b3          	sub	a5,s8,s2
8040556e:	81b1                	srl	a1,a1,0xc
80405570:	4601                	li	a2,0
80405572:	8556                	mv	a0,s5
80405574:	0097f363          	bgeu	a5,s1,8040557a <readi+0x62>
80405578:	84be                	mv	s1,a5
8040557a:	fffff097          	auipc	ra,0xfffff
8040557e:	7fc080e7          	jalr	2044(ra) # 80404d76 <bmap>
80405582:	008b0db3          	add	s11,s6,s0
80405586:	86a6                	mv	a3,s1
80405588:	508c8613          	add	a2,s9,1288 # 8041d508 <zero_block>
8040558c:	85ee                	mv	a1,s11
8040558e:	ed0d                	bnez	a0,804055c8 <readi+0xb0>
80405590:	4532                	lw	a0,12(sp)
80405592:	fffff097          	auipc	ra,0xfffff
80405596:	3e0080e7          	jalr	992(ra) # 80404972 <either_copyout>
8040559a:	892a                	mv	s2,a0
8040559c:	04094d63          	bltz	s2,804055f6 <readi+0xde>
804055a0:	9426                	add	s0,s0,s1
804055a2:	fb346ee3          	bltu	s0,s3,8040555e <readi+0x46>
804055a6:	894e                	mv	s2,s3
804055a8:	40b6                	lw	ra,76(sp)
804055aa:	4426                	lw	s0,72(sp)
804055ac:	4496                	lw	s1,68(sp)
804055ae:	59f2                	lw	s3,60(sp)
804055b0:	5a62                	lw	s4,56(sp)
804055b2:	5ad2                	lw	s5,52(sp)
804055b4:	5b42                	lw	s6,48(sp)
804055b6:	5bb2                	lw	s7,44(sp)
804055b8:	5c22                	lw	s8,40(sp)
804055ba:	5c92                	lw	s9,36(sp)
804055bc:	5d02                	lw	s10,32(sp)
804055be:	4df2                	lw	s11,28(sp)
804055c0:	854a                	mv	a0,s2
804055c2:	4906                	lw	s2,64(sp)
804055c4:	6161                	add	sp,sp,80
804055c6:	8082                	ret
804055c8:	00000097          	auipc	ra,0x0
804055cc:	6a0080e7          	jalr	1696(ra) # 80405c68 <bread>
804055d0:	8baa                	mv	s7,a0
804055d2:	01850613          	add	a2,a0,24
804055d6:	4532                	lw	a0,12(sp)
804055d8:	964a                	add	a2,a2,s2
804055da:	86a6                	mv	a3,s1
804055dc:	85ee                	mv	a1,s11
804055de:	fffff097          	auipc	ra,0xfffff
804055e2:	394080e7          	jalr	916(ra) # 80404972 <either_copyout>
804055e6:	892a                	mv	s2,a0
804055e8:	855e                	mv	a0,s7
804055ea:	00000097          	auipc	ra,0x0
804055ee:	6f8080e7          	jalr	1784(ra) # 80405ce2 <brelse>
804055f2:	fa0957e3          	bgez	s2,804055a0 <readi+0x88>
804055f6:	d84d                	beqz	s0,804055a8 <readi+0x90>
804055f8:	8922                	mv	s2,s0
804055fa:	b77d                	j	804055a8 <readi+0x90>
804055fc:	89ba                	mv	s3,a4
804055fe:	bf81                	j	8040554e <readi+0x36>

80405600 <writei>:
80405600:	7139                	add	sp,sp,-64
80405602:	de06                	sw	ra,60(sp)
80405604:	dc22                	sw	s0,56(sp)
80405606:	da26                	sw	s1,52(sp)
80405608:	d84a                	sw	s2,48(sp)
8040560a:	d64e                	sw	s3,44(sp)
8040560c:	d452                	sw	s4,40(sp)
8040560e:	d256                	sw	s5,36(sp)
80405610:	d05a                	sw	s6,32(sp)
80405612:	ce5e                	sw	s7,28(sp)
80405614:	cc62                	sw	s8,24(sp)
80405616:	ca66                	sw	s9,20(sp)
80405618:	c86a                	sw	s10,16(sp)
8040561a:	c66e                	sw	s11,12(sp)
8040561c:	1806c463          	bltz	a3,804057a4 <writei+0x1a4>
80405620:	800007b7          	lui	a5,0x80000
80405624:	fff7c793          	not	a5,a5
80405628:	8f95                	sub	a5,a5,a3
8040562a:	8b36                	mv	s6,a3
8040562c:	8aba                	mv	s5,a4
8040562e:	16e7eb63          	bltu	a5,a4,804057a4 <writei+0x1a4>
80405632:	8c2e                	mv	s8,a1
80405634:	454c                	lw	a1,12(a0)
80405636:	8baa                	mv	s7,a0
80405638:	8cb2                	mv	s9,a2
8040563a:	0cd5e063          	bltu	a1,a3,804056fa <writei+0xfa>
8040563e:	16070563          	beqz	a4,804057a8 <writei+0x1a8>
80405642:	6d05                	lui	s10,0x1
80405644:	4401                	li	s0,0
80405646:	fffd0d93          	add	s11,s10,-1 # fff <errno+0xfff>
8040564a:	a089                	j	8040568c <writei+0x8c>
8040564c:	00000097          	auipc	ra,0x0
80405650:	61c080e7          	jalr	1564(ra) # 80405c68 <bread>
80405654:	01850593          	add	a1,a0,24
80405658:	84aa                	mv	s1,a0
8040565a:	95ce                	add	a1,a1,s3
8040565c:	008c8633          	add	a2,s9,s0
80405660:	86ca                	mv	a3,s2
80405662:	8562                	mv	a0,s8
80405664:	fffff097          	auipc	ra,0xfffff
80405668:	328080e7          	jalr	808(ra) # 8040498c <either_copyin>
8040566c:	89aa                	mv	s3,a0
8040566e:	8526                	mv	a0,s1
80405670:	00000097          	auipc	ra,0x0
80405674:	66c080e7          	jalr	1644(ra) # 80405cdc <bdirty>
80405678:	8526                	mv	a0,s1
8040567a:	00000097          	auipc	ra,0x0
8040567e:	668080e7          	jalr	1640(ra) # 80405ce2 <brelse>
80405682:	0209ca63          	bltz	s3,804056b6 <writei+0xb6>
80405686:	944a                	add	s0,s0,s2
80405688:	09547863          	bgeu	s0,s5,80405718 <writei+0x118>
8040568c:	008b0a33          	add	s4,s6,s0
80405690:	01ba79b3          	and	s3,s4,s11
80405694:	408a8933          	sub	s2,s5,s0
80405698:	413d07b3          	sub	a5,s10,s3
8040569c:	4605                	li	a2,1
8040569e:	00ca5593          	srl	a1,s4,0xc
804056a2:	855e                	mv	a0,s7
804056a4:	0127f363          	bgeu	a5,s2,804056aa <writei+0xaa>
804056a8:	893e                	mv	s2,a5
804056aa:	fffff097          	auipc	ra,0xfffff
804056ae:	6cc080e7          	jalr	1740(ra) # 80404d76 <bmap>
804056b2:	fd49                	bnez	a0,8040564c <writei+0x4c>
804056b4:	5991                	li	s3,-28
804056b6:	00cba583          	lw	a1,12(s7)
804056ba:	0145f563          	bgeu	a1,s4,804056c4 <writei+0xc4>
804056be:	014ba623          	sw	s4,12(s7)
804056c2:	85d2                	mv	a1,s4
804056c4:	6785                	lui	a5,0x1
804056c6:	17fd                	add	a5,a5,-1 # fff <errno+0xfff>
804056c8:	95be                	add	a1,a1,a5
804056ca:	81b1                	srl	a1,a1,0xc
804056cc:	855e                	mv	a0,s7
804056ce:	00000097          	auipc	ra,0x0
804056d2:	9ba080e7          	jalr	-1606(ra) # 80405088 <trim_blocks>
804056d6:	c011                	beqz	s0,804056da <writei+0xda>
804056d8:	89a2                	mv	s3,s0
804056da:	50f2                	lw	ra,60(sp)
804056dc:	5462                	lw	s0,56(sp)
804056de:	54d2                	lw	s1,52(sp)
804056e0:	5942                	lw	s2,48(sp)
804056e2:	5a22                	lw	s4,40(sp)
804056e4:	5a92                	lw	s5,36(sp)
804056e6:	5b02                	lw	s6,32(sp)
804056e8:	4bf2                	lw	s7,28(sp)
804056ea:	4c62                	lw	s8,24(sp)
804056ec:	4cd2                	lw	s9,20(sp)
804056ee:	4d42                	lw	s10,16(sp)
804056f0:	4db2                	lw	s11,12(sp)
804056f2:	854e                	mv	a0,s3
804056f4:	59b2                	lw	s3,44(sp)
804056f6:	6121                	add	sp,sp,64
804056f8:	8082                	ret
804056fa:	6485                	lui	s1,0x1
804056fc:	fff48413          	add	s0,s1,-1 # fff <errno+0xfff>
80405700:	8c6d                	and	s0,s0,a1
80405702:	e021                	bnez	s0,80405742 <writei+0x142>
80405704:	ff1d                	bnez	a4,80405642 <writei+0x42>
80405706:	00dba623          	sw	a3,12(s7)
8040570a:	00000097          	auipc	ra,0x0
8040570e:	90e080e7          	jalr	-1778(ra) # 80405018 <iupdate>
80405712:	4401                	li	s0,0
80405714:	89a2                	mv	s3,s0
80405716:	b7d1                	j	804056da <writei+0xda>
80405718:	00cba783          	lw	a5,12(s7)
8040571c:	9b22                	add	s6,s6,s0
8040571e:	0167fb63          	bgeu	a5,s6,80405734 <writei+0x134>
80405722:	016ba623          	sw	s6,12(s7)
80405726:	855e                	mv	a0,s7
80405728:	00000097          	auipc	ra,0x0
8040572c:	8f0080e7          	jalr	-1808(ra) # 80405018 <iupdate>
80405730:	89a2                	mv	s3,s0
80405732:	b765                	j	804056da <writei+0xda>
80405734:	855e                	mv	a0,s7
80405736:	00000097          	auipc	ra,0x0
8040573a:	8e2080e7          	jalr	-1822(ra) # 80405018 <iupdate>
8040573e:	89a2                	mv	s3,s0
80405740:	bf69                	j	804056da <writei+0xda>
80405742:	4601                	li	a2,0
80405744:	81b1                	srl	a1,a1,0xc
80405746:	fffff097          	auipc	ra,0xfffff
8040574a:	630080e7          	jalr	1584(ra) # 80404d76 <bmap>
8040574e:	e105                	bnez	a0,8040576e <writei+0x16e>
80405750:	ee0a99e3          	bnez	s5,80405642 <writei+0x42>
80405754:	00cba783          	lw	a5,12(s7)
80405758:	0567f863          	bgeu	a5,s6,804057a8 <writei+0x1a8>
8040575c:	016ba623          	sw	s6,12(s7)
80405760:	855e                	mv	a0,s7
80405762:	00000097          	auipc	ra,0x0
80405766:	8b6080e7          	jalr	-1866(ra) # 80405018 <iupdate>
8040576a:	4401                	li	s0,0
8040576c:	b765                	j	80405714 <writei+0x114>
8040576e:	00000097          	auipc	ra,0x0
80405772:	4fa080e7          	jalr	1274(ra) # 80405c68 <bread>
80405776:	892a                	mv	s2,a0
80405778:	0561                	add	a0,a0,24
8040577a:	40848633          	sub	a2,s1,s0
8040577e:	4581                	li	a1,0
80405780:	9522                	add	a0,a0,s0
80405782:	00000097          	auipc	ra,0x0
80405786:	62e080e7          	jalr	1582(ra) # 80405db0 <memset>
8040578a:	854a                	mv	a0,s2
8040578c:	00000097          	auipc	ra,0x0
80405790:	550080e7          	jalr	1360(ra) # 80405cdc <bdirty>
80405794:	854a                	mv	a0,s2
80405796:	00000097          	auipc	ra,0x0
8040579a:	54c080e7          	jalr	1356(ra) # 80405ce2 <brelse>
8040579e:	ea0a92e3          	bnez	s5,80405642 <writei+0x42>
804057a2:	bf4d                	j	80405754 <writei+0x154>
804057a4:	5995                	li	s3,-27
804057a6:	bf15                	j	804056da <writei+0xda>
804057a8:	855e                	mv	a0,s7
804057aa:	00000097          	auipc	ra,0x0
804057ae:	86e080e7          	jalr	-1938(ra) # 80405018 <iupdate>
804057b2:	4401                	li	s0,0
804057b4:	b785                	j	80405714 <writei+0x114>

804057b6 <path_name>:
804057b6:	00054783          	lbu	a5,0(a0)
804057ba:	02f00713          	li	a4,47
804057be:	00e79763          	bne	a5,a4,804057cc <path_name+0x16>
804057c2:	00154783          	lbu	a5,1(a0)
804057c6:	0505                	add	a0,a0,1
804057c8:	fee78de3          	beq	a5,a4,804057c2 <path_name+0xc>
804057cc:	cf95                	beqz	a5,80405808 <path_name+0x52>
804057ce:	4701                	li	a4,0
804057d0:	02f00613          	li	a2,47
804057d4:	486d                	li	a6,27
804057d6:	a819                	j	804057ec <path_name+0x36>
804057d8:	03070063          	beq	a4,a6,804057f8 <path_name+0x42>
804057dc:	0705                	add	a4,a4,1
804057de:	00f68023          	sb	a5,0(a3)
804057e2:	00e507b3          	add	a5,a0,a4
804057e6:	0007c783          	lbu	a5,0(a5)
804057ea:	cb91                	beqz	a5,804057fe <path_name+0x48>
804057ec:	00e586b3          	add	a3,a1,a4
804057f0:	fec794e3          	bne	a5,a2,804057d8 <path_name+0x22>
804057f4:	5579                	li	a0,-2
804057f6:	8082                	ret
804057f8:	fdc00513          	li	a0,-36
804057fc:	8082                	ret
804057fe:	95ba                	add	a1,a1,a4
80405800:	00058023          	sb	zero,0(a1)
80405804:	4501                	li	a0,0
80405806:	8082                	ret
80405808:	00058023          	sb	zero,0(a1)
8040580c:	b7e5                	j	804057f4 <path_name+0x3e>

8040580e <dir_lookup>:
8040580e:	4558                	lw	a4,12(a0)
80405810:	47fd                	li	a5,31
80405812:	08e7f263          	bgeu	a5,a4,80405896 <dir_lookup+0x88>
80405816:	7139                	add	sp,sp,-64
80405818:	dc22                	sw	s0,56(sp)
8040581a:	da26                	sw	s1,52(sp)
8040581c:	d84a                	sw	s2,48(sp)
8040581e:	d64e                	sw	s3,44(sp)
80405820:	de06                	sw	ra,60(sp)
80405822:	84aa                	mv	s1,a0
80405824:	892e                	mv	s2,a1
80405826:	89b2                	mv	s3,a2
80405828:	4401                	li	s0,0
8040582a:	a801                	j	8040583a <dir_lookup+0x2c>
8040582c:	44d8                	lw	a4,12(s1)
8040582e:	04040793          	add	a5,s0,64
80405832:	02040413          	add	s0,s0,32
80405836:	04f76863          	bltu	a4,a5,80405886 <dir_lookup+0x78>
8040583a:	02000713          	li	a4,32
8040583e:	86a2                	mv	a3,s0
80405840:	860a                	mv	a2,sp
80405842:	4581                	li	a1,0
80405844:	8526                	mv	a0,s1
80405846:	00000097          	auipc	ra,0x0
8040584a:	cd2080e7          	jalr	-814(ra) # 80405518 <readi>
8040584e:	02000793          	li	a5,32
80405852:	04f51463          	bne	a0,a5,8040589a <dir_lookup+0x8c>
80405856:	4502                	lw	a0,0(sp)
80405858:	00000097          	auipc	ra,0x0
8040585c:	9aa080e7          	jalr	-1622(ra) # 80405202 <inum_valid>
80405860:	d571                	beqz	a0,8040582c <dir_lookup+0x1e>
80405862:	4671                	li	a2,28
80405864:	85ca                	mv	a1,s2
80405866:	0048                	add	a0,sp,4
80405868:	00000097          	auipc	ra,0x0
8040586c:	5e0080e7          	jalr	1504(ra) # 80405e48 <strncmp>
80405870:	fd55                	bnez	a0,8040582c <dir_lookup+0x1e>
80405872:	0089a023          	sw	s0,0(s3)
80405876:	50f2                	lw	ra,60(sp)
80405878:	5462                	lw	s0,56(sp)
8040587a:	4502                	lw	a0,0(sp)
8040587c:	54d2                	lw	s1,52(sp)
8040587e:	5942                	lw	s2,48(sp)
80405880:	59b2                	lw	s3,44(sp)
80405882:	6121                	add	sp,sp,64
80405884:	8082                	ret
80405886:	50f2                	lw	ra,60(sp)
80405888:	5462                	lw	s0,56(sp)
8040588a:	54d2                	lw	s1,52(sp)
8040588c:	5942                	lw	s2,48(sp)
8040588e:	59b2                	lw	s3,44(sp)
80405890:	4501                	li	a0,0
80405892:	6121                	add	sp,sp,64
80405894:	8082                	ret
80405896:	4501                	li	a0,0
80405898:	8082                	ret
8040589a:	80407537          	lui	a0,0x80407
8040589e:	dbc50513          	add	a0,a0,-580 # 80406dbc <exfs_ops+0xec>
804058a2:	fffff097          	auipc	ra,0xfffff
804058a6:	09c080e7          	jalr	156(ra) # 8040493e <panic>

804058aa <fs_open>:
804058aa:	7159                	add	sp,sp,-112
804058ac:	d0ca                	sw	s2,96(sp)
804058ae:	892e                	mv	s2,a1
804058b0:	084c                	add	a1,sp,20
804058b2:	d2a6                	sw	s1,100(sp)
804058b4:	d686                	sw	ra,108(sp)
804058b6:	d4a2                	sw	s0,104(sp)
804058b8:	cece                	sw	s3,92(sp)
804058ba:	ccd2                	sw	s4,88(sp)
804058bc:	cad6                	sw	s5,84(sp)
804058be:	84b2                	mv	s1,a2
804058c0:	00000097          	auipc	ra,0x0
804058c4:	ef6080e7          	jalr	-266(ra) # 804057b6 <path_name>
804058c8:	00054863          	bltz	a0,804058d8 <fs_open+0x2e>
804058cc:	fffff097          	auipc	ra,0xfffff
804058d0:	738080e7          	jalr	1848(ra) # 80405004 <fs_mounted>
804058d4:	e919                	bnez	a0,804058ea <fs_open+0x40>
804058d6:	5579                	li	a0,-2
804058d8:	50b6                	lw	ra,108(sp)
804058da:	5426                	lw	s0,104(sp)
804058dc:	5496                	lw	s1,100(sp)
804058de:	5906                	lw	s2,96(sp)
804058e0:	49f6                	lw	s3,92(sp)
804058e2:	4a66                	lw	s4,88(sp)
804058e4:	4ad6                	lw	s5,84(sp)
804058e6:	6165                	add	sp,sp,112
804058e8:	8082                	ret
804058ea:	fffff097          	auipc	ra,0xfffff
804058ee:	724080e7          	jalr	1828(ra) # 8040500e <fs_root>
804058f2:	0070                	add	a2,sp,12
804058f4:	084c                	add	a1,sp,20
804058f6:	89aa                	mv	s3,a0
804058f8:	00000097          	auipc	ra,0x0
804058fc:	f16080e7          	jalr	-234(ra) # 8040580e <dir_lookup>
80405900:	842a                	mv	s0,a0
80405902:	e941                	bnez	a0,80405992 <fs_open+0xe8>
80405904:	04097793          	and	a5,s2,64
80405908:	d7f9                	beqz	a5,804058d6 <fs_open+0x2c>
8040590a:	080c                	add	a1,sp,16
8040590c:	4505                	li	a0,1
8040590e:	00000097          	auipc	ra,0x0
80405912:	9d0080e7          	jalr	-1584(ra) # 804052de <ialloc>
80405916:	fc0541e3          	bltz	a0,804058d8 <fs_open+0x2e>
8040591a:	47c2                	lw	a5,16(sp)
8040591c:	0007aa83          	lw	s5,0(a5)
80405920:	a00d                	j	80405942 <fs_open+0x98>
80405922:	02000713          	li	a4,32
80405926:	86d2                	mv	a3,s4
80405928:	1810                	add	a2,sp,48
8040592a:	4581                	li	a1,0
8040592c:	854e                	mv	a0,s3
8040592e:	00000097          	auipc	ra,0x0
80405932:	bea080e7          	jalr	-1046(ra) # 80405518 <readi>
80405936:	02000793          	li	a5,32
8040593a:	0af51663          	bne	a0,a5,804059e6 <fs_open+0x13c>
8040593e:	57c2                	lw	a5,48(sp)
80405940:	cb81                	beqz	a5,80405950 <fs_open+0xa6>
80405942:	00c9a783          	lw	a5,12(s3)
80405946:	8a22                	mv	s4,s0
80405948:	02040413          	add	s0,s0,32
8040594c:	fc87fbe3          	bgeu	a5,s0,80405922 <fs_open+0x78>
80405950:	02000613          	li	a2,32
80405954:	4581                	li	a1,0
80405956:	1808                	add	a0,sp,48
80405958:	00000097          	auipc	ra,0x0
8040595c:	458080e7          	jalr	1112(ra) # 80405db0 <memset>
80405960:	4671                	li	a2,28
80405962:	084c                	add	a1,sp,20
80405964:	1848                	add	a0,sp,52
80405966:	d856                	sw	s5,48(sp)
80405968:	00000097          	auipc	ra,0x0
8040596c:	50e080e7          	jalr	1294(ra) # 80405e76 <strlcpy_k>
80405970:	02000713          	li	a4,32
80405974:	86d2                	mv	a3,s4
80405976:	1810                	add	a2,sp,48
80405978:	4581                	li	a1,0
8040597a:	854e                	mv	a0,s3
8040597c:	00000097          	auipc	ra,0x0
80405980:	c84080e7          	jalr	-892(ra) # 80405600 <writei>
80405984:	02000793          	li	a5,32
80405988:	04f51063          	bne	a0,a5,804059c8 <fs_open+0x11e>
8040598c:	4542                	lw	a0,16(sp)
8040598e:	c088                	sw	a0,0(s1)
80405990:	a039                	j	8040599e <fs_open+0xf4>
80405992:	00000097          	auipc	ra,0x0
80405996:	884080e7          	jalr	-1916(ra) # 80405216 <iget>
8040599a:	c088                	sw	a0,0(s1)
8040599c:	c505                	beqz	a0,804059c4 <fs_open+0x11a>
8040599e:	00855703          	lhu	a4,8(a0)
804059a2:	4785                	li	a5,1
804059a4:	02f71b63          	bne	a4,a5,804059da <fs_open+0x130>
804059a8:	20097793          	and	a5,s2,512
804059ac:	c781                	beqz	a5,804059b4 <fs_open+0x10a>
804059ae:	00397793          	and	a5,s2,3
804059b2:	e399                	bnez	a5,804059b8 <fs_open+0x10e>
804059b4:	4501                	li	a0,0
804059b6:	b70d                	j	804058d8 <fs_open+0x2e>
804059b8:	00000097          	auipc	ra,0x0
804059bc:	a46080e7          	jalr	-1466(ra) # 804053fe <itrunc>
804059c0:	4501                	li	a0,0
804059c2:	bf19                	j	804058d8 <fs_open+0x2e>
804059c4:	5521                	li	a0,-24
804059c6:	bf09                	j	804058d8 <fs_open+0x2e>
804059c8:	4542                	lw	a0,16(sp)
804059ca:	00051523          	sh	zero,10(a0)
804059ce:	00000097          	auipc	ra,0x0
804059d2:	9c0080e7          	jalr	-1600(ra) # 8040538e <iput>
804059d6:	5511                	li	a0,-28
804059d8:	b701                	j	804058d8 <fs_open+0x2e>
804059da:	00000097          	auipc	ra,0x0
804059de:	9b4080e7          	jalr	-1612(ra) # 8040538e <iput>
804059e2:	552d                	li	a0,-21
804059e4:	bdd5                	j	804058d8 <fs_open+0x2e>
804059e6:	80407537          	lui	a0,0x80407
804059ea:	dbc50513          	add	a0,a0,-580 # 80406dbc <exfs_ops+0xec>
804059ee:	fffff097          	auipc	ra,0xfffff
804059f2:	f50080e7          	jalr	-176(ra) # 8040493e <panic>

804059f6 <fs_unlink>:
804059f6:	715d                	add	sp,sp,-80
804059f8:	004c                	add	a1,sp,4
804059fa:	c4a2                	sw	s0,72(sp)
804059fc:	c686                	sw	ra,76(sp)
804059fe:	c2a6                	sw	s1,68(sp)
80405a00:	c0ca                	sw	s2,64(sp)
80405a02:	00000097          	auipc	ra,0x0
80405a06:	db4080e7          	jalr	-588(ra) # 804057b6 <path_name>
80405a0a:	842a                	mv	s0,a0
80405a0c:	00054863          	bltz	a0,80405a1c <fs_unlink+0x26>
80405a10:	fffff097          	auipc	ra,0xfffff
80405a14:	5f4080e7          	jalr	1524(ra) # 80405004 <fs_mounted>
80405a18:	e909                	bnez	a0,80405a2a <fs_unlink+0x34>
80405a1a:	5479                	li	s0,-2
80405a1c:	40b6                	lw	ra,76(sp)
80405a1e:	8522                	mv	a0,s0
80405a20:	4426                	lw	s0,72(sp)
80405a22:	4496                	lw	s1,68(sp)
80405a24:	4906                	lw	s2,64(sp)
80405a26:	6161                	add	sp,sp,80
80405a28:	8082                	ret
80405a2a:	fffff097          	auipc	ra,0xfffff
80405a2e:	5e4080e7          	jalr	1508(ra) # 8040500e <fs_root>
80405a32:	860a                	mv	a2,sp
80405a34:	004c                	add	a1,sp,4
80405a36:	84aa                	mv	s1,a0
80405a38:	00000097          	auipc	ra,0x0
80405a3c:	dd6080e7          	jalr	-554(ra) # 8040580e <dir_lookup>
80405a40:	dd69                	beqz	a0,80405a1a <fs_unlink+0x24>
80405a42:	fffff097          	auipc	ra,0xfffff
80405a46:	7d4080e7          	jalr	2004(ra) # 80405216 <iget>
80405a4a:	892a                	mv	s2,a0
80405a4c:	c11d                	beqz	a0,80405a72 <fs_unlink+0x7c>
80405a4e:	00855703          	lhu	a4,8(a0)
80405a52:	4785                	li	a5,1
80405a54:	02f70163          	beq	a4,a5,80405a76 <fs_unlink+0x80>
80405a58:	542d                	li	s0,-21
80405a5a:	854a                	mv	a0,s2
80405a5c:	00000097          	auipc	ra,0x0
80405a60:	932080e7          	jalr	-1742(ra) # 8040538e <iput>
80405a64:	40b6                	lw	ra,76(sp)
80405a66:	8522                	mv	a0,s0
80405a68:	4426                	lw	s0,72(sp)
80405a6a:	4496                	lw	s1,68(sp)
80405a6c:	4906                	lw	s2,64(sp)
80405a6e:	6161                	add	sp,sp,80
80405a70:	8082                	ret
80405a72:	5421                	li	s0,-24
80405a74:	b765                	j	80405a1c <fs_unlink+0x26>
80405a76:	02000613          	li	a2,32
80405a7a:	4581                	li	a1,0
80405a7c:	1008                	add	a0,sp,32
80405a7e:	00000097          	auipc	ra,0x0
80405a82:	332080e7          	jalr	818(ra) # 80405db0 <memset>
80405a86:	4682                	lw	a3,0(sp)
80405a88:	02000713          	li	a4,32
80405a8c:	1010                	add	a2,sp,32
80405a8e:	4581                	li	a1,0
80405a90:	8526                	mv	a0,s1
80405a92:	00000097          	auipc	ra,0x0
80405a96:	b6e080e7          	jalr	-1170(ra) # 80405600 <writei>
80405a9a:	00a95783          	lhu	a5,10(s2)
80405a9e:	854a                	mv	a0,s2
80405aa0:	17fd                	add	a5,a5,-1
80405aa2:	00f91523          	sh	a5,10(s2)
80405aa6:	fffff097          	auipc	ra,0xfffff
80405aaa:	572080e7          	jalr	1394(ra) # 80405018 <iupdate>
80405aae:	b775                	j	80405a5a <fs_unlink+0x64>

80405ab0 <fs_readdir>:
80405ab0:	715d                	add	sp,sp,-80
80405ab2:	c0ca                	sw	s2,64(sp)
80405ab4:	de4e                	sw	s3,60(sp)
80405ab6:	da56                	sw	s5,52(sp)
80405ab8:	c686                	sw	ra,76(sp)
80405aba:	c4a2                	sw	s0,72(sp)
80405abc:	c2a6                	sw	s1,68(sp)
80405abe:	dc52                	sw	s4,56(sp)
80405ac0:	89aa                	mv	s3,a0
80405ac2:	8aae                	mv	s5,a1
80405ac4:	8932                	mv	s2,a2
80405ac6:	fffff097          	auipc	ra,0xfffff
80405aca:	53e080e7          	jalr	1342(ra) # 80405004 <fs_mounted>
80405ace:	c141                	beqz	a0,80405b4e <fs_readdir+0x9e>
80405ad0:	fffff097          	auipc	ra,0xfffff
80405ad4:	53e080e7          	jalr	1342(ra) # 8040500e <fs_root>
80405ad8:	4558                	lw	a4,12(a0)
80405ada:	47fd                	li	a5,31
80405adc:	84aa                	mv	s1,a0
80405ade:	06e7f863          	bgeu	a5,a4,80405b4e <fs_readdir+0x9e>
80405ae2:	4401                	li	s0,0
80405ae4:	4a05                	li	s4,1
80405ae6:	a801                	j	80405af6 <fs_readdir+0x46>
80405ae8:	44d8                	lw	a4,12(s1)
80405aea:	04040793          	add	a5,s0,64
80405aee:	02040413          	add	s0,s0,32
80405af2:	04f76e63          	bltu	a4,a5,80405b4e <fs_readdir+0x9e>
80405af6:	02000713          	li	a4,32
80405afa:	86a2                	mv	a3,s0
80405afc:	0810                	add	a2,sp,16
80405afe:	4581                	li	a1,0
80405b00:	8526                	mv	a0,s1
80405b02:	00000097          	auipc	ra,0x0
80405b06:	a16080e7          	jalr	-1514(ra) # 80405518 <readi>
80405b0a:	02000793          	li	a5,32
80405b0e:	06f51563          	bne	a0,a5,80405b78 <fs_readdir+0xc8>
80405b12:	4542                	lw	a0,16(sp)
80405b14:	fffff097          	auipc	ra,0xfffff
80405b18:	6ee080e7          	jalr	1774(ra) # 80405202 <inum_valid>
80405b1c:	d571                	beqz	a0,80405ae8 <fs_readdir+0x38>
80405b1e:	4542                	lw	a0,16(sp)
80405b20:	864a                	mv	a2,s2
80405b22:	00e10593          	add	a1,sp,14
80405b26:	fffff097          	auipc	ra,0xfffff
80405b2a:	71c080e7          	jalr	1820(ra) # 80405242 <istat>
80405b2e:	00e15783          	lhu	a5,14(sp)
80405b32:	fb479be3          	bne	a5,s4,80405ae8 <fs_readdir+0x38>
80405b36:	fff98793          	add	a5,s3,-1
80405b3a:	02098463          	beqz	s3,80405b62 <fs_readdir+0xb2>
80405b3e:	44d8                	lw	a4,12(s1)
80405b40:	89be                	mv	s3,a5
80405b42:	04040793          	add	a5,s0,64
80405b46:	02040413          	add	s0,s0,32
80405b4a:	faf776e3          	bgeu	a4,a5,80405af6 <fs_readdir+0x46>
80405b4e:	5579                	li	a0,-2
80405b50:	40b6                	lw	ra,76(sp)
80405b52:	4426                	lw	s0,72(sp)
80405b54:	4496                	lw	s1,68(sp)
80405b56:	4906                	lw	s2,64(sp)
80405b58:	59f2                	lw	s3,60(sp)
80405b5a:	5a62                	lw	s4,56(sp)
80405b5c:	5ad2                	lw	s5,52(sp)
80405b5e:	6161                	add	sp,sp,80
80405b60:	8082                	ret
80405b62:	466d                	li	a2,27
80405b64:	084c                	add	a1,sp,20
80405b66:	8556                	mv	a0,s5
80405b68:	00000097          	auipc	ra,0x0
80405b6c:	28a080e7          	jalr	650(ra) # 80405df2 <memcpy>
80405b70:	4501                	li	a0,0
80405b72:	000a8da3          	sb	zero,27(s5)
80405b76:	bfe9                	j	80405b50 <fs_readdir+0xa0>
80405b78:	80407537          	lui	a0,0x80407
80405b7c:	dbc50513          	add	a0,a0,-580 # 80406dbc <exfs_ops+0xec>
80405b80:	fffff097          	auipc	ra,0xfffff
80405b84:	dbe080e7          	jalr	-578(ra) # 8040493e <panic>

80405b88 <bget>:
80405b88:	8041f7b7          	lui	a5,0x8041f
80405b8c:	1141                	add	sp,sp,-16
80405b8e:	72c78793          	add	a5,a5,1836 # 8041f72c <lru>
80405b92:	c422                	sw	s0,8(sp)
80405b94:	4bc0                	lw	s0,20(a5)
80405b96:	c226                	sw	s1,4(sp)
80405b98:	c606                	sw	ra,12(sp)
80405b9a:	84aa                	mv	s1,a0
80405b9c:	00f40a63          	beq	s0,a5,80405bb0 <bget+0x28>
80405ba0:	4018                	lw	a4,0(s0)
80405ba2:	c701                	beqz	a4,80405baa <bget+0x22>
80405ba4:	4418                	lw	a4,8(s0)
80405ba6:	04970e63          	beq	a4,s1,80405c02 <bget+0x7a>
80405baa:	4840                	lw	s0,20(s0)
80405bac:	fef41ae3          	bne	s0,a5,80405ba0 <bget+0x18>
80405bb0:	4b80                	lw	s0,16(a5)
80405bb2:	00f41663          	bne	s0,a5,80405bbe <bget+0x36>
80405bb6:	a8b9                	j	80405c14 <bget+0x8c>
80405bb8:	4800                	lw	s0,16(s0)
80405bba:	04f40d63          	beq	s0,a5,80405c14 <bget+0x8c>
80405bbe:	4458                	lw	a4,12(s0)
80405bc0:	ff65                	bnez	a4,80405bb8 <bget+0x30>
80405bc2:	401c                	lw	a5,0(s0)
80405bc4:	ef81                	bnez	a5,80405bdc <bget+0x54>
80405bc6:	4785                	li	a5,1
80405bc8:	c404                	sw	s1,8(s0)
80405bca:	40b2                	lw	ra,12(sp)
80405bcc:	00042023          	sw	zero,0(s0)
80405bd0:	c45c                	sw	a5,12(s0)
80405bd2:	8522                	mv	a0,s0
80405bd4:	4422                	lw	s0,8(sp)
80405bd6:	4492                	lw	s1,4(sp)
80405bd8:	0141                	add	sp,sp,16
80405bda:	8082                	ret
80405bdc:	405c                	lw	a5,4(s0)
80405bde:	d7e5                	beqz	a5,80405bc6 <bget+0x3e>
80405be0:	4408                	lw	a0,8(s0)
80405be2:	01840613          	add	a2,s0,24
80405be6:	45a1                	li	a1,8
80405be8:	050e                	sll	a0,a0,0x3
80405bea:	fffff097          	auipc	ra,0xfffff
80405bee:	df8080e7          	jalr	-520(ra) # 804049e2 <disk_write>
80405bf2:	804077b7          	lui	a5,0x80407
80405bf6:	4705                	li	a4,1
80405bf8:	00042223          	sw	zero,4(s0)
80405bfc:	12e7a623          	sw	a4,300(a5) # 8040712c <unflushed>
80405c00:	b7d9                	j	80405bc6 <bget+0x3e>
80405c02:	445c                	lw	a5,12(s0)
80405c04:	40b2                	lw	ra,12(sp)
80405c06:	8522                	mv	a0,s0
80405c08:	0785                	add	a5,a5,1
80405c0a:	c45c                	sw	a5,12(s0)
80405c0c:	4422                	lw	s0,8(sp)
80405c0e:	4492                	lw	s1,4(sp)
80405c10:	0141                	add	sp,sp,16
80405c12:	8082                	ret
80405c14:	80407537          	lui	a0,0x80407
80405c18:	ddc50513          	add	a0,a0,-548 # 80406ddc <exfs_ops+0x10c>
80405c1c:	fffff097          	auipc	ra,0xfffff
80405c20:	d22080e7          	jalr	-734(ra) # 8040493e <panic>

80405c24 <bio_init>:
80405c24:	8041f6b7          	lui	a3,0x8041f
80405c28:	804207b7          	lui	a5,0x80420
80405c2c:	00040637          	lui	a2,0x40
80405c30:	72c68713          	add	a4,a3,1836 # 8041f72c <lru>
80405c34:	74478793          	add	a5,a5,1860 # 80420744 <bufs>
80405c38:	60060613          	add	a2,a2,1536 # 40600 <errno+0x40600>
80405c3c:	6585                	lui	a1,0x1
80405c3e:	72c68513          	add	a0,a3,1836
80405c42:	cb18                	sw	a4,16(a4)
80405c44:	963e                	add	a2,a2,a5
80405c46:	72c68693          	add	a3,a3,1836
80405c4a:	05e1                	add	a1,a1,24 # 1018 <errno+0x1018>
80405c4c:	cbd4                	sw	a3,20(a5)
80405c4e:	8736                	mv	a4,a3
80405c50:	cb88                	sw	a0,16(a5)
80405c52:	86be                	mv	a3,a5
80405c54:	cb1c                	sw	a5,16(a4)
80405c56:	97ae                	add	a5,a5,a1
80405c58:	fec79ae3          	bne	a5,a2,80405c4c <bio_init+0x28>
80405c5c:	804607b7          	lui	a5,0x80460
80405c60:	d2c78793          	add	a5,a5,-724 # 8045fd2c <bufs+0x3f5e8>
80405c64:	c95c                	sw	a5,20(a0)
80405c66:	8082                	ret

80405c68 <bread>:
80405c68:	1141                	add	sp,sp,-16
80405c6a:	c422                	sw	s0,8(sp)
80405c6c:	c226                	sw	s1,4(sp)
80405c6e:	c606                	sw	ra,12(sp)
80405c70:	84aa                	mv	s1,a0
80405c72:	00000097          	auipc	ra,0x0
80405c76:	f16080e7          	jalr	-234(ra) # 80405b88 <bget>
80405c7a:	411c                	lw	a5,0(a0)
80405c7c:	842a                	mv	s0,a0
80405c7e:	c799                	beqz	a5,80405c8c <bread+0x24>
80405c80:	40b2                	lw	ra,12(sp)
80405c82:	8522                	mv	a0,s0
80405c84:	4422                	lw	s0,8(sp)
80405c86:	4492                	lw	s1,4(sp)
80405c88:	0141                	add	sp,sp,16
80405c8a:	8082                	ret
80405c8c:	01850613          	add	a2,a0,24
80405c90:	45a1                	li	a1,8
80405c92:	00349513          	sll	a0,s1,0x3
80405c96:	fffff097          	auipc	ra,0xfffff
80405c9a:	d18080e7          	jalr	-744(ra) # 804049ae <disk_read>
80405c9e:	4785                	li	a5,1
80405ca0:	40b2                	lw	ra,12(sp)
80405ca2:	c01c                	sw	a5,0(s0)
80405ca4:	8522                	mv	a0,s0
80405ca6:	4422                	lw	s0,8(sp)
80405ca8:	4492                	lw	s1,4(sp)
80405caa:	0141                	add	sp,sp,16
80405cac:	8082                	ret

80405cae <bclear>:
80405cae:	1141                	add	sp,sp,-16
80405cb0:	c606                	sw	ra,12(sp)
80405cb2:	c422                	sw	s0,8(sp)
80405cb4:	00000097          	auipc	ra,0x0
80405cb8:	ed4080e7          	jalr	-300(ra) # 80405b88 <bget>
80405cbc:	842a                	mv	s0,a0
80405cbe:	6605                	lui	a2,0x1
80405cc0:	4581                	li	a1,0
80405cc2:	0561                	add	a0,a0,24
80405cc4:	00000097          	auipc	ra,0x0
80405cc8:	0ec080e7          	jalr	236(ra) # 80405db0 <memset>
80405ccc:	4785                	li	a5,1
80405cce:	40b2                	lw	ra,12(sp)
80405cd0:	c01c                	sw	a5,0(s0)
80405cd2:	c05c                	sw	a5,4(s0)
80405cd4:	8522                	mv	a0,s0
80405cd6:	4422                	lw	s0,8(sp)
80405cd8:	0141                	add	sp,sp,16
80405cda:	8082                	ret

80405cdc <bdirty>:
80405cdc:	4785                	li	a5,1
80405cde:	c15c                	sw	a5,4(a0)
80405ce0:	8082                	ret

80405ce2 <brelse>:
80405ce2:	455c                	lw	a5,12(a0)
80405ce4:	02f05263          	blez	a5,80405d08 <brelse+0x26>
80405ce8:	4910                	lw	a2,16(a0)
80405cea:	4954                	lw	a3,20(a0)
80405cec:	17fd                	add	a5,a5,-1
80405cee:	c55c                	sw	a5,12(a0)
80405cf0:	8041f7b7          	lui	a5,0x8041f
80405cf4:	ca54                	sw	a3,20(a2)
80405cf6:	72c78793          	add	a5,a5,1836 # 8041f72c <lru>
80405cfa:	4bd8                	lw	a4,20(a5)
80405cfc:	ca90                	sw	a2,16(a3)
80405cfe:	c91c                	sw	a5,16(a0)
80405d00:	c958                	sw	a4,20(a0)
80405d02:	cb08                	sw	a0,16(a4)
80405d04:	cbc8                	sw	a0,20(a5)
80405d06:	8082                	ret
80405d08:	80407537          	lui	a0,0x80407
80405d0c:	1141                	add	sp,sp,-16
80405d0e:	dfc50513          	add	a0,a0,-516 # 80406dfc <exfs_ops+0x12c>
80405d12:	c606                	sw	ra,12(sp)
80405d14:	fffff097          	auipc	ra,0xfffff
80405d18:	c2a080e7          	jalr	-982(ra) # 8040493e <panic>

80405d1c <bio_flush>:
80405d1c:	1101                	add	sp,sp,-32
80405d1e:	cc22                	sw	s0,24(sp)
80405d20:	ca26                	sw	s1,20(sp)
80405d22:	c64e                	sw	s3,12(sp)
80405d24:	804614b7          	lui	s1,0x80461
80405d28:	804209b7          	lui	s3,0x80420
80405d2c:	6405                	lui	s0,0x1
80405d2e:	c452                	sw	s4,8(sp)
80405d30:	c256                	sw	s5,4(sp)
80405d32:	ce06                	sw	ra,28(sp)
80405d34:	c84a                	sw	s2,16(sp)
80405d36:	74498993          	add	s3,s3,1860 # 80420744 <bufs>
80405d3a:	d4448493          	add	s1,s1,-700 # 80460d44 <bufs+0x40600>
80405d3e:	80407a37          	lui	s4,0x80407
80405d42:	0461                	add	s0,s0,24 # 1018 <errno+0x1018>
80405d44:	4a85                	li	s5,1
80405d46:	87ce                	mv	a5,s3
80405d48:	4901                	li	s2,0
80405d4a:	4398                	lw	a4,0(a5)
80405d4c:	cb19                	beqz	a4,80405d62 <bio_flush+0x46>
80405d4e:	43d8                	lw	a4,4(a5)
80405d50:	cb09                	beqz	a4,80405d62 <bio_flush+0x46>
80405d52:	00090763          	beqz	s2,80405d60 <bio_flush+0x44>
80405d56:	4794                	lw	a3,8(a5)
80405d58:	00892703          	lw	a4,8(s2)
80405d5c:	00e6f363          	bgeu	a3,a4,80405d62 <bio_flush+0x46>
80405d60:	893e                	mv	s2,a5
80405d62:	97a2                	add	a5,a5,s0
80405d64:	fef493e3          	bne	s1,a5,80405d4a <bio_flush+0x2e>
80405d68:	02090163          	beqz	s2,80405d8a <bio_flush+0x6e>
80405d6c:	00892503          	lw	a0,8(s2)
80405d70:	01890613          	add	a2,s2,24
80405d74:	45a1                	li	a1,8
80405d76:	050e                	sll	a0,a0,0x3
80405d78:	fffff097          	auipc	ra,0xfffff
80405d7c:	c6a080e7          	jalr	-918(ra) # 804049e2 <disk_write>
80405d80:	00092223          	sw	zero,4(s2)
80405d84:	135a2623          	sw	s5,300(s4) # 8040712c <unflushed>
80405d88:	bf7d                	j	80405d46 <bio_flush+0x2a>
80405d8a:	12ca2783          	lw	a5,300(s4)
80405d8e:	eb91                	bnez	a5,80405da2 <bio_flush+0x86>
80405d90:	40f2                	lw	ra,28(sp)
80405d92:	4462                	lw	s0,24(sp)
80405d94:	44d2                	lw	s1,20(sp)
80405d96:	4942                	lw	s2,16(sp)
80405d98:	49b2                	lw	s3,12(sp)
80405d9a:	4a22                	lw	s4,8(sp)
80405d9c:	4a92                	lw	s5,4(sp)
80405d9e:	6105                	add	sp,sp,32
80405da0:	8082                	ret
80405da2:	fffff097          	auipc	ra,0xfffff
80405da6:	c74080e7          	jalr	-908(ra) # 80404a16 <disk_flush>
80405daa:	120a2623          	sw	zero,300(s4)
80405dae:	b7cd                	j	80405d90 <bio_flush+0x74>

80405db0 <memset>:
80405db0:	00c56733          	or	a4,a0,a2
80405db4:	8b0d                	and	a4,a4,3
80405db6:	87aa                	mv	a5,a0
80405db8:	cf01                	beqz	a4,80405dd0 <memset+0x20>
80405dba:	0ff5f593          	zext.b	a1,a1
80405dbe:	00c50733          	add	a4,a0,a2
80405dc2:	c61d                	beqz	a2,80405df0 <memset+0x40>
80405dc4:	00b78023          	sb	a1,0(a5)
80405dc8:	0785                	add	a5,a5,1
80405dca:	fee79de3          	bne	a5,a4,80405dc4 <memset+0x14>
80405dce:	8082                	ret
80405dd0:	0ff5f593          	zext.b	a1,a1
80405dd4:	00859693          	sll	a3,a1,0x8
80405dd8:	96ae                	add	a3,a3,a1
80405dda:	01069793          	sll	a5,a3,0x10
80405dde:	96be                	add	a3,a3,a5
80405de0:	d67d                	beqz	a2,80405dce <memset+0x1e>
80405de2:	00e507b3          	add	a5,a0,a4
80405de6:	c394                	sw	a3,0(a5)
80405de8:	0711                	add	a4,a4,4
80405dea:	fec76ce3          	bltu	a4,a2,80405de2 <memset+0x32>
80405dee:	8082                	ret
80405df0:	8082                	ret

80405df2 <memcpy>:
80405df2:	00b567b3          	or	a5,a0,a1
80405df6:	8fd1                	or	a5,a5,a2
80405df8:	8b8d                	and	a5,a5,3
80405dfa:	cf91                	beqz	a5,80405e16 <memcpy+0x24>
80405dfc:	87aa                	mv	a5,a0
80405dfe:	00c586b3          	add	a3,a1,a2
80405e02:	c60d                	beqz	a2,80405e2c <memcpy+0x3a>
80405e04:	0005c703          	lbu	a4,0(a1)
80405e08:	0585                	add	a1,a1,1
80405e0a:	0785                	add	a5,a5,1
80405e0c:	fee78fa3          	sb	a4,-1(a5)
80405e10:	fed59ae3          	bne	a1,a3,80405e04 <memcpy+0x12>
80405e14:	8082                	ret
80405e16:	de7d                	beqz	a2,80405e14 <memcpy+0x22>
80405e18:	00f58733          	add	a4,a1,a5
80405e1c:	4314                	lw	a3,0(a4)
80405e1e:	00f50733          	add	a4,a0,a5
80405e22:	0791                	add	a5,a5,4
80405e24:	c314                	sw	a3,0(a4)
80405e26:	fec7e9e3          	bltu	a5,a2,80405e18 <memcpy+0x26>
80405e2a:	8082                	ret
80405e2c:	8082                	ret

80405e2e <strlen>:
80405e2e:	00054783          	lbu	a5,0(a0)
80405e32:	872a                	mv	a4,a0
80405e34:	4501                	li	a0,0
80405e36:	cb81                	beqz	a5,80405e46 <strlen+0x18>
80405e38:	0505                	add	a0,a0,1
80405e3a:	00a707b3          	add	a5,a4,a0
80405e3e:	0007c783          	lbu	a5,0(a5)
80405e42:	fbfd                	bnez	a5,80405e38 <strlen+0xa>
80405e44:	8082                	ret
80405e46:	8082                	ret

80405e48 <strncmp>:
80405e48:	c20d                	beqz	a2,80405e6a <strncmp+0x22>
80405e4a:	962a                	add	a2,a2,a0
80405e4c:	a021                	j	80405e54 <strncmp+0xc>
80405e4e:	c385                	beqz	a5,80405e6e <strncmp+0x26>
80405e50:	00c50d63          	beq	a0,a2,80405e6a <strncmp+0x22>
80405e54:	0005c783          	lbu	a5,0(a1)
80405e58:	00054703          	lbu	a4,0(a0)
80405e5c:	0585                	add	a1,a1,1
80405e5e:	0505                	add	a0,a0,1
80405e60:	fef707e3          	beq	a4,a5,80405e4e <strncmp+0x6>
80405e64:	40f70533          	sub	a0,a4,a5
80405e68:	8082                	ret
80405e6a:	4501                	li	a0,0
80405e6c:	8082                	ret
80405e6e:	4701                	li	a4,0
80405e70:	40f70533          	sub	a0,a4,a5
80405e74:	8082                	ret

80405e76 <strlcpy_k>:
80405e76:	4785                	li	a5,1
80405e78:	882a                	mv	a6,a0
80405e7a:	02c7f563          	bgeu	a5,a2,80405ea4 <strlcpy_k+0x2e>
80405e7e:	962e                	add	a2,a2,a1
80405e80:	872a                	mv	a4,a0
80405e82:	fff60893          	add	a7,a2,-1 # fff <errno+0xfff>
80405e86:	87ae                	mv	a5,a1
80405e88:	a801                	j	80405e98 <strlcpy_k+0x22>
80405e8a:	00d70023          	sb	a3,0(a4)
80405e8e:	00180713          	add	a4,a6,1
80405e92:	01160c63          	beq	a2,a7,80405eaa <strlcpy_k+0x34>
80405e96:	87b2                	mv	a5,a2
80405e98:	0007c683          	lbu	a3,0(a5)
80405e9c:	00178613          	add	a2,a5,1
80405ea0:	883a                	mv	a6,a4
80405ea2:	f6e5                	bnez	a3,80405e8a <strlcpy_k+0x14>
80405ea4:	00080023          	sb	zero,0(a6)
80405ea8:	8082                	ret
80405eaa:	8f8d                	sub	a5,a5,a1
80405eac:	0785                	add	a5,a5,1
80405eae:	00f50833          	add	a6,a0,a5
80405eb2:	00080023          	sb	zero,0(a6)
80405eb6:	8082                	ret
