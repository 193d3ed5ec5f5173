
build/exo.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00008197          	auipc	gp,0x8
80400004:	89818193          	add	gp,gp,-1896 # 80407898 <__global_pointer$>
80400008:	0001a117          	auipc	sp,0x1a
8040000c:	2b810113          	add	sp,sp,696 # 8041a2c0 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00007297          	auipc	t0,0x7
80400016:	09e28293          	add	t0,t0,158 # 804070b0 <failures>
8040001a:	0001e317          	auipc	t1,0x1e
8040001e:	84630313          	add	t1,t1,-1978 # 8041d860 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00007297          	auipc	t0,0x7
8040003e:	07628293          	add	t0,t0,118 # 804070b0 <failures>
80400042:	00007317          	auipc	t1,0x7
80400046:	07230313          	add	t1,t1,114 # 804070b4 <nlost>
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
8040007c:	03830313          	add	t1,t1,56 # 804070b0 <failures>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00001097          	auipc	ra,0x1
8040009a:	274080e7          	jalr	628(ra) # 8040130a <uni_runtime_start>
8040009e:	a001                	j	8040009e <_start+0x9e>

804000a0 <main>:
804000a0:	7159                	add	sp,sp,-112
804000a2:	d686                	sw	ra,108(sp)
804000a4:	d4a2                	sw	s0,104(sp)
804000a6:	d2a6                	sw	s1,100(sp)
804000a8:	d0ca                	sw	s2,96(sp)
804000aa:	cece                	sw	s3,92(sp)
804000ac:	ccd2                	sw	s4,88(sp)
804000ae:	cad6                	sw	s5,84(sp)
804000b0:	c8da                	sw	s6,80(sp)
804000b2:	c6de                	sw	s7,76(sp)
804000b4:	c4e2                	sw	s8,72(sp)
804000b6:	c2e6                	sw	s9,68(sp)
804000b8:	4785                	li	a5,1
804000ba:	18a7da63          	bge	a5,a0,8040024e <main+0x1ae>
804000be:	41c0                	lw	s0,4(a1)
804000c0:	804055b7          	lui	a1,0x80405
804000c4:	0cc58593          	add	a1,a1,204 # 804050cc <strnlen+0x4ea>
804000c8:	8522                	mv	a0,s0
804000ca:	00003097          	auipc	ra,0x3
804000ce:	204080e7          	jalr	516(ra) # 804032ce <strcmp>
804000d2:	84aa                	mv	s1,a0
804000d4:	18050263          	beqz	a0,80400258 <main+0x1b8>
804000d8:	804055b7          	lui	a1,0x80405
804000dc:	15458593          	add	a1,a1,340 # 80405154 <strnlen+0x572>
804000e0:	8522                	mv	a0,s0
804000e2:	00003097          	auipc	ra,0x3
804000e6:	1ec080e7          	jalr	492(ra) # 804032ce <strcmp>
804000ea:	c131                	beqz	a0,8040012e <main+0x8e>
804000ec:	804055b7          	lui	a1,0x80405
804000f0:	1d058593          	add	a1,a1,464 # 804051d0 <strnlen+0x5ee>
804000f4:	8522                	mv	a0,s0
804000f6:	00003097          	auipc	ra,0x3
804000fa:	1d8080e7          	jalr	472(ra) # 804032ce <strcmp>
804000fe:	89aa                	mv	s3,a0
80400100:	40050c63          	beqz	a0,80400518 <main+0x478>
80400104:	804055b7          	lui	a1,0x80405
80400108:	51c58593          	add	a1,a1,1308 # 8040551c <strnlen+0x93a>
8040010c:	8522                	mv	a0,s0
8040010e:	00003097          	auipc	ra,0x3
80400112:	1c0080e7          	jalr	448(ra) # 804032ce <strcmp>
80400116:	20050263          	beqz	a0,8040031a <main+0x27a>
8040011a:	80405537          	lui	a0,0x80405
8040011e:	67c50513          	add	a0,a0,1660 # 8040567c <strnlen+0xa9a>
80400122:	00003097          	auipc	ra,0x3
80400126:	1c4080e7          	jalr	452(ra) # 804032e6 <printf>
8040012a:	4485                	li	s1,1
8040012c:	aac9                	j	804002fe <main+0x25e>
8040012e:	00002097          	auipc	ra,0x2
80400132:	5c2080e7          	jalr	1474(ra) # 804026f0 <uni_revoke_cooperate>
80400136:	80401537          	lui	a0,0x80401
8040013a:	dec50513          	add	a0,a0,-532 # 80400dec <hook>
8040013e:	00002097          	auipc	ra,0x2
80400142:	5bc080e7          	jalr	1468(ra) # 804026fa <uni_set_revoke_hook>
80400146:	00001097          	auipc	ra,0x1
8040014a:	bde080e7          	jalr	-1058(ra) # 80400d24 <bind_pages>
8040014e:	fc054ee3          	bltz	a0,8040012a <main+0x8a>
80400152:	80405537          	lui	a0,0x80405
80400156:	0d450513          	add	a0,a0,212 # 804050d4 <strnlen+0x4f2>
8040015a:	00003097          	auipc	ra,0x3
8040015e:	18c080e7          	jalr	396(ra) # 804032e6 <printf>
80400162:	a029                	j	8040016c <main+0xcc>
80400164:	00002097          	auipc	ra,0x2
80400168:	03a080e7          	jalr	58(ra) # 8040219e <uni_sleep_ms>
8040016c:	00002097          	auipc	ra,0x2
80400170:	598080e7          	jalr	1432(ra) # 80402704 <uni_revoke_stats>
80400174:	451c                	lw	a5,8(a0)
80400176:	4515                	li	a0,5
80400178:	d7f5                	beqz	a5,80400164 <main+0xc4>
8040017a:	804077b7          	lui	a5,0x80407
8040017e:	0c87a903          	lw	s2,200(a5) # 804070c8 <pv_shared_info>
80400182:	80405537          	lui	a0,0x80405
80400186:	15c50513          	add	a0,a0,348 # 8040515c <strnlen+0x57a>
8040018a:	15892603          	lw	a2,344(s2)
8040018e:	15492583          	lw	a1,340(s2)
80400192:	00003097          	auipc	ra,0x3
80400196:	154080e7          	jalr	340(ra) # 804032e6 <printf>
8040019a:	15892783          	lw	a5,344(s2)
8040019e:	cb85                	beqz	a5,804001ce <main+0x12e>
804001a0:	15c90493          	add	s1,s2,348
804001a4:	4401                	li	s0,0
804001a6:	804059b7          	lui	s3,0x80405
804001aa:	02000a13          	li	s4,32
804001ae:	a019                	j	804001b4 <main+0x114>
804001b0:	01440f63          	beq	s0,s4,804001ce <main+0x12e>
804001b4:	408c                	lw	a1,0(s1)
804001b6:	18498513          	add	a0,s3,388 # 80405184 <strnlen+0x5a2>
804001ba:	0405                	add	s0,s0,1
804001bc:	00003097          	auipc	ra,0x3
804001c0:	12a080e7          	jalr	298(ra) # 804032e6 <printf>
804001c4:	15892783          	lw	a5,344(s2)
804001c8:	0491                	add	s1,s1,4
804001ca:	fef463e3          	bltu	s0,a5,804001b0 <main+0x110>
804001ce:	80405537          	lui	a0,0x80405
804001d2:	20450513          	add	a0,a0,516 # 80405204 <strnlen+0x622>
804001d6:	00003097          	auipc	ra,0x3
804001da:	110080e7          	jalr	272(ra) # 804032e6 <printf>
804001de:	80405537          	lui	a0,0x80405
804001e2:	17c50513          	add	a0,a0,380 # 8040517c <strnlen+0x59a>
804001e6:	00001097          	auipc	ra,0x1
804001ea:	ae8080e7          	jalr	-1304(ra) # 80400cce <print_lost>
804001ee:	00002097          	auipc	ra,0x2
804001f2:	4c0080e7          	jalr	1216(ra) # 804026ae <uni_bound_pages>
804001f6:	14092603          	lw	a2,320(s2)
804001fa:	85aa                	mv	a1,a0
804001fc:	80405537          	lui	a0,0x80405
80400200:	12850513          	add	a0,a0,296 # 80405128 <strnlen+0x546>
80400204:	00003097          	auipc	ra,0x3
80400208:	0e2080e7          	jalr	226(ra) # 804032e6 <printf>
8040020c:	00001097          	auipc	ra,0x1
80400210:	c7a080e7          	jalr	-902(ra) # 80400e86 <check_kept.isra.0>
80400214:	804077b7          	lui	a5,0x80407
80400218:	0b47a783          	lw	a5,180(a5) # 804070b4 <nlost>
8040021c:	d799                	beqz	a5,8040012a <main+0x8a>
8040021e:	8040a7b7          	lui	a5,0x8040a
80400222:	1207a403          	lw	s0,288(a5) # 8040a120 <lost>
80400226:	80405537          	lui	a0,0x80405
8040022a:	18c50513          	add	a0,a0,396 # 8040518c <strnlen+0x5aa>
8040022e:	85a2                	mv	a1,s0
80400230:	00003097          	auipc	ra,0x3
80400234:	0b6080e7          	jalr	182(ra) # 804032e6 <printf>
80400238:	400c                	lw	a1,0(s0)
8040023a:	80405537          	lui	a0,0x80405
8040023e:	1a450513          	add	a0,a0,420 # 804051a4 <strnlen+0x5c2>
80400242:	00003097          	auipc	ra,0x3
80400246:	0a4080e7          	jalr	164(ra) # 804032e6 <printf>
8040024a:	4489                	li	s1,2
8040024c:	a84d                	j	804002fe <main+0x25e>
8040024e:	80405437          	lui	s0,0x80405
80400252:	15040413          	add	s0,s0,336 # 80405150 <strnlen+0x56e>
80400256:	b5ad                	j	804000c0 <main+0x20>
80400258:	80401537          	lui	a0,0x80401
8040025c:	dec50513          	add	a0,a0,-532 # 80400dec <hook>
80400260:	00002097          	auipc	ra,0x2
80400264:	49a080e7          	jalr	1178(ra) # 804026fa <uni_set_revoke_hook>
80400268:	00001097          	auipc	ra,0x1
8040026c:	abc080e7          	jalr	-1348(ra) # 80400d24 <bind_pages>
80400270:	ea054de3          	bltz	a0,8040012a <main+0x8a>
80400274:	80405537          	lui	a0,0x80405
80400278:	0d450513          	add	a0,a0,212 # 804050d4 <strnlen+0x4f2>
8040027c:	00003097          	auipc	ra,0x3
80400280:	06a080e7          	jalr	106(ra) # 804032e6 <printf>
80400284:	a029                	j	8040028e <main+0x1ee>
80400286:	00002097          	auipc	ra,0x2
8040028a:	f18080e7          	jalr	-232(ra) # 8040219e <uni_sleep_ms>
8040028e:	00002097          	auipc	ra,0x2
80400292:	476080e7          	jalr	1142(ra) # 80402704 <uni_revoke_stats>
80400296:	411c                	lw	a5,0(a0)
80400298:	4515                	li	a0,5
8040029a:	d7f5                	beqz	a5,80400286 <main+0x1e6>
8040029c:	00002097          	auipc	ra,0x2
804002a0:	468080e7          	jalr	1128(ra) # 80402704 <uni_revoke_stats>
804002a4:	842a                	mv	s0,a0
804002a6:	80405537          	lui	a0,0x80405
804002aa:	0e050513          	add	a0,a0,224 # 804050e0 <strnlen+0x4fe>
804002ae:	00001097          	auipc	ra,0x1
804002b2:	a20080e7          	jalr	-1504(ra) # 80400cce <print_lost>
804002b6:	481c                	lw	a5,16(s0)
804002b8:	4458                	lw	a4,12(s0)
804002ba:	4414                	lw	a3,8(s0)
804002bc:	4050                	lw	a2,4(s0)
804002be:	400c                	lw	a1,0(s0)
804002c0:	80405537          	lui	a0,0x80405
804002c4:	0ec50513          	add	a0,a0,236 # 804050ec <strnlen+0x50a>
804002c8:	00003097          	auipc	ra,0x3
804002cc:	01e080e7          	jalr	30(ra) # 804032e6 <printf>
804002d0:	00002097          	auipc	ra,0x2
804002d4:	3de080e7          	jalr	990(ra) # 804026ae <uni_bound_pages>
804002d8:	804077b7          	lui	a5,0x80407
804002dc:	0c87a783          	lw	a5,200(a5) # 804070c8 <pv_shared_info>
804002e0:	85aa                	mv	a1,a0
804002e2:	80405537          	lui	a0,0x80405
804002e6:	1407a603          	lw	a2,320(a5)
804002ea:	12850513          	add	a0,a0,296 # 80405128 <strnlen+0x546>
804002ee:	00003097          	auipc	ra,0x3
804002f2:	ff8080e7          	jalr	-8(ra) # 804032e6 <printf>
804002f6:	00001097          	auipc	ra,0x1
804002fa:	b90080e7          	jalr	-1136(ra) # 80400e86 <check_kept.isra.0>
804002fe:	50b6                	lw	ra,108(sp)
80400300:	5426                	lw	s0,104(sp)
80400302:	5906                	lw	s2,96(sp)
80400304:	49f6                	lw	s3,92(sp)
80400306:	4a66                	lw	s4,88(sp)
80400308:	4ad6                	lw	s5,84(sp)
8040030a:	4b46                	lw	s6,80(sp)
8040030c:	4bb6                	lw	s7,76(sp)
8040030e:	4c26                	lw	s8,72(sp)
80400310:	4c96                	lw	s9,68(sp)
80400312:	8526                	mv	a0,s1
80400314:	5496                	lw	s1,100(sp)
80400316:	6165                	add	sp,sp,112
80400318:	8082                	ret
8040031a:	00002097          	auipc	ra,0x2
8040031e:	694080e7          	jalr	1684(ra) # 804029ae <uni_blk_sectors>
80400322:	85aa                	mv	a1,a0
80400324:	80405537          	lui	a0,0x80405
80400328:	04000613          	li	a2,64
8040032c:	52050513          	add	a0,a0,1312 # 80405520 <strnlen+0x93e>
80400330:	00001097          	auipc	ra,0x1
80400334:	b12080e7          	jalr	-1262(ra) # 80400e42 <expect>
80400338:	45a1                	li	a1,8
8040033a:	03c00513          	li	a0,60
8040033e:	00002097          	auipc	ra,0x2
80400342:	686080e7          	jalr	1670(ra) # 804029c4 <uni_blk_bind_extent>
80400346:	85aa                	mv	a1,a0
80400348:	80405537          	lui	a0,0x80405
8040034c:	5629                	li	a2,-22
8040034e:	53850513          	add	a0,a0,1336 # 80405538 <strnlen+0x956>
80400352:	00001097          	auipc	ra,0x1
80400356:	af0080e7          	jalr	-1296(ra) # 80400e42 <expect>
8040035a:	4581                	li	a1,0
8040035c:	4521                	li	a0,8
8040035e:	00002097          	auipc	ra,0x2
80400362:	666080e7          	jalr	1638(ra) # 804029c4 <uni_blk_bind_extent>
80400366:	85aa                	mv	a1,a0
80400368:	80405537          	lui	a0,0x80405
8040036c:	5629                	li	a2,-22
8040036e:	55850513          	add	a0,a0,1368 # 80405558 <strnlen+0x976>
80400372:	00001097          	auipc	ra,0x1
80400376:	ad0080e7          	jalr	-1328(ra) # 80400e42 <expect>
8040037a:	45a1                	li	a1,8
8040037c:	4521                	li	a0,8
8040037e:	00002097          	auipc	ra,0x2
80400382:	646080e7          	jalr	1606(ra) # 804029c4 <uni_blk_bind_extent>
80400386:	85aa                	mv	a1,a0
80400388:	80405537          	lui	a0,0x80405
8040038c:	4601                	li	a2,0
8040038e:	57050513          	add	a0,a0,1392 # 80405570 <strnlen+0x98e>
80400392:	00001097          	auipc	ra,0x1
80400396:	ab0080e7          	jalr	-1360(ra) # 80400e42 <expect>
8040039a:	80407437          	lui	s0,0x80407
8040039e:	12040613          	add	a2,s0,288 # 80407120 <buf>
804003a2:	45a1                	li	a1,8
804003a4:	4521                	li	a0,8
804003a6:	00002097          	auipc	ra,0x2
804003aa:	64e080e7          	jalr	1614(ra) # 804029f4 <uni_blk_read>
804003ae:	85aa                	mv	a1,a0
804003b0:	80405537          	lui	a0,0x80405
804003b4:	4601                	li	a2,0
804003b6:	58450513          	add	a0,a0,1412 # 80405584 <strnlen+0x9a2>
804003ba:	00001097          	auipc	ra,0x1
804003be:	a88080e7          	jalr	-1400(ra) # 80400e42 <expect>
804003c2:	12040493          	add	s1,s0,288
804003c6:	12040693          	add	a3,s0,288
804003ca:	4721                	li	a4,8
804003cc:	4585                	li	a1,1
804003ce:	4641                	li	a2,16
804003d0:	0006c783          	lbu	a5,0(a3)
804003d4:	20068693          	add	a3,a3,512
804003d8:	8f99                	sub	a5,a5,a4
804003da:	0017b793          	seqz	a5,a5
804003de:	0705                	add	a4,a4,1
804003e0:	8dfd                	and	a1,a1,a5
804003e2:	fec717e3          	bne	a4,a2,804003d0 <main+0x330>
804003e6:	80405537          	lui	a0,0x80405
804003ea:	4605                	li	a2,1
804003ec:	59850513          	add	a0,a0,1432 # 80405598 <strnlen+0x9b6>
804003f0:	00001097          	auipc	ra,0x1
804003f4:	a52080e7          	jalr	-1454(ra) # 80400e42 <expect>
804003f8:	6605                	lui	a2,0x1
804003fa:	0ee00593          	li	a1,238
804003fe:	12040513          	add	a0,s0,288
80400402:	00003097          	auipc	ra,0x3
80400406:	ebc080e7          	jalr	-324(ra) # 804032be <memset>
8040040a:	12040613          	add	a2,s0,288
8040040e:	4585                	li	a1,1
80400410:	4531                	li	a0,12
80400412:	00002097          	auipc	ra,0x2
80400416:	66e080e7          	jalr	1646(ra) # 80402a80 <uni_blk_write>
8040041a:	85aa                	mv	a1,a0
8040041c:	80405537          	lui	a0,0x80405
80400420:	4601                	li	a2,0
80400422:	5b450513          	add	a0,a0,1460 # 804055b4 <strnlen+0x9d2>
80400426:	00001097          	auipc	ra,0x1
8040042a:	a1c080e7          	jalr	-1508(ra) # 80400e42 <expect>
8040042e:	12040613          	add	a2,s0,288
80400432:	4585                	li	a1,1
80400434:	4501                	li	a0,0
80400436:	00002097          	auipc	ra,0x2
8040043a:	5be080e7          	jalr	1470(ra) # 804029f4 <uni_blk_read>
8040043e:	85aa                	mv	a1,a0
80400440:	80405537          	lui	a0,0x80405
80400444:	567d                	li	a2,-1
80400446:	5c450513          	add	a0,a0,1476 # 804055c4 <strnlen+0x9e2>
8040044a:	00001097          	auipc	ra,0x1
8040044e:	9f8080e7          	jalr	-1544(ra) # 80400e42 <expect>
80400452:	12040613          	add	a2,s0,288
80400456:	4589                	li	a1,2
80400458:	453d                	li	a0,15
8040045a:	00002097          	auipc	ra,0x2
8040045e:	59a080e7          	jalr	1434(ra) # 804029f4 <uni_blk_read>
80400462:	85aa                	mv	a1,a0
80400464:	80405537          	lui	a0,0x80405
80400468:	567d                	li	a2,-1
8040046a:	5dc50513          	add	a0,a0,1500 # 804055dc <strnlen+0x9fa>
8040046e:	00001097          	auipc	ra,0x1
80400472:	9d4080e7          	jalr	-1580(ra) # 80400e42 <expect>
80400476:	12040613          	add	a2,s0,288
8040047a:	4585                	li	a1,1
8040047c:	4551                	li	a0,20
8040047e:	00002097          	auipc	ra,0x2
80400482:	602080e7          	jalr	1538(ra) # 80402a80 <uni_blk_write>
80400486:	85aa                	mv	a1,a0
80400488:	80405537          	lui	a0,0x80405
8040048c:	567d                	li	a2,-1
8040048e:	60850513          	add	a0,a0,1544 # 80405608 <strnlen+0xa26>
80400492:	00001097          	auipc	ra,0x1
80400496:	9b0080e7          	jalr	-1616(ra) # 80400e42 <expect>
8040049a:	4589                	li	a1,2
8040049c:	02000513          	li	a0,32
804004a0:	00002097          	auipc	ra,0x2
804004a4:	524080e7          	jalr	1316(ra) # 804029c4 <uni_blk_bind_extent>
804004a8:	85aa                	mv	a1,a0
804004aa:	80405537          	lui	a0,0x80405
804004ae:	4601                	li	a2,0
804004b0:	62450513          	add	a0,a0,1572 # 80405624 <strnlen+0xa42>
804004b4:	00001097          	auipc	ra,0x1
804004b8:	98e080e7          	jalr	-1650(ra) # 80400e42 <expect>
804004bc:	12040613          	add	a2,s0,288
804004c0:	4585                	li	a1,1
804004c2:	02100513          	li	a0,33
804004c6:	00002097          	auipc	ra,0x2
804004ca:	52e080e7          	jalr	1326(ra) # 804029f4 <uni_blk_read>
804004ce:	85aa                	mv	a1,a0
804004d0:	80405537          	lui	a0,0x80405
804004d4:	4601                	li	a2,0
804004d6:	63c50513          	add	a0,a0,1596 # 8040563c <strnlen+0xa5a>
804004da:	00001097          	auipc	ra,0x1
804004de:	968080e7          	jalr	-1688(ra) # 80400e42 <expect>
804004e2:	0004c583          	lbu	a1,0(s1)
804004e6:	80405537          	lui	a0,0x80405
804004ea:	02100613          	li	a2,33
804004ee:	64c50513          	add	a0,a0,1612 # 8040564c <strnlen+0xa6a>
804004f2:	00001097          	auipc	ra,0x1
804004f6:	950080e7          	jalr	-1712(ra) # 80400e42 <expect>
804004fa:	80407437          	lui	s0,0x80407
804004fe:	0b042583          	lw	a1,176(s0) # 804070b0 <failures>
80400502:	80405537          	lui	a0,0x80405
80400506:	66850513          	add	a0,a0,1640 # 80405668 <strnlen+0xa86>
8040050a:	00003097          	auipc	ra,0x3
8040050e:	ddc080e7          	jalr	-548(ra) # 804032e6 <printf>
80400512:	0b042483          	lw	s1,176(s0)
80400516:	b3e5                	j	804002fe <main+0x25e>
80400518:	80407ab7          	lui	s5,0x80407
8040051c:	0c0aa703          	lw	a4,192(s5) # 804070c0 <uni_start_info>
80400520:	6785                	lui	a5,0x1
80400522:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80400526:	02072903          	lw	s2,32(a4)
8040052a:	3f27e063          	bltu	a5,s2,8040090a <main+0x86a>
8040052e:	80408b37          	lui	s6,0x80408
80400532:	120b0593          	add	a1,s6,288 # 80408120 <frames>
80400536:	04100513          	li	a0,65
8040053a:	00002097          	auipc	ra,0x2
8040053e:	f20080e7          	jalr	-224(ra) # 8040245a <uni_bind_frames>
80400542:	85aa                	mv	a1,a0
80400544:	80405537          	lui	a0,0x80405
80400548:	5665                	li	a2,-7
8040054a:	20850513          	add	a0,a0,520 # 80405208 <strnlen+0x626>
8040054e:	00001097          	auipc	ra,0x1
80400552:	8f4080e7          	jalr	-1804(ra) # 80400e42 <expect>
80400556:	3c090463          	beqz	s2,8040091e <main+0x87e>
8040055a:	4401                	li	s0,0
8040055c:	120b0c13          	add	s8,s6,288
80400560:	04000a13          	li	s4,64
80400564:	00241593          	sll	a1,s0,0x2
80400568:	408904b3          	sub	s1,s2,s0
8040056c:	95e2                	add	a1,a1,s8
8040056e:	009a7463          	bgeu	s4,s1,80400576 <main+0x4d6>
80400572:	04000493          	li	s1,64
80400576:	8526                	mv	a0,s1
80400578:	00002097          	auipc	ra,0x2
8040057c:	ee2080e7          	jalr	-286(ra) # 8040245a <uni_bind_frames>
80400580:	38050163          	beqz	a0,80400902 <main+0x862>
80400584:	80405537          	lui	a0,0x80405
80400588:	864a                	mv	a2,s2
8040058a:	85a2                	mv	a1,s0
8040058c:	23850513          	add	a0,a0,568 # 80405238 <strnlen+0x656>
80400590:	00001097          	auipc	ra,0x1
80400594:	8b2080e7          	jalr	-1870(ra) # 80400e42 <expect>
80400598:	80407bb7          	lui	s7,0x80407
8040059c:	0c8ba783          	lw	a5,200(s7) # 804070c8 <pv_shared_info>
804005a0:	80405537          	lui	a0,0x80405
804005a4:	864a                	mv	a2,s2
804005a6:	1407a583          	lw	a1,320(a5)
804005aa:	26850513          	add	a0,a0,616 # 80405268 <strnlen+0x686>
804005ae:	00001097          	auipc	ra,0x1
804005b2:	894080e7          	jalr	-1900(ra) # 80400e42 <expect>
804005b6:	006c                	add	a1,sp,12
804005b8:	4505                	li	a0,1
804005ba:	00002097          	auipc	ra,0x2
804005be:	ea0080e7          	jalr	-352(ra) # 8040245a <uni_bind_frames>
804005c2:	85aa                	mv	a1,a0
804005c4:	80405537          	lui	a0,0x80405
804005c8:	5651                	li	a2,-12
804005ca:	28050513          	add	a0,a0,640 # 80405280 <strnlen+0x69e>
804005ce:	00001097          	auipc	ra,0x1
804005d2:	874080e7          	jalr	-1932(ra) # 80400e42 <expect>
804005d6:	38040f63          	beqz	s0,80400974 <main+0x8d4>
804005da:	8a62                	mv	s4,s8
804005dc:	8962                	mv	s2,s8
804005de:	4c85                	li	s9,1
804005e0:	4481                	li	s1,0
804005e2:	00092503          	lw	a0,0(s2)
804005e6:	0485                	add	s1,s1,1
804005e8:	0911                	add	s2,s2,4
804005ea:	00001097          	auipc	ra,0x1
804005ee:	cb2080e7          	jalr	-846(ra) # 8040129c <uni_mfn_to_virt>
804005f2:	00153793          	seqz	a5,a0
804005f6:	00fcfcb3          	and	s9,s9,a5
804005fa:	fe8494e3          	bne	s1,s0,804005e2 <main+0x542>
804005fe:	80405537          	lui	a0,0x80405
80400602:	4605                	li	a2,1
80400604:	85e6                	mv	a1,s9
80400606:	2a450513          	add	a0,a0,676 # 804052a4 <strnlen+0x6c2>
8040060a:	00001097          	auipc	ra,0x1
8040060e:	838080e7          	jalr	-1992(ra) # 80400e42 <expect>
80400612:	000c2783          	lw	a5,0(s8)
80400616:	182c                	add	a1,sp,56
80400618:	4509                	li	a0,2
8040061a:	dc3e                	sw	a5,56(sp)
8040061c:	de3e                	sw	a5,60(sp)
8040061e:	00002097          	auipc	ra,0x2
80400622:	e54080e7          	jalr	-428(ra) # 80402472 <uni_unbind_frames>
80400626:	85aa                	mv	a1,a0
80400628:	fff40913          	add	s2,s0,-1
8040062c:	80405537          	lui	a0,0x80405
80400630:	5629                	li	a2,-22
80400632:	2c450513          	add	a0,a0,708 # 804052c4 <strnlen+0x6e2>
80400636:	fc040493          	add	s1,s0,-64
8040063a:	fc097913          	and	s2,s2,-64
8040063e:	00001097          	auipc	ra,0x1
80400642:	804080e7          	jalr	-2044(ra) # 80400e42 <expect>
80400646:	41248933          	sub	s2,s1,s2
8040064a:	04000c13          	li	s8,64
8040064e:	a019                	j	80400654 <main+0x5b4>
80400650:	fc048493          	add	s1,s1,-64
80400654:	85d2                	mv	a1,s4
80400656:	8522                	mv	a0,s0
80400658:	008c7463          	bgeu	s8,s0,80400660 <main+0x5c0>
8040065c:	04000513          	li	a0,64
80400660:	00002097          	auipc	ra,0x2
80400664:	e12080e7          	jalr	-494(ra) # 80402472 <uni_unbind_frames>
80400668:	8426                	mv	s0,s1
8040066a:	00a9e9b3          	or	s3,s3,a0
8040066e:	100a0a13          	add	s4,s4,256
80400672:	fd249fe3          	bne	s1,s2,80400650 <main+0x5b0>
80400676:	80405537          	lui	a0,0x80405
8040067a:	85ce                	mv	a1,s3
8040067c:	2f850513          	add	a0,a0,760 # 804052f8 <strnlen+0x716>
80400680:	4601                	li	a2,0
80400682:	00000097          	auipc	ra,0x0
80400686:	7c0080e7          	jalr	1984(ra) # 80400e42 <expect>
8040068a:	0c8ba783          	lw	a5,200(s7)
8040068e:	80405537          	lui	a0,0x80405
80400692:	4601                	li	a2,0
80400694:	1407a583          	lw	a1,320(a5)
80400698:	30850513          	add	a0,a0,776 # 80405308 <strnlen+0x726>
8040069c:	64a1                	lui	s1,0x8
8040069e:	00000097          	auipc	ra,0x0
804006a2:	7a4080e7          	jalr	1956(ra) # 80400e42 <expect>
804006a6:	120b0593          	add	a1,s6,288
804006aa:	4505                	li	a0,1
804006ac:	00002097          	auipc	ra,0x2
804006b0:	dc6080e7          	jalr	-570(ra) # 80402472 <uni_unbind_frames>
804006b4:	85aa                	mv	a1,a0
804006b6:	80405537          	lui	a0,0x80405
804006ba:	5629                	li	a2,-22
804006bc:	32050513          	add	a0,a0,800 # 80405320 <strnlen+0x73e>
804006c0:	00000097          	auipc	ra,0x0
804006c4:	782080e7          	jalr	1922(ra) # 80400e42 <expect>
804006c8:	0c0aa783          	lw	a5,192(s5)
804006cc:	5fc8                	lw	a0,60(a5)
804006ce:	00001097          	auipc	ra,0x1
804006d2:	b96080e7          	jalr	-1130(ra) # 80401264 <uni_virt_to_mfn>
804006d6:	87aa                	mv	a5,a0
804006d8:	080c                	add	a1,sp,16
804006da:	4505                	li	a0,1
804006dc:	c83e                	sw	a5,16(sp)
804006de:	00002097          	auipc	ra,0x2
804006e2:	d94080e7          	jalr	-620(ra) # 80402472 <uni_unbind_frames>
804006e6:	85aa                	mv	a1,a0
804006e8:	80405537          	lui	a0,0x80405
804006ec:	5629                	li	a2,-22
804006ee:	34c50513          	add	a0,a0,844 # 8040534c <strnlen+0x76a>
804006f2:	00000097          	auipc	ra,0x0
804006f6:	750080e7          	jalr	1872(ra) # 80400e42 <expect>
804006fa:	084c                	add	a1,sp,20
804006fc:	4505                	li	a0,1
804006fe:	ca02                	sw	zero,20(sp)
80400700:	00002097          	auipc	ra,0x2
80400704:	d72080e7          	jalr	-654(ra) # 80402472 <uni_unbind_frames>
80400708:	85aa                	mv	a1,a0
8040070a:	80405537          	lui	a0,0x80405
8040070e:	5629                	li	a2,-22
80400710:	36c50513          	add	a0,a0,876 # 8040536c <strnlen+0x78a>
80400714:	00000097          	auipc	ra,0x0
80400718:	72e080e7          	jalr	1838(ra) # 80400e42 <expect>
8040071c:	00002097          	auipc	ra,0x2
80400720:	d6e080e7          	jalr	-658(ra) # 8040248a <uni_bound_page_alloc>
80400724:	842a                	mv	s0,a0
80400726:	00a035b3          	snez	a1,a0
8040072a:	80405537          	lui	a0,0x80405
8040072e:	4605                	li	a2,1
80400730:	39850513          	add	a0,a0,920 # 80405398 <strnlen+0x7b6>
80400734:	00000097          	auipc	ra,0x0
80400738:	70e080e7          	jalr	1806(ra) # 80400e42 <expect>
8040073c:	8522                	mv	a0,s0
8040073e:	00002097          	auipc	ra,0x2
80400742:	f7a080e7          	jalr	-134(ra) # 804026b8 <uni_bound_mfn>
80400746:	87aa                	mv	a5,a0
80400748:	082c                	add	a1,sp,24
8040074a:	4505                	li	a0,1
8040074c:	cc3e                	sw	a5,24(sp)
8040074e:	00002097          	auipc	ra,0x2
80400752:	d24080e7          	jalr	-732(ra) # 80402472 <uni_unbind_frames>
80400756:	85aa                	mv	a1,a0
80400758:	80405537          	lui	a0,0x80405
8040075c:	5641                	li	a2,-16
8040075e:	3ac50513          	add	a0,a0,940 # 804053ac <strnlen+0x7ca>
80400762:	00000097          	auipc	ra,0x0
80400766:	6e0080e7          	jalr	1760(ra) # 80400e42 <expect>
8040076a:	8522                	mv	a0,s0
8040076c:	00002097          	auipc	ra,0x2
80400770:	eb0080e7          	jalr	-336(ra) # 8040261c <uni_bound_page_free>
80400774:	85aa                	mv	a1,a0
80400776:	80405537          	lui	a0,0x80405
8040077a:	4601                	li	a2,0
8040077c:	3d450513          	add	a0,a0,980 # 804053d4 <strnlen+0x7f2>
80400780:	00000097          	auipc	ra,0x0
80400784:	6c2080e7          	jalr	1730(ra) # 80400e42 <expect>
80400788:	082c                	add	a1,sp,24
8040078a:	4505                	li	a0,1
8040078c:	00002097          	auipc	ra,0x2
80400790:	ce6080e7          	jalr	-794(ra) # 80402472 <uni_unbind_frames>
80400794:	85aa                	mv	a1,a0
80400796:	80405537          	lui	a0,0x80405
8040079a:	5629                	li	a2,-22
8040079c:	3e850513          	add	a0,a0,1000 # 804053e8 <strnlen+0x806>
804007a0:	00000097          	auipc	ra,0x0
804007a4:	6a2080e7          	jalr	1698(ra) # 80400e42 <expect>
804007a8:	086c                	add	a1,sp,28
804007aa:	4505                	li	a0,1
804007ac:	00002097          	auipc	ra,0x2
804007b0:	cae080e7          	jalr	-850(ra) # 8040245a <uni_bind_frames>
804007b4:	85aa                	mv	a1,a0
804007b6:	80405537          	lui	a0,0x80405
804007ba:	40450513          	add	a0,a0,1028 # 80405404 <strnlen+0x822>
804007be:	4601                	li	a2,0
804007c0:	00000097          	auipc	ra,0x0
804007c4:	682080e7          	jalr	1666(ra) # 80400e42 <expect>
804007c8:	47f2                	lw	a5,28(sp)
804007ca:	d002                	sw	zero,32(sp)
804007cc:	1008                	add	a0,sp,32
804007ce:	d23e                	sw	a5,36(sp)
804007d0:	4585                	li	a1,1
804007d2:	4601                	li	a2,0
804007d4:	ff048693          	add	a3,s1,-16 # 7ff0 <errno+0x7ff0>
804007d8:	48e9                	li	a7,26
804007da:	00000073          	ecall
804007de:	85aa                	mv	a1,a0
804007e0:	80405537          	lui	a0,0x80405
804007e4:	42050513          	add	a0,a0,1056 # 80405420 <strnlen+0x83e>
804007e8:	00000097          	auipc	ra,0x0
804007ec:	65a080e7          	jalr	1626(ra) # 80400e42 <expect>
804007f0:	086c                	add	a1,sp,28
804007f2:	4505                	li	a0,1
804007f4:	00002097          	auipc	ra,0x2
804007f8:	c7e080e7          	jalr	-898(ra) # 80402472 <uni_unbind_frames>
804007fc:	85aa                	mv	a1,a0
804007fe:	80405537          	lui	a0,0x80405
80400802:	43850513          	add	a0,a0,1080 # 80405438 <strnlen+0x856>
80400806:	5641                	li	a2,-16
80400808:	00000097          	auipc	ra,0x0
8040080c:	63a080e7          	jalr	1594(ra) # 80400e42 <expect>
80400810:	4791                	li	a5,4
80400812:	d43e                	sw	a5,40(sp)
80400814:	47f2                	lw	a5,28(sp)
80400816:	1028                	add	a0,sp,40
80400818:	4585                	li	a1,1
8040081a:	d63e                	sw	a5,44(sp)
8040081c:	4601                	li	a2,0
8040081e:	ff048693          	add	a3,s1,-16
80400822:	48e9                	li	a7,26
80400824:	00000073          	ecall
80400828:	85aa                	mv	a1,a0
8040082a:	80405537          	lui	a0,0x80405
8040082e:	45850513          	add	a0,a0,1112 # 80405458 <strnlen+0x876>
80400832:	00000097          	auipc	ra,0x0
80400836:	610080e7          	jalr	1552(ra) # 80400e42 <expect>
8040083a:	086c                	add	a1,sp,28
8040083c:	4505                	li	a0,1
8040083e:	00002097          	auipc	ra,0x2
80400842:	c34080e7          	jalr	-972(ra) # 80402472 <uni_unbind_frames>
80400846:	85aa                	mv	a1,a0
80400848:	80405537          	lui	a0,0x80405
8040084c:	46450513          	add	a0,a0,1124 # 80405464 <strnlen+0x882>
80400850:	4601                	li	a2,0
80400852:	00000097          	auipc	ra,0x0
80400856:	5f0080e7          	jalr	1520(ra) # 80400e42 <expect>
8040085a:	450d                	li	a0,3
8040085c:	4585                	li	a1,1
8040085e:	03000893          	li	a7,48
80400862:	00000073          	ecall
80400866:	85aa                	mv	a1,a0
80400868:	80405537          	lui	a0,0x80405
8040086c:	47050513          	add	a0,a0,1136 # 80405470 <strnlen+0x88e>
80400870:	5629                	li	a2,-22
80400872:	00000097          	auipc	ra,0x0
80400876:	5d0080e7          	jalr	1488(ra) # 80400e42 <expect>
8040087a:	06300513          	li	a0,99
8040087e:	4581                	li	a1,0
80400880:	03000893          	li	a7,48
80400884:	00000073          	ecall
80400888:	85aa                	mv	a1,a0
8040088a:	80405537          	lui	a0,0x80405
8040088e:	4a450513          	add	a0,a0,1188 # 804054a4 <strnlen+0x8c2>
80400892:	fda00613          	li	a2,-38
80400896:	00000097          	auipc	ra,0x0
8040089a:	5ac080e7          	jalr	1452(ra) # 80400e42 <expect>
8040089e:	4501                	li	a0,0
804008a0:	45c1                	li	a1,16
804008a2:	03000893          	li	a7,48
804008a6:	00000073          	ecall
804008aa:	85aa                	mv	a1,a0
804008ac:	80405537          	lui	a0,0x80405
804008b0:	4c850513          	add	a0,a0,1224 # 804054c8 <strnlen+0x8e6>
804008b4:	5649                	li	a2,-14
804008b6:	00000097          	auipc	ra,0x0
804008ba:	58c080e7          	jalr	1420(ra) # 80400e42 <expect>
804008be:	4785                	li	a5,1
804008c0:	da3e                	sw	a5,52(sp)
804008c2:	d802                	sw	zero,48(sp)
804008c4:	4509                	li	a0,2
804008c6:	180c                	add	a1,sp,48
804008c8:	03000893          	li	a7,48
804008cc:	00000073          	ecall
804008d0:	85aa                	mv	a1,a0
804008d2:	80405537          	lui	a0,0x80405
804008d6:	5629                	li	a2,-22
804008d8:	4e450513          	add	a0,a0,1252 # 804054e4 <strnlen+0x902>
804008dc:	00000097          	auipc	ra,0x0
804008e0:	566080e7          	jalr	1382(ra) # 80400e42 <expect>
804008e4:	80407437          	lui	s0,0x80407
804008e8:	0b042583          	lw	a1,176(s0) # 804070b0 <failures>
804008ec:	80405537          	lui	a0,0x80405
804008f0:	50450513          	add	a0,a0,1284 # 80405504 <strnlen+0x922>
804008f4:	00003097          	auipc	ra,0x3
804008f8:	9f2080e7          	jalr	-1550(ra) # 804032e6 <printf>
804008fc:	0b042483          	lw	s1,176(s0)
80400900:	bafd                	j	804002fe <main+0x25e>
80400902:	9426                	add	s0,s0,s1
80400904:	c72460e3          	bltu	s0,s2,80400564 <main+0x4c4>
80400908:	b9b5                	j	80400584 <main+0x4e4>
8040090a:	80405537          	lui	a0,0x80405
8040090e:	1d850513          	add	a0,a0,472 # 804051d8 <strnlen+0x5f6>
80400912:	00003097          	auipc	ra,0x3
80400916:	9d4080e7          	jalr	-1580(ra) # 804032e6 <printf>
8040091a:	4485                	li	s1,1
8040091c:	b2cd                	j	804002fe <main+0x25e>
8040091e:	80405537          	lui	a0,0x80405
80400922:	4601                	li	a2,0
80400924:	4581                	li	a1,0
80400926:	23850513          	add	a0,a0,568 # 80405238 <strnlen+0x656>
8040092a:	00000097          	auipc	ra,0x0
8040092e:	518080e7          	jalr	1304(ra) # 80400e42 <expect>
80400932:	80407bb7          	lui	s7,0x80407
80400936:	0c8ba783          	lw	a5,200(s7) # 804070c8 <pv_shared_info>
8040093a:	80405537          	lui	a0,0x80405
8040093e:	4601                	li	a2,0
80400940:	1407a583          	lw	a1,320(a5)
80400944:	26850513          	add	a0,a0,616 # 80405268 <strnlen+0x686>
80400948:	120b0c13          	add	s8,s6,288
8040094c:	00000097          	auipc	ra,0x0
80400950:	4f6080e7          	jalr	1270(ra) # 80400e42 <expect>
80400954:	006c                	add	a1,sp,12
80400956:	4505                	li	a0,1
80400958:	00002097          	auipc	ra,0x2
8040095c:	b02080e7          	jalr	-1278(ra) # 8040245a <uni_bind_frames>
80400960:	85aa                	mv	a1,a0
80400962:	80405537          	lui	a0,0x80405
80400966:	5651                	li	a2,-12
80400968:	28050513          	add	a0,a0,640 # 80405280 <strnlen+0x69e>
8040096c:	00000097          	auipc	ra,0x0
80400970:	4d6080e7          	jalr	1238(ra) # 80400e42 <expect>
80400974:	80405537          	lui	a0,0x80405
80400978:	4605                	li	a2,1
8040097a:	2a450513          	add	a0,a0,676 # 804052a4 <strnlen+0x6c2>
8040097e:	4585                	li	a1,1
80400980:	00000097          	auipc	ra,0x0
80400984:	4c2080e7          	jalr	1218(ra) # 80400e42 <expect>
80400988:	000c2783          	lw	a5,0(s8)
8040098c:	182c                	add	a1,sp,56
8040098e:	4509                	li	a0,2
80400990:	dc3e                	sw	a5,56(sp)
80400992:	de3e                	sw	a5,60(sp)
80400994:	00002097          	auipc	ra,0x2
80400998:	ade080e7          	jalr	-1314(ra) # 80402472 <uni_unbind_frames>
8040099c:	85aa                	mv	a1,a0
8040099e:	80405537          	lui	a0,0x80405
804009a2:	5629                	li	a2,-22
804009a4:	2c450513          	add	a0,a0,708 # 804052c4 <strnlen+0x6e2>
804009a8:	00000097          	auipc	ra,0x0
804009ac:	49a080e7          	jalr	1178(ra) # 80400e42 <expect>
804009b0:	b1d9                	j	80400676 <main+0x5d6>

804009b2 <console_init>:
804009b2:	1141                	add	sp,sp,-16
804009b4:	804077b7          	lui	a5,0x80407
804009b8:	c422                	sw	s0,8(sp)
804009ba:	0c07a403          	lw	s0,192(a5) # 804070c0 <uni_start_info>
804009be:	c606                	sw	ra,12(sp)
804009c0:	5848                	lw	a0,52(s0)
804009c2:	00001097          	auipc	ra,0x1
804009c6:	8da080e7          	jalr	-1830(ra) # 8040129c <uni_mfn_to_virt>
804009ca:	c939                	beqz	a0,80400a20 <console_init+0x6e>
804009cc:	5c10                	lw	a2,56(s0)
804009ce:	85aa                	mv	a1,a0
804009d0:	804026b7          	lui	a3,0x80402
804009d4:	8041c537          	lui	a0,0x8041c
804009d8:	52450513          	add	a0,a0,1316 # 8041c524 <cons>
804009dc:	a2a68693          	add	a3,a3,-1494 # 80401a2a <pv_block>
804009e0:	00001097          	auipc	ra,0x1
804009e4:	162080e7          	jalr	354(ra) # 80401b42 <pvcons_init>
804009e8:	5c08                	lw	a0,56(s0)
804009ea:	804025b7          	lui	a1,0x80402
804009ee:	4601                	li	a2,0
804009f0:	0e058593          	add	a1,a1,224 # 804020e0 <cons_event>
804009f4:	00001097          	auipc	ra,0x1
804009f8:	e9c080e7          	jalr	-356(ra) # 80401890 <evtchn_bind>
804009fc:	02054a63          	bltz	a0,80400a30 <console_init+0x7e>
80400a00:	4422                	lw	s0,8(sp)
80400a02:	40b2                	lw	ra,12(sp)
80400a04:	804077b7          	lui	a5,0x80407
80400a08:	4705                	li	a4,1
80400a0a:	80402537          	lui	a0,0x80402
80400a0e:	0ce7a823          	sw	a4,208(a5) # 804070d0 <ready>
80400a12:	0e250513          	add	a0,a0,226 # 804020e2 <uni_console_drain>
80400a16:	0141                	add	sp,sp,16
80400a18:	00000317          	auipc	t1,0x0
80400a1c:	6a030067          	jr	1696(t1) # 804010b8 <uni_at_shutdown>
80400a20:	80406537          	lui	a0,0x80406
80400a24:	aec50513          	add	a0,a0,-1300 # 80405aec <names.0+0x58>
80400a28:	00000097          	auipc	ra,0x0
80400a2c:	6e0080e7          	jalr	1760(ra) # 80401108 <uni_panic>
80400a30:	80406537          	lui	a0,0x80406
80400a34:	b2050513          	add	a0,a0,-1248 # 80405b20 <names.0+0x8c>
80400a38:	00000097          	auipc	ra,0x0
80400a3c:	6d0080e7          	jalr	1744(ra) # 80401108 <uni_panic>

80400a40 <time_init>:
80400a40:	1141                	add	sp,sp,-16
80400a42:	c606                	sw	ra,12(sp)
80400a44:	c422                	sw	s0,8(sp)
80400a46:	c81027f3          	rdtimeh	a5
80400a4a:	c01026f3          	rdtime	a3
80400a4e:	c8102773          	rdtimeh	a4
80400a52:	fee79ae3          	bne	a5,a4,80400a46 <time_init+0x6>
80400a56:	80407437          	lui	s0,0x80407
80400a5a:	80407737          	lui	a4,0x80407
80400a5e:	0d440593          	add	a1,s0,212 # 804070d4 <timer_port>
80400a62:	4501                	li	a0,0
80400a64:	0cd72c23          	sw	a3,216(a4) # 804070d8 <boot_time>
80400a68:	0cf72e23          	sw	a5,220(a4)
80400a6c:	00001097          	auipc	ra,0x1
80400a70:	f44080e7          	jalr	-188(ra) # 804019b0 <evtchn_bind_virq>
80400a74:	02054363          	bltz	a0,80400a9a <time_init+0x5a>
80400a78:	0d442503          	lw	a0,212(s0)
80400a7c:	804025b7          	lui	a1,0x80402
80400a80:	4601                	li	a2,0
80400a82:	12458593          	add	a1,a1,292 # 80402124 <timer_event>
80400a86:	00001097          	auipc	ra,0x1
80400a8a:	e0a080e7          	jalr	-502(ra) # 80401890 <evtchn_bind>
80400a8e:	00054663          	bltz	a0,80400a9a <time_init+0x5a>
80400a92:	40b2                	lw	ra,12(sp)
80400a94:	4422                	lw	s0,8(sp)
80400a96:	0141                	add	sp,sp,16
80400a98:	8082                	ret
80400a9a:	80406537          	lui	a0,0x80406
80400a9e:	b3c50513          	add	a0,a0,-1220 # 80405b3c <names.0+0xa8>
80400aa2:	00000097          	auipc	ra,0x0
80400aa6:	666080e7          	jalr	1638(ra) # 80401108 <uni_panic>

80400aaa <memory_init>:
80400aaa:	804077b7          	lui	a5,0x80407
80400aae:	0c07a683          	lw	a3,192(a5) # 804070c0 <uni_start_info>
80400ab2:	804077b7          	lui	a5,0x80407
80400ab6:	0c87a603          	lw	a2,200(a5) # 804070c8 <pv_shared_info>
80400aba:	5ed8                	lw	a4,60(a3)
80400abc:	42bc                	lw	a5,64(a3)
80400abe:	528c                	lw	a1,32(a3)
80400ac0:	6685                	lui	a3,0x1
80400ac2:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
80400ac4:	9736                	add	a4,a4,a3
80400ac6:	07b2                	sll	a5,a5,0xc
80400ac8:	97ba                	add	a5,a5,a4
80400aca:	76fd                	lui	a3,0xfffff
80400acc:	8ff5                	and	a5,a5,a3
80400ace:	800008b7          	lui	a7,0x80000
80400ad2:	804076b7          	lui	a3,0x80407
80400ad6:	1116a423          	sw	a7,264(a3) # 80407108 <low_next>
80400ada:	804076b7          	lui	a3,0x80407
80400ade:	804008b7          	lui	a7,0x80400
80400ae2:	00080737          	lui	a4,0x80
80400ae6:	1116a223          	sw	a7,260(a3) # 80407104 <low_end>
80400aea:	804076b7          	lui	a3,0x80407
80400aee:	14462803          	lw	a6,324(a2) # 1144 <errno+0x1144>
80400af2:	972e                	add	a4,a4,a1
80400af4:	0ef6ae23          	sw	a5,252(a3) # 804070fc <brk>
80400af8:	804076b7          	lui	a3,0x80407
80400afc:	1141                	add	sp,sp,-16
80400afe:	15462603          	lw	a2,340(a2)
80400b02:	0732                	sll	a4,a4,0xc
80400b04:	10f6a023          	sw	a5,256(a3) # 80407100 <heap_start>
80400b08:	804077b7          	lui	a5,0x80407
80400b0c:	c422                	sw	s0,8(sp)
80400b0e:	0ee7ac23          	sw	a4,248(a5) # 804070f8 <top>
80400b12:	80407437          	lui	s0,0x80407
80400b16:	804077b7          	lui	a5,0x80407
80400b1a:	0f07a223          	sw	a6,228(a5) # 804070e4 <revoke_seen>
80400b1e:	0e840593          	add	a1,s0,232 # 804070e8 <revoke_port>
80400b22:	804077b7          	lui	a5,0x80407
80400b26:	4541                	li	a0,16
80400b28:	c606                	sw	ra,12(sp)
80400b2a:	0ec7a023          	sw	a2,224(a5) # 804070e0 <revoked_seen>
80400b2e:	00001097          	auipc	ra,0x1
80400b32:	e82080e7          	jalr	-382(ra) # 804019b0 <evtchn_bind_virq>
80400b36:	02054363          	bltz	a0,80400b5c <memory_init+0xb2>
80400b3a:	0e842503          	lw	a0,232(s0)
80400b3e:	804025b7          	lui	a1,0x80402
80400b42:	4601                	li	a2,0
80400b44:	1d058593          	add	a1,a1,464 # 804021d0 <revoke_event>
80400b48:	00001097          	auipc	ra,0x1
80400b4c:	d48080e7          	jalr	-696(ra) # 80401890 <evtchn_bind>
80400b50:	00054663          	bltz	a0,80400b5c <memory_init+0xb2>
80400b54:	40b2                	lw	ra,12(sp)
80400b56:	4422                	lw	s0,8(sp)
80400b58:	0141                	add	sp,sp,16
80400b5a:	8082                	ret
80400b5c:	80406537          	lui	a0,0x80406
80400b60:	b8450513          	add	a0,a0,-1148 # 80405b84 <names.0+0xf0>
80400b64:	00000097          	auipc	ra,0x0
80400b68:	5a4080e7          	jalr	1444(ra) # 80401108 <uni_panic>

80400b6c <blk_init>:
80400b6c:	7175                	add	sp,sp,-144
80400b6e:	804077b7          	lui	a5,0x80407
80400b72:	c326                	sw	s1,132(sp)
80400b74:	0c07a483          	lw	s1,192(a5) # 804070c0 <uni_start_info>
80400b78:	c706                	sw	ra,140(sp)
80400b7a:	c522                	sw	s0,136(sp)
80400b7c:	54c8                	lw	a0,44(s1)
80400b7e:	c14a                	sw	s2,128(sp)
80400b80:	dece                	sw	s3,124(sp)
80400b82:	00000097          	auipc	ra,0x0
80400b86:	71a080e7          	jalr	1818(ra) # 8040129c <uni_mfn_to_virt>
80400b8a:	10050263          	beqz	a0,80400c8e <blk_init+0x122>
80400b8e:	842a                	mv	s0,a0
80400b90:	5888                	lw	a0,48(s1)
80400b92:	804035b7          	lui	a1,0x80403
80400b96:	4601                	li	a2,0
80400b98:	9ac58593          	add	a1,a1,-1620 # 804029ac <store_event>
80400b9c:	00001097          	auipc	ra,0x1
80400ba0:	cf4080e7          	jalr	-780(ra) # 80401890 <evtchn_bind>
80400ba4:	0e054563          	bltz	a0,80400c8e <blk_init+0x122>
80400ba8:	5890                	lw	a2,48(s1)
80400baa:	8041e937          	lui	s2,0x8041e
80400bae:	804029b7          	lui	s3,0x80402
80400bb2:	a2a98693          	add	a3,s3,-1494 # 80401a2a <pv_block>
80400bb6:	85a2                	mv	a1,s0
80400bb8:	84890513          	add	a0,s2,-1976 # 8041d848 <store>
80400bbc:	00001097          	auipc	ra,0x1
80400bc0:	3f0080e7          	jalr	1008(ra) # 80401fac <xs_init>
80400bc4:	002c                	add	a1,sp,8
80400bc6:	84890513          	add	a0,s2,-1976
80400bca:	00001097          	auipc	ra,0x1
80400bce:	b0a080e7          	jalr	-1270(ra) # 804016d4 <blkfront_probe>
80400bd2:	57f9                	li	a5,-2
80400bd4:	08f50e63          	beq	a0,a5,80400c70 <blk_init+0x104>
80400bd8:	0e054363          	bltz	a0,80400cbe <blk_init+0x152>
80400bdc:	0068                	add	a0,sp,12
80400bde:	00001097          	auipc	ra,0x1
80400be2:	e66080e7          	jalr	-410(ra) # 80401a44 <gnttab_setup_frame>
80400be6:	0c054463          	bltz	a0,80400cae <blk_init+0x142>
80400bea:	00001097          	auipc	ra,0x1
80400bee:	7fe080e7          	jalr	2046(ra) # 804023e8 <uni_page_alloc>
80400bf2:	842a                	mv	s0,a0
80400bf4:	c549                	beqz	a0,80400c7e <blk_init+0x112>
80400bf6:	45b2                	lw	a1,12(sp)
80400bf8:	80406637          	lui	a2,0x80406
80400bfc:	c8860613          	add	a2,a2,-888 # 80405c88 <msg.0+0xb8>
80400c00:	00002097          	auipc	ra,0x2
80400c04:	b0e080e7          	jalr	-1266(ra) # 8040270e <uni_map_over>
80400c08:	8522                	mv	a0,s0
80400c0a:	00001097          	auipc	ra,0x1
80400c0e:	e90080e7          	jalr	-368(ra) # 80401a9a <gnttab_init>
80400c12:	00001097          	auipc	ra,0x1
80400c16:	7d6080e7          	jalr	2006(ra) # 804023e8 <uni_page_alloc>
80400c1a:	c135                	beqz	a0,80400c7e <blk_init+0x112>
80400c1c:	c82a                	sw	a0,16(sp)
80400c1e:	00000097          	auipc	ra,0x0
80400c22:	646080e7          	jalr	1606(ra) # 80401264 <uni_virt_to_mfn>
80400c26:	ca2a                	sw	a0,20(sp)
80400c28:	0820                	add	s0,sp,24
80400c2a:	00c4                	add	s1,sp,68
80400c2c:	00001097          	auipc	ra,0x1
80400c30:	7bc080e7          	jalr	1980(ra) # 804023e8 <uni_page_alloc>
80400c34:	c529                	beqz	a0,80400c7e <blk_init+0x112>
80400c36:	c008                	sw	a0,0(s0)
80400c38:	00000097          	auipc	ra,0x0
80400c3c:	62c080e7          	jalr	1580(ra) # 80401264 <uni_virt_to_mfn>
80400c40:	d448                	sw	a0,44(s0)
80400c42:	0411                	add	s0,s0,4
80400c44:	fe8494e3          	bne	s1,s0,80400c2c <blk_init+0xc0>
80400c48:	8041d537          	lui	a0,0x8041d
80400c4c:	a2a98693          	add	a3,s3,-1494
80400c50:	0810                	add	a2,sp,16
80400c52:	84890593          	add	a1,s2,-1976
80400c56:	7c850513          	add	a0,a0,1992 # 8041d7c8 <bf>
80400c5a:	00001097          	auipc	ra,0x1
80400c5e:	a8c080e7          	jalr	-1396(ra) # 804016e6 <blkfront_connect>
80400c62:	02054e63          	bltz	a0,80400c9e <blk_init+0x132>
80400c66:	804077b7          	lui	a5,0x80407
80400c6a:	4705                	li	a4,1
80400c6c:	10e7ae23          	sw	a4,284(a5) # 8040711c <present>
80400c70:	40ba                	lw	ra,140(sp)
80400c72:	442a                	lw	s0,136(sp)
80400c74:	449a                	lw	s1,132(sp)
80400c76:	490a                	lw	s2,128(sp)
80400c78:	59f6                	lw	s3,124(sp)
80400c7a:	6149                	add	sp,sp,144
80400c7c:	8082                	ret
80400c7e:	80406537          	lui	a0,0x80406
80400c82:	c7450513          	add	a0,a0,-908 # 80405c74 <msg.0+0xa4>
80400c86:	00000097          	auipc	ra,0x0
80400c8a:	482080e7          	jalr	1154(ra) # 80401108 <uni_panic>
80400c8e:	80406537          	lui	a0,0x80406
80400c92:	bec50513          	add	a0,a0,-1044 # 80405bec <msg.0+0x1c>
80400c96:	00000097          	auipc	ra,0x0
80400c9a:	472080e7          	jalr	1138(ra) # 80401108 <uni_panic>
80400c9e:	80406537          	lui	a0,0x80406
80400ca2:	cb850513          	add	a0,a0,-840 # 80405cb8 <msg.0+0xe8>
80400ca6:	00000097          	auipc	ra,0x0
80400caa:	462080e7          	jalr	1122(ra) # 80401108 <uni_panic>
80400cae:	80406537          	lui	a0,0x80406
80400cb2:	c5050513          	add	a0,a0,-944 # 80405c50 <msg.0+0x80>
80400cb6:	00000097          	auipc	ra,0x0
80400cba:	452080e7          	jalr	1106(ra) # 80401108 <uni_panic>
80400cbe:	80406537          	lui	a0,0x80406
80400cc2:	c1850513          	add	a0,a0,-1000 # 80405c18 <msg.0+0x48>
80400cc6:	00000097          	auipc	ra,0x0
80400cca:	442080e7          	jalr	1090(ra) # 80401108 <uni_panic>

80400cce <print_lost>:
80400cce:	1101                	add	sp,sp,-32
80400cd0:	c64e                	sw	s3,12(sp)
80400cd2:	804079b7          	lui	s3,0x80407
80400cd6:	0b49a783          	lw	a5,180(s3) # 804070b4 <nlost>
80400cda:	ce06                	sw	ra,28(sp)
80400cdc:	cc22                	sw	s0,24(sp)
80400cde:	ca26                	sw	s1,20(sp)
80400ce0:	c84a                	sw	s2,16(sp)
80400ce2:	c452                	sw	s4,8(sp)
80400ce4:	cb85                	beqz	a5,80400d14 <print_lost+0x46>
80400ce6:	8040a437          	lui	s0,0x8040a
80400cea:	892a                	mv	s2,a0
80400cec:	12040413          	add	s0,s0,288 # 8040a120 <lost>
80400cf0:	4481                	li	s1,0
80400cf2:	80405a37          	lui	s4,0x80405
80400cf6:	4054                	lw	a3,4(s0)
80400cf8:	4010                	lw	a2,0(s0)
80400cfa:	85ca                	mv	a1,s2
80400cfc:	000a0513          	mv	a0,s4
80400d00:	00002097          	auipc	ra,0x2
80400d04:	5e6080e7          	jalr	1510(ra) # 804032e6 <printf>
80400d08:	0b49a783          	lw	a5,180(s3)
80400d0c:	0485                	add	s1,s1,1
80400d0e:	0431                	add	s0,s0,12
80400d10:	fef4e3e3          	bltu	s1,a5,80400cf6 <print_lost+0x28>
80400d14:	40f2                	lw	ra,28(sp)
80400d16:	4462                	lw	s0,24(sp)
80400d18:	44d2                	lw	s1,20(sp)
80400d1a:	4942                	lw	s2,16(sp)
80400d1c:	49b2                	lw	s3,12(sp)
80400d1e:	4a22                	lw	s4,8(sp)
80400d20:	6105                	add	sp,sp,32
80400d22:	8082                	ret

80400d24 <bind_pages>:
80400d24:	1101                	add	sp,sp,-32
80400d26:	c452                	sw	s4,8(sp)
80400d28:	8040aa37          	lui	s4,0x8040a
80400d2c:	cc22                	sw	s0,24(sp)
80400d2e:	ca26                	sw	s1,20(sp)
80400d30:	c64e                	sw	s3,12(sp)
80400d32:	c256                	sw	s5,4(sp)
80400d34:	c05a                	sw	s6,0(sp)
80400d36:	ce06                	sw	ra,28(sp)
80400d38:	c84a                	sw	s2,16(sp)
80400d3a:	2a0a0a13          	add	s4,s4,672 # 8040a2a0 <pages>
80400d3e:	4981                	li	s3,0
80400d40:	5a0004b7          	lui	s1,0x5a000
80400d44:	40000413          	li	s0,1024
80400d48:	80405b37          	lui	s6,0x80405
80400d4c:	4aa1                	li	s5,8
80400d4e:	00001097          	auipc	ra,0x1
80400d52:	73c080e7          	jalr	1852(ra) # 8040248a <uni_bound_page_alloc>
80400d56:	00aa2023          	sw	a0,0(s4)
80400d5a:	892a                	mv	s2,a0
80400d5c:	cd2d                	beqz	a0,80400dd6 <bind_pages+0xb2>
80400d5e:	01099593          	sll	a1,s3,0x10
80400d62:	86aa                	mv	a3,a0
80400d64:	4781                	li	a5,0
80400d66:	00b7e733          	or	a4,a5,a1
80400d6a:	8f45                	or	a4,a4,s1
80400d6c:	c298                	sw	a4,0(a3)
80400d6e:	0785                	add	a5,a5,1
80400d70:	0691                	add	a3,a3,4
80400d72:	fe879ae3          	bne	a5,s0,80400d66 <bind_pages+0x42>
80400d76:	854a                	mv	a0,s2
80400d78:	00002097          	auipc	ra,0x2
80400d7c:	940080e7          	jalr	-1728(ra) # 804026b8 <uni_bound_mfn>
80400d80:	86aa                	mv	a3,a0
80400d82:	85ce                	mv	a1,s3
80400d84:	864a                	mv	a2,s2
80400d86:	038b0513          	add	a0,s6,56 # 80405038 <strnlen+0x456>
80400d8a:	0985                	add	s3,s3,1
80400d8c:	00002097          	auipc	ra,0x2
80400d90:	55a080e7          	jalr	1370(ra) # 804032e6 <printf>
80400d94:	0a11                	add	s4,s4,4
80400d96:	fb599ce3          	bne	s3,s5,80400d4e <bind_pages+0x2a>
80400d9a:	00002097          	auipc	ra,0x2
80400d9e:	914080e7          	jalr	-1772(ra) # 804026ae <uni_bound_pages>
80400da2:	804077b7          	lui	a5,0x80407
80400da6:	0c87a783          	lw	a5,200(a5) # 804070c8 <pv_shared_info>
80400daa:	85aa                	mv	a1,a0
80400dac:	80405537          	lui	a0,0x80405
80400db0:	1407a603          	lw	a2,320(a5)
80400db4:	05c50513          	add	a0,a0,92 # 8040505c <strnlen+0x47a>
80400db8:	00002097          	auipc	ra,0x2
80400dbc:	52e080e7          	jalr	1326(ra) # 804032e6 <printf>
80400dc0:	4501                	li	a0,0
80400dc2:	40f2                	lw	ra,28(sp)
80400dc4:	4462                	lw	s0,24(sp)
80400dc6:	44d2                	lw	s1,20(sp)
80400dc8:	4942                	lw	s2,16(sp)
80400dca:	49b2                	lw	s3,12(sp)
80400dcc:	4a22                	lw	s4,8(sp)
80400dce:	4a92                	lw	s5,4(sp)
80400dd0:	4b02                	lw	s6,0(sp)
80400dd2:	6105                	add	sp,sp,32
80400dd4:	8082                	ret
80400dd6:	80405537          	lui	a0,0x80405
80400dda:	85ce                	mv	a1,s3
80400ddc:	01c50513          	add	a0,a0,28 # 8040501c <strnlen+0x43a>
80400de0:	00002097          	auipc	ra,0x2
80400de4:	506080e7          	jalr	1286(ra) # 804032e6 <printf>
80400de8:	557d                	li	a0,-1
80400dea:	bfe1                	j	80400dc2 <bind_pages+0x9e>

80400dec <hook>:
80400dec:	804077b7          	lui	a5,0x80407
80400df0:	0b47a683          	lw	a3,180(a5) # 804070b4 <nlost>
80400df4:	477d                	li	a4,31
80400df6:	04d76563          	bltu	a4,a3,80400e40 <hook+0x54>
80400dfa:	0b47ae83          	lw	t4,180(a5)
80400dfe:	0b47ae03          	lw	t3,180(a5)
80400e02:	0b47a703          	lw	a4,180(a5)
80400e06:	001e9813          	sll	a6,t4,0x1
80400e0a:	0b47a303          	lw	t1,180(a5)
80400e0e:	00171893          	sll	a7,a4,0x1
80400e12:	001e1693          	sll	a3,t3,0x1
80400e16:	98ba                	add	a7,a7,a4
80400e18:	9876                	add	a6,a6,t4
80400e1a:	96f2                	add	a3,a3,t3
80400e1c:	8040a737          	lui	a4,0x8040a
80400e20:	12070713          	add	a4,a4,288 # 8040a120 <lost>
80400e24:	088a                	sll	a7,a7,0x2
80400e26:	080a                	sll	a6,a6,0x2
80400e28:	068a                	sll	a3,a3,0x2
80400e2a:	983a                	add	a6,a6,a4
80400e2c:	96ba                	add	a3,a3,a4
80400e2e:	9746                	add	a4,a4,a7
80400e30:	00130893          	add	a7,t1,1
80400e34:	00a82023          	sw	a0,0(a6)
80400e38:	c2cc                	sw	a1,4(a3)
80400e3a:	c710                	sw	a2,8(a4)
80400e3c:	0b17aa23          	sw	a7,180(a5)
80400e40:	8082                	ret

80400e42 <expect>:
80400e42:	87ae                	mv	a5,a1
80400e44:	85aa                	mv	a1,a0
80400e46:	02c78863          	beq	a5,a2,80400e76 <expect+0x34>
80400e4a:	80405537          	lui	a0,0x80405
80400e4e:	1141                	add	sp,sp,-16
80400e50:	86b2                	mv	a3,a2
80400e52:	09050513          	add	a0,a0,144 # 80405090 <strnlen+0x4ae>
80400e56:	863e                	mv	a2,a5
80400e58:	c606                	sw	ra,12(sp)
80400e5a:	00002097          	auipc	ra,0x2
80400e5e:	48c080e7          	jalr	1164(ra) # 804032e6 <printf>
80400e62:	80407737          	lui	a4,0x80407
80400e66:	0b072783          	lw	a5,176(a4) # 804070b0 <failures>
80400e6a:	40b2                	lw	ra,12(sp)
80400e6c:	0785                	add	a5,a5,1
80400e6e:	0af72823          	sw	a5,176(a4)
80400e72:	0141                	add	sp,sp,16
80400e74:	8082                	ret
80400e76:	80405537          	lui	a0,0x80405
80400e7a:	08850513          	add	a0,a0,136 # 80405088 <strnlen+0x4a6>
80400e7e:	00002317          	auipc	t1,0x2
80400e82:	46830067          	jr	1128(t1) # 804032e6 <printf>

80400e86 <check_kept.isra.0>:
80400e86:	8040aeb7          	lui	t4,0x8040a
80400e8a:	2a0e8e93          	add	t4,t4,672 # 8040a2a0 <pages>
80400e8e:	4801                	li	a6,0
80400e90:	4601                	li	a2,0
80400e92:	4581                	li	a1,0
80400e94:	804078b7          	lui	a7,0x80407
80400e98:	5a000337          	lui	t1,0x5a000
80400e9c:	40000e13          	li	t3,1024
80400ea0:	8040a2b7          	lui	t0,0x8040a
80400ea4:	6fc1                	lui	t6,0x10
80400ea6:	00080f37          	lui	t5,0x80
80400eaa:	0b48a703          	lw	a4,180(a7) # 804070b4 <nlost>
80400eae:	000ea783          	lw	a5,0(t4)
80400eb2:	cb15                	beqz	a4,80400ee6 <check_kept.isra.0+0x60>
80400eb4:	12028713          	add	a4,t0,288 # 8040a120 <lost>
80400eb8:	4681                	li	a3,0
80400eba:	a029                	j	80400ec4 <check_kept.isra.0+0x3e>
80400ebc:	0b48a503          	lw	a0,180(a7)
80400ec0:	02a6f363          	bgeu	a3,a0,80400ee6 <check_kept.isra.0+0x60>
80400ec4:	4308                	lw	a0,0(a4)
80400ec6:	0685                	add	a3,a3,1
80400ec8:	0731                	add	a4,a4,12
80400eca:	fea799e3          	bne	a5,a0,80400ebc <check_kept.isra.0+0x36>
80400ece:	987e                	add	a6,a6,t6
80400ed0:	0e91                	add	t4,t4,4
80400ed2:	fde81ce3          	bne	a6,t5,80400eaa <check_kept.isra.0+0x24>
80400ed6:	80405537          	lui	a0,0x80405
80400eda:	0ac50513          	add	a0,a0,172 # 804050ac <strnlen+0x4ca>
80400ede:	00002317          	auipc	t1,0x2
80400ee2:	40830067          	jr	1032(t1) # 804032e6 <printf>
80400ee6:	0585                	add	a1,a1,1
80400ee8:	4701                	li	a4,0
80400eea:	a029                	j	80400ef4 <check_kept.isra.0+0x6e>
80400eec:	0705                	add	a4,a4,1
80400eee:	0791                	add	a5,a5,4
80400ef0:	01c70963          	beq	a4,t3,80400f02 <check_kept.isra.0+0x7c>
80400ef4:	4388                	lw	a0,0(a5)
80400ef6:	010766b3          	or	a3,a4,a6
80400efa:	0066e6b3          	or	a3,a3,t1
80400efe:	fed507e3          	beq	a0,a3,80400eec <check_kept.isra.0+0x66>
80400f02:	c0070713          	add	a4,a4,-1024
80400f06:	00173713          	seqz	a4,a4
80400f0a:	987e                	add	a6,a6,t6
80400f0c:	963a                	add	a2,a2,a4
80400f0e:	0e91                	add	t4,t4,4
80400f10:	f9e81de3          	bne	a6,t5,80400eaa <check_kept.isra.0+0x24>
80400f14:	b7c9                	j	80400ed6 <check_kept.isra.0+0x50>
	...

80400f18 <uni_trap_entry>:
80400f18:	7175                	add	sp,sp,-144
80400f1a:	c206                	sw	ra,4(sp)
80400f1c:	c60e                	sw	gp,12(sp)
80400f1e:	c812                	sw	tp,16(sp)
80400f20:	ca16                	sw	t0,20(sp)
80400f22:	cc1a                	sw	t1,24(sp)
80400f24:	ce1e                	sw	t2,28(sp)
80400f26:	d022                	sw	s0,32(sp)
80400f28:	d226                	sw	s1,36(sp)
80400f2a:	d42a                	sw	a0,40(sp)
80400f2c:	d62e                	sw	a1,44(sp)
80400f2e:	d832                	sw	a2,48(sp)
80400f30:	da36                	sw	a3,52(sp)
80400f32:	dc3a                	sw	a4,56(sp)
80400f34:	de3e                	sw	a5,60(sp)
80400f36:	c0c2                	sw	a6,64(sp)
80400f38:	c2c6                	sw	a7,68(sp)
80400f3a:	c4ca                	sw	s2,72(sp)
80400f3c:	c6ce                	sw	s3,76(sp)
80400f3e:	c8d2                	sw	s4,80(sp)
80400f40:	cad6                	sw	s5,84(sp)
80400f42:	ccda                	sw	s6,88(sp)
80400f44:	cede                	sw	s7,92(sp)
80400f46:	d0e2                	sw	s8,96(sp)
80400f48:	d2e6                	sw	s9,100(sp)
80400f4a:	d4ea                	sw	s10,104(sp)
80400f4c:	d6ee                	sw	s11,108(sp)
80400f4e:	d8f2                	sw	t3,112(sp)
80400f50:	daf6                	sw	t4,116(sp)
80400f52:	dcfa                	sw	t5,120(sp)
80400f54:	defe                	sw	t6,124(sp)
80400f56:	09010293          	add	t0,sp,144
80400f5a:	c416                	sw	t0,8(sp)
80400f5c:	00006297          	auipc	t0,0x6
80400f60:	16c2a283          	lw	t0,364(t0) # 804070c8 <pv_shared_info>
80400f64:	0202a303          	lw	t1,32(t0)
80400f68:	c11a                	sw	t1,128(sp)
80400f6a:	0242a303          	lw	t1,36(t0)
80400f6e:	c31a                	sw	t1,132(sp)
80400f70:	0282a303          	lw	t1,40(t0)
80400f74:	c51a                	sw	t1,136(sp)
80400f76:	02c2a303          	lw	t1,44(t0)
80400f7a:	c71a                	sw	t1,140(sp)
80400f7c:	850a                	mv	a0,sp
80400f7e:	00000097          	auipc	ra,0x0
80400f82:	1e4080e7          	jalr	484(ra) # 80401162 <uni_trap>
80400f86:	00006297          	auipc	t0,0x6
80400f8a:	1422a283          	lw	t0,322(t0) # 804070c8 <pv_shared_info>
80400f8e:	430a                	lw	t1,128(sp)
80400f90:	0262a023          	sw	t1,32(t0)
80400f94:	433a                	lw	t1,140(sp)
80400f96:	0262a623          	sw	t1,44(t0)
80400f9a:	4316                	lw	t1,68(sp)
80400f9c:	0262ac23          	sw	t1,56(t0)
80400fa0:	4092                	lw	ra,4(sp)
80400fa2:	41b2                	lw	gp,12(sp)
80400fa4:	4242                	lw	tp,16(sp)
80400fa6:	42d2                	lw	t0,20(sp)
80400fa8:	4362                	lw	t1,24(sp)
80400faa:	43f2                	lw	t2,28(sp)
80400fac:	5402                	lw	s0,32(sp)
80400fae:	5492                	lw	s1,36(sp)
80400fb0:	5522                	lw	a0,40(sp)
80400fb2:	55b2                	lw	a1,44(sp)
80400fb4:	5642                	lw	a2,48(sp)
80400fb6:	56d2                	lw	a3,52(sp)
80400fb8:	5762                	lw	a4,56(sp)
80400fba:	57f2                	lw	a5,60(sp)
80400fbc:	4806                	lw	a6,64(sp)
80400fbe:	4926                	lw	s2,72(sp)
80400fc0:	49b6                	lw	s3,76(sp)
80400fc2:	4a46                	lw	s4,80(sp)
80400fc4:	4ad6                	lw	s5,84(sp)
80400fc6:	4b66                	lw	s6,88(sp)
80400fc8:	4bf6                	lw	s7,92(sp)
80400fca:	5c06                	lw	s8,96(sp)
80400fcc:	5c96                	lw	s9,100(sp)
80400fce:	5d26                	lw	s10,104(sp)
80400fd0:	5db6                	lw	s11,108(sp)
80400fd2:	5e46                	lw	t3,112(sp)
80400fd4:	5ed6                	lw	t4,116(sp)
80400fd6:	5f66                	lw	t5,120(sp)
80400fd8:	5ff6                	lw	t6,124(sp)
80400fda:	6149                	add	sp,sp,144
80400fdc:	48dd                	li	a7,23
80400fde:	00000073          	ecall
80400fe2:	a001                	j	80400fe2 <uni_trap_entry+0xca>

80400fe4 <hex>:
80400fe4:	03000793          	li	a5,48
80400fe8:	00f50023          	sb	a5,0(a0)
80400fec:	80405637          	lui	a2,0x80405
80400ff0:	07800793          	li	a5,120
80400ff4:	00f500a3          	sb	a5,1(a0)
80400ff8:	00250693          	add	a3,a0,2
80400ffc:	4771                	li	a4,28
80400ffe:	6a060613          	add	a2,a2,1696 # 804056a0 <strnlen+0xabe>
80401002:	5871                	li	a6,-4
80401004:	00e5d7b3          	srl	a5,a1,a4
80401008:	8bbd                	and	a5,a5,15
8040100a:	97b2                	add	a5,a5,a2
8040100c:	0007c783          	lbu	a5,0(a5)
80401010:	1771                	add	a4,a4,-4
80401012:	0685                	add	a3,a3,1
80401014:	fef68fa3          	sb	a5,-1(a3)
80401018:	ff0716e3          	bne	a4,a6,80401004 <hex+0x20>
8040101c:	00050523          	sb	zero,10(a0)
80401020:	8082                	ret

80401022 <run_hooks>:
80401022:	1141                	add	sp,sp,-16
80401024:	c422                	sw	s0,8(sp)
80401026:	80407437          	lui	s0,0x80407
8040102a:	0bc42783          	lw	a5,188(s0) # 804070bc <nhooks>
8040102e:	c606                	sw	ra,12(sp)
80401030:	c226                	sw	s1,4(sp)
80401032:	c385                	beqz	a5,80401052 <run_hooks+0x30>
80401034:	8041a4b7          	lui	s1,0x8041a
80401038:	2c048493          	add	s1,s1,704 # 8041a2c0 <hooks>
8040103c:	17fd                	add	a5,a5,-1
8040103e:	00279713          	sll	a4,a5,0x2
80401042:	9726                	add	a4,a4,s1
80401044:	4318                	lw	a4,0(a4)
80401046:	0af42e23          	sw	a5,188(s0)
8040104a:	9702                	jalr	a4
8040104c:	0bc42783          	lw	a5,188(s0)
80401050:	f7f5                	bnez	a5,8040103c <run_hooks+0x1a>
80401052:	40b2                	lw	ra,12(sp)
80401054:	4422                	lw	s0,8(sp)
80401056:	4492                	lw	s1,4(sp)
80401058:	0141                	add	sp,sp,16
8040105a:	8082                	ret

8040105c <early_puts>:
8040105c:	00054783          	lbu	a5,0(a0)
80401060:	872a                	mv	a4,a0
80401062:	c79d                	beqz	a5,80401090 <early_puts+0x34>
80401064:	4781                	li	a5,0
80401066:	0785                	add	a5,a5,1
80401068:	00f706b3          	add	a3,a4,a5
8040106c:	0006c683          	lbu	a3,0(a3)
80401070:	fafd                	bnez	a3,80401066 <early_puts+0xa>
80401072:	40000693          	li	a3,1024
80401076:	4501                	li	a0,0
80401078:	863a                	mv	a2,a4
8040107a:	48c9                	li	a7,18
8040107c:	85be                	mv	a1,a5
8040107e:	00f6f463          	bgeu	a3,a5,80401086 <early_puts+0x2a>
80401082:	40000593          	li	a1,1024
80401086:	00000073          	ecall
8040108a:	8f8d                	sub	a5,a5,a1
8040108c:	972e                	add	a4,a4,a1
8040108e:	f7e5                	bnez	a5,80401076 <early_puts+0x1a>
80401090:	8082                	ret

80401092 <uni_early_write>:
80401092:	87ae                	mv	a5,a1
80401094:	872a                	mv	a4,a0
80401096:	c185                	beqz	a1,804010b6 <uni_early_write+0x24>
80401098:	40000693          	li	a3,1024
8040109c:	4501                	li	a0,0
8040109e:	863a                	mv	a2,a4
804010a0:	48c9                	li	a7,18
804010a2:	85be                	mv	a1,a5
804010a4:	00f6f463          	bgeu	a3,a5,804010ac <uni_early_write+0x1a>
804010a8:	40000593          	li	a1,1024
804010ac:	00000073          	ecall
804010b0:	8f8d                	sub	a5,a5,a1
804010b2:	972e                	add	a4,a4,a1
804010b4:	f7e5                	bnez	a5,8040109c <uni_early_write+0xa>
804010b6:	8082                	ret

804010b8 <uni_at_shutdown>:
804010b8:	804076b7          	lui	a3,0x80407
804010bc:	0bc6a783          	lw	a5,188(a3) # 804070bc <nhooks>
804010c0:	4721                	li	a4,8
804010c2:	00e78f63          	beq	a5,a4,804010e0 <uni_at_shutdown+0x28>
804010c6:	8041a737          	lui	a4,0x8041a
804010ca:	00279613          	sll	a2,a5,0x2
804010ce:	2c070713          	add	a4,a4,704 # 8041a2c0 <hooks>
804010d2:	0785                	add	a5,a5,1
804010d4:	9732                	add	a4,a4,a2
804010d6:	c308                	sw	a0,0(a4)
804010d8:	0af6ae23          	sw	a5,188(a3)
804010dc:	4501                	li	a0,0
804010de:	8082                	ret
804010e0:	557d                	li	a0,-1
804010e2:	8082                	ret

804010e4 <uni_poweroff>:
804010e4:	1141                	add	sp,sp,-16
804010e6:	c422                	sw	s0,8(sp)
804010e8:	c606                	sw	ra,12(sp)
804010ea:	842a                	mv	s0,a0
804010ec:	00000097          	auipc	ra,0x0
804010f0:	f36080e7          	jalr	-202(ra) # 80401022 <run_hooks>
804010f4:	67c1                	lui	a5,0x10
804010f6:	00841593          	sll	a1,s0,0x8
804010fa:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804010fc:	8dfd                	and	a1,a1,a5
804010fe:	4509                	li	a0,2
80401100:	48f5                	li	a7,29
80401102:	00000073          	ecall
80401106:	bfe5                	j	804010fe <uni_poweroff+0x1a>

80401108 <uni_panic>:
80401108:	804077b7          	lui	a5,0x80407
8040110c:	0b87a703          	lw	a4,184(a5) # 804070b8 <panicking>
80401110:	1141                	add	sp,sp,-16
80401112:	c422                	sw	s0,8(sp)
80401114:	c606                	sw	ra,12(sp)
80401116:	842a                	mv	s0,a0
80401118:	cf0d                	beqz	a4,80401152 <uni_panic+0x4a>
8040111a:	80405537          	lui	a0,0x80405
8040111e:	6b450513          	add	a0,a0,1716 # 804056b4 <strnlen+0xad2>
80401122:	00000097          	auipc	ra,0x0
80401126:	f3a080e7          	jalr	-198(ra) # 8040105c <early_puts>
8040112a:	8522                	mv	a0,s0
8040112c:	00000097          	auipc	ra,0x0
80401130:	f30080e7          	jalr	-208(ra) # 8040105c <early_puts>
80401134:	80405537          	lui	a0,0x80405
80401138:	20450513          	add	a0,a0,516 # 80405204 <strnlen+0x622>
8040113c:	00000097          	auipc	ra,0x0
80401140:	f20080e7          	jalr	-224(ra) # 8040105c <early_puts>
80401144:	4509                	li	a0,2
80401146:	10300593          	li	a1,259
8040114a:	48f5                	li	a7,29
8040114c:	00000073          	ecall
80401150:	bfd5                	j	80401144 <uni_panic+0x3c>
80401152:	4705                	li	a4,1
80401154:	0ae7ac23          	sw	a4,184(a5)
80401158:	00000097          	auipc	ra,0x0
8040115c:	eca080e7          	jalr	-310(ra) # 80401022 <run_hooks>
80401160:	bf6d                	j	8040111a <uni_panic+0x12>

80401162 <uni_trap>:
80401162:	08452703          	lw	a4,132(a0)
80401166:	800007b7          	lui	a5,0x80000
8040116a:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
8040116c:	00f71663          	bne	a4,a5,80401178 <uni_trap+0x16>
80401170:	00000317          	auipc	t1,0x0
80401174:	74430067          	jr	1860(t1) # 804018b4 <evtchn_do_upcall>
80401178:	804077b7          	lui	a5,0x80407
8040117c:	0b87a703          	lw	a4,184(a5) # 804070b8 <panicking>
80401180:	7139                	add	sp,sp,-64
80401182:	dc22                	sw	s0,56(sp)
80401184:	de06                	sw	ra,60(sp)
80401186:	842a                	mv	s0,a0
80401188:	c771                	beqz	a4,80401254 <uni_trap+0xf2>
8040118a:	80405537          	lui	a0,0x80405
8040118e:	6cc50513          	add	a0,a0,1740 # 804056cc <strnlen+0xaea>
80401192:	00000097          	auipc	ra,0x0
80401196:	eca080e7          	jalr	-310(ra) # 8040105c <early_puts>
8040119a:	08442703          	lw	a4,132(s0)
8040119e:	47bd                	li	a5,15
804011a0:	0ae7e563          	bltu	a5,a4,8040124a <uni_trap+0xe8>
804011a4:	804067b7          	lui	a5,0x80406
804011a8:	070a                	sll	a4,a4,0x2
804011aa:	98878793          	add	a5,a5,-1656 # 80405988 <names.0>
804011ae:	97ba                	add	a5,a5,a4
804011b0:	4388                	lw	a0,0(a5)
804011b2:	00000097          	auipc	ra,0x0
804011b6:	eaa080e7          	jalr	-342(ra) # 8040105c <early_puts>
804011ba:	80405537          	lui	a0,0x80405
804011be:	6e450513          	add	a0,a0,1764 # 804056e4 <strnlen+0xb02>
804011c2:	00000097          	auipc	ra,0x0
804011c6:	e9a080e7          	jalr	-358(ra) # 8040105c <early_puts>
804011ca:	08442583          	lw	a1,132(s0)
804011ce:	0068                	add	a0,sp,12
804011d0:	00000097          	auipc	ra,0x0
804011d4:	e14080e7          	jalr	-492(ra) # 80400fe4 <hex>
804011d8:	00000097          	auipc	ra,0x0
804011dc:	e84080e7          	jalr	-380(ra) # 8040105c <early_puts>
804011e0:	80405537          	lui	a0,0x80405
804011e4:	6f050513          	add	a0,a0,1776 # 804056f0 <strnlen+0xb0e>
804011e8:	00000097          	auipc	ra,0x0
804011ec:	e74080e7          	jalr	-396(ra) # 8040105c <early_puts>
804011f0:	08042583          	lw	a1,128(s0)
804011f4:	0828                	add	a0,sp,24
804011f6:	00000097          	auipc	ra,0x0
804011fa:	dee080e7          	jalr	-530(ra) # 80400fe4 <hex>
804011fe:	00000097          	auipc	ra,0x0
80401202:	e5e080e7          	jalr	-418(ra) # 8040105c <early_puts>
80401206:	80405537          	lui	a0,0x80405
8040120a:	6fc50513          	add	a0,a0,1788 # 804056fc <strnlen+0xb1a>
8040120e:	00000097          	auipc	ra,0x0
80401212:	e4e080e7          	jalr	-434(ra) # 8040105c <early_puts>
80401216:	08842583          	lw	a1,136(s0)
8040121a:	1048                	add	a0,sp,36
8040121c:	00000097          	auipc	ra,0x0
80401220:	dc8080e7          	jalr	-568(ra) # 80400fe4 <hex>
80401224:	00000097          	auipc	ra,0x0
80401228:	e38080e7          	jalr	-456(ra) # 8040105c <early_puts>
8040122c:	80405537          	lui	a0,0x80405
80401230:	20450513          	add	a0,a0,516 # 80405204 <strnlen+0x622>
80401234:	00000097          	auipc	ra,0x0
80401238:	e28080e7          	jalr	-472(ra) # 8040105c <early_puts>
8040123c:	4509                	li	a0,2
8040123e:	10300593          	li	a1,259
80401242:	48f5                	li	a7,29
80401244:	00000073          	ecall
80401248:	bfd5                	j	8040123c <uni_trap+0xda>
8040124a:	80405537          	lui	a0,0x80405
8040124e:	6c450513          	add	a0,a0,1732 # 804056c4 <strnlen+0xae2>
80401252:	b785                	j	804011b2 <uni_trap+0x50>
80401254:	4705                	li	a4,1
80401256:	0ae7ac23          	sw	a4,184(a5)
8040125a:	00000097          	auipc	ra,0x0
8040125e:	dc8080e7          	jalr	-568(ra) # 80401022 <run_hooks>
80401262:	b725                	j	8040118a <uni_trap+0x28>

80401264 <uni_virt_to_mfn>:
80401264:	800007b7          	lui	a5,0x80000
80401268:	80407737          	lui	a4,0x80407
8040126c:	0c072703          	lw	a4,192(a4) # 804070c0 <uni_start_info>
80401270:	97aa                	add	a5,a5,a0
80401272:	00055b63          	bgez	a0,80401288 <uni_virt_to_mfn+0x24>
80401276:	5314                	lw	a3,32(a4)
80401278:	83b1                	srl	a5,a5,0xc
8040127a:	00d7f763          	bgeu	a5,a3,80401288 <uni_virt_to_mfn+0x24>
8040127e:	4378                	lw	a4,68(a4)
80401280:	078a                	sll	a5,a5,0x2
80401282:	97ba                	add	a5,a5,a4
80401284:	4388                	lw	a0,0(a5)
80401286:	8082                	ret
80401288:	80405537          	lui	a0,0x80405
8040128c:	1141                	add	sp,sp,-16
8040128e:	70850513          	add	a0,a0,1800 # 80405708 <strnlen+0xb26>
80401292:	c606                	sw	ra,12(sp)
80401294:	00000097          	auipc	ra,0x0
80401298:	e74080e7          	jalr	-396(ra) # 80401108 <uni_panic>

8040129c <uni_mfn_to_virt>:
8040129c:	804077b7          	lui	a5,0x80407
804012a0:	0c07a783          	lw	a5,192(a5) # 804070c0 <uni_start_info>
804012a4:	4701                	li	a4,0
804012a6:	0207a803          	lw	a6,32(a5)
804012aa:	43ec                	lw	a1,68(a5)
804012ac:	8642                	mv	a2,a6
804012ae:	a029                	j	804012b8 <uni_mfn_to_virt+0x1c>
804012b0:	4294                	lw	a3,0(a3)
804012b2:	04a6e763          	bltu	a3,a0,80401300 <uni_mfn_to_virt+0x64>
804012b6:	863e                	mv	a2,a5
804012b8:	40e607b3          	sub	a5,a2,a4
804012bc:	8385                	srl	a5,a5,0x1
804012be:	97ba                	add	a5,a5,a4
804012c0:	00279693          	sll	a3,a5,0x2
804012c4:	96ae                	add	a3,a3,a1
804012c6:	fec765e3          	bltu	a4,a2,804012b0 <uni_mfn_to_virt+0x14>
804012ca:	00e80863          	beq	a6,a4,804012da <uni_mfn_to_virt+0x3e>
804012ce:	00271793          	sll	a5,a4,0x2
804012d2:	97ae                	add	a5,a5,a1
804012d4:	439c                	lw	a5,0(a5)
804012d6:	00a78f63          	beq	a5,a0,804012f4 <uni_mfn_to_virt+0x58>
804012da:	4701                	li	a4,0
804012dc:	00081663          	bnez	a6,804012e8 <uni_mfn_to_virt+0x4c>
804012e0:	a01d                	j	80401306 <uni_mfn_to_virt+0x6a>
804012e2:	0705                	add	a4,a4,1
804012e4:	02e80163          	beq	a6,a4,80401306 <uni_mfn_to_virt+0x6a>
804012e8:	419c                	lw	a5,0(a1)
804012ea:	0591                	add	a1,a1,4
804012ec:	fea79be3          	bne	a5,a0,804012e2 <uni_mfn_to_virt+0x46>
804012f0:	00e80b63          	beq	a6,a4,80401306 <uni_mfn_to_virt+0x6a>
804012f4:	0732                	sll	a4,a4,0xc
804012f6:	800007b7          	lui	a5,0x80000
804012fa:	00f70533          	add	a0,a4,a5
804012fe:	8082                	ret
80401300:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80401304:	bf55                	j	804012b8 <uni_mfn_to_virt+0x1c>
80401306:	4501                	li	a0,0
80401308:	8082                	ret

8040130a <uni_runtime_start>:
8040130a:	804057b7          	lui	a5,0x80405
8040130e:	1141                	add	sp,sp,-16
80401310:	80407737          	lui	a4,0x80407
80401314:	72c78793          	add	a5,a5,1836 # 8040572c <strnlen+0xb4a>
80401318:	c422                	sw	s0,8(sp)
8040131a:	0ca72023          	sw	a0,192(a4) # 804070c0 <uni_start_info>
8040131e:	c606                	sw	ra,12(sp)
80401320:	c226                	sw	s1,4(sp)
80401322:	c04a                	sw	s2,0(sp)
80401324:	842a                	mv	s0,a0
80401326:	01878593          	add	a1,a5,24
8040132a:	872a                	mv	a4,a0
8040132c:	00074603          	lbu	a2,0(a4)
80401330:	0007c683          	lbu	a3,0(a5)
80401334:	0ed61f63          	bne	a2,a3,80401432 <uni_runtime_start+0x128>
80401338:	0785                	add	a5,a5,1
8040133a:	0705                	add	a4,a4,1
8040133c:	feb798e3          	bne	a5,a1,8040132c <uni_runtime_start+0x22>
80401340:	4501                	li	a0,0
80401342:	4581                	li	a1,0
80401344:	48c5                	li	a7,17
80401346:	00000073          	ecall
8040134a:	4785                	li	a5,1
8040134c:	8141                	srl	a0,a0,0x10
8040134e:	10f51263          	bne	a0,a5,80401452 <uni_runtime_start+0x148>
80401352:	4519                	li	a0,6
80401354:	00000073          	ecall
80401358:	8909                	and	a0,a0,2
8040135a:	10050463          	beqz	a0,80401462 <uni_runtime_start+0x158>
8040135e:	5008                	lw	a0,32(s0)
80401360:	04042803          	lw	a6,64(s0)
80401364:	03c42883          	lw	a7,60(s0)
80401368:	442c                	lw	a1,72(s0)
8040136a:	00080637          	lui	a2,0x80
8040136e:	00c50733          	add	a4,a0,a2
80401372:	00c81793          	sll	a5,a6,0xc
80401376:	00c71693          	sll	a3,a4,0xc
8040137a:	01178733          	add	a4,a5,a7
8040137e:	0cc59263          	bne	a1,a2,80401442 <uni_runtime_start+0x138>
80401382:	8041e7b7          	lui	a5,0x8041e
80401386:	86078793          	add	a5,a5,-1952 # 8041d860 <__bss_end>
8040138a:	0af46c63          	bltu	s0,a5,80401442 <uni_runtime_start+0x138>
8040138e:	0a88ea63          	bltu	a7,s0,80401442 <uni_runtime_start+0x138>
80401392:	0a080863          	beqz	a6,80401442 <uni_runtime_start+0x138>
80401396:	0ae6e663          	bltu	a3,a4,80401442 <uni_runtime_start+0x138>
8040139a:	0aa5e463          	bltu	a1,a0,80401442 <uni_runtime_start+0x138>
8040139e:	5048                	lw	a0,36(s0)
804013a0:	00000097          	auipc	ra,0x0
804013a4:	4c4080e7          	jalr	1220(ra) # 80401864 <evtchn_init>
804013a8:	80401537          	lui	a0,0x80401
804013ac:	f1850513          	add	a0,a0,-232 # 80400f18 <uni_trap_entry>
804013b0:	4581                	li	a1,0
804013b2:	4891                	li	a7,4
804013b4:	00000073          	ecall
804013b8:	06054563          	bltz	a0,80401422 <uni_runtime_start+0x118>
804013bc:	8041a937          	lui	s2,0x8041a
804013c0:	2e090593          	add	a1,s2,736 # 8041a2e0 <cmdline>
804013c4:	2e090693          	add	a3,s2,736
804013c8:	4781                	li	a5,0
804013ca:	20000613          	li	a2,512
804013ce:	a039                	j	804013dc <uni_runtime_start+0xd2>
804013d0:	00e68023          	sb	a4,0(a3)
804013d4:	0785                	add	a5,a5,1
804013d6:	0685                	add	a3,a3,1
804013d8:	00c78763          	beq	a5,a2,804013e6 <uni_runtime_start+0xdc>
804013dc:	00f40733          	add	a4,s0,a5
804013e0:	04c74703          	lbu	a4,76(a4)
804013e4:	f775                	bnez	a4,804013d0 <uni_runtime_start+0xc6>
804013e6:	97ae                	add	a5,a5,a1
804013e8:	80407437          	lui	s0,0x80407
804013ec:	804074b7          	lui	s1,0x80407
804013f0:	00078023          	sb	zero,0(a5)
804013f4:	0ac48493          	add	s1,s1,172 # 804070ac <__init_array_end>
804013f8:	09c40793          	add	a5,s0,156 # 8040709c <__init_array_start>
804013fc:	0097f963          	bgeu	a5,s1,8040140e <uni_runtime_start+0x104>
80401400:	09c40413          	add	s0,s0,156
80401404:	401c                	lw	a5,0(s0)
80401406:	0411                	add	s0,s0,4
80401408:	9782                	jalr	a5
8040140a:	fe946de3          	bltu	s0,s1,80401404 <uni_runtime_start+0xfa>
8040140e:	2e090513          	add	a0,s2,736
80401412:	00001097          	auipc	ra,0x1
80401416:	3dc080e7          	jalr	988(ra) # 804027ee <uni_main>
8040141a:	00000097          	auipc	ra,0x0
8040141e:	cca080e7          	jalr	-822(ra) # 804010e4 <uni_poweroff>
80401422:	80406537          	lui	a0,0x80406
80401426:	80050513          	add	a0,a0,-2048 # 80405800 <strnlen+0xc1e>
8040142a:	00000097          	auipc	ra,0x0
8040142e:	cde080e7          	jalr	-802(ra) # 80401108 <uni_panic>
80401432:	80405537          	lui	a0,0x80405
80401436:	74450513          	add	a0,a0,1860 # 80405744 <strnlen+0xb62>
8040143a:	00000097          	auipc	ra,0x0
8040143e:	cce080e7          	jalr	-818(ra) # 80401108 <uni_panic>
80401442:	80405537          	lui	a0,0x80405
80401446:	7d850513          	add	a0,a0,2008 # 804057d8 <strnlen+0xbf6>
8040144a:	00000097          	auipc	ra,0x0
8040144e:	cbe080e7          	jalr	-834(ra) # 80401108 <uni_panic>
80401452:	80405537          	lui	a0,0x80405
80401456:	77450513          	add	a0,a0,1908 # 80405774 <strnlen+0xb92>
8040145a:	00000097          	auipc	ra,0x0
8040145e:	cae080e7          	jalr	-850(ra) # 80401108 <uni_panic>
80401462:	80405537          	lui	a0,0x80405
80401466:	7b050513          	add	a0,a0,1968 # 804057b0 <strnlen+0xbce>
8040146a:	00000097          	auipc	ra,0x0
8040146e:	c9e080e7          	jalr	-866(ra) # 80401108 <uni_panic>

80401472 <blkfront_event>:
80401472:	8082                	ret

80401474 <wait_response>:
80401474:	1101                	add	sp,sp,-32
80401476:	cc22                	sw	s0,24(sp)
80401478:	ce06                	sw	ra,28(sp)
8040147a:	842a                	mv	s0,a0
8040147c:	401c                	lw	a5,0(s0)
8040147e:	0087a803          	lw	a6,8(a5)
80401482:	0220000f          	fence	r,r
80401486:	4010                	lw	a2,0(s0)
80401488:	4418                	lw	a4,8(s0)
8040148a:	02e80863          	beq	a6,a4,804014ba <wait_response+0x46>
8040148e:	445c                	lw	a5,12(s0)
80401490:	4814                	lw	a3,16(s0)
80401492:	17fd                	add	a5,a5,-1
80401494:	8ff9                	and	a5,a5,a4
80401496:	02d787b3          	mul	a5,a5,a3
8040149a:	0705                	add	a4,a4,1
8040149c:	04078793          	add	a5,a5,64
804014a0:	97b2                	add	a5,a5,a2
804014a2:	4394                	lw	a3,0(a5)
804014a4:	0067d503          	lhu	a0,6(a5)
804014a8:	c418                	sw	a4,8(s0)
804014aa:	0542                	sll	a0,a0,0x10
804014ac:	8541                	sra	a0,a0,0x10
804014ae:	fcb69ee3          	bne	a3,a1,8040148a <wait_response+0x16>
804014b2:	40f2                	lw	ra,28(sp)
804014b4:	4462                	lw	s0,24(sp)
804014b6:	6105                	add	sp,sp,32
804014b8:	8082                	ret
804014ba:	4618                	lw	a4,8(a2)
804014bc:	0220000f          	fence	r,r
804014c0:	441c                	lw	a5,8(s0)
804014c2:	fae79de3          	bne	a5,a4,8040147c <wait_response+0x8>
804014c6:	4018                	lw	a4,0(s0)
804014c8:	0785                	add	a5,a5,1
804014ca:	c75c                	sw	a5,12(a4)
804014cc:	0330000f          	fence	rw,rw
804014d0:	401c                	lw	a5,0(s0)
804014d2:	479c                	lw	a5,8(a5)
804014d4:	0220000f          	fence	r,r
804014d8:	4418                	lw	a4,8(s0)
804014da:	faf711e3          	bne	a4,a5,8040147c <wait_response+0x8>
804014de:	5c7c                	lw	a5,124(s0)
804014e0:	c62e                	sw	a1,12(sp)
804014e2:	9782                	jalr	a5
804014e4:	45b2                	lw	a1,12(sp)
804014e6:	bf59                	j	8040147c <wait_response+0x8>

804014e8 <transfer>:
804014e8:	715d                	add	sp,sp,-80
804014ea:	c686                	sw	ra,76(sp)
804014ec:	c4a2                	sw	s0,72(sp)
804014ee:	c2a6                	sw	s1,68(sp)
804014f0:	c0ca                	sw	s2,64(sp)
804014f2:	de4e                	sw	s3,60(sp)
804014f4:	dc52                	sw	s4,56(sp)
804014f6:	da56                	sw	s5,52(sp)
804014f8:	d85a                	sw	s6,48(sp)
804014fa:	d65e                	sw	s7,44(sp)
804014fc:	d462                	sw	s8,40(sp)
804014fe:	d266                	sw	s9,36(sp)
80401500:	d06a                	sw	s10,32(sp)
80401502:	ce6e                	sw	s11,28(sp)
80401504:	c22e                	sw	a1,4(sp)
80401506:	18060263          	beqz	a2,8040168a <transfer+0x1a2>
8040150a:	04c50793          	add	a5,a0,76
8040150e:	8b32                	mv	s6,a2
80401510:	842a                	mv	s0,a0
80401512:	8bb6                	mv	s7,a3
80401514:	8aba                	mv	s5,a4
80401516:	c43e                	sw	a5,8(sp)
80401518:	4921                	li	s2,8
8040151a:	6985                	lui	s3,0x1
8040151c:	05800793          	li	a5,88
80401520:	8a5a                	mv	s4,s6
80401522:	0167f463          	bgeu	a5,s6,8040152a <transfer+0x42>
80401526:	05800a13          	li	s4,88
8040152a:	007a0493          	add	s1,s4,7
8040152e:	808d                	srl	s1,s1,0x3
80401530:	040a8363          	beqz	s5,80401576 <transfer+0x8e>
80401534:	00349d93          	sll	s11,s1,0x3
80401538:	02040c13          	add	s8,s0,32
8040153c:	8d56                	mv	s10,s5
8040153e:	41ba0db3          	sub	s11,s4,s11
80401542:	8cd2                	mv	s9,s4
80401544:	85ea                	mv	a1,s10
80401546:	8666                	mv	a2,s9
80401548:	01997363          	bgeu	s2,s9,8040154e <transfer+0x66>
8040154c:	4621                	li	a2,8
8040154e:	000c2503          	lw	a0,0(s8)
80401552:	0626                	sll	a2,a2,0x9
80401554:	1ce1                	add	s9,s9,-8
80401556:	00002097          	auipc	ra,0x2
8040155a:	d52080e7          	jalr	-686(ra) # 804032a8 <memcpy>
8040155e:	0c11                	add	s8,s8,4
80401560:	9d4e                	add	s10,s10,s3
80401562:	ff9d91e3          	bne	s11,s9,80401544 <transfer+0x5c>
80401566:	4458                	lw	a4,12(s0)
80401568:	441c                	lw	a5,8(s0)
8040156a:	4054                	lw	a3,4(s0)
8040156c:	97ba                	add	a5,a5,a4
8040156e:	00d79a63          	bne	a5,a3,80401582 <transfer+0x9a>
80401572:	5c7c                	lw	a5,124(s0)
80401574:	9782                	jalr	a5
80401576:	4458                	lw	a4,12(s0)
80401578:	441c                	lw	a5,8(s0)
8040157a:	4054                	lw	a3,4(s0)
8040157c:	97ba                	add	a5,a5,a4
8040157e:	fed78ae3          	beq	a5,a3,80401572 <transfer+0x8a>
80401582:	4810                	lw	a2,16(s0)
80401584:	fff70793          	add	a5,a4,-1
80401588:	8ff5                	and	a5,a5,a3
8040158a:	02c787b3          	mul	a5,a5,a2
8040158e:	00042803          	lw	a6,0(s0)
80401592:	05000613          	li	a2,80
80401596:	4581                	li	a1,0
80401598:	04078793          	add	a5,a5,64
8040159c:	00f80db3          	add	s11,a6,a5
804015a0:	856e                	mv	a0,s11
804015a2:	00002097          	auipc	ra,0x2
804015a6:	d1c080e7          	jalr	-740(ra) # 804032be <memset>
804015aa:	5c2c                	lw	a1,120(s0)
804015ac:	0ff4f713          	zext.b	a4,s1
804015b0:	0722                	sll	a4,a4,0x8
804015b2:	00158693          	add	a3,a1,1
804015b6:	015037b3          	snez	a5,s5
804015ba:	dc34                	sw	a3,120(s0)
804015bc:	8fd9                	or	a5,a5,a4
804015be:	00fd9023          	sh	a5,0(s11)
804015c2:	4792                	lw	a5,4(sp)
804015c4:	4522                	lw	a0,8(sp)
804015c6:	03848713          	add	a4,s1,56
804015ca:	00fda423          	sw	a5,8(s11)
804015ce:	000d9123          	sh	zero,2(s11)
804015d2:	00bda223          	sw	a1,4(s11)
804015d6:	00cd8613          	add	a2,s11,12
804015da:	038d8793          	add	a5,s11,56
804015de:	00ed8833          	add	a6,s11,a4
804015e2:	86d2                	mv	a3,s4
804015e4:	00052883          	lw	a7,0(a0)
804015e8:	8736                	mv	a4,a3
804015ea:	0511                	add	a0,a0,4
804015ec:	01162023          	sw	a7,0(a2) # 80000 <errno+0x80000>
804015f0:	00078023          	sb	zero,0(a5)
804015f4:	00d97363          	bgeu	s2,a3,804015fa <transfer+0x112>
804015f8:	4721                	li	a4,8
804015fa:	177d                	add	a4,a4,-1
804015fc:	00e785a3          	sb	a4,11(a5)
80401600:	0785                	add	a5,a5,1
80401602:	0611                	add	a2,a2,4
80401604:	16e1                	add	a3,a3,-8
80401606:	fcf81fe3          	bne	a6,a5,804015e4 <transfer+0xfc>
8040160a:	405c                	lw	a5,4(s0)
8040160c:	4018                	lw	a4,0(s0)
8040160e:	0785                	add	a5,a5,1
80401610:	c05c                	sw	a5,4(s0)
80401612:	4318                	lw	a4,0(a4)
80401614:	0110000f          	fence	w,w
80401618:	4014                	lw	a3,0(s0)
8040161a:	c29c                	sw	a5,0(a3)
8040161c:	0330000f          	fence	rw,rw
80401620:	4014                	lw	a3,0(s0)
80401622:	40e78733          	sub	a4,a5,a4
80401626:	42d4                	lw	a3,4(a3)
80401628:	8f95                	sub	a5,a5,a3
8040162a:	08e7e063          	bltu	a5,a4,804016aa <transfer+0x1c2>
8040162e:	8522                	mv	a0,s0
80401630:	00000097          	auipc	ra,0x0
80401634:	e44080e7          	jalr	-444(ra) # 80401474 <wait_response>
80401638:	080b8763          	beqz	s7,804016c6 <transfer+0x1de>
8040163c:	e921                	bnez	a0,8040168c <transfer+0x1a4>
8040163e:	048e                	sll	s1,s1,0x3
80401640:	409a0db3          	sub	s11,s4,s1
80401644:	02040d13          	add	s10,s0,32
80401648:	8cde                	mv	s9,s7
8040164a:	84d2                	mv	s1,s4
8040164c:	8566                	mv	a0,s9
8040164e:	8626                	mv	a2,s1
80401650:	00997363          	bgeu	s2,s1,80401656 <transfer+0x16e>
80401654:	4621                	li	a2,8
80401656:	000d2583          	lw	a1,0(s10)
8040165a:	0626                	sll	a2,a2,0x9
8040165c:	14e1                	add	s1,s1,-8
8040165e:	00002097          	auipc	ra,0x2
80401662:	c4a080e7          	jalr	-950(ra) # 804032a8 <memcpy>
80401666:	0d11                	add	s10,s10,4
80401668:	9cce                	add	s9,s9,s3
8040166a:	fe9d91e3          	bne	s11,s1,8040164c <transfer+0x164>
8040166e:	4712                	lw	a4,4(sp)
80401670:	009a1793          	sll	a5,s4,0x9
80401674:	414b0b33          	sub	s6,s6,s4
80401678:	9752                	add	a4,a4,s4
8040167a:	c23a                	sw	a4,4(sp)
8040167c:	9bbe                	add	s7,s7,a5
8040167e:	000a8463          	beqz	s5,80401686 <transfer+0x19e>
80401682:	0a26                	sll	s4,s4,0x9
80401684:	9ad2                	add	s5,s5,s4
80401686:	e80b1be3          	bnez	s6,8040151c <transfer+0x34>
8040168a:	4501                	li	a0,0
8040168c:	40b6                	lw	ra,76(sp)
8040168e:	4426                	lw	s0,72(sp)
80401690:	4496                	lw	s1,68(sp)
80401692:	4906                	lw	s2,64(sp)
80401694:	59f2                	lw	s3,60(sp)
80401696:	5a62                	lw	s4,56(sp)
80401698:	5ad2                	lw	s5,52(sp)
8040169a:	5b42                	lw	s6,48(sp)
8040169c:	5bb2                	lw	s7,44(sp)
8040169e:	5c22                	lw	s8,40(sp)
804016a0:	5c92                	lw	s9,36(sp)
804016a2:	5d02                	lw	s10,32(sp)
804016a4:	4df2                	lw	s11,28(sp)
804016a6:	6161                	add	sp,sp,80
804016a8:	8082                	ret
804016aa:	4848                	lw	a0,20(s0)
804016ac:	c62e                	sw	a1,12(sp)
804016ae:	00000097          	auipc	ra,0x0
804016b2:	2ee080e7          	jalr	750(ra) # 8040199c <evtchn_send>
804016b6:	45b2                	lw	a1,12(sp)
804016b8:	8522                	mv	a0,s0
804016ba:	00000097          	auipc	ra,0x0
804016be:	dba080e7          	jalr	-582(ra) # 80401474 <wait_response>
804016c2:	f60b9de3          	bnez	s7,8040163c <transfer+0x154>
804016c6:	f179                	bnez	a0,8040168c <transfer+0x1a4>
804016c8:	4792                	lw	a5,4(sp)
804016ca:	414b0b33          	sub	s6,s6,s4
804016ce:	97d2                	add	a5,a5,s4
804016d0:	c23e                	sw	a5,4(sp)
804016d2:	b775                	j	8040167e <transfer+0x196>

804016d4 <blkfront_probe>:
804016d4:	862e                	mv	a2,a1
804016d6:	804065b7          	lui	a1,0x80406
804016da:	9c858593          	add	a1,a1,-1592 # 804059c8 <names.0+0x40>
804016de:	00001317          	auipc	t1,0x1
804016e2:	8da30067          	jr	-1830(t1) # 80401fb8 <xs_read_u32>

804016e6 <blkfront_connect>:
804016e6:	7179                	add	sp,sp,-48
804016e8:	d226                	sw	s1,36(sp)
804016ea:	84ae                	mv	s1,a1
804016ec:	804065b7          	lui	a1,0x80406
804016f0:	ce4e                	sw	s3,28(sp)
804016f2:	cc52                	sw	s4,24(sp)
804016f4:	89aa                	mv	s3,a0
804016f6:	8a32                	mv	s4,a2
804016f8:	9c858593          	add	a1,a1,-1592 # 804059c8 <names.0+0x40>
804016fc:	01c50613          	add	a2,a0,28
80401700:	8526                	mv	a0,s1
80401702:	d422                	sw	s0,40(sp)
80401704:	d606                	sw	ra,44(sp)
80401706:	d04a                	sw	s2,32(sp)
80401708:	ca56                	sw	s5,20(sp)
8040170a:	8436                	mv	s0,a3
8040170c:	00001097          	auipc	ra,0x1
80401710:	8ac080e7          	jalr	-1876(ra) # 80401fb8 <xs_read_u32>
80401714:	0c054b63          	bltz	a0,804017ea <blkfront_connect+0x104>
80401718:	000a2583          	lw	a1,0(s4)
8040171c:	4785                	li	a5,1
8040171e:	06f9ac23          	sw	a5,120(s3) # 1078 <errno+0x1078>
80401722:	0689ae23          	sw	s0,124(s3)
80401726:	c1dc                	sw	a5,4(a1)
80401728:	c5dc                	sw	a5,12(a1)
8040172a:	0005a023          	sw	zero,0(a1)
8040172e:	0005a423          	sw	zero,8(a1)
80401732:	01058793          	add	a5,a1,16
80401736:	04058713          	add	a4,a1,64
8040173a:	0007a023          	sw	zero,0(a5)
8040173e:	0791                	add	a5,a5,4
80401740:	fee79de3          	bne	a5,a4,8040173a <blkfront_connect+0x54>
80401744:	02000793          	li	a5,32
80401748:	00f9a623          	sw	a5,12(s3)
8040174c:	05000793          	li	a5,80
80401750:	00b9a023          	sw	a1,0(s3)
80401754:	0009a223          	sw	zero,4(s3)
80401758:	0009a423          	sw	zero,8(s3)
8040175c:	00f9a823          	sw	a5,16(s3)
80401760:	008a0413          	add	s0,s4,8
80401764:	02098913          	add	s2,s3,32
80401768:	034a0a93          	add	s5,s4,52
8040176c:	401c                	lw	a5,0(s0)
8040176e:	544c                	lw	a1,44(s0)
80401770:	4601                	li	a2,0
80401772:	00f92023          	sw	a5,0(s2)
80401776:	4501                	li	a0,0
80401778:	00000097          	auipc	ra,0x0
8040177c:	34a080e7          	jalr	842(ra) # 80401ac2 <gnttab_grant_access>
80401780:	0411                	add	s0,s0,4
80401782:	06054463          	bltz	a0,804017ea <blkfront_connect+0x104>
80401786:	02a92623          	sw	a0,44(s2)
8040178a:	0911                	add	s2,s2,4
8040178c:	ff5410e3          	bne	s0,s5,8040176c <blkfront_connect+0x86>
80401790:	004a2583          	lw	a1,4(s4)
80401794:	4601                	li	a2,0
80401796:	4501                	li	a0,0
80401798:	00000097          	auipc	ra,0x0
8040179c:	32a080e7          	jalr	810(ra) # 80401ac2 <gnttab_grant_access>
804017a0:	04054563          	bltz	a0,804017ea <blkfront_connect+0x104>
804017a4:	00a9ac23          	sw	a0,24(s3)
804017a8:	01498593          	add	a1,s3,20
804017ac:	4501                	li	a0,0
804017ae:	00000097          	auipc	ra,0x0
804017b2:	23a080e7          	jalr	570(ra) # 804019e8 <evtchn_alloc_unbound>
804017b6:	02054a63          	bltz	a0,804017ea <blkfront_connect+0x104>
804017ba:	0149a503          	lw	a0,20(s3)
804017be:	804015b7          	lui	a1,0x80401
804017c2:	864e                	mv	a2,s3
804017c4:	47258593          	add	a1,a1,1138 # 80401472 <blkfront_event>
804017c8:	00000097          	auipc	ra,0x0
804017cc:	0c8080e7          	jalr	200(ra) # 80401890 <evtchn_bind>
804017d0:	ed09                	bnez	a0,804017ea <blkfront_connect+0x104>
804017d2:	0189a603          	lw	a2,24(s3)
804017d6:	804065b7          	lui	a1,0x80406
804017da:	9e058593          	add	a1,a1,-1568 # 804059e0 <names.0+0x58>
804017de:	8526                	mv	a0,s1
804017e0:	00001097          	auipc	ra,0x1
804017e4:	8c8080e7          	jalr	-1848(ra) # 804020a8 <xs_write_u32>
804017e8:	c911                	beqz	a0,804017fc <blkfront_connect+0x116>
804017ea:	50b2                	lw	ra,44(sp)
804017ec:	5422                	lw	s0,40(sp)
804017ee:	5492                	lw	s1,36(sp)
804017f0:	5902                	lw	s2,32(sp)
804017f2:	49f2                	lw	s3,28(sp)
804017f4:	4a62                	lw	s4,24(sp)
804017f6:	4ad2                	lw	s5,20(sp)
804017f8:	6145                	add	sp,sp,48
804017fa:	8082                	ret
804017fc:	0149a603          	lw	a2,20(s3)
80401800:	804065b7          	lui	a1,0x80406
80401804:	9f858593          	add	a1,a1,-1544 # 804059f8 <names.0+0x70>
80401808:	8526                	mv	a0,s1
8040180a:	00001097          	auipc	ra,0x1
8040180e:	89e080e7          	jalr	-1890(ra) # 804020a8 <xs_write_u32>
80401812:	fd61                	bnez	a0,804017ea <blkfront_connect+0x104>
80401814:	804065b7          	lui	a1,0x80406
80401818:	460d                	li	a2,3
8040181a:	a1458593          	add	a1,a1,-1516 # 80405a14 <names.0+0x8c>
8040181e:	8526                	mv	a0,s1
80401820:	00001097          	auipc	ra,0x1
80401824:	888080e7          	jalr	-1912(ra) # 804020a8 <xs_write_u32>
80401828:	c602                	sw	zero,12(sp)
8040182a:	f161                	bnez	a0,804017ea <blkfront_connect+0x104>
8040182c:	804065b7          	lui	a1,0x80406
80401830:	0070                	add	a2,sp,12
80401832:	a2858593          	add	a1,a1,-1496 # 80405a28 <names.0+0xa0>
80401836:	8526                	mv	a0,s1
80401838:	00000097          	auipc	ra,0x0
8040183c:	780080e7          	jalr	1920(ra) # 80401fb8 <xs_read_u32>
80401840:	f54d                	bnez	a0,804017ea <blkfront_connect+0x104>
80401842:	4732                	lw	a4,12(sp)
80401844:	4791                	li	a5,4
80401846:	faf702e3          	beq	a4,a5,804017ea <blkfront_connect+0x104>
8040184a:	5529                	li	a0,-22
8040184c:	bf79                	j	804017ea <blkfront_connect+0x104>

8040184e <blkfront_read>:
8040184e:	4701                	li	a4,0
80401850:	00000317          	auipc	t1,0x0
80401854:	c9830067          	jr	-872(t1) # 804014e8 <transfer>

80401858 <blkfront_write>:
80401858:	8736                	mv	a4,a3
8040185a:	4681                	li	a3,0
8040185c:	00000317          	auipc	t1,0x0
80401860:	c8c30067          	jr	-884(t1) # 804014e8 <transfer>

80401864 <evtchn_init>:
80401864:	80407737          	lui	a4,0x80407
80401868:	8041a7b7          	lui	a5,0x8041a
8040186c:	4e478793          	add	a5,a5,1252 # 8041a4e4 <handlers>
80401870:	0ca72423          	sw	a0,200(a4) # 804070c8 <pv_shared_info>
80401874:	6709                	lui	a4,0x2
80401876:	973e                	add	a4,a4,a5
80401878:	0007a023          	sw	zero,0(a5)
8040187c:	0007a223          	sw	zero,4(a5)
80401880:	07a1                	add	a5,a5,8
80401882:	fee79be3          	bne	a5,a4,80401878 <evtchn_init+0x14>
80401886:	804077b7          	lui	a5,0x80407
8040188a:	0c07a223          	sw	zero,196(a5) # 804070c4 <stray>
8040188e:	8082                	ret

80401890 <evtchn_bind>:
80401890:	fff50713          	add	a4,a0,-1
80401894:	3fe00793          	li	a5,1022
80401898:	00e7ec63          	bltu	a5,a4,804018b0 <evtchn_bind+0x20>
8040189c:	8041a7b7          	lui	a5,0x8041a
804018a0:	050e                	sll	a0,a0,0x3
804018a2:	4e478793          	add	a5,a5,1252 # 8041a4e4 <handlers>
804018a6:	97aa                	add	a5,a5,a0
804018a8:	c3d0                	sw	a2,4(a5)
804018aa:	c38c                	sw	a1,0(a5)
804018ac:	4501                	li	a0,0
804018ae:	8082                	ret
804018b0:	5529                	li	a0,-22
804018b2:	8082                	ret

804018b4 <evtchn_do_upcall>:
804018b4:	7179                	add	sp,sp,-48
804018b6:	804077b7          	lui	a5,0x80407
804018ba:	c65e                	sw	s7,12(sp)
804018bc:	0c87ab83          	lw	s7,200(a5) # 804070c8 <pv_shared_info>
804018c0:	cc52                	sw	s4,24(sp)
804018c2:	8041aa37          	lui	s4,0x8041a
804018c6:	c85a                	sw	s6,16(sp)
804018c8:	c462                	sw	s8,8(sp)
804018ca:	c266                	sw	s9,4(sp)
804018cc:	d606                	sw	ra,44(sp)
804018ce:	d422                	sw	s0,40(sp)
804018d0:	d226                	sw	s1,36(sp)
804018d2:	d04a                	sw	s2,32(sp)
804018d4:	ce4e                	sw	s3,28(sp)
804018d6:	ca56                	sw	s5,20(sp)
804018d8:	4c81                	li	s9,0
804018da:	004b8c13          	add	s8,s7,4
804018de:	4e4a0a13          	add	s4,s4,1252 # 8041a4e4 <handlers>
804018e2:	80407b37          	lui	s6,0x80407
804018e6:	000b8023          	sb	zero,0(s7)
804018ea:	0330000f          	fence	rw,rw
804018ee:	8ae6                	mv	s5,s9
804018f0:	0f50000f          	fence	iorw,ow
804018f4:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
804018f8:	4985                	li	s3,1
804018fa:	080a8163          	beqz	s5,8040197c <evtchn_do_upcall+0xc8>
804018fe:	8556                	mv	a0,s5
80401900:	00001097          	auipc	ra,0x1
80401904:	286080e7          	jalr	646(ra) # 80402b86 <__ctzsi2>
80401908:	01050413          	add	s0,a0,16
8040190c:	040a                	sll	s0,s0,0x2
8040190e:	08040913          	add	s2,s0,128
80401912:	fffa8793          	add	a5,s5,-1
80401916:	00fafab3          	and	s5,s5,a5
8040191a:	945e                	add	s0,s0,s7
8040191c:	995e                	add	s2,s2,s7
8040191e:	00551493          	sll	s1,a0,0x5
80401922:	401c                	lw	a5,0(s0)
80401924:	0ff0000f          	fence
80401928:	00092503          	lw	a0,0(s2)
8040192c:	fff54513          	not	a0,a0
80401930:	8d7d                	and	a0,a0,a5
80401932:	d561                	beqz	a0,804018fa <evtchn_do_upcall+0x46>
80401934:	00001097          	auipc	ra,0x1
80401938:	252080e7          	jalr	594(ra) # 80402b86 <__ctzsi2>
8040193c:	00a997b3          	sll	a5,s3,a0
80401940:	fff7c793          	not	a5,a5
80401944:	0f50000f          	fence	iorw,ow
80401948:	64f4202f          	amoand.w.aq	zero,a5,(s0)
8040194c:	9526                	add	a0,a0,s1
8040194e:	00351793          	sll	a5,a0,0x3
80401952:	97d2                	add	a5,a5,s4
80401954:	4398                	lw	a4,0(a5)
80401956:	cf09                	beqz	a4,80401970 <evtchn_do_upcall+0xbc>
80401958:	43cc                	lw	a1,4(a5)
8040195a:	9702                	jalr	a4
8040195c:	401c                	lw	a5,0(s0)
8040195e:	0ff0000f          	fence
80401962:	00092503          	lw	a0,0(s2)
80401966:	fff54513          	not	a0,a0
8040196a:	8d7d                	and	a0,a0,a5
8040196c:	f561                	bnez	a0,80401934 <evtchn_do_upcall+0x80>
8040196e:	b771                	j	804018fa <evtchn_do_upcall+0x46>
80401970:	0c4b2783          	lw	a5,196(s6) # 804070c4 <stray>
80401974:	0785                	add	a5,a5,1
80401976:	0cfb2223          	sw	a5,196(s6)
8040197a:	b765                	j	80401922 <evtchn_do_upcall+0x6e>
8040197c:	000bc783          	lbu	a5,0(s7)
80401980:	f3bd                	bnez	a5,804018e6 <evtchn_do_upcall+0x32>
80401982:	50b2                	lw	ra,44(sp)
80401984:	5422                	lw	s0,40(sp)
80401986:	5492                	lw	s1,36(sp)
80401988:	5902                	lw	s2,32(sp)
8040198a:	49f2                	lw	s3,28(sp)
8040198c:	4a62                	lw	s4,24(sp)
8040198e:	4ad2                	lw	s5,20(sp)
80401990:	4b42                	lw	s6,16(sp)
80401992:	4bb2                	lw	s7,12(sp)
80401994:	4c22                	lw	s8,8(sp)
80401996:	4c92                	lw	s9,4(sp)
80401998:	6145                	add	sp,sp,48
8040199a:	8082                	ret

8040199c <evtchn_send>:
8040199c:	1141                	add	sp,sp,-16
8040199e:	c62a                	sw	a0,12(sp)
804019a0:	006c                	add	a1,sp,12
804019a2:	4511                	li	a0,4
804019a4:	02000893          	li	a7,32
804019a8:	00000073          	ecall
804019ac:	0141                	add	sp,sp,16
804019ae:	8082                	ret

804019b0 <evtchn_bind_virq>:
804019b0:	1141                	add	sp,sp,-16
804019b2:	86ae                	mv	a3,a1
804019b4:	c22a                	sw	a0,4(sp)
804019b6:	c402                	sw	zero,8(sp)
804019b8:	c602                	sw	zero,12(sp)
804019ba:	4505                	li	a0,1
804019bc:	004c                	add	a1,sp,4
804019be:	02000893          	li	a7,32
804019c2:	00000073          	ecall
804019c6:	00054b63          	bltz	a0,804019dc <evtchn_bind_virq+0x2c>
804019ca:	4732                	lw	a4,12(sp)
804019cc:	cb11                	beqz	a4,804019e0 <evtchn_bind_virq+0x30>
804019ce:	c298                	sw	a4,0(a3)
804019d0:	3fe00793          	li	a5,1022
804019d4:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
804019d6:	00e7e763          	bltu	a5,a4,804019e4 <evtchn_bind_virq+0x34>
804019da:	4501                	li	a0,0
804019dc:	0141                	add	sp,sp,16
804019de:	8082                	ret
804019e0:	872a                	mv	a4,a0
804019e2:	b7f5                	j	804019ce <evtchn_bind_virq+0x1e>
804019e4:	5529                	li	a0,-22
804019e6:	bfdd                	j	804019dc <evtchn_bind_virq+0x2c>

804019e8 <evtchn_alloc_unbound>:
804019e8:	77e1                	lui	a5,0xffff8
804019ea:	1141                	add	sp,sp,-16
804019ec:	ff07c793          	xor	a5,a5,-16
804019f0:	86ae                	mv	a3,a1
804019f2:	00a11523          	sh	a0,10(sp)
804019f6:	00f11423          	sh	a5,8(sp)
804019fa:	c602                	sw	zero,12(sp)
804019fc:	4519                	li	a0,6
804019fe:	002c                	add	a1,sp,8
80401a00:	02000893          	li	a7,32
80401a04:	00000073          	ecall
80401a08:	00054b63          	bltz	a0,80401a1e <evtchn_alloc_unbound+0x36>
80401a0c:	4732                	lw	a4,12(sp)
80401a0e:	cb11                	beqz	a4,80401a22 <evtchn_alloc_unbound+0x3a>
80401a10:	c298                	sw	a4,0(a3)
80401a12:	3fe00793          	li	a5,1022
80401a16:	177d                	add	a4,a4,-1
80401a18:	00e7e763          	bltu	a5,a4,80401a26 <evtchn_alloc_unbound+0x3e>
80401a1c:	4501                	li	a0,0
80401a1e:	0141                	add	sp,sp,16
80401a20:	8082                	ret
80401a22:	872a                	mv	a4,a0
80401a24:	b7f5                	j	80401a10 <evtchn_alloc_unbound+0x28>
80401a26:	5529                	li	a0,-22
80401a28:	bfdd                	j	80401a1e <evtchn_alloc_unbound+0x36>

80401a2a <pv_block>:
80401a2a:	4505                	li	a0,1
80401a2c:	4581                	li	a1,0
80401a2e:	48f5                	li	a7,29
80401a30:	00000073          	ecall
80401a34:	804077b7          	lui	a5,0x80407
80401a38:	0c87a783          	lw	a5,200(a5) # 804070c8 <pv_shared_info>
80401a3c:	4705                	li	a4,1
80401a3e:	00e780a3          	sb	a4,1(a5)
80401a42:	8082                	ret

80401a44 <gnttab_setup_frame>:
80401a44:	77e1                	lui	a5,0xffff8
80401a46:	1141                	add	sp,sp,-16
80401a48:	ff07c793          	xor	a5,a5,-16
80401a4c:	00f11023          	sh	a5,0(sp)
80401a50:	4785                	li	a5,1
80401a52:	872a                	mv	a4,a0
80401a54:	00011123          	sh	zero,2(sp)
80401a58:	00011423          	sh	zero,8(sp)
80401a5c:	00011523          	sh	zero,10(sp)
80401a60:	00011623          	sh	zero,12(sp)
80401a64:	00011723          	sh	zero,14(sp)
80401a68:	c23e                	sw	a5,4(sp)
80401a6a:	4509                	li	a0,2
80401a6c:	858a                	mv	a1,sp
80401a6e:	4605                	li	a2,1
80401a70:	48d1                	li	a7,20
80401a72:	00000073          	ecall
80401a76:	00054863          	bltz	a0,80401a86 <gnttab_setup_frame+0x42>
80401a7a:	00811783          	lh	a5,8(sp)
80401a7e:	e791                	bnez	a5,80401a8a <gnttab_setup_frame+0x46>
80401a80:	47b2                	lw	a5,12(sp)
80401a82:	4501                	li	a0,0
80401a84:	c31c                	sw	a5,0(a4)
80401a86:	0141                	add	sp,sp,16
80401a88:	8082                	ret
80401a8a:	853e                	mv	a0,a5
80401a8c:	0007c363          	bltz	a5,80401a92 <gnttab_setup_frame+0x4e>
80401a90:	557d                	li	a0,-1
80401a92:	0542                	sll	a0,a0,0x10
80401a94:	8541                	sra	a0,a0,0x10
80401a96:	0141                	add	sp,sp,16
80401a98:	8082                	ret

80401a9a <gnttab_init>:
80401a9a:	8041c7b7          	lui	a5,0x8041c
80401a9e:	4e478693          	add	a3,a5,1252 # 8041c4e4 <in_use>
80401aa2:	80407737          	lui	a4,0x80407
80401aa6:	0ca72623          	sw	a0,204(a4) # 804070cc <table>
80401aaa:	4e478793          	add	a5,a5,1252
80401aae:	04068713          	add	a4,a3,64
80401ab2:	0007a023          	sw	zero,0(a5)
80401ab6:	0791                	add	a5,a5,4
80401ab8:	fee79de3          	bne	a5,a4,80401ab2 <gnttab_init+0x18>
80401abc:	4785                	li	a5,1
80401abe:	c29c                	sw	a5,0(a3)
80401ac0:	8082                	ret

80401ac2 <gnttab_grant_access>:
80401ac2:	8041c7b7          	lui	a5,0x8041c
80401ac6:	4e478793          	add	a5,a5,1252 # 8041c4e4 <in_use>
80401aca:	4394                	lw	a3,0(a5)
80401acc:	872a                	mv	a4,a0
80401ace:	4505                	li	a0,1
80401ad0:	0026f813          	and	a6,a3,2
80401ad4:	02081f63          	bnez	a6,80401b12 <gnttab_grant_access+0x50>
80401ad8:	4e21                	li	t3,8
80401ada:	4309                	li	t1,2
80401adc:	4881                	li	a7,0
80401ade:	80407837          	lui	a6,0x80407
80401ae2:	0cc82803          	lw	a6,204(a6) # 804070cc <table>
80401ae6:	0066e6b3          	or	a3,a3,t1
80401aea:	97c6                	add	a5,a5,a7
80401aec:	0742                	sll	a4,a4,0x10
80401aee:	c394                	sw	a3,0(a5)
80401af0:	8341                	srl	a4,a4,0x10
80401af2:	01c806b3          	add	a3,a6,t3
80401af6:	00e69123          	sh	a4,2(a3)
80401afa:	c2cc                	sw	a1,4(a3)
80401afc:	0110000f          	fence	w,w
80401b00:	00163613          	seqz	a2,a2
80401b04:	40c007b3          	neg	a5,a2
80401b08:	9bf1                	and	a5,a5,-4
80401b0a:	0795                	add	a5,a5,5
80401b0c:	00f69023          	sh	a5,0(a3)
80401b10:	8082                	ret
80401b12:	20000e93          	li	t4,512
80401b16:	4e05                	li	t3,1
80401b18:	0505                	add	a0,a0,1
80401b1a:	00555813          	srl	a6,a0,0x5
80401b1e:	00281893          	sll	a7,a6,0x2
80401b22:	011786b3          	add	a3,a5,a7
80401b26:	00ae1333          	sll	t1,t3,a0
80401b2a:	01d50a63          	beq	a0,t4,80401b3e <gnttab_grant_access+0x7c>
80401b2e:	4294                	lw	a3,0(a3)
80401b30:	0066f833          	and	a6,a3,t1
80401b34:	fe0812e3          	bnez	a6,80401b18 <gnttab_grant_access+0x56>
80401b38:	00351e13          	sll	t3,a0,0x3
80401b3c:	b74d                	j	80401ade <gnttab_grant_access+0x1c>
80401b3e:	5511                	li	a0,-28
80401b40:	8082                	ret

80401b42 <pvcons_init>:
80401b42:	c10c                	sw	a1,0(a0)
80401b44:	c150                	sw	a2,4(a0)
80401b46:	c514                	sw	a3,8(a0)
80401b48:	8082                	ret

80401b4a <pvcons_put>:
80401b4a:	00052803          	lw	a6,0(a0)
80401b4e:	6785                	lui	a5,0x1
80401b50:	00f80733          	add	a4,a6,a5
80401b54:	c0872503          	lw	a0,-1016(a4)
80401b58:	c0c72883          	lw	a7,-1012(a4)
80401b5c:	0330000f          	fence	rw,rw
80401b60:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80401b64:	953e                	add	a0,a0,a5
80401b66:	41150533          	sub	a0,a0,a7
80401b6a:	02a7ee63          	bltu	a5,a0,80401ba6 <pvcons_put+0x5c>
80401b6e:	04a66463          	bltu	a2,a0,80401bb6 <pvcons_put+0x6c>
80401b72:	c11d                	beqz	a0,80401b98 <pvcons_put+0x4e>
80401b74:	872e                	mv	a4,a1
80401b76:	00a58633          	add	a2,a1,a0
80401b7a:	40b885b3          	sub	a1,a7,a1
80401b7e:	00074683          	lbu	a3,0(a4)
80401b82:	00e587b3          	add	a5,a1,a4
80401b86:	7ff7f793          	and	a5,a5,2047
80401b8a:	97c2                	add	a5,a5,a6
80401b8c:	40d78023          	sb	a3,1024(a5)
80401b90:	0705                	add	a4,a4,1
80401b92:	fec716e3          	bne	a4,a2,80401b7e <pvcons_put+0x34>
80401b96:	98aa                	add	a7,a7,a0
80401b98:	0110000f          	fence	w,w
80401b9c:	6785                	lui	a5,0x1
80401b9e:	983e                	add	a6,a6,a5
80401ba0:	c1182623          	sw	a7,-1012(a6)
80401ba4:	8082                	ret
80401ba6:	4501                	li	a0,0
80401ba8:	0110000f          	fence	w,w
80401bac:	6785                	lui	a5,0x1
80401bae:	983e                	add	a6,a6,a5
80401bb0:	c1182623          	sw	a7,-1012(a6)
80401bb4:	8082                	ret
80401bb6:	8532                	mv	a0,a2
80401bb8:	fd55                	bnez	a0,80401b74 <pvcons_put+0x2a>
80401bba:	bff9                	j	80401b98 <pvcons_put+0x4e>

80401bbc <pvcons_write>:
80401bbc:	c621                	beqz	a2,80401c04 <pvcons_write+0x48>
80401bbe:	1141                	add	sp,sp,-16
80401bc0:	c422                	sw	s0,8(sp)
80401bc2:	c226                	sw	s1,4(sp)
80401bc4:	c04a                	sw	s2,0(sp)
80401bc6:	c606                	sw	ra,12(sp)
80401bc8:	8432                	mv	s0,a2
80401bca:	892a                	mv	s2,a0
80401bcc:	84ae                	mv	s1,a1
80401bce:	a021                	j	80401bd6 <pvcons_write+0x1a>
80401bd0:	00892783          	lw	a5,8(s2)
80401bd4:	9782                	jalr	a5
80401bd6:	8622                	mv	a2,s0
80401bd8:	85a6                	mv	a1,s1
80401bda:	854a                	mv	a0,s2
80401bdc:	00000097          	auipc	ra,0x0
80401be0:	f6e080e7          	jalr	-146(ra) # 80401b4a <pvcons_put>
80401be4:	87aa                	mv	a5,a0
80401be6:	00492503          	lw	a0,4(s2)
80401bea:	8c1d                	sub	s0,s0,a5
80401bec:	94be                	add	s1,s1,a5
80401bee:	00000097          	auipc	ra,0x0
80401bf2:	dae080e7          	jalr	-594(ra) # 8040199c <evtchn_send>
80401bf6:	fc69                	bnez	s0,80401bd0 <pvcons_write+0x14>
80401bf8:	40b2                	lw	ra,12(sp)
80401bfa:	4422                	lw	s0,8(sp)
80401bfc:	4492                	lw	s1,4(sp)
80401bfe:	4902                	lw	s2,0(sp)
80401c00:	0141                	add	sp,sp,16
80401c02:	8082                	ret
80401c04:	8082                	ret

80401c06 <pvcons_drain>:
80401c06:	411c                	lw	a5,0(a0)
80401c08:	1141                	add	sp,sp,-16
80401c0a:	c226                	sw	s1,4(sp)
80401c0c:	6485                	lui	s1,0x1
80401c0e:	97a6                	add	a5,a5,s1
80401c10:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80401c14:	c087a783          	lw	a5,-1016(a5)
80401c18:	c606                	sw	ra,12(sp)
80401c1a:	c422                	sw	s0,8(sp)
80401c1c:	02f70363          	beq	a4,a5,80401c42 <pvcons_drain+0x3c>
80401c20:	842a                	mv	s0,a0
80401c22:	4148                	lw	a0,4(a0)
80401c24:	00000097          	auipc	ra,0x0
80401c28:	d78080e7          	jalr	-648(ra) # 8040199c <evtchn_send>
80401c2c:	a019                	j	80401c32 <pvcons_drain+0x2c>
80401c2e:	441c                	lw	a5,8(s0)
80401c30:	9782                	jalr	a5
80401c32:	401c                	lw	a5,0(s0)
80401c34:	97a6                	add	a5,a5,s1
80401c36:	c0c7a703          	lw	a4,-1012(a5)
80401c3a:	c087a783          	lw	a5,-1016(a5)
80401c3e:	fef718e3          	bne	a4,a5,80401c2e <pvcons_drain+0x28>
80401c42:	40b2                	lw	ra,12(sp)
80401c44:	4422                	lw	s0,8(sp)
80401c46:	4492                	lw	s1,4(sp)
80401c48:	0141                	add	sp,sp,16
80401c4a:	8082                	ret

80401c4c <xs_talk>:
80401c4c:	710d                	add	sp,sp,-352
80401c4e:	15312623          	sw	s3,332(sp)
80401c52:	15412423          	sw	s4,328(sp)
80401c56:	13a12823          	sw	s10,304(sp)
80401c5a:	89be                	mv	s3,a5
80401c5c:	8d36                	mv	s10,a3
80401c5e:	14112e23          	sw	ra,348(sp)
80401c62:	96be                	add	a3,a3,a5
80401c64:	14812c23          	sw	s0,344(sp)
80401c68:	14912a23          	sw	s1,340(sp)
80401c6c:	15212823          	sw	s2,336(sp)
80401c70:	15512223          	sw	s5,324(sp)
80401c74:	15612023          	sw	s6,320(sp)
80401c78:	13712e23          	sw	s7,316(sp)
80401c7c:	13812c23          	sw	s8,312(sp)
80401c80:	13912a23          	sw	s9,308(sp)
80401c84:	13b12623          	sw	s11,300(sp)
80401c88:	10000793          	li	a5,256
80401c8c:	00052a03          	lw	s4,0(a0)
80401c90:	28d7ee63          	bltu	a5,a3,80401f2c <xs_talk+0x2e0>
80401c94:	451c                	lw	a5,8(a0)
80401c96:	6485                	lui	s1,0x1
80401c98:	94d2                	add	s1,s1,s4
80401c9a:	0785                	add	a5,a5,1
80401c9c:	c51c                	sw	a5,8(a0)
80401c9e:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
80401ca2:	8c3a                	mv	s8,a4
80401ca4:	8004a703          	lw	a4,-2048(s1)
80401ca8:	3f000d93          	li	s11,1008
80401cac:	c23e                	sw	a5,4(sp)
80401cae:	c02e                	sw	a1,0(sp)
80401cb0:	c402                	sw	zero,8(sp)
80401cb2:	c636                	sw	a3,12(sp)
80401cb4:	40dd8db3          	sub	s11,s11,a3
80401cb8:	40eb87b3          	sub	a5,s7,a4
80401cbc:	842a                	mv	s0,a0
80401cbe:	8b2e                	mv	s6,a1
80401cc0:	8cb2                	mv	s9,a2
80401cc2:	8942                	mv	s2,a6
80401cc4:	8ac6                	mv	s5,a7
80401cc6:	00fdff63          	bgeu	s11,a5,80401ce4 <xs_talk+0x98>
80401cca:	4048                	lw	a0,4(s0)
80401ccc:	00000097          	auipc	ra,0x0
80401cd0:	cd0080e7          	jalr	-816(ra) # 8040199c <evtchn_send>
80401cd4:	445c                	lw	a5,12(s0)
80401cd6:	9782                	jalr	a5
80401cd8:	8004a783          	lw	a5,-2048(s1)
80401cdc:	40fb87b3          	sub	a5,s7,a5
80401ce0:	fefde5e3          	bltu	s11,a5,80401cca <xs_talk+0x7e>
80401ce4:	0330000f          	fence	rw,rw
80401ce8:	4010                	lw	a2,0(s0)
80401cea:	870a                	mv	a4,sp
80401cec:	0804                	add	s1,sp,16
80401cee:	40eb85b3          	sub	a1,s7,a4
80401cf2:	00074683          	lbu	a3,0(a4)
80401cf6:	00e587b3          	add	a5,a1,a4
80401cfa:	3ff7f793          	and	a5,a5,1023
80401cfe:	97b2                	add	a5,a5,a2
80401d00:	00d78023          	sb	a3,0(a5)
80401d04:	0705                	add	a4,a4,1
80401d06:	fee496e3          	bne	s1,a4,80401cf2 <xs_talk+0xa6>
80401d0a:	419b86b3          	sub	a3,s7,s9
80401d0e:	87e6                	mv	a5,s9
80401d10:	010d0513          	add	a0,s10,16
80401d14:	9cea                	add	s9,s9,s10
80401d16:	06c1                	add	a3,a3,16
80401d18:	0007c703          	lbu	a4,0(a5)
80401d1c:	00f685b3          	add	a1,a3,a5
80401d20:	3ff5f593          	and	a1,a1,1023
80401d24:	95b2                	add	a1,a1,a2
80401d26:	00e58023          	sb	a4,0(a1)
80401d2a:	0785                	add	a5,a5,1
80401d2c:	ff9796e3          	bne	a5,s9,80401d18 <xs_talk+0xcc>
80401d30:	87e2                	mv	a5,s8
80401d32:	9baa                	add	s7,s7,a0
80401d34:	9c4e                	add	s8,s8,s3
80401d36:	40fb85b3          	sub	a1,s7,a5
80401d3a:	00098e63          	beqz	s3,80401d56 <xs_talk+0x10a>
80401d3e:	0007c703          	lbu	a4,0(a5)
80401d42:	00f586b3          	add	a3,a1,a5
80401d46:	3ff6f693          	and	a3,a3,1023
80401d4a:	96b2                	add	a3,a3,a2
80401d4c:	00e68023          	sb	a4,0(a3)
80401d50:	0785                	add	a5,a5,1
80401d52:	ff8796e3          	bne	a5,s8,80401d3e <xs_talk+0xf2>
80401d56:	9bce                	add	s7,s7,s3
80401d58:	0110000f          	fence	w,w
80401d5c:	6d05                	lui	s10,0x1
80401d5e:	9d52                	add	s10,s10,s4
80401d60:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
80401d64:	4048                	lw	a0,4(s0)
80401d66:	00000097          	auipc	ra,0x0
80401d6a:	c36080e7          	jalr	-970(ra) # 8040199c <evtchn_send>
80401d6e:	808d2503          	lw	a0,-2040(s10)
80401d72:	80cd2683          	lw	a3,-2036(s10)
80401d76:	8e89                	sub	a3,a3,a0
80401d78:	0220000f          	fence	r,r
80401d7c:	40000793          	li	a5,1024
80401d80:	02d7e963          	bltu	a5,a3,80401db2 <xs_talk+0x166>
80401d84:	02010c93          	add	s9,sp,32
80401d88:	4bc1                	li	s7,16
80401d8a:	49bd                	li	s3,15
80401d8c:	10000c13          	li	s8,256
80401d90:	419b8bb3          	sub	s7,s7,s9
80401d94:	40000a13          	li	s4,1024
80401d98:	04d9ea63          	bltu	s3,a3,80401dec <xs_talk+0x1a0>
80401d9c:	445c                	lw	a5,12(s0)
80401d9e:	9782                	jalr	a5
80401da0:	808d2503          	lw	a0,-2040(s10)
80401da4:	80cd2683          	lw	a3,-2036(s10)
80401da8:	8e89                	sub	a3,a3,a0
80401daa:	0220000f          	fence	r,r
80401dae:	feda75e3          	bgeu	s4,a3,80401d98 <xs_talk+0x14c>
80401db2:	5549                	li	a0,-14
80401db4:	15c12083          	lw	ra,348(sp)
80401db8:	15812403          	lw	s0,344(sp)
80401dbc:	15412483          	lw	s1,340(sp)
80401dc0:	15012903          	lw	s2,336(sp)
80401dc4:	14c12983          	lw	s3,332(sp)
80401dc8:	14812a03          	lw	s4,328(sp)
80401dcc:	14412a83          	lw	s5,324(sp)
80401dd0:	14012b03          	lw	s6,320(sp)
80401dd4:	13c12b83          	lw	s7,316(sp)
80401dd8:	13812c03          	lw	s8,312(sp)
80401ddc:	13412c83          	lw	s9,308(sp)
80401de0:	13012d03          	lw	s10,304(sp)
80401de4:	12c12d83          	lw	s11,300(sp)
80401de8:	6135                	add	sp,sp,352
80401dea:	8082                	ret
80401dec:	4010                	lw	a2,0(s0)
80401dee:	8726                	mv	a4,s1
80401df0:	409505b3          	sub	a1,a0,s1
80401df4:	00e587b3          	add	a5,a1,a4
80401df8:	3ff7f793          	and	a5,a5,1023
80401dfc:	97b2                	add	a5,a5,a2
80401dfe:	4007c783          	lbu	a5,1024(a5)
80401e02:	0705                	add	a4,a4,1
80401e04:	fef70fa3          	sb	a5,-1(a4)
80401e08:	ff9716e3          	bne	a4,s9,80401df4 <xs_talk+0x1a8>
80401e0c:	47f2                	lw	a5,28(sp)
80401e0e:	fafc62e3          	bltu	s8,a5,80401db2 <xs_talk+0x166>
80401e12:	01078713          	add	a4,a5,16
80401e16:	f8e6e3e3          	bltu	a3,a4,80401d9c <xs_talk+0x150>
80401e1a:	019785b3          	add	a1,a5,s9
80401e1e:	8766                	mv	a4,s9
80401e20:	00ab86b3          	add	a3,s7,a0
80401e24:	cf89                	beqz	a5,80401e3e <xs_talk+0x1f2>
80401e26:	00e687b3          	add	a5,a3,a4
80401e2a:	3ff7f793          	and	a5,a5,1023
80401e2e:	97b2                	add	a5,a5,a2
80401e30:	4007c783          	lbu	a5,1024(a5)
80401e34:	0705                	add	a4,a4,1
80401e36:	fef70fa3          	sb	a5,-1(a4)
80401e3a:	feb716e3          	bne	a4,a1,80401e26 <xs_talk+0x1da>
80401e3e:	0330000f          	fence	rw,rw
80401e42:	4df2                	lw	s11,28(sp)
80401e44:	010d8793          	add	a5,s11,16
80401e48:	97aa                	add	a5,a5,a0
80401e4a:	80fd2423          	sw	a5,-2040(s10)
80401e4e:	4048                	lw	a0,4(s0)
80401e50:	00000097          	auipc	ra,0x0
80401e54:	b4c080e7          	jalr	-1204(ra) # 8040199c <evtchn_send>
80401e58:	4752                	lw	a4,20(sp)
80401e5a:	4792                	lw	a5,4(sp)
80401e5c:	f4f712e3          	bne	a4,a5,80401da0 <xs_talk+0x154>
80401e60:	47c2                	lw	a5,16(sp)
80401e62:	4741                	li	a4,16
80401e64:	02e78a63          	beq	a5,a4,80401e98 <xs_talk+0x24c>
80401e68:	5529                	li	a0,-22
80401e6a:	f56795e3          	bne	a5,s6,80401db4 <xs_talk+0x168>
80401e6e:	020d8363          	beqz	s11,80401e94 <xs_talk+0x248>
80401e72:	020a8163          	beqz	s5,80401e94 <xs_talk+0x248>
80401e76:	fffd8713          	add	a4,s11,-1
80401e7a:	974a                	add	a4,a4,s2
80401e7c:	9aca                	add	s5,s5,s2
80401e7e:	a021                	j	80401e86 <xs_talk+0x23a>
80401e80:	0905                	add	s2,s2,1
80401e82:	01590963          	beq	s2,s5,80401e94 <xs_talk+0x248>
80401e86:	000cc783          	lbu	a5,0(s9)
80401e8a:	0c85                	add	s9,s9,1
80401e8c:	00f90023          	sb	a5,0(s2)
80401e90:	fee918e3          	bne	s2,a4,80401e80 <xs_talk+0x234>
80401e94:	856e                	mv	a0,s11
80401e96:	bf39                	j	80401db4 <xs_talk+0x168>
80401e98:	80406337          	lui	t1,0x80406
80401e9c:	a9430f13          	add	t5,t1,-1388 # 80405a94 <names.0>
80401ea0:	04500793          	li	a5,69
80401ea4:	a9430313          	add	t1,t1,-1388
80401ea8:	00032583          	lw	a1,0(t1)
80401eac:	4e01                	li	t3,0
80401eae:	4ead                	li	t4,11
80401eb0:	cbb9                	beqz	a5,80401f06 <xs_talk+0x2ba>
80401eb2:	4681                	li	a3,0
80401eb4:	88b6                	mv	a7,a3
80401eb6:	0685                	add	a3,a3,1
80401eb8:	00d587b3          	add	a5,a1,a3
80401ebc:	0007c783          	lbu	a5,0(a5)
80401ec0:	fbf5                	bnez	a5,80401eb4 <xs_talk+0x268>
80401ec2:	020d8763          	beqz	s11,80401ef0 <xs_talk+0x2a4>
80401ec6:	8666                	mv	a2,s9
80401ec8:	a031                	j	80401ed4 <xs_talk+0x288>
80401eca:	02f88f63          	beq	a7,a5,80401f08 <xs_talk+0x2bc>
80401ece:	02ed8163          	beq	s11,a4,80401ef0 <xs_talk+0x2a4>
80401ed2:	87ba                	mv	a5,a4
80401ed4:	00f58733          	add	a4,a1,a5
80401ed8:	00064803          	lbu	a6,0(a2)
80401edc:	00074503          	lbu	a0,0(a4)
80401ee0:	0605                	add	a2,a2,1
80401ee2:	00178713          	add	a4,a5,1
80401ee6:	fea802e3          	beq	a6,a0,80401eca <xs_talk+0x27e>
80401eea:	8736                	mv	a4,a3
80401eec:	00f68e63          	beq	a3,a5,80401f08 <xs_talk+0x2bc>
80401ef0:	0e05                	add	t3,t3,1
80401ef2:	0321                	add	t1,t1,8
80401ef4:	03de0a63          	beq	t3,t4,80401f28 <xs_talk+0x2dc>
80401ef8:	00032783          	lw	a5,0(t1)
80401efc:	00032583          	lw	a1,0(t1)
80401f00:	0007c783          	lbu	a5,0(a5)
80401f04:	f7dd                	bnez	a5,80401eb2 <xs_talk+0x266>
80401f06:	4701                	li	a4,0
80401f08:	00ed8963          	beq	s11,a4,80401f1a <xs_talk+0x2ce>
80401f0c:	12070793          	add	a5,a4,288
80401f10:	00278733          	add	a4,a5,sp
80401f14:	f0074783          	lbu	a5,-256(a4)
80401f18:	ffe1                	bnez	a5,80401ef0 <xs_talk+0x2a4>
80401f1a:	0e0e                	sll	t3,t3,0x3
80401f1c:	9f72                	add	t5,t5,t3
80401f1e:	004f2503          	lw	a0,4(t5) # 80004 <errno+0x80004>
80401f22:	40a00533          	neg	a0,a0
80401f26:	b579                	j	80401db4 <xs_talk+0x168>
80401f28:	5529                	li	a0,-22
80401f2a:	b569                	j	80401db4 <xs_talk+0x168>
80401f2c:	5565                	li	a0,-7
80401f2e:	b559                	j	80401db4 <xs_talk+0x168>

80401f30 <xs_read.part.0>:
80401f30:	1141                	add	sp,sp,-16
80401f32:	c422                	sw	s0,8(sp)
80401f34:	c226                	sw	s1,4(sp)
80401f36:	c606                	sw	ra,12(sp)
80401f38:	0005c783          	lbu	a5,0(a1)
80401f3c:	84b2                	mv	s1,a2
80401f3e:	8436                	mv	s0,a3
80401f40:	c7a5                	beqz	a5,80401fa8 <xs_read.part.0+0x78>
80401f42:	4781                	li	a5,0
80401f44:	833e                	mv	t1,a5
80401f46:	0785                	add	a5,a5,1
80401f48:	00f58733          	add	a4,a1,a5
80401f4c:	00074703          	lbu	a4,0(a4)
80401f50:	fb75                	bnez	a4,80401f44 <xs_read.part.0+0x14>
80401f52:	00230693          	add	a3,t1,2
80401f56:	147d                	add	s0,s0,-1
80401f58:	862e                	mv	a2,a1
80401f5a:	88a2                	mv	a7,s0
80401f5c:	8826                	mv	a6,s1
80401f5e:	4781                	li	a5,0
80401f60:	4701                	li	a4,0
80401f62:	4589                	li	a1,2
80401f64:	00000097          	auipc	ra,0x0
80401f68:	ce8080e7          	jalr	-792(ra) # 80401c4c <xs_talk>
80401f6c:	00054963          	bltz	a0,80401f7e <xs_read.part.0+0x4e>
80401f70:	87aa                	mv	a5,a0
80401f72:	02a46463          	bltu	s0,a0,80401f9a <xs_read.part.0+0x6a>
80401f76:	4501                	li	a0,0
80401f78:	eb81                	bnez	a5,80401f88 <xs_read.part.0+0x58>
80401f7a:	00048023          	sb	zero,0(s1)
80401f7e:	40b2                	lw	ra,12(sp)
80401f80:	4422                	lw	s0,8(sp)
80401f82:	4492                	lw	s1,4(sp)
80401f84:	0141                	add	sp,sp,16
80401f86:	8082                	ret
80401f88:	fff78513          	add	a0,a5,-1
80401f8c:	00a48733          	add	a4,s1,a0
80401f90:	00074683          	lbu	a3,0(a4)
80401f94:	e699                	bnez	a3,80401fa2 <xs_read.part.0+0x72>
80401f96:	84ba                	mv	s1,a4
80401f98:	b7cd                	j	80401f7a <xs_read.part.0+0x4a>
80401f9a:	87a2                	mv	a5,s0
80401f9c:	4501                	li	a0,0
80401f9e:	dff1                	beqz	a5,80401f7a <xs_read.part.0+0x4a>
80401fa0:	b7e5                	j	80401f88 <xs_read.part.0+0x58>
80401fa2:	94be                	add	s1,s1,a5
80401fa4:	853e                	mv	a0,a5
80401fa6:	bfd1                	j	80401f7a <xs_read.part.0+0x4a>
80401fa8:	4685                	li	a3,1
80401faa:	b775                	j	80401f56 <xs_read.part.0+0x26>

80401fac <xs_init>:
80401fac:	c10c                	sw	a1,0(a0)
80401fae:	c150                	sw	a2,4(a0)
80401fb0:	00052423          	sw	zero,8(a0)
80401fb4:	c554                	sw	a3,12(a0)
80401fb6:	8082                	ret

80401fb8 <xs_read_u32>:
80401fb8:	1101                	add	sp,sp,-32
80401fba:	cc22                	sw	s0,24(sp)
80401fbc:	46c1                	li	a3,16
80401fbe:	8432                	mv	s0,a2
80401fc0:	860a                	mv	a2,sp
80401fc2:	ce06                	sw	ra,28(sp)
80401fc4:	00000097          	auipc	ra,0x0
80401fc8:	f6c080e7          	jalr	-148(ra) # 80401f30 <xs_read.part.0>
80401fcc:	06054163          	bltz	a0,8040202e <xs_read_u32+0x76>
80401fd0:	cd31                	beqz	a0,8040202c <xs_read_u32+0x74>
80401fd2:	47a9                	li	a5,10
80401fd4:	04a7cc63          	blt	a5,a0,8040202c <xs_read_u32+0x74>
80401fd8:	880a                	mv	a6,sp
80401fda:	4881                	li	a7,0
80401fdc:	4781                	li	a5,0
80401fde:	4601                	li	a2,0
80401fe0:	4325                	li	t1,9
80401fe2:	a029                	j	80401fec <xs_read_u32+0x34>
80401fe4:	9636                	add	a2,a2,a3
80401fe6:	0805                	add	a6,a6,1
80401fe8:	04a8d763          	bge	a7,a0,80402036 <xs_read_u32+0x7e>
80401fec:	01e7d693          	srl	a3,a5,0x1e
80401ff0:	00279713          	sll	a4,a5,0x2
80401ff4:	00261593          	sll	a1,a2,0x2
80401ff8:	97ba                	add	a5,a5,a4
80401ffa:	8dd5                	or	a1,a1,a3
80401ffc:	00084683          	lbu	a3,0(a6)
80402000:	95b2                	add	a1,a1,a2
80402002:	00e7b733          	sltu	a4,a5,a4
80402006:	972e                	add	a4,a4,a1
80402008:	fd068693          	add	a3,a3,-48
8040200c:	01f7d613          	srl	a2,a5,0x1f
80402010:	0706                	sll	a4,a4,0x1
80402012:	0786                	sll	a5,a5,0x1
80402014:	8f51                	or	a4,a4,a2
80402016:	97b6                	add	a5,a5,a3
80402018:	41f6d613          	sra	a2,a3,0x1f
8040201c:	0ff6f593          	zext.b	a1,a3
80402020:	963a                	add	a2,a2,a4
80402022:	00d7b6b3          	sltu	a3,a5,a3
80402026:	0885                	add	a7,a7,1
80402028:	fab37ee3          	bgeu	t1,a1,80401fe4 <xs_read_u32+0x2c>
8040202c:	5529                	li	a0,-22
8040202e:	40f2                	lw	ra,28(sp)
80402030:	4462                	lw	s0,24(sp)
80402032:	6105                	add	sp,sp,32
80402034:	8082                	ret
80402036:	fa7d                	bnez	a2,8040202c <xs_read_u32+0x74>
80402038:	40f2                	lw	ra,28(sp)
8040203a:	c01c                	sw	a5,0(s0)
8040203c:	4462                	lw	s0,24(sp)
8040203e:	4501                	li	a0,0
80402040:	6105                	add	sp,sp,32
80402042:	8082                	ret

80402044 <xs_write>:
80402044:	1101                	add	sp,sp,-32
80402046:	ce06                	sw	ra,28(sp)
80402048:	0005c783          	lbu	a5,0(a1)
8040204c:	8732                	mv	a4,a2
8040204e:	c7b9                	beqz	a5,8040209c <xs_write+0x58>
80402050:	4781                	li	a5,0
80402052:	86be                	mv	a3,a5
80402054:	0785                	add	a5,a5,1
80402056:	00f58833          	add	a6,a1,a5
8040205a:	00084803          	lbu	a6,0(a6)
8040205e:	fe081ae3          	bnez	a6,80402052 <xs_write+0xe>
80402062:	00074783          	lbu	a5,0(a4)
80402066:	0689                	add	a3,a3,2
80402068:	cf95                	beqz	a5,804020a4 <xs_write+0x60>
8040206a:	4781                	li	a5,0
8040206c:	0785                	add	a5,a5,1
8040206e:	00f70833          	add	a6,a4,a5
80402072:	00084803          	lbu	a6,0(a6)
80402076:	fe081be3          	bnez	a6,8040206c <xs_write+0x28>
8040207a:	00c10813          	add	a6,sp,12
8040207e:	862e                	mv	a2,a1
80402080:	4891                	li	a7,4
80402082:	45ad                	li	a1,11
80402084:	00000097          	auipc	ra,0x0
80402088:	bc8080e7          	jalr	-1080(ra) # 80401c4c <xs_talk>
8040208c:	40f2                	lw	ra,28(sp)
8040208e:	00152793          	slti	a5,a0,1
80402092:	40f007b3          	neg	a5,a5
80402096:	8d7d                	and	a0,a0,a5
80402098:	6105                	add	sp,sp,32
8040209a:	8082                	ret
8040209c:	00074783          	lbu	a5,0(a4)
804020a0:	4685                	li	a3,1
804020a2:	f7e1                	bnez	a5,8040206a <xs_write+0x26>
804020a4:	4781                	li	a5,0
804020a6:	bfd1                	j	8040207a <xs_write+0x36>

804020a8 <xs_write_u32>:
804020a8:	1101                	add	sp,sp,-32
804020aa:	87b2                	mv	a5,a2
804020ac:	ce06                	sw	ra,28(sp)
804020ae:	00010723          	sb	zero,14(sp)
804020b2:	00e10613          	add	a2,sp,14
804020b6:	46a9                	li	a3,10
804020b8:	48a5                	li	a7,9
804020ba:	02d7f733          	remu	a4,a5,a3
804020be:	167d                	add	a2,a2,-1
804020c0:	883e                	mv	a6,a5
804020c2:	03070713          	add	a4,a4,48
804020c6:	00e60023          	sb	a4,0(a2)
804020ca:	02d7d7b3          	divu	a5,a5,a3
804020ce:	ff08e6e3          	bltu	a7,a6,804020ba <xs_write_u32+0x12>
804020d2:	00000097          	auipc	ra,0x0
804020d6:	f72080e7          	jalr	-142(ra) # 80402044 <xs_write>
804020da:	40f2                	lw	ra,28(sp)
804020dc:	6105                	add	sp,sp,32
804020de:	8082                	ret

804020e0 <cons_event>:
804020e0:	8082                	ret

804020e2 <uni_console_drain>:
804020e2:	804077b7          	lui	a5,0x80407
804020e6:	0d07a783          	lw	a5,208(a5) # 804070d0 <ready>
804020ea:	e391                	bnez	a5,804020ee <uni_console_drain+0xc>
804020ec:	8082                	ret
804020ee:	8041c537          	lui	a0,0x8041c
804020f2:	52450513          	add	a0,a0,1316 # 8041c524 <cons>
804020f6:	00000317          	auipc	t1,0x0
804020fa:	b1030067          	jr	-1264(t1) # 80401c06 <pvcons_drain>

804020fe <uni_console_write>:
804020fe:	804077b7          	lui	a5,0x80407
80402102:	0d07a703          	lw	a4,208(a5) # 804070d0 <ready>
80402106:	862e                	mv	a2,a1
80402108:	cb11                	beqz	a4,8040211c <uni_console_write+0x1e>
8040210a:	85aa                	mv	a1,a0
8040210c:	8041c537          	lui	a0,0x8041c
80402110:	52450513          	add	a0,a0,1316 # 8041c524 <cons>
80402114:	00000317          	auipc	t1,0x0
80402118:	aa830067          	jr	-1368(t1) # 80401bbc <pvcons_write>
8040211c:	fffff317          	auipc	t1,0xfffff
80402120:	f7630067          	jr	-138(t1) # 80401092 <uni_early_write>

80402124 <timer_event>:
80402124:	8082                	ret

80402126 <uni_sleep_until>:
80402126:	1141                	add	sp,sp,-16
80402128:	c422                	sw	s0,8(sp)
8040212a:	c226                	sw	s1,4(sp)
8040212c:	c606                	sw	ra,12(sp)
8040212e:	84aa                	mv	s1,a0
80402130:	842e                	mv	s0,a1
80402132:	c81027f3          	rdtimeh	a5
80402136:	c01026f3          	rdtime	a3
8040213a:	c8102773          	rdtimeh	a4
8040213e:	fee79ae3          	bne	a5,a4,80402132 <uni_sleep_until+0xc>
80402142:	0487f163          	bgeu	a5,s0,80402184 <uni_sleep_until+0x5e>
80402146:	8526                	mv	a0,s1
80402148:	85a2                	mv	a1,s0
8040214a:	48bd                	li	a7,15
8040214c:	00000073          	ecall
80402150:	02054f63          	bltz	a0,8040218e <uni_sleep_until+0x68>
80402154:	c81027f3          	rdtimeh	a5
80402158:	c01026f3          	rdtime	a3
8040215c:	c8102773          	rdtimeh	a4
80402160:	fee79ae3          	bne	a5,a4,80402154 <uni_sleep_until+0x2e>
80402164:	0087f763          	bgeu	a5,s0,80402172 <uni_sleep_until+0x4c>
80402168:	00000097          	auipc	ra,0x0
8040216c:	8c2080e7          	jalr	-1854(ra) # 80401a2a <pv_block>
80402170:	b7d5                	j	80402154 <uni_sleep_until+0x2e>
80402172:	00f41463          	bne	s0,a5,8040217a <uni_sleep_until+0x54>
80402176:	fe96e9e3          	bltu	a3,s1,80402168 <uni_sleep_until+0x42>
8040217a:	40b2                	lw	ra,12(sp)
8040217c:	4422                	lw	s0,8(sp)
8040217e:	4492                	lw	s1,4(sp)
80402180:	0141                	add	sp,sp,16
80402182:	8082                	ret
80402184:	fef41be3          	bne	s0,a5,8040217a <uni_sleep_until+0x54>
80402188:	fa96efe3          	bltu	a3,s1,80402146 <uni_sleep_until+0x20>
8040218c:	b7fd                	j	8040217a <uni_sleep_until+0x54>
8040218e:	80406537          	lui	a0,0x80406
80402192:	b5c50513          	add	a0,a0,-1188 # 80405b5c <names.0+0xc8>
80402196:	fffff097          	auipc	ra,0xfffff
8040219a:	f72080e7          	jalr	-142(ra) # 80401108 <uni_panic>

8040219e <uni_sleep_ms>:
8040219e:	c81027f3          	rdtimeh	a5
804021a2:	c01025f3          	rdtime	a1
804021a6:	c8102773          	rdtimeh	a4
804021aa:	fee79ae3          	bne	a5,a4,8040219e <uni_sleep_ms>
804021ae:	6709                	lui	a4,0x2
804021b0:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
804021b4:	02e506b3          	mul	a3,a0,a4
804021b8:	02e53733          	mulhu	a4,a0,a4
804021bc:	00d58533          	add	a0,a1,a3
804021c0:	00b535b3          	sltu	a1,a0,a1
804021c4:	97ba                	add	a5,a5,a4
804021c6:	95be                	add	a1,a1,a5
804021c8:	00000317          	auipc	t1,0x0
804021cc:	f5e30067          	jr	-162(t1) # 80402126 <uni_sleep_until>

804021d0 <revoke_event>:
804021d0:	7155                	add	sp,sp,-208
804021d2:	804077b7          	lui	a5,0x80407
804021d6:	dd52                	sw	s4,184(sp)
804021d8:	0c87aa03          	lw	s4,200(a5) # 804070c8 <pv_shared_info>
804021dc:	db56                	sw	s5,180(sp)
804021de:	c786                	sw	ra,204(sp)
804021e0:	144a2a83          	lw	s5,324(s4)
804021e4:	c5a2                	sw	s0,200(sp)
804021e6:	c3a6                	sw	s1,196(sp)
804021e8:	c1ca                	sw	s2,192(sp)
804021ea:	df4e                	sw	s3,188(sp)
804021ec:	d95a                	sw	s6,176(sp)
804021ee:	d75e                	sw	s7,172(sp)
804021f0:	d562                	sw	s8,168(sp)
804021f2:	d366                	sw	s9,164(sp)
804021f4:	d16a                	sw	s10,160(sp)
804021f6:	cf6e                	sw	s11,156(sp)
804021f8:	0220000f          	fence	r,r
804021fc:	80407737          	lui	a4,0x80407
80402200:	0e472783          	lw	a5,228(a4) # 804070e4 <revoke_seen>
80402204:	148a2b83          	lw	s7,328(s4)
80402208:	03578263          	beq	a5,s5,8040222c <revoke_event+0x5c>
8040220c:	8041cdb7          	lui	s11,0x8041c
80402210:	530d8d93          	add	s11,s11,1328 # 8041c530 <revoke_stats>
80402214:	000da783          	lw	a5,0(s11)
80402218:	804076b7          	lui	a3,0x80407
8040221c:	0986a683          	lw	a3,152(a3) # 80407098 <cooperate>
80402220:	0785                	add	a5,a5,1
80402222:	0f572223          	sw	s5,228(a4)
80402226:	00fda023          	sw	a5,0(s11)
8040222a:	e6e9                	bnez	a3,804022f4 <revoke_event+0x124>
8040222c:	80407737          	lui	a4,0x80407
80402230:	154a2683          	lw	a3,340(s4)
80402234:	0e072783          	lw	a5,224(a4) # 804070e0 <revoked_seen>
80402238:	08d78f63          	beq	a5,a3,804022d6 <revoke_event+0x106>
8040223c:	8041cdb7          	lui	s11,0x8041c
80402240:	530d8d93          	add	s11,s11,1328 # 8041c530 <revoke_stats>
80402244:	008da783          	lw	a5,8(s11)
80402248:	0ed72023          	sw	a3,224(a4)
8040224c:	0785                	add	a5,a5,1
8040224e:	00fda423          	sw	a5,8(s11)
80402252:	0220000f          	fence	r,r
80402256:	158a2b03          	lw	s6,344(s4)
8040225a:	060b0e63          	beqz	s6,804022d6 <revoke_event+0x106>
8040225e:	8041cab7          	lui	s5,0x8041c
80402262:	8041dcb7          	lui	s9,0x8041d
80402266:	15ca0a13          	add	s4,s4,348
8040226a:	4981                	li	s3,0
8040226c:	544a8a93          	add	s5,s5,1348 # 8041c544 <slot_mfn>
80402270:	544c8c93          	add	s9,s9,1348 # 8041d544 <argv.1>
80402274:	80407bb7          	lui	s7,0x80407
80402278:	80407937          	lui	s2,0x80407
8040227c:	6d05                	lui	s10,0x1
8040227e:	000a2c03          	lw	s8,0(s4)
80402282:	8456                	mv	s0,s5
80402284:	f00004b7          	lui	s1,0xf0000
80402288:	a029                	j	80402292 <revoke_event+0xc2>
8040228a:	0411                	add	s0,s0,4
8040228c:	94ea                	add	s1,s1,s10
8040228e:	028c8c63          	beq	s9,s0,804022c6 <revoke_event+0xf6>
80402292:	401c                	lw	a5,0(s0)
80402294:	ff879be3          	bne	a5,s8,8040228a <revoke_event+0xba>
80402298:	0f0ba703          	lw	a4,240(s7) # 804070f0 <slots_used>
8040229c:	010da783          	lw	a5,16(s11)
804022a0:	0ec92683          	lw	a3,236(s2) # 804070ec <revoke_hook>
804022a4:	177d                	add	a4,a4,-1
804022a6:	0785                	add	a5,a5,1
804022a8:	00042023          	sw	zero,0(s0)
804022ac:	0eeba823          	sw	a4,240(s7)
804022b0:	00fda823          	sw	a5,16(s11)
804022b4:	8526                	mv	a0,s1
804022b6:	4605                	li	a2,1
804022b8:	85e2                	mv	a1,s8
804022ba:	dae1                	beqz	a3,8040228a <revoke_event+0xba>
804022bc:	0411                	add	s0,s0,4
804022be:	9682                	jalr	a3
804022c0:	94ea                	add	s1,s1,s10
804022c2:	fc8c98e3          	bne	s9,s0,80402292 <revoke_event+0xc2>
804022c6:	0985                	add	s3,s3,1
804022c8:	013b0763          	beq	s6,s3,804022d6 <revoke_event+0x106>
804022cc:	02000793          	li	a5,32
804022d0:	0a11                	add	s4,s4,4
804022d2:	faf996e3          	bne	s3,a5,8040227e <revoke_event+0xae>
804022d6:	40be                	lw	ra,204(sp)
804022d8:	442e                	lw	s0,200(sp)
804022da:	449e                	lw	s1,196(sp)
804022dc:	490e                	lw	s2,192(sp)
804022de:	59fa                	lw	s3,188(sp)
804022e0:	5a6a                	lw	s4,184(sp)
804022e2:	5ada                	lw	s5,180(sp)
804022e4:	5b4a                	lw	s6,176(sp)
804022e6:	5bba                	lw	s7,172(sp)
804022e8:	5c2a                	lw	s8,168(sp)
804022ea:	5c9a                	lw	s9,164(sp)
804022ec:	5d0a                	lw	s10,160(sp)
804022ee:	4dfa                	lw	s11,156(sp)
804022f0:	6169                	add	sp,sp,208
804022f2:	8082                	ret
804022f4:	f20b8ce3          	beqz	s7,8040222c <revoke_event+0x5c>
804022f8:	8041d937          	lui	s2,0x8041d
804022fc:	6485                	lui	s1,0x1
804022fe:	6b21                	lui	s6,0x8
80402300:	54090913          	add	s2,s2,1344 # 8041d540 <slot_mfn+0xffc>
80402304:	f03ff9b7          	lui	s3,0xf03ff
80402308:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
8040230a:	4401                	li	s0,0
8040230c:	7d7d                	lui	s10,0xfffff
8040230e:	80407e37          	lui	t3,0x80407
80402312:	80407337          	lui	t1,0x80407
80402316:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80402318:	80407cb7          	lui	s9,0x80407
8040231c:	02000813          	li	a6,32
80402320:	00092c03          	lw	s8,0(s2)
80402324:	060c0a63          	beqz	s8,80402398 <revoke_event+0x1c8>
80402328:	0ece2783          	lw	a5,236(t3) # 804070ec <revoke_hook>
8040232c:	cb99                	beqz	a5,80402342 <revoke_event+0x172>
8040232e:	4601                	li	a2,0
80402330:	85e2                	mv	a1,s8
80402332:	854e                	mv	a0,s3
80402334:	9782                	jalr	a5
80402336:	02000813          	li	a6,32
8040233a:	80407337          	lui	t1,0x80407
8040233e:	80407e37          	lui	t3,0x80407
80402342:	0f432783          	lw	a5,244(t1) # 804070f4 <window_l1>
80402346:	c402                	sw	zero,8(sp)
80402348:	0048                	add	a0,sp,4
8040234a:	07b2                	sll	a5,a5,0xc
8040234c:	8fc5                	or	a5,a5,s1
8040234e:	c23e                	sw	a5,4(sp)
80402350:	4585                	li	a1,1
80402352:	4601                	li	a2,0
80402354:	86da                	mv	a3,s6
80402356:	4885                	li	a7,1
80402358:	00000073          	ecall
8040235c:	ed15                	bnez	a0,80402398 <revoke_event+0x1c8>
8040235e:	0f0ca703          	lw	a4,240(s9) # 804070f0 <slots_used>
80402362:	00241793          	sll	a5,s0,0x2
80402366:	09078793          	add	a5,a5,144
8040236a:	978a                	add	a5,a5,sp
8040236c:	177d                	add	a4,a4,-1
8040236e:	f987a023          	sw	s8,-128(a5)
80402372:	00092023          	sw	zero,0(s2)
80402376:	0eeca823          	sw	a4,240(s9)
8040237a:	00140793          	add	a5,s0,1
8040237e:	c48d                	beqz	s1,804023a8 <revoke_event+0x1d8>
80402380:	0377f463          	bgeu	a5,s7,804023a8 <revoke_event+0x1d8>
80402384:	1971                	add	s2,s2,-4
80402386:	14f1                	add	s1,s1,-4
80402388:	99ea                	add	s3,s3,s10
8040238a:	03078063          	beq	a5,a6,804023aa <revoke_event+0x1da>
8040238e:	00092c03          	lw	s8,0(s2)
80402392:	843e                	mv	s0,a5
80402394:	f80c1ae3          	bnez	s8,80402328 <revoke_event+0x158>
80402398:	c499                	beqz	s1,804023a6 <revoke_event+0x1d6>
8040239a:	01747663          	bgeu	s0,s7,804023a6 <revoke_event+0x1d6>
8040239e:	1971                	add	s2,s2,-4
804023a0:	14f1                	add	s1,s1,-4
804023a2:	99ea                	add	s3,s3,s10
804023a4:	bfb5                	j	80402320 <revoke_event+0x150>
804023a6:	87a2                	mv	a5,s0
804023a8:	cf81                	beqz	a5,804023c0 <revoke_event+0x1f0>
804023aa:	0818                	add	a4,sp,16
804023ac:	c23e                	sw	a5,4(sp)
804023ae:	c43a                	sw	a4,8(sp)
804023b0:	c602                	sw	zero,12(sp)
804023b2:	4505                	li	a0,1
804023b4:	004c                	add	a1,sp,4
804023b6:	03000893          	li	a7,48
804023ba:	00000073          	ecall
804023be:	cd19                	beqz	a0,804023dc <revoke_event+0x20c>
804023c0:	450d                	li	a0,3
804023c2:	85d6                	mv	a1,s5
804023c4:	03000893          	li	a7,48
804023c8:	00000073          	ecall
804023cc:	e60510e3          	bnez	a0,8040222c <revoke_event+0x5c>
804023d0:	004da783          	lw	a5,4(s11)
804023d4:	0785                	add	a5,a5,1
804023d6:	00fda223          	sw	a5,4(s11)
804023da:	bd89                	j	8040222c <revoke_event+0x5c>
804023dc:	00cda703          	lw	a4,12(s11)
804023e0:	97ba                	add	a5,a5,a4
804023e2:	00fda623          	sw	a5,12(s11)
804023e6:	bfe9                	j	804023c0 <revoke_event+0x1f0>

804023e8 <uni_page_alloc>:
804023e8:	1141                	add	sp,sp,-16
804023ea:	804077b7          	lui	a5,0x80407
804023ee:	c422                	sw	s0,8(sp)
804023f0:	10c7a403          	lw	s0,268(a5) # 8040710c <free_list>
804023f4:	c606                	sw	ra,12(sp)
804023f6:	c005                	beqz	s0,80402416 <uni_page_alloc+0x2e>
804023f8:	4018                	lw	a4,0(s0)
804023fa:	10e7a623          	sw	a4,268(a5)
804023fe:	6605                	lui	a2,0x1
80402400:	4581                	li	a1,0
80402402:	8522                	mv	a0,s0
80402404:	00001097          	auipc	ra,0x1
80402408:	eba080e7          	jalr	-326(ra) # 804032be <memset>
8040240c:	40b2                	lw	ra,12(sp)
8040240e:	8522                	mv	a0,s0
80402410:	4422                	lw	s0,8(sp)
80402412:	0141                	add	sp,sp,16
80402414:	8082                	ret
80402416:	804077b7          	lui	a5,0x80407
8040241a:	804076b7          	lui	a3,0x80407
8040241e:	1087a703          	lw	a4,264(a5) # 80407108 <low_next>
80402422:	1046a683          	lw	a3,260(a3) # 80407104 <low_end>
80402426:	02d76463          	bltu	a4,a3,8040244e <uni_page_alloc+0x66>
8040242a:	80407737          	lui	a4,0x80407
8040242e:	804077b7          	lui	a5,0x80407
80402432:	0f872603          	lw	a2,248(a4) # 804070f8 <top>
80402436:	0fc7a783          	lw	a5,252(a5) # 804070fc <brk>
8040243a:	6685                	lui	a3,0x1
8040243c:	40f607b3          	sub	a5,a2,a5
80402440:	fcd7e6e3          	bltu	a5,a3,8040240c <uni_page_alloc+0x24>
80402444:	40d60433          	sub	s0,a2,a3
80402448:	0e872c23          	sw	s0,248(a4)
8040244c:	bf4d                	j	804023fe <uni_page_alloc+0x16>
8040244e:	843a                	mv	s0,a4
80402450:	6705                	lui	a4,0x1
80402452:	9722                	add	a4,a4,s0
80402454:	10e7a423          	sw	a4,264(a5)
80402458:	b75d                	j	804023fe <uni_page_alloc+0x16>

8040245a <uni_bind_frames>:
8040245a:	1141                	add	sp,sp,-16
8040245c:	c22a                	sw	a0,4(sp)
8040245e:	c42e                	sw	a1,8(sp)
80402460:	c602                	sw	zero,12(sp)
80402462:	4501                	li	a0,0
80402464:	004c                	add	a1,sp,4
80402466:	03000893          	li	a7,48
8040246a:	00000073          	ecall
8040246e:	0141                	add	sp,sp,16
80402470:	8082                	ret

80402472 <uni_unbind_frames>:
80402472:	1141                	add	sp,sp,-16
80402474:	c22a                	sw	a0,4(sp)
80402476:	c42e                	sw	a1,8(sp)
80402478:	c602                	sw	zero,12(sp)
8040247a:	4505                	li	a0,1
8040247c:	004c                	add	a1,sp,4
8040247e:	03000893          	li	a7,48
80402482:	00000073          	ecall
80402486:	0141                	add	sp,sp,16
80402488:	8082                	ret

8040248a <uni_bound_page_alloc>:
8040248a:	7139                	add	sp,sp,-64
8040248c:	da26                	sw	s1,52(sp)
8040248e:	804074b7          	lui	s1,0x80407
80402492:	0f44a783          	lw	a5,244(s1) # 804070f4 <window_l1>
80402496:	de06                	sw	ra,60(sp)
80402498:	dc22                	sw	s0,56(sp)
8040249a:	d84a                	sw	s2,48(sp)
8040249c:	d64e                	sw	s3,44(sp)
8040249e:	d452                	sw	s4,40(sp)
804024a0:	cfc9                	beqz	a5,8040253a <uni_bound_page_alloc+0xb0>
804024a2:	8041c7b7          	lui	a5,0x8041c
804024a6:	54478813          	add	a6,a5,1348 # 8041c544 <slot_mfn>
804024aa:	4701                	li	a4,0
804024ac:	54478793          	add	a5,a5,1348
804024b0:	40000613          	li	a2,1024
804024b4:	a021                	j	804024bc <uni_bound_page_alloc+0x32>
804024b6:	0705                	add	a4,a4,1 # 1001 <errno+0x1001>
804024b8:	14c70963          	beq	a4,a2,8040260a <uni_bound_page_alloc+0x180>
804024bc:	4394                	lw	a3,0(a5)
804024be:	0791                	add	a5,a5,4
804024c0:	fafd                	bnez	a3,804024b6 <uni_bound_page_alloc+0x2c>
804024c2:	4e05                	li	t3,1
804024c4:	007c                	add	a5,sp,12
804024c6:	ca72                	sw	t3,20(sp)
804024c8:	cc3e                	sw	a5,24(sp)
804024ca:	ce02                	sw	zero,28(sp)
804024cc:	4501                	li	a0,0
804024ce:	084c                	add	a1,sp,20
804024d0:	03000893          	li	a7,48
804024d4:	00000073          	ecall
804024d8:	12054963          	bltz	a0,8040260a <uni_bound_page_alloc+0x180>
804024dc:	0f44a683          	lw	a3,244(s1)
804024e0:	47b2                	lw	a5,12(sp)
804024e2:	00271313          	sll	t1,a4,0x2
804024e6:	06b2                	sll	a3,a3,0xc
804024e8:	0066e6b3          	or	a3,a3,t1
804024ec:	07aa                	sll	a5,a5,0xa
804024ee:	0d77e793          	or	a5,a5,215
804024f2:	ca36                	sw	a3,20(sp)
804024f4:	66a1                	lui	a3,0x8
804024f6:	852e                	mv	a0,a1
804024f8:	cc3e                	sw	a5,24(sp)
804024fa:	4585                	li	a1,1
804024fc:	4601                	li	a2,0
804024fe:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
80402500:	4885                	li	a7,1
80402502:	00000073          	ecall
80402506:	0e054863          	bltz	a0,804025f6 <uni_bound_page_alloc+0x16c>
8040250a:	804076b7          	lui	a3,0x80407
8040250e:	0f06a783          	lw	a5,240(a3) # 804070f0 <slots_used>
80402512:	000f0637          	lui	a2,0xf0
80402516:	9732                	add	a4,a4,a2
80402518:	4632                	lw	a2,12(sp)
8040251a:	50f2                	lw	ra,60(sp)
8040251c:	5462                	lw	s0,56(sp)
8040251e:	981a                	add	a6,a6,t1
80402520:	0785                	add	a5,a5,1
80402522:	00c82023          	sw	a2,0(a6)
80402526:	0ef6a823          	sw	a5,240(a3)
8040252a:	54d2                	lw	s1,52(sp)
8040252c:	5942                	lw	s2,48(sp)
8040252e:	59b2                	lw	s3,44(sp)
80402530:	5a22                	lw	s4,40(sp)
80402532:	00c71513          	sll	a0,a4,0xc
80402536:	6121                	add	sp,sp,64
80402538:	8082                	ret
8040253a:	80407a37          	lui	s4,0x80407
8040253e:	0c0a2903          	lw	s2,192(s4) # 804070c0 <uni_start_info>
80402542:	000807b7          	lui	a5,0x80
80402546:	f0000737          	lui	a4,0xf0000
8040254a:	02092683          	lw	a3,32(s2)
8040254e:	97b6                	add	a5,a5,a3
80402550:	07b2                	sll	a5,a5,0xc
80402552:	0af76c63          	bltu	a4,a5,8040260a <uni_bound_page_alloc+0x180>
80402556:	00000097          	auipc	ra,0x0
8040255a:	e92080e7          	jalr	-366(ra) # 804023e8 <uni_page_alloc>
8040255e:	842a                	mv	s0,a0
80402560:	c54d                	beqz	a0,8040260a <uni_bound_page_alloc+0x180>
80402562:	fffff097          	auipc	ra,0xfffff
80402566:	d02080e7          	jalr	-766(ra) # 80401264 <uni_virt_to_mfn>
8040256a:	0c0a2703          	lw	a4,192(s4)
8040256e:	01645793          	srl	a5,s0,0x16
80402572:	078a                	sll	a5,a5,0x2
80402574:	5f58                	lw	a4,60(a4)
80402576:	8031                	srl	s0,s0,0xc
80402578:	3ff47413          	and	s0,s0,1023
8040257c:	97ba                	add	a5,a5,a4
8040257e:	439c                	lw	a5,0(a5)
80402580:	00a51a13          	sll	s4,a0,0xa
80402584:	040a                	sll	s0,s0,0x2
80402586:	83a9                	srl	a5,a5,0xa
80402588:	07b2                	sll	a5,a5,0xc
8040258a:	8fc1                	or	a5,a5,s0
8040258c:	053a6713          	or	a4,s4,83
80402590:	6421                	lui	s0,0x8
80402592:	89aa                	mv	s3,a0
80402594:	ca3e                	sw	a5,20(sp)
80402596:	cc3a                	sw	a4,24(sp)
80402598:	0848                	add	a0,sp,20
8040259a:	4585                	li	a1,1
8040259c:	4601                	li	a2,0
8040259e:	ff040693          	add	a3,s0,-16 # 7ff0 <errno+0x7ff0>
804025a2:	4885                	li	a7,1
804025a4:	00000073          	ecall
804025a8:	06054163          	bltz	a0,8040260a <uni_bound_page_alloc+0x180>
804025ac:	c602                	sw	zero,12(sp)
804025ae:	c84e                	sw	s3,16(sp)
804025b0:	0068                	add	a0,sp,12
804025b2:	48e9                	li	a7,26
804025b4:	00000073          	ecall
804025b8:	04054963          	bltz	a0,8040260a <uni_bound_page_alloc+0x180>
804025bc:	03c92503          	lw	a0,60(s2)
804025c0:	001a6a13          	or	s4,s4,1
804025c4:	fffff097          	auipc	ra,0xfffff
804025c8:	ca0080e7          	jalr	-864(ra) # 80401264 <uni_virt_to_mfn>
804025cc:	6705                	lui	a4,0x1
804025ce:	00c51793          	sll	a5,a0,0xc
804025d2:	f0070713          	add	a4,a4,-256 # f00 <errno+0xf00>
804025d6:	8fd9                	or	a5,a5,a4
804025d8:	ca3e                	sw	a5,20(sp)
804025da:	cc52                	sw	s4,24(sp)
804025dc:	0848                	add	a0,sp,20
804025de:	4585                	li	a1,1
804025e0:	4601                	li	a2,0
804025e2:	ff040693          	add	a3,s0,-16
804025e6:	4885                	li	a7,1
804025e8:	00000073          	ecall
804025ec:	00054f63          	bltz	a0,8040260a <uni_bound_page_alloc+0x180>
804025f0:	0f34aa23          	sw	s3,244(s1)
804025f4:	b57d                	j	804024a2 <uni_bound_page_alloc+0x18>
804025f6:	007c                	add	a5,sp,12
804025f8:	ca72                	sw	t3,20(sp)
804025fa:	cc3e                	sw	a5,24(sp)
804025fc:	ce02                	sw	zero,28(sp)
804025fe:	4505                	li	a0,1
80402600:	084c                	add	a1,sp,20
80402602:	03000893          	li	a7,48
80402606:	00000073          	ecall
8040260a:	50f2                	lw	ra,60(sp)
8040260c:	5462                	lw	s0,56(sp)
8040260e:	54d2                	lw	s1,52(sp)
80402610:	5942                	lw	s2,48(sp)
80402612:	59b2                	lw	s3,44(sp)
80402614:	5a22                	lw	s4,40(sp)
80402616:	4501                	li	a0,0
80402618:	6121                	add	sp,sp,64
8040261a:	8082                	ret

8040261c <uni_bound_page_free>:
8040261c:	f0000737          	lui	a4,0xf0000
80402620:	08e56563          	bltu	a0,a4,804026aa <uni_bound_page_free+0x8e>
80402624:	01451713          	sll	a4,a0,0x14
80402628:	87aa                	mv	a5,a0
8040262a:	5529                	li	a0,-22
8040262c:	eb35                	bnez	a4,804026a0 <uni_bound_page_free+0x84>
8040262e:	10000737          	lui	a4,0x10000
80402632:	97ba                	add	a5,a5,a4
80402634:	00400737          	lui	a4,0x400
80402638:	06e7f463          	bgeu	a5,a4,804026a0 <uni_bound_page_free+0x84>
8040263c:	83b1                	srl	a5,a5,0xc
8040263e:	8041c837          	lui	a6,0x8041c
80402642:	078a                	sll	a5,a5,0x2
80402644:	54480813          	add	a6,a6,1348 # 8041c544 <slot_mfn>
80402648:	983e                	add	a6,a6,a5
8040264a:	00082683          	lw	a3,0(a6)
8040264e:	caa9                	beqz	a3,804026a0 <uni_bound_page_free+0x84>
80402650:	80407737          	lui	a4,0x80407
80402654:	0f472703          	lw	a4,244(a4) # 804070f4 <window_l1>
80402658:	1141                	add	sp,sp,-16
8040265a:	c036                	sw	a3,0(sp)
8040265c:	0732                	sll	a4,a4,0xc
8040265e:	8fd9                	or	a5,a5,a4
80402660:	66a1                	lui	a3,0x8
80402662:	c23e                	sw	a5,4(sp)
80402664:	c402                	sw	zero,8(sp)
80402666:	0048                	add	a0,sp,4
80402668:	4585                	li	a1,1
8040266a:	4601                	li	a2,0
8040266c:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
8040266e:	4885                	li	a7,1
80402670:	00000073          	ecall
80402674:	e51d                	bnez	a0,804026a2 <uni_bound_page_free+0x86>
80402676:	80407737          	lui	a4,0x80407
8040267a:	0f072783          	lw	a5,240(a4) # 804070f0 <slots_used>
8040267e:	00082023          	sw	zero,0(a6)
80402682:	17fd                	add	a5,a5,-1 # 7ffff <errno+0x7ffff>
80402684:	0ef72823          	sw	a5,240(a4)
80402688:	4785                	li	a5,1
8040268a:	c23e                	sw	a5,4(sp)
8040268c:	c40a                	sw	sp,8(sp)
8040268e:	c602                	sw	zero,12(sp)
80402690:	4505                	li	a0,1
80402692:	004c                	add	a1,sp,4
80402694:	03000893          	li	a7,48
80402698:	00000073          	ecall
8040269c:	0141                	add	sp,sp,16
8040269e:	8082                	ret
804026a0:	8082                	ret
804026a2:	fe0553e3          	bgez	a0,80402688 <uni_bound_page_free+0x6c>
804026a6:	0141                	add	sp,sp,16
804026a8:	8082                	ret
804026aa:	5529                	li	a0,-22
804026ac:	8082                	ret

804026ae <uni_bound_pages>:
804026ae:	804077b7          	lui	a5,0x80407
804026b2:	0f07a503          	lw	a0,240(a5) # 804070f0 <slots_used>
804026b6:	8082                	ret

804026b8 <uni_bound_mfn>:
804026b8:	f0000737          	lui	a4,0xf0000
804026bc:	87aa                	mv	a5,a0
804026be:	02e56763          	bltu	a0,a4,804026ec <uni_bound_mfn+0x34>
804026c2:	01451713          	sll	a4,a0,0x14
804026c6:	01475513          	srl	a0,a4,0x14
804026ca:	e30d                	bnez	a4,804026ec <uni_bound_mfn+0x34>
804026cc:	10000737          	lui	a4,0x10000
804026d0:	97ba                	add	a5,a5,a4
804026d2:	00400737          	lui	a4,0x400
804026d6:	00e7fc63          	bgeu	a5,a4,804026ee <uni_bound_mfn+0x36>
804026da:	83b1                	srl	a5,a5,0xc
804026dc:	8041c737          	lui	a4,0x8041c
804026e0:	54470713          	add	a4,a4,1348 # 8041c544 <slot_mfn>
804026e4:	078a                	sll	a5,a5,0x2
804026e6:	97ba                	add	a5,a5,a4
804026e8:	4388                	lw	a0,0(a5)
804026ea:	8082                	ret
804026ec:	4501                	li	a0,0
804026ee:	8082                	ret

804026f0 <uni_revoke_cooperate>:
804026f0:	804077b7          	lui	a5,0x80407
804026f4:	08a7ac23          	sw	a0,152(a5) # 80407098 <cooperate>
804026f8:	8082                	ret

804026fa <uni_set_revoke_hook>:
804026fa:	804077b7          	lui	a5,0x80407
804026fe:	0ea7a623          	sw	a0,236(a5) # 804070ec <revoke_hook>
80402702:	8082                	ret

80402704 <uni_revoke_stats>:
80402704:	8041c537          	lui	a0,0x8041c
80402708:	53050513          	add	a0,a0,1328 # 8041c530 <revoke_stats>
8040270c:	8082                	ret

8040270e <uni_map_over>:
8040270e:	804077b7          	lui	a5,0x80407
80402712:	0c07a783          	lw	a5,192(a5) # 804070c0 <uni_start_info>
80402716:	05aa                	sll	a1,a1,0xa
80402718:	1101                	add	sp,sp,-32
8040271a:	5fd8                	lw	a4,60(a5)
8040271c:	01655793          	srl	a5,a0,0x16
80402720:	078a                	sll	a5,a5,0x2
80402722:	97ba                	add	a5,a5,a4
80402724:	439c                	lw	a5,0(a5)
80402726:	8131                	srl	a0,a0,0xc
80402728:	3ff57513          	and	a0,a0,1023
8040272c:	83a9                	srl	a5,a5,0xa
8040272e:	050a                	sll	a0,a0,0x2
80402730:	07b2                	sll	a5,a5,0xc
80402732:	8fc9                	or	a5,a5,a0
80402734:	0d75e593          	or	a1,a1,215
80402738:	66a1                	lui	a3,0x8
8040273a:	8732                	mv	a4,a2
8040273c:	c62e                	sw	a1,12(sp)
8040273e:	ce06                	sw	ra,28(sp)
80402740:	c43e                	sw	a5,8(sp)
80402742:	0028                	add	a0,sp,8
80402744:	4585                	li	a1,1
80402746:	4601                	li	a2,0
80402748:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
8040274a:	4885                	li	a7,1
8040274c:	00000073          	ecall
80402750:	00054563          	bltz	a0,8040275a <uni_map_over+0x4c>
80402754:	40f2                	lw	ra,28(sp)
80402756:	6105                	add	sp,sp,32
80402758:	8082                	ret
8040275a:	853a                	mv	a0,a4
8040275c:	fffff097          	auipc	ra,0xfffff
80402760:	9ac080e7          	jalr	-1620(ra) # 80401108 <uni_panic>

80402764 <write>:
80402764:	1141                	add	sp,sp,-16
80402766:	c606                	sw	ra,12(sp)
80402768:	c422                	sw	s0,8(sp)
8040276a:	47bd                	li	a5,15
8040276c:	00a7eb63          	bltu	a5,a0,80402782 <write+0x1e>
80402770:	80407737          	lui	a4,0x80407
80402774:	00070713          	mv	a4,a4
80402778:	00351793          	sll	a5,a0,0x3
8040277c:	97ba                	add	a5,a5,a4
8040277e:	4398                	lw	a4,0(a5)
80402780:	ef11                	bnez	a4,8040279c <write+0x38>
80402782:	4725                	li	a4,9
80402784:	000007b7          	lui	a5,0x0
80402788:	004787b3          	add	a5,a5,tp
8040278c:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402790:	547d                	li	s0,-1
80402792:	40b2                	lw	ra,12(sp)
80402794:	8522                	mv	a0,s0
80402796:	4422                	lw	s0,8(sp)
80402798:	0141                	add	sp,sp,16
8040279a:	8082                	ret
8040279c:	8432                	mv	s0,a2
8040279e:	04064663          	bltz	a2,804027ea <write+0x86>
804027a2:	4505                	li	a0,1
804027a4:	02a70b63          	beq	a4,a0,804027da <write+0x76>
804027a8:	80407737          	lui	a4,0x80407
804027ac:	11072703          	lw	a4,272(a4) # 80407110 <fs>
804027b0:	43c8                	lw	a0,4(a5)
804027b2:	475c                	lw	a5,12(a4)
804027b4:	9782                	jalr	a5
804027b6:	842a                	mv	s0,a0
804027b8:	fc055de3          	bgez	a0,80402792 <write+0x2e>
804027bc:	fff54413          	not	s0,a0
804027c0:	02500793          	li	a5,37
804027c4:	4715                	li	a4,5
804027c6:	fa87efe3          	bltu	a5,s0,80402784 <write+0x20>
804027ca:	804067b7          	lui	a5,0x80406
804027ce:	ba878793          	add	a5,a5,-1112 # 80405ba8 <CSWTCH.40>
804027d2:	97a2                	add	a5,a5,s0
804027d4:	00078703          	lb	a4,0(a5)
804027d8:	b775                	j	80402784 <write+0x20>
804027da:	86ae                	mv	a3,a1
804027dc:	8536                	mv	a0,a3
804027de:	85b2                	mv	a1,a2
804027e0:	00000097          	auipc	ra,0x0
804027e4:	91e080e7          	jalr	-1762(ra) # 804020fe <uni_console_write>
804027e8:	b76d                	j	80402792 <write+0x2e>
804027ea:	4759                	li	a4,22
804027ec:	bf61                	j	80402784 <write+0x20>

804027ee <uni_main>:
804027ee:	1141                	add	sp,sp,-16
804027f0:	c606                	sw	ra,12(sp)
804027f2:	c422                	sw	s0,8(sp)
804027f4:	8041d837          	lui	a6,0x8041d
804027f8:	00054603          	lbu	a2,0(a0)
804027fc:	872a                	mv	a4,a0
804027fe:	02000693          	li	a3,32
80402802:	4501                	li	a0,0
80402804:	45a5                	li	a1,9
80402806:	54480813          	add	a6,a6,1348 # 8041d544 <argv.1>
8040280a:	02d60b63          	beq	a2,a3,80402840 <uni_main+0x52>
8040280e:	02b60963          	beq	a2,a1,80402840 <uni_main+0x52>
80402812:	c231                	beqz	a2,80402856 <uni_main+0x68>
80402814:	06d50a63          	beq	a0,a3,80402888 <uni_main+0x9a>
80402818:	00251793          	sll	a5,a0,0x2
8040281c:	97c2                	add	a5,a5,a6
8040281e:	c398                	sw	a4,0(a5)
80402820:	00074603          	lbu	a2,0(a4)
80402824:	0505                	add	a0,a0,1
80402826:	87b2                	mv	a5,a2
80402828:	d26d                	beqz	a2,8040280a <uni_main+0x1c>
8040282a:	02d78363          	beq	a5,a3,80402850 <uni_main+0x62>
8040282e:	02b78163          	beq	a5,a1,80402850 <uni_main+0x62>
80402832:	00174783          	lbu	a5,1(a4)
80402836:	0705                	add	a4,a4,1
80402838:	fbed                	bnez	a5,8040282a <uni_main+0x3c>
8040283a:	4601                	li	a2,0
8040283c:	fcd619e3          	bne	a2,a3,8040280e <uni_main+0x20>
80402840:	00170793          	add	a5,a4,1
80402844:	00174603          	lbu	a2,1(a4)
80402848:	00070023          	sb	zero,0(a4)
8040284c:	873e                	mv	a4,a5
8040284e:	bf75                	j	8040280a <uni_main+0x1c>
80402850:	00074603          	lbu	a2,0(a4)
80402854:	bf5d                	j	8040280a <uni_main+0x1c>
80402856:	8041d5b7          	lui	a1,0x8041d
8040285a:	54458713          	add	a4,a1,1348 # 8041d544 <argv.1>
8040285e:	00251793          	sll	a5,a0,0x2
80402862:	97ba                	add	a5,a5,a4
80402864:	54458593          	add	a1,a1,1348
80402868:	0007a023          	sw	zero,0(a5)
8040286c:	ffffe097          	auipc	ra,0xffffe
80402870:	834080e7          	jalr	-1996(ra) # 804000a0 <main>
80402874:	842a                	mv	s0,a0
80402876:	00000097          	auipc	ra,0x0
8040287a:	0f0080e7          	jalr	240(ra) # 80402966 <ulib_flush_stdout>
8040287e:	40b2                	lw	ra,12(sp)
80402880:	8522                	mv	a0,s0
80402882:	4422                	lw	s0,8(sp)
80402884:	0141                	add	sp,sp,16
80402886:	8082                	ret
80402888:	80406537          	lui	a0,0x80406
8040288c:	bd050513          	add	a0,a0,-1072 # 80405bd0 <msg.0>
80402890:	45e1                	li	a1,24
80402892:	00000097          	auipc	ra,0x0
80402896:	86c080e7          	jalr	-1940(ra) # 804020fe <uni_console_write>
8040289a:	4409                	li	s0,2
8040289c:	40b2                	lw	ra,12(sp)
8040289e:	8522                	mv	a0,s0
804028a0:	4422                	lw	s0,8(sp)
804028a2:	0141                	add	sp,sp,16
804028a4:	8082                	ret

804028a6 <stdout_flush>:
804028a6:	1141                	add	sp,sp,-16
804028a8:	c04a                	sw	s2,0(sp)
804028aa:	80407937          	lui	s2,0x80407
804028ae:	c422                	sw	s0,8(sp)
804028b0:	11492403          	lw	s0,276(s2) # 80407114 <out_len>
804028b4:	c606                	sw	ra,12(sp)
804028b6:	c226                	sw	s1,4(sp)
804028b8:	c015                	beqz	s0,804028dc <stdout_flush+0x36>
804028ba:	8041d4b7          	lui	s1,0x8041d
804028be:	5c848493          	add	s1,s1,1480 # 8041d5c8 <out_buf>
804028c2:	a019                	j	804028c8 <stdout_flush+0x22>
804028c4:	94aa                	add	s1,s1,a0
804028c6:	c819                	beqz	s0,804028dc <stdout_flush+0x36>
804028c8:	8622                	mv	a2,s0
804028ca:	85a6                	mv	a1,s1
804028cc:	4505                	li	a0,1
804028ce:	00000097          	auipc	ra,0x0
804028d2:	e96080e7          	jalr	-362(ra) # 80402764 <write>
804028d6:	8c09                	sub	s0,s0,a0
804028d8:	fea046e3          	bgtz	a0,804028c4 <stdout_flush+0x1e>
804028dc:	40b2                	lw	ra,12(sp)
804028de:	4422                	lw	s0,8(sp)
804028e0:	10092a23          	sw	zero,276(s2)
804028e4:	4492                	lw	s1,4(sp)
804028e6:	4902                	lw	s2,0(sp)
804028e8:	4501                	li	a0,0
804028ea:	0141                	add	sp,sp,16
804028ec:	8082                	ret

804028ee <stdout_put>:
804028ee:	1101                	add	sp,sp,-32
804028f0:	c64e                	sw	s3,12(sp)
804028f2:	804079b7          	lui	s3,0x80407
804028f6:	1149a783          	lw	a5,276(s3) # 80407114 <out_len>
804028fa:	ca26                	sw	s1,20(sp)
804028fc:	8041d4b7          	lui	s1,0x8041d
80402900:	5c848493          	add	s1,s1,1480 # 8041d5c8 <out_buf>
80402904:	cc22                	sw	s0,24(sp)
80402906:	c84a                	sw	s2,16(sp)
80402908:	00178413          	add	s0,a5,1
8040290c:	ce06                	sw	ra,28(sp)
8040290e:	97a6                	add	a5,a5,s1
80402910:	00a78023          	sb	a0,0(a5)
80402914:	1089aa23          	sw	s0,276(s3)
80402918:	47a9                	li	a5,10
8040291a:	892a                	mv	s2,a0
8040291c:	00f50e63          	beq	a0,a5,80402938 <stdout_put+0x4a>
80402920:	20000793          	li	a5,512
80402924:	00f40b63          	beq	s0,a5,8040293a <stdout_put+0x4c>
80402928:	40f2                	lw	ra,28(sp)
8040292a:	4462                	lw	s0,24(sp)
8040292c:	44d2                	lw	s1,20(sp)
8040292e:	49b2                	lw	s3,12(sp)
80402930:	854a                	mv	a0,s2
80402932:	4942                	lw	s2,16(sp)
80402934:	6105                	add	sp,sp,32
80402936:	8082                	ret
80402938:	cc09                	beqz	s0,80402952 <stdout_put+0x64>
8040293a:	8622                	mv	a2,s0
8040293c:	85a6                	mv	a1,s1
8040293e:	4505                	li	a0,1
80402940:	00000097          	auipc	ra,0x0
80402944:	e24080e7          	jalr	-476(ra) # 80402764 <write>
80402948:	8c09                	sub	s0,s0,a0
8040294a:	00a05463          	blez	a0,80402952 <stdout_put+0x64>
8040294e:	94aa                	add	s1,s1,a0
80402950:	f46d                	bnez	s0,8040293a <stdout_put+0x4c>
80402952:	40f2                	lw	ra,28(sp)
80402954:	4462                	lw	s0,24(sp)
80402956:	1009aa23          	sw	zero,276(s3)
8040295a:	44d2                	lw	s1,20(sp)
8040295c:	49b2                	lw	s3,12(sp)
8040295e:	854a                	mv	a0,s2
80402960:	4942                	lw	s2,16(sp)
80402962:	6105                	add	sp,sp,32
80402964:	8082                	ret

80402966 <ulib_flush_stdout>:
80402966:	1141                	add	sp,sp,-16
80402968:	c04a                	sw	s2,0(sp)
8040296a:	80407937          	lui	s2,0x80407
8040296e:	c422                	sw	s0,8(sp)
80402970:	11492403          	lw	s0,276(s2) # 80407114 <out_len>
80402974:	c606                	sw	ra,12(sp)
80402976:	c226                	sw	s1,4(sp)
80402978:	c015                	beqz	s0,8040299c <ulib_flush_stdout+0x36>
8040297a:	8041d4b7          	lui	s1,0x8041d
8040297e:	5c848493          	add	s1,s1,1480 # 8041d5c8 <out_buf>
80402982:	a019                	j	80402988 <ulib_flush_stdout+0x22>
80402984:	94aa                	add	s1,s1,a0
80402986:	c819                	beqz	s0,8040299c <ulib_flush_stdout+0x36>
80402988:	8622                	mv	a2,s0
8040298a:	85a6                	mv	a1,s1
8040298c:	4505                	li	a0,1
8040298e:	00000097          	auipc	ra,0x0
80402992:	dd6080e7          	jalr	-554(ra) # 80402764 <write>
80402996:	8c09                	sub	s0,s0,a0
80402998:	fea046e3          	bgtz	a0,80402984 <ulib_flush_stdout+0x1e>
8040299c:	40b2                	lw	ra,12(sp)
8040299e:	4422                	lw	s0,8(sp)
804029a0:	10092a23          	sw	zero,276(s2)
804029a4:	4492                	lw	s1,4(sp)
804029a6:	4902                	lw	s2,0(sp)
804029a8:	0141                	add	sp,sp,16
804029aa:	8082                	ret

804029ac <store_event>:
804029ac:	8082                	ret

804029ae <uni_blk_sectors>:
804029ae:	804077b7          	lui	a5,0x80407
804029b2:	11c7a783          	lw	a5,284(a5) # 8040711c <present>
804029b6:	4501                	li	a0,0
804029b8:	c789                	beqz	a5,804029c2 <uni_blk_sectors+0x14>
804029ba:	8041d7b7          	lui	a5,0x8041d
804029be:	7e47a503          	lw	a0,2020(a5) # 8041d7e4 <bf+0x1c>
804029c2:	8082                	ret

804029c4 <uni_blk_bind_extent>:
804029c4:	804077b7          	lui	a5,0x80407
804029c8:	11c7a783          	lw	a5,284(a5) # 8040711c <present>
804029cc:	c395                	beqz	a5,804029f0 <uni_blk_bind_extent+0x2c>
804029ce:	1141                	add	sp,sp,-16
804029d0:	c42a                	sw	a0,8(sp)
804029d2:	c62e                	sw	a1,12(sp)
804029d4:	4509                	li	a0,2
804029d6:	002c                	add	a1,sp,8
804029d8:	03000893          	li	a7,48
804029dc:	00000073          	ecall
804029e0:	e511                	bnez	a0,804029ec <uni_blk_bind_extent+0x28>
804029e2:	804077b7          	lui	a5,0x80407
804029e6:	4705                	li	a4,1
804029e8:	10e7ac23          	sw	a4,280(a5) # 80407118 <extent_bound>
804029ec:	0141                	add	sp,sp,16
804029ee:	8082                	ret
804029f0:	5529                	li	a0,-22
804029f2:	8082                	ret

804029f4 <uni_blk_read>:
804029f4:	804077b7          	lui	a5,0x80407
804029f8:	11c7a803          	lw	a6,284(a5) # 8040711c <present>
804029fc:	00081463          	bnez	a6,80402a04 <uni_blk_read+0x10>
80402a00:	5529                	li	a0,-22
80402a02:	8082                	ret
80402a04:	87ae                	mv	a5,a1
80402a06:	dded                	beqz	a1,80402a00 <uni_blk_read+0xc>
80402a08:	8041d837          	lui	a6,0x8041d
80402a0c:	86b2                	mv	a3,a2
80402a0e:	7c880613          	add	a2,a6,1992 # 8041d7c8 <bf>
80402a12:	4e50                	lw	a2,28(a2)
80402a14:	872a                	mv	a4,a0
80402a16:	fea665e3          	bltu	a2,a0,80402a00 <uni_blk_read+0xc>
80402a1a:	40a605b3          	sub	a1,a2,a0
80402a1e:	fef5e1e3          	bltu	a1,a5,80402a00 <uni_blk_read+0xc>
80402a22:	80407337          	lui	t1,0x80407
80402a26:	11832583          	lw	a1,280(t1) # 80407118 <extent_bound>
80402a2a:	c989                	beqz	a1,80402a3c <uni_blk_read+0x48>
80402a2c:	85aa                	mv	a1,a0
80402a2e:	863e                	mv	a2,a5
80402a30:	7c880513          	add	a0,a6,1992
80402a34:	fffff317          	auipc	t1,0xfffff
80402a38:	e1a30067          	jr	-486(t1) # 8040184e <blkfront_read>
80402a3c:	1101                	add	sp,sp,-32
80402a3e:	ce06                	sw	ra,28(sp)
80402a40:	c402                	sw	zero,8(sp)
80402a42:	c632                	sw	a2,12(sp)
80402a44:	4509                	li	a0,2
80402a46:	002c                	add	a1,sp,8
80402a48:	03000893          	li	a7,48
80402a4c:	00000073          	ecall
80402a50:	ed11                	bnez	a0,80402a6c <uni_blk_read+0x78>
80402a52:	4605                	li	a2,1
80402a54:	10c32c23          	sw	a2,280(t1)
80402a58:	40f2                	lw	ra,28(sp)
80402a5a:	863e                	mv	a2,a5
80402a5c:	85ba                	mv	a1,a4
80402a5e:	7c880513          	add	a0,a6,1992
80402a62:	6105                	add	sp,sp,32
80402a64:	fffff317          	auipc	t1,0xfffff
80402a68:	dea30067          	jr	-534(t1) # 8040184e <blkfront_read>
80402a6c:	fe0556e3          	bgez	a0,80402a58 <uni_blk_read+0x64>
80402a70:	80406537          	lui	a0,0x80406
80402a74:	ce050513          	add	a0,a0,-800 # 80405ce0 <msg.0+0x110>
80402a78:	ffffe097          	auipc	ra,0xffffe
80402a7c:	690080e7          	jalr	1680(ra) # 80401108 <uni_panic>

80402a80 <uni_blk_write>:
80402a80:	804077b7          	lui	a5,0x80407
80402a84:	11c7a803          	lw	a6,284(a5) # 8040711c <present>
80402a88:	00081463          	bnez	a6,80402a90 <uni_blk_write+0x10>
80402a8c:	5529                	li	a0,-22
80402a8e:	8082                	ret
80402a90:	87ae                	mv	a5,a1
80402a92:	dded                	beqz	a1,80402a8c <uni_blk_write+0xc>
80402a94:	8041d837          	lui	a6,0x8041d
80402a98:	86b2                	mv	a3,a2
80402a9a:	7c880613          	add	a2,a6,1992 # 8041d7c8 <bf>
80402a9e:	4e50                	lw	a2,28(a2)
80402aa0:	872a                	mv	a4,a0
80402aa2:	fea665e3          	bltu	a2,a0,80402a8c <uni_blk_write+0xc>
80402aa6:	40a605b3          	sub	a1,a2,a0
80402aaa:	fef5e1e3          	bltu	a1,a5,80402a8c <uni_blk_write+0xc>
80402aae:	80407337          	lui	t1,0x80407
80402ab2:	11832583          	lw	a1,280(t1) # 80407118 <extent_bound>
80402ab6:	c989                	beqz	a1,80402ac8 <uni_blk_write+0x48>
80402ab8:	85aa                	mv	a1,a0
80402aba:	863e                	mv	a2,a5
80402abc:	7c880513          	add	a0,a6,1992
80402ac0:	fffff317          	auipc	t1,0xfffff
80402ac4:	d9830067          	jr	-616(t1) # 80401858 <blkfront_write>
80402ac8:	1101                	add	sp,sp,-32
80402aca:	ce06                	sw	ra,28(sp)
80402acc:	c402                	sw	zero,8(sp)
80402ace:	c632                	sw	a2,12(sp)
80402ad0:	4509                	li	a0,2
80402ad2:	002c                	add	a1,sp,8
80402ad4:	03000893          	li	a7,48
80402ad8:	00000073          	ecall
80402adc:	ed11                	bnez	a0,80402af8 <uni_blk_write+0x78>
80402ade:	4605                	li	a2,1
80402ae0:	10c32c23          	sw	a2,280(t1)
80402ae4:	40f2                	lw	ra,28(sp)
80402ae6:	863e                	mv	a2,a5
80402ae8:	85ba                	mv	a1,a4
80402aea:	7c880513          	add	a0,a6,1992
80402aee:	6105                	add	sp,sp,32
80402af0:	fffff317          	auipc	t1,0xfffff
80402af4:	d6830067          	jr	-664(t1) # 80401858 <blkfront_write>
80402af8:	fe0556e3          	bgez	a0,80402ae4 <uni_blk_write+0x64>
80402afc:	80406537          	lui	a0,0x80406
80402b00:	ce050513          	add	a0,a0,-800 # 80405ce0 <msg.0+0x110>
80402b04:	ffffe097          	auipc	ra,0xffffe
80402b08:	604080e7          	jalr	1540(ra) # 80401108 <uni_panic>

80402b0c <__lshrdi3>:
80402b0c:	ca19                	beqz	a2,80402b22 <__lshrdi3+0x16>
80402b0e:	02000793          	li	a5,32
80402b12:	8f91                	sub	a5,a5,a2
80402b14:	00f04863          	bgtz	a5,80402b24 <__lshrdi3+0x18>
80402b18:	1601                	add	a2,a2,-32 # effe0 <errno+0xeffe0>
80402b1a:	00c5d533          	srl	a0,a1,a2
80402b1e:	4701                	li	a4,0
80402b20:	85ba                	mv	a1,a4
80402b22:	8082                	ret
80402b24:	00c5d733          	srl	a4,a1,a2
80402b28:	00c55533          	srl	a0,a0,a2
80402b2c:	00f595b3          	sll	a1,a1,a5
80402b30:	8d4d                	or	a0,a0,a1
80402b32:	b7fd                	j	80402b20 <__lshrdi3+0x14>

80402b34 <__ashldi3>:
80402b34:	ca19                	beqz	a2,80402b4a <__ashldi3+0x16>
80402b36:	02000793          	li	a5,32
80402b3a:	8f91                	sub	a5,a5,a2
80402b3c:	00f04863          	bgtz	a5,80402b4c <__ashldi3+0x18>
80402b40:	1601                	add	a2,a2,-32
80402b42:	00c515b3          	sll	a1,a0,a2
80402b46:	4701                	li	a4,0
80402b48:	853a                	mv	a0,a4
80402b4a:	8082                	ret
80402b4c:	00c51733          	sll	a4,a0,a2
80402b50:	00c595b3          	sll	a1,a1,a2
80402b54:	00f55533          	srl	a0,a0,a5
80402b58:	8dc9                	or	a1,a1,a0
80402b5a:	b7fd                	j	80402b48 <__ashldi3+0x14>

80402b5c <__ashrdi3>:
80402b5c:	ce01                	beqz	a2,80402b74 <__ashrdi3+0x18>
80402b5e:	02000793          	li	a5,32
80402b62:	8f91                	sub	a5,a5,a2
80402b64:	00f04963          	bgtz	a5,80402b76 <__ashrdi3+0x1a>
80402b68:	1601                	add	a2,a2,-32
80402b6a:	41f5d713          	sra	a4,a1,0x1f
80402b6e:	40c5d533          	sra	a0,a1,a2
80402b72:	85ba                	mv	a1,a4
80402b74:	8082                	ret
80402b76:	40c5d733          	sra	a4,a1,a2
80402b7a:	00c55533          	srl	a0,a0,a2
80402b7e:	00f595b3          	sll	a1,a1,a5
80402b82:	8d4d                	or	a0,a0,a1
80402b84:	b7fd                	j	80402b72 <__ashrdi3+0x16>

80402b86 <__ctzsi2>:
80402b86:	40a007b3          	neg	a5,a0
80402b8a:	8d7d                	and	a0,a0,a5
80402b8c:	67c1                	lui	a5,0x10
80402b8e:	02f57363          	bgeu	a0,a5,80402bb4 <__ctzsi2+0x2e>
80402b92:	10053793          	sltiu	a5,a0,256
80402b96:	0017c793          	xor	a5,a5,1
80402b9a:	078e                	sll	a5,a5,0x3
80402b9c:	00f55533          	srl	a0,a0,a5
80402ba0:	00003717          	auipc	a4,0x3
80402ba4:	54470713          	add	a4,a4,1348 # 804060e4 <__clz_tab>
80402ba8:	972a                	add	a4,a4,a0
80402baa:	00074503          	lbu	a0,0(a4)
80402bae:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402bb0:	953e                	add	a0,a0,a5
80402bb2:	8082                	ret
80402bb4:	01000737          	lui	a4,0x1000
80402bb8:	47c1                	li	a5,16
80402bba:	fee561e3          	bltu	a0,a4,80402b9c <__ctzsi2+0x16>
80402bbe:	47e1                	li	a5,24
80402bc0:	bff1                	j	80402b9c <__ctzsi2+0x16>

80402bc2 <__udivdi3>:
80402bc2:	88aa                	mv	a7,a0
80402bc4:	832e                	mv	t1,a1
80402bc6:	8732                	mv	a4,a2
80402bc8:	882a                	mv	a6,a0
80402bca:	87ae                	mv	a5,a1
80402bcc:	20069663          	bnez	a3,80402dd8 <__udivdi3+0x216>
80402bd0:	00003597          	auipc	a1,0x3
80402bd4:	51458593          	add	a1,a1,1300 # 804060e4 <__clz_tab>
80402bd8:	0cc37163          	bgeu	t1,a2,80402c9a <__udivdi3+0xd8>
80402bdc:	66c1                	lui	a3,0x10
80402bde:	0ad67763          	bgeu	a2,a3,80402c8c <__udivdi3+0xca>
80402be2:	10063693          	sltiu	a3,a2,256
80402be6:	0016c693          	xor	a3,a3,1
80402bea:	068e                	sll	a3,a3,0x3
80402bec:	00d65533          	srl	a0,a2,a3
80402bf0:	95aa                	add	a1,a1,a0
80402bf2:	0005c583          	lbu	a1,0(a1)
80402bf6:	02000513          	li	a0,32
80402bfa:	96ae                	add	a3,a3,a1
80402bfc:	40d505b3          	sub	a1,a0,a3
80402c00:	00d50b63          	beq	a0,a3,80402c16 <__udivdi3+0x54>
80402c04:	00b317b3          	sll	a5,t1,a1
80402c08:	00d8d6b3          	srl	a3,a7,a3
80402c0c:	00b61733          	sll	a4,a2,a1
80402c10:	8fd5                	or	a5,a5,a3
80402c12:	00b89833          	sll	a6,a7,a1
80402c16:	01075593          	srl	a1,a4,0x10
80402c1a:	02b7d333          	divu	t1,a5,a1
80402c1e:	01071613          	sll	a2,a4,0x10
80402c22:	8241                	srl	a2,a2,0x10
80402c24:	02b7f7b3          	remu	a5,a5,a1
80402c28:	851a                	mv	a0,t1
80402c2a:	026608b3          	mul	a7,a2,t1
80402c2e:	01079693          	sll	a3,a5,0x10
80402c32:	01085793          	srl	a5,a6,0x10
80402c36:	8fd5                	or	a5,a5,a3
80402c38:	0117fc63          	bgeu	a5,a7,80402c50 <__udivdi3+0x8e>
80402c3c:	97ba                	add	a5,a5,a4
80402c3e:	fff30513          	add	a0,t1,-1
80402c42:	00e7e763          	bltu	a5,a4,80402c50 <__udivdi3+0x8e>
80402c46:	0117f563          	bgeu	a5,a7,80402c50 <__udivdi3+0x8e>
80402c4a:	ffe30513          	add	a0,t1,-2
80402c4e:	97ba                	add	a5,a5,a4
80402c50:	411787b3          	sub	a5,a5,a7
80402c54:	02b7d8b3          	divu	a7,a5,a1
80402c58:	0842                	sll	a6,a6,0x10
80402c5a:	01085813          	srl	a6,a6,0x10
80402c5e:	02b7f7b3          	remu	a5,a5,a1
80402c62:	031606b3          	mul	a3,a2,a7
80402c66:	07c2                	sll	a5,a5,0x10
80402c68:	00f86833          	or	a6,a6,a5
80402c6c:	87c6                	mv	a5,a7
80402c6e:	00d87b63          	bgeu	a6,a3,80402c84 <__udivdi3+0xc2>
80402c72:	983a                	add	a6,a6,a4
80402c74:	fff88793          	add	a5,a7,-1
80402c78:	00e86663          	bltu	a6,a4,80402c84 <__udivdi3+0xc2>
80402c7c:	00d87463          	bgeu	a6,a3,80402c84 <__udivdi3+0xc2>
80402c80:	ffe88793          	add	a5,a7,-2
80402c84:	0542                	sll	a0,a0,0x10
80402c86:	8d5d                	or	a0,a0,a5
80402c88:	4581                	li	a1,0
80402c8a:	8082                	ret
80402c8c:	01000537          	lui	a0,0x1000
80402c90:	46c1                	li	a3,16
80402c92:	f4a66de3          	bltu	a2,a0,80402bec <__udivdi3+0x2a>
80402c96:	46e1                	li	a3,24
80402c98:	bf91                	j	80402bec <__udivdi3+0x2a>
80402c9a:	4681                	li	a3,0
80402c9c:	ca09                	beqz	a2,80402cae <__udivdi3+0xec>
80402c9e:	67c1                	lui	a5,0x10
80402ca0:	08f67f63          	bgeu	a2,a5,80402d3e <__udivdi3+0x17c>
80402ca4:	10063693          	sltiu	a3,a2,256
80402ca8:	0016c693          	xor	a3,a3,1
80402cac:	068e                	sll	a3,a3,0x3
80402cae:	00d657b3          	srl	a5,a2,a3
80402cb2:	95be                	add	a1,a1,a5
80402cb4:	0005c783          	lbu	a5,0(a1)
80402cb8:	97b6                	add	a5,a5,a3
80402cba:	02000693          	li	a3,32
80402cbe:	40f685b3          	sub	a1,a3,a5
80402cc2:	08f69563          	bne	a3,a5,80402d4c <__udivdi3+0x18a>
80402cc6:	40c307b3          	sub	a5,t1,a2
80402cca:	4585                	li	a1,1
80402ccc:	01075893          	srl	a7,a4,0x10
80402cd0:	0317de33          	divu	t3,a5,a7
80402cd4:	01071613          	sll	a2,a4,0x10
80402cd8:	8241                	srl	a2,a2,0x10
80402cda:	01085693          	srl	a3,a6,0x10
80402cde:	0317f7b3          	remu	a5,a5,a7
80402ce2:	8572                	mv	a0,t3
80402ce4:	03c60333          	mul	t1,a2,t3
80402ce8:	07c2                	sll	a5,a5,0x10
80402cea:	8fd5                	or	a5,a5,a3
80402cec:	0067fc63          	bgeu	a5,t1,80402d04 <__udivdi3+0x142>
80402cf0:	97ba                	add	a5,a5,a4
80402cf2:	fffe0513          	add	a0,t3,-1 # 80406fff <stdout+0xe0b>
80402cf6:	00e7e763          	bltu	a5,a4,80402d04 <__udivdi3+0x142>
80402cfa:	0067f563          	bgeu	a5,t1,80402d04 <__udivdi3+0x142>
80402cfe:	ffee0513          	add	a0,t3,-2
80402d02:	97ba                	add	a5,a5,a4
80402d04:	406787b3          	sub	a5,a5,t1
80402d08:	0317d333          	divu	t1,a5,a7
80402d0c:	0842                	sll	a6,a6,0x10
80402d0e:	01085813          	srl	a6,a6,0x10
80402d12:	0317f7b3          	remu	a5,a5,a7
80402d16:	026606b3          	mul	a3,a2,t1
80402d1a:	07c2                	sll	a5,a5,0x10
80402d1c:	00f86833          	or	a6,a6,a5
80402d20:	879a                	mv	a5,t1
80402d22:	00d87b63          	bgeu	a6,a3,80402d38 <__udivdi3+0x176>
80402d26:	983a                	add	a6,a6,a4
80402d28:	fff30793          	add	a5,t1,-1
80402d2c:	00e86663          	bltu	a6,a4,80402d38 <__udivdi3+0x176>
80402d30:	00d87463          	bgeu	a6,a3,80402d38 <__udivdi3+0x176>
80402d34:	ffe30793          	add	a5,t1,-2
80402d38:	0542                	sll	a0,a0,0x10
80402d3a:	8d5d                	or	a0,a0,a5
80402d3c:	8082                	ret
80402d3e:	010007b7          	lui	a5,0x1000
80402d42:	46c1                	li	a3,16
80402d44:	f6f665e3          	bltu	a2,a5,80402cae <__udivdi3+0xec>
80402d48:	46e1                	li	a3,24
80402d4a:	b795                	j	80402cae <__udivdi3+0xec>
80402d4c:	00b61733          	sll	a4,a2,a1
80402d50:	00f356b3          	srl	a3,t1,a5
80402d54:	01075513          	srl	a0,a4,0x10
80402d58:	00b31333          	sll	t1,t1,a1
80402d5c:	00f8d7b3          	srl	a5,a7,a5
80402d60:	0067e7b3          	or	a5,a5,t1
80402d64:	02a6d333          	divu	t1,a3,a0
80402d68:	01071613          	sll	a2,a4,0x10
80402d6c:	8241                	srl	a2,a2,0x10
80402d6e:	00b89833          	sll	a6,a7,a1
80402d72:	02a6f6b3          	remu	a3,a3,a0
80402d76:	026608b3          	mul	a7,a2,t1
80402d7a:	01069593          	sll	a1,a3,0x10
80402d7e:	0107d693          	srl	a3,a5,0x10
80402d82:	8ecd                	or	a3,a3,a1
80402d84:	859a                	mv	a1,t1
80402d86:	0116fc63          	bgeu	a3,a7,80402d9e <__udivdi3+0x1dc>
80402d8a:	96ba                	add	a3,a3,a4
80402d8c:	fff30593          	add	a1,t1,-1
80402d90:	00e6e763          	bltu	a3,a4,80402d9e <__udivdi3+0x1dc>
80402d94:	0116f563          	bgeu	a3,a7,80402d9e <__udivdi3+0x1dc>
80402d98:	ffe30593          	add	a1,t1,-2
80402d9c:	96ba                	add	a3,a3,a4
80402d9e:	411686b3          	sub	a3,a3,a7
80402da2:	02a6d8b3          	divu	a7,a3,a0
80402da6:	07c2                	sll	a5,a5,0x10
80402da8:	83c1                	srl	a5,a5,0x10
80402daa:	02a6f6b3          	remu	a3,a3,a0
80402dae:	03160633          	mul	a2,a2,a7
80402db2:	06c2                	sll	a3,a3,0x10
80402db4:	8fd5                	or	a5,a5,a3
80402db6:	86c6                	mv	a3,a7
80402db8:	00c7fc63          	bgeu	a5,a2,80402dd0 <__udivdi3+0x20e>
80402dbc:	97ba                	add	a5,a5,a4
80402dbe:	fff88693          	add	a3,a7,-1
80402dc2:	00e7e763          	bltu	a5,a4,80402dd0 <__udivdi3+0x20e>
80402dc6:	00c7f563          	bgeu	a5,a2,80402dd0 <__udivdi3+0x20e>
80402dca:	ffe88693          	add	a3,a7,-2
80402dce:	97ba                	add	a5,a5,a4
80402dd0:	05c2                	sll	a1,a1,0x10
80402dd2:	8f91                	sub	a5,a5,a2
80402dd4:	8dd5                	or	a1,a1,a3
80402dd6:	bddd                	j	80402ccc <__udivdi3+0x10a>
80402dd8:	14d5e163          	bltu	a1,a3,80402f1a <__udivdi3+0x358>
80402ddc:	67c1                	lui	a5,0x10
80402dde:	02f6ff63          	bgeu	a3,a5,80402e1c <__udivdi3+0x25a>
80402de2:	1006b713          	sltiu	a4,a3,256
80402de6:	00174713          	xor	a4,a4,1
80402dea:	070e                	sll	a4,a4,0x3
80402dec:	00e6d5b3          	srl	a1,a3,a4
80402df0:	00003797          	auipc	a5,0x3
80402df4:	2f478793          	add	a5,a5,756 # 804060e4 <__clz_tab>
80402df8:	97ae                	add	a5,a5,a1
80402dfa:	0007c783          	lbu	a5,0(a5)
80402dfe:	97ba                	add	a5,a5,a4
80402e00:	02000713          	li	a4,32
80402e04:	40f705b3          	sub	a1,a4,a5
80402e08:	02f71163          	bne	a4,a5,80402e2a <__udivdi3+0x268>
80402e0c:	4505                	li	a0,1
80402e0e:	e666eee3          	bltu	a3,t1,80402c8a <__udivdi3+0xc8>
80402e12:	00c8b533          	sltu	a0,a7,a2
80402e16:	00154513          	xor	a0,a0,1
80402e1a:	8082                	ret
80402e1c:	010007b7          	lui	a5,0x1000
80402e20:	4741                	li	a4,16
80402e22:	fcf6e5e3          	bltu	a3,a5,80402dec <__udivdi3+0x22a>
80402e26:	4761                	li	a4,24
80402e28:	b7d1                	j	80402dec <__udivdi3+0x22a>
80402e2a:	00f65733          	srl	a4,a2,a5
80402e2e:	00b696b3          	sll	a3,a3,a1
80402e32:	8ed9                	or	a3,a3,a4
80402e34:	00f35733          	srl	a4,t1,a5
80402e38:	00b31333          	sll	t1,t1,a1
80402e3c:	00f8d7b3          	srl	a5,a7,a5
80402e40:	0067e7b3          	or	a5,a5,t1
80402e44:	0106d313          	srl	t1,a3,0x10
80402e48:	02675eb3          	divu	t4,a4,t1
80402e4c:	01069813          	sll	a6,a3,0x10
80402e50:	01085813          	srl	a6,a6,0x10
80402e54:	00b61633          	sll	a2,a2,a1
80402e58:	02677733          	remu	a4,a4,t1
80402e5c:	03d80e33          	mul	t3,a6,t4
80402e60:	01071513          	sll	a0,a4,0x10
80402e64:	0107d713          	srl	a4,a5,0x10
80402e68:	8f49                	or	a4,a4,a0
80402e6a:	8576                	mv	a0,t4
80402e6c:	01c77c63          	bgeu	a4,t3,80402e84 <__udivdi3+0x2c2>
80402e70:	9736                	add	a4,a4,a3
80402e72:	fffe8513          	add	a0,t4,-1
80402e76:	00d76763          	bltu	a4,a3,80402e84 <__udivdi3+0x2c2>
80402e7a:	01c77563          	bgeu	a4,t3,80402e84 <__udivdi3+0x2c2>
80402e7e:	ffee8513          	add	a0,t4,-2
80402e82:	9736                	add	a4,a4,a3
80402e84:	41c70733          	sub	a4,a4,t3
80402e88:	02675e33          	divu	t3,a4,t1
80402e8c:	07c2                	sll	a5,a5,0x10
80402e8e:	83c1                	srl	a5,a5,0x10
80402e90:	02677733          	remu	a4,a4,t1
80402e94:	03c80833          	mul	a6,a6,t3
80402e98:	0742                	sll	a4,a4,0x10
80402e9a:	8fd9                	or	a5,a5,a4
80402e9c:	8772                	mv	a4,t3
80402e9e:	0107fc63          	bgeu	a5,a6,80402eb6 <__udivdi3+0x2f4>
80402ea2:	97b6                	add	a5,a5,a3
80402ea4:	fffe0713          	add	a4,t3,-1
80402ea8:	00d7e763          	bltu	a5,a3,80402eb6 <__udivdi3+0x2f4>
80402eac:	0107f563          	bgeu	a5,a6,80402eb6 <__udivdi3+0x2f4>
80402eb0:	ffee0713          	add	a4,t3,-2
80402eb4:	97b6                	add	a5,a5,a3
80402eb6:	0542                	sll	a0,a0,0x10
80402eb8:	6e41                	lui	t3,0x10
80402eba:	8d59                	or	a0,a0,a4
80402ebc:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
80402ec0:	00d57733          	and	a4,a0,a3
80402ec4:	410787b3          	sub	a5,a5,a6
80402ec8:	8ef1                	and	a3,a3,a2
80402eca:	01055813          	srl	a6,a0,0x10
80402ece:	8241                	srl	a2,a2,0x10
80402ed0:	02d70333          	mul	t1,a4,a3
80402ed4:	02d806b3          	mul	a3,a6,a3
80402ed8:	02c70733          	mul	a4,a4,a2
80402edc:	02c80833          	mul	a6,a6,a2
80402ee0:	00d70633          	add	a2,a4,a3
80402ee4:	01035713          	srl	a4,t1,0x10
80402ee8:	9732                	add	a4,a4,a2
80402eea:	00d77363          	bgeu	a4,a3,80402ef0 <__udivdi3+0x32e>
80402eee:	9872                	add	a6,a6,t3
80402ef0:	01075693          	srl	a3,a4,0x10
80402ef4:	96c2                	add	a3,a3,a6
80402ef6:	02d7e063          	bltu	a5,a3,80402f16 <__udivdi3+0x354>
80402efa:	d8d797e3          	bne	a5,a3,80402c88 <__udivdi3+0xc6>
80402efe:	67c1                	lui	a5,0x10
80402f00:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402f02:	8f7d                	and	a4,a4,a5
80402f04:	0742                	sll	a4,a4,0x10
80402f06:	00f37333          	and	t1,t1,a5
80402f0a:	00b898b3          	sll	a7,a7,a1
80402f0e:	971a                	add	a4,a4,t1
80402f10:	4581                	li	a1,0
80402f12:	d6e8fce3          	bgeu	a7,a4,80402c8a <__udivdi3+0xc8>
80402f16:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80402f18:	bb85                	j	80402c88 <__udivdi3+0xc6>
80402f1a:	4581                	li	a1,0
80402f1c:	4501                	li	a0,0
80402f1e:	8082                	ret

80402f20 <__umoddi3>:
80402f20:	8832                	mv	a6,a2
80402f22:	87aa                	mv	a5,a0
80402f24:	872e                	mv	a4,a1
80402f26:	1a069363          	bnez	a3,804030cc <__umoddi3+0x1ac>
80402f2a:	00003897          	auipc	a7,0x3
80402f2e:	1ba88893          	add	a7,a7,442 # 804060e4 <__clz_tab>
80402f32:	0ac5f663          	bgeu	a1,a2,80402fde <__umoddi3+0xbe>
80402f36:	66c1                	lui	a3,0x10
80402f38:	08d67c63          	bgeu	a2,a3,80402fd0 <__umoddi3+0xb0>
80402f3c:	10063693          	sltiu	a3,a2,256
80402f40:	0016c693          	xor	a3,a3,1
80402f44:	068e                	sll	a3,a3,0x3
80402f46:	00d65333          	srl	t1,a2,a3
80402f4a:	989a                	add	a7,a7,t1
80402f4c:	0008c883          	lbu	a7,0(a7)
80402f50:	02000313          	li	t1,32
80402f54:	96c6                	add	a3,a3,a7
80402f56:	40d308b3          	sub	a7,t1,a3
80402f5a:	00d30b63          	beq	t1,a3,80402f70 <__umoddi3+0x50>
80402f5e:	01159733          	sll	a4,a1,a7
80402f62:	00d556b3          	srl	a3,a0,a3
80402f66:	01161833          	sll	a6,a2,a7
80402f6a:	8f55                	or	a4,a4,a3
80402f6c:	011517b3          	sll	a5,a0,a7
80402f70:	01085613          	srl	a2,a6,0x10
80402f74:	02c756b3          	divu	a3,a4,a2
80402f78:	01081513          	sll	a0,a6,0x10
80402f7c:	8141                	srl	a0,a0,0x10
80402f7e:	02c77733          	remu	a4,a4,a2
80402f82:	02a686b3          	mul	a3,a3,a0
80402f86:	01071593          	sll	a1,a4,0x10
80402f8a:	0107d713          	srl	a4,a5,0x10
80402f8e:	8f4d                	or	a4,a4,a1
80402f90:	00d77863          	bgeu	a4,a3,80402fa0 <__umoddi3+0x80>
80402f94:	9742                	add	a4,a4,a6
80402f96:	01076563          	bltu	a4,a6,80402fa0 <__umoddi3+0x80>
80402f9a:	00d77363          	bgeu	a4,a3,80402fa0 <__umoddi3+0x80>
80402f9e:	9742                	add	a4,a4,a6
80402fa0:	8f15                	sub	a4,a4,a3
80402fa2:	02c756b3          	divu	a3,a4,a2
80402fa6:	02c77733          	remu	a4,a4,a2
80402faa:	02a686b3          	mul	a3,a3,a0
80402fae:	07c2                	sll	a5,a5,0x10
80402fb0:	0742                	sll	a4,a4,0x10
80402fb2:	83c1                	srl	a5,a5,0x10
80402fb4:	8fd9                	or	a5,a5,a4
80402fb6:	00d7f863          	bgeu	a5,a3,80402fc6 <__umoddi3+0xa6>
80402fba:	97c2                	add	a5,a5,a6
80402fbc:	0107e563          	bltu	a5,a6,80402fc6 <__umoddi3+0xa6>
80402fc0:	00d7f363          	bgeu	a5,a3,80402fc6 <__umoddi3+0xa6>
80402fc4:	97c2                	add	a5,a5,a6
80402fc6:	8f95                	sub	a5,a5,a3
80402fc8:	0117d533          	srl	a0,a5,a7
80402fcc:	4581                	li	a1,0
80402fce:	8082                	ret
80402fd0:	01000337          	lui	t1,0x1000
80402fd4:	46c1                	li	a3,16
80402fd6:	f66668e3          	bltu	a2,t1,80402f46 <__umoddi3+0x26>
80402fda:	46e1                	li	a3,24
80402fdc:	b7ad                	j	80402f46 <__umoddi3+0x26>
80402fde:	4681                	li	a3,0
80402fe0:	ca09                	beqz	a2,80402ff2 <__umoddi3+0xd2>
80402fe2:	6741                	lui	a4,0x10
80402fe4:	06e67463          	bgeu	a2,a4,8040304c <__umoddi3+0x12c>
80402fe8:	10063693          	sltiu	a3,a2,256
80402fec:	0016c693          	xor	a3,a3,1
80402ff0:	068e                	sll	a3,a3,0x3
80402ff2:	00d65733          	srl	a4,a2,a3
80402ff6:	98ba                	add	a7,a7,a4
80402ff8:	0008c703          	lbu	a4,0(a7)
80402ffc:	9736                	add	a4,a4,a3
80402ffe:	02000693          	li	a3,32
80403002:	40e688b3          	sub	a7,a3,a4
80403006:	04e69a63          	bne	a3,a4,8040305a <__umoddi3+0x13a>
8040300a:	40c58733          	sub	a4,a1,a2
8040300e:	01085593          	srl	a1,a6,0x10
80403012:	02b75633          	divu	a2,a4,a1
80403016:	01081513          	sll	a0,a6,0x10
8040301a:	8141                	srl	a0,a0,0x10
8040301c:	0107d693          	srl	a3,a5,0x10
80403020:	02b77733          	remu	a4,a4,a1
80403024:	02a60633          	mul	a2,a2,a0
80403028:	0742                	sll	a4,a4,0x10
8040302a:	8f55                	or	a4,a4,a3
8040302c:	00c77863          	bgeu	a4,a2,8040303c <__umoddi3+0x11c>
80403030:	9742                	add	a4,a4,a6
80403032:	01076563          	bltu	a4,a6,8040303c <__umoddi3+0x11c>
80403036:	00c77363          	bgeu	a4,a2,8040303c <__umoddi3+0x11c>
8040303a:	9742                	add	a4,a4,a6
8040303c:	8f11                	sub	a4,a4,a2
8040303e:	02b756b3          	divu	a3,a4,a1
80403042:	02b77733          	remu	a4,a4,a1
80403046:	02a686b3          	mul	a3,a3,a0
8040304a:	b795                	j	80402fae <__umoddi3+0x8e>
8040304c:	01000737          	lui	a4,0x1000
80403050:	46c1                	li	a3,16
80403052:	fae660e3          	bltu	a2,a4,80402ff2 <__umoddi3+0xd2>
80403056:	46e1                	li	a3,24
80403058:	bf69                	j	80402ff2 <__umoddi3+0xd2>
8040305a:	01161833          	sll	a6,a2,a7
8040305e:	00e5d6b3          	srl	a3,a1,a4
80403062:	011517b3          	sll	a5,a0,a7
80403066:	011595b3          	sll	a1,a1,a7
8040306a:	00e55733          	srl	a4,a0,a4
8040306e:	01085513          	srl	a0,a6,0x10
80403072:	8f4d                	or	a4,a4,a1
80403074:	02a6d5b3          	divu	a1,a3,a0
80403078:	01081313          	sll	t1,a6,0x10
8040307c:	01035313          	srl	t1,t1,0x10
80403080:	02a6f6b3          	remu	a3,a3,a0
80403084:	026585b3          	mul	a1,a1,t1
80403088:	01069613          	sll	a2,a3,0x10
8040308c:	01075693          	srl	a3,a4,0x10
80403090:	8ed1                	or	a3,a3,a2
80403092:	00b6f863          	bgeu	a3,a1,804030a2 <__umoddi3+0x182>
80403096:	96c2                	add	a3,a3,a6
80403098:	0106e563          	bltu	a3,a6,804030a2 <__umoddi3+0x182>
8040309c:	00b6f363          	bgeu	a3,a1,804030a2 <__umoddi3+0x182>
804030a0:	96c2                	add	a3,a3,a6
804030a2:	8e8d                	sub	a3,a3,a1
804030a4:	02a6d633          	divu	a2,a3,a0
804030a8:	0742                	sll	a4,a4,0x10
804030aa:	8341                	srl	a4,a4,0x10
804030ac:	02a6f6b3          	remu	a3,a3,a0
804030b0:	02660633          	mul	a2,a2,t1
804030b4:	06c2                	sll	a3,a3,0x10
804030b6:	8f55                	or	a4,a4,a3
804030b8:	00c77863          	bgeu	a4,a2,804030c8 <__umoddi3+0x1a8>
804030bc:	9742                	add	a4,a4,a6
804030be:	01076563          	bltu	a4,a6,804030c8 <__umoddi3+0x1a8>
804030c2:	00c77363          	bgeu	a4,a2,804030c8 <__umoddi3+0x1a8>
804030c6:	9742                	add	a4,a4,a6
804030c8:	8f11                	sub	a4,a4,a2
804030ca:	b791                	j	8040300e <__umoddi3+0xee>
804030cc:	16d5ed63          	bltu	a1,a3,80403246 <__umoddi3+0x326>
804030d0:	6841                	lui	a6,0x10
804030d2:	0506f763          	bgeu	a3,a6,80403120 <__umoddi3+0x200>
804030d6:	1006b813          	sltiu	a6,a3,256
804030da:	00184813          	xor	a6,a6,1
804030de:	080e                	sll	a6,a6,0x3
804030e0:	0106d333          	srl	t1,a3,a6
804030e4:	00003897          	auipc	a7,0x3
804030e8:	00088893          	mv	a7,a7
804030ec:	989a                	add	a7,a7,t1
804030ee:	0008c883          	lbu	a7,0(a7) # 804060e4 <__clz_tab>
804030f2:	02000313          	li	t1,32
804030f6:	98c2                	add	a7,a7,a6
804030f8:	41130833          	sub	a6,t1,a7
804030fc:	03131963          	bne	t1,a7,8040312e <__umoddi3+0x20e>
80403100:	00b6e463          	bltu	a3,a1,80403108 <__umoddi3+0x1e8>
80403104:	00c56b63          	bltu	a0,a2,8040311a <__umoddi3+0x1fa>
80403108:	40c50633          	sub	a2,a0,a2
8040310c:	40d586b3          	sub	a3,a1,a3
80403110:	00c53733          	sltu	a4,a0,a2
80403114:	87b2                	mv	a5,a2
80403116:	40e68733          	sub	a4,a3,a4
8040311a:	853e                	mv	a0,a5
8040311c:	85ba                	mv	a1,a4
8040311e:	8082                	ret
80403120:	010008b7          	lui	a7,0x1000
80403124:	4841                	li	a6,16
80403126:	fb16ede3          	bltu	a3,a7,804030e0 <__umoddi3+0x1c0>
8040312a:	4861                	li	a6,24
8040312c:	bf55                	j	804030e0 <__umoddi3+0x1c0>
8040312e:	011657b3          	srl	a5,a2,a7
80403132:	010696b3          	sll	a3,a3,a6
80403136:	8edd                	or	a3,a3,a5
80403138:	0115d733          	srl	a4,a1,a7
8040313c:	0106de13          	srl	t3,a3,0x10
80403140:	03c75f33          	divu	t5,a4,t3
80403144:	01069313          	sll	t1,a3,0x10
80403148:	01035313          	srl	t1,t1,0x10
8040314c:	010597b3          	sll	a5,a1,a6
80403150:	011555b3          	srl	a1,a0,a7
80403154:	8ddd                	or	a1,a1,a5
80403156:	0105d793          	srl	a5,a1,0x10
8040315a:	01061633          	sll	a2,a2,a6
8040315e:	01051533          	sll	a0,a0,a6
80403162:	03c77733          	remu	a4,a4,t3
80403166:	03e30eb3          	mul	t4,t1,t5
8040316a:	0742                	sll	a4,a4,0x10
8040316c:	8fd9                	or	a5,a5,a4
8040316e:	877a                	mv	a4,t5
80403170:	01d7fc63          	bgeu	a5,t4,80403188 <__umoddi3+0x268>
80403174:	97b6                	add	a5,a5,a3
80403176:	ffff0713          	add	a4,t5,-1
8040317a:	00d7e763          	bltu	a5,a3,80403188 <__umoddi3+0x268>
8040317e:	01d7f563          	bgeu	a5,t4,80403188 <__umoddi3+0x268>
80403182:	ffef0713          	add	a4,t5,-2
80403186:	97b6                	add	a5,a5,a3
80403188:	41d787b3          	sub	a5,a5,t4
8040318c:	03c7deb3          	divu	t4,a5,t3
80403190:	05c2                	sll	a1,a1,0x10
80403192:	81c1                	srl	a1,a1,0x10
80403194:	03c7f7b3          	remu	a5,a5,t3
80403198:	8e76                	mv	t3,t4
8040319a:	03d30333          	mul	t1,t1,t4
8040319e:	07c2                	sll	a5,a5,0x10
804031a0:	8ddd                	or	a1,a1,a5
804031a2:	0065fc63          	bgeu	a1,t1,804031ba <__umoddi3+0x29a>
804031a6:	95b6                	add	a1,a1,a3
804031a8:	fffe8e13          	add	t3,t4,-1
804031ac:	00d5e763          	bltu	a1,a3,804031ba <__umoddi3+0x29a>
804031b0:	0065f563          	bgeu	a1,t1,804031ba <__umoddi3+0x29a>
804031b4:	ffee8e13          	add	t3,t4,-2
804031b8:	95b6                	add	a1,a1,a3
804031ba:	01071793          	sll	a5,a4,0x10
804031be:	6f41                	lui	t5,0x10
804031c0:	01c7e7b3          	or	a5,a5,t3
804031c4:	406585b3          	sub	a1,a1,t1
804031c8:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
804031cc:	0067f733          	and	a4,a5,t1
804031d0:	01065e13          	srl	t3,a2,0x10
804031d4:	83c1                	srl	a5,a5,0x10
804031d6:	00667333          	and	t1,a2,t1
804031da:	02670eb3          	mul	t4,a4,t1
804031de:	02678333          	mul	t1,a5,t1
804031e2:	03c70733          	mul	a4,a4,t3
804031e6:	03c787b3          	mul	a5,a5,t3
804031ea:	00670e33          	add	t3,a4,t1
804031ee:	010ed713          	srl	a4,t4,0x10
804031f2:	9772                	add	a4,a4,t3
804031f4:	00677363          	bgeu	a4,t1,804031fa <__umoddi3+0x2da>
804031f8:	97fa                	add	a5,a5,t5
804031fa:	01075313          	srl	t1,a4,0x10
804031fe:	979a                	add	a5,a5,t1
80403200:	6341                	lui	t1,0x10
80403202:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80403204:	00677733          	and	a4,a4,t1
80403208:	0742                	sll	a4,a4,0x10
8040320a:	006efeb3          	and	t4,t4,t1
8040320e:	9776                	add	a4,a4,t4
80403210:	00f5e663          	bltu	a1,a5,8040321c <__umoddi3+0x2fc>
80403214:	00f59b63          	bne	a1,a5,8040322a <__umoddi3+0x30a>
80403218:	00e57963          	bgeu	a0,a4,8040322a <__umoddi3+0x30a>
8040321c:	40c70633          	sub	a2,a4,a2
80403220:	00c73333          	sltu	t1,a4,a2
80403224:	969a                	add	a3,a3,t1
80403226:	8732                	mv	a4,a2
80403228:	8f95                	sub	a5,a5,a3
8040322a:	40e50733          	sub	a4,a0,a4
8040322e:	00e53533          	sltu	a0,a0,a4
80403232:	8d9d                	sub	a1,a1,a5
80403234:	8d89                	sub	a1,a1,a0
80403236:	011598b3          	sll	a7,a1,a7
8040323a:	01075733          	srl	a4,a4,a6
8040323e:	00e8e533          	or	a0,a7,a4
80403242:	0105d5b3          	srl	a1,a1,a6
80403246:	8082                	ret

80403248 <__riscv_save_12>:
80403248:	7139                	add	sp,sp,-64
8040324a:	4301                	li	t1,0
8040324c:	c66e                	sw	s11,12(sp)
8040324e:	a019                	j	80403254 <__riscv_save_10+0x4>

80403250 <__riscv_save_10>:
80403250:	7139                	add	sp,sp,-64
80403252:	5341                	li	t1,-16
80403254:	c86a                	sw	s10,16(sp)
80403256:	ca66                	sw	s9,20(sp)
80403258:	cc62                	sw	s8,24(sp)
8040325a:	ce5e                	sw	s7,28(sp)
8040325c:	a019                	j	80403262 <__riscv_save_4+0x4>

8040325e <__riscv_save_4>:
8040325e:	7139                	add	sp,sp,-64
80403260:	5301                	li	t1,-32
80403262:	d05a                	sw	s6,32(sp)
80403264:	d256                	sw	s5,36(sp)
80403266:	d452                	sw	s4,40(sp)
80403268:	d64e                	sw	s3,44(sp)
8040326a:	d84a                	sw	s2,48(sp)
8040326c:	da26                	sw	s1,52(sp)
8040326e:	dc22                	sw	s0,56(sp)
80403270:	de06                	sw	ra,60(sp)
80403272:	40610133          	sub	sp,sp,t1
80403276:	8282                	jr	t0

80403278 <__riscv_save_0>:
80403278:	1141                	add	sp,sp,-16
8040327a:	c04a                	sw	s2,0(sp)
8040327c:	c226                	sw	s1,4(sp)
8040327e:	c422                	sw	s0,8(sp)
80403280:	c606                	sw	ra,12(sp)
80403282:	8282                	jr	t0

80403284 <__riscv_restore_12>:
80403284:	4db2                	lw	s11,12(sp)
80403286:	0141                	add	sp,sp,16

80403288 <__riscv_restore_10>:
80403288:	4d02                	lw	s10,0(sp)
8040328a:	4c92                	lw	s9,4(sp)
8040328c:	4c22                	lw	s8,8(sp)
8040328e:	4bb2                	lw	s7,12(sp)
80403290:	0141                	add	sp,sp,16

80403292 <__riscv_restore_4>:
80403292:	4b02                	lw	s6,0(sp)
80403294:	4a92                	lw	s5,4(sp)
80403296:	4a22                	lw	s4,8(sp)
80403298:	49b2                	lw	s3,12(sp)
8040329a:	0141                	add	sp,sp,16

8040329c <__riscv_restore_0>:
8040329c:	4902                	lw	s2,0(sp)
8040329e:	4492                	lw	s1,4(sp)
804032a0:	4422                	lw	s0,8(sp)
804032a2:	40b2                	lw	ra,12(sp)
804032a4:	0141                	add	sp,sp,16
804032a6:	8082                	ret

804032a8 <memcpy>:
804032a8:	832a                	mv	t1,a0
804032aa:	ca09                	beqz	a2,804032bc <memcpy+0x14>
804032ac:	00058383          	lb	t2,0(a1)
804032b0:	00730023          	sb	t2,0(t1)
804032b4:	167d                	add	a2,a2,-1
804032b6:	0305                	add	t1,t1,1
804032b8:	0585                	add	a1,a1,1
804032ba:	fa6d                	bnez	a2,804032ac <memcpy+0x4>
804032bc:	8082                	ret

804032be <memset>:
804032be:	832a                	mv	t1,a0
804032c0:	c611                	beqz	a2,804032cc <memset+0xe>
804032c2:	00b30023          	sb	a1,0(t1)
804032c6:	167d                	add	a2,a2,-1
804032c8:	0305                	add	t1,t1,1
804032ca:	fe65                	bnez	a2,804032c2 <memset+0x4>
804032cc:	8082                	ret

804032ce <strcmp>:
804032ce:	00054603          	lbu	a2,0(a0)
804032d2:	0005c683          	lbu	a3,0(a1)
804032d6:	0505                	add	a0,a0,1
804032d8:	0585                	add	a1,a1,1
804032da:	00d61363          	bne	a2,a3,804032e0 <strcmp+0x12>
804032de:	fa65                	bnez	a2,804032ce <strcmp>
804032e0:	40d60533          	sub	a0,a2,a3
804032e4:	8082                	ret

804032e6 <printf>:
804032e6:	7139                	add	sp,sp,-64
804032e8:	da3e                	sw	a5,52(sp)
804032ea:	804067b7          	lui	a5,0x80406
804032ee:	d22e                	sw	a1,36(sp)
804032f0:	85aa                	mv	a1,a0
804032f2:	1f47a503          	lw	a0,500(a5) # 804061f4 <stdout>
804032f6:	d432                	sw	a2,40(sp)
804032f8:	1050                	add	a2,sp,36
804032fa:	ce06                	sw	ra,28(sp)
804032fc:	d636                	sw	a3,44(sp)
804032fe:	d83a                	sw	a4,48(sp)
80403300:	dc42                	sw	a6,56(sp)
80403302:	de46                	sw	a7,60(sp)
80403304:	c632                	sw	a2,12(sp)
80403306:	00000097          	auipc	ra,0x0
8040330a:	222080e7          	jalr	546(ra) # 80403528 <__d_vfprintf>
8040330e:	40f2                	lw	ra,28(sp)
80403310:	6121                	add	sp,sp,64
80403312:	8082                	ret

80403314 <__ultoa_invert>:
80403314:	00000317          	auipc	t1,0x0
80403318:	f3c302e7          	jalr	t0,-196(t1) # 80403250 <__riscv_save_10>
8040331c:	2006f793          	and	a5,a3,512
80403320:	89aa                	mv	s3,a0
80403322:	8a2e                	mv	s4,a1
80403324:	8932                	mv	s2,a2
80403326:	84b6                	mv	s1,a3
80403328:	02700b13          	li	s6,39
8040332c:	c781                	beqz	a5,80403334 <__ultoa_invert+0x20>
8040332e:	dff6f493          	and	s1,a3,-513
80403332:	4b1d                	li	s6,7
80403334:	41f4da93          	sra	s5,s1,0x1f
80403338:	4ca5                	li	s9,9
8040333a:	8626                	mv	a2,s1
8040333c:	86d6                	mv	a3,s5
8040333e:	854e                	mv	a0,s3
80403340:	85d2                	mv	a1,s4
80403342:	00000097          	auipc	ra,0x0
80403346:	bde080e7          	jalr	-1058(ra) # 80402f20 <__umoddi3>
8040334a:	85d2                	mv	a1,s4
8040334c:	0ff57413          	zext.b	s0,a0
80403350:	8626                	mv	a2,s1
80403352:	854e                	mv	a0,s3
80403354:	86d6                	mv	a3,s5
80403356:	00000097          	auipc	ra,0x0
8040335a:	86c080e7          	jalr	-1940(ra) # 80402bc2 <__udivdi3>
8040335e:	8c4e                	mv	s8,s3
80403360:	8bd2                	mv	s7,s4
80403362:	89aa                	mv	s3,a0
80403364:	8a2e                	mv	s4,a1
80403366:	008cf563          	bgeu	s9,s0,80403370 <__ultoa_invert+0x5c>
8040336a:	945a                	add	s0,s0,s6
8040336c:	0ff47413          	zext.b	s0,s0
80403370:	0905                	add	s2,s2,1
80403372:	03040413          	add	s0,s0,48
80403376:	fe890fa3          	sb	s0,-1(s2)
8040337a:	015be663          	bltu	s7,s5,80403386 <__ultoa_invert+0x72>
8040337e:	fb7a9ee3          	bne	s5,s7,8040333a <__ultoa_invert+0x26>
80403382:	fa9c7ce3          	bgeu	s8,s1,8040333a <__ultoa_invert+0x26>
80403386:	854a                	mv	a0,s2
80403388:	00000317          	auipc	t1,0x0
8040338c:	f0030067          	jr	-256(t1) # 80403288 <__riscv_restore_10>

80403390 <skip_to_arg>:
80403390:	00000317          	auipc	t1,0x0
80403394:	ec0302e7          	jalr	t0,-320(t1) # 80403250 <__riscv_save_10>
80403398:	4305                	li	t1,1
8040339a:	02500f13          	li	t5,37
8040339e:	88aa                	mv	a7,a0
804033a0:	00c34663          	blt	t1,a2,804033ac <skip_to_arg+0x1c>
804033a4:	00000317          	auipc	t1,0x0
804033a8:	ee430067          	jr	-284(t1) # 80403288 <__riscv_restore_10>
804033ac:	87c6                	mv	a5,a7
804033ae:	88be                	mv	a7,a5
804033b0:	0007c703          	lbu	a4,0(a5)
804033b4:	0785                	add	a5,a5,1
804033b6:	d77d                	beqz	a4,804033a4 <skip_to_arg+0x14>
804033b8:	ffe71be3          	bne	a4,t5,804033ae <skip_to_arg+0x1e>
804033bc:	0007c703          	lbu	a4,0(a5)
804033c0:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
804033c2:	ffe705e3          	beq	a4,t5,804033ac <skip_to_arg+0x1c>
804033c6:	6ecd                	lui	t4,0x13
804033c8:	4681                	li	a3,0
804033ca:	4e01                	li	t3,0
804033cc:	4781                	li	a5,0
804033ce:	42fd                	li	t0,31
804033d0:	06c00f93          	li	t6,108
804033d4:	07400393          	li	t2,116
804033d8:	07a00413          	li	s0,122
804033dc:	06800493          	li	s1,104
804033e0:	06a00913          	li	s2,106
804033e4:	04c00993          	li	s3,76
804033e8:	4a25                	li	s4,9
804033ea:	02400a93          	li	s5,36
804033ee:	07f00b13          	li	s6,127
804033f2:	4bc1                	li	s7,16
804033f4:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
804033f8:	04f2e263          	bltu	t0,a5,8040343c <skip_to_arg+0xac>
804033fc:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
80403400:	0ff87813          	zext.b	a6,a6
80403404:	030bf163          	bgeu	s7,a6,80403426 <skip_to_arg+0x96>
80403408:	fd070813          	add	a6,a4,-48
8040340c:	0ff87813          	zext.b	a6,a6
80403410:	4c25                	li	s8,9
80403412:	050c6563          	bltu	s8,a6,8040345c <skip_to_arg+0xcc>
80403416:	47a9                	li	a5,10
80403418:	02f687b3          	mul	a5,a3,a5
8040341c:	00f806b3          	add	a3,a6,a5
80403420:	02000793          	li	a5,32
80403424:	a039                	j	80403432 <skip_to_arg+0xa2>
80403426:	010ed833          	srl	a6,t4,a6
8040342a:	00187813          	and	a6,a6,1
8040342e:	00080963          	beqz	a6,80403440 <skip_to_arg+0xb0>
80403432:	0008c703          	lbu	a4,0(a7)
80403436:	0885                	add	a7,a7,1
80403438:	f361                	bnez	a4,804033f8 <skip_to_arg+0x68>
8040343a:	a8b1                	j	80403496 <skip_to_arg+0x106>
8040343c:	04fb6363          	bltu	s6,a5,80403482 <skip_to_arg+0xf2>
80403440:	fd070813          	add	a6,a4,-48
80403444:	0ff87813          	zext.b	a6,a6
80403448:	fd0a77e3          	bgeu	s4,a6,80403416 <skip_to_arg+0x86>
8040344c:	03571563          	bne	a4,s5,80403476 <skip_to_arg+0xe6>
80403450:	0a0e0063          	beqz	t3,804034f0 <skip_to_arg+0x160>
80403454:	0a668063          	beq	a3,t1,804034f4 <skip_to_arg+0x164>
80403458:	4681                	li	a3,0
8040345a:	bfe1                	j	80403432 <skip_to_arg+0xa2>
8040345c:	0fb77813          	and	a6,a4,251
80403460:	02a00c13          	li	s8,42
80403464:	ff880ae3          	beq	a6,s8,80403458 <skip_to_arg+0xc8>
80403468:	06c00813          	li	a6,108
8040346c:	01071d63          	bne	a4,a6,80403486 <skip_to_arg+0xf6>
80403470:	0807e793          	or	a5,a5,128
80403474:	bf7d                	j	80403432 <skip_to_arg+0xa2>
80403476:	0fb77813          	and	a6,a4,251
8040347a:	02a00c13          	li	s8,42
8040347e:	fd880de3          	beq	a6,s8,80403458 <skip_to_arg+0xc8>
80403482:	05f70663          	beq	a4,t6,804034ce <skip_to_arg+0x13e>
80403486:	02efef63          	bltu	t6,a4,804034c4 <skip_to_arg+0x134>
8040348a:	04970863          	beq	a4,s1,804034da <skip_to_arg+0x14a>
8040348e:	05270e63          	beq	a4,s2,804034ea <skip_to_arg+0x15a>
80403492:	05370c63          	beq	a4,s3,804034ea <skip_to_arg+0x15a>
80403496:	f00e07e3          	beqz	t3,804033a4 <skip_to_arg+0x14>
8040349a:	f06e13e3          	bne	t3,t1,804033a0 <skip_to_arg+0x10>
8040349e:	02076893          	or	a7,a4,32
804034a2:	f9b88813          	add	a6,a7,-101
804034a6:	0ff87813          	zext.b	a6,a6
804034aa:	4e09                	li	t3,2
804034ac:	4194                	lw	a3,0(a1)
804034ae:	010e7663          	bgeu	t3,a6,804034ba <skip_to_arg+0x12a>
804034b2:	06100813          	li	a6,97
804034b6:	05089263          	bne	a7,a6,804034fa <skip_to_arg+0x16a>
804034ba:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
804034bc:	9ae1                	and	a3,a3,-8
804034be:	00868713          	add	a4,a3,8
804034c2:	a091                	j	80403506 <skip_to_arg+0x176>
804034c4:	f67707e3          	beq	a4,t2,80403432 <skip_to_arg+0xa2>
804034c8:	f68705e3          	beq	a4,s0,80403432 <skip_to_arg+0xa2>
804034cc:	b7e9                	j	80403496 <skip_to_arg+0x106>
804034ce:	0807f713          	and	a4,a5,128
804034d2:	df59                	beqz	a4,80403470 <skip_to_arg+0xe0>
804034d4:	2007e793          	or	a5,a5,512
804034d8:	bf61                	j	80403470 <skip_to_arg+0xe0>
804034da:	1007f713          	and	a4,a5,256
804034de:	c319                	beqz	a4,804034e4 <skip_to_arg+0x154>
804034e0:	2007e793          	or	a5,a5,512
804034e4:	1007e793          	or	a5,a5,256
804034e8:	b7a9                	j	80403432 <skip_to_arg+0xa2>
804034ea:	2807e793          	or	a5,a5,640
804034ee:	b791                	j	80403432 <skip_to_arg+0xa2>
804034f0:	8e36                	mv	t3,a3
804034f2:	b79d                	j	80403458 <skip_to_arg+0xc8>
804034f4:	06300713          	li	a4,99
804034f8:	b75d                	j	8040349e <skip_to_arg+0x10e>
804034fa:	06300813          	li	a6,99
804034fe:	01071763          	bne	a4,a6,8040350c <skip_to_arg+0x17c>
80403502:	00468713          	add	a4,a3,4
80403506:	c198                	sw	a4,0(a1)
80403508:	0305                	add	t1,t1,1
8040350a:	bd51                	j	8040339e <skip_to_arg+0xe>
8040350c:	07300813          	li	a6,115
80403510:	ff0709e3          	beq	a4,a6,80403502 <skip_to_arg+0x172>
80403514:	0807f813          	and	a6,a5,128
80403518:	00468713          	add	a4,a3,4
8040351c:	fe0805e3          	beqz	a6,80403506 <skip_to_arg+0x176>
80403520:	2007f793          	and	a5,a5,512
80403524:	d3ed                	beqz	a5,80403506 <skip_to_arg+0x176>
80403526:	bf51                	j	804034ba <skip_to_arg+0x12a>

80403528 <__d_vfprintf>:
80403528:	00000317          	auipc	t1,0x0
8040352c:	d20302e7          	jalr	t0,-736(t1) # 80403248 <__riscv_save_12>
80403530:	00454783          	lbu	a5,4(a0)
80403534:	7139                	add	sp,sp,-64
80403536:	c02a                	sw	a0,0(sp)
80403538:	c42e                	sw	a1,8(sp)
8040353a:	c632                	sw	a2,12(sp)
8040353c:	8b89                	and	a5,a5,2
8040353e:	00852a03          	lw	s4,8(a0)
80403542:	c785                	beqz	a5,8040356a <__d_vfprintf+0x42>
80403544:	d232                	sw	a2,36(sp)
80403546:	87ae                	mv	a5,a1
80403548:	4401                	li	s0,0
8040354a:	0007c903          	lbu	s2,0(a5)
8040354e:	00090f63          	beqz	s2,8040356c <__d_vfprintf+0x44>
80403552:	02500713          	li	a4,37
80403556:	02e90163          	beq	s2,a4,80403578 <__d_vfprintf+0x50>
8040355a:	0785                	add	a5,a5,1
8040355c:	c23e                	sw	a5,4(sp)
8040355e:	4582                	lw	a1,0(sp)
80403560:	854a                	mv	a0,s2
80403562:	0405                	add	s0,s0,1
80403564:	9a02                	jalr	s4
80403566:	2a0557e3          	bgez	a0,80404014 <__d_vfprintf+0xaec>
8040356a:	547d                	li	s0,-1
8040356c:	8522                	mv	a0,s0
8040356e:	6121                	add	sp,sp,64
80403570:	00000317          	auipc	t1,0x0
80403574:	d1430067          	jr	-748(t1) # 80403284 <__riscv_restore_12>
80403578:	0017c903          	lbu	s2,1(a5)
8040357c:	00278713          	add	a4,a5,2
80403580:	c23a                	sw	a4,4(sp)
80403582:	02500793          	li	a5,37
80403586:	fcf90ce3          	beq	s2,a5,8040355e <__d_vfprintf+0x36>
8040358a:	804064b7          	lui	s1,0x80406
8040358e:	4a81                	li	s5,0
80403590:	4d01                	li	s10,0
80403592:	4b01                	li	s6,0
80403594:	4d81                	li	s11,0
80403596:	06c00993          	li	s3,108
8040359a:	07400b93          	li	s7,116
8040359e:	07a00c13          	li	s8,122
804035a2:	06800c93          	li	s9,104
804035a6:	d1848493          	add	s1,s1,-744 # 80405d18 <msg.0+0x148>
804035aa:	47fd                	li	a5,31
804035ac:	07b7e163          	bltu	a5,s11,8040360e <__d_vfprintf+0xe6>
804035b0:	fe090793          	add	a5,s2,-32
804035b4:	0ff7f793          	zext.b	a5,a5
804035b8:	4741                	li	a4,16
804035ba:	00f76663          	bltu	a4,a5,804035c6 <__d_vfprintf+0x9e>
804035be:	078a                	sll	a5,a5,0x2
804035c0:	97a6                	add	a5,a5,s1
804035c2:	439c                	lw	a5,0(a5)
804035c4:	8782                	jr	a5
804035c6:	fd090793          	add	a5,s2,-48
804035ca:	0ff7f793          	zext.b	a5,a5
804035ce:	4725                	li	a4,9
804035d0:	06f76463          	bltu	a4,a5,80403638 <__d_vfprintf+0x110>
804035d4:	46a9                	li	a3,10
804035d6:	02db06b3          	mul	a3,s6,a3
804035da:	00f68b33          	add	s6,a3,a5
804035de:	020ded93          	or	s11,s11,32
804035e2:	a019                	j	804035e8 <__d_vfprintf+0xc0>
804035e4:	001ded93          	or	s11,s11,1
804035e8:	4792                	lw	a5,4(sp)
804035ea:	0007c903          	lbu	s2,0(a5)
804035ee:	0785                	add	a5,a5,1
804035f0:	c23e                	sw	a5,4(sp)
804035f2:	fa091ce3          	bnez	s2,804035aa <__d_vfprintf+0x82>
804035f6:	a8cd                	j	804036e8 <__d_vfprintf+0x1c0>
804035f8:	002ded93          	or	s11,s11,2
804035fc:	004ded93          	or	s11,s11,4
80403600:	b7e5                	j	804035e8 <__d_vfprintf+0xc0>
80403602:	008ded93          	or	s11,s11,8
80403606:	b7cd                	j	804035e8 <__d_vfprintf+0xc0>
80403608:	010ded93          	or	s11,s11,16
8040360c:	bff1                	j	804035e8 <__d_vfprintf+0xc0>
8040360e:	07f00793          	li	a5,127
80403612:	0bb7ed63          	bltu	a5,s11,804036cc <__d_vfprintf+0x1a4>
80403616:	fd090693          	add	a3,s2,-48
8040361a:	0ff6f693          	zext.b	a3,a3
8040361e:	47a5                	li	a5,9
80403620:	00d7ec63          	bltu	a5,a3,80403638 <__d_vfprintf+0x110>
80403624:	040df613          	and	a2,s11,64
80403628:	87b6                	mv	a5,a3
8040362a:	d64d                	beqz	a2,804035d4 <__d_vfprintf+0xac>
8040362c:	47a9                	li	a5,10
8040362e:	02fd07b3          	mul	a5,s10,a5
80403632:	00d78d33          	add	s10,a5,a3
80403636:	bf4d                	j	804035e8 <__d_vfprintf+0xc0>
80403638:	02a00793          	li	a5,42
8040363c:	02f91663          	bne	s2,a5,80403668 <__d_vfprintf+0x140>
80403640:	fa0a94e3          	bnez	s5,804035e8 <__d_vfprintf+0xc0>
80403644:	5692                	lw	a3,36(sp)
80403646:	040df793          	and	a5,s11,64
8040364a:	00468613          	add	a2,a3,4
8040364e:	4294                	lw	a3,0(a3)
80403650:	d232                	sw	a2,36(sp)
80403652:	c399                	beqz	a5,80403658 <__d_vfprintf+0x130>
80403654:	8d36                	mv	s10,a3
80403656:	bf49                	j	804035e8 <__d_vfprintf+0xc0>
80403658:	8b36                	mv	s6,a3
8040365a:	f806d2e3          	bgez	a3,804035de <__d_vfprintf+0xb6>
8040365e:	40d00b33          	neg	s6,a3
80403662:	028ded93          	or	s11,s11,40
80403666:	b749                	j	804035e8 <__d_vfprintf+0xc0>
80403668:	02e00793          	li	a5,46
8040366c:	00f91963          	bne	s2,a5,8040367e <__d_vfprintf+0x156>
80403670:	040df793          	and	a5,s11,64
80403674:	ee079ce3          	bnez	a5,8040356c <__d_vfprintf+0x44>
80403678:	040ded93          	or	s11,s11,64
8040367c:	b7b5                	j	804035e8 <__d_vfprintf+0xc0>
8040367e:	02400793          	li	a5,36
80403682:	04f91563          	bne	s2,a5,804036cc <__d_vfprintf+0x1a4>
80403686:	140a8363          	beqz	s5,804037cc <__d_vfprintf+0x2a4>
8040368a:	47b2                	lw	a5,12(sp)
8040368c:	d23e                	sw	a5,36(sp)
8040368e:	040df793          	and	a5,s11,64
80403692:	ef99                	bnez	a5,804036b0 <__d_vfprintf+0x188>
80403694:	4522                	lw	a0,8(sp)
80403696:	865a                	mv	a2,s6
80403698:	104c                	add	a1,sp,36
8040369a:	00000097          	auipc	ra,0x0
8040369e:	cf6080e7          	jalr	-778(ra) # 80403390 <skip_to_arg>
804036a2:	5792                	lw	a5,36(sp)
804036a4:	00478693          	add	a3,a5,4
804036a8:	0007ab03          	lw	s6,0(a5)
804036ac:	d236                	sw	a3,36(sp)
804036ae:	bf2d                	j	804035e8 <__d_vfprintf+0xc0>
804036b0:	4522                	lw	a0,8(sp)
804036b2:	866a                	mv	a2,s10
804036b4:	104c                	add	a1,sp,36
804036b6:	00000097          	auipc	ra,0x0
804036ba:	cda080e7          	jalr	-806(ra) # 80403390 <skip_to_arg>
804036be:	5792                	lw	a5,36(sp)
804036c0:	00478693          	add	a3,a5,4
804036c4:	0007ad03          	lw	s10,0(a5)
804036c8:	d236                	sw	a3,36(sp)
804036ca:	bf39                	j	804035e8 <__d_vfprintf+0xc0>
804036cc:	0d390d63          	beq	s2,s3,804037a6 <__d_vfprintf+0x27e>
804036d0:	0d29e663          	bltu	s3,s2,8040379c <__d_vfprintf+0x274>
804036d4:	0f990163          	beq	s2,s9,804037b6 <__d_vfprintf+0x28e>
804036d8:	06a00793          	li	a5,106
804036dc:	0ef90563          	beq	s2,a5,804037c6 <__d_vfprintf+0x29e>
804036e0:	04c00793          	li	a5,76
804036e4:	0ef90163          	beq	s2,a5,804037c6 <__d_vfprintf+0x29e>
804036e8:	000a8b63          	beqz	s5,804036fe <__d_vfprintf+0x1d6>
804036ec:	47b2                	lw	a5,12(sp)
804036ee:	4522                	lw	a0,8(sp)
804036f0:	8656                	mv	a2,s5
804036f2:	104c                	add	a1,sp,36
804036f4:	d23e                	sw	a5,36(sp)
804036f6:	00000097          	auipc	ra,0x0
804036fa:	c9a080e7          	jalr	-870(ra) # 80403390 <skip_to_arg>
804036fe:	000d5963          	bgez	s10,80403710 <__d_vfprintf+0x1e8>
80403702:	fbfdf813          	and	a6,s11,-65
80403706:	01081d93          	sll	s11,a6,0x10
8040370a:	010ddd93          	srl	s11,s11,0x10
8040370e:	4d01                	li	s10,0
80403710:	02096c93          	or	s9,s2,32
80403714:	f9bc8793          	add	a5,s9,-101
80403718:	0ff7f793          	zext.b	a5,a5
8040371c:	4709                	li	a4,2
8040371e:	0af77d63          	bgeu	a4,a5,804037d8 <__d_vfprintf+0x2b0>
80403722:	06100793          	li	a5,97
80403726:	6afc9763          	bne	s9,a5,80403dd4 <__d_vfprintf+0x8ac>
8040372a:	5792                	lw	a5,36(sp)
8040372c:	6a89                	lui	s5,0x2
8040372e:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80403732:	079d                	add	a5,a5,7
80403734:	9be1                	and	a5,a5,-8
80403736:	0047ab83          	lw	s7,4(a5)
8040373a:	0007a883          	lw	a7,0(a5)
8040373e:	00878713          	add	a4,a5,8
80403742:	414bd993          	sra	s3,s7,0x14
80403746:	00cb9c13          	sll	s8,s7,0xc
8040374a:	7ff9f993          	and	s3,s3,2047
8040374e:	00cc5c93          	srl	s9,s8,0xc
80403752:	015deab3          	or	s5,s11,s5
80403756:	0119e533          	or	a0,s3,a7
8040375a:	fff94913          	not	s2,s2
8040375e:	0ac2                	sll	s5,s5,0x10
80403760:	d23a                	sw	a4,36(sp)
80403762:	019567b3          	or	a5,a0,s9
80403766:	02097913          	and	s2,s2,32
8040376a:	010ada93          	srl	s5,s5,0x10
8040376e:	86c6                	mv	a3,a7
80403770:	8c66                	mv	s8,s9
80403772:	040df813          	and	a6,s11,64
80403776:	01fbdb93          	srl	s7,s7,0x1f
8040377a:	efcd                	bnez	a5,80403834 <__d_vfprintf+0x30c>
8040377c:	03000793          	li	a5,48
80403780:	0ffbfb93          	zext.b	s7,s7
80403784:	02f106a3          	sb	a5,45(sp)
80403788:	03710623          	sb	s7,44(sp)
8040378c:	26080363          	beqz	a6,804039f2 <__d_vfprintf+0x4ca>
80403790:	47b1                	li	a5,12
80403792:	4981                	li	s3,0
80403794:	0da7d463          	bge	a5,s10,8040385c <__d_vfprintf+0x334>
80403798:	4d35                	li	s10,13
8040379a:	aab5                	j	80403916 <__d_vfprintf+0x3ee>
8040379c:	e57906e3          	beq	s2,s7,804035e8 <__d_vfprintf+0xc0>
804037a0:	e58904e3          	beq	s2,s8,804035e8 <__d_vfprintf+0xc0>
804037a4:	b791                	j	804036e8 <__d_vfprintf+0x1c0>
804037a6:	080df793          	and	a5,s11,128
804037aa:	c399                	beqz	a5,804037b0 <__d_vfprintf+0x288>
804037ac:	200ded93          	or	s11,s11,512
804037b0:	080ded93          	or	s11,s11,128
804037b4:	bd15                	j	804035e8 <__d_vfprintf+0xc0>
804037b6:	100df793          	and	a5,s11,256
804037ba:	c399                	beqz	a5,804037c0 <__d_vfprintf+0x298>
804037bc:	200ded93          	or	s11,s11,512
804037c0:	100ded93          	or	s11,s11,256
804037c4:	b515                	j	804035e8 <__d_vfprintf+0xc0>
804037c6:	280ded93          	or	s11,s11,640
804037ca:	bd39                	j	804035e8 <__d_vfprintf+0xc0>
804037cc:	875a                	mv	a4,s6
804037ce:	4d01                	li	s10,0
804037d0:	4b01                	li	s6,0
804037d2:	8aba                	mv	s5,a4
804037d4:	4d81                	li	s11,0
804037d6:	bd09                	j	804035e8 <__d_vfprintf+0xc0>
804037d8:	5792                	lw	a5,36(sp)
804037da:	fff94913          	not	s2,s2
804037de:	02097913          	and	s2,s2,32
804037e2:	079d                	add	a5,a5,7
804037e4:	9be1                	and	a5,a5,-8
804037e6:	00878713          	add	a4,a5,8
804037ea:	4388                	lw	a0,0(a5)
804037ec:	43cc                	lw	a1,4(a5)
804037ee:	d23a                	sw	a4,36(sp)
804037f0:	040df793          	and	a5,s11,64
804037f4:	22078363          	beqz	a5,80403a1a <__d_vfprintf+0x4f2>
804037f8:	06500793          	li	a5,101
804037fc:	22fc9163          	bne	s9,a5,80403a1e <__d_vfprintf+0x4f6>
80403800:	6785                	lui	a5,0x1
80403802:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fbe17a1>
80403806:	00fdedb3          	or	s11,s11,a5
8040380a:	0ff67613          	zext.b	a2,a2
8040380e:	4701                	li	a4,0
80403810:	4781                	li	a5,0
80403812:	4345                	li	t1,17
80403814:	0ff67693          	zext.b	a3,a2
80403818:	00c37363          	bgeu	t1,a2,8040381e <__d_vfprintf+0x2f6>
8040381c:	46c5                	li	a3,17
8040381e:	1030                	add	a2,sp,40
80403820:	00001097          	auipc	ra,0x1
80403824:	b52080e7          	jalr	-1198(ra) # 80404372 <__dtoa_engine>
80403828:	0ff57b93          	zext.b	s7,a0
8040382c:	59a2                	lw	s3,40(sp)
8040382e:	8aee                	mv	s5,s11
80403830:	4c09                	li	s8,2
80403832:	aa21                	j	8040394a <__d_vfprintf+0x422>
80403834:	03100793          	li	a5,49
80403838:	00099563          	bnez	s3,80403842 <__d_vfprintf+0x31a>
8040383c:	03000793          	li	a5,48
80403840:	4985                	li	s3,1
80403842:	0ffbfb93          	zext.b	s7,s7
80403846:	02f106a3          	sb	a5,45(sp)
8040384a:	03710623          	sb	s7,44(sp)
8040384e:	c0198993          	add	s3,s3,-1023
80403852:	18080763          	beqz	a6,804039e0 <__d_vfprintf+0x4b8>
80403856:	47b1                	li	a5,12
80403858:	19a7c663          	blt	a5,s10,804039e4 <__d_vfprintf+0x4bc>
8040385c:	4335                	li	t1,13
8040385e:	41a30333          	sub	t1,t1,s10
80403862:	00231d93          	sll	s11,t1,0x2
80403866:	fffd8613          	add	a2,s11,-1
8040386a:	4505                	li	a0,1
8040386c:	4581                	li	a1,0
8040386e:	ca46                	sw	a7,20(sp)
80403870:	c836                	sw	a3,16(sp)
80403872:	fffff097          	auipc	ra,0xfffff
80403876:	2c2080e7          	jalr	706(ra) # 80402b34 <__ashldi3>
8040387a:	84aa                	mv	s1,a0
8040387c:	872e                	mv	a4,a1
8040387e:	00171793          	sll	a5,a4,0x1
80403882:	85aa                	mv	a1,a0
80403884:	01f4d513          	srl	a0,s1,0x1f
80403888:	00149e13          	sll	t3,s1,0x1
8040388c:	8fc9                	or	a5,a5,a0
8040388e:	40f00c33          	neg	s8,a5
80403892:	01c03533          	snez	a0,t3
80403896:	48d2                	lw	a7,20(sp)
80403898:	41c00833          	neg	a6,t3
8040389c:	40ac0c33          	sub	s8,s8,a0
804038a0:	fffe0513          	add	a0,t3,-1
804038a4:	001e3e13          	seqz	t3,t3
804038a8:	41c787b3          	sub	a5,a5,t3
804038ac:	0197f7b3          	and	a5,a5,s9
804038b0:	01157533          	and	a0,a0,a7
804038b4:	02f74863          	blt	a4,a5,804038e4 <__d_vfprintf+0x3bc>
804038b8:	46c2                	lw	a3,16(sp)
804038ba:	00e79463          	bne	a5,a4,804038c2 <__d_vfprintf+0x39a>
804038be:	02a5e363          	bltu	a1,a0,804038e4 <__d_vfprintf+0x3bc>
804038c2:	8546                	mv	a0,a7
804038c4:	866e                	mv	a2,s11
804038c6:	85e6                	mv	a1,s9
804038c8:	ce3a                	sw	a4,28(sp)
804038ca:	cc42                	sw	a6,24(sp)
804038cc:	ca36                	sw	a3,20(sp)
804038ce:	c846                	sw	a7,16(sp)
804038d0:	fffff097          	auipc	ra,0xfffff
804038d4:	28c080e7          	jalr	652(ra) # 80402b5c <__ashrdi3>
804038d8:	8905                	and	a0,a0,1
804038da:	48c2                	lw	a7,16(sp)
804038dc:	46d2                	lw	a3,20(sp)
804038de:	4862                	lw	a6,24(sp)
804038e0:	4772                	lw	a4,28(sp)
804038e2:	c94d                	beqz	a0,80403994 <__d_vfprintf+0x46c>
804038e4:	00988533          	add	a0,a7,s1
804038e8:	01153db3          	sltu	s11,a0,a7
804038ec:	9766                	add	a4,a4,s9
804038ee:	00ed8cb3          	add	s9,s11,a4
804038f2:	001007b7          	lui	a5,0x100
804038f6:	86aa                	mv	a3,a0
804038f8:	08fcce63          	blt	s9,a5,80403994 <__d_vfprintf+0x46c>
804038fc:	02d14783          	lbu	a5,45(sp)
80403900:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80403902:	02f106a3          	sb	a5,45(sp)
80403906:	40000793          	li	a5,1024
8040390a:	0af98163          	beq	s3,a5,804039ac <__d_vfprintf+0x484>
8040390e:	00a87533          	and	a0,a6,a0
80403912:	019c7c33          	and	s8,s8,s9
80403916:	05700613          	li	a2,87
8040391a:	1034                	add	a3,sp,40
8040391c:	4735                	li	a4,13
8040391e:	45a5                	li	a1,9
80403920:	41260633          	sub	a2,a2,s2
80403924:	01cc1813          	sll	a6,s8,0x1c
80403928:	00f57793          	and	a5,a0,15
8040392c:	8111                	srl	a0,a0,0x4
8040392e:	00a86533          	or	a0,a6,a0
80403932:	404c5c13          	sra	s8,s8,0x4
80403936:	e7e1                	bnez	a5,804039fe <__d_vfprintf+0x4d6>
80403938:	0ced5563          	bge	s10,a4,80403a02 <__d_vfprintf+0x4da>
8040393c:	177d                	add	a4,a4,-1
8040393e:	16fd                	add	a3,a3,-1
80403940:	f375                	bnez	a4,80403924 <__d_vfprintf+0x3fc>
80403942:	4c05                	li	s8,1
80403944:	4bb9                	li	s7,14
80403946:	07000c93          	li	s9,112
8040394a:	00998713          	add	a4,s3,9
8040394e:	46c9                	li	a3,18
80403950:	87ce                	mv	a5,s3
80403952:	06e6e863          	bltu	a3,a4,804039c2 <__d_vfprintf+0x49a>
80403956:	02c14703          	lbu	a4,44(sp)
8040395a:	00177d93          	and	s11,a4,1
8040395e:	8b31                	and	a4,a4,12
80403960:	120d9a63          	bnez	s11,80403a94 <__d_vfprintf+0x56c>
80403964:	002af793          	and	a5,s5,2
80403968:	12079263          	bnez	a5,80403a8c <__d_vfprintf+0x564>
8040396c:	004af793          	and	a5,s5,4
80403970:	cfe9                	beqz	a5,80403a4a <__d_vfprintf+0x522>
80403972:	12071563          	bnez	a4,80403a9c <__d_vfprintf+0x574>
80403976:	02000713          	li	a4,32
8040397a:	678d                	lui	a5,0x3
8040397c:	00faf7b3          	and	a5,s5,a5
80403980:	1c079363          	bnez	a5,80403b46 <__d_vfprintf+0x61e>
80403984:	000d1363          	bnez	s10,8040398a <__d_vfprintf+0x462>
80403988:	4d05                	li	s10,1
8040398a:	103c                	add	a5,sp,40
8040398c:	97de                	add	a5,a5,s7
8040398e:	03000693          	li	a3,48
80403992:	aa9d                	j	80403b08 <__d_vfprintf+0x5e0>
80403994:	0106f6b3          	and	a3,a3,a6
80403998:	018cfcb3          	and	s9,s9,s8
8040399c:	40000793          	li	a5,1024
804039a0:	04f99c63          	bne	s3,a5,804039f8 <__d_vfprintf+0x4d0>
804039a4:	0196ecb3          	or	s9,a3,s9
804039a8:	040c8063          	beqz	s9,804039e8 <__d_vfprintf+0x4c0>
804039ac:	008beb93          	or	s7,s7,8
804039b0:	03710623          	sb	s7,44(sp)
804039b4:	40000993          	li	s3,1024
804039b8:	4bb9                	li	s7,14
804039ba:	07000c93          	li	s9,112
804039be:	40000793          	li	a5,1024
804039c2:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
804039c6:	0c600693          	li	a3,198
804039ca:	4c09                	li	s8,2
804039cc:	f8e6f5e3          	bgeu	a3,a4,80403956 <__d_vfprintf+0x42e>
804039d0:	3e778793          	add	a5,a5,999
804039d4:	7ce00c13          	li	s8,1998
804039d8:	00fc3c33          	sltu	s8,s8,a5
804039dc:	0c0d                	add	s8,s8,3
804039de:	bfa5                	j	80403956 <__d_vfprintf+0x42e>
804039e0:	4d01                	li	s10,0
804039e2:	bf6d                	j	8040399c <__d_vfprintf+0x474>
804039e4:	4d35                	li	s10,13
804039e6:	bf5d                	j	8040399c <__d_vfprintf+0x474>
804039e8:	004beb93          	or	s7,s7,4
804039ec:	03710623          	sb	s7,44(sp)
804039f0:	b7e1                	j	804039b8 <__d_vfprintf+0x490>
804039f2:	4981                	li	s3,0
804039f4:	4d01                	li	s10,0
804039f6:	b705                	j	80403916 <__d_vfprintf+0x3ee>
804039f8:	8536                	mv	a0,a3
804039fa:	8c66                	mv	s8,s9
804039fc:	bf29                	j	80403916 <__d_vfprintf+0x3ee>
804039fe:	00f5ea63          	bltu	a1,a5,80403a12 <__d_vfprintf+0x4ea>
80403a02:	03078793          	add	a5,a5,48
80403a06:	00f68923          	sb	a5,18(a3)
80403a0a:	f2ed59e3          	bge	s10,a4,8040393c <__d_vfprintf+0x414>
80403a0e:	8d3a                	mv	s10,a4
80403a10:	b735                	j	8040393c <__d_vfprintf+0x414>
80403a12:	97b2                	add	a5,a5,a2
80403a14:	0ff7f793          	zext.b	a5,a5
80403a18:	b7fd                	j	80403a06 <__d_vfprintf+0x4de>
80403a1a:	4d19                	li	s10,6
80403a1c:	bbf1                	j	804037f8 <__d_vfprintf+0x2d0>
80403a1e:	06600793          	li	a5,102
80403a22:	00fc9963          	bne	s9,a5,80403a34 <__d_vfprintf+0x50c>
80403a26:	6789                	lui	a5,0x2
80403a28:	00fdedb3          	or	s11,s11,a5
80403a2c:	4705                	li	a4,1
80403a2e:	87ea                	mv	a5,s10
80403a30:	4645                	li	a2,17
80403a32:	b3c5                	j	80403812 <__d_vfprintf+0x2ea>
80403a34:	0ffd7793          	zext.b	a5,s10
80403a38:	0ffd7613          	zext.b	a2,s10
80403a3c:	e391                	bnez	a5,80403a40 <__d_vfprintf+0x518>
80403a3e:	4605                	li	a2,1
80403a40:	4701                	li	a4,0
80403a42:	4781                	li	a5,0
80403a44:	06500c93          	li	s9,101
80403a48:	b3e9                	j	80403812 <__d_vfprintf+0x2ea>
80403a4a:	db05                	beqz	a4,8040397a <__d_vfprintf+0x452>
80403a4c:	478d                	li	a5,3
80403a4e:	0967d163          	bge	a5,s6,80403ad0 <__d_vfprintf+0x5a8>
80403a52:	008afa93          	and	s5,s5,8
80403a56:	ffdb0493          	add	s1,s6,-3
80403a5a:	000a9f63          	bnez	s5,80403a78 <__d_vfprintf+0x550>
80403a5e:	94a2                	add	s1,s1,s0
80403a60:	4582                	lw	a1,0(sp)
80403a62:	02000513          	li	a0,32
80403a66:	0405                	add	s0,s0,1
80403a68:	9a02                	jalr	s4
80403a6a:	b00540e3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403a6e:	fe8499e3          	bne	s1,s0,80403a60 <__d_vfprintf+0x538>
80403a72:	4481                	li	s1,0
80403a74:	020d9f63          	bnez	s11,80403ab2 <__d_vfprintf+0x58a>
80403a78:	02c14783          	lbu	a5,44(sp)
80403a7c:	8ba1                	and	a5,a5,8
80403a7e:	efad                	bnez	a5,80403af8 <__d_vfprintf+0x5d0>
80403a80:	804069b7          	lui	s3,0x80406
80403a84:	1e498993          	add	s3,s3,484 # 804061e4 <__clz_tab+0x100>
80403a88:	8c22                	mv	s8,s0
80403a8a:	a8b1                	j	80403ae6 <__d_vfprintf+0x5be>
80403a8c:	eb15                	bnez	a4,80403ac0 <__d_vfprintf+0x598>
80403a8e:	02b00713          	li	a4,43
80403a92:	b5e5                	j	8040397a <__d_vfprintf+0x452>
80403a94:	eb0d                	bnez	a4,80403ac6 <__d_vfprintf+0x59e>
80403a96:	02d00713          	li	a4,45
80403a9a:	b5c5                	j	8040397a <__d_vfprintf+0x452>
80403a9c:	02000d93          	li	s11,32
80403aa0:	4791                	li	a5,4
80403aa2:	0367d563          	bge	a5,s6,80403acc <__d_vfprintf+0x5a4>
80403aa6:	008afa93          	and	s5,s5,8
80403aaa:	ffcb0493          	add	s1,s6,-4
80403aae:	fa0a88e3          	beqz	s5,80403a5e <__d_vfprintf+0x536>
80403ab2:	4582                	lw	a1,0(sp)
80403ab4:	856e                	mv	a0,s11
80403ab6:	0405                	add	s0,s0,1
80403ab8:	9a02                	jalr	s4
80403aba:	fa055fe3          	bgez	a0,80403a78 <__d_vfprintf+0x550>
80403abe:	b475                	j	8040356a <__d_vfprintf+0x42>
80403ac0:	02b00d93          	li	s11,43
80403ac4:	bff1                	j	80403aa0 <__d_vfprintf+0x578>
80403ac6:	02d00d93          	li	s11,45
80403aca:	bfd9                	j	80403aa0 <__d_vfprintf+0x578>
80403acc:	4481                	li	s1,0
80403ace:	b7d5                	j	80403ab2 <__d_vfprintf+0x58a>
80403ad0:	4481                	li	s1,0
80403ad2:	b75d                	j	80403a78 <__d_vfprintf+0x550>
80403ad4:	4582                	lw	a1,0(sp)
80403ad6:	41250533          	sub	a0,a0,s2
80403ada:	0ff57513          	zext.b	a0,a0
80403ade:	0c05                	add	s8,s8,1
80403ae0:	9a02                	jalr	s4
80403ae2:	a80544e3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403ae6:	408c07b3          	sub	a5,s8,s0
80403aea:	97ce                	add	a5,a5,s3
80403aec:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80403af0:	f175                	bnez	a0,80403ad4 <__d_vfprintf+0x5ac>
80403af2:	8462                	mv	s0,s8
80403af4:	94e2                	add	s1,s1,s8
80403af6:	a535                	j	80404122 <__d_vfprintf+0xbfa>
80403af8:	804069b7          	lui	s3,0x80406
80403afc:	1e898993          	add	s3,s3,488 # 804061e8 <__clz_tab+0x104>
80403b00:	b761                	j	80403a88 <__d_vfprintf+0x560>
80403b02:	1bfd                	add	s7,s7,-1
80403b04:	0ffbfb93          	zext.b	s7,s7
80403b08:	000b8763          	beqz	s7,80403b16 <__d_vfprintf+0x5ee>
80403b0c:	0047c603          	lbu	a2,4(a5)
80403b10:	17fd                	add	a5,a5,-1
80403b12:	fed608e3          	beq	a2,a3,80403b02 <__d_vfprintf+0x5da>
80403b16:	010af693          	and	a3,s5,16
80403b1a:	87ea                	mv	a5,s10
80403b1c:	e291                	bnez	a3,80403b20 <__d_vfprintf+0x5f8>
80403b1e:	87de                	mv	a5,s7
80403b20:	56f1                	li	a3,-4
80403b22:	0ed9cc63          	blt	s3,a3,80403c1a <__d_vfprintf+0x6f2>
80403b26:	0fa9da63          	bge	s3,s10,80403c1a <__d_vfprintf+0x6f2>
80403b2a:	6689                	lui	a3,0x2
80403b2c:	00dae6b3          	or	a3,s5,a3
80403b30:	01069a93          	sll	s5,a3,0x10
80403b34:	010ada93          	srl	s5,s5,0x10
80403b38:	4d01                	li	s10,0
80403b3a:	00f9d663          	bge	s3,a5,80403b46 <__d_vfprintf+0x61e>
80403b3e:	00198893          	add	a7,s3,1
80403b42:	41178d33          	sub	s10,a5,a7
80403b46:	6d89                	lui	s11,0x2
80403b48:	01bafdb3          	and	s11,s5,s11
80403b4c:	0c0d8a63          	beqz	s11,80403c20 <__d_vfprintf+0x6f8>
80403b50:	87ce                	mv	a5,s3
80403b52:	0009d363          	bgez	s3,80403b58 <__d_vfprintf+0x630>
80403b56:	4781                	li	a5,0
80403b58:	0785                	add	a5,a5,1
80403b5a:	c311                	beqz	a4,80403b5e <__d_vfprintf+0x636>
80403b5c:	0785                	add	a5,a5,1
80403b5e:	0c0d0963          	beqz	s10,80403c30 <__d_vfprintf+0x708>
80403b62:	001d0693          	add	a3,s10,1
80403b66:	97b6                	add	a5,a5,a3
80403b68:	4481                	li	s1,0
80403b6a:	0167d463          	bge	a5,s6,80403b72 <__d_vfprintf+0x64a>
80403b6e:	40fb04b3          	sub	s1,s6,a5
80403b72:	009af793          	and	a5,s5,9
80403b76:	e789                	bnez	a5,80403b80 <__d_vfprintf+0x658>
80403b78:	94a2                	add	s1,s1,s0
80403b7a:	0c849063          	bne	s1,s0,80403c3a <__d_vfprintf+0x712>
80403b7e:	4481                	li	s1,0
80403b80:	c719                	beqz	a4,80403b8e <__d_vfprintf+0x666>
80403b82:	4582                	lw	a1,0(sp)
80403b84:	853a                	mv	a0,a4
80403b86:	0405                	add	s0,s0,1
80403b88:	9a02                	jalr	s4
80403b8a:	9e0540e3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403b8e:	00bad793          	srl	a5,s5,0xb
80403b92:	8b85                	and	a5,a5,1
80403b94:	c395                	beqz	a5,80403bb8 <__d_vfprintf+0x690>
80403b96:	4582                	lw	a1,0(sp)
80403b98:	03000513          	li	a0,48
80403b9c:	9a02                	jalr	s4
80403b9e:	9c0546e3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403ba2:	07800513          	li	a0,120
80403ba6:	4582                	lw	a1,0(sp)
80403ba8:	41250533          	sub	a0,a0,s2
80403bac:	0f857513          	and	a0,a0,248
80403bb0:	0409                	add	s0,s0,2
80403bb2:	9a02                	jalr	s4
80403bb4:	9a054be3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403bb8:	008af793          	and	a5,s5,8
80403bbc:	e791                	bnez	a5,80403bc8 <__d_vfprintf+0x6a0>
80403bbe:	8b22                	mv	s6,s0
80403bc0:	9426                	add	s0,s0,s1
80403bc2:	09641663          	bne	s0,s6,80403c4e <__d_vfprintf+0x726>
80403bc6:	4481                	li	s1,0
80403bc8:	0c0d8f63          	beqz	s11,80403ca6 <__d_vfprintf+0x77e>
80403bcc:	8cce                	mv	s9,s3
80403bce:	0009d363          	bgez	s3,80403bd4 <__d_vfprintf+0x6ac>
80403bd2:	4c81                	li	s9,0
80403bd4:	41998db3          	sub	s11,s3,s9
80403bd8:	41a00d33          	neg	s10,s10
80403bdc:	5b7d                	li	s6,-1
80403bde:	03000513          	li	a0,48
80403be2:	017df663          	bgeu	s11,s7,80403bee <__d_vfprintf+0x6c6>
80403be6:	103c                	add	a5,sp,40
80403be8:	97ee                	add	a5,a5,s11
80403bea:	0057c503          	lbu	a0,5(a5)
80403bee:	1cfd                	add	s9,s9,-1
80403bf0:	00140c13          	add	s8,s0,1
80403bf4:	07acc563          	blt	s9,s10,80403c5e <__d_vfprintf+0x736>
80403bf8:	4582                	lw	a1,0(sp)
80403bfa:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80403bfc:	9a02                	jalr	s4
80403bfe:	960546e3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403c02:	016c9a63          	bne	s9,s6,80403c16 <__d_vfprintf+0x6ee>
80403c06:	4582                	lw	a1,0(sp)
80403c08:	02e00513          	li	a0,46
80403c0c:	9a02                	jalr	s4
80403c0e:	94054ee3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403c12:	00240c13          	add	s8,s0,2
80403c16:	8462                	mv	s0,s8
80403c18:	b7d9                	j	80403bde <__d_vfprintf+0x6b6>
80403c1a:	fff78d13          	add	s10,a5,-1
80403c1e:	b725                	j	80403b46 <__d_vfprintf+0x61e>
80403c20:	00bad693          	srl	a3,s5,0xb
80403c24:	8a85                	and	a3,a3,1
80403c26:	478d                	li	a5,3
80403c28:	c291                	beqz	a3,80403c2c <__d_vfprintf+0x704>
80403c2a:	4795                	li	a5,5
80403c2c:	97e2                	add	a5,a5,s8
80403c2e:	b735                	j	80403b5a <__d_vfprintf+0x632>
80403c30:	010af693          	and	a3,s5,16
80403c34:	da95                	beqz	a3,80403b68 <__d_vfprintf+0x640>
80403c36:	0785                	add	a5,a5,1
80403c38:	bf05                	j	80403b68 <__d_vfprintf+0x640>
80403c3a:	4582                	lw	a1,0(sp)
80403c3c:	02000513          	li	a0,32
80403c40:	c83a                	sw	a4,16(sp)
80403c42:	9a02                	jalr	s4
80403c44:	4742                	lw	a4,16(sp)
80403c46:	0405                	add	s0,s0,1
80403c48:	f20559e3          	bgez	a0,80403b7a <__d_vfprintf+0x652>
80403c4c:	ba39                	j	8040356a <__d_vfprintf+0x42>
80403c4e:	4582                	lw	a1,0(sp)
80403c50:	03000513          	li	a0,48
80403c54:	0b05                	add	s6,s6,1
80403c56:	9a02                	jalr	s4
80403c58:	f60555e3          	bgez	a0,80403bc2 <__d_vfprintf+0x69a>
80403c5c:	b239                	j	8040356a <__d_vfprintf+0x42>
80403c5e:	033c9063          	bne	s9,s3,80403c7e <__d_vfprintf+0x756>
80403c62:	02d14703          	lbu	a4,45(sp)
80403c66:	03500793          	li	a5,53
80403c6a:	00e7e863          	bltu	a5,a4,80403c7a <__d_vfprintf+0x752>
80403c6e:	00f71863          	bne	a4,a5,80403c7e <__d_vfprintf+0x756>
80403c72:	02c14783          	lbu	a5,44(sp)
80403c76:	8bc1                	and	a5,a5,16
80403c78:	e399                	bnez	a5,80403c7e <__d_vfprintf+0x756>
80403c7a:	03100513          	li	a0,49
80403c7e:	4582                	lw	a1,0(sp)
80403c80:	9a02                	jalr	s4
80403c82:	8e0544e3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403c86:	010afa93          	and	s5,s5,16
80403c8a:	e60a84e3          	beqz	s5,80403af2 <__d_vfprintf+0x5ca>
80403c8e:	57fd                	li	a5,-1
80403c90:	e6fc91e3          	bne	s9,a5,80403af2 <__d_vfprintf+0x5ca>
80403c94:	4582                	lw	a1,0(sp)
80403c96:	00240c13          	add	s8,s0,2
80403c9a:	02e00513          	li	a0,46
80403c9e:	9a02                	jalr	s4
80403ca0:	e40559e3          	bgez	a0,80403af2 <__d_vfprintf+0x5ca>
80403ca4:	b0d9                	j	8040356a <__d_vfprintf+0x42>
80403ca6:	02d14503          	lbu	a0,45(sp)
80403caa:	03100793          	li	a5,49
80403cae:	00f50763          	beq	a0,a5,80403cbc <__d_vfprintf+0x794>
80403cb2:	02c14783          	lbu	a5,44(sp)
80403cb6:	9bbd                	and	a5,a5,-17
80403cb8:	02f10623          	sb	a5,44(sp)
80403cbc:	4582                	lw	a1,0(sp)
80403cbe:	9a02                	jalr	s4
80403cc0:	8a0545e3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403cc4:	0da05a63          	blez	s10,80403d98 <__d_vfprintf+0x870>
80403cc8:	4582                	lw	a1,0(sp)
80403cca:	02e00513          	li	a0,46
80403cce:	0409                	add	s0,s0,2
80403cd0:	9a02                	jalr	s4
80403cd2:	88054ce3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403cd6:	4a85                	li	s5,1
80403cd8:	4785                	li	a5,1
80403cda:	0405                	add	s0,s0,1
80403cdc:	03000513          	li	a0,48
80403ce0:	017af863          	bgeu	s5,s7,80403cf0 <__d_vfprintf+0x7c8>
80403ce4:	02078793          	add	a5,a5,32
80403ce8:	1018                	add	a4,sp,32
80403cea:	97ba                	add	a5,a5,a4
80403cec:	fed7c503          	lbu	a0,-19(a5)
80403cf0:	4582                	lw	a1,0(sp)
80403cf2:	9a02                	jalr	s4
80403cf4:	86054be3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403cf8:	0a85                	add	s5,s5,1
80403cfa:	0ffafa93          	zext.b	s5,s5
80403cfe:	87d6                	mv	a5,s5
80403d00:	fd5d5de3          	bge	s10,s5,80403cda <__d_vfprintf+0x7b2>
80403d04:	4582                	lw	a1,0(sp)
80403d06:	412c8533          	sub	a0,s9,s2
80403d0a:	0ff57513          	zext.b	a0,a0
80403d0e:	9a02                	jalr	s4
80403d10:	84054de3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403d14:	0009ca63          	bltz	s3,80403d28 <__d_vfprintf+0x800>
80403d18:	02b00513          	li	a0,43
80403d1c:	00099a63          	bnez	s3,80403d30 <__d_vfprintf+0x808>
80403d20:	02c14783          	lbu	a5,44(sp)
80403d24:	8bc1                	and	a5,a5,16
80403d26:	c789                	beqz	a5,80403d30 <__d_vfprintf+0x808>
80403d28:	413009b3          	neg	s3,s3
80403d2c:	02d00513          	li	a0,45
80403d30:	4582                	lw	a1,0(sp)
80403d32:	9a02                	jalr	s4
80403d34:	82054be3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403d38:	4791                	li	a5,4
80403d3a:	06fc1e63          	bne	s8,a5,80403db6 <__d_vfprintf+0x88e>
80403d3e:	3e800913          	li	s2,1000
80403d42:	0329c533          	div	a0,s3,s2
80403d46:	4582                	lw	a1,0(sp)
80403d48:	040d                	add	s0,s0,3
80403d4a:	03050513          	add	a0,a0,48
80403d4e:	0ff57513          	zext.b	a0,a0
80403d52:	9a02                	jalr	s4
80403d54:	80054be3          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403d58:	0329e9b3          	rem	s3,s3,s2
80403d5c:	06400913          	li	s2,100
80403d60:	4582                	lw	a1,0(sp)
80403d62:	0405                	add	s0,s0,1
80403d64:	0329c533          	div	a0,s3,s2
80403d68:	03050513          	add	a0,a0,48
80403d6c:	0ff57513          	zext.b	a0,a0
80403d70:	9a02                	jalr	s4
80403d72:	fe054c63          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403d76:	0329e9b3          	rem	s3,s3,s2
80403d7a:	4929                	li	s2,10
80403d7c:	4582                	lw	a1,0(sp)
80403d7e:	0405                	add	s0,s0,1
80403d80:	0329c533          	div	a0,s3,s2
80403d84:	03050513          	add	a0,a0,48
80403d88:	0ff57513          	zext.b	a0,a0
80403d8c:	9a02                	jalr	s4
80403d8e:	fc054e63          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403d92:	0329e9b3          	rem	s3,s3,s2
80403d96:	a03d                	j	80403dc4 <__d_vfprintf+0x89c>
80403d98:	010afa93          	and	s5,s5,16
80403d9c:	000a9463          	bnez	s5,80403da4 <__d_vfprintf+0x87c>
80403da0:	0405                	add	s0,s0,1
80403da2:	b78d                	j	80403d04 <__d_vfprintf+0x7dc>
80403da4:	4582                	lw	a1,0(sp)
80403da6:	02e00513          	li	a0,46
80403daa:	0409                	add	s0,s0,2
80403dac:	9a02                	jalr	s4
80403dae:	f4055be3          	bgez	a0,80403d04 <__d_vfprintf+0x7dc>
80403db2:	fb8ff06f          	j	8040356a <__d_vfprintf+0x42>
80403db6:	478d                	li	a5,3
80403db8:	0409                	add	s0,s0,2
80403dba:	fafc01e3          	beq	s8,a5,80403d5c <__d_vfprintf+0x834>
80403dbe:	4785                	li	a5,1
80403dc0:	fafc1de3          	bne	s8,a5,80403d7a <__d_vfprintf+0x852>
80403dc4:	03098513          	add	a0,s3,48
80403dc8:	4582                	lw	a1,0(sp)
80403dca:	00140c13          	add	s8,s0,1
80403dce:	0ff57513          	zext.b	a0,a0
80403dd2:	b5f1                	j	80403c9e <__d_vfprintf+0x776>
80403dd4:	f9d90793          	add	a5,s2,-99
80403dd8:	0ff7f793          	zext.b	a5,a5
80403ddc:	4749                	li	a4,18
80403dde:	20f76363          	bltu	a4,a5,80403fe4 <__d_vfprintf+0xabc>
80403de2:	80406737          	lui	a4,0x80406
80403de6:	078a                	sll	a5,a5,0x2
80403de8:	d5c70713          	add	a4,a4,-676 # 80405d5c <msg.0+0x18c>
80403dec:	97ba                	add	a5,a5,a4
80403dee:	439c                	lw	a5,0(a5)
80403df0:	8782                	jr	a5
80403df2:	5792                	lw	a5,36(sp)
80403df4:	4485                	li	s1,1
80403df6:	02810993          	add	s3,sp,40
80403dfa:	00478713          	add	a4,a5,4
80403dfe:	439c                	lw	a5,0(a5)
80403e00:	d23a                	sw	a4,36(sp)
80403e02:	02f10423          	sb	a5,40(sp)
80403e06:	008df813          	and	a6,s11,8
80403e0a:	06080063          	beqz	a6,80403e6a <__d_vfprintf+0x942>
80403e0e:	4901                	li	s2,0
80403e10:	05249f63          	bne	s1,s2,80403e6e <__d_vfprintf+0x946>
80403e14:	00940c33          	add	s8,s0,s1
80403e18:	409b04b3          	sub	s1,s6,s1
80403e1c:	b9d9                	j	80403af2 <__d_vfprintf+0x5ca>
80403e1e:	5792                	lw	a5,36(sp)
80403e20:	00478713          	add	a4,a5,4
80403e24:	d23a                	sw	a4,36(sp)
80403e26:	0007a983          	lw	s3,0(a5)
80403e2a:	00099663          	bnez	s3,80403e36 <__d_vfprintf+0x90e>
80403e2e:	804069b7          	lui	s3,0x80406
80403e32:	1ec98993          	add	s3,s3,492 # 804061ec <__clz_tab+0x108>
80403e36:	040df793          	and	a5,s11,64
80403e3a:	55fd                	li	a1,-1
80403e3c:	c391                	beqz	a5,80403e40 <__d_vfprintf+0x918>
80403e3e:	85ea                	mv	a1,s10
80403e40:	854e                	mv	a0,s3
80403e42:	00001097          	auipc	ra,0x1
80403e46:	da0080e7          	jalr	-608(ra) # 80404be2 <strnlen>
80403e4a:	84aa                	mv	s1,a0
80403e4c:	bf6d                	j	80403e06 <__d_vfprintf+0x8de>
80403e4e:	4582                	lw	a1,0(sp)
80403e50:	02000513          	li	a0,32
80403e54:	9a02                	jalr	s4
80403e56:	f0054a63          	bltz	a0,8040356a <__d_vfprintf+0x42>
80403e5a:	197d                	add	s2,s2,-1
80403e5c:	ff24e9e3          	bltu	s1,s2,80403e4e <__d_vfprintf+0x926>
80403e60:	945a                	add	s0,s0,s6
80403e62:	41240433          	sub	s0,s0,s2
80403e66:	8b4a                	mv	s6,s2
80403e68:	b75d                	j	80403e0e <__d_vfprintf+0x8e6>
80403e6a:	895a                	mv	s2,s6
80403e6c:	bfc5                	j	80403e5c <__d_vfprintf+0x934>
80403e6e:	012987b3          	add	a5,s3,s2
80403e72:	4582                	lw	a1,0(sp)
80403e74:	0007c503          	lbu	a0,0(a5)
80403e78:	0905                	add	s2,s2,1
80403e7a:	9a02                	jalr	s4
80403e7c:	f8055ae3          	bgez	a0,80403e10 <__d_vfprintf+0x8e8>
80403e80:	eeaff06f          	j	8040356a <__d_vfprintf+0x42>
80403e84:	080df713          	and	a4,s11,128
80403e88:	5792                	lw	a5,36(sp)
80403e8a:	cf59                	beqz	a4,80403f28 <__d_vfprintf+0xa00>
80403e8c:	200df713          	and	a4,s11,512
80403e90:	c749                	beqz	a4,80403f1a <__d_vfprintf+0x9f2>
80403e92:	079d                	add	a5,a5,7
80403e94:	9be1                	and	a5,a5,-8
80403e96:	4388                	lw	a0,0(a5)
80403e98:	43cc                	lw	a1,4(a5)
80403e9a:	00878713          	add	a4,a5,8
80403e9e:	d23a                	sw	a4,36(sp)
80403ea0:	fefdf993          	and	s3,s11,-17
80403ea4:	09c2                	sll	s3,s3,0x10
80403ea6:	0109d993          	srl	s3,s3,0x10
80403eaa:	0805df63          	bgez	a1,80403f48 <__d_vfprintf+0xa20>
80403eae:	00a037b3          	snez	a5,a0
80403eb2:	40b005b3          	neg	a1,a1
80403eb6:	8d9d                	sub	a1,a1,a5
80403eb8:	40a00533          	neg	a0,a0
80403ebc:	4009e993          	or	s3,s3,1024
80403ec0:	02810a93          	add	s5,sp,40
80403ec4:	46a9                	li	a3,10
80403ec6:	8656                	mv	a2,s5
80403ec8:	fffff097          	auipc	ra,0xfffff
80403ecc:	44c080e7          	jalr	1100(ra) # 80403314 <__ultoa_invert>
80403ed0:	0409f793          	and	a5,s3,64
80403ed4:	41550ab3          	sub	s5,a0,s5
80403ed8:	c7f5                	beqz	a5,80403fc4 <__d_vfprintf+0xa9c>
80403eda:	ffe9f793          	and	a5,s3,-2
80403ede:	07c2                	sll	a5,a5,0x10
80403ee0:	83c1                	srl	a5,a5,0x10
80403ee2:	19aad563          	bge	s5,s10,8040406c <__d_vfprintf+0xb44>
80403ee6:	16090c63          	beqz	s2,8040405e <__d_vfprintf+0xb36>
80403eea:	0109fc13          	and	s8,s3,16
80403eee:	84ea                	mv	s1,s10
80403ef0:	89be                	mv	s3,a5
80403ef2:	060c0a63          	beqz	s8,80403f66 <__d_vfprintf+0xa3e>
80403ef6:	0489                	add	s1,s1,2
80403ef8:	0089f793          	and	a5,s3,8
80403efc:	18079a63          	bnez	a5,80404090 <__d_vfprintf+0xb68>
80403f00:	0019f793          	and	a5,s3,1
80403f04:	cb89                	beqz	a5,80403f16 <__d_vfprintf+0x9ee>
80403f06:	8d56                	mv	s10,s5
80403f08:	0164d763          	bge	s1,s6,80403f16 <__d_vfprintf+0x9ee>
80403f0c:	409b04b3          	sub	s1,s6,s1
80403f10:	01548d33          	add	s10,s1,s5
80403f14:	84da                	mv	s1,s6
80403f16:	8ba6                	mv	s7,s1
80403f18:	a2ad                	j	80404082 <__d_vfprintf+0xb5a>
80403f1a:	4388                	lw	a0,0(a5)
80403f1c:	00478713          	add	a4,a5,4
80403f20:	d23a                	sw	a4,36(sp)
80403f22:	41f55593          	sra	a1,a0,0x1f
80403f26:	bfad                	j	80403ea0 <__d_vfprintf+0x978>
80403f28:	00478713          	add	a4,a5,4
80403f2c:	4388                	lw	a0,0(a5)
80403f2e:	d23a                	sw	a4,36(sp)
80403f30:	100df793          	and	a5,s11,256
80403f34:	d7fd                	beqz	a5,80403f22 <__d_vfprintf+0x9fa>
80403f36:	200df793          	and	a5,s11,512
80403f3a:	c781                	beqz	a5,80403f42 <__d_vfprintf+0xa1a>
80403f3c:	0562                	sll	a0,a0,0x18
80403f3e:	8561                	sra	a0,a0,0x18
80403f40:	b7cd                	j	80403f22 <__d_vfprintf+0x9fa>
80403f42:	0542                	sll	a0,a0,0x10
80403f44:	8541                	sra	a0,a0,0x10
80403f46:	bff1                	j	80403f22 <__d_vfprintf+0x9fa>
80403f48:	00b567b3          	or	a5,a0,a1
80403f4c:	fbb5                	bnez	a5,80403ec0 <__d_vfprintf+0x998>
80403f4e:	040df793          	and	a5,s11,64
80403f52:	d7bd                	beqz	a5,80403ec0 <__d_vfprintf+0x998>
80403f54:	f60d16e3          	bnez	s10,80403ec0 <__d_vfprintf+0x998>
80403f58:	feedf993          	and	s3,s11,-18
80403f5c:	09c2                	sll	s3,s3,0x10
80403f5e:	0109d993          	srl	s3,s3,0x10
80403f62:	4a81                	li	s5,0
80403f64:	4481                	li	s1,0
80403f66:	4069fc13          	and	s8,s3,1030
80403f6a:	f80c07e3          	beqz	s8,80403ef8 <__d_vfprintf+0x9d0>
80403f6e:	0485                	add	s1,s1,1
80403f70:	4c01                	li	s8,0
80403f72:	b759                	j	80403ef8 <__d_vfprintf+0x9d0>
80403f74:	fefdf813          	and	a6,s11,-17
80403f78:	01081d93          	sll	s11,a6,0x10
80403f7c:	010ddd93          	srl	s11,s11,0x10
80403f80:	46a9                	li	a3,10
80403f82:	080df713          	and	a4,s11,128
80403f86:	5792                	lw	a5,36(sp)
80403f88:	c355                	beqz	a4,8040402c <__d_vfprintf+0xb04>
80403f8a:	200df713          	and	a4,s11,512
80403f8e:	cb49                	beqz	a4,80404020 <__d_vfprintf+0xaf8>
80403f90:	079d                	add	a5,a5,7
80403f92:	9be1                	and	a5,a5,-8
80403f94:	4388                	lw	a0,0(a5)
80403f96:	43cc                	lw	a1,4(a5)
80403f98:	00878713          	add	a4,a5,8
80403f9c:	d23a                	sw	a4,36(sp)
80403f9e:	00b567b3          	or	a5,a0,a1
80403fa2:	e7cd                	bnez	a5,8040404c <__d_vfprintf+0xb24>
80403fa4:	fe9df993          	and	s3,s11,-23
80403fa8:	09c2                	sll	s3,s3,0x10
80403faa:	040df793          	and	a5,s11,64
80403fae:	0109d993          	srl	s3,s3,0x10
80403fb2:	c3dd                	beqz	a5,80404058 <__d_vfprintf+0xb30>
80403fb4:	0a0d1263          	bnez	s10,80404058 <__d_vfprintf+0xb30>
80403fb8:	fe8df993          	and	s3,s11,-24
80403fbc:	09c2                	sll	s3,s3,0x10
80403fbe:	0109d993          	srl	s3,s3,0x10
80403fc2:	4a81                	li	s5,0
80403fc4:	0109fc13          	and	s8,s3,16
80403fc8:	0a0c0463          	beqz	s8,80404070 <__d_vfprintf+0xb48>
80403fcc:	001a8493          	add	s1,s5,1
80403fd0:	f20904e3          	beqz	s2,80403ef8 <__d_vfprintf+0x9d0>
80403fd4:	84d6                	mv	s1,s5
80403fd6:	b705                	j	80403ef6 <__d_vfprintf+0x9ce>
80403fd8:	010ded93          	or	s11,s11,16
80403fdc:	46c1                	li	a3,16
80403fde:	07800913          	li	s2,120
80403fe2:	b745                	j	80403f82 <__d_vfprintf+0xa5a>
80403fe4:	07800793          	li	a5,120
80403fe8:	00fc9a63          	bne	s9,a5,80403ffc <__d_vfprintf+0xad4>
80403fec:	05800793          	li	a5,88
80403ff0:	46c1                	li	a3,16
80403ff2:	f8f918e3          	bne	s2,a5,80403f82 <__d_vfprintf+0xa5a>
80403ff6:	21000693          	li	a3,528
80403ffa:	b761                	j	80403f82 <__d_vfprintf+0xa5a>
80403ffc:	4582                	lw	a1,0(sp)
80403ffe:	02500513          	li	a0,37
80404002:	9a02                	jalr	s4
80404004:	d6054363          	bltz	a0,8040356a <__d_vfprintf+0x42>
80404008:	4582                	lw	a1,0(sp)
8040400a:	854a                	mv	a0,s2
8040400c:	9a02                	jalr	s4
8040400e:	d4054e63          	bltz	a0,8040356a <__d_vfprintf+0x42>
80404012:	0409                	add	s0,s0,2
80404014:	4792                	lw	a5,4(sp)
80404016:	d34ff06f          	j	8040354a <__d_vfprintf+0x22>
8040401a:	46a1                	li	a3,8
8040401c:	4901                	li	s2,0
8040401e:	b795                	j	80403f82 <__d_vfprintf+0xa5a>
80404020:	4388                	lw	a0,0(a5)
80404022:	00478713          	add	a4,a5,4
80404026:	d23a                	sw	a4,36(sp)
80404028:	4581                	li	a1,0
8040402a:	bf95                	j	80403f9e <__d_vfprintf+0xa76>
8040402c:	00478713          	add	a4,a5,4
80404030:	4388                	lw	a0,0(a5)
80404032:	d23a                	sw	a4,36(sp)
80404034:	100df793          	and	a5,s11,256
80404038:	dbe5                	beqz	a5,80404028 <__d_vfprintf+0xb00>
8040403a:	200df793          	and	a5,s11,512
8040403e:	c781                	beqz	a5,80404046 <__d_vfprintf+0xb1e>
80404040:	0ff57513          	zext.b	a0,a0
80404044:	b7d5                	j	80404028 <__d_vfprintf+0xb00>
80404046:	0542                	sll	a0,a0,0x10
80404048:	8141                	srl	a0,a0,0x10
8040404a:	bff9                	j	80404028 <__d_vfprintf+0xb00>
8040404c:	ff9df813          	and	a6,s11,-7
80404050:	01081993          	sll	s3,a6,0x10
80404054:	0109d993          	srl	s3,s3,0x10
80404058:	02810a93          	add	s5,sp,40
8040405c:	b5ad                	j	80403ec6 <__d_vfprintf+0x99e>
8040405e:	fee9f993          	and	s3,s3,-18
80404062:	09c2                	sll	s3,s3,0x10
80404064:	0109d993          	srl	s3,s3,0x10
80404068:	84ea                	mv	s1,s10
8040406a:	bdf5                	j	80403f66 <__d_vfprintf+0xa3e>
8040406c:	89be                	mv	s3,a5
8040406e:	bf99                	j	80403fc4 <__d_vfprintf+0xa9c>
80404070:	84d6                	mv	s1,s5
80404072:	bdd5                	j	80403f66 <__d_vfprintf+0xa3e>
80404074:	4582                	lw	a1,0(sp)
80404076:	02000513          	li	a0,32
8040407a:	9a02                	jalr	s4
8040407c:	ce054763          	bltz	a0,8040356a <__d_vfprintf+0x42>
80404080:	0b85                	add	s7,s7,1
80404082:	ff6bc9e3          	blt	s7,s6,80404074 <__d_vfprintf+0xb4c>
80404086:	409404b3          	sub	s1,s0,s1
8040408a:	01748433          	add	s0,s1,s7
8040408e:	84de                	mv	s1,s7
80404090:	020c0363          	beqz	s8,804040b6 <__d_vfprintf+0xb8e>
80404094:	4582                	lw	a1,0(sp)
80404096:	03000513          	li	a0,48
8040409a:	9a02                	jalr	s4
8040409c:	cc054763          	bltz	a0,8040356a <__d_vfprintf+0x42>
804040a0:	04090d63          	beqz	s2,804040fa <__d_vfprintf+0xbd2>
804040a4:	4582                	lw	a1,0(sp)
804040a6:	0409                	add	s0,s0,2
804040a8:	854a                	mv	a0,s2
804040aa:	9a02                	jalr	s4
804040ac:	ca054f63          	bltz	a0,8040356a <__d_vfprintf+0x42>
804040b0:	8c22                	mv	s8,s0
804040b2:	9d22                	add	s10,s10,s0
804040b4:	a81d                	j	804040ea <__d_vfprintf+0xbc2>
804040b6:	4069f793          	and	a5,s3,1030
804040ba:	dbfd                	beqz	a5,804040b0 <__d_vfprintf+0xb88>
804040bc:	0029f793          	and	a5,s3,2
804040c0:	02000513          	li	a0,32
804040c4:	c399                	beqz	a5,804040ca <__d_vfprintf+0xba2>
804040c6:	02b00513          	li	a0,43
804040ca:	4009f993          	and	s3,s3,1024
804040ce:	00098463          	beqz	s3,804040d6 <__d_vfprintf+0xbae>
804040d2:	02d00513          	li	a0,45
804040d6:	4582                	lw	a1,0(sp)
804040d8:	0405                	add	s0,s0,1
804040da:	bfc1                	j	804040aa <__d_vfprintf+0xb82>
804040dc:	4582                	lw	a1,0(sp)
804040de:	03000513          	li	a0,48
804040e2:	0c05                	add	s8,s8,1
804040e4:	9a02                	jalr	s4
804040e6:	c8054263          	bltz	a0,8040356a <__d_vfprintf+0x42>
804040ea:	418d07b3          	sub	a5,s10,s8
804040ee:	fefac7e3          	blt	s5,a5,804040dc <__d_vfprintf+0xbb4>
804040f2:	8456                	mv	s0,s5
804040f4:	e409                	bnez	s0,804040fe <__d_vfprintf+0xbd6>
804040f6:	9c56                	add	s8,s8,s5
804040f8:	b305                	j	80403e18 <__d_vfprintf+0x8f0>
804040fa:	0405                	add	s0,s0,1
804040fc:	bf55                	j	804040b0 <__d_vfprintf+0xb88>
804040fe:	147d                	add	s0,s0,-1
80404100:	103c                	add	a5,sp,40
80404102:	97a2                	add	a5,a5,s0
80404104:	4582                	lw	a1,0(sp)
80404106:	0007c503          	lbu	a0,0(a5)
8040410a:	9a02                	jalr	s4
8040410c:	fe0554e3          	bgez	a0,804040f4 <__d_vfprintf+0xbcc>
80404110:	c5aff06f          	j	8040356a <__d_vfprintf+0x42>
80404114:	4582                	lw	a1,0(sp)
80404116:	02000513          	li	a0,32
8040411a:	0405                	add	s0,s0,1
8040411c:	9a02                	jalr	s4
8040411e:	c4054663          	bltz	a0,8040356a <__d_vfprintf+0x42>
80404122:	408487b3          	sub	a5,s1,s0
80404126:	fef047e3          	bgtz	a5,80404114 <__d_vfprintf+0xbec>
8040412a:	b5ed                	j	80404014 <__d_vfprintf+0xaec>

8040412c <mulShiftAll64>:
8040412c:	fffff317          	auipc	t1,0xfffff
80404130:	124302e7          	jalr	t0,292(t1) # 80403250 <__riscv_save_10>
80404134:	84b2                	mv	s1,a2
80404136:	00159913          	sll	s2,a1,0x1
8040413a:	4210                	lw	a2,0(a2)
8040413c:	8ab6                	mv	s5,a3
8040413e:	89be                	mv	s3,a5
80404140:	40d4                	lw	a3,4(s1)
80404142:	01f55793          	srl	a5,a0,0x1f
80404146:	1141                	add	sp,sp,-16
80404148:	0127e933          	or	s2,a5,s2
8040414c:	00151413          	sll	s0,a0,0x1
80404150:	8522                	mv	a0,s0
80404152:	85ca                	mv	a1,s2
80404154:	8bba                	mv	s7,a4
80404156:	870a                	mv	a4,sp
80404158:	8b42                	mv	s6,a6
8040415a:	00001097          	auipc	ra,0x1
8040415e:	9fc080e7          	jalr	-1540(ra) # 80404b56 <__umul128>
80404162:	44d4                	lw	a3,12(s1)
80404164:	4490                	lw	a2,8(s1)
80404166:	0038                	add	a4,sp,8
80404168:	8caa                	mv	s9,a0
8040416a:	8c2e                	mv	s8,a1
8040416c:	8522                	mv	a0,s0
8040416e:	85ca                	mv	a1,s2
80404170:	00001097          	auipc	ra,0x1
80404174:	9e6080e7          	jalr	-1562(ra) # 80404b56 <__umul128>
80404178:	4682                	lw	a3,0(sp)
8040417a:	4712                	lw	a4,4(sp)
8040417c:	4785                	li	a5,1
8040417e:	00d50933          	add	s2,a0,a3
80404182:	00a93533          	sltu	a0,s2,a0
80404186:	95ba                	add	a1,a1,a4
80404188:	00b50433          	add	s0,a0,a1
8040418c:	00e46763          	bltu	s0,a4,8040419a <mulShiftAll64+0x6e>
80404190:	00871463          	bne	a4,s0,80404198 <mulShiftAll64+0x6c>
80404194:	00d96363          	bltu	s2,a3,8040419a <mulShiftAll64+0x6e>
80404198:	4781                	li	a5,0
8040419a:	4622                	lw	a2,8(sp)
8040419c:	4732                	lw	a4,12(sp)
8040419e:	963e                	add	a2,a2,a5
804041a0:	00f637b3          	sltu	a5,a2,a5
804041a4:	00e786b3          	add	a3,a5,a4
804041a8:	4098                	lw	a4,0(s1)
804041aa:	40dc                	lw	a5,4(s1)
804041ac:	c432                	sw	a2,8(sp)
804041ae:	9766                	add	a4,a4,s9
804041b0:	97e2                	add	a5,a5,s8
804041b2:	019735b3          	sltu	a1,a4,s9
804041b6:	95be                	add	a1,a1,a5
804041b8:	c636                	sw	a3,12(sp)
804041ba:	4785                	li	a5,1
804041bc:	0185e763          	bltu	a1,s8,804041ca <mulShiftAll64+0x9e>
804041c0:	00bc1463          	bne	s8,a1,804041c8 <mulShiftAll64+0x9c>
804041c4:	01976363          	bltu	a4,s9,804041ca <mulShiftAll64+0x9e>
804041c8:	4781                	li	a5,0
804041ca:	4498                	lw	a4,8(s1)
804041cc:	44c8                	lw	a0,12(s1)
804041ce:	fbfa8a13          	add	s4,s5,-65
804041d2:	974a                	add	a4,a4,s2
804041d4:	9522                	add	a0,a0,s0
804041d6:	012735b3          	sltu	a1,a4,s2
804041da:	95aa                	add	a1,a1,a0
804041dc:	00e78533          	add	a0,a5,a4
804041e0:	00f537b3          	sltu	a5,a0,a5
804041e4:	95be                	add	a1,a1,a5
804041e6:	4785                	li	a5,1
804041e8:	0085e763          	bltu	a1,s0,804041f6 <mulShiftAll64+0xca>
804041ec:	00b41463          	bne	s0,a1,804041f4 <mulShiftAll64+0xc8>
804041f0:	01256363          	bltu	a0,s2,804041f6 <mulShiftAll64+0xca>
804041f4:	4781                	li	a5,0
804041f6:	963e                	add	a2,a2,a5
804041f8:	00f637b3          	sltu	a5,a2,a5
804041fc:	8752                	mv	a4,s4
804041fe:	96be                	add	a3,a3,a5
80404200:	00001097          	auipc	ra,0x1
80404204:	9a2080e7          	jalr	-1630(ra) # 80404ba2 <__shiftright128>
80404208:	00aba023          	sw	a0,0(s7)
8040420c:	00bba223          	sw	a1,4(s7)
80404210:	4785                	li	a5,1
80404212:	48a2                	lw	a7,8(sp)
80404214:	4832                	lw	a6,12(sp)
80404216:	40cc                	lw	a1,4(s1)
80404218:	4488                	lw	a0,8(s1)
8040421a:	44d8                	lw	a4,12(s1)
8040421c:	06fb1d63          	bne	s6,a5,80404296 <mulShiftAll64+0x16a>
80404220:	40a906b3          	sub	a3,s2,a0
80404224:	00d93633          	sltu	a2,s2,a3
80404228:	40e407b3          	sub	a5,s0,a4
8040422c:	8f91                	sub	a5,a5,a2
8040422e:	4505                	li	a0,1
80404230:	00bc6863          	bltu	s8,a1,80404240 <mulShiftAll64+0x114>
80404234:	01859563          	bne	a1,s8,8040423e <mulShiftAll64+0x112>
80404238:	4098                	lw	a4,0(s1)
8040423a:	00ece363          	bltu	s9,a4,80404240 <mulShiftAll64+0x114>
8040423e:	4501                	li	a0,0
80404240:	40a68533          	sub	a0,a3,a0
80404244:	00a6b6b3          	sltu	a3,a3,a0
80404248:	40d785b3          	sub	a1,a5,a3
8040424c:	4605                	li	a2,1
8040424e:	00b46763          	bltu	s0,a1,8040425c <mulShiftAll64+0x130>
80404252:	00859463          	bne	a1,s0,8040425a <mulShiftAll64+0x12e>
80404256:	00a96363          	bltu	s2,a0,8040425c <mulShiftAll64+0x130>
8040425a:	4601                	li	a2,0
8040425c:	40c88633          	sub	a2,a7,a2
80404260:	00c8b6b3          	sltu	a3,a7,a2
80404264:	8752                	mv	a4,s4
80404266:	40d806b3          	sub	a3,a6,a3
8040426a:	00001097          	auipc	ra,0x1
8040426e:	938080e7          	jalr	-1736(ra) # 80404ba2 <__shiftright128>
80404272:	4622                	lw	a2,8(sp)
80404274:	46b2                	lw	a3,12(sp)
80404276:	00a9a023          	sw	a0,0(s3)
8040427a:	00b9a223          	sw	a1,4(s3)
8040427e:	8752                	mv	a4,s4
80404280:	854a                	mv	a0,s2
80404282:	85a2                	mv	a1,s0
80404284:	00001097          	auipc	ra,0x1
80404288:	91e080e7          	jalr	-1762(ra) # 80404ba2 <__shiftright128>
8040428c:	0141                	add	sp,sp,16
8040428e:	fffff317          	auipc	t1,0xfffff
80404292:	ffa30067          	jr	-6(t1) # 80403288 <__riscv_restore_10>
80404296:	01fcd793          	srl	a5,s9,0x1f
8040429a:	001c1613          	sll	a2,s8,0x1
8040429e:	8e5d                	or	a2,a2,a5
804042a0:	01f95693          	srl	a3,s2,0x1f
804042a4:	00141793          	sll	a5,s0,0x1
804042a8:	001c9e93          	sll	t4,s9,0x1
804042ac:	8fd5                	or	a5,a5,a3
804042ae:	00191313          	sll	t1,s2,0x1
804042b2:	4e05                	li	t3,1
804042b4:	01866763          	bltu	a2,s8,804042c2 <mulShiftAll64+0x196>
804042b8:	00cc1463          	bne	s8,a2,804042c0 <mulShiftAll64+0x194>
804042bc:	019ee363          	bltu	t4,s9,804042c2 <mulShiftAll64+0x196>
804042c0:	4e01                	li	t3,0
804042c2:	9e1a                	add	t3,t3,t1
804042c4:	006e3333          	sltu	t1,t3,t1
804042c8:	933e                	add	t1,t1,a5
804042ca:	4785                	li	a5,1
804042cc:	00b66863          	bltu	a2,a1,804042dc <mulShiftAll64+0x1b0>
804042d0:	00c59563          	bne	a1,a2,804042da <mulShiftAll64+0x1ae>
804042d4:	4094                	lw	a3,0(s1)
804042d6:	00dee363          	bltu	t4,a3,804042dc <mulShiftAll64+0x1b0>
804042da:	4781                	li	a5,0
804042dc:	40fe07b3          	sub	a5,t3,a5
804042e0:	00fe35b3          	sltu	a1,t3,a5
804042e4:	40b305b3          	sub	a1,t1,a1
804042e8:	40a78533          	sub	a0,a5,a0
804042ec:	00a7b7b3          	sltu	a5,a5,a0
804042f0:	8d99                	sub	a1,a1,a4
804042f2:	01f8d693          	srl	a3,a7,0x1f
804042f6:	8d9d                	sub	a1,a1,a5
804042f8:	00181793          	sll	a5,a6,0x1
804042fc:	8fd5                	or	a5,a5,a3
804042fe:	fc0a8713          	add	a4,s5,-64
80404302:	0886                	sll	a7,a7,0x1
80404304:	4685                	li	a3,1
80404306:	00836763          	bltu	t1,s0,80404314 <mulShiftAll64+0x1e8>
8040430a:	00641463          	bne	s0,t1,80404312 <mulShiftAll64+0x1e6>
8040430e:	012e6363          	bltu	t3,s2,80404314 <mulShiftAll64+0x1e8>
80404312:	4681                	li	a3,0
80404314:	96c6                	add	a3,a3,a7
80404316:	0116b8b3          	sltu	a7,a3,a7
8040431a:	98be                	add	a7,a7,a5
8040431c:	4605                	li	a2,1
8040431e:	00b36763          	bltu	t1,a1,8040432c <mulShiftAll64+0x200>
80404322:	00659463          	bne	a1,t1,8040432a <mulShiftAll64+0x1fe>
80404326:	00ae6363          	bltu	t3,a0,8040432c <mulShiftAll64+0x200>
8040432a:	4601                	li	a2,0
8040432c:	40c68633          	sub	a2,a3,a2
80404330:	00c6b6b3          	sltu	a3,a3,a2
80404334:	40d886b3          	sub	a3,a7,a3
80404338:	bf0d                	j	8040426a <mulShiftAll64+0x13e>

8040433a <div10>:
8040433a:	fffff317          	auipc	t1,0xfffff
8040433e:	f3e302e7          	jalr	t0,-194(t1) # 80403278 <__riscv_save_0>
80404342:	804067b7          	lui	a5,0x80406
80404346:	1f87a603          	lw	a2,504(a5) # 804061f8 <stdout+0x4>
8040434a:	1fc7a683          	lw	a3,508(a5)
8040434e:	1141                	add	sp,sp,-16
80404350:	0038                	add	a4,sp,8
80404352:	00001097          	auipc	ra,0x1
80404356:	804080e7          	jalr	-2044(ra) # 80404b56 <__umul128>
8040435a:	45b2                	lw	a1,12(sp)
8040435c:	47a2                	lw	a5,8(sp)
8040435e:	01d59513          	sll	a0,a1,0x1d
80404362:	838d                	srl	a5,a5,0x3
80404364:	8d5d                	or	a0,a0,a5
80404366:	818d                	srl	a1,a1,0x3
80404368:	0141                	add	sp,sp,16
8040436a:	fffff317          	auipc	t1,0xfffff
8040436e:	f3230067          	jr	-206(t1) # 8040329c <__riscv_restore_0>

80404372 <__dtoa_engine>:
80404372:	fffff317          	auipc	t1,0xfffff
80404376:	ed6302e7          	jalr	t0,-298(t1) # 80403248 <__riscv_save_12>
8040437a:	715d                	add	sp,sp,-80
8040437c:	8bb6                	mv	s7,a3
8040437e:	001006b7          	lui	a3,0x100
80404382:	c43a                	sw	a4,8(sp)
80404384:	c63e                	sw	a5,12(sp)
80404386:	01f5d713          	srl	a4,a1,0x1f
8040438a:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
8040438e:	0145d793          	srl	a5,a1,0x14
80404392:	00bdfdb3          	and	s11,s11,a1
80404396:	c03a                	sw	a4,0(sp)
80404398:	7ff7f413          	and	s0,a5,2047
8040439c:	84aa                	mv	s1,a0
8040439e:	8ab2                	mv	s5,a2
804043a0:	00ade733          	or	a4,s11,a0
804043a4:	e415                	bnez	s0,804043d0 <__dtoa_engine+0x5e>
804043a6:	e721                	bnez	a4,804043ee <__dtoa_engine+0x7c>
804043a8:	03000793          	li	a5,48
804043ac:	00f602a3          	sb	a5,5(a2)
804043b0:	4782                	lw	a5,0(sp)
804043b2:	00060323          	sb	zero,6(a2)
804043b6:	00062023          	sw	zero,0(a2)
804043ba:	0027e993          	or	s3,a5,2
804043be:	01360223          	sb	s3,4(a2)
804043c2:	4405                	li	s0,1
804043c4:	8522                	mv	a0,s0
804043c6:	6161                	add	sp,sp,80
804043c8:	fffff317          	auipc	t1,0xfffff
804043cc:	ebc30067          	jr	-324(t1) # 80403284 <__riscv_restore_12>
804043d0:	7ff00613          	li	a2,2047
804043d4:	0ac41d63          	bne	s0,a2,8040448e <__dtoa_engine+0x11c>
804043d8:	4782                	lw	a5,0(sp)
804043da:	0047e793          	or	a5,a5,4
804043de:	c701                	beqz	a4,804043e6 <__dtoa_engine+0x74>
804043e0:	4782                	lw	a5,0(sp)
804043e2:	0087e793          	or	a5,a5,8
804043e6:	00fa8223          	sb	a5,4(s5)
804043ea:	4401                	li	s0,0
804043ec:	bfe1                	j	804043c4 <__dtoa_engine+0x52>
804043ee:	00157793          	and	a5,a0,1
804043f2:	c23e                	sw	a5,4(sp)
804043f4:	002d9993          	sll	s3,s11,0x2
804043f8:	01e55793          	srl	a5,a0,0x1e
804043fc:	0137e9b3          	or	s3,a5,s3
80404400:	00251c13          	sll	s8,a0,0x2
80404404:	892a                	mv	s2,a0
80404406:	bcc00413          	li	s0,-1076
8040440a:	4805                	li	a6,1
8040440c:	4d05                	li	s10,1
8040440e:	408004b3          	neg	s1,s0
80404412:	8526                	mv	a0,s1
80404414:	ca42                	sw	a6,20(sp)
80404416:	00000097          	auipc	ra,0x0
8040441a:	71e080e7          	jalr	1822(ra) # 80404b34 <__log10Pow5>
8040441e:	fff42793          	slti	a5,s0,-1
80404422:	40f50b33          	sub	s6,a0,a5
80404426:	416484b3          	sub	s1,s1,s6
8040442a:	8526                	mv	a0,s1
8040442c:	00000097          	auipc	ra,0x0
80404430:	718080e7          	jalr	1816(ra) # 80404b44 <__pow5bits>
80404434:	f8350693          	add	a3,a0,-125
80404438:	40db06b3          	sub	a3,s6,a3
8040443c:	8526                	mv	a0,s1
8040443e:	008c                	add	a1,sp,64
80404440:	c836                	sw	a3,16(sp)
80404442:	00000097          	auipc	ra,0x0
80404446:	492080e7          	jalr	1170(ra) # 804048d4 <__double_computePow5>
8040444a:	4852                	lw	a6,20(sp)
8040444c:	46c2                	lw	a3,16(sp)
8040444e:	181c                	add	a5,sp,48
80404450:	1038                	add	a4,sp,40
80404452:	0090                	add	a2,sp,64
80404454:	854a                	mv	a0,s2
80404456:	85ee                	mv	a1,s11
80404458:	00000097          	auipc	ra,0x0
8040445c:	cd4080e7          	jalr	-812(ra) # 8040412c <mulShiftAll64>
80404460:	4785                	li	a5,1
80404462:	008b0a33          	add	s4,s6,s0
80404466:	84ae                	mv	s1,a1
80404468:	842a                	mv	s0,a0
8040446a:	1567ee63          	bltu	a5,s6,804045c6 <__dtoa_engine+0x254>
8040446e:	4792                	lw	a5,4(sp)
80404470:	4985                	li	s3,1
80404472:	10078e63          	beqz	a5,8040458e <__dtoa_engine+0x21c>
80404476:	57a2                	lw	a5,40(sp)
80404478:	5732                	lw	a4,44(sp)
8040447a:	4985                	li	s3,1
8040447c:	fff78693          	add	a3,a5,-1
80404480:	0017b793          	seqz	a5,a5
80404484:	40f707b3          	sub	a5,a4,a5
80404488:	d436                	sw	a3,40(sp)
8040448a:	d63e                	sw	a5,44(sp)
8040448c:	a8c9                	j	8040455e <__dtoa_engine+0x1ec>
8040448e:	01b6edb3          	or	s11,a3,s11
80404492:	00157693          	and	a3,a0,1
80404496:	c236                	sw	a3,4(sp)
80404498:	002d9993          	sll	s3,s11,0x2
8040449c:	01e55693          	srl	a3,a0,0x1e
804044a0:	bcb40413          	add	s0,s0,-1077
804044a4:	892a                	mv	s2,a0
804044a6:	0136e9b3          	or	s3,a3,s3
804044aa:	00251c13          	sll	s8,a0,0x2
804044ae:	4d05                	li	s10,1
804044b0:	e709                	bnez	a4,804044ba <__dtoa_engine+0x148>
804044b2:	7fe7f793          	and	a5,a5,2046
804044b6:	0017bd13          	seqz	s10,a5
804044ba:	886a                	mv	a6,s10
804044bc:	f40449e3          	bltz	s0,8040440e <__dtoa_engine+0x9c>
804044c0:	8522                	mv	a0,s0
804044c2:	00000097          	auipc	ra,0x0
804044c6:	664080e7          	jalr	1636(ra) # 80404b26 <__log10Pow2>
804044ca:	00442793          	slti	a5,s0,4
804044ce:	0017c793          	xor	a5,a5,1
804044d2:	40f50a33          	sub	s4,a0,a5
804044d6:	8552                	mv	a0,s4
804044d8:	00000097          	auipc	ra,0x0
804044dc:	66c080e7          	jalr	1644(ra) # 80404b44 <__pow5bits>
804044e0:	07c50693          	add	a3,a0,124
804044e4:	408a0433          	sub	s0,s4,s0
804044e8:	96a2                	add	a3,a3,s0
804044ea:	008c                	add	a1,sp,64
804044ec:	8552                	mv	a0,s4
804044ee:	c836                	sw	a3,16(sp)
804044f0:	00000097          	auipc	ra,0x0
804044f4:	50c080e7          	jalr	1292(ra) # 804049fc <__double_computeInvPow5>
804044f8:	46c2                	lw	a3,16(sp)
804044fa:	181c                	add	a5,sp,48
804044fc:	8526                	mv	a0,s1
804044fe:	886a                	mv	a6,s10
80404500:	1038                	add	a4,sp,40
80404502:	0090                	add	a2,sp,64
80404504:	85ee                	mv	a1,s11
80404506:	00000097          	auipc	ra,0x0
8040450a:	c26080e7          	jalr	-986(ra) # 8040412c <mulShiftAll64>
8040450e:	47d5                	li	a5,21
80404510:	842a                	mv	s0,a0
80404512:	84ae                	mv	s1,a1
80404514:	0b47e763          	bltu	a5,s4,804045c2 <__dtoa_engine+0x250>
80404518:	804067b7          	lui	a5,0x80406
8040451c:	1fc7a683          	lw	a3,508(a5) # 804061fc <stdout+0x8>
80404520:	1f87a603          	lw	a2,504(a5)
80404524:	1838                	add	a4,sp,56
80404526:	8562                	mv	a0,s8
80404528:	85ce                	mv	a1,s3
8040452a:	00000097          	auipc	ra,0x0
8040452e:	62c080e7          	jalr	1580(ra) # 80404b56 <__umul128>
80404532:	57e2                	lw	a5,56(sp)
80404534:	56f2                	lw	a3,60(sp)
80404536:	5da2                	lw	s11,40(sp)
80404538:	8389                	srl	a5,a5,0x2
8040453a:	06fa                	sll	a3,a3,0x1e
8040453c:	8fd5                	or	a5,a5,a3
8040453e:	4695                	li	a3,5
80404540:	02f687b3          	mul	a5,a3,a5
80404544:	5932                	lw	s2,44(sp)
80404546:	01879e63          	bne	a5,s8,80404562 <__dtoa_engine+0x1f0>
8040454a:	85ce                	mv	a1,s3
8040454c:	8562                	mv	a0,s8
8040454e:	00000097          	auipc	ra,0x0
80404552:	348080e7          	jalr	840(ra) # 80404896 <__pow5Factor>
80404556:	01453733          	sltu	a4,a0,s4
8040455a:	00174993          	xor	s3,a4,1
8040455e:	4d01                	li	s10,0
80404560:	a03d                	j	8040458e <__dtoa_engine+0x21c>
80404562:	4792                	lw	a5,4(sp)
80404564:	eb95                	bnez	a5,80404598 <__dtoa_engine+0x226>
80404566:	fffc0793          	add	a5,s8,-1
8040456a:	41a78533          	sub	a0,a5,s10
8040456e:	001c3593          	seqz	a1,s8
80404572:	00a7b7b3          	sltu	a5,a5,a0
80404576:	40b985b3          	sub	a1,s3,a1
8040457a:	8d9d                	sub	a1,a1,a5
8040457c:	00000097          	auipc	ra,0x0
80404580:	31a080e7          	jalr	794(ra) # 80404896 <__pow5Factor>
80404584:	01453933          	sltu	s2,a0,s4
80404588:	00194d13          	xor	s10,s2,1
8040458c:	4981                	li	s3,0
8040458e:	47a2                	lw	a5,8(sp)
80404590:	10079e63          	bnez	a5,804046ac <__dtoa_engine+0x33a>
80404594:	8b5e                	mv	s6,s7
80404596:	a079                	j	80404624 <__dtoa_engine+0x2b2>
80404598:	002c0513          	add	a0,s8,2
8040459c:	018535b3          	sltu	a1,a0,s8
804045a0:	95ce                	add	a1,a1,s3
804045a2:	00000097          	auipc	ra,0x0
804045a6:	2f4080e7          	jalr	756(ra) # 80404896 <__pow5Factor>
804045aa:	01453533          	sltu	a0,a0,s4
804045ae:	00154513          	xor	a0,a0,1
804045b2:	40ad8533          	sub	a0,s11,a0
804045b6:	00adbdb3          	sltu	s11,s11,a0
804045ba:	41b90733          	sub	a4,s2,s11
804045be:	d42a                	sw	a0,40(sp)
804045c0:	d63a                	sw	a4,44(sp)
804045c2:	4981                	li	s3,0
804045c4:	bf69                	j	8040455e <__dtoa_engine+0x1ec>
804045c6:	03e00793          	li	a5,62
804045ca:	ff67ece3          	bltu	a5,s6,804045c2 <__dtoa_engine+0x250>
804045ce:	865a                	mv	a2,s6
804045d0:	557d                	li	a0,-1
804045d2:	55fd                	li	a1,-1
804045d4:	ffffe097          	auipc	ra,0xffffe
804045d8:	560080e7          	jalr	1376(ra) # 80402b34 <__ashldi3>
804045dc:	fff54513          	not	a0,a0
804045e0:	fff5c593          	not	a1,a1
804045e4:	0135f5b3          	and	a1,a1,s3
804045e8:	01857533          	and	a0,a0,s8
804045ec:	00b56733          	or	a4,a0,a1
804045f0:	00173993          	seqz	s3,a4
804045f4:	b7ad                	j	8040455e <__dtoa_engine+0x1ec>
804045f6:	02d50833          	mul	a6,a0,a3
804045fa:	0785                	add	a5,a5,1
804045fc:	02b536b3          	mulhu	a3,a0,a1
80404600:	02b505b3          	mul	a1,a0,a1
80404604:	96c2                	add	a3,a3,a6
80404606:	00d4e663          	bltu	s1,a3,80404612 <__dtoa_engine+0x2a0>
8040460a:	fe9696e3          	bne	a3,s1,804045f6 <__dtoa_engine+0x284>
8040460e:	feb474e3          	bgeu	s0,a1,804045f6 <__dtoa_engine+0x284>
80404612:	4732                	lw	a4,12(sp)
80404614:	97d2                	add	a5,a5,s4
80404616:	97ba                	add	a5,a5,a4
80404618:	00f04363          	bgtz	a5,8040461e <__dtoa_engine+0x2ac>
8040461c:	4785                	li	a5,1
8040461e:	8b3e                	mv	s6,a5
80404620:	f6fbcae3          	blt	s7,a5,80404594 <__dtoa_engine+0x222>
80404624:	4c81                	li	s9,0
80404626:	4901                	li	s2,0
80404628:	4c01                	li	s8,0
8040462a:	5522                	lw	a0,40(sp)
8040462c:	55b2                	lw	a1,44(sp)
8040462e:	00000097          	auipc	ra,0x0
80404632:	d0c080e7          	jalr	-756(ra) # 8040433a <div10>
80404636:	57c2                	lw	a5,48(sp)
80404638:	8dae                	mv	s11,a1
8040463a:	55d2                	lw	a1,52(sp)
8040463c:	c82a                	sw	a0,16(sp)
8040463e:	853e                	mv	a0,a5
80404640:	ca3e                	sw	a5,20(sp)
80404642:	00000097          	auipc	ra,0x0
80404646:	cf8080e7          	jalr	-776(ra) # 8040433a <div10>
8040464a:	832a                	mv	t1,a0
8040464c:	88ae                	mv	a7,a1
8040464e:	4ea9                	li	t4,10
80404650:	01b5e763          	bltu	a1,s11,8040465e <__dtoa_engine+0x2ec>
80404654:	08bd9863          	bne	s11,a1,804046e4 <__dtoa_engine+0x372>
80404658:	47c2                	lw	a5,16(sp)
8040465a:	08f57563          	bgeu	a0,a5,804046e4 <__dtoa_engine+0x372>
8040465e:	8522                	mv	a0,s0
80404660:	85a6                	mv	a1,s1
80404662:	ce46                	sw	a7,28(sp)
80404664:	cc1a                	sw	t1,24(sp)
80404666:	00000097          	auipc	ra,0x0
8040466a:	cd4080e7          	jalr	-812(ra) # 8040433a <div10>
8040466e:	4362                	lw	t1,24(sp)
80404670:	4ea9                	li	t4,10
80404672:	001cb693          	seqz	a3,s9
80404676:	026e8833          	mul	a6,t4,t1
8040467a:	00d9f9b3          	and	s3,s3,a3
8040467e:	47d2                	lw	a5,20(sp)
80404680:	48f2                	lw	a7,28(sp)
80404682:	d66e                	sw	s11,44(sp)
80404684:	d81a                	sw	t1,48(sp)
80404686:	da46                	sw	a7,52(sp)
80404688:	0905                	add	s2,s2,1
8040468a:	84ae                	mv	s1,a1
8040468c:	02ae86b3          	mul	a3,t4,a0
80404690:	40f80833          	sub	a6,a6,a5
80404694:	47c2                	lw	a5,16(sp)
80404696:	00183813          	seqz	a6,a6
8040469a:	010d7d33          	and	s10,s10,a6
8040469e:	d43e                	sw	a5,40(sp)
804046a0:	40d406b3          	sub	a3,s0,a3
804046a4:	0ff6fc93          	zext.b	s9,a3
804046a8:	842a                	mv	s0,a0
804046aa:	b741                	j	8040462a <__dtoa_engine+0x2b8>
804046ac:	45a9                	li	a1,10
804046ae:	4681                	li	a3,0
804046b0:	4785                	li	a5,1
804046b2:	4529                	li	a0,10
804046b4:	bf89                	j	80404606 <__dtoa_engine+0x294>
804046b6:	030e8f33          	mul	t5,t4,a6
804046ba:	0505                	add	a0,a0,1
804046bc:	02beb833          	mulhu	a6,t4,a1
804046c0:	02be85b3          	mul	a1,t4,a1
804046c4:	987a                	add	a6,a6,t5
804046c6:	0104e663          	bltu	s1,a6,804046d2 <__dtoa_engine+0x360>
804046ca:	fe9816e3          	bne	a6,s1,804046b6 <__dtoa_engine+0x344>
804046ce:	feb474e3          	bgeu	s0,a1,804046b6 <__dtoa_engine+0x344>
804046d2:	00ab5d63          	bge	s6,a0,804046ec <__dtoa_engine+0x37a>
804046d6:	000b1563          	bnez	s6,804046e0 <__dtoa_engine+0x36e>
804046da:	009465b3          	or	a1,s0,s1
804046de:	c599                	beqz	a1,804046ec <__dtoa_engine+0x37a>
804046e0:	4c05                	li	s8,1
804046e2:	bfb5                	j	8040465e <__dtoa_engine+0x2ec>
804046e4:	45a9                	li	a1,10
804046e6:	4801                	li	a6,0
804046e8:	4505                	li	a0,1
804046ea:	bff1                	j	804046c6 <__dtoa_engine+0x354>
804046ec:	060d0763          	beqz	s10,8040475a <__dtoa_engine+0x3e8>
804046f0:	4da9                	li	s11,10
804046f2:	5342                	lw	t1,48(sp)
804046f4:	55d2                	lw	a1,52(sp)
804046f6:	851a                	mv	a0,t1
804046f8:	c81a                	sw	t1,16(sp)
804046fa:	00000097          	auipc	ra,0x0
804046fe:	c40080e7          	jalr	-960(ra) # 8040433a <div10>
80404702:	ce2e                	sw	a1,28(sp)
80404704:	02ad85b3          	mul	a1,s11,a0
80404708:	4342                	lw	t1,16(sp)
8040470a:	882a                	mv	a6,a0
8040470c:	cc42                	sw	a6,24(sp)
8040470e:	04659663          	bne	a1,t1,8040475a <__dtoa_engine+0x3e8>
80404712:	5522                	lw	a0,40(sp)
80404714:	55b2                	lw	a1,44(sp)
80404716:	0905                	add	s2,s2,1
80404718:	00000097          	auipc	ra,0x0
8040471c:	c22080e7          	jalr	-990(ra) # 8040433a <div10>
80404720:	ca2a                	sw	a0,20(sp)
80404722:	c82e                	sw	a1,16(sp)
80404724:	8522                	mv	a0,s0
80404726:	85a6                	mv	a1,s1
80404728:	00000097          	auipc	ra,0x0
8040472c:	c12080e7          	jalr	-1006(ra) # 8040433a <div10>
80404730:	001cb693          	seqz	a3,s9
80404734:	00d9f9b3          	and	s3,s3,a3
80404738:	02ad86b3          	mul	a3,s11,a0
8040473c:	4e52                	lw	t3,20(sp)
8040473e:	4342                	lw	t1,16(sp)
80404740:	4862                	lw	a6,24(sp)
80404742:	48f2                	lw	a7,28(sp)
80404744:	d472                	sw	t3,40(sp)
80404746:	d61a                	sw	t1,44(sp)
80404748:	d842                	sw	a6,48(sp)
8040474a:	da46                	sw	a7,52(sp)
8040474c:	84ae                	mv	s1,a1
8040474e:	40d406b3          	sub	a3,s0,a3
80404752:	0ff6fc93          	zext.b	s9,a3
80404756:	842a                	mv	s0,a0
80404758:	bf69                	j	804046f2 <__dtoa_engine+0x380>
8040475a:	9952                	add	s2,s2,s4
8040475c:	0c098863          	beqz	s3,8040482c <__dtoa_engine+0x4ba>
80404760:	4715                	li	a4,5
80404762:	0cec9563          	bne	s9,a4,8040482c <__dtoa_engine+0x4ba>
80404766:	00147713          	and	a4,s0,1
8040476a:	e755                	bnez	a4,80404816 <__dtoa_engine+0x4a4>
8040476c:	000c1963          	bnez	s8,8040477e <__dtoa_engine+0x40c>
80404770:	5742                	lw	a4,48(sp)
80404772:	00871563          	bne	a4,s0,8040477c <__dtoa_engine+0x40a>
80404776:	5752                	lw	a4,52(sp)
80404778:	0c970c63          	beq	a4,s1,80404850 <__dtoa_engine+0x4de>
8040477c:	4701                	li	a4,0
8040477e:	943a                	add	s0,s0,a4
80404780:	00e435b3          	sltu	a1,s0,a4
80404784:	95a6                	add	a1,a1,s1
80404786:	8a2e                	mv	s4,a1
80404788:	84a2                	mv	s1,s0
8040478a:	4629                	li	a2,10
8040478c:	4681                	li	a3,0
8040478e:	4c05                	li	s8,1
80404790:	4529                	li	a0,10
80404792:	00d5e663          	bltu	a1,a3,8040479e <__dtoa_engine+0x42c>
80404796:	0ab69f63          	bne	a3,a1,80404854 <__dtoa_engine+0x4e2>
8040479a:	0ac47d63          	bgeu	s0,a2,80404854 <__dtoa_engine+0x4e2>
8040479e:	c329                	beqz	a4,804047e0 <__dtoa_engine+0x46e>
804047a0:	058b5063          	bge	s6,s8,804047e0 <__dtoa_engine+0x46e>
804047a4:	47a2                	lw	a5,8(sp)
804047a6:	cf91                	beqz	a5,804047c2 <__dtoa_engine+0x450>
804047a8:	4732                	lw	a4,12(sp)
804047aa:	012c07b3          	add	a5,s8,s2
804047ae:	00f70b33          	add	s6,a4,a5
804047b2:	000b5363          	bgez	s6,804047b8 <__dtoa_engine+0x446>
804047b6:	4b01                	li	s6,0
804047b8:	016bd363          	bge	s7,s6,804047be <__dtoa_engine+0x44c>
804047bc:	8b5e                	mv	s6,s7
804047be:	038b5163          	bge	s6,s8,804047e0 <__dtoa_engine+0x46e>
804047c2:	00540513          	add	a0,s0,5
804047c6:	00853433          	sltu	s0,a0,s0
804047ca:	4629                	li	a2,10
804047cc:	4681                	li	a3,0
804047ce:	95a2                	add	a1,a1,s0
804047d0:	ffffe097          	auipc	ra,0xffffe
804047d4:	3f2080e7          	jalr	1010(ra) # 80402bc2 <__udivdi3>
804047d8:	84aa                	mv	s1,a0
804047da:	8a2e                	mv	s4,a1
804047dc:	0905                	add	s2,s2,1
804047de:	1c7d                	add	s8,s8,-1
804047e0:	87da                	mv	a5,s6
804047e2:	016c5363          	bge	s8,s6,804047e8 <__dtoa_engine+0x476>
804047e6:	87e2                	mv	a5,s8
804047e8:	01079413          	sll	s0,a5,0x10
804047ec:	0942                	sll	s2,s2,0x10
804047ee:	8441                	sra	s0,s0,0x10
804047f0:	41095913          	sra	s2,s2,0x10
804047f4:	9922                	add	s2,s2,s0
804047f6:	008a8b33          	add	s6,s5,s0
804047fa:	197d                	add	s2,s2,-1
804047fc:	4b81                	li	s7,0
804047fe:	8c5a                	mv	s8,s6
80404800:	1b7d                	add	s6,s6,-1
80404802:	068bc263          	blt	s7,s0,80404866 <__dtoa_engine+0x4f4>
80404806:	4782                	lw	a5,0(sp)
80404808:	000c02a3          	sb	zero,5(s8)
8040480c:	012aa023          	sw	s2,0(s5)
80404810:	00fa8223          	sb	a5,4(s5)
80404814:	be45                	j	804043c4 <__dtoa_engine+0x52>
80404816:	4705                	li	a4,1
80404818:	f60c13e3          	bnez	s8,8040477e <__dtoa_engine+0x40c>
8040481c:	5742                	lw	a4,48(sp)
8040481e:	00871563          	bne	a4,s0,80404828 <__dtoa_engine+0x4b6>
80404822:	5752                	lw	a4,52(sp)
80404824:	00970c63          	beq	a4,s1,8040483c <__dtoa_engine+0x4ca>
80404828:	4705                	li	a4,1
8040482a:	bf91                	j	8040477e <__dtoa_engine+0x40c>
8040482c:	000c1d63          	bnez	s8,80404846 <__dtoa_engine+0x4d4>
80404830:	5742                	lw	a4,48(sp)
80404832:	00871a63          	bne	a4,s0,80404846 <__dtoa_engine+0x4d4>
80404836:	5752                	lw	a4,52(sp)
80404838:	00971763          	bne	a4,s1,80404846 <__dtoa_engine+0x4d4>
8040483c:	4792                	lw	a5,4(sp)
8040483e:	4705                	li	a4,1
80404840:	ff9d                	bnez	a5,8040477e <__dtoa_engine+0x40c>
80404842:	f20d0ee3          	beqz	s10,8040477e <__dtoa_engine+0x40c>
80404846:	005cb693          	sltiu	a3,s9,5
8040484a:	0016c713          	xor	a4,a3,1
8040484e:	bf05                	j	8040477e <__dtoa_engine+0x40c>
80404850:	4c91                	li	s9,4
80404852:	b7ed                	j	8040483c <__dtoa_engine+0x4ca>
80404854:	02d50833          	mul	a6,a0,a3
80404858:	0c05                	add	s8,s8,1
8040485a:	02c536b3          	mulhu	a3,a0,a2
8040485e:	02c50633          	mul	a2,a0,a2
80404862:	96c2                	add	a3,a3,a6
80404864:	b73d                	j	80404792 <__dtoa_engine+0x420>
80404866:	4629                	li	a2,10
80404868:	4681                	li	a3,0
8040486a:	8526                	mv	a0,s1
8040486c:	85d2                	mv	a1,s4
8040486e:	ffffe097          	auipc	ra,0xffffe
80404872:	6b2080e7          	jalr	1714(ra) # 80402f20 <__umoddi3>
80404876:	03050513          	add	a0,a0,48
8040487a:	00ab02a3          	sb	a0,5(s6)
8040487e:	85d2                	mv	a1,s4
80404880:	8526                	mv	a0,s1
80404882:	4629                	li	a2,10
80404884:	4681                	li	a3,0
80404886:	ffffe097          	auipc	ra,0xffffe
8040488a:	33c080e7          	jalr	828(ra) # 80402bc2 <__udivdi3>
8040488e:	84aa                	mv	s1,a0
80404890:	8a2e                	mv	s4,a1
80404892:	0b85                	add	s7,s7,1
80404894:	b7b5                	j	80404800 <__dtoa_engine+0x48e>

80404896 <__pow5Factor>:
80404896:	ccccd737          	lui	a4,0xccccd
8040489a:	333336b7          	lui	a3,0x33333
8040489e:	87aa                	mv	a5,a0
804048a0:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8af46d>
804048a4:	4501                	li	a0,0
804048a6:	ccc70713          	add	a4,a4,-820
804048aa:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
804048ae:	02c585b3          	mul	a1,a1,a2
804048b2:	02e78833          	mul	a6,a5,a4
804048b6:	982e                	add	a6,a6,a1
804048b8:	02c7b5b3          	mulhu	a1,a5,a2
804048bc:	95c2                	add	a1,a1,a6
804048be:	02c787b3          	mul	a5,a5,a2
804048c2:	00b6e863          	bltu	a3,a1,804048d2 <__pow5Factor+0x3c>
804048c6:	00d59463          	bne	a1,a3,804048ce <__pow5Factor+0x38>
804048ca:	00f5e463          	bltu	a1,a5,804048d2 <__pow5Factor+0x3c>
804048ce:	0505                	add	a0,a0,1
804048d0:	bff9                	j	804048ae <__pow5Factor+0x18>
804048d2:	8082                	ret

804048d4 <__double_computePow5>:
804048d4:	fffff317          	auipc	t1,0xfffff
804048d8:	97c302e7          	jalr	t0,-1668(t1) # 80403250 <__riscv_save_10>
804048dc:	47e9                	li	a5,26
804048de:	02f55b33          	divu	s6,a0,a5
804048e2:	804069b7          	lui	s3,0x80406
804048e6:	da898b93          	add	s7,s3,-600 # 80405da8 <DOUBLE_POW5_SPLIT2>
804048ea:	1101                	add	sp,sp,-32
804048ec:	892e                	mv	s2,a1
804048ee:	02f577b3          	remu	a5,a0,a5
804048f2:	004b1713          	sll	a4,s6,0x4
804048f6:	9bba                	add	s7,s7,a4
804048f8:	e785                	bnez	a5,80404920 <__double_computePow5+0x4c>
804048fa:	000ba703          	lw	a4,0(s7)
804048fe:	004ba783          	lw	a5,4(s7)
80404902:	c198                	sw	a4,0(a1)
80404904:	c1dc                	sw	a5,4(a1)
80404906:	008ba503          	lw	a0,8(s7)
8040490a:	00cba583          	lw	a1,12(s7)
8040490e:	00a92423          	sw	a0,8(s2)
80404912:	00b92623          	sw	a1,12(s2)
80404916:	6105                	add	sp,sp,32
80404918:	fffff317          	auipc	t1,0xfffff
8040491c:	97030067          	jr	-1680(t1) # 80403288 <__riscv_restore_10>
80404920:	da898993          	add	s3,s3,-600
80404924:	078e                	sll	a5,a5,0x3
80404926:	97ce                	add	a5,a5,s3
80404928:	0d07aa03          	lw	s4,208(a5)
8040492c:	0d47aa83          	lw	s5,212(a5)
80404930:	008ba603          	lw	a2,8(s7)
80404934:	00cba683          	lw	a3,12(s7)
80404938:	0818                	add	a4,sp,16
8040493a:	85d6                	mv	a1,s5
8040493c:	842a                	mv	s0,a0
8040493e:	8552                	mv	a0,s4
80404940:	00000097          	auipc	ra,0x0
80404944:	216080e7          	jalr	534(ra) # 80404b56 <__umul128>
80404948:	000ba603          	lw	a2,0(s7)
8040494c:	004ba683          	lw	a3,4(s7)
80404950:	84aa                	mv	s1,a0
80404952:	8c2e                	mv	s8,a1
80404954:	0838                	add	a4,sp,24
80404956:	8552                	mv	a0,s4
80404958:	85d6                	mv	a1,s5
8040495a:	00000097          	auipc	ra,0x0
8040495e:	1fc080e7          	jalr	508(ra) # 80404b56 <__umul128>
80404962:	47e2                	lw	a5,24(sp)
80404964:	4772                	lw	a4,28(sp)
80404966:	8aaa                	mv	s5,a0
80404968:	94be                	add	s1,s1,a5
8040496a:	00f4ba33          	sltu	s4,s1,a5
8040496e:	9c3a                	add	s8,s8,a4
80404970:	9a62                	add	s4,s4,s8
80404972:	00ea6663          	bltu	s4,a4,8040497e <__double_computePow5+0xaa>
80404976:	01471d63          	bne	a4,s4,80404990 <__double_computePow5+0xbc>
8040497a:	00f4fb63          	bgeu	s1,a5,80404990 <__double_computePow5+0xbc>
8040497e:	47c2                	lw	a5,16(sp)
80404980:	46d2                	lw	a3,20(sp)
80404982:	00178713          	add	a4,a5,1
80404986:	00f737b3          	sltu	a5,a4,a5
8040498a:	97b6                	add	a5,a5,a3
8040498c:	c83a                	sw	a4,16(sp)
8040498e:	ca3e                	sw	a5,20(sp)
80404990:	8522                	mv	a0,s0
80404992:	c62e                	sw	a1,12(sp)
80404994:	00000097          	auipc	ra,0x0
80404998:	1b0080e7          	jalr	432(ra) # 80404b44 <__pow5bits>
8040499c:	8baa                	mv	s7,a0
8040499e:	4569                	li	a0,26
804049a0:	02ab0533          	mul	a0,s6,a0
804049a4:	00000097          	auipc	ra,0x0
804049a8:	1a0080e7          	jalr	416(ra) # 80404b44 <__pow5bits>
804049ac:	45b2                	lw	a1,12(sp)
804049ae:	40ab8733          	sub	a4,s7,a0
804049b2:	8626                	mv	a2,s1
804049b4:	86d2                	mv	a3,s4
804049b6:	8556                	mv	a0,s5
804049b8:	c43a                	sw	a4,8(sp)
804049ba:	00000097          	auipc	ra,0x0
804049be:	1e8080e7          	jalr	488(ra) # 80404ba2 <__shiftright128>
804049c2:	00445793          	srl	a5,s0,0x4
804049c6:	078a                	sll	a5,a5,0x2
804049c8:	99be                	add	s3,s3,a5
804049ca:	1a09a783          	lw	a5,416(s3)
804049ce:	0406                	sll	s0,s0,0x1
804049d0:	8879                	and	s0,s0,30
804049d2:	0087d7b3          	srl	a5,a5,s0
804049d6:	8b8d                	and	a5,a5,3
804049d8:	953e                	add	a0,a0,a5
804049da:	00f537b3          	sltu	a5,a0,a5
804049de:	4722                	lw	a4,8(sp)
804049e0:	4642                	lw	a2,16(sp)
804049e2:	46d2                	lw	a3,20(sp)
804049e4:	97ae                	add	a5,a5,a1
804049e6:	00a92023          	sw	a0,0(s2)
804049ea:	00f92223          	sw	a5,4(s2)
804049ee:	8526                	mv	a0,s1
804049f0:	85d2                	mv	a1,s4
804049f2:	00000097          	auipc	ra,0x0
804049f6:	1b0080e7          	jalr	432(ra) # 80404ba2 <__shiftright128>
804049fa:	bf11                	j	8040490e <__double_computePow5+0x3a>

804049fc <__double_computeInvPow5>:
804049fc:	fffff317          	auipc	t1,0xfffff
80404a00:	854302e7          	jalr	t0,-1964(t1) # 80403250 <__riscv_save_10>
80404a04:	4b69                	li	s6,26
80404a06:	01950793          	add	a5,a0,25
80404a0a:	0367d7b3          	divu	a5,a5,s6
80404a0e:	80406ab7          	lui	s5,0x80406
80404a12:	da8a8493          	add	s1,s5,-600 # 80405da8 <DOUBLE_POW5_SPLIT2>
80404a16:	1f848493          	add	s1,s1,504
80404a1a:	1101                	add	sp,sp,-32
80404a1c:	8a2e                	mv	s4,a1
80404a1e:	03678b33          	mul	s6,a5,s6
80404a22:	0792                	sll	a5,a5,0x4
80404a24:	94be                	add	s1,s1,a5
80404a26:	40ab0733          	sub	a4,s6,a0
80404a2a:	02ab1163          	bne	s6,a0,80404a4c <__double_computeInvPow5+0x50>
80404a2e:	4098                	lw	a4,0(s1)
80404a30:	40dc                	lw	a5,4(s1)
80404a32:	c198                	sw	a4,0(a1)
80404a34:	c1dc                	sw	a5,4(a1)
80404a36:	4488                	lw	a0,8(s1)
80404a38:	44cc                	lw	a1,12(s1)
80404a3a:	00aa2423          	sw	a0,8(s4)
80404a3e:	00ba2623          	sw	a1,12(s4)
80404a42:	6105                	add	sp,sp,32
80404a44:	fffff317          	auipc	t1,0xfffff
80404a48:	84430067          	jr	-1980(t1) # 80403288 <__riscv_restore_10>
80404a4c:	da8a8a93          	add	s5,s5,-600
80404a50:	070e                	sll	a4,a4,0x3
80404a52:	9756                	add	a4,a4,s5
80404a54:	0d072903          	lw	s2,208(a4)
80404a58:	0d472983          	lw	s3,212(a4)
80404a5c:	4490                	lw	a2,8(s1)
80404a5e:	44d4                	lw	a3,12(s1)
80404a60:	0818                	add	a4,sp,16
80404a62:	85ce                	mv	a1,s3
80404a64:	842a                	mv	s0,a0
80404a66:	854a                	mv	a0,s2
80404a68:	00000097          	auipc	ra,0x0
80404a6c:	0ee080e7          	jalr	238(ra) # 80404b56 <__umul128>
80404a70:	4090                	lw	a2,0(s1)
80404a72:	40d4                	lw	a3,4(s1)
80404a74:	8c2a                	mv	s8,a0
80404a76:	00163793          	seqz	a5,a2
80404a7a:	8bae                	mv	s7,a1
80404a7c:	0838                	add	a4,sp,24
80404a7e:	8e9d                	sub	a3,a3,a5
80404a80:	854a                	mv	a0,s2
80404a82:	85ce                	mv	a1,s3
80404a84:	167d                	add	a2,a2,-1
80404a86:	00000097          	auipc	ra,0x0
80404a8a:	0d0080e7          	jalr	208(ra) # 80404b56 <__umul128>
80404a8e:	47e2                	lw	a5,24(sp)
80404a90:	4772                	lw	a4,28(sp)
80404a92:	89aa                	mv	s3,a0
80404a94:	9c3e                	add	s8,s8,a5
80404a96:	00fc3933          	sltu	s2,s8,a5
80404a9a:	9bba                	add	s7,s7,a4
80404a9c:	995e                	add	s2,s2,s7
80404a9e:	00e96663          	bltu	s2,a4,80404aaa <__double_computeInvPow5+0xae>
80404aa2:	01271d63          	bne	a4,s2,80404abc <__double_computeInvPow5+0xc0>
80404aa6:	00fc7b63          	bgeu	s8,a5,80404abc <__double_computeInvPow5+0xc0>
80404aaa:	47c2                	lw	a5,16(sp)
80404aac:	46d2                	lw	a3,20(sp)
80404aae:	00178713          	add	a4,a5,1
80404ab2:	00f737b3          	sltu	a5,a4,a5
80404ab6:	97b6                	add	a5,a5,a3
80404ab8:	c83a                	sw	a4,16(sp)
80404aba:	ca3e                	sw	a5,20(sp)
80404abc:	855a                	mv	a0,s6
80404abe:	c62e                	sw	a1,12(sp)
80404ac0:	00000097          	auipc	ra,0x0
80404ac4:	084080e7          	jalr	132(ra) # 80404b44 <__pow5bits>
80404ac8:	8b2a                	mv	s6,a0
80404aca:	8522                	mv	a0,s0
80404acc:	00000097          	auipc	ra,0x0
80404ad0:	078080e7          	jalr	120(ra) # 80404b44 <__pow5bits>
80404ad4:	45b2                	lw	a1,12(sp)
80404ad6:	40ab0733          	sub	a4,s6,a0
80404ada:	8662                	mv	a2,s8
80404adc:	86ca                	mv	a3,s2
80404ade:	854e                	mv	a0,s3
80404ae0:	c43a                	sw	a4,8(sp)
80404ae2:	00000097          	auipc	ra,0x0
80404ae6:	0c0080e7          	jalr	192(ra) # 80404ba2 <__shiftright128>
80404aea:	00445793          	srl	a5,s0,0x4
80404aee:	078a                	sll	a5,a5,0x2
80404af0:	9abe                	add	s5,s5,a5
80404af2:	2e8aa783          	lw	a5,744(s5)
80404af6:	0406                	sll	s0,s0,0x1
80404af8:	8879                	and	s0,s0,30
80404afa:	0087d7b3          	srl	a5,a5,s0
80404afe:	8b8d                	and	a5,a5,3
80404b00:	0785                	add	a5,a5,1
80404b02:	953e                	add	a0,a0,a5
80404b04:	00f537b3          	sltu	a5,a0,a5
80404b08:	4722                	lw	a4,8(sp)
80404b0a:	4642                	lw	a2,16(sp)
80404b0c:	46d2                	lw	a3,20(sp)
80404b0e:	97ae                	add	a5,a5,a1
80404b10:	00aa2023          	sw	a0,0(s4)
80404b14:	00fa2223          	sw	a5,4(s4)
80404b18:	8562                	mv	a0,s8
80404b1a:	85ca                	mv	a1,s2
80404b1c:	00000097          	auipc	ra,0x0
80404b20:	086080e7          	jalr	134(ra) # 80404ba2 <__shiftright128>
80404b24:	bf19                	j	80404a3a <__double_computeInvPow5+0x3e>

80404b26 <__log10Pow2>:
80404b26:	67cd                	lui	a5,0x13
80404b28:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80404b2c:	02f50533          	mul	a0,a0,a5
80404b30:	8149                	srl	a0,a0,0x12
80404b32:	8082                	ret

80404b34 <__log10Pow5>:
80404b34:	000b37b7          	lui	a5,0xb3
80404b38:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80404b3c:	02f50533          	mul	a0,a0,a5
80404b40:	8151                	srl	a0,a0,0x14
80404b42:	8082                	ret

80404b44 <__pow5bits>:
80404b44:	001297b7          	lui	a5,0x129
80404b48:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80404b4c:	02f50533          	mul	a0,a0,a5
80404b50:	814d                	srl	a0,a0,0x13
80404b52:	0505                	add	a0,a0,1
80404b54:	8082                	ret

80404b56 <__umul128>:
80404b56:	02c537b3          	mulhu	a5,a0,a2
80404b5a:	832e                	mv	t1,a1
80404b5c:	02c585b3          	mul	a1,a1,a2
80404b60:	02c33833          	mulhu	a6,t1,a2
80404b64:	95be                	add	a1,a1,a5
80404b66:	00f5b7b3          	sltu	a5,a1,a5
80404b6a:	97c2                	add	a5,a5,a6
80404b6c:	02a68833          	mul	a6,a3,a0
80404b70:	02a6b8b3          	mulhu	a7,a3,a0
80404b74:	95c2                	add	a1,a1,a6
80404b76:	0105b833          	sltu	a6,a1,a6
80404b7a:	98c2                	add	a7,a7,a6
80404b7c:	02d30833          	mul	a6,t1,a3
80404b80:	02d33333          	mulhu	t1,t1,a3
80404b84:	983e                	add	a6,a6,a5
80404b86:	011806b3          	add	a3,a6,a7
80404b8a:	00f837b3          	sltu	a5,a6,a5
80404b8e:	0106b833          	sltu	a6,a3,a6
80404b92:	c314                	sw	a3,0(a4)
80404b94:	979a                	add	a5,a5,t1
80404b96:	983e                	add	a6,a6,a5
80404b98:	02c50533          	mul	a0,a0,a2
80404b9c:	01072223          	sw	a6,4(a4)
80404ba0:	8082                	ret

80404ba2 <__shiftright128>:
80404ba2:	ffffe317          	auipc	t1,0xffffe
80404ba6:	6bc302e7          	jalr	t0,1724(t1) # 8040325e <__riscv_save_4>
80404baa:	8a2a                	mv	s4,a0
80404bac:	8532                	mv	a0,a2
80404bae:	04000613          	li	a2,64
80404bb2:	8e19                	sub	a2,a2,a4
80404bb4:	89ae                	mv	s3,a1
80404bb6:	85b6                	mv	a1,a3
80404bb8:	843a                	mv	s0,a4
80404bba:	ffffe097          	auipc	ra,0xffffe
80404bbe:	f7a080e7          	jalr	-134(ra) # 80402b34 <__ashldi3>
80404bc2:	892a                	mv	s2,a0
80404bc4:	84ae                	mv	s1,a1
80404bc6:	8622                	mv	a2,s0
80404bc8:	8552                	mv	a0,s4
80404bca:	85ce                	mv	a1,s3
80404bcc:	ffffe097          	auipc	ra,0xffffe
80404bd0:	f40080e7          	jalr	-192(ra) # 80402b0c <__lshrdi3>
80404bd4:	00a96533          	or	a0,s2,a0
80404bd8:	8dc5                	or	a1,a1,s1
80404bda:	ffffe317          	auipc	t1,0xffffe
80404bde:	6b830067          	jr	1720(t1) # 80403292 <__riscv_restore_4>

80404be2 <strnlen>:
80404be2:	95aa                	add	a1,a1,a0
80404be4:	87aa                	mv	a5,a0
80404be6:	00b78563          	beq	a5,a1,80404bf0 <strnlen+0xe>
80404bea:	0007c703          	lbu	a4,0(a5)
80404bee:	e701                	bnez	a4,80404bf6 <strnlen+0x14>
80404bf0:	40a78533          	sub	a0,a5,a0
80404bf4:	8082                	ret
80404bf6:	0785                	add	a5,a5,1
80404bf8:	b7fd                	j	80404be6 <strnlen+0x4>
