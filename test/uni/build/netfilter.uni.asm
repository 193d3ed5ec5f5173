
build/netfilter.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00008197          	auipc	gp,0x8
80400004:	89818193          	add	gp,gp,-1896 # 80407898 <__global_pointer$>
80400008:	00018117          	auipc	sp,0x18
8040000c:	db810113          	add	sp,sp,-584 # 80417dc0 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00007297          	auipc	t0,0x7
80400016:	09e28293          	add	t0,t0,158 # 804070b0 <seq>
8040001a:	0001b317          	auipc	t1,0x1b
8040001e:	6d630313          	add	t1,t1,1750 # 8041b6f0 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00007297          	auipc	t0,0x7
8040003e:	07628293          	add	t0,t0,118 # 804070b0 <seq>
80400042:	00007317          	auipc	t1,0x7
80400046:	07230313          	add	t1,t1,114 # 804070b4 <mine>
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
8040007c:	03830313          	add	t1,t1,56 # 804070b0 <seq>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00001097          	auipc	ra,0x1
8040009a:	208080e7          	jalr	520(ra) # 8040129e <uni_runtime_start>
8040009e:	a001                	j	8040009e <_start+0x9e>

804000a0 <main>:
804000a0:	711d                	add	sp,sp,-96
804000a2:	cca2                	sw	s0,88(sp)
804000a4:	c6ce                	sw	s3,76(sp)
804000a6:	ce86                	sw	ra,92(sp)
804000a8:	caa6                	sw	s1,84(sp)
804000aa:	c8ca                	sw	s2,80(sp)
804000ac:	c4d2                	sw	s4,72(sp)
804000ae:	4785                	li	a5,1
804000b0:	842a                	mv	s0,a0
804000b2:	89ae                	mv	s3,a1
804000b4:	0aa7d263          	bge	a5,a0,80400158 <main+0xb8>
804000b8:	41c4                	lw	s1,4(a1)
804000ba:	804055b7          	lui	a1,0x80405
804000be:	09c58593          	add	a1,a1,156 # 8040509c <strnlen+0x292>
804000c2:	8526                	mv	a0,s1
804000c4:	00003097          	auipc	ra,0x3
804000c8:	432080e7          	jalr	1074(ra) # 804034f6 <strcmp>
804000cc:	c959                	beqz	a0,80400162 <main+0xc2>
804000ce:	80407937          	lui	s2,0x80407
804000d2:	0b490513          	add	a0,s2,180 # 804070b4 <mine>
804000d6:	00003097          	auipc	ra,0x3
804000da:	970080e7          	jalr	-1680(ra) # 80402a46 <uni_net_mac>
804000de:	10054163          	bltz	a0,804001e0 <main+0x140>
804000e2:	804055b7          	lui	a1,0x80405
804000e6:	12458593          	add	a1,a1,292 # 80405124 <strnlen+0x31a>
804000ea:	8526                	mv	a0,s1
804000ec:	00003097          	auipc	ra,0x3
804000f0:	40a080e7          	jalr	1034(ra) # 804034f6 <strcmp>
804000f4:	12050763          	beqz	a0,80400222 <main+0x182>
804000f8:	804055b7          	lui	a1,0x80405
804000fc:	40458593          	add	a1,a1,1028 # 80405404 <strnlen+0x5fa>
80400100:	8526                	mv	a0,s1
80400102:	00003097          	auipc	ra,0x3
80400106:	3f4080e7          	jalr	1012(ra) # 804034f6 <strcmp>
8040010a:	e56d                	bnez	a0,804001f4 <main+0x154>
8040010c:	4789                	li	a5,2
8040010e:	5287d763          	bge	a5,s0,8040063c <main+0x59c>
80400112:	0089a683          	lw	a3,8(s3)
80400116:	52068363          	beqz	a3,8040063c <main+0x59c>
8040011a:	4e25                	li	t3,9
8040011c:	4315                	li	t1,5
8040011e:	03a00e93          	li	t4,58
80400122:	00268813          	add	a6,a3,2
80400126:	4781                	li	a5,0
80400128:	0006c583          	lbu	a1,0(a3)
8040012c:	fd058713          	add	a4,a1,-48
80400130:	f9f58613          	add	a2,a1,-97
80400134:	0ff77893          	zext.b	a7,a4
80400138:	0ff67613          	zext.b	a2,a2
8040013c:	011e7663          	bgeu	t3,a7,80400148 <main+0xa8>
80400140:	4ec36e63          	bltu	t1,a2,8040063c <main+0x59c>
80400144:	fa958713          	add	a4,a1,-87
80400148:	0792                	sll	a5,a5,0x4
8040014a:	00168613          	add	a2,a3,1
8040014e:	8fd9                	or	a5,a5,a4
80400150:	0b060c63          	beq	a2,a6,80400208 <main+0x168>
80400154:	86b2                	mv	a3,a2
80400156:	bfc9                	j	80400128 <main+0x88>
80400158:	804054b7          	lui	s1,0x80405
8040015c:	12048493          	add	s1,s1,288 # 80405120 <strnlen+0x316>
80400160:	bfa9                	j	804000ba <main+0x1a>
80400162:	80407437          	lui	s0,0x80407
80400166:	62840513          	add	a0,s0,1576 # 80407628 <f.3>
8040016a:	00001097          	auipc	ra,0x1
8040016e:	990080e7          	jalr	-1648(ra) # 80400afa <test_filter>
80400172:	62840513          	add	a0,s0,1576
80400176:	00003097          	auipc	ra,0x3
8040017a:	ba2080e7          	jalr	-1118(ra) # 80402d18 <uni_net_filter>
8040017e:	85aa                	mv	a1,a0
80400180:	80405537          	lui	a0,0x80405
80400184:	0a450513          	add	a0,a0,164 # 804050a4 <strnlen+0x29a>
80400188:	5635                	li	a2,-19
8040018a:	00001097          	auipc	ra,0x1
8040018e:	cc6080e7          	jalr	-826(ra) # 80400e50 <expect>
80400192:	4511                	li	a0,4
80400194:	62840593          	add	a1,s0,1576
80400198:	03000893          	li	a7,48
8040019c:	00000073          	ecall
804001a0:	85aa                	mv	a1,a0
804001a2:	80405537          	lui	a0,0x80405
804001a6:	5635                	li	a2,-19
804001a8:	0d850513          	add	a0,a0,216 # 804050d8 <strnlen+0x2ce>
804001ac:	00001097          	auipc	ra,0x1
804001b0:	ca4080e7          	jalr	-860(ra) # 80400e50 <expect>
804001b4:	80407437          	lui	s0,0x80407
804001b8:	0bc42583          	lw	a1,188(s0) # 804070bc <failures>
804001bc:	80405537          	lui	a0,0x80405
804001c0:	0ec50513          	add	a0,a0,236 # 804050ec <strnlen+0x2e2>
804001c4:	00003097          	auipc	ra,0x3
804001c8:	34a080e7          	jalr	842(ra) # 8040350e <printf>
804001cc:	0bc42503          	lw	a0,188(s0)
804001d0:	40f6                	lw	ra,92(sp)
804001d2:	4466                	lw	s0,88(sp)
804001d4:	44d6                	lw	s1,84(sp)
804001d6:	4946                	lw	s2,80(sp)
804001d8:	49b6                	lw	s3,76(sp)
804001da:	4a26                	lw	s4,72(sp)
804001dc:	6125                	add	sp,sp,96
804001de:	8082                	ret
804001e0:	80405537          	lui	a0,0x80405
804001e4:	10050513          	add	a0,a0,256 # 80405100 <strnlen+0x2f6>
804001e8:	00003097          	auipc	ra,0x3
804001ec:	326080e7          	jalr	806(ra) # 8040350e <printf>
804001f0:	4505                	li	a0,1
804001f2:	bff9                	j	804001d0 <main+0x130>
804001f4:	80405537          	lui	a0,0x80405
804001f8:	4ac50513          	add	a0,a0,1196 # 804054ac <strnlen+0x6a2>
804001fc:	00003097          	auipc	ra,0x3
80400200:	312080e7          	jalr	786(ra) # 8040350e <printf>
80400204:	4505                	li	a0,1
80400206:	b7e9                	j	804001d0 <main+0x130>
80400208:	1858                	add	a4,sp,52
8040020a:	972a                	add	a4,a4,a0
8040020c:	00f70023          	sb	a5,0(a4)
80400210:	00084783          	lbu	a5,0(a6)
80400214:	42650e63          	beq	a0,t1,80400650 <main+0x5b0>
80400218:	43d79263          	bne	a5,t4,8040063c <main+0x59c>
8040021c:	0689                	add	a3,a3,2
8040021e:	0505                	add	a0,a0,1
80400220:	b709                	j	80400122 <main+0x82>
80400222:	0b490913          	add	s2,s2,180
80400226:	00594803          	lbu	a6,5(s2)
8040022a:	00394703          	lbu	a4,3(s2)
8040022e:	00294683          	lbu	a3,2(s2)
80400232:	00494783          	lbu	a5,4(s2)
80400236:	00194603          	lbu	a2,1(s2)
8040023a:	00094583          	lbu	a1,0(s2)
8040023e:	80405537          	lui	a0,0x80405
80400242:	12c50513          	add	a0,a0,300 # 8040512c <strnlen+0x322>
80400246:	00003097          	auipc	ra,0x3
8040024a:	2c8080e7          	jalr	712(ra) # 8040350e <printf>
8040024e:	80401537          	lui	a0,0x80401
80400252:	aa250513          	add	a0,a0,-1374 # 80400aa2 <too_many_rules>
80400256:	00001097          	auipc	ra,0x1
8040025a:	95c080e7          	jalr	-1700(ra) # 80400bb2 <spoiled>
8040025e:	85aa                	mv	a1,a0
80400260:	80405537          	lui	a0,0x80405
80400264:	5629                	li	a2,-22
80400266:	15850513          	add	a0,a0,344 # 80405158 <strnlen+0x34e>
8040026a:	00001097          	auipc	ra,0x1
8040026e:	be6080e7          	jalr	-1050(ra) # 80400e50 <expect>
80400272:	80401537          	lui	a0,0x80401
80400276:	aa850513          	add	a0,a0,-1368 # 80400aa8 <no_atoms>
8040027a:	00001097          	auipc	ra,0x1
8040027e:	938080e7          	jalr	-1736(ra) # 80400bb2 <spoiled>
80400282:	85aa                	mv	a1,a0
80400284:	80405537          	lui	a0,0x80405
80400288:	5629                	li	a2,-22
8040028a:	18850513          	add	a0,a0,392 # 80405188 <strnlen+0x37e>
8040028e:	00001097          	auipc	ra,0x1
80400292:	bc2080e7          	jalr	-1086(ra) # 80400e50 <expect>
80400296:	80401537          	lui	a0,0x80401
8040029a:	aae50513          	add	a0,a0,-1362 # 80400aae <too_many_atoms>
8040029e:	00001097          	auipc	ra,0x1
804002a2:	914080e7          	jalr	-1772(ra) # 80400bb2 <spoiled>
804002a6:	85aa                	mv	a1,a0
804002a8:	80405537          	lui	a0,0x80405
804002ac:	5629                	li	a2,-22
804002ae:	1a450513          	add	a0,a0,420 # 804051a4 <strnlen+0x39a>
804002b2:	00001097          	auipc	ra,0x1
804002b6:	b9e080e7          	jalr	-1122(ra) # 80400e50 <expect>
804002ba:	80401537          	lui	a0,0x80401
804002be:	ab450513          	add	a0,a0,-1356 # 80400ab4 <width_3>
804002c2:	00001097          	auipc	ra,0x1
804002c6:	8f0080e7          	jalr	-1808(ra) # 80400bb2 <spoiled>
804002ca:	85aa                	mv	a1,a0
804002cc:	80405537          	lui	a0,0x80405
804002d0:	5629                	li	a2,-22
804002d2:	1d450513          	add	a0,a0,468 # 804051d4 <strnlen+0x3ca>
804002d6:	00001097          	auipc	ra,0x1
804002da:	b7a080e7          	jalr	-1158(ra) # 80400e50 <expect>
804002de:	80401537          	lui	a0,0x80401
804002e2:	abc50513          	add	a0,a0,-1348 # 80400abc <width_0>
804002e6:	00001097          	auipc	ra,0x1
804002ea:	8cc080e7          	jalr	-1844(ra) # 80400bb2 <spoiled>
804002ee:	85aa                	mv	a1,a0
804002f0:	80405537          	lui	a0,0x80405
804002f4:	5629                	li	a2,-22
804002f6:	1e450513          	add	a0,a0,484 # 804051e4 <strnlen+0x3da>
804002fa:	00001097          	auipc	ra,0x1
804002fe:	b56080e7          	jalr	-1194(ra) # 80400e50 <expect>
80400302:	80401537          	lui	a0,0x80401
80400306:	ac250513          	add	a0,a0,-1342 # 80400ac2 <past_mtu>
8040030a:	00001097          	auipc	ra,0x1
8040030e:	8a8080e7          	jalr	-1880(ra) # 80400bb2 <spoiled>
80400312:	85aa                	mv	a1,a0
80400314:	80405537          	lui	a0,0x80405
80400318:	5629                	li	a2,-22
8040031a:	1f450513          	add	a0,a0,500 # 804051f4 <strnlen+0x3ea>
8040031e:	00001097          	auipc	ra,0x1
80400322:	b32080e7          	jalr	-1230(ra) # 80400e50 <expect>
80400326:	80401537          	lui	a0,0x80401
8040032a:	acc50513          	add	a0,a0,-1332 # 80400acc <straddles_mtu>
8040032e:	00001097          	auipc	ra,0x1
80400332:	884080e7          	jalr	-1916(ra) # 80400bb2 <spoiled>
80400336:	85aa                	mv	a1,a0
80400338:	80405537          	lui	a0,0x80405
8040033c:	5629                	li	a2,-22
8040033e:	21850513          	add	a0,a0,536 # 80405218 <strnlen+0x40e>
80400342:	00001097          	auipc	ra,0x1
80400346:	b0e080e7          	jalr	-1266(ra) # 80400e50 <expect>
8040034a:	80401537          	lui	a0,0x80401
8040034e:	ad650513          	add	a0,a0,-1322 # 80400ad6 <mask_above_width>
80400352:	00001097          	auipc	ra,0x1
80400356:	860080e7          	jalr	-1952(ra) # 80400bb2 <spoiled>
8040035a:	85aa                	mv	a1,a0
8040035c:	80405537          	lui	a0,0x80405
80400360:	5629                	li	a2,-22
80400362:	24450513          	add	a0,a0,580 # 80405244 <strnlen+0x43a>
80400366:	00001097          	auipc	ra,0x1
8040036a:	aea080e7          	jalr	-1302(ra) # 80400e50 <expect>
8040036e:	80401537          	lui	a0,0x80401
80400372:	ade50513          	add	a0,a0,-1314 # 80400ade <value_outside_mask>
80400376:	00001097          	auipc	ra,0x1
8040037a:	83c080e7          	jalr	-1988(ra) # 80400bb2 <spoiled>
8040037e:	85aa                	mv	a1,a0
80400380:	80405537          	lui	a0,0x80405
80400384:	5629                	li	a2,-22
80400386:	26850513          	add	a0,a0,616 # 80405268 <strnlen+0x45e>
8040038a:	00001097          	auipc	ra,0x1
8040038e:	ac6080e7          	jalr	-1338(ra) # 80400e50 <expect>
80400392:	80401537          	lui	a0,0x80401
80400396:	ae650513          	add	a0,a0,-1306 # 80400ae6 <pad>
8040039a:	00001097          	auipc	ra,0x1
8040039e:	818080e7          	jalr	-2024(ra) # 80400bb2 <spoiled>
804003a2:	85aa                	mv	a1,a0
804003a4:	80405537          	lui	a0,0x80405
804003a8:	5629                	li	a2,-22
804003aa:	28c50513          	add	a0,a0,652 # 8040528c <strnlen+0x482>
804003ae:	00001097          	auipc	ra,0x1
804003b2:	aa2080e7          	jalr	-1374(ra) # 80400e50 <expect>
804003b6:	80401537          	lui	a0,0x80401
804003ba:	aee50513          	add	a0,a0,-1298 # 80400aee <unused_atom>
804003be:	00000097          	auipc	ra,0x0
804003c2:	7f4080e7          	jalr	2036(ra) # 80400bb2 <spoiled>
804003c6:	85aa                	mv	a1,a0
804003c8:	80405537          	lui	a0,0x80405
804003cc:	5629                	li	a2,-22
804003ce:	2a450513          	add	a0,a0,676 # 804052a4 <strnlen+0x49a>
804003d2:	00001097          	auipc	ra,0x1
804003d6:	a7e080e7          	jalr	-1410(ra) # 80400e50 <expect>
804003da:	80401537          	lui	a0,0x80401
804003de:	af450513          	add	a0,a0,-1292 # 80400af4 <unused_rule>
804003e2:	00000097          	auipc	ra,0x0
804003e6:	7d0080e7          	jalr	2000(ra) # 80400bb2 <spoiled>
804003ea:	85aa                	mv	a1,a0
804003ec:	80405537          	lui	a0,0x80405
804003f0:	5629                	li	a2,-22
804003f2:	2c450513          	add	a0,a0,708 # 804052c4 <strnlen+0x4ba>
804003f6:	00001097          	auipc	ra,0x1
804003fa:	a5a080e7          	jalr	-1446(ra) # 80400e50 <expect>
804003fe:	4541                	li	a0,16
80400400:	00003097          	auipc	ra,0x3
80400404:	918080e7          	jalr	-1768(ra) # 80402d18 <uni_net_filter>
80400408:	85aa                	mv	a1,a0
8040040a:	80405537          	lui	a0,0x80405
8040040e:	5649                	li	a2,-14
80400410:	2e450513          	add	a0,a0,740 # 804052e4 <strnlen+0x4da>
80400414:	00001097          	auipc	ra,0x1
80400418:	a3c080e7          	jalr	-1476(ra) # 80400e50 <expect>
8040041c:	804074b7          	lui	s1,0x80407
80400420:	1a400613          	li	a2,420
80400424:	4581                	li	a1,0
80400426:	2e048513          	add	a0,s1,736 # 804072e0 <f.1>
8040042a:	00003097          	auipc	ra,0x3
8040042e:	0bc080e7          	jalr	188(ra) # 804034e6 <memset>
80400432:	65a5                	lui	a1,0x9
80400434:	8b558593          	add	a1,a1,-1867 # 88b5 <errno+0x88b5>
80400438:	1848                	add	a0,sp,52
8040043a:	00003097          	auipc	ra,0x3
8040043e:	870080e7          	jalr	-1936(ra) # 80402caa <uni_net_atom_ethertype>
80400442:	57d2                	lw	a5,52(sp)
80400444:	860a                	mv	a2,sp
80400446:	4585                	li	a1,1
80400448:	c03e                	sw	a5,0(sp)
8040044a:	57e2                	lw	a5,56(sp)
8040044c:	2e048513          	add	a0,s1,736
80400450:	80000437          	lui	s0,0x80000
80400454:	c23e                	sw	a5,4(sp)
80400456:	57f2                	lw	a5,60(sp)
80400458:	00440913          	add	s2,s0,4 # 80000004 <errno+0x80000004>
8040045c:	c43e                	sw	a5,8(sp)
8040045e:	00003097          	auipc	ra,0x3
80400462:	85e080e7          	jalr	-1954(ra) # 80402cbc <uni_net_filter_add>
80400466:	85aa                	mv	a1,a0
80400468:	80405537          	lui	a0,0x80405
8040046c:	5629                	li	a2,-22
8040046e:	2fc50513          	add	a0,a0,764 # 804052fc <strnlen+0x4f2>
80400472:	00001097          	auipc	ra,0x1
80400476:	9de080e7          	jalr	-1570(ra) # 80400e50 <expect>
8040047a:	8722                	mv	a4,s0
8040047c:	4611                	li	a2,4
8040047e:	5e600593          	li	a1,1510
80400482:	1028                	add	a0,sp,40
80400484:	56fd                	li	a3,-1
80400486:	00003097          	auipc	ra,0x3
8040048a:	812080e7          	jalr	-2030(ra) # 80402c98 <uni_net_atom>
8040048e:	57a2                	lw	a5,40(sp)
80400490:	0405                	add	s0,s0,1
80400492:	860a                	mv	a2,sp
80400494:	c03e                	sw	a5,0(sp)
80400496:	57b2                	lw	a5,44(sp)
80400498:	4581                	li	a1,0
8040049a:	2e048513          	add	a0,s1,736
8040049e:	c23e                	sw	a5,4(sp)
804004a0:	57c2                	lw	a5,48(sp)
804004a2:	c43e                	sw	a5,8(sp)
804004a4:	00003097          	auipc	ra,0x3
804004a8:	818080e7          	jalr	-2024(ra) # 80402cbc <uni_net_filter_add>
804004ac:	fd2417e3          	bne	s0,s2,8040047a <main+0x3da>
804004b0:	6925                	lui	s2,0x9
804004b2:	8b590593          	add	a1,s2,-1867 # 88b5 <errno+0x88b5>
804004b6:	0868                	add	a0,sp,28
804004b8:	00002097          	auipc	ra,0x2
804004bc:	7f2080e7          	jalr	2034(ra) # 80402caa <uni_net_atom_ethertype>
804004c0:	47f2                	lw	a5,28(sp)
804004c2:	860a                	mv	a2,sp
804004c4:	4581                	li	a1,0
804004c6:	c03e                	sw	a5,0(sp)
804004c8:	5782                	lw	a5,32(sp)
804004ca:	2e048513          	add	a0,s1,736
804004ce:	80407437          	lui	s0,0x80407
804004d2:	c23e                	sw	a5,4(sp)
804004d4:	5792                	lw	a5,36(sp)
804004d6:	c43e                	sw	a5,8(sp)
804004d8:	00002097          	auipc	ra,0x2
804004dc:	7e4080e7          	jalr	2020(ra) # 80402cbc <uni_net_filter_add>
804004e0:	85aa                	mv	a1,a0
804004e2:	80405537          	lui	a0,0x80405
804004e6:	5629                	li	a2,-22
804004e8:	33050513          	add	a0,a0,816 # 80405330 <strnlen+0x526>
804004ec:	00001097          	auipc	ra,0x1
804004f0:	964080e7          	jalr	-1692(ra) # 80400e50 <expect>
804004f4:	2e048513          	add	a0,s1,736
804004f8:	00003097          	auipc	ra,0x3
804004fc:	820080e7          	jalr	-2016(ra) # 80402d18 <uni_net_filter>
80400500:	85aa                	mv	a1,a0
80400502:	80405537          	lui	a0,0x80405
80400506:	4601                	li	a2,0
80400508:	35450513          	add	a0,a0,852 # 80405354 <strnlen+0x54a>
8040050c:	00001097          	auipc	ra,0x1
80400510:	944080e7          	jalr	-1724(ra) # 80400e50 <expect>
80400514:	2e048513          	add	a0,s1,736
80400518:	00000097          	auipc	ra,0x0
8040051c:	5e2080e7          	jalr	1506(ra) # 80400afa <test_filter>
80400520:	2e048513          	add	a0,s1,736
80400524:	00002097          	auipc	ra,0x2
80400528:	7f4080e7          	jalr	2036(ra) # 80402d18 <uni_net_filter>
8040052c:	85aa                	mv	a1,a0
8040052e:	80405537          	lui	a0,0x80405
80400532:	4601                	li	a2,0
80400534:	38050513          	add	a0,a0,896 # 80405380 <strnlen+0x576>
80400538:	00001097          	auipc	ra,0x1
8040053c:	918080e7          	jalr	-1768(ra) # 80400e50 <expect>
80400540:	80407537          	lui	a0,0x80407
80400544:	1a000613          	li	a2,416
80400548:	4581                	li	a1,0
8040054a:	2e450513          	add	a0,a0,740 # 804072e4 <f.1+0x4>
8040054e:	2e04a023          	sw	zero,736(s1)
80400552:	00003097          	auipc	ra,0x3
80400556:	f94080e7          	jalr	-108(ra) # 804034e6 <memset>
8040055a:	2e048513          	add	a0,s1,736
8040055e:	00002097          	auipc	ra,0x2
80400562:	7ba080e7          	jalr	1978(ra) # 80402d18 <uni_net_filter>
80400566:	85aa                	mv	a1,a0
80400568:	80405537          	lui	a0,0x80405
8040056c:	4601                	li	a2,0
8040056e:	39850513          	add	a0,a0,920 # 80405398 <strnlen+0x58e>
80400572:	00001097          	auipc	ra,0x1
80400576:	8de080e7          	jalr	-1826(ra) # 80400e50 <expect>
8040057a:	48440513          	add	a0,s0,1156 # 80407484 <f.2>
8040057e:	00000097          	auipc	ra,0x0
80400582:	57c080e7          	jalr	1404(ra) # 80400afa <test_filter>
80400586:	48440513          	add	a0,s0,1156
8040058a:	00002097          	auipc	ra,0x2
8040058e:	78e080e7          	jalr	1934(ra) # 80402d18 <uni_net_filter>
80400592:	85aa                	mv	a1,a0
80400594:	80405537          	lui	a0,0x80405
80400598:	4601                	li	a2,0
8040059a:	3a450513          	add	a0,a0,932 # 804053a4 <strnlen+0x59a>
8040059e:	00001097          	auipc	ra,0x1
804005a2:	8b2080e7          	jalr	-1870(ra) # 80400e50 <expect>
804005a6:	80405537          	lui	a0,0x80405
804005aa:	3c850513          	add	a0,a0,968 # 804053c8 <strnlen+0x5be>
804005ae:	00003097          	auipc	ra,0x3
804005b2:	f60080e7          	jalr	-160(ra) # 8040350e <printf>
804005b6:	4505                	li	a0,1
804005b8:	00000097          	auipc	ra,0x0
804005bc:	7ac080e7          	jalr	1964(ra) # 80400d64 <receive_round>
804005c0:	80407537          	lui	a0,0x80407
804005c4:	1a000613          	li	a2,416
804005c8:	4581                	li	a1,0
804005ca:	48850513          	add	a0,a0,1160 # 80407488 <f.2+0x4>
804005ce:	48042223          	sw	zero,1156(s0)
804005d2:	00003097          	auipc	ra,0x3
804005d6:	f14080e7          	jalr	-236(ra) # 804034e6 <memset>
804005da:	48440513          	add	a0,s0,1156
804005de:	00002097          	auipc	ra,0x2
804005e2:	73a080e7          	jalr	1850(ra) # 80402d18 <uni_net_filter>
804005e6:	85aa                	mv	a1,a0
804005e8:	80405537          	lui	a0,0x80405
804005ec:	4601                	li	a2,0
804005ee:	3d850513          	add	a0,a0,984 # 804053d8 <strnlen+0x5ce>
804005f2:	00001097          	auipc	ra,0x1
804005f6:	85e080e7          	jalr	-1954(ra) # 80400e50 <expect>
804005fa:	80406537          	lui	a0,0x80406
804005fe:	03c00693          	li	a3,60
80400602:	4641                	li	a2,16
80400604:	8b590593          	add	a1,s2,-1867
80400608:	02c50513          	add	a0,a0,44 # 8040602c <broadcast>
8040060c:	00000097          	auipc	ra,0x0
80400610:	5da080e7          	jalr	1498(ra) # 80400be6 <send_frame>
80400614:	4509                	li	a0,2
80400616:	00000097          	auipc	ra,0x0
8040061a:	74e080e7          	jalr	1870(ra) # 80400d64 <receive_round>
8040061e:	80407437          	lui	s0,0x80407
80400622:	0bc42583          	lw	a1,188(s0) # 804070bc <failures>
80400626:	80405537          	lui	a0,0x80405
8040062a:	3ec50513          	add	a0,a0,1004 # 804053ec <strnlen+0x5e2>
8040062e:	00003097          	auipc	ra,0x3
80400632:	ee0080e7          	jalr	-288(ra) # 8040350e <printf>
80400636:	0bc42503          	lw	a0,188(s0)
8040063a:	be59                	j	804001d0 <main+0x130>
8040063c:	80405537          	lui	a0,0x80405
80400640:	40c50513          	add	a0,a0,1036 # 8040540c <strnlen+0x602>
80400644:	00003097          	auipc	ra,0x3
80400648:	eca080e7          	jalr	-310(ra) # 8040350e <printf>
8040064c:	4505                	li	a0,1
8040064e:	b649                	j	804001d0 <main+0x130>
80400650:	f7f5                	bnez	a5,8040063c <main+0x59c>
80400652:	1848                	add	a0,sp,52
80400654:	00000097          	auipc	ra,0x0
80400658:	648080e7          	jalr	1608(ra) # 80400c9c <send_round>
8040065c:	80405537          	lui	a0,0x80405
80400660:	44850513          	add	a0,a0,1096 # 80405448 <strnlen+0x63e>
80400664:	649d                	lui	s1,0x7
80400666:	00003097          	auipc	ra,0x3
8040066a:	ea8080e7          	jalr	-344(ra) # 8040350e <printf>
8040066e:	80407437          	lui	s0,0x80407
80400672:	53048493          	add	s1,s1,1328 # 7530 <errno+0x7530>
80400676:	4939                	li	s2,14
80400678:	08800993          	li	s3,136
8040067c:	0b500a13          	li	s4,181
80400680:	8626                	mv	a2,s1
80400682:	5ea00593          	li	a1,1514
80400686:	7cc40513          	add	a0,s0,1996 # 804077cc <frame>
8040068a:	00002097          	auipc	ra,0x2
8040068e:	4d6080e7          	jalr	1238(ra) # 80402b60 <uni_net_recv>
80400692:	7cc40793          	add	a5,s0,1996
80400696:	04a05563          	blez	a0,804006e0 <main+0x640>
8040069a:	fea953e3          	bge	s2,a0,80400680 <main+0x5e0>
8040069e:	00c7c703          	lbu	a4,12(a5)
804006a2:	fd371fe3          	bne	a4,s3,80400680 <main+0x5e0>
804006a6:	00d7c703          	lbu	a4,13(a5)
804006aa:	fd471be3          	bne	a4,s4,80400680 <main+0x5e0>
804006ae:	00e7c703          	lbu	a4,14(a5)
804006b2:	47c1                	li	a5,16
804006b4:	fcf716e3          	bne	a4,a5,80400680 <main+0x5e0>
804006b8:	1848                	add	a0,sp,52
804006ba:	00000097          	auipc	ra,0x0
804006be:	5e2080e7          	jalr	1506(ra) # 80400c9c <send_round>
804006c2:	80407437          	lui	s0,0x80407
804006c6:	0bc42583          	lw	a1,188(s0) # 804070bc <failures>
804006ca:	80405537          	lui	a0,0x80405
804006ce:	48850513          	add	a0,a0,1160 # 80405488 <strnlen+0x67e>
804006d2:	00003097          	auipc	ra,0x3
804006d6:	e3c080e7          	jalr	-452(ra) # 8040350e <printf>
804006da:	0bc42503          	lw	a0,188(s0)
804006de:	bccd                	j	804001d0 <main+0x130>
804006e0:	85aa                	mv	a1,a0
804006e2:	80405537          	lui	a0,0x80405
804006e6:	47050513          	add	a0,a0,1136 # 80405470 <strnlen+0x666>
804006ea:	00003097          	auipc	ra,0x3
804006ee:	e24080e7          	jalr	-476(ra) # 8040350e <printf>
804006f2:	4505                	li	a0,1
804006f4:	bcf1                	j	804001d0 <main+0x130>

804006f6 <console_init>:
804006f6:	1141                	add	sp,sp,-16
804006f8:	804077b7          	lui	a5,0x80407
804006fc:	c422                	sw	s0,8(sp)
804006fe:	0cc7a403          	lw	s0,204(a5) # 804070cc <uni_start_info>
80400702:	c606                	sw	ra,12(sp)
80400704:	5848                	lw	a0,52(s0)
80400706:	00001097          	auipc	ra,0x1
8040070a:	b2a080e7          	jalr	-1238(ra) # 80401230 <uni_mfn_to_virt>
8040070e:	c939                	beqz	a0,80400764 <console_init+0x6e>
80400710:	5c10                	lw	a2,56(s0)
80400712:	85aa                	mv	a1,a0
80400714:	804016b7          	lui	a3,0x80401
80400718:	8041a537          	lui	a0,0x8041a
8040071c:	02450513          	add	a0,a0,36 # 8041a024 <cons>
80400720:	6aa68693          	add	a3,a3,1706 # 804016aa <pv_block>
80400724:	00001097          	auipc	ra,0x1
80400728:	7fe080e7          	jalr	2046(ra) # 80401f22 <pvcons_init>
8040072c:	5c08                	lw	a0,56(s0)
8040072e:	804025b7          	lui	a1,0x80402
80400732:	4601                	li	a2,0
80400734:	4ce58593          	add	a1,a1,1230 # 804024ce <cons_event>
80400738:	00001097          	auipc	ra,0x1
8040073c:	dd8080e7          	jalr	-552(ra) # 80401510 <evtchn_bind>
80400740:	02054a63          	bltz	a0,80400774 <console_init+0x7e>
80400744:	4422                	lw	s0,8(sp)
80400746:	40b2                	lw	ra,12(sp)
80400748:	804077b7          	lui	a5,0x80407
8040074c:	4705                	li	a4,1
8040074e:	80402537          	lui	a0,0x80402
80400752:	0ee7a223          	sw	a4,228(a5) # 804070e4 <ready>
80400756:	4d050513          	add	a0,a0,1232 # 804024d0 <uni_console_drain>
8040075a:	0141                	add	sp,sp,16
8040075c:	00001317          	auipc	t1,0x1
80400760:	8e230067          	jr	-1822(t1) # 8040103e <uni_at_shutdown>
80400764:	80406537          	lui	a0,0x80406
80400768:	99850513          	add	a0,a0,-1640 # 80405998 <names.0+0x58>
8040076c:	00001097          	auipc	ra,0x1
80400770:	922080e7          	jalr	-1758(ra) # 8040108e <uni_panic>
80400774:	80406537          	lui	a0,0x80406
80400778:	9cc50513          	add	a0,a0,-1588 # 804059cc <names.0+0x8c>
8040077c:	00001097          	auipc	ra,0x1
80400780:	912080e7          	jalr	-1774(ra) # 8040108e <uni_panic>

80400784 <time_init>:
80400784:	c81027f3          	rdtimeh	a5
80400788:	c01026f3          	rdtime	a3
8040078c:	c8102773          	rdtimeh	a4
80400790:	fee79ae3          	bne	a5,a4,80400784 <time_init>
80400794:	80407737          	lui	a4,0x80407
80400798:	0ed72423          	sw	a3,232(a4) # 804070e8 <boot_time>
8040079c:	0ef72623          	sw	a5,236(a4)
804007a0:	8082                	ret

804007a2 <memory_init>:
804007a2:	804077b7          	lui	a5,0x80407
804007a6:	0cc7a683          	lw	a3,204(a5) # 804070cc <uni_start_info>
804007aa:	804077b7          	lui	a5,0x80407
804007ae:	0dc7a603          	lw	a2,220(a5) # 804070dc <pv_shared_info>
804007b2:	5ed8                	lw	a4,60(a3)
804007b4:	42bc                	lw	a5,64(a3)
804007b6:	528c                	lw	a1,32(a3)
804007b8:	6685                	lui	a3,0x1
804007ba:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
804007bc:	9736                	add	a4,a4,a3
804007be:	07b2                	sll	a5,a5,0xc
804007c0:	97ba                	add	a5,a5,a4
804007c2:	76fd                	lui	a3,0xfffff
804007c4:	8ff5                	and	a5,a5,a3
804007c6:	800008b7          	lui	a7,0x80000
804007ca:	804076b7          	lui	a3,0x80407
804007ce:	1116ac23          	sw	a7,280(a3) # 80407118 <low_next>
804007d2:	804076b7          	lui	a3,0x80407
804007d6:	804008b7          	lui	a7,0x80400
804007da:	00080737          	lui	a4,0x80
804007de:	1116aa23          	sw	a7,276(a3) # 80407114 <low_end>
804007e2:	804076b7          	lui	a3,0x80407
804007e6:	14462803          	lw	a6,324(a2)
804007ea:	972e                	add	a4,a4,a1
804007ec:	10f6a623          	sw	a5,268(a3) # 8040710c <brk>
804007f0:	804076b7          	lui	a3,0x80407
804007f4:	1141                	add	sp,sp,-16
804007f6:	15462603          	lw	a2,340(a2)
804007fa:	0732                	sll	a4,a4,0xc
804007fc:	10f6a823          	sw	a5,272(a3) # 80407110 <heap_start>
80400800:	804077b7          	lui	a5,0x80407
80400804:	c422                	sw	s0,8(sp)
80400806:	10e7a423          	sw	a4,264(a5) # 80407108 <top>
8040080a:	80407437          	lui	s0,0x80407
8040080e:	804077b7          	lui	a5,0x80407
80400812:	0f07aa23          	sw	a6,244(a5) # 804070f4 <revoke_seen>
80400816:	0f840593          	add	a1,s0,248 # 804070f8 <revoke_port>
8040081a:	804077b7          	lui	a5,0x80407
8040081e:	4541                	li	a0,16
80400820:	c606                	sw	ra,12(sp)
80400822:	0ec7a823          	sw	a2,240(a5) # 804070f0 <revoked_seen>
80400826:	00001097          	auipc	ra,0x1
8040082a:	e0a080e7          	jalr	-502(ra) # 80401630 <evtchn_bind_virq>
8040082e:	02054363          	bltz	a0,80400854 <memory_init+0xb2>
80400832:	0f842503          	lw	a0,248(s0)
80400836:	804025b7          	lui	a1,0x80402
8040083a:	4601                	li	a2,0
8040083c:	51258593          	add	a1,a1,1298 # 80402512 <revoke_event>
80400840:	00001097          	auipc	ra,0x1
80400844:	cd0080e7          	jalr	-816(ra) # 80401510 <evtchn_bind>
80400848:	00054663          	bltz	a0,80400854 <memory_init+0xb2>
8040084c:	40b2                	lw	ra,12(sp)
8040084e:	4422                	lw	s0,8(sp)
80400850:	0141                	add	sp,sp,16
80400852:	8082                	ret
80400854:	80406537          	lui	a0,0x80406
80400858:	9e850513          	add	a0,a0,-1560 # 804059e8 <names.0+0xa8>
8040085c:	00001097          	auipc	ra,0x1
80400860:	832080e7          	jalr	-1998(ra) # 8040108e <uni_panic>

80400864 <page>:
80400864:	1141                	add	sp,sp,-16
80400866:	c606                	sw	ra,12(sp)
80400868:	00002097          	auipc	ra,0x2
8040086c:	ec2080e7          	jalr	-318(ra) # 8040272a <uni_page_alloc>
80400870:	c501                	beqz	a0,80400878 <page+0x14>
80400872:	40b2                	lw	ra,12(sp)
80400874:	0141                	add	sp,sp,16
80400876:	8082                	ret
80400878:	80406537          	lui	a0,0x80406
8040087c:	a5050513          	add	a0,a0,-1456 # 80405a50 <msg.0+0x1c>
80400880:	00001097          	auipc	ra,0x1
80400884:	80e080e7          	jalr	-2034(ra) # 8040108e <uni_panic>

80400888 <net_init>:
80400888:	7179                	add	sp,sp,-48
8040088a:	804077b7          	lui	a5,0x80407
8040088e:	d226                	sw	s1,36(sp)
80400890:	0cc7a483          	lw	s1,204(a5) # 804070cc <uni_start_info>
80400894:	d606                	sw	ra,44(sp)
80400896:	d422                	sw	s0,40(sp)
80400898:	54c8                	lw	a0,44(s1)
8040089a:	d04a                	sw	s2,32(sp)
8040089c:	ce4e                	sw	s3,28(sp)
8040089e:	cc52                	sw	s4,24(sp)
804008a0:	ca56                	sw	s5,20(sp)
804008a2:	c85a                	sw	s6,16(sp)
804008a4:	00001097          	auipc	ra,0x1
804008a8:	98c080e7          	jalr	-1652(ra) # 80401230 <uni_mfn_to_virt>
804008ac:	1c050363          	beqz	a0,80400a72 <net_init+0x1ea>
804008b0:	842a                	mv	s0,a0
804008b2:	5888                	lw	a0,48(s1)
804008b4:	804035b7          	lui	a1,0x80403
804008b8:	4601                	li	a2,0
804008ba:	a4458593          	add	a1,a1,-1468 # 80402a44 <store_event>
804008be:	00001097          	auipc	ra,0x1
804008c2:	c52080e7          	jalr	-942(ra) # 80401510 <evtchn_bind>
804008c6:	1a054663          	bltz	a0,80400a72 <net_init+0x1ea>
804008ca:	5890                	lw	a2,48(s1)
804008cc:	8041ba37          	lui	s4,0x8041b
804008d0:	80401ab7          	lui	s5,0x80401
804008d4:	4cca8693          	add	a3,s5,1228 # 804014cc <uni_wait>
804008d8:	85a2                	mv	a1,s0
804008da:	6d8a0513          	add	a0,s4,1752 # 8041b6d8 <store>
804008de:	00002097          	auipc	ra,0x2
804008e2:	aae080e7          	jalr	-1362(ra) # 8040238c <xs_init>
804008e6:	002c                	add	a1,sp,8
804008e8:	6d8a0513          	add	a0,s4,1752
804008ec:	00001097          	auipc	ra,0x1
804008f0:	134080e7          	jalr	308(ra) # 80401a20 <netfront_probe>
804008f4:	57f9                	li	a5,-2
804008f6:	14f50663          	beq	a0,a5,80400a42 <net_init+0x1ba>
804008fa:	16054463          	bltz	a0,80400a62 <net_init+0x1da>
804008fe:	0048                	add	a0,sp,4
80400900:	00001097          	auipc	ra,0x1
80400904:	dc4080e7          	jalr	-572(ra) # 804016c4 <gnttab_setup_frame>
80400908:	16054d63          	bltz	a0,80400a82 <net_init+0x1fa>
8040090c:	00000097          	auipc	ra,0x0
80400910:	f58080e7          	jalr	-168(ra) # 80400864 <page>
80400914:	4592                	lw	a1,4(sp)
80400916:	80406637          	lui	a2,0x80406
8040091a:	ae860613          	add	a2,a2,-1304 # 80405ae8 <msg.0+0xb4>
8040091e:	842a                	mv	s0,a0
80400920:	00002097          	auipc	ra,0x2
80400924:	e7c080e7          	jalr	-388(ra) # 8040279c <uni_map_over>
80400928:	6685                	lui	a3,0x1
8040092a:	00840793          	add	a5,s0,8
8040092e:	96a2                	add	a3,a3,s0
80400930:	a021                	j	80400938 <net_init+0xb0>
80400932:	07a1                	add	a5,a5,8
80400934:	12d78163          	beq	a5,a3,80400a56 <net_init+0x1ce>
80400938:	0007d703          	lhu	a4,0(a5)
8040093c:	db7d                	beqz	a4,80400932 <net_init+0xaa>
8040093e:	8041b9b7          	lui	s3,0x8041b
80400942:	2c898413          	add	s0,s3,712 # 8041b2c8 <pages.0>
80400946:	00000097          	auipc	ra,0x0
8040094a:	f1e080e7          	jalr	-226(ra) # 80400864 <page>
8040094e:	c008                	sw	a0,0(s0)
80400950:	00001097          	auipc	ra,0x1
80400954:	8a8080e7          	jalr	-1880(ra) # 804011f8 <uni_virt_to_mfn>
80400958:	c048                	sw	a0,4(s0)
8040095a:	00000097          	auipc	ra,0x0
8040095e:	f0a080e7          	jalr	-246(ra) # 80400864 <page>
80400962:	c408                	sw	a0,8(s0)
80400964:	2c898493          	add	s1,s3,712
80400968:	00001097          	auipc	ra,0x1
8040096c:	890080e7          	jalr	-1904(ra) # 804011f8 <uni_virt_to_mfn>
80400970:	c448                	sw	a0,12(s0)
80400972:	02048913          	add	s2,s1,32
80400976:	00002097          	auipc	ra,0x2
8040097a:	db4080e7          	jalr	-588(ra) # 8040272a <uni_page_alloc>
8040097e:	c925                	beqz	a0,804009ee <net_init+0x166>
80400980:	c808                	sw	a0,16(s0)
80400982:	00001097          	auipc	ra,0x1
80400986:	876080e7          	jalr	-1930(ra) # 804011f8 <uni_virt_to_mfn>
8040098a:	d808                	sw	a0,48(s0)
8040098c:	0411                	add	s0,s0,4
8040098e:	ff2414e3          	bne	s0,s2,80400976 <net_init+0xee>
80400992:	8041b437          	lui	s0,0x8041b
80400996:	31840413          	add	s0,s0,792 # 8041b318 <pages.0+0x50>
8040099a:	0d048493          	add	s1,s1,208
8040099e:	00002097          	auipc	ra,0x2
804009a2:	d8c080e7          	jalr	-628(ra) # 8040272a <uni_page_alloc>
804009a6:	c521                	beqz	a0,804009ee <net_init+0x166>
804009a8:	c008                	sw	a0,0(s0)
804009aa:	00001097          	auipc	ra,0x1
804009ae:	84e080e7          	jalr	-1970(ra) # 804011f8 <uni_virt_to_mfn>
804009b2:	08a42023          	sw	a0,128(s0)
804009b6:	0411                	add	s0,s0,4
804009b8:	fe9413e3          	bne	s0,s1,8040099e <net_init+0x116>
804009bc:	8041b937          	lui	s2,0x8041b
804009c0:	45890913          	add	s2,s2,1112 # 8041b458 <rxq_data>
804009c4:	4481                	li	s1,0
804009c6:	4501                	li	a0,0
804009c8:	02000b13          	li	s6,32
804009cc:	a809                	j	804009de <net_init+0x156>
804009ce:	042e                	sll	s0,s0,0xb
804009d0:	942a                	add	s0,s0,a0
804009d2:	00892023          	sw	s0,0(s2)
804009d6:	0485                	add	s1,s1,1
804009d8:	0911                	add	s2,s2,4
804009da:	03648263          	beq	s1,s6,804009fe <net_init+0x176>
804009de:	0014f413          	and	s0,s1,1
804009e2:	f475                	bnez	s0,804009ce <net_init+0x146>
804009e4:	00002097          	auipc	ra,0x2
804009e8:	d46080e7          	jalr	-698(ra) # 8040272a <uni_page_alloc>
804009ec:	f16d                	bnez	a0,804009ce <net_init+0x146>
804009ee:	80406537          	lui	a0,0x80406
804009f2:	a5050513          	add	a0,a0,-1456 # 80405a50 <msg.0+0x1c>
804009f6:	00000097          	auipc	ra,0x0
804009fa:	698080e7          	jalr	1688(ra) # 8040108e <uni_panic>
804009fe:	804036b7          	lui	a3,0x80403
80400a02:	8041b537          	lui	a0,0x8041b
80400a06:	4cca8793          	add	a5,s5,1228
80400a0a:	4701                	li	a4,0
80400a0c:	abe68693          	add	a3,a3,-1346 # 80402abe <net_rx>
80400a10:	2c898613          	add	a2,s3,712
80400a14:	6d8a0593          	add	a1,s4,1752
80400a18:	4d850513          	add	a0,a0,1240 # 8041b4d8 <nf>
80400a1c:	00001097          	auipc	ra,0x1
80400a20:	242080e7          	jalr	578(ra) # 80401c5e <netfront_connect>
80400a24:	06054763          	bltz	a0,80400a92 <net_init+0x20a>
80400a28:	80406537          	lui	a0,0x80406
80400a2c:	804077b7          	lui	a5,0x80407
80400a30:	4705                	li	a4,1
80400a32:	b4450513          	add	a0,a0,-1212 # 80405b44 <ops>
80400a36:	12e7ac23          	sw	a4,312(a5) # 80407138 <present>
80400a3a:	00002097          	auipc	ra,0x2
80400a3e:	e42080e7          	jalr	-446(ra) # 8040287c <uni_posix_net>
80400a42:	50b2                	lw	ra,44(sp)
80400a44:	5422                	lw	s0,40(sp)
80400a46:	5492                	lw	s1,36(sp)
80400a48:	5902                	lw	s2,32(sp)
80400a4a:	49f2                	lw	s3,28(sp)
80400a4c:	4a62                	lw	s4,24(sp)
80400a4e:	4ad2                	lw	s5,20(sp)
80400a50:	4b42                	lw	s6,16(sp)
80400a52:	6145                	add	sp,sp,48
80400a54:	8082                	ret
80400a56:	8522                	mv	a0,s0
80400a58:	00001097          	auipc	ra,0x1
80400a5c:	cc2080e7          	jalr	-830(ra) # 8040171a <gnttab_init>
80400a60:	bdf9                	j	8040093e <net_init+0xb6>
80400a62:	80406537          	lui	a0,0x80406
80400a66:	a9050513          	add	a0,a0,-1392 # 80405a90 <msg.0+0x5c>
80400a6a:	00000097          	auipc	ra,0x0
80400a6e:	624080e7          	jalr	1572(ra) # 8040108e <uni_panic>
80400a72:	80406537          	lui	a0,0x80406
80400a76:	a6450513          	add	a0,a0,-1436 # 80405a64 <msg.0+0x30>
80400a7a:	00000097          	auipc	ra,0x0
80400a7e:	614080e7          	jalr	1556(ra) # 8040108e <uni_panic>
80400a82:	80406537          	lui	a0,0x80406
80400a86:	ac450513          	add	a0,a0,-1340 # 80405ac4 <msg.0+0x90>
80400a8a:	00000097          	auipc	ra,0x0
80400a8e:	604080e7          	jalr	1540(ra) # 8040108e <uni_panic>
80400a92:	80406537          	lui	a0,0x80406
80400a96:	b1850513          	add	a0,a0,-1256 # 80405b18 <msg.0+0xe4>
80400a9a:	00000097          	auipc	ra,0x0
80400a9e:	5f4080e7          	jalr	1524(ra) # 8040108e <uni_panic>

80400aa2 <too_many_rules>:
80400aa2:	47a5                	li	a5,9
80400aa4:	c11c                	sw	a5,0(a0)
80400aa6:	8082                	ret

80400aa8 <no_atoms>:
80400aa8:	02052c23          	sw	zero,56(a0)
80400aac:	8082                	ret

80400aae <too_many_atoms>:
80400aae:	4795                	li	a5,5
80400ab0:	c15c                	sw	a5,4(a0)
80400ab2:	8082                	ret

80400ab4 <width_3>:
80400ab4:	478d                	li	a5,3
80400ab6:	00f50b23          	sb	a5,22(a0)
80400aba:	8082                	ret

80400abc <width_0>:
80400abc:	00050b23          	sb	zero,22(a0)
80400ac0:	8082                	ret

80400ac2 <past_mtu>:
80400ac2:	5ea00793          	li	a5,1514
80400ac6:	00f51a23          	sh	a5,20(a0)
80400aca:	8082                	ret

80400acc <straddles_mtu>:
80400acc:	5e900793          	li	a5,1513
80400ad0:	00f51423          	sh	a5,8(a0)
80400ad4:	8082                	ret

80400ad6 <mask_above_width>:
80400ad6:	1ff00793          	li	a5,511
80400ada:	cd1c                	sw	a5,24(a0)
80400adc:	8082                	ret

80400ade <value_outside_mask>:
80400ade:	0f000793          	li	a5,240
80400ae2:	cd1c                	sw	a5,24(a0)
80400ae4:	8082                	ret

80400ae6 <pad>:
80400ae6:	4785                	li	a5,1
80400ae8:	02f50fa3          	sb	a5,63(a0)
80400aec:	8082                	ret

80400aee <unused_atom>:
80400aee:	4785                	li	a5,1
80400af0:	d95c                	sw	a5,52(a0)
80400af2:	8082                	ret

80400af4 <unused_rule>:
80400af4:	4785                	li	a5,1
80400af6:	d57c                	sw	a5,108(a0)
80400af8:	8082                	ret

80400afa <test_filter>:
80400afa:	7139                	add	sp,sp,-64
80400afc:	d84a                	sw	s2,48(sp)
80400afe:	1a400613          	li	a2,420
80400b02:	4581                	li	a1,0
80400b04:	6925                	lui	s2,0x9
80400b06:	dc22                	sw	s0,56(sp)
80400b08:	da26                	sw	s1,52(sp)
80400b0a:	de06                	sw	ra,60(sp)
80400b0c:	842a                	mv	s0,a0
80400b0e:	4481                	li	s1,0
80400b10:	00003097          	auipc	ra,0x3
80400b14:	9d6080e7          	jalr	-1578(ra) # 804034e6 <memset>
80400b18:	8b590913          	add	s2,s2,-1867 # 88b5 <errno+0x88b5>
80400b1c:	85ca                	mv	a1,s2
80400b1e:	0828                	add	a0,sp,24
80400b20:	00002097          	auipc	ra,0x2
80400b24:	18a080e7          	jalr	394(ra) # 80402caa <uni_net_atom_ethertype>
80400b28:	47e2                	lw	a5,24(sp)
80400b2a:	860a                	mv	a2,sp
80400b2c:	85a6                	mv	a1,s1
80400b2e:	c03e                	sw	a5,0(sp)
80400b30:	47f2                	lw	a5,28(sp)
80400b32:	8522                	mv	a0,s0
80400b34:	c23e                	sw	a5,4(sp)
80400b36:	5782                	lw	a5,32(sp)
80400b38:	c43e                	sw	a5,8(sp)
80400b3a:	00002097          	auipc	ra,0x2
80400b3e:	182080e7          	jalr	386(ra) # 80402cbc <uni_net_filter_add>
80400b42:	cc9d                	beqz	s1,80400b80 <test_filter+0x86>
80400b44:	1048                	add	a0,sp,36
80400b46:	0ff00713          	li	a4,255
80400b4a:	0ff00693          	li	a3,255
80400b4e:	4605                	li	a2,1
80400b50:	45b9                	li	a1,14
80400b52:	00002097          	auipc	ra,0x2
80400b56:	146080e7          	jalr	326(ra) # 80402c98 <uni_net_atom>
80400b5a:	5792                	lw	a5,36(sp)
80400b5c:	860a                	mv	a2,sp
80400b5e:	8522                	mv	a0,s0
80400b60:	c03e                	sw	a5,0(sp)
80400b62:	57a2                	lw	a5,40(sp)
80400b64:	4585                	li	a1,1
80400b66:	c23e                	sw	a5,4(sp)
80400b68:	57b2                	lw	a5,44(sp)
80400b6a:	c43e                	sw	a5,8(sp)
80400b6c:	00002097          	auipc	ra,0x2
80400b70:	150080e7          	jalr	336(ra) # 80402cbc <uni_net_filter_add>
80400b74:	50f2                	lw	ra,60(sp)
80400b76:	5462                	lw	s0,56(sp)
80400b78:	54d2                	lw	s1,52(sp)
80400b7a:	5942                	lw	s2,48(sp)
80400b7c:	6121                	add	sp,sp,64
80400b7e:	8082                	ret
80400b80:	1048                	add	a0,sp,36
80400b82:	4705                	li	a4,1
80400b84:	0ff00693          	li	a3,255
80400b88:	4605                	li	a2,1
80400b8a:	45b9                	li	a1,14
80400b8c:	00002097          	auipc	ra,0x2
80400b90:	10c080e7          	jalr	268(ra) # 80402c98 <uni_net_atom>
80400b94:	5792                	lw	a5,36(sp)
80400b96:	860a                	mv	a2,sp
80400b98:	4581                	li	a1,0
80400b9a:	c03e                	sw	a5,0(sp)
80400b9c:	57a2                	lw	a5,40(sp)
80400b9e:	8522                	mv	a0,s0
80400ba0:	4485                	li	s1,1
80400ba2:	c23e                	sw	a5,4(sp)
80400ba4:	57b2                	lw	a5,44(sp)
80400ba6:	c43e                	sw	a5,8(sp)
80400ba8:	00002097          	auipc	ra,0x2
80400bac:	114080e7          	jalr	276(ra) # 80402cbc <uni_net_filter_add>
80400bb0:	b7b5                	j	80400b1c <test_filter+0x22>

80400bb2 <spoiled>:
80400bb2:	1141                	add	sp,sp,-16
80400bb4:	c422                	sw	s0,8(sp)
80400bb6:	80407437          	lui	s0,0x80407
80400bba:	c226                	sw	s1,4(sp)
80400bbc:	84aa                	mv	s1,a0
80400bbe:	13c40513          	add	a0,s0,316 # 8040713c <f.0>
80400bc2:	c606                	sw	ra,12(sp)
80400bc4:	00000097          	auipc	ra,0x0
80400bc8:	f36080e7          	jalr	-202(ra) # 80400afa <test_filter>
80400bcc:	13c40513          	add	a0,s0,316
80400bd0:	9482                	jalr	s1
80400bd2:	13c40513          	add	a0,s0,316
80400bd6:	4422                	lw	s0,8(sp)
80400bd8:	40b2                	lw	ra,12(sp)
80400bda:	4492                	lw	s1,4(sp)
80400bdc:	0141                	add	sp,sp,16
80400bde:	00002317          	auipc	t1,0x2
80400be2:	13a30067          	jr	314(t1) # 80402d18 <uni_net_filter>

80400be6 <send_frame>:
80400be6:	711d                	add	sp,sp,-96
80400be8:	cca2                	sw	s0,88(sp)
80400bea:	caa6                	sw	s1,84(sp)
80400bec:	c6ce                	sw	s3,76(sp)
80400bee:	842e                	mv	s0,a1
80400bf0:	89aa                	mv	s3,a0
80400bf2:	84b2                	mv	s1,a2
80400bf4:	4581                	li	a1,0
80400bf6:	04000613          	li	a2,64
80400bfa:	850a                	mv	a0,sp
80400bfc:	ce86                	sw	ra,92(sp)
80400bfe:	c8ca                	sw	s2,80(sp)
80400c00:	8936                	mv	s2,a3
80400c02:	00003097          	auipc	ra,0x3
80400c06:	8e4080e7          	jalr	-1820(ra) # 804034e6 <memset>
80400c0a:	85ce                	mv	a1,s3
80400c0c:	4619                	li	a2,6
80400c0e:	850a                	mv	a0,sp
80400c10:	00003097          	auipc	ra,0x3
80400c14:	8c0080e7          	jalr	-1856(ra) # 804034d0 <memcpy>
80400c18:	804075b7          	lui	a1,0x80407
80400c1c:	4619                	li	a2,6
80400c1e:	0b458593          	add	a1,a1,180 # 804070b4 <mine>
80400c22:	00610513          	add	a0,sp,6
80400c26:	00003097          	auipc	ra,0x3
80400c2a:	8aa080e7          	jalr	-1878(ra) # 804034d0 <memcpy>
80400c2e:	804079b7          	lui	s3,0x80407
80400c32:	0b09a783          	lw	a5,176(s3) # 804070b0 <seq>
80400c36:	00845613          	srl	a2,s0,0x8
80400c3a:	0ff47413          	zext.b	s0,s0
80400c3e:	0422                	sll	s0,s0,0x8
80400c40:	0ff67613          	zext.b	a2,a2
80400c44:	0ff4f493          	zext.b	s1,s1
80400c48:	04c2                	sll	s1,s1,0x10
80400c4a:	8e41                	or	a2,a2,s0
80400c4c:	01879713          	sll	a4,a5,0x18
80400c50:	8e45                	or	a2,a2,s1
80400c52:	0785                	add	a5,a5,1
80400c54:	8e59                	or	a2,a2,a4
80400c56:	85ca                	mv	a1,s2
80400c58:	850a                	mv	a0,sp
80400c5a:	0af9a823          	sw	a5,176(s3)
80400c5e:	c632                	sw	a2,12(sp)
80400c60:	00002097          	auipc	ra,0x2
80400c64:	e12080e7          	jalr	-494(ra) # 80402a72 <uni_net_send>
80400c68:	03250363          	beq	a0,s2,80400c8e <send_frame+0xa8>
80400c6c:	0b09a583          	lw	a1,176(s3)
80400c70:	80405537          	lui	a0,0x80405
80400c74:	00050513          	mv	a0,a0
80400c78:	00003097          	auipc	ra,0x3
80400c7c:	896080e7          	jalr	-1898(ra) # 8040350e <printf>
80400c80:	80407737          	lui	a4,0x80407
80400c84:	0bc72783          	lw	a5,188(a4) # 804070bc <failures>
80400c88:	0785                	add	a5,a5,1
80400c8a:	0af72e23          	sw	a5,188(a4)
80400c8e:	40f6                	lw	ra,92(sp)
80400c90:	4466                	lw	s0,88(sp)
80400c92:	44d6                	lw	s1,84(sp)
80400c94:	4946                	lw	s2,80(sp)
80400c96:	49b6                	lw	s3,76(sp)
80400c98:	6125                	add	sp,sp,96
80400c9a:	8082                	ret

80400c9c <send_round>:
80400c9c:	1101                	add	sp,sp,-32
80400c9e:	c452                	sw	s4,8(sp)
80400ca0:	c256                	sw	s5,4(sp)
80400ca2:	6a05                	lui	s4,0x1
80400ca4:	6aa5                	lui	s5,0x9
80400ca6:	cc22                	sw	s0,24(sp)
80400ca8:	ca26                	sw	s1,20(sp)
80400caa:	c84a                	sw	s2,16(sp)
80400cac:	c64e                	sw	s3,12(sp)
80400cae:	c05a                	sw	s6,0(sp)
80400cb0:	ce06                	sw	ra,28(sp)
80400cb2:	842a                	mv	s0,a0
80400cb4:	498d                	li	s3,3
80400cb6:	80406937          	lui	s2,0x80406
80400cba:	8b5a8493          	add	s1,s5,-1867 # 88b5 <errno+0x88b5>
80400cbe:	800a0a13          	add	s4,s4,-2048 # 800 <errno+0x800>
80400cc2:	8b6a8b13          	add	s6,s5,-1866
80400cc6:	03c00693          	li	a3,60
80400cca:	4605                	li	a2,1
80400ccc:	85a6                	mv	a1,s1
80400cce:	8522                	mv	a0,s0
80400cd0:	00000097          	auipc	ra,0x0
80400cd4:	f16080e7          	jalr	-234(ra) # 80400be6 <send_frame>
80400cd8:	03c00693          	li	a3,60
80400cdc:	4609                	li	a2,2
80400cde:	85a6                	mv	a1,s1
80400ce0:	8522                	mv	a0,s0
80400ce2:	00000097          	auipc	ra,0x0
80400ce6:	f04080e7          	jalr	-252(ra) # 80400be6 <send_frame>
80400cea:	03c00693          	li	a3,60
80400cee:	4605                	li	a2,1
80400cf0:	85a6                	mv	a1,s1
80400cf2:	02c90513          	add	a0,s2,44 # 8040602c <broadcast>
80400cf6:	00000097          	auipc	ra,0x0
80400cfa:	ef0080e7          	jalr	-272(ra) # 80400be6 <send_frame>
80400cfe:	03c00693          	li	a3,60
80400d02:	4605                	li	a2,1
80400d04:	85d2                	mv	a1,s4
80400d06:	02c90513          	add	a0,s2,44
80400d0a:	00000097          	auipc	ra,0x0
80400d0e:	edc080e7          	jalr	-292(ra) # 80400be6 <send_frame>
80400d12:	03c00693          	li	a3,60
80400d16:	4605                	li	a2,1
80400d18:	85da                	mv	a1,s6
80400d1a:	8522                	mv	a0,s0
80400d1c:	00000097          	auipc	ra,0x0
80400d20:	eca080e7          	jalr	-310(ra) # 80400be6 <send_frame>
80400d24:	19fd                	add	s3,s3,-1
80400d26:	46b9                	li	a3,14
80400d28:	4605                	li	a2,1
80400d2a:	85a6                	mv	a1,s1
80400d2c:	02c90513          	add	a0,s2,44
80400d30:	00000097          	auipc	ra,0x0
80400d34:	eb6080e7          	jalr	-330(ra) # 80400be6 <send_frame>
80400d38:	f80997e3          	bnez	s3,80400cc6 <send_round+0x2a>
80400d3c:	8522                	mv	a0,s0
80400d3e:	4462                	lw	s0,24(sp)
80400d40:	40f2                	lw	ra,28(sp)
80400d42:	44d2                	lw	s1,20(sp)
80400d44:	4942                	lw	s2,16(sp)
80400d46:	49b2                	lw	s3,12(sp)
80400d48:	4a22                	lw	s4,8(sp)
80400d4a:	4b02                	lw	s6,0(sp)
80400d4c:	8b5a8593          	add	a1,s5,-1867
80400d50:	4a92                	lw	s5,4(sp)
80400d52:	03c00693          	li	a3,60
80400d56:	0ff00613          	li	a2,255
80400d5a:	6105                	add	sp,sp,32
80400d5c:	00000317          	auipc	t1,0x0
80400d60:	e8a30067          	jr	-374(t1) # 80400be6 <send_frame>

80400d64 <receive_round>:
80400d64:	7179                	add	sp,sp,-48
80400d66:	ce4e                	sw	s3,28(sp)
80400d68:	ca56                	sw	s5,20(sp)
80400d6a:	699d                	lui	s3,0x7
80400d6c:	6aad                	lui	s5,0xb
80400d6e:	d422                	sw	s0,40(sp)
80400d70:	d226                	sw	s1,36(sp)
80400d72:	d04a                	sw	s2,32(sp)
80400d74:	cc52                	sw	s4,24(sp)
80400d76:	c85a                	sw	s6,16(sp)
80400d78:	c65e                	sw	s7,12(sp)
80400d7a:	c462                	sw	s8,8(sp)
80400d7c:	d606                	sw	ra,44(sp)
80400d7e:	8b2a                	mv	s6,a0
80400d80:	4901                	li	s2,0
80400d82:	4481                	li	s1,0
80400d84:	80407437          	lui	s0,0x80407
80400d88:	53098993          	add	s3,s3,1328 # 7530 <errno+0x7530>
80400d8c:	4a39                	li	s4,14
80400d8e:	588a8a93          	add	s5,s5,1416 # b588 <errno+0xb588>
80400d92:	4b85                	li	s7,1
80400d94:	0ff00c13          	li	s8,255
80400d98:	864e                	mv	a2,s3
80400d9a:	5ea00593          	li	a1,1514
80400d9e:	7cc40513          	add	a0,s0,1996 # 804077cc <frame>
80400da2:	00002097          	auipc	ra,0x2
80400da6:	dbe080e7          	jalr	-578(ra) # 80402b60 <uni_net_recv>
80400daa:	7cc40793          	add	a5,s0,1996
80400dae:	02a05763          	blez	a0,80400ddc <receive_round+0x78>
80400db2:	00c7d703          	lhu	a4,12(a5)
80400db6:	0485                	add	s1,s1,1
80400db8:	00aa5463          	bge	s4,a0,80400dc0 <receive_round+0x5c>
80400dbc:	05570e63          	beq	a4,s5,80400e18 <receive_round+0xb4>
80400dc0:	864e                	mv	a2,s3
80400dc2:	5ea00593          	li	a1,1514
80400dc6:	7cc40513          	add	a0,s0,1996
80400dca:	00002097          	auipc	ra,0x2
80400dce:	d96080e7          	jalr	-618(ra) # 80402b60 <uni_net_recv>
80400dd2:	0905                	add	s2,s2,1
80400dd4:	7cc40793          	add	a5,s0,1996
80400dd8:	fca04de3          	bgtz	a0,80400db2 <receive_round+0x4e>
80400ddc:	86aa                	mv	a3,a0
80400dde:	80405537          	lui	a0,0x80405
80400de2:	8626                	mv	a2,s1
80400de4:	85da                	mv	a1,s6
80400de6:	01450513          	add	a0,a0,20 # 80405014 <strnlen+0x20a>
80400dea:	00002097          	auipc	ra,0x2
80400dee:	724080e7          	jalr	1828(ra) # 8040350e <printf>
80400df2:	80407737          	lui	a4,0x80407
80400df6:	0bc72783          	lw	a5,188(a4) # 804070bc <failures>
80400dfa:	50b2                	lw	ra,44(sp)
80400dfc:	5422                	lw	s0,40(sp)
80400dfe:	0785                	add	a5,a5,1
80400e00:	0af72e23          	sw	a5,188(a4)
80400e04:	5492                	lw	s1,36(sp)
80400e06:	5902                	lw	s2,32(sp)
80400e08:	49f2                	lw	s3,28(sp)
80400e0a:	4a62                	lw	s4,24(sp)
80400e0c:	4ad2                	lw	s5,20(sp)
80400e0e:	4b42                	lw	s6,16(sp)
80400e10:	4bb2                	lw	s7,12(sp)
80400e12:	4c22                	lw	s8,8(sp)
80400e14:	6145                	add	sp,sp,48
80400e16:	8082                	ret
80400e18:	00e7c783          	lbu	a5,14(a5)
80400e1c:	f7778ee3          	beq	a5,s7,80400d98 <receive_round+0x34>
80400e20:	fb8790e3          	bne	a5,s8,80400dc0 <receive_round+0x5c>
80400e24:	5422                	lw	s0,40(sp)
80400e26:	50b2                	lw	ra,44(sp)
80400e28:	49f2                	lw	s3,28(sp)
80400e2a:	4a62                	lw	s4,24(sp)
80400e2c:	4ad2                	lw	s5,20(sp)
80400e2e:	4bb2                	lw	s7,12(sp)
80400e30:	4c22                	lw	s8,8(sp)
80400e32:	86ca                	mv	a3,s2
80400e34:	8626                	mv	a2,s1
80400e36:	5902                	lw	s2,32(sp)
80400e38:	5492                	lw	s1,36(sp)
80400e3a:	85da                	mv	a1,s6
80400e3c:	4b42                	lw	s6,16(sp)
80400e3e:	80405537          	lui	a0,0x80405
80400e42:	04450513          	add	a0,a0,68 # 80405044 <strnlen+0x23a>
80400e46:	6145                	add	sp,sp,48
80400e48:	00002317          	auipc	t1,0x2
80400e4c:	6c630067          	jr	1734(t1) # 8040350e <printf>

80400e50 <expect>:
80400e50:	87ae                	mv	a5,a1
80400e52:	85aa                	mv	a1,a0
80400e54:	02c78863          	beq	a5,a2,80400e84 <expect+0x34>
80400e58:	80405537          	lui	a0,0x80405
80400e5c:	1141                	add	sp,sp,-16
80400e5e:	86b2                	mv	a3,a2
80400e60:	08050513          	add	a0,a0,128 # 80405080 <strnlen+0x276>
80400e64:	863e                	mv	a2,a5
80400e66:	c606                	sw	ra,12(sp)
80400e68:	00002097          	auipc	ra,0x2
80400e6c:	6a6080e7          	jalr	1702(ra) # 8040350e <printf>
80400e70:	80407737          	lui	a4,0x80407
80400e74:	0bc72783          	lw	a5,188(a4) # 804070bc <failures>
80400e78:	40b2                	lw	ra,12(sp)
80400e7a:	0785                	add	a5,a5,1
80400e7c:	0af72e23          	sw	a5,188(a4)
80400e80:	0141                	add	sp,sp,16
80400e82:	8082                	ret
80400e84:	80405537          	lui	a0,0x80405
80400e88:	07850513          	add	a0,a0,120 # 80405078 <strnlen+0x26e>
80400e8c:	00002317          	auipc	t1,0x2
80400e90:	68230067          	jr	1666(t1) # 8040350e <printf>

80400e94 <uni_trap_entry>:
80400e94:	7175                	add	sp,sp,-144
80400e96:	c206                	sw	ra,4(sp)
80400e98:	c60e                	sw	gp,12(sp)
80400e9a:	c812                	sw	tp,16(sp)
80400e9c:	ca16                	sw	t0,20(sp)
80400e9e:	cc1a                	sw	t1,24(sp)
80400ea0:	ce1e                	sw	t2,28(sp)
80400ea2:	d022                	sw	s0,32(sp)
80400ea4:	d226                	sw	s1,36(sp)
80400ea6:	d42a                	sw	a0,40(sp)
80400ea8:	d62e                	sw	a1,44(sp)
80400eaa:	d832                	sw	a2,48(sp)
80400eac:	da36                	sw	a3,52(sp)
80400eae:	dc3a                	sw	a4,56(sp)
80400eb0:	de3e                	sw	a5,60(sp)
80400eb2:	c0c2                	sw	a6,64(sp)
80400eb4:	c2c6                	sw	a7,68(sp)
80400eb6:	c4ca                	sw	s2,72(sp)
80400eb8:	c6ce                	sw	s3,76(sp)
80400eba:	c8d2                	sw	s4,80(sp)
80400ebc:	cad6                	sw	s5,84(sp)
80400ebe:	ccda                	sw	s6,88(sp)
80400ec0:	cede                	sw	s7,92(sp)
80400ec2:	d0e2                	sw	s8,96(sp)
80400ec4:	d2e6                	sw	s9,100(sp)
80400ec6:	d4ea                	sw	s10,104(sp)
80400ec8:	d6ee                	sw	s11,108(sp)
80400eca:	d8f2                	sw	t3,112(sp)
80400ecc:	daf6                	sw	t4,116(sp)
80400ece:	dcfa                	sw	t5,120(sp)
80400ed0:	defe                	sw	t6,124(sp)
80400ed2:	09010293          	add	t0,sp,144
80400ed6:	c416                	sw	t0,8(sp)
80400ed8:	00006297          	auipc	t0,0x6
80400edc:	2042a283          	lw	t0,516(t0) # 804070dc <pv_shared_info>
80400ee0:	0202a303          	lw	t1,32(t0)
80400ee4:	c11a                	sw	t1,128(sp)
80400ee6:	0242a303          	lw	t1,36(t0)
80400eea:	c31a                	sw	t1,132(sp)
80400eec:	0282a303          	lw	t1,40(t0)
80400ef0:	c51a                	sw	t1,136(sp)
80400ef2:	02c2a303          	lw	t1,44(t0)
80400ef6:	c71a                	sw	t1,140(sp)
80400ef8:	850a                	mv	a0,sp
80400efa:	00000097          	auipc	ra,0x0
80400efe:	1ee080e7          	jalr	494(ra) # 804010e8 <uni_trap>
80400f02:	00006297          	auipc	t0,0x6
80400f06:	1da2a283          	lw	t0,474(t0) # 804070dc <pv_shared_info>
80400f0a:	430a                	lw	t1,128(sp)
80400f0c:	0262a023          	sw	t1,32(t0)
80400f10:	433a                	lw	t1,140(sp)
80400f12:	0262a623          	sw	t1,44(t0)
80400f16:	4316                	lw	t1,68(sp)
80400f18:	0262ac23          	sw	t1,56(t0)
80400f1c:	4092                	lw	ra,4(sp)
80400f1e:	41b2                	lw	gp,12(sp)
80400f20:	4242                	lw	tp,16(sp)
80400f22:	42d2                	lw	t0,20(sp)
80400f24:	4362                	lw	t1,24(sp)
80400f26:	43f2                	lw	t2,28(sp)
80400f28:	5402                	lw	s0,32(sp)
80400f2a:	5492                	lw	s1,36(sp)
80400f2c:	5522                	lw	a0,40(sp)
80400f2e:	55b2                	lw	a1,44(sp)
80400f30:	5642                	lw	a2,48(sp)
80400f32:	56d2                	lw	a3,52(sp)
80400f34:	5762                	lw	a4,56(sp)
80400f36:	57f2                	lw	a5,60(sp)
80400f38:	4806                	lw	a6,64(sp)
80400f3a:	4926                	lw	s2,72(sp)
80400f3c:	49b6                	lw	s3,76(sp)
80400f3e:	4a46                	lw	s4,80(sp)
80400f40:	4ad6                	lw	s5,84(sp)
80400f42:	4b66                	lw	s6,88(sp)
80400f44:	4bf6                	lw	s7,92(sp)
80400f46:	5c06                	lw	s8,96(sp)
80400f48:	5c96                	lw	s9,100(sp)
80400f4a:	5d26                	lw	s10,104(sp)
80400f4c:	5db6                	lw	s11,108(sp)
80400f4e:	5e46                	lw	t3,112(sp)
80400f50:	5ed6                	lw	t4,116(sp)
80400f52:	5f66                	lw	t5,120(sp)
80400f54:	5ff6                	lw	t6,124(sp)
80400f56:	6149                	add	sp,sp,144
80400f58:	48dd                	li	a7,23
80400f5a:	00000073          	ecall
80400f5e:	a001                	j	80400f5e <uni_trap_entry+0xca>

80400f60 <hex>:
80400f60:	03000793          	li	a5,48
80400f64:	00f50023          	sb	a5,0(a0)
80400f68:	80405637          	lui	a2,0x80405
80400f6c:	07800793          	li	a5,120
80400f70:	00f500a3          	sb	a5,1(a0)
80400f74:	00250693          	add	a3,a0,2
80400f78:	4771                	li	a4,28
80400f7a:	4d460613          	add	a2,a2,1236 # 804054d4 <strnlen+0x6ca>
80400f7e:	5871                	li	a6,-4
80400f80:	00e5d7b3          	srl	a5,a1,a4
80400f84:	8bbd                	and	a5,a5,15
80400f86:	97b2                	add	a5,a5,a2
80400f88:	0007c783          	lbu	a5,0(a5)
80400f8c:	1771                	add	a4,a4,-4
80400f8e:	0685                	add	a3,a3,1
80400f90:	fef68fa3          	sb	a5,-1(a3)
80400f94:	ff0716e3          	bne	a4,a6,80400f80 <hex+0x20>
80400f98:	00050523          	sb	zero,10(a0)
80400f9c:	8082                	ret

80400f9e <run_hooks>:
80400f9e:	1141                	add	sp,sp,-16
80400fa0:	4501                	li	a0,0
80400fa2:	c422                	sw	s0,8(sp)
80400fa4:	c606                	sw	ra,12(sp)
80400fa6:	c226                	sw	s1,4(sp)
80400fa8:	80407437          	lui	s0,0x80407
80400fac:	00000097          	auipc	ra,0x0
80400fb0:	4b2080e7          	jalr	1202(ra) # 8040145e <uni_runtime_set_waiter>
80400fb4:	0c842783          	lw	a5,200(s0) # 804070c8 <nhooks>
80400fb8:	c385                	beqz	a5,80400fd8 <run_hooks+0x3a>
80400fba:	804184b7          	lui	s1,0x80418
80400fbe:	dc048493          	add	s1,s1,-576 # 80417dc0 <hooks>
80400fc2:	17fd                	add	a5,a5,-1
80400fc4:	00279713          	sll	a4,a5,0x2
80400fc8:	9726                	add	a4,a4,s1
80400fca:	4318                	lw	a4,0(a4)
80400fcc:	0cf42423          	sw	a5,200(s0)
80400fd0:	9702                	jalr	a4
80400fd2:	0c842783          	lw	a5,200(s0)
80400fd6:	f7f5                	bnez	a5,80400fc2 <run_hooks+0x24>
80400fd8:	40b2                	lw	ra,12(sp)
80400fda:	4422                	lw	s0,8(sp)
80400fdc:	4492                	lw	s1,4(sp)
80400fde:	0141                	add	sp,sp,16
80400fe0:	8082                	ret

80400fe2 <early_puts>:
80400fe2:	00054783          	lbu	a5,0(a0)
80400fe6:	872a                	mv	a4,a0
80400fe8:	c79d                	beqz	a5,80401016 <early_puts+0x34>
80400fea:	4781                	li	a5,0
80400fec:	0785                	add	a5,a5,1
80400fee:	00f706b3          	add	a3,a4,a5
80400ff2:	0006c683          	lbu	a3,0(a3)
80400ff6:	fafd                	bnez	a3,80400fec <early_puts+0xa>
80400ff8:	40000693          	li	a3,1024
80400ffc:	4501                	li	a0,0
80400ffe:	863a                	mv	a2,a4
80401000:	48c9                	li	a7,18
80401002:	85be                	mv	a1,a5
80401004:	00f6f463          	bgeu	a3,a5,8040100c <early_puts+0x2a>
80401008:	40000593          	li	a1,1024
8040100c:	00000073          	ecall
80401010:	8f8d                	sub	a5,a5,a1
80401012:	972e                	add	a4,a4,a1
80401014:	f7e5                	bnez	a5,80400ffc <early_puts+0x1a>
80401016:	8082                	ret

80401018 <uni_early_write>:
80401018:	87ae                	mv	a5,a1
8040101a:	872a                	mv	a4,a0
8040101c:	c185                	beqz	a1,8040103c <uni_early_write+0x24>
8040101e:	40000693          	li	a3,1024
80401022:	4501                	li	a0,0
80401024:	863a                	mv	a2,a4
80401026:	48c9                	li	a7,18
80401028:	85be                	mv	a1,a5
8040102a:	00f6f463          	bgeu	a3,a5,80401032 <uni_early_write+0x1a>
8040102e:	40000593          	li	a1,1024
80401032:	00000073          	ecall
80401036:	8f8d                	sub	a5,a5,a1
80401038:	972e                	add	a4,a4,a1
8040103a:	f7e5                	bnez	a5,80401022 <uni_early_write+0xa>
8040103c:	8082                	ret

8040103e <uni_at_shutdown>:
8040103e:	804076b7          	lui	a3,0x80407
80401042:	0c86a783          	lw	a5,200(a3) # 804070c8 <nhooks>
80401046:	4721                	li	a4,8
80401048:	00e78f63          	beq	a5,a4,80401066 <uni_at_shutdown+0x28>
8040104c:	80418737          	lui	a4,0x80418
80401050:	00279613          	sll	a2,a5,0x2
80401054:	dc070713          	add	a4,a4,-576 # 80417dc0 <hooks>
80401058:	0785                	add	a5,a5,1
8040105a:	9732                	add	a4,a4,a2
8040105c:	c308                	sw	a0,0(a4)
8040105e:	0cf6a423          	sw	a5,200(a3)
80401062:	4501                	li	a0,0
80401064:	8082                	ret
80401066:	557d                	li	a0,-1
80401068:	8082                	ret

8040106a <uni_poweroff>:
8040106a:	1141                	add	sp,sp,-16
8040106c:	c422                	sw	s0,8(sp)
8040106e:	c606                	sw	ra,12(sp)
80401070:	842a                	mv	s0,a0
80401072:	00000097          	auipc	ra,0x0
80401076:	f2c080e7          	jalr	-212(ra) # 80400f9e <run_hooks>
8040107a:	67c1                	lui	a5,0x10
8040107c:	00841593          	sll	a1,s0,0x8
80401080:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80401082:	8dfd                	and	a1,a1,a5
80401084:	4509                	li	a0,2
80401086:	48f5                	li	a7,29
80401088:	00000073          	ecall
8040108c:	bfe5                	j	80401084 <uni_poweroff+0x1a>

8040108e <uni_panic>:
8040108e:	804077b7          	lui	a5,0x80407
80401092:	0c47a703          	lw	a4,196(a5) # 804070c4 <panicking>
80401096:	1141                	add	sp,sp,-16
80401098:	c422                	sw	s0,8(sp)
8040109a:	c606                	sw	ra,12(sp)
8040109c:	842a                	mv	s0,a0
8040109e:	cf0d                	beqz	a4,804010d8 <uni_panic+0x4a>
804010a0:	80405537          	lui	a0,0x80405
804010a4:	4e850513          	add	a0,a0,1256 # 804054e8 <strnlen+0x6de>
804010a8:	00000097          	auipc	ra,0x0
804010ac:	f3a080e7          	jalr	-198(ra) # 80400fe2 <early_puts>
804010b0:	8522                	mv	a0,s0
804010b2:	00000097          	auipc	ra,0x0
804010b6:	f30080e7          	jalr	-208(ra) # 80400fe2 <early_puts>
804010ba:	80405537          	lui	a0,0x80405
804010be:	09850513          	add	a0,a0,152 # 80405098 <strnlen+0x28e>
804010c2:	00000097          	auipc	ra,0x0
804010c6:	f20080e7          	jalr	-224(ra) # 80400fe2 <early_puts>
804010ca:	4509                	li	a0,2
804010cc:	10300593          	li	a1,259
804010d0:	48f5                	li	a7,29
804010d2:	00000073          	ecall
804010d6:	bfd5                	j	804010ca <uni_panic+0x3c>
804010d8:	4705                	li	a4,1
804010da:	0ce7a223          	sw	a4,196(a5)
804010de:	00000097          	auipc	ra,0x0
804010e2:	ec0080e7          	jalr	-320(ra) # 80400f9e <run_hooks>
804010e6:	bf6d                	j	804010a0 <uni_panic+0x12>

804010e8 <uni_trap>:
804010e8:	08452703          	lw	a4,132(a0)
804010ec:	800007b7          	lui	a5,0x80000
804010f0:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
804010f2:	00f71d63          	bne	a4,a5,8040110c <uni_trap+0x24>
804010f6:	80407737          	lui	a4,0x80407
804010fa:	0c072783          	lw	a5,192(a4) # 804070c0 <upcalls>
804010fe:	0785                	add	a5,a5,1
80401100:	0cf72023          	sw	a5,192(a4)
80401104:	00000317          	auipc	t1,0x0
80401108:	43030067          	jr	1072(t1) # 80401534 <evtchn_do_upcall>
8040110c:	804077b7          	lui	a5,0x80407
80401110:	0c47a703          	lw	a4,196(a5) # 804070c4 <panicking>
80401114:	7139                	add	sp,sp,-64
80401116:	dc22                	sw	s0,56(sp)
80401118:	de06                	sw	ra,60(sp)
8040111a:	842a                	mv	s0,a0
8040111c:	c771                	beqz	a4,804011e8 <uni_trap+0x100>
8040111e:	80405537          	lui	a0,0x80405
80401122:	50050513          	add	a0,a0,1280 # 80405500 <strnlen+0x6f6>
80401126:	00000097          	auipc	ra,0x0
8040112a:	ebc080e7          	jalr	-324(ra) # 80400fe2 <early_puts>
8040112e:	08442703          	lw	a4,132(s0)
80401132:	47bd                	li	a5,15
80401134:	0ae7e563          	bltu	a5,a4,804011de <uni_trap+0xf6>
80401138:	804057b7          	lui	a5,0x80405
8040113c:	070a                	sll	a4,a4,0x2
8040113e:	7bc78793          	add	a5,a5,1980 # 804057bc <names.0>
80401142:	97ba                	add	a5,a5,a4
80401144:	4388                	lw	a0,0(a5)
80401146:	00000097          	auipc	ra,0x0
8040114a:	e9c080e7          	jalr	-356(ra) # 80400fe2 <early_puts>
8040114e:	80405537          	lui	a0,0x80405
80401152:	51850513          	add	a0,a0,1304 # 80405518 <strnlen+0x70e>
80401156:	00000097          	auipc	ra,0x0
8040115a:	e8c080e7          	jalr	-372(ra) # 80400fe2 <early_puts>
8040115e:	08442583          	lw	a1,132(s0)
80401162:	0068                	add	a0,sp,12
80401164:	00000097          	auipc	ra,0x0
80401168:	dfc080e7          	jalr	-516(ra) # 80400f60 <hex>
8040116c:	00000097          	auipc	ra,0x0
80401170:	e76080e7          	jalr	-394(ra) # 80400fe2 <early_puts>
80401174:	80405537          	lui	a0,0x80405
80401178:	52450513          	add	a0,a0,1316 # 80405524 <strnlen+0x71a>
8040117c:	00000097          	auipc	ra,0x0
80401180:	e66080e7          	jalr	-410(ra) # 80400fe2 <early_puts>
80401184:	08042583          	lw	a1,128(s0)
80401188:	0828                	add	a0,sp,24
8040118a:	00000097          	auipc	ra,0x0
8040118e:	dd6080e7          	jalr	-554(ra) # 80400f60 <hex>
80401192:	00000097          	auipc	ra,0x0
80401196:	e50080e7          	jalr	-432(ra) # 80400fe2 <early_puts>
8040119a:	80405537          	lui	a0,0x80405
8040119e:	53050513          	add	a0,a0,1328 # 80405530 <strnlen+0x726>
804011a2:	00000097          	auipc	ra,0x0
804011a6:	e40080e7          	jalr	-448(ra) # 80400fe2 <early_puts>
804011aa:	08842583          	lw	a1,136(s0)
804011ae:	1048                	add	a0,sp,36
804011b0:	00000097          	auipc	ra,0x0
804011b4:	db0080e7          	jalr	-592(ra) # 80400f60 <hex>
804011b8:	00000097          	auipc	ra,0x0
804011bc:	e2a080e7          	jalr	-470(ra) # 80400fe2 <early_puts>
804011c0:	80405537          	lui	a0,0x80405
804011c4:	09850513          	add	a0,a0,152 # 80405098 <strnlen+0x28e>
804011c8:	00000097          	auipc	ra,0x0
804011cc:	e1a080e7          	jalr	-486(ra) # 80400fe2 <early_puts>
804011d0:	4509                	li	a0,2
804011d2:	10300593          	li	a1,259
804011d6:	48f5                	li	a7,29
804011d8:	00000073          	ecall
804011dc:	bfd5                	j	804011d0 <uni_trap+0xe8>
804011de:	80405537          	lui	a0,0x80405
804011e2:	4f850513          	add	a0,a0,1272 # 804054f8 <strnlen+0x6ee>
804011e6:	b785                	j	80401146 <uni_trap+0x5e>
804011e8:	4705                	li	a4,1
804011ea:	0ce7a223          	sw	a4,196(a5)
804011ee:	00000097          	auipc	ra,0x0
804011f2:	db0080e7          	jalr	-592(ra) # 80400f9e <run_hooks>
804011f6:	b725                	j	8040111e <uni_trap+0x36>

804011f8 <uni_virt_to_mfn>:
804011f8:	800007b7          	lui	a5,0x80000
804011fc:	80407737          	lui	a4,0x80407
80401200:	0cc72703          	lw	a4,204(a4) # 804070cc <uni_start_info>
80401204:	97aa                	add	a5,a5,a0
80401206:	00055b63          	bgez	a0,8040121c <uni_virt_to_mfn+0x24>
8040120a:	5314                	lw	a3,32(a4)
8040120c:	83b1                	srl	a5,a5,0xc
8040120e:	00d7f763          	bgeu	a5,a3,8040121c <uni_virt_to_mfn+0x24>
80401212:	4378                	lw	a4,68(a4)
80401214:	078a                	sll	a5,a5,0x2
80401216:	97ba                	add	a5,a5,a4
80401218:	4388                	lw	a0,0(a5)
8040121a:	8082                	ret
8040121c:	80405537          	lui	a0,0x80405
80401220:	1141                	add	sp,sp,-16
80401222:	53c50513          	add	a0,a0,1340 # 8040553c <strnlen+0x732>
80401226:	c606                	sw	ra,12(sp)
80401228:	00000097          	auipc	ra,0x0
8040122c:	e66080e7          	jalr	-410(ra) # 8040108e <uni_panic>

80401230 <uni_mfn_to_virt>:
80401230:	804077b7          	lui	a5,0x80407
80401234:	0cc7a783          	lw	a5,204(a5) # 804070cc <uni_start_info>
80401238:	4701                	li	a4,0
8040123a:	0207a803          	lw	a6,32(a5)
8040123e:	43ec                	lw	a1,68(a5)
80401240:	8642                	mv	a2,a6
80401242:	a029                	j	8040124c <uni_mfn_to_virt+0x1c>
80401244:	4294                	lw	a3,0(a3)
80401246:	04a6e763          	bltu	a3,a0,80401294 <uni_mfn_to_virt+0x64>
8040124a:	863e                	mv	a2,a5
8040124c:	40e607b3          	sub	a5,a2,a4
80401250:	8385                	srl	a5,a5,0x1
80401252:	97ba                	add	a5,a5,a4
80401254:	00279693          	sll	a3,a5,0x2
80401258:	96ae                	add	a3,a3,a1
8040125a:	fec765e3          	bltu	a4,a2,80401244 <uni_mfn_to_virt+0x14>
8040125e:	00e80863          	beq	a6,a4,8040126e <uni_mfn_to_virt+0x3e>
80401262:	00271793          	sll	a5,a4,0x2
80401266:	97ae                	add	a5,a5,a1
80401268:	439c                	lw	a5,0(a5)
8040126a:	00a78f63          	beq	a5,a0,80401288 <uni_mfn_to_virt+0x58>
8040126e:	4701                	li	a4,0
80401270:	00081663          	bnez	a6,8040127c <uni_mfn_to_virt+0x4c>
80401274:	a01d                	j	8040129a <uni_mfn_to_virt+0x6a>
80401276:	0705                	add	a4,a4,1
80401278:	02e80163          	beq	a6,a4,8040129a <uni_mfn_to_virt+0x6a>
8040127c:	419c                	lw	a5,0(a1)
8040127e:	0591                	add	a1,a1,4
80401280:	fea79be3          	bne	a5,a0,80401276 <uni_mfn_to_virt+0x46>
80401284:	00e80b63          	beq	a6,a4,8040129a <uni_mfn_to_virt+0x6a>
80401288:	0732                	sll	a4,a4,0xc
8040128a:	800007b7          	lui	a5,0x80000
8040128e:	00f70533          	add	a0,a4,a5
80401292:	8082                	ret
80401294:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80401298:	bf55                	j	8040124c <uni_mfn_to_virt+0x1c>
8040129a:	4501                	li	a0,0
8040129c:	8082                	ret

8040129e <uni_runtime_start>:
8040129e:	804057b7          	lui	a5,0x80405
804012a2:	1141                	add	sp,sp,-16
804012a4:	80407737          	lui	a4,0x80407
804012a8:	56078793          	add	a5,a5,1376 # 80405560 <strnlen+0x756>
804012ac:	c422                	sw	s0,8(sp)
804012ae:	0ca72623          	sw	a0,204(a4) # 804070cc <uni_start_info>
804012b2:	c606                	sw	ra,12(sp)
804012b4:	c226                	sw	s1,4(sp)
804012b6:	c04a                	sw	s2,0(sp)
804012b8:	842a                	mv	s0,a0
804012ba:	01878593          	add	a1,a5,24
804012be:	872a                	mv	a4,a0
804012c0:	00074603          	lbu	a2,0(a4)
804012c4:	0007c683          	lbu	a3,0(a5)
804012c8:	10d61363          	bne	a2,a3,804013ce <uni_runtime_start+0x130>
804012cc:	0785                	add	a5,a5,1
804012ce:	0705                	add	a4,a4,1
804012d0:	feb798e3          	bne	a5,a1,804012c0 <uni_runtime_start+0x22>
804012d4:	4501                	li	a0,0
804012d6:	4581                	li	a1,0
804012d8:	48c5                	li	a7,17
804012da:	00000073          	ecall
804012de:	4785                	li	a5,1
804012e0:	8141                	srl	a0,a0,0x10
804012e2:	10f51663          	bne	a0,a5,804013ee <uni_runtime_start+0x150>
804012e6:	4519                	li	a0,6
804012e8:	00000073          	ecall
804012ec:	8909                	and	a0,a0,2
804012ee:	10050863          	beqz	a0,804013fe <uni_runtime_start+0x160>
804012f2:	5008                	lw	a0,32(s0)
804012f4:	04042803          	lw	a6,64(s0)
804012f8:	03c42883          	lw	a7,60(s0)
804012fc:	442c                	lw	a1,72(s0)
804012fe:	00080637          	lui	a2,0x80
80401302:	00c50733          	add	a4,a0,a2
80401306:	00c81793          	sll	a5,a6,0xc
8040130a:	00c71693          	sll	a3,a4,0xc
8040130e:	01178733          	add	a4,a5,a7
80401312:	0cc59663          	bne	a1,a2,804013de <uni_runtime_start+0x140>
80401316:	8041b7b7          	lui	a5,0x8041b
8040131a:	6f078793          	add	a5,a5,1776 # 8041b6f0 <__bss_end>
8040131e:	0cf46063          	bltu	s0,a5,804013de <uni_runtime_start+0x140>
80401322:	0a88ee63          	bltu	a7,s0,804013de <uni_runtime_start+0x140>
80401326:	0a080c63          	beqz	a6,804013de <uni_runtime_start+0x140>
8040132a:	0ae6ea63          	bltu	a3,a4,804013de <uni_runtime_start+0x140>
8040132e:	0aa5e863          	bltu	a1,a0,804013de <uni_runtime_start+0x140>
80401332:	5048                	lw	a0,36(s0)
80401334:	00000097          	auipc	ra,0x0
80401338:	1b0080e7          	jalr	432(ra) # 804014e4 <evtchn_init>
8040133c:	80401537          	lui	a0,0x80401
80401340:	e9450513          	add	a0,a0,-364 # 80400e94 <uni_trap_entry>
80401344:	4581                	li	a1,0
80401346:	4891                	li	a7,4
80401348:	00000073          	ecall
8040134c:	06054963          	bltz	a0,804013be <uni_runtime_start+0x120>
80401350:	00000097          	auipc	ra,0x0
80401354:	0c0080e7          	jalr	192(ra) # 80401410 <uni_wait_init>
80401358:	80418937          	lui	s2,0x80418
8040135c:	de090593          	add	a1,s2,-544 # 80417de0 <cmdline>
80401360:	de090693          	add	a3,s2,-544
80401364:	4781                	li	a5,0
80401366:	20000613          	li	a2,512
8040136a:	a039                	j	80401378 <uni_runtime_start+0xda>
8040136c:	00e68023          	sb	a4,0(a3)
80401370:	0785                	add	a5,a5,1
80401372:	0685                	add	a3,a3,1
80401374:	00c78763          	beq	a5,a2,80401382 <uni_runtime_start+0xe4>
80401378:	00f40733          	add	a4,s0,a5
8040137c:	04c74703          	lbu	a4,76(a4)
80401380:	f775                	bnez	a4,8040136c <uni_runtime_start+0xce>
80401382:	97ae                	add	a5,a5,a1
80401384:	80407437          	lui	s0,0x80407
80401388:	804074b7          	lui	s1,0x80407
8040138c:	00078023          	sb	zero,0(a5)
80401390:	0ac48493          	add	s1,s1,172 # 804070ac <__init_array_end>
80401394:	09c40793          	add	a5,s0,156 # 8040709c <__init_array_start>
80401398:	0097f963          	bgeu	a5,s1,804013aa <uni_runtime_start+0x10c>
8040139c:	09c40413          	add	s0,s0,156
804013a0:	401c                	lw	a5,0(s0)
804013a2:	0411                	add	s0,s0,4
804013a4:	9782                	jalr	a5
804013a6:	fe946de3          	bltu	s0,s1,804013a0 <uni_runtime_start+0x102>
804013aa:	de090513          	add	a0,s2,-544
804013ae:	00001097          	auipc	ra,0x1
804013b2:	4d8080e7          	jalr	1240(ra) # 80402886 <uni_main>
804013b6:	00000097          	auipc	ra,0x0
804013ba:	cb4080e7          	jalr	-844(ra) # 8040106a <uni_poweroff>
804013be:	80405537          	lui	a0,0x80405
804013c2:	63450513          	add	a0,a0,1588 # 80405634 <strnlen+0x82a>
804013c6:	00000097          	auipc	ra,0x0
804013ca:	cc8080e7          	jalr	-824(ra) # 8040108e <uni_panic>
804013ce:	80405537          	lui	a0,0x80405
804013d2:	57850513          	add	a0,a0,1400 # 80405578 <strnlen+0x76e>
804013d6:	00000097          	auipc	ra,0x0
804013da:	cb8080e7          	jalr	-840(ra) # 8040108e <uni_panic>
804013de:	80405537          	lui	a0,0x80405
804013e2:	60c50513          	add	a0,a0,1548 # 8040560c <strnlen+0x802>
804013e6:	00000097          	auipc	ra,0x0
804013ea:	ca8080e7          	jalr	-856(ra) # 8040108e <uni_panic>
804013ee:	80405537          	lui	a0,0x80405
804013f2:	5a850513          	add	a0,a0,1448 # 804055a8 <strnlen+0x79e>
804013f6:	00000097          	auipc	ra,0x0
804013fa:	c98080e7          	jalr	-872(ra) # 8040108e <uni_panic>
804013fe:	80405537          	lui	a0,0x80405
80401402:	5e450513          	add	a0,a0,1508 # 804055e4 <strnlen+0x7da>
80401406:	00000097          	auipc	ra,0x0
8040140a:	c88080e7          	jalr	-888(ra) # 8040108e <uni_panic>

8040140e <timer_event>:
8040140e:	8082                	ret

80401410 <uni_wait_init>:
80401410:	1141                	add	sp,sp,-16
80401412:	c422                	sw	s0,8(sp)
80401414:	80407437          	lui	s0,0x80407
80401418:	0d440593          	add	a1,s0,212 # 804070d4 <timer_port>
8040141c:	4501                	li	a0,0
8040141e:	c606                	sw	ra,12(sp)
80401420:	00000097          	auipc	ra,0x0
80401424:	210080e7          	jalr	528(ra) # 80401630 <evtchn_bind_virq>
80401428:	02054363          	bltz	a0,8040144e <uni_wait_init+0x3e>
8040142c:	0d442503          	lw	a0,212(s0)
80401430:	804015b7          	lui	a1,0x80401
80401434:	4601                	li	a2,0
80401436:	40e58593          	add	a1,a1,1038 # 8040140e <timer_event>
8040143a:	00000097          	auipc	ra,0x0
8040143e:	0d6080e7          	jalr	214(ra) # 80401510 <evtchn_bind>
80401442:	00054663          	bltz	a0,8040144e <uni_wait_init+0x3e>
80401446:	40b2                	lw	ra,12(sp)
80401448:	4422                	lw	s0,8(sp)
8040144a:	0141                	add	sp,sp,16
8040144c:	8082                	ret
8040144e:	80405537          	lui	a0,0x80405
80401452:	7fc50513          	add	a0,a0,2044 # 804057fc <names.0+0x40>
80401456:	00000097          	auipc	ra,0x0
8040145a:	c38080e7          	jalr	-968(ra) # 8040108e <uni_panic>

8040145e <uni_runtime_set_waiter>:
8040145e:	804077b7          	lui	a5,0x80407
80401462:	0ca7a823          	sw	a0,208(a5) # 804070d0 <waiter>
80401466:	8082                	ret

80401468 <uni_block_until>:
80401468:	57fd                	li	a5,-1
8040146a:	02f50a63          	beq	a0,a5,8040149e <uni_block_until+0x36>
8040146e:	c81027f3          	rdtimeh	a5
80401472:	c01026f3          	rdtime	a3
80401476:	c8102773          	rdtimeh	a4
8040147a:	fee79ae3          	bne	a5,a4,8040146e <uni_block_until+0x6>
8040147e:	00b7fb63          	bgeu	a5,a1,80401494 <uni_block_until+0x2c>
80401482:	48bd                	li	a7,15
80401484:	00000073          	ecall
80401488:	00054e63          	bltz	a0,804014a4 <uni_block_until+0x3c>
8040148c:	00000317          	auipc	t1,0x0
80401490:	21e30067          	jr	542(t1) # 804016aa <pv_block>
80401494:	00f59463          	bne	a1,a5,8040149c <uni_block_until+0x34>
80401498:	fea6e5e3          	bltu	a3,a0,80401482 <uni_block_until+0x1a>
8040149c:	8082                	ret
8040149e:	fca598e3          	bne	a1,a0,8040146e <uni_block_until+0x6>
804014a2:	b7ed                	j	8040148c <uni_block_until+0x24>
804014a4:	80406537          	lui	a0,0x80406
804014a8:	1141                	add	sp,sp,-16
804014aa:	82450513          	add	a0,a0,-2012 # 80405824 <names.0+0x68>
804014ae:	c606                	sw	ra,12(sp)
804014b0:	00000097          	auipc	ra,0x0
804014b4:	bde080e7          	jalr	-1058(ra) # 8040108e <uni_panic>

804014b8 <uni_wait_until>:
804014b8:	804077b7          	lui	a5,0x80407
804014bc:	0d07a783          	lw	a5,208(a5) # 804070d0 <waiter>
804014c0:	c391                	beqz	a5,804014c4 <uni_wait_until+0xc>
804014c2:	8782                	jr	a5
804014c4:	00000317          	auipc	t1,0x0
804014c8:	fa430067          	jr	-92(t1) # 80401468 <uni_block_until>

804014cc <uni_wait>:
804014cc:	804077b7          	lui	a5,0x80407
804014d0:	0d07a783          	lw	a5,208(a5) # 804070d0 <waiter>
804014d4:	c781                	beqz	a5,804014dc <uni_wait+0x10>
804014d6:	557d                	li	a0,-1
804014d8:	55fd                	li	a1,-1
804014da:	8782                	jr	a5
804014dc:	00000317          	auipc	t1,0x0
804014e0:	1ce30067          	jr	462(t1) # 804016aa <pv_block>

804014e4 <evtchn_init>:
804014e4:	80407737          	lui	a4,0x80407
804014e8:	804187b7          	lui	a5,0x80418
804014ec:	fe478793          	add	a5,a5,-28 # 80417fe4 <handlers>
804014f0:	0ca72e23          	sw	a0,220(a4) # 804070dc <pv_shared_info>
804014f4:	6709                	lui	a4,0x2
804014f6:	973e                	add	a4,a4,a5
804014f8:	0007a023          	sw	zero,0(a5)
804014fc:	0007a223          	sw	zero,4(a5)
80401500:	07a1                	add	a5,a5,8
80401502:	fee79be3          	bne	a5,a4,804014f8 <evtchn_init+0x14>
80401506:	804077b7          	lui	a5,0x80407
8040150a:	0c07ac23          	sw	zero,216(a5) # 804070d8 <stray>
8040150e:	8082                	ret

80401510 <evtchn_bind>:
80401510:	fff50713          	add	a4,a0,-1
80401514:	3fe00793          	li	a5,1022
80401518:	00e7ec63          	bltu	a5,a4,80401530 <evtchn_bind+0x20>
8040151c:	804187b7          	lui	a5,0x80418
80401520:	050e                	sll	a0,a0,0x3
80401522:	fe478793          	add	a5,a5,-28 # 80417fe4 <handlers>
80401526:	97aa                	add	a5,a5,a0
80401528:	c3d0                	sw	a2,4(a5)
8040152a:	c38c                	sw	a1,0(a5)
8040152c:	4501                	li	a0,0
8040152e:	8082                	ret
80401530:	5529                	li	a0,-22
80401532:	8082                	ret

80401534 <evtchn_do_upcall>:
80401534:	7179                	add	sp,sp,-48
80401536:	804077b7          	lui	a5,0x80407
8040153a:	c65e                	sw	s7,12(sp)
8040153c:	0dc7ab83          	lw	s7,220(a5) # 804070dc <pv_shared_info>
80401540:	cc52                	sw	s4,24(sp)
80401542:	80418a37          	lui	s4,0x80418
80401546:	c85a                	sw	s6,16(sp)
80401548:	c462                	sw	s8,8(sp)
8040154a:	c266                	sw	s9,4(sp)
8040154c:	d606                	sw	ra,44(sp)
8040154e:	d422                	sw	s0,40(sp)
80401550:	d226                	sw	s1,36(sp)
80401552:	d04a                	sw	s2,32(sp)
80401554:	ce4e                	sw	s3,28(sp)
80401556:	ca56                	sw	s5,20(sp)
80401558:	4c81                	li	s9,0
8040155a:	004b8c13          	add	s8,s7,4
8040155e:	fe4a0a13          	add	s4,s4,-28 # 80417fe4 <handlers>
80401562:	80407b37          	lui	s6,0x80407
80401566:	000b8023          	sb	zero,0(s7)
8040156a:	0330000f          	fence	rw,rw
8040156e:	8ae6                	mv	s5,s9
80401570:	0f50000f          	fence	iorw,ow
80401574:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80401578:	4985                	li	s3,1
8040157a:	080a8163          	beqz	s5,804015fc <evtchn_do_upcall+0xc8>
8040157e:	8556                	mv	a0,s5
80401580:	00002097          	auipc	ra,0x2
80401584:	82e080e7          	jalr	-2002(ra) # 80402dae <__ctzsi2>
80401588:	01050413          	add	s0,a0,16
8040158c:	040a                	sll	s0,s0,0x2
8040158e:	08040913          	add	s2,s0,128
80401592:	fffa8793          	add	a5,s5,-1
80401596:	00fafab3          	and	s5,s5,a5
8040159a:	945e                	add	s0,s0,s7
8040159c:	995e                	add	s2,s2,s7
8040159e:	00551493          	sll	s1,a0,0x5
804015a2:	401c                	lw	a5,0(s0)
804015a4:	0ff0000f          	fence
804015a8:	00092503          	lw	a0,0(s2)
804015ac:	fff54513          	not	a0,a0
804015b0:	8d7d                	and	a0,a0,a5
804015b2:	d561                	beqz	a0,8040157a <evtchn_do_upcall+0x46>
804015b4:	00001097          	auipc	ra,0x1
804015b8:	7fa080e7          	jalr	2042(ra) # 80402dae <__ctzsi2>
804015bc:	00a997b3          	sll	a5,s3,a0
804015c0:	fff7c793          	not	a5,a5
804015c4:	0f50000f          	fence	iorw,ow
804015c8:	64f4202f          	amoand.w.aq	zero,a5,(s0)
804015cc:	9526                	add	a0,a0,s1
804015ce:	00351793          	sll	a5,a0,0x3
804015d2:	97d2                	add	a5,a5,s4
804015d4:	4398                	lw	a4,0(a5)
804015d6:	cf09                	beqz	a4,804015f0 <evtchn_do_upcall+0xbc>
804015d8:	43cc                	lw	a1,4(a5)
804015da:	9702                	jalr	a4
804015dc:	401c                	lw	a5,0(s0)
804015de:	0ff0000f          	fence
804015e2:	00092503          	lw	a0,0(s2)
804015e6:	fff54513          	not	a0,a0
804015ea:	8d7d                	and	a0,a0,a5
804015ec:	f561                	bnez	a0,804015b4 <evtchn_do_upcall+0x80>
804015ee:	b771                	j	8040157a <evtchn_do_upcall+0x46>
804015f0:	0d8b2783          	lw	a5,216(s6) # 804070d8 <stray>
804015f4:	0785                	add	a5,a5,1
804015f6:	0cfb2c23          	sw	a5,216(s6)
804015fa:	b765                	j	804015a2 <evtchn_do_upcall+0x6e>
804015fc:	000bc783          	lbu	a5,0(s7)
80401600:	f3bd                	bnez	a5,80401566 <evtchn_do_upcall+0x32>
80401602:	50b2                	lw	ra,44(sp)
80401604:	5422                	lw	s0,40(sp)
80401606:	5492                	lw	s1,36(sp)
80401608:	5902                	lw	s2,32(sp)
8040160a:	49f2                	lw	s3,28(sp)
8040160c:	4a62                	lw	s4,24(sp)
8040160e:	4ad2                	lw	s5,20(sp)
80401610:	4b42                	lw	s6,16(sp)
80401612:	4bb2                	lw	s7,12(sp)
80401614:	4c22                	lw	s8,8(sp)
80401616:	4c92                	lw	s9,4(sp)
80401618:	6145                	add	sp,sp,48
8040161a:	8082                	ret

8040161c <evtchn_send>:
8040161c:	1141                	add	sp,sp,-16
8040161e:	c62a                	sw	a0,12(sp)
80401620:	006c                	add	a1,sp,12
80401622:	4511                	li	a0,4
80401624:	02000893          	li	a7,32
80401628:	00000073          	ecall
8040162c:	0141                	add	sp,sp,16
8040162e:	8082                	ret

80401630 <evtchn_bind_virq>:
80401630:	1141                	add	sp,sp,-16
80401632:	86ae                	mv	a3,a1
80401634:	c22a                	sw	a0,4(sp)
80401636:	c402                	sw	zero,8(sp)
80401638:	c602                	sw	zero,12(sp)
8040163a:	4505                	li	a0,1
8040163c:	004c                	add	a1,sp,4
8040163e:	02000893          	li	a7,32
80401642:	00000073          	ecall
80401646:	00054b63          	bltz	a0,8040165c <evtchn_bind_virq+0x2c>
8040164a:	4732                	lw	a4,12(sp)
8040164c:	cb11                	beqz	a4,80401660 <evtchn_bind_virq+0x30>
8040164e:	c298                	sw	a4,0(a3)
80401650:	3fe00793          	li	a5,1022
80401654:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80401656:	00e7e763          	bltu	a5,a4,80401664 <evtchn_bind_virq+0x34>
8040165a:	4501                	li	a0,0
8040165c:	0141                	add	sp,sp,16
8040165e:	8082                	ret
80401660:	872a                	mv	a4,a0
80401662:	b7f5                	j	8040164e <evtchn_bind_virq+0x1e>
80401664:	5529                	li	a0,-22
80401666:	bfdd                	j	8040165c <evtchn_bind_virq+0x2c>

80401668 <evtchn_alloc_unbound>:
80401668:	77e1                	lui	a5,0xffff8
8040166a:	1141                	add	sp,sp,-16
8040166c:	ff07c793          	xor	a5,a5,-16
80401670:	86ae                	mv	a3,a1
80401672:	00a11523          	sh	a0,10(sp)
80401676:	00f11423          	sh	a5,8(sp)
8040167a:	c602                	sw	zero,12(sp)
8040167c:	4519                	li	a0,6
8040167e:	002c                	add	a1,sp,8
80401680:	02000893          	li	a7,32
80401684:	00000073          	ecall
80401688:	00054b63          	bltz	a0,8040169e <evtchn_alloc_unbound+0x36>
8040168c:	4732                	lw	a4,12(sp)
8040168e:	cb11                	beqz	a4,804016a2 <evtchn_alloc_unbound+0x3a>
80401690:	c298                	sw	a4,0(a3)
80401692:	3fe00793          	li	a5,1022
80401696:	177d                	add	a4,a4,-1
80401698:	00e7e763          	bltu	a5,a4,804016a6 <evtchn_alloc_unbound+0x3e>
8040169c:	4501                	li	a0,0
8040169e:	0141                	add	sp,sp,16
804016a0:	8082                	ret
804016a2:	872a                	mv	a4,a0
804016a4:	b7f5                	j	80401690 <evtchn_alloc_unbound+0x28>
804016a6:	5529                	li	a0,-22
804016a8:	bfdd                	j	8040169e <evtchn_alloc_unbound+0x36>

804016aa <pv_block>:
804016aa:	4505                	li	a0,1
804016ac:	4581                	li	a1,0
804016ae:	48f5                	li	a7,29
804016b0:	00000073          	ecall
804016b4:	804077b7          	lui	a5,0x80407
804016b8:	0dc7a783          	lw	a5,220(a5) # 804070dc <pv_shared_info>
804016bc:	4705                	li	a4,1
804016be:	00e780a3          	sb	a4,1(a5)
804016c2:	8082                	ret

804016c4 <gnttab_setup_frame>:
804016c4:	77e1                	lui	a5,0xffff8
804016c6:	1141                	add	sp,sp,-16
804016c8:	ff07c793          	xor	a5,a5,-16
804016cc:	00f11023          	sh	a5,0(sp)
804016d0:	4785                	li	a5,1
804016d2:	872a                	mv	a4,a0
804016d4:	00011123          	sh	zero,2(sp)
804016d8:	00011423          	sh	zero,8(sp)
804016dc:	00011523          	sh	zero,10(sp)
804016e0:	00011623          	sh	zero,12(sp)
804016e4:	00011723          	sh	zero,14(sp)
804016e8:	c23e                	sw	a5,4(sp)
804016ea:	4509                	li	a0,2
804016ec:	858a                	mv	a1,sp
804016ee:	4605                	li	a2,1
804016f0:	48d1                	li	a7,20
804016f2:	00000073          	ecall
804016f6:	00054863          	bltz	a0,80401706 <gnttab_setup_frame+0x42>
804016fa:	00811783          	lh	a5,8(sp)
804016fe:	e791                	bnez	a5,8040170a <gnttab_setup_frame+0x46>
80401700:	47b2                	lw	a5,12(sp)
80401702:	4501                	li	a0,0
80401704:	c31c                	sw	a5,0(a4)
80401706:	0141                	add	sp,sp,16
80401708:	8082                	ret
8040170a:	853e                	mv	a0,a5
8040170c:	0007c363          	bltz	a5,80401712 <gnttab_setup_frame+0x4e>
80401710:	557d                	li	a0,-1
80401712:	0542                	sll	a0,a0,0x10
80401714:	8541                	sra	a0,a0,0x10
80401716:	0141                	add	sp,sp,16
80401718:	8082                	ret

8040171a <gnttab_init>:
8040171a:	8041a7b7          	lui	a5,0x8041a
8040171e:	fe478693          	add	a3,a5,-28 # 80419fe4 <in_use>
80401722:	80407737          	lui	a4,0x80407
80401726:	0ea72023          	sw	a0,224(a4) # 804070e0 <table>
8040172a:	fe478793          	add	a5,a5,-28
8040172e:	04068713          	add	a4,a3,64
80401732:	0007a023          	sw	zero,0(a5)
80401736:	0791                	add	a5,a5,4
80401738:	fee79de3          	bne	a5,a4,80401732 <gnttab_init+0x18>
8040173c:	4785                	li	a5,1
8040173e:	c29c                	sw	a5,0(a3)
80401740:	8082                	ret

80401742 <gnttab_grant_access>:
80401742:	8041a7b7          	lui	a5,0x8041a
80401746:	fe478793          	add	a5,a5,-28 # 80419fe4 <in_use>
8040174a:	4394                	lw	a3,0(a5)
8040174c:	872a                	mv	a4,a0
8040174e:	4505                	li	a0,1
80401750:	0026f813          	and	a6,a3,2
80401754:	02081f63          	bnez	a6,80401792 <gnttab_grant_access+0x50>
80401758:	4e21                	li	t3,8
8040175a:	4309                	li	t1,2
8040175c:	4881                	li	a7,0
8040175e:	80407837          	lui	a6,0x80407
80401762:	0e082803          	lw	a6,224(a6) # 804070e0 <table>
80401766:	0066e6b3          	or	a3,a3,t1
8040176a:	97c6                	add	a5,a5,a7
8040176c:	0742                	sll	a4,a4,0x10
8040176e:	c394                	sw	a3,0(a5)
80401770:	8341                	srl	a4,a4,0x10
80401772:	01c806b3          	add	a3,a6,t3
80401776:	00e69123          	sh	a4,2(a3)
8040177a:	c2cc                	sw	a1,4(a3)
8040177c:	0110000f          	fence	w,w
80401780:	00163613          	seqz	a2,a2
80401784:	40c007b3          	neg	a5,a2
80401788:	9bf1                	and	a5,a5,-4
8040178a:	0795                	add	a5,a5,5
8040178c:	00f69023          	sh	a5,0(a3)
80401790:	8082                	ret
80401792:	20000e93          	li	t4,512
80401796:	4e05                	li	t3,1
80401798:	0505                	add	a0,a0,1
8040179a:	00555813          	srl	a6,a0,0x5
8040179e:	00281893          	sll	a7,a6,0x2
804017a2:	011786b3          	add	a3,a5,a7
804017a6:	00ae1333          	sll	t1,t3,a0
804017aa:	01d50a63          	beq	a0,t4,804017be <gnttab_grant_access+0x7c>
804017ae:	4294                	lw	a3,0(a3)
804017b0:	0066f833          	and	a6,a3,t1
804017b4:	fe0812e3          	bnez	a6,80401798 <gnttab_grant_access+0x56>
804017b8:	00351e13          	sll	t3,a0,0x3
804017bc:	b74d                	j	8040175e <gnttab_grant_access+0x1c>
804017be:	5511                	li	a0,-28
804017c0:	8082                	ret

804017c2 <tx_gc>:
804017c2:	411c                	lw	a5,0(a0)
804017c4:	0087a803          	lw	a6,8(a5)
804017c8:	0220000f          	fence	r,r
804017cc:	4518                	lw	a4,8(a0)
804017ce:	415c                	lw	a5,4(a0)
804017d0:	40e806b3          	sub	a3,a6,a4
804017d4:	8f99                	sub	a5,a5,a4
804017d6:	08d7e563          	bltu	a5,a3,80401860 <tx_gc+0x9e>
804017da:	09070663          	beq	a4,a6,80401866 <tx_gc+0xa4>
804017de:	00c52883          	lw	a7,12(a0)
804017e2:	00052e83          	lw	t4,0(a0)
804017e6:	01052e03          	lw	t3,16(a0)
804017ea:	18fd                	add	a7,a7,-1 # 803fffff <errno+0x803fffff>
804017ec:	433d                	li	t1,15
804017ee:	a815                	j	80401822 <tx_gc+0x60>
804017f0:	0ac5c683          	lbu	a3,172(a1)
804017f4:	cab9                	beqz	a3,8040184a <tx_gc+0x88>
804017f6:	0a058623          	sb	zero,172(a1)
804017fa:	0a852583          	lw	a1,168(a0)
804017fe:	04058693          	add	a3,a1,64
80401802:	0686                	sll	a3,a3,0x1
80401804:	0585                	add	a1,a1,1
80401806:	0ab52423          	sw	a1,168(a0)
8040180a:	96aa                	add	a3,a3,a0
8040180c:	00c69423          	sh	a2,8(a3)
80401810:	c791                	beqz	a5,8040181c <tx_gc+0x5a>
80401812:	1ec52783          	lw	a5,492(a0)
80401816:	0785                	add	a5,a5,1
80401818:	1ef52623          	sw	a5,492(a0)
8040181c:	0705                	add	a4,a4,1
8040181e:	02e80e63          	beq	a6,a4,8040185a <tx_gc+0x98>
80401822:	00e8f7b3          	and	a5,a7,a4
80401826:	03c787b3          	mul	a5,a5,t3
8040182a:	04078793          	add	a5,a5,64
8040182e:	97f6                	add	a5,a5,t4
80401830:	0007d683          	lhu	a3,0(a5)
80401834:	0027d783          	lhu	a5,2(a5)
80401838:	01069613          	sll	a2,a3,0x10
8040183c:	8241                	srl	a2,a2,0x10
8040183e:	07c2                	sll	a5,a5,0x10
80401840:	00c505b3          	add	a1,a0,a2
80401844:	87c1                	sra	a5,a5,0x10
80401846:	fad375e3          	bgeu	t1,a3,804017f0 <tx_gc+0x2e>
8040184a:	1fc52783          	lw	a5,508(a0)
8040184e:	0705                	add	a4,a4,1
80401850:	0785                	add	a5,a5,1
80401852:	1ef52e23          	sw	a5,508(a0)
80401856:	fce816e3          	bne	a6,a4,80401822 <tx_gc+0x60>
8040185a:	01052423          	sw	a6,8(a0)
8040185e:	8082                	ret
80401860:	4785                	li	a5,1
80401862:	c13c                	sw	a5,64(a0)
80401864:	8082                	ret
80401866:	8082                	ret

80401868 <netfront_poll.part.0>:
80401868:	7179                	add	sp,sp,-48
8040186a:	d422                	sw	s0,40(sp)
8040186c:	d226                	sw	s1,36(sp)
8040186e:	cc52                	sw	s4,24(sp)
80401870:	ca56                	sw	s5,20(sp)
80401872:	c85a                	sw	s6,16(sp)
80401874:	d606                	sw	ra,44(sp)
80401876:	d04a                	sw	s2,32(sp)
80401878:	ce4e                	sw	s3,28(sp)
8040187a:	c65e                	sw	s7,12(sp)
8040187c:	4785                	li	a5,1
8040187e:	c17c                	sw	a5,68(a0)
80401880:	842a                	mv	s0,a0
80401882:	4a85                	li	s5,1
80401884:	00000097          	auipc	ra,0x0
80401888:	f3e080e7          	jalr	-194(ra) # 804017c2 <tx_gc>
8040188c:	4a7d                	li	s4,31
8040188e:	5e900b13          	li	s6,1513
80401892:	6485                	lui	s1,0x1
80401894:	485c                	lw	a5,20(s0)
80401896:	0087a983          	lw	s3,8(a5)
8040189a:	0220000f          	fence	r,r
8040189e:	4c54                	lw	a3,28(s0)
804018a0:	4c1c                	lw	a5,24(s0)
804018a2:	01442803          	lw	a6,20(s0)
804018a6:	40d98633          	sub	a2,s3,a3
804018aa:	40d78733          	sub	a4,a5,a3
804018ae:	14c76363          	bltu	a4,a2,804019f4 <netfront_poll.part.0+0x18c>
804018b2:	0cd98163          	beq	s3,a3,80401974 <netfront_poll.part.0+0x10c>
804018b6:	5018                	lw	a4,32(s0)
804018b8:	02442883          	lw	a7,36(s0)
804018bc:	177d                	add	a4,a4,-1
804018be:	00d777b3          	and	a5,a4,a3
804018c2:	031787b3          	mul	a5,a5,a7
804018c6:	0685                	add	a3,a3,1
804018c8:	04078793          	add	a5,a5,64
804018cc:	97c2                	add	a5,a5,a6
804018ce:	0007d503          	lhu	a0,0(a5)
804018d2:	0027d583          	lhu	a1,2(a5)
804018d6:	0067d603          	lhu	a2,6(a5)
804018da:	01051913          	sll	s2,a0,0x10
804018de:	01095913          	srl	s2,s2,0x10
804018e2:	0642                	sll	a2,a2,0x10
804018e4:	8641                	sra	a2,a2,0x10
804018e6:	fff60793          	add	a5,a2,-1 # 7ffff <errno+0x7ffff>
804018ea:	07c2                	sll	a5,a5,0x10
804018ec:	05c2                	sll	a1,a1,0x10
804018ee:	cc54                	sw	a3,28(s0)
804018f0:	01240bb3          	add	s7,s0,s2
804018f4:	83c1                	srl	a5,a5,0x10
804018f6:	81c1                	srl	a1,a1,0x10
804018f8:	0caa6363          	bltu	s4,a0,804019be <netfront_poll.part.0+0x156>
804018fc:	1bcbc503          	lbu	a0,444(s7)
80401900:	cd5d                	beqz	a0,804019be <netfront_poll.part.0+0x156>
80401902:	1a0b8e23          	sb	zero,444(s7)
80401906:	00c58533          	add	a0,a1,a2
8040190a:	0cfb6263          	bltu	s6,a5,804019ce <netfront_poll.part.0+0x166>
8040190e:	02c90793          	add	a5,s2,44
80401912:	078a                	sll	a5,a5,0x2
80401914:	97a2                	add	a5,a5,s0
80401916:	0aa4ec63          	bltu	s1,a0,804019ce <netfront_poll.part.0+0x166>
8040191a:	1f442703          	lw	a4,500(s0)
8040191e:	00c7a803          	lw	a6,12(a5)
80401922:	1dc42683          	lw	a3,476(s0)
80401926:	1e042503          	lw	a0,480(s0)
8040192a:	00170793          	add	a5,a4,1
8040192e:	95c2                	add	a1,a1,a6
80401930:	1ef42a23          	sw	a5,500(s0)
80401934:	9682                	jalr	a3
80401936:	5018                	lw	a4,32(s0)
80401938:	01442803          	lw	a6,20(s0)
8040193c:	02442883          	lw	a7,36(s0)
80401940:	4c54                	lw	a3,28(s0)
80401942:	177d                	add	a4,a4,-1
80401944:	4c10                	lw	a2,24(s0)
80401946:	04c90793          	add	a5,s2,76
8040194a:	078a                	sll	a5,a5,0x2
8040194c:	8f71                	and	a4,a4,a2
8040194e:	03170733          	mul	a4,a4,a7
80401952:	97a2                	add	a5,a5,s0
80401954:	47dc                	lw	a5,12(a5)
80401956:	0605                	add	a2,a2,1
80401958:	04070713          	add	a4,a4,64
8040195c:	9742                	add	a4,a4,a6
8040195e:	01271023          	sh	s2,0(a4)
80401962:	00071123          	sh	zero,2(a4)
80401966:	c35c                	sw	a5,4(a4)
80401968:	1b5b8e23          	sb	s5,444(s7)
8040196c:	cc10                	sw	a2,24(s0)
8040196e:	f4d994e3          	bne	s3,a3,804018b6 <netfront_poll.part.0+0x4e>
80401972:	4c1c                	lw	a5,24(s0)
80401974:	00082703          	lw	a4,0(a6)
80401978:	0110000f          	fence	w,w
8040197c:	4854                	lw	a3,20(s0)
8040197e:	c29c                	sw	a5,0(a3)
80401980:	0330000f          	fence	rw,rw
80401984:	4854                	lw	a3,20(s0)
80401986:	40e78733          	sub	a4,a5,a4
8040198a:	42d0                	lw	a2,4(a3)
8040198c:	8f91                	sub	a5,a5,a2
8040198e:	06e7e663          	bltu	a5,a4,804019fa <netfront_poll.part.0+0x192>
80401992:	469c                	lw	a5,8(a3)
80401994:	0220000f          	fence	r,r
80401998:	4c58                	lw	a4,28(s0)
8040199a:	04e78063          	beq	a5,a4,804019da <netfront_poll.part.0+0x172>
8040199e:	403c                	lw	a5,64(s0)
804019a0:	ee078ae3          	beqz	a5,80401894 <netfront_poll.part.0+0x2c>
804019a4:	50b2                	lw	ra,44(sp)
804019a6:	04042223          	sw	zero,68(s0)
804019aa:	5422                	lw	s0,40(sp)
804019ac:	5492                	lw	s1,36(sp)
804019ae:	5902                	lw	s2,32(sp)
804019b0:	49f2                	lw	s3,28(sp)
804019b2:	4a62                	lw	s4,24(sp)
804019b4:	4ad2                	lw	s5,20(sp)
804019b6:	4b42                	lw	s6,16(sp)
804019b8:	4bb2                	lw	s7,12(sp)
804019ba:	6145                	add	sp,sp,48
804019bc:	8082                	ret
804019be:	1fc42783          	lw	a5,508(s0)
804019c2:	0785                	add	a5,a5,1
804019c4:	1ef42e23          	sw	a5,508(s0)
804019c8:	eed997e3          	bne	s3,a3,804018b6 <netfront_poll.part.0+0x4e>
804019cc:	b75d                	j	80401972 <netfront_poll.part.0+0x10a>
804019ce:	1f842783          	lw	a5,504(s0)
804019d2:	0785                	add	a5,a5,1
804019d4:	1ef42c23          	sw	a5,504(s0)
804019d8:	b7b5                	j	80401944 <netfront_poll.part.0+0xdc>
804019da:	4858                	lw	a4,20(s0)
804019dc:	0785                	add	a5,a5,1
804019de:	c75c                	sw	a5,12(a4)
804019e0:	0330000f          	fence	rw,rw
804019e4:	485c                	lw	a5,20(s0)
804019e6:	4798                	lw	a4,8(a5)
804019e8:	0220000f          	fence	r,r
804019ec:	4c5c                	lw	a5,28(s0)
804019ee:	faf718e3          	bne	a4,a5,8040199e <netfront_poll.part.0+0x136>
804019f2:	bf4d                	j	804019a4 <netfront_poll.part.0+0x13c>
804019f4:	05542023          	sw	s5,64(s0)
804019f8:	bfb5                	j	80401974 <netfront_poll.part.0+0x10c>
804019fa:	5408                	lw	a0,40(s0)
804019fc:	00000097          	auipc	ra,0x0
80401a00:	c20080e7          	jalr	-992(ra) # 8040161c <evtchn_send>
80401a04:	4854                	lw	a3,20(s0)
80401a06:	b771                	j	80401992 <netfront_poll.part.0+0x12a>

80401a08 <netfront_event>:
80401a08:	5ddc                	lw	a5,60(a1)
80401a0a:	cb91                	beqz	a5,80401a1e <netfront_event+0x16>
80401a0c:	41bc                	lw	a5,64(a1)
80401a0e:	eb81                	bnez	a5,80401a1e <netfront_event+0x16>
80401a10:	41fc                	lw	a5,68(a1)
80401a12:	e791                	bnez	a5,80401a1e <netfront_event+0x16>
80401a14:	852e                	mv	a0,a1
80401a16:	00000317          	auipc	t1,0x0
80401a1a:	e5230067          	jr	-430(t1) # 80401868 <netfront_poll.part.0>
80401a1e:	8082                	ret

80401a20 <netfront_probe>:
80401a20:	7179                	add	sp,sp,-48
80401a22:	d422                	sw	s0,40(sp)
80401a24:	842e                	mv	s0,a1
80401a26:	804065b7          	lui	a1,0x80406
80401a2a:	02000693          	li	a3,32
80401a2e:	860a                	mv	a2,sp
80401a30:	85858593          	add	a1,a1,-1960 # 80405858 <names.0+0x9c>
80401a34:	d606                	sw	ra,44(sp)
80401a36:	00001097          	auipc	ra,0x1
80401a3a:	962080e7          	jalr	-1694(ra) # 80402398 <xs_read>
80401a3e:	08054b63          	bltz	a0,80401ad4 <netfront_probe+0xb4>
80401a42:	47c5                	li	a5,17
80401a44:	0af51263          	bne	a0,a5,80401ae8 <netfront_probe+0xc8>
80401a48:	870a                	mv	a4,sp
80401a4a:	88a2                	mv	a7,s0
80401a4c:	00f10593          	add	a1,sp,15
80401a50:	4325                	li	t1,9
80401a52:	4815                	li	a6,5
80401a54:	03a00f13          	li	t5,58
80401a58:	00074603          	lbu	a2,0(a4)
80401a5c:	00174503          	lbu	a0,1(a4)
80401a60:	fd060793          	add	a5,a2,-48
80401a64:	fd050693          	add	a3,a0,-48
80401a68:	0ff7fe13          	zext.b	t3,a5
80401a6c:	0ff6fe93          	zext.b	t4,a3
80401a70:	03c37063          	bgeu	t1,t3,80401a90 <netfront_probe+0x70>
80401a74:	f9f60793          	add	a5,a2,-97
80401a78:	0ff7f793          	zext.b	a5,a5
80401a7c:	06f87063          	bgeu	a6,a5,80401adc <netfront_probe+0xbc>
80401a80:	fbf60793          	add	a5,a2,-65
80401a84:	0ff7f793          	zext.b	a5,a5
80401a88:	06f86063          	bltu	a6,a5,80401ae8 <netfront_probe+0xc8>
80401a8c:	fc960793          	add	a5,a2,-55
80401a90:	03d37063          	bgeu	t1,t4,80401ab0 <netfront_probe+0x90>
80401a94:	f9f50693          	add	a3,a0,-97
80401a98:	0ff6f693          	zext.b	a3,a3
80401a9c:	04d87363          	bgeu	a6,a3,80401ae2 <netfront_probe+0xc2>
80401aa0:	fbf50693          	add	a3,a0,-65
80401aa4:	0ff6f693          	zext.b	a3,a3
80401aa8:	04d86063          	bltu	a6,a3,80401ae8 <netfront_probe+0xc8>
80401aac:	fc950693          	add	a3,a0,-55
80401ab0:	00b70d63          	beq	a4,a1,80401aca <netfront_probe+0xaa>
80401ab4:	00274603          	lbu	a2,2(a4)
80401ab8:	070d                	add	a4,a4,3
80401aba:	03e61763          	bne	a2,t5,80401ae8 <netfront_probe+0xc8>
80401abe:	0792                	sll	a5,a5,0x4
80401ac0:	8fd5                	or	a5,a5,a3
80401ac2:	00f88023          	sb	a5,0(a7)
80401ac6:	0885                	add	a7,a7,1
80401ac8:	bf41                	j	80401a58 <netfront_probe+0x38>
80401aca:	0792                	sll	a5,a5,0x4
80401acc:	8fd5                	or	a5,a5,a3
80401ace:	00f402a3          	sb	a5,5(s0)
80401ad2:	4501                	li	a0,0
80401ad4:	50b2                	lw	ra,44(sp)
80401ad6:	5422                	lw	s0,40(sp)
80401ad8:	6145                	add	sp,sp,48
80401ada:	8082                	ret
80401adc:	fa960793          	add	a5,a2,-87
80401ae0:	bf45                	j	80401a90 <netfront_probe+0x70>
80401ae2:	fa950693          	add	a3,a0,-87
80401ae6:	b7e9                	j	80401ab0 <netfront_probe+0x90>
80401ae8:	50b2                	lw	ra,44(sp)
80401aea:	5422                	lw	s0,40(sp)
80401aec:	5529                	li	a0,-22
80401aee:	6145                	add	sp,sp,48
80401af0:	8082                	ret

80401af2 <netfront_poll>:
80401af2:	5d58                	lw	a4,60(a0)
80401af4:	cb09                	beqz	a4,80401b06 <netfront_poll+0x14>
80401af6:	4138                	lw	a4,64(a0)
80401af8:	e719                	bnez	a4,80401b06 <netfront_poll+0x14>
80401afa:	417c                	lw	a5,68(a0)
80401afc:	e789                	bnez	a5,80401b06 <netfront_poll+0x14>
80401afe:	00000317          	auipc	t1,0x0
80401b02:	d6a30067          	jr	-662(t1) # 80401868 <netfront_poll.part.0>
80401b06:	8082                	ret

80401b08 <netfront_send>:
80401b08:	1101                	add	sp,sp,-32
80401b0a:	ce06                	sw	ra,28(sp)
80401b0c:	cc22                	sw	s0,24(sp)
80401b0e:	ca26                	sw	s1,20(sp)
80401b10:	c84a                	sw	s2,16(sp)
80401b12:	c64e                	sw	s3,12(sp)
80401b14:	c452                	sw	s4,8(sp)
80401b16:	c256                	sw	s5,4(sp)
80401b18:	c05a                	sw	s6,0(sp)
80401b1a:	ff260713          	add	a4,a2,-14
80401b1e:	5dc00793          	li	a5,1500
80401b22:	12e7ec63          	bltu	a5,a4,80401c5a <netfront_send+0x152>
80401b26:	5d5c                	lw	a5,60(a0)
80401b28:	842a                	mv	s0,a0
80401b2a:	12078063          	beqz	a5,80401c4a <netfront_send+0x142>
80401b2e:	04052903          	lw	s2,64(a0)
80401b32:	10091c63          	bnez	s2,80401c4a <netfront_send+0x142>
80401b36:	84b2                	mv	s1,a2
80401b38:	89ae                	mv	s3,a1
80401b3a:	00000097          	auipc	ra,0x0
80401b3e:	c88080e7          	jalr	-888(ra) # 804017c2 <tx_gc>
80401b42:	0a842783          	lw	a5,168(s0)
80401b46:	c7cd                	beqz	a5,80401bf0 <netfront_send+0xe8>
80401b48:	03f78713          	add	a4,a5,63
80401b4c:	0706                	sll	a4,a4,0x1
80401b4e:	9722                	add	a4,a4,s0
80401b50:	00875a83          	lhu	s5,8(a4)
80401b54:	17fd                	add	a5,a5,-1
80401b56:	0af42423          	sw	a5,168(s0)
80401b5a:	001ada13          	srl	s4,s5,0x1
80401b5e:	015407b3          	add	a5,s0,s5
80401b62:	4705                	li	a4,1
80401b64:	0a0a                	sll	s4,s4,0x2
80401b66:	0ae78623          	sb	a4,172(a5)
80401b6a:	9a22                	add	s4,s4,s0
80401b6c:	048a2503          	lw	a0,72(s4)
80401b70:	001afb13          	and	s6,s5,1
80401b74:	0b2e                	sll	s6,s6,0xb
80401b76:	8626                	mv	a2,s1
80401b78:	85ce                	mv	a1,s3
80401b7a:	955a                	add	a0,a0,s6
80401b7c:	00002097          	auipc	ra,0x2
80401b80:	954080e7          	jalr	-1708(ra) # 804034d0 <memcpy>
80401b84:	445c                	lw	a5,12(s0)
80401b86:	4058                	lw	a4,4(s0)
80401b88:	4814                	lw	a3,16(s0)
80401b8a:	17fd                	add	a5,a5,-1
80401b8c:	8ff9                	and	a5,a5,a4
80401b8e:	02d787b3          	mul	a5,a5,a3
80401b92:	4014                	lw	a3,0(s0)
80401b94:	068a2603          	lw	a2,104(s4)
80401b98:	0705                	add	a4,a4,1
80401b9a:	04078793          	add	a5,a5,64
80401b9e:	97b6                	add	a5,a5,a3
80401ba0:	c390                	sw	a2,0(a5)
80401ba2:	01679223          	sh	s6,4(a5)
80401ba6:	00079323          	sh	zero,6(a5)
80401baa:	01579423          	sh	s5,8(a5)
80401bae:	00979523          	sh	s1,10(a5)
80401bb2:	c058                	sw	a4,4(s0)
80401bb4:	429c                	lw	a5,0(a3)
80401bb6:	0110000f          	fence	w,w
80401bba:	4014                	lw	a3,0(s0)
80401bbc:	c298                	sw	a4,0(a3)
80401bbe:	0330000f          	fence	rw,rw
80401bc2:	4014                	lw	a3,0(s0)
80401bc4:	40f707b3          	sub	a5,a4,a5
80401bc8:	42d4                	lw	a3,4(a3)
80401bca:	8f15                	sub	a4,a4,a3
80401bcc:	08f76163          	bltu	a4,a5,80401c4e <netfront_send+0x146>
80401bd0:	1e842783          	lw	a5,488(s0)
80401bd4:	0785                	add	a5,a5,1
80401bd6:	1ef42423          	sw	a5,488(s0)
80401bda:	40f2                	lw	ra,28(sp)
80401bdc:	4462                	lw	s0,24(sp)
80401bde:	44d2                	lw	s1,20(sp)
80401be0:	49b2                	lw	s3,12(sp)
80401be2:	4a22                	lw	s4,8(sp)
80401be4:	4a92                	lw	s5,4(sp)
80401be6:	4b02                	lw	s6,0(sp)
80401be8:	854a                	mv	a0,s2
80401bea:	4942                	lw	s2,16(sp)
80401bec:	6105                	add	sp,sp,32
80401bee:	8082                	ret
80401bf0:	1f042703          	lw	a4,496(s0)
80401bf4:	0705                	add	a4,a4,1
80401bf6:	1ee42823          	sw	a4,496(s0)
80401bfa:	f7b9                	bnez	a5,80401b48 <netfront_send+0x40>
80401bfc:	401c                	lw	a5,0(s0)
80401bfe:	4798                	lw	a4,8(a5)
80401c00:	0220000f          	fence	r,r
80401c04:	441c                	lw	a5,8(s0)
80401c06:	00e78c63          	beq	a5,a4,80401c1e <netfront_send+0x116>
80401c0a:	8522                	mv	a0,s0
80401c0c:	00000097          	auipc	ra,0x0
80401c10:	bb6080e7          	jalr	-1098(ra) # 804017c2 <tx_gc>
80401c14:	403c                	lw	a5,64(s0)
80401c16:	eb95                	bnez	a5,80401c4a <netfront_send+0x142>
80401c18:	0a842783          	lw	a5,168(s0)
80401c1c:	bff9                	j	80401bfa <netfront_send+0xf2>
80401c1e:	4018                	lw	a4,0(s0)
80401c20:	0785                	add	a5,a5,1
80401c22:	c75c                	sw	a5,12(a4)
80401c24:	0330000f          	fence	rw,rw
80401c28:	401c                	lw	a5,0(s0)
80401c2a:	479c                	lw	a5,8(a5)
80401c2c:	0220000f          	fence	r,r
80401c30:	4418                	lw	a4,8(s0)
80401c32:	fcf71ce3          	bne	a4,a5,80401c0a <netfront_send+0x102>
80401c36:	1e442783          	lw	a5,484(s0)
80401c3a:	9782                	jalr	a5
80401c3c:	8522                	mv	a0,s0
80401c3e:	00000097          	auipc	ra,0x0
80401c42:	b84080e7          	jalr	-1148(ra) # 804017c2 <tx_gc>
80401c46:	403c                	lw	a5,64(s0)
80401c48:	dbe1                	beqz	a5,80401c18 <netfront_send+0x110>
80401c4a:	5979                	li	s2,-2
80401c4c:	b779                	j	80401bda <netfront_send+0xd2>
80401c4e:	5408                	lw	a0,40(s0)
80401c50:	00000097          	auipc	ra,0x0
80401c54:	9cc080e7          	jalr	-1588(ra) # 8040161c <evtchn_send>
80401c58:	bfa5                	j	80401bd0 <netfront_send+0xc8>
80401c5a:	5929                	li	s2,-22
80401c5c:	bfbd                	j	80401bda <netfront_send+0xd2>

80401c5e <netfront_connect>:
80401c5e:	7139                	add	sp,sp,-64
80401c60:	d84a                	sw	s2,48(sp)
80401c62:	d452                	sw	s4,40(sp)
80401c64:	892e                	mv	s2,a1
80401c66:	8a32                	mv	s4,a2
80401c68:	4581                	li	a1,0
80401c6a:	20000613          	li	a2,512
80401c6e:	de06                	sw	ra,60(sp)
80401c70:	dc22                	sw	s0,56(sp)
80401c72:	da26                	sw	s1,52(sp)
80401c74:	d64e                	sw	s3,44(sp)
80401c76:	d256                	sw	s5,36(sp)
80401c78:	d05a                	sw	s6,32(sp)
80401c7a:	84aa                	mv	s1,a0
80401c7c:	8b36                	mv	s6,a3
80401c7e:	8aba                	mv	s5,a4
80401c80:	89be                	mv	s3,a5
80401c82:	ce5e                	sw	s7,28(sp)
80401c84:	00002097          	auipc	ra,0x2
80401c88:	862080e7          	jalr	-1950(ra) # 804034e6 <memset>
80401c8c:	03448593          	add	a1,s1,52 # 1034 <errno+0x1034>
80401c90:	854a                	mv	a0,s2
80401c92:	00000097          	auipc	ra,0x0
80401c96:	d8e080e7          	jalr	-626(ra) # 80401a20 <netfront_probe>
80401c9a:	842a                	mv	s0,a0
80401c9c:	10054e63          	bltz	a0,80401db8 <netfront_connect+0x15a>
80401ca0:	000a2603          	lw	a2,0(s4)
80401ca4:	4705                	li	a4,1
80401ca6:	1f34a223          	sw	s3,484(s1)
80401caa:	1d64ae23          	sw	s6,476(s1)
80401cae:	1f54a023          	sw	s5,480(s1)
80401cb2:	008a2983          	lw	s3,8(s4)
80401cb6:	01060793          	add	a5,a2,16
80401cba:	c258                	sw	a4,4(a2)
80401cbc:	c658                	sw	a4,12(a2)
80401cbe:	00062023          	sw	zero,0(a2)
80401cc2:	00062423          	sw	zero,8(a2)
80401cc6:	04060713          	add	a4,a2,64
80401cca:	0007a023          	sw	zero,0(a5)
80401cce:	0791                	add	a5,a5,4
80401cd0:	fee79de3          	bne	a5,a4,80401cca <netfront_connect+0x6c>
80401cd4:	4785                	li	a5,1
80401cd6:	00f9a223          	sw	a5,4(s3)
80401cda:	00f9a623          	sw	a5,12(s3)
80401cde:	0009a023          	sw	zero,0(s3)
80401ce2:	0009a423          	sw	zero,8(s3)
80401ce6:	01098793          	add	a5,s3,16
80401cea:	04098713          	add	a4,s3,64
80401cee:	0007a023          	sw	zero,0(a5)
80401cf2:	0791                	add	a5,a5,4
80401cf4:	fee79de3          	bne	a5,a4,80401cee <netfront_connect+0x90>
80401cf8:	10000793          	li	a5,256
80401cfc:	c4dc                	sw	a5,12(s1)
80401cfe:	4731                	li	a4,12
80401d00:	d09c                	sw	a5,32(s1)
80401d02:	47a1                	li	a5,8
80401d04:	c090                	sw	a2,0(s1)
80401d06:	0004a223          	sw	zero,4(s1)
80401d0a:	0004a423          	sw	zero,8(s1)
80401d0e:	c898                	sw	a4,16(s1)
80401d10:	0134aa23          	sw	s3,20(s1)
80401d14:	0004ac23          	sw	zero,24(s1)
80401d18:	0004ae23          	sw	zero,28(s1)
80401d1c:	d0dc                	sw	a5,36(s1)
80401d1e:	010a0a93          	add	s5,s4,16
80401d22:	04848b13          	add	s6,s1,72
80401d26:	030a0b93          	add	s7,s4,48
80401d2a:	000aa783          	lw	a5,0(s5)
80401d2e:	020aa583          	lw	a1,32(s5)
80401d32:	4605                	li	a2,1
80401d34:	00fb2023          	sw	a5,0(s6)
80401d38:	4501                	li	a0,0
80401d3a:	00000097          	auipc	ra,0x0
80401d3e:	a08080e7          	jalr	-1528(ra) # 80401742 <gnttab_grant_access>
80401d42:	842a                	mv	s0,a0
80401d44:	0a91                	add	s5,s5,4
80401d46:	06054963          	bltz	a0,80401db8 <netfront_connect+0x15a>
80401d4a:	02ab2023          	sw	a0,32(s6)
80401d4e:	0b11                	add	s6,s6,4
80401d50:	fd7a9de3          	bne	s5,s7,80401d2a <netfront_connect+0xcc>
80401d54:	0a84a583          	lw	a1,168(s1)
80401d58:	6641                	lui	a2,0x10
80401d5a:	47bd                	li	a5,15
80401d5c:	04458713          	add	a4,a1,68
80401d60:	0706                	sll	a4,a4,0x1
80401d62:	9726                	add	a4,a4,s1
80401d64:	167d                	add	a2,a2,-1 # ffff <errno+0xffff>
80401d66:	fff78693          	add	a3,a5,-1
80401d6a:	00f71023          	sh	a5,0(a4)
80401d6e:	01069793          	sll	a5,a3,0x10
80401d72:	83c1                	srl	a5,a5,0x10
80401d74:	0709                	add	a4,a4,2
80401d76:	fec798e3          	bne	a5,a2,80401d66 <netfront_connect+0x108>
80401d7a:	05c1                	add	a1,a1,16
80401d7c:	0ab4a423          	sw	a1,168(s1)
80401d80:	050a0a93          	add	s5,s4,80
80401d84:	0bc48b13          	add	s6,s1,188
80401d88:	0d0a0b93          	add	s7,s4,208
80401d8c:	a031                	j	80401d98 <netfront_connect+0x13a>
80401d8e:	08ab2023          	sw	a0,128(s6)
80401d92:	0b11                	add	s6,s6,4
80401d94:	035b8e63          	beq	s7,s5,80401dd0 <netfront_connect+0x172>
80401d98:	000aa783          	lw	a5,0(s5)
80401d9c:	080aa583          	lw	a1,128(s5)
80401da0:	4601                	li	a2,0
80401da2:	00fb2023          	sw	a5,0(s6)
80401da6:	4501                	li	a0,0
80401da8:	00000097          	auipc	ra,0x0
80401dac:	99a080e7          	jalr	-1638(ra) # 80401742 <gnttab_grant_access>
80401db0:	842a                	mv	s0,a0
80401db2:	0a91                	add	s5,s5,4
80401db4:	fc055de3          	bgez	a0,80401d8e <netfront_connect+0x130>
80401db8:	50f2                	lw	ra,60(sp)
80401dba:	8522                	mv	a0,s0
80401dbc:	5462                	lw	s0,56(sp)
80401dbe:	54d2                	lw	s1,52(sp)
80401dc0:	5942                	lw	s2,48(sp)
80401dc2:	59b2                	lw	s3,44(sp)
80401dc4:	5a22                	lw	s4,40(sp)
80401dc6:	5a92                	lw	s5,36(sp)
80401dc8:	5b02                	lw	s6,32(sp)
80401dca:	4bf2                	lw	s7,28(sp)
80401dcc:	6121                	add	sp,sp,64
80401dce:	8082                	ret
80401dd0:	004a2583          	lw	a1,4(s4)
80401dd4:	4601                	li	a2,0
80401dd6:	4501                	li	a0,0
80401dd8:	00000097          	auipc	ra,0x0
80401ddc:	96a080e7          	jalr	-1686(ra) # 80401742 <gnttab_grant_access>
80401de0:	842a                	mv	s0,a0
80401de2:	fc054be3          	bltz	a0,80401db8 <netfront_connect+0x15a>
80401de6:	00ca2583          	lw	a1,12(s4)
80401dea:	4601                	li	a2,0
80401dec:	d4c8                	sw	a0,44(s1)
80401dee:	4501                	li	a0,0
80401df0:	00000097          	auipc	ra,0x0
80401df4:	952080e7          	jalr	-1710(ra) # 80401742 <gnttab_grant_access>
80401df8:	842a                	mv	s0,a0
80401dfa:	fa054fe3          	bltz	a0,80401db8 <netfront_connect+0x15a>
80401dfe:	0204a803          	lw	a6,32(s1)
80401e02:	0144ae03          	lw	t3,20(s1)
80401e06:	4c88                	lw	a0,24(s1)
80401e08:	0244a303          	lw	t1,36(s1)
80401e0c:	d880                	sw	s0,48(s1)
80401e0e:	187d                	add	a6,a6,-1
80401e10:	13c48693          	add	a3,s1,316
80401e14:	4701                	li	a4,0
80401e16:	4a05                	li	s4,1
80401e18:	02000893          	li	a7,32
80401e1c:	00a707b3          	add	a5,a4,a0
80401e20:	0107f7b3          	and	a5,a5,a6
80401e24:	026787b3          	mul	a5,a5,t1
80401e28:	428c                	lw	a1,0(a3)
80401e2a:	00e48633          	add	a2,s1,a4
80401e2e:	0691                	add	a3,a3,4
80401e30:	04078793          	add	a5,a5,64
80401e34:	97f2                	add	a5,a5,t3
80401e36:	00e79023          	sh	a4,0(a5)
80401e3a:	00079123          	sh	zero,2(a5)
80401e3e:	c3cc                	sw	a1,4(a5)
80401e40:	1b460e23          	sb	s4,444(a2)
80401e44:	0705                	add	a4,a4,1
80401e46:	fd171be3          	bne	a4,a7,80401e1c <netfront_connect+0x1be>
80401e4a:	02050513          	add	a0,a0,32
80401e4e:	cc88                	sw	a0,24(s1)
80401e50:	0110000f          	fence	w,w
80401e54:	4c9c                	lw	a5,24(s1)
80401e56:	02848593          	add	a1,s1,40
80401e5a:	4501                	li	a0,0
80401e5c:	00f9a023          	sw	a5,0(s3)
80401e60:	00000097          	auipc	ra,0x0
80401e64:	808080e7          	jalr	-2040(ra) # 80401668 <evtchn_alloc_unbound>
80401e68:	842a                	mv	s0,a0
80401e6a:	f40547e3          	bltz	a0,80401db8 <netfront_connect+0x15a>
80401e6e:	5488                	lw	a0,40(s1)
80401e70:	804025b7          	lui	a1,0x80402
80401e74:	8626                	mv	a2,s1
80401e76:	a0858593          	add	a1,a1,-1528 # 80401a08 <netfront_event>
80401e7a:	fffff097          	auipc	ra,0xfffff
80401e7e:	696080e7          	jalr	1686(ra) # 80401510 <evtchn_bind>
80401e82:	842a                	mv	s0,a0
80401e84:	f915                	bnez	a0,80401db8 <netfront_connect+0x15a>
80401e86:	54d0                	lw	a2,44(s1)
80401e88:	804065b7          	lui	a1,0x80406
80401e8c:	86c58593          	add	a1,a1,-1940 # 8040586c <names.0+0xb0>
80401e90:	854a                	mv	a0,s2
80401e92:	00000097          	auipc	ra,0x0
80401e96:	604080e7          	jalr	1540(ra) # 80402496 <xs_write_u32>
80401e9a:	842a                	mv	s0,a0
80401e9c:	fd11                	bnez	a0,80401db8 <netfront_connect+0x15a>
80401e9e:	5890                	lw	a2,48(s1)
80401ea0:	804065b7          	lui	a1,0x80406
80401ea4:	88858593          	add	a1,a1,-1912 # 80405888 <names.0+0xcc>
80401ea8:	854a                	mv	a0,s2
80401eaa:	00000097          	auipc	ra,0x0
80401eae:	5ec080e7          	jalr	1516(ra) # 80402496 <xs_write_u32>
80401eb2:	842a                	mv	s0,a0
80401eb4:	f111                	bnez	a0,80401db8 <netfront_connect+0x15a>
80401eb6:	5490                	lw	a2,40(s1)
80401eb8:	804065b7          	lui	a1,0x80406
80401ebc:	8a458593          	add	a1,a1,-1884 # 804058a4 <names.0+0xe8>
80401ec0:	854a                	mv	a0,s2
80401ec2:	00000097          	auipc	ra,0x0
80401ec6:	5d4080e7          	jalr	1492(ra) # 80402496 <xs_write_u32>
80401eca:	842a                	mv	s0,a0
80401ecc:	ee0516e3          	bnez	a0,80401db8 <netfront_connect+0x15a>
80401ed0:	804065b7          	lui	a1,0x80406
80401ed4:	460d                	li	a2,3
80401ed6:	8c058593          	add	a1,a1,-1856 # 804058c0 <names.0+0x104>
80401eda:	854a                	mv	a0,s2
80401edc:	00000097          	auipc	ra,0x0
80401ee0:	5ba080e7          	jalr	1466(ra) # 80402496 <xs_write_u32>
80401ee4:	c602                	sw	zero,12(sp)
80401ee6:	842a                	mv	s0,a0
80401ee8:	ec0518e3          	bnez	a0,80401db8 <netfront_connect+0x15a>
80401eec:	804065b7          	lui	a1,0x80406
80401ef0:	0070                	add	a2,sp,12
80401ef2:	8d458593          	add	a1,a1,-1836 # 804058d4 <names.0+0x118>
80401ef6:	854a                	mv	a0,s2
80401ef8:	00000097          	auipc	ra,0x0
80401efc:	4ae080e7          	jalr	1198(ra) # 804023a6 <xs_read_u32>
80401f00:	842a                	mv	s0,a0
80401f02:	ea051be3          	bnez	a0,80401db8 <netfront_connect+0x15a>
80401f06:	4732                	lw	a4,12(sp)
80401f08:	4791                	li	a5,4
80401f0a:	00f71a63          	bne	a4,a5,80401f1e <netfront_connect+0x2c0>
80401f0e:	0344ae23          	sw	s4,60(s1)
80401f12:	8526                	mv	a0,s1
80401f14:	00000097          	auipc	ra,0x0
80401f18:	bde080e7          	jalr	-1058(ra) # 80401af2 <netfront_poll>
80401f1c:	bd71                	j	80401db8 <netfront_connect+0x15a>
80401f1e:	5429                	li	s0,-22
80401f20:	bd61                	j	80401db8 <netfront_connect+0x15a>

80401f22 <pvcons_init>:
80401f22:	c10c                	sw	a1,0(a0)
80401f24:	c150                	sw	a2,4(a0)
80401f26:	c514                	sw	a3,8(a0)
80401f28:	8082                	ret

80401f2a <pvcons_put>:
80401f2a:	00052803          	lw	a6,0(a0)
80401f2e:	6785                	lui	a5,0x1
80401f30:	00f80733          	add	a4,a6,a5
80401f34:	c0872503          	lw	a0,-1016(a4)
80401f38:	c0c72883          	lw	a7,-1012(a4)
80401f3c:	0330000f          	fence	rw,rw
80401f40:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80401f44:	953e                	add	a0,a0,a5
80401f46:	41150533          	sub	a0,a0,a7
80401f4a:	02a7ee63          	bltu	a5,a0,80401f86 <pvcons_put+0x5c>
80401f4e:	04a66463          	bltu	a2,a0,80401f96 <pvcons_put+0x6c>
80401f52:	c11d                	beqz	a0,80401f78 <pvcons_put+0x4e>
80401f54:	872e                	mv	a4,a1
80401f56:	00a58633          	add	a2,a1,a0
80401f5a:	40b885b3          	sub	a1,a7,a1
80401f5e:	00074683          	lbu	a3,0(a4)
80401f62:	00e587b3          	add	a5,a1,a4
80401f66:	7ff7f793          	and	a5,a5,2047
80401f6a:	97c2                	add	a5,a5,a6
80401f6c:	40d78023          	sb	a3,1024(a5)
80401f70:	0705                	add	a4,a4,1
80401f72:	fec716e3          	bne	a4,a2,80401f5e <pvcons_put+0x34>
80401f76:	98aa                	add	a7,a7,a0
80401f78:	0110000f          	fence	w,w
80401f7c:	6785                	lui	a5,0x1
80401f7e:	983e                	add	a6,a6,a5
80401f80:	c1182623          	sw	a7,-1012(a6)
80401f84:	8082                	ret
80401f86:	4501                	li	a0,0
80401f88:	0110000f          	fence	w,w
80401f8c:	6785                	lui	a5,0x1
80401f8e:	983e                	add	a6,a6,a5
80401f90:	c1182623          	sw	a7,-1012(a6)
80401f94:	8082                	ret
80401f96:	8532                	mv	a0,a2
80401f98:	fd55                	bnez	a0,80401f54 <pvcons_put+0x2a>
80401f9a:	bff9                	j	80401f78 <pvcons_put+0x4e>

80401f9c <pvcons_write>:
80401f9c:	c621                	beqz	a2,80401fe4 <pvcons_write+0x48>
80401f9e:	1141                	add	sp,sp,-16
80401fa0:	c422                	sw	s0,8(sp)
80401fa2:	c226                	sw	s1,4(sp)
80401fa4:	c04a                	sw	s2,0(sp)
80401fa6:	c606                	sw	ra,12(sp)
80401fa8:	8432                	mv	s0,a2
80401faa:	892a                	mv	s2,a0
80401fac:	84ae                	mv	s1,a1
80401fae:	a021                	j	80401fb6 <pvcons_write+0x1a>
80401fb0:	00892783          	lw	a5,8(s2)
80401fb4:	9782                	jalr	a5
80401fb6:	8622                	mv	a2,s0
80401fb8:	85a6                	mv	a1,s1
80401fba:	854a                	mv	a0,s2
80401fbc:	00000097          	auipc	ra,0x0
80401fc0:	f6e080e7          	jalr	-146(ra) # 80401f2a <pvcons_put>
80401fc4:	87aa                	mv	a5,a0
80401fc6:	00492503          	lw	a0,4(s2)
80401fca:	8c1d                	sub	s0,s0,a5
80401fcc:	94be                	add	s1,s1,a5
80401fce:	fffff097          	auipc	ra,0xfffff
80401fd2:	64e080e7          	jalr	1614(ra) # 8040161c <evtchn_send>
80401fd6:	fc69                	bnez	s0,80401fb0 <pvcons_write+0x14>
80401fd8:	40b2                	lw	ra,12(sp)
80401fda:	4422                	lw	s0,8(sp)
80401fdc:	4492                	lw	s1,4(sp)
80401fde:	4902                	lw	s2,0(sp)
80401fe0:	0141                	add	sp,sp,16
80401fe2:	8082                	ret
80401fe4:	8082                	ret

80401fe6 <pvcons_drain>:
80401fe6:	411c                	lw	a5,0(a0)
80401fe8:	1141                	add	sp,sp,-16
80401fea:	c226                	sw	s1,4(sp)
80401fec:	6485                	lui	s1,0x1
80401fee:	97a6                	add	a5,a5,s1
80401ff0:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80401ff4:	c087a783          	lw	a5,-1016(a5)
80401ff8:	c606                	sw	ra,12(sp)
80401ffa:	c422                	sw	s0,8(sp)
80401ffc:	02f70363          	beq	a4,a5,80402022 <pvcons_drain+0x3c>
80402000:	842a                	mv	s0,a0
80402002:	4148                	lw	a0,4(a0)
80402004:	fffff097          	auipc	ra,0xfffff
80402008:	618080e7          	jalr	1560(ra) # 8040161c <evtchn_send>
8040200c:	a019                	j	80402012 <pvcons_drain+0x2c>
8040200e:	441c                	lw	a5,8(s0)
80402010:	9782                	jalr	a5
80402012:	401c                	lw	a5,0(s0)
80402014:	97a6                	add	a5,a5,s1
80402016:	c0c7a703          	lw	a4,-1012(a5)
8040201a:	c087a783          	lw	a5,-1016(a5)
8040201e:	fef718e3          	bne	a4,a5,8040200e <pvcons_drain+0x28>
80402022:	40b2                	lw	ra,12(sp)
80402024:	4422                	lw	s0,8(sp)
80402026:	4492                	lw	s1,4(sp)
80402028:	0141                	add	sp,sp,16
8040202a:	8082                	ret

8040202c <xs_talk>:
8040202c:	710d                	add	sp,sp,-352
8040202e:	15312623          	sw	s3,332(sp)
80402032:	15412423          	sw	s4,328(sp)
80402036:	13a12823          	sw	s10,304(sp)
8040203a:	89be                	mv	s3,a5
8040203c:	8d36                	mv	s10,a3
8040203e:	14112e23          	sw	ra,348(sp)
80402042:	96be                	add	a3,a3,a5
80402044:	14812c23          	sw	s0,344(sp)
80402048:	14912a23          	sw	s1,340(sp)
8040204c:	15212823          	sw	s2,336(sp)
80402050:	15512223          	sw	s5,324(sp)
80402054:	15612023          	sw	s6,320(sp)
80402058:	13712e23          	sw	s7,316(sp)
8040205c:	13812c23          	sw	s8,312(sp)
80402060:	13912a23          	sw	s9,308(sp)
80402064:	13b12623          	sw	s11,300(sp)
80402068:	10000793          	li	a5,256
8040206c:	00052a03          	lw	s4,0(a0)
80402070:	28d7ee63          	bltu	a5,a3,8040230c <xs_talk+0x2e0>
80402074:	451c                	lw	a5,8(a0)
80402076:	6485                	lui	s1,0x1
80402078:	94d2                	add	s1,s1,s4
8040207a:	0785                	add	a5,a5,1
8040207c:	c51c                	sw	a5,8(a0)
8040207e:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
80402082:	8c3a                	mv	s8,a4
80402084:	8004a703          	lw	a4,-2048(s1)
80402088:	3f000d93          	li	s11,1008
8040208c:	c23e                	sw	a5,4(sp)
8040208e:	c02e                	sw	a1,0(sp)
80402090:	c402                	sw	zero,8(sp)
80402092:	c636                	sw	a3,12(sp)
80402094:	40dd8db3          	sub	s11,s11,a3
80402098:	40eb87b3          	sub	a5,s7,a4
8040209c:	842a                	mv	s0,a0
8040209e:	8b2e                	mv	s6,a1
804020a0:	8cb2                	mv	s9,a2
804020a2:	8942                	mv	s2,a6
804020a4:	8ac6                	mv	s5,a7
804020a6:	00fdff63          	bgeu	s11,a5,804020c4 <xs_talk+0x98>
804020aa:	4048                	lw	a0,4(s0)
804020ac:	fffff097          	auipc	ra,0xfffff
804020b0:	570080e7          	jalr	1392(ra) # 8040161c <evtchn_send>
804020b4:	445c                	lw	a5,12(s0)
804020b6:	9782                	jalr	a5
804020b8:	8004a783          	lw	a5,-2048(s1)
804020bc:	40fb87b3          	sub	a5,s7,a5
804020c0:	fefde5e3          	bltu	s11,a5,804020aa <xs_talk+0x7e>
804020c4:	0330000f          	fence	rw,rw
804020c8:	4010                	lw	a2,0(s0)
804020ca:	870a                	mv	a4,sp
804020cc:	0804                	add	s1,sp,16
804020ce:	40eb85b3          	sub	a1,s7,a4
804020d2:	00074683          	lbu	a3,0(a4)
804020d6:	00e587b3          	add	a5,a1,a4
804020da:	3ff7f793          	and	a5,a5,1023
804020de:	97b2                	add	a5,a5,a2
804020e0:	00d78023          	sb	a3,0(a5)
804020e4:	0705                	add	a4,a4,1
804020e6:	fee496e3          	bne	s1,a4,804020d2 <xs_talk+0xa6>
804020ea:	419b86b3          	sub	a3,s7,s9
804020ee:	87e6                	mv	a5,s9
804020f0:	010d0513          	add	a0,s10,16
804020f4:	9cea                	add	s9,s9,s10
804020f6:	06c1                	add	a3,a3,16
804020f8:	0007c703          	lbu	a4,0(a5)
804020fc:	00f685b3          	add	a1,a3,a5
80402100:	3ff5f593          	and	a1,a1,1023
80402104:	95b2                	add	a1,a1,a2
80402106:	00e58023          	sb	a4,0(a1)
8040210a:	0785                	add	a5,a5,1
8040210c:	ff9796e3          	bne	a5,s9,804020f8 <xs_talk+0xcc>
80402110:	87e2                	mv	a5,s8
80402112:	9baa                	add	s7,s7,a0
80402114:	9c4e                	add	s8,s8,s3
80402116:	40fb85b3          	sub	a1,s7,a5
8040211a:	00098e63          	beqz	s3,80402136 <xs_talk+0x10a>
8040211e:	0007c703          	lbu	a4,0(a5)
80402122:	00f586b3          	add	a3,a1,a5
80402126:	3ff6f693          	and	a3,a3,1023
8040212a:	96b2                	add	a3,a3,a2
8040212c:	00e68023          	sb	a4,0(a3)
80402130:	0785                	add	a5,a5,1
80402132:	ff8796e3          	bne	a5,s8,8040211e <xs_talk+0xf2>
80402136:	9bce                	add	s7,s7,s3
80402138:	0110000f          	fence	w,w
8040213c:	6d05                	lui	s10,0x1
8040213e:	9d52                	add	s10,s10,s4
80402140:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
80402144:	4048                	lw	a0,4(s0)
80402146:	fffff097          	auipc	ra,0xfffff
8040214a:	4d6080e7          	jalr	1238(ra) # 8040161c <evtchn_send>
8040214e:	808d2503          	lw	a0,-2040(s10)
80402152:	80cd2683          	lw	a3,-2036(s10)
80402156:	8e89                	sub	a3,a3,a0
80402158:	0220000f          	fence	r,r
8040215c:	40000793          	li	a5,1024
80402160:	02d7e963          	bltu	a5,a3,80402192 <xs_talk+0x166>
80402164:	02010c93          	add	s9,sp,32
80402168:	4bc1                	li	s7,16
8040216a:	49bd                	li	s3,15
8040216c:	10000c13          	li	s8,256
80402170:	419b8bb3          	sub	s7,s7,s9
80402174:	40000a13          	li	s4,1024
80402178:	04d9ea63          	bltu	s3,a3,804021cc <xs_talk+0x1a0>
8040217c:	445c                	lw	a5,12(s0)
8040217e:	9782                	jalr	a5
80402180:	808d2503          	lw	a0,-2040(s10)
80402184:	80cd2683          	lw	a3,-2036(s10)
80402188:	8e89                	sub	a3,a3,a0
8040218a:	0220000f          	fence	r,r
8040218e:	feda75e3          	bgeu	s4,a3,80402178 <xs_talk+0x14c>
80402192:	5549                	li	a0,-14
80402194:	15c12083          	lw	ra,348(sp)
80402198:	15812403          	lw	s0,344(sp)
8040219c:	15412483          	lw	s1,340(sp)
804021a0:	15012903          	lw	s2,336(sp)
804021a4:	14c12983          	lw	s3,332(sp)
804021a8:	14812a03          	lw	s4,328(sp)
804021ac:	14412a83          	lw	s5,324(sp)
804021b0:	14012b03          	lw	s6,320(sp)
804021b4:	13c12b83          	lw	s7,316(sp)
804021b8:	13812c03          	lw	s8,312(sp)
804021bc:	13412c83          	lw	s9,308(sp)
804021c0:	13012d03          	lw	s10,304(sp)
804021c4:	12c12d83          	lw	s11,300(sp)
804021c8:	6135                	add	sp,sp,352
804021ca:	8082                	ret
804021cc:	4010                	lw	a2,0(s0)
804021ce:	8726                	mv	a4,s1
804021d0:	409505b3          	sub	a1,a0,s1
804021d4:	00e587b3          	add	a5,a1,a4
804021d8:	3ff7f793          	and	a5,a5,1023
804021dc:	97b2                	add	a5,a5,a2
804021de:	4007c783          	lbu	a5,1024(a5)
804021e2:	0705                	add	a4,a4,1
804021e4:	fef70fa3          	sb	a5,-1(a4)
804021e8:	ff9716e3          	bne	a4,s9,804021d4 <xs_talk+0x1a8>
804021ec:	47f2                	lw	a5,28(sp)
804021ee:	fafc62e3          	bltu	s8,a5,80402192 <xs_talk+0x166>
804021f2:	01078713          	add	a4,a5,16
804021f6:	f8e6e3e3          	bltu	a3,a4,8040217c <xs_talk+0x150>
804021fa:	019785b3          	add	a1,a5,s9
804021fe:	8766                	mv	a4,s9
80402200:	00ab86b3          	add	a3,s7,a0
80402204:	cf89                	beqz	a5,8040221e <xs_talk+0x1f2>
80402206:	00e687b3          	add	a5,a3,a4
8040220a:	3ff7f793          	and	a5,a5,1023
8040220e:	97b2                	add	a5,a5,a2
80402210:	4007c783          	lbu	a5,1024(a5)
80402214:	0705                	add	a4,a4,1
80402216:	fef70fa3          	sb	a5,-1(a4)
8040221a:	feb716e3          	bne	a4,a1,80402206 <xs_talk+0x1da>
8040221e:	0330000f          	fence	rw,rw
80402222:	4df2                	lw	s11,28(sp)
80402224:	010d8793          	add	a5,s11,16
80402228:	97aa                	add	a5,a5,a0
8040222a:	80fd2423          	sw	a5,-2040(s10)
8040222e:	4048                	lw	a0,4(s0)
80402230:	fffff097          	auipc	ra,0xfffff
80402234:	3ec080e7          	jalr	1004(ra) # 8040161c <evtchn_send>
80402238:	4752                	lw	a4,20(sp)
8040223a:	4792                	lw	a5,4(sp)
8040223c:	f4f712e3          	bne	a4,a5,80402180 <xs_talk+0x154>
80402240:	47c2                	lw	a5,16(sp)
80402242:	4741                	li	a4,16
80402244:	02e78a63          	beq	a5,a4,80402278 <xs_talk+0x24c>
80402248:	5529                	li	a0,-22
8040224a:	f56795e3          	bne	a5,s6,80402194 <xs_talk+0x168>
8040224e:	020d8363          	beqz	s11,80402274 <xs_talk+0x248>
80402252:	020a8163          	beqz	s5,80402274 <xs_talk+0x248>
80402256:	fffd8713          	add	a4,s11,-1
8040225a:	974a                	add	a4,a4,s2
8040225c:	9aca                	add	s5,s5,s2
8040225e:	a021                	j	80402266 <xs_talk+0x23a>
80402260:	0905                	add	s2,s2,1
80402262:	01590963          	beq	s2,s5,80402274 <xs_talk+0x248>
80402266:	000cc783          	lbu	a5,0(s9)
8040226a:	0c85                	add	s9,s9,1
8040226c:	00f90023          	sb	a5,0(s2)
80402270:	fee918e3          	bne	s2,a4,80402260 <xs_talk+0x234>
80402274:	856e                	mv	a0,s11
80402276:	bf39                	j	80402194 <xs_talk+0x168>
80402278:	80406337          	lui	t1,0x80406
8040227c:	94030f13          	add	t5,t1,-1728 # 80405940 <names.0>
80402280:	04500793          	li	a5,69
80402284:	94030313          	add	t1,t1,-1728
80402288:	00032583          	lw	a1,0(t1)
8040228c:	4e01                	li	t3,0
8040228e:	4ead                	li	t4,11
80402290:	cbb9                	beqz	a5,804022e6 <xs_talk+0x2ba>
80402292:	4681                	li	a3,0
80402294:	88b6                	mv	a7,a3
80402296:	0685                	add	a3,a3,1
80402298:	00d587b3          	add	a5,a1,a3
8040229c:	0007c783          	lbu	a5,0(a5)
804022a0:	fbf5                	bnez	a5,80402294 <xs_talk+0x268>
804022a2:	020d8763          	beqz	s11,804022d0 <xs_talk+0x2a4>
804022a6:	8666                	mv	a2,s9
804022a8:	a031                	j	804022b4 <xs_talk+0x288>
804022aa:	02f88f63          	beq	a7,a5,804022e8 <xs_talk+0x2bc>
804022ae:	02ed8163          	beq	s11,a4,804022d0 <xs_talk+0x2a4>
804022b2:	87ba                	mv	a5,a4
804022b4:	00f58733          	add	a4,a1,a5
804022b8:	00064803          	lbu	a6,0(a2)
804022bc:	00074503          	lbu	a0,0(a4)
804022c0:	0605                	add	a2,a2,1
804022c2:	00178713          	add	a4,a5,1
804022c6:	fea802e3          	beq	a6,a0,804022aa <xs_talk+0x27e>
804022ca:	8736                	mv	a4,a3
804022cc:	00f68e63          	beq	a3,a5,804022e8 <xs_talk+0x2bc>
804022d0:	0e05                	add	t3,t3,1
804022d2:	0321                	add	t1,t1,8
804022d4:	03de0a63          	beq	t3,t4,80402308 <xs_talk+0x2dc>
804022d8:	00032783          	lw	a5,0(t1)
804022dc:	00032583          	lw	a1,0(t1)
804022e0:	0007c783          	lbu	a5,0(a5)
804022e4:	f7dd                	bnez	a5,80402292 <xs_talk+0x266>
804022e6:	4701                	li	a4,0
804022e8:	00ed8963          	beq	s11,a4,804022fa <xs_talk+0x2ce>
804022ec:	12070793          	add	a5,a4,288
804022f0:	00278733          	add	a4,a5,sp
804022f4:	f0074783          	lbu	a5,-256(a4)
804022f8:	ffe1                	bnez	a5,804022d0 <xs_talk+0x2a4>
804022fa:	0e0e                	sll	t3,t3,0x3
804022fc:	9f72                	add	t5,t5,t3
804022fe:	004f2503          	lw	a0,4(t5)
80402302:	40a00533          	neg	a0,a0
80402306:	b579                	j	80402194 <xs_talk+0x168>
80402308:	5529                	li	a0,-22
8040230a:	b569                	j	80402194 <xs_talk+0x168>
8040230c:	5565                	li	a0,-7
8040230e:	b559                	j	80402194 <xs_talk+0x168>

80402310 <xs_read.part.0>:
80402310:	1141                	add	sp,sp,-16
80402312:	c422                	sw	s0,8(sp)
80402314:	c226                	sw	s1,4(sp)
80402316:	c606                	sw	ra,12(sp)
80402318:	0005c783          	lbu	a5,0(a1)
8040231c:	84b2                	mv	s1,a2
8040231e:	8436                	mv	s0,a3
80402320:	c7a5                	beqz	a5,80402388 <xs_read.part.0+0x78>
80402322:	4781                	li	a5,0
80402324:	833e                	mv	t1,a5
80402326:	0785                	add	a5,a5,1
80402328:	00f58733          	add	a4,a1,a5
8040232c:	00074703          	lbu	a4,0(a4)
80402330:	fb75                	bnez	a4,80402324 <xs_read.part.0+0x14>
80402332:	00230693          	add	a3,t1,2
80402336:	147d                	add	s0,s0,-1
80402338:	862e                	mv	a2,a1
8040233a:	88a2                	mv	a7,s0
8040233c:	8826                	mv	a6,s1
8040233e:	4781                	li	a5,0
80402340:	4701                	li	a4,0
80402342:	4589                	li	a1,2
80402344:	00000097          	auipc	ra,0x0
80402348:	ce8080e7          	jalr	-792(ra) # 8040202c <xs_talk>
8040234c:	00054963          	bltz	a0,8040235e <xs_read.part.0+0x4e>
80402350:	87aa                	mv	a5,a0
80402352:	02a46463          	bltu	s0,a0,8040237a <xs_read.part.0+0x6a>
80402356:	4501                	li	a0,0
80402358:	eb81                	bnez	a5,80402368 <xs_read.part.0+0x58>
8040235a:	00048023          	sb	zero,0(s1)
8040235e:	40b2                	lw	ra,12(sp)
80402360:	4422                	lw	s0,8(sp)
80402362:	4492                	lw	s1,4(sp)
80402364:	0141                	add	sp,sp,16
80402366:	8082                	ret
80402368:	fff78513          	add	a0,a5,-1
8040236c:	00a48733          	add	a4,s1,a0
80402370:	00074683          	lbu	a3,0(a4)
80402374:	e699                	bnez	a3,80402382 <xs_read.part.0+0x72>
80402376:	84ba                	mv	s1,a4
80402378:	b7cd                	j	8040235a <xs_read.part.0+0x4a>
8040237a:	87a2                	mv	a5,s0
8040237c:	4501                	li	a0,0
8040237e:	dff1                	beqz	a5,8040235a <xs_read.part.0+0x4a>
80402380:	b7e5                	j	80402368 <xs_read.part.0+0x58>
80402382:	94be                	add	s1,s1,a5
80402384:	853e                	mv	a0,a5
80402386:	bfd1                	j	8040235a <xs_read.part.0+0x4a>
80402388:	4685                	li	a3,1
8040238a:	b775                	j	80402336 <xs_read.part.0+0x26>

8040238c <xs_init>:
8040238c:	c10c                	sw	a1,0(a0)
8040238e:	c150                	sw	a2,4(a0)
80402390:	00052423          	sw	zero,8(a0)
80402394:	c554                	sw	a3,12(a0)
80402396:	8082                	ret

80402398 <xs_read>:
80402398:	c689                	beqz	a3,804023a2 <xs_read+0xa>
8040239a:	00000317          	auipc	t1,0x0
8040239e:	f7630067          	jr	-138(t1) # 80402310 <xs_read.part.0>
804023a2:	5529                	li	a0,-22
804023a4:	8082                	ret

804023a6 <xs_read_u32>:
804023a6:	1101                	add	sp,sp,-32
804023a8:	cc22                	sw	s0,24(sp)
804023aa:	46c1                	li	a3,16
804023ac:	8432                	mv	s0,a2
804023ae:	860a                	mv	a2,sp
804023b0:	ce06                	sw	ra,28(sp)
804023b2:	00000097          	auipc	ra,0x0
804023b6:	f5e080e7          	jalr	-162(ra) # 80402310 <xs_read.part.0>
804023ba:	06054163          	bltz	a0,8040241c <xs_read_u32+0x76>
804023be:	cd31                	beqz	a0,8040241a <xs_read_u32+0x74>
804023c0:	47a9                	li	a5,10
804023c2:	04a7cc63          	blt	a5,a0,8040241a <xs_read_u32+0x74>
804023c6:	880a                	mv	a6,sp
804023c8:	4881                	li	a7,0
804023ca:	4781                	li	a5,0
804023cc:	4601                	li	a2,0
804023ce:	4325                	li	t1,9
804023d0:	a029                	j	804023da <xs_read_u32+0x34>
804023d2:	9636                	add	a2,a2,a3
804023d4:	0805                	add	a6,a6,1
804023d6:	04a8d763          	bge	a7,a0,80402424 <xs_read_u32+0x7e>
804023da:	01e7d693          	srl	a3,a5,0x1e
804023de:	00279713          	sll	a4,a5,0x2
804023e2:	00261593          	sll	a1,a2,0x2
804023e6:	97ba                	add	a5,a5,a4
804023e8:	8dd5                	or	a1,a1,a3
804023ea:	00084683          	lbu	a3,0(a6)
804023ee:	95b2                	add	a1,a1,a2
804023f0:	00e7b733          	sltu	a4,a5,a4
804023f4:	972e                	add	a4,a4,a1
804023f6:	fd068693          	add	a3,a3,-48
804023fa:	01f7d613          	srl	a2,a5,0x1f
804023fe:	0706                	sll	a4,a4,0x1
80402400:	0786                	sll	a5,a5,0x1
80402402:	8f51                	or	a4,a4,a2
80402404:	97b6                	add	a5,a5,a3
80402406:	41f6d613          	sra	a2,a3,0x1f
8040240a:	0ff6f593          	zext.b	a1,a3
8040240e:	963a                	add	a2,a2,a4
80402410:	00d7b6b3          	sltu	a3,a5,a3
80402414:	0885                	add	a7,a7,1
80402416:	fab37ee3          	bgeu	t1,a1,804023d2 <xs_read_u32+0x2c>
8040241a:	5529                	li	a0,-22
8040241c:	40f2                	lw	ra,28(sp)
8040241e:	4462                	lw	s0,24(sp)
80402420:	6105                	add	sp,sp,32
80402422:	8082                	ret
80402424:	fa7d                	bnez	a2,8040241a <xs_read_u32+0x74>
80402426:	40f2                	lw	ra,28(sp)
80402428:	c01c                	sw	a5,0(s0)
8040242a:	4462                	lw	s0,24(sp)
8040242c:	4501                	li	a0,0
8040242e:	6105                	add	sp,sp,32
80402430:	8082                	ret

80402432 <xs_write>:
80402432:	1101                	add	sp,sp,-32
80402434:	ce06                	sw	ra,28(sp)
80402436:	0005c783          	lbu	a5,0(a1)
8040243a:	8732                	mv	a4,a2
8040243c:	c7b9                	beqz	a5,8040248a <xs_write+0x58>
8040243e:	4781                	li	a5,0
80402440:	86be                	mv	a3,a5
80402442:	0785                	add	a5,a5,1
80402444:	00f58833          	add	a6,a1,a5
80402448:	00084803          	lbu	a6,0(a6)
8040244c:	fe081ae3          	bnez	a6,80402440 <xs_write+0xe>
80402450:	00074783          	lbu	a5,0(a4)
80402454:	0689                	add	a3,a3,2
80402456:	cf95                	beqz	a5,80402492 <xs_write+0x60>
80402458:	4781                	li	a5,0
8040245a:	0785                	add	a5,a5,1
8040245c:	00f70833          	add	a6,a4,a5
80402460:	00084803          	lbu	a6,0(a6)
80402464:	fe081be3          	bnez	a6,8040245a <xs_write+0x28>
80402468:	00c10813          	add	a6,sp,12
8040246c:	862e                	mv	a2,a1
8040246e:	4891                	li	a7,4
80402470:	45ad                	li	a1,11
80402472:	00000097          	auipc	ra,0x0
80402476:	bba080e7          	jalr	-1094(ra) # 8040202c <xs_talk>
8040247a:	40f2                	lw	ra,28(sp)
8040247c:	00152793          	slti	a5,a0,1
80402480:	40f007b3          	neg	a5,a5
80402484:	8d7d                	and	a0,a0,a5
80402486:	6105                	add	sp,sp,32
80402488:	8082                	ret
8040248a:	00074783          	lbu	a5,0(a4)
8040248e:	4685                	li	a3,1
80402490:	f7e1                	bnez	a5,80402458 <xs_write+0x26>
80402492:	4781                	li	a5,0
80402494:	bfd1                	j	80402468 <xs_write+0x36>

80402496 <xs_write_u32>:
80402496:	1101                	add	sp,sp,-32
80402498:	87b2                	mv	a5,a2
8040249a:	ce06                	sw	ra,28(sp)
8040249c:	00010723          	sb	zero,14(sp)
804024a0:	00e10613          	add	a2,sp,14
804024a4:	46a9                	li	a3,10
804024a6:	48a5                	li	a7,9
804024a8:	02d7f733          	remu	a4,a5,a3
804024ac:	167d                	add	a2,a2,-1
804024ae:	883e                	mv	a6,a5
804024b0:	03070713          	add	a4,a4,48
804024b4:	00e60023          	sb	a4,0(a2)
804024b8:	02d7d7b3          	divu	a5,a5,a3
804024bc:	ff08e6e3          	bltu	a7,a6,804024a8 <xs_write_u32+0x12>
804024c0:	00000097          	auipc	ra,0x0
804024c4:	f72080e7          	jalr	-142(ra) # 80402432 <xs_write>
804024c8:	40f2                	lw	ra,28(sp)
804024ca:	6105                	add	sp,sp,32
804024cc:	8082                	ret

804024ce <cons_event>:
804024ce:	8082                	ret

804024d0 <uni_console_drain>:
804024d0:	804077b7          	lui	a5,0x80407
804024d4:	0e47a783          	lw	a5,228(a5) # 804070e4 <ready>
804024d8:	e391                	bnez	a5,804024dc <uni_console_drain+0xc>
804024da:	8082                	ret
804024dc:	8041a537          	lui	a0,0x8041a
804024e0:	02450513          	add	a0,a0,36 # 8041a024 <cons>
804024e4:	00000317          	auipc	t1,0x0
804024e8:	b0230067          	jr	-1278(t1) # 80401fe6 <pvcons_drain>

804024ec <uni_console_write>:
804024ec:	804077b7          	lui	a5,0x80407
804024f0:	0e47a703          	lw	a4,228(a5) # 804070e4 <ready>
804024f4:	862e                	mv	a2,a1
804024f6:	cb11                	beqz	a4,8040250a <uni_console_write+0x1e>
804024f8:	85aa                	mv	a1,a0
804024fa:	8041a537          	lui	a0,0x8041a
804024fe:	02450513          	add	a0,a0,36 # 8041a024 <cons>
80402502:	00000317          	auipc	t1,0x0
80402506:	a9a30067          	jr	-1382(t1) # 80401f9c <pvcons_write>
8040250a:	fffff317          	auipc	t1,0xfffff
8040250e:	b0e30067          	jr	-1266(t1) # 80401018 <uni_early_write>

80402512 <revoke_event>:
80402512:	7155                	add	sp,sp,-208
80402514:	804077b7          	lui	a5,0x80407
80402518:	dd52                	sw	s4,184(sp)
8040251a:	0dc7aa03          	lw	s4,220(a5) # 804070dc <pv_shared_info>
8040251e:	db56                	sw	s5,180(sp)
80402520:	c786                	sw	ra,204(sp)
80402522:	144a2a83          	lw	s5,324(s4)
80402526:	c5a2                	sw	s0,200(sp)
80402528:	c3a6                	sw	s1,196(sp)
8040252a:	c1ca                	sw	s2,192(sp)
8040252c:	df4e                	sw	s3,188(sp)
8040252e:	d95a                	sw	s6,176(sp)
80402530:	d75e                	sw	s7,172(sp)
80402532:	d562                	sw	s8,168(sp)
80402534:	d366                	sw	s9,164(sp)
80402536:	d16a                	sw	s10,160(sp)
80402538:	cf6e                	sw	s11,156(sp)
8040253a:	0220000f          	fence	r,r
8040253e:	80407737          	lui	a4,0x80407
80402542:	0f472783          	lw	a5,244(a4) # 804070f4 <revoke_seen>
80402546:	148a2b83          	lw	s7,328(s4)
8040254a:	03578263          	beq	a5,s5,8040256e <revoke_event+0x5c>
8040254e:	8041adb7          	lui	s11,0x8041a
80402552:	030d8d93          	add	s11,s11,48 # 8041a030 <revoke_stats>
80402556:	000da783          	lw	a5,0(s11)
8040255a:	804076b7          	lui	a3,0x80407
8040255e:	0986a683          	lw	a3,152(a3) # 80407098 <cooperate>
80402562:	0785                	add	a5,a5,1
80402564:	0f572a23          	sw	s5,244(a4)
80402568:	00fda023          	sw	a5,0(s11)
8040256c:	e6e9                	bnez	a3,80402636 <revoke_event+0x124>
8040256e:	80407737          	lui	a4,0x80407
80402572:	154a2683          	lw	a3,340(s4)
80402576:	0f072783          	lw	a5,240(a4) # 804070f0 <revoked_seen>
8040257a:	08d78f63          	beq	a5,a3,80402618 <revoke_event+0x106>
8040257e:	8041adb7          	lui	s11,0x8041a
80402582:	030d8d93          	add	s11,s11,48 # 8041a030 <revoke_stats>
80402586:	008da783          	lw	a5,8(s11)
8040258a:	0ed72823          	sw	a3,240(a4)
8040258e:	0785                	add	a5,a5,1
80402590:	00fda423          	sw	a5,8(s11)
80402594:	0220000f          	fence	r,r
80402598:	158a2b03          	lw	s6,344(s4)
8040259c:	060b0e63          	beqz	s6,80402618 <revoke_event+0x106>
804025a0:	8041aab7          	lui	s5,0x8041a
804025a4:	8041bcb7          	lui	s9,0x8041b
804025a8:	15ca0a13          	add	s4,s4,348
804025ac:	4981                	li	s3,0
804025ae:	044a8a93          	add	s5,s5,68 # 8041a044 <slot_mfn>
804025b2:	044c8c93          	add	s9,s9,68 # 8041b044 <boot_argv>
804025b6:	80407bb7          	lui	s7,0x80407
804025ba:	80407937          	lui	s2,0x80407
804025be:	6d05                	lui	s10,0x1
804025c0:	000a2c03          	lw	s8,0(s4)
804025c4:	8456                	mv	s0,s5
804025c6:	f00004b7          	lui	s1,0xf0000
804025ca:	a029                	j	804025d4 <revoke_event+0xc2>
804025cc:	0411                	add	s0,s0,4
804025ce:	94ea                	add	s1,s1,s10
804025d0:	028c8c63          	beq	s9,s0,80402608 <revoke_event+0xf6>
804025d4:	401c                	lw	a5,0(s0)
804025d6:	ff879be3          	bne	a5,s8,804025cc <revoke_event+0xba>
804025da:	100ba703          	lw	a4,256(s7) # 80407100 <slots_used>
804025de:	010da783          	lw	a5,16(s11)
804025e2:	0fc92683          	lw	a3,252(s2) # 804070fc <revoke_hook>
804025e6:	177d                	add	a4,a4,-1
804025e8:	0785                	add	a5,a5,1
804025ea:	00042023          	sw	zero,0(s0)
804025ee:	10eba023          	sw	a4,256(s7)
804025f2:	00fda823          	sw	a5,16(s11)
804025f6:	8526                	mv	a0,s1
804025f8:	4605                	li	a2,1
804025fa:	85e2                	mv	a1,s8
804025fc:	dae1                	beqz	a3,804025cc <revoke_event+0xba>
804025fe:	0411                	add	s0,s0,4
80402600:	9682                	jalr	a3
80402602:	94ea                	add	s1,s1,s10
80402604:	fc8c98e3          	bne	s9,s0,804025d4 <revoke_event+0xc2>
80402608:	0985                	add	s3,s3,1
8040260a:	013b0763          	beq	s6,s3,80402618 <revoke_event+0x106>
8040260e:	02000793          	li	a5,32
80402612:	0a11                	add	s4,s4,4
80402614:	faf996e3          	bne	s3,a5,804025c0 <revoke_event+0xae>
80402618:	40be                	lw	ra,204(sp)
8040261a:	442e                	lw	s0,200(sp)
8040261c:	449e                	lw	s1,196(sp)
8040261e:	490e                	lw	s2,192(sp)
80402620:	59fa                	lw	s3,188(sp)
80402622:	5a6a                	lw	s4,184(sp)
80402624:	5ada                	lw	s5,180(sp)
80402626:	5b4a                	lw	s6,176(sp)
80402628:	5bba                	lw	s7,172(sp)
8040262a:	5c2a                	lw	s8,168(sp)
8040262c:	5c9a                	lw	s9,164(sp)
8040262e:	5d0a                	lw	s10,160(sp)
80402630:	4dfa                	lw	s11,156(sp)
80402632:	6169                	add	sp,sp,208
80402634:	8082                	ret
80402636:	f20b8ce3          	beqz	s7,8040256e <revoke_event+0x5c>
8040263a:	8041b937          	lui	s2,0x8041b
8040263e:	6485                	lui	s1,0x1
80402640:	6b21                	lui	s6,0x8
80402642:	04090913          	add	s2,s2,64 # 8041b040 <slot_mfn+0xffc>
80402646:	f03ff9b7          	lui	s3,0xf03ff
8040264a:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
8040264c:	4401                	li	s0,0
8040264e:	7d7d                	lui	s10,0xfffff
80402650:	80407e37          	lui	t3,0x80407
80402654:	80407337          	lui	t1,0x80407
80402658:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
8040265a:	80407cb7          	lui	s9,0x80407
8040265e:	02000813          	li	a6,32
80402662:	00092c03          	lw	s8,0(s2)
80402666:	060c0a63          	beqz	s8,804026da <revoke_event+0x1c8>
8040266a:	0fce2783          	lw	a5,252(t3) # 804070fc <revoke_hook>
8040266e:	cb99                	beqz	a5,80402684 <revoke_event+0x172>
80402670:	4601                	li	a2,0
80402672:	85e2                	mv	a1,s8
80402674:	854e                	mv	a0,s3
80402676:	9782                	jalr	a5
80402678:	02000813          	li	a6,32
8040267c:	80407337          	lui	t1,0x80407
80402680:	80407e37          	lui	t3,0x80407
80402684:	10432783          	lw	a5,260(t1) # 80407104 <window_l1>
80402688:	c402                	sw	zero,8(sp)
8040268a:	0048                	add	a0,sp,4
8040268c:	07b2                	sll	a5,a5,0xc
8040268e:	8fc5                	or	a5,a5,s1
80402690:	c23e                	sw	a5,4(sp)
80402692:	4585                	li	a1,1
80402694:	4601                	li	a2,0
80402696:	86da                	mv	a3,s6
80402698:	4885                	li	a7,1
8040269a:	00000073          	ecall
8040269e:	ed15                	bnez	a0,804026da <revoke_event+0x1c8>
804026a0:	100ca703          	lw	a4,256(s9) # 80407100 <slots_used>
804026a4:	00241793          	sll	a5,s0,0x2
804026a8:	09078793          	add	a5,a5,144
804026ac:	978a                	add	a5,a5,sp
804026ae:	177d                	add	a4,a4,-1
804026b0:	f987a023          	sw	s8,-128(a5)
804026b4:	00092023          	sw	zero,0(s2)
804026b8:	10eca023          	sw	a4,256(s9)
804026bc:	00140793          	add	a5,s0,1
804026c0:	c48d                	beqz	s1,804026ea <revoke_event+0x1d8>
804026c2:	0377f463          	bgeu	a5,s7,804026ea <revoke_event+0x1d8>
804026c6:	1971                	add	s2,s2,-4
804026c8:	14f1                	add	s1,s1,-4
804026ca:	99ea                	add	s3,s3,s10
804026cc:	03078063          	beq	a5,a6,804026ec <revoke_event+0x1da>
804026d0:	00092c03          	lw	s8,0(s2)
804026d4:	843e                	mv	s0,a5
804026d6:	f80c1ae3          	bnez	s8,8040266a <revoke_event+0x158>
804026da:	c499                	beqz	s1,804026e8 <revoke_event+0x1d6>
804026dc:	01747663          	bgeu	s0,s7,804026e8 <revoke_event+0x1d6>
804026e0:	1971                	add	s2,s2,-4
804026e2:	14f1                	add	s1,s1,-4
804026e4:	99ea                	add	s3,s3,s10
804026e6:	bfb5                	j	80402662 <revoke_event+0x150>
804026e8:	87a2                	mv	a5,s0
804026ea:	cf81                	beqz	a5,80402702 <revoke_event+0x1f0>
804026ec:	0818                	add	a4,sp,16
804026ee:	c23e                	sw	a5,4(sp)
804026f0:	c43a                	sw	a4,8(sp)
804026f2:	c602                	sw	zero,12(sp)
804026f4:	4505                	li	a0,1
804026f6:	004c                	add	a1,sp,4
804026f8:	03000893          	li	a7,48
804026fc:	00000073          	ecall
80402700:	cd19                	beqz	a0,8040271e <revoke_event+0x20c>
80402702:	450d                	li	a0,3
80402704:	85d6                	mv	a1,s5
80402706:	03000893          	li	a7,48
8040270a:	00000073          	ecall
8040270e:	e60510e3          	bnez	a0,8040256e <revoke_event+0x5c>
80402712:	004da783          	lw	a5,4(s11)
80402716:	0785                	add	a5,a5,1
80402718:	00fda223          	sw	a5,4(s11)
8040271c:	bd89                	j	8040256e <revoke_event+0x5c>
8040271e:	00cda703          	lw	a4,12(s11)
80402722:	97ba                	add	a5,a5,a4
80402724:	00fda623          	sw	a5,12(s11)
80402728:	bfe9                	j	80402702 <revoke_event+0x1f0>

8040272a <uni_page_alloc>:
8040272a:	1141                	add	sp,sp,-16
8040272c:	804077b7          	lui	a5,0x80407
80402730:	c422                	sw	s0,8(sp)
80402732:	11c7a403          	lw	s0,284(a5) # 8040711c <free_list>
80402736:	c606                	sw	ra,12(sp)
80402738:	c005                	beqz	s0,80402758 <uni_page_alloc+0x2e>
8040273a:	4018                	lw	a4,0(s0)
8040273c:	10e7ae23          	sw	a4,284(a5)
80402740:	6605                	lui	a2,0x1
80402742:	4581                	li	a1,0
80402744:	8522                	mv	a0,s0
80402746:	00001097          	auipc	ra,0x1
8040274a:	da0080e7          	jalr	-608(ra) # 804034e6 <memset>
8040274e:	40b2                	lw	ra,12(sp)
80402750:	8522                	mv	a0,s0
80402752:	4422                	lw	s0,8(sp)
80402754:	0141                	add	sp,sp,16
80402756:	8082                	ret
80402758:	804077b7          	lui	a5,0x80407
8040275c:	804076b7          	lui	a3,0x80407
80402760:	1187a703          	lw	a4,280(a5) # 80407118 <low_next>
80402764:	1146a683          	lw	a3,276(a3) # 80407114 <low_end>
80402768:	02d76463          	bltu	a4,a3,80402790 <uni_page_alloc+0x66>
8040276c:	80407737          	lui	a4,0x80407
80402770:	804077b7          	lui	a5,0x80407
80402774:	10872603          	lw	a2,264(a4) # 80407108 <top>
80402778:	10c7a783          	lw	a5,268(a5) # 8040710c <brk>
8040277c:	6685                	lui	a3,0x1
8040277e:	40f607b3          	sub	a5,a2,a5
80402782:	fcd7e6e3          	bltu	a5,a3,8040274e <uni_page_alloc+0x24>
80402786:	40d60433          	sub	s0,a2,a3
8040278a:	10872423          	sw	s0,264(a4)
8040278e:	bf4d                	j	80402740 <uni_page_alloc+0x16>
80402790:	843a                	mv	s0,a4
80402792:	6705                	lui	a4,0x1
80402794:	9722                	add	a4,a4,s0
80402796:	10e7ac23          	sw	a4,280(a5)
8040279a:	b75d                	j	80402740 <uni_page_alloc+0x16>

8040279c <uni_map_over>:
8040279c:	804077b7          	lui	a5,0x80407
804027a0:	0cc7a783          	lw	a5,204(a5) # 804070cc <uni_start_info>
804027a4:	05aa                	sll	a1,a1,0xa
804027a6:	1101                	add	sp,sp,-32
804027a8:	5fd8                	lw	a4,60(a5)
804027aa:	01655793          	srl	a5,a0,0x16
804027ae:	078a                	sll	a5,a5,0x2
804027b0:	97ba                	add	a5,a5,a4
804027b2:	439c                	lw	a5,0(a5)
804027b4:	8131                	srl	a0,a0,0xc
804027b6:	3ff57513          	and	a0,a0,1023
804027ba:	83a9                	srl	a5,a5,0xa
804027bc:	050a                	sll	a0,a0,0x2
804027be:	07b2                	sll	a5,a5,0xc
804027c0:	8fc9                	or	a5,a5,a0
804027c2:	0d75e593          	or	a1,a1,215
804027c6:	66a1                	lui	a3,0x8
804027c8:	8732                	mv	a4,a2
804027ca:	c62e                	sw	a1,12(sp)
804027cc:	ce06                	sw	ra,28(sp)
804027ce:	c43e                	sw	a5,8(sp)
804027d0:	0028                	add	a0,sp,8
804027d2:	4585                	li	a1,1
804027d4:	4601                	li	a2,0
804027d6:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
804027d8:	4885                	li	a7,1
804027da:	00000073          	ecall
804027de:	00054563          	bltz	a0,804027e8 <uni_map_over+0x4c>
804027e2:	40f2                	lw	ra,28(sp)
804027e4:	6105                	add	sp,sp,32
804027e6:	8082                	ret
804027e8:	853a                	mv	a0,a4
804027ea:	fffff097          	auipc	ra,0xfffff
804027ee:	8a4080e7          	jalr	-1884(ra) # 8040108e <uni_panic>

804027f2 <write>:
804027f2:	1141                	add	sp,sp,-16
804027f4:	c606                	sw	ra,12(sp)
804027f6:	c422                	sw	s0,8(sp)
804027f8:	47bd                	li	a5,15
804027fa:	00a7eb63          	bltu	a5,a0,80402810 <write+0x1e>
804027fe:	80407737          	lui	a4,0x80407
80402802:	00070713          	mv	a4,a4
80402806:	00351793          	sll	a5,a0,0x3
8040280a:	97ba                	add	a5,a5,a4
8040280c:	4398                	lw	a4,0(a5)
8040280e:	ef11                	bnez	a4,8040282a <write+0x38>
80402810:	4725                	li	a4,9
80402812:	000007b7          	lui	a5,0x0
80402816:	004787b3          	add	a5,a5,tp
8040281a:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040281e:	547d                	li	s0,-1
80402820:	40b2                	lw	ra,12(sp)
80402822:	8522                	mv	a0,s0
80402824:	4422                	lw	s0,8(sp)
80402826:	0141                	add	sp,sp,16
80402828:	8082                	ret
8040282a:	8432                	mv	s0,a2
8040282c:	04064663          	bltz	a2,80402878 <write+0x86>
80402830:	4505                	li	a0,1
80402832:	02a70b63          	beq	a4,a0,80402868 <write+0x76>
80402836:	80407737          	lui	a4,0x80407
8040283a:	12472703          	lw	a4,292(a4) # 80407124 <fs>
8040283e:	43c8                	lw	a0,4(a5)
80402840:	475c                	lw	a5,12(a4)
80402842:	9782                	jalr	a5
80402844:	842a                	mv	s0,a0
80402846:	fc055de3          	bgez	a0,80402820 <write+0x2e>
8040284a:	fff54413          	not	s0,a0
8040284e:	02500793          	li	a5,37
80402852:	4715                	li	a4,5
80402854:	fa87efe3          	bltu	a5,s0,80402812 <write+0x20>
80402858:	804067b7          	lui	a5,0x80406
8040285c:	a0c78793          	add	a5,a5,-1524 # 80405a0c <CSWTCH.52>
80402860:	97a2                	add	a5,a5,s0
80402862:	00078703          	lb	a4,0(a5)
80402866:	b775                	j	80402812 <write+0x20>
80402868:	86ae                	mv	a3,a1
8040286a:	8536                	mv	a0,a3
8040286c:	85b2                	mv	a1,a2
8040286e:	00000097          	auipc	ra,0x0
80402872:	c7e080e7          	jalr	-898(ra) # 804024ec <uni_console_write>
80402876:	b76d                	j	80402820 <write+0x2e>
80402878:	4759                	li	a4,22
8040287a:	bf61                	j	80402812 <write+0x20>

8040287c <uni_posix_net>:
8040287c:	804077b7          	lui	a5,0x80407
80402880:	12a7a023          	sw	a0,288(a5) # 80407120 <net>
80402884:	8082                	ret

80402886 <uni_main>:
80402886:	1141                	add	sp,sp,-16
80402888:	c606                	sw	ra,12(sp)
8040288a:	c422                	sw	s0,8(sp)
8040288c:	8041b837          	lui	a6,0x8041b
80402890:	00054603          	lbu	a2,0(a0)
80402894:	872a                	mv	a4,a0
80402896:	02000693          	li	a3,32
8040289a:	4501                	li	a0,0
8040289c:	45a5                	li	a1,9
8040289e:	04480813          	add	a6,a6,68 # 8041b044 <boot_argv>
804028a2:	02d60b63          	beq	a2,a3,804028d8 <uni_main+0x52>
804028a6:	02b60963          	beq	a2,a1,804028d8 <uni_main+0x52>
804028aa:	c231                	beqz	a2,804028ee <uni_main+0x68>
804028ac:	06d50a63          	beq	a0,a3,80402920 <uni_main+0x9a>
804028b0:	00251793          	sll	a5,a0,0x2
804028b4:	97c2                	add	a5,a5,a6
804028b6:	c398                	sw	a4,0(a5)
804028b8:	00074603          	lbu	a2,0(a4)
804028bc:	0505                	add	a0,a0,1
804028be:	87b2                	mv	a5,a2
804028c0:	d26d                	beqz	a2,804028a2 <uni_main+0x1c>
804028c2:	02d78363          	beq	a5,a3,804028e8 <uni_main+0x62>
804028c6:	02b78163          	beq	a5,a1,804028e8 <uni_main+0x62>
804028ca:	00174783          	lbu	a5,1(a4)
804028ce:	0705                	add	a4,a4,1
804028d0:	fbed                	bnez	a5,804028c2 <uni_main+0x3c>
804028d2:	4601                	li	a2,0
804028d4:	fcd619e3          	bne	a2,a3,804028a6 <uni_main+0x20>
804028d8:	00170793          	add	a5,a4,1
804028dc:	00174603          	lbu	a2,1(a4)
804028e0:	00070023          	sb	zero,0(a4)
804028e4:	873e                	mv	a4,a5
804028e6:	bf75                	j	804028a2 <uni_main+0x1c>
804028e8:	00074603          	lbu	a2,0(a4)
804028ec:	bf5d                	j	804028a2 <uni_main+0x1c>
804028ee:	8041b5b7          	lui	a1,0x8041b
804028f2:	04458713          	add	a4,a1,68 # 8041b044 <boot_argv>
804028f6:	00251793          	sll	a5,a0,0x2
804028fa:	97ba                	add	a5,a5,a4
804028fc:	04458593          	add	a1,a1,68
80402900:	0007a023          	sw	zero,0(a5)
80402904:	ffffd097          	auipc	ra,0xffffd
80402908:	79c080e7          	jalr	1948(ra) # 804000a0 <main>
8040290c:	842a                	mv	s0,a0
8040290e:	00000097          	auipc	ra,0x0
80402912:	0f0080e7          	jalr	240(ra) # 804029fe <ulib_flush_stdout>
80402916:	40b2                	lw	ra,12(sp)
80402918:	8522                	mv	a0,s0
8040291a:	4422                	lw	s0,8(sp)
8040291c:	0141                	add	sp,sp,16
8040291e:	8082                	ret
80402920:	80406537          	lui	a0,0x80406
80402924:	a3450513          	add	a0,a0,-1484 # 80405a34 <msg.0>
80402928:	45e1                	li	a1,24
8040292a:	00000097          	auipc	ra,0x0
8040292e:	bc2080e7          	jalr	-1086(ra) # 804024ec <uni_console_write>
80402932:	4409                	li	s0,2
80402934:	40b2                	lw	ra,12(sp)
80402936:	8522                	mv	a0,s0
80402938:	4422                	lw	s0,8(sp)
8040293a:	0141                	add	sp,sp,16
8040293c:	8082                	ret

8040293e <stdout_flush>:
8040293e:	1141                	add	sp,sp,-16
80402940:	c04a                	sw	s2,0(sp)
80402942:	80407937          	lui	s2,0x80407
80402946:	c422                	sw	s0,8(sp)
80402948:	12892403          	lw	s0,296(s2) # 80407128 <out_len>
8040294c:	c606                	sw	ra,12(sp)
8040294e:	c226                	sw	s1,4(sp)
80402950:	c015                	beqz	s0,80402974 <stdout_flush+0x36>
80402952:	8041b4b7          	lui	s1,0x8041b
80402956:	0c848493          	add	s1,s1,200 # 8041b0c8 <out_buf>
8040295a:	a019                	j	80402960 <stdout_flush+0x22>
8040295c:	94aa                	add	s1,s1,a0
8040295e:	c819                	beqz	s0,80402974 <stdout_flush+0x36>
80402960:	8622                	mv	a2,s0
80402962:	85a6                	mv	a1,s1
80402964:	4505                	li	a0,1
80402966:	00000097          	auipc	ra,0x0
8040296a:	e8c080e7          	jalr	-372(ra) # 804027f2 <write>
8040296e:	8c09                	sub	s0,s0,a0
80402970:	fea046e3          	bgtz	a0,8040295c <stdout_flush+0x1e>
80402974:	40b2                	lw	ra,12(sp)
80402976:	4422                	lw	s0,8(sp)
80402978:	12092423          	sw	zero,296(s2)
8040297c:	4492                	lw	s1,4(sp)
8040297e:	4902                	lw	s2,0(sp)
80402980:	4501                	li	a0,0
80402982:	0141                	add	sp,sp,16
80402984:	8082                	ret

80402986 <stdout_put>:
80402986:	1101                	add	sp,sp,-32
80402988:	c64e                	sw	s3,12(sp)
8040298a:	804079b7          	lui	s3,0x80407
8040298e:	1289a783          	lw	a5,296(s3) # 80407128 <out_len>
80402992:	ca26                	sw	s1,20(sp)
80402994:	8041b4b7          	lui	s1,0x8041b
80402998:	0c848493          	add	s1,s1,200 # 8041b0c8 <out_buf>
8040299c:	cc22                	sw	s0,24(sp)
8040299e:	c84a                	sw	s2,16(sp)
804029a0:	00178413          	add	s0,a5,1
804029a4:	ce06                	sw	ra,28(sp)
804029a6:	97a6                	add	a5,a5,s1
804029a8:	00a78023          	sb	a0,0(a5)
804029ac:	1289a423          	sw	s0,296(s3)
804029b0:	47a9                	li	a5,10
804029b2:	892a                	mv	s2,a0
804029b4:	00f50e63          	beq	a0,a5,804029d0 <stdout_put+0x4a>
804029b8:	20000793          	li	a5,512
804029bc:	00f40b63          	beq	s0,a5,804029d2 <stdout_put+0x4c>
804029c0:	40f2                	lw	ra,28(sp)
804029c2:	4462                	lw	s0,24(sp)
804029c4:	44d2                	lw	s1,20(sp)
804029c6:	49b2                	lw	s3,12(sp)
804029c8:	854a                	mv	a0,s2
804029ca:	4942                	lw	s2,16(sp)
804029cc:	6105                	add	sp,sp,32
804029ce:	8082                	ret
804029d0:	cc09                	beqz	s0,804029ea <stdout_put+0x64>
804029d2:	8622                	mv	a2,s0
804029d4:	85a6                	mv	a1,s1
804029d6:	4505                	li	a0,1
804029d8:	00000097          	auipc	ra,0x0
804029dc:	e1a080e7          	jalr	-486(ra) # 804027f2 <write>
804029e0:	8c09                	sub	s0,s0,a0
804029e2:	00a05463          	blez	a0,804029ea <stdout_put+0x64>
804029e6:	94aa                	add	s1,s1,a0
804029e8:	f46d                	bnez	s0,804029d2 <stdout_put+0x4c>
804029ea:	40f2                	lw	ra,28(sp)
804029ec:	4462                	lw	s0,24(sp)
804029ee:	1209a423          	sw	zero,296(s3)
804029f2:	44d2                	lw	s1,20(sp)
804029f4:	49b2                	lw	s3,12(sp)
804029f6:	854a                	mv	a0,s2
804029f8:	4942                	lw	s2,16(sp)
804029fa:	6105                	add	sp,sp,32
804029fc:	8082                	ret

804029fe <ulib_flush_stdout>:
804029fe:	1141                	add	sp,sp,-16
80402a00:	c04a                	sw	s2,0(sp)
80402a02:	80407937          	lui	s2,0x80407
80402a06:	c422                	sw	s0,8(sp)
80402a08:	12892403          	lw	s0,296(s2) # 80407128 <out_len>
80402a0c:	c606                	sw	ra,12(sp)
80402a0e:	c226                	sw	s1,4(sp)
80402a10:	c015                	beqz	s0,80402a34 <ulib_flush_stdout+0x36>
80402a12:	8041b4b7          	lui	s1,0x8041b
80402a16:	0c848493          	add	s1,s1,200 # 8041b0c8 <out_buf>
80402a1a:	a019                	j	80402a20 <ulib_flush_stdout+0x22>
80402a1c:	94aa                	add	s1,s1,a0
80402a1e:	c819                	beqz	s0,80402a34 <ulib_flush_stdout+0x36>
80402a20:	8622                	mv	a2,s0
80402a22:	85a6                	mv	a1,s1
80402a24:	4505                	li	a0,1
80402a26:	00000097          	auipc	ra,0x0
80402a2a:	dcc080e7          	jalr	-564(ra) # 804027f2 <write>
80402a2e:	8c09                	sub	s0,s0,a0
80402a30:	fea046e3          	bgtz	a0,80402a1c <ulib_flush_stdout+0x1e>
80402a34:	40b2                	lw	ra,12(sp)
80402a36:	4422                	lw	s0,8(sp)
80402a38:	12092423          	sw	zero,296(s2)
80402a3c:	4492                	lw	s1,4(sp)
80402a3e:	4902                	lw	s2,0(sp)
80402a40:	0141                	add	sp,sp,16
80402a42:	8082                	ret

80402a44 <store_event>:
80402a44:	8082                	ret

80402a46 <uni_net_mac>:
80402a46:	804077b7          	lui	a5,0x80407
80402a4a:	1387a783          	lw	a5,312(a5) # 80407138 <present>
80402a4e:	c385                	beqz	a5,80402a6e <uni_net_mac+0x28>
80402a50:	8041b5b7          	lui	a1,0x8041b
80402a54:	1141                	add	sp,sp,-16
80402a56:	4619                	li	a2,6
80402a58:	50c58593          	add	a1,a1,1292 # 8041b50c <nf+0x34>
80402a5c:	c606                	sw	ra,12(sp)
80402a5e:	00001097          	auipc	ra,0x1
80402a62:	a72080e7          	jalr	-1422(ra) # 804034d0 <memcpy>
80402a66:	40b2                	lw	ra,12(sp)
80402a68:	4501                	li	a0,0
80402a6a:	0141                	add	sp,sp,16
80402a6c:	8082                	ret
80402a6e:	5535                	li	a0,-19
80402a70:	8082                	ret

80402a72 <uni_net_send>:
80402a72:	804077b7          	lui	a5,0x80407
80402a76:	1387a783          	lw	a5,312(a5) # 80407138 <present>
80402a7a:	c3a1                	beqz	a5,80402aba <uni_net_send+0x48>
80402a7c:	1141                	add	sp,sp,-16
80402a7e:	c422                	sw	s0,8(sp)
80402a80:	c606                	sw	ra,12(sp)
80402a82:	ff258793          	add	a5,a1,-14
80402a86:	5dc00713          	li	a4,1500
80402a8a:	842e                	mv	s0,a1
80402a8c:	02f76563          	bltu	a4,a5,80402ab6 <uni_net_send+0x44>
80402a90:	85aa                	mv	a1,a0
80402a92:	8041b537          	lui	a0,0x8041b
80402a96:	8622                	mv	a2,s0
80402a98:	4d850513          	add	a0,a0,1240 # 8041b4d8 <nf>
80402a9c:	fffff097          	auipc	ra,0xfffff
80402aa0:	06c080e7          	jalr	108(ra) # 80401b08 <netfront_send>
80402aa4:	00054763          	bltz	a0,80402ab2 <uni_net_send+0x40>
80402aa8:	8522                	mv	a0,s0
80402aaa:	40b2                	lw	ra,12(sp)
80402aac:	4422                	lw	s0,8(sp)
80402aae:	0141                	add	sp,sp,16
80402ab0:	8082                	ret
80402ab2:	5535                	li	a0,-19
80402ab4:	bfdd                	j	80402aaa <uni_net_send+0x38>
80402ab6:	5529                	li	a0,-22
80402ab8:	bfcd                	j	80402aaa <uni_net_send+0x38>
80402aba:	5535                	li	a0,-19
80402abc:	8082                	ret

80402abe <net_rx>:
80402abe:	fff60713          	add	a4,a2,-1 # fff <errno+0xfff>
80402ac2:	5e900793          	li	a5,1513
80402ac6:	08e7e563          	bltu	a5,a4,80402b50 <net_rx+0x92>
80402aca:	1141                	add	sp,sp,-16
80402acc:	c04a                	sw	s2,0(sp)
80402ace:	80407737          	lui	a4,0x80407
80402ad2:	80407937          	lui	s2,0x80407
80402ad6:	13092783          	lw	a5,304(s2) # 80407130 <rxq_tail>
80402ada:	13472703          	lw	a4,308(a4) # 80407134 <rxq_head>
80402ade:	c606                	sw	ra,12(sp)
80402ae0:	c422                	sw	s0,8(sp)
80402ae2:	c226                	sw	s1,4(sp)
80402ae4:	46fd                	li	a3,31
80402ae6:	40e78733          	sub	a4,a5,a4
80402aea:	00e6ff63          	bgeu	a3,a4,80402b08 <net_rx+0x4a>
80402aee:	80407737          	lui	a4,0x80407
80402af2:	12c72783          	lw	a5,300(a4) # 8040712c <rxq_dropped>
80402af6:	40b2                	lw	ra,12(sp)
80402af8:	4422                	lw	s0,8(sp)
80402afa:	0785                	add	a5,a5,1
80402afc:	12f72623          	sw	a5,300(a4)
80402b00:	4492                	lw	s1,4(sp)
80402b02:	4902                	lw	s2,0(sp)
80402b04:	0141                	add	sp,sp,16
80402b06:	8082                	ret
80402b08:	01f7f493          	and	s1,a5,31
80402b0c:	8041b7b7          	lui	a5,0x8041b
80402b10:	00249713          	sll	a4,s1,0x2
80402b14:	45878793          	add	a5,a5,1112 # 8041b458 <rxq_data>
80402b18:	97ba                	add	a5,a5,a4
80402b1a:	4388                	lw	a0,0(a5)
80402b1c:	8432                	mv	s0,a2
80402b1e:	00001097          	auipc	ra,0x1
80402b22:	9b2080e7          	jalr	-1614(ra) # 804034d0 <memcpy>
80402b26:	8041b737          	lui	a4,0x8041b
80402b2a:	13092683          	lw	a3,304(s2)
80402b2e:	00149793          	sll	a5,s1,0x1
80402b32:	41870713          	add	a4,a4,1048 # 8041b418 <rxq_len>
80402b36:	97ba                	add	a5,a5,a4
80402b38:	40b2                	lw	ra,12(sp)
80402b3a:	00879023          	sh	s0,0(a5)
80402b3e:	4422                	lw	s0,8(sp)
80402b40:	00168713          	add	a4,a3,1
80402b44:	12e92823          	sw	a4,304(s2)
80402b48:	4492                	lw	s1,4(sp)
80402b4a:	4902                	lw	s2,0(sp)
80402b4c:	0141                	add	sp,sp,16
80402b4e:	8082                	ret
80402b50:	80407737          	lui	a4,0x80407
80402b54:	12c72783          	lw	a5,300(a4) # 8040712c <rxq_dropped>
80402b58:	0785                	add	a5,a5,1
80402b5a:	12f72623          	sw	a5,300(a4)
80402b5e:	8082                	ret

80402b60 <uni_net_recv>:
80402b60:	804077b7          	lui	a5,0x80407
80402b64:	1387a783          	lw	a5,312(a5) # 80407138 <present>
80402b68:	12078663          	beqz	a5,80402c94 <uni_net_recv+0x134>
80402b6c:	7179                	add	sp,sp,-48
80402b6e:	c85a                	sw	s6,16(sp)
80402b70:	c65e                	sw	s7,12(sp)
80402b72:	d606                	sw	ra,44(sp)
80402b74:	d422                	sw	s0,40(sp)
80402b76:	d226                	sw	s1,36(sp)
80402b78:	d04a                	sw	s2,32(sp)
80402b7a:	ce4e                	sw	s3,28(sp)
80402b7c:	cc52                	sw	s4,24(sp)
80402b7e:	ca56                	sw	s5,20(sp)
80402b80:	c462                	sw	s8,8(sp)
80402b82:	8baa                	mv	s7,a0
80402b84:	8b2e                	mv	s6,a1
80402b86:	c8102773          	rdtimeh	a4
80402b8a:	c01026f3          	rdtime	a3
80402b8e:	c81027f3          	rdtimeh	a5
80402b92:	fef71ae3          	bne	a4,a5,80402b86 <uni_net_recv+0x26>
80402b96:	6589                	lui	a1,0x2
80402b98:	71058593          	add	a1,a1,1808 # 2710 <errno+0x2710>
80402b9c:	02b609b3          	mul	s3,a2,a1
80402ba0:	80407a37          	lui	s4,0x80407
80402ba4:	80407c37          	lui	s8,0x80407
80402ba8:	134a2783          	lw	a5,308(s4) # 80407134 <rxq_head>
80402bac:	130c2503          	lw	a0,304(s8) # 80407130 <rxq_tail>
80402bb0:	02b63633          	mulhu	a2,a2,a1
80402bb4:	99b6                	add	s3,s3,a3
80402bb6:	00d9b6b3          	sltu	a3,s3,a3
80402bba:	9732                	add	a4,a4,a2
80402bbc:	00e68433          	add	s0,a3,a4
80402bc0:	06a79463          	bne	a5,a0,80402c28 <uni_net_recv+0xc8>
80402bc4:	000f4ab7          	lui	s5,0xf4
80402bc8:	4901                	li	s2,0
80402bca:	4481                	li	s1,0
80402bcc:	240a8a93          	add	s5,s5,576 # f4240 <errno+0xf4240>
80402bd0:	c81027f3          	rdtimeh	a5
80402bd4:	c01026f3          	rdtime	a3
80402bd8:	c8102773          	rdtimeh	a4
80402bdc:	fee79ae3          	bne	a5,a4,80402bd0 <uni_net_recv+0x70>
80402be0:	0a87f263          	bgeu	a5,s0,80402c84 <uni_net_recv+0x124>
80402be4:	0297e663          	bltu	a5,s1,80402c10 <uni_net_recv+0xb0>
80402be8:	00f49463          	bne	s1,a5,80402bf0 <uni_net_recv+0x90>
80402bec:	0326e263          	bltu	a3,s2,80402c10 <uni_net_recv+0xb0>
80402bf0:	40d98733          	sub	a4,s3,a3
80402bf4:	00e9b633          	sltu	a2,s3,a4
80402bf8:	40f405b3          	sub	a1,s0,a5
80402bfc:	00c59463          	bne	a1,a2,80402c04 <uni_net_recv+0xa4>
80402c00:	06eaff63          	bgeu	s5,a4,80402c7e <uni_net_recv+0x11e>
80402c04:	01568933          	add	s2,a3,s5
80402c08:	00d936b3          	sltu	a3,s2,a3
80402c0c:	00f684b3          	add	s1,a3,a5
80402c10:	854a                	mv	a0,s2
80402c12:	85a6                	mv	a1,s1
80402c14:	fffff097          	auipc	ra,0xfffff
80402c18:	8a4080e7          	jalr	-1884(ra) # 804014b8 <uni_wait_until>
80402c1c:	134a2783          	lw	a5,308(s4)
80402c20:	130c2703          	lw	a4,304(s8)
80402c24:	fae786e3          	beq	a5,a4,80402bd0 <uni_net_recv+0x70>
80402c28:	8bfd                	and	a5,a5,31
80402c2a:	8041b737          	lui	a4,0x8041b
80402c2e:	00179693          	sll	a3,a5,0x1
80402c32:	41870713          	add	a4,a4,1048 # 8041b418 <rxq_len>
80402c36:	9736                	add	a4,a4,a3
80402c38:	00075403          	lhu	s0,0(a4)
80402c3c:	8622                	mv	a2,s0
80402c3e:	048b6963          	bltu	s6,s0,80402c90 <uni_net_recv+0x130>
80402c42:	8041b737          	lui	a4,0x8041b
80402c46:	45870713          	add	a4,a4,1112 # 8041b458 <rxq_data>
80402c4a:	078a                	sll	a5,a5,0x2
80402c4c:	97ba                	add	a5,a5,a4
80402c4e:	438c                	lw	a1,0(a5)
80402c50:	855e                	mv	a0,s7
80402c52:	00001097          	auipc	ra,0x1
80402c56:	87e080e7          	jalr	-1922(ra) # 804034d0 <memcpy>
80402c5a:	134a2783          	lw	a5,308(s4)
80402c5e:	8522                	mv	a0,s0
80402c60:	0785                	add	a5,a5,1
80402c62:	12fa2a23          	sw	a5,308(s4)
80402c66:	50b2                	lw	ra,44(sp)
80402c68:	5422                	lw	s0,40(sp)
80402c6a:	5492                	lw	s1,36(sp)
80402c6c:	5902                	lw	s2,32(sp)
80402c6e:	49f2                	lw	s3,28(sp)
80402c70:	4a62                	lw	s4,24(sp)
80402c72:	4ad2                	lw	s5,20(sp)
80402c74:	4b42                	lw	s6,16(sp)
80402c76:	4bb2                	lw	s7,12(sp)
80402c78:	4c22                	lw	s8,8(sp)
80402c7a:	6145                	add	sp,sp,48
80402c7c:	8082                	ret
80402c7e:	894e                	mv	s2,s3
80402c80:	84a2                	mv	s1,s0
80402c82:	b779                	j	80402c10 <uni_net_recv+0xb0>
80402c84:	00f41463          	bne	s0,a5,80402c8c <uni_net_recv+0x12c>
80402c88:	f536eee3          	bltu	a3,s3,80402be4 <uni_net_recv+0x84>
80402c8c:	4501                	li	a0,0
80402c8e:	bfe1                	j	80402c66 <uni_net_recv+0x106>
80402c90:	865a                	mv	a2,s6
80402c92:	bf45                	j	80402c42 <uni_net_recv+0xe2>
80402c94:	5535                	li	a0,-19
80402c96:	8082                	ret

80402c98 <uni_net_atom>:
80402c98:	00b51023          	sh	a1,0(a0)
80402c9c:	00c50123          	sb	a2,2(a0)
80402ca0:	000501a3          	sb	zero,3(a0)
80402ca4:	c154                	sw	a3,4(a0)
80402ca6:	c518                	sw	a4,8(a0)
80402ca8:	8082                	ret

80402caa <uni_net_atom_ethertype>:
80402caa:	00020737          	lui	a4,0x20
80402cae:	0731                	add	a4,a4,12 # 2000c <errno+0x2000c>
80402cb0:	c118                	sw	a4,0(a0)
80402cb2:	6741                	lui	a4,0x10
80402cb4:	177d                	add	a4,a4,-1 # ffff <errno+0xffff>
80402cb6:	c158                	sw	a4,4(a0)
80402cb8:	c50c                	sw	a1,8(a0)
80402cba:	8082                	ret

80402cbc <uni_net_filter_add>:
80402cbc:	00052803          	lw	a6,0(a0)
80402cc0:	04b86a63          	bltu	a6,a1,80402d14 <uni_net_filter_add+0x58>
80402cc4:	479d                	li	a5,7
80402cc6:	04b7e763          	bltu	a5,a1,80402d14 <uni_net_filter_add+0x58>
80402cca:	03400693          	li	a3,52
80402cce:	02d586b3          	mul	a3,a1,a3
80402cd2:	478d                	li	a5,3
80402cd4:	00d508b3          	add	a7,a0,a3
80402cd8:	0048a703          	lw	a4,4(a7)
80402cdc:	02e7ec63          	bltu	a5,a4,80402d14 <uni_net_filter_add+0x58>
80402ce0:	00171793          	sll	a5,a4,0x1
80402ce4:	97ba                	add	a5,a5,a4
80402ce6:	00062e03          	lw	t3,0(a2)
80402cea:	00462303          	lw	t1,4(a2)
80402cee:	078a                	sll	a5,a5,0x2
80402cf0:	4610                	lw	a2,8(a2)
80402cf2:	0705                	add	a4,a4,1
80402cf4:	97b6                	add	a5,a5,a3
80402cf6:	00e8a223          	sw	a4,4(a7)
80402cfa:	97aa                	add	a5,a5,a0
80402cfc:	01c7a423          	sw	t3,8(a5)
80402d00:	0067a623          	sw	t1,12(a5)
80402d04:	cb90                	sw	a2,16(a5)
80402d06:	00b81563          	bne	a6,a1,80402d10 <uni_net_filter_add+0x54>
80402d0a:	0805                	add	a6,a6,1
80402d0c:	01052023          	sw	a6,0(a0)
80402d10:	4501                	li	a0,0
80402d12:	8082                	ret
80402d14:	5529                	li	a0,-22
80402d16:	8082                	ret

80402d18 <uni_net_filter>:
80402d18:	804077b7          	lui	a5,0x80407
80402d1c:	1387a783          	lw	a5,312(a5) # 80407138 <present>
80402d20:	85aa                	mv	a1,a0
80402d22:	c799                	beqz	a5,80402d30 <uni_net_filter+0x18>
80402d24:	4511                	li	a0,4
80402d26:	03000893          	li	a7,48
80402d2a:	00000073          	ecall
80402d2e:	8082                	ret
80402d30:	5535                	li	a0,-19
80402d32:	8082                	ret

80402d34 <__lshrdi3>:
80402d34:	ca19                	beqz	a2,80402d4a <__lshrdi3+0x16>
80402d36:	02000793          	li	a5,32
80402d3a:	8f91                	sub	a5,a5,a2
80402d3c:	00f04863          	bgtz	a5,80402d4c <__lshrdi3+0x18>
80402d40:	1601                	add	a2,a2,-32
80402d42:	00c5d533          	srl	a0,a1,a2
80402d46:	4701                	li	a4,0
80402d48:	85ba                	mv	a1,a4
80402d4a:	8082                	ret
80402d4c:	00c5d733          	srl	a4,a1,a2
80402d50:	00c55533          	srl	a0,a0,a2
80402d54:	00f595b3          	sll	a1,a1,a5
80402d58:	8d4d                	or	a0,a0,a1
80402d5a:	b7fd                	j	80402d48 <__lshrdi3+0x14>

80402d5c <__ashldi3>:
80402d5c:	ca19                	beqz	a2,80402d72 <__ashldi3+0x16>
80402d5e:	02000793          	li	a5,32
80402d62:	8f91                	sub	a5,a5,a2
80402d64:	00f04863          	bgtz	a5,80402d74 <__ashldi3+0x18>
80402d68:	1601                	add	a2,a2,-32
80402d6a:	00c515b3          	sll	a1,a0,a2
80402d6e:	4701                	li	a4,0
80402d70:	853a                	mv	a0,a4
80402d72:	8082                	ret
80402d74:	00c51733          	sll	a4,a0,a2
80402d78:	00c595b3          	sll	a1,a1,a2
80402d7c:	00f55533          	srl	a0,a0,a5
80402d80:	8dc9                	or	a1,a1,a0
80402d82:	b7fd                	j	80402d70 <__ashldi3+0x14>

80402d84 <__ashrdi3>:
80402d84:	ce01                	beqz	a2,80402d9c <__ashrdi3+0x18>
80402d86:	02000793          	li	a5,32
80402d8a:	8f91                	sub	a5,a5,a2
80402d8c:	00f04963          	bgtz	a5,80402d9e <__ashrdi3+0x1a>
80402d90:	1601                	add	a2,a2,-32
80402d92:	41f5d713          	sra	a4,a1,0x1f
80402d96:	40c5d533          	sra	a0,a1,a2
80402d9a:	85ba                	mv	a1,a4
80402d9c:	8082                	ret
80402d9e:	40c5d733          	sra	a4,a1,a2
80402da2:	00c55533          	srl	a0,a0,a2
80402da6:	00f595b3          	sll	a1,a1,a5
80402daa:	8d4d                	or	a0,a0,a1
80402dac:	b7fd                	j	80402d9a <__ashrdi3+0x16>

80402dae <__ctzsi2>:
80402dae:	40a007b3          	neg	a5,a0
80402db2:	8d7d                	and	a0,a0,a5
80402db4:	67c1                	lui	a5,0x10
80402db6:	02f57363          	bgeu	a0,a5,80402ddc <__ctzsi2+0x2e>
80402dba:	10053793          	sltiu	a5,a0,256
80402dbe:	0017c793          	xor	a5,a5,1
80402dc2:	078e                	sll	a5,a5,0x3
80402dc4:	00f55533          	srl	a0,a0,a5
80402dc8:	00003717          	auipc	a4,0x3
80402dcc:	15470713          	add	a4,a4,340 # 80405f1c <__clz_tab>
80402dd0:	972a                	add	a4,a4,a0
80402dd2:	00074503          	lbu	a0,0(a4)
80402dd6:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402dd8:	953e                	add	a0,a0,a5
80402dda:	8082                	ret
80402ddc:	01000737          	lui	a4,0x1000
80402de0:	47c1                	li	a5,16
80402de2:	fee561e3          	bltu	a0,a4,80402dc4 <__ctzsi2+0x16>
80402de6:	47e1                	li	a5,24
80402de8:	bff1                	j	80402dc4 <__ctzsi2+0x16>

80402dea <__udivdi3>:
80402dea:	88aa                	mv	a7,a0
80402dec:	832e                	mv	t1,a1
80402dee:	8732                	mv	a4,a2
80402df0:	882a                	mv	a6,a0
80402df2:	87ae                	mv	a5,a1
80402df4:	20069663          	bnez	a3,80403000 <__udivdi3+0x216>
80402df8:	00003597          	auipc	a1,0x3
80402dfc:	12458593          	add	a1,a1,292 # 80405f1c <__clz_tab>
80402e00:	0cc37163          	bgeu	t1,a2,80402ec2 <__udivdi3+0xd8>
80402e04:	66c1                	lui	a3,0x10
80402e06:	0ad67763          	bgeu	a2,a3,80402eb4 <__udivdi3+0xca>
80402e0a:	10063693          	sltiu	a3,a2,256
80402e0e:	0016c693          	xor	a3,a3,1
80402e12:	068e                	sll	a3,a3,0x3
80402e14:	00d65533          	srl	a0,a2,a3
80402e18:	95aa                	add	a1,a1,a0
80402e1a:	0005c583          	lbu	a1,0(a1)
80402e1e:	02000513          	li	a0,32
80402e22:	96ae                	add	a3,a3,a1
80402e24:	40d505b3          	sub	a1,a0,a3
80402e28:	00d50b63          	beq	a0,a3,80402e3e <__udivdi3+0x54>
80402e2c:	00b317b3          	sll	a5,t1,a1
80402e30:	00d8d6b3          	srl	a3,a7,a3
80402e34:	00b61733          	sll	a4,a2,a1
80402e38:	8fd5                	or	a5,a5,a3
80402e3a:	00b89833          	sll	a6,a7,a1
80402e3e:	01075593          	srl	a1,a4,0x10
80402e42:	02b7d333          	divu	t1,a5,a1
80402e46:	01071613          	sll	a2,a4,0x10
80402e4a:	8241                	srl	a2,a2,0x10
80402e4c:	02b7f7b3          	remu	a5,a5,a1
80402e50:	851a                	mv	a0,t1
80402e52:	026608b3          	mul	a7,a2,t1
80402e56:	01079693          	sll	a3,a5,0x10
80402e5a:	01085793          	srl	a5,a6,0x10
80402e5e:	8fd5                	or	a5,a5,a3
80402e60:	0117fc63          	bgeu	a5,a7,80402e78 <__udivdi3+0x8e>
80402e64:	97ba                	add	a5,a5,a4
80402e66:	fff30513          	add	a0,t1,-1
80402e6a:	00e7e763          	bltu	a5,a4,80402e78 <__udivdi3+0x8e>
80402e6e:	0117f563          	bgeu	a5,a7,80402e78 <__udivdi3+0x8e>
80402e72:	ffe30513          	add	a0,t1,-2
80402e76:	97ba                	add	a5,a5,a4
80402e78:	411787b3          	sub	a5,a5,a7
80402e7c:	02b7d8b3          	divu	a7,a5,a1
80402e80:	0842                	sll	a6,a6,0x10
80402e82:	01085813          	srl	a6,a6,0x10
80402e86:	02b7f7b3          	remu	a5,a5,a1
80402e8a:	031606b3          	mul	a3,a2,a7
80402e8e:	07c2                	sll	a5,a5,0x10
80402e90:	00f86833          	or	a6,a6,a5
80402e94:	87c6                	mv	a5,a7
80402e96:	00d87b63          	bgeu	a6,a3,80402eac <__udivdi3+0xc2>
80402e9a:	983a                	add	a6,a6,a4
80402e9c:	fff88793          	add	a5,a7,-1
80402ea0:	00e86663          	bltu	a6,a4,80402eac <__udivdi3+0xc2>
80402ea4:	00d87463          	bgeu	a6,a3,80402eac <__udivdi3+0xc2>
80402ea8:	ffe88793          	add	a5,a7,-2
80402eac:	0542                	sll	a0,a0,0x10
80402eae:	8d5d                	or	a0,a0,a5
80402eb0:	4581                	li	a1,0
80402eb2:	8082                	ret
80402eb4:	01000537          	lui	a0,0x1000
80402eb8:	46c1                	li	a3,16
80402eba:	f4a66de3          	bltu	a2,a0,80402e14 <__udivdi3+0x2a>
80402ebe:	46e1                	li	a3,24
80402ec0:	bf91                	j	80402e14 <__udivdi3+0x2a>
80402ec2:	4681                	li	a3,0
80402ec4:	ca09                	beqz	a2,80402ed6 <__udivdi3+0xec>
80402ec6:	67c1                	lui	a5,0x10
80402ec8:	08f67f63          	bgeu	a2,a5,80402f66 <__udivdi3+0x17c>
80402ecc:	10063693          	sltiu	a3,a2,256
80402ed0:	0016c693          	xor	a3,a3,1
80402ed4:	068e                	sll	a3,a3,0x3
80402ed6:	00d657b3          	srl	a5,a2,a3
80402eda:	95be                	add	a1,a1,a5
80402edc:	0005c783          	lbu	a5,0(a1)
80402ee0:	97b6                	add	a5,a5,a3
80402ee2:	02000693          	li	a3,32
80402ee6:	40f685b3          	sub	a1,a3,a5
80402eea:	08f69563          	bne	a3,a5,80402f74 <__udivdi3+0x18a>
80402eee:	40c307b3          	sub	a5,t1,a2
80402ef2:	4585                	li	a1,1
80402ef4:	01075893          	srl	a7,a4,0x10
80402ef8:	0317de33          	divu	t3,a5,a7
80402efc:	01071613          	sll	a2,a4,0x10
80402f00:	8241                	srl	a2,a2,0x10
80402f02:	01085693          	srl	a3,a6,0x10
80402f06:	0317f7b3          	remu	a5,a5,a7
80402f0a:	8572                	mv	a0,t3
80402f0c:	03c60333          	mul	t1,a2,t3
80402f10:	07c2                	sll	a5,a5,0x10
80402f12:	8fd5                	or	a5,a5,a3
80402f14:	0067fc63          	bgeu	a5,t1,80402f2c <__udivdi3+0x142>
80402f18:	97ba                	add	a5,a5,a4
80402f1a:	fffe0513          	add	a0,t3,-1 # 80406fff <stdout+0xfcb>
80402f1e:	00e7e763          	bltu	a5,a4,80402f2c <__udivdi3+0x142>
80402f22:	0067f563          	bgeu	a5,t1,80402f2c <__udivdi3+0x142>
80402f26:	ffee0513          	add	a0,t3,-2
80402f2a:	97ba                	add	a5,a5,a4
80402f2c:	406787b3          	sub	a5,a5,t1
80402f30:	0317d333          	divu	t1,a5,a7
80402f34:	0842                	sll	a6,a6,0x10
80402f36:	01085813          	srl	a6,a6,0x10
80402f3a:	0317f7b3          	remu	a5,a5,a7
80402f3e:	026606b3          	mul	a3,a2,t1
80402f42:	07c2                	sll	a5,a5,0x10
80402f44:	00f86833          	or	a6,a6,a5
80402f48:	879a                	mv	a5,t1
80402f4a:	00d87b63          	bgeu	a6,a3,80402f60 <__udivdi3+0x176>
80402f4e:	983a                	add	a6,a6,a4
80402f50:	fff30793          	add	a5,t1,-1
80402f54:	00e86663          	bltu	a6,a4,80402f60 <__udivdi3+0x176>
80402f58:	00d87463          	bgeu	a6,a3,80402f60 <__udivdi3+0x176>
80402f5c:	ffe30793          	add	a5,t1,-2
80402f60:	0542                	sll	a0,a0,0x10
80402f62:	8d5d                	or	a0,a0,a5
80402f64:	8082                	ret
80402f66:	010007b7          	lui	a5,0x1000
80402f6a:	46c1                	li	a3,16
80402f6c:	f6f665e3          	bltu	a2,a5,80402ed6 <__udivdi3+0xec>
80402f70:	46e1                	li	a3,24
80402f72:	b795                	j	80402ed6 <__udivdi3+0xec>
80402f74:	00b61733          	sll	a4,a2,a1
80402f78:	00f356b3          	srl	a3,t1,a5
80402f7c:	01075513          	srl	a0,a4,0x10
80402f80:	00b31333          	sll	t1,t1,a1
80402f84:	00f8d7b3          	srl	a5,a7,a5
80402f88:	0067e7b3          	or	a5,a5,t1
80402f8c:	02a6d333          	divu	t1,a3,a0
80402f90:	01071613          	sll	a2,a4,0x10
80402f94:	8241                	srl	a2,a2,0x10
80402f96:	00b89833          	sll	a6,a7,a1
80402f9a:	02a6f6b3          	remu	a3,a3,a0
80402f9e:	026608b3          	mul	a7,a2,t1
80402fa2:	01069593          	sll	a1,a3,0x10
80402fa6:	0107d693          	srl	a3,a5,0x10
80402faa:	8ecd                	or	a3,a3,a1
80402fac:	859a                	mv	a1,t1
80402fae:	0116fc63          	bgeu	a3,a7,80402fc6 <__udivdi3+0x1dc>
80402fb2:	96ba                	add	a3,a3,a4
80402fb4:	fff30593          	add	a1,t1,-1
80402fb8:	00e6e763          	bltu	a3,a4,80402fc6 <__udivdi3+0x1dc>
80402fbc:	0116f563          	bgeu	a3,a7,80402fc6 <__udivdi3+0x1dc>
80402fc0:	ffe30593          	add	a1,t1,-2
80402fc4:	96ba                	add	a3,a3,a4
80402fc6:	411686b3          	sub	a3,a3,a7
80402fca:	02a6d8b3          	divu	a7,a3,a0
80402fce:	07c2                	sll	a5,a5,0x10
80402fd0:	83c1                	srl	a5,a5,0x10
80402fd2:	02a6f6b3          	remu	a3,a3,a0
80402fd6:	03160633          	mul	a2,a2,a7
80402fda:	06c2                	sll	a3,a3,0x10
80402fdc:	8fd5                	or	a5,a5,a3
80402fde:	86c6                	mv	a3,a7
80402fe0:	00c7fc63          	bgeu	a5,a2,80402ff8 <__udivdi3+0x20e>
80402fe4:	97ba                	add	a5,a5,a4
80402fe6:	fff88693          	add	a3,a7,-1
80402fea:	00e7e763          	bltu	a5,a4,80402ff8 <__udivdi3+0x20e>
80402fee:	00c7f563          	bgeu	a5,a2,80402ff8 <__udivdi3+0x20e>
80402ff2:	ffe88693          	add	a3,a7,-2
80402ff6:	97ba                	add	a5,a5,a4
80402ff8:	05c2                	sll	a1,a1,0x10
80402ffa:	8f91                	sub	a5,a5,a2
80402ffc:	8dd5                	or	a1,a1,a3
80402ffe:	bddd                	j	80402ef4 <__udivdi3+0x10a>
80403000:	14d5e163          	bltu	a1,a3,80403142 <__udivdi3+0x358>
80403004:	67c1                	lui	a5,0x10
80403006:	02f6ff63          	bgeu	a3,a5,80403044 <__udivdi3+0x25a>
8040300a:	1006b713          	sltiu	a4,a3,256
8040300e:	00174713          	xor	a4,a4,1
80403012:	070e                	sll	a4,a4,0x3
80403014:	00e6d5b3          	srl	a1,a3,a4
80403018:	00003797          	auipc	a5,0x3
8040301c:	f0478793          	add	a5,a5,-252 # 80405f1c <__clz_tab>
80403020:	97ae                	add	a5,a5,a1
80403022:	0007c783          	lbu	a5,0(a5)
80403026:	97ba                	add	a5,a5,a4
80403028:	02000713          	li	a4,32
8040302c:	40f705b3          	sub	a1,a4,a5
80403030:	02f71163          	bne	a4,a5,80403052 <__udivdi3+0x268>
80403034:	4505                	li	a0,1
80403036:	e666eee3          	bltu	a3,t1,80402eb2 <__udivdi3+0xc8>
8040303a:	00c8b533          	sltu	a0,a7,a2
8040303e:	00154513          	xor	a0,a0,1
80403042:	8082                	ret
80403044:	010007b7          	lui	a5,0x1000
80403048:	4741                	li	a4,16
8040304a:	fcf6e5e3          	bltu	a3,a5,80403014 <__udivdi3+0x22a>
8040304e:	4761                	li	a4,24
80403050:	b7d1                	j	80403014 <__udivdi3+0x22a>
80403052:	00f65733          	srl	a4,a2,a5
80403056:	00b696b3          	sll	a3,a3,a1
8040305a:	8ed9                	or	a3,a3,a4
8040305c:	00f35733          	srl	a4,t1,a5
80403060:	00b31333          	sll	t1,t1,a1
80403064:	00f8d7b3          	srl	a5,a7,a5
80403068:	0067e7b3          	or	a5,a5,t1
8040306c:	0106d313          	srl	t1,a3,0x10
80403070:	02675eb3          	divu	t4,a4,t1
80403074:	01069813          	sll	a6,a3,0x10
80403078:	01085813          	srl	a6,a6,0x10
8040307c:	00b61633          	sll	a2,a2,a1
80403080:	02677733          	remu	a4,a4,t1
80403084:	03d80e33          	mul	t3,a6,t4
80403088:	01071513          	sll	a0,a4,0x10
8040308c:	0107d713          	srl	a4,a5,0x10
80403090:	8f49                	or	a4,a4,a0
80403092:	8576                	mv	a0,t4
80403094:	01c77c63          	bgeu	a4,t3,804030ac <__udivdi3+0x2c2>
80403098:	9736                	add	a4,a4,a3
8040309a:	fffe8513          	add	a0,t4,-1
8040309e:	00d76763          	bltu	a4,a3,804030ac <__udivdi3+0x2c2>
804030a2:	01c77563          	bgeu	a4,t3,804030ac <__udivdi3+0x2c2>
804030a6:	ffee8513          	add	a0,t4,-2
804030aa:	9736                	add	a4,a4,a3
804030ac:	41c70733          	sub	a4,a4,t3
804030b0:	02675e33          	divu	t3,a4,t1
804030b4:	07c2                	sll	a5,a5,0x10
804030b6:	83c1                	srl	a5,a5,0x10
804030b8:	02677733          	remu	a4,a4,t1
804030bc:	03c80833          	mul	a6,a6,t3
804030c0:	0742                	sll	a4,a4,0x10
804030c2:	8fd9                	or	a5,a5,a4
804030c4:	8772                	mv	a4,t3
804030c6:	0107fc63          	bgeu	a5,a6,804030de <__udivdi3+0x2f4>
804030ca:	97b6                	add	a5,a5,a3
804030cc:	fffe0713          	add	a4,t3,-1
804030d0:	00d7e763          	bltu	a5,a3,804030de <__udivdi3+0x2f4>
804030d4:	0107f563          	bgeu	a5,a6,804030de <__udivdi3+0x2f4>
804030d8:	ffee0713          	add	a4,t3,-2
804030dc:	97b6                	add	a5,a5,a3
804030de:	0542                	sll	a0,a0,0x10
804030e0:	6e41                	lui	t3,0x10
804030e2:	8d59                	or	a0,a0,a4
804030e4:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
804030e8:	00d57733          	and	a4,a0,a3
804030ec:	410787b3          	sub	a5,a5,a6
804030f0:	8ef1                	and	a3,a3,a2
804030f2:	01055813          	srl	a6,a0,0x10
804030f6:	8241                	srl	a2,a2,0x10
804030f8:	02d70333          	mul	t1,a4,a3
804030fc:	02d806b3          	mul	a3,a6,a3
80403100:	02c70733          	mul	a4,a4,a2
80403104:	02c80833          	mul	a6,a6,a2
80403108:	00d70633          	add	a2,a4,a3
8040310c:	01035713          	srl	a4,t1,0x10
80403110:	9732                	add	a4,a4,a2
80403112:	00d77363          	bgeu	a4,a3,80403118 <__udivdi3+0x32e>
80403116:	9872                	add	a6,a6,t3
80403118:	01075693          	srl	a3,a4,0x10
8040311c:	96c2                	add	a3,a3,a6
8040311e:	02d7e063          	bltu	a5,a3,8040313e <__udivdi3+0x354>
80403122:	d8d797e3          	bne	a5,a3,80402eb0 <__udivdi3+0xc6>
80403126:	67c1                	lui	a5,0x10
80403128:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040312a:	8f7d                	and	a4,a4,a5
8040312c:	0742                	sll	a4,a4,0x10
8040312e:	00f37333          	and	t1,t1,a5
80403132:	00b898b3          	sll	a7,a7,a1
80403136:	971a                	add	a4,a4,t1
80403138:	4581                	li	a1,0
8040313a:	d6e8fce3          	bgeu	a7,a4,80402eb2 <__udivdi3+0xc8>
8040313e:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80403140:	bb85                	j	80402eb0 <__udivdi3+0xc6>
80403142:	4581                	li	a1,0
80403144:	4501                	li	a0,0
80403146:	8082                	ret

80403148 <__umoddi3>:
80403148:	8832                	mv	a6,a2
8040314a:	87aa                	mv	a5,a0
8040314c:	872e                	mv	a4,a1
8040314e:	1a069363          	bnez	a3,804032f4 <__umoddi3+0x1ac>
80403152:	00003897          	auipc	a7,0x3
80403156:	dca88893          	add	a7,a7,-566 # 80405f1c <__clz_tab>
8040315a:	0ac5f663          	bgeu	a1,a2,80403206 <__umoddi3+0xbe>
8040315e:	66c1                	lui	a3,0x10
80403160:	08d67c63          	bgeu	a2,a3,804031f8 <__umoddi3+0xb0>
80403164:	10063693          	sltiu	a3,a2,256
80403168:	0016c693          	xor	a3,a3,1
8040316c:	068e                	sll	a3,a3,0x3
8040316e:	00d65333          	srl	t1,a2,a3
80403172:	989a                	add	a7,a7,t1
80403174:	0008c883          	lbu	a7,0(a7)
80403178:	02000313          	li	t1,32
8040317c:	96c6                	add	a3,a3,a7
8040317e:	40d308b3          	sub	a7,t1,a3
80403182:	00d30b63          	beq	t1,a3,80403198 <__umoddi3+0x50>
80403186:	01159733          	sll	a4,a1,a7
8040318a:	00d556b3          	srl	a3,a0,a3
8040318e:	01161833          	sll	a6,a2,a7
80403192:	8f55                	or	a4,a4,a3
80403194:	011517b3          	sll	a5,a0,a7
80403198:	01085613          	srl	a2,a6,0x10
8040319c:	02c756b3          	divu	a3,a4,a2
804031a0:	01081513          	sll	a0,a6,0x10
804031a4:	8141                	srl	a0,a0,0x10
804031a6:	02c77733          	remu	a4,a4,a2
804031aa:	02a686b3          	mul	a3,a3,a0
804031ae:	01071593          	sll	a1,a4,0x10
804031b2:	0107d713          	srl	a4,a5,0x10
804031b6:	8f4d                	or	a4,a4,a1
804031b8:	00d77863          	bgeu	a4,a3,804031c8 <__umoddi3+0x80>
804031bc:	9742                	add	a4,a4,a6
804031be:	01076563          	bltu	a4,a6,804031c8 <__umoddi3+0x80>
804031c2:	00d77363          	bgeu	a4,a3,804031c8 <__umoddi3+0x80>
804031c6:	9742                	add	a4,a4,a6
804031c8:	8f15                	sub	a4,a4,a3
804031ca:	02c756b3          	divu	a3,a4,a2
804031ce:	02c77733          	remu	a4,a4,a2
804031d2:	02a686b3          	mul	a3,a3,a0
804031d6:	07c2                	sll	a5,a5,0x10
804031d8:	0742                	sll	a4,a4,0x10
804031da:	83c1                	srl	a5,a5,0x10
804031dc:	8fd9                	or	a5,a5,a4
804031de:	00d7f863          	bgeu	a5,a3,804031ee <__umoddi3+0xa6>
804031e2:	97c2                	add	a5,a5,a6
804031e4:	0107e563          	bltu	a5,a6,804031ee <__umoddi3+0xa6>
804031e8:	00d7f363          	bgeu	a5,a3,804031ee <__umoddi3+0xa6>
804031ec:	97c2                	add	a5,a5,a6
804031ee:	8f95                	sub	a5,a5,a3
804031f0:	0117d533          	srl	a0,a5,a7
804031f4:	4581                	li	a1,0
804031f6:	8082                	ret
804031f8:	01000337          	lui	t1,0x1000
804031fc:	46c1                	li	a3,16
804031fe:	f66668e3          	bltu	a2,t1,8040316e <__umoddi3+0x26>
80403202:	46e1                	li	a3,24
80403204:	b7ad                	j	8040316e <__umoddi3+0x26>
80403206:	4681                	li	a3,0
80403208:	ca09                	beqz	a2,8040321a <__umoddi3+0xd2>
8040320a:	6741                	lui	a4,0x10
8040320c:	06e67463          	bgeu	a2,a4,80403274 <__umoddi3+0x12c>
80403210:	10063693          	sltiu	a3,a2,256
80403214:	0016c693          	xor	a3,a3,1
80403218:	068e                	sll	a3,a3,0x3
8040321a:	00d65733          	srl	a4,a2,a3
8040321e:	98ba                	add	a7,a7,a4
80403220:	0008c703          	lbu	a4,0(a7)
80403224:	9736                	add	a4,a4,a3
80403226:	02000693          	li	a3,32
8040322a:	40e688b3          	sub	a7,a3,a4
8040322e:	04e69a63          	bne	a3,a4,80403282 <__umoddi3+0x13a>
80403232:	40c58733          	sub	a4,a1,a2
80403236:	01085593          	srl	a1,a6,0x10
8040323a:	02b75633          	divu	a2,a4,a1
8040323e:	01081513          	sll	a0,a6,0x10
80403242:	8141                	srl	a0,a0,0x10
80403244:	0107d693          	srl	a3,a5,0x10
80403248:	02b77733          	remu	a4,a4,a1
8040324c:	02a60633          	mul	a2,a2,a0
80403250:	0742                	sll	a4,a4,0x10
80403252:	8f55                	or	a4,a4,a3
80403254:	00c77863          	bgeu	a4,a2,80403264 <__umoddi3+0x11c>
80403258:	9742                	add	a4,a4,a6
8040325a:	01076563          	bltu	a4,a6,80403264 <__umoddi3+0x11c>
8040325e:	00c77363          	bgeu	a4,a2,80403264 <__umoddi3+0x11c>
80403262:	9742                	add	a4,a4,a6
80403264:	8f11                	sub	a4,a4,a2
80403266:	02b756b3          	divu	a3,a4,a1
8040326a:	02b77733          	remu	a4,a4,a1
8040326e:	02a686b3          	mul	a3,a3,a0
80403272:	b795                	j	804031d6 <__umoddi3+0x8e>
80403274:	01000737          	lui	a4,0x1000
80403278:	46c1                	li	a3,16
8040327a:	fae660e3          	bltu	a2,a4,8040321a <__umoddi3+0xd2>
8040327e:	46e1                	li	a3,24
80403280:	bf69                	j	8040321a <__umoddi3+0xd2>
80403282:	01161833          	sll	a6,a2,a7
80403286:	00e5d6b3          	srl	a3,a1,a4
8040328a:	011517b3          	sll	a5,a0,a7
8040328e:	011595b3          	sll	a1,a1,a7
80403292:	00e55733          	srl	a4,a0,a4
80403296:	01085513          	srl	a0,a6,0x10
8040329a:	8f4d                	or	a4,a4,a1
8040329c:	02a6d5b3          	divu	a1,a3,a0
804032a0:	01081313          	sll	t1,a6,0x10
804032a4:	01035313          	srl	t1,t1,0x10
804032a8:	02a6f6b3          	remu	a3,a3,a0
804032ac:	026585b3          	mul	a1,a1,t1
804032b0:	01069613          	sll	a2,a3,0x10
804032b4:	01075693          	srl	a3,a4,0x10
804032b8:	8ed1                	or	a3,a3,a2
804032ba:	00b6f863          	bgeu	a3,a1,804032ca <__umoddi3+0x182>
804032be:	96c2                	add	a3,a3,a6
804032c0:	0106e563          	bltu	a3,a6,804032ca <__umoddi3+0x182>
804032c4:	00b6f363          	bgeu	a3,a1,804032ca <__umoddi3+0x182>
804032c8:	96c2                	add	a3,a3,a6
804032ca:	8e8d                	sub	a3,a3,a1
804032cc:	02a6d633          	divu	a2,a3,a0
804032d0:	0742                	sll	a4,a4,0x10
804032d2:	8341                	srl	a4,a4,0x10
804032d4:	02a6f6b3          	remu	a3,a3,a0
804032d8:	02660633          	mul	a2,a2,t1
804032dc:	06c2                	sll	a3,a3,0x10
804032de:	8f55                	or	a4,a4,a3
804032e0:	00c77863          	bgeu	a4,a2,804032f0 <__umoddi3+0x1a8>
804032e4:	9742                	add	a4,a4,a6
804032e6:	01076563          	bltu	a4,a6,804032f0 <__umoddi3+0x1a8>
804032ea:	00c77363          	bgeu	a4,a2,804032f0 <__umoddi3+0x1a8>
804032ee:	9742                	add	a4,a4,a6
804032f0:	8f11                	sub	a4,a4,a2
804032f2:	b791                	j	80403236 <__umoddi3+0xee>
804032f4:	16d5ed63          	bltu	a1,a3,8040346e <__umoddi3+0x326>
804032f8:	6841                	lui	a6,0x10
804032fa:	0506f763          	bgeu	a3,a6,80403348 <__umoddi3+0x200>
804032fe:	1006b813          	sltiu	a6,a3,256
80403302:	00184813          	xor	a6,a6,1
80403306:	080e                	sll	a6,a6,0x3
80403308:	0106d333          	srl	t1,a3,a6
8040330c:	00003897          	auipc	a7,0x3
80403310:	c1088893          	add	a7,a7,-1008 # 80405f1c <__clz_tab>
80403314:	989a                	add	a7,a7,t1
80403316:	0008c883          	lbu	a7,0(a7)
8040331a:	02000313          	li	t1,32
8040331e:	98c2                	add	a7,a7,a6
80403320:	41130833          	sub	a6,t1,a7
80403324:	03131963          	bne	t1,a7,80403356 <__umoddi3+0x20e>
80403328:	00b6e463          	bltu	a3,a1,80403330 <__umoddi3+0x1e8>
8040332c:	00c56b63          	bltu	a0,a2,80403342 <__umoddi3+0x1fa>
80403330:	40c50633          	sub	a2,a0,a2
80403334:	40d586b3          	sub	a3,a1,a3
80403338:	00c53733          	sltu	a4,a0,a2
8040333c:	87b2                	mv	a5,a2
8040333e:	40e68733          	sub	a4,a3,a4
80403342:	853e                	mv	a0,a5
80403344:	85ba                	mv	a1,a4
80403346:	8082                	ret
80403348:	010008b7          	lui	a7,0x1000
8040334c:	4841                	li	a6,16
8040334e:	fb16ede3          	bltu	a3,a7,80403308 <__umoddi3+0x1c0>
80403352:	4861                	li	a6,24
80403354:	bf55                	j	80403308 <__umoddi3+0x1c0>
80403356:	011657b3          	srl	a5,a2,a7
8040335a:	010696b3          	sll	a3,a3,a6
8040335e:	8edd                	or	a3,a3,a5
80403360:	0115d733          	srl	a4,a1,a7
80403364:	0106de13          	srl	t3,a3,0x10
80403368:	03c75f33          	divu	t5,a4,t3
8040336c:	01069313          	sll	t1,a3,0x10
80403370:	01035313          	srl	t1,t1,0x10
80403374:	010597b3          	sll	a5,a1,a6
80403378:	011555b3          	srl	a1,a0,a7
8040337c:	8ddd                	or	a1,a1,a5
8040337e:	0105d793          	srl	a5,a1,0x10
80403382:	01061633          	sll	a2,a2,a6
80403386:	01051533          	sll	a0,a0,a6
8040338a:	03c77733          	remu	a4,a4,t3
8040338e:	03e30eb3          	mul	t4,t1,t5
80403392:	0742                	sll	a4,a4,0x10
80403394:	8fd9                	or	a5,a5,a4
80403396:	877a                	mv	a4,t5
80403398:	01d7fc63          	bgeu	a5,t4,804033b0 <__umoddi3+0x268>
8040339c:	97b6                	add	a5,a5,a3
8040339e:	ffff0713          	add	a4,t5,-1
804033a2:	00d7e763          	bltu	a5,a3,804033b0 <__umoddi3+0x268>
804033a6:	01d7f563          	bgeu	a5,t4,804033b0 <__umoddi3+0x268>
804033aa:	ffef0713          	add	a4,t5,-2
804033ae:	97b6                	add	a5,a5,a3
804033b0:	41d787b3          	sub	a5,a5,t4
804033b4:	03c7deb3          	divu	t4,a5,t3
804033b8:	05c2                	sll	a1,a1,0x10
804033ba:	81c1                	srl	a1,a1,0x10
804033bc:	03c7f7b3          	remu	a5,a5,t3
804033c0:	8e76                	mv	t3,t4
804033c2:	03d30333          	mul	t1,t1,t4
804033c6:	07c2                	sll	a5,a5,0x10
804033c8:	8ddd                	or	a1,a1,a5
804033ca:	0065fc63          	bgeu	a1,t1,804033e2 <__umoddi3+0x29a>
804033ce:	95b6                	add	a1,a1,a3
804033d0:	fffe8e13          	add	t3,t4,-1
804033d4:	00d5e763          	bltu	a1,a3,804033e2 <__umoddi3+0x29a>
804033d8:	0065f563          	bgeu	a1,t1,804033e2 <__umoddi3+0x29a>
804033dc:	ffee8e13          	add	t3,t4,-2
804033e0:	95b6                	add	a1,a1,a3
804033e2:	01071793          	sll	a5,a4,0x10
804033e6:	6f41                	lui	t5,0x10
804033e8:	01c7e7b3          	or	a5,a5,t3
804033ec:	406585b3          	sub	a1,a1,t1
804033f0:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
804033f4:	0067f733          	and	a4,a5,t1
804033f8:	01065e13          	srl	t3,a2,0x10
804033fc:	83c1                	srl	a5,a5,0x10
804033fe:	00667333          	and	t1,a2,t1
80403402:	02670eb3          	mul	t4,a4,t1
80403406:	02678333          	mul	t1,a5,t1
8040340a:	03c70733          	mul	a4,a4,t3
8040340e:	03c787b3          	mul	a5,a5,t3
80403412:	00670e33          	add	t3,a4,t1
80403416:	010ed713          	srl	a4,t4,0x10
8040341a:	9772                	add	a4,a4,t3
8040341c:	00677363          	bgeu	a4,t1,80403422 <__umoddi3+0x2da>
80403420:	97fa                	add	a5,a5,t5
80403422:	01075313          	srl	t1,a4,0x10
80403426:	979a                	add	a5,a5,t1
80403428:	6341                	lui	t1,0x10
8040342a:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
8040342c:	00677733          	and	a4,a4,t1
80403430:	0742                	sll	a4,a4,0x10
80403432:	006efeb3          	and	t4,t4,t1
80403436:	9776                	add	a4,a4,t4
80403438:	00f5e663          	bltu	a1,a5,80403444 <__umoddi3+0x2fc>
8040343c:	00f59b63          	bne	a1,a5,80403452 <__umoddi3+0x30a>
80403440:	00e57963          	bgeu	a0,a4,80403452 <__umoddi3+0x30a>
80403444:	40c70633          	sub	a2,a4,a2
80403448:	00c73333          	sltu	t1,a4,a2
8040344c:	969a                	add	a3,a3,t1
8040344e:	8732                	mv	a4,a2
80403450:	8f95                	sub	a5,a5,a3
80403452:	40e50733          	sub	a4,a0,a4
80403456:	00e53533          	sltu	a0,a0,a4
8040345a:	8d9d                	sub	a1,a1,a5
8040345c:	8d89                	sub	a1,a1,a0
8040345e:	011598b3          	sll	a7,a1,a7
80403462:	01075733          	srl	a4,a4,a6
80403466:	00e8e533          	or	a0,a7,a4
8040346a:	0105d5b3          	srl	a1,a1,a6
8040346e:	8082                	ret

80403470 <__riscv_save_12>:
80403470:	7139                	add	sp,sp,-64
80403472:	4301                	li	t1,0
80403474:	c66e                	sw	s11,12(sp)
80403476:	a019                	j	8040347c <__riscv_save_10+0x4>

80403478 <__riscv_save_10>:
80403478:	7139                	add	sp,sp,-64
8040347a:	5341                	li	t1,-16
8040347c:	c86a                	sw	s10,16(sp)
8040347e:	ca66                	sw	s9,20(sp)
80403480:	cc62                	sw	s8,24(sp)
80403482:	ce5e                	sw	s7,28(sp)
80403484:	a019                	j	8040348a <__riscv_save_4+0x4>

80403486 <__riscv_save_4>:
80403486:	7139                	add	sp,sp,-64
80403488:	5301                	li	t1,-32
8040348a:	d05a                	sw	s6,32(sp)
8040348c:	d256                	sw	s5,36(sp)
8040348e:	d452                	sw	s4,40(sp)
80403490:	d64e                	sw	s3,44(sp)
80403492:	d84a                	sw	s2,48(sp)
80403494:	da26                	sw	s1,52(sp)
80403496:	dc22                	sw	s0,56(sp)
80403498:	de06                	sw	ra,60(sp)
8040349a:	40610133          	sub	sp,sp,t1
8040349e:	8282                	jr	t0

804034a0 <__riscv_save_0>:
804034a0:	1141                	add	sp,sp,-16
804034a2:	c04a                	sw	s2,0(sp)
804034a4:	c226                	sw	s1,4(sp)
804034a6:	c422                	sw	s0,8(sp)
804034a8:	c606                	sw	ra,12(sp)
804034aa:	8282                	jr	t0

804034ac <__riscv_restore_12>:
804034ac:	4db2                	lw	s11,12(sp)
804034ae:	0141                	add	sp,sp,16

804034b0 <__riscv_restore_10>:
804034b0:	4d02                	lw	s10,0(sp)
804034b2:	4c92                	lw	s9,4(sp)
804034b4:	4c22                	lw	s8,8(sp)
804034b6:	4bb2                	lw	s7,12(sp)
804034b8:	0141                	add	sp,sp,16

804034ba <__riscv_restore_4>:
804034ba:	4b02                	lw	s6,0(sp)
804034bc:	4a92                	lw	s5,4(sp)
804034be:	4a22                	lw	s4,8(sp)
804034c0:	49b2                	lw	s3,12(sp)
804034c2:	0141                	add	sp,sp,16

804034c4 <__riscv_restore_0>:
804034c4:	4902                	lw	s2,0(sp)
804034c6:	4492                	lw	s1,4(sp)
804034c8:	4422                	lw	s0,8(sp)
804034ca:	40b2                	lw	ra,12(sp)
804034cc:	0141                	add	sp,sp,16
804034ce:	8082                	ret

804034d0 <memcpy>:
804034d0:	832a                	mv	t1,a0
804034d2:	ca09                	beqz	a2,804034e4 <memcpy+0x14>
804034d4:	00058383          	lb	t2,0(a1)
804034d8:	00730023          	sb	t2,0(t1)
804034dc:	167d                	add	a2,a2,-1
804034de:	0305                	add	t1,t1,1
804034e0:	0585                	add	a1,a1,1
804034e2:	fa6d                	bnez	a2,804034d4 <memcpy+0x4>
804034e4:	8082                	ret

804034e6 <memset>:
804034e6:	832a                	mv	t1,a0
804034e8:	c611                	beqz	a2,804034f4 <memset+0xe>
804034ea:	00b30023          	sb	a1,0(t1)
804034ee:	167d                	add	a2,a2,-1
804034f0:	0305                	add	t1,t1,1
804034f2:	fe65                	bnez	a2,804034ea <memset+0x4>
804034f4:	8082                	ret

804034f6 <strcmp>:
804034f6:	00054603          	lbu	a2,0(a0)
804034fa:	0005c683          	lbu	a3,0(a1)
804034fe:	0505                	add	a0,a0,1
80403500:	0585                	add	a1,a1,1
80403502:	00d61363          	bne	a2,a3,80403508 <strcmp+0x12>
80403506:	fa65                	bnez	a2,804034f6 <strcmp>
80403508:	40d60533          	sub	a0,a2,a3
8040350c:	8082                	ret

8040350e <printf>:
8040350e:	7139                	add	sp,sp,-64
80403510:	da3e                	sw	a5,52(sp)
80403512:	804067b7          	lui	a5,0x80406
80403516:	d22e                	sw	a1,36(sp)
80403518:	85aa                	mv	a1,a0
8040351a:	0347a503          	lw	a0,52(a5) # 80406034 <stdout>
8040351e:	d432                	sw	a2,40(sp)
80403520:	1050                	add	a2,sp,36
80403522:	ce06                	sw	ra,28(sp)
80403524:	d636                	sw	a3,44(sp)
80403526:	d83a                	sw	a4,48(sp)
80403528:	dc42                	sw	a6,56(sp)
8040352a:	de46                	sw	a7,60(sp)
8040352c:	c632                	sw	a2,12(sp)
8040352e:	00000097          	auipc	ra,0x0
80403532:	222080e7          	jalr	546(ra) # 80403750 <__d_vfprintf>
80403536:	40f2                	lw	ra,28(sp)
80403538:	6121                	add	sp,sp,64
8040353a:	8082                	ret

8040353c <__ultoa_invert>:
8040353c:	00000317          	auipc	t1,0x0
80403540:	f3c302e7          	jalr	t0,-196(t1) # 80403478 <__riscv_save_10>
80403544:	2006f793          	and	a5,a3,512
80403548:	89aa                	mv	s3,a0
8040354a:	8a2e                	mv	s4,a1
8040354c:	8932                	mv	s2,a2
8040354e:	84b6                	mv	s1,a3
80403550:	02700b13          	li	s6,39
80403554:	c781                	beqz	a5,8040355c <__ultoa_invert+0x20>
80403556:	dff6f493          	and	s1,a3,-513
8040355a:	4b1d                	li	s6,7
8040355c:	41f4da93          	sra	s5,s1,0x1f
80403560:	4ca5                	li	s9,9
80403562:	8626                	mv	a2,s1
80403564:	86d6                	mv	a3,s5
80403566:	854e                	mv	a0,s3
80403568:	85d2                	mv	a1,s4
8040356a:	00000097          	auipc	ra,0x0
8040356e:	bde080e7          	jalr	-1058(ra) # 80403148 <__umoddi3>
80403572:	85d2                	mv	a1,s4
80403574:	0ff57413          	zext.b	s0,a0
80403578:	8626                	mv	a2,s1
8040357a:	854e                	mv	a0,s3
8040357c:	86d6                	mv	a3,s5
8040357e:	00000097          	auipc	ra,0x0
80403582:	86c080e7          	jalr	-1940(ra) # 80402dea <__udivdi3>
80403586:	8c4e                	mv	s8,s3
80403588:	8bd2                	mv	s7,s4
8040358a:	89aa                	mv	s3,a0
8040358c:	8a2e                	mv	s4,a1
8040358e:	008cf563          	bgeu	s9,s0,80403598 <__ultoa_invert+0x5c>
80403592:	945a                	add	s0,s0,s6
80403594:	0ff47413          	zext.b	s0,s0
80403598:	0905                	add	s2,s2,1
8040359a:	03040413          	add	s0,s0,48
8040359e:	fe890fa3          	sb	s0,-1(s2)
804035a2:	015be663          	bltu	s7,s5,804035ae <__ultoa_invert+0x72>
804035a6:	fb7a9ee3          	bne	s5,s7,80403562 <__ultoa_invert+0x26>
804035aa:	fa9c7ce3          	bgeu	s8,s1,80403562 <__ultoa_invert+0x26>
804035ae:	854a                	mv	a0,s2
804035b0:	00000317          	auipc	t1,0x0
804035b4:	f0030067          	jr	-256(t1) # 804034b0 <__riscv_restore_10>

804035b8 <skip_to_arg>:
804035b8:	00000317          	auipc	t1,0x0
804035bc:	ec0302e7          	jalr	t0,-320(t1) # 80403478 <__riscv_save_10>
804035c0:	4305                	li	t1,1
804035c2:	02500f13          	li	t5,37
804035c6:	88aa                	mv	a7,a0
804035c8:	00c34663          	blt	t1,a2,804035d4 <skip_to_arg+0x1c>
804035cc:	00000317          	auipc	t1,0x0
804035d0:	ee430067          	jr	-284(t1) # 804034b0 <__riscv_restore_10>
804035d4:	87c6                	mv	a5,a7
804035d6:	88be                	mv	a7,a5
804035d8:	0007c703          	lbu	a4,0(a5)
804035dc:	0785                	add	a5,a5,1
804035de:	d77d                	beqz	a4,804035cc <skip_to_arg+0x14>
804035e0:	ffe71be3          	bne	a4,t5,804035d6 <skip_to_arg+0x1e>
804035e4:	0007c703          	lbu	a4,0(a5)
804035e8:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
804035ea:	ffe705e3          	beq	a4,t5,804035d4 <skip_to_arg+0x1c>
804035ee:	6ecd                	lui	t4,0x13
804035f0:	4681                	li	a3,0
804035f2:	4e01                	li	t3,0
804035f4:	4781                	li	a5,0
804035f6:	42fd                	li	t0,31
804035f8:	06c00f93          	li	t6,108
804035fc:	07400393          	li	t2,116
80403600:	07a00413          	li	s0,122
80403604:	06800493          	li	s1,104
80403608:	06a00913          	li	s2,106
8040360c:	04c00993          	li	s3,76
80403610:	4a25                	li	s4,9
80403612:	02400a93          	li	s5,36
80403616:	07f00b13          	li	s6,127
8040361a:	4bc1                	li	s7,16
8040361c:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80403620:	04f2e263          	bltu	t0,a5,80403664 <skip_to_arg+0xac>
80403624:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
80403628:	0ff87813          	zext.b	a6,a6
8040362c:	030bf163          	bgeu	s7,a6,8040364e <skip_to_arg+0x96>
80403630:	fd070813          	add	a6,a4,-48
80403634:	0ff87813          	zext.b	a6,a6
80403638:	4c25                	li	s8,9
8040363a:	050c6563          	bltu	s8,a6,80403684 <skip_to_arg+0xcc>
8040363e:	47a9                	li	a5,10
80403640:	02f687b3          	mul	a5,a3,a5
80403644:	00f806b3          	add	a3,a6,a5
80403648:	02000793          	li	a5,32
8040364c:	a039                	j	8040365a <skip_to_arg+0xa2>
8040364e:	010ed833          	srl	a6,t4,a6
80403652:	00187813          	and	a6,a6,1
80403656:	00080963          	beqz	a6,80403668 <skip_to_arg+0xb0>
8040365a:	0008c703          	lbu	a4,0(a7)
8040365e:	0885                	add	a7,a7,1
80403660:	f361                	bnez	a4,80403620 <skip_to_arg+0x68>
80403662:	a8b1                	j	804036be <skip_to_arg+0x106>
80403664:	04fb6363          	bltu	s6,a5,804036aa <skip_to_arg+0xf2>
80403668:	fd070813          	add	a6,a4,-48
8040366c:	0ff87813          	zext.b	a6,a6
80403670:	fd0a77e3          	bgeu	s4,a6,8040363e <skip_to_arg+0x86>
80403674:	03571563          	bne	a4,s5,8040369e <skip_to_arg+0xe6>
80403678:	0a0e0063          	beqz	t3,80403718 <skip_to_arg+0x160>
8040367c:	0a668063          	beq	a3,t1,8040371c <skip_to_arg+0x164>
80403680:	4681                	li	a3,0
80403682:	bfe1                	j	8040365a <skip_to_arg+0xa2>
80403684:	0fb77813          	and	a6,a4,251
80403688:	02a00c13          	li	s8,42
8040368c:	ff880ae3          	beq	a6,s8,80403680 <skip_to_arg+0xc8>
80403690:	06c00813          	li	a6,108
80403694:	01071d63          	bne	a4,a6,804036ae <skip_to_arg+0xf6>
80403698:	0807e793          	or	a5,a5,128
8040369c:	bf7d                	j	8040365a <skip_to_arg+0xa2>
8040369e:	0fb77813          	and	a6,a4,251
804036a2:	02a00c13          	li	s8,42
804036a6:	fd880de3          	beq	a6,s8,80403680 <skip_to_arg+0xc8>
804036aa:	05f70663          	beq	a4,t6,804036f6 <skip_to_arg+0x13e>
804036ae:	02efef63          	bltu	t6,a4,804036ec <skip_to_arg+0x134>
804036b2:	04970863          	beq	a4,s1,80403702 <skip_to_arg+0x14a>
804036b6:	05270e63          	beq	a4,s2,80403712 <skip_to_arg+0x15a>
804036ba:	05370c63          	beq	a4,s3,80403712 <skip_to_arg+0x15a>
804036be:	f00e07e3          	beqz	t3,804035cc <skip_to_arg+0x14>
804036c2:	f06e13e3          	bne	t3,t1,804035c8 <skip_to_arg+0x10>
804036c6:	02076893          	or	a7,a4,32
804036ca:	f9b88813          	add	a6,a7,-101
804036ce:	0ff87813          	zext.b	a6,a6
804036d2:	4e09                	li	t3,2
804036d4:	4194                	lw	a3,0(a1)
804036d6:	010e7663          	bgeu	t3,a6,804036e2 <skip_to_arg+0x12a>
804036da:	06100813          	li	a6,97
804036de:	05089263          	bne	a7,a6,80403722 <skip_to_arg+0x16a>
804036e2:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
804036e4:	9ae1                	and	a3,a3,-8
804036e6:	00868713          	add	a4,a3,8
804036ea:	a091                	j	8040372e <skip_to_arg+0x176>
804036ec:	f67707e3          	beq	a4,t2,8040365a <skip_to_arg+0xa2>
804036f0:	f68705e3          	beq	a4,s0,8040365a <skip_to_arg+0xa2>
804036f4:	b7e9                	j	804036be <skip_to_arg+0x106>
804036f6:	0807f713          	and	a4,a5,128
804036fa:	df59                	beqz	a4,80403698 <skip_to_arg+0xe0>
804036fc:	2007e793          	or	a5,a5,512
80403700:	bf61                	j	80403698 <skip_to_arg+0xe0>
80403702:	1007f713          	and	a4,a5,256
80403706:	c319                	beqz	a4,8040370c <skip_to_arg+0x154>
80403708:	2007e793          	or	a5,a5,512
8040370c:	1007e793          	or	a5,a5,256
80403710:	b7a9                	j	8040365a <skip_to_arg+0xa2>
80403712:	2807e793          	or	a5,a5,640
80403716:	b791                	j	8040365a <skip_to_arg+0xa2>
80403718:	8e36                	mv	t3,a3
8040371a:	b79d                	j	80403680 <skip_to_arg+0xc8>
8040371c:	06300713          	li	a4,99
80403720:	b75d                	j	804036c6 <skip_to_arg+0x10e>
80403722:	06300813          	li	a6,99
80403726:	01071763          	bne	a4,a6,80403734 <skip_to_arg+0x17c>
8040372a:	00468713          	add	a4,a3,4
8040372e:	c198                	sw	a4,0(a1)
80403730:	0305                	add	t1,t1,1
80403732:	bd51                	j	804035c6 <skip_to_arg+0xe>
80403734:	07300813          	li	a6,115
80403738:	ff0709e3          	beq	a4,a6,8040372a <skip_to_arg+0x172>
8040373c:	0807f813          	and	a6,a5,128
80403740:	00468713          	add	a4,a3,4
80403744:	fe0805e3          	beqz	a6,8040372e <skip_to_arg+0x176>
80403748:	2007f793          	and	a5,a5,512
8040374c:	d3ed                	beqz	a5,8040372e <skip_to_arg+0x176>
8040374e:	bf51                	j	804036e2 <skip_to_arg+0x12a>

80403750 <__d_vfprintf>:
80403750:	00000317          	auipc	t1,0x0
80403754:	d20302e7          	jalr	t0,-736(t1) # 80403470 <__riscv_save_12>
80403758:	00454783          	lbu	a5,4(a0)
8040375c:	7139                	add	sp,sp,-64
8040375e:	c02a                	sw	a0,0(sp)
80403760:	c42e                	sw	a1,8(sp)
80403762:	c632                	sw	a2,12(sp)
80403764:	8b89                	and	a5,a5,2
80403766:	00852a03          	lw	s4,8(a0)
8040376a:	c785                	beqz	a5,80403792 <__d_vfprintf+0x42>
8040376c:	d232                	sw	a2,36(sp)
8040376e:	87ae                	mv	a5,a1
80403770:	4401                	li	s0,0
80403772:	0007c903          	lbu	s2,0(a5)
80403776:	00090f63          	beqz	s2,80403794 <__d_vfprintf+0x44>
8040377a:	02500713          	li	a4,37
8040377e:	02e90163          	beq	s2,a4,804037a0 <__d_vfprintf+0x50>
80403782:	0785                	add	a5,a5,1
80403784:	c23e                	sw	a5,4(sp)
80403786:	4582                	lw	a1,0(sp)
80403788:	854a                	mv	a0,s2
8040378a:	0405                	add	s0,s0,1
8040378c:	9a02                	jalr	s4
8040378e:	2a0557e3          	bgez	a0,8040423c <__d_vfprintf+0xaec>
80403792:	547d                	li	s0,-1
80403794:	8522                	mv	a0,s0
80403796:	6121                	add	sp,sp,64
80403798:	00000317          	auipc	t1,0x0
8040379c:	d1430067          	jr	-748(t1) # 804034ac <__riscv_restore_12>
804037a0:	0017c903          	lbu	s2,1(a5)
804037a4:	00278713          	add	a4,a5,2
804037a8:	c23a                	sw	a4,4(sp)
804037aa:	02500793          	li	a5,37
804037ae:	fcf90ce3          	beq	s2,a5,80403786 <__d_vfprintf+0x36>
804037b2:	804064b7          	lui	s1,0x80406
804037b6:	4a81                	li	s5,0
804037b8:	4d01                	li	s10,0
804037ba:	4b01                	li	s6,0
804037bc:	4d81                	li	s11,0
804037be:	06c00993          	li	s3,108
804037c2:	07400b93          	li	s7,116
804037c6:	07a00c13          	li	s8,122
804037ca:	06800c93          	li	s9,104
804037ce:	b5048493          	add	s1,s1,-1200 # 80405b50 <ops+0xc>
804037d2:	47fd                	li	a5,31
804037d4:	07b7e163          	bltu	a5,s11,80403836 <__d_vfprintf+0xe6>
804037d8:	fe090793          	add	a5,s2,-32
804037dc:	0ff7f793          	zext.b	a5,a5
804037e0:	4741                	li	a4,16
804037e2:	00f76663          	bltu	a4,a5,804037ee <__d_vfprintf+0x9e>
804037e6:	078a                	sll	a5,a5,0x2
804037e8:	97a6                	add	a5,a5,s1
804037ea:	439c                	lw	a5,0(a5)
804037ec:	8782                	jr	a5
804037ee:	fd090793          	add	a5,s2,-48
804037f2:	0ff7f793          	zext.b	a5,a5
804037f6:	4725                	li	a4,9
804037f8:	06f76463          	bltu	a4,a5,80403860 <__d_vfprintf+0x110>
804037fc:	46a9                	li	a3,10
804037fe:	02db06b3          	mul	a3,s6,a3
80403802:	00f68b33          	add	s6,a3,a5
80403806:	020ded93          	or	s11,s11,32
8040380a:	a019                	j	80403810 <__d_vfprintf+0xc0>
8040380c:	001ded93          	or	s11,s11,1
80403810:	4792                	lw	a5,4(sp)
80403812:	0007c903          	lbu	s2,0(a5)
80403816:	0785                	add	a5,a5,1
80403818:	c23e                	sw	a5,4(sp)
8040381a:	fa091ce3          	bnez	s2,804037d2 <__d_vfprintf+0x82>
8040381e:	a8cd                	j	80403910 <__d_vfprintf+0x1c0>
80403820:	002ded93          	or	s11,s11,2
80403824:	004ded93          	or	s11,s11,4
80403828:	b7e5                	j	80403810 <__d_vfprintf+0xc0>
8040382a:	008ded93          	or	s11,s11,8
8040382e:	b7cd                	j	80403810 <__d_vfprintf+0xc0>
80403830:	010ded93          	or	s11,s11,16
80403834:	bff1                	j	80403810 <__d_vfprintf+0xc0>
80403836:	07f00793          	li	a5,127
8040383a:	0bb7ed63          	bltu	a5,s11,804038f4 <__d_vfprintf+0x1a4>
8040383e:	fd090693          	add	a3,s2,-48
80403842:	0ff6f693          	zext.b	a3,a3
80403846:	47a5                	li	a5,9
80403848:	00d7ec63          	bltu	a5,a3,80403860 <__d_vfprintf+0x110>
8040384c:	040df613          	and	a2,s11,64
80403850:	87b6                	mv	a5,a3
80403852:	d64d                	beqz	a2,804037fc <__d_vfprintf+0xac>
80403854:	47a9                	li	a5,10
80403856:	02fd07b3          	mul	a5,s10,a5
8040385a:	00d78d33          	add	s10,a5,a3
8040385e:	bf4d                	j	80403810 <__d_vfprintf+0xc0>
80403860:	02a00793          	li	a5,42
80403864:	02f91663          	bne	s2,a5,80403890 <__d_vfprintf+0x140>
80403868:	fa0a94e3          	bnez	s5,80403810 <__d_vfprintf+0xc0>
8040386c:	5692                	lw	a3,36(sp)
8040386e:	040df793          	and	a5,s11,64
80403872:	00468613          	add	a2,a3,4
80403876:	4294                	lw	a3,0(a3)
80403878:	d232                	sw	a2,36(sp)
8040387a:	c399                	beqz	a5,80403880 <__d_vfprintf+0x130>
8040387c:	8d36                	mv	s10,a3
8040387e:	bf49                	j	80403810 <__d_vfprintf+0xc0>
80403880:	8b36                	mv	s6,a3
80403882:	f806d2e3          	bgez	a3,80403806 <__d_vfprintf+0xb6>
80403886:	40d00b33          	neg	s6,a3
8040388a:	028ded93          	or	s11,s11,40
8040388e:	b749                	j	80403810 <__d_vfprintf+0xc0>
80403890:	02e00793          	li	a5,46
80403894:	00f91963          	bne	s2,a5,804038a6 <__d_vfprintf+0x156>
80403898:	040df793          	and	a5,s11,64
8040389c:	ee079ce3          	bnez	a5,80403794 <__d_vfprintf+0x44>
804038a0:	040ded93          	or	s11,s11,64
804038a4:	b7b5                	j	80403810 <__d_vfprintf+0xc0>
804038a6:	02400793          	li	a5,36
804038aa:	04f91563          	bne	s2,a5,804038f4 <__d_vfprintf+0x1a4>
804038ae:	140a8363          	beqz	s5,804039f4 <__d_vfprintf+0x2a4>
804038b2:	47b2                	lw	a5,12(sp)
804038b4:	d23e                	sw	a5,36(sp)
804038b6:	040df793          	and	a5,s11,64
804038ba:	ef99                	bnez	a5,804038d8 <__d_vfprintf+0x188>
804038bc:	4522                	lw	a0,8(sp)
804038be:	865a                	mv	a2,s6
804038c0:	104c                	add	a1,sp,36
804038c2:	00000097          	auipc	ra,0x0
804038c6:	cf6080e7          	jalr	-778(ra) # 804035b8 <skip_to_arg>
804038ca:	5792                	lw	a5,36(sp)
804038cc:	00478693          	add	a3,a5,4
804038d0:	0007ab03          	lw	s6,0(a5)
804038d4:	d236                	sw	a3,36(sp)
804038d6:	bf2d                	j	80403810 <__d_vfprintf+0xc0>
804038d8:	4522                	lw	a0,8(sp)
804038da:	866a                	mv	a2,s10
804038dc:	104c                	add	a1,sp,36
804038de:	00000097          	auipc	ra,0x0
804038e2:	cda080e7          	jalr	-806(ra) # 804035b8 <skip_to_arg>
804038e6:	5792                	lw	a5,36(sp)
804038e8:	00478693          	add	a3,a5,4
804038ec:	0007ad03          	lw	s10,0(a5)
804038f0:	d236                	sw	a3,36(sp)
804038f2:	bf39                	j	80403810 <__d_vfprintf+0xc0>
804038f4:	0d390d63          	beq	s2,s3,804039ce <__d_vfprintf+0x27e>
804038f8:	0d29e663          	bltu	s3,s2,804039c4 <__d_vfprintf+0x274>
804038fc:	0f990163          	beq	s2,s9,804039de <__d_vfprintf+0x28e>
80403900:	06a00793          	li	a5,106
80403904:	0ef90563          	beq	s2,a5,804039ee <__d_vfprintf+0x29e>
80403908:	04c00793          	li	a5,76
8040390c:	0ef90163          	beq	s2,a5,804039ee <__d_vfprintf+0x29e>
80403910:	000a8b63          	beqz	s5,80403926 <__d_vfprintf+0x1d6>
80403914:	47b2                	lw	a5,12(sp)
80403916:	4522                	lw	a0,8(sp)
80403918:	8656                	mv	a2,s5
8040391a:	104c                	add	a1,sp,36
8040391c:	d23e                	sw	a5,36(sp)
8040391e:	00000097          	auipc	ra,0x0
80403922:	c9a080e7          	jalr	-870(ra) # 804035b8 <skip_to_arg>
80403926:	000d5963          	bgez	s10,80403938 <__d_vfprintf+0x1e8>
8040392a:	fbfdf813          	and	a6,s11,-65
8040392e:	01081d93          	sll	s11,a6,0x10
80403932:	010ddd93          	srl	s11,s11,0x10
80403936:	4d01                	li	s10,0
80403938:	02096c93          	or	s9,s2,32
8040393c:	f9bc8793          	add	a5,s9,-101
80403940:	0ff7f793          	zext.b	a5,a5
80403944:	4709                	li	a4,2
80403946:	0af77d63          	bgeu	a4,a5,80403a00 <__d_vfprintf+0x2b0>
8040394a:	06100793          	li	a5,97
8040394e:	6afc9763          	bne	s9,a5,80403ffc <__d_vfprintf+0x8ac>
80403952:	5792                	lw	a5,36(sp)
80403954:	6a89                	lui	s5,0x2
80403956:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
8040395a:	079d                	add	a5,a5,7
8040395c:	9be1                	and	a5,a5,-8
8040395e:	0047ab83          	lw	s7,4(a5)
80403962:	0007a883          	lw	a7,0(a5)
80403966:	00878713          	add	a4,a5,8
8040396a:	414bd993          	sra	s3,s7,0x14
8040396e:	00cb9c13          	sll	s8,s7,0xc
80403972:	7ff9f993          	and	s3,s3,2047
80403976:	00cc5c93          	srl	s9,s8,0xc
8040397a:	015deab3          	or	s5,s11,s5
8040397e:	0119e533          	or	a0,s3,a7
80403982:	fff94913          	not	s2,s2
80403986:	0ac2                	sll	s5,s5,0x10
80403988:	d23a                	sw	a4,36(sp)
8040398a:	019567b3          	or	a5,a0,s9
8040398e:	02097913          	and	s2,s2,32
80403992:	010ada93          	srl	s5,s5,0x10
80403996:	86c6                	mv	a3,a7
80403998:	8c66                	mv	s8,s9
8040399a:	040df813          	and	a6,s11,64
8040399e:	01fbdb93          	srl	s7,s7,0x1f
804039a2:	efcd                	bnez	a5,80403a5c <__d_vfprintf+0x30c>
804039a4:	03000793          	li	a5,48
804039a8:	0ffbfb93          	zext.b	s7,s7
804039ac:	02f106a3          	sb	a5,45(sp)
804039b0:	03710623          	sb	s7,44(sp)
804039b4:	26080363          	beqz	a6,80403c1a <__d_vfprintf+0x4ca>
804039b8:	47b1                	li	a5,12
804039ba:	4981                	li	s3,0
804039bc:	0da7d463          	bge	a5,s10,80403a84 <__d_vfprintf+0x334>
804039c0:	4d35                	li	s10,13
804039c2:	aab5                	j	80403b3e <__d_vfprintf+0x3ee>
804039c4:	e57906e3          	beq	s2,s7,80403810 <__d_vfprintf+0xc0>
804039c8:	e58904e3          	beq	s2,s8,80403810 <__d_vfprintf+0xc0>
804039cc:	b791                	j	80403910 <__d_vfprintf+0x1c0>
804039ce:	080df793          	and	a5,s11,128
804039d2:	c399                	beqz	a5,804039d8 <__d_vfprintf+0x288>
804039d4:	200ded93          	or	s11,s11,512
804039d8:	080ded93          	or	s11,s11,128
804039dc:	bd15                	j	80403810 <__d_vfprintf+0xc0>
804039de:	100df793          	and	a5,s11,256
804039e2:	c399                	beqz	a5,804039e8 <__d_vfprintf+0x298>
804039e4:	200ded93          	or	s11,s11,512
804039e8:	100ded93          	or	s11,s11,256
804039ec:	b515                	j	80403810 <__d_vfprintf+0xc0>
804039ee:	280ded93          	or	s11,s11,640
804039f2:	bd39                	j	80403810 <__d_vfprintf+0xc0>
804039f4:	875a                	mv	a4,s6
804039f6:	4d01                	li	s10,0
804039f8:	4b01                	li	s6,0
804039fa:	8aba                	mv	s5,a4
804039fc:	4d81                	li	s11,0
804039fe:	bd09                	j	80403810 <__d_vfprintf+0xc0>
80403a00:	5792                	lw	a5,36(sp)
80403a02:	fff94913          	not	s2,s2
80403a06:	02097913          	and	s2,s2,32
80403a0a:	079d                	add	a5,a5,7
80403a0c:	9be1                	and	a5,a5,-8
80403a0e:	00878713          	add	a4,a5,8
80403a12:	4388                	lw	a0,0(a5)
80403a14:	43cc                	lw	a1,4(a5)
80403a16:	d23a                	sw	a4,36(sp)
80403a18:	040df793          	and	a5,s11,64
80403a1c:	22078363          	beqz	a5,80403c42 <__d_vfprintf+0x4f2>
80403a20:	06500793          	li	a5,101
80403a24:	22fc9163          	bne	s9,a5,80403c46 <__d_vfprintf+0x4f6>
80403a28:	6785                	lui	a5,0x1
80403a2a:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fbe3911>
80403a2e:	00fdedb3          	or	s11,s11,a5
80403a32:	0ff67613          	zext.b	a2,a2
80403a36:	4701                	li	a4,0
80403a38:	4781                	li	a5,0
80403a3a:	4345                	li	t1,17
80403a3c:	0ff67693          	zext.b	a3,a2
80403a40:	00c37363          	bgeu	t1,a2,80403a46 <__d_vfprintf+0x2f6>
80403a44:	46c5                	li	a3,17
80403a46:	1030                	add	a2,sp,40
80403a48:	00001097          	auipc	ra,0x1
80403a4c:	b52080e7          	jalr	-1198(ra) # 8040459a <__dtoa_engine>
80403a50:	0ff57b93          	zext.b	s7,a0
80403a54:	59a2                	lw	s3,40(sp)
80403a56:	8aee                	mv	s5,s11
80403a58:	4c09                	li	s8,2
80403a5a:	aa21                	j	80403b72 <__d_vfprintf+0x422>
80403a5c:	03100793          	li	a5,49
80403a60:	00099563          	bnez	s3,80403a6a <__d_vfprintf+0x31a>
80403a64:	03000793          	li	a5,48
80403a68:	4985                	li	s3,1
80403a6a:	0ffbfb93          	zext.b	s7,s7
80403a6e:	02f106a3          	sb	a5,45(sp)
80403a72:	03710623          	sb	s7,44(sp)
80403a76:	c0198993          	add	s3,s3,-1023
80403a7a:	18080763          	beqz	a6,80403c08 <__d_vfprintf+0x4b8>
80403a7e:	47b1                	li	a5,12
80403a80:	19a7c663          	blt	a5,s10,80403c0c <__d_vfprintf+0x4bc>
80403a84:	4335                	li	t1,13
80403a86:	41a30333          	sub	t1,t1,s10
80403a8a:	00231d93          	sll	s11,t1,0x2
80403a8e:	fffd8613          	add	a2,s11,-1
80403a92:	4505                	li	a0,1
80403a94:	4581                	li	a1,0
80403a96:	ca46                	sw	a7,20(sp)
80403a98:	c836                	sw	a3,16(sp)
80403a9a:	fffff097          	auipc	ra,0xfffff
80403a9e:	2c2080e7          	jalr	706(ra) # 80402d5c <__ashldi3>
80403aa2:	84aa                	mv	s1,a0
80403aa4:	872e                	mv	a4,a1
80403aa6:	00171793          	sll	a5,a4,0x1
80403aaa:	85aa                	mv	a1,a0
80403aac:	01f4d513          	srl	a0,s1,0x1f
80403ab0:	00149e13          	sll	t3,s1,0x1
80403ab4:	8fc9                	or	a5,a5,a0
80403ab6:	40f00c33          	neg	s8,a5
80403aba:	01c03533          	snez	a0,t3
80403abe:	48d2                	lw	a7,20(sp)
80403ac0:	41c00833          	neg	a6,t3
80403ac4:	40ac0c33          	sub	s8,s8,a0
80403ac8:	fffe0513          	add	a0,t3,-1
80403acc:	001e3e13          	seqz	t3,t3
80403ad0:	41c787b3          	sub	a5,a5,t3
80403ad4:	0197f7b3          	and	a5,a5,s9
80403ad8:	01157533          	and	a0,a0,a7
80403adc:	02f74863          	blt	a4,a5,80403b0c <__d_vfprintf+0x3bc>
80403ae0:	46c2                	lw	a3,16(sp)
80403ae2:	00e79463          	bne	a5,a4,80403aea <__d_vfprintf+0x39a>
80403ae6:	02a5e363          	bltu	a1,a0,80403b0c <__d_vfprintf+0x3bc>
80403aea:	8546                	mv	a0,a7
80403aec:	866e                	mv	a2,s11
80403aee:	85e6                	mv	a1,s9
80403af0:	ce3a                	sw	a4,28(sp)
80403af2:	cc42                	sw	a6,24(sp)
80403af4:	ca36                	sw	a3,20(sp)
80403af6:	c846                	sw	a7,16(sp)
80403af8:	fffff097          	auipc	ra,0xfffff
80403afc:	28c080e7          	jalr	652(ra) # 80402d84 <__ashrdi3>
80403b00:	8905                	and	a0,a0,1
80403b02:	48c2                	lw	a7,16(sp)
80403b04:	46d2                	lw	a3,20(sp)
80403b06:	4862                	lw	a6,24(sp)
80403b08:	4772                	lw	a4,28(sp)
80403b0a:	c94d                	beqz	a0,80403bbc <__d_vfprintf+0x46c>
80403b0c:	00988533          	add	a0,a7,s1
80403b10:	01153db3          	sltu	s11,a0,a7
80403b14:	9766                	add	a4,a4,s9
80403b16:	00ed8cb3          	add	s9,s11,a4
80403b1a:	001007b7          	lui	a5,0x100
80403b1e:	86aa                	mv	a3,a0
80403b20:	08fcce63          	blt	s9,a5,80403bbc <__d_vfprintf+0x46c>
80403b24:	02d14783          	lbu	a5,45(sp)
80403b28:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80403b2a:	02f106a3          	sb	a5,45(sp)
80403b2e:	40000793          	li	a5,1024
80403b32:	0af98163          	beq	s3,a5,80403bd4 <__d_vfprintf+0x484>
80403b36:	00a87533          	and	a0,a6,a0
80403b3a:	019c7c33          	and	s8,s8,s9
80403b3e:	05700613          	li	a2,87
80403b42:	1034                	add	a3,sp,40
80403b44:	4735                	li	a4,13
80403b46:	45a5                	li	a1,9
80403b48:	41260633          	sub	a2,a2,s2
80403b4c:	01cc1813          	sll	a6,s8,0x1c
80403b50:	00f57793          	and	a5,a0,15
80403b54:	8111                	srl	a0,a0,0x4
80403b56:	00a86533          	or	a0,a6,a0
80403b5a:	404c5c13          	sra	s8,s8,0x4
80403b5e:	e7e1                	bnez	a5,80403c26 <__d_vfprintf+0x4d6>
80403b60:	0ced5563          	bge	s10,a4,80403c2a <__d_vfprintf+0x4da>
80403b64:	177d                	add	a4,a4,-1
80403b66:	16fd                	add	a3,a3,-1
80403b68:	f375                	bnez	a4,80403b4c <__d_vfprintf+0x3fc>
80403b6a:	4c05                	li	s8,1
80403b6c:	4bb9                	li	s7,14
80403b6e:	07000c93          	li	s9,112
80403b72:	00998713          	add	a4,s3,9
80403b76:	46c9                	li	a3,18
80403b78:	87ce                	mv	a5,s3
80403b7a:	06e6e863          	bltu	a3,a4,80403bea <__d_vfprintf+0x49a>
80403b7e:	02c14703          	lbu	a4,44(sp)
80403b82:	00177d93          	and	s11,a4,1
80403b86:	8b31                	and	a4,a4,12
80403b88:	120d9a63          	bnez	s11,80403cbc <__d_vfprintf+0x56c>
80403b8c:	002af793          	and	a5,s5,2
80403b90:	12079263          	bnez	a5,80403cb4 <__d_vfprintf+0x564>
80403b94:	004af793          	and	a5,s5,4
80403b98:	cfe9                	beqz	a5,80403c72 <__d_vfprintf+0x522>
80403b9a:	12071563          	bnez	a4,80403cc4 <__d_vfprintf+0x574>
80403b9e:	02000713          	li	a4,32
80403ba2:	678d                	lui	a5,0x3
80403ba4:	00faf7b3          	and	a5,s5,a5
80403ba8:	1c079363          	bnez	a5,80403d6e <__d_vfprintf+0x61e>
80403bac:	000d1363          	bnez	s10,80403bb2 <__d_vfprintf+0x462>
80403bb0:	4d05                	li	s10,1
80403bb2:	103c                	add	a5,sp,40
80403bb4:	97de                	add	a5,a5,s7
80403bb6:	03000693          	li	a3,48
80403bba:	aa9d                	j	80403d30 <__d_vfprintf+0x5e0>
80403bbc:	0106f6b3          	and	a3,a3,a6
80403bc0:	018cfcb3          	and	s9,s9,s8
80403bc4:	40000793          	li	a5,1024
80403bc8:	04f99c63          	bne	s3,a5,80403c20 <__d_vfprintf+0x4d0>
80403bcc:	0196ecb3          	or	s9,a3,s9
80403bd0:	040c8063          	beqz	s9,80403c10 <__d_vfprintf+0x4c0>
80403bd4:	008beb93          	or	s7,s7,8
80403bd8:	03710623          	sb	s7,44(sp)
80403bdc:	40000993          	li	s3,1024
80403be0:	4bb9                	li	s7,14
80403be2:	07000c93          	li	s9,112
80403be6:	40000793          	li	a5,1024
80403bea:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
80403bee:	0c600693          	li	a3,198
80403bf2:	4c09                	li	s8,2
80403bf4:	f8e6f5e3          	bgeu	a3,a4,80403b7e <__d_vfprintf+0x42e>
80403bf8:	3e778793          	add	a5,a5,999
80403bfc:	7ce00c13          	li	s8,1998
80403c00:	00fc3c33          	sltu	s8,s8,a5
80403c04:	0c0d                	add	s8,s8,3
80403c06:	bfa5                	j	80403b7e <__d_vfprintf+0x42e>
80403c08:	4d01                	li	s10,0
80403c0a:	bf6d                	j	80403bc4 <__d_vfprintf+0x474>
80403c0c:	4d35                	li	s10,13
80403c0e:	bf5d                	j	80403bc4 <__d_vfprintf+0x474>
80403c10:	004beb93          	or	s7,s7,4
80403c14:	03710623          	sb	s7,44(sp)
80403c18:	b7e1                	j	80403be0 <__d_vfprintf+0x490>
80403c1a:	4981                	li	s3,0
80403c1c:	4d01                	li	s10,0
80403c1e:	b705                	j	80403b3e <__d_vfprintf+0x3ee>
80403c20:	8536                	mv	a0,a3
80403c22:	8c66                	mv	s8,s9
80403c24:	bf29                	j	80403b3e <__d_vfprintf+0x3ee>
80403c26:	00f5ea63          	bltu	a1,a5,80403c3a <__d_vfprintf+0x4ea>
80403c2a:	03078793          	add	a5,a5,48
80403c2e:	00f68923          	sb	a5,18(a3)
80403c32:	f2ed59e3          	bge	s10,a4,80403b64 <__d_vfprintf+0x414>
80403c36:	8d3a                	mv	s10,a4
80403c38:	b735                	j	80403b64 <__d_vfprintf+0x414>
80403c3a:	97b2                	add	a5,a5,a2
80403c3c:	0ff7f793          	zext.b	a5,a5
80403c40:	b7fd                	j	80403c2e <__d_vfprintf+0x4de>
80403c42:	4d19                	li	s10,6
80403c44:	bbf1                	j	80403a20 <__d_vfprintf+0x2d0>
80403c46:	06600793          	li	a5,102
80403c4a:	00fc9963          	bne	s9,a5,80403c5c <__d_vfprintf+0x50c>
80403c4e:	6789                	lui	a5,0x2
80403c50:	00fdedb3          	or	s11,s11,a5
80403c54:	4705                	li	a4,1
80403c56:	87ea                	mv	a5,s10
80403c58:	4645                	li	a2,17
80403c5a:	b3c5                	j	80403a3a <__d_vfprintf+0x2ea>
80403c5c:	0ffd7793          	zext.b	a5,s10
80403c60:	0ffd7613          	zext.b	a2,s10
80403c64:	e391                	bnez	a5,80403c68 <__d_vfprintf+0x518>
80403c66:	4605                	li	a2,1
80403c68:	4701                	li	a4,0
80403c6a:	4781                	li	a5,0
80403c6c:	06500c93          	li	s9,101
80403c70:	b3e9                	j	80403a3a <__d_vfprintf+0x2ea>
80403c72:	db05                	beqz	a4,80403ba2 <__d_vfprintf+0x452>
80403c74:	478d                	li	a5,3
80403c76:	0967d163          	bge	a5,s6,80403cf8 <__d_vfprintf+0x5a8>
80403c7a:	008afa93          	and	s5,s5,8
80403c7e:	ffdb0493          	add	s1,s6,-3
80403c82:	000a9f63          	bnez	s5,80403ca0 <__d_vfprintf+0x550>
80403c86:	94a2                	add	s1,s1,s0
80403c88:	4582                	lw	a1,0(sp)
80403c8a:	02000513          	li	a0,32
80403c8e:	0405                	add	s0,s0,1
80403c90:	9a02                	jalr	s4
80403c92:	b00540e3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403c96:	fe8499e3          	bne	s1,s0,80403c88 <__d_vfprintf+0x538>
80403c9a:	4481                	li	s1,0
80403c9c:	020d9f63          	bnez	s11,80403cda <__d_vfprintf+0x58a>
80403ca0:	02c14783          	lbu	a5,44(sp)
80403ca4:	8ba1                	and	a5,a5,8
80403ca6:	efad                	bnez	a5,80403d20 <__d_vfprintf+0x5d0>
80403ca8:	804069b7          	lui	s3,0x80406
80403cac:	01c98993          	add	s3,s3,28 # 8040601c <__clz_tab+0x100>
80403cb0:	8c22                	mv	s8,s0
80403cb2:	a8b1                	j	80403d0e <__d_vfprintf+0x5be>
80403cb4:	eb15                	bnez	a4,80403ce8 <__d_vfprintf+0x598>
80403cb6:	02b00713          	li	a4,43
80403cba:	b5e5                	j	80403ba2 <__d_vfprintf+0x452>
80403cbc:	eb0d                	bnez	a4,80403cee <__d_vfprintf+0x59e>
80403cbe:	02d00713          	li	a4,45
80403cc2:	b5c5                	j	80403ba2 <__d_vfprintf+0x452>
80403cc4:	02000d93          	li	s11,32
80403cc8:	4791                	li	a5,4
80403cca:	0367d563          	bge	a5,s6,80403cf4 <__d_vfprintf+0x5a4>
80403cce:	008afa93          	and	s5,s5,8
80403cd2:	ffcb0493          	add	s1,s6,-4
80403cd6:	fa0a88e3          	beqz	s5,80403c86 <__d_vfprintf+0x536>
80403cda:	4582                	lw	a1,0(sp)
80403cdc:	856e                	mv	a0,s11
80403cde:	0405                	add	s0,s0,1
80403ce0:	9a02                	jalr	s4
80403ce2:	fa055fe3          	bgez	a0,80403ca0 <__d_vfprintf+0x550>
80403ce6:	b475                	j	80403792 <__d_vfprintf+0x42>
80403ce8:	02b00d93          	li	s11,43
80403cec:	bff1                	j	80403cc8 <__d_vfprintf+0x578>
80403cee:	02d00d93          	li	s11,45
80403cf2:	bfd9                	j	80403cc8 <__d_vfprintf+0x578>
80403cf4:	4481                	li	s1,0
80403cf6:	b7d5                	j	80403cda <__d_vfprintf+0x58a>
80403cf8:	4481                	li	s1,0
80403cfa:	b75d                	j	80403ca0 <__d_vfprintf+0x550>
80403cfc:	4582                	lw	a1,0(sp)
80403cfe:	41250533          	sub	a0,a0,s2
80403d02:	0ff57513          	zext.b	a0,a0
80403d06:	0c05                	add	s8,s8,1
80403d08:	9a02                	jalr	s4
80403d0a:	a80544e3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403d0e:	408c07b3          	sub	a5,s8,s0
80403d12:	97ce                	add	a5,a5,s3
80403d14:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80403d18:	f175                	bnez	a0,80403cfc <__d_vfprintf+0x5ac>
80403d1a:	8462                	mv	s0,s8
80403d1c:	94e2                	add	s1,s1,s8
80403d1e:	a535                	j	8040434a <__d_vfprintf+0xbfa>
80403d20:	804069b7          	lui	s3,0x80406
80403d24:	02098993          	add	s3,s3,32 # 80406020 <__clz_tab+0x104>
80403d28:	b761                	j	80403cb0 <__d_vfprintf+0x560>
80403d2a:	1bfd                	add	s7,s7,-1
80403d2c:	0ffbfb93          	zext.b	s7,s7
80403d30:	000b8763          	beqz	s7,80403d3e <__d_vfprintf+0x5ee>
80403d34:	0047c603          	lbu	a2,4(a5)
80403d38:	17fd                	add	a5,a5,-1
80403d3a:	fed608e3          	beq	a2,a3,80403d2a <__d_vfprintf+0x5da>
80403d3e:	010af693          	and	a3,s5,16
80403d42:	87ea                	mv	a5,s10
80403d44:	e291                	bnez	a3,80403d48 <__d_vfprintf+0x5f8>
80403d46:	87de                	mv	a5,s7
80403d48:	56f1                	li	a3,-4
80403d4a:	0ed9cc63          	blt	s3,a3,80403e42 <__d_vfprintf+0x6f2>
80403d4e:	0fa9da63          	bge	s3,s10,80403e42 <__d_vfprintf+0x6f2>
80403d52:	6689                	lui	a3,0x2
80403d54:	00dae6b3          	or	a3,s5,a3
80403d58:	01069a93          	sll	s5,a3,0x10
80403d5c:	010ada93          	srl	s5,s5,0x10
80403d60:	4d01                	li	s10,0
80403d62:	00f9d663          	bge	s3,a5,80403d6e <__d_vfprintf+0x61e>
80403d66:	00198893          	add	a7,s3,1
80403d6a:	41178d33          	sub	s10,a5,a7
80403d6e:	6d89                	lui	s11,0x2
80403d70:	01bafdb3          	and	s11,s5,s11
80403d74:	0c0d8a63          	beqz	s11,80403e48 <__d_vfprintf+0x6f8>
80403d78:	87ce                	mv	a5,s3
80403d7a:	0009d363          	bgez	s3,80403d80 <__d_vfprintf+0x630>
80403d7e:	4781                	li	a5,0
80403d80:	0785                	add	a5,a5,1
80403d82:	c311                	beqz	a4,80403d86 <__d_vfprintf+0x636>
80403d84:	0785                	add	a5,a5,1
80403d86:	0c0d0963          	beqz	s10,80403e58 <__d_vfprintf+0x708>
80403d8a:	001d0693          	add	a3,s10,1
80403d8e:	97b6                	add	a5,a5,a3
80403d90:	4481                	li	s1,0
80403d92:	0167d463          	bge	a5,s6,80403d9a <__d_vfprintf+0x64a>
80403d96:	40fb04b3          	sub	s1,s6,a5
80403d9a:	009af793          	and	a5,s5,9
80403d9e:	e789                	bnez	a5,80403da8 <__d_vfprintf+0x658>
80403da0:	94a2                	add	s1,s1,s0
80403da2:	0c849063          	bne	s1,s0,80403e62 <__d_vfprintf+0x712>
80403da6:	4481                	li	s1,0
80403da8:	c719                	beqz	a4,80403db6 <__d_vfprintf+0x666>
80403daa:	4582                	lw	a1,0(sp)
80403dac:	853a                	mv	a0,a4
80403dae:	0405                	add	s0,s0,1
80403db0:	9a02                	jalr	s4
80403db2:	9e0540e3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403db6:	00bad793          	srl	a5,s5,0xb
80403dba:	8b85                	and	a5,a5,1
80403dbc:	c395                	beqz	a5,80403de0 <__d_vfprintf+0x690>
80403dbe:	4582                	lw	a1,0(sp)
80403dc0:	03000513          	li	a0,48
80403dc4:	9a02                	jalr	s4
80403dc6:	9c0546e3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403dca:	07800513          	li	a0,120
80403dce:	4582                	lw	a1,0(sp)
80403dd0:	41250533          	sub	a0,a0,s2
80403dd4:	0f857513          	and	a0,a0,248
80403dd8:	0409                	add	s0,s0,2
80403dda:	9a02                	jalr	s4
80403ddc:	9a054be3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403de0:	008af793          	and	a5,s5,8
80403de4:	e791                	bnez	a5,80403df0 <__d_vfprintf+0x6a0>
80403de6:	8b22                	mv	s6,s0
80403de8:	9426                	add	s0,s0,s1
80403dea:	09641663          	bne	s0,s6,80403e76 <__d_vfprintf+0x726>
80403dee:	4481                	li	s1,0
80403df0:	0c0d8f63          	beqz	s11,80403ece <__d_vfprintf+0x77e>
80403df4:	8cce                	mv	s9,s3
80403df6:	0009d363          	bgez	s3,80403dfc <__d_vfprintf+0x6ac>
80403dfa:	4c81                	li	s9,0
80403dfc:	41998db3          	sub	s11,s3,s9
80403e00:	41a00d33          	neg	s10,s10
80403e04:	5b7d                	li	s6,-1
80403e06:	03000513          	li	a0,48
80403e0a:	017df663          	bgeu	s11,s7,80403e16 <__d_vfprintf+0x6c6>
80403e0e:	103c                	add	a5,sp,40
80403e10:	97ee                	add	a5,a5,s11
80403e12:	0057c503          	lbu	a0,5(a5)
80403e16:	1cfd                	add	s9,s9,-1
80403e18:	00140c13          	add	s8,s0,1
80403e1c:	07acc563          	blt	s9,s10,80403e86 <__d_vfprintf+0x736>
80403e20:	4582                	lw	a1,0(sp)
80403e22:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80403e24:	9a02                	jalr	s4
80403e26:	960546e3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403e2a:	016c9a63          	bne	s9,s6,80403e3e <__d_vfprintf+0x6ee>
80403e2e:	4582                	lw	a1,0(sp)
80403e30:	02e00513          	li	a0,46
80403e34:	9a02                	jalr	s4
80403e36:	94054ee3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403e3a:	00240c13          	add	s8,s0,2
80403e3e:	8462                	mv	s0,s8
80403e40:	b7d9                	j	80403e06 <__d_vfprintf+0x6b6>
80403e42:	fff78d13          	add	s10,a5,-1
80403e46:	b725                	j	80403d6e <__d_vfprintf+0x61e>
80403e48:	00bad693          	srl	a3,s5,0xb
80403e4c:	8a85                	and	a3,a3,1
80403e4e:	478d                	li	a5,3
80403e50:	c291                	beqz	a3,80403e54 <__d_vfprintf+0x704>
80403e52:	4795                	li	a5,5
80403e54:	97e2                	add	a5,a5,s8
80403e56:	b735                	j	80403d82 <__d_vfprintf+0x632>
80403e58:	010af693          	and	a3,s5,16
80403e5c:	da95                	beqz	a3,80403d90 <__d_vfprintf+0x640>
80403e5e:	0785                	add	a5,a5,1
80403e60:	bf05                	j	80403d90 <__d_vfprintf+0x640>
80403e62:	4582                	lw	a1,0(sp)
80403e64:	02000513          	li	a0,32
80403e68:	c83a                	sw	a4,16(sp)
80403e6a:	9a02                	jalr	s4
80403e6c:	4742                	lw	a4,16(sp)
80403e6e:	0405                	add	s0,s0,1
80403e70:	f20559e3          	bgez	a0,80403da2 <__d_vfprintf+0x652>
80403e74:	ba39                	j	80403792 <__d_vfprintf+0x42>
80403e76:	4582                	lw	a1,0(sp)
80403e78:	03000513          	li	a0,48
80403e7c:	0b05                	add	s6,s6,1
80403e7e:	9a02                	jalr	s4
80403e80:	f60555e3          	bgez	a0,80403dea <__d_vfprintf+0x69a>
80403e84:	b239                	j	80403792 <__d_vfprintf+0x42>
80403e86:	033c9063          	bne	s9,s3,80403ea6 <__d_vfprintf+0x756>
80403e8a:	02d14703          	lbu	a4,45(sp)
80403e8e:	03500793          	li	a5,53
80403e92:	00e7e863          	bltu	a5,a4,80403ea2 <__d_vfprintf+0x752>
80403e96:	00f71863          	bne	a4,a5,80403ea6 <__d_vfprintf+0x756>
80403e9a:	02c14783          	lbu	a5,44(sp)
80403e9e:	8bc1                	and	a5,a5,16
80403ea0:	e399                	bnez	a5,80403ea6 <__d_vfprintf+0x756>
80403ea2:	03100513          	li	a0,49
80403ea6:	4582                	lw	a1,0(sp)
80403ea8:	9a02                	jalr	s4
80403eaa:	8e0544e3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403eae:	010afa93          	and	s5,s5,16
80403eb2:	e60a84e3          	beqz	s5,80403d1a <__d_vfprintf+0x5ca>
80403eb6:	57fd                	li	a5,-1
80403eb8:	e6fc91e3          	bne	s9,a5,80403d1a <__d_vfprintf+0x5ca>
80403ebc:	4582                	lw	a1,0(sp)
80403ebe:	00240c13          	add	s8,s0,2
80403ec2:	02e00513          	li	a0,46
80403ec6:	9a02                	jalr	s4
80403ec8:	e40559e3          	bgez	a0,80403d1a <__d_vfprintf+0x5ca>
80403ecc:	b0d9                	j	80403792 <__d_vfprintf+0x42>
80403ece:	02d14503          	lbu	a0,45(sp)
80403ed2:	03100793          	li	a5,49
80403ed6:	00f50763          	beq	a0,a5,80403ee4 <__d_vfprintf+0x794>
80403eda:	02c14783          	lbu	a5,44(sp)
80403ede:	9bbd                	and	a5,a5,-17
80403ee0:	02f10623          	sb	a5,44(sp)
80403ee4:	4582                	lw	a1,0(sp)
80403ee6:	9a02                	jalr	s4
80403ee8:	8a0545e3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403eec:	0da05a63          	blez	s10,80403fc0 <__d_vfprintf+0x870>
80403ef0:	4582                	lw	a1,0(sp)
80403ef2:	02e00513          	li	a0,46
80403ef6:	0409                	add	s0,s0,2
80403ef8:	9a02                	jalr	s4
80403efa:	88054ce3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403efe:	4a85                	li	s5,1
80403f00:	4785                	li	a5,1
80403f02:	0405                	add	s0,s0,1
80403f04:	03000513          	li	a0,48
80403f08:	017af863          	bgeu	s5,s7,80403f18 <__d_vfprintf+0x7c8>
80403f0c:	02078793          	add	a5,a5,32
80403f10:	1018                	add	a4,sp,32
80403f12:	97ba                	add	a5,a5,a4
80403f14:	fed7c503          	lbu	a0,-19(a5)
80403f18:	4582                	lw	a1,0(sp)
80403f1a:	9a02                	jalr	s4
80403f1c:	86054be3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403f20:	0a85                	add	s5,s5,1
80403f22:	0ffafa93          	zext.b	s5,s5
80403f26:	87d6                	mv	a5,s5
80403f28:	fd5d5de3          	bge	s10,s5,80403f02 <__d_vfprintf+0x7b2>
80403f2c:	4582                	lw	a1,0(sp)
80403f2e:	412c8533          	sub	a0,s9,s2
80403f32:	0ff57513          	zext.b	a0,a0
80403f36:	9a02                	jalr	s4
80403f38:	84054de3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403f3c:	0009ca63          	bltz	s3,80403f50 <__d_vfprintf+0x800>
80403f40:	02b00513          	li	a0,43
80403f44:	00099a63          	bnez	s3,80403f58 <__d_vfprintf+0x808>
80403f48:	02c14783          	lbu	a5,44(sp)
80403f4c:	8bc1                	and	a5,a5,16
80403f4e:	c789                	beqz	a5,80403f58 <__d_vfprintf+0x808>
80403f50:	413009b3          	neg	s3,s3
80403f54:	02d00513          	li	a0,45
80403f58:	4582                	lw	a1,0(sp)
80403f5a:	9a02                	jalr	s4
80403f5c:	82054be3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403f60:	4791                	li	a5,4
80403f62:	06fc1e63          	bne	s8,a5,80403fde <__d_vfprintf+0x88e>
80403f66:	3e800913          	li	s2,1000
80403f6a:	0329c533          	div	a0,s3,s2
80403f6e:	4582                	lw	a1,0(sp)
80403f70:	040d                	add	s0,s0,3
80403f72:	03050513          	add	a0,a0,48
80403f76:	0ff57513          	zext.b	a0,a0
80403f7a:	9a02                	jalr	s4
80403f7c:	80054be3          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403f80:	0329e9b3          	rem	s3,s3,s2
80403f84:	06400913          	li	s2,100
80403f88:	4582                	lw	a1,0(sp)
80403f8a:	0405                	add	s0,s0,1
80403f8c:	0329c533          	div	a0,s3,s2
80403f90:	03050513          	add	a0,a0,48
80403f94:	0ff57513          	zext.b	a0,a0
80403f98:	9a02                	jalr	s4
80403f9a:	fe054c63          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403f9e:	0329e9b3          	rem	s3,s3,s2
80403fa2:	4929                	li	s2,10
80403fa4:	4582                	lw	a1,0(sp)
80403fa6:	0405                	add	s0,s0,1
80403fa8:	0329c533          	div	a0,s3,s2
80403fac:	03050513          	add	a0,a0,48
80403fb0:	0ff57513          	zext.b	a0,a0
80403fb4:	9a02                	jalr	s4
80403fb6:	fc054e63          	bltz	a0,80403792 <__d_vfprintf+0x42>
80403fba:	0329e9b3          	rem	s3,s3,s2
80403fbe:	a03d                	j	80403fec <__d_vfprintf+0x89c>
80403fc0:	010afa93          	and	s5,s5,16
80403fc4:	000a9463          	bnez	s5,80403fcc <__d_vfprintf+0x87c>
80403fc8:	0405                	add	s0,s0,1
80403fca:	b78d                	j	80403f2c <__d_vfprintf+0x7dc>
80403fcc:	4582                	lw	a1,0(sp)
80403fce:	02e00513          	li	a0,46
80403fd2:	0409                	add	s0,s0,2
80403fd4:	9a02                	jalr	s4
80403fd6:	f4055be3          	bgez	a0,80403f2c <__d_vfprintf+0x7dc>
80403fda:	fb8ff06f          	j	80403792 <__d_vfprintf+0x42>
80403fde:	478d                	li	a5,3
80403fe0:	0409                	add	s0,s0,2
80403fe2:	fafc01e3          	beq	s8,a5,80403f84 <__d_vfprintf+0x834>
80403fe6:	4785                	li	a5,1
80403fe8:	fafc1de3          	bne	s8,a5,80403fa2 <__d_vfprintf+0x852>
80403fec:	03098513          	add	a0,s3,48
80403ff0:	4582                	lw	a1,0(sp)
80403ff2:	00140c13          	add	s8,s0,1
80403ff6:	0ff57513          	zext.b	a0,a0
80403ffa:	b5f1                	j	80403ec6 <__d_vfprintf+0x776>
80403ffc:	f9d90793          	add	a5,s2,-99
80404000:	0ff7f793          	zext.b	a5,a5
80404004:	4749                	li	a4,18
80404006:	20f76363          	bltu	a4,a5,8040420c <__d_vfprintf+0xabc>
8040400a:	80406737          	lui	a4,0x80406
8040400e:	078a                	sll	a5,a5,0x2
80404010:	b9470713          	add	a4,a4,-1132 # 80405b94 <ops+0x50>
80404014:	97ba                	add	a5,a5,a4
80404016:	439c                	lw	a5,0(a5)
80404018:	8782                	jr	a5
8040401a:	5792                	lw	a5,36(sp)
8040401c:	4485                	li	s1,1
8040401e:	02810993          	add	s3,sp,40
80404022:	00478713          	add	a4,a5,4
80404026:	439c                	lw	a5,0(a5)
80404028:	d23a                	sw	a4,36(sp)
8040402a:	02f10423          	sb	a5,40(sp)
8040402e:	008df813          	and	a6,s11,8
80404032:	06080063          	beqz	a6,80404092 <__d_vfprintf+0x942>
80404036:	4901                	li	s2,0
80404038:	05249f63          	bne	s1,s2,80404096 <__d_vfprintf+0x946>
8040403c:	00940c33          	add	s8,s0,s1
80404040:	409b04b3          	sub	s1,s6,s1
80404044:	b9d9                	j	80403d1a <__d_vfprintf+0x5ca>
80404046:	5792                	lw	a5,36(sp)
80404048:	00478713          	add	a4,a5,4
8040404c:	d23a                	sw	a4,36(sp)
8040404e:	0007a983          	lw	s3,0(a5)
80404052:	00099663          	bnez	s3,8040405e <__d_vfprintf+0x90e>
80404056:	804069b7          	lui	s3,0x80406
8040405a:	02498993          	add	s3,s3,36 # 80406024 <__clz_tab+0x108>
8040405e:	040df793          	and	a5,s11,64
80404062:	55fd                	li	a1,-1
80404064:	c391                	beqz	a5,80404068 <__d_vfprintf+0x918>
80404066:	85ea                	mv	a1,s10
80404068:	854e                	mv	a0,s3
8040406a:	00001097          	auipc	ra,0x1
8040406e:	da0080e7          	jalr	-608(ra) # 80404e0a <strnlen>
80404072:	84aa                	mv	s1,a0
80404074:	bf6d                	j	8040402e <__d_vfprintf+0x8de>
80404076:	4582                	lw	a1,0(sp)
80404078:	02000513          	li	a0,32
8040407c:	9a02                	jalr	s4
8040407e:	f0054a63          	bltz	a0,80403792 <__d_vfprintf+0x42>
80404082:	197d                	add	s2,s2,-1
80404084:	ff24e9e3          	bltu	s1,s2,80404076 <__d_vfprintf+0x926>
80404088:	945a                	add	s0,s0,s6
8040408a:	41240433          	sub	s0,s0,s2
8040408e:	8b4a                	mv	s6,s2
80404090:	b75d                	j	80404036 <__d_vfprintf+0x8e6>
80404092:	895a                	mv	s2,s6
80404094:	bfc5                	j	80404084 <__d_vfprintf+0x934>
80404096:	012987b3          	add	a5,s3,s2
8040409a:	4582                	lw	a1,0(sp)
8040409c:	0007c503          	lbu	a0,0(a5)
804040a0:	0905                	add	s2,s2,1
804040a2:	9a02                	jalr	s4
804040a4:	f8055ae3          	bgez	a0,80404038 <__d_vfprintf+0x8e8>
804040a8:	eeaff06f          	j	80403792 <__d_vfprintf+0x42>
804040ac:	080df713          	and	a4,s11,128
804040b0:	5792                	lw	a5,36(sp)
804040b2:	cf59                	beqz	a4,80404150 <__d_vfprintf+0xa00>
804040b4:	200df713          	and	a4,s11,512
804040b8:	c749                	beqz	a4,80404142 <__d_vfprintf+0x9f2>
804040ba:	079d                	add	a5,a5,7
804040bc:	9be1                	and	a5,a5,-8
804040be:	4388                	lw	a0,0(a5)
804040c0:	43cc                	lw	a1,4(a5)
804040c2:	00878713          	add	a4,a5,8
804040c6:	d23a                	sw	a4,36(sp)
804040c8:	fefdf993          	and	s3,s11,-17
804040cc:	09c2                	sll	s3,s3,0x10
804040ce:	0109d993          	srl	s3,s3,0x10
804040d2:	0805df63          	bgez	a1,80404170 <__d_vfprintf+0xa20>
804040d6:	00a037b3          	snez	a5,a0
804040da:	40b005b3          	neg	a1,a1
804040de:	8d9d                	sub	a1,a1,a5
804040e0:	40a00533          	neg	a0,a0
804040e4:	4009e993          	or	s3,s3,1024
804040e8:	02810a93          	add	s5,sp,40
804040ec:	46a9                	li	a3,10
804040ee:	8656                	mv	a2,s5
804040f0:	fffff097          	auipc	ra,0xfffff
804040f4:	44c080e7          	jalr	1100(ra) # 8040353c <__ultoa_invert>
804040f8:	0409f793          	and	a5,s3,64
804040fc:	41550ab3          	sub	s5,a0,s5
80404100:	c7f5                	beqz	a5,804041ec <__d_vfprintf+0xa9c>
80404102:	ffe9f793          	and	a5,s3,-2
80404106:	07c2                	sll	a5,a5,0x10
80404108:	83c1                	srl	a5,a5,0x10
8040410a:	19aad563          	bge	s5,s10,80404294 <__d_vfprintf+0xb44>
8040410e:	16090c63          	beqz	s2,80404286 <__d_vfprintf+0xb36>
80404112:	0109fc13          	and	s8,s3,16
80404116:	84ea                	mv	s1,s10
80404118:	89be                	mv	s3,a5
8040411a:	060c0a63          	beqz	s8,8040418e <__d_vfprintf+0xa3e>
8040411e:	0489                	add	s1,s1,2
80404120:	0089f793          	and	a5,s3,8
80404124:	18079a63          	bnez	a5,804042b8 <__d_vfprintf+0xb68>
80404128:	0019f793          	and	a5,s3,1
8040412c:	cb89                	beqz	a5,8040413e <__d_vfprintf+0x9ee>
8040412e:	8d56                	mv	s10,s5
80404130:	0164d763          	bge	s1,s6,8040413e <__d_vfprintf+0x9ee>
80404134:	409b04b3          	sub	s1,s6,s1
80404138:	01548d33          	add	s10,s1,s5
8040413c:	84da                	mv	s1,s6
8040413e:	8ba6                	mv	s7,s1
80404140:	a2ad                	j	804042aa <__d_vfprintf+0xb5a>
80404142:	4388                	lw	a0,0(a5)
80404144:	00478713          	add	a4,a5,4
80404148:	d23a                	sw	a4,36(sp)
8040414a:	41f55593          	sra	a1,a0,0x1f
8040414e:	bfad                	j	804040c8 <__d_vfprintf+0x978>
80404150:	00478713          	add	a4,a5,4
80404154:	4388                	lw	a0,0(a5)
80404156:	d23a                	sw	a4,36(sp)
80404158:	100df793          	and	a5,s11,256
8040415c:	d7fd                	beqz	a5,8040414a <__d_vfprintf+0x9fa>
8040415e:	200df793          	and	a5,s11,512
80404162:	c781                	beqz	a5,8040416a <__d_vfprintf+0xa1a>
80404164:	0562                	sll	a0,a0,0x18
80404166:	8561                	sra	a0,a0,0x18
80404168:	b7cd                	j	8040414a <__d_vfprintf+0x9fa>
8040416a:	0542                	sll	a0,a0,0x10
8040416c:	8541                	sra	a0,a0,0x10
8040416e:	bff1                	j	8040414a <__d_vfprintf+0x9fa>
80404170:	00b567b3          	or	a5,a0,a1
80404174:	fbb5                	bnez	a5,804040e8 <__d_vfprintf+0x998>
80404176:	040df793          	and	a5,s11,64
8040417a:	d7bd                	beqz	a5,804040e8 <__d_vfprintf+0x998>
8040417c:	f60d16e3          	bnez	s10,804040e8 <__d_vfprintf+0x998>
80404180:	feedf993          	and	s3,s11,-18
80404184:	09c2                	sll	s3,s3,0x10
80404186:	0109d993          	srl	s3,s3,0x10
8040418a:	4a81                	li	s5,0
8040418c:	4481                	li	s1,0
8040418e:	4069fc13          	and	s8,s3,1030
80404192:	f80c07e3          	beqz	s8,80404120 <__d_vfprintf+0x9d0>
80404196:	0485                	add	s1,s1,1
80404198:	4c01                	li	s8,0
8040419a:	b759                	j	80404120 <__d_vfprintf+0x9d0>
8040419c:	fefdf813          	and	a6,s11,-17
804041a0:	01081d93          	sll	s11,a6,0x10
804041a4:	010ddd93          	srl	s11,s11,0x10
804041a8:	46a9                	li	a3,10
804041aa:	080df713          	and	a4,s11,128
804041ae:	5792                	lw	a5,36(sp)
804041b0:	c355                	beqz	a4,80404254 <__d_vfprintf+0xb04>
804041b2:	200df713          	and	a4,s11,512
804041b6:	cb49                	beqz	a4,80404248 <__d_vfprintf+0xaf8>
804041b8:	079d                	add	a5,a5,7
804041ba:	9be1                	and	a5,a5,-8
804041bc:	4388                	lw	a0,0(a5)
804041be:	43cc                	lw	a1,4(a5)
804041c0:	00878713          	add	a4,a5,8
804041c4:	d23a                	sw	a4,36(sp)
804041c6:	00b567b3          	or	a5,a0,a1
804041ca:	e7cd                	bnez	a5,80404274 <__d_vfprintf+0xb24>
804041cc:	fe9df993          	and	s3,s11,-23
804041d0:	09c2                	sll	s3,s3,0x10
804041d2:	040df793          	and	a5,s11,64
804041d6:	0109d993          	srl	s3,s3,0x10
804041da:	c3dd                	beqz	a5,80404280 <__d_vfprintf+0xb30>
804041dc:	0a0d1263          	bnez	s10,80404280 <__d_vfprintf+0xb30>
804041e0:	fe8df993          	and	s3,s11,-24
804041e4:	09c2                	sll	s3,s3,0x10
804041e6:	0109d993          	srl	s3,s3,0x10
804041ea:	4a81                	li	s5,0
804041ec:	0109fc13          	and	s8,s3,16
804041f0:	0a0c0463          	beqz	s8,80404298 <__d_vfprintf+0xb48>
804041f4:	001a8493          	add	s1,s5,1
804041f8:	f20904e3          	beqz	s2,80404120 <__d_vfprintf+0x9d0>
804041fc:	84d6                	mv	s1,s5
804041fe:	b705                	j	8040411e <__d_vfprintf+0x9ce>
80404200:	010ded93          	or	s11,s11,16
80404204:	46c1                	li	a3,16
80404206:	07800913          	li	s2,120
8040420a:	b745                	j	804041aa <__d_vfprintf+0xa5a>
8040420c:	07800793          	li	a5,120
80404210:	00fc9a63          	bne	s9,a5,80404224 <__d_vfprintf+0xad4>
80404214:	05800793          	li	a5,88
80404218:	46c1                	li	a3,16
8040421a:	f8f918e3          	bne	s2,a5,804041aa <__d_vfprintf+0xa5a>
8040421e:	21000693          	li	a3,528
80404222:	b761                	j	804041aa <__d_vfprintf+0xa5a>
80404224:	4582                	lw	a1,0(sp)
80404226:	02500513          	li	a0,37
8040422a:	9a02                	jalr	s4
8040422c:	d6054363          	bltz	a0,80403792 <__d_vfprintf+0x42>
80404230:	4582                	lw	a1,0(sp)
80404232:	854a                	mv	a0,s2
80404234:	9a02                	jalr	s4
80404236:	d4054e63          	bltz	a0,80403792 <__d_vfprintf+0x42>
8040423a:	0409                	add	s0,s0,2
8040423c:	4792                	lw	a5,4(sp)
8040423e:	d34ff06f          	j	80403772 <__d_vfprintf+0x22>
80404242:	46a1                	li	a3,8
80404244:	4901                	li	s2,0
80404246:	b795                	j	804041aa <__d_vfprintf+0xa5a>
80404248:	4388                	lw	a0,0(a5)
8040424a:	00478713          	add	a4,a5,4
8040424e:	d23a                	sw	a4,36(sp)
80404250:	4581                	li	a1,0
80404252:	bf95                	j	804041c6 <__d_vfprintf+0xa76>
80404254:	00478713          	add	a4,a5,4
80404258:	4388                	lw	a0,0(a5)
8040425a:	d23a                	sw	a4,36(sp)
8040425c:	100df793          	and	a5,s11,256
80404260:	dbe5                	beqz	a5,80404250 <__d_vfprintf+0xb00>
80404262:	200df793          	and	a5,s11,512
80404266:	c781                	beqz	a5,8040426e <__d_vfprintf+0xb1e>
80404268:	0ff57513          	zext.b	a0,a0
8040426c:	b7d5                	j	80404250 <__d_vfprintf+0xb00>
8040426e:	0542                	sll	a0,a0,0x10
80404270:	8141                	srl	a0,a0,0x10
80404272:	bff9                	j	80404250 <__d_vfprintf+0xb00>
80404274:	ff9df813          	and	a6,s11,-7
80404278:	01081993          	sll	s3,a6,0x10
8040427c:	0109d993          	srl	s3,s3,0x10
80404280:	02810a93          	add	s5,sp,40
80404284:	b5ad                	j	804040ee <__d_vfprintf+0x99e>
80404286:	fee9f993          	and	s3,s3,-18
8040428a:	09c2                	sll	s3,s3,0x10
8040428c:	0109d993          	srl	s3,s3,0x10
80404290:	84ea                	mv	s1,s10
80404292:	bdf5                	j	8040418e <__d_vfprintf+0xa3e>
80404294:	89be                	mv	s3,a5
80404296:	bf99                	j	804041ec <__d_vfprintf+0xa9c>
80404298:	84d6                	mv	s1,s5
8040429a:	bdd5                	j	8040418e <__d_vfprintf+0xa3e>
8040429c:	4582                	lw	a1,0(sp)
8040429e:	02000513          	li	a0,32
804042a2:	9a02                	jalr	s4
804042a4:	ce054763          	bltz	a0,80403792 <__d_vfprintf+0x42>
804042a8:	0b85                	add	s7,s7,1
804042aa:	ff6bc9e3          	blt	s7,s6,8040429c <__d_vfprintf+0xb4c>
804042ae:	409404b3          	sub	s1,s0,s1
804042b2:	01748433          	add	s0,s1,s7
804042b6:	84de                	mv	s1,s7
804042b8:	020c0363          	beqz	s8,804042de <__d_vfprintf+0xb8e>
804042bc:	4582                	lw	a1,0(sp)
804042be:	03000513          	li	a0,48
804042c2:	9a02                	jalr	s4
804042c4:	cc054763          	bltz	a0,80403792 <__d_vfprintf+0x42>
804042c8:	04090d63          	beqz	s2,80404322 <__d_vfprintf+0xbd2>
804042cc:	4582                	lw	a1,0(sp)
804042ce:	0409                	add	s0,s0,2
804042d0:	854a                	mv	a0,s2
804042d2:	9a02                	jalr	s4
804042d4:	ca054f63          	bltz	a0,80403792 <__d_vfprintf+0x42>
804042d8:	8c22                	mv	s8,s0
804042da:	9d22                	add	s10,s10,s0
804042dc:	a81d                	j	80404312 <__d_vfprintf+0xbc2>
804042de:	4069f793          	and	a5,s3,1030
804042e2:	dbfd                	beqz	a5,804042d8 <__d_vfprintf+0xb88>
804042e4:	0029f793          	and	a5,s3,2
804042e8:	02000513          	li	a0,32
804042ec:	c399                	beqz	a5,804042f2 <__d_vfprintf+0xba2>
804042ee:	02b00513          	li	a0,43
804042f2:	4009f993          	and	s3,s3,1024
804042f6:	00098463          	beqz	s3,804042fe <__d_vfprintf+0xbae>
804042fa:	02d00513          	li	a0,45
804042fe:	4582                	lw	a1,0(sp)
80404300:	0405                	add	s0,s0,1
80404302:	bfc1                	j	804042d2 <__d_vfprintf+0xb82>
80404304:	4582                	lw	a1,0(sp)
80404306:	03000513          	li	a0,48
8040430a:	0c05                	add	s8,s8,1
8040430c:	9a02                	jalr	s4
8040430e:	c8054263          	bltz	a0,80403792 <__d_vfprintf+0x42>
80404312:	418d07b3          	sub	a5,s10,s8
80404316:	fefac7e3          	blt	s5,a5,80404304 <__d_vfprintf+0xbb4>
8040431a:	8456                	mv	s0,s5
8040431c:	e409                	bnez	s0,80404326 <__d_vfprintf+0xbd6>
8040431e:	9c56                	add	s8,s8,s5
80404320:	b305                	j	80404040 <__d_vfprintf+0x8f0>
80404322:	0405                	add	s0,s0,1
80404324:	bf55                	j	804042d8 <__d_vfprintf+0xb88>
80404326:	147d                	add	s0,s0,-1
80404328:	103c                	add	a5,sp,40
8040432a:	97a2                	add	a5,a5,s0
8040432c:	4582                	lw	a1,0(sp)
8040432e:	0007c503          	lbu	a0,0(a5)
80404332:	9a02                	jalr	s4
80404334:	fe0554e3          	bgez	a0,8040431c <__d_vfprintf+0xbcc>
80404338:	c5aff06f          	j	80403792 <__d_vfprintf+0x42>
8040433c:	4582                	lw	a1,0(sp)
8040433e:	02000513          	li	a0,32
80404342:	0405                	add	s0,s0,1
80404344:	9a02                	jalr	s4
80404346:	c4054663          	bltz	a0,80403792 <__d_vfprintf+0x42>
8040434a:	408487b3          	sub	a5,s1,s0
8040434e:	fef047e3          	bgtz	a5,8040433c <__d_vfprintf+0xbec>
80404352:	b5ed                	j	8040423c <__d_vfprintf+0xaec>

80404354 <mulShiftAll64>:
80404354:	fffff317          	auipc	t1,0xfffff
80404358:	124302e7          	jalr	t0,292(t1) # 80403478 <__riscv_save_10>
8040435c:	84b2                	mv	s1,a2
8040435e:	00159913          	sll	s2,a1,0x1
80404362:	4210                	lw	a2,0(a2)
80404364:	8ab6                	mv	s5,a3
80404366:	89be                	mv	s3,a5
80404368:	40d4                	lw	a3,4(s1)
8040436a:	01f55793          	srl	a5,a0,0x1f
8040436e:	1141                	add	sp,sp,-16
80404370:	0127e933          	or	s2,a5,s2
80404374:	00151413          	sll	s0,a0,0x1
80404378:	8522                	mv	a0,s0
8040437a:	85ca                	mv	a1,s2
8040437c:	8bba                	mv	s7,a4
8040437e:	870a                	mv	a4,sp
80404380:	8b42                	mv	s6,a6
80404382:	00001097          	auipc	ra,0x1
80404386:	9fc080e7          	jalr	-1540(ra) # 80404d7e <__umul128>
8040438a:	44d4                	lw	a3,12(s1)
8040438c:	4490                	lw	a2,8(s1)
8040438e:	0038                	add	a4,sp,8
80404390:	8caa                	mv	s9,a0
80404392:	8c2e                	mv	s8,a1
80404394:	8522                	mv	a0,s0
80404396:	85ca                	mv	a1,s2
80404398:	00001097          	auipc	ra,0x1
8040439c:	9e6080e7          	jalr	-1562(ra) # 80404d7e <__umul128>
804043a0:	4682                	lw	a3,0(sp)
804043a2:	4712                	lw	a4,4(sp)
804043a4:	4785                	li	a5,1
804043a6:	00d50933          	add	s2,a0,a3
804043aa:	00a93533          	sltu	a0,s2,a0
804043ae:	95ba                	add	a1,a1,a4
804043b0:	00b50433          	add	s0,a0,a1
804043b4:	00e46763          	bltu	s0,a4,804043c2 <mulShiftAll64+0x6e>
804043b8:	00871463          	bne	a4,s0,804043c0 <mulShiftAll64+0x6c>
804043bc:	00d96363          	bltu	s2,a3,804043c2 <mulShiftAll64+0x6e>
804043c0:	4781                	li	a5,0
804043c2:	4622                	lw	a2,8(sp)
804043c4:	4732                	lw	a4,12(sp)
804043c6:	963e                	add	a2,a2,a5
804043c8:	00f637b3          	sltu	a5,a2,a5
804043cc:	00e786b3          	add	a3,a5,a4
804043d0:	4098                	lw	a4,0(s1)
804043d2:	40dc                	lw	a5,4(s1)
804043d4:	c432                	sw	a2,8(sp)
804043d6:	9766                	add	a4,a4,s9
804043d8:	97e2                	add	a5,a5,s8
804043da:	019735b3          	sltu	a1,a4,s9
804043de:	95be                	add	a1,a1,a5
804043e0:	c636                	sw	a3,12(sp)
804043e2:	4785                	li	a5,1
804043e4:	0185e763          	bltu	a1,s8,804043f2 <mulShiftAll64+0x9e>
804043e8:	00bc1463          	bne	s8,a1,804043f0 <mulShiftAll64+0x9c>
804043ec:	01976363          	bltu	a4,s9,804043f2 <mulShiftAll64+0x9e>
804043f0:	4781                	li	a5,0
804043f2:	4498                	lw	a4,8(s1)
804043f4:	44c8                	lw	a0,12(s1)
804043f6:	fbfa8a13          	add	s4,s5,-65
804043fa:	974a                	add	a4,a4,s2
804043fc:	9522                	add	a0,a0,s0
804043fe:	012735b3          	sltu	a1,a4,s2
80404402:	95aa                	add	a1,a1,a0
80404404:	00e78533          	add	a0,a5,a4
80404408:	00f537b3          	sltu	a5,a0,a5
8040440c:	95be                	add	a1,a1,a5
8040440e:	4785                	li	a5,1
80404410:	0085e763          	bltu	a1,s0,8040441e <mulShiftAll64+0xca>
80404414:	00b41463          	bne	s0,a1,8040441c <mulShiftAll64+0xc8>
80404418:	01256363          	bltu	a0,s2,8040441e <mulShiftAll64+0xca>
8040441c:	4781                	li	a5,0
8040441e:	963e                	add	a2,a2,a5
80404420:	00f637b3          	sltu	a5,a2,a5
80404424:	8752                	mv	a4,s4
80404426:	96be                	add	a3,a3,a5
80404428:	00001097          	auipc	ra,0x1
8040442c:	9a2080e7          	jalr	-1630(ra) # 80404dca <__shiftright128>
80404430:	00aba023          	sw	a0,0(s7)
80404434:	00bba223          	sw	a1,4(s7)
80404438:	4785                	li	a5,1
8040443a:	48a2                	lw	a7,8(sp)
8040443c:	4832                	lw	a6,12(sp)
8040443e:	40cc                	lw	a1,4(s1)
80404440:	4488                	lw	a0,8(s1)
80404442:	44d8                	lw	a4,12(s1)
80404444:	06fb1d63          	bne	s6,a5,804044be <mulShiftAll64+0x16a>
80404448:	40a906b3          	sub	a3,s2,a0
8040444c:	00d93633          	sltu	a2,s2,a3
80404450:	40e407b3          	sub	a5,s0,a4
80404454:	8f91                	sub	a5,a5,a2
80404456:	4505                	li	a0,1
80404458:	00bc6863          	bltu	s8,a1,80404468 <mulShiftAll64+0x114>
8040445c:	01859563          	bne	a1,s8,80404466 <mulShiftAll64+0x112>
80404460:	4098                	lw	a4,0(s1)
80404462:	00ece363          	bltu	s9,a4,80404468 <mulShiftAll64+0x114>
80404466:	4501                	li	a0,0
80404468:	40a68533          	sub	a0,a3,a0
8040446c:	00a6b6b3          	sltu	a3,a3,a0
80404470:	40d785b3          	sub	a1,a5,a3
80404474:	4605                	li	a2,1
80404476:	00b46763          	bltu	s0,a1,80404484 <mulShiftAll64+0x130>
8040447a:	00859463          	bne	a1,s0,80404482 <mulShiftAll64+0x12e>
8040447e:	00a96363          	bltu	s2,a0,80404484 <mulShiftAll64+0x130>
80404482:	4601                	li	a2,0
80404484:	40c88633          	sub	a2,a7,a2
80404488:	00c8b6b3          	sltu	a3,a7,a2
8040448c:	8752                	mv	a4,s4
8040448e:	40d806b3          	sub	a3,a6,a3
80404492:	00001097          	auipc	ra,0x1
80404496:	938080e7          	jalr	-1736(ra) # 80404dca <__shiftright128>
8040449a:	4622                	lw	a2,8(sp)
8040449c:	46b2                	lw	a3,12(sp)
8040449e:	00a9a023          	sw	a0,0(s3)
804044a2:	00b9a223          	sw	a1,4(s3)
804044a6:	8752                	mv	a4,s4
804044a8:	854a                	mv	a0,s2
804044aa:	85a2                	mv	a1,s0
804044ac:	00001097          	auipc	ra,0x1
804044b0:	91e080e7          	jalr	-1762(ra) # 80404dca <__shiftright128>
804044b4:	0141                	add	sp,sp,16
804044b6:	fffff317          	auipc	t1,0xfffff
804044ba:	ffa30067          	jr	-6(t1) # 804034b0 <__riscv_restore_10>
804044be:	01fcd793          	srl	a5,s9,0x1f
804044c2:	001c1613          	sll	a2,s8,0x1
804044c6:	8e5d                	or	a2,a2,a5
804044c8:	01f95693          	srl	a3,s2,0x1f
804044cc:	00141793          	sll	a5,s0,0x1
804044d0:	001c9e93          	sll	t4,s9,0x1
804044d4:	8fd5                	or	a5,a5,a3
804044d6:	00191313          	sll	t1,s2,0x1
804044da:	4e05                	li	t3,1
804044dc:	01866763          	bltu	a2,s8,804044ea <mulShiftAll64+0x196>
804044e0:	00cc1463          	bne	s8,a2,804044e8 <mulShiftAll64+0x194>
804044e4:	019ee363          	bltu	t4,s9,804044ea <mulShiftAll64+0x196>
804044e8:	4e01                	li	t3,0
804044ea:	9e1a                	add	t3,t3,t1
804044ec:	006e3333          	sltu	t1,t3,t1
804044f0:	933e                	add	t1,t1,a5
804044f2:	4785                	li	a5,1
804044f4:	00b66863          	bltu	a2,a1,80404504 <mulShiftAll64+0x1b0>
804044f8:	00c59563          	bne	a1,a2,80404502 <mulShiftAll64+0x1ae>
804044fc:	4094                	lw	a3,0(s1)
804044fe:	00dee363          	bltu	t4,a3,80404504 <mulShiftAll64+0x1b0>
80404502:	4781                	li	a5,0
80404504:	40fe07b3          	sub	a5,t3,a5
80404508:	00fe35b3          	sltu	a1,t3,a5
8040450c:	40b305b3          	sub	a1,t1,a1
80404510:	40a78533          	sub	a0,a5,a0
80404514:	00a7b7b3          	sltu	a5,a5,a0
80404518:	8d99                	sub	a1,a1,a4
8040451a:	01f8d693          	srl	a3,a7,0x1f
8040451e:	8d9d                	sub	a1,a1,a5
80404520:	00181793          	sll	a5,a6,0x1
80404524:	8fd5                	or	a5,a5,a3
80404526:	fc0a8713          	add	a4,s5,-64
8040452a:	0886                	sll	a7,a7,0x1
8040452c:	4685                	li	a3,1
8040452e:	00836763          	bltu	t1,s0,8040453c <mulShiftAll64+0x1e8>
80404532:	00641463          	bne	s0,t1,8040453a <mulShiftAll64+0x1e6>
80404536:	012e6363          	bltu	t3,s2,8040453c <mulShiftAll64+0x1e8>
8040453a:	4681                	li	a3,0
8040453c:	96c6                	add	a3,a3,a7
8040453e:	0116b8b3          	sltu	a7,a3,a7
80404542:	98be                	add	a7,a7,a5
80404544:	4605                	li	a2,1
80404546:	00b36763          	bltu	t1,a1,80404554 <mulShiftAll64+0x200>
8040454a:	00659463          	bne	a1,t1,80404552 <mulShiftAll64+0x1fe>
8040454e:	00ae6363          	bltu	t3,a0,80404554 <mulShiftAll64+0x200>
80404552:	4601                	li	a2,0
80404554:	40c68633          	sub	a2,a3,a2
80404558:	00c6b6b3          	sltu	a3,a3,a2
8040455c:	40d886b3          	sub	a3,a7,a3
80404560:	bf0d                	j	80404492 <mulShiftAll64+0x13e>

80404562 <div10>:
80404562:	fffff317          	auipc	t1,0xfffff
80404566:	f3e302e7          	jalr	t0,-194(t1) # 804034a0 <__riscv_save_0>
8040456a:	804067b7          	lui	a5,0x80406
8040456e:	0387a603          	lw	a2,56(a5) # 80406038 <stdout+0x4>
80404572:	03c7a683          	lw	a3,60(a5)
80404576:	1141                	add	sp,sp,-16
80404578:	0038                	add	a4,sp,8
8040457a:	00001097          	auipc	ra,0x1
8040457e:	804080e7          	jalr	-2044(ra) # 80404d7e <__umul128>
80404582:	45b2                	lw	a1,12(sp)
80404584:	47a2                	lw	a5,8(sp)
80404586:	01d59513          	sll	a0,a1,0x1d
8040458a:	838d                	srl	a5,a5,0x3
8040458c:	8d5d                	or	a0,a0,a5
8040458e:	818d                	srl	a1,a1,0x3
80404590:	0141                	add	sp,sp,16
80404592:	fffff317          	auipc	t1,0xfffff
80404596:	f3230067          	jr	-206(t1) # 804034c4 <__riscv_restore_0>

8040459a <__dtoa_engine>:
8040459a:	fffff317          	auipc	t1,0xfffff
8040459e:	ed6302e7          	jalr	t0,-298(t1) # 80403470 <__riscv_save_12>
804045a2:	715d                	add	sp,sp,-80
804045a4:	8bb6                	mv	s7,a3
804045a6:	001006b7          	lui	a3,0x100
804045aa:	c43a                	sw	a4,8(sp)
804045ac:	c63e                	sw	a5,12(sp)
804045ae:	01f5d713          	srl	a4,a1,0x1f
804045b2:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
804045b6:	0145d793          	srl	a5,a1,0x14
804045ba:	00bdfdb3          	and	s11,s11,a1
804045be:	c03a                	sw	a4,0(sp)
804045c0:	7ff7f413          	and	s0,a5,2047
804045c4:	84aa                	mv	s1,a0
804045c6:	8ab2                	mv	s5,a2
804045c8:	00ade733          	or	a4,s11,a0
804045cc:	e415                	bnez	s0,804045f8 <__dtoa_engine+0x5e>
804045ce:	e721                	bnez	a4,80404616 <__dtoa_engine+0x7c>
804045d0:	03000793          	li	a5,48
804045d4:	00f602a3          	sb	a5,5(a2)
804045d8:	4782                	lw	a5,0(sp)
804045da:	00060323          	sb	zero,6(a2)
804045de:	00062023          	sw	zero,0(a2)
804045e2:	0027e993          	or	s3,a5,2
804045e6:	01360223          	sb	s3,4(a2)
804045ea:	4405                	li	s0,1
804045ec:	8522                	mv	a0,s0
804045ee:	6161                	add	sp,sp,80
804045f0:	fffff317          	auipc	t1,0xfffff
804045f4:	ebc30067          	jr	-324(t1) # 804034ac <__riscv_restore_12>
804045f8:	7ff00613          	li	a2,2047
804045fc:	0ac41d63          	bne	s0,a2,804046b6 <__dtoa_engine+0x11c>
80404600:	4782                	lw	a5,0(sp)
80404602:	0047e793          	or	a5,a5,4
80404606:	c701                	beqz	a4,8040460e <__dtoa_engine+0x74>
80404608:	4782                	lw	a5,0(sp)
8040460a:	0087e793          	or	a5,a5,8
8040460e:	00fa8223          	sb	a5,4(s5)
80404612:	4401                	li	s0,0
80404614:	bfe1                	j	804045ec <__dtoa_engine+0x52>
80404616:	00157793          	and	a5,a0,1
8040461a:	c23e                	sw	a5,4(sp)
8040461c:	002d9993          	sll	s3,s11,0x2
80404620:	01e55793          	srl	a5,a0,0x1e
80404624:	0137e9b3          	or	s3,a5,s3
80404628:	00251c13          	sll	s8,a0,0x2
8040462c:	892a                	mv	s2,a0
8040462e:	bcc00413          	li	s0,-1076
80404632:	4805                	li	a6,1
80404634:	4d05                	li	s10,1
80404636:	408004b3          	neg	s1,s0
8040463a:	8526                	mv	a0,s1
8040463c:	ca42                	sw	a6,20(sp)
8040463e:	00000097          	auipc	ra,0x0
80404642:	71e080e7          	jalr	1822(ra) # 80404d5c <__log10Pow5>
80404646:	fff42793          	slti	a5,s0,-1
8040464a:	40f50b33          	sub	s6,a0,a5
8040464e:	416484b3          	sub	s1,s1,s6
80404652:	8526                	mv	a0,s1
80404654:	00000097          	auipc	ra,0x0
80404658:	718080e7          	jalr	1816(ra) # 80404d6c <__pow5bits>
8040465c:	f8350693          	add	a3,a0,-125
80404660:	40db06b3          	sub	a3,s6,a3
80404664:	8526                	mv	a0,s1
80404666:	008c                	add	a1,sp,64
80404668:	c836                	sw	a3,16(sp)
8040466a:	00000097          	auipc	ra,0x0
8040466e:	492080e7          	jalr	1170(ra) # 80404afc <__double_computePow5>
80404672:	4852                	lw	a6,20(sp)
80404674:	46c2                	lw	a3,16(sp)
80404676:	181c                	add	a5,sp,48
80404678:	1038                	add	a4,sp,40
8040467a:	0090                	add	a2,sp,64
8040467c:	854a                	mv	a0,s2
8040467e:	85ee                	mv	a1,s11
80404680:	00000097          	auipc	ra,0x0
80404684:	cd4080e7          	jalr	-812(ra) # 80404354 <mulShiftAll64>
80404688:	4785                	li	a5,1
8040468a:	008b0a33          	add	s4,s6,s0
8040468e:	84ae                	mv	s1,a1
80404690:	842a                	mv	s0,a0
80404692:	1567ee63          	bltu	a5,s6,804047ee <__dtoa_engine+0x254>
80404696:	4792                	lw	a5,4(sp)
80404698:	4985                	li	s3,1
8040469a:	10078e63          	beqz	a5,804047b6 <__dtoa_engine+0x21c>
8040469e:	57a2                	lw	a5,40(sp)
804046a0:	5732                	lw	a4,44(sp)
804046a2:	4985                	li	s3,1
804046a4:	fff78693          	add	a3,a5,-1
804046a8:	0017b793          	seqz	a5,a5
804046ac:	40f707b3          	sub	a5,a4,a5
804046b0:	d436                	sw	a3,40(sp)
804046b2:	d63e                	sw	a5,44(sp)
804046b4:	a8c9                	j	80404786 <__dtoa_engine+0x1ec>
804046b6:	01b6edb3          	or	s11,a3,s11
804046ba:	00157693          	and	a3,a0,1
804046be:	c236                	sw	a3,4(sp)
804046c0:	002d9993          	sll	s3,s11,0x2
804046c4:	01e55693          	srl	a3,a0,0x1e
804046c8:	bcb40413          	add	s0,s0,-1077
804046cc:	892a                	mv	s2,a0
804046ce:	0136e9b3          	or	s3,a3,s3
804046d2:	00251c13          	sll	s8,a0,0x2
804046d6:	4d05                	li	s10,1
804046d8:	e709                	bnez	a4,804046e2 <__dtoa_engine+0x148>
804046da:	7fe7f793          	and	a5,a5,2046
804046de:	0017bd13          	seqz	s10,a5
804046e2:	886a                	mv	a6,s10
804046e4:	f40449e3          	bltz	s0,80404636 <__dtoa_engine+0x9c>
804046e8:	8522                	mv	a0,s0
804046ea:	00000097          	auipc	ra,0x0
804046ee:	664080e7          	jalr	1636(ra) # 80404d4e <__log10Pow2>
804046f2:	00442793          	slti	a5,s0,4
804046f6:	0017c793          	xor	a5,a5,1
804046fa:	40f50a33          	sub	s4,a0,a5
804046fe:	8552                	mv	a0,s4
80404700:	00000097          	auipc	ra,0x0
80404704:	66c080e7          	jalr	1644(ra) # 80404d6c <__pow5bits>
80404708:	07c50693          	add	a3,a0,124
8040470c:	408a0433          	sub	s0,s4,s0
80404710:	96a2                	add	a3,a3,s0
80404712:	008c                	add	a1,sp,64
80404714:	8552                	mv	a0,s4
80404716:	c836                	sw	a3,16(sp)
80404718:	00000097          	auipc	ra,0x0
8040471c:	50c080e7          	jalr	1292(ra) # 80404c24 <__double_computeInvPow5>
80404720:	46c2                	lw	a3,16(sp)
80404722:	181c                	add	a5,sp,48
80404724:	8526                	mv	a0,s1
80404726:	886a                	mv	a6,s10
80404728:	1038                	add	a4,sp,40
8040472a:	0090                	add	a2,sp,64
8040472c:	85ee                	mv	a1,s11
8040472e:	00000097          	auipc	ra,0x0
80404732:	c26080e7          	jalr	-986(ra) # 80404354 <mulShiftAll64>
80404736:	47d5                	li	a5,21
80404738:	842a                	mv	s0,a0
8040473a:	84ae                	mv	s1,a1
8040473c:	0b47e763          	bltu	a5,s4,804047ea <__dtoa_engine+0x250>
80404740:	804067b7          	lui	a5,0x80406
80404744:	03c7a683          	lw	a3,60(a5) # 8040603c <stdout+0x8>
80404748:	0387a603          	lw	a2,56(a5)
8040474c:	1838                	add	a4,sp,56
8040474e:	8562                	mv	a0,s8
80404750:	85ce                	mv	a1,s3
80404752:	00000097          	auipc	ra,0x0
80404756:	62c080e7          	jalr	1580(ra) # 80404d7e <__umul128>
8040475a:	57e2                	lw	a5,56(sp)
8040475c:	56f2                	lw	a3,60(sp)
8040475e:	5da2                	lw	s11,40(sp)
80404760:	8389                	srl	a5,a5,0x2
80404762:	06fa                	sll	a3,a3,0x1e
80404764:	8fd5                	or	a5,a5,a3
80404766:	4695                	li	a3,5
80404768:	02f687b3          	mul	a5,a3,a5
8040476c:	5932                	lw	s2,44(sp)
8040476e:	01879e63          	bne	a5,s8,8040478a <__dtoa_engine+0x1f0>
80404772:	85ce                	mv	a1,s3
80404774:	8562                	mv	a0,s8
80404776:	00000097          	auipc	ra,0x0
8040477a:	348080e7          	jalr	840(ra) # 80404abe <__pow5Factor>
8040477e:	01453733          	sltu	a4,a0,s4
80404782:	00174993          	xor	s3,a4,1
80404786:	4d01                	li	s10,0
80404788:	a03d                	j	804047b6 <__dtoa_engine+0x21c>
8040478a:	4792                	lw	a5,4(sp)
8040478c:	eb95                	bnez	a5,804047c0 <__dtoa_engine+0x226>
8040478e:	fffc0793          	add	a5,s8,-1
80404792:	41a78533          	sub	a0,a5,s10
80404796:	001c3593          	seqz	a1,s8
8040479a:	00a7b7b3          	sltu	a5,a5,a0
8040479e:	40b985b3          	sub	a1,s3,a1
804047a2:	8d9d                	sub	a1,a1,a5
804047a4:	00000097          	auipc	ra,0x0
804047a8:	31a080e7          	jalr	794(ra) # 80404abe <__pow5Factor>
804047ac:	01453933          	sltu	s2,a0,s4
804047b0:	00194d13          	xor	s10,s2,1
804047b4:	4981                	li	s3,0
804047b6:	47a2                	lw	a5,8(sp)
804047b8:	10079e63          	bnez	a5,804048d4 <__dtoa_engine+0x33a>
804047bc:	8b5e                	mv	s6,s7
804047be:	a079                	j	8040484c <__dtoa_engine+0x2b2>
804047c0:	002c0513          	add	a0,s8,2
804047c4:	018535b3          	sltu	a1,a0,s8
804047c8:	95ce                	add	a1,a1,s3
804047ca:	00000097          	auipc	ra,0x0
804047ce:	2f4080e7          	jalr	756(ra) # 80404abe <__pow5Factor>
804047d2:	01453533          	sltu	a0,a0,s4
804047d6:	00154513          	xor	a0,a0,1
804047da:	40ad8533          	sub	a0,s11,a0
804047de:	00adbdb3          	sltu	s11,s11,a0
804047e2:	41b90733          	sub	a4,s2,s11
804047e6:	d42a                	sw	a0,40(sp)
804047e8:	d63a                	sw	a4,44(sp)
804047ea:	4981                	li	s3,0
804047ec:	bf69                	j	80404786 <__dtoa_engine+0x1ec>
804047ee:	03e00793          	li	a5,62
804047f2:	ff67ece3          	bltu	a5,s6,804047ea <__dtoa_engine+0x250>
804047f6:	865a                	mv	a2,s6
804047f8:	557d                	li	a0,-1
804047fa:	55fd                	li	a1,-1
804047fc:	ffffe097          	auipc	ra,0xffffe
80404800:	560080e7          	jalr	1376(ra) # 80402d5c <__ashldi3>
80404804:	fff54513          	not	a0,a0
80404808:	fff5c593          	not	a1,a1
8040480c:	0135f5b3          	and	a1,a1,s3
80404810:	01857533          	and	a0,a0,s8
80404814:	00b56733          	or	a4,a0,a1
80404818:	00173993          	seqz	s3,a4
8040481c:	b7ad                	j	80404786 <__dtoa_engine+0x1ec>
8040481e:	02d50833          	mul	a6,a0,a3
80404822:	0785                	add	a5,a5,1
80404824:	02b536b3          	mulhu	a3,a0,a1
80404828:	02b505b3          	mul	a1,a0,a1
8040482c:	96c2                	add	a3,a3,a6
8040482e:	00d4e663          	bltu	s1,a3,8040483a <__dtoa_engine+0x2a0>
80404832:	fe9696e3          	bne	a3,s1,8040481e <__dtoa_engine+0x284>
80404836:	feb474e3          	bgeu	s0,a1,8040481e <__dtoa_engine+0x284>
8040483a:	4732                	lw	a4,12(sp)
8040483c:	97d2                	add	a5,a5,s4
8040483e:	97ba                	add	a5,a5,a4
80404840:	00f04363          	bgtz	a5,80404846 <__dtoa_engine+0x2ac>
80404844:	4785                	li	a5,1
80404846:	8b3e                	mv	s6,a5
80404848:	f6fbcae3          	blt	s7,a5,804047bc <__dtoa_engine+0x222>
8040484c:	4c81                	li	s9,0
8040484e:	4901                	li	s2,0
80404850:	4c01                	li	s8,0
80404852:	5522                	lw	a0,40(sp)
80404854:	55b2                	lw	a1,44(sp)
80404856:	00000097          	auipc	ra,0x0
8040485a:	d0c080e7          	jalr	-756(ra) # 80404562 <div10>
8040485e:	57c2                	lw	a5,48(sp)
80404860:	8dae                	mv	s11,a1
80404862:	55d2                	lw	a1,52(sp)
80404864:	c82a                	sw	a0,16(sp)
80404866:	853e                	mv	a0,a5
80404868:	ca3e                	sw	a5,20(sp)
8040486a:	00000097          	auipc	ra,0x0
8040486e:	cf8080e7          	jalr	-776(ra) # 80404562 <div10>
80404872:	832a                	mv	t1,a0
80404874:	88ae                	mv	a7,a1
80404876:	4ea9                	li	t4,10
80404878:	01b5e763          	bltu	a1,s11,80404886 <__dtoa_engine+0x2ec>
8040487c:	08bd9863          	bne	s11,a1,8040490c <__dtoa_engine+0x372>
80404880:	47c2                	lw	a5,16(sp)
80404882:	08f57563          	bgeu	a0,a5,8040490c <__dtoa_engine+0x372>
80404886:	8522                	mv	a0,s0
80404888:	85a6                	mv	a1,s1
8040488a:	ce46                	sw	a7,28(sp)
8040488c:	cc1a                	sw	t1,24(sp)
8040488e:	00000097          	auipc	ra,0x0
80404892:	cd4080e7          	jalr	-812(ra) # 80404562 <div10>
80404896:	4362                	lw	t1,24(sp)
80404898:	4ea9                	li	t4,10
8040489a:	001cb693          	seqz	a3,s9
8040489e:	026e8833          	mul	a6,t4,t1
804048a2:	00d9f9b3          	and	s3,s3,a3
804048a6:	47d2                	lw	a5,20(sp)
804048a8:	48f2                	lw	a7,28(sp)
804048aa:	d66e                	sw	s11,44(sp)
804048ac:	d81a                	sw	t1,48(sp)
804048ae:	da46                	sw	a7,52(sp)
804048b0:	0905                	add	s2,s2,1
804048b2:	84ae                	mv	s1,a1
804048b4:	02ae86b3          	mul	a3,t4,a0
804048b8:	40f80833          	sub	a6,a6,a5
804048bc:	47c2                	lw	a5,16(sp)
804048be:	00183813          	seqz	a6,a6
804048c2:	010d7d33          	and	s10,s10,a6
804048c6:	d43e                	sw	a5,40(sp)
804048c8:	40d406b3          	sub	a3,s0,a3
804048cc:	0ff6fc93          	zext.b	s9,a3
804048d0:	842a                	mv	s0,a0
804048d2:	b741                	j	80404852 <__dtoa_engine+0x2b8>
804048d4:	45a9                	li	a1,10
804048d6:	4681                	li	a3,0
804048d8:	4785                	li	a5,1
804048da:	4529                	li	a0,10
804048dc:	bf89                	j	8040482e <__dtoa_engine+0x294>
804048de:	030e8f33          	mul	t5,t4,a6
804048e2:	0505                	add	a0,a0,1
804048e4:	02beb833          	mulhu	a6,t4,a1
804048e8:	02be85b3          	mul	a1,t4,a1
804048ec:	987a                	add	a6,a6,t5
804048ee:	0104e663          	bltu	s1,a6,804048fa <__dtoa_engine+0x360>
804048f2:	fe9816e3          	bne	a6,s1,804048de <__dtoa_engine+0x344>
804048f6:	feb474e3          	bgeu	s0,a1,804048de <__dtoa_engine+0x344>
804048fa:	00ab5d63          	bge	s6,a0,80404914 <__dtoa_engine+0x37a>
804048fe:	000b1563          	bnez	s6,80404908 <__dtoa_engine+0x36e>
80404902:	009465b3          	or	a1,s0,s1
80404906:	c599                	beqz	a1,80404914 <__dtoa_engine+0x37a>
80404908:	4c05                	li	s8,1
8040490a:	bfb5                	j	80404886 <__dtoa_engine+0x2ec>
8040490c:	45a9                	li	a1,10
8040490e:	4801                	li	a6,0
80404910:	4505                	li	a0,1
80404912:	bff1                	j	804048ee <__dtoa_engine+0x354>
80404914:	060d0763          	beqz	s10,80404982 <__dtoa_engine+0x3e8>
80404918:	4da9                	li	s11,10
8040491a:	5342                	lw	t1,48(sp)
8040491c:	55d2                	lw	a1,52(sp)
8040491e:	851a                	mv	a0,t1
80404920:	c81a                	sw	t1,16(sp)
80404922:	00000097          	auipc	ra,0x0
80404926:	c40080e7          	jalr	-960(ra) # 80404562 <div10>
8040492a:	ce2e                	sw	a1,28(sp)
8040492c:	02ad85b3          	mul	a1,s11,a0
80404930:	4342                	lw	t1,16(sp)
80404932:	882a                	mv	a6,a0
80404934:	cc42                	sw	a6,24(sp)
80404936:	04659663          	bne	a1,t1,80404982 <__dtoa_engine+0x3e8>
8040493a:	5522                	lw	a0,40(sp)
8040493c:	55b2                	lw	a1,44(sp)
8040493e:	0905                	add	s2,s2,1
80404940:	00000097          	auipc	ra,0x0
80404944:	c22080e7          	jalr	-990(ra) # 80404562 <div10>
80404948:	ca2a                	sw	a0,20(sp)
8040494a:	c82e                	sw	a1,16(sp)
8040494c:	8522                	mv	a0,s0
8040494e:	85a6                	mv	a1,s1
80404950:	00000097          	auipc	ra,0x0
80404954:	c12080e7          	jalr	-1006(ra) # 80404562 <div10>
80404958:	001cb693          	seqz	a3,s9
8040495c:	00d9f9b3          	and	s3,s3,a3
80404960:	02ad86b3          	mul	a3,s11,a0
80404964:	4e52                	lw	t3,20(sp)
80404966:	4342                	lw	t1,16(sp)
80404968:	4862                	lw	a6,24(sp)
8040496a:	48f2                	lw	a7,28(sp)
8040496c:	d472                	sw	t3,40(sp)
8040496e:	d61a                	sw	t1,44(sp)
80404970:	d842                	sw	a6,48(sp)
80404972:	da46                	sw	a7,52(sp)
80404974:	84ae                	mv	s1,a1
80404976:	40d406b3          	sub	a3,s0,a3
8040497a:	0ff6fc93          	zext.b	s9,a3
8040497e:	842a                	mv	s0,a0
80404980:	bf69                	j	8040491a <__dtoa_engine+0x380>
80404982:	9952                	add	s2,s2,s4
80404984:	0c098863          	beqz	s3,80404a54 <__dtoa_engine+0x4ba>
80404988:	4715                	li	a4,5
8040498a:	0cec9563          	bne	s9,a4,80404a54 <__dtoa_engine+0x4ba>
8040498e:	00147713          	and	a4,s0,1
80404992:	e755                	bnez	a4,80404a3e <__dtoa_engine+0x4a4>
80404994:	000c1963          	bnez	s8,804049a6 <__dtoa_engine+0x40c>
80404998:	5742                	lw	a4,48(sp)
8040499a:	00871563          	bne	a4,s0,804049a4 <__dtoa_engine+0x40a>
8040499e:	5752                	lw	a4,52(sp)
804049a0:	0c970c63          	beq	a4,s1,80404a78 <__dtoa_engine+0x4de>
804049a4:	4701                	li	a4,0
804049a6:	943a                	add	s0,s0,a4
804049a8:	00e435b3          	sltu	a1,s0,a4
804049ac:	95a6                	add	a1,a1,s1
804049ae:	8a2e                	mv	s4,a1
804049b0:	84a2                	mv	s1,s0
804049b2:	4629                	li	a2,10
804049b4:	4681                	li	a3,0
804049b6:	4c05                	li	s8,1
804049b8:	4529                	li	a0,10
804049ba:	00d5e663          	bltu	a1,a3,804049c6 <__dtoa_engine+0x42c>
804049be:	0ab69f63          	bne	a3,a1,80404a7c <__dtoa_engine+0x4e2>
804049c2:	0ac47d63          	bgeu	s0,a2,80404a7c <__dtoa_engine+0x4e2>
804049c6:	c329                	beqz	a4,80404a08 <__dtoa_engine+0x46e>
804049c8:	058b5063          	bge	s6,s8,80404a08 <__dtoa_engine+0x46e>
804049cc:	47a2                	lw	a5,8(sp)
804049ce:	cf91                	beqz	a5,804049ea <__dtoa_engine+0x450>
804049d0:	4732                	lw	a4,12(sp)
804049d2:	012c07b3          	add	a5,s8,s2
804049d6:	00f70b33          	add	s6,a4,a5
804049da:	000b5363          	bgez	s6,804049e0 <__dtoa_engine+0x446>
804049de:	4b01                	li	s6,0
804049e0:	016bd363          	bge	s7,s6,804049e6 <__dtoa_engine+0x44c>
804049e4:	8b5e                	mv	s6,s7
804049e6:	038b5163          	bge	s6,s8,80404a08 <__dtoa_engine+0x46e>
804049ea:	00540513          	add	a0,s0,5
804049ee:	00853433          	sltu	s0,a0,s0
804049f2:	4629                	li	a2,10
804049f4:	4681                	li	a3,0
804049f6:	95a2                	add	a1,a1,s0
804049f8:	ffffe097          	auipc	ra,0xffffe
804049fc:	3f2080e7          	jalr	1010(ra) # 80402dea <__udivdi3>
80404a00:	84aa                	mv	s1,a0
80404a02:	8a2e                	mv	s4,a1
80404a04:	0905                	add	s2,s2,1
80404a06:	1c7d                	add	s8,s8,-1
80404a08:	87da                	mv	a5,s6
80404a0a:	016c5363          	bge	s8,s6,80404a10 <__dtoa_engine+0x476>
80404a0e:	87e2                	mv	a5,s8
80404a10:	01079413          	sll	s0,a5,0x10
80404a14:	0942                	sll	s2,s2,0x10
80404a16:	8441                	sra	s0,s0,0x10
80404a18:	41095913          	sra	s2,s2,0x10
80404a1c:	9922                	add	s2,s2,s0
80404a1e:	008a8b33          	add	s6,s5,s0
80404a22:	197d                	add	s2,s2,-1
80404a24:	4b81                	li	s7,0
80404a26:	8c5a                	mv	s8,s6
80404a28:	1b7d                	add	s6,s6,-1
80404a2a:	068bc263          	blt	s7,s0,80404a8e <__dtoa_engine+0x4f4>
80404a2e:	4782                	lw	a5,0(sp)
80404a30:	000c02a3          	sb	zero,5(s8)
80404a34:	012aa023          	sw	s2,0(s5)
80404a38:	00fa8223          	sb	a5,4(s5)
80404a3c:	be45                	j	804045ec <__dtoa_engine+0x52>
80404a3e:	4705                	li	a4,1
80404a40:	f60c13e3          	bnez	s8,804049a6 <__dtoa_engine+0x40c>
80404a44:	5742                	lw	a4,48(sp)
80404a46:	00871563          	bne	a4,s0,80404a50 <__dtoa_engine+0x4b6>
80404a4a:	5752                	lw	a4,52(sp)
80404a4c:	00970c63          	beq	a4,s1,80404a64 <__dtoa_engine+0x4ca>
80404a50:	4705                	li	a4,1
80404a52:	bf91                	j	804049a6 <__dtoa_engine+0x40c>
80404a54:	000c1d63          	bnez	s8,80404a6e <__dtoa_engine+0x4d4>
80404a58:	5742                	lw	a4,48(sp)
80404a5a:	00871a63          	bne	a4,s0,80404a6e <__dtoa_engine+0x4d4>
80404a5e:	5752                	lw	a4,52(sp)
80404a60:	00971763          	bne	a4,s1,80404a6e <__dtoa_engine+0x4d4>
80404a64:	4792                	lw	a5,4(sp)
80404a66:	4705                	li	a4,1
80404a68:	ff9d                	bnez	a5,804049a6 <__dtoa_engine+0x40c>
80404a6a:	f20d0ee3          	beqz	s10,804049a6 <__dtoa_engine+0x40c>
80404a6e:	005cb693          	sltiu	a3,s9,5
80404a72:	0016c713          	xor	a4,a3,1
80404a76:	bf05                	j	804049a6 <__dtoa_engine+0x40c>
80404a78:	4c91                	li	s9,4
80404a7a:	b7ed                	j	80404a64 <__dtoa_engine+0x4ca>
80404a7c:	02d50833          	mul	a6,a0,a3
80404a80:	0c05                	add	s8,s8,1
80404a82:	02c536b3          	mulhu	a3,a0,a2
80404a86:	02c50633          	mul	a2,a0,a2
80404a8a:	96c2                	add	a3,a3,a6
80404a8c:	b73d                	j	804049ba <__dtoa_engine+0x420>
80404a8e:	4629                	li	a2,10
80404a90:	4681                	li	a3,0
80404a92:	8526                	mv	a0,s1
80404a94:	85d2                	mv	a1,s4
80404a96:	ffffe097          	auipc	ra,0xffffe
80404a9a:	6b2080e7          	jalr	1714(ra) # 80403148 <__umoddi3>
80404a9e:	03050513          	add	a0,a0,48
80404aa2:	00ab02a3          	sb	a0,5(s6)
80404aa6:	85d2                	mv	a1,s4
80404aa8:	8526                	mv	a0,s1
80404aaa:	4629                	li	a2,10
80404aac:	4681                	li	a3,0
80404aae:	ffffe097          	auipc	ra,0xffffe
80404ab2:	33c080e7          	jalr	828(ra) # 80402dea <__udivdi3>
80404ab6:	84aa                	mv	s1,a0
80404ab8:	8a2e                	mv	s4,a1
80404aba:	0b85                	add	s7,s7,1
80404abc:	b7b5                	j	80404a28 <__dtoa_engine+0x48e>

80404abe <__pow5Factor>:
80404abe:	ccccd737          	lui	a4,0xccccd
80404ac2:	333336b7          	lui	a3,0x33333
80404ac6:	87aa                	mv	a5,a0
80404ac8:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8b15dd>
80404acc:	4501                	li	a0,0
80404ace:	ccc70713          	add	a4,a4,-820
80404ad2:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80404ad6:	02c585b3          	mul	a1,a1,a2
80404ada:	02e78833          	mul	a6,a5,a4
80404ade:	982e                	add	a6,a6,a1
80404ae0:	02c7b5b3          	mulhu	a1,a5,a2
80404ae4:	95c2                	add	a1,a1,a6
80404ae6:	02c787b3          	mul	a5,a5,a2
80404aea:	00b6e863          	bltu	a3,a1,80404afa <__pow5Factor+0x3c>
80404aee:	00d59463          	bne	a1,a3,80404af6 <__pow5Factor+0x38>
80404af2:	00f5e463          	bltu	a1,a5,80404afa <__pow5Factor+0x3c>
80404af6:	0505                	add	a0,a0,1
80404af8:	bff9                	j	80404ad6 <__pow5Factor+0x18>
80404afa:	8082                	ret

80404afc <__double_computePow5>:
80404afc:	fffff317          	auipc	t1,0xfffff
80404b00:	97c302e7          	jalr	t0,-1668(t1) # 80403478 <__riscv_save_10>
80404b04:	47e9                	li	a5,26
80404b06:	02f55b33          	divu	s6,a0,a5
80404b0a:	804069b7          	lui	s3,0x80406
80404b0e:	be098b93          	add	s7,s3,-1056 # 80405be0 <DOUBLE_POW5_SPLIT2>
80404b12:	1101                	add	sp,sp,-32
80404b14:	892e                	mv	s2,a1
80404b16:	02f577b3          	remu	a5,a0,a5
80404b1a:	004b1713          	sll	a4,s6,0x4
80404b1e:	9bba                	add	s7,s7,a4
80404b20:	e785                	bnez	a5,80404b48 <__double_computePow5+0x4c>
80404b22:	000ba703          	lw	a4,0(s7)
80404b26:	004ba783          	lw	a5,4(s7)
80404b2a:	c198                	sw	a4,0(a1)
80404b2c:	c1dc                	sw	a5,4(a1)
80404b2e:	008ba503          	lw	a0,8(s7)
80404b32:	00cba583          	lw	a1,12(s7)
80404b36:	00a92423          	sw	a0,8(s2)
80404b3a:	00b92623          	sw	a1,12(s2)
80404b3e:	6105                	add	sp,sp,32
80404b40:	fffff317          	auipc	t1,0xfffff
80404b44:	97030067          	jr	-1680(t1) # 804034b0 <__riscv_restore_10>
80404b48:	be098993          	add	s3,s3,-1056
80404b4c:	078e                	sll	a5,a5,0x3
80404b4e:	97ce                	add	a5,a5,s3
80404b50:	0d07aa03          	lw	s4,208(a5)
80404b54:	0d47aa83          	lw	s5,212(a5)
80404b58:	008ba603          	lw	a2,8(s7)
80404b5c:	00cba683          	lw	a3,12(s7)
80404b60:	0818                	add	a4,sp,16
80404b62:	85d6                	mv	a1,s5
80404b64:	842a                	mv	s0,a0
80404b66:	8552                	mv	a0,s4
80404b68:	00000097          	auipc	ra,0x0
80404b6c:	216080e7          	jalr	534(ra) # 80404d7e <__umul128>
80404b70:	000ba603          	lw	a2,0(s7)
80404b74:	004ba683          	lw	a3,4(s7)
80404b78:	84aa                	mv	s1,a0
80404b7a:	8c2e                	mv	s8,a1
80404b7c:	0838                	add	a4,sp,24
80404b7e:	8552                	mv	a0,s4
80404b80:	85d6                	mv	a1,s5
80404b82:	00000097          	auipc	ra,0x0
80404b86:	1fc080e7          	jalr	508(ra) # 80404d7e <__umul128>
80404b8a:	47e2                	lw	a5,24(sp)
80404b8c:	4772                	lw	a4,28(sp)
80404b8e:	8aaa                	mv	s5,a0
80404b90:	94be                	add	s1,s1,a5
80404b92:	00f4ba33          	sltu	s4,s1,a5
80404b96:	9c3a                	add	s8,s8,a4
80404b98:	9a62                	add	s4,s4,s8
80404b9a:	00ea6663          	bltu	s4,a4,80404ba6 <__double_computePow5+0xaa>
80404b9e:	01471d63          	bne	a4,s4,80404bb8 <__double_computePow5+0xbc>
80404ba2:	00f4fb63          	bgeu	s1,a5,80404bb8 <__double_computePow5+0xbc>
80404ba6:	47c2                	lw	a5,16(sp)
80404ba8:	46d2                	lw	a3,20(sp)
80404baa:	00178713          	add	a4,a5,1
80404bae:	00f737b3          	sltu	a5,a4,a5
80404bb2:	97b6                	add	a5,a5,a3
80404bb4:	c83a                	sw	a4,16(sp)
80404bb6:	ca3e                	sw	a5,20(sp)
80404bb8:	8522                	mv	a0,s0
80404bba:	c62e                	sw	a1,12(sp)
80404bbc:	00000097          	auipc	ra,0x0
80404bc0:	1b0080e7          	jalr	432(ra) # 80404d6c <__pow5bits>
80404bc4:	8baa                	mv	s7,a0
80404bc6:	4569                	li	a0,26
80404bc8:	02ab0533          	mul	a0,s6,a0
80404bcc:	00000097          	auipc	ra,0x0
80404bd0:	1a0080e7          	jalr	416(ra) # 80404d6c <__pow5bits>
80404bd4:	45b2                	lw	a1,12(sp)
80404bd6:	40ab8733          	sub	a4,s7,a0
80404bda:	8626                	mv	a2,s1
80404bdc:	86d2                	mv	a3,s4
80404bde:	8556                	mv	a0,s5
80404be0:	c43a                	sw	a4,8(sp)
80404be2:	00000097          	auipc	ra,0x0
80404be6:	1e8080e7          	jalr	488(ra) # 80404dca <__shiftright128>
80404bea:	00445793          	srl	a5,s0,0x4
80404bee:	078a                	sll	a5,a5,0x2
80404bf0:	99be                	add	s3,s3,a5
80404bf2:	1a09a783          	lw	a5,416(s3)
80404bf6:	0406                	sll	s0,s0,0x1
80404bf8:	8879                	and	s0,s0,30
80404bfa:	0087d7b3          	srl	a5,a5,s0
80404bfe:	8b8d                	and	a5,a5,3
80404c00:	953e                	add	a0,a0,a5
80404c02:	00f537b3          	sltu	a5,a0,a5
80404c06:	4722                	lw	a4,8(sp)
80404c08:	4642                	lw	a2,16(sp)
80404c0a:	46d2                	lw	a3,20(sp)
80404c0c:	97ae                	add	a5,a5,a1
80404c0e:	00a92023          	sw	a0,0(s2)
80404c12:	00f92223          	sw	a5,4(s2)
80404c16:	8526                	mv	a0,s1
80404c18:	85d2                	mv	a1,s4
80404c1a:	00000097          	auipc	ra,0x0
80404c1e:	1b0080e7          	jalr	432(ra) # 80404dca <__shiftright128>
80404c22:	bf11                	j	80404b36 <__double_computePow5+0x3a>

80404c24 <__double_computeInvPow5>:
80404c24:	fffff317          	auipc	t1,0xfffff
80404c28:	854302e7          	jalr	t0,-1964(t1) # 80403478 <__riscv_save_10>
80404c2c:	4b69                	li	s6,26
80404c2e:	01950793          	add	a5,a0,25
80404c32:	0367d7b3          	divu	a5,a5,s6
80404c36:	80406ab7          	lui	s5,0x80406
80404c3a:	be0a8493          	add	s1,s5,-1056 # 80405be0 <DOUBLE_POW5_SPLIT2>
80404c3e:	1f848493          	add	s1,s1,504
80404c42:	1101                	add	sp,sp,-32
80404c44:	8a2e                	mv	s4,a1
80404c46:	03678b33          	mul	s6,a5,s6
80404c4a:	0792                	sll	a5,a5,0x4
80404c4c:	94be                	add	s1,s1,a5
80404c4e:	40ab0733          	sub	a4,s6,a0
80404c52:	02ab1163          	bne	s6,a0,80404c74 <__double_computeInvPow5+0x50>
80404c56:	4098                	lw	a4,0(s1)
80404c58:	40dc                	lw	a5,4(s1)
80404c5a:	c198                	sw	a4,0(a1)
80404c5c:	c1dc                	sw	a5,4(a1)
80404c5e:	4488                	lw	a0,8(s1)
80404c60:	44cc                	lw	a1,12(s1)
80404c62:	00aa2423          	sw	a0,8(s4)
80404c66:	00ba2623          	sw	a1,12(s4)
80404c6a:	6105                	add	sp,sp,32
80404c6c:	fffff317          	auipc	t1,0xfffff
80404c70:	84430067          	jr	-1980(t1) # 804034b0 <__riscv_restore_10>
80404c74:	be0a8a93          	add	s5,s5,-1056
80404c78:	070e                	sll	a4,a4,0x3
80404c7a:	9756                	add	a4,a4,s5
80404c7c:	0d072903          	lw	s2,208(a4)
80404c80:	0d472983          	lw	s3,212(a4)
80404c84:	4490                	lw	a2,8(s1)
80404c86:	44d4                	lw	a3,12(s1)
80404c88:	0818                	add	a4,sp,16
80404c8a:	85ce                	mv	a1,s3
80404c8c:	842a                	mv	s0,a0
80404c8e:	854a                	mv	a0,s2
80404c90:	00000097          	auipc	ra,0x0
80404c94:	0ee080e7          	jalr	238(ra) # 80404d7e <__umul128>
80404c98:	4090                	lw	a2,0(s1)
80404c9a:	40d4                	lw	a3,4(s1)
80404c9c:	8c2a                	mv	s8,a0
80404c9e:	00163793          	seqz	a5,a2
80404ca2:	8bae                	mv	s7,a1
80404ca4:	0838                	add	a4,sp,24
80404ca6:	8e9d                	sub	a3,a3,a5
80404ca8:	854a                	mv	a0,s2
80404caa:	85ce                	mv	a1,s3
80404cac:	167d                	add	a2,a2,-1
80404cae:	00000097          	auipc	ra,0x0
80404cb2:	0d0080e7          	jalr	208(ra) # 80404d7e <__umul128>
80404cb6:	47e2                	lw	a5,24(sp)
80404cb8:	4772                	lw	a4,28(sp)
80404cba:	89aa                	mv	s3,a0
80404cbc:	9c3e                	add	s8,s8,a5
80404cbe:	00fc3933          	sltu	s2,s8,a5
80404cc2:	9bba                	add	s7,s7,a4
80404cc4:	995e                	add	s2,s2,s7
80404cc6:	00e96663          	bltu	s2,a4,80404cd2 <__double_computeInvPow5+0xae>
80404cca:	01271d63          	bne	a4,s2,80404ce4 <__double_computeInvPow5+0xc0>
80404cce:	00fc7b63          	bgeu	s8,a5,80404ce4 <__double_computeInvPow5+0xc0>
80404cd2:	47c2                	lw	a5,16(sp)
80404cd4:	46d2                	lw	a3,20(sp)
80404cd6:	00178713          	add	a4,a5,1
80404cda:	00f737b3          	sltu	a5,a4,a5
80404cde:	97b6                	add	a5,a5,a3
80404ce0:	c83a                	sw	a4,16(sp)
80404ce2:	ca3e                	sw	a5,20(sp)
80404ce4:	855a                	mv	a0,s6
80404ce6:	c62e                	sw	a1,12(sp)
80404ce8:	00000097          	auipc	ra,0x0
80404cec:	084080e7          	jalr	132(ra) # 80404d6c <__pow5bits>
80404cf0:	8b2a                	mv	s6,a0
80404cf2:	8522                	mv	a0,s0
80404cf4:	00000097          	auipc	ra,0x0
80404cf8:	078080e7          	jalr	120(ra) # 80404d6c <__pow5bits>
80404cfc:	45b2                	lw	a1,12(sp)
80404cfe:	40ab0733          	sub	a4,s6,a0
80404d02:	8662                	mv	a2,s8
80404d04:	86ca                	mv	a3,s2
80404d06:	854e                	mv	a0,s3
80404d08:	c43a                	sw	a4,8(sp)
80404d0a:	00000097          	auipc	ra,0x0
80404d0e:	0c0080e7          	jalr	192(ra) # 80404dca <__shiftright128>
80404d12:	00445793          	srl	a5,s0,0x4
80404d16:	078a                	sll	a5,a5,0x2
80404d18:	9abe                	add	s5,s5,a5
80404d1a:	2e8aa783          	lw	a5,744(s5)
80404d1e:	0406                	sll	s0,s0,0x1
80404d20:	8879                	and	s0,s0,30
80404d22:	0087d7b3          	srl	a5,a5,s0
80404d26:	8b8d                	and	a5,a5,3
80404d28:	0785                	add	a5,a5,1
80404d2a:	953e                	add	a0,a0,a5
80404d2c:	00f537b3          	sltu	a5,a0,a5
80404d30:	4722                	lw	a4,8(sp)
80404d32:	4642                	lw	a2,16(sp)
80404d34:	46d2                	lw	a3,20(sp)
80404d36:	97ae                	add	a5,a5,a1
80404d38:	00aa2023          	sw	a0,0(s4)
80404d3c:	00fa2223          	sw	a5,4(s4)
80404d40:	8562                	mv	a0,s8
80404d42:	85ca                	mv	a1,s2
80404d44:	00000097          	auipc	ra,0x0
80404d48:	086080e7          	jalr	134(ra) # 80404dca <__shiftright128>
80404d4c:	bf19                	j	80404c62 <__double_computeInvPow5+0x3e>

80404d4e <__log10Pow2>:
80404d4e:	67cd                	lui	a5,0x13
80404d50:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80404d54:	02f50533          	mul	a0,a0,a5
80404d58:	8149                	srl	a0,a0,0x12
80404d5a:	8082                	ret

80404d5c <__log10Pow5>:
80404d5c:	000b37b7          	lui	a5,0xb3
80404d60:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80404d64:	02f50533          	mul	a0,a0,a5
80404d68:	8151                	srl	a0,a0,0x14
80404d6a:	8082                	ret

80404d6c <__pow5bits>:
80404d6c:	001297b7          	lui	a5,0x129
80404d70:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80404d74:	02f50533          	mul	a0,a0,a5
80404d78:	814d                	srl	a0,a0,0x13
80404d7a:	0505                	add	a0,a0,1
80404d7c:	8082                	ret

80404d7e <__umul128>:
80404d7e:	02c537b3          	mulhu	a5,a0,a2
80404d82:	832e                	mv	t1,a1
80404d84:	02c585b3          	mul	a1,a1,a2
80404d88:	02c33833          	mulhu	a6,t1,a2
80404d8c:	95be                	add	a1,a1,a5
80404d8e:	00f5b7b3          	sltu	a5,a1,a5
80404d92:	97c2                	add	a5,a5,a6
80404d94:	02a68833          	mul	a6,a3,a0
80404d98:	02a6b8b3          	mulhu	a7,a3,a0
80404d9c:	95c2                	add	a1,a1,a6
80404d9e:	0105b833          	sltu	a6,a1,a6
80404da2:	98c2                	add	a7,a7,a6
80404da4:	02d30833          	mul	a6,t1,a3
80404da8:	02d33333          	mulhu	t1,t1,a3
80404dac:	983e                	add	a6,a6,a5
80404dae:	011806b3          	add	a3,a6,a7
80404db2:	00f837b3          	sltu	a5,a6,a5
80404db6:	0106b833          	sltu	a6,a3,a6
80404dba:	c314                	sw	a3,0(a4)
80404dbc:	979a                	add	a5,a5,t1
80404dbe:	983e                	add	a6,a6,a5
80404dc0:	02c50533          	mul	a0,a0,a2
80404dc4:	01072223          	sw	a6,4(a4)
80404dc8:	8082                	ret

80404dca <__shiftright128>:
80404dca:	ffffe317          	auipc	t1,0xffffe
80404dce:	6bc302e7          	jalr	t0,1724(t1) # 80403486 <__riscv_save_4>
80404dd2:	8a2a                	mv	s4,a0
80404dd4:	8532                	mv	a0,a2
80404dd6:	04000613          	li	a2,64
80404dda:	8e19                	sub	a2,a2,a4
80404ddc:	89ae                	mv	s3,a1
80404dde:	85b6                	mv	a1,a3
80404de0:	843a                	mv	s0,a4
80404de2:	ffffe097          	auipc	ra,0xffffe
80404de6:	f7a080e7          	jalr	-134(ra) # 80402d5c <__ashldi3>
80404dea:	892a                	mv	s2,a0
80404dec:	84ae                	mv	s1,a1
80404dee:	8622                	mv	a2,s0
80404df0:	8552                	mv	a0,s4
80404df2:	85ce                	mv	a1,s3
80404df4:	ffffe097          	auipc	ra,0xffffe
80404df8:	f40080e7          	jalr	-192(ra) # 80402d34 <__lshrdi3>
80404dfc:	00a96533          	or	a0,s2,a0
80404e00:	8dc5                	or	a1,a1,s1
80404e02:	ffffe317          	auipc	t1,0xffffe
80404e06:	6b830067          	jr	1720(t1) # 804034ba <__riscv_restore_4>

80404e0a <strnlen>:
80404e0a:	95aa                	add	a1,a1,a0
80404e0c:	87aa                	mv	a5,a0
80404e0e:	00b78563          	beq	a5,a1,80404e18 <strnlen+0xe>
80404e12:	0007c703          	lbu	a4,0(a5)
80404e16:	e701                	bnez	a4,80404e1e <strnlen+0x14>
80404e18:	40a78533          	sub	a0,a5,a0
80404e1c:	8082                	ret
80404e1e:	0785                	add	a5,a5,1
80404e20:	b7fd                	j	80404e0e <strnlen+0x4>
