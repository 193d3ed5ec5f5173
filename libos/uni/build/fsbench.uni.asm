
build/fsbench.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00008197          	auipc	gp,0x8
80400004:	89818193          	add	gp,gp,-1896 # 80407898 <__global_pointer$>
80400008:	00019117          	auipc	sp,0x19
8040000c:	11810113          	add	sp,sp,280 # 80419120 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00007297          	auipc	t0,0x7
80400016:	09e28293          	add	t0,t0,158 # 804070b0 <panicking>
8040001a:	00060317          	auipc	t1,0x60
8040001e:	d0630313          	add	t1,t1,-762 # 8045fd20 <__bss_end>
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
8040009a:	a28080e7          	jalr	-1496(ra) # 80400abe <uni_runtime_start>
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
804000da:	030b0513          	add	a0,s6,48 # 80406030 <strlcpy_k+0x4fc>
804000de:	00002097          	auipc	ra,0x2
804000e2:	b68080e7          	jalr	-1176(ra) # 80401c46 <open>
804000e6:	89aa                	mv	s3,a0
804000e8:	1a054a63          	bltz	a0,8040029c <main+0x1fc>
804000ec:	9e378437          	lui	s0,0x9e378
804000f0:	4d01                	li	s10,0
804000f2:	4c01                	li	s8,0
804000f4:	80407937          	lui	s2,0x80407
804000f8:	6d89                	lui	s11,0x2
804000fa:	9b140413          	add	s0,s0,-1615 # 9e3779b1 <__bss_end+0x1df17c91>
804000fe:	ef362bb7          	lui	s7,0xef362
80400102:	418c84b3          	sub	s1,s9,s8
80400106:	009df363          	bgeu	s11,s1,8040010c <main+0x6c>
8040010a:	6489                	lui	s1,0x2
8040010c:	019c0f63          	beq	s8,s9,8040012a <main+0x8a>
80400110:	11490793          	add	a5,s2,276 # 80407114 <buf>
80400114:	00f485b3          	add	a1,s1,a5
80400118:	876a                	mv	a4,s10
8040011a:	01875693          	srl	a3,a4,0x18
8040011e:	00d78023          	sb	a3,0(a5)
80400122:	0785                	add	a5,a5,1
80400124:	9722                	add	a4,a4,s0
80400126:	feb79ae3          	bne	a5,a1,8040011a <main+0x7a>
8040012a:	8626                	mv	a2,s1
8040012c:	11490593          	add	a1,s2,276
80400130:	854e                	mv	a0,s3
80400132:	00002097          	auipc	ra,0x2
80400136:	9f8080e7          	jalr	-1544(ra) # 80401b2a <write>
8040013a:	12951a63          	bne	a0,s1,8040026e <main+0x1ce>
8040013e:	9c6e                	add	s8,s8,s11
80400140:	9d5e                	add	s10,s10,s7
80400142:	fd9c60e3          	bltu	s8,s9,80400102 <main+0x62>
80400146:	854e                	mv	a0,s3
80400148:	00002097          	auipc	ra,0x2
8040014c:	bb0080e7          	jalr	-1104(ra) # 80401cf8 <close>
80400150:	18054063          	bltz	a0,804002d0 <main+0x230>
80400154:	4581                	li	a1,0
80400156:	030b0513          	add	a0,s6,48
8040015a:	00002097          	auipc	ra,0x2
8040015e:	aec080e7          	jalr	-1300(ra) # 80401c46 <open>
80400162:	84aa                	mv	s1,a0
80400164:	14054963          	bltz	a0,804002b6 <main+0x216>
80400168:	4609                	li	a2,2
8040016a:	4581                	li	a1,0
8040016c:	00002097          	auipc	ra,0x2
80400170:	c0e080e7          	jalr	-1010(ra) # 80401d7a <lseek>
80400174:	11951a63          	bne	a0,s9,80400288 <main+0x1e8>
80400178:	4601                	li	a2,0
8040017a:	4581                	li	a1,0
8040017c:	8526                	mv	a0,s1
8040017e:	00002097          	auipc	ra,0x2
80400182:	bfc080e7          	jalr	-1028(ra) # 80401d7a <lseek>
80400186:	10051163          	bnez	a0,80400288 <main+0x1e8>
8040018a:	811cabb7          	lui	s7,0x811ca
8040018e:	9e3789b7          	lui	s3,0x9e378
80400192:	dc5b8b93          	add	s7,s7,-571 # 811c9dc5 <__bss_end+0xd6a0a5>
80400196:	4c01                	li	s8,0
80400198:	9b198993          	add	s3,s3,-1615 # 9e3779b1 <__bss_end+0x1df17c91>
8040019c:	6609                	lui	a2,0x2
8040019e:	11490593          	add	a1,s2,276
804001a2:	8526                	mv	a0,s1
804001a4:	00002097          	auipc	ra,0x2
804001a8:	a10080e7          	jalr	-1520(ra) # 80401bb4 <read>
804001ac:	842a                	mv	s0,a0
804001ae:	16050063          	beqz	a0,8040030e <main+0x26e>
804001b2:	16044b63          	bltz	s0,80400328 <main+0x288>
804001b6:	11490893          	add	a7,s2,276
804001ba:	033c0733          	mul	a4,s8,s3
804001be:	00888533          	add	a0,a7,s0
804001c2:	11490813          	add	a6,s2,276
804001c6:	11490593          	add	a1,s2,276
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
804001ec:	0b050513          	add	a0,a0,176 # 804060b0 <strlcpy_k+0x57c>
804001f0:	00002097          	auipc	ra,0x2
804001f4:	600080e7          	jalr	1536(ra) # 804027f0 <printf>
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
80400224:	00002097          	auipc	ra,0x2
80400228:	5fa080e7          	jalr	1530(ra) # 8040281e <strtoul>
8040022c:	4789                	li	a5,2
8040022e:	8a2a                	mv	s4,a0
80400230:	4a81                	li	s5,0
80400232:	00f40d63          	beq	s0,a5,8040024c <main+0x1ac>
80400236:	4488                	lw	a0,8(s1)
80400238:	804065b7          	lui	a1,0x80406
8040023c:	00058593          	mv	a1,a1
80400240:	00002097          	auipc	ra,0x2
80400244:	598080e7          	jalr	1432(ra) # 804027d8 <strcmp>
80400248:	00153a93          	seqz	s5,a0
8040024c:	fffa0793          	add	a5,s4,-1
80400250:	00100737          	lui	a4,0x100
80400254:	00aa1c93          	sll	s9,s4,0xa
80400258:	e6e7ebe3          	bltu	a5,a4,804000ce <main+0x2e>
8040025c:	80406537          	lui	a0,0x80406
80400260:	00850513          	add	a0,a0,8 # 80406008 <strlcpy_k+0x4d4>
80400264:	00002097          	auipc	ra,0x2
80400268:	58c080e7          	jalr	1420(ra) # 804027f0 <printf>
8040026c:	b771                	j	804001f8 <main+0x158>
8040026e:	804065b7          	lui	a1,0x80406
80400272:	80406537          	lui	a0,0x80406
80400276:	06458593          	add	a1,a1,100 # 80406064 <strlcpy_k+0x530>
8040027a:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x51c>
8040027e:	00002097          	auipc	ra,0x2
80400282:	572080e7          	jalr	1394(ra) # 804027f0 <printf>
80400286:	bf8d                	j	804001f8 <main+0x158>
80400288:	80406537          	lui	a0,0x80406
8040028c:	85e6                	mv	a1,s9
8040028e:	08850513          	add	a0,a0,136 # 80406088 <strlcpy_k+0x554>
80400292:	00002097          	auipc	ra,0x2
80400296:	55e080e7          	jalr	1374(ra) # 804027f0 <printf>
8040029a:	bfb9                	j	804001f8 <main+0x158>
8040029c:	804065b7          	lui	a1,0x80406
804002a0:	80406537          	lui	a0,0x80406
804002a4:	03c58593          	add	a1,a1,60 # 8040603c <strlcpy_k+0x508>
804002a8:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x51c>
804002ac:	00002097          	auipc	ra,0x2
804002b0:	544080e7          	jalr	1348(ra) # 804027f0 <printf>
804002b4:	b791                	j	804001f8 <main+0x158>
804002b6:	804065b7          	lui	a1,0x80406
804002ba:	80406537          	lui	a0,0x80406
804002be:	07458593          	add	a1,a1,116 # 80406074 <strlcpy_k+0x540>
804002c2:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x51c>
804002c6:	00002097          	auipc	ra,0x2
804002ca:	52a080e7          	jalr	1322(ra) # 804027f0 <printf>
804002ce:	b72d                	j	804001f8 <main+0x158>
804002d0:	804065b7          	lui	a1,0x80406
804002d4:	80406537          	lui	a0,0x80406
804002d8:	06c58593          	add	a1,a1,108 # 8040606c <strlcpy_k+0x538>
804002dc:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x51c>
804002e0:	00002097          	auipc	ra,0x2
804002e4:	510080e7          	jalr	1296(ra) # 804027f0 <printf>
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
8040031a:	0d850513          	add	a0,a0,216 # 804060d8 <strlcpy_k+0x5a4>
8040031e:	00002097          	auipc	ra,0x2
80400322:	4d2080e7          	jalr	1234(ra) # 804027f0 <printf>
80400326:	bdc9                	j	804001f8 <main+0x158>
80400328:	804065b7          	lui	a1,0x80406
8040032c:	80406537          	lui	a0,0x80406
80400330:	0a858593          	add	a1,a1,168 # 804060a8 <strlcpy_k+0x574>
80400334:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x51c>
80400338:	00002097          	auipc	ra,0x2
8040033c:	4b8080e7          	jalr	1208(ra) # 804027f0 <printf>
80400340:	bd65                	j	804001f8 <main+0x158>
80400342:	8526                	mv	a0,s1
80400344:	00002097          	auipc	ra,0x2
80400348:	9b4080e7          	jalr	-1612(ra) # 80401cf8 <close>
8040034c:	f80542e3          	bltz	a0,804002d0 <main+0x230>
80400350:	80406537          	lui	a0,0x80406
80400354:	865e                	mv	a2,s7
80400356:	85d2                	mv	a1,s4
80400358:	10050513          	add	a0,a0,256 # 80406100 <strlcpy_k+0x5cc>
8040035c:	00002097          	auipc	ra,0x2
80400360:	494080e7          	jalr	1172(ra) # 804027f0 <printf>
80400364:	e80a9be3          	bnez	s5,804001fa <main+0x15a>
80400368:	030b0513          	add	a0,s6,48
8040036c:	00002097          	auipc	ra,0x2
80400370:	a8c080e7          	jalr	-1396(ra) # 80401df8 <unlink>
80400374:	e80553e3          	bgez	a0,804001fa <main+0x15a>
80400378:	804065b7          	lui	a1,0x80406
8040037c:	80406537          	lui	a0,0x80406
80400380:	13858593          	add	a1,a1,312 # 80406138 <strlcpy_k+0x604>
80400384:	05050513          	add	a0,a0,80 # 80406050 <strlcpy_k+0x51c>
80400388:	00002097          	auipc	ra,0x2
8040038c:	468080e7          	jalr	1128(ra) # 804027f0 <printf>
80400390:	b5a5                	j	804001f8 <main+0x158>

80400392 <console_init>:
80400392:	1141                	add	sp,sp,-16
80400394:	804077b7          	lui	a5,0x80407
80400398:	c422                	sw	s0,8(sp)
8040039a:	0b87a403          	lw	s0,184(a5) # 804070b8 <uni_start_info>
8040039e:	c606                	sw	ra,12(sp)
804003a0:	5848                	lw	a0,52(s0)
804003a2:	00000097          	auipc	ra,0x0
804003a6:	6ae080e7          	jalr	1710(ra) # 80400a50 <uni_mfn_to_virt>
804003aa:	c939                	beqz	a0,80400400 <console_init+0x6e>
804003ac:	5c10                	lw	a2,56(s0)
804003ae:	85aa                	mv	a1,a0
804003b0:	804016b7          	lui	a3,0x80401
804003b4:	8041b537          	lui	a0,0x8041b
804003b8:	3c450513          	add	a0,a0,964 # 8041b3c4 <cons>
804003bc:	27468693          	add	a3,a3,628 # 80401274 <pv_block>
804003c0:	00001097          	auipc	ra,0x1
804003c4:	fcc080e7          	jalr	-52(ra) # 8040138c <pvcons_init>
804003c8:	5c08                	lw	a0,56(s0)
804003ca:	804025b7          	lui	a1,0x80402
804003ce:	4601                	li	a2,0
804003d0:	9a658593          	add	a1,a1,-1626 # 804019a6 <cons_event>
804003d4:	00001097          	auipc	ra,0x1
804003d8:	d06080e7          	jalr	-762(ra) # 804010da <evtchn_bind>
804003dc:	02054a63          	bltz	a0,80400410 <console_init+0x7e>
804003e0:	4422                	lw	s0,8(sp)
804003e2:	40b2                	lw	ra,12(sp)
804003e4:	804077b7          	lui	a5,0x80407
804003e8:	4705                	li	a4,1
804003ea:	80402537          	lui	a0,0x80402
804003ee:	0ce7a823          	sw	a4,208(a5) # 804070d0 <ready>
804003f2:	9a850513          	add	a0,a0,-1624 # 804019a8 <uni_console_drain>
804003f6:	0141                	add	sp,sp,16
804003f8:	00000317          	auipc	t1,0x0
804003fc:	47430067          	jr	1140(t1) # 8040086c <uni_at_shutdown>
80400400:	80406537          	lui	a0,0x80406
80400404:	59850513          	add	a0,a0,1432 # 80406598 <names.0+0x58>
80400408:	00000097          	auipc	ra,0x0
8040040c:	4b4080e7          	jalr	1204(ra) # 804008bc <uni_panic>
80400410:	80406537          	lui	a0,0x80406
80400414:	5cc50513          	add	a0,a0,1484 # 804065cc <names.0+0x8c>
80400418:	00000097          	auipc	ra,0x0
8040041c:	4a4080e7          	jalr	1188(ra) # 804008bc <uni_panic>

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
80400450:	dae080e7          	jalr	-594(ra) # 804011fa <evtchn_bind_virq>
80400454:	02054363          	bltz	a0,8040047a <time_init+0x5a>
80400458:	0d442503          	lw	a0,212(s0)
8040045c:	804025b7          	lui	a1,0x80402
80400460:	4601                	li	a2,0
80400462:	aac58593          	add	a1,a1,-1364 # 80401aac <timer_event>
80400466:	00001097          	auipc	ra,0x1
8040046a:	c74080e7          	jalr	-908(ra) # 804010da <evtchn_bind>
8040046e:	00054663          	bltz	a0,8040047a <time_init+0x5a>
80400472:	40b2                	lw	ra,12(sp)
80400474:	4422                	lw	s0,8(sp)
80400476:	0141                	add	sp,sp,16
80400478:	8082                	ret
8040047a:	80406537          	lui	a0,0x80406
8040047e:	5e850513          	add	a0,a0,1512 # 804065e8 <names.0+0xa8>
80400482:	00000097          	auipc	ra,0x0
80400486:	43a080e7          	jalr	1082(ra) # 804008bc <uni_panic>

8040048a <memory_init>:
8040048a:	804077b7          	lui	a5,0x80407
8040048e:	0b87a683          	lw	a3,184(a5) # 804070b8 <uni_start_info>
80400492:	42bc                	lw	a5,64(a3)
80400494:	5ed8                	lw	a4,60(a3)
80400496:	5290                	lw	a2,32(a3)
80400498:	6685                	lui	a3,0x1
8040049a:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
8040049c:	9736                	add	a4,a4,a3
8040049e:	07b2                	sll	a5,a5,0xc
804004a0:	97ba                	add	a5,a5,a4
804004a2:	76fd                	lui	a3,0xfffff
804004a4:	00080737          	lui	a4,0x80
804004a8:	8ff5                	and	a5,a5,a3
804004aa:	9732                	add	a4,a4,a2
804004ac:	804076b7          	lui	a3,0x80407
804004b0:	80000637          	lui	a2,0x80000
804004b4:	0ec6a823          	sw	a2,240(a3) # 804070f0 <low_next>
804004b8:	804076b7          	lui	a3,0x80407
804004bc:	80400637          	lui	a2,0x80400
804004c0:	0ec6a623          	sw	a2,236(a3) # 804070ec <low_end>
804004c4:	804076b7          	lui	a3,0x80407
804004c8:	0ef6a223          	sw	a5,228(a3) # 804070e4 <brk>
804004cc:	804076b7          	lui	a3,0x80407
804004d0:	0732                	sll	a4,a4,0xc
804004d2:	0ef6a423          	sw	a5,232(a3) # 804070e8 <heap_start>
804004d6:	804077b7          	lui	a5,0x80407
804004da:	0ee7a023          	sw	a4,224(a5) # 804070e0 <top>
804004de:	8082                	ret

804004e0 <blk_init>:
804004e0:	7175                	add	sp,sp,-144
804004e2:	dcd2                	sw	s4,120(sp)
804004e4:	80407a37          	lui	s4,0x80407
804004e8:	c326                	sw	s1,132(sp)
804004ea:	0b8a2483          	lw	s1,184(s4) # 804070b8 <uni_start_info>
804004ee:	c706                	sw	ra,140(sp)
804004f0:	c522                	sw	s0,136(sp)
804004f2:	54c8                	lw	a0,44(s1)
804004f4:	c14a                	sw	s2,128(sp)
804004f6:	dece                	sw	s3,124(sp)
804004f8:	00000097          	auipc	ra,0x0
804004fc:	558080e7          	jalr	1368(ra) # 80400a50 <uni_mfn_to_virt>
80400500:	12050a63          	beqz	a0,80400634 <blk_init+0x154>
80400504:	842a                	mv	s0,a0
80400506:	5888                	lw	a0,48(s1)
80400508:	804045b7          	lui	a1,0x80404
8040050c:	4601                	li	a2,0
8040050e:	29a58593          	add	a1,a1,666 # 8040429a <store_event>
80400512:	00001097          	auipc	ra,0x1
80400516:	bc8080e7          	jalr	-1080(ra) # 804010da <evtchn_bind>
8040051a:	10054d63          	bltz	a0,80400634 <blk_init+0x154>
8040051e:	5890                	lw	a2,48(s1)
80400520:	8041b937          	lui	s2,0x8041b
80400524:	804019b7          	lui	s3,0x80401
80400528:	27498693          	add	a3,s3,628 # 80401274 <pv_block>
8040052c:	85a2                	mv	a1,s0
8040052e:	6d490513          	add	a0,s2,1748 # 8041b6d4 <store>
80400532:	00001097          	auipc	ra,0x1
80400536:	340080e7          	jalr	832(ra) # 80401872 <xs_init>
8040053a:	002c                	add	a1,sp,8
8040053c:	6d490513          	add	a0,s2,1748
80400540:	00001097          	auipc	ra,0x1
80400544:	948080e7          	jalr	-1720(ra) # 80400e88 <blkfront_probe>
80400548:	57f9                	li	a5,-2
8040054a:	0cf50563          	beq	a0,a5,80400614 <blk_init+0x134>
8040054e:	0e054b63          	bltz	a0,80400644 <blk_init+0x164>
80400552:	0068                	add	a0,sp,12
80400554:	00001097          	auipc	ra,0x1
80400558:	d3a080e7          	jalr	-710(ra) # 8040128e <gnttab_setup_frame>
8040055c:	10054c63          	bltz	a0,80400674 <blk_init+0x194>
80400560:	00001097          	auipc	ra,0x1
80400564:	54e080e7          	jalr	1358(ra) # 80401aae <uni_page_alloc>
80400568:	882a                	mv	a6,a0
8040056a:	cd4d                	beqz	a0,80400624 <blk_init+0x144>
8040056c:	0b8a2703          	lw	a4,184(s4)
80400570:	01655793          	srl	a5,a0,0x16
80400574:	078a                	sll	a5,a5,0x2
80400576:	5f54                	lw	a3,60(a4)
80400578:	00c55713          	srl	a4,a0,0xc
8040057c:	3ff77713          	and	a4,a4,1023
80400580:	97b6                	add	a5,a5,a3
80400582:	439c                	lw	a5,0(a5)
80400584:	46b2                	lw	a3,12(sp)
80400586:	070a                	sll	a4,a4,0x2
80400588:	83a9                	srl	a5,a5,0xa
8040058a:	06aa                	sll	a3,a3,0xa
8040058c:	07b2                	sll	a5,a5,0xc
8040058e:	8fd9                	or	a5,a5,a4
80400590:	0d76e713          	or	a4,a3,215
80400594:	66a1                	lui	a3,0x8
80400596:	c83e                	sw	a5,16(sp)
80400598:	ca3a                	sw	a4,20(sp)
8040059a:	0808                	add	a0,sp,16
8040059c:	4585                	li	a1,1
8040059e:	4601                	li	a2,0
804005a0:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
804005a2:	4885                	li	a7,1
804005a4:	00000073          	ecall
804005a8:	0a054663          	bltz	a0,80400654 <blk_init+0x174>
804005ac:	8542                	mv	a0,a6
804005ae:	00001097          	auipc	ra,0x1
804005b2:	d36080e7          	jalr	-714(ra) # 804012e4 <gnttab_init>
804005b6:	00001097          	auipc	ra,0x1
804005ba:	4f8080e7          	jalr	1272(ra) # 80401aae <uni_page_alloc>
804005be:	c13d                	beqz	a0,80400624 <blk_init+0x144>
804005c0:	c82a                	sw	a0,16(sp)
804005c2:	00000097          	auipc	ra,0x0
804005c6:	456080e7          	jalr	1110(ra) # 80400a18 <uni_virt_to_mfn>
804005ca:	ca2a                	sw	a0,20(sp)
804005cc:	0820                	add	s0,sp,24
804005ce:	00c4                	add	s1,sp,68
804005d0:	00001097          	auipc	ra,0x1
804005d4:	4de080e7          	jalr	1246(ra) # 80401aae <uni_page_alloc>
804005d8:	c531                	beqz	a0,80400624 <blk_init+0x144>
804005da:	c008                	sw	a0,0(s0)
804005dc:	00000097          	auipc	ra,0x0
804005e0:	43c080e7          	jalr	1084(ra) # 80400a18 <uni_virt_to_mfn>
804005e4:	d448                	sw	a0,44(s0)
804005e6:	0411                	add	s0,s0,4
804005e8:	fe8494e3          	bne	s1,s0,804005d0 <blk_init+0xf0>
804005ec:	8041b537          	lui	a0,0x8041b
804005f0:	27498693          	add	a3,s3,628
804005f4:	0810                	add	a2,sp,16
804005f6:	6d490593          	add	a1,s2,1748
804005fa:	65450513          	add	a0,a0,1620 # 8041b654 <bf>
804005fe:	00001097          	auipc	ra,0x1
80400602:	89c080e7          	jalr	-1892(ra) # 80400e9a <blkfront_connect>
80400606:	04054f63          	bltz	a0,80400664 <blk_init+0x184>
8040060a:	804077b7          	lui	a5,0x80407
8040060e:	4705                	li	a4,1
80400610:	10e7a023          	sw	a4,256(a5) # 80407100 <present>
80400614:	40ba                	lw	ra,140(sp)
80400616:	442a                	lw	s0,136(sp)
80400618:	449a                	lw	s1,132(sp)
8040061a:	490a                	lw	s2,128(sp)
8040061c:	59f6                	lw	s3,124(sp)
8040061e:	5a66                	lw	s4,120(sp)
80400620:	6149                	add	sp,sp,144
80400622:	8082                	ret
80400624:	80407537          	lui	a0,0x80407
80400628:	bb450513          	add	a0,a0,-1100 # 80406bb4 <__clz_tab+0x198>
8040062c:	00000097          	auipc	ra,0x0
80400630:	290080e7          	jalr	656(ra) # 804008bc <uni_panic>
80400634:	80407537          	lui	a0,0x80407
80400638:	b2c50513          	add	a0,a0,-1236 # 80406b2c <__clz_tab+0x110>
8040063c:	00000097          	auipc	ra,0x0
80400640:	280080e7          	jalr	640(ra) # 804008bc <uni_panic>
80400644:	80407537          	lui	a0,0x80407
80400648:	b5850513          	add	a0,a0,-1192 # 80406b58 <__clz_tab+0x13c>
8040064c:	00000097          	auipc	ra,0x0
80400650:	270080e7          	jalr	624(ra) # 804008bc <uni_panic>
80400654:	80407537          	lui	a0,0x80407
80400658:	bc850513          	add	a0,a0,-1080 # 80406bc8 <__clz_tab+0x1ac>
8040065c:	00000097          	auipc	ra,0x0
80400660:	260080e7          	jalr	608(ra) # 804008bc <uni_panic>
80400664:	80407537          	lui	a0,0x80407
80400668:	bf850513          	add	a0,a0,-1032 # 80406bf8 <__clz_tab+0x1dc>
8040066c:	00000097          	auipc	ra,0x0
80400670:	250080e7          	jalr	592(ra) # 804008bc <uni_panic>
80400674:	80407537          	lui	a0,0x80407
80400678:	b9050513          	add	a0,a0,-1136 # 80406b90 <__clz_tab+0x174>
8040067c:	00000097          	auipc	ra,0x0
80400680:	240080e7          	jalr	576(ra) # 804008bc <uni_panic>

80400684 <fs_mount>:
80400684:	1141                	add	sp,sp,-16
80400686:	c606                	sw	ra,12(sp)
80400688:	00005097          	auipc	ra,0x5
8040068c:	25a080e7          	jalr	602(ra) # 804058e2 <bio_init>
80400690:	00004097          	auipc	ra,0x4
80400694:	c0c080e7          	jalr	-1012(ra) # 8040429c <uni_blk_present>
80400698:	e501                	bnez	a0,804006a0 <fs_mount+0x1c>
8040069a:	40b2                	lw	ra,12(sp)
8040069c:	0141                	add	sp,sp,16
8040069e:	8082                	ret
804006a0:	00004097          	auipc	ra,0x4
804006a4:	536080e7          	jalr	1334(ra) # 80404bd6 <fs_init>
804006a8:	80404537          	lui	a0,0x80404
804006ac:	48850513          	add	a0,a0,1160 # 80404488 <fs_shutdown>
804006b0:	00000097          	auipc	ra,0x0
804006b4:	1bc080e7          	jalr	444(ra) # 8040086c <uni_at_shutdown>
804006b8:	40b2                	lw	ra,12(sp)
804006ba:	80407537          	lui	a0,0x80407
804006be:	c7850513          	add	a0,a0,-904 # 80406c78 <exfs_ops>
804006c2:	0141                	add	sp,sp,16
804006c4:	00001317          	auipc	t1,0x1
804006c8:	45c30067          	jr	1116(t1) # 80401b20 <uni_posix_mount>

804006cc <uni_trap_entry>:
804006cc:	7175                	add	sp,sp,-144
804006ce:	c206                	sw	ra,4(sp)
804006d0:	c60e                	sw	gp,12(sp)
804006d2:	c812                	sw	tp,16(sp)
804006d4:	ca16                	sw	t0,20(sp)
804006d6:	cc1a                	sw	t1,24(sp)
804006d8:	ce1e                	sw	t2,28(sp)
804006da:	d022                	sw	s0,32(sp)
804006dc:	d226                	sw	s1,36(sp)
804006de:	d42a                	sw	a0,40(sp)
804006e0:	d62e                	sw	a1,44(sp)
804006e2:	d832                	sw	a2,48(sp)
804006e4:	da36                	sw	a3,52(sp)
804006e6:	dc3a                	sw	a4,56(sp)
804006e8:	de3e                	sw	a5,60(sp)
804006ea:	c0c2                	sw	a6,64(sp)
804006ec:	c2c6                	sw	a7,68(sp)
804006ee:	c4ca                	sw	s2,72(sp)
804006f0:	c6ce                	sw	s3,76(sp)
804006f2:	c8d2                	sw	s4,80(sp)
804006f4:	cad6                	sw	s5,84(sp)
804006f6:	ccda                	sw	s6,88(sp)
804006f8:	cede                	sw	s7,92(sp)
804006fa:	d0e2                	sw	s8,96(sp)
804006fc:	d2e6                	sw	s9,100(sp)
804006fe:	d4ea                	sw	s10,104(sp)
80400700:	d6ee                	sw	s11,108(sp)
80400702:	d8f2                	sw	t3,112(sp)
80400704:	daf6                	sw	t4,116(sp)
80400706:	dcfa                	sw	t5,120(sp)
80400708:	defe                	sw	t6,124(sp)
8040070a:	09010293          	add	t0,sp,144
8040070e:	c416                	sw	t0,8(sp)
80400710:	00007297          	auipc	t0,0x7
80400714:	9b02a283          	lw	t0,-1616(t0) # 804070c0 <pv_shared_info>
80400718:	0202a303          	lw	t1,32(t0)
8040071c:	c11a                	sw	t1,128(sp)
8040071e:	0242a303          	lw	t1,36(t0)
80400722:	c31a                	sw	t1,132(sp)
80400724:	0282a303          	lw	t1,40(t0)
80400728:	c51a                	sw	t1,136(sp)
8040072a:	02c2a303          	lw	t1,44(t0)
8040072e:	c71a                	sw	t1,140(sp)
80400730:	850a                	mv	a0,sp
80400732:	00000097          	auipc	ra,0x0
80400736:	1e4080e7          	jalr	484(ra) # 80400916 <uni_trap>
8040073a:	00007297          	auipc	t0,0x7
8040073e:	9862a283          	lw	t0,-1658(t0) # 804070c0 <pv_shared_info>
80400742:	430a                	lw	t1,128(sp)
80400744:	0262a023          	sw	t1,32(t0)
80400748:	433a                	lw	t1,140(sp)
8040074a:	0262a623          	sw	t1,44(t0)
8040074e:	4316                	lw	t1,68(sp)
80400750:	0262ac23          	sw	t1,56(t0)
80400754:	4092                	lw	ra,4(sp)
80400756:	41b2                	lw	gp,12(sp)
80400758:	4242                	lw	tp,16(sp)
8040075a:	42d2                	lw	t0,20(sp)
8040075c:	4362                	lw	t1,24(sp)
8040075e:	43f2                	lw	t2,28(sp)
80400760:	5402                	lw	s0,32(sp)
80400762:	5492                	lw	s1,36(sp)
80400764:	5522                	lw	a0,40(sp)
80400766:	55b2                	lw	a1,44(sp)
80400768:	5642                	lw	a2,48(sp)
8040076a:	56d2                	lw	a3,52(sp)
8040076c:	5762                	lw	a4,56(sp)
8040076e:	57f2                	lw	a5,60(sp)
80400770:	4806                	lw	a6,64(sp)
80400772:	4926                	lw	s2,72(sp)
80400774:	49b6                	lw	s3,76(sp)
80400776:	4a46                	lw	s4,80(sp)
80400778:	4ad6                	lw	s5,84(sp)
8040077a:	4b66                	lw	s6,88(sp)
8040077c:	4bf6                	lw	s7,92(sp)
8040077e:	5c06                	lw	s8,96(sp)
80400780:	5c96                	lw	s9,100(sp)
80400782:	5d26                	lw	s10,104(sp)
80400784:	5db6                	lw	s11,108(sp)
80400786:	5e46                	lw	t3,112(sp)
80400788:	5ed6                	lw	t4,116(sp)
8040078a:	5f66                	lw	t5,120(sp)
8040078c:	5ff6                	lw	t6,124(sp)
8040078e:	6149                	add	sp,sp,144
80400790:	48dd                	li	a7,23
80400792:	00000073          	ecall
80400796:	a001                	j	80400796 <uni_trap_entry+0xca>

80400798 <hex>:
80400798:	03000793          	li	a5,48
8040079c:	00f50023          	sb	a5,0(a0)
804007a0:	80406637          	lui	a2,0x80406
804007a4:	07800793          	li	a5,120
804007a8:	00f500a3          	sb	a5,1(a0)
804007ac:	00250693          	add	a3,a0,2
804007b0:	4771                	li	a4,28
804007b2:	14c60613          	add	a2,a2,332 # 8040614c <strlcpy_k+0x618>
804007b6:	5871                	li	a6,-4
804007b8:	00e5d7b3          	srl	a5,a1,a4
804007bc:	8bbd                	and	a5,a5,15
804007be:	97b2                	add	a5,a5,a2
804007c0:	0007c783          	lbu	a5,0(a5)
804007c4:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
804007c6:	0685                	add	a3,a3,1
804007c8:	fef68fa3          	sb	a5,-1(a3)
804007cc:	ff0716e3          	bne	a4,a6,804007b8 <hex+0x20>
804007d0:	00050523          	sb	zero,10(a0)
804007d4:	8082                	ret

804007d6 <run_hooks>:
804007d6:	1141                	add	sp,sp,-16
804007d8:	c422                	sw	s0,8(sp)
804007da:	80407437          	lui	s0,0x80407
804007de:	0b442783          	lw	a5,180(s0) # 804070b4 <nhooks>
804007e2:	c606                	sw	ra,12(sp)
804007e4:	c226                	sw	s1,4(sp)
804007e6:	c385                	beqz	a5,80400806 <run_hooks+0x30>
804007e8:	804194b7          	lui	s1,0x80419
804007ec:	12048493          	add	s1,s1,288 # 80419120 <hooks>
804007f0:	17fd                	add	a5,a5,-1
804007f2:	00279713          	sll	a4,a5,0x2
804007f6:	9726                	add	a4,a4,s1
804007f8:	4318                	lw	a4,0(a4)
804007fa:	0af42a23          	sw	a5,180(s0)
804007fe:	9702                	jalr	a4
80400800:	0b442783          	lw	a5,180(s0)
80400804:	f7f5                	bnez	a5,804007f0 <run_hooks+0x1a>
80400806:	40b2                	lw	ra,12(sp)
80400808:	4422                	lw	s0,8(sp)
8040080a:	4492                	lw	s1,4(sp)
8040080c:	0141                	add	sp,sp,16
8040080e:	8082                	ret

80400810 <early_puts>:
80400810:	00054783          	lbu	a5,0(a0)
80400814:	872a                	mv	a4,a0
80400816:	c79d                	beqz	a5,80400844 <early_puts+0x34>
80400818:	4781                	li	a5,0
8040081a:	0785                	add	a5,a5,1
8040081c:	00f706b3          	add	a3,a4,a5
80400820:	0006c683          	lbu	a3,0(a3)
80400824:	fafd                	bnez	a3,8040081a <early_puts+0xa>
80400826:	40000693          	li	a3,1024
8040082a:	4501                	li	a0,0
8040082c:	863a                	mv	a2,a4
8040082e:	48c9                	li	a7,18
80400830:	85be                	mv	a1,a5
80400832:	00f6f463          	bgeu	a3,a5,8040083a <early_puts+0x2a>
80400836:	40000593          	li	a1,1024
8040083a:	00000073          	ecall
8040083e:	8f8d                	sub	a5,a5,a1
80400840:	972e                	add	a4,a4,a1
80400842:	f7e5                	bnez	a5,8040082a <early_puts+0x1a>
80400844:	8082                	ret

80400846 <uni_early_write>:
80400846:	87ae                	mv	a5,a1
80400848:	872a                	mv	a4,a0
8040084a:	c185                	beqz	a1,8040086a <uni_early_write+0x24>
8040084c:	40000693          	li	a3,1024
80400850:	4501                	li	a0,0
80400852:	863a                	mv	a2,a4
80400854:	48c9                	li	a7,18
80400856:	85be                	mv	a1,a5
80400858:	00f6f463          	bgeu	a3,a5,80400860 <uni_early_write+0x1a>
8040085c:	40000593          	li	a1,1024
80400860:	00000073          	ecall
80400864:	8f8d                	sub	a5,a5,a1
80400866:	972e                	add	a4,a4,a1
80400868:	f7e5                	bnez	a5,80400850 <uni_early_write+0xa>
8040086a:	8082                	ret

8040086c <uni_at_shutdown>:
8040086c:	804076b7          	lui	a3,0x80407
80400870:	0b46a783          	lw	a5,180(a3) # 804070b4 <nhooks>
80400874:	4721                	li	a4,8
80400876:	00e78f63          	beq	a5,a4,80400894 <uni_at_shutdown+0x28>
8040087a:	80419737          	lui	a4,0x80419
8040087e:	00279613          	sll	a2,a5,0x2
80400882:	12070713          	add	a4,a4,288 # 80419120 <hooks>
80400886:	0785                	add	a5,a5,1
80400888:	9732                	add	a4,a4,a2
8040088a:	c308                	sw	a0,0(a4)
8040088c:	0af6aa23          	sw	a5,180(a3)
80400890:	4501                	li	a0,0
80400892:	8082                	ret
80400894:	557d                	li	a0,-1
80400896:	8082                	ret

80400898 <uni_poweroff>:
80400898:	1141                	add	sp,sp,-16
8040089a:	c422                	sw	s0,8(sp)
8040089c:	c606                	sw	ra,12(sp)
8040089e:	842a                	mv	s0,a0
804008a0:	00000097          	auipc	ra,0x0
804008a4:	f36080e7          	jalr	-202(ra) # 804007d6 <run_hooks>
804008a8:	67c1                	lui	a5,0x10
804008aa:	00841593          	sll	a1,s0,0x8
804008ae:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804008b0:	8dfd                	and	a1,a1,a5
804008b2:	4509                	li	a0,2
804008b4:	48f5                	li	a7,29
804008b6:	00000073          	ecall
804008ba:	bfe5                	j	804008b2 <uni_poweroff+0x1a>

804008bc <uni_panic>:
804008bc:	804077b7          	lui	a5,0x80407
804008c0:	0b07a703          	lw	a4,176(a5) # 804070b0 <panicking>
804008c4:	1141                	add	sp,sp,-16
804008c6:	c422                	sw	s0,8(sp)
804008c8:	c606                	sw	ra,12(sp)
804008ca:	842a                	mv	s0,a0
804008cc:	cf0d                	beqz	a4,80400906 <uni_panic+0x4a>
804008ce:	80406537          	lui	a0,0x80406
804008d2:	16050513          	add	a0,a0,352 # 80406160 <strlcpy_k+0x62c>
804008d6:	00000097          	auipc	ra,0x0
804008da:	f3a080e7          	jalr	-198(ra) # 80400810 <early_puts>
804008de:	8522                	mv	a0,s0
804008e0:	00000097          	auipc	ra,0x0
804008e4:	f30080e7          	jalr	-208(ra) # 80400810 <early_puts>
804008e8:	80406537          	lui	a0,0x80406
804008ec:	0d450513          	add	a0,a0,212 # 804060d4 <strlcpy_k+0x5a0>
804008f0:	00000097          	auipc	ra,0x0
804008f4:	f20080e7          	jalr	-224(ra) # 80400810 <early_puts>
804008f8:	4509                	li	a0,2
804008fa:	10300593          	li	a1,259
804008fe:	48f5                	li	a7,29
80400900:	00000073          	ecall
80400904:	bfd5                	j	804008f8 <uni_panic+0x3c>
80400906:	4705                	li	a4,1
80400908:	0ae7a823          	sw	a4,176(a5)
8040090c:	00000097          	auipc	ra,0x0
80400910:	eca080e7          	jalr	-310(ra) # 804007d6 <run_hooks>
80400914:	bf6d                	j	804008ce <uni_panic+0x12>

80400916 <uni_trap>:
80400916:	08452703          	lw	a4,132(a0)
8040091a:	800007b7          	lui	a5,0x80000
8040091e:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
80400920:	00f71663          	bne	a4,a5,8040092c <uni_trap+0x16>
80400924:	00000317          	auipc	t1,0x0
80400928:	7da30067          	jr	2010(t1) # 804010fe <evtchn_do_upcall>
8040092c:	804077b7          	lui	a5,0x80407
80400930:	0b07a703          	lw	a4,176(a5) # 804070b0 <panicking>
80400934:	7139                	add	sp,sp,-64
80400936:	dc22                	sw	s0,56(sp)
80400938:	de06                	sw	ra,60(sp)
8040093a:	842a                	mv	s0,a0
8040093c:	c771                	beqz	a4,80400a08 <uni_trap+0xf2>
8040093e:	80406537          	lui	a0,0x80406
80400942:	17850513          	add	a0,a0,376 # 80406178 <strlcpy_k+0x644>
80400946:	00000097          	auipc	ra,0x0
8040094a:	eca080e7          	jalr	-310(ra) # 80400810 <early_puts>
8040094e:	08442703          	lw	a4,132(s0)
80400952:	47bd                	li	a5,15
80400954:	0ae7e563          	bltu	a5,a4,804009fe <uni_trap+0xe8>
80400958:	804067b7          	lui	a5,0x80406
8040095c:	070a                	sll	a4,a4,0x2
8040095e:	43478793          	add	a5,a5,1076 # 80406434 <names.0>
80400962:	97ba                	add	a5,a5,a4
80400964:	4388                	lw	a0,0(a5)
80400966:	00000097          	auipc	ra,0x0
8040096a:	eaa080e7          	jalr	-342(ra) # 80400810 <early_puts>
8040096e:	80406537          	lui	a0,0x80406
80400972:	19050513          	add	a0,a0,400 # 80406190 <strlcpy_k+0x65c>
80400976:	00000097          	auipc	ra,0x0
8040097a:	e9a080e7          	jalr	-358(ra) # 80400810 <early_puts>
8040097e:	08442583          	lw	a1,132(s0)
80400982:	0068                	add	a0,sp,12
80400984:	00000097          	auipc	ra,0x0
80400988:	e14080e7          	jalr	-492(ra) # 80400798 <hex>
8040098c:	00000097          	auipc	ra,0x0
80400990:	e84080e7          	jalr	-380(ra) # 80400810 <early_puts>
80400994:	80406537          	lui	a0,0x80406
80400998:	19c50513          	add	a0,a0,412 # 8040619c <strlcpy_k+0x668>
8040099c:	00000097          	auipc	ra,0x0
804009a0:	e74080e7          	jalr	-396(ra) # 80400810 <early_puts>
804009a4:	08042583          	lw	a1,128(s0)
804009a8:	0828                	add	a0,sp,24
804009aa:	00000097          	auipc	ra,0x0
804009ae:	dee080e7          	jalr	-530(ra) # 80400798 <hex>
804009b2:	00000097          	auipc	ra,0x0
804009b6:	e5e080e7          	jalr	-418(ra) # 80400810 <early_puts>
804009ba:	80406537          	lui	a0,0x80406
804009be:	1a850513          	add	a0,a0,424 # 804061a8 <strlcpy_k+0x674>
804009c2:	00000097          	auipc	ra,0x0
804009c6:	e4e080e7          	jalr	-434(ra) # 80400810 <early_puts>
804009ca:	08842583          	lw	a1,136(s0)
804009ce:	1048                	add	a0,sp,36
804009d0:	00000097          	auipc	ra,0x0
804009d4:	dc8080e7          	jalr	-568(ra) # 80400798 <hex>
804009d8:	00000097          	auipc	ra,0x0
804009dc:	e38080e7          	jalr	-456(ra) # 80400810 <early_puts>
804009e0:	80406537          	lui	a0,0x80406
804009e4:	0d450513          	add	a0,a0,212 # 804060d4 <strlcpy_k+0x5a0>
804009e8:	00000097          	auipc	ra,0x0
804009ec:	e28080e7          	jalr	-472(ra) # 80400810 <early_puts>
804009f0:	4509                	li	a0,2
804009f2:	10300593          	li	a1,259
804009f6:	48f5                	li	a7,29
804009f8:	00000073          	ecall
804009fc:	bfd5                	j	804009f0 <uni_trap+0xda>
804009fe:	80406537          	lui	a0,0x80406
80400a02:	17050513          	add	a0,a0,368 # 80406170 <strlcpy_k+0x63c>
80400a06:	b785                	j	80400966 <uni_trap+0x50>
80400a08:	4705                	li	a4,1
80400a0a:	0ae7a823          	sw	a4,176(a5)
80400a0e:	00000097          	auipc	ra,0x0
80400a12:	dc8080e7          	jalr	-568(ra) # 804007d6 <run_hooks>
80400a16:	b725                	j	8040093e <uni_trap+0x28>

80400a18 <uni_virt_to_mfn>:
80400a18:	800007b7          	lui	a5,0x80000
80400a1c:	80407737          	lui	a4,0x80407
80400a20:	0b872703          	lw	a4,184(a4) # 804070b8 <uni_start_info>
80400a24:	97aa                	add	a5,a5,a0
80400a26:	00055b63          	bgez	a0,80400a3c <uni_virt_to_mfn+0x24>
80400a2a:	5314                	lw	a3,32(a4)
80400a2c:	83b1                	srl	a5,a5,0xc
80400a2e:	00d7f763          	bgeu	a5,a3,80400a3c <uni_virt_to_mfn+0x24>
80400a32:	4378                	lw	a4,68(a4)
80400a34:	078a                	sll	a5,a5,0x2
80400a36:	97ba                	add	a5,a5,a4
80400a38:	4388                	lw	a0,0(a5)
80400a3a:	8082                	ret
80400a3c:	80406537          	lui	a0,0x80406
80400a40:	1141                	add	sp,sp,-16
80400a42:	1b450513          	add	a0,a0,436 # 804061b4 <strlcpy_k+0x680>
80400a46:	c606                	sw	ra,12(sp)
80400a48:	00000097          	auipc	ra,0x0
80400a4c:	e74080e7          	jalr	-396(ra) # 804008bc <uni_panic>

80400a50 <uni_mfn_to_virt>:
80400a50:	804077b7          	lui	a5,0x80407
80400a54:	0b87a783          	lw	a5,184(a5) # 804070b8 <uni_start_info>
80400a58:	4701                	li	a4,0
80400a5a:	0207a803          	lw	a6,32(a5)
80400a5e:	43ec                	lw	a1,68(a5)
80400a60:	8642                	mv	a2,a6
80400a62:	a029                	j	80400a6c <uni_mfn_to_virt+0x1c>
80400a64:	4294                	lw	a3,0(a3)
80400a66:	04a6e763          	bltu	a3,a0,80400ab4 <uni_mfn_to_virt+0x64>
80400a6a:	863e                	mv	a2,a5
80400a6c:	40e607b3          	sub	a5,a2,a4
80400a70:	8385                	srl	a5,a5,0x1
80400a72:	97ba                	add	a5,a5,a4
80400a74:	00279693          	sll	a3,a5,0x2
80400a78:	96ae                	add	a3,a3,a1
80400a7a:	fec765e3          	bltu	a4,a2,80400a64 <uni_mfn_to_virt+0x14>
80400a7e:	00e80863          	beq	a6,a4,80400a8e <uni_mfn_to_virt+0x3e>
80400a82:	00271793          	sll	a5,a4,0x2
80400a86:	97ae                	add	a5,a5,a1
80400a88:	439c                	lw	a5,0(a5)
80400a8a:	00a78f63          	beq	a5,a0,80400aa8 <uni_mfn_to_virt+0x58>
80400a8e:	4701                	li	a4,0
80400a90:	00081663          	bnez	a6,80400a9c <uni_mfn_to_virt+0x4c>
80400a94:	a01d                	j	80400aba <uni_mfn_to_virt+0x6a>
80400a96:	0705                	add	a4,a4,1
80400a98:	02e80163          	beq	a6,a4,80400aba <uni_mfn_to_virt+0x6a>
80400a9c:	419c                	lw	a5,0(a1)
80400a9e:	0591                	add	a1,a1,4
80400aa0:	fea79be3          	bne	a5,a0,80400a96 <uni_mfn_to_virt+0x46>
80400aa4:	00e80b63          	beq	a6,a4,80400aba <uni_mfn_to_virt+0x6a>
80400aa8:	0732                	sll	a4,a4,0xc
80400aaa:	800007b7          	lui	a5,0x80000
80400aae:	00f70533          	add	a0,a4,a5
80400ab2:	8082                	ret
80400ab4:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400ab8:	bf55                	j	80400a6c <uni_mfn_to_virt+0x1c>
80400aba:	4501                	li	a0,0
80400abc:	8082                	ret

80400abe <uni_runtime_start>:
80400abe:	804067b7          	lui	a5,0x80406
80400ac2:	1141                	add	sp,sp,-16
80400ac4:	80407737          	lui	a4,0x80407
80400ac8:	1d878793          	add	a5,a5,472 # 804061d8 <strlcpy_k+0x6a4>
80400acc:	c422                	sw	s0,8(sp)
80400ace:	0aa72c23          	sw	a0,184(a4) # 804070b8 <uni_start_info>
80400ad2:	c606                	sw	ra,12(sp)
80400ad4:	c226                	sw	s1,4(sp)
80400ad6:	c04a                	sw	s2,0(sp)
80400ad8:	842a                	mv	s0,a0
80400ada:	01878593          	add	a1,a5,24
80400ade:	872a                	mv	a4,a0
80400ae0:	00074603          	lbu	a2,0(a4)
80400ae4:	0007c683          	lbu	a3,0(a5)
80400ae8:	0ed61f63          	bne	a2,a3,80400be6 <uni_runtime_start+0x128>
80400aec:	0785                	add	a5,a5,1
80400aee:	0705                	add	a4,a4,1
80400af0:	feb798e3          	bne	a5,a1,80400ae0 <uni_runtime_start+0x22>
80400af4:	4501                	li	a0,0
80400af6:	4581                	li	a1,0
80400af8:	48c5                	li	a7,17
80400afa:	00000073          	ecall
80400afe:	4785                	li	a5,1
80400b00:	8141                	srl	a0,a0,0x10
80400b02:	10f51263          	bne	a0,a5,80400c06 <uni_runtime_start+0x148>
80400b06:	4519                	li	a0,6
80400b08:	00000073          	ecall
80400b0c:	8909                	and	a0,a0,2
80400b0e:	10050463          	beqz	a0,80400c16 <uni_runtime_start+0x158>
80400b12:	5008                	lw	a0,32(s0)
80400b14:	04042803          	lw	a6,64(s0)
80400b18:	03c42883          	lw	a7,60(s0)
80400b1c:	442c                	lw	a1,72(s0)
80400b1e:	00080637          	lui	a2,0x80
80400b22:	00c50733          	add	a4,a0,a2
80400b26:	00c81793          	sll	a5,a6,0xc
80400b2a:	00c71693          	sll	a3,a4,0xc
80400b2e:	01178733          	add	a4,a5,a7
80400b32:	0cc59263          	bne	a1,a2,80400bf6 <uni_runtime_start+0x138>
80400b36:	804607b7          	lui	a5,0x80460
80400b3a:	d2078793          	add	a5,a5,-736 # 8045fd20 <__bss_end>
80400b3e:	0af46c63          	bltu	s0,a5,80400bf6 <uni_runtime_start+0x138>
80400b42:	0a88ea63          	bltu	a7,s0,80400bf6 <uni_runtime_start+0x138>
80400b46:	0a080863          	beqz	a6,80400bf6 <uni_runtime_start+0x138>
80400b4a:	0ae6e663          	bltu	a3,a4,80400bf6 <uni_runtime_start+0x138>
80400b4e:	0aa5e463          	bltu	a1,a0,80400bf6 <uni_runtime_start+0x138>
80400b52:	5048                	lw	a0,36(s0)
80400b54:	00000097          	auipc	ra,0x0
80400b58:	55a080e7          	jalr	1370(ra) # 804010ae <evtchn_init>
80400b5c:	80400537          	lui	a0,0x80400
80400b60:	6cc50513          	add	a0,a0,1740 # 804006cc <uni_trap_entry>
80400b64:	4581                	li	a1,0
80400b66:	4891                	li	a7,4
80400b68:	00000073          	ecall
80400b6c:	06054563          	bltz	a0,80400bd6 <uni_runtime_start+0x118>
80400b70:	80419937          	lui	s2,0x80419
80400b74:	14090593          	add	a1,s2,320 # 80419140 <cmdline>
80400b78:	14090693          	add	a3,s2,320
80400b7c:	4781                	li	a5,0
80400b7e:	20000613          	li	a2,512
80400b82:	a039                	j	80400b90 <uni_runtime_start+0xd2>
80400b84:	00e68023          	sb	a4,0(a3)
80400b88:	0785                	add	a5,a5,1
80400b8a:	0685                	add	a3,a3,1
80400b8c:	00c78763          	beq	a5,a2,80400b9a <uni_runtime_start+0xdc>
80400b90:	00f40733          	add	a4,s0,a5
80400b94:	04c74703          	lbu	a4,76(a4)
80400b98:	f775                	bnez	a4,80400b84 <uni_runtime_start+0xc6>
80400b9a:	97ae                	add	a5,a5,a1
80400b9c:	80407437          	lui	s0,0x80407
80400ba0:	804074b7          	lui	s1,0x80407
80400ba4:	00078023          	sb	zero,0(a5)
80400ba8:	0ac48493          	add	s1,s1,172 # 804070ac <__init_array_end>
80400bac:	09840793          	add	a5,s0,152 # 80407098 <__init_array_start>
80400bb0:	0097f963          	bgeu	a5,s1,80400bc2 <uni_runtime_start+0x104>
80400bb4:	09840413          	add	s0,s0,152
80400bb8:	401c                	lw	a5,0(s0)
80400bba:	0411                	add	s0,s0,4
80400bbc:	9782                	jalr	a5
80400bbe:	fe946de3          	bltu	s0,s1,80400bb8 <uni_runtime_start+0xfa>
80400bc2:	14090513          	add	a0,s2,320
80400bc6:	00001097          	auipc	ra,0x1
80400bca:	292080e7          	jalr	658(ra) # 80401e58 <uni_main>
80400bce:	00000097          	auipc	ra,0x0
80400bd2:	cca080e7          	jalr	-822(ra) # 80400898 <uni_poweroff>
80400bd6:	80406537          	lui	a0,0x80406
80400bda:	2ac50513          	add	a0,a0,684 # 804062ac <strlcpy_k+0x778>
80400bde:	00000097          	auipc	ra,0x0
80400be2:	cde080e7          	jalr	-802(ra) # 804008bc <uni_panic>
80400be6:	80406537          	lui	a0,0x80406
80400bea:	1f050513          	add	a0,a0,496 # 804061f0 <strlcpy_k+0x6bc>
80400bee:	00000097          	auipc	ra,0x0
80400bf2:	cce080e7          	jalr	-818(ra) # 804008bc <uni_panic>
80400bf6:	80406537          	lui	a0,0x80406
80400bfa:	28450513          	add	a0,a0,644 # 80406284 <strlcpy_k+0x750>
80400bfe:	00000097          	auipc	ra,0x0
80400c02:	cbe080e7          	jalr	-834(ra) # 804008bc <uni_panic>
80400c06:	80406537          	lui	a0,0x80406
80400c0a:	22050513          	add	a0,a0,544 # 80406220 <strlcpy_k+0x6ec>
80400c0e:	00000097          	auipc	ra,0x0
80400c12:	cae080e7          	jalr	-850(ra) # 804008bc <uni_panic>
80400c16:	80406537          	lui	a0,0x80406
80400c1a:	25c50513          	add	a0,a0,604 # 8040625c <strlcpy_k+0x728>
80400c1e:	00000097          	auipc	ra,0x0
80400c22:	c9e080e7          	jalr	-866(ra) # 804008bc <uni_panic>

80400c26 <blkfront_event>:
80400c26:	8082                	ret

80400c28 <wait_response>:
80400c28:	1101                	add	sp,sp,-32
80400c2a:	cc22                	sw	s0,24(sp)
80400c2c:	ce06                	sw	ra,28(sp)
80400c2e:	842a                	mv	s0,a0
80400c30:	401c                	lw	a5,0(s0)
80400c32:	0087a803          	lw	a6,8(a5)
80400c36:	0220000f          	fence	r,r
80400c3a:	4010                	lw	a2,0(s0)
80400c3c:	4418                	lw	a4,8(s0)
80400c3e:	02e80863          	beq	a6,a4,80400c6e <wait_response+0x46>
80400c42:	445c                	lw	a5,12(s0)
80400c44:	4814                	lw	a3,16(s0)
80400c46:	17fd                	add	a5,a5,-1
80400c48:	8ff9                	and	a5,a5,a4
80400c4a:	02d787b3          	mul	a5,a5,a3
80400c4e:	0705                	add	a4,a4,1
80400c50:	04078793          	add	a5,a5,64
80400c54:	97b2                	add	a5,a5,a2
80400c56:	4394                	lw	a3,0(a5)
80400c58:	0067d503          	lhu	a0,6(a5)
80400c5c:	c418                	sw	a4,8(s0)
80400c5e:	0542                	sll	a0,a0,0x10
80400c60:	8541                	sra	a0,a0,0x10
80400c62:	fcb69ee3          	bne	a3,a1,80400c3e <wait_response+0x16>
80400c66:	40f2                	lw	ra,28(sp)
80400c68:	4462                	lw	s0,24(sp)
80400c6a:	6105                	add	sp,sp,32
80400c6c:	8082                	ret
80400c6e:	4618                	lw	a4,8(a2)
80400c70:	0220000f          	fence	r,r
80400c74:	441c                	lw	a5,8(s0)
80400c76:	fae79de3          	bne	a5,a4,80400c30 <wait_response+0x8>
80400c7a:	4018                	lw	a4,0(s0)
80400c7c:	0785                	add	a5,a5,1
80400c7e:	c75c                	sw	a5,12(a4)
80400c80:	0330000f          	fence	rw,rw
80400c84:	401c                	lw	a5,0(s0)
80400c86:	479c                	lw	a5,8(a5)
80400c88:	0220000f          	fence	r,r
80400c8c:	4418                	lw	a4,8(s0)
80400c8e:	faf711e3          	bne	a4,a5,80400c30 <wait_response+0x8>
80400c92:	5c7c                	lw	a5,124(s0)
80400c94:	c62e                	sw	a1,12(sp)
80400c96:	9782                	jalr	a5
80400c98:	45b2                	lw	a1,12(sp)
80400c9a:	bf59                	j	80400c30 <wait_response+0x8>

80400c9c <transfer>:
80400c9c:	715d                	add	sp,sp,-80
80400c9e:	c686                	sw	ra,76(sp)
80400ca0:	c4a2                	sw	s0,72(sp)
80400ca2:	c2a6                	sw	s1,68(sp)
80400ca4:	c0ca                	sw	s2,64(sp)
80400ca6:	de4e                	sw	s3,60(sp)
80400ca8:	dc52                	sw	s4,56(sp)
80400caa:	da56                	sw	s5,52(sp)
80400cac:	d85a                	sw	s6,48(sp)
80400cae:	d65e                	sw	s7,44(sp)
80400cb0:	d462                	sw	s8,40(sp)
80400cb2:	d266                	sw	s9,36(sp)
80400cb4:	d06a                	sw	s10,32(sp)
80400cb6:	ce6e                	sw	s11,28(sp)
80400cb8:	c22e                	sw	a1,4(sp)
80400cba:	18060263          	beqz	a2,80400e3e <transfer+0x1a2>
80400cbe:	04c50793          	add	a5,a0,76
80400cc2:	8b32                	mv	s6,a2
80400cc4:	842a                	mv	s0,a0
80400cc6:	8bb6                	mv	s7,a3
80400cc8:	8aba                	mv	s5,a4
80400cca:	c43e                	sw	a5,8(sp)
80400ccc:	4921                	li	s2,8
80400cce:	6985                	lui	s3,0x1
80400cd0:	05800793          	li	a5,88
80400cd4:	8a5a                	mv	s4,s6
80400cd6:	0167f463          	bgeu	a5,s6,80400cde <transfer+0x42>
80400cda:	05800a13          	li	s4,88
80400cde:	007a0493          	add	s1,s4,7
80400ce2:	808d                	srl	s1,s1,0x3
80400ce4:	040a8363          	beqz	s5,80400d2a <transfer+0x8e>
80400ce8:	00349d93          	sll	s11,s1,0x3
80400cec:	02040c13          	add	s8,s0,32
80400cf0:	8d56                	mv	s10,s5
80400cf2:	41ba0db3          	sub	s11,s4,s11
80400cf6:	8cd2                	mv	s9,s4
80400cf8:	85ea                	mv	a1,s10
80400cfa:	8666                	mv	a2,s9
80400cfc:	01997363          	bgeu	s2,s9,80400d02 <transfer+0x66>
80400d00:	4621                	li	a2,8
80400d02:	000c2503          	lw	a0,0(s8)
80400d06:	0626                	sll	a2,a2,0x9
80400d08:	1ce1                	add	s9,s9,-8 # 2ffff8 <errno+0x2ffff8>
80400d0a:	00002097          	auipc	ra,0x2
80400d0e:	aa8080e7          	jalr	-1368(ra) # 804027b2 <memcpy>
80400d12:	0c11                	add	s8,s8,4
80400d14:	9d4e                	add	s10,s10,s3
80400d16:	ff9d91e3          	bne	s11,s9,80400cf8 <transfer+0x5c>
80400d1a:	4458                	lw	a4,12(s0)
80400d1c:	441c                	lw	a5,8(s0)
80400d1e:	4054                	lw	a3,4(s0)
80400d20:	97ba                	add	a5,a5,a4
80400d22:	00d79a63          	bne	a5,a3,80400d36 <transfer+0x9a>
80400d26:	5c7c                	lw	a5,124(s0)
80400d28:	9782                	jalr	a5
80400d2a:	4458                	lw	a4,12(s0)
80400d2c:	441c                	lw	a5,8(s0)
80400d2e:	4054                	lw	a3,4(s0)
80400d30:	97ba                	add	a5,a5,a4
80400d32:	fed78ae3          	beq	a5,a3,80400d26 <transfer+0x8a>
80400d36:	4810                	lw	a2,16(s0)
80400d38:	fff70793          	add	a5,a4,-1
80400d3c:	8ff5                	and	a5,a5,a3
80400d3e:	02c787b3          	mul	a5,a5,a2
80400d42:	00042803          	lw	a6,0(s0)
80400d46:	05000613          	li	a2,80
80400d4a:	4581                	li	a1,0
80400d4c:	04078793          	add	a5,a5,64
80400d50:	00f80db3          	add	s11,a6,a5
80400d54:	856e                	mv	a0,s11
80400d56:	00002097          	auipc	ra,0x2
80400d5a:	a72080e7          	jalr	-1422(ra) # 804027c8 <memset>
80400d5e:	5c2c                	lw	a1,120(s0)
80400d60:	0ff4f713          	zext.b	a4,s1
80400d64:	0722                	sll	a4,a4,0x8
80400d66:	00158693          	add	a3,a1,1
80400d6a:	015037b3          	snez	a5,s5
80400d6e:	dc34                	sw	a3,120(s0)
80400d70:	8fd9                	or	a5,a5,a4
80400d72:	00fd9023          	sh	a5,0(s11) # 2000 <errno+0x2000>
80400d76:	4792                	lw	a5,4(sp)
80400d78:	4522                	lw	a0,8(sp)
80400d7a:	03848713          	add	a4,s1,56
80400d7e:	00fda423          	sw	a5,8(s11)
80400d82:	000d9123          	sh	zero,2(s11)
80400d86:	00bda223          	sw	a1,4(s11)
80400d8a:	00cd8613          	add	a2,s11,12
80400d8e:	038d8793          	add	a5,s11,56
80400d92:	00ed8833          	add	a6,s11,a4
80400d96:	86d2                	mv	a3,s4
80400d98:	00052883          	lw	a7,0(a0)
80400d9c:	8736                	mv	a4,a3
80400d9e:	0511                	add	a0,a0,4
80400da0:	01162023          	sw	a7,0(a2) # 80000 <errno+0x80000>
80400da4:	00078023          	sb	zero,0(a5)
80400da8:	00d97363          	bgeu	s2,a3,80400dae <transfer+0x112>
80400dac:	4721                	li	a4,8
80400dae:	177d                	add	a4,a4,-1
80400db0:	00e785a3          	sb	a4,11(a5)
80400db4:	0785                	add	a5,a5,1
80400db6:	0611                	add	a2,a2,4
80400db8:	16e1                	add	a3,a3,-8
80400dba:	fcf81fe3          	bne	a6,a5,80400d98 <transfer+0xfc>
80400dbe:	405c                	lw	a5,4(s0)
80400dc0:	4018                	lw	a4,0(s0)
80400dc2:	0785                	add	a5,a5,1
80400dc4:	c05c                	sw	a5,4(s0)
80400dc6:	4318                	lw	a4,0(a4)
80400dc8:	0110000f          	fence	w,w
80400dcc:	4014                	lw	a3,0(s0)
80400dce:	c29c                	sw	a5,0(a3)
80400dd0:	0330000f          	fence	rw,rw
80400dd4:	4014                	lw	a3,0(s0)
80400dd6:	40e78733          	sub	a4,a5,a4
80400dda:	42d4                	lw	a3,4(a3)
80400ddc:	8f95                	sub	a5,a5,a3
80400dde:	08e7e063          	bltu	a5,a4,80400e5e <transfer+0x1c2>
80400de2:	8522                	mv	a0,s0
80400de4:	00000097          	auipc	ra,0x0
80400de8:	e44080e7          	jalr	-444(ra) # 80400c28 <wait_response>
80400dec:	080b8763          	beqz	s7,80400e7a <transfer+0x1de>
80400df0:	e921                	bnez	a0,80400e40 <transfer+0x1a4>
80400df2:	048e                	sll	s1,s1,0x3
80400df4:	409a0db3          	sub	s11,s4,s1
80400df8:	02040d13          	add	s10,s0,32
80400dfc:	8cde                	mv	s9,s7
80400dfe:	84d2                	mv	s1,s4
80400e00:	8566                	mv	a0,s9
80400e02:	8626                	mv	a2,s1
80400e04:	00997363          	bgeu	s2,s1,80400e0a <transfer+0x16e>
80400e08:	4621                	li	a2,8
80400e0a:	000d2583          	lw	a1,0(s10)
80400e0e:	0626                	sll	a2,a2,0x9
80400e10:	14e1                	add	s1,s1,-8
80400e12:	00002097          	auipc	ra,0x2
80400e16:	9a0080e7          	jalr	-1632(ra) # 804027b2 <memcpy>
80400e1a:	0d11                	add	s10,s10,4
80400e1c:	9cce                	add	s9,s9,s3
80400e1e:	fe9d91e3          	bne	s11,s1,80400e00 <transfer+0x164>
80400e22:	4712                	lw	a4,4(sp)
80400e24:	009a1793          	sll	a5,s4,0x9
80400e28:	414b0b33          	sub	s6,s6,s4
80400e2c:	9752                	add	a4,a4,s4
80400e2e:	c23a                	sw	a4,4(sp)
80400e30:	9bbe                	add	s7,s7,a5
80400e32:	000a8463          	beqz	s5,80400e3a <transfer+0x19e>
80400e36:	0a26                	sll	s4,s4,0x9
80400e38:	9ad2                	add	s5,s5,s4
80400e3a:	e80b1be3          	bnez	s6,80400cd0 <transfer+0x34>
80400e3e:	4501                	li	a0,0
80400e40:	40b6                	lw	ra,76(sp)
80400e42:	4426                	lw	s0,72(sp)
80400e44:	4496                	lw	s1,68(sp)
80400e46:	4906                	lw	s2,64(sp)
80400e48:	59f2                	lw	s3,60(sp)
80400e4a:	5a62                	lw	s4,56(sp)
80400e4c:	5ad2                	lw	s5,52(sp)
80400e4e:	5b42                	lw	s6,48(sp)
80400e50:	5bb2                	lw	s7,44(sp)
80400e52:	5c22                	lw	s8,40(sp)
80400e54:	5c92                	lw	s9,36(sp)
80400e56:	5d02                	lw	s10,32(sp)
80400e58:	4df2                	lw	s11,28(sp)
80400e5a:	6161                	add	sp,sp,80
80400e5c:	8082                	ret
80400e5e:	4848                	lw	a0,20(s0)
80400e60:	c62e                	sw	a1,12(sp)
80400e62:	00000097          	auipc	ra,0x0
80400e66:	384080e7          	jalr	900(ra) # 804011e6 <evtchn_send>
80400e6a:	45b2                	lw	a1,12(sp)
80400e6c:	8522                	mv	a0,s0
80400e6e:	00000097          	auipc	ra,0x0
80400e72:	dba080e7          	jalr	-582(ra) # 80400c28 <wait_response>
80400e76:	f60b9de3          	bnez	s7,80400df0 <transfer+0x154>
80400e7a:	f179                	bnez	a0,80400e40 <transfer+0x1a4>
80400e7c:	4792                	lw	a5,4(sp)
80400e7e:	414b0b33          	sub	s6,s6,s4
80400e82:	97d2                	add	a5,a5,s4
80400e84:	c23e                	sw	a5,4(sp)
80400e86:	b775                	j	80400e32 <transfer+0x196>

80400e88 <blkfront_probe>:
80400e88:	862e                	mv	a2,a1
80400e8a:	804065b7          	lui	a1,0x80406
80400e8e:	47458593          	add	a1,a1,1140 # 80406474 <names.0+0x40>
80400e92:	00001317          	auipc	t1,0x1
80400e96:	9ec30067          	jr	-1556(t1) # 8040187e <xs_read_u32>

80400e9a <blkfront_connect>:
80400e9a:	7179                	add	sp,sp,-48
80400e9c:	d226                	sw	s1,36(sp)
80400e9e:	84ae                	mv	s1,a1
80400ea0:	804065b7          	lui	a1,0x80406
80400ea4:	ce4e                	sw	s3,28(sp)
80400ea6:	cc52                	sw	s4,24(sp)
80400ea8:	89aa                	mv	s3,a0
80400eaa:	8a32                	mv	s4,a2
80400eac:	47458593          	add	a1,a1,1140 # 80406474 <names.0+0x40>
80400eb0:	01c50613          	add	a2,a0,28
80400eb4:	8526                	mv	a0,s1
80400eb6:	d422                	sw	s0,40(sp)
80400eb8:	d606                	sw	ra,44(sp)
80400eba:	d04a                	sw	s2,32(sp)
80400ebc:	ca56                	sw	s5,20(sp)
80400ebe:	8436                	mv	s0,a3
80400ec0:	00001097          	auipc	ra,0x1
80400ec4:	9be080e7          	jalr	-1602(ra) # 8040187e <xs_read_u32>
80400ec8:	0c054b63          	bltz	a0,80400f9e <blkfront_connect+0x104>
80400ecc:	000a2583          	lw	a1,0(s4)
80400ed0:	4785                	li	a5,1
80400ed2:	06f9ac23          	sw	a5,120(s3) # 1078 <errno+0x1078>
80400ed6:	0689ae23          	sw	s0,124(s3)
80400eda:	c1dc                	sw	a5,4(a1)
80400edc:	c5dc                	sw	a5,12(a1)
80400ede:	0005a023          	sw	zero,0(a1)
80400ee2:	0005a423          	sw	zero,8(a1)
80400ee6:	01058793          	add	a5,a1,16
80400eea:	04058713          	add	a4,a1,64
80400eee:	0007a023          	sw	zero,0(a5)
80400ef2:	0791                	add	a5,a5,4
80400ef4:	fee79de3          	bne	a5,a4,80400eee <blkfront_connect+0x54>
80400ef8:	02000793          	li	a5,32
80400efc:	00f9a623          	sw	a5,12(s3)
80400f00:	05000793          	li	a5,80
80400f04:	00b9a023          	sw	a1,0(s3)
80400f08:	0009a223          	sw	zero,4(s3)
80400f0c:	0009a423          	sw	zero,8(s3)
80400f10:	00f9a823          	sw	a5,16(s3)
80400f14:	008a0413          	add	s0,s4,8
80400f18:	02098913          	add	s2,s3,32
80400f1c:	034a0a93          	add	s5,s4,52
80400f20:	401c                	lw	a5,0(s0)
80400f22:	544c                	lw	a1,44(s0)
80400f24:	4601                	li	a2,0
80400f26:	00f92023          	sw	a5,0(s2)
80400f2a:	4501                	li	a0,0
80400f2c:	00000097          	auipc	ra,0x0
80400f30:	3e0080e7          	jalr	992(ra) # 8040130c <gnttab_grant_access>
80400f34:	0411                	add	s0,s0,4
80400f36:	06054463          	bltz	a0,80400f9e <blkfront_connect+0x104>
80400f3a:	02a92623          	sw	a0,44(s2)
80400f3e:	0911                	add	s2,s2,4
80400f40:	ff5410e3          	bne	s0,s5,80400f20 <blkfront_connect+0x86>
80400f44:	004a2583          	lw	a1,4(s4)
80400f48:	4601                	li	a2,0
80400f4a:	4501                	li	a0,0
80400f4c:	00000097          	auipc	ra,0x0
80400f50:	3c0080e7          	jalr	960(ra) # 8040130c <gnttab_grant_access>
80400f54:	04054563          	bltz	a0,80400f9e <blkfront_connect+0x104>
80400f58:	00a9ac23          	sw	a0,24(s3)
80400f5c:	01498593          	add	a1,s3,20
80400f60:	4501                	li	a0,0
80400f62:	00000097          	auipc	ra,0x0
80400f66:	2d0080e7          	jalr	720(ra) # 80401232 <evtchn_alloc_unbound>
80400f6a:	02054a63          	bltz	a0,80400f9e <blkfront_connect+0x104>
80400f6e:	0149a503          	lw	a0,20(s3)
80400f72:	804015b7          	lui	a1,0x80401
80400f76:	864e                	mv	a2,s3
80400f78:	c2658593          	add	a1,a1,-986 # 80400c26 <blkfront_event>
80400f7c:	00000097          	auipc	ra,0x0
80400f80:	15e080e7          	jalr	350(ra) # 804010da <evtchn_bind>
80400f84:	ed09                	bnez	a0,80400f9e <blkfront_connect+0x104>
80400f86:	0189a603          	lw	a2,24(s3)
80400f8a:	804065b7          	lui	a1,0x80406
80400f8e:	48c58593          	add	a1,a1,1164 # 8040648c <names.0+0x58>
80400f92:	8526                	mv	a0,s1
80400f94:	00001097          	auipc	ra,0x1
80400f98:	9da080e7          	jalr	-1574(ra) # 8040196e <xs_write_u32>
80400f9c:	c911                	beqz	a0,80400fb0 <blkfront_connect+0x116>
80400f9e:	50b2                	lw	ra,44(sp)
80400fa0:	5422                	lw	s0,40(sp)
80400fa2:	5492                	lw	s1,36(sp)
80400fa4:	5902                	lw	s2,32(sp)
80400fa6:	49f2                	lw	s3,28(sp)
80400fa8:	4a62                	lw	s4,24(sp)
80400faa:	4ad2                	lw	s5,20(sp)
80400fac:	6145                	add	sp,sp,48
80400fae:	8082                	ret
80400fb0:	0149a603          	lw	a2,20(s3)
80400fb4:	804065b7          	lui	a1,0x80406
80400fb8:	4a458593          	add	a1,a1,1188 # 804064a4 <names.0+0x70>
80400fbc:	8526                	mv	a0,s1
80400fbe:	00001097          	auipc	ra,0x1
80400fc2:	9b0080e7          	jalr	-1616(ra) # 8040196e <xs_write_u32>
80400fc6:	fd61                	bnez	a0,80400f9e <blkfront_connect+0x104>
80400fc8:	804065b7          	lui	a1,0x80406
80400fcc:	460d                	li	a2,3
80400fce:	4c058593          	add	a1,a1,1216 # 804064c0 <names.0+0x8c>
80400fd2:	8526                	mv	a0,s1
80400fd4:	00001097          	auipc	ra,0x1
80400fd8:	99a080e7          	jalr	-1638(ra) # 8040196e <xs_write_u32>
80400fdc:	c602                	sw	zero,12(sp)
80400fde:	f161                	bnez	a0,80400f9e <blkfront_connect+0x104>
80400fe0:	804065b7          	lui	a1,0x80406
80400fe4:	0070                	add	a2,sp,12
80400fe6:	4d458593          	add	a1,a1,1236 # 804064d4 <names.0+0xa0>
80400fea:	8526                	mv	a0,s1
80400fec:	00001097          	auipc	ra,0x1
80400ff0:	892080e7          	jalr	-1902(ra) # 8040187e <xs_read_u32>
80400ff4:	f54d                	bnez	a0,80400f9e <blkfront_connect+0x104>
80400ff6:	4732                	lw	a4,12(sp)
80400ff8:	4791                	li	a5,4
80400ffa:	faf702e3          	beq	a4,a5,80400f9e <blkfront_connect+0x104>
80400ffe:	5529                	li	a0,-22
80401000:	bf79                	j	80400f9e <blkfront_connect+0x104>

80401002 <blkfront_read>:
80401002:	4701                	li	a4,0
80401004:	00000317          	auipc	t1,0x0
80401008:	c9830067          	jr	-872(t1) # 80400c9c <transfer>

8040100c <blkfront_write>:
8040100c:	8736                	mv	a4,a3
8040100e:	4681                	li	a3,0
80401010:	00000317          	auipc	t1,0x0
80401014:	c8c30067          	jr	-884(t1) # 80400c9c <transfer>

80401018 <blkfront_flush>:
80401018:	455c                	lw	a5,12(a0)
8040101a:	4154                	lw	a3,4(a0)
8040101c:	4918                	lw	a4,16(a0)
8040101e:	17fd                	add	a5,a5,-1
80401020:	8ff5                	and	a5,a5,a3
80401022:	02e787b3          	mul	a5,a5,a4
80401026:	1101                	add	sp,sp,-32
80401028:	ca26                	sw	s1,20(sp)
8040102a:	4104                	lw	s1,0(a0)
8040102c:	cc22                	sw	s0,24(sp)
8040102e:	05000613          	li	a2,80
80401032:	842a                	mv	s0,a0
80401034:	4581                	li	a1,0
80401036:	ce06                	sw	ra,28(sp)
80401038:	04078793          	add	a5,a5,64
8040103c:	94be                	add	s1,s1,a5
8040103e:	8526                	mv	a0,s1
80401040:	00001097          	auipc	ra,0x1
80401044:	788080e7          	jalr	1928(ra) # 804027c8 <memset>
80401048:	5c2c                	lw	a1,120(s0)
8040104a:	00158793          	add	a5,a1,1
8040104e:	dc3c                	sw	a5,120(s0)
80401050:	478d                	li	a5,3
80401052:	00f49023          	sh	a5,0(s1)
80401056:	405c                	lw	a5,4(s0)
80401058:	4018                	lw	a4,0(s0)
8040105a:	c0cc                	sw	a1,4(s1)
8040105c:	0785                	add	a5,a5,1
8040105e:	c05c                	sw	a5,4(s0)
80401060:	4318                	lw	a4,0(a4)
80401062:	0110000f          	fence	w,w
80401066:	4014                	lw	a3,0(s0)
80401068:	c29c                	sw	a5,0(a3)
8040106a:	0330000f          	fence	rw,rw
8040106e:	4014                	lw	a3,0(s0)
80401070:	40e78733          	sub	a4,a5,a4
80401074:	42d4                	lw	a3,4(a3)
80401076:	8f95                	sub	a5,a5,a3
80401078:	00e7eb63          	bltu	a5,a4,8040108e <blkfront_flush+0x76>
8040107c:	8522                	mv	a0,s0
8040107e:	4462                	lw	s0,24(sp)
80401080:	40f2                	lw	ra,28(sp)
80401082:	44d2                	lw	s1,20(sp)
80401084:	6105                	add	sp,sp,32
80401086:	00000317          	auipc	t1,0x0
8040108a:	ba230067          	jr	-1118(t1) # 80400c28 <wait_response>
8040108e:	4848                	lw	a0,20(s0)
80401090:	c62e                	sw	a1,12(sp)
80401092:	00000097          	auipc	ra,0x0
80401096:	154080e7          	jalr	340(ra) # 804011e6 <evtchn_send>
8040109a:	8522                	mv	a0,s0
8040109c:	4462                	lw	s0,24(sp)
8040109e:	45b2                	lw	a1,12(sp)
804010a0:	40f2                	lw	ra,28(sp)
804010a2:	44d2                	lw	s1,20(sp)
804010a4:	6105                	add	sp,sp,32
804010a6:	00000317          	auipc	t1,0x0
804010aa:	b8230067          	jr	-1150(t1) # 80400c28 <wait_response>

804010ae <evtchn_init>:
804010ae:	80407737          	lui	a4,0x80407
804010b2:	804197b7          	lui	a5,0x80419
804010b6:	34478793          	add	a5,a5,836 # 80419344 <handlers>
804010ba:	0ca72023          	sw	a0,192(a4) # 804070c0 <pv_shared_info>
804010be:	6709                	lui	a4,0x2
804010c0:	973e                	add	a4,a4,a5
804010c2:	0007a023          	sw	zero,0(a5)
804010c6:	0007a223          	sw	zero,4(a5)
804010ca:	07a1                	add	a5,a5,8
804010cc:	fee79be3          	bne	a5,a4,804010c2 <evtchn_init+0x14>
804010d0:	804077b7          	lui	a5,0x80407
804010d4:	0a07ae23          	sw	zero,188(a5) # 804070bc <stray>
804010d8:	8082                	ret

804010da <evtchn_bind>:
804010da:	fff50713          	add	a4,a0,-1
804010de:	3fe00793          	li	a5,1022
804010e2:	00e7ec63          	bltu	a5,a4,804010fa <evtchn_bind+0x20>
804010e6:	804197b7          	lui	a5,0x80419
804010ea:	050e                	sll	a0,a0,0x3
804010ec:	34478793          	add	a5,a5,836 # 80419344 <handlers>
804010f0:	97aa                	add	a5,a5,a0
804010f2:	c3d0                	sw	a2,4(a5)
804010f4:	c38c                	sw	a1,0(a5)
804010f6:	4501                	li	a0,0
804010f8:	8082                	ret
804010fa:	5529                	li	a0,-22
804010fc:	8082                	ret

804010fe <evtchn_do_upcall>:
804010fe:	7179                	add	sp,sp,-48
80401100:	804077b7          	lui	a5,0x80407
80401104:	c65e                	sw	s7,12(sp)
80401106:	0c07ab83          	lw	s7,192(a5) # 804070c0 <pv_shared_info>
8040110a:	cc52                	sw	s4,24(sp)
8040110c:	80419a37          	lui	s4,0x80419
80401110:	c85a                	sw	s6,16(sp)
80401112:	c462                	sw	s8,8(sp)
80401114:	c266                	sw	s9,4(sp)
80401116:	d606                	sw	ra,44(sp)
80401118:	d422                	sw	s0,40(sp)
8040111a:	d226                	sw	s1,36(sp)
8040111c:	d04a                	sw	s2,32(sp)
8040111e:	ce4e                	sw	s3,28(sp)
80401120:	ca56                	sw	s5,20(sp)
80401122:	4c81                	li	s9,0
80401124:	004b8c13          	add	s8,s7,4
80401128:	344a0a13          	add	s4,s4,836 # 80419344 <handlers>
8040112c:	80407b37          	lui	s6,0x80407
80401130:	000b8023          	sb	zero,0(s7)
80401134:	0330000f          	fence	rw,rw
80401138:	8ae6                	mv	s5,s9
8040113a:	0f50000f          	fence	iorw,ow
8040113e:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80401142:	4985                	li	s3,1
80401144:	080a8163          	beqz	s5,804011c6 <evtchn_do_upcall+0xc8>
80401148:	8556                	mv	a0,s5
8040114a:	00001097          	auipc	ra,0x1
8040114e:	f46080e7          	jalr	-186(ra) # 80402090 <__ctzsi2>
80401152:	01050413          	add	s0,a0,16
80401156:	040a                	sll	s0,s0,0x2
80401158:	08040913          	add	s2,s0,128
8040115c:	fffa8793          	add	a5,s5,-1
80401160:	00fafab3          	and	s5,s5,a5
80401164:	945e                	add	s0,s0,s7
80401166:	995e                	add	s2,s2,s7
80401168:	00551493          	sll	s1,a0,0x5
8040116c:	401c                	lw	a5,0(s0)
8040116e:	0ff0000f          	fence
80401172:	00092503          	lw	a0,0(s2)
80401176:	fff54513          	not	a0,a0
8040117a:	8d7d                	and	a0,a0,a5
8040117c:	d561                	beqz	a0,80401144 <evtchn_do_upcall+0x46>
8040117e:	00001097          	auipc	ra,0x1
80401182:	f12080e7          	jalr	-238(ra) # 80402090 <__ctzsi2>
80401186:	00a997b3          	sll	a5,s3,a0
8040118a:	fff7c793          	not	a5,a5
8040118e:	0f50000f          	fence	iorw,ow
80401192:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80401196:	9526                	add	a0,a0,s1
80401198:	00351793          	sll	a5,a0,0x3
8040119c:	97d2                	add	a5,a5,s4
8040119e:	4398                	lw	a4,0(a5)
804011a0:	cf09                	beqz	a4,804011ba <evtchn_do_upcall+0xbc>
804011a2:	43cc                	lw	a1,4(a5)
804011a4:	9702                	jalr	a4
804011a6:	401c                	lw	a5,0(s0)
804011a8:	0ff0000f          	fence
804011ac:	00092503          	lw	a0,0(s2)
804011b0:	fff54513          	not	a0,a0
804011b4:	8d7d                	and	a0,a0,a5
804011b6:	f561                	bnez	a0,8040117e <evtchn_do_upcall+0x80>
804011b8:	b771                	j	80401144 <evtchn_do_upcall+0x46>
804011ba:	0bcb2783          	lw	a5,188(s6) # 804070bc <stray>
804011be:	0785                	add	a5,a5,1
804011c0:	0afb2e23          	sw	a5,188(s6)
804011c4:	b765                	j	8040116c <evtchn_do_upcall+0x6e>
804011c6:	000bc783          	lbu	a5,0(s7)
804011ca:	f3bd                	bnez	a5,80401130 <evtchn_do_upcall+0x32>
804011cc:	50b2                	lw	ra,44(sp)
804011ce:	5422                	lw	s0,40(sp)
804011d0:	5492                	lw	s1,36(sp)
804011d2:	5902                	lw	s2,32(sp)
804011d4:	49f2                	lw	s3,28(sp)
804011d6:	4a62                	lw	s4,24(sp)
804011d8:	4ad2                	lw	s5,20(sp)
804011da:	4b42                	lw	s6,16(sp)
804011dc:	4bb2                	lw	s7,12(sp)
804011de:	4c22                	lw	s8,8(sp)
804011e0:	4c92                	lw	s9,4(sp)
804011e2:	6145                	add	sp,sp,48
804011e4:	8082                	ret

804011e6 <evtchn_send>:
804011e6:	1141                	add	sp,sp,-16
804011e8:	c62a                	sw	a0,12(sp)
804011ea:	006c                	add	a1,sp,12
804011ec:	4511                	li	a0,4
804011ee:	02000893          	li	a7,32
804011f2:	00000073          	ecall
804011f6:	0141                	add	sp,sp,16
804011f8:	8082                	ret

804011fa <evtchn_bind_virq>:
804011fa:	1141                	add	sp,sp,-16
804011fc:	86ae                	mv	a3,a1
804011fe:	c22a                	sw	a0,4(sp)
80401200:	c402                	sw	zero,8(sp)
80401202:	c602                	sw	zero,12(sp)
80401204:	4505                	li	a0,1
80401206:	004c                	add	a1,sp,4
80401208:	02000893          	li	a7,32
8040120c:	00000073          	ecall
80401210:	00054b63          	bltz	a0,80401226 <evtchn_bind_virq+0x2c>
80401214:	4732                	lw	a4,12(sp)
80401216:	cb11                	beqz	a4,8040122a <evtchn_bind_virq+0x30>
80401218:	c298                	sw	a4,0(a3)
8040121a:	3fe00793          	li	a5,1022
8040121e:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80401220:	00e7e763          	bltu	a5,a4,8040122e <evtchn_bind_virq+0x34>
80401224:	4501                	li	a0,0
80401226:	0141                	add	sp,sp,16
80401228:	8082                	ret
8040122a:	872a                	mv	a4,a0
8040122c:	b7f5                	j	80401218 <evtchn_bind_virq+0x1e>
8040122e:	5529                	li	a0,-22
80401230:	bfdd                	j	80401226 <evtchn_bind_virq+0x2c>

80401232 <evtchn_alloc_unbound>:
80401232:	77e1                	lui	a5,0xffff8
80401234:	1141                	add	sp,sp,-16
80401236:	ff07c793          	xor	a5,a5,-16
8040123a:	86ae                	mv	a3,a1
8040123c:	00a11523          	sh	a0,10(sp)
80401240:	00f11423          	sh	a5,8(sp)
80401244:	c602                	sw	zero,12(sp)
80401246:	4519                	li	a0,6
80401248:	002c                	add	a1,sp,8
8040124a:	02000893          	li	a7,32
8040124e:	00000073          	ecall
80401252:	00054b63          	bltz	a0,80401268 <evtchn_alloc_unbound+0x36>
80401256:	4732                	lw	a4,12(sp)
80401258:	cb11                	beqz	a4,8040126c <evtchn_alloc_unbound+0x3a>
8040125a:	c298                	sw	a4,0(a3)
8040125c:	3fe00793          	li	a5,1022
80401260:	177d                	add	a4,a4,-1
80401262:	00e7e763          	bltu	a5,a4,80401270 <evtchn_alloc_unbound+0x3e>
80401266:	4501                	li	a0,0
80401268:	0141                	add	sp,sp,16
8040126a:	8082                	ret
8040126c:	872a                	mv	a4,a0
8040126e:	b7f5                	j	8040125a <evtchn_alloc_unbound+0x28>
80401270:	5529                	li	a0,-22
80401272:	bfdd                	j	80401268 <evtchn_alloc_unbound+0x36>

80401274 <pv_block>:
80401274:	4505                	li	a0,1
80401276:	4581                	li	a1,0
80401278:	48f5                	li	a7,29
8040127a:	00000073          	ecall
8040127e:	804077b7          	lui	a5,0x80407
80401282:	0c07a783          	lw	a5,192(a5) # 804070c0 <pv_shared_info>
80401286:	4705                	li	a4,1
80401288:	00e780a3          	sb	a4,1(a5)
8040128c:	8082                	ret

8040128e <gnttab_setup_frame>:
8040128e:	77e1                	lui	a5,0xffff8
80401290:	1141                	add	sp,sp,-16
80401292:	ff07c793          	xor	a5,a5,-16
80401296:	00f11023          	sh	a5,0(sp)
8040129a:	4785                	li	a5,1
8040129c:	872a                	mv	a4,a0
8040129e:	00011123          	sh	zero,2(sp)
804012a2:	00011423          	sh	zero,8(sp)
804012a6:	00011523          	sh	zero,10(sp)
804012aa:	00011623          	sh	zero,12(sp)
804012ae:	00011723          	sh	zero,14(sp)
804012b2:	c23e                	sw	a5,4(sp)
804012b4:	4509                	li	a0,2
804012b6:	858a                	mv	a1,sp
804012b8:	4605                	li	a2,1
804012ba:	48d1                	li	a7,20
804012bc:	00000073          	ecall
804012c0:	00054863          	bltz	a0,804012d0 <gnttab_setup_frame+0x42>
804012c4:	00811783          	lh	a5,8(sp)
804012c8:	e791                	bnez	a5,804012d4 <gnttab_setup_frame+0x46>
804012ca:	47b2                	lw	a5,12(sp)
804012cc:	4501                	li	a0,0
804012ce:	c31c                	sw	a5,0(a4)
804012d0:	0141                	add	sp,sp,16
804012d2:	8082                	ret
804012d4:	853e                	mv	a0,a5
804012d6:	0007c363          	bltz	a5,804012dc <gnttab_setup_frame+0x4e>
804012da:	557d                	li	a0,-1
804012dc:	0542                	sll	a0,a0,0x10
804012de:	8541                	sra	a0,a0,0x10
804012e0:	0141                	add	sp,sp,16
804012e2:	8082                	ret

804012e4 <gnttab_init>:
804012e4:	8041b7b7          	lui	a5,0x8041b
804012e8:	34478693          	add	a3,a5,836 # 8041b344 <in_use>
804012ec:	80407737          	lui	a4,0x80407
804012f0:	0ca72223          	sw	a0,196(a4) # 804070c4 <table>
804012f4:	34478793          	add	a5,a5,836
804012f8:	04068713          	add	a4,a3,64
804012fc:	0007a023          	sw	zero,0(a5)
80401300:	0791                	add	a5,a5,4
80401302:	fee79de3          	bne	a5,a4,804012fc <gnttab_init+0x18>
80401306:	4785                	li	a5,1
80401308:	c29c                	sw	a5,0(a3)
8040130a:	8082                	ret

8040130c <gnttab_grant_access>:
8040130c:	8041b7b7          	lui	a5,0x8041b
80401310:	34478793          	add	a5,a5,836 # 8041b344 <in_use>
80401314:	4394                	lw	a3,0(a5)
80401316:	872a                	mv	a4,a0
80401318:	4505                	li	a0,1
8040131a:	0026f813          	and	a6,a3,2
8040131e:	02081f63          	bnez	a6,8040135c <gnttab_grant_access+0x50>
80401322:	4e21                	li	t3,8
80401324:	4309                	li	t1,2
80401326:	4881                	li	a7,0
80401328:	80407837          	lui	a6,0x80407
8040132c:	0c482803          	lw	a6,196(a6) # 804070c4 <table>
80401330:	0066e6b3          	or	a3,a3,t1
80401334:	97c6                	add	a5,a5,a7
80401336:	0742                	sll	a4,a4,0x10
80401338:	c394                	sw	a3,0(a5)
8040133a:	8341                	srl	a4,a4,0x10
8040133c:	01c806b3          	add	a3,a6,t3
80401340:	00e69123          	sh	a4,2(a3)
80401344:	c2cc                	sw	a1,4(a3)
80401346:	0110000f          	fence	w,w
8040134a:	00163613          	seqz	a2,a2
8040134e:	40c007b3          	neg	a5,a2
80401352:	9bf1                	and	a5,a5,-4
80401354:	0795                	add	a5,a5,5
80401356:	00f69023          	sh	a5,0(a3)
8040135a:	8082                	ret
8040135c:	20000e93          	li	t4,512
80401360:	4e05                	li	t3,1
80401362:	0505                	add	a0,a0,1
80401364:	00555813          	srl	a6,a0,0x5
80401368:	00281893          	sll	a7,a6,0x2
8040136c:	011786b3          	add	a3,a5,a7
80401370:	00ae1333          	sll	t1,t3,a0
80401374:	01d50a63          	beq	a0,t4,80401388 <gnttab_grant_access+0x7c>
80401378:	4294                	lw	a3,0(a3)
8040137a:	0066f833          	and	a6,a3,t1
8040137e:	fe0812e3          	bnez	a6,80401362 <gnttab_grant_access+0x56>
80401382:	00351e13          	sll	t3,a0,0x3
80401386:	b74d                	j	80401328 <gnttab_grant_access+0x1c>
80401388:	5511                	li	a0,-28
8040138a:	8082                	ret

8040138c <pvcons_init>:
8040138c:	c10c                	sw	a1,0(a0)
8040138e:	c150                	sw	a2,4(a0)
80401390:	c514                	sw	a3,8(a0)
80401392:	8082                	ret

80401394 <pvcons_put>:
80401394:	00052803          	lw	a6,0(a0)
80401398:	6785                	lui	a5,0x1
8040139a:	00f80733          	add	a4,a6,a5
8040139e:	c0872503          	lw	a0,-1016(a4)
804013a2:	c0c72883          	lw	a7,-1012(a4)
804013a6:	0330000f          	fence	rw,rw
804013aa:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
804013ae:	953e                	add	a0,a0,a5
804013b0:	41150533          	sub	a0,a0,a7
804013b4:	02a7ee63          	bltu	a5,a0,804013f0 <pvcons_put+0x5c>
804013b8:	04a66463          	bltu	a2,a0,80401400 <pvcons_put+0x6c>
804013bc:	c11d                	beqz	a0,804013e2 <pvcons_put+0x4e>
804013be:	872e                	mv	a4,a1
804013c0:	00a58633          	add	a2,a1,a0
804013c4:	40b885b3          	sub	a1,a7,a1
804013c8:	00074683          	lbu	a3,0(a4)
804013cc:	00e587b3          	add	a5,a1,a4
804013d0:	7ff7f793          	and	a5,a5,2047
804013d4:	97c2                	add	a5,a5,a6
804013d6:	40d78023          	sb	a3,1024(a5)
804013da:	0705                	add	a4,a4,1
804013dc:	fec716e3          	bne	a4,a2,804013c8 <pvcons_put+0x34>
804013e0:	98aa                	add	a7,a7,a0
804013e2:	0110000f          	fence	w,w
804013e6:	6785                	lui	a5,0x1
804013e8:	983e                	add	a6,a6,a5
804013ea:	c1182623          	sw	a7,-1012(a6)
804013ee:	8082                	ret
804013f0:	4501                	li	a0,0
804013f2:	0110000f          	fence	w,w
804013f6:	6785                	lui	a5,0x1
804013f8:	983e                	add	a6,a6,a5
804013fa:	c1182623          	sw	a7,-1012(a6)
804013fe:	8082                	ret
80401400:	8532                	mv	a0,a2
80401402:	fd55                	bnez	a0,804013be <pvcons_put+0x2a>
80401404:	bff9                	j	804013e2 <pvcons_put+0x4e>

80401406 <pvcons_write>:
80401406:	c621                	beqz	a2,8040144e <pvcons_write+0x48>
80401408:	1141                	add	sp,sp,-16
8040140a:	c422                	sw	s0,8(sp)
8040140c:	c226                	sw	s1,4(sp)
8040140e:	c04a                	sw	s2,0(sp)
80401410:	c606                	sw	ra,12(sp)
80401412:	8432                	mv	s0,a2
80401414:	892a                	mv	s2,a0
80401416:	84ae                	mv	s1,a1
80401418:	a021                	j	80401420 <pvcons_write+0x1a>
8040141a:	00892783          	lw	a5,8(s2)
8040141e:	9782                	jalr	a5
80401420:	8622                	mv	a2,s0
80401422:	85a6                	mv	a1,s1
80401424:	854a                	mv	a0,s2
80401426:	00000097          	auipc	ra,0x0
8040142a:	f6e080e7          	jalr	-146(ra) # 80401394 <pvcons_put>
8040142e:	87aa                	mv	a5,a0
80401430:	00492503          	lw	a0,4(s2)
80401434:	8c1d                	sub	s0,s0,a5
80401436:	94be                	add	s1,s1,a5
80401438:	00000097          	auipc	ra,0x0
8040143c:	dae080e7          	jalr	-594(ra) # 804011e6 <evtchn_send>
80401440:	fc69                	bnez	s0,8040141a <pvcons_write+0x14>
80401442:	40b2                	lw	ra,12(sp)
80401444:	4422                	lw	s0,8(sp)
80401446:	4492                	lw	s1,4(sp)
80401448:	4902                	lw	s2,0(sp)
8040144a:	0141                	add	sp,sp,16
8040144c:	8082                	ret
8040144e:	8082                	ret

80401450 <pvcons_drain>:
80401450:	411c                	lw	a5,0(a0)
80401452:	1141                	add	sp,sp,-16
80401454:	c226                	sw	s1,4(sp)
80401456:	6485                	lui	s1,0x1
80401458:	97a6                	add	a5,a5,s1
8040145a:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
8040145e:	c087a783          	lw	a5,-1016(a5)
80401462:	c606                	sw	ra,12(sp)
80401464:	c422                	sw	s0,8(sp)
80401466:	02f70363          	beq	a4,a5,8040148c <pvcons_drain+0x3c>
8040146a:	842a                	mv	s0,a0
8040146c:	4148                	lw	a0,4(a0)
8040146e:	00000097          	auipc	ra,0x0
80401472:	d78080e7          	jalr	-648(ra) # 804011e6 <evtchn_send>
80401476:	a019                	j	8040147c <pvcons_drain+0x2c>
80401478:	441c                	lw	a5,8(s0)
8040147a:	9782                	jalr	a5
8040147c:	401c                	lw	a5,0(s0)
8040147e:	97a6                	add	a5,a5,s1
80401480:	c0c7a703          	lw	a4,-1012(a5)
80401484:	c087a783          	lw	a5,-1016(a5)
80401488:	fef718e3          	bne	a4,a5,80401478 <pvcons_drain+0x28>
8040148c:	40b2                	lw	ra,12(sp)
8040148e:	4422                	lw	s0,8(sp)
80401490:	4492                	lw	s1,4(sp)
80401492:	0141                	add	sp,sp,16
80401494:	8082                	ret

80401496 <pvcons_read>:
80401496:	4114                	lw	a3,0(a0)
80401498:	6785                	lui	a5,0x1
8040149a:	1141                	add	sp,sp,-16
8040149c:	97b6                	add	a5,a5,a3
8040149e:	c007a803          	lw	a6,-1024(a5) # c00 <errno+0xc00>
804014a2:	c422                	sw	s0,8(sp)
804014a4:	c047a403          	lw	s0,-1020(a5)
804014a8:	c606                	sw	ra,12(sp)
804014aa:	41040433          	sub	s0,s0,a6
804014ae:	0220000f          	fence	r,r
804014b2:	40000793          	li	a5,1024
804014b6:	0487e863          	bltu	a5,s0,80401506 <pvcons_read+0x70>
804014ba:	04866463          	bltu	a2,s0,80401502 <pvcons_read+0x6c>
804014be:	cc0d                	beqz	s0,804014f8 <pvcons_read+0x62>
804014c0:	872e                	mv	a4,a1
804014c2:	40e80633          	sub	a2,a6,a4
804014c6:	95a2                	add	a1,a1,s0
804014c8:	00e607b3          	add	a5,a2,a4
804014cc:	3ff7f793          	and	a5,a5,1023
804014d0:	97b6                	add	a5,a5,a3
804014d2:	0007c783          	lbu	a5,0(a5)
804014d6:	0705                	add	a4,a4,1
804014d8:	fef70fa3          	sb	a5,-1(a4)
804014dc:	feb716e3          	bne	a4,a1,804014c8 <pvcons_read+0x32>
804014e0:	0330000f          	fence	rw,rw
804014e4:	6785                	lui	a5,0x1
804014e6:	9822                	add	a6,a6,s0
804014e8:	96be                	add	a3,a3,a5
804014ea:	c106a023          	sw	a6,-1024(a3)
804014ee:	4148                	lw	a0,4(a0)
804014f0:	00000097          	auipc	ra,0x0
804014f4:	cf6080e7          	jalr	-778(ra) # 804011e6 <evtchn_send>
804014f8:	40b2                	lw	ra,12(sp)
804014fa:	8522                	mv	a0,s0
804014fc:	4422                	lw	s0,8(sp)
804014fe:	0141                	add	sp,sp,16
80401500:	8082                	ret
80401502:	8432                	mv	s0,a2
80401504:	bf6d                	j	804014be <pvcons_read+0x28>
80401506:	4401                	li	s0,0
80401508:	40b2                	lw	ra,12(sp)
8040150a:	8522                	mv	a0,s0
8040150c:	4422                	lw	s0,8(sp)
8040150e:	0141                	add	sp,sp,16
80401510:	8082                	ret

80401512 <xs_talk>:
80401512:	710d                	add	sp,sp,-352
80401514:	15312623          	sw	s3,332(sp)
80401518:	15412423          	sw	s4,328(sp)
8040151c:	13a12823          	sw	s10,304(sp)
80401520:	89be                	mv	s3,a5
80401522:	8d36                	mv	s10,a3
80401524:	14112e23          	sw	ra,348(sp)
80401528:	96be                	add	a3,a3,a5
8040152a:	14812c23          	sw	s0,344(sp)
8040152e:	14912a23          	sw	s1,340(sp)
80401532:	15212823          	sw	s2,336(sp)
80401536:	15512223          	sw	s5,324(sp)
8040153a:	15612023          	sw	s6,320(sp)
8040153e:	13712e23          	sw	s7,316(sp)
80401542:	13812c23          	sw	s8,312(sp)
80401546:	13912a23          	sw	s9,308(sp)
8040154a:	13b12623          	sw	s11,300(sp)
8040154e:	10000793          	li	a5,256
80401552:	00052a03          	lw	s4,0(a0)
80401556:	28d7ee63          	bltu	a5,a3,804017f2 <xs_talk+0x2e0>
8040155a:	451c                	lw	a5,8(a0)
8040155c:	6485                	lui	s1,0x1
8040155e:	94d2                	add	s1,s1,s4
80401560:	0785                	add	a5,a5,1 # 1001 <errno+0x1001>
80401562:	c51c                	sw	a5,8(a0)
80401564:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
80401568:	8c3a                	mv	s8,a4
8040156a:	8004a703          	lw	a4,-2048(s1)
8040156e:	3f000d93          	li	s11,1008
80401572:	c23e                	sw	a5,4(sp)
80401574:	c02e                	sw	a1,0(sp)
80401576:	c402                	sw	zero,8(sp)
80401578:	c636                	sw	a3,12(sp)
8040157a:	40dd8db3          	sub	s11,s11,a3
8040157e:	40eb87b3          	sub	a5,s7,a4
80401582:	842a                	mv	s0,a0
80401584:	8b2e                	mv	s6,a1
80401586:	8cb2                	mv	s9,a2
80401588:	8942                	mv	s2,a6
8040158a:	8ac6                	mv	s5,a7
8040158c:	00fdff63          	bgeu	s11,a5,804015aa <xs_talk+0x98>
80401590:	4048                	lw	a0,4(s0)
80401592:	00000097          	auipc	ra,0x0
80401596:	c54080e7          	jalr	-940(ra) # 804011e6 <evtchn_send>
8040159a:	445c                	lw	a5,12(s0)
8040159c:	9782                	jalr	a5
8040159e:	8004a783          	lw	a5,-2048(s1)
804015a2:	40fb87b3          	sub	a5,s7,a5
804015a6:	fefde5e3          	bltu	s11,a5,80401590 <xs_talk+0x7e>
804015aa:	0330000f          	fence	rw,rw
804015ae:	4010                	lw	a2,0(s0)
804015b0:	870a                	mv	a4,sp
804015b2:	0804                	add	s1,sp,16
804015b4:	40eb85b3          	sub	a1,s7,a4
804015b8:	00074683          	lbu	a3,0(a4)
804015bc:	00e587b3          	add	a5,a1,a4
804015c0:	3ff7f793          	and	a5,a5,1023
804015c4:	97b2                	add	a5,a5,a2
804015c6:	00d78023          	sb	a3,0(a5)
804015ca:	0705                	add	a4,a4,1
804015cc:	fee496e3          	bne	s1,a4,804015b8 <xs_talk+0xa6>
804015d0:	419b86b3          	sub	a3,s7,s9
804015d4:	87e6                	mv	a5,s9
804015d6:	010d0513          	add	a0,s10,16
804015da:	9cea                	add	s9,s9,s10
804015dc:	06c1                	add	a3,a3,16
804015de:	0007c703          	lbu	a4,0(a5)
804015e2:	00f685b3          	add	a1,a3,a5
804015e6:	3ff5f593          	and	a1,a1,1023
804015ea:	95b2                	add	a1,a1,a2
804015ec:	00e58023          	sb	a4,0(a1)
804015f0:	0785                	add	a5,a5,1
804015f2:	ff9796e3          	bne	a5,s9,804015de <xs_talk+0xcc>
804015f6:	87e2                	mv	a5,s8
804015f8:	9baa                	add	s7,s7,a0
804015fa:	9c4e                	add	s8,s8,s3
804015fc:	40fb85b3          	sub	a1,s7,a5
80401600:	00098e63          	beqz	s3,8040161c <xs_talk+0x10a>
80401604:	0007c703          	lbu	a4,0(a5)
80401608:	00f586b3          	add	a3,a1,a5
8040160c:	3ff6f693          	and	a3,a3,1023
80401610:	96b2                	add	a3,a3,a2
80401612:	00e68023          	sb	a4,0(a3)
80401616:	0785                	add	a5,a5,1
80401618:	ff8796e3          	bne	a5,s8,80401604 <xs_talk+0xf2>
8040161c:	9bce                	add	s7,s7,s3
8040161e:	0110000f          	fence	w,w
80401622:	6d05                	lui	s10,0x1
80401624:	9d52                	add	s10,s10,s4
80401626:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
8040162a:	4048                	lw	a0,4(s0)
8040162c:	00000097          	auipc	ra,0x0
80401630:	bba080e7          	jalr	-1094(ra) # 804011e6 <evtchn_send>
80401634:	808d2503          	lw	a0,-2040(s10)
80401638:	80cd2683          	lw	a3,-2036(s10)
8040163c:	8e89                	sub	a3,a3,a0
8040163e:	0220000f          	fence	r,r
80401642:	40000793          	li	a5,1024
80401646:	02d7e963          	bltu	a5,a3,80401678 <xs_talk+0x166>
8040164a:	02010c93          	add	s9,sp,32
8040164e:	4bc1                	li	s7,16
80401650:	49bd                	li	s3,15
80401652:	10000c13          	li	s8,256
80401656:	419b8bb3          	sub	s7,s7,s9
8040165a:	40000a13          	li	s4,1024
8040165e:	04d9ea63          	bltu	s3,a3,804016b2 <xs_talk+0x1a0>
80401662:	445c                	lw	a5,12(s0)
80401664:	9782                	jalr	a5
80401666:	808d2503          	lw	a0,-2040(s10)
8040166a:	80cd2683          	lw	a3,-2036(s10)
8040166e:	8e89                	sub	a3,a3,a0
80401670:	0220000f          	fence	r,r
80401674:	feda75e3          	bgeu	s4,a3,8040165e <xs_talk+0x14c>
80401678:	5549                	li	a0,-14
8040167a:	15c12083          	lw	ra,348(sp)
8040167e:	15812403          	lw	s0,344(sp)
80401682:	15412483          	lw	s1,340(sp)
80401686:	15012903          	lw	s2,336(sp)
8040168a:	14c12983          	lw	s3,332(sp)
8040168e:	14812a03          	lw	s4,328(sp)
80401692:	14412a83          	lw	s5,324(sp)
80401696:	14012b03          	lw	s6,320(sp)
8040169a:	13c12b83          	lw	s7,316(sp)
8040169e:	13812c03          	lw	s8,312(sp)
804016a2:	13412c83          	lw	s9,308(sp)
804016a6:	13012d03          	lw	s10,304(sp)
804016aa:	12c12d83          	lw	s11,300(sp)
804016ae:	6135                	add	sp,sp,352
804016b0:	8082                	ret
804016b2:	4010                	lw	a2,0(s0)
804016b4:	8726                	mv	a4,s1
804016b6:	409505b3          	sub	a1,a0,s1
804016ba:	00e587b3          	add	a5,a1,a4
804016be:	3ff7f793          	and	a5,a5,1023
804016c2:	97b2                	add	a5,a5,a2
804016c4:	4007c783          	lbu	a5,1024(a5)
804016c8:	0705                	add	a4,a4,1
804016ca:	fef70fa3          	sb	a5,-1(a4)
804016ce:	ff9716e3          	bne	a4,s9,804016ba <xs_talk+0x1a8>
804016d2:	47f2                	lw	a5,28(sp)
804016d4:	fafc62e3          	bltu	s8,a5,80401678 <xs_talk+0x166>
804016d8:	01078713          	add	a4,a5,16
804016dc:	f8e6e3e3          	bltu	a3,a4,80401662 <xs_talk+0x150>
804016e0:	019785b3          	add	a1,a5,s9
804016e4:	8766                	mv	a4,s9
804016e6:	00ab86b3          	add	a3,s7,a0
804016ea:	cf89                	beqz	a5,80401704 <xs_talk+0x1f2>
804016ec:	00e687b3          	add	a5,a3,a4
804016f0:	3ff7f793          	and	a5,a5,1023
804016f4:	97b2                	add	a5,a5,a2
804016f6:	4007c783          	lbu	a5,1024(a5)
804016fa:	0705                	add	a4,a4,1
804016fc:	fef70fa3          	sb	a5,-1(a4)
80401700:	feb716e3          	bne	a4,a1,804016ec <xs_talk+0x1da>
80401704:	0330000f          	fence	rw,rw
80401708:	4df2                	lw	s11,28(sp)
8040170a:	010d8793          	add	a5,s11,16
8040170e:	97aa                	add	a5,a5,a0
80401710:	80fd2423          	sw	a5,-2040(s10)
80401714:	4048                	lw	a0,4(s0)
80401716:	00000097          	auipc	ra,0x0
8040171a:	ad0080e7          	jalr	-1328(ra) # 804011e6 <evtchn_send>
8040171e:	4752                	lw	a4,20(sp)
80401720:	4792                	lw	a5,4(sp)
80401722:	f4f712e3          	bne	a4,a5,80401666 <xs_talk+0x154>
80401726:	47c2                	lw	a5,16(sp)
80401728:	4741                	li	a4,16
8040172a:	02e78a63          	beq	a5,a4,8040175e <xs_talk+0x24c>
8040172e:	5529                	li	a0,-22
80401730:	f56795e3          	bne	a5,s6,8040167a <xs_talk+0x168>
80401734:	020d8363          	beqz	s11,8040175a <xs_talk+0x248>
80401738:	020a8163          	beqz	s5,8040175a <xs_talk+0x248>
8040173c:	fffd8713          	add	a4,s11,-1
80401740:	974a                	add	a4,a4,s2
80401742:	9aca                	add	s5,s5,s2
80401744:	a021                	j	8040174c <xs_talk+0x23a>
80401746:	0905                	add	s2,s2,1
80401748:	01590963          	beq	s2,s5,8040175a <xs_talk+0x248>
8040174c:	000cc783          	lbu	a5,0(s9)
80401750:	0c85                	add	s9,s9,1
80401752:	00f90023          	sb	a5,0(s2)
80401756:	fee918e3          	bne	s2,a4,80401746 <xs_talk+0x234>
8040175a:	856e                	mv	a0,s11
8040175c:	bf39                	j	8040167a <xs_talk+0x168>
8040175e:	80406337          	lui	t1,0x80406
80401762:	54030f13          	add	t5,t1,1344 # 80406540 <names.0>
80401766:	04500793          	li	a5,69
8040176a:	54030313          	add	t1,t1,1344
8040176e:	00032583          	lw	a1,0(t1)
80401772:	4e01                	li	t3,0
80401774:	4ead                	li	t4,11
80401776:	cbb9                	beqz	a5,804017cc <xs_talk+0x2ba>
80401778:	4681                	li	a3,0
8040177a:	88b6                	mv	a7,a3
8040177c:	0685                	add	a3,a3,1
8040177e:	00d587b3          	add	a5,a1,a3
80401782:	0007c783          	lbu	a5,0(a5)
80401786:	fbf5                	bnez	a5,8040177a <xs_talk+0x268>
80401788:	020d8763          	beqz	s11,804017b6 <xs_talk+0x2a4>
8040178c:	8666                	mv	a2,s9
8040178e:	a031                	j	8040179a <xs_talk+0x288>
80401790:	02f88f63          	beq	a7,a5,804017ce <xs_talk+0x2bc>
80401794:	02ed8163          	beq	s11,a4,804017b6 <xs_talk+0x2a4>
80401798:	87ba                	mv	a5,a4
8040179a:	00f58733          	add	a4,a1,a5
8040179e:	00064803          	lbu	a6,0(a2)
804017a2:	00074503          	lbu	a0,0(a4)
804017a6:	0605                	add	a2,a2,1
804017a8:	00178713          	add	a4,a5,1
804017ac:	fea802e3          	beq	a6,a0,80401790 <xs_talk+0x27e>
804017b0:	8736                	mv	a4,a3
804017b2:	00f68e63          	beq	a3,a5,804017ce <xs_talk+0x2bc>
804017b6:	0e05                	add	t3,t3,1
804017b8:	0321                	add	t1,t1,8
804017ba:	03de0a63          	beq	t3,t4,804017ee <xs_talk+0x2dc>
804017be:	00032783          	lw	a5,0(t1)
804017c2:	00032583          	lw	a1,0(t1)
804017c6:	0007c783          	lbu	a5,0(a5)
804017ca:	f7dd                	bnez	a5,80401778 <xs_talk+0x266>
804017cc:	4701                	li	a4,0
804017ce:	00ed8963          	beq	s11,a4,804017e0 <xs_talk+0x2ce>
804017d2:	12070793          	add	a5,a4,288
804017d6:	00278733          	add	a4,a5,sp
804017da:	f0074783          	lbu	a5,-256(a4)
804017de:	ffe1                	bnez	a5,804017b6 <xs_talk+0x2a4>
804017e0:	0e0e                	sll	t3,t3,0x3
804017e2:	9f72                	add	t5,t5,t3
804017e4:	004f2503          	lw	a0,4(t5)
804017e8:	40a00533          	neg	a0,a0
804017ec:	b579                	j	8040167a <xs_talk+0x168>
804017ee:	5529                	li	a0,-22
804017f0:	b569                	j	8040167a <xs_talk+0x168>
804017f2:	5565                	li	a0,-7
804017f4:	b559                	j	8040167a <xs_talk+0x168>

804017f6 <xs_read.part.0>:
804017f6:	1141                	add	sp,sp,-16
804017f8:	c422                	sw	s0,8(sp)
804017fa:	c226                	sw	s1,4(sp)
804017fc:	c606                	sw	ra,12(sp)
804017fe:	0005c783          	lbu	a5,0(a1)
80401802:	84b2                	mv	s1,a2
80401804:	8436                	mv	s0,a3
80401806:	c7a5                	beqz	a5,8040186e <xs_read.part.0+0x78>
80401808:	4781                	li	a5,0
8040180a:	833e                	mv	t1,a5
8040180c:	0785                	add	a5,a5,1
8040180e:	00f58733          	add	a4,a1,a5
80401812:	00074703          	lbu	a4,0(a4)
80401816:	fb75                	bnez	a4,8040180a <xs_read.part.0+0x14>
80401818:	00230693          	add	a3,t1,2
8040181c:	147d                	add	s0,s0,-1
8040181e:	862e                	mv	a2,a1
80401820:	88a2                	mv	a7,s0
80401822:	8826                	mv	a6,s1
80401824:	4781                	li	a5,0
80401826:	4701                	li	a4,0
80401828:	4589                	li	a1,2
8040182a:	00000097          	auipc	ra,0x0
8040182e:	ce8080e7          	jalr	-792(ra) # 80401512 <xs_talk>
80401832:	00054963          	bltz	a0,80401844 <xs_read.part.0+0x4e>
80401836:	87aa                	mv	a5,a0
80401838:	02a46463          	bltu	s0,a0,80401860 <xs_read.part.0+0x6a>
8040183c:	4501                	li	a0,0
8040183e:	eb81                	bnez	a5,8040184e <xs_read.part.0+0x58>
80401840:	00048023          	sb	zero,0(s1)
80401844:	40b2                	lw	ra,12(sp)
80401846:	4422                	lw	s0,8(sp)
80401848:	4492                	lw	s1,4(sp)
8040184a:	0141                	add	sp,sp,16
8040184c:	8082                	ret
8040184e:	fff78513          	add	a0,a5,-1
80401852:	00a48733          	add	a4,s1,a0
80401856:	00074683          	lbu	a3,0(a4)
8040185a:	e699                	bnez	a3,80401868 <xs_read.part.0+0x72>
8040185c:	84ba                	mv	s1,a4
8040185e:	b7cd                	j	80401840 <xs_read.part.0+0x4a>
80401860:	87a2                	mv	a5,s0
80401862:	4501                	li	a0,0
80401864:	dff1                	beqz	a5,80401840 <xs_read.part.0+0x4a>
80401866:	b7e5                	j	8040184e <xs_read.part.0+0x58>
80401868:	94be                	add	s1,s1,a5
8040186a:	853e                	mv	a0,a5
8040186c:	bfd1                	j	80401840 <xs_read.part.0+0x4a>
8040186e:	4685                	li	a3,1
80401870:	b775                	j	8040181c <xs_read.part.0+0x26>

80401872 <xs_init>:
80401872:	c10c                	sw	a1,0(a0)
80401874:	c150                	sw	a2,4(a0)
80401876:	00052423          	sw	zero,8(a0)
8040187a:	c554                	sw	a3,12(a0)
8040187c:	8082                	ret

8040187e <xs_read_u32>:
8040187e:	1101                	add	sp,sp,-32
80401880:	cc22                	sw	s0,24(sp)
80401882:	46c1                	li	a3,16
80401884:	8432                	mv	s0,a2
80401886:	860a                	mv	a2,sp
80401888:	ce06                	sw	ra,28(sp)
8040188a:	00000097          	auipc	ra,0x0
8040188e:	f6c080e7          	jalr	-148(ra) # 804017f6 <xs_read.part.0>
80401892:	06054163          	bltz	a0,804018f4 <xs_read_u32+0x76>
80401896:	cd31                	beqz	a0,804018f2 <xs_read_u32+0x74>
80401898:	47a9                	li	a5,10
8040189a:	04a7cc63          	blt	a5,a0,804018f2 <xs_read_u32+0x74>
8040189e:	880a                	mv	a6,sp
804018a0:	4881                	li	a7,0
804018a2:	4781                	li	a5,0
804018a4:	4601                	li	a2,0
804018a6:	4325                	li	t1,9
804018a8:	a029                	j	804018b2 <xs_read_u32+0x34>
804018aa:	9636                	add	a2,a2,a3
804018ac:	0805                	add	a6,a6,1
804018ae:	04a8d763          	bge	a7,a0,804018fc <xs_read_u32+0x7e>
804018b2:	01e7d693          	srl	a3,a5,0x1e
804018b6:	00279713          	sll	a4,a5,0x2
804018ba:	00261593          	sll	a1,a2,0x2
804018be:	97ba                	add	a5,a5,a4
804018c0:	8dd5                	or	a1,a1,a3
804018c2:	00084683          	lbu	a3,0(a6)
804018c6:	95b2                	add	a1,a1,a2
804018c8:	00e7b733          	sltu	a4,a5,a4
804018cc:	972e                	add	a4,a4,a1
804018ce:	fd068693          	add	a3,a3,-48
804018d2:	01f7d613          	srl	a2,a5,0x1f
804018d6:	0706                	sll	a4,a4,0x1
804018d8:	0786                	sll	a5,a5,0x1
804018da:	8f51                	or	a4,a4,a2
804018dc:	97b6                	add	a5,a5,a3
804018de:	41f6d613          	sra	a2,a3,0x1f
804018e2:	0ff6f593          	zext.b	a1,a3
804018e6:	963a                	add	a2,a2,a4
804018e8:	00d7b6b3          	sltu	a3,a5,a3
804018ec:	0885                	add	a7,a7,1
804018ee:	fab37ee3          	bgeu	t1,a1,804018aa <xs_read_u32+0x2c>
804018f2:	5529                	li	a0,-22
804018f4:	40f2                	lw	ra,28(sp)
804018f6:	4462                	lw	s0,24(sp)
804018f8:	6105                	add	sp,sp,32
804018fa:	8082                	ret
804018fc:	fa7d                	bnez	a2,804018f2 <xs_read_u32+0x74>
804018fe:	40f2                	lw	ra,28(sp)
80401900:	c01c                	sw	a5,0(s0)
80401902:	4462                	lw	s0,24(sp)
80401904:	4501                	li	a0,0
80401906:	6105                	add	sp,sp,32
80401908:	8082                	ret

8040190a <xs_write>:
8040190a:	1101                	add	sp,sp,-32
8040190c:	ce06                	sw	ra,28(sp)
8040190e:	0005c783          	lbu	a5,0(a1)
80401912:	8732                	mv	a4,a2
80401914:	c7b9                	beqz	a5,80401962 <xs_write+0x58>
80401916:	4781                	li	a5,0
80401918:	86be                	mv	a3,a5
8040191a:	0785                	add	a5,a5,1
8040191c:	00f58833          	add	a6,a1,a5
80401920:	00084803          	lbu	a6,0(a6)
80401924:	fe081ae3          	bnez	a6,80401918 <xs_write+0xe>
80401928:	00074783          	lbu	a5,0(a4)
8040192c:	0689                	add	a3,a3,2
8040192e:	cf95                	beqz	a5,8040196a <xs_write+0x60>
80401930:	4781                	li	a5,0
80401932:	0785                	add	a5,a5,1
80401934:	00f70833          	add	a6,a4,a5
80401938:	00084803          	lbu	a6,0(a6)
8040193c:	fe081be3          	bnez	a6,80401932 <xs_write+0x28>
80401940:	00c10813          	add	a6,sp,12
80401944:	862e                	mv	a2,a1
80401946:	4891                	li	a7,4
80401948:	45ad                	li	a1,11
8040194a:	00000097          	auipc	ra,0x0
8040194e:	bc8080e7          	jalr	-1080(ra) # 80401512 <xs_talk>
80401952:	40f2                	lw	ra,28(sp)
80401954:	00152793          	slti	a5,a0,1
80401958:	40f007b3          	neg	a5,a5
8040195c:	8d7d                	and	a0,a0,a5
8040195e:	6105                	add	sp,sp,32
80401960:	8082                	ret
80401962:	00074783          	lbu	a5,0(a4)
80401966:	4685                	li	a3,1
80401968:	f7e1                	bnez	a5,80401930 <xs_write+0x26>
8040196a:	4781                	li	a5,0
8040196c:	bfd1                	j	80401940 <xs_write+0x36>

8040196e <xs_write_u32>:
8040196e:	1101                	add	sp,sp,-32
80401970:	87b2                	mv	a5,a2
80401972:	ce06                	sw	ra,28(sp)
80401974:	00010723          	sb	zero,14(sp)
80401978:	00e10613          	add	a2,sp,14
8040197c:	46a9                	li	a3,10
8040197e:	48a5                	li	a7,9
80401980:	02d7f733          	remu	a4,a5,a3
80401984:	167d                	add	a2,a2,-1
80401986:	883e                	mv	a6,a5
80401988:	03070713          	add	a4,a4,48
8040198c:	00e60023          	sb	a4,0(a2)
80401990:	02d7d7b3          	divu	a5,a5,a3
80401994:	ff08e6e3          	bltu	a7,a6,80401980 <xs_write_u32+0x12>
80401998:	00000097          	auipc	ra,0x0
8040199c:	f72080e7          	jalr	-142(ra) # 8040190a <xs_write>
804019a0:	40f2                	lw	ra,28(sp)
804019a2:	6105                	add	sp,sp,32
804019a4:	8082                	ret

804019a6 <cons_event>:
804019a6:	8082                	ret

804019a8 <uni_console_drain>:
804019a8:	804077b7          	lui	a5,0x80407
804019ac:	0d07a783          	lw	a5,208(a5) # 804070d0 <ready>
804019b0:	e391                	bnez	a5,804019b4 <uni_console_drain+0xc>
804019b2:	8082                	ret
804019b4:	8041b537          	lui	a0,0x8041b
804019b8:	3c450513          	add	a0,a0,964 # 8041b3c4 <cons>
804019bc:	00000317          	auipc	t1,0x0
804019c0:	a9430067          	jr	-1388(t1) # 80401450 <pvcons_drain>

804019c4 <uni_console_write>:
804019c4:	804077b7          	lui	a5,0x80407
804019c8:	0d07a703          	lw	a4,208(a5) # 804070d0 <ready>
804019cc:	862e                	mv	a2,a1
804019ce:	cb11                	beqz	a4,804019e2 <uni_console_write+0x1e>
804019d0:	85aa                	mv	a1,a0
804019d2:	8041b537          	lui	a0,0x8041b
804019d6:	3c450513          	add	a0,a0,964 # 8041b3c4 <cons>
804019da:	00000317          	auipc	t1,0x0
804019de:	a2c30067          	jr	-1492(t1) # 80401406 <pvcons_write>
804019e2:	fffff317          	auipc	t1,0xfffff
804019e6:	e6430067          	jr	-412(t1) # 80400846 <uni_early_write>

804019ea <uni_console_read>:
804019ea:	c9cd                	beqz	a1,80401a9c <uni_console_read+0xb2>
804019ec:	804077b7          	lui	a5,0x80407
804019f0:	0d07a783          	lw	a5,208(a5) # 804070d0 <ready>
804019f4:	1101                	add	sp,sp,-32
804019f6:	c64e                	sw	s3,12(sp)
804019f8:	ce06                	sw	ra,28(sp)
804019fa:	cc22                	sw	s0,24(sp)
804019fc:	ca26                	sw	s1,20(sp)
804019fe:	c84a                	sw	s2,16(sp)
80401a00:	c452                	sw	s4,8(sp)
80401a02:	c256                	sw	s5,4(sp)
80401a04:	89aa                	mv	s3,a0
80401a06:	4501                	li	a0,0
80401a08:	cfa5                	beqz	a5,80401a80 <uni_console_read+0x96>
80401a0a:	892e                	mv	s2,a1
80401a0c:	8041bab7          	lui	s5,0x8041b
80401a10:	804074b7          	lui	s1,0x80407
80401a14:	80407437          	lui	s0,0x80407
80401a18:	8041ba37          	lui	s4,0x8041b
80401a1c:	0c84a783          	lw	a5,200(s1) # 804070c8 <in_w>
80401a20:	a819                	j	80401a36 <uni_console_read+0x4c>
80401a22:	0c042623          	sw	zero,204(s0) # 804070cc <in_r>
80401a26:	00000097          	auipc	ra,0x0
80401a2a:	a70080e7          	jalr	-1424(ra) # 80401496 <pvcons_read>
80401a2e:	0ca4a423          	sw	a0,200(s1)
80401a32:	87aa                	mv	a5,a0
80401a34:	cd39                	beqz	a0,80401a92 <uni_console_read+0xa8>
80401a36:	0cc42703          	lw	a4,204(s0)
80401a3a:	04000613          	li	a2,64
80401a3e:	384a8593          	add	a1,s5,900 # 8041b384 <inbuf>
80401a42:	3c4a0513          	add	a0,s4,964 # 8041b3c4 <cons>
80401a46:	fcf70ee3          	beq	a4,a5,80401a22 <uni_console_read+0x38>
80401a4a:	8041b837          	lui	a6,0x8041b
80401a4e:	8f99                	sub	a5,a5,a4
80401a50:	863a                	mv	a2,a4
80401a52:	4501                	li	a0,0
80401a54:	38480813          	add	a6,a6,900 # 8041b384 <inbuf>
80401a58:	4891                	li	a7,4
80401a5a:	00a706b3          	add	a3,a4,a0
80401a5e:	96c2                	add	a3,a3,a6
80401a60:	0006c683          	lbu	a3,0(a3)
80401a64:	03168e63          	beq	a3,a7,80401aa0 <uni_console_read+0xb6>
80401a68:	0505                	add	a0,a0,1
80401a6a:	00a985b3          	add	a1,s3,a0
80401a6e:	fed58fa3          	sb	a3,-1(a1)
80401a72:	0605                	add	a2,a2,1
80401a74:	00a90463          	beq	s2,a0,80401a7c <uni_console_read+0x92>
80401a78:	fea791e3          	bne	a5,a0,80401a5a <uni_console_read+0x70>
80401a7c:	0cc42623          	sw	a2,204(s0)
80401a80:	40f2                	lw	ra,28(sp)
80401a82:	4462                	lw	s0,24(sp)
80401a84:	44d2                	lw	s1,20(sp)
80401a86:	4942                	lw	s2,16(sp)
80401a88:	49b2                	lw	s3,12(sp)
80401a8a:	4a22                	lw	s4,8(sp)
80401a8c:	4a92                	lw	s5,4(sp)
80401a8e:	6105                	add	sp,sp,32
80401a90:	8082                	ret
80401a92:	fffff097          	auipc	ra,0xfffff
80401a96:	7e2080e7          	jalr	2018(ra) # 80401274 <pv_block>
80401a9a:	b749                	j	80401a1c <uni_console_read+0x32>
80401a9c:	4501                	li	a0,0
80401a9e:	8082                	ret
80401aa0:	00153793          	seqz	a5,a0
80401aa4:	97b2                	add	a5,a5,a2
80401aa6:	0cf42623          	sw	a5,204(s0)
80401aaa:	bfd9                	j	80401a80 <uni_console_read+0x96>

80401aac <timer_event>:
80401aac:	8082                	ret

80401aae <uni_page_alloc>:
80401aae:	1141                	add	sp,sp,-16
80401ab0:	804077b7          	lui	a5,0x80407
80401ab4:	c422                	sw	s0,8(sp)
80401ab6:	0f47a403          	lw	s0,244(a5) # 804070f4 <free_list>
80401aba:	c606                	sw	ra,12(sp)
80401abc:	c005                	beqz	s0,80401adc <uni_page_alloc+0x2e>
80401abe:	4018                	lw	a4,0(s0)
80401ac0:	0ee7aa23          	sw	a4,244(a5)
80401ac4:	6605                	lui	a2,0x1
80401ac6:	4581                	li	a1,0
80401ac8:	8522                	mv	a0,s0
80401aca:	00001097          	auipc	ra,0x1
80401ace:	cfe080e7          	jalr	-770(ra) # 804027c8 <memset>
80401ad2:	40b2                	lw	ra,12(sp)
80401ad4:	8522                	mv	a0,s0
80401ad6:	4422                	lw	s0,8(sp)
80401ad8:	0141                	add	sp,sp,16
80401ada:	8082                	ret
80401adc:	804077b7          	lui	a5,0x80407
80401ae0:	804076b7          	lui	a3,0x80407
80401ae4:	0f07a703          	lw	a4,240(a5) # 804070f0 <low_next>
80401ae8:	0ec6a683          	lw	a3,236(a3) # 804070ec <low_end>
80401aec:	02d76463          	bltu	a4,a3,80401b14 <uni_page_alloc+0x66>
80401af0:	80407737          	lui	a4,0x80407
80401af4:	804077b7          	lui	a5,0x80407
80401af8:	0e072603          	lw	a2,224(a4) # 804070e0 <top>
80401afc:	0e47a783          	lw	a5,228(a5) # 804070e4 <brk>
80401b00:	6685                	lui	a3,0x1
80401b02:	40f607b3          	sub	a5,a2,a5
80401b06:	fcd7e6e3          	bltu	a5,a3,80401ad2 <uni_page_alloc+0x24>
80401b0a:	40d60433          	sub	s0,a2,a3
80401b0e:	0e872023          	sw	s0,224(a4)
80401b12:	bf4d                	j	80401ac4 <uni_page_alloc+0x16>
80401b14:	843a                	mv	s0,a4
80401b16:	6705                	lui	a4,0x1
80401b18:	9722                	add	a4,a4,s0
80401b1a:	0ee7a823          	sw	a4,240(a5)
80401b1e:	b75d                	j	80401ac4 <uni_page_alloc+0x16>

80401b20 <uni_posix_mount>:
80401b20:	804077b7          	lui	a5,0x80407
80401b24:	0ea7ac23          	sw	a0,248(a5) # 804070f8 <fs>
80401b28:	8082                	ret

80401b2a <write>:
80401b2a:	1141                	add	sp,sp,-16
80401b2c:	c606                	sw	ra,12(sp)
80401b2e:	c422                	sw	s0,8(sp)
80401b30:	47bd                	li	a5,15
80401b32:	00a7eb63          	bltu	a5,a0,80401b48 <write+0x1e>
80401b36:	80407737          	lui	a4,0x80407
80401b3a:	00070713          	mv	a4,a4
80401b3e:	00351793          	sll	a5,a0,0x3
80401b42:	97ba                	add	a5,a5,a4
80401b44:	4398                	lw	a4,0(a5)
80401b46:	ef11                	bnez	a4,80401b62 <write+0x38>
80401b48:	4725                	li	a4,9
80401b4a:	000007b7          	lui	a5,0x0
80401b4e:	004787b3          	add	a5,a5,tp
80401b52:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401b56:	547d                	li	s0,-1
80401b58:	40b2                	lw	ra,12(sp)
80401b5a:	8522                	mv	a0,s0
80401b5c:	4422                	lw	s0,8(sp)
80401b5e:	0141                	add	sp,sp,16
80401b60:	8082                	ret
80401b62:	8432                	mv	s0,a2
80401b64:	04064663          	bltz	a2,80401bb0 <write+0x86>
80401b68:	4505                	li	a0,1
80401b6a:	02a70b63          	beq	a4,a0,80401ba0 <write+0x76>
80401b6e:	80407737          	lui	a4,0x80407
80401b72:	0f872703          	lw	a4,248(a4) # 804070f8 <fs>
80401b76:	43c8                	lw	a0,4(a5)
80401b78:	475c                	lw	a5,12(a4)
80401b7a:	9782                	jalr	a5
80401b7c:	842a                	mv	s0,a0
80401b7e:	fc055de3          	bgez	a0,80401b58 <write+0x2e>
80401b82:	fff54413          	not	s0,a0
80401b86:	02500793          	li	a5,37
80401b8a:	4715                	li	a4,5
80401b8c:	fa87efe3          	bltu	a5,s0,80401b4a <write+0x20>
80401b90:	804067b7          	lui	a5,0x80406
80401b94:	60878793          	add	a5,a5,1544 # 80406608 <CSWTCH.34>
80401b98:	97a2                	add	a5,a5,s0
80401b9a:	00078703          	lb	a4,0(a5)
80401b9e:	b775                	j	80401b4a <write+0x20>
80401ba0:	86ae                	mv	a3,a1
80401ba2:	8536                	mv	a0,a3
80401ba4:	85b2                	mv	a1,a2
80401ba6:	00000097          	auipc	ra,0x0
80401baa:	e1e080e7          	jalr	-482(ra) # 804019c4 <uni_console_write>
80401bae:	b76d                	j	80401b58 <write+0x2e>
80401bb0:	4759                	li	a4,22
80401bb2:	bf61                	j	80401b4a <write+0x20>

80401bb4 <read>:
80401bb4:	47bd                	li	a5,15
80401bb6:	02a7ee63          	bltu	a5,a0,80401bf2 <read+0x3e>
80401bba:	804076b7          	lui	a3,0x80407
80401bbe:	00068693          	mv	a3,a3
80401bc2:	00351793          	sll	a5,a0,0x3
80401bc6:	97b6                	add	a5,a5,a3
80401bc8:	4394                	lw	a3,0(a5)
80401bca:	c685                	beqz	a3,80401bf2 <read+0x3e>
80401bcc:	04064363          	bltz	a2,80401c12 <read+0x5e>
80401bd0:	4505                	li	a0,1
80401bd2:	02a68963          	beq	a3,a0,80401c04 <read+0x50>
80401bd6:	80407737          	lui	a4,0x80407
80401bda:	0f872703          	lw	a4,248(a4) # 804070f8 <fs>
80401bde:	43c8                	lw	a0,4(a5)
80401be0:	1141                	add	sp,sp,-16
80401be2:	471c                	lw	a5,8(a4)
80401be4:	c606                	sw	ra,12(sp)
80401be6:	9782                	jalr	a5
80401be8:	02054763          	bltz	a0,80401c16 <read+0x62>
80401bec:	40b2                	lw	ra,12(sp)
80401bee:	0141                	add	sp,sp,16
80401bf0:	8082                	ret
80401bf2:	4725                	li	a4,9
80401bf4:	000007b7          	lui	a5,0x0
80401bf8:	004787b3          	add	a5,a5,tp
80401bfc:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401c00:	557d                	li	a0,-1
80401c02:	8082                	ret
80401c04:	882e                	mv	a6,a1
80401c06:	8542                	mv	a0,a6
80401c08:	85b2                	mv	a1,a2
80401c0a:	00000317          	auipc	t1,0x0
80401c0e:	de030067          	jr	-544(t1) # 804019ea <uni_console_read>
80401c12:	4759                	li	a4,22
80401c14:	b7c5                	j	80401bf4 <read+0x40>
80401c16:	fff54513          	not	a0,a0
80401c1a:	02500793          	li	a5,37
80401c1e:	4715                	li	a4,5
80401c20:	00a7e963          	bltu	a5,a0,80401c32 <read+0x7e>
80401c24:	804067b7          	lui	a5,0x80406
80401c28:	60878793          	add	a5,a5,1544 # 80406608 <CSWTCH.34>
80401c2c:	97aa                	add	a5,a5,a0
80401c2e:	00078703          	lb	a4,0(a5)
80401c32:	40b2                	lw	ra,12(sp)
80401c34:	000007b7          	lui	a5,0x0
80401c38:	004787b3          	add	a5,a5,tp
80401c3c:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401c40:	557d                	li	a0,-1
80401c42:	0141                	add	sp,sp,16
80401c44:	8082                	ret

80401c46 <open>:
80401c46:	7179                	add	sp,sp,-48
80401c48:	c422                	sw	s0,8(sp)
80401c4a:	6405                	lui	s0,0x1
80401c4c:	80040413          	add	s0,s0,-2048 # 800 <errno+0x800>
80401c50:	c606                	sw	ra,12(sp)
80401c52:	c226                	sw	s1,4(sp)
80401c54:	cc32                	sw	a2,24(sp)
80401c56:	ce36                	sw	a3,28(sp)
80401c58:	d03a                	sw	a4,32(sp)
80401c5a:	d23e                	sw	a5,36(sp)
80401c5c:	d442                	sw	a6,40(sp)
80401c5e:	d646                	sw	a7,44(sp)
80401c60:	8c6d                	and	s0,s0,a1
80401c62:	e849                	bnez	s0,80401cf4 <open+0xae>
80401c64:	0035f793          	and	a5,a1,3
80401c68:	470d                	li	a4,3
80401c6a:	08e78563          	beq	a5,a4,80401cf4 <open+0xae>
80401c6e:	804077b7          	lui	a5,0x80407
80401c72:	0f87a603          	lw	a2,248(a5) # 804070f8 <fs>
80401c76:	ce2d                	beqz	a2,80401cf0 <open+0xaa>
80401c78:	804077b7          	lui	a5,0x80407
80401c7c:	00078493          	mv	s1,a5
80401c80:	46c1                	li	a3,16
80401c82:	00078793          	mv	a5,a5
80401c86:	4398                	lw	a4,0(a5)
80401c88:	07a1                	add	a5,a5,8 # 80407008 <fds+0x8>
80401c8a:	c315                	beqz	a4,80401cae <open+0x68>
80401c8c:	0405                	add	s0,s0,1
80401c8e:	fed41ce3          	bne	s0,a3,80401c86 <open+0x40>
80401c92:	47e1                	li	a5,24
80401c94:	547d                	li	s0,-1
80401c96:	40b2                	lw	ra,12(sp)
80401c98:	8522                	mv	a0,s0
80401c9a:	00000737          	lui	a4,0x0
80401c9e:	4422                	lw	s0,8(sp)
80401ca0:	00470733          	add	a4,a4,tp
80401ca4:	00f72023          	sw	a5,0(a4) # 0 <errno>
80401ca8:	4492                	lw	s1,4(sp)
80401caa:	6145                	add	sp,sp,48
80401cac:	8082                	ret
80401cae:	421c                	lw	a5,0(a2)
80401cb0:	6435f593          	and	a1,a1,1603
80401cb4:	9782                	jalr	a5
80401cb6:	00054e63          	bltz	a0,80401cd2 <open+0x8c>
80401cba:	00341793          	sll	a5,s0,0x3
80401cbe:	97a6                	add	a5,a5,s1
80401cc0:	40b2                	lw	ra,12(sp)
80401cc2:	c3c8                	sw	a0,4(a5)
80401cc4:	8522                	mv	a0,s0
80401cc6:	4422                	lw	s0,8(sp)
80401cc8:	4709                	li	a4,2
80401cca:	c398                	sw	a4,0(a5)
80401ccc:	4492                	lw	s1,4(sp)
80401cce:	6145                	add	sp,sp,48
80401cd0:	8082                	ret
80401cd2:	fff54513          	not	a0,a0
80401cd6:	02500713          	li	a4,37
80401cda:	4795                	li	a5,5
80401cdc:	faa76ce3          	bltu	a4,a0,80401c94 <open+0x4e>
80401ce0:	804067b7          	lui	a5,0x80406
80401ce4:	60878793          	add	a5,a5,1544 # 80406608 <CSWTCH.34>
80401ce8:	97aa                	add	a5,a5,a0
80401cea:	00078783          	lb	a5,0(a5)
80401cee:	b75d                	j	80401c94 <open+0x4e>
80401cf0:	4789                	li	a5,2
80401cf2:	b74d                	j	80401c94 <open+0x4e>
80401cf4:	47d9                	li	a5,22
80401cf6:	bf79                	j	80401c94 <open+0x4e>

80401cf8 <close>:
80401cf8:	47bd                	li	a5,15
80401cfa:	02a7e163          	bltu	a5,a0,80401d1c <close+0x24>
80401cfe:	804077b7          	lui	a5,0x80407
80401d02:	050e                	sll	a0,a0,0x3
80401d04:	00078793          	mv	a5,a5
80401d08:	97aa                	add	a5,a5,a0
80401d0a:	4398                	lw	a4,0(a5)
80401d0c:	cb01                	beqz	a4,80401d1c <close+0x24>
80401d0e:	0007a023          	sw	zero,0(a5) # 80407000 <fds>
80401d12:	4689                	li	a3,2
80401d14:	00d70d63          	beq	a4,a3,80401d2e <close+0x36>
80401d18:	4501                	li	a0,0
80401d1a:	8082                	ret
80401d1c:	000007b7          	lui	a5,0x0
80401d20:	4725                	li	a4,9
80401d22:	004787b3          	add	a5,a5,tp
80401d26:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401d2a:	557d                	li	a0,-1
80401d2c:	8082                	ret
80401d2e:	80407737          	lui	a4,0x80407
80401d32:	0f872703          	lw	a4,248(a4) # 804070f8 <fs>
80401d36:	43c8                	lw	a0,4(a5)
80401d38:	1141                	add	sp,sp,-16
80401d3a:	435c                	lw	a5,4(a4)
80401d3c:	c606                	sw	ra,12(sp)
80401d3e:	9782                	jalr	a5
80401d40:	00054563          	bltz	a0,80401d4a <close+0x52>
80401d44:	40b2                	lw	ra,12(sp)
80401d46:	0141                	add	sp,sp,16
80401d48:	8082                	ret
80401d4a:	fff54513          	not	a0,a0
80401d4e:	02500793          	li	a5,37
80401d52:	4715                	li	a4,5
80401d54:	00a7e963          	bltu	a5,a0,80401d66 <close+0x6e>
80401d58:	804067b7          	lui	a5,0x80406
80401d5c:	60878793          	add	a5,a5,1544 # 80406608 <CSWTCH.34>
80401d60:	97aa                	add	a5,a5,a0
80401d62:	00078703          	lb	a4,0(a5)
80401d66:	40b2                	lw	ra,12(sp)
80401d68:	000007b7          	lui	a5,0x0
80401d6c:	004787b3          	add	a5,a5,tp
80401d70:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401d74:	557d                	li	a0,-1
80401d76:	0141                	add	sp,sp,16
80401d78:	8082                	ret

80401d7a <lseek>:
80401d7a:	47bd                	li	a5,15
80401d7c:	00a7ea63          	bltu	a5,a0,80401d90 <lseek+0x16>
80401d80:	804077b7          	lui	a5,0x80407
80401d84:	050e                	sll	a0,a0,0x3
80401d86:	00078793          	mv	a5,a5
80401d8a:	97aa                	add	a5,a5,a0
80401d8c:	4398                	lw	a4,0(a5)
80401d8e:	eb11                	bnez	a4,80401da2 <lseek+0x28>
80401d90:	4725                	li	a4,9
80401d92:	000007b7          	lui	a5,0x0
80401d96:	004787b3          	add	a5,a5,tp
80401d9a:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401d9e:	557d                	li	a0,-1
80401da0:	8082                	ret
80401da2:	4689                	li	a3,2
80401da4:	02d71063          	bne	a4,a3,80401dc4 <lseek+0x4a>
80401da8:	80407737          	lui	a4,0x80407
80401dac:	0f872703          	lw	a4,248(a4) # 804070f8 <fs>
80401db0:	43c8                	lw	a0,4(a5)
80401db2:	1141                	add	sp,sp,-16
80401db4:	4b1c                	lw	a5,16(a4)
80401db6:	c606                	sw	ra,12(sp)
80401db8:	9782                	jalr	a5
80401dba:	00054763          	bltz	a0,80401dc8 <lseek+0x4e>
80401dbe:	40b2                	lw	ra,12(sp)
80401dc0:	0141                	add	sp,sp,16
80401dc2:	8082                	ret
80401dc4:	4759                	li	a4,22
80401dc6:	b7f1                	j	80401d92 <lseek+0x18>
80401dc8:	fff54513          	not	a0,a0
80401dcc:	02500793          	li	a5,37
80401dd0:	4715                	li	a4,5
80401dd2:	00a7e963          	bltu	a5,a0,80401de4 <lseek+0x6a>
80401dd6:	804067b7          	lui	a5,0x80406
80401dda:	60878793          	add	a5,a5,1544 # 80406608 <CSWTCH.34>
80401dde:	97aa                	add	a5,a5,a0
80401de0:	00078703          	lb	a4,0(a5)
80401de4:	40b2                	lw	ra,12(sp)
80401de6:	000007b7          	lui	a5,0x0
80401dea:	004787b3          	add	a5,a5,tp
80401dee:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401df2:	557d                	li	a0,-1
80401df4:	0141                	add	sp,sp,16
80401df6:	8082                	ret

80401df8 <unlink>:
80401df8:	804077b7          	lui	a5,0x80407
80401dfc:	0f87a783          	lw	a5,248(a5) # 804070f8 <fs>
80401e00:	cb91                	beqz	a5,80401e14 <unlink+0x1c>
80401e02:	4bdc                	lw	a5,20(a5)
80401e04:	1141                	add	sp,sp,-16
80401e06:	c606                	sw	ra,12(sp)
80401e08:	9782                	jalr	a5
80401e0a:	00054e63          	bltz	a0,80401e26 <unlink+0x2e>
80401e0e:	40b2                	lw	ra,12(sp)
80401e10:	0141                	add	sp,sp,16
80401e12:	8082                	ret
80401e14:	000007b7          	lui	a5,0x0
80401e18:	4709                	li	a4,2
80401e1a:	004787b3          	add	a5,a5,tp
80401e1e:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401e22:	557d                	li	a0,-1
80401e24:	8082                	ret
80401e26:	fff54513          	not	a0,a0
80401e2a:	02500793          	li	a5,37
80401e2e:	4715                	li	a4,5
80401e30:	00a7fc63          	bgeu	a5,a0,80401e48 <unlink+0x50>
80401e34:	40b2                	lw	ra,12(sp)
80401e36:	000007b7          	lui	a5,0x0
80401e3a:	004787b3          	add	a5,a5,tp
80401e3e:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401e42:	557d                	li	a0,-1
80401e44:	0141                	add	sp,sp,16
80401e46:	8082                	ret
80401e48:	804067b7          	lui	a5,0x80406
80401e4c:	60878793          	add	a5,a5,1544 # 80406608 <CSWTCH.34>
80401e50:	97aa                	add	a5,a5,a0
80401e52:	00078703          	lb	a4,0(a5)
80401e56:	bff9                	j	80401e34 <unlink+0x3c>

80401e58 <uni_main>:
80401e58:	1141                	add	sp,sp,-16
80401e5a:	c606                	sw	ra,12(sp)
80401e5c:	c422                	sw	s0,8(sp)
80401e5e:	8041b837          	lui	a6,0x8041b
80401e62:	00054603          	lbu	a2,0(a0)
80401e66:	872a                	mv	a4,a0
80401e68:	02000693          	li	a3,32
80401e6c:	4501                	li	a0,0
80401e6e:	45a5                	li	a1,9
80401e70:	3d080813          	add	a6,a6,976 # 8041b3d0 <argv.1>
80401e74:	02d60b63          	beq	a2,a3,80401eaa <uni_main+0x52>
80401e78:	02b60963          	beq	a2,a1,80401eaa <uni_main+0x52>
80401e7c:	c231                	beqz	a2,80401ec0 <uni_main+0x68>
80401e7e:	06d50a63          	beq	a0,a3,80401ef2 <uni_main+0x9a>
80401e82:	00251793          	sll	a5,a0,0x2
80401e86:	97c2                	add	a5,a5,a6
80401e88:	c398                	sw	a4,0(a5)
80401e8a:	00074603          	lbu	a2,0(a4)
80401e8e:	0505                	add	a0,a0,1
80401e90:	87b2                	mv	a5,a2
80401e92:	d26d                	beqz	a2,80401e74 <uni_main+0x1c>
80401e94:	02d78363          	beq	a5,a3,80401eba <uni_main+0x62>
80401e98:	02b78163          	beq	a5,a1,80401eba <uni_main+0x62>
80401e9c:	00174783          	lbu	a5,1(a4)
80401ea0:	0705                	add	a4,a4,1
80401ea2:	fbed                	bnez	a5,80401e94 <uni_main+0x3c>
80401ea4:	4601                	li	a2,0
80401ea6:	fcd619e3          	bne	a2,a3,80401e78 <uni_main+0x20>
80401eaa:	00170793          	add	a5,a4,1
80401eae:	00174603          	lbu	a2,1(a4)
80401eb2:	00070023          	sb	zero,0(a4)
80401eb6:	873e                	mv	a4,a5
80401eb8:	bf75                	j	80401e74 <uni_main+0x1c>
80401eba:	00074603          	lbu	a2,0(a4)
80401ebe:	bf5d                	j	80401e74 <uni_main+0x1c>
80401ec0:	8041b5b7          	lui	a1,0x8041b
80401ec4:	3d058713          	add	a4,a1,976 # 8041b3d0 <argv.1>
80401ec8:	00251793          	sll	a5,a0,0x2
80401ecc:	97ba                	add	a5,a5,a4
80401ece:	3d058593          	add	a1,a1,976
80401ed2:	0007a023          	sw	zero,0(a5)
80401ed6:	ffffe097          	auipc	ra,0xffffe
80401eda:	1ca080e7          	jalr	458(ra) # 804000a0 <main>
80401ede:	842a                	mv	s0,a0
80401ee0:	00000097          	auipc	ra,0x0
80401ee4:	0f0080e7          	jalr	240(ra) # 80401fd0 <ulib_flush_stdout>
80401ee8:	40b2                	lw	ra,12(sp)
80401eea:	8522                	mv	a0,s0
80401eec:	4422                	lw	s0,8(sp)
80401eee:	0141                	add	sp,sp,16
80401ef0:	8082                	ret
80401ef2:	80406537          	lui	a0,0x80406
80401ef6:	63050513          	add	a0,a0,1584 # 80406630 <msg.0>
80401efa:	45e1                	li	a1,24
80401efc:	00000097          	auipc	ra,0x0
80401f00:	ac8080e7          	jalr	-1336(ra) # 804019c4 <uni_console_write>
80401f04:	4409                	li	s0,2
80401f06:	40b2                	lw	ra,12(sp)
80401f08:	8522                	mv	a0,s0
80401f0a:	4422                	lw	s0,8(sp)
80401f0c:	0141                	add	sp,sp,16
80401f0e:	8082                	ret

80401f10 <stdout_flush>:
80401f10:	1141                	add	sp,sp,-16
80401f12:	c04a                	sw	s2,0(sp)
80401f14:	80407937          	lui	s2,0x80407
80401f18:	c422                	sw	s0,8(sp)
80401f1a:	0fc92403          	lw	s0,252(s2) # 804070fc <out_len>
80401f1e:	c606                	sw	ra,12(sp)
80401f20:	c226                	sw	s1,4(sp)
80401f22:	c015                	beqz	s0,80401f46 <stdout_flush+0x36>
80401f24:	8041b4b7          	lui	s1,0x8041b
80401f28:	45448493          	add	s1,s1,1108 # 8041b454 <out_buf>
80401f2c:	a019                	j	80401f32 <stdout_flush+0x22>
80401f2e:	94aa                	add	s1,s1,a0
80401f30:	c819                	beqz	s0,80401f46 <stdout_flush+0x36>
80401f32:	8622                	mv	a2,s0
80401f34:	85a6                	mv	a1,s1
80401f36:	4505                	li	a0,1
80401f38:	00000097          	auipc	ra,0x0
80401f3c:	bf2080e7          	jalr	-1038(ra) # 80401b2a <write>
80401f40:	8c09                	sub	s0,s0,a0
80401f42:	fea046e3          	bgtz	a0,80401f2e <stdout_flush+0x1e>
80401f46:	40b2                	lw	ra,12(sp)
80401f48:	4422                	lw	s0,8(sp)
80401f4a:	0e092e23          	sw	zero,252(s2)
80401f4e:	4492                	lw	s1,4(sp)
80401f50:	4902                	lw	s2,0(sp)
80401f52:	4501                	li	a0,0
80401f54:	0141                	add	sp,sp,16
80401f56:	8082                	ret

80401f58 <stdout_put>:
80401f58:	1101                	add	sp,sp,-32
80401f5a:	c64e                	sw	s3,12(sp)
80401f5c:	804079b7          	lui	s3,0x80407
80401f60:	0fc9a783          	lw	a5,252(s3) # 804070fc <out_len>
80401f64:	ca26                	sw	s1,20(sp)
80401f66:	8041b4b7          	lui	s1,0x8041b
80401f6a:	45448493          	add	s1,s1,1108 # 8041b454 <out_buf>
80401f6e:	cc22                	sw	s0,24(sp)
80401f70:	c84a                	sw	s2,16(sp)
80401f72:	00178413          	add	s0,a5,1
80401f76:	ce06                	sw	ra,28(sp)
80401f78:	97a6                	add	a5,a5,s1
80401f7a:	00a78023          	sb	a0,0(a5)
80401f7e:	0e89ae23          	sw	s0,252(s3)
80401f82:	47a9                	li	a5,10
80401f84:	892a                	mv	s2,a0
80401f86:	00f50e63          	beq	a0,a5,80401fa2 <stdout_put+0x4a>
80401f8a:	20000793          	li	a5,512
80401f8e:	00f40b63          	beq	s0,a5,80401fa4 <stdout_put+0x4c>
80401f92:	40f2                	lw	ra,28(sp)
80401f94:	4462                	lw	s0,24(sp)
80401f96:	44d2                	lw	s1,20(sp)
80401f98:	49b2                	lw	s3,12(sp)
80401f9a:	854a                	mv	a0,s2
80401f9c:	4942                	lw	s2,16(sp)
80401f9e:	6105                	add	sp,sp,32
80401fa0:	8082                	ret
80401fa2:	cc09                	beqz	s0,80401fbc <stdout_put+0x64>
80401fa4:	8622                	mv	a2,s0
80401fa6:	85a6                	mv	a1,s1
80401fa8:	4505                	li	a0,1
80401faa:	00000097          	auipc	ra,0x0
80401fae:	b80080e7          	jalr	-1152(ra) # 80401b2a <write>
80401fb2:	8c09                	sub	s0,s0,a0
80401fb4:	00a05463          	blez	a0,80401fbc <stdout_put+0x64>
80401fb8:	94aa                	add	s1,s1,a0
80401fba:	f46d                	bnez	s0,80401fa4 <stdout_put+0x4c>
80401fbc:	40f2                	lw	ra,28(sp)
80401fbe:	4462                	lw	s0,24(sp)
80401fc0:	0e09ae23          	sw	zero,252(s3)
80401fc4:	44d2                	lw	s1,20(sp)
80401fc6:	49b2                	lw	s3,12(sp)
80401fc8:	854a                	mv	a0,s2
80401fca:	4942                	lw	s2,16(sp)
80401fcc:	6105                	add	sp,sp,32
80401fce:	8082                	ret

80401fd0 <ulib_flush_stdout>:
80401fd0:	1141                	add	sp,sp,-16
80401fd2:	c04a                	sw	s2,0(sp)
80401fd4:	80407937          	lui	s2,0x80407
80401fd8:	c422                	sw	s0,8(sp)
80401fda:	0fc92403          	lw	s0,252(s2) # 804070fc <out_len>
80401fde:	c606                	sw	ra,12(sp)
80401fe0:	c226                	sw	s1,4(sp)
80401fe2:	c015                	beqz	s0,80402006 <ulib_flush_stdout+0x36>
80401fe4:	8041b4b7          	lui	s1,0x8041b
80401fe8:	45448493          	add	s1,s1,1108 # 8041b454 <out_buf>
80401fec:	a019                	j	80401ff2 <ulib_flush_stdout+0x22>
80401fee:	94aa                	add	s1,s1,a0
80401ff0:	c819                	beqz	s0,80402006 <ulib_flush_stdout+0x36>
80401ff2:	8622                	mv	a2,s0
80401ff4:	85a6                	mv	a1,s1
80401ff6:	4505                	li	a0,1
80401ff8:	00000097          	auipc	ra,0x0
80401ffc:	b32080e7          	jalr	-1230(ra) # 80401b2a <write>
80402000:	8c09                	sub	s0,s0,a0
80402002:	fea046e3          	bgtz	a0,80401fee <ulib_flush_stdout+0x1e>
80402006:	40b2                	lw	ra,12(sp)
80402008:	4422                	lw	s0,8(sp)
8040200a:	0e092e23          	sw	zero,252(s2)
8040200e:	4492                	lw	s1,4(sp)
80402010:	4902                	lw	s2,0(sp)
80402012:	0141                	add	sp,sp,16
80402014:	8082                	ret

80402016 <__lshrdi3>:
80402016:	ca19                	beqz	a2,8040202c <__lshrdi3+0x16>
80402018:	02000793          	li	a5,32
8040201c:	8f91                	sub	a5,a5,a2
8040201e:	00f04863          	bgtz	a5,8040202e <__lshrdi3+0x18>
80402022:	1601                	add	a2,a2,-32 # fe0 <errno+0xfe0>
80402024:	00c5d533          	srl	a0,a1,a2
80402028:	4701                	li	a4,0
8040202a:	85ba                	mv	a1,a4
8040202c:	8082                	ret
8040202e:	00c5d733          	srl	a4,a1,a2
80402032:	00c55533          	srl	a0,a0,a2
80402036:	00f595b3          	sll	a1,a1,a5
8040203a:	8d4d                	or	a0,a0,a1
8040203c:	b7fd                	j	8040202a <__lshrdi3+0x14>

8040203e <__ashldi3>:
8040203e:	ca19                	beqz	a2,80402054 <__ashldi3+0x16>
80402040:	02000793          	li	a5,32
80402044:	8f91                	sub	a5,a5,a2
80402046:	00f04863          	bgtz	a5,80402056 <__ashldi3+0x18>
8040204a:	1601                	add	a2,a2,-32
8040204c:	00c515b3          	sll	a1,a0,a2
80402050:	4701                	li	a4,0
80402052:	853a                	mv	a0,a4
80402054:	8082                	ret
80402056:	00c51733          	sll	a4,a0,a2
8040205a:	00c595b3          	sll	a1,a1,a2
8040205e:	00f55533          	srl	a0,a0,a5
80402062:	8dc9                	or	a1,a1,a0
80402064:	b7fd                	j	80402052 <__ashldi3+0x14>

80402066 <__ashrdi3>:
80402066:	ce01                	beqz	a2,8040207e <__ashrdi3+0x18>
80402068:	02000793          	li	a5,32
8040206c:	8f91                	sub	a5,a5,a2
8040206e:	00f04963          	bgtz	a5,80402080 <__ashrdi3+0x1a>
80402072:	1601                	add	a2,a2,-32
80402074:	41f5d713          	sra	a4,a1,0x1f
80402078:	40c5d533          	sra	a0,a1,a2
8040207c:	85ba                	mv	a1,a4
8040207e:	8082                	ret
80402080:	40c5d733          	sra	a4,a1,a2
80402084:	00c55533          	srl	a0,a0,a2
80402088:	00f595b3          	sll	a1,a1,a5
8040208c:	8d4d                	or	a0,a0,a1
8040208e:	b7fd                	j	8040207c <__ashrdi3+0x16>

80402090 <__ctzsi2>:
80402090:	40a007b3          	neg	a5,a0
80402094:	8d7d                	and	a0,a0,a5
80402096:	67c1                	lui	a5,0x10
80402098:	02f57363          	bgeu	a0,a5,804020be <__ctzsi2+0x2e>
8040209c:	10053793          	sltiu	a5,a0,256
804020a0:	0017c793          	xor	a5,a5,1
804020a4:	078e                	sll	a5,a5,0x3
804020a6:	00f55533          	srl	a0,a0,a5
804020aa:	00005717          	auipc	a4,0x5
804020ae:	97270713          	add	a4,a4,-1678 # 80406a1c <__clz_tab>
804020b2:	972a                	add	a4,a4,a0
804020b4:	00074503          	lbu	a0,0(a4)
804020b8:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804020ba:	953e                	add	a0,a0,a5
804020bc:	8082                	ret
804020be:	01000737          	lui	a4,0x1000
804020c2:	47c1                	li	a5,16
804020c4:	fee561e3          	bltu	a0,a4,804020a6 <__ctzsi2+0x16>
804020c8:	47e1                	li	a5,24
804020ca:	bff1                	j	804020a6 <__ctzsi2+0x16>

804020cc <__udivdi3>:
804020cc:	88aa                	mv	a7,a0
804020ce:	832e                	mv	t1,a1
804020d0:	8732                	mv	a4,a2
804020d2:	882a                	mv	a6,a0
804020d4:	87ae                	mv	a5,a1
804020d6:	20069663          	bnez	a3,804022e2 <__udivdi3+0x216>
804020da:	00005597          	auipc	a1,0x5
804020de:	94258593          	add	a1,a1,-1726 # 80406a1c <__clz_tab>
804020e2:	0cc37163          	bgeu	t1,a2,804021a4 <__udivdi3+0xd8>
804020e6:	66c1                	lui	a3,0x10
804020e8:	0ad67763          	bgeu	a2,a3,80402196 <__udivdi3+0xca>
804020ec:	10063693          	sltiu	a3,a2,256
804020f0:	0016c693          	xor	a3,a3,1
804020f4:	068e                	sll	a3,a3,0x3
804020f6:	00d65533          	srl	a0,a2,a3
804020fa:	95aa                	add	a1,a1,a0
804020fc:	0005c583          	lbu	a1,0(a1)
80402100:	02000513          	li	a0,32
80402104:	96ae                	add	a3,a3,a1
80402106:	40d505b3          	sub	a1,a0,a3
8040210a:	00d50b63          	beq	a0,a3,80402120 <__udivdi3+0x54>
8040210e:	00b317b3          	sll	a5,t1,a1
80402112:	00d8d6b3          	srl	a3,a7,a3
80402116:	00b61733          	sll	a4,a2,a1
8040211a:	8fd5                	or	a5,a5,a3
8040211c:	00b89833          	sll	a6,a7,a1
80402120:	01075593          	srl	a1,a4,0x10
80402124:	02b7d333          	divu	t1,a5,a1
80402128:	01071613          	sll	a2,a4,0x10
8040212c:	8241                	srl	a2,a2,0x10
8040212e:	02b7f7b3          	remu	a5,a5,a1
80402132:	851a                	mv	a0,t1
80402134:	026608b3          	mul	a7,a2,t1
80402138:	01079693          	sll	a3,a5,0x10
8040213c:	01085793          	srl	a5,a6,0x10
80402140:	8fd5                	or	a5,a5,a3
80402142:	0117fc63          	bgeu	a5,a7,8040215a <__udivdi3+0x8e>
80402146:	97ba                	add	a5,a5,a4
80402148:	fff30513          	add	a0,t1,-1
8040214c:	00e7e763          	bltu	a5,a4,8040215a <__udivdi3+0x8e>
80402150:	0117f563          	bgeu	a5,a7,8040215a <__udivdi3+0x8e>
80402154:	ffe30513          	add	a0,t1,-2
80402158:	97ba                	add	a5,a5,a4
8040215a:	411787b3          	sub	a5,a5,a7
8040215e:	02b7d8b3          	divu	a7,a5,a1
80402162:	0842                	sll	a6,a6,0x10
80402164:	01085813          	srl	a6,a6,0x10
80402168:	02b7f7b3          	remu	a5,a5,a1
8040216c:	031606b3          	mul	a3,a2,a7
80402170:	07c2                	sll	a5,a5,0x10
80402172:	00f86833          	or	a6,a6,a5
80402176:	87c6                	mv	a5,a7
80402178:	00d87b63          	bgeu	a6,a3,8040218e <__udivdi3+0xc2>
8040217c:	983a                	add	a6,a6,a4
8040217e:	fff88793          	add	a5,a7,-1
80402182:	00e86663          	bltu	a6,a4,8040218e <__udivdi3+0xc2>
80402186:	00d87463          	bgeu	a6,a3,8040218e <__udivdi3+0xc2>
8040218a:	ffe88793          	add	a5,a7,-2
8040218e:	0542                	sll	a0,a0,0x10
80402190:	8d5d                	or	a0,a0,a5
80402192:	4581                	li	a1,0
80402194:	8082                	ret
80402196:	01000537          	lui	a0,0x1000
8040219a:	46c1                	li	a3,16
8040219c:	f4a66de3          	bltu	a2,a0,804020f6 <__udivdi3+0x2a>
804021a0:	46e1                	li	a3,24
804021a2:	bf91                	j	804020f6 <__udivdi3+0x2a>
804021a4:	4681                	li	a3,0
804021a6:	ca09                	beqz	a2,804021b8 <__udivdi3+0xec>
804021a8:	67c1                	lui	a5,0x10
804021aa:	08f67f63          	bgeu	a2,a5,80402248 <__udivdi3+0x17c>
804021ae:	10063693          	sltiu	a3,a2,256
804021b2:	0016c693          	xor	a3,a3,1
804021b6:	068e                	sll	a3,a3,0x3
804021b8:	00d657b3          	srl	a5,a2,a3
804021bc:	95be                	add	a1,a1,a5
804021be:	0005c783          	lbu	a5,0(a1)
804021c2:	97b6                	add	a5,a5,a3
804021c4:	02000693          	li	a3,32
804021c8:	40f685b3          	sub	a1,a3,a5
804021cc:	08f69563          	bne	a3,a5,80402256 <__udivdi3+0x18a>
804021d0:	40c307b3          	sub	a5,t1,a2
804021d4:	4585                	li	a1,1
804021d6:	01075893          	srl	a7,a4,0x10
804021da:	0317de33          	divu	t3,a5,a7
804021de:	01071613          	sll	a2,a4,0x10
804021e2:	8241                	srl	a2,a2,0x10
804021e4:	01085693          	srl	a3,a6,0x10
804021e8:	0317f7b3          	remu	a5,a5,a7
804021ec:	8572                	mv	a0,t3
804021ee:	03c60333          	mul	t1,a2,t3
804021f2:	07c2                	sll	a5,a5,0x10
804021f4:	8fd5                	or	a5,a5,a3
804021f6:	0067fc63          	bgeu	a5,t1,8040220e <__udivdi3+0x142>
804021fa:	97ba                	add	a5,a5,a4
804021fc:	fffe0513          	add	a0,t3,-1
80402200:	00e7e763          	bltu	a5,a4,8040220e <__udivdi3+0x142>
80402204:	0067f563          	bgeu	a5,t1,8040220e <__udivdi3+0x142>
80402208:	ffee0513          	add	a0,t3,-2
8040220c:	97ba                	add	a5,a5,a4
8040220e:	406787b3          	sub	a5,a5,t1
80402212:	0317d333          	divu	t1,a5,a7
80402216:	0842                	sll	a6,a6,0x10
80402218:	01085813          	srl	a6,a6,0x10
8040221c:	0317f7b3          	remu	a5,a5,a7
80402220:	026606b3          	mul	a3,a2,t1
80402224:	07c2                	sll	a5,a5,0x10
80402226:	00f86833          	or	a6,a6,a5
8040222a:	879a                	mv	a5,t1
8040222c:	00d87b63          	bgeu	a6,a3,80402242 <__udivdi3+0x176>
80402230:	983a                	add	a6,a6,a4
80402232:	fff30793          	add	a5,t1,-1
80402236:	00e86663          	bltu	a6,a4,80402242 <__udivdi3+0x176>
8040223a:	00d87463          	bgeu	a6,a3,80402242 <__udivdi3+0x176>
8040223e:	ffe30793          	add	a5,t1,-2
80402242:	0542                	sll	a0,a0,0x10
80402244:	8d5d                	or	a0,a0,a5
80402246:	8082                	ret
80402248:	010007b7          	lui	a5,0x1000
8040224c:	46c1                	li	a3,16
8040224e:	f6f665e3          	bltu	a2,a5,804021b8 <__udivdi3+0xec>
80402252:	46e1                	li	a3,24
80402254:	b795                	j	804021b8 <__udivdi3+0xec>
80402256:	00b61733          	sll	a4,a2,a1
8040225a:	00f356b3          	srl	a3,t1,a5
8040225e:	01075513          	srl	a0,a4,0x10
80402262:	00b31333          	sll	t1,t1,a1
80402266:	00f8d7b3          	srl	a5,a7,a5
8040226a:	0067e7b3          	or	a5,a5,t1
8040226e:	02a6d333          	divu	t1,a3,a0
80402272:	01071613          	sll	a2,a4,0x10
80402276:	8241                	srl	a2,a2,0x10
80402278:	00b89833          	sll	a6,a7,a1
8040227c:	02a6f6b3          	remu	a3,a3,a0
80402280:	026608b3          	mul	a7,a2,t1
80402284:	01069593          	sll	a1,a3,0x10
80402288:	0107d693          	srl	a3,a5,0x10
8040228c:	8ecd                	or	a3,a3,a1
8040228e:	859a                	mv	a1,t1
80402290:	0116fc63          	bgeu	a3,a7,804022a8 <__udivdi3+0x1dc>
80402294:	96ba                	add	a3,a3,a4
80402296:	fff30593          	add	a1,t1,-1
8040229a:	00e6e763          	bltu	a3,a4,804022a8 <__udivdi3+0x1dc>
8040229e:	0116f563          	bgeu	a3,a7,804022a8 <__udivdi3+0x1dc>
804022a2:	ffe30593          	add	a1,t1,-2
804022a6:	96ba                	add	a3,a3,a4
804022a8:	411686b3          	sub	a3,a3,a7
804022ac:	02a6d8b3          	divu	a7,a3,a0
804022b0:	07c2                	sll	a5,a5,0x10
804022b2:	83c1                	srl	a5,a5,0x10
804022b4:	02a6f6b3          	remu	a3,a3,a0
804022b8:	03160633          	mul	a2,a2,a7
804022bc:	06c2                	sll	a3,a3,0x10
804022be:	8fd5                	or	a5,a5,a3
804022c0:	86c6                	mv	a3,a7
804022c2:	00c7fc63          	bgeu	a5,a2,804022da <__udivdi3+0x20e>
804022c6:	97ba                	add	a5,a5,a4
804022c8:	fff88693          	add	a3,a7,-1
804022cc:	00e7e763          	bltu	a5,a4,804022da <__udivdi3+0x20e>
804022d0:	00c7f563          	bgeu	a5,a2,804022da <__udivdi3+0x20e>
804022d4:	ffe88693          	add	a3,a7,-2
804022d8:	97ba                	add	a5,a5,a4
804022da:	05c2                	sll	a1,a1,0x10
804022dc:	8f91                	sub	a5,a5,a2
804022de:	8dd5                	or	a1,a1,a3
804022e0:	bddd                	j	804021d6 <__udivdi3+0x10a>
804022e2:	14d5e163          	bltu	a1,a3,80402424 <__udivdi3+0x358>
804022e6:	67c1                	lui	a5,0x10
804022e8:	02f6ff63          	bgeu	a3,a5,80402326 <__udivdi3+0x25a>
804022ec:	1006b713          	sltiu	a4,a3,256
804022f0:	00174713          	xor	a4,a4,1
804022f4:	070e                	sll	a4,a4,0x3
804022f6:	00e6d5b3          	srl	a1,a3,a4
804022fa:	00004797          	auipc	a5,0x4
804022fe:	72278793          	add	a5,a5,1826 # 80406a1c <__clz_tab>
80402302:	97ae                	add	a5,a5,a1
80402304:	0007c783          	lbu	a5,0(a5)
80402308:	97ba                	add	a5,a5,a4
8040230a:	02000713          	li	a4,32
8040230e:	40f705b3          	sub	a1,a4,a5
80402312:	02f71163          	bne	a4,a5,80402334 <__udivdi3+0x268>
80402316:	4505                	li	a0,1
80402318:	e666eee3          	bltu	a3,t1,80402194 <__udivdi3+0xc8>
8040231c:	00c8b533          	sltu	a0,a7,a2
80402320:	00154513          	xor	a0,a0,1
80402324:	8082                	ret
80402326:	010007b7          	lui	a5,0x1000
8040232a:	4741                	li	a4,16
8040232c:	fcf6e5e3          	bltu	a3,a5,804022f6 <__udivdi3+0x22a>
80402330:	4761                	li	a4,24
80402332:	b7d1                	j	804022f6 <__udivdi3+0x22a>
80402334:	00f65733          	srl	a4,a2,a5
80402338:	00b696b3          	sll	a3,a3,a1
8040233c:	8ed9                	or	a3,a3,a4
8040233e:	00f35733          	srl	a4,t1,a5
80402342:	00b31333          	sll	t1,t1,a1
80402346:	00f8d7b3          	srl	a5,a7,a5
8040234a:	0067e7b3          	or	a5,a5,t1
8040234e:	0106d313          	srl	t1,a3,0x10
80402352:	02675eb3          	divu	t4,a4,t1
80402356:	01069813          	sll	a6,a3,0x10
8040235a:	01085813          	srl	a6,a6,0x10
8040235e:	00b61633          	sll	a2,a2,a1
80402362:	02677733          	remu	a4,a4,t1
80402366:	03d80e33          	mul	t3,a6,t4
8040236a:	01071513          	sll	a0,a4,0x10
8040236e:	0107d713          	srl	a4,a5,0x10
80402372:	8f49                	or	a4,a4,a0
80402374:	8576                	mv	a0,t4
80402376:	01c77c63          	bgeu	a4,t3,8040238e <__udivdi3+0x2c2>
8040237a:	9736                	add	a4,a4,a3
8040237c:	fffe8513          	add	a0,t4,-1
80402380:	00d76763          	bltu	a4,a3,8040238e <__udivdi3+0x2c2>
80402384:	01c77563          	bgeu	a4,t3,8040238e <__udivdi3+0x2c2>
80402388:	ffee8513          	add	a0,t4,-2
8040238c:	9736                	add	a4,a4,a3
8040238e:	41c70733          	sub	a4,a4,t3
80402392:	02675e33          	divu	t3,a4,t1
80402396:	07c2                	sll	a5,a5,0x10
80402398:	83c1                	srl	a5,a5,0x10
8040239a:	02677733          	remu	a4,a4,t1
8040239e:	03c80833          	mul	a6,a6,t3
804023a2:	0742                	sll	a4,a4,0x10
804023a4:	8fd9                	or	a5,a5,a4
804023a6:	8772                	mv	a4,t3
804023a8:	0107fc63          	bgeu	a5,a6,804023c0 <__udivdi3+0x2f4>
804023ac:	97b6                	add	a5,a5,a3
804023ae:	fffe0713          	add	a4,t3,-1
804023b2:	00d7e763          	bltu	a5,a3,804023c0 <__udivdi3+0x2f4>
804023b6:	0107f563          	bgeu	a5,a6,804023c0 <__udivdi3+0x2f4>
804023ba:	ffee0713          	add	a4,t3,-2
804023be:	97b6                	add	a5,a5,a3
804023c0:	0542                	sll	a0,a0,0x10
804023c2:	6e41                	lui	t3,0x10
804023c4:	8d59                	or	a0,a0,a4
804023c6:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
804023ca:	00d57733          	and	a4,a0,a3
804023ce:	410787b3          	sub	a5,a5,a6
804023d2:	8ef1                	and	a3,a3,a2
804023d4:	01055813          	srl	a6,a0,0x10
804023d8:	8241                	srl	a2,a2,0x10
804023da:	02d70333          	mul	t1,a4,a3
804023de:	02d806b3          	mul	a3,a6,a3
804023e2:	02c70733          	mul	a4,a4,a2
804023e6:	02c80833          	mul	a6,a6,a2
804023ea:	00d70633          	add	a2,a4,a3
804023ee:	01035713          	srl	a4,t1,0x10
804023f2:	9732                	add	a4,a4,a2
804023f4:	00d77363          	bgeu	a4,a3,804023fa <__udivdi3+0x32e>
804023f8:	9872                	add	a6,a6,t3
804023fa:	01075693          	srl	a3,a4,0x10
804023fe:	96c2                	add	a3,a3,a6
80402400:	02d7e063          	bltu	a5,a3,80402420 <__udivdi3+0x354>
80402404:	d8d797e3          	bne	a5,a3,80402192 <__udivdi3+0xc6>
80402408:	67c1                	lui	a5,0x10
8040240a:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040240c:	8f7d                	and	a4,a4,a5
8040240e:	0742                	sll	a4,a4,0x10
80402410:	00f37333          	and	t1,t1,a5
80402414:	00b898b3          	sll	a7,a7,a1
80402418:	971a                	add	a4,a4,t1
8040241a:	4581                	li	a1,0
8040241c:	d6e8fce3          	bgeu	a7,a4,80402194 <__udivdi3+0xc8>
80402420:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80402422:	bb85                	j	80402192 <__udivdi3+0xc6>
80402424:	4581                	li	a1,0
80402426:	4501                	li	a0,0
80402428:	8082                	ret

8040242a <__umoddi3>:
8040242a:	8832                	mv	a6,a2
8040242c:	87aa                	mv	a5,a0
8040242e:	872e                	mv	a4,a1
80402430:	1a069363          	bnez	a3,804025d6 <__umoddi3+0x1ac>
80402434:	00004897          	auipc	a7,0x4
80402438:	5e888893          	add	a7,a7,1512 # 80406a1c <__clz_tab>
8040243c:	0ac5f663          	bgeu	a1,a2,804024e8 <__umoddi3+0xbe>
80402440:	66c1                	lui	a3,0x10
80402442:	08d67c63          	bgeu	a2,a3,804024da <__umoddi3+0xb0>
80402446:	10063693          	sltiu	a3,a2,256
8040244a:	0016c693          	xor	a3,a3,1
8040244e:	068e                	sll	a3,a3,0x3
80402450:	00d65333          	srl	t1,a2,a3
80402454:	989a                	add	a7,a7,t1
80402456:	0008c883          	lbu	a7,0(a7)
8040245a:	02000313          	li	t1,32
8040245e:	96c6                	add	a3,a3,a7
80402460:	40d308b3          	sub	a7,t1,a3
80402464:	00d30b63          	beq	t1,a3,8040247a <__umoddi3+0x50>
80402468:	01159733          	sll	a4,a1,a7
8040246c:	00d556b3          	srl	a3,a0,a3
80402470:	01161833          	sll	a6,a2,a7
80402474:	8f55                	or	a4,a4,a3
80402476:	011517b3          	sll	a5,a0,a7
8040247a:	01085613          	srl	a2,a6,0x10
8040247e:	02c756b3          	divu	a3,a4,a2
80402482:	01081513          	sll	a0,a6,0x10
80402486:	8141                	srl	a0,a0,0x10
80402488:	02c77733          	remu	a4,a4,a2
8040248c:	02a686b3          	mul	a3,a3,a0
80402490:	01071593          	sll	a1,a4,0x10
80402494:	0107d713          	srl	a4,a5,0x10
80402498:	8f4d                	or	a4,a4,a1
8040249a:	00d77863          	bgeu	a4,a3,804024aa <__umoddi3+0x80>
8040249e:	9742                	add	a4,a4,a6
804024a0:	01076563          	bltu	a4,a6,804024aa <__umoddi3+0x80>
804024a4:	00d77363          	bgeu	a4,a3,804024aa <__umoddi3+0x80>
804024a8:	9742                	add	a4,a4,a6
804024aa:	8f15                	sub	a4,a4,a3
804024ac:	02c756b3          	divu	a3,a4,a2
804024b0:	02c77733          	remu	a4,a4,a2
804024b4:	02a686b3          	mul	a3,a3,a0
804024b8:	07c2                	sll	a5,a5,0x10
804024ba:	0742                	sll	a4,a4,0x10
804024bc:	83c1                	srl	a5,a5,0x10
804024be:	8fd9                	or	a5,a5,a4
804024c0:	00d7f863          	bgeu	a5,a3,804024d0 <__umoddi3+0xa6>
804024c4:	97c2                	add	a5,a5,a6
804024c6:	0107e563          	bltu	a5,a6,804024d0 <__umoddi3+0xa6>
804024ca:	00d7f363          	bgeu	a5,a3,804024d0 <__umoddi3+0xa6>
804024ce:	97c2                	add	a5,a5,a6
804024d0:	8f95                	sub	a5,a5,a3
804024d2:	0117d533          	srl	a0,a5,a7
804024d6:	4581                	li	a1,0
804024d8:	8082                	ret
804024da:	01000337          	lui	t1,0x1000
804024de:	46c1                	li	a3,16
804024e0:	f66668e3          	bltu	a2,t1,80402450 <__umoddi3+0x26>
804024e4:	46e1                	li	a3,24
804024e6:	b7ad                	j	80402450 <__umoddi3+0x26>
804024e8:	4681                	li	a3,0
804024ea:	ca09                	beqz	a2,804024fc <__umoddi3+0xd2>
804024ec:	6741                	lui	a4,0x10
804024ee:	06e67463          	bgeu	a2,a4,80402556 <__umoddi3+0x12c>
804024f2:	10063693          	sltiu	a3,a2,256
804024f6:	0016c693          	xor	a3,a3,1
804024fa:	068e                	sll	a3,a3,0x3
804024fc:	00d65733          	srl	a4,a2,a3
80402500:	98ba                	add	a7,a7,a4
80402502:	0008c703          	lbu	a4,0(a7)
80402506:	9736                	add	a4,a4,a3
80402508:	02000693          	li	a3,32
8040250c:	40e688b3          	sub	a7,a3,a4
80402510:	04e69a63          	bne	a3,a4,80402564 <__umoddi3+0x13a>
80402514:	40c58733          	sub	a4,a1,a2
80402518:	01085593          	srl	a1,a6,0x10
8040251c:	02b75633          	divu	a2,a4,a1
80402520:	01081513          	sll	a0,a6,0x10
80402524:	8141                	srl	a0,a0,0x10
80402526:	0107d693          	srl	a3,a5,0x10
8040252a:	02b77733          	remu	a4,a4,a1
8040252e:	02a60633          	mul	a2,a2,a0
80402532:	0742                	sll	a4,a4,0x10
80402534:	8f55                	or	a4,a4,a3
80402536:	00c77863          	bgeu	a4,a2,80402546 <__umoddi3+0x11c>
8040253a:	9742                	add	a4,a4,a6
8040253c:	01076563          	bltu	a4,a6,80402546 <__umoddi3+0x11c>
80402540:	00c77363          	bgeu	a4,a2,80402546 <__umoddi3+0x11c>
80402544:	9742                	add	a4,a4,a6
80402546:	8f11                	sub	a4,a4,a2
80402548:	02b756b3          	divu	a3,a4,a1
8040254c:	02b77733          	remu	a4,a4,a1
80402550:	02a686b3          	mul	a3,a3,a0
80402554:	b795                	j	804024b8 <__umoddi3+0x8e>
80402556:	01000737          	lui	a4,0x1000
8040255a:	46c1                	li	a3,16
8040255c:	fae660e3          	bltu	a2,a4,804024fc <__umoddi3+0xd2>
80402560:	46e1                	li	a3,24
80402562:	bf69                	j	804024fc <__umoddi3+0xd2>
80402564:	01161833          	sll	a6,a2,a7
80402568:	00e5d6b3          	srl	a3,a1,a4
8040256c:	011517b3          	sll	a5,a0,a7
80402570:	011595b3          	sll	a1,a1,a7
80402574:	00e55733          	srl	a4,a0,a4
80402578:	01085513          	srl	a0,a6,0x10
8040257c:	8f4d                	or	a4,a4,a1
8040257e:	02a6d5b3          	divu	a1,a3,a0
80402582:	01081313          	sll	t1,a6,0x10
80402586:	01035313          	srl	t1,t1,0x10
8040258a:	02a6f6b3          	remu	a3,a3,a0
8040258e:	026585b3          	mul	a1,a1,t1
80402592:	01069613          	sll	a2,a3,0x10
80402596:	01075693          	srl	a3,a4,0x10
8040259a:	8ed1                	or	a3,a3,a2
8040259c:	00b6f863          	bgeu	a3,a1,804025ac <__umoddi3+0x182>
804025a0:	96c2                	add	a3,a3,a6
804025a2:	0106e563          	bltu	a3,a6,804025ac <__umoddi3+0x182>
804025a6:	00b6f363          	bgeu	a3,a1,804025ac <__umoddi3+0x182>
804025aa:	96c2                	add	a3,a3,a6
804025ac:	8e8d                	sub	a3,a3,a1
804025ae:	02a6d633          	divu	a2,a3,a0
804025b2:	0742                	sll	a4,a4,0x10
804025b4:	8341                	srl	a4,a4,0x10
804025b6:	02a6f6b3          	remu	a3,a3,a0
804025ba:	02660633          	mul	a2,a2,t1
804025be:	06c2                	sll	a3,a3,0x10
804025c0:	8f55                	or	a4,a4,a3
804025c2:	00c77863          	bgeu	a4,a2,804025d2 <__umoddi3+0x1a8>
804025c6:	9742                	add	a4,a4,a6
804025c8:	01076563          	bltu	a4,a6,804025d2 <__umoddi3+0x1a8>
804025cc:	00c77363          	bgeu	a4,a2,804025d2 <__umoddi3+0x1a8>
804025d0:	9742                	add	a4,a4,a6
804025d2:	8f11                	sub	a4,a4,a2
804025d4:	b791                	j	80402518 <__umoddi3+0xee>
804025d6:	16d5ed63          	bltu	a1,a3,80402750 <__umoddi3+0x326>
804025da:	6841                	lui	a6,0x10
804025dc:	0506f763          	bgeu	a3,a6,8040262a <__umoddi3+0x200>
804025e0:	1006b813          	sltiu	a6,a3,256
804025e4:	00184813          	xor	a6,a6,1
804025e8:	080e                	sll	a6,a6,0x3
804025ea:	0106d333          	srl	t1,a3,a6
804025ee:	00004897          	auipc	a7,0x4
804025f2:	42e88893          	add	a7,a7,1070 # 80406a1c <__clz_tab>
804025f6:	989a                	add	a7,a7,t1
804025f8:	0008c883          	lbu	a7,0(a7)
804025fc:	02000313          	li	t1,32
80402600:	98c2                	add	a7,a7,a6
80402602:	41130833          	sub	a6,t1,a7
80402606:	03131963          	bne	t1,a7,80402638 <__umoddi3+0x20e>
8040260a:	00b6e463          	bltu	a3,a1,80402612 <__umoddi3+0x1e8>
8040260e:	00c56b63          	bltu	a0,a2,80402624 <__umoddi3+0x1fa>
80402612:	40c50633          	sub	a2,a0,a2
80402616:	40d586b3          	sub	a3,a1,a3
8040261a:	00c53733          	sltu	a4,a0,a2
8040261e:	87b2                	mv	a5,a2
80402620:	40e68733          	sub	a4,a3,a4
80402624:	853e                	mv	a0,a5
80402626:	85ba                	mv	a1,a4
80402628:	8082                	ret
8040262a:	010008b7          	lui	a7,0x1000
8040262e:	4841                	li	a6,16
80402630:	fb16ede3          	bltu	a3,a7,804025ea <__umoddi3+0x1c0>
80402634:	4861                	li	a6,24
80402636:	bf55                	j	804025ea <__umoddi3+0x1c0>
80402638:	011657b3          	srl	a5,a2,a7
8040263c:	010696b3          	sll	a3,a3,a6
80402640:	8edd                	or	a3,a3,a5
80402642:	0115d733          	srl	a4,a1,a7
80402646:	0106de13          	srl	t3,a3,0x10
8040264a:	03c75f33          	divu	t5,a4,t3
8040264e:	01069313          	sll	t1,a3,0x10
80402652:	01035313          	srl	t1,t1,0x10
80402656:	010597b3          	sll	a5,a1,a6
8040265a:	011555b3          	srl	a1,a0,a7
8040265e:	8ddd                	or	a1,a1,a5
80402660:	0105d793          	srl	a5,a1,0x10
80402664:	01061633          	sll	a2,a2,a6
80402668:	01051533          	sll	a0,a0,a6
8040266c:	03c77733          	remu	a4,a4,t3
80402670:	03e30eb3          	mul	t4,t1,t5
80402674:	0742                	sll	a4,a4,0x10
80402676:	8fd9                	or	a5,a5,a4
80402678:	877a                	mv	a4,t5
8040267a:	01d7fc63          	bgeu	a5,t4,80402692 <__umoddi3+0x268>
8040267e:	97b6                	add	a5,a5,a3
80402680:	ffff0713          	add	a4,t5,-1
80402684:	00d7e763          	bltu	a5,a3,80402692 <__umoddi3+0x268>
80402688:	01d7f563          	bgeu	a5,t4,80402692 <__umoddi3+0x268>
8040268c:	ffef0713          	add	a4,t5,-2
80402690:	97b6                	add	a5,a5,a3
80402692:	41d787b3          	sub	a5,a5,t4
80402696:	03c7deb3          	divu	t4,a5,t3
8040269a:	05c2                	sll	a1,a1,0x10
8040269c:	81c1                	srl	a1,a1,0x10
8040269e:	03c7f7b3          	remu	a5,a5,t3
804026a2:	8e76                	mv	t3,t4
804026a4:	03d30333          	mul	t1,t1,t4
804026a8:	07c2                	sll	a5,a5,0x10
804026aa:	8ddd                	or	a1,a1,a5
804026ac:	0065fc63          	bgeu	a1,t1,804026c4 <__umoddi3+0x29a>
804026b0:	95b6                	add	a1,a1,a3
804026b2:	fffe8e13          	add	t3,t4,-1
804026b6:	00d5e763          	bltu	a1,a3,804026c4 <__umoddi3+0x29a>
804026ba:	0065f563          	bgeu	a1,t1,804026c4 <__umoddi3+0x29a>
804026be:	ffee8e13          	add	t3,t4,-2
804026c2:	95b6                	add	a1,a1,a3
804026c4:	01071793          	sll	a5,a4,0x10
804026c8:	6f41                	lui	t5,0x10
804026ca:	01c7e7b3          	or	a5,a5,t3
804026ce:	406585b3          	sub	a1,a1,t1
804026d2:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
804026d6:	0067f733          	and	a4,a5,t1
804026da:	01065e13          	srl	t3,a2,0x10
804026de:	83c1                	srl	a5,a5,0x10
804026e0:	00667333          	and	t1,a2,t1
804026e4:	02670eb3          	mul	t4,a4,t1
804026e8:	02678333          	mul	t1,a5,t1
804026ec:	03c70733          	mul	a4,a4,t3
804026f0:	03c787b3          	mul	a5,a5,t3
804026f4:	00670e33          	add	t3,a4,t1
804026f8:	010ed713          	srl	a4,t4,0x10
804026fc:	9772                	add	a4,a4,t3
804026fe:	00677363          	bgeu	a4,t1,80402704 <__umoddi3+0x2da>
80402702:	97fa                	add	a5,a5,t5
80402704:	01075313          	srl	t1,a4,0x10
80402708:	979a                	add	a5,a5,t1
8040270a:	6341                	lui	t1,0x10
8040270c:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
8040270e:	00677733          	and	a4,a4,t1
80402712:	0742                	sll	a4,a4,0x10
80402714:	006efeb3          	and	t4,t4,t1
80402718:	9776                	add	a4,a4,t4
8040271a:	00f5e663          	bltu	a1,a5,80402726 <__umoddi3+0x2fc>
8040271e:	00f59b63          	bne	a1,a5,80402734 <__umoddi3+0x30a>
80402722:	00e57963          	bgeu	a0,a4,80402734 <__umoddi3+0x30a>
80402726:	40c70633          	sub	a2,a4,a2
8040272a:	00c73333          	sltu	t1,a4,a2
8040272e:	969a                	add	a3,a3,t1
80402730:	8732                	mv	a4,a2
80402732:	8f95                	sub	a5,a5,a3
80402734:	40e50733          	sub	a4,a0,a4
80402738:	00e53533          	sltu	a0,a0,a4
8040273c:	8d9d                	sub	a1,a1,a5
8040273e:	8d89                	sub	a1,a1,a0
80402740:	011598b3          	sll	a7,a1,a7
80402744:	01075733          	srl	a4,a4,a6
80402748:	00e8e533          	or	a0,a7,a4
8040274c:	0105d5b3          	srl	a1,a1,a6
80402750:	8082                	ret

80402752 <__riscv_save_12>:
80402752:	7139                	add	sp,sp,-64
80402754:	4301                	li	t1,0
80402756:	c66e                	sw	s11,12(sp)
80402758:	a019                	j	8040275e <__riscv_save_10+0x4>

8040275a <__riscv_save_10>:
8040275a:	7139                	add	sp,sp,-64
8040275c:	5341                	li	t1,-16
8040275e:	c86a                	sw	s10,16(sp)
80402760:	ca66                	sw	s9,20(sp)
80402762:	cc62                	sw	s8,24(sp)
80402764:	ce5e                	sw	s7,28(sp)
80402766:	a019                	j	8040276c <__riscv_save_4+0x4>

80402768 <__riscv_save_4>:
80402768:	7139                	add	sp,sp,-64
8040276a:	5301                	li	t1,-32
8040276c:	d05a                	sw	s6,32(sp)
8040276e:	d256                	sw	s5,36(sp)
80402770:	d452                	sw	s4,40(sp)
80402772:	d64e                	sw	s3,44(sp)
80402774:	d84a                	sw	s2,48(sp)
80402776:	da26                	sw	s1,52(sp)
80402778:	dc22                	sw	s0,56(sp)
8040277a:	de06                	sw	ra,60(sp)
8040277c:	40610133          	sub	sp,sp,t1
80402780:	8282                	jr	t0

80402782 <__riscv_save_0>:
80402782:	1141                	add	sp,sp,-16
80402784:	c04a                	sw	s2,0(sp)
80402786:	c226                	sw	s1,4(sp)
80402788:	c422                	sw	s0,8(sp)
8040278a:	c606                	sw	ra,12(sp)
8040278c:	8282                	jr	t0

8040278e <__riscv_restore_12>:
8040278e:	4db2                	lw	s11,12(sp)
80402790:	0141                	add	sp,sp,16

80402792 <__riscv_restore_10>:
80402792:	4d02                	lw	s10,0(sp)
80402794:	4c92                	lw	s9,4(sp)
80402796:	4c22                	lw	s8,8(sp)
80402798:	4bb2                	lw	s7,12(sp)
8040279a:	0141                	add	sp,sp,16

8040279c <__riscv_restore_4>:
8040279c:	4b02                	lw	s6,0(sp)
8040279e:	4a92                	lw	s5,4(sp)
804027a0:	4a22                	lw	s4,8(sp)
804027a2:	49b2                	lw	s3,12(sp)
804027a4:	0141                	add	sp,sp,16

804027a6 <__riscv_restore_0>:
804027a6:	4902                	lw	s2,0(sp)
804027a8:	4492                	lw	s1,4(sp)
804027aa:	4422                	lw	s0,8(sp)
804027ac:	40b2                	lw	ra,12(sp)
804027ae:	0141                	add	sp,sp,16
804027b0:	8082                	ret

804027b2 <memcpy>:
804027b2:	832a                	mv	t1,a0
804027b4:	ca09                	beqz	a2,804027c6 <memcpy+0x14>
804027b6:	00058383          	lb	t2,0(a1)
804027ba:	00730023          	sb	t2,0(t1)
804027be:	167d                	add	a2,a2,-1
804027c0:	0305                	add	t1,t1,1
804027c2:	0585                	add	a1,a1,1
804027c4:	fa6d                	bnez	a2,804027b6 <memcpy+0x4>
804027c6:	8082                	ret

804027c8 <memset>:
804027c8:	832a                	mv	t1,a0
804027ca:	c611                	beqz	a2,804027d6 <memset+0xe>
804027cc:	00b30023          	sb	a1,0(t1)
804027d0:	167d                	add	a2,a2,-1
804027d2:	0305                	add	t1,t1,1
804027d4:	fe65                	bnez	a2,804027cc <memset+0x4>
804027d6:	8082                	ret

804027d8 <strcmp>:
804027d8:	00054603          	lbu	a2,0(a0)
804027dc:	0005c683          	lbu	a3,0(a1)
804027e0:	0505                	add	a0,a0,1
804027e2:	0585                	add	a1,a1,1
804027e4:	00d61363          	bne	a2,a3,804027ea <strcmp+0x12>
804027e8:	fa65                	bnez	a2,804027d8 <strcmp>
804027ea:	40d60533          	sub	a0,a2,a3
804027ee:	8082                	ret

804027f0 <printf>:
804027f0:	7139                	add	sp,sp,-64
804027f2:	da3e                	sw	a5,52(sp)
804027f4:	804077b7          	lui	a5,0x80407
804027f8:	d22e                	sw	a1,36(sp)
804027fa:	85aa                	mv	a1,a0
804027fc:	dbc7a503          	lw	a0,-580(a5) # 80406dbc <stdout>
80402800:	d432                	sw	a2,40(sp)
80402802:	1050                	add	a2,sp,36
80402804:	ce06                	sw	ra,28(sp)
80402806:	d636                	sw	a3,44(sp)
80402808:	d83a                	sw	a4,48(sp)
8040280a:	dc42                	sw	a6,56(sp)
8040280c:	de46                	sw	a7,60(sp)
8040280e:	c632                	sw	a2,12(sp)
80402810:	00000097          	auipc	ra,0x0
80402814:	338080e7          	jalr	824(ra) # 80402b48 <__d_vfprintf>
80402818:	40f2                	lw	ra,28(sp)
8040281a:	6121                	add	sp,sp,64
8040281c:	8082                	ret

8040281e <strtoul>:
8040281e:	02400793          	li	a5,36
80402822:	882a                	mv	a6,a0
80402824:	00c7e563          	bltu	a5,a2,8040282e <strtoul+0x10>
80402828:	4785                	li	a5,1
8040282a:	00f61e63          	bne	a2,a5,80402846 <strtoul+0x28>
8040282e:	000007b7          	lui	a5,0x0
80402832:	004787b3          	add	a5,a5,tp
80402836:	4759                	li	a4,22
80402838:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040283c:	c199                	beqz	a1,80402842 <strtoul+0x24>
8040283e:	0105a023          	sw	a6,0(a1)
80402842:	4501                	li	a0,0
80402844:	8082                	ret
80402846:	0ff67893          	zext.b	a7,a2
8040284a:	4e11                	li	t3,4
8040284c:	02000313          	li	t1,32
80402850:	00054783          	lbu	a5,0(a0)
80402854:	00150713          	add	a4,a0,1
80402858:	ff778693          	add	a3,a5,-9
8040285c:	0ff6f693          	zext.b	a3,a3
80402860:	08de7c63          	bgeu	t3,a3,804028f8 <strtoul+0xda>
80402864:	08678a63          	beq	a5,t1,804028f8 <strtoul+0xda>
80402868:	02b00693          	li	a3,43
8040286c:	08d78863          	beq	a5,a3,804028fc <strtoul+0xde>
80402870:	02d00313          	li	t1,45
80402874:	4681                	li	a3,0
80402876:	00679763          	bne	a5,t1,80402884 <strtoul+0x66>
8040287a:	4685                	li	a3,1
8040287c:	00154783          	lbu	a5,1(a0)
80402880:	00250713          	add	a4,a0,2
80402884:	03000513          	li	a0,48
80402888:	06a79f63          	bne	a5,a0,80402906 <strtoul+0xe8>
8040288c:	00074503          	lbu	a0,0(a4) # 1000000 <errno+0x1000000>
80402890:	07800313          	li	t1,120
80402894:	02056513          	or	a0,a0,32
80402898:	06651463          	bne	a0,t1,80402900 <strtoul+0xe2>
8040289c:	c601                	beqz	a2,804028a4 <strtoul+0x86>
8040289e:	4641                	li	a2,16
804028a0:	00c89763          	bne	a7,a2,804028ae <strtoul+0x90>
804028a4:	00174783          	lbu	a5,1(a4)
804028a8:	883a                	mv	a6,a4
804028aa:	48c1                	li	a7,16
804028ac:	0709                	add	a4,a4,2
804028ae:	4501                	li	a0,0
804028b0:	03900613          	li	a2,57
804028b4:	00f67963          	bgeu	a2,a5,804028c6 <strtoul+0xa8>
804028b8:	17fd                	add	a5,a5,-1
804028ba:	0207e793          	or	a5,a5,32
804028be:	fda78793          	add	a5,a5,-38
804028c2:	0ff7f793          	zext.b	a5,a5
804028c6:	fd078793          	add	a5,a5,-48
804028ca:	0ff7f793          	zext.b	a5,a5
804028ce:	0317ff63          	bgeu	a5,a7,8040290c <strtoul+0xee>
804028d2:	03153833          	mulhu	a6,a0,a7
804028d6:	03150533          	mul	a0,a0,a7
804028da:	00081863          	bnez	a6,804028ea <strtoul+0xcc>
804028de:	97aa                	add	a5,a5,a0
804028e0:	00a7b833          	sltu	a6,a5,a0
804028e4:	853e                	mv	a0,a5
804028e6:	00080463          	beqz	a6,804028ee <strtoul+0xd0>
804028ea:	0026e693          	or	a3,a3,2
804028ee:	00074783          	lbu	a5,0(a4)
804028f2:	883a                	mv	a6,a4
804028f4:	0705                	add	a4,a4,1
804028f6:	bf7d                	j	804028b4 <strtoul+0x96>
804028f8:	853a                	mv	a0,a4
804028fa:	bf99                	j	80402850 <strtoul+0x32>
804028fc:	4681                	li	a3,0
804028fe:	bfbd                	j	8040287c <strtoul+0x5e>
80402900:	f65d                	bnez	a2,804028ae <strtoul+0x90>
80402902:	48a1                	li	a7,8
80402904:	b76d                	j	804028ae <strtoul+0x90>
80402906:	f645                	bnez	a2,804028ae <strtoul+0x90>
80402908:	48a9                	li	a7,10
8040290a:	b755                	j	804028ae <strtoul+0x90>
8040290c:	0016f793          	and	a5,a3,1
80402910:	c399                	beqz	a5,80402916 <strtoul+0xf8>
80402912:	40a00533          	neg	a0,a0
80402916:	8a89                	and	a3,a3,2
80402918:	ca91                	beqz	a3,8040292c <strtoul+0x10e>
8040291a:	000007b7          	lui	a5,0x0
8040291e:	004787b3          	add	a5,a5,tp
80402922:	02200713          	li	a4,34
80402926:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040292a:	557d                	li	a0,-1
8040292c:	c199                	beqz	a1,80402932 <strtoul+0x114>
8040292e:	0105a023          	sw	a6,0(a1)
80402932:	8082                	ret

80402934 <__ultoa_invert>:
80402934:	00000317          	auipc	t1,0x0
80402938:	e26302e7          	jalr	t0,-474(t1) # 8040275a <__riscv_save_10>
8040293c:	2006f793          	and	a5,a3,512
80402940:	89aa                	mv	s3,a0
80402942:	8a2e                	mv	s4,a1
80402944:	8932                	mv	s2,a2
80402946:	84b6                	mv	s1,a3
80402948:	02700b13          	li	s6,39
8040294c:	c781                	beqz	a5,80402954 <__ultoa_invert+0x20>
8040294e:	dff6f493          	and	s1,a3,-513
80402952:	4b1d                	li	s6,7
80402954:	41f4da93          	sra	s5,s1,0x1f
80402958:	4ca5                	li	s9,9
8040295a:	8626                	mv	a2,s1
8040295c:	86d6                	mv	a3,s5
8040295e:	854e                	mv	a0,s3
80402960:	85d2                	mv	a1,s4
80402962:	00000097          	auipc	ra,0x0
80402966:	ac8080e7          	jalr	-1336(ra) # 8040242a <__umoddi3>
8040296a:	85d2                	mv	a1,s4
8040296c:	0ff57413          	zext.b	s0,a0
80402970:	8626                	mv	a2,s1
80402972:	854e                	mv	a0,s3
80402974:	86d6                	mv	a3,s5
80402976:	fffff097          	auipc	ra,0xfffff
8040297a:	756080e7          	jalr	1878(ra) # 804020cc <__udivdi3>
8040297e:	8c4e                	mv	s8,s3
80402980:	8bd2                	mv	s7,s4
80402982:	89aa                	mv	s3,a0
80402984:	8a2e                	mv	s4,a1
80402986:	008cf563          	bgeu	s9,s0,80402990 <__ultoa_invert+0x5c>
8040298a:	945a                	add	s0,s0,s6
8040298c:	0ff47413          	zext.b	s0,s0
80402990:	0905                	add	s2,s2,1
80402992:	03040413          	add	s0,s0,48
80402996:	fe890fa3          	sb	s0,-1(s2)
8040299a:	015be663          	bltu	s7,s5,804029a6 <__ultoa_invert+0x72>
8040299e:	fb7a9ee3          	bne	s5,s7,8040295a <__ultoa_invert+0x26>
804029a2:	fa9c7ce3          	bgeu	s8,s1,8040295a <__ultoa_invert+0x26>
804029a6:	854a                	mv	a0,s2
804029a8:	00000317          	auipc	t1,0x0
804029ac:	dea30067          	jr	-534(t1) # 80402792 <__riscv_restore_10>

804029b0 <skip_to_arg>:
804029b0:	00000317          	auipc	t1,0x0
804029b4:	daa302e7          	jalr	t0,-598(t1) # 8040275a <__riscv_save_10>
804029b8:	4305                	li	t1,1
804029ba:	02500f13          	li	t5,37
804029be:	88aa                	mv	a7,a0
804029c0:	00c34663          	blt	t1,a2,804029cc <skip_to_arg+0x1c>
804029c4:	00000317          	auipc	t1,0x0
804029c8:	dce30067          	jr	-562(t1) # 80402792 <__riscv_restore_10>
804029cc:	87c6                	mv	a5,a7
804029ce:	88be                	mv	a7,a5
804029d0:	0007c703          	lbu	a4,0(a5)
804029d4:	0785                	add	a5,a5,1
804029d6:	d77d                	beqz	a4,804029c4 <skip_to_arg+0x14>
804029d8:	ffe71be3          	bne	a4,t5,804029ce <skip_to_arg+0x1e>
804029dc:	0007c703          	lbu	a4,0(a5)
804029e0:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
804029e2:	ffe705e3          	beq	a4,t5,804029cc <skip_to_arg+0x1c>
804029e6:	6ecd                	lui	t4,0x13
804029e8:	4681                	li	a3,0
804029ea:	4e01                	li	t3,0
804029ec:	4781                	li	a5,0
804029ee:	42fd                	li	t0,31
804029f0:	06c00f93          	li	t6,108
804029f4:	07400393          	li	t2,116
804029f8:	07a00413          	li	s0,122
804029fc:	06800493          	li	s1,104
80402a00:	06a00913          	li	s2,106
80402a04:	04c00993          	li	s3,76
80402a08:	4a25                	li	s4,9
80402a0a:	02400a93          	li	s5,36
80402a0e:	07f00b13          	li	s6,127
80402a12:	4bc1                	li	s7,16
80402a14:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80402a18:	04f2e263          	bltu	t0,a5,80402a5c <skip_to_arg+0xac>
80402a1c:	fe070813          	add	a6,a4,-32
80402a20:	0ff87813          	zext.b	a6,a6
80402a24:	030bf163          	bgeu	s7,a6,80402a46 <skip_to_arg+0x96>
80402a28:	fd070813          	add	a6,a4,-48
80402a2c:	0ff87813          	zext.b	a6,a6
80402a30:	4c25                	li	s8,9
80402a32:	050c6563          	bltu	s8,a6,80402a7c <skip_to_arg+0xcc>
80402a36:	47a9                	li	a5,10
80402a38:	02f687b3          	mul	a5,a3,a5
80402a3c:	00f806b3          	add	a3,a6,a5
80402a40:	02000793          	li	a5,32
80402a44:	a039                	j	80402a52 <skip_to_arg+0xa2>
80402a46:	010ed833          	srl	a6,t4,a6
80402a4a:	00187813          	and	a6,a6,1
80402a4e:	00080963          	beqz	a6,80402a60 <skip_to_arg+0xb0>
80402a52:	0008c703          	lbu	a4,0(a7)
80402a56:	0885                	add	a7,a7,1
80402a58:	f361                	bnez	a4,80402a18 <skip_to_arg+0x68>
80402a5a:	a8b1                	j	80402ab6 <skip_to_arg+0x106>
80402a5c:	04fb6363          	bltu	s6,a5,80402aa2 <skip_to_arg+0xf2>
80402a60:	fd070813          	add	a6,a4,-48
80402a64:	0ff87813          	zext.b	a6,a6
80402a68:	fd0a77e3          	bgeu	s4,a6,80402a36 <skip_to_arg+0x86>
80402a6c:	03571563          	bne	a4,s5,80402a96 <skip_to_arg+0xe6>
80402a70:	0a0e0063          	beqz	t3,80402b10 <skip_to_arg+0x160>
80402a74:	0a668063          	beq	a3,t1,80402b14 <skip_to_arg+0x164>
80402a78:	4681                	li	a3,0
80402a7a:	bfe1                	j	80402a52 <skip_to_arg+0xa2>
80402a7c:	0fb77813          	and	a6,a4,251
80402a80:	02a00c13          	li	s8,42
80402a84:	ff880ae3          	beq	a6,s8,80402a78 <skip_to_arg+0xc8>
80402a88:	06c00813          	li	a6,108
80402a8c:	01071d63          	bne	a4,a6,80402aa6 <skip_to_arg+0xf6>
80402a90:	0807e793          	or	a5,a5,128
80402a94:	bf7d                	j	80402a52 <skip_to_arg+0xa2>
80402a96:	0fb77813          	and	a6,a4,251
80402a9a:	02a00c13          	li	s8,42
80402a9e:	fd880de3          	beq	a6,s8,80402a78 <skip_to_arg+0xc8>
80402aa2:	05f70663          	beq	a4,t6,80402aee <skip_to_arg+0x13e>
80402aa6:	02efef63          	bltu	t6,a4,80402ae4 <skip_to_arg+0x134>
80402aaa:	04970863          	beq	a4,s1,80402afa <skip_to_arg+0x14a>
80402aae:	05270e63          	beq	a4,s2,80402b0a <skip_to_arg+0x15a>
80402ab2:	05370c63          	beq	a4,s3,80402b0a <skip_to_arg+0x15a>
80402ab6:	f00e07e3          	beqz	t3,804029c4 <skip_to_arg+0x14>
80402aba:	f06e13e3          	bne	t3,t1,804029c0 <skip_to_arg+0x10>
80402abe:	02076893          	or	a7,a4,32
80402ac2:	f9b88813          	add	a6,a7,-101
80402ac6:	0ff87813          	zext.b	a6,a6
80402aca:	4e09                	li	t3,2
80402acc:	4194                	lw	a3,0(a1)
80402ace:	010e7663          	bgeu	t3,a6,80402ada <skip_to_arg+0x12a>
80402ad2:	06100813          	li	a6,97
80402ad6:	05089263          	bne	a7,a6,80402b1a <skip_to_arg+0x16a>
80402ada:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80402adc:	9ae1                	and	a3,a3,-8
80402ade:	00868713          	add	a4,a3,8
80402ae2:	a091                	j	80402b26 <skip_to_arg+0x176>
80402ae4:	f67707e3          	beq	a4,t2,80402a52 <skip_to_arg+0xa2>
80402ae8:	f68705e3          	beq	a4,s0,80402a52 <skip_to_arg+0xa2>
80402aec:	b7e9                	j	80402ab6 <skip_to_arg+0x106>
80402aee:	0807f713          	and	a4,a5,128
80402af2:	df59                	beqz	a4,80402a90 <skip_to_arg+0xe0>
80402af4:	2007e793          	or	a5,a5,512
80402af8:	bf61                	j	80402a90 <skip_to_arg+0xe0>
80402afa:	1007f713          	and	a4,a5,256
80402afe:	c319                	beqz	a4,80402b04 <skip_to_arg+0x154>
80402b00:	2007e793          	or	a5,a5,512
80402b04:	1007e793          	or	a5,a5,256
80402b08:	b7a9                	j	80402a52 <skip_to_arg+0xa2>
80402b0a:	2807e793          	or	a5,a5,640
80402b0e:	b791                	j	80402a52 <skip_to_arg+0xa2>
80402b10:	8e36                	mv	t3,a3
80402b12:	b79d                	j	80402a78 <skip_to_arg+0xc8>
80402b14:	06300713          	li	a4,99
80402b18:	b75d                	j	80402abe <skip_to_arg+0x10e>
80402b1a:	06300813          	li	a6,99
80402b1e:	01071763          	bne	a4,a6,80402b2c <skip_to_arg+0x17c>
80402b22:	00468713          	add	a4,a3,4
80402b26:	c198                	sw	a4,0(a1)
80402b28:	0305                	add	t1,t1,1
80402b2a:	bd51                	j	804029be <skip_to_arg+0xe>
80402b2c:	07300813          	li	a6,115
80402b30:	ff0709e3          	beq	a4,a6,80402b22 <skip_to_arg+0x172>
80402b34:	0807f813          	and	a6,a5,128
80402b38:	00468713          	add	a4,a3,4
80402b3c:	fe0805e3          	beqz	a6,80402b26 <skip_to_arg+0x176>
80402b40:	2007f793          	and	a5,a5,512
80402b44:	d3ed                	beqz	a5,80402b26 <skip_to_arg+0x176>
80402b46:	bf51                	j	80402ada <skip_to_arg+0x12a>

80402b48 <__d_vfprintf>:
80402b48:	00000317          	auipc	t1,0x0
80402b4c:	c0a302e7          	jalr	t0,-1014(t1) # 80402752 <__riscv_save_12>
80402b50:	00454783          	lbu	a5,4(a0)
80402b54:	7139                	add	sp,sp,-64
80402b56:	c02a                	sw	a0,0(sp)
80402b58:	c42e                	sw	a1,8(sp)
80402b5a:	c632                	sw	a2,12(sp)
80402b5c:	8b89                	and	a5,a5,2
80402b5e:	00852a03          	lw	s4,8(a0)
80402b62:	c785                	beqz	a5,80402b8a <__d_vfprintf+0x42>
80402b64:	d232                	sw	a2,36(sp)
80402b66:	87ae                	mv	a5,a1
80402b68:	4401                	li	s0,0
80402b6a:	0007c903          	lbu	s2,0(a5)
80402b6e:	00090f63          	beqz	s2,80402b8c <__d_vfprintf+0x44>
80402b72:	02500713          	li	a4,37
80402b76:	02e90163          	beq	s2,a4,80402b98 <__d_vfprintf+0x50>
80402b7a:	0785                	add	a5,a5,1
80402b7c:	c23e                	sw	a5,4(sp)
80402b7e:	4582                	lw	a1,0(sp)
80402b80:	854a                	mv	a0,s2
80402b82:	0405                	add	s0,s0,1
80402b84:	9a02                	jalr	s4
80402b86:	2a0557e3          	bgez	a0,80403634 <__d_vfprintf+0xaec>
80402b8a:	547d                	li	s0,-1
80402b8c:	8522                	mv	a0,s0
80402b8e:	6121                	add	sp,sp,64
80402b90:	00000317          	auipc	t1,0x0
80402b94:	bfe30067          	jr	-1026(t1) # 8040278e <__riscv_restore_12>
80402b98:	0017c903          	lbu	s2,1(a5)
80402b9c:	00278713          	add	a4,a5,2
80402ba0:	c23a                	sw	a4,4(sp)
80402ba2:	02500793          	li	a5,37
80402ba6:	fcf90ce3          	beq	s2,a5,80402b7e <__d_vfprintf+0x36>
80402baa:	804064b7          	lui	s1,0x80406
80402bae:	4a81                	li	s5,0
80402bb0:	4d01                	li	s10,0
80402bb2:	4b01                	li	s6,0
80402bb4:	4d81                	li	s11,0
80402bb6:	06c00993          	li	s3,108
80402bba:	07400b93          	li	s7,116
80402bbe:	07a00c13          	li	s8,122
80402bc2:	06800c93          	li	s9,104
80402bc6:	65048493          	add	s1,s1,1616 # 80406650 <msg.0+0x20>
80402bca:	47fd                	li	a5,31
80402bcc:	07b7e163          	bltu	a5,s11,80402c2e <__d_vfprintf+0xe6>
80402bd0:	fe090793          	add	a5,s2,-32
80402bd4:	0ff7f793          	zext.b	a5,a5
80402bd8:	4741                	li	a4,16
80402bda:	00f76663          	bltu	a4,a5,80402be6 <__d_vfprintf+0x9e>
80402bde:	078a                	sll	a5,a5,0x2
80402be0:	97a6                	add	a5,a5,s1
80402be2:	439c                	lw	a5,0(a5)
80402be4:	8782                	jr	a5
80402be6:	fd090793          	add	a5,s2,-48
80402bea:	0ff7f793          	zext.b	a5,a5
80402bee:	4725                	li	a4,9
80402bf0:	06f76463          	bltu	a4,a5,80402c58 <__d_vfprintf+0x110>
80402bf4:	46a9                	li	a3,10
80402bf6:	02db06b3          	mul	a3,s6,a3
80402bfa:	00f68b33          	add	s6,a3,a5
80402bfe:	020ded93          	or	s11,s11,32
80402c02:	a019                	j	80402c08 <__d_vfprintf+0xc0>
80402c04:	001ded93          	or	s11,s11,1
80402c08:	4792                	lw	a5,4(sp)
80402c0a:	0007c903          	lbu	s2,0(a5)
80402c0e:	0785                	add	a5,a5,1
80402c10:	c23e                	sw	a5,4(sp)
80402c12:	fa091ce3          	bnez	s2,80402bca <__d_vfprintf+0x82>
80402c16:	a8cd                	j	80402d08 <__d_vfprintf+0x1c0>
80402c18:	002ded93          	or	s11,s11,2
80402c1c:	004ded93          	or	s11,s11,4
80402c20:	b7e5                	j	80402c08 <__d_vfprintf+0xc0>
80402c22:	008ded93          	or	s11,s11,8
80402c26:	b7cd                	j	80402c08 <__d_vfprintf+0xc0>
80402c28:	010ded93          	or	s11,s11,16
80402c2c:	bff1                	j	80402c08 <__d_vfprintf+0xc0>
80402c2e:	07f00793          	li	a5,127
80402c32:	0bb7ed63          	bltu	a5,s11,80402cec <__d_vfprintf+0x1a4>
80402c36:	fd090693          	add	a3,s2,-48
80402c3a:	0ff6f693          	zext.b	a3,a3
80402c3e:	47a5                	li	a5,9
80402c40:	00d7ec63          	bltu	a5,a3,80402c58 <__d_vfprintf+0x110>
80402c44:	040df613          	and	a2,s11,64
80402c48:	87b6                	mv	a5,a3
80402c4a:	d64d                	beqz	a2,80402bf4 <__d_vfprintf+0xac>
80402c4c:	47a9                	li	a5,10
80402c4e:	02fd07b3          	mul	a5,s10,a5
80402c52:	00d78d33          	add	s10,a5,a3
80402c56:	bf4d                	j	80402c08 <__d_vfprintf+0xc0>
80402c58:	02a00793          	li	a5,42
80402c5c:	02f91663          	bne	s2,a5,80402c88 <__d_vfprintf+0x140>
80402c60:	fa0a94e3          	bnez	s5,80402c08 <__d_vfprintf+0xc0>
80402c64:	5692                	lw	a3,36(sp)
80402c66:	040df793          	and	a5,s11,64
80402c6a:	00468613          	add	a2,a3,4
80402c6e:	4294                	lw	a3,0(a3)
80402c70:	d232                	sw	a2,36(sp)
80402c72:	c399                	beqz	a5,80402c78 <__d_vfprintf+0x130>
80402c74:	8d36                	mv	s10,a3
80402c76:	bf49                	j	80402c08 <__d_vfprintf+0xc0>
80402c78:	8b36                	mv	s6,a3
80402c7a:	f806d2e3          	bgez	a3,80402bfe <__d_vfprintf+0xb6>
80402c7e:	40d00b33          	neg	s6,a3
80402c82:	028ded93          	or	s11,s11,40
80402c86:	b749                	j	80402c08 <__d_vfprintf+0xc0>
80402c88:	02e00793          	li	a5,46
80402c8c:	00f91963          	bne	s2,a5,80402c9e <__d_vfprintf+0x156>
80402c90:	040df793          	and	a5,s11,64
80402c94:	ee079ce3          	bnez	a5,80402b8c <__d_vfprintf+0x44>
80402c98:	040ded93          	or	s11,s11,64
80402c9c:	b7b5                	j	80402c08 <__d_vfprintf+0xc0>
80402c9e:	02400793          	li	a5,36
80402ca2:	04f91563          	bne	s2,a5,80402cec <__d_vfprintf+0x1a4>
80402ca6:	140a8363          	beqz	s5,80402dec <__d_vfprintf+0x2a4>
80402caa:	47b2                	lw	a5,12(sp)
80402cac:	d23e                	sw	a5,36(sp)
80402cae:	040df793          	and	a5,s11,64
80402cb2:	ef99                	bnez	a5,80402cd0 <__d_vfprintf+0x188>
80402cb4:	4522                	lw	a0,8(sp)
80402cb6:	865a                	mv	a2,s6
80402cb8:	104c                	add	a1,sp,36
80402cba:	00000097          	auipc	ra,0x0
80402cbe:	cf6080e7          	jalr	-778(ra) # 804029b0 <skip_to_arg>
80402cc2:	5792                	lw	a5,36(sp)
80402cc4:	00478693          	add	a3,a5,4
80402cc8:	0007ab03          	lw	s6,0(a5)
80402ccc:	d236                	sw	a3,36(sp)
80402cce:	bf2d                	j	80402c08 <__d_vfprintf+0xc0>
80402cd0:	4522                	lw	a0,8(sp)
80402cd2:	866a                	mv	a2,s10
80402cd4:	104c                	add	a1,sp,36
80402cd6:	00000097          	auipc	ra,0x0
80402cda:	cda080e7          	jalr	-806(ra) # 804029b0 <skip_to_arg>
80402cde:	5792                	lw	a5,36(sp)
80402ce0:	00478693          	add	a3,a5,4
80402ce4:	0007ad03          	lw	s10,0(a5)
80402ce8:	d236                	sw	a3,36(sp)
80402cea:	bf39                	j	80402c08 <__d_vfprintf+0xc0>
80402cec:	0d390d63          	beq	s2,s3,80402dc6 <__d_vfprintf+0x27e>
80402cf0:	0d29e663          	bltu	s3,s2,80402dbc <__d_vfprintf+0x274>
80402cf4:	0f990163          	beq	s2,s9,80402dd6 <__d_vfprintf+0x28e>
80402cf8:	06a00793          	li	a5,106
80402cfc:	0ef90563          	beq	s2,a5,80402de6 <__d_vfprintf+0x29e>
80402d00:	04c00793          	li	a5,76
80402d04:	0ef90163          	beq	s2,a5,80402de6 <__d_vfprintf+0x29e>
80402d08:	000a8b63          	beqz	s5,80402d1e <__d_vfprintf+0x1d6>
80402d0c:	47b2                	lw	a5,12(sp)
80402d0e:	4522                	lw	a0,8(sp)
80402d10:	8656                	mv	a2,s5
80402d12:	104c                	add	a1,sp,36
80402d14:	d23e                	sw	a5,36(sp)
80402d16:	00000097          	auipc	ra,0x0
80402d1a:	c9a080e7          	jalr	-870(ra) # 804029b0 <skip_to_arg>
80402d1e:	000d5963          	bgez	s10,80402d30 <__d_vfprintf+0x1e8>
80402d22:	fbfdf813          	and	a6,s11,-65
80402d26:	01081d93          	sll	s11,a6,0x10
80402d2a:	010ddd93          	srl	s11,s11,0x10
80402d2e:	4d01                	li	s10,0
80402d30:	02096c93          	or	s9,s2,32
80402d34:	f9bc8793          	add	a5,s9,-101
80402d38:	0ff7f793          	zext.b	a5,a5
80402d3c:	4709                	li	a4,2
80402d3e:	0af77d63          	bgeu	a4,a5,80402df8 <__d_vfprintf+0x2b0>
80402d42:	06100793          	li	a5,97
80402d46:	6afc9763          	bne	s9,a5,804033f4 <__d_vfprintf+0x8ac>
80402d4a:	5792                	lw	a5,36(sp)
80402d4c:	6a89                	lui	s5,0x2
80402d4e:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80402d52:	079d                	add	a5,a5,7
80402d54:	9be1                	and	a5,a5,-8
80402d56:	0047ab83          	lw	s7,4(a5)
80402d5a:	0007a883          	lw	a7,0(a5)
80402d5e:	00878713          	add	a4,a5,8
80402d62:	414bd993          	sra	s3,s7,0x14
80402d66:	00cb9c13          	sll	s8,s7,0xc
80402d6a:	7ff9f993          	and	s3,s3,2047
80402d6e:	00cc5c93          	srl	s9,s8,0xc
80402d72:	015deab3          	or	s5,s11,s5
80402d76:	0119e533          	or	a0,s3,a7
80402d7a:	fff94913          	not	s2,s2
80402d7e:	0ac2                	sll	s5,s5,0x10
80402d80:	d23a                	sw	a4,36(sp)
80402d82:	019567b3          	or	a5,a0,s9
80402d86:	02097913          	and	s2,s2,32
80402d8a:	010ada93          	srl	s5,s5,0x10
80402d8e:	86c6                	mv	a3,a7
80402d90:	8c66                	mv	s8,s9
80402d92:	040df813          	and	a6,s11,64
80402d96:	01fbdb93          	srl	s7,s7,0x1f
80402d9a:	efcd                	bnez	a5,80402e54 <__d_vfprintf+0x30c>
80402d9c:	03000793          	li	a5,48
80402da0:	0ffbfb93          	zext.b	s7,s7
80402da4:	02f106a3          	sb	a5,45(sp)
80402da8:	03710623          	sb	s7,44(sp)
80402dac:	26080363          	beqz	a6,80403012 <__d_vfprintf+0x4ca>
80402db0:	47b1                	li	a5,12
80402db2:	4981                	li	s3,0
80402db4:	0da7d463          	bge	a5,s10,80402e7c <__d_vfprintf+0x334>
80402db8:	4d35                	li	s10,13
80402dba:	aab5                	j	80402f36 <__d_vfprintf+0x3ee>
80402dbc:	e57906e3          	beq	s2,s7,80402c08 <__d_vfprintf+0xc0>
80402dc0:	e58904e3          	beq	s2,s8,80402c08 <__d_vfprintf+0xc0>
80402dc4:	b791                	j	80402d08 <__d_vfprintf+0x1c0>
80402dc6:	080df793          	and	a5,s11,128
80402dca:	c399                	beqz	a5,80402dd0 <__d_vfprintf+0x288>
80402dcc:	200ded93          	or	s11,s11,512
80402dd0:	080ded93          	or	s11,s11,128
80402dd4:	bd15                	j	80402c08 <__d_vfprintf+0xc0>
80402dd6:	100df793          	and	a5,s11,256
80402dda:	c399                	beqz	a5,80402de0 <__d_vfprintf+0x298>
80402ddc:	200ded93          	or	s11,s11,512
80402de0:	100ded93          	or	s11,s11,256
80402de4:	b515                	j	80402c08 <__d_vfprintf+0xc0>
80402de6:	280ded93          	or	s11,s11,640
80402dea:	bd39                	j	80402c08 <__d_vfprintf+0xc0>
80402dec:	875a                	mv	a4,s6
80402dee:	4d01                	li	s10,0
80402df0:	4b01                	li	s6,0
80402df2:	8aba                	mv	s5,a4
80402df4:	4d81                	li	s11,0
80402df6:	bd09                	j	80402c08 <__d_vfprintf+0xc0>
80402df8:	5792                	lw	a5,36(sp)
80402dfa:	fff94913          	not	s2,s2
80402dfe:	02097913          	and	s2,s2,32
80402e02:	079d                	add	a5,a5,7
80402e04:	9be1                	and	a5,a5,-8
80402e06:	00878713          	add	a4,a5,8
80402e0a:	4388                	lw	a0,0(a5)
80402e0c:	43cc                	lw	a1,4(a5)
80402e0e:	d23a                	sw	a4,36(sp)
80402e10:	040df793          	and	a5,s11,64
80402e14:	22078363          	beqz	a5,8040303a <__d_vfprintf+0x4f2>
80402e18:	06500793          	li	a5,101
80402e1c:	22fc9163          	bne	s9,a5,8040303e <__d_vfprintf+0x4f6>
80402e20:	6785                	lui	a5,0x1
80402e22:	001d0613          	add	a2,s10,1
80402e26:	00fdedb3          	or	s11,s11,a5
80402e2a:	0ff67613          	zext.b	a2,a2
80402e2e:	4701                	li	a4,0
80402e30:	4781                	li	a5,0
80402e32:	4345                	li	t1,17
80402e34:	0ff67693          	zext.b	a3,a2
80402e38:	00c37363          	bgeu	t1,a2,80402e3e <__d_vfprintf+0x2f6>
80402e3c:	46c5                	li	a3,17
80402e3e:	1030                	add	a2,sp,40
80402e40:	00001097          	auipc	ra,0x1
80402e44:	bbe080e7          	jalr	-1090(ra) # 804039fe <__dtoa_engine>
80402e48:	0ff57b93          	zext.b	s7,a0
80402e4c:	59a2                	lw	s3,40(sp)
80402e4e:	8aee                	mv	s5,s11
80402e50:	4c09                	li	s8,2
80402e52:	aa21                	j	80402f6a <__d_vfprintf+0x422>
80402e54:	03100793          	li	a5,49
80402e58:	00099563          	bnez	s3,80402e62 <__d_vfprintf+0x31a>
80402e5c:	03000793          	li	a5,48
80402e60:	4985                	li	s3,1
80402e62:	0ffbfb93          	zext.b	s7,s7
80402e66:	02f106a3          	sb	a5,45(sp)
80402e6a:	03710623          	sb	s7,44(sp)
80402e6e:	c0198993          	add	s3,s3,-1023
80402e72:	18080763          	beqz	a6,80403000 <__d_vfprintf+0x4b8>
80402e76:	47b1                	li	a5,12
80402e78:	19a7c663          	blt	a5,s10,80403004 <__d_vfprintf+0x4bc>
80402e7c:	4335                	li	t1,13
80402e7e:	41a30333          	sub	t1,t1,s10
80402e82:	00231d93          	sll	s11,t1,0x2
80402e86:	fffd8613          	add	a2,s11,-1
80402e8a:	4505                	li	a0,1
80402e8c:	4581                	li	a1,0
80402e8e:	ca46                	sw	a7,20(sp)
80402e90:	c836                	sw	a3,16(sp)
80402e92:	fffff097          	auipc	ra,0xfffff
80402e96:	1ac080e7          	jalr	428(ra) # 8040203e <__ashldi3>
80402e9a:	84aa                	mv	s1,a0
80402e9c:	872e                	mv	a4,a1
80402e9e:	00171793          	sll	a5,a4,0x1
80402ea2:	85aa                	mv	a1,a0
80402ea4:	01f4d513          	srl	a0,s1,0x1f
80402ea8:	00149e13          	sll	t3,s1,0x1
80402eac:	8fc9                	or	a5,a5,a0
80402eae:	40f00c33          	neg	s8,a5
80402eb2:	01c03533          	snez	a0,t3
80402eb6:	48d2                	lw	a7,20(sp)
80402eb8:	41c00833          	neg	a6,t3
80402ebc:	40ac0c33          	sub	s8,s8,a0
80402ec0:	fffe0513          	add	a0,t3,-1
80402ec4:	001e3e13          	seqz	t3,t3
80402ec8:	41c787b3          	sub	a5,a5,t3
80402ecc:	0197f7b3          	and	a5,a5,s9
80402ed0:	01157533          	and	a0,a0,a7
80402ed4:	02f74863          	blt	a4,a5,80402f04 <__d_vfprintf+0x3bc>
80402ed8:	46c2                	lw	a3,16(sp)
80402eda:	00e79463          	bne	a5,a4,80402ee2 <__d_vfprintf+0x39a>
80402ede:	02a5e363          	bltu	a1,a0,80402f04 <__d_vfprintf+0x3bc>
80402ee2:	8546                	mv	a0,a7
80402ee4:	866e                	mv	a2,s11
80402ee6:	85e6                	mv	a1,s9
80402ee8:	ce3a                	sw	a4,28(sp)
80402eea:	cc42                	sw	a6,24(sp)
80402eec:	ca36                	sw	a3,20(sp)
80402eee:	c846                	sw	a7,16(sp)
80402ef0:	fffff097          	auipc	ra,0xfffff
80402ef4:	176080e7          	jalr	374(ra) # 80402066 <__ashrdi3>
80402ef8:	8905                	and	a0,a0,1
80402efa:	48c2                	lw	a7,16(sp)
80402efc:	46d2                	lw	a3,20(sp)
80402efe:	4862                	lw	a6,24(sp)
80402f00:	4772                	lw	a4,28(sp)
80402f02:	c94d                	beqz	a0,80402fb4 <__d_vfprintf+0x46c>
80402f04:	00988533          	add	a0,a7,s1
80402f08:	01153db3          	sltu	s11,a0,a7
80402f0c:	9766                	add	a4,a4,s9
80402f0e:	00ed8cb3          	add	s9,s11,a4
80402f12:	001007b7          	lui	a5,0x100
80402f16:	86aa                	mv	a3,a0
80402f18:	08fcce63          	blt	s9,a5,80402fb4 <__d_vfprintf+0x46c>
80402f1c:	02d14783          	lbu	a5,45(sp)
80402f20:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80402f22:	02f106a3          	sb	a5,45(sp)
80402f26:	40000793          	li	a5,1024
80402f2a:	0af98163          	beq	s3,a5,80402fcc <__d_vfprintf+0x484>
80402f2e:	00a87533          	and	a0,a6,a0
80402f32:	019c7c33          	and	s8,s8,s9
80402f36:	05700613          	li	a2,87
80402f3a:	1034                	add	a3,sp,40
80402f3c:	4735                	li	a4,13
80402f3e:	45a5                	li	a1,9
80402f40:	41260633          	sub	a2,a2,s2
80402f44:	01cc1813          	sll	a6,s8,0x1c
80402f48:	00f57793          	and	a5,a0,15
80402f4c:	8111                	srl	a0,a0,0x4
80402f4e:	00a86533          	or	a0,a6,a0
80402f52:	404c5c13          	sra	s8,s8,0x4
80402f56:	e7e1                	bnez	a5,8040301e <__d_vfprintf+0x4d6>
80402f58:	0ced5563          	bge	s10,a4,80403022 <__d_vfprintf+0x4da>
80402f5c:	177d                	add	a4,a4,-1
80402f5e:	16fd                	add	a3,a3,-1
80402f60:	f375                	bnez	a4,80402f44 <__d_vfprintf+0x3fc>
80402f62:	4c05                	li	s8,1
80402f64:	4bb9                	li	s7,14
80402f66:	07000c93          	li	s9,112
80402f6a:	00998713          	add	a4,s3,9
80402f6e:	46c9                	li	a3,18
80402f70:	87ce                	mv	a5,s3
80402f72:	06e6e863          	bltu	a3,a4,80402fe2 <__d_vfprintf+0x49a>
80402f76:	02c14703          	lbu	a4,44(sp)
80402f7a:	00177d93          	and	s11,a4,1
80402f7e:	8b31                	and	a4,a4,12
80402f80:	120d9a63          	bnez	s11,804030b4 <__d_vfprintf+0x56c>
80402f84:	002af793          	and	a5,s5,2
80402f88:	12079263          	bnez	a5,804030ac <__d_vfprintf+0x564>
80402f8c:	004af793          	and	a5,s5,4
80402f90:	cfe9                	beqz	a5,8040306a <__d_vfprintf+0x522>
80402f92:	12071563          	bnez	a4,804030bc <__d_vfprintf+0x574>
80402f96:	02000713          	li	a4,32
80402f9a:	678d                	lui	a5,0x3
80402f9c:	00faf7b3          	and	a5,s5,a5
80402fa0:	1c079363          	bnez	a5,80403166 <__d_vfprintf+0x61e>
80402fa4:	000d1363          	bnez	s10,80402faa <__d_vfprintf+0x462>
80402fa8:	4d05                	li	s10,1
80402faa:	103c                	add	a5,sp,40
80402fac:	97de                	add	a5,a5,s7
80402fae:	03000693          	li	a3,48
80402fb2:	aa9d                	j	80403128 <__d_vfprintf+0x5e0>
80402fb4:	0106f6b3          	and	a3,a3,a6
80402fb8:	018cfcb3          	and	s9,s9,s8
80402fbc:	40000793          	li	a5,1024
80402fc0:	04f99c63          	bne	s3,a5,80403018 <__d_vfprintf+0x4d0>
80402fc4:	0196ecb3          	or	s9,a3,s9
80402fc8:	040c8063          	beqz	s9,80403008 <__d_vfprintf+0x4c0>
80402fcc:	008beb93          	or	s7,s7,8
80402fd0:	03710623          	sb	s7,44(sp)
80402fd4:	40000993          	li	s3,1024
80402fd8:	4bb9                	li	s7,14
80402fda:	07000c93          	li	s9,112
80402fde:	40000793          	li	a5,1024
80402fe2:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
80402fe6:	0c600693          	li	a3,198
80402fea:	4c09                	li	s8,2
80402fec:	f8e6f5e3          	bgeu	a3,a4,80402f76 <__d_vfprintf+0x42e>
80402ff0:	3e778793          	add	a5,a5,999
80402ff4:	7ce00c13          	li	s8,1998
80402ff8:	00fc3c33          	sltu	s8,s8,a5
80402ffc:	0c0d                	add	s8,s8,3
80402ffe:	bfa5                	j	80402f76 <__d_vfprintf+0x42e>
80403000:	4d01                	li	s10,0
80403002:	bf6d                	j	80402fbc <__d_vfprintf+0x474>
80403004:	4d35                	li	s10,13
80403006:	bf5d                	j	80402fbc <__d_vfprintf+0x474>
80403008:	004beb93          	or	s7,s7,4
8040300c:	03710623          	sb	s7,44(sp)
80403010:	b7e1                	j	80402fd8 <__d_vfprintf+0x490>
80403012:	4981                	li	s3,0
80403014:	4d01                	li	s10,0
80403016:	b705                	j	80402f36 <__d_vfprintf+0x3ee>
80403018:	8536                	mv	a0,a3
8040301a:	8c66                	mv	s8,s9
8040301c:	bf29                	j	80402f36 <__d_vfprintf+0x3ee>
8040301e:	00f5ea63          	bltu	a1,a5,80403032 <__d_vfprintf+0x4ea>
80403022:	03078793          	add	a5,a5,48
80403026:	00f68923          	sb	a5,18(a3)
8040302a:	f2ed59e3          	bge	s10,a4,80402f5c <__d_vfprintf+0x414>
8040302e:	8d3a                	mv	s10,a4
80403030:	b735                	j	80402f5c <__d_vfprintf+0x414>
80403032:	97b2                	add	a5,a5,a2
80403034:	0ff7f793          	zext.b	a5,a5
80403038:	b7fd                	j	80403026 <__d_vfprintf+0x4de>
8040303a:	4d19                	li	s10,6
8040303c:	bbf1                	j	80402e18 <__d_vfprintf+0x2d0>
8040303e:	06600793          	li	a5,102
80403042:	00fc9963          	bne	s9,a5,80403054 <__d_vfprintf+0x50c>
80403046:	6789                	lui	a5,0x2
80403048:	00fdedb3          	or	s11,s11,a5
8040304c:	4705                	li	a4,1
8040304e:	87ea                	mv	a5,s10
80403050:	4645                	li	a2,17
80403052:	b3c5                	j	80402e32 <__d_vfprintf+0x2ea>
80403054:	0ffd7793          	zext.b	a5,s10
80403058:	0ffd7613          	zext.b	a2,s10
8040305c:	e391                	bnez	a5,80403060 <__d_vfprintf+0x518>
8040305e:	4605                	li	a2,1
80403060:	4701                	li	a4,0
80403062:	4781                	li	a5,0
80403064:	06500c93          	li	s9,101
80403068:	b3e9                	j	80402e32 <__d_vfprintf+0x2ea>
8040306a:	db05                	beqz	a4,80402f9a <__d_vfprintf+0x452>
8040306c:	478d                	li	a5,3
8040306e:	0967d163          	bge	a5,s6,804030f0 <__d_vfprintf+0x5a8>
80403072:	008afa93          	and	s5,s5,8
80403076:	ffdb0493          	add	s1,s6,-3
8040307a:	000a9f63          	bnez	s5,80403098 <__d_vfprintf+0x550>
8040307e:	94a2                	add	s1,s1,s0
80403080:	4582                	lw	a1,0(sp)
80403082:	02000513          	li	a0,32
80403086:	0405                	add	s0,s0,1
80403088:	9a02                	jalr	s4
8040308a:	b00540e3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
8040308e:	fe8499e3          	bne	s1,s0,80403080 <__d_vfprintf+0x538>
80403092:	4481                	li	s1,0
80403094:	020d9f63          	bnez	s11,804030d2 <__d_vfprintf+0x58a>
80403098:	02c14783          	lbu	a5,44(sp)
8040309c:	8ba1                	and	a5,a5,8
8040309e:	efad                	bnez	a5,80403118 <__d_vfprintf+0x5d0>
804030a0:	804079b7          	lui	s3,0x80407
804030a4:	b1c98993          	add	s3,s3,-1252 # 80406b1c <__clz_tab+0x100>
804030a8:	8c22                	mv	s8,s0
804030aa:	a8b1                	j	80403106 <__d_vfprintf+0x5be>
804030ac:	eb15                	bnez	a4,804030e0 <__d_vfprintf+0x598>
804030ae:	02b00713          	li	a4,43
804030b2:	b5e5                	j	80402f9a <__d_vfprintf+0x452>
804030b4:	eb0d                	bnez	a4,804030e6 <__d_vfprintf+0x59e>
804030b6:	02d00713          	li	a4,45
804030ba:	b5c5                	j	80402f9a <__d_vfprintf+0x452>
804030bc:	02000d93          	li	s11,32
804030c0:	4791                	li	a5,4
804030c2:	0367d563          	bge	a5,s6,804030ec <__d_vfprintf+0x5a4>
804030c6:	008afa93          	and	s5,s5,8
804030ca:	ffcb0493          	add	s1,s6,-4
804030ce:	fa0a88e3          	beqz	s5,8040307e <__d_vfprintf+0x536>
804030d2:	4582                	lw	a1,0(sp)
804030d4:	856e                	mv	a0,s11
804030d6:	0405                	add	s0,s0,1
804030d8:	9a02                	jalr	s4
804030da:	fa055fe3          	bgez	a0,80403098 <__d_vfprintf+0x550>
804030de:	b475                	j	80402b8a <__d_vfprintf+0x42>
804030e0:	02b00d93          	li	s11,43
804030e4:	bff1                	j	804030c0 <__d_vfprintf+0x578>
804030e6:	02d00d93          	li	s11,45
804030ea:	bfd9                	j	804030c0 <__d_vfprintf+0x578>
804030ec:	4481                	li	s1,0
804030ee:	b7d5                	j	804030d2 <__d_vfprintf+0x58a>
804030f0:	4481                	li	s1,0
804030f2:	b75d                	j	80403098 <__d_vfprintf+0x550>
804030f4:	4582                	lw	a1,0(sp)
804030f6:	41250533          	sub	a0,a0,s2
804030fa:	0ff57513          	zext.b	a0,a0
804030fe:	0c05                	add	s8,s8,1
80403100:	9a02                	jalr	s4
80403102:	a80544e3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403106:	408c07b3          	sub	a5,s8,s0
8040310a:	97ce                	add	a5,a5,s3
8040310c:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80403110:	f175                	bnez	a0,804030f4 <__d_vfprintf+0x5ac>
80403112:	8462                	mv	s0,s8
80403114:	94e2                	add	s1,s1,s8
80403116:	a535                	j	80403742 <__d_vfprintf+0xbfa>
80403118:	804079b7          	lui	s3,0x80407
8040311c:	b2098993          	add	s3,s3,-1248 # 80406b20 <__clz_tab+0x104>
80403120:	b761                	j	804030a8 <__d_vfprintf+0x560>
80403122:	1bfd                	add	s7,s7,-1
80403124:	0ffbfb93          	zext.b	s7,s7
80403128:	000b8763          	beqz	s7,80403136 <__d_vfprintf+0x5ee>
8040312c:	0047c603          	lbu	a2,4(a5)
80403130:	17fd                	add	a5,a5,-1
80403132:	fed608e3          	beq	a2,a3,80403122 <__d_vfprintf+0x5da>
80403136:	010af693          	and	a3,s5,16
8040313a:	87ea                	mv	a5,s10
8040313c:	e291                	bnez	a3,80403140 <__d_vfprintf+0x5f8>
8040313e:	87de                	mv	a5,s7
80403140:	56f1                	li	a3,-4
80403142:	0ed9cc63          	blt	s3,a3,8040323a <__d_vfprintf+0x6f2>
80403146:	0fa9da63          	bge	s3,s10,8040323a <__d_vfprintf+0x6f2>
8040314a:	6689                	lui	a3,0x2
8040314c:	00dae6b3          	or	a3,s5,a3
80403150:	01069a93          	sll	s5,a3,0x10
80403154:	010ada93          	srl	s5,s5,0x10
80403158:	4d01                	li	s10,0
8040315a:	00f9d663          	bge	s3,a5,80403166 <__d_vfprintf+0x61e>
8040315e:	00198893          	add	a7,s3,1
80403162:	41178d33          	sub	s10,a5,a7
80403166:	6d89                	lui	s11,0x2
80403168:	01bafdb3          	and	s11,s5,s11
8040316c:	0c0d8a63          	beqz	s11,80403240 <__d_vfprintf+0x6f8>
80403170:	87ce                	mv	a5,s3
80403172:	0009d363          	bgez	s3,80403178 <__d_vfprintf+0x630>
80403176:	4781                	li	a5,0
80403178:	0785                	add	a5,a5,1
8040317a:	c311                	beqz	a4,8040317e <__d_vfprintf+0x636>
8040317c:	0785                	add	a5,a5,1
8040317e:	0c0d0963          	beqz	s10,80403250 <__d_vfprintf+0x708>
80403182:	001d0693          	add	a3,s10,1
80403186:	97b6                	add	a5,a5,a3
80403188:	4481                	li	s1,0
8040318a:	0167d463          	bge	a5,s6,80403192 <__d_vfprintf+0x64a>
8040318e:	40fb04b3          	sub	s1,s6,a5
80403192:	009af793          	and	a5,s5,9
80403196:	e789                	bnez	a5,804031a0 <__d_vfprintf+0x658>
80403198:	94a2                	add	s1,s1,s0
8040319a:	0c849063          	bne	s1,s0,8040325a <__d_vfprintf+0x712>
8040319e:	4481                	li	s1,0
804031a0:	c719                	beqz	a4,804031ae <__d_vfprintf+0x666>
804031a2:	4582                	lw	a1,0(sp)
804031a4:	853a                	mv	a0,a4
804031a6:	0405                	add	s0,s0,1
804031a8:	9a02                	jalr	s4
804031aa:	9e0540e3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804031ae:	00bad793          	srl	a5,s5,0xb
804031b2:	8b85                	and	a5,a5,1
804031b4:	c395                	beqz	a5,804031d8 <__d_vfprintf+0x690>
804031b6:	4582                	lw	a1,0(sp)
804031b8:	03000513          	li	a0,48
804031bc:	9a02                	jalr	s4
804031be:	9c0546e3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804031c2:	07800513          	li	a0,120
804031c6:	4582                	lw	a1,0(sp)
804031c8:	41250533          	sub	a0,a0,s2
804031cc:	0f857513          	and	a0,a0,248
804031d0:	0409                	add	s0,s0,2
804031d2:	9a02                	jalr	s4
804031d4:	9a054be3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804031d8:	008af793          	and	a5,s5,8
804031dc:	e791                	bnez	a5,804031e8 <__d_vfprintf+0x6a0>
804031de:	8b22                	mv	s6,s0
804031e0:	9426                	add	s0,s0,s1
804031e2:	09641663          	bne	s0,s6,8040326e <__d_vfprintf+0x726>
804031e6:	4481                	li	s1,0
804031e8:	0c0d8f63          	beqz	s11,804032c6 <__d_vfprintf+0x77e>
804031ec:	8cce                	mv	s9,s3
804031ee:	0009d363          	bgez	s3,804031f4 <__d_vfprintf+0x6ac>
804031f2:	4c81                	li	s9,0
804031f4:	41998db3          	sub	s11,s3,s9
804031f8:	41a00d33          	neg	s10,s10
804031fc:	5b7d                	li	s6,-1
804031fe:	03000513          	li	a0,48
80403202:	017df663          	bgeu	s11,s7,8040320e <__d_vfprintf+0x6c6>
80403206:	103c                	add	a5,sp,40
80403208:	97ee                	add	a5,a5,s11
8040320a:	0057c503          	lbu	a0,5(a5)
8040320e:	1cfd                	add	s9,s9,-1
80403210:	00140c13          	add	s8,s0,1
80403214:	07acc563          	blt	s9,s10,8040327e <__d_vfprintf+0x736>
80403218:	4582                	lw	a1,0(sp)
8040321a:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
8040321c:	9a02                	jalr	s4
8040321e:	960546e3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403222:	016c9a63          	bne	s9,s6,80403236 <__d_vfprintf+0x6ee>
80403226:	4582                	lw	a1,0(sp)
80403228:	02e00513          	li	a0,46
8040322c:	9a02                	jalr	s4
8040322e:	94054ee3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403232:	00240c13          	add	s8,s0,2
80403236:	8462                	mv	s0,s8
80403238:	b7d9                	j	804031fe <__d_vfprintf+0x6b6>
8040323a:	fff78d13          	add	s10,a5,-1
8040323e:	b725                	j	80403166 <__d_vfprintf+0x61e>
80403240:	00bad693          	srl	a3,s5,0xb
80403244:	8a85                	and	a3,a3,1
80403246:	478d                	li	a5,3
80403248:	c291                	beqz	a3,8040324c <__d_vfprintf+0x704>
8040324a:	4795                	li	a5,5
8040324c:	97e2                	add	a5,a5,s8
8040324e:	b735                	j	8040317a <__d_vfprintf+0x632>
80403250:	010af693          	and	a3,s5,16
80403254:	da95                	beqz	a3,80403188 <__d_vfprintf+0x640>
80403256:	0785                	add	a5,a5,1
80403258:	bf05                	j	80403188 <__d_vfprintf+0x640>
8040325a:	4582                	lw	a1,0(sp)
8040325c:	02000513          	li	a0,32
80403260:	c83a                	sw	a4,16(sp)
80403262:	9a02                	jalr	s4
80403264:	4742                	lw	a4,16(sp)
80403266:	0405                	add	s0,s0,1
80403268:	f20559e3          	bgez	a0,8040319a <__d_vfprintf+0x652>
8040326c:	ba39                	j	80402b8a <__d_vfprintf+0x42>
8040326e:	4582                	lw	a1,0(sp)
80403270:	03000513          	li	a0,48
80403274:	0b05                	add	s6,s6,1
80403276:	9a02                	jalr	s4
80403278:	f60555e3          	bgez	a0,804031e2 <__d_vfprintf+0x69a>
8040327c:	b239                	j	80402b8a <__d_vfprintf+0x42>
8040327e:	033c9063          	bne	s9,s3,8040329e <__d_vfprintf+0x756>
80403282:	02d14703          	lbu	a4,45(sp)
80403286:	03500793          	li	a5,53
8040328a:	00e7e863          	bltu	a5,a4,8040329a <__d_vfprintf+0x752>
8040328e:	00f71863          	bne	a4,a5,8040329e <__d_vfprintf+0x756>
80403292:	02c14783          	lbu	a5,44(sp)
80403296:	8bc1                	and	a5,a5,16
80403298:	e399                	bnez	a5,8040329e <__d_vfprintf+0x756>
8040329a:	03100513          	li	a0,49
8040329e:	4582                	lw	a1,0(sp)
804032a0:	9a02                	jalr	s4
804032a2:	8e0544e3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804032a6:	010afa93          	and	s5,s5,16
804032aa:	e60a84e3          	beqz	s5,80403112 <__d_vfprintf+0x5ca>
804032ae:	57fd                	li	a5,-1
804032b0:	e6fc91e3          	bne	s9,a5,80403112 <__d_vfprintf+0x5ca>
804032b4:	4582                	lw	a1,0(sp)
804032b6:	00240c13          	add	s8,s0,2
804032ba:	02e00513          	li	a0,46
804032be:	9a02                	jalr	s4
804032c0:	e40559e3          	bgez	a0,80403112 <__d_vfprintf+0x5ca>
804032c4:	b0d9                	j	80402b8a <__d_vfprintf+0x42>
804032c6:	02d14503          	lbu	a0,45(sp)
804032ca:	03100793          	li	a5,49
804032ce:	00f50763          	beq	a0,a5,804032dc <__d_vfprintf+0x794>
804032d2:	02c14783          	lbu	a5,44(sp)
804032d6:	9bbd                	and	a5,a5,-17
804032d8:	02f10623          	sb	a5,44(sp)
804032dc:	4582                	lw	a1,0(sp)
804032de:	9a02                	jalr	s4
804032e0:	8a0545e3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804032e4:	0da05a63          	blez	s10,804033b8 <__d_vfprintf+0x870>
804032e8:	4582                	lw	a1,0(sp)
804032ea:	02e00513          	li	a0,46
804032ee:	0409                	add	s0,s0,2
804032f0:	9a02                	jalr	s4
804032f2:	88054ce3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804032f6:	4a85                	li	s5,1
804032f8:	4785                	li	a5,1
804032fa:	0405                	add	s0,s0,1
804032fc:	03000513          	li	a0,48
80403300:	017af863          	bgeu	s5,s7,80403310 <__d_vfprintf+0x7c8>
80403304:	02078793          	add	a5,a5,32
80403308:	1018                	add	a4,sp,32
8040330a:	97ba                	add	a5,a5,a4
8040330c:	fed7c503          	lbu	a0,-19(a5)
80403310:	4582                	lw	a1,0(sp)
80403312:	9a02                	jalr	s4
80403314:	86054be3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403318:	0a85                	add	s5,s5,1
8040331a:	0ffafa93          	zext.b	s5,s5
8040331e:	87d6                	mv	a5,s5
80403320:	fd5d5de3          	bge	s10,s5,804032fa <__d_vfprintf+0x7b2>
80403324:	4582                	lw	a1,0(sp)
80403326:	412c8533          	sub	a0,s9,s2
8040332a:	0ff57513          	zext.b	a0,a0
8040332e:	9a02                	jalr	s4
80403330:	84054de3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403334:	0009ca63          	bltz	s3,80403348 <__d_vfprintf+0x800>
80403338:	02b00513          	li	a0,43
8040333c:	00099a63          	bnez	s3,80403350 <__d_vfprintf+0x808>
80403340:	02c14783          	lbu	a5,44(sp)
80403344:	8bc1                	and	a5,a5,16
80403346:	c789                	beqz	a5,80403350 <__d_vfprintf+0x808>
80403348:	413009b3          	neg	s3,s3
8040334c:	02d00513          	li	a0,45
80403350:	4582                	lw	a1,0(sp)
80403352:	9a02                	jalr	s4
80403354:	82054be3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403358:	4791                	li	a5,4
8040335a:	06fc1e63          	bne	s8,a5,804033d6 <__d_vfprintf+0x88e>
8040335e:	3e800913          	li	s2,1000
80403362:	0329c533          	div	a0,s3,s2
80403366:	4582                	lw	a1,0(sp)
80403368:	040d                	add	s0,s0,3
8040336a:	03050513          	add	a0,a0,48
8040336e:	0ff57513          	zext.b	a0,a0
80403372:	9a02                	jalr	s4
80403374:	80054be3          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403378:	0329e9b3          	rem	s3,s3,s2
8040337c:	06400913          	li	s2,100
80403380:	4582                	lw	a1,0(sp)
80403382:	0405                	add	s0,s0,1
80403384:	0329c533          	div	a0,s3,s2
80403388:	03050513          	add	a0,a0,48
8040338c:	0ff57513          	zext.b	a0,a0
80403390:	9a02                	jalr	s4
80403392:	fe054c63          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403396:	0329e9b3          	rem	s3,s3,s2
8040339a:	4929                	li	s2,10
8040339c:	4582                	lw	a1,0(sp)
8040339e:	0405                	add	s0,s0,1
804033a0:	0329c533          	div	a0,s3,s2
804033a4:	03050513          	add	a0,a0,48
804033a8:	0ff57513          	zext.b	a0,a0
804033ac:	9a02                	jalr	s4
804033ae:	fc054e63          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804033b2:	0329e9b3          	rem	s3,s3,s2
804033b6:	a03d                	j	804033e4 <__d_vfprintf+0x89c>
804033b8:	010afa93          	and	s5,s5,16
804033bc:	000a9463          	bnez	s5,804033c4 <__d_vfprintf+0x87c>
804033c0:	0405                	add	s0,s0,1
804033c2:	b78d                	j	80403324 <__d_vfprintf+0x7dc>
804033c4:	4582                	lw	a1,0(sp)
804033c6:	02e00513          	li	a0,46
804033ca:	0409                	add	s0,s0,2
804033cc:	9a02                	jalr	s4
804033ce:	f4055be3          	bgez	a0,80403324 <__d_vfprintf+0x7dc>
804033d2:	fb8ff06f          	j	80402b8a <__d_vfprintf+0x42>
804033d6:	478d                	li	a5,3
804033d8:	0409                	add	s0,s0,2
804033da:	fafc01e3          	beq	s8,a5,8040337c <__d_vfprintf+0x834>
804033de:	4785                	li	a5,1
804033e0:	fafc1de3          	bne	s8,a5,8040339a <__d_vfprintf+0x852>
804033e4:	03098513          	add	a0,s3,48
804033e8:	4582                	lw	a1,0(sp)
804033ea:	00140c13          	add	s8,s0,1
804033ee:	0ff57513          	zext.b	a0,a0
804033f2:	b5f1                	j	804032be <__d_vfprintf+0x776>
804033f4:	f9d90793          	add	a5,s2,-99
804033f8:	0ff7f793          	zext.b	a5,a5
804033fc:	4749                	li	a4,18
804033fe:	20f76363          	bltu	a4,a5,80403604 <__d_vfprintf+0xabc>
80403402:	80406737          	lui	a4,0x80406
80403406:	078a                	sll	a5,a5,0x2
80403408:	69470713          	add	a4,a4,1684 # 80406694 <msg.0+0x64>
8040340c:	97ba                	add	a5,a5,a4
8040340e:	439c                	lw	a5,0(a5)
80403410:	8782                	jr	a5
80403412:	5792                	lw	a5,36(sp)
80403414:	4485                	li	s1,1
80403416:	02810993          	add	s3,sp,40
8040341a:	00478713          	add	a4,a5,4
8040341e:	439c                	lw	a5,0(a5)
80403420:	d23a                	sw	a4,36(sp)
80403422:	02f10423          	sb	a5,40(sp)
80403426:	008df813          	and	a6,s11,8
8040342a:	06080063          	beqz	a6,8040348a <__d_vfprintf+0x942>
8040342e:	4901                	li	s2,0
80403430:	05249f63          	bne	s1,s2,8040348e <__d_vfprintf+0x946>
80403434:	00940c33          	add	s8,s0,s1
80403438:	409b04b3          	sub	s1,s6,s1
8040343c:	b9d9                	j	80403112 <__d_vfprintf+0x5ca>
8040343e:	5792                	lw	a5,36(sp)
80403440:	00478713          	add	a4,a5,4
80403444:	d23a                	sw	a4,36(sp)
80403446:	0007a983          	lw	s3,0(a5)
8040344a:	00099663          	bnez	s3,80403456 <__d_vfprintf+0x90e>
8040344e:	804079b7          	lui	s3,0x80407
80403452:	b2498993          	add	s3,s3,-1244 # 80406b24 <__clz_tab+0x108>
80403456:	040df793          	and	a5,s11,64
8040345a:	55fd                	li	a1,-1
8040345c:	c391                	beqz	a5,80403460 <__d_vfprintf+0x918>
8040345e:	85ea                	mv	a1,s10
80403460:	854e                	mv	a0,s3
80403462:	00001097          	auipc	ra,0x1
80403466:	e0c080e7          	jalr	-500(ra) # 8040426e <strnlen>
8040346a:	84aa                	mv	s1,a0
8040346c:	bf6d                	j	80403426 <__d_vfprintf+0x8de>
8040346e:	4582                	lw	a1,0(sp)
80403470:	02000513          	li	a0,32
80403474:	9a02                	jalr	s4
80403476:	f0054a63          	bltz	a0,80402b8a <__d_vfprintf+0x42>
8040347a:	197d                	add	s2,s2,-1
8040347c:	ff24e9e3          	bltu	s1,s2,8040346e <__d_vfprintf+0x926>
80403480:	945a                	add	s0,s0,s6
80403482:	41240433          	sub	s0,s0,s2
80403486:	8b4a                	mv	s6,s2
80403488:	b75d                	j	8040342e <__d_vfprintf+0x8e6>
8040348a:	895a                	mv	s2,s6
8040348c:	bfc5                	j	8040347c <__d_vfprintf+0x934>
8040348e:	012987b3          	add	a5,s3,s2
80403492:	4582                	lw	a1,0(sp)
80403494:	0007c503          	lbu	a0,0(a5)
80403498:	0905                	add	s2,s2,1
8040349a:	9a02                	jalr	s4
8040349c:	f8055ae3          	bgez	a0,80403430 <__d_vfprintf+0x8e8>
804034a0:	eeaff06f          	j	80402b8a <__d_vfprintf+0x42>
804034a4:	080df713          	and	a4,s11,128
804034a8:	5792                	lw	a5,36(sp)
804034aa:	cf59                	beqz	a4,80403548 <__d_vfprintf+0xa00>
804034ac:	200df713          	and	a4,s11,512
804034b0:	c749                	beqz	a4,8040353a <__d_vfprintf+0x9f2>
804034b2:	079d                	add	a5,a5,7
804034b4:	9be1                	and	a5,a5,-8
804034b6:	4388                	lw	a0,0(a5)
804034b8:	43cc                	lw	a1,4(a5)
804034ba:	00878713          	add	a4,a5,8
804034be:	d23a                	sw	a4,36(sp)
804034c0:	fefdf993          	and	s3,s11,-17
804034c4:	09c2                	sll	s3,s3,0x10
804034c6:	0109d993          	srl	s3,s3,0x10
804034ca:	0805df63          	bgez	a1,80403568 <__d_vfprintf+0xa20>
804034ce:	00a037b3          	snez	a5,a0
804034d2:	40b005b3          	neg	a1,a1
804034d6:	8d9d                	sub	a1,a1,a5
804034d8:	40a00533          	neg	a0,a0
804034dc:	4009e993          	or	s3,s3,1024
804034e0:	02810a93          	add	s5,sp,40
804034e4:	46a9                	li	a3,10
804034e6:	8656                	mv	a2,s5
804034e8:	fffff097          	auipc	ra,0xfffff
804034ec:	44c080e7          	jalr	1100(ra) # 80402934 <__ultoa_invert>
804034f0:	0409f793          	and	a5,s3,64
804034f4:	41550ab3          	sub	s5,a0,s5
804034f8:	c7f5                	beqz	a5,804035e4 <__d_vfprintf+0xa9c>
804034fa:	ffe9f793          	and	a5,s3,-2
804034fe:	07c2                	sll	a5,a5,0x10
80403500:	83c1                	srl	a5,a5,0x10
80403502:	19aad563          	bge	s5,s10,8040368c <__d_vfprintf+0xb44>
80403506:	16090c63          	beqz	s2,8040367e <__d_vfprintf+0xb36>
8040350a:	0109fc13          	and	s8,s3,16
8040350e:	84ea                	mv	s1,s10
80403510:	89be                	mv	s3,a5
80403512:	060c0a63          	beqz	s8,80403586 <__d_vfprintf+0xa3e>
80403516:	0489                	add	s1,s1,2
80403518:	0089f793          	and	a5,s3,8
8040351c:	18079a63          	bnez	a5,804036b0 <__d_vfprintf+0xb68>
80403520:	0019f793          	and	a5,s3,1
80403524:	cb89                	beqz	a5,80403536 <__d_vfprintf+0x9ee>
80403526:	8d56                	mv	s10,s5
80403528:	0164d763          	bge	s1,s6,80403536 <__d_vfprintf+0x9ee>
8040352c:	409b04b3          	sub	s1,s6,s1
80403530:	01548d33          	add	s10,s1,s5
80403534:	84da                	mv	s1,s6
80403536:	8ba6                	mv	s7,s1
80403538:	a2ad                	j	804036a2 <__d_vfprintf+0xb5a>
8040353a:	4388                	lw	a0,0(a5)
8040353c:	00478713          	add	a4,a5,4
80403540:	d23a                	sw	a4,36(sp)
80403542:	41f55593          	sra	a1,a0,0x1f
80403546:	bfad                	j	804034c0 <__d_vfprintf+0x978>
80403548:	00478713          	add	a4,a5,4
8040354c:	4388                	lw	a0,0(a5)
8040354e:	d23a                	sw	a4,36(sp)
80403550:	100df793          	and	a5,s11,256
80403554:	d7fd                	beqz	a5,80403542 <__d_vfprintf+0x9fa>
80403556:	200df793          	and	a5,s11,512
8040355a:	c781                	beqz	a5,80403562 <__d_vfprintf+0xa1a>
8040355c:	0562                	sll	a0,a0,0x18
8040355e:	8561                	sra	a0,a0,0x18
80403560:	b7cd                	j	80403542 <__d_vfprintf+0x9fa>
80403562:	0542                	sll	a0,a0,0x10
80403564:	8541                	sra	a0,a0,0x10
80403566:	bff1                	j	80403542 <__d_vfprintf+0x9fa>
80403568:	00b567b3          	or	a5,a0,a1
8040356c:	fbb5                	bnez	a5,804034e0 <__d_vfprintf+0x998>
8040356e:	040df793          	and	a5,s11,64
80403572:	d7bd                	beqz	a5,804034e0 <__d_vfprintf+0x998>
80403574:	f60d16e3          	bnez	s10,804034e0 <__d_vfprintf+0x998>
80403578:	feedf993          	and	s3,s11,-18
8040357c:	09c2                	sll	s3,s3,0x10
8040357e:	0109d993          	srl	s3,s3,0x10
80403582:	4a81                	li	s5,0
80403584:	4481                	li	s1,0
80403586:	4069fc13          	and	s8,s3,1030
8040358a:	f80c07e3          	beqz	s8,80403518 <__d_vfprintf+0x9d0>
8040358e:	0485                	add	s1,s1,1
80403590:	4c01                	li	s8,0
80403592:	b759                	j	80403518 <__d_vfprintf+0x9d0>
80403594:	fefdf813          	and	a6,s11,-17
80403598:	01081d93          	sll	s11,a6,0x10
8040359c:	010ddd93          	srl	s11,s11,0x10
804035a0:	46a9                	li	a3,10
804035a2:	080df713          	and	a4,s11,128
804035a6:	5792                	lw	a5,36(sp)
804035a8:	c355                	beqz	a4,8040364c <__d_vfprintf+0xb04>
804035aa:	200df713          	and	a4,s11,512
804035ae:	cb49                	beqz	a4,80403640 <__d_vfprintf+0xaf8>
804035b0:	079d                	add	a5,a5,7
804035b2:	9be1                	and	a5,a5,-8
804035b4:	4388                	lw	a0,0(a5)
804035b6:	43cc                	lw	a1,4(a5)
804035b8:	00878713          	add	a4,a5,8
804035bc:	d23a                	sw	a4,36(sp)
804035be:	00b567b3          	or	a5,a0,a1
804035c2:	e7cd                	bnez	a5,8040366c <__d_vfprintf+0xb24>
804035c4:	fe9df993          	and	s3,s11,-23
804035c8:	09c2                	sll	s3,s3,0x10
804035ca:	040df793          	and	a5,s11,64
804035ce:	0109d993          	srl	s3,s3,0x10
804035d2:	c3dd                	beqz	a5,80403678 <__d_vfprintf+0xb30>
804035d4:	0a0d1263          	bnez	s10,80403678 <__d_vfprintf+0xb30>
804035d8:	fe8df993          	and	s3,s11,-24
804035dc:	09c2                	sll	s3,s3,0x10
804035de:	0109d993          	srl	s3,s3,0x10
804035e2:	4a81                	li	s5,0
804035e4:	0109fc13          	and	s8,s3,16
804035e8:	0a0c0463          	beqz	s8,80403690 <__d_vfprintf+0xb48>
804035ec:	001a8493          	add	s1,s5,1
804035f0:	f20904e3          	beqz	s2,80403518 <__d_vfprintf+0x9d0>
804035f4:	84d6                	mv	s1,s5
804035f6:	b705                	j	80403516 <__d_vfprintf+0x9ce>
804035f8:	010ded93          	or	s11,s11,16
804035fc:	46c1                	li	a3,16
804035fe:	07800913          	li	s2,120
80403602:	b745                	j	804035a2 <__d_vfprintf+0xa5a>
80403604:	07800793          	li	a5,120
80403608:	00fc9a63          	bne	s9,a5,8040361c <__d_vfprintf+0xad4>
8040360c:	05800793          	li	a5,88
80403610:	46c1                	li	a3,16
80403612:	f8f918e3          	bne	s2,a5,804035a2 <__d_vfprintf+0xa5a>
80403616:	21000693          	li	a3,528
8040361a:	b761                	j	804035a2 <__d_vfprintf+0xa5a>
8040361c:	4582                	lw	a1,0(sp)
8040361e:	02500513          	li	a0,37
80403622:	9a02                	jalr	s4
80403624:	d6054363          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403628:	4582                	lw	a1,0(sp)
8040362a:	854a                	mv	a0,s2
8040362c:	9a02                	jalr	s4
8040362e:	d4054e63          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403632:	0409                	add	s0,s0,2
80403634:	4792                	lw	a5,4(sp)
80403636:	d34ff06f          	j	80402b6a <__d_vfprintf+0x22>
8040363a:	46a1                	li	a3,8
8040363c:	4901                	li	s2,0
8040363e:	b795                	j	804035a2 <__d_vfprintf+0xa5a>
80403640:	4388                	lw	a0,0(a5)
80403642:	00478713          	add	a4,a5,4
80403646:	d23a                	sw	a4,36(sp)
80403648:	4581                	li	a1,0
8040364a:	bf95                	j	804035be <__d_vfprintf+0xa76>
8040364c:	00478713          	add	a4,a5,4
80403650:	4388                	lw	a0,0(a5)
80403652:	d23a                	sw	a4,36(sp)
80403654:	100df793          	and	a5,s11,256
80403658:	dbe5                	beqz	a5,80403648 <__d_vfprintf+0xb00>
8040365a:	200df793          	and	a5,s11,512
8040365e:	c781                	beqz	a5,80403666 <__d_vfprintf+0xb1e>
80403660:	0ff57513          	zext.b	a0,a0
80403664:	b7d5                	j	80403648 <__d_vfprintf+0xb00>
80403666:	0542                	sll	a0,a0,0x10
80403668:	8141                	srl	a0,a0,0x10
8040366a:	bff9                	j	80403648 <__d_vfprintf+0xb00>
8040366c:	ff9df813          	and	a6,s11,-7
80403670:	01081993          	sll	s3,a6,0x10
80403674:	0109d993          	srl	s3,s3,0x10
80403678:	02810a93          	add	s5,sp,40
8040367c:	b5ad                	j	804034e6 <__d_vfprintf+0x99e>
8040367e:	fee9f993          	and	s3,s3,-18
80403682:	09c2                	sll	s3,s3,0x10
80403684:	0109d993          	srl	s3,s3,0x10
80403688:	84ea                	mv	s1,s10
8040368a:	bdf5                	j	80403586 <__d_vfprintf+0xa3e>
8040368c:	89be                	mv	s3,a5
8040368e:	bf99                	j	804035e4 <__d_vfprintf+0xa9c>
80403690:	84d6                	mv	s1,s5
80403692:	bdd5                	j	80403586 <__d_vfprintf+0xa3e>
80403694:	4582                	lw	a1,0(sp)
80403696:	02000513          	li	a0,32
8040369a:	9a02                	jalr	s4
8040369c:	ce054763          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804036a0:	0b85                	add	s7,s7,1
804036a2:	ff6bc9e3          	blt	s7,s6,80403694 <__d_vfprintf+0xb4c>
804036a6:	409404b3          	sub	s1,s0,s1
804036aa:	01748433          	add	s0,s1,s7
804036ae:	84de                	mv	s1,s7
804036b0:	020c0363          	beqz	s8,804036d6 <__d_vfprintf+0xb8e>
804036b4:	4582                	lw	a1,0(sp)
804036b6:	03000513          	li	a0,48
804036ba:	9a02                	jalr	s4
804036bc:	cc054763          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804036c0:	04090d63          	beqz	s2,8040371a <__d_vfprintf+0xbd2>
804036c4:	4582                	lw	a1,0(sp)
804036c6:	0409                	add	s0,s0,2
804036c8:	854a                	mv	a0,s2
804036ca:	9a02                	jalr	s4
804036cc:	ca054f63          	bltz	a0,80402b8a <__d_vfprintf+0x42>
804036d0:	8c22                	mv	s8,s0
804036d2:	9d22                	add	s10,s10,s0
804036d4:	a81d                	j	8040370a <__d_vfprintf+0xbc2>
804036d6:	4069f793          	and	a5,s3,1030
804036da:	dbfd                	beqz	a5,804036d0 <__d_vfprintf+0xb88>
804036dc:	0029f793          	and	a5,s3,2
804036e0:	02000513          	li	a0,32
804036e4:	c399                	beqz	a5,804036ea <__d_vfprintf+0xba2>
804036e6:	02b00513          	li	a0,43
804036ea:	4009f993          	and	s3,s3,1024
804036ee:	00098463          	beqz	s3,804036f6 <__d_vfprintf+0xbae>
804036f2:	02d00513          	li	a0,45
804036f6:	4582                	lw	a1,0(sp)
804036f8:	0405                	add	s0,s0,1
804036fa:	bfc1                	j	804036ca <__d_vfprintf+0xb82>
804036fc:	4582                	lw	a1,0(sp)
804036fe:	03000513          	li	a0,48
80403702:	0c05                	add	s8,s8,1
80403704:	9a02                	jalr	s4
80403706:	c8054263          	bltz	a0,80402b8a <__d_vfprintf+0x42>
8040370a:	418d07b3          	sub	a5,s10,s8
8040370e:	fefac7e3          	blt	s5,a5,804036fc <__d_vfprintf+0xbb4>
80403712:	8456                	mv	s0,s5
80403714:	e409                	bnez	s0,8040371e <__d_vfprintf+0xbd6>
80403716:	9c56                	add	s8,s8,s5
80403718:	b305                	j	80403438 <__d_vfprintf+0x8f0>
8040371a:	0405                	add	s0,s0,1
8040371c:	bf55                	j	804036d0 <__d_vfprintf+0xb88>
8040371e:	147d                	add	s0,s0,-1
80403720:	103c                	add	a5,sp,40
80403722:	97a2                	add	a5,a5,s0
80403724:	4582                	lw	a1,0(sp)
80403726:	0007c503          	lbu	a0,0(a5)
8040372a:	9a02                	jalr	s4
8040372c:	fe0554e3          	bgez	a0,80403714 <__d_vfprintf+0xbcc>
80403730:	c5aff06f          	j	80402b8a <__d_vfprintf+0x42>
80403734:	4582                	lw	a1,0(sp)
80403736:	02000513          	li	a0,32
8040373a:	0405                	add	s0,s0,1
8040373c:	9a02                	jalr	s4
8040373e:	c4054663          	bltz	a0,80402b8a <__d_vfprintf+0x42>
80403742:	408487b3          	sub	a5,s1,s0
80403746:	fef047e3          	bgtz	a5,80403734 <__d_vfprintf+0xbec>
8040374a:	b5ed                	j	80403634 <__d_vfprintf+0xaec>

8040374c <vsnprintf>:
8040374c:	fffff317          	auipc	t1,0xfffff
80403750:	01c302e7          	jalr	t0,28(t1) # 80402768 <__riscv_save_4>
80403754:	1101                	add	sp,sp,-32
80403756:	84aa                	mv	s1,a0
80403758:	842e                	mv	s0,a1
8040375a:	8932                	mv	s2,a2
8040375c:	4581                	li	a1,0
8040375e:	02000613          	li	a2,32
80403762:	850a                	mv	a0,sp
80403764:	89b6                	mv	s3,a3
80403766:	fffff097          	auipc	ra,0xfffff
8040376a:	062080e7          	jalr	98(ra) # 804027c8 <memset>
8040376e:	4789                	li	a5,2
80403770:	00f10223          	sb	a5,4(sp)
80403774:	804047b7          	lui	a5,0x80404
80403778:	28678793          	add	a5,a5,646 # 80404286 <__file_str_put>
8040377c:	c43e                	sw	a5,8(sp)
8040377e:	ca26                	sw	s1,20(sp)
80403780:	4781                	li	a5,0
80403782:	c809                	beqz	s0,80403794 <vsnprintf+0x48>
80403784:	80000737          	lui	a4,0x80000
80403788:	87a2                	mv	a5,s0
8040378a:	00877463          	bgeu	a4,s0,80403792 <vsnprintf+0x46>
8040378e:	800007b7          	lui	a5,0x80000
80403792:	17fd                	add	a5,a5,-1 # 7fffffff <errno+0x7fffffff>
80403794:	94be                	add	s1,s1,a5
80403796:	864e                	mv	a2,s3
80403798:	85ca                	mv	a1,s2
8040379a:	850a                	mv	a0,sp
8040379c:	cc26                	sw	s1,24(sp)
8040379e:	fffff097          	auipc	ra,0xfffff
804037a2:	3aa080e7          	jalr	938(ra) # 80402b48 <__d_vfprintf>
804037a6:	c401                	beqz	s0,804037ae <vsnprintf+0x62>
804037a8:	47d2                	lw	a5,20(sp)
804037aa:	00078023          	sb	zero,0(a5)
804037ae:	6105                	add	sp,sp,32
804037b0:	fffff317          	auipc	t1,0xfffff
804037b4:	fec30067          	jr	-20(t1) # 8040279c <__riscv_restore_4>

804037b8 <mulShiftAll64>:
804037b8:	fffff317          	auipc	t1,0xfffff
804037bc:	fa2302e7          	jalr	t0,-94(t1) # 8040275a <__riscv_save_10>
804037c0:	84b2                	mv	s1,a2
804037c2:	00159913          	sll	s2,a1,0x1
804037c6:	4210                	lw	a2,0(a2)
804037c8:	8ab6                	mv	s5,a3
804037ca:	89be                	mv	s3,a5
804037cc:	40d4                	lw	a3,4(s1)
804037ce:	01f55793          	srl	a5,a0,0x1f
804037d2:	1141                	add	sp,sp,-16
804037d4:	0127e933          	or	s2,a5,s2
804037d8:	00151413          	sll	s0,a0,0x1
804037dc:	8522                	mv	a0,s0
804037de:	85ca                	mv	a1,s2
804037e0:	8bba                	mv	s7,a4
804037e2:	870a                	mv	a4,sp
804037e4:	8b42                	mv	s6,a6
804037e6:	00001097          	auipc	ra,0x1
804037ea:	9fc080e7          	jalr	-1540(ra) # 804041e2 <__umul128>
804037ee:	44d4                	lw	a3,12(s1)
804037f0:	4490                	lw	a2,8(s1)
804037f2:	0038                	add	a4,sp,8
804037f4:	8caa                	mv	s9,a0
804037f6:	8c2e                	mv	s8,a1
804037f8:	8522                	mv	a0,s0
804037fa:	85ca                	mv	a1,s2
804037fc:	00001097          	auipc	ra,0x1
80403800:	9e6080e7          	jalr	-1562(ra) # 804041e2 <__umul128>
80403804:	4682                	lw	a3,0(sp)
80403806:	4712                	lw	a4,4(sp)
80403808:	4785                	li	a5,1
8040380a:	00d50933          	add	s2,a0,a3
8040380e:	00a93533          	sltu	a0,s2,a0
80403812:	95ba                	add	a1,a1,a4
80403814:	00b50433          	add	s0,a0,a1
80403818:	00e46763          	bltu	s0,a4,80403826 <mulShiftAll64+0x6e>
8040381c:	00871463          	bne	a4,s0,80403824 <mulShiftAll64+0x6c>
80403820:	00d96363          	bltu	s2,a3,80403826 <mulShiftAll64+0x6e>
80403824:	4781                	li	a5,0
80403826:	4622                	lw	a2,8(sp)
80403828:	4732                	lw	a4,12(sp)
8040382a:	963e                	add	a2,a2,a5
8040382c:	00f637b3          	sltu	a5,a2,a5
80403830:	00e786b3          	add	a3,a5,a4
80403834:	4098                	lw	a4,0(s1)
80403836:	40dc                	lw	a5,4(s1)
80403838:	c432                	sw	a2,8(sp)
8040383a:	9766                	add	a4,a4,s9
8040383c:	97e2                	add	a5,a5,s8
8040383e:	019735b3          	sltu	a1,a4,s9
80403842:	95be                	add	a1,a1,a5
80403844:	c636                	sw	a3,12(sp)
80403846:	4785                	li	a5,1
80403848:	0185e763          	bltu	a1,s8,80403856 <mulShiftAll64+0x9e>
8040384c:	00bc1463          	bne	s8,a1,80403854 <mulShiftAll64+0x9c>
80403850:	01976363          	bltu	a4,s9,80403856 <mulShiftAll64+0x9e>
80403854:	4781                	li	a5,0
80403856:	4498                	lw	a4,8(s1)
80403858:	44c8                	lw	a0,12(s1)
8040385a:	fbfa8a13          	add	s4,s5,-65
8040385e:	974a                	add	a4,a4,s2
80403860:	9522                	add	a0,a0,s0
80403862:	012735b3          	sltu	a1,a4,s2
80403866:	95aa                	add	a1,a1,a0
80403868:	00e78533          	add	a0,a5,a4
8040386c:	00f537b3          	sltu	a5,a0,a5
80403870:	95be                	add	a1,a1,a5
80403872:	4785                	li	a5,1
80403874:	0085e763          	bltu	a1,s0,80403882 <mulShiftAll64+0xca>
80403878:	00b41463          	bne	s0,a1,80403880 <mulShiftAll64+0xc8>
8040387c:	01256363          	bltu	a0,s2,80403882 <mulShiftAll64+0xca>
80403880:	4781                	li	a5,0
80403882:	963e                	add	a2,a2,a5
80403884:	00f637b3          	sltu	a5,a2,a5
80403888:	8752                	mv	a4,s4
8040388a:	96be                	add	a3,a3,a5
8040388c:	00001097          	auipc	ra,0x1
80403890:	9a2080e7          	jalr	-1630(ra) # 8040422e <__shiftright128>
80403894:	00aba023          	sw	a0,0(s7)
80403898:	00bba223          	sw	a1,4(s7)
8040389c:	4785                	li	a5,1
8040389e:	48a2                	lw	a7,8(sp)
804038a0:	4832                	lw	a6,12(sp)
804038a2:	40cc                	lw	a1,4(s1)
804038a4:	4488                	lw	a0,8(s1)
804038a6:	44d8                	lw	a4,12(s1)
804038a8:	06fb1d63          	bne	s6,a5,80403922 <mulShiftAll64+0x16a>
804038ac:	40a906b3          	sub	a3,s2,a0
804038b0:	00d93633          	sltu	a2,s2,a3
804038b4:	40e407b3          	sub	a5,s0,a4
804038b8:	8f91                	sub	a5,a5,a2
804038ba:	4505                	li	a0,1
804038bc:	00bc6863          	bltu	s8,a1,804038cc <mulShiftAll64+0x114>
804038c0:	01859563          	bne	a1,s8,804038ca <mulShiftAll64+0x112>
804038c4:	4098                	lw	a4,0(s1)
804038c6:	00ece363          	bltu	s9,a4,804038cc <mulShiftAll64+0x114>
804038ca:	4501                	li	a0,0
804038cc:	40a68533          	sub	a0,a3,a0
804038d0:	00a6b6b3          	sltu	a3,a3,a0
804038d4:	40d785b3          	sub	a1,a5,a3
804038d8:	4605                	li	a2,1
804038da:	00b46763          	bltu	s0,a1,804038e8 <mulShiftAll64+0x130>
804038de:	00859463          	bne	a1,s0,804038e6 <mulShiftAll64+0x12e>
804038e2:	00a96363          	bltu	s2,a0,804038e8 <mulShiftAll64+0x130>
804038e6:	4601                	li	a2,0
804038e8:	40c88633          	sub	a2,a7,a2
804038ec:	00c8b6b3          	sltu	a3,a7,a2
804038f0:	8752                	mv	a4,s4
804038f2:	40d806b3          	sub	a3,a6,a3
804038f6:	00001097          	auipc	ra,0x1
804038fa:	938080e7          	jalr	-1736(ra) # 8040422e <__shiftright128>
804038fe:	4622                	lw	a2,8(sp)
80403900:	46b2                	lw	a3,12(sp)
80403902:	00a9a023          	sw	a0,0(s3)
80403906:	00b9a223          	sw	a1,4(s3)
8040390a:	8752                	mv	a4,s4
8040390c:	854a                	mv	a0,s2
8040390e:	85a2                	mv	a1,s0
80403910:	00001097          	auipc	ra,0x1
80403914:	91e080e7          	jalr	-1762(ra) # 8040422e <__shiftright128>
80403918:	0141                	add	sp,sp,16
8040391a:	fffff317          	auipc	t1,0xfffff
8040391e:	e7830067          	jr	-392(t1) # 80402792 <__riscv_restore_10>
80403922:	01fcd793          	srl	a5,s9,0x1f
80403926:	001c1613          	sll	a2,s8,0x1
8040392a:	8e5d                	or	a2,a2,a5
8040392c:	01f95693          	srl	a3,s2,0x1f
80403930:	00141793          	sll	a5,s0,0x1
80403934:	001c9e93          	sll	t4,s9,0x1
80403938:	8fd5                	or	a5,a5,a3
8040393a:	00191313          	sll	t1,s2,0x1
8040393e:	4e05                	li	t3,1
80403940:	01866763          	bltu	a2,s8,8040394e <mulShiftAll64+0x196>
80403944:	00cc1463          	bne	s8,a2,8040394c <mulShiftAll64+0x194>
80403948:	019ee363          	bltu	t4,s9,8040394e <mulShiftAll64+0x196>
8040394c:	4e01                	li	t3,0
8040394e:	9e1a                	add	t3,t3,t1
80403950:	006e3333          	sltu	t1,t3,t1
80403954:	933e                	add	t1,t1,a5
80403956:	4785                	li	a5,1
80403958:	00b66863          	bltu	a2,a1,80403968 <mulShiftAll64+0x1b0>
8040395c:	00c59563          	bne	a1,a2,80403966 <mulShiftAll64+0x1ae>
80403960:	4094                	lw	a3,0(s1)
80403962:	00dee363          	bltu	t4,a3,80403968 <mulShiftAll64+0x1b0>
80403966:	4781                	li	a5,0
80403968:	40fe07b3          	sub	a5,t3,a5
8040396c:	00fe35b3          	sltu	a1,t3,a5
80403970:	40b305b3          	sub	a1,t1,a1
80403974:	40a78533          	sub	a0,a5,a0
80403978:	00a7b7b3          	sltu	a5,a5,a0
8040397c:	8d99                	sub	a1,a1,a4
8040397e:	01f8d693          	srl	a3,a7,0x1f
80403982:	8d9d                	sub	a1,a1,a5
80403984:	00181793          	sll	a5,a6,0x1
80403988:	8fd5                	or	a5,a5,a3
8040398a:	fc0a8713          	add	a4,s5,-64
8040398e:	0886                	sll	a7,a7,0x1
80403990:	4685                	li	a3,1
80403992:	00836763          	bltu	t1,s0,804039a0 <mulShiftAll64+0x1e8>
80403996:	00641463          	bne	s0,t1,8040399e <mulShiftAll64+0x1e6>
8040399a:	012e6363          	bltu	t3,s2,804039a0 <mulShiftAll64+0x1e8>
8040399e:	4681                	li	a3,0
804039a0:	96c6                	add	a3,a3,a7
804039a2:	0116b8b3          	sltu	a7,a3,a7
804039a6:	98be                	add	a7,a7,a5
804039a8:	4605                	li	a2,1
804039aa:	00b36763          	bltu	t1,a1,804039b8 <mulShiftAll64+0x200>
804039ae:	00659463          	bne	a1,t1,804039b6 <mulShiftAll64+0x1fe>
804039b2:	00ae6363          	bltu	t3,a0,804039b8 <mulShiftAll64+0x200>
804039b6:	4601                	li	a2,0
804039b8:	40c68633          	sub	a2,a3,a2
804039bc:	00c6b6b3          	sltu	a3,a3,a2
804039c0:	40d886b3          	sub	a3,a7,a3
804039c4:	bf0d                	j	804038f6 <mulShiftAll64+0x13e>

804039c6 <div10>:
804039c6:	fffff317          	auipc	t1,0xfffff
804039ca:	dbc302e7          	jalr	t0,-580(t1) # 80402782 <__riscv_save_0>
804039ce:	804077b7          	lui	a5,0x80407
804039d2:	dc07a603          	lw	a2,-576(a5) # 80406dc0 <stdout+0x4>
804039d6:	dc47a683          	lw	a3,-572(a5)
804039da:	1141                	add	sp,sp,-16
804039dc:	0038                	add	a4,sp,8
804039de:	00001097          	auipc	ra,0x1
804039e2:	804080e7          	jalr	-2044(ra) # 804041e2 <__umul128>
804039e6:	45b2                	lw	a1,12(sp)
804039e8:	47a2                	lw	a5,8(sp)
804039ea:	01d59513          	sll	a0,a1,0x1d
804039ee:	838d                	srl	a5,a5,0x3
804039f0:	8d5d                	or	a0,a0,a5
804039f2:	818d                	srl	a1,a1,0x3
804039f4:	0141                	add	sp,sp,16
804039f6:	fffff317          	auipc	t1,0xfffff
804039fa:	db030067          	jr	-592(t1) # 804027a6 <__riscv_restore_0>

804039fe <__dtoa_engine>:
804039fe:	fffff317          	auipc	t1,0xfffff
80403a02:	d54302e7          	jalr	t0,-684(t1) # 80402752 <__riscv_save_12>
80403a06:	715d                	add	sp,sp,-80
80403a08:	8bb6                	mv	s7,a3
80403a0a:	001006b7          	lui	a3,0x100
80403a0e:	c43a                	sw	a4,8(sp)
80403a10:	c63e                	sw	a5,12(sp)
80403a12:	01f5d713          	srl	a4,a1,0x1f
80403a16:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80403a1a:	0145d793          	srl	a5,a1,0x14
80403a1e:	00bdfdb3          	and	s11,s11,a1
80403a22:	c03a                	sw	a4,0(sp)
80403a24:	7ff7f413          	and	s0,a5,2047
80403a28:	84aa                	mv	s1,a0
80403a2a:	8ab2                	mv	s5,a2
80403a2c:	00ade733          	or	a4,s11,a0
80403a30:	e415                	bnez	s0,80403a5c <__dtoa_engine+0x5e>
80403a32:	e721                	bnez	a4,80403a7a <__dtoa_engine+0x7c>
80403a34:	03000793          	li	a5,48
80403a38:	00f602a3          	sb	a5,5(a2)
80403a3c:	4782                	lw	a5,0(sp)
80403a3e:	00060323          	sb	zero,6(a2)
80403a42:	00062023          	sw	zero,0(a2)
80403a46:	0027e993          	or	s3,a5,2
80403a4a:	01360223          	sb	s3,4(a2)
80403a4e:	4405                	li	s0,1
80403a50:	8522                	mv	a0,s0
80403a52:	6161                	add	sp,sp,80
80403a54:	fffff317          	auipc	t1,0xfffff
80403a58:	d3a30067          	jr	-710(t1) # 8040278e <__riscv_restore_12>
80403a5c:	7ff00613          	li	a2,2047
80403a60:	0ac41d63          	bne	s0,a2,80403b1a <__dtoa_engine+0x11c>
80403a64:	4782                	lw	a5,0(sp)
80403a66:	0047e793          	or	a5,a5,4
80403a6a:	c701                	beqz	a4,80403a72 <__dtoa_engine+0x74>
80403a6c:	4782                	lw	a5,0(sp)
80403a6e:	0087e793          	or	a5,a5,8
80403a72:	00fa8223          	sb	a5,4(s5)
80403a76:	4401                	li	s0,0
80403a78:	bfe1                	j	80403a50 <__dtoa_engine+0x52>
80403a7a:	00157793          	and	a5,a0,1
80403a7e:	c23e                	sw	a5,4(sp)
80403a80:	002d9993          	sll	s3,s11,0x2
80403a84:	01e55793          	srl	a5,a0,0x1e
80403a88:	0137e9b3          	or	s3,a5,s3
80403a8c:	00251c13          	sll	s8,a0,0x2
80403a90:	892a                	mv	s2,a0
80403a92:	bcc00413          	li	s0,-1076
80403a96:	4805                	li	a6,1
80403a98:	4d05                	li	s10,1
80403a9a:	408004b3          	neg	s1,s0
80403a9e:	8526                	mv	a0,s1
80403aa0:	ca42                	sw	a6,20(sp)
80403aa2:	00000097          	auipc	ra,0x0
80403aa6:	71e080e7          	jalr	1822(ra) # 804041c0 <__log10Pow5>
80403aaa:	fff42793          	slti	a5,s0,-1
80403aae:	40f50b33          	sub	s6,a0,a5
80403ab2:	416484b3          	sub	s1,s1,s6
80403ab6:	8526                	mv	a0,s1
80403ab8:	00000097          	auipc	ra,0x0
80403abc:	718080e7          	jalr	1816(ra) # 804041d0 <__pow5bits>
80403ac0:	f8350693          	add	a3,a0,-125
80403ac4:	40db06b3          	sub	a3,s6,a3
80403ac8:	8526                	mv	a0,s1
80403aca:	008c                	add	a1,sp,64
80403acc:	c836                	sw	a3,16(sp)
80403ace:	00000097          	auipc	ra,0x0
80403ad2:	492080e7          	jalr	1170(ra) # 80403f60 <__double_computePow5>
80403ad6:	4852                	lw	a6,20(sp)
80403ad8:	46c2                	lw	a3,16(sp)
80403ada:	181c                	add	a5,sp,48
80403adc:	1038                	add	a4,sp,40
80403ade:	0090                	add	a2,sp,64
80403ae0:	854a                	mv	a0,s2
80403ae2:	85ee                	mv	a1,s11
80403ae4:	00000097          	auipc	ra,0x0
80403ae8:	cd4080e7          	jalr	-812(ra) # 804037b8 <mulShiftAll64>
80403aec:	4785                	li	a5,1
80403aee:	008b0a33          	add	s4,s6,s0
80403af2:	84ae                	mv	s1,a1
80403af4:	842a                	mv	s0,a0
80403af6:	1567ee63          	bltu	a5,s6,80403c52 <__dtoa_engine+0x254>
80403afa:	4792                	lw	a5,4(sp)
80403afc:	4985                	li	s3,1
80403afe:	10078e63          	beqz	a5,80403c1a <__dtoa_engine+0x21c>
80403b02:	57a2                	lw	a5,40(sp)
80403b04:	5732                	lw	a4,44(sp)
80403b06:	4985                	li	s3,1
80403b08:	fff78693          	add	a3,a5,-1
80403b0c:	0017b793          	seqz	a5,a5
80403b10:	40f707b3          	sub	a5,a4,a5
80403b14:	d436                	sw	a3,40(sp)
80403b16:	d63e                	sw	a5,44(sp)
80403b18:	a8c9                	j	80403bea <__dtoa_engine+0x1ec>
80403b1a:	01b6edb3          	or	s11,a3,s11
80403b1e:	00157693          	and	a3,a0,1
80403b22:	c236                	sw	a3,4(sp)
80403b24:	002d9993          	sll	s3,s11,0x2
80403b28:	01e55693          	srl	a3,a0,0x1e
80403b2c:	bcb40413          	add	s0,s0,-1077
80403b30:	892a                	mv	s2,a0
80403b32:	0136e9b3          	or	s3,a3,s3
80403b36:	00251c13          	sll	s8,a0,0x2
80403b3a:	4d05                	li	s10,1
80403b3c:	e709                	bnez	a4,80403b46 <__dtoa_engine+0x148>
80403b3e:	7fe7f793          	and	a5,a5,2046
80403b42:	0017bd13          	seqz	s10,a5
80403b46:	886a                	mv	a6,s10
80403b48:	f40449e3          	bltz	s0,80403a9a <__dtoa_engine+0x9c>
80403b4c:	8522                	mv	a0,s0
80403b4e:	00000097          	auipc	ra,0x0
80403b52:	664080e7          	jalr	1636(ra) # 804041b2 <__log10Pow2>
80403b56:	00442793          	slti	a5,s0,4
80403b5a:	0017c793          	xor	a5,a5,1
80403b5e:	40f50a33          	sub	s4,a0,a5
80403b62:	8552                	mv	a0,s4
80403b64:	00000097          	auipc	ra,0x0
80403b68:	66c080e7          	jalr	1644(ra) # 804041d0 <__pow5bits>
80403b6c:	07c50693          	add	a3,a0,124
80403b70:	408a0433          	sub	s0,s4,s0
80403b74:	96a2                	add	a3,a3,s0
80403b76:	008c                	add	a1,sp,64
80403b78:	8552                	mv	a0,s4
80403b7a:	c836                	sw	a3,16(sp)
80403b7c:	00000097          	auipc	ra,0x0
80403b80:	50c080e7          	jalr	1292(ra) # 80404088 <__double_computeInvPow5>
80403b84:	46c2                	lw	a3,16(sp)
80403b86:	181c                	add	a5,sp,48
80403b88:	8526                	mv	a0,s1
80403b8a:	886a                	mv	a6,s10
80403b8c:	1038                	add	a4,sp,40
80403b8e:	0090                	add	a2,sp,64
80403b90:	85ee                	mv	a1,s11
80403b92:	00000097          	auipc	ra,0x0
80403b96:	c26080e7          	jalr	-986(ra) # 804037b8 <mulShiftAll64>
80403b9a:	47d5                	li	a5,21
80403b9c:	842a                	mv	s0,a0
80403b9e:	84ae                	mv	s1,a1
80403ba0:	0b47e763          	bltu	a5,s4,80403c4e <__dtoa_engine+0x250>
80403ba4:	804077b7          	lui	a5,0x80407
80403ba8:	dc47a683          	lw	a3,-572(a5) # 80406dc4 <stdout+0x8>
80403bac:	dc07a603          	lw	a2,-576(a5)
80403bb0:	1838                	add	a4,sp,56
80403bb2:	8562                	mv	a0,s8
80403bb4:	85ce                	mv	a1,s3
80403bb6:	00000097          	auipc	ra,0x0
80403bba:	62c080e7          	jalr	1580(ra) # 804041e2 <__umul128>
80403bbe:	57e2                	lw	a5,56(sp)
80403bc0:	56f2                	lw	a3,60(sp)
80403bc2:	5da2                	lw	s11,40(sp)
80403bc4:	8389                	srl	a5,a5,0x2
80403bc6:	06fa                	sll	a3,a3,0x1e
80403bc8:	8fd5                	or	a5,a5,a3
80403bca:	4695                	li	a3,5
80403bcc:	02f687b3          	mul	a5,a3,a5
80403bd0:	5932                	lw	s2,44(sp)
80403bd2:	01879e63          	bne	a5,s8,80403bee <__dtoa_engine+0x1f0>
80403bd6:	85ce                	mv	a1,s3
80403bd8:	8562                	mv	a0,s8
80403bda:	00000097          	auipc	ra,0x0
80403bde:	348080e7          	jalr	840(ra) # 80403f22 <__pow5Factor>
80403be2:	01453733          	sltu	a4,a0,s4
80403be6:	00174993          	xor	s3,a4,1
80403bea:	4d01                	li	s10,0
80403bec:	a03d                	j	80403c1a <__dtoa_engine+0x21c>
80403bee:	4792                	lw	a5,4(sp)
80403bf0:	eb95                	bnez	a5,80403c24 <__dtoa_engine+0x226>
80403bf2:	fffc0793          	add	a5,s8,-1
80403bf6:	41a78533          	sub	a0,a5,s10
80403bfa:	001c3593          	seqz	a1,s8
80403bfe:	00a7b7b3          	sltu	a5,a5,a0
80403c02:	40b985b3          	sub	a1,s3,a1
80403c06:	8d9d                	sub	a1,a1,a5
80403c08:	00000097          	auipc	ra,0x0
80403c0c:	31a080e7          	jalr	794(ra) # 80403f22 <__pow5Factor>
80403c10:	01453933          	sltu	s2,a0,s4
80403c14:	00194d13          	xor	s10,s2,1
80403c18:	4981                	li	s3,0
80403c1a:	47a2                	lw	a5,8(sp)
80403c1c:	10079e63          	bnez	a5,80403d38 <__dtoa_engine+0x33a>
80403c20:	8b5e                	mv	s6,s7
80403c22:	a079                	j	80403cb0 <__dtoa_engine+0x2b2>
80403c24:	002c0513          	add	a0,s8,2
80403c28:	018535b3          	sltu	a1,a0,s8
80403c2c:	95ce                	add	a1,a1,s3
80403c2e:	00000097          	auipc	ra,0x0
80403c32:	2f4080e7          	jalr	756(ra) # 80403f22 <__pow5Factor>
80403c36:	01453533          	sltu	a0,a0,s4
80403c3a:	00154513          	xor	a0,a0,1
80403c3e:	40ad8533          	sub	a0,s11,a0
80403c42:	00adbdb3          	sltu	s11,s11,a0
80403c46:	41b90733          	sub	a4,s2,s11
80403c4a:	d42a                	sw	a0,40(sp)
80403c4c:	d63a                	sw	a4,44(sp)
80403c4e:	4981                	li	s3,0
80403c50:	bf69                	j	80403bea <__dtoa_engine+0x1ec>
80403c52:	03e00793          	li	a5,62
80403c56:	ff67ece3          	bltu	a5,s6,80403c4e <__dtoa_engine+0x250>
80403c5a:	865a                	mv	a2,s6
80403c5c:	557d                	li	a0,-1
80403c5e:	55fd                	li	a1,-1
80403c60:	ffffe097          	auipc	ra,0xffffe
80403c64:	3de080e7          	jalr	990(ra) # 8040203e <__ashldi3>
80403c68:	fff54513          	not	a0,a0
80403c6c:	fff5c593          	not	a1,a1
80403c70:	0135f5b3          	and	a1,a1,s3
80403c74:	01857533          	and	a0,a0,s8
80403c78:	00b56733          	or	a4,a0,a1
80403c7c:	00173993          	seqz	s3,a4
80403c80:	b7ad                	j	80403bea <__dtoa_engine+0x1ec>
80403c82:	02d50833          	mul	a6,a0,a3
80403c86:	0785                	add	a5,a5,1
80403c88:	02b536b3          	mulhu	a3,a0,a1
80403c8c:	02b505b3          	mul	a1,a0,a1
80403c90:	96c2                	add	a3,a3,a6
80403c92:	00d4e663          	bltu	s1,a3,80403c9e <__dtoa_engine+0x2a0>
80403c96:	fe9696e3          	bne	a3,s1,80403c82 <__dtoa_engine+0x284>
80403c9a:	feb474e3          	bgeu	s0,a1,80403c82 <__dtoa_engine+0x284>
80403c9e:	4732                	lw	a4,12(sp)
80403ca0:	97d2                	add	a5,a5,s4
80403ca2:	97ba                	add	a5,a5,a4
80403ca4:	00f04363          	bgtz	a5,80403caa <__dtoa_engine+0x2ac>
80403ca8:	4785                	li	a5,1
80403caa:	8b3e                	mv	s6,a5
80403cac:	f6fbcae3          	blt	s7,a5,80403c20 <__dtoa_engine+0x222>
80403cb0:	4c81                	li	s9,0
80403cb2:	4901                	li	s2,0
80403cb4:	4c01                	li	s8,0
80403cb6:	5522                	lw	a0,40(sp)
80403cb8:	55b2                	lw	a1,44(sp)
80403cba:	00000097          	auipc	ra,0x0
80403cbe:	d0c080e7          	jalr	-756(ra) # 804039c6 <div10>
80403cc2:	57c2                	lw	a5,48(sp)
80403cc4:	8dae                	mv	s11,a1
80403cc6:	55d2                	lw	a1,52(sp)
80403cc8:	c82a                	sw	a0,16(sp)
80403cca:	853e                	mv	a0,a5
80403ccc:	ca3e                	sw	a5,20(sp)
80403cce:	00000097          	auipc	ra,0x0
80403cd2:	cf8080e7          	jalr	-776(ra) # 804039c6 <div10>
80403cd6:	832a                	mv	t1,a0
80403cd8:	88ae                	mv	a7,a1
80403cda:	4ea9                	li	t4,10
80403cdc:	01b5e763          	bltu	a1,s11,80403cea <__dtoa_engine+0x2ec>
80403ce0:	08bd9863          	bne	s11,a1,80403d70 <__dtoa_engine+0x372>
80403ce4:	47c2                	lw	a5,16(sp)
80403ce6:	08f57563          	bgeu	a0,a5,80403d70 <__dtoa_engine+0x372>
80403cea:	8522                	mv	a0,s0
80403cec:	85a6                	mv	a1,s1
80403cee:	ce46                	sw	a7,28(sp)
80403cf0:	cc1a                	sw	t1,24(sp)
80403cf2:	00000097          	auipc	ra,0x0
80403cf6:	cd4080e7          	jalr	-812(ra) # 804039c6 <div10>
80403cfa:	4362                	lw	t1,24(sp)
80403cfc:	4ea9                	li	t4,10
80403cfe:	001cb693          	seqz	a3,s9
80403d02:	026e8833          	mul	a6,t4,t1
80403d06:	00d9f9b3          	and	s3,s3,a3
80403d0a:	47d2                	lw	a5,20(sp)
80403d0c:	48f2                	lw	a7,28(sp)
80403d0e:	d66e                	sw	s11,44(sp)
80403d10:	d81a                	sw	t1,48(sp)
80403d12:	da46                	sw	a7,52(sp)
80403d14:	0905                	add	s2,s2,1
80403d16:	84ae                	mv	s1,a1
80403d18:	02ae86b3          	mul	a3,t4,a0
80403d1c:	40f80833          	sub	a6,a6,a5
80403d20:	47c2                	lw	a5,16(sp)
80403d22:	00183813          	seqz	a6,a6
80403d26:	010d7d33          	and	s10,s10,a6
80403d2a:	d43e                	sw	a5,40(sp)
80403d2c:	40d406b3          	sub	a3,s0,a3
80403d30:	0ff6fc93          	zext.b	s9,a3
80403d34:	842a                	mv	s0,a0
80403d36:	b741                	j	80403cb6 <__dtoa_engine+0x2b8>
80403d38:	45a9                	li	a1,10
80403d3a:	4681                	li	a3,0
80403d3c:	4785                	li	a5,1
80403d3e:	4529                	li	a0,10
80403d40:	bf89                	j	80403c92 <__dtoa_engine+0x294>
80403d42:	030e8f33          	mul	t5,t4,a6
80403d46:	0505                	add	a0,a0,1
80403d48:	02beb833          	mulhu	a6,t4,a1
80403d4c:	02be85b3          	mul	a1,t4,a1
80403d50:	987a                	add	a6,a6,t5
80403d52:	0104e663          	bltu	s1,a6,80403d5e <__dtoa_engine+0x360>
80403d56:	fe9816e3          	bne	a6,s1,80403d42 <__dtoa_engine+0x344>
80403d5a:	feb474e3          	bgeu	s0,a1,80403d42 <__dtoa_engine+0x344>
80403d5e:	00ab5d63          	bge	s6,a0,80403d78 <__dtoa_engine+0x37a>
80403d62:	000b1563          	bnez	s6,80403d6c <__dtoa_engine+0x36e>
80403d66:	009465b3          	or	a1,s0,s1
80403d6a:	c599                	beqz	a1,80403d78 <__dtoa_engine+0x37a>
80403d6c:	4c05                	li	s8,1
80403d6e:	bfb5                	j	80403cea <__dtoa_engine+0x2ec>
80403d70:	45a9                	li	a1,10
80403d72:	4801                	li	a6,0
80403d74:	4505                	li	a0,1
80403d76:	bff1                	j	80403d52 <__dtoa_engine+0x354>
80403d78:	060d0763          	beqz	s10,80403de6 <__dtoa_engine+0x3e8>
80403d7c:	4da9                	li	s11,10
80403d7e:	5342                	lw	t1,48(sp)
80403d80:	55d2                	lw	a1,52(sp)
80403d82:	851a                	mv	a0,t1
80403d84:	c81a                	sw	t1,16(sp)
80403d86:	00000097          	auipc	ra,0x0
80403d8a:	c40080e7          	jalr	-960(ra) # 804039c6 <div10>
80403d8e:	ce2e                	sw	a1,28(sp)
80403d90:	02ad85b3          	mul	a1,s11,a0
80403d94:	4342                	lw	t1,16(sp)
80403d96:	882a                	mv	a6,a0
80403d98:	cc42                	sw	a6,24(sp)
80403d9a:	04659663          	bne	a1,t1,80403de6 <__dtoa_engine+0x3e8>
80403d9e:	5522                	lw	a0,40(sp)
80403da0:	55b2                	lw	a1,44(sp)
80403da2:	0905                	add	s2,s2,1
80403da4:	00000097          	auipc	ra,0x0
80403da8:	c22080e7          	jalr	-990(ra) # 804039c6 <div10>
80403dac:	ca2a                	sw	a0,20(sp)
80403dae:	c82e                	sw	a1,16(sp)
80403db0:	8522                	mv	a0,s0
80403db2:	85a6                	mv	a1,s1
80403db4:	00000097          	auipc	ra,0x0
80403db8:	c12080e7          	jalr	-1006(ra) # 804039c6 <div10>
80403dbc:	001cb693          	seqz	a3,s9
80403dc0:	00d9f9b3          	and	s3,s3,a3
80403dc4:	02ad86b3          	mul	a3,s11,a0
80403dc8:	4e52                	lw	t3,20(sp)
80403dca:	4342                	lw	t1,16(sp)
80403dcc:	4862                	lw	a6,24(sp)
80403dce:	48f2                	lw	a7,28(sp)
80403dd0:	d472                	sw	t3,40(sp)
80403dd2:	d61a                	sw	t1,44(sp)
80403dd4:	d842                	sw	a6,48(sp)
80403dd6:	da46                	sw	a7,52(sp)
80403dd8:	84ae                	mv	s1,a1
80403dda:	40d406b3          	sub	a3,s0,a3
80403dde:	0ff6fc93          	zext.b	s9,a3
80403de2:	842a                	mv	s0,a0
80403de4:	bf69                	j	80403d7e <__dtoa_engine+0x380>
80403de6:	9952                	add	s2,s2,s4
80403de8:	0c098863          	beqz	s3,80403eb8 <__dtoa_engine+0x4ba>
80403dec:	4715                	li	a4,5
80403dee:	0cec9563          	bne	s9,a4,80403eb8 <__dtoa_engine+0x4ba>
80403df2:	00147713          	and	a4,s0,1
80403df6:	e755                	bnez	a4,80403ea2 <__dtoa_engine+0x4a4>
80403df8:	000c1963          	bnez	s8,80403e0a <__dtoa_engine+0x40c>
80403dfc:	5742                	lw	a4,48(sp)
80403dfe:	00871563          	bne	a4,s0,80403e08 <__dtoa_engine+0x40a>
80403e02:	5752                	lw	a4,52(sp)
80403e04:	0c970c63          	beq	a4,s1,80403edc <__dtoa_engine+0x4de>
80403e08:	4701                	li	a4,0
80403e0a:	943a                	add	s0,s0,a4
80403e0c:	00e435b3          	sltu	a1,s0,a4
80403e10:	95a6                	add	a1,a1,s1
80403e12:	8a2e                	mv	s4,a1
80403e14:	84a2                	mv	s1,s0
80403e16:	4629                	li	a2,10
80403e18:	4681                	li	a3,0
80403e1a:	4c05                	li	s8,1
80403e1c:	4529                	li	a0,10
80403e1e:	00d5e663          	bltu	a1,a3,80403e2a <__dtoa_engine+0x42c>
80403e22:	0ab69f63          	bne	a3,a1,80403ee0 <__dtoa_engine+0x4e2>
80403e26:	0ac47d63          	bgeu	s0,a2,80403ee0 <__dtoa_engine+0x4e2>
80403e2a:	c329                	beqz	a4,80403e6c <__dtoa_engine+0x46e>
80403e2c:	058b5063          	bge	s6,s8,80403e6c <__dtoa_engine+0x46e>
80403e30:	47a2                	lw	a5,8(sp)
80403e32:	cf91                	beqz	a5,80403e4e <__dtoa_engine+0x450>
80403e34:	4732                	lw	a4,12(sp)
80403e36:	012c07b3          	add	a5,s8,s2
80403e3a:	00f70b33          	add	s6,a4,a5
80403e3e:	000b5363          	bgez	s6,80403e44 <__dtoa_engine+0x446>
80403e42:	4b01                	li	s6,0
80403e44:	016bd363          	bge	s7,s6,80403e4a <__dtoa_engine+0x44c>
80403e48:	8b5e                	mv	s6,s7
80403e4a:	038b5163          	bge	s6,s8,80403e6c <__dtoa_engine+0x46e>
80403e4e:	00540513          	add	a0,s0,5
80403e52:	00853433          	sltu	s0,a0,s0
80403e56:	4629                	li	a2,10
80403e58:	4681                	li	a3,0
80403e5a:	95a2                	add	a1,a1,s0
80403e5c:	ffffe097          	auipc	ra,0xffffe
80403e60:	270080e7          	jalr	624(ra) # 804020cc <__udivdi3>
80403e64:	84aa                	mv	s1,a0
80403e66:	8a2e                	mv	s4,a1
80403e68:	0905                	add	s2,s2,1
80403e6a:	1c7d                	add	s8,s8,-1
80403e6c:	87da                	mv	a5,s6
80403e6e:	016c5363          	bge	s8,s6,80403e74 <__dtoa_engine+0x476>
80403e72:	87e2                	mv	a5,s8
80403e74:	01079413          	sll	s0,a5,0x10
80403e78:	0942                	sll	s2,s2,0x10
80403e7a:	8441                	sra	s0,s0,0x10
80403e7c:	41095913          	sra	s2,s2,0x10
80403e80:	9922                	add	s2,s2,s0
80403e82:	008a8b33          	add	s6,s5,s0
80403e86:	197d                	add	s2,s2,-1
80403e88:	4b81                	li	s7,0
80403e8a:	8c5a                	mv	s8,s6
80403e8c:	1b7d                	add	s6,s6,-1
80403e8e:	068bc263          	blt	s7,s0,80403ef2 <__dtoa_engine+0x4f4>
80403e92:	4782                	lw	a5,0(sp)
80403e94:	000c02a3          	sb	zero,5(s8)
80403e98:	012aa023          	sw	s2,0(s5)
80403e9c:	00fa8223          	sb	a5,4(s5)
80403ea0:	be45                	j	80403a50 <__dtoa_engine+0x52>
80403ea2:	4705                	li	a4,1
80403ea4:	f60c13e3          	bnez	s8,80403e0a <__dtoa_engine+0x40c>
80403ea8:	5742                	lw	a4,48(sp)
80403eaa:	00871563          	bne	a4,s0,80403eb4 <__dtoa_engine+0x4b6>
80403eae:	5752                	lw	a4,52(sp)
80403eb0:	00970c63          	beq	a4,s1,80403ec8 <__dtoa_engine+0x4ca>
80403eb4:	4705                	li	a4,1
80403eb6:	bf91                	j	80403e0a <__dtoa_engine+0x40c>
80403eb8:	000c1d63          	bnez	s8,80403ed2 <__dtoa_engine+0x4d4>
80403ebc:	5742                	lw	a4,48(sp)
80403ebe:	00871a63          	bne	a4,s0,80403ed2 <__dtoa_engine+0x4d4>
80403ec2:	5752                	lw	a4,52(sp)
80403ec4:	00971763          	bne	a4,s1,80403ed2 <__dtoa_engine+0x4d4>
80403ec8:	4792                	lw	a5,4(sp)
80403eca:	4705                	li	a4,1
80403ecc:	ff9d                	bnez	a5,80403e0a <__dtoa_engine+0x40c>
80403ece:	f20d0ee3          	beqz	s10,80403e0a <__dtoa_engine+0x40c>
80403ed2:	005cb693          	sltiu	a3,s9,5
80403ed6:	0016c713          	xor	a4,a3,1
80403eda:	bf05                	j	80403e0a <__dtoa_engine+0x40c>
80403edc:	4c91                	li	s9,4
80403ede:	b7ed                	j	80403ec8 <__dtoa_engine+0x4ca>
80403ee0:	02d50833          	mul	a6,a0,a3
80403ee4:	0c05                	add	s8,s8,1
80403ee6:	02c536b3          	mulhu	a3,a0,a2
80403eea:	02c50633          	mul	a2,a0,a2
80403eee:	96c2                	add	a3,a3,a6
80403ef0:	b73d                	j	80403e1e <__dtoa_engine+0x420>
80403ef2:	4629                	li	a2,10
80403ef4:	4681                	li	a3,0
80403ef6:	8526                	mv	a0,s1
80403ef8:	85d2                	mv	a1,s4
80403efa:	ffffe097          	auipc	ra,0xffffe
80403efe:	530080e7          	jalr	1328(ra) # 8040242a <__umoddi3>
80403f02:	03050513          	add	a0,a0,48
80403f06:	00ab02a3          	sb	a0,5(s6)
80403f0a:	85d2                	mv	a1,s4
80403f0c:	8526                	mv	a0,s1
80403f0e:	4629                	li	a2,10
80403f10:	4681                	li	a3,0
80403f12:	ffffe097          	auipc	ra,0xffffe
80403f16:	1ba080e7          	jalr	442(ra) # 804020cc <__udivdi3>
80403f1a:	84aa                	mv	s1,a0
80403f1c:	8a2e                	mv	s4,a1
80403f1e:	0b85                	add	s7,s7,1
80403f20:	b7b5                	j	80403e8c <__dtoa_engine+0x48e>

80403f22 <__pow5Factor>:
80403f22:	ccccd737          	lui	a4,0xccccd
80403f26:	333336b7          	lui	a3,0x33333
80403f2a:	87aa                	mv	a5,a0
80403f2c:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c86cfad>
80403f30:	4501                	li	a0,0
80403f32:	ccc70713          	add	a4,a4,-820
80403f36:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80403f3a:	02c585b3          	mul	a1,a1,a2
80403f3e:	02e78833          	mul	a6,a5,a4
80403f42:	982e                	add	a6,a6,a1
80403f44:	02c7b5b3          	mulhu	a1,a5,a2
80403f48:	95c2                	add	a1,a1,a6
80403f4a:	02c787b3          	mul	a5,a5,a2
80403f4e:	00b6e863          	bltu	a3,a1,80403f5e <__pow5Factor+0x3c>
80403f52:	00d59463          	bne	a1,a3,80403f5a <__pow5Factor+0x38>
80403f56:	00f5e463          	bltu	a1,a5,80403f5e <__pow5Factor+0x3c>
80403f5a:	0505                	add	a0,a0,1
80403f5c:	bff9                	j	80403f3a <__pow5Factor+0x18>
80403f5e:	8082                	ret

80403f60 <__double_computePow5>:
80403f60:	ffffe317          	auipc	t1,0xffffe
80403f64:	7fa302e7          	jalr	t0,2042(t1) # 8040275a <__riscv_save_10>
80403f68:	47e9                	li	a5,26
80403f6a:	02f55b33          	divu	s6,a0,a5
80403f6e:	804069b7          	lui	s3,0x80406
80403f72:	6e098b93          	add	s7,s3,1760 # 804066e0 <DOUBLE_POW5_SPLIT2>
80403f76:	1101                	add	sp,sp,-32
80403f78:	892e                	mv	s2,a1
80403f7a:	02f577b3          	remu	a5,a0,a5
80403f7e:	004b1713          	sll	a4,s6,0x4
80403f82:	9bba                	add	s7,s7,a4
80403f84:	e785                	bnez	a5,80403fac <__double_computePow5+0x4c>
80403f86:	000ba703          	lw	a4,0(s7)
80403f8a:	004ba783          	lw	a5,4(s7)
80403f8e:	c198                	sw	a4,0(a1)
80403f90:	c1dc                	sw	a5,4(a1)
80403f92:	008ba503          	lw	a0,8(s7)
80403f96:	00cba583          	lw	a1,12(s7)
80403f9a:	00a92423          	sw	a0,8(s2)
80403f9e:	00b92623          	sw	a1,12(s2)
80403fa2:	6105                	add	sp,sp,32
80403fa4:	ffffe317          	auipc	t1,0xffffe
80403fa8:	7ee30067          	jr	2030(t1) # 80402792 <__riscv_restore_10>
80403fac:	6e098993          	add	s3,s3,1760
80403fb0:	078e                	sll	a5,a5,0x3
80403fb2:	97ce                	add	a5,a5,s3
80403fb4:	0d07aa03          	lw	s4,208(a5)
80403fb8:	0d47aa83          	lw	s5,212(a5)
80403fbc:	008ba603          	lw	a2,8(s7)
80403fc0:	00cba683          	lw	a3,12(s7)
80403fc4:	0818                	add	a4,sp,16
80403fc6:	85d6                	mv	a1,s5
80403fc8:	842a                	mv	s0,a0
80403fca:	8552                	mv	a0,s4
80403fcc:	00000097          	auipc	ra,0x0
80403fd0:	216080e7          	jalr	534(ra) # 804041e2 <__umul128>
80403fd4:	000ba603          	lw	a2,0(s7)
80403fd8:	004ba683          	lw	a3,4(s7)
80403fdc:	84aa                	mv	s1,a0
80403fde:	8c2e                	mv	s8,a1
80403fe0:	0838                	add	a4,sp,24
80403fe2:	8552                	mv	a0,s4
80403fe4:	85d6                	mv	a1,s5
80403fe6:	00000097          	auipc	ra,0x0
80403fea:	1fc080e7          	jalr	508(ra) # 804041e2 <__umul128>
80403fee:	47e2                	lw	a5,24(sp)
80403ff0:	4772                	lw	a4,28(sp)
80403ff2:	8aaa                	mv	s5,a0
80403ff4:	94be                	add	s1,s1,a5
80403ff6:	00f4ba33          	sltu	s4,s1,a5
80403ffa:	9c3a                	add	s8,s8,a4
80403ffc:	9a62                	add	s4,s4,s8
80403ffe:	00ea6663          	bltu	s4,a4,8040400a <__double_computePow5+0xaa>
80404002:	01471d63          	bne	a4,s4,8040401c <__double_computePow5+0xbc>
80404006:	00f4fb63          	bgeu	s1,a5,8040401c <__double_computePow5+0xbc>
8040400a:	47c2                	lw	a5,16(sp)
8040400c:	46d2                	lw	a3,20(sp)
8040400e:	00178713          	add	a4,a5,1
80404012:	00f737b3          	sltu	a5,a4,a5
80404016:	97b6                	add	a5,a5,a3
80404018:	c83a                	sw	a4,16(sp)
8040401a:	ca3e                	sw	a5,20(sp)
8040401c:	8522                	mv	a0,s0
8040401e:	c62e                	sw	a1,12(sp)
80404020:	00000097          	auipc	ra,0x0
80404024:	1b0080e7          	jalr	432(ra) # 804041d0 <__pow5bits>
80404028:	8baa                	mv	s7,a0
8040402a:	4569                	li	a0,26
8040402c:	02ab0533          	mul	a0,s6,a0
80404030:	00000097          	auipc	ra,0x0
80404034:	1a0080e7          	jalr	416(ra) # 804041d0 <__pow5bits>
80404038:	45b2                	lw	a1,12(sp)
8040403a:	40ab8733          	sub	a4,s7,a0
8040403e:	8626                	mv	a2,s1
80404040:	86d2                	mv	a3,s4
80404042:	8556                	mv	a0,s5
80404044:	c43a                	sw	a4,8(sp)
80404046:	00000097          	auipc	ra,0x0
8040404a:	1e8080e7          	jalr	488(ra) # 8040422e <__shiftright128>
8040404e:	00445793          	srl	a5,s0,0x4
80404052:	078a                	sll	a5,a5,0x2
80404054:	99be                	add	s3,s3,a5
80404056:	1a09a783          	lw	a5,416(s3)
8040405a:	0406                	sll	s0,s0,0x1
8040405c:	8879                	and	s0,s0,30
8040405e:	0087d7b3          	srl	a5,a5,s0
80404062:	8b8d                	and	a5,a5,3
80404064:	953e                	add	a0,a0,a5
80404066:	00f537b3          	sltu	a5,a0,a5
8040406a:	4722                	lw	a4,8(sp)
8040406c:	4642                	lw	a2,16(sp)
8040406e:	46d2                	lw	a3,20(sp)
80404070:	97ae                	add	a5,a5,a1
80404072:	00a92023          	sw	a0,0(s2)
80404076:	00f92223          	sw	a5,4(s2)
8040407a:	8526                	mv	a0,s1
8040407c:	85d2                	mv	a1,s4
8040407e:	00000097          	auipc	ra,0x0
80404082:	1b0080e7          	jalr	432(ra) # 8040422e <__shiftright128>
80404086:	bf11                	j	80403f9a <__double_computePow5+0x3a>

80404088 <__double_computeInvPow5>:
80404088:	ffffe317          	auipc	t1,0xffffe
8040408c:	6d2302e7          	jalr	t0,1746(t1) # 8040275a <__riscv_save_10>
80404090:	4b69                	li	s6,26
80404092:	01950793          	add	a5,a0,25
80404096:	0367d7b3          	divu	a5,a5,s6
8040409a:	80406ab7          	lui	s5,0x80406
8040409e:	6e0a8493          	add	s1,s5,1760 # 804066e0 <DOUBLE_POW5_SPLIT2>
804040a2:	1f848493          	add	s1,s1,504
804040a6:	1101                	add	sp,sp,-32
804040a8:	8a2e                	mv	s4,a1
804040aa:	03678b33          	mul	s6,a5,s6
804040ae:	0792                	sll	a5,a5,0x4
804040b0:	94be                	add	s1,s1,a5
804040b2:	40ab0733          	sub	a4,s6,a0
804040b6:	02ab1163          	bne	s6,a0,804040d8 <__double_computeInvPow5+0x50>
804040ba:	4098                	lw	a4,0(s1)
804040bc:	40dc                	lw	a5,4(s1)
804040be:	c198                	sw	a4,0(a1)
804040c0:	c1dc                	sw	a5,4(a1)
804040c2:	4488                	lw	a0,8(s1)
804040c4:	44cc                	lw	a1,12(s1)
804040c6:	00aa2423          	sw	a0,8(s4)
804040ca:	00ba2623          	sw	a1,12(s4)
804040ce:	6105                	add	sp,sp,32
804040d0:	ffffe317          	auipc	t1,0xffffe
804040d4:	6c230067          	jr	1730(t1) # 80402792 <__riscv_restore_10>
804040d8:	6e0a8a93          	add	s5,s5,1760
804040dc:	070e                	sll	a4,a4,0x3
804040de:	9756                	add	a4,a4,s5
804040e0:	0d072903          	lw	s2,208(a4)
804040e4:	0d472983          	lw	s3,212(a4)
804040e8:	4490                	lw	a2,8(s1)
804040ea:	44d4                	lw	a3,12(s1)
804040ec:	0818                	add	a4,sp,16
804040ee:	85ce                	mv	a1,s3
804040f0:	842a                	mv	s0,a0
804040f2:	854a                	mv	a0,s2
804040f4:	00000097          	auipc	ra,0x0
804040f8:	0ee080e7          	jalr	238(ra) # 804041e2 <__umul128>
804040fc:	4090                	lw	a2,0(s1)
804040fe:	40d4                	lw	a3,4(s1)
80404100:	8c2a                	mv	s8,a0
80404102:	00163793          	seqz	a5,a2
80404106:	8bae                	mv	s7,a1
80404108:	0838                	add	a4,sp,24
8040410a:	8e9d                	sub	a3,a3,a5
8040410c:	854a                	mv	a0,s2
8040410e:	85ce                	mv	a1,s3
80404110:	167d                	add	a2,a2,-1
80404112:	00000097          	auipc	ra,0x0
80404116:	0d0080e7          	jalr	208(ra) # 804041e2 <__umul128>
8040411a:	47e2                	lw	a5,24(sp)
8040411c:	4772                	lw	a4,28(sp)
8040411e:	89aa                	mv	s3,a0
80404120:	9c3e                	add	s8,s8,a5
80404122:	00fc3933          	sltu	s2,s8,a5
80404126:	9bba                	add	s7,s7,a4
80404128:	995e                	add	s2,s2,s7
8040412a:	00e96663          	bltu	s2,a4,80404136 <__double_computeInvPow5+0xae>
8040412e:	01271d63          	bne	a4,s2,80404148 <__double_computeInvPow5+0xc0>
80404132:	00fc7b63          	bgeu	s8,a5,80404148 <__double_computeInvPow5+0xc0>
80404136:	47c2                	lw	a5,16(sp)
80404138:	46d2                	lw	a3,20(sp)
8040413a:	00178713          	add	a4,a5,1
8040413e:	00f737b3          	sltu	a5,a4,a5
80404142:	97b6                	add	a5,a5,a3
80404144:	c83a                	sw	a4,16(sp)
80404146:	ca3e                	sw	a5,20(sp)
80404148:	855a                	mv	a0,s6
8040414a:	c62e                	sw	a1,12(sp)
8040414c:	00000097          	auipc	ra,0x0
80404150:	084080e7          	jalr	132(ra) # 804041d0 <__pow5bits>
80404154:	8b2a                	mv	s6,a0
80404156:	8522                	mv	a0,s0
80404158:	00000097          	auipc	ra,0x0
8040415c:	078080e7          	jalr	120(ra) # 804041d0 <__pow5bits>
80404160:	45b2                	lw	a1,12(sp)
80404162:	40ab0733          	sub	a4,s6,a0
80404166:	8662                	mv	a2,s8
80404168:	86ca                	mv	a3,s2
8040416a:	854e                	mv	a0,s3
8040416c:	c43a                	sw	a4,8(sp)
8040416e:	00000097          	auipc	ra,0x0
80404172:	0c0080e7          	jalr	192(ra) # 8040422e <__shiftright128>
80404176:	00445793          	srl	a5,s0,0x4
8040417a:	078a                	sll	a5,a5,0x2
8040417c:	9abe                	add	s5,s5,a5
8040417e:	2e8aa783          	lw	a5,744(s5)
80404182:	0406                	sll	s0,s0,0x1
80404184:	8879                	and	s0,s0,30
80404186:	0087d7b3          	srl	a5,a5,s0
8040418a:	8b8d                	and	a5,a5,3
8040418c:	0785                	add	a5,a5,1
8040418e:	953e                	add	a0,a0,a5
80404190:	00f537b3          	sltu	a5,a0,a5
80404194:	4722                	lw	a4,8(sp)
80404196:	4642                	lw	a2,16(sp)
80404198:	46d2                	lw	a3,20(sp)
8040419a:	97ae                	add	a5,a5,a1
8040419c:	00aa2023          	sw	a0,0(s4)
804041a0:	00fa2223          	sw	a5,4(s4)
804041a4:	8562                	mv	a0,s8
804041a6:	85ca                	mv	a1,s2
804041a8:	00000097          	auipc	ra,0x0
804041ac:	086080e7          	jalr	134(ra) # 8040422e <__shiftright128>
804041b0:	bf19                	j	804040c6 <__double_computeInvPow5+0x3e>

804041b2 <__log10Pow2>:
804041b2:	67cd                	lui	a5,0x13
804041b4:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
804041b8:	02f50533          	mul	a0,a0,a5
804041bc:	8149                	srl	a0,a0,0x12
804041be:	8082                	ret

804041c0 <__log10Pow5>:
804041c0:	000b37b7          	lui	a5,0xb3
804041c4:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
804041c8:	02f50533          	mul	a0,a0,a5
804041cc:	8151                	srl	a0,a0,0x14
804041ce:	8082                	ret

804041d0 <__pow5bits>:
804041d0:	001297b7          	lui	a5,0x129
804041d4:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
804041d8:	02f50533          	mul	a0,a0,a5
804041dc:	814d                	srl	a0,a0,0x13
804041de:	0505                	add	a0,a0,1
804041e0:	8082                	ret

804041e2 <__umul128>:
804041e2:	02c537b3          	mulhu	a5,a0,a2
804041e6:	832e                	mv	t1,a1
804041e8:	02c585b3          	mul	a1,a1,a2
804041ec:	02c33833          	mulhu	a6,t1,a2
804041f0:	95be                	add	a1,a1,a5
804041f2:	00f5b7b3          	sltu	a5,a1,a5
804041f6:	97c2                	add	a5,a5,a6
804041f8:	02a68833          	mul	a6,a3,a0
804041fc:	02a6b8b3          	mulhu	a7,a3,a0
80404200:	95c2                	add	a1,a1,a6
80404202:	0105b833          	sltu	a6,a1,a6
80404206:	98c2                	add	a7,a7,a6
80404208:	02d30833          	mul	a6,t1,a3
8040420c:	02d33333          	mulhu	t1,t1,a3
80404210:	983e                	add	a6,a6,a5
80404212:	011806b3          	add	a3,a6,a7
80404216:	00f837b3          	sltu	a5,a6,a5
8040421a:	0106b833          	sltu	a6,a3,a6
8040421e:	c314                	sw	a3,0(a4)
80404220:	979a                	add	a5,a5,t1
80404222:	983e                	add	a6,a6,a5
80404224:	02c50533          	mul	a0,a0,a2
80404228:	01072223          	sw	a6,4(a4)
8040422c:	8082                	ret

8040422e <__shiftright128>:
8040422e:	ffffe317          	auipc	t1,0xffffe
80404232:	53a302e7          	jalr	t0,1338(t1) # 80402768 <__riscv_save_4>
80404236:	8a2a                	mv	s4,a0
80404238:	8532                	mv	a0,a2
8040423a:	04000613          	li	a2,64
8040423e:	8e19                	sub	a2,a2,a4
80404240:	89ae                	mv	s3,a1
80404242:	85b6                	mv	a1,a3
80404244:	843a                	mv	s0,a4
80404246:	ffffe097          	auipc	ra,0xffffe
8040424a:	df8080e7          	jalr	-520(ra) # 8040203e <__ashldi3>
8040424e:	892a                	mv	s2,a0
80404250:	84ae                	mv	s1,a1
80404252:	8622                	mv	a2,s0
80404254:	8552                	mv	a0,s4
80404256:	85ce                	mv	a1,s3
80404258:	ffffe097          	auipc	ra,0xffffe
8040425c:	dbe080e7          	jalr	-578(ra) # 80402016 <__lshrdi3>
80404260:	00a96533          	or	a0,s2,a0
80404264:	8dc5                	or	a1,a1,s1
80404266:	ffffe317          	auipc	t1,0xffffe
8040426a:	53630067          	jr	1334(t1) # 8040279c <__riscv_restore_4>

8040426e <strnlen>:
8040426e:	95aa                	add	a1,a1,a0
80404270:	87aa                	mv	a5,a0
80404272:	00b78563          	beq	a5,a1,8040427c <strnlen+0xe>
80404276:	0007c703          	lbu	a4,0(a5)
8040427a:	e701                	bnez	a4,80404282 <strnlen+0x14>
8040427c:	40a78533          	sub	a0,a5,a0
80404280:	8082                	ret
80404282:	0785                	add	a5,a5,1
80404284:	b7fd                	j	80404272 <strnlen+0x4>

80404286 <__file_str_put>:
80404286:	49dc                	lw	a5,20(a1)
80404288:	4d98                	lw	a4,24(a1)
8040428a:	00e78763          	beq	a5,a4,80404298 <__file_str_put+0x12>
8040428e:	00178713          	add	a4,a5,1
80404292:	c9d8                	sw	a4,20(a1)
80404294:	00a78023          	sb	a0,0(a5)
80404298:	8082                	ret

8040429a <store_event>:
8040429a:	8082                	ret

8040429c <uni_blk_present>:
8040429c:	804077b7          	lui	a5,0x80407
804042a0:	1007a503          	lw	a0,256(a5) # 80407100 <present>
804042a4:	8082                	ret

804042a6 <uni_blk_sectors>:
804042a6:	804077b7          	lui	a5,0x80407
804042aa:	1007a783          	lw	a5,256(a5) # 80407100 <present>
804042ae:	4501                	li	a0,0
804042b0:	c789                	beqz	a5,804042ba <uni_blk_sectors+0x14>
804042b2:	8041b7b7          	lui	a5,0x8041b
804042b6:	6707a503          	lw	a0,1648(a5) # 8041b670 <bf+0x1c>
804042ba:	8082                	ret

804042bc <uni_blk_read>:
804042bc:	804077b7          	lui	a5,0x80407
804042c0:	1007a703          	lw	a4,256(a5) # 80407100 <present>
804042c4:	86b2                	mv	a3,a2
804042c6:	87ae                	mv	a5,a1
804042c8:	85aa                	mv	a1,a0
804042ca:	e319                	bnez	a4,804042d0 <uni_blk_read+0x14>
804042cc:	5529                	li	a0,-22
804042ce:	8082                	ret
804042d0:	dff5                	beqz	a5,804042cc <uni_blk_read+0x10>
804042d2:	8041b537          	lui	a0,0x8041b
804042d6:	65450713          	add	a4,a0,1620 # 8041b654 <bf>
804042da:	4f58                	lw	a4,28(a4)
804042dc:	feb768e3          	bltu	a4,a1,804042cc <uni_blk_read+0x10>
804042e0:	8f0d                	sub	a4,a4,a1
804042e2:	fef765e3          	bltu	a4,a5,804042cc <uni_blk_read+0x10>
804042e6:	863e                	mv	a2,a5
804042e8:	65450513          	add	a0,a0,1620
804042ec:	ffffd317          	auipc	t1,0xffffd
804042f0:	d1630067          	jr	-746(t1) # 80401002 <blkfront_read>

804042f4 <uni_blk_write>:
804042f4:	804077b7          	lui	a5,0x80407
804042f8:	1007a703          	lw	a4,256(a5) # 80407100 <present>
804042fc:	86b2                	mv	a3,a2
804042fe:	87ae                	mv	a5,a1
80404300:	85aa                	mv	a1,a0
80404302:	e319                	bnez	a4,80404308 <uni_blk_write+0x14>
80404304:	5529                	li	a0,-22
80404306:	8082                	ret
80404308:	dff5                	beqz	a5,80404304 <uni_blk_write+0x10>
8040430a:	8041b537          	lui	a0,0x8041b
8040430e:	65450713          	add	a4,a0,1620 # 8041b654 <bf>
80404312:	4f58                	lw	a4,28(a4)
80404314:	feb768e3          	bltu	a4,a1,80404304 <uni_blk_write+0x10>
80404318:	8f0d                	sub	a4,a4,a1
8040431a:	fef765e3          	bltu	a4,a5,80404304 <uni_blk_write+0x10>
8040431e:	863e                	mv	a2,a5
80404320:	65450513          	add	a0,a0,1620
80404324:	ffffd317          	auipc	t1,0xffffd
80404328:	ce830067          	jr	-792(t1) # 8040100c <blkfront_write>

8040432c <uni_blk_flush>:
8040432c:	804077b7          	lui	a5,0x80407
80404330:	1007a783          	lw	a5,256(a5) # 80407100 <present>
80404334:	cb89                	beqz	a5,80404346 <uni_blk_flush+0x1a>
80404336:	8041b537          	lui	a0,0x8041b
8040433a:	65450513          	add	a0,a0,1620 # 8041b654 <bf>
8040433e:	ffffd317          	auipc	t1,0xffffd
80404342:	cda30067          	jr	-806(t1) # 80401018 <blkfront_flush>
80404346:	5529                	li	a0,-22
80404348:	8082                	ret

8040434a <fs_ops_list>:
8040434a:	7179                	add	sp,sp,-48
8040434c:	d422                	sw	s0,40(sp)
8040434e:	d226                	sw	s1,36(sp)
80404350:	8432                	mv	s0,a2
80404352:	84ae                	mv	s1,a1
80404354:	860a                	mv	a2,sp
80404356:	004c                	add	a1,sp,4
80404358:	d606                	sw	ra,44(sp)
8040435a:	00001097          	auipc	ra,0x1
8040435e:	414080e7          	jalr	1044(ra) # 8040576e <fs_readdir>
80404362:	02054463          	bltz	a0,8040438a <fs_ops_list+0x40>
80404366:	0048                	add	a0,sp,4
80404368:	00001097          	auipc	ra,0x1
8040436c:	784080e7          	jalr	1924(ra) # 80405aec <strlen>
80404370:	00150613          	add	a2,a0,1
80404374:	02c46963          	bltu	s0,a2,804043a6 <fs_ops_list+0x5c>
80404378:	004c                	add	a1,sp,4
8040437a:	8526                	mv	a0,s1
8040437c:	00001097          	auipc	ra,0x1
80404380:	734080e7          	jalr	1844(ra) # 80405ab0 <memcpy>
80404384:	4502                	lw	a0,0(sp)
80404386:	00054763          	bltz	a0,80404394 <fs_ops_list+0x4a>
8040438a:	50b2                	lw	ra,44(sp)
8040438c:	5422                	lw	s0,40(sp)
8040438e:	5492                	lw	s1,36(sp)
80404390:	6145                	add	sp,sp,48
80404392:	8082                	ret
80404394:	50b2                	lw	ra,44(sp)
80404396:	5422                	lw	s0,40(sp)
80404398:	80000537          	lui	a0,0x80000
8040439c:	5492                	lw	s1,36(sp)
8040439e:	fff54513          	not	a0,a0
804043a2:	6145                	add	sp,sp,48
804043a4:	8082                	ret
804043a6:	fdc00513          	li	a0,-36
804043aa:	b7c5                	j	8040438a <fs_ops_list+0x40>

804043ac <fs_ops_unlink>:
804043ac:	00001317          	auipc	t1,0x1
804043b0:	30830067          	jr	776(t1) # 804056b4 <fs_unlink>

804043b4 <fs_ops_write>:
804043b4:	07f00793          	li	a5,127
804043b8:	06a7e563          	bltu	a5,a0,80404422 <fs_ops_write+0x6e>
804043bc:	00351313          	sll	t1,a0,0x3
804043c0:	40a307b3          	sub	a5,t1,a0
804043c4:	8041b8b7          	lui	a7,0x8041b
804043c8:	6e488893          	add	a7,a7,1764 # 8041b6e4 <files>
804043cc:	078a                	sll	a5,a5,0x2
804043ce:	97c6                	add	a5,a5,a7
804043d0:	43d4                	lw	a3,4(a5)
804043d2:	882a                	mv	a6,a0
804043d4:	555d                	li	a0,-9
804043d6:	04d05863          	blez	a3,80404426 <fs_ops_write+0x72>
804043da:	47d4                	lw	a3,12(a5)
804043dc:	c6a9                	beqz	a3,80404426 <fs_ops_write+0x72>
804043de:	8732                	mv	a4,a2
804043e0:	04064463          	bltz	a2,80404428 <fs_ops_write+0x74>
804043e4:	4b94                	lw	a3,16(a5)
804043e6:	1141                	add	sp,sp,-16
804043e8:	c606                	sw	ra,12(sp)
804043ea:	c422                	sw	s0,8(sp)
804043ec:	862e                	mv	a2,a1
804043ee:	e695                	bnez	a3,8040441a <fs_ops_write+0x66>
804043f0:	4f94                	lw	a3,24(a5)
804043f2:	41030333          	sub	t1,t1,a6
804043f6:	030a                	sll	t1,t1,0x2
804043f8:	00688433          	add	s0,a7,t1
804043fc:	4848                	lw	a0,20(s0)
804043fe:	4581                	li	a1,0
80404400:	00001097          	auipc	ra,0x1
80404404:	ebe080e7          	jalr	-322(ra) # 804052be <writei>
80404408:	00a05563          	blez	a0,80404412 <fs_ops_write+0x5e>
8040440c:	4c1c                	lw	a5,24(s0)
8040440e:	97aa                	add	a5,a5,a0
80404410:	cc1c                	sw	a5,24(s0)
80404412:	40b2                	lw	ra,12(sp)
80404414:	4422                	lw	s0,8(sp)
80404416:	0141                	add	sp,sp,16
80404418:	8082                	ret
8040441a:	4bd4                	lw	a3,20(a5)
8040441c:	46d4                	lw	a3,12(a3)
8040441e:	cf94                	sw	a3,24(a5)
80404420:	bfc9                	j	804043f2 <fs_ops_write+0x3e>
80404422:	555d                	li	a0,-9
80404424:	8082                	ret
80404426:	8082                	ret
80404428:	5529                	li	a0,-22
8040442a:	8082                	ret

8040442c <fs_ops_read>:
8040442c:	07f00793          	li	a5,127
80404430:	04a7e863          	bltu	a5,a0,80404480 <fs_ops_read+0x54>
80404434:	1141                	add	sp,sp,-16
80404436:	00351793          	sll	a5,a0,0x3
8040443a:	8f89                	sub	a5,a5,a0
8040443c:	c422                	sw	s0,8(sp)
8040443e:	8041b437          	lui	s0,0x8041b
80404442:	078a                	sll	a5,a5,0x2
80404444:	6e440413          	add	s0,s0,1764 # 8041b6e4 <files>
80404448:	943e                	add	s0,s0,a5
8040444a:	405c                	lw	a5,4(s0)
8040444c:	c606                	sw	ra,12(sp)
8040444e:	555d                	li	a0,-9
80404450:	02f05463          	blez	a5,80404478 <fs_ops_read+0x4c>
80404454:	441c                	lw	a5,8(s0)
80404456:	c38d                	beqz	a5,80404478 <fs_ops_read+0x4c>
80404458:	8732                	mv	a4,a2
8040445a:	02064563          	bltz	a2,80404484 <fs_ops_read+0x58>
8040445e:	4c14                	lw	a3,24(s0)
80404460:	4848                	lw	a0,20(s0)
80404462:	862e                	mv	a2,a1
80404464:	4581                	li	a1,0
80404466:	00001097          	auipc	ra,0x1
8040446a:	d70080e7          	jalr	-656(ra) # 804051d6 <readi>
8040446e:	00a05563          	blez	a0,80404478 <fs_ops_read+0x4c>
80404472:	4c1c                	lw	a5,24(s0)
80404474:	97aa                	add	a5,a5,a0
80404476:	cc1c                	sw	a5,24(s0)
80404478:	40b2                	lw	ra,12(sp)
8040447a:	4422                	lw	s0,8(sp)
8040447c:	0141                	add	sp,sp,16
8040447e:	8082                	ret
80404480:	555d                	li	a0,-9
80404482:	8082                	ret
80404484:	5529                	li	a0,-22
80404486:	bfcd                	j	80404478 <fs_ops_read+0x4c>

80404488 <fs_shutdown>:
80404488:	00001317          	auipc	t1,0x1
8040448c:	55230067          	jr	1362(t1) # 804059da <bio_flush>

80404490 <fs_ops_open>:
80404490:	7179                	add	sp,sp,-48
80404492:	ce4e                	sw	s3,28(sp)
80404494:	d606                	sw	ra,44(sp)
80404496:	d422                	sw	s0,40(sp)
80404498:	d226                	sw	s1,36(sp)
8040449a:	d04a                	sw	s2,32(sp)
8040449c:	0035f993          	and	s3,a1,3
804044a0:	478d                	li	a5,3
804044a2:	08f98f63          	beq	s3,a5,80404540 <fs_ops_open+0xb0>
804044a6:	8041b7b7          	lui	a5,0x8041b
804044aa:	892e                	mv	s2,a1
804044ac:	6e878793          	add	a5,a5,1768 # 8041b6e8 <files+0x4>
804044b0:	4401                	li	s0,0
804044b2:	08000693          	li	a3,128
804044b6:	a021                	j	804044be <fs_ops_open+0x2e>
804044b8:	0405                	add	s0,s0,1
804044ba:	06d40b63          	beq	s0,a3,80404530 <fs_ops_open+0xa0>
804044be:	4398                	lw	a4,0(a5)
804044c0:	07f1                	add	a5,a5,28
804044c2:	fee04be3          	bgtz	a4,804044b8 <fs_ops_open+0x28>
804044c6:	0070                	add	a2,sp,12
804044c8:	85ca                	mv	a1,s2
804044ca:	00001097          	auipc	ra,0x1
804044ce:	09e080e7          	jalr	158(ra) # 80405568 <fs_open>
804044d2:	04054863          	bltz	a0,80404522 <fs_ops_open+0x92>
804044d6:	00341493          	sll	s1,s0,0x3
804044da:	8c81                	sub	s1,s1,s0
804044dc:	8041b7b7          	lui	a5,0x8041b
804044e0:	6e478793          	add	a5,a5,1764 # 8041b6e4 <files>
804044e4:	048a                	sll	s1,s1,0x2
804044e6:	94be                	add	s1,s1,a5
804044e8:	4671                	li	a2,28
804044ea:	4581                	li	a1,0
804044ec:	8526                	mv	a0,s1
804044ee:	00001097          	auipc	ra,0x1
804044f2:	580080e7          	jalr	1408(ra) # 80405a6e <memset>
804044f6:	4709                	li	a4,2
804044f8:	c098                	sw	a4,0(s1)
804044fa:	4705                	li	a4,1
804044fc:	c0d8                	sw	a4,4(s1)
804044fe:	4732                	lw	a4,12(sp)
80404500:	fff98793          	add	a5,s3,-1
80404504:	00a95913          	srl	s2,s2,0xa
80404508:	00f037b3          	snez	a5,a5
8040450c:	013039b3          	snez	s3,s3
80404510:	00197913          	and	s2,s2,1
80404514:	c8d8                	sw	a4,20(s1)
80404516:	c49c                	sw	a5,8(s1)
80404518:	0134a623          	sw	s3,12(s1)
8040451c:	0124a823          	sw	s2,16(s1)
80404520:	8522                	mv	a0,s0
80404522:	50b2                	lw	ra,44(sp)
80404524:	5422                	lw	s0,40(sp)
80404526:	5492                	lw	s1,36(sp)
80404528:	5902                	lw	s2,32(sp)
8040452a:	49f2                	lw	s3,28(sp)
8040452c:	6145                	add	sp,sp,48
8040452e:	8082                	ret
80404530:	50b2                	lw	ra,44(sp)
80404532:	5422                	lw	s0,40(sp)
80404534:	5492                	lw	s1,36(sp)
80404536:	5902                	lw	s2,32(sp)
80404538:	49f2                	lw	s3,28(sp)
8040453a:	5521                	li	a0,-24
8040453c:	6145                	add	sp,sp,48
8040453e:	8082                	ret
80404540:	5529                	li	a0,-22
80404542:	b7c5                	j	80404522 <fs_ops_open+0x92>

80404544 <fs_ops_lseek>:
80404544:	07f00793          	li	a5,127
80404548:	872a                	mv	a4,a0
8040454a:	04a7ed63          	bltu	a5,a0,804045a4 <fs_ops_lseek+0x60>
8040454e:	00351813          	sll	a6,a0,0x3
80404552:	40a807b3          	sub	a5,a6,a0
80404556:	8041b6b7          	lui	a3,0x8041b
8040455a:	6e468693          	add	a3,a3,1764 # 8041b6e4 <files>
8040455e:	078a                	sll	a5,a5,0x2
80404560:	97b6                	add	a5,a5,a3
80404562:	0047a883          	lw	a7,4(a5)
80404566:	555d                	li	a0,-9
80404568:	03105463          	blez	a7,80404590 <fs_ops_lseek+0x4c>
8040456c:	e21d                	bnez	a2,80404592 <fs_ops_lseek+0x4e>
8040456e:	4781                	li	a5,0
80404570:	97ae                	add	a5,a5,a1
80404572:	00b7b633          	sltu	a2,a5,a1
80404576:	81fd                	srl	a1,a1,0x1f
80404578:	00c59b63          	bne	a1,a2,8040458e <fs_ops_lseek+0x4a>
8040457c:	0007c963          	bltz	a5,8040458e <fs_ops_lseek+0x4a>
80404580:	40e80833          	sub	a6,a6,a4
80404584:	080a                	sll	a6,a6,0x2
80404586:	96c2                	add	a3,a3,a6
80404588:	ce9c                	sw	a5,24(a3)
8040458a:	853e                	mv	a0,a5
8040458c:	8082                	ret
8040458e:	5529                	li	a0,-22
80404590:	8082                	ret
80404592:	4505                	li	a0,1
80404594:	00a60a63          	beq	a2,a0,804045a8 <fs_ops_lseek+0x64>
80404598:	4509                	li	a0,2
8040459a:	fea61ae3          	bne	a2,a0,8040458e <fs_ops_lseek+0x4a>
8040459e:	4bdc                	lw	a5,20(a5)
804045a0:	47dc                	lw	a5,12(a5)
804045a2:	b7f9                	j	80404570 <fs_ops_lseek+0x2c>
804045a4:	555d                	li	a0,-9
804045a6:	8082                	ret
804045a8:	4f9c                	lw	a5,24(a5)
804045aa:	b7d9                	j	80404570 <fs_ops_lseek+0x2c>

804045ac <fs_ops_close>:
804045ac:	07f00793          	li	a5,127
804045b0:	04a7e463          	bltu	a5,a0,804045f8 <fs_ops_close+0x4c>
804045b4:	1141                	add	sp,sp,-16
804045b6:	00351793          	sll	a5,a0,0x3
804045ba:	8f89                	sub	a5,a5,a0
804045bc:	c422                	sw	s0,8(sp)
804045be:	8041b437          	lui	s0,0x8041b
804045c2:	078a                	sll	a5,a5,0x2
804045c4:	6e440413          	add	s0,s0,1764 # 8041b6e4 <files>
804045c8:	943e                	add	s0,s0,a5
804045ca:	405c                	lw	a5,4(s0)
804045cc:	c606                	sw	ra,12(sp)
804045ce:	555d                	li	a0,-9
804045d0:	02f05063          	blez	a5,804045f0 <fs_ops_close+0x44>
804045d4:	4848                	lw	a0,20(s0)
804045d6:	00001097          	auipc	ra,0x1
804045da:	a76080e7          	jalr	-1418(ra) # 8040504c <iput>
804045de:	00001097          	auipc	ra,0x1
804045e2:	3fc080e7          	jalr	1020(ra) # 804059da <bio_flush>
804045e6:	4501                	li	a0,0
804045e8:	00042223          	sw	zero,4(s0)
804045ec:	00042023          	sw	zero,0(s0)
804045f0:	40b2                	lw	ra,12(sp)
804045f2:	4422                	lw	s0,8(sp)
804045f4:	0141                	add	sp,sp,16
804045f6:	8082                	ret
804045f8:	555d                	li	a0,-9
804045fa:	8082                	ret

804045fc <panic>:
804045fc:	7115                	add	sp,sp,-224
804045fe:	0c410313          	add	t1,sp,196
80404602:	c3ae                	sw	a1,196(sp)
80404604:	c5b2                	sw	a2,200(sp)
80404606:	c7b6                	sw	a3,204(sp)
80404608:	862a                	mv	a2,a0
8040460a:	869a                	mv	a3,t1
8040460c:	0a000593          	li	a1,160
80404610:	0808                	add	a0,sp,16
80404612:	df06                	sw	ra,188(sp)
80404614:	c9ba                	sw	a4,208(sp)
80404616:	cbbe                	sw	a5,212(sp)
80404618:	cdc2                	sw	a6,216(sp)
8040461a:	cfc6                	sw	a7,220(sp)
8040461c:	c61a                	sw	t1,12(sp)
8040461e:	fffff097          	auipc	ra,0xfffff
80404622:	12e080e7          	jalr	302(ra) # 8040374c <vsnprintf>
80404626:	0808                	add	a0,sp,16
80404628:	ffffc097          	auipc	ra,0xffffc
8040462c:	294080e7          	jalr	660(ra) # 804008bc <uni_panic>

80404630 <either_copyout>:
80404630:	1141                	add	sp,sp,-16
80404632:	852e                	mv	a0,a1
80404634:	85b2                	mv	a1,a2
80404636:	8636                	mv	a2,a3
80404638:	c606                	sw	ra,12(sp)
8040463a:	00001097          	auipc	ra,0x1
8040463e:	476080e7          	jalr	1142(ra) # 80405ab0 <memcpy>
80404642:	40b2                	lw	ra,12(sp)
80404644:	4501                	li	a0,0
80404646:	0141                	add	sp,sp,16
80404648:	8082                	ret

8040464a <either_copyin>:
8040464a:	1141                	add	sp,sp,-16
8040464c:	852e                	mv	a0,a1
8040464e:	85b2                	mv	a1,a2
80404650:	8636                	mv	a2,a3
80404652:	c606                	sw	ra,12(sp)
80404654:	00001097          	auipc	ra,0x1
80404658:	45c080e7          	jalr	1116(ra) # 80405ab0 <memcpy>
8040465c:	40b2                	lw	ra,12(sp)
8040465e:	4501                	li	a0,0
80404660:	0141                	add	sp,sp,16
80404662:	8082                	ret

80404664 <disk_capacity>:
80404664:	00000317          	auipc	t1,0x0
80404668:	c4230067          	jr	-958(t1) # 804042a6 <uni_blk_sectors>

8040466c <disk_read>:
8040466c:	1141                	add	sp,sp,-16
8040466e:	c422                	sw	s0,8(sp)
80404670:	c226                	sw	s1,4(sp)
80404672:	c606                	sw	ra,12(sp)
80404674:	842a                	mv	s0,a0
80404676:	84ae                	mv	s1,a1
80404678:	00000097          	auipc	ra,0x0
8040467c:	c44080e7          	jalr	-956(ra) # 804042bc <uni_blk_read>
80404680:	e511                	bnez	a0,8040468c <disk_read+0x20>
80404682:	40b2                	lw	ra,12(sp)
80404684:	4422                	lw	s0,8(sp)
80404686:	4492                	lw	s1,4(sp)
80404688:	0141                	add	sp,sp,16
8040468a:	8082                	ret
8040468c:	80407537          	lui	a0,0x80407
80404690:	8626                	mv	a2,s1
80404692:	85a2                	mv	a1,s0
80404694:	c2050513          	add	a0,a0,-992 # 80406c20 <__clz_tab+0x204>
80404698:	00000097          	auipc	ra,0x0
8040469c:	f64080e7          	jalr	-156(ra) # 804045fc <panic>

804046a0 <disk_write>:
804046a0:	1141                	add	sp,sp,-16
804046a2:	c422                	sw	s0,8(sp)
804046a4:	c226                	sw	s1,4(sp)
804046a6:	c606                	sw	ra,12(sp)
804046a8:	842a                	mv	s0,a0
804046aa:	84ae                	mv	s1,a1
804046ac:	00000097          	auipc	ra,0x0
804046b0:	c48080e7          	jalr	-952(ra) # 804042f4 <uni_blk_write>
804046b4:	e511                	bnez	a0,804046c0 <disk_write+0x20>
804046b6:	40b2                	lw	ra,12(sp)
804046b8:	4422                	lw	s0,8(sp)
804046ba:	4492                	lw	s1,4(sp)
804046bc:	0141                	add	sp,sp,16
804046be:	8082                	ret
804046c0:	80407537          	lui	a0,0x80407
804046c4:	8626                	mv	a2,s1
804046c6:	85a2                	mv	a1,s0
804046c8:	c4050513          	add	a0,a0,-960 # 80406c40 <__clz_tab+0x224>
804046cc:	00000097          	auipc	ra,0x0
804046d0:	f30080e7          	jalr	-208(ra) # 804045fc <panic>

804046d4 <disk_flush>:
804046d4:	1141                	add	sp,sp,-16
804046d6:	c606                	sw	ra,12(sp)
804046d8:	00000097          	auipc	ra,0x0
804046dc:	c54080e7          	jalr	-940(ra) # 8040432c <uni_blk_flush>
804046e0:	e501                	bnez	a0,804046e8 <disk_flush+0x14>
804046e2:	40b2                	lw	ra,12(sp)
804046e4:	0141                	add	sp,sp,16
804046e6:	8082                	ret
804046e8:	80407537          	lui	a0,0x80407
804046ec:	c6450513          	add	a0,a0,-924 # 80406c64 <__clz_tab+0x248>
804046f0:	00000097          	auipc	ra,0x0
804046f4:	f0c080e7          	jalr	-244(ra) # 804045fc <panic>

804046f8 <bfree>:
804046f8:	8041e7b7          	lui	a5,0x8041e
804046fc:	6e478793          	add	a5,a5,1764 # 8041e6e4 <sb>
80404700:	5398                	lw	a4,32(a5)
80404702:	1101                	add	sp,sp,-32
80404704:	c84a                	sw	s2,16(sp)
80404706:	ce06                	sw	ra,28(sp)
80404708:	cc22                	sw	s0,24(sp)
8040470a:	ca26                	sw	s1,20(sp)
8040470c:	c64e                	sw	s3,12(sp)
8040470e:	892a                	mv	s2,a0
80404710:	06e56363          	bltu	a0,a4,80404776 <bfree+0x7e>
80404714:	4798                	lw	a4,8(a5)
80404716:	06e57063          	bgeu	a0,a4,80404776 <bfree+0x7e>
8040471a:	4b98                	lw	a4,16(a5)
8040471c:	4485                	li	s1,1
8040471e:	00757793          	and	a5,a0,7
80404722:	813d                	srl	a0,a0,0xf
80404724:	00f494b3          	sll	s1,s1,a5
80404728:	953a                	add	a0,a0,a4
8040472a:	01191793          	sll	a5,s2,0x11
8040472e:	0147d413          	srl	s0,a5,0x14
80404732:	00001097          	auipc	ra,0x1
80404736:	1f4080e7          	jalr	500(ra) # 80405926 <bread>
8040473a:	008507b3          	add	a5,a0,s0
8040473e:	0187c703          	lbu	a4,24(a5)
80404742:	0ff4f493          	zext.b	s1,s1
80404746:	89aa                	mv	s3,a0
80404748:	009776b3          	and	a3,a4,s1
8040474c:	ce95                	beqz	a3,80404788 <bfree+0x90>
8040474e:	fff4c493          	not	s1,s1
80404752:	8f65                	and	a4,a4,s1
80404754:	00e78c23          	sb	a4,24(a5)
80404758:	00001097          	auipc	ra,0x1
8040475c:	242080e7          	jalr	578(ra) # 8040599a <bdirty>
80404760:	4462                	lw	s0,24(sp)
80404762:	40f2                	lw	ra,28(sp)
80404764:	44d2                	lw	s1,20(sp)
80404766:	4942                	lw	s2,16(sp)
80404768:	854e                	mv	a0,s3
8040476a:	49b2                	lw	s3,12(sp)
8040476c:	6105                	add	sp,sp,32
8040476e:	00001317          	auipc	t1,0x1
80404772:	23230067          	jr	562(t1) # 804059a0 <brelse>
80404776:	80407537          	lui	a0,0x80407
8040477a:	85ca                	mv	a1,s2
8040477c:	c9450513          	add	a0,a0,-876 # 80406c94 <exfs_ops+0x1c>
80404780:	00000097          	auipc	ra,0x0
80404784:	e7c080e7          	jalr	-388(ra) # 804045fc <panic>
80404788:	80407537          	lui	a0,0x80407
8040478c:	85ca                	mv	a1,s2
8040478e:	cbc50513          	add	a0,a0,-836 # 80406cbc <exfs_ops+0x44>
80404792:	00000097          	auipc	ra,0x0
80404796:	e6a080e7          	jalr	-406(ra) # 804045fc <panic>

8040479a <trim_indirect>:
8040479a:	7179                	add	sp,sp,-48
8040479c:	ce4e                	sw	s3,28(sp)
8040479e:	cc52                	sw	s4,24(sp)
804047a0:	c85a                	sw	s6,16(sp)
804047a2:	c65e                	sw	s7,12(sp)
804047a4:	c266                	sw	s9,4(sp)
804047a6:	d606                	sw	ra,44(sp)
804047a8:	d422                	sw	s0,40(sp)
804047aa:	d226                	sw	s1,36(sp)
804047ac:	d04a                	sw	s2,32(sp)
804047ae:	ca56                	sw	s5,20(sp)
804047b0:	c462                	sw	s8,8(sp)
804047b2:	c06a                	sw	s10,0(sp)
804047b4:	4785                	li	a5,1
804047b6:	8cb2                	mv	s9,a2
804047b8:	8baa                	mv	s7,a0
804047ba:	8b2e                	mv	s6,a1
804047bc:	89b6                	mv	s3,a3
804047be:	4a05                	li	s4,1
804047c0:	00f60463          	beq	a2,a5,804047c8 <trim_indirect+0x2e>
804047c4:	40000a13          	li	s4,1024
804047c8:	855e                	mv	a0,s7
804047ca:	6a85                	lui	s5,0x1
804047cc:	00001097          	auipc	ra,0x1
804047d0:	15a080e7          	jalr	346(ra) # 80405926 <bread>
804047d4:	0ae1                	add	s5,s5,24 # 1018 <errno+0x1018>
804047d6:	8c2a                	mv	s8,a0
804047d8:	01850413          	add	s0,a0,24
804047dc:	9aaa                	add	s5,s5,a0
804047de:	84da                	mv	s1,s6
804047e0:	4d05                	li	s10,1
804047e2:	4008                	lw	a0,0(s0)
804047e4:	009a0933          	add	s2,s4,s1
804047e8:	cd19                	beqz	a0,80404806 <trim_indirect+0x6c>
804047ea:	0129fe63          	bgeu	s3,s2,80404806 <trim_indirect+0x6c>
804047ee:	86ce                	mv	a3,s3
804047f0:	fffc8613          	add	a2,s9,-1
804047f4:	85a6                	mv	a1,s1
804047f6:	05ac8163          	beq	s9,s10,80404838 <trim_indirect+0x9e>
804047fa:	00000097          	auipc	ra,0x0
804047fe:	fa0080e7          	jalr	-96(ra) # 8040479a <trim_indirect>
80404802:	0534f163          	bgeu	s1,s3,80404844 <trim_indirect+0xaa>
80404806:	0411                	add	s0,s0,4
80404808:	84ca                	mv	s1,s2
8040480a:	fd541ce3          	bne	s0,s5,804047e2 <trim_indirect+0x48>
8040480e:	8562                	mv	a0,s8
80404810:	00001097          	auipc	ra,0x1
80404814:	190080e7          	jalr	400(ra) # 804059a0 <brelse>
80404818:	033b7e63          	bgeu	s6,s3,80404854 <trim_indirect+0xba>
8040481c:	50b2                	lw	ra,44(sp)
8040481e:	5422                	lw	s0,40(sp)
80404820:	5492                	lw	s1,36(sp)
80404822:	5902                	lw	s2,32(sp)
80404824:	49f2                	lw	s3,28(sp)
80404826:	4a62                	lw	s4,24(sp)
80404828:	4ad2                	lw	s5,20(sp)
8040482a:	4b42                	lw	s6,16(sp)
8040482c:	4bb2                	lw	s7,12(sp)
8040482e:	4c22                	lw	s8,8(sp)
80404830:	4c92                	lw	s9,4(sp)
80404832:	4d02                	lw	s10,0(sp)
80404834:	6145                	add	sp,sp,48
80404836:	8082                	ret
80404838:	00000097          	auipc	ra,0x0
8040483c:	ec0080e7          	jalr	-320(ra) # 804046f8 <bfree>
80404840:	fd34e3e3          	bltu	s1,s3,80404806 <trim_indirect+0x6c>
80404844:	00042023          	sw	zero,0(s0)
80404848:	8562                	mv	a0,s8
8040484a:	00001097          	auipc	ra,0x1
8040484e:	150080e7          	jalr	336(ra) # 8040599a <bdirty>
80404852:	bf55                	j	80404806 <trim_indirect+0x6c>
80404854:	5422                	lw	s0,40(sp)
80404856:	50b2                	lw	ra,44(sp)
80404858:	5492                	lw	s1,36(sp)
8040485a:	5902                	lw	s2,32(sp)
8040485c:	49f2                	lw	s3,28(sp)
8040485e:	4a62                	lw	s4,24(sp)
80404860:	4ad2                	lw	s5,20(sp)
80404862:	4b42                	lw	s6,16(sp)
80404864:	4c22                	lw	s8,8(sp)
80404866:	4c92                	lw	s9,4(sp)
80404868:	4d02                	lw	s10,0(sp)
8040486a:	855e                	mv	a0,s7
8040486c:	4bb2                	lw	s7,12(sp)
8040486e:	6145                	add	sp,sp,48
80404870:	00000317          	auipc	t1,0x0
80404874:	e8830067          	jr	-376(t1) # 804046f8 <bfree>

80404878 <iget.part.0>:
80404878:	1141                	add	sp,sp,-16
8040487a:	8041d7b7          	lui	a5,0x8041d
8040487e:	c422                	sw	s0,8(sp)
80404880:	c226                	sw	s1,4(sp)
80404882:	c606                	sw	ra,12(sp)
80404884:	84aa                	mv	s1,a0
80404886:	4401                	li	s0,0
80404888:	4e478513          	add	a0,a5,1252 # 8041d4e4 <inodes>
8040488c:	4701                	li	a4,0
8040488e:	4e478793          	add	a5,a5,1252
80404892:	04000593          	li	a1,64
80404896:	a809                	j	804048a8 <iget.part.0+0x30>
80404898:	4390                	lw	a2,0(a5)
8040489a:	08960663          	beq	a2,s1,80404926 <iget.part.0+0xae>
8040489e:	0705                	add	a4,a4,1
804048a0:	04878793          	add	a5,a5,72
804048a4:	00b70d63          	beq	a4,a1,804048be <iget.part.0+0x46>
804048a8:	43d4                	lw	a3,4(a5)
804048aa:	fed047e3          	bgtz	a3,80404898 <iget.part.0+0x20>
804048ae:	f865                	bnez	s0,8040489e <iget.part.0+0x26>
804048b0:	f6fd                	bnez	a3,8040489e <iget.part.0+0x26>
804048b2:	0705                	add	a4,a4,1
804048b4:	843e                	mv	s0,a5
804048b6:	04878793          	add	a5,a5,72
804048ba:	feb717e3          	bne	a4,a1,804048a8 <iget.part.0+0x30>
804048be:	c83d                	beqz	s0,80404934 <iget.part.0+0xbc>
804048c0:	8041e7b7          	lui	a5,0x8041e
804048c4:	6fc7a783          	lw	a5,1788(a5) # 8041e6fc <sb+0x18>
804048c8:	0064d513          	srl	a0,s1,0x6
804048cc:	953e                	add	a0,a0,a5
804048ce:	00001097          	auipc	ra,0x1
804048d2:	058080e7          	jalr	88(ra) # 80405926 <bread>
804048d6:	03f4f793          	and	a5,s1,63
804048da:	00679693          	sll	a3,a5,0x6
804048de:	96aa                	add	a3,a3,a0
804048e0:	01868793          	add	a5,a3,24
804048e4:	00840713          	add	a4,s0,8
804048e8:	05868693          	add	a3,a3,88
804048ec:	0007a883          	lw	a7,0(a5)
804048f0:	0047a803          	lw	a6,4(a5)
804048f4:	478c                	lw	a1,8(a5)
804048f6:	47d0                	lw	a2,12(a5)
804048f8:	01172023          	sw	a7,0(a4)
804048fc:	01072223          	sw	a6,4(a4)
80404900:	c70c                	sw	a1,8(a4)
80404902:	c750                	sw	a2,12(a4)
80404904:	07c1                	add	a5,a5,16
80404906:	0741                	add	a4,a4,16
80404908:	fed792e3          	bne	a5,a3,804048ec <iget.part.0+0x74>
8040490c:	00001097          	auipc	ra,0x1
80404910:	094080e7          	jalr	148(ra) # 804059a0 <brelse>
80404914:	4785                	li	a5,1
80404916:	c004                	sw	s1,0(s0)
80404918:	40b2                	lw	ra,12(sp)
8040491a:	c05c                	sw	a5,4(s0)
8040491c:	8522                	mv	a0,s0
8040491e:	4422                	lw	s0,8(sp)
80404920:	4492                	lw	s1,4(sp)
80404922:	0141                	add	sp,sp,16
80404924:	8082                	ret
80404926:	00371413          	sll	s0,a4,0x3
8040492a:	943a                	add	s0,s0,a4
8040492c:	040e                	sll	s0,s0,0x3
8040492e:	942a                	add	s0,s0,a0
80404930:	0685                	add	a3,a3,1
80404932:	c054                	sw	a3,4(s0)
80404934:	40b2                	lw	ra,12(sp)
80404936:	8522                	mv	a0,s0
80404938:	4422                	lw	s0,8(sp)
8040493a:	4492                	lw	s1,4(sp)
8040493c:	0141                	add	sp,sp,16
8040493e:	8082                	ret

80404940 <balloc>:
80404940:	7179                	add	sp,sp,-48
80404942:	d04a                	sw	s2,32(sp)
80404944:	8041e937          	lui	s2,0x8041e
80404948:	6e490913          	add	s2,s2,1764 # 8041e6e4 <sb>
8040494c:	02092783          	lw	a5,32(s2)
80404950:	00892703          	lw	a4,8(s2)
80404954:	ce4e                	sw	s3,28(sp)
80404956:	d606                	sw	ra,44(sp)
80404958:	d422                	sw	s0,40(sp)
8040495a:	d226                	sw	s1,36(sp)
8040495c:	cc52                	sw	s4,24(sp)
8040495e:	ca56                	sw	s5,20(sp)
80404960:	c85a                	sw	s6,16(sp)
80404962:	c65e                	sw	s7,12(sp)
80404964:	c462                	sw	s8,8(sp)
80404966:	c266                	sw	s9,4(sp)
80404968:	40f709b3          	sub	s3,a4,a5
8040496c:	0af70563          	beq	a4,a5,80404a16 <balloc+0xd6>
80404970:	6a05                	lui	s4,0x1
80404972:	4c81                	li	s9,0
80404974:	80407ab7          	lui	s5,0x80407
80404978:	1a7d                	add	s4,s4,-1 # fff <errno+0xfff>
8040497a:	4b05                	li	s6,1
8040497c:	a809                	j	8040498e <balloc+0x4e>
8040497e:	00001097          	auipc	ra,0x1
80404982:	022080e7          	jalr	34(ra) # 804059a0 <brelse>
80404986:	09998863          	beq	s3,s9,80404a16 <balloc+0xd6>
8040498a:	02092783          	lw	a5,32(s2)
8040498e:	104aa403          	lw	s0,260(s5) # 80407104 <alloc_hint>
80404992:	01092703          	lw	a4,16(s2)
80404996:	9466                	add	s0,s0,s9
80404998:	8c1d                	sub	s0,s0,a5
8040499a:	03347433          	remu	s0,s0,s3
8040499e:	0c85                	add	s9,s9,1
804049a0:	943e                	add	s0,s0,a5
804049a2:	00f45513          	srl	a0,s0,0xf
804049a6:	00345793          	srl	a5,s0,0x3
804049aa:	953a                	add	a0,a0,a4
804049ac:	0147f4b3          	and	s1,a5,s4
804049b0:	00001097          	auipc	ra,0x1
804049b4:	f76080e7          	jalr	-138(ra) # 80405926 <bread>
804049b8:	009507b3          	add	a5,a0,s1
804049bc:	0187c703          	lbu	a4,24(a5)
804049c0:	00747b93          	and	s7,s0,7
804049c4:	017b1bb3          	sll	s7,s6,s7
804049c8:	0ffbfb93          	zext.b	s7,s7
804049cc:	017776b3          	and	a3,a4,s7
804049d0:	8c2a                	mv	s8,a0
804049d2:	f6d5                	bnez	a3,8040497e <balloc+0x3e>
804049d4:	01776733          	or	a4,a4,s7
804049d8:	00e78c23          	sb	a4,24(a5)
804049dc:	00001097          	auipc	ra,0x1
804049e0:	fbe080e7          	jalr	-66(ra) # 8040599a <bdirty>
804049e4:	8562                	mv	a0,s8
804049e6:	00001097          	auipc	ra,0x1
804049ea:	fba080e7          	jalr	-70(ra) # 804059a0 <brelse>
804049ee:	8522                	mv	a0,s0
804049f0:	00001097          	auipc	ra,0x1
804049f4:	f7c080e7          	jalr	-132(ra) # 8040596c <bclear>
804049f8:	00001097          	auipc	ra,0x1
804049fc:	fa8080e7          	jalr	-88(ra) # 804059a0 <brelse>
80404a00:	00892703          	lw	a4,8(s2)
80404a04:	00140793          	add	a5,s0,1
80404a08:	00e7e463          	bltu	a5,a4,80404a10 <balloc+0xd0>
80404a0c:	02092783          	lw	a5,32(s2)
80404a10:	10faa223          	sw	a5,260(s5)
80404a14:	a011                	j	80404a18 <balloc+0xd8>
80404a16:	4401                	li	s0,0
80404a18:	50b2                	lw	ra,44(sp)
80404a1a:	8522                	mv	a0,s0
80404a1c:	5422                	lw	s0,40(sp)
80404a1e:	5492                	lw	s1,36(sp)
80404a20:	5902                	lw	s2,32(sp)
80404a22:	49f2                	lw	s3,28(sp)
80404a24:	4a62                	lw	s4,24(sp)
80404a26:	4ad2                	lw	s5,20(sp)
80404a28:	4b42                	lw	s6,16(sp)
80404a2a:	4bb2                	lw	s7,12(sp)
80404a2c:	4c22                	lw	s8,8(sp)
80404a2e:	4c92                	lw	s9,4(sp)
80404a30:	6145                	add	sp,sp,48
80404a32:	8082                	ret

80404a34 <bmap>:
80404a34:	1101                	add	sp,sp,-32
80404a36:	cc22                	sw	s0,24(sp)
80404a38:	ca26                	sw	s1,20(sp)
80404a3a:	c84a                	sw	s2,16(sp)
80404a3c:	ce06                	sw	ra,28(sp)
80404a3e:	c64e                	sw	s3,12(sp)
80404a40:	c452                	sw	s4,8(sp)
80404a42:	47ad                	li	a5,11
80404a44:	842e                	mv	s0,a1
80404a46:	84aa                	mv	s1,a0
80404a48:	8932                	mv	s2,a2
80404a4a:	0eb7fa63          	bgeu	a5,a1,80404b3e <bmap+0x10a>
80404a4e:	ff458993          	add	s3,a1,-12
80404a52:	3ff00793          	li	a5,1023
80404a56:	1337f963          	bgeu	a5,s3,80404b88 <bmap+0x154>
80404a5a:	4168                	lw	a0,68(a0)
80404a5c:	ed01                	bnez	a0,80404a74 <bmap+0x40>
80404a5e:	e239                	bnez	a2,80404aa4 <bmap+0x70>
80404a60:	4401                	li	s0,0
80404a62:	40f2                	lw	ra,28(sp)
80404a64:	8522                	mv	a0,s0
80404a66:	4462                	lw	s0,24(sp)
80404a68:	44d2                	lw	s1,20(sp)
80404a6a:	4942                	lw	s2,16(sp)
80404a6c:	49b2                	lw	s3,12(sp)
80404a6e:	4a22                	lw	s4,8(sp)
80404a70:	6105                	add	sp,sp,32
80404a72:	8082                	ret
80404a74:	00001097          	auipc	ra,0x1
80404a78:	eb2080e7          	jalr	-334(ra) # 80405926 <bread>
80404a7c:	bf440413          	add	s0,s0,-1036
80404a80:	00a45793          	srl	a5,s0,0xa
80404a84:	01850993          	add	s3,a0,24
80404a88:	078a                	sll	a5,a5,0x2
80404a8a:	99be                	add	s3,s3,a5
80404a8c:	0009aa03          	lw	s4,0(s3)
80404a90:	84aa                	mv	s1,a0
80404a92:	0c0a1463          	bnez	s4,80404b5a <bmap+0x126>
80404a96:	02091e63          	bnez	s2,80404ad2 <bmap+0x9e>
80404a9a:	00001097          	auipc	ra,0x1
80404a9e:	f06080e7          	jalr	-250(ra) # 804059a0 <brelse>
80404aa2:	bf7d                	j	80404a60 <bmap+0x2c>
80404aa4:	00000097          	auipc	ra,0x0
80404aa8:	e9c080e7          	jalr	-356(ra) # 80404940 <balloc>
80404aac:	c0e8                	sw	a0,68(s1)
80404aae:	d94d                	beqz	a0,80404a60 <bmap+0x2c>
80404ab0:	00001097          	auipc	ra,0x1
80404ab4:	e76080e7          	jalr	-394(ra) # 80405926 <bread>
80404ab8:	bf440413          	add	s0,s0,-1036
80404abc:	00a45793          	srl	a5,s0,0xa
80404ac0:	01850993          	add	s3,a0,24
80404ac4:	078a                	sll	a5,a5,0x2
80404ac6:	99be                	add	s3,s3,a5
80404ac8:	0009aa03          	lw	s4,0(s3)
80404acc:	84aa                	mv	s1,a0
80404ace:	080a1663          	bnez	s4,80404b5a <bmap+0x126>
80404ad2:	00000097          	auipc	ra,0x0
80404ad6:	e6e080e7          	jalr	-402(ra) # 80404940 <balloc>
80404ada:	892a                	mv	s2,a0
80404adc:	8526                	mv	a0,s1
80404ade:	fa090ee3          	beqz	s2,80404a9a <bmap+0x66>
80404ae2:	0129a023          	sw	s2,0(s3)
80404ae6:	00001097          	auipc	ra,0x1
80404aea:	eb4080e7          	jalr	-332(ra) # 8040599a <bdirty>
80404aee:	8526                	mv	a0,s1
80404af0:	00001097          	auipc	ra,0x1
80404af4:	eb0080e7          	jalr	-336(ra) # 804059a0 <brelse>
80404af8:	854a                	mv	a0,s2
80404afa:	00001097          	auipc	ra,0x1
80404afe:	e2c080e7          	jalr	-468(ra) # 80405926 <bread>
80404b02:	3ff47413          	and	s0,s0,1023
80404b06:	00241793          	sll	a5,s0,0x2
80404b0a:	01850993          	add	s3,a0,24
80404b0e:	99be                	add	s3,s3,a5
80404b10:	0009a403          	lw	s0,0(s3)
80404b14:	84aa                	mv	s1,a0
80404b16:	ec11                	bnez	s0,80404b32 <bmap+0xfe>
80404b18:	00000097          	auipc	ra,0x0
80404b1c:	e28080e7          	jalr	-472(ra) # 80404940 <balloc>
80404b20:	842a                	mv	s0,a0
80404b22:	c901                	beqz	a0,80404b32 <bmap+0xfe>
80404b24:	00a9a023          	sw	a0,0(s3)
80404b28:	8526                	mv	a0,s1
80404b2a:	00001097          	auipc	ra,0x1
80404b2e:	e70080e7          	jalr	-400(ra) # 8040599a <bdirty>
80404b32:	8526                	mv	a0,s1
80404b34:	00001097          	auipc	ra,0x1
80404b38:	e6c080e7          	jalr	-404(ra) # 804059a0 <brelse>
80404b3c:	b71d                	j	80404a62 <bmap+0x2e>
80404b3e:	00259413          	sll	s0,a1,0x2
80404b42:	008504b3          	add	s1,a0,s0
80404b46:	4880                	lw	s0,16(s1)
80404b48:	fc09                	bnez	s0,80404a62 <bmap+0x2e>
80404b4a:	de01                	beqz	a2,80404a62 <bmap+0x2e>
80404b4c:	00000097          	auipc	ra,0x0
80404b50:	df4080e7          	jalr	-524(ra) # 80404940 <balloc>
80404b54:	842a                	mv	s0,a0
80404b56:	c888                	sw	a0,16(s1)
80404b58:	b729                	j	80404a62 <bmap+0x2e>
80404b5a:	8526                	mv	a0,s1
80404b5c:	00001097          	auipc	ra,0x1
80404b60:	e44080e7          	jalr	-444(ra) # 804059a0 <brelse>
80404b64:	8552                	mv	a0,s4
80404b66:	00001097          	auipc	ra,0x1
80404b6a:	dc0080e7          	jalr	-576(ra) # 80405926 <bread>
80404b6e:	3ff47413          	and	s0,s0,1023
80404b72:	040a                	sll	s0,s0,0x2
80404b74:	01850993          	add	s3,a0,24
80404b78:	99a2                	add	s3,s3,s0
80404b7a:	0009a403          	lw	s0,0(s3)
80404b7e:	84aa                	mv	s1,a0
80404b80:	f84d                	bnez	s0,80404b32 <bmap+0xfe>
80404b82:	fa0908e3          	beqz	s2,80404b32 <bmap+0xfe>
80404b86:	bf49                	j	80404b18 <bmap+0xe4>
80404b88:	4128                	lw	a0,64(a0)
80404b8a:	c105                	beqz	a0,80404baa <bmap+0x176>
80404b8c:	00001097          	auipc	ra,0x1
80404b90:	d9a080e7          	jalr	-614(ra) # 80405926 <bread>
80404b94:	01850793          	add	a5,a0,24
80404b98:	098a                	sll	s3,s3,0x2
80404b9a:	99be                	add	s3,s3,a5
80404b9c:	0009a403          	lw	s0,0(s3)
80404ba0:	84aa                	mv	s1,a0
80404ba2:	f841                	bnez	s0,80404b32 <bmap+0xfe>
80404ba4:	f80907e3          	beqz	s2,80404b32 <bmap+0xfe>
80404ba8:	bf85                	j	80404b18 <bmap+0xe4>
80404baa:	ea060be3          	beqz	a2,80404a60 <bmap+0x2c>
80404bae:	00000097          	auipc	ra,0x0
80404bb2:	d92080e7          	jalr	-622(ra) # 80404940 <balloc>
80404bb6:	c0a8                	sw	a0,64(s1)
80404bb8:	ea0504e3          	beqz	a0,80404a60 <bmap+0x2c>
80404bbc:	00001097          	auipc	ra,0x1
80404bc0:	d6a080e7          	jalr	-662(ra) # 80405926 <bread>
80404bc4:	01850793          	add	a5,a0,24
80404bc8:	098a                	sll	s3,s3,0x2
80404bca:	99be                	add	s3,s3,a5
80404bcc:	0009a403          	lw	s0,0(s3)
80404bd0:	84aa                	mv	s1,a0
80404bd2:	d039                	beqz	s0,80404b18 <bmap+0xe4>
80404bd4:	bfb9                	j	80404b32 <bmap+0xfe>

80404bd6 <fs_init>:
80404bd6:	1141                	add	sp,sp,-16
80404bd8:	4501                	li	a0,0
80404bda:	c606                	sw	ra,12(sp)
80404bdc:	c422                	sw	s0,8(sp)
80404bde:	c226                	sw	s1,4(sp)
80404be0:	8041e437          	lui	s0,0x8041e
80404be4:	00001097          	auipc	ra,0x1
80404be8:	d42080e7          	jalr	-702(ra) # 80405926 <bread>
80404bec:	01850593          	add	a1,a0,24
80404bf0:	02400613          	li	a2,36
80404bf4:	84aa                	mv	s1,a0
80404bf6:	6e440513          	add	a0,s0,1764 # 8041e6e4 <sb>
80404bfa:	00001097          	auipc	ra,0x1
80404bfe:	eb6080e7          	jalr	-330(ra) # 80405ab0 <memcpy>
80404c02:	8526                	mv	a0,s1
80404c04:	00001097          	auipc	ra,0x1
80404c08:	d9c080e7          	jalr	-612(ra) # 804059a0 <brelse>
80404c0c:	00000097          	auipc	ra,0x0
80404c10:	a58080e7          	jalr	-1448(ra) # 80404664 <disk_capacity>
80404c14:	6e440793          	add	a5,s0,1764
80404c18:	4394                	lw	a3,0(a5)
80404c1a:	53466737          	lui	a4,0x53466
80404c1e:	84570713          	add	a4,a4,-1979 # 53465845 <errno+0x53465845>
80404c22:	08e69863          	bne	a3,a4,80404cb2 <fs_init+0xdc>
80404c26:	43cc                	lw	a1,4(a5)
80404c28:	4705                	li	a4,1
80404c2a:	08e59463          	bne	a1,a4,80404cb2 <fs_init+0xdc>
80404c2e:	4790                	lw	a2,8(a5)
80404c30:	810d                	srl	a0,a0,0x3
80404c32:	08c56063          	bltu	a0,a2,80404cb2 <fs_init+0xdc>
80404c36:	4b98                	lw	a4,16(a5)
80404c38:	cf2d                	beqz	a4,80404cb2 <fs_init+0xdc>
80404c3a:	4bc8                	lw	a0,20(a5)
80404c3c:	00f51693          	sll	a3,a0,0xf
80404c40:	06c6e963          	bltu	a3,a2,80404cb2 <fs_init+0xdc>
80404c44:	4f94                	lw	a3,24(a5)
80404c46:	972a                	add	a4,a4,a0
80404c48:	06e6e563          	bltu	a3,a4,80404cb2 <fs_init+0xdc>
80404c4c:	4fc8                	lw	a0,28(a5)
80404c4e:	47d8                	lw	a4,12(a5)
80404c50:	00651813          	sll	a6,a0,0x6
80404c54:	04e86f63          	bltu	a6,a4,80404cb2 <fs_init+0xdc>
80404c58:	04e5fd63          	bgeu	a1,a4,80404cb2 <fs_init+0xdc>
80404c5c:	539c                	lw	a5,32(a5)
80404c5e:	96aa                	add	a3,a3,a0
80404c60:	04d7e963          	bltu	a5,a3,80404cb2 <fs_init+0xdc>
80404c64:	04f66763          	bltu	a2,a5,80404cb2 <fs_init+0xdc>
80404c68:	80407737          	lui	a4,0x80407
80404c6c:	4505                	li	a0,1
80404c6e:	10f72223          	sw	a5,260(a4) # 80407104 <alloc_hint>
80404c72:	00000097          	auipc	ra,0x0
80404c76:	c06080e7          	jalr	-1018(ra) # 80404878 <iget.part.0>
80404c7a:	804077b7          	lui	a5,0x80407
80404c7e:	10a7a423          	sw	a0,264(a5) # 80407108 <root>
80404c82:	c105                	beqz	a0,80404ca2 <fs_init+0xcc>
80404c84:	00855703          	lhu	a4,8(a0)
80404c88:	4789                	li	a5,2
80404c8a:	00f71c63          	bne	a4,a5,80404ca2 <fs_init+0xcc>
80404c8e:	40b2                	lw	ra,12(sp)
80404c90:	4422                	lw	s0,8(sp)
80404c92:	804077b7          	lui	a5,0x80407
80404c96:	4705                	li	a4,1
80404c98:	10e7a623          	sw	a4,268(a5) # 8040710c <mounted>
80404c9c:	4492                	lw	s1,4(sp)
80404c9e:	0141                	add	sp,sp,16
80404ca0:	8082                	ret
80404ca2:	80407537          	lui	a0,0x80407
80404ca6:	d0850513          	add	a0,a0,-760 # 80406d08 <exfs_ops+0x90>
80404caa:	00000097          	auipc	ra,0x0
80404cae:	952080e7          	jalr	-1710(ra) # 804045fc <panic>
80404cb2:	80407537          	lui	a0,0x80407
80404cb6:	cdc50513          	add	a0,a0,-804 # 80406cdc <exfs_ops+0x64>
80404cba:	00000097          	auipc	ra,0x0
80404cbe:	942080e7          	jalr	-1726(ra) # 804045fc <panic>

80404cc2 <fs_mounted>:
80404cc2:	804077b7          	lui	a5,0x80407
80404cc6:	10c7a503          	lw	a0,268(a5) # 8040710c <mounted>
80404cca:	8082                	ret

80404ccc <fs_root>:
80404ccc:	804077b7          	lui	a5,0x80407
80404cd0:	1087a503          	lw	a0,264(a5) # 80407108 <root>
80404cd4:	8082                	ret

80404cd6 <iupdate>:
80404cd6:	1141                	add	sp,sp,-16
80404cd8:	c422                	sw	s0,8(sp)
80404cda:	8041e7b7          	lui	a5,0x8041e
80404cde:	4100                	lw	s0,0(a0)
80404ce0:	6fc7a783          	lw	a5,1788(a5) # 8041e6fc <sb+0x18>
80404ce4:	c226                	sw	s1,4(sp)
80404ce6:	84aa                	mv	s1,a0
80404ce8:	00645513          	srl	a0,s0,0x6
80404cec:	953e                	add	a0,a0,a5
80404cee:	03f47413          	and	s0,s0,63
80404cf2:	c04a                	sw	s2,0(sp)
80404cf4:	c606                	sw	ra,12(sp)
80404cf6:	041a                	sll	s0,s0,0x6
80404cf8:	00001097          	auipc	ra,0x1
80404cfc:	c2e080e7          	jalr	-978(ra) # 80405926 <bread>
80404d00:	008507b3          	add	a5,a0,s0
80404d04:	00848713          	add	a4,s1,8
80404d08:	892a                	mv	s2,a0
80404d0a:	07e1                	add	a5,a5,24
80404d0c:	04848493          	add	s1,s1,72
80404d10:	4308                	lw	a0,0(a4)
80404d12:	434c                	lw	a1,4(a4)
80404d14:	4710                	lw	a2,8(a4)
80404d16:	4754                	lw	a3,12(a4)
80404d18:	c388                	sw	a0,0(a5)
80404d1a:	c3cc                	sw	a1,4(a5)
80404d1c:	c790                	sw	a2,8(a5)
80404d1e:	c7d4                	sw	a3,12(a5)
80404d20:	0741                	add	a4,a4,16
80404d22:	07c1                	add	a5,a5,16
80404d24:	fe9716e3          	bne	a4,s1,80404d10 <iupdate+0x3a>
80404d28:	854a                	mv	a0,s2
80404d2a:	00001097          	auipc	ra,0x1
80404d2e:	c70080e7          	jalr	-912(ra) # 8040599a <bdirty>
80404d32:	4422                	lw	s0,8(sp)
80404d34:	40b2                	lw	ra,12(sp)
80404d36:	4492                	lw	s1,4(sp)
80404d38:	854a                	mv	a0,s2
80404d3a:	4902                	lw	s2,0(sp)
80404d3c:	0141                	add	sp,sp,16
80404d3e:	00001317          	auipc	t1,0x1
80404d42:	c6230067          	jr	-926(t1) # 804059a0 <brelse>

80404d46 <trim_blocks>:
80404d46:	7179                	add	sp,sp,-48
80404d48:	d04a                	sw	s2,32(sp)
80404d4a:	cc52                	sw	s4,24(sp)
80404d4c:	d606                	sw	ra,44(sp)
80404d4e:	d422                	sw	s0,40(sp)
80404d50:	d226                	sw	s1,36(sp)
80404d52:	ce4e                	sw	s3,28(sp)
80404d54:	ca56                	sw	s5,20(sp)
80404d56:	c85a                	sw	s6,16(sp)
80404d58:	c65e                	sw	s7,12(sp)
80404d5a:	47ad                	li	a5,11
80404d5c:	892e                	mv	s2,a1
80404d5e:	8a2a                	mv	s4,a0
80404d60:	02b7e663          	bltu	a5,a1,80404d8c <trim_blocks+0x46>
80404d64:	00259413          	sll	s0,a1,0x2
80404d68:	942a                	add	s0,s0,a0
80404d6a:	03050493          	add	s1,a0,48
80404d6e:	a021                	j	80404d76 <trim_blocks+0x30>
80404d70:	0411                	add	s0,s0,4
80404d72:	00940d63          	beq	s0,s1,80404d8c <trim_blocks+0x46>
80404d76:	4808                	lw	a0,16(s0)
80404d78:	dd65                	beqz	a0,80404d70 <trim_blocks+0x2a>
80404d7a:	00000097          	auipc	ra,0x0
80404d7e:	97e080e7          	jalr	-1666(ra) # 804046f8 <bfree>
80404d82:	0411                	add	s0,s0,4
80404d84:	00042623          	sw	zero,12(s0)
80404d88:	fe9417e3          	bne	s0,s1,80404d76 <trim_blocks+0x30>
80404d8c:	040a2b83          	lw	s7,64(s4)
80404d90:	020b9563          	bnez	s7,80404dba <trim_blocks+0x74>
80404d94:	044a2b83          	lw	s7,68(s4)
80404d98:	080b9863          	bnez	s7,80404e28 <trim_blocks+0xe2>
80404d9c:	5422                	lw	s0,40(sp)
80404d9e:	50b2                	lw	ra,44(sp)
80404da0:	5492                	lw	s1,36(sp)
80404da2:	5902                	lw	s2,32(sp)
80404da4:	49f2                	lw	s3,28(sp)
80404da6:	4ad2                	lw	s5,20(sp)
80404da8:	4b42                	lw	s6,16(sp)
80404daa:	4bb2                	lw	s7,12(sp)
80404dac:	8552                	mv	a0,s4
80404dae:	4a62                	lw	s4,24(sp)
80404db0:	6145                	add	sp,sp,48
80404db2:	00000317          	auipc	t1,0x0
80404db6:	f2430067          	jr	-220(t1) # 80404cd6 <iupdate>
80404dba:	855e                	mv	a0,s7
80404dbc:	00001097          	auipc	ra,0x1
80404dc0:	b6a080e7          	jalr	-1174(ra) # 80405926 <bread>
80404dc4:	8b2a                	mv	s6,a0
80404dc6:	01850493          	add	s1,a0,24
80404dca:	4431                	li	s0,12
80404dcc:	40c00a93          	li	s5,1036
80404dd0:	a029                	j	80404dda <trim_blocks+0x94>
80404dd2:	0491                	add	s1,s1,4
80404dd4:	844e                	mv	s0,s3
80404dd6:	03598963          	beq	s3,s5,80404e08 <trim_blocks+0xc2>
80404dda:	4088                	lw	a0,0(s1)
80404ddc:	00140993          	add	s3,s0,1
80404de0:	d96d                	beqz	a0,80404dd2 <trim_blocks+0x8c>
80404de2:	ff3978e3          	bgeu	s2,s3,80404dd2 <trim_blocks+0x8c>
80404de6:	00000097          	auipc	ra,0x0
80404dea:	912080e7          	jalr	-1774(ra) # 804046f8 <bfree>
80404dee:	ff2462e3          	bltu	s0,s2,80404dd2 <trim_blocks+0x8c>
80404df2:	0004a023          	sw	zero,0(s1)
80404df6:	855a                	mv	a0,s6
80404df8:	00001097          	auipc	ra,0x1
80404dfc:	ba2080e7          	jalr	-1118(ra) # 8040599a <bdirty>
80404e00:	0491                	add	s1,s1,4
80404e02:	844e                	mv	s0,s3
80404e04:	fd599be3          	bne	s3,s5,80404dda <trim_blocks+0x94>
80404e08:	855a                	mv	a0,s6
80404e0a:	00001097          	auipc	ra,0x1
80404e0e:	b96080e7          	jalr	-1130(ra) # 804059a0 <brelse>
80404e12:	47b1                	li	a5,12
80404e14:	0927f463          	bgeu	a5,s2,80404e9c <trim_blocks+0x156>
80404e18:	040a2783          	lw	a5,64(s4)
80404e1c:	04fa2023          	sw	a5,64(s4)
80404e20:	044a2b83          	lw	s7,68(s4)
80404e24:	f60b8ce3          	beqz	s7,80404d9c <trim_blocks+0x56>
80404e28:	855e                	mv	a0,s7
80404e2a:	6a85                	lui	s5,0x1
80404e2c:	00001097          	auipc	ra,0x1
80404e30:	afa080e7          	jalr	-1286(ra) # 80405926 <bread>
80404e34:	0ae1                	add	s5,s5,24 # 1018 <errno+0x1018>
80404e36:	8b2a                	mv	s6,a0
80404e38:	01850413          	add	s0,a0,24
80404e3c:	9aaa                	add	s5,s5,a0
80404e3e:	40c00493          	li	s1,1036
80404e42:	a029                	j	80404e4c <trim_blocks+0x106>
80404e44:	0411                	add	s0,s0,4
80404e46:	84ce                	mv	s1,s3
80404e48:	03540c63          	beq	s0,s5,80404e80 <trim_blocks+0x13a>
80404e4c:	4008                	lw	a0,0(s0)
80404e4e:	40048993          	add	s3,s1,1024
80404e52:	85a6                	mv	a1,s1
80404e54:	86ca                	mv	a3,s2
80404e56:	4605                	li	a2,1
80404e58:	d575                	beqz	a0,80404e44 <trim_blocks+0xfe>
80404e5a:	ff3975e3          	bgeu	s2,s3,80404e44 <trim_blocks+0xfe>
80404e5e:	00000097          	auipc	ra,0x0
80404e62:	93c080e7          	jalr	-1732(ra) # 8040479a <trim_indirect>
80404e66:	fd24efe3          	bltu	s1,s2,80404e44 <trim_blocks+0xfe>
80404e6a:	00042023          	sw	zero,0(s0)
80404e6e:	855a                	mv	a0,s6
80404e70:	0411                	add	s0,s0,4
80404e72:	00001097          	auipc	ra,0x1
80404e76:	b28080e7          	jalr	-1240(ra) # 8040599a <bdirty>
80404e7a:	84ce                	mv	s1,s3
80404e7c:	fd5418e3          	bne	s0,s5,80404e4c <trim_blocks+0x106>
80404e80:	855a                	mv	a0,s6
80404e82:	00001097          	auipc	ra,0x1
80404e86:	b1e080e7          	jalr	-1250(ra) # 804059a0 <brelse>
80404e8a:	40c00793          	li	a5,1036
80404e8e:	0327f063          	bgeu	a5,s2,80404eae <trim_blocks+0x168>
80404e92:	044a2783          	lw	a5,68(s4)
80404e96:	04fa2223          	sw	a5,68(s4)
80404e9a:	b709                	j	80404d9c <trim_blocks+0x56>
80404e9c:	855e                	mv	a0,s7
80404e9e:	00000097          	auipc	ra,0x0
80404ea2:	85a080e7          	jalr	-1958(ra) # 804046f8 <bfree>
80404ea6:	4781                	li	a5,0
80404ea8:	04fa2023          	sw	a5,64(s4)
80404eac:	bf95                	j	80404e20 <trim_blocks+0xda>
80404eae:	855e                	mv	a0,s7
80404eb0:	00000097          	auipc	ra,0x0
80404eb4:	848080e7          	jalr	-1976(ra) # 804046f8 <bfree>
80404eb8:	4781                	li	a5,0
80404eba:	04fa2223          	sw	a5,68(s4)
80404ebe:	bdf9                	j	80404d9c <trim_blocks+0x56>

80404ec0 <inum_valid>:
80404ec0:	c901                	beqz	a0,80404ed0 <inum_valid+0x10>
80404ec2:	8041e7b7          	lui	a5,0x8041e
80404ec6:	6f07a783          	lw	a5,1776(a5) # 8041e6f0 <sb+0xc>
80404eca:	00f53533          	sltu	a0,a0,a5
80404ece:	8082                	ret
80404ed0:	4501                	li	a0,0
80404ed2:	8082                	ret

80404ed4 <iget>:
80404ed4:	85aa                	mv	a1,a0
80404ed6:	c919                	beqz	a0,80404eec <iget+0x18>
80404ed8:	8041e7b7          	lui	a5,0x8041e
80404edc:	6f07a783          	lw	a5,1776(a5) # 8041e6f0 <sb+0xc>
80404ee0:	00f57663          	bgeu	a0,a5,80404eec <iget+0x18>
80404ee4:	00000317          	auipc	t1,0x0
80404ee8:	99430067          	jr	-1644(t1) # 80404878 <iget.part.0>
80404eec:	80407537          	lui	a0,0x80407
80404ef0:	1141                	add	sp,sp,-16
80404ef2:	d3050513          	add	a0,a0,-720 # 80406d30 <exfs_ops+0xb8>
80404ef6:	c606                	sw	ra,12(sp)
80404ef8:	fffff097          	auipc	ra,0xfffff
80404efc:	704080e7          	jalr	1796(ra) # 804045fc <panic>

80404f00 <istat>:
80404f00:	1141                	add	sp,sp,-16
80404f02:	8041d7b7          	lui	a5,0x8041d
80404f06:	c422                	sw	s0,8(sp)
80404f08:	c226                	sw	s1,4(sp)
80404f0a:	c04a                	sw	s2,0(sp)
80404f0c:	84b2                	mv	s1,a2
80404f0e:	c606                	sw	ra,12(sp)
80404f10:	4e478613          	add	a2,a5,1252 # 8041d4e4 <inodes>
80404f14:	842a                	mv	s0,a0
80404f16:	892e                	mv	s2,a1
80404f18:	4e478793          	add	a5,a5,1252
80404f1c:	4701                	li	a4,0
80404f1e:	04000813          	li	a6,64
80404f22:	a031                	j	80404f2e <istat+0x2e>
80404f24:	0705                	add	a4,a4,1
80404f26:	04878793          	add	a5,a5,72
80404f2a:	03070963          	beq	a4,a6,80404f5c <istat+0x5c>
80404f2e:	43d4                	lw	a3,4(a5)
80404f30:	fed05ae3          	blez	a3,80404f24 <istat+0x24>
80404f34:	4394                	lw	a3,0(a5)
80404f36:	fe8697e3          	bne	a3,s0,80404f24 <istat+0x24>
80404f3a:	00371793          	sll	a5,a4,0x3
80404f3e:	97ba                	add	a5,a5,a4
80404f40:	078e                	sll	a5,a5,0x3
80404f42:	97b2                	add	a5,a5,a2
80404f44:	0087d703          	lhu	a4,8(a5)
80404f48:	47dc                	lw	a5,12(a5)
80404f4a:	40b2                	lw	ra,12(sp)
80404f4c:	4422                	lw	s0,8(sp)
80404f4e:	00e91023          	sh	a4,0(s2)
80404f52:	c09c                	sw	a5,0(s1)
80404f54:	4902                	lw	s2,0(sp)
80404f56:	4492                	lw	s1,4(sp)
80404f58:	0141                	add	sp,sp,16
80404f5a:	8082                	ret
80404f5c:	8041e7b7          	lui	a5,0x8041e
80404f60:	6fc7a783          	lw	a5,1788(a5) # 8041e6fc <sb+0x18>
80404f64:	00645513          	srl	a0,s0,0x6
80404f68:	03f47413          	and	s0,s0,63
80404f6c:	953e                	add	a0,a0,a5
80404f6e:	00001097          	auipc	ra,0x1
80404f72:	9b8080e7          	jalr	-1608(ra) # 80405926 <bread>
80404f76:	041a                	sll	s0,s0,0x6
80404f78:	01850793          	add	a5,a0,24
80404f7c:	97a2                	add	a5,a5,s0
80404f7e:	0007d703          	lhu	a4,0(a5)
80404f82:	43dc                	lw	a5,4(a5)
80404f84:	4422                	lw	s0,8(sp)
80404f86:	00e91023          	sh	a4,0(s2)
80404f8a:	40b2                	lw	ra,12(sp)
80404f8c:	4902                	lw	s2,0(sp)
80404f8e:	c09c                	sw	a5,0(s1)
80404f90:	4492                	lw	s1,4(sp)
80404f92:	0141                	add	sp,sp,16
80404f94:	00001317          	auipc	t1,0x1
80404f98:	a0c30067          	jr	-1524(t1) # 804059a0 <brelse>

80404f9c <ialloc>:
80404f9c:	7179                	add	sp,sp,-48
80404f9e:	d226                	sw	s1,36(sp)
80404fa0:	8041e4b7          	lui	s1,0x8041e
80404fa4:	6e448493          	add	s1,s1,1764 # 8041e6e4 <sb>
80404fa8:	44dc                	lw	a5,12(s1)
80404faa:	d422                	sw	s0,40(sp)
80404fac:	d04a                	sw	s2,32(sp)
80404fae:	ce4e                	sw	s3,28(sp)
80404fb0:	d606                	sw	ra,44(sp)
80404fb2:	4409                	li	s0,2
80404fb4:	89aa                	mv	s3,a0
80404fb6:	892e                	mv	s2,a1
80404fb8:	02f47163          	bgeu	s0,a5,80404fda <ialloc+0x3e>
80404fbc:	0070                	add	a2,sp,12
80404fbe:	00a10593          	add	a1,sp,10
80404fc2:	8522                	mv	a0,s0
80404fc4:	00000097          	auipc	ra,0x0
80404fc8:	f3c080e7          	jalr	-196(ra) # 80404f00 <istat>
80404fcc:	00a15783          	lhu	a5,10(sp)
80404fd0:	cf89                	beqz	a5,80404fea <ialloc+0x4e>
80404fd2:	44dc                	lw	a5,12(s1)
80404fd4:	0405                	add	s0,s0,1
80404fd6:	fef463e3          	bltu	s0,a5,80404fbc <ialloc+0x20>
80404fda:	5511                	li	a0,-28
80404fdc:	50b2                	lw	ra,44(sp)
80404fde:	5422                	lw	s0,40(sp)
80404fe0:	5492                	lw	s1,36(sp)
80404fe2:	5902                	lw	s2,32(sp)
80404fe4:	49f2                	lw	s3,28(sp)
80404fe6:	6145                	add	sp,sp,48
80404fe8:	8082                	ret
80404fea:	44dc                	lw	a5,12(s1)
80404fec:	04f47763          	bgeu	s0,a5,8040503a <ialloc+0x9e>
80404ff0:	8522                	mv	a0,s0
80404ff2:	00000097          	auipc	ra,0x0
80404ff6:	886080e7          	jalr	-1914(ra) # 80404878 <iget.part.0>
80404ffa:	842a                	mv	s0,a0
80404ffc:	5521                	li	a0,-24
80404ffe:	dc79                	beqz	s0,80404fdc <ialloc+0x40>
80405000:	04000613          	li	a2,64
80405004:	4581                	li	a1,0
80405006:	00840513          	add	a0,s0,8
8040500a:	00001097          	auipc	ra,0x1
8040500e:	a64080e7          	jalr	-1436(ra) # 80405a6e <memset>
80405012:	4785                	li	a5,1
80405014:	01341423          	sh	s3,8(s0)
80405018:	8522                	mv	a0,s0
8040501a:	00f41523          	sh	a5,10(s0)
8040501e:	00000097          	auipc	ra,0x0
80405022:	cb8080e7          	jalr	-840(ra) # 80404cd6 <iupdate>
80405026:	50b2                	lw	ra,44(sp)
80405028:	00892023          	sw	s0,0(s2)
8040502c:	5422                	lw	s0,40(sp)
8040502e:	5492                	lw	s1,36(sp)
80405030:	5902                	lw	s2,32(sp)
80405032:	49f2                	lw	s3,28(sp)
80405034:	4501                	li	a0,0
80405036:	6145                	add	sp,sp,48
80405038:	8082                	ret
8040503a:	80407537          	lui	a0,0x80407
8040503e:	85a2                	mv	a1,s0
80405040:	d3050513          	add	a0,a0,-720 # 80406d30 <exfs_ops+0xb8>
80405044:	fffff097          	auipc	ra,0xfffff
80405048:	5b8080e7          	jalr	1464(ra) # 804045fc <panic>

8040504c <iput>:
8040504c:	415c                	lw	a5,4(a0)
8040504e:	1141                	add	sp,sp,-16
80405050:	c422                	sw	s0,8(sp)
80405052:	c606                	sw	ra,12(sp)
80405054:	842a                	mv	s0,a0
80405056:	04f05a63          	blez	a5,804050aa <iput+0x5e>
8040505a:	4705                	li	a4,1
8040505c:	00e78863          	beq	a5,a4,8040506c <iput+0x20>
80405060:	17fd                	add	a5,a5,-1
80405062:	40b2                	lw	ra,12(sp)
80405064:	c05c                	sw	a5,4(s0)
80405066:	4422                	lw	s0,8(sp)
80405068:	0141                	add	sp,sp,16
8040506a:	8082                	ret
8040506c:	00a55703          	lhu	a4,10(a0)
80405070:	fb65                	bnez	a4,80405060 <iput+0x14>
80405072:	4581                	li	a1,0
80405074:	00052623          	sw	zero,12(a0)
80405078:	00000097          	auipc	ra,0x0
8040507c:	cce080e7          	jalr	-818(ra) # 80404d46 <trim_blocks>
80405080:	04000613          	li	a2,64
80405084:	4581                	li	a1,0
80405086:	00840513          	add	a0,s0,8
8040508a:	00001097          	auipc	ra,0x1
8040508e:	9e4080e7          	jalr	-1564(ra) # 80405a6e <memset>
80405092:	8522                	mv	a0,s0
80405094:	00000097          	auipc	ra,0x0
80405098:	c42080e7          	jalr	-958(ra) # 80404cd6 <iupdate>
8040509c:	405c                	lw	a5,4(s0)
8040509e:	40b2                	lw	ra,12(sp)
804050a0:	17fd                	add	a5,a5,-1
804050a2:	c05c                	sw	a5,4(s0)
804050a4:	4422                	lw	s0,8(sp)
804050a6:	0141                	add	sp,sp,16
804050a8:	8082                	ret
804050aa:	410c                	lw	a1,0(a0)
804050ac:	80407537          	lui	a0,0x80407
804050b0:	d4c50513          	add	a0,a0,-692 # 80406d4c <exfs_ops+0xd4>
804050b4:	fffff097          	auipc	ra,0xfffff
804050b8:	548080e7          	jalr	1352(ra) # 804045fc <panic>

804050bc <itrunc>:
804050bc:	1101                	add	sp,sp,-32
804050be:	cc22                	sw	s0,24(sp)
804050c0:	ca26                	sw	s1,20(sp)
804050c2:	c64e                	sw	s3,12(sp)
804050c4:	ce06                	sw	ra,28(sp)
804050c6:	c84a                	sw	s2,16(sp)
804050c8:	c452                	sw	s4,8(sp)
804050ca:	c256                	sw	s5,4(sp)
804050cc:	89aa                	mv	s3,a0
804050ce:	00052623          	sw	zero,12(a0)
804050d2:	01050413          	add	s0,a0,16
804050d6:	04050493          	add	s1,a0,64
804050da:	a021                	j	804050e2 <itrunc+0x26>
804050dc:	0411                	add	s0,s0,4
804050de:	00940d63          	beq	s0,s1,804050f8 <itrunc+0x3c>
804050e2:	4008                	lw	a0,0(s0)
804050e4:	dd65                	beqz	a0,804050dc <itrunc+0x20>
804050e6:	fffff097          	auipc	ra,0xfffff
804050ea:	612080e7          	jalr	1554(ra) # 804046f8 <bfree>
804050ee:	0411                	add	s0,s0,4
804050f0:	fe042e23          	sw	zero,-4(s0)
804050f4:	fe9417e3          	bne	s0,s1,804050e2 <itrunc+0x26>
804050f8:	0409aa03          	lw	s4,64(s3)
804050fc:	020a1363          	bnez	s4,80405122 <itrunc+0x66>
80405100:	0449aa83          	lw	s5,68(s3)
80405104:	060a9a63          	bnez	s5,80405178 <itrunc+0xbc>
80405108:	4462                	lw	s0,24(sp)
8040510a:	40f2                	lw	ra,28(sp)
8040510c:	44d2                	lw	s1,20(sp)
8040510e:	4942                	lw	s2,16(sp)
80405110:	4a22                	lw	s4,8(sp)
80405112:	4a92                	lw	s5,4(sp)
80405114:	854e                	mv	a0,s3
80405116:	49b2                	lw	s3,12(sp)
80405118:	6105                	add	sp,sp,32
8040511a:	00000317          	auipc	t1,0x0
8040511e:	bbc30067          	jr	-1092(t1) # 80404cd6 <iupdate>
80405122:	8552                	mv	a0,s4
80405124:	6485                	lui	s1,0x1
80405126:	00001097          	auipc	ra,0x1
8040512a:	800080e7          	jalr	-2048(ra) # 80405926 <bread>
8040512e:	04e1                	add	s1,s1,24 # 1018 <errno+0x1018>
80405130:	892a                	mv	s2,a0
80405132:	01850413          	add	s0,a0,24
80405136:	94aa                	add	s1,s1,a0
80405138:	4008                	lw	a0,0(s0)
8040513a:	cd01                	beqz	a0,80405152 <itrunc+0x96>
8040513c:	fffff097          	auipc	ra,0xfffff
80405140:	5bc080e7          	jalr	1468(ra) # 804046f8 <bfree>
80405144:	854a                	mv	a0,s2
80405146:	00042023          	sw	zero,0(s0)
8040514a:	00001097          	auipc	ra,0x1
8040514e:	850080e7          	jalr	-1968(ra) # 8040599a <bdirty>
80405152:	0411                	add	s0,s0,4
80405154:	fe9412e3          	bne	s0,s1,80405138 <itrunc+0x7c>
80405158:	854a                	mv	a0,s2
8040515a:	00001097          	auipc	ra,0x1
8040515e:	846080e7          	jalr	-1978(ra) # 804059a0 <brelse>
80405162:	8552                	mv	a0,s4
80405164:	fffff097          	auipc	ra,0xfffff
80405168:	594080e7          	jalr	1428(ra) # 804046f8 <bfree>
8040516c:	0449aa83          	lw	s5,68(s3)
80405170:	0409a023          	sw	zero,64(s3)
80405174:	f80a8ae3          	beqz	s5,80405108 <itrunc+0x4c>
80405178:	8556                	mv	a0,s5
8040517a:	6905                	lui	s2,0x1
8040517c:	00000097          	auipc	ra,0x0
80405180:	7aa080e7          	jalr	1962(ra) # 80405926 <bread>
80405184:	0961                	add	s2,s2,24 # 1018 <errno+0x1018>
80405186:	8a2a                	mv	s4,a0
80405188:	01850413          	add	s0,a0,24
8040518c:	992a                	add	s2,s2,a0
8040518e:	40c00493          	li	s1,1036
80405192:	4008                	lw	a0,0(s0)
80405194:	85a6                	mv	a1,s1
80405196:	4681                	li	a3,0
80405198:	4605                	li	a2,1
8040519a:	cd01                	beqz	a0,804051b2 <itrunc+0xf6>
8040519c:	fffff097          	auipc	ra,0xfffff
804051a0:	5fe080e7          	jalr	1534(ra) # 8040479a <trim_indirect>
804051a4:	8552                	mv	a0,s4
804051a6:	00042023          	sw	zero,0(s0)
804051aa:	00000097          	auipc	ra,0x0
804051ae:	7f0080e7          	jalr	2032(ra) # 8040599a <bdirty>
804051b2:	0411                	add	s0,s0,4
804051b4:	40048493          	add	s1,s1,1024
804051b8:	fd241de3          	bne	s0,s2,80405192 <itrunc+0xd6>
804051bc:	8552                	mv	a0,s4
804051be:	00000097          	auipc	ra,0x0
804051c2:	7e2080e7          	jalr	2018(ra) # 804059a0 <brelse>
804051c6:	8556                	mv	a0,s5
804051c8:	fffff097          	auipc	ra,0xfffff
804051cc:	530080e7          	jalr	1328(ra) # 804046f8 <bfree>
804051d0:	0409a223          	sw	zero,68(s3)
804051d4:	bf15                	j	80405108 <itrunc+0x4c>

804051d6 <readi>:
804051d6:	715d                	add	sp,sp,-80
804051d8:	de4e                	sw	s3,60(sp)
804051da:	00c52983          	lw	s3,12(a0)
804051de:	c0ca                	sw	s2,64(sp)
804051e0:	c686                	sw	ra,76(sp)
804051e2:	c4a2                	sw	s0,72(sp)
804051e4:	c2a6                	sw	s1,68(sp)
804051e6:	dc52                	sw	s4,56(sp)
804051e8:	da56                	sw	s5,52(sp)
804051ea:	d85a                	sw	s6,48(sp)
804051ec:	d65e                	sw	s7,44(sp)
804051ee:	d462                	sw	s8,40(sp)
804051f0:	d266                	sw	s9,36(sp)
804051f2:	d06a                	sw	s10,32(sp)
804051f4:	ce6e                	sw	s11,28(sp)
804051f6:	c62e                	sw	a1,12(sp)
804051f8:	4901                	li	s2,0
804051fa:	0736f663          	bgeu	a3,s3,80405266 <readi+0x90>
804051fe:	40d989b3          	sub	s3,s3,a3
80405202:	8aaa                	mv	s5,a0
80405204:	8a36                	mv	s4,a3
80405206:	8b32                	mv	s6,a2
80405208:	0b376963          	bltu	a4,s3,804052ba <readi+0xe4>
8040520c:	4401                	li	s0,0
8040520e:	04098b63          	beqz	s3,80405264 <readi+0x8e>
80405212:	6c05                	lui	s8,0x1
80405214:	fffc0d13          	add	s10,s8,-1 # fff <errno+0xfff>
80405218:	8041ccb7          	lui	s9,0x8041c
8040521c:	008a05b3          	add	a1,s4,s0
80405220:	01a5f933          	and	s2,a1,s10
80405224:	408984b3          	sub	s1,s3,s0
80405228:	412c07b3          	sub	a5,s8,s2
8040522c:	81b1                	srl	a1,a1,0xc
8040522e:	4601                	li	a2,0
80405230:	8556                	mv	a0,s5
80405232:	0097f363          	bgeu	a5,s1,80405238 <readi+0x62>
80405236:	84be                	mv	s1,a5
80405238:	fffff097          	auipc	ra,0xfffff
8040523c:	7fc080e7          	jalr	2044(ra) # 80404a34 <bmap>
80405240:	008b0db3          	add	s11,s6,s0
80405244:	86a6                	mv	a3,s1
80405246:	4e4c8613          	add	a2,s9,1252 # 8041c4e4 <zero_block>
8040524a:	85ee                	mv	a1,s11
8040524c:	ed0d                	bnez	a0,80405286 <readi+0xb0>
8040524e:	4532                	lw	a0,12(sp)
80405250:	fffff097          	auipc	ra,0xfffff
80405254:	3e0080e7          	jalr	992(ra) # 80404630 <either_copyout>
80405258:	892a                	mv	s2,a0
8040525a:	04094d63          	bltz	s2,804052b4 <readi+0xde>
8040525e:	9426                	add	s0,s0,s1
80405260:	fb346ee3          	bltu	s0,s3,8040521c <readi+0x46>
80405264:	894e                	mv	s2,s3
80405266:	40b6                	lw	ra,76(sp)
80405268:	4426                	lw	s0,72(sp)
8040526a:	4496                	lw	s1,68(sp)
8040526c:	59f2                	lw	s3,60(sp)
8040526e:	5a62                	lw	s4,56(sp)
80405270:	5ad2                	lw	s5,52(sp)
80405272:	5b42                	lw	s6,48(sp)
80405274:	5bb2                	lw	s7,44(sp)
80405276:	5c22                	lw	s8,40(sp)
80405278:	5c92                	lw	s9,36(sp)
8040527a:	5d02                	lw	s10,32(sp)
8040527c:	4df2                	lw	s11,28(sp)
8040527e:	854a                	mv	a0,s2
80405280:	4906                	lw	s2,64(sp)
80405282:	6161                	add	sp,sp,80
80405284:	8082                	ret
80405286:	00000097          	auipc	ra,0x0
8040528a:	6a0080e7          	jalr	1696(ra) # 80405926 <bread>
8040528e:	8baa                	mv	s7,a0
80405290:	01850613          	add	a2,a0,24
80405294:	4532                	lw	a0,12(sp)
80405296:	964a                	add	a2,a2,s2
80405298:	86a6                	mv	a3,s1
8040529a:	85ee                	mv	a1,s11
8040529c:	fffff097          	auipc	ra,0xfffff
804052a0:	394080e7          	jalr	916(ra) # 80404630 <either_copyout>
804052a4:	892a                	mv	s2,a0
804052a6:	855e                	mv	a0,s7
804052a8:	00000097          	auipc	ra,0x0
804052ac:	6f8080e7          	jalr	1784(ra) # 804059a0 <brelse>
804052b0:	fa0957e3          	bgez	s2,8040525e <readi+0x88>
804052b4:	d84d                	beqz	s0,80405266 <readi+0x90>
804052b6:	8922                	mv	s2,s0
804052b8:	b77d                	j	80405266 <readi+0x90>
804052ba:	89ba                	mv	s3,a4
804052bc:	bf81                	j	8040520c <readi+0x36>

804052be <writei>:
804052be:	7139                	add	sp,sp,-64
804052c0:	de06                	sw	ra,60(sp)
804052c2:	dc22                	sw	s0,56(sp)
804052c4:	da26                	sw	s1,52(sp)
804052c6:	d84a                	sw	s2,48(sp)
804052c8:	d64e                	sw	s3,44(sp)
804052ca:	d452                	sw	s4,40(sp)
804052cc:	d256                	sw	s5,36(sp)
804052ce:	d05a                	sw	s6,32(sp)
804052d0:	ce5e                	sw	s7,28(sp)
804052d2:	cc62                	sw	s8,24(sp)
804052d4:	ca66                	sw	s9,20(sp)
804052d6:	c86a                	sw	s10,16(sp)
804052d8:	c66e                	sw	s11,12(sp)
804052da:	1806c463          	bltz	a3,80405462 <writei+0x1a4>
804052de:	800007b7          	lui	a5,0x80000
804052e2:	fff7c793          	not	a5,a5
804052e6:	8f95                	sub	a5,a5,a3
804052e8:	8b36                	mv	s6,a3
804052ea:	8aba                	mv	s5,a4
804052ec:	16e7eb63          	bltu	a5,a4,80405462 <writei+0x1a4>
804052f0:	8c2e                	mv	s8,a1
804052f2:	454c                	lw	a1,12(a0)
804052f4:	8baa                	mv	s7,a0
804052f6:	8cb2                	mv	s9,a2
804052f8:	0cd5e063          	bltu	a1,a3,804053b8 <writei+0xfa>
804052fc:	16070563          	beqz	a4,80405466 <writei+0x1a8>
80405300:	6d05                	lui	s10,0x1
80405302:	4401                	li	s0,0
80405304:	fffd0d93          	add	s11,s10,-1 # fff <errno+0xfff>
80405308:	a089                	j	8040534a <writei+0x8c>
8040530a:	00000097          	auipc	ra,0x0
8040530e:	61c080e7          	jalr	1564(ra) # 80405926 <bread>
80405312:	01850593          	add	a1,a0,24
80405316:	84aa                	mv	s1,a0
80405318:	95ce                	add	a1,a1,s3
8040531a:	008c8633          	add	a2,s9,s0
8040531e:	86ca                	mv	a3,s2
80405320:	8562                	mv	a0,s8
80405322:	fffff097          	auipc	ra,0xfffff
80405326:	328080e7          	jalr	808(ra) # 8040464a <either_copyin>
8040532a:	89aa                	mv	s3,a0
8040532c:	8526                	mv	a0,s1
8040532e:	00000097          	auipc	ra,0x0
80405332:	66c080e7          	jalr	1644(ra) # 8040599a <bdirty>
80405336:	8526                	mv	a0,s1
80405338:	00000097          	auipc	ra,0x0
8040533c:	668080e7          	jalr	1640(ra) # 804059a0 <brelse>
80405340:	0209ca63          	bltz	s3,80405374 <writei+0xb6>
80405344:	944a                	add	s0,s0,s2
80405346:	09547863          	bgeu	s0,s5,804053d6 <writei+0x118>
8040534a:	008b0a33          	add	s4,s6,s0
8040534e:	01ba79b3          	and	s3,s4,s11
80405352:	408a8933          	sub	s2,s5,s0
80405356:	413d07b3          	sub	a5,s10,s3
8040535a:	4605                	li	a2,1
8040535c:	00ca5593          	srl	a1,s4,0xc
80405360:	855e                	mv	a0,s7
80405362:	0127f363          	bgeu	a5,s2,80405368 <writei+0xaa>
80405366:	893e                	mv	s2,a5
80405368:	fffff097          	auipc	ra,0xfffff
8040536c:	6cc080e7          	jalr	1740(ra) # 80404a34 <bmap>
80405370:	fd49                	bnez	a0,8040530a <writei+0x4c>
80405372:	5991                	li	s3,-28
80405374:	00cba583          	lw	a1,12(s7)
80405378:	0145f563          	bgeu	a1,s4,80405382 <writei+0xc4>
8040537c:	014ba623          	sw	s4,12(s7)
80405380:	85d2                	mv	a1,s4
80405382:	6785                	lui	a5,0x1
80405384:	17fd                	add	a5,a5,-1 # fff <errno+0xfff>
80405386:	95be                	add	a1,a1,a5
80405388:	81b1                	srl	a1,a1,0xc
8040538a:	855e                	mv	a0,s7
8040538c:	00000097          	auipc	ra,0x0
80405390:	9ba080e7          	jalr	-1606(ra) # 80404d46 <trim_blocks>
80405394:	c011                	beqz	s0,80405398 <writei+0xda>
80405396:	89a2                	mv	s3,s0
80405398:	50f2                	lw	ra,60(sp)
8040539a:	5462                	lw	s0,56(sp)
8040539c:	54d2                	lw	s1,52(sp)
8040539e:	5942                	lw	s2,48(sp)
804053a0:	5a22                	lw	s4,40(sp)
804053a2:	5a92                	lw	s5,36(sp)
804053a4:	5b02                	lw	s6,32(sp)
804053a6:	4bf2                	lw	s7,28(sp)
804053a8:	4c62                	lw	s8,24(sp)
804053aa:	4cd2                	lw	s9,20(sp)
804053ac:	4d42                	lw	s10,16(sp)
804053ae:	4db2                	lw	s11,12(sp)
804053b0:	854e                	mv	a0,s3
804053b2:	59b2                	lw	s3,44(sp)
804053b4:	6121                	add	sp,sp,64
804053b6:	8082                	ret
804053b8:	6485                	lui	s1,0x1
804053ba:	fff48413          	add	s0,s1,-1 # fff <errno+0xfff>
804053be:	8c6d                	and	s0,s0,a1
804053c0:	e021                	bnez	s0,80405400 <writei+0x142>
804053c2:	ff1d                	bnez	a4,80405300 <writei+0x42>
804053c4:	00dba623          	sw	a3,12(s7)
804053c8:	00000097          	auipc	ra,0x0
804053cc:	90e080e7          	jalr	-1778(ra) # 80404cd6 <iupdate>
804053d0:	4401                	li	s0,0
804053d2:	89a2                	mv	s3,s0
804053d4:	b7d1                	j	80405398 <writei+0xda>
804053d6:	00cba783          	lw	a5,12(s7)
804053da:	9b22                	add	s6,s6,s0
804053dc:	0167fb63          	bgeu	a5,s6,804053f2 <writei+0x134>
804053e0:	016ba623          	sw	s6,12(s7)
804053e4:	855e                	mv	a0,s7
804053e6:	00000097          	auipc	ra,0x0
804053ea:	8f0080e7          	jalr	-1808(ra) # 80404cd6 <iupdate>
804053ee:	89a2                	mv	s3,s0
804053f0:	b765                	j	80405398 <writei+0xda>
804053f2:	855e                	mv	a0,s7
804053f4:	00000097          	auipc	ra,0x0
804053f8:	8e2080e7          	jalr	-1822(ra) # 80404cd6 <iupdate>
804053fc:	89a2                	mv	s3,s0
804053fe:	bf69                	j	80405398 <writei+0xda>
80405400:	4601                	li	a2,0
80405402:	81b1                	srl	a1,a1,0xc
80405404:	fffff097          	auipc	ra,0xfffff
80405408:	630080e7          	jalr	1584(ra) # 80404a34 <bmap>
8040540c:	e105                	bnez	a0,8040542c <writei+0x16e>
8040540e:	ee0a99e3          	bnez	s5,80405300 <writei+0x42>
80405412:	00cba783          	lw	a5,12(s7)
80405416:	0567f863          	bgeu	a5,s6,80405466 <writei+0x1a8>
8040541a:	016ba623          	sw	s6,12(s7)
8040541e:	855e                	mv	a0,s7
80405420:	00000097          	auipc	ra,0x0
80405424:	8b6080e7          	jalr	-1866(ra) # 80404cd6 <iupdate>
80405428:	4401                	li	s0,0
8040542a:	b765                	j	804053d2 <writei+0x114>
8040542c:	00000097          	auipc	ra,0x0
80405430:	4fa080e7          	jalr	1274(ra) # 80405926 <bread>
80405434:	892a                	mv	s2,a0
80405436:	0561                	add	a0,a0,24
80405438:	40848633          	sub	a2,s1,s0
8040543c:	4581                	li	a1,0
8040543e:	9522                	add	a0,a0,s0
80405440:	00000097          	auipc	ra,0x0
80405444:	62e080e7          	jalr	1582(ra) # 80405a6e <memset>
80405448:	854a                	mv	a0,s2
8040544a:	00000097          	auipc	ra,0x0
8040544e:	550080e7          	jalr	1360(ra) # 8040599a <bdirty>
80405452:	854a                	mv	a0,s2
80405454:	00000097          	auipc	ra,0x0
80405458:	54c080e7          	jalr	1356(ra) # 804059a0 <brelse>
8040545c:	ea0a92e3          	bnez	s5,80405300 <writei+0x42>
80405460:	bf4d                	j	80405412 <writei+0x154>
80405462:	5995                	li	s3,-27
80405464:	bf15                	j	80405398 <writei+0xda>
80405466:	855e                	mv	a0,s7
80405468:	00000097          	auipc	ra,0x0
8040546c:	86e080e7          	jalr	-1938(ra) # 80404cd6 <iupdate>
80405470:	4401                	li	s0,0
80405472:	b785                	j	804053d2 <writei+0x114>

80405474 <path_name>:
80405474:	00054783          	lbu	a5,0(a0)
80405478:	02f00713          	li	a4,47
8040547c:	00e79763          	bne	a5,a4,8040548a <path_name+0x16>
80405480:	00154783          	lbu	a5,1(a0)
80405484:	0505                	add	a0,a0,1
80405486:	fee78de3          	beq	a5,a4,80405480 <path_name+0xc>
8040548a:	cf95                	beqz	a5,804054c6 <path_name+0x52>
8040548c:	4701                	li	a4,0
8040548e:	02f00613          	li	a2,47
80405492:	486d                	li	a6,27
80405494:	a819                	j	804054aa <path_name+0x36>
80405496:	03070063          	beq	a4,a6,804054b6 <path_name+0x42>
8040549a:	0705                	add	a4,a4,1
8040549c:	00f68023          	sb	a5,0(a3)
804054a0:	00e507b3          	add	a5,a0,a4
804054a4:	0007c783          	lbu	a5,0(a5)
804054a8:	cb91                	beqz	a5,804054bc <path_name+0x48>
804054aa:	00e586b3          	add	a3,a1,a4
804054ae:	fec794e3          	bne	a5,a2,80405496 <path_name+0x22>
804054b2:	5579                	li	a0,-2
804054b4:	8082                	ret
804054b6:	fdc00513          	li	a0,-36
804054ba:	8082                	ret
804054bc:	95ba                	add	a1,a1,a4
804054be:	00058023          	sb	zero,0(a1)
804054c2:	4501                	li	a0,0
804054c4:	8082                	ret
804054c6:	00058023          	sb	zero,0(a1)
804054ca:	b7e5                	j	804054b2 <path_name+0x3e>

804054cc <dir_lookup>:
804054cc:	4558                	lw	a4,12(a0)
804054ce:	47fd                	li	a5,31
804054d0:	08e7f263          	bgeu	a5,a4,80405554 <dir_lookup+0x88>
804054d4:	7139                	add	sp,sp,-64
804054d6:	dc22                	sw	s0,56(sp)
804054d8:	da26                	sw	s1,52(sp)
804054da:	d84a                	sw	s2,48(sp)
804054dc:	d64e                	sw	s3,44(sp)
804054de:	de06                	sw	ra,60(sp)
804054e0:	84aa                	mv	s1,a0
804054e2:	892e                	mv	s2,a1
804054e4:	89b2                	mv	s3,a2
804054e6:	4401                	li	s0,0
804054e8:	a801                	j	804054f8 <dir_lookup+0x2c>
804054ea:	44d8                	lw	a4,12(s1)
804054ec:	04040793          	add	a5,s0,64
804054f0:	02040413          	add	s0,s0,32
804054f4:	04f76863          	bltu	a4,a5,80405544 <dir_lookup+0x78>
804054f8:	02000713          	li	a4,32
804054fc:	86a2                	mv	a3,s0
804054fe:	860a                	mv	a2,sp
80405500:	4581                	li	a1,0
80405502:	8526                	mv	a0,s1
80405504:	00000097          	auipc	ra,0x0
80405508:	cd2080e7          	jalr	-814(ra) # 804051d6 <readi>
8040550c:	02000793          	li	a5,32
80405510:	04f51463          	bne	a0,a5,80405558 <dir_lookup+0x8c>
80405514:	4502                	lw	a0,0(sp)
80405516:	00000097          	auipc	ra,0x0
8040551a:	9aa080e7          	jalr	-1622(ra) # 80404ec0 <inum_valid>
8040551e:	d571                	beqz	a0,804054ea <dir_lookup+0x1e>
80405520:	4671                	li	a2,28
80405522:	85ca                	mv	a1,s2
80405524:	0048                	add	a0,sp,4
80405526:	00000097          	auipc	ra,0x0
8040552a:	5e0080e7          	jalr	1504(ra) # 80405b06 <strncmp>
8040552e:	fd55                	bnez	a0,804054ea <dir_lookup+0x1e>
80405530:	0089a023          	sw	s0,0(s3)
80405534:	50f2                	lw	ra,60(sp)
80405536:	5462                	lw	s0,56(sp)
80405538:	4502                	lw	a0,0(sp)
8040553a:	54d2                	lw	s1,52(sp)
8040553c:	5942                	lw	s2,48(sp)
8040553e:	59b2                	lw	s3,44(sp)
80405540:	6121                	add	sp,sp,64
80405542:	8082                	ret
80405544:	50f2                	lw	ra,60(sp)
80405546:	5462                	lw	s0,56(sp)
80405548:	54d2                	lw	s1,52(sp)
8040554a:	5942                	lw	s2,48(sp)
8040554c:	59b2                	lw	s3,44(sp)
8040554e:	4501                	li	a0,0
80405550:	6121                	add	sp,sp,64
80405552:	8082                	ret
80405554:	4501                	li	a0,0
80405556:	8082                	ret
80405558:	80407537          	lui	a0,0x80407
8040555c:	d6450513          	add	a0,a0,-668 # 80406d64 <exfs_ops+0xec>
80405560:	fffff097          	auipc	ra,0xfffff
80405564:	09c080e7          	jalr	156(ra) # 804045fc <panic>

80405568 <fs_open>:
80405568:	7159                	add	sp,sp,-112
8040556a:	d0ca                	sw	s2,96(sp)
8040556c:	892e                	mv	s2,a1
8040556e:	084c                	add	a1,sp,20
80405570:	d2a6                	sw	s1,100(sp)
80405572:	d686                	sw	ra,108(sp)
80405574:	d4a2                	sw	s0,104(sp)
80405576:	cece                	sw	s3,92(sp)
80405578:	ccd2                	sw	s4,88(sp)
8040557a:	cad6                	sw	s5,84(sp)
8040557c:	84b2                	mv	s1,a2
8040557e:	00000097          	auipc	ra,0x0
80405582:	ef6080e7          	jalr	-266(ra) # 80405474 <path_name>
80405586:	00054863          	bltz	a0,80405596 <fs_open+0x2e>
8040558a:	fffff097          	auipc	ra,0xfffff
8040558e:	738080e7          	jalr	1848(ra) # 80404cc2 <fs_mounted>
80405592:	e919                	bnez	a0,804055a8 <fs_open+0x40>
80405594:	5579                	li	a0,-2
80405596:	50b6                	lw	ra,108(sp)
80405598:	5426                	lw	s0,104(sp)
8040559a:	5496                	lw	s1,100(sp)
8040559c:	5906                	lw	s2,96(sp)
8040559e:	49f6                	lw	s3,92(sp)
804055a0:	4a66                	lw	s4,88(sp)
804055a2:	4ad6                	lw	s5,84(sp)
804055a4:	6165                	add	sp,sp,112
804055a6:	8082                	ret
804055a8:	fffff097          	auipc	ra,0xfffff
804055ac:	724080e7          	jalr	1828(ra) # 80404ccc <fs_root>
804055b0:	0070                	add	a2,sp,12
804055b2:	084c                	add	a1,sp,20
804055b4:	89aa                	mv	s3,a0
804055b6:	00000097          	auipc	ra,0x0
804055ba:	f16080e7          	jalr	-234(ra) # 804054cc <dir_lookup>
804055be:	842a                	mv	s0,a0
804055c0:	e941                	bnez	a0,80405650 <fs_open+0xe8>
804055c2:	04097793          	and	a5,s2,64
804055c6:	d7f9                	beqz	a5,80405594 <fs_open+0x2c>
804055c8:	080c                	add	a1,sp,16
804055ca:	4505                	li	a0,1
804055cc:	00000097          	auipc	ra,0x0
804055d0:	9d0080e7          	jalr	-1584(ra) # 80404f9c <ialloc>
804055d4:	fc0541e3          	bltz	a0,80405596 <fs_open+0x2e>
804055d8:	47c2                	lw	a5,16(sp)
804055da:	0007aa83          	lw	s5,0(a5)
804055de:	a00d                	j	80405600 <fs_open+0x98>
804055e0:	02000713          	li	a4,32
804055e4:	86d2                	mv	a3,s4
804055e6:	1810                	add	a2,sp,48
804055e8:	4581                	li	a1,0
804055ea:	854e                	mv	a0,s3
804055ec:	00000097          	auipc	ra,0x0
804055f0:	bea080e7          	jalr	-1046(ra) # 804051d6 <readi>
804055f4:	02000793          	li	a5,32
804055f8:	0af51663          	bne	a0,a5,804056a4 <fs_open+0x13c>
804055fc:	57c2                	lw	a5,48(sp)
804055fe:	cb81                	beqz	a5,8040560e <fs_open+0xa6>
80405600:	00c9a783          	lw	a5,12(s3)
80405604:	8a22                	mv	s4,s0
80405606:	02040413          	add	s0,s0,32
8040560a:	fc87fbe3          	bgeu	a5,s0,804055e0 <fs_open+0x78>
8040560e:	02000613          	li	a2,32
80405612:	4581                	li	a1,0
80405614:	1808                	add	a0,sp,48
80405616:	00000097          	auipc	ra,0x0
8040561a:	458080e7          	jalr	1112(ra) # 80405a6e <memset>
8040561e:	4671                	li	a2,28
80405620:	084c                	add	a1,sp,20
80405622:	1848                	add	a0,sp,52
80405624:	d856                	sw	s5,48(sp)
80405626:	00000097          	auipc	ra,0x0
8040562a:	50e080e7          	jalr	1294(ra) # 80405b34 <strlcpy_k>
8040562e:	02000713          	li	a4,32
80405632:	86d2                	mv	a3,s4
80405634:	1810                	add	a2,sp,48
80405636:	4581                	li	a1,0
80405638:	854e                	mv	a0,s3
8040563a:	00000097          	auipc	ra,0x0
8040563e:	c84080e7          	jalr	-892(ra) # 804052be <writei>
80405642:	02000793          	li	a5,32
80405646:	04f51063          	bne	a0,a5,80405686 <fs_open+0x11e>
8040564a:	4542                	lw	a0,16(sp)
8040564c:	c088                	sw	a0,0(s1)
8040564e:	a039                	j	8040565c <fs_open+0xf4>
80405650:	00000097          	auipc	ra,0x0
80405654:	884080e7          	jalr	-1916(ra) # 80404ed4 <iget>
80405658:	c088                	sw	a0,0(s1)
8040565a:	c505                	beqz	a0,80405682 <fs_open+0x11a>
8040565c:	00855703          	lhu	a4,8(a0)
80405660:	4785                	li	a5,1
80405662:	02f71b63          	bne	a4,a5,80405698 <fs_open+0x130>
80405666:	20097793          	and	a5,s2,512
8040566a:	c781                	beqz	a5,80405672 <fs_open+0x10a>
8040566c:	00397793          	and	a5,s2,3
80405670:	e399                	bnez	a5,80405676 <fs_open+0x10e>
80405672:	4501                	li	a0,0
80405674:	b70d                	j	80405596 <fs_open+0x2e>
80405676:	00000097          	auipc	ra,0x0
8040567a:	a46080e7          	jalr	-1466(ra) # 804050bc <itrunc>
8040567e:	4501                	li	a0,0
80405680:	bf19                	j	80405596 <fs_open+0x2e>
80405682:	5521                	li	a0,-24
80405684:	bf09                	j	80405596 <fs_open+0x2e>
80405686:	4542                	lw	a0,16(sp)
80405688:	00051523          	sh	zero,10(a0)
8040568c:	00000097          	auipc	ra,0x0
80405690:	9c0080e7          	jalr	-1600(ra) # 8040504c <iput>
80405694:	5511                	li	a0,-28
80405696:	b701                	j	80405596 <fs_open+0x2e>
80405698:	00000097          	auipc	ra,0x0
8040569c:	9b4080e7          	jalr	-1612(ra) # 8040504c <iput>
804056a0:	552d                	li	a0,-21
804056a2:	bdd5                	j	80405596 <fs_open+0x2e>
804056a4:	80407537          	lui	a0,0x80407
804056a8:	d6450513          	add	a0,a0,-668 # 80406d64 <exfs_ops+0xec>
804056ac:	fffff097          	auipc	ra,0xfffff
804056b0:	f50080e7          	jalr	-176(ra) # 804045fc <panic>

804056b4 <fs_unlink>:
804056b4:	715d                	add	sp,sp,-80
804056b6:	004c                	add	a1,sp,4
804056b8:	c4a2                	sw	s0,72(sp)
804056ba:	c686                	sw	ra,76(sp)
804056bc:	c2a6                	sw	s1,68(sp)
804056be:	c0ca                	sw	s2,64(sp)
804056c0:	00000097          	auipc	ra,0x0
804056c4:	db4080e7          	jalr	-588(ra) # 80405474 <path_name>
804056c8:	842a                	mv	s0,a0
804056ca:	00054863          	bltz	a0,804056da <fs_unlink+0x26>
804056ce:	fffff097          	auipc	ra,0xfffff
804056d2:	5f4080e7          	jalr	1524(ra) # 80404cc2 <fs_mounted>
804056d6:	e909                	bnez	a0,804056e8 <fs_unlink+0x34>
804056d8:	5479                	li	s0,-2
804056da:	40b6                	lw	ra,76(sp)
804056dc:	8522                	mv	a0,s0
804056de:	4426                	lw	s0,72(sp)
804056e0:	4496                	lw	s1,68(sp)
804056e2:	4906                	lw	s2,64(sp)
804056e4:	6161                	add	sp,sp,80
804056e6:	8082                	ret
804056e8:	fffff097          	auipc	ra,0xfffff
804056ec:	5e4080e7          	jalr	1508(ra) # 80404ccc <fs_root>
804056f0:	860a                	mv	a2,sp
804056f2:	004c                	add	a1,sp,4
804056f4:	84aa                	mv	s1,a0
804056f6:	00000097          	auipc	ra,0x0
804056fa:	dd6080e7          	jalr	-554(ra) # 804054cc <dir_lookup>
804056fe:	dd69                	beqz	a0,804056d8 <fs_unlink+0x24>
80405700:	fffff097          	auipc	ra,0xfffff
80405704:	7d4080e7          	jalr	2004(ra) # 80404ed4 <iget>
80405708:	892a                	mv	s2,a0
8040570a:	c11d                	beqz	a0,80405730 <fs_unlink+0x7c>
8040570c:	00855703          	lhu	a4,8(a0)
80405710:	4785                	li	a5,1
80405712:	02f70163          	beq	a4,a5,80405734 <fs_unlink+0x80>
80405716:	542d                	li	s0,-21
80405718:	854a                	mv	a0,s2
8040571a:	00000097          	auipc	ra,0x0
8040571e:	932080e7          	jalr	-1742(ra) # 8040504c <iput>
80405722:	40b6                	lw	ra,76(sp)
80405724:	8522                	mv	a0,s0
80405726:	4426                	lw	s0,72(sp)
80405728:	4496                	lw	s1,68(sp)
8040572a:	4906                	lw	s2,64(sp)
8040572c:	6161                	add	sp,sp,80
8040572e:	8082                	ret
80405730:	5421                	li	s0,-24
80405732:	b765                	j	804056da <fs_unlink+0x26>
80405734:	02000613          	li	a2,32
80405738:	4581                	li	a1,0
8040573a:	1008                	add	a0,sp,32
8040573c:	00000097          	auipc	ra,0x0
80405740:	332080e7          	jalr	818(ra) # 80405a6e <memset>
80405744:	4682                	lw	a3,0(sp)
80405746:	02000713          	li	a4,32
8040574a:	1010                	add	a2,sp,32
8040574c:	4581                	li	a1,0
8040574e:	8526                	mv	a0,s1
80405750:	00000097          	auipc	ra,0x0
80405754:	b6e080e7          	jalr	-1170(ra) # 804052be <writei>
80405758:	00a95783          	lhu	a5,10(s2)
8040575c:	854a                	mv	a0,s2
8040575e:	17fd                	add	a5,a5,-1
80405760:	00f91523          	sh	a5,10(s2)
80405764:	fffff097          	auipc	ra,0xfffff
80405768:	572080e7          	jalr	1394(ra) # 80404cd6 <iupdate>
8040576c:	b775                	j	80405718 <fs_unlink+0x64>

8040576e <fs_readdir>:
8040576e:	715d                	add	sp,sp,-80
80405770:	c0ca                	sw	s2,64(sp)
80405772:	de4e                	sw	s3,60(sp)
80405774:	da56                	sw	s5,52(sp)
80405776:	c686                	sw	ra,76(sp)
80405778:	c4a2                	sw	s0,72(sp)
8040577a:	c2a6                	sw	s1,68(sp)
8040577c:	dc52                	sw	s4,56(sp)
8040577e:	89aa                	mv	s3,a0
80405780:	8aae                	mv	s5,a1
80405782:	8932                	mv	s2,a2
80405784:	fffff097          	auipc	ra,0xfffff
80405788:	53e080e7          	jalr	1342(ra) # 80404cc2 <fs_mounted>
8040578c:	c141                	beqz	a0,8040580c <fs_readdir+0x9e>
8040578e:	fffff097          	auipc	ra,0xfffff
80405792:	53e080e7          	jalr	1342(ra) # 80404ccc <fs_root>
80405796:	4558                	lw	a4,12(a0)
80405798:	47fd                	li	a5,31
8040579a:	84aa                	mv	s1,a0
8040579c:	06e7f863          	bgeu	a5,a4,8040580c <fs_readdir+0x9e>
804057a0:	4401                	li	s0,0
804057a2:	4a05                	li	s4,1
804057a4:	a801                	j	804057b4 <fs_readdir+0x46>
804057a6:	44d8                	lw	a4,12(s1)
804057a8:	04040793          	add	a5,s0,64
804057ac:	02040413          	add	s0,s0,32
804057b0:	04f76e63          	bltu	a4,a5,8040580c <fs_readdir+0x9e>
804057b4:	02000713          	li	a4,32
804057b8:	86a2                	mv	a3,s0
804057ba:	0810                	add	a2,sp,16
804057bc:	4581                	li	a1,0
804057be:	8526                	mv	a0,s1
804057c0:	00000097          	auipc	ra,0x0
804057c4:	a16080e7          	jalr	-1514(ra) # 804051d6 <readi>
804057c8:	02000793          	li	a5,32
804057cc:	06f51563          	bne	a0,a5,80405836 <fs_readdir+0xc8>
804057d0:	4542                	lw	a0,16(sp)
804057d2:	fffff097          	auipc	ra,0xfffff
804057d6:	6ee080e7          	jalr	1774(ra) # 80404ec0 <inum_valid>
804057da:	d571                	beqz	a0,804057a6 <fs_readdir+0x38>
804057dc:	4542                	lw	a0,16(sp)
804057de:	864a                	mv	a2,s2
804057e0:	00e10593          	add	a1,sp,14
804057e4:	fffff097          	auipc	ra,0xfffff
804057e8:	71c080e7          	jalr	1820(ra) # 80404f00 <istat>
804057ec:	00e15783          	lhu	a5,14(sp)
804057f0:	fb479be3          	bne	a5,s4,804057a6 <fs_readdir+0x38>
804057f4:	fff98793          	add	a5,s3,-1
804057f8:	02098463          	beqz	s3,80405820 <fs_readdir+0xb2>
804057fc:	44d8                	lw	a4,12(s1)
804057fe:	89be                	mv	s3,a5
80405800:	04040793          	add	a5,s0,64
80405804:	02040413          	add	s0,s0,32
80405808:	faf776e3          	bgeu	a4,a5,804057b4 <fs_readdir+0x46>
8040580c:	5579                	li	a0,-2
8040580e:	40b6                	lw	ra,76(sp)
80405810:	4426                	lw	s0,72(sp)
80405812:	4496                	lw	s1,68(sp)
80405814:	4906                	lw	s2,64(sp)
80405816:	59f2                	lw	s3,60(sp)
80405818:	5a62                	lw	s4,56(sp)
8040581a:	5ad2                	lw	s5,52(sp)
8040581c:	6161                	add	sp,sp,80
8040581e:	8082                	ret
80405820:	466d                	li	a2,27
80405822:	084c                	add	a1,sp,20
80405824:	8556                	mv	a0,s5
80405826:	00000097          	auipc	ra,0x0
8040582a:	28a080e7          	jalr	650(ra) # 80405ab0 <memcpy>
8040582e:	4501                	li	a0,0
80405830:	000a8da3          	sb	zero,27(s5)
80405834:	bfe9                	j	8040580e <fs_readdir+0xa0>
80405836:	80407537          	lui	a0,0x80407
8040583a:	d6450513          	add	a0,a0,-668 # 80406d64 <exfs_ops+0xec>
8040583e:	fffff097          	auipc	ra,0xfffff
80405842:	dbe080e7          	jalr	-578(ra) # 804045fc <panic>

80405846 <bget>:
80405846:	8041e7b7          	lui	a5,0x8041e
8040584a:	1141                	add	sp,sp,-16
8040584c:	70878793          	add	a5,a5,1800 # 8041e708 <lru>
80405850:	c422                	sw	s0,8(sp)
80405852:	4bc0                	lw	s0,20(a5)
80405854:	c226                	sw	s1,4(sp)
80405856:	c606                	sw	ra,12(sp)
80405858:	84aa                	mv	s1,a0
8040585a:	00f40a63          	beq	s0,a5,8040586e <bget+0x28>
8040585e:	4018                	lw	a4,0(s0)
80405860:	c701                	beqz	a4,80405868 <bget+0x22>
80405862:	4418                	lw	a4,8(s0)
80405864:	04970e63          	beq	a4,s1,804058c0 <bget+0x7a>
80405868:	4840                	lw	s0,20(s0)
8040586a:	fef41ae3          	bne	s0,a5,8040585e <bget+0x18>
8040586e:	4b80                	lw	s0,16(a5)
80405870:	00f41663          	bne	s0,a5,8040587c <bget+0x36>
80405874:	a8b9                	j	804058d2 <bget+0x8c>
80405876:	4800                	lw	s0,16(s0)
80405878:	04f40d63          	beq	s0,a5,804058d2 <bget+0x8c>
8040587c:	4458                	lw	a4,12(s0)
8040587e:	ff65                	bnez	a4,80405876 <bget+0x30>
80405880:	401c                	lw	a5,0(s0)
80405882:	ef81                	bnez	a5,8040589a <bget+0x54>
80405884:	4785                	li	a5,1
80405886:	c404                	sw	s1,8(s0)
80405888:	40b2                	lw	ra,12(sp)
8040588a:	00042023          	sw	zero,0(s0)
8040588e:	c45c                	sw	a5,12(s0)
80405890:	8522                	mv	a0,s0
80405892:	4422                	lw	s0,8(sp)
80405894:	4492                	lw	s1,4(sp)
80405896:	0141                	add	sp,sp,16
80405898:	8082                	ret
8040589a:	405c                	lw	a5,4(s0)
8040589c:	d7e5                	beqz	a5,80405884 <bget+0x3e>
8040589e:	4408                	lw	a0,8(s0)
804058a0:	01840613          	add	a2,s0,24
804058a4:	45a1                	li	a1,8
804058a6:	050e                	sll	a0,a0,0x3
804058a8:	fffff097          	auipc	ra,0xfffff
804058ac:	df8080e7          	jalr	-520(ra) # 804046a0 <disk_write>
804058b0:	804077b7          	lui	a5,0x80407
804058b4:	4705                	li	a4,1
804058b6:	00042223          	sw	zero,4(s0)
804058ba:	10e7a823          	sw	a4,272(a5) # 80407110 <unflushed>
804058be:	b7d9                	j	80405884 <bget+0x3e>
804058c0:	445c                	lw	a5,12(s0)
804058c2:	40b2                	lw	ra,12(sp)
804058c4:	8522                	mv	a0,s0
804058c6:	0785                	add	a5,a5,1
804058c8:	c45c                	sw	a5,12(s0)
804058ca:	4422                	lw	s0,8(sp)
804058cc:	4492                	lw	s1,4(sp)
804058ce:	0141                	add	sp,sp,16
804058d0:	8082                	ret
804058d2:	80407537          	lui	a0,0x80407
804058d6:	d8450513          	add	a0,a0,-636 # 80406d84 <exfs_ops+0x10c>
804058da:	fffff097          	auipc	ra,0xfffff
804058de:	d22080e7          	jalr	-734(ra) # 804045fc <panic>

804058e2 <bio_init>:
804058e2:	8041e6b7          	lui	a3,0x8041e
804058e6:	8041f7b7          	lui	a5,0x8041f
804058ea:	00040637          	lui	a2,0x40
804058ee:	70868713          	add	a4,a3,1800 # 8041e708 <lru>
804058f2:	72078793          	add	a5,a5,1824 # 8041f720 <bufs>
804058f6:	60060613          	add	a2,a2,1536 # 40600 <errno+0x40600>
804058fa:	6585                	lui	a1,0x1
804058fc:	70868513          	add	a0,a3,1800
80405900:	cb18                	sw	a4,16(a4)
80405902:	963e                	add	a2,a2,a5
80405904:	70868693          	add	a3,a3,1800
80405908:	05e1                	add	a1,a1,24 # 1018 <errno+0x1018>
8040590a:	cbd4                	sw	a3,20(a5)
8040590c:	8736                	mv	a4,a3
8040590e:	cb88                	sw	a0,16(a5)
80405910:	86be                	mv	a3,a5
80405912:	cb1c                	sw	a5,16(a4)
80405914:	97ae                	add	a5,a5,a1
80405916:	fec79ae3          	bne	a5,a2,8040590a <bio_init+0x28>
8040591a:	8045f7b7          	lui	a5,0x8045f
8040591e:	d0878793          	add	a5,a5,-760 # 8045ed08 <bufs+0x3f5e8>
80405922:	c95c                	sw	a5,20(a0)
80405924:	8082                	ret

80405926 <bread>:
80405926:	1141                	add	sp,sp,-16
80405928:	c422                	sw	s0,8(sp)
8040592a:	c226                	sw	s1,4(sp)
8040592c:	c606                	sw	ra,12(sp)
8040592e:	84aa                	mv	s1,a0
80405930:	00000097          	auipc	ra,0x0
80405934:	f16080e7          	jalr	-234(ra) # 80405846 <bget>
80405938:	411c                	lw	a5,0(a0)
8040593a:	842a                	mv	s0,a0
8040593c:	c799                	beqz	a5,8040594a <bread+0x24>
8040593e:	40b2                	lw	ra,12(sp)
80405940:	8522                	mv	a0,s0
80405942:	4422                	lw	s0,8(sp)
80405944:	4492                	lw	s1,4(sp)
80405946:	0141                	add	sp,sp,16
80405948:	8082                	ret
8040594a:	01850613          	add	a2,a0,24
8040594e:	45a1                	li	a1,8
80405950:	00349513          	sll	a0,s1,0x3
80405954:	fffff097          	auipc	ra,0xfffff
80405958:	d18080e7          	jalr	-744(ra) # 8040466c <disk_read>
8040595c:	4785                	li	a5,1
8040595e:	40b2                	lw	ra,12(sp)
80405960:	c01c                	sw	a5,0(s0)
80405962:	8522                	mv	a0,s0
80405964:	4422                	lw	s0,8(sp)
80405966:	4492                	lw	s1,4(sp)
80405968:	0141                	add	sp,sp,16
8040596a:	8082                	ret

8040596c <bclear>:
8040596c:	1141                	add	sp,sp,-16
8040596e:	c606                	sw	ra,12(sp)
80405970:	c422                	sw	s0,8(sp)
80405972:	00000097          	auipc	ra,0x0
80405976:	ed4080e7          	jalr	-300(ra) # 80405846 <bget>
8040597a:	842a                	mv	s0,a0
8040597c:	6605                	lui	a2,0x1
8040597e:	4581                	li	a1,0
80405980:	0561                	add	a0,a0,24
80405982:	00000097          	auipc	ra,0x0
80405986:	0ec080e7          	jalr	236(ra) # 80405a6e <memset>
8040598a:	4785                	li	a5,1
8040598c:	40b2                	lw	ra,12(sp)
8040598e:	c01c                	sw	a5,0(s0)
80405990:	c05c                	sw	a5,4(s0)
80405992:	8522                	mv	a0,s0
80405994:	4422                	lw	s0,8(sp)
80405996:	0141                	add	sp,sp,16
80405998:	8082                	ret

8040599a <bdirty>:
8040599a:	4785                	li	a5,1
8040599c:	c15c                	sw	a5,4(a0)
8040599e:	8082                	ret

804059a0 <brelse>:
804059a0:	455c                	lw	a5,12(a0)
804059a2:	02f05263          	blez	a5,804059c6 <brelse+0x26>
804059a6:	4910                	lw	a2,16(a0)
804059a8:	4954                	lw	a3,20(a0)
804059aa:	17fd                	add	a5,a5,-1
804059ac:	c55c                	sw	a5,12(a0)
804059ae:	8041e7b7          	lui	a5,0x8041e
804059b2:	ca54                	sw	a3,20(a2)
804059b4:	70878793          	add	a5,a5,1800 # 8041e708 <lru>
804059b8:	4bd8                	lw	a4,20(a5)
804059ba:	ca90                	sw	a2,16(a3)
804059bc:	c91c                	sw	a5,16(a0)
804059be:	c958                	sw	a4,20(a0)
804059c0:	cb08                	sw	a0,16(a4)
804059c2:	cbc8                	sw	a0,20(a5)
804059c4:	8082                	ret
804059c6:	80407537          	lui	a0,0x80407
804059ca:	1141                	add	sp,sp,-16
804059cc:	da450513          	add	a0,a0,-604 # 80406da4 <exfs_ops+0x12c>
804059d0:	c606                	sw	ra,12(sp)
804059d2:	fffff097          	auipc	ra,0xfffff
804059d6:	c2a080e7          	jalr	-982(ra) # 804045fc <panic>

804059da <bio_flush>:
804059da:	1101                	add	sp,sp,-32
804059dc:	cc22                	sw	s0,24(sp)
804059de:	ca26                	sw	s1,20(sp)
804059e0:	c64e                	sw	s3,12(sp)
804059e2:	804604b7          	lui	s1,0x80460
804059e6:	8041f9b7          	lui	s3,0x8041f
804059ea:	6405                	lui	s0,0x1
804059ec:	c452                	sw	s4,8(sp)
804059ee:	c256                	sw	s5,4(sp)
804059f0:	ce06                	sw	ra,28(sp)
804059f2:	c84a                	sw	s2,16(sp)
804059f4:	72098993          	add	s3,s3,1824 # 8041f720 <bufs>
804059f8:	d2048493          	add	s1,s1,-736 # 8045fd20 <__bss_end>
804059fc:	80407a37          	lui	s4,0x80407
80405a00:	0461                	add	s0,s0,24 # 1018 <errno+0x1018>
80405a02:	4a85                	li	s5,1
80405a04:	87ce                	mv	a5,s3
80405a06:	4901                	li	s2,0
80405a08:	4398                	lw	a4,0(a5)
80405a0a:	cb19                	beqz	a4,80405a20 <bio_flush+0x46>
80405a0c:	43d8                	lw	a4,4(a5)
80405a0e:	cb09                	beqz	a4,80405a20 <bio_flush+0x46>
80405a10:	00090763          	beqz	s2,80405a1e <bio_flush+0x44>
80405a14:	4794                	lw	a3,8(a5)
80405a16:	00892703          	lw	a4,8(s2)
80405a1a:	00e6f363          	bgeu	a3,a4,80405a20 <bio_flush+0x46>
80405a1e:	893e                	mv	s2,a5
80405a20:	97a2                	add	a5,a5,s0
80405a22:	fef493e3          	bne	s1,a5,80405a08 <bio_flush+0x2e>
80405a26:	02090163          	beqz	s2,80405a48 <bio_flush+0x6e>
80405a2a:	00892503          	lw	a0,8(s2)
80405a2e:	01890613          	add	a2,s2,24
80405a32:	45a1                	li	a1,8
80405a34:	050e                	sll	a0,a0,0x3
80405a36:	fffff097          	auipc	ra,0xfffff
80405a3a:	c6a080e7          	jalr	-918(ra) # 804046a0 <disk_write>
80405a3e:	00092223          	sw	zero,4(s2)
80405a42:	115a2823          	sw	s5,272(s4) # 80407110 <unflushed>
80405a46:	bf7d                	j	80405a04 <bio_flush+0x2a>
80405a48:	110a2783          	lw	a5,272(s4)
80405a4c:	eb91                	bnez	a5,80405a60 <bio_flush+0x86>
80405a4e:	40f2                	lw	ra,28(sp)
80405a50:	4462                	lw	s0,24(sp)
80405a52:	44d2                	lw	s1,20(sp)
80405a54:	4942                	lw	s2,16(sp)
80405a56:	49b2                	lw	s3,12(sp)
80405a58:	4a22                	lw	s4,8(sp)
80405a5a:	4a92                	lw	s5,4(sp)
80405a5c:	6105                	add	sp,sp,32
80405a5e:	8082                	ret
80405a60:	fffff097          	auipc	ra,0xfffff
80405a64:	c74080e7          	jalr	-908(ra) # 804046d4 <disk_flush>
80405a68:	100a2823          	sw	zero,272(s4)
80405a6c:	b7cd                	j	80405a4e <bio_flush+0x74>

80405a6e <memset>:
80405a6e:	00c56733          	or	a4,a0,a2
80405a72:	8b0d                	and	a4,a4,3
80405a74:	87aa                	mv	a5,a0
80405a76:	cf01                	beqz	a4,80405a8e <memset+0x20>
80405a78:	0ff5f593          	zext.b	a1,a1
80405a7c:	00c50733          	add	a4,a0,a2
80405a80:	c61d                	beqz	a2,80405aae <memset+0x40>
80405a82:	00b78023          	sb	a1,0(a5)
80405a86:	0785                	add	a5,a5,1
80405a88:	fee79de3          	bne	a5,a4,80405a82 <memset+0x14>
80405a8c:	8082                	ret
80405a8e:	0ff5f593          	zext.b	a1,a1
80405a92:	00859693          	sll	a3,a1,0x8
80405a96:	96ae                	add	a3,a3,a1
80405a98:	01069793          	sll	a5,a3,0x10
80405a9c:	96be                	add	a3,a3,a5
80405a9e:	d67d                	beqz	a2,80405a8c <memset+0x1e>
80405aa0:	00e507b3          	add	a5,a0,a4
80405aa4:	c394                	sw	a3,0(a5)
80405aa6:	0711                	add	a4,a4,4
80405aa8:	fec76ce3          	bltu	a4,a2,80405aa0 <memset+0x32>
80405aac:	8082                	ret
80405aae:	8082                	ret

80405ab0 <memcpy>:
80405ab0:	00b567b3          	or	a5,a0,a1
80405ab4:	8fd1                	or	a5,a5,a2
80405ab6:	8b8d                	and	a5,a5,3
80405ab8:	cf91                	beqz	a5,80405ad4 <memcpy+0x24>
80405aba:	87aa                	mv	a5,a0
80405abc:	00c586b3          	add	a3,a1,a2
80405ac0:	c60d                	beqz	a2,80405aea <memcpy+0x3a>
80405ac2:	0005c703          	lbu	a4,0(a1)
80405ac6:	0585                	add	a1,a1,1
80405ac8:	0785                	add	a5,a5,1
80405aca:	fee78fa3          	sb	a4,-1(a5)
80405ace:	fed59ae3          	bne	a1,a3,80405ac2 <memcpy+0x12>
80405ad2:	8082                	ret
80405ad4:	de7d                	beqz	a2,80405ad2 <memcpy+0x22>
80405ad6:	00f58733          	add	a4,a1,a5
80405ada:	4314                	lw	a3,0(a4)
80405adc:	00f50733          	add	a4,a0,a5
80405ae0:	0791                	add	a5,a5,4
80405ae2:	c314                	sw	a3,0(a4)
80405ae4:	fec7e9e3          	bltu	a5,a2,80405ad6 <memcpy+0x26>
80405ae8:	8082                	ret
80405aea:	8082                	ret

80405aec <strlen>:
80405aec:	00054783          	lbu	a5,0(a0)
80405af0:	872a                	mv	a4,a0
80405af2:	4501                	li	a0,0
80405af4:	cb81                	beqz	a5,80405b04 <strlen+0x18>
80405af6:	0505                	add	a0,a0,1
80405af8:	00a707b3          	add	a5,a4,a0
80405afc:	0007c783          	lbu	a5,0(a5)
80405b00:	fbfd                	bnez	a5,80405af6 <strlen+0xa>
80405b02:	8082                	ret
80405b04:	8082                	ret

80405b06 <strncmp>:
80405b06:	c20d                	beqz	a2,80405b28 <strncmp+0x22>
80405b08:	962a                	add	a2,a2,a0
80405b0a:	a021                	j	80405b12 <strncmp+0xc>
80405b0c:	c385                	beqz	a5,80405b2c <strncmp+0x26>
80405b0e:	00c50d63          	beq	a0,a2,80405b28 <strncmp+0x22>
80405b12:	0005c783          	lbu	a5,0(a1)
80405b16:	00054703          	lbu	a4,0(a0)
80405b1a:	0585                	add	a1,a1,1
80405b1c:	0505                	add	a0,a0,1
80405b1e:	fef707e3          	beq	a4,a5,80405b0c <strncmp+0x6>
80405b22:	40f70533          	sub	a0,a4,a5
80405b26:	8082                	ret
80405b28:	4501                	li	a0,0
80405b2a:	8082                	ret
80405b2c:	4701                	li	a4,0
80405b2e:	40f70533          	sub	a0,a4,a5
80405b32:	8082                	ret

80405b34 <strlcpy_k>:
80405b34:	4785                	li	a5,1
80405b36:	882a                	mv	a6,a0
80405b38:	02c7f563          	bgeu	a5,a2,80405b62 <strlcpy_k+0x2e>
80405b3c:	962e                	add	a2,a2,a1
80405b3e:	872a                	mv	a4,a0
80405b40:	fff60893          	add	a7,a2,-1 # fff <errno+0xfff>
80405b44:	87ae                	mv	a5,a1
80405b46:	a801                	j	80405b56 <strlcpy_k+0x22>
80405b48:	00d70023          	sb	a3,0(a4)
80405b4c:	00180713          	add	a4,a6,1 # 10001 <errno+0x10001>
80405b50:	01160c63          	beq	a2,a7,80405b68 <strlcpy_k+0x34>
80405b54:	87b2                	mv	a5,a2
80405b56:	0007c683          	lbu	a3,0(a5)
80405b5a:	00178613          	add	a2,a5,1
80405b5e:	883a                	mv	a6,a4
80405b60:	f6e5                	bnez	a3,80405b48 <strlcpy_k+0x14>
80405b62:	00080023          	sb	zero,0(a6)
80405b66:	8082                	ret
80405b68:	8f8d                	sub	a5,a5,a1
80405b6a:	0785                	add	a5,a5,1
80405b6c:	00f50833          	add	a6,a0,a5
80405b70:	00080023          	sb	zero,0(a6)
80405b74:	8082                	ret
