
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
8040009a:	a94080e7          	jalr	-1388(ra) # 80400b2a <uni_runtime_start>
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
804000da:	030b0513          	add	a0,s6,48 # 80406030 <strlcpy_k+0x1d0>
804000de:	00002097          	auipc	ra,0x2
804000e2:	dec080e7          	jalr	-532(ra) # 80401eca <open>
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
80400136:	c7c080e7          	jalr	-900(ra) # 80401dae <write>
8040013a:	12951a63          	bne	a0,s1,8040026e <main+0x1ce>
8040013e:	9c6e                	add	s8,s8,s11
80400140:	9d5e                	add	s10,s10,s7
80400142:	fd9c60e3          	bltu	s8,s9,80400102 <main+0x62>
80400146:	854e                	mv	a0,s3
80400148:	00002097          	auipc	ra,0x2
8040014c:	e34080e7          	jalr	-460(ra) # 80401f7c <close>
80400150:	18054063          	bltz	a0,804002d0 <main+0x230>
80400154:	4581                	li	a1,0
80400156:	030b0513          	add	a0,s6,48
8040015a:	00002097          	auipc	ra,0x2
8040015e:	d70080e7          	jalr	-656(ra) # 80401eca <open>
80400162:	84aa                	mv	s1,a0
80400164:	14054963          	bltz	a0,804002b6 <main+0x216>
80400168:	4609                	li	a2,2
8040016a:	4581                	li	a1,0
8040016c:	00002097          	auipc	ra,0x2
80400170:	e92080e7          	jalr	-366(ra) # 80401ffe <lseek>
80400174:	11951a63          	bne	a0,s9,80400288 <main+0x1e8>
80400178:	4601                	li	a2,0
8040017a:	4581                	li	a1,0
8040017c:	8526                	mv	a0,s1
8040017e:	00002097          	auipc	ra,0x2
80400182:	e80080e7          	jalr	-384(ra) # 80401ffe <lseek>
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
804001a8:	c94080e7          	jalr	-876(ra) # 80401e38 <read>
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
804001ec:	0b050513          	add	a0,a0,176 # 804060b0 <strlcpy_k+0x250>
804001f0:	00003097          	auipc	ra,0x3
804001f4:	884080e7          	jalr	-1916(ra) # 80402a74 <printf>
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
80400228:	87e080e7          	jalr	-1922(ra) # 80402aa2 <strtoul>
8040022c:	4789                	li	a5,2
8040022e:	8a2a                	mv	s4,a0
80400230:	4a81                	li	s5,0
80400232:	00f40d63          	beq	s0,a5,8040024c <main+0x1ac>
80400236:	4488                	lw	a0,8(s1)
80400238:	804065b7          	lui	a1,0x80406
8040023c:	00058593          	mv	a1,a1
80400240:	00003097          	auipc	ra,0x3
80400244:	81c080e7          	jalr	-2020(ra) # 80402a5c <strcmp>
80400248:	00153a93          	seqz	s5,a0
8040024c:	fffa0793          	add	a5,s4,-1
80400250:	00100737          	lui	a4,0x100
80400254:	00aa1c93          	sll	s9,s4,0xa
80400258:	e6e7ebe3          	bltu	a5,a4,804000ce <main+0x2e>
8040025c:	80406537          	lui	a0,0x80406
80400260:	00850513          	add	a0,a0,8 # 80406008 <strlcpy_k+0x1a8>
80400264:	00003097          	auipc	ra,0x3
80400268:	810080e7          	jalr	-2032(ra) # 80402a74 <printf>
8040026c:	b771                	j	804001f8 <main+0x158>
8040026e:	804065b7          	lui	a1,0x80406
80400272:	80406537          	lui	a0,0x80406
80400276:	06458593          	add	a1,a1,100 # 80406064 <strlcpy_k+0x204>
8040027a:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1f0>
8040027e:	00002097          	auipc	ra,0x2
80400282:	7f6080e7          	jalr	2038(ra) # 80402a74 <printf>
80400286:	bf8d                	j	804001f8 <main+0x158>
80400288:	80406537          	lui	a0,0x80406
8040028c:	85e6                	mv	a1,s9
8040028e:	08850513          	add	a0,a0,136 # 80406088 <strlcpy_k+0x228>
80400292:	00002097          	auipc	ra,0x2
80400296:	7e2080e7          	jalr	2018(ra) # 80402a74 <printf>
8040029a:	bfb9                	j	804001f8 <main+0x158>
8040029c:	804065b7          	lui	a1,0x80406
804002a0:	80406537          	lui	a0,0x80406
804002a4:	03c58593          	add	a1,a1,60 # 8040603c <strlcpy_k+0x1dc>
804002a8:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1f0>
804002ac:	00002097          	auipc	ra,0x2
804002b0:	7c8080e7          	jalr	1992(ra) # 80402a74 <printf>
804002b4:	b791                	j	804001f8 <main+0x158>
804002b6:	804065b7          	lui	a1,0x80406
804002ba:	80406537          	lui	a0,0x80406
804002be:	07458593          	add	a1,a1,116 # 80406074 <strlcpy_k+0x214>
804002c2:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1f0>
804002c6:	00002097          	auipc	ra,0x2
804002ca:	7ae080e7          	jalr	1966(ra) # 80402a74 <printf>
804002ce:	b72d                	j	804001f8 <main+0x158>
804002d0:	804065b7          	lui	a1,0x80406
804002d4:	80406537          	lui	a0,0x80406
804002d8:	06c58593          	add	a1,a1,108 # 8040606c <strlcpy_k+0x20c>
804002dc:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1f0>
804002e0:	00002097          	auipc	ra,0x2
804002e4:	794080e7          	jalr	1940(ra) # 80402a74 <printf>
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
8040031a:	0d850513          	add	a0,a0,216 # 804060d8 <strlcpy_k+0x278>
8040031e:	00002097          	auipc	ra,0x2
80400322:	756080e7          	jalr	1878(ra) # 80402a74 <printf>
80400326:	bdc9                	j	804001f8 <main+0x158>
80400328:	804065b7          	lui	a1,0x80406
8040032c:	80406537          	lui	a0,0x80406
80400330:	0a858593          	add	a1,a1,168 # 804060a8 <strlcpy_k+0x248>
80400334:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1f0>
80400338:	00002097          	auipc	ra,0x2
8040033c:	73c080e7          	jalr	1852(ra) # 80402a74 <printf>
80400340:	bd65                	j	804001f8 <main+0x158>
80400342:	8526                	mv	a0,s1
80400344:	00002097          	auipc	ra,0x2
80400348:	c38080e7          	jalr	-968(ra) # 80401f7c <close>
8040034c:	f80542e3          	bltz	a0,804002d0 <main+0x230>
80400350:	80406537          	lui	a0,0x80406
80400354:	865e                	mv	a2,s7
80400356:	85d2                	mv	a1,s4
80400358:	10050513          	add	a0,a0,256 # 80406100 <strlcpy_k+0x2a0>
8040035c:	00002097          	auipc	ra,0x2
80400360:	718080e7          	jalr	1816(ra) # 80402a74 <printf>
80400364:	e80a9be3          	bnez	s5,804001fa <main+0x15a>
80400368:	030b0513          	add	a0,s6,48
8040036c:	00002097          	auipc	ra,0x2
80400370:	d10080e7          	jalr	-752(ra) # 8040207c <unlink>
80400374:	e80553e3          	bgez	a0,804001fa <main+0x15a>
80400378:	804065b7          	lui	a1,0x80406
8040037c:	80406537          	lui	a0,0x80406
80400380:	13858593          	add	a1,a1,312 # 80406138 <strlcpy_k+0x2d8>
80400384:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x1f0>
80400388:	00002097          	auipc	ra,0x2
8040038c:	6ec080e7          	jalr	1772(ra) # 80402a74 <printf>
80400390:	b5a5                	j	804001f8 <main+0x158>

80400392 <console_init>:
80400392:	1141                	add	sp,sp,-16
80400394:	804077b7          	lui	a5,0x80407
80400398:	c422                	sw	s0,8(sp)
8040039a:	0b87a403          	lw	s0,184(a5) # 804070b8 <uni_start_info>
8040039e:	c606                	sw	ra,12(sp)
804003a0:	5848                	lw	a0,52(s0)
804003a2:	00000097          	auipc	ra,0x0
804003a6:	71a080e7          	jalr	1818(ra) # 80400abc <uni_mfn_to_virt>
804003aa:	c939                	beqz	a0,80400400 <console_init+0x6e>
804003ac:	5c10                	lw	a2,56(s0)
804003ae:	85aa                	mv	a1,a0
804003b0:	804016b7          	lui	a3,0x80401
804003b4:	8041b537          	lui	a0,0x8041b
804003b8:	3d450513          	add	a0,a0,980 # 8041b3d4 <cons>
804003bc:	2e068693          	add	a3,a3,736 # 804012e0 <pv_block>
804003c0:	00001097          	auipc	ra,0x1
804003c4:	038080e7          	jalr	56(ra) # 804013f8 <pvcons_init>
804003c8:	5c08                	lw	a0,56(s0)
804003ca:	804025b7          	lui	a1,0x80402
804003ce:	4601                	li	a2,0
804003d0:	a1258593          	add	a1,a1,-1518 # 80401a12 <cons_event>
804003d4:	00001097          	auipc	ra,0x1
804003d8:	d72080e7          	jalr	-654(ra) # 80401146 <evtchn_bind>
804003dc:	02054a63          	bltz	a0,80400410 <console_init+0x7e>
804003e0:	4422                	lw	s0,8(sp)
804003e2:	40b2                	lw	ra,12(sp)
804003e4:	804077b7          	lui	a5,0x80407
804003e8:	4705                	li	a4,1
804003ea:	80402537          	lui	a0,0x80402
804003ee:	0ce7a823          	sw	a4,208(a5) # 804070d0 <ready>
804003f2:	a1450513          	add	a0,a0,-1516 # 80401a14 <uni_console_drain>
804003f6:	0141                	add	sp,sp,16
804003f8:	00000317          	auipc	t1,0x0
804003fc:	4e030067          	jr	1248(t1) # 804008d8 <uni_at_shutdown>
80400400:	80406537          	lui	a0,0x80406
80400404:	59850513          	add	a0,a0,1432 # 80406598 <names.0+0x58>
80400408:	00000097          	auipc	ra,0x0
8040040c:	520080e7          	jalr	1312(ra) # 80400928 <uni_panic>
80400410:	80406537          	lui	a0,0x80406
80400414:	5cc50513          	add	a0,a0,1484 # 804065cc <names.0+0x8c>
80400418:	00000097          	auipc	ra,0x0
8040041c:	510080e7          	jalr	1296(ra) # 80400928 <uni_panic>

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
80400450:	e1a080e7          	jalr	-486(ra) # 80401266 <evtchn_bind_virq>
80400454:	02054363          	bltz	a0,8040047a <time_init+0x5a>
80400458:	0d442503          	lw	a0,212(s0)
8040045c:	804025b7          	lui	a1,0x80402
80400460:	4601                	li	a2,0
80400462:	b1858593          	add	a1,a1,-1256 # 80401b18 <timer_event>
80400466:	00001097          	auipc	ra,0x1
8040046a:	ce0080e7          	jalr	-800(ra) # 80401146 <evtchn_bind>
8040046e:	00054663          	bltz	a0,8040047a <time_init+0x5a>
80400472:	40b2                	lw	ra,12(sp)
80400474:	4422                	lw	s0,8(sp)
80400476:	0141                	add	sp,sp,16
80400478:	8082                	ret
8040047a:	80406537          	lui	a0,0x80406
8040047e:	5e850513          	add	a0,a0,1512 # 804065e8 <names.0+0xa8>
80400482:	00000097          	auipc	ra,0x0
80400486:	4a6080e7          	jalr	1190(ra) # 80400928 <uni_panic>

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
80400512:	d58080e7          	jalr	-680(ra) # 80401266 <evtchn_bind_virq>
80400516:	02054363          	bltz	a0,8040053c <memory_init+0xb2>
8040051a:	0e842503          	lw	a0,232(s0)
8040051e:	804025b7          	lui	a1,0x80402
80400522:	4601                	li	a2,0
80400524:	b1a58593          	add	a1,a1,-1254 # 80401b1a <revoke_event>
80400528:	00001097          	auipc	ra,0x1
8040052c:	c1e080e7          	jalr	-994(ra) # 80401146 <evtchn_bind>
80400530:	00054663          	bltz	a0,8040053c <memory_init+0xb2>
80400534:	40b2                	lw	ra,12(sp)
80400536:	4422                	lw	s0,8(sp)
80400538:	0141                	add	sp,sp,16
8040053a:	8082                	ret
8040053c:	80406537          	lui	a0,0x80406
80400540:	60850513          	add	a0,a0,1544 # 80406608 <names.0+0xc8>
80400544:	00000097          	auipc	ra,0x0
80400548:	3e4080e7          	jalr	996(ra) # 80400928 <uni_panic>

8040054c <blk_init>:
8040054c:	7175                	add	sp,sp,-144
8040054e:	dcd2                	sw	s4,120(sp)
80400550:	80407a37          	lui	s4,0x80407
80400554:	c326                	sw	s1,132(sp)
80400556:	0b8a2483          	lw	s1,184(s4) # 804070b8 <uni_start_info>
8040055a:	c706                	sw	ra,140(sp)
8040055c:	c522                	sw	s0,136(sp)
8040055e:	54c8                	lw	a0,44(s1)
80400560:	c14a                	sw	s2,128(sp)
80400562:	dece                	sw	s3,124(sp)
80400564:	00000097          	auipc	ra,0x0
80400568:	558080e7          	jalr	1368(ra) # 80400abc <uni_mfn_to_virt>
8040056c:	12050a63          	beqz	a0,804006a0 <blk_init+0x154>
80400570:	842a                	mv	s0,a0
80400572:	5888                	lw	a0,48(s1)
80400574:	804045b7          	lui	a1,0x80404
80400578:	4601                	li	a2,0
8040057a:	51e58593          	add	a1,a1,1310 # 8040451e <store_event>
8040057e:	00001097          	auipc	ra,0x1
80400582:	bc8080e7          	jalr	-1080(ra) # 80401146 <evtchn_bind>
80400586:	10054d63          	bltz	a0,804006a0 <blk_init+0x154>
8040058a:	5890                	lw	a2,48(s1)
8040058c:	8041c937          	lui	s2,0x8041c
80400590:	804019b7          	lui	s3,0x80401
80400594:	2e098693          	add	a3,s3,736 # 804012e0 <pv_block>
80400598:	85a2                	mv	a1,s0
8040059a:	6f890513          	add	a0,s2,1784 # 8041c6f8 <store>
8040059e:	00001097          	auipc	ra,0x1
804005a2:	340080e7          	jalr	832(ra) # 804018de <xs_init>
804005a6:	002c                	add	a1,sp,8
804005a8:	6f890513          	add	a0,s2,1784
804005ac:	00001097          	auipc	ra,0x1
804005b0:	948080e7          	jalr	-1720(ra) # 80400ef4 <blkfront_probe>
804005b4:	57f9                	li	a5,-2
804005b6:	0cf50563          	beq	a0,a5,80400680 <blk_init+0x134>
804005ba:	0e054b63          	bltz	a0,804006b0 <blk_init+0x164>
804005be:	0068                	add	a0,sp,12
804005c0:	00001097          	auipc	ra,0x1
804005c4:	d3a080e7          	jalr	-710(ra) # 804012fa <gnttab_setup_frame>
804005c8:	10054c63          	bltz	a0,804006e0 <blk_init+0x194>
804005cc:	00001097          	auipc	ra,0x1
804005d0:	766080e7          	jalr	1894(ra) # 80401d32 <uni_page_alloc>
804005d4:	882a                	mv	a6,a0
804005d6:	cd4d                	beqz	a0,80400690 <blk_init+0x144>
804005d8:	0b8a2703          	lw	a4,184(s4)
804005dc:	01655793          	srl	a5,a0,0x16
804005e0:	078a                	sll	a5,a5,0x2
804005e2:	5f54                	lw	a3,60(a4)
804005e4:	00c55713          	srl	a4,a0,0xc
804005e8:	3ff77713          	and	a4,a4,1023
804005ec:	97b6                	add	a5,a5,a3
804005ee:	439c                	lw	a5,0(a5)
804005f0:	46b2                	lw	a3,12(sp)
804005f2:	070a                	sll	a4,a4,0x2
804005f4:	83a9                	srl	a5,a5,0xa
804005f6:	06aa                	sll	a3,a3,0xa
804005f8:	07b2                	sll	a5,a5,0xc
804005fa:	8fd9                	or	a5,a5,a4
804005fc:	0d76e713          	or	a4,a3,215
80400600:	66a1                	lui	a3,0x8
80400602:	c83e                	sw	a5,16(sp)
80400604:	ca3a                	sw	a4,20(sp)
80400606:	0808                	add	a0,sp,16
80400608:	4585                	li	a1,1
8040060a:	4601                	li	a2,0
8040060c:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
8040060e:	4885                	li	a7,1
80400610:	00000073          	ecall
80400614:	0a054663          	bltz	a0,804006c0 <blk_init+0x174>
80400618:	8542                	mv	a0,a6
8040061a:	00001097          	auipc	ra,0x1
8040061e:	d36080e7          	jalr	-714(ra) # 80401350 <gnttab_init>
80400622:	00001097          	auipc	ra,0x1
80400626:	710080e7          	jalr	1808(ra) # 80401d32 <uni_page_alloc>
8040062a:	c13d                	beqz	a0,80400690 <blk_init+0x144>
8040062c:	c82a                	sw	a0,16(sp)
8040062e:	00000097          	auipc	ra,0x0
80400632:	456080e7          	jalr	1110(ra) # 80400a84 <uni_virt_to_mfn>
80400636:	ca2a                	sw	a0,20(sp)
80400638:	0820                	add	s0,sp,24
8040063a:	00c4                	add	s1,sp,68
8040063c:	00001097          	auipc	ra,0x1
80400640:	6f6080e7          	jalr	1782(ra) # 80401d32 <uni_page_alloc>
80400644:	c531                	beqz	a0,80400690 <blk_init+0x144>
80400646:	c008                	sw	a0,0(s0)
80400648:	00000097          	auipc	ra,0x0
8040064c:	43c080e7          	jalr	1084(ra) # 80400a84 <uni_virt_to_mfn>
80400650:	d448                	sw	a0,44(s0)
80400652:	0411                	add	s0,s0,4
80400654:	fe8494e3          	bne	s1,s0,8040063c <blk_init+0xf0>
80400658:	8041c537          	lui	a0,0x8041c
8040065c:	2e098693          	add	a3,s3,736
80400660:	0810                	add	a2,sp,16
80400662:	6f890593          	add	a1,s2,1784
80400666:	67850513          	add	a0,a0,1656 # 8041c678 <bf>
8040066a:	00001097          	auipc	ra,0x1
8040066e:	89c080e7          	jalr	-1892(ra) # 80400f06 <blkfront_connect>
80400672:	04054f63          	bltz	a0,804006d0 <blk_init+0x184>
80400676:	804077b7          	lui	a5,0x80407
8040067a:	4705                	li	a4,1
8040067c:	10e7ae23          	sw	a4,284(a5) # 8040711c <present>
80400680:	40ba                	lw	ra,140(sp)
80400682:	442a                	lw	s0,136(sp)
80400684:	449a                	lw	s1,132(sp)
80400686:	490a                	lw	s2,128(sp)
80400688:	59f6                	lw	s3,124(sp)
8040068a:	5a66                	lw	s4,120(sp)
8040068c:	6149                	add	sp,sp,144
8040068e:	8082                	ret
80400690:	80407537          	lui	a0,0x80407
80400694:	bd450513          	add	a0,a0,-1068 # 80406bd4 <__clz_tab+0x198>
80400698:	00000097          	auipc	ra,0x0
8040069c:	290080e7          	jalr	656(ra) # 80400928 <uni_panic>
804006a0:	80407537          	lui	a0,0x80407
804006a4:	b4c50513          	add	a0,a0,-1204 # 80406b4c <__clz_tab+0x110>
804006a8:	00000097          	auipc	ra,0x0
804006ac:	280080e7          	jalr	640(ra) # 80400928 <uni_panic>
804006b0:	80407537          	lui	a0,0x80407
804006b4:	b7850513          	add	a0,a0,-1160 # 80406b78 <__clz_tab+0x13c>
804006b8:	00000097          	auipc	ra,0x0
804006bc:	270080e7          	jalr	624(ra) # 80400928 <uni_panic>
804006c0:	80407537          	lui	a0,0x80407
804006c4:	be850513          	add	a0,a0,-1048 # 80406be8 <__clz_tab+0x1ac>
804006c8:	00000097          	auipc	ra,0x0
804006cc:	260080e7          	jalr	608(ra) # 80400928 <uni_panic>
804006d0:	80407537          	lui	a0,0x80407
804006d4:	c1850513          	add	a0,a0,-1000 # 80406c18 <__clz_tab+0x1dc>
804006d8:	00000097          	auipc	ra,0x0
804006dc:	250080e7          	jalr	592(ra) # 80400928 <uni_panic>
804006e0:	80407537          	lui	a0,0x80407
804006e4:	bb050513          	add	a0,a0,-1104 # 80406bb0 <__clz_tab+0x174>
804006e8:	00000097          	auipc	ra,0x0
804006ec:	240080e7          	jalr	576(ra) # 80400928 <uni_panic>

804006f0 <fs_mount>:
804006f0:	1141                	add	sp,sp,-16
804006f2:	c606                	sw	ra,12(sp)
804006f4:	00005097          	auipc	ra,0x5
804006f8:	51a080e7          	jalr	1306(ra) # 80405c0e <bio_init>
804006fc:	00004097          	auipc	ra,0x4
80400700:	e24080e7          	jalr	-476(ra) # 80404520 <uni_blk_present>
80400704:	e501                	bnez	a0,8040070c <fs_mount+0x1c>
80400706:	40b2                	lw	ra,12(sp)
80400708:	0141                	add	sp,sp,16
8040070a:	8082                	ret
8040070c:	00004097          	auipc	ra,0x4
80400710:	7f6080e7          	jalr	2038(ra) # 80404f02 <fs_init>
80400714:	80404537          	lui	a0,0x80404
80400718:	7b450513          	add	a0,a0,1972 # 804047b4 <fs_shutdown>
8040071c:	00000097          	auipc	ra,0x0
80400720:	1bc080e7          	jalr	444(ra) # 804008d8 <uni_at_shutdown>
80400724:	40b2                	lw	ra,12(sp)
80400726:	80407537          	lui	a0,0x80407
8040072a:	cd050513          	add	a0,a0,-816 # 80406cd0 <exfs_ops>
8040072e:	0141                	add	sp,sp,16
80400730:	00001317          	auipc	t1,0x1
80400734:	67430067          	jr	1652(t1) # 80401da4 <uni_posix_mount>

80400738 <uni_trap_entry>:
80400738:	7175                	add	sp,sp,-144
8040073a:	c206                	sw	ra,4(sp)
8040073c:	c60e                	sw	gp,12(sp)
8040073e:	c812                	sw	tp,16(sp)
80400740:	ca16                	sw	t0,20(sp)
80400742:	cc1a                	sw	t1,24(sp)
80400744:	ce1e                	sw	t2,28(sp)
80400746:	d022                	sw	s0,32(sp)
80400748:	d226                	sw	s1,36(sp)
8040074a:	d42a                	sw	a0,40(sp)
8040074c:	d62e                	sw	a1,44(sp)
8040074e:	d832                	sw	a2,48(sp)
80400750:	da36                	sw	a3,52(sp)
80400752:	dc3a                	sw	a4,56(sp)
80400754:	de3e                	sw	a5,60(sp)
80400756:	c0c2                	sw	a6,64(sp)
80400758:	c2c6                	sw	a7,68(sp)
8040075a:	c4ca                	sw	s2,72(sp)
8040075c:	c6ce                	sw	s3,76(sp)
8040075e:	c8d2                	sw	s4,80(sp)
80400760:	cad6                	sw	s5,84(sp)
80400762:	ccda                	sw	s6,88(sp)
80400764:	cede                	sw	s7,92(sp)
80400766:	d0e2                	sw	s8,96(sp)
80400768:	d2e6                	sw	s9,100(sp)
8040076a:	d4ea                	sw	s10,104(sp)
8040076c:	d6ee                	sw	s11,108(sp)
8040076e:	d8f2                	sw	t3,112(sp)
80400770:	daf6                	sw	t4,116(sp)
80400772:	dcfa                	sw	t5,120(sp)
80400774:	defe                	sw	t6,124(sp)
80400776:	09010293          	add	t0,sp,144
8040077a:	c416                	sw	t0,8(sp)
8040077c:	00007297          	auipc	t0,0x7
80400780:	9442a283          	lw	t0,-1724(t0) # 804070c0 <pv_shared_info>
80400784:	0202a303          	lw	t1,32(t0)
80400788:	c11a                	sw	t1,128(sp)
8040078a:	0242a303          	lw	t1,36(t0)
8040078e:	c31a                	sw	t1,132(sp)
80400790:	0282a303          	lw	t1,40(t0)
80400794:	c51a                	sw	t1,136(sp)
80400796:	02c2a303          	lw	t1,44(t0)
8040079a:	c71a                	sw	t1,140(sp)
8040079c:	850a                	mv	a0,sp
8040079e:	00000097          	auipc	ra,0x0
804007a2:	1e4080e7          	jalr	484(ra) # 80400982 <uni_trap>
804007a6:	00007297          	auipc	t0,0x7
804007aa:	91a2a283          	lw	t0,-1766(t0) # 804070c0 <pv_shared_info>
804007ae:	430a                	lw	t1,128(sp)
804007b0:	0262a023          	sw	t1,32(t0)
804007b4:	433a                	lw	t1,140(sp)
804007b6:	0262a623          	sw	t1,44(t0)
804007ba:	4316                	lw	t1,68(sp)
804007bc:	0262ac23          	sw	t1,56(t0)
804007c0:	4092                	lw	ra,4(sp)
804007c2:	41b2                	lw	gp,12(sp)
804007c4:	4242                	lw	tp,16(sp)
804007c6:	42d2                	lw	t0,20(sp)
804007c8:	4362                	lw	t1,24(sp)
804007ca:	43f2                	lw	t2,28(sp)
804007cc:	5402                	lw	s0,32(sp)
804007ce:	5492                	lw	s1,36(sp)
804007d0:	5522                	lw	a0,40(sp)
804007d2:	55b2                	lw	a1,44(sp)
804007d4:	5642                	lw	a2,48(sp)
804007d6:	56d2                	lw	a3,52(sp)
804007d8:	5762                	lw	a4,56(sp)
804007da:	57f2                	lw	a5,60(sp)
804007dc:	4806                	lw	a6,64(sp)
804007de:	4926                	lw	s2,72(sp)
804007e0:	49b6                	lw	s3,76(sp)
804007e2:	4a46                	lw	s4,80(sp)
804007e4:	4ad6                	lw	s5,84(sp)
804007e6:	4b66                	lw	s6,88(sp)
804007e8:	4bf6                	lw	s7,92(sp)
804007ea:	5c06                	lw	s8,96(sp)
804007ec:	5c96                	lw	s9,100(sp)
804007ee:	5d26                	lw	s10,104(sp)
804007f0:	5db6                	lw	s11,108(sp)
804007f2:	5e46                	lw	t3,112(sp)
804007f4:	5ed6                	lw	t4,116(sp)
804007f6:	5f66                	lw	t5,120(sp)
804007f8:	5ff6                	lw	t6,124(sp)
804007fa:	6149                	add	sp,sp,144
804007fc:	48dd                	li	a7,23
804007fe:	00000073          	ecall
80400802:	a001                	j	80400802 <uni_trap_entry+0xca>

80400804 <hex>:
80400804:	03000793          	li	a5,48
80400808:	00f50023          	sb	a5,0(a0)
8040080c:	80406637          	lui	a2,0x80406
80400810:	07800793          	li	a5,120
80400814:	00f500a3          	sb	a5,1(a0)
80400818:	00250693          	add	a3,a0,2
8040081c:	4771                	li	a4,28
8040081e:	14c60613          	add	a2,a2,332 # 8040614c <strlcpy_k+0x2ec>
80400822:	5871                	li	a6,-4
80400824:	00e5d7b3          	srl	a5,a1,a4
80400828:	8bbd                	and	a5,a5,15
8040082a:	97b2                	add	a5,a5,a2
8040082c:	0007c783          	lbu	a5,0(a5)
80400830:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
80400832:	0685                	add	a3,a3,1
80400834:	fef68fa3          	sb	a5,-1(a3)
80400838:	ff0716e3          	bne	a4,a6,80400824 <hex+0x20>
8040083c:	00050523          	sb	zero,10(a0)
80400840:	8082                	ret

80400842 <run_hooks>:
80400842:	1141                	add	sp,sp,-16
80400844:	c422                	sw	s0,8(sp)
80400846:	80407437          	lui	s0,0x80407
8040084a:	0b442783          	lw	a5,180(s0) # 804070b4 <nhooks>
8040084e:	c606                	sw	ra,12(sp)
80400850:	c226                	sw	s1,4(sp)
80400852:	c385                	beqz	a5,80400872 <run_hooks+0x30>
80400854:	804194b7          	lui	s1,0x80419
80400858:	13048493          	add	s1,s1,304 # 80419130 <hooks>
8040085c:	17fd                	add	a5,a5,-1
8040085e:	00279713          	sll	a4,a5,0x2
80400862:	9726                	add	a4,a4,s1
80400864:	4318                	lw	a4,0(a4)
80400866:	0af42a23          	sw	a5,180(s0)
8040086a:	9702                	jalr	a4
8040086c:	0b442783          	lw	a5,180(s0)
80400870:	f7f5                	bnez	a5,8040085c <run_hooks+0x1a>
80400872:	40b2                	lw	ra,12(sp)
80400874:	4422                	lw	s0,8(sp)
80400876:	4492                	lw	s1,4(sp)
80400878:	0141                	add	sp,sp,16
8040087a:	8082                	ret

8040087c <early_puts>:
8040087c:	00054783          	lbu	a5,0(a0)
80400880:	872a                	mv	a4,a0
80400882:	c79d                	beqz	a5,804008b0 <early_puts+0x34>
80400884:	4781                	li	a5,0
80400886:	0785                	add	a5,a5,1
80400888:	00f706b3          	add	a3,a4,a5
8040088c:	0006c683          	lbu	a3,0(a3)
80400890:	fafd                	bnez	a3,80400886 <early_puts+0xa>
80400892:	40000693          	li	a3,1024
80400896:	4501                	li	a0,0
80400898:	863a                	mv	a2,a4
8040089a:	48c9                	li	a7,18
8040089c:	85be                	mv	a1,a5
8040089e:	00f6f463          	bgeu	a3,a5,804008a6 <early_puts+0x2a>
804008a2:	40000593          	li	a1,1024
804008a6:	00000073          	ecall
804008aa:	8f8d                	sub	a5,a5,a1
804008ac:	972e                	add	a4,a4,a1
804008ae:	f7e5                	bnez	a5,80400896 <early_puts+0x1a>
804008b0:	8082                	ret

804008b2 <uni_early_write>:
804008b2:	87ae                	mv	a5,a1
804008b4:	872a                	mv	a4,a0
804008b6:	c185                	beqz	a1,804008d6 <uni_early_write+0x24>
804008b8:	40000693          	li	a3,1024
804008bc:	4501                	li	a0,0
804008be:	863a                	mv	a2,a4
804008c0:	48c9                	li	a7,18
804008c2:	85be                	mv	a1,a5
804008c4:	00f6f463          	bgeu	a3,a5,804008cc <uni_early_write+0x1a>
804008c8:	40000593          	li	a1,1024
804008cc:	00000073          	ecall
804008d0:	8f8d                	sub	a5,a5,a1
804008d2:	972e                	add	a4,a4,a1
804008d4:	f7e5                	bnez	a5,804008bc <uni_early_write+0xa>
804008d6:	8082                	ret

804008d8 <uni_at_shutdown>:
804008d8:	804076b7          	lui	a3,0x80407
804008dc:	0b46a783          	lw	a5,180(a3) # 804070b4 <nhooks>
804008e0:	4721                	li	a4,8
804008e2:	00e78f63          	beq	a5,a4,80400900 <uni_at_shutdown+0x28>
804008e6:	80419737          	lui	a4,0x80419
804008ea:	00279613          	sll	a2,a5,0x2
804008ee:	13070713          	add	a4,a4,304 # 80419130 <hooks>
804008f2:	0785                	add	a5,a5,1
804008f4:	9732                	add	a4,a4,a2
804008f6:	c308                	sw	a0,0(a4)
804008f8:	0af6aa23          	sw	a5,180(a3)
804008fc:	4501                	li	a0,0
804008fe:	8082                	ret
80400900:	557d                	li	a0,-1
80400902:	8082                	ret

80400904 <uni_poweroff>:
80400904:	1141                	add	sp,sp,-16
80400906:	c422                	sw	s0,8(sp)
80400908:	c606                	sw	ra,12(sp)
8040090a:	842a                	mv	s0,a0
8040090c:	00000097          	auipc	ra,0x0
80400910:	f36080e7          	jalr	-202(ra) # 80400842 <run_hooks>
80400914:	67c1                	lui	a5,0x10
80400916:	00841593          	sll	a1,s0,0x8
8040091a:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040091c:	8dfd                	and	a1,a1,a5
8040091e:	4509                	li	a0,2
80400920:	48f5                	li	a7,29
80400922:	00000073          	ecall
80400926:	bfe5                	j	8040091e <uni_poweroff+0x1a>

80400928 <uni_panic>:
80400928:	804077b7          	lui	a5,0x80407
8040092c:	0b07a703          	lw	a4,176(a5) # 804070b0 <panicking>
80400930:	1141                	add	sp,sp,-16
80400932:	c422                	sw	s0,8(sp)
80400934:	c606                	sw	ra,12(sp)
80400936:	842a                	mv	s0,a0
80400938:	cf0d                	beqz	a4,80400972 <uni_panic+0x4a>
8040093a:	80406537          	lui	a0,0x80406
8040093e:	16050513          	add	a0,a0,352 # 80406160 <strlcpy_k+0x300>
80400942:	00000097          	auipc	ra,0x0
80400946:	f3a080e7          	jalr	-198(ra) # 8040087c <early_puts>
8040094a:	8522                	mv	a0,s0
8040094c:	00000097          	auipc	ra,0x0
80400950:	f30080e7          	jalr	-208(ra) # 8040087c <early_puts>
80400954:	80406537          	lui	a0,0x80406
80400958:	0d450513          	add	a0,a0,212 # 804060d4 <strlcpy_k+0x274>
8040095c:	00000097          	auipc	ra,0x0
80400960:	f20080e7          	jalr	-224(ra) # 8040087c <early_puts>
80400964:	4509                	li	a0,2
80400966:	10300593          	li	a1,259
8040096a:	48f5                	li	a7,29
8040096c:	00000073          	ecall
80400970:	bfd5                	j	80400964 <uni_panic+0x3c>
80400972:	4705                	li	a4,1
80400974:	0ae7a823          	sw	a4,176(a5)
80400978:	00000097          	auipc	ra,0x0
8040097c:	eca080e7          	jalr	-310(ra) # 80400842 <run_hooks>
80400980:	bf6d                	j	8040093a <uni_panic+0x12>

80400982 <uni_trap>:
80400982:	08452703          	lw	a4,132(a0)
80400986:	800007b7          	lui	a5,0x80000
8040098a:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
8040098c:	00f71663          	bne	a4,a5,80400998 <uni_trap+0x16>
80400990:	00000317          	auipc	t1,0x0
80400994:	7da30067          	jr	2010(t1) # 8040116a <evtchn_do_upcall>
80400998:	804077b7          	lui	a5,0x80407
8040099c:	0b07a703          	lw	a4,176(a5) # 804070b0 <panicking>
804009a0:	7139                	add	sp,sp,-64
804009a2:	dc22                	sw	s0,56(sp)
804009a4:	de06                	sw	ra,60(sp)
804009a6:	842a                	mv	s0,a0
804009a8:	c771                	beqz	a4,80400a74 <uni_trap+0xf2>
804009aa:	80406537          	lui	a0,0x80406
804009ae:	17850513          	add	a0,a0,376 # 80406178 <strlcpy_k+0x318>
804009b2:	00000097          	auipc	ra,0x0
804009b6:	eca080e7          	jalr	-310(ra) # 8040087c <early_puts>
804009ba:	08442703          	lw	a4,132(s0)
804009be:	47bd                	li	a5,15
804009c0:	0ae7e563          	bltu	a5,a4,80400a6a <uni_trap+0xe8>
804009c4:	804067b7          	lui	a5,0x80406
804009c8:	070a                	sll	a4,a4,0x2
804009ca:	43478793          	add	a5,a5,1076 # 80406434 <names.0>
804009ce:	97ba                	add	a5,a5,a4
804009d0:	4388                	lw	a0,0(a5)
804009d2:	00000097          	auipc	ra,0x0
804009d6:	eaa080e7          	jalr	-342(ra) # 8040087c <early_puts>
804009da:	80406537          	lui	a0,0x80406
804009de:	19050513          	add	a0,a0,400 # 80406190 <strlcpy_k+0x330>
804009e2:	00000097          	auipc	ra,0x0
804009e6:	e9a080e7          	jalr	-358(ra) # 8040087c <early_puts>
804009ea:	08442583          	lw	a1,132(s0)
804009ee:	0068                	add	a0,sp,12
804009f0:	00000097          	auipc	ra,0x0
804009f4:	e14080e7          	jalr	-492(ra) # 80400804 <hex>
804009f8:	00000097          	auipc	ra,0x0
804009fc:	e84080e7          	jalr	-380(ra) # 8040087c <early_puts>
80400a00:	80406537          	lui	a0,0x80406
80400a04:	19c50513          	add	a0,a0,412 # 8040619c <strlcpy_k+0x33c>
80400a08:	00000097          	auipc	ra,0x0
80400a0c:	e74080e7          	jalr	-396(ra) # 8040087c <early_puts>
80400a10:	08042583          	lw	a1,128(s0)
80400a14:	0828                	add	a0,sp,24
80400a16:	00000097          	auipc	ra,0x0
80400a1a:	dee080e7          	jalr	-530(ra) # 80400804 <hex>
80400a1e:	00000097          	auipc	ra,0x0
80400a22:	e5e080e7          	jalr	-418(ra) # 8040087c <early_puts>
80400a26:	80406537          	lui	a0,0x80406
80400a2a:	1a850513          	add	a0,a0,424 # 804061a8 <strlcpy_k+0x348>
80400a2e:	00000097          	auipc	ra,0x0
80400a32:	e4e080e7          	jalr	-434(ra) # 8040087c <early_puts>
80400a36:	08842583          	lw	a1,136(s0)
80400a3a:	1048                	add	a0,sp,36
80400a3c:	00000097          	auipc	ra,0x0
80400a40:	dc8080e7          	jalr	-568(ra) # 80400804 <hex>
80400a44:	00000097          	auipc	ra,0x0
80400a48:	e38080e7          	jalr	-456(ra) # 8040087c <early_puts>
80400a4c:	80406537          	lui	a0,0x80406
80400a50:	0d450513          	add	a0,a0,212 # 804060d4 <strlcpy_k+0x274>
80400a54:	00000097          	auipc	ra,0x0
80400a58:	e28080e7          	jalr	-472(ra) # 8040087c <early_puts>
80400a5c:	4509                	li	a0,2
80400a5e:	10300593          	li	a1,259
80400a62:	48f5                	li	a7,29
80400a64:	00000073          	ecall
80400a68:	bfd5                	j	80400a5c <uni_trap+0xda>
80400a6a:	80406537          	lui	a0,0x80406
80400a6e:	17050513          	add	a0,a0,368 # 80406170 <strlcpy_k+0x310>
80400a72:	b785                	j	804009d2 <uni_trap+0x50>
80400a74:	4705                	li	a4,1
80400a76:	0ae7a823          	sw	a4,176(a5)
80400a7a:	00000097          	auipc	ra,0x0
80400a7e:	dc8080e7          	jalr	-568(ra) # 80400842 <run_hooks>
80400a82:	b725                	j	804009aa <uni_trap+0x28>

80400a84 <uni_virt_to_mfn>:
80400a84:	800007b7          	lui	a5,0x80000
80400a88:	80407737          	lui	a4,0x80407
80400a8c:	0b872703          	lw	a4,184(a4) # 804070b8 <uni_start_info>
80400a90:	97aa                	add	a5,a5,a0
80400a92:	00055b63          	bgez	a0,80400aa8 <uni_virt_to_mfn+0x24>
80400a96:	5314                	lw	a3,32(a4)
80400a98:	83b1                	srl	a5,a5,0xc
80400a9a:	00d7f763          	bgeu	a5,a3,80400aa8 <uni_virt_to_mfn+0x24>
80400a9e:	4378                	lw	a4,68(a4)
80400aa0:	078a                	sll	a5,a5,0x2
80400aa2:	97ba                	add	a5,a5,a4
80400aa4:	4388                	lw	a0,0(a5)
80400aa6:	8082                	ret
80400aa8:	80406537          	lui	a0,0x80406
80400aac:	1141                	add	sp,sp,-16
80400aae:	1b450513          	add	a0,a0,436 # 804061b4 <strlcpy_k+0x354>
80400ab2:	c606                	sw	ra,12(sp)
80400ab4:	00000097          	auipc	ra,0x0
80400ab8:	e74080e7          	jalr	-396(ra) # 80400928 <uni_panic>

80400abc <uni_mfn_to_virt>:
80400abc:	804077b7          	lui	a5,0x80407
80400ac0:	0b87a783          	lw	a5,184(a5) # 804070b8 <uni_start_info>
80400ac4:	4701                	li	a4,0
80400ac6:	0207a803          	lw	a6,32(a5)
80400aca:	43ec                	lw	a1,68(a5)
80400acc:	8642                	mv	a2,a6
80400ace:	a029                	j	80400ad8 <uni_mfn_to_virt+0x1c>
80400ad0:	4294                	lw	a3,0(a3)
80400ad2:	04a6e763          	bltu	a3,a0,80400b20 <uni_mfn_to_virt+0x64>
80400ad6:	863e                	mv	a2,a5
80400ad8:	40e607b3          	sub	a5,a2,a4
80400adc:	8385                	srl	a5,a5,0x1
80400ade:	97ba                	add	a5,a5,a4
80400ae0:	00279693          	sll	a3,a5,0x2
80400ae4:	96ae                	add	a3,a3,a1
80400ae6:	fec765e3          	bltu	a4,a2,80400ad0 <uni_mfn_to_virt+0x14>
80400aea:	00e80863          	beq	a6,a4,80400afa <uni_mfn_to_virt+0x3e>
80400aee:	00271793          	sll	a5,a4,0x2
80400af2:	97ae                	add	a5,a5,a1
80400af4:	439c                	lw	a5,0(a5)
80400af6:	00a78f63          	beq	a5,a0,80400b14 <uni_mfn_to_virt+0x58>
80400afa:	4701                	li	a4,0
80400afc:	00081663          	bnez	a6,80400b08 <uni_mfn_to_virt+0x4c>
80400b00:	a01d                	j	80400b26 <uni_mfn_to_virt+0x6a>
80400b02:	0705                	add	a4,a4,1
80400b04:	02e80163          	beq	a6,a4,80400b26 <uni_mfn_to_virt+0x6a>
80400b08:	419c                	lw	a5,0(a1)
80400b0a:	0591                	add	a1,a1,4
80400b0c:	fea79be3          	bne	a5,a0,80400b02 <uni_mfn_to_virt+0x46>
80400b10:	00e80b63          	beq	a6,a4,80400b26 <uni_mfn_to_virt+0x6a>
80400b14:	0732                	sll	a4,a4,0xc
80400b16:	800007b7          	lui	a5,0x80000
80400b1a:	00f70533          	add	a0,a4,a5
80400b1e:	8082                	ret
80400b20:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400b24:	bf55                	j	80400ad8 <uni_mfn_to_virt+0x1c>
80400b26:	4501                	li	a0,0
80400b28:	8082                	ret

80400b2a <uni_runtime_start>:
80400b2a:	804067b7          	lui	a5,0x80406
80400b2e:	1141                	add	sp,sp,-16
80400b30:	80407737          	lui	a4,0x80407
80400b34:	1d878793          	add	a5,a5,472 # 804061d8 <strlcpy_k+0x378>
80400b38:	c422                	sw	s0,8(sp)
80400b3a:	0aa72c23          	sw	a0,184(a4) # 804070b8 <uni_start_info>
80400b3e:	c606                	sw	ra,12(sp)
80400b40:	c226                	sw	s1,4(sp)
80400b42:	c04a                	sw	s2,0(sp)
80400b44:	842a                	mv	s0,a0
80400b46:	01878593          	add	a1,a5,24
80400b4a:	872a                	mv	a4,a0
80400b4c:	00074603          	lbu	a2,0(a4)
80400b50:	0007c683          	lbu	a3,0(a5)
80400b54:	0ed61f63          	bne	a2,a3,80400c52 <uni_runtime_start+0x128>
80400b58:	0785                	add	a5,a5,1
80400b5a:	0705                	add	a4,a4,1
80400b5c:	feb798e3          	bne	a5,a1,80400b4c <uni_runtime_start+0x22>
80400b60:	4501                	li	a0,0
80400b62:	4581                	li	a1,0
80400b64:	48c5                	li	a7,17
80400b66:	00000073          	ecall
80400b6a:	4785                	li	a5,1
80400b6c:	8141                	srl	a0,a0,0x10
80400b6e:	10f51263          	bne	a0,a5,80400c72 <uni_runtime_start+0x148>
80400b72:	4519                	li	a0,6
80400b74:	00000073          	ecall
80400b78:	8909                	and	a0,a0,2
80400b7a:	10050463          	beqz	a0,80400c82 <uni_runtime_start+0x158>
80400b7e:	5008                	lw	a0,32(s0)
80400b80:	04042803          	lw	a6,64(s0)
80400b84:	03c42883          	lw	a7,60(s0)
80400b88:	442c                	lw	a1,72(s0)
80400b8a:	00080637          	lui	a2,0x80
80400b8e:	00c50733          	add	a4,a0,a2
80400b92:	00c81793          	sll	a5,a6,0xc
80400b96:	00c71693          	sll	a3,a4,0xc
80400b9a:	01178733          	add	a4,a5,a7
80400b9e:	0cc59263          	bne	a1,a2,80400c62 <uni_runtime_start+0x138>
80400ba2:	804617b7          	lui	a5,0x80461
80400ba6:	d5078793          	add	a5,a5,-688 # 80460d50 <__bss_end>
80400baa:	0af46c63          	bltu	s0,a5,80400c62 <uni_runtime_start+0x138>
80400bae:	0a88ea63          	bltu	a7,s0,80400c62 <uni_runtime_start+0x138>
80400bb2:	0a080863          	beqz	a6,80400c62 <uni_runtime_start+0x138>
80400bb6:	0ae6e663          	bltu	a3,a4,80400c62 <uni_runtime_start+0x138>
80400bba:	0aa5e463          	bltu	a1,a0,80400c62 <uni_runtime_start+0x138>
80400bbe:	5048                	lw	a0,36(s0)
80400bc0:	00000097          	auipc	ra,0x0
80400bc4:	55a080e7          	jalr	1370(ra) # 8040111a <evtchn_init>
80400bc8:	80400537          	lui	a0,0x80400
80400bcc:	73850513          	add	a0,a0,1848 # 80400738 <uni_trap_entry>
80400bd0:	4581                	li	a1,0
80400bd2:	4891                	li	a7,4
80400bd4:	00000073          	ecall
80400bd8:	06054563          	bltz	a0,80400c42 <uni_runtime_start+0x118>
80400bdc:	80419937          	lui	s2,0x80419
80400be0:	15090593          	add	a1,s2,336 # 80419150 <cmdline>
80400be4:	15090693          	add	a3,s2,336
80400be8:	4781                	li	a5,0
80400bea:	20000613          	li	a2,512
80400bee:	a039                	j	80400bfc <uni_runtime_start+0xd2>
80400bf0:	00e68023          	sb	a4,0(a3)
80400bf4:	0785                	add	a5,a5,1
80400bf6:	0685                	add	a3,a3,1
80400bf8:	00c78763          	beq	a5,a2,80400c06 <uni_runtime_start+0xdc>
80400bfc:	00f40733          	add	a4,s0,a5
80400c00:	04c74703          	lbu	a4,76(a4)
80400c04:	f775                	bnez	a4,80400bf0 <uni_runtime_start+0xc6>
80400c06:	97ae                	add	a5,a5,a1
80400c08:	80407437          	lui	s0,0x80407
80400c0c:	804074b7          	lui	s1,0x80407
80400c10:	00078023          	sb	zero,0(a5)
80400c14:	0b048493          	add	s1,s1,176 # 804070b0 <panicking>
80400c18:	09c40793          	add	a5,s0,156 # 8040709c <__init_array_start>
80400c1c:	0097f963          	bgeu	a5,s1,80400c2e <uni_runtime_start+0x104>
80400c20:	09c40413          	add	s0,s0,156
80400c24:	401c                	lw	a5,0(s0)
80400c26:	0411                	add	s0,s0,4
80400c28:	9782                	jalr	a5
80400c2a:	fe946de3          	bltu	s0,s1,80400c24 <uni_runtime_start+0xfa>
80400c2e:	15090513          	add	a0,s2,336
80400c32:	00001097          	auipc	ra,0x1
80400c36:	4aa080e7          	jalr	1194(ra) # 804020dc <uni_main>
80400c3a:	00000097          	auipc	ra,0x0
80400c3e:	cca080e7          	jalr	-822(ra) # 80400904 <uni_poweroff>
80400c42:	80406537          	lui	a0,0x80406
80400c46:	2ac50513          	add	a0,a0,684 # 804062ac <strlcpy_k+0x44c>
80400c4a:	00000097          	auipc	ra,0x0
80400c4e:	cde080e7          	jalr	-802(ra) # 80400928 <uni_panic>
80400c52:	80406537          	lui	a0,0x80406
80400c56:	1f050513          	add	a0,a0,496 # 804061f0 <strlcpy_k+0x390>
80400c5a:	00000097          	auipc	ra,0x0
80400c5e:	cce080e7          	jalr	-818(ra) # 80400928 <uni_panic>
80400c62:	80406537          	lui	a0,0x80406
80400c66:	28450513          	add	a0,a0,644 # 80406284 <strlcpy_k+0x424>
80400c6a:	00000097          	auipc	ra,0x0
80400c6e:	cbe080e7          	jalr	-834(ra) # 80400928 <uni_panic>
80400c72:	80406537          	lui	a0,0x80406
80400c76:	22050513          	add	a0,a0,544 # 80406220 <strlcpy_k+0x3c0>
80400c7a:	00000097          	auipc	ra,0x0
80400c7e:	cae080e7          	jalr	-850(ra) # 80400928 <uni_panic>
80400c82:	80406537          	lui	a0,0x80406
80400c86:	25c50513          	add	a0,a0,604 # 8040625c <strlcpy_k+0x3fc>
80400c8a:	00000097          	auipc	ra,0x0
80400c8e:	c9e080e7          	jalr	-866(ra) # 80400928 <uni_panic>

80400c92 <blkfront_event>:
80400c92:	8082                	ret

80400c94 <wait_response>:
80400c94:	1101                	add	sp,sp,-32
80400c96:	cc22                	sw	s0,24(sp)
80400c98:	ce06                	sw	ra,28(sp)
80400c9a:	842a                	mv	s0,a0
80400c9c:	401c                	lw	a5,0(s0)
80400c9e:	0087a803          	lw	a6,8(a5)
80400ca2:	0220000f          	fence	r,r
80400ca6:	4010                	lw	a2,0(s0)
80400ca8:	4418                	lw	a4,8(s0)
80400caa:	02e80863          	beq	a6,a4,80400cda <wait_response+0x46>
80400cae:	445c                	lw	a5,12(s0)
80400cb0:	4814                	lw	a3,16(s0)
80400cb2:	17fd                	add	a5,a5,-1
80400cb4:	8ff9                	and	a5,a5,a4
80400cb6:	02d787b3          	mul	a5,a5,a3
80400cba:	0705                	add	a4,a4,1
80400cbc:	04078793          	add	a5,a5,64
80400cc0:	97b2                	add	a5,a5,a2
80400cc2:	4394                	lw	a3,0(a5)
80400cc4:	0067d503          	lhu	a0,6(a5)
80400cc8:	c418                	sw	a4,8(s0)
80400cca:	0542                	sll	a0,a0,0x10
80400ccc:	8541                	sra	a0,a0,0x10
80400cce:	fcb69ee3          	bne	a3,a1,80400caa <wait_response+0x16>
80400cd2:	40f2                	lw	ra,28(sp)
80400cd4:	4462                	lw	s0,24(sp)
80400cd6:	6105                	add	sp,sp,32
80400cd8:	8082                	ret
80400cda:	4618                	lw	a4,8(a2)
80400cdc:	0220000f          	fence	r,r
80400ce0:	441c                	lw	a5,8(s0)
80400ce2:	fae79de3          	bne	a5,a4,80400c9c <wait_response+0x8>
80400ce6:	4018                	lw	a4,0(s0)
80400ce8:	0785                	add	a5,a5,1
80400cea:	c75c                	sw	a5,12(a4)
80400cec:	0330000f          	fence	rw,rw
80400cf0:	401c                	lw	a5,0(s0)
80400cf2:	479c                	lw	a5,8(a5)
80400cf4:	0220000f          	fence	r,r
80400cf8:	4418                	lw	a4,8(s0)
80400cfa:	faf711e3          	bne	a4,a5,80400c9c <wait_response+0x8>
80400cfe:	5c7c                	lw	a5,124(s0)
80400d00:	c62e                	sw	a1,12(sp)
80400d02:	9782                	jalr	a5
80400d04:	45b2                	lw	a1,12(sp)
80400d06:	bf59                	j	80400c9c <wait_response+0x8>

80400d08 <transfer>:
80400d08:	715d                	add	sp,sp,-80
80400d0a:	c686                	sw	ra,76(sp)
80400d0c:	c4a2                	sw	s0,72(sp)
80400d0e:	c2a6                	sw	s1,68(sp)
80400d10:	c0ca                	sw	s2,64(sp)
80400d12:	de4e                	sw	s3,60(sp)
80400d14:	dc52                	sw	s4,56(sp)
80400d16:	da56                	sw	s5,52(sp)
80400d18:	d85a                	sw	s6,48(sp)
80400d1a:	d65e                	sw	s7,44(sp)
80400d1c:	d462                	sw	s8,40(sp)
80400d1e:	d266                	sw	s9,36(sp)
80400d20:	d06a                	sw	s10,32(sp)
80400d22:	ce6e                	sw	s11,28(sp)
80400d24:	c22e                	sw	a1,4(sp)
80400d26:	18060263          	beqz	a2,80400eaa <transfer+0x1a2>
80400d2a:	04c50793          	add	a5,a0,76
80400d2e:	8b32                	mv	s6,a2
80400d30:	842a                	mv	s0,a0
80400d32:	8bb6                	mv	s7,a3
80400d34:	8aba                	mv	s5,a4
80400d36:	c43e                	sw	a5,8(sp)
80400d38:	4921                	li	s2,8
80400d3a:	6985                	lui	s3,0x1
80400d3c:	05800793          	li	a5,88
80400d40:	8a5a                	mv	s4,s6
80400d42:	0167f463          	bgeu	a5,s6,80400d4a <transfer+0x42>
80400d46:	05800a13          	li	s4,88
80400d4a:	007a0493          	add	s1,s4,7
80400d4e:	808d                	srl	s1,s1,0x3
80400d50:	040a8363          	beqz	s5,80400d96 <transfer+0x8e>
80400d54:	00349d93          	sll	s11,s1,0x3
80400d58:	02040c13          	add	s8,s0,32
80400d5c:	8d56                	mv	s10,s5
80400d5e:	41ba0db3          	sub	s11,s4,s11
80400d62:	8cd2                	mv	s9,s4
80400d64:	85ea                	mv	a1,s10
80400d66:	8666                	mv	a2,s9
80400d68:	01997363          	bgeu	s2,s9,80400d6e <transfer+0x66>
80400d6c:	4621                	li	a2,8
80400d6e:	000c2503          	lw	a0,0(s8)
80400d72:	0626                	sll	a2,a2,0x9
80400d74:	1ce1                	add	s9,s9,-8 # 2ffff8 <errno+0x2ffff8>
80400d76:	00002097          	auipc	ra,0x2
80400d7a:	cc0080e7          	jalr	-832(ra) # 80402a36 <memcpy>
80400d7e:	0c11                	add	s8,s8,4
80400d80:	9d4e                	add	s10,s10,s3
80400d82:	ff9d91e3          	bne	s11,s9,80400d64 <transfer+0x5c>
80400d86:	4458                	lw	a4,12(s0)
80400d88:	441c                	lw	a5,8(s0)
80400d8a:	4054                	lw	a3,4(s0)
80400d8c:	97ba                	add	a5,a5,a4
80400d8e:	00d79a63          	bne	a5,a3,80400da2 <transfer+0x9a>
80400d92:	5c7c                	lw	a5,124(s0)
80400d94:	9782                	jalr	a5
80400d96:	4458                	lw	a4,12(s0)
80400d98:	441c                	lw	a5,8(s0)
80400d9a:	4054                	lw	a3,4(s0)
80400d9c:	97ba                	add	a5,a5,a4
80400d9e:	fed78ae3          	beq	a5,a3,80400d92 <transfer+0x8a>
80400da2:	4810                	lw	a2,16(s0)
80400da4:	fff70793          	add	a5,a4,-1
80400da8:	8ff5                	and	a5,a5,a3
80400daa:	02c787b3          	mul	a5,a5,a2
80400dae:	00042803          	lw	a6,0(s0)
80400db2:	05000613          	li	a2,80
80400db6:	4581                	li	a1,0
80400db8:	04078793          	add	a5,a5,64
80400dbc:	00f80db3          	add	s11,a6,a5
80400dc0:	856e                	mv	a0,s11
80400dc2:	00002097          	auipc	ra,0x2
80400dc6:	c8a080e7          	jalr	-886(ra) # 80402a4c <memset>
80400dca:	5c2c                	lw	a1,120(s0)
80400dcc:	0ff4f713          	zext.b	a4,s1
80400dd0:	0722                	sll	a4,a4,0x8
80400dd2:	00158693          	add	a3,a1,1
80400dd6:	015037b3          	snez	a5,s5
80400dda:	dc34                	sw	a3,120(s0)
80400ddc:	8fd9                	or	a5,a5,a4
80400dde:	00fd9023          	sh	a5,0(s11) # 2000 <errno+0x2000>
80400de2:	4792                	lw	a5,4(sp)
80400de4:	4522                	lw	a0,8(sp)
80400de6:	03848713          	add	a4,s1,56
80400dea:	00fda423          	sw	a5,8(s11)
80400dee:	000d9123          	sh	zero,2(s11)
80400df2:	00bda223          	sw	a1,4(s11)
80400df6:	00cd8613          	add	a2,s11,12
80400dfa:	038d8793          	add	a5,s11,56
80400dfe:	00ed8833          	add	a6,s11,a4
80400e02:	86d2                	mv	a3,s4
80400e04:	00052883          	lw	a7,0(a0)
80400e08:	8736                	mv	a4,a3
80400e0a:	0511                	add	a0,a0,4
80400e0c:	01162023          	sw	a7,0(a2) # 80000 <errno+0x80000>
80400e10:	00078023          	sb	zero,0(a5)
80400e14:	00d97363          	bgeu	s2,a3,80400e1a <transfer+0x112>
80400e18:	4721                	li	a4,8
80400e1a:	177d                	add	a4,a4,-1
80400e1c:	00e785a3          	sb	a4,11(a5)
80400e20:	0785                	add	a5,a5,1
80400e22:	0611                	add	a2,a2,4
80400e24:	16e1                	add	a3,a3,-8
80400e26:	fcf81fe3          	bne	a6,a5,80400e04 <transfer+0xfc>
80400e2a:	405c                	lw	a5,4(s0)
80400e2c:	4018                	lw	a4,0(s0)
80400e2e:	0785                	add	a5,a5,1
80400e30:	c05c                	sw	a5,4(s0)
80400e32:	4318                	lw	a4,0(a4)
80400e34:	0110000f          	fence	w,w
80400e38:	4014                	lw	a3,0(s0)
80400e3a:	c29c                	sw	a5,0(a3)
80400e3c:	0330000f          	fence	rw,rw
80400e40:	4014                	lw	a3,0(s0)
80400e42:	40e78733          	sub	a4,a5,a4
80400e46:	42d4                	lw	a3,4(a3)
80400e48:	8f95                	sub	a5,a5,a3
80400e4a:	08e7e063          	bltu	a5,a4,80400eca <transfer+0x1c2>
80400e4e:	8522                	mv	a0,s0
80400e50:	00000097          	auipc	ra,0x0
80400e54:	e44080e7          	jalr	-444(ra) # 80400c94 <wait_response>
80400e58:	080b8763          	beqz	s7,80400ee6 <transfer+0x1de>
80400e5c:	e921                	bnez	a0,80400eac <transfer+0x1a4>
80400e5e:	048e                	sll	s1,s1,0x3
80400e60:	409a0db3          	sub	s11,s4,s1
80400e64:	02040d13          	add	s10,s0,32
80400e68:	8cde                	mv	s9,s7
80400e6a:	84d2                	mv	s1,s4
80400e6c:	8566                	mv	a0,s9
80400e6e:	8626                	mv	a2,s1
80400e70:	00997363          	bgeu	s2,s1,80400e76 <transfer+0x16e>
80400e74:	4621                	li	a2,8
80400e76:	000d2583          	lw	a1,0(s10)
80400e7a:	0626                	sll	a2,a2,0x9
80400e7c:	14e1                	add	s1,s1,-8
80400e7e:	00002097          	auipc	ra,0x2
80400e82:	bb8080e7          	jalr	-1096(ra) # 80402a36 <memcpy>
80400e86:	0d11                	add	s10,s10,4
80400e88:	9cce                	add	s9,s9,s3
80400e8a:	fe9d91e3          	bne	s11,s1,80400e6c <transfer+0x164>
80400e8e:	4712                	lw	a4,4(sp)
80400e90:	009a1793          	sll	a5,s4,0x9
80400e94:	414b0b33          	sub	s6,s6,s4
80400e98:	9752                	add	a4,a4,s4
80400e9a:	c23a                	sw	a4,4(sp)
80400e9c:	9bbe                	add	s7,s7,a5
80400e9e:	000a8463          	beqz	s5,80400ea6 <transfer+0x19e>
80400ea2:	0a26                	sll	s4,s4,0x9
80400ea4:	9ad2                	add	s5,s5,s4
80400ea6:	e80b1be3          	bnez	s6,80400d3c <transfer+0x34>
80400eaa:	4501                	li	a0,0
80400eac:	40b6                	lw	ra,76(sp)
80400eae:	4426                	lw	s0,72(sp)
80400eb0:	4496                	lw	s1,68(sp)
80400eb2:	4906                	lw	s2,64(sp)
80400eb4:	59f2                	lw	s3,60(sp)
80400eb6:	5a62                	lw	s4,56(sp)
80400eb8:	5ad2                	lw	s5,52(sp)
80400eba:	5b42                	lw	s6,48(sp)
80400ebc:	5bb2                	lw	s7,44(sp)
80400ebe:	5c22                	lw	s8,40(sp)
80400ec0:	5c92                	lw	s9,36(sp)
80400ec2:	5d02                	lw	s10,32(sp)
80400ec4:	4df2                	lw	s11,28(sp)
80400ec6:	6161                	add	sp,sp,80
80400ec8:	8082                	ret
80400eca:	4848                	lw	a0,20(s0)
80400ecc:	c62e                	sw	a1,12(sp)
80400ece:	00000097          	auipc	ra,0x0
80400ed2:	384080e7          	jalr	900(ra) # 80401252 <evtchn_send>
80400ed6:	45b2                	lw	a1,12(sp)
80400ed8:	8522                	mv	a0,s0
80400eda:	00000097          	auipc	ra,0x0
80400ede:	dba080e7          	jalr	-582(ra) # 80400c94 <wait_response>
80400ee2:	f60b9de3          	bnez	s7,80400e5c <transfer+0x154>
80400ee6:	f179                	bnez	a0,80400eac <transfer+0x1a4>
80400ee8:	4792                	lw	a5,4(sp)
80400eea:	414b0b33          	sub	s6,s6,s4
80400eee:	97d2                	add	a5,a5,s4
80400ef0:	c23e                	sw	a5,4(sp)
80400ef2:	b775                	j	80400e9e <transfer+0x196>

80400ef4 <blkfront_probe>:
80400ef4:	862e                	mv	a2,a1
80400ef6:	804065b7          	lui	a1,0x80406
80400efa:	47458593          	add	a1,a1,1140 # 80406474 <names.0+0x40>
80400efe:	00001317          	auipc	t1,0x1
80400f02:	9ec30067          	jr	-1556(t1) # 804018ea <xs_read_u32>

80400f06 <blkfront_connect>:
80400f06:	7179                	add	sp,sp,-48
80400f08:	d226                	sw	s1,36(sp)
80400f0a:	84ae                	mv	s1,a1
80400f0c:	804065b7          	lui	a1,0x80406
80400f10:	ce4e                	sw	s3,28(sp)
80400f12:	cc52                	sw	s4,24(sp)
80400f14:	89aa                	mv	s3,a0
80400f16:	8a32                	mv	s4,a2
80400f18:	47458593          	add	a1,a1,1140 # 80406474 <names.0+0x40>
80400f1c:	01c50613          	add	a2,a0,28
80400f20:	8526                	mv	a0,s1
80400f22:	d422                	sw	s0,40(sp)
80400f24:	d606                	sw	ra,44(sp)
80400f26:	d04a                	sw	s2,32(sp)
80400f28:	ca56                	sw	s5,20(sp)
80400f2a:	8436                	mv	s0,a3
80400f2c:	00001097          	auipc	ra,0x1
80400f30:	9be080e7          	jalr	-1602(ra) # 804018ea <xs_read_u32>
80400f34:	0c054b63          	bltz	a0,8040100a <blkfront_connect+0x104>
80400f38:	000a2583          	lw	a1,0(s4)
80400f3c:	4785                	li	a5,1
80400f3e:	06f9ac23          	sw	a5,120(s3) # 1078 <errno+0x1078>
80400f42:	0689ae23          	sw	s0,124(s3)
80400f46:	c1dc                	sw	a5,4(a1)
80400f48:	c5dc                	sw	a5,12(a1)
80400f4a:	0005a023          	sw	zero,0(a1)
80400f4e:	0005a423          	sw	zero,8(a1)
80400f52:	01058793          	add	a5,a1,16
80400f56:	04058713          	add	a4,a1,64
80400f5a:	0007a023          	sw	zero,0(a5)
80400f5e:	0791                	add	a5,a5,4
80400f60:	fee79de3          	bne	a5,a4,80400f5a <blkfront_connect+0x54>
80400f64:	02000793          	li	a5,32
80400f68:	00f9a623          	sw	a5,12(s3)
80400f6c:	05000793          	li	a5,80
80400f70:	00b9a023          	sw	a1,0(s3)
80400f74:	0009a223          	sw	zero,4(s3)
80400f78:	0009a423          	sw	zero,8(s3)
80400f7c:	00f9a823          	sw	a5,16(s3)
80400f80:	008a0413          	add	s0,s4,8
80400f84:	02098913          	add	s2,s3,32
80400f88:	034a0a93          	add	s5,s4,52
80400f8c:	401c                	lw	a5,0(s0)
80400f8e:	544c                	lw	a1,44(s0)
80400f90:	4601                	li	a2,0
80400f92:	00f92023          	sw	a5,0(s2)
80400f96:	4501                	li	a0,0
80400f98:	00000097          	auipc	ra,0x0
80400f9c:	3e0080e7          	jalr	992(ra) # 80401378 <gnttab_grant_access>
80400fa0:	0411                	add	s0,s0,4
80400fa2:	06054463          	bltz	a0,8040100a <blkfront_connect+0x104>
80400fa6:	02a92623          	sw	a0,44(s2)
80400faa:	0911                	add	s2,s2,4
80400fac:	ff5410e3          	bne	s0,s5,80400f8c <blkfront_connect+0x86>
80400fb0:	004a2583          	lw	a1,4(s4)
80400fb4:	4601                	li	a2,0
80400fb6:	4501                	li	a0,0
80400fb8:	00000097          	auipc	ra,0x0
80400fbc:	3c0080e7          	jalr	960(ra) # 80401378 <gnttab_grant_access>
80400fc0:	04054563          	bltz	a0,8040100a <blkfront_connect+0x104>
80400fc4:	00a9ac23          	sw	a0,24(s3)
80400fc8:	01498593          	add	a1,s3,20
80400fcc:	4501                	li	a0,0
80400fce:	00000097          	auipc	ra,0x0
80400fd2:	2d0080e7          	jalr	720(ra) # 8040129e <evtchn_alloc_unbound>
80400fd6:	02054a63          	bltz	a0,8040100a <blkfront_connect+0x104>
80400fda:	0149a503          	lw	a0,20(s3)
80400fde:	804015b7          	lui	a1,0x80401
80400fe2:	864e                	mv	a2,s3
80400fe4:	c9258593          	add	a1,a1,-878 # 80400c92 <blkfront_event>
80400fe8:	00000097          	auipc	ra,0x0
80400fec:	15e080e7          	jalr	350(ra) # 80401146 <evtchn_bind>
80400ff0:	ed09                	bnez	a0,8040100a <blkfront_connect+0x104>
80400ff2:	0189a603          	lw	a2,24(s3)
80400ff6:	804065b7          	lui	a1,0x80406
80400ffa:	48c58593          	add	a1,a1,1164 # 8040648c <names.0+0x58>
80400ffe:	8526                	mv	a0,s1
80401000:	00001097          	auipc	ra,0x1
80401004:	9da080e7          	jalr	-1574(ra) # 804019da <xs_write_u32>
80401008:	c911                	beqz	a0,8040101c <blkfront_connect+0x116>
8040100a:	50b2                	lw	ra,44(sp)
8040100c:	5422                	lw	s0,40(sp)
8040100e:	5492                	lw	s1,36(sp)
80401010:	5902                	lw	s2,32(sp)
80401012:	49f2                	lw	s3,28(sp)
80401014:	4a62                	lw	s4,24(sp)
80401016:	4ad2                	lw	s5,20(sp)
80401018:	6145                	add	sp,sp,48
8040101a:	8082                	ret
8040101c:	0149a603          	lw	a2,20(s3)
80401020:	804065b7          	lui	a1,0x80406
80401024:	4a458593          	add	a1,a1,1188 # 804064a4 <names.0+0x70>
80401028:	8526                	mv	a0,s1
8040102a:	00001097          	auipc	ra,0x1
8040102e:	9b0080e7          	jalr	-1616(ra) # 804019da <xs_write_u32>
80401032:	fd61                	bnez	a0,8040100a <blkfront_connect+0x104>
80401034:	804065b7          	lui	a1,0x80406
80401038:	460d                	li	a2,3
8040103a:	4c058593          	add	a1,a1,1216 # 804064c0 <names.0+0x8c>
8040103e:	8526                	mv	a0,s1
80401040:	00001097          	auipc	ra,0x1
80401044:	99a080e7          	jalr	-1638(ra) # 804019da <xs_write_u32>
80401048:	c602                	sw	zero,12(sp)
8040104a:	f161                	bnez	a0,8040100a <blkfront_connect+0x104>
8040104c:	804065b7          	lui	a1,0x80406
80401050:	0070                	add	a2,sp,12
80401052:	4d458593          	add	a1,a1,1236 # 804064d4 <names.0+0xa0>
80401056:	8526                	mv	a0,s1
80401058:	00001097          	auipc	ra,0x1
8040105c:	892080e7          	jalr	-1902(ra) # 804018ea <xs_read_u32>
80401060:	f54d                	bnez	a0,8040100a <blkfront_connect+0x104>
80401062:	4732                	lw	a4,12(sp)
80401064:	4791                	li	a5,4
80401066:	faf702e3          	beq	a4,a5,8040100a <blkfront_connect+0x104>
8040106a:	5529                	li	a0,-22
8040106c:	bf79                	j	8040100a <blkfront_connect+0x104>

8040106e <blkfront_read>:
8040106e:	4701                	li	a4,0
80401070:	00000317          	auipc	t1,0x0
80401074:	c9830067          	jr	-872(t1) # 80400d08 <transfer>

80401078 <blkfront_write>:
80401078:	8736                	mv	a4,a3
8040107a:	4681                	li	a3,0
8040107c:	00000317          	auipc	t1,0x0
80401080:	c8c30067          	jr	-884(t1) # 80400d08 <transfer>

80401084 <blkfront_flush>:
80401084:	455c                	lw	a5,12(a0)
80401086:	4154                	lw	a3,4(a0)
80401088:	4918                	lw	a4,16(a0)
8040108a:	17fd                	add	a5,a5,-1
8040108c:	8ff5                	and	a5,a5,a3
8040108e:	02e787b3          	mul	a5,a5,a4
80401092:	1101                	add	sp,sp,-32
80401094:	ca26                	sw	s1,20(sp)
80401096:	4104                	lw	s1,0(a0)
80401098:	cc22                	sw	s0,24(sp)
8040109a:	05000613          	li	a2,80
8040109e:	842a                	mv	s0,a0
804010a0:	4581                	li	a1,0
804010a2:	ce06                	sw	ra,28(sp)
804010a4:	04078793          	add	a5,a5,64
804010a8:	94be                	add	s1,s1,a5
804010aa:	8526                	mv	a0,s1
804010ac:	00002097          	auipc	ra,0x2
804010b0:	9a0080e7          	jalr	-1632(ra) # 80402a4c <memset>
804010b4:	5c2c                	lw	a1,120(s0)
804010b6:	00158793          	add	a5,a1,1
804010ba:	dc3c                	sw	a5,120(s0)
804010bc:	478d                	li	a5,3
804010be:	00f49023          	sh	a5,0(s1)
804010c2:	405c                	lw	a5,4(s0)
804010c4:	4018                	lw	a4,0(s0)
804010c6:	c0cc                	sw	a1,4(s1)
804010c8:	0785                	add	a5,a5,1
804010ca:	c05c                	sw	a5,4(s0)
804010cc:	4318                	lw	a4,0(a4)
804010ce:	0110000f          	fence	w,w
804010d2:	4014                	lw	a3,0(s0)
804010d4:	c29c                	sw	a5,0(a3)
804010d6:	0330000f          	fence	rw,rw
804010da:	4014                	lw	a3,0(s0)
804010dc:	40e78733          	sub	a4,a5,a4
804010e0:	42d4                	lw	a3,4(a3)
804010e2:	8f95                	sub	a5,a5,a3
804010e4:	00e7eb63          	bltu	a5,a4,804010fa <blkfront_flush+0x76>
804010e8:	8522                	mv	a0,s0
804010ea:	4462                	lw	s0,24(sp)
804010ec:	40f2                	lw	ra,28(sp)
804010ee:	44d2                	lw	s1,20(sp)
804010f0:	6105                	add	sp,sp,32
804010f2:	00000317          	auipc	t1,0x0
804010f6:	ba230067          	jr	-1118(t1) # 80400c94 <wait_response>
804010fa:	4848                	lw	a0,20(s0)
804010fc:	c62e                	sw	a1,12(sp)
804010fe:	00000097          	auipc	ra,0x0
80401102:	154080e7          	jalr	340(ra) # 80401252 <evtchn_send>
80401106:	8522                	mv	a0,s0
80401108:	4462                	lw	s0,24(sp)
8040110a:	45b2                	lw	a1,12(sp)
8040110c:	40f2                	lw	ra,28(sp)
8040110e:	44d2                	lw	s1,20(sp)
80401110:	6105                	add	sp,sp,32
80401112:	00000317          	auipc	t1,0x0
80401116:	b8230067          	jr	-1150(t1) # 80400c94 <wait_response>

8040111a <evtchn_init>:
8040111a:	80407737          	lui	a4,0x80407
8040111e:	804197b7          	lui	a5,0x80419
80401122:	35478793          	add	a5,a5,852 # 80419354 <handlers>
80401126:	0ca72023          	sw	a0,192(a4) # 804070c0 <pv_shared_info>
8040112a:	6709                	lui	a4,0x2
8040112c:	973e                	add	a4,a4,a5
8040112e:	0007a023          	sw	zero,0(a5)
80401132:	0007a223          	sw	zero,4(a5)
80401136:	07a1                	add	a5,a5,8
80401138:	fee79be3          	bne	a5,a4,8040112e <evtchn_init+0x14>
8040113c:	804077b7          	lui	a5,0x80407
80401140:	0a07ae23          	sw	zero,188(a5) # 804070bc <stray>
80401144:	8082                	ret

80401146 <evtchn_bind>:
80401146:	fff50713          	add	a4,a0,-1
8040114a:	3fe00793          	li	a5,1022
8040114e:	00e7ec63          	bltu	a5,a4,80401166 <evtchn_bind+0x20>
80401152:	804197b7          	lui	a5,0x80419
80401156:	050e                	sll	a0,a0,0x3
80401158:	35478793          	add	a5,a5,852 # 80419354 <handlers>
8040115c:	97aa                	add	a5,a5,a0
8040115e:	c3d0                	sw	a2,4(a5)
80401160:	c38c                	sw	a1,0(a5)
80401162:	4501                	li	a0,0
80401164:	8082                	ret
80401166:	5529                	li	a0,-22
80401168:	8082                	ret

8040116a <evtchn_do_upcall>:
8040116a:	7179                	add	sp,sp,-48
8040116c:	804077b7          	lui	a5,0x80407
80401170:	c65e                	sw	s7,12(sp)
80401172:	0c07ab83          	lw	s7,192(a5) # 804070c0 <pv_shared_info>
80401176:	cc52                	sw	s4,24(sp)
80401178:	80419a37          	lui	s4,0x80419
8040117c:	c85a                	sw	s6,16(sp)
8040117e:	c462                	sw	s8,8(sp)
80401180:	c266                	sw	s9,4(sp)
80401182:	d606                	sw	ra,44(sp)
80401184:	d422                	sw	s0,40(sp)
80401186:	d226                	sw	s1,36(sp)
80401188:	d04a                	sw	s2,32(sp)
8040118a:	ce4e                	sw	s3,28(sp)
8040118c:	ca56                	sw	s5,20(sp)
8040118e:	4c81                	li	s9,0
80401190:	004b8c13          	add	s8,s7,4
80401194:	354a0a13          	add	s4,s4,852 # 80419354 <handlers>
80401198:	80407b37          	lui	s6,0x80407
8040119c:	000b8023          	sb	zero,0(s7)
804011a0:	0330000f          	fence	rw,rw
804011a4:	8ae6                	mv	s5,s9
804011a6:	0f50000f          	fence	iorw,ow
804011aa:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
804011ae:	4985                	li	s3,1
804011b0:	080a8163          	beqz	s5,80401232 <evtchn_do_upcall+0xc8>
804011b4:	8556                	mv	a0,s5
804011b6:	00001097          	auipc	ra,0x1
804011ba:	15e080e7          	jalr	350(ra) # 80402314 <__ctzsi2>
804011be:	01050413          	add	s0,a0,16
804011c2:	040a                	sll	s0,s0,0x2
804011c4:	08040913          	add	s2,s0,128
804011c8:	fffa8793          	add	a5,s5,-1
804011cc:	00fafab3          	and	s5,s5,a5
804011d0:	945e                	add	s0,s0,s7
804011d2:	995e                	add	s2,s2,s7
804011d4:	00551493          	sll	s1,a0,0x5
804011d8:	401c                	lw	a5,0(s0)
804011da:	0ff0000f          	fence
804011de:	00092503          	lw	a0,0(s2)
804011e2:	fff54513          	not	a0,a0
804011e6:	8d7d                	and	a0,a0,a5
804011e8:	d561                	beqz	a0,804011b0 <evtchn_do_upcall+0x46>
804011ea:	00001097          	auipc	ra,0x1
804011ee:	12a080e7          	jalr	298(ra) # 80402314 <__ctzsi2>
804011f2:	00a997b3          	sll	a5,s3,a0
804011f6:	fff7c793          	not	a5,a5
804011fa:	0f50000f          	fence	iorw,ow
804011fe:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80401202:	9526                	add	a0,a0,s1
80401204:	00351793          	sll	a5,a0,0x3
80401208:	97d2                	add	a5,a5,s4
8040120a:	4398                	lw	a4,0(a5)
8040120c:	cf09                	beqz	a4,80401226 <evtchn_do_upcall+0xbc>
8040120e:	43cc                	lw	a1,4(a5)
80401210:	9702                	jalr	a4
80401212:	401c                	lw	a5,0(s0)
80401214:	0ff0000f          	fence
80401218:	00092503          	lw	a0,0(s2)
8040121c:	fff54513          	not	a0,a0
80401220:	8d7d                	and	a0,a0,a5
80401222:	f561                	bnez	a0,804011ea <evtchn_do_upcall+0x80>
80401224:	b771                	j	804011b0 <evtchn_do_upcall+0x46>
80401226:	0bcb2783          	lw	a5,188(s6) # 804070bc <stray>
8040122a:	0785                	add	a5,a5,1
8040122c:	0afb2e23          	sw	a5,188(s6)
80401230:	b765                	j	804011d8 <evtchn_do_upcall+0x6e>
80401232:	000bc783          	lbu	a5,0(s7)
80401236:	f3bd                	bnez	a5,8040119c <evtchn_do_upcall+0x32>
80401238:	50b2                	lw	ra,44(sp)
8040123a:	5422                	lw	s0,40(sp)
8040123c:	5492                	lw	s1,36(sp)
8040123e:	5902                	lw	s2,32(sp)
80401240:	49f2                	lw	s3,28(sp)
80401242:	4a62                	lw	s4,24(sp)
80401244:	4ad2                	lw	s5,20(sp)
80401246:	4b42                	lw	s6,16(sp)
80401248:	4bb2                	lw	s7,12(sp)
8040124a:	4c22                	lw	s8,8(sp)
8040124c:	4c92                	lw	s9,4(sp)
8040124e:	6145                	add	sp,sp,48
80401250:	8082                	ret

80401252 <evtchn_send>:
80401252:	1141                	add	sp,sp,-16
80401254:	c62a                	sw	a0,12(sp)
80401256:	006c                	add	a1,sp,12
80401258:	4511                	li	a0,4
8040125a:	02000893          	li	a7,32
8040125e:	00000073          	ecall
80401262:	0141                	add	sp,sp,16
80401264:	8082                	ret

80401266 <evtchn_bind_virq>:
80401266:	1141                	add	sp,sp,-16
80401268:	86ae                	mv	a3,a1
8040126a:	c22a                	sw	a0,4(sp)
8040126c:	c402                	sw	zero,8(sp)
8040126e:	c602                	sw	zero,12(sp)
80401270:	4505                	li	a0,1
80401272:	004c                	add	a1,sp,4
80401274:	02000893          	li	a7,32
80401278:	00000073          	ecall
8040127c:	00054b63          	bltz	a0,80401292 <evtchn_bind_virq+0x2c>
80401280:	4732                	lw	a4,12(sp)
80401282:	cb11                	beqz	a4,80401296 <evtchn_bind_virq+0x30>
80401284:	c298                	sw	a4,0(a3)
80401286:	3fe00793          	li	a5,1022
8040128a:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
8040128c:	00e7e763          	bltu	a5,a4,8040129a <evtchn_bind_virq+0x34>
80401290:	4501                	li	a0,0
80401292:	0141                	add	sp,sp,16
80401294:	8082                	ret
80401296:	872a                	mv	a4,a0
80401298:	b7f5                	j	80401284 <evtchn_bind_virq+0x1e>
8040129a:	5529                	li	a0,-22
8040129c:	bfdd                	j	80401292 <evtchn_bind_virq+0x2c>

8040129e <evtchn_alloc_unbound>:
8040129e:	77e1                	lui	a5,0xffff8
804012a0:	1141                	add	sp,sp,-16
804012a2:	ff07c793          	xor	a5,a5,-16
804012a6:	86ae                	mv	a3,a1
804012a8:	00a11523          	sh	a0,10(sp)
804012ac:	00f11423          	sh	a5,8(sp)
804012b0:	c602                	sw	zero,12(sp)
804012b2:	4519                	li	a0,6
804012b4:	002c                	add	a1,sp,8
804012b6:	02000893          	li	a7,32
804012ba:	00000073          	ecall
804012be:	00054b63          	bltz	a0,804012d4 <evtchn_alloc_unbound+0x36>
804012c2:	4732                	lw	a4,12(sp)
804012c4:	cb11                	beqz	a4,804012d8 <evtchn_alloc_unbound+0x3a>
804012c6:	c298                	sw	a4,0(a3)
804012c8:	3fe00793          	li	a5,1022
804012cc:	177d                	add	a4,a4,-1
804012ce:	00e7e763          	bltu	a5,a4,804012dc <evtchn_alloc_unbound+0x3e>
804012d2:	4501                	li	a0,0
804012d4:	0141                	add	sp,sp,16
804012d6:	8082                	ret
804012d8:	872a                	mv	a4,a0
804012da:	b7f5                	j	804012c6 <evtchn_alloc_unbound+0x28>
804012dc:	5529                	li	a0,-22
804012de:	bfdd                	j	804012d4 <evtchn_alloc_unbound+0x36>

804012e0 <pv_block>:
804012e0:	4505                	li	a0,1
804012e2:	4581                	li	a1,0
804012e4:	48f5                	li	a7,29
804012e6:	00000073          	ecall
804012ea:	804077b7          	lui	a5,0x80407
804012ee:	0c07a783          	lw	a5,192(a5) # 804070c0 <pv_shared_info>
804012f2:	4705                	li	a4,1
804012f4:	00e780a3          	sb	a4,1(a5)
804012f8:	8082                	ret

804012fa <gnttab_setup_frame>:
804012fa:	77e1                	lui	a5,0xffff8
804012fc:	1141                	add	sp,sp,-16
804012fe:	ff07c793          	xor	a5,a5,-16
80401302:	00f11023          	sh	a5,0(sp)
80401306:	4785                	li	a5,1
80401308:	872a                	mv	a4,a0
8040130a:	00011123          	sh	zero,2(sp)
8040130e:	00011423          	sh	zero,8(sp)
80401312:	00011523          	sh	zero,10(sp)
80401316:	00011623          	sh	zero,12(sp)
8040131a:	00011723          	sh	zero,14(sp)
8040131e:	c23e                	sw	a5,4(sp)
80401320:	4509                	li	a0,2
80401322:	858a                	mv	a1,sp
80401324:	4605                	li	a2,1
80401326:	48d1                	li	a7,20
80401328:	00000073          	ecall
8040132c:	00054863          	bltz	a0,8040133c <gnttab_setup_frame+0x42>
80401330:	00811783          	lh	a5,8(sp)
80401334:	e791                	bnez	a5,80401340 <gnttab_setup_frame+0x46>
80401336:	47b2                	lw	a5,12(sp)
80401338:	4501                	li	a0,0
8040133a:	c31c                	sw	a5,0(a4)
8040133c:	0141                	add	sp,sp,16
8040133e:	8082                	ret
80401340:	853e                	mv	a0,a5
80401342:	0007c363          	bltz	a5,80401348 <gnttab_setup_frame+0x4e>
80401346:	557d                	li	a0,-1
80401348:	0542                	sll	a0,a0,0x10
8040134a:	8541                	sra	a0,a0,0x10
8040134c:	0141                	add	sp,sp,16
8040134e:	8082                	ret

80401350 <gnttab_init>:
80401350:	8041b7b7          	lui	a5,0x8041b
80401354:	35478693          	add	a3,a5,852 # 8041b354 <in_use>
80401358:	80407737          	lui	a4,0x80407
8040135c:	0ca72223          	sw	a0,196(a4) # 804070c4 <table>
80401360:	35478793          	add	a5,a5,852
80401364:	04068713          	add	a4,a3,64
80401368:	0007a023          	sw	zero,0(a5)
8040136c:	0791                	add	a5,a5,4
8040136e:	fee79de3          	bne	a5,a4,80401368 <gnttab_init+0x18>
80401372:	4785                	li	a5,1
80401374:	c29c                	sw	a5,0(a3)
80401376:	8082                	ret

80401378 <gnttab_grant_access>:
80401378:	8041b7b7          	lui	a5,0x8041b
8040137c:	35478793          	add	a5,a5,852 # 8041b354 <in_use>
80401380:	4394                	lw	a3,0(a5)
80401382:	872a                	mv	a4,a0
80401384:	4505                	li	a0,1
80401386:	0026f813          	and	a6,a3,2
8040138a:	02081f63          	bnez	a6,804013c8 <gnttab_grant_access+0x50>
8040138e:	4e21                	li	t3,8
80401390:	4309                	li	t1,2
80401392:	4881                	li	a7,0
80401394:	80407837          	lui	a6,0x80407
80401398:	0c482803          	lw	a6,196(a6) # 804070c4 <table>
8040139c:	0066e6b3          	or	a3,a3,t1
804013a0:	97c6                	add	a5,a5,a7
804013a2:	0742                	sll	a4,a4,0x10
804013a4:	c394                	sw	a3,0(a5)
804013a6:	8341                	srl	a4,a4,0x10
804013a8:	01c806b3          	add	a3,a6,t3
804013ac:	00e69123          	sh	a4,2(a3)
804013b0:	c2cc                	sw	a1,4(a3)
804013b2:	0110000f          	fence	w,w
804013b6:	00163613          	seqz	a2,a2
804013ba:	40c007b3          	neg	a5,a2
804013be:	9bf1                	and	a5,a5,-4
804013c0:	0795                	add	a5,a5,5
804013c2:	00f69023          	sh	a5,0(a3)
804013c6:	8082                	ret
804013c8:	20000e93          	li	t4,512
804013cc:	4e05                	li	t3,1
804013ce:	0505                	add	a0,a0,1
804013d0:	00555813          	srl	a6,a0,0x5
804013d4:	00281893          	sll	a7,a6,0x2
804013d8:	011786b3          	add	a3,a5,a7
804013dc:	00ae1333          	sll	t1,t3,a0
804013e0:	01d50a63          	beq	a0,t4,804013f4 <gnttab_grant_access+0x7c>
804013e4:	4294                	lw	a3,0(a3)
804013e6:	0066f833          	and	a6,a3,t1
804013ea:	fe0812e3          	bnez	a6,804013ce <gnttab_grant_access+0x56>
804013ee:	00351e13          	sll	t3,a0,0x3
804013f2:	b74d                	j	80401394 <gnttab_grant_access+0x1c>
804013f4:	5511                	li	a0,-28
804013f6:	8082                	ret

804013f8 <pvcons_init>:
804013f8:	c10c                	sw	a1,0(a0)
804013fa:	c150                	sw	a2,4(a0)
804013fc:	c514                	sw	a3,8(a0)
804013fe:	8082                	ret

80401400 <pvcons_put>:
80401400:	00052803          	lw	a6,0(a0)
80401404:	6785                	lui	a5,0x1
80401406:	00f80733          	add	a4,a6,a5
8040140a:	c0872503          	lw	a0,-1016(a4)
8040140e:	c0c72883          	lw	a7,-1012(a4)
80401412:	0330000f          	fence	rw,rw
80401416:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
8040141a:	953e                	add	a0,a0,a5
8040141c:	41150533          	sub	a0,a0,a7
80401420:	02a7ee63          	bltu	a5,a0,8040145c <pvcons_put+0x5c>
80401424:	04a66463          	bltu	a2,a0,8040146c <pvcons_put+0x6c>
80401428:	c11d                	beqz	a0,8040144e <pvcons_put+0x4e>
8040142a:	872e                	mv	a4,a1
8040142c:	00a58633          	add	a2,a1,a0
80401430:	40b885b3          	sub	a1,a7,a1
80401434:	00074683          	lbu	a3,0(a4)
80401438:	00e587b3          	add	a5,a1,a4
8040143c:	7ff7f793          	and	a5,a5,2047
80401440:	97c2                	add	a5,a5,a6
80401442:	40d78023          	sb	a3,1024(a5)
80401446:	0705                	add	a4,a4,1
80401448:	fec716e3          	bne	a4,a2,80401434 <pvcons_put+0x34>
8040144c:	98aa                	add	a7,a7,a0
8040144e:	0110000f          	fence	w,w
80401452:	6785                	lui	a5,0x1
80401454:	983e                	add	a6,a6,a5
80401456:	c1182623          	sw	a7,-1012(a6)
8040145a:	8082                	ret
8040145c:	4501                	li	a0,0
8040145e:	0110000f          	fence	w,w
80401462:	6785                	lui	a5,0x1
80401464:	983e                	add	a6,a6,a5
80401466:	c1182623          	sw	a7,-1012(a6)
8040146a:	8082                	ret
8040146c:	8532                	mv	a0,a2
8040146e:	fd55                	bnez	a0,8040142a <pvcons_put+0x2a>
80401470:	bff9                	j	8040144e <pvcons_put+0x4e>

80401472 <pvcons_write>:
80401472:	c621                	beqz	a2,804014ba <pvcons_write+0x48>
80401474:	1141                	add	sp,sp,-16
80401476:	c422                	sw	s0,8(sp)
80401478:	c226                	sw	s1,4(sp)
8040147a:	c04a                	sw	s2,0(sp)
8040147c:	c606                	sw	ra,12(sp)
8040147e:	8432                	mv	s0,a2
80401480:	892a                	mv	s2,a0
80401482:	84ae                	mv	s1,a1
80401484:	a021                	j	8040148c <pvcons_write+0x1a>
80401486:	00892783          	lw	a5,8(s2)
8040148a:	9782                	jalr	a5
8040148c:	8622                	mv	a2,s0
8040148e:	85a6                	mv	a1,s1
80401490:	854a                	mv	a0,s2
80401492:	00000097          	auipc	ra,0x0
80401496:	f6e080e7          	jalr	-146(ra) # 80401400 <pvcons_put>
8040149a:	87aa                	mv	a5,a0
8040149c:	00492503          	lw	a0,4(s2)
804014a0:	8c1d                	sub	s0,s0,a5
804014a2:	94be                	add	s1,s1,a5
804014a4:	00000097          	auipc	ra,0x0
804014a8:	dae080e7          	jalr	-594(ra) # 80401252 <evtchn_send>
804014ac:	fc69                	bnez	s0,80401486 <pvcons_write+0x14>
804014ae:	40b2                	lw	ra,12(sp)
804014b0:	4422                	lw	s0,8(sp)
804014b2:	4492                	lw	s1,4(sp)
804014b4:	4902                	lw	s2,0(sp)
804014b6:	0141                	add	sp,sp,16
804014b8:	8082                	ret
804014ba:	8082                	ret

804014bc <pvcons_drain>:
804014bc:	411c                	lw	a5,0(a0)
804014be:	1141                	add	sp,sp,-16
804014c0:	c226                	sw	s1,4(sp)
804014c2:	6485                	lui	s1,0x1
804014c4:	97a6                	add	a5,a5,s1
804014c6:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
804014ca:	c087a783          	lw	a5,-1016(a5)
804014ce:	c606                	sw	ra,12(sp)
804014d0:	c422                	sw	s0,8(sp)
804014d2:	02f70363          	beq	a4,a5,804014f8 <pvcons_drain+0x3c>
804014d6:	842a                	mv	s0,a0
804014d8:	4148                	lw	a0,4(a0)
804014da:	00000097          	auipc	ra,0x0
804014de:	d78080e7          	jalr	-648(ra) # 80401252 <evtchn_send>
804014e2:	a019                	j	804014e8 <pvcons_drain+0x2c>
804014e4:	441c                	lw	a5,8(s0)
804014e6:	9782                	jalr	a5
804014e8:	401c                	lw	a5,0(s0)
804014ea:	97a6                	add	a5,a5,s1
804014ec:	c0c7a703          	lw	a4,-1012(a5)
804014f0:	c087a783          	lw	a5,-1016(a5)
804014f4:	fef718e3          	bne	a4,a5,804014e4 <pvcons_drain+0x28>
804014f8:	40b2                	lw	ra,12(sp)
804014fa:	4422                	lw	s0,8(sp)
804014fc:	4492                	lw	s1,4(sp)
804014fe:	0141                	add	sp,sp,16
80401500:	8082                	ret

80401502 <pvcons_read>:
80401502:	4114                	lw	a3,0(a0)
80401504:	6785                	lui	a5,0x1
80401506:	1141                	add	sp,sp,-16
80401508:	97b6                	add	a5,a5,a3
8040150a:	c007a803          	lw	a6,-1024(a5) # c00 <errno+0xc00>
8040150e:	c422                	sw	s0,8(sp)
80401510:	c047a403          	lw	s0,-1020(a5)
80401514:	c606                	sw	ra,12(sp)
80401516:	41040433          	sub	s0,s0,a6
8040151a:	0220000f          	fence	r,r
8040151e:	40000793          	li	a5,1024
80401522:	0487e863          	bltu	a5,s0,80401572 <pvcons_read+0x70>
80401526:	04866463          	bltu	a2,s0,8040156e <pvcons_read+0x6c>
8040152a:	cc0d                	beqz	s0,80401564 <pvcons_read+0x62>
8040152c:	872e                	mv	a4,a1
8040152e:	40e80633          	sub	a2,a6,a4
80401532:	95a2                	add	a1,a1,s0
80401534:	00e607b3          	add	a5,a2,a4
80401538:	3ff7f793          	and	a5,a5,1023
8040153c:	97b6                	add	a5,a5,a3
8040153e:	0007c783          	lbu	a5,0(a5)
80401542:	0705                	add	a4,a4,1
80401544:	fef70fa3          	sb	a5,-1(a4)
80401548:	feb716e3          	bne	a4,a1,80401534 <pvcons_read+0x32>
8040154c:	0330000f          	fence	rw,rw
80401550:	6785                	lui	a5,0x1
80401552:	9822                	add	a6,a6,s0
80401554:	96be                	add	a3,a3,a5
80401556:	c106a023          	sw	a6,-1024(a3)
8040155a:	4148                	lw	a0,4(a0)
8040155c:	00000097          	auipc	ra,0x0
80401560:	cf6080e7          	jalr	-778(ra) # 80401252 <evtchn_send>
80401564:	40b2                	lw	ra,12(sp)
80401566:	8522                	mv	a0,s0
80401568:	4422                	lw	s0,8(sp)
8040156a:	0141                	add	sp,sp,16
8040156c:	8082                	ret
8040156e:	8432                	mv	s0,a2
80401570:	bf6d                	j	8040152a <pvcons_read+0x28>
80401572:	4401                	li	s0,0
80401574:	40b2                	lw	ra,12(sp)
80401576:	8522                	mv	a0,s0
80401578:	4422                	lw	s0,8(sp)
8040157a:	0141                	add	sp,sp,16
8040157c:	8082                	ret

8040157e <xs_talk>:
8040157e:	710d                	add	sp,sp,-352
80401580:	15312623          	sw	s3,332(sp)
80401584:	15412423          	sw	s4,328(sp)
80401588:	13a12823          	sw	s10,304(sp)
8040158c:	89be                	mv	s3,a5
8040158e:	8d36                	mv	s10,a3
80401590:	14112e23          	sw	ra,348(sp)
80401594:	96be                	add	a3,a3,a5
80401596:	14812c23          	sw	s0,344(sp)
8040159a:	14912a23          	sw	s1,340(sp)
8040159e:	15212823          	sw	s2,336(sp)
804015a2:	15512223          	sw	s5,324(sp)
804015a6:	15612023          	sw	s6,320(sp)
804015aa:	13712e23          	sw	s7,316(sp)
804015ae:	13812c23          	sw	s8,312(sp)
804015b2:	13912a23          	sw	s9,308(sp)
804015b6:	13b12623          	sw	s11,300(sp)
804015ba:	10000793          	li	a5,256
804015be:	00052a03          	lw	s4,0(a0)
804015c2:	28d7ee63          	bltu	a5,a3,8040185e <xs_talk+0x2e0>
804015c6:	451c                	lw	a5,8(a0)
804015c8:	6485                	lui	s1,0x1
804015ca:	94d2                	add	s1,s1,s4
804015cc:	0785                	add	a5,a5,1 # 1001 <errno+0x1001>
804015ce:	c51c                	sw	a5,8(a0)
804015d0:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
804015d4:	8c3a                	mv	s8,a4
804015d6:	8004a703          	lw	a4,-2048(s1)
804015da:	3f000d93          	li	s11,1008
804015de:	c23e                	sw	a5,4(sp)
804015e0:	c02e                	sw	a1,0(sp)
804015e2:	c402                	sw	zero,8(sp)
804015e4:	c636                	sw	a3,12(sp)
804015e6:	40dd8db3          	sub	s11,s11,a3
804015ea:	40eb87b3          	sub	a5,s7,a4
804015ee:	842a                	mv	s0,a0
804015f0:	8b2e                	mv	s6,a1
804015f2:	8cb2                	mv	s9,a2
804015f4:	8942                	mv	s2,a6
804015f6:	8ac6                	mv	s5,a7
804015f8:	00fdff63          	bgeu	s11,a5,80401616 <xs_talk+0x98>
804015fc:	4048                	lw	a0,4(s0)
804015fe:	00000097          	auipc	ra,0x0
80401602:	c54080e7          	jalr	-940(ra) # 80401252 <evtchn_send>
80401606:	445c                	lw	a5,12(s0)
80401608:	9782                	jalr	a5
8040160a:	8004a783          	lw	a5,-2048(s1)
8040160e:	40fb87b3          	sub	a5,s7,a5
80401612:	fefde5e3          	bltu	s11,a5,804015fc <xs_talk+0x7e>
80401616:	0330000f          	fence	rw,rw
8040161a:	4010                	lw	a2,0(s0)
8040161c:	870a                	mv	a4,sp
8040161e:	0804                	add	s1,sp,16
80401620:	40eb85b3          	sub	a1,s7,a4
80401624:	00074683          	lbu	a3,0(a4)
80401628:	00e587b3          	add	a5,a1,a4
8040162c:	3ff7f793          	and	a5,a5,1023
80401630:	97b2                	add	a5,a5,a2
80401632:	00d78023          	sb	a3,0(a5)
80401636:	0705                	add	a4,a4,1
80401638:	fee496e3          	bne	s1,a4,80401624 <xs_talk+0xa6>
8040163c:	419b86b3          	sub	a3,s7,s9
80401640:	87e6                	mv	a5,s9
80401642:	010d0513          	add	a0,s10,16
80401646:	9cea                	add	s9,s9,s10
80401648:	06c1                	add	a3,a3,16
8040164a:	0007c703          	lbu	a4,0(a5)
8040164e:	00f685b3          	add	a1,a3,a5
80401652:	3ff5f593          	and	a1,a1,1023
80401656:	95b2                	add	a1,a1,a2
80401658:	00e58023          	sb	a4,0(a1)
8040165c:	0785                	add	a5,a5,1
8040165e:	ff9796e3          	bne	a5,s9,8040164a <xs_talk+0xcc>
80401662:	87e2                	mv	a5,s8
80401664:	9baa                	add	s7,s7,a0
80401666:	9c4e                	add	s8,s8,s3
80401668:	40fb85b3          	sub	a1,s7,a5
8040166c:	00098e63          	beqz	s3,80401688 <xs_talk+0x10a>
80401670:	0007c703          	lbu	a4,0(a5)
80401674:	00f586b3          	add	a3,a1,a5
80401678:	3ff6f693          	and	a3,a3,1023
8040167c:	96b2                	add	a3,a3,a2
8040167e:	00e68023          	sb	a4,0(a3)
80401682:	0785                	add	a5,a5,1
80401684:	ff8796e3          	bne	a5,s8,80401670 <xs_talk+0xf2>
80401688:	9bce                	add	s7,s7,s3
8040168a:	0110000f          	fence	w,w
8040168e:	6d05                	lui	s10,0x1
80401690:	9d52                	add	s10,s10,s4
80401692:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
80401696:	4048                	lw	a0,4(s0)
80401698:	00000097          	auipc	ra,0x0
8040169c:	bba080e7          	jalr	-1094(ra) # 80401252 <evtchn_send>
804016a0:	808d2503          	lw	a0,-2040(s10)
804016a4:	80cd2683          	lw	a3,-2036(s10)
804016a8:	8e89                	sub	a3,a3,a0
804016aa:	0220000f          	fence	r,r
804016ae:	40000793          	li	a5,1024
804016b2:	02d7e963          	bltu	a5,a3,804016e4 <xs_talk+0x166>
804016b6:	02010c93          	add	s9,sp,32
804016ba:	4bc1                	li	s7,16
804016bc:	49bd                	li	s3,15
804016be:	10000c13          	li	s8,256
804016c2:	419b8bb3          	sub	s7,s7,s9
804016c6:	40000a13          	li	s4,1024
804016ca:	04d9ea63          	bltu	s3,a3,8040171e <xs_talk+0x1a0>
804016ce:	445c                	lw	a5,12(s0)
804016d0:	9782                	jalr	a5
804016d2:	808d2503          	lw	a0,-2040(s10)
804016d6:	80cd2683          	lw	a3,-2036(s10)
804016da:	8e89                	sub	a3,a3,a0
804016dc:	0220000f          	fence	r,r
804016e0:	feda75e3          	bgeu	s4,a3,804016ca <xs_talk+0x14c>
804016e4:	5549                	li	a0,-14
804016e6:	15c12083          	lw	ra,348(sp)
804016ea:	15812403          	lw	s0,344(sp)
804016ee:	15412483          	lw	s1,340(sp)
804016f2:	15012903          	lw	s2,336(sp)
804016f6:	14c12983          	lw	s3,332(sp)
804016fa:	14812a03          	lw	s4,328(sp)
804016fe:	14412a83          	lw	s5,324(sp)
80401702:	14012b03          	lw	s6,320(sp)
80401706:	13c12b83          	lw	s7,316(sp)
8040170a:	13812c03          	lw	s8,312(sp)
8040170e:	13412c83          	lw	s9,308(sp)
80401712:	13012d03          	lw	s10,304(sp)
80401716:	12c12d83          	lw	s11,300(sp)
8040171a:	6135                	add	sp,sp,352
8040171c:	8082                	ret
8040171e:	4010                	lw	a2,0(s0)
80401720:	8726                	mv	a4,s1
80401722:	409505b3          	sub	a1,a0,s1
80401726:	00e587b3          	add	a5,a1,a4
8040172a:	3ff7f793          	and	a5,a5,1023
8040172e:	97b2                	add	a5,a5,a2
80401730:	4007c783          	lbu	a5,1024(a5)
80401734:	0705                	add	a4,a4,1
80401736:	fef70fa3          	sb	a5,-1(a4)
8040173a:	ff9716e3          	bne	a4,s9,80401726 <xs_talk+0x1a8>
8040173e:	47f2                	lw	a5,28(sp)
80401740:	fafc62e3          	bltu	s8,a5,804016e4 <xs_talk+0x166>
80401744:	01078713          	add	a4,a5,16
80401748:	f8e6e3e3          	bltu	a3,a4,804016ce <xs_talk+0x150>
8040174c:	019785b3          	add	a1,a5,s9
80401750:	8766                	mv	a4,s9
80401752:	00ab86b3          	add	a3,s7,a0
80401756:	cf89                	beqz	a5,80401770 <xs_talk+0x1f2>
80401758:	00e687b3          	add	a5,a3,a4
8040175c:	3ff7f793          	and	a5,a5,1023
80401760:	97b2                	add	a5,a5,a2
80401762:	4007c783          	lbu	a5,1024(a5)
80401766:	0705                	add	a4,a4,1
80401768:	fef70fa3          	sb	a5,-1(a4)
8040176c:	feb716e3          	bne	a4,a1,80401758 <xs_talk+0x1da>
80401770:	0330000f          	fence	rw,rw
80401774:	4df2                	lw	s11,28(sp)
80401776:	010d8793          	add	a5,s11,16
8040177a:	97aa                	add	a5,a5,a0
8040177c:	80fd2423          	sw	a5,-2040(s10)
80401780:	4048                	lw	a0,4(s0)
80401782:	00000097          	auipc	ra,0x0
80401786:	ad0080e7          	jalr	-1328(ra) # 80401252 <evtchn_send>
8040178a:	4752                	lw	a4,20(sp)
8040178c:	4792                	lw	a5,4(sp)
8040178e:	f4f712e3          	bne	a4,a5,804016d2 <xs_talk+0x154>
80401792:	47c2                	lw	a5,16(sp)
80401794:	4741                	li	a4,16
80401796:	02e78a63          	beq	a5,a4,804017ca <xs_talk+0x24c>
8040179a:	5529                	li	a0,-22
8040179c:	f56795e3          	bne	a5,s6,804016e6 <xs_talk+0x168>
804017a0:	020d8363          	beqz	s11,804017c6 <xs_talk+0x248>
804017a4:	020a8163          	beqz	s5,804017c6 <xs_talk+0x248>
804017a8:	fffd8713          	add	a4,s11,-1
804017ac:	974a                	add	a4,a4,s2
804017ae:	9aca                	add	s5,s5,s2
804017b0:	a021                	j	804017b8 <xs_talk+0x23a>
804017b2:	0905                	add	s2,s2,1
804017b4:	01590963          	beq	s2,s5,804017c6 <xs_talk+0x248>
804017b8:	000cc783          	lbu	a5,0(s9)
804017bc:	0c85                	add	s9,s9,1
804017be:	00f90023          	sb	a5,0(s2)
804017c2:	fee918e3          	bne	s2,a4,804017b2 <xs_talk+0x234>
804017c6:	856e                	mv	a0,s11
804017c8:	bf39                	j	804016e6 <xs_talk+0x168>
804017ca:	80406337          	lui	t1,0x80406
804017ce:	54030f13          	add	t5,t1,1344 # 80406540 <names.0>
804017d2:	04500793          	li	a5,69
804017d6:	54030313          	add	t1,t1,1344
804017da:	00032583          	lw	a1,0(t1)
804017de:	4e01                	li	t3,0
804017e0:	4ead                	li	t4,11
804017e2:	cbb9                	beqz	a5,80401838 <xs_talk+0x2ba>
804017e4:	4681                	li	a3,0
804017e6:	88b6                	mv	a7,a3
804017e8:	0685                	add	a3,a3,1
804017ea:	00d587b3          	add	a5,a1,a3
804017ee:	0007c783          	lbu	a5,0(a5)
804017f2:	fbf5                	bnez	a5,804017e6 <xs_talk+0x268>
804017f4:	020d8763          	beqz	s11,80401822 <xs_talk+0x2a4>
804017f8:	8666                	mv	a2,s9
804017fa:	a031                	j	80401806 <xs_talk+0x288>
804017fc:	02f88f63          	beq	a7,a5,8040183a <xs_talk+0x2bc>
80401800:	02ed8163          	beq	s11,a4,80401822 <xs_talk+0x2a4>
80401804:	87ba                	mv	a5,a4
80401806:	00f58733          	add	a4,a1,a5
8040180a:	00064803          	lbu	a6,0(a2)
8040180e:	00074503          	lbu	a0,0(a4)
80401812:	0605                	add	a2,a2,1
80401814:	00178713          	add	a4,a5,1
80401818:	fea802e3          	beq	a6,a0,804017fc <xs_talk+0x27e>
8040181c:	8736                	mv	a4,a3
8040181e:	00f68e63          	beq	a3,a5,8040183a <xs_talk+0x2bc>
80401822:	0e05                	add	t3,t3,1
80401824:	0321                	add	t1,t1,8
80401826:	03de0a63          	beq	t3,t4,8040185a <xs_talk+0x2dc>
8040182a:	00032783          	lw	a5,0(t1)
8040182e:	00032583          	lw	a1,0(t1)
80401832:	0007c783          	lbu	a5,0(a5)
80401836:	f7dd                	bnez	a5,804017e4 <xs_talk+0x266>
80401838:	4701                	li	a4,0
8040183a:	00ed8963          	beq	s11,a4,8040184c <xs_talk+0x2ce>
8040183e:	12070793          	add	a5,a4,288
80401842:	00278733          	add	a4,a5,sp
80401846:	f0074783          	lbu	a5,-256(a4)
8040184a:	ffe1                	bnez	a5,80401822 <xs_talk+0x2a4>
8040184c:	0e0e                	sll	t3,t3,0x3
8040184e:	9f72                	add	t5,t5,t3
80401850:	004f2503          	lw	a0,4(t5)
80401854:	40a00533          	neg	a0,a0
80401858:	b579                	j	804016e6 <xs_talk+0x168>
8040185a:	5529                	li	a0,-22
8040185c:	b569                	j	804016e6 <xs_talk+0x168>
8040185e:	5565                	li	a0,-7
80401860:	b559                	j	804016e6 <xs_talk+0x168>

80401862 <xs_read.part.0>:
80401862:	1141                	add	sp,sp,-16
80401864:	c422                	sw	s0,8(sp)
80401866:	c226                	sw	s1,4(sp)
80401868:	c606                	sw	ra,12(sp)
8040186a:	0005c783          	lbu	a5,0(a1)
8040186e:	84b2                	mv	s1,a2
80401870:	8436                	mv	s0,a3
80401872:	c7a5                	beqz	a5,804018da <xs_read.part.0+0x78>
80401874:	4781                	li	a5,0
80401876:	833e                	mv	t1,a5
80401878:	0785                	add	a5,a5,1
8040187a:	00f58733          	add	a4,a1,a5
8040187e:	00074703          	lbu	a4,0(a4)
80401882:	fb75                	bnez	a4,80401876 <xs_read.part.0+0x14>
80401884:	00230693          	add	a3,t1,2
80401888:	147d                	add	s0,s0,-1
8040188a:	862e                	mv	a2,a1
8040188c:	88a2                	mv	a7,s0
8040188e:	8826                	mv	a6,s1
80401890:	4781                	li	a5,0
80401892:	4701                	li	a4,0
80401894:	4589                	li	a1,2
80401896:	00000097          	auipc	ra,0x0
8040189a:	ce8080e7          	jalr	-792(ra) # 8040157e <xs_talk>
8040189e:	00054963          	bltz	a0,804018b0 <xs_read.part.0+0x4e>
804018a2:	87aa                	mv	a5,a0
804018a4:	02a46463          	bltu	s0,a0,804018cc <xs_read.part.0+0x6a>
804018a8:	4501                	li	a0,0
804018aa:	eb81                	bnez	a5,804018ba <xs_read.part.0+0x58>
804018ac:	00048023          	sb	zero,0(s1)
804018b0:	40b2                	lw	ra,12(sp)
804018b2:	4422                	lw	s0,8(sp)
804018b4:	4492                	lw	s1,4(sp)
804018b6:	0141                	add	sp,sp,16
804018b8:	8082                	ret
804018ba:	fff78513          	add	a0,a5,-1
804018be:	00a48733          	add	a4,s1,a0
804018c2:	00074683          	lbu	a3,0(a4)
804018c6:	e699                	bnez	a3,804018d4 <xs_read.part.0+0x72>
804018c8:	84ba                	mv	s1,a4
804018ca:	b7cd                	j	804018ac <xs_read.part.0+0x4a>
804018cc:	87a2                	mv	a5,s0
804018ce:	4501                	li	a0,0
804018d0:	dff1                	beqz	a5,804018ac <xs_read.part.0+0x4a>
804018d2:	b7e5                	j	804018ba <xs_read.part.0+0x58>
804018d4:	94be                	add	s1,s1,a5
804018d6:	853e                	mv	a0,a5
804018d8:	bfd1                	j	804018ac <xs_read.part.0+0x4a>
804018da:	4685                	li	a3,1
804018dc:	b775                	j	80401888 <xs_read.part.0+0x26>

804018de <xs_init>:
804018de:	c10c                	sw	a1,0(a0)
804018e0:	c150                	sw	a2,4(a0)
804018e2:	00052423          	sw	zero,8(a0)
804018e6:	c554                	sw	a3,12(a0)
804018e8:	8082                	ret

804018ea <xs_read_u32>:
804018ea:	1101                	add	sp,sp,-32
804018ec:	cc22                	sw	s0,24(sp)
804018ee:	46c1                	li	a3,16
804018f0:	8432                	mv	s0,a2
804018f2:	860a                	mv	a2,sp
804018f4:	ce06                	sw	ra,28(sp)
804018f6:	00000097          	auipc	ra,0x0
804018fa:	f6c080e7          	jalr	-148(ra) # 80401862 <xs_read.part.0>
804018fe:	06054163          	bltz	a0,80401960 <xs_read_u32+0x76>
80401902:	cd31                	beqz	a0,8040195e <xs_read_u32+0x74>
80401904:	47a9                	li	a5,10
80401906:	04a7cc63          	blt	a5,a0,8040195e <xs_read_u32+0x74>
8040190a:	880a                	mv	a6,sp
8040190c:	4881                	li	a7,0
8040190e:	4781                	li	a5,0
80401910:	4601                	li	a2,0
80401912:	4325                	li	t1,9
80401914:	a029                	j	8040191e <xs_read_u32+0x34>
80401916:	9636                	add	a2,a2,a3
80401918:	0805                	add	a6,a6,1
8040191a:	04a8d763          	bge	a7,a0,80401968 <xs_read_u32+0x7e>
8040191e:	01e7d693          	srl	a3,a5,0x1e
80401922:	00279713          	sll	a4,a5,0x2
80401926:	00261593          	sll	a1,a2,0x2
8040192a:	97ba                	add	a5,a5,a4
8040192c:	8dd5                	or	a1,a1,a3
8040192e:	00084683          	lbu	a3,0(a6)
80401932:	95b2                	add	a1,a1,a2
80401934:	00e7b733          	sltu	a4,a5,a4
80401938:	972e                	add	a4,a4,a1
8040193a:	fd068693          	add	a3,a3,-48
8040193e:	01f7d613          	srl	a2,a5,0x1f
80401942:	0706                	sll	a4,a4,0x1
80401944:	0786                	sll	a5,a5,0x1
80401946:	8f51                	or	a4,a4,a2
80401948:	97b6                	add	a5,a5,a3
8040194a:	41f6d613          	sra	a2,a3,0x1f
8040194e:	0ff6f593          	zext.b	a1,a3
80401952:	963a                	add	a2,a2,a4
80401954:	00d7b6b3          	sltu	a3,a5,a3
80401958:	0885                	add	a7,a7,1 # 80400001 <_start+0x1>
8040195a:	fab37ee3          	bgeu	t1,a1,80401916 <xs_read_u32+0x2c>
8040195e:	5529                	li	a0,-22
80401960:	40f2                	lw	ra,28(sp)
80401962:	4462                	lw	s0,24(sp)
80401964:	6105                	add	sp,sp,32
80401966:	8082                	ret
80401968:	fa7d                	bnez	a2,8040195e <xs_read_u32+0x74>
8040196a:	40f2                	lw	ra,28(sp)
8040196c:	c01c                	sw	a5,0(s0)
8040196e:	4462                	lw	s0,24(sp)
80401970:	4501                	li	a0,0
80401972:	6105                	add	sp,sp,32
80401974:	8082                	ret

80401976 <xs_write>:
80401976:	1101                	add	sp,sp,-32
80401978:	ce06                	sw	ra,28(sp)
8040197a:	0005c783          	lbu	a5,0(a1)
8040197e:	8732                	mv	a4,a2
80401980:	c7b9                	beqz	a5,804019ce <xs_write+0x58>
80401982:	4781                	li	a5,0
80401984:	86be                	mv	a3,a5
80401986:	0785                	add	a5,a5,1
80401988:	00f58833          	add	a6,a1,a5
8040198c:	00084803          	lbu	a6,0(a6)
80401990:	fe081ae3          	bnez	a6,80401984 <xs_write+0xe>
80401994:	00074783          	lbu	a5,0(a4)
80401998:	0689                	add	a3,a3,2
8040199a:	cf95                	beqz	a5,804019d6 <xs_write+0x60>
8040199c:	4781                	li	a5,0
8040199e:	0785                	add	a5,a5,1
804019a0:	00f70833          	add	a6,a4,a5
804019a4:	00084803          	lbu	a6,0(a6)
804019a8:	fe081be3          	bnez	a6,8040199e <xs_write+0x28>
804019ac:	00c10813          	add	a6,sp,12
804019b0:	862e                	mv	a2,a1
804019b2:	4891                	li	a7,4
804019b4:	45ad                	li	a1,11
804019b6:	00000097          	auipc	ra,0x0
804019ba:	bc8080e7          	jalr	-1080(ra) # 8040157e <xs_talk>
804019be:	40f2                	lw	ra,28(sp)
804019c0:	00152793          	slti	a5,a0,1
804019c4:	40f007b3          	neg	a5,a5
804019c8:	8d7d                	and	a0,a0,a5
804019ca:	6105                	add	sp,sp,32
804019cc:	8082                	ret
804019ce:	00074783          	lbu	a5,0(a4)
804019d2:	4685                	li	a3,1
804019d4:	f7e1                	bnez	a5,8040199c <xs_write+0x26>
804019d6:	4781                	li	a5,0
804019d8:	bfd1                	j	804019ac <xs_write+0x36>

804019da <xs_write_u32>:
804019da:	1101                	add	sp,sp,-32
804019dc:	87b2                	mv	a5,a2
804019de:	ce06                	sw	ra,28(sp)
804019e0:	00010723          	sb	zero,14(sp)
804019e4:	00e10613          	add	a2,sp,14
804019e8:	46a9                	li	a3,10
804019ea:	48a5                	li	a7,9
804019ec:	02d7f733          	remu	a4,a5,a3
804019f0:	167d                	add	a2,a2,-1
804019f2:	883e                	mv	a6,a5
804019f4:	03070713          	add	a4,a4,48
804019f8:	00e60023          	sb	a4,0(a2)
804019fc:	02d7d7b3          	divu	a5,a5,a3
80401a00:	ff08e6e3          	bltu	a7,a6,804019ec <xs_write_u32+0x12>
80401a04:	00000097          	auipc	ra,0x0
80401a08:	f72080e7          	jalr	-142(ra) # 80401976 <xs_write>
80401a0c:	40f2                	lw	ra,28(sp)
80401a0e:	6105                	add	sp,sp,32
80401a10:	8082                	ret

80401a12 <cons_event>:
80401a12:	8082                	ret

80401a14 <uni_console_drain>:
80401a14:	804077b7          	lui	a5,0x80407
80401a18:	0d07a783          	lw	a5,208(a5) # 804070d0 <ready>
80401a1c:	e391                	bnez	a5,80401a20 <uni_console_drain+0xc>
80401a1e:	8082                	ret
80401a20:	8041b537          	lui	a0,0x8041b
80401a24:	3d450513          	add	a0,a0,980 # 8041b3d4 <cons>
80401a28:	00000317          	auipc	t1,0x0
80401a2c:	a9430067          	jr	-1388(t1) # 804014bc <pvcons_drain>

80401a30 <uni_console_write>:
80401a30:	804077b7          	lui	a5,0x80407
80401a34:	0d07a703          	lw	a4,208(a5) # 804070d0 <ready>
80401a38:	862e                	mv	a2,a1
80401a3a:	cb11                	beqz	a4,80401a4e <uni_console_write+0x1e>
80401a3c:	85aa                	mv	a1,a0
80401a3e:	8041b537          	lui	a0,0x8041b
80401a42:	3d450513          	add	a0,a0,980 # 8041b3d4 <cons>
80401a46:	00000317          	auipc	t1,0x0
80401a4a:	a2c30067          	jr	-1492(t1) # 80401472 <pvcons_write>
80401a4e:	fffff317          	auipc	t1,0xfffff
80401a52:	e6430067          	jr	-412(t1) # 804008b2 <uni_early_write>

80401a56 <uni_console_read>:
80401a56:	c9cd                	beqz	a1,80401b08 <uni_console_read+0xb2>
80401a58:	804077b7          	lui	a5,0x80407
80401a5c:	0d07a783          	lw	a5,208(a5) # 804070d0 <ready>
80401a60:	1101                	add	sp,sp,-32
80401a62:	c64e                	sw	s3,12(sp)
80401a64:	ce06                	sw	ra,28(sp)
80401a66:	cc22                	sw	s0,24(sp)
80401a68:	ca26                	sw	s1,20(sp)
80401a6a:	c84a                	sw	s2,16(sp)
80401a6c:	c452                	sw	s4,8(sp)
80401a6e:	c256                	sw	s5,4(sp)
80401a70:	89aa                	mv	s3,a0
80401a72:	4501                	li	a0,0
80401a74:	cfa5                	beqz	a5,80401aec <uni_console_read+0x96>
80401a76:	892e                	mv	s2,a1
80401a78:	8041bab7          	lui	s5,0x8041b
80401a7c:	804074b7          	lui	s1,0x80407
80401a80:	80407437          	lui	s0,0x80407
80401a84:	8041ba37          	lui	s4,0x8041b
80401a88:	0c84a783          	lw	a5,200(s1) # 804070c8 <in_w>
80401a8c:	a819                	j	80401aa2 <uni_console_read+0x4c>
80401a8e:	0c042623          	sw	zero,204(s0) # 804070cc <in_r>
80401a92:	00000097          	auipc	ra,0x0
80401a96:	a70080e7          	jalr	-1424(ra) # 80401502 <pvcons_read>
80401a9a:	0ca4a423          	sw	a0,200(s1)
80401a9e:	87aa                	mv	a5,a0
80401aa0:	cd39                	beqz	a0,80401afe <uni_console_read+0xa8>
80401aa2:	0cc42703          	lw	a4,204(s0)
80401aa6:	04000613          	li	a2,64
80401aaa:	394a8593          	add	a1,s5,916 # 8041b394 <inbuf>
80401aae:	3d4a0513          	add	a0,s4,980 # 8041b3d4 <cons>
80401ab2:	fcf70ee3          	beq	a4,a5,80401a8e <uni_console_read+0x38>
80401ab6:	8041b837          	lui	a6,0x8041b
80401aba:	8f99                	sub	a5,a5,a4
80401abc:	863a                	mv	a2,a4
80401abe:	4501                	li	a0,0
80401ac0:	39480813          	add	a6,a6,916 # 8041b394 <inbuf>
80401ac4:	4891                	li	a7,4
80401ac6:	00a706b3          	add	a3,a4,a0
80401aca:	96c2                	add	a3,a3,a6
80401acc:	0006c683          	lbu	a3,0(a3)
80401ad0:	03168e63          	beq	a3,a7,80401b0c <uni_console_read+0xb6>
80401ad4:	0505                	add	a0,a0,1
80401ad6:	00a985b3          	add	a1,s3,a0
80401ada:	fed58fa3          	sb	a3,-1(a1)
80401ade:	0605                	add	a2,a2,1
80401ae0:	00a90463          	beq	s2,a0,80401ae8 <uni_console_read+0x92>
80401ae4:	fea791e3          	bne	a5,a0,80401ac6 <uni_console_read+0x70>
80401ae8:	0cc42623          	sw	a2,204(s0)
80401aec:	40f2                	lw	ra,28(sp)
80401aee:	4462                	lw	s0,24(sp)
80401af0:	44d2                	lw	s1,20(sp)
80401af2:	4942                	lw	s2,16(sp)
80401af4:	49b2                	lw	s3,12(sp)
80401af6:	4a22                	lw	s4,8(sp)
80401af8:	4a92                	lw	s5,4(sp)
80401afa:	6105                	add	sp,sp,32
80401afc:	8082                	ret
80401afe:	fffff097          	auipc	ra,0xfffff
80401b02:	7e2080e7          	jalr	2018(ra) # 804012e0 <pv_block>
80401b06:	b749                	j	80401a88 <uni_console_read+0x32>
80401b08:	4501                	li	a0,0
80401b0a:	8082                	ret
80401b0c:	00153793          	seqz	a5,a0
80401b10:	97b2                	add	a5,a5,a2
80401b12:	0cf42623          	sw	a5,204(s0)
80401b16:	bfd9                	j	80401aec <uni_console_read+0x96>

80401b18 <timer_event>:
80401b18:	8082                	ret

80401b1a <revoke_event>:
80401b1a:	7155                	add	sp,sp,-208
80401b1c:	804077b7          	lui	a5,0x80407
80401b20:	dd52                	sw	s4,184(sp)
80401b22:	0c07aa03          	lw	s4,192(a5) # 804070c0 <pv_shared_info>
80401b26:	db56                	sw	s5,180(sp)
80401b28:	c786                	sw	ra,204(sp)
80401b2a:	144a2a83          	lw	s5,324(s4)
80401b2e:	c5a2                	sw	s0,200(sp)
80401b30:	c3a6                	sw	s1,196(sp)
80401b32:	c1ca                	sw	s2,192(sp)
80401b34:	df4e                	sw	s3,188(sp)
80401b36:	d95a                	sw	s6,176(sp)
80401b38:	d75e                	sw	s7,172(sp)
80401b3a:	d562                	sw	s8,168(sp)
80401b3c:	d366                	sw	s9,164(sp)
80401b3e:	d16a                	sw	s10,160(sp)
80401b40:	cf6e                	sw	s11,156(sp)
80401b42:	0220000f          	fence	r,r
80401b46:	80407737          	lui	a4,0x80407
80401b4a:	0e472783          	lw	a5,228(a4) # 804070e4 <revoke_seen>
80401b4e:	148a2b83          	lw	s7,328(s4)
80401b52:	03578263          	beq	a5,s5,80401b76 <revoke_event+0x5c>
80401b56:	8041bdb7          	lui	s11,0x8041b
80401b5a:	3e0d8d93          	add	s11,s11,992 # 8041b3e0 <revoke_stats>
80401b5e:	000da783          	lw	a5,0(s11)
80401b62:	804076b7          	lui	a3,0x80407
80401b66:	0986a683          	lw	a3,152(a3) # 80407098 <cooperate>
80401b6a:	0785                	add	a5,a5,1
80401b6c:	0f572223          	sw	s5,228(a4)
80401b70:	00fda023          	sw	a5,0(s11)
80401b74:	e6e9                	bnez	a3,80401c3e <revoke_event+0x124>
80401b76:	80407737          	lui	a4,0x80407
80401b7a:	154a2683          	lw	a3,340(s4)
80401b7e:	0e072783          	lw	a5,224(a4) # 804070e0 <revoked_seen>
80401b82:	08d78f63          	beq	a5,a3,80401c20 <revoke_event+0x106>
80401b86:	8041bdb7          	lui	s11,0x8041b
80401b8a:	3e0d8d93          	add	s11,s11,992 # 8041b3e0 <revoke_stats>
80401b8e:	008da783          	lw	a5,8(s11)
80401b92:	0ed72023          	sw	a3,224(a4)
80401b96:	0785                	add	a5,a5,1
80401b98:	00fda423          	sw	a5,8(s11)
80401b9c:	0220000f          	fence	r,r
80401ba0:	158a2b03          	lw	s6,344(s4)
80401ba4:	060b0e63          	beqz	s6,80401c20 <revoke_event+0x106>
80401ba8:	8041bab7          	lui	s5,0x8041b
80401bac:	8041ccb7          	lui	s9,0x8041c
80401bb0:	15ca0a13          	add	s4,s4,348
80401bb4:	4981                	li	s3,0
80401bb6:	3f4a8a93          	add	s5,s5,1012 # 8041b3f4 <slot_mfn>
80401bba:	3f4c8c93          	add	s9,s9,1012 # 8041c3f4 <argv.1>
80401bbe:	80407bb7          	lui	s7,0x80407
80401bc2:	80407937          	lui	s2,0x80407
80401bc6:	6d05                	lui	s10,0x1
80401bc8:	000a2c03          	lw	s8,0(s4)
80401bcc:	8456                	mv	s0,s5
80401bce:	f00004b7          	lui	s1,0xf0000
80401bd2:	a029                	j	80401bdc <revoke_event+0xc2>
80401bd4:	0411                	add	s0,s0,4
80401bd6:	94ea                	add	s1,s1,s10
80401bd8:	028c8c63          	beq	s9,s0,80401c10 <revoke_event+0xf6>
80401bdc:	401c                	lw	a5,0(s0)
80401bde:	ff879be3          	bne	a5,s8,80401bd4 <revoke_event+0xba>
80401be2:	0f0ba703          	lw	a4,240(s7) # 804070f0 <slots_used>
80401be6:	010da783          	lw	a5,16(s11)
80401bea:	0ec92683          	lw	a3,236(s2) # 804070ec <revoke_hook>
80401bee:	177d                	add	a4,a4,-1
80401bf0:	0785                	add	a5,a5,1
80401bf2:	00042023          	sw	zero,0(s0)
80401bf6:	0eeba823          	sw	a4,240(s7)
80401bfa:	00fda823          	sw	a5,16(s11)
80401bfe:	8526                	mv	a0,s1
80401c00:	4605                	li	a2,1
80401c02:	85e2                	mv	a1,s8
80401c04:	dae1                	beqz	a3,80401bd4 <revoke_event+0xba>
80401c06:	0411                	add	s0,s0,4
80401c08:	9682                	jalr	a3
80401c0a:	94ea                	add	s1,s1,s10
80401c0c:	fc8c98e3          	bne	s9,s0,80401bdc <revoke_event+0xc2>
80401c10:	0985                	add	s3,s3,1
80401c12:	013b0763          	beq	s6,s3,80401c20 <revoke_event+0x106>
80401c16:	02000793          	li	a5,32
80401c1a:	0a11                	add	s4,s4,4
80401c1c:	faf996e3          	bne	s3,a5,80401bc8 <revoke_event+0xae>
80401c20:	40be                	lw	ra,204(sp)
80401c22:	442e                	lw	s0,200(sp)
80401c24:	449e                	lw	s1,196(sp)
80401c26:	490e                	lw	s2,192(sp)
80401c28:	59fa                	lw	s3,188(sp)
80401c2a:	5a6a                	lw	s4,184(sp)
80401c2c:	5ada                	lw	s5,180(sp)
80401c2e:	5b4a                	lw	s6,176(sp)
80401c30:	5bba                	lw	s7,172(sp)
80401c32:	5c2a                	lw	s8,168(sp)
80401c34:	5c9a                	lw	s9,164(sp)
80401c36:	5d0a                	lw	s10,160(sp)
80401c38:	4dfa                	lw	s11,156(sp)
80401c3a:	6169                	add	sp,sp,208
80401c3c:	8082                	ret
80401c3e:	f20b8ce3          	beqz	s7,80401b76 <revoke_event+0x5c>
80401c42:	8041c937          	lui	s2,0x8041c
80401c46:	6485                	lui	s1,0x1
80401c48:	6b21                	lui	s6,0x8
80401c4a:	3f090913          	add	s2,s2,1008 # 8041c3f0 <slot_mfn+0xffc>
80401c4e:	f03ff9b7          	lui	s3,0xf03ff
80401c52:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
80401c54:	4401                	li	s0,0
80401c56:	7d7d                	lui	s10,0xfffff
80401c58:	80407e37          	lui	t3,0x80407
80401c5c:	80407337          	lui	t1,0x80407
80401c60:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80401c62:	80407cb7          	lui	s9,0x80407
80401c66:	02000813          	li	a6,32
80401c6a:	00092c03          	lw	s8,0(s2)
80401c6e:	060c0a63          	beqz	s8,80401ce2 <revoke_event+0x1c8>
80401c72:	0ece2783          	lw	a5,236(t3) # 804070ec <revoke_hook>
80401c76:	cb99                	beqz	a5,80401c8c <revoke_event+0x172>
80401c78:	4601                	li	a2,0
80401c7a:	85e2                	mv	a1,s8
80401c7c:	854e                	mv	a0,s3
80401c7e:	9782                	jalr	a5
80401c80:	02000813          	li	a6,32
80401c84:	80407337          	lui	t1,0x80407
80401c88:	80407e37          	lui	t3,0x80407
80401c8c:	0f432783          	lw	a5,244(t1) # 804070f4 <window_l1>
80401c90:	c402                	sw	zero,8(sp)
80401c92:	0048                	add	a0,sp,4
80401c94:	07b2                	sll	a5,a5,0xc
80401c96:	8fc5                	or	a5,a5,s1
80401c98:	c23e                	sw	a5,4(sp)
80401c9a:	4585                	li	a1,1
80401c9c:	4601                	li	a2,0
80401c9e:	86da                	mv	a3,s6
80401ca0:	4885                	li	a7,1
80401ca2:	00000073          	ecall
80401ca6:	ed15                	bnez	a0,80401ce2 <revoke_event+0x1c8>
80401ca8:	0f0ca703          	lw	a4,240(s9) # 804070f0 <slots_used>
80401cac:	00241793          	sll	a5,s0,0x2
80401cb0:	09078793          	add	a5,a5,144
80401cb4:	978a                	add	a5,a5,sp
80401cb6:	177d                	add	a4,a4,-1
80401cb8:	f987a023          	sw	s8,-128(a5)
80401cbc:	00092023          	sw	zero,0(s2)
80401cc0:	0eeca823          	sw	a4,240(s9)
80401cc4:	00140793          	add	a5,s0,1
80401cc8:	c48d                	beqz	s1,80401cf2 <revoke_event+0x1d8>
80401cca:	0377f463          	bgeu	a5,s7,80401cf2 <revoke_event+0x1d8>
80401cce:	1971                	add	s2,s2,-4
80401cd0:	14f1                	add	s1,s1,-4
80401cd2:	99ea                	add	s3,s3,s10
80401cd4:	03078063          	beq	a5,a6,80401cf4 <revoke_event+0x1da>
80401cd8:	00092c03          	lw	s8,0(s2)
80401cdc:	843e                	mv	s0,a5
80401cde:	f80c1ae3          	bnez	s8,80401c72 <revoke_event+0x158>
80401ce2:	c499                	beqz	s1,80401cf0 <revoke_event+0x1d6>
80401ce4:	01747663          	bgeu	s0,s7,80401cf0 <revoke_event+0x1d6>
80401ce8:	1971                	add	s2,s2,-4
80401cea:	14f1                	add	s1,s1,-4
80401cec:	99ea                	add	s3,s3,s10
80401cee:	bfb5                	j	80401c6a <revoke_event+0x150>
80401cf0:	87a2                	mv	a5,s0
80401cf2:	cf81                	beqz	a5,80401d0a <revoke_event+0x1f0>
80401cf4:	0818                	add	a4,sp,16
80401cf6:	c23e                	sw	a5,4(sp)
80401cf8:	c43a                	sw	a4,8(sp)
80401cfa:	c602                	sw	zero,12(sp)
80401cfc:	4505                	li	a0,1
80401cfe:	004c                	add	a1,sp,4
80401d00:	03000893          	li	a7,48
80401d04:	00000073          	ecall
80401d08:	cd19                	beqz	a0,80401d26 <revoke_event+0x20c>
80401d0a:	450d                	li	a0,3
80401d0c:	85d6                	mv	a1,s5
80401d0e:	03000893          	li	a7,48
80401d12:	00000073          	ecall
80401d16:	e60510e3          	bnez	a0,80401b76 <revoke_event+0x5c>
80401d1a:	004da783          	lw	a5,4(s11)
80401d1e:	0785                	add	a5,a5,1
80401d20:	00fda223          	sw	a5,4(s11)
80401d24:	bd89                	j	80401b76 <revoke_event+0x5c>
80401d26:	00cda703          	lw	a4,12(s11)
80401d2a:	97ba                	add	a5,a5,a4
80401d2c:	00fda623          	sw	a5,12(s11)
80401d30:	bfe9                	j	80401d0a <revoke_event+0x1f0>

80401d32 <uni_page_alloc>:
80401d32:	1141                	add	sp,sp,-16
80401d34:	804077b7          	lui	a5,0x80407
80401d38:	c422                	sw	s0,8(sp)
80401d3a:	10c7a403          	lw	s0,268(a5) # 8040710c <free_list>
80401d3e:	c606                	sw	ra,12(sp)
80401d40:	c005                	beqz	s0,80401d60 <uni_page_alloc+0x2e>
80401d42:	4018                	lw	a4,0(s0)
80401d44:	10e7a623          	sw	a4,268(a5)
80401d48:	6605                	lui	a2,0x1
80401d4a:	4581                	li	a1,0
80401d4c:	8522                	mv	a0,s0
80401d4e:	00001097          	auipc	ra,0x1
80401d52:	cfe080e7          	jalr	-770(ra) # 80402a4c <memset>
80401d56:	40b2                	lw	ra,12(sp)
80401d58:	8522                	mv	a0,s0
80401d5a:	4422                	lw	s0,8(sp)
80401d5c:	0141                	add	sp,sp,16
80401d5e:	8082                	ret
80401d60:	804077b7          	lui	a5,0x80407
80401d64:	804076b7          	lui	a3,0x80407
80401d68:	1087a703          	lw	a4,264(a5) # 80407108 <low_next>
80401d6c:	1046a683          	lw	a3,260(a3) # 80407104 <low_end>
80401d70:	02d76463          	bltu	a4,a3,80401d98 <uni_page_alloc+0x66>
80401d74:	80407737          	lui	a4,0x80407
80401d78:	804077b7          	lui	a5,0x80407
80401d7c:	0f872603          	lw	a2,248(a4) # 804070f8 <top>
80401d80:	0fc7a783          	lw	a5,252(a5) # 804070fc <brk>
80401d84:	6685                	lui	a3,0x1
80401d86:	40f607b3          	sub	a5,a2,a5
80401d8a:	fcd7e6e3          	bltu	a5,a3,80401d56 <uni_page_alloc+0x24>
80401d8e:	40d60433          	sub	s0,a2,a3
80401d92:	0e872c23          	sw	s0,248(a4)
80401d96:	bf4d                	j	80401d48 <uni_page_alloc+0x16>
80401d98:	843a                	mv	s0,a4
80401d9a:	6705                	lui	a4,0x1
80401d9c:	9722                	add	a4,a4,s0
80401d9e:	10e7a423          	sw	a4,264(a5)
80401da2:	b75d                	j	80401d48 <uni_page_alloc+0x16>

80401da4 <uni_posix_mount>:
80401da4:	804077b7          	lui	a5,0x80407
80401da8:	10a7a823          	sw	a0,272(a5) # 80407110 <fs>
80401dac:	8082                	ret

80401dae <write>:
80401dae:	1141                	add	sp,sp,-16
80401db0:	c606                	sw	ra,12(sp)
80401db2:	c422                	sw	s0,8(sp)
80401db4:	47bd                	li	a5,15
80401db6:	00a7eb63          	bltu	a5,a0,80401dcc <write+0x1e>
80401dba:	80407737          	lui	a4,0x80407
80401dbe:	00070713          	mv	a4,a4
80401dc2:	00351793          	sll	a5,a0,0x3
80401dc6:	97ba                	add	a5,a5,a4
80401dc8:	4398                	lw	a4,0(a5)
80401dca:	ef11                	bnez	a4,80401de6 <write+0x38>
80401dcc:	4725                	li	a4,9
80401dce:	000007b7          	lui	a5,0x0
80401dd2:	004787b3          	add	a5,a5,tp
80401dd6:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401dda:	547d                	li	s0,-1
80401ddc:	40b2                	lw	ra,12(sp)
80401dde:	8522                	mv	a0,s0
80401de0:	4422                	lw	s0,8(sp)
80401de2:	0141                	add	sp,sp,16
80401de4:	8082                	ret
80401de6:	8432                	mv	s0,a2
80401de8:	04064663          	bltz	a2,80401e34 <write+0x86>
80401dec:	4505                	li	a0,1
80401dee:	02a70b63          	beq	a4,a0,80401e24 <write+0x76>
80401df2:	80407737          	lui	a4,0x80407
80401df6:	11072703          	lw	a4,272(a4) # 80407110 <fs>
80401dfa:	43c8                	lw	a0,4(a5)
80401dfc:	475c                	lw	a5,12(a4)
80401dfe:	9782                	jalr	a5
80401e00:	842a                	mv	s0,a0
80401e02:	fc055de3          	bgez	a0,80401ddc <write+0x2e>
80401e06:	fff54413          	not	s0,a0
80401e0a:	02500793          	li	a5,37
80401e0e:	4715                	li	a4,5
80401e10:	fa87efe3          	bltu	a5,s0,80401dce <write+0x20>
80401e14:	804067b7          	lui	a5,0x80406
80401e18:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.42>
80401e1c:	97a2                	add	a5,a5,s0
80401e1e:	00078703          	lb	a4,0(a5)
80401e22:	b775                	j	80401dce <write+0x20>
80401e24:	86ae                	mv	a3,a1
80401e26:	8536                	mv	a0,a3
80401e28:	85b2                	mv	a1,a2
80401e2a:	00000097          	auipc	ra,0x0
80401e2e:	c06080e7          	jalr	-1018(ra) # 80401a30 <uni_console_write>
80401e32:	b76d                	j	80401ddc <write+0x2e>
80401e34:	4759                	li	a4,22
80401e36:	bf61                	j	80401dce <write+0x20>

80401e38 <read>:
80401e38:	47bd                	li	a5,15
80401e3a:	02a7ee63          	bltu	a5,a0,80401e76 <read+0x3e>
80401e3e:	804076b7          	lui	a3,0x80407
80401e42:	00068693          	mv	a3,a3
80401e46:	00351793          	sll	a5,a0,0x3
80401e4a:	97b6                	add	a5,a5,a3
80401e4c:	4394                	lw	a3,0(a5)
80401e4e:	c685                	beqz	a3,80401e76 <read+0x3e>
80401e50:	04064363          	bltz	a2,80401e96 <read+0x5e>
80401e54:	4505                	li	a0,1
80401e56:	02a68963          	beq	a3,a0,80401e88 <read+0x50>
80401e5a:	80407737          	lui	a4,0x80407
80401e5e:	11072703          	lw	a4,272(a4) # 80407110 <fs>
80401e62:	43c8                	lw	a0,4(a5)
80401e64:	1141                	add	sp,sp,-16
80401e66:	471c                	lw	a5,8(a4)
80401e68:	c606                	sw	ra,12(sp)
80401e6a:	9782                	jalr	a5
80401e6c:	02054763          	bltz	a0,80401e9a <read+0x62>
80401e70:	40b2                	lw	ra,12(sp)
80401e72:	0141                	add	sp,sp,16
80401e74:	8082                	ret
80401e76:	4725                	li	a4,9
80401e78:	000007b7          	lui	a5,0x0
80401e7c:	004787b3          	add	a5,a5,tp
80401e80:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401e84:	557d                	li	a0,-1
80401e86:	8082                	ret
80401e88:	882e                	mv	a6,a1
80401e8a:	8542                	mv	a0,a6
80401e8c:	85b2                	mv	a1,a2
80401e8e:	00000317          	auipc	t1,0x0
80401e92:	bc830067          	jr	-1080(t1) # 80401a56 <uni_console_read>
80401e96:	4759                	li	a4,22
80401e98:	b7c5                	j	80401e78 <read+0x40>
80401e9a:	fff54513          	not	a0,a0
80401e9e:	02500793          	li	a5,37
80401ea2:	4715                	li	a4,5
80401ea4:	00a7e963          	bltu	a5,a0,80401eb6 <read+0x7e>
80401ea8:	804067b7          	lui	a5,0x80406
80401eac:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.42>
80401eb0:	97aa                	add	a5,a5,a0
80401eb2:	00078703          	lb	a4,0(a5)
80401eb6:	40b2                	lw	ra,12(sp)
80401eb8:	000007b7          	lui	a5,0x0
80401ebc:	004787b3          	add	a5,a5,tp
80401ec0:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401ec4:	557d                	li	a0,-1
80401ec6:	0141                	add	sp,sp,16
80401ec8:	8082                	ret

80401eca <open>:
80401eca:	7179                	add	sp,sp,-48
80401ecc:	c422                	sw	s0,8(sp)
80401ece:	6405                	lui	s0,0x1
80401ed0:	80040413          	add	s0,s0,-2048 # 800 <errno+0x800>
80401ed4:	c606                	sw	ra,12(sp)
80401ed6:	c226                	sw	s1,4(sp)
80401ed8:	cc32                	sw	a2,24(sp)
80401eda:	ce36                	sw	a3,28(sp)
80401edc:	d03a                	sw	a4,32(sp)
80401ede:	d23e                	sw	a5,36(sp)
80401ee0:	d442                	sw	a6,40(sp)
80401ee2:	d646                	sw	a7,44(sp)
80401ee4:	8c6d                	and	s0,s0,a1
80401ee6:	e849                	bnez	s0,80401f78 <open+0xae>
80401ee8:	0035f793          	and	a5,a1,3
80401eec:	470d                	li	a4,3
80401eee:	08e78563          	beq	a5,a4,80401f78 <open+0xae>
80401ef2:	804077b7          	lui	a5,0x80407
80401ef6:	1107a603          	lw	a2,272(a5) # 80407110 <fs>
80401efa:	ce2d                	beqz	a2,80401f74 <open+0xaa>
80401efc:	804077b7          	lui	a5,0x80407
80401f00:	00078493          	mv	s1,a5
80401f04:	46c1                	li	a3,16
80401f06:	00078793          	mv	a5,a5
80401f0a:	4398                	lw	a4,0(a5)
80401f0c:	07a1                	add	a5,a5,8 # 80407008 <fds+0x8>
80401f0e:	c315                	beqz	a4,80401f32 <open+0x68>
80401f10:	0405                	add	s0,s0,1
80401f12:	fed41ce3          	bne	s0,a3,80401f0a <open+0x40>
80401f16:	47e1                	li	a5,24
80401f18:	547d                	li	s0,-1
80401f1a:	40b2                	lw	ra,12(sp)
80401f1c:	8522                	mv	a0,s0
80401f1e:	00000737          	lui	a4,0x0
80401f22:	4422                	lw	s0,8(sp)
80401f24:	00470733          	add	a4,a4,tp
80401f28:	00f72023          	sw	a5,0(a4) # 0 <errno>
80401f2c:	4492                	lw	s1,4(sp)
80401f2e:	6145                	add	sp,sp,48
80401f30:	8082                	ret
80401f32:	421c                	lw	a5,0(a2)
80401f34:	6435f593          	and	a1,a1,1603
80401f38:	9782                	jalr	a5
80401f3a:	00054e63          	bltz	a0,80401f56 <open+0x8c>
80401f3e:	00341793          	sll	a5,s0,0x3
80401f42:	97a6                	add	a5,a5,s1
80401f44:	40b2                	lw	ra,12(sp)
80401f46:	c3c8                	sw	a0,4(a5)
80401f48:	8522                	mv	a0,s0
80401f4a:	4422                	lw	s0,8(sp)
80401f4c:	4709                	li	a4,2
80401f4e:	c398                	sw	a4,0(a5)
80401f50:	4492                	lw	s1,4(sp)
80401f52:	6145                	add	sp,sp,48
80401f54:	8082                	ret
80401f56:	fff54513          	not	a0,a0
80401f5a:	02500713          	li	a4,37
80401f5e:	4795                	li	a5,5
80401f60:	faa76ce3          	bltu	a4,a0,80401f18 <open+0x4e>
80401f64:	804067b7          	lui	a5,0x80406
80401f68:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.42>
80401f6c:	97aa                	add	a5,a5,a0
80401f6e:	00078783          	lb	a5,0(a5)
80401f72:	b75d                	j	80401f18 <open+0x4e>
80401f74:	4789                	li	a5,2
80401f76:	b74d                	j	80401f18 <open+0x4e>
80401f78:	47d9                	li	a5,22
80401f7a:	bf79                	j	80401f18 <open+0x4e>

80401f7c <close>:
80401f7c:	47bd                	li	a5,15
80401f7e:	02a7e163          	bltu	a5,a0,80401fa0 <close+0x24>
80401f82:	804077b7          	lui	a5,0x80407
80401f86:	050e                	sll	a0,a0,0x3
80401f88:	00078793          	mv	a5,a5
80401f8c:	97aa                	add	a5,a5,a0
80401f8e:	4398                	lw	a4,0(a5)
80401f90:	cb01                	beqz	a4,80401fa0 <close+0x24>
80401f92:	0007a023          	sw	zero,0(a5) # 80407000 <fds>
80401f96:	4689                	li	a3,2
80401f98:	00d70d63          	beq	a4,a3,80401fb2 <close+0x36>
80401f9c:	4501                	li	a0,0
80401f9e:	8082                	ret
80401fa0:	000007b7          	lui	a5,0x0
80401fa4:	4725                	li	a4,9
80401fa6:	004787b3          	add	a5,a5,tp
80401faa:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401fae:	557d                	li	a0,-1
80401fb0:	8082                	ret
80401fb2:	80407737          	lui	a4,0x80407
80401fb6:	11072703          	lw	a4,272(a4) # 80407110 <fs>
80401fba:	43c8                	lw	a0,4(a5)
80401fbc:	1141                	add	sp,sp,-16
80401fbe:	435c                	lw	a5,4(a4)
80401fc0:	c606                	sw	ra,12(sp)
80401fc2:	9782                	jalr	a5
80401fc4:	00054563          	bltz	a0,80401fce <close+0x52>
80401fc8:	40b2                	lw	ra,12(sp)
80401fca:	0141                	add	sp,sp,16
80401fcc:	8082                	ret
80401fce:	fff54513          	not	a0,a0
80401fd2:	02500793          	li	a5,37
80401fd6:	4715                	li	a4,5
80401fd8:	00a7e963          	bltu	a5,a0,80401fea <close+0x6e>
80401fdc:	804067b7          	lui	a5,0x80406
80401fe0:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.42>
80401fe4:	97aa                	add	a5,a5,a0
80401fe6:	00078703          	lb	a4,0(a5)
80401fea:	40b2                	lw	ra,12(sp)
80401fec:	000007b7          	lui	a5,0x0
80401ff0:	004787b3          	add	a5,a5,tp
80401ff4:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401ff8:	557d                	li	a0,-1
80401ffa:	0141                	add	sp,sp,16
80401ffc:	8082                	ret

80401ffe <lseek>:
80401ffe:	47bd                	li	a5,15
80402000:	00a7ea63          	bltu	a5,a0,80402014 <lseek+0x16>
80402004:	804077b7          	lui	a5,0x80407
80402008:	050e                	sll	a0,a0,0x3
8040200a:	00078793          	mv	a5,a5
8040200e:	97aa                	add	a5,a5,a0
80402010:	4398                	lw	a4,0(a5)
80402012:	eb11                	bnez	a4,80402026 <lseek+0x28>
80402014:	4725                	li	a4,9
80402016:	000007b7          	lui	a5,0x0
8040201a:	004787b3          	add	a5,a5,tp
8040201e:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402022:	557d                	li	a0,-1
80402024:	8082                	ret
80402026:	4689                	li	a3,2
80402028:	02d71063          	bne	a4,a3,80402048 <lseek+0x4a>
8040202c:	80407737          	lui	a4,0x80407
80402030:	11072703          	lw	a4,272(a4) # 80407110 <fs>
80402034:	43c8                	lw	a0,4(a5)
80402036:	1141                	add	sp,sp,-16
80402038:	4b1c                	lw	a5,16(a4)
8040203a:	c606                	sw	ra,12(sp)
8040203c:	9782                	jalr	a5
8040203e:	00054763          	bltz	a0,8040204c <lseek+0x4e>
80402042:	40b2                	lw	ra,12(sp)
80402044:	0141                	add	sp,sp,16
80402046:	8082                	ret
80402048:	4759                	li	a4,22
8040204a:	b7f1                	j	80402016 <lseek+0x18>
8040204c:	fff54513          	not	a0,a0
80402050:	02500793          	li	a5,37
80402054:	4715                	li	a4,5
80402056:	00a7e963          	bltu	a5,a0,80402068 <lseek+0x6a>
8040205a:	804067b7          	lui	a5,0x80406
8040205e:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.42>
80402062:	97aa                	add	a5,a5,a0
80402064:	00078703          	lb	a4,0(a5)
80402068:	40b2                	lw	ra,12(sp)
8040206a:	000007b7          	lui	a5,0x0
8040206e:	004787b3          	add	a5,a5,tp
80402072:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402076:	557d                	li	a0,-1
80402078:	0141                	add	sp,sp,16
8040207a:	8082                	ret

8040207c <unlink>:
8040207c:	804077b7          	lui	a5,0x80407
80402080:	1107a783          	lw	a5,272(a5) # 80407110 <fs>
80402084:	cb91                	beqz	a5,80402098 <unlink+0x1c>
80402086:	4bdc                	lw	a5,20(a5)
80402088:	1141                	add	sp,sp,-16
8040208a:	c606                	sw	ra,12(sp)
8040208c:	9782                	jalr	a5
8040208e:	00054e63          	bltz	a0,804020aa <unlink+0x2e>
80402092:	40b2                	lw	ra,12(sp)
80402094:	0141                	add	sp,sp,16
80402096:	8082                	ret
80402098:	000007b7          	lui	a5,0x0
8040209c:	4709                	li	a4,2
8040209e:	004787b3          	add	a5,a5,tp
804020a2:	00e7a023          	sw	a4,0(a5) # 0 <errno>
804020a6:	557d                	li	a0,-1
804020a8:	8082                	ret
804020aa:	fff54513          	not	a0,a0
804020ae:	02500793          	li	a5,37
804020b2:	4715                	li	a4,5
804020b4:	00a7fc63          	bgeu	a5,a0,804020cc <unlink+0x50>
804020b8:	40b2                	lw	ra,12(sp)
804020ba:	000007b7          	lui	a5,0x0
804020be:	004787b3          	add	a5,a5,tp
804020c2:	00e7a023          	sw	a4,0(a5) # 0 <errno>
804020c6:	557d                	li	a0,-1
804020c8:	0141                	add	sp,sp,16
804020ca:	8082                	ret
804020cc:	804067b7          	lui	a5,0x80406
804020d0:	62c78793          	add	a5,a5,1580 # 8040662c <CSWTCH.42>
804020d4:	97aa                	add	a5,a5,a0
804020d6:	00078703          	lb	a4,0(a5)
804020da:	bff9                	j	804020b8 <unlink+0x3c>

804020dc <uni_main>:
804020dc:	1141                	add	sp,sp,-16
804020de:	c606                	sw	ra,12(sp)
804020e0:	c422                	sw	s0,8(sp)
804020e2:	8041c837          	lui	a6,0x8041c
804020e6:	00054603          	lbu	a2,0(a0)
804020ea:	872a                	mv	a4,a0
804020ec:	02000693          	li	a3,32
804020f0:	4501                	li	a0,0
804020f2:	45a5                	li	a1,9
804020f4:	3f480813          	add	a6,a6,1012 # 8041c3f4 <argv.1>
804020f8:	02d60b63          	beq	a2,a3,8040212e <uni_main+0x52>
804020fc:	02b60963          	beq	a2,a1,8040212e <uni_main+0x52>
80402100:	c231                	beqz	a2,80402144 <uni_main+0x68>
80402102:	06d50a63          	beq	a0,a3,80402176 <uni_main+0x9a>
80402106:	00251793          	sll	a5,a0,0x2
8040210a:	97c2                	add	a5,a5,a6
8040210c:	c398                	sw	a4,0(a5)
8040210e:	00074603          	lbu	a2,0(a4)
80402112:	0505                	add	a0,a0,1
80402114:	87b2                	mv	a5,a2
80402116:	d26d                	beqz	a2,804020f8 <uni_main+0x1c>
80402118:	02d78363          	beq	a5,a3,8040213e <uni_main+0x62>
8040211c:	02b78163          	beq	a5,a1,8040213e <uni_main+0x62>
80402120:	00174783          	lbu	a5,1(a4)
80402124:	0705                	add	a4,a4,1
80402126:	fbed                	bnez	a5,80402118 <uni_main+0x3c>
80402128:	4601                	li	a2,0
8040212a:	fcd619e3          	bne	a2,a3,804020fc <uni_main+0x20>
8040212e:	00170793          	add	a5,a4,1
80402132:	00174603          	lbu	a2,1(a4)
80402136:	00070023          	sb	zero,0(a4)
8040213a:	873e                	mv	a4,a5
8040213c:	bf75                	j	804020f8 <uni_main+0x1c>
8040213e:	00074603          	lbu	a2,0(a4)
80402142:	bf5d                	j	804020f8 <uni_main+0x1c>
80402144:	8041c5b7          	lui	a1,0x8041c
80402148:	3f458713          	add	a4,a1,1012 # 8041c3f4 <argv.1>
8040214c:	00251793          	sll	a5,a0,0x2
80402150:	97ba                	add	a5,a5,a4
80402152:	3f458593          	add	a1,a1,1012
80402156:	0007a023          	sw	zero,0(a5)
8040215a:	ffffe097          	auipc	ra,0xffffe
8040215e:	f46080e7          	jalr	-186(ra) # 804000a0 <main>
80402162:	842a                	mv	s0,a0
80402164:	00000097          	auipc	ra,0x0
80402168:	0f0080e7          	jalr	240(ra) # 80402254 <ulib_flush_stdout>
8040216c:	40b2                	lw	ra,12(sp)
8040216e:	8522                	mv	a0,s0
80402170:	4422                	lw	s0,8(sp)
80402172:	0141                	add	sp,sp,16
80402174:	8082                	ret
80402176:	80406537          	lui	a0,0x80406
8040217a:	65450513          	add	a0,a0,1620 # 80406654 <msg.0>
8040217e:	45e1                	li	a1,24
80402180:	00000097          	auipc	ra,0x0
80402184:	8b0080e7          	jalr	-1872(ra) # 80401a30 <uni_console_write>
80402188:	4409                	li	s0,2
8040218a:	40b2                	lw	ra,12(sp)
8040218c:	8522                	mv	a0,s0
8040218e:	4422                	lw	s0,8(sp)
80402190:	0141                	add	sp,sp,16
80402192:	8082                	ret

80402194 <stdout_flush>:
80402194:	1141                	add	sp,sp,-16
80402196:	c04a                	sw	s2,0(sp)
80402198:	80407937          	lui	s2,0x80407
8040219c:	c422                	sw	s0,8(sp)
8040219e:	11492403          	lw	s0,276(s2) # 80407114 <out_len>
804021a2:	c606                	sw	ra,12(sp)
804021a4:	c226                	sw	s1,4(sp)
804021a6:	c015                	beqz	s0,804021ca <stdout_flush+0x36>
804021a8:	8041c4b7          	lui	s1,0x8041c
804021ac:	47848493          	add	s1,s1,1144 # 8041c478 <out_buf>
804021b0:	a019                	j	804021b6 <stdout_flush+0x22>
804021b2:	94aa                	add	s1,s1,a0
804021b4:	c819                	beqz	s0,804021ca <stdout_flush+0x36>
804021b6:	8622                	mv	a2,s0
804021b8:	85a6                	mv	a1,s1
804021ba:	4505                	li	a0,1
804021bc:	00000097          	auipc	ra,0x0
804021c0:	bf2080e7          	jalr	-1038(ra) # 80401dae <write>
804021c4:	8c09                	sub	s0,s0,a0
804021c6:	fea046e3          	bgtz	a0,804021b2 <stdout_flush+0x1e>
804021ca:	40b2                	lw	ra,12(sp)
804021cc:	4422                	lw	s0,8(sp)
804021ce:	10092a23          	sw	zero,276(s2)
804021d2:	4492                	lw	s1,4(sp)
804021d4:	4902                	lw	s2,0(sp)
804021d6:	4501                	li	a0,0
804021d8:	0141                	add	sp,sp,16
804021da:	8082                	ret

804021dc <stdout_put>:
804021dc:	1101                	add	sp,sp,-32
804021de:	c64e                	sw	s3,12(sp)
804021e0:	804079b7          	lui	s3,0x80407
804021e4:	1149a783          	lw	a5,276(s3) # 80407114 <out_len>
804021e8:	ca26                	sw	s1,20(sp)
804021ea:	8041c4b7          	lui	s1,0x8041c
804021ee:	47848493          	add	s1,s1,1144 # 8041c478 <out_buf>
804021f2:	cc22                	sw	s0,24(sp)
804021f4:	c84a                	sw	s2,16(sp)
804021f6:	00178413          	add	s0,a5,1
804021fa:	ce06                	sw	ra,28(sp)
804021fc:	97a6                	add	a5,a5,s1
804021fe:	00a78023          	sb	a0,0(a5)
80402202:	1089aa23          	sw	s0,276(s3)
80402206:	47a9                	li	a5,10
80402208:	892a                	mv	s2,a0
8040220a:	00f50e63          	beq	a0,a5,80402226 <stdout_put+0x4a>
8040220e:	20000793          	li	a5,512
80402212:	00f40b63          	beq	s0,a5,80402228 <stdout_put+0x4c>
80402216:	40f2                	lw	ra,28(sp)
80402218:	4462                	lw	s0,24(sp)
8040221a:	44d2                	lw	s1,20(sp)
8040221c:	49b2                	lw	s3,12(sp)
8040221e:	854a                	mv	a0,s2
80402220:	4942                	lw	s2,16(sp)
80402222:	6105                	add	sp,sp,32
80402224:	8082                	ret
80402226:	cc09                	beqz	s0,80402240 <stdout_put+0x64>
80402228:	8622                	mv	a2,s0
8040222a:	85a6                	mv	a1,s1
8040222c:	4505                	li	a0,1
8040222e:	00000097          	auipc	ra,0x0
80402232:	b80080e7          	jalr	-1152(ra) # 80401dae <write>
80402236:	8c09                	sub	s0,s0,a0
80402238:	00a05463          	blez	a0,80402240 <stdout_put+0x64>
8040223c:	94aa                	add	s1,s1,a0
8040223e:	f46d                	bnez	s0,80402228 <stdout_put+0x4c>
80402240:	40f2                	lw	ra,28(sp)
80402242:	4462                	lw	s0,24(sp)
80402244:	1009aa23          	sw	zero,276(s3)
80402248:	44d2                	lw	s1,20(sp)
8040224a:	49b2                	lw	s3,12(sp)
8040224c:	854a                	mv	a0,s2
8040224e:	4942                	lw	s2,16(sp)
80402250:	6105                	add	sp,sp,32
80402252:	8082                	ret

80402254 <ulib_flush_stdout>:
80402254:	1141                	add	sp,sp,-16
80402256:	c04a                	sw	s2,0(sp)
80402258:	80407937          	lui	s2,0x80407
8040225c:	c422                	sw	s0,8(sp)
8040225e:	11492403          	lw	s0,276(s2) # 80407114 <out_len>
80402262:	c606                	sw	ra,12(sp)
80402264:	c226                	sw	s1,4(sp)
80402266:	c015                	beqz	s0,8040228a <ulib_flush_stdout+0x36>
80402268:	8041c4b7          	lui	s1,0x8041c
8040226c:	47848493          	add	s1,s1,1144 # 8041c478 <out_buf>
80402270:	a019                	j	80402276 <ulib_flush_stdout+0x22>
80402272:	94aa                	add	s1,s1,a0
80402274:	c819                	beqz	s0,8040228a <ulib_flush_stdout+0x36>
80402276:	8622                	mv	a2,s0
80402278:	85a6                	mv	a1,s1
8040227a:	4505                	li	a0,1
8040227c:	00000097          	auipc	ra,0x0
80402280:	b32080e7          	jalr	-1230(ra) # 80401dae <write>
80402284:	8c09                	sub	s0,s0,a0
80402286:	fea046e3          	bgtz	a0,80402272 <ulib_flush_stdout+0x1e>
8040228a:	40b2                	lw	ra,12(sp)
8040228c:	4422                	lw	s0,8(sp)
8040228e:	10092a23          	sw	zero,276(s2)
80402292:	4492                	lw	s1,4(sp)
80402294:	4902                	lw	s2,0(sp)
80402296:	0141                	add	sp,sp,16
80402298:	8082                	ret

8040229a <__lshrdi3>:
8040229a:	ca19                	beqz	a2,804022b0 <__lshrdi3+0x16>
8040229c:	02000793          	li	a5,32
804022a0:	8f91                	sub	a5,a5,a2
804022a2:	00f04863          	bgtz	a5,804022b2 <__lshrdi3+0x18>
804022a6:	1601                	add	a2,a2,-32 # fe0 <errno+0xfe0>
804022a8:	00c5d533          	srl	a0,a1,a2
804022ac:	4701                	li	a4,0
804022ae:	85ba                	mv	a1,a4
804022b0:	8082                	ret
804022b2:	00c5d733          	srl	a4,a1,a2
804022b6:	00c55533          	srl	a0,a0,a2
804022ba:	00f595b3          	sll	a1,a1,a5
804022be:	8d4d                	or	a0,a0,a1
804022c0:	b7fd                	j	804022ae <__lshrdi3+0x14>

804022c2 <__ashldi3>:
804022c2:	ca19                	beqz	a2,804022d8 <__ashldi3+0x16>
804022c4:	02000793          	li	a5,32
804022c8:	8f91                	sub	a5,a5,a2
804022ca:	00f04863          	bgtz	a5,804022da <__ashldi3+0x18>
804022ce:	1601                	add	a2,a2,-32
804022d0:	00c515b3          	sll	a1,a0,a2
804022d4:	4701                	li	a4,0
804022d6:	853a                	mv	a0,a4
804022d8:	8082                	ret
804022da:	00c51733          	sll	a4,a0,a2
804022de:	00c595b3          	sll	a1,a1,a2
804022e2:	00f55533          	srl	a0,a0,a5
804022e6:	8dc9                	or	a1,a1,a0
804022e8:	b7fd                	j	804022d6 <__ashldi3+0x14>

804022ea <__ashrdi3>:
804022ea:	ce01                	beqz	a2,80402302 <__ashrdi3+0x18>
804022ec:	02000793          	li	a5,32
804022f0:	8f91                	sub	a5,a5,a2
804022f2:	00f04963          	bgtz	a5,80402304 <__ashrdi3+0x1a>
804022f6:	1601                	add	a2,a2,-32
804022f8:	41f5d713          	sra	a4,a1,0x1f
804022fc:	40c5d533          	sra	a0,a1,a2
80402300:	85ba                	mv	a1,a4
80402302:	8082                	ret
80402304:	40c5d733          	sra	a4,a1,a2
80402308:	00c55533          	srl	a0,a0,a2
8040230c:	00f595b3          	sll	a1,a1,a5
80402310:	8d4d                	or	a0,a0,a1
80402312:	b7fd                	j	80402300 <__ashrdi3+0x16>

80402314 <__ctzsi2>:
80402314:	40a007b3          	neg	a5,a0
80402318:	8d7d                	and	a0,a0,a5
8040231a:	67c1                	lui	a5,0x10
8040231c:	02f57363          	bgeu	a0,a5,80402342 <__ctzsi2+0x2e>
80402320:	10053793          	sltiu	a5,a0,256
80402324:	0017c793          	xor	a5,a5,1
80402328:	078e                	sll	a5,a5,0x3
8040232a:	00f55533          	srl	a0,a0,a5
8040232e:	00004717          	auipc	a4,0x4
80402332:	70e70713          	add	a4,a4,1806 # 80406a3c <__clz_tab>
80402336:	972a                	add	a4,a4,a0
80402338:	00074503          	lbu	a0,0(a4)
8040233c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040233e:	953e                	add	a0,a0,a5
80402340:	8082                	ret
80402342:	01000737          	lui	a4,0x1000
80402346:	47c1                	li	a5,16
80402348:	fee561e3          	bltu	a0,a4,8040232a <__ctzsi2+0x16>
8040234c:	47e1                	li	a5,24
8040234e:	bff1                	j	8040232a <__ctzsi2+0x16>

80402350 <__udivdi3>:
80402350:	88aa                	mv	a7,a0
80402352:	832e                	mv	t1,a1
80402354:	8732                	mv	a4,a2
80402356:	882a                	mv	a6,a0
80402358:	87ae                	mv	a5,a1
8040235a:	20069663          	bnez	a3,80402566 <__udivdi3+0x216>
8040235e:	00004597          	auipc	a1,0x4
80402362:	6de58593          	add	a1,a1,1758 # 80406a3c <__clz_tab>
80402366:	0cc37163          	bgeu	t1,a2,80402428 <__udivdi3+0xd8>
8040236a:	66c1                	lui	a3,0x10
8040236c:	0ad67763          	bgeu	a2,a3,8040241a <__udivdi3+0xca>
80402370:	10063693          	sltiu	a3,a2,256
80402374:	0016c693          	xor	a3,a3,1
80402378:	068e                	sll	a3,a3,0x3
8040237a:	00d65533          	srl	a0,a2,a3
8040237e:	95aa                	add	a1,a1,a0
80402380:	0005c583          	lbu	a1,0(a1)
80402384:	02000513          	li	a0,32
80402388:	96ae                	add	a3,a3,a1
8040238a:	40d505b3          	sub	a1,a0,a3
8040238e:	00d50b63          	beq	a0,a3,804023a4 <__udivdi3+0x54>
80402392:	00b317b3          	sll	a5,t1,a1
80402396:	00d8d6b3          	srl	a3,a7,a3
8040239a:	00b61733          	sll	a4,a2,a1
8040239e:	8fd5                	or	a5,a5,a3
804023a0:	00b89833          	sll	a6,a7,a1
804023a4:	01075593          	srl	a1,a4,0x10
804023a8:	02b7d333          	divu	t1,a5,a1
804023ac:	01071613          	sll	a2,a4,0x10
804023b0:	8241                	srl	a2,a2,0x10
804023b2:	02b7f7b3          	remu	a5,a5,a1
804023b6:	851a                	mv	a0,t1
804023b8:	026608b3          	mul	a7,a2,t1
804023bc:	01079693          	sll	a3,a5,0x10
804023c0:	01085793          	srl	a5,a6,0x10
804023c4:	8fd5                	or	a5,a5,a3
804023c6:	0117fc63          	bgeu	a5,a7,804023de <__udivdi3+0x8e>
804023ca:	97ba                	add	a5,a5,a4
804023cc:	fff30513          	add	a0,t1,-1
804023d0:	00e7e763          	bltu	a5,a4,804023de <__udivdi3+0x8e>
804023d4:	0117f563          	bgeu	a5,a7,804023de <__udivdi3+0x8e>
804023d8:	ffe30513          	add	a0,t1,-2
804023dc:	97ba                	add	a5,a5,a4
804023de:	411787b3          	sub	a5,a5,a7
804023e2:	02b7d8b3          	divu	a7,a5,a1
804023e6:	0842                	sll	a6,a6,0x10
804023e8:	01085813          	srl	a6,a6,0x10
804023ec:	02b7f7b3          	remu	a5,a5,a1
804023f0:	031606b3          	mul	a3,a2,a7
804023f4:	07c2                	sll	a5,a5,0x10
804023f6:	00f86833          	or	a6,a6,a5
804023fa:	87c6                	mv	a5,a7
804023fc:	00d87b63          	bgeu	a6,a3,80402412 <__udivdi3+0xc2>
80402400:	983a                	add	a6,a6,a4
80402402:	fff88793          	add	a5,a7,-1
80402406:	00e86663          	bltu	a6,a4,80402412 <__udivdi3+0xc2>
8040240a:	00d87463          	bgeu	a6,a3,80402412 <__udivdi3+0xc2>
8040240e:	ffe88793          	add	a5,a7,-2
80402412:	0542                	sll	a0,a0,0x10
80402414:	8d5d                	or	a0,a0,a5
80402416:	4581                	li	a1,0
80402418:	8082                	ret
8040241a:	01000537          	lui	a0,0x1000
8040241e:	46c1                	li	a3,16
80402420:	f4a66de3          	bltu	a2,a0,8040237a <__udivdi3+0x2a>
80402424:	46e1                	li	a3,24
80402426:	bf91                	j	8040237a <__udivdi3+0x2a>
80402428:	4681                	li	a3,0
8040242a:	ca09                	beqz	a2,8040243c <__udivdi3+0xec>
8040242c:	67c1                	lui	a5,0x10
8040242e:	08f67f63          	bgeu	a2,a5,804024cc <__udivdi3+0x17c>
80402432:	10063693          	sltiu	a3,a2,256
80402436:	0016c693          	xor	a3,a3,1
8040243a:	068e                	sll	a3,a3,0x3
8040243c:	00d657b3          	srl	a5,a2,a3
80402440:	95be                	add	a1,a1,a5
80402442:	0005c783          	lbu	a5,0(a1)
80402446:	97b6                	add	a5,a5,a3
80402448:	02000693          	li	a3,32
8040244c:	40f685b3          	sub	a1,a3,a5
80402450:	08f69563          	bne	a3,a5,804024da <__udivdi3+0x18a>
80402454:	40c307b3          	sub	a5,t1,a2
80402458:	4585                	li	a1,1
8040245a:	01075893          	srl	a7,a4,0x10
8040245e:	0317de33          	divu	t3,a5,a7
80402462:	01071613          	sll	a2,a4,0x10
80402466:	8241                	srl	a2,a2,0x10
80402468:	01085693          	srl	a3,a6,0x10
8040246c:	0317f7b3          	remu	a5,a5,a7
80402470:	8572                	mv	a0,t3
80402472:	03c60333          	mul	t1,a2,t3
80402476:	07c2                	sll	a5,a5,0x10
80402478:	8fd5                	or	a5,a5,a3
8040247a:	0067fc63          	bgeu	a5,t1,80402492 <__udivdi3+0x142>
8040247e:	97ba                	add	a5,a5,a4
80402480:	fffe0513          	add	a0,t3,-1 # 80406fff <stdout+0x1eb>
80402484:	00e7e763          	bltu	a5,a4,80402492 <__udivdi3+0x142>
80402488:	0067f563          	bgeu	a5,t1,80402492 <__udivdi3+0x142>
8040248c:	ffee0513          	add	a0,t3,-2
80402490:	97ba                	add	a5,a5,a4
80402492:	406787b3          	sub	a5,a5,t1
80402496:	0317d333          	divu	t1,a5,a7
8040249a:	0842                	sll	a6,a6,0x10
8040249c:	01085813          	srl	a6,a6,0x10
804024a0:	0317f7b3          	remu	a5,a5,a7
804024a4:	026606b3          	mul	a3,a2,t1
804024a8:	07c2                	sll	a5,a5,0x10
804024aa:	00f86833          	or	a6,a6,a5
804024ae:	879a                	mv	a5,t1
804024b0:	00d87b63          	bgeu	a6,a3,804024c6 <__udivdi3+0x176>
804024b4:	983a                	add	a6,a6,a4
804024b6:	fff30793          	add	a5,t1,-1
804024ba:	00e86663          	bltu	a6,a4,804024c6 <__udivdi3+0x176>
804024be:	00d87463          	bgeu	a6,a3,804024c6 <__udivdi3+0x176>
804024c2:	ffe30793          	add	a5,t1,-2
804024c6:	0542                	sll	a0,a0,0x10
804024c8:	8d5d                	or	a0,a0,a5
804024ca:	8082                	ret
804024cc:	010007b7          	lui	a5,0x1000
804024d0:	46c1                	li	a3,16
804024d2:	f6f665e3          	bltu	a2,a5,8040243c <__udivdi3+0xec>
804024d6:	46e1                	li	a3,24
804024d8:	b795                	j	8040243c <__udivdi3+0xec>
804024da:	00b61733          	sll	a4,a2,a1
804024de:	00f356b3          	srl	a3,t1,a5
804024e2:	01075513          	srl	a0,a4,0x10
804024e6:	00b31333          	sll	t1,t1,a1
804024ea:	00f8d7b3          	srl	a5,a7,a5
804024ee:	0067e7b3          	or	a5,a5,t1
804024f2:	02a6d333          	divu	t1,a3,a0
804024f6:	01071613          	sll	a2,a4,0x10
804024fa:	8241                	srl	a2,a2,0x10
804024fc:	00b89833          	sll	a6,a7,a1
80402500:	02a6f6b3          	remu	a3,a3,a0
80402504:	026608b3          	mul	a7,a2,t1
80402508:	01069593          	sll	a1,a3,0x10
8040250c:	0107d693          	srl	a3,a5,0x10
80402510:	8ecd                	or	a3,a3,a1
80402512:	859a                	mv	a1,t1
80402514:	0116fc63          	bgeu	a3,a7,8040252c <__udivdi3+0x1dc>
80402518:	96ba                	add	a3,a3,a4
8040251a:	fff30593          	add	a1,t1,-1
8040251e:	00e6e763          	bltu	a3,a4,8040252c <__udivdi3+0x1dc>
80402522:	0116f563          	bgeu	a3,a7,8040252c <__udivdi3+0x1dc>
80402526:	ffe30593          	add	a1,t1,-2
8040252a:	96ba                	add	a3,a3,a4
8040252c:	411686b3          	sub	a3,a3,a7
80402530:	02a6d8b3          	divu	a7,a3,a0
80402534:	07c2                	sll	a5,a5,0x10
80402536:	83c1                	srl	a5,a5,0x10
80402538:	02a6f6b3          	remu	a3,a3,a0
8040253c:	03160633          	mul	a2,a2,a7
80402540:	06c2                	sll	a3,a3,0x10
80402542:	8fd5                	or	a5,a5,a3
80402544:	86c6                	mv	a3,a7
80402546:	00c7fc63          	bgeu	a5,a2,8040255e <__udivdi3+0x20e>
8040254a:	97ba                	add	a5,a5,a4
8040254c:	fff88693          	add	a3,a7,-1
80402550:	00e7e763          	bltu	a5,a4,8040255e <__udivdi3+0x20e>
80402554:	00c7f563          	bgeu	a5,a2,8040255e <__udivdi3+0x20e>
80402558:	ffe88693          	add	a3,a7,-2
8040255c:	97ba                	add	a5,a5,a4
8040255e:	05c2                	sll	a1,a1,0x10
80402560:	8f91                	sub	a5,a5,a2
80402562:	8dd5                	or	a1,a1,a3
80402564:	bddd                	j	8040245a <__udivdi3+0x10a>
80402566:	14d5e163          	bltu	a1,a3,804026a8 <__udivdi3+0x358>
8040256a:	67c1                	lui	a5,0x10
8040256c:	02f6ff63          	bgeu	a3,a5,804025aa <__udivdi3+0x25a>
80402570:	1006b713          	sltiu	a4,a3,256
80402574:	00174713          	xor	a4,a4,1
80402578:	070e                	sll	a4,a4,0x3
8040257a:	00e6d5b3          	srl	a1,a3,a4
8040257e:	00004797          	auipc	a5,0x4
80402582:	4be78793          	add	a5,a5,1214 # 80406a3c <__clz_tab>
80402586:	97ae                	add	a5,a5,a1
80402588:	0007c783          	lbu	a5,0(a5)
8040258c:	97ba                	add	a5,a5,a4
8040258e:	02000713          	li	a4,32
80402592:	40f705b3          	sub	a1,a4,a5
80402596:	02f71163          	bne	a4,a5,804025b8 <__udivdi3+0x268>
8040259a:	4505                	li	a0,1
8040259c:	e666eee3          	bltu	a3,t1,80402418 <__udivdi3+0xc8>
804025a0:	00c8b533          	sltu	a0,a7,a2
804025a4:	00154513          	xor	a0,a0,1
804025a8:	8082                	ret
804025aa:	010007b7          	lui	a5,0x1000
804025ae:	4741                	li	a4,16
804025b0:	fcf6e5e3          	bltu	a3,a5,8040257a <__udivdi3+0x22a>
804025b4:	4761                	li	a4,24
804025b6:	b7d1                	j	8040257a <__udivdi3+0x22a>
804025b8:	00f65733          	srl	a4,a2,a5
804025bc:	00b696b3          	sll	a3,a3,a1
804025c0:	8ed9                	or	a3,a3,a4
804025c2:	00f35733          	srl	a4,t1,a5
804025c6:	00b31333          	sll	t1,t1,a1
804025ca:	00f8d7b3          	srl	a5,a7,a5
804025ce:	0067e7b3          	or	a5,a5,t1
804025d2:	0106d313          	srl	t1,a3,0x10
804025d6:	02675eb3          	divu	t4,a4,t1
804025da:	01069813          	sll	a6,a3,0x10
804025de:	01085813          	srl	a6,a6,0x10
804025e2:	00b61633          	sll	a2,a2,a1
804025e6:	02677733          	remu	a4,a4,t1
804025ea:	03d80e33          	mul	t3,a6,t4
804025ee:	01071513          	sll	a0,a4,0x10
804025f2:	0107d713          	srl	a4,a5,0x10
804025f6:	8f49                	or	a4,a4,a0
804025f8:	8576                	mv	a0,t4
804025fa:	01c77c63          	bgeu	a4,t3,80402612 <__udivdi3+0x2c2>
804025fe:	9736                	add	a4,a4,a3
80402600:	fffe8513          	add	a0,t4,-1
80402604:	00d76763          	bltu	a4,a3,80402612 <__udivdi3+0x2c2>
80402608:	01c77563          	bgeu	a4,t3,80402612 <__udivdi3+0x2c2>
8040260c:	ffee8513          	add	a0,t4,-2
80402610:	9736                	add	a4,a4,a3
80402612:	41c70733          	sub	a4,a4,t3
80402616:	02675e33          	divu	t3,a4,t1
8040261a:	07c2                	sll	a5,a5,0x10
8040261c:	83c1                	srl	a5,a5,0x10
8040261e:	02677733          	remu	a4,a4,t1
80402622:	03c80833          	mul	a6,a6,t3
80402626:	0742                	sll	a4,a4,0x10
80402628:	8fd9                	or	a5,a5,a4
8040262a:	8772                	mv	a4,t3
8040262c:	0107fc63          	bgeu	a5,a6,80402644 <__udivdi3+0x2f4>
80402630:	97b6                	add	a5,a5,a3
80402632:	fffe0713          	add	a4,t3,-1
80402636:	00d7e763          	bltu	a5,a3,80402644 <__udivdi3+0x2f4>
8040263a:	0107f563          	bgeu	a5,a6,80402644 <__udivdi3+0x2f4>
8040263e:	ffee0713          	add	a4,t3,-2
80402642:	97b6                	add	a5,a5,a3
80402644:	0542                	sll	a0,a0,0x10
80402646:	6e41                	lui	t3,0x10
80402648:	8d59                	or	a0,a0,a4
8040264a:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
8040264e:	00d57733          	and	a4,a0,a3
80402652:	410787b3          	sub	a5,a5,a6
80402656:	8ef1                	and	a3,a3,a2
80402658:	01055813          	srl	a6,a0,0x10
8040265c:	8241                	srl	a2,a2,0x10
8040265e:	02d70333          	mul	t1,a4,a3
80402662:	02d806b3          	mul	a3,a6,a3
80402666:	02c70733          	mul	a4,a4,a2
8040266a:	02c80833          	mul	a6,a6,a2
8040266e:	00d70633          	add	a2,a4,a3
80402672:	01035713          	srl	a4,t1,0x10
80402676:	9732                	add	a4,a4,a2
80402678:	00d77363          	bgeu	a4,a3,8040267e <__udivdi3+0x32e>
8040267c:	9872                	add	a6,a6,t3
8040267e:	01075693          	srl	a3,a4,0x10
80402682:	96c2                	add	a3,a3,a6
80402684:	02d7e063          	bltu	a5,a3,804026a4 <__udivdi3+0x354>
80402688:	d8d797e3          	bne	a5,a3,80402416 <__udivdi3+0xc6>
8040268c:	67c1                	lui	a5,0x10
8040268e:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402690:	8f7d                	and	a4,a4,a5
80402692:	0742                	sll	a4,a4,0x10
80402694:	00f37333          	and	t1,t1,a5
80402698:	00b898b3          	sll	a7,a7,a1
8040269c:	971a                	add	a4,a4,t1
8040269e:	4581                	li	a1,0
804026a0:	d6e8fce3          	bgeu	a7,a4,80402418 <__udivdi3+0xc8>
804026a4:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
804026a6:	bb85                	j	80402416 <__udivdi3+0xc6>
804026a8:	4581                	li	a1,0
804026aa:	4501                	li	a0,0
804026ac:	8082                	ret

804026ae <__umoddi3>:
804026ae:	8832                	mv	a6,a2
804026b0:	87aa                	mv	a5,a0
804026b2:	872e                	mv	a4,a1
804026b4:	1a069363          	bnez	a3,8040285a <__umoddi3+0x1ac>
804026b8:	00004897          	auipc	a7,0x4
804026bc:	38488893          	add	a7,a7,900 # 80406a3c <__clz_tab>
804026c0:	0ac5f663          	bgeu	a1,a2,8040276c <__umoddi3+0xbe>
804026c4:	66c1                	lui	a3,0x10
804026c6:	08d67c63          	bgeu	a2,a3,8040275e <__umoddi3+0xb0>
804026ca:	10063693          	sltiu	a3,a2,256
804026ce:	0016c693          	xor	a3,a3,1
804026d2:	068e                	sll	a3,a3,0x3
804026d4:	00d65333          	srl	t1,a2,a3
804026d8:	989a                	add	a7,a7,t1
804026da:	0008c883          	lbu	a7,0(a7)
804026de:	02000313          	li	t1,32
804026e2:	96c6                	add	a3,a3,a7
804026e4:	40d308b3          	sub	a7,t1,a3
804026e8:	00d30b63          	beq	t1,a3,804026fe <__umoddi3+0x50>
804026ec:	01159733          	sll	a4,a1,a7
804026f0:	00d556b3          	srl	a3,a0,a3
804026f4:	01161833          	sll	a6,a2,a7
804026f8:	8f55                	or	a4,a4,a3
804026fa:	011517b3          	sll	a5,a0,a7
804026fe:	01085613          	srl	a2,a6,0x10
80402702:	02c756b3          	divu	a3,a4,a2
80402706:	01081513          	sll	a0,a6,0x10
8040270a:	8141                	srl	a0,a0,0x10
8040270c:	02c77733          	remu	a4,a4,a2
80402710:	02a686b3          	mul	a3,a3,a0
80402714:	01071593          	sll	a1,a4,0x10
80402718:	0107d713          	srl	a4,a5,0x10
8040271c:	8f4d                	or	a4,a4,a1
8040271e:	00d77863          	bgeu	a4,a3,8040272e <__umoddi3+0x80>
80402722:	9742                	add	a4,a4,a6
80402724:	01076563          	bltu	a4,a6,8040272e <__umoddi3+0x80>
80402728:	00d77363          	bgeu	a4,a3,8040272e <__umoddi3+0x80>
8040272c:	9742                	add	a4,a4,a6
8040272e:	8f15                	sub	a4,a4,a3
80402730:	02c756b3          	divu	a3,a4,a2
80402734:	02c77733          	remu	a4,a4,a2
80402738:	02a686b3          	mul	a3,a3,a0
8040273c:	07c2                	sll	a5,a5,0x10
8040273e:	0742                	sll	a4,a4,0x10
80402740:	83c1                	srl	a5,a5,0x10
80402742:	8fd9                	or	a5,a5,a4
80402744:	00d7f863          	bgeu	a5,a3,80402754 <__umoddi3+0xa6>
80402748:	97c2                	add	a5,a5,a6
8040274a:	0107e563          	bltu	a5,a6,80402754 <__umoddi3+0xa6>
8040274e:	00d7f363          	bgeu	a5,a3,80402754 <__umoddi3+0xa6>
80402752:	97c2                	add	a5,a5,a6
80402754:	8f95                	sub	a5,a5,a3
80402756:	0117d533          	srl	a0,a5,a7
8040275a:	4581                	li	a1,0
8040275c:	8082                	ret
8040275e:	01000337          	lui	t1,0x1000
80402762:	46c1                	li	a3,16
80402764:	f66668e3          	bltu	a2,t1,804026d4 <__umoddi3+0x26>
80402768:	46e1                	li	a3,24
8040276a:	b7ad                	j	804026d4 <__umoddi3+0x26>
8040276c:	4681                	li	a3,0
8040276e:	ca09                	beqz	a2,80402780 <__umoddi3+0xd2>
80402770:	6741                	lui	a4,0x10
80402772:	06e67463          	bgeu	a2,a4,804027da <__umoddi3+0x12c>
80402776:	10063693          	sltiu	a3,a2,256
8040277a:	0016c693          	xor	a3,a3,1
8040277e:	068e                	sll	a3,a3,0x3
80402780:	00d65733          	srl	a4,a2,a3
80402784:	98ba                	add	a7,a7,a4
80402786:	0008c703          	lbu	a4,0(a7)
8040278a:	9736                	add	a4,a4,a3
8040278c:	02000693          	li	a3,32
80402790:	40e688b3          	sub	a7,a3,a4
80402794:	04e69a63          	bne	a3,a4,804027e8 <__umoddi3+0x13a>
80402798:	40c58733          	sub	a4,a1,a2
8040279c:	01085593          	srl	a1,a6,0x10
804027a0:	02b75633          	divu	a2,a4,a1
804027a4:	01081513          	sll	a0,a6,0x10
804027a8:	8141                	srl	a0,a0,0x10
804027aa:	0107d693          	srl	a3,a5,0x10
804027ae:	02b77733          	remu	a4,a4,a1
804027b2:	02a60633          	mul	a2,a2,a0
804027b6:	0742                	sll	a4,a4,0x10
804027b8:	8f55                	or	a4,a4,a3
804027ba:	00c77863          	bgeu	a4,a2,804027ca <__umoddi3+0x11c>
804027be:	9742                	add	a4,a4,a6
804027c0:	01076563          	bltu	a4,a6,804027ca <__umoddi3+0x11c>
804027c4:	00c77363          	bgeu	a4,a2,804027ca <__umoddi3+0x11c>
804027c8:	9742                	add	a4,a4,a6
804027ca:	8f11                	sub	a4,a4,a2
804027cc:	02b756b3          	divu	a3,a4,a1
804027d0:	02b77733          	remu	a4,a4,a1
804027d4:	02a686b3          	mul	a3,a3,a0
804027d8:	b795                	j	8040273c <__umoddi3+0x8e>
804027da:	01000737          	lui	a4,0x1000
804027de:	46c1                	li	a3,16
804027e0:	fae660e3          	bltu	a2,a4,80402780 <__umoddi3+0xd2>
804027e4:	46e1                	li	a3,24
804027e6:	bf69                	j	80402780 <__umoddi3+0xd2>
804027e8:	01161833          	sll	a6,a2,a7
804027ec:	00e5d6b3          	srl	a3,a1,a4
804027f0:	011517b3          	sll	a5,a0,a7
804027f4:	011595b3          	sll	a1,a1,a7
804027f8:	00e55733          	srl	a4,a0,a4
804027fc:	01085513          	srl	a0,a6,0x10
80402800:	8f4d                	or	a4,a4,a1
80402802:	02a6d5b3          	divu	a1,a3,a0
80402806:	01081313          	sll	t1,a6,0x10
8040280a:	01035313          	srl	t1,t1,0x10
8040280e:	02a6f6b3          	remu	a3,a3,a0
80402812:	026585b3          	mul	a1,a1,t1
80402816:	01069613          	sll	a2,a3,0x10
8040281a:	01075693          	srl	a3,a4,0x10
8040281e:	8ed1                	or	a3,a3,a2
80402820:	00b6f863          	bgeu	a3,a1,80402830 <__umoddi3+0x182>
80402824:	96c2                	add	a3,a3,a6
80402826:	0106e563          	bltu	a3,a6,80402830 <__umoddi3+0x182>
8040282a:	00b6f363          	bgeu	a3,a1,80402830 <__umoddi3+0x182>
8040282e:	96c2                	add	a3,a3,a6
80402830:	8e8d                	sub	a3,a3,a1
80402832:	02a6d633          	divu	a2,a3,a0
80402836:	0742                	sll	a4,a4,0x10
80402838:	8341                	srl	a4,a4,0x10
8040283a:	02a6f6b3          	remu	a3,a3,a0
8040283e:	02660633          	mul	a2,a2,t1
80402842:	06c2                	sll	a3,a3,0x10
80402844:	8f55                	or	a4,a4,a3
80402846:	00c77863          	bgeu	a4,a2,80402856 <__umoddi3+0x1a8>
8040284a:	9742                	add	a4,a4,a6
8040284c:	01076563          	bltu	a4,a6,80402856 <__umoddi3+0x1a8>
80402850:	00c77363          	bgeu	a4,a2,80402856 <__umoddi3+0x1a8>
80402854:	9742                	add	a4,a4,a6
80402856:	8f11                	sub	a4,a4,a2
80402858:	b791                	j	8040279c <__umoddi3+0xee>
8040285a:	16d5ed63          	bltu	a1,a3,804029d4 <__umoddi3+0x326>
8040285e:	6841                	lui	a6,0x10
80402860:	0506f763          	bgeu	a3,a6,804028ae <__umoddi3+0x200>
80402864:	1006b813          	sltiu	a6,a3,256
80402868:	00184813          	xor	a6,a6,1
8040286c:	080e                	sll	a6,a6,0x3
8040286e:	0106d333          	srl	t1,a3,a6
80402872:	00004897          	auipc	a7,0x4
80402876:	1ca88893          	add	a7,a7,458 # 80406a3c <__clz_tab>
8040287a:	989a                	add	a7,a7,t1
8040287c:	0008c883          	lbu	a7,0(a7)
80402880:	02000313          	li	t1,32
80402884:	98c2                	add	a7,a7,a6
80402886:	41130833          	sub	a6,t1,a7
8040288a:	03131963          	bne	t1,a7,804028bc <__umoddi3+0x20e>
8040288e:	00b6e463          	bltu	a3,a1,80402896 <__umoddi3+0x1e8>
80402892:	00c56b63          	bltu	a0,a2,804028a8 <__umoddi3+0x1fa>
80402896:	40c50633          	sub	a2,a0,a2
8040289a:	40d586b3          	sub	a3,a1,a3
8040289e:	00c53733          	sltu	a4,a0,a2
804028a2:	87b2                	mv	a5,a2
804028a4:	40e68733          	sub	a4,a3,a4
804028a8:	853e                	mv	a0,a5
804028aa:	85ba                	mv	a1,a4
804028ac:	8082                	ret
804028ae:	010008b7          	lui	a7,0x1000
804028b2:	4841                	li	a6,16
804028b4:	fb16ede3          	bltu	a3,a7,8040286e <__umoddi3+0x1c0>
804028b8:	4861                	li	a6,24
804028ba:	bf55                	j	8040286e <__umoddi3+0x1c0>
804028bc:	011657b3          	srl	a5,a2,a7
804028c0:	010696b3          	sll	a3,a3,a6
804028c4:	8edd                	or	a3,a3,a5
804028c6:	0115d733          	srl	a4,a1,a7
804028ca:	0106de13          	srl	t3,a3,0x10
804028ce:	03c75f33          	divu	t5,a4,t3
804028d2:	01069313          	sll	t1,a3,0x10
804028d6:	01035313          	srl	t1,t1,0x10
804028da:	010597b3          	sll	a5,a1,a6
804028de:	011555b3          	srl	a1,a0,a7
804028e2:	8ddd                	or	a1,a1,a5
804028e4:	0105d793          	srl	a5,a1,0x10
804028e8:	01061633          	sll	a2,a2,a6
804028ec:	01051533          	sll	a0,a0,a6
804028f0:	03c77733          	remu	a4,a4,t3
804028f4:	03e30eb3          	mul	t4,t1,t5
804028f8:	0742                	sll	a4,a4,0x10
804028fa:	8fd9                	or	a5,a5,a4
804028fc:	877a                	mv	a4,t5
804028fe:	01d7fc63          	bgeu	a5,t4,80402916 <__umoddi3+0x268>
80402902:	97b6                	add	a5,a5,a3
80402904:	ffff0713          	add	a4,t5,-1
80402908:	00d7e763          	bltu	a5,a3,80402916 <__umoddi3+0x268>
8040290c:	01d7f563          	bgeu	a5,t4,80402916 <__umoddi3+0x268>
80402910:	ffef0713          	add	a4,t5,-2
80402914:	97b6                	add	a5,a5,a3
80402916:	41d787b3          	sub	a5,a5,t4
8040291a:	03c7deb3          	divu	t4,a5,t3
8040291e:	05c2                	sll	a1,a1,0x10
80402920:	81c1                	srl	a1,a1,0x10
80402922:	03c7f7b3          	remu	a5,a5,t3
80402926:	8e76                	mv	t3,t4
80402928:	03d30333          	mul	t1,t1,t4
8040292c:	07c2                	sll	a5,a5,0x10
8040292e:	8ddd                	or	a1,a1,a5
80402930:	0065fc63          	bgeu	a1,t1,80402948 <__umoddi3+0x29a>
80402934:	95b6                	add	a1,a1,a3
80402936:	fffe8e13          	add	t3,t4,-1
8040293a:	00d5e763          	bltu	a1,a3,80402948 <__umoddi3+0x29a>
8040293e:	0065f563          	bgeu	a1,t1,80402948 <__umoddi3+0x29a>
80402942:	ffee8e13          	add	t3,t4,-2
80402946:	95b6                	add	a1,a1,a3
80402948:	01071793          	sll	a5,a4,0x10
8040294c:	6f41                	lui	t5,0x10
8040294e:	01c7e7b3          	or	a5,a5,t3
80402952:	406585b3          	sub	a1,a1,t1
80402956:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
8040295a:	0067f733          	and	a4,a5,t1
8040295e:	01065e13          	srl	t3,a2,0x10
80402962:	83c1                	srl	a5,a5,0x10
80402964:	00667333          	and	t1,a2,t1
80402968:	02670eb3          	mul	t4,a4,t1
8040296c:	02678333          	mul	t1,a5,t1
80402970:	03c70733          	mul	a4,a4,t3
80402974:	03c787b3          	mul	a5,a5,t3
80402978:	00670e33          	add	t3,a4,t1
8040297c:	010ed713          	srl	a4,t4,0x10
80402980:	9772                	add	a4,a4,t3
80402982:	00677363          	bgeu	a4,t1,80402988 <__umoddi3+0x2da>
80402986:	97fa                	add	a5,a5,t5
80402988:	01075313          	srl	t1,a4,0x10
8040298c:	979a                	add	a5,a5,t1
8040298e:	6341                	lui	t1,0x10
80402990:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80402992:	00677733          	and	a4,a4,t1
80402996:	0742                	sll	a4,a4,0x10
80402998:	006efeb3          	and	t4,t4,t1
8040299c:	9776                	add	a4,a4,t4
8040299e:	00f5e663          	bltu	a1,a5,804029aa <__umoddi3+0x2fc>
804029a2:	00f59b63          	bne	a1,a5,804029b8 <__umoddi3+0x30a>
804029a6:	00e57963          	bgeu	a0,a4,804029b8 <__umoddi3+0x30a>
804029aa:	40c70633          	sub	a2,a4,a2
804029ae:	00c73333          	sltu	t1,a4,a2
804029b2:	969a                	add	a3,a3,t1
804029b4:	8732                	mv	a4,a2
804029b6:	8f95                	sub	a5,a5,a3
804029b8:	40e50733          	sub	a4,a0,a4
804029bc:	00e53533          	sltu	a0,a0,a4
804029c0:	8d9d                	sub	a1,a1,a5
804029c2:	8d89                	sub	a1,a1,a0
804029c4:	011598b3          	sll	a7,a1,a7
804029c8:	01075733          	srl	a4,a4,a6
804029cc:	00e8e533          	or	a0,a7,a4
804029d0:	0105d5b3          	srl	a1,a1,a6
804029d4:	8082                	ret

804029d6 <__riscv_save_12>:
804029d6:	7139                	add	sp,sp,-64
804029d8:	4301                	li	t1,0
804029da:	c66e                	sw	s11,12(sp)
804029dc:	a019                	j	804029e2 <__riscv_save_10+0x4>

804029de <__riscv_save_10>:
804029de:	7139                	add	sp,sp,-64
804029e0:	5341                	li	t1,-16
804029e2:	c86a                	sw	s10,16(sp)
804029e4:	ca66                	sw	s9,20(sp)
804029e6:	cc62                	sw	s8,24(sp)
804029e8:	ce5e                	sw	s7,28(sp)
804029ea:	a019                	j	804029f0 <__riscv_save_4+0x4>

804029ec <__riscv_save_4>:
804029ec:	7139                	add	sp,sp,-64
804029ee:	5301                	li	t1,-32
804029f0:	d05a                	sw	s6,32(sp)
804029f2:	d256                	sw	s5,36(sp)
804029f4:	d452                	sw	s4,40(sp)
804029f6:	d64e                	sw	s3,44(sp)
804029f8:	d84a                	sw	s2,48(sp)
804029fa:	da26                	sw	s1,52(sp)
804029fc:	dc22                	sw	s0,56(sp)
804029fe:	de06                	sw	ra,60(sp)
80402a00:	40610133          	sub	sp,sp,t1
80402a04:	8282                	jr	t0

80402a06 <__riscv_save_0>:
80402a06:	1141                	add	sp,sp,-16
80402a08:	c04a                	sw	s2,0(sp)
80402a0a:	c226                	sw	s1,4(sp)
80402a0c:	c422                	sw	s0,8(sp)
80402a0e:	c606                	sw	ra,12(sp)
80402a10:	8282                	jr	t0

80402a12 <__riscv_restore_12>:
80402a12:	4db2                	lw	s11,12(sp)
80402a14:	0141                	add	sp,sp,16

80402a16 <__riscv_restore_10>:
80402a16:	4d02                	lw	s10,0(sp)
80402a18:	4c92                	lw	s9,4(sp)
80402a1a:	4c22                	lw	s8,8(sp)
80402a1c:	4bb2                	lw	s7,12(sp)
80402a1e:	0141                	add	sp,sp,16

80402a20 <__riscv_restore_4>:
80402a20:	4b02                	lw	s6,0(sp)
80402a22:	4a92                	lw	s5,4(sp)
80402a24:	4a22                	lw	s4,8(sp)
80402a26:	49b2                	lw	s3,12(sp)
80402a28:	0141                	add	sp,sp,16

80402a2a <__riscv_restore_0>:
80402a2a:	4902                	lw	s2,0(sp)
80402a2c:	4492                	lw	s1,4(sp)
80402a2e:	4422                	lw	s0,8(sp)
80402a30:	40b2                	lw	ra,12(sp)
80402a32:	0141                	add	sp,sp,16
80402a34:	8082                	ret

80402a36 <memcpy>:
80402a36:	832a                	mv	t1,a0
80402a38:	ca09                	beqz	a2,80402a4a <memcpy+0x14>
80402a3a:	00058383          	lb	t2,0(a1)
80402a3e:	00730023          	sb	t2,0(t1)
80402a42:	167d                	add	a2,a2,-1
80402a44:	0305                	add	t1,t1,1
80402a46:	0585                	add	a1,a1,1
80402a48:	fa6d                	bnez	a2,80402a3a <memcpy+0x4>
80402a4a:	8082                	ret

80402a4c <memset>:
80402a4c:	832a                	mv	t1,a0
80402a4e:	c611                	beqz	a2,80402a5a <memset+0xe>
80402a50:	00b30023          	sb	a1,0(t1)
80402a54:	167d                	add	a2,a2,-1
80402a56:	0305                	add	t1,t1,1
80402a58:	fe65                	bnez	a2,80402a50 <memset+0x4>
80402a5a:	8082                	ret

80402a5c <strcmp>:
80402a5c:	00054603          	lbu	a2,0(a0)
80402a60:	0005c683          	lbu	a3,0(a1)
80402a64:	0505                	add	a0,a0,1
80402a66:	0585                	add	a1,a1,1
80402a68:	00d61363          	bne	a2,a3,80402a6e <strcmp+0x12>
80402a6c:	fa65                	bnez	a2,80402a5c <strcmp>
80402a6e:	40d60533          	sub	a0,a2,a3
80402a72:	8082                	ret

80402a74 <printf>:
80402a74:	7139                	add	sp,sp,-64
80402a76:	da3e                	sw	a5,52(sp)
80402a78:	804077b7          	lui	a5,0x80407
80402a7c:	d22e                	sw	a1,36(sp)
80402a7e:	85aa                	mv	a1,a0
80402a80:	e147a503          	lw	a0,-492(a5) # 80406e14 <stdout>
80402a84:	d432                	sw	a2,40(sp)
80402a86:	1050                	add	a2,sp,36
80402a88:	ce06                	sw	ra,28(sp)
80402a8a:	d636                	sw	a3,44(sp)
80402a8c:	d83a                	sw	a4,48(sp)
80402a8e:	dc42                	sw	a6,56(sp)
80402a90:	de46                	sw	a7,60(sp)
80402a92:	c632                	sw	a2,12(sp)
80402a94:	00000097          	auipc	ra,0x0
80402a98:	338080e7          	jalr	824(ra) # 80402dcc <__d_vfprintf>
80402a9c:	40f2                	lw	ra,28(sp)
80402a9e:	6121                	add	sp,sp,64
80402aa0:	8082                	ret

80402aa2 <strtoul>:
80402aa2:	02400793          	li	a5,36
80402aa6:	882a                	mv	a6,a0
80402aa8:	00c7e563          	bltu	a5,a2,80402ab2 <strtoul+0x10>
80402aac:	4785                	li	a5,1
80402aae:	00f61e63          	bne	a2,a5,80402aca <strtoul+0x28>
80402ab2:	000007b7          	lui	a5,0x0
80402ab6:	004787b3          	add	a5,a5,tp
80402aba:	4759                	li	a4,22
80402abc:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402ac0:	c199                	beqz	a1,80402ac6 <strtoul+0x24>
80402ac2:	0105a023          	sw	a6,0(a1)
80402ac6:	4501                	li	a0,0
80402ac8:	8082                	ret
80402aca:	0ff67893          	zext.b	a7,a2
80402ace:	4e11                	li	t3,4
80402ad0:	02000313          	li	t1,32
80402ad4:	00054783          	lbu	a5,0(a0)
80402ad8:	00150713          	add	a4,a0,1
80402adc:	ff778693          	add	a3,a5,-9
80402ae0:	0ff6f693          	zext.b	a3,a3
80402ae4:	08de7c63          	bgeu	t3,a3,80402b7c <strtoul+0xda>
80402ae8:	08678a63          	beq	a5,t1,80402b7c <strtoul+0xda>
80402aec:	02b00693          	li	a3,43
80402af0:	08d78863          	beq	a5,a3,80402b80 <strtoul+0xde>
80402af4:	02d00313          	li	t1,45
80402af8:	4681                	li	a3,0
80402afa:	00679763          	bne	a5,t1,80402b08 <strtoul+0x66>
80402afe:	4685                	li	a3,1
80402b00:	00154783          	lbu	a5,1(a0)
80402b04:	00250713          	add	a4,a0,2
80402b08:	03000513          	li	a0,48
80402b0c:	06a79f63          	bne	a5,a0,80402b8a <strtoul+0xe8>
80402b10:	00074503          	lbu	a0,0(a4) # 1000000 <errno+0x1000000>
80402b14:	07800313          	li	t1,120
80402b18:	02056513          	or	a0,a0,32
80402b1c:	06651463          	bne	a0,t1,80402b84 <strtoul+0xe2>
80402b20:	c601                	beqz	a2,80402b28 <strtoul+0x86>
80402b22:	4641                	li	a2,16
80402b24:	00c89763          	bne	a7,a2,80402b32 <strtoul+0x90>
80402b28:	00174783          	lbu	a5,1(a4)
80402b2c:	883a                	mv	a6,a4
80402b2e:	48c1                	li	a7,16
80402b30:	0709                	add	a4,a4,2
80402b32:	4501                	li	a0,0
80402b34:	03900613          	li	a2,57
80402b38:	00f67963          	bgeu	a2,a5,80402b4a <strtoul+0xa8>
80402b3c:	17fd                	add	a5,a5,-1
80402b3e:	0207e793          	or	a5,a5,32
80402b42:	fda78793          	add	a5,a5,-38
80402b46:	0ff7f793          	zext.b	a5,a5
80402b4a:	fd078793          	add	a5,a5,-48
80402b4e:	0ff7f793          	zext.b	a5,a5
80402b52:	0317ff63          	bgeu	a5,a7,80402b90 <strtoul+0xee>
80402b56:	03153833          	mulhu	a6,a0,a7
80402b5a:	03150533          	mul	a0,a0,a7
80402b5e:	00081863          	bnez	a6,80402b6e <strtoul+0xcc>
80402b62:	97aa                	add	a5,a5,a0
80402b64:	00a7b833          	sltu	a6,a5,a0
80402b68:	853e                	mv	a0,a5
80402b6a:	00080463          	beqz	a6,80402b72 <strtoul+0xd0>
80402b6e:	0026e693          	or	a3,a3,2
80402b72:	00074783          	lbu	a5,0(a4)
80402b76:	883a                	mv	a6,a4
80402b78:	0705                	add	a4,a4,1
80402b7a:	bf7d                	j	80402b38 <strtoul+0x96>
80402b7c:	853a                	mv	a0,a4
80402b7e:	bf99                	j	80402ad4 <strtoul+0x32>
80402b80:	4681                	li	a3,0
80402b82:	bfbd                	j	80402b00 <strtoul+0x5e>
80402b84:	f65d                	bnez	a2,80402b32 <strtoul+0x90>
80402b86:	48a1                	li	a7,8
80402b88:	b76d                	j	80402b32 <strtoul+0x90>
80402b8a:	f645                	bnez	a2,80402b32 <strtoul+0x90>
80402b8c:	48a9                	li	a7,10
80402b8e:	b755                	j	80402b32 <strtoul+0x90>
80402b90:	0016f793          	and	a5,a3,1
80402b94:	c399                	beqz	a5,80402b9a <strtoul+0xf8>
80402b96:	40a00533          	neg	a0,a0
80402b9a:	8a89                	and	a3,a3,2
80402b9c:	ca91                	beqz	a3,80402bb0 <strtoul+0x10e>
80402b9e:	000007b7          	lui	a5,0x0
80402ba2:	004787b3          	add	a5,a5,tp
80402ba6:	02200713          	li	a4,34
80402baa:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402bae:	557d                	li	a0,-1
80402bb0:	c199                	beqz	a1,80402bb6 <strtoul+0x114>
80402bb2:	0105a023          	sw	a6,0(a1)
80402bb6:	8082                	ret

80402bb8 <__ultoa_invert>:
80402bb8:	00000317          	auipc	t1,0x0
80402bbc:	e26302e7          	jalr	t0,-474(t1) # 804029de <__riscv_save_10>
80402bc0:	2006f793          	and	a5,a3,512
80402bc4:	89aa                	mv	s3,a0
80402bc6:	8a2e                	mv	s4,a1
80402bc8:	8932                	mv	s2,a2
80402bca:	84b6                	mv	s1,a3
80402bcc:	02700b13          	li	s6,39
80402bd0:	c781                	beqz	a5,80402bd8 <__ultoa_invert+0x20>
80402bd2:	dff6f493          	and	s1,a3,-513
80402bd6:	4b1d                	li	s6,7
80402bd8:	41f4da93          	sra	s5,s1,0x1f
80402bdc:	4ca5                	li	s9,9
80402bde:	8626                	mv	a2,s1
80402be0:	86d6                	mv	a3,s5
80402be2:	854e                	mv	a0,s3
80402be4:	85d2                	mv	a1,s4
80402be6:	00000097          	auipc	ra,0x0
80402bea:	ac8080e7          	jalr	-1336(ra) # 804026ae <__umoddi3>
80402bee:	85d2                	mv	a1,s4
80402bf0:	0ff57413          	zext.b	s0,a0
80402bf4:	8626                	mv	a2,s1
80402bf6:	854e                	mv	a0,s3
80402bf8:	86d6                	mv	a3,s5
80402bfa:	fffff097          	auipc	ra,0xfffff
80402bfe:	756080e7          	jalr	1878(ra) # 80402350 <__udivdi3>
80402c02:	8c4e                	mv	s8,s3
80402c04:	8bd2                	mv	s7,s4
80402c06:	89aa                	mv	s3,a0
80402c08:	8a2e                	mv	s4,a1
80402c0a:	008cf563          	bgeu	s9,s0,80402c14 <__ultoa_invert+0x5c>
80402c0e:	945a                	add	s0,s0,s6
80402c10:	0ff47413          	zext.b	s0,s0
80402c14:	0905                	add	s2,s2,1
80402c16:	03040413          	add	s0,s0,48
80402c1a:	fe890fa3          	sb	s0,-1(s2)
80402c1e:	015be663          	bltu	s7,s5,80402c2a <__ultoa_invert+0x72>
80402c22:	fb7a9ee3          	bne	s5,s7,80402bde <__ultoa_invert+0x26>
80402c26:	fa9c7ce3          	bgeu	s8,s1,80402bde <__ultoa_invert+0x26>
80402c2a:	854a                	mv	a0,s2
80402c2c:	00000317          	auipc	t1,0x0
80402c30:	dea30067          	jr	-534(t1) # 80402a16 <__riscv_restore_10>

80402c34 <skip_to_arg>:
80402c34:	00000317          	auipc	t1,0x0
80402c38:	daa302e7          	jalr	t0,-598(t1) # 804029de <__riscv_save_10>
80402c3c:	4305                	li	t1,1
80402c3e:	02500f13          	li	t5,37
80402c42:	88aa                	mv	a7,a0
80402c44:	00c34663          	blt	t1,a2,80402c50 <skip_to_arg+0x1c>
80402c48:	00000317          	auipc	t1,0x0
80402c4c:	dce30067          	jr	-562(t1) # 80402a16 <__riscv_restore_10>
80402c50:	87c6                	mv	a5,a7
80402c52:	88be                	mv	a7,a5
80402c54:	0007c703          	lbu	a4,0(a5)
80402c58:	0785                	add	a5,a5,1
80402c5a:	d77d                	beqz	a4,80402c48 <skip_to_arg+0x14>
80402c5c:	ffe71be3          	bne	a4,t5,80402c52 <skip_to_arg+0x1e>
80402c60:	0007c703          	lbu	a4,0(a5)
80402c64:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80402c66:	ffe705e3          	beq	a4,t5,80402c50 <skip_to_arg+0x1c>
80402c6a:	6ecd                	lui	t4,0x13
80402c6c:	4681                	li	a3,0
80402c6e:	4e01                	li	t3,0
80402c70:	4781                	li	a5,0
80402c72:	42fd                	li	t0,31
80402c74:	06c00f93          	li	t6,108
80402c78:	07400393          	li	t2,116
80402c7c:	07a00413          	li	s0,122
80402c80:	06800493          	li	s1,104
80402c84:	06a00913          	li	s2,106
80402c88:	04c00993          	li	s3,76
80402c8c:	4a25                	li	s4,9
80402c8e:	02400a93          	li	s5,36
80402c92:	07f00b13          	li	s6,127
80402c96:	4bc1                	li	s7,16
80402c98:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80402c9c:	04f2e263          	bltu	t0,a5,80402ce0 <skip_to_arg+0xac>
80402ca0:	fe070813          	add	a6,a4,-32
80402ca4:	0ff87813          	zext.b	a6,a6
80402ca8:	030bf163          	bgeu	s7,a6,80402cca <skip_to_arg+0x96>
80402cac:	fd070813          	add	a6,a4,-48
80402cb0:	0ff87813          	zext.b	a6,a6
80402cb4:	4c25                	li	s8,9
80402cb6:	050c6563          	bltu	s8,a6,80402d00 <skip_to_arg+0xcc>
80402cba:	47a9                	li	a5,10
80402cbc:	02f687b3          	mul	a5,a3,a5
80402cc0:	00f806b3          	add	a3,a6,a5
80402cc4:	02000793          	li	a5,32
80402cc8:	a039                	j	80402cd6 <skip_to_arg+0xa2>
80402cca:	010ed833          	srl	a6,t4,a6
80402cce:	00187813          	and	a6,a6,1
80402cd2:	00080963          	beqz	a6,80402ce4 <skip_to_arg+0xb0>
80402cd6:	0008c703          	lbu	a4,0(a7)
80402cda:	0885                	add	a7,a7,1
80402cdc:	f361                	bnez	a4,80402c9c <skip_to_arg+0x68>
80402cde:	a8b1                	j	80402d3a <skip_to_arg+0x106>
80402ce0:	04fb6363          	bltu	s6,a5,80402d26 <skip_to_arg+0xf2>
80402ce4:	fd070813          	add	a6,a4,-48
80402ce8:	0ff87813          	zext.b	a6,a6
80402cec:	fd0a77e3          	bgeu	s4,a6,80402cba <skip_to_arg+0x86>
80402cf0:	03571563          	bne	a4,s5,80402d1a <skip_to_arg+0xe6>
80402cf4:	0a0e0063          	beqz	t3,80402d94 <skip_to_arg+0x160>
80402cf8:	0a668063          	beq	a3,t1,80402d98 <skip_to_arg+0x164>
80402cfc:	4681                	li	a3,0
80402cfe:	bfe1                	j	80402cd6 <skip_to_arg+0xa2>
80402d00:	0fb77813          	and	a6,a4,251
80402d04:	02a00c13          	li	s8,42
80402d08:	ff880ae3          	beq	a6,s8,80402cfc <skip_to_arg+0xc8>
80402d0c:	06c00813          	li	a6,108
80402d10:	01071d63          	bne	a4,a6,80402d2a <skip_to_arg+0xf6>
80402d14:	0807e793          	or	a5,a5,128
80402d18:	bf7d                	j	80402cd6 <skip_to_arg+0xa2>
80402d1a:	0fb77813          	and	a6,a4,251
80402d1e:	02a00c13          	li	s8,42
80402d22:	fd880de3          	beq	a6,s8,80402cfc <skip_to_arg+0xc8>
80402d26:	05f70663          	beq	a4,t6,80402d72 <skip_to_arg+0x13e>
80402d2a:	02efef63          	bltu	t6,a4,80402d68 <skip_to_arg+0x134>
80402d2e:	04970863          	beq	a4,s1,80402d7e <skip_to_arg+0x14a>
80402d32:	05270e63          	beq	a4,s2,80402d8e <skip_to_arg+0x15a>
80402d36:	05370c63          	beq	a4,s3,80402d8e <skip_to_arg+0x15a>
80402d3a:	f00e07e3          	beqz	t3,80402c48 <skip_to_arg+0x14>
80402d3e:	f06e13e3          	bne	t3,t1,80402c44 <skip_to_arg+0x10>
80402d42:	02076893          	or	a7,a4,32
80402d46:	f9b88813          	add	a6,a7,-101
80402d4a:	0ff87813          	zext.b	a6,a6
80402d4e:	4e09                	li	t3,2
80402d50:	4194                	lw	a3,0(a1)
80402d52:	010e7663          	bgeu	t3,a6,80402d5e <skip_to_arg+0x12a>
80402d56:	06100813          	li	a6,97
80402d5a:	05089263          	bne	a7,a6,80402d9e <skip_to_arg+0x16a>
80402d5e:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80402d60:	9ae1                	and	a3,a3,-8
80402d62:	00868713          	add	a4,a3,8
80402d66:	a091                	j	80402daa <skip_to_arg+0x176>
80402d68:	f67707e3          	beq	a4,t2,80402cd6 <skip_to_arg+0xa2>
80402d6c:	f68705e3          	beq	a4,s0,80402cd6 <skip_to_arg+0xa2>
80402d70:	b7e9                	j	80402d3a <skip_to_arg+0x106>
80402d72:	0807f713          	and	a4,a5,128
80402d76:	df59                	beqz	a4,80402d14 <skip_to_arg+0xe0>
80402d78:	2007e793          	or	a5,a5,512
80402d7c:	bf61                	j	80402d14 <skip_to_arg+0xe0>
80402d7e:	1007f713          	and	a4,a5,256
80402d82:	c319                	beqz	a4,80402d88 <skip_to_arg+0x154>
80402d84:	2007e793          	or	a5,a5,512
80402d88:	1007e793          	or	a5,a5,256
80402d8c:	b7a9                	j	80402cd6 <skip_to_arg+0xa2>
80402d8e:	2807e793          	or	a5,a5,640
80402d92:	b791                	j	80402cd6 <skip_to_arg+0xa2>
80402d94:	8e36                	mv	t3,a3
80402d96:	b79d                	j	80402cfc <skip_to_arg+0xc8>
80402d98:	06300713          	li	a4,99
80402d9c:	b75d                	j	80402d42 <skip_to_arg+0x10e>
80402d9e:	06300813          	li	a6,99
80402da2:	01071763          	bne	a4,a6,80402db0 <skip_to_arg+0x17c>
80402da6:	00468713          	add	a4,a3,4
80402daa:	c198                	sw	a4,0(a1)
80402dac:	0305                	add	t1,t1,1
80402dae:	bd51                	j	80402c42 <skip_to_arg+0xe>
80402db0:	07300813          	li	a6,115
80402db4:	ff0709e3          	beq	a4,a6,80402da6 <skip_to_arg+0x172>
80402db8:	0807f813          	and	a6,a5,128
80402dbc:	00468713          	add	a4,a3,4
80402dc0:	fe0805e3          	beqz	a6,80402daa <skip_to_arg+0x176>
80402dc4:	2007f793          	and	a5,a5,512
80402dc8:	d3ed                	beqz	a5,80402daa <skip_to_arg+0x176>
80402dca:	bf51                	j	80402d5e <skip_to_arg+0x12a>

80402dcc <__d_vfprintf>:
80402dcc:	00000317          	auipc	t1,0x0
80402dd0:	c0a302e7          	jalr	t0,-1014(t1) # 804029d6 <__riscv_save_12>
80402dd4:	00454783          	lbu	a5,4(a0)
80402dd8:	7139                	add	sp,sp,-64
80402dda:	c02a                	sw	a0,0(sp)
80402ddc:	c42e                	sw	a1,8(sp)
80402dde:	c632                	sw	a2,12(sp)
80402de0:	8b89                	and	a5,a5,2
80402de2:	00852a03          	lw	s4,8(a0)
80402de6:	c785                	beqz	a5,80402e0e <__d_vfprintf+0x42>
80402de8:	d232                	sw	a2,36(sp)
80402dea:	87ae                	mv	a5,a1
80402dec:	4401                	li	s0,0
80402dee:	0007c903          	lbu	s2,0(a5)
80402df2:	00090f63          	beqz	s2,80402e10 <__d_vfprintf+0x44>
80402df6:	02500713          	li	a4,37
80402dfa:	02e90163          	beq	s2,a4,80402e1c <__d_vfprintf+0x50>
80402dfe:	0785                	add	a5,a5,1
80402e00:	c23e                	sw	a5,4(sp)
80402e02:	4582                	lw	a1,0(sp)
80402e04:	854a                	mv	a0,s2
80402e06:	0405                	add	s0,s0,1
80402e08:	9a02                	jalr	s4
80402e0a:	2a0557e3          	bgez	a0,804038b8 <__d_vfprintf+0xaec>
80402e0e:	547d                	li	s0,-1
80402e10:	8522                	mv	a0,s0
80402e12:	6121                	add	sp,sp,64
80402e14:	00000317          	auipc	t1,0x0
80402e18:	bfe30067          	jr	-1026(t1) # 80402a12 <__riscv_restore_12>
80402e1c:	0017c903          	lbu	s2,1(a5)
80402e20:	00278713          	add	a4,a5,2
80402e24:	c23a                	sw	a4,4(sp)
80402e26:	02500793          	li	a5,37
80402e2a:	fcf90ce3          	beq	s2,a5,80402e02 <__d_vfprintf+0x36>
80402e2e:	804064b7          	lui	s1,0x80406
80402e32:	4a81                	li	s5,0
80402e34:	4d01                	li	s10,0
80402e36:	4b01                	li	s6,0
80402e38:	4d81                	li	s11,0
80402e3a:	06c00993          	li	s3,108
80402e3e:	07400b93          	li	s7,116
80402e42:	07a00c13          	li	s8,122
80402e46:	06800c93          	li	s9,104
80402e4a:	67048493          	add	s1,s1,1648 # 80406670 <msg.0+0x1c>
80402e4e:	47fd                	li	a5,31
80402e50:	07b7e163          	bltu	a5,s11,80402eb2 <__d_vfprintf+0xe6>
80402e54:	fe090793          	add	a5,s2,-32
80402e58:	0ff7f793          	zext.b	a5,a5
80402e5c:	4741                	li	a4,16
80402e5e:	00f76663          	bltu	a4,a5,80402e6a <__d_vfprintf+0x9e>
80402e62:	078a                	sll	a5,a5,0x2
80402e64:	97a6                	add	a5,a5,s1
80402e66:	439c                	lw	a5,0(a5)
80402e68:	8782                	jr	a5
80402e6a:	fd090793          	add	a5,s2,-48
80402e6e:	0ff7f793          	zext.b	a5,a5
80402e72:	4725                	li	a4,9
80402e74:	06f76463          	bltu	a4,a5,80402edc <__d_vfprintf+0x110>
80402e78:	46a9                	li	a3,10
80402e7a:	02db06b3          	mul	a3,s6,a3
80402e7e:	00f68b33          	add	s6,a3,a5
80402e82:	020ded93          	or	s11,s11,32
80402e86:	a019                	j	80402e8c <__d_vfprintf+0xc0>
80402e88:	001ded93          	or	s11,s11,1
80402e8c:	4792                	lw	a5,4(sp)
80402e8e:	0007c903          	lbu	s2,0(a5)
80402e92:	0785                	add	a5,a5,1
80402e94:	c23e                	sw	a5,4(sp)
80402e96:	fa091ce3          	bnez	s2,80402e4e <__d_vfprintf+0x82>
80402e9a:	a8cd                	j	80402f8c <__d_vfprintf+0x1c0>
80402e9c:	002ded93          	or	s11,s11,2
80402ea0:	004ded93          	or	s11,s11,4
80402ea4:	b7e5                	j	80402e8c <__d_vfprintf+0xc0>
80402ea6:	008ded93          	or	s11,s11,8
80402eaa:	b7cd                	j	80402e8c <__d_vfprintf+0xc0>
80402eac:	010ded93          	or	s11,s11,16
80402eb0:	bff1                	j	80402e8c <__d_vfprintf+0xc0>
80402eb2:	07f00793          	li	a5,127
80402eb6:	0bb7ed63          	bltu	a5,s11,80402f70 <__d_vfprintf+0x1a4>
80402eba:	fd090693          	add	a3,s2,-48
80402ebe:	0ff6f693          	zext.b	a3,a3
80402ec2:	47a5                	li	a5,9
80402ec4:	00d7ec63          	bltu	a5,a3,80402edc <__d_vfprintf+0x110>
80402ec8:	040df613          	and	a2,s11,64
80402ecc:	87b6                	mv	a5,a3
80402ece:	d64d                	beqz	a2,80402e78 <__d_vfprintf+0xac>
80402ed0:	47a9                	li	a5,10
80402ed2:	02fd07b3          	mul	a5,s10,a5
80402ed6:	00d78d33          	add	s10,a5,a3
80402eda:	bf4d                	j	80402e8c <__d_vfprintf+0xc0>
80402edc:	02a00793          	li	a5,42
80402ee0:	02f91663          	bne	s2,a5,80402f0c <__d_vfprintf+0x140>
80402ee4:	fa0a94e3          	bnez	s5,80402e8c <__d_vfprintf+0xc0>
80402ee8:	5692                	lw	a3,36(sp)
80402eea:	040df793          	and	a5,s11,64
80402eee:	00468613          	add	a2,a3,4
80402ef2:	4294                	lw	a3,0(a3)
80402ef4:	d232                	sw	a2,36(sp)
80402ef6:	c399                	beqz	a5,80402efc <__d_vfprintf+0x130>
80402ef8:	8d36                	mv	s10,a3
80402efa:	bf49                	j	80402e8c <__d_vfprintf+0xc0>
80402efc:	8b36                	mv	s6,a3
80402efe:	f806d2e3          	bgez	a3,80402e82 <__d_vfprintf+0xb6>
80402f02:	40d00b33          	neg	s6,a3
80402f06:	028ded93          	or	s11,s11,40
80402f0a:	b749                	j	80402e8c <__d_vfprintf+0xc0>
80402f0c:	02e00793          	li	a5,46
80402f10:	00f91963          	bne	s2,a5,80402f22 <__d_vfprintf+0x156>
80402f14:	040df793          	and	a5,s11,64
80402f18:	ee079ce3          	bnez	a5,80402e10 <__d_vfprintf+0x44>
80402f1c:	040ded93          	or	s11,s11,64
80402f20:	b7b5                	j	80402e8c <__d_vfprintf+0xc0>
80402f22:	02400793          	li	a5,36
80402f26:	04f91563          	bne	s2,a5,80402f70 <__d_vfprintf+0x1a4>
80402f2a:	140a8363          	beqz	s5,80403070 <__d_vfprintf+0x2a4>
80402f2e:	47b2                	lw	a5,12(sp)
80402f30:	d23e                	sw	a5,36(sp)
80402f32:	040df793          	and	a5,s11,64
80402f36:	ef99                	bnez	a5,80402f54 <__d_vfprintf+0x188>
80402f38:	4522                	lw	a0,8(sp)
80402f3a:	865a                	mv	a2,s6
80402f3c:	104c                	add	a1,sp,36
80402f3e:	00000097          	auipc	ra,0x0
80402f42:	cf6080e7          	jalr	-778(ra) # 80402c34 <skip_to_arg>
80402f46:	5792                	lw	a5,36(sp)
80402f48:	00478693          	add	a3,a5,4
80402f4c:	0007ab03          	lw	s6,0(a5)
80402f50:	d236                	sw	a3,36(sp)
80402f52:	bf2d                	j	80402e8c <__d_vfprintf+0xc0>
80402f54:	4522                	lw	a0,8(sp)
80402f56:	866a                	mv	a2,s10
80402f58:	104c                	add	a1,sp,36
80402f5a:	00000097          	auipc	ra,0x0
80402f5e:	cda080e7          	jalr	-806(ra) # 80402c34 <skip_to_arg>
80402f62:	5792                	lw	a5,36(sp)
80402f64:	00478693          	add	a3,a5,4
80402f68:	0007ad03          	lw	s10,0(a5)
80402f6c:	d236                	sw	a3,36(sp)
80402f6e:	bf39                	j	80402e8c <__d_vfprintf+0xc0>
80402f70:	0d390d63          	beq	s2,s3,8040304a <__d_vfprintf+0x27e>
80402f74:	0d29e663          	bltu	s3,s2,80403040 <__d_vfprintf+0x274>
80402f78:	0f990163          	beq	s2,s9,8040305a <__d_vfprintf+0x28e>
80402f7c:	06a00793          	li	a5,106
80402f80:	0ef90563          	beq	s2,a5,8040306a <__d_vfprintf+0x29e>
80402f84:	04c00793          	li	a5,76
80402f88:	0ef90163          	beq	s2,a5,8040306a <__d_vfprintf+0x29e>
80402f8c:	000a8b63          	beqz	s5,80402fa2 <__d_vfprintf+0x1d6>
80402f90:	47b2                	lw	a5,12(sp)
80402f92:	4522                	lw	a0,8(sp)
80402f94:	8656                	mv	a2,s5
80402f96:	104c                	add	a1,sp,36
80402f98:	d23e                	sw	a5,36(sp)
80402f9a:	00000097          	auipc	ra,0x0
80402f9e:	c9a080e7          	jalr	-870(ra) # 80402c34 <skip_to_arg>
80402fa2:	000d5963          	bgez	s10,80402fb4 <__d_vfprintf+0x1e8>
80402fa6:	fbfdf813          	and	a6,s11,-65
80402faa:	01081d93          	sll	s11,a6,0x10
80402fae:	010ddd93          	srl	s11,s11,0x10
80402fb2:	4d01                	li	s10,0
80402fb4:	02096c93          	or	s9,s2,32
80402fb8:	f9bc8793          	add	a5,s9,-101
80402fbc:	0ff7f793          	zext.b	a5,a5
80402fc0:	4709                	li	a4,2
80402fc2:	0af77d63          	bgeu	a4,a5,8040307c <__d_vfprintf+0x2b0>
80402fc6:	06100793          	li	a5,97
80402fca:	6afc9763          	bne	s9,a5,80403678 <__d_vfprintf+0x8ac>
80402fce:	5792                	lw	a5,36(sp)
80402fd0:	6a89                	lui	s5,0x2
80402fd2:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80402fd6:	079d                	add	a5,a5,7
80402fd8:	9be1                	and	a5,a5,-8
80402fda:	0047ab83          	lw	s7,4(a5)
80402fde:	0007a883          	lw	a7,0(a5)
80402fe2:	00878713          	add	a4,a5,8
80402fe6:	414bd993          	sra	s3,s7,0x14
80402fea:	00cb9c13          	sll	s8,s7,0xc
80402fee:	7ff9f993          	and	s3,s3,2047
80402ff2:	00cc5c93          	srl	s9,s8,0xc
80402ff6:	015deab3          	or	s5,s11,s5
80402ffa:	0119e533          	or	a0,s3,a7
80402ffe:	fff94913          	not	s2,s2
80403002:	0ac2                	sll	s5,s5,0x10
80403004:	d23a                	sw	a4,36(sp)
80403006:	019567b3          	or	a5,a0,s9
8040300a:	02097913          	and	s2,s2,32
8040300e:	010ada93          	srl	s5,s5,0x10
80403012:	86c6                	mv	a3,a7
80403014:	8c66                	mv	s8,s9
80403016:	040df813          	and	a6,s11,64
8040301a:	01fbdb93          	srl	s7,s7,0x1f
8040301e:	efcd                	bnez	a5,804030d8 <__d_vfprintf+0x30c>
80403020:	03000793          	li	a5,48
80403024:	0ffbfb93          	zext.b	s7,s7
80403028:	02f106a3          	sb	a5,45(sp)
8040302c:	03710623          	sb	s7,44(sp)
80403030:	26080363          	beqz	a6,80403296 <__d_vfprintf+0x4ca>
80403034:	47b1                	li	a5,12
80403036:	4981                	li	s3,0
80403038:	0da7d463          	bge	a5,s10,80403100 <__d_vfprintf+0x334>
8040303c:	4d35                	li	s10,13
8040303e:	aab5                	j	804031ba <__d_vfprintf+0x3ee>
80403040:	e57906e3          	beq	s2,s7,80402e8c <__d_vfprintf+0xc0>
80403044:	e58904e3          	beq	s2,s8,80402e8c <__d_vfprintf+0xc0>
80403048:	b791                	j	80402f8c <__d_vfprintf+0x1c0>
8040304a:	080df793          	and	a5,s11,128
8040304e:	c399                	beqz	a5,80403054 <__d_vfprintf+0x288>
80403050:	200ded93          	or	s11,s11,512
80403054:	080ded93          	or	s11,s11,128
80403058:	bd15                	j	80402e8c <__d_vfprintf+0xc0>
8040305a:	100df793          	and	a5,s11,256
8040305e:	c399                	beqz	a5,80403064 <__d_vfprintf+0x298>
80403060:	200ded93          	or	s11,s11,512
80403064:	100ded93          	or	s11,s11,256
80403068:	b515                	j	80402e8c <__d_vfprintf+0xc0>
8040306a:	280ded93          	or	s11,s11,640
8040306e:	bd39                	j	80402e8c <__d_vfprintf+0xc0>
80403070:	875a                	mv	a4,s6
80403072:	4d01                	li	s10,0
80403074:	4b01                	li	s6,0
80403076:	8aba                	mv	s5,a4
80403078:	4d81                	li	s11,0
8040307a:	bd09                	j	80402e8c <__d_vfprintf+0xc0>
8040307c:	5792                	lw	a5,36(sp)
8040307e:	fff94913          	not	s2,s2
80403082:	02097913          	and	s2,s2,32
80403086:	079d                	add	a5,a5,7
80403088:	9be1                	and	a5,a5,-8
8040308a:	00878713          	add	a4,a5,8
8040308e:	4388                	lw	a0,0(a5)
80403090:	43cc                	lw	a1,4(a5)
80403092:	d23a                	sw	a4,36(sp)
80403094:	040df793          	and	a5,s11,64
80403098:	22078363          	beqz	a5,804032be <__d_vfprintf+0x4f2>
8040309c:	06500793          	li	a5,101
804030a0:	22fc9163          	bne	s9,a5,804032c2 <__d_vfprintf+0x4f6>
804030a4:	6785                	lui	a5,0x1
804030a6:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fb9e2b1>
804030aa:	00fdedb3          	or	s11,s11,a5
804030ae:	0ff67613          	zext.b	a2,a2
804030b2:	4701                	li	a4,0
804030b4:	4781                	li	a5,0
804030b6:	4345                	li	t1,17
804030b8:	0ff67693          	zext.b	a3,a2
804030bc:	00c37363          	bgeu	t1,a2,804030c2 <__d_vfprintf+0x2f6>
804030c0:	46c5                	li	a3,17
804030c2:	1030                	add	a2,sp,40
804030c4:	00001097          	auipc	ra,0x1
804030c8:	bbe080e7          	jalr	-1090(ra) # 80403c82 <__dtoa_engine>
804030cc:	0ff57b93          	zext.b	s7,a0
804030d0:	59a2                	lw	s3,40(sp)
804030d2:	8aee                	mv	s5,s11
804030d4:	4c09                	li	s8,2
804030d6:	aa21                	j	804031ee <__d_vfprintf+0x422>
804030d8:	03100793          	li	a5,49
804030dc:	00099563          	bnez	s3,804030e6 <__d_vfprintf+0x31a>
804030e0:	03000793          	li	a5,48
804030e4:	4985                	li	s3,1
804030e6:	0ffbfb93          	zext.b	s7,s7
804030ea:	02f106a3          	sb	a5,45(sp)
804030ee:	03710623          	sb	s7,44(sp)
804030f2:	c0198993          	add	s3,s3,-1023
804030f6:	18080763          	beqz	a6,80403284 <__d_vfprintf+0x4b8>
804030fa:	47b1                	li	a5,12
804030fc:	19a7c663          	blt	a5,s10,80403288 <__d_vfprintf+0x4bc>
80403100:	4335                	li	t1,13
80403102:	41a30333          	sub	t1,t1,s10
80403106:	00231d93          	sll	s11,t1,0x2
8040310a:	fffd8613          	add	a2,s11,-1
8040310e:	4505                	li	a0,1
80403110:	4581                	li	a1,0
80403112:	ca46                	sw	a7,20(sp)
80403114:	c836                	sw	a3,16(sp)
80403116:	fffff097          	auipc	ra,0xfffff
8040311a:	1ac080e7          	jalr	428(ra) # 804022c2 <__ashldi3>
8040311e:	84aa                	mv	s1,a0
80403120:	872e                	mv	a4,a1
80403122:	00171793          	sll	a5,a4,0x1
80403126:	85aa                	mv	a1,a0
80403128:	01f4d513          	srl	a0,s1,0x1f
8040312c:	00149e13          	sll	t3,s1,0x1
80403130:	8fc9                	or	a5,a5,a0
80403132:	40f00c33          	neg	s8,a5
80403136:	01c03533          	snez	a0,t3
8040313a:	48d2                	lw	a7,20(sp)
8040313c:	41c00833          	neg	a6,t3
80403140:	40ac0c33          	sub	s8,s8,a0
80403144:	fffe0513          	add	a0,t3,-1
80403148:	001e3e13          	seqz	t3,t3
8040314c:	41c787b3          	sub	a5,a5,t3
80403150:	0197f7b3          	and	a5,a5,s9
80403154:	01157533          	and	a0,a0,a7
80403158:	02f74863          	blt	a4,a5,80403188 <__d_vfprintf+0x3bc>
8040315c:	46c2                	lw	a3,16(sp)
8040315e:	00e79463          	bne	a5,a4,80403166 <__d_vfprintf+0x39a>
80403162:	02a5e363          	bltu	a1,a0,80403188 <__d_vfprintf+0x3bc>
80403166:	8546                	mv	a0,a7
80403168:	866e                	mv	a2,s11
8040316a:	85e6                	mv	a1,s9
8040316c:	ce3a                	sw	a4,28(sp)
8040316e:	cc42                	sw	a6,24(sp)
80403170:	ca36                	sw	a3,20(sp)
80403172:	c846                	sw	a7,16(sp)
80403174:	fffff097          	auipc	ra,0xfffff
80403178:	176080e7          	jalr	374(ra) # 804022ea <__ashrdi3>
8040317c:	8905                	and	a0,a0,1
8040317e:	48c2                	lw	a7,16(sp)
80403180:	46d2                	lw	a3,20(sp)
80403182:	4862                	lw	a6,24(sp)
80403184:	4772                	lw	a4,28(sp)
80403186:	c94d                	beqz	a0,80403238 <__d_vfprintf+0x46c>
80403188:	00988533          	add	a0,a7,s1
8040318c:	01153db3          	sltu	s11,a0,a7
80403190:	9766                	add	a4,a4,s9
80403192:	00ed8cb3          	add	s9,s11,a4
80403196:	001007b7          	lui	a5,0x100
8040319a:	86aa                	mv	a3,a0
8040319c:	08fcce63          	blt	s9,a5,80403238 <__d_vfprintf+0x46c>
804031a0:	02d14783          	lbu	a5,45(sp)
804031a4:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
804031a6:	02f106a3          	sb	a5,45(sp)
804031aa:	40000793          	li	a5,1024
804031ae:	0af98163          	beq	s3,a5,80403250 <__d_vfprintf+0x484>
804031b2:	00a87533          	and	a0,a6,a0
804031b6:	019c7c33          	and	s8,s8,s9
804031ba:	05700613          	li	a2,87
804031be:	1034                	add	a3,sp,40
804031c0:	4735                	li	a4,13
804031c2:	45a5                	li	a1,9
804031c4:	41260633          	sub	a2,a2,s2
804031c8:	01cc1813          	sll	a6,s8,0x1c
804031cc:	00f57793          	and	a5,a0,15
804031d0:	8111                	srl	a0,a0,0x4
804031d2:	00a86533          	or	a0,a6,a0
804031d6:	404c5c13          	sra	s8,s8,0x4
804031da:	e7e1                	bnez	a5,804032a2 <__d_vfprintf+0x4d6>
804031dc:	0ced5563          	bge	s10,a4,804032a6 <__d_vfprintf+0x4da>
804031e0:	177d                	add	a4,a4,-1
804031e2:	16fd                	add	a3,a3,-1
804031e4:	f375                	bnez	a4,804031c8 <__d_vfprintf+0x3fc>
804031e6:	4c05                	li	s8,1
804031e8:	4bb9                	li	s7,14
804031ea:	07000c93          	li	s9,112
804031ee:	00998713          	add	a4,s3,9
804031f2:	46c9                	li	a3,18
804031f4:	87ce                	mv	a5,s3
804031f6:	06e6e863          	bltu	a3,a4,80403266 <__d_vfprintf+0x49a>
804031fa:	02c14703          	lbu	a4,44(sp)
804031fe:	00177d93          	and	s11,a4,1
80403202:	8b31                	and	a4,a4,12
80403204:	120d9a63          	bnez	s11,80403338 <__d_vfprintf+0x56c>
80403208:	002af793          	and	a5,s5,2
8040320c:	12079263          	bnez	a5,80403330 <__d_vfprintf+0x564>
80403210:	004af793          	and	a5,s5,4
80403214:	cfe9                	beqz	a5,804032ee <__d_vfprintf+0x522>
80403216:	12071563          	bnez	a4,80403340 <__d_vfprintf+0x574>
8040321a:	02000713          	li	a4,32
8040321e:	678d                	lui	a5,0x3
80403220:	00faf7b3          	and	a5,s5,a5
80403224:	1c079363          	bnez	a5,804033ea <__d_vfprintf+0x61e>
80403228:	000d1363          	bnez	s10,8040322e <__d_vfprintf+0x462>
8040322c:	4d05                	li	s10,1
8040322e:	103c                	add	a5,sp,40
80403230:	97de                	add	a5,a5,s7
80403232:	03000693          	li	a3,48
80403236:	aa9d                	j	804033ac <__d_vfprintf+0x5e0>
80403238:	0106f6b3          	and	a3,a3,a6
8040323c:	018cfcb3          	and	s9,s9,s8
80403240:	40000793          	li	a5,1024
80403244:	04f99c63          	bne	s3,a5,8040329c <__d_vfprintf+0x4d0>
80403248:	0196ecb3          	or	s9,a3,s9
8040324c:	040c8063          	beqz	s9,8040328c <__d_vfprintf+0x4c0>
80403250:	008beb93          	or	s7,s7,8
80403254:	03710623          	sb	s7,44(sp)
80403258:	40000993          	li	s3,1024
8040325c:	4bb9                	li	s7,14
8040325e:	07000c93          	li	s9,112
80403262:	40000793          	li	a5,1024
80403266:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
8040326a:	0c600693          	li	a3,198
8040326e:	4c09                	li	s8,2
80403270:	f8e6f5e3          	bgeu	a3,a4,804031fa <__d_vfprintf+0x42e>
80403274:	3e778793          	add	a5,a5,999
80403278:	7ce00c13          	li	s8,1998
8040327c:	00fc3c33          	sltu	s8,s8,a5
80403280:	0c0d                	add	s8,s8,3
80403282:	bfa5                	j	804031fa <__d_vfprintf+0x42e>
80403284:	4d01                	li	s10,0
80403286:	bf6d                	j	80403240 <__d_vfprintf+0x474>
80403288:	4d35                	li	s10,13
8040328a:	bf5d                	j	80403240 <__d_vfprintf+0x474>
8040328c:	004beb93          	or	s7,s7,4
80403290:	03710623          	sb	s7,44(sp)
80403294:	b7e1                	j	8040325c <__d_vfprintf+0x490>
80403296:	4981                	li	s3,0
80403298:	4d01                	li	s10,0
8040329a:	b705                	j	804031ba <__d_vfprintf+0x3ee>
8040329c:	8536                	mv	a0,a3
8040329e:	8c66                	mv	s8,s9
804032a0:	bf29                	j	804031ba <__d_vfprintf+0x3ee>
804032a2:	00f5ea63          	bltu	a1,a5,804032b6 <__d_vfprintf+0x4ea>
804032a6:	03078793          	add	a5,a5,48
804032aa:	00f68923          	sb	a5,18(a3)
804032ae:	f2ed59e3          	bge	s10,a4,804031e0 <__d_vfprintf+0x414>
804032b2:	8d3a                	mv	s10,a4
804032b4:	b735                	j	804031e0 <__d_vfprintf+0x414>
804032b6:	97b2                	add	a5,a5,a2
804032b8:	0ff7f793          	zext.b	a5,a5
804032bc:	b7fd                	j	804032aa <__d_vfprintf+0x4de>
804032be:	4d19                	li	s10,6
804032c0:	bbf1                	j	8040309c <__d_vfprintf+0x2d0>
804032c2:	06600793          	li	a5,102
804032c6:	00fc9963          	bne	s9,a5,804032d8 <__d_vfprintf+0x50c>
804032ca:	6789                	lui	a5,0x2
804032cc:	00fdedb3          	or	s11,s11,a5
804032d0:	4705                	li	a4,1
804032d2:	87ea                	mv	a5,s10
804032d4:	4645                	li	a2,17
804032d6:	b3c5                	j	804030b6 <__d_vfprintf+0x2ea>
804032d8:	0ffd7793          	zext.b	a5,s10
804032dc:	0ffd7613          	zext.b	a2,s10
804032e0:	e391                	bnez	a5,804032e4 <__d_vfprintf+0x518>
804032e2:	4605                	li	a2,1
804032e4:	4701                	li	a4,0
804032e6:	4781                	li	a5,0
804032e8:	06500c93          	li	s9,101
804032ec:	b3e9                	j	804030b6 <__d_vfprintf+0x2ea>
804032ee:	db05                	beqz	a4,8040321e <__d_vfprintf+0x452>
804032f0:	478d                	li	a5,3
804032f2:	0967d163          	bge	a5,s6,80403374 <__d_vfprintf+0x5a8>
804032f6:	008afa93          	and	s5,s5,8
804032fa:	ffdb0493          	add	s1,s6,-3
804032fe:	000a9f63          	bnez	s5,8040331c <__d_vfprintf+0x550>
80403302:	94a2                	add	s1,s1,s0
80403304:	4582                	lw	a1,0(sp)
80403306:	02000513          	li	a0,32
8040330a:	0405                	add	s0,s0,1
8040330c:	9a02                	jalr	s4
8040330e:	b00540e3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
80403312:	fe8499e3          	bne	s1,s0,80403304 <__d_vfprintf+0x538>
80403316:	4481                	li	s1,0
80403318:	020d9f63          	bnez	s11,80403356 <__d_vfprintf+0x58a>
8040331c:	02c14783          	lbu	a5,44(sp)
80403320:	8ba1                	and	a5,a5,8
80403322:	efad                	bnez	a5,8040339c <__d_vfprintf+0x5d0>
80403324:	804079b7          	lui	s3,0x80407
80403328:	b3c98993          	add	s3,s3,-1220 # 80406b3c <__clz_tab+0x100>
8040332c:	8c22                	mv	s8,s0
8040332e:	a8b1                	j	8040338a <__d_vfprintf+0x5be>
80403330:	eb15                	bnez	a4,80403364 <__d_vfprintf+0x598>
80403332:	02b00713          	li	a4,43
80403336:	b5e5                	j	8040321e <__d_vfprintf+0x452>
80403338:	eb0d                	bnez	a4,8040336a <__d_vfprintf+0x59e>
8040333a:	02d00713          	li	a4,45
8040333e:	b5c5                	j	8040321e <__d_vfprintf+0x452>
80403340:	02000d93          	li	s11,32
80403344:	4791                	li	a5,4
80403346:	0367d563          	bge	a5,s6,80403370 <__d_vfprintf+0x5a4>
8040334a:	008afa93          	and	s5,s5,8
8040334e:	ffcb0493          	add	s1,s6,-4
80403352:	fa0a88e3          	beqz	s5,80403302 <__d_vfprintf+0x536>
80403356:	4582                	lw	a1,0(sp)
80403358:	856e                	mv	a0,s11
8040335a:	0405                	add	s0,s0,1
8040335c:	9a02                	jalr	s4
8040335e:	fa055fe3          	bgez	a0,8040331c <__d_vfprintf+0x550>
80403362:	b475                	j	80402e0e <__d_vfprintf+0x42>
80403364:	02b00d93          	li	s11,43
80403368:	bff1                	j	80403344 <__d_vfprintf+0x578>
8040336a:	02d00d93          	li	s11,45
8040336e:	bfd9                	j	80403344 <__d_vfprintf+0x578>
80403370:	4481                	li	s1,0
80403372:	b7d5                	j	80403356 <__d_vfprintf+0x58a>
80403374:	4481                	li	s1,0
80403376:	b75d                	j	8040331c <__d_vfprintf+0x550>
80403378:	4582                	lw	a1,0(sp)
8040337a:	41250533          	sub	a0,a0,s2
8040337e:	0ff57513          	zext.b	a0,a0
80403382:	0c05                	add	s8,s8,1
80403384:	9a02                	jalr	s4
80403386:	a80544e3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
8040338a:	408c07b3          	sub	a5,s8,s0
8040338e:	97ce                	add	a5,a5,s3
80403390:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80403394:	f175                	bnez	a0,80403378 <__d_vfprintf+0x5ac>
80403396:	8462                	mv	s0,s8
80403398:	94e2                	add	s1,s1,s8
8040339a:	a535                	j	804039c6 <__d_vfprintf+0xbfa>
8040339c:	804079b7          	lui	s3,0x80407
804033a0:	b4098993          	add	s3,s3,-1216 # 80406b40 <__clz_tab+0x104>
804033a4:	b761                	j	8040332c <__d_vfprintf+0x560>
804033a6:	1bfd                	add	s7,s7,-1
804033a8:	0ffbfb93          	zext.b	s7,s7
804033ac:	000b8763          	beqz	s7,804033ba <__d_vfprintf+0x5ee>
804033b0:	0047c603          	lbu	a2,4(a5)
804033b4:	17fd                	add	a5,a5,-1
804033b6:	fed608e3          	beq	a2,a3,804033a6 <__d_vfprintf+0x5da>
804033ba:	010af693          	and	a3,s5,16
804033be:	87ea                	mv	a5,s10
804033c0:	e291                	bnez	a3,804033c4 <__d_vfprintf+0x5f8>
804033c2:	87de                	mv	a5,s7
804033c4:	56f1                	li	a3,-4
804033c6:	0ed9cc63          	blt	s3,a3,804034be <__d_vfprintf+0x6f2>
804033ca:	0fa9da63          	bge	s3,s10,804034be <__d_vfprintf+0x6f2>
804033ce:	6689                	lui	a3,0x2
804033d0:	00dae6b3          	or	a3,s5,a3
804033d4:	01069a93          	sll	s5,a3,0x10
804033d8:	010ada93          	srl	s5,s5,0x10
804033dc:	4d01                	li	s10,0
804033de:	00f9d663          	bge	s3,a5,804033ea <__d_vfprintf+0x61e>
804033e2:	00198893          	add	a7,s3,1
804033e6:	41178d33          	sub	s10,a5,a7
804033ea:	6d89                	lui	s11,0x2
804033ec:	01bafdb3          	and	s11,s5,s11
804033f0:	0c0d8a63          	beqz	s11,804034c4 <__d_vfprintf+0x6f8>
804033f4:	87ce                	mv	a5,s3
804033f6:	0009d363          	bgez	s3,804033fc <__d_vfprintf+0x630>
804033fa:	4781                	li	a5,0
804033fc:	0785                	add	a5,a5,1
804033fe:	c311                	beqz	a4,80403402 <__d_vfprintf+0x636>
80403400:	0785                	add	a5,a5,1
80403402:	0c0d0963          	beqz	s10,804034d4 <__d_vfprintf+0x708>
80403406:	001d0693          	add	a3,s10,1
8040340a:	97b6                	add	a5,a5,a3
8040340c:	4481                	li	s1,0
8040340e:	0167d463          	bge	a5,s6,80403416 <__d_vfprintf+0x64a>
80403412:	40fb04b3          	sub	s1,s6,a5
80403416:	009af793          	and	a5,s5,9
8040341a:	e789                	bnez	a5,80403424 <__d_vfprintf+0x658>
8040341c:	94a2                	add	s1,s1,s0
8040341e:	0c849063          	bne	s1,s0,804034de <__d_vfprintf+0x712>
80403422:	4481                	li	s1,0
80403424:	c719                	beqz	a4,80403432 <__d_vfprintf+0x666>
80403426:	4582                	lw	a1,0(sp)
80403428:	853a                	mv	a0,a4
8040342a:	0405                	add	s0,s0,1
8040342c:	9a02                	jalr	s4
8040342e:	9e0540e3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
80403432:	00bad793          	srl	a5,s5,0xb
80403436:	8b85                	and	a5,a5,1
80403438:	c395                	beqz	a5,8040345c <__d_vfprintf+0x690>
8040343a:	4582                	lw	a1,0(sp)
8040343c:	03000513          	li	a0,48
80403440:	9a02                	jalr	s4
80403442:	9c0546e3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
80403446:	07800513          	li	a0,120
8040344a:	4582                	lw	a1,0(sp)
8040344c:	41250533          	sub	a0,a0,s2
80403450:	0f857513          	and	a0,a0,248
80403454:	0409                	add	s0,s0,2
80403456:	9a02                	jalr	s4
80403458:	9a054be3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
8040345c:	008af793          	and	a5,s5,8
80403460:	e791                	bnez	a5,8040346c <__d_vfprintf+0x6a0>
80403462:	8b22                	mv	s6,s0
80403464:	9426                	add	s0,s0,s1
80403466:	09641663          	bne	s0,s6,804034f2 <__d_vfprintf+0x726>
8040346a:	4481                	li	s1,0
8040346c:	0c0d8f63          	beqz	s11,8040354a <__d_vfprintf+0x77e>
80403470:	8cce                	mv	s9,s3
80403472:	0009d363          	bgez	s3,80403478 <__d_vfprintf+0x6ac>
80403476:	4c81                	li	s9,0
80403478:	41998db3          	sub	s11,s3,s9
8040347c:	41a00d33          	neg	s10,s10
80403480:	5b7d                	li	s6,-1
80403482:	03000513          	li	a0,48
80403486:	017df663          	bgeu	s11,s7,80403492 <__d_vfprintf+0x6c6>
8040348a:	103c                	add	a5,sp,40
8040348c:	97ee                	add	a5,a5,s11
8040348e:	0057c503          	lbu	a0,5(a5)
80403492:	1cfd                	add	s9,s9,-1
80403494:	00140c13          	add	s8,s0,1
80403498:	07acc563          	blt	s9,s10,80403502 <__d_vfprintf+0x736>
8040349c:	4582                	lw	a1,0(sp)
8040349e:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
804034a0:	9a02                	jalr	s4
804034a2:	960546e3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
804034a6:	016c9a63          	bne	s9,s6,804034ba <__d_vfprintf+0x6ee>
804034aa:	4582                	lw	a1,0(sp)
804034ac:	02e00513          	li	a0,46
804034b0:	9a02                	jalr	s4
804034b2:	94054ee3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
804034b6:	00240c13          	add	s8,s0,2
804034ba:	8462                	mv	s0,s8
804034bc:	b7d9                	j	80403482 <__d_vfprintf+0x6b6>
804034be:	fff78d13          	add	s10,a5,-1
804034c2:	b725                	j	804033ea <__d_vfprintf+0x61e>
804034c4:	00bad693          	srl	a3,s5,0xb
804034c8:	8a85                	and	a3,a3,1
804034ca:	478d                	li	a5,3
804034cc:	c291                	beqz	a3,804034d0 <__d_vfprintf+0x704>
804034ce:	4795                	li	a5,5
804034d0:	97e2                	add	a5,a5,s8
804034d2:	b735                	j	804033fe <__d_vfprintf+0x632>
804034d4:	010af693          	and	a3,s5,16
804034d8:	da95                	beqz	a3,8040340c <__d_vfprintf+0x640>
804034da:	0785                	add	a5,a5,1
804034dc:	bf05                	j	8040340c <__d_vfprintf+0x640>
804034de:	4582                	lw	a1,0(sp)
804034e0:	02000513          	li	a0,32
804034e4:	c83a                	sw	a4,16(sp)
804034e6:	9a02                	jalr	s4
804034e8:	4742                	lw	a4,16(sp)
804034ea:	0405                	add	s0,s0,1
804034ec:	f20559e3          	bgez	a0,8040341e <__d_vfprintf+0x652>
804034f0:	ba39                	j	80402e0e <__d_vfprintf+0x42>
804034f2:	4582                	lw	a1,0(sp)
804034f4:	03000513          	li	a0,48
804034f8:	0b05                	add	s6,s6,1
804034fa:	9a02                	jalr	s4
804034fc:	f60555e3          	bgez	a0,80403466 <__d_vfprintf+0x69a>
80403500:	b239                	j	80402e0e <__d_vfprintf+0x42>
80403502:	033c9063          	bne	s9,s3,80403522 <__d_vfprintf+0x756>
80403506:	02d14703          	lbu	a4,45(sp)
8040350a:	03500793          	li	a5,53
8040350e:	00e7e863          	bltu	a5,a4,8040351e <__d_vfprintf+0x752>
80403512:	00f71863          	bne	a4,a5,80403522 <__d_vfprintf+0x756>
80403516:	02c14783          	lbu	a5,44(sp)
8040351a:	8bc1                	and	a5,a5,16
8040351c:	e399                	bnez	a5,80403522 <__d_vfprintf+0x756>
8040351e:	03100513          	li	a0,49
80403522:	4582                	lw	a1,0(sp)
80403524:	9a02                	jalr	s4
80403526:	8e0544e3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
8040352a:	010afa93          	and	s5,s5,16
8040352e:	e60a84e3          	beqz	s5,80403396 <__d_vfprintf+0x5ca>
80403532:	57fd                	li	a5,-1
80403534:	e6fc91e3          	bne	s9,a5,80403396 <__d_vfprintf+0x5ca>
80403538:	4582                	lw	a1,0(sp)
8040353a:	00240c13          	add	s8,s0,2
8040353e:	02e00513          	li	a0,46
80403542:	9a02                	jalr	s4
80403544:	e40559e3          	bgez	a0,80403396 <__d_vfprintf+0x5ca>
80403548:	b0d9                	j	80402e0e <__d_vfprintf+0x42>
8040354a:	02d14503          	lbu	a0,45(sp)
8040354e:	03100793          	li	a5,49
80403552:	00f50763          	beq	a0,a5,80403560 <__d_vfprintf+0x794>
80403556:	02c14783          	lbu	a5,44(sp)
8040355a:	9bbd                	and	a5,a5,-17
8040355c:	02f10623          	sb	a5,44(sp)
80403560:	4582                	lw	a1,0(sp)
80403562:	9a02                	jalr	s4
80403564:	8a0545e3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
80403568:	0da05a63          	blez	s10,8040363c <__d_vfprintf+0x870>
8040356c:	4582                	lw	a1,0(sp)
8040356e:	02e00513          	li	a0,46
80403572:	0409                	add	s0,s0,2
80403574:	9a02                	jalr	s4
80403576:	88054ce3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
8040357a:	4a85                	li	s5,1
8040357c:	4785                	li	a5,1
8040357e:	0405                	add	s0,s0,1
80403580:	03000513          	li	a0,48
80403584:	017af863          	bgeu	s5,s7,80403594 <__d_vfprintf+0x7c8>
80403588:	02078793          	add	a5,a5,32
8040358c:	1018                	add	a4,sp,32
8040358e:	97ba                	add	a5,a5,a4
80403590:	fed7c503          	lbu	a0,-19(a5)
80403594:	4582                	lw	a1,0(sp)
80403596:	9a02                	jalr	s4
80403598:	86054be3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
8040359c:	0a85                	add	s5,s5,1
8040359e:	0ffafa93          	zext.b	s5,s5
804035a2:	87d6                	mv	a5,s5
804035a4:	fd5d5de3          	bge	s10,s5,8040357e <__d_vfprintf+0x7b2>
804035a8:	4582                	lw	a1,0(sp)
804035aa:	412c8533          	sub	a0,s9,s2
804035ae:	0ff57513          	zext.b	a0,a0
804035b2:	9a02                	jalr	s4
804035b4:	84054de3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
804035b8:	0009ca63          	bltz	s3,804035cc <__d_vfprintf+0x800>
804035bc:	02b00513          	li	a0,43
804035c0:	00099a63          	bnez	s3,804035d4 <__d_vfprintf+0x808>
804035c4:	02c14783          	lbu	a5,44(sp)
804035c8:	8bc1                	and	a5,a5,16
804035ca:	c789                	beqz	a5,804035d4 <__d_vfprintf+0x808>
804035cc:	413009b3          	neg	s3,s3
804035d0:	02d00513          	li	a0,45
804035d4:	4582                	lw	a1,0(sp)
804035d6:	9a02                	jalr	s4
804035d8:	82054be3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
804035dc:	4791                	li	a5,4
804035de:	06fc1e63          	bne	s8,a5,8040365a <__d_vfprintf+0x88e>
804035e2:	3e800913          	li	s2,1000
804035e6:	0329c533          	div	a0,s3,s2
804035ea:	4582                	lw	a1,0(sp)
804035ec:	040d                	add	s0,s0,3
804035ee:	03050513          	add	a0,a0,48
804035f2:	0ff57513          	zext.b	a0,a0
804035f6:	9a02                	jalr	s4
804035f8:	80054be3          	bltz	a0,80402e0e <__d_vfprintf+0x42>
804035fc:	0329e9b3          	rem	s3,s3,s2
80403600:	06400913          	li	s2,100
80403604:	4582                	lw	a1,0(sp)
80403606:	0405                	add	s0,s0,1
80403608:	0329c533          	div	a0,s3,s2
8040360c:	03050513          	add	a0,a0,48
80403610:	0ff57513          	zext.b	a0,a0
80403614:	9a02                	jalr	s4
80403616:	fe054c63          	bltz	a0,80402e0e <__d_vfprintf+0x42>
8040361a:	0329e9b3          	rem	s3,s3,s2
8040361e:	4929                	li	s2,10
80403620:	4582                	lw	a1,0(sp)
80403622:	0405                	add	s0,s0,1
80403624:	0329c533          	div	a0,s3,s2
80403628:	03050513          	add	a0,a0,48
8040362c:	0ff57513          	zext.b	a0,a0
80403630:	9a02                	jalr	s4
80403632:	fc054e63          	bltz	a0,80402e0e <__d_vfprintf+0x42>
80403636:	0329e9b3          	rem	s3,s3,s2
8040363a:	a03d                	j	80403668 <__d_vfprintf+0x89c>
8040363c:	010afa93          	and	s5,s5,16
80403640:	000a9463          	bnez	s5,80403648 <__d_vfprintf+0x87c>
80403644:	0405                	add	s0,s0,1
80403646:	b78d                	j	804035a8 <__d_vfprintf+0x7dc>
80403648:	4582                	lw	a1,0(sp)
8040364a:	02e00513          	li	a0,46
8040364e:	0409                	add	s0,s0,2
80403650:	9a02                	jalr	s4
80403652:	f4055be3          	bgez	a0,804035a8 <__d_vfprintf+0x7dc>
80403656:	fb8ff06f          	j	80402e0e <__d_vfprintf+0x42>
8040365a:	478d                	li	a5,3
8040365c:	0409                	add	s0,s0,2
8040365e:	fafc01e3          	beq	s8,a5,80403600 <__d_vfprintf+0x834>
80403662:	4785                	li	a5,1
80403664:	fafc1de3          	bne	s8,a5,8040361e <__d_vfprintf+0x852>
80403668:	03098513          	add	a0,s3,48
8040366c:	4582                	lw	a1,0(sp)
8040366e:	00140c13          	add	s8,s0,1
80403672:	0ff57513          	zext.b	a0,a0
80403676:	b5f1                	j	80403542 <__d_vfprintf+0x776>
80403678:	f9d90793          	add	a5,s2,-99
8040367c:	0ff7f793          	zext.b	a5,a5
80403680:	4749                	li	a4,18
80403682:	20f76363          	bltu	a4,a5,80403888 <__d_vfprintf+0xabc>
80403686:	80406737          	lui	a4,0x80406
8040368a:	078a                	sll	a5,a5,0x2
8040368c:	6b470713          	add	a4,a4,1716 # 804066b4 <msg.0+0x60>
80403690:	97ba                	add	a5,a5,a4
80403692:	439c                	lw	a5,0(a5)
80403694:	8782                	jr	a5
80403696:	5792                	lw	a5,36(sp)
80403698:	4485                	li	s1,1
8040369a:	02810993          	add	s3,sp,40
8040369e:	00478713          	add	a4,a5,4
804036a2:	439c                	lw	a5,0(a5)
804036a4:	d23a                	sw	a4,36(sp)
804036a6:	02f10423          	sb	a5,40(sp)
804036aa:	008df813          	and	a6,s11,8
804036ae:	06080063          	beqz	a6,8040370e <__d_vfprintf+0x942>
804036b2:	4901                	li	s2,0
804036b4:	05249f63          	bne	s1,s2,80403712 <__d_vfprintf+0x946>
804036b8:	00940c33          	add	s8,s0,s1
804036bc:	409b04b3          	sub	s1,s6,s1
804036c0:	b9d9                	j	80403396 <__d_vfprintf+0x5ca>
804036c2:	5792                	lw	a5,36(sp)
804036c4:	00478713          	add	a4,a5,4
804036c8:	d23a                	sw	a4,36(sp)
804036ca:	0007a983          	lw	s3,0(a5)
804036ce:	00099663          	bnez	s3,804036da <__d_vfprintf+0x90e>
804036d2:	804079b7          	lui	s3,0x80407
804036d6:	b4498993          	add	s3,s3,-1212 # 80406b44 <__clz_tab+0x108>
804036da:	040df793          	and	a5,s11,64
804036de:	55fd                	li	a1,-1
804036e0:	c391                	beqz	a5,804036e4 <__d_vfprintf+0x918>
804036e2:	85ea                	mv	a1,s10
804036e4:	854e                	mv	a0,s3
804036e6:	00001097          	auipc	ra,0x1
804036ea:	e0c080e7          	jalr	-500(ra) # 804044f2 <strnlen>
804036ee:	84aa                	mv	s1,a0
804036f0:	bf6d                	j	804036aa <__d_vfprintf+0x8de>
804036f2:	4582                	lw	a1,0(sp)
804036f4:	02000513          	li	a0,32
804036f8:	9a02                	jalr	s4
804036fa:	f0054a63          	bltz	a0,80402e0e <__d_vfprintf+0x42>
804036fe:	197d                	add	s2,s2,-1
80403700:	ff24e9e3          	bltu	s1,s2,804036f2 <__d_vfprintf+0x926>
80403704:	945a                	add	s0,s0,s6
80403706:	41240433          	sub	s0,s0,s2
8040370a:	8b4a                	mv	s6,s2
8040370c:	b75d                	j	804036b2 <__d_vfprintf+0x8e6>
8040370e:	895a                	mv	s2,s6
80403710:	bfc5                	j	80403700 <__d_vfprintf+0x934>
80403712:	012987b3          	add	a5,s3,s2
80403716:	4582                	lw	a1,0(sp)
80403718:	0007c503          	lbu	a0,0(a5)
8040371c:	0905                	add	s2,s2,1
8040371e:	9a02                	jalr	s4
80403720:	f8055ae3          	bgez	a0,804036b4 <__d_vfprintf+0x8e8>
80403724:	eeaff06f          	j	80402e0e <__d_vfprintf+0x42>
80403728:	080df713          	and	a4,s11,128
8040372c:	5792                	lw	a5,36(sp)
8040372e:	cf59                	beqz	a4,804037cc <__d_vfprintf+0xa00>
80403730:	200df713          	and	a4,s11,512
80403734:	c749                	beqz	a4,804037be <__d_vfprintf+0x9f2>
80403736:	079d                	add	a5,a5,7
80403738:	9be1                	and	a5,a5,-8
8040373a:	4388                	lw	a0,0(a5)
8040373c:	43cc                	lw	a1,4(a5)
8040373e:	00878713          	add	a4,a5,8
80403742:	d23a                	sw	a4,36(sp)
80403744:	fefdf993          	and	s3,s11,-17
80403748:	09c2                	sll	s3,s3,0x10
8040374a:	0109d993          	srl	s3,s3,0x10
8040374e:	0805df63          	bgez	a1,804037ec <__d_vfprintf+0xa20>
80403752:	00a037b3          	snez	a5,a0
80403756:	40b005b3          	neg	a1,a1
8040375a:	8d9d                	sub	a1,a1,a5
8040375c:	40a00533          	neg	a0,a0
80403760:	4009e993          	or	s3,s3,1024
80403764:	02810a93          	add	s5,sp,40
80403768:	46a9                	li	a3,10
8040376a:	8656                	mv	a2,s5
8040376c:	fffff097          	auipc	ra,0xfffff
80403770:	44c080e7          	jalr	1100(ra) # 80402bb8 <__ultoa_invert>
80403774:	0409f793          	and	a5,s3,64
80403778:	41550ab3          	sub	s5,a0,s5
8040377c:	c7f5                	beqz	a5,80403868 <__d_vfprintf+0xa9c>
8040377e:	ffe9f793          	and	a5,s3,-2
80403782:	07c2                	sll	a5,a5,0x10
80403784:	83c1                	srl	a5,a5,0x10
80403786:	19aad563          	bge	s5,s10,80403910 <__d_vfprintf+0xb44>
8040378a:	16090c63          	beqz	s2,80403902 <__d_vfprintf+0xb36>
8040378e:	0109fc13          	and	s8,s3,16
80403792:	84ea                	mv	s1,s10
80403794:	89be                	mv	s3,a5
80403796:	060c0a63          	beqz	s8,8040380a <__d_vfprintf+0xa3e>
8040379a:	0489                	add	s1,s1,2
8040379c:	0089f793          	and	a5,s3,8
804037a0:	18079a63          	bnez	a5,80403934 <__d_vfprintf+0xb68>
804037a4:	0019f793          	and	a5,s3,1
804037a8:	cb89                	beqz	a5,804037ba <__d_vfprintf+0x9ee>
804037aa:	8d56                	mv	s10,s5
804037ac:	0164d763          	bge	s1,s6,804037ba <__d_vfprintf+0x9ee>
804037b0:	409b04b3          	sub	s1,s6,s1
804037b4:	01548d33          	add	s10,s1,s5
804037b8:	84da                	mv	s1,s6
804037ba:	8ba6                	mv	s7,s1
804037bc:	a2ad                	j	80403926 <__d_vfprintf+0xb5a>
804037be:	4388                	lw	a0,0(a5)
804037c0:	00478713          	add	a4,a5,4
804037c4:	d23a                	sw	a4,36(sp)
804037c6:	41f55593          	sra	a1,a0,0x1f
804037ca:	bfad                	j	80403744 <__d_vfprintf+0x978>
804037cc:	00478713          	add	a4,a5,4
804037d0:	4388                	lw	a0,0(a5)
804037d2:	d23a                	sw	a4,36(sp)
804037d4:	100df793          	and	a5,s11,256
804037d8:	d7fd                	beqz	a5,804037c6 <__d_vfprintf+0x9fa>
804037da:	200df793          	and	a5,s11,512
804037de:	c781                	beqz	a5,804037e6 <__d_vfprintf+0xa1a>
804037e0:	0562                	sll	a0,a0,0x18
804037e2:	8561                	sra	a0,a0,0x18
804037e4:	b7cd                	j	804037c6 <__d_vfprintf+0x9fa>
804037e6:	0542                	sll	a0,a0,0x10
804037e8:	8541                	sra	a0,a0,0x10
804037ea:	bff1                	j	804037c6 <__d_vfprintf+0x9fa>
804037ec:	00b567b3          	or	a5,a0,a1
804037f0:	fbb5                	bnez	a5,80403764 <__d_vfprintf+0x998>
804037f2:	040df793          	and	a5,s11,64
804037f6:	d7bd                	beqz	a5,80403764 <__d_vfprintf+0x998>
804037f8:	f60d16e3          	bnez	s10,80403764 <__d_vfprintf+0x998>
804037fc:	feedf993          	and	s3,s11,-18
80403800:	09c2                	sll	s3,s3,0x10
80403802:	0109d993          	srl	s3,s3,0x10
80403806:	4a81                	li	s5,0
80403808:	4481                	li	s1,0
8040380a:	4069fc13          	and	s8,s3,1030
8040380e:	f80c07e3          	beqz	s8,8040379c <__d_vfprintf+0x9d0>
80403812:	0485                	add	s1,s1,1
80403814:	4c01                	li	s8,0
80403816:	b759                	j	8040379c <__d_vfprintf+0x9d0>
80403818:	fefdf813          	and	a6,s11,-17
8040381c:	01081d93          	sll	s11,a6,0x10
80403820:	010ddd93          	srl	s11,s11,0x10
80403824:	46a9                	li	a3,10
80403826:	080df713          	and	a4,s11,128
8040382a:	5792                	lw	a5,36(sp)
8040382c:	c355                	beqz	a4,804038d0 <__d_vfprintf+0xb04>
8040382e:	200df713          	and	a4,s11,512
80403832:	cb49                	beqz	a4,804038c4 <__d_vfprintf+0xaf8>
80403834:	079d                	add	a5,a5,7
80403836:	9be1                	and	a5,a5,-8
80403838:	4388                	lw	a0,0(a5)
8040383a:	43cc                	lw	a1,4(a5)
8040383c:	00878713          	add	a4,a5,8
80403840:	d23a                	sw	a4,36(sp)
80403842:	00b567b3          	or	a5,a0,a1
80403846:	e7cd                	bnez	a5,804038f0 <__d_vfprintf+0xb24>
80403848:	fe9df993          	and	s3,s11,-23
8040384c:	09c2                	sll	s3,s3,0x10
8040384e:	040df793          	and	a5,s11,64
80403852:	0109d993          	srl	s3,s3,0x10
80403856:	c3dd                	beqz	a5,804038fc <__d_vfprintf+0xb30>
80403858:	0a0d1263          	bnez	s10,804038fc <__d_vfprintf+0xb30>
8040385c:	fe8df993          	and	s3,s11,-24
80403860:	09c2                	sll	s3,s3,0x10
80403862:	0109d993          	srl	s3,s3,0x10
80403866:	4a81                	li	s5,0
80403868:	0109fc13          	and	s8,s3,16
8040386c:	0a0c0463          	beqz	s8,80403914 <__d_vfprintf+0xb48>
80403870:	001a8493          	add	s1,s5,1
80403874:	f20904e3          	beqz	s2,8040379c <__d_vfprintf+0x9d0>
80403878:	84d6                	mv	s1,s5
8040387a:	b705                	j	8040379a <__d_vfprintf+0x9ce>
8040387c:	010ded93          	or	s11,s11,16
80403880:	46c1                	li	a3,16
80403882:	07800913          	li	s2,120
80403886:	b745                	j	80403826 <__d_vfprintf+0xa5a>
80403888:	07800793          	li	a5,120
8040388c:	00fc9a63          	bne	s9,a5,804038a0 <__d_vfprintf+0xad4>
80403890:	05800793          	li	a5,88
80403894:	46c1                	li	a3,16
80403896:	f8f918e3          	bne	s2,a5,80403826 <__d_vfprintf+0xa5a>
8040389a:	21000693          	li	a3,528
8040389e:	b761                	j	80403826 <__d_vfprintf+0xa5a>
804038a0:	4582                	lw	a1,0(sp)
804038a2:	02500513          	li	a0,37
804038a6:	9a02                	jalr	s4
804038a8:	d6054363          	bltz	a0,80402e0e <__d_vfprintf+0x42>
804038ac:	4582                	lw	a1,0(sp)
804038ae:	854a                	mv	a0,s2
804038b0:	9a02                	jalr	s4
804038b2:	d4054e63          	bltz	a0,80402e0e <__d_vfprintf+0x42>
804038b6:	0409                	add	s0,s0,2
804038b8:	4792                	lw	a5,4(sp)
804038ba:	d34ff06f          	j	80402dee <__d_vfprintf+0x22>
804038be:	46a1                	li	a3,8
804038c0:	4901                	li	s2,0
804038c2:	b795                	j	80403826 <__d_vfprintf+0xa5a>
804038c4:	4388                	lw	a0,0(a5)
804038c6:	00478713          	add	a4,a5,4
804038ca:	d23a                	sw	a4,36(sp)
804038cc:	4581                	li	a1,0
804038ce:	bf95                	j	80403842 <__d_vfprintf+0xa76>
804038d0:	00478713          	add	a4,a5,4
804038d4:	4388                	lw	a0,0(a5)
804038d6:	d23a                	sw	a4,36(sp)
804038d8:	100df793          	and	a5,s11,256
804038dc:	dbe5                	beqz	a5,804038cc <__d_vfprintf+0xb00>
804038de:	200df793          	and	a5,s11,512
804038e2:	c781                	beqz	a5,804038ea <__d_vfprintf+0xb1e>
804038e4:	0ff57513          	zext.b	a0,a0
804038e8:	b7d5                	j	804038cc <__d_vfprintf+0xb00>
804038ea:	0542                	sll	a0,a0,0x10
804038ec:	8141                	srl	a0,a0,0x10
804038ee:	bff9                	j	804038cc <__d_vfprintf+0xb00>
804038f0:	ff9df813          	and	a6,s11,-7
804038f4:	01081993          	sll	s3,a6,0x10
804038f8:	0109d993          	srl	s3,s3,0x10
804038fc:	02810a93          	add	s5,sp,40
80403900:	b5ad                	j	8040376a <__d_vfprintf+0x99e>
80403902:	fee9f993          	and	s3,s3,-18
80403906:	09c2                	sll	s3,s3,0x10
80403908:	0109d993          	srl	s3,s3,0x10
8040390c:	84ea                	mv	s1,s10
8040390e:	bdf5                	j	8040380a <__d_vfprintf+0xa3e>
80403910:	89be                	mv	s3,a5
80403912:	bf99                	j	80403868 <__d_vfprintf+0xa9c>
80403914:	84d6                	mv	s1,s5
80403916:	bdd5                	j	8040380a <__d_vfprintf+0xa3e>
80403918:	4582                	lw	a1,0(sp)
8040391a:	02000513          	li	a0,32
8040391e:	9a02                	jalr	s4
80403920:	ce054763          	bltz	a0,80402e0e <__d_vfprintf+0x42>
80403924:	0b85                	add	s7,s7,1
80403926:	ff6bc9e3          	blt	s7,s6,80403918 <__d_vfprintf+0xb4c>
8040392a:	409404b3          	sub	s1,s0,s1
8040392e:	01748433          	add	s0,s1,s7
80403932:	84de                	mv	s1,s7
80403934:	020c0363          	beqz	s8,8040395a <__d_vfprintf+0xb8e>
80403938:	4582                	lw	a1,0(sp)
8040393a:	03000513          	li	a0,48
8040393e:	9a02                	jalr	s4
80403940:	cc054763          	bltz	a0,80402e0e <__d_vfprintf+0x42>
80403944:	04090d63          	beqz	s2,8040399e <__d_vfprintf+0xbd2>
80403948:	4582                	lw	a1,0(sp)
8040394a:	0409                	add	s0,s0,2
8040394c:	854a                	mv	a0,s2
8040394e:	9a02                	jalr	s4
80403950:	ca054f63          	bltz	a0,80402e0e <__d_vfprintf+0x42>
80403954:	8c22                	mv	s8,s0
80403956:	9d22                	add	s10,s10,s0
80403958:	a81d                	j	8040398e <__d_vfprintf+0xbc2>
8040395a:	4069f793          	and	a5,s3,1030
8040395e:	dbfd                	beqz	a5,80403954 <__d_vfprintf+0xb88>
80403960:	0029f793          	and	a5,s3,2
80403964:	02000513          	li	a0,32
80403968:	c399                	beqz	a5,8040396e <__d_vfprintf+0xba2>
8040396a:	02b00513          	li	a0,43
8040396e:	4009f993          	and	s3,s3,1024
80403972:	00098463          	beqz	s3,8040397a <__d_vfprintf+0xbae>
80403976:	02d00513          	li	a0,45
8040397a:	4582                	lw	a1,0(sp)
8040397c:	0405                	add	s0,s0,1
8040397e:	bfc1                	j	8040394e <__d_vfprintf+0xb82>
80403980:	4582                	lw	a1,0(sp)
80403982:	03000513          	li	a0,48
80403986:	0c05                	add	s8,s8,1
80403988:	9a02                	jalr	s4
8040398a:	c8054263          	bltz	a0,80402e0e <__d_vfprintf+0x42>
8040398e:	418d07b3          	sub	a5,s10,s8
80403992:	fefac7e3          	blt	s5,a5,80403980 <__d_vfprintf+0xbb4>
80403996:	8456                	mv	s0,s5
80403998:	e409                	bnez	s0,804039a2 <__d_vfprintf+0xbd6>
8040399a:	9c56                	add	s8,s8,s5
8040399c:	b305                	j	804036bc <__d_vfprintf+0x8f0>
8040399e:	0405                	add	s0,s0,1
804039a0:	bf55                	j	80403954 <__d_vfprintf+0xb88>
804039a2:	147d                	add	s0,s0,-1
804039a4:	103c                	add	a5,sp,40
804039a6:	97a2                	add	a5,a5,s0
804039a8:	4582                	lw	a1,0(sp)
804039aa:	0007c503          	lbu	a0,0(a5)
804039ae:	9a02                	jalr	s4
804039b0:	fe0554e3          	bgez	a0,80403998 <__d_vfprintf+0xbcc>
804039b4:	c5aff06f          	j	80402e0e <__d_vfprintf+0x42>
804039b8:	4582                	lw	a1,0(sp)
804039ba:	02000513          	li	a0,32
804039be:	0405                	add	s0,s0,1
804039c0:	9a02                	jalr	s4
804039c2:	c4054663          	bltz	a0,80402e0e <__d_vfprintf+0x42>
804039c6:	408487b3          	sub	a5,s1,s0
804039ca:	fef047e3          	bgtz	a5,804039b8 <__d_vfprintf+0xbec>
804039ce:	b5ed                	j	804038b8 <__d_vfprintf+0xaec>

804039d0 <vsnprintf>:
804039d0:	fffff317          	auipc	t1,0xfffff
804039d4:	01c302e7          	jalr	t0,28(t1) # 804029ec <__riscv_save_4>
804039d8:	1101                	add	sp,sp,-32
804039da:	84aa                	mv	s1,a0
804039dc:	842e                	mv	s0,a1
804039de:	8932                	mv	s2,a2
804039e0:	4581                	li	a1,0
804039e2:	02000613          	li	a2,32
804039e6:	850a                	mv	a0,sp
804039e8:	89b6                	mv	s3,a3
804039ea:	fffff097          	auipc	ra,0xfffff
804039ee:	062080e7          	jalr	98(ra) # 80402a4c <memset>
804039f2:	4789                	li	a5,2
804039f4:	00f10223          	sb	a5,4(sp)
804039f8:	804047b7          	lui	a5,0x80404
804039fc:	50a78793          	add	a5,a5,1290 # 8040450a <__file_str_put>
80403a00:	c43e                	sw	a5,8(sp)
80403a02:	ca26                	sw	s1,20(sp)
80403a04:	4781                	li	a5,0
80403a06:	c809                	beqz	s0,80403a18 <vsnprintf+0x48>
80403a08:	80000737          	lui	a4,0x80000
80403a0c:	87a2                	mv	a5,s0
80403a0e:	00877463          	bgeu	a4,s0,80403a16 <vsnprintf+0x46>
80403a12:	800007b7          	lui	a5,0x80000
80403a16:	17fd                	add	a5,a5,-1 # 7fffffff <errno+0x7fffffff>
80403a18:	94be                	add	s1,s1,a5
80403a1a:	864e                	mv	a2,s3
80403a1c:	85ca                	mv	a1,s2
80403a1e:	850a                	mv	a0,sp
80403a20:	cc26                	sw	s1,24(sp)
80403a22:	fffff097          	auipc	ra,0xfffff
80403a26:	3aa080e7          	jalr	938(ra) # 80402dcc <__d_vfprintf>
80403a2a:	c401                	beqz	s0,80403a32 <vsnprintf+0x62>
80403a2c:	47d2                	lw	a5,20(sp)
80403a2e:	00078023          	sb	zero,0(a5)
80403a32:	6105                	add	sp,sp,32
80403a34:	fffff317          	auipc	t1,0xfffff
80403a38:	fec30067          	jr	-20(t1) # 80402a20 <__riscv_restore_4>

80403a3c <mulShiftAll64>:
80403a3c:	fffff317          	auipc	t1,0xfffff
80403a40:	fa2302e7          	jalr	t0,-94(t1) # 804029de <__riscv_save_10>
80403a44:	84b2                	mv	s1,a2
80403a46:	00159913          	sll	s2,a1,0x1
80403a4a:	4210                	lw	a2,0(a2)
80403a4c:	8ab6                	mv	s5,a3
80403a4e:	89be                	mv	s3,a5
80403a50:	40d4                	lw	a3,4(s1)
80403a52:	01f55793          	srl	a5,a0,0x1f
80403a56:	1141                	add	sp,sp,-16
80403a58:	0127e933          	or	s2,a5,s2
80403a5c:	00151413          	sll	s0,a0,0x1
80403a60:	8522                	mv	a0,s0
80403a62:	85ca                	mv	a1,s2
80403a64:	8bba                	mv	s7,a4
80403a66:	870a                	mv	a4,sp
80403a68:	8b42                	mv	s6,a6
80403a6a:	00001097          	auipc	ra,0x1
80403a6e:	9fc080e7          	jalr	-1540(ra) # 80404466 <__umul128>
80403a72:	44d4                	lw	a3,12(s1)
80403a74:	4490                	lw	a2,8(s1)
80403a76:	0038                	add	a4,sp,8
80403a78:	8caa                	mv	s9,a0
80403a7a:	8c2e                	mv	s8,a1
80403a7c:	8522                	mv	a0,s0
80403a7e:	85ca                	mv	a1,s2
80403a80:	00001097          	auipc	ra,0x1
80403a84:	9e6080e7          	jalr	-1562(ra) # 80404466 <__umul128>
80403a88:	4682                	lw	a3,0(sp)
80403a8a:	4712                	lw	a4,4(sp)
80403a8c:	4785                	li	a5,1
80403a8e:	00d50933          	add	s2,a0,a3
80403a92:	00a93533          	sltu	a0,s2,a0
80403a96:	95ba                	add	a1,a1,a4
80403a98:	00b50433          	add	s0,a0,a1
80403a9c:	00e46763          	bltu	s0,a4,80403aaa <mulShiftAll64+0x6e>
80403aa0:	00871463          	bne	a4,s0,80403aa8 <mulShiftAll64+0x6c>
80403aa4:	00d96363          	bltu	s2,a3,80403aaa <mulShiftAll64+0x6e>
80403aa8:	4781                	li	a5,0
80403aaa:	4622                	lw	a2,8(sp)
80403aac:	4732                	lw	a4,12(sp)
80403aae:	963e                	add	a2,a2,a5
80403ab0:	00f637b3          	sltu	a5,a2,a5
80403ab4:	00e786b3          	add	a3,a5,a4
80403ab8:	4098                	lw	a4,0(s1)
80403aba:	40dc                	lw	a5,4(s1)
80403abc:	c432                	sw	a2,8(sp)
80403abe:	9766                	add	a4,a4,s9
80403ac0:	97e2                	add	a5,a5,s8
80403ac2:	019735b3          	sltu	a1,a4,s9
80403ac6:	95be                	add	a1,a1,a5
80403ac8:	c636                	sw	a3,12(sp)
80403aca:	4785                	li	a5,1
80403acc:	0185e763          	bltu	a1,s8,80403ada <mulShiftAll64+0x9e>
80403ad0:	00bc1463          	bne	s8,a1,80403ad8 <mulShiftAll64+0x9c>
80403ad4:	01976363          	bltu	a4,s9,80403ada <mulShiftAll64+0x9e>
80403ad8:	4781                	li	a5,0
80403ada:	4498                	lw	a4,8(s1)
80403adc:	44c8                	lw	a0,12(s1)
80403ade:	fbfa8a13          	add	s4,s5,-65
80403ae2:	974a                	add	a4,a4,s2
80403ae4:	9522                	add	a0,a0,s0
80403ae6:	012735b3          	sltu	a1,a4,s2
80403aea:	95aa                	add	a1,a1,a0
80403aec:	00e78533          	add	a0,a5,a4
80403af0:	00f537b3          	sltu	a5,a0,a5
80403af4:	95be                	add	a1,a1,a5
80403af6:	4785                	li	a5,1
80403af8:	0085e763          	bltu	a1,s0,80403b06 <mulShiftAll64+0xca>
80403afc:	00b41463          	bne	s0,a1,80403b04 <mulShiftAll64+0xc8>
80403b00:	01256363          	bltu	a0,s2,80403b06 <mulShiftAll64+0xca>
80403b04:	4781                	li	a5,0
80403b06:	963e                	add	a2,a2,a5
80403b08:	00f637b3          	sltu	a5,a2,a5
80403b0c:	8752                	mv	a4,s4
80403b0e:	96be                	add	a3,a3,a5
80403b10:	00001097          	auipc	ra,0x1
80403b14:	9a2080e7          	jalr	-1630(ra) # 804044b2 <__shiftright128>
80403b18:	00aba023          	sw	a0,0(s7)
80403b1c:	00bba223          	sw	a1,4(s7)
80403b20:	4785                	li	a5,1
80403b22:	48a2                	lw	a7,8(sp)
80403b24:	4832                	lw	a6,12(sp)
80403b26:	40cc                	lw	a1,4(s1)
80403b28:	4488                	lw	a0,8(s1)
80403b2a:	44d8                	lw	a4,12(s1)
80403b2c:	06fb1d63          	bne	s6,a5,80403ba6 <mulShiftAll64+0x16a>
80403b30:	40a906b3          	sub	a3,s2,a0
80403b34:	00d93633          	sltu	a2,s2,a3
80403b38:	40e407b3          	sub	a5,s0,a4
80403b3c:	8f91                	sub	a5,a5,a2
80403b3e:	4505                	li	a0,1
80403b40:	00bc6863          	bltu	s8,a1,80403b50 <mulShiftAll64+0x114>
80403b44:	01859563          	bne	a1,s8,80403b4e <mulShiftAll64+0x112>
80403b48:	4098                	lw	a4,0(s1)
80403b4a:	00ece363          	bltu	s9,a4,80403b50 <mulShiftAll64+0x114>
80403b4e:	4501                	li	a0,0
80403b50:	40a68533          	sub	a0,a3,a0
80403b54:	00a6b6b3          	sltu	a3,a3,a0
80403b58:	40d785b3          	sub	a1,a5,a3
80403b5c:	4605                	li	a2,1
80403b5e:	00b46763          	bltu	s0,a1,80403b6c <mulShiftAll64+0x130>
80403b62:	00859463          	bne	a1,s0,80403b6a <mulShiftAll64+0x12e>
80403b66:	00a96363          	bltu	s2,a0,80403b6c <mulShiftAll64+0x130>
80403b6a:	4601                	li	a2,0
80403b6c:	40c88633          	sub	a2,a7,a2
80403b70:	00c8b6b3          	sltu	a3,a7,a2
80403b74:	8752                	mv	a4,s4
80403b76:	40d806b3          	sub	a3,a6,a3
80403b7a:	00001097          	auipc	ra,0x1
80403b7e:	938080e7          	jalr	-1736(ra) # 804044b2 <__shiftright128>
80403b82:	4622                	lw	a2,8(sp)
80403b84:	46b2                	lw	a3,12(sp)
80403b86:	00a9a023          	sw	a0,0(s3)
80403b8a:	00b9a223          	sw	a1,4(s3)
80403b8e:	8752                	mv	a4,s4
80403b90:	854a                	mv	a0,s2
80403b92:	85a2                	mv	a1,s0
80403b94:	00001097          	auipc	ra,0x1
80403b98:	91e080e7          	jalr	-1762(ra) # 804044b2 <__shiftright128>
80403b9c:	0141                	add	sp,sp,16
80403b9e:	fffff317          	auipc	t1,0xfffff
80403ba2:	e7830067          	jr	-392(t1) # 80402a16 <__riscv_restore_10>
80403ba6:	01fcd793          	srl	a5,s9,0x1f
80403baa:	001c1613          	sll	a2,s8,0x1
80403bae:	8e5d                	or	a2,a2,a5
80403bb0:	01f95693          	srl	a3,s2,0x1f
80403bb4:	00141793          	sll	a5,s0,0x1
80403bb8:	001c9e93          	sll	t4,s9,0x1
80403bbc:	8fd5                	or	a5,a5,a3
80403bbe:	00191313          	sll	t1,s2,0x1
80403bc2:	4e05                	li	t3,1
80403bc4:	01866763          	bltu	a2,s8,80403bd2 <mulShiftAll64+0x196>
80403bc8:	00cc1463          	bne	s8,a2,80403bd0 <mulShiftAll64+0x194>
80403bcc:	019ee363          	bltu	t4,s9,80403bd2 <mulShiftAll64+0x196>
80403bd0:	4e01                	li	t3,0
80403bd2:	9e1a                	add	t3,t3,t1
80403bd4:	006e3333          	sltu	t1,t3,t1
80403bd8:	933e                	add	t1,t1,a5
80403bda:	4785                	li	a5,1
80403bdc:	00b66863          	bltu	a2,a1,80403bec <mulShiftAll64+0x1b0>
80403be0:	00c59563          	bne	a1,a2,80403bea <mulShiftAll64+0x1ae>
80403be4:	4094                	lw	a3,0(s1)
80403be6:	00dee363          	bltu	t4,a3,80403bec <mulShiftAll64+0x1b0>
80403bea:	4781                	li	a5,0
80403bec:	40fe07b3          	sub	a5,t3,a5
80403bf0:	00fe35b3          	sltu	a1,t3,a5
80403bf4:	40b305b3          	sub	a1,t1,a1
80403bf8:	40a78533          	sub	a0,a5,a0
80403bfc:	00a7b7b3          	sltu	a5,a5,a0
80403c00:	8d99                	sub	a1,a1,a4
80403c02:	01f8d693          	srl	a3,a7,0x1f
80403c06:	8d9d                	sub	a1,a1,a5
80403c08:	00181793          	sll	a5,a6,0x1
80403c0c:	8fd5                	or	a5,a5,a3
80403c0e:	fc0a8713          	add	a4,s5,-64
80403c12:	0886                	sll	a7,a7,0x1
80403c14:	4685                	li	a3,1
80403c16:	00836763          	bltu	t1,s0,80403c24 <mulShiftAll64+0x1e8>
80403c1a:	00641463          	bne	s0,t1,80403c22 <mulShiftAll64+0x1e6>
80403c1e:	012e6363          	bltu	t3,s2,80403c24 <mulShiftAll64+0x1e8>
80403c22:	4681                	li	a3,0
80403c24:	96c6                	add	a3,a3,a7
80403c26:	0116b8b3          	sltu	a7,a3,a7
80403c2a:	98be                	add	a7,a7,a5
80403c2c:	4605                	li	a2,1
80403c2e:	00b36763          	bltu	t1,a1,80403c3c <mulShiftAll64+0x200>
80403c32:	00659463          	bne	a1,t1,80403c3a <mulShiftAll64+0x1fe>
80403c36:	00ae6363          	bltu	t3,a0,80403c3c <mulShiftAll64+0x200>
80403c3a:	4601                	li	a2,0
80403c3c:	40c68633          	sub	a2,a3,a2
80403c40:	00c6b6b3          	sltu	a3,a3,a2
80403c44:	40d886b3          	sub	a3,a7,a3
80403c48:	bf0d                	j	80403b7a <mulShiftAll64+0x13e>

80403c4a <div10>:
80403c4a:	fffff317          	auipc	t1,0xfffff
80403c4e:	dbc302e7          	jalr	t0,-580(t1) # 80402a06 <__riscv_save_0>
80403c52:	804077b7          	lui	a5,0x80407
80403c56:	e187a603          	lw	a2,-488(a5) # 80406e18 <stdout+0x4>
80403c5a:	e1c7a683          	lw	a3,-484(a5)
80403c5e:	1141                	add	sp,sp,-16
80403c60:	0038                	add	a4,sp,8
80403c62:	00001097          	auipc	ra,0x1
80403c66:	804080e7          	jalr	-2044(ra) # 80404466 <__umul128>
80403c6a:	45b2                	lw	a1,12(sp)
80403c6c:	47a2                	lw	a5,8(sp)
80403c6e:	01d59513          	sll	a0,a1,0x1d
80403c72:	838d                	srl	a5,a5,0x3
80403c74:	8d5d                	or	a0,a0,a5
80403c76:	818d                	srl	a1,a1,0x3
80403c78:	0141                	add	sp,sp,16
80403c7a:	fffff317          	auipc	t1,0xfffff
80403c7e:	db030067          	jr	-592(t1) # 80402a2a <__riscv_restore_0>

80403c82 <__dtoa_engine>:
80403c82:	fffff317          	auipc	t1,0xfffff
80403c86:	d54302e7          	jalr	t0,-684(t1) # 804029d6 <__riscv_save_12>
80403c8a:	715d                	add	sp,sp,-80
80403c8c:	8bb6                	mv	s7,a3
80403c8e:	001006b7          	lui	a3,0x100
80403c92:	c43a                	sw	a4,8(sp)
80403c94:	c63e                	sw	a5,12(sp)
80403c96:	01f5d713          	srl	a4,a1,0x1f
80403c9a:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80403c9e:	0145d793          	srl	a5,a1,0x14
80403ca2:	00bdfdb3          	and	s11,s11,a1
80403ca6:	c03a                	sw	a4,0(sp)
80403ca8:	7ff7f413          	and	s0,a5,2047
80403cac:	84aa                	mv	s1,a0
80403cae:	8ab2                	mv	s5,a2
80403cb0:	00ade733          	or	a4,s11,a0
80403cb4:	e415                	bnez	s0,80403ce0 <__dtoa_engine+0x5e>
80403cb6:	e721                	bnez	a4,80403cfe <__dtoa_engine+0x7c>
80403cb8:	03000793          	li	a5,48
80403cbc:	00f602a3          	sb	a5,5(a2)
80403cc0:	4782                	lw	a5,0(sp)
80403cc2:	00060323          	sb	zero,6(a2)
80403cc6:	00062023          	sw	zero,0(a2)
80403cca:	0027e993          	or	s3,a5,2
80403cce:	01360223          	sb	s3,4(a2)
80403cd2:	4405                	li	s0,1
80403cd4:	8522                	mv	a0,s0
80403cd6:	6161                	add	sp,sp,80
80403cd8:	fffff317          	auipc	t1,0xfffff
80403cdc:	d3a30067          	jr	-710(t1) # 80402a12 <__riscv_restore_12>
80403ce0:	7ff00613          	li	a2,2047
80403ce4:	0ac41d63          	bne	s0,a2,80403d9e <__dtoa_engine+0x11c>
80403ce8:	4782                	lw	a5,0(sp)
80403cea:	0047e793          	or	a5,a5,4
80403cee:	c701                	beqz	a4,80403cf6 <__dtoa_engine+0x74>
80403cf0:	4782                	lw	a5,0(sp)
80403cf2:	0087e793          	or	a5,a5,8
80403cf6:	00fa8223          	sb	a5,4(s5)
80403cfa:	4401                	li	s0,0
80403cfc:	bfe1                	j	80403cd4 <__dtoa_engine+0x52>
80403cfe:	00157793          	and	a5,a0,1
80403d02:	c23e                	sw	a5,4(sp)
80403d04:	002d9993          	sll	s3,s11,0x2
80403d08:	01e55793          	srl	a5,a0,0x1e
80403d0c:	0137e9b3          	or	s3,a5,s3
80403d10:	00251c13          	sll	s8,a0,0x2
80403d14:	892a                	mv	s2,a0
80403d16:	bcc00413          	li	s0,-1076
80403d1a:	4805                	li	a6,1
80403d1c:	4d05                	li	s10,1
80403d1e:	408004b3          	neg	s1,s0
80403d22:	8526                	mv	a0,s1
80403d24:	ca42                	sw	a6,20(sp)
80403d26:	00000097          	auipc	ra,0x0
80403d2a:	71e080e7          	jalr	1822(ra) # 80404444 <__log10Pow5>
80403d2e:	fff42793          	slti	a5,s0,-1
80403d32:	40f50b33          	sub	s6,a0,a5
80403d36:	416484b3          	sub	s1,s1,s6
80403d3a:	8526                	mv	a0,s1
80403d3c:	00000097          	auipc	ra,0x0
80403d40:	718080e7          	jalr	1816(ra) # 80404454 <__pow5bits>
80403d44:	f8350693          	add	a3,a0,-125
80403d48:	40db06b3          	sub	a3,s6,a3
80403d4c:	8526                	mv	a0,s1
80403d4e:	008c                	add	a1,sp,64
80403d50:	c836                	sw	a3,16(sp)
80403d52:	00000097          	auipc	ra,0x0
80403d56:	492080e7          	jalr	1170(ra) # 804041e4 <__double_computePow5>
80403d5a:	4852                	lw	a6,20(sp)
80403d5c:	46c2                	lw	a3,16(sp)
80403d5e:	181c                	add	a5,sp,48
80403d60:	1038                	add	a4,sp,40
80403d62:	0090                	add	a2,sp,64
80403d64:	854a                	mv	a0,s2
80403d66:	85ee                	mv	a1,s11
80403d68:	00000097          	auipc	ra,0x0
80403d6c:	cd4080e7          	jalr	-812(ra) # 80403a3c <mulShiftAll64>
80403d70:	4785                	li	a5,1
80403d72:	008b0a33          	add	s4,s6,s0
80403d76:	84ae                	mv	s1,a1
80403d78:	842a                	mv	s0,a0
80403d7a:	1567ee63          	bltu	a5,s6,80403ed6 <__dtoa_engine+0x254>
80403d7e:	4792                	lw	a5,4(sp)
80403d80:	4985                	li	s3,1
80403d82:	10078e63          	beqz	a5,80403e9e <__dtoa_engine+0x21c>
80403d86:	57a2                	lw	a5,40(sp)
80403d88:	5732                	lw	a4,44(sp)
80403d8a:	4985                	li	s3,1
80403d8c:	fff78693          	add	a3,a5,-1
80403d90:	0017b793          	seqz	a5,a5
80403d94:	40f707b3          	sub	a5,a4,a5
80403d98:	d436                	sw	a3,40(sp)
80403d9a:	d63e                	sw	a5,44(sp)
80403d9c:	a8c9                	j	80403e6e <__dtoa_engine+0x1ec>
80403d9e:	01b6edb3          	or	s11,a3,s11
80403da2:	00157693          	and	a3,a0,1
80403da6:	c236                	sw	a3,4(sp)
80403da8:	002d9993          	sll	s3,s11,0x2
80403dac:	01e55693          	srl	a3,a0,0x1e
80403db0:	bcb40413          	add	s0,s0,-1077
80403db4:	892a                	mv	s2,a0
80403db6:	0136e9b3          	or	s3,a3,s3
80403dba:	00251c13          	sll	s8,a0,0x2
80403dbe:	4d05                	li	s10,1
80403dc0:	e709                	bnez	a4,80403dca <__dtoa_engine+0x148>
80403dc2:	7fe7f793          	and	a5,a5,2046
80403dc6:	0017bd13          	seqz	s10,a5
80403dca:	886a                	mv	a6,s10
80403dcc:	f40449e3          	bltz	s0,80403d1e <__dtoa_engine+0x9c>
80403dd0:	8522                	mv	a0,s0
80403dd2:	00000097          	auipc	ra,0x0
80403dd6:	664080e7          	jalr	1636(ra) # 80404436 <__log10Pow2>
80403dda:	00442793          	slti	a5,s0,4
80403dde:	0017c793          	xor	a5,a5,1
80403de2:	40f50a33          	sub	s4,a0,a5
80403de6:	8552                	mv	a0,s4
80403de8:	00000097          	auipc	ra,0x0
80403dec:	66c080e7          	jalr	1644(ra) # 80404454 <__pow5bits>
80403df0:	07c50693          	add	a3,a0,124
80403df4:	408a0433          	sub	s0,s4,s0
80403df8:	96a2                	add	a3,a3,s0
80403dfa:	008c                	add	a1,sp,64
80403dfc:	8552                	mv	a0,s4
80403dfe:	c836                	sw	a3,16(sp)
80403e00:	00000097          	auipc	ra,0x0
80403e04:	50c080e7          	jalr	1292(ra) # 8040430c <__double_computeInvPow5>
80403e08:	46c2                	lw	a3,16(sp)
80403e0a:	181c                	add	a5,sp,48
80403e0c:	8526                	mv	a0,s1
80403e0e:	886a                	mv	a6,s10
80403e10:	1038                	add	a4,sp,40
80403e12:	0090                	add	a2,sp,64
80403e14:	85ee                	mv	a1,s11
80403e16:	00000097          	auipc	ra,0x0
80403e1a:	c26080e7          	jalr	-986(ra) # 80403a3c <mulShiftAll64>
80403e1e:	47d5                	li	a5,21
80403e20:	842a                	mv	s0,a0
80403e22:	84ae                	mv	s1,a1
80403e24:	0b47e763          	bltu	a5,s4,80403ed2 <__dtoa_engine+0x250>
80403e28:	804077b7          	lui	a5,0x80407
80403e2c:	e1c7a683          	lw	a3,-484(a5) # 80406e1c <stdout+0x8>
80403e30:	e187a603          	lw	a2,-488(a5)
80403e34:	1838                	add	a4,sp,56
80403e36:	8562                	mv	a0,s8
80403e38:	85ce                	mv	a1,s3
80403e3a:	00000097          	auipc	ra,0x0
80403e3e:	62c080e7          	jalr	1580(ra) # 80404466 <__umul128>
80403e42:	57e2                	lw	a5,56(sp)
80403e44:	56f2                	lw	a3,60(sp)
80403e46:	5da2                	lw	s11,40(sp)
80403e48:	8389                	srl	a5,a5,0x2
80403e4a:	06fa                	sll	a3,a3,0x1e
80403e4c:	8fd5                	or	a5,a5,a3
80403e4e:	4695                	li	a3,5
80403e50:	02f687b3          	mul	a5,a3,a5
80403e54:	5932                	lw	s2,44(sp)
80403e56:	01879e63          	bne	a5,s8,80403e72 <__dtoa_engine+0x1f0>
80403e5a:	85ce                	mv	a1,s3
80403e5c:	8562                	mv	a0,s8
80403e5e:	00000097          	auipc	ra,0x0
80403e62:	348080e7          	jalr	840(ra) # 804041a6 <__pow5Factor>
80403e66:	01453733          	sltu	a4,a0,s4
80403e6a:	00174993          	xor	s3,a4,1
80403e6e:	4d01                	li	s10,0
80403e70:	a03d                	j	80403e9e <__dtoa_engine+0x21c>
80403e72:	4792                	lw	a5,4(sp)
80403e74:	eb95                	bnez	a5,80403ea8 <__dtoa_engine+0x226>
80403e76:	fffc0793          	add	a5,s8,-1
80403e7a:	41a78533          	sub	a0,a5,s10
80403e7e:	001c3593          	seqz	a1,s8
80403e82:	00a7b7b3          	sltu	a5,a5,a0
80403e86:	40b985b3          	sub	a1,s3,a1
80403e8a:	8d9d                	sub	a1,a1,a5
80403e8c:	00000097          	auipc	ra,0x0
80403e90:	31a080e7          	jalr	794(ra) # 804041a6 <__pow5Factor>
80403e94:	01453933          	sltu	s2,a0,s4
80403e98:	00194d13          	xor	s10,s2,1
80403e9c:	4981                	li	s3,0
80403e9e:	47a2                	lw	a5,8(sp)
80403ea0:	10079e63          	bnez	a5,80403fbc <__dtoa_engine+0x33a>
80403ea4:	8b5e                	mv	s6,s7
80403ea6:	a079                	j	80403f34 <__dtoa_engine+0x2b2>
80403ea8:	002c0513          	add	a0,s8,2
80403eac:	018535b3          	sltu	a1,a0,s8
80403eb0:	95ce                	add	a1,a1,s3
80403eb2:	00000097          	auipc	ra,0x0
80403eb6:	2f4080e7          	jalr	756(ra) # 804041a6 <__pow5Factor>
80403eba:	01453533          	sltu	a0,a0,s4
80403ebe:	00154513          	xor	a0,a0,1
80403ec2:	40ad8533          	sub	a0,s11,a0
80403ec6:	00adbdb3          	sltu	s11,s11,a0
80403eca:	41b90733          	sub	a4,s2,s11
80403ece:	d42a                	sw	a0,40(sp)
80403ed0:	d63a                	sw	a4,44(sp)
80403ed2:	4981                	li	s3,0
80403ed4:	bf69                	j	80403e6e <__dtoa_engine+0x1ec>
80403ed6:	03e00793          	li	a5,62
80403eda:	ff67ece3          	bltu	a5,s6,80403ed2 <__dtoa_engine+0x250>
80403ede:	865a                	mv	a2,s6
80403ee0:	557d                	li	a0,-1
80403ee2:	55fd                	li	a1,-1
80403ee4:	ffffe097          	auipc	ra,0xffffe
80403ee8:	3de080e7          	jalr	990(ra) # 804022c2 <__ashldi3>
80403eec:	fff54513          	not	a0,a0
80403ef0:	fff5c593          	not	a1,a1
80403ef4:	0135f5b3          	and	a1,a1,s3
80403ef8:	01857533          	and	a0,a0,s8
80403efc:	00b56733          	or	a4,a0,a1
80403f00:	00173993          	seqz	s3,a4
80403f04:	b7ad                	j	80403e6e <__dtoa_engine+0x1ec>
80403f06:	02d50833          	mul	a6,a0,a3
80403f0a:	0785                	add	a5,a5,1
80403f0c:	02b536b3          	mulhu	a3,a0,a1
80403f10:	02b505b3          	mul	a1,a0,a1
80403f14:	96c2                	add	a3,a3,a6
80403f16:	00d4e663          	bltu	s1,a3,80403f22 <__dtoa_engine+0x2a0>
80403f1a:	fe9696e3          	bne	a3,s1,80403f06 <__dtoa_engine+0x284>
80403f1e:	feb474e3          	bgeu	s0,a1,80403f06 <__dtoa_engine+0x284>
80403f22:	4732                	lw	a4,12(sp)
80403f24:	97d2                	add	a5,a5,s4
80403f26:	97ba                	add	a5,a5,a4
80403f28:	00f04363          	bgtz	a5,80403f2e <__dtoa_engine+0x2ac>
80403f2c:	4785                	li	a5,1
80403f2e:	8b3e                	mv	s6,a5
80403f30:	f6fbcae3          	blt	s7,a5,80403ea4 <__dtoa_engine+0x222>
80403f34:	4c81                	li	s9,0
80403f36:	4901                	li	s2,0
80403f38:	4c01                	li	s8,0
80403f3a:	5522                	lw	a0,40(sp)
80403f3c:	55b2                	lw	a1,44(sp)
80403f3e:	00000097          	auipc	ra,0x0
80403f42:	d0c080e7          	jalr	-756(ra) # 80403c4a <div10>
80403f46:	57c2                	lw	a5,48(sp)
80403f48:	8dae                	mv	s11,a1
80403f4a:	55d2                	lw	a1,52(sp)
80403f4c:	c82a                	sw	a0,16(sp)
80403f4e:	853e                	mv	a0,a5
80403f50:	ca3e                	sw	a5,20(sp)
80403f52:	00000097          	auipc	ra,0x0
80403f56:	cf8080e7          	jalr	-776(ra) # 80403c4a <div10>
80403f5a:	832a                	mv	t1,a0
80403f5c:	88ae                	mv	a7,a1
80403f5e:	4ea9                	li	t4,10
80403f60:	01b5e763          	bltu	a1,s11,80403f6e <__dtoa_engine+0x2ec>
80403f64:	08bd9863          	bne	s11,a1,80403ff4 <__dtoa_engine+0x372>
80403f68:	47c2                	lw	a5,16(sp)
80403f6a:	08f57563          	bgeu	a0,a5,80403ff4 <__dtoa_engine+0x372>
80403f6e:	8522                	mv	a0,s0
80403f70:	85a6                	mv	a1,s1
80403f72:	ce46                	sw	a7,28(sp)
80403f74:	cc1a                	sw	t1,24(sp)
80403f76:	00000097          	auipc	ra,0x0
80403f7a:	cd4080e7          	jalr	-812(ra) # 80403c4a <div10>
80403f7e:	4362                	lw	t1,24(sp)
80403f80:	4ea9                	li	t4,10
80403f82:	001cb693          	seqz	a3,s9
80403f86:	026e8833          	mul	a6,t4,t1
80403f8a:	00d9f9b3          	and	s3,s3,a3
80403f8e:	47d2                	lw	a5,20(sp)
80403f90:	48f2                	lw	a7,28(sp)
80403f92:	d66e                	sw	s11,44(sp)
80403f94:	d81a                	sw	t1,48(sp)
80403f96:	da46                	sw	a7,52(sp)
80403f98:	0905                	add	s2,s2,1
80403f9a:	84ae                	mv	s1,a1
80403f9c:	02ae86b3          	mul	a3,t4,a0
80403fa0:	40f80833          	sub	a6,a6,a5
80403fa4:	47c2                	lw	a5,16(sp)
80403fa6:	00183813          	seqz	a6,a6
80403faa:	010d7d33          	and	s10,s10,a6
80403fae:	d43e                	sw	a5,40(sp)
80403fb0:	40d406b3          	sub	a3,s0,a3
80403fb4:	0ff6fc93          	zext.b	s9,a3
80403fb8:	842a                	mv	s0,a0
80403fba:	b741                	j	80403f3a <__dtoa_engine+0x2b8>
80403fbc:	45a9                	li	a1,10
80403fbe:	4681                	li	a3,0
80403fc0:	4785                	li	a5,1
80403fc2:	4529                	li	a0,10
80403fc4:	bf89                	j	80403f16 <__dtoa_engine+0x294>
80403fc6:	030e8f33          	mul	t5,t4,a6
80403fca:	0505                	add	a0,a0,1
80403fcc:	02beb833          	mulhu	a6,t4,a1
80403fd0:	02be85b3          	mul	a1,t4,a1
80403fd4:	987a                	add	a6,a6,t5
80403fd6:	0104e663          	bltu	s1,a6,80403fe2 <__dtoa_engine+0x360>
80403fda:	fe9816e3          	bne	a6,s1,80403fc6 <__dtoa_engine+0x344>
80403fde:	feb474e3          	bgeu	s0,a1,80403fc6 <__dtoa_engine+0x344>
80403fe2:	00ab5d63          	bge	s6,a0,80403ffc <__dtoa_engine+0x37a>
80403fe6:	000b1563          	bnez	s6,80403ff0 <__dtoa_engine+0x36e>
80403fea:	009465b3          	or	a1,s0,s1
80403fee:	c599                	beqz	a1,80403ffc <__dtoa_engine+0x37a>
80403ff0:	4c05                	li	s8,1
80403ff2:	bfb5                	j	80403f6e <__dtoa_engine+0x2ec>
80403ff4:	45a9                	li	a1,10
80403ff6:	4801                	li	a6,0
80403ff8:	4505                	li	a0,1
80403ffa:	bff1                	j	80403fd6 <__dtoa_engine+0x354>
80403ffc:	060d0763          	beqz	s10,8040406a <__dtoa_engine+0x3e8>
80404000:	4da9                	li	s11,10
80404002:	5342                	lw	t1,48(sp)
80404004:	55d2                	lw	a1,52(sp)
80404006:	851a                	mv	a0,t1
80404008:	c81a                	sw	t1,16(sp)
8040400a:	00000097          	auipc	ra,0x0
8040400e:	c40080e7          	jalr	-960(ra) # 80403c4a <div10>
80404012:	ce2e                	sw	a1,28(sp)
80404014:	02ad85b3          	mul	a1,s11,a0
80404018:	4342                	lw	t1,16(sp)
8040401a:	882a                	mv	a6,a0
8040401c:	cc42                	sw	a6,24(sp)
8040401e:	04659663          	bne	a1,t1,8040406a <__dtoa_engine+0x3e8>
80404022:	5522                	lw	a0,40(sp)
80404024:	55b2                	lw	a1,44(sp)
80404026:	0905                	add	s2,s2,1
80404028:	00000097          	auipc	ra,0x0
8040402c:	c22080e7          	jalr	-990(ra) # 80403c4a <div10>
80404030:	ca2a                	sw	a0,20(sp)
80404032:	c82e                	sw	a1,16(sp)
80404034:	8522                	mv	a0,s0
80404036:	85a6                	mv	a1,s1
80404038:	00000097          	auipc	ra,0x0
8040403c:	c12080e7          	jalr	-1006(ra) # 80403c4a <div10>
80404040:	001cb693          	seqz	a3,s9
80404044:	00d9f9b3          	and	s3,s3,a3
80404048:	02ad86b3          	mul	a3,s11,a0
8040404c:	4e52                	lw	t3,20(sp)
8040404e:	4342                	lw	t1,16(sp)
80404050:	4862                	lw	a6,24(sp)
80404052:	48f2                	lw	a7,28(sp)
80404054:	d472                	sw	t3,40(sp)
80404056:	d61a                	sw	t1,44(sp)
80404058:	d842                	sw	a6,48(sp)
8040405a:	da46                	sw	a7,52(sp)
8040405c:	84ae                	mv	s1,a1
8040405e:	40d406b3          	sub	a3,s0,a3
80404062:	0ff6fc93          	zext.b	s9,a3
80404066:	842a                	mv	s0,a0
80404068:	bf69                	j	80404002 <__dtoa_engine+0x380>
8040406a:	9952                	add	s2,s2,s4
8040406c:	0c098863          	beqz	s3,8040413c <__dtoa_engine+0x4ba>
80404070:	4715                	li	a4,5
80404072:	0cec9563          	bne	s9,a4,8040413c <__dtoa_engine+0x4ba>
80404076:	00147713          	and	a4,s0,1
8040407a:	e755                	bnez	a4,80404126 <__dtoa_engine+0x4a4>
8040407c:	000c1963          	bnez	s8,8040408e <__dtoa_engine+0x40c>
80404080:	5742                	lw	a4,48(sp)
80404082:	00871563          	bne	a4,s0,8040408c <__dtoa_engine+0x40a>
80404086:	5752                	lw	a4,52(sp)
80404088:	0c970c63          	beq	a4,s1,80404160 <__dtoa_engine+0x4de>
8040408c:	4701                	li	a4,0
8040408e:	943a                	add	s0,s0,a4
80404090:	00e435b3          	sltu	a1,s0,a4
80404094:	95a6                	add	a1,a1,s1
80404096:	8a2e                	mv	s4,a1
80404098:	84a2                	mv	s1,s0
8040409a:	4629                	li	a2,10
8040409c:	4681                	li	a3,0
8040409e:	4c05                	li	s8,1
804040a0:	4529                	li	a0,10
804040a2:	00d5e663          	bltu	a1,a3,804040ae <__dtoa_engine+0x42c>
804040a6:	0ab69f63          	bne	a3,a1,80404164 <__dtoa_engine+0x4e2>
804040aa:	0ac47d63          	bgeu	s0,a2,80404164 <__dtoa_engine+0x4e2>
804040ae:	c329                	beqz	a4,804040f0 <__dtoa_engine+0x46e>
804040b0:	058b5063          	bge	s6,s8,804040f0 <__dtoa_engine+0x46e>
804040b4:	47a2                	lw	a5,8(sp)
804040b6:	cf91                	beqz	a5,804040d2 <__dtoa_engine+0x450>
804040b8:	4732                	lw	a4,12(sp)
804040ba:	012c07b3          	add	a5,s8,s2
804040be:	00f70b33          	add	s6,a4,a5
804040c2:	000b5363          	bgez	s6,804040c8 <__dtoa_engine+0x446>
804040c6:	4b01                	li	s6,0
804040c8:	016bd363          	bge	s7,s6,804040ce <__dtoa_engine+0x44c>
804040cc:	8b5e                	mv	s6,s7
804040ce:	038b5163          	bge	s6,s8,804040f0 <__dtoa_engine+0x46e>
804040d2:	00540513          	add	a0,s0,5
804040d6:	00853433          	sltu	s0,a0,s0
804040da:	4629                	li	a2,10
804040dc:	4681                	li	a3,0
804040de:	95a2                	add	a1,a1,s0
804040e0:	ffffe097          	auipc	ra,0xffffe
804040e4:	270080e7          	jalr	624(ra) # 80402350 <__udivdi3>
804040e8:	84aa                	mv	s1,a0
804040ea:	8a2e                	mv	s4,a1
804040ec:	0905                	add	s2,s2,1
804040ee:	1c7d                	add	s8,s8,-1
804040f0:	87da                	mv	a5,s6
804040f2:	016c5363          	bge	s8,s6,804040f8 <__dtoa_engine+0x476>
804040f6:	87e2                	mv	a5,s8
804040f8:	01079413          	sll	s0,a5,0x10
804040fc:	0942                	sll	s2,s2,0x10
804040fe:	8441                	sra	s0,s0,0x10
80404100:	41095913          	sra	s2,s2,0x10
80404104:	9922                	add	s2,s2,s0
80404106:	008a8b33          	add	s6,s5,s0
8040410a:	197d                	add	s2,s2,-1
8040410c:	4b81                	li	s7,0
8040410e:	8c5a                	mv	s8,s6
80404110:	1b7d                	add	s6,s6,-1
80404112:	068bc263          	blt	s7,s0,80404176 <__dtoa_engine+0x4f4>
80404116:	4782                	lw	a5,0(sp)
80404118:	000c02a3          	sb	zero,5(s8)
8040411c:	012aa023          	sw	s2,0(s5)
80404120:	00fa8223          	sb	a5,4(s5)
80404124:	be45                	j	80403cd4 <__dtoa_engine+0x52>
80404126:	4705                	li	a4,1
80404128:	f60c13e3          	bnez	s8,8040408e <__dtoa_engine+0x40c>
8040412c:	5742                	lw	a4,48(sp)
8040412e:	00871563          	bne	a4,s0,80404138 <__dtoa_engine+0x4b6>
80404132:	5752                	lw	a4,52(sp)
80404134:	00970c63          	beq	a4,s1,8040414c <__dtoa_engine+0x4ca>
80404138:	4705                	li	a4,1
8040413a:	bf91                	j	8040408e <__dtoa_engine+0x40c>
8040413c:	000c1d63          	bnez	s8,80404156 <__dtoa_engine+0x4d4>
80404140:	5742                	lw	a4,48(sp)
80404142:	00871a63          	bne	a4,s0,80404156 <__dtoa_engine+0x4d4>
80404146:	5752                	lw	a4,52(sp)
80404148:	00971763          	bne	a4,s1,80404156 <__dtoa_engine+0x4d4>
8040414c:	4792                	lw	a5,4(sp)
8040414e:	4705                	li	a4,1
80404150:	ff9d                	bnez	a5,8040408e <__dtoa_engine+0x40c>
80404152:	f20d0ee3          	beqz	s10,8040408e <__dtoa_engine+0x40c>
80404156:	005cb693          	sltiu	a3,s9,5
8040415a:	0016c713          	xor	a4,a3,1
8040415e:	bf05                	j	8040408e <__dtoa_engine+0x40c>
80404160:	4c91                	li	s9,4
80404162:	b7ed                	j	8040414c <__dtoa_engine+0x4ca>
80404164:	02d50833          	mul	a6,a0,a3
80404168:	0c05                	add	s8,s8,1
8040416a:	02c536b3          	mulhu	a3,a0,a2
8040416e:	02c50633          	mul	a2,a0,a2
80404172:	96c2                	add	a3,a3,a6
80404174:	b73d                	j	804040a2 <__dtoa_engine+0x420>
80404176:	4629                	li	a2,10
80404178:	4681                	li	a3,0
8040417a:	8526                	mv	a0,s1
8040417c:	85d2                	mv	a1,s4
8040417e:	ffffe097          	auipc	ra,0xffffe
80404182:	530080e7          	jalr	1328(ra) # 804026ae <__umoddi3>
80404186:	03050513          	add	a0,a0,48
8040418a:	00ab02a3          	sb	a0,5(s6)
8040418e:	85d2                	mv	a1,s4
80404190:	8526                	mv	a0,s1
80404192:	4629                	li	a2,10
80404194:	4681                	li	a3,0
80404196:	ffffe097          	auipc	ra,0xffffe
8040419a:	1ba080e7          	jalr	442(ra) # 80402350 <__udivdi3>
8040419e:	84aa                	mv	s1,a0
804041a0:	8a2e                	mv	s4,a1
804041a2:	0b85                	add	s7,s7,1
804041a4:	b7b5                	j	80404110 <__dtoa_engine+0x48e>

804041a6 <__pow5Factor>:
804041a6:	ccccd737          	lui	a4,0xccccd
804041aa:	333336b7          	lui	a3,0x33333
804041ae:	87aa                	mv	a5,a0
804041b0:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c86bf7d>
804041b4:	4501                	li	a0,0
804041b6:	ccc70713          	add	a4,a4,-820
804041ba:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
804041be:	02c585b3          	mul	a1,a1,a2
804041c2:	02e78833          	mul	a6,a5,a4
804041c6:	982e                	add	a6,a6,a1
804041c8:	02c7b5b3          	mulhu	a1,a5,a2
804041cc:	95c2                	add	a1,a1,a6
804041ce:	02c787b3          	mul	a5,a5,a2
804041d2:	00b6e863          	bltu	a3,a1,804041e2 <__pow5Factor+0x3c>
804041d6:	00d59463          	bne	a1,a3,804041de <__pow5Factor+0x38>
804041da:	00f5e463          	bltu	a1,a5,804041e2 <__pow5Factor+0x3c>
804041de:	0505                	add	a0,a0,1
804041e0:	bff9                	j	804041be <__pow5Factor+0x18>
804041e2:	8082                	ret

804041e4 <__double_computePow5>:
804041e4:	ffffe317          	auipc	t1,0xffffe
804041e8:	7fa302e7          	jalr	t0,2042(t1) # 804029de <__riscv_save_10>
804041ec:	47e9                	li	a5,26
804041ee:	02f55b33          	divu	s6,a0,a5
804041f2:	804069b7          	lui	s3,0x80406
804041f6:	70098b93          	add	s7,s3,1792 # 80406700 <DOUBLE_POW5_SPLIT2>
804041fa:	1101                	add	sp,sp,-32
804041fc:	892e                	mv	s2,a1
804041fe:	02f577b3          	remu	a5,a0,a5
80404202:	004b1713          	sll	a4,s6,0x4
80404206:	9bba                	add	s7,s7,a4
80404208:	e785                	bnez	a5,80404230 <__double_computePow5+0x4c>
8040420a:	000ba703          	lw	a4,0(s7)
8040420e:	004ba783          	lw	a5,4(s7)
80404212:	c198                	sw	a4,0(a1)
80404214:	c1dc                	sw	a5,4(a1)
80404216:	008ba503          	lw	a0,8(s7)
8040421a:	00cba583          	lw	a1,12(s7)
8040421e:	00a92423          	sw	a0,8(s2)
80404222:	00b92623          	sw	a1,12(s2)
80404226:	6105                	add	sp,sp,32
80404228:	ffffe317          	auipc	t1,0xffffe
8040422c:	7ee30067          	jr	2030(t1) # 80402a16 <__riscv_restore_10>
80404230:	70098993          	add	s3,s3,1792
80404234:	078e                	sll	a5,a5,0x3
80404236:	97ce                	add	a5,a5,s3
80404238:	0d07aa03          	lw	s4,208(a5)
8040423c:	0d47aa83          	lw	s5,212(a5)
80404240:	008ba603          	lw	a2,8(s7)
80404244:	00cba683          	lw	a3,12(s7)
80404248:	0818                	add	a4,sp,16
8040424a:	85d6                	mv	a1,s5
8040424c:	842a                	mv	s0,a0
8040424e:	8552                	mv	a0,s4
80404250:	00000097          	auipc	ra,0x0
80404254:	216080e7          	jalr	534(ra) # 80404466 <__umul128>
80404258:	000ba603          	lw	a2,0(s7)
8040425c:	004ba683          	lw	a3,4(s7)
80404260:	84aa                	mv	s1,a0
80404262:	8c2e                	mv	s8,a1
80404264:	0838                	add	a4,sp,24
80404266:	8552                	mv	a0,s4
80404268:	85d6                	mv	a1,s5
8040426a:	00000097          	auipc	ra,0x0
8040426e:	1fc080e7          	jalr	508(ra) # 80404466 <__umul128>
80404272:	47e2                	lw	a5,24(sp)
80404274:	4772                	lw	a4,28(sp)
80404276:	8aaa                	mv	s5,a0
80404278:	94be                	add	s1,s1,a5
8040427a:	00f4ba33          	sltu	s4,s1,a5
8040427e:	9c3a                	add	s8,s8,a4
80404280:	9a62                	add	s4,s4,s8
80404282:	00ea6663          	bltu	s4,a4,8040428e <__double_computePow5+0xaa>
80404286:	01471d63          	bne	a4,s4,804042a0 <__double_computePow5+0xbc>
8040428a:	00f4fb63          	bgeu	s1,a5,804042a0 <__double_computePow5+0xbc>
8040428e:	47c2                	lw	a5,16(sp)
80404290:	46d2                	lw	a3,20(sp)
80404292:	00178713          	add	a4,a5,1
80404296:	00f737b3          	sltu	a5,a4,a5
8040429a:	97b6                	add	a5,a5,a3
8040429c:	c83a                	sw	a4,16(sp)
8040429e:	ca3e                	sw	a5,20(sp)
804042a0:	8522                	mv	a0,s0
804042a2:	c62e                	sw	a1,12(sp)
804042a4:	00000097          	auipc	ra,0x0
804042a8:	1b0080e7          	jalr	432(ra) # 80404454 <__pow5bits>
804042ac:	8baa                	mv	s7,a0
804042ae:	4569                	li	a0,26
804042b0:	02ab0533          	mul	a0,s6,a0
804042b4:	00000097          	auipc	ra,0x0
804042b8:	1a0080e7          	jalr	416(ra) # 80404454 <__pow5bits>
804042bc:	45b2                	lw	a1,12(sp)
804042be:	40ab8733          	sub	a4,s7,a0
804042c2:	8626                	mv	a2,s1
804042c4:	86d2                	mv	a3,s4
804042c6:	8556                	mv	a0,s5
804042c8:	c43a                	sw	a4,8(sp)
804042ca:	00000097          	auipc	ra,0x0
804042ce:	1e8080e7          	jalr	488(ra) # 804044b2 <__shiftright128>
804042d2:	00445793          	srl	a5,s0,0x4
804042d6:	078a                	sll	a5,a5,0x2
804042d8:	99be                	add	s3,s3,a5
804042da:	1a09a783          	lw	a5,416(s3)
804042de:	0406                	sll	s0,s0,0x1
804042e0:	8879                	and	s0,s0,30
804042e2:	0087d7b3          	srl	a5,a5,s0
804042e6:	8b8d                	and	a5,a5,3
804042e8:	953e                	add	a0,a0,a5
804042ea:	00f537b3          	sltu	a5,a0,a5
804042ee:	4722                	lw	a4,8(sp)
804042f0:	4642                	lw	a2,16(sp)
804042f2:	46d2                	lw	a3,20(sp)
804042f4:	97ae                	add	a5,a5,a1
804042f6:	00a92023          	sw	a0,0(s2)
804042fa:	00f92223          	sw	a5,4(s2)
804042fe:	8526                	mv	a0,s1
80404300:	85d2                	mv	a1,s4
80404302:	00000097          	auipc	ra,0x0
80404306:	1b0080e7          	jalr	432(ra) # 804044b2 <__shiftright128>
8040430a:	bf11                	j	8040421e <__double_computePow5+0x3a>

8040430c <__double_computeInvPow5>:
8040430c:	ffffe317          	auipc	t1,0xffffe
80404310:	6d2302e7          	jalr	t0,1746(t1) # 804029de <__riscv_save_10>
80404314:	4b69                	li	s6,26
80404316:	01950793          	add	a5,a0,25
8040431a:	0367d7b3          	divu	a5,a5,s6
8040431e:	80406ab7          	lui	s5,0x80406
80404322:	700a8493          	add	s1,s5,1792 # 80406700 <DOUBLE_POW5_SPLIT2>
80404326:	1f848493          	add	s1,s1,504
8040432a:	1101                	add	sp,sp,-32
8040432c:	8a2e                	mv	s4,a1
8040432e:	03678b33          	mul	s6,a5,s6
80404332:	0792                	sll	a5,a5,0x4
80404334:	94be                	add	s1,s1,a5
80404336:	40ab0733          	sub	a4,s6,a0
8040433a:	02ab1163          	bne	s6,a0,8040435c <__double_computeInvPow5+0x50>
8040433e:	4098                	lw	a4,0(s1)
80404340:	40dc                	lw	a5,4(s1)
80404342:	c198                	sw	a4,0(a1)
80404344:	c1dc                	sw	a5,4(a1)
80404346:	4488                	lw	a0,8(s1)
80404348:	44cc                	lw	a1,12(s1)
8040434a:	00aa2423          	sw	a0,8(s4)
8040434e:	00ba2623          	sw	a1,12(s4)
80404352:	6105                	add	sp,sp,32
80404354:	ffffe317          	auipc	t1,0xffffe
80404358:	6c230067          	jr	1730(t1) # 80402a16 <__riscv_restore_10>
8040435c:	700a8a93          	add	s5,s5,1792
80404360:	070e                	sll	a4,a4,0x3
80404362:	9756                	add	a4,a4,s5
80404364:	0d072903          	lw	s2,208(a4)
80404368:	0d472983          	lw	s3,212(a4)
8040436c:	4490                	lw	a2,8(s1)
8040436e:	44d4                	lw	a3,12(s1)
80404370:	0818                	add	a4,sp,16
80404372:	85ce                	mv	a1,s3
80404374:	842a                	mv	s0,a0
80404376:	854a                	mv	a0,s2
80404378:	00000097          	auipc	ra,0x0
8040437c:	0ee080e7          	jalr	238(ra) # 80404466 <__umul128>
80404380:	4090                	lw	a2,0(s1)
80404382:	40d4                	lw	a3,4(s1)
80404384:	8c2a                	mv	s8,a0
80404386:	00163793          	seqz	a5,a2
8040438a:	8bae                	mv	s7,a1
8040438c:	0838                	add	a4,sp,24
8040438e:	8e9d                	sub	a3,a3,a5
80404390:	854a                	mv	a0,s2
80404392:	85ce                	mv	a1,s3
80404394:	167d                	add	a2,a2,-1
80404396:	00000097          	auipc	ra,0x0
8040439a:	0d0080e7          	jalr	208(ra) # 80404466 <__umul128>
8040439e:	47e2                	lw	a5,24(sp)
804043a0:	4772                	lw	a4,28(sp)
804043a2:	89aa                	mv	s3,a0
804043a4:	9c3e                	add	s8,s8,a5
804043a6:	00fc3933          	sltu	s2,s8,a5
804043aa:	9bba                	add	s7,s7,a4
804043ac:	995e                	add	s2,s2,s7
804043ae:	00e96663          	bltu	s2,a4,804043ba <__double_computeInvPow5+0xae>
804043b2:	01271d63          	bne	a4,s2,804043cc <__double_computeInvPow5+0xc0>
804043b6:	00fc7b63          	bgeu	s8,a5,804043cc <__double_computeInvPow5+0xc0>
804043ba:	47c2                	lw	a5,16(sp)
804043bc:	46d2                	lw	a3,20(sp)
804043be:	00178713          	add	a4,a5,1
804043c2:	00f737b3          	sltu	a5,a4,a5
804043c6:	97b6                	add	a5,a5,a3
804043c8:	c83a                	sw	a4,16(sp)
804043ca:	ca3e                	sw	a5,20(sp)
804043cc:	855a                	mv	a0,s6
804043ce:	c62e                	sw	a1,12(sp)
804043d0:	00000097          	auipc	ra,0x0
804043d4:	084080e7          	jalr	132(ra) # 80404454 <__pow5bits>
804043d8:	8b2a                	mv	s6,a0
804043da:	8522                	mv	a0,s0
804043dc:	00000097          	auipc	ra,0x0
804043e0:	078080e7          	jalr	120(ra) # 80404454 <__pow5bits>
804043e4:	45b2                	lw	a1,12(sp)
804043e6:	40ab0733          	sub	a4,s6,a0
804043ea:	8662                	mv	a2,s8
804043ec:	86ca                	mv	a3,s2
804043ee:	854e                	mv	a0,s3
804043f0:	c43a                	sw	a4,8(sp)
804043f2:	00000097          	auipc	ra,0x0
804043f6:	0c0080e7          	jalr	192(ra) # 804044b2 <__shiftright128>
804043fa:	00445793          	srl	a5,s0,0x4
804043fe:	078a                	sll	a5,a5,0x2
80404400:	9abe                	add	s5,s5,a5
80404402:	2e8aa783          	lw	a5,744(s5)
80404406:	0406                	sll	s0,s0,0x1
80404408:	8879                	and	s0,s0,30
8040440a:	0087d7b3          	srl	a5,a5,s0
8040440e:	8b8d                	and	a5,a5,3
80404410:	0785                	add	a5,a5,1
80404412:	953e                	add	a0,a0,a5
80404414:	00f537b3          	sltu	a5,a0,a5
80404418:	4722                	lw	a4,8(sp)
8040441a:	4642                	lw	a2,16(sp)
8040441c:	46d2                	lw	a3,20(sp)
8040441e:	97ae                	add	a5,a5,a1
80404420:	00aa2023          	sw	a0,0(s4)
80404424:	00fa2223          	sw	a5,4(s4)
80404428:	8562                	mv	a0,s8
8040442a:	85ca                	mv	a1,s2
8040442c:	00000097          	auipc	ra,0x0
80404430:	086080e7          	jalr	134(ra) # 804044b2 <__shiftright128>
80404434:	bf19                	j	8040434a <__double_computeInvPow5+0x3e>

80404436 <__log10Pow2>:
80404436:	67cd                	lui	a5,0x13
80404438:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
8040443c:	02f50533          	mul	a0,a0,a5
80404440:	8149                	srl	a0,a0,0x12
80404442:	8082                	ret

80404444 <__log10Pow5>:
80404444:	000b37b7          	lui	a5,0xb3
80404448:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
8040444c:	02f50533          	mul	a0,a0,a5
80404450:	8151                	srl	a0,a0,0x14
80404452:	8082                	ret

80404454 <__pow5bits>:
80404454:	001297b7          	lui	a5,0x129
80404458:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
8040445c:	02f50533          	mul	a0,a0,a5
80404460:	814d                	srl	a0,a0,0x13
80404462:	0505                	add	a0,a0,1
80404464:	8082                	ret

80404466 <__umul128>:
80404466:	02c537b3          	mulhu	a5,a0,a2
8040446a:	832e                	mv	t1,a1
8040446c:	02c585b3          	mul	a1,a1,a2
80404470:	02c33833          	mulhu	a6,t1,a2
80404474:	95be                	add	a1,a1,a5
80404476:	00f5b7b3          	sltu	a5,a1,a5
8040447a:	97c2                	add	a5,a5,a6
8040447c:	02a68833          	mul	a6,a3,a0
80404480:	02a6b8b3          	mulhu	a7,a3,a0
80404484:	95c2                	add	a1,a1,a6
80404486:	0105b833          	sltu	a6,a1,a6
8040448a:	98c2                	add	a7,a7,a6
8040448c:	02d30833          	mul	a6,t1,a3
80404490:	02d33333          	mulhu	t1,t1,a3
80404494:	983e                	add	a6,a6,a5
80404496:	011806b3          	add	a3,a6,a7
8040449a:	00f837b3          	sltu	a5,a6,a5
8040449e:	0106b833          	sltu	a6,a3,a6
804044a2:	c314                	sw	a3,0(a4)
804044a4:	979a                	add	a5,a5,t1
804044a6:	983e                	add	a6,a6,a5
804044a8:	02c50533          	mul	a0,a0,a2
804044ac:	01072223          	sw	a6,4(a4)
804044b0:	8082                	ret

804044b2 <__shiftright128>:
804044b2:	ffffe317          	auipc	t1,0xffffe
804044b6:	53a302e7          	jalr	t0,1338(t1) # 804029ec <__riscv_save_4>
804044ba:	8a2a                	mv	s4,a0
804044bc:	8532                	mv	a0,a2
804044be:	04000613          	li	a2,64
804044c2:	8e19                	sub	a2,a2,a4
804044c4:	89ae                	mv	s3,a1
804044c6:	85b6                	mv	a1,a3
804044c8:	843a                	mv	s0,a4
804044ca:	ffffe097          	auipc	ra,0xffffe
804044ce:	df8080e7          	jalr	-520(ra) # 804022c2 <__ashldi3>
804044d2:	892a                	mv	s2,a0
804044d4:	84ae                	mv	s1,a1
804044d6:	8622                	mv	a2,s0
804044d8:	8552                	mv	a0,s4
804044da:	85ce                	mv	a1,s3
804044dc:	ffffe097          	auipc	ra,0xffffe
804044e0:	dbe080e7          	jalr	-578(ra) # 8040229a <__lshrdi3>
804044e4:	00a96533          	or	a0,s2,a0
804044e8:	8dc5                	or	a1,a1,s1
804044ea:	ffffe317          	auipc	t1,0xffffe
804044ee:	53630067          	jr	1334(t1) # 80402a20 <__riscv_restore_4>

804044f2 <strnlen>:
804044f2:	95aa                	add	a1,a1,a0
804044f4:	87aa                	mv	a5,a0
804044f6:	00b78563          	beq	a5,a1,80404500 <strnlen+0xe>
804044fa:	0007c703          	lbu	a4,0(a5)
804044fe:	e701                	bnez	a4,80404506 <strnlen+0x14>
80404500:	40a78533          	sub	a0,a5,a0
80404504:	8082                	ret
80404506:	0785                	add	a5,a5,1
80404508:	b7fd                	j	804044f6 <strnlen+0x4>

8040450a <__file_str_put>:
8040450a:	49dc                	lw	a5,20(a1)
8040450c:	4d98                	lw	a4,24(a1)
8040450e:	00e78763          	beq	a5,a4,8040451c <__file_str_put+0x12>
80404512:	00178713          	add	a4,a5,1
80404516:	c9d8                	sw	a4,20(a1)
80404518:	00a78023          	sb	a0,0(a5)
8040451c:	8082                	ret

8040451e <store_event>:
8040451e:	8082                	ret

80404520 <uni_blk_present>:
80404520:	804077b7          	lui	a5,0x80407
80404524:	11c7a503          	lw	a0,284(a5) # 8040711c <present>
80404528:	8082                	ret

8040452a <uni_blk_sectors>:
8040452a:	804077b7          	lui	a5,0x80407
8040452e:	11c7a783          	lw	a5,284(a5) # 8040711c <present>
80404532:	4501                	li	a0,0
80404534:	c789                	beqz	a5,8040453e <uni_blk_sectors+0x14>
80404536:	8041c7b7          	lui	a5,0x8041c
8040453a:	6947a503          	lw	a0,1684(a5) # 8041c694 <bf+0x1c>
8040453e:	8082                	ret

80404540 <uni_blk_read>:
80404540:	804077b7          	lui	a5,0x80407
80404544:	11c7a803          	lw	a6,284(a5) # 8040711c <present>
80404548:	00081463          	bnez	a6,80404550 <uni_blk_read+0x10>
8040454c:	5529                	li	a0,-22
8040454e:	8082                	ret
80404550:	87ae                	mv	a5,a1
80404552:	dded                	beqz	a1,8040454c <uni_blk_read+0xc>
80404554:	8041c837          	lui	a6,0x8041c
80404558:	86b2                	mv	a3,a2
8040455a:	67880613          	add	a2,a6,1656 # 8041c678 <bf>
8040455e:	4e50                	lw	a2,28(a2)
80404560:	872a                	mv	a4,a0
80404562:	fea665e3          	bltu	a2,a0,8040454c <uni_blk_read+0xc>
80404566:	40a605b3          	sub	a1,a2,a0
8040456a:	fef5e1e3          	bltu	a1,a5,8040454c <uni_blk_read+0xc>
8040456e:	80407337          	lui	t1,0x80407
80404572:	11832583          	lw	a1,280(t1) # 80407118 <extent_bound>
80404576:	c989                	beqz	a1,80404588 <uni_blk_read+0x48>
80404578:	85aa                	mv	a1,a0
8040457a:	863e                	mv	a2,a5
8040457c:	67880513          	add	a0,a6,1656
80404580:	ffffd317          	auipc	t1,0xffffd
80404584:	aee30067          	jr	-1298(t1) # 8040106e <blkfront_read>
80404588:	1101                	add	sp,sp,-32
8040458a:	ce06                	sw	ra,28(sp)
8040458c:	c402                	sw	zero,8(sp)
8040458e:	c632                	sw	a2,12(sp)
80404590:	4509                	li	a0,2
80404592:	002c                	add	a1,sp,8
80404594:	03000893          	li	a7,48
80404598:	00000073          	ecall
8040459c:	ed11                	bnez	a0,804045b8 <uni_blk_read+0x78>
8040459e:	4605                	li	a2,1
804045a0:	10c32c23          	sw	a2,280(t1)
804045a4:	40f2                	lw	ra,28(sp)
804045a6:	863e                	mv	a2,a5
804045a8:	85ba                	mv	a1,a4
804045aa:	67880513          	add	a0,a6,1656
804045ae:	6105                	add	sp,sp,32
804045b0:	ffffd317          	auipc	t1,0xffffd
804045b4:	abe30067          	jr	-1346(t1) # 8040106e <blkfront_read>
804045b8:	fe0556e3          	bgez	a0,804045a4 <uni_blk_read+0x64>
804045bc:	80407537          	lui	a0,0x80407
804045c0:	c4050513          	add	a0,a0,-960 # 80406c40 <__clz_tab+0x204>
804045c4:	ffffc097          	auipc	ra,0xffffc
804045c8:	364080e7          	jalr	868(ra) # 80400928 <uni_panic>

804045cc <uni_blk_write>:
804045cc:	804077b7          	lui	a5,0x80407
804045d0:	11c7a803          	lw	a6,284(a5) # 8040711c <present>
804045d4:	00081463          	bnez	a6,804045dc <uni_blk_write+0x10>
804045d8:	5529                	li	a0,-22
804045da:	8082                	ret
804045dc:	87ae                	mv	a5,a1
804045de:	dded                	beqz	a1,804045d8 <uni_blk_write+0xc>
804045e0:	8041c837          	lui	a6,0x8041c
804045e4:	86b2                	mv	a3,a2
804045e6:	67880613          	add	a2,a6,1656 # 8041c678 <bf>
804045ea:	4e50                	lw	a2,28(a2)
804045ec:	872a                	mv	a4,a0
804045ee:	fea665e3          	bltu	a2,a0,804045d8 <uni_blk_write+0xc>
804045f2:	40a605b3          	sub	a1,a2,a0
804045f6:	fef5e1e3          	bltu	a1,a5,804045d8 <uni_blk_write+0xc>
804045fa:	80407337          	lui	t1,0x80407
804045fe:	11832583          	lw	a1,280(t1) # 80407118 <extent_bound>
80404602:	c989                	beqz	a1,80404614 <uni_blk_write+0x48>
80404604:	85aa                	mv	a1,a0
80404606:	863e                	mv	a2,a5
80404608:	67880513          	add	a0,a6,1656
8040460c:	ffffd317          	auipc	t1,0xffffd
80404610:	a6c30067          	jr	-1428(t1) # 80401078 <blkfront_write>
80404614:	1101                	add	sp,sp,-32
80404616:	ce06                	sw	ra,28(sp)
80404618:	c402                	sw	zero,8(sp)
8040461a:	c632                	sw	a2,12(sp)
8040461c:	4509                	li	a0,2
8040461e:	002c                	add	a1,sp,8
80404620:	03000893          	li	a7,48
80404624:	00000073          	ecall
80404628:	ed11                	bnez	a0,80404644 <uni_blk_write+0x78>
8040462a:	4605                	li	a2,1
8040462c:	10c32c23          	sw	a2,280(t1)
80404630:	40f2                	lw	ra,28(sp)
80404632:	863e                	mv	a2,a5
80404634:	85ba                	mv	a1,a4
80404636:	67880513          	add	a0,a6,1656
8040463a:	6105                	add	sp,sp,32
8040463c:	ffffd317          	auipc	t1,0xffffd
80404640:	a3c30067          	jr	-1476(t1) # 80401078 <blkfront_write>
80404644:	fe0556e3          	bgez	a0,80404630 <uni_blk_write+0x64>
80404648:	80407537          	lui	a0,0x80407
8040464c:	c4050513          	add	a0,a0,-960 # 80406c40 <__clz_tab+0x204>
80404650:	ffffc097          	auipc	ra,0xffffc
80404654:	2d8080e7          	jalr	728(ra) # 80400928 <uni_panic>

80404658 <uni_blk_flush>:
80404658:	804077b7          	lui	a5,0x80407
8040465c:	11c7a783          	lw	a5,284(a5) # 8040711c <present>
80404660:	cb89                	beqz	a5,80404672 <uni_blk_flush+0x1a>
80404662:	8041c537          	lui	a0,0x8041c
80404666:	67850513          	add	a0,a0,1656 # 8041c678 <bf>
8040466a:	ffffd317          	auipc	t1,0xffffd
8040466e:	a1a30067          	jr	-1510(t1) # 80401084 <blkfront_flush>
80404672:	5529                	li	a0,-22
80404674:	8082                	ret

80404676 <fs_ops_list>:
80404676:	7179                	add	sp,sp,-48
80404678:	d422                	sw	s0,40(sp)
8040467a:	d226                	sw	s1,36(sp)
8040467c:	8432                	mv	s0,a2
8040467e:	84ae                	mv	s1,a1
80404680:	860a                	mv	a2,sp
80404682:	004c                	add	a1,sp,4
80404684:	d606                	sw	ra,44(sp)
80404686:	00001097          	auipc	ra,0x1
8040468a:	414080e7          	jalr	1044(ra) # 80405a9a <fs_readdir>
8040468e:	02054463          	bltz	a0,804046b6 <fs_ops_list+0x40>
80404692:	0048                	add	a0,sp,4
80404694:	00001097          	auipc	ra,0x1
80404698:	784080e7          	jalr	1924(ra) # 80405e18 <strlen>
8040469c:	00150613          	add	a2,a0,1
804046a0:	02c46963          	bltu	s0,a2,804046d2 <fs_ops_list+0x5c>
804046a4:	004c                	add	a1,sp,4
804046a6:	8526                	mv	a0,s1
804046a8:	00001097          	auipc	ra,0x1
804046ac:	734080e7          	jalr	1844(ra) # 80405ddc <memcpy>
804046b0:	4502                	lw	a0,0(sp)
804046b2:	00054763          	bltz	a0,804046c0 <fs_ops_list+0x4a>
804046b6:	50b2                	lw	ra,44(sp)
804046b8:	5422                	lw	s0,40(sp)
804046ba:	5492                	lw	s1,36(sp)
804046bc:	6145                	add	sp,sp,48
804046be:	8082                	ret
804046c0:	50b2                	lw	ra,44(sp)
804046c2:	5422                	lw	s0,40(sp)
804046c4:	80000537          	lui	a0,0x80000
804046c8:	5492                	lw	s1,36(sp)
804046ca:	fff54513          	not	a0,a0
804046ce:	6145                	add	sp,sp,48
804046d0:	8082                	ret
804046d2:	fdc00513          	li	a0,-36
804046d6:	b7c5                	j	804046b6 <fs_ops_list+0x40>

804046d8 <fs_ops_unlink>:
804046d8:	00001317          	auipc	t1,0x1
804046dc:	30830067          	jr	776(t1) # 804059e0 <fs_unlink>

804046e0 <fs_ops_write>:
804046e0:	07f00793          	li	a5,127
804046e4:	06a7e563          	bltu	a5,a0,8040474e <fs_ops_write+0x6e>
804046e8:	00351313          	sll	t1,a0,0x3
804046ec:	40a307b3          	sub	a5,t1,a0
804046f0:	8041c8b7          	lui	a7,0x8041c
804046f4:	70888893          	add	a7,a7,1800 # 8041c708 <files>
804046f8:	078a                	sll	a5,a5,0x2
804046fa:	97c6                	add	a5,a5,a7
804046fc:	43d4                	lw	a3,4(a5)
804046fe:	882a                	mv	a6,a0
80404700:	555d                	li	a0,-9
80404702:	04d05863          	blez	a3,80404752 <fs_ops_write+0x72>
80404706:	47d4                	lw	a3,12(a5)
80404708:	c6a9                	beqz	a3,80404752 <fs_ops_write+0x72>
8040470a:	8732                	mv	a4,a2
8040470c:	04064463          	bltz	a2,80404754 <fs_ops_write+0x74>
80404710:	4b94                	lw	a3,16(a5)
80404712:	1141                	add	sp,sp,-16
80404714:	c606                	sw	ra,12(sp)
80404716:	c422                	sw	s0,8(sp)
80404718:	862e                	mv	a2,a1
8040471a:	e695                	bnez	a3,80404746 <fs_ops_write+0x66>
8040471c:	4f94                	lw	a3,24(a5)
8040471e:	41030333          	sub	t1,t1,a6
80404722:	030a                	sll	t1,t1,0x2
80404724:	00688433          	add	s0,a7,t1
80404728:	4848                	lw	a0,20(s0)
8040472a:	4581                	li	a1,0
8040472c:	00001097          	auipc	ra,0x1
80404730:	ebe080e7          	jalr	-322(ra) # 804055ea <writei>
80404734:	00a05563          	blez	a0,8040473e <fs_ops_write+0x5e>
80404738:	4c1c                	lw	a5,24(s0)
8040473a:	97aa                	add	a5,a5,a0
8040473c:	cc1c                	sw	a5,24(s0)
8040473e:	40b2                	lw	ra,12(sp)
80404740:	4422                	lw	s0,8(sp)
80404742:	0141                	add	sp,sp,16
80404744:	8082                	ret
80404746:	4bd4                	lw	a3,20(a5)
80404748:	46d4                	lw	a3,12(a3)
8040474a:	cf94                	sw	a3,24(a5)
8040474c:	bfc9                	j	8040471e <fs_ops_write+0x3e>
8040474e:	555d                	li	a0,-9
80404750:	8082                	ret
80404752:	8082                	ret
80404754:	5529                	li	a0,-22
80404756:	8082                	ret

80404758 <fs_ops_read>:
80404758:	07f00793          	li	a5,127
8040475c:	04a7e863          	bltu	a5,a0,804047ac <fs_ops_read+0x54>
80404760:	1141                	add	sp,sp,-16
80404762:	00351793          	sll	a5,a0,0x3
80404766:	8f89                	sub	a5,a5,a0
80404768:	c422                	sw	s0,8(sp)
8040476a:	8041c437          	lui	s0,0x8041c
8040476e:	078a                	sll	a5,a5,0x2
80404770:	70840413          	add	s0,s0,1800 # 8041c708 <files>
80404774:	943e                	add	s0,s0,a5
80404776:	405c                	lw	a5,4(s0)
80404778:	c606                	sw	ra,12(sp)
8040477a:	555d                	li	a0,-9
8040477c:	02f05463          	blez	a5,804047a4 <fs_ops_read+0x4c>
80404780:	441c                	lw	a5,8(s0)
80404782:	c38d                	beqz	a5,804047a4 <fs_ops_read+0x4c>
80404784:	8732                	mv	a4,a2
80404786:	02064563          	bltz	a2,804047b0 <fs_ops_read+0x58>
8040478a:	4c14                	lw	a3,24(s0)
8040478c:	4848                	lw	a0,20(s0)
8040478e:	862e                	mv	a2,a1
80404790:	4581                	li	a1,0
80404792:	00001097          	auipc	ra,0x1
80404796:	d70080e7          	jalr	-656(ra) # 80405502 <readi>
8040479a:	00a05563          	blez	a0,804047a4 <fs_ops_read+0x4c>
8040479e:	4c1c                	lw	a5,24(s0)
804047a0:	97aa                	add	a5,a5,a0
804047a2:	cc1c                	sw	a5,24(s0)
804047a4:	40b2                	lw	ra,12(sp)
804047a6:	4422                	lw	s0,8(sp)
804047a8:	0141                	add	sp,sp,16
804047aa:	8082                	ret
804047ac:	555d                	li	a0,-9
804047ae:	8082                	ret
804047b0:	5529                	li	a0,-22
804047b2:	bfcd                	j	804047a4 <fs_ops_read+0x4c>

804047b4 <fs_shutdown>:
804047b4:	00001317          	auipc	t1,0x1
804047b8:	55230067          	jr	1362(t1) # 80405d06 <bio_flush>

804047bc <fs_ops_open>:
804047bc:	7179                	add	sp,sp,-48
804047be:	ce4e                	sw	s3,28(sp)
804047c0:	d606                	sw	ra,44(sp)
804047c2:	d422                	sw	s0,40(sp)
804047c4:	d226                	sw	s1,36(sp)
804047c6:	d04a                	sw	s2,32(sp)
804047c8:	0035f993          	and	s3,a1,3
804047cc:	478d                	li	a5,3
804047ce:	08f98f63          	beq	s3,a5,8040486c <fs_ops_open+0xb0>
804047d2:	8041c7b7          	lui	a5,0x8041c
804047d6:	892e                	mv	s2,a1
804047d8:	70c78793          	add	a5,a5,1804 # 8041c70c <files+0x4>
804047dc:	4401                	li	s0,0
804047de:	08000693          	li	a3,128
804047e2:	a021                	j	804047ea <fs_ops_open+0x2e>
804047e4:	0405                	add	s0,s0,1
804047e6:	06d40b63          	beq	s0,a3,8040485c <fs_ops_open+0xa0>
804047ea:	4398                	lw	a4,0(a5)
804047ec:	07f1                	add	a5,a5,28
804047ee:	fee04be3          	bgtz	a4,804047e4 <fs_ops_open+0x28>
804047f2:	0070                	add	a2,sp,12
804047f4:	85ca                	mv	a1,s2
804047f6:	00001097          	auipc	ra,0x1
804047fa:	09e080e7          	jalr	158(ra) # 80405894 <fs_open>
804047fe:	04054863          	bltz	a0,8040484e <fs_ops_open+0x92>
80404802:	00341493          	sll	s1,s0,0x3
80404806:	8c81                	sub	s1,s1,s0
80404808:	8041c7b7          	lui	a5,0x8041c
8040480c:	70878793          	add	a5,a5,1800 # 8041c708 <files>
80404810:	048a                	sll	s1,s1,0x2
80404812:	94be                	add	s1,s1,a5
80404814:	4671                	li	a2,28
80404816:	4581                	li	a1,0
80404818:	8526                	mv	a0,s1
8040481a:	00001097          	auipc	ra,0x1
8040481e:	580080e7          	jalr	1408(ra) # 80405d9a <memset>
80404822:	4709                	li	a4,2
80404824:	c098                	sw	a4,0(s1)
80404826:	4705                	li	a4,1
80404828:	c0d8                	sw	a4,4(s1)
8040482a:	4732                	lw	a4,12(sp)
8040482c:	fff98793          	add	a5,s3,-1
80404830:	00a95913          	srl	s2,s2,0xa
80404834:	00f037b3          	snez	a5,a5
80404838:	013039b3          	snez	s3,s3
8040483c:	00197913          	and	s2,s2,1
80404840:	c8d8                	sw	a4,20(s1)
80404842:	c49c                	sw	a5,8(s1)
80404844:	0134a623          	sw	s3,12(s1)
80404848:	0124a823          	sw	s2,16(s1)
8040484c:	8522                	mv	a0,s0
8040484e:	50b2                	lw	ra,44(sp)
80404850:	5422                	lw	s0,40(sp)
80404852:	5492                	lw	s1,36(sp)
80404854:	5902                	lw	s2,32(sp)
80404856:	49f2                	lw	s3,28(sp)
80404858:	6145                	add	sp,sp,48
8040485a:	8082                	ret
8040485c:	50b2                	lw	ra,44(sp)
8040485e:	5422                	lw	s0,40(sp)
80404860:	5492                	lw	s1,36(sp)
80404862:	5902                	lw	s2,32(sp)
80404864:	49f2                	lw	s3,28(sp)
80404866:	5521                	li	a0,-24
80404868:	6145                	add	sp,sp,48
8040486a:	8082                	ret
8040486c:	5529                	li	a0,-22
8040486e:	b7c5                	j	8040484e <fs_ops_open+0x92>

80404870 <fs_ops_lseek>:
80404870:	07f00793          	li	a5,127
80404874:	872a                	mv	a4,a0
80404876:	04a7ed63          	bltu	a5,a0,804048d0 <fs_ops_lseek+0x60>
8040487a:	00351813          	sll	a6,a0,0x3
8040487e:	40a807b3          	sub	a5,a6,a0
80404882:	8041c6b7          	lui	a3,0x8041c
80404886:	70868693          	add	a3,a3,1800 # 8041c708 <files>
8040488a:	078a                	sll	a5,a5,0x2
8040488c:	97b6                	add	a5,a5,a3
8040488e:	0047a883          	lw	a7,4(a5)
80404892:	555d                	li	a0,-9
80404894:	03105463          	blez	a7,804048bc <fs_ops_lseek+0x4c>
80404898:	e21d                	bnez	a2,804048be <fs_ops_lseek+0x4e>
8040489a:	4781                	li	a5,0
8040489c:	97ae                	add	a5,a5,a1
8040489e:	00b7b633          	sltu	a2,a5,a1
804048a2:	81fd                	srl	a1,a1,0x1f
804048a4:	00c59b63          	bne	a1,a2,804048ba <fs_ops_lseek+0x4a>
804048a8:	0007c963          	bltz	a5,804048ba <fs_ops_lseek+0x4a>
804048ac:	40e80833          	sub	a6,a6,a4
804048b0:	080a                	sll	a6,a6,0x2
804048b2:	96c2                	add	a3,a3,a6
804048b4:	ce9c                	sw	a5,24(a3)
804048b6:	853e                	mv	a0,a5
804048b8:	8082                	ret
804048ba:	5529                	li	a0,-22
804048bc:	8082                	ret
804048be:	4505                	li	a0,1
804048c0:	00a60a63          	beq	a2,a0,804048d4 <fs_ops_lseek+0x64>
804048c4:	4509                	li	a0,2
804048c6:	fea61ae3          	bne	a2,a0,804048ba <fs_ops_lseek+0x4a>
804048ca:	4bdc                	lw	a5,20(a5)
804048cc:	47dc                	lw	a5,12(a5)
804048ce:	b7f9                	j	8040489c <fs_ops_lseek+0x2c>
804048d0:	555d                	li	a0,-9
804048d2:	8082                	ret
804048d4:	4f9c                	lw	a5,24(a5)
804048d6:	b7d9                	j	8040489c <fs_ops_lseek+0x2c>

804048d8 <fs_ops_close>:
804048d8:	07f00793          	li	a5,127
804048dc:	04a7e463          	bltu	a5,a0,80404924 <fs_ops_close+0x4c>
804048e0:	1141                	add	sp,sp,-16
804048e2:	00351793          	sll	a5,a0,0x3
804048e6:	8f89                	sub	a5,a5,a0
804048e8:	c422                	sw	s0,8(sp)
804048ea:	8041c437          	lui	s0,0x8041c
804048ee:	078a                	sll	a5,a5,0x2
804048f0:	70840413          	add	s0,s0,1800 # 8041c708 <files>
804048f4:	943e                	add	s0,s0,a5
804048f6:	405c                	lw	a5,4(s0)
804048f8:	c606                	sw	ra,12(sp)
804048fa:	555d                	li	a0,-9
804048fc:	02f05063          	blez	a5,8040491c <fs_ops_close+0x44>
80404900:	4848                	lw	a0,20(s0)
80404902:	00001097          	auipc	ra,0x1
80404906:	a76080e7          	jalr	-1418(ra) # 80405378 <iput>
8040490a:	00001097          	auipc	ra,0x1
8040490e:	3fc080e7          	jalr	1020(ra) # 80405d06 <bio_flush>
80404912:	4501                	li	a0,0
80404914:	00042223          	sw	zero,4(s0)
80404918:	00042023          	sw	zero,0(s0)
8040491c:	40b2                	lw	ra,12(sp)
8040491e:	4422                	lw	s0,8(sp)
80404920:	0141                	add	sp,sp,16
80404922:	8082                	ret
80404924:	555d                	li	a0,-9
80404926:	8082                	ret

80404928 <panic>:
80404928:	7115                	add	sp,sp,-224
8040492a:	0c410313          	add	t1,sp,196
8040492e:	c3ae                	sw	a1,196(sp)
80404930:	c5b2                	sw	a2,200(sp)
80404932:	c7b6                	sw	a3,204(sp)
80404934:	862a                	mv	a2,a0
80404936:	869a                	mv	a3,t1
80404938:	0a000593          	li	a1,160
8040493c:	0808                	add	a0,sp,16
8040493e:	df06                	sw	ra,188(sp)
80404940:	c9ba                	sw	a4,208(sp)
80404942:	cbbe                	sw	a5,212(sp)
80404944:	cdc2                	sw	a6,216(sp)
80404946:	cfc6                	sw	a7,220(sp)
80404948:	c61a                	sw	t1,12(sp)
8040494a:	fffff097          	auipc	ra,0xfffff
8040494e:	086080e7          	jalr	134(ra) # 804039d0 <vsnprintf>
80404952:	0808                	add	a0,sp,16
80404954:	ffffc097          	auipc	ra,0xffffc
80404958:	fd4080e7          	jalr	-44(ra) # 80400928 <uni_panic>

8040495c <either_copyout>:
8040495c:	1141                	add	sp,sp,-16
8040495e:	852e                	mv	a0,a1
80404960:	85b2                	mv	a1,a2
80404962:	8636                	mv	a2,a3
80404964:	c606                	sw	ra,12(sp)
80404966:	00001097          	auipc	ra,0x1
8040496a:	476080e7          	jalr	1142(ra) # 80405ddc <memcpy>
8040496e:	40b2                	lw	ra,12(sp)
80404970:	4501                	li	a0,0
80404972:	0141                	add	sp,sp,16
80404974:	8082                	ret

80404976 <either_copyin>:
80404976:	1141                	add	sp,sp,-16
80404978:	852e                	mv	a0,a1
8040497a:	85b2                	mv	a1,a2
8040497c:	8636                	mv	a2,a3
8040497e:	c606                	sw	ra,12(sp)
80404980:	00001097          	auipc	ra,0x1
80404984:	45c080e7          	jalr	1116(ra) # 80405ddc <memcpy>
80404988:	40b2                	lw	ra,12(sp)
8040498a:	4501                	li	a0,0
8040498c:	0141                	add	sp,sp,16
8040498e:	8082                	ret

80404990 <disk_capacity>:
80404990:	00000317          	auipc	t1,0x0
80404994:	b9a30067          	jr	-1126(t1) # 8040452a <uni_blk_sectors>

80404998 <disk_read>:
80404998:	1141                	add	sp,sp,-16
8040499a:	c422                	sw	s0,8(sp)
8040499c:	c226                	sw	s1,4(sp)
8040499e:	c606                	sw	ra,12(sp)
804049a0:	842a                	mv	s0,a0
804049a2:	84ae                	mv	s1,a1
804049a4:	00000097          	auipc	ra,0x0
804049a8:	b9c080e7          	jalr	-1124(ra) # 80404540 <uni_blk_read>
804049ac:	e511                	bnez	a0,804049b8 <disk_read+0x20>
804049ae:	40b2                	lw	ra,12(sp)
804049b0:	4422                	lw	s0,8(sp)
804049b2:	4492                	lw	s1,4(sp)
804049b4:	0141                	add	sp,sp,16
804049b6:	8082                	ret
804049b8:	80407537          	lui	a0,0x80407
804049bc:	8626                	mv	a2,s1
804049be:	85a2                	mv	a1,s0
804049c0:	c7850513          	add	a0,a0,-904 # 80406c78 <__clz_tab+0x23c>
804049c4:	00000097          	auipc	ra,0x0
804049c8:	f64080e7          	jalr	-156(ra) # 80404928 <panic>

804049cc <disk_write>:
804049cc:	1141                	add	sp,sp,-16
804049ce:	c422                	sw	s0,8(sp)
804049d0:	c226                	sw	s1,4(sp)
804049d2:	c606                	sw	ra,12(sp)
804049d4:	842a                	mv	s0,a0
804049d6:	84ae                	mv	s1,a1
804049d8:	00000097          	auipc	ra,0x0
804049dc:	bf4080e7          	jalr	-1036(ra) # 804045cc <uni_blk_write>
804049e0:	e511                	bnez	a0,804049ec <disk_write+0x20>
804049e2:	40b2                	lw	ra,12(sp)
804049e4:	4422                	lw	s0,8(sp)
804049e6:	4492                	lw	s1,4(sp)
804049e8:	0141                	add	sp,sp,16
804049ea:	8082                	ret
804049ec:	80407537          	lui	a0,0x80407
804049f0:	8626                	mv	a2,s1
804049f2:	85a2                	mv	a1,s0
804049f4:	c9850513          	add	a0,a0,-872 # 80406c98 <__clz_tab+0x25c>
804049f8:	00000097          	auipc	ra,0x0
804049fc:	f30080e7          	jalr	-208(ra) # 80404928 <panic>

80404a00 <disk_flush>:
80404a00:	1141                	add	sp,sp,-16
80404a02:	c606                	sw	ra,12(sp)
80404a04:	00000097          	auipc	ra,0x0
80404a08:	c54080e7          	jalr	-940(ra) # 80404658 <uni_blk_flush>
80404a0c:	e501                	bnez	a0,80404a14 <disk_flush+0x14>
80404a0e:	40b2                	lw	ra,12(sp)
80404a10:	0141                	add	sp,sp,16
80404a12:	8082                	ret
80404a14:	80407537          	lui	a0,0x80407
80404a18:	cbc50513          	add	a0,a0,-836 # 80406cbc <__clz_tab+0x280>
80404a1c:	00000097          	auipc	ra,0x0
80404a20:	f0c080e7          	jalr	-244(ra) # 80404928 <panic>

80404a24 <bfree>:
80404a24:	8041f7b7          	lui	a5,0x8041f
80404a28:	70878793          	add	a5,a5,1800 # 8041f708 <sb>
80404a2c:	5398                	lw	a4,32(a5)
80404a2e:	1101                	add	sp,sp,-32
80404a30:	c84a                	sw	s2,16(sp)
80404a32:	ce06                	sw	ra,28(sp)
80404a34:	cc22                	sw	s0,24(sp)
80404a36:	ca26                	sw	s1,20(sp)
80404a38:	c64e                	sw	s3,12(sp)
80404a3a:	892a                	mv	s2,a0
80404a3c:	06e56363          	bltu	a0,a4,80404aa2 <bfree+0x7e>
80404a40:	4798                	lw	a4,8(a5)
80404a42:	06e57063          	bgeu	a0,a4,80404aa2 <bfree+0x7e>
80404a46:	4b98                	lw	a4,16(a5)
80404a48:	4485                	li	s1,1
80404a4a:	00757793          	and	a5,a0,7
80404a4e:	813d                	srl	a0,a0,0xf
80404a50:	00f494b3          	sll	s1,s1,a5
80404a54:	953a                	add	a0,a0,a4
80404a56:	01191793          	sll	a5,s2,0x11
80404a5a:	0147d413          	srl	s0,a5,0x14
80404a5e:	00001097          	auipc	ra,0x1
80404a62:	1f4080e7          	jalr	500(ra) # 80405c52 <bread>
80404a66:	008507b3          	add	a5,a0,s0
80404a6a:	0187c703          	lbu	a4,24(a5)
80404a6e:	0ff4f493          	zext.b	s1,s1
80404a72:	89aa                	mv	s3,a0
80404a74:	009776b3          	and	a3,a4,s1
80404a78:	ce95                	beqz	a3,80404ab4 <bfree+0x90>
80404a7a:	fff4c493          	not	s1,s1
80404a7e:	8f65                	and	a4,a4,s1
80404a80:	00e78c23          	sb	a4,24(a5)
80404a84:	00001097          	auipc	ra,0x1
80404a88:	242080e7          	jalr	578(ra) # 80405cc6 <bdirty>
80404a8c:	4462                	lw	s0,24(sp)
80404a8e:	40f2                	lw	ra,28(sp)
80404a90:	44d2                	lw	s1,20(sp)
80404a92:	4942                	lw	s2,16(sp)
80404a94:	854e                	mv	a0,s3
80404a96:	49b2                	lw	s3,12(sp)
80404a98:	6105                	add	sp,sp,32
80404a9a:	00001317          	auipc	t1,0x1
80404a9e:	23230067          	jr	562(t1) # 80405ccc <brelse>
80404aa2:	80407537          	lui	a0,0x80407
80404aa6:	85ca                	mv	a1,s2
80404aa8:	cec50513          	add	a0,a0,-788 # 80406cec <exfs_ops+0x1c>
80404aac:	00000097          	auipc	ra,0x0
80404ab0:	e7c080e7          	jalr	-388(ra) # 80404928 <panic>
80404ab4:	80407537          	lui	a0,0x80407
80404ab8:	85ca                	mv	a1,s2
80404aba:	d1450513          	add	a0,a0,-748 # 80406d14 <exfs_ops+0x44>
80404abe:	00000097          	auipc	ra,0x0
80404ac2:	e6a080e7          	jalr	-406(ra) # 80404928 <panic>

80404ac6 <trim_indirect>:
80404ac6:	7179                	add	sp,sp,-48
80404ac8:	ce4e                	sw	s3,28(sp)
80404aca:	cc52                	sw	s4,24(sp)
80404acc:	c85a                	sw	s6,16(sp)
80404ace:	c65e                	sw	s7,12(sp)
80404ad0:	c266                	sw	s9,4(sp)
80404ad2:	d606                	sw	ra,44(sp)
80404ad4:	d422                	sw	s0,40(sp)
80404ad6:	d226                	sw	s1,36(sp)
80404ad8:	d04a                	sw	s2,32(sp)
80404ada:	ca56                	sw	s5,20(sp)
80404adc:	c462                	sw	s8,8(sp)
80404ade:	c06a                	sw	s10,0(sp)
80404ae0:	4785                	li	a5,1
80404ae2:	8cb2                	mv	s9,a2
80404ae4:	8baa                	mv	s7,a0
80404ae6:	8b2e                	mv	s6,a1
80404ae8:	89b6                	mv	s3,a3
80404aea:	4a05                	li	s4,1
80404aec:	00f60463          	beq	a2,a5,80404af4 <trim_indirect+0x2e>
80404af0:	40000a13          	li	s4,1024
80404af4:	855e                	mv	a0,s7
80404af6:	6a85                	lui	s5,0x1
80404af8:	00001097          	auipc	ra,0x1
80404afc:	15a080e7          	jalr	346(ra) # 80405c52 <bread>
80404b00:	0ae1                	add	s5,s5,24 # 1018 <errno+0x1018>
80404b02:	8c2a                	mv	s8,a0
80404b04:	01850413          	add	s0,a0,24
80404b08:	9aaa                	add	s5,s5,a0
80404b0a:	84da                	mv	s1,s6
80404b0c:	4d05                	li	s10,1
80404b0e:	4008                	lw	a0,0(s0)
80404b10:	009a0933          	add	s2,s4,s1
80404b14:	cd19                	beqz	a0,80404b32 <trim_indirect+0x6c>
80404b16:	0129fe63          	bgeu	s3,s2,80404b32 <trim_indirect+0x6c>
80404b1a:	86ce                	mv	a3,s3
80404b1c:	fffc8613          	add	a2,s9,-1
80404b20:	85a6                	mv	a1,s1
80404b22:	05ac8163          	beq	s9,s10,80404b64 <trim_indirect+0x9e>
80404b26:	00000097          	auipc	ra,0x0
80404b2a:	fa0080e7          	jalr	-96(ra) # 80404ac6 <trim_indirect>
80404b2e:	0534f163          	bgeu	s1,s3,80404b70 <trim_indirect+0xaa>
80404b32:	0411                	add	s0,s0,4
80404b34:	84ca                	mv	s1,s2
80404b36:	fd541ce3          	bne	s0,s5,80404b0e <trim_indirect+0x48>
80404b3a:	8562                	mv	a0,s8
80404b3c:	00001097          	auipc	ra,0x1
80404b40:	190080e7          	jalr	400(ra) # 80405ccc <brelse>
80404b44:	033b7e63          	bgeu	s6,s3,80404b80 <trim_indirect+0xba>
80404b48:	50b2                	lw	ra,44(sp)
80404b4a:	5422                	lw	s0,40(sp)
80404b4c:	5492                	lw	s1,36(sp)
80404b4e:	5902                	lw	s2,32(sp)
80404b50:	49f2                	lw	s3,28(sp)
80404b52:	4a62                	lw	s4,24(sp)
80404b54:	4ad2                	lw	s5,20(sp)
80404b56:	4b42                	lw	s6,16(sp)
80404b58:	4bb2                	lw	s7,12(sp)
80404b5a:	4c22                	lw	s8,8(sp)
80404b5c:	4c92                	lw	s9,4(sp)
80404b5e:	4d02                	lw	s10,0(sp)
80404b60:	6145                	add	sp,sp,48
80404b62:	8082                	ret
80404b64:	00000097          	auipc	ra,0x0
80404b68:	ec0080e7          	jalr	-320(ra) # 80404a24 <bfree>
80404b6c:	fd34e3e3          	bltu	s1,s3,80404b32 <trim_indirect+0x6c>
80404b70:	00042023          	sw	zero,0(s0)
80404b74:	8562                	mv	a0,s8
80404b76:	00001097          	auipc	ra,0x1
80404b7a:	150080e7          	jalr	336(ra) # 80405cc6 <bdirty>
80404b7e:	bf55                	j	80404b32 <trim_indirect+0x6c>
80404b80:	5422                	lw	s0,40(sp)
80404b82:	50b2                	lw	ra,44(sp)
80404b84:	5492                	lw	s1,36(sp)
80404b86:	5902                	lw	s2,32(sp)
80404b88:	49f2                	lw	s3,28(sp)
80404b8a:	4a62                	lw	s4,24(sp)
80404b8c:	4ad2                	lw	s5,20(sp)
80404b8e:	4b42                	lw	s6,16(sp)
80404b90:	4c22                	lw	s8,8(sp)
80404b92:	4c92                	lw	s9,4(sp)
80404b94:	4d02                	lw	s10,0(sp)
80404b96:	855e                	mv	a0,s7
80404b98:	4bb2                	lw	s7,12(sp)
80404b9a:	6145                	add	sp,sp,48
80404b9c:	00000317          	auipc	t1,0x0
80404ba0:	e8830067          	jr	-376(t1) # 80404a24 <bfree>

80404ba4 <iget.part.0>:
80404ba4:	1141                	add	sp,sp,-16
80404ba6:	8041e7b7          	lui	a5,0x8041e
80404baa:	c422                	sw	s0,8(sp)
80404bac:	c226                	sw	s1,4(sp)
80404bae:	c606                	sw	ra,12(sp)
80404bb0:	84aa                	mv	s1,a0
80404bb2:	4401                	li	s0,0
80404bb4:	50878513          	add	a0,a5,1288 # 8041e508 <inodes>
80404bb8:	4701                	li	a4,0
80404bba:	50878793          	add	a5,a5,1288
80404bbe:	04000593          	li	a1,64
80404bc2:	a809                	j	80404bd4 <iget.part.0+0x30>
80404bc4:	4390                	lw	a2,0(a5)
80404bc6:	08960663          	beq	a2,s1,80404c52 <iget.part.0+0xae>
80404bca:	0705                	add	a4,a4,1
80404bcc:	04878793          	add	a5,a5,72
80404bd0:	00b70d63          	beq	a4,a1,80404bea <iget.part.0+0x46>
80404bd4:	43d4                	lw	a3,4(a5)
80404bd6:	fed047e3          	bgtz	a3,80404bc4 <iget.part.0+0x20>
80404bda:	f865                	bnez	s0,80404bca <iget.part.0+0x26>
80404bdc:	f6fd                	bnez	a3,80404bca <iget.part.0+0x26>
80404bde:	0705                	add	a4,a4,1
80404be0:	843e                	mv	s0,a5
80404be2:	04878793          	add	a5,a5,72
80404be6:	feb717e3          	bne	a4,a1,80404bd4 <iget.part.0+0x30>
80404bea:	c83d                	beqz	s0,80404c60 <iget.part.0+0xbc>
80404bec:	8041f7b7          	lui	a5,0x8041f
80404bf0:	7207a783          	lw	a5,1824(a5) # 8041f720 <sb+0x18>
80404bf4:	0064d513          	srl	a0,s1,0x6
80404bf8:	953e                	add	a0,a0,a5
80404bfa:	00001097          	auipc	ra,0x1
80404bfe:	058080e7          	jalr	88(ra) # 80405c52 <bread>
80404c02:	03f4f793          	and	a5,s1,63
80404c06:	00679693          	sll	a3,a5,0x6
80404c0a:	96aa                	add	a3,a3,a0
80404c0c:	01868793          	add	a5,a3,24
80404c10:	00840713          	add	a4,s0,8
80404c14:	05868693          	add	a3,a3,88
80404c18:	0007a883          	lw	a7,0(a5)
80404c1c:	0047a803          	lw	a6,4(a5)
80404c20:	478c                	lw	a1,8(a5)
80404c22:	47d0                	lw	a2,12(a5)
80404c24:	01172023          	sw	a7,0(a4)
80404c28:	01072223          	sw	a6,4(a4)
80404c2c:	c70c                	sw	a1,8(a4)
80404c2e:	c750                	sw	a2,12(a4)
80404c30:	07c1                	add	a5,a5,16
80404c32:	0741                	add	a4,a4,16
80404c34:	fed792e3          	bne	a5,a3,80404c18 <iget.part.0+0x74>
80404c38:	00001097          	auipc	ra,0x1
80404c3c:	094080e7          	jalr	148(ra) # 80405ccc <brelse>
80404c40:	4785                	li	a5,1
80404c42:	c004                	sw	s1,0(s0)
80404c44:	40b2                	lw	ra,12(sp)
80404c46:	c05c                	sw	a5,4(s0)
80404c48:	8522                	mv	a0,s0
80404c4a:	4422                	lw	s0,8(sp)
80404c4c:	4492                	lw	s1,4(sp)
80404c4e:	0141                	add	sp,sp,16
80404c50:	8082                	ret
80404c52:	00371413          	sll	s0,a4,0x3
80404c56:	943a                	add	s0,s0,a4
80404c58:	040e                	sll	s0,s0,0x3
80404c5a:	942a                	add	s0,s0,a0
80404c5c:	0685                	add	a3,a3,1
80404c5e:	c054                	sw	a3,4(s0)
80404c60:	40b2                	lw	ra,12(sp)
80404c62:	8522                	mv	a0,s0
80404c64:	4422                	lw	s0,8(sp)
80404c66:	4492                	lw	s1,4(sp)
80404c68:	0141                	add	sp,sp,16
80404c6a:	8082                	ret

80404c6c <balloc>:
80404c6c:	7179                	add	sp,sp,-48
80404c6e:	d04a                	sw	s2,32(sp)
80404c70:	8041f937          	lui	s2,0x8041f
80404c74:	70890913          	add	s2,s2,1800 # 8041f708 <sb>
80404c78:	02092783          	lw	a5,32(s2)
80404c7c:	00892703          	lw	a4,8(s2)
80404c80:	ce4e                	sw	s3,28(sp)
80404c82:	d606                	sw	ra,44(sp)
80404c84:	d422                	sw	s0,40(sp)
80404c86:	d226                	sw	s1,36(sp)
80404c88:	cc52                	sw	s4,24(sp)
80404c8a:	ca56                	sw	s5,20(sp)
80404c8c:	c85a                	sw	s6,16(sp)
80404c8e:	c65e                	sw	s7,12(sp)
80404c90:	c462                	sw	s8,8(sp)
80404c92:	c266                	sw	s9,4(sp)
80404c94:	40f709b3          	sub	s3,a4,a5
80404c98:	0af70563          	beq	a4,a5,80404d42 <balloc+0xd6>
80404c9c:	6a05                	lui	s4,0x1
80404c9e:	4c81                	li	s9,0
80404ca0:	80407ab7          	lui	s5,0x80407
80404ca4:	1a7d                	add	s4,s4,-1 # fff <errno+0xfff>
80404ca6:	4b05                	li	s6,1
80404ca8:	a809                	j	80404cba <balloc+0x4e>
80404caa:	00001097          	auipc	ra,0x1
80404cae:	022080e7          	jalr	34(ra) # 80405ccc <brelse>
80404cb2:	09998863          	beq	s3,s9,80404d42 <balloc+0xd6>
80404cb6:	02092783          	lw	a5,32(s2)
80404cba:	120aa403          	lw	s0,288(s5) # 80407120 <alloc_hint>
80404cbe:	01092703          	lw	a4,16(s2)
80404cc2:	9466                	add	s0,s0,s9
80404cc4:	8c1d                	sub	s0,s0,a5
80404cc6:	03347433          	remu	s0,s0,s3
80404cca:	0c85                	add	s9,s9,1
80404ccc:	943e                	add	s0,s0,a5
80404cce:	00f45513          	srl	a0,s0,0xf
80404cd2:	00345793          	srl	a5,s0,0x3
80404cd6:	953a                	add	a0,a0,a4
80404cd8:	0147f4b3          	and	s1,a5,s4
80404cdc:	00001097          	auipc	ra,0x1
80404ce0:	f76080e7          	jalr	-138(ra) # 80405c52 <bread>
80404ce4:	009507b3          	add	a5,a0,s1
80404ce8:	0187c703          	lbu	a4,24(a5)
80404cec:	00747b93          	and	s7,s0,7
80404cf0:	017b1bb3          	sll	s7,s6,s7
80404cf4:	0ffbfb93          	zext.b	s7,s7
80404cf8:	017776b3          	and	a3,a4,s7
80404cfc:	8c2a                	mv	s8,a0
80404cfe:	f6d5                	bnez	a3,80404caa <balloc+0x3e>
80404d00:	01776733          	or	a4,a4,s7
80404d04:	00e78c23          	sb	a4,24(a5)
80404d08:	00001097          	auipc	ra,0x1
80404d0c:	fbe080e7          	jalr	-66(ra) # 80405cc6 <bdirty>
80404d10:	8562                	mv	a0,s8
80404d12:	00001097          	auipc	ra,0x1
80404d16:	fba080e7          	jalr	-70(ra) # 80405ccc <brelse>
80404d1a:	8522                	mv	a0,s0
80404d1c:	00001097          	auipc	ra,0x1
80404d20:	f7c080e7          	jalr	-132(ra) # 80405c98 <bclear>
80404d24:	00001097          	auipc	ra,0x1
80404d28:	fa8080e7          	jalr	-88(ra) # 80405ccc <brelse>
80404d2c:	00892703          	lw	a4,8(s2)
80404d30:	00140793          	add	a5,s0,1
80404d34:	00e7e463          	bltu	a5,a4,80404d3c <balloc+0xd0>
80404d38:	02092783          	lw	a5,32(s2)
80404d3c:	12faa023          	sw	a5,288(s5)
80404d40:	a011                	j	80404d44 <balloc+0xd8>
80404d42:	4401                	li	s0,0
80404d44:	50b2                	lw	ra,44(sp)
80404d46:	8522                	mv	a0,s0
80404d48:	5422                	lw	s0,40(sp)
80404d4a:	5492                	lw	s1,36(sp)
80404d4c:	5902                	lw	s2,32(sp)
80404d4e:	49f2                	lw	s3,28(sp)
80404d50:	4a62                	lw	s4,24(sp)
80404d52:	4ad2                	lw	s5,20(sp)
80404d54:	4b42                	lw	s6,16(sp)
80404d56:	4bb2                	lw	s7,12(sp)
80404d58:	4c22                	lw	s8,8(sp)
80404d5a:	4c92                	lw	s9,4(sp)
80404d5c:	6145                	add	sp,sp,48
80404d5e:	8082                	ret

80404d60 <bmap>:
80404d60:	1101                	add	sp,sp,-32
80404d62:	cc22                	sw	s0,24(sp)
80404d64:	ca26                	sw	s1,20(sp)
80404d66:	c84a                	sw	s2,16(sp)
80404d68:	ce06                	sw	ra,28(sp)
80404d6a:	c64e                	sw	s3,12(sp)
80404d6c:	c452                	sw	s4,8(sp)
80404d6e:	47ad                	li	a5,11
80404d70:	842e                	mv	s0,a1
80404d72:	84aa                	mv	s1,a0
80404d74:	8932                	mv	s2,a2
80404d76:	0eb7fa63          	bgeu	a5,a1,80404e6a <bmap+0x10a>
80404d7a:	ff458993          	add	s3,a1,-12
80404d7e:	3ff00793          	li	a5,1023
80404d82:	1337f963          	bgeu	a5,s3,80404eb4 <bmap+0x154>
80404d86:	4168                	lw	a0,68(a0)
80404d88:	ed01                	bnez	a0,80404da0 <bmap+0x40>
80404d8a:	e239                	bnez	a2,80404dd0 <bmap+0x70>
80404d8c:	4401                	li	s0,0
80404d8e:	40f2                	lw	ra,28(sp)
80404d90:	8522                	mv	a0,s0
80404d92:	4462                	lw	s0,24(sp)
80404d94:	44d2                	lw	s1,20(sp)
80404d96:	4942                	lw	s2,16(sp)
80404d98:	49b2                	lw	s3,12(sp)
80404d9a:	4a22                	lw	s4,8(sp)
80404d9c:	6105                	add	sp,sp,32
80404d9e:	8082                	ret
80404da0:	00001097          	auipc	ra,0x1
80404da4:	eb2080e7          	jalr	-334(ra) # 80405c52 <bread>
80404da8:	bf440413          	add	s0,s0,-1036
80404dac:	00a45793          	srl	a5,s0,0xa
80404db0:	01850993          	add	s3,a0,24
80404db4:	078a                	sll	a5,a5,0x2
80404db6:	99be                	add	s3,s3,a5
80404db8:	0009aa03          	lw	s4,0(s3)
80404dbc:	84aa                	mv	s1,a0
80404dbe:	0c0a1463          	bnez	s4,80404e86 <bmap+0x126>
80404dc2:	02091e63          	bnez	s2,80404dfe <bmap+0x9e>
80404dc6:	00001097          	auipc	ra,0x1
80404dca:	f06080e7          	jalr	-250(ra) # 80405ccc <brelse>
80404dce:	bf7d                	j	80404d8c <bmap+0x2c>
80404dd0:	00000097          	auipc	ra,0x0
80404dd4:	e9c080e7          	jalr	-356(ra) # 80404c6c <balloc>
80404dd8:	c0e8                	sw	a0,68(s1)
80404dda:	d94d                	beqz	a0,80404d8c <bmap+0x2c>
80404ddc:	00001097          	auipc	ra,0x1
80404de0:	e76080e7          	jalr	-394(ra) # 80405c52 <bread>
80404de4:	bf440413          	add	s0,s0,-1036
80404de8:	00a45793          	srl	a5,s0,0xa
80404dec:	01850993          	add	s3,a0,24
80404df0:	078a                	sll	a5,a5,0x2
80404df2:	99be                	add	s3,s3,a5
80404df4:	0009aa03          	lw	s4,0(s3)
80404df8:	84aa                	mv	s1,a0
80404dfa:	080a1663          	bnez	s4,80404e86 <bmap+0x126>
80404dfe:	00000097          	auipc	ra,0x0
80404e02:	e6e080e7          	jalr	-402(ra) # 80404c6c <balloc>
80404e06:	892a                	mv	s2,a0
80404e08:	8526                	mv	a0,s1
80404e0a:	fa090ee3          	beqz	s2,80404dc6 <bmap+0x66>
80404e0e:	0129a023          	sw	s2,0(s3)
80404e12:	00001097          	auipc	ra,0x1
80404e16:	eb4080e7          	jalr	-332(ra) # 80405cc6 <bdirty>
80404e1a:	8526                	mv	a0,s1
80404e1c:	00001097          	auipc	ra,0x1
80404e20:	eb0080e7          	jalr	-336(ra) # 80405ccc <brelse>
80404e24:	854a                	mv	a0,s2
80404e26:	00001097          	auipc	ra,0x1
80404e2a:	e2c080e7          	jalr	-468(ra) # 80405c52 <bread>
80404e2e:	3ff47413          	and	s0,s0,1023
80404e32:	00241793          	sll	a5,s0,0x2
80404e36:	01850993          	add	s3,a0,24
80404e3a:	99be                	add	s3,s3,a5
80404e3c:	0009a403          	lw	s0,0(s3)
80404e40:	84aa                	mv	s1,a0
80404e42:	ec11                	bnez	s0,80404e5e <bmap+0xfe>
80404e44:	00000097          	auipc	ra,0x0
80404e48:	e28080e7          	jalr	-472(ra) # 80404c6c <balloc>
80404e4c:	842a                	mv	s0,a0
80404e4e:	c901                	beqz	a0,80404e5e <bmap+0xfe>
80404e50:	00a9a023          	sw	a0,0(s3)
80404e54:	8526                	mv	a0,s1
80404e56:	00001097          	auipc	ra,0x1
80404e5a:	e70080e7          	jalr	-400(ra) # 80405cc6 <bdirty>
80404e5e:	8526                	mv	a0,s1
80404e60:	00001097          	auipc	ra,0x1
80404e64:	e6c080e7          	jalr	-404(ra) # 80405ccc <brelse>
80404e68:	b71d                	j	80404d8e <bmap+0x2e>
80404e6a:	00259413          	sll	s0,a1,0x2
80404e6e:	008504b3          	add	s1,a0,s0
80404e72:	4880                	lw	s0,16(s1)
80404e74:	fc09                	bnez	s0,80404d8e <bmap+0x2e>
80404e76:	de01                	beqz	a2,80404d8e <bmap+0x2e>
80404e78:	00000097          	auipc	ra,0x0
80404e7c:	df4080e7          	jalr	-524(ra) # 80404c6c <balloc>
80404e80:	842a                	mv	s0,a0
80404e82:	c888                	sw	a0,16(s1)
80404e84:	b729                	j	80404d8e <bmap+0x2e>
80404e86:	8526                	mv	a0,s1
80404e88:	00001097          	auipc	ra,0x1
80404e8c:	e44080e7          	jalr	-444(ra) # 80405ccc <brelse>
80404e90:	8552                	mv	a0,s4
80404e92:	00001097          	auipc	ra,0x1
80404e96:	dc0080e7          	jalr	-576(ra) # 80405c52 <bread>
80404e9a:	3ff47413          	and	s0,s0,1023
80404e9e:	040a                	sll	s0,s0,0x2
80404ea0:	01850993          	add	s3,a0,24
80404ea4:	99a2                	add	s3,s3,s0
80404ea6:	0009a403          	lw	s0,0(s3)
80404eaa:	84aa                	mv	s1,a0
80404eac:	f84d                	bnez	s0,80404e5e <bmap+0xfe>
80404eae:	fa0908e3          	beqz	s2,80404e5e <bmap+0xfe>
80404eb2:	bf49                	j	80404e44 <bmap+0xe4>
80404eb4:	4128                	lw	a0,64(a0)
80404eb6:	c105                	beqz	a0,80404ed6 <bmap+0x176>
80404eb8:	00001097          	auipc	ra,0x1
80404ebc:	d9a080e7          	jalr	-614(ra) # 80405c52 <bread>
80404ec0:	01850793          	add	a5,a0,24
80404ec4:	098a                	sll	s3,s3,0x2
80404ec6:	99be                	add	s3,s3,a5
80404ec8:	0009a403          	lw	s0,0(s3)
80404ecc:	84aa                	mv	s1,a0
80404ece:	f841                	bnez	s0,80404e5e <bmap+0xfe>
80404ed0:	f80907e3          	beqz	s2,80404e5e <bmap+0xfe>
80404ed4:	bf85                	j	80404e44 <bmap+0xe4>
80404ed6:	ea060be3          	beqz	a2,80404d8c <bmap+0x2c>
80404eda:	00000097          	auipc	ra,0x0
80404ede:	d92080e7          	jalr	-622(ra) # 80404c6c <balloc>
80404ee2:	c0a8                	sw	a0,64(s1)
80404ee4:	ea0504e3          	beqz	a0,80404d8c <bmap+0x2c>
80404ee8:	00001097          	auipc	ra,0x1
80404eec:	d6a080e7          	jalr	-662(ra) # 80405c52 <bread>
80404ef0:	01850793          	add	a5,a0,24
80404ef4:	098a                	sll	s3,s3,0x2
80404ef6:	99be                	add	s3,s3,a5
80404ef8:	0009a403          	lw	s0,0(s3)
80404efc:	84aa                	mv	s1,a0
80404efe:	d039                	beqz	s0,80404e44 <bmap+0xe4>
80404f00:	bfb9                	j	80404e5e <bmap+0xfe>

80404f02 <fs_init>:
80404f02:	1141                	add	sp,sp,-16
80404f04:	4501                	li	a0,0
80404f06:	c606                	sw	ra,12(sp)
80404f08:	c422                	sw	s0,8(sp)
80404f0a:	c226                	sw	s1,4(sp)
80404f0c:	8041f437          	lui	s0,0x8041f
80404f10:	00001097          	auipc	ra,0x1
80404f14:	d42080e7          	jalr	-702(ra) # 80405c52 <bread>
80404f18:	01850593          	add	a1,a0,24
80404f1c:	02400613          	li	a2,36
80404f20:	84aa                	mv	s1,a0
80404f22:	70840513          	add	a0,s0,1800 # 8041f708 <sb>
80404f26:	00001097          	auipc	ra,0x1
80404f2a:	eb6080e7          	jalr	-330(ra) # 80405ddc <memcpy>
80404f2e:	8526                	mv	a0,s1
80404f30:	00001097          	auipc	ra,0x1
80404f34:	d9c080e7          	jalr	-612(ra) # 80405ccc <brelse>
80404f38:	00000097          	auipc	ra,0x0
80404f3c:	a58080e7          	jalr	-1448(ra) # 80404990 <disk_capacity>
80404f40:	70840793          	add	a5,s0,1800
80404f44:	4394                	lw	a3,0(a5)
80404f46:	53466737          	lui	a4,0x53466
80404f4a:	84570713          	add	a4,a4,-1979 # 53465845 <errno+0x53465845>
80404f4e:	08e69863          	bne	a3,a4,80404fde <fs_init+0xdc>
80404f52:	43cc                	lw	a1,4(a5)
80404f54:	4705                	li	a4,1
80404f56:	08e59463          	bne	a1,a4,80404fde <fs_init+0xdc>
80404f5a:	4790                	lw	a2,8(a5)
80404f5c:	810d                	srl	a0,a0,0x3
80404f5e:	08c56063          	bltu	a0,a2,80404fde <fs_init+0xdc>
80404f62:	4b98                	lw	a4,16(a5)
80404f64:	cf2d                	beqz	a4,80404fde <fs_init+0xdc>
80404f66:	4bc8                	lw	a0,20(a5)
80404f68:	00f51693          	sll	a3,a0,0xf
80404f6c:	06c6e963          	bltu	a3,a2,80404fde <fs_init+0xdc>
80404f70:	4f94                	lw	a3,24(a5)
80404f72:	972a                	add	a4,a4,a0
80404f74:	06e6e563          	bltu	a3,a4,80404fde <fs_init+0xdc>
80404f78:	4fc8                	lw	a0,28(a5)
80404f7a:	47d8                	lw	a4,12(a5)
80404f7c:	00651813          	sll	a6,a0,0x6
80404f80:	04e86f63          	bltu	a6,a4,80404fde <fs_init+0xdc>
80404f84:	04e5fd63          	bgeu	a1,a4,80404fde <fs_init+0xdc>
80404f88:	539c                	lw	a5,32(a5)
80404f8a:	96aa                	add	a3,a3,a0
80404f8c:	04d7e963          	bltu	a5,a3,80404fde <fs_init+0xdc>
80404f90:	04f66763          	bltu	a2,a5,80404fde <fs_init+0xdc>
80404f94:	80407737          	lui	a4,0x80407
80404f98:	4505                	li	a0,1
80404f9a:	12f72023          	sw	a5,288(a4) # 80407120 <alloc_hint>
80404f9e:	00000097          	auipc	ra,0x0
80404fa2:	c06080e7          	jalr	-1018(ra) # 80404ba4 <iget.part.0>
80404fa6:	804077b7          	lui	a5,0x80407
80404faa:	12a7a223          	sw	a0,292(a5) # 80407124 <root>
80404fae:	c105                	beqz	a0,80404fce <fs_init+0xcc>
80404fb0:	00855703          	lhu	a4,8(a0)
80404fb4:	4789                	li	a5,2
80404fb6:	00f71c63          	bne	a4,a5,80404fce <fs_init+0xcc>
80404fba:	40b2                	lw	ra,12(sp)
80404fbc:	4422                	lw	s0,8(sp)
80404fbe:	804077b7          	lui	a5,0x80407
80404fc2:	4705                	li	a4,1
80404fc4:	12e7a423          	sw	a4,296(a5) # 80407128 <mounted>
80404fc8:	4492                	lw	s1,4(sp)
80404fca:	0141                	add	sp,sp,16
80404fcc:	8082                	ret
80404fce:	80407537          	lui	a0,0x80407
80404fd2:	d6050513          	add	a0,a0,-672 # 80406d60 <exfs_ops+0x90>
80404fd6:	00000097          	auipc	ra,0x0
80404fda:	952080e7          	jalr	-1710(ra) # 80404928 <panic>
80404fde:	80407537          	lui	a0,0x80407
80404fe2:	d3450513          	add	a0,a0,-716 # 80406d34 <exfs_ops+0x64>
80404fe6:	00000097          	auipc	ra,0x0
80404fea:	942080e7          	jalr	-1726(ra) # 80404928 <panic>

80404fee <fs_mounted>:
80404fee:	804077b7          	lui	a5,0x80407
80404ff2:	1287a503          	lw	a0,296(a5) # 80407128 <mounted>
80404ff6:	8082                	ret

80404ff8 <fs_root>:
80404ff8:	804077b7          	lui	a5,0x80407
80404ffc:	1247a503          	lw	a0,292(a5) # 80407124 <root>
80405000:	8082                	ret

80405002 <iupdate>:
80405002:	1141                	add	sp,sp,-16
80405004:	c422                	sw	s0,8(sp)
80405006:	8041f7b7          	lui	a5,0x8041f
8040500a:	4100                	lw	s0,0(a0)
8040500c:	7207a783          	lw	a5,1824(a5) # 8041f720 <sb+0x18>
80405010:	c226                	sw	s1,4(sp)
80405012:	84aa                	mv	s1,a0
80405014:	00645513          	srl	a0,s0,0x6
80405018:	953e                	add	a0,a0,a5
8040501a:	03f47413          	and	s0,s0,63
8040501e:	c04a                	sw	s2,0(sp)
80405020:	c606                	sw	ra,12(sp)
80405022:	041a                	sll	s0,s0,0x6
80405024:	00001097          	auipc	ra,0x1
80405028:	c2e080e7          	jalr	-978(ra) # 80405c52 <bread>
8040502c:	008507b3          	add	a5,a0,s0
80405030:	00848713          	add	a4,s1,8
80405034:	892a                	mv	s2,a0
80405036:	07e1                	add	a5,a5,24
80405038:	04848493          	add	s1,s1,72
8040503c:	4308                	lw	a0,0(a4)
8040503e:	434c                	lw	a1,4(a4)
80405040:	4710                	lw	a2,8(a4)
80405042:	4754                	lw	a3,12(a4)
80405044:	c388                	sw	a0,0(a5)
80405046:	c3cc                	sw	a1,4(a5)
80405048:	c790                	sw	a2,8(a5)
8040504a:	c7d4                	sw	a3,12(a5)
8040504c:	0741                	add	a4,a4,16
8040504e:	07c1                	add	a5,a5,16
80405050:	fe9716e3          	bne	a4,s1,8040503c <iupdate+0x3a>
80405054:	854a                	mv	a0,s2
80405056:	00001097          	auipc	ra,0x1
8040505a:	c70080e7          	jalr	-912(ra) # 80405cc6 <bdirty>
8040505e:	4422                	lw	s0,8(sp)
80405060:	40b2                	lw	ra,12(sp)
80405062:	4492                	lw	s1,4(sp)
80405064:	854a                	mv	a0,s2
80405066:	4902                	lw	s2,0(sp)
80405068:	0141                	add	sp,sp,16
8040506a:	00001317          	auipc	t1,0x1
8040506e:	c6230067          	jr	-926(t1) # 80405ccc <brelse>

80405072 <trim_blocks>:
80405072:	7179                	add	sp,sp,-48
80405074:	d04a                	sw	s2,32(sp)
80405076:	cc52                	sw	s4,24(sp)
80405078:	d606                	sw	ra,44(sp)
8040507a:	d422                	sw	s0,40(sp)
8040507c:	d226                	sw	s1,36(sp)
8040507e:	ce4e                	sw	s3,28(sp)
80405080:	ca56                	sw	s5,20(sp)
80405082:	c85a                	sw	s6,16(sp)
80405084:	c65e                	sw	s7,12(sp)
80405086:	47ad                	li	a5,11
80405088:	892e                	mv	s2,a1
8040508a:	8a2a                	mv	s4,a0
8040508c:	02b7e663          	bltu	a5,a1,804050b8 <trim_blocks+0x46>
80405090:	00259413          	sll	s0,a1,0x2
80405094:	942a                	add	s0,s0,a0
80405096:	03050493          	add	s1,a0,48
8040509a:	a021                	j	804050a2 <trim_blocks+0x30>
8040509c:	0411                	add	s0,s0,4
8040509e:	00940d63          	beq	s0,s1,804050b8 <trim_blocks+0x46>
804050a2:	4808                	lw	a0,16(s0)
804050a4:	dd65                	beqz	a0,8040509c <trim_blocks+0x2a>
804050a6:	00000097          	auipc	ra,0x0
804050aa:	97e080e7          	jalr	-1666(ra) # 80404a24 <bfree>
804050ae:	0411                	add	s0,s0,4
804050b0:	00042623          	sw	zero,12(s0)
804050b4:	fe9417e3          	bne	s0,s1,804050a2 <trim_blocks+0x30>
804050b8:	040a2b83          	lw	s7,64(s4)
804050bc:	020b9563          	bnez	s7,804050e6 <trim_blocks+0x74>
804050c0:	044a2b83          	lw	s7,68(s4)
804050c4:	080b9863          	bnez	s7,80405154 <trim_blocks+0xe2>
804050c8:	5422                	lw	s0,40(sp)
804050ca:	50b2                	lw	ra,44(sp)
804050cc:	5492                	lw	s1,36(sp)
804050ce:	5902                	lw	s2,32(sp)
804050d0:	49f2                	lw	s3,28(sp)
804050d2:	4ad2                	lw	s5,20(sp)
804050d4:	4b42                	lw	s6,16(sp)
804050d6:	4bb2                	lw	s7,12(sp)
804050d8:	8552                	mv	a0,s4
804050da:	4a62                	lw	s4,24(sp)
804050dc:	6145                	add	sp,sp,48
804050de:	00000317          	auipc	t1,0x0
804050e2:	f2430067          	jr	-220(t1) # 80405002 <iupdate>
804050e6:	855e                	mv	a0,s7
804050e8:	00001097          	auipc	ra,0x1
804050ec:	b6a080e7          	jalr	-1174(ra) # 80405c52 <bread>
804050f0:	8b2a                	mv	s6,a0
804050f2:	01850493          	add	s1,a0,24
804050f6:	4431                	li	s0,12
804050f8:	40c00a93          	li	s5,1036
804050fc:	a029                	j	80405106 <trim_blocks+0x94>
804050fe:	0491                	add	s1,s1,4
80405100:	844e                	mv	s0,s3
80405102:	03598963          	beq	s3,s5,80405134 <trim_blocks+0xc2>
80405106:	4088                	lw	a0,0(s1)
80405108:	00140993          	add	s3,s0,1
8040510c:	d96d                	beqz	a0,804050fe <trim_blocks+0x8c>
8040510e:	ff3978e3          	bgeu	s2,s3,804050fe <trim_blocks+0x8c>
80405112:	00000097          	auipc	ra,0x0
80405116:	912080e7          	jalr	-1774(ra) # 80404a24 <bfree>
8040511a:	ff2462e3          	bltu	s0,s2,804050fe <trim_blocks+0x8c>
8040511e:	0004a023          	sw	zero,0(s1)
80405122:	855a                	mv	a0,s6
80405124:	00001097          	auipc	ra,0x1
80405128:	ba2080e7          	jalr	-1118(ra) # 80405cc6 <bdirty>
8040512c:	0491                	add	s1,s1,4
8040512e:	844e                	mv	s0,s3
80405130:	fd599be3          	bne	s3,s5,80405106 <trim_blocks+0x94>
80405134:	855a                	mv	a0,s6
80405136:	00001097          	auipc	ra,0x1
8040513a:	b96080e7          	jalr	-1130(ra) # 80405ccc <brelse>
8040513e:	47b1                	li	a5,12
80405140:	0927f463          	bgeu	a5,s2,804051c8 <trim_blocks+0x156>
80405144:	040a2783          	lw	a5,64(s4)
80405148:	04fa2023          	sw	a5,64(s4)
8040514c:	044a2b83          	lw	s7,68(s4)
80405150:	f60b8ce3          	beqz	s7,804050c8 <trim_blocks+0x56>
80405154:	855e                	mv	a0,s7
80405156:	6a85                	lui	s5,0x1
80405158:	00001097          	auipc	ra,0x1
8040515c:	afa080e7          	jalr	-1286(ra) # 80405c52 <bread>
80405160:	0ae1                	add	s5,s5,24 # 1018 <errno+0x1018>
80405162:	8b2a                	mv	s6,a0
80405164:	01850413          	add	s0,a0,24
80405168:	9aaa                	add	s5,s5,a0
8040516a:	40c00493          	li	s1,1036
8040516e:	a029                	j	80405178 <trim_blocks+0x106>
80405170:	0411                	add	s0,s0,4
80405172:	84ce                	mv	s1,s3
80405174:	03540c63          	beq	s0,s5,804051ac <trim_blocks+0x13a>
80405178:	4008                	lw	a0,0(s0)
8040517a:	40048993          	add	s3,s1,1024
8040517e:	85a6                	mv	a1,s1
80405180:	86ca                	mv	a3,s2
80405182:	4605                	li	a2,1
80405184:	d575                	beqz	a0,80405170 <trim_blocks+0xfe>
80405186:	ff3975e3          	bgeu	s2,s3,80405170 <trim_blocks+0xfe>
8040518a:	00000097          	auipc	ra,0x0
8040518e:	93c080e7          	jalr	-1732(ra) # 80404ac6 <trim_indirect>
80405192:	fd24efe3          	bltu	s1,s2,80405170 <trim_blocks+0xfe>
80405196:	00042023          	sw	zero,0(s0)
8040519a:	855a                	mv	a0,s6
8040519c:	0411                	add	s0,s0,4
8040519e:	00001097          	auipc	ra,0x1
804051a2:	b28080e7          	jalr	-1240(ra) # 80405cc6 <bdirty>
804051a6:	84ce                	mv	s1,s3
804051a8:	fd5418e3          	bne	s0,s5,80405178 <trim_blocks+0x106>
804051ac:	855a                	mv	a0,s6
804051ae:	00001097          	auipc	ra,0x1
804051b2:	b1e080e7          	jalr	-1250(ra) # 80405ccc <brelse>
804051b6:	40c00793          	li	a5,1036
804051ba:	0327f063          	bgeu	a5,s2,804051da <trim_blocks+0x168>
804051be:	044a2783          	lw	a5,68(s4)
804051c2:	04fa2223          	sw	a5,68(s4)
804051c6:	b709                	j	804050c8 <trim_blocks+0x56>
804051c8:	855e                	mv	a0,s7
804051ca:	00000097          	auipc	ra,0x0
804051ce:	85a080e7          	jalr	-1958(ra) # 80404a24 <bfree>
804051d2:	4781                	li	a5,0
804051d4:	04fa2023          	sw	a5,64(s4)
804051d8:	bf95                	j	8040514c <trim_blocks+0xda>
804051da:	855e                	mv	a0,s7
804051dc:	00000097          	auipc	ra,0x0
804051e0:	848080e7          	jalr	-1976(ra) # 80404a24 <bfree>
804051e4:	4781                	li	a5,0
804051e6:	04fa2223          	sw	a5,68(s4)
804051ea:	bdf9                	j	804050c8 <trim_blocks+0x56>

804051ec <inum_valid>:
804051ec:	c901                	beqz	a0,804051fc <inum_valid+0x10>
804051ee:	8041f7b7          	lui	a5,0x8041f
804051f2:	7147a783          	lw	a5,1812(a5) # 8041f714 <sb+0xc>
804051f6:	00f53533          	sltu	a0,a0,a5
804051fa:	8082                	ret
804051fc:	4501                	li	a0,0
804051fe:	8082                	ret

80405200 <iget>:
80405200:	85aa                	mv	a1,a0
80405202:	c919                	beqz	a0,80405218 <iget+0x18>
80405204:	8041f7b7          	lui	a5,0x8041f
80405208:	7147a783          	lw	a5,1812(a5) # 8041f714 <sb+0xc>
8040520c:	00f57663          	bgeu	a0,a5,80405218 <iget+0x18>
80405210:	00000317          	auipc	t1,0x0
80405214:	99430067          	jr	-1644(t1) # 80404ba4 <iget.part.0>
80405218:	80407537          	lui	a0,0x80407
8040521c:	1141                	add	sp,sp,-16
8040521e:	d8850513          	add	a0,a0,-632 # 80406d88 <exfs_ops+0xb8>
80405222:	c606                	sw	ra,12(sp)
80405224:	fffff097          	auipc	ra,0xfffff
80405228:	704080e7          	jalr	1796(ra) # 80404928 <panic>

8040522c <istat>:
8040522c:	1141                	add	sp,sp,-16
8040522e:	8041e7b7          	lui	a5,0x8041e
80405232:	c422                	sw	s0,8(sp)
80405234:	c226                	sw	s1,4(sp)
80405236:	c04a                	sw	s2,0(sp)
80405238:	84b2                	mv	s1,a2
8040523a:	c606                	sw	ra,12(sp)
8040523c:	50878613          	add	a2,a5,1288 # 8041e508 <inodes>
80405240:	842a                	mv	s0,a0
80405242:	892e                	mv	s2,a1
80405244:	50878793          	add	a5,a5,1288
80405248:	4701                	li	a4,0
8040524a:	04000813          	li	a6,64
8040524e:	a031                	j	8040525a <istat+0x2e>
80405250:	0705                	add	a4,a4,1
80405252:	04878793          	add	a5,a5,72
80405256:	03070963          	beq	a4,a6,80405288 <istat+0x5c>
8040525a:	43d4                	lw	a3,4(a5)
8040525c:	fed05ae3          	blez	a3,80405250 <istat+0x24>
80405260:	4394                	lw	a3,0(a5)
80405262:	fe8697e3          	bne	a3,s0,80405250 <istat+0x24>
80405266:	00371793          	sll	a5,a4,0x3
8040526a:	97ba                	add	a5,a5,a4
8040526c:	078e                	sll	a5,a5,0x3
8040526e:	97b2                	add	a5,a5,a2
80405270:	0087d703          	lhu	a4,8(a5)
80405274:	47dc                	lw	a5,12(a5)
80405276:	40b2                	lw	ra,12(sp)
80405278:	4422                	lw	s0,8(sp)
8040527a:	00e91023          	sh	a4,0(s2)
8040527e:	c09c                	sw	a5,0(s1)
80405280:	4902                	lw	s2,0(sp)
80405282:	4492                	lw	s1,4(sp)
80405284:	0141                	add	sp,sp,16
80405286:	8082                	ret
80405288:	8041f7b7          	lui	a5,0x8041f
8040528c:	7207a783          	lw	a5,1824(a5) # 8041f720 <sb+0x18>
80405290:	00645513          	srl	a0,s0,0x6
80405294:	03f47413          	and	s0,s0,63
80405298:	953e                	add	a0,a0,a5
8040529a:	00001097          	auipc	ra,0x1
8040529e:	9b8080e7          	jalr	-1608(ra) # 80405c52 <bread>
804052a2:	041a                	sll	s0,s0,0x6
804052a4:	01850793          	add	a5,a0,24
804052a8:	97a2                	add	a5,a5,s0
804052aa:	0007d703          	lhu	a4,0(a5)
804052ae:	43dc                	lw	a5,4(a5)
804052b0:	4422                	lw	s0,8(sp)
804052b2:	00e91023          	sh	a4,0(s2)
804052b6:	40b2                	lw	ra,12(sp)
804052b8:	4902                	lw	s2,0(sp)
804052ba:	c09c                	sw	a5,0(s1)
804052bc:	4492                	lw	s1,4(sp)
804052be:	0141                	add	sp,sp,16
804052c0:	00001317          	auipc	t1,0x1
804052c4:	a0c30067          	jr	-1524(t1) # 80405ccc <brelse>

804052c8 <ialloc>:
804052c8:	7179                	add	sp,sp,-48
804052ca:	d226                	sw	s1,36(sp)
804052cc:	8041f4b7          	lui	s1,0x8041f
804052d0:	70848493          	add	s1,s1,1800 # 8041f708 <sb>
804052d4:	44dc                	lw	a5,12(s1)
804052d6:	d422                	sw	s0,40(sp)
804052d8:	d04a                	sw	s2,32(sp)
804052da:	ce4e                	sw	s3,28(sp)
804052dc:	d606                	sw	ra,44(sp)
804052de:	4409                	li	s0,2
804052e0:	89aa                	mv	s3,a0
804052e2:	892e                	mv	s2,a1
804052e4:	02f47163          	bgeu	s0,a5,80405306 <ialloc+0x3e>
804052e8:	0070                	add	a2,sp,12
804052ea:	00a10593          	add	a1,sp,10
804052ee:	8522                	mv	a0,s0
804052f0:	00000097          	auipc	ra,0x0
804052f4:	f3c080e7          	jalr	-196(ra) # 8040522c <istat>
804052f8:	00a15783          	lhu	a5,10(sp)
804052fc:	cf89                	beqz	a5,80405316 <ialloc+0x4e>
804052fe:	44dc                	lw	a5,12(s1)
80405300:	0405                	add	s0,s0,1
80405302:	fef463e3          	bltu	s0,a5,804052e8 <ialloc+0x20>
80405306:	5511                	li	a0,-28
80405308:	50b2                	lw	ra,44(sp)
8040530a:	5422                	lw	s0,40(sp)
8040530c:	5492                	lw	s1,36(sp)
8040530e:	5902                	lw	s2,32(sp)
80405310:	49f2                	lw	s3,28(sp)
80405312:	6145                	add	sp,sp,48
80405314:	8082                	ret
80405316:	44dc                	lw	a5,12(s1)
80405318:	04f47763          	bgeu	s0,a5,80405366 <ialloc+0x9e>
8040531c:	8522                	mv	a0,s0
8040531e:	00000097          	auipc	ra,0x0
80405322:	886080e7          	jalr	-1914(ra) # 80404ba4 <iget.part.0>
80405326:	842a                	mv	s0,a0
80405328:	5521                	li	a0,-24
8040532a:	dc79                	beqz	s0,80405308 <ialloc+0x40>
8040532c:	04000613          	li	a2,64
80405330:	4581                	li	a1,0
80405332:	00840513          	add	a0,s0,8
80405336:	00001097          	auipc	ra,0x1
8040533a:	a64080e7          	jalr	-1436(ra) # 80405d9a <memset>
8040533e:	4785                	li	a5,1
80405340:	01341423          	sh	s3,8(s0)
80405344:	8522                	mv	a0,s0
80405346:	00f41523          	sh	a5,10(s0)
8040534a:	00000097          	auipc	ra,0x0
8040534e:	cb8080e7          	jalr	-840(ra) # 80405002 <iupdate>
80405352:	50b2                	lw	ra,44(sp)
80405354:	00892023          	sw	s0,0(s2)
80405358:	5422                	lw	s0,40(sp)
8040535a:	5492                	lw	s1,36(sp)
8040535c:	5902                	lw	s2,32(sp)
8040535e:	49f2                	lw	s3,28(sp)
80405360:	4501                	li	a0,0
80405362:	6145                	add	sp,sp,48
80405364:	8082                	ret
80405366:	80407537          	lui	a0,0x80407
8040536a:	85a2                	mv	a1,s0
8040536c:	d8850513          	add	a0,a0,-632 # 80406d88 <exfs_ops+0xb8>
80405370:	fffff097          	auipc	ra,0xfffff
80405374:	5b8080e7          	jalr	1464(ra) # 80404928 <panic>

80405378 <iput>:
80405378:	415c                	lw	a5,4(a0)
8040537a:	1141                	add	sp,sp,-16
8040537c:	c422                	sw	s0,8(sp)
8040537e:	c606                	sw	ra,12(sp)
80405380:	842a                	mv	s0,a0
80405382:	04f05a63          	blez	a5,804053d6 <iput+0x5e>
80405386:	4705                	li	a4,1
80405388:	00e78863          	beq	a5,a4,80405398 <iput+0x20>
8040538c:	17fd                	add	a5,a5,-1
8040538e:	40b2                	lw	ra,12(sp)
80405390:	c05c                	sw	a5,4(s0)
80405392:	4422                	lw	s0,8(sp)
80405394:	0141                	add	sp,sp,16
80405396:	8082                	ret
80405398:	00a55703          	lhu	a4,10(a0)
8040539c:	fb65                	bnez	a4,8040538c <iput+0x14>
8040539e:	4581                	li	a1,0
804053a0:	00052623          	sw	zero,12(a0)
804053a4:	00000097          	auipc	ra,0x0
804053a8:	cce080e7          	jalr	-818(ra) # 80405072 <trim_blocks>
804053ac:	04000613          	li	a2,64
804053b0:	4581                	li	a1,0
804053b2:	00840513          	add	a0,s0,8
804053b6:	00001097          	auipc	ra,0x1
804053ba:	9e4080e7          	jalr	-1564(ra) # 80405d9a <memset>
804053be:	8522                	mv	a0,s0
804053c0:	00000097          	auipc	ra,0x0
804053c4:	c42080e7          	jalr	-958(ra) # 80405002 <iupdate>
804053c8:	405c                	lw	a5,4(s0)
804053ca:	40b2                	lw	ra,12(sp)
804053cc:	17fd                	add	a5,a5,-1
804053ce:	c05c                	sw	a5,4(s0)
804053d0:	4422                	lw	s0,8(sp)
804053d2:	0141                	add	sp,sp,16
804053d4:	8082                	ret
804053d6:	410c                	lw	a1,0(a0)
804053d8:	80407537          	lui	a0,0x80407
804053dc:	da450513          	add	a0,a0,-604 # 80406da4 <exfs_ops+0xd4>
804053e0:	fffff097          	auipc	ra,0xfffff
804053e4:	548080e7          	jalr	1352(ra) # 80404928 <panic>

804053e8 <itrunc>:
804053e8:	1101                	add	sp,sp,-32
804053ea:	cc22                	sw	s0,24(sp)
804053ec:	ca26                	sw	s1,20(sp)
804053ee:	c64e                	sw	s3,12(sp)
804053f0:	ce06                	sw	ra,28(sp)
804053f2:	c84a                	sw	s2,16(sp)
804053f4:	c452                	sw	s4,8(sp)
804053f6:	c256                	sw	s5,4(sp)
804053f8:	89aa                	mv	s3,a0
804053fa:	00052623          	sw	zero,12(a0)
804053fe:	01050413          	add	s0,a0,16
80405402:	04050493          	add	s1,a0,64
80405406:	a021                	j	8040540e <itrunc+0x26>
80405408:	0411                	add	s0,s0,4
8040540a:	00940d63          	beq	s0,s1,80405424 <itrunc+0x3c>
8040540e:	4008                	lw	a0,0(s0)
80405410:	dd65                	beqz	a0,80405408 <itrunc+0x20>
80405412:	fffff097          	auipc	ra,0xfffff
80405416:	612080e7          	jalr	1554(ra) # 80404a24 <bfree>
8040541a:	0411                	add	s0,s0,4
8040541c:	fe042e23          	sw	zero,-4(s0)
80405420:	fe9417e3          	bne	s0,s1,8040540e <itrunc+0x26>
80405424:	0409aa03          	lw	s4,64(s3)
80405428:	020a1363          	bnez	s4,8040544e <itrunc+0x66>
8040542c:	0449aa83          	lw	s5,68(s3)
80405430:	060a9a63          	bnez	s5,804054a4 <itrunc+0xbc>
80405434:	4462                	lw	s0,24(sp)
80405436:	40f2                	lw	ra,28(sp)
80405438:	44d2                	lw	s1,20(sp)
8040543a:	4942                	lw	s2,16(sp)
8040543c:	4a22                	lw	s4,8(sp)
8040543e:	4a92                	lw	s5,4(sp)
80405440:	854e                	mv	a0,s3
80405442:	49b2                	lw	s3,12(sp)
80405444:	6105                	add	sp,sp,32
80405446:	00000317          	auipc	t1,0x0
8040544a:	bbc30067          	jr	-1092(t1) # 80405002 <iupdate>
8040544e:	8552                	mv	a0,s4
80405450:	6485                	lui	s1,0x1
80405452:	00001097          	auipc	ra,0x1
80405456:	800080e7          	jalr	-2048(ra) # 80405c52 <bread>
8040545a:	04e1                	add	s1,s1,24 # 1018 <errno+0x1018>
8040545c:	892a                	mv	s2,a0
8040545e:	01850413          	add	s0,a0,24
80405462:	94aa                	add	s1,s1,a0
80405464:	4008                	lw	a0,0(s0)
80405466:	cd01                	beqz	a0,8040547e <itrunc+0x96>
80405468:	fffff097          	auipc	ra,0xfffff
8040546c:	5bc080e7          	jalr	1468(ra) # 80404a24 <bfree>
80405470:	854a                	mv	a0,s2
80405472:	00042023          	sw	zero,0(s0)
80405476:	00001097          	auipc	ra,0x1
8040547a:	850080e7          	jalr	-1968(ra) # 80405cc6 <bdirty>
8040547e:	0411                	add	s0,s0,4
80405480:	fe9412e3          	bne	s0,s1,80405464 <itrunc+0x7c>
80405484:	854a                	mv	a0,s2
80405486:	00001097          	auipc	ra,0x1
8040548a:	846080e7          	jalr	-1978(ra) # 80405ccc <brelse>
8040548e:	8552                	mv	a0,s4
80405490:	fffff097          	auipc	ra,0xfffff
80405494:	594080e7          	jalr	1428(ra) # 80404a24 <bfree>
80405498:	0449aa83          	lw	s5,68(s3)
8040549c:	0409a023          	sw	zero,64(s3)
804054a0:	f80a8ae3          	beqz	s5,80405434 <itrunc+0x4c>
804054a4:	8556                	mv	a0,s5
804054a6:	6905                	lui	s2,0x1
804054a8:	00000097          	auipc	ra,0x0
804054ac:	7aa080e7          	jalr	1962(ra) # 80405c52 <bread>
804054b0:	0961                	add	s2,s2,24 # 1018 <errno+0x1018>
804054b2:	8a2a                	mv	s4,a0
804054b4:	01850413          	add	s0,a0,24
804054b8:	992a                	add	s2,s2,a0
804054ba:	40c00493          	li	s1,1036
804054be:	4008                	lw	a0,0(s0)
804054c0:	85a6                	mv	a1,s1
804054c2:	4681                	li	a3,0
804054c4:	4605                	li	a2,1
804054c6:	cd01                	beqz	a0,804054de <itrunc+0xf6>
804054c8:	fffff097          	auipc	ra,0xfffff
804054cc:	5fe080e7          	jalr	1534(ra) # 80404ac6 <trim_indirect>
804054d0:	8552                	mv	a0,s4
804054d2:	00042023          	sw	zero,0(s0)
804054d6:	00000097          	auipc	ra,0x0
804054da:	7f0080e7          	jalr	2032(ra) # 80405cc6 <bdirty>
804054de:	0411                	add	s0,s0,4
804054e0:	40048493          	add	s1,s1,1024
804054e4:	fd241de3          	bne	s0,s2,804054be <itrunc+0xd6>
804054e8:	8552                	mv	a0,s4
804054ea:	00000097          	auipc	ra,0x0
804054ee:	7e2080e7          	jalr	2018(ra) # 80405ccc <brelse>
804054f2:	8556                	mv	a0,s5
804054f4:	fffff097          	auipc	ra,0xfffff
804054f8:	530080e7          	jalr	1328(ra) # 80404a24 <bfree>
804054fc:	0409a223          	sw	zero,68(s3)
80405500:	bf15                	j	80405434 <itrunc+0x4c>

80405502 <readi>:
80405502:	715d                	add	sp,sp,-80
80405504:	de4e                	sw	s3,60(sp)
80405506:	00c52983          	lw	s3,12(a0)
8040550a:	c0ca                	sw	s2,64(sp)
8040550c:	c686                	sw	ra,76(sp)
8040550e:	c4a2                	sw	s0,72(sp)
80405510:	c2a6                	sw	s1,68(sp)
80405512:	dc52                	sw	s4,56(sp)
80405514:	da56                	sw	s5,52(sp)
80405516:	d85a                	sw	s6,48(sp)
80405518:	d65e                	sw	s7,44(sp)
8040551a:	d462                	sw	s8,40(sp)
8040551c:	d266                	sw	s9,36(sp)
8040551e:	d06a                	sw	s10,32(sp)
80405520:	ce6e                	sw	s11,28(sp)
80405522:	c62e                	sw	a1,12(sp)
80405524:	4901                	li	s2,0
80405526:	0736f663          	bgeu	a3,s3,80405592 <readi+0x90>
8040552a:	40d989b3          	sub	s3,s3,a3
8040552e:	8aaa                	mv	s5,a0
80405530:	8a36                	mv	s4,a3
80405532:	8b32                	mv	s6,a2
80405534:	0b376963          	bltu	a4,s3,804055e6 <readi+0xe4>
80405538:	4401                	li	s0,0
8040553a:	04098b63          	beqz	s3,80405590 <readi+0x8e>
8040553e:	6c05                	lui	s8,0x1
80405540:	fffc0d13          	add	s10,s8,-1 # fff <errno+0xfff>
80405544:	8041dcb7          	lui	s9,0x8041d
80405548:	008a05b3          	add	a1,s4,s0
8040554c:	01a5f933          	and	s2,a1,s10
80405550:	408984b3          	sub	s1,s3,s0
80405554:	412c07b3          	sub	a5,s8,s2
80405558:	81b1                	srl	a1,a1,0xc
8040555a:	4601                	li	a2,0
8040555c:	8556                	mv	a0,s5
8040555e:	0097f363          	bgeu	a5,s1,80405564 <readi+0x62>
80405562:	84be                	mv	s1,a5
80405564:	fffff097          	auipc	ra,0xfffff
80405568:	7fc080e7          	jalr	2044(ra) # 80404d60 <bmap>
8040556c:	008b0db3          	add	s11,s6,s0
80405570:	86a6                	mv	a3,s1
80405572:	508c8613          	add	a2,s9,1288 # 8041d508 <zero_block>
80405576:	85ee                	mv	a1,s11
80405578:	ed0d                	bnez	a0,804055b2 <readi+0xb0>
8040557a:	4532                	lw	a0,12(sp)
8040557c:	fffff097          	auipc	ra,0xfffff
80405580:	3e0080e7          	jalr	992(ra) # 8040495c <either_copyout>
80405584:	892a                	mv	s2,a0
80405586:	04094d63          	bltz	s2,804055e0 <readi+0xde>
8040558a:	9426                	add	s0,s0,s1
8040558c:	fb346ee3          	bltu	s0,s3,80405548 <readi+0x46>
80405590:	894e                	mv	s2,s3
80405592:	40b6                	lw	ra,76(sp)
80405594:	4426                	lw	s0,72(sp)
80405596:	4496                	lw	s1,68(sp)
80405598:	59f2                	lw	s3,60(sp)
8040559a:	5a62                	lw	s4,56(sp)
8040559c:	5ad2                	lw	s5,52(sp)
8040559e:	5b42                	lw	s6,48(sp)
804055a0:	5bb2                	lw	s7,44(sp)
804055a2:	5c22                	lw	s8,40(sp)
804055a4:	5c92                	lw	s9,36(sp)
804055a6:	5d02                	lw	s10,32(sp)
804055a8:	4df2                	lw	s11,28(sp)
804055aa:	854a                	mv	a0,s2
804055ac:	4906                	lw	s2,64(sp)
804055ae:	6161                	add	sp,sp,80
804055b0:	8082                	ret
804055b2:	00000097          	auipc	ra,0x0
804055b6:	6a0080e7          	jalr	1696(ra) # 80405c52 <bread>
804055ba:	8baa                	mv	s7,a0
804055bc:	01850613          	add	a2,a0,24
804055c0:	4532                	lw	a0,12(sp)
804055c2:	964a                	add	a2,a2,s2
804055c4:	86a6                	mv	a3,s1
804055c6:	85ee                	mv	a1,s11
804055c8:	fffff097          	auipc	ra,0xfffff
804055cc:	394080e7          	jalr	916(ra) # 8040495c <either_copyout>
804055d0:	892a                	mv	s2,a0
804055d2:	855e                	mv	a0,s7
804055d4:	00000097          	auipc	ra,0x0
804055d8:	6f8080e7          	jalr	1784(ra) # 80405ccc <brelse>
804055dc:	fa0957e3          	bgez	s2,8040558a <readi+0x88>
804055e0:	d84d                	beqz	s0,80405592 <readi+0x90>
804055e2:	8922                	mv	s2,s0
804055e4:	b77d                	j	80405592 <readi+0x90>
804055e6:	89ba                	mv	s3,a4
804055e8:	bf81                	j	80405538 <readi+0x36>

804055ea <writei>:
804055ea:	7139                	add	sp,sp,-64
804055ec:	de06                	sw	ra,60(sp)
804055ee:	dc22                	sw	s0,56(sp)
804055f0:	da26                	sw	s1,52(sp)
804055f2:	d84a                	sw	s2,48(sp)
804055f4:	d64e                	sw	s3,44(sp)
804055f6:	d452                	sw	s4,40(sp)
804055f8:	d256                	sw	s5,36(sp)
804055fa:	d05a                	sw	s6,32(sp)
804055fc:	ce5e                	sw	s7,28(sp)
804055fe:	cc62                	sw	s8,24(sp)
80405600:	ca66                	sw	s9,20(sp)
80405602:	c86a                	sw	s10,16(sp)
80405604:	c66e                	sw	s11,12(sp)
80405606:	1806c463          	bltz	a3,8040578e <writei+0x1a4>
8040560a:	800007b7          	lui	a5,0x80000
8040560e:	fff7c793          	not	a5,a5
80405612:	8f95                	sub	a5,a5,a3
80405614:	8b36                	mv	s6,a3
80405616:	8aba                	mv	s5,a4
80405618:	16e7eb63          	bltu	a5,a4,8040578e <writei+0x1a4>
8040561c:	8c2e                	mv	s8,a1
8040561e:	454c                	lw	a1,12(a0)
80405620:	8baa                	mv	s7,a0
80405622:	8cb2                	mv	s9,a2
80405624:	0cd5e063          	bltu	a1,a3,804056e4 <writei+0xfa>
80405628:	16070563          	beqz	a4,80405792 <writei+0x1a8>
8040562c:	6d05                	lui	s10,0x1
8040562e:	4401                	li	s0,0
80405630:	fffd0d93          	add	s11,s10,-1 # fff <errno+0xfff>
80405634:	a089                	j	80405676 <writei+0x8c>
80405636:	00000097          	auipc	ra,0x0
8040563a:	61c080e7          	jalr	1564(ra) # 80405c52 <bread>
8040563e:	01850593          	add	a1,a0,24
80405642:	84aa                	mv	s1,a0
80405644:	95ce                	add	a1,a1,s3
80405646:	008c8633          	add	a2,s9,s0
8040564a:	86ca                	mv	a3,s2
8040564c:	8562                	mv	a0,s8
8040564e:	fffff097          	auipc	ra,0xfffff
80405652:	328080e7          	jalr	808(ra) # 80404976 <either_copyin>
80405656:	89aa                	mv	s3,a0
80405658:	8526                	mv	a0,s1
8040565a:	00000097          	auipc	ra,0x0
8040565e:	66c080e7          	jalr	1644(ra) # 80405cc6 <bdirty>
80405662:	8526                	mv	a0,s1
80405664:	00000097          	auipc	ra,0x0
80405668:	668080e7          	jalr	1640(ra) # 80405ccc <brelse>
8040566c:	0209ca63          	bltz	s3,804056a0 <writei+0xb6>
80405670:	944a                	add	s0,s0,s2
80405672:	09547863          	bgeu	s0,s5,80405702 <writei+0x118>
80405676:	008b0a33          	add	s4,s6,s0
8040567a:	01ba79b3          	and	s3,s4,s11
8040567e:	408a8933          	sub	s2,s5,s0
80405682:	413d07b3          	sub	a5,s10,s3
80405686:	4605                	li	a2,1
80405688:	00ca5593          	srl	a1,s4,0xc
8040568c:	855e                	mv	a0,s7
8040568e:	0127f363          	bgeu	a5,s2,80405694 <writei+0xaa>
80405692:	893e                	mv	s2,a5
80405694:	fffff097          	auipc	ra,0xfffff
80405698:	6cc080e7          	jalr	1740(ra) # 80404d60 <bmap>
8040569c:	fd49                	bnez	a0,80405636 <writei+0x4c>
8040569e:	5991                	li	s3,-28
804056a0:	00cba583          	lw	a1,12(s7)
804056a4:	0145f563          	bgeu	a1,s4,804056ae <writei+0xc4>
804056a8:	014ba623          	sw	s4,12(s7)
804056ac:	85d2                	mv	a1,s4
804056ae:	6785                	lui	a5,0x1
804056b0:	17fd                	add	a5,a5,-1 # fff <errno+0xfff>
804056b2:	95be                	add	a1,a1,a5
804056b4:	81b1                	srl	a1,a1,0xc
804056b6:	855e                	mv	a0,s7
804056b8:	00000097          	auipc	ra,0x0
804056bc:	9ba080e7          	jalr	-1606(ra) # 80405072 <trim_blocks>
804056c0:	c011                	beqz	s0,804056c4 <writei+0xda>
804056c2:	89a2                	mv	s3,s0
804056c4:	50f2                	lw	ra,60(sp)
804056c6:	5462                	lw	s0,56(sp)
804056c8:	54d2                	lw	s1,52(sp)
804056ca:	5942                	lw	s2,48(sp)
804056cc:	5a22                	lw	s4,40(sp)
804056ce:	5a92                	lw	s5,36(sp)
804056d0:	5b02                	lw	s6,32(sp)
804056d2:	4bf2                	lw	s7,28(sp)
804056d4:	4c62                	lw	s8,24(sp)
804056d6:	4cd2                	lw	s9,20(sp)
804056d8:	4d42                	lw	s10,16(sp)
804056da:	4db2                	lw	s11,12(sp)
804056dc:	854e                	mv	a0,s3
804056de:	59b2                	lw	s3,44(sp)
804056e0:	6121                	add	sp,sp,64
804056e2:	8082                	ret
804056e4:	6485                	lui	s1,0x1
804056e6:	fff48413          	add	s0,s1,-1 # fff <errno+0xfff>
804056ea:	8c6d                	and	s0,s0,a1
804056ec:	e021                	bnez	s0,8040572c <writei+0x142>
804056ee:	ff1d                	bnez	a4,8040562c <writei+0x42>
804056f0:	00dba623          	sw	a3,12(s7)
804056f4:	00000097          	auipc	ra,0x0
804056f8:	90e080e7          	jalr	-1778(ra) # 80405002 <iupdate>
804056fc:	4401                	li	s0,0
804056fe:	89a2                	mv	s3,s0
80405700:	b7d1                	j	804056c4 <writei+0xda>
80405702:	00cba783          	lw	a5,12(s7)
80405706:	9b22                	add	s6,s6,s0
80405708:	0167fb63          	bgeu	a5,s6,8040571e <writei+0x134>
8040570c:	016ba623          	sw	s6,12(s7)
80405710:	855e                	mv	a0,s7
80405712:	00000097          	auipc	ra,0x0
80405716:	8f0080e7          	jalr	-1808(ra) # 80405002 <iupdate>
8040571a:	89a2                	mv	s3,s0
8040571c:	b765                	j	804056c4 <writei+0xda>
8040571e:	855e                	mv	a0,s7
80405720:	00000097          	auipc	ra,0x0
80405724:	8e2080e7          	jalr	-1822(ra) # 80405002 <iupdate>
80405728:	89a2                	mv	s3,s0
8040572a:	bf69                	j	804056c4 <writei+0xda>
8040572c:	4601                	li	a2,0
8040572e:	81b1                	srl	a1,a1,0xc
80405730:	fffff097          	auipc	ra,0xfffff
80405734:	630080e7          	jalr	1584(ra) # 80404d60 <bmap>
80405738:	e105                	bnez	a0,80405758 <writei+0x16e>
8040573a:	ee0a99e3          	bnez	s5,8040562c <writei+0x42>
8040573e:	00cba783          	lw	a5,12(s7)
80405742:	0567f863          	bgeu	a5,s6,80405792 <writei+0x1a8>
80405746:	016ba623          	sw	s6,12(s7)
8040574a:	855e                	mv	a0,s7
8040574c:	00000097          	auipc	ra,0x0
80405750:	8b6080e7          	jalr	-1866(ra) # 80405002 <iupdate>
80405754:	4401                	li	s0,0
80405756:	b765                	j	804056fe <writei+0x114>
80405758:	00000097          	auipc	ra,0x0
8040575c:	4fa080e7          	jalr	1274(ra) # 80405c52 <bread>
80405760:	892a                	mv	s2,a0
80405762:	0561                	add	a0,a0,24
80405764:	40848633          	sub	a2,s1,s0
80405768:	4581                	li	a1,0
8040576a:	9522                	add	a0,a0,s0
8040576c:	00000097          	auipc	ra,0x0
80405770:	62e080e7          	jalr	1582(ra) # 80405d9a <memset>
80405774:	854a                	mv	a0,s2
80405776:	00000097          	auipc	ra,0x0
8040577a:	550080e7          	jalr	1360(ra) # 80405cc6 <bdirty>
8040577e:	854a                	mv	a0,s2
80405780:	00000097          	auipc	ra,0x0
80405784:	54c080e7          	jalr	1356(ra) # 80405ccc <brelse>
80405788:	ea0a92e3          	bnez	s5,8040562c <writei+0x42>
8040578c:	bf4d                	j	8040573e <writei+0x154>
8040578e:	5995                	li	s3,-27
80405790:	bf15                	j	804056c4 <writei+0xda>
80405792:	855e                	mv	a0,s7
80405794:	00000097          	auipc	ra,0x0
80405798:	86e080e7          	jalr	-1938(ra) # 80405002 <iupdate>
8040579c:	4401                	li	s0,0
8040579e:	b785                	j	804056fe <writei+0x114>

804057a0 <path_name>:
804057a0:	00054783          	lbu	a5,0(a0)
804057a4:	02f00713          	li	a4,47
804057a8:	00e79763          	bne	a5,a4,804057b6 <path_name+0x16>
804057ac:	00154783          	lbu	a5,1(a0)
804057b0:	0505                	add	a0,a0,1
804057b2:	fee78de3          	beq	a5,a4,804057ac <path_name+0xc>
804057b6:	cf95                	beqz	a5,804057f2 <path_name+0x52>
804057b8:	4701                	li	a4,0
804057ba:	02f00613          	li	a2,47
804057be:	486d                	li	a6,27
804057c0:	a819                	j	804057d6 <path_name+0x36>
804057c2:	03070063          	beq	a4,a6,804057e2 <path_name+0x42>
804057c6:	0705                	add	a4,a4,1
804057c8:	00f68023          	sb	a5,0(a3)
804057cc:	00e507b3          	add	a5,a0,a4
804057d0:	0007c783          	lbu	a5,0(a5)
804057d4:	cb91                	beqz	a5,804057e8 <path_name+0x48>
804057d6:	00e586b3          	add	a3,a1,a4
804057da:	fec794e3          	bne	a5,a2,804057c2 <path_name+0x22>
804057de:	5579                	li	a0,-2
804057e0:	8082                	ret
804057e2:	fdc00513          	li	a0,-36
804057e6:	8082                	ret
804057e8:	95ba                	add	a1,a1,a4
804057ea:	00058023          	sb	zero,0(a1)
804057ee:	4501                	li	a0,0
804057f0:	8082                	ret
804057f2:	00058023          	sb	zero,0(a1)
804057f6:	b7e5                	j	804057de <path_name+0x3e>

804057f8 <dir_lookup>:
804057f8:	4558                	lw	a4,12(a0)
804057fa:	47fd                	li	a5,31
804057fc:	08e7f263          	bgeu	a5,a4,80405880 <dir_lookup+0x88>
80405800:	7139                	add	sp,sp,-64
80405802:	dc22                	sw	s0,56(sp)
80405804:	da26                	sw	s1,52(sp)
80405806:	d84a                	sw	s2,48(sp)
80405808:	d64e                	sw	s3,44(sp)
8040580a:	de06                	sw	ra,60(sp)
8040580c:	84aa                	mv	s1,a0
8040580e:	892e                	mv	s2,a1
80405810:	89b2                	mv	s3,a2
80405812:	4401                	li	s0,0
80405814:	a801                	j	80405824 <dir_lookup+0x2c>
80405816:	44d8                	lw	a4,12(s1)
80405818:	04040793          	add	a5,s0,64
8040581c:	02040413          	add	s0,s0,32
80405820:	04f76863          	bltu	a4,a5,80405870 <dir_lookup+0x78>
80405824:	02000713          	li	a4,32
80405828:	86a2                	mv	a3,s0
8040582a:	860a                	mv	a2,sp
8040582c:	4581                	li	a1,0
8040582e:	8526                	mv	a0,s1
80405830:	00000097          	auipc	ra,0x0
80405834:	cd2080e7          	jalr	-814(ra) # 80405502 <readi>
80405838:	02000793          	li	a5,32
8040583c:	04f51463          	bne	a0,a5,80405884 <dir_lookup+0x8c>
80405840:	4502                	lw	a0,0(sp)
80405842:	00000097          	auipc	ra,0x0
80405846:	9aa080e7          	jalr	-1622(ra) # 804051ec <inum_valid>
8040584a:	d571                	beqz	a0,80405816 <dir_lookup+0x1e>
8040584c:	4671                	li	a2,28
8040584e:	85ca                	mv	a1,s2
80405850:	0048                	add	a0,sp,4
80405852:	00000097          	auipc	ra,0x0
80405856:	5e0080e7          	jalr	1504(ra) # 80405e32 <strncmp>
8040585a:	fd55                	bnez	a0,80405816 <dir_lookup+0x1e>
8040585c:	0089a023          	sw	s0,0(s3)
80405860:	50f2                	lw	ra,60(sp)
80405862:	5462                	lw	s0,56(sp)
80405864:	4502                	lw	a0,0(sp)
80405866:	54d2                	lw	s1,52(sp)
80405868:	5942                	lw	s2,48(sp)
8040586a:	59b2                	lw	s3,44(sp)
8040586c:	6121                	add	sp,sp,64
8040586e:	8082                	ret
80405870:	50f2                	lw	ra,60(sp)
80405872:	5462                	lw	s0,56(sp)
80405874:	54d2                	lw	s1,52(sp)
80405876:	5942                	lw	s2,48(sp)
80405878:	59b2                	lw	s3,44(sp)
8040587a:	4501                	li	a0,0
8040587c:	6121                	add	sp,sp,64
8040587e:	8082                	ret
80405880:	4501                	li	a0,0
80405882:	8082                	ret
80405884:	80407537          	lui	a0,0x80407
80405888:	dbc50513          	add	a0,a0,-580 # 80406dbc <exfs_ops+0xec>
8040588c:	fffff097          	auipc	ra,0xfffff
80405890:	09c080e7          	jalr	156(ra) # 80404928 <panic>

80405894 <fs_open>:
80405894:	7159                	add	sp,sp,-112
80405896:	d0ca                	sw	s2,96(sp)
80405898:	892e                	mv	s2,a1
8040589a:	084c                	add	a1,sp,20
8040589c:	d2a6                	sw	s1,100(sp)
8040589e:	d686                	sw	ra,108(sp)
804058a0:	d4a2                	sw	s0,104(sp)
804058a2:	cece                	sw	s3,92(sp)
804058a4:	ccd2                	sw	s4,88(sp)
804058a6:	cad6                	sw	s5,84(sp)
804058a8:	84b2                	mv	s1,a2
804058aa:	00000097          	auipc	ra,0x0
804058ae:	ef6080e7          	jalr	-266(ra) # 804057a0 <path_name>
804058b2:	00054863          	bltz	a0,804058c2 <fs_open+0x2e>
804058b6:	fffff097          	auipc	ra,0xfffff
804058ba:	738080e7          	jalr	1848(ra) # 80404fee <fs_mounted>
804058be:	e919                	bnez	a0,804058d4 <fs_open+0x40>
804058c0:	5579                	li	a0,-2
804058c2:	50b6                	lw	ra,108(sp)
804058c4:	5426                	lw	s0,104(sp)
804058c6:	5496                	lw	s1,100(sp)
804058c8:	5906                	lw	s2,96(sp)
804058ca:	49f6                	lw	s3,92(sp)
804058cc:	4a66                	lw	s4,88(sp)
804058ce:	4ad6                	lw	s5,84(sp)
804058d0:	6165                	add	sp,sp,112
804058d2:	8082                	ret
804058d4:	fffff097          	auipc	ra,0xfffff
804058d8:	724080e7          	jalr	1828(ra) # 80404ff8 <fs_root>
804058dc:	0070                	add	a2,sp,12
804058de:	084c                	add	a1,sp,20
804058e0:	89aa                	mv	s3,a0
804058e2:	00000097          	auipc	ra,0x0
804058e6:	f16080e7          	jalr	-234(ra) # 804057f8 <dir_lookup>
804058ea:	842a                	mv	s0,a0
804058ec:	e941                	bnez	a0,8040597c <fs_open+0xe8>
804058ee:	04097793          	and	a5,s2,64
804058f2:	d7f9                	beqz	a5,804058c0 <fs_open+0x2c>
804058f4:	080c                	add	a1,sp,16
804058f6:	4505                	li	a0,1
804058f8:	00000097          	auipc	ra,0x0
804058fc:	9d0080e7          	jalr	-1584(ra) # 804052c8 <ialloc>
80405900:	fc0541e3          	bltz	a0,804058c2 <fs_open+0x2e>
80405904:	47c2                	lw	a5,16(sp)
80405906:	0007aa83          	lw	s5,0(a5)
8040590a:	a00d                	j	8040592c <fs_open+0x98>
8040590c:	02000713          	li	a4,32
80405910:	86d2                	mv	a3,s4
80405912:	1810                	add	a2,sp,48
80405914:	4581                	li	a1,0
80405916:	854e                	mv	a0,s3
80405918:	00000097          	auipc	ra,0x0
8040591c:	bea080e7          	jalr	-1046(ra) # 80405502 <readi>
80405920:	02000793          	li	a5,32
80405924:	0af51663          	bne	a0,a5,804059d0 <fs_open+0x13c>
80405928:	57c2                	lw	a5,48(sp)
8040592a:	cb81                	beqz	a5,8040593a <fs_open+0xa6>
8040592c:	00c9a783          	lw	a5,12(s3)
80405930:	8a22                	mv	s4,s0
80405932:	02040413          	add	s0,s0,32
80405936:	fc87fbe3          	bgeu	a5,s0,8040590c <fs_open+0x78>
8040593a:	02000613          	li	a2,32
8040593e:	4581                	li	a1,0
80405940:	1808                	add	a0,sp,48
80405942:	00000097          	auipc	ra,0x0
80405946:	458080e7          	jalr	1112(ra) # 80405d9a <memset>
8040594a:	4671                	li	a2,28
8040594c:	084c                	add	a1,sp,20
8040594e:	1848                	add	a0,sp,52
80405950:	d856                	sw	s5,48(sp)
80405952:	00000097          	auipc	ra,0x0
80405956:	50e080e7          	jalr	1294(ra) # 80405e60 <strlcpy_k>
8040595a:	02000713          	li	a4,32
8040595e:	86d2                	mv	a3,s4
80405960:	1810                	add	a2,sp,48
80405962:	4581                	li	a1,0
80405964:	854e                	mv	a0,s3
80405966:	00000097          	auipc	ra,0x0
8040596a:	c84080e7          	jalr	-892(ra) # 804055ea <writei>
8040596e:	02000793          	li	a5,32
80405972:	04f51063          	bne	a0,a5,804059b2 <fs_open+0x11e>
80405976:	4542                	lw	a0,16(sp)
80405978:	c088                	sw	a0,0(s1)
8040597a:	a039                	j	80405988 <fs_open+0xf4>
8040597c:	00000097          	auipc	ra,0x0
80405980:	884080e7          	jalr	-1916(ra) # 80405200 <iget>
80405984:	c088                	sw	a0,0(s1)
80405986:	c505                	beqz	a0,804059ae <fs_open+0x11a>
80405988:	00855703          	lhu	a4,8(a0)
8040598c:	4785                	li	a5,1
8040598e:	02f71b63          	bne	a4,a5,804059c4 <fs_open+0x130>
80405992:	20097793          	and	a5,s2,512
80405996:	c781                	beqz	a5,8040599e <fs_open+0x10a>
80405998:	00397793          	and	a5,s2,3
8040599c:	e399                	bnez	a5,804059a2 <fs_open+0x10e>
8040599e:	4501                	li	a0,0
804059a0:	b70d                	j	804058c2 <fs_open+0x2e>
804059a2:	00000097          	auipc	ra,0x0
804059a6:	a46080e7          	jalr	-1466(ra) # 804053e8 <itrunc>
804059aa:	4501                	li	a0,0
804059ac:	bf19                	j	804058c2 <fs_open+0x2e>
804059ae:	5521                	li	a0,-24
804059b0:	bf09                	j	804058c2 <fs_open+0x2e>
804059b2:	4542                	lw	a0,16(sp)
804059b4:	00051523          	sh	zero,10(a0)
804059b8:	00000097          	auipc	ra,0x0
804059bc:	9c0080e7          	jalr	-1600(ra) # 80405378 <iput>
804059c0:	5511                	li	a0,-28
804059c2:	b701                	j	804058c2 <fs_open+0x2e>
804059c4:	00000097          	auipc	ra,0x0
804059c8:	9b4080e7          	jalr	-1612(ra) # 80405378 <iput>
804059cc:	552d                	li	a0,-21
804059ce:	bdd5                	j	804058c2 <fs_open+0x2e>
804059d0:	80407537          	lui	a0,0x80407
804059d4:	dbc50513          	add	a0,a0,-580 # 80406dbc <exfs_ops+0xec>
804059d8:	fffff097          	auipc	ra,0xfffff
804059dc:	f50080e7          	jalr	-176(ra) # 80404928 <panic>

804059e0 <fs_unlink>:
804059e0:	715d                	add	sp,sp,-80
804059e2:	004c                	add	a1,sp,4
804059e4:	c4a2                	sw	s0,72(sp)
804059e6:	c686                	sw	ra,76(sp)
804059e8:	c2a6                	sw	s1,68(sp)
804059ea:	c0ca                	sw	s2,64(sp)
804059ec:	00000097          	auipc	ra,0x0
804059f0:	db4080e7          	jalr	-588(ra) # 804057a0 <path_name>
804059f4:	842a                	mv	s0,a0
804059f6:	00054863          	bltz	a0,80405a06 <fs_unlink+0x26>
804059fa:	fffff097          	auipc	ra,0xfffff
804059fe:	5f4080e7          	jalr	1524(ra) # 80404fee <fs_mounted>
80405a02:	e909                	bnez	a0,80405a14 <fs_unlink+0x34>
80405a04:	5479                	li	s0,-2
80405a06:	40b6                	lw	ra,76(sp)
80405a08:	8522                	mv	a0,s0
80405a0a:	4426                	lw	s0,72(sp)
80405a0c:	4496                	lw	s1,68(sp)
80405a0e:	4906                	lw	s2,64(sp)
80405a10:	6161                	add	sp,sp,80
80405a12:	8082                	ret
80405a14:	fffff097          	auipc	ra,0xfffff
80405a18:	5e4080e7          	jalr	1508(ra) # 80404ff8 <fs_root>
80405a1c:	860a                	mv	a2,sp
80405a1e:	004c                	add	a1,sp,4
80405a20:	84aa                	mv	s1,a0
80405a22:	00000097          	auipc	ra,0x0
80405a26:	dd6080e7          	jalr	-554(ra) # 804057f8 <dir_lookup>
80405a2a:	dd69                	beqz	a0,80405a04 <fs_unlink+0x24>
80405a2c:	fffff097          	auipc	ra,0xfffff
80405a30:	7d4080e7          	jalr	2004(ra) # 80405200 <iget>
80405a34:	892a                	mv	s2,a0
80405a36:	c11d                	beqz	a0,80405a5c <fs_unlink+0x7c>
80405a38:	00855703          	lhu	a4,8(a0)
80405a3c:	4785                	li	a5,1
80405a3e:	02f70163          	beq	a4,a5,80405a60 <fs_unlink+0x80>
80405a42:	542d                	li	s0,-21
80405a44:	854a                	mv	a0,s2
80405a46:	00000097          	auipc	ra,0x0
80405a4a:	932080e7          	jalr	-1742(ra) # 80405378 <iput>
80405a4e:	40b6                	lw	ra,76(sp)
80405a50:	8522                	mv	a0,s0
80405a52:	4426                	lw	s0,72(sp)
80405a54:	4496                	lw	s1,68(sp)
80405a56:	4906                	lw	s2,64(sp)
80405a58:	6161                	add	sp,sp,80
80405a5a:	8082                	ret
80405a5c:	5421                	li	s0,-24
80405a5e:	b765                	j	80405a06 <fs_unlink+0x26>
80405a60:	02000613          	li	a2,32
80405a64:	4581                	li	a1,0
80405a66:	1008                	add	a0,sp,32
80405a68:	00000097          	auipc	ra,0x0
80405a6c:	332080e7          	jalr	818(ra) # 80405d9a <memset>
80405a70:	4682                	lw	a3,0(sp)
80405a72:	02000713          	li	a4,32
80405a76:	1010                	add	a2,sp,32
80405a78:	4581                	li	a1,0
80405a7a:	8526                	mv	a0,s1
80405a7c:	00000097          	auipc	ra,0x0
80405a80:	b6e080e7          	jalr	-1170(ra) # 804055ea <writei>
80405a84:	00a95783          	lhu	a5,10(s2)
80405a88:	854a                	mv	a0,s2
80405a8a:	17fd                	add	a5,a5,-1
80405a8c:	00f91523          	sh	a5,10(s2)
80405a90:	fffff097          	auipc	ra,0xfffff
80405a94:	572080e7          	jalr	1394(ra) # 80405002 <iupdate>
80405a98:	b775                	j	80405a44 <fs_unlink+0x64>

80405a9a <fs_readdir>:
80405a9a:	715d                	add	sp,sp,-80
80405a9c:	c0ca                	sw	s2,64(sp)
80405a9e:	de4e                	sw	s3,60(sp)
80405aa0:	da56                	sw	s5,52(sp)
80405aa2:	c686                	sw	ra,76(sp)
80405aa4:	c4a2                	sw	s0,72(sp)
80405aa6:	c2a6                	sw	s1,68(sp)
80405aa8:	dc52                	sw	s4,56(sp)
80405aaa:	89aa                	mv	s3,a0
80405aac:	8aae                	mv	s5,a1
80405aae:	8932                	mv	s2,a2
80405ab0:	fffff097          	auipc	ra,0xfffff
80405ab4:	53e080e7          	jalr	1342(ra) # 80404fee <fs_mounted>
80405ab8:	c141                	beqz	a0,80405b38 <fs_readdir+0x9e>
80405aba:	fffff097          	auipc	ra,0xfffff
80405abe:	53e080e7          	jalr	1342(ra) # 80404ff8 <fs_root>
80405ac2:	4558                	lw	a4,12(a0)
80405ac4:	47fd                	li	a5,31
80405ac6:	84aa                	mv	s1,a0
80405ac8:	06e7f863          	bgeu	a5,a4,80405b38 <fs_readdir+0x9e>
80405acc:	4401                	li	s0,0
80405ace:	4a05                	li	s4,1
80405ad0:	a801                	j	80405ae0 <fs_readdir+0x46>
80405ad2:	44d8                	lw	a4,12(s1)
80405ad4:	04040793          	add	a5,s0,64
80405ad8:	02040413          	add	s0,s0,32
80405adc:	04f76e63          	bltu	a4,a5,80405b38 <fs_readdir+0x9e>
80405ae0:	02000713          	li	a4,32
80405ae4:	86a2                	mv	a3,s0
80405ae6:	0810                	add	a2,sp,16
80405ae8:	4581                	li	a1,0
80405aea:	8526                	mv	a0,s1
80405aec:	00000097          	auipc	ra,0x0
80405af0:	a16080e7          	jalr	-1514(ra) # 80405502 <readi>
80405af4:	02000793          	li	a5,32
80405af8:	06f51563          	bne	a0,a5,80405b62 <fs_readdir+0xc8>
80405afc:	4542                	lw	a0,16(sp)
80405afe:	fffff097          	auipc	ra,0xfffff
80405b02:	6ee080e7          	jalr	1774(ra) # 804051ec <inum_valid>
80405b06:	d571                	beqz	a0,80405ad2 <fs_readdir+0x38>
80405b08:	4542                	lw	a0,16(sp)
80405b0a:	864a                	mv	a2,s2
80405b0c:	00e10593          	add	a1,sp,14
80405b10:	fffff097          	auipc	ra,0xfffff
80405b14:	71c080e7          	jalr	1820(ra) # 8040522c <istat>
80405b18:	00e15783          	lhu	a5,14(sp)
80405b1c:	fb479be3          	bne	a5,s4,80405ad2 <fs_readdir+0x38>
80405b20:	fff98793          	add	a5,s3,-1
80405b24:	02098463          	beqz	s3,80405b4c <fs_readdir+0xb2>
80405b28:	44d8                	lw	a4,12(s1)
80405b2a:	89be                	mv	s3,a5
80405b2c:	04040793          	add	a5,s0,64
80405b30:	02040413          	add	s0,s0,32
80405b34:	faf776e3          	bgeu	a4,a5,80405ae0 <fs_readdir+0x46>
80405b38:	5579                	li	a0,-2
80405b3a:	40b6                	lw	ra,76(sp)
80405b3c:	4426                	lw	s0,72(sp)
80405b3e:	4496                	lw	s1,68(sp)
80405b40:	4906                	lw	s2,64(sp)
80405b42:	59f2                	lw	s3,60(sp)
80405b44:	5a62                	lw	s4,56(sp)
80405b46:	5ad2                	lw	s5,52(sp)
80405b48:	6161                	add	sp,sp,80
80405b4a:	8082                	ret
80405b4c:	466d                	li	a2,27
80405b4e:	084c                	add	a1,sp,20
80405b50:	8556                	mv	a0,s5
80405b52:	00000097          	auipc	ra,0x0
80405b56:	28a080e7          	jalr	650(ra) # 80405ddc <memcpy>
80405b5a:	4501                	li	a0,0
80405b5c:	000a8da3          	sb	zero,27(s5)
80405b60:	bfe9                	j	80405b3a <fs_readdir+0xa0>
80405b62:	80407537          	lui	a0,0x80407
80405b66:	dbc50513          	add	a0,a0,-580 # 80406dbc <exfs_ops+0xec>
80405b6a:	fffff097          	auipc	ra,0xfffff
80405b6e:	dbe080e7          	jalr	-578(ra) # 80404928 <panic>

80405b72 <bget>:
80405b72:	8041f7b7          	lui	a5,0x8041f
80405b76:	1141                	add	sp,sp,-16
80405b78:	72c78793          	add	a5,a5,1836 # 8041f72c <lru>
80405b7c:	c422                	sw	s0,8(sp)
80405b7e:	4bc0                	lw	s0,20(a5)
80405b80:	c226                	sw	s1,4(sp)
80405b82:	c606                	sw	ra,12(sp)
80405b84:	84aa                	mv	s1,a0
80405b86:	00f40a63          	beq	s0,a5,80405b9a <bget+0x28>
80405b8a:	4018                	lw	a4,0(s0)
80405b8c:	c701                	beqz	a4,80405b94 <bget+0x22>
80405b8e:	4418                	lw	a4,8(s0)
80405b90:	04970e63          	beq	a4,s1,80405bec <bget+0x7a>
80405b94:	4840                	lw	s0,20(s0)
80405b96:	fef41ae3          	bne	s0,a5,80405b8a <bget+0x18>
80405b9a:	4b80                	lw	s0,16(a5)
80405b9c:	00f41663          	bne	s0,a5,80405ba8 <bget+0x36>
80405ba0:	a8b9                	j	80405bfe <bget+0x8c>
80405ba2:	4800                	lw	s0,16(s0)
80405ba4:	04f40d63          	beq	s0,a5,80405bfe <bget+0x8c>
80405ba8:	4458                	lw	a4,12(s0)
80405baa:	ff65                	bnez	a4,80405ba2 <bget+0x30>
80405bac:	401c                	lw	a5,0(s0)
80405bae:	ef81                	bnez	a5,80405bc6 <bget+0x54>
80405bb0:	4785                	li	a5,1
80405bb2:	c404                	sw	s1,8(s0)
80405bb4:	40b2                	lw	ra,12(sp)
80405bb6:	00042023          	sw	zero,0(s0)
80405bba:	c45c                	sw	a5,12(s0)
80405bbc:	8522                	mv	a0,s0
80405bbe:	4422                	lw	s0,8(sp)
80405bc0:	4492                	lw	s1,4(sp)
80405bc2:	0141                	add	sp,sp,16
80405bc4:	8082                	ret
80405bc6:	405c                	lw	a5,4(s0)
80405bc8:	d7e5                	beqz	a5,80405bb0 <bget+0x3e>
80405bca:	4408                	lw	a0,8(s0)
80405bcc:	01840613          	add	a2,s0,24
80405bd0:	45a1                	li	a1,8
80405bd2:	050e                	sll	a0,a0,0x3
80405bd4:	fffff097          	auipc	ra,0xfffff
80405bd8:	df8080e7          	jalr	-520(ra) # 804049cc <disk_write>
80405bdc:	804077b7          	lui	a5,0x80407
80405be0:	4705                	li	a4,1
80405be2:	00042223          	sw	zero,4(s0)
80405be6:	12e7a623          	sw	a4,300(a5) # 8040712c <unflushed>
80405bea:	b7d9                	j	80405bb0 <bget+0x3e>
80405bec:	445c                	lw	a5,12(s0)
80405bee:	40b2                	lw	ra,12(sp)
80405bf0:	8522                	mv	a0,s0
80405bf2:	0785                	add	a5,a5,1
80405bf4:	c45c                	sw	a5,12(s0)
80405bf6:	4422                	lw	s0,8(sp)
80405bf8:	4492                	lw	s1,4(sp)
80405bfa:	0141                	add	sp,sp,16
80405bfc:	8082                	ret
80405bfe:	80407537          	lui	a0,0x80407
80405c02:	ddc50513          	add	a0,a0,-548 # 80406ddc <exfs_ops+0x10c>
80405c06:	fffff097          	auipc	ra,0xfffff
80405c0a:	d22080e7          	jalr	-734(ra) # 80404928 <panic>

80405c0e <bio_init>:
80405c0e:	8041f6b7          	lui	a3,0x8041f
80405c12:	804207b7          	lui	a5,0x80420
80405c16:	00040637          	lui	a2,0x40
80405c1a:	72c68713          	add	a4,a3,1836 # 8041f72c <lru>
80405c1e:	74478793          	add	a5,a5,1860 # 80420744 <bufs>
80405c22:	60060613          	add	a2,a2,1536 # 40600 <errno+0x40600>
80405c26:	6585                	lui	a1,0x1
80405c28:	72c68513          	add	a0,a3,1836
80405c2c:	cb18                	sw	a4,16(a4)
80405c2e:	963e                	add	a2,a2,a5
80405c30:	72c68693          	add	a3,a3,1836
80405c34:	05e1                	add	a1,a1,24 # 1018 <errno+0x1018>
80405c36:	cbd4                	sw	a3,20(a5)
80405c38:	8736                	mv	a4,a3
80405c3a:	cb88                	sw	a0,16(a5)
80405c3c:	86be                	mv	a3,a5
80405c3e:	cb1c                	sw	a5,16(a4)
80405c40:	97ae                	add	a5,a5,a1
80405c42:	fec79ae3          	bne	a5,a2,80405c36 <bio_init+0x28>
80405c46:	804607b7          	lui	a5,0x80460
80405c4a:	d2c78793          	add	a5,a5,-724 # 8045fd2c <bufs+0x3f5e8>
80405c4e:	c95c                	sw	a5,20(a0)
80405c50:	8082                	ret

80405c52 <bread>:
80405c52:	1141                	add	sp,sp,-16
80405c54:	c422                	sw	s0,8(sp)
80405c56:	c226                	sw	s1,4(sp)
80405c58:	c606                	sw	ra,12(sp)
80405c5a:	84aa                	mv	s1,a0
80405c5c:	00000097          	auipc	ra,0x0
80405c60:	f16080e7          	jalr	-234(ra) # 80405b72 <bget>
80405c64:	411c                	lw	a5,0(a0)
80405c66:	842a                	mv	s0,a0
80405c68:	c799                	beqz	a5,80405c76 <bread+0x24>
80405c6a:	40b2                	lw	ra,12(sp)
80405c6c:	8522                	mv	a0,s0
80405c6e:	4422                	lw	s0,8(sp)
80405c70:	4492                	lw	s1,4(sp)
80405c72:	0141                	add	sp,sp,16
80405c74:	8082                	ret
80405c76:	01850613          	add	a2,a0,24
80405c7a:	45a1                	li	a1,8
80405c7c:	00349513          	sll	a0,s1,0x3
80405c80:	fffff097          	auipc	ra,0xfffff
80405c84:	d18080e7          	jalr	-744(ra) # 80404998 <disk_read>
80405c88:	4785                	li	a5,1
80405c8a:	40b2                	lw	ra,12(sp)
80405c8c:	c01c                	sw	a5,0(s0)
80405c8e:	8522                	mv	a0,s0
80405c90:	4422                	lw	s0,8(sp)
80405c92:	4492                	lw	s1,4(sp)
80405c94:	0141                	add	sp,sp,16
80405c96:	8082                	ret

80405c98 <bclear>:
80405c98:	1141                	add	sp,sp,-16
80405c9a:	c606                	sw	ra,12(sp)
80405c9c:	c422                	sw	s0,8(sp)
80405c9e:	00000097          	auipc	ra,0x0
80405ca2:	ed4080e7          	jalr	-300(ra) # 80405b72 <bget>
80405ca6:	842a                	mv	s0,a0
80405ca8:	6605                	lui	a2,0x1
80405caa:	4581                	li	a1,0
80405cac:	0561                	add	a0,a0,24
80405cae:	00000097          	auipc	ra,0x0
80405cb2:	0ec080e7          	jalr	236(ra) # 80405d9a <memset>
80405cb6:	4785                	li	a5,1
80405cb8:	40b2                	lw	ra,12(sp)
80405cba:	c01c                	sw	a5,0(s0)
80405cbc:	c05c                	sw	a5,4(s0)
80405cbe:	8522                	mv	a0,s0
80405cc0:	4422                	lw	s0,8(sp)
80405cc2:	0141                	add	sp,sp,16
80405cc4:	8082                	ret

80405cc6 <bdirty>:
80405cc6:	4785                	li	a5,1
80405cc8:	c15c                	sw	a5,4(a0)
80405cca:	8082                	ret

80405ccc <brelse>:
80405ccc:	455c                	lw	a5,12(a0)
80405cce:	02f05263          	blez	a5,80405cf2 <brelse+0x26>
80405cd2:	4910                	lw	a2,16(a0)
80405cd4:	4954                	lw	a3,20(a0)
80405cd6:	17fd                	add	a5,a5,-1
80405cd8:	c55c                	sw	a5,12(a0)
80405cda:	8041f7b7          	lui	a5,0x8041f
80405cde:	ca54                	sw	a3,20(a2)
80405ce0:	72c78793          	add	a5,a5,1836 # 8041f72c <lru>
80405ce4:	4bd8                	lw	a4,20(a5)
80405ce6:	ca90                	sw	a2,16(a3)
80405ce8:	c91c                	sw	a5,16(a0)
80405cea:	c958                	sw	a4,20(a0)
80405cec:	cb08                	sw	a0,16(a4)
80405cee:	cbc8                	sw	a0,20(a5)
80405cf0:	8082                	ret
80405cf2:	80407537          	lui	a0,0x80407
80405cf6:	1141                	add	sp,sp,-16
80405cf8:	dfc50513          	add	a0,a0,-516 # 80406dfc <exfs_ops+0x12c>
80405cfc:	c606                	sw	ra,12(sp)
80405cfe:	fffff097          	auipc	ra,0xfffff
80405d02:	c2a080e7          	jalr	-982(ra) # 80404928 <panic>

80405d06 <bio_flush>:
80405d06:	1101                	add	sp,sp,-32
80405d08:	cc22                	sw	s0,24(sp)
80405d0a:	ca26                	sw	s1,20(sp)
80405d0c:	c64e                	sw	s3,12(sp)
80405d0e:	804614b7          	lui	s1,0x80461
80405d12:	804209b7          	lui	s3,0x80420
80405d16:	6405                	lui	s0,0x1
80405d18:	c452                	sw	s4,8(sp)
80405d1a:	c256                	sw	s5,4(sp)
80405d1c:	ce06                	sw	ra,28(sp)
80405d1e:	c84a                	sw	s2,16(sp)
80405d20:	74498993          	add	s3,s3,1860 # 80420744 <bufs>
80405d24:	d4448493          	add	s1,s1,-700 # 80460d44 <bufs+0x40600>
80405d28:	80407a37          	lui	s4,0x80407
80405d2c:	0461                	add	s0,s0,24 # 1018 <errno+0x1018>
80405d2e:	4a85                	li	s5,1
80405d30:	87ce                	mv	a5,s3
80405d32:	4901                	li	s2,0
80405d34:	4398                	lw	a4,0(a5)
80405d36:	cb19                	beqz	a4,80405d4c <bio_flush+0x46>
80405d38:	43d8                	lw	a4,4(a5)
80405d3a:	cb09                	beqz	a4,80405d4c <bio_flush+0x46>
80405d3c:	00090763          	beqz	s2,80405d4a <bio_flush+0x44>
80405d40:	4794                	lw	a3,8(a5)
80405d42:	00892703          	lw	a4,8(s2)
80405d46:	00e6f363          	bgeu	a3,a4,80405d4c <bio_flush+0x46>
80405d4a:	893e                	mv	s2,a5
80405d4c:	97a2                	add	a5,a5,s0
80405d4e:	fef493e3          	bne	s1,a5,80405d34 <bio_flush+0x2e>
80405d52:	02090163          	beqz	s2,80405d74 <bio_flush+0x6e>
80405d56:	00892503          	lw	a0,8(s2)
80405d5a:	01890613          	add	a2,s2,24
80405d5e:	45a1                	li	a1,8
80405d60:	050e                	sll	a0,a0,0x3
80405d62:	fffff097          	auipc	ra,0xfffff
80405d66:	c6a080e7          	jalr	-918(ra) # 804049cc <disk_write>
80405d6a:	00092223          	sw	zero,4(s2)
80405d6e:	135a2623          	sw	s5,300(s4) # 8040712c <unflushed>
80405d72:	bf7d                	j	80405d30 <bio_flush+0x2a>
80405d74:	12ca2783          	lw	a5,300(s4)
80405d78:	eb91                	bnez	a5,80405d8c <bio_flush+0x86>
80405d7a:	40f2                	lw	ra,28(sp)
80405d7c:	4462                	lw	s0,24(sp)
80405d7e:	44d2                	lw	s1,20(sp)
80405d80:	4942                	lw	s2,16(sp)
80405d82:	49b2                	lw	s3,12(sp)
80405d84:	4a22                	lw	s4,8(sp)
80405d86:	4a92                	lw	s5,4(sp)
80405d88:	6105                	add	sp,sp,32
80405d8a:	8082                	ret
80405d8c:	fffff097          	auipc	ra,0xfffff
80405d90:	c74080e7          	jalr	-908(ra) # 80404a00 <disk_flush>
80405d94:	120a2623          	sw	zero,300(s4)
80405d98:	b7cd                	j	80405d7a <bio_flush+0x74>

80405d9a <memset>:
80405d9a:	00c56733          	or	a4,a0,a2
80405d9e:	8b0d                	and	a4,a4,3
80405da0:	87aa                	mv	a5,a0
80405da2:	cf01                	beqz	a4,80405dba <memset+0x20>
80405da4:	0ff5f593          	zext.b	a1,a1
80405da8:	00c50733          	add	a4,a0,a2
80405dac:	c61d                	beqz	a2,80405dda <memset+0x40>
80405dae:	00b78023          	sb	a1,0(a5)
80405db2:	0785                	add	a5,a5,1
80405db4:	fee79de3          	bne	a5,a4,80405dae <memset+0x14>
80405db8:	8082                	ret
80405dba:	0ff5f593          	zext.b	a1,a1
80405dbe:	00859693          	sll	a3,a1,0x8
80405dc2:	96ae                	add	a3,a3,a1
80405dc4:	01069793          	sll	a5,a3,0x10
80405dc8:	96be                	add	a3,a3,a5
80405dca:	d67d                	beqz	a2,80405db8 <memset+0x1e>
80405dcc:	00e507b3          	add	a5,a0,a4
80405dd0:	c394                	sw	a3,0(a5)
80405dd2:	0711                	add	a4,a4,4
80405dd4:	fec76ce3          	bltu	a4,a2,80405dcc <memset+0x32>
80405dd8:	8082                	ret
80405dda:	8082                	ret

80405ddc <memcpy>:
80405ddc:	00b567b3          	or	a5,a0,a1
80405de0:	8fd1                	or	a5,a5,a2
80405de2:	8b8d                	and	a5,a5,3
80405de4:	cf91                	beqz	a5,80405e00 <memcpy+0x24>
80405de6:	87aa                	mv	a5,a0
80405de8:	00c586b3          	add	a3,a1,a2
80405dec:	c60d                	beqz	a2,80405e16 <memcpy+0x3a>
80405dee:	0005c703          	lbu	a4,0(a1)
80405df2:	0585                	add	a1,a1,1
80405df4:	0785                	add	a5,a5,1
80405df6:	fee78fa3          	sb	a4,-1(a5)
80405dfa:	fed59ae3          	bne	a1,a3,80405dee <memcpy+0x12>
80405dfe:	8082                	ret
80405e00:	de7d                	beqz	a2,80405dfe <memcpy+0x22>
80405e02:	00f58733          	add	a4,a1,a5
80405e06:	4314                	lw	a3,0(a4)
80405e08:	00f50733          	add	a4,a0,a5
80405e0c:	0791                	add	a5,a5,4
80405e0e:	c314                	sw	a3,0(a4)
80405e10:	fec7e9e3          	bltu	a5,a2,80405e02 <memcpy+0x26>
80405e14:	8082                	ret
80405e16:	8082                	ret

80405e18 <strlen>:
80405e18:	00054783          	lbu	a5,0(a0)
80405e1c:	872a                	mv	a4,a0
80405e1e:	4501                	li	a0,0
80405e20:	cb81                	beqz	a5,80405e30 <strlen+0x18>
80405e22:	0505                	add	a0,a0,1
80405e24:	00a707b3          	add	a5,a4,a0
80405e28:	0007c783          	lbu	a5,0(a5)
80405e2c:	fbfd                	bnez	a5,80405e22 <strlen+0xa>
80405e2e:	8082                	ret
80405e30:	8082                	ret

80405e32 <strncmp>:
80405e32:	c20d                	beqz	a2,80405e54 <strncmp+0x22>
80405e34:	962a                	add	a2,a2,a0
80405e36:	a021                	j	80405e3e <strncmp+0xc>
80405e38:	c385                	beqz	a5,80405e58 <strncmp+0x26>
80405e3a:	00c50d63          	beq	a0,a2,80405e54 <strncmp+0x22>
80405e3e:	0005c783          	lbu	a5,0(a1)
80405e42:	00054703          	lbu	a4,0(a0)
80405e46:	0585                	add	a1,a1,1
80405e48:	0505                	add	a0,a0,1
80405e4a:	fef707e3          	beq	a4,a5,80405e38 <strncmp+0x6>
80405e4e:	40f70533          	sub	a0,a4,a5
80405e52:	8082                	ret
80405e54:	4501                	li	a0,0
80405e56:	8082                	ret
80405e58:	4701                	li	a4,0
80405e5a:	40f70533          	sub	a0,a4,a5
80405e5e:	8082                	ret

80405e60 <strlcpy_k>:
80405e60:	4785                	li	a5,1
80405e62:	882a                	mv	a6,a0
80405e64:	02c7f563          	bgeu	a5,a2,80405e8e <strlcpy_k+0x2e>
80405e68:	962e                	add	a2,a2,a1
80405e6a:	872a                	mv	a4,a0
80405e6c:	fff60893          	add	a7,a2,-1 # fff <errno+0xfff>
80405e70:	87ae                	mv	a5,a1
80405e72:	a801                	j	80405e82 <strlcpy_k+0x22>
80405e74:	00d70023          	sb	a3,0(a4)
80405e78:	00180713          	add	a4,a6,1
80405e7c:	01160c63          	beq	a2,a7,80405e94 <strlcpy_k+0x34>
80405e80:	87b2                	mv	a5,a2
80405e82:	0007c683          	lbu	a3,0(a5)
80405e86:	00178613          	add	a2,a5,1
80405e8a:	883a                	mv	a6,a4
80405e8c:	f6e5                	bnez	a3,80405e74 <strlcpy_k+0x14>
80405e8e:	00080023          	sb	zero,0(a6)
80405e92:	8082                	ret
80405e94:	8f8d                	sub	a5,a5,a1
80405e96:	0785                	add	a5,a5,1
80405e98:	00f50833          	add	a6,a0,a5
80405e9c:	00080023          	sb	zero,0(a6)
80405ea0:	8082                	ret
