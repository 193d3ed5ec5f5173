
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
8040009a:	21c080e7          	jalr	540(ra) # 804012b2 <uni_runtime_start>
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
804000be:	09c58593          	add	a1,a1,156 # 8040509c <strnlen+0x1cc>
804000c2:	8526                	mv	a0,s1
804000c4:	00003097          	auipc	ra,0x3
804000c8:	4f8080e7          	jalr	1272(ra) # 804035bc <strcmp>
804000cc:	c959                	beqz	a0,80400162 <main+0xc2>
804000ce:	80407937          	lui	s2,0x80407
804000d2:	0b490513          	add	a0,s2,180 # 804070b4 <mine>
804000d6:	00003097          	auipc	ra,0x3
804000da:	9ee080e7          	jalr	-1554(ra) # 80402ac4 <uni_net_mac>
804000de:	10054163          	bltz	a0,804001e0 <main+0x140>
804000e2:	804055b7          	lui	a1,0x80405
804000e6:	12458593          	add	a1,a1,292 # 80405124 <strnlen+0x254>
804000ea:	8526                	mv	a0,s1
804000ec:	00003097          	auipc	ra,0x3
804000f0:	4d0080e7          	jalr	1232(ra) # 804035bc <strcmp>
804000f4:	12050763          	beqz	a0,80400222 <main+0x182>
804000f8:	804055b7          	lui	a1,0x80405
804000fc:	40458593          	add	a1,a1,1028 # 80405404 <strnlen+0x534>
80400100:	8526                	mv	a0,s1
80400102:	00003097          	auipc	ra,0x3
80400106:	4ba080e7          	jalr	1210(ra) # 804035bc <strcmp>
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
8040015c:	12048493          	add	s1,s1,288 # 80405120 <strnlen+0x250>
80400160:	bfa9                	j	804000ba <main+0x1a>
80400162:	80407437          	lui	s0,0x80407
80400166:	62c40513          	add	a0,s0,1580 # 8040762c <f.3>
8040016a:	00001097          	auipc	ra,0x1
8040016e:	9a4080e7          	jalr	-1628(ra) # 80400b0e <test_filter>
80400172:	62c40513          	add	a0,s0,1580
80400176:	00003097          	auipc	ra,0x3
8040017a:	c68080e7          	jalr	-920(ra) # 80402dde <uni_net_filter>
8040017e:	85aa                	mv	a1,a0
80400180:	80405537          	lui	a0,0x80405
80400184:	0a450513          	add	a0,a0,164 # 804050a4 <strnlen+0x1d4>
80400188:	5635                	li	a2,-19
8040018a:	00001097          	auipc	ra,0x1
8040018e:	cda080e7          	jalr	-806(ra) # 80400e64 <expect>
80400192:	4511                	li	a0,4
80400194:	62c40593          	add	a1,s0,1580
80400198:	03000893          	li	a7,48
8040019c:	00000073          	ecall
804001a0:	85aa                	mv	a1,a0
804001a2:	80405537          	lui	a0,0x80405
804001a6:	5635                	li	a2,-19
804001a8:	0d850513          	add	a0,a0,216 # 804050d8 <strnlen+0x208>
804001ac:	00001097          	auipc	ra,0x1
804001b0:	cb8080e7          	jalr	-840(ra) # 80400e64 <expect>
804001b4:	80407437          	lui	s0,0x80407
804001b8:	0bc42583          	lw	a1,188(s0) # 804070bc <failures>
804001bc:	80405537          	lui	a0,0x80405
804001c0:	0ec50513          	add	a0,a0,236 # 804050ec <strnlen+0x21c>
804001c4:	00003097          	auipc	ra,0x3
804001c8:	410080e7          	jalr	1040(ra) # 804035d4 <printf>
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
804001e4:	10050513          	add	a0,a0,256 # 80405100 <strnlen+0x230>
804001e8:	00003097          	auipc	ra,0x3
804001ec:	3ec080e7          	jalr	1004(ra) # 804035d4 <printf>
804001f0:	4505                	li	a0,1
804001f2:	bff9                	j	804001d0 <main+0x130>
804001f4:	80405537          	lui	a0,0x80405
804001f8:	4ac50513          	add	a0,a0,1196 # 804054ac <strnlen+0x5dc>
804001fc:	00003097          	auipc	ra,0x3
80400200:	3d8080e7          	jalr	984(ra) # 804035d4 <printf>
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
80400242:	12c50513          	add	a0,a0,300 # 8040512c <strnlen+0x25c>
80400246:	00003097          	auipc	ra,0x3
8040024a:	38e080e7          	jalr	910(ra) # 804035d4 <printf>
8040024e:	80401537          	lui	a0,0x80401
80400252:	ab650513          	add	a0,a0,-1354 # 80400ab6 <too_many_rules>
80400256:	00001097          	auipc	ra,0x1
8040025a:	970080e7          	jalr	-1680(ra) # 80400bc6 <spoiled>
8040025e:	85aa                	mv	a1,a0
80400260:	80405537          	lui	a0,0x80405
80400264:	5629                	li	a2,-22
80400266:	15850513          	add	a0,a0,344 # 80405158 <strnlen+0x288>
8040026a:	00001097          	auipc	ra,0x1
8040026e:	bfa080e7          	jalr	-1030(ra) # 80400e64 <expect>
80400272:	80401537          	lui	a0,0x80401
80400276:	abc50513          	add	a0,a0,-1348 # 80400abc <no_atoms>
8040027a:	00001097          	auipc	ra,0x1
8040027e:	94c080e7          	jalr	-1716(ra) # 80400bc6 <spoiled>
80400282:	85aa                	mv	a1,a0
80400284:	80405537          	lui	a0,0x80405
80400288:	5629                	li	a2,-22
8040028a:	18850513          	add	a0,a0,392 # 80405188 <strnlen+0x2b8>
8040028e:	00001097          	auipc	ra,0x1
80400292:	bd6080e7          	jalr	-1066(ra) # 80400e64 <expect>
80400296:	80401537          	lui	a0,0x80401
8040029a:	ac250513          	add	a0,a0,-1342 # 80400ac2 <too_many_atoms>
8040029e:	00001097          	auipc	ra,0x1
804002a2:	928080e7          	jalr	-1752(ra) # 80400bc6 <spoiled>
804002a6:	85aa                	mv	a1,a0
804002a8:	80405537          	lui	a0,0x80405
804002ac:	5629                	li	a2,-22
804002ae:	1a450513          	add	a0,a0,420 # 804051a4 <strnlen+0x2d4>
804002b2:	00001097          	auipc	ra,0x1
804002b6:	bb2080e7          	jalr	-1102(ra) # 80400e64 <expect>
804002ba:	80401537          	lui	a0,0x80401
804002be:	ac850513          	add	a0,a0,-1336 # 80400ac8 <width_3>
804002c2:	00001097          	auipc	ra,0x1
804002c6:	904080e7          	jalr	-1788(ra) # 80400bc6 <spoiled>
804002ca:	85aa                	mv	a1,a0
804002cc:	80405537          	lui	a0,0x80405
804002d0:	5629                	li	a2,-22
804002d2:	1d450513          	add	a0,a0,468 # 804051d4 <strnlen+0x304>
804002d6:	00001097          	auipc	ra,0x1
804002da:	b8e080e7          	jalr	-1138(ra) # 80400e64 <expect>
804002de:	80401537          	lui	a0,0x80401
804002e2:	ad050513          	add	a0,a0,-1328 # 80400ad0 <width_0>
804002e6:	00001097          	auipc	ra,0x1
804002ea:	8e0080e7          	jalr	-1824(ra) # 80400bc6 <spoiled>
804002ee:	85aa                	mv	a1,a0
804002f0:	80405537          	lui	a0,0x80405
804002f4:	5629                	li	a2,-22
804002f6:	1e450513          	add	a0,a0,484 # 804051e4 <strnlen+0x314>
804002fa:	00001097          	auipc	ra,0x1
804002fe:	b6a080e7          	jalr	-1174(ra) # 80400e64 <expect>
80400302:	80401537          	lui	a0,0x80401
80400306:	ad650513          	add	a0,a0,-1322 # 80400ad6 <past_mtu>
8040030a:	00001097          	auipc	ra,0x1
8040030e:	8bc080e7          	jalr	-1860(ra) # 80400bc6 <spoiled>
80400312:	85aa                	mv	a1,a0
80400314:	80405537          	lui	a0,0x80405
80400318:	5629                	li	a2,-22
8040031a:	1f450513          	add	a0,a0,500 # 804051f4 <strnlen+0x324>
8040031e:	00001097          	auipc	ra,0x1
80400322:	b46080e7          	jalr	-1210(ra) # 80400e64 <expect>
80400326:	80401537          	lui	a0,0x80401
8040032a:	ae050513          	add	a0,a0,-1312 # 80400ae0 <straddles_mtu>
8040032e:	00001097          	auipc	ra,0x1
80400332:	898080e7          	jalr	-1896(ra) # 80400bc6 <spoiled>
80400336:	85aa                	mv	a1,a0
80400338:	80405537          	lui	a0,0x80405
8040033c:	5629                	li	a2,-22
8040033e:	21850513          	add	a0,a0,536 # 80405218 <strnlen+0x348>
80400342:	00001097          	auipc	ra,0x1
80400346:	b22080e7          	jalr	-1246(ra) # 80400e64 <expect>
8040034a:	80401537          	lui	a0,0x80401
8040034e:	aea50513          	add	a0,a0,-1302 # 80400aea <mask_above_width>
80400352:	00001097          	auipc	ra,0x1
80400356:	874080e7          	jalr	-1932(ra) # 80400bc6 <spoiled>
8040035a:	85aa                	mv	a1,a0
8040035c:	80405537          	lui	a0,0x80405
80400360:	5629                	li	a2,-22
80400362:	24450513          	add	a0,a0,580 # 80405244 <strnlen+0x374>
80400366:	00001097          	auipc	ra,0x1
8040036a:	afe080e7          	jalr	-1282(ra) # 80400e64 <expect>
8040036e:	80401537          	lui	a0,0x80401
80400372:	af250513          	add	a0,a0,-1294 # 80400af2 <value_outside_mask>
80400376:	00001097          	auipc	ra,0x1
8040037a:	850080e7          	jalr	-1968(ra) # 80400bc6 <spoiled>
8040037e:	85aa                	mv	a1,a0
80400380:	80405537          	lui	a0,0x80405
80400384:	5629                	li	a2,-22
80400386:	26850513          	add	a0,a0,616 # 80405268 <strnlen+0x398>
8040038a:	00001097          	auipc	ra,0x1
8040038e:	ada080e7          	jalr	-1318(ra) # 80400e64 <expect>
80400392:	80401537          	lui	a0,0x80401
80400396:	afa50513          	add	a0,a0,-1286 # 80400afa <pad>
8040039a:	00001097          	auipc	ra,0x1
8040039e:	82c080e7          	jalr	-2004(ra) # 80400bc6 <spoiled>
804003a2:	85aa                	mv	a1,a0
804003a4:	80405537          	lui	a0,0x80405
804003a8:	5629                	li	a2,-22
804003aa:	28c50513          	add	a0,a0,652 # 8040528c <strnlen+0x3bc>
804003ae:	00001097          	auipc	ra,0x1
804003b2:	ab6080e7          	jalr	-1354(ra) # 80400e64 <expect>
804003b6:	80401537          	lui	a0,0x80401
804003ba:	b0250513          	add	a0,a0,-1278 # 80400b02 <unused_atom>
804003be:	00001097          	auipc	ra,0x1
804003c2:	808080e7          	jalr	-2040(ra) # 80400bc6 <spoiled>
804003c6:	85aa                	mv	a1,a0
804003c8:	80405537          	lui	a0,0x80405
804003cc:	5629                	li	a2,-22
804003ce:	2a450513          	add	a0,a0,676 # 804052a4 <strnlen+0x3d4>
804003d2:	00001097          	auipc	ra,0x1
804003d6:	a92080e7          	jalr	-1390(ra) # 80400e64 <expect>
804003da:	80401537          	lui	a0,0x80401
804003de:	b0850513          	add	a0,a0,-1272 # 80400b08 <unused_rule>
804003e2:	00000097          	auipc	ra,0x0
804003e6:	7e4080e7          	jalr	2020(ra) # 80400bc6 <spoiled>
804003ea:	85aa                	mv	a1,a0
804003ec:	80405537          	lui	a0,0x80405
804003f0:	5629                	li	a2,-22
804003f2:	2c450513          	add	a0,a0,708 # 804052c4 <strnlen+0x3f4>
804003f6:	00001097          	auipc	ra,0x1
804003fa:	a6e080e7          	jalr	-1426(ra) # 80400e64 <expect>
804003fe:	4541                	li	a0,16
80400400:	00003097          	auipc	ra,0x3
80400404:	9de080e7          	jalr	-1570(ra) # 80402dde <uni_net_filter>
80400408:	85aa                	mv	a1,a0
8040040a:	80405537          	lui	a0,0x80405
8040040e:	5649                	li	a2,-14
80400410:	2e450513          	add	a0,a0,740 # 804052e4 <strnlen+0x414>
80400414:	00001097          	auipc	ra,0x1
80400418:	a50080e7          	jalr	-1456(ra) # 80400e64 <expect>
8040041c:	804074b7          	lui	s1,0x80407
80400420:	1a400613          	li	a2,420
80400424:	4581                	li	a1,0
80400426:	2e448513          	add	a0,s1,740 # 804072e4 <f.1>
8040042a:	00003097          	auipc	ra,0x3
8040042e:	182080e7          	jalr	386(ra) # 804035ac <memset>
80400432:	65a5                	lui	a1,0x9
80400434:	8b558593          	add	a1,a1,-1867 # 88b5 <errno+0x88b5>
80400438:	1848                	add	a0,sp,52
8040043a:	00003097          	auipc	ra,0x3
8040043e:	936080e7          	jalr	-1738(ra) # 80402d70 <uni_net_atom_ethertype>
80400442:	57d2                	lw	a5,52(sp)
80400444:	860a                	mv	a2,sp
80400446:	4585                	li	a1,1
80400448:	c03e                	sw	a5,0(sp)
8040044a:	57e2                	lw	a5,56(sp)
8040044c:	2e448513          	add	a0,s1,740
80400450:	80000437          	lui	s0,0x80000
80400454:	c23e                	sw	a5,4(sp)
80400456:	57f2                	lw	a5,60(sp)
80400458:	00440913          	add	s2,s0,4 # 80000004 <errno+0x80000004>
8040045c:	c43e                	sw	a5,8(sp)
8040045e:	00003097          	auipc	ra,0x3
80400462:	924080e7          	jalr	-1756(ra) # 80402d82 <uni_net_filter_add>
80400466:	85aa                	mv	a1,a0
80400468:	80405537          	lui	a0,0x80405
8040046c:	5629                	li	a2,-22
8040046e:	2fc50513          	add	a0,a0,764 # 804052fc <strnlen+0x42c>
80400472:	00001097          	auipc	ra,0x1
80400476:	9f2080e7          	jalr	-1550(ra) # 80400e64 <expect>
8040047a:	8722                	mv	a4,s0
8040047c:	4611                	li	a2,4
8040047e:	5e600593          	li	a1,1510
80400482:	1028                	add	a0,sp,40
80400484:	56fd                	li	a3,-1
80400486:	00003097          	auipc	ra,0x3
8040048a:	8d8080e7          	jalr	-1832(ra) # 80402d5e <uni_net_atom>
8040048e:	57a2                	lw	a5,40(sp)
80400490:	0405                	add	s0,s0,1
80400492:	860a                	mv	a2,sp
80400494:	c03e                	sw	a5,0(sp)
80400496:	57b2                	lw	a5,44(sp)
80400498:	4581                	li	a1,0
8040049a:	2e448513          	add	a0,s1,740
8040049e:	c23e                	sw	a5,4(sp)
804004a0:	57c2                	lw	a5,48(sp)
804004a2:	c43e                	sw	a5,8(sp)
804004a4:	00003097          	auipc	ra,0x3
804004a8:	8de080e7          	jalr	-1826(ra) # 80402d82 <uni_net_filter_add>
804004ac:	fd2417e3          	bne	s0,s2,8040047a <main+0x3da>
804004b0:	6925                	lui	s2,0x9
804004b2:	8b590593          	add	a1,s2,-1867 # 88b5 <errno+0x88b5>
804004b6:	0868                	add	a0,sp,28
804004b8:	00003097          	auipc	ra,0x3
804004bc:	8b8080e7          	jalr	-1864(ra) # 80402d70 <uni_net_atom_ethertype>
804004c0:	47f2                	lw	a5,28(sp)
804004c2:	860a                	mv	a2,sp
804004c4:	4581                	li	a1,0
804004c6:	c03e                	sw	a5,0(sp)
804004c8:	5782                	lw	a5,32(sp)
804004ca:	2e448513          	add	a0,s1,740
804004ce:	80407437          	lui	s0,0x80407
804004d2:	c23e                	sw	a5,4(sp)
804004d4:	5792                	lw	a5,36(sp)
804004d6:	c43e                	sw	a5,8(sp)
804004d8:	00003097          	auipc	ra,0x3
804004dc:	8aa080e7          	jalr	-1878(ra) # 80402d82 <uni_net_filter_add>
804004e0:	85aa                	mv	a1,a0
804004e2:	80405537          	lui	a0,0x80405
804004e6:	5629                	li	a2,-22
804004e8:	33050513          	add	a0,a0,816 # 80405330 <strnlen+0x460>
804004ec:	00001097          	auipc	ra,0x1
804004f0:	978080e7          	jalr	-1672(ra) # 80400e64 <expect>
804004f4:	2e448513          	add	a0,s1,740
804004f8:	00003097          	auipc	ra,0x3
804004fc:	8e6080e7          	jalr	-1818(ra) # 80402dde <uni_net_filter>
80400500:	85aa                	mv	a1,a0
80400502:	80405537          	lui	a0,0x80405
80400506:	4601                	li	a2,0
80400508:	35450513          	add	a0,a0,852 # 80405354 <strnlen+0x484>
8040050c:	00001097          	auipc	ra,0x1
80400510:	958080e7          	jalr	-1704(ra) # 80400e64 <expect>
80400514:	2e448513          	add	a0,s1,740
80400518:	00000097          	auipc	ra,0x0
8040051c:	5f6080e7          	jalr	1526(ra) # 80400b0e <test_filter>
80400520:	2e448513          	add	a0,s1,740
80400524:	00003097          	auipc	ra,0x3
80400528:	8ba080e7          	jalr	-1862(ra) # 80402dde <uni_net_filter>
8040052c:	85aa                	mv	a1,a0
8040052e:	80405537          	lui	a0,0x80405
80400532:	4601                	li	a2,0
80400534:	38050513          	add	a0,a0,896 # 80405380 <strnlen+0x4b0>
80400538:	00001097          	auipc	ra,0x1
8040053c:	92c080e7          	jalr	-1748(ra) # 80400e64 <expect>
80400540:	80407537          	lui	a0,0x80407
80400544:	1a000613          	li	a2,416
80400548:	4581                	li	a1,0
8040054a:	2e850513          	add	a0,a0,744 # 804072e8 <f.1+0x4>
8040054e:	2e04a223          	sw	zero,740(s1)
80400552:	00003097          	auipc	ra,0x3
80400556:	05a080e7          	jalr	90(ra) # 804035ac <memset>
8040055a:	2e448513          	add	a0,s1,740
8040055e:	00003097          	auipc	ra,0x3
80400562:	880080e7          	jalr	-1920(ra) # 80402dde <uni_net_filter>
80400566:	85aa                	mv	a1,a0
80400568:	80405537          	lui	a0,0x80405
8040056c:	4601                	li	a2,0
8040056e:	39850513          	add	a0,a0,920 # 80405398 <strnlen+0x4c8>
80400572:	00001097          	auipc	ra,0x1
80400576:	8f2080e7          	jalr	-1806(ra) # 80400e64 <expect>
8040057a:	48840513          	add	a0,s0,1160 # 80407488 <f.2>
8040057e:	00000097          	auipc	ra,0x0
80400582:	590080e7          	jalr	1424(ra) # 80400b0e <test_filter>
80400586:	48840513          	add	a0,s0,1160
8040058a:	00003097          	auipc	ra,0x3
8040058e:	854080e7          	jalr	-1964(ra) # 80402dde <uni_net_filter>
80400592:	85aa                	mv	a1,a0
80400594:	80405537          	lui	a0,0x80405
80400598:	4601                	li	a2,0
8040059a:	3a450513          	add	a0,a0,932 # 804053a4 <strnlen+0x4d4>
8040059e:	00001097          	auipc	ra,0x1
804005a2:	8c6080e7          	jalr	-1850(ra) # 80400e64 <expect>
804005a6:	80405537          	lui	a0,0x80405
804005aa:	3c850513          	add	a0,a0,968 # 804053c8 <strnlen+0x4f8>
804005ae:	00003097          	auipc	ra,0x3
804005b2:	026080e7          	jalr	38(ra) # 804035d4 <printf>
804005b6:	4505                	li	a0,1
804005b8:	00000097          	auipc	ra,0x0
804005bc:	7c0080e7          	jalr	1984(ra) # 80400d78 <receive_round>
804005c0:	80407537          	lui	a0,0x80407
804005c4:	1a000613          	li	a2,416
804005c8:	4581                	li	a1,0
804005ca:	48c50513          	add	a0,a0,1164 # 8040748c <f.2+0x4>
804005ce:	48042423          	sw	zero,1160(s0)
804005d2:	00003097          	auipc	ra,0x3
804005d6:	fda080e7          	jalr	-38(ra) # 804035ac <memset>
804005da:	48840513          	add	a0,s0,1160
804005de:	00003097          	auipc	ra,0x3
804005e2:	800080e7          	jalr	-2048(ra) # 80402dde <uni_net_filter>
804005e6:	85aa                	mv	a1,a0
804005e8:	80405537          	lui	a0,0x80405
804005ec:	4601                	li	a2,0
804005ee:	3d850513          	add	a0,a0,984 # 804053d8 <strnlen+0x508>
804005f2:	00001097          	auipc	ra,0x1
804005f6:	872080e7          	jalr	-1934(ra) # 80400e64 <expect>
804005fa:	80406537          	lui	a0,0x80406
804005fe:	03c00693          	li	a3,60
80400602:	4641                	li	a2,16
80400604:	8b590593          	add	a1,s2,-1867
80400608:	02c50513          	add	a0,a0,44 # 8040602c <broadcast>
8040060c:	00000097          	auipc	ra,0x0
80400610:	5ee080e7          	jalr	1518(ra) # 80400bfa <send_frame>
80400614:	4509                	li	a0,2
80400616:	00000097          	auipc	ra,0x0
8040061a:	762080e7          	jalr	1890(ra) # 80400d78 <receive_round>
8040061e:	80407437          	lui	s0,0x80407
80400622:	0bc42583          	lw	a1,188(s0) # 804070bc <failures>
80400626:	80405537          	lui	a0,0x80405
8040062a:	3ec50513          	add	a0,a0,1004 # 804053ec <strnlen+0x51c>
8040062e:	00003097          	auipc	ra,0x3
80400632:	fa6080e7          	jalr	-90(ra) # 804035d4 <printf>
80400636:	0bc42503          	lw	a0,188(s0)
8040063a:	be59                	j	804001d0 <main+0x130>
8040063c:	80405537          	lui	a0,0x80405
80400640:	40c50513          	add	a0,a0,1036 # 8040540c <strnlen+0x53c>
80400644:	00003097          	auipc	ra,0x3
80400648:	f90080e7          	jalr	-112(ra) # 804035d4 <printf>
8040064c:	4505                	li	a0,1
8040064e:	b649                	j	804001d0 <main+0x130>
80400650:	f7f5                	bnez	a5,8040063c <main+0x59c>
80400652:	1848                	add	a0,sp,52
80400654:	00000097          	auipc	ra,0x0
80400658:	65c080e7          	jalr	1628(ra) # 80400cb0 <send_round>
8040065c:	80405537          	lui	a0,0x80405
80400660:	44850513          	add	a0,a0,1096 # 80405448 <strnlen+0x578>
80400664:	649d                	lui	s1,0x7
80400666:	00003097          	auipc	ra,0x3
8040066a:	f6e080e7          	jalr	-146(ra) # 804035d4 <printf>
8040066e:	80407437          	lui	s0,0x80407
80400672:	53048493          	add	s1,s1,1328 # 7530 <errno+0x7530>
80400676:	4939                	li	s2,14
80400678:	08800993          	li	s3,136
8040067c:	0b500a13          	li	s4,181
80400680:	8626                	mv	a2,s1
80400682:	5ea00593          	li	a1,1514
80400686:	7d040513          	add	a0,s0,2000 # 804077d0 <frame>
8040068a:	00002097          	auipc	ra,0x2
8040068e:	59c080e7          	jalr	1436(ra) # 80402c26 <uni_net_recv>
80400692:	7d040793          	add	a5,s0,2000
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
804006be:	5f6080e7          	jalr	1526(ra) # 80400cb0 <send_round>
804006c2:	80407437          	lui	s0,0x80407
804006c6:	0bc42583          	lw	a1,188(s0) # 804070bc <failures>
804006ca:	80405537          	lui	a0,0x80405
804006ce:	48850513          	add	a0,a0,1160 # 80405488 <strnlen+0x5b8>
804006d2:	00003097          	auipc	ra,0x3
804006d6:	f02080e7          	jalr	-254(ra) # 804035d4 <printf>
804006da:	0bc42503          	lw	a0,188(s0)
804006de:	bccd                	j	804001d0 <main+0x130>
804006e0:	85aa                	mv	a1,a0
804006e2:	80405537          	lui	a0,0x80405
804006e6:	47050513          	add	a0,a0,1136 # 80405470 <strnlen+0x5a0>
804006ea:	00003097          	auipc	ra,0x3
804006ee:	eea080e7          	jalr	-278(ra) # 804035d4 <printf>
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
8040070a:	b3e080e7          	jalr	-1218(ra) # 80401244 <uni_mfn_to_virt>
8040070e:	c939                	beqz	a0,80400764 <console_init+0x6e>
80400710:	5c10                	lw	a2,56(s0)
80400712:	85aa                	mv	a1,a0
80400714:	804016b7          	lui	a3,0x80401
80400718:	8041a537          	lui	a0,0x8041a
8040071c:	02450513          	add	a0,a0,36 # 8041a024 <cons>
80400720:	6e468693          	add	a3,a3,1764 # 804016e4 <pv_block>
80400724:	00002097          	auipc	ra,0x2
80400728:	87c080e7          	jalr	-1924(ra) # 80401fa0 <pvcons_init>
8040072c:	5c08                	lw	a0,56(s0)
8040072e:	804025b7          	lui	a1,0x80402
80400732:	4601                	li	a2,0
80400734:	54c58593          	add	a1,a1,1356 # 8040254c <cons_event>
80400738:	00001097          	auipc	ra,0x1
8040073c:	e12080e7          	jalr	-494(ra) # 8040154a <evtchn_bind>
80400740:	02054a63          	bltz	a0,80400774 <console_init+0x7e>
80400744:	4422                	lw	s0,8(sp)
80400746:	40b2                	lw	ra,12(sp)
80400748:	804077b7          	lui	a5,0x80407
8040074c:	4705                	li	a4,1
8040074e:	80402537          	lui	a0,0x80402
80400752:	0ee7a223          	sw	a4,228(a5) # 804070e4 <ready>
80400756:	54e50513          	add	a0,a0,1358 # 8040254e <uni_console_drain>
8040075a:	0141                	add	sp,sp,16
8040075c:	00001317          	auipc	t1,0x1
80400760:	8f630067          	jr	-1802(t1) # 80401052 <uni_at_shutdown>
80400764:	80406537          	lui	a0,0x80406
80400768:	99850513          	add	a0,a0,-1640 # 80405998 <names.0+0x58>
8040076c:	00001097          	auipc	ra,0x1
80400770:	936080e7          	jalr	-1738(ra) # 804010a2 <uni_panic>
80400774:	80406537          	lui	a0,0x80406
80400778:	9cc50513          	add	a0,a0,-1588 # 804059cc <names.0+0x8c>
8040077c:	00001097          	auipc	ra,0x1
80400780:	926080e7          	jalr	-1754(ra) # 804010a2 <uni_panic>

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
8040082a:	e44080e7          	jalr	-444(ra) # 8040166a <evtchn_bind_virq>
8040082e:	02054363          	bltz	a0,80400854 <memory_init+0xb2>
80400832:	0f842503          	lw	a0,248(s0)
80400836:	804025b7          	lui	a1,0x80402
8040083a:	4601                	li	a2,0
8040083c:	59058593          	add	a1,a1,1424 # 80402590 <revoke_event>
80400840:	00001097          	auipc	ra,0x1
80400844:	d0a080e7          	jalr	-758(ra) # 8040154a <evtchn_bind>
80400848:	00054663          	bltz	a0,80400854 <memory_init+0xb2>
8040084c:	40b2                	lw	ra,12(sp)
8040084e:	4422                	lw	s0,8(sp)
80400850:	0141                	add	sp,sp,16
80400852:	8082                	ret
80400854:	80406537          	lui	a0,0x80406
80400858:	9e850513          	add	a0,a0,-1560 # 804059e8 <names.0+0xa8>
8040085c:	00001097          	auipc	ra,0x1
80400860:	846080e7          	jalr	-1978(ra) # 804010a2 <uni_panic>

80400864 <page>:
80400864:	1141                	add	sp,sp,-16
80400866:	c606                	sw	ra,12(sp)
80400868:	00002097          	auipc	ra,0x2
8040086c:	f40080e7          	jalr	-192(ra) # 804027a8 <uni_page_alloc>
80400870:	c501                	beqz	a0,80400878 <page+0x14>
80400872:	40b2                	lw	ra,12(sp)
80400874:	0141                	add	sp,sp,16
80400876:	8082                	ret
80400878:	80406537          	lui	a0,0x80406
8040087c:	a5050513          	add	a0,a0,-1456 # 80405a50 <msg.0+0x1c>
80400880:	00001097          	auipc	ra,0x1
80400884:	822080e7          	jalr	-2014(ra) # 804010a2 <uni_panic>

80400888 <net_init>:
80400888:	7139                	add	sp,sp,-64
8040088a:	804077b7          	lui	a5,0x80407
8040088e:	da26                	sw	s1,52(sp)
80400890:	0cc7a483          	lw	s1,204(a5) # 804070cc <uni_start_info>
80400894:	de06                	sw	ra,60(sp)
80400896:	dc22                	sw	s0,56(sp)
80400898:	54c8                	lw	a0,44(s1)
8040089a:	d84a                	sw	s2,48(sp)
8040089c:	d64e                	sw	s3,44(sp)
8040089e:	d452                	sw	s4,40(sp)
804008a0:	d256                	sw	s5,36(sp)
804008a2:	d05a                	sw	s6,32(sp)
804008a4:	00001097          	auipc	ra,0x1
804008a8:	9a0080e7          	jalr	-1632(ra) # 80401244 <uni_mfn_to_virt>
804008ac:	1c050d63          	beqz	a0,80400a86 <net_init+0x1fe>
804008b0:	842a                	mv	s0,a0
804008b2:	5888                	lw	a0,48(s1)
804008b4:	804035b7          	lui	a1,0x80403
804008b8:	4601                	li	a2,0
804008ba:	ac258593          	add	a1,a1,-1342 # 80402ac2 <store_event>
804008be:	00001097          	auipc	ra,0x1
804008c2:	c8c080e7          	jalr	-884(ra) # 8040154a <evtchn_bind>
804008c6:	1c054063          	bltz	a0,80400a86 <net_init+0x1fe>
804008ca:	5890                	lw	a2,48(s1)
804008cc:	8041ba37          	lui	s4,0x8041b
804008d0:	80401ab7          	lui	s5,0x80401
804008d4:	4e0a8693          	add	a3,s5,1248 # 804014e0 <uni_wait>
804008d8:	85a2                	mv	a1,s0
804008da:	6d8a0513          	add	a0,s4,1752 # 8041b6d8 <store>
804008de:	00002097          	auipc	ra,0x2
804008e2:	b2c080e7          	jalr	-1236(ra) # 8040240a <xs_init>
804008e6:	002c                	add	a1,sp,8
804008e8:	6d8a0513          	add	a0,s4,1752
804008ec:	00001097          	auipc	ra,0x1
804008f0:	16e080e7          	jalr	366(ra) # 80401a5a <netfront_probe>
804008f4:	57f9                	li	a5,-2
804008f6:	16f50063          	beq	a0,a5,80400a56 <net_init+0x1ce>
804008fa:	16054e63          	bltz	a0,80400a76 <net_init+0x1ee>
804008fe:	0808                	add	a0,sp,16
80400900:	00001097          	auipc	ra,0x1
80400904:	dfe080e7          	jalr	-514(ra) # 804016fe <gnttab_setup_frame>
80400908:	18054763          	bltz	a0,80400a96 <net_init+0x20e>
8040090c:	00000097          	auipc	ra,0x0
80400910:	f58080e7          	jalr	-168(ra) # 80400864 <page>
80400914:	45c2                	lw	a1,16(sp)
80400916:	80406637          	lui	a2,0x80406
8040091a:	ae860613          	add	a2,a2,-1304 # 80405ae8 <msg.0+0xb4>
8040091e:	842a                	mv	s0,a0
80400920:	00002097          	auipc	ra,0x2
80400924:	efa080e7          	jalr	-262(ra) # 8040281a <uni_map_over>
80400928:	6685                	lui	a3,0x1
8040092a:	00840793          	add	a5,s0,8
8040092e:	96a2                	add	a3,a3,s0
80400930:	a021                	j	80400938 <net_init+0xb0>
80400932:	07a1                	add	a5,a5,8
80400934:	12d78b63          	beq	a5,a3,80400a6a <net_init+0x1e2>
80400938:	0007d703          	lhu	a4,0(a5)
8040093c:	db7d                	beqz	a4,80400932 <net_init+0xaa>
8040093e:	8041b9b7          	lui	s3,0x8041b
80400942:	2c898413          	add	s0,s3,712 # 8041b2c8 <pages.0>
80400946:	00000097          	auipc	ra,0x0
8040094a:	f1e080e7          	jalr	-226(ra) # 80400864 <page>
8040094e:	c008                	sw	a0,0(s0)
80400950:	00001097          	auipc	ra,0x1
80400954:	8bc080e7          	jalr	-1860(ra) # 8040120c <uni_virt_to_mfn>
80400958:	c048                	sw	a0,4(s0)
8040095a:	00000097          	auipc	ra,0x0
8040095e:	f0a080e7          	jalr	-246(ra) # 80400864 <page>
80400962:	c408                	sw	a0,8(s0)
80400964:	2c898493          	add	s1,s3,712
80400968:	00001097          	auipc	ra,0x1
8040096c:	8a4080e7          	jalr	-1884(ra) # 8040120c <uni_virt_to_mfn>
80400970:	c448                	sw	a0,12(s0)
80400972:	02048913          	add	s2,s1,32
80400976:	00002097          	auipc	ra,0x2
8040097a:	e32080e7          	jalr	-462(ra) # 804027a8 <uni_page_alloc>
8040097e:	c925                	beqz	a0,804009ee <net_init+0x166>
80400980:	c808                	sw	a0,16(s0)
80400982:	00001097          	auipc	ra,0x1
80400986:	88a080e7          	jalr	-1910(ra) # 8040120c <uni_virt_to_mfn>
8040098a:	d808                	sw	a0,48(s0)
8040098c:	0411                	add	s0,s0,4
8040098e:	ff2414e3          	bne	s0,s2,80400976 <net_init+0xee>
80400992:	8041b437          	lui	s0,0x8041b
80400996:	31840413          	add	s0,s0,792 # 8041b318 <pages.0+0x50>
8040099a:	0d048493          	add	s1,s1,208
8040099e:	00002097          	auipc	ra,0x2
804009a2:	e0a080e7          	jalr	-502(ra) # 804027a8 <uni_page_alloc>
804009a6:	c521                	beqz	a0,804009ee <net_init+0x166>
804009a8:	c008                	sw	a0,0(s0)
804009aa:	00001097          	auipc	ra,0x1
804009ae:	862080e7          	jalr	-1950(ra) # 8040120c <uni_virt_to_mfn>
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
804009e8:	dc4080e7          	jalr	-572(ra) # 804027a8 <uni_page_alloc>
804009ec:	f16d                	bnez	a0,804009ce <net_init+0x146>
804009ee:	80406537          	lui	a0,0x80406
804009f2:	a5050513          	add	a0,a0,-1456 # 80405a50 <msg.0+0x1c>
804009f6:	00000097          	auipc	ra,0x0
804009fa:	6ac080e7          	jalr	1708(ra) # 804010a2 <uni_panic>
804009fe:	804036b7          	lui	a3,0x80403
80400a02:	8041b537          	lui	a0,0x8041b
80400a06:	4e0a8793          	add	a5,s5,1248
80400a0a:	4701                	li	a4,0
80400a0c:	b8468693          	add	a3,a3,-1148 # 80402b84 <net_rx>
80400a10:	2c898613          	add	a2,s3,712
80400a14:	6d8a0593          	add	a1,s4,1752
80400a18:	4d850513          	add	a0,a0,1240 # 8041b4d8 <nf>
80400a1c:	00001097          	auipc	ra,0x1
80400a20:	2c0080e7          	jalr	704(ra) # 80401cdc <netfront_connect>
80400a24:	08054163          	bltz	a0,80400aa6 <net_init+0x21e>
80400a28:	804077b7          	lui	a5,0x80407
80400a2c:	4705                	li	a4,1
80400a2e:	0808                	add	a0,sp,16
80400a30:	12e7ae23          	sw	a4,316(a5) # 8040713c <present>
80400a34:	00001097          	auipc	ra,0x1
80400a38:	ac4080e7          	jalr	-1340(ra) # 804014f8 <pv_genid>
80400a3c:	872a                	mv	a4,a0
80400a3e:	80406537          	lui	a0,0x80406
80400a42:	804077b7          	lui	a5,0x80407
80400a46:	b4450513          	add	a0,a0,-1212 # 80405b44 <ops>
80400a4a:	12e7ac23          	sw	a4,312(a5) # 80407138 <mac_generation>
80400a4e:	00002097          	auipc	ra,0x2
80400a52:	eac080e7          	jalr	-340(ra) # 804028fa <uni_posix_net>
80400a56:	50f2                	lw	ra,60(sp)
80400a58:	5462                	lw	s0,56(sp)
80400a5a:	54d2                	lw	s1,52(sp)
80400a5c:	5942                	lw	s2,48(sp)
80400a5e:	59b2                	lw	s3,44(sp)
80400a60:	5a22                	lw	s4,40(sp)
80400a62:	5a92                	lw	s5,36(sp)
80400a64:	5b02                	lw	s6,32(sp)
80400a66:	6121                	add	sp,sp,64
80400a68:	8082                	ret
80400a6a:	8522                	mv	a0,s0
80400a6c:	00001097          	auipc	ra,0x1
80400a70:	ce8080e7          	jalr	-792(ra) # 80401754 <gnttab_init>
80400a74:	b5e9                	j	8040093e <net_init+0xb6>
80400a76:	80406537          	lui	a0,0x80406
80400a7a:	a9050513          	add	a0,a0,-1392 # 80405a90 <msg.0+0x5c>
80400a7e:	00000097          	auipc	ra,0x0
80400a82:	624080e7          	jalr	1572(ra) # 804010a2 <uni_panic>
80400a86:	80406537          	lui	a0,0x80406
80400a8a:	a6450513          	add	a0,a0,-1436 # 80405a64 <msg.0+0x30>
80400a8e:	00000097          	auipc	ra,0x0
80400a92:	614080e7          	jalr	1556(ra) # 804010a2 <uni_panic>
80400a96:	80406537          	lui	a0,0x80406
80400a9a:	ac450513          	add	a0,a0,-1340 # 80405ac4 <msg.0+0x90>
80400a9e:	00000097          	auipc	ra,0x0
80400aa2:	604080e7          	jalr	1540(ra) # 804010a2 <uni_panic>
80400aa6:	80406537          	lui	a0,0x80406
80400aaa:	b1850513          	add	a0,a0,-1256 # 80405b18 <msg.0+0xe4>
80400aae:	00000097          	auipc	ra,0x0
80400ab2:	5f4080e7          	jalr	1524(ra) # 804010a2 <uni_panic>

80400ab6 <too_many_rules>:
80400ab6:	47a5                	li	a5,9
80400ab8:	c11c                	sw	a5,0(a0)
80400aba:	8082                	ret

80400abc <no_atoms>:
80400abc:	02052c23          	sw	zero,56(a0)
80400ac0:	8082                	ret

80400ac2 <too_many_atoms>:
80400ac2:	4795                	li	a5,5
80400ac4:	c15c                	sw	a5,4(a0)
80400ac6:	8082                	ret

80400ac8 <width_3>:
80400ac8:	478d                	li	a5,3
80400aca:	00f50b23          	sb	a5,22(a0)
80400ace:	8082                	ret

80400ad0 <width_0>:
80400ad0:	00050b23          	sb	zero,22(a0)
80400ad4:	8082                	ret

80400ad6 <past_mtu>:
80400ad6:	5ea00793          	li	a5,1514
80400ada:	00f51a23          	sh	a5,20(a0)
80400ade:	8082                	ret

80400ae0 <straddles_mtu>:
80400ae0:	5e900793          	li	a5,1513
80400ae4:	00f51423          	sh	a5,8(a0)
80400ae8:	8082                	ret

80400aea <mask_above_width>:
80400aea:	1ff00793          	li	a5,511
80400aee:	cd1c                	sw	a5,24(a0)
80400af0:	8082                	ret

80400af2 <value_outside_mask>:
80400af2:	0f000793          	li	a5,240
80400af6:	cd1c                	sw	a5,24(a0)
80400af8:	8082                	ret

80400afa <pad>:
80400afa:	4785                	li	a5,1
80400afc:	02f50fa3          	sb	a5,63(a0)
80400b00:	8082                	ret

80400b02 <unused_atom>:
80400b02:	4785                	li	a5,1
80400b04:	d95c                	sw	a5,52(a0)
80400b06:	8082                	ret

80400b08 <unused_rule>:
80400b08:	4785                	li	a5,1
80400b0a:	d57c                	sw	a5,108(a0)
80400b0c:	8082                	ret

80400b0e <test_filter>:
80400b0e:	7139                	add	sp,sp,-64
80400b10:	d84a                	sw	s2,48(sp)
80400b12:	1a400613          	li	a2,420
80400b16:	4581                	li	a1,0
80400b18:	6925                	lui	s2,0x9
80400b1a:	dc22                	sw	s0,56(sp)
80400b1c:	da26                	sw	s1,52(sp)
80400b1e:	de06                	sw	ra,60(sp)
80400b20:	842a                	mv	s0,a0
80400b22:	4481                	li	s1,0
80400b24:	00003097          	auipc	ra,0x3
80400b28:	a88080e7          	jalr	-1400(ra) # 804035ac <memset>
80400b2c:	8b590913          	add	s2,s2,-1867 # 88b5 <errno+0x88b5>
80400b30:	85ca                	mv	a1,s2
80400b32:	0828                	add	a0,sp,24
80400b34:	00002097          	auipc	ra,0x2
80400b38:	23c080e7          	jalr	572(ra) # 80402d70 <uni_net_atom_ethertype>
80400b3c:	47e2                	lw	a5,24(sp)
80400b3e:	860a                	mv	a2,sp
80400b40:	85a6                	mv	a1,s1
80400b42:	c03e                	sw	a5,0(sp)
80400b44:	47f2                	lw	a5,28(sp)
80400b46:	8522                	mv	a0,s0
80400b48:	c23e                	sw	a5,4(sp)
80400b4a:	5782                	lw	a5,32(sp)
80400b4c:	c43e                	sw	a5,8(sp)
80400b4e:	00002097          	auipc	ra,0x2
80400b52:	234080e7          	jalr	564(ra) # 80402d82 <uni_net_filter_add>
80400b56:	cc9d                	beqz	s1,80400b94 <test_filter+0x86>
80400b58:	1048                	add	a0,sp,36
80400b5a:	0ff00713          	li	a4,255
80400b5e:	0ff00693          	li	a3,255
80400b62:	4605                	li	a2,1
80400b64:	45b9                	li	a1,14
80400b66:	00002097          	auipc	ra,0x2
80400b6a:	1f8080e7          	jalr	504(ra) # 80402d5e <uni_net_atom>
80400b6e:	5792                	lw	a5,36(sp)
80400b70:	860a                	mv	a2,sp
80400b72:	8522                	mv	a0,s0
80400b74:	c03e                	sw	a5,0(sp)
80400b76:	57a2                	lw	a5,40(sp)
80400b78:	4585                	li	a1,1
80400b7a:	c23e                	sw	a5,4(sp)
80400b7c:	57b2                	lw	a5,44(sp)
80400b7e:	c43e                	sw	a5,8(sp)
80400b80:	00002097          	auipc	ra,0x2
80400b84:	202080e7          	jalr	514(ra) # 80402d82 <uni_net_filter_add>
80400b88:	50f2                	lw	ra,60(sp)
80400b8a:	5462                	lw	s0,56(sp)
80400b8c:	54d2                	lw	s1,52(sp)
80400b8e:	5942                	lw	s2,48(sp)
80400b90:	6121                	add	sp,sp,64
80400b92:	8082                	ret
80400b94:	1048                	add	a0,sp,36
80400b96:	4705                	li	a4,1
80400b98:	0ff00693          	li	a3,255
80400b9c:	4605                	li	a2,1
80400b9e:	45b9                	li	a1,14
80400ba0:	00002097          	auipc	ra,0x2
80400ba4:	1be080e7          	jalr	446(ra) # 80402d5e <uni_net_atom>
80400ba8:	5792                	lw	a5,36(sp)
80400baa:	860a                	mv	a2,sp
80400bac:	4581                	li	a1,0
80400bae:	c03e                	sw	a5,0(sp)
80400bb0:	57a2                	lw	a5,40(sp)
80400bb2:	8522                	mv	a0,s0
80400bb4:	4485                	li	s1,1
80400bb6:	c23e                	sw	a5,4(sp)
80400bb8:	57b2                	lw	a5,44(sp)
80400bba:	c43e                	sw	a5,8(sp)
80400bbc:	00002097          	auipc	ra,0x2
80400bc0:	1c6080e7          	jalr	454(ra) # 80402d82 <uni_net_filter_add>
80400bc4:	b7b5                	j	80400b30 <test_filter+0x22>

80400bc6 <spoiled>:
80400bc6:	1141                	add	sp,sp,-16
80400bc8:	c422                	sw	s0,8(sp)
80400bca:	80407437          	lui	s0,0x80407
80400bce:	c226                	sw	s1,4(sp)
80400bd0:	84aa                	mv	s1,a0
80400bd2:	14040513          	add	a0,s0,320 # 80407140 <f.0>
80400bd6:	c606                	sw	ra,12(sp)
80400bd8:	00000097          	auipc	ra,0x0
80400bdc:	f36080e7          	jalr	-202(ra) # 80400b0e <test_filter>
80400be0:	14040513          	add	a0,s0,320
80400be4:	9482                	jalr	s1
80400be6:	14040513          	add	a0,s0,320
80400bea:	4422                	lw	s0,8(sp)
80400bec:	40b2                	lw	ra,12(sp)
80400bee:	4492                	lw	s1,4(sp)
80400bf0:	0141                	add	sp,sp,16
80400bf2:	00002317          	auipc	t1,0x2
80400bf6:	1ec30067          	jr	492(t1) # 80402dde <uni_net_filter>

80400bfa <send_frame>:
80400bfa:	711d                	add	sp,sp,-96
80400bfc:	cca2                	sw	s0,88(sp)
80400bfe:	caa6                	sw	s1,84(sp)
80400c00:	c6ce                	sw	s3,76(sp)
80400c02:	842e                	mv	s0,a1
80400c04:	89aa                	mv	s3,a0
80400c06:	84b2                	mv	s1,a2
80400c08:	4581                	li	a1,0
80400c0a:	04000613          	li	a2,64
80400c0e:	850a                	mv	a0,sp
80400c10:	ce86                	sw	ra,92(sp)
80400c12:	c8ca                	sw	s2,80(sp)
80400c14:	8936                	mv	s2,a3
80400c16:	00003097          	auipc	ra,0x3
80400c1a:	996080e7          	jalr	-1642(ra) # 804035ac <memset>
80400c1e:	85ce                	mv	a1,s3
80400c20:	4619                	li	a2,6
80400c22:	850a                	mv	a0,sp
80400c24:	00003097          	auipc	ra,0x3
80400c28:	972080e7          	jalr	-1678(ra) # 80403596 <memcpy>
80400c2c:	804075b7          	lui	a1,0x80407
80400c30:	4619                	li	a2,6
80400c32:	0b458593          	add	a1,a1,180 # 804070b4 <mine>
80400c36:	00610513          	add	a0,sp,6
80400c3a:	00003097          	auipc	ra,0x3
80400c3e:	95c080e7          	jalr	-1700(ra) # 80403596 <memcpy>
80400c42:	804079b7          	lui	s3,0x80407
80400c46:	0b09a783          	lw	a5,176(s3) # 804070b0 <seq>
80400c4a:	00845613          	srl	a2,s0,0x8
80400c4e:	0ff47413          	zext.b	s0,s0
80400c52:	0422                	sll	s0,s0,0x8
80400c54:	0ff67613          	zext.b	a2,a2
80400c58:	0ff4f493          	zext.b	s1,s1
80400c5c:	04c2                	sll	s1,s1,0x10
80400c5e:	8e41                	or	a2,a2,s0
80400c60:	01879713          	sll	a4,a5,0x18
80400c64:	8e45                	or	a2,a2,s1
80400c66:	0785                	add	a5,a5,1
80400c68:	8e59                	or	a2,a2,a4
80400c6a:	85ca                	mv	a1,s2
80400c6c:	850a                	mv	a0,sp
80400c6e:	0af9a823          	sw	a5,176(s3)
80400c72:	c632                	sw	a2,12(sp)
80400c74:	00002097          	auipc	ra,0x2
80400c78:	ec4080e7          	jalr	-316(ra) # 80402b38 <uni_net_send>
80400c7c:	03250363          	beq	a0,s2,80400ca2 <send_frame+0xa8>
80400c80:	0b09a583          	lw	a1,176(s3)
80400c84:	80405537          	lui	a0,0x80405
80400c88:	00050513          	mv	a0,a0
80400c8c:	00003097          	auipc	ra,0x3
80400c90:	948080e7          	jalr	-1720(ra) # 804035d4 <printf>
80400c94:	80407737          	lui	a4,0x80407
80400c98:	0bc72783          	lw	a5,188(a4) # 804070bc <failures>
80400c9c:	0785                	add	a5,a5,1
80400c9e:	0af72e23          	sw	a5,188(a4)
80400ca2:	40f6                	lw	ra,92(sp)
80400ca4:	4466                	lw	s0,88(sp)
80400ca6:	44d6                	lw	s1,84(sp)
80400ca8:	4946                	lw	s2,80(sp)
80400caa:	49b6                	lw	s3,76(sp)
80400cac:	6125                	add	sp,sp,96
80400cae:	8082                	ret

80400cb0 <send_round>:
80400cb0:	1101                	add	sp,sp,-32
80400cb2:	c452                	sw	s4,8(sp)
80400cb4:	c256                	sw	s5,4(sp)
80400cb6:	6a05                	lui	s4,0x1
80400cb8:	6aa5                	lui	s5,0x9
80400cba:	cc22                	sw	s0,24(sp)
80400cbc:	ca26                	sw	s1,20(sp)
80400cbe:	c84a                	sw	s2,16(sp)
80400cc0:	c64e                	sw	s3,12(sp)
80400cc2:	c05a                	sw	s6,0(sp)
80400cc4:	ce06                	sw	ra,28(sp)
80400cc6:	842a                	mv	s0,a0
80400cc8:	498d                	li	s3,3
80400cca:	80406937          	lui	s2,0x80406
80400cce:	8b5a8493          	add	s1,s5,-1867 # 88b5 <errno+0x88b5>
80400cd2:	800a0a13          	add	s4,s4,-2048 # 800 <errno+0x800>
80400cd6:	8b6a8b13          	add	s6,s5,-1866
80400cda:	03c00693          	li	a3,60
80400cde:	4605                	li	a2,1
80400ce0:	85a6                	mv	a1,s1
80400ce2:	8522                	mv	a0,s0
80400ce4:	00000097          	auipc	ra,0x0
80400ce8:	f16080e7          	jalr	-234(ra) # 80400bfa <send_frame>
80400cec:	03c00693          	li	a3,60
80400cf0:	4609                	li	a2,2
80400cf2:	85a6                	mv	a1,s1
80400cf4:	8522                	mv	a0,s0
80400cf6:	00000097          	auipc	ra,0x0
80400cfa:	f04080e7          	jalr	-252(ra) # 80400bfa <send_frame>
80400cfe:	03c00693          	li	a3,60
80400d02:	4605                	li	a2,1
80400d04:	85a6                	mv	a1,s1
80400d06:	02c90513          	add	a0,s2,44 # 8040602c <broadcast>
80400d0a:	00000097          	auipc	ra,0x0
80400d0e:	ef0080e7          	jalr	-272(ra) # 80400bfa <send_frame>
80400d12:	03c00693          	li	a3,60
80400d16:	4605                	li	a2,1
80400d18:	85d2                	mv	a1,s4
80400d1a:	02c90513          	add	a0,s2,44
80400d1e:	00000097          	auipc	ra,0x0
80400d22:	edc080e7          	jalr	-292(ra) # 80400bfa <send_frame>
80400d26:	03c00693          	li	a3,60
80400d2a:	4605                	li	a2,1
80400d2c:	85da                	mv	a1,s6
80400d2e:	8522                	mv	a0,s0
80400d30:	00000097          	auipc	ra,0x0
80400d34:	eca080e7          	jalr	-310(ra) # 80400bfa <send_frame>
80400d38:	19fd                	add	s3,s3,-1
80400d3a:	46b9                	li	a3,14
80400d3c:	4605                	li	a2,1
80400d3e:	85a6                	mv	a1,s1
80400d40:	02c90513          	add	a0,s2,44
80400d44:	00000097          	auipc	ra,0x0
80400d48:	eb6080e7          	jalr	-330(ra) # 80400bfa <send_frame>
80400d4c:	f80997e3          	bnez	s3,80400cda <send_round+0x2a>
80400d50:	8522                	mv	a0,s0
80400d52:	4462                	lw	s0,24(sp)
80400d54:	40f2                	lw	ra,28(sp)
80400d56:	44d2                	lw	s1,20(sp)
80400d58:	4942                	lw	s2,16(sp)
80400d5a:	49b2                	lw	s3,12(sp)
80400d5c:	4a22                	lw	s4,8(sp)
80400d5e:	4b02                	lw	s6,0(sp)
80400d60:	8b5a8593          	add	a1,s5,-1867
80400d64:	4a92                	lw	s5,4(sp)
80400d66:	03c00693          	li	a3,60
80400d6a:	0ff00613          	li	a2,255
80400d6e:	6105                	add	sp,sp,32
80400d70:	00000317          	auipc	t1,0x0
80400d74:	e8a30067          	jr	-374(t1) # 80400bfa <send_frame>

80400d78 <receive_round>:
80400d78:	7179                	add	sp,sp,-48
80400d7a:	ce4e                	sw	s3,28(sp)
80400d7c:	ca56                	sw	s5,20(sp)
80400d7e:	699d                	lui	s3,0x7
80400d80:	6aad                	lui	s5,0xb
80400d82:	d422                	sw	s0,40(sp)
80400d84:	d226                	sw	s1,36(sp)
80400d86:	d04a                	sw	s2,32(sp)
80400d88:	cc52                	sw	s4,24(sp)
80400d8a:	c85a                	sw	s6,16(sp)
80400d8c:	c65e                	sw	s7,12(sp)
80400d8e:	c462                	sw	s8,8(sp)
80400d90:	d606                	sw	ra,44(sp)
80400d92:	8b2a                	mv	s6,a0
80400d94:	4901                	li	s2,0
80400d96:	4481                	li	s1,0
80400d98:	80407437          	lui	s0,0x80407
80400d9c:	53098993          	add	s3,s3,1328 # 7530 <errno+0x7530>
80400da0:	4a39                	li	s4,14
80400da2:	588a8a93          	add	s5,s5,1416 # b588 <errno+0xb588>
80400da6:	4b85                	li	s7,1
80400da8:	0ff00c13          	li	s8,255
80400dac:	864e                	mv	a2,s3
80400dae:	5ea00593          	li	a1,1514
80400db2:	7d040513          	add	a0,s0,2000 # 804077d0 <frame>
80400db6:	00002097          	auipc	ra,0x2
80400dba:	e70080e7          	jalr	-400(ra) # 80402c26 <uni_net_recv>
80400dbe:	7d040793          	add	a5,s0,2000
80400dc2:	02a05763          	blez	a0,80400df0 <receive_round+0x78>
80400dc6:	00c7d703          	lhu	a4,12(a5)
80400dca:	0485                	add	s1,s1,1
80400dcc:	00aa5463          	bge	s4,a0,80400dd4 <receive_round+0x5c>
80400dd0:	05570e63          	beq	a4,s5,80400e2c <receive_round+0xb4>
80400dd4:	864e                	mv	a2,s3
80400dd6:	5ea00593          	li	a1,1514
80400dda:	7d040513          	add	a0,s0,2000
80400dde:	00002097          	auipc	ra,0x2
80400de2:	e48080e7          	jalr	-440(ra) # 80402c26 <uni_net_recv>
80400de6:	0905                	add	s2,s2,1
80400de8:	7d040793          	add	a5,s0,2000
80400dec:	fca04de3          	bgtz	a0,80400dc6 <receive_round+0x4e>
80400df0:	86aa                	mv	a3,a0
80400df2:	80405537          	lui	a0,0x80405
80400df6:	8626                	mv	a2,s1
80400df8:	85da                	mv	a1,s6
80400dfa:	01450513          	add	a0,a0,20 # 80405014 <strnlen+0x144>
80400dfe:	00002097          	auipc	ra,0x2
80400e02:	7d6080e7          	jalr	2006(ra) # 804035d4 <printf>
80400e06:	80407737          	lui	a4,0x80407
80400e0a:	0bc72783          	lw	a5,188(a4) # 804070bc <failures>
80400e0e:	50b2                	lw	ra,44(sp)
80400e10:	5422                	lw	s0,40(sp)
80400e12:	0785                	add	a5,a5,1
80400e14:	0af72e23          	sw	a5,188(a4)
80400e18:	5492                	lw	s1,36(sp)
80400e1a:	5902                	lw	s2,32(sp)
80400e1c:	49f2                	lw	s3,28(sp)
80400e1e:	4a62                	lw	s4,24(sp)
80400e20:	4ad2                	lw	s5,20(sp)
80400e22:	4b42                	lw	s6,16(sp)
80400e24:	4bb2                	lw	s7,12(sp)
80400e26:	4c22                	lw	s8,8(sp)
80400e28:	6145                	add	sp,sp,48
80400e2a:	8082                	ret
80400e2c:	00e7c783          	lbu	a5,14(a5)
80400e30:	f7778ee3          	beq	a5,s7,80400dac <receive_round+0x34>
80400e34:	fb8790e3          	bne	a5,s8,80400dd4 <receive_round+0x5c>
80400e38:	5422                	lw	s0,40(sp)
80400e3a:	50b2                	lw	ra,44(sp)
80400e3c:	49f2                	lw	s3,28(sp)
80400e3e:	4a62                	lw	s4,24(sp)
80400e40:	4ad2                	lw	s5,20(sp)
80400e42:	4bb2                	lw	s7,12(sp)
80400e44:	4c22                	lw	s8,8(sp)
80400e46:	86ca                	mv	a3,s2
80400e48:	8626                	mv	a2,s1
80400e4a:	5902                	lw	s2,32(sp)
80400e4c:	5492                	lw	s1,36(sp)
80400e4e:	85da                	mv	a1,s6
80400e50:	4b42                	lw	s6,16(sp)
80400e52:	80405537          	lui	a0,0x80405
80400e56:	04450513          	add	a0,a0,68 # 80405044 <strnlen+0x174>
80400e5a:	6145                	add	sp,sp,48
80400e5c:	00002317          	auipc	t1,0x2
80400e60:	77830067          	jr	1912(t1) # 804035d4 <printf>

80400e64 <expect>:
80400e64:	87ae                	mv	a5,a1
80400e66:	85aa                	mv	a1,a0
80400e68:	02c78863          	beq	a5,a2,80400e98 <expect+0x34>
80400e6c:	80405537          	lui	a0,0x80405
80400e70:	1141                	add	sp,sp,-16
80400e72:	86b2                	mv	a3,a2
80400e74:	08050513          	add	a0,a0,128 # 80405080 <strnlen+0x1b0>
80400e78:	863e                	mv	a2,a5
80400e7a:	c606                	sw	ra,12(sp)
80400e7c:	00002097          	auipc	ra,0x2
80400e80:	758080e7          	jalr	1880(ra) # 804035d4 <printf>
80400e84:	80407737          	lui	a4,0x80407
80400e88:	0bc72783          	lw	a5,188(a4) # 804070bc <failures>
80400e8c:	40b2                	lw	ra,12(sp)
80400e8e:	0785                	add	a5,a5,1
80400e90:	0af72e23          	sw	a5,188(a4)
80400e94:	0141                	add	sp,sp,16
80400e96:	8082                	ret
80400e98:	80405537          	lui	a0,0x80405
80400e9c:	07850513          	add	a0,a0,120 # 80405078 <strnlen+0x1a8>
80400ea0:	00002317          	auipc	t1,0x2
80400ea4:	73430067          	jr	1844(t1) # 804035d4 <printf>

80400ea8 <uni_trap_entry>:
80400ea8:	7175                	add	sp,sp,-144
80400eaa:	c206                	sw	ra,4(sp)
80400eac:	c60e                	sw	gp,12(sp)
80400eae:	c812                	sw	tp,16(sp)
80400eb0:	ca16                	sw	t0,20(sp)
80400eb2:	cc1a                	sw	t1,24(sp)
80400eb4:	ce1e                	sw	t2,28(sp)
80400eb6:	d022                	sw	s0,32(sp)
80400eb8:	d226                	sw	s1,36(sp)
80400eba:	d42a                	sw	a0,40(sp)
80400ebc:	d62e                	sw	a1,44(sp)
80400ebe:	d832                	sw	a2,48(sp)
80400ec0:	da36                	sw	a3,52(sp)
80400ec2:	dc3a                	sw	a4,56(sp)
80400ec4:	de3e                	sw	a5,60(sp)
80400ec6:	c0c2                	sw	a6,64(sp)
80400ec8:	c2c6                	sw	a7,68(sp)
80400eca:	c4ca                	sw	s2,72(sp)
80400ecc:	c6ce                	sw	s3,76(sp)
80400ece:	c8d2                	sw	s4,80(sp)
80400ed0:	cad6                	sw	s5,84(sp)
80400ed2:	ccda                	sw	s6,88(sp)
80400ed4:	cede                	sw	s7,92(sp)
80400ed6:	d0e2                	sw	s8,96(sp)
80400ed8:	d2e6                	sw	s9,100(sp)
80400eda:	d4ea                	sw	s10,104(sp)
80400edc:	d6ee                	sw	s11,108(sp)
80400ede:	d8f2                	sw	t3,112(sp)
80400ee0:	daf6                	sw	t4,116(sp)
80400ee2:	dcfa                	sw	t5,120(sp)
80400ee4:	defe                	sw	t6,124(sp)
80400ee6:	09010293          	add	t0,sp,144
80400eea:	c416                	sw	t0,8(sp)
80400eec:	00006297          	auipc	t0,0x6
80400ef0:	1f02a283          	lw	t0,496(t0) # 804070dc <pv_shared_info>
80400ef4:	0202a303          	lw	t1,32(t0)
80400ef8:	c11a                	sw	t1,128(sp)
80400efa:	0242a303          	lw	t1,36(t0)
80400efe:	c31a                	sw	t1,132(sp)
80400f00:	0282a303          	lw	t1,40(t0)
80400f04:	c51a                	sw	t1,136(sp)
80400f06:	02c2a303          	lw	t1,44(t0)
80400f0a:	c71a                	sw	t1,140(sp)
80400f0c:	850a                	mv	a0,sp
80400f0e:	00000097          	auipc	ra,0x0
80400f12:	1ee080e7          	jalr	494(ra) # 804010fc <uni_trap>
80400f16:	00006297          	auipc	t0,0x6
80400f1a:	1c62a283          	lw	t0,454(t0) # 804070dc <pv_shared_info>
80400f1e:	430a                	lw	t1,128(sp)
80400f20:	0262a023          	sw	t1,32(t0)
80400f24:	433a                	lw	t1,140(sp)
80400f26:	0262a623          	sw	t1,44(t0)
80400f2a:	4316                	lw	t1,68(sp)
80400f2c:	0262ac23          	sw	t1,56(t0)
80400f30:	4092                	lw	ra,4(sp)
80400f32:	41b2                	lw	gp,12(sp)
80400f34:	4242                	lw	tp,16(sp)
80400f36:	42d2                	lw	t0,20(sp)
80400f38:	4362                	lw	t1,24(sp)
80400f3a:	43f2                	lw	t2,28(sp)
80400f3c:	5402                	lw	s0,32(sp)
80400f3e:	5492                	lw	s1,36(sp)
80400f40:	5522                	lw	a0,40(sp)
80400f42:	55b2                	lw	a1,44(sp)
80400f44:	5642                	lw	a2,48(sp)
80400f46:	56d2                	lw	a3,52(sp)
80400f48:	5762                	lw	a4,56(sp)
80400f4a:	57f2                	lw	a5,60(sp)
80400f4c:	4806                	lw	a6,64(sp)
80400f4e:	4926                	lw	s2,72(sp)
80400f50:	49b6                	lw	s3,76(sp)
80400f52:	4a46                	lw	s4,80(sp)
80400f54:	4ad6                	lw	s5,84(sp)
80400f56:	4b66                	lw	s6,88(sp)
80400f58:	4bf6                	lw	s7,92(sp)
80400f5a:	5c06                	lw	s8,96(sp)
80400f5c:	5c96                	lw	s9,100(sp)
80400f5e:	5d26                	lw	s10,104(sp)
80400f60:	5db6                	lw	s11,108(sp)
80400f62:	5e46                	lw	t3,112(sp)
80400f64:	5ed6                	lw	t4,116(sp)
80400f66:	5f66                	lw	t5,120(sp)
80400f68:	5ff6                	lw	t6,124(sp)
80400f6a:	6149                	add	sp,sp,144
80400f6c:	48dd                	li	a7,23
80400f6e:	00000073          	ecall
80400f72:	a001                	j	80400f72 <uni_trap_entry+0xca>

80400f74 <hex>:
80400f74:	03000793          	li	a5,48
80400f78:	00f50023          	sb	a5,0(a0)
80400f7c:	80405637          	lui	a2,0x80405
80400f80:	07800793          	li	a5,120
80400f84:	00f500a3          	sb	a5,1(a0)
80400f88:	00250693          	add	a3,a0,2
80400f8c:	4771                	li	a4,28
80400f8e:	4d460613          	add	a2,a2,1236 # 804054d4 <strnlen+0x604>
80400f92:	5871                	li	a6,-4
80400f94:	00e5d7b3          	srl	a5,a1,a4
80400f98:	8bbd                	and	a5,a5,15
80400f9a:	97b2                	add	a5,a5,a2
80400f9c:	0007c783          	lbu	a5,0(a5)
80400fa0:	1771                	add	a4,a4,-4
80400fa2:	0685                	add	a3,a3,1
80400fa4:	fef68fa3          	sb	a5,-1(a3)
80400fa8:	ff0716e3          	bne	a4,a6,80400f94 <hex+0x20>
80400fac:	00050523          	sb	zero,10(a0)
80400fb0:	8082                	ret

80400fb2 <run_hooks>:
80400fb2:	1141                	add	sp,sp,-16
80400fb4:	4501                	li	a0,0
80400fb6:	c422                	sw	s0,8(sp)
80400fb8:	c606                	sw	ra,12(sp)
80400fba:	c226                	sw	s1,4(sp)
80400fbc:	80407437          	lui	s0,0x80407
80400fc0:	00000097          	auipc	ra,0x0
80400fc4:	4b2080e7          	jalr	1202(ra) # 80401472 <uni_runtime_set_waiter>
80400fc8:	0c842783          	lw	a5,200(s0) # 804070c8 <nhooks>
80400fcc:	c385                	beqz	a5,80400fec <run_hooks+0x3a>
80400fce:	804184b7          	lui	s1,0x80418
80400fd2:	dc048493          	add	s1,s1,-576 # 80417dc0 <hooks>
80400fd6:	17fd                	add	a5,a5,-1
80400fd8:	00279713          	sll	a4,a5,0x2
80400fdc:	9726                	add	a4,a4,s1
80400fde:	4318                	lw	a4,0(a4)
80400fe0:	0cf42423          	sw	a5,200(s0)
80400fe4:	9702                	jalr	a4
80400fe6:	0c842783          	lw	a5,200(s0)
80400fea:	f7f5                	bnez	a5,80400fd6 <run_hooks+0x24>
80400fec:	40b2                	lw	ra,12(sp)
80400fee:	4422                	lw	s0,8(sp)
80400ff0:	4492                	lw	s1,4(sp)
80400ff2:	0141                	add	sp,sp,16
80400ff4:	8082                	ret

80400ff6 <early_puts>:
80400ff6:	00054783          	lbu	a5,0(a0)
80400ffa:	872a                	mv	a4,a0
80400ffc:	c79d                	beqz	a5,8040102a <early_puts+0x34>
80400ffe:	4781                	li	a5,0
80401000:	0785                	add	a5,a5,1
80401002:	00f706b3          	add	a3,a4,a5
80401006:	0006c683          	lbu	a3,0(a3)
8040100a:	fafd                	bnez	a3,80401000 <early_puts+0xa>
8040100c:	40000693          	li	a3,1024
80401010:	4501                	li	a0,0
80401012:	863a                	mv	a2,a4
80401014:	48c9                	li	a7,18
80401016:	85be                	mv	a1,a5
80401018:	00f6f463          	bgeu	a3,a5,80401020 <early_puts+0x2a>
8040101c:	40000593          	li	a1,1024
80401020:	00000073          	ecall
80401024:	8f8d                	sub	a5,a5,a1
80401026:	972e                	add	a4,a4,a1
80401028:	f7e5                	bnez	a5,80401010 <early_puts+0x1a>
8040102a:	8082                	ret

8040102c <uni_early_write>:
8040102c:	87ae                	mv	a5,a1
8040102e:	872a                	mv	a4,a0
80401030:	c185                	beqz	a1,80401050 <uni_early_write+0x24>
80401032:	40000693          	li	a3,1024
80401036:	4501                	li	a0,0
80401038:	863a                	mv	a2,a4
8040103a:	48c9                	li	a7,18
8040103c:	85be                	mv	a1,a5
8040103e:	00f6f463          	bgeu	a3,a5,80401046 <uni_early_write+0x1a>
80401042:	40000593          	li	a1,1024
80401046:	00000073          	ecall
8040104a:	8f8d                	sub	a5,a5,a1
8040104c:	972e                	add	a4,a4,a1
8040104e:	f7e5                	bnez	a5,80401036 <uni_early_write+0xa>
80401050:	8082                	ret

80401052 <uni_at_shutdown>:
80401052:	804076b7          	lui	a3,0x80407
80401056:	0c86a783          	lw	a5,200(a3) # 804070c8 <nhooks>
8040105a:	4721                	li	a4,8
8040105c:	00e78f63          	beq	a5,a4,8040107a <uni_at_shutdown+0x28>
80401060:	80418737          	lui	a4,0x80418
80401064:	00279613          	sll	a2,a5,0x2
80401068:	dc070713          	add	a4,a4,-576 # 80417dc0 <hooks>
8040106c:	0785                	add	a5,a5,1
8040106e:	9732                	add	a4,a4,a2
80401070:	c308                	sw	a0,0(a4)
80401072:	0cf6a423          	sw	a5,200(a3)
80401076:	4501                	li	a0,0
80401078:	8082                	ret
8040107a:	557d                	li	a0,-1
8040107c:	8082                	ret

8040107e <uni_poweroff>:
8040107e:	1141                	add	sp,sp,-16
80401080:	c422                	sw	s0,8(sp)
80401082:	c606                	sw	ra,12(sp)
80401084:	842a                	mv	s0,a0
80401086:	00000097          	auipc	ra,0x0
8040108a:	f2c080e7          	jalr	-212(ra) # 80400fb2 <run_hooks>
8040108e:	67c1                	lui	a5,0x10
80401090:	00841593          	sll	a1,s0,0x8
80401094:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80401096:	8dfd                	and	a1,a1,a5
80401098:	4509                	li	a0,2
8040109a:	48f5                	li	a7,29
8040109c:	00000073          	ecall
804010a0:	bfe5                	j	80401098 <uni_poweroff+0x1a>

804010a2 <uni_panic>:
804010a2:	804077b7          	lui	a5,0x80407
804010a6:	0c47a703          	lw	a4,196(a5) # 804070c4 <panicking>
804010aa:	1141                	add	sp,sp,-16
804010ac:	c422                	sw	s0,8(sp)
804010ae:	c606                	sw	ra,12(sp)
804010b0:	842a                	mv	s0,a0
804010b2:	cf0d                	beqz	a4,804010ec <uni_panic+0x4a>
804010b4:	80405537          	lui	a0,0x80405
804010b8:	4e850513          	add	a0,a0,1256 # 804054e8 <strnlen+0x618>
804010bc:	00000097          	auipc	ra,0x0
804010c0:	f3a080e7          	jalr	-198(ra) # 80400ff6 <early_puts>
804010c4:	8522                	mv	a0,s0
804010c6:	00000097          	auipc	ra,0x0
804010ca:	f30080e7          	jalr	-208(ra) # 80400ff6 <early_puts>
804010ce:	80405537          	lui	a0,0x80405
804010d2:	09850513          	add	a0,a0,152 # 80405098 <strnlen+0x1c8>
804010d6:	00000097          	auipc	ra,0x0
804010da:	f20080e7          	jalr	-224(ra) # 80400ff6 <early_puts>
804010de:	4509                	li	a0,2
804010e0:	10300593          	li	a1,259
804010e4:	48f5                	li	a7,29
804010e6:	00000073          	ecall
804010ea:	bfd5                	j	804010de <uni_panic+0x3c>
804010ec:	4705                	li	a4,1
804010ee:	0ce7a223          	sw	a4,196(a5)
804010f2:	00000097          	auipc	ra,0x0
804010f6:	ec0080e7          	jalr	-320(ra) # 80400fb2 <run_hooks>
804010fa:	bf6d                	j	804010b4 <uni_panic+0x12>

804010fc <uni_trap>:
804010fc:	08452703          	lw	a4,132(a0)
80401100:	800007b7          	lui	a5,0x80000
80401104:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
80401106:	00f71d63          	bne	a4,a5,80401120 <uni_trap+0x24>
8040110a:	80407737          	lui	a4,0x80407
8040110e:	0c072783          	lw	a5,192(a4) # 804070c0 <upcalls>
80401112:	0785                	add	a5,a5,1
80401114:	0cf72023          	sw	a5,192(a4)
80401118:	00000317          	auipc	t1,0x0
8040111c:	45630067          	jr	1110(t1) # 8040156e <evtchn_do_upcall>
80401120:	804077b7          	lui	a5,0x80407
80401124:	0c47a703          	lw	a4,196(a5) # 804070c4 <panicking>
80401128:	7139                	add	sp,sp,-64
8040112a:	dc22                	sw	s0,56(sp)
8040112c:	de06                	sw	ra,60(sp)
8040112e:	842a                	mv	s0,a0
80401130:	c771                	beqz	a4,804011fc <uni_trap+0x100>
80401132:	80405537          	lui	a0,0x80405
80401136:	50050513          	add	a0,a0,1280 # 80405500 <strnlen+0x630>
8040113a:	00000097          	auipc	ra,0x0
8040113e:	ebc080e7          	jalr	-324(ra) # 80400ff6 <early_puts>
80401142:	08442703          	lw	a4,132(s0)
80401146:	47bd                	li	a5,15
80401148:	0ae7e563          	bltu	a5,a4,804011f2 <uni_trap+0xf6>
8040114c:	804057b7          	lui	a5,0x80405
80401150:	070a                	sll	a4,a4,0x2
80401152:	7bc78793          	add	a5,a5,1980 # 804057bc <names.0>
80401156:	97ba                	add	a5,a5,a4
80401158:	4388                	lw	a0,0(a5)
8040115a:	00000097          	auipc	ra,0x0
8040115e:	e9c080e7          	jalr	-356(ra) # 80400ff6 <early_puts>
80401162:	80405537          	lui	a0,0x80405
80401166:	51850513          	add	a0,a0,1304 # 80405518 <strnlen+0x648>
8040116a:	00000097          	auipc	ra,0x0
8040116e:	e8c080e7          	jalr	-372(ra) # 80400ff6 <early_puts>
80401172:	08442583          	lw	a1,132(s0)
80401176:	0068                	add	a0,sp,12
80401178:	00000097          	auipc	ra,0x0
8040117c:	dfc080e7          	jalr	-516(ra) # 80400f74 <hex>
80401180:	00000097          	auipc	ra,0x0
80401184:	e76080e7          	jalr	-394(ra) # 80400ff6 <early_puts>
80401188:	80405537          	lui	a0,0x80405
8040118c:	52450513          	add	a0,a0,1316 # 80405524 <strnlen+0x654>
80401190:	00000097          	auipc	ra,0x0
80401194:	e66080e7          	jalr	-410(ra) # 80400ff6 <early_puts>
80401198:	08042583          	lw	a1,128(s0)
8040119c:	0828                	add	a0,sp,24
8040119e:	00000097          	auipc	ra,0x0
804011a2:	dd6080e7          	jalr	-554(ra) # 80400f74 <hex>
804011a6:	00000097          	auipc	ra,0x0
804011aa:	e50080e7          	jalr	-432(ra) # 80400ff6 <early_puts>
804011ae:	80405537          	lui	a0,0x80405
804011b2:	53050513          	add	a0,a0,1328 # 80405530 <strnlen+0x660>
804011b6:	00000097          	auipc	ra,0x0
804011ba:	e40080e7          	jalr	-448(ra) # 80400ff6 <early_puts>
804011be:	08842583          	lw	a1,136(s0)
804011c2:	1048                	add	a0,sp,36
804011c4:	00000097          	auipc	ra,0x0
804011c8:	db0080e7          	jalr	-592(ra) # 80400f74 <hex>
804011cc:	00000097          	auipc	ra,0x0
804011d0:	e2a080e7          	jalr	-470(ra) # 80400ff6 <early_puts>
804011d4:	80405537          	lui	a0,0x80405
804011d8:	09850513          	add	a0,a0,152 # 80405098 <strnlen+0x1c8>
804011dc:	00000097          	auipc	ra,0x0
804011e0:	e1a080e7          	jalr	-486(ra) # 80400ff6 <early_puts>
804011e4:	4509                	li	a0,2
804011e6:	10300593          	li	a1,259
804011ea:	48f5                	li	a7,29
804011ec:	00000073          	ecall
804011f0:	bfd5                	j	804011e4 <uni_trap+0xe8>
804011f2:	80405537          	lui	a0,0x80405
804011f6:	4f850513          	add	a0,a0,1272 # 804054f8 <strnlen+0x628>
804011fa:	b785                	j	8040115a <uni_trap+0x5e>
804011fc:	4705                	li	a4,1
804011fe:	0ce7a223          	sw	a4,196(a5)
80401202:	00000097          	auipc	ra,0x0
80401206:	db0080e7          	jalr	-592(ra) # 80400fb2 <run_hooks>
8040120a:	b725                	j	80401132 <uni_trap+0x36>

8040120c <uni_virt_to_mfn>:
8040120c:	800007b7          	lui	a5,0x80000
80401210:	80407737          	lui	a4,0x80407
80401214:	0cc72703          	lw	a4,204(a4) # 804070cc <uni_start_info>
80401218:	97aa                	add	a5,a5,a0
8040121a:	00055b63          	bgez	a0,80401230 <uni_virt_to_mfn+0x24>
8040121e:	5314                	lw	a3,32(a4)
80401220:	83b1                	srl	a5,a5,0xc
80401222:	00d7f763          	bgeu	a5,a3,80401230 <uni_virt_to_mfn+0x24>
80401226:	4378                	lw	a4,68(a4)
80401228:	078a                	sll	a5,a5,0x2
8040122a:	97ba                	add	a5,a5,a4
8040122c:	4388                	lw	a0,0(a5)
8040122e:	8082                	ret
80401230:	80405537          	lui	a0,0x80405
80401234:	1141                	add	sp,sp,-16
80401236:	53c50513          	add	a0,a0,1340 # 8040553c <strnlen+0x66c>
8040123a:	c606                	sw	ra,12(sp)
8040123c:	00000097          	auipc	ra,0x0
80401240:	e66080e7          	jalr	-410(ra) # 804010a2 <uni_panic>

80401244 <uni_mfn_to_virt>:
80401244:	804077b7          	lui	a5,0x80407
80401248:	0cc7a783          	lw	a5,204(a5) # 804070cc <uni_start_info>
8040124c:	4701                	li	a4,0
8040124e:	0207a803          	lw	a6,32(a5)
80401252:	43ec                	lw	a1,68(a5)
80401254:	8642                	mv	a2,a6
80401256:	a029                	j	80401260 <uni_mfn_to_virt+0x1c>
80401258:	4294                	lw	a3,0(a3)
8040125a:	04a6e763          	bltu	a3,a0,804012a8 <uni_mfn_to_virt+0x64>
8040125e:	863e                	mv	a2,a5
80401260:	40e607b3          	sub	a5,a2,a4
80401264:	8385                	srl	a5,a5,0x1
80401266:	97ba                	add	a5,a5,a4
80401268:	00279693          	sll	a3,a5,0x2
8040126c:	96ae                	add	a3,a3,a1
8040126e:	fec765e3          	bltu	a4,a2,80401258 <uni_mfn_to_virt+0x14>
80401272:	00e80863          	beq	a6,a4,80401282 <uni_mfn_to_virt+0x3e>
80401276:	00271793          	sll	a5,a4,0x2
8040127a:	97ae                	add	a5,a5,a1
8040127c:	439c                	lw	a5,0(a5)
8040127e:	00a78f63          	beq	a5,a0,8040129c <uni_mfn_to_virt+0x58>
80401282:	4701                	li	a4,0
80401284:	00081663          	bnez	a6,80401290 <uni_mfn_to_virt+0x4c>
80401288:	a01d                	j	804012ae <uni_mfn_to_virt+0x6a>
8040128a:	0705                	add	a4,a4,1
8040128c:	02e80163          	beq	a6,a4,804012ae <uni_mfn_to_virt+0x6a>
80401290:	419c                	lw	a5,0(a1)
80401292:	0591                	add	a1,a1,4
80401294:	fea79be3          	bne	a5,a0,8040128a <uni_mfn_to_virt+0x46>
80401298:	00e80b63          	beq	a6,a4,804012ae <uni_mfn_to_virt+0x6a>
8040129c:	0732                	sll	a4,a4,0xc
8040129e:	800007b7          	lui	a5,0x80000
804012a2:	00f70533          	add	a0,a4,a5
804012a6:	8082                	ret
804012a8:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
804012ac:	bf55                	j	80401260 <uni_mfn_to_virt+0x1c>
804012ae:	4501                	li	a0,0
804012b0:	8082                	ret

804012b2 <uni_runtime_start>:
804012b2:	804057b7          	lui	a5,0x80405
804012b6:	1141                	add	sp,sp,-16
804012b8:	80407737          	lui	a4,0x80407
804012bc:	56078793          	add	a5,a5,1376 # 80405560 <strnlen+0x690>
804012c0:	c422                	sw	s0,8(sp)
804012c2:	0ca72623          	sw	a0,204(a4) # 804070cc <uni_start_info>
804012c6:	c606                	sw	ra,12(sp)
804012c8:	c226                	sw	s1,4(sp)
804012ca:	c04a                	sw	s2,0(sp)
804012cc:	842a                	mv	s0,a0
804012ce:	01878593          	add	a1,a5,24
804012d2:	872a                	mv	a4,a0
804012d4:	00074603          	lbu	a2,0(a4)
804012d8:	0007c683          	lbu	a3,0(a5)
804012dc:	10d61363          	bne	a2,a3,804013e2 <uni_runtime_start+0x130>
804012e0:	0785                	add	a5,a5,1
804012e2:	0705                	add	a4,a4,1
804012e4:	feb798e3          	bne	a5,a1,804012d4 <uni_runtime_start+0x22>
804012e8:	4501                	li	a0,0
804012ea:	4581                	li	a1,0
804012ec:	48c5                	li	a7,17
804012ee:	00000073          	ecall
804012f2:	4785                	li	a5,1
804012f4:	8141                	srl	a0,a0,0x10
804012f6:	10f51663          	bne	a0,a5,80401402 <uni_runtime_start+0x150>
804012fa:	4519                	li	a0,6
804012fc:	00000073          	ecall
80401300:	8909                	and	a0,a0,2
80401302:	10050863          	beqz	a0,80401412 <uni_runtime_start+0x160>
80401306:	5008                	lw	a0,32(s0)
80401308:	04042803          	lw	a6,64(s0)
8040130c:	03c42883          	lw	a7,60(s0)
80401310:	442c                	lw	a1,72(s0)
80401312:	00080637          	lui	a2,0x80
80401316:	00c50733          	add	a4,a0,a2
8040131a:	00c81793          	sll	a5,a6,0xc
8040131e:	00c71693          	sll	a3,a4,0xc
80401322:	01178733          	add	a4,a5,a7
80401326:	0cc59663          	bne	a1,a2,804013f2 <uni_runtime_start+0x140>
8040132a:	8041b7b7          	lui	a5,0x8041b
8040132e:	6f078793          	add	a5,a5,1776 # 8041b6f0 <__bss_end>
80401332:	0cf46063          	bltu	s0,a5,804013f2 <uni_runtime_start+0x140>
80401336:	0a88ee63          	bltu	a7,s0,804013f2 <uni_runtime_start+0x140>
8040133a:	0a080c63          	beqz	a6,804013f2 <uni_runtime_start+0x140>
8040133e:	0ae6ea63          	bltu	a3,a4,804013f2 <uni_runtime_start+0x140>
80401342:	0aa5e863          	bltu	a1,a0,804013f2 <uni_runtime_start+0x140>
80401346:	5048                	lw	a0,36(s0)
80401348:	00000097          	auipc	ra,0x0
8040134c:	1d6080e7          	jalr	470(ra) # 8040151e <evtchn_init>
80401350:	80401537          	lui	a0,0x80401
80401354:	ea850513          	add	a0,a0,-344 # 80400ea8 <uni_trap_entry>
80401358:	4581                	li	a1,0
8040135a:	4891                	li	a7,4
8040135c:	00000073          	ecall
80401360:	06054963          	bltz	a0,804013d2 <uni_runtime_start+0x120>
80401364:	00000097          	auipc	ra,0x0
80401368:	0c0080e7          	jalr	192(ra) # 80401424 <uni_wait_init>
8040136c:	80418937          	lui	s2,0x80418
80401370:	de090593          	add	a1,s2,-544 # 80417de0 <cmdline>
80401374:	de090693          	add	a3,s2,-544
80401378:	4781                	li	a5,0
8040137a:	20000613          	li	a2,512
8040137e:	a039                	j	8040138c <uni_runtime_start+0xda>
80401380:	00e68023          	sb	a4,0(a3)
80401384:	0785                	add	a5,a5,1
80401386:	0685                	add	a3,a3,1
80401388:	00c78763          	beq	a5,a2,80401396 <uni_runtime_start+0xe4>
8040138c:	00f40733          	add	a4,s0,a5
80401390:	04c74703          	lbu	a4,76(a4)
80401394:	f775                	bnez	a4,80401380 <uni_runtime_start+0xce>
80401396:	97ae                	add	a5,a5,a1
80401398:	80407437          	lui	s0,0x80407
8040139c:	804074b7          	lui	s1,0x80407
804013a0:	00078023          	sb	zero,0(a5)
804013a4:	0ac48493          	add	s1,s1,172 # 804070ac <__init_array_end>
804013a8:	09c40793          	add	a5,s0,156 # 8040709c <__init_array_start>
804013ac:	0097f963          	bgeu	a5,s1,804013be <uni_runtime_start+0x10c>
804013b0:	09c40413          	add	s0,s0,156
804013b4:	401c                	lw	a5,0(s0)
804013b6:	0411                	add	s0,s0,4
804013b8:	9782                	jalr	a5
804013ba:	fe946de3          	bltu	s0,s1,804013b4 <uni_runtime_start+0x102>
804013be:	de090513          	add	a0,s2,-544
804013c2:	00001097          	auipc	ra,0x1
804013c6:	542080e7          	jalr	1346(ra) # 80402904 <uni_main>
804013ca:	00000097          	auipc	ra,0x0
804013ce:	cb4080e7          	jalr	-844(ra) # 8040107e <uni_poweroff>
804013d2:	80405537          	lui	a0,0x80405
804013d6:	63450513          	add	a0,a0,1588 # 80405634 <strnlen+0x764>
804013da:	00000097          	auipc	ra,0x0
804013de:	cc8080e7          	jalr	-824(ra) # 804010a2 <uni_panic>
804013e2:	80405537          	lui	a0,0x80405
804013e6:	57850513          	add	a0,a0,1400 # 80405578 <strnlen+0x6a8>
804013ea:	00000097          	auipc	ra,0x0
804013ee:	cb8080e7          	jalr	-840(ra) # 804010a2 <uni_panic>
804013f2:	80405537          	lui	a0,0x80405
804013f6:	60c50513          	add	a0,a0,1548 # 8040560c <strnlen+0x73c>
804013fa:	00000097          	auipc	ra,0x0
804013fe:	ca8080e7          	jalr	-856(ra) # 804010a2 <uni_panic>
80401402:	80405537          	lui	a0,0x80405
80401406:	5a850513          	add	a0,a0,1448 # 804055a8 <strnlen+0x6d8>
8040140a:	00000097          	auipc	ra,0x0
8040140e:	c98080e7          	jalr	-872(ra) # 804010a2 <uni_panic>
80401412:	80405537          	lui	a0,0x80405
80401416:	5e450513          	add	a0,a0,1508 # 804055e4 <strnlen+0x714>
8040141a:	00000097          	auipc	ra,0x0
8040141e:	c88080e7          	jalr	-888(ra) # 804010a2 <uni_panic>

80401422 <timer_event>:
80401422:	8082                	ret

80401424 <uni_wait_init>:
80401424:	1141                	add	sp,sp,-16
80401426:	c422                	sw	s0,8(sp)
80401428:	80407437          	lui	s0,0x80407
8040142c:	0d440593          	add	a1,s0,212 # 804070d4 <timer_port>
80401430:	4501                	li	a0,0
80401432:	c606                	sw	ra,12(sp)
80401434:	00000097          	auipc	ra,0x0
80401438:	236080e7          	jalr	566(ra) # 8040166a <evtchn_bind_virq>
8040143c:	02054363          	bltz	a0,80401462 <uni_wait_init+0x3e>
80401440:	0d442503          	lw	a0,212(s0)
80401444:	804015b7          	lui	a1,0x80401
80401448:	4601                	li	a2,0
8040144a:	42258593          	add	a1,a1,1058 # 80401422 <timer_event>
8040144e:	00000097          	auipc	ra,0x0
80401452:	0fc080e7          	jalr	252(ra) # 8040154a <evtchn_bind>
80401456:	00054663          	bltz	a0,80401462 <uni_wait_init+0x3e>
8040145a:	40b2                	lw	ra,12(sp)
8040145c:	4422                	lw	s0,8(sp)
8040145e:	0141                	add	sp,sp,16
80401460:	8082                	ret
80401462:	80405537          	lui	a0,0x80405
80401466:	7fc50513          	add	a0,a0,2044 # 804057fc <names.0+0x40>
8040146a:	00000097          	auipc	ra,0x0
8040146e:	c38080e7          	jalr	-968(ra) # 804010a2 <uni_panic>

80401472 <uni_runtime_set_waiter>:
80401472:	804077b7          	lui	a5,0x80407
80401476:	0ca7a823          	sw	a0,208(a5) # 804070d0 <waiter>
8040147a:	8082                	ret

8040147c <uni_block_until>:
8040147c:	57fd                	li	a5,-1
8040147e:	02f50a63          	beq	a0,a5,804014b2 <uni_block_until+0x36>
80401482:	c81027f3          	rdtimeh	a5
80401486:	c01026f3          	rdtime	a3
8040148a:	c8102773          	rdtimeh	a4
8040148e:	fee79ae3          	bne	a5,a4,80401482 <uni_block_until+0x6>
80401492:	00b7fb63          	bgeu	a5,a1,804014a8 <uni_block_until+0x2c>
80401496:	48bd                	li	a7,15
80401498:	00000073          	ecall
8040149c:	00054e63          	bltz	a0,804014b8 <uni_block_until+0x3c>
804014a0:	00000317          	auipc	t1,0x0
804014a4:	24430067          	jr	580(t1) # 804016e4 <pv_block>
804014a8:	00f59463          	bne	a1,a5,804014b0 <uni_block_until+0x34>
804014ac:	fea6e5e3          	bltu	a3,a0,80401496 <uni_block_until+0x1a>
804014b0:	8082                	ret
804014b2:	fca598e3          	bne	a1,a0,80401482 <uni_block_until+0x6>
804014b6:	b7ed                	j	804014a0 <uni_block_until+0x24>
804014b8:	80406537          	lui	a0,0x80406
804014bc:	1141                	add	sp,sp,-16
804014be:	82450513          	add	a0,a0,-2012 # 80405824 <names.0+0x68>
804014c2:	c606                	sw	ra,12(sp)
804014c4:	00000097          	auipc	ra,0x0
804014c8:	bde080e7          	jalr	-1058(ra) # 804010a2 <uni_panic>

804014cc <uni_wait_until>:
804014cc:	804077b7          	lui	a5,0x80407
804014d0:	0d07a783          	lw	a5,208(a5) # 804070d0 <waiter>
804014d4:	c391                	beqz	a5,804014d8 <uni_wait_until+0xc>
804014d6:	8782                	jr	a5
804014d8:	00000317          	auipc	t1,0x0
804014dc:	fa430067          	jr	-92(t1) # 8040147c <uni_block_until>

804014e0 <uni_wait>:
804014e0:	804077b7          	lui	a5,0x80407
804014e4:	0d07a783          	lw	a5,208(a5) # 804070d0 <waiter>
804014e8:	c781                	beqz	a5,804014f0 <uni_wait+0x10>
804014ea:	557d                	li	a0,-1
804014ec:	55fd                	li	a1,-1
804014ee:	8782                	jr	a5
804014f0:	00000317          	auipc	t1,0x0
804014f4:	1f430067          	jr	500(t1) # 804016e4 <pv_block>

804014f8 <pv_genid>:
804014f8:	804077b7          	lui	a5,0x80407
804014fc:	0dc7a783          	lw	a5,220(a5) # 804070dc <pv_shared_info>
80401500:	1e07a703          	lw	a4,480(a5)
80401504:	c118                	sw	a4,0(a0)
80401506:	1e47a703          	lw	a4,484(a5)
8040150a:	c158                	sw	a4,4(a0)
8040150c:	1e87a703          	lw	a4,488(a5)
80401510:	c518                	sw	a4,8(a0)
80401512:	1ec7a703          	lw	a4,492(a5)
80401516:	c558                	sw	a4,12(a0)
80401518:	1dc7a503          	lw	a0,476(a5)
8040151c:	8082                	ret

8040151e <evtchn_init>:
8040151e:	80407737          	lui	a4,0x80407
80401522:	804187b7          	lui	a5,0x80418
80401526:	fe478793          	add	a5,a5,-28 # 80417fe4 <handlers>
8040152a:	0ca72e23          	sw	a0,220(a4) # 804070dc <pv_shared_info>
8040152e:	6709                	lui	a4,0x2
80401530:	973e                	add	a4,a4,a5
80401532:	0007a023          	sw	zero,0(a5)
80401536:	0007a223          	sw	zero,4(a5)
8040153a:	07a1                	add	a5,a5,8
8040153c:	fee79be3          	bne	a5,a4,80401532 <evtchn_init+0x14>
80401540:	804077b7          	lui	a5,0x80407
80401544:	0c07ac23          	sw	zero,216(a5) # 804070d8 <stray>
80401548:	8082                	ret

8040154a <evtchn_bind>:
8040154a:	fff50713          	add	a4,a0,-1
8040154e:	3fe00793          	li	a5,1022
80401552:	00e7ec63          	bltu	a5,a4,8040156a <evtchn_bind+0x20>
80401556:	804187b7          	lui	a5,0x80418
8040155a:	050e                	sll	a0,a0,0x3
8040155c:	fe478793          	add	a5,a5,-28 # 80417fe4 <handlers>
80401560:	97aa                	add	a5,a5,a0
80401562:	c3d0                	sw	a2,4(a5)
80401564:	c38c                	sw	a1,0(a5)
80401566:	4501                	li	a0,0
80401568:	8082                	ret
8040156a:	5529                	li	a0,-22
8040156c:	8082                	ret

8040156e <evtchn_do_upcall>:
8040156e:	7179                	add	sp,sp,-48
80401570:	804077b7          	lui	a5,0x80407
80401574:	c65e                	sw	s7,12(sp)
80401576:	0dc7ab83          	lw	s7,220(a5) # 804070dc <pv_shared_info>
8040157a:	cc52                	sw	s4,24(sp)
8040157c:	80418a37          	lui	s4,0x80418
80401580:	c85a                	sw	s6,16(sp)
80401582:	c462                	sw	s8,8(sp)
80401584:	c266                	sw	s9,4(sp)
80401586:	d606                	sw	ra,44(sp)
80401588:	d422                	sw	s0,40(sp)
8040158a:	d226                	sw	s1,36(sp)
8040158c:	d04a                	sw	s2,32(sp)
8040158e:	ce4e                	sw	s3,28(sp)
80401590:	ca56                	sw	s5,20(sp)
80401592:	4c81                	li	s9,0
80401594:	004b8c13          	add	s8,s7,4
80401598:	fe4a0a13          	add	s4,s4,-28 # 80417fe4 <handlers>
8040159c:	80407b37          	lui	s6,0x80407
804015a0:	000b8023          	sb	zero,0(s7)
804015a4:	0330000f          	fence	rw,rw
804015a8:	8ae6                	mv	s5,s9
804015aa:	0f50000f          	fence	iorw,ow
804015ae:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
804015b2:	4985                	li	s3,1
804015b4:	080a8163          	beqz	s5,80401636 <evtchn_do_upcall+0xc8>
804015b8:	8556                	mv	a0,s5
804015ba:	00002097          	auipc	ra,0x2
804015be:	8ba080e7          	jalr	-1862(ra) # 80402e74 <__ctzsi2>
804015c2:	01050413          	add	s0,a0,16
804015c6:	040a                	sll	s0,s0,0x2
804015c8:	08040913          	add	s2,s0,128
804015cc:	fffa8793          	add	a5,s5,-1
804015d0:	00fafab3          	and	s5,s5,a5
804015d4:	945e                	add	s0,s0,s7
804015d6:	995e                	add	s2,s2,s7
804015d8:	00551493          	sll	s1,a0,0x5
804015dc:	401c                	lw	a5,0(s0)
804015de:	0ff0000f          	fence
804015e2:	00092503          	lw	a0,0(s2)
804015e6:	fff54513          	not	a0,a0
804015ea:	8d7d                	and	a0,a0,a5
804015ec:	d561                	beqz	a0,804015b4 <evtchn_do_upcall+0x46>
804015ee:	00002097          	auipc	ra,0x2
804015f2:	886080e7          	jalr	-1914(ra) # 80402e74 <__ctzsi2>
804015f6:	00a997b3          	sll	a5,s3,a0
804015fa:	fff7c793          	not	a5,a5
804015fe:	0f50000f          	fence	iorw,ow
80401602:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80401606:	9526                	add	a0,a0,s1
80401608:	00351793          	sll	a5,a0,0x3
8040160c:	97d2                	add	a5,a5,s4
8040160e:	4398                	lw	a4,0(a5)
80401610:	cf09                	beqz	a4,8040162a <evtchn_do_upcall+0xbc>
80401612:	43cc                	lw	a1,4(a5)
80401614:	9702                	jalr	a4
80401616:	401c                	lw	a5,0(s0)
80401618:	0ff0000f          	fence
8040161c:	00092503          	lw	a0,0(s2)
80401620:	fff54513          	not	a0,a0
80401624:	8d7d                	and	a0,a0,a5
80401626:	f561                	bnez	a0,804015ee <evtchn_do_upcall+0x80>
80401628:	b771                	j	804015b4 <evtchn_do_upcall+0x46>
8040162a:	0d8b2783          	lw	a5,216(s6) # 804070d8 <stray>
8040162e:	0785                	add	a5,a5,1
80401630:	0cfb2c23          	sw	a5,216(s6)
80401634:	b765                	j	804015dc <evtchn_do_upcall+0x6e>
80401636:	000bc783          	lbu	a5,0(s7)
8040163a:	f3bd                	bnez	a5,804015a0 <evtchn_do_upcall+0x32>
8040163c:	50b2                	lw	ra,44(sp)
8040163e:	5422                	lw	s0,40(sp)
80401640:	5492                	lw	s1,36(sp)
80401642:	5902                	lw	s2,32(sp)
80401644:	49f2                	lw	s3,28(sp)
80401646:	4a62                	lw	s4,24(sp)
80401648:	4ad2                	lw	s5,20(sp)
8040164a:	4b42                	lw	s6,16(sp)
8040164c:	4bb2                	lw	s7,12(sp)
8040164e:	4c22                	lw	s8,8(sp)
80401650:	4c92                	lw	s9,4(sp)
80401652:	6145                	add	sp,sp,48
80401654:	8082                	ret

80401656 <evtchn_send>:
80401656:	1141                	add	sp,sp,-16
80401658:	c62a                	sw	a0,12(sp)
8040165a:	006c                	add	a1,sp,12
8040165c:	4511                	li	a0,4
8040165e:	02000893          	li	a7,32
80401662:	00000073          	ecall
80401666:	0141                	add	sp,sp,16
80401668:	8082                	ret

8040166a <evtchn_bind_virq>:
8040166a:	1141                	add	sp,sp,-16
8040166c:	86ae                	mv	a3,a1
8040166e:	c22a                	sw	a0,4(sp)
80401670:	c402                	sw	zero,8(sp)
80401672:	c602                	sw	zero,12(sp)
80401674:	4505                	li	a0,1
80401676:	004c                	add	a1,sp,4
80401678:	02000893          	li	a7,32
8040167c:	00000073          	ecall
80401680:	00054b63          	bltz	a0,80401696 <evtchn_bind_virq+0x2c>
80401684:	4732                	lw	a4,12(sp)
80401686:	cb11                	beqz	a4,8040169a <evtchn_bind_virq+0x30>
80401688:	c298                	sw	a4,0(a3)
8040168a:	3fe00793          	li	a5,1022
8040168e:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80401690:	00e7e763          	bltu	a5,a4,8040169e <evtchn_bind_virq+0x34>
80401694:	4501                	li	a0,0
80401696:	0141                	add	sp,sp,16
80401698:	8082                	ret
8040169a:	872a                	mv	a4,a0
8040169c:	b7f5                	j	80401688 <evtchn_bind_virq+0x1e>
8040169e:	5529                	li	a0,-22
804016a0:	bfdd                	j	80401696 <evtchn_bind_virq+0x2c>

804016a2 <evtchn_alloc_unbound>:
804016a2:	77e1                	lui	a5,0xffff8
804016a4:	1141                	add	sp,sp,-16
804016a6:	ff07c793          	xor	a5,a5,-16
804016aa:	86ae                	mv	a3,a1
804016ac:	00a11523          	sh	a0,10(sp)
804016b0:	00f11423          	sh	a5,8(sp)
804016b4:	c602                	sw	zero,12(sp)
804016b6:	4519                	li	a0,6
804016b8:	002c                	add	a1,sp,8
804016ba:	02000893          	li	a7,32
804016be:	00000073          	ecall
804016c2:	00054b63          	bltz	a0,804016d8 <evtchn_alloc_unbound+0x36>
804016c6:	4732                	lw	a4,12(sp)
804016c8:	cb11                	beqz	a4,804016dc <evtchn_alloc_unbound+0x3a>
804016ca:	c298                	sw	a4,0(a3)
804016cc:	3fe00793          	li	a5,1022
804016d0:	177d                	add	a4,a4,-1
804016d2:	00e7e763          	bltu	a5,a4,804016e0 <evtchn_alloc_unbound+0x3e>
804016d6:	4501                	li	a0,0
804016d8:	0141                	add	sp,sp,16
804016da:	8082                	ret
804016dc:	872a                	mv	a4,a0
804016de:	b7f5                	j	804016ca <evtchn_alloc_unbound+0x28>
804016e0:	5529                	li	a0,-22
804016e2:	bfdd                	j	804016d8 <evtchn_alloc_unbound+0x36>

804016e4 <pv_block>:
804016e4:	4505                	li	a0,1
804016e6:	4581                	li	a1,0
804016e8:	48f5                	li	a7,29
804016ea:	00000073          	ecall
804016ee:	804077b7          	lui	a5,0x80407
804016f2:	0dc7a783          	lw	a5,220(a5) # 804070dc <pv_shared_info>
804016f6:	4705                	li	a4,1
804016f8:	00e780a3          	sb	a4,1(a5)
804016fc:	8082                	ret

804016fe <gnttab_setup_frame>:
804016fe:	77e1                	lui	a5,0xffff8
80401700:	1141                	add	sp,sp,-16
80401702:	ff07c793          	xor	a5,a5,-16
80401706:	00f11023          	sh	a5,0(sp)
8040170a:	4785                	li	a5,1
8040170c:	872a                	mv	a4,a0
8040170e:	00011123          	sh	zero,2(sp)
80401712:	00011423          	sh	zero,8(sp)
80401716:	00011523          	sh	zero,10(sp)
8040171a:	00011623          	sh	zero,12(sp)
8040171e:	00011723          	sh	zero,14(sp)
80401722:	c23e                	sw	a5,4(sp)
80401724:	4509                	li	a0,2
80401726:	858a                	mv	a1,sp
80401728:	4605                	li	a2,1
8040172a:	48d1                	li	a7,20
8040172c:	00000073          	ecall
80401730:	00054863          	bltz	a0,80401740 <gnttab_setup_frame+0x42>
80401734:	00811783          	lh	a5,8(sp)
80401738:	e791                	bnez	a5,80401744 <gnttab_setup_frame+0x46>
8040173a:	47b2                	lw	a5,12(sp)
8040173c:	4501                	li	a0,0
8040173e:	c31c                	sw	a5,0(a4)
80401740:	0141                	add	sp,sp,16
80401742:	8082                	ret
80401744:	853e                	mv	a0,a5
80401746:	0007c363          	bltz	a5,8040174c <gnttab_setup_frame+0x4e>
8040174a:	557d                	li	a0,-1
8040174c:	0542                	sll	a0,a0,0x10
8040174e:	8541                	sra	a0,a0,0x10
80401750:	0141                	add	sp,sp,16
80401752:	8082                	ret

80401754 <gnttab_init>:
80401754:	8041a7b7          	lui	a5,0x8041a
80401758:	fe478693          	add	a3,a5,-28 # 80419fe4 <in_use>
8040175c:	80407737          	lui	a4,0x80407
80401760:	0ea72023          	sw	a0,224(a4) # 804070e0 <table>
80401764:	fe478793          	add	a5,a5,-28
80401768:	04068713          	add	a4,a3,64
8040176c:	0007a023          	sw	zero,0(a5)
80401770:	0791                	add	a5,a5,4
80401772:	fee79de3          	bne	a5,a4,8040176c <gnttab_init+0x18>
80401776:	4785                	li	a5,1
80401778:	c29c                	sw	a5,0(a3)
8040177a:	8082                	ret

8040177c <gnttab_grant_access>:
8040177c:	8041a7b7          	lui	a5,0x8041a
80401780:	fe478793          	add	a5,a5,-28 # 80419fe4 <in_use>
80401784:	4394                	lw	a3,0(a5)
80401786:	872a                	mv	a4,a0
80401788:	4505                	li	a0,1
8040178a:	0026f813          	and	a6,a3,2
8040178e:	02081f63          	bnez	a6,804017cc <gnttab_grant_access+0x50>
80401792:	4e21                	li	t3,8
80401794:	4309                	li	t1,2
80401796:	4881                	li	a7,0
80401798:	80407837          	lui	a6,0x80407
8040179c:	0e082803          	lw	a6,224(a6) # 804070e0 <table>
804017a0:	0066e6b3          	or	a3,a3,t1
804017a4:	97c6                	add	a5,a5,a7
804017a6:	0742                	sll	a4,a4,0x10
804017a8:	c394                	sw	a3,0(a5)
804017aa:	8341                	srl	a4,a4,0x10
804017ac:	01c806b3          	add	a3,a6,t3
804017b0:	00e69123          	sh	a4,2(a3)
804017b4:	c2cc                	sw	a1,4(a3)
804017b6:	0110000f          	fence	w,w
804017ba:	00163613          	seqz	a2,a2
804017be:	40c007b3          	neg	a5,a2
804017c2:	9bf1                	and	a5,a5,-4
804017c4:	0795                	add	a5,a5,5
804017c6:	00f69023          	sh	a5,0(a3)
804017ca:	8082                	ret
804017cc:	20000e93          	li	t4,512
804017d0:	4e05                	li	t3,1
804017d2:	0505                	add	a0,a0,1
804017d4:	00555813          	srl	a6,a0,0x5
804017d8:	00281893          	sll	a7,a6,0x2
804017dc:	011786b3          	add	a3,a5,a7
804017e0:	00ae1333          	sll	t1,t3,a0
804017e4:	01d50a63          	beq	a0,t4,804017f8 <gnttab_grant_access+0x7c>
804017e8:	4294                	lw	a3,0(a3)
804017ea:	0066f833          	and	a6,a3,t1
804017ee:	fe0812e3          	bnez	a6,804017d2 <gnttab_grant_access+0x56>
804017f2:	00351e13          	sll	t3,a0,0x3
804017f6:	b74d                	j	80401798 <gnttab_grant_access+0x1c>
804017f8:	5511                	li	a0,-28
804017fa:	8082                	ret

804017fc <tx_gc>:
804017fc:	411c                	lw	a5,0(a0)
804017fe:	0087a803          	lw	a6,8(a5)
80401802:	0220000f          	fence	r,r
80401806:	4518                	lw	a4,8(a0)
80401808:	415c                	lw	a5,4(a0)
8040180a:	40e806b3          	sub	a3,a6,a4
8040180e:	8f99                	sub	a5,a5,a4
80401810:	08d7e563          	bltu	a5,a3,8040189a <tx_gc+0x9e>
80401814:	09070663          	beq	a4,a6,804018a0 <tx_gc+0xa4>
80401818:	00c52883          	lw	a7,12(a0)
8040181c:	00052e83          	lw	t4,0(a0)
80401820:	01052e03          	lw	t3,16(a0)
80401824:	18fd                	add	a7,a7,-1 # 803fffff <errno+0x803fffff>
80401826:	433d                	li	t1,15
80401828:	a815                	j	8040185c <tx_gc+0x60>
8040182a:	0ac5c683          	lbu	a3,172(a1)
8040182e:	cab9                	beqz	a3,80401884 <tx_gc+0x88>
80401830:	0a058623          	sb	zero,172(a1)
80401834:	0a852583          	lw	a1,168(a0)
80401838:	04058693          	add	a3,a1,64
8040183c:	0686                	sll	a3,a3,0x1
8040183e:	0585                	add	a1,a1,1
80401840:	0ab52423          	sw	a1,168(a0)
80401844:	96aa                	add	a3,a3,a0
80401846:	00c69423          	sh	a2,8(a3)
8040184a:	c791                	beqz	a5,80401856 <tx_gc+0x5a>
8040184c:	1ec52783          	lw	a5,492(a0)
80401850:	0785                	add	a5,a5,1
80401852:	1ef52623          	sw	a5,492(a0)
80401856:	0705                	add	a4,a4,1
80401858:	02e80e63          	beq	a6,a4,80401894 <tx_gc+0x98>
8040185c:	00e8f7b3          	and	a5,a7,a4
80401860:	03c787b3          	mul	a5,a5,t3
80401864:	04078793          	add	a5,a5,64
80401868:	97f6                	add	a5,a5,t4
8040186a:	0007d683          	lhu	a3,0(a5)
8040186e:	0027d783          	lhu	a5,2(a5)
80401872:	01069613          	sll	a2,a3,0x10
80401876:	8241                	srl	a2,a2,0x10
80401878:	07c2                	sll	a5,a5,0x10
8040187a:	00c505b3          	add	a1,a0,a2
8040187e:	87c1                	sra	a5,a5,0x10
80401880:	fad375e3          	bgeu	t1,a3,8040182a <tx_gc+0x2e>
80401884:	1fc52783          	lw	a5,508(a0)
80401888:	0705                	add	a4,a4,1
8040188a:	0785                	add	a5,a5,1
8040188c:	1ef52e23          	sw	a5,508(a0)
80401890:	fce816e3          	bne	a6,a4,8040185c <tx_gc+0x60>
80401894:	01052423          	sw	a6,8(a0)
80401898:	8082                	ret
8040189a:	4785                	li	a5,1
8040189c:	c13c                	sw	a5,64(a0)
8040189e:	8082                	ret
804018a0:	8082                	ret

804018a2 <netfront_poll.part.0>:
804018a2:	7179                	add	sp,sp,-48
804018a4:	d422                	sw	s0,40(sp)
804018a6:	d226                	sw	s1,36(sp)
804018a8:	cc52                	sw	s4,24(sp)
804018aa:	ca56                	sw	s5,20(sp)
804018ac:	c85a                	sw	s6,16(sp)
804018ae:	d606                	sw	ra,44(sp)
804018b0:	d04a                	sw	s2,32(sp)
804018b2:	ce4e                	sw	s3,28(sp)
804018b4:	c65e                	sw	s7,12(sp)
804018b6:	4785                	li	a5,1
804018b8:	c17c                	sw	a5,68(a0)
804018ba:	842a                	mv	s0,a0
804018bc:	4a85                	li	s5,1
804018be:	00000097          	auipc	ra,0x0
804018c2:	f3e080e7          	jalr	-194(ra) # 804017fc <tx_gc>
804018c6:	4a7d                	li	s4,31
804018c8:	5e900b13          	li	s6,1513
804018cc:	6485                	lui	s1,0x1
804018ce:	485c                	lw	a5,20(s0)
804018d0:	0087a983          	lw	s3,8(a5)
804018d4:	0220000f          	fence	r,r
804018d8:	4c54                	lw	a3,28(s0)
804018da:	4c1c                	lw	a5,24(s0)
804018dc:	01442803          	lw	a6,20(s0)
804018e0:	40d98633          	sub	a2,s3,a3
804018e4:	40d78733          	sub	a4,a5,a3
804018e8:	14c76363          	bltu	a4,a2,80401a2e <netfront_poll.part.0+0x18c>
804018ec:	0cd98163          	beq	s3,a3,804019ae <netfront_poll.part.0+0x10c>
804018f0:	5018                	lw	a4,32(s0)
804018f2:	02442883          	lw	a7,36(s0)
804018f6:	177d                	add	a4,a4,-1
804018f8:	00d777b3          	and	a5,a4,a3
804018fc:	031787b3          	mul	a5,a5,a7
80401900:	0685                	add	a3,a3,1
80401902:	04078793          	add	a5,a5,64
80401906:	97c2                	add	a5,a5,a6
80401908:	0007d503          	lhu	a0,0(a5)
8040190c:	0027d583          	lhu	a1,2(a5)
80401910:	0067d603          	lhu	a2,6(a5)
80401914:	01051913          	sll	s2,a0,0x10
80401918:	01095913          	srl	s2,s2,0x10
8040191c:	0642                	sll	a2,a2,0x10
8040191e:	8641                	sra	a2,a2,0x10
80401920:	fff60793          	add	a5,a2,-1 # 7ffff <errno+0x7ffff>
80401924:	07c2                	sll	a5,a5,0x10
80401926:	05c2                	sll	a1,a1,0x10
80401928:	cc54                	sw	a3,28(s0)
8040192a:	01240bb3          	add	s7,s0,s2
8040192e:	83c1                	srl	a5,a5,0x10
80401930:	81c1                	srl	a1,a1,0x10
80401932:	0caa6363          	bltu	s4,a0,804019f8 <netfront_poll.part.0+0x156>
80401936:	1bcbc503          	lbu	a0,444(s7)
8040193a:	cd5d                	beqz	a0,804019f8 <netfront_poll.part.0+0x156>
8040193c:	1a0b8e23          	sb	zero,444(s7)
80401940:	00c58533          	add	a0,a1,a2
80401944:	0cfb6263          	bltu	s6,a5,80401a08 <netfront_poll.part.0+0x166>
80401948:	02c90793          	add	a5,s2,44
8040194c:	078a                	sll	a5,a5,0x2
8040194e:	97a2                	add	a5,a5,s0
80401950:	0aa4ec63          	bltu	s1,a0,80401a08 <netfront_poll.part.0+0x166>
80401954:	1f442703          	lw	a4,500(s0)
80401958:	00c7a803          	lw	a6,12(a5)
8040195c:	1dc42683          	lw	a3,476(s0)
80401960:	1e042503          	lw	a0,480(s0)
80401964:	00170793          	add	a5,a4,1
80401968:	95c2                	add	a1,a1,a6
8040196a:	1ef42a23          	sw	a5,500(s0)
8040196e:	9682                	jalr	a3
80401970:	5018                	lw	a4,32(s0)
80401972:	01442803          	lw	a6,20(s0)
80401976:	02442883          	lw	a7,36(s0)
8040197a:	4c54                	lw	a3,28(s0)
8040197c:	177d                	add	a4,a4,-1
8040197e:	4c10                	lw	a2,24(s0)
80401980:	04c90793          	add	a5,s2,76
80401984:	078a                	sll	a5,a5,0x2
80401986:	8f71                	and	a4,a4,a2
80401988:	03170733          	mul	a4,a4,a7
8040198c:	97a2                	add	a5,a5,s0
8040198e:	47dc                	lw	a5,12(a5)
80401990:	0605                	add	a2,a2,1
80401992:	04070713          	add	a4,a4,64
80401996:	9742                	add	a4,a4,a6
80401998:	01271023          	sh	s2,0(a4)
8040199c:	00071123          	sh	zero,2(a4)
804019a0:	c35c                	sw	a5,4(a4)
804019a2:	1b5b8e23          	sb	s5,444(s7)
804019a6:	cc10                	sw	a2,24(s0)
804019a8:	f4d994e3          	bne	s3,a3,804018f0 <netfront_poll.part.0+0x4e>
804019ac:	4c1c                	lw	a5,24(s0)
804019ae:	00082703          	lw	a4,0(a6)
804019b2:	0110000f          	fence	w,w
804019b6:	4854                	lw	a3,20(s0)
804019b8:	c29c                	sw	a5,0(a3)
804019ba:	0330000f          	fence	rw,rw
804019be:	4854                	lw	a3,20(s0)
804019c0:	40e78733          	sub	a4,a5,a4
804019c4:	42d0                	lw	a2,4(a3)
804019c6:	8f91                	sub	a5,a5,a2
804019c8:	06e7e663          	bltu	a5,a4,80401a34 <netfront_poll.part.0+0x192>
804019cc:	469c                	lw	a5,8(a3)
804019ce:	0220000f          	fence	r,r
804019d2:	4c58                	lw	a4,28(s0)
804019d4:	04e78063          	beq	a5,a4,80401a14 <netfront_poll.part.0+0x172>
804019d8:	403c                	lw	a5,64(s0)
804019da:	ee078ae3          	beqz	a5,804018ce <netfront_poll.part.0+0x2c>
804019de:	50b2                	lw	ra,44(sp)
804019e0:	04042223          	sw	zero,68(s0)
804019e4:	5422                	lw	s0,40(sp)
804019e6:	5492                	lw	s1,36(sp)
804019e8:	5902                	lw	s2,32(sp)
804019ea:	49f2                	lw	s3,28(sp)
804019ec:	4a62                	lw	s4,24(sp)
804019ee:	4ad2                	lw	s5,20(sp)
804019f0:	4b42                	lw	s6,16(sp)
804019f2:	4bb2                	lw	s7,12(sp)
804019f4:	6145                	add	sp,sp,48
804019f6:	8082                	ret
804019f8:	1fc42783          	lw	a5,508(s0)
804019fc:	0785                	add	a5,a5,1
804019fe:	1ef42e23          	sw	a5,508(s0)
80401a02:	eed997e3          	bne	s3,a3,804018f0 <netfront_poll.part.0+0x4e>
80401a06:	b75d                	j	804019ac <netfront_poll.part.0+0x10a>
80401a08:	1f842783          	lw	a5,504(s0)
80401a0c:	0785                	add	a5,a5,1
80401a0e:	1ef42c23          	sw	a5,504(s0)
80401a12:	b7b5                	j	8040197e <netfront_poll.part.0+0xdc>
80401a14:	4858                	lw	a4,20(s0)
80401a16:	0785                	add	a5,a5,1
80401a18:	c75c                	sw	a5,12(a4)
80401a1a:	0330000f          	fence	rw,rw
80401a1e:	485c                	lw	a5,20(s0)
80401a20:	4798                	lw	a4,8(a5)
80401a22:	0220000f          	fence	r,r
80401a26:	4c5c                	lw	a5,28(s0)
80401a28:	faf718e3          	bne	a4,a5,804019d8 <netfront_poll.part.0+0x136>
80401a2c:	bf4d                	j	804019de <netfront_poll.part.0+0x13c>
80401a2e:	05542023          	sw	s5,64(s0)
80401a32:	bfb5                	j	804019ae <netfront_poll.part.0+0x10c>
80401a34:	5408                	lw	a0,40(s0)
80401a36:	00000097          	auipc	ra,0x0
80401a3a:	c20080e7          	jalr	-992(ra) # 80401656 <evtchn_send>
80401a3e:	4854                	lw	a3,20(s0)
80401a40:	b771                	j	804019cc <netfront_poll.part.0+0x12a>

80401a42 <netfront_event>:
80401a42:	5ddc                	lw	a5,60(a1)
80401a44:	cb91                	beqz	a5,80401a58 <netfront_event+0x16>
80401a46:	41bc                	lw	a5,64(a1)
80401a48:	eb81                	bnez	a5,80401a58 <netfront_event+0x16>
80401a4a:	41fc                	lw	a5,68(a1)
80401a4c:	e791                	bnez	a5,80401a58 <netfront_event+0x16>
80401a4e:	852e                	mv	a0,a1
80401a50:	00000317          	auipc	t1,0x0
80401a54:	e5230067          	jr	-430(t1) # 804018a2 <netfront_poll.part.0>
80401a58:	8082                	ret

80401a5a <netfront_probe>:
80401a5a:	7179                	add	sp,sp,-48
80401a5c:	d422                	sw	s0,40(sp)
80401a5e:	842e                	mv	s0,a1
80401a60:	804065b7          	lui	a1,0x80406
80401a64:	02000693          	li	a3,32
80401a68:	860a                	mv	a2,sp
80401a6a:	85858593          	add	a1,a1,-1960 # 80405858 <names.0+0x9c>
80401a6e:	d606                	sw	ra,44(sp)
80401a70:	00001097          	auipc	ra,0x1
80401a74:	9a6080e7          	jalr	-1626(ra) # 80402416 <xs_read>
80401a78:	08054b63          	bltz	a0,80401b0e <netfront_probe+0xb4>
80401a7c:	47c5                	li	a5,17
80401a7e:	0af51263          	bne	a0,a5,80401b22 <netfront_probe+0xc8>
80401a82:	870a                	mv	a4,sp
80401a84:	88a2                	mv	a7,s0
80401a86:	00f10593          	add	a1,sp,15
80401a8a:	4325                	li	t1,9
80401a8c:	4815                	li	a6,5
80401a8e:	03a00f13          	li	t5,58
80401a92:	00074603          	lbu	a2,0(a4)
80401a96:	00174503          	lbu	a0,1(a4)
80401a9a:	fd060793          	add	a5,a2,-48
80401a9e:	fd050693          	add	a3,a0,-48
80401aa2:	0ff7fe13          	zext.b	t3,a5
80401aa6:	0ff6fe93          	zext.b	t4,a3
80401aaa:	03c37063          	bgeu	t1,t3,80401aca <netfront_probe+0x70>
80401aae:	f9f60793          	add	a5,a2,-97
80401ab2:	0ff7f793          	zext.b	a5,a5
80401ab6:	06f87063          	bgeu	a6,a5,80401b16 <netfront_probe+0xbc>
80401aba:	fbf60793          	add	a5,a2,-65
80401abe:	0ff7f793          	zext.b	a5,a5
80401ac2:	06f86063          	bltu	a6,a5,80401b22 <netfront_probe+0xc8>
80401ac6:	fc960793          	add	a5,a2,-55
80401aca:	03d37063          	bgeu	t1,t4,80401aea <netfront_probe+0x90>
80401ace:	f9f50693          	add	a3,a0,-97
80401ad2:	0ff6f693          	zext.b	a3,a3
80401ad6:	04d87363          	bgeu	a6,a3,80401b1c <netfront_probe+0xc2>
80401ada:	fbf50693          	add	a3,a0,-65
80401ade:	0ff6f693          	zext.b	a3,a3
80401ae2:	04d86063          	bltu	a6,a3,80401b22 <netfront_probe+0xc8>
80401ae6:	fc950693          	add	a3,a0,-55
80401aea:	00b70d63          	beq	a4,a1,80401b04 <netfront_probe+0xaa>
80401aee:	00274603          	lbu	a2,2(a4)
80401af2:	070d                	add	a4,a4,3
80401af4:	03e61763          	bne	a2,t5,80401b22 <netfront_probe+0xc8>
80401af8:	0792                	sll	a5,a5,0x4
80401afa:	8fd5                	or	a5,a5,a3
80401afc:	00f88023          	sb	a5,0(a7)
80401b00:	0885                	add	a7,a7,1
80401b02:	bf41                	j	80401a92 <netfront_probe+0x38>
80401b04:	0792                	sll	a5,a5,0x4
80401b06:	8fd5                	or	a5,a5,a3
80401b08:	00f402a3          	sb	a5,5(s0)
80401b0c:	4501                	li	a0,0
80401b0e:	50b2                	lw	ra,44(sp)
80401b10:	5422                	lw	s0,40(sp)
80401b12:	6145                	add	sp,sp,48
80401b14:	8082                	ret
80401b16:	fa960793          	add	a5,a2,-87
80401b1a:	bf45                	j	80401aca <netfront_probe+0x70>
80401b1c:	fa950693          	add	a3,a0,-87
80401b20:	b7e9                	j	80401aea <netfront_probe+0x90>
80401b22:	50b2                	lw	ra,44(sp)
80401b24:	5422                	lw	s0,40(sp)
80401b26:	5529                	li	a0,-22
80401b28:	6145                	add	sp,sp,48
80401b2a:	8082                	ret

80401b2c <netfront_reread_mac>:
80401b2c:	1101                	add	sp,sp,-32
80401b2e:	872e                	mv	a4,a1
80401b30:	ca26                	sw	s1,20(sp)
80401b32:	002c                	add	a1,sp,8
80401b34:	84aa                	mv	s1,a0
80401b36:	853a                	mv	a0,a4
80401b38:	cc22                	sw	s0,24(sp)
80401b3a:	ce06                	sw	ra,28(sp)
80401b3c:	00000097          	auipc	ra,0x0
80401b40:	f1e080e7          	jalr	-226(ra) # 80401a5a <netfront_probe>
80401b44:	842a                	mv	s0,a0
80401b46:	c519                	beqz	a0,80401b54 <netfront_reread_mac+0x28>
80401b48:	40f2                	lw	ra,28(sp)
80401b4a:	8522                	mv	a0,s0
80401b4c:	4462                	lw	s0,24(sp)
80401b4e:	44d2                	lw	s1,20(sp)
80401b50:	6105                	add	sp,sp,32
80401b52:	8082                	ret
80401b54:	002c                	add	a1,sp,8
80401b56:	03448513          	add	a0,s1,52 # 1034 <errno+0x1034>
80401b5a:	4619                	li	a2,6
80401b5c:	00002097          	auipc	ra,0x2
80401b60:	a3a080e7          	jalr	-1478(ra) # 80403596 <memcpy>
80401b64:	40f2                	lw	ra,28(sp)
80401b66:	8522                	mv	a0,s0
80401b68:	4462                	lw	s0,24(sp)
80401b6a:	44d2                	lw	s1,20(sp)
80401b6c:	6105                	add	sp,sp,32
80401b6e:	8082                	ret

80401b70 <netfront_poll>:
80401b70:	5d58                	lw	a4,60(a0)
80401b72:	cb09                	beqz	a4,80401b84 <netfront_poll+0x14>
80401b74:	4138                	lw	a4,64(a0)
80401b76:	e719                	bnez	a4,80401b84 <netfront_poll+0x14>
80401b78:	417c                	lw	a5,68(a0)
80401b7a:	e789                	bnez	a5,80401b84 <netfront_poll+0x14>
80401b7c:	00000317          	auipc	t1,0x0
80401b80:	d2630067          	jr	-730(t1) # 804018a2 <netfront_poll.part.0>
80401b84:	8082                	ret

80401b86 <netfront_send>:
80401b86:	1101                	add	sp,sp,-32
80401b88:	ce06                	sw	ra,28(sp)
80401b8a:	cc22                	sw	s0,24(sp)
80401b8c:	ca26                	sw	s1,20(sp)
80401b8e:	c84a                	sw	s2,16(sp)
80401b90:	c64e                	sw	s3,12(sp)
80401b92:	c452                	sw	s4,8(sp)
80401b94:	c256                	sw	s5,4(sp)
80401b96:	c05a                	sw	s6,0(sp)
80401b98:	ff260713          	add	a4,a2,-14
80401b9c:	5dc00793          	li	a5,1500
80401ba0:	12e7ec63          	bltu	a5,a4,80401cd8 <netfront_send+0x152>
80401ba4:	5d5c                	lw	a5,60(a0)
80401ba6:	842a                	mv	s0,a0
80401ba8:	12078063          	beqz	a5,80401cc8 <netfront_send+0x142>
80401bac:	04052903          	lw	s2,64(a0)
80401bb0:	10091c63          	bnez	s2,80401cc8 <netfront_send+0x142>
80401bb4:	84b2                	mv	s1,a2
80401bb6:	89ae                	mv	s3,a1
80401bb8:	00000097          	auipc	ra,0x0
80401bbc:	c44080e7          	jalr	-956(ra) # 804017fc <tx_gc>
80401bc0:	0a842783          	lw	a5,168(s0)
80401bc4:	c7cd                	beqz	a5,80401c6e <netfront_send+0xe8>
80401bc6:	03f78713          	add	a4,a5,63
80401bca:	0706                	sll	a4,a4,0x1
80401bcc:	9722                	add	a4,a4,s0
80401bce:	00875a83          	lhu	s5,8(a4)
80401bd2:	17fd                	add	a5,a5,-1
80401bd4:	0af42423          	sw	a5,168(s0)
80401bd8:	001ada13          	srl	s4,s5,0x1
80401bdc:	015407b3          	add	a5,s0,s5
80401be0:	4705                	li	a4,1
80401be2:	0a0a                	sll	s4,s4,0x2
80401be4:	0ae78623          	sb	a4,172(a5)
80401be8:	9a22                	add	s4,s4,s0
80401bea:	048a2503          	lw	a0,72(s4)
80401bee:	001afb13          	and	s6,s5,1
80401bf2:	0b2e                	sll	s6,s6,0xb
80401bf4:	8626                	mv	a2,s1
80401bf6:	85ce                	mv	a1,s3
80401bf8:	955a                	add	a0,a0,s6
80401bfa:	00002097          	auipc	ra,0x2
80401bfe:	99c080e7          	jalr	-1636(ra) # 80403596 <memcpy>
80401c02:	445c                	lw	a5,12(s0)
80401c04:	4058                	lw	a4,4(s0)
80401c06:	4814                	lw	a3,16(s0)
80401c08:	17fd                	add	a5,a5,-1
80401c0a:	8ff9                	and	a5,a5,a4
80401c0c:	02d787b3          	mul	a5,a5,a3
80401c10:	4014                	lw	a3,0(s0)
80401c12:	068a2603          	lw	a2,104(s4)
80401c16:	0705                	add	a4,a4,1
80401c18:	04078793          	add	a5,a5,64
80401c1c:	97b6                	add	a5,a5,a3
80401c1e:	c390                	sw	a2,0(a5)
80401c20:	01679223          	sh	s6,4(a5)
80401c24:	00079323          	sh	zero,6(a5)
80401c28:	01579423          	sh	s5,8(a5)
80401c2c:	00979523          	sh	s1,10(a5)
80401c30:	c058                	sw	a4,4(s0)
80401c32:	429c                	lw	a5,0(a3)
80401c34:	0110000f          	fence	w,w
80401c38:	4014                	lw	a3,0(s0)
80401c3a:	c298                	sw	a4,0(a3)
80401c3c:	0330000f          	fence	rw,rw
80401c40:	4014                	lw	a3,0(s0)
80401c42:	40f707b3          	sub	a5,a4,a5
80401c46:	42d4                	lw	a3,4(a3)
80401c48:	8f15                	sub	a4,a4,a3
80401c4a:	08f76163          	bltu	a4,a5,80401ccc <netfront_send+0x146>
80401c4e:	1e842783          	lw	a5,488(s0)
80401c52:	0785                	add	a5,a5,1
80401c54:	1ef42423          	sw	a5,488(s0)
80401c58:	40f2                	lw	ra,28(sp)
80401c5a:	4462                	lw	s0,24(sp)
80401c5c:	44d2                	lw	s1,20(sp)
80401c5e:	49b2                	lw	s3,12(sp)
80401c60:	4a22                	lw	s4,8(sp)
80401c62:	4a92                	lw	s5,4(sp)
80401c64:	4b02                	lw	s6,0(sp)
80401c66:	854a                	mv	a0,s2
80401c68:	4942                	lw	s2,16(sp)
80401c6a:	6105                	add	sp,sp,32
80401c6c:	8082                	ret
80401c6e:	1f042703          	lw	a4,496(s0)
80401c72:	0705                	add	a4,a4,1
80401c74:	1ee42823          	sw	a4,496(s0)
80401c78:	f7b9                	bnez	a5,80401bc6 <netfront_send+0x40>
80401c7a:	401c                	lw	a5,0(s0)
80401c7c:	4798                	lw	a4,8(a5)
80401c7e:	0220000f          	fence	r,r
80401c82:	441c                	lw	a5,8(s0)
80401c84:	00e78c63          	beq	a5,a4,80401c9c <netfront_send+0x116>
80401c88:	8522                	mv	a0,s0
80401c8a:	00000097          	auipc	ra,0x0
80401c8e:	b72080e7          	jalr	-1166(ra) # 804017fc <tx_gc>
80401c92:	403c                	lw	a5,64(s0)
80401c94:	eb95                	bnez	a5,80401cc8 <netfront_send+0x142>
80401c96:	0a842783          	lw	a5,168(s0)
80401c9a:	bff9                	j	80401c78 <netfront_send+0xf2>
80401c9c:	4018                	lw	a4,0(s0)
80401c9e:	0785                	add	a5,a5,1
80401ca0:	c75c                	sw	a5,12(a4)
80401ca2:	0330000f          	fence	rw,rw
80401ca6:	401c                	lw	a5,0(s0)
80401ca8:	479c                	lw	a5,8(a5)
80401caa:	0220000f          	fence	r,r
80401cae:	4418                	lw	a4,8(s0)
80401cb0:	fcf71ce3          	bne	a4,a5,80401c88 <netfront_send+0x102>
80401cb4:	1e442783          	lw	a5,484(s0)
80401cb8:	9782                	jalr	a5
80401cba:	8522                	mv	a0,s0
80401cbc:	00000097          	auipc	ra,0x0
80401cc0:	b40080e7          	jalr	-1216(ra) # 804017fc <tx_gc>
80401cc4:	403c                	lw	a5,64(s0)
80401cc6:	dbe1                	beqz	a5,80401c96 <netfront_send+0x110>
80401cc8:	5979                	li	s2,-2
80401cca:	b779                	j	80401c58 <netfront_send+0xd2>
80401ccc:	5408                	lw	a0,40(s0)
80401cce:	00000097          	auipc	ra,0x0
80401cd2:	988080e7          	jalr	-1656(ra) # 80401656 <evtchn_send>
80401cd6:	bfa5                	j	80401c4e <netfront_send+0xc8>
80401cd8:	5929                	li	s2,-22
80401cda:	bfbd                	j	80401c58 <netfront_send+0xd2>

80401cdc <netfront_connect>:
80401cdc:	7139                	add	sp,sp,-64
80401cde:	d84a                	sw	s2,48(sp)
80401ce0:	d452                	sw	s4,40(sp)
80401ce2:	892e                	mv	s2,a1
80401ce4:	8a32                	mv	s4,a2
80401ce6:	4581                	li	a1,0
80401ce8:	20000613          	li	a2,512
80401cec:	de06                	sw	ra,60(sp)
80401cee:	dc22                	sw	s0,56(sp)
80401cf0:	da26                	sw	s1,52(sp)
80401cf2:	d64e                	sw	s3,44(sp)
80401cf4:	d256                	sw	s5,36(sp)
80401cf6:	d05a                	sw	s6,32(sp)
80401cf8:	84aa                	mv	s1,a0
80401cfa:	8b36                	mv	s6,a3
80401cfc:	8aba                	mv	s5,a4
80401cfe:	89be                	mv	s3,a5
80401d00:	ce5e                	sw	s7,28(sp)
80401d02:	00002097          	auipc	ra,0x2
80401d06:	8aa080e7          	jalr	-1878(ra) # 804035ac <memset>
80401d0a:	03448593          	add	a1,s1,52
80401d0e:	854a                	mv	a0,s2
80401d10:	00000097          	auipc	ra,0x0
80401d14:	d4a080e7          	jalr	-694(ra) # 80401a5a <netfront_probe>
80401d18:	842a                	mv	s0,a0
80401d1a:	10054e63          	bltz	a0,80401e36 <netfront_connect+0x15a>
80401d1e:	000a2603          	lw	a2,0(s4)
80401d22:	4705                	li	a4,1
80401d24:	1f34a223          	sw	s3,484(s1)
80401d28:	1d64ae23          	sw	s6,476(s1)
80401d2c:	1f54a023          	sw	s5,480(s1)
80401d30:	008a2983          	lw	s3,8(s4)
80401d34:	01060793          	add	a5,a2,16
80401d38:	c258                	sw	a4,4(a2)
80401d3a:	c658                	sw	a4,12(a2)
80401d3c:	00062023          	sw	zero,0(a2)
80401d40:	00062423          	sw	zero,8(a2)
80401d44:	04060713          	add	a4,a2,64
80401d48:	0007a023          	sw	zero,0(a5)
80401d4c:	0791                	add	a5,a5,4
80401d4e:	fee79de3          	bne	a5,a4,80401d48 <netfront_connect+0x6c>
80401d52:	4785                	li	a5,1
80401d54:	00f9a223          	sw	a5,4(s3)
80401d58:	00f9a623          	sw	a5,12(s3)
80401d5c:	0009a023          	sw	zero,0(s3)
80401d60:	0009a423          	sw	zero,8(s3)
80401d64:	01098793          	add	a5,s3,16
80401d68:	04098713          	add	a4,s3,64
80401d6c:	0007a023          	sw	zero,0(a5)
80401d70:	0791                	add	a5,a5,4
80401d72:	fee79de3          	bne	a5,a4,80401d6c <netfront_connect+0x90>
80401d76:	10000793          	li	a5,256
80401d7a:	c4dc                	sw	a5,12(s1)
80401d7c:	4731                	li	a4,12
80401d7e:	d09c                	sw	a5,32(s1)
80401d80:	47a1                	li	a5,8
80401d82:	c090                	sw	a2,0(s1)
80401d84:	0004a223          	sw	zero,4(s1)
80401d88:	0004a423          	sw	zero,8(s1)
80401d8c:	c898                	sw	a4,16(s1)
80401d8e:	0134aa23          	sw	s3,20(s1)
80401d92:	0004ac23          	sw	zero,24(s1)
80401d96:	0004ae23          	sw	zero,28(s1)
80401d9a:	d0dc                	sw	a5,36(s1)
80401d9c:	010a0a93          	add	s5,s4,16
80401da0:	04848b13          	add	s6,s1,72
80401da4:	030a0b93          	add	s7,s4,48
80401da8:	000aa783          	lw	a5,0(s5)
80401dac:	020aa583          	lw	a1,32(s5)
80401db0:	4605                	li	a2,1
80401db2:	00fb2023          	sw	a5,0(s6)
80401db6:	4501                	li	a0,0
80401db8:	00000097          	auipc	ra,0x0
80401dbc:	9c4080e7          	jalr	-1596(ra) # 8040177c <gnttab_grant_access>
80401dc0:	842a                	mv	s0,a0
80401dc2:	0a91                	add	s5,s5,4
80401dc4:	06054963          	bltz	a0,80401e36 <netfront_connect+0x15a>
80401dc8:	02ab2023          	sw	a0,32(s6)
80401dcc:	0b11                	add	s6,s6,4
80401dce:	fd7a9de3          	bne	s5,s7,80401da8 <netfront_connect+0xcc>
80401dd2:	0a84a583          	lw	a1,168(s1)
80401dd6:	6641                	lui	a2,0x10
80401dd8:	47bd                	li	a5,15
80401dda:	04458713          	add	a4,a1,68
80401dde:	0706                	sll	a4,a4,0x1
80401de0:	9726                	add	a4,a4,s1
80401de2:	167d                	add	a2,a2,-1 # ffff <errno+0xffff>
80401de4:	fff78693          	add	a3,a5,-1
80401de8:	00f71023          	sh	a5,0(a4)
80401dec:	01069793          	sll	a5,a3,0x10
80401df0:	83c1                	srl	a5,a5,0x10
80401df2:	0709                	add	a4,a4,2
80401df4:	fec798e3          	bne	a5,a2,80401de4 <netfront_connect+0x108>
80401df8:	05c1                	add	a1,a1,16
80401dfa:	0ab4a423          	sw	a1,168(s1)
80401dfe:	050a0a93          	add	s5,s4,80
80401e02:	0bc48b13          	add	s6,s1,188
80401e06:	0d0a0b93          	add	s7,s4,208
80401e0a:	a031                	j	80401e16 <netfront_connect+0x13a>
80401e0c:	08ab2023          	sw	a0,128(s6)
80401e10:	0b11                	add	s6,s6,4
80401e12:	035b8e63          	beq	s7,s5,80401e4e <netfront_connect+0x172>
80401e16:	000aa783          	lw	a5,0(s5)
80401e1a:	080aa583          	lw	a1,128(s5)
80401e1e:	4601                	li	a2,0
80401e20:	00fb2023          	sw	a5,0(s6)
80401e24:	4501                	li	a0,0
80401e26:	00000097          	auipc	ra,0x0
80401e2a:	956080e7          	jalr	-1706(ra) # 8040177c <gnttab_grant_access>
80401e2e:	842a                	mv	s0,a0
80401e30:	0a91                	add	s5,s5,4
80401e32:	fc055de3          	bgez	a0,80401e0c <netfront_connect+0x130>
80401e36:	50f2                	lw	ra,60(sp)
80401e38:	8522                	mv	a0,s0
80401e3a:	5462                	lw	s0,56(sp)
80401e3c:	54d2                	lw	s1,52(sp)
80401e3e:	5942                	lw	s2,48(sp)
80401e40:	59b2                	lw	s3,44(sp)
80401e42:	5a22                	lw	s4,40(sp)
80401e44:	5a92                	lw	s5,36(sp)
80401e46:	5b02                	lw	s6,32(sp)
80401e48:	4bf2                	lw	s7,28(sp)
80401e4a:	6121                	add	sp,sp,64
80401e4c:	8082                	ret
80401e4e:	004a2583          	lw	a1,4(s4)
80401e52:	4601                	li	a2,0
80401e54:	4501                	li	a0,0
80401e56:	00000097          	auipc	ra,0x0
80401e5a:	926080e7          	jalr	-1754(ra) # 8040177c <gnttab_grant_access>
80401e5e:	842a                	mv	s0,a0
80401e60:	fc054be3          	bltz	a0,80401e36 <netfront_connect+0x15a>
80401e64:	00ca2583          	lw	a1,12(s4)
80401e68:	4601                	li	a2,0
80401e6a:	d4c8                	sw	a0,44(s1)
80401e6c:	4501                	li	a0,0
80401e6e:	00000097          	auipc	ra,0x0
80401e72:	90e080e7          	jalr	-1778(ra) # 8040177c <gnttab_grant_access>
80401e76:	842a                	mv	s0,a0
80401e78:	fa054fe3          	bltz	a0,80401e36 <netfront_connect+0x15a>
80401e7c:	0204a803          	lw	a6,32(s1)
80401e80:	0144ae03          	lw	t3,20(s1)
80401e84:	4c88                	lw	a0,24(s1)
80401e86:	0244a303          	lw	t1,36(s1)
80401e8a:	d880                	sw	s0,48(s1)
80401e8c:	187d                	add	a6,a6,-1
80401e8e:	13c48693          	add	a3,s1,316
80401e92:	4701                	li	a4,0
80401e94:	4a05                	li	s4,1
80401e96:	02000893          	li	a7,32
80401e9a:	00a707b3          	add	a5,a4,a0
80401e9e:	0107f7b3          	and	a5,a5,a6
80401ea2:	026787b3          	mul	a5,a5,t1
80401ea6:	428c                	lw	a1,0(a3)
80401ea8:	00e48633          	add	a2,s1,a4
80401eac:	0691                	add	a3,a3,4
80401eae:	04078793          	add	a5,a5,64
80401eb2:	97f2                	add	a5,a5,t3
80401eb4:	00e79023          	sh	a4,0(a5)
80401eb8:	00079123          	sh	zero,2(a5)
80401ebc:	c3cc                	sw	a1,4(a5)
80401ebe:	1b460e23          	sb	s4,444(a2)
80401ec2:	0705                	add	a4,a4,1
80401ec4:	fd171be3          	bne	a4,a7,80401e9a <netfront_connect+0x1be>
80401ec8:	02050513          	add	a0,a0,32
80401ecc:	cc88                	sw	a0,24(s1)
80401ece:	0110000f          	fence	w,w
80401ed2:	4c9c                	lw	a5,24(s1)
80401ed4:	02848593          	add	a1,s1,40
80401ed8:	4501                	li	a0,0
80401eda:	00f9a023          	sw	a5,0(s3)
80401ede:	fffff097          	auipc	ra,0xfffff
80401ee2:	7c4080e7          	jalr	1988(ra) # 804016a2 <evtchn_alloc_unbound>
80401ee6:	842a                	mv	s0,a0
80401ee8:	f40547e3          	bltz	a0,80401e36 <netfront_connect+0x15a>
80401eec:	5488                	lw	a0,40(s1)
80401eee:	804025b7          	lui	a1,0x80402
80401ef2:	8626                	mv	a2,s1
80401ef4:	a4258593          	add	a1,a1,-1470 # 80401a42 <netfront_event>
80401ef8:	fffff097          	auipc	ra,0xfffff
80401efc:	652080e7          	jalr	1618(ra) # 8040154a <evtchn_bind>
80401f00:	842a                	mv	s0,a0
80401f02:	f915                	bnez	a0,80401e36 <netfront_connect+0x15a>
80401f04:	54d0                	lw	a2,44(s1)
80401f06:	804065b7          	lui	a1,0x80406
80401f0a:	86c58593          	add	a1,a1,-1940 # 8040586c <names.0+0xb0>
80401f0e:	854a                	mv	a0,s2
80401f10:	00000097          	auipc	ra,0x0
80401f14:	604080e7          	jalr	1540(ra) # 80402514 <xs_write_u32>
80401f18:	842a                	mv	s0,a0
80401f1a:	fd11                	bnez	a0,80401e36 <netfront_connect+0x15a>
80401f1c:	5890                	lw	a2,48(s1)
80401f1e:	804065b7          	lui	a1,0x80406
80401f22:	88858593          	add	a1,a1,-1912 # 80405888 <names.0+0xcc>
80401f26:	854a                	mv	a0,s2
80401f28:	00000097          	auipc	ra,0x0
80401f2c:	5ec080e7          	jalr	1516(ra) # 80402514 <xs_write_u32>
80401f30:	842a                	mv	s0,a0
80401f32:	f111                	bnez	a0,80401e36 <netfront_connect+0x15a>
80401f34:	5490                	lw	a2,40(s1)
80401f36:	804065b7          	lui	a1,0x80406
80401f3a:	8a458593          	add	a1,a1,-1884 # 804058a4 <names.0+0xe8>
80401f3e:	854a                	mv	a0,s2
80401f40:	00000097          	auipc	ra,0x0
80401f44:	5d4080e7          	jalr	1492(ra) # 80402514 <xs_write_u32>
80401f48:	842a                	mv	s0,a0
80401f4a:	ee0516e3          	bnez	a0,80401e36 <netfront_connect+0x15a>
80401f4e:	804065b7          	lui	a1,0x80406
80401f52:	460d                	li	a2,3
80401f54:	8c058593          	add	a1,a1,-1856 # 804058c0 <names.0+0x104>
80401f58:	854a                	mv	a0,s2
80401f5a:	00000097          	auipc	ra,0x0
80401f5e:	5ba080e7          	jalr	1466(ra) # 80402514 <xs_write_u32>
80401f62:	c602                	sw	zero,12(sp)
80401f64:	842a                	mv	s0,a0
80401f66:	ec0518e3          	bnez	a0,80401e36 <netfront_connect+0x15a>
80401f6a:	804065b7          	lui	a1,0x80406
80401f6e:	0070                	add	a2,sp,12
80401f70:	8d458593          	add	a1,a1,-1836 # 804058d4 <names.0+0x118>
80401f74:	854a                	mv	a0,s2
80401f76:	00000097          	auipc	ra,0x0
80401f7a:	4ae080e7          	jalr	1198(ra) # 80402424 <xs_read_u32>
80401f7e:	842a                	mv	s0,a0
80401f80:	ea051be3          	bnez	a0,80401e36 <netfront_connect+0x15a>
80401f84:	4732                	lw	a4,12(sp)
80401f86:	4791                	li	a5,4
80401f88:	00f71a63          	bne	a4,a5,80401f9c <netfront_connect+0x2c0>
80401f8c:	0344ae23          	sw	s4,60(s1)
80401f90:	8526                	mv	a0,s1
80401f92:	00000097          	auipc	ra,0x0
80401f96:	bde080e7          	jalr	-1058(ra) # 80401b70 <netfront_poll>
80401f9a:	bd71                	j	80401e36 <netfront_connect+0x15a>
80401f9c:	5429                	li	s0,-22
80401f9e:	bd61                	j	80401e36 <netfront_connect+0x15a>

80401fa0 <pvcons_init>:
80401fa0:	c10c                	sw	a1,0(a0)
80401fa2:	c150                	sw	a2,4(a0)
80401fa4:	c514                	sw	a3,8(a0)
80401fa6:	8082                	ret

80401fa8 <pvcons_put>:
80401fa8:	00052803          	lw	a6,0(a0)
80401fac:	6785                	lui	a5,0x1
80401fae:	00f80733          	add	a4,a6,a5
80401fb2:	c0872503          	lw	a0,-1016(a4)
80401fb6:	c0c72883          	lw	a7,-1012(a4)
80401fba:	0330000f          	fence	rw,rw
80401fbe:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80401fc2:	953e                	add	a0,a0,a5
80401fc4:	41150533          	sub	a0,a0,a7
80401fc8:	02a7ee63          	bltu	a5,a0,80402004 <pvcons_put+0x5c>
80401fcc:	04a66463          	bltu	a2,a0,80402014 <pvcons_put+0x6c>
80401fd0:	c11d                	beqz	a0,80401ff6 <pvcons_put+0x4e>
80401fd2:	872e                	mv	a4,a1
80401fd4:	00a58633          	add	a2,a1,a0
80401fd8:	40b885b3          	sub	a1,a7,a1
80401fdc:	00074683          	lbu	a3,0(a4)
80401fe0:	00e587b3          	add	a5,a1,a4
80401fe4:	7ff7f793          	and	a5,a5,2047
80401fe8:	97c2                	add	a5,a5,a6
80401fea:	40d78023          	sb	a3,1024(a5)
80401fee:	0705                	add	a4,a4,1
80401ff0:	fec716e3          	bne	a4,a2,80401fdc <pvcons_put+0x34>
80401ff4:	98aa                	add	a7,a7,a0
80401ff6:	0110000f          	fence	w,w
80401ffa:	6785                	lui	a5,0x1
80401ffc:	983e                	add	a6,a6,a5
80401ffe:	c1182623          	sw	a7,-1012(a6)
80402002:	8082                	ret
80402004:	4501                	li	a0,0
80402006:	0110000f          	fence	w,w
8040200a:	6785                	lui	a5,0x1
8040200c:	983e                	add	a6,a6,a5
8040200e:	c1182623          	sw	a7,-1012(a6)
80402012:	8082                	ret
80402014:	8532                	mv	a0,a2
80402016:	fd55                	bnez	a0,80401fd2 <pvcons_put+0x2a>
80402018:	bff9                	j	80401ff6 <pvcons_put+0x4e>

8040201a <pvcons_write>:
8040201a:	c621                	beqz	a2,80402062 <pvcons_write+0x48>
8040201c:	1141                	add	sp,sp,-16
8040201e:	c422                	sw	s0,8(sp)
80402020:	c226                	sw	s1,4(sp)
80402022:	c04a                	sw	s2,0(sp)
80402024:	c606                	sw	ra,12(sp)
80402026:	8432                	mv	s0,a2
80402028:	892a                	mv	s2,a0
8040202a:	84ae                	mv	s1,a1
8040202c:	a021                	j	80402034 <pvcons_write+0x1a>
8040202e:	00892783          	lw	a5,8(s2)
80402032:	9782                	jalr	a5
80402034:	8622                	mv	a2,s0
80402036:	85a6                	mv	a1,s1
80402038:	854a                	mv	a0,s2
8040203a:	00000097          	auipc	ra,0x0
8040203e:	f6e080e7          	jalr	-146(ra) # 80401fa8 <pvcons_put>
80402042:	87aa                	mv	a5,a0
80402044:	00492503          	lw	a0,4(s2)
80402048:	8c1d                	sub	s0,s0,a5
8040204a:	94be                	add	s1,s1,a5
8040204c:	fffff097          	auipc	ra,0xfffff
80402050:	60a080e7          	jalr	1546(ra) # 80401656 <evtchn_send>
80402054:	fc69                	bnez	s0,8040202e <pvcons_write+0x14>
80402056:	40b2                	lw	ra,12(sp)
80402058:	4422                	lw	s0,8(sp)
8040205a:	4492                	lw	s1,4(sp)
8040205c:	4902                	lw	s2,0(sp)
8040205e:	0141                	add	sp,sp,16
80402060:	8082                	ret
80402062:	8082                	ret

80402064 <pvcons_drain>:
80402064:	411c                	lw	a5,0(a0)
80402066:	1141                	add	sp,sp,-16
80402068:	c226                	sw	s1,4(sp)
8040206a:	6485                	lui	s1,0x1
8040206c:	97a6                	add	a5,a5,s1
8040206e:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80402072:	c087a783          	lw	a5,-1016(a5)
80402076:	c606                	sw	ra,12(sp)
80402078:	c422                	sw	s0,8(sp)
8040207a:	02f70363          	beq	a4,a5,804020a0 <pvcons_drain+0x3c>
8040207e:	842a                	mv	s0,a0
80402080:	4148                	lw	a0,4(a0)
80402082:	fffff097          	auipc	ra,0xfffff
80402086:	5d4080e7          	jalr	1492(ra) # 80401656 <evtchn_send>
8040208a:	a019                	j	80402090 <pvcons_drain+0x2c>
8040208c:	441c                	lw	a5,8(s0)
8040208e:	9782                	jalr	a5
80402090:	401c                	lw	a5,0(s0)
80402092:	97a6                	add	a5,a5,s1
80402094:	c0c7a703          	lw	a4,-1012(a5)
80402098:	c087a783          	lw	a5,-1016(a5)
8040209c:	fef718e3          	bne	a4,a5,8040208c <pvcons_drain+0x28>
804020a0:	40b2                	lw	ra,12(sp)
804020a2:	4422                	lw	s0,8(sp)
804020a4:	4492                	lw	s1,4(sp)
804020a6:	0141                	add	sp,sp,16
804020a8:	8082                	ret

804020aa <xs_talk>:
804020aa:	710d                	add	sp,sp,-352
804020ac:	15312623          	sw	s3,332(sp)
804020b0:	15412423          	sw	s4,328(sp)
804020b4:	13a12823          	sw	s10,304(sp)
804020b8:	89be                	mv	s3,a5
804020ba:	8d36                	mv	s10,a3
804020bc:	14112e23          	sw	ra,348(sp)
804020c0:	96be                	add	a3,a3,a5
804020c2:	14812c23          	sw	s0,344(sp)
804020c6:	14912a23          	sw	s1,340(sp)
804020ca:	15212823          	sw	s2,336(sp)
804020ce:	15512223          	sw	s5,324(sp)
804020d2:	15612023          	sw	s6,320(sp)
804020d6:	13712e23          	sw	s7,316(sp)
804020da:	13812c23          	sw	s8,312(sp)
804020de:	13912a23          	sw	s9,308(sp)
804020e2:	13b12623          	sw	s11,300(sp)
804020e6:	10000793          	li	a5,256
804020ea:	00052a03          	lw	s4,0(a0)
804020ee:	28d7ee63          	bltu	a5,a3,8040238a <xs_talk+0x2e0>
804020f2:	451c                	lw	a5,8(a0)
804020f4:	6485                	lui	s1,0x1
804020f6:	94d2                	add	s1,s1,s4
804020f8:	0785                	add	a5,a5,1
804020fa:	c51c                	sw	a5,8(a0)
804020fc:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
80402100:	8c3a                	mv	s8,a4
80402102:	8004a703          	lw	a4,-2048(s1)
80402106:	3f000d93          	li	s11,1008
8040210a:	c23e                	sw	a5,4(sp)
8040210c:	c02e                	sw	a1,0(sp)
8040210e:	c402                	sw	zero,8(sp)
80402110:	c636                	sw	a3,12(sp)
80402112:	40dd8db3          	sub	s11,s11,a3
80402116:	40eb87b3          	sub	a5,s7,a4
8040211a:	842a                	mv	s0,a0
8040211c:	8b2e                	mv	s6,a1
8040211e:	8cb2                	mv	s9,a2
80402120:	8942                	mv	s2,a6
80402122:	8ac6                	mv	s5,a7
80402124:	00fdff63          	bgeu	s11,a5,80402142 <xs_talk+0x98>
80402128:	4048                	lw	a0,4(s0)
8040212a:	fffff097          	auipc	ra,0xfffff
8040212e:	52c080e7          	jalr	1324(ra) # 80401656 <evtchn_send>
80402132:	445c                	lw	a5,12(s0)
80402134:	9782                	jalr	a5
80402136:	8004a783          	lw	a5,-2048(s1)
8040213a:	40fb87b3          	sub	a5,s7,a5
8040213e:	fefde5e3          	bltu	s11,a5,80402128 <xs_talk+0x7e>
80402142:	0330000f          	fence	rw,rw
80402146:	4010                	lw	a2,0(s0)
80402148:	870a                	mv	a4,sp
8040214a:	0804                	add	s1,sp,16
8040214c:	40eb85b3          	sub	a1,s7,a4
80402150:	00074683          	lbu	a3,0(a4)
80402154:	00e587b3          	add	a5,a1,a4
80402158:	3ff7f793          	and	a5,a5,1023
8040215c:	97b2                	add	a5,a5,a2
8040215e:	00d78023          	sb	a3,0(a5)
80402162:	0705                	add	a4,a4,1
80402164:	fee496e3          	bne	s1,a4,80402150 <xs_talk+0xa6>
80402168:	419b86b3          	sub	a3,s7,s9
8040216c:	87e6                	mv	a5,s9
8040216e:	010d0513          	add	a0,s10,16
80402172:	9cea                	add	s9,s9,s10
80402174:	06c1                	add	a3,a3,16
80402176:	0007c703          	lbu	a4,0(a5)
8040217a:	00f685b3          	add	a1,a3,a5
8040217e:	3ff5f593          	and	a1,a1,1023
80402182:	95b2                	add	a1,a1,a2
80402184:	00e58023          	sb	a4,0(a1)
80402188:	0785                	add	a5,a5,1
8040218a:	ff9796e3          	bne	a5,s9,80402176 <xs_talk+0xcc>
8040218e:	87e2                	mv	a5,s8
80402190:	9baa                	add	s7,s7,a0
80402192:	9c4e                	add	s8,s8,s3
80402194:	40fb85b3          	sub	a1,s7,a5
80402198:	00098e63          	beqz	s3,804021b4 <xs_talk+0x10a>
8040219c:	0007c703          	lbu	a4,0(a5)
804021a0:	00f586b3          	add	a3,a1,a5
804021a4:	3ff6f693          	and	a3,a3,1023
804021a8:	96b2                	add	a3,a3,a2
804021aa:	00e68023          	sb	a4,0(a3)
804021ae:	0785                	add	a5,a5,1
804021b0:	ff8796e3          	bne	a5,s8,8040219c <xs_talk+0xf2>
804021b4:	9bce                	add	s7,s7,s3
804021b6:	0110000f          	fence	w,w
804021ba:	6d05                	lui	s10,0x1
804021bc:	9d52                	add	s10,s10,s4
804021be:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
804021c2:	4048                	lw	a0,4(s0)
804021c4:	fffff097          	auipc	ra,0xfffff
804021c8:	492080e7          	jalr	1170(ra) # 80401656 <evtchn_send>
804021cc:	808d2503          	lw	a0,-2040(s10)
804021d0:	80cd2683          	lw	a3,-2036(s10)
804021d4:	8e89                	sub	a3,a3,a0
804021d6:	0220000f          	fence	r,r
804021da:	40000793          	li	a5,1024
804021de:	02d7e963          	bltu	a5,a3,80402210 <xs_talk+0x166>
804021e2:	02010c93          	add	s9,sp,32
804021e6:	4bc1                	li	s7,16
804021e8:	49bd                	li	s3,15
804021ea:	10000c13          	li	s8,256
804021ee:	419b8bb3          	sub	s7,s7,s9
804021f2:	40000a13          	li	s4,1024
804021f6:	04d9ea63          	bltu	s3,a3,8040224a <xs_talk+0x1a0>
804021fa:	445c                	lw	a5,12(s0)
804021fc:	9782                	jalr	a5
804021fe:	808d2503          	lw	a0,-2040(s10)
80402202:	80cd2683          	lw	a3,-2036(s10)
80402206:	8e89                	sub	a3,a3,a0
80402208:	0220000f          	fence	r,r
8040220c:	feda75e3          	bgeu	s4,a3,804021f6 <xs_talk+0x14c>
80402210:	5549                	li	a0,-14
80402212:	15c12083          	lw	ra,348(sp)
80402216:	15812403          	lw	s0,344(sp)
8040221a:	15412483          	lw	s1,340(sp)
8040221e:	15012903          	lw	s2,336(sp)
80402222:	14c12983          	lw	s3,332(sp)
80402226:	14812a03          	lw	s4,328(sp)
8040222a:	14412a83          	lw	s5,324(sp)
8040222e:	14012b03          	lw	s6,320(sp)
80402232:	13c12b83          	lw	s7,316(sp)
80402236:	13812c03          	lw	s8,312(sp)
8040223a:	13412c83          	lw	s9,308(sp)
8040223e:	13012d03          	lw	s10,304(sp)
80402242:	12c12d83          	lw	s11,300(sp)
80402246:	6135                	add	sp,sp,352
80402248:	8082                	ret
8040224a:	4010                	lw	a2,0(s0)
8040224c:	8726                	mv	a4,s1
8040224e:	409505b3          	sub	a1,a0,s1
80402252:	00e587b3          	add	a5,a1,a4
80402256:	3ff7f793          	and	a5,a5,1023
8040225a:	97b2                	add	a5,a5,a2
8040225c:	4007c783          	lbu	a5,1024(a5)
80402260:	0705                	add	a4,a4,1
80402262:	fef70fa3          	sb	a5,-1(a4)
80402266:	ff9716e3          	bne	a4,s9,80402252 <xs_talk+0x1a8>
8040226a:	47f2                	lw	a5,28(sp)
8040226c:	fafc62e3          	bltu	s8,a5,80402210 <xs_talk+0x166>
80402270:	01078713          	add	a4,a5,16
80402274:	f8e6e3e3          	bltu	a3,a4,804021fa <xs_talk+0x150>
80402278:	019785b3          	add	a1,a5,s9
8040227c:	8766                	mv	a4,s9
8040227e:	00ab86b3          	add	a3,s7,a0
80402282:	cf89                	beqz	a5,8040229c <xs_talk+0x1f2>
80402284:	00e687b3          	add	a5,a3,a4
80402288:	3ff7f793          	and	a5,a5,1023
8040228c:	97b2                	add	a5,a5,a2
8040228e:	4007c783          	lbu	a5,1024(a5)
80402292:	0705                	add	a4,a4,1
80402294:	fef70fa3          	sb	a5,-1(a4)
80402298:	feb716e3          	bne	a4,a1,80402284 <xs_talk+0x1da>
8040229c:	0330000f          	fence	rw,rw
804022a0:	4df2                	lw	s11,28(sp)
804022a2:	010d8793          	add	a5,s11,16
804022a6:	97aa                	add	a5,a5,a0
804022a8:	80fd2423          	sw	a5,-2040(s10)
804022ac:	4048                	lw	a0,4(s0)
804022ae:	fffff097          	auipc	ra,0xfffff
804022b2:	3a8080e7          	jalr	936(ra) # 80401656 <evtchn_send>
804022b6:	4752                	lw	a4,20(sp)
804022b8:	4792                	lw	a5,4(sp)
804022ba:	f4f712e3          	bne	a4,a5,804021fe <xs_talk+0x154>
804022be:	47c2                	lw	a5,16(sp)
804022c0:	4741                	li	a4,16
804022c2:	02e78a63          	beq	a5,a4,804022f6 <xs_talk+0x24c>
804022c6:	5529                	li	a0,-22
804022c8:	f56795e3          	bne	a5,s6,80402212 <xs_talk+0x168>
804022cc:	020d8363          	beqz	s11,804022f2 <xs_talk+0x248>
804022d0:	020a8163          	beqz	s5,804022f2 <xs_talk+0x248>
804022d4:	fffd8713          	add	a4,s11,-1
804022d8:	974a                	add	a4,a4,s2
804022da:	9aca                	add	s5,s5,s2
804022dc:	a021                	j	804022e4 <xs_talk+0x23a>
804022de:	0905                	add	s2,s2,1
804022e0:	01590963          	beq	s2,s5,804022f2 <xs_talk+0x248>
804022e4:	000cc783          	lbu	a5,0(s9)
804022e8:	0c85                	add	s9,s9,1
804022ea:	00f90023          	sb	a5,0(s2)
804022ee:	fee918e3          	bne	s2,a4,804022de <xs_talk+0x234>
804022f2:	856e                	mv	a0,s11
804022f4:	bf39                	j	80402212 <xs_talk+0x168>
804022f6:	80406337          	lui	t1,0x80406
804022fa:	94030f13          	add	t5,t1,-1728 # 80405940 <names.0>
804022fe:	04500793          	li	a5,69
80402302:	94030313          	add	t1,t1,-1728
80402306:	00032583          	lw	a1,0(t1)
8040230a:	4e01                	li	t3,0
8040230c:	4ead                	li	t4,11
8040230e:	cbb9                	beqz	a5,80402364 <xs_talk+0x2ba>
80402310:	4681                	li	a3,0
80402312:	88b6                	mv	a7,a3
80402314:	0685                	add	a3,a3,1
80402316:	00d587b3          	add	a5,a1,a3
8040231a:	0007c783          	lbu	a5,0(a5)
8040231e:	fbf5                	bnez	a5,80402312 <xs_talk+0x268>
80402320:	020d8763          	beqz	s11,8040234e <xs_talk+0x2a4>
80402324:	8666                	mv	a2,s9
80402326:	a031                	j	80402332 <xs_talk+0x288>
80402328:	02f88f63          	beq	a7,a5,80402366 <xs_talk+0x2bc>
8040232c:	02ed8163          	beq	s11,a4,8040234e <xs_talk+0x2a4>
80402330:	87ba                	mv	a5,a4
80402332:	00f58733          	add	a4,a1,a5
80402336:	00064803          	lbu	a6,0(a2)
8040233a:	00074503          	lbu	a0,0(a4)
8040233e:	0605                	add	a2,a2,1
80402340:	00178713          	add	a4,a5,1
80402344:	fea802e3          	beq	a6,a0,80402328 <xs_talk+0x27e>
80402348:	8736                	mv	a4,a3
8040234a:	00f68e63          	beq	a3,a5,80402366 <xs_talk+0x2bc>
8040234e:	0e05                	add	t3,t3,1
80402350:	0321                	add	t1,t1,8
80402352:	03de0a63          	beq	t3,t4,80402386 <xs_talk+0x2dc>
80402356:	00032783          	lw	a5,0(t1)
8040235a:	00032583          	lw	a1,0(t1)
8040235e:	0007c783          	lbu	a5,0(a5)
80402362:	f7dd                	bnez	a5,80402310 <xs_talk+0x266>
80402364:	4701                	li	a4,0
80402366:	00ed8963          	beq	s11,a4,80402378 <xs_talk+0x2ce>
8040236a:	12070793          	add	a5,a4,288
8040236e:	00278733          	add	a4,a5,sp
80402372:	f0074783          	lbu	a5,-256(a4)
80402376:	ffe1                	bnez	a5,8040234e <xs_talk+0x2a4>
80402378:	0e0e                	sll	t3,t3,0x3
8040237a:	9f72                	add	t5,t5,t3
8040237c:	004f2503          	lw	a0,4(t5)
80402380:	40a00533          	neg	a0,a0
80402384:	b579                	j	80402212 <xs_talk+0x168>
80402386:	5529                	li	a0,-22
80402388:	b569                	j	80402212 <xs_talk+0x168>
8040238a:	5565                	li	a0,-7
8040238c:	b559                	j	80402212 <xs_talk+0x168>

8040238e <xs_read.part.0>:
8040238e:	1141                	add	sp,sp,-16
80402390:	c422                	sw	s0,8(sp)
80402392:	c226                	sw	s1,4(sp)
80402394:	c606                	sw	ra,12(sp)
80402396:	0005c783          	lbu	a5,0(a1)
8040239a:	84b2                	mv	s1,a2
8040239c:	8436                	mv	s0,a3
8040239e:	c7a5                	beqz	a5,80402406 <xs_read.part.0+0x78>
804023a0:	4781                	li	a5,0
804023a2:	833e                	mv	t1,a5
804023a4:	0785                	add	a5,a5,1
804023a6:	00f58733          	add	a4,a1,a5
804023aa:	00074703          	lbu	a4,0(a4)
804023ae:	fb75                	bnez	a4,804023a2 <xs_read.part.0+0x14>
804023b0:	00230693          	add	a3,t1,2
804023b4:	147d                	add	s0,s0,-1
804023b6:	862e                	mv	a2,a1
804023b8:	88a2                	mv	a7,s0
804023ba:	8826                	mv	a6,s1
804023bc:	4781                	li	a5,0
804023be:	4701                	li	a4,0
804023c0:	4589                	li	a1,2
804023c2:	00000097          	auipc	ra,0x0
804023c6:	ce8080e7          	jalr	-792(ra) # 804020aa <xs_talk>
804023ca:	00054963          	bltz	a0,804023dc <xs_read.part.0+0x4e>
804023ce:	87aa                	mv	a5,a0
804023d0:	02a46463          	bltu	s0,a0,804023f8 <xs_read.part.0+0x6a>
804023d4:	4501                	li	a0,0
804023d6:	eb81                	bnez	a5,804023e6 <xs_read.part.0+0x58>
804023d8:	00048023          	sb	zero,0(s1)
804023dc:	40b2                	lw	ra,12(sp)
804023de:	4422                	lw	s0,8(sp)
804023e0:	4492                	lw	s1,4(sp)
804023e2:	0141                	add	sp,sp,16
804023e4:	8082                	ret
804023e6:	fff78513          	add	a0,a5,-1
804023ea:	00a48733          	add	a4,s1,a0
804023ee:	00074683          	lbu	a3,0(a4)
804023f2:	e699                	bnez	a3,80402400 <xs_read.part.0+0x72>
804023f4:	84ba                	mv	s1,a4
804023f6:	b7cd                	j	804023d8 <xs_read.part.0+0x4a>
804023f8:	87a2                	mv	a5,s0
804023fa:	4501                	li	a0,0
804023fc:	dff1                	beqz	a5,804023d8 <xs_read.part.0+0x4a>
804023fe:	b7e5                	j	804023e6 <xs_read.part.0+0x58>
80402400:	94be                	add	s1,s1,a5
80402402:	853e                	mv	a0,a5
80402404:	bfd1                	j	804023d8 <xs_read.part.0+0x4a>
80402406:	4685                	li	a3,1
80402408:	b775                	j	804023b4 <xs_read.part.0+0x26>

8040240a <xs_init>:
8040240a:	c10c                	sw	a1,0(a0)
8040240c:	c150                	sw	a2,4(a0)
8040240e:	00052423          	sw	zero,8(a0)
80402412:	c554                	sw	a3,12(a0)
80402414:	8082                	ret

80402416 <xs_read>:
80402416:	c689                	beqz	a3,80402420 <xs_read+0xa>
80402418:	00000317          	auipc	t1,0x0
8040241c:	f7630067          	jr	-138(t1) # 8040238e <xs_read.part.0>
80402420:	5529                	li	a0,-22
80402422:	8082                	ret

80402424 <xs_read_u32>:
80402424:	1101                	add	sp,sp,-32
80402426:	cc22                	sw	s0,24(sp)
80402428:	46c1                	li	a3,16
8040242a:	8432                	mv	s0,a2
8040242c:	860a                	mv	a2,sp
8040242e:	ce06                	sw	ra,28(sp)
80402430:	00000097          	auipc	ra,0x0
80402434:	f5e080e7          	jalr	-162(ra) # 8040238e <xs_read.part.0>
80402438:	06054163          	bltz	a0,8040249a <xs_read_u32+0x76>
8040243c:	cd31                	beqz	a0,80402498 <xs_read_u32+0x74>
8040243e:	47a9                	li	a5,10
80402440:	04a7cc63          	blt	a5,a0,80402498 <xs_read_u32+0x74>
80402444:	880a                	mv	a6,sp
80402446:	4881                	li	a7,0
80402448:	4781                	li	a5,0
8040244a:	4601                	li	a2,0
8040244c:	4325                	li	t1,9
8040244e:	a029                	j	80402458 <xs_read_u32+0x34>
80402450:	9636                	add	a2,a2,a3
80402452:	0805                	add	a6,a6,1
80402454:	04a8d763          	bge	a7,a0,804024a2 <xs_read_u32+0x7e>
80402458:	01e7d693          	srl	a3,a5,0x1e
8040245c:	00279713          	sll	a4,a5,0x2
80402460:	00261593          	sll	a1,a2,0x2
80402464:	97ba                	add	a5,a5,a4
80402466:	8dd5                	or	a1,a1,a3
80402468:	00084683          	lbu	a3,0(a6)
8040246c:	95b2                	add	a1,a1,a2
8040246e:	00e7b733          	sltu	a4,a5,a4
80402472:	972e                	add	a4,a4,a1
80402474:	fd068693          	add	a3,a3,-48
80402478:	01f7d613          	srl	a2,a5,0x1f
8040247c:	0706                	sll	a4,a4,0x1
8040247e:	0786                	sll	a5,a5,0x1
80402480:	8f51                	or	a4,a4,a2
80402482:	97b6                	add	a5,a5,a3
80402484:	41f6d613          	sra	a2,a3,0x1f
80402488:	0ff6f593          	zext.b	a1,a3
8040248c:	963a                	add	a2,a2,a4
8040248e:	00d7b6b3          	sltu	a3,a5,a3
80402492:	0885                	add	a7,a7,1
80402494:	fab37ee3          	bgeu	t1,a1,80402450 <xs_read_u32+0x2c>
80402498:	5529                	li	a0,-22
8040249a:	40f2                	lw	ra,28(sp)
8040249c:	4462                	lw	s0,24(sp)
8040249e:	6105                	add	sp,sp,32
804024a0:	8082                	ret
804024a2:	fa7d                	bnez	a2,80402498 <xs_read_u32+0x74>
804024a4:	40f2                	lw	ra,28(sp)
804024a6:	c01c                	sw	a5,0(s0)
804024a8:	4462                	lw	s0,24(sp)
804024aa:	4501                	li	a0,0
804024ac:	6105                	add	sp,sp,32
804024ae:	8082                	ret

804024b0 <xs_write>:
804024b0:	1101                	add	sp,sp,-32
804024b2:	ce06                	sw	ra,28(sp)
804024b4:	0005c783          	lbu	a5,0(a1)
804024b8:	8732                	mv	a4,a2
804024ba:	c7b9                	beqz	a5,80402508 <xs_write+0x58>
804024bc:	4781                	li	a5,0
804024be:	86be                	mv	a3,a5
804024c0:	0785                	add	a5,a5,1
804024c2:	00f58833          	add	a6,a1,a5
804024c6:	00084803          	lbu	a6,0(a6)
804024ca:	fe081ae3          	bnez	a6,804024be <xs_write+0xe>
804024ce:	00074783          	lbu	a5,0(a4)
804024d2:	0689                	add	a3,a3,2
804024d4:	cf95                	beqz	a5,80402510 <xs_write+0x60>
804024d6:	4781                	li	a5,0
804024d8:	0785                	add	a5,a5,1
804024da:	00f70833          	add	a6,a4,a5
804024de:	00084803          	lbu	a6,0(a6)
804024e2:	fe081be3          	bnez	a6,804024d8 <xs_write+0x28>
804024e6:	00c10813          	add	a6,sp,12
804024ea:	862e                	mv	a2,a1
804024ec:	4891                	li	a7,4
804024ee:	45ad                	li	a1,11
804024f0:	00000097          	auipc	ra,0x0
804024f4:	bba080e7          	jalr	-1094(ra) # 804020aa <xs_talk>
804024f8:	40f2                	lw	ra,28(sp)
804024fa:	00152793          	slti	a5,a0,1
804024fe:	40f007b3          	neg	a5,a5
80402502:	8d7d                	and	a0,a0,a5
80402504:	6105                	add	sp,sp,32
80402506:	8082                	ret
80402508:	00074783          	lbu	a5,0(a4)
8040250c:	4685                	li	a3,1
8040250e:	f7e1                	bnez	a5,804024d6 <xs_write+0x26>
80402510:	4781                	li	a5,0
80402512:	bfd1                	j	804024e6 <xs_write+0x36>

80402514 <xs_write_u32>:
80402514:	1101                	add	sp,sp,-32
80402516:	87b2                	mv	a5,a2
80402518:	ce06                	sw	ra,28(sp)
8040251a:	00010723          	sb	zero,14(sp)
8040251e:	00e10613          	add	a2,sp,14
80402522:	46a9                	li	a3,10
80402524:	48a5                	li	a7,9
80402526:	02d7f733          	remu	a4,a5,a3
8040252a:	167d                	add	a2,a2,-1
8040252c:	883e                	mv	a6,a5
8040252e:	03070713          	add	a4,a4,48
80402532:	00e60023          	sb	a4,0(a2)
80402536:	02d7d7b3          	divu	a5,a5,a3
8040253a:	ff08e6e3          	bltu	a7,a6,80402526 <xs_write_u32+0x12>
8040253e:	00000097          	auipc	ra,0x0
80402542:	f72080e7          	jalr	-142(ra) # 804024b0 <xs_write>
80402546:	40f2                	lw	ra,28(sp)
80402548:	6105                	add	sp,sp,32
8040254a:	8082                	ret

8040254c <cons_event>:
8040254c:	8082                	ret

8040254e <uni_console_drain>:
8040254e:	804077b7          	lui	a5,0x80407
80402552:	0e47a783          	lw	a5,228(a5) # 804070e4 <ready>
80402556:	e391                	bnez	a5,8040255a <uni_console_drain+0xc>
80402558:	8082                	ret
8040255a:	8041a537          	lui	a0,0x8041a
8040255e:	02450513          	add	a0,a0,36 # 8041a024 <cons>
80402562:	00000317          	auipc	t1,0x0
80402566:	b0230067          	jr	-1278(t1) # 80402064 <pvcons_drain>

8040256a <uni_console_write>:
8040256a:	804077b7          	lui	a5,0x80407
8040256e:	0e47a703          	lw	a4,228(a5) # 804070e4 <ready>
80402572:	862e                	mv	a2,a1
80402574:	cb11                	beqz	a4,80402588 <uni_console_write+0x1e>
80402576:	85aa                	mv	a1,a0
80402578:	8041a537          	lui	a0,0x8041a
8040257c:	02450513          	add	a0,a0,36 # 8041a024 <cons>
80402580:	00000317          	auipc	t1,0x0
80402584:	a9a30067          	jr	-1382(t1) # 8040201a <pvcons_write>
80402588:	fffff317          	auipc	t1,0xfffff
8040258c:	aa430067          	jr	-1372(t1) # 8040102c <uni_early_write>

80402590 <revoke_event>:
80402590:	7155                	add	sp,sp,-208
80402592:	804077b7          	lui	a5,0x80407
80402596:	dd52                	sw	s4,184(sp)
80402598:	0dc7aa03          	lw	s4,220(a5) # 804070dc <pv_shared_info>
8040259c:	db56                	sw	s5,180(sp)
8040259e:	c786                	sw	ra,204(sp)
804025a0:	144a2a83          	lw	s5,324(s4)
804025a4:	c5a2                	sw	s0,200(sp)
804025a6:	c3a6                	sw	s1,196(sp)
804025a8:	c1ca                	sw	s2,192(sp)
804025aa:	df4e                	sw	s3,188(sp)
804025ac:	d95a                	sw	s6,176(sp)
804025ae:	d75e                	sw	s7,172(sp)
804025b0:	d562                	sw	s8,168(sp)
804025b2:	d366                	sw	s9,164(sp)
804025b4:	d16a                	sw	s10,160(sp)
804025b6:	cf6e                	sw	s11,156(sp)
804025b8:	0220000f          	fence	r,r
804025bc:	80407737          	lui	a4,0x80407
804025c0:	0f472783          	lw	a5,244(a4) # 804070f4 <revoke_seen>
804025c4:	148a2b83          	lw	s7,328(s4)
804025c8:	03578263          	beq	a5,s5,804025ec <revoke_event+0x5c>
804025cc:	8041adb7          	lui	s11,0x8041a
804025d0:	030d8d93          	add	s11,s11,48 # 8041a030 <revoke_stats>
804025d4:	000da783          	lw	a5,0(s11)
804025d8:	804076b7          	lui	a3,0x80407
804025dc:	0986a683          	lw	a3,152(a3) # 80407098 <cooperate>
804025e0:	0785                	add	a5,a5,1
804025e2:	0f572a23          	sw	s5,244(a4)
804025e6:	00fda023          	sw	a5,0(s11)
804025ea:	e6e9                	bnez	a3,804026b4 <revoke_event+0x124>
804025ec:	80407737          	lui	a4,0x80407
804025f0:	154a2683          	lw	a3,340(s4)
804025f4:	0f072783          	lw	a5,240(a4) # 804070f0 <revoked_seen>
804025f8:	08d78f63          	beq	a5,a3,80402696 <revoke_event+0x106>
804025fc:	8041adb7          	lui	s11,0x8041a
80402600:	030d8d93          	add	s11,s11,48 # 8041a030 <revoke_stats>
80402604:	008da783          	lw	a5,8(s11)
80402608:	0ed72823          	sw	a3,240(a4)
8040260c:	0785                	add	a5,a5,1
8040260e:	00fda423          	sw	a5,8(s11)
80402612:	0220000f          	fence	r,r
80402616:	158a2b03          	lw	s6,344(s4)
8040261a:	060b0e63          	beqz	s6,80402696 <revoke_event+0x106>
8040261e:	8041aab7          	lui	s5,0x8041a
80402622:	8041bcb7          	lui	s9,0x8041b
80402626:	15ca0a13          	add	s4,s4,348
8040262a:	4981                	li	s3,0
8040262c:	044a8a93          	add	s5,s5,68 # 8041a044 <slot_mfn>
80402630:	044c8c93          	add	s9,s9,68 # 8041b044 <boot_argv>
80402634:	80407bb7          	lui	s7,0x80407
80402638:	80407937          	lui	s2,0x80407
8040263c:	6d05                	lui	s10,0x1
8040263e:	000a2c03          	lw	s8,0(s4)
80402642:	8456                	mv	s0,s5
80402644:	f00004b7          	lui	s1,0xf0000
80402648:	a029                	j	80402652 <revoke_event+0xc2>
8040264a:	0411                	add	s0,s0,4
8040264c:	94ea                	add	s1,s1,s10
8040264e:	028c8c63          	beq	s9,s0,80402686 <revoke_event+0xf6>
80402652:	401c                	lw	a5,0(s0)
80402654:	ff879be3          	bne	a5,s8,8040264a <revoke_event+0xba>
80402658:	100ba703          	lw	a4,256(s7) # 80407100 <slots_used>
8040265c:	010da783          	lw	a5,16(s11)
80402660:	0fc92683          	lw	a3,252(s2) # 804070fc <revoke_hook>
80402664:	177d                	add	a4,a4,-1
80402666:	0785                	add	a5,a5,1
80402668:	00042023          	sw	zero,0(s0)
8040266c:	10eba023          	sw	a4,256(s7)
80402670:	00fda823          	sw	a5,16(s11)
80402674:	8526                	mv	a0,s1
80402676:	4605                	li	a2,1
80402678:	85e2                	mv	a1,s8
8040267a:	dae1                	beqz	a3,8040264a <revoke_event+0xba>
8040267c:	0411                	add	s0,s0,4
8040267e:	9682                	jalr	a3
80402680:	94ea                	add	s1,s1,s10
80402682:	fc8c98e3          	bne	s9,s0,80402652 <revoke_event+0xc2>
80402686:	0985                	add	s3,s3,1
80402688:	013b0763          	beq	s6,s3,80402696 <revoke_event+0x106>
8040268c:	02000793          	li	a5,32
80402690:	0a11                	add	s4,s4,4
80402692:	faf996e3          	bne	s3,a5,8040263e <revoke_event+0xae>
80402696:	40be                	lw	ra,204(sp)
80402698:	442e                	lw	s0,200(sp)
8040269a:	449e                	lw	s1,196(sp)
8040269c:	490e                	lw	s2,192(sp)
8040269e:	59fa                	lw	s3,188(sp)
804026a0:	5a6a                	lw	s4,184(sp)
804026a2:	5ada                	lw	s5,180(sp)
804026a4:	5b4a                	lw	s6,176(sp)
804026a6:	5bba                	lw	s7,172(sp)
804026a8:	5c2a                	lw	s8,168(sp)
804026aa:	5c9a                	lw	s9,164(sp)
804026ac:	5d0a                	lw	s10,160(sp)
804026ae:	4dfa                	lw	s11,156(sp)
804026b0:	6169                	add	sp,sp,208
804026b2:	8082                	ret
804026b4:	f20b8ce3          	beqz	s7,804025ec <revoke_event+0x5c>
804026b8:	8041b937          	lui	s2,0x8041b
804026bc:	6485                	lui	s1,0x1
804026be:	6b21                	lui	s6,0x8
804026c0:	04090913          	add	s2,s2,64 # 8041b040 <slot_mfn+0xffc>
804026c4:	f03ff9b7          	lui	s3,0xf03ff
804026c8:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
804026ca:	4401                	li	s0,0
804026cc:	7d7d                	lui	s10,0xfffff
804026ce:	80407e37          	lui	t3,0x80407
804026d2:	80407337          	lui	t1,0x80407
804026d6:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
804026d8:	80407cb7          	lui	s9,0x80407
804026dc:	02000813          	li	a6,32
804026e0:	00092c03          	lw	s8,0(s2)
804026e4:	060c0a63          	beqz	s8,80402758 <revoke_event+0x1c8>
804026e8:	0fce2783          	lw	a5,252(t3) # 804070fc <revoke_hook>
804026ec:	cb99                	beqz	a5,80402702 <revoke_event+0x172>
804026ee:	4601                	li	a2,0
804026f0:	85e2                	mv	a1,s8
804026f2:	854e                	mv	a0,s3
804026f4:	9782                	jalr	a5
804026f6:	02000813          	li	a6,32
804026fa:	80407337          	lui	t1,0x80407
804026fe:	80407e37          	lui	t3,0x80407
80402702:	10432783          	lw	a5,260(t1) # 80407104 <window_l1>
80402706:	c402                	sw	zero,8(sp)
80402708:	0048                	add	a0,sp,4
8040270a:	07b2                	sll	a5,a5,0xc
8040270c:	8fc5                	or	a5,a5,s1
8040270e:	c23e                	sw	a5,4(sp)
80402710:	4585                	li	a1,1
80402712:	4601                	li	a2,0
80402714:	86da                	mv	a3,s6
80402716:	4885                	li	a7,1
80402718:	00000073          	ecall
8040271c:	ed15                	bnez	a0,80402758 <revoke_event+0x1c8>
8040271e:	100ca703          	lw	a4,256(s9) # 80407100 <slots_used>
80402722:	00241793          	sll	a5,s0,0x2
80402726:	09078793          	add	a5,a5,144
8040272a:	978a                	add	a5,a5,sp
8040272c:	177d                	add	a4,a4,-1
8040272e:	f987a023          	sw	s8,-128(a5)
80402732:	00092023          	sw	zero,0(s2)
80402736:	10eca023          	sw	a4,256(s9)
8040273a:	00140793          	add	a5,s0,1
8040273e:	c48d                	beqz	s1,80402768 <revoke_event+0x1d8>
80402740:	0377f463          	bgeu	a5,s7,80402768 <revoke_event+0x1d8>
80402744:	1971                	add	s2,s2,-4
80402746:	14f1                	add	s1,s1,-4
80402748:	99ea                	add	s3,s3,s10
8040274a:	03078063          	beq	a5,a6,8040276a <revoke_event+0x1da>
8040274e:	00092c03          	lw	s8,0(s2)
80402752:	843e                	mv	s0,a5
80402754:	f80c1ae3          	bnez	s8,804026e8 <revoke_event+0x158>
80402758:	c499                	beqz	s1,80402766 <revoke_event+0x1d6>
8040275a:	01747663          	bgeu	s0,s7,80402766 <revoke_event+0x1d6>
8040275e:	1971                	add	s2,s2,-4
80402760:	14f1                	add	s1,s1,-4
80402762:	99ea                	add	s3,s3,s10
80402764:	bfb5                	j	804026e0 <revoke_event+0x150>
80402766:	87a2                	mv	a5,s0
80402768:	cf81                	beqz	a5,80402780 <revoke_event+0x1f0>
8040276a:	0818                	add	a4,sp,16
8040276c:	c23e                	sw	a5,4(sp)
8040276e:	c43a                	sw	a4,8(sp)
80402770:	c602                	sw	zero,12(sp)
80402772:	4505                	li	a0,1
80402774:	004c                	add	a1,sp,4
80402776:	03000893          	li	a7,48
8040277a:	00000073          	ecall
8040277e:	cd19                	beqz	a0,8040279c <revoke_event+0x20c>
80402780:	450d                	li	a0,3
80402782:	85d6                	mv	a1,s5
80402784:	03000893          	li	a7,48
80402788:	00000073          	ecall
8040278c:	e60510e3          	bnez	a0,804025ec <revoke_event+0x5c>
80402790:	004da783          	lw	a5,4(s11)
80402794:	0785                	add	a5,a5,1
80402796:	00fda223          	sw	a5,4(s11)
8040279a:	bd89                	j	804025ec <revoke_event+0x5c>
8040279c:	00cda703          	lw	a4,12(s11)
804027a0:	97ba                	add	a5,a5,a4
804027a2:	00fda623          	sw	a5,12(s11)
804027a6:	bfe9                	j	80402780 <revoke_event+0x1f0>

804027a8 <uni_page_alloc>:
804027a8:	1141                	add	sp,sp,-16
804027aa:	804077b7          	lui	a5,0x80407
804027ae:	c422                	sw	s0,8(sp)
804027b0:	11c7a403          	lw	s0,284(a5) # 8040711c <free_list>
804027b4:	c606                	sw	ra,12(sp)
804027b6:	c005                	beqz	s0,804027d6 <uni_page_alloc+0x2e>
804027b8:	4018                	lw	a4,0(s0)
804027ba:	10e7ae23          	sw	a4,284(a5)
804027be:	6605                	lui	a2,0x1
804027c0:	4581                	li	a1,0
804027c2:	8522                	mv	a0,s0
804027c4:	00001097          	auipc	ra,0x1
804027c8:	de8080e7          	jalr	-536(ra) # 804035ac <memset>
804027cc:	40b2                	lw	ra,12(sp)
804027ce:	8522                	mv	a0,s0
804027d0:	4422                	lw	s0,8(sp)
804027d2:	0141                	add	sp,sp,16
804027d4:	8082                	ret
804027d6:	804077b7          	lui	a5,0x80407
804027da:	804076b7          	lui	a3,0x80407
804027de:	1187a703          	lw	a4,280(a5) # 80407118 <low_next>
804027e2:	1146a683          	lw	a3,276(a3) # 80407114 <low_end>
804027e6:	02d76463          	bltu	a4,a3,8040280e <uni_page_alloc+0x66>
804027ea:	80407737          	lui	a4,0x80407
804027ee:	804077b7          	lui	a5,0x80407
804027f2:	10872603          	lw	a2,264(a4) # 80407108 <top>
804027f6:	10c7a783          	lw	a5,268(a5) # 8040710c <brk>
804027fa:	6685                	lui	a3,0x1
804027fc:	40f607b3          	sub	a5,a2,a5
80402800:	fcd7e6e3          	bltu	a5,a3,804027cc <uni_page_alloc+0x24>
80402804:	40d60433          	sub	s0,a2,a3
80402808:	10872423          	sw	s0,264(a4)
8040280c:	bf4d                	j	804027be <uni_page_alloc+0x16>
8040280e:	843a                	mv	s0,a4
80402810:	6705                	lui	a4,0x1
80402812:	9722                	add	a4,a4,s0
80402814:	10e7ac23          	sw	a4,280(a5)
80402818:	b75d                	j	804027be <uni_page_alloc+0x16>

8040281a <uni_map_over>:
8040281a:	804077b7          	lui	a5,0x80407
8040281e:	0cc7a783          	lw	a5,204(a5) # 804070cc <uni_start_info>
80402822:	05aa                	sll	a1,a1,0xa
80402824:	1101                	add	sp,sp,-32
80402826:	5fd8                	lw	a4,60(a5)
80402828:	01655793          	srl	a5,a0,0x16
8040282c:	078a                	sll	a5,a5,0x2
8040282e:	97ba                	add	a5,a5,a4
80402830:	439c                	lw	a5,0(a5)
80402832:	8131                	srl	a0,a0,0xc
80402834:	3ff57513          	and	a0,a0,1023
80402838:	83a9                	srl	a5,a5,0xa
8040283a:	050a                	sll	a0,a0,0x2
8040283c:	07b2                	sll	a5,a5,0xc
8040283e:	8fc9                	or	a5,a5,a0
80402840:	0d75e593          	or	a1,a1,215
80402844:	66a1                	lui	a3,0x8
80402846:	8732                	mv	a4,a2
80402848:	c62e                	sw	a1,12(sp)
8040284a:	ce06                	sw	ra,28(sp)
8040284c:	c43e                	sw	a5,8(sp)
8040284e:	0028                	add	a0,sp,8
80402850:	4585                	li	a1,1
80402852:	4601                	li	a2,0
80402854:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
80402856:	4885                	li	a7,1
80402858:	00000073          	ecall
8040285c:	00054563          	bltz	a0,80402866 <uni_map_over+0x4c>
80402860:	40f2                	lw	ra,28(sp)
80402862:	6105                	add	sp,sp,32
80402864:	8082                	ret
80402866:	853a                	mv	a0,a4
80402868:	fffff097          	auipc	ra,0xfffff
8040286c:	83a080e7          	jalr	-1990(ra) # 804010a2 <uni_panic>

80402870 <write>:
80402870:	1141                	add	sp,sp,-16
80402872:	c606                	sw	ra,12(sp)
80402874:	c422                	sw	s0,8(sp)
80402876:	47bd                	li	a5,15
80402878:	00a7eb63          	bltu	a5,a0,8040288e <write+0x1e>
8040287c:	80407737          	lui	a4,0x80407
80402880:	00070713          	mv	a4,a4
80402884:	00351793          	sll	a5,a0,0x3
80402888:	97ba                	add	a5,a5,a4
8040288a:	4398                	lw	a4,0(a5)
8040288c:	ef11                	bnez	a4,804028a8 <write+0x38>
8040288e:	4725                	li	a4,9
80402890:	000007b7          	lui	a5,0x0
80402894:	004787b3          	add	a5,a5,tp
80402898:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040289c:	547d                	li	s0,-1
8040289e:	40b2                	lw	ra,12(sp)
804028a0:	8522                	mv	a0,s0
804028a2:	4422                	lw	s0,8(sp)
804028a4:	0141                	add	sp,sp,16
804028a6:	8082                	ret
804028a8:	8432                	mv	s0,a2
804028aa:	04064663          	bltz	a2,804028f6 <write+0x86>
804028ae:	4505                	li	a0,1
804028b0:	02a70b63          	beq	a4,a0,804028e6 <write+0x76>
804028b4:	80407737          	lui	a4,0x80407
804028b8:	12472703          	lw	a4,292(a4) # 80407124 <fs>
804028bc:	43c8                	lw	a0,4(a5)
804028be:	475c                	lw	a5,12(a4)
804028c0:	9782                	jalr	a5
804028c2:	842a                	mv	s0,a0
804028c4:	fc055de3          	bgez	a0,8040289e <write+0x2e>
804028c8:	fff54413          	not	s0,a0
804028cc:	02500793          	li	a5,37
804028d0:	4715                	li	a4,5
804028d2:	fa87efe3          	bltu	a5,s0,80402890 <write+0x20>
804028d6:	804067b7          	lui	a5,0x80406
804028da:	a0c78793          	add	a5,a5,-1524 # 80405a0c <CSWTCH.56>
804028de:	97a2                	add	a5,a5,s0
804028e0:	00078703          	lb	a4,0(a5)
804028e4:	b775                	j	80402890 <write+0x20>
804028e6:	86ae                	mv	a3,a1
804028e8:	8536                	mv	a0,a3
804028ea:	85b2                	mv	a1,a2
804028ec:	00000097          	auipc	ra,0x0
804028f0:	c7e080e7          	jalr	-898(ra) # 8040256a <uni_console_write>
804028f4:	b76d                	j	8040289e <write+0x2e>
804028f6:	4759                	li	a4,22
804028f8:	bf61                	j	80402890 <write+0x20>

804028fa <uni_posix_net>:
804028fa:	804077b7          	lui	a5,0x80407
804028fe:	12a7a023          	sw	a0,288(a5) # 80407120 <net>
80402902:	8082                	ret

80402904 <uni_main>:
80402904:	1141                	add	sp,sp,-16
80402906:	c606                	sw	ra,12(sp)
80402908:	c422                	sw	s0,8(sp)
8040290a:	8041b837          	lui	a6,0x8041b
8040290e:	00054603          	lbu	a2,0(a0)
80402912:	872a                	mv	a4,a0
80402914:	02000693          	li	a3,32
80402918:	4501                	li	a0,0
8040291a:	45a5                	li	a1,9
8040291c:	04480813          	add	a6,a6,68 # 8041b044 <boot_argv>
80402920:	02d60b63          	beq	a2,a3,80402956 <uni_main+0x52>
80402924:	02b60963          	beq	a2,a1,80402956 <uni_main+0x52>
80402928:	c231                	beqz	a2,8040296c <uni_main+0x68>
8040292a:	06d50a63          	beq	a0,a3,8040299e <uni_main+0x9a>
8040292e:	00251793          	sll	a5,a0,0x2
80402932:	97c2                	add	a5,a5,a6
80402934:	c398                	sw	a4,0(a5)
80402936:	00074603          	lbu	a2,0(a4)
8040293a:	0505                	add	a0,a0,1
8040293c:	87b2                	mv	a5,a2
8040293e:	d26d                	beqz	a2,80402920 <uni_main+0x1c>
80402940:	02d78363          	beq	a5,a3,80402966 <uni_main+0x62>
80402944:	02b78163          	beq	a5,a1,80402966 <uni_main+0x62>
80402948:	00174783          	lbu	a5,1(a4)
8040294c:	0705                	add	a4,a4,1
8040294e:	fbed                	bnez	a5,80402940 <uni_main+0x3c>
80402950:	4601                	li	a2,0
80402952:	fcd619e3          	bne	a2,a3,80402924 <uni_main+0x20>
80402956:	00170793          	add	a5,a4,1
8040295a:	00174603          	lbu	a2,1(a4)
8040295e:	00070023          	sb	zero,0(a4)
80402962:	873e                	mv	a4,a5
80402964:	bf75                	j	80402920 <uni_main+0x1c>
80402966:	00074603          	lbu	a2,0(a4)
8040296a:	bf5d                	j	80402920 <uni_main+0x1c>
8040296c:	8041b5b7          	lui	a1,0x8041b
80402970:	04458713          	add	a4,a1,68 # 8041b044 <boot_argv>
80402974:	00251793          	sll	a5,a0,0x2
80402978:	97ba                	add	a5,a5,a4
8040297a:	04458593          	add	a1,a1,68
8040297e:	0007a023          	sw	zero,0(a5)
80402982:	ffffd097          	auipc	ra,0xffffd
80402986:	71e080e7          	jalr	1822(ra) # 804000a0 <main>
8040298a:	842a                	mv	s0,a0
8040298c:	00000097          	auipc	ra,0x0
80402990:	0f0080e7          	jalr	240(ra) # 80402a7c <ulib_flush_stdout>
80402994:	40b2                	lw	ra,12(sp)
80402996:	8522                	mv	a0,s0
80402998:	4422                	lw	s0,8(sp)
8040299a:	0141                	add	sp,sp,16
8040299c:	8082                	ret
8040299e:	80406537          	lui	a0,0x80406
804029a2:	a3450513          	add	a0,a0,-1484 # 80405a34 <msg.0>
804029a6:	45e1                	li	a1,24
804029a8:	00000097          	auipc	ra,0x0
804029ac:	bc2080e7          	jalr	-1086(ra) # 8040256a <uni_console_write>
804029b0:	4409                	li	s0,2
804029b2:	40b2                	lw	ra,12(sp)
804029b4:	8522                	mv	a0,s0
804029b6:	4422                	lw	s0,8(sp)
804029b8:	0141                	add	sp,sp,16
804029ba:	8082                	ret

804029bc <stdout_flush>:
804029bc:	1141                	add	sp,sp,-16
804029be:	c04a                	sw	s2,0(sp)
804029c0:	80407937          	lui	s2,0x80407
804029c4:	c422                	sw	s0,8(sp)
804029c6:	12892403          	lw	s0,296(s2) # 80407128 <out_len>
804029ca:	c606                	sw	ra,12(sp)
804029cc:	c226                	sw	s1,4(sp)
804029ce:	c015                	beqz	s0,804029f2 <stdout_flush+0x36>
804029d0:	8041b4b7          	lui	s1,0x8041b
804029d4:	0c848493          	add	s1,s1,200 # 8041b0c8 <out_buf>
804029d8:	a019                	j	804029de <stdout_flush+0x22>
804029da:	94aa                	add	s1,s1,a0
804029dc:	c819                	beqz	s0,804029f2 <stdout_flush+0x36>
804029de:	8622                	mv	a2,s0
804029e0:	85a6                	mv	a1,s1
804029e2:	4505                	li	a0,1
804029e4:	00000097          	auipc	ra,0x0
804029e8:	e8c080e7          	jalr	-372(ra) # 80402870 <write>
804029ec:	8c09                	sub	s0,s0,a0
804029ee:	fea046e3          	bgtz	a0,804029da <stdout_flush+0x1e>
804029f2:	40b2                	lw	ra,12(sp)
804029f4:	4422                	lw	s0,8(sp)
804029f6:	12092423          	sw	zero,296(s2)
804029fa:	4492                	lw	s1,4(sp)
804029fc:	4902                	lw	s2,0(sp)
804029fe:	4501                	li	a0,0
80402a00:	0141                	add	sp,sp,16
80402a02:	8082                	ret

80402a04 <stdout_put>:
80402a04:	1101                	add	sp,sp,-32
80402a06:	c64e                	sw	s3,12(sp)
80402a08:	804079b7          	lui	s3,0x80407
80402a0c:	1289a783          	lw	a5,296(s3) # 80407128 <out_len>
80402a10:	ca26                	sw	s1,20(sp)
80402a12:	8041b4b7          	lui	s1,0x8041b
80402a16:	0c848493          	add	s1,s1,200 # 8041b0c8 <out_buf>
80402a1a:	cc22                	sw	s0,24(sp)
80402a1c:	c84a                	sw	s2,16(sp)
80402a1e:	00178413          	add	s0,a5,1
80402a22:	ce06                	sw	ra,28(sp)
80402a24:	97a6                	add	a5,a5,s1
80402a26:	00a78023          	sb	a0,0(a5)
80402a2a:	1289a423          	sw	s0,296(s3)
80402a2e:	47a9                	li	a5,10
80402a30:	892a                	mv	s2,a0
80402a32:	00f50e63          	beq	a0,a5,80402a4e <stdout_put+0x4a>
80402a36:	20000793          	li	a5,512
80402a3a:	00f40b63          	beq	s0,a5,80402a50 <stdout_put+0x4c>
80402a3e:	40f2                	lw	ra,28(sp)
80402a40:	4462                	lw	s0,24(sp)
80402a42:	44d2                	lw	s1,20(sp)
80402a44:	49b2                	lw	s3,12(sp)
80402a46:	854a                	mv	a0,s2
80402a48:	4942                	lw	s2,16(sp)
80402a4a:	6105                	add	sp,sp,32
80402a4c:	8082                	ret
80402a4e:	cc09                	beqz	s0,80402a68 <stdout_put+0x64>
80402a50:	8622                	mv	a2,s0
80402a52:	85a6                	mv	a1,s1
80402a54:	4505                	li	a0,1
80402a56:	00000097          	auipc	ra,0x0
80402a5a:	e1a080e7          	jalr	-486(ra) # 80402870 <write>
80402a5e:	8c09                	sub	s0,s0,a0
80402a60:	00a05463          	blez	a0,80402a68 <stdout_put+0x64>
80402a64:	94aa                	add	s1,s1,a0
80402a66:	f46d                	bnez	s0,80402a50 <stdout_put+0x4c>
80402a68:	40f2                	lw	ra,28(sp)
80402a6a:	4462                	lw	s0,24(sp)
80402a6c:	1209a423          	sw	zero,296(s3)
80402a70:	44d2                	lw	s1,20(sp)
80402a72:	49b2                	lw	s3,12(sp)
80402a74:	854a                	mv	a0,s2
80402a76:	4942                	lw	s2,16(sp)
80402a78:	6105                	add	sp,sp,32
80402a7a:	8082                	ret

80402a7c <ulib_flush_stdout>:
80402a7c:	1141                	add	sp,sp,-16
80402a7e:	c04a                	sw	s2,0(sp)
80402a80:	80407937          	lui	s2,0x80407
80402a84:	c422                	sw	s0,8(sp)
80402a86:	12892403          	lw	s0,296(s2) # 80407128 <out_len>
80402a8a:	c606                	sw	ra,12(sp)
80402a8c:	c226                	sw	s1,4(sp)
80402a8e:	c015                	beqz	s0,80402ab2 <ulib_flush_stdout+0x36>
80402a90:	8041b4b7          	lui	s1,0x8041b
80402a94:	0c848493          	add	s1,s1,200 # 8041b0c8 <out_buf>
80402a98:	a019                	j	80402a9e <ulib_flush_stdout+0x22>
80402a9a:	94aa                	add	s1,s1,a0
80402a9c:	c819                	beqz	s0,80402ab2 <ulib_flush_stdout+0x36>
80402a9e:	8622                	mv	a2,s0
80402aa0:	85a6                	mv	a1,s1
80402aa2:	4505                	li	a0,1
80402aa4:	00000097          	auipc	ra,0x0
80402aa8:	dcc080e7          	jalr	-564(ra) # 80402870 <write>
80402aac:	8c09                	sub	s0,s0,a0
80402aae:	fea046e3          	bgtz	a0,80402a9a <ulib_flush_stdout+0x1e>
80402ab2:	40b2                	lw	ra,12(sp)
80402ab4:	4422                	lw	s0,8(sp)
80402ab6:	12092423          	sw	zero,296(s2)
80402aba:	4492                	lw	s1,4(sp)
80402abc:	4902                	lw	s2,0(sp)
80402abe:	0141                	add	sp,sp,16
80402ac0:	8082                	ret

80402ac2 <store_event>:
80402ac2:	8082                	ret

80402ac4 <uni_net_mac>:
80402ac4:	804077b7          	lui	a5,0x80407
80402ac8:	13c7a783          	lw	a5,316(a5) # 8040713c <present>
80402acc:	c7a5                	beqz	a5,80402b34 <uni_net_mac+0x70>
80402ace:	1101                	add	sp,sp,-32
80402ad0:	ca26                	sw	s1,20(sp)
80402ad2:	84aa                	mv	s1,a0
80402ad4:	850a                	mv	a0,sp
80402ad6:	cc22                	sw	s0,24(sp)
80402ad8:	c84a                	sw	s2,16(sp)
80402ada:	ce06                	sw	ra,28(sp)
80402adc:	80407937          	lui	s2,0x80407
80402ae0:	fffff097          	auipc	ra,0xfffff
80402ae4:	a18080e7          	jalr	-1512(ra) # 804014f8 <pv_genid>
80402ae8:	13892783          	lw	a5,312(s2) # 80407138 <mac_generation>
80402aec:	842a                	mv	s0,a0
80402aee:	02a79363          	bne	a5,a0,80402b14 <uni_net_mac+0x50>
80402af2:	8041b5b7          	lui	a1,0x8041b
80402af6:	8526                	mv	a0,s1
80402af8:	4619                	li	a2,6
80402afa:	50c58593          	add	a1,a1,1292 # 8041b50c <nf+0x34>
80402afe:	00001097          	auipc	ra,0x1
80402b02:	a98080e7          	jalr	-1384(ra) # 80403596 <memcpy>
80402b06:	40f2                	lw	ra,28(sp)
80402b08:	4462                	lw	s0,24(sp)
80402b0a:	44d2                	lw	s1,20(sp)
80402b0c:	4942                	lw	s2,16(sp)
80402b0e:	4501                	li	a0,0
80402b10:	6105                	add	sp,sp,32
80402b12:	8082                	ret
80402b14:	8041b5b7          	lui	a1,0x8041b
80402b18:	8041b537          	lui	a0,0x8041b
80402b1c:	6d858593          	add	a1,a1,1752 # 8041b6d8 <store>
80402b20:	4d850513          	add	a0,a0,1240 # 8041b4d8 <nf>
80402b24:	fffff097          	auipc	ra,0xfffff
80402b28:	008080e7          	jalr	8(ra) # 80401b2c <netfront_reread_mac>
80402b2c:	f179                	bnez	a0,80402af2 <uni_net_mac+0x2e>
80402b2e:	12892c23          	sw	s0,312(s2)
80402b32:	b7c1                	j	80402af2 <uni_net_mac+0x2e>
80402b34:	5535                	li	a0,-19
80402b36:	8082                	ret

80402b38 <uni_net_send>:
80402b38:	804077b7          	lui	a5,0x80407
80402b3c:	13c7a783          	lw	a5,316(a5) # 8040713c <present>
80402b40:	c3a1                	beqz	a5,80402b80 <uni_net_send+0x48>
80402b42:	1141                	add	sp,sp,-16
80402b44:	c422                	sw	s0,8(sp)
80402b46:	c606                	sw	ra,12(sp)
80402b48:	ff258793          	add	a5,a1,-14
80402b4c:	5dc00713          	li	a4,1500
80402b50:	842e                	mv	s0,a1
80402b52:	02f76563          	bltu	a4,a5,80402b7c <uni_net_send+0x44>
80402b56:	85aa                	mv	a1,a0
80402b58:	8041b537          	lui	a0,0x8041b
80402b5c:	8622                	mv	a2,s0
80402b5e:	4d850513          	add	a0,a0,1240 # 8041b4d8 <nf>
80402b62:	fffff097          	auipc	ra,0xfffff
80402b66:	024080e7          	jalr	36(ra) # 80401b86 <netfront_send>
80402b6a:	00054763          	bltz	a0,80402b78 <uni_net_send+0x40>
80402b6e:	8522                	mv	a0,s0
80402b70:	40b2                	lw	ra,12(sp)
80402b72:	4422                	lw	s0,8(sp)
80402b74:	0141                	add	sp,sp,16
80402b76:	8082                	ret
80402b78:	5535                	li	a0,-19
80402b7a:	bfdd                	j	80402b70 <uni_net_send+0x38>
80402b7c:	5529                	li	a0,-22
80402b7e:	bfcd                	j	80402b70 <uni_net_send+0x38>
80402b80:	5535                	li	a0,-19
80402b82:	8082                	ret

80402b84 <net_rx>:
80402b84:	fff60713          	add	a4,a2,-1 # fff <errno+0xfff>
80402b88:	5e900793          	li	a5,1513
80402b8c:	08e7e563          	bltu	a5,a4,80402c16 <net_rx+0x92>
80402b90:	1141                	add	sp,sp,-16
80402b92:	c04a                	sw	s2,0(sp)
80402b94:	80407737          	lui	a4,0x80407
80402b98:	80407937          	lui	s2,0x80407
80402b9c:	13092783          	lw	a5,304(s2) # 80407130 <rxq_tail>
80402ba0:	13472703          	lw	a4,308(a4) # 80407134 <rxq_head>
80402ba4:	c606                	sw	ra,12(sp)
80402ba6:	c422                	sw	s0,8(sp)
80402ba8:	c226                	sw	s1,4(sp)
80402baa:	46fd                	li	a3,31
80402bac:	40e78733          	sub	a4,a5,a4
80402bb0:	00e6ff63          	bgeu	a3,a4,80402bce <net_rx+0x4a>
80402bb4:	80407737          	lui	a4,0x80407
80402bb8:	12c72783          	lw	a5,300(a4) # 8040712c <rxq_dropped>
80402bbc:	40b2                	lw	ra,12(sp)
80402bbe:	4422                	lw	s0,8(sp)
80402bc0:	0785                	add	a5,a5,1
80402bc2:	12f72623          	sw	a5,300(a4)
80402bc6:	4492                	lw	s1,4(sp)
80402bc8:	4902                	lw	s2,0(sp)
80402bca:	0141                	add	sp,sp,16
80402bcc:	8082                	ret
80402bce:	01f7f493          	and	s1,a5,31
80402bd2:	8041b7b7          	lui	a5,0x8041b
80402bd6:	00249713          	sll	a4,s1,0x2
80402bda:	45878793          	add	a5,a5,1112 # 8041b458 <rxq_data>
80402bde:	97ba                	add	a5,a5,a4
80402be0:	4388                	lw	a0,0(a5)
80402be2:	8432                	mv	s0,a2
80402be4:	00001097          	auipc	ra,0x1
80402be8:	9b2080e7          	jalr	-1614(ra) # 80403596 <memcpy>
80402bec:	8041b737          	lui	a4,0x8041b
80402bf0:	13092683          	lw	a3,304(s2)
80402bf4:	00149793          	sll	a5,s1,0x1
80402bf8:	41870713          	add	a4,a4,1048 # 8041b418 <rxq_len>
80402bfc:	97ba                	add	a5,a5,a4
80402bfe:	40b2                	lw	ra,12(sp)
80402c00:	00879023          	sh	s0,0(a5)
80402c04:	4422                	lw	s0,8(sp)
80402c06:	00168713          	add	a4,a3,1
80402c0a:	12e92823          	sw	a4,304(s2)
80402c0e:	4492                	lw	s1,4(sp)
80402c10:	4902                	lw	s2,0(sp)
80402c12:	0141                	add	sp,sp,16
80402c14:	8082                	ret
80402c16:	80407737          	lui	a4,0x80407
80402c1a:	12c72783          	lw	a5,300(a4) # 8040712c <rxq_dropped>
80402c1e:	0785                	add	a5,a5,1
80402c20:	12f72623          	sw	a5,300(a4)
80402c24:	8082                	ret

80402c26 <uni_net_recv>:
80402c26:	804077b7          	lui	a5,0x80407
80402c2a:	13c7a783          	lw	a5,316(a5) # 8040713c <present>
80402c2e:	12078663          	beqz	a5,80402d5a <uni_net_recv+0x134>
80402c32:	7179                	add	sp,sp,-48
80402c34:	c85a                	sw	s6,16(sp)
80402c36:	c65e                	sw	s7,12(sp)
80402c38:	d606                	sw	ra,44(sp)
80402c3a:	d422                	sw	s0,40(sp)
80402c3c:	d226                	sw	s1,36(sp)
80402c3e:	d04a                	sw	s2,32(sp)
80402c40:	ce4e                	sw	s3,28(sp)
80402c42:	cc52                	sw	s4,24(sp)
80402c44:	ca56                	sw	s5,20(sp)
80402c46:	c462                	sw	s8,8(sp)
80402c48:	8baa                	mv	s7,a0
80402c4a:	8b2e                	mv	s6,a1
80402c4c:	c8102773          	rdtimeh	a4
80402c50:	c01026f3          	rdtime	a3
80402c54:	c81027f3          	rdtimeh	a5
80402c58:	fef71ae3          	bne	a4,a5,80402c4c <uni_net_recv+0x26>
80402c5c:	6589                	lui	a1,0x2
80402c5e:	71058593          	add	a1,a1,1808 # 2710 <errno+0x2710>
80402c62:	02b609b3          	mul	s3,a2,a1
80402c66:	80407a37          	lui	s4,0x80407
80402c6a:	80407c37          	lui	s8,0x80407
80402c6e:	134a2783          	lw	a5,308(s4) # 80407134 <rxq_head>
80402c72:	130c2503          	lw	a0,304(s8) # 80407130 <rxq_tail>
80402c76:	02b63633          	mulhu	a2,a2,a1
80402c7a:	99b6                	add	s3,s3,a3
80402c7c:	00d9b6b3          	sltu	a3,s3,a3
80402c80:	9732                	add	a4,a4,a2
80402c82:	00e68433          	add	s0,a3,a4
80402c86:	06a79463          	bne	a5,a0,80402cee <uni_net_recv+0xc8>
80402c8a:	000f4ab7          	lui	s5,0xf4
80402c8e:	4901                	li	s2,0
80402c90:	4481                	li	s1,0
80402c92:	240a8a93          	add	s5,s5,576 # f4240 <errno+0xf4240>
80402c96:	c81027f3          	rdtimeh	a5
80402c9a:	c01026f3          	rdtime	a3
80402c9e:	c8102773          	rdtimeh	a4
80402ca2:	fee79ae3          	bne	a5,a4,80402c96 <uni_net_recv+0x70>
80402ca6:	0a87f263          	bgeu	a5,s0,80402d4a <uni_net_recv+0x124>
80402caa:	0297e663          	bltu	a5,s1,80402cd6 <uni_net_recv+0xb0>
80402cae:	00f49463          	bne	s1,a5,80402cb6 <uni_net_recv+0x90>
80402cb2:	0326e263          	bltu	a3,s2,80402cd6 <uni_net_recv+0xb0>
80402cb6:	40d98733          	sub	a4,s3,a3
80402cba:	00e9b633          	sltu	a2,s3,a4
80402cbe:	40f405b3          	sub	a1,s0,a5
80402cc2:	00c59463          	bne	a1,a2,80402cca <uni_net_recv+0xa4>
80402cc6:	06eaff63          	bgeu	s5,a4,80402d44 <uni_net_recv+0x11e>
80402cca:	01568933          	add	s2,a3,s5
80402cce:	00d936b3          	sltu	a3,s2,a3
80402cd2:	00f684b3          	add	s1,a3,a5
80402cd6:	854a                	mv	a0,s2
80402cd8:	85a6                	mv	a1,s1
80402cda:	ffffe097          	auipc	ra,0xffffe
80402cde:	7f2080e7          	jalr	2034(ra) # 804014cc <uni_wait_until>
80402ce2:	134a2783          	lw	a5,308(s4)
80402ce6:	130c2703          	lw	a4,304(s8)
80402cea:	fae786e3          	beq	a5,a4,80402c96 <uni_net_recv+0x70>
80402cee:	8bfd                	and	a5,a5,31
80402cf0:	8041b737          	lui	a4,0x8041b
80402cf4:	00179693          	sll	a3,a5,0x1
80402cf8:	41870713          	add	a4,a4,1048 # 8041b418 <rxq_len>
80402cfc:	9736                	add	a4,a4,a3
80402cfe:	00075403          	lhu	s0,0(a4)
80402d02:	8622                	mv	a2,s0
80402d04:	048b6963          	bltu	s6,s0,80402d56 <uni_net_recv+0x130>
80402d08:	8041b737          	lui	a4,0x8041b
80402d0c:	45870713          	add	a4,a4,1112 # 8041b458 <rxq_data>
80402d10:	078a                	sll	a5,a5,0x2
80402d12:	97ba                	add	a5,a5,a4
80402d14:	438c                	lw	a1,0(a5)
80402d16:	855e                	mv	a0,s7
80402d18:	00001097          	auipc	ra,0x1
80402d1c:	87e080e7          	jalr	-1922(ra) # 80403596 <memcpy>
80402d20:	134a2783          	lw	a5,308(s4)
80402d24:	8522                	mv	a0,s0
80402d26:	0785                	add	a5,a5,1
80402d28:	12fa2a23          	sw	a5,308(s4)
80402d2c:	50b2                	lw	ra,44(sp)
80402d2e:	5422                	lw	s0,40(sp)
80402d30:	5492                	lw	s1,36(sp)
80402d32:	5902                	lw	s2,32(sp)
80402d34:	49f2                	lw	s3,28(sp)
80402d36:	4a62                	lw	s4,24(sp)
80402d38:	4ad2                	lw	s5,20(sp)
80402d3a:	4b42                	lw	s6,16(sp)
80402d3c:	4bb2                	lw	s7,12(sp)
80402d3e:	4c22                	lw	s8,8(sp)
80402d40:	6145                	add	sp,sp,48
80402d42:	8082                	ret
80402d44:	894e                	mv	s2,s3
80402d46:	84a2                	mv	s1,s0
80402d48:	b779                	j	80402cd6 <uni_net_recv+0xb0>
80402d4a:	00f41463          	bne	s0,a5,80402d52 <uni_net_recv+0x12c>
80402d4e:	f536eee3          	bltu	a3,s3,80402caa <uni_net_recv+0x84>
80402d52:	4501                	li	a0,0
80402d54:	bfe1                	j	80402d2c <uni_net_recv+0x106>
80402d56:	865a                	mv	a2,s6
80402d58:	bf45                	j	80402d08 <uni_net_recv+0xe2>
80402d5a:	5535                	li	a0,-19
80402d5c:	8082                	ret

80402d5e <uni_net_atom>:
80402d5e:	00b51023          	sh	a1,0(a0)
80402d62:	00c50123          	sb	a2,2(a0)
80402d66:	000501a3          	sb	zero,3(a0)
80402d6a:	c154                	sw	a3,4(a0)
80402d6c:	c518                	sw	a4,8(a0)
80402d6e:	8082                	ret

80402d70 <uni_net_atom_ethertype>:
80402d70:	00020737          	lui	a4,0x20
80402d74:	0731                	add	a4,a4,12 # 2000c <errno+0x2000c>
80402d76:	c118                	sw	a4,0(a0)
80402d78:	6741                	lui	a4,0x10
80402d7a:	177d                	add	a4,a4,-1 # ffff <errno+0xffff>
80402d7c:	c158                	sw	a4,4(a0)
80402d7e:	c50c                	sw	a1,8(a0)
80402d80:	8082                	ret

80402d82 <uni_net_filter_add>:
80402d82:	00052803          	lw	a6,0(a0)
80402d86:	04b86a63          	bltu	a6,a1,80402dda <uni_net_filter_add+0x58>
80402d8a:	479d                	li	a5,7
80402d8c:	04b7e763          	bltu	a5,a1,80402dda <uni_net_filter_add+0x58>
80402d90:	03400693          	li	a3,52
80402d94:	02d586b3          	mul	a3,a1,a3
80402d98:	478d                	li	a5,3
80402d9a:	00d508b3          	add	a7,a0,a3
80402d9e:	0048a703          	lw	a4,4(a7)
80402da2:	02e7ec63          	bltu	a5,a4,80402dda <uni_net_filter_add+0x58>
80402da6:	00171793          	sll	a5,a4,0x1
80402daa:	97ba                	add	a5,a5,a4
80402dac:	00062e03          	lw	t3,0(a2)
80402db0:	00462303          	lw	t1,4(a2)
80402db4:	078a                	sll	a5,a5,0x2
80402db6:	4610                	lw	a2,8(a2)
80402db8:	0705                	add	a4,a4,1
80402dba:	97b6                	add	a5,a5,a3
80402dbc:	00e8a223          	sw	a4,4(a7)
80402dc0:	97aa                	add	a5,a5,a0
80402dc2:	01c7a423          	sw	t3,8(a5)
80402dc6:	0067a623          	sw	t1,12(a5)
80402dca:	cb90                	sw	a2,16(a5)
80402dcc:	00b81563          	bne	a6,a1,80402dd6 <uni_net_filter_add+0x54>
80402dd0:	0805                	add	a6,a6,1
80402dd2:	01052023          	sw	a6,0(a0)
80402dd6:	4501                	li	a0,0
80402dd8:	8082                	ret
80402dda:	5529                	li	a0,-22
80402ddc:	8082                	ret

80402dde <uni_net_filter>:
80402dde:	804077b7          	lui	a5,0x80407
80402de2:	13c7a783          	lw	a5,316(a5) # 8040713c <present>
80402de6:	85aa                	mv	a1,a0
80402de8:	c799                	beqz	a5,80402df6 <uni_net_filter+0x18>
80402dea:	4511                	li	a0,4
80402dec:	03000893          	li	a7,48
80402df0:	00000073          	ecall
80402df4:	8082                	ret
80402df6:	5535                	li	a0,-19
80402df8:	8082                	ret

80402dfa <__lshrdi3>:
80402dfa:	ca19                	beqz	a2,80402e10 <__lshrdi3+0x16>
80402dfc:	02000793          	li	a5,32
80402e00:	8f91                	sub	a5,a5,a2
80402e02:	00f04863          	bgtz	a5,80402e12 <__lshrdi3+0x18>
80402e06:	1601                	add	a2,a2,-32
80402e08:	00c5d533          	srl	a0,a1,a2
80402e0c:	4701                	li	a4,0
80402e0e:	85ba                	mv	a1,a4
80402e10:	8082                	ret
80402e12:	00c5d733          	srl	a4,a1,a2
80402e16:	00c55533          	srl	a0,a0,a2
80402e1a:	00f595b3          	sll	a1,a1,a5
80402e1e:	8d4d                	or	a0,a0,a1
80402e20:	b7fd                	j	80402e0e <__lshrdi3+0x14>

80402e22 <__ashldi3>:
80402e22:	ca19                	beqz	a2,80402e38 <__ashldi3+0x16>
80402e24:	02000793          	li	a5,32
80402e28:	8f91                	sub	a5,a5,a2
80402e2a:	00f04863          	bgtz	a5,80402e3a <__ashldi3+0x18>
80402e2e:	1601                	add	a2,a2,-32
80402e30:	00c515b3          	sll	a1,a0,a2
80402e34:	4701                	li	a4,0
80402e36:	853a                	mv	a0,a4
80402e38:	8082                	ret
80402e3a:	00c51733          	sll	a4,a0,a2
80402e3e:	00c595b3          	sll	a1,a1,a2
80402e42:	00f55533          	srl	a0,a0,a5
80402e46:	8dc9                	or	a1,a1,a0
80402e48:	b7fd                	j	80402e36 <__ashldi3+0x14>

80402e4a <__ashrdi3>:
80402e4a:	ce01                	beqz	a2,80402e62 <__ashrdi3+0x18>
80402e4c:	02000793          	li	a5,32
80402e50:	8f91                	sub	a5,a5,a2
80402e52:	00f04963          	bgtz	a5,80402e64 <__ashrdi3+0x1a>
80402e56:	1601                	add	a2,a2,-32
80402e58:	41f5d713          	sra	a4,a1,0x1f
80402e5c:	40c5d533          	sra	a0,a1,a2
80402e60:	85ba                	mv	a1,a4
80402e62:	8082                	ret
80402e64:	40c5d733          	sra	a4,a1,a2
80402e68:	00c55533          	srl	a0,a0,a2
80402e6c:	00f595b3          	sll	a1,a1,a5
80402e70:	8d4d                	or	a0,a0,a1
80402e72:	b7fd                	j	80402e60 <__ashrdi3+0x16>

80402e74 <__ctzsi2>:
80402e74:	40a007b3          	neg	a5,a0
80402e78:	8d7d                	and	a0,a0,a5
80402e7a:	67c1                	lui	a5,0x10
80402e7c:	02f57363          	bgeu	a0,a5,80402ea2 <__ctzsi2+0x2e>
80402e80:	10053793          	sltiu	a5,a0,256
80402e84:	0017c793          	xor	a5,a5,1
80402e88:	078e                	sll	a5,a5,0x3
80402e8a:	00f55533          	srl	a0,a0,a5
80402e8e:	00003717          	auipc	a4,0x3
80402e92:	08e70713          	add	a4,a4,142 # 80405f1c <__clz_tab>
80402e96:	972a                	add	a4,a4,a0
80402e98:	00074503          	lbu	a0,0(a4)
80402e9c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402e9e:	953e                	add	a0,a0,a5
80402ea0:	8082                	ret
80402ea2:	01000737          	lui	a4,0x1000
80402ea6:	47c1                	li	a5,16
80402ea8:	fee561e3          	bltu	a0,a4,80402e8a <__ctzsi2+0x16>
80402eac:	47e1                	li	a5,24
80402eae:	bff1                	j	80402e8a <__ctzsi2+0x16>

80402eb0 <__udivdi3>:
80402eb0:	88aa                	mv	a7,a0
80402eb2:	832e                	mv	t1,a1
80402eb4:	8732                	mv	a4,a2
80402eb6:	882a                	mv	a6,a0
80402eb8:	87ae                	mv	a5,a1
80402eba:	20069663          	bnez	a3,804030c6 <__udivdi3+0x216>
80402ebe:	00003597          	auipc	a1,0x3
80402ec2:	05e58593          	add	a1,a1,94 # 80405f1c <__clz_tab>
80402ec6:	0cc37163          	bgeu	t1,a2,80402f88 <__udivdi3+0xd8>
80402eca:	66c1                	lui	a3,0x10
80402ecc:	0ad67763          	bgeu	a2,a3,80402f7a <__udivdi3+0xca>
80402ed0:	10063693          	sltiu	a3,a2,256
80402ed4:	0016c693          	xor	a3,a3,1
80402ed8:	068e                	sll	a3,a3,0x3
80402eda:	00d65533          	srl	a0,a2,a3
80402ede:	95aa                	add	a1,a1,a0
80402ee0:	0005c583          	lbu	a1,0(a1)
80402ee4:	02000513          	li	a0,32
80402ee8:	96ae                	add	a3,a3,a1
80402eea:	40d505b3          	sub	a1,a0,a3
80402eee:	00d50b63          	beq	a0,a3,80402f04 <__udivdi3+0x54>
80402ef2:	00b317b3          	sll	a5,t1,a1
80402ef6:	00d8d6b3          	srl	a3,a7,a3
80402efa:	00b61733          	sll	a4,a2,a1
80402efe:	8fd5                	or	a5,a5,a3
80402f00:	00b89833          	sll	a6,a7,a1
80402f04:	01075593          	srl	a1,a4,0x10
80402f08:	02b7d333          	divu	t1,a5,a1
80402f0c:	01071613          	sll	a2,a4,0x10
80402f10:	8241                	srl	a2,a2,0x10
80402f12:	02b7f7b3          	remu	a5,a5,a1
80402f16:	851a                	mv	a0,t1
80402f18:	026608b3          	mul	a7,a2,t1
80402f1c:	01079693          	sll	a3,a5,0x10
80402f20:	01085793          	srl	a5,a6,0x10
80402f24:	8fd5                	or	a5,a5,a3
80402f26:	0117fc63          	bgeu	a5,a7,80402f3e <__udivdi3+0x8e>
80402f2a:	97ba                	add	a5,a5,a4
80402f2c:	fff30513          	add	a0,t1,-1
80402f30:	00e7e763          	bltu	a5,a4,80402f3e <__udivdi3+0x8e>
80402f34:	0117f563          	bgeu	a5,a7,80402f3e <__udivdi3+0x8e>
80402f38:	ffe30513          	add	a0,t1,-2
80402f3c:	97ba                	add	a5,a5,a4
80402f3e:	411787b3          	sub	a5,a5,a7
80402f42:	02b7d8b3          	divu	a7,a5,a1
80402f46:	0842                	sll	a6,a6,0x10
80402f48:	01085813          	srl	a6,a6,0x10
80402f4c:	02b7f7b3          	remu	a5,a5,a1
80402f50:	031606b3          	mul	a3,a2,a7
80402f54:	07c2                	sll	a5,a5,0x10
80402f56:	00f86833          	or	a6,a6,a5
80402f5a:	87c6                	mv	a5,a7
80402f5c:	00d87b63          	bgeu	a6,a3,80402f72 <__udivdi3+0xc2>
80402f60:	983a                	add	a6,a6,a4
80402f62:	fff88793          	add	a5,a7,-1
80402f66:	00e86663          	bltu	a6,a4,80402f72 <__udivdi3+0xc2>
80402f6a:	00d87463          	bgeu	a6,a3,80402f72 <__udivdi3+0xc2>
80402f6e:	ffe88793          	add	a5,a7,-2
80402f72:	0542                	sll	a0,a0,0x10
80402f74:	8d5d                	or	a0,a0,a5
80402f76:	4581                	li	a1,0
80402f78:	8082                	ret
80402f7a:	01000537          	lui	a0,0x1000
80402f7e:	46c1                	li	a3,16
80402f80:	f4a66de3          	bltu	a2,a0,80402eda <__udivdi3+0x2a>
80402f84:	46e1                	li	a3,24
80402f86:	bf91                	j	80402eda <__udivdi3+0x2a>
80402f88:	4681                	li	a3,0
80402f8a:	ca09                	beqz	a2,80402f9c <__udivdi3+0xec>
80402f8c:	67c1                	lui	a5,0x10
80402f8e:	08f67f63          	bgeu	a2,a5,8040302c <__udivdi3+0x17c>
80402f92:	10063693          	sltiu	a3,a2,256
80402f96:	0016c693          	xor	a3,a3,1
80402f9a:	068e                	sll	a3,a3,0x3
80402f9c:	00d657b3          	srl	a5,a2,a3
80402fa0:	95be                	add	a1,a1,a5
80402fa2:	0005c783          	lbu	a5,0(a1)
80402fa6:	97b6                	add	a5,a5,a3
80402fa8:	02000693          	li	a3,32
80402fac:	40f685b3          	sub	a1,a3,a5
80402fb0:	08f69563          	bne	a3,a5,8040303a <__udivdi3+0x18a>
80402fb4:	40c307b3          	sub	a5,t1,a2
80402fb8:	4585                	li	a1,1
80402fba:	01075893          	srl	a7,a4,0x10
80402fbe:	0317de33          	divu	t3,a5,a7
80402fc2:	01071613          	sll	a2,a4,0x10
80402fc6:	8241                	srl	a2,a2,0x10
80402fc8:	01085693          	srl	a3,a6,0x10
80402fcc:	0317f7b3          	remu	a5,a5,a7
80402fd0:	8572                	mv	a0,t3
80402fd2:	03c60333          	mul	t1,a2,t3
80402fd6:	07c2                	sll	a5,a5,0x10
80402fd8:	8fd5                	or	a5,a5,a3
80402fda:	0067fc63          	bgeu	a5,t1,80402ff2 <__udivdi3+0x142>
80402fde:	97ba                	add	a5,a5,a4
80402fe0:	fffe0513          	add	a0,t3,-1 # 80406fff <stdout+0xfcb>
80402fe4:	00e7e763          	bltu	a5,a4,80402ff2 <__udivdi3+0x142>
80402fe8:	0067f563          	bgeu	a5,t1,80402ff2 <__udivdi3+0x142>
80402fec:	ffee0513          	add	a0,t3,-2
80402ff0:	97ba                	add	a5,a5,a4
80402ff2:	406787b3          	sub	a5,a5,t1
80402ff6:	0317d333          	divu	t1,a5,a7
80402ffa:	0842                	sll	a6,a6,0x10
80402ffc:	01085813          	srl	a6,a6,0x10
80403000:	0317f7b3          	remu	a5,a5,a7
80403004:	026606b3          	mul	a3,a2,t1
80403008:	07c2                	sll	a5,a5,0x10
8040300a:	00f86833          	or	a6,a6,a5
8040300e:	879a                	mv	a5,t1
80403010:	00d87b63          	bgeu	a6,a3,80403026 <__udivdi3+0x176>
80403014:	983a                	add	a6,a6,a4
80403016:	fff30793          	add	a5,t1,-1
8040301a:	00e86663          	bltu	a6,a4,80403026 <__udivdi3+0x176>
8040301e:	00d87463          	bgeu	a6,a3,80403026 <__udivdi3+0x176>
80403022:	ffe30793          	add	a5,t1,-2
80403026:	0542                	sll	a0,a0,0x10
80403028:	8d5d                	or	a0,a0,a5
8040302a:	8082                	ret
8040302c:	010007b7          	lui	a5,0x1000
80403030:	46c1                	li	a3,16
80403032:	f6f665e3          	bltu	a2,a5,80402f9c <__udivdi3+0xec>
80403036:	46e1                	li	a3,24
80403038:	b795                	j	80402f9c <__udivdi3+0xec>
8040303a:	00b61733          	sll	a4,a2,a1
8040303e:	00f356b3          	srl	a3,t1,a5
80403042:	01075513          	srl	a0,a4,0x10
80403046:	00b31333          	sll	t1,t1,a1
8040304a:	00f8d7b3          	srl	a5,a7,a5
8040304e:	0067e7b3          	or	a5,a5,t1
80403052:	02a6d333          	divu	t1,a3,a0
80403056:	01071613          	sll	a2,a4,0x10
8040305a:	8241                	srl	a2,a2,0x10
8040305c:	00b89833          	sll	a6,a7,a1
80403060:	02a6f6b3          	remu	a3,a3,a0
80403064:	026608b3          	mul	a7,a2,t1
80403068:	01069593          	sll	a1,a3,0x10
8040306c:	0107d693          	srl	a3,a5,0x10
80403070:	8ecd                	or	a3,a3,a1
80403072:	859a                	mv	a1,t1
80403074:	0116fc63          	bgeu	a3,a7,8040308c <__udivdi3+0x1dc>
80403078:	96ba                	add	a3,a3,a4
8040307a:	fff30593          	add	a1,t1,-1
8040307e:	00e6e763          	bltu	a3,a4,8040308c <__udivdi3+0x1dc>
80403082:	0116f563          	bgeu	a3,a7,8040308c <__udivdi3+0x1dc>
80403086:	ffe30593          	add	a1,t1,-2
8040308a:	96ba                	add	a3,a3,a4
8040308c:	411686b3          	sub	a3,a3,a7
80403090:	02a6d8b3          	divu	a7,a3,a0
80403094:	07c2                	sll	a5,a5,0x10
80403096:	83c1                	srl	a5,a5,0x10
80403098:	02a6f6b3          	remu	a3,a3,a0
8040309c:	03160633          	mul	a2,a2,a7
804030a0:	06c2                	sll	a3,a3,0x10
804030a2:	8fd5                	or	a5,a5,a3
804030a4:	86c6                	mv	a3,a7
804030a6:	00c7fc63          	bgeu	a5,a2,804030be <__udivdi3+0x20e>
804030aa:	97ba                	add	a5,a5,a4
804030ac:	fff88693          	add	a3,a7,-1
804030b0:	00e7e763          	bltu	a5,a4,804030be <__udivdi3+0x20e>
804030b4:	00c7f563          	bgeu	a5,a2,804030be <__udivdi3+0x20e>
804030b8:	ffe88693          	add	a3,a7,-2
804030bc:	97ba                	add	a5,a5,a4
804030be:	05c2                	sll	a1,a1,0x10
804030c0:	8f91                	sub	a5,a5,a2
804030c2:	8dd5                	or	a1,a1,a3
804030c4:	bddd                	j	80402fba <__udivdi3+0x10a>
804030c6:	14d5e163          	bltu	a1,a3,80403208 <__udivdi3+0x358>
804030ca:	67c1                	lui	a5,0x10
804030cc:	02f6ff63          	bgeu	a3,a5,8040310a <__udivdi3+0x25a>
804030d0:	1006b713          	sltiu	a4,a3,256
804030d4:	00174713          	xor	a4,a4,1
804030d8:	070e                	sll	a4,a4,0x3
804030da:	00e6d5b3          	srl	a1,a3,a4
804030de:	00003797          	auipc	a5,0x3
804030e2:	e3e78793          	add	a5,a5,-450 # 80405f1c <__clz_tab>
804030e6:	97ae                	add	a5,a5,a1
804030e8:	0007c783          	lbu	a5,0(a5)
804030ec:	97ba                	add	a5,a5,a4
804030ee:	02000713          	li	a4,32
804030f2:	40f705b3          	sub	a1,a4,a5
804030f6:	02f71163          	bne	a4,a5,80403118 <__udivdi3+0x268>
804030fa:	4505                	li	a0,1
804030fc:	e666eee3          	bltu	a3,t1,80402f78 <__udivdi3+0xc8>
80403100:	00c8b533          	sltu	a0,a7,a2
80403104:	00154513          	xor	a0,a0,1
80403108:	8082                	ret
8040310a:	010007b7          	lui	a5,0x1000
8040310e:	4741                	li	a4,16
80403110:	fcf6e5e3          	bltu	a3,a5,804030da <__udivdi3+0x22a>
80403114:	4761                	li	a4,24
80403116:	b7d1                	j	804030da <__udivdi3+0x22a>
80403118:	00f65733          	srl	a4,a2,a5
8040311c:	00b696b3          	sll	a3,a3,a1
80403120:	8ed9                	or	a3,a3,a4
80403122:	00f35733          	srl	a4,t1,a5
80403126:	00b31333          	sll	t1,t1,a1
8040312a:	00f8d7b3          	srl	a5,a7,a5
8040312e:	0067e7b3          	or	a5,a5,t1
80403132:	0106d313          	srl	t1,a3,0x10
80403136:	02675eb3          	divu	t4,a4,t1
8040313a:	01069813          	sll	a6,a3,0x10
8040313e:	01085813          	srl	a6,a6,0x10
80403142:	00b61633          	sll	a2,a2,a1
80403146:	02677733          	remu	a4,a4,t1
8040314a:	03d80e33          	mul	t3,a6,t4
8040314e:	01071513          	sll	a0,a4,0x10
80403152:	0107d713          	srl	a4,a5,0x10
80403156:	8f49                	or	a4,a4,a0
80403158:	8576                	mv	a0,t4
8040315a:	01c77c63          	bgeu	a4,t3,80403172 <__udivdi3+0x2c2>
8040315e:	9736                	add	a4,a4,a3
80403160:	fffe8513          	add	a0,t4,-1
80403164:	00d76763          	bltu	a4,a3,80403172 <__udivdi3+0x2c2>
80403168:	01c77563          	bgeu	a4,t3,80403172 <__udivdi3+0x2c2>
8040316c:	ffee8513          	add	a0,t4,-2
80403170:	9736                	add	a4,a4,a3
80403172:	41c70733          	sub	a4,a4,t3
80403176:	02675e33          	divu	t3,a4,t1
8040317a:	07c2                	sll	a5,a5,0x10
8040317c:	83c1                	srl	a5,a5,0x10
8040317e:	02677733          	remu	a4,a4,t1
80403182:	03c80833          	mul	a6,a6,t3
80403186:	0742                	sll	a4,a4,0x10
80403188:	8fd9                	or	a5,a5,a4
8040318a:	8772                	mv	a4,t3
8040318c:	0107fc63          	bgeu	a5,a6,804031a4 <__udivdi3+0x2f4>
80403190:	97b6                	add	a5,a5,a3
80403192:	fffe0713          	add	a4,t3,-1
80403196:	00d7e763          	bltu	a5,a3,804031a4 <__udivdi3+0x2f4>
8040319a:	0107f563          	bgeu	a5,a6,804031a4 <__udivdi3+0x2f4>
8040319e:	ffee0713          	add	a4,t3,-2
804031a2:	97b6                	add	a5,a5,a3
804031a4:	0542                	sll	a0,a0,0x10
804031a6:	6e41                	lui	t3,0x10
804031a8:	8d59                	or	a0,a0,a4
804031aa:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
804031ae:	00d57733          	and	a4,a0,a3
804031b2:	410787b3          	sub	a5,a5,a6
804031b6:	8ef1                	and	a3,a3,a2
804031b8:	01055813          	srl	a6,a0,0x10
804031bc:	8241                	srl	a2,a2,0x10
804031be:	02d70333          	mul	t1,a4,a3
804031c2:	02d806b3          	mul	a3,a6,a3
804031c6:	02c70733          	mul	a4,a4,a2
804031ca:	02c80833          	mul	a6,a6,a2
804031ce:	00d70633          	add	a2,a4,a3
804031d2:	01035713          	srl	a4,t1,0x10
804031d6:	9732                	add	a4,a4,a2
804031d8:	00d77363          	bgeu	a4,a3,804031de <__udivdi3+0x32e>
804031dc:	9872                	add	a6,a6,t3
804031de:	01075693          	srl	a3,a4,0x10
804031e2:	96c2                	add	a3,a3,a6
804031e4:	02d7e063          	bltu	a5,a3,80403204 <__udivdi3+0x354>
804031e8:	d8d797e3          	bne	a5,a3,80402f76 <__udivdi3+0xc6>
804031ec:	67c1                	lui	a5,0x10
804031ee:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804031f0:	8f7d                	and	a4,a4,a5
804031f2:	0742                	sll	a4,a4,0x10
804031f4:	00f37333          	and	t1,t1,a5
804031f8:	00b898b3          	sll	a7,a7,a1
804031fc:	971a                	add	a4,a4,t1
804031fe:	4581                	li	a1,0
80403200:	d6e8fce3          	bgeu	a7,a4,80402f78 <__udivdi3+0xc8>
80403204:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80403206:	bb85                	j	80402f76 <__udivdi3+0xc6>
80403208:	4581                	li	a1,0
8040320a:	4501                	li	a0,0
8040320c:	8082                	ret

8040320e <__umoddi3>:
8040320e:	8832                	mv	a6,a2
80403210:	87aa                	mv	a5,a0
80403212:	872e                	mv	a4,a1
80403214:	1a069363          	bnez	a3,804033ba <__umoddi3+0x1ac>
80403218:	00003897          	auipc	a7,0x3
8040321c:	d0488893          	add	a7,a7,-764 # 80405f1c <__clz_tab>
80403220:	0ac5f663          	bgeu	a1,a2,804032cc <__umoddi3+0xbe>
80403224:	66c1                	lui	a3,0x10
80403226:	08d67c63          	bgeu	a2,a3,804032be <__umoddi3+0xb0>
8040322a:	10063693          	sltiu	a3,a2,256
8040322e:	0016c693          	xor	a3,a3,1
80403232:	068e                	sll	a3,a3,0x3
80403234:	00d65333          	srl	t1,a2,a3
80403238:	989a                	add	a7,a7,t1
8040323a:	0008c883          	lbu	a7,0(a7)
8040323e:	02000313          	li	t1,32
80403242:	96c6                	add	a3,a3,a7
80403244:	40d308b3          	sub	a7,t1,a3
80403248:	00d30b63          	beq	t1,a3,8040325e <__umoddi3+0x50>
8040324c:	01159733          	sll	a4,a1,a7
80403250:	00d556b3          	srl	a3,a0,a3
80403254:	01161833          	sll	a6,a2,a7
80403258:	8f55                	or	a4,a4,a3
8040325a:	011517b3          	sll	a5,a0,a7
8040325e:	01085613          	srl	a2,a6,0x10
80403262:	02c756b3          	divu	a3,a4,a2
80403266:	01081513          	sll	a0,a6,0x10
8040326a:	8141                	srl	a0,a0,0x10
8040326c:	02c77733          	remu	a4,a4,a2
80403270:	02a686b3          	mul	a3,a3,a0
80403274:	01071593          	sll	a1,a4,0x10
80403278:	0107d713          	srl	a4,a5,0x10
8040327c:	8f4d                	or	a4,a4,a1
8040327e:	00d77863          	bgeu	a4,a3,8040328e <__umoddi3+0x80>
80403282:	9742                	add	a4,a4,a6
80403284:	01076563          	bltu	a4,a6,8040328e <__umoddi3+0x80>
80403288:	00d77363          	bgeu	a4,a3,8040328e <__umoddi3+0x80>
8040328c:	9742                	add	a4,a4,a6
8040328e:	8f15                	sub	a4,a4,a3
80403290:	02c756b3          	divu	a3,a4,a2
80403294:	02c77733          	remu	a4,a4,a2
80403298:	02a686b3          	mul	a3,a3,a0
8040329c:	07c2                	sll	a5,a5,0x10
8040329e:	0742                	sll	a4,a4,0x10
804032a0:	83c1                	srl	a5,a5,0x10
804032a2:	8fd9                	or	a5,a5,a4
804032a4:	00d7f863          	bgeu	a5,a3,804032b4 <__umoddi3+0xa6>
804032a8:	97c2                	add	a5,a5,a6
804032aa:	0107e563          	bltu	a5,a6,804032b4 <__umoddi3+0xa6>
804032ae:	00d7f363          	bgeu	a5,a3,804032b4 <__umoddi3+0xa6>
804032b2:	97c2                	add	a5,a5,a6
804032b4:	8f95                	sub	a5,a5,a3
804032b6:	0117d533          	srl	a0,a5,a7
804032ba:	4581                	li	a1,0
804032bc:	8082                	ret
804032be:	01000337          	lui	t1,0x1000
804032c2:	46c1                	li	a3,16
804032c4:	f66668e3          	bltu	a2,t1,80403234 <__umoddi3+0x26>
804032c8:	46e1                	li	a3,24
804032ca:	b7ad                	j	80403234 <__umoddi3+0x26>
804032cc:	4681                	li	a3,0
804032ce:	ca09                	beqz	a2,804032e0 <__umoddi3+0xd2>
804032d0:	6741                	lui	a4,0x10
804032d2:	06e67463          	bgeu	a2,a4,8040333a <__umoddi3+0x12c>
804032d6:	10063693          	sltiu	a3,a2,256
804032da:	0016c693          	xor	a3,a3,1
804032de:	068e                	sll	a3,a3,0x3
804032e0:	00d65733          	srl	a4,a2,a3
804032e4:	98ba                	add	a7,a7,a4
804032e6:	0008c703          	lbu	a4,0(a7)
804032ea:	9736                	add	a4,a4,a3
804032ec:	02000693          	li	a3,32
804032f0:	40e688b3          	sub	a7,a3,a4
804032f4:	04e69a63          	bne	a3,a4,80403348 <__umoddi3+0x13a>
804032f8:	40c58733          	sub	a4,a1,a2
804032fc:	01085593          	srl	a1,a6,0x10
80403300:	02b75633          	divu	a2,a4,a1
80403304:	01081513          	sll	a0,a6,0x10
80403308:	8141                	srl	a0,a0,0x10
8040330a:	0107d693          	srl	a3,a5,0x10
8040330e:	02b77733          	remu	a4,a4,a1
80403312:	02a60633          	mul	a2,a2,a0
80403316:	0742                	sll	a4,a4,0x10
80403318:	8f55                	or	a4,a4,a3
8040331a:	00c77863          	bgeu	a4,a2,8040332a <__umoddi3+0x11c>
8040331e:	9742                	add	a4,a4,a6
80403320:	01076563          	bltu	a4,a6,8040332a <__umoddi3+0x11c>
80403324:	00c77363          	bgeu	a4,a2,8040332a <__umoddi3+0x11c>
80403328:	9742                	add	a4,a4,a6
8040332a:	8f11                	sub	a4,a4,a2
8040332c:	02b756b3          	divu	a3,a4,a1
80403330:	02b77733          	remu	a4,a4,a1
80403334:	02a686b3          	mul	a3,a3,a0
80403338:	b795                	j	8040329c <__umoddi3+0x8e>
8040333a:	01000737          	lui	a4,0x1000
8040333e:	46c1                	li	a3,16
80403340:	fae660e3          	bltu	a2,a4,804032e0 <__umoddi3+0xd2>
80403344:	46e1                	li	a3,24
80403346:	bf69                	j	804032e0 <__umoddi3+0xd2>
80403348:	01161833          	sll	a6,a2,a7
8040334c:	00e5d6b3          	srl	a3,a1,a4
80403350:	011517b3          	sll	a5,a0,a7
80403354:	011595b3          	sll	a1,a1,a7
80403358:	00e55733          	srl	a4,a0,a4
8040335c:	01085513          	srl	a0,a6,0x10
80403360:	8f4d                	or	a4,a4,a1
80403362:	02a6d5b3          	divu	a1,a3,a0
80403366:	01081313          	sll	t1,a6,0x10
8040336a:	01035313          	srl	t1,t1,0x10
8040336e:	02a6f6b3          	remu	a3,a3,a0
80403372:	026585b3          	mul	a1,a1,t1
80403376:	01069613          	sll	a2,a3,0x10
8040337a:	01075693          	srl	a3,a4,0x10
8040337e:	8ed1                	or	a3,a3,a2
80403380:	00b6f863          	bgeu	a3,a1,80403390 <__umoddi3+0x182>
80403384:	96c2                	add	a3,a3,a6
80403386:	0106e563          	bltu	a3,a6,80403390 <__umoddi3+0x182>
8040338a:	00b6f363          	bgeu	a3,a1,80403390 <__umoddi3+0x182>
8040338e:	96c2                	add	a3,a3,a6
80403390:	8e8d                	sub	a3,a3,a1
80403392:	02a6d633          	divu	a2,a3,a0
80403396:	0742                	sll	a4,a4,0x10
80403398:	8341                	srl	a4,a4,0x10
8040339a:	02a6f6b3          	remu	a3,a3,a0
8040339e:	02660633          	mul	a2,a2,t1
804033a2:	06c2                	sll	a3,a3,0x10
804033a4:	8f55                	or	a4,a4,a3
804033a6:	00c77863          	bgeu	a4,a2,804033b6 <__umoddi3+0x1a8>
804033aa:	9742                	add	a4,a4,a6
804033ac:	01076563          	bltu	a4,a6,804033b6 <__umoddi3+0x1a8>
804033b0:	00c77363          	bgeu	a4,a2,804033b6 <__umoddi3+0x1a8>
804033b4:	9742                	add	a4,a4,a6
804033b6:	8f11                	sub	a4,a4,a2
804033b8:	b791                	j	804032fc <__umoddi3+0xee>
804033ba:	16d5ed63          	bltu	a1,a3,80403534 <__umoddi3+0x326>
804033be:	6841                	lui	a6,0x10
804033c0:	0506f763          	bgeu	a3,a6,8040340e <__umoddi3+0x200>
804033c4:	1006b813          	sltiu	a6,a3,256
804033c8:	00184813          	xor	a6,a6,1
804033cc:	080e                	sll	a6,a6,0x3
804033ce:	0106d333          	srl	t1,a3,a6
804033d2:	00003897          	auipc	a7,0x3
804033d6:	b4a88893          	add	a7,a7,-1206 # 80405f1c <__clz_tab>
804033da:	989a                	add	a7,a7,t1
804033dc:	0008c883          	lbu	a7,0(a7)
804033e0:	02000313          	li	t1,32
804033e4:	98c2                	add	a7,a7,a6
804033e6:	41130833          	sub	a6,t1,a7
804033ea:	03131963          	bne	t1,a7,8040341c <__umoddi3+0x20e>
804033ee:	00b6e463          	bltu	a3,a1,804033f6 <__umoddi3+0x1e8>
804033f2:	00c56b63          	bltu	a0,a2,80403408 <__umoddi3+0x1fa>
804033f6:	40c50633          	sub	a2,a0,a2
804033fa:	40d586b3          	sub	a3,a1,a3
804033fe:	00c53733          	sltu	a4,a0,a2
80403402:	87b2                	mv	a5,a2
80403404:	40e68733          	sub	a4,a3,a4
80403408:	853e                	mv	a0,a5
8040340a:	85ba                	mv	a1,a4
8040340c:	8082                	ret
8040340e:	010008b7          	lui	a7,0x1000
80403412:	4841                	li	a6,16
80403414:	fb16ede3          	bltu	a3,a7,804033ce <__umoddi3+0x1c0>
80403418:	4861                	li	a6,24
8040341a:	bf55                	j	804033ce <__umoddi3+0x1c0>
8040341c:	011657b3          	srl	a5,a2,a7
80403420:	010696b3          	sll	a3,a3,a6
80403424:	8edd                	or	a3,a3,a5
80403426:	0115d733          	srl	a4,a1,a7
8040342a:	0106de13          	srl	t3,a3,0x10
8040342e:	03c75f33          	divu	t5,a4,t3
80403432:	01069313          	sll	t1,a3,0x10
80403436:	01035313          	srl	t1,t1,0x10
8040343a:	010597b3          	sll	a5,a1,a6
8040343e:	011555b3          	srl	a1,a0,a7
80403442:	8ddd                	or	a1,a1,a5
80403444:	0105d793          	srl	a5,a1,0x10
80403448:	01061633          	sll	a2,a2,a6
8040344c:	01051533          	sll	a0,a0,a6
80403450:	03c77733          	remu	a4,a4,t3
80403454:	03e30eb3          	mul	t4,t1,t5
80403458:	0742                	sll	a4,a4,0x10
8040345a:	8fd9                	or	a5,a5,a4
8040345c:	877a                	mv	a4,t5
8040345e:	01d7fc63          	bgeu	a5,t4,80403476 <__umoddi3+0x268>
80403462:	97b6                	add	a5,a5,a3
80403464:	ffff0713          	add	a4,t5,-1
80403468:	00d7e763          	bltu	a5,a3,80403476 <__umoddi3+0x268>
8040346c:	01d7f563          	bgeu	a5,t4,80403476 <__umoddi3+0x268>
80403470:	ffef0713          	add	a4,t5,-2
80403474:	97b6                	add	a5,a5,a3
80403476:	41d787b3          	sub	a5,a5,t4
8040347a:	03c7deb3          	divu	t4,a5,t3
8040347e:	05c2                	sll	a1,a1,0x10
80403480:	81c1                	srl	a1,a1,0x10
80403482:	03c7f7b3          	remu	a5,a5,t3
80403486:	8e76                	mv	t3,t4
80403488:	03d30333          	mul	t1,t1,t4
8040348c:	07c2                	sll	a5,a5,0x10
8040348e:	8ddd                	or	a1,a1,a5
80403490:	0065fc63          	bgeu	a1,t1,804034a8 <__umoddi3+0x29a>
80403494:	95b6                	add	a1,a1,a3
80403496:	fffe8e13          	add	t3,t4,-1
8040349a:	00d5e763          	bltu	a1,a3,804034a8 <__umoddi3+0x29a>
8040349e:	0065f563          	bgeu	a1,t1,804034a8 <__umoddi3+0x29a>
804034a2:	ffee8e13          	add	t3,t4,-2
804034a6:	95b6                	add	a1,a1,a3
804034a8:	01071793          	sll	a5,a4,0x10
804034ac:	6f41                	lui	t5,0x10
804034ae:	01c7e7b3          	or	a5,a5,t3
804034b2:	406585b3          	sub	a1,a1,t1
804034b6:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
804034ba:	0067f733          	and	a4,a5,t1
804034be:	01065e13          	srl	t3,a2,0x10
804034c2:	83c1                	srl	a5,a5,0x10
804034c4:	00667333          	and	t1,a2,t1
804034c8:	02670eb3          	mul	t4,a4,t1
804034cc:	02678333          	mul	t1,a5,t1
804034d0:	03c70733          	mul	a4,a4,t3
804034d4:	03c787b3          	mul	a5,a5,t3
804034d8:	00670e33          	add	t3,a4,t1
804034dc:	010ed713          	srl	a4,t4,0x10
804034e0:	9772                	add	a4,a4,t3
804034e2:	00677363          	bgeu	a4,t1,804034e8 <__umoddi3+0x2da>
804034e6:	97fa                	add	a5,a5,t5
804034e8:	01075313          	srl	t1,a4,0x10
804034ec:	979a                	add	a5,a5,t1
804034ee:	6341                	lui	t1,0x10
804034f0:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
804034f2:	00677733          	and	a4,a4,t1
804034f6:	0742                	sll	a4,a4,0x10
804034f8:	006efeb3          	and	t4,t4,t1
804034fc:	9776                	add	a4,a4,t4
804034fe:	00f5e663          	bltu	a1,a5,8040350a <__umoddi3+0x2fc>
80403502:	00f59b63          	bne	a1,a5,80403518 <__umoddi3+0x30a>
80403506:	00e57963          	bgeu	a0,a4,80403518 <__umoddi3+0x30a>
8040350a:	40c70633          	sub	a2,a4,a2
8040350e:	00c73333          	sltu	t1,a4,a2
80403512:	969a                	add	a3,a3,t1
80403514:	8732                	mv	a4,a2
80403516:	8f95                	sub	a5,a5,a3
80403518:	40e50733          	sub	a4,a0,a4
8040351c:	00e53533          	sltu	a0,a0,a4
80403520:	8d9d                	sub	a1,a1,a5
80403522:	8d89                	sub	a1,a1,a0
80403524:	011598b3          	sll	a7,a1,a7
80403528:	01075733          	srl	a4,a4,a6
8040352c:	00e8e533          	or	a0,a7,a4
80403530:	0105d5b3          	srl	a1,a1,a6
80403534:	8082                	ret

80403536 <__riscv_save_12>:
80403536:	7139                	add	sp,sp,-64
80403538:	4301                	li	t1,0
8040353a:	c66e                	sw	s11,12(sp)
8040353c:	a019                	j	80403542 <__riscv_save_10+0x4>

8040353e <__riscv_save_10>:
8040353e:	7139                	add	sp,sp,-64
80403540:	5341                	li	t1,-16
80403542:	c86a                	sw	s10,16(sp)
80403544:	ca66                	sw	s9,20(sp)
80403546:	cc62                	sw	s8,24(sp)
80403548:	ce5e                	sw	s7,28(sp)
8040354a:	a019                	j	80403550 <__riscv_save_4+0x4>

8040354c <__riscv_save_4>:
8040354c:	7139                	add	sp,sp,-64
8040354e:	5301                	li	t1,-32
80403550:	d05a                	sw	s6,32(sp)
80403552:	d256                	sw	s5,36(sp)
80403554:	d452                	sw	s4,40(sp)
80403556:	d64e                	sw	s3,44(sp)
80403558:	d84a                	sw	s2,48(sp)
8040355a:	da26                	sw	s1,52(sp)
8040355c:	dc22                	sw	s0,56(sp)
8040355e:	de06                	sw	ra,60(sp)
80403560:	40610133          	sub	sp,sp,t1
80403564:	8282                	jr	t0

80403566 <__riscv_save_0>:
80403566:	1141                	add	sp,sp,-16
80403568:	c04a                	sw	s2,0(sp)
8040356a:	c226                	sw	s1,4(sp)
8040356c:	c422                	sw	s0,8(sp)
8040356e:	c606                	sw	ra,12(sp)
80403570:	8282                	jr	t0

80403572 <__riscv_restore_12>:
80403572:	4db2                	lw	s11,12(sp)
80403574:	0141                	add	sp,sp,16

80403576 <__riscv_restore_10>:
80403576:	4d02                	lw	s10,0(sp)
80403578:	4c92                	lw	s9,4(sp)
8040357a:	4c22                	lw	s8,8(sp)
8040357c:	4bb2                	lw	s7,12(sp)
8040357e:	0141                	add	sp,sp,16

80403580 <__riscv_restore_4>:
80403580:	4b02                	lw	s6,0(sp)
80403582:	4a92                	lw	s5,4(sp)
80403584:	4a22                	lw	s4,8(sp)
80403586:	49b2                	lw	s3,12(sp)
80403588:	0141                	add	sp,sp,16

8040358a <__riscv_restore_0>:
8040358a:	4902                	lw	s2,0(sp)
8040358c:	4492                	lw	s1,4(sp)
8040358e:	4422                	lw	s0,8(sp)
80403590:	40b2                	lw	ra,12(sp)
80403592:	0141                	add	sp,sp,16
80403594:	8082                	ret

80403596 <memcpy>:
80403596:	832a                	mv	t1,a0
80403598:	ca09                	beqz	a2,804035aa <memcpy+0x14>
8040359a:	00058383          	lb	t2,0(a1)
8040359e:	00730023          	sb	t2,0(t1)
804035a2:	167d                	add	a2,a2,-1
804035a4:	0305                	add	t1,t1,1
804035a6:	0585                	add	a1,a1,1
804035a8:	fa6d                	bnez	a2,8040359a <memcpy+0x4>
804035aa:	8082                	ret

804035ac <memset>:
804035ac:	832a                	mv	t1,a0
804035ae:	c611                	beqz	a2,804035ba <memset+0xe>
804035b0:	00b30023          	sb	a1,0(t1)
804035b4:	167d                	add	a2,a2,-1
804035b6:	0305                	add	t1,t1,1
804035b8:	fe65                	bnez	a2,804035b0 <memset+0x4>
804035ba:	8082                	ret

804035bc <strcmp>:
804035bc:	00054603          	lbu	a2,0(a0)
804035c0:	0005c683          	lbu	a3,0(a1)
804035c4:	0505                	add	a0,a0,1
804035c6:	0585                	add	a1,a1,1
804035c8:	00d61363          	bne	a2,a3,804035ce <strcmp+0x12>
804035cc:	fa65                	bnez	a2,804035bc <strcmp>
804035ce:	40d60533          	sub	a0,a2,a3
804035d2:	8082                	ret

804035d4 <printf>:
804035d4:	7139                	add	sp,sp,-64
804035d6:	da3e                	sw	a5,52(sp)
804035d8:	804067b7          	lui	a5,0x80406
804035dc:	d22e                	sw	a1,36(sp)
804035de:	85aa                	mv	a1,a0
804035e0:	0347a503          	lw	a0,52(a5) # 80406034 <stdout>
804035e4:	d432                	sw	a2,40(sp)
804035e6:	1050                	add	a2,sp,36
804035e8:	ce06                	sw	ra,28(sp)
804035ea:	d636                	sw	a3,44(sp)
804035ec:	d83a                	sw	a4,48(sp)
804035ee:	dc42                	sw	a6,56(sp)
804035f0:	de46                	sw	a7,60(sp)
804035f2:	c632                	sw	a2,12(sp)
804035f4:	00000097          	auipc	ra,0x0
804035f8:	222080e7          	jalr	546(ra) # 80403816 <__d_vfprintf>
804035fc:	40f2                	lw	ra,28(sp)
804035fe:	6121                	add	sp,sp,64
80403600:	8082                	ret

80403602 <__ultoa_invert>:
80403602:	00000317          	auipc	t1,0x0
80403606:	f3c302e7          	jalr	t0,-196(t1) # 8040353e <__riscv_save_10>
8040360a:	2006f793          	and	a5,a3,512
8040360e:	89aa                	mv	s3,a0
80403610:	8a2e                	mv	s4,a1
80403612:	8932                	mv	s2,a2
80403614:	84b6                	mv	s1,a3
80403616:	02700b13          	li	s6,39
8040361a:	c781                	beqz	a5,80403622 <__ultoa_invert+0x20>
8040361c:	dff6f493          	and	s1,a3,-513
80403620:	4b1d                	li	s6,7
80403622:	41f4da93          	sra	s5,s1,0x1f
80403626:	4ca5                	li	s9,9
80403628:	8626                	mv	a2,s1
8040362a:	86d6                	mv	a3,s5
8040362c:	854e                	mv	a0,s3
8040362e:	85d2                	mv	a1,s4
80403630:	00000097          	auipc	ra,0x0
80403634:	bde080e7          	jalr	-1058(ra) # 8040320e <__umoddi3>
80403638:	85d2                	mv	a1,s4
8040363a:	0ff57413          	zext.b	s0,a0
8040363e:	8626                	mv	a2,s1
80403640:	854e                	mv	a0,s3
80403642:	86d6                	mv	a3,s5
80403644:	00000097          	auipc	ra,0x0
80403648:	86c080e7          	jalr	-1940(ra) # 80402eb0 <__udivdi3>
8040364c:	8c4e                	mv	s8,s3
8040364e:	8bd2                	mv	s7,s4
80403650:	89aa                	mv	s3,a0
80403652:	8a2e                	mv	s4,a1
80403654:	008cf563          	bgeu	s9,s0,8040365e <__ultoa_invert+0x5c>
80403658:	945a                	add	s0,s0,s6
8040365a:	0ff47413          	zext.b	s0,s0
8040365e:	0905                	add	s2,s2,1
80403660:	03040413          	add	s0,s0,48
80403664:	fe890fa3          	sb	s0,-1(s2)
80403668:	015be663          	bltu	s7,s5,80403674 <__ultoa_invert+0x72>
8040366c:	fb7a9ee3          	bne	s5,s7,80403628 <__ultoa_invert+0x26>
80403670:	fa9c7ce3          	bgeu	s8,s1,80403628 <__ultoa_invert+0x26>
80403674:	854a                	mv	a0,s2
80403676:	00000317          	auipc	t1,0x0
8040367a:	f0030067          	jr	-256(t1) # 80403576 <__riscv_restore_10>

8040367e <skip_to_arg>:
8040367e:	00000317          	auipc	t1,0x0
80403682:	ec0302e7          	jalr	t0,-320(t1) # 8040353e <__riscv_save_10>
80403686:	4305                	li	t1,1
80403688:	02500f13          	li	t5,37
8040368c:	88aa                	mv	a7,a0
8040368e:	00c34663          	blt	t1,a2,8040369a <skip_to_arg+0x1c>
80403692:	00000317          	auipc	t1,0x0
80403696:	ee430067          	jr	-284(t1) # 80403576 <__riscv_restore_10>
8040369a:	87c6                	mv	a5,a7
8040369c:	88be                	mv	a7,a5
8040369e:	0007c703          	lbu	a4,0(a5)
804036a2:	0785                	add	a5,a5,1
804036a4:	d77d                	beqz	a4,80403692 <skip_to_arg+0x14>
804036a6:	ffe71be3          	bne	a4,t5,8040369c <skip_to_arg+0x1e>
804036aa:	0007c703          	lbu	a4,0(a5)
804036ae:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
804036b0:	ffe705e3          	beq	a4,t5,8040369a <skip_to_arg+0x1c>
804036b4:	6ecd                	lui	t4,0x13
804036b6:	4681                	li	a3,0
804036b8:	4e01                	li	t3,0
804036ba:	4781                	li	a5,0
804036bc:	42fd                	li	t0,31
804036be:	06c00f93          	li	t6,108
804036c2:	07400393          	li	t2,116
804036c6:	07a00413          	li	s0,122
804036ca:	06800493          	li	s1,104
804036ce:	06a00913          	li	s2,106
804036d2:	04c00993          	li	s3,76
804036d6:	4a25                	li	s4,9
804036d8:	02400a93          	li	s5,36
804036dc:	07f00b13          	li	s6,127
804036e0:	4bc1                	li	s7,16
804036e2:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
804036e6:	04f2e263          	bltu	t0,a5,8040372a <skip_to_arg+0xac>
804036ea:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
804036ee:	0ff87813          	zext.b	a6,a6
804036f2:	030bf163          	bgeu	s7,a6,80403714 <skip_to_arg+0x96>
804036f6:	fd070813          	add	a6,a4,-48
804036fa:	0ff87813          	zext.b	a6,a6
804036fe:	4c25                	li	s8,9
80403700:	050c6563          	bltu	s8,a6,8040374a <skip_to_arg+0xcc>
80403704:	47a9                	li	a5,10
80403706:	02f687b3          	mul	a5,a3,a5
8040370a:	00f806b3          	add	a3,a6,a5
8040370e:	02000793          	li	a5,32
80403712:	a039                	j	80403720 <skip_to_arg+0xa2>
80403714:	010ed833          	srl	a6,t4,a6
80403718:	00187813          	and	a6,a6,1
8040371c:	00080963          	beqz	a6,8040372e <skip_to_arg+0xb0>
80403720:	0008c703          	lbu	a4,0(a7)
80403724:	0885                	add	a7,a7,1
80403726:	f361                	bnez	a4,804036e6 <skip_to_arg+0x68>
80403728:	a8b1                	j	80403784 <skip_to_arg+0x106>
8040372a:	04fb6363          	bltu	s6,a5,80403770 <skip_to_arg+0xf2>
8040372e:	fd070813          	add	a6,a4,-48
80403732:	0ff87813          	zext.b	a6,a6
80403736:	fd0a77e3          	bgeu	s4,a6,80403704 <skip_to_arg+0x86>
8040373a:	03571563          	bne	a4,s5,80403764 <skip_to_arg+0xe6>
8040373e:	0a0e0063          	beqz	t3,804037de <skip_to_arg+0x160>
80403742:	0a668063          	beq	a3,t1,804037e2 <skip_to_arg+0x164>
80403746:	4681                	li	a3,0
80403748:	bfe1                	j	80403720 <skip_to_arg+0xa2>
8040374a:	0fb77813          	and	a6,a4,251
8040374e:	02a00c13          	li	s8,42
80403752:	ff880ae3          	beq	a6,s8,80403746 <skip_to_arg+0xc8>
80403756:	06c00813          	li	a6,108
8040375a:	01071d63          	bne	a4,a6,80403774 <skip_to_arg+0xf6>
8040375e:	0807e793          	or	a5,a5,128
80403762:	bf7d                	j	80403720 <skip_to_arg+0xa2>
80403764:	0fb77813          	and	a6,a4,251
80403768:	02a00c13          	li	s8,42
8040376c:	fd880de3          	beq	a6,s8,80403746 <skip_to_arg+0xc8>
80403770:	05f70663          	beq	a4,t6,804037bc <skip_to_arg+0x13e>
80403774:	02efef63          	bltu	t6,a4,804037b2 <skip_to_arg+0x134>
80403778:	04970863          	beq	a4,s1,804037c8 <skip_to_arg+0x14a>
8040377c:	05270e63          	beq	a4,s2,804037d8 <skip_to_arg+0x15a>
80403780:	05370c63          	beq	a4,s3,804037d8 <skip_to_arg+0x15a>
80403784:	f00e07e3          	beqz	t3,80403692 <skip_to_arg+0x14>
80403788:	f06e13e3          	bne	t3,t1,8040368e <skip_to_arg+0x10>
8040378c:	02076893          	or	a7,a4,32
80403790:	f9b88813          	add	a6,a7,-101
80403794:	0ff87813          	zext.b	a6,a6
80403798:	4e09                	li	t3,2
8040379a:	4194                	lw	a3,0(a1)
8040379c:	010e7663          	bgeu	t3,a6,804037a8 <skip_to_arg+0x12a>
804037a0:	06100813          	li	a6,97
804037a4:	05089263          	bne	a7,a6,804037e8 <skip_to_arg+0x16a>
804037a8:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
804037aa:	9ae1                	and	a3,a3,-8
804037ac:	00868713          	add	a4,a3,8
804037b0:	a091                	j	804037f4 <skip_to_arg+0x176>
804037b2:	f67707e3          	beq	a4,t2,80403720 <skip_to_arg+0xa2>
804037b6:	f68705e3          	beq	a4,s0,80403720 <skip_to_arg+0xa2>
804037ba:	b7e9                	j	80403784 <skip_to_arg+0x106>
804037bc:	0807f713          	and	a4,a5,128
804037c0:	df59                	beqz	a4,8040375e <skip_to_arg+0xe0>
804037c2:	2007e793          	or	a5,a5,512
804037c6:	bf61                	j	8040375e <skip_to_arg+0xe0>
804037c8:	1007f713          	and	a4,a5,256
804037cc:	c319                	beqz	a4,804037d2 <skip_to_arg+0x154>
804037ce:	2007e793          	or	a5,a5,512
804037d2:	1007e793          	or	a5,a5,256
804037d6:	b7a9                	j	80403720 <skip_to_arg+0xa2>
804037d8:	2807e793          	or	a5,a5,640
804037dc:	b791                	j	80403720 <skip_to_arg+0xa2>
804037de:	8e36                	mv	t3,a3
804037e0:	b79d                	j	80403746 <skip_to_arg+0xc8>
804037e2:	06300713          	li	a4,99
804037e6:	b75d                	j	8040378c <skip_to_arg+0x10e>
804037e8:	06300813          	li	a6,99
804037ec:	01071763          	bne	a4,a6,804037fa <skip_to_arg+0x17c>
804037f0:	00468713          	add	a4,a3,4
804037f4:	c198                	sw	a4,0(a1)
804037f6:	0305                	add	t1,t1,1
804037f8:	bd51                	j	8040368c <skip_to_arg+0xe>
804037fa:	07300813          	li	a6,115
804037fe:	ff0709e3          	beq	a4,a6,804037f0 <skip_to_arg+0x172>
80403802:	0807f813          	and	a6,a5,128
80403806:	00468713          	add	a4,a3,4
8040380a:	fe0805e3          	beqz	a6,804037f4 <skip_to_arg+0x176>
8040380e:	2007f793          	and	a5,a5,512
80403812:	d3ed                	beqz	a5,804037f4 <skip_to_arg+0x176>
80403814:	bf51                	j	804037a8 <skip_to_arg+0x12a>

80403816 <__d_vfprintf>:
80403816:	00000317          	auipc	t1,0x0
8040381a:	d20302e7          	jalr	t0,-736(t1) # 80403536 <__riscv_save_12>
8040381e:	00454783          	lbu	a5,4(a0)
80403822:	7139                	add	sp,sp,-64
80403824:	c02a                	sw	a0,0(sp)
80403826:	c42e                	sw	a1,8(sp)
80403828:	c632                	sw	a2,12(sp)
8040382a:	8b89                	and	a5,a5,2
8040382c:	00852a03          	lw	s4,8(a0)
80403830:	c785                	beqz	a5,80403858 <__d_vfprintf+0x42>
80403832:	d232                	sw	a2,36(sp)
80403834:	87ae                	mv	a5,a1
80403836:	4401                	li	s0,0
80403838:	0007c903          	lbu	s2,0(a5)
8040383c:	00090f63          	beqz	s2,8040385a <__d_vfprintf+0x44>
80403840:	02500713          	li	a4,37
80403844:	02e90163          	beq	s2,a4,80403866 <__d_vfprintf+0x50>
80403848:	0785                	add	a5,a5,1
8040384a:	c23e                	sw	a5,4(sp)
8040384c:	4582                	lw	a1,0(sp)
8040384e:	854a                	mv	a0,s2
80403850:	0405                	add	s0,s0,1
80403852:	9a02                	jalr	s4
80403854:	2a0557e3          	bgez	a0,80404302 <__d_vfprintf+0xaec>
80403858:	547d                	li	s0,-1
8040385a:	8522                	mv	a0,s0
8040385c:	6121                	add	sp,sp,64
8040385e:	00000317          	auipc	t1,0x0
80403862:	d1430067          	jr	-748(t1) # 80403572 <__riscv_restore_12>
80403866:	0017c903          	lbu	s2,1(a5)
8040386a:	00278713          	add	a4,a5,2
8040386e:	c23a                	sw	a4,4(sp)
80403870:	02500793          	li	a5,37
80403874:	fcf90ce3          	beq	s2,a5,8040384c <__d_vfprintf+0x36>
80403878:	804064b7          	lui	s1,0x80406
8040387c:	4a81                	li	s5,0
8040387e:	4d01                	li	s10,0
80403880:	4b01                	li	s6,0
80403882:	4d81                	li	s11,0
80403884:	06c00993          	li	s3,108
80403888:	07400b93          	li	s7,116
8040388c:	07a00c13          	li	s8,122
80403890:	06800c93          	li	s9,104
80403894:	b5048493          	add	s1,s1,-1200 # 80405b50 <ops+0xc>
80403898:	47fd                	li	a5,31
8040389a:	07b7e163          	bltu	a5,s11,804038fc <__d_vfprintf+0xe6>
8040389e:	fe090793          	add	a5,s2,-32
804038a2:	0ff7f793          	zext.b	a5,a5
804038a6:	4741                	li	a4,16
804038a8:	00f76663          	bltu	a4,a5,804038b4 <__d_vfprintf+0x9e>
804038ac:	078a                	sll	a5,a5,0x2
804038ae:	97a6                	add	a5,a5,s1
804038b0:	439c                	lw	a5,0(a5)
804038b2:	8782                	jr	a5
804038b4:	fd090793          	add	a5,s2,-48
804038b8:	0ff7f793          	zext.b	a5,a5
804038bc:	4725                	li	a4,9
804038be:	06f76463          	bltu	a4,a5,80403926 <__d_vfprintf+0x110>
804038c2:	46a9                	li	a3,10
804038c4:	02db06b3          	mul	a3,s6,a3
804038c8:	00f68b33          	add	s6,a3,a5
804038cc:	020ded93          	or	s11,s11,32
804038d0:	a019                	j	804038d6 <__d_vfprintf+0xc0>
804038d2:	001ded93          	or	s11,s11,1
804038d6:	4792                	lw	a5,4(sp)
804038d8:	0007c903          	lbu	s2,0(a5)
804038dc:	0785                	add	a5,a5,1
804038de:	c23e                	sw	a5,4(sp)
804038e0:	fa091ce3          	bnez	s2,80403898 <__d_vfprintf+0x82>
804038e4:	a8cd                	j	804039d6 <__d_vfprintf+0x1c0>
804038e6:	002ded93          	or	s11,s11,2
804038ea:	004ded93          	or	s11,s11,4
804038ee:	b7e5                	j	804038d6 <__d_vfprintf+0xc0>
804038f0:	008ded93          	or	s11,s11,8
804038f4:	b7cd                	j	804038d6 <__d_vfprintf+0xc0>
804038f6:	010ded93          	or	s11,s11,16
804038fa:	bff1                	j	804038d6 <__d_vfprintf+0xc0>
804038fc:	07f00793          	li	a5,127
80403900:	0bb7ed63          	bltu	a5,s11,804039ba <__d_vfprintf+0x1a4>
80403904:	fd090693          	add	a3,s2,-48
80403908:	0ff6f693          	zext.b	a3,a3
8040390c:	47a5                	li	a5,9
8040390e:	00d7ec63          	bltu	a5,a3,80403926 <__d_vfprintf+0x110>
80403912:	040df613          	and	a2,s11,64
80403916:	87b6                	mv	a5,a3
80403918:	d64d                	beqz	a2,804038c2 <__d_vfprintf+0xac>
8040391a:	47a9                	li	a5,10
8040391c:	02fd07b3          	mul	a5,s10,a5
80403920:	00d78d33          	add	s10,a5,a3
80403924:	bf4d                	j	804038d6 <__d_vfprintf+0xc0>
80403926:	02a00793          	li	a5,42
8040392a:	02f91663          	bne	s2,a5,80403956 <__d_vfprintf+0x140>
8040392e:	fa0a94e3          	bnez	s5,804038d6 <__d_vfprintf+0xc0>
80403932:	5692                	lw	a3,36(sp)
80403934:	040df793          	and	a5,s11,64
80403938:	00468613          	add	a2,a3,4
8040393c:	4294                	lw	a3,0(a3)
8040393e:	d232                	sw	a2,36(sp)
80403940:	c399                	beqz	a5,80403946 <__d_vfprintf+0x130>
80403942:	8d36                	mv	s10,a3
80403944:	bf49                	j	804038d6 <__d_vfprintf+0xc0>
80403946:	8b36                	mv	s6,a3
80403948:	f806d2e3          	bgez	a3,804038cc <__d_vfprintf+0xb6>
8040394c:	40d00b33          	neg	s6,a3
80403950:	028ded93          	or	s11,s11,40
80403954:	b749                	j	804038d6 <__d_vfprintf+0xc0>
80403956:	02e00793          	li	a5,46
8040395a:	00f91963          	bne	s2,a5,8040396c <__d_vfprintf+0x156>
8040395e:	040df793          	and	a5,s11,64
80403962:	ee079ce3          	bnez	a5,8040385a <__d_vfprintf+0x44>
80403966:	040ded93          	or	s11,s11,64
8040396a:	b7b5                	j	804038d6 <__d_vfprintf+0xc0>
8040396c:	02400793          	li	a5,36
80403970:	04f91563          	bne	s2,a5,804039ba <__d_vfprintf+0x1a4>
80403974:	140a8363          	beqz	s5,80403aba <__d_vfprintf+0x2a4>
80403978:	47b2                	lw	a5,12(sp)
8040397a:	d23e                	sw	a5,36(sp)
8040397c:	040df793          	and	a5,s11,64
80403980:	ef99                	bnez	a5,8040399e <__d_vfprintf+0x188>
80403982:	4522                	lw	a0,8(sp)
80403984:	865a                	mv	a2,s6
80403986:	104c                	add	a1,sp,36
80403988:	00000097          	auipc	ra,0x0
8040398c:	cf6080e7          	jalr	-778(ra) # 8040367e <skip_to_arg>
80403990:	5792                	lw	a5,36(sp)
80403992:	00478693          	add	a3,a5,4
80403996:	0007ab03          	lw	s6,0(a5)
8040399a:	d236                	sw	a3,36(sp)
8040399c:	bf2d                	j	804038d6 <__d_vfprintf+0xc0>
8040399e:	4522                	lw	a0,8(sp)
804039a0:	866a                	mv	a2,s10
804039a2:	104c                	add	a1,sp,36
804039a4:	00000097          	auipc	ra,0x0
804039a8:	cda080e7          	jalr	-806(ra) # 8040367e <skip_to_arg>
804039ac:	5792                	lw	a5,36(sp)
804039ae:	00478693          	add	a3,a5,4
804039b2:	0007ad03          	lw	s10,0(a5)
804039b6:	d236                	sw	a3,36(sp)
804039b8:	bf39                	j	804038d6 <__d_vfprintf+0xc0>
804039ba:	0d390d63          	beq	s2,s3,80403a94 <__d_vfprintf+0x27e>
804039be:	0d29e663          	bltu	s3,s2,80403a8a <__d_vfprintf+0x274>
804039c2:	0f990163          	beq	s2,s9,80403aa4 <__d_vfprintf+0x28e>
804039c6:	06a00793          	li	a5,106
804039ca:	0ef90563          	beq	s2,a5,80403ab4 <__d_vfprintf+0x29e>
804039ce:	04c00793          	li	a5,76
804039d2:	0ef90163          	beq	s2,a5,80403ab4 <__d_vfprintf+0x29e>
804039d6:	000a8b63          	beqz	s5,804039ec <__d_vfprintf+0x1d6>
804039da:	47b2                	lw	a5,12(sp)
804039dc:	4522                	lw	a0,8(sp)
804039de:	8656                	mv	a2,s5
804039e0:	104c                	add	a1,sp,36
804039e2:	d23e                	sw	a5,36(sp)
804039e4:	00000097          	auipc	ra,0x0
804039e8:	c9a080e7          	jalr	-870(ra) # 8040367e <skip_to_arg>
804039ec:	000d5963          	bgez	s10,804039fe <__d_vfprintf+0x1e8>
804039f0:	fbfdf813          	and	a6,s11,-65
804039f4:	01081d93          	sll	s11,a6,0x10
804039f8:	010ddd93          	srl	s11,s11,0x10
804039fc:	4d01                	li	s10,0
804039fe:	02096c93          	or	s9,s2,32
80403a02:	f9bc8793          	add	a5,s9,-101
80403a06:	0ff7f793          	zext.b	a5,a5
80403a0a:	4709                	li	a4,2
80403a0c:	0af77d63          	bgeu	a4,a5,80403ac6 <__d_vfprintf+0x2b0>
80403a10:	06100793          	li	a5,97
80403a14:	6afc9763          	bne	s9,a5,804040c2 <__d_vfprintf+0x8ac>
80403a18:	5792                	lw	a5,36(sp)
80403a1a:	6a89                	lui	s5,0x2
80403a1c:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80403a20:	079d                	add	a5,a5,7
80403a22:	9be1                	and	a5,a5,-8
80403a24:	0047ab83          	lw	s7,4(a5)
80403a28:	0007a883          	lw	a7,0(a5)
80403a2c:	00878713          	add	a4,a5,8
80403a30:	414bd993          	sra	s3,s7,0x14
80403a34:	00cb9c13          	sll	s8,s7,0xc
80403a38:	7ff9f993          	and	s3,s3,2047
80403a3c:	00cc5c93          	srl	s9,s8,0xc
80403a40:	015deab3          	or	s5,s11,s5
80403a44:	0119e533          	or	a0,s3,a7
80403a48:	fff94913          	not	s2,s2
80403a4c:	0ac2                	sll	s5,s5,0x10
80403a4e:	d23a                	sw	a4,36(sp)
80403a50:	019567b3          	or	a5,a0,s9
80403a54:	02097913          	and	s2,s2,32
80403a58:	010ada93          	srl	s5,s5,0x10
80403a5c:	86c6                	mv	a3,a7
80403a5e:	8c66                	mv	s8,s9
80403a60:	040df813          	and	a6,s11,64
80403a64:	01fbdb93          	srl	s7,s7,0x1f
80403a68:	efcd                	bnez	a5,80403b22 <__d_vfprintf+0x30c>
80403a6a:	03000793          	li	a5,48
80403a6e:	0ffbfb93          	zext.b	s7,s7
80403a72:	02f106a3          	sb	a5,45(sp)
80403a76:	03710623          	sb	s7,44(sp)
80403a7a:	26080363          	beqz	a6,80403ce0 <__d_vfprintf+0x4ca>
80403a7e:	47b1                	li	a5,12
80403a80:	4981                	li	s3,0
80403a82:	0da7d463          	bge	a5,s10,80403b4a <__d_vfprintf+0x334>
80403a86:	4d35                	li	s10,13
80403a88:	aab5                	j	80403c04 <__d_vfprintf+0x3ee>
80403a8a:	e57906e3          	beq	s2,s7,804038d6 <__d_vfprintf+0xc0>
80403a8e:	e58904e3          	beq	s2,s8,804038d6 <__d_vfprintf+0xc0>
80403a92:	b791                	j	804039d6 <__d_vfprintf+0x1c0>
80403a94:	080df793          	and	a5,s11,128
80403a98:	c399                	beqz	a5,80403a9e <__d_vfprintf+0x288>
80403a9a:	200ded93          	or	s11,s11,512
80403a9e:	080ded93          	or	s11,s11,128
80403aa2:	bd15                	j	804038d6 <__d_vfprintf+0xc0>
80403aa4:	100df793          	and	a5,s11,256
80403aa8:	c399                	beqz	a5,80403aae <__d_vfprintf+0x298>
80403aaa:	200ded93          	or	s11,s11,512
80403aae:	100ded93          	or	s11,s11,256
80403ab2:	b515                	j	804038d6 <__d_vfprintf+0xc0>
80403ab4:	280ded93          	or	s11,s11,640
80403ab8:	bd39                	j	804038d6 <__d_vfprintf+0xc0>
80403aba:	875a                	mv	a4,s6
80403abc:	4d01                	li	s10,0
80403abe:	4b01                	li	s6,0
80403ac0:	8aba                	mv	s5,a4
80403ac2:	4d81                	li	s11,0
80403ac4:	bd09                	j	804038d6 <__d_vfprintf+0xc0>
80403ac6:	5792                	lw	a5,36(sp)
80403ac8:	fff94913          	not	s2,s2
80403acc:	02097913          	and	s2,s2,32
80403ad0:	079d                	add	a5,a5,7
80403ad2:	9be1                	and	a5,a5,-8
80403ad4:	00878713          	add	a4,a5,8
80403ad8:	4388                	lw	a0,0(a5)
80403ada:	43cc                	lw	a1,4(a5)
80403adc:	d23a                	sw	a4,36(sp)
80403ade:	040df793          	and	a5,s11,64
80403ae2:	22078363          	beqz	a5,80403d08 <__d_vfprintf+0x4f2>
80403ae6:	06500793          	li	a5,101
80403aea:	22fc9163          	bne	s9,a5,80403d0c <__d_vfprintf+0x4f6>
80403aee:	6785                	lui	a5,0x1
80403af0:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fbe3911>
80403af4:	00fdedb3          	or	s11,s11,a5
80403af8:	0ff67613          	zext.b	a2,a2
80403afc:	4701                	li	a4,0
80403afe:	4781                	li	a5,0
80403b00:	4345                	li	t1,17
80403b02:	0ff67693          	zext.b	a3,a2
80403b06:	00c37363          	bgeu	t1,a2,80403b0c <__d_vfprintf+0x2f6>
80403b0a:	46c5                	li	a3,17
80403b0c:	1030                	add	a2,sp,40
80403b0e:	00001097          	auipc	ra,0x1
80403b12:	b52080e7          	jalr	-1198(ra) # 80404660 <__dtoa_engine>
80403b16:	0ff57b93          	zext.b	s7,a0
80403b1a:	59a2                	lw	s3,40(sp)
80403b1c:	8aee                	mv	s5,s11
80403b1e:	4c09                	li	s8,2
80403b20:	aa21                	j	80403c38 <__d_vfprintf+0x422>
80403b22:	03100793          	li	a5,49
80403b26:	00099563          	bnez	s3,80403b30 <__d_vfprintf+0x31a>
80403b2a:	03000793          	li	a5,48
80403b2e:	4985                	li	s3,1
80403b30:	0ffbfb93          	zext.b	s7,s7
80403b34:	02f106a3          	sb	a5,45(sp)
80403b38:	03710623          	sb	s7,44(sp)
80403b3c:	c0198993          	add	s3,s3,-1023
80403b40:	18080763          	beqz	a6,80403cce <__d_vfprintf+0x4b8>
80403b44:	47b1                	li	a5,12
80403b46:	19a7c663          	blt	a5,s10,80403cd2 <__d_vfprintf+0x4bc>
80403b4a:	4335                	li	t1,13
80403b4c:	41a30333          	sub	t1,t1,s10
80403b50:	00231d93          	sll	s11,t1,0x2
80403b54:	fffd8613          	add	a2,s11,-1
80403b58:	4505                	li	a0,1
80403b5a:	4581                	li	a1,0
80403b5c:	ca46                	sw	a7,20(sp)
80403b5e:	c836                	sw	a3,16(sp)
80403b60:	fffff097          	auipc	ra,0xfffff
80403b64:	2c2080e7          	jalr	706(ra) # 80402e22 <__ashldi3>
80403b68:	84aa                	mv	s1,a0
80403b6a:	872e                	mv	a4,a1
80403b6c:	00171793          	sll	a5,a4,0x1
80403b70:	85aa                	mv	a1,a0
80403b72:	01f4d513          	srl	a0,s1,0x1f
80403b76:	00149e13          	sll	t3,s1,0x1
80403b7a:	8fc9                	or	a5,a5,a0
80403b7c:	40f00c33          	neg	s8,a5
80403b80:	01c03533          	snez	a0,t3
80403b84:	48d2                	lw	a7,20(sp)
80403b86:	41c00833          	neg	a6,t3
80403b8a:	40ac0c33          	sub	s8,s8,a0
80403b8e:	fffe0513          	add	a0,t3,-1
80403b92:	001e3e13          	seqz	t3,t3
80403b96:	41c787b3          	sub	a5,a5,t3
80403b9a:	0197f7b3          	and	a5,a5,s9
80403b9e:	01157533          	and	a0,a0,a7
80403ba2:	02f74863          	blt	a4,a5,80403bd2 <__d_vfprintf+0x3bc>
80403ba6:	46c2                	lw	a3,16(sp)
80403ba8:	00e79463          	bne	a5,a4,80403bb0 <__d_vfprintf+0x39a>
80403bac:	02a5e363          	bltu	a1,a0,80403bd2 <__d_vfprintf+0x3bc>
80403bb0:	8546                	mv	a0,a7
80403bb2:	866e                	mv	a2,s11
80403bb4:	85e6                	mv	a1,s9
80403bb6:	ce3a                	sw	a4,28(sp)
80403bb8:	cc42                	sw	a6,24(sp)
80403bba:	ca36                	sw	a3,20(sp)
80403bbc:	c846                	sw	a7,16(sp)
80403bbe:	fffff097          	auipc	ra,0xfffff
80403bc2:	28c080e7          	jalr	652(ra) # 80402e4a <__ashrdi3>
80403bc6:	8905                	and	a0,a0,1
80403bc8:	48c2                	lw	a7,16(sp)
80403bca:	46d2                	lw	a3,20(sp)
80403bcc:	4862                	lw	a6,24(sp)
80403bce:	4772                	lw	a4,28(sp)
80403bd0:	c94d                	beqz	a0,80403c82 <__d_vfprintf+0x46c>
80403bd2:	00988533          	add	a0,a7,s1
80403bd6:	01153db3          	sltu	s11,a0,a7
80403bda:	9766                	add	a4,a4,s9
80403bdc:	00ed8cb3          	add	s9,s11,a4
80403be0:	001007b7          	lui	a5,0x100
80403be4:	86aa                	mv	a3,a0
80403be6:	08fcce63          	blt	s9,a5,80403c82 <__d_vfprintf+0x46c>
80403bea:	02d14783          	lbu	a5,45(sp)
80403bee:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80403bf0:	02f106a3          	sb	a5,45(sp)
80403bf4:	40000793          	li	a5,1024
80403bf8:	0af98163          	beq	s3,a5,80403c9a <__d_vfprintf+0x484>
80403bfc:	00a87533          	and	a0,a6,a0
80403c00:	019c7c33          	and	s8,s8,s9
80403c04:	05700613          	li	a2,87
80403c08:	1034                	add	a3,sp,40
80403c0a:	4735                	li	a4,13
80403c0c:	45a5                	li	a1,9
80403c0e:	41260633          	sub	a2,a2,s2
80403c12:	01cc1813          	sll	a6,s8,0x1c
80403c16:	00f57793          	and	a5,a0,15
80403c1a:	8111                	srl	a0,a0,0x4
80403c1c:	00a86533          	or	a0,a6,a0
80403c20:	404c5c13          	sra	s8,s8,0x4
80403c24:	e7e1                	bnez	a5,80403cec <__d_vfprintf+0x4d6>
80403c26:	0ced5563          	bge	s10,a4,80403cf0 <__d_vfprintf+0x4da>
80403c2a:	177d                	add	a4,a4,-1
80403c2c:	16fd                	add	a3,a3,-1
80403c2e:	f375                	bnez	a4,80403c12 <__d_vfprintf+0x3fc>
80403c30:	4c05                	li	s8,1
80403c32:	4bb9                	li	s7,14
80403c34:	07000c93          	li	s9,112
80403c38:	00998713          	add	a4,s3,9
80403c3c:	46c9                	li	a3,18
80403c3e:	87ce                	mv	a5,s3
80403c40:	06e6e863          	bltu	a3,a4,80403cb0 <__d_vfprintf+0x49a>
80403c44:	02c14703          	lbu	a4,44(sp)
80403c48:	00177d93          	and	s11,a4,1
80403c4c:	8b31                	and	a4,a4,12
80403c4e:	120d9a63          	bnez	s11,80403d82 <__d_vfprintf+0x56c>
80403c52:	002af793          	and	a5,s5,2
80403c56:	12079263          	bnez	a5,80403d7a <__d_vfprintf+0x564>
80403c5a:	004af793          	and	a5,s5,4
80403c5e:	cfe9                	beqz	a5,80403d38 <__d_vfprintf+0x522>
80403c60:	12071563          	bnez	a4,80403d8a <__d_vfprintf+0x574>
80403c64:	02000713          	li	a4,32
80403c68:	678d                	lui	a5,0x3
80403c6a:	00faf7b3          	and	a5,s5,a5
80403c6e:	1c079363          	bnez	a5,80403e34 <__d_vfprintf+0x61e>
80403c72:	000d1363          	bnez	s10,80403c78 <__d_vfprintf+0x462>
80403c76:	4d05                	li	s10,1
80403c78:	103c                	add	a5,sp,40
80403c7a:	97de                	add	a5,a5,s7
80403c7c:	03000693          	li	a3,48
80403c80:	aa9d                	j	80403df6 <__d_vfprintf+0x5e0>
80403c82:	0106f6b3          	and	a3,a3,a6
80403c86:	018cfcb3          	and	s9,s9,s8
80403c8a:	40000793          	li	a5,1024
80403c8e:	04f99c63          	bne	s3,a5,80403ce6 <__d_vfprintf+0x4d0>
80403c92:	0196ecb3          	or	s9,a3,s9
80403c96:	040c8063          	beqz	s9,80403cd6 <__d_vfprintf+0x4c0>
80403c9a:	008beb93          	or	s7,s7,8
80403c9e:	03710623          	sb	s7,44(sp)
80403ca2:	40000993          	li	s3,1024
80403ca6:	4bb9                	li	s7,14
80403ca8:	07000c93          	li	s9,112
80403cac:	40000793          	li	a5,1024
80403cb0:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
80403cb4:	0c600693          	li	a3,198
80403cb8:	4c09                	li	s8,2
80403cba:	f8e6f5e3          	bgeu	a3,a4,80403c44 <__d_vfprintf+0x42e>
80403cbe:	3e778793          	add	a5,a5,999
80403cc2:	7ce00c13          	li	s8,1998
80403cc6:	00fc3c33          	sltu	s8,s8,a5
80403cca:	0c0d                	add	s8,s8,3
80403ccc:	bfa5                	j	80403c44 <__d_vfprintf+0x42e>
80403cce:	4d01                	li	s10,0
80403cd0:	bf6d                	j	80403c8a <__d_vfprintf+0x474>
80403cd2:	4d35                	li	s10,13
80403cd4:	bf5d                	j	80403c8a <__d_vfprintf+0x474>
80403cd6:	004beb93          	or	s7,s7,4
80403cda:	03710623          	sb	s7,44(sp)
80403cde:	b7e1                	j	80403ca6 <__d_vfprintf+0x490>
80403ce0:	4981                	li	s3,0
80403ce2:	4d01                	li	s10,0
80403ce4:	b705                	j	80403c04 <__d_vfprintf+0x3ee>
80403ce6:	8536                	mv	a0,a3
80403ce8:	8c66                	mv	s8,s9
80403cea:	bf29                	j	80403c04 <__d_vfprintf+0x3ee>
80403cec:	00f5ea63          	bltu	a1,a5,80403d00 <__d_vfprintf+0x4ea>
80403cf0:	03078793          	add	a5,a5,48
80403cf4:	00f68923          	sb	a5,18(a3)
80403cf8:	f2ed59e3          	bge	s10,a4,80403c2a <__d_vfprintf+0x414>
80403cfc:	8d3a                	mv	s10,a4
80403cfe:	b735                	j	80403c2a <__d_vfprintf+0x414>
80403d00:	97b2                	add	a5,a5,a2
80403d02:	0ff7f793          	zext.b	a5,a5
80403d06:	b7fd                	j	80403cf4 <__d_vfprintf+0x4de>
80403d08:	4d19                	li	s10,6
80403d0a:	bbf1                	j	80403ae6 <__d_vfprintf+0x2d0>
80403d0c:	06600793          	li	a5,102
80403d10:	00fc9963          	bne	s9,a5,80403d22 <__d_vfprintf+0x50c>
80403d14:	6789                	lui	a5,0x2
80403d16:	00fdedb3          	or	s11,s11,a5
80403d1a:	4705                	li	a4,1
80403d1c:	87ea                	mv	a5,s10
80403d1e:	4645                	li	a2,17
80403d20:	b3c5                	j	80403b00 <__d_vfprintf+0x2ea>
80403d22:	0ffd7793          	zext.b	a5,s10
80403d26:	0ffd7613          	zext.b	a2,s10
80403d2a:	e391                	bnez	a5,80403d2e <__d_vfprintf+0x518>
80403d2c:	4605                	li	a2,1
80403d2e:	4701                	li	a4,0
80403d30:	4781                	li	a5,0
80403d32:	06500c93          	li	s9,101
80403d36:	b3e9                	j	80403b00 <__d_vfprintf+0x2ea>
80403d38:	db05                	beqz	a4,80403c68 <__d_vfprintf+0x452>
80403d3a:	478d                	li	a5,3
80403d3c:	0967d163          	bge	a5,s6,80403dbe <__d_vfprintf+0x5a8>
80403d40:	008afa93          	and	s5,s5,8
80403d44:	ffdb0493          	add	s1,s6,-3
80403d48:	000a9f63          	bnez	s5,80403d66 <__d_vfprintf+0x550>
80403d4c:	94a2                	add	s1,s1,s0
80403d4e:	4582                	lw	a1,0(sp)
80403d50:	02000513          	li	a0,32
80403d54:	0405                	add	s0,s0,1
80403d56:	9a02                	jalr	s4
80403d58:	b00540e3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403d5c:	fe8499e3          	bne	s1,s0,80403d4e <__d_vfprintf+0x538>
80403d60:	4481                	li	s1,0
80403d62:	020d9f63          	bnez	s11,80403da0 <__d_vfprintf+0x58a>
80403d66:	02c14783          	lbu	a5,44(sp)
80403d6a:	8ba1                	and	a5,a5,8
80403d6c:	efad                	bnez	a5,80403de6 <__d_vfprintf+0x5d0>
80403d6e:	804069b7          	lui	s3,0x80406
80403d72:	01c98993          	add	s3,s3,28 # 8040601c <__clz_tab+0x100>
80403d76:	8c22                	mv	s8,s0
80403d78:	a8b1                	j	80403dd4 <__d_vfprintf+0x5be>
80403d7a:	eb15                	bnez	a4,80403dae <__d_vfprintf+0x598>
80403d7c:	02b00713          	li	a4,43
80403d80:	b5e5                	j	80403c68 <__d_vfprintf+0x452>
80403d82:	eb0d                	bnez	a4,80403db4 <__d_vfprintf+0x59e>
80403d84:	02d00713          	li	a4,45
80403d88:	b5c5                	j	80403c68 <__d_vfprintf+0x452>
80403d8a:	02000d93          	li	s11,32
80403d8e:	4791                	li	a5,4
80403d90:	0367d563          	bge	a5,s6,80403dba <__d_vfprintf+0x5a4>
80403d94:	008afa93          	and	s5,s5,8
80403d98:	ffcb0493          	add	s1,s6,-4
80403d9c:	fa0a88e3          	beqz	s5,80403d4c <__d_vfprintf+0x536>
80403da0:	4582                	lw	a1,0(sp)
80403da2:	856e                	mv	a0,s11
80403da4:	0405                	add	s0,s0,1
80403da6:	9a02                	jalr	s4
80403da8:	fa055fe3          	bgez	a0,80403d66 <__d_vfprintf+0x550>
80403dac:	b475                	j	80403858 <__d_vfprintf+0x42>
80403dae:	02b00d93          	li	s11,43
80403db2:	bff1                	j	80403d8e <__d_vfprintf+0x578>
80403db4:	02d00d93          	li	s11,45
80403db8:	bfd9                	j	80403d8e <__d_vfprintf+0x578>
80403dba:	4481                	li	s1,0
80403dbc:	b7d5                	j	80403da0 <__d_vfprintf+0x58a>
80403dbe:	4481                	li	s1,0
80403dc0:	b75d                	j	80403d66 <__d_vfprintf+0x550>
80403dc2:	4582                	lw	a1,0(sp)
80403dc4:	41250533          	sub	a0,a0,s2
80403dc8:	0ff57513          	zext.b	a0,a0
80403dcc:	0c05                	add	s8,s8,1
80403dce:	9a02                	jalr	s4
80403dd0:	a80544e3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403dd4:	408c07b3          	sub	a5,s8,s0
80403dd8:	97ce                	add	a5,a5,s3
80403dda:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80403dde:	f175                	bnez	a0,80403dc2 <__d_vfprintf+0x5ac>
80403de0:	8462                	mv	s0,s8
80403de2:	94e2                	add	s1,s1,s8
80403de4:	a535                	j	80404410 <__d_vfprintf+0xbfa>
80403de6:	804069b7          	lui	s3,0x80406
80403dea:	02098993          	add	s3,s3,32 # 80406020 <__clz_tab+0x104>
80403dee:	b761                	j	80403d76 <__d_vfprintf+0x560>
80403df0:	1bfd                	add	s7,s7,-1
80403df2:	0ffbfb93          	zext.b	s7,s7
80403df6:	000b8763          	beqz	s7,80403e04 <__d_vfprintf+0x5ee>
80403dfa:	0047c603          	lbu	a2,4(a5)
80403dfe:	17fd                	add	a5,a5,-1
80403e00:	fed608e3          	beq	a2,a3,80403df0 <__d_vfprintf+0x5da>
80403e04:	010af693          	and	a3,s5,16
80403e08:	87ea                	mv	a5,s10
80403e0a:	e291                	bnez	a3,80403e0e <__d_vfprintf+0x5f8>
80403e0c:	87de                	mv	a5,s7
80403e0e:	56f1                	li	a3,-4
80403e10:	0ed9cc63          	blt	s3,a3,80403f08 <__d_vfprintf+0x6f2>
80403e14:	0fa9da63          	bge	s3,s10,80403f08 <__d_vfprintf+0x6f2>
80403e18:	6689                	lui	a3,0x2
80403e1a:	00dae6b3          	or	a3,s5,a3
80403e1e:	01069a93          	sll	s5,a3,0x10
80403e22:	010ada93          	srl	s5,s5,0x10
80403e26:	4d01                	li	s10,0
80403e28:	00f9d663          	bge	s3,a5,80403e34 <__d_vfprintf+0x61e>
80403e2c:	00198893          	add	a7,s3,1
80403e30:	41178d33          	sub	s10,a5,a7
80403e34:	6d89                	lui	s11,0x2
80403e36:	01bafdb3          	and	s11,s5,s11
80403e3a:	0c0d8a63          	beqz	s11,80403f0e <__d_vfprintf+0x6f8>
80403e3e:	87ce                	mv	a5,s3
80403e40:	0009d363          	bgez	s3,80403e46 <__d_vfprintf+0x630>
80403e44:	4781                	li	a5,0
80403e46:	0785                	add	a5,a5,1
80403e48:	c311                	beqz	a4,80403e4c <__d_vfprintf+0x636>
80403e4a:	0785                	add	a5,a5,1
80403e4c:	0c0d0963          	beqz	s10,80403f1e <__d_vfprintf+0x708>
80403e50:	001d0693          	add	a3,s10,1
80403e54:	97b6                	add	a5,a5,a3
80403e56:	4481                	li	s1,0
80403e58:	0167d463          	bge	a5,s6,80403e60 <__d_vfprintf+0x64a>
80403e5c:	40fb04b3          	sub	s1,s6,a5
80403e60:	009af793          	and	a5,s5,9
80403e64:	e789                	bnez	a5,80403e6e <__d_vfprintf+0x658>
80403e66:	94a2                	add	s1,s1,s0
80403e68:	0c849063          	bne	s1,s0,80403f28 <__d_vfprintf+0x712>
80403e6c:	4481                	li	s1,0
80403e6e:	c719                	beqz	a4,80403e7c <__d_vfprintf+0x666>
80403e70:	4582                	lw	a1,0(sp)
80403e72:	853a                	mv	a0,a4
80403e74:	0405                	add	s0,s0,1
80403e76:	9a02                	jalr	s4
80403e78:	9e0540e3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403e7c:	00bad793          	srl	a5,s5,0xb
80403e80:	8b85                	and	a5,a5,1
80403e82:	c395                	beqz	a5,80403ea6 <__d_vfprintf+0x690>
80403e84:	4582                	lw	a1,0(sp)
80403e86:	03000513          	li	a0,48
80403e8a:	9a02                	jalr	s4
80403e8c:	9c0546e3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403e90:	07800513          	li	a0,120
80403e94:	4582                	lw	a1,0(sp)
80403e96:	41250533          	sub	a0,a0,s2
80403e9a:	0f857513          	and	a0,a0,248
80403e9e:	0409                	add	s0,s0,2
80403ea0:	9a02                	jalr	s4
80403ea2:	9a054be3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403ea6:	008af793          	and	a5,s5,8
80403eaa:	e791                	bnez	a5,80403eb6 <__d_vfprintf+0x6a0>
80403eac:	8b22                	mv	s6,s0
80403eae:	9426                	add	s0,s0,s1
80403eb0:	09641663          	bne	s0,s6,80403f3c <__d_vfprintf+0x726>
80403eb4:	4481                	li	s1,0
80403eb6:	0c0d8f63          	beqz	s11,80403f94 <__d_vfprintf+0x77e>
80403eba:	8cce                	mv	s9,s3
80403ebc:	0009d363          	bgez	s3,80403ec2 <__d_vfprintf+0x6ac>
80403ec0:	4c81                	li	s9,0
80403ec2:	41998db3          	sub	s11,s3,s9
80403ec6:	41a00d33          	neg	s10,s10
80403eca:	5b7d                	li	s6,-1
80403ecc:	03000513          	li	a0,48
80403ed0:	017df663          	bgeu	s11,s7,80403edc <__d_vfprintf+0x6c6>
80403ed4:	103c                	add	a5,sp,40
80403ed6:	97ee                	add	a5,a5,s11
80403ed8:	0057c503          	lbu	a0,5(a5)
80403edc:	1cfd                	add	s9,s9,-1
80403ede:	00140c13          	add	s8,s0,1
80403ee2:	07acc563          	blt	s9,s10,80403f4c <__d_vfprintf+0x736>
80403ee6:	4582                	lw	a1,0(sp)
80403ee8:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80403eea:	9a02                	jalr	s4
80403eec:	960546e3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403ef0:	016c9a63          	bne	s9,s6,80403f04 <__d_vfprintf+0x6ee>
80403ef4:	4582                	lw	a1,0(sp)
80403ef6:	02e00513          	li	a0,46
80403efa:	9a02                	jalr	s4
80403efc:	94054ee3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403f00:	00240c13          	add	s8,s0,2
80403f04:	8462                	mv	s0,s8
80403f06:	b7d9                	j	80403ecc <__d_vfprintf+0x6b6>
80403f08:	fff78d13          	add	s10,a5,-1
80403f0c:	b725                	j	80403e34 <__d_vfprintf+0x61e>
80403f0e:	00bad693          	srl	a3,s5,0xb
80403f12:	8a85                	and	a3,a3,1
80403f14:	478d                	li	a5,3
80403f16:	c291                	beqz	a3,80403f1a <__d_vfprintf+0x704>
80403f18:	4795                	li	a5,5
80403f1a:	97e2                	add	a5,a5,s8
80403f1c:	b735                	j	80403e48 <__d_vfprintf+0x632>
80403f1e:	010af693          	and	a3,s5,16
80403f22:	da95                	beqz	a3,80403e56 <__d_vfprintf+0x640>
80403f24:	0785                	add	a5,a5,1
80403f26:	bf05                	j	80403e56 <__d_vfprintf+0x640>
80403f28:	4582                	lw	a1,0(sp)
80403f2a:	02000513          	li	a0,32
80403f2e:	c83a                	sw	a4,16(sp)
80403f30:	9a02                	jalr	s4
80403f32:	4742                	lw	a4,16(sp)
80403f34:	0405                	add	s0,s0,1
80403f36:	f20559e3          	bgez	a0,80403e68 <__d_vfprintf+0x652>
80403f3a:	ba39                	j	80403858 <__d_vfprintf+0x42>
80403f3c:	4582                	lw	a1,0(sp)
80403f3e:	03000513          	li	a0,48
80403f42:	0b05                	add	s6,s6,1
80403f44:	9a02                	jalr	s4
80403f46:	f60555e3          	bgez	a0,80403eb0 <__d_vfprintf+0x69a>
80403f4a:	b239                	j	80403858 <__d_vfprintf+0x42>
80403f4c:	033c9063          	bne	s9,s3,80403f6c <__d_vfprintf+0x756>
80403f50:	02d14703          	lbu	a4,45(sp)
80403f54:	03500793          	li	a5,53
80403f58:	00e7e863          	bltu	a5,a4,80403f68 <__d_vfprintf+0x752>
80403f5c:	00f71863          	bne	a4,a5,80403f6c <__d_vfprintf+0x756>
80403f60:	02c14783          	lbu	a5,44(sp)
80403f64:	8bc1                	and	a5,a5,16
80403f66:	e399                	bnez	a5,80403f6c <__d_vfprintf+0x756>
80403f68:	03100513          	li	a0,49
80403f6c:	4582                	lw	a1,0(sp)
80403f6e:	9a02                	jalr	s4
80403f70:	8e0544e3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403f74:	010afa93          	and	s5,s5,16
80403f78:	e60a84e3          	beqz	s5,80403de0 <__d_vfprintf+0x5ca>
80403f7c:	57fd                	li	a5,-1
80403f7e:	e6fc91e3          	bne	s9,a5,80403de0 <__d_vfprintf+0x5ca>
80403f82:	4582                	lw	a1,0(sp)
80403f84:	00240c13          	add	s8,s0,2
80403f88:	02e00513          	li	a0,46
80403f8c:	9a02                	jalr	s4
80403f8e:	e40559e3          	bgez	a0,80403de0 <__d_vfprintf+0x5ca>
80403f92:	b0d9                	j	80403858 <__d_vfprintf+0x42>
80403f94:	02d14503          	lbu	a0,45(sp)
80403f98:	03100793          	li	a5,49
80403f9c:	00f50763          	beq	a0,a5,80403faa <__d_vfprintf+0x794>
80403fa0:	02c14783          	lbu	a5,44(sp)
80403fa4:	9bbd                	and	a5,a5,-17
80403fa6:	02f10623          	sb	a5,44(sp)
80403faa:	4582                	lw	a1,0(sp)
80403fac:	9a02                	jalr	s4
80403fae:	8a0545e3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403fb2:	0da05a63          	blez	s10,80404086 <__d_vfprintf+0x870>
80403fb6:	4582                	lw	a1,0(sp)
80403fb8:	02e00513          	li	a0,46
80403fbc:	0409                	add	s0,s0,2
80403fbe:	9a02                	jalr	s4
80403fc0:	88054ce3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403fc4:	4a85                	li	s5,1
80403fc6:	4785                	li	a5,1
80403fc8:	0405                	add	s0,s0,1
80403fca:	03000513          	li	a0,48
80403fce:	017af863          	bgeu	s5,s7,80403fde <__d_vfprintf+0x7c8>
80403fd2:	02078793          	add	a5,a5,32
80403fd6:	1018                	add	a4,sp,32
80403fd8:	97ba                	add	a5,a5,a4
80403fda:	fed7c503          	lbu	a0,-19(a5)
80403fde:	4582                	lw	a1,0(sp)
80403fe0:	9a02                	jalr	s4
80403fe2:	86054be3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80403fe6:	0a85                	add	s5,s5,1
80403fe8:	0ffafa93          	zext.b	s5,s5
80403fec:	87d6                	mv	a5,s5
80403fee:	fd5d5de3          	bge	s10,s5,80403fc8 <__d_vfprintf+0x7b2>
80403ff2:	4582                	lw	a1,0(sp)
80403ff4:	412c8533          	sub	a0,s9,s2
80403ff8:	0ff57513          	zext.b	a0,a0
80403ffc:	9a02                	jalr	s4
80403ffe:	84054de3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80404002:	0009ca63          	bltz	s3,80404016 <__d_vfprintf+0x800>
80404006:	02b00513          	li	a0,43
8040400a:	00099a63          	bnez	s3,8040401e <__d_vfprintf+0x808>
8040400e:	02c14783          	lbu	a5,44(sp)
80404012:	8bc1                	and	a5,a5,16
80404014:	c789                	beqz	a5,8040401e <__d_vfprintf+0x808>
80404016:	413009b3          	neg	s3,s3
8040401a:	02d00513          	li	a0,45
8040401e:	4582                	lw	a1,0(sp)
80404020:	9a02                	jalr	s4
80404022:	82054be3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80404026:	4791                	li	a5,4
80404028:	06fc1e63          	bne	s8,a5,804040a4 <__d_vfprintf+0x88e>
8040402c:	3e800913          	li	s2,1000
80404030:	0329c533          	div	a0,s3,s2
80404034:	4582                	lw	a1,0(sp)
80404036:	040d                	add	s0,s0,3
80404038:	03050513          	add	a0,a0,48
8040403c:	0ff57513          	zext.b	a0,a0
80404040:	9a02                	jalr	s4
80404042:	80054be3          	bltz	a0,80403858 <__d_vfprintf+0x42>
80404046:	0329e9b3          	rem	s3,s3,s2
8040404a:	06400913          	li	s2,100
8040404e:	4582                	lw	a1,0(sp)
80404050:	0405                	add	s0,s0,1
80404052:	0329c533          	div	a0,s3,s2
80404056:	03050513          	add	a0,a0,48
8040405a:	0ff57513          	zext.b	a0,a0
8040405e:	9a02                	jalr	s4
80404060:	fe054c63          	bltz	a0,80403858 <__d_vfprintf+0x42>
80404064:	0329e9b3          	rem	s3,s3,s2
80404068:	4929                	li	s2,10
8040406a:	4582                	lw	a1,0(sp)
8040406c:	0405                	add	s0,s0,1
8040406e:	0329c533          	div	a0,s3,s2
80404072:	03050513          	add	a0,a0,48
80404076:	0ff57513          	zext.b	a0,a0
8040407a:	9a02                	jalr	s4
8040407c:	fc054e63          	bltz	a0,80403858 <__d_vfprintf+0x42>
80404080:	0329e9b3          	rem	s3,s3,s2
80404084:	a03d                	j	804040b2 <__d_vfprintf+0x89c>
80404086:	010afa93          	and	s5,s5,16
8040408a:	000a9463          	bnez	s5,80404092 <__d_vfprintf+0x87c>
8040408e:	0405                	add	s0,s0,1
80404090:	b78d                	j	80403ff2 <__d_vfprintf+0x7dc>
80404092:	4582                	lw	a1,0(sp)
80404094:	02e00513          	li	a0,46
80404098:	0409                	add	s0,s0,2
8040409a:	9a02                	jalr	s4
8040409c:	f4055be3          	bgez	a0,80403ff2 <__d_vfprintf+0x7dc>
804040a0:	fb8ff06f          	j	80403858 <__d_vfprintf+0x42>
804040a4:	478d                	li	a5,3
804040a6:	0409                	add	s0,s0,2
804040a8:	fafc01e3          	beq	s8,a5,8040404a <__d_vfprintf+0x834>
804040ac:	4785                	li	a5,1
804040ae:	fafc1de3          	bne	s8,a5,80404068 <__d_vfprintf+0x852>
804040b2:	03098513          	add	a0,s3,48
804040b6:	4582                	lw	a1,0(sp)
804040b8:	00140c13          	add	s8,s0,1
804040bc:	0ff57513          	zext.b	a0,a0
804040c0:	b5f1                	j	80403f8c <__d_vfprintf+0x776>
804040c2:	f9d90793          	add	a5,s2,-99
804040c6:	0ff7f793          	zext.b	a5,a5
804040ca:	4749                	li	a4,18
804040cc:	20f76363          	bltu	a4,a5,804042d2 <__d_vfprintf+0xabc>
804040d0:	80406737          	lui	a4,0x80406
804040d4:	078a                	sll	a5,a5,0x2
804040d6:	b9470713          	add	a4,a4,-1132 # 80405b94 <ops+0x50>
804040da:	97ba                	add	a5,a5,a4
804040dc:	439c                	lw	a5,0(a5)
804040de:	8782                	jr	a5
804040e0:	5792                	lw	a5,36(sp)
804040e2:	4485                	li	s1,1
804040e4:	02810993          	add	s3,sp,40
804040e8:	00478713          	add	a4,a5,4
804040ec:	439c                	lw	a5,0(a5)
804040ee:	d23a                	sw	a4,36(sp)
804040f0:	02f10423          	sb	a5,40(sp)
804040f4:	008df813          	and	a6,s11,8
804040f8:	06080063          	beqz	a6,80404158 <__d_vfprintf+0x942>
804040fc:	4901                	li	s2,0
804040fe:	05249f63          	bne	s1,s2,8040415c <__d_vfprintf+0x946>
80404102:	00940c33          	add	s8,s0,s1
80404106:	409b04b3          	sub	s1,s6,s1
8040410a:	b9d9                	j	80403de0 <__d_vfprintf+0x5ca>
8040410c:	5792                	lw	a5,36(sp)
8040410e:	00478713          	add	a4,a5,4
80404112:	d23a                	sw	a4,36(sp)
80404114:	0007a983          	lw	s3,0(a5)
80404118:	00099663          	bnez	s3,80404124 <__d_vfprintf+0x90e>
8040411c:	804069b7          	lui	s3,0x80406
80404120:	02498993          	add	s3,s3,36 # 80406024 <__clz_tab+0x108>
80404124:	040df793          	and	a5,s11,64
80404128:	55fd                	li	a1,-1
8040412a:	c391                	beqz	a5,8040412e <__d_vfprintf+0x918>
8040412c:	85ea                	mv	a1,s10
8040412e:	854e                	mv	a0,s3
80404130:	00001097          	auipc	ra,0x1
80404134:	da0080e7          	jalr	-608(ra) # 80404ed0 <strnlen>
80404138:	84aa                	mv	s1,a0
8040413a:	bf6d                	j	804040f4 <__d_vfprintf+0x8de>
8040413c:	4582                	lw	a1,0(sp)
8040413e:	02000513          	li	a0,32
80404142:	9a02                	jalr	s4
80404144:	f0054a63          	bltz	a0,80403858 <__d_vfprintf+0x42>
80404148:	197d                	add	s2,s2,-1
8040414a:	ff24e9e3          	bltu	s1,s2,8040413c <__d_vfprintf+0x926>
8040414e:	945a                	add	s0,s0,s6
80404150:	41240433          	sub	s0,s0,s2
80404154:	8b4a                	mv	s6,s2
80404156:	b75d                	j	804040fc <__d_vfprintf+0x8e6>
80404158:	895a                	mv	s2,s6
8040415a:	bfc5                	j	8040414a <__d_vfprintf+0x934>
8040415c:	012987b3          	add	a5,s3,s2
80404160:	4582                	lw	a1,0(sp)
80404162:	0007c503          	lbu	a0,0(a5)
80404166:	0905                	add	s2,s2,1
80404168:	9a02                	jalr	s4
8040416a:	f8055ae3          	bgez	a0,804040fe <__d_vfprintf+0x8e8>
8040416e:	eeaff06f          	j	80403858 <__d_vfprintf+0x42>
80404172:	080df713          	and	a4,s11,128
80404176:	5792                	lw	a5,36(sp)
80404178:	cf59                	beqz	a4,80404216 <__d_vfprintf+0xa00>
8040417a:	200df713          	and	a4,s11,512
8040417e:	c749                	beqz	a4,80404208 <__d_vfprintf+0x9f2>
80404180:	079d                	add	a5,a5,7
80404182:	9be1                	and	a5,a5,-8
80404184:	4388                	lw	a0,0(a5)
80404186:	43cc                	lw	a1,4(a5)
80404188:	00878713          	add	a4,a5,8
8040418c:	d23a                	sw	a4,36(sp)
8040418e:	fefdf993          	and	s3,s11,-17
80404192:	09c2                	sll	s3,s3,0x10
80404194:	0109d993          	srl	s3,s3,0x10
80404198:	0805df63          	bgez	a1,80404236 <__d_vfprintf+0xa20>
8040419c:	00a037b3          	snez	a5,a0
804041a0:	40b005b3          	neg	a1,a1
804041a4:	8d9d                	sub	a1,a1,a5
804041a6:	40a00533          	neg	a0,a0
804041aa:	4009e993          	or	s3,s3,1024
804041ae:	02810a93          	add	s5,sp,40
804041b2:	46a9                	li	a3,10
804041b4:	8656                	mv	a2,s5
804041b6:	fffff097          	auipc	ra,0xfffff
804041ba:	44c080e7          	jalr	1100(ra) # 80403602 <__ultoa_invert>
804041be:	0409f793          	and	a5,s3,64
804041c2:	41550ab3          	sub	s5,a0,s5
804041c6:	c7f5                	beqz	a5,804042b2 <__d_vfprintf+0xa9c>
804041c8:	ffe9f793          	and	a5,s3,-2
804041cc:	07c2                	sll	a5,a5,0x10
804041ce:	83c1                	srl	a5,a5,0x10
804041d0:	19aad563          	bge	s5,s10,8040435a <__d_vfprintf+0xb44>
804041d4:	16090c63          	beqz	s2,8040434c <__d_vfprintf+0xb36>
804041d8:	0109fc13          	and	s8,s3,16
804041dc:	84ea                	mv	s1,s10
804041de:	89be                	mv	s3,a5
804041e0:	060c0a63          	beqz	s8,80404254 <__d_vfprintf+0xa3e>
804041e4:	0489                	add	s1,s1,2
804041e6:	0089f793          	and	a5,s3,8
804041ea:	18079a63          	bnez	a5,8040437e <__d_vfprintf+0xb68>
804041ee:	0019f793          	and	a5,s3,1
804041f2:	cb89                	beqz	a5,80404204 <__d_vfprintf+0x9ee>
804041f4:	8d56                	mv	s10,s5
804041f6:	0164d763          	bge	s1,s6,80404204 <__d_vfprintf+0x9ee>
804041fa:	409b04b3          	sub	s1,s6,s1
804041fe:	01548d33          	add	s10,s1,s5
80404202:	84da                	mv	s1,s6
80404204:	8ba6                	mv	s7,s1
80404206:	a2ad                	j	80404370 <__d_vfprintf+0xb5a>
80404208:	4388                	lw	a0,0(a5)
8040420a:	00478713          	add	a4,a5,4
8040420e:	d23a                	sw	a4,36(sp)
80404210:	41f55593          	sra	a1,a0,0x1f
80404214:	bfad                	j	8040418e <__d_vfprintf+0x978>
80404216:	00478713          	add	a4,a5,4
8040421a:	4388                	lw	a0,0(a5)
8040421c:	d23a                	sw	a4,36(sp)
8040421e:	100df793          	and	a5,s11,256
80404222:	d7fd                	beqz	a5,80404210 <__d_vfprintf+0x9fa>
80404224:	200df793          	and	a5,s11,512
80404228:	c781                	beqz	a5,80404230 <__d_vfprintf+0xa1a>
8040422a:	0562                	sll	a0,a0,0x18
8040422c:	8561                	sra	a0,a0,0x18
8040422e:	b7cd                	j	80404210 <__d_vfprintf+0x9fa>
80404230:	0542                	sll	a0,a0,0x10
80404232:	8541                	sra	a0,a0,0x10
80404234:	bff1                	j	80404210 <__d_vfprintf+0x9fa>
80404236:	00b567b3          	or	a5,a0,a1
8040423a:	fbb5                	bnez	a5,804041ae <__d_vfprintf+0x998>
8040423c:	040df793          	and	a5,s11,64
80404240:	d7bd                	beqz	a5,804041ae <__d_vfprintf+0x998>
80404242:	f60d16e3          	bnez	s10,804041ae <__d_vfprintf+0x998>
80404246:	feedf993          	and	s3,s11,-18
8040424a:	09c2                	sll	s3,s3,0x10
8040424c:	0109d993          	srl	s3,s3,0x10
80404250:	4a81                	li	s5,0
80404252:	4481                	li	s1,0
80404254:	4069fc13          	and	s8,s3,1030
80404258:	f80c07e3          	beqz	s8,804041e6 <__d_vfprintf+0x9d0>
8040425c:	0485                	add	s1,s1,1
8040425e:	4c01                	li	s8,0
80404260:	b759                	j	804041e6 <__d_vfprintf+0x9d0>
80404262:	fefdf813          	and	a6,s11,-17
80404266:	01081d93          	sll	s11,a6,0x10
8040426a:	010ddd93          	srl	s11,s11,0x10
8040426e:	46a9                	li	a3,10
80404270:	080df713          	and	a4,s11,128
80404274:	5792                	lw	a5,36(sp)
80404276:	c355                	beqz	a4,8040431a <__d_vfprintf+0xb04>
80404278:	200df713          	and	a4,s11,512
8040427c:	cb49                	beqz	a4,8040430e <__d_vfprintf+0xaf8>
8040427e:	079d                	add	a5,a5,7
80404280:	9be1                	and	a5,a5,-8
80404282:	4388                	lw	a0,0(a5)
80404284:	43cc                	lw	a1,4(a5)
80404286:	00878713          	add	a4,a5,8
8040428a:	d23a                	sw	a4,36(sp)
8040428c:	00b567b3          	or	a5,a0,a1
80404290:	e7cd                	bnez	a5,8040433a <__d_vfprintf+0xb24>
80404292:	fe9df993          	and	s3,s11,-23
80404296:	09c2                	sll	s3,s3,0x10
80404298:	040df793          	and	a5,s11,64
8040429c:	0109d993          	srl	s3,s3,0x10
804042a0:	c3dd                	beqz	a5,80404346 <__d_vfprintf+0xb30>
804042a2:	0a0d1263          	bnez	s10,80404346 <__d_vfprintf+0xb30>
804042a6:	fe8df993          	and	s3,s11,-24
804042aa:	09c2                	sll	s3,s3,0x10
804042ac:	0109d993          	srl	s3,s3,0x10
804042b0:	4a81                	li	s5,0
804042b2:	0109fc13          	and	s8,s3,16
804042b6:	0a0c0463          	beqz	s8,8040435e <__d_vfprintf+0xb48>
804042ba:	001a8493          	add	s1,s5,1
804042be:	f20904e3          	beqz	s2,804041e6 <__d_vfprintf+0x9d0>
804042c2:	84d6                	mv	s1,s5
804042c4:	b705                	j	804041e4 <__d_vfprintf+0x9ce>
804042c6:	010ded93          	or	s11,s11,16
804042ca:	46c1                	li	a3,16
804042cc:	07800913          	li	s2,120
804042d0:	b745                	j	80404270 <__d_vfprintf+0xa5a>
804042d2:	07800793          	li	a5,120
804042d6:	00fc9a63          	bne	s9,a5,804042ea <__d_vfprintf+0xad4>
804042da:	05800793          	li	a5,88
804042de:	46c1                	li	a3,16
804042e0:	f8f918e3          	bne	s2,a5,80404270 <__d_vfprintf+0xa5a>
804042e4:	21000693          	li	a3,528
804042e8:	b761                	j	80404270 <__d_vfprintf+0xa5a>
804042ea:	4582                	lw	a1,0(sp)
804042ec:	02500513          	li	a0,37
804042f0:	9a02                	jalr	s4
804042f2:	d6054363          	bltz	a0,80403858 <__d_vfprintf+0x42>
804042f6:	4582                	lw	a1,0(sp)
804042f8:	854a                	mv	a0,s2
804042fa:	9a02                	jalr	s4
804042fc:	d4054e63          	bltz	a0,80403858 <__d_vfprintf+0x42>
80404300:	0409                	add	s0,s0,2
80404302:	4792                	lw	a5,4(sp)
80404304:	d34ff06f          	j	80403838 <__d_vfprintf+0x22>
80404308:	46a1                	li	a3,8
8040430a:	4901                	li	s2,0
8040430c:	b795                	j	80404270 <__d_vfprintf+0xa5a>
8040430e:	4388                	lw	a0,0(a5)
80404310:	00478713          	add	a4,a5,4
80404314:	d23a                	sw	a4,36(sp)
80404316:	4581                	li	a1,0
80404318:	bf95                	j	8040428c <__d_vfprintf+0xa76>
8040431a:	00478713          	add	a4,a5,4
8040431e:	4388                	lw	a0,0(a5)
80404320:	d23a                	sw	a4,36(sp)
80404322:	100df793          	and	a5,s11,256
80404326:	dbe5                	beqz	a5,80404316 <__d_vfprintf+0xb00>
80404328:	200df793          	and	a5,s11,512
8040432c:	c781                	beqz	a5,80404334 <__d_vfprintf+0xb1e>
8040432e:	0ff57513          	zext.b	a0,a0
80404332:	b7d5                	j	80404316 <__d_vfprintf+0xb00>
80404334:	0542                	sll	a0,a0,0x10
80404336:	8141                	srl	a0,a0,0x10
80404338:	bff9                	j	80404316 <__d_vfprintf+0xb00>
8040433a:	ff9df813          	and	a6,s11,-7
8040433e:	01081993          	sll	s3,a6,0x10
80404342:	0109d993          	srl	s3,s3,0x10
80404346:	02810a93          	add	s5,sp,40
8040434a:	b5ad                	j	804041b4 <__d_vfprintf+0x99e>
8040434c:	fee9f993          	and	s3,s3,-18
80404350:	09c2                	sll	s3,s3,0x10
80404352:	0109d993          	srl	s3,s3,0x10
80404356:	84ea                	mv	s1,s10
80404358:	bdf5                	j	80404254 <__d_vfprintf+0xa3e>
8040435a:	89be                	mv	s3,a5
8040435c:	bf99                	j	804042b2 <__d_vfprintf+0xa9c>
8040435e:	84d6                	mv	s1,s5
80404360:	bdd5                	j	80404254 <__d_vfprintf+0xa3e>
80404362:	4582                	lw	a1,0(sp)
80404364:	02000513          	li	a0,32
80404368:	9a02                	jalr	s4
8040436a:	ce054763          	bltz	a0,80403858 <__d_vfprintf+0x42>
8040436e:	0b85                	add	s7,s7,1
80404370:	ff6bc9e3          	blt	s7,s6,80404362 <__d_vfprintf+0xb4c>
80404374:	409404b3          	sub	s1,s0,s1
80404378:	01748433          	add	s0,s1,s7
8040437c:	84de                	mv	s1,s7
8040437e:	020c0363          	beqz	s8,804043a4 <__d_vfprintf+0xb8e>
80404382:	4582                	lw	a1,0(sp)
80404384:	03000513          	li	a0,48
80404388:	9a02                	jalr	s4
8040438a:	cc054763          	bltz	a0,80403858 <__d_vfprintf+0x42>
8040438e:	04090d63          	beqz	s2,804043e8 <__d_vfprintf+0xbd2>
80404392:	4582                	lw	a1,0(sp)
80404394:	0409                	add	s0,s0,2
80404396:	854a                	mv	a0,s2
80404398:	9a02                	jalr	s4
8040439a:	ca054f63          	bltz	a0,80403858 <__d_vfprintf+0x42>
8040439e:	8c22                	mv	s8,s0
804043a0:	9d22                	add	s10,s10,s0
804043a2:	a81d                	j	804043d8 <__d_vfprintf+0xbc2>
804043a4:	4069f793          	and	a5,s3,1030
804043a8:	dbfd                	beqz	a5,8040439e <__d_vfprintf+0xb88>
804043aa:	0029f793          	and	a5,s3,2
804043ae:	02000513          	li	a0,32
804043b2:	c399                	beqz	a5,804043b8 <__d_vfprintf+0xba2>
804043b4:	02b00513          	li	a0,43
804043b8:	4009f993          	and	s3,s3,1024
804043bc:	00098463          	beqz	s3,804043c4 <__d_vfprintf+0xbae>
804043c0:	02d00513          	li	a0,45
804043c4:	4582                	lw	a1,0(sp)
804043c6:	0405                	add	s0,s0,1
804043c8:	bfc1                	j	80404398 <__d_vfprintf+0xb82>
804043ca:	4582                	lw	a1,0(sp)
804043cc:	03000513          	li	a0,48
804043d0:	0c05                	add	s8,s8,1
804043d2:	9a02                	jalr	s4
804043d4:	c8054263          	bltz	a0,80403858 <__d_vfprintf+0x42>
804043d8:	418d07b3          	sub	a5,s10,s8
804043dc:	fefac7e3          	blt	s5,a5,804043ca <__d_vfprintf+0xbb4>
804043e0:	8456                	mv	s0,s5
804043e2:	e409                	bnez	s0,804043ec <__d_vfprintf+0xbd6>
804043e4:	9c56                	add	s8,s8,s5
804043e6:	b305                	j	80404106 <__d_vfprintf+0x8f0>
804043e8:	0405                	add	s0,s0,1
804043ea:	bf55                	j	8040439e <__d_vfprintf+0xb88>
804043ec:	147d                	add	s0,s0,-1
804043ee:	103c                	add	a5,sp,40
804043f0:	97a2                	add	a5,a5,s0
804043f2:	4582                	lw	a1,0(sp)
804043f4:	0007c503          	lbu	a0,0(a5)
804043f8:	9a02                	jalr	s4
804043fa:	fe0554e3          	bgez	a0,804043e2 <__d_vfprintf+0xbcc>
804043fe:	c5aff06f          	j	80403858 <__d_vfprintf+0x42>
80404402:	4582                	lw	a1,0(sp)
80404404:	02000513          	li	a0,32
80404408:	0405                	add	s0,s0,1
8040440a:	9a02                	jalr	s4
8040440c:	c4054663          	bltz	a0,80403858 <__d_vfprintf+0x42>
80404410:	408487b3          	sub	a5,s1,s0
80404414:	fef047e3          	bgtz	a5,80404402 <__d_vfprintf+0xbec>
80404418:	b5ed                	j	80404302 <__d_vfprintf+0xaec>

8040441a <mulShiftAll64>:
8040441a:	fffff317          	auipc	t1,0xfffff
8040441e:	124302e7          	jalr	t0,292(t1) # 8040353e <__riscv_save_10>
80404422:	84b2                	mv	s1,a2
80404424:	00159913          	sll	s2,a1,0x1
80404428:	4210                	lw	a2,0(a2)
8040442a:	8ab6                	mv	s5,a3
8040442c:	89be                	mv	s3,a5
8040442e:	40d4                	lw	a3,4(s1)
80404430:	01f55793          	srl	a5,a0,0x1f
80404434:	1141                	add	sp,sp,-16
80404436:	0127e933          	or	s2,a5,s2
8040443a:	00151413          	sll	s0,a0,0x1
8040443e:	8522                	mv	a0,s0
80404440:	85ca                	mv	a1,s2
80404442:	8bba                	mv	s7,a4
80404444:	870a                	mv	a4,sp
80404446:	8b42                	mv	s6,a6
80404448:	00001097          	auipc	ra,0x1
8040444c:	9fc080e7          	jalr	-1540(ra) # 80404e44 <__umul128>
80404450:	44d4                	lw	a3,12(s1)
80404452:	4490                	lw	a2,8(s1)
80404454:	0038                	add	a4,sp,8
80404456:	8caa                	mv	s9,a0
80404458:	8c2e                	mv	s8,a1
8040445a:	8522                	mv	a0,s0
8040445c:	85ca                	mv	a1,s2
8040445e:	00001097          	auipc	ra,0x1
80404462:	9e6080e7          	jalr	-1562(ra) # 80404e44 <__umul128>
80404466:	4682                	lw	a3,0(sp)
80404468:	4712                	lw	a4,4(sp)
8040446a:	4785                	li	a5,1
8040446c:	00d50933          	add	s2,a0,a3
80404470:	00a93533          	sltu	a0,s2,a0
80404474:	95ba                	add	a1,a1,a4
80404476:	00b50433          	add	s0,a0,a1
8040447a:	00e46763          	bltu	s0,a4,80404488 <mulShiftAll64+0x6e>
8040447e:	00871463          	bne	a4,s0,80404486 <mulShiftAll64+0x6c>
80404482:	00d96363          	bltu	s2,a3,80404488 <mulShiftAll64+0x6e>
80404486:	4781                	li	a5,0
80404488:	4622                	lw	a2,8(sp)
8040448a:	4732                	lw	a4,12(sp)
8040448c:	963e                	add	a2,a2,a5
8040448e:	00f637b3          	sltu	a5,a2,a5
80404492:	00e786b3          	add	a3,a5,a4
80404496:	4098                	lw	a4,0(s1)
80404498:	40dc                	lw	a5,4(s1)
8040449a:	c432                	sw	a2,8(sp)
8040449c:	9766                	add	a4,a4,s9
8040449e:	97e2                	add	a5,a5,s8
804044a0:	019735b3          	sltu	a1,a4,s9
804044a4:	95be                	add	a1,a1,a5
804044a6:	c636                	sw	a3,12(sp)
804044a8:	4785                	li	a5,1
804044aa:	0185e763          	bltu	a1,s8,804044b8 <mulShiftAll64+0x9e>
804044ae:	00bc1463          	bne	s8,a1,804044b6 <mulShiftAll64+0x9c>
804044b2:	01976363          	bltu	a4,s9,804044b8 <mulShiftAll64+0x9e>
804044b6:	4781                	li	a5,0
804044b8:	4498                	lw	a4,8(s1)
804044ba:	44c8                	lw	a0,12(s1)
804044bc:	fbfa8a13          	add	s4,s5,-65
804044c0:	974a                	add	a4,a4,s2
804044c2:	9522                	add	a0,a0,s0
804044c4:	012735b3          	sltu	a1,a4,s2
804044c8:	95aa                	add	a1,a1,a0
804044ca:	00e78533          	add	a0,a5,a4
804044ce:	00f537b3          	sltu	a5,a0,a5
804044d2:	95be                	add	a1,a1,a5
804044d4:	4785                	li	a5,1
804044d6:	0085e763          	bltu	a1,s0,804044e4 <mulShiftAll64+0xca>
804044da:	00b41463          	bne	s0,a1,804044e2 <mulShiftAll64+0xc8>
804044de:	01256363          	bltu	a0,s2,804044e4 <mulShiftAll64+0xca>
804044e2:	4781                	li	a5,0
804044e4:	963e                	add	a2,a2,a5
804044e6:	00f637b3          	sltu	a5,a2,a5
804044ea:	8752                	mv	a4,s4
804044ec:	96be                	add	a3,a3,a5
804044ee:	00001097          	auipc	ra,0x1
804044f2:	9a2080e7          	jalr	-1630(ra) # 80404e90 <__shiftright128>
804044f6:	00aba023          	sw	a0,0(s7)
804044fa:	00bba223          	sw	a1,4(s7)
804044fe:	4785                	li	a5,1
80404500:	48a2                	lw	a7,8(sp)
80404502:	4832                	lw	a6,12(sp)
80404504:	40cc                	lw	a1,4(s1)
80404506:	4488                	lw	a0,8(s1)
80404508:	44d8                	lw	a4,12(s1)
8040450a:	06fb1d63          	bne	s6,a5,80404584 <mulShiftAll64+0x16a>
8040450e:	40a906b3          	sub	a3,s2,a0
80404512:	00d93633          	sltu	a2,s2,a3
80404516:	40e407b3          	sub	a5,s0,a4
8040451a:	8f91                	sub	a5,a5,a2
8040451c:	4505                	li	a0,1
8040451e:	00bc6863          	bltu	s8,a1,8040452e <mulShiftAll64+0x114>
80404522:	01859563          	bne	a1,s8,8040452c <mulShiftAll64+0x112>
80404526:	4098                	lw	a4,0(s1)
80404528:	00ece363          	bltu	s9,a4,8040452e <mulShiftAll64+0x114>
8040452c:	4501                	li	a0,0
8040452e:	40a68533          	sub	a0,a3,a0
80404532:	00a6b6b3          	sltu	a3,a3,a0
80404536:	40d785b3          	sub	a1,a5,a3
8040453a:	4605                	li	a2,1
8040453c:	00b46763          	bltu	s0,a1,8040454a <mulShiftAll64+0x130>
80404540:	00859463          	bne	a1,s0,80404548 <mulShiftAll64+0x12e>
80404544:	00a96363          	bltu	s2,a0,8040454a <mulShiftAll64+0x130>
80404548:	4601                	li	a2,0
8040454a:	40c88633          	sub	a2,a7,a2
8040454e:	00c8b6b3          	sltu	a3,a7,a2
80404552:	8752                	mv	a4,s4
80404554:	40d806b3          	sub	a3,a6,a3
80404558:	00001097          	auipc	ra,0x1
8040455c:	938080e7          	jalr	-1736(ra) # 80404e90 <__shiftright128>
80404560:	4622                	lw	a2,8(sp)
80404562:	46b2                	lw	a3,12(sp)
80404564:	00a9a023          	sw	a0,0(s3)
80404568:	00b9a223          	sw	a1,4(s3)
8040456c:	8752                	mv	a4,s4
8040456e:	854a                	mv	a0,s2
80404570:	85a2                	mv	a1,s0
80404572:	00001097          	auipc	ra,0x1
80404576:	91e080e7          	jalr	-1762(ra) # 80404e90 <__shiftright128>
8040457a:	0141                	add	sp,sp,16
8040457c:	fffff317          	auipc	t1,0xfffff
80404580:	ffa30067          	jr	-6(t1) # 80403576 <__riscv_restore_10>
80404584:	01fcd793          	srl	a5,s9,0x1f
80404588:	001c1613          	sll	a2,s8,0x1
8040458c:	8e5d                	or	a2,a2,a5
8040458e:	01f95693          	srl	a3,s2,0x1f
80404592:	00141793          	sll	a5,s0,0x1
80404596:	001c9e93          	sll	t4,s9,0x1
8040459a:	8fd5                	or	a5,a5,a3
8040459c:	00191313          	sll	t1,s2,0x1
804045a0:	4e05                	li	t3,1
804045a2:	01866763          	bltu	a2,s8,804045b0 <mulShiftAll64+0x196>
804045a6:	00cc1463          	bne	s8,a2,804045ae <mulShiftAll64+0x194>
804045aa:	019ee363          	bltu	t4,s9,804045b0 <mulShiftAll64+0x196>
804045ae:	4e01                	li	t3,0
804045b0:	9e1a                	add	t3,t3,t1
804045b2:	006e3333          	sltu	t1,t3,t1
804045b6:	933e                	add	t1,t1,a5
804045b8:	4785                	li	a5,1
804045ba:	00b66863          	bltu	a2,a1,804045ca <mulShiftAll64+0x1b0>
804045be:	00c59563          	bne	a1,a2,804045c8 <mulShiftAll64+0x1ae>
804045c2:	4094                	lw	a3,0(s1)
804045c4:	00dee363          	bltu	t4,a3,804045ca <mulShiftAll64+0x1b0>
804045c8:	4781                	li	a5,0
804045ca:	40fe07b3          	sub	a5,t3,a5
804045ce:	00fe35b3          	sltu	a1,t3,a5
804045d2:	40b305b3          	sub	a1,t1,a1
804045d6:	40a78533          	sub	a0,a5,a0
804045da:	00a7b7b3          	sltu	a5,a5,a0
804045de:	8d99                	sub	a1,a1,a4
804045e0:	01f8d693          	srl	a3,a7,0x1f
804045e4:	8d9d                	sub	a1,a1,a5
804045e6:	00181793          	sll	a5,a6,0x1
804045ea:	8fd5                	or	a5,a5,a3
804045ec:	fc0a8713          	add	a4,s5,-64
804045f0:	0886                	sll	a7,a7,0x1
804045f2:	4685                	li	a3,1
804045f4:	00836763          	bltu	t1,s0,80404602 <mulShiftAll64+0x1e8>
804045f8:	00641463          	bne	s0,t1,80404600 <mulShiftAll64+0x1e6>
804045fc:	012e6363          	bltu	t3,s2,80404602 <mulShiftAll64+0x1e8>
80404600:	4681                	li	a3,0
80404602:	96c6                	add	a3,a3,a7
80404604:	0116b8b3          	sltu	a7,a3,a7
80404608:	98be                	add	a7,a7,a5
8040460a:	4605                	li	a2,1
8040460c:	00b36763          	bltu	t1,a1,8040461a <mulShiftAll64+0x200>
80404610:	00659463          	bne	a1,t1,80404618 <mulShiftAll64+0x1fe>
80404614:	00ae6363          	bltu	t3,a0,8040461a <mulShiftAll64+0x200>
80404618:	4601                	li	a2,0
8040461a:	40c68633          	sub	a2,a3,a2
8040461e:	00c6b6b3          	sltu	a3,a3,a2
80404622:	40d886b3          	sub	a3,a7,a3
80404626:	bf0d                	j	80404558 <mulShiftAll64+0x13e>

80404628 <div10>:
80404628:	fffff317          	auipc	t1,0xfffff
8040462c:	f3e302e7          	jalr	t0,-194(t1) # 80403566 <__riscv_save_0>
80404630:	804067b7          	lui	a5,0x80406
80404634:	0387a603          	lw	a2,56(a5) # 80406038 <stdout+0x4>
80404638:	03c7a683          	lw	a3,60(a5)
8040463c:	1141                	add	sp,sp,-16
8040463e:	0038                	add	a4,sp,8
80404640:	00001097          	auipc	ra,0x1
80404644:	804080e7          	jalr	-2044(ra) # 80404e44 <__umul128>
80404648:	45b2                	lw	a1,12(sp)
8040464a:	47a2                	lw	a5,8(sp)
8040464c:	01d59513          	sll	a0,a1,0x1d
80404650:	838d                	srl	a5,a5,0x3
80404652:	8d5d                	or	a0,a0,a5
80404654:	818d                	srl	a1,a1,0x3
80404656:	0141                	add	sp,sp,16
80404658:	fffff317          	auipc	t1,0xfffff
8040465c:	f3230067          	jr	-206(t1) # 8040358a <__riscv_restore_0>

80404660 <__dtoa_engine>:
80404660:	fffff317          	auipc	t1,0xfffff
80404664:	ed6302e7          	jalr	t0,-298(t1) # 80403536 <__riscv_save_12>
80404668:	715d                	add	sp,sp,-80
8040466a:	8bb6                	mv	s7,a3
8040466c:	001006b7          	lui	a3,0x100
80404670:	c43a                	sw	a4,8(sp)
80404672:	c63e                	sw	a5,12(sp)
80404674:	01f5d713          	srl	a4,a1,0x1f
80404678:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
8040467c:	0145d793          	srl	a5,a1,0x14
80404680:	00bdfdb3          	and	s11,s11,a1
80404684:	c03a                	sw	a4,0(sp)
80404686:	7ff7f413          	and	s0,a5,2047
8040468a:	84aa                	mv	s1,a0
8040468c:	8ab2                	mv	s5,a2
8040468e:	00ade733          	or	a4,s11,a0
80404692:	e415                	bnez	s0,804046be <__dtoa_engine+0x5e>
80404694:	e721                	bnez	a4,804046dc <__dtoa_engine+0x7c>
80404696:	03000793          	li	a5,48
8040469a:	00f602a3          	sb	a5,5(a2)
8040469e:	4782                	lw	a5,0(sp)
804046a0:	00060323          	sb	zero,6(a2)
804046a4:	00062023          	sw	zero,0(a2)
804046a8:	0027e993          	or	s3,a5,2
804046ac:	01360223          	sb	s3,4(a2)
804046b0:	4405                	li	s0,1
804046b2:	8522                	mv	a0,s0
804046b4:	6161                	add	sp,sp,80
804046b6:	fffff317          	auipc	t1,0xfffff
804046ba:	ebc30067          	jr	-324(t1) # 80403572 <__riscv_restore_12>
804046be:	7ff00613          	li	a2,2047
804046c2:	0ac41d63          	bne	s0,a2,8040477c <__dtoa_engine+0x11c>
804046c6:	4782                	lw	a5,0(sp)
804046c8:	0047e793          	or	a5,a5,4
804046cc:	c701                	beqz	a4,804046d4 <__dtoa_engine+0x74>
804046ce:	4782                	lw	a5,0(sp)
804046d0:	0087e793          	or	a5,a5,8
804046d4:	00fa8223          	sb	a5,4(s5)
804046d8:	4401                	li	s0,0
804046da:	bfe1                	j	804046b2 <__dtoa_engine+0x52>
804046dc:	00157793          	and	a5,a0,1
804046e0:	c23e                	sw	a5,4(sp)
804046e2:	002d9993          	sll	s3,s11,0x2
804046e6:	01e55793          	srl	a5,a0,0x1e
804046ea:	0137e9b3          	or	s3,a5,s3
804046ee:	00251c13          	sll	s8,a0,0x2
804046f2:	892a                	mv	s2,a0
804046f4:	bcc00413          	li	s0,-1076
804046f8:	4805                	li	a6,1
804046fa:	4d05                	li	s10,1
804046fc:	408004b3          	neg	s1,s0
80404700:	8526                	mv	a0,s1
80404702:	ca42                	sw	a6,20(sp)
80404704:	00000097          	auipc	ra,0x0
80404708:	71e080e7          	jalr	1822(ra) # 80404e22 <__log10Pow5>
8040470c:	fff42793          	slti	a5,s0,-1
80404710:	40f50b33          	sub	s6,a0,a5
80404714:	416484b3          	sub	s1,s1,s6
80404718:	8526                	mv	a0,s1
8040471a:	00000097          	auipc	ra,0x0
8040471e:	718080e7          	jalr	1816(ra) # 80404e32 <__pow5bits>
80404722:	f8350693          	add	a3,a0,-125
80404726:	40db06b3          	sub	a3,s6,a3
8040472a:	8526                	mv	a0,s1
8040472c:	008c                	add	a1,sp,64
8040472e:	c836                	sw	a3,16(sp)
80404730:	00000097          	auipc	ra,0x0
80404734:	492080e7          	jalr	1170(ra) # 80404bc2 <__double_computePow5>
80404738:	4852                	lw	a6,20(sp)
8040473a:	46c2                	lw	a3,16(sp)
8040473c:	181c                	add	a5,sp,48
8040473e:	1038                	add	a4,sp,40
80404740:	0090                	add	a2,sp,64
80404742:	854a                	mv	a0,s2
80404744:	85ee                	mv	a1,s11
80404746:	00000097          	auipc	ra,0x0
8040474a:	cd4080e7          	jalr	-812(ra) # 8040441a <mulShiftAll64>
8040474e:	4785                	li	a5,1
80404750:	008b0a33          	add	s4,s6,s0
80404754:	84ae                	mv	s1,a1
80404756:	842a                	mv	s0,a0
80404758:	1567ee63          	bltu	a5,s6,804048b4 <__dtoa_engine+0x254>
8040475c:	4792                	lw	a5,4(sp)
8040475e:	4985                	li	s3,1
80404760:	10078e63          	beqz	a5,8040487c <__dtoa_engine+0x21c>
80404764:	57a2                	lw	a5,40(sp)
80404766:	5732                	lw	a4,44(sp)
80404768:	4985                	li	s3,1
8040476a:	fff78693          	add	a3,a5,-1
8040476e:	0017b793          	seqz	a5,a5
80404772:	40f707b3          	sub	a5,a4,a5
80404776:	d436                	sw	a3,40(sp)
80404778:	d63e                	sw	a5,44(sp)
8040477a:	a8c9                	j	8040484c <__dtoa_engine+0x1ec>
8040477c:	01b6edb3          	or	s11,a3,s11
80404780:	00157693          	and	a3,a0,1
80404784:	c236                	sw	a3,4(sp)
80404786:	002d9993          	sll	s3,s11,0x2
8040478a:	01e55693          	srl	a3,a0,0x1e
8040478e:	bcb40413          	add	s0,s0,-1077
80404792:	892a                	mv	s2,a0
80404794:	0136e9b3          	or	s3,a3,s3
80404798:	00251c13          	sll	s8,a0,0x2
8040479c:	4d05                	li	s10,1
8040479e:	e709                	bnez	a4,804047a8 <__dtoa_engine+0x148>
804047a0:	7fe7f793          	and	a5,a5,2046
804047a4:	0017bd13          	seqz	s10,a5
804047a8:	886a                	mv	a6,s10
804047aa:	f40449e3          	bltz	s0,804046fc <__dtoa_engine+0x9c>
804047ae:	8522                	mv	a0,s0
804047b0:	00000097          	auipc	ra,0x0
804047b4:	664080e7          	jalr	1636(ra) # 80404e14 <__log10Pow2>
804047b8:	00442793          	slti	a5,s0,4
804047bc:	0017c793          	xor	a5,a5,1
804047c0:	40f50a33          	sub	s4,a0,a5
804047c4:	8552                	mv	a0,s4
804047c6:	00000097          	auipc	ra,0x0
804047ca:	66c080e7          	jalr	1644(ra) # 80404e32 <__pow5bits>
804047ce:	07c50693          	add	a3,a0,124
804047d2:	408a0433          	sub	s0,s4,s0
804047d6:	96a2                	add	a3,a3,s0
804047d8:	008c                	add	a1,sp,64
804047da:	8552                	mv	a0,s4
804047dc:	c836                	sw	a3,16(sp)
804047de:	00000097          	auipc	ra,0x0
804047e2:	50c080e7          	jalr	1292(ra) # 80404cea <__double_computeInvPow5>
804047e6:	46c2                	lw	a3,16(sp)
804047e8:	181c                	add	a5,sp,48
804047ea:	8526                	mv	a0,s1
804047ec:	886a                	mv	a6,s10
804047ee:	1038                	add	a4,sp,40
804047f0:	0090                	add	a2,sp,64
804047f2:	85ee                	mv	a1,s11
804047f4:	00000097          	auipc	ra,0x0
804047f8:	c26080e7          	jalr	-986(ra) # 8040441a <mulShiftAll64>
804047fc:	47d5                	li	a5,21
804047fe:	842a                	mv	s0,a0
80404800:	84ae                	mv	s1,a1
80404802:	0b47e763          	bltu	a5,s4,804048b0 <__dtoa_engine+0x250>
80404806:	804067b7          	lui	a5,0x80406
8040480a:	03c7a683          	lw	a3,60(a5) # 8040603c <stdout+0x8>
8040480e:	0387a603          	lw	a2,56(a5)
80404812:	1838                	add	a4,sp,56
80404814:	8562                	mv	a0,s8
80404816:	85ce                	mv	a1,s3
80404818:	00000097          	auipc	ra,0x0
8040481c:	62c080e7          	jalr	1580(ra) # 80404e44 <__umul128>
80404820:	57e2                	lw	a5,56(sp)
80404822:	56f2                	lw	a3,60(sp)
80404824:	5da2                	lw	s11,40(sp)
80404826:	8389                	srl	a5,a5,0x2
80404828:	06fa                	sll	a3,a3,0x1e
8040482a:	8fd5                	or	a5,a5,a3
8040482c:	4695                	li	a3,5
8040482e:	02f687b3          	mul	a5,a3,a5
80404832:	5932                	lw	s2,44(sp)
80404834:	01879e63          	bne	a5,s8,80404850 <__dtoa_engine+0x1f0>
80404838:	85ce                	mv	a1,s3
8040483a:	8562                	mv	a0,s8
8040483c:	00000097          	auipc	ra,0x0
80404840:	348080e7          	jalr	840(ra) # 80404b84 <__pow5Factor>
80404844:	01453733          	sltu	a4,a0,s4
80404848:	00174993          	xor	s3,a4,1
8040484c:	4d01                	li	s10,0
8040484e:	a03d                	j	8040487c <__dtoa_engine+0x21c>
80404850:	4792                	lw	a5,4(sp)
80404852:	eb95                	bnez	a5,80404886 <__dtoa_engine+0x226>
80404854:	fffc0793          	add	a5,s8,-1
80404858:	41a78533          	sub	a0,a5,s10
8040485c:	001c3593          	seqz	a1,s8
80404860:	00a7b7b3          	sltu	a5,a5,a0
80404864:	40b985b3          	sub	a1,s3,a1
80404868:	8d9d                	sub	a1,a1,a5
8040486a:	00000097          	auipc	ra,0x0
8040486e:	31a080e7          	jalr	794(ra) # 80404b84 <__pow5Factor>
80404872:	01453933          	sltu	s2,a0,s4
80404876:	00194d13          	xor	s10,s2,1
8040487a:	4981                	li	s3,0
8040487c:	47a2                	lw	a5,8(sp)
8040487e:	10079e63          	bnez	a5,8040499a <__dtoa_engine+0x33a>
80404882:	8b5e                	mv	s6,s7
80404884:	a079                	j	80404912 <__dtoa_engine+0x2b2>
80404886:	002c0513          	add	a0,s8,2
8040488a:	018535b3          	sltu	a1,a0,s8
8040488e:	95ce                	add	a1,a1,s3
80404890:	00000097          	auipc	ra,0x0
80404894:	2f4080e7          	jalr	756(ra) # 80404b84 <__pow5Factor>
80404898:	01453533          	sltu	a0,a0,s4
8040489c:	00154513          	xor	a0,a0,1
804048a0:	40ad8533          	sub	a0,s11,a0
804048a4:	00adbdb3          	sltu	s11,s11,a0
804048a8:	41b90733          	sub	a4,s2,s11
804048ac:	d42a                	sw	a0,40(sp)
804048ae:	d63a                	sw	a4,44(sp)
804048b0:	4981                	li	s3,0
804048b2:	bf69                	j	8040484c <__dtoa_engine+0x1ec>
804048b4:	03e00793          	li	a5,62
804048b8:	ff67ece3          	bltu	a5,s6,804048b0 <__dtoa_engine+0x250>
804048bc:	865a                	mv	a2,s6
804048be:	557d                	li	a0,-1
804048c0:	55fd                	li	a1,-1
804048c2:	ffffe097          	auipc	ra,0xffffe
804048c6:	560080e7          	jalr	1376(ra) # 80402e22 <__ashldi3>
804048ca:	fff54513          	not	a0,a0
804048ce:	fff5c593          	not	a1,a1
804048d2:	0135f5b3          	and	a1,a1,s3
804048d6:	01857533          	and	a0,a0,s8
804048da:	00b56733          	or	a4,a0,a1
804048de:	00173993          	seqz	s3,a4
804048e2:	b7ad                	j	8040484c <__dtoa_engine+0x1ec>
804048e4:	02d50833          	mul	a6,a0,a3
804048e8:	0785                	add	a5,a5,1
804048ea:	02b536b3          	mulhu	a3,a0,a1
804048ee:	02b505b3          	mul	a1,a0,a1
804048f2:	96c2                	add	a3,a3,a6
804048f4:	00d4e663          	bltu	s1,a3,80404900 <__dtoa_engine+0x2a0>
804048f8:	fe9696e3          	bne	a3,s1,804048e4 <__dtoa_engine+0x284>
804048fc:	feb474e3          	bgeu	s0,a1,804048e4 <__dtoa_engine+0x284>
80404900:	4732                	lw	a4,12(sp)
80404902:	97d2                	add	a5,a5,s4
80404904:	97ba                	add	a5,a5,a4
80404906:	00f04363          	bgtz	a5,8040490c <__dtoa_engine+0x2ac>
8040490a:	4785                	li	a5,1
8040490c:	8b3e                	mv	s6,a5
8040490e:	f6fbcae3          	blt	s7,a5,80404882 <__dtoa_engine+0x222>
80404912:	4c81                	li	s9,0
80404914:	4901                	li	s2,0
80404916:	4c01                	li	s8,0
80404918:	5522                	lw	a0,40(sp)
8040491a:	55b2                	lw	a1,44(sp)
8040491c:	00000097          	auipc	ra,0x0
80404920:	d0c080e7          	jalr	-756(ra) # 80404628 <div10>
80404924:	57c2                	lw	a5,48(sp)
80404926:	8dae                	mv	s11,a1
80404928:	55d2                	lw	a1,52(sp)
8040492a:	c82a                	sw	a0,16(sp)
8040492c:	853e                	mv	a0,a5
8040492e:	ca3e                	sw	a5,20(sp)
80404930:	00000097          	auipc	ra,0x0
80404934:	cf8080e7          	jalr	-776(ra) # 80404628 <div10>
80404938:	832a                	mv	t1,a0
8040493a:	88ae                	mv	a7,a1
8040493c:	4ea9                	li	t4,10
8040493e:	01b5e763          	bltu	a1,s11,8040494c <__dtoa_engine+0x2ec>
80404942:	08bd9863          	bne	s11,a1,804049d2 <__dtoa_engine+0x372>
80404946:	47c2                	lw	a5,16(sp)
80404948:	08f57563          	bgeu	a0,a5,804049d2 <__dtoa_engine+0x372>
8040494c:	8522                	mv	a0,s0
8040494e:	85a6                	mv	a1,s1
80404950:	ce46                	sw	a7,28(sp)
80404952:	cc1a                	sw	t1,24(sp)
80404954:	00000097          	auipc	ra,0x0
80404958:	cd4080e7          	jalr	-812(ra) # 80404628 <div10>
8040495c:	4362                	lw	t1,24(sp)
8040495e:	4ea9                	li	t4,10
80404960:	001cb693          	seqz	a3,s9
80404964:	026e8833          	mul	a6,t4,t1
80404968:	00d9f9b3          	and	s3,s3,a3
8040496c:	47d2                	lw	a5,20(sp)
8040496e:	48f2                	lw	a7,28(sp)
80404970:	d66e                	sw	s11,44(sp)
80404972:	d81a                	sw	t1,48(sp)
80404974:	da46                	sw	a7,52(sp)
80404976:	0905                	add	s2,s2,1
80404978:	84ae                	mv	s1,a1
8040497a:	02ae86b3          	mul	a3,t4,a0
8040497e:	40f80833          	sub	a6,a6,a5
80404982:	47c2                	lw	a5,16(sp)
80404984:	00183813          	seqz	a6,a6
80404988:	010d7d33          	and	s10,s10,a6
8040498c:	d43e                	sw	a5,40(sp)
8040498e:	40d406b3          	sub	a3,s0,a3
80404992:	0ff6fc93          	zext.b	s9,a3
80404996:	842a                	mv	s0,a0
80404998:	b741                	j	80404918 <__dtoa_engine+0x2b8>
8040499a:	45a9                	li	a1,10
8040499c:	4681                	li	a3,0
8040499e:	4785                	li	a5,1
804049a0:	4529                	li	a0,10
804049a2:	bf89                	j	804048f4 <__dtoa_engine+0x294>
804049a4:	030e8f33          	mul	t5,t4,a6
804049a8:	0505                	add	a0,a0,1
804049aa:	02beb833          	mulhu	a6,t4,a1
804049ae:	02be85b3          	mul	a1,t4,a1
804049b2:	987a                	add	a6,a6,t5
804049b4:	0104e663          	bltu	s1,a6,804049c0 <__dtoa_engine+0x360>
804049b8:	fe9816e3          	bne	a6,s1,804049a4 <__dtoa_engine+0x344>
804049bc:	feb474e3          	bgeu	s0,a1,804049a4 <__dtoa_engine+0x344>
804049c0:	00ab5d63          	bge	s6,a0,804049da <__dtoa_engine+0x37a>
804049c4:	000b1563          	bnez	s6,804049ce <__dtoa_engine+0x36e>
804049c8:	009465b3          	or	a1,s0,s1
804049cc:	c599                	beqz	a1,804049da <__dtoa_engine+0x37a>
804049ce:	4c05                	li	s8,1
804049d0:	bfb5                	j	8040494c <__dtoa_engine+0x2ec>
804049d2:	45a9                	li	a1,10
804049d4:	4801                	li	a6,0
804049d6:	4505                	li	a0,1
804049d8:	bff1                	j	804049b4 <__dtoa_engine+0x354>
804049da:	060d0763          	beqz	s10,80404a48 <__dtoa_engine+0x3e8>
804049de:	4da9                	li	s11,10
804049e0:	5342                	lw	t1,48(sp)
804049e2:	55d2                	lw	a1,52(sp)
804049e4:	851a                	mv	a0,t1
804049e6:	c81a                	sw	t1,16(sp)
804049e8:	00000097          	auipc	ra,0x0
804049ec:	c40080e7          	jalr	-960(ra) # 80404628 <div10>
804049f0:	ce2e                	sw	a1,28(sp)
804049f2:	02ad85b3          	mul	a1,s11,a0
804049f6:	4342                	lw	t1,16(sp)
804049f8:	882a                	mv	a6,a0
804049fa:	cc42                	sw	a6,24(sp)
804049fc:	04659663          	bne	a1,t1,80404a48 <__dtoa_engine+0x3e8>
80404a00:	5522                	lw	a0,40(sp)
80404a02:	55b2                	lw	a1,44(sp)
80404a04:	0905                	add	s2,s2,1
80404a06:	00000097          	auipc	ra,0x0
80404a0a:	c22080e7          	jalr	-990(ra) # 80404628 <div10>
80404a0e:	ca2a                	sw	a0,20(sp)
80404a10:	c82e                	sw	a1,16(sp)
80404a12:	8522                	mv	a0,s0
80404a14:	85a6                	mv	a1,s1
80404a16:	00000097          	auipc	ra,0x0
80404a1a:	c12080e7          	jalr	-1006(ra) # 80404628 <div10>
80404a1e:	001cb693          	seqz	a3,s9
80404a22:	00d9f9b3          	and	s3,s3,a3
80404a26:	02ad86b3          	mul	a3,s11,a0
80404a2a:	4e52                	lw	t3,20(sp)
80404a2c:	4342                	lw	t1,16(sp)
80404a2e:	4862                	lw	a6,24(sp)
80404a30:	48f2                	lw	a7,28(sp)
80404a32:	d472                	sw	t3,40(sp)
80404a34:	d61a                	sw	t1,44(sp)
80404a36:	d842                	sw	a6,48(sp)
80404a38:	da46                	sw	a7,52(sp)
80404a3a:	84ae                	mv	s1,a1
80404a3c:	40d406b3          	sub	a3,s0,a3
80404a40:	0ff6fc93          	zext.b	s9,a3
80404a44:	842a                	mv	s0,a0
80404a46:	bf69                	j	804049e0 <__dtoa_engine+0x380>
80404a48:	9952                	add	s2,s2,s4
80404a4a:	0c098863          	beqz	s3,80404b1a <__dtoa_engine+0x4ba>
80404a4e:	4715                	li	a4,5
80404a50:	0cec9563          	bne	s9,a4,80404b1a <__dtoa_engine+0x4ba>
80404a54:	00147713          	and	a4,s0,1
80404a58:	e755                	bnez	a4,80404b04 <__dtoa_engine+0x4a4>
80404a5a:	000c1963          	bnez	s8,80404a6c <__dtoa_engine+0x40c>
80404a5e:	5742                	lw	a4,48(sp)
80404a60:	00871563          	bne	a4,s0,80404a6a <__dtoa_engine+0x40a>
80404a64:	5752                	lw	a4,52(sp)
80404a66:	0c970c63          	beq	a4,s1,80404b3e <__dtoa_engine+0x4de>
80404a6a:	4701                	li	a4,0
80404a6c:	943a                	add	s0,s0,a4
80404a6e:	00e435b3          	sltu	a1,s0,a4
80404a72:	95a6                	add	a1,a1,s1
80404a74:	8a2e                	mv	s4,a1
80404a76:	84a2                	mv	s1,s0
80404a78:	4629                	li	a2,10
80404a7a:	4681                	li	a3,0
80404a7c:	4c05                	li	s8,1
80404a7e:	4529                	li	a0,10
80404a80:	00d5e663          	bltu	a1,a3,80404a8c <__dtoa_engine+0x42c>
80404a84:	0ab69f63          	bne	a3,a1,80404b42 <__dtoa_engine+0x4e2>
80404a88:	0ac47d63          	bgeu	s0,a2,80404b42 <__dtoa_engine+0x4e2>
80404a8c:	c329                	beqz	a4,80404ace <__dtoa_engine+0x46e>
80404a8e:	058b5063          	bge	s6,s8,80404ace <__dtoa_engine+0x46e>
80404a92:	47a2                	lw	a5,8(sp)
80404a94:	cf91                	beqz	a5,80404ab0 <__dtoa_engine+0x450>
80404a96:	4732                	lw	a4,12(sp)
80404a98:	012c07b3          	add	a5,s8,s2
80404a9c:	00f70b33          	add	s6,a4,a5
80404aa0:	000b5363          	bgez	s6,80404aa6 <__dtoa_engine+0x446>
80404aa4:	4b01                	li	s6,0
80404aa6:	016bd363          	bge	s7,s6,80404aac <__dtoa_engine+0x44c>
80404aaa:	8b5e                	mv	s6,s7
80404aac:	038b5163          	bge	s6,s8,80404ace <__dtoa_engine+0x46e>
80404ab0:	00540513          	add	a0,s0,5
80404ab4:	00853433          	sltu	s0,a0,s0
80404ab8:	4629                	li	a2,10
80404aba:	4681                	li	a3,0
80404abc:	95a2                	add	a1,a1,s0
80404abe:	ffffe097          	auipc	ra,0xffffe
80404ac2:	3f2080e7          	jalr	1010(ra) # 80402eb0 <__udivdi3>
80404ac6:	84aa                	mv	s1,a0
80404ac8:	8a2e                	mv	s4,a1
80404aca:	0905                	add	s2,s2,1
80404acc:	1c7d                	add	s8,s8,-1
80404ace:	87da                	mv	a5,s6
80404ad0:	016c5363          	bge	s8,s6,80404ad6 <__dtoa_engine+0x476>
80404ad4:	87e2                	mv	a5,s8
80404ad6:	01079413          	sll	s0,a5,0x10
80404ada:	0942                	sll	s2,s2,0x10
80404adc:	8441                	sra	s0,s0,0x10
80404ade:	41095913          	sra	s2,s2,0x10
80404ae2:	9922                	add	s2,s2,s0
80404ae4:	008a8b33          	add	s6,s5,s0
80404ae8:	197d                	add	s2,s2,-1
80404aea:	4b81                	li	s7,0
80404aec:	8c5a                	mv	s8,s6
80404aee:	1b7d                	add	s6,s6,-1
80404af0:	068bc263          	blt	s7,s0,80404b54 <__dtoa_engine+0x4f4>
80404af4:	4782                	lw	a5,0(sp)
80404af6:	000c02a3          	sb	zero,5(s8)
80404afa:	012aa023          	sw	s2,0(s5)
80404afe:	00fa8223          	sb	a5,4(s5)
80404b02:	be45                	j	804046b2 <__dtoa_engine+0x52>
80404b04:	4705                	li	a4,1
80404b06:	f60c13e3          	bnez	s8,80404a6c <__dtoa_engine+0x40c>
80404b0a:	5742                	lw	a4,48(sp)
80404b0c:	00871563          	bne	a4,s0,80404b16 <__dtoa_engine+0x4b6>
80404b10:	5752                	lw	a4,52(sp)
80404b12:	00970c63          	beq	a4,s1,80404b2a <__dtoa_engine+0x4ca>
80404b16:	4705                	li	a4,1
80404b18:	bf91                	j	80404a6c <__dtoa_engine+0x40c>
80404b1a:	000c1d63          	bnez	s8,80404b34 <__dtoa_engine+0x4d4>
80404b1e:	5742                	lw	a4,48(sp)
80404b20:	00871a63          	bne	a4,s0,80404b34 <__dtoa_engine+0x4d4>
80404b24:	5752                	lw	a4,52(sp)
80404b26:	00971763          	bne	a4,s1,80404b34 <__dtoa_engine+0x4d4>
80404b2a:	4792                	lw	a5,4(sp)
80404b2c:	4705                	li	a4,1
80404b2e:	ff9d                	bnez	a5,80404a6c <__dtoa_engine+0x40c>
80404b30:	f20d0ee3          	beqz	s10,80404a6c <__dtoa_engine+0x40c>
80404b34:	005cb693          	sltiu	a3,s9,5
80404b38:	0016c713          	xor	a4,a3,1
80404b3c:	bf05                	j	80404a6c <__dtoa_engine+0x40c>
80404b3e:	4c91                	li	s9,4
80404b40:	b7ed                	j	80404b2a <__dtoa_engine+0x4ca>
80404b42:	02d50833          	mul	a6,a0,a3
80404b46:	0c05                	add	s8,s8,1
80404b48:	02c536b3          	mulhu	a3,a0,a2
80404b4c:	02c50633          	mul	a2,a0,a2
80404b50:	96c2                	add	a3,a3,a6
80404b52:	b73d                	j	80404a80 <__dtoa_engine+0x420>
80404b54:	4629                	li	a2,10
80404b56:	4681                	li	a3,0
80404b58:	8526                	mv	a0,s1
80404b5a:	85d2                	mv	a1,s4
80404b5c:	ffffe097          	auipc	ra,0xffffe
80404b60:	6b2080e7          	jalr	1714(ra) # 8040320e <__umoddi3>
80404b64:	03050513          	add	a0,a0,48
80404b68:	00ab02a3          	sb	a0,5(s6)
80404b6c:	85d2                	mv	a1,s4
80404b6e:	8526                	mv	a0,s1
80404b70:	4629                	li	a2,10
80404b72:	4681                	li	a3,0
80404b74:	ffffe097          	auipc	ra,0xffffe
80404b78:	33c080e7          	jalr	828(ra) # 80402eb0 <__udivdi3>
80404b7c:	84aa                	mv	s1,a0
80404b7e:	8a2e                	mv	s4,a1
80404b80:	0b85                	add	s7,s7,1
80404b82:	b7b5                	j	80404aee <__dtoa_engine+0x48e>

80404b84 <__pow5Factor>:
80404b84:	ccccd737          	lui	a4,0xccccd
80404b88:	333336b7          	lui	a3,0x33333
80404b8c:	87aa                	mv	a5,a0
80404b8e:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8b15dd>
80404b92:	4501                	li	a0,0
80404b94:	ccc70713          	add	a4,a4,-820
80404b98:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80404b9c:	02c585b3          	mul	a1,a1,a2
80404ba0:	02e78833          	mul	a6,a5,a4
80404ba4:	982e                	add	a6,a6,a1
80404ba6:	02c7b5b3          	mulhu	a1,a5,a2
80404baa:	95c2                	add	a1,a1,a6
80404bac:	02c787b3          	mul	a5,a5,a2
80404bb0:	00b6e863          	bltu	a3,a1,80404bc0 <__pow5Factor+0x3c>
80404bb4:	00d59463          	bne	a1,a3,80404bbc <__pow5Factor+0x38>
80404bb8:	00f5e463          	bltu	a1,a5,80404bc0 <__pow5Factor+0x3c>
80404bbc:	0505                	add	a0,a0,1
80404bbe:	bff9                	j	80404b9c <__pow5Factor+0x18>
80404bc0:	8082                	ret

80404bc2 <__double_computePow5>:
80404bc2:	fffff317          	auipc	t1,0xfffff
80404bc6:	97c302e7          	jalr	t0,-1668(t1) # 8040353e <__riscv_save_10>
80404bca:	47e9                	li	a5,26
80404bcc:	02f55b33          	divu	s6,a0,a5
80404bd0:	804069b7          	lui	s3,0x80406
80404bd4:	be098b93          	add	s7,s3,-1056 # 80405be0 <DOUBLE_POW5_SPLIT2>
80404bd8:	1101                	add	sp,sp,-32
80404bda:	892e                	mv	s2,a1
80404bdc:	02f577b3          	remu	a5,a0,a5
80404be0:	004b1713          	sll	a4,s6,0x4
80404be4:	9bba                	add	s7,s7,a4
80404be6:	e785                	bnez	a5,80404c0e <__double_computePow5+0x4c>
80404be8:	000ba703          	lw	a4,0(s7)
80404bec:	004ba783          	lw	a5,4(s7)
80404bf0:	c198                	sw	a4,0(a1)
80404bf2:	c1dc                	sw	a5,4(a1)
80404bf4:	008ba503          	lw	a0,8(s7)
80404bf8:	00cba583          	lw	a1,12(s7)
80404bfc:	00a92423          	sw	a0,8(s2)
80404c00:	00b92623          	sw	a1,12(s2)
80404c04:	6105                	add	sp,sp,32
80404c06:	fffff317          	auipc	t1,0xfffff
80404c0a:	97030067          	jr	-1680(t1) # 80403576 <__riscv_restore_10>
80404c0e:	be098993          	add	s3,s3,-1056
80404c12:	078e                	sll	a5,a5,0x3
80404c14:	97ce                	add	a5,a5,s3
80404c16:	0d07aa03          	lw	s4,208(a5)
80404c1a:	0d47aa83          	lw	s5,212(a5)
80404c1e:	008ba603          	lw	a2,8(s7)
80404c22:	00cba683          	lw	a3,12(s7)
80404c26:	0818                	add	a4,sp,16
80404c28:	85d6                	mv	a1,s5
80404c2a:	842a                	mv	s0,a0
80404c2c:	8552                	mv	a0,s4
80404c2e:	00000097          	auipc	ra,0x0
80404c32:	216080e7          	jalr	534(ra) # 80404e44 <__umul128>
80404c36:	000ba603          	lw	a2,0(s7)
80404c3a:	004ba683          	lw	a3,4(s7)
80404c3e:	84aa                	mv	s1,a0
80404c40:	8c2e                	mv	s8,a1
80404c42:	0838                	add	a4,sp,24
80404c44:	8552                	mv	a0,s4
80404c46:	85d6                	mv	a1,s5
80404c48:	00000097          	auipc	ra,0x0
80404c4c:	1fc080e7          	jalr	508(ra) # 80404e44 <__umul128>
80404c50:	47e2                	lw	a5,24(sp)
80404c52:	4772                	lw	a4,28(sp)
80404c54:	8aaa                	mv	s5,a0
80404c56:	94be                	add	s1,s1,a5
80404c58:	00f4ba33          	sltu	s4,s1,a5
80404c5c:	9c3a                	add	s8,s8,a4
80404c5e:	9a62                	add	s4,s4,s8
80404c60:	00ea6663          	bltu	s4,a4,80404c6c <__double_computePow5+0xaa>
80404c64:	01471d63          	bne	a4,s4,80404c7e <__double_computePow5+0xbc>
80404c68:	00f4fb63          	bgeu	s1,a5,80404c7e <__double_computePow5+0xbc>
80404c6c:	47c2                	lw	a5,16(sp)
80404c6e:	46d2                	lw	a3,20(sp)
80404c70:	00178713          	add	a4,a5,1
80404c74:	00f737b3          	sltu	a5,a4,a5
80404c78:	97b6                	add	a5,a5,a3
80404c7a:	c83a                	sw	a4,16(sp)
80404c7c:	ca3e                	sw	a5,20(sp)
80404c7e:	8522                	mv	a0,s0
80404c80:	c62e                	sw	a1,12(sp)
80404c82:	00000097          	auipc	ra,0x0
80404c86:	1b0080e7          	jalr	432(ra) # 80404e32 <__pow5bits>
80404c8a:	8baa                	mv	s7,a0
80404c8c:	4569                	li	a0,26
80404c8e:	02ab0533          	mul	a0,s6,a0
80404c92:	00000097          	auipc	ra,0x0
80404c96:	1a0080e7          	jalr	416(ra) # 80404e32 <__pow5bits>
80404c9a:	45b2                	lw	a1,12(sp)
80404c9c:	40ab8733          	sub	a4,s7,a0
80404ca0:	8626                	mv	a2,s1
80404ca2:	86d2                	mv	a3,s4
80404ca4:	8556                	mv	a0,s5
80404ca6:	c43a                	sw	a4,8(sp)
80404ca8:	00000097          	auipc	ra,0x0
80404cac:	1e8080e7          	jalr	488(ra) # 80404e90 <__shiftright128>
80404cb0:	00445793          	srl	a5,s0,0x4
80404cb4:	078a                	sll	a5,a5,0x2
80404cb6:	99be                	add	s3,s3,a5
80404cb8:	1a09a783          	lw	a5,416(s3)
80404cbc:	0406                	sll	s0,s0,0x1
80404cbe:	8879                	and	s0,s0,30
80404cc0:	0087d7b3          	srl	a5,a5,s0
80404cc4:	8b8d                	and	a5,a5,3
80404cc6:	953e                	add	a0,a0,a5
80404cc8:	00f537b3          	sltu	a5,a0,a5
80404ccc:	4722                	lw	a4,8(sp)
80404cce:	4642                	lw	a2,16(sp)
80404cd0:	46d2                	lw	a3,20(sp)
80404cd2:	97ae                	add	a5,a5,a1
80404cd4:	00a92023          	sw	a0,0(s2)
80404cd8:	00f92223          	sw	a5,4(s2)
80404cdc:	8526                	mv	a0,s1
80404cde:	85d2                	mv	a1,s4
80404ce0:	00000097          	auipc	ra,0x0
80404ce4:	1b0080e7          	jalr	432(ra) # 80404e90 <__shiftright128>
80404ce8:	bf11                	j	80404bfc <__double_computePow5+0x3a>

80404cea <__double_computeInvPow5>:
80404cea:	fffff317          	auipc	t1,0xfffff
80404cee:	854302e7          	jalr	t0,-1964(t1) # 8040353e <__riscv_save_10>
80404cf2:	4b69                	li	s6,26
80404cf4:	01950793          	add	a5,a0,25
80404cf8:	0367d7b3          	divu	a5,a5,s6
80404cfc:	80406ab7          	lui	s5,0x80406
80404d00:	be0a8493          	add	s1,s5,-1056 # 80405be0 <DOUBLE_POW5_SPLIT2>
80404d04:	1f848493          	add	s1,s1,504
80404d08:	1101                	add	sp,sp,-32
80404d0a:	8a2e                	mv	s4,a1
80404d0c:	03678b33          	mul	s6,a5,s6
80404d10:	0792                	sll	a5,a5,0x4
80404d12:	94be                	add	s1,s1,a5
80404d14:	40ab0733          	sub	a4,s6,a0
80404d18:	02ab1163          	bne	s6,a0,80404d3a <__double_computeInvPow5+0x50>
80404d1c:	4098                	lw	a4,0(s1)
80404d1e:	40dc                	lw	a5,4(s1)
80404d20:	c198                	sw	a4,0(a1)
80404d22:	c1dc                	sw	a5,4(a1)
80404d24:	4488                	lw	a0,8(s1)
80404d26:	44cc                	lw	a1,12(s1)
80404d28:	00aa2423          	sw	a0,8(s4)
80404d2c:	00ba2623          	sw	a1,12(s4)
80404d30:	6105                	add	sp,sp,32
80404d32:	fffff317          	auipc	t1,0xfffff
80404d36:	84430067          	jr	-1980(t1) # 80403576 <__riscv_restore_10>
80404d3a:	be0a8a93          	add	s5,s5,-1056
80404d3e:	070e                	sll	a4,a4,0x3
80404d40:	9756                	add	a4,a4,s5
80404d42:	0d072903          	lw	s2,208(a4)
80404d46:	0d472983          	lw	s3,212(a4)
80404d4a:	4490                	lw	a2,8(s1)
80404d4c:	44d4                	lw	a3,12(s1)
80404d4e:	0818                	add	a4,sp,16
80404d50:	85ce                	mv	a1,s3
80404d52:	842a                	mv	s0,a0
80404d54:	854a                	mv	a0,s2
80404d56:	00000097          	auipc	ra,0x0
80404d5a:	0ee080e7          	jalr	238(ra) # 80404e44 <__umul128>
80404d5e:	4090                	lw	a2,0(s1)
80404d60:	40d4                	lw	a3,4(s1)
80404d62:	8c2a                	mv	s8,a0
80404d64:	00163793          	seqz	a5,a2
80404d68:	8bae                	mv	s7,a1
80404d6a:	0838                	add	a4,sp,24
80404d6c:	8e9d                	sub	a3,a3,a5
80404d6e:	854a                	mv	a0,s2
80404d70:	85ce                	mv	a1,s3
80404d72:	167d                	add	a2,a2,-1
80404d74:	00000097          	auipc	ra,0x0
80404d78:	0d0080e7          	jalr	208(ra) # 80404e44 <__umul128>
80404d7c:	47e2                	lw	a5,24(sp)
80404d7e:	4772                	lw	a4,28(sp)
80404d80:	89aa                	mv	s3,a0
80404d82:	9c3e                	add	s8,s8,a5
80404d84:	00fc3933          	sltu	s2,s8,a5
80404d88:	9bba                	add	s7,s7,a4
80404d8a:	995e                	add	s2,s2,s7
80404d8c:	00e96663          	bltu	s2,a4,80404d98 <__double_computeInvPow5+0xae>
80404d90:	01271d63          	bne	a4,s2,80404daa <__double_computeInvPow5+0xc0>
80404d94:	00fc7b63          	bgeu	s8,a5,80404daa <__double_computeInvPow5+0xc0>
80404d98:	47c2                	lw	a5,16(sp)
80404d9a:	46d2                	lw	a3,20(sp)
80404d9c:	00178713          	add	a4,a5,1
80404da0:	00f737b3          	sltu	a5,a4,a5
80404da4:	97b6                	add	a5,a5,a3
80404da6:	c83a                	sw	a4,16(sp)
80404da8:	ca3e                	sw	a5,20(sp)
80404daa:	855a                	mv	a0,s6
80404dac:	c62e                	sw	a1,12(sp)
80404dae:	00000097          	auipc	ra,0x0
80404db2:	084080e7          	jalr	132(ra) # 80404e32 <__pow5bits>
80404db6:	8b2a                	mv	s6,a0
80404db8:	8522                	mv	a0,s0
80404dba:	00000097          	auipc	ra,0x0
80404dbe:	078080e7          	jalr	120(ra) # 80404e32 <__pow5bits>
80404dc2:	45b2                	lw	a1,12(sp)
80404dc4:	40ab0733          	sub	a4,s6,a0
80404dc8:	8662                	mv	a2,s8
80404dca:	86ca                	mv	a3,s2
80404dcc:	854e                	mv	a0,s3
80404dce:	c43a                	sw	a4,8(sp)
80404dd0:	00000097          	auipc	ra,0x0
80404dd4:	0c0080e7          	jalr	192(ra) # 80404e90 <__shiftright128>
80404dd8:	00445793          	srl	a5,s0,0x4
80404ddc:	078a                	sll	a5,a5,0x2
80404dde:	9abe                	add	s5,s5,a5
80404de0:	2e8aa783          	lw	a5,744(s5)
80404de4:	0406                	sll	s0,s0,0x1
80404de6:	8879                	and	s0,s0,30
80404de8:	0087d7b3          	srl	a5,a5,s0
80404dec:	8b8d                	and	a5,a5,3
80404dee:	0785                	add	a5,a5,1
80404df0:	953e                	add	a0,a0,a5
80404df2:	00f537b3          	sltu	a5,a0,a5
80404df6:	4722                	lw	a4,8(sp)
80404df8:	4642                	lw	a2,16(sp)
80404dfa:	46d2                	lw	a3,20(sp)
80404dfc:	97ae                	add	a5,a5,a1
80404dfe:	00aa2023          	sw	a0,0(s4)
80404e02:	00fa2223          	sw	a5,4(s4)
80404e06:	8562                	mv	a0,s8
80404e08:	85ca                	mv	a1,s2
80404e0a:	00000097          	auipc	ra,0x0
80404e0e:	086080e7          	jalr	134(ra) # 80404e90 <__shiftright128>
80404e12:	bf19                	j	80404d28 <__double_computeInvPow5+0x3e>

80404e14 <__log10Pow2>:
80404e14:	67cd                	lui	a5,0x13
80404e16:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80404e1a:	02f50533          	mul	a0,a0,a5
80404e1e:	8149                	srl	a0,a0,0x12
80404e20:	8082                	ret

80404e22 <__log10Pow5>:
80404e22:	000b37b7          	lui	a5,0xb3
80404e26:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80404e2a:	02f50533          	mul	a0,a0,a5
80404e2e:	8151                	srl	a0,a0,0x14
80404e30:	8082                	ret

80404e32 <__pow5bits>:
80404e32:	001297b7          	lui	a5,0x129
80404e36:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80404e3a:	02f50533          	mul	a0,a0,a5
80404e3e:	814d                	srl	a0,a0,0x13
80404e40:	0505                	add	a0,a0,1
80404e42:	8082                	ret

80404e44 <__umul128>:
80404e44:	02c537b3          	mulhu	a5,a0,a2
80404e48:	832e                	mv	t1,a1
80404e4a:	02c585b3          	mul	a1,a1,a2
80404e4e:	02c33833          	mulhu	a6,t1,a2
80404e52:	95be                	add	a1,a1,a5
80404e54:	00f5b7b3          	sltu	a5,a1,a5
80404e58:	97c2                	add	a5,a5,a6
80404e5a:	02a68833          	mul	a6,a3,a0
80404e5e:	02a6b8b3          	mulhu	a7,a3,a0
80404e62:	95c2                	add	a1,a1,a6
80404e64:	0105b833          	sltu	a6,a1,a6
80404e68:	98c2                	add	a7,a7,a6
80404e6a:	02d30833          	mul	a6,t1,a3
80404e6e:	02d33333          	mulhu	t1,t1,a3
80404e72:	983e                	add	a6,a6,a5
80404e74:	011806b3          	add	a3,a6,a7
80404e78:	00f837b3          	sltu	a5,a6,a5
80404e7c:	0106b833          	sltu	a6,a3,a6
80404e80:	c314                	sw	a3,0(a4)
80404e82:	979a                	add	a5,a5,t1
80404e84:	983e                	add	a6,a6,a5
80404e86:	02c50533          	mul	a0,a0,a2
80404e8a:	01072223          	sw	a6,4(a4)
80404e8e:	8082                	ret

80404e90 <__shiftright128>:
80404e90:	ffffe317          	auipc	t1,0xffffe
80404e94:	6bc302e7          	jalr	t0,1724(t1) # 8040354c <__riscv_save_4>
80404e98:	8a2a                	mv	s4,a0
80404e9a:	8532                	mv	a0,a2
80404e9c:	04000613          	li	a2,64
80404ea0:	8e19                	sub	a2,a2,a4
80404ea2:	89ae                	mv	s3,a1
80404ea4:	85b6                	mv	a1,a3
80404ea6:	843a                	mv	s0,a4
80404ea8:	ffffe097          	auipc	ra,0xffffe
80404eac:	f7a080e7          	jalr	-134(ra) # 80402e22 <__ashldi3>
80404eb0:	892a                	mv	s2,a0
80404eb2:	84ae                	mv	s1,a1
80404eb4:	8622                	mv	a2,s0
80404eb6:	8552                	mv	a0,s4
80404eb8:	85ce                	mv	a1,s3
80404eba:	ffffe097          	auipc	ra,0xffffe
80404ebe:	f40080e7          	jalr	-192(ra) # 80402dfa <__lshrdi3>
80404ec2:	00a96533          	or	a0,s2,a0
80404ec6:	8dc5                	or	a1,a1,s1
80404ec8:	ffffe317          	auipc	t1,0xffffe
80404ecc:	6b830067          	jr	1720(t1) # 80403580 <__riscv_restore_4>

80404ed0 <strnlen>:
80404ed0:	95aa                	add	a1,a1,a0
80404ed2:	87aa                	mv	a5,a0
80404ed4:	00b78563          	beq	a5,a1,80404ede <strnlen+0xe>
80404ed8:	0007c703          	lbu	a4,0(a5)
80404edc:	e701                	bnez	a4,80404ee4 <strnlen+0x14>
80404ede:	40a78533          	sub	a0,a5,a0
80404ee2:	8082                	ret
80404ee4:	0785                	add	a5,a5,1
80404ee6:	b7fd                	j	80404ed4 <strnlen+0x4>
