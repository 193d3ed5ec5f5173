
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
8040009a:	2b4080e7          	jalr	692(ra) # 8040134a <uni_runtime_start>
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
804000c4:	0cc58593          	add	a1,a1,204 # 804050cc <strnlen+0x500>
804000c8:	8522                	mv	a0,s0
804000ca:	00003097          	auipc	ra,0x3
804000ce:	1ee080e7          	jalr	494(ra) # 804032b8 <strcmp>
804000d2:	84aa                	mv	s1,a0
804000d4:	18050263          	beqz	a0,80400258 <main+0x1b8>
804000d8:	804055b7          	lui	a1,0x80405
804000dc:	15458593          	add	a1,a1,340 # 80405154 <strnlen+0x588>
804000e0:	8522                	mv	a0,s0
804000e2:	00003097          	auipc	ra,0x3
804000e6:	1d6080e7          	jalr	470(ra) # 804032b8 <strcmp>
804000ea:	c131                	beqz	a0,8040012e <main+0x8e>
804000ec:	804055b7          	lui	a1,0x80405
804000f0:	1d058593          	add	a1,a1,464 # 804051d0 <strnlen+0x604>
804000f4:	8522                	mv	a0,s0
804000f6:	00003097          	auipc	ra,0x3
804000fa:	1c2080e7          	jalr	450(ra) # 804032b8 <strcmp>
804000fe:	89aa                	mv	s3,a0
80400100:	40050c63          	beqz	a0,80400518 <main+0x478>
80400104:	804055b7          	lui	a1,0x80405
80400108:	51c58593          	add	a1,a1,1308 # 8040551c <strnlen+0x950>
8040010c:	8522                	mv	a0,s0
8040010e:	00003097          	auipc	ra,0x3
80400112:	1aa080e7          	jalr	426(ra) # 804032b8 <strcmp>
80400116:	20050263          	beqz	a0,8040031a <main+0x27a>
8040011a:	80405537          	lui	a0,0x80405
8040011e:	67c50513          	add	a0,a0,1660 # 8040567c <strnlen+0xab0>
80400122:	00003097          	auipc	ra,0x3
80400126:	1ae080e7          	jalr	430(ra) # 804032d0 <printf>
8040012a:	4485                	li	s1,1
8040012c:	aac9                	j	804002fe <main+0x25e>
8040012e:	00002097          	auipc	ra,0x2
80400132:	602080e7          	jalr	1538(ra) # 80402730 <uni_revoke_cooperate>
80400136:	80401537          	lui	a0,0x80401
8040013a:	e2e50513          	add	a0,a0,-466 # 80400e2e <hook>
8040013e:	00002097          	auipc	ra,0x2
80400142:	5fc080e7          	jalr	1532(ra) # 8040273a <uni_set_revoke_hook>
80400146:	00001097          	auipc	ra,0x1
8040014a:	c20080e7          	jalr	-992(ra) # 80400d66 <bind_pages>
8040014e:	fc054ee3          	bltz	a0,8040012a <main+0x8a>
80400152:	80405537          	lui	a0,0x80405
80400156:	0d450513          	add	a0,a0,212 # 804050d4 <strnlen+0x508>
8040015a:	00003097          	auipc	ra,0x3
8040015e:	176080e7          	jalr	374(ra) # 804032d0 <printf>
80400162:	a029                	j	8040016c <main+0xcc>
80400164:	00002097          	auipc	ra,0x2
80400168:	07a080e7          	jalr	122(ra) # 804021de <uni_sleep_ms>
8040016c:	00002097          	auipc	ra,0x2
80400170:	5d8080e7          	jalr	1496(ra) # 80402744 <uni_revoke_stats>
80400174:	451c                	lw	a5,8(a0)
80400176:	4515                	li	a0,5
80400178:	d7f5                	beqz	a5,80400164 <main+0xc4>
8040017a:	804077b7          	lui	a5,0x80407
8040017e:	0c87a903          	lw	s2,200(a5) # 804070c8 <pv_shared_info>
80400182:	80405537          	lui	a0,0x80405
80400186:	15c50513          	add	a0,a0,348 # 8040515c <strnlen+0x590>
8040018a:	15892603          	lw	a2,344(s2)
8040018e:	15492583          	lw	a1,340(s2)
80400192:	00003097          	auipc	ra,0x3
80400196:	13e080e7          	jalr	318(ra) # 804032d0 <printf>
8040019a:	15892783          	lw	a5,344(s2)
8040019e:	cb85                	beqz	a5,804001ce <main+0x12e>
804001a0:	15c90493          	add	s1,s2,348
804001a4:	4401                	li	s0,0
804001a6:	804059b7          	lui	s3,0x80405
804001aa:	02000a13          	li	s4,32
804001ae:	a019                	j	804001b4 <main+0x114>
804001b0:	01440f63          	beq	s0,s4,804001ce <main+0x12e>
804001b4:	408c                	lw	a1,0(s1)
804001b6:	18498513          	add	a0,s3,388 # 80405184 <strnlen+0x5b8>
804001ba:	0405                	add	s0,s0,1
804001bc:	00003097          	auipc	ra,0x3
804001c0:	114080e7          	jalr	276(ra) # 804032d0 <printf>
804001c4:	15892783          	lw	a5,344(s2)
804001c8:	0491                	add	s1,s1,4
804001ca:	fef463e3          	bltu	s0,a5,804001b0 <main+0x110>
804001ce:	80405537          	lui	a0,0x80405
804001d2:	20450513          	add	a0,a0,516 # 80405204 <strnlen+0x638>
804001d6:	00003097          	auipc	ra,0x3
804001da:	0fa080e7          	jalr	250(ra) # 804032d0 <printf>
804001de:	80405537          	lui	a0,0x80405
804001e2:	17c50513          	add	a0,a0,380 # 8040517c <strnlen+0x5b0>
804001e6:	00001097          	auipc	ra,0x1
804001ea:	b2a080e7          	jalr	-1238(ra) # 80400d10 <print_lost>
804001ee:	00002097          	auipc	ra,0x2
804001f2:	500080e7          	jalr	1280(ra) # 804026ee <uni_bound_pages>
804001f6:	14092603          	lw	a2,320(s2)
804001fa:	85aa                	mv	a1,a0
804001fc:	80405537          	lui	a0,0x80405
80400200:	12850513          	add	a0,a0,296 # 80405128 <strnlen+0x55c>
80400204:	00003097          	auipc	ra,0x3
80400208:	0cc080e7          	jalr	204(ra) # 804032d0 <printf>
8040020c:	00001097          	auipc	ra,0x1
80400210:	cbc080e7          	jalr	-836(ra) # 80400ec8 <check_kept.isra.0>
80400214:	804077b7          	lui	a5,0x80407
80400218:	0b47a783          	lw	a5,180(a5) # 804070b4 <nlost>
8040021c:	d799                	beqz	a5,8040012a <main+0x8a>
8040021e:	8040a7b7          	lui	a5,0x8040a
80400222:	1207a403          	lw	s0,288(a5) # 8040a120 <lost>
80400226:	80405537          	lui	a0,0x80405
8040022a:	18c50513          	add	a0,a0,396 # 8040518c <strnlen+0x5c0>
8040022e:	85a2                	mv	a1,s0
80400230:	00003097          	auipc	ra,0x3
80400234:	0a0080e7          	jalr	160(ra) # 804032d0 <printf>
80400238:	400c                	lw	a1,0(s0)
8040023a:	80405537          	lui	a0,0x80405
8040023e:	1a450513          	add	a0,a0,420 # 804051a4 <strnlen+0x5d8>
80400242:	00003097          	auipc	ra,0x3
80400246:	08e080e7          	jalr	142(ra) # 804032d0 <printf>
8040024a:	4489                	li	s1,2
8040024c:	a84d                	j	804002fe <main+0x25e>
8040024e:	80405437          	lui	s0,0x80405
80400252:	15040413          	add	s0,s0,336 # 80405150 <strnlen+0x584>
80400256:	b5ad                	j	804000c0 <main+0x20>
80400258:	80401537          	lui	a0,0x80401
8040025c:	e2e50513          	add	a0,a0,-466 # 80400e2e <hook>
80400260:	00002097          	auipc	ra,0x2
80400264:	4da080e7          	jalr	1242(ra) # 8040273a <uni_set_revoke_hook>
80400268:	00001097          	auipc	ra,0x1
8040026c:	afe080e7          	jalr	-1282(ra) # 80400d66 <bind_pages>
80400270:	ea054de3          	bltz	a0,8040012a <main+0x8a>
80400274:	80405537          	lui	a0,0x80405
80400278:	0d450513          	add	a0,a0,212 # 804050d4 <strnlen+0x508>
8040027c:	00003097          	auipc	ra,0x3
80400280:	054080e7          	jalr	84(ra) # 804032d0 <printf>
80400284:	a029                	j	8040028e <main+0x1ee>
80400286:	00002097          	auipc	ra,0x2
8040028a:	f58080e7          	jalr	-168(ra) # 804021de <uni_sleep_ms>
8040028e:	00002097          	auipc	ra,0x2
80400292:	4b6080e7          	jalr	1206(ra) # 80402744 <uni_revoke_stats>
80400296:	411c                	lw	a5,0(a0)
80400298:	4515                	li	a0,5
8040029a:	d7f5                	beqz	a5,80400286 <main+0x1e6>
8040029c:	00002097          	auipc	ra,0x2
804002a0:	4a8080e7          	jalr	1192(ra) # 80402744 <uni_revoke_stats>
804002a4:	842a                	mv	s0,a0
804002a6:	80405537          	lui	a0,0x80405
804002aa:	0e050513          	add	a0,a0,224 # 804050e0 <strnlen+0x514>
804002ae:	00001097          	auipc	ra,0x1
804002b2:	a62080e7          	jalr	-1438(ra) # 80400d10 <print_lost>
804002b6:	481c                	lw	a5,16(s0)
804002b8:	4458                	lw	a4,12(s0)
804002ba:	4414                	lw	a3,8(s0)
804002bc:	4050                	lw	a2,4(s0)
804002be:	400c                	lw	a1,0(s0)
804002c0:	80405537          	lui	a0,0x80405
804002c4:	0ec50513          	add	a0,a0,236 # 804050ec <strnlen+0x520>
804002c8:	00003097          	auipc	ra,0x3
804002cc:	008080e7          	jalr	8(ra) # 804032d0 <printf>
804002d0:	00002097          	auipc	ra,0x2
804002d4:	41e080e7          	jalr	1054(ra) # 804026ee <uni_bound_pages>
804002d8:	804077b7          	lui	a5,0x80407
804002dc:	0c87a783          	lw	a5,200(a5) # 804070c8 <pv_shared_info>
804002e0:	85aa                	mv	a1,a0
804002e2:	80405537          	lui	a0,0x80405
804002e6:	1407a603          	lw	a2,320(a5)
804002ea:	12850513          	add	a0,a0,296 # 80405128 <strnlen+0x55c>
804002ee:	00003097          	auipc	ra,0x3
804002f2:	fe2080e7          	jalr	-30(ra) # 804032d0 <printf>
804002f6:	00001097          	auipc	ra,0x1
804002fa:	bd2080e7          	jalr	-1070(ra) # 80400ec8 <check_kept.isra.0>
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
8040031e:	67e080e7          	jalr	1662(ra) # 80402998 <uni_blk_sectors>
80400322:	85aa                	mv	a1,a0
80400324:	80405537          	lui	a0,0x80405
80400328:	04000613          	li	a2,64
8040032c:	52050513          	add	a0,a0,1312 # 80405520 <strnlen+0x954>
80400330:	00001097          	auipc	ra,0x1
80400334:	b54080e7          	jalr	-1196(ra) # 80400e84 <expect>
80400338:	45a1                	li	a1,8
8040033a:	03c00513          	li	a0,60
8040033e:	00002097          	auipc	ra,0x2
80400342:	670080e7          	jalr	1648(ra) # 804029ae <uni_blk_bind_extent>
80400346:	85aa                	mv	a1,a0
80400348:	80405537          	lui	a0,0x80405
8040034c:	5629                	li	a2,-22
8040034e:	53850513          	add	a0,a0,1336 # 80405538 <strnlen+0x96c>
80400352:	00001097          	auipc	ra,0x1
80400356:	b32080e7          	jalr	-1230(ra) # 80400e84 <expect>
8040035a:	4581                	li	a1,0
8040035c:	4521                	li	a0,8
8040035e:	00002097          	auipc	ra,0x2
80400362:	650080e7          	jalr	1616(ra) # 804029ae <uni_blk_bind_extent>
80400366:	85aa                	mv	a1,a0
80400368:	80405537          	lui	a0,0x80405
8040036c:	5629                	li	a2,-22
8040036e:	55850513          	add	a0,a0,1368 # 80405558 <strnlen+0x98c>
80400372:	00001097          	auipc	ra,0x1
80400376:	b12080e7          	jalr	-1262(ra) # 80400e84 <expect>
8040037a:	45a1                	li	a1,8
8040037c:	4521                	li	a0,8
8040037e:	00002097          	auipc	ra,0x2
80400382:	630080e7          	jalr	1584(ra) # 804029ae <uni_blk_bind_extent>
80400386:	85aa                	mv	a1,a0
80400388:	80405537          	lui	a0,0x80405
8040038c:	4601                	li	a2,0
8040038e:	57050513          	add	a0,a0,1392 # 80405570 <strnlen+0x9a4>
80400392:	00001097          	auipc	ra,0x1
80400396:	af2080e7          	jalr	-1294(ra) # 80400e84 <expect>
8040039a:	80407437          	lui	s0,0x80407
8040039e:	12040613          	add	a2,s0,288 # 80407120 <buf>
804003a2:	45a1                	li	a1,8
804003a4:	4521                	li	a0,8
804003a6:	00002097          	auipc	ra,0x2
804003aa:	638080e7          	jalr	1592(ra) # 804029de <uni_blk_read>
804003ae:	85aa                	mv	a1,a0
804003b0:	80405537          	lui	a0,0x80405
804003b4:	4601                	li	a2,0
804003b6:	58450513          	add	a0,a0,1412 # 80405584 <strnlen+0x9b8>
804003ba:	00001097          	auipc	ra,0x1
804003be:	aca080e7          	jalr	-1334(ra) # 80400e84 <expect>
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
804003ec:	59850513          	add	a0,a0,1432 # 80405598 <strnlen+0x9cc>
804003f0:	00001097          	auipc	ra,0x1
804003f4:	a94080e7          	jalr	-1388(ra) # 80400e84 <expect>
804003f8:	6605                	lui	a2,0x1
804003fa:	0ee00593          	li	a1,238
804003fe:	12040513          	add	a0,s0,288
80400402:	00003097          	auipc	ra,0x3
80400406:	ea6080e7          	jalr	-346(ra) # 804032a8 <memset>
8040040a:	12040613          	add	a2,s0,288
8040040e:	4585                	li	a1,1
80400410:	4531                	li	a0,12
80400412:	00002097          	auipc	ra,0x2
80400416:	658080e7          	jalr	1624(ra) # 80402a6a <uni_blk_write>
8040041a:	85aa                	mv	a1,a0
8040041c:	80405537          	lui	a0,0x80405
80400420:	4601                	li	a2,0
80400422:	5b450513          	add	a0,a0,1460 # 804055b4 <strnlen+0x9e8>
80400426:	00001097          	auipc	ra,0x1
8040042a:	a5e080e7          	jalr	-1442(ra) # 80400e84 <expect>
8040042e:	12040613          	add	a2,s0,288
80400432:	4585                	li	a1,1
80400434:	4501                	li	a0,0
80400436:	00002097          	auipc	ra,0x2
8040043a:	5a8080e7          	jalr	1448(ra) # 804029de <uni_blk_read>
8040043e:	85aa                	mv	a1,a0
80400440:	80405537          	lui	a0,0x80405
80400444:	567d                	li	a2,-1
80400446:	5c450513          	add	a0,a0,1476 # 804055c4 <strnlen+0x9f8>
8040044a:	00001097          	auipc	ra,0x1
8040044e:	a3a080e7          	jalr	-1478(ra) # 80400e84 <expect>
80400452:	12040613          	add	a2,s0,288
80400456:	4589                	li	a1,2
80400458:	453d                	li	a0,15
8040045a:	00002097          	auipc	ra,0x2
8040045e:	584080e7          	jalr	1412(ra) # 804029de <uni_blk_read>
80400462:	85aa                	mv	a1,a0
80400464:	80405537          	lui	a0,0x80405
80400468:	567d                	li	a2,-1
8040046a:	5dc50513          	add	a0,a0,1500 # 804055dc <strnlen+0xa10>
8040046e:	00001097          	auipc	ra,0x1
80400472:	a16080e7          	jalr	-1514(ra) # 80400e84 <expect>
80400476:	12040613          	add	a2,s0,288
8040047a:	4585                	li	a1,1
8040047c:	4551                	li	a0,20
8040047e:	00002097          	auipc	ra,0x2
80400482:	5ec080e7          	jalr	1516(ra) # 80402a6a <uni_blk_write>
80400486:	85aa                	mv	a1,a0
80400488:	80405537          	lui	a0,0x80405
8040048c:	567d                	li	a2,-1
8040048e:	60850513          	add	a0,a0,1544 # 80405608 <strnlen+0xa3c>
80400492:	00001097          	auipc	ra,0x1
80400496:	9f2080e7          	jalr	-1550(ra) # 80400e84 <expect>
8040049a:	4589                	li	a1,2
8040049c:	02000513          	li	a0,32
804004a0:	00002097          	auipc	ra,0x2
804004a4:	50e080e7          	jalr	1294(ra) # 804029ae <uni_blk_bind_extent>
804004a8:	85aa                	mv	a1,a0
804004aa:	80405537          	lui	a0,0x80405
804004ae:	4601                	li	a2,0
804004b0:	62450513          	add	a0,a0,1572 # 80405624 <strnlen+0xa58>
804004b4:	00001097          	auipc	ra,0x1
804004b8:	9d0080e7          	jalr	-1584(ra) # 80400e84 <expect>
804004bc:	12040613          	add	a2,s0,288
804004c0:	4585                	li	a1,1
804004c2:	02100513          	li	a0,33
804004c6:	00002097          	auipc	ra,0x2
804004ca:	518080e7          	jalr	1304(ra) # 804029de <uni_blk_read>
804004ce:	85aa                	mv	a1,a0
804004d0:	80405537          	lui	a0,0x80405
804004d4:	4601                	li	a2,0
804004d6:	63c50513          	add	a0,a0,1596 # 8040563c <strnlen+0xa70>
804004da:	00001097          	auipc	ra,0x1
804004de:	9aa080e7          	jalr	-1622(ra) # 80400e84 <expect>
804004e2:	0004c583          	lbu	a1,0(s1)
804004e6:	80405537          	lui	a0,0x80405
804004ea:	02100613          	li	a2,33
804004ee:	64c50513          	add	a0,a0,1612 # 8040564c <strnlen+0xa80>
804004f2:	00001097          	auipc	ra,0x1
804004f6:	992080e7          	jalr	-1646(ra) # 80400e84 <expect>
804004fa:	80407437          	lui	s0,0x80407
804004fe:	0b042583          	lw	a1,176(s0) # 804070b0 <failures>
80400502:	80405537          	lui	a0,0x80405
80400506:	66850513          	add	a0,a0,1640 # 80405668 <strnlen+0xa9c>
8040050a:	00003097          	auipc	ra,0x3
8040050e:	dc6080e7          	jalr	-570(ra) # 804032d0 <printf>
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
8040053e:	f60080e7          	jalr	-160(ra) # 8040249a <uni_bind_frames>
80400542:	85aa                	mv	a1,a0
80400544:	80405537          	lui	a0,0x80405
80400548:	5665                	li	a2,-7
8040054a:	20850513          	add	a0,a0,520 # 80405208 <strnlen+0x63c>
8040054e:	00001097          	auipc	ra,0x1
80400552:	936080e7          	jalr	-1738(ra) # 80400e84 <expect>
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
8040057c:	f22080e7          	jalr	-222(ra) # 8040249a <uni_bind_frames>
80400580:	38050163          	beqz	a0,80400902 <main+0x862>
80400584:	80405537          	lui	a0,0x80405
80400588:	864a                	mv	a2,s2
8040058a:	85a2                	mv	a1,s0
8040058c:	23850513          	add	a0,a0,568 # 80405238 <strnlen+0x66c>
80400590:	00001097          	auipc	ra,0x1
80400594:	8f4080e7          	jalr	-1804(ra) # 80400e84 <expect>
80400598:	80407bb7          	lui	s7,0x80407
8040059c:	0c8ba783          	lw	a5,200(s7) # 804070c8 <pv_shared_info>
804005a0:	80405537          	lui	a0,0x80405
804005a4:	864a                	mv	a2,s2
804005a6:	1407a583          	lw	a1,320(a5)
804005aa:	26850513          	add	a0,a0,616 # 80405268 <strnlen+0x69c>
804005ae:	00001097          	auipc	ra,0x1
804005b2:	8d6080e7          	jalr	-1834(ra) # 80400e84 <expect>
804005b6:	006c                	add	a1,sp,12
804005b8:	4505                	li	a0,1
804005ba:	00002097          	auipc	ra,0x2
804005be:	ee0080e7          	jalr	-288(ra) # 8040249a <uni_bind_frames>
804005c2:	85aa                	mv	a1,a0
804005c4:	80405537          	lui	a0,0x80405
804005c8:	5651                	li	a2,-12
804005ca:	28050513          	add	a0,a0,640 # 80405280 <strnlen+0x6b4>
804005ce:	00001097          	auipc	ra,0x1
804005d2:	8b6080e7          	jalr	-1866(ra) # 80400e84 <expect>
804005d6:	38040f63          	beqz	s0,80400974 <main+0x8d4>
804005da:	8a62                	mv	s4,s8
804005dc:	8962                	mv	s2,s8
804005de:	4c85                	li	s9,1
804005e0:	4481                	li	s1,0
804005e2:	00092503          	lw	a0,0(s2)
804005e6:	0485                	add	s1,s1,1
804005e8:	0911                	add	s2,s2,4
804005ea:	00001097          	auipc	ra,0x1
804005ee:	cf2080e7          	jalr	-782(ra) # 804012dc <uni_mfn_to_virt>
804005f2:	00153793          	seqz	a5,a0
804005f6:	00fcfcb3          	and	s9,s9,a5
804005fa:	fe8494e3          	bne	s1,s0,804005e2 <main+0x542>
804005fe:	80405537          	lui	a0,0x80405
80400602:	4605                	li	a2,1
80400604:	85e6                	mv	a1,s9
80400606:	2a450513          	add	a0,a0,676 # 804052a4 <strnlen+0x6d8>
8040060a:	00001097          	auipc	ra,0x1
8040060e:	87a080e7          	jalr	-1926(ra) # 80400e84 <expect>
80400612:	000c2783          	lw	a5,0(s8)
80400616:	182c                	add	a1,sp,56
80400618:	4509                	li	a0,2
8040061a:	dc3e                	sw	a5,56(sp)
8040061c:	de3e                	sw	a5,60(sp)
8040061e:	00002097          	auipc	ra,0x2
80400622:	e94080e7          	jalr	-364(ra) # 804024b2 <uni_unbind_frames>
80400626:	85aa                	mv	a1,a0
80400628:	fff40913          	add	s2,s0,-1
8040062c:	80405537          	lui	a0,0x80405
80400630:	5629                	li	a2,-22
80400632:	2c450513          	add	a0,a0,708 # 804052c4 <strnlen+0x6f8>
80400636:	fc040493          	add	s1,s0,-64
8040063a:	fc097913          	and	s2,s2,-64
8040063e:	00001097          	auipc	ra,0x1
80400642:	846080e7          	jalr	-1978(ra) # 80400e84 <expect>
80400646:	41248933          	sub	s2,s1,s2
8040064a:	04000c13          	li	s8,64
8040064e:	a019                	j	80400654 <main+0x5b4>
80400650:	fc048493          	add	s1,s1,-64
80400654:	85d2                	mv	a1,s4
80400656:	8522                	mv	a0,s0
80400658:	008c7463          	bgeu	s8,s0,80400660 <main+0x5c0>
8040065c:	04000513          	li	a0,64
80400660:	00002097          	auipc	ra,0x2
80400664:	e52080e7          	jalr	-430(ra) # 804024b2 <uni_unbind_frames>
80400668:	8426                	mv	s0,s1
8040066a:	00a9e9b3          	or	s3,s3,a0
8040066e:	100a0a13          	add	s4,s4,256
80400672:	fd249fe3          	bne	s1,s2,80400650 <main+0x5b0>
80400676:	80405537          	lui	a0,0x80405
8040067a:	85ce                	mv	a1,s3
8040067c:	2f850513          	add	a0,a0,760 # 804052f8 <strnlen+0x72c>
80400680:	4601                	li	a2,0
80400682:	00001097          	auipc	ra,0x1
80400686:	802080e7          	jalr	-2046(ra) # 80400e84 <expect>
8040068a:	0c8ba783          	lw	a5,200(s7)
8040068e:	80405537          	lui	a0,0x80405
80400692:	4601                	li	a2,0
80400694:	1407a583          	lw	a1,320(a5)
80400698:	30850513          	add	a0,a0,776 # 80405308 <strnlen+0x73c>
8040069c:	64a1                	lui	s1,0x8
8040069e:	00000097          	auipc	ra,0x0
804006a2:	7e6080e7          	jalr	2022(ra) # 80400e84 <expect>
804006a6:	120b0593          	add	a1,s6,288
804006aa:	4505                	li	a0,1
804006ac:	00002097          	auipc	ra,0x2
804006b0:	e06080e7          	jalr	-506(ra) # 804024b2 <uni_unbind_frames>
804006b4:	85aa                	mv	a1,a0
804006b6:	80405537          	lui	a0,0x80405
804006ba:	5629                	li	a2,-22
804006bc:	32050513          	add	a0,a0,800 # 80405320 <strnlen+0x754>
804006c0:	00000097          	auipc	ra,0x0
804006c4:	7c4080e7          	jalr	1988(ra) # 80400e84 <expect>
804006c8:	0c0aa783          	lw	a5,192(s5)
804006cc:	5fc8                	lw	a0,60(a5)
804006ce:	00001097          	auipc	ra,0x1
804006d2:	bd6080e7          	jalr	-1066(ra) # 804012a4 <uni_virt_to_mfn>
804006d6:	87aa                	mv	a5,a0
804006d8:	080c                	add	a1,sp,16
804006da:	4505                	li	a0,1
804006dc:	c83e                	sw	a5,16(sp)
804006de:	00002097          	auipc	ra,0x2
804006e2:	dd4080e7          	jalr	-556(ra) # 804024b2 <uni_unbind_frames>
804006e6:	85aa                	mv	a1,a0
804006e8:	80405537          	lui	a0,0x80405
804006ec:	5629                	li	a2,-22
804006ee:	34c50513          	add	a0,a0,844 # 8040534c <strnlen+0x780>
804006f2:	00000097          	auipc	ra,0x0
804006f6:	792080e7          	jalr	1938(ra) # 80400e84 <expect>
804006fa:	084c                	add	a1,sp,20
804006fc:	4505                	li	a0,1
804006fe:	ca02                	sw	zero,20(sp)
80400700:	00002097          	auipc	ra,0x2
80400704:	db2080e7          	jalr	-590(ra) # 804024b2 <uni_unbind_frames>
80400708:	85aa                	mv	a1,a0
8040070a:	80405537          	lui	a0,0x80405
8040070e:	5629                	li	a2,-22
80400710:	36c50513          	add	a0,a0,876 # 8040536c <strnlen+0x7a0>
80400714:	00000097          	auipc	ra,0x0
80400718:	770080e7          	jalr	1904(ra) # 80400e84 <expect>
8040071c:	00002097          	auipc	ra,0x2
80400720:	dae080e7          	jalr	-594(ra) # 804024ca <uni_bound_page_alloc>
80400724:	842a                	mv	s0,a0
80400726:	00a035b3          	snez	a1,a0
8040072a:	80405537          	lui	a0,0x80405
8040072e:	4605                	li	a2,1
80400730:	39850513          	add	a0,a0,920 # 80405398 <strnlen+0x7cc>
80400734:	00000097          	auipc	ra,0x0
80400738:	750080e7          	jalr	1872(ra) # 80400e84 <expect>
8040073c:	8522                	mv	a0,s0
8040073e:	00002097          	auipc	ra,0x2
80400742:	fba080e7          	jalr	-70(ra) # 804026f8 <uni_bound_mfn>
80400746:	87aa                	mv	a5,a0
80400748:	082c                	add	a1,sp,24
8040074a:	4505                	li	a0,1
8040074c:	cc3e                	sw	a5,24(sp)
8040074e:	00002097          	auipc	ra,0x2
80400752:	d64080e7          	jalr	-668(ra) # 804024b2 <uni_unbind_frames>
80400756:	85aa                	mv	a1,a0
80400758:	80405537          	lui	a0,0x80405
8040075c:	5641                	li	a2,-16
8040075e:	3ac50513          	add	a0,a0,940 # 804053ac <strnlen+0x7e0>
80400762:	00000097          	auipc	ra,0x0
80400766:	722080e7          	jalr	1826(ra) # 80400e84 <expect>
8040076a:	8522                	mv	a0,s0
8040076c:	00002097          	auipc	ra,0x2
80400770:	ef0080e7          	jalr	-272(ra) # 8040265c <uni_bound_page_free>
80400774:	85aa                	mv	a1,a0
80400776:	80405537          	lui	a0,0x80405
8040077a:	4601                	li	a2,0
8040077c:	3d450513          	add	a0,a0,980 # 804053d4 <strnlen+0x808>
80400780:	00000097          	auipc	ra,0x0
80400784:	704080e7          	jalr	1796(ra) # 80400e84 <expect>
80400788:	082c                	add	a1,sp,24
8040078a:	4505                	li	a0,1
8040078c:	00002097          	auipc	ra,0x2
80400790:	d26080e7          	jalr	-730(ra) # 804024b2 <uni_unbind_frames>
80400794:	85aa                	mv	a1,a0
80400796:	80405537          	lui	a0,0x80405
8040079a:	5629                	li	a2,-22
8040079c:	3e850513          	add	a0,a0,1000 # 804053e8 <strnlen+0x81c>
804007a0:	00000097          	auipc	ra,0x0
804007a4:	6e4080e7          	jalr	1764(ra) # 80400e84 <expect>
804007a8:	086c                	add	a1,sp,28
804007aa:	4505                	li	a0,1
804007ac:	00002097          	auipc	ra,0x2
804007b0:	cee080e7          	jalr	-786(ra) # 8040249a <uni_bind_frames>
804007b4:	85aa                	mv	a1,a0
804007b6:	80405537          	lui	a0,0x80405
804007ba:	40450513          	add	a0,a0,1028 # 80405404 <strnlen+0x838>
804007be:	4601                	li	a2,0
804007c0:	00000097          	auipc	ra,0x0
804007c4:	6c4080e7          	jalr	1732(ra) # 80400e84 <expect>
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
804007e4:	42050513          	add	a0,a0,1056 # 80405420 <strnlen+0x854>
804007e8:	00000097          	auipc	ra,0x0
804007ec:	69c080e7          	jalr	1692(ra) # 80400e84 <expect>
804007f0:	086c                	add	a1,sp,28
804007f2:	4505                	li	a0,1
804007f4:	00002097          	auipc	ra,0x2
804007f8:	cbe080e7          	jalr	-834(ra) # 804024b2 <uni_unbind_frames>
804007fc:	85aa                	mv	a1,a0
804007fe:	80405537          	lui	a0,0x80405
80400802:	43850513          	add	a0,a0,1080 # 80405438 <strnlen+0x86c>
80400806:	5641                	li	a2,-16
80400808:	00000097          	auipc	ra,0x0
8040080c:	67c080e7          	jalr	1660(ra) # 80400e84 <expect>
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
8040082e:	45850513          	add	a0,a0,1112 # 80405458 <strnlen+0x88c>
80400832:	00000097          	auipc	ra,0x0
80400836:	652080e7          	jalr	1618(ra) # 80400e84 <expect>
8040083a:	086c                	add	a1,sp,28
8040083c:	4505                	li	a0,1
8040083e:	00002097          	auipc	ra,0x2
80400842:	c74080e7          	jalr	-908(ra) # 804024b2 <uni_unbind_frames>
80400846:	85aa                	mv	a1,a0
80400848:	80405537          	lui	a0,0x80405
8040084c:	46450513          	add	a0,a0,1124 # 80405464 <strnlen+0x898>
80400850:	4601                	li	a2,0
80400852:	00000097          	auipc	ra,0x0
80400856:	632080e7          	jalr	1586(ra) # 80400e84 <expect>
8040085a:	450d                	li	a0,3
8040085c:	4585                	li	a1,1
8040085e:	03000893          	li	a7,48
80400862:	00000073          	ecall
80400866:	85aa                	mv	a1,a0
80400868:	80405537          	lui	a0,0x80405
8040086c:	47050513          	add	a0,a0,1136 # 80405470 <strnlen+0x8a4>
80400870:	5629                	li	a2,-22
80400872:	00000097          	auipc	ra,0x0
80400876:	612080e7          	jalr	1554(ra) # 80400e84 <expect>
8040087a:	06300513          	li	a0,99
8040087e:	4581                	li	a1,0
80400880:	03000893          	li	a7,48
80400884:	00000073          	ecall
80400888:	85aa                	mv	a1,a0
8040088a:	80405537          	lui	a0,0x80405
8040088e:	4a450513          	add	a0,a0,1188 # 804054a4 <strnlen+0x8d8>
80400892:	fda00613          	li	a2,-38
80400896:	00000097          	auipc	ra,0x0
8040089a:	5ee080e7          	jalr	1518(ra) # 80400e84 <expect>
8040089e:	4501                	li	a0,0
804008a0:	45c1                	li	a1,16
804008a2:	03000893          	li	a7,48
804008a6:	00000073          	ecall
804008aa:	85aa                	mv	a1,a0
804008ac:	80405537          	lui	a0,0x80405
804008b0:	4c850513          	add	a0,a0,1224 # 804054c8 <strnlen+0x8fc>
804008b4:	5649                	li	a2,-14
804008b6:	00000097          	auipc	ra,0x0
804008ba:	5ce080e7          	jalr	1486(ra) # 80400e84 <expect>
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
804008d8:	4e450513          	add	a0,a0,1252 # 804054e4 <strnlen+0x918>
804008dc:	00000097          	auipc	ra,0x0
804008e0:	5a8080e7          	jalr	1448(ra) # 80400e84 <expect>
804008e4:	80407437          	lui	s0,0x80407
804008e8:	0b042583          	lw	a1,176(s0) # 804070b0 <failures>
804008ec:	80405537          	lui	a0,0x80405
804008f0:	50450513          	add	a0,a0,1284 # 80405504 <strnlen+0x938>
804008f4:	00003097          	auipc	ra,0x3
804008f8:	9dc080e7          	jalr	-1572(ra) # 804032d0 <printf>
804008fc:	0b042483          	lw	s1,176(s0)
80400900:	bafd                	j	804002fe <main+0x25e>
80400902:	9426                	add	s0,s0,s1
80400904:	c72460e3          	bltu	s0,s2,80400564 <main+0x4c4>
80400908:	b9b5                	j	80400584 <main+0x4e4>
8040090a:	80405537          	lui	a0,0x80405
8040090e:	1d850513          	add	a0,a0,472 # 804051d8 <strnlen+0x60c>
80400912:	00003097          	auipc	ra,0x3
80400916:	9be080e7          	jalr	-1602(ra) # 804032d0 <printf>
8040091a:	4485                	li	s1,1
8040091c:	b2cd                	j	804002fe <main+0x25e>
8040091e:	80405537          	lui	a0,0x80405
80400922:	4601                	li	a2,0
80400924:	4581                	li	a1,0
80400926:	23850513          	add	a0,a0,568 # 80405238 <strnlen+0x66c>
8040092a:	00000097          	auipc	ra,0x0
8040092e:	55a080e7          	jalr	1370(ra) # 80400e84 <expect>
80400932:	80407bb7          	lui	s7,0x80407
80400936:	0c8ba783          	lw	a5,200(s7) # 804070c8 <pv_shared_info>
8040093a:	80405537          	lui	a0,0x80405
8040093e:	4601                	li	a2,0
80400940:	1407a583          	lw	a1,320(a5)
80400944:	26850513          	add	a0,a0,616 # 80405268 <strnlen+0x69c>
80400948:	120b0c13          	add	s8,s6,288
8040094c:	00000097          	auipc	ra,0x0
80400950:	538080e7          	jalr	1336(ra) # 80400e84 <expect>
80400954:	006c                	add	a1,sp,12
80400956:	4505                	li	a0,1
80400958:	00002097          	auipc	ra,0x2
8040095c:	b42080e7          	jalr	-1214(ra) # 8040249a <uni_bind_frames>
80400960:	85aa                	mv	a1,a0
80400962:	80405537          	lui	a0,0x80405
80400966:	5651                	li	a2,-12
80400968:	28050513          	add	a0,a0,640 # 80405280 <strnlen+0x6b4>
8040096c:	00000097          	auipc	ra,0x0
80400970:	518080e7          	jalr	1304(ra) # 80400e84 <expect>
80400974:	80405537          	lui	a0,0x80405
80400978:	4605                	li	a2,1
8040097a:	2a450513          	add	a0,a0,676 # 804052a4 <strnlen+0x6d8>
8040097e:	4585                	li	a1,1
80400980:	00000097          	auipc	ra,0x0
80400984:	504080e7          	jalr	1284(ra) # 80400e84 <expect>
80400988:	000c2783          	lw	a5,0(s8)
8040098c:	182c                	add	a1,sp,56
8040098e:	4509                	li	a0,2
80400990:	dc3e                	sw	a5,56(sp)
80400992:	de3e                	sw	a5,60(sp)
80400994:	00002097          	auipc	ra,0x2
80400998:	b1e080e7          	jalr	-1250(ra) # 804024b2 <uni_unbind_frames>
8040099c:	85aa                	mv	a1,a0
8040099e:	80405537          	lui	a0,0x80405
804009a2:	5629                	li	a2,-22
804009a4:	2c450513          	add	a0,a0,708 # 804052c4 <strnlen+0x6f8>
804009a8:	00000097          	auipc	ra,0x0
804009ac:	4dc080e7          	jalr	1244(ra) # 80400e84 <expect>
804009b0:	b1d9                	j	80400676 <main+0x5d6>

804009b2 <console_init>:
804009b2:	1141                	add	sp,sp,-16
804009b4:	804077b7          	lui	a5,0x80407
804009b8:	c422                	sw	s0,8(sp)
804009ba:	0c07a403          	lw	s0,192(a5) # 804070c0 <uni_start_info>
804009be:	c606                	sw	ra,12(sp)
804009c0:	5848                	lw	a0,52(s0)
804009c2:	00001097          	auipc	ra,0x1
804009c6:	91a080e7          	jalr	-1766(ra) # 804012dc <uni_mfn_to_virt>
804009ca:	c939                	beqz	a0,80400a20 <console_init+0x6e>
804009cc:	5c10                	lw	a2,56(s0)
804009ce:	85aa                	mv	a1,a0
804009d0:	804026b7          	lui	a3,0x80402
804009d4:	8041c537          	lui	a0,0x8041c
804009d8:	52450513          	add	a0,a0,1316 # 8041c524 <cons>
804009dc:	a6a68693          	add	a3,a3,-1430 # 80401a6a <pv_block>
804009e0:	00001097          	auipc	ra,0x1
804009e4:	1a2080e7          	jalr	418(ra) # 80401b82 <pvcons_init>
804009e8:	5c08                	lw	a0,56(s0)
804009ea:	804025b7          	lui	a1,0x80402
804009ee:	4601                	li	a2,0
804009f0:	12058593          	add	a1,a1,288 # 80402120 <cons_event>
804009f4:	00001097          	auipc	ra,0x1
804009f8:	edc080e7          	jalr	-292(ra) # 804018d0 <evtchn_bind>
804009fc:	02054a63          	bltz	a0,80400a30 <console_init+0x7e>
80400a00:	4422                	lw	s0,8(sp)
80400a02:	40b2                	lw	ra,12(sp)
80400a04:	804077b7          	lui	a5,0x80407
80400a08:	4705                	li	a4,1
80400a0a:	80402537          	lui	a0,0x80402
80400a0e:	0ce7a823          	sw	a4,208(a5) # 804070d0 <ready>
80400a12:	12250513          	add	a0,a0,290 # 80402122 <uni_console_drain>
80400a16:	0141                	add	sp,sp,16
80400a18:	00000317          	auipc	t1,0x0
80400a1c:	6e030067          	jr	1760(t1) # 804010f8 <uni_at_shutdown>
80400a20:	80406537          	lui	a0,0x80406
80400a24:	aec50513          	add	a0,a0,-1300 # 80405aec <names.0+0x58>
80400a28:	00000097          	auipc	ra,0x0
80400a2c:	720080e7          	jalr	1824(ra) # 80401148 <uni_panic>
80400a30:	80406537          	lui	a0,0x80406
80400a34:	b2050513          	add	a0,a0,-1248 # 80405b20 <names.0+0x8c>
80400a38:	00000097          	auipc	ra,0x0
80400a3c:	710080e7          	jalr	1808(ra) # 80401148 <uni_panic>

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
80400a70:	f84080e7          	jalr	-124(ra) # 804019f0 <evtchn_bind_virq>
80400a74:	02054363          	bltz	a0,80400a9a <time_init+0x5a>
80400a78:	0d442503          	lw	a0,212(s0)
80400a7c:	804025b7          	lui	a1,0x80402
80400a80:	4601                	li	a2,0
80400a82:	16458593          	add	a1,a1,356 # 80402164 <timer_event>
80400a86:	00001097          	auipc	ra,0x1
80400a8a:	e4a080e7          	jalr	-438(ra) # 804018d0 <evtchn_bind>
80400a8e:	00054663          	bltz	a0,80400a9a <time_init+0x5a>
80400a92:	40b2                	lw	ra,12(sp)
80400a94:	4422                	lw	s0,8(sp)
80400a96:	0141                	add	sp,sp,16
80400a98:	8082                	ret
80400a9a:	80406537          	lui	a0,0x80406
80400a9e:	b3c50513          	add	a0,a0,-1220 # 80405b3c <names.0+0xa8>
80400aa2:	00000097          	auipc	ra,0x0
80400aa6:	6a6080e7          	jalr	1702(ra) # 80401148 <uni_panic>

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
80400b32:	ec2080e7          	jalr	-318(ra) # 804019f0 <evtchn_bind_virq>
80400b36:	02054363          	bltz	a0,80400b5c <memory_init+0xb2>
80400b3a:	0e842503          	lw	a0,232(s0)
80400b3e:	804025b7          	lui	a1,0x80402
80400b42:	4601                	li	a2,0
80400b44:	21058593          	add	a1,a1,528 # 80402210 <revoke_event>
80400b48:	00001097          	auipc	ra,0x1
80400b4c:	d88080e7          	jalr	-632(ra) # 804018d0 <evtchn_bind>
80400b50:	00054663          	bltz	a0,80400b5c <memory_init+0xb2>
80400b54:	40b2                	lw	ra,12(sp)
80400b56:	4422                	lw	s0,8(sp)
80400b58:	0141                	add	sp,sp,16
80400b5a:	8082                	ret
80400b5c:	80406537          	lui	a0,0x80406
80400b60:	b8450513          	add	a0,a0,-1148 # 80405b84 <names.0+0xf0>
80400b64:	00000097          	auipc	ra,0x0
80400b68:	5e4080e7          	jalr	1508(ra) # 80401148 <uni_panic>

80400b6c <blk_init>:
80400b6c:	7175                	add	sp,sp,-144
80400b6e:	dcd2                	sw	s4,120(sp)
80400b70:	80407a37          	lui	s4,0x80407
80400b74:	c326                	sw	s1,132(sp)
80400b76:	0c0a2483          	lw	s1,192(s4) # 804070c0 <uni_start_info>
80400b7a:	c706                	sw	ra,140(sp)
80400b7c:	c522                	sw	s0,136(sp)
80400b7e:	54c8                	lw	a0,44(s1)
80400b80:	c14a                	sw	s2,128(sp)
80400b82:	dece                	sw	s3,124(sp)
80400b84:	00000097          	auipc	ra,0x0
80400b88:	758080e7          	jalr	1880(ra) # 804012dc <uni_mfn_to_virt>
80400b8c:	12050a63          	beqz	a0,80400cc0 <blk_init+0x154>
80400b90:	842a                	mv	s0,a0
80400b92:	5888                	lw	a0,48(s1)
80400b94:	804035b7          	lui	a1,0x80403
80400b98:	4601                	li	a2,0
80400b9a:	99658593          	add	a1,a1,-1642 # 80402996 <store_event>
80400b9e:	00001097          	auipc	ra,0x1
80400ba2:	d32080e7          	jalr	-718(ra) # 804018d0 <evtchn_bind>
80400ba6:	10054d63          	bltz	a0,80400cc0 <blk_init+0x154>
80400baa:	5890                	lw	a2,48(s1)
80400bac:	8041e937          	lui	s2,0x8041e
80400bb0:	804029b7          	lui	s3,0x80402
80400bb4:	a6a98693          	add	a3,s3,-1430 # 80401a6a <pv_block>
80400bb8:	85a2                	mv	a1,s0
80400bba:	84890513          	add	a0,s2,-1976 # 8041d848 <store>
80400bbe:	00001097          	auipc	ra,0x1
80400bc2:	42e080e7          	jalr	1070(ra) # 80401fec <xs_init>
80400bc6:	002c                	add	a1,sp,8
80400bc8:	84890513          	add	a0,s2,-1976
80400bcc:	00001097          	auipc	ra,0x1
80400bd0:	b48080e7          	jalr	-1208(ra) # 80401714 <blkfront_probe>
80400bd4:	57f9                	li	a5,-2
80400bd6:	0cf50563          	beq	a0,a5,80400ca0 <blk_init+0x134>
80400bda:	0e054b63          	bltz	a0,80400cd0 <blk_init+0x164>
80400bde:	0068                	add	a0,sp,12
80400be0:	00001097          	auipc	ra,0x1
80400be4:	ea4080e7          	jalr	-348(ra) # 80401a84 <gnttab_setup_frame>
80400be8:	10054c63          	bltz	a0,80400d00 <blk_init+0x194>
80400bec:	00002097          	auipc	ra,0x2
80400bf0:	83c080e7          	jalr	-1988(ra) # 80402428 <uni_page_alloc>
80400bf4:	882a                	mv	a6,a0
80400bf6:	cd4d                	beqz	a0,80400cb0 <blk_init+0x144>
80400bf8:	0c0a2703          	lw	a4,192(s4)
80400bfc:	01655793          	srl	a5,a0,0x16
80400c00:	078a                	sll	a5,a5,0x2
80400c02:	5f54                	lw	a3,60(a4)
80400c04:	00c55713          	srl	a4,a0,0xc
80400c08:	3ff77713          	and	a4,a4,1023
80400c0c:	97b6                	add	a5,a5,a3
80400c0e:	439c                	lw	a5,0(a5)
80400c10:	46b2                	lw	a3,12(sp)
80400c12:	070a                	sll	a4,a4,0x2
80400c14:	83a9                	srl	a5,a5,0xa
80400c16:	06aa                	sll	a3,a3,0xa
80400c18:	07b2                	sll	a5,a5,0xc
80400c1a:	8fd9                	or	a5,a5,a4
80400c1c:	0d76e713          	or	a4,a3,215
80400c20:	66a1                	lui	a3,0x8
80400c22:	c83e                	sw	a5,16(sp)
80400c24:	ca3a                	sw	a4,20(sp)
80400c26:	0808                	add	a0,sp,16
80400c28:	4585                	li	a1,1
80400c2a:	4601                	li	a2,0
80400c2c:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
80400c2e:	4885                	li	a7,1
80400c30:	00000073          	ecall
80400c34:	0a054663          	bltz	a0,80400ce0 <blk_init+0x174>
80400c38:	8542                	mv	a0,a6
80400c3a:	00001097          	auipc	ra,0x1
80400c3e:	ea0080e7          	jalr	-352(ra) # 80401ada <gnttab_init>
80400c42:	00001097          	auipc	ra,0x1
80400c46:	7e6080e7          	jalr	2022(ra) # 80402428 <uni_page_alloc>
80400c4a:	c13d                	beqz	a0,80400cb0 <blk_init+0x144>
80400c4c:	c82a                	sw	a0,16(sp)
80400c4e:	00000097          	auipc	ra,0x0
80400c52:	656080e7          	jalr	1622(ra) # 804012a4 <uni_virt_to_mfn>
80400c56:	ca2a                	sw	a0,20(sp)
80400c58:	0820                	add	s0,sp,24
80400c5a:	00c4                	add	s1,sp,68
80400c5c:	00001097          	auipc	ra,0x1
80400c60:	7cc080e7          	jalr	1996(ra) # 80402428 <uni_page_alloc>
80400c64:	c531                	beqz	a0,80400cb0 <blk_init+0x144>
80400c66:	c008                	sw	a0,0(s0)
80400c68:	00000097          	auipc	ra,0x0
80400c6c:	63c080e7          	jalr	1596(ra) # 804012a4 <uni_virt_to_mfn>
80400c70:	d448                	sw	a0,44(s0)
80400c72:	0411                	add	s0,s0,4
80400c74:	fe8494e3          	bne	s1,s0,80400c5c <blk_init+0xf0>
80400c78:	8041d537          	lui	a0,0x8041d
80400c7c:	a6a98693          	add	a3,s3,-1430
80400c80:	0810                	add	a2,sp,16
80400c82:	84890593          	add	a1,s2,-1976
80400c86:	7c850513          	add	a0,a0,1992 # 8041d7c8 <bf>
80400c8a:	00001097          	auipc	ra,0x1
80400c8e:	a9c080e7          	jalr	-1380(ra) # 80401726 <blkfront_connect>
80400c92:	04054f63          	bltz	a0,80400cf0 <blk_init+0x184>
80400c96:	804077b7          	lui	a5,0x80407
80400c9a:	4705                	li	a4,1
80400c9c:	10e7ae23          	sw	a4,284(a5) # 8040711c <present>
80400ca0:	40ba                	lw	ra,140(sp)
80400ca2:	442a                	lw	s0,136(sp)
80400ca4:	449a                	lw	s1,132(sp)
80400ca6:	490a                	lw	s2,128(sp)
80400ca8:	59f6                	lw	s3,124(sp)
80400caa:	5a66                	lw	s4,120(sp)
80400cac:	6149                	add	sp,sp,144
80400cae:	8082                	ret
80400cb0:	80406537          	lui	a0,0x80406
80400cb4:	c7450513          	add	a0,a0,-908 # 80405c74 <msg.0+0xa4>
80400cb8:	00000097          	auipc	ra,0x0
80400cbc:	490080e7          	jalr	1168(ra) # 80401148 <uni_panic>
80400cc0:	80406537          	lui	a0,0x80406
80400cc4:	bec50513          	add	a0,a0,-1044 # 80405bec <msg.0+0x1c>
80400cc8:	00000097          	auipc	ra,0x0
80400ccc:	480080e7          	jalr	1152(ra) # 80401148 <uni_panic>
80400cd0:	80406537          	lui	a0,0x80406
80400cd4:	c1850513          	add	a0,a0,-1000 # 80405c18 <msg.0+0x48>
80400cd8:	00000097          	auipc	ra,0x0
80400cdc:	470080e7          	jalr	1136(ra) # 80401148 <uni_panic>
80400ce0:	80406537          	lui	a0,0x80406
80400ce4:	c8850513          	add	a0,a0,-888 # 80405c88 <msg.0+0xb8>
80400ce8:	00000097          	auipc	ra,0x0
80400cec:	460080e7          	jalr	1120(ra) # 80401148 <uni_panic>
80400cf0:	80406537          	lui	a0,0x80406
80400cf4:	cb850513          	add	a0,a0,-840 # 80405cb8 <msg.0+0xe8>
80400cf8:	00000097          	auipc	ra,0x0
80400cfc:	450080e7          	jalr	1104(ra) # 80401148 <uni_panic>
80400d00:	80406537          	lui	a0,0x80406
80400d04:	c5050513          	add	a0,a0,-944 # 80405c50 <msg.0+0x80>
80400d08:	00000097          	auipc	ra,0x0
80400d0c:	440080e7          	jalr	1088(ra) # 80401148 <uni_panic>

80400d10 <print_lost>:
80400d10:	1101                	add	sp,sp,-32
80400d12:	c64e                	sw	s3,12(sp)
80400d14:	804079b7          	lui	s3,0x80407
80400d18:	0b49a783          	lw	a5,180(s3) # 804070b4 <nlost>
80400d1c:	ce06                	sw	ra,28(sp)
80400d1e:	cc22                	sw	s0,24(sp)
80400d20:	ca26                	sw	s1,20(sp)
80400d22:	c84a                	sw	s2,16(sp)
80400d24:	c452                	sw	s4,8(sp)
80400d26:	cb85                	beqz	a5,80400d56 <print_lost+0x46>
80400d28:	8040a437          	lui	s0,0x8040a
80400d2c:	892a                	mv	s2,a0
80400d2e:	12040413          	add	s0,s0,288 # 8040a120 <lost>
80400d32:	4481                	li	s1,0
80400d34:	80405a37          	lui	s4,0x80405
80400d38:	4054                	lw	a3,4(s0)
80400d3a:	4010                	lw	a2,0(s0)
80400d3c:	85ca                	mv	a1,s2
80400d3e:	000a0513          	mv	a0,s4
80400d42:	00002097          	auipc	ra,0x2
80400d46:	58e080e7          	jalr	1422(ra) # 804032d0 <printf>
80400d4a:	0b49a783          	lw	a5,180(s3)
80400d4e:	0485                	add	s1,s1,1
80400d50:	0431                	add	s0,s0,12
80400d52:	fef4e3e3          	bltu	s1,a5,80400d38 <print_lost+0x28>
80400d56:	40f2                	lw	ra,28(sp)
80400d58:	4462                	lw	s0,24(sp)
80400d5a:	44d2                	lw	s1,20(sp)
80400d5c:	4942                	lw	s2,16(sp)
80400d5e:	49b2                	lw	s3,12(sp)
80400d60:	4a22                	lw	s4,8(sp)
80400d62:	6105                	add	sp,sp,32
80400d64:	8082                	ret

80400d66 <bind_pages>:
80400d66:	1101                	add	sp,sp,-32
80400d68:	c452                	sw	s4,8(sp)
80400d6a:	8040aa37          	lui	s4,0x8040a
80400d6e:	cc22                	sw	s0,24(sp)
80400d70:	ca26                	sw	s1,20(sp)
80400d72:	c64e                	sw	s3,12(sp)
80400d74:	c256                	sw	s5,4(sp)
80400d76:	c05a                	sw	s6,0(sp)
80400d78:	ce06                	sw	ra,28(sp)
80400d7a:	c84a                	sw	s2,16(sp)
80400d7c:	2a0a0a13          	add	s4,s4,672 # 8040a2a0 <pages>
80400d80:	4981                	li	s3,0
80400d82:	5a0004b7          	lui	s1,0x5a000
80400d86:	40000413          	li	s0,1024
80400d8a:	80405b37          	lui	s6,0x80405
80400d8e:	4aa1                	li	s5,8
80400d90:	00001097          	auipc	ra,0x1
80400d94:	73a080e7          	jalr	1850(ra) # 804024ca <uni_bound_page_alloc>
80400d98:	00aa2023          	sw	a0,0(s4)
80400d9c:	892a                	mv	s2,a0
80400d9e:	cd2d                	beqz	a0,80400e18 <bind_pages+0xb2>
80400da0:	01099593          	sll	a1,s3,0x10
80400da4:	86aa                	mv	a3,a0
80400da6:	4781                	li	a5,0
80400da8:	00b7e733          	or	a4,a5,a1
80400dac:	8f45                	or	a4,a4,s1
80400dae:	c298                	sw	a4,0(a3)
80400db0:	0785                	add	a5,a5,1
80400db2:	0691                	add	a3,a3,4
80400db4:	fe879ae3          	bne	a5,s0,80400da8 <bind_pages+0x42>
80400db8:	854a                	mv	a0,s2
80400dba:	00002097          	auipc	ra,0x2
80400dbe:	93e080e7          	jalr	-1730(ra) # 804026f8 <uni_bound_mfn>
80400dc2:	86aa                	mv	a3,a0
80400dc4:	85ce                	mv	a1,s3
80400dc6:	864a                	mv	a2,s2
80400dc8:	038b0513          	add	a0,s6,56 # 80405038 <strnlen+0x46c>
80400dcc:	0985                	add	s3,s3,1
80400dce:	00002097          	auipc	ra,0x2
80400dd2:	502080e7          	jalr	1282(ra) # 804032d0 <printf>
80400dd6:	0a11                	add	s4,s4,4
80400dd8:	fb599ce3          	bne	s3,s5,80400d90 <bind_pages+0x2a>
80400ddc:	00002097          	auipc	ra,0x2
80400de0:	912080e7          	jalr	-1774(ra) # 804026ee <uni_bound_pages>
80400de4:	804077b7          	lui	a5,0x80407
80400de8:	0c87a783          	lw	a5,200(a5) # 804070c8 <pv_shared_info>
80400dec:	85aa                	mv	a1,a0
80400dee:	80405537          	lui	a0,0x80405
80400df2:	1407a603          	lw	a2,320(a5)
80400df6:	05c50513          	add	a0,a0,92 # 8040505c <strnlen+0x490>
80400dfa:	00002097          	auipc	ra,0x2
80400dfe:	4d6080e7          	jalr	1238(ra) # 804032d0 <printf>
80400e02:	4501                	li	a0,0
80400e04:	40f2                	lw	ra,28(sp)
80400e06:	4462                	lw	s0,24(sp)
80400e08:	44d2                	lw	s1,20(sp)
80400e0a:	4942                	lw	s2,16(sp)
80400e0c:	49b2                	lw	s3,12(sp)
80400e0e:	4a22                	lw	s4,8(sp)
80400e10:	4a92                	lw	s5,4(sp)
80400e12:	4b02                	lw	s6,0(sp)
80400e14:	6105                	add	sp,sp,32
80400e16:	8082                	ret
80400e18:	80405537          	lui	a0,0x80405
80400e1c:	85ce                	mv	a1,s3
80400e1e:	01c50513          	add	a0,a0,28 # 8040501c <strnlen+0x450>
80400e22:	00002097          	auipc	ra,0x2
80400e26:	4ae080e7          	jalr	1198(ra) # 804032d0 <printf>
80400e2a:	557d                	li	a0,-1
80400e2c:	bfe1                	j	80400e04 <bind_pages+0x9e>

80400e2e <hook>:
80400e2e:	804077b7          	lui	a5,0x80407
80400e32:	0b47a683          	lw	a3,180(a5) # 804070b4 <nlost>
80400e36:	477d                	li	a4,31
80400e38:	04d76563          	bltu	a4,a3,80400e82 <hook+0x54>
80400e3c:	0b47ae83          	lw	t4,180(a5)
80400e40:	0b47ae03          	lw	t3,180(a5)
80400e44:	0b47a703          	lw	a4,180(a5)
80400e48:	001e9813          	sll	a6,t4,0x1
80400e4c:	0b47a303          	lw	t1,180(a5)
80400e50:	00171893          	sll	a7,a4,0x1
80400e54:	001e1693          	sll	a3,t3,0x1
80400e58:	98ba                	add	a7,a7,a4
80400e5a:	9876                	add	a6,a6,t4
80400e5c:	96f2                	add	a3,a3,t3
80400e5e:	8040a737          	lui	a4,0x8040a
80400e62:	12070713          	add	a4,a4,288 # 8040a120 <lost>
80400e66:	088a                	sll	a7,a7,0x2
80400e68:	080a                	sll	a6,a6,0x2
80400e6a:	068a                	sll	a3,a3,0x2
80400e6c:	983a                	add	a6,a6,a4
80400e6e:	96ba                	add	a3,a3,a4
80400e70:	9746                	add	a4,a4,a7
80400e72:	00130893          	add	a7,t1,1
80400e76:	00a82023          	sw	a0,0(a6)
80400e7a:	c2cc                	sw	a1,4(a3)
80400e7c:	c710                	sw	a2,8(a4)
80400e7e:	0b17aa23          	sw	a7,180(a5)
80400e82:	8082                	ret

80400e84 <expect>:
80400e84:	87ae                	mv	a5,a1
80400e86:	85aa                	mv	a1,a0
80400e88:	02c78863          	beq	a5,a2,80400eb8 <expect+0x34>
80400e8c:	80405537          	lui	a0,0x80405
80400e90:	1141                	add	sp,sp,-16
80400e92:	86b2                	mv	a3,a2
80400e94:	09050513          	add	a0,a0,144 # 80405090 <strnlen+0x4c4>
80400e98:	863e                	mv	a2,a5
80400e9a:	c606                	sw	ra,12(sp)
80400e9c:	00002097          	auipc	ra,0x2
80400ea0:	434080e7          	jalr	1076(ra) # 804032d0 <printf>
80400ea4:	80407737          	lui	a4,0x80407
80400ea8:	0b072783          	lw	a5,176(a4) # 804070b0 <failures>
80400eac:	40b2                	lw	ra,12(sp)
80400eae:	0785                	add	a5,a5,1
80400eb0:	0af72823          	sw	a5,176(a4)
80400eb4:	0141                	add	sp,sp,16
80400eb6:	8082                	ret
80400eb8:	80405537          	lui	a0,0x80405
80400ebc:	08850513          	add	a0,a0,136 # 80405088 <strnlen+0x4bc>
80400ec0:	00002317          	auipc	t1,0x2
80400ec4:	41030067          	jr	1040(t1) # 804032d0 <printf>

80400ec8 <check_kept.isra.0>:
80400ec8:	8040aeb7          	lui	t4,0x8040a
80400ecc:	2a0e8e93          	add	t4,t4,672 # 8040a2a0 <pages>
80400ed0:	4801                	li	a6,0
80400ed2:	4601                	li	a2,0
80400ed4:	4581                	li	a1,0
80400ed6:	804078b7          	lui	a7,0x80407
80400eda:	5a000337          	lui	t1,0x5a000
80400ede:	40000e13          	li	t3,1024
80400ee2:	8040a2b7          	lui	t0,0x8040a
80400ee6:	6fc1                	lui	t6,0x10
80400ee8:	00080f37          	lui	t5,0x80
80400eec:	0b48a703          	lw	a4,180(a7) # 804070b4 <nlost>
80400ef0:	000ea783          	lw	a5,0(t4)
80400ef4:	cb15                	beqz	a4,80400f28 <check_kept.isra.0+0x60>
80400ef6:	12028713          	add	a4,t0,288 # 8040a120 <lost>
80400efa:	4681                	li	a3,0
80400efc:	a029                	j	80400f06 <check_kept.isra.0+0x3e>
80400efe:	0b48a503          	lw	a0,180(a7)
80400f02:	02a6f363          	bgeu	a3,a0,80400f28 <check_kept.isra.0+0x60>
80400f06:	4308                	lw	a0,0(a4)
80400f08:	0685                	add	a3,a3,1
80400f0a:	0731                	add	a4,a4,12
80400f0c:	fea799e3          	bne	a5,a0,80400efe <check_kept.isra.0+0x36>
80400f10:	987e                	add	a6,a6,t6
80400f12:	0e91                	add	t4,t4,4
80400f14:	fde81ce3          	bne	a6,t5,80400eec <check_kept.isra.0+0x24>
80400f18:	80405537          	lui	a0,0x80405
80400f1c:	0ac50513          	add	a0,a0,172 # 804050ac <strnlen+0x4e0>
80400f20:	00002317          	auipc	t1,0x2
80400f24:	3b030067          	jr	944(t1) # 804032d0 <printf>
80400f28:	0585                	add	a1,a1,1
80400f2a:	4701                	li	a4,0
80400f2c:	a029                	j	80400f36 <check_kept.isra.0+0x6e>
80400f2e:	0705                	add	a4,a4,1
80400f30:	0791                	add	a5,a5,4
80400f32:	01c70963          	beq	a4,t3,80400f44 <check_kept.isra.0+0x7c>
80400f36:	4388                	lw	a0,0(a5)
80400f38:	010766b3          	or	a3,a4,a6
80400f3c:	0066e6b3          	or	a3,a3,t1
80400f40:	fed507e3          	beq	a0,a3,80400f2e <check_kept.isra.0+0x66>
80400f44:	c0070713          	add	a4,a4,-1024
80400f48:	00173713          	seqz	a4,a4
80400f4c:	987e                	add	a6,a6,t6
80400f4e:	963a                	add	a2,a2,a4
80400f50:	0e91                	add	t4,t4,4
80400f52:	f9e81de3          	bne	a6,t5,80400eec <check_kept.isra.0+0x24>
80400f56:	b7c9                	j	80400f18 <check_kept.isra.0+0x50>

80400f58 <uni_trap_entry>:
80400f58:	7175                	add	sp,sp,-144
80400f5a:	c206                	sw	ra,4(sp)
80400f5c:	c60e                	sw	gp,12(sp)
80400f5e:	c812                	sw	tp,16(sp)
80400f60:	ca16                	sw	t0,20(sp)
80400f62:	cc1a                	sw	t1,24(sp)
80400f64:	ce1e                	sw	t2,28(sp)
80400f66:	d022                	sw	s0,32(sp)
80400f68:	d226                	sw	s1,36(sp)
80400f6a:	d42a                	sw	a0,40(sp)
80400f6c:	d62e                	sw	a1,44(sp)
80400f6e:	d832                	sw	a2,48(sp)
80400f70:	da36                	sw	a3,52(sp)
80400f72:	dc3a                	sw	a4,56(sp)
80400f74:	de3e                	sw	a5,60(sp)
80400f76:	c0c2                	sw	a6,64(sp)
80400f78:	c2c6                	sw	a7,68(sp)
80400f7a:	c4ca                	sw	s2,72(sp)
80400f7c:	c6ce                	sw	s3,76(sp)
80400f7e:	c8d2                	sw	s4,80(sp)
80400f80:	cad6                	sw	s5,84(sp)
80400f82:	ccda                	sw	s6,88(sp)
80400f84:	cede                	sw	s7,92(sp)
80400f86:	d0e2                	sw	s8,96(sp)
80400f88:	d2e6                	sw	s9,100(sp)
80400f8a:	d4ea                	sw	s10,104(sp)
80400f8c:	d6ee                	sw	s11,108(sp)
80400f8e:	d8f2                	sw	t3,112(sp)
80400f90:	daf6                	sw	t4,116(sp)
80400f92:	dcfa                	sw	t5,120(sp)
80400f94:	defe                	sw	t6,124(sp)
80400f96:	09010293          	add	t0,sp,144
80400f9a:	c416                	sw	t0,8(sp)
80400f9c:	00006297          	auipc	t0,0x6
80400fa0:	12c2a283          	lw	t0,300(t0) # 804070c8 <pv_shared_info>
80400fa4:	0202a303          	lw	t1,32(t0)
80400fa8:	c11a                	sw	t1,128(sp)
80400faa:	0242a303          	lw	t1,36(t0)
80400fae:	c31a                	sw	t1,132(sp)
80400fb0:	0282a303          	lw	t1,40(t0)
80400fb4:	c51a                	sw	t1,136(sp)
80400fb6:	02c2a303          	lw	t1,44(t0)
80400fba:	c71a                	sw	t1,140(sp)
80400fbc:	850a                	mv	a0,sp
80400fbe:	00000097          	auipc	ra,0x0
80400fc2:	1e4080e7          	jalr	484(ra) # 804011a2 <uni_trap>
80400fc6:	00006297          	auipc	t0,0x6
80400fca:	1022a283          	lw	t0,258(t0) # 804070c8 <pv_shared_info>
80400fce:	430a                	lw	t1,128(sp)
80400fd0:	0262a023          	sw	t1,32(t0)
80400fd4:	433a                	lw	t1,140(sp)
80400fd6:	0262a623          	sw	t1,44(t0)
80400fda:	4316                	lw	t1,68(sp)
80400fdc:	0262ac23          	sw	t1,56(t0)
80400fe0:	4092                	lw	ra,4(sp)
80400fe2:	41b2                	lw	gp,12(sp)
80400fe4:	4242                	lw	tp,16(sp)
80400fe6:	42d2                	lw	t0,20(sp)
80400fe8:	4362                	lw	t1,24(sp)
80400fea:	43f2                	lw	t2,28(sp)
80400fec:	5402                	lw	s0,32(sp)
80400fee:	5492                	lw	s1,36(sp)
80400ff0:	5522                	lw	a0,40(sp)
80400ff2:	55b2                	lw	a1,44(sp)
80400ff4:	5642                	lw	a2,48(sp)
80400ff6:	56d2                	lw	a3,52(sp)
80400ff8:	5762                	lw	a4,56(sp)
80400ffa:	57f2                	lw	a5,60(sp)
80400ffc:	4806                	lw	a6,64(sp)
80400ffe:	4926                	lw	s2,72(sp)
80401000:	49b6                	lw	s3,76(sp)
80401002:	4a46                	lw	s4,80(sp)
80401004:	4ad6                	lw	s5,84(sp)
80401006:	4b66                	lw	s6,88(sp)
80401008:	4bf6                	lw	s7,92(sp)
8040100a:	5c06                	lw	s8,96(sp)
8040100c:	5c96                	lw	s9,100(sp)
8040100e:	5d26                	lw	s10,104(sp)
80401010:	5db6                	lw	s11,108(sp)
80401012:	5e46                	lw	t3,112(sp)
80401014:	5ed6                	lw	t4,116(sp)
80401016:	5f66                	lw	t5,120(sp)
80401018:	5ff6                	lw	t6,124(sp)
8040101a:	6149                	add	sp,sp,144
8040101c:	48dd                	li	a7,23
8040101e:	00000073          	ecall
80401022:	a001                	j	80401022 <uni_trap_entry+0xca>

80401024 <hex>:
80401024:	03000793          	li	a5,48
80401028:	00f50023          	sb	a5,0(a0)
8040102c:	80405637          	lui	a2,0x80405
80401030:	07800793          	li	a5,120
80401034:	00f500a3          	sb	a5,1(a0)
80401038:	00250693          	add	a3,a0,2
8040103c:	4771                	li	a4,28
8040103e:	6a060613          	add	a2,a2,1696 # 804056a0 <strnlen+0xad4>
80401042:	5871                	li	a6,-4
80401044:	00e5d7b3          	srl	a5,a1,a4
80401048:	8bbd                	and	a5,a5,15
8040104a:	97b2                	add	a5,a5,a2
8040104c:	0007c783          	lbu	a5,0(a5)
80401050:	1771                	add	a4,a4,-4
80401052:	0685                	add	a3,a3,1
80401054:	fef68fa3          	sb	a5,-1(a3)
80401058:	ff0716e3          	bne	a4,a6,80401044 <hex+0x20>
8040105c:	00050523          	sb	zero,10(a0)
80401060:	8082                	ret

80401062 <run_hooks>:
80401062:	1141                	add	sp,sp,-16
80401064:	c422                	sw	s0,8(sp)
80401066:	80407437          	lui	s0,0x80407
8040106a:	0bc42783          	lw	a5,188(s0) # 804070bc <nhooks>
8040106e:	c606                	sw	ra,12(sp)
80401070:	c226                	sw	s1,4(sp)
80401072:	c385                	beqz	a5,80401092 <run_hooks+0x30>
80401074:	8041a4b7          	lui	s1,0x8041a
80401078:	2c048493          	add	s1,s1,704 # 8041a2c0 <hooks>
8040107c:	17fd                	add	a5,a5,-1
8040107e:	00279713          	sll	a4,a5,0x2
80401082:	9726                	add	a4,a4,s1
80401084:	4318                	lw	a4,0(a4)
80401086:	0af42e23          	sw	a5,188(s0)
8040108a:	9702                	jalr	a4
8040108c:	0bc42783          	lw	a5,188(s0)
80401090:	f7f5                	bnez	a5,8040107c <run_hooks+0x1a>
80401092:	40b2                	lw	ra,12(sp)
80401094:	4422                	lw	s0,8(sp)
80401096:	4492                	lw	s1,4(sp)
80401098:	0141                	add	sp,sp,16
8040109a:	8082                	ret

8040109c <early_puts>:
8040109c:	00054783          	lbu	a5,0(a0)
804010a0:	872a                	mv	a4,a0
804010a2:	c79d                	beqz	a5,804010d0 <early_puts+0x34>
804010a4:	4781                	li	a5,0
804010a6:	0785                	add	a5,a5,1
804010a8:	00f706b3          	add	a3,a4,a5
804010ac:	0006c683          	lbu	a3,0(a3)
804010b0:	fafd                	bnez	a3,804010a6 <early_puts+0xa>
804010b2:	40000693          	li	a3,1024
804010b6:	4501                	li	a0,0
804010b8:	863a                	mv	a2,a4
804010ba:	48c9                	li	a7,18
804010bc:	85be                	mv	a1,a5
804010be:	00f6f463          	bgeu	a3,a5,804010c6 <early_puts+0x2a>
804010c2:	40000593          	li	a1,1024
804010c6:	00000073          	ecall
804010ca:	8f8d                	sub	a5,a5,a1
804010cc:	972e                	add	a4,a4,a1
804010ce:	f7e5                	bnez	a5,804010b6 <early_puts+0x1a>
804010d0:	8082                	ret

804010d2 <uni_early_write>:
804010d2:	87ae                	mv	a5,a1
804010d4:	872a                	mv	a4,a0
804010d6:	c185                	beqz	a1,804010f6 <uni_early_write+0x24>
804010d8:	40000693          	li	a3,1024
804010dc:	4501                	li	a0,0
804010de:	863a                	mv	a2,a4
804010e0:	48c9                	li	a7,18
804010e2:	85be                	mv	a1,a5
804010e4:	00f6f463          	bgeu	a3,a5,804010ec <uni_early_write+0x1a>
804010e8:	40000593          	li	a1,1024
804010ec:	00000073          	ecall
804010f0:	8f8d                	sub	a5,a5,a1
804010f2:	972e                	add	a4,a4,a1
804010f4:	f7e5                	bnez	a5,804010dc <uni_early_write+0xa>
804010f6:	8082                	ret

804010f8 <uni_at_shutdown>:
804010f8:	804076b7          	lui	a3,0x80407
804010fc:	0bc6a783          	lw	a5,188(a3) # 804070bc <nhooks>
80401100:	4721                	li	a4,8
80401102:	00e78f63          	beq	a5,a4,80401120 <uni_at_shutdown+0x28>
80401106:	8041a737          	lui	a4,0x8041a
8040110a:	00279613          	sll	a2,a5,0x2
8040110e:	2c070713          	add	a4,a4,704 # 8041a2c0 <hooks>
80401112:	0785                	add	a5,a5,1
80401114:	9732                	add	a4,a4,a2
80401116:	c308                	sw	a0,0(a4)
80401118:	0af6ae23          	sw	a5,188(a3)
8040111c:	4501                	li	a0,0
8040111e:	8082                	ret
80401120:	557d                	li	a0,-1
80401122:	8082                	ret

80401124 <uni_poweroff>:
80401124:	1141                	add	sp,sp,-16
80401126:	c422                	sw	s0,8(sp)
80401128:	c606                	sw	ra,12(sp)
8040112a:	842a                	mv	s0,a0
8040112c:	00000097          	auipc	ra,0x0
80401130:	f36080e7          	jalr	-202(ra) # 80401062 <run_hooks>
80401134:	67c1                	lui	a5,0x10
80401136:	00841593          	sll	a1,s0,0x8
8040113a:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040113c:	8dfd                	and	a1,a1,a5
8040113e:	4509                	li	a0,2
80401140:	48f5                	li	a7,29
80401142:	00000073          	ecall
80401146:	bfe5                	j	8040113e <uni_poweroff+0x1a>

80401148 <uni_panic>:
80401148:	804077b7          	lui	a5,0x80407
8040114c:	0b87a703          	lw	a4,184(a5) # 804070b8 <panicking>
80401150:	1141                	add	sp,sp,-16
80401152:	c422                	sw	s0,8(sp)
80401154:	c606                	sw	ra,12(sp)
80401156:	842a                	mv	s0,a0
80401158:	cf0d                	beqz	a4,80401192 <uni_panic+0x4a>
8040115a:	80405537          	lui	a0,0x80405
8040115e:	6b450513          	add	a0,a0,1716 # 804056b4 <strnlen+0xae8>
80401162:	00000097          	auipc	ra,0x0
80401166:	f3a080e7          	jalr	-198(ra) # 8040109c <early_puts>
8040116a:	8522                	mv	a0,s0
8040116c:	00000097          	auipc	ra,0x0
80401170:	f30080e7          	jalr	-208(ra) # 8040109c <early_puts>
80401174:	80405537          	lui	a0,0x80405
80401178:	20450513          	add	a0,a0,516 # 80405204 <strnlen+0x638>
8040117c:	00000097          	auipc	ra,0x0
80401180:	f20080e7          	jalr	-224(ra) # 8040109c <early_puts>
80401184:	4509                	li	a0,2
80401186:	10300593          	li	a1,259
8040118a:	48f5                	li	a7,29
8040118c:	00000073          	ecall
80401190:	bfd5                	j	80401184 <uni_panic+0x3c>
80401192:	4705                	li	a4,1
80401194:	0ae7ac23          	sw	a4,184(a5)
80401198:	00000097          	auipc	ra,0x0
8040119c:	eca080e7          	jalr	-310(ra) # 80401062 <run_hooks>
804011a0:	bf6d                	j	8040115a <uni_panic+0x12>

804011a2 <uni_trap>:
804011a2:	08452703          	lw	a4,132(a0)
804011a6:	800007b7          	lui	a5,0x80000
804011aa:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
804011ac:	00f71663          	bne	a4,a5,804011b8 <uni_trap+0x16>
804011b0:	00000317          	auipc	t1,0x0
804011b4:	74430067          	jr	1860(t1) # 804018f4 <evtchn_do_upcall>
804011b8:	804077b7          	lui	a5,0x80407
804011bc:	0b87a703          	lw	a4,184(a5) # 804070b8 <panicking>
804011c0:	7139                	add	sp,sp,-64
804011c2:	dc22                	sw	s0,56(sp)
804011c4:	de06                	sw	ra,60(sp)
804011c6:	842a                	mv	s0,a0
804011c8:	c771                	beqz	a4,80401294 <uni_trap+0xf2>
804011ca:	80405537          	lui	a0,0x80405
804011ce:	6cc50513          	add	a0,a0,1740 # 804056cc <strnlen+0xb00>
804011d2:	00000097          	auipc	ra,0x0
804011d6:	eca080e7          	jalr	-310(ra) # 8040109c <early_puts>
804011da:	08442703          	lw	a4,132(s0)
804011de:	47bd                	li	a5,15
804011e0:	0ae7e563          	bltu	a5,a4,8040128a <uni_trap+0xe8>
804011e4:	804067b7          	lui	a5,0x80406
804011e8:	070a                	sll	a4,a4,0x2
804011ea:	98878793          	add	a5,a5,-1656 # 80405988 <names.0>
804011ee:	97ba                	add	a5,a5,a4
804011f0:	4388                	lw	a0,0(a5)
804011f2:	00000097          	auipc	ra,0x0
804011f6:	eaa080e7          	jalr	-342(ra) # 8040109c <early_puts>
804011fa:	80405537          	lui	a0,0x80405
804011fe:	6e450513          	add	a0,a0,1764 # 804056e4 <strnlen+0xb18>
80401202:	00000097          	auipc	ra,0x0
80401206:	e9a080e7          	jalr	-358(ra) # 8040109c <early_puts>
8040120a:	08442583          	lw	a1,132(s0)
8040120e:	0068                	add	a0,sp,12
80401210:	00000097          	auipc	ra,0x0
80401214:	e14080e7          	jalr	-492(ra) # 80401024 <hex>
80401218:	00000097          	auipc	ra,0x0
8040121c:	e84080e7          	jalr	-380(ra) # 8040109c <early_puts>
80401220:	80405537          	lui	a0,0x80405
80401224:	6f050513          	add	a0,a0,1776 # 804056f0 <strnlen+0xb24>
80401228:	00000097          	auipc	ra,0x0
8040122c:	e74080e7          	jalr	-396(ra) # 8040109c <early_puts>
80401230:	08042583          	lw	a1,128(s0)
80401234:	0828                	add	a0,sp,24
80401236:	00000097          	auipc	ra,0x0
8040123a:	dee080e7          	jalr	-530(ra) # 80401024 <hex>
8040123e:	00000097          	auipc	ra,0x0
80401242:	e5e080e7          	jalr	-418(ra) # 8040109c <early_puts>
80401246:	80405537          	lui	a0,0x80405
8040124a:	6fc50513          	add	a0,a0,1788 # 804056fc <strnlen+0xb30>
8040124e:	00000097          	auipc	ra,0x0
80401252:	e4e080e7          	jalr	-434(ra) # 8040109c <early_puts>
80401256:	08842583          	lw	a1,136(s0)
8040125a:	1048                	add	a0,sp,36
8040125c:	00000097          	auipc	ra,0x0
80401260:	dc8080e7          	jalr	-568(ra) # 80401024 <hex>
80401264:	00000097          	auipc	ra,0x0
80401268:	e38080e7          	jalr	-456(ra) # 8040109c <early_puts>
8040126c:	80405537          	lui	a0,0x80405
80401270:	20450513          	add	a0,a0,516 # 80405204 <strnlen+0x638>
80401274:	00000097          	auipc	ra,0x0
80401278:	e28080e7          	jalr	-472(ra) # 8040109c <early_puts>
8040127c:	4509                	li	a0,2
8040127e:	10300593          	li	a1,259
80401282:	48f5                	li	a7,29
80401284:	00000073          	ecall
80401288:	bfd5                	j	8040127c <uni_trap+0xda>
8040128a:	80405537          	lui	a0,0x80405
8040128e:	6c450513          	add	a0,a0,1732 # 804056c4 <strnlen+0xaf8>
80401292:	b785                	j	804011f2 <uni_trap+0x50>
80401294:	4705                	li	a4,1
80401296:	0ae7ac23          	sw	a4,184(a5)
8040129a:	00000097          	auipc	ra,0x0
8040129e:	dc8080e7          	jalr	-568(ra) # 80401062 <run_hooks>
804012a2:	b725                	j	804011ca <uni_trap+0x28>

804012a4 <uni_virt_to_mfn>:
804012a4:	800007b7          	lui	a5,0x80000
804012a8:	80407737          	lui	a4,0x80407
804012ac:	0c072703          	lw	a4,192(a4) # 804070c0 <uni_start_info>
804012b0:	97aa                	add	a5,a5,a0
804012b2:	00055b63          	bgez	a0,804012c8 <uni_virt_to_mfn+0x24>
804012b6:	5314                	lw	a3,32(a4)
804012b8:	83b1                	srl	a5,a5,0xc
804012ba:	00d7f763          	bgeu	a5,a3,804012c8 <uni_virt_to_mfn+0x24>
804012be:	4378                	lw	a4,68(a4)
804012c0:	078a                	sll	a5,a5,0x2
804012c2:	97ba                	add	a5,a5,a4
804012c4:	4388                	lw	a0,0(a5)
804012c6:	8082                	ret
804012c8:	80405537          	lui	a0,0x80405
804012cc:	1141                	add	sp,sp,-16
804012ce:	70850513          	add	a0,a0,1800 # 80405708 <strnlen+0xb3c>
804012d2:	c606                	sw	ra,12(sp)
804012d4:	00000097          	auipc	ra,0x0
804012d8:	e74080e7          	jalr	-396(ra) # 80401148 <uni_panic>

804012dc <uni_mfn_to_virt>:
804012dc:	804077b7          	lui	a5,0x80407
804012e0:	0c07a783          	lw	a5,192(a5) # 804070c0 <uni_start_info>
804012e4:	4701                	li	a4,0
804012e6:	0207a803          	lw	a6,32(a5)
804012ea:	43ec                	lw	a1,68(a5)
804012ec:	8642                	mv	a2,a6
804012ee:	a029                	j	804012f8 <uni_mfn_to_virt+0x1c>
804012f0:	4294                	lw	a3,0(a3)
804012f2:	04a6e763          	bltu	a3,a0,80401340 <uni_mfn_to_virt+0x64>
804012f6:	863e                	mv	a2,a5
804012f8:	40e607b3          	sub	a5,a2,a4
804012fc:	8385                	srl	a5,a5,0x1
804012fe:	97ba                	add	a5,a5,a4
80401300:	00279693          	sll	a3,a5,0x2
80401304:	96ae                	add	a3,a3,a1
80401306:	fec765e3          	bltu	a4,a2,804012f0 <uni_mfn_to_virt+0x14>
8040130a:	00e80863          	beq	a6,a4,8040131a <uni_mfn_to_virt+0x3e>
8040130e:	00271793          	sll	a5,a4,0x2
80401312:	97ae                	add	a5,a5,a1
80401314:	439c                	lw	a5,0(a5)
80401316:	00a78f63          	beq	a5,a0,80401334 <uni_mfn_to_virt+0x58>
8040131a:	4701                	li	a4,0
8040131c:	00081663          	bnez	a6,80401328 <uni_mfn_to_virt+0x4c>
80401320:	a01d                	j	80401346 <uni_mfn_to_virt+0x6a>
80401322:	0705                	add	a4,a4,1
80401324:	02e80163          	beq	a6,a4,80401346 <uni_mfn_to_virt+0x6a>
80401328:	419c                	lw	a5,0(a1)
8040132a:	0591                	add	a1,a1,4
8040132c:	fea79be3          	bne	a5,a0,80401322 <uni_mfn_to_virt+0x46>
80401330:	00e80b63          	beq	a6,a4,80401346 <uni_mfn_to_virt+0x6a>
80401334:	0732                	sll	a4,a4,0xc
80401336:	800007b7          	lui	a5,0x80000
8040133a:	00f70533          	add	a0,a4,a5
8040133e:	8082                	ret
80401340:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80401344:	bf55                	j	804012f8 <uni_mfn_to_virt+0x1c>
80401346:	4501                	li	a0,0
80401348:	8082                	ret

8040134a <uni_runtime_start>:
8040134a:	804057b7          	lui	a5,0x80405
8040134e:	1141                	add	sp,sp,-16
80401350:	80407737          	lui	a4,0x80407
80401354:	72c78793          	add	a5,a5,1836 # 8040572c <strnlen+0xb60>
80401358:	c422                	sw	s0,8(sp)
8040135a:	0ca72023          	sw	a0,192(a4) # 804070c0 <uni_start_info>
8040135e:	c606                	sw	ra,12(sp)
80401360:	c226                	sw	s1,4(sp)
80401362:	c04a                	sw	s2,0(sp)
80401364:	842a                	mv	s0,a0
80401366:	01878593          	add	a1,a5,24
8040136a:	872a                	mv	a4,a0
8040136c:	00074603          	lbu	a2,0(a4)
80401370:	0007c683          	lbu	a3,0(a5)
80401374:	0ed61f63          	bne	a2,a3,80401472 <uni_runtime_start+0x128>
80401378:	0785                	add	a5,a5,1
8040137a:	0705                	add	a4,a4,1
8040137c:	feb798e3          	bne	a5,a1,8040136c <uni_runtime_start+0x22>
80401380:	4501                	li	a0,0
80401382:	4581                	li	a1,0
80401384:	48c5                	li	a7,17
80401386:	00000073          	ecall
8040138a:	4785                	li	a5,1
8040138c:	8141                	srl	a0,a0,0x10
8040138e:	10f51263          	bne	a0,a5,80401492 <uni_runtime_start+0x148>
80401392:	4519                	li	a0,6
80401394:	00000073          	ecall
80401398:	8909                	and	a0,a0,2
8040139a:	10050463          	beqz	a0,804014a2 <uni_runtime_start+0x158>
8040139e:	5008                	lw	a0,32(s0)
804013a0:	04042803          	lw	a6,64(s0)
804013a4:	03c42883          	lw	a7,60(s0)
804013a8:	442c                	lw	a1,72(s0)
804013aa:	00080637          	lui	a2,0x80
804013ae:	00c50733          	add	a4,a0,a2
804013b2:	00c81793          	sll	a5,a6,0xc
804013b6:	00c71693          	sll	a3,a4,0xc
804013ba:	01178733          	add	a4,a5,a7
804013be:	0cc59263          	bne	a1,a2,80401482 <uni_runtime_start+0x138>
804013c2:	8041e7b7          	lui	a5,0x8041e
804013c6:	86078793          	add	a5,a5,-1952 # 8041d860 <__bss_end>
804013ca:	0af46c63          	bltu	s0,a5,80401482 <uni_runtime_start+0x138>
804013ce:	0a88ea63          	bltu	a7,s0,80401482 <uni_runtime_start+0x138>
804013d2:	0a080863          	beqz	a6,80401482 <uni_runtime_start+0x138>
804013d6:	0ae6e663          	bltu	a3,a4,80401482 <uni_runtime_start+0x138>
804013da:	0aa5e463          	bltu	a1,a0,80401482 <uni_runtime_start+0x138>
804013de:	5048                	lw	a0,36(s0)
804013e0:	00000097          	auipc	ra,0x0
804013e4:	4c4080e7          	jalr	1220(ra) # 804018a4 <evtchn_init>
804013e8:	80401537          	lui	a0,0x80401
804013ec:	f5850513          	add	a0,a0,-168 # 80400f58 <uni_trap_entry>
804013f0:	4581                	li	a1,0
804013f2:	4891                	li	a7,4
804013f4:	00000073          	ecall
804013f8:	06054563          	bltz	a0,80401462 <uni_runtime_start+0x118>
804013fc:	8041a937          	lui	s2,0x8041a
80401400:	2e090593          	add	a1,s2,736 # 8041a2e0 <cmdline>
80401404:	2e090693          	add	a3,s2,736
80401408:	4781                	li	a5,0
8040140a:	20000613          	li	a2,512
8040140e:	a039                	j	8040141c <uni_runtime_start+0xd2>
80401410:	00e68023          	sb	a4,0(a3)
80401414:	0785                	add	a5,a5,1
80401416:	0685                	add	a3,a3,1
80401418:	00c78763          	beq	a5,a2,80401426 <uni_runtime_start+0xdc>
8040141c:	00f40733          	add	a4,s0,a5
80401420:	04c74703          	lbu	a4,76(a4)
80401424:	f775                	bnez	a4,80401410 <uni_runtime_start+0xc6>
80401426:	97ae                	add	a5,a5,a1
80401428:	80407437          	lui	s0,0x80407
8040142c:	804074b7          	lui	s1,0x80407
80401430:	00078023          	sb	zero,0(a5)
80401434:	0ac48493          	add	s1,s1,172 # 804070ac <__init_array_end>
80401438:	09c40793          	add	a5,s0,156 # 8040709c <__init_array_start>
8040143c:	0097f963          	bgeu	a5,s1,8040144e <uni_runtime_start+0x104>
80401440:	09c40413          	add	s0,s0,156
80401444:	401c                	lw	a5,0(s0)
80401446:	0411                	add	s0,s0,4
80401448:	9782                	jalr	a5
8040144a:	fe946de3          	bltu	s0,s1,80401444 <uni_runtime_start+0xfa>
8040144e:	2e090513          	add	a0,s2,736
80401452:	00001097          	auipc	ra,0x1
80401456:	386080e7          	jalr	902(ra) # 804027d8 <uni_main>
8040145a:	00000097          	auipc	ra,0x0
8040145e:	cca080e7          	jalr	-822(ra) # 80401124 <uni_poweroff>
80401462:	80406537          	lui	a0,0x80406
80401466:	80050513          	add	a0,a0,-2048 # 80405800 <strnlen+0xc34>
8040146a:	00000097          	auipc	ra,0x0
8040146e:	cde080e7          	jalr	-802(ra) # 80401148 <uni_panic>
80401472:	80405537          	lui	a0,0x80405
80401476:	74450513          	add	a0,a0,1860 # 80405744 <strnlen+0xb78>
8040147a:	00000097          	auipc	ra,0x0
8040147e:	cce080e7          	jalr	-818(ra) # 80401148 <uni_panic>
80401482:	80405537          	lui	a0,0x80405
80401486:	7d850513          	add	a0,a0,2008 # 804057d8 <strnlen+0xc0c>
8040148a:	00000097          	auipc	ra,0x0
8040148e:	cbe080e7          	jalr	-834(ra) # 80401148 <uni_panic>
80401492:	80405537          	lui	a0,0x80405
80401496:	77450513          	add	a0,a0,1908 # 80405774 <strnlen+0xba8>
8040149a:	00000097          	auipc	ra,0x0
8040149e:	cae080e7          	jalr	-850(ra) # 80401148 <uni_panic>
804014a2:	80405537          	lui	a0,0x80405
804014a6:	7b050513          	add	a0,a0,1968 # 804057b0 <strnlen+0xbe4>
804014aa:	00000097          	auipc	ra,0x0
804014ae:	c9e080e7          	jalr	-866(ra) # 80401148 <uni_panic>

804014b2 <blkfront_event>:
804014b2:	8082                	ret

804014b4 <wait_response>:
804014b4:	1101                	add	sp,sp,-32
804014b6:	cc22                	sw	s0,24(sp)
804014b8:	ce06                	sw	ra,28(sp)
804014ba:	842a                	mv	s0,a0
804014bc:	401c                	lw	a5,0(s0)
804014be:	0087a803          	lw	a6,8(a5)
804014c2:	0220000f          	fence	r,r
804014c6:	4010                	lw	a2,0(s0)
804014c8:	4418                	lw	a4,8(s0)
804014ca:	02e80863          	beq	a6,a4,804014fa <wait_response+0x46>
804014ce:	445c                	lw	a5,12(s0)
804014d0:	4814                	lw	a3,16(s0)
804014d2:	17fd                	add	a5,a5,-1
804014d4:	8ff9                	and	a5,a5,a4
804014d6:	02d787b3          	mul	a5,a5,a3
804014da:	0705                	add	a4,a4,1
804014dc:	04078793          	add	a5,a5,64
804014e0:	97b2                	add	a5,a5,a2
804014e2:	4394                	lw	a3,0(a5)
804014e4:	0067d503          	lhu	a0,6(a5)
804014e8:	c418                	sw	a4,8(s0)
804014ea:	0542                	sll	a0,a0,0x10
804014ec:	8541                	sra	a0,a0,0x10
804014ee:	fcb69ee3          	bne	a3,a1,804014ca <wait_response+0x16>
804014f2:	40f2                	lw	ra,28(sp)
804014f4:	4462                	lw	s0,24(sp)
804014f6:	6105                	add	sp,sp,32
804014f8:	8082                	ret
804014fa:	4618                	lw	a4,8(a2)
804014fc:	0220000f          	fence	r,r
80401500:	441c                	lw	a5,8(s0)
80401502:	fae79de3          	bne	a5,a4,804014bc <wait_response+0x8>
80401506:	4018                	lw	a4,0(s0)
80401508:	0785                	add	a5,a5,1
8040150a:	c75c                	sw	a5,12(a4)
8040150c:	0330000f          	fence	rw,rw
80401510:	401c                	lw	a5,0(s0)
80401512:	479c                	lw	a5,8(a5)
80401514:	0220000f          	fence	r,r
80401518:	4418                	lw	a4,8(s0)
8040151a:	faf711e3          	bne	a4,a5,804014bc <wait_response+0x8>
8040151e:	5c7c                	lw	a5,124(s0)
80401520:	c62e                	sw	a1,12(sp)
80401522:	9782                	jalr	a5
80401524:	45b2                	lw	a1,12(sp)
80401526:	bf59                	j	804014bc <wait_response+0x8>

80401528 <transfer>:
80401528:	715d                	add	sp,sp,-80
8040152a:	c686                	sw	ra,76(sp)
8040152c:	c4a2                	sw	s0,72(sp)
8040152e:	c2a6                	sw	s1,68(sp)
80401530:	c0ca                	sw	s2,64(sp)
80401532:	de4e                	sw	s3,60(sp)
80401534:	dc52                	sw	s4,56(sp)
80401536:	da56                	sw	s5,52(sp)
80401538:	d85a                	sw	s6,48(sp)
8040153a:	d65e                	sw	s7,44(sp)
8040153c:	d462                	sw	s8,40(sp)
8040153e:	d266                	sw	s9,36(sp)
80401540:	d06a                	sw	s10,32(sp)
80401542:	ce6e                	sw	s11,28(sp)
80401544:	c22e                	sw	a1,4(sp)
80401546:	18060263          	beqz	a2,804016ca <transfer+0x1a2>
8040154a:	04c50793          	add	a5,a0,76
8040154e:	8b32                	mv	s6,a2
80401550:	842a                	mv	s0,a0
80401552:	8bb6                	mv	s7,a3
80401554:	8aba                	mv	s5,a4
80401556:	c43e                	sw	a5,8(sp)
80401558:	4921                	li	s2,8
8040155a:	6985                	lui	s3,0x1
8040155c:	05800793          	li	a5,88
80401560:	8a5a                	mv	s4,s6
80401562:	0167f463          	bgeu	a5,s6,8040156a <transfer+0x42>
80401566:	05800a13          	li	s4,88
8040156a:	007a0493          	add	s1,s4,7
8040156e:	808d                	srl	s1,s1,0x3
80401570:	040a8363          	beqz	s5,804015b6 <transfer+0x8e>
80401574:	00349d93          	sll	s11,s1,0x3
80401578:	02040c13          	add	s8,s0,32
8040157c:	8d56                	mv	s10,s5
8040157e:	41ba0db3          	sub	s11,s4,s11
80401582:	8cd2                	mv	s9,s4
80401584:	85ea                	mv	a1,s10
80401586:	8666                	mv	a2,s9
80401588:	01997363          	bgeu	s2,s9,8040158e <transfer+0x66>
8040158c:	4621                	li	a2,8
8040158e:	000c2503          	lw	a0,0(s8)
80401592:	0626                	sll	a2,a2,0x9
80401594:	1ce1                	add	s9,s9,-8
80401596:	00002097          	auipc	ra,0x2
8040159a:	cfc080e7          	jalr	-772(ra) # 80403292 <memcpy>
8040159e:	0c11                	add	s8,s8,4
804015a0:	9d4e                	add	s10,s10,s3
804015a2:	ff9d91e3          	bne	s11,s9,80401584 <transfer+0x5c>
804015a6:	4458                	lw	a4,12(s0)
804015a8:	441c                	lw	a5,8(s0)
804015aa:	4054                	lw	a3,4(s0)
804015ac:	97ba                	add	a5,a5,a4
804015ae:	00d79a63          	bne	a5,a3,804015c2 <transfer+0x9a>
804015b2:	5c7c                	lw	a5,124(s0)
804015b4:	9782                	jalr	a5
804015b6:	4458                	lw	a4,12(s0)
804015b8:	441c                	lw	a5,8(s0)
804015ba:	4054                	lw	a3,4(s0)
804015bc:	97ba                	add	a5,a5,a4
804015be:	fed78ae3          	beq	a5,a3,804015b2 <transfer+0x8a>
804015c2:	4810                	lw	a2,16(s0)
804015c4:	fff70793          	add	a5,a4,-1
804015c8:	8ff5                	and	a5,a5,a3
804015ca:	02c787b3          	mul	a5,a5,a2
804015ce:	00042803          	lw	a6,0(s0)
804015d2:	05000613          	li	a2,80
804015d6:	4581                	li	a1,0
804015d8:	04078793          	add	a5,a5,64
804015dc:	00f80db3          	add	s11,a6,a5
804015e0:	856e                	mv	a0,s11
804015e2:	00002097          	auipc	ra,0x2
804015e6:	cc6080e7          	jalr	-826(ra) # 804032a8 <memset>
804015ea:	5c2c                	lw	a1,120(s0)
804015ec:	0ff4f713          	zext.b	a4,s1
804015f0:	0722                	sll	a4,a4,0x8
804015f2:	00158693          	add	a3,a1,1
804015f6:	015037b3          	snez	a5,s5
804015fa:	dc34                	sw	a3,120(s0)
804015fc:	8fd9                	or	a5,a5,a4
804015fe:	00fd9023          	sh	a5,0(s11)
80401602:	4792                	lw	a5,4(sp)
80401604:	4522                	lw	a0,8(sp)
80401606:	03848713          	add	a4,s1,56
8040160a:	00fda423          	sw	a5,8(s11)
8040160e:	000d9123          	sh	zero,2(s11)
80401612:	00bda223          	sw	a1,4(s11)
80401616:	00cd8613          	add	a2,s11,12
8040161a:	038d8793          	add	a5,s11,56
8040161e:	00ed8833          	add	a6,s11,a4
80401622:	86d2                	mv	a3,s4
80401624:	00052883          	lw	a7,0(a0)
80401628:	8736                	mv	a4,a3
8040162a:	0511                	add	a0,a0,4
8040162c:	01162023          	sw	a7,0(a2) # 80000 <errno+0x80000>
80401630:	00078023          	sb	zero,0(a5)
80401634:	00d97363          	bgeu	s2,a3,8040163a <transfer+0x112>
80401638:	4721                	li	a4,8
8040163a:	177d                	add	a4,a4,-1
8040163c:	00e785a3          	sb	a4,11(a5)
80401640:	0785                	add	a5,a5,1
80401642:	0611                	add	a2,a2,4
80401644:	16e1                	add	a3,a3,-8
80401646:	fcf81fe3          	bne	a6,a5,80401624 <transfer+0xfc>
8040164a:	405c                	lw	a5,4(s0)
8040164c:	4018                	lw	a4,0(s0)
8040164e:	0785                	add	a5,a5,1
80401650:	c05c                	sw	a5,4(s0)
80401652:	4318                	lw	a4,0(a4)
80401654:	0110000f          	fence	w,w
80401658:	4014                	lw	a3,0(s0)
8040165a:	c29c                	sw	a5,0(a3)
8040165c:	0330000f          	fence	rw,rw
80401660:	4014                	lw	a3,0(s0)
80401662:	40e78733          	sub	a4,a5,a4
80401666:	42d4                	lw	a3,4(a3)
80401668:	8f95                	sub	a5,a5,a3
8040166a:	08e7e063          	bltu	a5,a4,804016ea <transfer+0x1c2>
8040166e:	8522                	mv	a0,s0
80401670:	00000097          	auipc	ra,0x0
80401674:	e44080e7          	jalr	-444(ra) # 804014b4 <wait_response>
80401678:	080b8763          	beqz	s7,80401706 <transfer+0x1de>
8040167c:	e921                	bnez	a0,804016cc <transfer+0x1a4>
8040167e:	048e                	sll	s1,s1,0x3
80401680:	409a0db3          	sub	s11,s4,s1
80401684:	02040d13          	add	s10,s0,32
80401688:	8cde                	mv	s9,s7
8040168a:	84d2                	mv	s1,s4
8040168c:	8566                	mv	a0,s9
8040168e:	8626                	mv	a2,s1
80401690:	00997363          	bgeu	s2,s1,80401696 <transfer+0x16e>
80401694:	4621                	li	a2,8
80401696:	000d2583          	lw	a1,0(s10)
8040169a:	0626                	sll	a2,a2,0x9
8040169c:	14e1                	add	s1,s1,-8
8040169e:	00002097          	auipc	ra,0x2
804016a2:	bf4080e7          	jalr	-1036(ra) # 80403292 <memcpy>
804016a6:	0d11                	add	s10,s10,4
804016a8:	9cce                	add	s9,s9,s3
804016aa:	fe9d91e3          	bne	s11,s1,8040168c <transfer+0x164>
804016ae:	4712                	lw	a4,4(sp)
804016b0:	009a1793          	sll	a5,s4,0x9
804016b4:	414b0b33          	sub	s6,s6,s4
804016b8:	9752                	add	a4,a4,s4
804016ba:	c23a                	sw	a4,4(sp)
804016bc:	9bbe                	add	s7,s7,a5
804016be:	000a8463          	beqz	s5,804016c6 <transfer+0x19e>
804016c2:	0a26                	sll	s4,s4,0x9
804016c4:	9ad2                	add	s5,s5,s4
804016c6:	e80b1be3          	bnez	s6,8040155c <transfer+0x34>
804016ca:	4501                	li	a0,0
804016cc:	40b6                	lw	ra,76(sp)
804016ce:	4426                	lw	s0,72(sp)
804016d0:	4496                	lw	s1,68(sp)
804016d2:	4906                	lw	s2,64(sp)
804016d4:	59f2                	lw	s3,60(sp)
804016d6:	5a62                	lw	s4,56(sp)
804016d8:	5ad2                	lw	s5,52(sp)
804016da:	5b42                	lw	s6,48(sp)
804016dc:	5bb2                	lw	s7,44(sp)
804016de:	5c22                	lw	s8,40(sp)
804016e0:	5c92                	lw	s9,36(sp)
804016e2:	5d02                	lw	s10,32(sp)
804016e4:	4df2                	lw	s11,28(sp)
804016e6:	6161                	add	sp,sp,80
804016e8:	8082                	ret
804016ea:	4848                	lw	a0,20(s0)
804016ec:	c62e                	sw	a1,12(sp)
804016ee:	00000097          	auipc	ra,0x0
804016f2:	2ee080e7          	jalr	750(ra) # 804019dc <evtchn_send>
804016f6:	45b2                	lw	a1,12(sp)
804016f8:	8522                	mv	a0,s0
804016fa:	00000097          	auipc	ra,0x0
804016fe:	dba080e7          	jalr	-582(ra) # 804014b4 <wait_response>
80401702:	f60b9de3          	bnez	s7,8040167c <transfer+0x154>
80401706:	f179                	bnez	a0,804016cc <transfer+0x1a4>
80401708:	4792                	lw	a5,4(sp)
8040170a:	414b0b33          	sub	s6,s6,s4
8040170e:	97d2                	add	a5,a5,s4
80401710:	c23e                	sw	a5,4(sp)
80401712:	b775                	j	804016be <transfer+0x196>

80401714 <blkfront_probe>:
80401714:	862e                	mv	a2,a1
80401716:	804065b7          	lui	a1,0x80406
8040171a:	9c858593          	add	a1,a1,-1592 # 804059c8 <names.0+0x40>
8040171e:	00001317          	auipc	t1,0x1
80401722:	8da30067          	jr	-1830(t1) # 80401ff8 <xs_read_u32>

80401726 <blkfront_connect>:
80401726:	7179                	add	sp,sp,-48
80401728:	d226                	sw	s1,36(sp)
8040172a:	84ae                	mv	s1,a1
8040172c:	804065b7          	lui	a1,0x80406
80401730:	ce4e                	sw	s3,28(sp)
80401732:	cc52                	sw	s4,24(sp)
80401734:	89aa                	mv	s3,a0
80401736:	8a32                	mv	s4,a2
80401738:	9c858593          	add	a1,a1,-1592 # 804059c8 <names.0+0x40>
8040173c:	01c50613          	add	a2,a0,28
80401740:	8526                	mv	a0,s1
80401742:	d422                	sw	s0,40(sp)
80401744:	d606                	sw	ra,44(sp)
80401746:	d04a                	sw	s2,32(sp)
80401748:	ca56                	sw	s5,20(sp)
8040174a:	8436                	mv	s0,a3
8040174c:	00001097          	auipc	ra,0x1
80401750:	8ac080e7          	jalr	-1876(ra) # 80401ff8 <xs_read_u32>
80401754:	0c054b63          	bltz	a0,8040182a <blkfront_connect+0x104>
80401758:	000a2583          	lw	a1,0(s4)
8040175c:	4785                	li	a5,1
8040175e:	06f9ac23          	sw	a5,120(s3) # 1078 <errno+0x1078>
80401762:	0689ae23          	sw	s0,124(s3)
80401766:	c1dc                	sw	a5,4(a1)
80401768:	c5dc                	sw	a5,12(a1)
8040176a:	0005a023          	sw	zero,0(a1)
8040176e:	0005a423          	sw	zero,8(a1)
80401772:	01058793          	add	a5,a1,16
80401776:	04058713          	add	a4,a1,64
8040177a:	0007a023          	sw	zero,0(a5)
8040177e:	0791                	add	a5,a5,4
80401780:	fee79de3          	bne	a5,a4,8040177a <blkfront_connect+0x54>
80401784:	02000793          	li	a5,32
80401788:	00f9a623          	sw	a5,12(s3)
8040178c:	05000793          	li	a5,80
80401790:	00b9a023          	sw	a1,0(s3)
80401794:	0009a223          	sw	zero,4(s3)
80401798:	0009a423          	sw	zero,8(s3)
8040179c:	00f9a823          	sw	a5,16(s3)
804017a0:	008a0413          	add	s0,s4,8
804017a4:	02098913          	add	s2,s3,32
804017a8:	034a0a93          	add	s5,s4,52
804017ac:	401c                	lw	a5,0(s0)
804017ae:	544c                	lw	a1,44(s0)
804017b0:	4601                	li	a2,0
804017b2:	00f92023          	sw	a5,0(s2)
804017b6:	4501                	li	a0,0
804017b8:	00000097          	auipc	ra,0x0
804017bc:	34a080e7          	jalr	842(ra) # 80401b02 <gnttab_grant_access>
804017c0:	0411                	add	s0,s0,4
804017c2:	06054463          	bltz	a0,8040182a <blkfront_connect+0x104>
804017c6:	02a92623          	sw	a0,44(s2)
804017ca:	0911                	add	s2,s2,4
804017cc:	ff5410e3          	bne	s0,s5,804017ac <blkfront_connect+0x86>
804017d0:	004a2583          	lw	a1,4(s4)
804017d4:	4601                	li	a2,0
804017d6:	4501                	li	a0,0
804017d8:	00000097          	auipc	ra,0x0
804017dc:	32a080e7          	jalr	810(ra) # 80401b02 <gnttab_grant_access>
804017e0:	04054563          	bltz	a0,8040182a <blkfront_connect+0x104>
804017e4:	00a9ac23          	sw	a0,24(s3)
804017e8:	01498593          	add	a1,s3,20
804017ec:	4501                	li	a0,0
804017ee:	00000097          	auipc	ra,0x0
804017f2:	23a080e7          	jalr	570(ra) # 80401a28 <evtchn_alloc_unbound>
804017f6:	02054a63          	bltz	a0,8040182a <blkfront_connect+0x104>
804017fa:	0149a503          	lw	a0,20(s3)
804017fe:	804015b7          	lui	a1,0x80401
80401802:	864e                	mv	a2,s3
80401804:	4b258593          	add	a1,a1,1202 # 804014b2 <blkfront_event>
80401808:	00000097          	auipc	ra,0x0
8040180c:	0c8080e7          	jalr	200(ra) # 804018d0 <evtchn_bind>
80401810:	ed09                	bnez	a0,8040182a <blkfront_connect+0x104>
80401812:	0189a603          	lw	a2,24(s3)
80401816:	804065b7          	lui	a1,0x80406
8040181a:	9e058593          	add	a1,a1,-1568 # 804059e0 <names.0+0x58>
8040181e:	8526                	mv	a0,s1
80401820:	00001097          	auipc	ra,0x1
80401824:	8c8080e7          	jalr	-1848(ra) # 804020e8 <xs_write_u32>
80401828:	c911                	beqz	a0,8040183c <blkfront_connect+0x116>
8040182a:	50b2                	lw	ra,44(sp)
8040182c:	5422                	lw	s0,40(sp)
8040182e:	5492                	lw	s1,36(sp)
80401830:	5902                	lw	s2,32(sp)
80401832:	49f2                	lw	s3,28(sp)
80401834:	4a62                	lw	s4,24(sp)
80401836:	4ad2                	lw	s5,20(sp)
80401838:	6145                	add	sp,sp,48
8040183a:	8082                	ret
8040183c:	0149a603          	lw	a2,20(s3)
80401840:	804065b7          	lui	a1,0x80406
80401844:	9f858593          	add	a1,a1,-1544 # 804059f8 <names.0+0x70>
80401848:	8526                	mv	a0,s1
8040184a:	00001097          	auipc	ra,0x1
8040184e:	89e080e7          	jalr	-1890(ra) # 804020e8 <xs_write_u32>
80401852:	fd61                	bnez	a0,8040182a <blkfront_connect+0x104>
80401854:	804065b7          	lui	a1,0x80406
80401858:	460d                	li	a2,3
8040185a:	a1458593          	add	a1,a1,-1516 # 80405a14 <names.0+0x8c>
8040185e:	8526                	mv	a0,s1
80401860:	00001097          	auipc	ra,0x1
80401864:	888080e7          	jalr	-1912(ra) # 804020e8 <xs_write_u32>
80401868:	c602                	sw	zero,12(sp)
8040186a:	f161                	bnez	a0,8040182a <blkfront_connect+0x104>
8040186c:	804065b7          	lui	a1,0x80406
80401870:	0070                	add	a2,sp,12
80401872:	a2858593          	add	a1,a1,-1496 # 80405a28 <names.0+0xa0>
80401876:	8526                	mv	a0,s1
80401878:	00000097          	auipc	ra,0x0
8040187c:	780080e7          	jalr	1920(ra) # 80401ff8 <xs_read_u32>
80401880:	f54d                	bnez	a0,8040182a <blkfront_connect+0x104>
80401882:	4732                	lw	a4,12(sp)
80401884:	4791                	li	a5,4
80401886:	faf702e3          	beq	a4,a5,8040182a <blkfront_connect+0x104>
8040188a:	5529                	li	a0,-22
8040188c:	bf79                	j	8040182a <blkfront_connect+0x104>

8040188e <blkfront_read>:
8040188e:	4701                	li	a4,0
80401890:	00000317          	auipc	t1,0x0
80401894:	c9830067          	jr	-872(t1) # 80401528 <transfer>

80401898 <blkfront_write>:
80401898:	8736                	mv	a4,a3
8040189a:	4681                	li	a3,0
8040189c:	00000317          	auipc	t1,0x0
804018a0:	c8c30067          	jr	-884(t1) # 80401528 <transfer>

804018a4 <evtchn_init>:
804018a4:	80407737          	lui	a4,0x80407
804018a8:	8041a7b7          	lui	a5,0x8041a
804018ac:	4e478793          	add	a5,a5,1252 # 8041a4e4 <handlers>
804018b0:	0ca72423          	sw	a0,200(a4) # 804070c8 <pv_shared_info>
804018b4:	6709                	lui	a4,0x2
804018b6:	973e                	add	a4,a4,a5
804018b8:	0007a023          	sw	zero,0(a5)
804018bc:	0007a223          	sw	zero,4(a5)
804018c0:	07a1                	add	a5,a5,8
804018c2:	fee79be3          	bne	a5,a4,804018b8 <evtchn_init+0x14>
804018c6:	804077b7          	lui	a5,0x80407
804018ca:	0c07a223          	sw	zero,196(a5) # 804070c4 <stray>
804018ce:	8082                	ret

804018d0 <evtchn_bind>:
804018d0:	fff50713          	add	a4,a0,-1
804018d4:	3fe00793          	li	a5,1022
804018d8:	00e7ec63          	bltu	a5,a4,804018f0 <evtchn_bind+0x20>
804018dc:	8041a7b7          	lui	a5,0x8041a
804018e0:	050e                	sll	a0,a0,0x3
804018e2:	4e478793          	add	a5,a5,1252 # 8041a4e4 <handlers>
804018e6:	97aa                	add	a5,a5,a0
804018e8:	c3d0                	sw	a2,4(a5)
804018ea:	c38c                	sw	a1,0(a5)
804018ec:	4501                	li	a0,0
804018ee:	8082                	ret
804018f0:	5529                	li	a0,-22
804018f2:	8082                	ret

804018f4 <evtchn_do_upcall>:
804018f4:	7179                	add	sp,sp,-48
804018f6:	804077b7          	lui	a5,0x80407
804018fa:	c65e                	sw	s7,12(sp)
804018fc:	0c87ab83          	lw	s7,200(a5) # 804070c8 <pv_shared_info>
80401900:	cc52                	sw	s4,24(sp)
80401902:	8041aa37          	lui	s4,0x8041a
80401906:	c85a                	sw	s6,16(sp)
80401908:	c462                	sw	s8,8(sp)
8040190a:	c266                	sw	s9,4(sp)
8040190c:	d606                	sw	ra,44(sp)
8040190e:	d422                	sw	s0,40(sp)
80401910:	d226                	sw	s1,36(sp)
80401912:	d04a                	sw	s2,32(sp)
80401914:	ce4e                	sw	s3,28(sp)
80401916:	ca56                	sw	s5,20(sp)
80401918:	4c81                	li	s9,0
8040191a:	004b8c13          	add	s8,s7,4
8040191e:	4e4a0a13          	add	s4,s4,1252 # 8041a4e4 <handlers>
80401922:	80407b37          	lui	s6,0x80407
80401926:	000b8023          	sb	zero,0(s7)
8040192a:	0330000f          	fence	rw,rw
8040192e:	8ae6                	mv	s5,s9
80401930:	0f50000f          	fence	iorw,ow
80401934:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80401938:	4985                	li	s3,1
8040193a:	080a8163          	beqz	s5,804019bc <evtchn_do_upcall+0xc8>
8040193e:	8556                	mv	a0,s5
80401940:	00001097          	auipc	ra,0x1
80401944:	230080e7          	jalr	560(ra) # 80402b70 <__ctzsi2>
80401948:	01050413          	add	s0,a0,16
8040194c:	040a                	sll	s0,s0,0x2
8040194e:	08040913          	add	s2,s0,128
80401952:	fffa8793          	add	a5,s5,-1
80401956:	00fafab3          	and	s5,s5,a5
8040195a:	945e                	add	s0,s0,s7
8040195c:	995e                	add	s2,s2,s7
8040195e:	00551493          	sll	s1,a0,0x5
80401962:	401c                	lw	a5,0(s0)
80401964:	0ff0000f          	fence
80401968:	00092503          	lw	a0,0(s2)
8040196c:	fff54513          	not	a0,a0
80401970:	8d7d                	and	a0,a0,a5
80401972:	d561                	beqz	a0,8040193a <evtchn_do_upcall+0x46>
80401974:	00001097          	auipc	ra,0x1
80401978:	1fc080e7          	jalr	508(ra) # 80402b70 <__ctzsi2>
8040197c:	00a997b3          	sll	a5,s3,a0
80401980:	fff7c793          	not	a5,a5
80401984:	0f50000f          	fence	iorw,ow
80401988:	64f4202f          	amoand.w.aq	zero,a5,(s0)
8040198c:	9526                	add	a0,a0,s1
8040198e:	00351793          	sll	a5,a0,0x3
80401992:	97d2                	add	a5,a5,s4
80401994:	4398                	lw	a4,0(a5)
80401996:	cf09                	beqz	a4,804019b0 <evtchn_do_upcall+0xbc>
80401998:	43cc                	lw	a1,4(a5)
8040199a:	9702                	jalr	a4
8040199c:	401c                	lw	a5,0(s0)
8040199e:	0ff0000f          	fence
804019a2:	00092503          	lw	a0,0(s2)
804019a6:	fff54513          	not	a0,a0
804019aa:	8d7d                	and	a0,a0,a5
804019ac:	f561                	bnez	a0,80401974 <evtchn_do_upcall+0x80>
804019ae:	b771                	j	8040193a <evtchn_do_upcall+0x46>
804019b0:	0c4b2783          	lw	a5,196(s6) # 804070c4 <stray>
804019b4:	0785                	add	a5,a5,1
804019b6:	0cfb2223          	sw	a5,196(s6)
804019ba:	b765                	j	80401962 <evtchn_do_upcall+0x6e>
804019bc:	000bc783          	lbu	a5,0(s7)
804019c0:	f3bd                	bnez	a5,80401926 <evtchn_do_upcall+0x32>
804019c2:	50b2                	lw	ra,44(sp)
804019c4:	5422                	lw	s0,40(sp)
804019c6:	5492                	lw	s1,36(sp)
804019c8:	5902                	lw	s2,32(sp)
804019ca:	49f2                	lw	s3,28(sp)
804019cc:	4a62                	lw	s4,24(sp)
804019ce:	4ad2                	lw	s5,20(sp)
804019d0:	4b42                	lw	s6,16(sp)
804019d2:	4bb2                	lw	s7,12(sp)
804019d4:	4c22                	lw	s8,8(sp)
804019d6:	4c92                	lw	s9,4(sp)
804019d8:	6145                	add	sp,sp,48
804019da:	8082                	ret

804019dc <evtchn_send>:
804019dc:	1141                	add	sp,sp,-16
804019de:	c62a                	sw	a0,12(sp)
804019e0:	006c                	add	a1,sp,12
804019e2:	4511                	li	a0,4
804019e4:	02000893          	li	a7,32
804019e8:	00000073          	ecall
804019ec:	0141                	add	sp,sp,16
804019ee:	8082                	ret

804019f0 <evtchn_bind_virq>:
804019f0:	1141                	add	sp,sp,-16
804019f2:	86ae                	mv	a3,a1
804019f4:	c22a                	sw	a0,4(sp)
804019f6:	c402                	sw	zero,8(sp)
804019f8:	c602                	sw	zero,12(sp)
804019fa:	4505                	li	a0,1
804019fc:	004c                	add	a1,sp,4
804019fe:	02000893          	li	a7,32
80401a02:	00000073          	ecall
80401a06:	00054b63          	bltz	a0,80401a1c <evtchn_bind_virq+0x2c>
80401a0a:	4732                	lw	a4,12(sp)
80401a0c:	cb11                	beqz	a4,80401a20 <evtchn_bind_virq+0x30>
80401a0e:	c298                	sw	a4,0(a3)
80401a10:	3fe00793          	li	a5,1022
80401a14:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80401a16:	00e7e763          	bltu	a5,a4,80401a24 <evtchn_bind_virq+0x34>
80401a1a:	4501                	li	a0,0
80401a1c:	0141                	add	sp,sp,16
80401a1e:	8082                	ret
80401a20:	872a                	mv	a4,a0
80401a22:	b7f5                	j	80401a0e <evtchn_bind_virq+0x1e>
80401a24:	5529                	li	a0,-22
80401a26:	bfdd                	j	80401a1c <evtchn_bind_virq+0x2c>

80401a28 <evtchn_alloc_unbound>:
80401a28:	77e1                	lui	a5,0xffff8
80401a2a:	1141                	add	sp,sp,-16
80401a2c:	ff07c793          	xor	a5,a5,-16
80401a30:	86ae                	mv	a3,a1
80401a32:	00a11523          	sh	a0,10(sp)
80401a36:	00f11423          	sh	a5,8(sp)
80401a3a:	c602                	sw	zero,12(sp)
80401a3c:	4519                	li	a0,6
80401a3e:	002c                	add	a1,sp,8
80401a40:	02000893          	li	a7,32
80401a44:	00000073          	ecall
80401a48:	00054b63          	bltz	a0,80401a5e <evtchn_alloc_unbound+0x36>
80401a4c:	4732                	lw	a4,12(sp)
80401a4e:	cb11                	beqz	a4,80401a62 <evtchn_alloc_unbound+0x3a>
80401a50:	c298                	sw	a4,0(a3)
80401a52:	3fe00793          	li	a5,1022
80401a56:	177d                	add	a4,a4,-1
80401a58:	00e7e763          	bltu	a5,a4,80401a66 <evtchn_alloc_unbound+0x3e>
80401a5c:	4501                	li	a0,0
80401a5e:	0141                	add	sp,sp,16
80401a60:	8082                	ret
80401a62:	872a                	mv	a4,a0
80401a64:	b7f5                	j	80401a50 <evtchn_alloc_unbound+0x28>
80401a66:	5529                	li	a0,-22
80401a68:	bfdd                	j	80401a5e <evtchn_alloc_unbound+0x36>

80401a6a <pv_block>:
80401a6a:	4505                	li	a0,1
80401a6c:	4581                	li	a1,0
80401a6e:	48f5                	li	a7,29
80401a70:	00000073          	ecall
80401a74:	804077b7          	lui	a5,0x80407
80401a78:	0c87a783          	lw	a5,200(a5) # 804070c8 <pv_shared_info>
80401a7c:	4705                	li	a4,1
80401a7e:	00e780a3          	sb	a4,1(a5)
80401a82:	8082                	ret

80401a84 <gnttab_setup_frame>:
80401a84:	77e1                	lui	a5,0xffff8
80401a86:	1141                	add	sp,sp,-16
80401a88:	ff07c793          	xor	a5,a5,-16
80401a8c:	00f11023          	sh	a5,0(sp)
80401a90:	4785                	li	a5,1
80401a92:	872a                	mv	a4,a0
80401a94:	00011123          	sh	zero,2(sp)
80401a98:	00011423          	sh	zero,8(sp)
80401a9c:	00011523          	sh	zero,10(sp)
80401aa0:	00011623          	sh	zero,12(sp)
80401aa4:	00011723          	sh	zero,14(sp)
80401aa8:	c23e                	sw	a5,4(sp)
80401aaa:	4509                	li	a0,2
80401aac:	858a                	mv	a1,sp
80401aae:	4605                	li	a2,1
80401ab0:	48d1                	li	a7,20
80401ab2:	00000073          	ecall
80401ab6:	00054863          	bltz	a0,80401ac6 <gnttab_setup_frame+0x42>
80401aba:	00811783          	lh	a5,8(sp)
80401abe:	e791                	bnez	a5,80401aca <gnttab_setup_frame+0x46>
80401ac0:	47b2                	lw	a5,12(sp)
80401ac2:	4501                	li	a0,0
80401ac4:	c31c                	sw	a5,0(a4)
80401ac6:	0141                	add	sp,sp,16
80401ac8:	8082                	ret
80401aca:	853e                	mv	a0,a5
80401acc:	0007c363          	bltz	a5,80401ad2 <gnttab_setup_frame+0x4e>
80401ad0:	557d                	li	a0,-1
80401ad2:	0542                	sll	a0,a0,0x10
80401ad4:	8541                	sra	a0,a0,0x10
80401ad6:	0141                	add	sp,sp,16
80401ad8:	8082                	ret

80401ada <gnttab_init>:
80401ada:	8041c7b7          	lui	a5,0x8041c
80401ade:	4e478693          	add	a3,a5,1252 # 8041c4e4 <in_use>
80401ae2:	80407737          	lui	a4,0x80407
80401ae6:	0ca72623          	sw	a0,204(a4) # 804070cc <table>
80401aea:	4e478793          	add	a5,a5,1252
80401aee:	04068713          	add	a4,a3,64
80401af2:	0007a023          	sw	zero,0(a5)
80401af6:	0791                	add	a5,a5,4
80401af8:	fee79de3          	bne	a5,a4,80401af2 <gnttab_init+0x18>
80401afc:	4785                	li	a5,1
80401afe:	c29c                	sw	a5,0(a3)
80401b00:	8082                	ret

80401b02 <gnttab_grant_access>:
80401b02:	8041c7b7          	lui	a5,0x8041c
80401b06:	4e478793          	add	a5,a5,1252 # 8041c4e4 <in_use>
80401b0a:	4394                	lw	a3,0(a5)
80401b0c:	872a                	mv	a4,a0
80401b0e:	4505                	li	a0,1
80401b10:	0026f813          	and	a6,a3,2
80401b14:	02081f63          	bnez	a6,80401b52 <gnttab_grant_access+0x50>
80401b18:	4e21                	li	t3,8
80401b1a:	4309                	li	t1,2
80401b1c:	4881                	li	a7,0
80401b1e:	80407837          	lui	a6,0x80407
80401b22:	0cc82803          	lw	a6,204(a6) # 804070cc <table>
80401b26:	0066e6b3          	or	a3,a3,t1
80401b2a:	97c6                	add	a5,a5,a7
80401b2c:	0742                	sll	a4,a4,0x10
80401b2e:	c394                	sw	a3,0(a5)
80401b30:	8341                	srl	a4,a4,0x10
80401b32:	01c806b3          	add	a3,a6,t3
80401b36:	00e69123          	sh	a4,2(a3)
80401b3a:	c2cc                	sw	a1,4(a3)
80401b3c:	0110000f          	fence	w,w
80401b40:	00163613          	seqz	a2,a2
80401b44:	40c007b3          	neg	a5,a2
80401b48:	9bf1                	and	a5,a5,-4
80401b4a:	0795                	add	a5,a5,5
80401b4c:	00f69023          	sh	a5,0(a3)
80401b50:	8082                	ret
80401b52:	20000e93          	li	t4,512
80401b56:	4e05                	li	t3,1
80401b58:	0505                	add	a0,a0,1
80401b5a:	00555813          	srl	a6,a0,0x5
80401b5e:	00281893          	sll	a7,a6,0x2
80401b62:	011786b3          	add	a3,a5,a7
80401b66:	00ae1333          	sll	t1,t3,a0
80401b6a:	01d50a63          	beq	a0,t4,80401b7e <gnttab_grant_access+0x7c>
80401b6e:	4294                	lw	a3,0(a3)
80401b70:	0066f833          	and	a6,a3,t1
80401b74:	fe0812e3          	bnez	a6,80401b58 <gnttab_grant_access+0x56>
80401b78:	00351e13          	sll	t3,a0,0x3
80401b7c:	b74d                	j	80401b1e <gnttab_grant_access+0x1c>
80401b7e:	5511                	li	a0,-28
80401b80:	8082                	ret

80401b82 <pvcons_init>:
80401b82:	c10c                	sw	a1,0(a0)
80401b84:	c150                	sw	a2,4(a0)
80401b86:	c514                	sw	a3,8(a0)
80401b88:	8082                	ret

80401b8a <pvcons_put>:
80401b8a:	00052803          	lw	a6,0(a0)
80401b8e:	6785                	lui	a5,0x1
80401b90:	00f80733          	add	a4,a6,a5
80401b94:	c0872503          	lw	a0,-1016(a4)
80401b98:	c0c72883          	lw	a7,-1012(a4)
80401b9c:	0330000f          	fence	rw,rw
80401ba0:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80401ba4:	953e                	add	a0,a0,a5
80401ba6:	41150533          	sub	a0,a0,a7
80401baa:	02a7ee63          	bltu	a5,a0,80401be6 <pvcons_put+0x5c>
80401bae:	04a66463          	bltu	a2,a0,80401bf6 <pvcons_put+0x6c>
80401bb2:	c11d                	beqz	a0,80401bd8 <pvcons_put+0x4e>
80401bb4:	872e                	mv	a4,a1
80401bb6:	00a58633          	add	a2,a1,a0
80401bba:	40b885b3          	sub	a1,a7,a1
80401bbe:	00074683          	lbu	a3,0(a4)
80401bc2:	00e587b3          	add	a5,a1,a4
80401bc6:	7ff7f793          	and	a5,a5,2047
80401bca:	97c2                	add	a5,a5,a6
80401bcc:	40d78023          	sb	a3,1024(a5)
80401bd0:	0705                	add	a4,a4,1
80401bd2:	fec716e3          	bne	a4,a2,80401bbe <pvcons_put+0x34>
80401bd6:	98aa                	add	a7,a7,a0
80401bd8:	0110000f          	fence	w,w
80401bdc:	6785                	lui	a5,0x1
80401bde:	983e                	add	a6,a6,a5
80401be0:	c1182623          	sw	a7,-1012(a6)
80401be4:	8082                	ret
80401be6:	4501                	li	a0,0
80401be8:	0110000f          	fence	w,w
80401bec:	6785                	lui	a5,0x1
80401bee:	983e                	add	a6,a6,a5
80401bf0:	c1182623          	sw	a7,-1012(a6)
80401bf4:	8082                	ret
80401bf6:	8532                	mv	a0,a2
80401bf8:	fd55                	bnez	a0,80401bb4 <pvcons_put+0x2a>
80401bfa:	bff9                	j	80401bd8 <pvcons_put+0x4e>

80401bfc <pvcons_write>:
80401bfc:	c621                	beqz	a2,80401c44 <pvcons_write+0x48>
80401bfe:	1141                	add	sp,sp,-16
80401c00:	c422                	sw	s0,8(sp)
80401c02:	c226                	sw	s1,4(sp)
80401c04:	c04a                	sw	s2,0(sp)
80401c06:	c606                	sw	ra,12(sp)
80401c08:	8432                	mv	s0,a2
80401c0a:	892a                	mv	s2,a0
80401c0c:	84ae                	mv	s1,a1
80401c0e:	a021                	j	80401c16 <pvcons_write+0x1a>
80401c10:	00892783          	lw	a5,8(s2)
80401c14:	9782                	jalr	a5
80401c16:	8622                	mv	a2,s0
80401c18:	85a6                	mv	a1,s1
80401c1a:	854a                	mv	a0,s2
80401c1c:	00000097          	auipc	ra,0x0
80401c20:	f6e080e7          	jalr	-146(ra) # 80401b8a <pvcons_put>
80401c24:	87aa                	mv	a5,a0
80401c26:	00492503          	lw	a0,4(s2)
80401c2a:	8c1d                	sub	s0,s0,a5
80401c2c:	94be                	add	s1,s1,a5
80401c2e:	00000097          	auipc	ra,0x0
80401c32:	dae080e7          	jalr	-594(ra) # 804019dc <evtchn_send>
80401c36:	fc69                	bnez	s0,80401c10 <pvcons_write+0x14>
80401c38:	40b2                	lw	ra,12(sp)
80401c3a:	4422                	lw	s0,8(sp)
80401c3c:	4492                	lw	s1,4(sp)
80401c3e:	4902                	lw	s2,0(sp)
80401c40:	0141                	add	sp,sp,16
80401c42:	8082                	ret
80401c44:	8082                	ret

80401c46 <pvcons_drain>:
80401c46:	411c                	lw	a5,0(a0)
80401c48:	1141                	add	sp,sp,-16
80401c4a:	c226                	sw	s1,4(sp)
80401c4c:	6485                	lui	s1,0x1
80401c4e:	97a6                	add	a5,a5,s1
80401c50:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80401c54:	c087a783          	lw	a5,-1016(a5)
80401c58:	c606                	sw	ra,12(sp)
80401c5a:	c422                	sw	s0,8(sp)
80401c5c:	02f70363          	beq	a4,a5,80401c82 <pvcons_drain+0x3c>
80401c60:	842a                	mv	s0,a0
80401c62:	4148                	lw	a0,4(a0)
80401c64:	00000097          	auipc	ra,0x0
80401c68:	d78080e7          	jalr	-648(ra) # 804019dc <evtchn_send>
80401c6c:	a019                	j	80401c72 <pvcons_drain+0x2c>
80401c6e:	441c                	lw	a5,8(s0)
80401c70:	9782                	jalr	a5
80401c72:	401c                	lw	a5,0(s0)
80401c74:	97a6                	add	a5,a5,s1
80401c76:	c0c7a703          	lw	a4,-1012(a5)
80401c7a:	c087a783          	lw	a5,-1016(a5)
80401c7e:	fef718e3          	bne	a4,a5,80401c6e <pvcons_drain+0x28>
80401c82:	40b2                	lw	ra,12(sp)
80401c84:	4422                	lw	s0,8(sp)
80401c86:	4492                	lw	s1,4(sp)
80401c88:	0141                	add	sp,sp,16
80401c8a:	8082                	ret

80401c8c <xs_talk>:
80401c8c:	710d                	add	sp,sp,-352
80401c8e:	15312623          	sw	s3,332(sp)
80401c92:	15412423          	sw	s4,328(sp)
80401c96:	13a12823          	sw	s10,304(sp)
80401c9a:	89be                	mv	s3,a5
80401c9c:	8d36                	mv	s10,a3
80401c9e:	14112e23          	sw	ra,348(sp)
80401ca2:	96be                	add	a3,a3,a5
80401ca4:	14812c23          	sw	s0,344(sp)
80401ca8:	14912a23          	sw	s1,340(sp)
80401cac:	15212823          	sw	s2,336(sp)
80401cb0:	15512223          	sw	s5,324(sp)
80401cb4:	15612023          	sw	s6,320(sp)
80401cb8:	13712e23          	sw	s7,316(sp)
80401cbc:	13812c23          	sw	s8,312(sp)
80401cc0:	13912a23          	sw	s9,308(sp)
80401cc4:	13b12623          	sw	s11,300(sp)
80401cc8:	10000793          	li	a5,256
80401ccc:	00052a03          	lw	s4,0(a0)
80401cd0:	28d7ee63          	bltu	a5,a3,80401f6c <xs_talk+0x2e0>
80401cd4:	451c                	lw	a5,8(a0)
80401cd6:	6485                	lui	s1,0x1
80401cd8:	94d2                	add	s1,s1,s4
80401cda:	0785                	add	a5,a5,1
80401cdc:	c51c                	sw	a5,8(a0)
80401cde:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
80401ce2:	8c3a                	mv	s8,a4
80401ce4:	8004a703          	lw	a4,-2048(s1)
80401ce8:	3f000d93          	li	s11,1008
80401cec:	c23e                	sw	a5,4(sp)
80401cee:	c02e                	sw	a1,0(sp)
80401cf0:	c402                	sw	zero,8(sp)
80401cf2:	c636                	sw	a3,12(sp)
80401cf4:	40dd8db3          	sub	s11,s11,a3
80401cf8:	40eb87b3          	sub	a5,s7,a4
80401cfc:	842a                	mv	s0,a0
80401cfe:	8b2e                	mv	s6,a1
80401d00:	8cb2                	mv	s9,a2
80401d02:	8942                	mv	s2,a6
80401d04:	8ac6                	mv	s5,a7
80401d06:	00fdff63          	bgeu	s11,a5,80401d24 <xs_talk+0x98>
80401d0a:	4048                	lw	a0,4(s0)
80401d0c:	00000097          	auipc	ra,0x0
80401d10:	cd0080e7          	jalr	-816(ra) # 804019dc <evtchn_send>
80401d14:	445c                	lw	a5,12(s0)
80401d16:	9782                	jalr	a5
80401d18:	8004a783          	lw	a5,-2048(s1)
80401d1c:	40fb87b3          	sub	a5,s7,a5
80401d20:	fefde5e3          	bltu	s11,a5,80401d0a <xs_talk+0x7e>
80401d24:	0330000f          	fence	rw,rw
80401d28:	4010                	lw	a2,0(s0)
80401d2a:	870a                	mv	a4,sp
80401d2c:	0804                	add	s1,sp,16
80401d2e:	40eb85b3          	sub	a1,s7,a4
80401d32:	00074683          	lbu	a3,0(a4)
80401d36:	00e587b3          	add	a5,a1,a4
80401d3a:	3ff7f793          	and	a5,a5,1023
80401d3e:	97b2                	add	a5,a5,a2
80401d40:	00d78023          	sb	a3,0(a5)
80401d44:	0705                	add	a4,a4,1
80401d46:	fee496e3          	bne	s1,a4,80401d32 <xs_talk+0xa6>
80401d4a:	419b86b3          	sub	a3,s7,s9
80401d4e:	87e6                	mv	a5,s9
80401d50:	010d0513          	add	a0,s10,16
80401d54:	9cea                	add	s9,s9,s10
80401d56:	06c1                	add	a3,a3,16
80401d58:	0007c703          	lbu	a4,0(a5)
80401d5c:	00f685b3          	add	a1,a3,a5
80401d60:	3ff5f593          	and	a1,a1,1023
80401d64:	95b2                	add	a1,a1,a2
80401d66:	00e58023          	sb	a4,0(a1)
80401d6a:	0785                	add	a5,a5,1
80401d6c:	ff9796e3          	bne	a5,s9,80401d58 <xs_talk+0xcc>
80401d70:	87e2                	mv	a5,s8
80401d72:	9baa                	add	s7,s7,a0
80401d74:	9c4e                	add	s8,s8,s3
80401d76:	40fb85b3          	sub	a1,s7,a5
80401d7a:	00098e63          	beqz	s3,80401d96 <xs_talk+0x10a>
80401d7e:	0007c703          	lbu	a4,0(a5)
80401d82:	00f586b3          	add	a3,a1,a5
80401d86:	3ff6f693          	and	a3,a3,1023
80401d8a:	96b2                	add	a3,a3,a2
80401d8c:	00e68023          	sb	a4,0(a3)
80401d90:	0785                	add	a5,a5,1
80401d92:	ff8796e3          	bne	a5,s8,80401d7e <xs_talk+0xf2>
80401d96:	9bce                	add	s7,s7,s3
80401d98:	0110000f          	fence	w,w
80401d9c:	6d05                	lui	s10,0x1
80401d9e:	9d52                	add	s10,s10,s4
80401da0:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
80401da4:	4048                	lw	a0,4(s0)
80401da6:	00000097          	auipc	ra,0x0
80401daa:	c36080e7          	jalr	-970(ra) # 804019dc <evtchn_send>
80401dae:	808d2503          	lw	a0,-2040(s10)
80401db2:	80cd2683          	lw	a3,-2036(s10)
80401db6:	8e89                	sub	a3,a3,a0
80401db8:	0220000f          	fence	r,r
80401dbc:	40000793          	li	a5,1024
80401dc0:	02d7e963          	bltu	a5,a3,80401df2 <xs_talk+0x166>
80401dc4:	02010c93          	add	s9,sp,32
80401dc8:	4bc1                	li	s7,16
80401dca:	49bd                	li	s3,15
80401dcc:	10000c13          	li	s8,256
80401dd0:	419b8bb3          	sub	s7,s7,s9
80401dd4:	40000a13          	li	s4,1024
80401dd8:	04d9ea63          	bltu	s3,a3,80401e2c <xs_talk+0x1a0>
80401ddc:	445c                	lw	a5,12(s0)
80401dde:	9782                	jalr	a5
80401de0:	808d2503          	lw	a0,-2040(s10)
80401de4:	80cd2683          	lw	a3,-2036(s10)
80401de8:	8e89                	sub	a3,a3,a0
80401dea:	0220000f          	fence	r,r
80401dee:	feda75e3          	bgeu	s4,a3,80401dd8 <xs_talk+0x14c>
80401df2:	5549                	li	a0,-14
80401df4:	15c12083          	lw	ra,348(sp)
80401df8:	15812403          	lw	s0,344(sp)
80401dfc:	15412483          	lw	s1,340(sp)
80401e00:	15012903          	lw	s2,336(sp)
80401e04:	14c12983          	lw	s3,332(sp)
80401e08:	14812a03          	lw	s4,328(sp)
80401e0c:	14412a83          	lw	s5,324(sp)
80401e10:	14012b03          	lw	s6,320(sp)
80401e14:	13c12b83          	lw	s7,316(sp)
80401e18:	13812c03          	lw	s8,312(sp)
80401e1c:	13412c83          	lw	s9,308(sp)
80401e20:	13012d03          	lw	s10,304(sp)
80401e24:	12c12d83          	lw	s11,300(sp)
80401e28:	6135                	add	sp,sp,352
80401e2a:	8082                	ret
80401e2c:	4010                	lw	a2,0(s0)
80401e2e:	8726                	mv	a4,s1
80401e30:	409505b3          	sub	a1,a0,s1
80401e34:	00e587b3          	add	a5,a1,a4
80401e38:	3ff7f793          	and	a5,a5,1023
80401e3c:	97b2                	add	a5,a5,a2
80401e3e:	4007c783          	lbu	a5,1024(a5)
80401e42:	0705                	add	a4,a4,1
80401e44:	fef70fa3          	sb	a5,-1(a4)
80401e48:	ff9716e3          	bne	a4,s9,80401e34 <xs_talk+0x1a8>
80401e4c:	47f2                	lw	a5,28(sp)
80401e4e:	fafc62e3          	bltu	s8,a5,80401df2 <xs_talk+0x166>
80401e52:	01078713          	add	a4,a5,16
80401e56:	f8e6e3e3          	bltu	a3,a4,80401ddc <xs_talk+0x150>
80401e5a:	019785b3          	add	a1,a5,s9
80401e5e:	8766                	mv	a4,s9
80401e60:	00ab86b3          	add	a3,s7,a0
80401e64:	cf89                	beqz	a5,80401e7e <xs_talk+0x1f2>
80401e66:	00e687b3          	add	a5,a3,a4
80401e6a:	3ff7f793          	and	a5,a5,1023
80401e6e:	97b2                	add	a5,a5,a2
80401e70:	4007c783          	lbu	a5,1024(a5)
80401e74:	0705                	add	a4,a4,1
80401e76:	fef70fa3          	sb	a5,-1(a4)
80401e7a:	feb716e3          	bne	a4,a1,80401e66 <xs_talk+0x1da>
80401e7e:	0330000f          	fence	rw,rw
80401e82:	4df2                	lw	s11,28(sp)
80401e84:	010d8793          	add	a5,s11,16
80401e88:	97aa                	add	a5,a5,a0
80401e8a:	80fd2423          	sw	a5,-2040(s10)
80401e8e:	4048                	lw	a0,4(s0)
80401e90:	00000097          	auipc	ra,0x0
80401e94:	b4c080e7          	jalr	-1204(ra) # 804019dc <evtchn_send>
80401e98:	4752                	lw	a4,20(sp)
80401e9a:	4792                	lw	a5,4(sp)
80401e9c:	f4f712e3          	bne	a4,a5,80401de0 <xs_talk+0x154>
80401ea0:	47c2                	lw	a5,16(sp)
80401ea2:	4741                	li	a4,16
80401ea4:	02e78a63          	beq	a5,a4,80401ed8 <xs_talk+0x24c>
80401ea8:	5529                	li	a0,-22
80401eaa:	f56795e3          	bne	a5,s6,80401df4 <xs_talk+0x168>
80401eae:	020d8363          	beqz	s11,80401ed4 <xs_talk+0x248>
80401eb2:	020a8163          	beqz	s5,80401ed4 <xs_talk+0x248>
80401eb6:	fffd8713          	add	a4,s11,-1
80401eba:	974a                	add	a4,a4,s2
80401ebc:	9aca                	add	s5,s5,s2
80401ebe:	a021                	j	80401ec6 <xs_talk+0x23a>
80401ec0:	0905                	add	s2,s2,1
80401ec2:	01590963          	beq	s2,s5,80401ed4 <xs_talk+0x248>
80401ec6:	000cc783          	lbu	a5,0(s9)
80401eca:	0c85                	add	s9,s9,1
80401ecc:	00f90023          	sb	a5,0(s2)
80401ed0:	fee918e3          	bne	s2,a4,80401ec0 <xs_talk+0x234>
80401ed4:	856e                	mv	a0,s11
80401ed6:	bf39                	j	80401df4 <xs_talk+0x168>
80401ed8:	80406337          	lui	t1,0x80406
80401edc:	a9430f13          	add	t5,t1,-1388 # 80405a94 <names.0>
80401ee0:	04500793          	li	a5,69
80401ee4:	a9430313          	add	t1,t1,-1388
80401ee8:	00032583          	lw	a1,0(t1)
80401eec:	4e01                	li	t3,0
80401eee:	4ead                	li	t4,11
80401ef0:	cbb9                	beqz	a5,80401f46 <xs_talk+0x2ba>
80401ef2:	4681                	li	a3,0
80401ef4:	88b6                	mv	a7,a3
80401ef6:	0685                	add	a3,a3,1
80401ef8:	00d587b3          	add	a5,a1,a3
80401efc:	0007c783          	lbu	a5,0(a5)
80401f00:	fbf5                	bnez	a5,80401ef4 <xs_talk+0x268>
80401f02:	020d8763          	beqz	s11,80401f30 <xs_talk+0x2a4>
80401f06:	8666                	mv	a2,s9
80401f08:	a031                	j	80401f14 <xs_talk+0x288>
80401f0a:	02f88f63          	beq	a7,a5,80401f48 <xs_talk+0x2bc>
80401f0e:	02ed8163          	beq	s11,a4,80401f30 <xs_talk+0x2a4>
80401f12:	87ba                	mv	a5,a4
80401f14:	00f58733          	add	a4,a1,a5
80401f18:	00064803          	lbu	a6,0(a2)
80401f1c:	00074503          	lbu	a0,0(a4)
80401f20:	0605                	add	a2,a2,1
80401f22:	00178713          	add	a4,a5,1
80401f26:	fea802e3          	beq	a6,a0,80401f0a <xs_talk+0x27e>
80401f2a:	8736                	mv	a4,a3
80401f2c:	00f68e63          	beq	a3,a5,80401f48 <xs_talk+0x2bc>
80401f30:	0e05                	add	t3,t3,1
80401f32:	0321                	add	t1,t1,8
80401f34:	03de0a63          	beq	t3,t4,80401f68 <xs_talk+0x2dc>
80401f38:	00032783          	lw	a5,0(t1)
80401f3c:	00032583          	lw	a1,0(t1)
80401f40:	0007c783          	lbu	a5,0(a5)
80401f44:	f7dd                	bnez	a5,80401ef2 <xs_talk+0x266>
80401f46:	4701                	li	a4,0
80401f48:	00ed8963          	beq	s11,a4,80401f5a <xs_talk+0x2ce>
80401f4c:	12070793          	add	a5,a4,288
80401f50:	00278733          	add	a4,a5,sp
80401f54:	f0074783          	lbu	a5,-256(a4)
80401f58:	ffe1                	bnez	a5,80401f30 <xs_talk+0x2a4>
80401f5a:	0e0e                	sll	t3,t3,0x3
80401f5c:	9f72                	add	t5,t5,t3
80401f5e:	004f2503          	lw	a0,4(t5) # 80004 <errno+0x80004>
80401f62:	40a00533          	neg	a0,a0
80401f66:	b579                	j	80401df4 <xs_talk+0x168>
80401f68:	5529                	li	a0,-22
80401f6a:	b569                	j	80401df4 <xs_talk+0x168>
80401f6c:	5565                	li	a0,-7
80401f6e:	b559                	j	80401df4 <xs_talk+0x168>

80401f70 <xs_read.part.0>:
80401f70:	1141                	add	sp,sp,-16
80401f72:	c422                	sw	s0,8(sp)
80401f74:	c226                	sw	s1,4(sp)
80401f76:	c606                	sw	ra,12(sp)
80401f78:	0005c783          	lbu	a5,0(a1)
80401f7c:	84b2                	mv	s1,a2
80401f7e:	8436                	mv	s0,a3
80401f80:	c7a5                	beqz	a5,80401fe8 <xs_read.part.0+0x78>
80401f82:	4781                	li	a5,0
80401f84:	833e                	mv	t1,a5
80401f86:	0785                	add	a5,a5,1
80401f88:	00f58733          	add	a4,a1,a5
80401f8c:	00074703          	lbu	a4,0(a4)
80401f90:	fb75                	bnez	a4,80401f84 <xs_read.part.0+0x14>
80401f92:	00230693          	add	a3,t1,2
80401f96:	147d                	add	s0,s0,-1
80401f98:	862e                	mv	a2,a1
80401f9a:	88a2                	mv	a7,s0
80401f9c:	8826                	mv	a6,s1
80401f9e:	4781                	li	a5,0
80401fa0:	4701                	li	a4,0
80401fa2:	4589                	li	a1,2
80401fa4:	00000097          	auipc	ra,0x0
80401fa8:	ce8080e7          	jalr	-792(ra) # 80401c8c <xs_talk>
80401fac:	00054963          	bltz	a0,80401fbe <xs_read.part.0+0x4e>
80401fb0:	87aa                	mv	a5,a0
80401fb2:	02a46463          	bltu	s0,a0,80401fda <xs_read.part.0+0x6a>
80401fb6:	4501                	li	a0,0
80401fb8:	eb81                	bnez	a5,80401fc8 <xs_read.part.0+0x58>
80401fba:	00048023          	sb	zero,0(s1)
80401fbe:	40b2                	lw	ra,12(sp)
80401fc0:	4422                	lw	s0,8(sp)
80401fc2:	4492                	lw	s1,4(sp)
80401fc4:	0141                	add	sp,sp,16
80401fc6:	8082                	ret
80401fc8:	fff78513          	add	a0,a5,-1
80401fcc:	00a48733          	add	a4,s1,a0
80401fd0:	00074683          	lbu	a3,0(a4)
80401fd4:	e699                	bnez	a3,80401fe2 <xs_read.part.0+0x72>
80401fd6:	84ba                	mv	s1,a4
80401fd8:	b7cd                	j	80401fba <xs_read.part.0+0x4a>
80401fda:	87a2                	mv	a5,s0
80401fdc:	4501                	li	a0,0
80401fde:	dff1                	beqz	a5,80401fba <xs_read.part.0+0x4a>
80401fe0:	b7e5                	j	80401fc8 <xs_read.part.0+0x58>
80401fe2:	94be                	add	s1,s1,a5
80401fe4:	853e                	mv	a0,a5
80401fe6:	bfd1                	j	80401fba <xs_read.part.0+0x4a>
80401fe8:	4685                	li	a3,1
80401fea:	b775                	j	80401f96 <xs_read.part.0+0x26>

80401fec <xs_init>:
80401fec:	c10c                	sw	a1,0(a0)
80401fee:	c150                	sw	a2,4(a0)
80401ff0:	00052423          	sw	zero,8(a0)
80401ff4:	c554                	sw	a3,12(a0)
80401ff6:	8082                	ret

80401ff8 <xs_read_u32>:
80401ff8:	1101                	add	sp,sp,-32
80401ffa:	cc22                	sw	s0,24(sp)
80401ffc:	46c1                	li	a3,16
80401ffe:	8432                	mv	s0,a2
80402000:	860a                	mv	a2,sp
80402002:	ce06                	sw	ra,28(sp)
80402004:	00000097          	auipc	ra,0x0
80402008:	f6c080e7          	jalr	-148(ra) # 80401f70 <xs_read.part.0>
8040200c:	06054163          	bltz	a0,8040206e <xs_read_u32+0x76>
80402010:	cd31                	beqz	a0,8040206c <xs_read_u32+0x74>
80402012:	47a9                	li	a5,10
80402014:	04a7cc63          	blt	a5,a0,8040206c <xs_read_u32+0x74>
80402018:	880a                	mv	a6,sp
8040201a:	4881                	li	a7,0
8040201c:	4781                	li	a5,0
8040201e:	4601                	li	a2,0
80402020:	4325                	li	t1,9
80402022:	a029                	j	8040202c <xs_read_u32+0x34>
80402024:	9636                	add	a2,a2,a3
80402026:	0805                	add	a6,a6,1
80402028:	04a8d763          	bge	a7,a0,80402076 <xs_read_u32+0x7e>
8040202c:	01e7d693          	srl	a3,a5,0x1e
80402030:	00279713          	sll	a4,a5,0x2
80402034:	00261593          	sll	a1,a2,0x2
80402038:	97ba                	add	a5,a5,a4
8040203a:	8dd5                	or	a1,a1,a3
8040203c:	00084683          	lbu	a3,0(a6)
80402040:	95b2                	add	a1,a1,a2
80402042:	00e7b733          	sltu	a4,a5,a4
80402046:	972e                	add	a4,a4,a1
80402048:	fd068693          	add	a3,a3,-48
8040204c:	01f7d613          	srl	a2,a5,0x1f
80402050:	0706                	sll	a4,a4,0x1
80402052:	0786                	sll	a5,a5,0x1
80402054:	8f51                	or	a4,a4,a2
80402056:	97b6                	add	a5,a5,a3
80402058:	41f6d613          	sra	a2,a3,0x1f
8040205c:	0ff6f593          	zext.b	a1,a3
80402060:	963a                	add	a2,a2,a4
80402062:	00d7b6b3          	sltu	a3,a5,a3
80402066:	0885                	add	a7,a7,1
80402068:	fab37ee3          	bgeu	t1,a1,80402024 <xs_read_u32+0x2c>
8040206c:	5529                	li	a0,-22
8040206e:	40f2                	lw	ra,28(sp)
80402070:	4462                	lw	s0,24(sp)
80402072:	6105                	add	sp,sp,32
80402074:	8082                	ret
80402076:	fa7d                	bnez	a2,8040206c <xs_read_u32+0x74>
80402078:	40f2                	lw	ra,28(sp)
8040207a:	c01c                	sw	a5,0(s0)
8040207c:	4462                	lw	s0,24(sp)
8040207e:	4501                	li	a0,0
80402080:	6105                	add	sp,sp,32
80402082:	8082                	ret

80402084 <xs_write>:
80402084:	1101                	add	sp,sp,-32
80402086:	ce06                	sw	ra,28(sp)
80402088:	0005c783          	lbu	a5,0(a1)
8040208c:	8732                	mv	a4,a2
8040208e:	c7b9                	beqz	a5,804020dc <xs_write+0x58>
80402090:	4781                	li	a5,0
80402092:	86be                	mv	a3,a5
80402094:	0785                	add	a5,a5,1
80402096:	00f58833          	add	a6,a1,a5
8040209a:	00084803          	lbu	a6,0(a6)
8040209e:	fe081ae3          	bnez	a6,80402092 <xs_write+0xe>
804020a2:	00074783          	lbu	a5,0(a4)
804020a6:	0689                	add	a3,a3,2
804020a8:	cf95                	beqz	a5,804020e4 <xs_write+0x60>
804020aa:	4781                	li	a5,0
804020ac:	0785                	add	a5,a5,1
804020ae:	00f70833          	add	a6,a4,a5
804020b2:	00084803          	lbu	a6,0(a6)
804020b6:	fe081be3          	bnez	a6,804020ac <xs_write+0x28>
804020ba:	00c10813          	add	a6,sp,12
804020be:	862e                	mv	a2,a1
804020c0:	4891                	li	a7,4
804020c2:	45ad                	li	a1,11
804020c4:	00000097          	auipc	ra,0x0
804020c8:	bc8080e7          	jalr	-1080(ra) # 80401c8c <xs_talk>
804020cc:	40f2                	lw	ra,28(sp)
804020ce:	00152793          	slti	a5,a0,1
804020d2:	40f007b3          	neg	a5,a5
804020d6:	8d7d                	and	a0,a0,a5
804020d8:	6105                	add	sp,sp,32
804020da:	8082                	ret
804020dc:	00074783          	lbu	a5,0(a4)
804020e0:	4685                	li	a3,1
804020e2:	f7e1                	bnez	a5,804020aa <xs_write+0x26>
804020e4:	4781                	li	a5,0
804020e6:	bfd1                	j	804020ba <xs_write+0x36>

804020e8 <xs_write_u32>:
804020e8:	1101                	add	sp,sp,-32
804020ea:	87b2                	mv	a5,a2
804020ec:	ce06                	sw	ra,28(sp)
804020ee:	00010723          	sb	zero,14(sp)
804020f2:	00e10613          	add	a2,sp,14
804020f6:	46a9                	li	a3,10
804020f8:	48a5                	li	a7,9
804020fa:	02d7f733          	remu	a4,a5,a3
804020fe:	167d                	add	a2,a2,-1
80402100:	883e                	mv	a6,a5
80402102:	03070713          	add	a4,a4,48
80402106:	00e60023          	sb	a4,0(a2)
8040210a:	02d7d7b3          	divu	a5,a5,a3
8040210e:	ff08e6e3          	bltu	a7,a6,804020fa <xs_write_u32+0x12>
80402112:	00000097          	auipc	ra,0x0
80402116:	f72080e7          	jalr	-142(ra) # 80402084 <xs_write>
8040211a:	40f2                	lw	ra,28(sp)
8040211c:	6105                	add	sp,sp,32
8040211e:	8082                	ret

80402120 <cons_event>:
80402120:	8082                	ret

80402122 <uni_console_drain>:
80402122:	804077b7          	lui	a5,0x80407
80402126:	0d07a783          	lw	a5,208(a5) # 804070d0 <ready>
8040212a:	e391                	bnez	a5,8040212e <uni_console_drain+0xc>
8040212c:	8082                	ret
8040212e:	8041c537          	lui	a0,0x8041c
80402132:	52450513          	add	a0,a0,1316 # 8041c524 <cons>
80402136:	00000317          	auipc	t1,0x0
8040213a:	b1030067          	jr	-1264(t1) # 80401c46 <pvcons_drain>

8040213e <uni_console_write>:
8040213e:	804077b7          	lui	a5,0x80407
80402142:	0d07a703          	lw	a4,208(a5) # 804070d0 <ready>
80402146:	862e                	mv	a2,a1
80402148:	cb11                	beqz	a4,8040215c <uni_console_write+0x1e>
8040214a:	85aa                	mv	a1,a0
8040214c:	8041c537          	lui	a0,0x8041c
80402150:	52450513          	add	a0,a0,1316 # 8041c524 <cons>
80402154:	00000317          	auipc	t1,0x0
80402158:	aa830067          	jr	-1368(t1) # 80401bfc <pvcons_write>
8040215c:	fffff317          	auipc	t1,0xfffff
80402160:	f7630067          	jr	-138(t1) # 804010d2 <uni_early_write>

80402164 <timer_event>:
80402164:	8082                	ret

80402166 <uni_sleep_until>:
80402166:	1141                	add	sp,sp,-16
80402168:	c422                	sw	s0,8(sp)
8040216a:	c226                	sw	s1,4(sp)
8040216c:	c606                	sw	ra,12(sp)
8040216e:	84aa                	mv	s1,a0
80402170:	842e                	mv	s0,a1
80402172:	c81027f3          	rdtimeh	a5
80402176:	c01026f3          	rdtime	a3
8040217a:	c8102773          	rdtimeh	a4
8040217e:	fee79ae3          	bne	a5,a4,80402172 <uni_sleep_until+0xc>
80402182:	0487f163          	bgeu	a5,s0,804021c4 <uni_sleep_until+0x5e>
80402186:	8526                	mv	a0,s1
80402188:	85a2                	mv	a1,s0
8040218a:	48bd                	li	a7,15
8040218c:	00000073          	ecall
80402190:	02054f63          	bltz	a0,804021ce <uni_sleep_until+0x68>
80402194:	c81027f3          	rdtimeh	a5
80402198:	c01026f3          	rdtime	a3
8040219c:	c8102773          	rdtimeh	a4
804021a0:	fee79ae3          	bne	a5,a4,80402194 <uni_sleep_until+0x2e>
804021a4:	0087f763          	bgeu	a5,s0,804021b2 <uni_sleep_until+0x4c>
804021a8:	00000097          	auipc	ra,0x0
804021ac:	8c2080e7          	jalr	-1854(ra) # 80401a6a <pv_block>
804021b0:	b7d5                	j	80402194 <uni_sleep_until+0x2e>
804021b2:	00f41463          	bne	s0,a5,804021ba <uni_sleep_until+0x54>
804021b6:	fe96e9e3          	bltu	a3,s1,804021a8 <uni_sleep_until+0x42>
804021ba:	40b2                	lw	ra,12(sp)
804021bc:	4422                	lw	s0,8(sp)
804021be:	4492                	lw	s1,4(sp)
804021c0:	0141                	add	sp,sp,16
804021c2:	8082                	ret
804021c4:	fef41be3          	bne	s0,a5,804021ba <uni_sleep_until+0x54>
804021c8:	fa96efe3          	bltu	a3,s1,80402186 <uni_sleep_until+0x20>
804021cc:	b7fd                	j	804021ba <uni_sleep_until+0x54>
804021ce:	80406537          	lui	a0,0x80406
804021d2:	b5c50513          	add	a0,a0,-1188 # 80405b5c <names.0+0xc8>
804021d6:	fffff097          	auipc	ra,0xfffff
804021da:	f72080e7          	jalr	-142(ra) # 80401148 <uni_panic>

804021de <uni_sleep_ms>:
804021de:	c81027f3          	rdtimeh	a5
804021e2:	c01025f3          	rdtime	a1
804021e6:	c8102773          	rdtimeh	a4
804021ea:	fee79ae3          	bne	a5,a4,804021de <uni_sleep_ms>
804021ee:	6709                	lui	a4,0x2
804021f0:	71070713          	add	a4,a4,1808 # 2710 <errno+0x2710>
804021f4:	02e506b3          	mul	a3,a0,a4
804021f8:	02e53733          	mulhu	a4,a0,a4
804021fc:	00d58533          	add	a0,a1,a3
80402200:	00b535b3          	sltu	a1,a0,a1
80402204:	97ba                	add	a5,a5,a4
80402206:	95be                	add	a1,a1,a5
80402208:	00000317          	auipc	t1,0x0
8040220c:	f5e30067          	jr	-162(t1) # 80402166 <uni_sleep_until>

80402210 <revoke_event>:
80402210:	7155                	add	sp,sp,-208
80402212:	804077b7          	lui	a5,0x80407
80402216:	dd52                	sw	s4,184(sp)
80402218:	0c87aa03          	lw	s4,200(a5) # 804070c8 <pv_shared_info>
8040221c:	db56                	sw	s5,180(sp)
8040221e:	c786                	sw	ra,204(sp)
80402220:	144a2a83          	lw	s5,324(s4)
80402224:	c5a2                	sw	s0,200(sp)
80402226:	c3a6                	sw	s1,196(sp)
80402228:	c1ca                	sw	s2,192(sp)
8040222a:	df4e                	sw	s3,188(sp)
8040222c:	d95a                	sw	s6,176(sp)
8040222e:	d75e                	sw	s7,172(sp)
80402230:	d562                	sw	s8,168(sp)
80402232:	d366                	sw	s9,164(sp)
80402234:	d16a                	sw	s10,160(sp)
80402236:	cf6e                	sw	s11,156(sp)
80402238:	0220000f          	fence	r,r
8040223c:	80407737          	lui	a4,0x80407
80402240:	0e472783          	lw	a5,228(a4) # 804070e4 <revoke_seen>
80402244:	148a2b83          	lw	s7,328(s4)
80402248:	03578263          	beq	a5,s5,8040226c <revoke_event+0x5c>
8040224c:	8041cdb7          	lui	s11,0x8041c
80402250:	530d8d93          	add	s11,s11,1328 # 8041c530 <revoke_stats>
80402254:	000da783          	lw	a5,0(s11)
80402258:	804076b7          	lui	a3,0x80407
8040225c:	0986a683          	lw	a3,152(a3) # 80407098 <cooperate>
80402260:	0785                	add	a5,a5,1
80402262:	0f572223          	sw	s5,228(a4)
80402266:	00fda023          	sw	a5,0(s11)
8040226a:	e6e9                	bnez	a3,80402334 <revoke_event+0x124>
8040226c:	80407737          	lui	a4,0x80407
80402270:	154a2683          	lw	a3,340(s4)
80402274:	0e072783          	lw	a5,224(a4) # 804070e0 <revoked_seen>
80402278:	08d78f63          	beq	a5,a3,80402316 <revoke_event+0x106>
8040227c:	8041cdb7          	lui	s11,0x8041c
80402280:	530d8d93          	add	s11,s11,1328 # 8041c530 <revoke_stats>
80402284:	008da783          	lw	a5,8(s11)
80402288:	0ed72023          	sw	a3,224(a4)
8040228c:	0785                	add	a5,a5,1
8040228e:	00fda423          	sw	a5,8(s11)
80402292:	0220000f          	fence	r,r
80402296:	158a2b03          	lw	s6,344(s4)
8040229a:	060b0e63          	beqz	s6,80402316 <revoke_event+0x106>
8040229e:	8041cab7          	lui	s5,0x8041c
804022a2:	8041dcb7          	lui	s9,0x8041d
804022a6:	15ca0a13          	add	s4,s4,348
804022aa:	4981                	li	s3,0
804022ac:	544a8a93          	add	s5,s5,1348 # 8041c544 <slot_mfn>
804022b0:	544c8c93          	add	s9,s9,1348 # 8041d544 <argv.1>
804022b4:	80407bb7          	lui	s7,0x80407
804022b8:	80407937          	lui	s2,0x80407
804022bc:	6d05                	lui	s10,0x1
804022be:	000a2c03          	lw	s8,0(s4)
804022c2:	8456                	mv	s0,s5
804022c4:	f00004b7          	lui	s1,0xf0000
804022c8:	a029                	j	804022d2 <revoke_event+0xc2>
804022ca:	0411                	add	s0,s0,4
804022cc:	94ea                	add	s1,s1,s10
804022ce:	028c8c63          	beq	s9,s0,80402306 <revoke_event+0xf6>
804022d2:	401c                	lw	a5,0(s0)
804022d4:	ff879be3          	bne	a5,s8,804022ca <revoke_event+0xba>
804022d8:	0f0ba703          	lw	a4,240(s7) # 804070f0 <slots_used>
804022dc:	010da783          	lw	a5,16(s11)
804022e0:	0ec92683          	lw	a3,236(s2) # 804070ec <revoke_hook>
804022e4:	177d                	add	a4,a4,-1
804022e6:	0785                	add	a5,a5,1
804022e8:	00042023          	sw	zero,0(s0)
804022ec:	0eeba823          	sw	a4,240(s7)
804022f0:	00fda823          	sw	a5,16(s11)
804022f4:	8526                	mv	a0,s1
804022f6:	4605                	li	a2,1
804022f8:	85e2                	mv	a1,s8
804022fa:	dae1                	beqz	a3,804022ca <revoke_event+0xba>
804022fc:	0411                	add	s0,s0,4
804022fe:	9682                	jalr	a3
80402300:	94ea                	add	s1,s1,s10
80402302:	fc8c98e3          	bne	s9,s0,804022d2 <revoke_event+0xc2>
80402306:	0985                	add	s3,s3,1
80402308:	013b0763          	beq	s6,s3,80402316 <revoke_event+0x106>
8040230c:	02000793          	li	a5,32
80402310:	0a11                	add	s4,s4,4
80402312:	faf996e3          	bne	s3,a5,804022be <revoke_event+0xae>
80402316:	40be                	lw	ra,204(sp)
80402318:	442e                	lw	s0,200(sp)
8040231a:	449e                	lw	s1,196(sp)
8040231c:	490e                	lw	s2,192(sp)
8040231e:	59fa                	lw	s3,188(sp)
80402320:	5a6a                	lw	s4,184(sp)
80402322:	5ada                	lw	s5,180(sp)
80402324:	5b4a                	lw	s6,176(sp)
80402326:	5bba                	lw	s7,172(sp)
80402328:	5c2a                	lw	s8,168(sp)
8040232a:	5c9a                	lw	s9,164(sp)
8040232c:	5d0a                	lw	s10,160(sp)
8040232e:	4dfa                	lw	s11,156(sp)
80402330:	6169                	add	sp,sp,208
80402332:	8082                	ret
80402334:	f20b8ce3          	beqz	s7,8040226c <revoke_event+0x5c>
80402338:	8041d937          	lui	s2,0x8041d
8040233c:	6485                	lui	s1,0x1
8040233e:	6b21                	lui	s6,0x8
80402340:	54090913          	add	s2,s2,1344 # 8041d540 <slot_mfn+0xffc>
80402344:	f03ff9b7          	lui	s3,0xf03ff
80402348:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
8040234a:	4401                	li	s0,0
8040234c:	7d7d                	lui	s10,0xfffff
8040234e:	80407e37          	lui	t3,0x80407
80402352:	80407337          	lui	t1,0x80407
80402356:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80402358:	80407cb7          	lui	s9,0x80407
8040235c:	02000813          	li	a6,32
80402360:	00092c03          	lw	s8,0(s2)
80402364:	060c0a63          	beqz	s8,804023d8 <revoke_event+0x1c8>
80402368:	0ece2783          	lw	a5,236(t3) # 804070ec <revoke_hook>
8040236c:	cb99                	beqz	a5,80402382 <revoke_event+0x172>
8040236e:	4601                	li	a2,0
80402370:	85e2                	mv	a1,s8
80402372:	854e                	mv	a0,s3
80402374:	9782                	jalr	a5
80402376:	02000813          	li	a6,32
8040237a:	80407337          	lui	t1,0x80407
8040237e:	80407e37          	lui	t3,0x80407
80402382:	0f432783          	lw	a5,244(t1) # 804070f4 <window_l1>
80402386:	c402                	sw	zero,8(sp)
80402388:	0048                	add	a0,sp,4
8040238a:	07b2                	sll	a5,a5,0xc
8040238c:	8fc5                	or	a5,a5,s1
8040238e:	c23e                	sw	a5,4(sp)
80402390:	4585                	li	a1,1
80402392:	4601                	li	a2,0
80402394:	86da                	mv	a3,s6
80402396:	4885                	li	a7,1
80402398:	00000073          	ecall
8040239c:	ed15                	bnez	a0,804023d8 <revoke_event+0x1c8>
8040239e:	0f0ca703          	lw	a4,240(s9) # 804070f0 <slots_used>
804023a2:	00241793          	sll	a5,s0,0x2
804023a6:	09078793          	add	a5,a5,144
804023aa:	978a                	add	a5,a5,sp
804023ac:	177d                	add	a4,a4,-1
804023ae:	f987a023          	sw	s8,-128(a5)
804023b2:	00092023          	sw	zero,0(s2)
804023b6:	0eeca823          	sw	a4,240(s9)
804023ba:	00140793          	add	a5,s0,1
804023be:	c48d                	beqz	s1,804023e8 <revoke_event+0x1d8>
804023c0:	0377f463          	bgeu	a5,s7,804023e8 <revoke_event+0x1d8>
804023c4:	1971                	add	s2,s2,-4
804023c6:	14f1                	add	s1,s1,-4
804023c8:	99ea                	add	s3,s3,s10
804023ca:	03078063          	beq	a5,a6,804023ea <revoke_event+0x1da>
804023ce:	00092c03          	lw	s8,0(s2)
804023d2:	843e                	mv	s0,a5
804023d4:	f80c1ae3          	bnez	s8,80402368 <revoke_event+0x158>
804023d8:	c499                	beqz	s1,804023e6 <revoke_event+0x1d6>
804023da:	01747663          	bgeu	s0,s7,804023e6 <revoke_event+0x1d6>
804023de:	1971                	add	s2,s2,-4
804023e0:	14f1                	add	s1,s1,-4
804023e2:	99ea                	add	s3,s3,s10
804023e4:	bfb5                	j	80402360 <revoke_event+0x150>
804023e6:	87a2                	mv	a5,s0
804023e8:	cf81                	beqz	a5,80402400 <revoke_event+0x1f0>
804023ea:	0818                	add	a4,sp,16
804023ec:	c23e                	sw	a5,4(sp)
804023ee:	c43a                	sw	a4,8(sp)
804023f0:	c602                	sw	zero,12(sp)
804023f2:	4505                	li	a0,1
804023f4:	004c                	add	a1,sp,4
804023f6:	03000893          	li	a7,48
804023fa:	00000073          	ecall
804023fe:	cd19                	beqz	a0,8040241c <revoke_event+0x20c>
80402400:	450d                	li	a0,3
80402402:	85d6                	mv	a1,s5
80402404:	03000893          	li	a7,48
80402408:	00000073          	ecall
8040240c:	e60510e3          	bnez	a0,8040226c <revoke_event+0x5c>
80402410:	004da783          	lw	a5,4(s11)
80402414:	0785                	add	a5,a5,1
80402416:	00fda223          	sw	a5,4(s11)
8040241a:	bd89                	j	8040226c <revoke_event+0x5c>
8040241c:	00cda703          	lw	a4,12(s11)
80402420:	97ba                	add	a5,a5,a4
80402422:	00fda623          	sw	a5,12(s11)
80402426:	bfe9                	j	80402400 <revoke_event+0x1f0>

80402428 <uni_page_alloc>:
80402428:	1141                	add	sp,sp,-16
8040242a:	804077b7          	lui	a5,0x80407
8040242e:	c422                	sw	s0,8(sp)
80402430:	10c7a403          	lw	s0,268(a5) # 8040710c <free_list>
80402434:	c606                	sw	ra,12(sp)
80402436:	c005                	beqz	s0,80402456 <uni_page_alloc+0x2e>
80402438:	4018                	lw	a4,0(s0)
8040243a:	10e7a623          	sw	a4,268(a5)
8040243e:	6605                	lui	a2,0x1
80402440:	4581                	li	a1,0
80402442:	8522                	mv	a0,s0
80402444:	00001097          	auipc	ra,0x1
80402448:	e64080e7          	jalr	-412(ra) # 804032a8 <memset>
8040244c:	40b2                	lw	ra,12(sp)
8040244e:	8522                	mv	a0,s0
80402450:	4422                	lw	s0,8(sp)
80402452:	0141                	add	sp,sp,16
80402454:	8082                	ret
80402456:	804077b7          	lui	a5,0x80407
8040245a:	804076b7          	lui	a3,0x80407
8040245e:	1087a703          	lw	a4,264(a5) # 80407108 <low_next>
80402462:	1046a683          	lw	a3,260(a3) # 80407104 <low_end>
80402466:	02d76463          	bltu	a4,a3,8040248e <uni_page_alloc+0x66>
8040246a:	80407737          	lui	a4,0x80407
8040246e:	804077b7          	lui	a5,0x80407
80402472:	0f872603          	lw	a2,248(a4) # 804070f8 <top>
80402476:	0fc7a783          	lw	a5,252(a5) # 804070fc <brk>
8040247a:	6685                	lui	a3,0x1
8040247c:	40f607b3          	sub	a5,a2,a5
80402480:	fcd7e6e3          	bltu	a5,a3,8040244c <uni_page_alloc+0x24>
80402484:	40d60433          	sub	s0,a2,a3
80402488:	0e872c23          	sw	s0,248(a4)
8040248c:	bf4d                	j	8040243e <uni_page_alloc+0x16>
8040248e:	843a                	mv	s0,a4
80402490:	6705                	lui	a4,0x1
80402492:	9722                	add	a4,a4,s0
80402494:	10e7a423          	sw	a4,264(a5)
80402498:	b75d                	j	8040243e <uni_page_alloc+0x16>

8040249a <uni_bind_frames>:
8040249a:	1141                	add	sp,sp,-16
8040249c:	c22a                	sw	a0,4(sp)
8040249e:	c42e                	sw	a1,8(sp)
804024a0:	c602                	sw	zero,12(sp)
804024a2:	4501                	li	a0,0
804024a4:	004c                	add	a1,sp,4
804024a6:	03000893          	li	a7,48
804024aa:	00000073          	ecall
804024ae:	0141                	add	sp,sp,16
804024b0:	8082                	ret

804024b2 <uni_unbind_frames>:
804024b2:	1141                	add	sp,sp,-16
804024b4:	c22a                	sw	a0,4(sp)
804024b6:	c42e                	sw	a1,8(sp)
804024b8:	c602                	sw	zero,12(sp)
804024ba:	4505                	li	a0,1
804024bc:	004c                	add	a1,sp,4
804024be:	03000893          	li	a7,48
804024c2:	00000073          	ecall
804024c6:	0141                	add	sp,sp,16
804024c8:	8082                	ret

804024ca <uni_bound_page_alloc>:
804024ca:	7139                	add	sp,sp,-64
804024cc:	da26                	sw	s1,52(sp)
804024ce:	804074b7          	lui	s1,0x80407
804024d2:	0f44a783          	lw	a5,244(s1) # 804070f4 <window_l1>
804024d6:	de06                	sw	ra,60(sp)
804024d8:	dc22                	sw	s0,56(sp)
804024da:	d84a                	sw	s2,48(sp)
804024dc:	d64e                	sw	s3,44(sp)
804024de:	d452                	sw	s4,40(sp)
804024e0:	cfc9                	beqz	a5,8040257a <uni_bound_page_alloc+0xb0>
804024e2:	8041c7b7          	lui	a5,0x8041c
804024e6:	54478813          	add	a6,a5,1348 # 8041c544 <slot_mfn>
804024ea:	4701                	li	a4,0
804024ec:	54478793          	add	a5,a5,1348
804024f0:	40000613          	li	a2,1024
804024f4:	a021                	j	804024fc <uni_bound_page_alloc+0x32>
804024f6:	0705                	add	a4,a4,1 # 1001 <errno+0x1001>
804024f8:	14c70963          	beq	a4,a2,8040264a <uni_bound_page_alloc+0x180>
804024fc:	4394                	lw	a3,0(a5)
804024fe:	0791                	add	a5,a5,4
80402500:	fafd                	bnez	a3,804024f6 <uni_bound_page_alloc+0x2c>
80402502:	4e05                	li	t3,1
80402504:	007c                	add	a5,sp,12
80402506:	ca72                	sw	t3,20(sp)
80402508:	cc3e                	sw	a5,24(sp)
8040250a:	ce02                	sw	zero,28(sp)
8040250c:	4501                	li	a0,0
8040250e:	084c                	add	a1,sp,20
80402510:	03000893          	li	a7,48
80402514:	00000073          	ecall
80402518:	12054963          	bltz	a0,8040264a <uni_bound_page_alloc+0x180>
8040251c:	0f44a683          	lw	a3,244(s1)
80402520:	47b2                	lw	a5,12(sp)
80402522:	00271313          	sll	t1,a4,0x2
80402526:	06b2                	sll	a3,a3,0xc
80402528:	0066e6b3          	or	a3,a3,t1
8040252c:	07aa                	sll	a5,a5,0xa
8040252e:	0d77e793          	or	a5,a5,215
80402532:	ca36                	sw	a3,20(sp)
80402534:	66a1                	lui	a3,0x8
80402536:	852e                	mv	a0,a1
80402538:	cc3e                	sw	a5,24(sp)
8040253a:	4585                	li	a1,1
8040253c:	4601                	li	a2,0
8040253e:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
80402540:	4885                	li	a7,1
80402542:	00000073          	ecall
80402546:	0e054863          	bltz	a0,80402636 <uni_bound_page_alloc+0x16c>
8040254a:	804076b7          	lui	a3,0x80407
8040254e:	0f06a783          	lw	a5,240(a3) # 804070f0 <slots_used>
80402552:	000f0637          	lui	a2,0xf0
80402556:	9732                	add	a4,a4,a2
80402558:	4632                	lw	a2,12(sp)
8040255a:	50f2                	lw	ra,60(sp)
8040255c:	5462                	lw	s0,56(sp)
8040255e:	981a                	add	a6,a6,t1
80402560:	0785                	add	a5,a5,1
80402562:	00c82023          	sw	a2,0(a6)
80402566:	0ef6a823          	sw	a5,240(a3)
8040256a:	54d2                	lw	s1,52(sp)
8040256c:	5942                	lw	s2,48(sp)
8040256e:	59b2                	lw	s3,44(sp)
80402570:	5a22                	lw	s4,40(sp)
80402572:	00c71513          	sll	a0,a4,0xc
80402576:	6121                	add	sp,sp,64
80402578:	8082                	ret
8040257a:	80407a37          	lui	s4,0x80407
8040257e:	0c0a2903          	lw	s2,192(s4) # 804070c0 <uni_start_info>
80402582:	000807b7          	lui	a5,0x80
80402586:	f0000737          	lui	a4,0xf0000
8040258a:	02092683          	lw	a3,32(s2)
8040258e:	97b6                	add	a5,a5,a3
80402590:	07b2                	sll	a5,a5,0xc
80402592:	0af76c63          	bltu	a4,a5,8040264a <uni_bound_page_alloc+0x180>
80402596:	00000097          	auipc	ra,0x0
8040259a:	e92080e7          	jalr	-366(ra) # 80402428 <uni_page_alloc>
8040259e:	842a                	mv	s0,a0
804025a0:	c54d                	beqz	a0,8040264a <uni_bound_page_alloc+0x180>
804025a2:	fffff097          	auipc	ra,0xfffff
804025a6:	d02080e7          	jalr	-766(ra) # 804012a4 <uni_virt_to_mfn>
804025aa:	0c0a2703          	lw	a4,192(s4)
804025ae:	01645793          	srl	a5,s0,0x16
804025b2:	078a                	sll	a5,a5,0x2
804025b4:	5f58                	lw	a4,60(a4)
804025b6:	8031                	srl	s0,s0,0xc
804025b8:	3ff47413          	and	s0,s0,1023
804025bc:	97ba                	add	a5,a5,a4
804025be:	439c                	lw	a5,0(a5)
804025c0:	00a51a13          	sll	s4,a0,0xa
804025c4:	040a                	sll	s0,s0,0x2
804025c6:	83a9                	srl	a5,a5,0xa
804025c8:	07b2                	sll	a5,a5,0xc
804025ca:	8fc1                	or	a5,a5,s0
804025cc:	053a6713          	or	a4,s4,83
804025d0:	6421                	lui	s0,0x8
804025d2:	89aa                	mv	s3,a0
804025d4:	ca3e                	sw	a5,20(sp)
804025d6:	cc3a                	sw	a4,24(sp)
804025d8:	0848                	add	a0,sp,20
804025da:	4585                	li	a1,1
804025dc:	4601                	li	a2,0
804025de:	ff040693          	add	a3,s0,-16 # 7ff0 <errno+0x7ff0>
804025e2:	4885                	li	a7,1
804025e4:	00000073          	ecall
804025e8:	06054163          	bltz	a0,8040264a <uni_bound_page_alloc+0x180>
804025ec:	c602                	sw	zero,12(sp)
804025ee:	c84e                	sw	s3,16(sp)
804025f0:	0068                	add	a0,sp,12
804025f2:	48e9                	li	a7,26
804025f4:	00000073          	ecall
804025f8:	04054963          	bltz	a0,8040264a <uni_bound_page_alloc+0x180>
804025fc:	03c92503          	lw	a0,60(s2)
80402600:	001a6a13          	or	s4,s4,1
80402604:	fffff097          	auipc	ra,0xfffff
80402608:	ca0080e7          	jalr	-864(ra) # 804012a4 <uni_virt_to_mfn>
8040260c:	6705                	lui	a4,0x1
8040260e:	00c51793          	sll	a5,a0,0xc
80402612:	f0070713          	add	a4,a4,-256 # f00 <errno+0xf00>
80402616:	8fd9                	or	a5,a5,a4
80402618:	ca3e                	sw	a5,20(sp)
8040261a:	cc52                	sw	s4,24(sp)
8040261c:	0848                	add	a0,sp,20
8040261e:	4585                	li	a1,1
80402620:	4601                	li	a2,0
80402622:	ff040693          	add	a3,s0,-16
80402626:	4885                	li	a7,1
80402628:	00000073          	ecall
8040262c:	00054f63          	bltz	a0,8040264a <uni_bound_page_alloc+0x180>
80402630:	0f34aa23          	sw	s3,244(s1)
80402634:	b57d                	j	804024e2 <uni_bound_page_alloc+0x18>
80402636:	007c                	add	a5,sp,12
80402638:	ca72                	sw	t3,20(sp)
8040263a:	cc3e                	sw	a5,24(sp)
8040263c:	ce02                	sw	zero,28(sp)
8040263e:	4505                	li	a0,1
80402640:	084c                	add	a1,sp,20
80402642:	03000893          	li	a7,48
80402646:	00000073          	ecall
8040264a:	50f2                	lw	ra,60(sp)
8040264c:	5462                	lw	s0,56(sp)
8040264e:	54d2                	lw	s1,52(sp)
80402650:	5942                	lw	s2,48(sp)
80402652:	59b2                	lw	s3,44(sp)
80402654:	5a22                	lw	s4,40(sp)
80402656:	4501                	li	a0,0
80402658:	6121                	add	sp,sp,64
8040265a:	8082                	ret

8040265c <uni_bound_page_free>:
8040265c:	f0000737          	lui	a4,0xf0000
80402660:	08e56563          	bltu	a0,a4,804026ea <uni_bound_page_free+0x8e>
80402664:	01451713          	sll	a4,a0,0x14
80402668:	87aa                	mv	a5,a0
8040266a:	5529                	li	a0,-22
8040266c:	eb35                	bnez	a4,804026e0 <uni_bound_page_free+0x84>
8040266e:	10000737          	lui	a4,0x10000
80402672:	97ba                	add	a5,a5,a4
80402674:	00400737          	lui	a4,0x400
80402678:	06e7f463          	bgeu	a5,a4,804026e0 <uni_bound_page_free+0x84>
8040267c:	83b1                	srl	a5,a5,0xc
8040267e:	8041c837          	lui	a6,0x8041c
80402682:	078a                	sll	a5,a5,0x2
80402684:	54480813          	add	a6,a6,1348 # 8041c544 <slot_mfn>
80402688:	983e                	add	a6,a6,a5
8040268a:	00082683          	lw	a3,0(a6)
8040268e:	caa9                	beqz	a3,804026e0 <uni_bound_page_free+0x84>
80402690:	80407737          	lui	a4,0x80407
80402694:	0f472703          	lw	a4,244(a4) # 804070f4 <window_l1>
80402698:	1141                	add	sp,sp,-16
8040269a:	c036                	sw	a3,0(sp)
8040269c:	0732                	sll	a4,a4,0xc
8040269e:	8fd9                	or	a5,a5,a4
804026a0:	66a1                	lui	a3,0x8
804026a2:	c23e                	sw	a5,4(sp)
804026a4:	c402                	sw	zero,8(sp)
804026a6:	0048                	add	a0,sp,4
804026a8:	4585                	li	a1,1
804026aa:	4601                	li	a2,0
804026ac:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
804026ae:	4885                	li	a7,1
804026b0:	00000073          	ecall
804026b4:	e51d                	bnez	a0,804026e2 <uni_bound_page_free+0x86>
804026b6:	80407737          	lui	a4,0x80407
804026ba:	0f072783          	lw	a5,240(a4) # 804070f0 <slots_used>
804026be:	00082023          	sw	zero,0(a6)
804026c2:	17fd                	add	a5,a5,-1 # 7ffff <errno+0x7ffff>
804026c4:	0ef72823          	sw	a5,240(a4)
804026c8:	4785                	li	a5,1
804026ca:	c23e                	sw	a5,4(sp)
804026cc:	c40a                	sw	sp,8(sp)
804026ce:	c602                	sw	zero,12(sp)
804026d0:	4505                	li	a0,1
804026d2:	004c                	add	a1,sp,4
804026d4:	03000893          	li	a7,48
804026d8:	00000073          	ecall
804026dc:	0141                	add	sp,sp,16
804026de:	8082                	ret
804026e0:	8082                	ret
804026e2:	fe0553e3          	bgez	a0,804026c8 <uni_bound_page_free+0x6c>
804026e6:	0141                	add	sp,sp,16
804026e8:	8082                	ret
804026ea:	5529                	li	a0,-22
804026ec:	8082                	ret

804026ee <uni_bound_pages>:
804026ee:	804077b7          	lui	a5,0x80407
804026f2:	0f07a503          	lw	a0,240(a5) # 804070f0 <slots_used>
804026f6:	8082                	ret

804026f8 <uni_bound_mfn>:
804026f8:	f0000737          	lui	a4,0xf0000
804026fc:	87aa                	mv	a5,a0
804026fe:	02e56763          	bltu	a0,a4,8040272c <uni_bound_mfn+0x34>
80402702:	01451713          	sll	a4,a0,0x14
80402706:	01475513          	srl	a0,a4,0x14
8040270a:	e30d                	bnez	a4,8040272c <uni_bound_mfn+0x34>
8040270c:	10000737          	lui	a4,0x10000
80402710:	97ba                	add	a5,a5,a4
80402712:	00400737          	lui	a4,0x400
80402716:	00e7fc63          	bgeu	a5,a4,8040272e <uni_bound_mfn+0x36>
8040271a:	83b1                	srl	a5,a5,0xc
8040271c:	8041c737          	lui	a4,0x8041c
80402720:	54470713          	add	a4,a4,1348 # 8041c544 <slot_mfn>
80402724:	078a                	sll	a5,a5,0x2
80402726:	97ba                	add	a5,a5,a4
80402728:	4388                	lw	a0,0(a5)
8040272a:	8082                	ret
8040272c:	4501                	li	a0,0
8040272e:	8082                	ret

80402730 <uni_revoke_cooperate>:
80402730:	804077b7          	lui	a5,0x80407
80402734:	08a7ac23          	sw	a0,152(a5) # 80407098 <cooperate>
80402738:	8082                	ret

8040273a <uni_set_revoke_hook>:
8040273a:	804077b7          	lui	a5,0x80407
8040273e:	0ea7a623          	sw	a0,236(a5) # 804070ec <revoke_hook>
80402742:	8082                	ret

80402744 <uni_revoke_stats>:
80402744:	8041c537          	lui	a0,0x8041c
80402748:	53050513          	add	a0,a0,1328 # 8041c530 <revoke_stats>
8040274c:	8082                	ret

8040274e <write>:
8040274e:	1141                	add	sp,sp,-16
80402750:	c606                	sw	ra,12(sp)
80402752:	c422                	sw	s0,8(sp)
80402754:	47bd                	li	a5,15
80402756:	00a7eb63          	bltu	a5,a0,8040276c <write+0x1e>
8040275a:	80407737          	lui	a4,0x80407
8040275e:	00070713          	mv	a4,a4
80402762:	00351793          	sll	a5,a0,0x3
80402766:	97ba                	add	a5,a5,a4
80402768:	4398                	lw	a4,0(a5)
8040276a:	ef11                	bnez	a4,80402786 <write+0x38>
8040276c:	4725                	li	a4,9
8040276e:	000007b7          	lui	a5,0x0
80402772:	004787b3          	add	a5,a5,tp
80402776:	00e7a023          	sw	a4,0(a5) # 0 <errno>
8040277a:	547d                	li	s0,-1
8040277c:	40b2                	lw	ra,12(sp)
8040277e:	8522                	mv	a0,s0
80402780:	4422                	lw	s0,8(sp)
80402782:	0141                	add	sp,sp,16
80402784:	8082                	ret
80402786:	8432                	mv	s0,a2
80402788:	04064663          	bltz	a2,804027d4 <write+0x86>
8040278c:	4505                	li	a0,1
8040278e:	02a70b63          	beq	a4,a0,804027c4 <write+0x76>
80402792:	80407737          	lui	a4,0x80407
80402796:	11072703          	lw	a4,272(a4) # 80407110 <fs>
8040279a:	43c8                	lw	a0,4(a5)
8040279c:	475c                	lw	a5,12(a4)
8040279e:	9782                	jalr	a5
804027a0:	842a                	mv	s0,a0
804027a2:	fc055de3          	bgez	a0,8040277c <write+0x2e>
804027a6:	fff54413          	not	s0,a0
804027aa:	02500793          	li	a5,37
804027ae:	4715                	li	a4,5
804027b0:	fa87efe3          	bltu	a5,s0,8040276e <write+0x20>
804027b4:	804067b7          	lui	a5,0x80406
804027b8:	ba878793          	add	a5,a5,-1112 # 80405ba8 <CSWTCH.42>
804027bc:	97a2                	add	a5,a5,s0
804027be:	00078703          	lb	a4,0(a5)
804027c2:	b775                	j	8040276e <write+0x20>
804027c4:	86ae                	mv	a3,a1
804027c6:	8536                	mv	a0,a3
804027c8:	85b2                	mv	a1,a2
804027ca:	00000097          	auipc	ra,0x0
804027ce:	974080e7          	jalr	-1676(ra) # 8040213e <uni_console_write>
804027d2:	b76d                	j	8040277c <write+0x2e>
804027d4:	4759                	li	a4,22
804027d6:	bf61                	j	8040276e <write+0x20>

804027d8 <uni_main>:
804027d8:	1141                	add	sp,sp,-16
804027da:	c606                	sw	ra,12(sp)
804027dc:	c422                	sw	s0,8(sp)
804027de:	8041d837          	lui	a6,0x8041d
804027e2:	00054603          	lbu	a2,0(a0)
804027e6:	872a                	mv	a4,a0
804027e8:	02000693          	li	a3,32
804027ec:	4501                	li	a0,0
804027ee:	45a5                	li	a1,9
804027f0:	54480813          	add	a6,a6,1348 # 8041d544 <argv.1>
804027f4:	02d60b63          	beq	a2,a3,8040282a <uni_main+0x52>
804027f8:	02b60963          	beq	a2,a1,8040282a <uni_main+0x52>
804027fc:	c231                	beqz	a2,80402840 <uni_main+0x68>
804027fe:	06d50a63          	beq	a0,a3,80402872 <uni_main+0x9a>
80402802:	00251793          	sll	a5,a0,0x2
80402806:	97c2                	add	a5,a5,a6
80402808:	c398                	sw	a4,0(a5)
8040280a:	00074603          	lbu	a2,0(a4)
8040280e:	0505                	add	a0,a0,1
80402810:	87b2                	mv	a5,a2
80402812:	d26d                	beqz	a2,804027f4 <uni_main+0x1c>
80402814:	02d78363          	beq	a5,a3,8040283a <uni_main+0x62>
80402818:	02b78163          	beq	a5,a1,8040283a <uni_main+0x62>
8040281c:	00174783          	lbu	a5,1(a4)
80402820:	0705                	add	a4,a4,1
80402822:	fbed                	bnez	a5,80402814 <uni_main+0x3c>
80402824:	4601                	li	a2,0
80402826:	fcd619e3          	bne	a2,a3,804027f8 <uni_main+0x20>
8040282a:	00170793          	add	a5,a4,1
8040282e:	00174603          	lbu	a2,1(a4)
80402832:	00070023          	sb	zero,0(a4)
80402836:	873e                	mv	a4,a5
80402838:	bf75                	j	804027f4 <uni_main+0x1c>
8040283a:	00074603          	lbu	a2,0(a4)
8040283e:	bf5d                	j	804027f4 <uni_main+0x1c>
80402840:	8041d5b7          	lui	a1,0x8041d
80402844:	54458713          	add	a4,a1,1348 # 8041d544 <argv.1>
80402848:	00251793          	sll	a5,a0,0x2
8040284c:	97ba                	add	a5,a5,a4
8040284e:	54458593          	add	a1,a1,1348
80402852:	0007a023          	sw	zero,0(a5)
80402856:	ffffe097          	auipc	ra,0xffffe
8040285a:	84a080e7          	jalr	-1974(ra) # 804000a0 <main>
8040285e:	842a                	mv	s0,a0
80402860:	00000097          	auipc	ra,0x0
80402864:	0f0080e7          	jalr	240(ra) # 80402950 <ulib_flush_stdout>
80402868:	40b2                	lw	ra,12(sp)
8040286a:	8522                	mv	a0,s0
8040286c:	4422                	lw	s0,8(sp)
8040286e:	0141                	add	sp,sp,16
80402870:	8082                	ret
80402872:	80406537          	lui	a0,0x80406
80402876:	bd050513          	add	a0,a0,-1072 # 80405bd0 <msg.0>
8040287a:	45e1                	li	a1,24
8040287c:	00000097          	auipc	ra,0x0
80402880:	8c2080e7          	jalr	-1854(ra) # 8040213e <uni_console_write>
80402884:	4409                	li	s0,2
80402886:	40b2                	lw	ra,12(sp)
80402888:	8522                	mv	a0,s0
8040288a:	4422                	lw	s0,8(sp)
8040288c:	0141                	add	sp,sp,16
8040288e:	8082                	ret

80402890 <stdout_flush>:
80402890:	1141                	add	sp,sp,-16
80402892:	c04a                	sw	s2,0(sp)
80402894:	80407937          	lui	s2,0x80407
80402898:	c422                	sw	s0,8(sp)
8040289a:	11492403          	lw	s0,276(s2) # 80407114 <out_len>
8040289e:	c606                	sw	ra,12(sp)
804028a0:	c226                	sw	s1,4(sp)
804028a2:	c015                	beqz	s0,804028c6 <stdout_flush+0x36>
804028a4:	8041d4b7          	lui	s1,0x8041d
804028a8:	5c848493          	add	s1,s1,1480 # 8041d5c8 <out_buf>
804028ac:	a019                	j	804028b2 <stdout_flush+0x22>
804028ae:	94aa                	add	s1,s1,a0
804028b0:	c819                	beqz	s0,804028c6 <stdout_flush+0x36>
804028b2:	8622                	mv	a2,s0
804028b4:	85a6                	mv	a1,s1
804028b6:	4505                	li	a0,1
804028b8:	00000097          	auipc	ra,0x0
804028bc:	e96080e7          	jalr	-362(ra) # 8040274e <write>
804028c0:	8c09                	sub	s0,s0,a0
804028c2:	fea046e3          	bgtz	a0,804028ae <stdout_flush+0x1e>
804028c6:	40b2                	lw	ra,12(sp)
804028c8:	4422                	lw	s0,8(sp)
804028ca:	10092a23          	sw	zero,276(s2)
804028ce:	4492                	lw	s1,4(sp)
804028d0:	4902                	lw	s2,0(sp)
804028d2:	4501                	li	a0,0
804028d4:	0141                	add	sp,sp,16
804028d6:	8082                	ret

804028d8 <stdout_put>:
804028d8:	1101                	add	sp,sp,-32
804028da:	c64e                	sw	s3,12(sp)
804028dc:	804079b7          	lui	s3,0x80407
804028e0:	1149a783          	lw	a5,276(s3) # 80407114 <out_len>
804028e4:	ca26                	sw	s1,20(sp)
804028e6:	8041d4b7          	lui	s1,0x8041d
804028ea:	5c848493          	add	s1,s1,1480 # 8041d5c8 <out_buf>
804028ee:	cc22                	sw	s0,24(sp)
804028f0:	c84a                	sw	s2,16(sp)
804028f2:	00178413          	add	s0,a5,1
804028f6:	ce06                	sw	ra,28(sp)
804028f8:	97a6                	add	a5,a5,s1
804028fa:	00a78023          	sb	a0,0(a5)
804028fe:	1089aa23          	sw	s0,276(s3)
80402902:	47a9                	li	a5,10
80402904:	892a                	mv	s2,a0
80402906:	00f50e63          	beq	a0,a5,80402922 <stdout_put+0x4a>
8040290a:	20000793          	li	a5,512
8040290e:	00f40b63          	beq	s0,a5,80402924 <stdout_put+0x4c>
80402912:	40f2                	lw	ra,28(sp)
80402914:	4462                	lw	s0,24(sp)
80402916:	44d2                	lw	s1,20(sp)
80402918:	49b2                	lw	s3,12(sp)
8040291a:	854a                	mv	a0,s2
8040291c:	4942                	lw	s2,16(sp)
8040291e:	6105                	add	sp,sp,32
80402920:	8082                	ret
80402922:	cc09                	beqz	s0,8040293c <stdout_put+0x64>
80402924:	8622                	mv	a2,s0
80402926:	85a6                	mv	a1,s1
80402928:	4505                	li	a0,1
8040292a:	00000097          	auipc	ra,0x0
8040292e:	e24080e7          	jalr	-476(ra) # 8040274e <write>
80402932:	8c09                	sub	s0,s0,a0
80402934:	00a05463          	blez	a0,8040293c <stdout_put+0x64>
80402938:	94aa                	add	s1,s1,a0
8040293a:	f46d                	bnez	s0,80402924 <stdout_put+0x4c>
8040293c:	40f2                	lw	ra,28(sp)
8040293e:	4462                	lw	s0,24(sp)
80402940:	1009aa23          	sw	zero,276(s3)
80402944:	44d2                	lw	s1,20(sp)
80402946:	49b2                	lw	s3,12(sp)
80402948:	854a                	mv	a0,s2
8040294a:	4942                	lw	s2,16(sp)
8040294c:	6105                	add	sp,sp,32
8040294e:	8082                	ret

80402950 <ulib_flush_stdout>:
80402950:	1141                	add	sp,sp,-16
80402952:	c04a                	sw	s2,0(sp)
80402954:	80407937          	lui	s2,0x80407
80402958:	c422                	sw	s0,8(sp)
8040295a:	11492403          	lw	s0,276(s2) # 80407114 <out_len>
8040295e:	c606                	sw	ra,12(sp)
80402960:	c226                	sw	s1,4(sp)
80402962:	c015                	beqz	s0,80402986 <ulib_flush_stdout+0x36>
80402964:	8041d4b7          	lui	s1,0x8041d
80402968:	5c848493          	add	s1,s1,1480 # 8041d5c8 <out_buf>
8040296c:	a019                	j	80402972 <ulib_flush_stdout+0x22>
8040296e:	94aa                	add	s1,s1,a0
80402970:	c819                	beqz	s0,80402986 <ulib_flush_stdout+0x36>
80402972:	8622                	mv	a2,s0
80402974:	85a6                	mv	a1,s1
80402976:	4505                	li	a0,1
80402978:	00000097          	auipc	ra,0x0
8040297c:	dd6080e7          	jalr	-554(ra) # 8040274e <write>
80402980:	8c09                	sub	s0,s0,a0
80402982:	fea046e3          	bgtz	a0,8040296e <ulib_flush_stdout+0x1e>
80402986:	40b2                	lw	ra,12(sp)
80402988:	4422                	lw	s0,8(sp)
8040298a:	10092a23          	sw	zero,276(s2)
8040298e:	4492                	lw	s1,4(sp)
80402990:	4902                	lw	s2,0(sp)
80402992:	0141                	add	sp,sp,16
80402994:	8082                	ret

80402996 <store_event>:
80402996:	8082                	ret

80402998 <uni_blk_sectors>:
80402998:	804077b7          	lui	a5,0x80407
8040299c:	11c7a783          	lw	a5,284(a5) # 8040711c <present>
804029a0:	4501                	li	a0,0
804029a2:	c789                	beqz	a5,804029ac <uni_blk_sectors+0x14>
804029a4:	8041d7b7          	lui	a5,0x8041d
804029a8:	7e47a503          	lw	a0,2020(a5) # 8041d7e4 <bf+0x1c>
804029ac:	8082                	ret

804029ae <uni_blk_bind_extent>:
804029ae:	804077b7          	lui	a5,0x80407
804029b2:	11c7a783          	lw	a5,284(a5) # 8040711c <present>
804029b6:	c395                	beqz	a5,804029da <uni_blk_bind_extent+0x2c>
804029b8:	1141                	add	sp,sp,-16
804029ba:	c42a                	sw	a0,8(sp)
804029bc:	c62e                	sw	a1,12(sp)
804029be:	4509                	li	a0,2
804029c0:	002c                	add	a1,sp,8
804029c2:	03000893          	li	a7,48
804029c6:	00000073          	ecall
804029ca:	e511                	bnez	a0,804029d6 <uni_blk_bind_extent+0x28>
804029cc:	804077b7          	lui	a5,0x80407
804029d0:	4705                	li	a4,1
804029d2:	10e7ac23          	sw	a4,280(a5) # 80407118 <extent_bound>
804029d6:	0141                	add	sp,sp,16
804029d8:	8082                	ret
804029da:	5529                	li	a0,-22
804029dc:	8082                	ret

804029de <uni_blk_read>:
804029de:	804077b7          	lui	a5,0x80407
804029e2:	11c7a803          	lw	a6,284(a5) # 8040711c <present>
804029e6:	00081463          	bnez	a6,804029ee <uni_blk_read+0x10>
804029ea:	5529                	li	a0,-22
804029ec:	8082                	ret
804029ee:	87ae                	mv	a5,a1
804029f0:	dded                	beqz	a1,804029ea <uni_blk_read+0xc>
804029f2:	8041d837          	lui	a6,0x8041d
804029f6:	86b2                	mv	a3,a2
804029f8:	7c880613          	add	a2,a6,1992 # 8041d7c8 <bf>
804029fc:	4e50                	lw	a2,28(a2)
804029fe:	872a                	mv	a4,a0
80402a00:	fea665e3          	bltu	a2,a0,804029ea <uni_blk_read+0xc>
80402a04:	40a605b3          	sub	a1,a2,a0
80402a08:	fef5e1e3          	bltu	a1,a5,804029ea <uni_blk_read+0xc>
80402a0c:	80407337          	lui	t1,0x80407
80402a10:	11832583          	lw	a1,280(t1) # 80407118 <extent_bound>
80402a14:	c989                	beqz	a1,80402a26 <uni_blk_read+0x48>
80402a16:	85aa                	mv	a1,a0
80402a18:	863e                	mv	a2,a5
80402a1a:	7c880513          	add	a0,a6,1992
80402a1e:	fffff317          	auipc	t1,0xfffff
80402a22:	e7030067          	jr	-400(t1) # 8040188e <blkfront_read>
80402a26:	1101                	add	sp,sp,-32
80402a28:	ce06                	sw	ra,28(sp)
80402a2a:	c402                	sw	zero,8(sp)
80402a2c:	c632                	sw	a2,12(sp)
80402a2e:	4509                	li	a0,2
80402a30:	002c                	add	a1,sp,8
80402a32:	03000893          	li	a7,48
80402a36:	00000073          	ecall
80402a3a:	ed11                	bnez	a0,80402a56 <uni_blk_read+0x78>
80402a3c:	4605                	li	a2,1
80402a3e:	10c32c23          	sw	a2,280(t1)
80402a42:	40f2                	lw	ra,28(sp)
80402a44:	863e                	mv	a2,a5
80402a46:	85ba                	mv	a1,a4
80402a48:	7c880513          	add	a0,a6,1992
80402a4c:	6105                	add	sp,sp,32
80402a4e:	fffff317          	auipc	t1,0xfffff
80402a52:	e4030067          	jr	-448(t1) # 8040188e <blkfront_read>
80402a56:	fe0556e3          	bgez	a0,80402a42 <uni_blk_read+0x64>
80402a5a:	80406537          	lui	a0,0x80406
80402a5e:	ce050513          	add	a0,a0,-800 # 80405ce0 <msg.0+0x110>
80402a62:	ffffe097          	auipc	ra,0xffffe
80402a66:	6e6080e7          	jalr	1766(ra) # 80401148 <uni_panic>

80402a6a <uni_blk_write>:
80402a6a:	804077b7          	lui	a5,0x80407
80402a6e:	11c7a803          	lw	a6,284(a5) # 8040711c <present>
80402a72:	00081463          	bnez	a6,80402a7a <uni_blk_write+0x10>
80402a76:	5529                	li	a0,-22
80402a78:	8082                	ret
80402a7a:	87ae                	mv	a5,a1
80402a7c:	dded                	beqz	a1,80402a76 <uni_blk_write+0xc>
80402a7e:	8041d837          	lui	a6,0x8041d
80402a82:	86b2                	mv	a3,a2
80402a84:	7c880613          	add	a2,a6,1992 # 8041d7c8 <bf>
80402a88:	4e50                	lw	a2,28(a2)
80402a8a:	872a                	mv	a4,a0
80402a8c:	fea665e3          	bltu	a2,a0,80402a76 <uni_blk_write+0xc>
80402a90:	40a605b3          	sub	a1,a2,a0
80402a94:	fef5e1e3          	bltu	a1,a5,80402a76 <uni_blk_write+0xc>
80402a98:	80407337          	lui	t1,0x80407
80402a9c:	11832583          	lw	a1,280(t1) # 80407118 <extent_bound>
80402aa0:	c989                	beqz	a1,80402ab2 <uni_blk_write+0x48>
80402aa2:	85aa                	mv	a1,a0
80402aa4:	863e                	mv	a2,a5
80402aa6:	7c880513          	add	a0,a6,1992
80402aaa:	fffff317          	auipc	t1,0xfffff
80402aae:	dee30067          	jr	-530(t1) # 80401898 <blkfront_write>
80402ab2:	1101                	add	sp,sp,-32
80402ab4:	ce06                	sw	ra,28(sp)
80402ab6:	c402                	sw	zero,8(sp)
80402ab8:	c632                	sw	a2,12(sp)
80402aba:	4509                	li	a0,2
80402abc:	002c                	add	a1,sp,8
80402abe:	03000893          	li	a7,48
80402ac2:	00000073          	ecall
80402ac6:	ed11                	bnez	a0,80402ae2 <uni_blk_write+0x78>
80402ac8:	4605                	li	a2,1
80402aca:	10c32c23          	sw	a2,280(t1)
80402ace:	40f2                	lw	ra,28(sp)
80402ad0:	863e                	mv	a2,a5
80402ad2:	85ba                	mv	a1,a4
80402ad4:	7c880513          	add	a0,a6,1992
80402ad8:	6105                	add	sp,sp,32
80402ada:	fffff317          	auipc	t1,0xfffff
80402ade:	dbe30067          	jr	-578(t1) # 80401898 <blkfront_write>
80402ae2:	fe0556e3          	bgez	a0,80402ace <uni_blk_write+0x64>
80402ae6:	80406537          	lui	a0,0x80406
80402aea:	ce050513          	add	a0,a0,-800 # 80405ce0 <msg.0+0x110>
80402aee:	ffffe097          	auipc	ra,0xffffe
80402af2:	65a080e7          	jalr	1626(ra) # 80401148 <uni_panic>

80402af6 <__lshrdi3>:
80402af6:	ca19                	beqz	a2,80402b0c <__lshrdi3+0x16>
80402af8:	02000793          	li	a5,32
80402afc:	8f91                	sub	a5,a5,a2
80402afe:	00f04863          	bgtz	a5,80402b0e <__lshrdi3+0x18>
80402b02:	1601                	add	a2,a2,-32 # effe0 <errno+0xeffe0>
80402b04:	00c5d533          	srl	a0,a1,a2
80402b08:	4701                	li	a4,0
80402b0a:	85ba                	mv	a1,a4
80402b0c:	8082                	ret
80402b0e:	00c5d733          	srl	a4,a1,a2
80402b12:	00c55533          	srl	a0,a0,a2
80402b16:	00f595b3          	sll	a1,a1,a5
80402b1a:	8d4d                	or	a0,a0,a1
80402b1c:	b7fd                	j	80402b0a <__lshrdi3+0x14>

80402b1e <__ashldi3>:
80402b1e:	ca19                	beqz	a2,80402b34 <__ashldi3+0x16>
80402b20:	02000793          	li	a5,32
80402b24:	8f91                	sub	a5,a5,a2
80402b26:	00f04863          	bgtz	a5,80402b36 <__ashldi3+0x18>
80402b2a:	1601                	add	a2,a2,-32
80402b2c:	00c515b3          	sll	a1,a0,a2
80402b30:	4701                	li	a4,0
80402b32:	853a                	mv	a0,a4
80402b34:	8082                	ret
80402b36:	00c51733          	sll	a4,a0,a2
80402b3a:	00c595b3          	sll	a1,a1,a2
80402b3e:	00f55533          	srl	a0,a0,a5
80402b42:	8dc9                	or	a1,a1,a0
80402b44:	b7fd                	j	80402b32 <__ashldi3+0x14>

80402b46 <__ashrdi3>:
80402b46:	ce01                	beqz	a2,80402b5e <__ashrdi3+0x18>
80402b48:	02000793          	li	a5,32
80402b4c:	8f91                	sub	a5,a5,a2
80402b4e:	00f04963          	bgtz	a5,80402b60 <__ashrdi3+0x1a>
80402b52:	1601                	add	a2,a2,-32
80402b54:	41f5d713          	sra	a4,a1,0x1f
80402b58:	40c5d533          	sra	a0,a1,a2
80402b5c:	85ba                	mv	a1,a4
80402b5e:	8082                	ret
80402b60:	40c5d733          	sra	a4,a1,a2
80402b64:	00c55533          	srl	a0,a0,a2
80402b68:	00f595b3          	sll	a1,a1,a5
80402b6c:	8d4d                	or	a0,a0,a1
80402b6e:	b7fd                	j	80402b5c <__ashrdi3+0x16>

80402b70 <__ctzsi2>:
80402b70:	40a007b3          	neg	a5,a0
80402b74:	8d7d                	and	a0,a0,a5
80402b76:	67c1                	lui	a5,0x10
80402b78:	02f57363          	bgeu	a0,a5,80402b9e <__ctzsi2+0x2e>
80402b7c:	10053793          	sltiu	a5,a0,256
80402b80:	0017c793          	xor	a5,a5,1
80402b84:	078e                	sll	a5,a5,0x3
80402b86:	00f55533          	srl	a0,a0,a5
80402b8a:	00003717          	auipc	a4,0x3
80402b8e:	55a70713          	add	a4,a4,1370 # 804060e4 <__clz_tab>
80402b92:	972a                	add	a4,a4,a0
80402b94:	00074503          	lbu	a0,0(a4)
80402b98:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402b9a:	953e                	add	a0,a0,a5
80402b9c:	8082                	ret
80402b9e:	01000737          	lui	a4,0x1000
80402ba2:	47c1                	li	a5,16
80402ba4:	fee561e3          	bltu	a0,a4,80402b86 <__ctzsi2+0x16>
80402ba8:	47e1                	li	a5,24
80402baa:	bff1                	j	80402b86 <__ctzsi2+0x16>

80402bac <__udivdi3>:
80402bac:	88aa                	mv	a7,a0
80402bae:	832e                	mv	t1,a1
80402bb0:	8732                	mv	a4,a2
80402bb2:	882a                	mv	a6,a0
80402bb4:	87ae                	mv	a5,a1
80402bb6:	20069663          	bnez	a3,80402dc2 <__udivdi3+0x216>
80402bba:	00003597          	auipc	a1,0x3
80402bbe:	52a58593          	add	a1,a1,1322 # 804060e4 <__clz_tab>
80402bc2:	0cc37163          	bgeu	t1,a2,80402c84 <__udivdi3+0xd8>
80402bc6:	66c1                	lui	a3,0x10
80402bc8:	0ad67763          	bgeu	a2,a3,80402c76 <__udivdi3+0xca>
80402bcc:	10063693          	sltiu	a3,a2,256
80402bd0:	0016c693          	xor	a3,a3,1
80402bd4:	068e                	sll	a3,a3,0x3
80402bd6:	00d65533          	srl	a0,a2,a3
80402bda:	95aa                	add	a1,a1,a0
80402bdc:	0005c583          	lbu	a1,0(a1)
80402be0:	02000513          	li	a0,32
80402be4:	96ae                	add	a3,a3,a1
80402be6:	40d505b3          	sub	a1,a0,a3
80402bea:	00d50b63          	beq	a0,a3,80402c00 <__udivdi3+0x54>
80402bee:	00b317b3          	sll	a5,t1,a1
80402bf2:	00d8d6b3          	srl	a3,a7,a3
80402bf6:	00b61733          	sll	a4,a2,a1
80402bfa:	8fd5                	or	a5,a5,a3
80402bfc:	00b89833          	sll	a6,a7,a1
80402c00:	01075593          	srl	a1,a4,0x10
80402c04:	02b7d333          	divu	t1,a5,a1
80402c08:	01071613          	sll	a2,a4,0x10
80402c0c:	8241                	srl	a2,a2,0x10
80402c0e:	02b7f7b3          	remu	a5,a5,a1
80402c12:	851a                	mv	a0,t1
80402c14:	026608b3          	mul	a7,a2,t1
80402c18:	01079693          	sll	a3,a5,0x10
80402c1c:	01085793          	srl	a5,a6,0x10
80402c20:	8fd5                	or	a5,a5,a3
80402c22:	0117fc63          	bgeu	a5,a7,80402c3a <__udivdi3+0x8e>
80402c26:	97ba                	add	a5,a5,a4
80402c28:	fff30513          	add	a0,t1,-1
80402c2c:	00e7e763          	bltu	a5,a4,80402c3a <__udivdi3+0x8e>
80402c30:	0117f563          	bgeu	a5,a7,80402c3a <__udivdi3+0x8e>
80402c34:	ffe30513          	add	a0,t1,-2
80402c38:	97ba                	add	a5,a5,a4
80402c3a:	411787b3          	sub	a5,a5,a7
80402c3e:	02b7d8b3          	divu	a7,a5,a1
80402c42:	0842                	sll	a6,a6,0x10
80402c44:	01085813          	srl	a6,a6,0x10
80402c48:	02b7f7b3          	remu	a5,a5,a1
80402c4c:	031606b3          	mul	a3,a2,a7
80402c50:	07c2                	sll	a5,a5,0x10
80402c52:	00f86833          	or	a6,a6,a5
80402c56:	87c6                	mv	a5,a7
80402c58:	00d87b63          	bgeu	a6,a3,80402c6e <__udivdi3+0xc2>
80402c5c:	983a                	add	a6,a6,a4
80402c5e:	fff88793          	add	a5,a7,-1
80402c62:	00e86663          	bltu	a6,a4,80402c6e <__udivdi3+0xc2>
80402c66:	00d87463          	bgeu	a6,a3,80402c6e <__udivdi3+0xc2>
80402c6a:	ffe88793          	add	a5,a7,-2
80402c6e:	0542                	sll	a0,a0,0x10
80402c70:	8d5d                	or	a0,a0,a5
80402c72:	4581                	li	a1,0
80402c74:	8082                	ret
80402c76:	01000537          	lui	a0,0x1000
80402c7a:	46c1                	li	a3,16
80402c7c:	f4a66de3          	bltu	a2,a0,80402bd6 <__udivdi3+0x2a>
80402c80:	46e1                	li	a3,24
80402c82:	bf91                	j	80402bd6 <__udivdi3+0x2a>
80402c84:	4681                	li	a3,0
80402c86:	ca09                	beqz	a2,80402c98 <__udivdi3+0xec>
80402c88:	67c1                	lui	a5,0x10
80402c8a:	08f67f63          	bgeu	a2,a5,80402d28 <__udivdi3+0x17c>
80402c8e:	10063693          	sltiu	a3,a2,256
80402c92:	0016c693          	xor	a3,a3,1
80402c96:	068e                	sll	a3,a3,0x3
80402c98:	00d657b3          	srl	a5,a2,a3
80402c9c:	95be                	add	a1,a1,a5
80402c9e:	0005c783          	lbu	a5,0(a1)
80402ca2:	97b6                	add	a5,a5,a3
80402ca4:	02000693          	li	a3,32
80402ca8:	40f685b3          	sub	a1,a3,a5
80402cac:	08f69563          	bne	a3,a5,80402d36 <__udivdi3+0x18a>
80402cb0:	40c307b3          	sub	a5,t1,a2
80402cb4:	4585                	li	a1,1
80402cb6:	01075893          	srl	a7,a4,0x10
80402cba:	0317de33          	divu	t3,a5,a7
80402cbe:	01071613          	sll	a2,a4,0x10
80402cc2:	8241                	srl	a2,a2,0x10
80402cc4:	01085693          	srl	a3,a6,0x10
80402cc8:	0317f7b3          	remu	a5,a5,a7
80402ccc:	8572                	mv	a0,t3
80402cce:	03c60333          	mul	t1,a2,t3
80402cd2:	07c2                	sll	a5,a5,0x10
80402cd4:	8fd5                	or	a5,a5,a3
80402cd6:	0067fc63          	bgeu	a5,t1,80402cee <__udivdi3+0x142>
80402cda:	97ba                	add	a5,a5,a4
80402cdc:	fffe0513          	add	a0,t3,-1 # 80406fff <stdout+0xe0b>
80402ce0:	00e7e763          	bltu	a5,a4,80402cee <__udivdi3+0x142>
80402ce4:	0067f563          	bgeu	a5,t1,80402cee <__udivdi3+0x142>
80402ce8:	ffee0513          	add	a0,t3,-2
80402cec:	97ba                	add	a5,a5,a4
80402cee:	406787b3          	sub	a5,a5,t1
80402cf2:	0317d333          	divu	t1,a5,a7
80402cf6:	0842                	sll	a6,a6,0x10
80402cf8:	01085813          	srl	a6,a6,0x10
80402cfc:	0317f7b3          	remu	a5,a5,a7
80402d00:	026606b3          	mul	a3,a2,t1
80402d04:	07c2                	sll	a5,a5,0x10
80402d06:	00f86833          	or	a6,a6,a5
80402d0a:	879a                	mv	a5,t1
80402d0c:	00d87b63          	bgeu	a6,a3,80402d22 <__udivdi3+0x176>
80402d10:	983a                	add	a6,a6,a4
80402d12:	fff30793          	add	a5,t1,-1
80402d16:	00e86663          	bltu	a6,a4,80402d22 <__udivdi3+0x176>
80402d1a:	00d87463          	bgeu	a6,a3,80402d22 <__udivdi3+0x176>
80402d1e:	ffe30793          	add	a5,t1,-2
80402d22:	0542                	sll	a0,a0,0x10
80402d24:	8d5d                	or	a0,a0,a5
80402d26:	8082                	ret
80402d28:	010007b7          	lui	a5,0x1000
80402d2c:	46c1                	li	a3,16
80402d2e:	f6f665e3          	bltu	a2,a5,80402c98 <__udivdi3+0xec>
80402d32:	46e1                	li	a3,24
80402d34:	b795                	j	80402c98 <__udivdi3+0xec>
80402d36:	00b61733          	sll	a4,a2,a1
80402d3a:	00f356b3          	srl	a3,t1,a5
80402d3e:	01075513          	srl	a0,a4,0x10
80402d42:	00b31333          	sll	t1,t1,a1
80402d46:	00f8d7b3          	srl	a5,a7,a5
80402d4a:	0067e7b3          	or	a5,a5,t1
80402d4e:	02a6d333          	divu	t1,a3,a0
80402d52:	01071613          	sll	a2,a4,0x10
80402d56:	8241                	srl	a2,a2,0x10
80402d58:	00b89833          	sll	a6,a7,a1
80402d5c:	02a6f6b3          	remu	a3,a3,a0
80402d60:	026608b3          	mul	a7,a2,t1
80402d64:	01069593          	sll	a1,a3,0x10
80402d68:	0107d693          	srl	a3,a5,0x10
80402d6c:	8ecd                	or	a3,a3,a1
80402d6e:	859a                	mv	a1,t1
80402d70:	0116fc63          	bgeu	a3,a7,80402d88 <__udivdi3+0x1dc>
80402d74:	96ba                	add	a3,a3,a4
80402d76:	fff30593          	add	a1,t1,-1
80402d7a:	00e6e763          	bltu	a3,a4,80402d88 <__udivdi3+0x1dc>
80402d7e:	0116f563          	bgeu	a3,a7,80402d88 <__udivdi3+0x1dc>
80402d82:	ffe30593          	add	a1,t1,-2
80402d86:	96ba                	add	a3,a3,a4
80402d88:	411686b3          	sub	a3,a3,a7
80402d8c:	02a6d8b3          	divu	a7,a3,a0
80402d90:	07c2                	sll	a5,a5,0x10
80402d92:	83c1                	srl	a5,a5,0x10
80402d94:	02a6f6b3          	remu	a3,a3,a0
80402d98:	03160633          	mul	a2,a2,a7
80402d9c:	06c2                	sll	a3,a3,0x10
80402d9e:	8fd5                	or	a5,a5,a3
80402da0:	86c6                	mv	a3,a7
80402da2:	00c7fc63          	bgeu	a5,a2,80402dba <__udivdi3+0x20e>
80402da6:	97ba                	add	a5,a5,a4
80402da8:	fff88693          	add	a3,a7,-1
80402dac:	00e7e763          	bltu	a5,a4,80402dba <__udivdi3+0x20e>
80402db0:	00c7f563          	bgeu	a5,a2,80402dba <__udivdi3+0x20e>
80402db4:	ffe88693          	add	a3,a7,-2
80402db8:	97ba                	add	a5,a5,a4
80402dba:	05c2                	sll	a1,a1,0x10
80402dbc:	8f91                	sub	a5,a5,a2
80402dbe:	8dd5                	or	a1,a1,a3
80402dc0:	bddd                	j	80402cb6 <__udivdi3+0x10a>
80402dc2:	14d5e163          	bltu	a1,a3,80402f04 <__udivdi3+0x358>
80402dc6:	67c1                	lui	a5,0x10
80402dc8:	02f6ff63          	bgeu	a3,a5,80402e06 <__udivdi3+0x25a>
80402dcc:	1006b713          	sltiu	a4,a3,256
80402dd0:	00174713          	xor	a4,a4,1
80402dd4:	070e                	sll	a4,a4,0x3
80402dd6:	00e6d5b3          	srl	a1,a3,a4
80402dda:	00003797          	auipc	a5,0x3
80402dde:	30a78793          	add	a5,a5,778 # 804060e4 <__clz_tab>
80402de2:	97ae                	add	a5,a5,a1
80402de4:	0007c783          	lbu	a5,0(a5)
80402de8:	97ba                	add	a5,a5,a4
80402dea:	02000713          	li	a4,32
80402dee:	40f705b3          	sub	a1,a4,a5
80402df2:	02f71163          	bne	a4,a5,80402e14 <__udivdi3+0x268>
80402df6:	4505                	li	a0,1
80402df8:	e666eee3          	bltu	a3,t1,80402c74 <__udivdi3+0xc8>
80402dfc:	00c8b533          	sltu	a0,a7,a2
80402e00:	00154513          	xor	a0,a0,1
80402e04:	8082                	ret
80402e06:	010007b7          	lui	a5,0x1000
80402e0a:	4741                	li	a4,16
80402e0c:	fcf6e5e3          	bltu	a3,a5,80402dd6 <__udivdi3+0x22a>
80402e10:	4761                	li	a4,24
80402e12:	b7d1                	j	80402dd6 <__udivdi3+0x22a>
80402e14:	00f65733          	srl	a4,a2,a5
80402e18:	00b696b3          	sll	a3,a3,a1
80402e1c:	8ed9                	or	a3,a3,a4
80402e1e:	00f35733          	srl	a4,t1,a5
80402e22:	00b31333          	sll	t1,t1,a1
80402e26:	00f8d7b3          	srl	a5,a7,a5
80402e2a:	0067e7b3          	or	a5,a5,t1
80402e2e:	0106d313          	srl	t1,a3,0x10
80402e32:	02675eb3          	divu	t4,a4,t1
80402e36:	01069813          	sll	a6,a3,0x10
80402e3a:	01085813          	srl	a6,a6,0x10
80402e3e:	00b61633          	sll	a2,a2,a1
80402e42:	02677733          	remu	a4,a4,t1
80402e46:	03d80e33          	mul	t3,a6,t4
80402e4a:	01071513          	sll	a0,a4,0x10
80402e4e:	0107d713          	srl	a4,a5,0x10
80402e52:	8f49                	or	a4,a4,a0
80402e54:	8576                	mv	a0,t4
80402e56:	01c77c63          	bgeu	a4,t3,80402e6e <__udivdi3+0x2c2>
80402e5a:	9736                	add	a4,a4,a3
80402e5c:	fffe8513          	add	a0,t4,-1
80402e60:	00d76763          	bltu	a4,a3,80402e6e <__udivdi3+0x2c2>
80402e64:	01c77563          	bgeu	a4,t3,80402e6e <__udivdi3+0x2c2>
80402e68:	ffee8513          	add	a0,t4,-2
80402e6c:	9736                	add	a4,a4,a3
80402e6e:	41c70733          	sub	a4,a4,t3
80402e72:	02675e33          	divu	t3,a4,t1
80402e76:	07c2                	sll	a5,a5,0x10
80402e78:	83c1                	srl	a5,a5,0x10
80402e7a:	02677733          	remu	a4,a4,t1
80402e7e:	03c80833          	mul	a6,a6,t3
80402e82:	0742                	sll	a4,a4,0x10
80402e84:	8fd9                	or	a5,a5,a4
80402e86:	8772                	mv	a4,t3
80402e88:	0107fc63          	bgeu	a5,a6,80402ea0 <__udivdi3+0x2f4>
80402e8c:	97b6                	add	a5,a5,a3
80402e8e:	fffe0713          	add	a4,t3,-1
80402e92:	00d7e763          	bltu	a5,a3,80402ea0 <__udivdi3+0x2f4>
80402e96:	0107f563          	bgeu	a5,a6,80402ea0 <__udivdi3+0x2f4>
80402e9a:	ffee0713          	add	a4,t3,-2
80402e9e:	97b6                	add	a5,a5,a3
80402ea0:	0542                	sll	a0,a0,0x10
80402ea2:	6e41                	lui	t3,0x10
80402ea4:	8d59                	or	a0,a0,a4
80402ea6:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
80402eaa:	00d57733          	and	a4,a0,a3
80402eae:	410787b3          	sub	a5,a5,a6
80402eb2:	8ef1                	and	a3,a3,a2
80402eb4:	01055813          	srl	a6,a0,0x10
80402eb8:	8241                	srl	a2,a2,0x10
80402eba:	02d70333          	mul	t1,a4,a3
80402ebe:	02d806b3          	mul	a3,a6,a3
80402ec2:	02c70733          	mul	a4,a4,a2
80402ec6:	02c80833          	mul	a6,a6,a2
80402eca:	00d70633          	add	a2,a4,a3
80402ece:	01035713          	srl	a4,t1,0x10
80402ed2:	9732                	add	a4,a4,a2
80402ed4:	00d77363          	bgeu	a4,a3,80402eda <__udivdi3+0x32e>
80402ed8:	9872                	add	a6,a6,t3
80402eda:	01075693          	srl	a3,a4,0x10
80402ede:	96c2                	add	a3,a3,a6
80402ee0:	02d7e063          	bltu	a5,a3,80402f00 <__udivdi3+0x354>
80402ee4:	d8d797e3          	bne	a5,a3,80402c72 <__udivdi3+0xc6>
80402ee8:	67c1                	lui	a5,0x10
80402eea:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402eec:	8f7d                	and	a4,a4,a5
80402eee:	0742                	sll	a4,a4,0x10
80402ef0:	00f37333          	and	t1,t1,a5
80402ef4:	00b898b3          	sll	a7,a7,a1
80402ef8:	971a                	add	a4,a4,t1
80402efa:	4581                	li	a1,0
80402efc:	d6e8fce3          	bgeu	a7,a4,80402c74 <__udivdi3+0xc8>
80402f00:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80402f02:	bb85                	j	80402c72 <__udivdi3+0xc6>
80402f04:	4581                	li	a1,0
80402f06:	4501                	li	a0,0
80402f08:	8082                	ret

80402f0a <__umoddi3>:
80402f0a:	8832                	mv	a6,a2
80402f0c:	87aa                	mv	a5,a0
80402f0e:	872e                	mv	a4,a1
80402f10:	1a069363          	bnez	a3,804030b6 <__umoddi3+0x1ac>
80402f14:	00003897          	auipc	a7,0x3
80402f18:	1d088893          	add	a7,a7,464 # 804060e4 <__clz_tab>
80402f1c:	0ac5f663          	bgeu	a1,a2,80402fc8 <__umoddi3+0xbe>
80402f20:	66c1                	lui	a3,0x10
80402f22:	08d67c63          	bgeu	a2,a3,80402fba <__umoddi3+0xb0>
80402f26:	10063693          	sltiu	a3,a2,256
80402f2a:	0016c693          	xor	a3,a3,1
80402f2e:	068e                	sll	a3,a3,0x3
80402f30:	00d65333          	srl	t1,a2,a3
80402f34:	989a                	add	a7,a7,t1
80402f36:	0008c883          	lbu	a7,0(a7)
80402f3a:	02000313          	li	t1,32
80402f3e:	96c6                	add	a3,a3,a7
80402f40:	40d308b3          	sub	a7,t1,a3
80402f44:	00d30b63          	beq	t1,a3,80402f5a <__umoddi3+0x50>
80402f48:	01159733          	sll	a4,a1,a7
80402f4c:	00d556b3          	srl	a3,a0,a3
80402f50:	01161833          	sll	a6,a2,a7
80402f54:	8f55                	or	a4,a4,a3
80402f56:	011517b3          	sll	a5,a0,a7
80402f5a:	01085613          	srl	a2,a6,0x10
80402f5e:	02c756b3          	divu	a3,a4,a2
80402f62:	01081513          	sll	a0,a6,0x10
80402f66:	8141                	srl	a0,a0,0x10
80402f68:	02c77733          	remu	a4,a4,a2
80402f6c:	02a686b3          	mul	a3,a3,a0
80402f70:	01071593          	sll	a1,a4,0x10
80402f74:	0107d713          	srl	a4,a5,0x10
80402f78:	8f4d                	or	a4,a4,a1
80402f7a:	00d77863          	bgeu	a4,a3,80402f8a <__umoddi3+0x80>
80402f7e:	9742                	add	a4,a4,a6
80402f80:	01076563          	bltu	a4,a6,80402f8a <__umoddi3+0x80>
80402f84:	00d77363          	bgeu	a4,a3,80402f8a <__umoddi3+0x80>
80402f88:	9742                	add	a4,a4,a6
80402f8a:	8f15                	sub	a4,a4,a3
80402f8c:	02c756b3          	divu	a3,a4,a2
80402f90:	02c77733          	remu	a4,a4,a2
80402f94:	02a686b3          	mul	a3,a3,a0
80402f98:	07c2                	sll	a5,a5,0x10
80402f9a:	0742                	sll	a4,a4,0x10
80402f9c:	83c1                	srl	a5,a5,0x10
80402f9e:	8fd9                	or	a5,a5,a4
80402fa0:	00d7f863          	bgeu	a5,a3,80402fb0 <__umoddi3+0xa6>
80402fa4:	97c2                	add	a5,a5,a6
80402fa6:	0107e563          	bltu	a5,a6,80402fb0 <__umoddi3+0xa6>
80402faa:	00d7f363          	bgeu	a5,a3,80402fb0 <__umoddi3+0xa6>
80402fae:	97c2                	add	a5,a5,a6
80402fb0:	8f95                	sub	a5,a5,a3
80402fb2:	0117d533          	srl	a0,a5,a7
80402fb6:	4581                	li	a1,0
80402fb8:	8082                	ret
80402fba:	01000337          	lui	t1,0x1000
80402fbe:	46c1                	li	a3,16
80402fc0:	f66668e3          	bltu	a2,t1,80402f30 <__umoddi3+0x26>
80402fc4:	46e1                	li	a3,24
80402fc6:	b7ad                	j	80402f30 <__umoddi3+0x26>
80402fc8:	4681                	li	a3,0
80402fca:	ca09                	beqz	a2,80402fdc <__umoddi3+0xd2>
80402fcc:	6741                	lui	a4,0x10
80402fce:	06e67463          	bgeu	a2,a4,80403036 <__umoddi3+0x12c>
80402fd2:	10063693          	sltiu	a3,a2,256
80402fd6:	0016c693          	xor	a3,a3,1
80402fda:	068e                	sll	a3,a3,0x3
80402fdc:	00d65733          	srl	a4,a2,a3
80402fe0:	98ba                	add	a7,a7,a4
80402fe2:	0008c703          	lbu	a4,0(a7)
80402fe6:	9736                	add	a4,a4,a3
80402fe8:	02000693          	li	a3,32
80402fec:	40e688b3          	sub	a7,a3,a4
80402ff0:	04e69a63          	bne	a3,a4,80403044 <__umoddi3+0x13a>
80402ff4:	40c58733          	sub	a4,a1,a2
80402ff8:	01085593          	srl	a1,a6,0x10
80402ffc:	02b75633          	divu	a2,a4,a1
80403000:	01081513          	sll	a0,a6,0x10
80403004:	8141                	srl	a0,a0,0x10
80403006:	0107d693          	srl	a3,a5,0x10
8040300a:	02b77733          	remu	a4,a4,a1
8040300e:	02a60633          	mul	a2,a2,a0
80403012:	0742                	sll	a4,a4,0x10
80403014:	8f55                	or	a4,a4,a3
80403016:	00c77863          	bgeu	a4,a2,80403026 <__umoddi3+0x11c>
8040301a:	9742                	add	a4,a4,a6
8040301c:	01076563          	bltu	a4,a6,80403026 <__umoddi3+0x11c>
80403020:	00c77363          	bgeu	a4,a2,80403026 <__umoddi3+0x11c>
80403024:	9742                	add	a4,a4,a6
80403026:	8f11                	sub	a4,a4,a2
80403028:	02b756b3          	divu	a3,a4,a1
8040302c:	02b77733          	remu	a4,a4,a1
80403030:	02a686b3          	mul	a3,a3,a0
80403034:	b795                	j	80402f98 <__umoddi3+0x8e>
80403036:	01000737          	lui	a4,0x1000
8040303a:	46c1                	li	a3,16
8040303c:	fae660e3          	bltu	a2,a4,80402fdc <__umoddi3+0xd2>
80403040:	46e1                	li	a3,24
80403042:	bf69                	j	80402fdc <__umoddi3+0xd2>
80403044:	01161833          	sll	a6,a2,a7
80403048:	00e5d6b3          	srl	a3,a1,a4
8040304c:	011517b3          	sll	a5,a0,a7
80403050:	011595b3          	sll	a1,a1,a7
80403054:	00e55733          	srl	a4,a0,a4
80403058:	01085513          	srl	a0,a6,0x10
8040305c:	8f4d                	or	a4,a4,a1
8040305e:	02a6d5b3          	divu	a1,a3,a0
80403062:	01081313          	sll	t1,a6,0x10
80403066:	01035313          	srl	t1,t1,0x10
8040306a:	02a6f6b3          	remu	a3,a3,a0
8040306e:	026585b3          	mul	a1,a1,t1
80403072:	01069613          	sll	a2,a3,0x10
80403076:	01075693          	srl	a3,a4,0x10
8040307a:	8ed1                	or	a3,a3,a2
8040307c:	00b6f863          	bgeu	a3,a1,8040308c <__umoddi3+0x182>
80403080:	96c2                	add	a3,a3,a6
80403082:	0106e563          	bltu	a3,a6,8040308c <__umoddi3+0x182>
80403086:	00b6f363          	bgeu	a3,a1,8040308c <__umoddi3+0x182>
8040308a:	96c2                	add	a3,a3,a6
8040308c:	8e8d                	sub	a3,a3,a1
8040308e:	02a6d633          	divu	a2,a3,a0
80403092:	0742                	sll	a4,a4,0x10
80403094:	8341                	srl	a4,a4,0x10
80403096:	02a6f6b3          	remu	a3,a3,a0
8040309a:	02660633          	mul	a2,a2,t1
8040309e:	06c2                	sll	a3,a3,0x10
804030a0:	8f55                	or	a4,a4,a3
804030a2:	00c77863          	bgeu	a4,a2,804030b2 <__umoddi3+0x1a8>
804030a6:	9742                	add	a4,a4,a6
804030a8:	01076563          	bltu	a4,a6,804030b2 <__umoddi3+0x1a8>
804030ac:	00c77363          	bgeu	a4,a2,804030b2 <__umoddi3+0x1a8>
804030b0:	9742                	add	a4,a4,a6
804030b2:	8f11                	sub	a4,a4,a2
804030b4:	b791                	j	80402ff8 <__umoddi3+0xee>
804030b6:	16d5ed63          	bltu	a1,a3,80403230 <__umoddi3+0x326>
804030ba:	6841                	lui	a6,0x10
804030bc:	0506f763          	bgeu	a3,a6,8040310a <__umoddi3+0x200>
804030c0:	1006b813          	sltiu	a6,a3,256
804030c4:	00184813          	xor	a6,a6,1
804030c8:	080e                	sll	a6,a6,0x3
804030ca:	0106d333          	srl	t1,a3,a6
804030ce:	00003897          	auipc	a7,0x3
804030d2:	01688893          	add	a7,a7,22 # 804060e4 <__clz_tab>
804030d6:	989a                	add	a7,a7,t1
804030d8:	0008c883          	lbu	a7,0(a7)
804030dc:	02000313          	li	t1,32
804030e0:	98c2                	add	a7,a7,a6
804030e2:	41130833          	sub	a6,t1,a7
804030e6:	03131963          	bne	t1,a7,80403118 <__umoddi3+0x20e>
804030ea:	00b6e463          	bltu	a3,a1,804030f2 <__umoddi3+0x1e8>
804030ee:	00c56b63          	bltu	a0,a2,80403104 <__umoddi3+0x1fa>
804030f2:	40c50633          	sub	a2,a0,a2
804030f6:	40d586b3          	sub	a3,a1,a3
804030fa:	00c53733          	sltu	a4,a0,a2
804030fe:	87b2                	mv	a5,a2
80403100:	40e68733          	sub	a4,a3,a4
80403104:	853e                	mv	a0,a5
80403106:	85ba                	mv	a1,a4
80403108:	8082                	ret
8040310a:	010008b7          	lui	a7,0x1000
8040310e:	4841                	li	a6,16
80403110:	fb16ede3          	bltu	a3,a7,804030ca <__umoddi3+0x1c0>
80403114:	4861                	li	a6,24
80403116:	bf55                	j	804030ca <__umoddi3+0x1c0>
80403118:	011657b3          	srl	a5,a2,a7
8040311c:	010696b3          	sll	a3,a3,a6
80403120:	8edd                	or	a3,a3,a5
80403122:	0115d733          	srl	a4,a1,a7
80403126:	0106de13          	srl	t3,a3,0x10
8040312a:	03c75f33          	divu	t5,a4,t3
8040312e:	01069313          	sll	t1,a3,0x10
80403132:	01035313          	srl	t1,t1,0x10
80403136:	010597b3          	sll	a5,a1,a6
8040313a:	011555b3          	srl	a1,a0,a7
8040313e:	8ddd                	or	a1,a1,a5
80403140:	0105d793          	srl	a5,a1,0x10
80403144:	01061633          	sll	a2,a2,a6
80403148:	01051533          	sll	a0,a0,a6
8040314c:	03c77733          	remu	a4,a4,t3
80403150:	03e30eb3          	mul	t4,t1,t5
80403154:	0742                	sll	a4,a4,0x10
80403156:	8fd9                	or	a5,a5,a4
80403158:	877a                	mv	a4,t5
8040315a:	01d7fc63          	bgeu	a5,t4,80403172 <__umoddi3+0x268>
8040315e:	97b6                	add	a5,a5,a3
80403160:	ffff0713          	add	a4,t5,-1
80403164:	00d7e763          	bltu	a5,a3,80403172 <__umoddi3+0x268>
80403168:	01d7f563          	bgeu	a5,t4,80403172 <__umoddi3+0x268>
8040316c:	ffef0713          	add	a4,t5,-2
80403170:	97b6                	add	a5,a5,a3
80403172:	41d787b3          	sub	a5,a5,t4
80403176:	03c7deb3          	divu	t4,a5,t3
8040317a:	05c2                	sll	a1,a1,0x10
8040317c:	81c1                	srl	a1,a1,0x10
8040317e:	03c7f7b3          	remu	a5,a5,t3
80403182:	8e76                	mv	t3,t4
80403184:	03d30333          	mul	t1,t1,t4
80403188:	07c2                	sll	a5,a5,0x10
8040318a:	8ddd                	or	a1,a1,a5
8040318c:	0065fc63          	bgeu	a1,t1,804031a4 <__umoddi3+0x29a>
80403190:	95b6                	add	a1,a1,a3
80403192:	fffe8e13          	add	t3,t4,-1
80403196:	00d5e763          	bltu	a1,a3,804031a4 <__umoddi3+0x29a>
8040319a:	0065f563          	bgeu	a1,t1,804031a4 <__umoddi3+0x29a>
8040319e:	ffee8e13          	add	t3,t4,-2
804031a2:	95b6                	add	a1,a1,a3
804031a4:	01071793          	sll	a5,a4,0x10
804031a8:	6f41                	lui	t5,0x10
804031aa:	01c7e7b3          	or	a5,a5,t3
804031ae:	406585b3          	sub	a1,a1,t1
804031b2:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
804031b6:	0067f733          	and	a4,a5,t1
804031ba:	01065e13          	srl	t3,a2,0x10
804031be:	83c1                	srl	a5,a5,0x10
804031c0:	00667333          	and	t1,a2,t1
804031c4:	02670eb3          	mul	t4,a4,t1
804031c8:	02678333          	mul	t1,a5,t1
804031cc:	03c70733          	mul	a4,a4,t3
804031d0:	03c787b3          	mul	a5,a5,t3
804031d4:	00670e33          	add	t3,a4,t1
804031d8:	010ed713          	srl	a4,t4,0x10
804031dc:	9772                	add	a4,a4,t3
804031de:	00677363          	bgeu	a4,t1,804031e4 <__umoddi3+0x2da>
804031e2:	97fa                	add	a5,a5,t5
804031e4:	01075313          	srl	t1,a4,0x10
804031e8:	979a                	add	a5,a5,t1
804031ea:	6341                	lui	t1,0x10
804031ec:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
804031ee:	00677733          	and	a4,a4,t1
804031f2:	0742                	sll	a4,a4,0x10
804031f4:	006efeb3          	and	t4,t4,t1
804031f8:	9776                	add	a4,a4,t4
804031fa:	00f5e663          	bltu	a1,a5,80403206 <__umoddi3+0x2fc>
804031fe:	00f59b63          	bne	a1,a5,80403214 <__umoddi3+0x30a>
80403202:	00e57963          	bgeu	a0,a4,80403214 <__umoddi3+0x30a>
80403206:	40c70633          	sub	a2,a4,a2
8040320a:	00c73333          	sltu	t1,a4,a2
8040320e:	969a                	add	a3,a3,t1
80403210:	8732                	mv	a4,a2
80403212:	8f95                	sub	a5,a5,a3
80403214:	40e50733          	sub	a4,a0,a4
80403218:	00e53533          	sltu	a0,a0,a4
8040321c:	8d9d                	sub	a1,a1,a5
8040321e:	8d89                	sub	a1,a1,a0
80403220:	011598b3          	sll	a7,a1,a7
80403224:	01075733          	srl	a4,a4,a6
80403228:	00e8e533          	or	a0,a7,a4
8040322c:	0105d5b3          	srl	a1,a1,a6
80403230:	8082                	ret

80403232 <__riscv_save_12>:
80403232:	7139                	add	sp,sp,-64
80403234:	4301                	li	t1,0
80403236:	c66e                	sw	s11,12(sp)
80403238:	a019                	j	8040323e <__riscv_save_10+0x4>

8040323a <__riscv_save_10>:
8040323a:	7139                	add	sp,sp,-64
8040323c:	5341                	li	t1,-16
8040323e:	c86a                	sw	s10,16(sp)
80403240:	ca66                	sw	s9,20(sp)
80403242:	cc62                	sw	s8,24(sp)
80403244:	ce5e                	sw	s7,28(sp)
80403246:	a019                	j	8040324c <__riscv_save_4+0x4>

80403248 <__riscv_save_4>:
80403248:	7139                	add	sp,sp,-64
8040324a:	5301                	li	t1,-32
8040324c:	d05a                	sw	s6,32(sp)
8040324e:	d256                	sw	s5,36(sp)
80403250:	d452                	sw	s4,40(sp)
80403252:	d64e                	sw	s3,44(sp)
80403254:	d84a                	sw	s2,48(sp)
80403256:	da26                	sw	s1,52(sp)
80403258:	dc22                	sw	s0,56(sp)
8040325a:	de06                	sw	ra,60(sp)
8040325c:	40610133          	sub	sp,sp,t1
80403260:	8282                	jr	t0

80403262 <__riscv_save_0>:
80403262:	1141                	add	sp,sp,-16
80403264:	c04a                	sw	s2,0(sp)
80403266:	c226                	sw	s1,4(sp)
80403268:	c422                	sw	s0,8(sp)
8040326a:	c606                	sw	ra,12(sp)
8040326c:	8282                	jr	t0

8040326e <__riscv_restore_12>:
8040326e:	4db2                	lw	s11,12(sp)
80403270:	0141                	add	sp,sp,16

80403272 <__riscv_restore_10>:
80403272:	4d02                	lw	s10,0(sp)
80403274:	4c92                	lw	s9,4(sp)
80403276:	4c22                	lw	s8,8(sp)
80403278:	4bb2                	lw	s7,12(sp)
8040327a:	0141                	add	sp,sp,16

8040327c <__riscv_restore_4>:
8040327c:	4b02                	lw	s6,0(sp)
8040327e:	4a92                	lw	s5,4(sp)
80403280:	4a22                	lw	s4,8(sp)
80403282:	49b2                	lw	s3,12(sp)
80403284:	0141                	add	sp,sp,16

80403286 <__riscv_restore_0>:
80403286:	4902                	lw	s2,0(sp)
80403288:	4492                	lw	s1,4(sp)
8040328a:	4422                	lw	s0,8(sp)
8040328c:	40b2                	lw	ra,12(sp)
8040328e:	0141                	add	sp,sp,16
80403290:	8082                	ret

80403292 <memcpy>:
80403292:	832a                	mv	t1,a0
80403294:	ca09                	beqz	a2,804032a6 <memcpy+0x14>
80403296:	00058383          	lb	t2,0(a1)
8040329a:	00730023          	sb	t2,0(t1)
8040329e:	167d                	add	a2,a2,-1
804032a0:	0305                	add	t1,t1,1
804032a2:	0585                	add	a1,a1,1
804032a4:	fa6d                	bnez	a2,80403296 <memcpy+0x4>
804032a6:	8082                	ret

804032a8 <memset>:
804032a8:	832a                	mv	t1,a0
804032aa:	c611                	beqz	a2,804032b6 <memset+0xe>
804032ac:	00b30023          	sb	a1,0(t1)
804032b0:	167d                	add	a2,a2,-1
804032b2:	0305                	add	t1,t1,1
804032b4:	fe65                	bnez	a2,804032ac <memset+0x4>
804032b6:	8082                	ret

804032b8 <strcmp>:
804032b8:	00054603          	lbu	a2,0(a0)
804032bc:	0005c683          	lbu	a3,0(a1)
804032c0:	0505                	add	a0,a0,1
804032c2:	0585                	add	a1,a1,1
804032c4:	00d61363          	bne	a2,a3,804032ca <strcmp+0x12>
804032c8:	fa65                	bnez	a2,804032b8 <strcmp>
804032ca:	40d60533          	sub	a0,a2,a3
804032ce:	8082                	ret

804032d0 <printf>:
804032d0:	7139                	add	sp,sp,-64
804032d2:	da3e                	sw	a5,52(sp)
804032d4:	804067b7          	lui	a5,0x80406
804032d8:	d22e                	sw	a1,36(sp)
804032da:	85aa                	mv	a1,a0
804032dc:	1f47a503          	lw	a0,500(a5) # 804061f4 <stdout>
804032e0:	d432                	sw	a2,40(sp)
804032e2:	1050                	add	a2,sp,36
804032e4:	ce06                	sw	ra,28(sp)
804032e6:	d636                	sw	a3,44(sp)
804032e8:	d83a                	sw	a4,48(sp)
804032ea:	dc42                	sw	a6,56(sp)
804032ec:	de46                	sw	a7,60(sp)
804032ee:	c632                	sw	a2,12(sp)
804032f0:	00000097          	auipc	ra,0x0
804032f4:	222080e7          	jalr	546(ra) # 80403512 <__d_vfprintf>
804032f8:	40f2                	lw	ra,28(sp)
804032fa:	6121                	add	sp,sp,64
804032fc:	8082                	ret

804032fe <__ultoa_invert>:
804032fe:	00000317          	auipc	t1,0x0
80403302:	f3c302e7          	jalr	t0,-196(t1) # 8040323a <__riscv_save_10>
80403306:	2006f793          	and	a5,a3,512
8040330a:	89aa                	mv	s3,a0
8040330c:	8a2e                	mv	s4,a1
8040330e:	8932                	mv	s2,a2
80403310:	84b6                	mv	s1,a3
80403312:	02700b13          	li	s6,39
80403316:	c781                	beqz	a5,8040331e <__ultoa_invert+0x20>
80403318:	dff6f493          	and	s1,a3,-513
8040331c:	4b1d                	li	s6,7
8040331e:	41f4da93          	sra	s5,s1,0x1f
80403322:	4ca5                	li	s9,9
80403324:	8626                	mv	a2,s1
80403326:	86d6                	mv	a3,s5
80403328:	854e                	mv	a0,s3
8040332a:	85d2                	mv	a1,s4
8040332c:	00000097          	auipc	ra,0x0
80403330:	bde080e7          	jalr	-1058(ra) # 80402f0a <__umoddi3>
80403334:	85d2                	mv	a1,s4
80403336:	0ff57413          	zext.b	s0,a0
8040333a:	8626                	mv	a2,s1
8040333c:	854e                	mv	a0,s3
8040333e:	86d6                	mv	a3,s5
80403340:	00000097          	auipc	ra,0x0
80403344:	86c080e7          	jalr	-1940(ra) # 80402bac <__udivdi3>
80403348:	8c4e                	mv	s8,s3
8040334a:	8bd2                	mv	s7,s4
8040334c:	89aa                	mv	s3,a0
8040334e:	8a2e                	mv	s4,a1
80403350:	008cf563          	bgeu	s9,s0,8040335a <__ultoa_invert+0x5c>
80403354:	945a                	add	s0,s0,s6
80403356:	0ff47413          	zext.b	s0,s0
8040335a:	0905                	add	s2,s2,1
8040335c:	03040413          	add	s0,s0,48
80403360:	fe890fa3          	sb	s0,-1(s2)
80403364:	015be663          	bltu	s7,s5,80403370 <__ultoa_invert+0x72>
80403368:	fb7a9ee3          	bne	s5,s7,80403324 <__ultoa_invert+0x26>
8040336c:	fa9c7ce3          	bgeu	s8,s1,80403324 <__ultoa_invert+0x26>
80403370:	854a                	mv	a0,s2
80403372:	00000317          	auipc	t1,0x0
80403376:	f0030067          	jr	-256(t1) # 80403272 <__riscv_restore_10>

8040337a <skip_to_arg>:
8040337a:	00000317          	auipc	t1,0x0
8040337e:	ec0302e7          	jalr	t0,-320(t1) # 8040323a <__riscv_save_10>
80403382:	4305                	li	t1,1
80403384:	02500f13          	li	t5,37
80403388:	88aa                	mv	a7,a0
8040338a:	00c34663          	blt	t1,a2,80403396 <skip_to_arg+0x1c>
8040338e:	00000317          	auipc	t1,0x0
80403392:	ee430067          	jr	-284(t1) # 80403272 <__riscv_restore_10>
80403396:	87c6                	mv	a5,a7
80403398:	88be                	mv	a7,a5
8040339a:	0007c703          	lbu	a4,0(a5)
8040339e:	0785                	add	a5,a5,1
804033a0:	d77d                	beqz	a4,8040338e <skip_to_arg+0x14>
804033a2:	ffe71be3          	bne	a4,t5,80403398 <skip_to_arg+0x1e>
804033a6:	0007c703          	lbu	a4,0(a5)
804033aa:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
804033ac:	ffe705e3          	beq	a4,t5,80403396 <skip_to_arg+0x1c>
804033b0:	6ecd                	lui	t4,0x13
804033b2:	4681                	li	a3,0
804033b4:	4e01                	li	t3,0
804033b6:	4781                	li	a5,0
804033b8:	42fd                	li	t0,31
804033ba:	06c00f93          	li	t6,108
804033be:	07400393          	li	t2,116
804033c2:	07a00413          	li	s0,122
804033c6:	06800493          	li	s1,104
804033ca:	06a00913          	li	s2,106
804033ce:	04c00993          	li	s3,76
804033d2:	4a25                	li	s4,9
804033d4:	02400a93          	li	s5,36
804033d8:	07f00b13          	li	s6,127
804033dc:	4bc1                	li	s7,16
804033de:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
804033e2:	04f2e263          	bltu	t0,a5,80403426 <skip_to_arg+0xac>
804033e6:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
804033ea:	0ff87813          	zext.b	a6,a6
804033ee:	030bf163          	bgeu	s7,a6,80403410 <skip_to_arg+0x96>
804033f2:	fd070813          	add	a6,a4,-48
804033f6:	0ff87813          	zext.b	a6,a6
804033fa:	4c25                	li	s8,9
804033fc:	050c6563          	bltu	s8,a6,80403446 <skip_to_arg+0xcc>
80403400:	47a9                	li	a5,10
80403402:	02f687b3          	mul	a5,a3,a5
80403406:	00f806b3          	add	a3,a6,a5
8040340a:	02000793          	li	a5,32
8040340e:	a039                	j	8040341c <skip_to_arg+0xa2>
80403410:	010ed833          	srl	a6,t4,a6
80403414:	00187813          	and	a6,a6,1
80403418:	00080963          	beqz	a6,8040342a <skip_to_arg+0xb0>
8040341c:	0008c703          	lbu	a4,0(a7)
80403420:	0885                	add	a7,a7,1
80403422:	f361                	bnez	a4,804033e2 <skip_to_arg+0x68>
80403424:	a8b1                	j	80403480 <skip_to_arg+0x106>
80403426:	04fb6363          	bltu	s6,a5,8040346c <skip_to_arg+0xf2>
8040342a:	fd070813          	add	a6,a4,-48
8040342e:	0ff87813          	zext.b	a6,a6
80403432:	fd0a77e3          	bgeu	s4,a6,80403400 <skip_to_arg+0x86>
80403436:	03571563          	bne	a4,s5,80403460 <skip_to_arg+0xe6>
8040343a:	0a0e0063          	beqz	t3,804034da <skip_to_arg+0x160>
8040343e:	0a668063          	beq	a3,t1,804034de <skip_to_arg+0x164>
80403442:	4681                	li	a3,0
80403444:	bfe1                	j	8040341c <skip_to_arg+0xa2>
80403446:	0fb77813          	and	a6,a4,251
8040344a:	02a00c13          	li	s8,42
8040344e:	ff880ae3          	beq	a6,s8,80403442 <skip_to_arg+0xc8>
80403452:	06c00813          	li	a6,108
80403456:	01071d63          	bne	a4,a6,80403470 <skip_to_arg+0xf6>
8040345a:	0807e793          	or	a5,a5,128
8040345e:	bf7d                	j	8040341c <skip_to_arg+0xa2>
80403460:	0fb77813          	and	a6,a4,251
80403464:	02a00c13          	li	s8,42
80403468:	fd880de3          	beq	a6,s8,80403442 <skip_to_arg+0xc8>
8040346c:	05f70663          	beq	a4,t6,804034b8 <skip_to_arg+0x13e>
80403470:	02efef63          	bltu	t6,a4,804034ae <skip_to_arg+0x134>
80403474:	04970863          	beq	a4,s1,804034c4 <skip_to_arg+0x14a>
80403478:	05270e63          	beq	a4,s2,804034d4 <skip_to_arg+0x15a>
8040347c:	05370c63          	beq	a4,s3,804034d4 <skip_to_arg+0x15a>
80403480:	f00e07e3          	beqz	t3,8040338e <skip_to_arg+0x14>
80403484:	f06e13e3          	bne	t3,t1,8040338a <skip_to_arg+0x10>
80403488:	02076893          	or	a7,a4,32
8040348c:	f9b88813          	add	a6,a7,-101
80403490:	0ff87813          	zext.b	a6,a6
80403494:	4e09                	li	t3,2
80403496:	4194                	lw	a3,0(a1)
80403498:	010e7663          	bgeu	t3,a6,804034a4 <skip_to_arg+0x12a>
8040349c:	06100813          	li	a6,97
804034a0:	05089263          	bne	a7,a6,804034e4 <skip_to_arg+0x16a>
804034a4:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
804034a6:	9ae1                	and	a3,a3,-8
804034a8:	00868713          	add	a4,a3,8
804034ac:	a091                	j	804034f0 <skip_to_arg+0x176>
804034ae:	f67707e3          	beq	a4,t2,8040341c <skip_to_arg+0xa2>
804034b2:	f68705e3          	beq	a4,s0,8040341c <skip_to_arg+0xa2>
804034b6:	b7e9                	j	80403480 <skip_to_arg+0x106>
804034b8:	0807f713          	and	a4,a5,128
804034bc:	df59                	beqz	a4,8040345a <skip_to_arg+0xe0>
804034be:	2007e793          	or	a5,a5,512
804034c2:	bf61                	j	8040345a <skip_to_arg+0xe0>
804034c4:	1007f713          	and	a4,a5,256
804034c8:	c319                	beqz	a4,804034ce <skip_to_arg+0x154>
804034ca:	2007e793          	or	a5,a5,512
804034ce:	1007e793          	or	a5,a5,256
804034d2:	b7a9                	j	8040341c <skip_to_arg+0xa2>
804034d4:	2807e793          	or	a5,a5,640
804034d8:	b791                	j	8040341c <skip_to_arg+0xa2>
804034da:	8e36                	mv	t3,a3
804034dc:	b79d                	j	80403442 <skip_to_arg+0xc8>
804034de:	06300713          	li	a4,99
804034e2:	b75d                	j	80403488 <skip_to_arg+0x10e>
804034e4:	06300813          	li	a6,99
804034e8:	01071763          	bne	a4,a6,804034f6 <skip_to_arg+0x17c>
804034ec:	00468713          	add	a4,a3,4
804034f0:	c198                	sw	a4,0(a1)
804034f2:	0305                	add	t1,t1,1
804034f4:	bd51                	j	80403388 <skip_to_arg+0xe>
804034f6:	07300813          	li	a6,115
804034fa:	ff0709e3          	beq	a4,a6,804034ec <skip_to_arg+0x172>
804034fe:	0807f813          	and	a6,a5,128
80403502:	00468713          	add	a4,a3,4
80403506:	fe0805e3          	beqz	a6,804034f0 <skip_to_arg+0x176>
8040350a:	2007f793          	and	a5,a5,512
8040350e:	d3ed                	beqz	a5,804034f0 <skip_to_arg+0x176>
80403510:	bf51                	j	804034a4 <skip_to_arg+0x12a>

80403512 <__d_vfprintf>:
80403512:	00000317          	auipc	t1,0x0
80403516:	d20302e7          	jalr	t0,-736(t1) # 80403232 <__riscv_save_12>
8040351a:	00454783          	lbu	a5,4(a0)
8040351e:	7139                	add	sp,sp,-64
80403520:	c02a                	sw	a0,0(sp)
80403522:	c42e                	sw	a1,8(sp)
80403524:	c632                	sw	a2,12(sp)
80403526:	8b89                	and	a5,a5,2
80403528:	00852a03          	lw	s4,8(a0)
8040352c:	c785                	beqz	a5,80403554 <__d_vfprintf+0x42>
8040352e:	d232                	sw	a2,36(sp)
80403530:	87ae                	mv	a5,a1
80403532:	4401                	li	s0,0
80403534:	0007c903          	lbu	s2,0(a5)
80403538:	00090f63          	beqz	s2,80403556 <__d_vfprintf+0x44>
8040353c:	02500713          	li	a4,37
80403540:	02e90163          	beq	s2,a4,80403562 <__d_vfprintf+0x50>
80403544:	0785                	add	a5,a5,1
80403546:	c23e                	sw	a5,4(sp)
80403548:	4582                	lw	a1,0(sp)
8040354a:	854a                	mv	a0,s2
8040354c:	0405                	add	s0,s0,1
8040354e:	9a02                	jalr	s4
80403550:	2a0557e3          	bgez	a0,80403ffe <__d_vfprintf+0xaec>
80403554:	547d                	li	s0,-1
80403556:	8522                	mv	a0,s0
80403558:	6121                	add	sp,sp,64
8040355a:	00000317          	auipc	t1,0x0
8040355e:	d1430067          	jr	-748(t1) # 8040326e <__riscv_restore_12>
80403562:	0017c903          	lbu	s2,1(a5)
80403566:	00278713          	add	a4,a5,2
8040356a:	c23a                	sw	a4,4(sp)
8040356c:	02500793          	li	a5,37
80403570:	fcf90ce3          	beq	s2,a5,80403548 <__d_vfprintf+0x36>
80403574:	804064b7          	lui	s1,0x80406
80403578:	4a81                	li	s5,0
8040357a:	4d01                	li	s10,0
8040357c:	4b01                	li	s6,0
8040357e:	4d81                	li	s11,0
80403580:	06c00993          	li	s3,108
80403584:	07400b93          	li	s7,116
80403588:	07a00c13          	li	s8,122
8040358c:	06800c93          	li	s9,104
80403590:	d1848493          	add	s1,s1,-744 # 80405d18 <msg.0+0x148>
80403594:	47fd                	li	a5,31
80403596:	07b7e163          	bltu	a5,s11,804035f8 <__d_vfprintf+0xe6>
8040359a:	fe090793          	add	a5,s2,-32
8040359e:	0ff7f793          	zext.b	a5,a5
804035a2:	4741                	li	a4,16
804035a4:	00f76663          	bltu	a4,a5,804035b0 <__d_vfprintf+0x9e>
804035a8:	078a                	sll	a5,a5,0x2
804035aa:	97a6                	add	a5,a5,s1
804035ac:	439c                	lw	a5,0(a5)
804035ae:	8782                	jr	a5
804035b0:	fd090793          	add	a5,s2,-48
804035b4:	0ff7f793          	zext.b	a5,a5
804035b8:	4725                	li	a4,9
804035ba:	06f76463          	bltu	a4,a5,80403622 <__d_vfprintf+0x110>
804035be:	46a9                	li	a3,10
804035c0:	02db06b3          	mul	a3,s6,a3
804035c4:	00f68b33          	add	s6,a3,a5
804035c8:	020ded93          	or	s11,s11,32
804035cc:	a019                	j	804035d2 <__d_vfprintf+0xc0>
804035ce:	001ded93          	or	s11,s11,1
804035d2:	4792                	lw	a5,4(sp)
804035d4:	0007c903          	lbu	s2,0(a5)
804035d8:	0785                	add	a5,a5,1
804035da:	c23e                	sw	a5,4(sp)
804035dc:	fa091ce3          	bnez	s2,80403594 <__d_vfprintf+0x82>
804035e0:	a8cd                	j	804036d2 <__d_vfprintf+0x1c0>
804035e2:	002ded93          	or	s11,s11,2
804035e6:	004ded93          	or	s11,s11,4
804035ea:	b7e5                	j	804035d2 <__d_vfprintf+0xc0>
804035ec:	008ded93          	or	s11,s11,8
804035f0:	b7cd                	j	804035d2 <__d_vfprintf+0xc0>
804035f2:	010ded93          	or	s11,s11,16
804035f6:	bff1                	j	804035d2 <__d_vfprintf+0xc0>
804035f8:	07f00793          	li	a5,127
804035fc:	0bb7ed63          	bltu	a5,s11,804036b6 <__d_vfprintf+0x1a4>
80403600:	fd090693          	add	a3,s2,-48
80403604:	0ff6f693          	zext.b	a3,a3
80403608:	47a5                	li	a5,9
8040360a:	00d7ec63          	bltu	a5,a3,80403622 <__d_vfprintf+0x110>
8040360e:	040df613          	and	a2,s11,64
80403612:	87b6                	mv	a5,a3
80403614:	d64d                	beqz	a2,804035be <__d_vfprintf+0xac>
80403616:	47a9                	li	a5,10
80403618:	02fd07b3          	mul	a5,s10,a5
8040361c:	00d78d33          	add	s10,a5,a3
80403620:	bf4d                	j	804035d2 <__d_vfprintf+0xc0>
80403622:	02a00793          	li	a5,42
80403626:	02f91663          	bne	s2,a5,80403652 <__d_vfprintf+0x140>
8040362a:	fa0a94e3          	bnez	s5,804035d2 <__d_vfprintf+0xc0>
8040362e:	5692                	lw	a3,36(sp)
80403630:	040df793          	and	a5,s11,64
80403634:	00468613          	add	a2,a3,4
80403638:	4294                	lw	a3,0(a3)
8040363a:	d232                	sw	a2,36(sp)
8040363c:	c399                	beqz	a5,80403642 <__d_vfprintf+0x130>
8040363e:	8d36                	mv	s10,a3
80403640:	bf49                	j	804035d2 <__d_vfprintf+0xc0>
80403642:	8b36                	mv	s6,a3
80403644:	f806d2e3          	bgez	a3,804035c8 <__d_vfprintf+0xb6>
80403648:	40d00b33          	neg	s6,a3
8040364c:	028ded93          	or	s11,s11,40
80403650:	b749                	j	804035d2 <__d_vfprintf+0xc0>
80403652:	02e00793          	li	a5,46
80403656:	00f91963          	bne	s2,a5,80403668 <__d_vfprintf+0x156>
8040365a:	040df793          	and	a5,s11,64
8040365e:	ee079ce3          	bnez	a5,80403556 <__d_vfprintf+0x44>
80403662:	040ded93          	or	s11,s11,64
80403666:	b7b5                	j	804035d2 <__d_vfprintf+0xc0>
80403668:	02400793          	li	a5,36
8040366c:	04f91563          	bne	s2,a5,804036b6 <__d_vfprintf+0x1a4>
80403670:	140a8363          	beqz	s5,804037b6 <__d_vfprintf+0x2a4>
80403674:	47b2                	lw	a5,12(sp)
80403676:	d23e                	sw	a5,36(sp)
80403678:	040df793          	and	a5,s11,64
8040367c:	ef99                	bnez	a5,8040369a <__d_vfprintf+0x188>
8040367e:	4522                	lw	a0,8(sp)
80403680:	865a                	mv	a2,s6
80403682:	104c                	add	a1,sp,36
80403684:	00000097          	auipc	ra,0x0
80403688:	cf6080e7          	jalr	-778(ra) # 8040337a <skip_to_arg>
8040368c:	5792                	lw	a5,36(sp)
8040368e:	00478693          	add	a3,a5,4
80403692:	0007ab03          	lw	s6,0(a5)
80403696:	d236                	sw	a3,36(sp)
80403698:	bf2d                	j	804035d2 <__d_vfprintf+0xc0>
8040369a:	4522                	lw	a0,8(sp)
8040369c:	866a                	mv	a2,s10
8040369e:	104c                	add	a1,sp,36
804036a0:	00000097          	auipc	ra,0x0
804036a4:	cda080e7          	jalr	-806(ra) # 8040337a <skip_to_arg>
804036a8:	5792                	lw	a5,36(sp)
804036aa:	00478693          	add	a3,a5,4
804036ae:	0007ad03          	lw	s10,0(a5)
804036b2:	d236                	sw	a3,36(sp)
804036b4:	bf39                	j	804035d2 <__d_vfprintf+0xc0>
804036b6:	0d390d63          	beq	s2,s3,80403790 <__d_vfprintf+0x27e>
804036ba:	0d29e663          	bltu	s3,s2,80403786 <__d_vfprintf+0x274>
804036be:	0f990163          	beq	s2,s9,804037a0 <__d_vfprintf+0x28e>
804036c2:	06a00793          	li	a5,106
804036c6:	0ef90563          	beq	s2,a5,804037b0 <__d_vfprintf+0x29e>
804036ca:	04c00793          	li	a5,76
804036ce:	0ef90163          	beq	s2,a5,804037b0 <__d_vfprintf+0x29e>
804036d2:	000a8b63          	beqz	s5,804036e8 <__d_vfprintf+0x1d6>
804036d6:	47b2                	lw	a5,12(sp)
804036d8:	4522                	lw	a0,8(sp)
804036da:	8656                	mv	a2,s5
804036dc:	104c                	add	a1,sp,36
804036de:	d23e                	sw	a5,36(sp)
804036e0:	00000097          	auipc	ra,0x0
804036e4:	c9a080e7          	jalr	-870(ra) # 8040337a <skip_to_arg>
804036e8:	000d5963          	bgez	s10,804036fa <__d_vfprintf+0x1e8>
804036ec:	fbfdf813          	and	a6,s11,-65
804036f0:	01081d93          	sll	s11,a6,0x10
804036f4:	010ddd93          	srl	s11,s11,0x10
804036f8:	4d01                	li	s10,0
804036fa:	02096c93          	or	s9,s2,32
804036fe:	f9bc8793          	add	a5,s9,-101
80403702:	0ff7f793          	zext.b	a5,a5
80403706:	4709                	li	a4,2
80403708:	0af77d63          	bgeu	a4,a5,804037c2 <__d_vfprintf+0x2b0>
8040370c:	06100793          	li	a5,97
80403710:	6afc9763          	bne	s9,a5,80403dbe <__d_vfprintf+0x8ac>
80403714:	5792                	lw	a5,36(sp)
80403716:	6a89                	lui	s5,0x2
80403718:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
8040371c:	079d                	add	a5,a5,7
8040371e:	9be1                	and	a5,a5,-8
80403720:	0047ab83          	lw	s7,4(a5)
80403724:	0007a883          	lw	a7,0(a5)
80403728:	00878713          	add	a4,a5,8
8040372c:	414bd993          	sra	s3,s7,0x14
80403730:	00cb9c13          	sll	s8,s7,0xc
80403734:	7ff9f993          	and	s3,s3,2047
80403738:	00cc5c93          	srl	s9,s8,0xc
8040373c:	015deab3          	or	s5,s11,s5
80403740:	0119e533          	or	a0,s3,a7
80403744:	fff94913          	not	s2,s2
80403748:	0ac2                	sll	s5,s5,0x10
8040374a:	d23a                	sw	a4,36(sp)
8040374c:	019567b3          	or	a5,a0,s9
80403750:	02097913          	and	s2,s2,32
80403754:	010ada93          	srl	s5,s5,0x10
80403758:	86c6                	mv	a3,a7
8040375a:	8c66                	mv	s8,s9
8040375c:	040df813          	and	a6,s11,64
80403760:	01fbdb93          	srl	s7,s7,0x1f
80403764:	efcd                	bnez	a5,8040381e <__d_vfprintf+0x30c>
80403766:	03000793          	li	a5,48
8040376a:	0ffbfb93          	zext.b	s7,s7
8040376e:	02f106a3          	sb	a5,45(sp)
80403772:	03710623          	sb	s7,44(sp)
80403776:	26080363          	beqz	a6,804039dc <__d_vfprintf+0x4ca>
8040377a:	47b1                	li	a5,12
8040377c:	4981                	li	s3,0
8040377e:	0da7d463          	bge	a5,s10,80403846 <__d_vfprintf+0x334>
80403782:	4d35                	li	s10,13
80403784:	aab5                	j	80403900 <__d_vfprintf+0x3ee>
80403786:	e57906e3          	beq	s2,s7,804035d2 <__d_vfprintf+0xc0>
8040378a:	e58904e3          	beq	s2,s8,804035d2 <__d_vfprintf+0xc0>
8040378e:	b791                	j	804036d2 <__d_vfprintf+0x1c0>
80403790:	080df793          	and	a5,s11,128
80403794:	c399                	beqz	a5,8040379a <__d_vfprintf+0x288>
80403796:	200ded93          	or	s11,s11,512
8040379a:	080ded93          	or	s11,s11,128
8040379e:	bd15                	j	804035d2 <__d_vfprintf+0xc0>
804037a0:	100df793          	and	a5,s11,256
804037a4:	c399                	beqz	a5,804037aa <__d_vfprintf+0x298>
804037a6:	200ded93          	or	s11,s11,512
804037aa:	100ded93          	or	s11,s11,256
804037ae:	b515                	j	804035d2 <__d_vfprintf+0xc0>
804037b0:	280ded93          	or	s11,s11,640
804037b4:	bd39                	j	804035d2 <__d_vfprintf+0xc0>
804037b6:	875a                	mv	a4,s6
804037b8:	4d01                	li	s10,0
804037ba:	4b01                	li	s6,0
804037bc:	8aba                	mv	s5,a4
804037be:	4d81                	li	s11,0
804037c0:	bd09                	j	804035d2 <__d_vfprintf+0xc0>
804037c2:	5792                	lw	a5,36(sp)
804037c4:	fff94913          	not	s2,s2
804037c8:	02097913          	and	s2,s2,32
804037cc:	079d                	add	a5,a5,7
804037ce:	9be1                	and	a5,a5,-8
804037d0:	00878713          	add	a4,a5,8
804037d4:	4388                	lw	a0,0(a5)
804037d6:	43cc                	lw	a1,4(a5)
804037d8:	d23a                	sw	a4,36(sp)
804037da:	040df793          	and	a5,s11,64
804037de:	22078363          	beqz	a5,80403a04 <__d_vfprintf+0x4f2>
804037e2:	06500793          	li	a5,101
804037e6:	22fc9163          	bne	s9,a5,80403a08 <__d_vfprintf+0x4f6>
804037ea:	6785                	lui	a5,0x1
804037ec:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fbe17a1>
804037f0:	00fdedb3          	or	s11,s11,a5
804037f4:	0ff67613          	zext.b	a2,a2
804037f8:	4701                	li	a4,0
804037fa:	4781                	li	a5,0
804037fc:	4345                	li	t1,17
804037fe:	0ff67693          	zext.b	a3,a2
80403802:	00c37363          	bgeu	t1,a2,80403808 <__d_vfprintf+0x2f6>
80403806:	46c5                	li	a3,17
80403808:	1030                	add	a2,sp,40
8040380a:	00001097          	auipc	ra,0x1
8040380e:	b52080e7          	jalr	-1198(ra) # 8040435c <__dtoa_engine>
80403812:	0ff57b93          	zext.b	s7,a0
80403816:	59a2                	lw	s3,40(sp)
80403818:	8aee                	mv	s5,s11
8040381a:	4c09                	li	s8,2
8040381c:	aa21                	j	80403934 <__d_vfprintf+0x422>
8040381e:	03100793          	li	a5,49
80403822:	00099563          	bnez	s3,8040382c <__d_vfprintf+0x31a>
80403826:	03000793          	li	a5,48
8040382a:	4985                	li	s3,1
8040382c:	0ffbfb93          	zext.b	s7,s7
80403830:	02f106a3          	sb	a5,45(sp)
80403834:	03710623          	sb	s7,44(sp)
80403838:	c0198993          	add	s3,s3,-1023
8040383c:	18080763          	beqz	a6,804039ca <__d_vfprintf+0x4b8>
80403840:	47b1                	li	a5,12
80403842:	19a7c663          	blt	a5,s10,804039ce <__d_vfprintf+0x4bc>
80403846:	4335                	li	t1,13
80403848:	41a30333          	sub	t1,t1,s10
8040384c:	00231d93          	sll	s11,t1,0x2
80403850:	fffd8613          	add	a2,s11,-1
80403854:	4505                	li	a0,1
80403856:	4581                	li	a1,0
80403858:	ca46                	sw	a7,20(sp)
8040385a:	c836                	sw	a3,16(sp)
8040385c:	fffff097          	auipc	ra,0xfffff
80403860:	2c2080e7          	jalr	706(ra) # 80402b1e <__ashldi3>
80403864:	84aa                	mv	s1,a0
80403866:	872e                	mv	a4,a1
80403868:	00171793          	sll	a5,a4,0x1
8040386c:	85aa                	mv	a1,a0
8040386e:	01f4d513          	srl	a0,s1,0x1f
80403872:	00149e13          	sll	t3,s1,0x1
80403876:	8fc9                	or	a5,a5,a0
80403878:	40f00c33          	neg	s8,a5
8040387c:	01c03533          	snez	a0,t3
80403880:	48d2                	lw	a7,20(sp)
80403882:	41c00833          	neg	a6,t3
80403886:	40ac0c33          	sub	s8,s8,a0
8040388a:	fffe0513          	add	a0,t3,-1
8040388e:	001e3e13          	seqz	t3,t3
80403892:	41c787b3          	sub	a5,a5,t3
80403896:	0197f7b3          	and	a5,a5,s9
8040389a:	01157533          	and	a0,a0,a7
8040389e:	02f74863          	blt	a4,a5,804038ce <__d_vfprintf+0x3bc>
804038a2:	46c2                	lw	a3,16(sp)
804038a4:	00e79463          	bne	a5,a4,804038ac <__d_vfprintf+0x39a>
804038a8:	02a5e363          	bltu	a1,a0,804038ce <__d_vfprintf+0x3bc>
804038ac:	8546                	mv	a0,a7
804038ae:	866e                	mv	a2,s11
804038b0:	85e6                	mv	a1,s9
804038b2:	ce3a                	sw	a4,28(sp)
804038b4:	cc42                	sw	a6,24(sp)
804038b6:	ca36                	sw	a3,20(sp)
804038b8:	c846                	sw	a7,16(sp)
804038ba:	fffff097          	auipc	ra,0xfffff
804038be:	28c080e7          	jalr	652(ra) # 80402b46 <__ashrdi3>
804038c2:	8905                	and	a0,a0,1
804038c4:	48c2                	lw	a7,16(sp)
804038c6:	46d2                	lw	a3,20(sp)
804038c8:	4862                	lw	a6,24(sp)
804038ca:	4772                	lw	a4,28(sp)
804038cc:	c94d                	beqz	a0,8040397e <__d_vfprintf+0x46c>
804038ce:	00988533          	add	a0,a7,s1
804038d2:	01153db3          	sltu	s11,a0,a7
804038d6:	9766                	add	a4,a4,s9
804038d8:	00ed8cb3          	add	s9,s11,a4
804038dc:	001007b7          	lui	a5,0x100
804038e0:	86aa                	mv	a3,a0
804038e2:	08fcce63          	blt	s9,a5,8040397e <__d_vfprintf+0x46c>
804038e6:	02d14783          	lbu	a5,45(sp)
804038ea:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
804038ec:	02f106a3          	sb	a5,45(sp)
804038f0:	40000793          	li	a5,1024
804038f4:	0af98163          	beq	s3,a5,80403996 <__d_vfprintf+0x484>
804038f8:	00a87533          	and	a0,a6,a0
804038fc:	019c7c33          	and	s8,s8,s9
80403900:	05700613          	li	a2,87
80403904:	1034                	add	a3,sp,40
80403906:	4735                	li	a4,13
80403908:	45a5                	li	a1,9
8040390a:	41260633          	sub	a2,a2,s2
8040390e:	01cc1813          	sll	a6,s8,0x1c
80403912:	00f57793          	and	a5,a0,15
80403916:	8111                	srl	a0,a0,0x4
80403918:	00a86533          	or	a0,a6,a0
8040391c:	404c5c13          	sra	s8,s8,0x4
80403920:	e7e1                	bnez	a5,804039e8 <__d_vfprintf+0x4d6>
80403922:	0ced5563          	bge	s10,a4,804039ec <__d_vfprintf+0x4da>
80403926:	177d                	add	a4,a4,-1
80403928:	16fd                	add	a3,a3,-1
8040392a:	f375                	bnez	a4,8040390e <__d_vfprintf+0x3fc>
8040392c:	4c05                	li	s8,1
8040392e:	4bb9                	li	s7,14
80403930:	07000c93          	li	s9,112
80403934:	00998713          	add	a4,s3,9
80403938:	46c9                	li	a3,18
8040393a:	87ce                	mv	a5,s3
8040393c:	06e6e863          	bltu	a3,a4,804039ac <__d_vfprintf+0x49a>
80403940:	02c14703          	lbu	a4,44(sp)
80403944:	00177d93          	and	s11,a4,1
80403948:	8b31                	and	a4,a4,12
8040394a:	120d9a63          	bnez	s11,80403a7e <__d_vfprintf+0x56c>
8040394e:	002af793          	and	a5,s5,2
80403952:	12079263          	bnez	a5,80403a76 <__d_vfprintf+0x564>
80403956:	004af793          	and	a5,s5,4
8040395a:	cfe9                	beqz	a5,80403a34 <__d_vfprintf+0x522>
8040395c:	12071563          	bnez	a4,80403a86 <__d_vfprintf+0x574>
80403960:	02000713          	li	a4,32
80403964:	678d                	lui	a5,0x3
80403966:	00faf7b3          	and	a5,s5,a5
8040396a:	1c079363          	bnez	a5,80403b30 <__d_vfprintf+0x61e>
8040396e:	000d1363          	bnez	s10,80403974 <__d_vfprintf+0x462>
80403972:	4d05                	li	s10,1
80403974:	103c                	add	a5,sp,40
80403976:	97de                	add	a5,a5,s7
80403978:	03000693          	li	a3,48
8040397c:	aa9d                	j	80403af2 <__d_vfprintf+0x5e0>
8040397e:	0106f6b3          	and	a3,a3,a6
80403982:	018cfcb3          	and	s9,s9,s8
80403986:	40000793          	li	a5,1024
8040398a:	04f99c63          	bne	s3,a5,804039e2 <__d_vfprintf+0x4d0>
8040398e:	0196ecb3          	or	s9,a3,s9
80403992:	040c8063          	beqz	s9,804039d2 <__d_vfprintf+0x4c0>
80403996:	008beb93          	or	s7,s7,8
8040399a:	03710623          	sb	s7,44(sp)
8040399e:	40000993          	li	s3,1024
804039a2:	4bb9                	li	s7,14
804039a4:	07000c93          	li	s9,112
804039a8:	40000793          	li	a5,1024
804039ac:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
804039b0:	0c600693          	li	a3,198
804039b4:	4c09                	li	s8,2
804039b6:	f8e6f5e3          	bgeu	a3,a4,80403940 <__d_vfprintf+0x42e>
804039ba:	3e778793          	add	a5,a5,999
804039be:	7ce00c13          	li	s8,1998
804039c2:	00fc3c33          	sltu	s8,s8,a5
804039c6:	0c0d                	add	s8,s8,3
804039c8:	bfa5                	j	80403940 <__d_vfprintf+0x42e>
804039ca:	4d01                	li	s10,0
804039cc:	bf6d                	j	80403986 <__d_vfprintf+0x474>
804039ce:	4d35                	li	s10,13
804039d0:	bf5d                	j	80403986 <__d_vfprintf+0x474>
804039d2:	004beb93          	or	s7,s7,4
804039d6:	03710623          	sb	s7,44(sp)
804039da:	b7e1                	j	804039a2 <__d_vfprintf+0x490>
804039dc:	4981                	li	s3,0
804039de:	4d01                	li	s10,0
804039e0:	b705                	j	80403900 <__d_vfprintf+0x3ee>
804039e2:	8536                	mv	a0,a3
804039e4:	8c66                	mv	s8,s9
804039e6:	bf29                	j	80403900 <__d_vfprintf+0x3ee>
804039e8:	00f5ea63          	bltu	a1,a5,804039fc <__d_vfprintf+0x4ea>
804039ec:	03078793          	add	a5,a5,48
804039f0:	00f68923          	sb	a5,18(a3)
804039f4:	f2ed59e3          	bge	s10,a4,80403926 <__d_vfprintf+0x414>
804039f8:	8d3a                	mv	s10,a4
804039fa:	b735                	j	80403926 <__d_vfprintf+0x414>
804039fc:	97b2                	add	a5,a5,a2
804039fe:	0ff7f793          	zext.b	a5,a5
80403a02:	b7fd                	j	804039f0 <__d_vfprintf+0x4de>
80403a04:	4d19                	li	s10,6
80403a06:	bbf1                	j	804037e2 <__d_vfprintf+0x2d0>
80403a08:	06600793          	li	a5,102
80403a0c:	00fc9963          	bne	s9,a5,80403a1e <__d_vfprintf+0x50c>
80403a10:	6789                	lui	a5,0x2
80403a12:	00fdedb3          	or	s11,s11,a5
80403a16:	4705                	li	a4,1
80403a18:	87ea                	mv	a5,s10
80403a1a:	4645                	li	a2,17
80403a1c:	b3c5                	j	804037fc <__d_vfprintf+0x2ea>
80403a1e:	0ffd7793          	zext.b	a5,s10
80403a22:	0ffd7613          	zext.b	a2,s10
80403a26:	e391                	bnez	a5,80403a2a <__d_vfprintf+0x518>
80403a28:	4605                	li	a2,1
80403a2a:	4701                	li	a4,0
80403a2c:	4781                	li	a5,0
80403a2e:	06500c93          	li	s9,101
80403a32:	b3e9                	j	804037fc <__d_vfprintf+0x2ea>
80403a34:	db05                	beqz	a4,80403964 <__d_vfprintf+0x452>
80403a36:	478d                	li	a5,3
80403a38:	0967d163          	bge	a5,s6,80403aba <__d_vfprintf+0x5a8>
80403a3c:	008afa93          	and	s5,s5,8
80403a40:	ffdb0493          	add	s1,s6,-3
80403a44:	000a9f63          	bnez	s5,80403a62 <__d_vfprintf+0x550>
80403a48:	94a2                	add	s1,s1,s0
80403a4a:	4582                	lw	a1,0(sp)
80403a4c:	02000513          	li	a0,32
80403a50:	0405                	add	s0,s0,1
80403a52:	9a02                	jalr	s4
80403a54:	b00540e3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403a58:	fe8499e3          	bne	s1,s0,80403a4a <__d_vfprintf+0x538>
80403a5c:	4481                	li	s1,0
80403a5e:	020d9f63          	bnez	s11,80403a9c <__d_vfprintf+0x58a>
80403a62:	02c14783          	lbu	a5,44(sp)
80403a66:	8ba1                	and	a5,a5,8
80403a68:	efad                	bnez	a5,80403ae2 <__d_vfprintf+0x5d0>
80403a6a:	804069b7          	lui	s3,0x80406
80403a6e:	1e498993          	add	s3,s3,484 # 804061e4 <__clz_tab+0x100>
80403a72:	8c22                	mv	s8,s0
80403a74:	a8b1                	j	80403ad0 <__d_vfprintf+0x5be>
80403a76:	eb15                	bnez	a4,80403aaa <__d_vfprintf+0x598>
80403a78:	02b00713          	li	a4,43
80403a7c:	b5e5                	j	80403964 <__d_vfprintf+0x452>
80403a7e:	eb0d                	bnez	a4,80403ab0 <__d_vfprintf+0x59e>
80403a80:	02d00713          	li	a4,45
80403a84:	b5c5                	j	80403964 <__d_vfprintf+0x452>
80403a86:	02000d93          	li	s11,32
80403a8a:	4791                	li	a5,4
80403a8c:	0367d563          	bge	a5,s6,80403ab6 <__d_vfprintf+0x5a4>
80403a90:	008afa93          	and	s5,s5,8
80403a94:	ffcb0493          	add	s1,s6,-4
80403a98:	fa0a88e3          	beqz	s5,80403a48 <__d_vfprintf+0x536>
80403a9c:	4582                	lw	a1,0(sp)
80403a9e:	856e                	mv	a0,s11
80403aa0:	0405                	add	s0,s0,1
80403aa2:	9a02                	jalr	s4
80403aa4:	fa055fe3          	bgez	a0,80403a62 <__d_vfprintf+0x550>
80403aa8:	b475                	j	80403554 <__d_vfprintf+0x42>
80403aaa:	02b00d93          	li	s11,43
80403aae:	bff1                	j	80403a8a <__d_vfprintf+0x578>
80403ab0:	02d00d93          	li	s11,45
80403ab4:	bfd9                	j	80403a8a <__d_vfprintf+0x578>
80403ab6:	4481                	li	s1,0
80403ab8:	b7d5                	j	80403a9c <__d_vfprintf+0x58a>
80403aba:	4481                	li	s1,0
80403abc:	b75d                	j	80403a62 <__d_vfprintf+0x550>
80403abe:	4582                	lw	a1,0(sp)
80403ac0:	41250533          	sub	a0,a0,s2
80403ac4:	0ff57513          	zext.b	a0,a0
80403ac8:	0c05                	add	s8,s8,1
80403aca:	9a02                	jalr	s4
80403acc:	a80544e3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403ad0:	408c07b3          	sub	a5,s8,s0
80403ad4:	97ce                	add	a5,a5,s3
80403ad6:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80403ada:	f175                	bnez	a0,80403abe <__d_vfprintf+0x5ac>
80403adc:	8462                	mv	s0,s8
80403ade:	94e2                	add	s1,s1,s8
80403ae0:	a535                	j	8040410c <__d_vfprintf+0xbfa>
80403ae2:	804069b7          	lui	s3,0x80406
80403ae6:	1e898993          	add	s3,s3,488 # 804061e8 <__clz_tab+0x104>
80403aea:	b761                	j	80403a72 <__d_vfprintf+0x560>
80403aec:	1bfd                	add	s7,s7,-1
80403aee:	0ffbfb93          	zext.b	s7,s7
80403af2:	000b8763          	beqz	s7,80403b00 <__d_vfprintf+0x5ee>
80403af6:	0047c603          	lbu	a2,4(a5)
80403afa:	17fd                	add	a5,a5,-1
80403afc:	fed608e3          	beq	a2,a3,80403aec <__d_vfprintf+0x5da>
80403b00:	010af693          	and	a3,s5,16
80403b04:	87ea                	mv	a5,s10
80403b06:	e291                	bnez	a3,80403b0a <__d_vfprintf+0x5f8>
80403b08:	87de                	mv	a5,s7
80403b0a:	56f1                	li	a3,-4
80403b0c:	0ed9cc63          	blt	s3,a3,80403c04 <__d_vfprintf+0x6f2>
80403b10:	0fa9da63          	bge	s3,s10,80403c04 <__d_vfprintf+0x6f2>
80403b14:	6689                	lui	a3,0x2
80403b16:	00dae6b3          	or	a3,s5,a3
80403b1a:	01069a93          	sll	s5,a3,0x10
80403b1e:	010ada93          	srl	s5,s5,0x10
80403b22:	4d01                	li	s10,0
80403b24:	00f9d663          	bge	s3,a5,80403b30 <__d_vfprintf+0x61e>
80403b28:	00198893          	add	a7,s3,1
80403b2c:	41178d33          	sub	s10,a5,a7
80403b30:	6d89                	lui	s11,0x2
80403b32:	01bafdb3          	and	s11,s5,s11
80403b36:	0c0d8a63          	beqz	s11,80403c0a <__d_vfprintf+0x6f8>
80403b3a:	87ce                	mv	a5,s3
80403b3c:	0009d363          	bgez	s3,80403b42 <__d_vfprintf+0x630>
80403b40:	4781                	li	a5,0
80403b42:	0785                	add	a5,a5,1
80403b44:	c311                	beqz	a4,80403b48 <__d_vfprintf+0x636>
80403b46:	0785                	add	a5,a5,1
80403b48:	0c0d0963          	beqz	s10,80403c1a <__d_vfprintf+0x708>
80403b4c:	001d0693          	add	a3,s10,1
80403b50:	97b6                	add	a5,a5,a3
80403b52:	4481                	li	s1,0
80403b54:	0167d463          	bge	a5,s6,80403b5c <__d_vfprintf+0x64a>
80403b58:	40fb04b3          	sub	s1,s6,a5
80403b5c:	009af793          	and	a5,s5,9
80403b60:	e789                	bnez	a5,80403b6a <__d_vfprintf+0x658>
80403b62:	94a2                	add	s1,s1,s0
80403b64:	0c849063          	bne	s1,s0,80403c24 <__d_vfprintf+0x712>
80403b68:	4481                	li	s1,0
80403b6a:	c719                	beqz	a4,80403b78 <__d_vfprintf+0x666>
80403b6c:	4582                	lw	a1,0(sp)
80403b6e:	853a                	mv	a0,a4
80403b70:	0405                	add	s0,s0,1
80403b72:	9a02                	jalr	s4
80403b74:	9e0540e3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403b78:	00bad793          	srl	a5,s5,0xb
80403b7c:	8b85                	and	a5,a5,1
80403b7e:	c395                	beqz	a5,80403ba2 <__d_vfprintf+0x690>
80403b80:	4582                	lw	a1,0(sp)
80403b82:	03000513          	li	a0,48
80403b86:	9a02                	jalr	s4
80403b88:	9c0546e3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403b8c:	07800513          	li	a0,120
80403b90:	4582                	lw	a1,0(sp)
80403b92:	41250533          	sub	a0,a0,s2
80403b96:	0f857513          	and	a0,a0,248
80403b9a:	0409                	add	s0,s0,2
80403b9c:	9a02                	jalr	s4
80403b9e:	9a054be3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403ba2:	008af793          	and	a5,s5,8
80403ba6:	e791                	bnez	a5,80403bb2 <__d_vfprintf+0x6a0>
80403ba8:	8b22                	mv	s6,s0
80403baa:	9426                	add	s0,s0,s1
80403bac:	09641663          	bne	s0,s6,80403c38 <__d_vfprintf+0x726>
80403bb0:	4481                	li	s1,0
80403bb2:	0c0d8f63          	beqz	s11,80403c90 <__d_vfprintf+0x77e>
80403bb6:	8cce                	mv	s9,s3
80403bb8:	0009d363          	bgez	s3,80403bbe <__d_vfprintf+0x6ac>
80403bbc:	4c81                	li	s9,0
80403bbe:	41998db3          	sub	s11,s3,s9
80403bc2:	41a00d33          	neg	s10,s10
80403bc6:	5b7d                	li	s6,-1
80403bc8:	03000513          	li	a0,48
80403bcc:	017df663          	bgeu	s11,s7,80403bd8 <__d_vfprintf+0x6c6>
80403bd0:	103c                	add	a5,sp,40
80403bd2:	97ee                	add	a5,a5,s11
80403bd4:	0057c503          	lbu	a0,5(a5)
80403bd8:	1cfd                	add	s9,s9,-1
80403bda:	00140c13          	add	s8,s0,1
80403bde:	07acc563          	blt	s9,s10,80403c48 <__d_vfprintf+0x736>
80403be2:	4582                	lw	a1,0(sp)
80403be4:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80403be6:	9a02                	jalr	s4
80403be8:	960546e3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403bec:	016c9a63          	bne	s9,s6,80403c00 <__d_vfprintf+0x6ee>
80403bf0:	4582                	lw	a1,0(sp)
80403bf2:	02e00513          	li	a0,46
80403bf6:	9a02                	jalr	s4
80403bf8:	94054ee3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403bfc:	00240c13          	add	s8,s0,2
80403c00:	8462                	mv	s0,s8
80403c02:	b7d9                	j	80403bc8 <__d_vfprintf+0x6b6>
80403c04:	fff78d13          	add	s10,a5,-1
80403c08:	b725                	j	80403b30 <__d_vfprintf+0x61e>
80403c0a:	00bad693          	srl	a3,s5,0xb
80403c0e:	8a85                	and	a3,a3,1
80403c10:	478d                	li	a5,3
80403c12:	c291                	beqz	a3,80403c16 <__d_vfprintf+0x704>
80403c14:	4795                	li	a5,5
80403c16:	97e2                	add	a5,a5,s8
80403c18:	b735                	j	80403b44 <__d_vfprintf+0x632>
80403c1a:	010af693          	and	a3,s5,16
80403c1e:	da95                	beqz	a3,80403b52 <__d_vfprintf+0x640>
80403c20:	0785                	add	a5,a5,1
80403c22:	bf05                	j	80403b52 <__d_vfprintf+0x640>
80403c24:	4582                	lw	a1,0(sp)
80403c26:	02000513          	li	a0,32
80403c2a:	c83a                	sw	a4,16(sp)
80403c2c:	9a02                	jalr	s4
80403c2e:	4742                	lw	a4,16(sp)
80403c30:	0405                	add	s0,s0,1
80403c32:	f20559e3          	bgez	a0,80403b64 <__d_vfprintf+0x652>
80403c36:	ba39                	j	80403554 <__d_vfprintf+0x42>
80403c38:	4582                	lw	a1,0(sp)
80403c3a:	03000513          	li	a0,48
80403c3e:	0b05                	add	s6,s6,1
80403c40:	9a02                	jalr	s4
80403c42:	f60555e3          	bgez	a0,80403bac <__d_vfprintf+0x69a>
80403c46:	b239                	j	80403554 <__d_vfprintf+0x42>
80403c48:	033c9063          	bne	s9,s3,80403c68 <__d_vfprintf+0x756>
80403c4c:	02d14703          	lbu	a4,45(sp)
80403c50:	03500793          	li	a5,53
80403c54:	00e7e863          	bltu	a5,a4,80403c64 <__d_vfprintf+0x752>
80403c58:	00f71863          	bne	a4,a5,80403c68 <__d_vfprintf+0x756>
80403c5c:	02c14783          	lbu	a5,44(sp)
80403c60:	8bc1                	and	a5,a5,16
80403c62:	e399                	bnez	a5,80403c68 <__d_vfprintf+0x756>
80403c64:	03100513          	li	a0,49
80403c68:	4582                	lw	a1,0(sp)
80403c6a:	9a02                	jalr	s4
80403c6c:	8e0544e3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403c70:	010afa93          	and	s5,s5,16
80403c74:	e60a84e3          	beqz	s5,80403adc <__d_vfprintf+0x5ca>
80403c78:	57fd                	li	a5,-1
80403c7a:	e6fc91e3          	bne	s9,a5,80403adc <__d_vfprintf+0x5ca>
80403c7e:	4582                	lw	a1,0(sp)
80403c80:	00240c13          	add	s8,s0,2
80403c84:	02e00513          	li	a0,46
80403c88:	9a02                	jalr	s4
80403c8a:	e40559e3          	bgez	a0,80403adc <__d_vfprintf+0x5ca>
80403c8e:	b0d9                	j	80403554 <__d_vfprintf+0x42>
80403c90:	02d14503          	lbu	a0,45(sp)
80403c94:	03100793          	li	a5,49
80403c98:	00f50763          	beq	a0,a5,80403ca6 <__d_vfprintf+0x794>
80403c9c:	02c14783          	lbu	a5,44(sp)
80403ca0:	9bbd                	and	a5,a5,-17
80403ca2:	02f10623          	sb	a5,44(sp)
80403ca6:	4582                	lw	a1,0(sp)
80403ca8:	9a02                	jalr	s4
80403caa:	8a0545e3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403cae:	0da05a63          	blez	s10,80403d82 <__d_vfprintf+0x870>
80403cb2:	4582                	lw	a1,0(sp)
80403cb4:	02e00513          	li	a0,46
80403cb8:	0409                	add	s0,s0,2
80403cba:	9a02                	jalr	s4
80403cbc:	88054ce3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403cc0:	4a85                	li	s5,1
80403cc2:	4785                	li	a5,1
80403cc4:	0405                	add	s0,s0,1
80403cc6:	03000513          	li	a0,48
80403cca:	017af863          	bgeu	s5,s7,80403cda <__d_vfprintf+0x7c8>
80403cce:	02078793          	add	a5,a5,32
80403cd2:	1018                	add	a4,sp,32
80403cd4:	97ba                	add	a5,a5,a4
80403cd6:	fed7c503          	lbu	a0,-19(a5)
80403cda:	4582                	lw	a1,0(sp)
80403cdc:	9a02                	jalr	s4
80403cde:	86054be3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403ce2:	0a85                	add	s5,s5,1
80403ce4:	0ffafa93          	zext.b	s5,s5
80403ce8:	87d6                	mv	a5,s5
80403cea:	fd5d5de3          	bge	s10,s5,80403cc4 <__d_vfprintf+0x7b2>
80403cee:	4582                	lw	a1,0(sp)
80403cf0:	412c8533          	sub	a0,s9,s2
80403cf4:	0ff57513          	zext.b	a0,a0
80403cf8:	9a02                	jalr	s4
80403cfa:	84054de3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403cfe:	0009ca63          	bltz	s3,80403d12 <__d_vfprintf+0x800>
80403d02:	02b00513          	li	a0,43
80403d06:	00099a63          	bnez	s3,80403d1a <__d_vfprintf+0x808>
80403d0a:	02c14783          	lbu	a5,44(sp)
80403d0e:	8bc1                	and	a5,a5,16
80403d10:	c789                	beqz	a5,80403d1a <__d_vfprintf+0x808>
80403d12:	413009b3          	neg	s3,s3
80403d16:	02d00513          	li	a0,45
80403d1a:	4582                	lw	a1,0(sp)
80403d1c:	9a02                	jalr	s4
80403d1e:	82054be3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403d22:	4791                	li	a5,4
80403d24:	06fc1e63          	bne	s8,a5,80403da0 <__d_vfprintf+0x88e>
80403d28:	3e800913          	li	s2,1000
80403d2c:	0329c533          	div	a0,s3,s2
80403d30:	4582                	lw	a1,0(sp)
80403d32:	040d                	add	s0,s0,3
80403d34:	03050513          	add	a0,a0,48
80403d38:	0ff57513          	zext.b	a0,a0
80403d3c:	9a02                	jalr	s4
80403d3e:	80054be3          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403d42:	0329e9b3          	rem	s3,s3,s2
80403d46:	06400913          	li	s2,100
80403d4a:	4582                	lw	a1,0(sp)
80403d4c:	0405                	add	s0,s0,1
80403d4e:	0329c533          	div	a0,s3,s2
80403d52:	03050513          	add	a0,a0,48
80403d56:	0ff57513          	zext.b	a0,a0
80403d5a:	9a02                	jalr	s4
80403d5c:	fe054c63          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403d60:	0329e9b3          	rem	s3,s3,s2
80403d64:	4929                	li	s2,10
80403d66:	4582                	lw	a1,0(sp)
80403d68:	0405                	add	s0,s0,1
80403d6a:	0329c533          	div	a0,s3,s2
80403d6e:	03050513          	add	a0,a0,48
80403d72:	0ff57513          	zext.b	a0,a0
80403d76:	9a02                	jalr	s4
80403d78:	fc054e63          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403d7c:	0329e9b3          	rem	s3,s3,s2
80403d80:	a03d                	j	80403dae <__d_vfprintf+0x89c>
80403d82:	010afa93          	and	s5,s5,16
80403d86:	000a9463          	bnez	s5,80403d8e <__d_vfprintf+0x87c>
80403d8a:	0405                	add	s0,s0,1
80403d8c:	b78d                	j	80403cee <__d_vfprintf+0x7dc>
80403d8e:	4582                	lw	a1,0(sp)
80403d90:	02e00513          	li	a0,46
80403d94:	0409                	add	s0,s0,2
80403d96:	9a02                	jalr	s4
80403d98:	f4055be3          	bgez	a0,80403cee <__d_vfprintf+0x7dc>
80403d9c:	fb8ff06f          	j	80403554 <__d_vfprintf+0x42>
80403da0:	478d                	li	a5,3
80403da2:	0409                	add	s0,s0,2
80403da4:	fafc01e3          	beq	s8,a5,80403d46 <__d_vfprintf+0x834>
80403da8:	4785                	li	a5,1
80403daa:	fafc1de3          	bne	s8,a5,80403d64 <__d_vfprintf+0x852>
80403dae:	03098513          	add	a0,s3,48
80403db2:	4582                	lw	a1,0(sp)
80403db4:	00140c13          	add	s8,s0,1
80403db8:	0ff57513          	zext.b	a0,a0
80403dbc:	b5f1                	j	80403c88 <__d_vfprintf+0x776>
80403dbe:	f9d90793          	add	a5,s2,-99
80403dc2:	0ff7f793          	zext.b	a5,a5
80403dc6:	4749                	li	a4,18
80403dc8:	20f76363          	bltu	a4,a5,80403fce <__d_vfprintf+0xabc>
80403dcc:	80406737          	lui	a4,0x80406
80403dd0:	078a                	sll	a5,a5,0x2
80403dd2:	d5c70713          	add	a4,a4,-676 # 80405d5c <msg.0+0x18c>
80403dd6:	97ba                	add	a5,a5,a4
80403dd8:	439c                	lw	a5,0(a5)
80403dda:	8782                	jr	a5
80403ddc:	5792                	lw	a5,36(sp)
80403dde:	4485                	li	s1,1
80403de0:	02810993          	add	s3,sp,40
80403de4:	00478713          	add	a4,a5,4
80403de8:	439c                	lw	a5,0(a5)
80403dea:	d23a                	sw	a4,36(sp)
80403dec:	02f10423          	sb	a5,40(sp)
80403df0:	008df813          	and	a6,s11,8
80403df4:	06080063          	beqz	a6,80403e54 <__d_vfprintf+0x942>
80403df8:	4901                	li	s2,0
80403dfa:	05249f63          	bne	s1,s2,80403e58 <__d_vfprintf+0x946>
80403dfe:	00940c33          	add	s8,s0,s1
80403e02:	409b04b3          	sub	s1,s6,s1
80403e06:	b9d9                	j	80403adc <__d_vfprintf+0x5ca>
80403e08:	5792                	lw	a5,36(sp)
80403e0a:	00478713          	add	a4,a5,4
80403e0e:	d23a                	sw	a4,36(sp)
80403e10:	0007a983          	lw	s3,0(a5)
80403e14:	00099663          	bnez	s3,80403e20 <__d_vfprintf+0x90e>
80403e18:	804069b7          	lui	s3,0x80406
80403e1c:	1ec98993          	add	s3,s3,492 # 804061ec <__clz_tab+0x108>
80403e20:	040df793          	and	a5,s11,64
80403e24:	55fd                	li	a1,-1
80403e26:	c391                	beqz	a5,80403e2a <__d_vfprintf+0x918>
80403e28:	85ea                	mv	a1,s10
80403e2a:	854e                	mv	a0,s3
80403e2c:	00001097          	auipc	ra,0x1
80403e30:	da0080e7          	jalr	-608(ra) # 80404bcc <strnlen>
80403e34:	84aa                	mv	s1,a0
80403e36:	bf6d                	j	80403df0 <__d_vfprintf+0x8de>
80403e38:	4582                	lw	a1,0(sp)
80403e3a:	02000513          	li	a0,32
80403e3e:	9a02                	jalr	s4
80403e40:	f0054a63          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403e44:	197d                	add	s2,s2,-1
80403e46:	ff24e9e3          	bltu	s1,s2,80403e38 <__d_vfprintf+0x926>
80403e4a:	945a                	add	s0,s0,s6
80403e4c:	41240433          	sub	s0,s0,s2
80403e50:	8b4a                	mv	s6,s2
80403e52:	b75d                	j	80403df8 <__d_vfprintf+0x8e6>
80403e54:	895a                	mv	s2,s6
80403e56:	bfc5                	j	80403e46 <__d_vfprintf+0x934>
80403e58:	012987b3          	add	a5,s3,s2
80403e5c:	4582                	lw	a1,0(sp)
80403e5e:	0007c503          	lbu	a0,0(a5)
80403e62:	0905                	add	s2,s2,1
80403e64:	9a02                	jalr	s4
80403e66:	f8055ae3          	bgez	a0,80403dfa <__d_vfprintf+0x8e8>
80403e6a:	eeaff06f          	j	80403554 <__d_vfprintf+0x42>
80403e6e:	080df713          	and	a4,s11,128
80403e72:	5792                	lw	a5,36(sp)
80403e74:	cf59                	beqz	a4,80403f12 <__d_vfprintf+0xa00>
80403e76:	200df713          	and	a4,s11,512
80403e7a:	c749                	beqz	a4,80403f04 <__d_vfprintf+0x9f2>
80403e7c:	079d                	add	a5,a5,7
80403e7e:	9be1                	and	a5,a5,-8
80403e80:	4388                	lw	a0,0(a5)
80403e82:	43cc                	lw	a1,4(a5)
80403e84:	00878713          	add	a4,a5,8
80403e88:	d23a                	sw	a4,36(sp)
80403e8a:	fefdf993          	and	s3,s11,-17
80403e8e:	09c2                	sll	s3,s3,0x10
80403e90:	0109d993          	srl	s3,s3,0x10
80403e94:	0805df63          	bgez	a1,80403f32 <__d_vfprintf+0xa20>
80403e98:	00a037b3          	snez	a5,a0
80403e9c:	40b005b3          	neg	a1,a1
80403ea0:	8d9d                	sub	a1,a1,a5
80403ea2:	40a00533          	neg	a0,a0
80403ea6:	4009e993          	or	s3,s3,1024
80403eaa:	02810a93          	add	s5,sp,40
80403eae:	46a9                	li	a3,10
80403eb0:	8656                	mv	a2,s5
80403eb2:	fffff097          	auipc	ra,0xfffff
80403eb6:	44c080e7          	jalr	1100(ra) # 804032fe <__ultoa_invert>
80403eba:	0409f793          	and	a5,s3,64
80403ebe:	41550ab3          	sub	s5,a0,s5
80403ec2:	c7f5                	beqz	a5,80403fae <__d_vfprintf+0xa9c>
80403ec4:	ffe9f793          	and	a5,s3,-2
80403ec8:	07c2                	sll	a5,a5,0x10
80403eca:	83c1                	srl	a5,a5,0x10
80403ecc:	19aad563          	bge	s5,s10,80404056 <__d_vfprintf+0xb44>
80403ed0:	16090c63          	beqz	s2,80404048 <__d_vfprintf+0xb36>
80403ed4:	0109fc13          	and	s8,s3,16
80403ed8:	84ea                	mv	s1,s10
80403eda:	89be                	mv	s3,a5
80403edc:	060c0a63          	beqz	s8,80403f50 <__d_vfprintf+0xa3e>
80403ee0:	0489                	add	s1,s1,2
80403ee2:	0089f793          	and	a5,s3,8
80403ee6:	18079a63          	bnez	a5,8040407a <__d_vfprintf+0xb68>
80403eea:	0019f793          	and	a5,s3,1
80403eee:	cb89                	beqz	a5,80403f00 <__d_vfprintf+0x9ee>
80403ef0:	8d56                	mv	s10,s5
80403ef2:	0164d763          	bge	s1,s6,80403f00 <__d_vfprintf+0x9ee>
80403ef6:	409b04b3          	sub	s1,s6,s1
80403efa:	01548d33          	add	s10,s1,s5
80403efe:	84da                	mv	s1,s6
80403f00:	8ba6                	mv	s7,s1
80403f02:	a2ad                	j	8040406c <__d_vfprintf+0xb5a>
80403f04:	4388                	lw	a0,0(a5)
80403f06:	00478713          	add	a4,a5,4
80403f0a:	d23a                	sw	a4,36(sp)
80403f0c:	41f55593          	sra	a1,a0,0x1f
80403f10:	bfad                	j	80403e8a <__d_vfprintf+0x978>
80403f12:	00478713          	add	a4,a5,4
80403f16:	4388                	lw	a0,0(a5)
80403f18:	d23a                	sw	a4,36(sp)
80403f1a:	100df793          	and	a5,s11,256
80403f1e:	d7fd                	beqz	a5,80403f0c <__d_vfprintf+0x9fa>
80403f20:	200df793          	and	a5,s11,512
80403f24:	c781                	beqz	a5,80403f2c <__d_vfprintf+0xa1a>
80403f26:	0562                	sll	a0,a0,0x18
80403f28:	8561                	sra	a0,a0,0x18
80403f2a:	b7cd                	j	80403f0c <__d_vfprintf+0x9fa>
80403f2c:	0542                	sll	a0,a0,0x10
80403f2e:	8541                	sra	a0,a0,0x10
80403f30:	bff1                	j	80403f0c <__d_vfprintf+0x9fa>
80403f32:	00b567b3          	or	a5,a0,a1
80403f36:	fbb5                	bnez	a5,80403eaa <__d_vfprintf+0x998>
80403f38:	040df793          	and	a5,s11,64
80403f3c:	d7bd                	beqz	a5,80403eaa <__d_vfprintf+0x998>
80403f3e:	f60d16e3          	bnez	s10,80403eaa <__d_vfprintf+0x998>
80403f42:	feedf993          	and	s3,s11,-18
80403f46:	09c2                	sll	s3,s3,0x10
80403f48:	0109d993          	srl	s3,s3,0x10
80403f4c:	4a81                	li	s5,0
80403f4e:	4481                	li	s1,0
80403f50:	4069fc13          	and	s8,s3,1030
80403f54:	f80c07e3          	beqz	s8,80403ee2 <__d_vfprintf+0x9d0>
80403f58:	0485                	add	s1,s1,1
80403f5a:	4c01                	li	s8,0
80403f5c:	b759                	j	80403ee2 <__d_vfprintf+0x9d0>
80403f5e:	fefdf813          	and	a6,s11,-17
80403f62:	01081d93          	sll	s11,a6,0x10
80403f66:	010ddd93          	srl	s11,s11,0x10
80403f6a:	46a9                	li	a3,10
80403f6c:	080df713          	and	a4,s11,128
80403f70:	5792                	lw	a5,36(sp)
80403f72:	c355                	beqz	a4,80404016 <__d_vfprintf+0xb04>
80403f74:	200df713          	and	a4,s11,512
80403f78:	cb49                	beqz	a4,8040400a <__d_vfprintf+0xaf8>
80403f7a:	079d                	add	a5,a5,7
80403f7c:	9be1                	and	a5,a5,-8
80403f7e:	4388                	lw	a0,0(a5)
80403f80:	43cc                	lw	a1,4(a5)
80403f82:	00878713          	add	a4,a5,8
80403f86:	d23a                	sw	a4,36(sp)
80403f88:	00b567b3          	or	a5,a0,a1
80403f8c:	e7cd                	bnez	a5,80404036 <__d_vfprintf+0xb24>
80403f8e:	fe9df993          	and	s3,s11,-23
80403f92:	09c2                	sll	s3,s3,0x10
80403f94:	040df793          	and	a5,s11,64
80403f98:	0109d993          	srl	s3,s3,0x10
80403f9c:	c3dd                	beqz	a5,80404042 <__d_vfprintf+0xb30>
80403f9e:	0a0d1263          	bnez	s10,80404042 <__d_vfprintf+0xb30>
80403fa2:	fe8df993          	and	s3,s11,-24
80403fa6:	09c2                	sll	s3,s3,0x10
80403fa8:	0109d993          	srl	s3,s3,0x10
80403fac:	4a81                	li	s5,0
80403fae:	0109fc13          	and	s8,s3,16
80403fb2:	0a0c0463          	beqz	s8,8040405a <__d_vfprintf+0xb48>
80403fb6:	001a8493          	add	s1,s5,1
80403fba:	f20904e3          	beqz	s2,80403ee2 <__d_vfprintf+0x9d0>
80403fbe:	84d6                	mv	s1,s5
80403fc0:	b705                	j	80403ee0 <__d_vfprintf+0x9ce>
80403fc2:	010ded93          	or	s11,s11,16
80403fc6:	46c1                	li	a3,16
80403fc8:	07800913          	li	s2,120
80403fcc:	b745                	j	80403f6c <__d_vfprintf+0xa5a>
80403fce:	07800793          	li	a5,120
80403fd2:	00fc9a63          	bne	s9,a5,80403fe6 <__d_vfprintf+0xad4>
80403fd6:	05800793          	li	a5,88
80403fda:	46c1                	li	a3,16
80403fdc:	f8f918e3          	bne	s2,a5,80403f6c <__d_vfprintf+0xa5a>
80403fe0:	21000693          	li	a3,528
80403fe4:	b761                	j	80403f6c <__d_vfprintf+0xa5a>
80403fe6:	4582                	lw	a1,0(sp)
80403fe8:	02500513          	li	a0,37
80403fec:	9a02                	jalr	s4
80403fee:	d6054363          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403ff2:	4582                	lw	a1,0(sp)
80403ff4:	854a                	mv	a0,s2
80403ff6:	9a02                	jalr	s4
80403ff8:	d4054e63          	bltz	a0,80403554 <__d_vfprintf+0x42>
80403ffc:	0409                	add	s0,s0,2
80403ffe:	4792                	lw	a5,4(sp)
80404000:	d34ff06f          	j	80403534 <__d_vfprintf+0x22>
80404004:	46a1                	li	a3,8
80404006:	4901                	li	s2,0
80404008:	b795                	j	80403f6c <__d_vfprintf+0xa5a>
8040400a:	4388                	lw	a0,0(a5)
8040400c:	00478713          	add	a4,a5,4
80404010:	d23a                	sw	a4,36(sp)
80404012:	4581                	li	a1,0
80404014:	bf95                	j	80403f88 <__d_vfprintf+0xa76>
80404016:	00478713          	add	a4,a5,4
8040401a:	4388                	lw	a0,0(a5)
8040401c:	d23a                	sw	a4,36(sp)
8040401e:	100df793          	and	a5,s11,256
80404022:	dbe5                	beqz	a5,80404012 <__d_vfprintf+0xb00>
80404024:	200df793          	and	a5,s11,512
80404028:	c781                	beqz	a5,80404030 <__d_vfprintf+0xb1e>
8040402a:	0ff57513          	zext.b	a0,a0
8040402e:	b7d5                	j	80404012 <__d_vfprintf+0xb00>
80404030:	0542                	sll	a0,a0,0x10
80404032:	8141                	srl	a0,a0,0x10
80404034:	bff9                	j	80404012 <__d_vfprintf+0xb00>
80404036:	ff9df813          	and	a6,s11,-7
8040403a:	01081993          	sll	s3,a6,0x10
8040403e:	0109d993          	srl	s3,s3,0x10
80404042:	02810a93          	add	s5,sp,40
80404046:	b5ad                	j	80403eb0 <__d_vfprintf+0x99e>
80404048:	fee9f993          	and	s3,s3,-18
8040404c:	09c2                	sll	s3,s3,0x10
8040404e:	0109d993          	srl	s3,s3,0x10
80404052:	84ea                	mv	s1,s10
80404054:	bdf5                	j	80403f50 <__d_vfprintf+0xa3e>
80404056:	89be                	mv	s3,a5
80404058:	bf99                	j	80403fae <__d_vfprintf+0xa9c>
8040405a:	84d6                	mv	s1,s5
8040405c:	bdd5                	j	80403f50 <__d_vfprintf+0xa3e>
8040405e:	4582                	lw	a1,0(sp)
80404060:	02000513          	li	a0,32
80404064:	9a02                	jalr	s4
80404066:	ce054763          	bltz	a0,80403554 <__d_vfprintf+0x42>
8040406a:	0b85                	add	s7,s7,1
8040406c:	ff6bc9e3          	blt	s7,s6,8040405e <__d_vfprintf+0xb4c>
80404070:	409404b3          	sub	s1,s0,s1
80404074:	01748433          	add	s0,s1,s7
80404078:	84de                	mv	s1,s7
8040407a:	020c0363          	beqz	s8,804040a0 <__d_vfprintf+0xb8e>
8040407e:	4582                	lw	a1,0(sp)
80404080:	03000513          	li	a0,48
80404084:	9a02                	jalr	s4
80404086:	cc054763          	bltz	a0,80403554 <__d_vfprintf+0x42>
8040408a:	04090d63          	beqz	s2,804040e4 <__d_vfprintf+0xbd2>
8040408e:	4582                	lw	a1,0(sp)
80404090:	0409                	add	s0,s0,2
80404092:	854a                	mv	a0,s2
80404094:	9a02                	jalr	s4
80404096:	ca054f63          	bltz	a0,80403554 <__d_vfprintf+0x42>
8040409a:	8c22                	mv	s8,s0
8040409c:	9d22                	add	s10,s10,s0
8040409e:	a81d                	j	804040d4 <__d_vfprintf+0xbc2>
804040a0:	4069f793          	and	a5,s3,1030
804040a4:	dbfd                	beqz	a5,8040409a <__d_vfprintf+0xb88>
804040a6:	0029f793          	and	a5,s3,2
804040aa:	02000513          	li	a0,32
804040ae:	c399                	beqz	a5,804040b4 <__d_vfprintf+0xba2>
804040b0:	02b00513          	li	a0,43
804040b4:	4009f993          	and	s3,s3,1024
804040b8:	00098463          	beqz	s3,804040c0 <__d_vfprintf+0xbae>
804040bc:	02d00513          	li	a0,45
804040c0:	4582                	lw	a1,0(sp)
804040c2:	0405                	add	s0,s0,1
804040c4:	bfc1                	j	80404094 <__d_vfprintf+0xb82>
804040c6:	4582                	lw	a1,0(sp)
804040c8:	03000513          	li	a0,48
804040cc:	0c05                	add	s8,s8,1
804040ce:	9a02                	jalr	s4
804040d0:	c8054263          	bltz	a0,80403554 <__d_vfprintf+0x42>
804040d4:	418d07b3          	sub	a5,s10,s8
804040d8:	fefac7e3          	blt	s5,a5,804040c6 <__d_vfprintf+0xbb4>
804040dc:	8456                	mv	s0,s5
804040de:	e409                	bnez	s0,804040e8 <__d_vfprintf+0xbd6>
804040e0:	9c56                	add	s8,s8,s5
804040e2:	b305                	j	80403e02 <__d_vfprintf+0x8f0>
804040e4:	0405                	add	s0,s0,1
804040e6:	bf55                	j	8040409a <__d_vfprintf+0xb88>
804040e8:	147d                	add	s0,s0,-1
804040ea:	103c                	add	a5,sp,40
804040ec:	97a2                	add	a5,a5,s0
804040ee:	4582                	lw	a1,0(sp)
804040f0:	0007c503          	lbu	a0,0(a5)
804040f4:	9a02                	jalr	s4
804040f6:	fe0554e3          	bgez	a0,804040de <__d_vfprintf+0xbcc>
804040fa:	c5aff06f          	j	80403554 <__d_vfprintf+0x42>
804040fe:	4582                	lw	a1,0(sp)
80404100:	02000513          	li	a0,32
80404104:	0405                	add	s0,s0,1
80404106:	9a02                	jalr	s4
80404108:	c4054663          	bltz	a0,80403554 <__d_vfprintf+0x42>
8040410c:	408487b3          	sub	a5,s1,s0
80404110:	fef047e3          	bgtz	a5,804040fe <__d_vfprintf+0xbec>
80404114:	b5ed                	j	80403ffe <__d_vfprintf+0xaec>

80404116 <mulShiftAll64>:
80404116:	fffff317          	auipc	t1,0xfffff
8040411a:	124302e7          	jalr	t0,292(t1) # 8040323a <__riscv_save_10>
8040411e:	84b2                	mv	s1,a2
80404120:	00159913          	sll	s2,a1,0x1
80404124:	4210                	lw	a2,0(a2)
80404126:	8ab6                	mv	s5,a3
80404128:	89be                	mv	s3,a5
8040412a:	40d4                	lw	a3,4(s1)
8040412c:	01f55793          	srl	a5,a0,0x1f
80404130:	1141                	add	sp,sp,-16
80404132:	0127e933          	or	s2,a5,s2
80404136:	00151413          	sll	s0,a0,0x1
8040413a:	8522                	mv	a0,s0
8040413c:	85ca                	mv	a1,s2
8040413e:	8bba                	mv	s7,a4
80404140:	870a                	mv	a4,sp
80404142:	8b42                	mv	s6,a6
80404144:	00001097          	auipc	ra,0x1
80404148:	9fc080e7          	jalr	-1540(ra) # 80404b40 <__umul128>
8040414c:	44d4                	lw	a3,12(s1)
8040414e:	4490                	lw	a2,8(s1)
80404150:	0038                	add	a4,sp,8
80404152:	8caa                	mv	s9,a0
80404154:	8c2e                	mv	s8,a1
80404156:	8522                	mv	a0,s0
80404158:	85ca                	mv	a1,s2
8040415a:	00001097          	auipc	ra,0x1
8040415e:	9e6080e7          	jalr	-1562(ra) # 80404b40 <__umul128>
80404162:	4682                	lw	a3,0(sp)
80404164:	4712                	lw	a4,4(sp)
80404166:	4785                	li	a5,1
80404168:	00d50933          	add	s2,a0,a3
8040416c:	00a93533          	sltu	a0,s2,a0
80404170:	95ba                	add	a1,a1,a4
80404172:	00b50433          	add	s0,a0,a1
80404176:	00e46763          	bltu	s0,a4,80404184 <mulShiftAll64+0x6e>
8040417a:	00871463          	bne	a4,s0,80404182 <mulShiftAll64+0x6c>
8040417e:	00d96363          	bltu	s2,a3,80404184 <mulShiftAll64+0x6e>
80404182:	4781                	li	a5,0
80404184:	4622                	lw	a2,8(sp)
80404186:	4732                	lw	a4,12(sp)
80404188:	963e                	add	a2,a2,a5
8040418a:	00f637b3          	sltu	a5,a2,a5
8040418e:	00e786b3          	add	a3,a5,a4
80404192:	4098                	lw	a4,0(s1)
80404194:	40dc                	lw	a5,4(s1)
80404196:	c432                	sw	a2,8(sp)
80404198:	9766                	add	a4,a4,s9
8040419a:	97e2                	add	a5,a5,s8
8040419c:	019735b3          	sltu	a1,a4,s9
804041a0:	95be                	add	a1,a1,a5
804041a2:	c636                	sw	a3,12(sp)
804041a4:	4785                	li	a5,1
804041a6:	0185e763          	bltu	a1,s8,804041b4 <mulShiftAll64+0x9e>
804041aa:	00bc1463          	bne	s8,a1,804041b2 <mulShiftAll64+0x9c>
804041ae:	01976363          	bltu	a4,s9,804041b4 <mulShiftAll64+0x9e>
804041b2:	4781                	li	a5,0
804041b4:	4498                	lw	a4,8(s1)
804041b6:	44c8                	lw	a0,12(s1)
804041b8:	fbfa8a13          	add	s4,s5,-65
804041bc:	974a                	add	a4,a4,s2
804041be:	9522                	add	a0,a0,s0
804041c0:	012735b3          	sltu	a1,a4,s2
804041c4:	95aa                	add	a1,a1,a0
804041c6:	00e78533          	add	a0,a5,a4
804041ca:	00f537b3          	sltu	a5,a0,a5
804041ce:	95be                	add	a1,a1,a5
804041d0:	4785                	li	a5,1
804041d2:	0085e763          	bltu	a1,s0,804041e0 <mulShiftAll64+0xca>
804041d6:	00b41463          	bne	s0,a1,804041de <mulShiftAll64+0xc8>
804041da:	01256363          	bltu	a0,s2,804041e0 <mulShiftAll64+0xca>
804041de:	4781                	li	a5,0
804041e0:	963e                	add	a2,a2,a5
804041e2:	00f637b3          	sltu	a5,a2,a5
804041e6:	8752                	mv	a4,s4
804041e8:	96be                	add	a3,a3,a5
804041ea:	00001097          	auipc	ra,0x1
804041ee:	9a2080e7          	jalr	-1630(ra) # 80404b8c <__shiftright128>
804041f2:	00aba023          	sw	a0,0(s7)
804041f6:	00bba223          	sw	a1,4(s7)
804041fa:	4785                	li	a5,1
804041fc:	48a2                	lw	a7,8(sp)
804041fe:	4832                	lw	a6,12(sp)
80404200:	40cc                	lw	a1,4(s1)
80404202:	4488                	lw	a0,8(s1)
80404204:	44d8                	lw	a4,12(s1)
80404206:	06fb1d63          	bne	s6,a5,80404280 <mulShiftAll64+0x16a>
8040420a:	40a906b3          	sub	a3,s2,a0
8040420e:	00d93633          	sltu	a2,s2,a3
80404212:	40e407b3          	sub	a5,s0,a4
80404216:	8f91                	sub	a5,a5,a2
80404218:	4505                	li	a0,1
8040421a:	00bc6863          	bltu	s8,a1,8040422a <mulShiftAll64+0x114>
8040421e:	01859563          	bne	a1,s8,80404228 <mulShiftAll64+0x112>
80404222:	4098                	lw	a4,0(s1)
80404224:	00ece363          	bltu	s9,a4,8040422a <mulShiftAll64+0x114>
80404228:	4501                	li	a0,0
8040422a:	40a68533          	sub	a0,a3,a0
8040422e:	00a6b6b3          	sltu	a3,a3,a0
80404232:	40d785b3          	sub	a1,a5,a3
80404236:	4605                	li	a2,1
80404238:	00b46763          	bltu	s0,a1,80404246 <mulShiftAll64+0x130>
8040423c:	00859463          	bne	a1,s0,80404244 <mulShiftAll64+0x12e>
80404240:	00a96363          	bltu	s2,a0,80404246 <mulShiftAll64+0x130>
80404244:	4601                	li	a2,0
80404246:	40c88633          	sub	a2,a7,a2
8040424a:	00c8b6b3          	sltu	a3,a7,a2
8040424e:	8752                	mv	a4,s4
80404250:	40d806b3          	sub	a3,a6,a3
80404254:	00001097          	auipc	ra,0x1
80404258:	938080e7          	jalr	-1736(ra) # 80404b8c <__shiftright128>
8040425c:	4622                	lw	a2,8(sp)
8040425e:	46b2                	lw	a3,12(sp)
80404260:	00a9a023          	sw	a0,0(s3)
80404264:	00b9a223          	sw	a1,4(s3)
80404268:	8752                	mv	a4,s4
8040426a:	854a                	mv	a0,s2
8040426c:	85a2                	mv	a1,s0
8040426e:	00001097          	auipc	ra,0x1
80404272:	91e080e7          	jalr	-1762(ra) # 80404b8c <__shiftright128>
80404276:	0141                	add	sp,sp,16
80404278:	fffff317          	auipc	t1,0xfffff
8040427c:	ffa30067          	jr	-6(t1) # 80403272 <__riscv_restore_10>
80404280:	01fcd793          	srl	a5,s9,0x1f
80404284:	001c1613          	sll	a2,s8,0x1
80404288:	8e5d                	or	a2,a2,a5
8040428a:	01f95693          	srl	a3,s2,0x1f
8040428e:	00141793          	sll	a5,s0,0x1
80404292:	001c9e93          	sll	t4,s9,0x1
80404296:	8fd5                	or	a5,a5,a3
80404298:	00191313          	sll	t1,s2,0x1
8040429c:	4e05                	li	t3,1
8040429e:	01866763          	bltu	a2,s8,804042ac <mulShiftAll64+0x196>
804042a2:	00cc1463          	bne	s8,a2,804042aa <mulShiftAll64+0x194>
804042a6:	019ee363          	bltu	t4,s9,804042ac <mulShiftAll64+0x196>
804042aa:	4e01                	li	t3,0
804042ac:	9e1a                	add	t3,t3,t1
804042ae:	006e3333          	sltu	t1,t3,t1
804042b2:	933e                	add	t1,t1,a5
804042b4:	4785                	li	a5,1
804042b6:	00b66863          	bltu	a2,a1,804042c6 <mulShiftAll64+0x1b0>
804042ba:	00c59563          	bne	a1,a2,804042c4 <mulShiftAll64+0x1ae>
804042be:	4094                	lw	a3,0(s1)
804042c0:	00dee363          	bltu	t4,a3,804042c6 <mulShiftAll64+0x1b0>
804042c4:	4781                	li	a5,0
804042c6:	40fe07b3          	sub	a5,t3,a5
804042ca:	00fe35b3          	sltu	a1,t3,a5
804042ce:	40b305b3          	sub	a1,t1,a1
804042d2:	40a78533          	sub	a0,a5,a0
804042d6:	00a7b7b3          	sltu	a5,a5,a0
804042da:	8d99                	sub	a1,a1,a4
804042dc:	01f8d693          	srl	a3,a7,0x1f
804042e0:	8d9d                	sub	a1,a1,a5
804042e2:	00181793          	sll	a5,a6,0x1
804042e6:	8fd5                	or	a5,a5,a3
804042e8:	fc0a8713          	add	a4,s5,-64
804042ec:	0886                	sll	a7,a7,0x1
804042ee:	4685                	li	a3,1
804042f0:	00836763          	bltu	t1,s0,804042fe <mulShiftAll64+0x1e8>
804042f4:	00641463          	bne	s0,t1,804042fc <mulShiftAll64+0x1e6>
804042f8:	012e6363          	bltu	t3,s2,804042fe <mulShiftAll64+0x1e8>
804042fc:	4681                	li	a3,0
804042fe:	96c6                	add	a3,a3,a7
80404300:	0116b8b3          	sltu	a7,a3,a7
80404304:	98be                	add	a7,a7,a5
80404306:	4605                	li	a2,1
80404308:	00b36763          	bltu	t1,a1,80404316 <mulShiftAll64+0x200>
8040430c:	00659463          	bne	a1,t1,80404314 <mulShiftAll64+0x1fe>
80404310:	00ae6363          	bltu	t3,a0,80404316 <mulShiftAll64+0x200>
80404314:	4601                	li	a2,0
80404316:	40c68633          	sub	a2,a3,a2
8040431a:	00c6b6b3          	sltu	a3,a3,a2
8040431e:	40d886b3          	sub	a3,a7,a3
80404322:	bf0d                	j	80404254 <mulShiftAll64+0x13e>

80404324 <div10>:
80404324:	fffff317          	auipc	t1,0xfffff
80404328:	f3e302e7          	jalr	t0,-194(t1) # 80403262 <__riscv_save_0>
8040432c:	804067b7          	lui	a5,0x80406
80404330:	1f87a603          	lw	a2,504(a5) # 804061f8 <stdout+0x4>
80404334:	1fc7a683          	lw	a3,508(a5)
80404338:	1141                	add	sp,sp,-16
8040433a:	0038                	add	a4,sp,8
8040433c:	00001097          	auipc	ra,0x1
80404340:	804080e7          	jalr	-2044(ra) # 80404b40 <__umul128>
80404344:	45b2                	lw	a1,12(sp)
80404346:	47a2                	lw	a5,8(sp)
80404348:	01d59513          	sll	a0,a1,0x1d
8040434c:	838d                	srl	a5,a5,0x3
8040434e:	8d5d                	or	a0,a0,a5
80404350:	818d                	srl	a1,a1,0x3
80404352:	0141                	add	sp,sp,16
80404354:	fffff317          	auipc	t1,0xfffff
80404358:	f3230067          	jr	-206(t1) # 80403286 <__riscv_restore_0>

8040435c <__dtoa_engine>:
8040435c:	fffff317          	auipc	t1,0xfffff
80404360:	ed6302e7          	jalr	t0,-298(t1) # 80403232 <__riscv_save_12>
80404364:	715d                	add	sp,sp,-80
80404366:	8bb6                	mv	s7,a3
80404368:	001006b7          	lui	a3,0x100
8040436c:	c43a                	sw	a4,8(sp)
8040436e:	c63e                	sw	a5,12(sp)
80404370:	01f5d713          	srl	a4,a1,0x1f
80404374:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80404378:	0145d793          	srl	a5,a1,0x14
8040437c:	00bdfdb3          	and	s11,s11,a1
80404380:	c03a                	sw	a4,0(sp)
80404382:	7ff7f413          	and	s0,a5,2047
80404386:	84aa                	mv	s1,a0
80404388:	8ab2                	mv	s5,a2
8040438a:	00ade733          	or	a4,s11,a0
8040438e:	e415                	bnez	s0,804043ba <__dtoa_engine+0x5e>
80404390:	e721                	bnez	a4,804043d8 <__dtoa_engine+0x7c>
80404392:	03000793          	li	a5,48
80404396:	00f602a3          	sb	a5,5(a2)
8040439a:	4782                	lw	a5,0(sp)
8040439c:	00060323          	sb	zero,6(a2)
804043a0:	00062023          	sw	zero,0(a2)
804043a4:	0027e993          	or	s3,a5,2
804043a8:	01360223          	sb	s3,4(a2)
804043ac:	4405                	li	s0,1
804043ae:	8522                	mv	a0,s0
804043b0:	6161                	add	sp,sp,80
804043b2:	fffff317          	auipc	t1,0xfffff
804043b6:	ebc30067          	jr	-324(t1) # 8040326e <__riscv_restore_12>
804043ba:	7ff00613          	li	a2,2047
804043be:	0ac41d63          	bne	s0,a2,80404478 <__dtoa_engine+0x11c>
804043c2:	4782                	lw	a5,0(sp)
804043c4:	0047e793          	or	a5,a5,4
804043c8:	c701                	beqz	a4,804043d0 <__dtoa_engine+0x74>
804043ca:	4782                	lw	a5,0(sp)
804043cc:	0087e793          	or	a5,a5,8
804043d0:	00fa8223          	sb	a5,4(s5)
804043d4:	4401                	li	s0,0
804043d6:	bfe1                	j	804043ae <__dtoa_engine+0x52>
804043d8:	00157793          	and	a5,a0,1
804043dc:	c23e                	sw	a5,4(sp)
804043de:	002d9993          	sll	s3,s11,0x2
804043e2:	01e55793          	srl	a5,a0,0x1e
804043e6:	0137e9b3          	or	s3,a5,s3
804043ea:	00251c13          	sll	s8,a0,0x2
804043ee:	892a                	mv	s2,a0
804043f0:	bcc00413          	li	s0,-1076
804043f4:	4805                	li	a6,1
804043f6:	4d05                	li	s10,1
804043f8:	408004b3          	neg	s1,s0
804043fc:	8526                	mv	a0,s1
804043fe:	ca42                	sw	a6,20(sp)
80404400:	00000097          	auipc	ra,0x0
80404404:	71e080e7          	jalr	1822(ra) # 80404b1e <__log10Pow5>
80404408:	fff42793          	slti	a5,s0,-1
8040440c:	40f50b33          	sub	s6,a0,a5
80404410:	416484b3          	sub	s1,s1,s6
80404414:	8526                	mv	a0,s1
80404416:	00000097          	auipc	ra,0x0
8040441a:	718080e7          	jalr	1816(ra) # 80404b2e <__pow5bits>
8040441e:	f8350693          	add	a3,a0,-125
80404422:	40db06b3          	sub	a3,s6,a3
80404426:	8526                	mv	a0,s1
80404428:	008c                	add	a1,sp,64
8040442a:	c836                	sw	a3,16(sp)
8040442c:	00000097          	auipc	ra,0x0
80404430:	492080e7          	jalr	1170(ra) # 804048be <__double_computePow5>
80404434:	4852                	lw	a6,20(sp)
80404436:	46c2                	lw	a3,16(sp)
80404438:	181c                	add	a5,sp,48
8040443a:	1038                	add	a4,sp,40
8040443c:	0090                	add	a2,sp,64
8040443e:	854a                	mv	a0,s2
80404440:	85ee                	mv	a1,s11
80404442:	00000097          	auipc	ra,0x0
80404446:	cd4080e7          	jalr	-812(ra) # 80404116 <mulShiftAll64>
8040444a:	4785                	li	a5,1
8040444c:	008b0a33          	add	s4,s6,s0
80404450:	84ae                	mv	s1,a1
80404452:	842a                	mv	s0,a0
80404454:	1567ee63          	bltu	a5,s6,804045b0 <__dtoa_engine+0x254>
80404458:	4792                	lw	a5,4(sp)
8040445a:	4985                	li	s3,1
8040445c:	10078e63          	beqz	a5,80404578 <__dtoa_engine+0x21c>
80404460:	57a2                	lw	a5,40(sp)
80404462:	5732                	lw	a4,44(sp)
80404464:	4985                	li	s3,1
80404466:	fff78693          	add	a3,a5,-1
8040446a:	0017b793          	seqz	a5,a5
8040446e:	40f707b3          	sub	a5,a4,a5
80404472:	d436                	sw	a3,40(sp)
80404474:	d63e                	sw	a5,44(sp)
80404476:	a8c9                	j	80404548 <__dtoa_engine+0x1ec>
80404478:	01b6edb3          	or	s11,a3,s11
8040447c:	00157693          	and	a3,a0,1
80404480:	c236                	sw	a3,4(sp)
80404482:	002d9993          	sll	s3,s11,0x2
80404486:	01e55693          	srl	a3,a0,0x1e
8040448a:	bcb40413          	add	s0,s0,-1077
8040448e:	892a                	mv	s2,a0
80404490:	0136e9b3          	or	s3,a3,s3
80404494:	00251c13          	sll	s8,a0,0x2
80404498:	4d05                	li	s10,1
8040449a:	e709                	bnez	a4,804044a4 <__dtoa_engine+0x148>
8040449c:	7fe7f793          	and	a5,a5,2046
804044a0:	0017bd13          	seqz	s10,a5
804044a4:	886a                	mv	a6,s10
804044a6:	f40449e3          	bltz	s0,804043f8 <__dtoa_engine+0x9c>
804044aa:	8522                	mv	a0,s0
804044ac:	00000097          	auipc	ra,0x0
804044b0:	664080e7          	jalr	1636(ra) # 80404b10 <__log10Pow2>
804044b4:	00442793          	slti	a5,s0,4
804044b8:	0017c793          	xor	a5,a5,1
804044bc:	40f50a33          	sub	s4,a0,a5
804044c0:	8552                	mv	a0,s4
804044c2:	00000097          	auipc	ra,0x0
804044c6:	66c080e7          	jalr	1644(ra) # 80404b2e <__pow5bits>
804044ca:	07c50693          	add	a3,a0,124
804044ce:	408a0433          	sub	s0,s4,s0
804044d2:	96a2                	add	a3,a3,s0
804044d4:	008c                	add	a1,sp,64
804044d6:	8552                	mv	a0,s4
804044d8:	c836                	sw	a3,16(sp)
804044da:	00000097          	auipc	ra,0x0
804044de:	50c080e7          	jalr	1292(ra) # 804049e6 <__double_computeInvPow5>
804044e2:	46c2                	lw	a3,16(sp)
804044e4:	181c                	add	a5,sp,48
804044e6:	8526                	mv	a0,s1
804044e8:	886a                	mv	a6,s10
804044ea:	1038                	add	a4,sp,40
804044ec:	0090                	add	a2,sp,64
804044ee:	85ee                	mv	a1,s11
804044f0:	00000097          	auipc	ra,0x0
804044f4:	c26080e7          	jalr	-986(ra) # 80404116 <mulShiftAll64>
804044f8:	47d5                	li	a5,21
804044fa:	842a                	mv	s0,a0
804044fc:	84ae                	mv	s1,a1
804044fe:	0b47e763          	bltu	a5,s4,804045ac <__dtoa_engine+0x250>
80404502:	804067b7          	lui	a5,0x80406
80404506:	1fc7a683          	lw	a3,508(a5) # 804061fc <stdout+0x8>
8040450a:	1f87a603          	lw	a2,504(a5)
8040450e:	1838                	add	a4,sp,56
80404510:	8562                	mv	a0,s8
80404512:	85ce                	mv	a1,s3
80404514:	00000097          	auipc	ra,0x0
80404518:	62c080e7          	jalr	1580(ra) # 80404b40 <__umul128>
8040451c:	57e2                	lw	a5,56(sp)
8040451e:	56f2                	lw	a3,60(sp)
80404520:	5da2                	lw	s11,40(sp)
80404522:	8389                	srl	a5,a5,0x2
80404524:	06fa                	sll	a3,a3,0x1e
80404526:	8fd5                	or	a5,a5,a3
80404528:	4695                	li	a3,5
8040452a:	02f687b3          	mul	a5,a3,a5
8040452e:	5932                	lw	s2,44(sp)
80404530:	01879e63          	bne	a5,s8,8040454c <__dtoa_engine+0x1f0>
80404534:	85ce                	mv	a1,s3
80404536:	8562                	mv	a0,s8
80404538:	00000097          	auipc	ra,0x0
8040453c:	348080e7          	jalr	840(ra) # 80404880 <__pow5Factor>
80404540:	01453733          	sltu	a4,a0,s4
80404544:	00174993          	xor	s3,a4,1
80404548:	4d01                	li	s10,0
8040454a:	a03d                	j	80404578 <__dtoa_engine+0x21c>
8040454c:	4792                	lw	a5,4(sp)
8040454e:	eb95                	bnez	a5,80404582 <__dtoa_engine+0x226>
80404550:	fffc0793          	add	a5,s8,-1
80404554:	41a78533          	sub	a0,a5,s10
80404558:	001c3593          	seqz	a1,s8
8040455c:	00a7b7b3          	sltu	a5,a5,a0
80404560:	40b985b3          	sub	a1,s3,a1
80404564:	8d9d                	sub	a1,a1,a5
80404566:	00000097          	auipc	ra,0x0
8040456a:	31a080e7          	jalr	794(ra) # 80404880 <__pow5Factor>
8040456e:	01453933          	sltu	s2,a0,s4
80404572:	00194d13          	xor	s10,s2,1
80404576:	4981                	li	s3,0
80404578:	47a2                	lw	a5,8(sp)
8040457a:	10079e63          	bnez	a5,80404696 <__dtoa_engine+0x33a>
8040457e:	8b5e                	mv	s6,s7
80404580:	a079                	j	8040460e <__dtoa_engine+0x2b2>
80404582:	002c0513          	add	a0,s8,2
80404586:	018535b3          	sltu	a1,a0,s8
8040458a:	95ce                	add	a1,a1,s3
8040458c:	00000097          	auipc	ra,0x0
80404590:	2f4080e7          	jalr	756(ra) # 80404880 <__pow5Factor>
80404594:	01453533          	sltu	a0,a0,s4
80404598:	00154513          	xor	a0,a0,1
8040459c:	40ad8533          	sub	a0,s11,a0
804045a0:	00adbdb3          	sltu	s11,s11,a0
804045a4:	41b90733          	sub	a4,s2,s11
804045a8:	d42a                	sw	a0,40(sp)
804045aa:	d63a                	sw	a4,44(sp)
804045ac:	4981                	li	s3,0
804045ae:	bf69                	j	80404548 <__dtoa_engine+0x1ec>
804045b0:	03e00793          	li	a5,62
804045b4:	ff67ece3          	bltu	a5,s6,804045ac <__dtoa_engine+0x250>
804045b8:	865a                	mv	a2,s6
804045ba:	557d                	li	a0,-1
804045bc:	55fd                	li	a1,-1
804045be:	ffffe097          	auipc	ra,0xffffe
804045c2:	560080e7          	jalr	1376(ra) # 80402b1e <__ashldi3>
804045c6:	fff54513          	not	a0,a0
804045ca:	fff5c593          	not	a1,a1
804045ce:	0135f5b3          	and	a1,a1,s3
804045d2:	01857533          	and	a0,a0,s8
804045d6:	00b56733          	or	a4,a0,a1
804045da:	00173993          	seqz	s3,a4
804045de:	b7ad                	j	80404548 <__dtoa_engine+0x1ec>
804045e0:	02d50833          	mul	a6,a0,a3
804045e4:	0785                	add	a5,a5,1
804045e6:	02b536b3          	mulhu	a3,a0,a1
804045ea:	02b505b3          	mul	a1,a0,a1
804045ee:	96c2                	add	a3,a3,a6
804045f0:	00d4e663          	bltu	s1,a3,804045fc <__dtoa_engine+0x2a0>
804045f4:	fe9696e3          	bne	a3,s1,804045e0 <__dtoa_engine+0x284>
804045f8:	feb474e3          	bgeu	s0,a1,804045e0 <__dtoa_engine+0x284>
804045fc:	4732                	lw	a4,12(sp)
804045fe:	97d2                	add	a5,a5,s4
80404600:	97ba                	add	a5,a5,a4
80404602:	00f04363          	bgtz	a5,80404608 <__dtoa_engine+0x2ac>
80404606:	4785                	li	a5,1
80404608:	8b3e                	mv	s6,a5
8040460a:	f6fbcae3          	blt	s7,a5,8040457e <__dtoa_engine+0x222>
8040460e:	4c81                	li	s9,0
80404610:	4901                	li	s2,0
80404612:	4c01                	li	s8,0
80404614:	5522                	lw	a0,40(sp)
80404616:	55b2                	lw	a1,44(sp)
80404618:	00000097          	auipc	ra,0x0
8040461c:	d0c080e7          	jalr	-756(ra) # 80404324 <div10>
80404620:	57c2                	lw	a5,48(sp)
80404622:	8dae                	mv	s11,a1
80404624:	55d2                	lw	a1,52(sp)
80404626:	c82a                	sw	a0,16(sp)
80404628:	853e                	mv	a0,a5
8040462a:	ca3e                	sw	a5,20(sp)
8040462c:	00000097          	auipc	ra,0x0
80404630:	cf8080e7          	jalr	-776(ra) # 80404324 <div10>
80404634:	832a                	mv	t1,a0
80404636:	88ae                	mv	a7,a1
80404638:	4ea9                	li	t4,10
8040463a:	01b5e763          	bltu	a1,s11,80404648 <__dtoa_engine+0x2ec>
8040463e:	08bd9863          	bne	s11,a1,804046ce <__dtoa_engine+0x372>
80404642:	47c2                	lw	a5,16(sp)
80404644:	08f57563          	bgeu	a0,a5,804046ce <__dtoa_engine+0x372>
80404648:	8522                	mv	a0,s0
8040464a:	85a6                	mv	a1,s1
8040464c:	ce46                	sw	a7,28(sp)
8040464e:	cc1a                	sw	t1,24(sp)
80404650:	00000097          	auipc	ra,0x0
80404654:	cd4080e7          	jalr	-812(ra) # 80404324 <div10>
80404658:	4362                	lw	t1,24(sp)
8040465a:	4ea9                	li	t4,10
8040465c:	001cb693          	seqz	a3,s9
80404660:	026e8833          	mul	a6,t4,t1
80404664:	00d9f9b3          	and	s3,s3,a3
80404668:	47d2                	lw	a5,20(sp)
8040466a:	48f2                	lw	a7,28(sp)
8040466c:	d66e                	sw	s11,44(sp)
8040466e:	d81a                	sw	t1,48(sp)
80404670:	da46                	sw	a7,52(sp)
80404672:	0905                	add	s2,s2,1
80404674:	84ae                	mv	s1,a1
80404676:	02ae86b3          	mul	a3,t4,a0
8040467a:	40f80833          	sub	a6,a6,a5
8040467e:	47c2                	lw	a5,16(sp)
80404680:	00183813          	seqz	a6,a6
80404684:	010d7d33          	and	s10,s10,a6
80404688:	d43e                	sw	a5,40(sp)
8040468a:	40d406b3          	sub	a3,s0,a3
8040468e:	0ff6fc93          	zext.b	s9,a3
80404692:	842a                	mv	s0,a0
80404694:	b741                	j	80404614 <__dtoa_engine+0x2b8>
80404696:	45a9                	li	a1,10
80404698:	4681                	li	a3,0
8040469a:	4785                	li	a5,1
8040469c:	4529                	li	a0,10
8040469e:	bf89                	j	804045f0 <__dtoa_engine+0x294>
804046a0:	030e8f33          	mul	t5,t4,a6
804046a4:	0505                	add	a0,a0,1
804046a6:	02beb833          	mulhu	a6,t4,a1
804046aa:	02be85b3          	mul	a1,t4,a1
804046ae:	987a                	add	a6,a6,t5
804046b0:	0104e663          	bltu	s1,a6,804046bc <__dtoa_engine+0x360>
804046b4:	fe9816e3          	bne	a6,s1,804046a0 <__dtoa_engine+0x344>
804046b8:	feb474e3          	bgeu	s0,a1,804046a0 <__dtoa_engine+0x344>
804046bc:	00ab5d63          	bge	s6,a0,804046d6 <__dtoa_engine+0x37a>
804046c0:	000b1563          	bnez	s6,804046ca <__dtoa_engine+0x36e>
804046c4:	009465b3          	or	a1,s0,s1
804046c8:	c599                	beqz	a1,804046d6 <__dtoa_engine+0x37a>
804046ca:	4c05                	li	s8,1
804046cc:	bfb5                	j	80404648 <__dtoa_engine+0x2ec>
804046ce:	45a9                	li	a1,10
804046d0:	4801                	li	a6,0
804046d2:	4505                	li	a0,1
804046d4:	bff1                	j	804046b0 <__dtoa_engine+0x354>
804046d6:	060d0763          	beqz	s10,80404744 <__dtoa_engine+0x3e8>
804046da:	4da9                	li	s11,10
804046dc:	5342                	lw	t1,48(sp)
804046de:	55d2                	lw	a1,52(sp)
804046e0:	851a                	mv	a0,t1
804046e2:	c81a                	sw	t1,16(sp)
804046e4:	00000097          	auipc	ra,0x0
804046e8:	c40080e7          	jalr	-960(ra) # 80404324 <div10>
804046ec:	ce2e                	sw	a1,28(sp)
804046ee:	02ad85b3          	mul	a1,s11,a0
804046f2:	4342                	lw	t1,16(sp)
804046f4:	882a                	mv	a6,a0
804046f6:	cc42                	sw	a6,24(sp)
804046f8:	04659663          	bne	a1,t1,80404744 <__dtoa_engine+0x3e8>
804046fc:	5522                	lw	a0,40(sp)
804046fe:	55b2                	lw	a1,44(sp)
80404700:	0905                	add	s2,s2,1
80404702:	00000097          	auipc	ra,0x0
80404706:	c22080e7          	jalr	-990(ra) # 80404324 <div10>
8040470a:	ca2a                	sw	a0,20(sp)
8040470c:	c82e                	sw	a1,16(sp)
8040470e:	8522                	mv	a0,s0
80404710:	85a6                	mv	a1,s1
80404712:	00000097          	auipc	ra,0x0
80404716:	c12080e7          	jalr	-1006(ra) # 80404324 <div10>
8040471a:	001cb693          	seqz	a3,s9
8040471e:	00d9f9b3          	and	s3,s3,a3
80404722:	02ad86b3          	mul	a3,s11,a0
80404726:	4e52                	lw	t3,20(sp)
80404728:	4342                	lw	t1,16(sp)
8040472a:	4862                	lw	a6,24(sp)
8040472c:	48f2                	lw	a7,28(sp)
8040472e:	d472                	sw	t3,40(sp)
80404730:	d61a                	sw	t1,44(sp)
80404732:	d842                	sw	a6,48(sp)
80404734:	da46                	sw	a7,52(sp)
80404736:	84ae                	mv	s1,a1
80404738:	40d406b3          	sub	a3,s0,a3
8040473c:	0ff6fc93          	zext.b	s9,a3
80404740:	842a                	mv	s0,a0
80404742:	bf69                	j	804046dc <__dtoa_engine+0x380>
80404744:	9952                	add	s2,s2,s4
80404746:	0c098863          	beqz	s3,80404816 <__dtoa_engine+0x4ba>
8040474a:	4715                	li	a4,5
8040474c:	0cec9563          	bne	s9,a4,80404816 <__dtoa_engine+0x4ba>
80404750:	00147713          	and	a4,s0,1
80404754:	e755                	bnez	a4,80404800 <__dtoa_engine+0x4a4>
80404756:	000c1963          	bnez	s8,80404768 <__dtoa_engine+0x40c>
8040475a:	5742                	lw	a4,48(sp)
8040475c:	00871563          	bne	a4,s0,80404766 <__dtoa_engine+0x40a>
80404760:	5752                	lw	a4,52(sp)
80404762:	0c970c63          	beq	a4,s1,8040483a <__dtoa_engine+0x4de>
80404766:	4701                	li	a4,0
80404768:	943a                	add	s0,s0,a4
8040476a:	00e435b3          	sltu	a1,s0,a4
8040476e:	95a6                	add	a1,a1,s1
80404770:	8a2e                	mv	s4,a1
80404772:	84a2                	mv	s1,s0
80404774:	4629                	li	a2,10
80404776:	4681                	li	a3,0
80404778:	4c05                	li	s8,1
8040477a:	4529                	li	a0,10
8040477c:	00d5e663          	bltu	a1,a3,80404788 <__dtoa_engine+0x42c>
80404780:	0ab69f63          	bne	a3,a1,8040483e <__dtoa_engine+0x4e2>
80404784:	0ac47d63          	bgeu	s0,a2,8040483e <__dtoa_engine+0x4e2>
80404788:	c329                	beqz	a4,804047ca <__dtoa_engine+0x46e>
8040478a:	058b5063          	bge	s6,s8,804047ca <__dtoa_engine+0x46e>
8040478e:	47a2                	lw	a5,8(sp)
80404790:	cf91                	beqz	a5,804047ac <__dtoa_engine+0x450>
80404792:	4732                	lw	a4,12(sp)
80404794:	012c07b3          	add	a5,s8,s2
80404798:	00f70b33          	add	s6,a4,a5
8040479c:	000b5363          	bgez	s6,804047a2 <__dtoa_engine+0x446>
804047a0:	4b01                	li	s6,0
804047a2:	016bd363          	bge	s7,s6,804047a8 <__dtoa_engine+0x44c>
804047a6:	8b5e                	mv	s6,s7
804047a8:	038b5163          	bge	s6,s8,804047ca <__dtoa_engine+0x46e>
804047ac:	00540513          	add	a0,s0,5
804047b0:	00853433          	sltu	s0,a0,s0
804047b4:	4629                	li	a2,10
804047b6:	4681                	li	a3,0
804047b8:	95a2                	add	a1,a1,s0
804047ba:	ffffe097          	auipc	ra,0xffffe
804047be:	3f2080e7          	jalr	1010(ra) # 80402bac <__udivdi3>
804047c2:	84aa                	mv	s1,a0
804047c4:	8a2e                	mv	s4,a1
804047c6:	0905                	add	s2,s2,1
804047c8:	1c7d                	add	s8,s8,-1
804047ca:	87da                	mv	a5,s6
804047cc:	016c5363          	bge	s8,s6,804047d2 <__dtoa_engine+0x476>
804047d0:	87e2                	mv	a5,s8
804047d2:	01079413          	sll	s0,a5,0x10
804047d6:	0942                	sll	s2,s2,0x10
804047d8:	8441                	sra	s0,s0,0x10
804047da:	41095913          	sra	s2,s2,0x10
804047de:	9922                	add	s2,s2,s0
804047e0:	008a8b33          	add	s6,s5,s0
804047e4:	197d                	add	s2,s2,-1
804047e6:	4b81                	li	s7,0
804047e8:	8c5a                	mv	s8,s6
804047ea:	1b7d                	add	s6,s6,-1
804047ec:	068bc263          	blt	s7,s0,80404850 <__dtoa_engine+0x4f4>
804047f0:	4782                	lw	a5,0(sp)
804047f2:	000c02a3          	sb	zero,5(s8)
804047f6:	012aa023          	sw	s2,0(s5)
804047fa:	00fa8223          	sb	a5,4(s5)
804047fe:	be45                	j	804043ae <__dtoa_engine+0x52>
80404800:	4705                	li	a4,1
80404802:	f60c13e3          	bnez	s8,80404768 <__dtoa_engine+0x40c>
80404806:	5742                	lw	a4,48(sp)
80404808:	00871563          	bne	a4,s0,80404812 <__dtoa_engine+0x4b6>
8040480c:	5752                	lw	a4,52(sp)
8040480e:	00970c63          	beq	a4,s1,80404826 <__dtoa_engine+0x4ca>
80404812:	4705                	li	a4,1
80404814:	bf91                	j	80404768 <__dtoa_engine+0x40c>
80404816:	000c1d63          	bnez	s8,80404830 <__dtoa_engine+0x4d4>
8040481a:	5742                	lw	a4,48(sp)
8040481c:	00871a63          	bne	a4,s0,80404830 <__dtoa_engine+0x4d4>
80404820:	5752                	lw	a4,52(sp)
80404822:	00971763          	bne	a4,s1,80404830 <__dtoa_engine+0x4d4>
80404826:	4792                	lw	a5,4(sp)
80404828:	4705                	li	a4,1
8040482a:	ff9d                	bnez	a5,80404768 <__dtoa_engine+0x40c>
8040482c:	f20d0ee3          	beqz	s10,80404768 <__dtoa_engine+0x40c>
80404830:	005cb693          	sltiu	a3,s9,5
80404834:	0016c713          	xor	a4,a3,1
80404838:	bf05                	j	80404768 <__dtoa_engine+0x40c>
8040483a:	4c91                	li	s9,4
8040483c:	b7ed                	j	80404826 <__dtoa_engine+0x4ca>
8040483e:	02d50833          	mul	a6,a0,a3
80404842:	0c05                	add	s8,s8,1
80404844:	02c536b3          	mulhu	a3,a0,a2
80404848:	02c50633          	mul	a2,a0,a2
8040484c:	96c2                	add	a3,a3,a6
8040484e:	b73d                	j	8040477c <__dtoa_engine+0x420>
80404850:	4629                	li	a2,10
80404852:	4681                	li	a3,0
80404854:	8526                	mv	a0,s1
80404856:	85d2                	mv	a1,s4
80404858:	ffffe097          	auipc	ra,0xffffe
8040485c:	6b2080e7          	jalr	1714(ra) # 80402f0a <__umoddi3>
80404860:	03050513          	add	a0,a0,48
80404864:	00ab02a3          	sb	a0,5(s6)
80404868:	85d2                	mv	a1,s4
8040486a:	8526                	mv	a0,s1
8040486c:	4629                	li	a2,10
8040486e:	4681                	li	a3,0
80404870:	ffffe097          	auipc	ra,0xffffe
80404874:	33c080e7          	jalr	828(ra) # 80402bac <__udivdi3>
80404878:	84aa                	mv	s1,a0
8040487a:	8a2e                	mv	s4,a1
8040487c:	0b85                	add	s7,s7,1
8040487e:	b7b5                	j	804047ea <__dtoa_engine+0x48e>

80404880 <__pow5Factor>:
80404880:	ccccd737          	lui	a4,0xccccd
80404884:	333336b7          	lui	a3,0x33333
80404888:	87aa                	mv	a5,a0
8040488a:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8af46d>
8040488e:	4501                	li	a0,0
80404890:	ccc70713          	add	a4,a4,-820
80404894:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80404898:	02c585b3          	mul	a1,a1,a2
8040489c:	02e78833          	mul	a6,a5,a4
804048a0:	982e                	add	a6,a6,a1
804048a2:	02c7b5b3          	mulhu	a1,a5,a2
804048a6:	95c2                	add	a1,a1,a6
804048a8:	02c787b3          	mul	a5,a5,a2
804048ac:	00b6e863          	bltu	a3,a1,804048bc <__pow5Factor+0x3c>
804048b0:	00d59463          	bne	a1,a3,804048b8 <__pow5Factor+0x38>
804048b4:	00f5e463          	bltu	a1,a5,804048bc <__pow5Factor+0x3c>
804048b8:	0505                	add	a0,a0,1
804048ba:	bff9                	j	80404898 <__pow5Factor+0x18>
804048bc:	8082                	ret

804048be <__double_computePow5>:
804048be:	fffff317          	auipc	t1,0xfffff
804048c2:	97c302e7          	jalr	t0,-1668(t1) # 8040323a <__riscv_save_10>
804048c6:	47e9                	li	a5,26
804048c8:	02f55b33          	divu	s6,a0,a5
804048cc:	804069b7          	lui	s3,0x80406
804048d0:	da898b93          	add	s7,s3,-600 # 80405da8 <DOUBLE_POW5_SPLIT2>
804048d4:	1101                	add	sp,sp,-32
804048d6:	892e                	mv	s2,a1
804048d8:	02f577b3          	remu	a5,a0,a5
804048dc:	004b1713          	sll	a4,s6,0x4
804048e0:	9bba                	add	s7,s7,a4
804048e2:	e785                	bnez	a5,8040490a <__double_computePow5+0x4c>
804048e4:	000ba703          	lw	a4,0(s7)
804048e8:	004ba783          	lw	a5,4(s7)
804048ec:	c198                	sw	a4,0(a1)
804048ee:	c1dc                	sw	a5,4(a1)
804048f0:	008ba503          	lw	a0,8(s7)
804048f4:	00cba583          	lw	a1,12(s7)
804048f8:	00a92423          	sw	a0,8(s2)
804048fc:	00b92623          	sw	a1,12(s2)
80404900:	6105                	add	sp,sp,32
80404902:	fffff317          	auipc	t1,0xfffff
80404906:	97030067          	jr	-1680(t1) # 80403272 <__riscv_restore_10>
8040490a:	da898993          	add	s3,s3,-600
8040490e:	078e                	sll	a5,a5,0x3
80404910:	97ce                	add	a5,a5,s3
80404912:	0d07aa03          	lw	s4,208(a5)
80404916:	0d47aa83          	lw	s5,212(a5)
8040491a:	008ba603          	lw	a2,8(s7)
8040491e:	00cba683          	lw	a3,12(s7)
80404922:	0818                	add	a4,sp,16
80404924:	85d6                	mv	a1,s5
80404926:	842a                	mv	s0,a0
80404928:	8552                	mv	a0,s4
8040492a:	00000097          	auipc	ra,0x0
8040492e:	216080e7          	jalr	534(ra) # 80404b40 <__umul128>
80404932:	000ba603          	lw	a2,0(s7)
80404936:	004ba683          	lw	a3,4(s7)
8040493a:	84aa                	mv	s1,a0
8040493c:	8c2e                	mv	s8,a1
8040493e:	0838                	add	a4,sp,24
80404940:	8552                	mv	a0,s4
80404942:	85d6                	mv	a1,s5
80404944:	00000097          	auipc	ra,0x0
80404948:	1fc080e7          	jalr	508(ra) # 80404b40 <__umul128>
8040494c:	47e2                	lw	a5,24(sp)
8040494e:	4772                	lw	a4,28(sp)
80404950:	8aaa                	mv	s5,a0
80404952:	94be                	add	s1,s1,a5
80404954:	00f4ba33          	sltu	s4,s1,a5
80404958:	9c3a                	add	s8,s8,a4
8040495a:	9a62                	add	s4,s4,s8
8040495c:	00ea6663          	bltu	s4,a4,80404968 <__double_computePow5+0xaa>
80404960:	01471d63          	bne	a4,s4,8040497a <__double_computePow5+0xbc>
80404964:	00f4fb63          	bgeu	s1,a5,8040497a <__double_computePow5+0xbc>
80404968:	47c2                	lw	a5,16(sp)
8040496a:	46d2                	lw	a3,20(sp)
8040496c:	00178713          	add	a4,a5,1
80404970:	00f737b3          	sltu	a5,a4,a5
80404974:	97b6                	add	a5,a5,a3
80404976:	c83a                	sw	a4,16(sp)
80404978:	ca3e                	sw	a5,20(sp)
8040497a:	8522                	mv	a0,s0
8040497c:	c62e                	sw	a1,12(sp)
8040497e:	00000097          	auipc	ra,0x0
80404982:	1b0080e7          	jalr	432(ra) # 80404b2e <__pow5bits>
80404986:	8baa                	mv	s7,a0
80404988:	4569                	li	a0,26
8040498a:	02ab0533          	mul	a0,s6,a0
8040498e:	00000097          	auipc	ra,0x0
80404992:	1a0080e7          	jalr	416(ra) # 80404b2e <__pow5bits>
80404996:	45b2                	lw	a1,12(sp)
80404998:	40ab8733          	sub	a4,s7,a0
8040499c:	8626                	mv	a2,s1
8040499e:	86d2                	mv	a3,s4
804049a0:	8556                	mv	a0,s5
804049a2:	c43a                	sw	a4,8(sp)
804049a4:	00000097          	auipc	ra,0x0
804049a8:	1e8080e7          	jalr	488(ra) # 80404b8c <__shiftright128>
804049ac:	00445793          	srl	a5,s0,0x4
804049b0:	078a                	sll	a5,a5,0x2
804049b2:	99be                	add	s3,s3,a5
804049b4:	1a09a783          	lw	a5,416(s3)
804049b8:	0406                	sll	s0,s0,0x1
804049ba:	8879                	and	s0,s0,30
804049bc:	0087d7b3          	srl	a5,a5,s0
804049c0:	8b8d                	and	a5,a5,3
804049c2:	953e                	add	a0,a0,a5
804049c4:	00f537b3          	sltu	a5,a0,a5
804049c8:	4722                	lw	a4,8(sp)
804049ca:	4642                	lw	a2,16(sp)
804049cc:	46d2                	lw	a3,20(sp)
804049ce:	97ae                	add	a5,a5,a1
804049d0:	00a92023          	sw	a0,0(s2)
804049d4:	00f92223          	sw	a5,4(s2)
804049d8:	8526                	mv	a0,s1
804049da:	85d2                	mv	a1,s4
804049dc:	00000097          	auipc	ra,0x0
804049e0:	1b0080e7          	jalr	432(ra) # 80404b8c <__shiftright128>
804049e4:	bf11                	j	804048f8 <__double_computePow5+0x3a>

804049e6 <__double_computeInvPow5>:
804049e6:	fffff317          	auipc	t1,0xfffff
804049ea:	854302e7          	jalr	t0,-1964(t1) # 8040323a <__riscv_save_10>
804049ee:	4b69                	li	s6,26
804049f0:	01950793          	add	a5,a0,25
804049f4:	0367d7b3          	divu	a5,a5,s6
804049f8:	80406ab7          	lui	s5,0x80406
804049fc:	da8a8493          	add	s1,s5,-600 # 80405da8 <DOUBLE_POW5_SPLIT2>
80404a00:	1f848493          	add	s1,s1,504
80404a04:	1101                	add	sp,sp,-32
80404a06:	8a2e                	mv	s4,a1
80404a08:	03678b33          	mul	s6,a5,s6
80404a0c:	0792                	sll	a5,a5,0x4
80404a0e:	94be                	add	s1,s1,a5
80404a10:	40ab0733          	sub	a4,s6,a0
80404a14:	02ab1163          	bne	s6,a0,80404a36 <__double_computeInvPow5+0x50>
80404a18:	4098                	lw	a4,0(s1)
80404a1a:	40dc                	lw	a5,4(s1)
80404a1c:	c198                	sw	a4,0(a1)
80404a1e:	c1dc                	sw	a5,4(a1)
80404a20:	4488                	lw	a0,8(s1)
80404a22:	44cc                	lw	a1,12(s1)
80404a24:	00aa2423          	sw	a0,8(s4)
80404a28:	00ba2623          	sw	a1,12(s4)
80404a2c:	6105                	add	sp,sp,32
80404a2e:	fffff317          	auipc	t1,0xfffff
80404a32:	84430067          	jr	-1980(t1) # 80403272 <__riscv_restore_10>
80404a36:	da8a8a93          	add	s5,s5,-600
80404a3a:	070e                	sll	a4,a4,0x3
80404a3c:	9756                	add	a4,a4,s5
80404a3e:	0d072903          	lw	s2,208(a4)
80404a42:	0d472983          	lw	s3,212(a4)
80404a46:	4490                	lw	a2,8(s1)
80404a48:	44d4                	lw	a3,12(s1)
80404a4a:	0818                	add	a4,sp,16
80404a4c:	85ce                	mv	a1,s3
80404a4e:	842a                	mv	s0,a0
80404a50:	854a                	mv	a0,s2
80404a52:	00000097          	auipc	ra,0x0
80404a56:	0ee080e7          	jalr	238(ra) # 80404b40 <__umul128>
80404a5a:	4090                	lw	a2,0(s1)
80404a5c:	40d4                	lw	a3,4(s1)
80404a5e:	8c2a                	mv	s8,a0
80404a60:	00163793          	seqz	a5,a2
80404a64:	8bae                	mv	s7,a1
80404a66:	0838                	add	a4,sp,24
80404a68:	8e9d                	sub	a3,a3,a5
80404a6a:	854a                	mv	a0,s2
80404a6c:	85ce                	mv	a1,s3
80404a6e:	167d                	add	a2,a2,-1
80404a70:	00000097          	auipc	ra,0x0
80404a74:	0d0080e7          	jalr	208(ra) # 80404b40 <__umul128>
80404a78:	47e2                	lw	a5,24(sp)
80404a7a:	4772                	lw	a4,28(sp)
80404a7c:	89aa                	mv	s3,a0
80404a7e:	9c3e                	add	s8,s8,a5
80404a80:	00fc3933          	sltu	s2,s8,a5
80404a84:	9bba                	add	s7,s7,a4
80404a86:	995e                	add	s2,s2,s7
80404a88:	00e96663          	bltu	s2,a4,80404a94 <__double_computeInvPow5+0xae>
80404a8c:	01271d63          	bne	a4,s2,80404aa6 <__double_computeInvPow5+0xc0>
80404a90:	00fc7b63          	bgeu	s8,a5,80404aa6 <__double_computeInvPow5+0xc0>
80404a94:	47c2                	lw	a5,16(sp)
80404a96:	46d2                	lw	a3,20(sp)
80404a98:	00178713          	add	a4,a5,1
80404a9c:	00f737b3          	sltu	a5,a4,a5
80404aa0:	97b6                	add	a5,a5,a3
80404aa2:	c83a                	sw	a4,16(sp)
80404aa4:	ca3e                	sw	a5,20(sp)
80404aa6:	855a                	mv	a0,s6
80404aa8:	c62e                	sw	a1,12(sp)
80404aaa:	00000097          	auipc	ra,0x0
80404aae:	084080e7          	jalr	132(ra) # 80404b2e <__pow5bits>
80404ab2:	8b2a                	mv	s6,a0
80404ab4:	8522                	mv	a0,s0
80404ab6:	00000097          	auipc	ra,0x0
80404aba:	078080e7          	jalr	120(ra) # 80404b2e <__pow5bits>
80404abe:	45b2                	lw	a1,12(sp)
80404ac0:	40ab0733          	sub	a4,s6,a0
80404ac4:	8662                	mv	a2,s8
80404ac6:	86ca                	mv	a3,s2
80404ac8:	854e                	mv	a0,s3
80404aca:	c43a                	sw	a4,8(sp)
80404acc:	00000097          	auipc	ra,0x0
80404ad0:	0c0080e7          	jalr	192(ra) # 80404b8c <__shiftright128>
80404ad4:	00445793          	srl	a5,s0,0x4
80404ad8:	078a                	sll	a5,a5,0x2
80404ada:	9abe                	add	s5,s5,a5
80404adc:	2e8aa783          	lw	a5,744(s5)
80404ae0:	0406                	sll	s0,s0,0x1
80404ae2:	8879                	and	s0,s0,30
80404ae4:	0087d7b3          	srl	a5,a5,s0
80404ae8:	8b8d                	and	a5,a5,3
80404aea:	0785                	add	a5,a5,1
80404aec:	953e                	add	a0,a0,a5
80404aee:	00f537b3          	sltu	a5,a0,a5
80404af2:	4722                	lw	a4,8(sp)
80404af4:	4642                	lw	a2,16(sp)
80404af6:	46d2                	lw	a3,20(sp)
80404af8:	97ae                	add	a5,a5,a1
80404afa:	00aa2023          	sw	a0,0(s4)
80404afe:	00fa2223          	sw	a5,4(s4)
80404b02:	8562                	mv	a0,s8
80404b04:	85ca                	mv	a1,s2
80404b06:	00000097          	auipc	ra,0x0
80404b0a:	086080e7          	jalr	134(ra) # 80404b8c <__shiftright128>
80404b0e:	bf19                	j	80404a24 <__double_computeInvPow5+0x3e>

80404b10 <__log10Pow2>:
80404b10:	67cd                	lui	a5,0x13
80404b12:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80404b16:	02f50533          	mul	a0,a0,a5
80404b1a:	8149                	srl	a0,a0,0x12
80404b1c:	8082                	ret

80404b1e <__log10Pow5>:
80404b1e:	000b37b7          	lui	a5,0xb3
80404b22:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80404b26:	02f50533          	mul	a0,a0,a5
80404b2a:	8151                	srl	a0,a0,0x14
80404b2c:	8082                	ret

80404b2e <__pow5bits>:
80404b2e:	001297b7          	lui	a5,0x129
80404b32:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80404b36:	02f50533          	mul	a0,a0,a5
80404b3a:	814d                	srl	a0,a0,0x13
80404b3c:	0505                	add	a0,a0,1
80404b3e:	8082                	ret

80404b40 <__umul128>:
80404b40:	02c537b3          	mulhu	a5,a0,a2
80404b44:	832e                	mv	t1,a1
80404b46:	02c585b3          	mul	a1,a1,a2
80404b4a:	02c33833          	mulhu	a6,t1,a2
80404b4e:	95be                	add	a1,a1,a5
80404b50:	00f5b7b3          	sltu	a5,a1,a5
80404b54:	97c2                	add	a5,a5,a6
80404b56:	02a68833          	mul	a6,a3,a0
80404b5a:	02a6b8b3          	mulhu	a7,a3,a0
80404b5e:	95c2                	add	a1,a1,a6
80404b60:	0105b833          	sltu	a6,a1,a6
80404b64:	98c2                	add	a7,a7,a6
80404b66:	02d30833          	mul	a6,t1,a3
80404b6a:	02d33333          	mulhu	t1,t1,a3
80404b6e:	983e                	add	a6,a6,a5
80404b70:	011806b3          	add	a3,a6,a7
80404b74:	00f837b3          	sltu	a5,a6,a5
80404b78:	0106b833          	sltu	a6,a3,a6
80404b7c:	c314                	sw	a3,0(a4)
80404b7e:	979a                	add	a5,a5,t1
80404b80:	983e                	add	a6,a6,a5
80404b82:	02c50533          	mul	a0,a0,a2
80404b86:	01072223          	sw	a6,4(a4)
80404b8a:	8082                	ret

80404b8c <__shiftright128>:
80404b8c:	ffffe317          	auipc	t1,0xffffe
80404b90:	6bc302e7          	jalr	t0,1724(t1) # 80403248 <__riscv_save_4>
80404b94:	8a2a                	mv	s4,a0
80404b96:	8532                	mv	a0,a2
80404b98:	04000613          	li	a2,64
80404b9c:	8e19                	sub	a2,a2,a4
80404b9e:	89ae                	mv	s3,a1
80404ba0:	85b6                	mv	a1,a3
80404ba2:	843a                	mv	s0,a4
80404ba4:	ffffe097          	auipc	ra,0xffffe
80404ba8:	f7a080e7          	jalr	-134(ra) # 80402b1e <__ashldi3>
80404bac:	892a                	mv	s2,a0
80404bae:	84ae                	mv	s1,a1
80404bb0:	8622                	mv	a2,s0
80404bb2:	8552                	mv	a0,s4
80404bb4:	85ce                	mv	a1,s3
80404bb6:	ffffe097          	auipc	ra,0xffffe
80404bba:	f40080e7          	jalr	-192(ra) # 80402af6 <__lshrdi3>
80404bbe:	00a96533          	or	a0,s2,a0
80404bc2:	8dc5                	or	a1,a1,s1
80404bc4:	ffffe317          	auipc	t1,0xffffe
80404bc8:	6b830067          	jr	1720(t1) # 8040327c <__riscv_restore_4>

80404bcc <strnlen>:
80404bcc:	95aa                	add	a1,a1,a0
80404bce:	87aa                	mv	a5,a0
80404bd0:	00b78563          	beq	a5,a1,80404bda <strnlen+0xe>
80404bd4:	0007c703          	lbu	a4,0(a5)
80404bd8:	e701                	bnez	a4,80404be0 <strnlen+0x14>
80404bda:	40a78533          	sub	a0,a5,a0
80404bde:	8082                	ret
80404be0:	0785                	add	a5,a5,1
80404be2:	b7fd                	j	80404bd0 <strnlen+0x4>
