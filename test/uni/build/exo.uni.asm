
build/exo.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00008197          	auipc	gp,0x8
80400004:	89818193          	add	gp,gp,-1896 # 80407898 <__global_pointer$>
80400008:	0001a117          	auipc	sp,0x1a
8040000c:	2c810113          	add	sp,sp,712 # 8041a2d0 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00007297          	auipc	t0,0x7
80400016:	09e28293          	add	t0,t0,158 # 804070b0 <nlost>
8040001a:	0001e317          	auipc	t1,0x1e
8040001e:	85630313          	add	t1,t1,-1962 # 8041d870 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00007297          	auipc	t0,0x7
8040003e:	07628293          	add	t0,t0,118 # 804070b0 <nlost>
80400042:	00007317          	auipc	t1,0x7
80400046:	07230313          	add	t1,t1,114 # 804070b4 <failures>
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
8040007c:	03830313          	add	t1,t1,56 # 804070b0 <nlost>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00001097          	auipc	ra,0x1
8040009a:	240080e7          	jalr	576(ra) # 804012d6 <uni_runtime_start>
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
804000c4:	0cc58593          	add	a1,a1,204 # 804050cc <strnlen+0x486>
804000c8:	8522                	mv	a0,s0
804000ca:	00003097          	auipc	ra,0x3
804000ce:	268080e7          	jalr	616(ra) # 80403332 <strcmp>
804000d2:	84aa                	mv	s1,a0
804000d4:	18050263          	beqz	a0,80400258 <main+0x1b8>
804000d8:	804055b7          	lui	a1,0x80405
804000dc:	15458593          	add	a1,a1,340 # 80405154 <strnlen+0x50e>
804000e0:	8522                	mv	a0,s0
804000e2:	00003097          	auipc	ra,0x3
804000e6:	250080e7          	jalr	592(ra) # 80403332 <strcmp>
804000ea:	c131                	beqz	a0,8040012e <main+0x8e>
804000ec:	804055b7          	lui	a1,0x80405
804000f0:	1d058593          	add	a1,a1,464 # 804051d0 <strnlen+0x58a>
804000f4:	8522                	mv	a0,s0
804000f6:	00003097          	auipc	ra,0x3
804000fa:	23c080e7          	jalr	572(ra) # 80403332 <strcmp>
804000fe:	89aa                	mv	s3,a0
80400100:	40050c63          	beqz	a0,80400518 <main+0x478>
80400104:	804055b7          	lui	a1,0x80405
80400108:	51c58593          	add	a1,a1,1308 # 8040551c <strnlen+0x8d6>
8040010c:	8522                	mv	a0,s0
8040010e:	00003097          	auipc	ra,0x3
80400112:	224080e7          	jalr	548(ra) # 80403332 <strcmp>
80400116:	20050263          	beqz	a0,8040031a <main+0x27a>
8040011a:	80405537          	lui	a0,0x80405
8040011e:	67c50513          	add	a0,a0,1660 # 8040567c <strnlen+0xa36>
80400122:	00003097          	auipc	ra,0x3
80400126:	228080e7          	jalr	552(ra) # 8040334a <printf>
8040012a:	4485                	li	s1,1
8040012c:	aac9                	j	804002fe <main+0x25e>
8040012e:	00002097          	auipc	ra,0x2
80400132:	626080e7          	jalr	1574(ra) # 80402754 <uni_revoke_cooperate>
80400136:	80401537          	lui	a0,0x80401
8040013a:	da050513          	add	a0,a0,-608 # 80400da0 <hook>
8040013e:	00002097          	auipc	ra,0x2
80400142:	620080e7          	jalr	1568(ra) # 8040275e <uni_set_revoke_hook>
80400146:	00001097          	auipc	ra,0x1
8040014a:	b92080e7          	jalr	-1134(ra) # 80400cd8 <bind_pages>
8040014e:	fc054ee3          	bltz	a0,8040012a <main+0x8a>
80400152:	80405537          	lui	a0,0x80405
80400156:	0d450513          	add	a0,a0,212 # 804050d4 <strnlen+0x48e>
8040015a:	00003097          	auipc	ra,0x3
8040015e:	1f0080e7          	jalr	496(ra) # 8040334a <printf>
80400162:	a029                	j	8040016c <main+0xcc>
80400164:	00002097          	auipc	ra,0x2
80400168:	06a080e7          	jalr	106(ra) # 804021ce <uni_sleep_ms>
8040016c:	00002097          	auipc	ra,0x2
80400170:	5fc080e7          	jalr	1532(ra) # 80402768 <uni_revoke_stats>
80400174:	451c                	lw	a5,8(a0)
80400176:	4515                	li	a0,5
80400178:	d7f5                	beqz	a5,80400164 <main+0xc4>
8040017a:	804077b7          	lui	a5,0x80407
8040017e:	0d47a903          	lw	s2,212(a5) # 804070d4 <pv_shared_info>
80400182:	80405537          	lui	a0,0x80405
80400186:	15c50513          	add	a0,a0,348 # 8040515c <strnlen+0x516>
8040018a:	15892603          	lw	a2,344(s2)
8040018e:	15492583          	lw	a1,340(s2)
80400192:	00003097          	auipc	ra,0x3
80400196:	1b8080e7          	jalr	440(ra) # 8040334a <printf>
8040019a:	15892783          	lw	a5,344(s2)
8040019e:	cb85                	beqz	a5,804001ce <main+0x12e>
804001a0:	15c90493          	add	s1,s2,348
804001a4:	4401                	li	s0,0
804001a6:	804059b7          	lui	s3,0x80405
804001aa:	02000a13          	li	s4,32
804001ae:	a019                	j	804001b4 <main+0x114>
804001b0:	01440f63          	beq	s0,s4,804001ce <main+0x12e>
804001b4:	408c                	lw	a1,0(s1)
804001b6:	18498513          	add	a0,s3,388 # 80405184 <strnlen+0x53e>
804001ba:	0405                	add	s0,s0,1
804001bc:	00003097          	auipc	ra,0x3
804001c0:	18e080e7          	jalr	398(ra) # 8040334a <printf>
804001c4:	15892783          	lw	a5,344(s2)
804001c8:	0491                	add	s1,s1,4
804001ca:	fef463e3          	bltu	s0,a5,804001b0 <main+0x110>
804001ce:	80405537          	lui	a0,0x80405
804001d2:	20450513          	add	a0,a0,516 # 80405204 <strnlen+0x5be>
804001d6:	00003097          	auipc	ra,0x3
804001da:	174080e7          	jalr	372(ra) # 8040334a <printf>
804001de:	80405537          	lui	a0,0x80405
804001e2:	17c50513          	add	a0,a0,380 # 8040517c <strnlen+0x536>
804001e6:	00001097          	auipc	ra,0x1
804001ea:	a9c080e7          	jalr	-1380(ra) # 80400c82 <print_lost>
804001ee:	00002097          	auipc	ra,0x2
804001f2:	524080e7          	jalr	1316(ra) # 80402712 <uni_bound_pages>
804001f6:	14092603          	lw	a2,320(s2)
804001fa:	85aa                	mv	a1,a0
804001fc:	80405537          	lui	a0,0x80405
80400200:	12850513          	add	a0,a0,296 # 80405128 <strnlen+0x4e2>
80400204:	00003097          	auipc	ra,0x3
80400208:	146080e7          	jalr	326(ra) # 8040334a <printf>
8040020c:	00001097          	auipc	ra,0x1
80400210:	c2e080e7          	jalr	-978(ra) # 80400e3a <check_kept.isra.0>
80400214:	804077b7          	lui	a5,0x80407
80400218:	0b07a783          	lw	a5,176(a5) # 804070b0 <nlost>
8040021c:	d799                	beqz	a5,8040012a <main+0x8a>
8040021e:	8040a7b7          	lui	a5,0x8040a
80400222:	1287a403          	lw	s0,296(a5) # 8040a128 <lost>
80400226:	80405537          	lui	a0,0x80405
8040022a:	18c50513          	add	a0,a0,396 # 8040518c <strnlen+0x546>
8040022e:	85a2                	mv	a1,s0
80400230:	00003097          	auipc	ra,0x3
80400234:	11a080e7          	jalr	282(ra) # 8040334a <printf>
80400238:	400c                	lw	a1,0(s0)
8040023a:	80405537          	lui	a0,0x80405
8040023e:	1a450513          	add	a0,a0,420 # 804051a4 <strnlen+0x55e>
80400242:	00003097          	auipc	ra,0x3
80400246:	108080e7          	jalr	264(ra) # 8040334a <printf>
8040024a:	4489                	li	s1,2
8040024c:	a84d                	j	804002fe <main+0x25e>
8040024e:	80405437          	lui	s0,0x80405
80400252:	15040413          	add	s0,s0,336 # 80405150 <strnlen+0x50a>
80400256:	b5ad                	j	804000c0 <main+0x20>
80400258:	80401537          	lui	a0,0x80401
8040025c:	da050513          	add	a0,a0,-608 # 80400da0 <hook>
80400260:	00002097          	auipc	ra,0x2
80400264:	4fe080e7          	jalr	1278(ra) # 8040275e <uni_set_revoke_hook>
80400268:	00001097          	auipc	ra,0x1
8040026c:	a70080e7          	jalr	-1424(ra) # 80400cd8 <bind_pages>
80400270:	ea054de3          	bltz	a0,8040012a <main+0x8a>
80400274:	80405537          	lui	a0,0x80405
80400278:	0d450513          	add	a0,a0,212 # 804050d4 <strnlen+0x48e>
8040027c:	00003097          	auipc	ra,0x3
80400280:	0ce080e7          	jalr	206(ra) # 8040334a <printf>
80400284:	a029                	j	8040028e <main+0x1ee>
80400286:	00002097          	auipc	ra,0x2
8040028a:	f48080e7          	jalr	-184(ra) # 804021ce <uni_sleep_ms>
8040028e:	00002097          	auipc	ra,0x2
80400292:	4da080e7          	jalr	1242(ra) # 80402768 <uni_revoke_stats>
80400296:	411c                	lw	a5,0(a0)
80400298:	4515                	li	a0,5
8040029a:	d7f5                	beqz	a5,80400286 <main+0x1e6>
8040029c:	00002097          	auipc	ra,0x2
804002a0:	4cc080e7          	jalr	1228(ra) # 80402768 <uni_revoke_stats>
804002a4:	842a                	mv	s0,a0
804002a6:	80405537          	lui	a0,0x80405
804002aa:	0e050513          	add	a0,a0,224 # 804050e0 <strnlen+0x49a>
804002ae:	00001097          	auipc	ra,0x1
804002b2:	9d4080e7          	jalr	-1580(ra) # 80400c82 <print_lost>
804002b6:	481c                	lw	a5,16(s0)
804002b8:	4458                	lw	a4,12(s0)
804002ba:	4414                	lw	a3,8(s0)
804002bc:	4050                	lw	a2,4(s0)
804002be:	400c                	lw	a1,0(s0)
804002c0:	80405537          	lui	a0,0x80405
804002c4:	0ec50513          	add	a0,a0,236 # 804050ec <strnlen+0x4a6>
804002c8:	00003097          	auipc	ra,0x3
804002cc:	082080e7          	jalr	130(ra) # 8040334a <printf>
804002d0:	00002097          	auipc	ra,0x2
804002d4:	442080e7          	jalr	1090(ra) # 80402712 <uni_bound_pages>
804002d8:	804077b7          	lui	a5,0x80407
804002dc:	0d47a783          	lw	a5,212(a5) # 804070d4 <pv_shared_info>
804002e0:	85aa                	mv	a1,a0
804002e2:	80405537          	lui	a0,0x80405
804002e6:	1407a603          	lw	a2,320(a5)
804002ea:	12850513          	add	a0,a0,296 # 80405128 <strnlen+0x4e2>
804002ee:	00003097          	auipc	ra,0x3
804002f2:	05c080e7          	jalr	92(ra) # 8040334a <printf>
804002f6:	00001097          	auipc	ra,0x1
804002fa:	b44080e7          	jalr	-1212(ra) # 80400e3a <check_kept.isra.0>
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
8040031e:	6f8080e7          	jalr	1784(ra) # 80402a12 <uni_blk_sectors>
80400322:	85aa                	mv	a1,a0
80400324:	80405537          	lui	a0,0x80405
80400328:	04000613          	li	a2,64
8040032c:	52050513          	add	a0,a0,1312 # 80405520 <strnlen+0x8da>
80400330:	00001097          	auipc	ra,0x1
80400334:	ac6080e7          	jalr	-1338(ra) # 80400df6 <expect>
80400338:	45a1                	li	a1,8
8040033a:	03c00513          	li	a0,60
8040033e:	00002097          	auipc	ra,0x2
80400342:	6ea080e7          	jalr	1770(ra) # 80402a28 <uni_blk_bind_extent>
80400346:	85aa                	mv	a1,a0
80400348:	80405537          	lui	a0,0x80405
8040034c:	5629                	li	a2,-22
8040034e:	53850513          	add	a0,a0,1336 # 80405538 <strnlen+0x8f2>
80400352:	00001097          	auipc	ra,0x1
80400356:	aa4080e7          	jalr	-1372(ra) # 80400df6 <expect>
8040035a:	4581                	li	a1,0
8040035c:	4521                	li	a0,8
8040035e:	00002097          	auipc	ra,0x2
80400362:	6ca080e7          	jalr	1738(ra) # 80402a28 <uni_blk_bind_extent>
80400366:	85aa                	mv	a1,a0
80400368:	80405537          	lui	a0,0x80405
8040036c:	5629                	li	a2,-22
8040036e:	55850513          	add	a0,a0,1368 # 80405558 <strnlen+0x912>
80400372:	00001097          	auipc	ra,0x1
80400376:	a84080e7          	jalr	-1404(ra) # 80400df6 <expect>
8040037a:	45a1                	li	a1,8
8040037c:	4521                	li	a0,8
8040037e:	00002097          	auipc	ra,0x2
80400382:	6aa080e7          	jalr	1706(ra) # 80402a28 <uni_blk_bind_extent>
80400386:	85aa                	mv	a1,a0
80400388:	80405537          	lui	a0,0x80405
8040038c:	4601                	li	a2,0
8040038e:	57050513          	add	a0,a0,1392 # 80405570 <strnlen+0x92a>
80400392:	00001097          	auipc	ra,0x1
80400396:	a64080e7          	jalr	-1436(ra) # 80400df6 <expect>
8040039a:	80407437          	lui	s0,0x80407
8040039e:	12840613          	add	a2,s0,296 # 80407128 <buf>
804003a2:	45a1                	li	a1,8
804003a4:	4521                	li	a0,8
804003a6:	00002097          	auipc	ra,0x2
804003aa:	6b2080e7          	jalr	1714(ra) # 80402a58 <uni_blk_read>
804003ae:	85aa                	mv	a1,a0
804003b0:	80405537          	lui	a0,0x80405
804003b4:	4601                	li	a2,0
804003b6:	58450513          	add	a0,a0,1412 # 80405584 <strnlen+0x93e>
804003ba:	00001097          	auipc	ra,0x1
804003be:	a3c080e7          	jalr	-1476(ra) # 80400df6 <expect>
804003c2:	12840493          	add	s1,s0,296
804003c6:	12840693          	add	a3,s0,296
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
804003ec:	59850513          	add	a0,a0,1432 # 80405598 <strnlen+0x952>
804003f0:	00001097          	auipc	ra,0x1
804003f4:	a06080e7          	jalr	-1530(ra) # 80400df6 <expect>
804003f8:	6605                	lui	a2,0x1
804003fa:	0ee00593          	li	a1,238
804003fe:	12840513          	add	a0,s0,296
80400402:	00003097          	auipc	ra,0x3
80400406:	f20080e7          	jalr	-224(ra) # 80403322 <memset>
8040040a:	12840613          	add	a2,s0,296
8040040e:	4585                	li	a1,1
80400410:	4531                	li	a0,12
80400412:	00002097          	auipc	ra,0x2
80400416:	6d2080e7          	jalr	1746(ra) # 80402ae4 <uni_blk_write>
8040041a:	85aa                	mv	a1,a0
8040041c:	80405537          	lui	a0,0x80405
80400420:	4601                	li	a2,0
80400422:	5b450513          	add	a0,a0,1460 # 804055b4 <strnlen+0x96e>
80400426:	00001097          	auipc	ra,0x1
8040042a:	9d0080e7          	jalr	-1584(ra) # 80400df6 <expect>
8040042e:	12840613          	add	a2,s0,296
80400432:	4585                	li	a1,1
80400434:	4501                	li	a0,0
80400436:	00002097          	auipc	ra,0x2
8040043a:	622080e7          	jalr	1570(ra) # 80402a58 <uni_blk_read>
8040043e:	85aa                	mv	a1,a0
80400440:	80405537          	lui	a0,0x80405
80400444:	567d                	li	a2,-1
80400446:	5c450513          	add	a0,a0,1476 # 804055c4 <strnlen+0x97e>
8040044a:	00001097          	auipc	ra,0x1
8040044e:	9ac080e7          	jalr	-1620(ra) # 80400df6 <expect>
80400452:	12840613          	add	a2,s0,296
80400456:	4589                	li	a1,2
80400458:	453d                	li	a0,15
8040045a:	00002097          	auipc	ra,0x2
8040045e:	5fe080e7          	jalr	1534(ra) # 80402a58 <uni_blk_read>
80400462:	85aa                	mv	a1,a0
80400464:	80405537          	lui	a0,0x80405
80400468:	567d                	li	a2,-1
8040046a:	5dc50513          	add	a0,a0,1500 # 804055dc <strnlen+0x996>
8040046e:	00001097          	auipc	ra,0x1
80400472:	988080e7          	jalr	-1656(ra) # 80400df6 <expect>
80400476:	12840613          	add	a2,s0,296
8040047a:	4585                	li	a1,1
8040047c:	4551                	li	a0,20
8040047e:	00002097          	auipc	ra,0x2
80400482:	666080e7          	jalr	1638(ra) # 80402ae4 <uni_blk_write>
80400486:	85aa                	mv	a1,a0
80400488:	80405537          	lui	a0,0x80405
8040048c:	567d                	li	a2,-1
8040048e:	60850513          	add	a0,a0,1544 # 80405608 <strnlen+0x9c2>
80400492:	00001097          	auipc	ra,0x1
80400496:	964080e7          	jalr	-1692(ra) # 80400df6 <expect>
8040049a:	4589                	li	a1,2
8040049c:	02000513          	li	a0,32
804004a0:	00002097          	auipc	ra,0x2
804004a4:	588080e7          	jalr	1416(ra) # 80402a28 <uni_blk_bind_extent>
804004a8:	85aa                	mv	a1,a0
804004aa:	80405537          	lui	a0,0x80405
804004ae:	4601                	li	a2,0
804004b0:	62450513          	add	a0,a0,1572 # 80405624 <strnlen+0x9de>
804004b4:	00001097          	auipc	ra,0x1
804004b8:	942080e7          	jalr	-1726(ra) # 80400df6 <expect>
804004bc:	12840613          	add	a2,s0,296
804004c0:	4585                	li	a1,1
804004c2:	02100513          	li	a0,33
804004c6:	00002097          	auipc	ra,0x2
804004ca:	592080e7          	jalr	1426(ra) # 80402a58 <uni_blk_read>
804004ce:	85aa                	mv	a1,a0
804004d0:	80405537          	lui	a0,0x80405
804004d4:	4601                	li	a2,0
804004d6:	63c50513          	add	a0,a0,1596 # 8040563c <strnlen+0x9f6>
804004da:	00001097          	auipc	ra,0x1
804004de:	91c080e7          	jalr	-1764(ra) # 80400df6 <expect>
804004e2:	0004c583          	lbu	a1,0(s1)
804004e6:	80405537          	lui	a0,0x80405
804004ea:	02100613          	li	a2,33
804004ee:	64c50513          	add	a0,a0,1612 # 8040564c <strnlen+0xa06>
804004f2:	00001097          	auipc	ra,0x1
804004f6:	904080e7          	jalr	-1788(ra) # 80400df6 <expect>
804004fa:	80407437          	lui	s0,0x80407
804004fe:	0b442583          	lw	a1,180(s0) # 804070b4 <failures>
80400502:	80405537          	lui	a0,0x80405
80400506:	66850513          	add	a0,a0,1640 # 80405668 <strnlen+0xa22>
8040050a:	00003097          	auipc	ra,0x3
8040050e:	e40080e7          	jalr	-448(ra) # 8040334a <printf>
80400512:	0b442483          	lw	s1,180(s0)
80400516:	b3e5                	j	804002fe <main+0x25e>
80400518:	80407ab7          	lui	s5,0x80407
8040051c:	0c4aa703          	lw	a4,196(s5) # 804070c4 <uni_start_info>
80400520:	6785                	lui	a5,0x1
80400522:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80400526:	02072903          	lw	s2,32(a4)
8040052a:	3f27e063          	bltu	a5,s2,8040090a <main+0x86a>
8040052e:	80408b37          	lui	s6,0x80408
80400532:	128b0593          	add	a1,s6,296 # 80408128 <frames>
80400536:	04100513          	li	a0,65
8040053a:	00002097          	auipc	ra,0x2
8040053e:	f84080e7          	jalr	-124(ra) # 804024be <uni_bind_frames>
80400542:	85aa                	mv	a1,a0
80400544:	80405537          	lui	a0,0x80405
80400548:	5665                	li	a2,-7
8040054a:	20850513          	add	a0,a0,520 # 80405208 <strnlen+0x5c2>
8040054e:	00001097          	auipc	ra,0x1
80400552:	8a8080e7          	jalr	-1880(ra) # 80400df6 <expect>
80400556:	3c090463          	beqz	s2,8040091e <main+0x87e>
8040055a:	4401                	li	s0,0
8040055c:	128b0c13          	add	s8,s6,296
80400560:	04000a13          	li	s4,64
80400564:	00241593          	sll	a1,s0,0x2
80400568:	408904b3          	sub	s1,s2,s0
8040056c:	95e2                	add	a1,a1,s8
8040056e:	009a7463          	bgeu	s4,s1,80400576 <main+0x4d6>
80400572:	04000493          	li	s1,64
80400576:	8526                	mv	a0,s1
80400578:	00002097          	auipc	ra,0x2
8040057c:	f46080e7          	jalr	-186(ra) # 804024be <uni_bind_frames>
80400580:	38050163          	beqz	a0,80400902 <main+0x862>
80400584:	80405537          	lui	a0,0x80405
80400588:	864a                	mv	a2,s2
8040058a:	85a2                	mv	a1,s0
8040058c:	23850513          	add	a0,a0,568 # 80405238 <strnlen+0x5f2>
80400590:	00001097          	auipc	ra,0x1
80400594:	866080e7          	jalr	-1946(ra) # 80400df6 <expect>
80400598:	80407bb7          	lui	s7,0x80407
8040059c:	0d4ba783          	lw	a5,212(s7) # 804070d4 <pv_shared_info>
804005a0:	80405537          	lui	a0,0x80405
804005a4:	864a                	mv	a2,s2
804005a6:	1407a583          	lw	a1,320(a5)
804005aa:	26850513          	add	a0,a0,616 # 80405268 <strnlen+0x622>
804005ae:	00001097          	auipc	ra,0x1
804005b2:	848080e7          	jalr	-1976(ra) # 80400df6 <expect>
804005b6:	006c                	add	a1,sp,12
804005b8:	4505                	li	a0,1
804005ba:	00002097          	auipc	ra,0x2
804005be:	f04080e7          	jalr	-252(ra) # 804024be <uni_bind_frames>
804005c2:	85aa                	mv	a1,a0
804005c4:	80405537          	lui	a0,0x80405
804005c8:	5651                	li	a2,-12
804005ca:	28050513          	add	a0,a0,640 # 80405280 <strnlen+0x63a>
804005ce:	00001097          	auipc	ra,0x1
804005d2:	828080e7          	jalr	-2008(ra) # 80400df6 <expect>
804005d6:	38040f63          	beqz	s0,80400974 <main+0x8d4>
804005da:	8a62                	mv	s4,s8
804005dc:	8962                	mv	s2,s8
804005de:	4c85                	li	s9,1
804005e0:	4481                	li	s1,0
804005e2:	00092503          	lw	a0,0(s2)
804005e6:	0485                	add	s1,s1,1
804005e8:	0911                	add	s2,s2,4
804005ea:	00001097          	auipc	ra,0x1
804005ee:	c7e080e7          	jalr	-898(ra) # 80401268 <uni_mfn_to_virt>
804005f2:	00153793          	seqz	a5,a0
804005f6:	00fcfcb3          	and	s9,s9,a5
804005fa:	fe8494e3          	bne	s1,s0,804005e2 <main+0x542>
804005fe:	80405537          	lui	a0,0x80405
80400602:	4605                	li	a2,1
80400604:	85e6                	mv	a1,s9
80400606:	2a450513          	add	a0,a0,676 # 804052a4 <strnlen+0x65e>
8040060a:	00000097          	auipc	ra,0x0
8040060e:	7ec080e7          	jalr	2028(ra) # 80400df6 <expect>
80400612:	000c2783          	lw	a5,0(s8)
80400616:	182c                	add	a1,sp,56
80400618:	4509                	li	a0,2
8040061a:	dc3e                	sw	a5,56(sp)
8040061c:	de3e                	sw	a5,60(sp)
8040061e:	00002097          	auipc	ra,0x2
80400622:	eb8080e7          	jalr	-328(ra) # 804024d6 <uni_unbind_frames>
80400626:	85aa                	mv	a1,a0
80400628:	fff40913          	add	s2,s0,-1
8040062c:	80405537          	lui	a0,0x80405
80400630:	5629                	li	a2,-22
80400632:	2c450513          	add	a0,a0,708 # 804052c4 <strnlen+0x67e>
80400636:	fc040493          	add	s1,s0,-64
8040063a:	fc097913          	and	s2,s2,-64
8040063e:	00000097          	auipc	ra,0x0
80400642:	7b8080e7          	jalr	1976(ra) # 80400df6 <expect>
80400646:	41248933          	sub	s2,s1,s2
8040064a:	04000c13          	li	s8,64
8040064e:	a019                	j	80400654 <main+0x5b4>
80400650:	fc048493          	add	s1,s1,-64
80400654:	85d2                	mv	a1,s4
80400656:	8522                	mv	a0,s0
80400658:	008c7463          	bgeu	s8,s0,80400660 <main+0x5c0>
8040065c:	04000513          	li	a0,64
80400660:	00002097          	auipc	ra,0x2
80400664:	e76080e7          	jalr	-394(ra) # 804024d6 <uni_unbind_frames>
80400668:	8426                	mv	s0,s1
8040066a:	00a9e9b3          	or	s3,s3,a0
8040066e:	100a0a13          	add	s4,s4,256
80400672:	fd249fe3          	bne	s1,s2,80400650 <main+0x5b0>
80400676:	80405537          	lui	a0,0x80405
8040067a:	85ce                	mv	a1,s3
8040067c:	2f850513          	add	a0,a0,760 # 804052f8 <strnlen+0x6b2>
80400680:	4601                	li	a2,0
80400682:	00000097          	auipc	ra,0x0
80400686:	774080e7          	jalr	1908(ra) # 80400df6 <expect>
8040068a:	0d4ba783          	lw	a5,212(s7)
8040068e:	80405537          	lui	a0,0x80405
80400692:	4601                	li	a2,0
80400694:	1407a583          	lw	a1,320(a5)
80400698:	30850513          	add	a0,a0,776 # 80405308 <strnlen+0x6c2>
8040069c:	64a1                	lui	s1,0x8
8040069e:	00000097          	auipc	ra,0x0
804006a2:	758080e7          	jalr	1880(ra) # 80400df6 <expect>
804006a6:	128b0593          	add	a1,s6,296
804006aa:	4505                	li	a0,1
804006ac:	00002097          	auipc	ra,0x2
804006b0:	e2a080e7          	jalr	-470(ra) # 804024d6 <uni_unbind_frames>
804006b4:	85aa                	mv	a1,a0
804006b6:	80405537          	lui	a0,0x80405
804006ba:	5629                	li	a2,-22
804006bc:	32050513          	add	a0,a0,800 # 80405320 <strnlen+0x6da>
804006c0:	00000097          	auipc	ra,0x0
804006c4:	736080e7          	jalr	1846(ra) # 80400df6 <expect>
804006c8:	0c4aa783          	lw	a5,196(s5)
804006cc:	5fc8                	lw	a0,60(a5)
804006ce:	00001097          	auipc	ra,0x1
804006d2:	b62080e7          	jalr	-1182(ra) # 80401230 <uni_virt_to_mfn>
804006d6:	87aa                	mv	a5,a0
804006d8:	080c                	add	a1,sp,16
804006da:	4505                	li	a0,1
804006dc:	c83e                	sw	a5,16(sp)
804006de:	00002097          	auipc	ra,0x2
804006e2:	df8080e7          	jalr	-520(ra) # 804024d6 <uni_unbind_frames>
804006e6:	85aa                	mv	a1,a0
804006e8:	80405537          	lui	a0,0x80405
804006ec:	5629                	li	a2,-22
804006ee:	34c50513          	add	a0,a0,844 # 8040534c <strnlen+0x706>
804006f2:	00000097          	auipc	ra,0x0
804006f6:	704080e7          	jalr	1796(ra) # 80400df6 <expect>
804006fa:	084c                	add	a1,sp,20
804006fc:	4505                	li	a0,1
804006fe:	ca02                	sw	zero,20(sp)
80400700:	00002097          	auipc	ra,0x2
80400704:	dd6080e7          	jalr	-554(ra) # 804024d6 <uni_unbind_frames>
80400708:	85aa                	mv	a1,a0
8040070a:	80405537          	lui	a0,0x80405
8040070e:	5629                	li	a2,-22
80400710:	36c50513          	add	a0,a0,876 # 8040536c <strnlen+0x726>
80400714:	00000097          	auipc	ra,0x0
80400718:	6e2080e7          	jalr	1762(ra) # 80400df6 <expect>
8040071c:	00002097          	auipc	ra,0x2
80400720:	dd2080e7          	jalr	-558(ra) # 804024ee <uni_bound_page_alloc>
80400724:	842a                	mv	s0,a0
80400726:	00a035b3          	snez	a1,a0
8040072a:	80405537          	lui	a0,0x80405
8040072e:	4605                	li	a2,1
80400730:	39850513          	add	a0,a0,920 # 80405398 <strnlen+0x752>
80400734:	00000097          	auipc	ra,0x0
80400738:	6c2080e7          	jalr	1730(ra) # 80400df6 <expect>
8040073c:	8522                	mv	a0,s0
8040073e:	00002097          	auipc	ra,0x2
80400742:	fde080e7          	jalr	-34(ra) # 8040271c <uni_bound_mfn>
80400746:	87aa                	mv	a5,a0
80400748:	082c                	add	a1,sp,24
8040074a:	4505                	li	a0,1
8040074c:	cc3e                	sw	a5,24(sp)
8040074e:	00002097          	auipc	ra,0x2
80400752:	d88080e7          	jalr	-632(ra) # 804024d6 <uni_unbind_frames>
80400756:	85aa                	mv	a1,a0
80400758:	80405537          	lui	a0,0x80405
8040075c:	5641                	li	a2,-16
8040075e:	3ac50513          	add	a0,a0,940 # 804053ac <strnlen+0x766>
80400762:	00000097          	auipc	ra,0x0
80400766:	694080e7          	jalr	1684(ra) # 80400df6 <expect>
8040076a:	8522                	mv	a0,s0
8040076c:	00002097          	auipc	ra,0x2
80400770:	f14080e7          	jalr	-236(ra) # 80402680 <uni_bound_page_free>
80400774:	85aa                	mv	a1,a0
80400776:	80405537          	lui	a0,0x80405
8040077a:	4601                	li	a2,0
8040077c:	3d450513          	add	a0,a0,980 # 804053d4 <strnlen+0x78e>
80400780:	00000097          	auipc	ra,0x0
80400784:	676080e7          	jalr	1654(ra) # 80400df6 <expect>
80400788:	082c                	add	a1,sp,24
8040078a:	4505                	li	a0,1
8040078c:	00002097          	auipc	ra,0x2
80400790:	d4a080e7          	jalr	-694(ra) # 804024d6 <uni_unbind_frames>
80400794:	85aa                	mv	a1,a0
80400796:	80405537          	lui	a0,0x80405
8040079a:	5629                	li	a2,-22
8040079c:	3e850513          	add	a0,a0,1000 # 804053e8 <strnlen+0x7a2>
804007a0:	00000097          	auipc	ra,0x0
804007a4:	656080e7          	jalr	1622(ra) # 80400df6 <expect>
804007a8:	086c                	add	a1,sp,28
804007aa:	4505                	li	a0,1
804007ac:	00002097          	auipc	ra,0x2
804007b0:	d12080e7          	jalr	-750(ra) # 804024be <uni_bind_frames>
804007b4:	85aa                	mv	a1,a0
804007b6:	80405537          	lui	a0,0x80405
804007ba:	40450513          	add	a0,a0,1028 # 80405404 <strnlen+0x7be>
804007be:	4601                	li	a2,0
804007c0:	00000097          	auipc	ra,0x0
804007c4:	636080e7          	jalr	1590(ra) # 80400df6 <expect>
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
804007e4:	42050513          	add	a0,a0,1056 # 80405420 <strnlen+0x7da>
804007e8:	00000097          	auipc	ra,0x0
804007ec:	60e080e7          	jalr	1550(ra) # 80400df6 <expect>
804007f0:	086c                	add	a1,sp,28
804007f2:	4505                	li	a0,1
804007f4:	00002097          	auipc	ra,0x2
804007f8:	ce2080e7          	jalr	-798(ra) # 804024d6 <uni_unbind_frames>
804007fc:	85aa                	mv	a1,a0
804007fe:	80405537          	lui	a0,0x80405
80400802:	43850513          	add	a0,a0,1080 # 80405438 <strnlen+0x7f2>
80400806:	5641                	li	a2,-16
80400808:	00000097          	auipc	ra,0x0
8040080c:	5ee080e7          	jalr	1518(ra) # 80400df6 <expect>
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
8040082e:	45850513          	add	a0,a0,1112 # 80405458 <strnlen+0x812>
80400832:	00000097          	auipc	ra,0x0
80400836:	5c4080e7          	jalr	1476(ra) # 80400df6 <expect>
8040083a:	086c                	add	a1,sp,28
8040083c:	4505                	li	a0,1
8040083e:	00002097          	auipc	ra,0x2
80400842:	c98080e7          	jalr	-872(ra) # 804024d6 <uni_unbind_frames>
80400846:	85aa                	mv	a1,a0
80400848:	80405537          	lui	a0,0x80405
8040084c:	46450513          	add	a0,a0,1124 # 80405464 <strnlen+0x81e>
80400850:	4601                	li	a2,0
80400852:	00000097          	auipc	ra,0x0
80400856:	5a4080e7          	jalr	1444(ra) # 80400df6 <expect>
8040085a:	450d                	li	a0,3
8040085c:	4585                	li	a1,1
8040085e:	03000893          	li	a7,48
80400862:	00000073          	ecall
80400866:	85aa                	mv	a1,a0
80400868:	80405537          	lui	a0,0x80405
8040086c:	47050513          	add	a0,a0,1136 # 80405470 <strnlen+0x82a>
80400870:	5629                	li	a2,-22
80400872:	00000097          	auipc	ra,0x0
80400876:	584080e7          	jalr	1412(ra) # 80400df6 <expect>
8040087a:	06300513          	li	a0,99
8040087e:	4581                	li	a1,0
80400880:	03000893          	li	a7,48
80400884:	00000073          	ecall
80400888:	85aa                	mv	a1,a0
8040088a:	80405537          	lui	a0,0x80405
8040088e:	4a450513          	add	a0,a0,1188 # 804054a4 <strnlen+0x85e>
80400892:	fda00613          	li	a2,-38
80400896:	00000097          	auipc	ra,0x0
8040089a:	560080e7          	jalr	1376(ra) # 80400df6 <expect>
8040089e:	4501                	li	a0,0
804008a0:	45c1                	li	a1,16
804008a2:	03000893          	li	a7,48
804008a6:	00000073          	ecall
804008aa:	85aa                	mv	a1,a0
804008ac:	80405537          	lui	a0,0x80405
804008b0:	4c850513          	add	a0,a0,1224 # 804054c8 <strnlen+0x882>
804008b4:	5649                	li	a2,-14
804008b6:	00000097          	auipc	ra,0x0
804008ba:	540080e7          	jalr	1344(ra) # 80400df6 <expect>
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
804008d8:	4e450513          	add	a0,a0,1252 # 804054e4 <strnlen+0x89e>
804008dc:	00000097          	auipc	ra,0x0
804008e0:	51a080e7          	jalr	1306(ra) # 80400df6 <expect>
804008e4:	80407437          	lui	s0,0x80407
804008e8:	0b442583          	lw	a1,180(s0) # 804070b4 <failures>
804008ec:	80405537          	lui	a0,0x80405
804008f0:	50450513          	add	a0,a0,1284 # 80405504 <strnlen+0x8be>
804008f4:	00003097          	auipc	ra,0x3
804008f8:	a56080e7          	jalr	-1450(ra) # 8040334a <printf>
804008fc:	0b442483          	lw	s1,180(s0)
80400900:	bafd                	j	804002fe <main+0x25e>
80400902:	9426                	add	s0,s0,s1
80400904:	c72460e3          	bltu	s0,s2,80400564 <main+0x4c4>
80400908:	b9b5                	j	80400584 <main+0x4e4>
8040090a:	80405537          	lui	a0,0x80405
8040090e:	1d850513          	add	a0,a0,472 # 804051d8 <strnlen+0x592>
80400912:	00003097          	auipc	ra,0x3
80400916:	a38080e7          	jalr	-1480(ra) # 8040334a <printf>
8040091a:	4485                	li	s1,1
8040091c:	b2cd                	j	804002fe <main+0x25e>
8040091e:	80405537          	lui	a0,0x80405
80400922:	4601                	li	a2,0
80400924:	4581                	li	a1,0
80400926:	23850513          	add	a0,a0,568 # 80405238 <strnlen+0x5f2>
8040092a:	00000097          	auipc	ra,0x0
8040092e:	4cc080e7          	jalr	1228(ra) # 80400df6 <expect>
80400932:	80407bb7          	lui	s7,0x80407
80400936:	0d4ba783          	lw	a5,212(s7) # 804070d4 <pv_shared_info>
8040093a:	80405537          	lui	a0,0x80405
8040093e:	4601                	li	a2,0
80400940:	1407a583          	lw	a1,320(a5)
80400944:	26850513          	add	a0,a0,616 # 80405268 <strnlen+0x622>
80400948:	128b0c13          	add	s8,s6,296
8040094c:	00000097          	auipc	ra,0x0
80400950:	4aa080e7          	jalr	1194(ra) # 80400df6 <expect>
80400954:	006c                	add	a1,sp,12
80400956:	4505                	li	a0,1
80400958:	00002097          	auipc	ra,0x2
8040095c:	b66080e7          	jalr	-1178(ra) # 804024be <uni_bind_frames>
80400960:	85aa                	mv	a1,a0
80400962:	80405537          	lui	a0,0x80405
80400966:	5651                	li	a2,-12
80400968:	28050513          	add	a0,a0,640 # 80405280 <strnlen+0x63a>
8040096c:	00000097          	auipc	ra,0x0
80400970:	48a080e7          	jalr	1162(ra) # 80400df6 <expect>
80400974:	80405537          	lui	a0,0x80405
80400978:	4605                	li	a2,1
8040097a:	2a450513          	add	a0,a0,676 # 804052a4 <strnlen+0x65e>
8040097e:	4585                	li	a1,1
80400980:	00000097          	auipc	ra,0x0
80400984:	476080e7          	jalr	1142(ra) # 80400df6 <expect>
80400988:	000c2783          	lw	a5,0(s8)
8040098c:	182c                	add	a1,sp,56
8040098e:	4509                	li	a0,2
80400990:	dc3e                	sw	a5,56(sp)
80400992:	de3e                	sw	a5,60(sp)
80400994:	00002097          	auipc	ra,0x2
80400998:	b42080e7          	jalr	-1214(ra) # 804024d6 <uni_unbind_frames>
8040099c:	85aa                	mv	a1,a0
8040099e:	80405537          	lui	a0,0x80405
804009a2:	5629                	li	a2,-22
804009a4:	2c450513          	add	a0,a0,708 # 804052c4 <strnlen+0x67e>
804009a8:	00000097          	auipc	ra,0x0
804009ac:	44e080e7          	jalr	1102(ra) # 80400df6 <expect>
804009b0:	b1d9                	j	80400676 <main+0x5d6>

804009b2 <console_init>:
804009b2:	1141                	add	sp,sp,-16
804009b4:	804077b7          	lui	a5,0x80407
804009b8:	c422                	sw	s0,8(sp)
804009ba:	0c47a403          	lw	s0,196(a5) # 804070c4 <uni_start_info>
804009be:	c606                	sw	ra,12(sp)
804009c0:	5848                	lw	a0,52(s0)
804009c2:	00001097          	auipc	ra,0x1
804009c6:	8a6080e7          	jalr	-1882(ra) # 80401268 <uni_mfn_to_virt>
804009ca:	c939                	beqz	a0,80400a20 <console_init+0x6e>
804009cc:	5c10                	lw	a2,56(s0)
804009ce:	85aa                	mv	a1,a0
804009d0:	804026b7          	lui	a3,0x80402
804009d4:	8041c537          	lui	a0,0x8041c
804009d8:	53450513          	add	a0,a0,1332 # 8041c534 <cons>
804009dc:	ad468693          	add	a3,a3,-1324 # 80401ad4 <pv_block>
804009e0:	00001097          	auipc	ra,0x1
804009e4:	20c080e7          	jalr	524(ra) # 80401bec <pvcons_init>
804009e8:	5c08                	lw	a0,56(s0)
804009ea:	804025b7          	lui	a1,0x80402
804009ee:	4601                	li	a2,0
804009f0:	18a58593          	add	a1,a1,394 # 8040218a <cons_event>
804009f4:	00001097          	auipc	ra,0x1
804009f8:	f46080e7          	jalr	-186(ra) # 8040193a <evtchn_bind>
804009fc:	02054a63          	bltz	a0,80400a30 <console_init+0x7e>
80400a00:	4422                	lw	s0,8(sp)
80400a02:	40b2                	lw	ra,12(sp)
80400a04:	804077b7          	lui	a5,0x80407
80400a08:	4705                	li	a4,1
80400a0a:	80402537          	lui	a0,0x80402
80400a0e:	0ce7ae23          	sw	a4,220(a5) # 804070dc <ready>
80400a12:	18c50513          	add	a0,a0,396 # 8040218c <uni_console_drain>
80400a16:	0141                	add	sp,sp,16
80400a18:	00000317          	auipc	t1,0x0
80400a1c:	65e30067          	jr	1630(t1) # 80401076 <uni_at_shutdown>
80400a20:	80406537          	lui	a0,0x80406
80400a24:	b4850513          	add	a0,a0,-1208 # 80405b48 <names.0+0x58>
80400a28:	00000097          	auipc	ra,0x0
80400a2c:	69e080e7          	jalr	1694(ra) # 804010c6 <uni_panic>
80400a30:	80406537          	lui	a0,0x80406
80400a34:	b7c50513          	add	a0,a0,-1156 # 80405b7c <names.0+0x8c>
80400a38:	00000097          	auipc	ra,0x0
80400a3c:	68e080e7          	jalr	1678(ra) # 804010c6 <uni_panic>

80400a40 <time_init>:
80400a40:	c81027f3          	rdtimeh	a5
80400a44:	c01026f3          	rdtime	a3
80400a48:	c8102773          	rdtimeh	a4
80400a4c:	fee79ae3          	bne	a5,a4,80400a40 <time_init>
80400a50:	80407737          	lui	a4,0x80407
80400a54:	0ed72023          	sw	a3,224(a4) # 804070e0 <boot_time>
80400a58:	0ef72223          	sw	a5,228(a4)
80400a5c:	8082                	ret

80400a5e <memory_init>:
80400a5e:	804077b7          	lui	a5,0x80407
80400a62:	0c47a683          	lw	a3,196(a5) # 804070c4 <uni_start_info>
80400a66:	804077b7          	lui	a5,0x80407
80400a6a:	0d47a603          	lw	a2,212(a5) # 804070d4 <pv_shared_info>
80400a6e:	5ed8                	lw	a4,60(a3)
80400a70:	42bc                	lw	a5,64(a3)
80400a72:	528c                	lw	a1,32(a3)
80400a74:	6685                	lui	a3,0x1
80400a76:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
80400a78:	9736                	add	a4,a4,a3
80400a7a:	07b2                	sll	a5,a5,0xc
80400a7c:	97ba                	add	a5,a5,a4
80400a7e:	76fd                	lui	a3,0xfffff
80400a80:	8ff5                	and	a5,a5,a3
80400a82:	800008b7          	lui	a7,0x80000
80400a86:	804076b7          	lui	a3,0x80407
80400a8a:	1116a823          	sw	a7,272(a3) # 80407110 <low_next>
80400a8e:	804076b7          	lui	a3,0x80407
80400a92:	804008b7          	lui	a7,0x80400
80400a96:	00080737          	lui	a4,0x80
80400a9a:	1116a623          	sw	a7,268(a3) # 8040710c <low_end>
80400a9e:	804076b7          	lui	a3,0x80407
80400aa2:	14462803          	lw	a6,324(a2) # 1144 <errno+0x1144>
80400aa6:	972e                	add	a4,a4,a1
80400aa8:	10f6a223          	sw	a5,260(a3) # 80407104 <brk>
80400aac:	804076b7          	lui	a3,0x80407
80400ab0:	1141                	add	sp,sp,-16
80400ab2:	15462603          	lw	a2,340(a2)
80400ab6:	0732                	sll	a4,a4,0xc
80400ab8:	10f6a423          	sw	a5,264(a3) # 80407108 <heap_start>
80400abc:	804077b7          	lui	a5,0x80407
80400ac0:	c422                	sw	s0,8(sp)
80400ac2:	10e7a023          	sw	a4,256(a5) # 80407100 <top>
80400ac6:	80407437          	lui	s0,0x80407
80400aca:	804077b7          	lui	a5,0x80407
80400ace:	0f07a623          	sw	a6,236(a5) # 804070ec <revoke_seen>
80400ad2:	0f040593          	add	a1,s0,240 # 804070f0 <revoke_port>
80400ad6:	804077b7          	lui	a5,0x80407
80400ada:	4541                	li	a0,16
80400adc:	c606                	sw	ra,12(sp)
80400ade:	0ec7a423          	sw	a2,232(a5) # 804070e8 <revoked_seen>
80400ae2:	00001097          	auipc	ra,0x1
80400ae6:	f78080e7          	jalr	-136(ra) # 80401a5a <evtchn_bind_virq>
80400aea:	02054363          	bltz	a0,80400b10 <memory_init+0xb2>
80400aee:	0f042503          	lw	a0,240(s0)
80400af2:	804025b7          	lui	a1,0x80402
80400af6:	4601                	li	a2,0
80400af8:	23458593          	add	a1,a1,564 # 80402234 <revoke_event>
80400afc:	00001097          	auipc	ra,0x1
80400b00:	e3e080e7          	jalr	-450(ra) # 8040193a <evtchn_bind>
80400b04:	00054663          	bltz	a0,80400b10 <memory_init+0xb2>
80400b08:	40b2                	lw	ra,12(sp)
80400b0a:	4422                	lw	s0,8(sp)
80400b0c:	0141                	add	sp,sp,16
80400b0e:	8082                	ret
80400b10:	80406537          	lui	a0,0x80406
80400b14:	b9850513          	add	a0,a0,-1128 # 80405b98 <names.0+0xa8>
80400b18:	00000097          	auipc	ra,0x0
80400b1c:	5ae080e7          	jalr	1454(ra) # 804010c6 <uni_panic>

80400b20 <blk_init>:
80400b20:	7175                	add	sp,sp,-144
80400b22:	804077b7          	lui	a5,0x80407
80400b26:	c326                	sw	s1,132(sp)
80400b28:	0c47a483          	lw	s1,196(a5) # 804070c4 <uni_start_info>
80400b2c:	c706                	sw	ra,140(sp)
80400b2e:	c522                	sw	s0,136(sp)
80400b30:	54c8                	lw	a0,44(s1)
80400b32:	c14a                	sw	s2,128(sp)
80400b34:	dece                	sw	s3,124(sp)
80400b36:	00000097          	auipc	ra,0x0
80400b3a:	732080e7          	jalr	1842(ra) # 80401268 <uni_mfn_to_virt>
80400b3e:	10050263          	beqz	a0,80400c42 <blk_init+0x122>
80400b42:	842a                	mv	s0,a0
80400b44:	5888                	lw	a0,48(s1)
80400b46:	804035b7          	lui	a1,0x80403
80400b4a:	4601                	li	a2,0
80400b4c:	a1058593          	add	a1,a1,-1520 # 80402a10 <store_event>
80400b50:	00001097          	auipc	ra,0x1
80400b54:	dea080e7          	jalr	-534(ra) # 8040193a <evtchn_bind>
80400b58:	0e054563          	bltz	a0,80400c42 <blk_init+0x122>
80400b5c:	5890                	lw	a2,48(s1)
80400b5e:	8041e937          	lui	s2,0x8041e
80400b62:	804019b7          	lui	s3,0x80401
80400b66:	50498693          	add	a3,s3,1284 # 80401504 <uni_wait>
80400b6a:	85a2                	mv	a1,s0
80400b6c:	85890513          	add	a0,s2,-1960 # 8041d858 <store>
80400b70:	00001097          	auipc	ra,0x1
80400b74:	4e6080e7          	jalr	1254(ra) # 80402056 <xs_init>
80400b78:	002c                	add	a1,sp,8
80400b7a:	85890513          	add	a0,s2,-1960
80400b7e:	00001097          	auipc	ra,0x1
80400b82:	c00080e7          	jalr	-1024(ra) # 8040177e <blkfront_probe>
80400b86:	57f9                	li	a5,-2
80400b88:	08f50e63          	beq	a0,a5,80400c24 <blk_init+0x104>
80400b8c:	0e054363          	bltz	a0,80400c72 <blk_init+0x152>
80400b90:	0068                	add	a0,sp,12
80400b92:	00001097          	auipc	ra,0x1
80400b96:	f5c080e7          	jalr	-164(ra) # 80401aee <gnttab_setup_frame>
80400b9a:	0c054463          	bltz	a0,80400c62 <blk_init+0x142>
80400b9e:	00002097          	auipc	ra,0x2
80400ba2:	8ae080e7          	jalr	-1874(ra) # 8040244c <uni_page_alloc>
80400ba6:	842a                	mv	s0,a0
80400ba8:	c549                	beqz	a0,80400c32 <blk_init+0x112>
80400baa:	45b2                	lw	a1,12(sp)
80400bac:	80406637          	lui	a2,0x80406
80400bb0:	c9c60613          	add	a2,a2,-868 # 80405c9c <msg.0+0xb8>
80400bb4:	00002097          	auipc	ra,0x2
80400bb8:	bbe080e7          	jalr	-1090(ra) # 80402772 <uni_map_over>
80400bbc:	8522                	mv	a0,s0
80400bbe:	00001097          	auipc	ra,0x1
80400bc2:	f86080e7          	jalr	-122(ra) # 80401b44 <gnttab_init>
80400bc6:	00002097          	auipc	ra,0x2
80400bca:	886080e7          	jalr	-1914(ra) # 8040244c <uni_page_alloc>
80400bce:	c135                	beqz	a0,80400c32 <blk_init+0x112>
80400bd0:	c82a                	sw	a0,16(sp)
80400bd2:	00000097          	auipc	ra,0x0
80400bd6:	65e080e7          	jalr	1630(ra) # 80401230 <uni_virt_to_mfn>
80400bda:	ca2a                	sw	a0,20(sp)
80400bdc:	0820                	add	s0,sp,24
80400bde:	00c4                	add	s1,sp,68
80400be0:	00002097          	auipc	ra,0x2
80400be4:	86c080e7          	jalr	-1940(ra) # 8040244c <uni_page_alloc>
80400be8:	c529                	beqz	a0,80400c32 <blk_init+0x112>
80400bea:	c008                	sw	a0,0(s0)
80400bec:	00000097          	auipc	ra,0x0
80400bf0:	644080e7          	jalr	1604(ra) # 80401230 <uni_virt_to_mfn>
80400bf4:	d448                	sw	a0,44(s0)
80400bf6:	0411                	add	s0,s0,4
80400bf8:	fe8494e3          	bne	s1,s0,80400be0 <blk_init+0xc0>
80400bfc:	8041d537          	lui	a0,0x8041d
80400c00:	50498693          	add	a3,s3,1284
80400c04:	0810                	add	a2,sp,16
80400c06:	85890593          	add	a1,s2,-1960
80400c0a:	7d850513          	add	a0,a0,2008 # 8041d7d8 <bf>
80400c0e:	00001097          	auipc	ra,0x1
80400c12:	b82080e7          	jalr	-1150(ra) # 80401790 <blkfront_connect>
80400c16:	02054e63          	bltz	a0,80400c52 <blk_init+0x132>
80400c1a:	804077b7          	lui	a5,0x80407
80400c1e:	4705                	li	a4,1
80400c20:	12e7a223          	sw	a4,292(a5) # 80407124 <present>
80400c24:	40ba                	lw	ra,140(sp)
80400c26:	442a                	lw	s0,136(sp)
80400c28:	449a                	lw	s1,132(sp)
80400c2a:	490a                	lw	s2,128(sp)
80400c2c:	59f6                	lw	s3,124(sp)
80400c2e:	6149                	add	sp,sp,144
80400c30:	8082                	ret
80400c32:	80406537          	lui	a0,0x80406
80400c36:	c8850513          	add	a0,a0,-888 # 80405c88 <msg.0+0xa4>
80400c3a:	00000097          	auipc	ra,0x0
80400c3e:	48c080e7          	jalr	1164(ra) # 804010c6 <uni_panic>
80400c42:	80406537          	lui	a0,0x80406
80400c46:	c0050513          	add	a0,a0,-1024 # 80405c00 <msg.0+0x1c>
80400c4a:	00000097          	auipc	ra,0x0
80400c4e:	47c080e7          	jalr	1148(ra) # 804010c6 <uni_panic>
80400c52:	80406537          	lui	a0,0x80406
80400c56:	ccc50513          	add	a0,a0,-820 # 80405ccc <msg.0+0xe8>
80400c5a:	00000097          	auipc	ra,0x0
80400c5e:	46c080e7          	jalr	1132(ra) # 804010c6 <uni_panic>
80400c62:	80406537          	lui	a0,0x80406
80400c66:	c6450513          	add	a0,a0,-924 # 80405c64 <msg.0+0x80>
80400c6a:	00000097          	auipc	ra,0x0
80400c6e:	45c080e7          	jalr	1116(ra) # 804010c6 <uni_panic>
80400c72:	80406537          	lui	a0,0x80406
80400c76:	c2c50513          	add	a0,a0,-980 # 80405c2c <msg.0+0x48>
80400c7a:	00000097          	auipc	ra,0x0
80400c7e:	44c080e7          	jalr	1100(ra) # 804010c6 <uni_panic>

80400c82 <print_lost>:
80400c82:	1101                	add	sp,sp,-32
80400c84:	c64e                	sw	s3,12(sp)
80400c86:	804079b7          	lui	s3,0x80407
80400c8a:	0b09a783          	lw	a5,176(s3) # 804070b0 <nlost>
80400c8e:	ce06                	sw	ra,28(sp)
80400c90:	cc22                	sw	s0,24(sp)
80400c92:	ca26                	sw	s1,20(sp)
80400c94:	c84a                	sw	s2,16(sp)
80400c96:	c452                	sw	s4,8(sp)
80400c98:	cb85                	beqz	a5,80400cc8 <print_lost+0x46>
80400c9a:	8040a437          	lui	s0,0x8040a
80400c9e:	892a                	mv	s2,a0
80400ca0:	12840413          	add	s0,s0,296 # 8040a128 <lost>
80400ca4:	4481                	li	s1,0
80400ca6:	80405a37          	lui	s4,0x80405
80400caa:	4054                	lw	a3,4(s0)
80400cac:	4010                	lw	a2,0(s0)
80400cae:	85ca                	mv	a1,s2
80400cb0:	000a0513          	mv	a0,s4
80400cb4:	00002097          	auipc	ra,0x2
80400cb8:	696080e7          	jalr	1686(ra) # 8040334a <printf>
80400cbc:	0b09a783          	lw	a5,176(s3)
80400cc0:	0485                	add	s1,s1,1
80400cc2:	0431                	add	s0,s0,12
80400cc4:	fef4e3e3          	bltu	s1,a5,80400caa <print_lost+0x28>
80400cc8:	40f2                	lw	ra,28(sp)
80400cca:	4462                	lw	s0,24(sp)
80400ccc:	44d2                	lw	s1,20(sp)
80400cce:	4942                	lw	s2,16(sp)
80400cd0:	49b2                	lw	s3,12(sp)
80400cd2:	4a22                	lw	s4,8(sp)
80400cd4:	6105                	add	sp,sp,32
80400cd6:	8082                	ret

80400cd8 <bind_pages>:
80400cd8:	1101                	add	sp,sp,-32
80400cda:	c452                	sw	s4,8(sp)
80400cdc:	8040aa37          	lui	s4,0x8040a
80400ce0:	cc22                	sw	s0,24(sp)
80400ce2:	ca26                	sw	s1,20(sp)
80400ce4:	c64e                	sw	s3,12(sp)
80400ce6:	c256                	sw	s5,4(sp)
80400ce8:	c05a                	sw	s6,0(sp)
80400cea:	ce06                	sw	ra,28(sp)
80400cec:	c84a                	sw	s2,16(sp)
80400cee:	2a8a0a13          	add	s4,s4,680 # 8040a2a8 <pages>
80400cf2:	4981                	li	s3,0
80400cf4:	5a0004b7          	lui	s1,0x5a000
80400cf8:	40000413          	li	s0,1024
80400cfc:	80405b37          	lui	s6,0x80405
80400d00:	4aa1                	li	s5,8
80400d02:	00001097          	auipc	ra,0x1
80400d06:	7ec080e7          	jalr	2028(ra) # 804024ee <uni_bound_page_alloc>
80400d0a:	00aa2023          	sw	a0,0(s4)
80400d0e:	892a                	mv	s2,a0
80400d10:	cd2d                	beqz	a0,80400d8a <bind_pages+0xb2>
80400d12:	01099593          	sll	a1,s3,0x10
80400d16:	86aa                	mv	a3,a0
80400d18:	4781                	li	a5,0
80400d1a:	00b7e733          	or	a4,a5,a1
80400d1e:	8f45                	or	a4,a4,s1
80400d20:	c298                	sw	a4,0(a3)
80400d22:	0785                	add	a5,a5,1
80400d24:	0691                	add	a3,a3,4
80400d26:	fe879ae3          	bne	a5,s0,80400d1a <bind_pages+0x42>
80400d2a:	854a                	mv	a0,s2
80400d2c:	00002097          	auipc	ra,0x2
80400d30:	9f0080e7          	jalr	-1552(ra) # 8040271c <uni_bound_mfn>
80400d34:	86aa                	mv	a3,a0
80400d36:	85ce                	mv	a1,s3
80400d38:	864a                	mv	a2,s2
80400d3a:	038b0513          	add	a0,s6,56 # 80405038 <strnlen+0x3f2>
80400d3e:	0985                	add	s3,s3,1
80400d40:	00002097          	auipc	ra,0x2
80400d44:	60a080e7          	jalr	1546(ra) # 8040334a <printf>
80400d48:	0a11                	add	s4,s4,4
80400d4a:	fb599ce3          	bne	s3,s5,80400d02 <bind_pages+0x2a>
80400d4e:	00002097          	auipc	ra,0x2
80400d52:	9c4080e7          	jalr	-1596(ra) # 80402712 <uni_bound_pages>
80400d56:	804077b7          	lui	a5,0x80407
80400d5a:	0d47a783          	lw	a5,212(a5) # 804070d4 <pv_shared_info>
80400d5e:	85aa                	mv	a1,a0
80400d60:	80405537          	lui	a0,0x80405
80400d64:	1407a603          	lw	a2,320(a5)
80400d68:	05c50513          	add	a0,a0,92 # 8040505c <strnlen+0x416>
80400d6c:	00002097          	auipc	ra,0x2
80400d70:	5de080e7          	jalr	1502(ra) # 8040334a <printf>
80400d74:	4501                	li	a0,0
80400d76:	40f2                	lw	ra,28(sp)
80400d78:	4462                	lw	s0,24(sp)
80400d7a:	44d2                	lw	s1,20(sp)
80400d7c:	4942                	lw	s2,16(sp)
80400d7e:	49b2                	lw	s3,12(sp)
80400d80:	4a22                	lw	s4,8(sp)
80400d82:	4a92                	lw	s5,4(sp)
80400d84:	4b02                	lw	s6,0(sp)
80400d86:	6105                	add	sp,sp,32
80400d88:	8082                	ret
80400d8a:	80405537          	lui	a0,0x80405
80400d8e:	85ce                	mv	a1,s3
80400d90:	01c50513          	add	a0,a0,28 # 8040501c <strnlen+0x3d6>
80400d94:	00002097          	auipc	ra,0x2
80400d98:	5b6080e7          	jalr	1462(ra) # 8040334a <printf>
80400d9c:	557d                	li	a0,-1
80400d9e:	bfe1                	j	80400d76 <bind_pages+0x9e>

80400da0 <hook>:
80400da0:	804077b7          	lui	a5,0x80407
80400da4:	0b07a683          	lw	a3,176(a5) # 804070b0 <nlost>
80400da8:	477d                	li	a4,31
80400daa:	04d76563          	bltu	a4,a3,80400df4 <hook+0x54>
80400dae:	0b07ae83          	lw	t4,176(a5)
80400db2:	0b07ae03          	lw	t3,176(a5)
80400db6:	0b07a703          	lw	a4,176(a5)
80400dba:	001e9813          	sll	a6,t4,0x1
80400dbe:	0b07a303          	lw	t1,176(a5)
80400dc2:	00171893          	sll	a7,a4,0x1
80400dc6:	001e1693          	sll	a3,t3,0x1
80400dca:	98ba                	add	a7,a7,a4
80400dcc:	9876                	add	a6,a6,t4
80400dce:	96f2                	add	a3,a3,t3
80400dd0:	8040a737          	lui	a4,0x8040a
80400dd4:	12870713          	add	a4,a4,296 # 8040a128 <lost>
80400dd8:	088a                	sll	a7,a7,0x2
80400dda:	080a                	sll	a6,a6,0x2
80400ddc:	068a                	sll	a3,a3,0x2
80400dde:	983a                	add	a6,a6,a4
80400de0:	96ba                	add	a3,a3,a4
80400de2:	9746                	add	a4,a4,a7
80400de4:	00130893          	add	a7,t1,1
80400de8:	00a82023          	sw	a0,0(a6)
80400dec:	c2cc                	sw	a1,4(a3)
80400dee:	c710                	sw	a2,8(a4)
80400df0:	0b17a823          	sw	a7,176(a5)
80400df4:	8082                	ret

80400df6 <expect>:
80400df6:	87ae                	mv	a5,a1
80400df8:	85aa                	mv	a1,a0
80400dfa:	02c78863          	beq	a5,a2,80400e2a <expect+0x34>
80400dfe:	80405537          	lui	a0,0x80405
80400e02:	1141                	add	sp,sp,-16
80400e04:	86b2                	mv	a3,a2
80400e06:	09050513          	add	a0,a0,144 # 80405090 <strnlen+0x44a>
80400e0a:	863e                	mv	a2,a5
80400e0c:	c606                	sw	ra,12(sp)
80400e0e:	00002097          	auipc	ra,0x2
80400e12:	53c080e7          	jalr	1340(ra) # 8040334a <printf>
80400e16:	80407737          	lui	a4,0x80407
80400e1a:	0b472783          	lw	a5,180(a4) # 804070b4 <failures>
80400e1e:	40b2                	lw	ra,12(sp)
80400e20:	0785                	add	a5,a5,1
80400e22:	0af72a23          	sw	a5,180(a4)
80400e26:	0141                	add	sp,sp,16
80400e28:	8082                	ret
80400e2a:	80405537          	lui	a0,0x80405
80400e2e:	08850513          	add	a0,a0,136 # 80405088 <strnlen+0x442>
80400e32:	00002317          	auipc	t1,0x2
80400e36:	51830067          	jr	1304(t1) # 8040334a <printf>

80400e3a <check_kept.isra.0>:
80400e3a:	8040aeb7          	lui	t4,0x8040a
80400e3e:	2a8e8e93          	add	t4,t4,680 # 8040a2a8 <pages>
80400e42:	4801                	li	a6,0
80400e44:	4601                	li	a2,0
80400e46:	4581                	li	a1,0
80400e48:	804078b7          	lui	a7,0x80407
80400e4c:	5a000337          	lui	t1,0x5a000
80400e50:	40000e13          	li	t3,1024
80400e54:	8040a2b7          	lui	t0,0x8040a
80400e58:	6fc1                	lui	t6,0x10
80400e5a:	00080f37          	lui	t5,0x80
80400e5e:	0b08a703          	lw	a4,176(a7) # 804070b0 <nlost>
80400e62:	000ea783          	lw	a5,0(t4)
80400e66:	cb15                	beqz	a4,80400e9a <check_kept.isra.0+0x60>
80400e68:	12828713          	add	a4,t0,296 # 8040a128 <lost>
80400e6c:	4681                	li	a3,0
80400e6e:	a029                	j	80400e78 <check_kept.isra.0+0x3e>
80400e70:	0b08a503          	lw	a0,176(a7)
80400e74:	02a6f363          	bgeu	a3,a0,80400e9a <check_kept.isra.0+0x60>
80400e78:	4308                	lw	a0,0(a4)
80400e7a:	0685                	add	a3,a3,1
80400e7c:	0731                	add	a4,a4,12
80400e7e:	fea799e3          	bne	a5,a0,80400e70 <check_kept.isra.0+0x36>
80400e82:	987e                	add	a6,a6,t6
80400e84:	0e91                	add	t4,t4,4
80400e86:	fde81ce3          	bne	a6,t5,80400e5e <check_kept.isra.0+0x24>
80400e8a:	80405537          	lui	a0,0x80405
80400e8e:	0ac50513          	add	a0,a0,172 # 804050ac <strnlen+0x466>
80400e92:	00002317          	auipc	t1,0x2
80400e96:	4b830067          	jr	1208(t1) # 8040334a <printf>
80400e9a:	0585                	add	a1,a1,1
80400e9c:	4701                	li	a4,0
80400e9e:	a029                	j	80400ea8 <check_kept.isra.0+0x6e>
80400ea0:	0705                	add	a4,a4,1
80400ea2:	0791                	add	a5,a5,4
80400ea4:	01c70963          	beq	a4,t3,80400eb6 <check_kept.isra.0+0x7c>
80400ea8:	4388                	lw	a0,0(a5)
80400eaa:	010766b3          	or	a3,a4,a6
80400eae:	0066e6b3          	or	a3,a3,t1
80400eb2:	fed507e3          	beq	a0,a3,80400ea0 <check_kept.isra.0+0x66>
80400eb6:	c0070713          	add	a4,a4,-1024
80400eba:	00173713          	seqz	a4,a4
80400ebe:	987e                	add	a6,a6,t6
80400ec0:	963a                	add	a2,a2,a4
80400ec2:	0e91                	add	t4,t4,4
80400ec4:	f9e81de3          	bne	a6,t5,80400e5e <check_kept.isra.0+0x24>
80400ec8:	b7c9                	j	80400e8a <check_kept.isra.0+0x50>
	...

80400ecc <uni_trap_entry>:
80400ecc:	7175                	add	sp,sp,-144
80400ece:	c206                	sw	ra,4(sp)
80400ed0:	c60e                	sw	gp,12(sp)
80400ed2:	c812                	sw	tp,16(sp)
80400ed4:	ca16                	sw	t0,20(sp)
80400ed6:	cc1a                	sw	t1,24(sp)
80400ed8:	ce1e                	sw	t2,28(sp)
80400eda:	d022                	sw	s0,32(sp)
80400edc:	d226                	sw	s1,36(sp)
80400ede:	d42a                	sw	a0,40(sp)
80400ee0:	d62e                	sw	a1,44(sp)
80400ee2:	d832                	sw	a2,48(sp)
80400ee4:	da36                	sw	a3,52(sp)
80400ee6:	dc3a                	sw	a4,56(sp)
80400ee8:	de3e                	sw	a5,60(sp)
80400eea:	c0c2                	sw	a6,64(sp)
80400eec:	c2c6                	sw	a7,68(sp)
80400eee:	c4ca                	sw	s2,72(sp)
80400ef0:	c6ce                	sw	s3,76(sp)
80400ef2:	c8d2                	sw	s4,80(sp)
80400ef4:	cad6                	sw	s5,84(sp)
80400ef6:	ccda                	sw	s6,88(sp)
80400ef8:	cede                	sw	s7,92(sp)
80400efa:	d0e2                	sw	s8,96(sp)
80400efc:	d2e6                	sw	s9,100(sp)
80400efe:	d4ea                	sw	s10,104(sp)
80400f00:	d6ee                	sw	s11,108(sp)
80400f02:	d8f2                	sw	t3,112(sp)
80400f04:	daf6                	sw	t4,116(sp)
80400f06:	dcfa                	sw	t5,120(sp)
80400f08:	defe                	sw	t6,124(sp)
80400f0a:	09010293          	add	t0,sp,144
80400f0e:	c416                	sw	t0,8(sp)
80400f10:	00006297          	auipc	t0,0x6
80400f14:	1c42a283          	lw	t0,452(t0) # 804070d4 <pv_shared_info>
80400f18:	0202a303          	lw	t1,32(t0)
80400f1c:	c11a                	sw	t1,128(sp)
80400f1e:	0242a303          	lw	t1,36(t0)
80400f22:	c31a                	sw	t1,132(sp)
80400f24:	0282a303          	lw	t1,40(t0)
80400f28:	c51a                	sw	t1,136(sp)
80400f2a:	02c2a303          	lw	t1,44(t0)
80400f2e:	c71a                	sw	t1,140(sp)
80400f30:	850a                	mv	a0,sp
80400f32:	00000097          	auipc	ra,0x0
80400f36:	1ee080e7          	jalr	494(ra) # 80401120 <uni_trap>
80400f3a:	00006297          	auipc	t0,0x6
80400f3e:	19a2a283          	lw	t0,410(t0) # 804070d4 <pv_shared_info>
80400f42:	430a                	lw	t1,128(sp)
80400f44:	0262a023          	sw	t1,32(t0)
80400f48:	433a                	lw	t1,140(sp)
80400f4a:	0262a623          	sw	t1,44(t0)
80400f4e:	4316                	lw	t1,68(sp)
80400f50:	0262ac23          	sw	t1,56(t0)
80400f54:	4092                	lw	ra,4(sp)
80400f56:	41b2                	lw	gp,12(sp)
80400f58:	4242                	lw	tp,16(sp)
80400f5a:	42d2                	lw	t0,20(sp)
80400f5c:	4362                	lw	t1,24(sp)
80400f5e:	43f2                	lw	t2,28(sp)
80400f60:	5402                	lw	s0,32(sp)
80400f62:	5492                	lw	s1,36(sp)
80400f64:	5522                	lw	a0,40(sp)
80400f66:	55b2                	lw	a1,44(sp)
80400f68:	5642                	lw	a2,48(sp)
80400f6a:	56d2                	lw	a3,52(sp)
80400f6c:	5762                	lw	a4,56(sp)
80400f6e:	57f2                	lw	a5,60(sp)
80400f70:	4806                	lw	a6,64(sp)
80400f72:	4926                	lw	s2,72(sp)
80400f74:	49b6                	lw	s3,76(sp)
80400f76:	4a46                	lw	s4,80(sp)
80400f78:	4ad6                	lw	s5,84(sp)
80400f7a:	4b66                	lw	s6,88(sp)
80400f7c:	4bf6                	lw	s7,92(sp)
80400f7e:	5c06                	lw	s8,96(sp)
80400f80:	5c96                	lw	s9,100(sp)
80400f82:	5d26                	lw	s10,104(sp)
80400f84:	5db6                	lw	s11,108(sp)
80400f86:	5e46                	lw	t3,112(sp)
80400f88:	5ed6                	lw	t4,116(sp)
80400f8a:	5f66                	lw	t5,120(sp)
80400f8c:	5ff6                	lw	t6,124(sp)
80400f8e:	6149                	add	sp,sp,144
80400f90:	48dd                	li	a7,23
80400f92:	00000073          	ecall
80400f96:	a001                	j	80400f96 <uni_trap_entry+0xca>

80400f98 <hex>:
80400f98:	03000793          	li	a5,48
80400f9c:	00f50023          	sb	a5,0(a0)
80400fa0:	80405637          	lui	a2,0x80405
80400fa4:	07800793          	li	a5,120
80400fa8:	00f500a3          	sb	a5,1(a0)
80400fac:	00250693          	add	a3,a0,2
80400fb0:	4771                	li	a4,28
80400fb2:	6a060613          	add	a2,a2,1696 # 804056a0 <strnlen+0xa5a>
80400fb6:	5871                	li	a6,-4
80400fb8:	00e5d7b3          	srl	a5,a1,a4
80400fbc:	8bbd                	and	a5,a5,15
80400fbe:	97b2                	add	a5,a5,a2
80400fc0:	0007c783          	lbu	a5,0(a5)
80400fc4:	1771                	add	a4,a4,-4
80400fc6:	0685                	add	a3,a3,1
80400fc8:	fef68fa3          	sb	a5,-1(a3)
80400fcc:	ff0716e3          	bne	a4,a6,80400fb8 <hex+0x20>
80400fd0:	00050523          	sb	zero,10(a0)
80400fd4:	8082                	ret

80400fd6 <run_hooks>:
80400fd6:	1141                	add	sp,sp,-16
80400fd8:	4501                	li	a0,0
80400fda:	c422                	sw	s0,8(sp)
80400fdc:	c606                	sw	ra,12(sp)
80400fde:	c226                	sw	s1,4(sp)
80400fe0:	80407437          	lui	s0,0x80407
80400fe4:	00000097          	auipc	ra,0x0
80400fe8:	4b2080e7          	jalr	1202(ra) # 80401496 <uni_runtime_set_waiter>
80400fec:	0c042783          	lw	a5,192(s0) # 804070c0 <nhooks>
80400ff0:	c385                	beqz	a5,80401010 <run_hooks+0x3a>
80400ff2:	8041a4b7          	lui	s1,0x8041a
80400ff6:	2d048493          	add	s1,s1,720 # 8041a2d0 <hooks>
80400ffa:	17fd                	add	a5,a5,-1
80400ffc:	00279713          	sll	a4,a5,0x2
80401000:	9726                	add	a4,a4,s1
80401002:	4318                	lw	a4,0(a4)
80401004:	0cf42023          	sw	a5,192(s0)
80401008:	9702                	jalr	a4
8040100a:	0c042783          	lw	a5,192(s0)
8040100e:	f7f5                	bnez	a5,80400ffa <run_hooks+0x24>
80401010:	40b2                	lw	ra,12(sp)
80401012:	4422                	lw	s0,8(sp)
80401014:	4492                	lw	s1,4(sp)
80401016:	0141                	add	sp,sp,16
80401018:	8082                	ret

8040101a <early_puts>:
8040101a:	00054783          	lbu	a5,0(a0)
8040101e:	872a                	mv	a4,a0
80401020:	c79d                	beqz	a5,8040104e <early_puts+0x34>
80401022:	4781                	li	a5,0
80401024:	0785                	add	a5,a5,1
80401026:	00f706b3          	add	a3,a4,a5
8040102a:	0006c683          	lbu	a3,0(a3)
8040102e:	fafd                	bnez	a3,80401024 <early_puts+0xa>
80401030:	40000693          	li	a3,1024
80401034:	4501                	li	a0,0
80401036:	863a                	mv	a2,a4
80401038:	48c9                	li	a7,18
8040103a:	85be                	mv	a1,a5
8040103c:	00f6f463          	bgeu	a3,a5,80401044 <early_puts+0x2a>
80401040:	40000593          	li	a1,1024
80401044:	00000073          	ecall
80401048:	8f8d                	sub	a5,a5,a1
8040104a:	972e                	add	a4,a4,a1
8040104c:	f7e5                	bnez	a5,80401034 <early_puts+0x1a>
8040104e:	8082                	ret

80401050 <uni_early_write>:
80401050:	87ae                	mv	a5,a1
80401052:	872a                	mv	a4,a0
80401054:	c185                	beqz	a1,80401074 <uni_early_write+0x24>
80401056:	40000693          	li	a3,1024
8040105a:	4501                	li	a0,0
8040105c:	863a                	mv	a2,a4
8040105e:	48c9                	li	a7,18
80401060:	85be                	mv	a1,a5
80401062:	00f6f463          	bgeu	a3,a5,8040106a <uni_early_write+0x1a>
80401066:	40000593          	li	a1,1024
8040106a:	00000073          	ecall
8040106e:	8f8d                	sub	a5,a5,a1
80401070:	972e                	add	a4,a4,a1
80401072:	f7e5                	bnez	a5,8040105a <uni_early_write+0xa>
80401074:	8082                	ret

80401076 <uni_at_shutdown>:
80401076:	804076b7          	lui	a3,0x80407
8040107a:	0c06a783          	lw	a5,192(a3) # 804070c0 <nhooks>
8040107e:	4721                	li	a4,8
80401080:	00e78f63          	beq	a5,a4,8040109e <uni_at_shutdown+0x28>
80401084:	8041a737          	lui	a4,0x8041a
80401088:	00279613          	sll	a2,a5,0x2
8040108c:	2d070713          	add	a4,a4,720 # 8041a2d0 <hooks>
80401090:	0785                	add	a5,a5,1
80401092:	9732                	add	a4,a4,a2
80401094:	c308                	sw	a0,0(a4)
80401096:	0cf6a023          	sw	a5,192(a3)
8040109a:	4501                	li	a0,0
8040109c:	8082                	ret
8040109e:	557d                	li	a0,-1
804010a0:	8082                	ret

804010a2 <uni_poweroff>:
804010a2:	1141                	add	sp,sp,-16
804010a4:	c422                	sw	s0,8(sp)
804010a6:	c606                	sw	ra,12(sp)
804010a8:	842a                	mv	s0,a0
804010aa:	00000097          	auipc	ra,0x0
804010ae:	f2c080e7          	jalr	-212(ra) # 80400fd6 <run_hooks>
804010b2:	67c1                	lui	a5,0x10
804010b4:	00841593          	sll	a1,s0,0x8
804010b8:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804010ba:	8dfd                	and	a1,a1,a5
804010bc:	4509                	li	a0,2
804010be:	48f5                	li	a7,29
804010c0:	00000073          	ecall
804010c4:	bfe5                	j	804010bc <uni_poweroff+0x1a>

804010c6 <uni_panic>:
804010c6:	804077b7          	lui	a5,0x80407
804010ca:	0bc7a703          	lw	a4,188(a5) # 804070bc <panicking>
804010ce:	1141                	add	sp,sp,-16
804010d0:	c422                	sw	s0,8(sp)
804010d2:	c606                	sw	ra,12(sp)
804010d4:	842a                	mv	s0,a0
804010d6:	cf0d                	beqz	a4,80401110 <uni_panic+0x4a>
804010d8:	80405537          	lui	a0,0x80405
804010dc:	6b450513          	add	a0,a0,1716 # 804056b4 <strnlen+0xa6e>
804010e0:	00000097          	auipc	ra,0x0
804010e4:	f3a080e7          	jalr	-198(ra) # 8040101a <early_puts>
804010e8:	8522                	mv	a0,s0
804010ea:	00000097          	auipc	ra,0x0
804010ee:	f30080e7          	jalr	-208(ra) # 8040101a <early_puts>
804010f2:	80405537          	lui	a0,0x80405
804010f6:	20450513          	add	a0,a0,516 # 80405204 <strnlen+0x5be>
804010fa:	00000097          	auipc	ra,0x0
804010fe:	f20080e7          	jalr	-224(ra) # 8040101a <early_puts>
80401102:	4509                	li	a0,2
80401104:	10300593          	li	a1,259
80401108:	48f5                	li	a7,29
8040110a:	00000073          	ecall
8040110e:	bfd5                	j	80401102 <uni_panic+0x3c>
80401110:	4705                	li	a4,1
80401112:	0ae7ae23          	sw	a4,188(a5)
80401116:	00000097          	auipc	ra,0x0
8040111a:	ec0080e7          	jalr	-320(ra) # 80400fd6 <run_hooks>
8040111e:	bf6d                	j	804010d8 <uni_panic+0x12>

80401120 <uni_trap>:
80401120:	08452703          	lw	a4,132(a0)
80401124:	800007b7          	lui	a5,0x80000
80401128:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
8040112a:	00f71d63          	bne	a4,a5,80401144 <uni_trap+0x24>
8040112e:	80407737          	lui	a4,0x80407
80401132:	0b872783          	lw	a5,184(a4) # 804070b8 <upcalls>
80401136:	0785                	add	a5,a5,1
80401138:	0af72c23          	sw	a5,184(a4)
8040113c:	00001317          	auipc	t1,0x1
80401140:	82230067          	jr	-2014(t1) # 8040195e <evtchn_do_upcall>
80401144:	804077b7          	lui	a5,0x80407
80401148:	0bc7a703          	lw	a4,188(a5) # 804070bc <panicking>
8040114c:	7139                	add	sp,sp,-64
8040114e:	dc22                	sw	s0,56(sp)
80401150:	de06                	sw	ra,60(sp)
80401152:	842a                	mv	s0,a0
80401154:	c771                	beqz	a4,80401220 <uni_trap+0x100>
80401156:	80405537          	lui	a0,0x80405
8040115a:	6cc50513          	add	a0,a0,1740 # 804056cc <strnlen+0xa86>
8040115e:	00000097          	auipc	ra,0x0
80401162:	ebc080e7          	jalr	-324(ra) # 8040101a <early_puts>
80401166:	08442703          	lw	a4,132(s0)
8040116a:	47bd                	li	a5,15
8040116c:	0ae7e563          	bltu	a5,a4,80401216 <uni_trap+0xf6>
80401170:	804067b7          	lui	a5,0x80406
80401174:	070a                	sll	a4,a4,0x2
80401176:	98878793          	add	a5,a5,-1656 # 80405988 <names.0>
8040117a:	97ba                	add	a5,a5,a4
8040117c:	4388                	lw	a0,0(a5)
8040117e:	00000097          	auipc	ra,0x0
80401182:	e9c080e7          	jalr	-356(ra) # 8040101a <early_puts>
80401186:	80405537          	lui	a0,0x80405
8040118a:	6e450513          	add	a0,a0,1764 # 804056e4 <strnlen+0xa9e>
8040118e:	00000097          	auipc	ra,0x0
80401192:	e8c080e7          	jalr	-372(ra) # 8040101a <early_puts>
80401196:	08442583          	lw	a1,132(s0)
8040119a:	0068                	add	a0,sp,12
8040119c:	00000097          	auipc	ra,0x0
804011a0:	dfc080e7          	jalr	-516(ra) # 80400f98 <hex>
804011a4:	00000097          	auipc	ra,0x0
804011a8:	e76080e7          	jalr	-394(ra) # 8040101a <early_puts>
804011ac:	80405537          	lui	a0,0x80405
804011b0:	6f050513          	add	a0,a0,1776 # 804056f0 <strnlen+0xaaa>
804011b4:	00000097          	auipc	ra,0x0
804011b8:	e66080e7          	jalr	-410(ra) # 8040101a <early_puts>
804011bc:	08042583          	lw	a1,128(s0)
804011c0:	0828                	add	a0,sp,24
804011c2:	00000097          	auipc	ra,0x0
804011c6:	dd6080e7          	jalr	-554(ra) # 80400f98 <hex>
804011ca:	00000097          	auipc	ra,0x0
804011ce:	e50080e7          	jalr	-432(ra) # 8040101a <early_puts>
804011d2:	80405537          	lui	a0,0x80405
804011d6:	6fc50513          	add	a0,a0,1788 # 804056fc <strnlen+0xab6>
804011da:	00000097          	auipc	ra,0x0
804011de:	e40080e7          	jalr	-448(ra) # 8040101a <early_puts>
804011e2:	08842583          	lw	a1,136(s0)
804011e6:	1048                	add	a0,sp,36
804011e8:	00000097          	auipc	ra,0x0
804011ec:	db0080e7          	jalr	-592(ra) # 80400f98 <hex>
804011f0:	00000097          	auipc	ra,0x0
804011f4:	e2a080e7          	jalr	-470(ra) # 8040101a <early_puts>
804011f8:	80405537          	lui	a0,0x80405
804011fc:	20450513          	add	a0,a0,516 # 80405204 <strnlen+0x5be>
80401200:	00000097          	auipc	ra,0x0
80401204:	e1a080e7          	jalr	-486(ra) # 8040101a <early_puts>
80401208:	4509                	li	a0,2
8040120a:	10300593          	li	a1,259
8040120e:	48f5                	li	a7,29
80401210:	00000073          	ecall
80401214:	bfd5                	j	80401208 <uni_trap+0xe8>
80401216:	80405537          	lui	a0,0x80405
8040121a:	6c450513          	add	a0,a0,1732 # 804056c4 <strnlen+0xa7e>
8040121e:	b785                	j	8040117e <uni_trap+0x5e>
80401220:	4705                	li	a4,1
80401222:	0ae7ae23          	sw	a4,188(a5)
80401226:	00000097          	auipc	ra,0x0
8040122a:	db0080e7          	jalr	-592(ra) # 80400fd6 <run_hooks>
8040122e:	b725                	j	80401156 <uni_trap+0x36>

80401230 <uni_virt_to_mfn>:
80401230:	800007b7          	lui	a5,0x80000
80401234:	80407737          	lui	a4,0x80407
80401238:	0c472703          	lw	a4,196(a4) # 804070c4 <uni_start_info>
8040123c:	97aa                	add	a5,a5,a0
8040123e:	00055b63          	bgez	a0,80401254 <uni_virt_to_mfn+0x24>
80401242:	5314                	lw	a3,32(a4)
80401244:	83b1                	srl	a5,a5,0xc
80401246:	00d7f763          	bgeu	a5,a3,80401254 <uni_virt_to_mfn+0x24>
8040124a:	4378                	lw	a4,68(a4)
8040124c:	078a                	sll	a5,a5,0x2
8040124e:	97ba                	add	a5,a5,a4
80401250:	4388                	lw	a0,0(a5)
80401252:	8082                	ret
80401254:	80405537          	lui	a0,0x80405
80401258:	1141                	add	sp,sp,-16
8040125a:	70850513          	add	a0,a0,1800 # 80405708 <strnlen+0xac2>
8040125e:	c606                	sw	ra,12(sp)
80401260:	00000097          	auipc	ra,0x0
80401264:	e66080e7          	jalr	-410(ra) # 804010c6 <uni_panic>

80401268 <uni_mfn_to_virt>:
80401268:	804077b7          	lui	a5,0x80407
8040126c:	0c47a783          	lw	a5,196(a5) # 804070c4 <uni_start_info>
80401270:	4701                	li	a4,0
80401272:	0207a803          	lw	a6,32(a5)
80401276:	43ec                	lw	a1,68(a5)
80401278:	8642                	mv	a2,a6
8040127a:	a029                	j	80401284 <uni_mfn_to_virt+0x1c>
8040127c:	4294                	lw	a3,0(a3)
8040127e:	04a6e763          	bltu	a3,a0,804012cc <uni_mfn_to_virt+0x64>
80401282:	863e                	mv	a2,a5
80401284:	40e607b3          	sub	a5,a2,a4
80401288:	8385                	srl	a5,a5,0x1
8040128a:	97ba                	add	a5,a5,a4
8040128c:	00279693          	sll	a3,a5,0x2
80401290:	96ae                	add	a3,a3,a1
80401292:	fec765e3          	bltu	a4,a2,8040127c <uni_mfn_to_virt+0x14>
80401296:	00e80863          	beq	a6,a4,804012a6 <uni_mfn_to_virt+0x3e>
8040129a:	00271793          	sll	a5,a4,0x2
8040129e:	97ae                	add	a5,a5,a1
804012a0:	439c                	lw	a5,0(a5)
804012a2:	00a78f63          	beq	a5,a0,804012c0 <uni_mfn_to_virt+0x58>
804012a6:	4701                	li	a4,0
804012a8:	00081663          	bnez	a6,804012b4 <uni_mfn_to_virt+0x4c>
804012ac:	a01d                	j	804012d2 <uni_mfn_to_virt+0x6a>
804012ae:	0705                	add	a4,a4,1
804012b0:	02e80163          	beq	a6,a4,804012d2 <uni_mfn_to_virt+0x6a>
804012b4:	419c                	lw	a5,0(a1)
804012b6:	0591                	add	a1,a1,4
804012b8:	fea79be3          	bne	a5,a0,804012ae <uni_mfn_to_virt+0x46>
804012bc:	00e80b63          	beq	a6,a4,804012d2 <uni_mfn_to_virt+0x6a>
804012c0:	0732                	sll	a4,a4,0xc
804012c2:	800007b7          	lui	a5,0x80000
804012c6:	00f70533          	add	a0,a4,a5
804012ca:	8082                	ret
804012cc:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
804012d0:	bf55                	j	80401284 <uni_mfn_to_virt+0x1c>
804012d2:	4501                	li	a0,0
804012d4:	8082                	ret

804012d6 <uni_runtime_start>:
804012d6:	804057b7          	lui	a5,0x80405
804012da:	1141                	add	sp,sp,-16
804012dc:	80407737          	lui	a4,0x80407
804012e0:	72c78793          	add	a5,a5,1836 # 8040572c <strnlen+0xae6>
804012e4:	c422                	sw	s0,8(sp)
804012e6:	0ca72223          	sw	a0,196(a4) # 804070c4 <uni_start_info>
804012ea:	c606                	sw	ra,12(sp)
804012ec:	c226                	sw	s1,4(sp)
804012ee:	c04a                	sw	s2,0(sp)
804012f0:	842a                	mv	s0,a0
804012f2:	01878593          	add	a1,a5,24
804012f6:	872a                	mv	a4,a0
804012f8:	00074603          	lbu	a2,0(a4)
804012fc:	0007c683          	lbu	a3,0(a5)
80401300:	10d61363          	bne	a2,a3,80401406 <uni_runtime_start+0x130>
80401304:	0785                	add	a5,a5,1
80401306:	0705                	add	a4,a4,1
80401308:	feb798e3          	bne	a5,a1,804012f8 <uni_runtime_start+0x22>
8040130c:	4501                	li	a0,0
8040130e:	4581                	li	a1,0
80401310:	48c5                	li	a7,17
80401312:	00000073          	ecall
80401316:	4785                	li	a5,1
80401318:	8141                	srl	a0,a0,0x10
8040131a:	10f51663          	bne	a0,a5,80401426 <uni_runtime_start+0x150>
8040131e:	4519                	li	a0,6
80401320:	00000073          	ecall
80401324:	8909                	and	a0,a0,2
80401326:	10050863          	beqz	a0,80401436 <uni_runtime_start+0x160>
8040132a:	5008                	lw	a0,32(s0)
8040132c:	04042803          	lw	a6,64(s0)
80401330:	03c42883          	lw	a7,60(s0)
80401334:	442c                	lw	a1,72(s0)
80401336:	00080637          	lui	a2,0x80
8040133a:	00c50733          	add	a4,a0,a2
8040133e:	00c81793          	sll	a5,a6,0xc
80401342:	00c71693          	sll	a3,a4,0xc
80401346:	01178733          	add	a4,a5,a7
8040134a:	0cc59663          	bne	a1,a2,80401416 <uni_runtime_start+0x140>
8040134e:	8041e7b7          	lui	a5,0x8041e
80401352:	87078793          	add	a5,a5,-1936 # 8041d870 <__bss_end>
80401356:	0cf46063          	bltu	s0,a5,80401416 <uni_runtime_start+0x140>
8040135a:	0a88ee63          	bltu	a7,s0,80401416 <uni_runtime_start+0x140>
8040135e:	0a080c63          	beqz	a6,80401416 <uni_runtime_start+0x140>
80401362:	0ae6ea63          	bltu	a3,a4,80401416 <uni_runtime_start+0x140>
80401366:	0aa5e863          	bltu	a1,a0,80401416 <uni_runtime_start+0x140>
8040136a:	5048                	lw	a0,36(s0)
8040136c:	00000097          	auipc	ra,0x0
80401370:	5a2080e7          	jalr	1442(ra) # 8040190e <evtchn_init>
80401374:	80401537          	lui	a0,0x80401
80401378:	ecc50513          	add	a0,a0,-308 # 80400ecc <uni_trap_entry>
8040137c:	4581                	li	a1,0
8040137e:	4891                	li	a7,4
80401380:	00000073          	ecall
80401384:	06054963          	bltz	a0,804013f6 <uni_runtime_start+0x120>
80401388:	00000097          	auipc	ra,0x0
8040138c:	0c0080e7          	jalr	192(ra) # 80401448 <uni_wait_init>
80401390:	8041a937          	lui	s2,0x8041a
80401394:	2f090593          	add	a1,s2,752 # 8041a2f0 <cmdline>
80401398:	2f090693          	add	a3,s2,752
8040139c:	4781                	li	a5,0
8040139e:	20000613          	li	a2,512
804013a2:	a039                	j	804013b0 <uni_runtime_start+0xda>
804013a4:	00e68023          	sb	a4,0(a3)
804013a8:	0785                	add	a5,a5,1
804013aa:	0685                	add	a3,a3,1
804013ac:	00c78763          	beq	a5,a2,804013ba <uni_runtime_start+0xe4>
804013b0:	00f40733          	add	a4,s0,a5
804013b4:	04c74703          	lbu	a4,76(a4)
804013b8:	f775                	bnez	a4,804013a4 <uni_runtime_start+0xce>
804013ba:	97ae                	add	a5,a5,a1
804013bc:	80407437          	lui	s0,0x80407
804013c0:	804074b7          	lui	s1,0x80407
804013c4:	00078023          	sb	zero,0(a5)
804013c8:	0ac48493          	add	s1,s1,172 # 804070ac <__init_array_end>
804013cc:	09c40793          	add	a5,s0,156 # 8040709c <__init_array_start>
804013d0:	0097f963          	bgeu	a5,s1,804013e2 <uni_runtime_start+0x10c>
804013d4:	09c40413          	add	s0,s0,156
804013d8:	401c                	lw	a5,0(s0)
804013da:	0411                	add	s0,s0,4
804013dc:	9782                	jalr	a5
804013de:	fe946de3          	bltu	s0,s1,804013d8 <uni_runtime_start+0x102>
804013e2:	2f090513          	add	a0,s2,752
804013e6:	00001097          	auipc	ra,0x1
804013ea:	46c080e7          	jalr	1132(ra) # 80402852 <uni_main>
804013ee:	00000097          	auipc	ra,0x0
804013f2:	cb4080e7          	jalr	-844(ra) # 804010a2 <uni_poweroff>
804013f6:	80406537          	lui	a0,0x80406
804013fa:	80050513          	add	a0,a0,-2048 # 80405800 <strnlen+0xbba>
804013fe:	00000097          	auipc	ra,0x0
80401402:	cc8080e7          	jalr	-824(ra) # 804010c6 <uni_panic>
80401406:	80405537          	lui	a0,0x80405
8040140a:	74450513          	add	a0,a0,1860 # 80405744 <strnlen+0xafe>
8040140e:	00000097          	auipc	ra,0x0
80401412:	cb8080e7          	jalr	-840(ra) # 804010c6 <uni_panic>
80401416:	80405537          	lui	a0,0x80405
8040141a:	7d850513          	add	a0,a0,2008 # 804057d8 <strnlen+0xb92>
8040141e:	00000097          	auipc	ra,0x0
80401422:	ca8080e7          	jalr	-856(ra) # 804010c6 <uni_panic>
80401426:	80405537          	lui	a0,0x80405
8040142a:	77450513          	add	a0,a0,1908 # 80405774 <strnlen+0xb2e>
8040142e:	00000097          	auipc	ra,0x0
80401432:	c98080e7          	jalr	-872(ra) # 804010c6 <uni_panic>
80401436:	80405537          	lui	a0,0x80405
8040143a:	7b050513          	add	a0,a0,1968 # 804057b0 <strnlen+0xb6a>
8040143e:	00000097          	auipc	ra,0x0
80401442:	c88080e7          	jalr	-888(ra) # 804010c6 <uni_panic>

80401446 <timer_event>:
80401446:	8082                	ret

80401448 <uni_wait_init>:
80401448:	1141                	add	sp,sp,-16
8040144a:	c422                	sw	s0,8(sp)
8040144c:	80407437          	lui	s0,0x80407
80401450:	0cc40593          	add	a1,s0,204 # 804070cc <timer_port>
80401454:	4501                	li	a0,0
80401456:	c606                	sw	ra,12(sp)
80401458:	00000097          	auipc	ra,0x0
8040145c:	602080e7          	jalr	1538(ra) # 80401a5a <evtchn_bind_virq>
80401460:	02054363          	bltz	a0,80401486 <uni_wait_init+0x3e>
80401464:	0cc42503          	lw	a0,204(s0)
80401468:	804015b7          	lui	a1,0x80401
8040146c:	4601                	li	a2,0
8040146e:	44658593          	add	a1,a1,1094 # 80401446 <timer_event>
80401472:	00000097          	auipc	ra,0x0
80401476:	4c8080e7          	jalr	1224(ra) # 8040193a <evtchn_bind>
8040147a:	00054663          	bltz	a0,80401486 <uni_wait_init+0x3e>
8040147e:	40b2                	lw	ra,12(sp)
80401480:	4422                	lw	s0,8(sp)
80401482:	0141                	add	sp,sp,16
80401484:	8082                	ret
80401486:	80406537          	lui	a0,0x80406
8040148a:	9c850513          	add	a0,a0,-1592 # 804059c8 <names.0+0x40>
8040148e:	00000097          	auipc	ra,0x0
80401492:	c38080e7          	jalr	-968(ra) # 804010c6 <uni_panic>

80401496 <uni_runtime_set_waiter>:
80401496:	804077b7          	lui	a5,0x80407
8040149a:	0ca7a423          	sw	a0,200(a5) # 804070c8 <waiter>
8040149e:	8082                	ret

804014a0 <uni_block_until>:
804014a0:	57fd                	li	a5,-1
804014a2:	02f50a63          	beq	a0,a5,804014d6 <uni_block_until+0x36>
804014a6:	c81027f3          	rdtimeh	a5
804014aa:	c01026f3          	rdtime	a3
804014ae:	c8102773          	rdtimeh	a4
804014b2:	fee79ae3          	bne	a5,a4,804014a6 <uni_block_until+0x6>
804014b6:	00b7fb63          	bgeu	a5,a1,804014cc <uni_block_until+0x2c>
804014ba:	48bd                	li	a7,15
804014bc:	00000073          	ecall
804014c0:	00054e63          	bltz	a0,804014dc <uni_block_until+0x3c>
804014c4:	00000317          	auipc	t1,0x0
804014c8:	61030067          	jr	1552(t1) # 80401ad4 <pv_block>
804014cc:	00f59463          	bne	a1,a5,804014d4 <uni_block_until+0x34>
804014d0:	fea6e5e3          	bltu	a3,a0,804014ba <uni_block_until+0x1a>
804014d4:	8082                	ret
804014d6:	fca598e3          	bne	a1,a0,804014a6 <uni_block_until+0x6>
804014da:	b7ed                	j	804014c4 <uni_block_until+0x24>
804014dc:	80406537          	lui	a0,0x80406
804014e0:	1141                	add	sp,sp,-16
804014e2:	9f050513          	add	a0,a0,-1552 # 804059f0 <names.0+0x68>
804014e6:	c606                	sw	ra,12(sp)
804014e8:	00000097          	auipc	ra,0x0
804014ec:	bde080e7          	jalr	-1058(ra) # 804010c6 <uni_panic>

804014f0 <uni_wait_until>:
804014f0:	804077b7          	lui	a5,0x80407
804014f4:	0c87a783          	lw	a5,200(a5) # 804070c8 <waiter>
804014f8:	c391                	beqz	a5,804014fc <uni_wait_until+0xc>
804014fa:	8782                	jr	a5
804014fc:	00000317          	auipc	t1,0x0
80401500:	fa430067          	jr	-92(t1) # 804014a0 <uni_block_until>

80401504 <uni_wait>:
80401504:	804077b7          	lui	a5,0x80407
80401508:	0c87a783          	lw	a5,200(a5) # 804070c8 <waiter>
8040150c:	c781                	beqz	a5,80401514 <uni_wait+0x10>
8040150e:	557d                	li	a0,-1
80401510:	55fd                	li	a1,-1
80401512:	8782                	jr	a5
80401514:	00000317          	auipc	t1,0x0
80401518:	5c030067          	jr	1472(t1) # 80401ad4 <pv_block>

8040151c <blkfront_event>:
8040151c:	8082                	ret

8040151e <wait_response>:
8040151e:	1101                	add	sp,sp,-32
80401520:	cc22                	sw	s0,24(sp)
80401522:	ce06                	sw	ra,28(sp)
80401524:	842a                	mv	s0,a0
80401526:	401c                	lw	a5,0(s0)
80401528:	0087a803          	lw	a6,8(a5)
8040152c:	0220000f          	fence	r,r
80401530:	4010                	lw	a2,0(s0)
80401532:	4418                	lw	a4,8(s0)
80401534:	02e80863          	beq	a6,a4,80401564 <wait_response+0x46>
80401538:	445c                	lw	a5,12(s0)
8040153a:	4814                	lw	a3,16(s0)
8040153c:	17fd                	add	a5,a5,-1
8040153e:	8ff9                	and	a5,a5,a4
80401540:	02d787b3          	mul	a5,a5,a3
80401544:	0705                	add	a4,a4,1
80401546:	04078793          	add	a5,a5,64
8040154a:	97b2                	add	a5,a5,a2
8040154c:	4394                	lw	a3,0(a5)
8040154e:	0067d503          	lhu	a0,6(a5)
80401552:	c418                	sw	a4,8(s0)
80401554:	0542                	sll	a0,a0,0x10
80401556:	8541                	sra	a0,a0,0x10
80401558:	fcb69ee3          	bne	a3,a1,80401534 <wait_response+0x16>
8040155c:	40f2                	lw	ra,28(sp)
8040155e:	4462                	lw	s0,24(sp)
80401560:	6105                	add	sp,sp,32
80401562:	8082                	ret
80401564:	4618                	lw	a4,8(a2)
80401566:	0220000f          	fence	r,r
8040156a:	441c                	lw	a5,8(s0)
8040156c:	fae79de3          	bne	a5,a4,80401526 <wait_response+0x8>
80401570:	4018                	lw	a4,0(s0)
80401572:	0785                	add	a5,a5,1
80401574:	c75c                	sw	a5,12(a4)
80401576:	0330000f          	fence	rw,rw
8040157a:	401c                	lw	a5,0(s0)
8040157c:	479c                	lw	a5,8(a5)
8040157e:	0220000f          	fence	r,r
80401582:	4418                	lw	a4,8(s0)
80401584:	faf711e3          	bne	a4,a5,80401526 <wait_response+0x8>
80401588:	5c7c                	lw	a5,124(s0)
8040158a:	c62e                	sw	a1,12(sp)
8040158c:	9782                	jalr	a5
8040158e:	45b2                	lw	a1,12(sp)
80401590:	bf59                	j	80401526 <wait_response+0x8>

80401592 <transfer>:
80401592:	715d                	add	sp,sp,-80
80401594:	c686                	sw	ra,76(sp)
80401596:	c4a2                	sw	s0,72(sp)
80401598:	c2a6                	sw	s1,68(sp)
8040159a:	c0ca                	sw	s2,64(sp)
8040159c:	de4e                	sw	s3,60(sp)
8040159e:	dc52                	sw	s4,56(sp)
804015a0:	da56                	sw	s5,52(sp)
804015a2:	d85a                	sw	s6,48(sp)
804015a4:	d65e                	sw	s7,44(sp)
804015a6:	d462                	sw	s8,40(sp)
804015a8:	d266                	sw	s9,36(sp)
804015aa:	d06a                	sw	s10,32(sp)
804015ac:	ce6e                	sw	s11,28(sp)
804015ae:	c22e                	sw	a1,4(sp)
804015b0:	18060263          	beqz	a2,80401734 <transfer+0x1a2>
804015b4:	04c50793          	add	a5,a0,76
804015b8:	8b32                	mv	s6,a2
804015ba:	842a                	mv	s0,a0
804015bc:	8bb6                	mv	s7,a3
804015be:	8aba                	mv	s5,a4
804015c0:	c43e                	sw	a5,8(sp)
804015c2:	4921                	li	s2,8
804015c4:	6985                	lui	s3,0x1
804015c6:	05800793          	li	a5,88
804015ca:	8a5a                	mv	s4,s6
804015cc:	0167f463          	bgeu	a5,s6,804015d4 <transfer+0x42>
804015d0:	05800a13          	li	s4,88
804015d4:	007a0493          	add	s1,s4,7
804015d8:	808d                	srl	s1,s1,0x3
804015da:	040a8363          	beqz	s5,80401620 <transfer+0x8e>
804015de:	00349d93          	sll	s11,s1,0x3
804015e2:	02040c13          	add	s8,s0,32
804015e6:	8d56                	mv	s10,s5
804015e8:	41ba0db3          	sub	s11,s4,s11
804015ec:	8cd2                	mv	s9,s4
804015ee:	85ea                	mv	a1,s10
804015f0:	8666                	mv	a2,s9
804015f2:	01997363          	bgeu	s2,s9,804015f8 <transfer+0x66>
804015f6:	4621                	li	a2,8
804015f8:	000c2503          	lw	a0,0(s8)
804015fc:	0626                	sll	a2,a2,0x9
804015fe:	1ce1                	add	s9,s9,-8
80401600:	00002097          	auipc	ra,0x2
80401604:	d0c080e7          	jalr	-756(ra) # 8040330c <memcpy>
80401608:	0c11                	add	s8,s8,4
8040160a:	9d4e                	add	s10,s10,s3
8040160c:	ff9d91e3          	bne	s11,s9,804015ee <transfer+0x5c>
80401610:	4458                	lw	a4,12(s0)
80401612:	441c                	lw	a5,8(s0)
80401614:	4054                	lw	a3,4(s0)
80401616:	97ba                	add	a5,a5,a4
80401618:	00d79a63          	bne	a5,a3,8040162c <transfer+0x9a>
8040161c:	5c7c                	lw	a5,124(s0)
8040161e:	9782                	jalr	a5
80401620:	4458                	lw	a4,12(s0)
80401622:	441c                	lw	a5,8(s0)
80401624:	4054                	lw	a3,4(s0)
80401626:	97ba                	add	a5,a5,a4
80401628:	fed78ae3          	beq	a5,a3,8040161c <transfer+0x8a>
8040162c:	4810                	lw	a2,16(s0)
8040162e:	fff70793          	add	a5,a4,-1
80401632:	8ff5                	and	a5,a5,a3
80401634:	02c787b3          	mul	a5,a5,a2
80401638:	00042803          	lw	a6,0(s0)
8040163c:	05000613          	li	a2,80
80401640:	4581                	li	a1,0
80401642:	04078793          	add	a5,a5,64
80401646:	00f80db3          	add	s11,a6,a5
8040164a:	856e                	mv	a0,s11
8040164c:	00002097          	auipc	ra,0x2
80401650:	cd6080e7          	jalr	-810(ra) # 80403322 <memset>
80401654:	5c2c                	lw	a1,120(s0)
80401656:	0ff4f713          	zext.b	a4,s1
8040165a:	0722                	sll	a4,a4,0x8
8040165c:	00158693          	add	a3,a1,1
80401660:	015037b3          	snez	a5,s5
80401664:	dc34                	sw	a3,120(s0)
80401666:	8fd9                	or	a5,a5,a4
80401668:	00fd9023          	sh	a5,0(s11)
8040166c:	4792                	lw	a5,4(sp)
8040166e:	4522                	lw	a0,8(sp)
80401670:	03848713          	add	a4,s1,56
80401674:	00fda423          	sw	a5,8(s11)
80401678:	000d9123          	sh	zero,2(s11)
8040167c:	00bda223          	sw	a1,4(s11)
80401680:	00cd8613          	add	a2,s11,12
80401684:	038d8793          	add	a5,s11,56
80401688:	00ed8833          	add	a6,s11,a4
8040168c:	86d2                	mv	a3,s4
8040168e:	00052883          	lw	a7,0(a0)
80401692:	8736                	mv	a4,a3
80401694:	0511                	add	a0,a0,4
80401696:	01162023          	sw	a7,0(a2) # 80000 <errno+0x80000>
8040169a:	00078023          	sb	zero,0(a5)
8040169e:	00d97363          	bgeu	s2,a3,804016a4 <transfer+0x112>
804016a2:	4721                	li	a4,8
804016a4:	177d                	add	a4,a4,-1
804016a6:	00e785a3          	sb	a4,11(a5)
804016aa:	0785                	add	a5,a5,1
804016ac:	0611                	add	a2,a2,4
804016ae:	16e1                	add	a3,a3,-8
804016b0:	fcf81fe3          	bne	a6,a5,8040168e <transfer+0xfc>
804016b4:	405c                	lw	a5,4(s0)
804016b6:	4018                	lw	a4,0(s0)
804016b8:	0785                	add	a5,a5,1
804016ba:	c05c                	sw	a5,4(s0)
804016bc:	4318                	lw	a4,0(a4)
804016be:	0110000f          	fence	w,w
804016c2:	4014                	lw	a3,0(s0)
804016c4:	c29c                	sw	a5,0(a3)
804016c6:	0330000f          	fence	rw,rw
804016ca:	4014                	lw	a3,0(s0)
804016cc:	40e78733          	sub	a4,a5,a4
804016d0:	42d4                	lw	a3,4(a3)
804016d2:	8f95                	sub	a5,a5,a3
804016d4:	08e7e063          	bltu	a5,a4,80401754 <transfer+0x1c2>
804016d8:	8522                	mv	a0,s0
804016da:	00000097          	auipc	ra,0x0
804016de:	e44080e7          	jalr	-444(ra) # 8040151e <wait_response>
804016e2:	080b8763          	beqz	s7,80401770 <transfer+0x1de>
804016e6:	e921                	bnez	a0,80401736 <transfer+0x1a4>
804016e8:	048e                	sll	s1,s1,0x3
804016ea:	409a0db3          	sub	s11,s4,s1
804016ee:	02040d13          	add	s10,s0,32
804016f2:	8cde                	mv	s9,s7
804016f4:	84d2                	mv	s1,s4
804016f6:	8566                	mv	a0,s9
804016f8:	8626                	mv	a2,s1
804016fa:	00997363          	bgeu	s2,s1,80401700 <transfer+0x16e>
804016fe:	4621                	li	a2,8
80401700:	000d2583          	lw	a1,0(s10)
80401704:	0626                	sll	a2,a2,0x9
80401706:	14e1                	add	s1,s1,-8
80401708:	00002097          	auipc	ra,0x2
8040170c:	c04080e7          	jalr	-1020(ra) # 8040330c <memcpy>
80401710:	0d11                	add	s10,s10,4
80401712:	9cce                	add	s9,s9,s3
80401714:	fe9d91e3          	bne	s11,s1,804016f6 <transfer+0x164>
80401718:	4712                	lw	a4,4(sp)
8040171a:	009a1793          	sll	a5,s4,0x9
8040171e:	414b0b33          	sub	s6,s6,s4
80401722:	9752                	add	a4,a4,s4
80401724:	c23a                	sw	a4,4(sp)
80401726:	9bbe                	add	s7,s7,a5
80401728:	000a8463          	beqz	s5,80401730 <transfer+0x19e>
8040172c:	0a26                	sll	s4,s4,0x9
8040172e:	9ad2                	add	s5,s5,s4
80401730:	e80b1be3          	bnez	s6,804015c6 <transfer+0x34>
80401734:	4501                	li	a0,0
80401736:	40b6                	lw	ra,76(sp)
80401738:	4426                	lw	s0,72(sp)
8040173a:	4496                	lw	s1,68(sp)
8040173c:	4906                	lw	s2,64(sp)
8040173e:	59f2                	lw	s3,60(sp)
80401740:	5a62                	lw	s4,56(sp)
80401742:	5ad2                	lw	s5,52(sp)
80401744:	5b42                	lw	s6,48(sp)
80401746:	5bb2                	lw	s7,44(sp)
80401748:	5c22                	lw	s8,40(sp)
8040174a:	5c92                	lw	s9,36(sp)
8040174c:	5d02                	lw	s10,32(sp)
8040174e:	4df2                	lw	s11,28(sp)
80401750:	6161                	add	sp,sp,80
80401752:	8082                	ret
80401754:	4848                	lw	a0,20(s0)
80401756:	c62e                	sw	a1,12(sp)
80401758:	00000097          	auipc	ra,0x0
8040175c:	2ee080e7          	jalr	750(ra) # 80401a46 <evtchn_send>
80401760:	45b2                	lw	a1,12(sp)
80401762:	8522                	mv	a0,s0
80401764:	00000097          	auipc	ra,0x0
80401768:	dba080e7          	jalr	-582(ra) # 8040151e <wait_response>
8040176c:	f60b9de3          	bnez	s7,804016e6 <transfer+0x154>
80401770:	f179                	bnez	a0,80401736 <transfer+0x1a4>
80401772:	4792                	lw	a5,4(sp)
80401774:	414b0b33          	sub	s6,s6,s4
80401778:	97d2                	add	a5,a5,s4
8040177a:	c23e                	sw	a5,4(sp)
8040177c:	b775                	j	80401728 <transfer+0x196>

8040177e <blkfront_probe>:
8040177e:	862e                	mv	a2,a1
80401780:	804065b7          	lui	a1,0x80406
80401784:	a2458593          	add	a1,a1,-1500 # 80405a24 <names.0+0x9c>
80401788:	00001317          	auipc	t1,0x1
8040178c:	8da30067          	jr	-1830(t1) # 80402062 <xs_read_u32>

80401790 <blkfront_connect>:
80401790:	7179                	add	sp,sp,-48
80401792:	d226                	sw	s1,36(sp)
80401794:	84ae                	mv	s1,a1
80401796:	804065b7          	lui	a1,0x80406
8040179a:	ce4e                	sw	s3,28(sp)
8040179c:	cc52                	sw	s4,24(sp)
8040179e:	89aa                	mv	s3,a0
804017a0:	8a32                	mv	s4,a2
804017a2:	a2458593          	add	a1,a1,-1500 # 80405a24 <names.0+0x9c>
804017a6:	01c50613          	add	a2,a0,28
804017aa:	8526                	mv	a0,s1
804017ac:	d422                	sw	s0,40(sp)
804017ae:	d606                	sw	ra,44(sp)
804017b0:	d04a                	sw	s2,32(sp)
804017b2:	ca56                	sw	s5,20(sp)
804017b4:	8436                	mv	s0,a3
804017b6:	00001097          	auipc	ra,0x1
804017ba:	8ac080e7          	jalr	-1876(ra) # 80402062 <xs_read_u32>
804017be:	0c054b63          	bltz	a0,80401894 <blkfront_connect+0x104>
804017c2:	000a2583          	lw	a1,0(s4)
804017c6:	4785                	li	a5,1
804017c8:	06f9ac23          	sw	a5,120(s3) # 1078 <errno+0x1078>
804017cc:	0689ae23          	sw	s0,124(s3)
804017d0:	c1dc                	sw	a5,4(a1)
804017d2:	c5dc                	sw	a5,12(a1)
804017d4:	0005a023          	sw	zero,0(a1)
804017d8:	0005a423          	sw	zero,8(a1)
804017dc:	01058793          	add	a5,a1,16
804017e0:	04058713          	add	a4,a1,64
804017e4:	0007a023          	sw	zero,0(a5)
804017e8:	0791                	add	a5,a5,4
804017ea:	fee79de3          	bne	a5,a4,804017e4 <blkfront_connect+0x54>
804017ee:	02000793          	li	a5,32
804017f2:	00f9a623          	sw	a5,12(s3)
804017f6:	05000793          	li	a5,80
804017fa:	00b9a023          	sw	a1,0(s3)
804017fe:	0009a223          	sw	zero,4(s3)
80401802:	0009a423          	sw	zero,8(s3)
80401806:	00f9a823          	sw	a5,16(s3)
8040180a:	008a0413          	add	s0,s4,8
8040180e:	02098913          	add	s2,s3,32
80401812:	034a0a93          	add	s5,s4,52
80401816:	401c                	lw	a5,0(s0)
80401818:	544c                	lw	a1,44(s0)
8040181a:	4601                	li	a2,0
8040181c:	00f92023          	sw	a5,0(s2)
80401820:	4501                	li	a0,0
80401822:	00000097          	auipc	ra,0x0
80401826:	34a080e7          	jalr	842(ra) # 80401b6c <gnttab_grant_access>
8040182a:	0411                	add	s0,s0,4
8040182c:	06054463          	bltz	a0,80401894 <blkfront_connect+0x104>
80401830:	02a92623          	sw	a0,44(s2)
80401834:	0911                	add	s2,s2,4
80401836:	ff5410e3          	bne	s0,s5,80401816 <blkfront_connect+0x86>
8040183a:	004a2583          	lw	a1,4(s4)
8040183e:	4601                	li	a2,0
80401840:	4501                	li	a0,0
80401842:	00000097          	auipc	ra,0x0
80401846:	32a080e7          	jalr	810(ra) # 80401b6c <gnttab_grant_access>
8040184a:	04054563          	bltz	a0,80401894 <blkfront_connect+0x104>
8040184e:	00a9ac23          	sw	a0,24(s3)
80401852:	01498593          	add	a1,s3,20
80401856:	4501                	li	a0,0
80401858:	00000097          	auipc	ra,0x0
8040185c:	23a080e7          	jalr	570(ra) # 80401a92 <evtchn_alloc_unbound>
80401860:	02054a63          	bltz	a0,80401894 <blkfront_connect+0x104>
80401864:	0149a503          	lw	a0,20(s3)
80401868:	804015b7          	lui	a1,0x80401
8040186c:	864e                	mv	a2,s3
8040186e:	51c58593          	add	a1,a1,1308 # 8040151c <blkfront_event>
80401872:	00000097          	auipc	ra,0x0
80401876:	0c8080e7          	jalr	200(ra) # 8040193a <evtchn_bind>
8040187a:	ed09                	bnez	a0,80401894 <blkfront_connect+0x104>
8040187c:	0189a603          	lw	a2,24(s3)
80401880:	804065b7          	lui	a1,0x80406
80401884:	a3c58593          	add	a1,a1,-1476 # 80405a3c <names.0+0xb4>
80401888:	8526                	mv	a0,s1
8040188a:	00001097          	auipc	ra,0x1
8040188e:	8c8080e7          	jalr	-1848(ra) # 80402152 <xs_write_u32>
80401892:	c911                	beqz	a0,804018a6 <blkfront_connect+0x116>
80401894:	50b2                	lw	ra,44(sp)
80401896:	5422                	lw	s0,40(sp)
80401898:	5492                	lw	s1,36(sp)
8040189a:	5902                	lw	s2,32(sp)
8040189c:	49f2                	lw	s3,28(sp)
8040189e:	4a62                	lw	s4,24(sp)
804018a0:	4ad2                	lw	s5,20(sp)
804018a2:	6145                	add	sp,sp,48
804018a4:	8082                	ret
804018a6:	0149a603          	lw	a2,20(s3)
804018aa:	804065b7          	lui	a1,0x80406
804018ae:	a5458593          	add	a1,a1,-1452 # 80405a54 <names.0+0xcc>
804018b2:	8526                	mv	a0,s1
804018b4:	00001097          	auipc	ra,0x1
804018b8:	89e080e7          	jalr	-1890(ra) # 80402152 <xs_write_u32>
804018bc:	fd61                	bnez	a0,80401894 <blkfront_connect+0x104>
804018be:	804065b7          	lui	a1,0x80406
804018c2:	460d                	li	a2,3
804018c4:	a7058593          	add	a1,a1,-1424 # 80405a70 <names.0+0xe8>
804018c8:	8526                	mv	a0,s1
804018ca:	00001097          	auipc	ra,0x1
804018ce:	888080e7          	jalr	-1912(ra) # 80402152 <xs_write_u32>
804018d2:	c602                	sw	zero,12(sp)
804018d4:	f161                	bnez	a0,80401894 <blkfront_connect+0x104>
804018d6:	804065b7          	lui	a1,0x80406
804018da:	0070                	add	a2,sp,12
804018dc:	a8458593          	add	a1,a1,-1404 # 80405a84 <names.0+0xfc>
804018e0:	8526                	mv	a0,s1
804018e2:	00000097          	auipc	ra,0x0
804018e6:	780080e7          	jalr	1920(ra) # 80402062 <xs_read_u32>
804018ea:	f54d                	bnez	a0,80401894 <blkfront_connect+0x104>
804018ec:	4732                	lw	a4,12(sp)
804018ee:	4791                	li	a5,4
804018f0:	faf702e3          	beq	a4,a5,80401894 <blkfront_connect+0x104>
804018f4:	5529                	li	a0,-22
804018f6:	bf79                	j	80401894 <blkfront_connect+0x104>

804018f8 <blkfront_read>:
804018f8:	4701                	li	a4,0
804018fa:	00000317          	auipc	t1,0x0
804018fe:	c9830067          	jr	-872(t1) # 80401592 <transfer>

80401902 <blkfront_write>:
80401902:	8736                	mv	a4,a3
80401904:	4681                	li	a3,0
80401906:	00000317          	auipc	t1,0x0
8040190a:	c8c30067          	jr	-884(t1) # 80401592 <transfer>

8040190e <evtchn_init>:
8040190e:	80407737          	lui	a4,0x80407
80401912:	8041a7b7          	lui	a5,0x8041a
80401916:	4f478793          	add	a5,a5,1268 # 8041a4f4 <handlers>
8040191a:	0ca72a23          	sw	a0,212(a4) # 804070d4 <pv_shared_info>
8040191e:	6709                	lui	a4,0x2
80401920:	973e                	add	a4,a4,a5
80401922:	0007a023          	sw	zero,0(a5)
80401926:	0007a223          	sw	zero,4(a5)
8040192a:	07a1                	add	a5,a5,8
8040192c:	fee79be3          	bne	a5,a4,80401922 <evtchn_init+0x14>
80401930:	804077b7          	lui	a5,0x80407
80401934:	0c07a823          	sw	zero,208(a5) # 804070d0 <stray>
80401938:	8082                	ret

8040193a <evtchn_bind>:
8040193a:	fff50713          	add	a4,a0,-1
8040193e:	3fe00793          	li	a5,1022
80401942:	00e7ec63          	bltu	a5,a4,8040195a <evtchn_bind+0x20>
80401946:	8041a7b7          	lui	a5,0x8041a
8040194a:	050e                	sll	a0,a0,0x3
8040194c:	4f478793          	add	a5,a5,1268 # 8041a4f4 <handlers>
80401950:	97aa                	add	a5,a5,a0
80401952:	c3d0                	sw	a2,4(a5)
80401954:	c38c                	sw	a1,0(a5)
80401956:	4501                	li	a0,0
80401958:	8082                	ret
8040195a:	5529                	li	a0,-22
8040195c:	8082                	ret

8040195e <evtchn_do_upcall>:
8040195e:	7179                	add	sp,sp,-48
80401960:	804077b7          	lui	a5,0x80407
80401964:	c65e                	sw	s7,12(sp)
80401966:	0d47ab83          	lw	s7,212(a5) # 804070d4 <pv_shared_info>
8040196a:	cc52                	sw	s4,24(sp)
8040196c:	8041aa37          	lui	s4,0x8041a
80401970:	c85a                	sw	s6,16(sp)
80401972:	c462                	sw	s8,8(sp)
80401974:	c266                	sw	s9,4(sp)
80401976:	d606                	sw	ra,44(sp)
80401978:	d422                	sw	s0,40(sp)
8040197a:	d226                	sw	s1,36(sp)
8040197c:	d04a                	sw	s2,32(sp)
8040197e:	ce4e                	sw	s3,28(sp)
80401980:	ca56                	sw	s5,20(sp)
80401982:	4c81                	li	s9,0
80401984:	004b8c13          	add	s8,s7,4
80401988:	4f4a0a13          	add	s4,s4,1268 # 8041a4f4 <handlers>
8040198c:	80407b37          	lui	s6,0x80407
80401990:	000b8023          	sb	zero,0(s7)
80401994:	0330000f          	fence	rw,rw
80401998:	8ae6                	mv	s5,s9
8040199a:	0f50000f          	fence	iorw,ow
8040199e:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
804019a2:	4985                	li	s3,1
804019a4:	080a8163          	beqz	s5,80401a26 <evtchn_do_upcall+0xc8>
804019a8:	8556                	mv	a0,s5
804019aa:	00001097          	auipc	ra,0x1
804019ae:	240080e7          	jalr	576(ra) # 80402bea <__ctzsi2>
804019b2:	01050413          	add	s0,a0,16
804019b6:	040a                	sll	s0,s0,0x2
804019b8:	08040913          	add	s2,s0,128
804019bc:	fffa8793          	add	a5,s5,-1
804019c0:	00fafab3          	and	s5,s5,a5
804019c4:	945e                	add	s0,s0,s7
804019c6:	995e                	add	s2,s2,s7
804019c8:	00551493          	sll	s1,a0,0x5
804019cc:	401c                	lw	a5,0(s0)
804019ce:	0ff0000f          	fence
804019d2:	00092503          	lw	a0,0(s2)
804019d6:	fff54513          	not	a0,a0
804019da:	8d7d                	and	a0,a0,a5
804019dc:	d561                	beqz	a0,804019a4 <evtchn_do_upcall+0x46>
804019de:	00001097          	auipc	ra,0x1
804019e2:	20c080e7          	jalr	524(ra) # 80402bea <__ctzsi2>
804019e6:	00a997b3          	sll	a5,s3,a0
804019ea:	fff7c793          	not	a5,a5
804019ee:	0f50000f          	fence	iorw,ow
804019f2:	64f4202f          	amoand.w.aq	zero,a5,(s0)
804019f6:	9526                	add	a0,a0,s1
804019f8:	00351793          	sll	a5,a0,0x3
804019fc:	97d2                	add	a5,a5,s4
804019fe:	4398                	lw	a4,0(a5)
80401a00:	cf09                	beqz	a4,80401a1a <evtchn_do_upcall+0xbc>
80401a02:	43cc                	lw	a1,4(a5)
80401a04:	9702                	jalr	a4
80401a06:	401c                	lw	a5,0(s0)
80401a08:	0ff0000f          	fence
80401a0c:	00092503          	lw	a0,0(s2)
80401a10:	fff54513          	not	a0,a0
80401a14:	8d7d                	and	a0,a0,a5
80401a16:	f561                	bnez	a0,804019de <evtchn_do_upcall+0x80>
80401a18:	b771                	j	804019a4 <evtchn_do_upcall+0x46>
80401a1a:	0d0b2783          	lw	a5,208(s6) # 804070d0 <stray>
80401a1e:	0785                	add	a5,a5,1
80401a20:	0cfb2823          	sw	a5,208(s6)
80401a24:	b765                	j	804019cc <evtchn_do_upcall+0x6e>
80401a26:	000bc783          	lbu	a5,0(s7)
80401a2a:	f3bd                	bnez	a5,80401990 <evtchn_do_upcall+0x32>
80401a2c:	50b2                	lw	ra,44(sp)
80401a2e:	5422                	lw	s0,40(sp)
80401a30:	5492                	lw	s1,36(sp)
80401a32:	5902                	lw	s2,32(sp)
80401a34:	49f2                	lw	s3,28(sp)
80401a36:	4a62                	lw	s4,24(sp)
80401a38:	4ad2                	lw	s5,20(sp)
80401a3a:	4b42                	lw	s6,16(sp)
80401a3c:	4bb2                	lw	s7,12(sp)
80401a3e:	4c22                	lw	s8,8(sp)
80401a40:	4c92                	lw	s9,4(sp)
80401a42:	6145                	add	sp,sp,48
80401a44:	8082                	ret

80401a46 <evtchn_send>:
80401a46:	1141                	add	sp,sp,-16
80401a48:	c62a                	sw	a0,12(sp)
80401a4a:	006c                	add	a1,sp,12
80401a4c:	4511                	li	a0,4
80401a4e:	02000893          	li	a7,32
80401a52:	00000073          	ecall
80401a56:	0141                	add	sp,sp,16
80401a58:	8082                	ret

80401a5a <evtchn_bind_virq>:
80401a5a:	1141                	add	sp,sp,-16
80401a5c:	86ae                	mv	a3,a1
80401a5e:	c22a                	sw	a0,4(sp)
80401a60:	c402                	sw	zero,8(sp)
80401a62:	c602                	sw	zero,12(sp)
80401a64:	4505                	li	a0,1
80401a66:	004c                	add	a1,sp,4
80401a68:	02000893          	li	a7,32
80401a6c:	00000073          	ecall
80401a70:	00054b63          	bltz	a0,80401a86 <evtchn_bind_virq+0x2c>
80401a74:	4732                	lw	a4,12(sp)
80401a76:	cb11                	beqz	a4,80401a8a <evtchn_bind_virq+0x30>
80401a78:	c298                	sw	a4,0(a3)
80401a7a:	3fe00793          	li	a5,1022
80401a7e:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80401a80:	00e7e763          	bltu	a5,a4,80401a8e <evtchn_bind_virq+0x34>
80401a84:	4501                	li	a0,0
80401a86:	0141                	add	sp,sp,16
80401a88:	8082                	ret
80401a8a:	872a                	mv	a4,a0
80401a8c:	b7f5                	j	80401a78 <evtchn_bind_virq+0x1e>
80401a8e:	5529                	li	a0,-22
80401a90:	bfdd                	j	80401a86 <evtchn_bind_virq+0x2c>

80401a92 <evtchn_alloc_unbound>:
80401a92:	77e1                	lui	a5,0xffff8
80401a94:	1141                	add	sp,sp,-16
80401a96:	ff07c793          	xor	a5,a5,-16
80401a9a:	86ae                	mv	a3,a1
80401a9c:	00a11523          	sh	a0,10(sp)
80401aa0:	00f11423          	sh	a5,8(sp)
80401aa4:	c602                	sw	zero,12(sp)
80401aa6:	4519                	li	a0,6
80401aa8:	002c                	add	a1,sp,8
80401aaa:	02000893          	li	a7,32
80401aae:	00000073          	ecall
80401ab2:	00054b63          	bltz	a0,80401ac8 <evtchn_alloc_unbound+0x36>
80401ab6:	4732                	lw	a4,12(sp)
80401ab8:	cb11                	beqz	a4,80401acc <evtchn_alloc_unbound+0x3a>
80401aba:	c298                	sw	a4,0(a3)
80401abc:	3fe00793          	li	a5,1022
80401ac0:	177d                	add	a4,a4,-1
80401ac2:	00e7e763          	bltu	a5,a4,80401ad0 <evtchn_alloc_unbound+0x3e>
80401ac6:	4501                	li	a0,0
80401ac8:	0141                	add	sp,sp,16
80401aca:	8082                	ret
80401acc:	872a                	mv	a4,a0
80401ace:	b7f5                	j	80401aba <evtchn_alloc_unbound+0x28>
80401ad0:	5529                	li	a0,-22
80401ad2:	bfdd                	j	80401ac8 <evtchn_alloc_unbound+0x36>

80401ad4 <pv_block>:
80401ad4:	4505                	li	a0,1
80401ad6:	4581                	li	a1,0
80401ad8:	48f5                	li	a7,29
80401ada:	00000073          	ecall
80401ade:	804077b7          	lui	a5,0x80407
80401ae2:	0d47a783          	lw	a5,212(a5) # 804070d4 <pv_shared_info>
80401ae6:	4705                	li	a4,1
80401ae8:	00e780a3          	sb	a4,1(a5)
80401aec:	8082                	ret

80401aee <gnttab_setup_frame>:
80401aee:	77e1                	lui	a5,0xffff8
80401af0:	1141                	add	sp,sp,-16
80401af2:	ff07c793          	xor	a5,a5,-16
80401af6:	00f11023          	sh	a5,0(sp)
80401afa:	4785                	li	a5,1
80401afc:	872a                	mv	a4,a0
80401afe:	00011123          	sh	zero,2(sp)
80401b02:	00011423          	sh	zero,8(sp)
80401b06:	00011523          	sh	zero,10(sp)
80401b0a:	00011623          	sh	zero,12(sp)
80401b0e:	00011723          	sh	zero,14(sp)
80401b12:	c23e                	sw	a5,4(sp)
80401b14:	4509                	li	a0,2
80401b16:	858a                	mv	a1,sp
80401b18:	4605                	li	a2,1
80401b1a:	48d1                	li	a7,20
80401b1c:	00000073          	ecall
80401b20:	00054863          	bltz	a0,80401b30 <gnttab_setup_frame+0x42>
80401b24:	00811783          	lh	a5,8(sp)
80401b28:	e791                	bnez	a5,80401b34 <gnttab_setup_frame+0x46>
80401b2a:	47b2                	lw	a5,12(sp)
80401b2c:	4501                	li	a0,0
80401b2e:	c31c                	sw	a5,0(a4)
80401b30:	0141                	add	sp,sp,16
80401b32:	8082                	ret
80401b34:	853e                	mv	a0,a5
80401b36:	0007c363          	bltz	a5,80401b3c <gnttab_setup_frame+0x4e>
80401b3a:	557d                	li	a0,-1
80401b3c:	0542                	sll	a0,a0,0x10
80401b3e:	8541                	sra	a0,a0,0x10
80401b40:	0141                	add	sp,sp,16
80401b42:	8082                	ret

80401b44 <gnttab_init>:
80401b44:	8041c7b7          	lui	a5,0x8041c
80401b48:	4f478693          	add	a3,a5,1268 # 8041c4f4 <in_use>
80401b4c:	80407737          	lui	a4,0x80407
80401b50:	0ca72c23          	sw	a0,216(a4) # 804070d8 <table>
80401b54:	4f478793          	add	a5,a5,1268
80401b58:	04068713          	add	a4,a3,64
80401b5c:	0007a023          	sw	zero,0(a5)
80401b60:	0791                	add	a5,a5,4
80401b62:	fee79de3          	bne	a5,a4,80401b5c <gnttab_init+0x18>
80401b66:	4785                	li	a5,1
80401b68:	c29c                	sw	a5,0(a3)
80401b6a:	8082                	ret

80401b6c <gnttab_grant_access>:
80401b6c:	8041c7b7          	lui	a5,0x8041c
80401b70:	4f478793          	add	a5,a5,1268 # 8041c4f4 <in_use>
80401b74:	4394                	lw	a3,0(a5)
80401b76:	872a                	mv	a4,a0
80401b78:	4505                	li	a0,1
80401b7a:	0026f813          	and	a6,a3,2
80401b7e:	02081f63          	bnez	a6,80401bbc <gnttab_grant_access+0x50>
80401b82:	4e21                	li	t3,8
80401b84:	4309                	li	t1,2
80401b86:	4881                	li	a7,0
80401b88:	80407837          	lui	a6,0x80407
80401b8c:	0d882803          	lw	a6,216(a6) # 804070d8 <table>
80401b90:	0066e6b3          	or	a3,a3,t1
80401b94:	97c6                	add	a5,a5,a7
80401b96:	0742                	sll	a4,a4,0x10
80401b98:	c394                	sw	a3,0(a5)
80401b9a:	8341                	srl	a4,a4,0x10
80401b9c:	01c806b3          	add	a3,a6,t3
80401ba0:	00e69123          	sh	a4,2(a3)
80401ba4:	c2cc                	sw	a1,4(a3)
80401ba6:	0110000f          	fence	w,w
80401baa:	00163613          	seqz	a2,a2
80401bae:	40c007b3          	neg	a5,a2
80401bb2:	9bf1                	and	a5,a5,-4
80401bb4:	0795                	add	a5,a5,5
80401bb6:	00f69023          	sh	a5,0(a3)
80401bba:	8082                	ret
80401bbc:	20000e93          	li	t4,512
80401bc0:	4e05                	li	t3,1
80401bc2:	0505                	add	a0,a0,1
80401bc4:	00555813          	srl	a6,a0,0x5
80401bc8:	00281893          	sll	a7,a6,0x2
80401bcc:	011786b3          	add	a3,a5,a7
80401bd0:	00ae1333          	sll	t1,t3,a0
80401bd4:	01d50a63          	beq	a0,t4,80401be8 <gnttab_grant_access+0x7c>
80401bd8:	4294                	lw	a3,0(a3)
80401bda:	0066f833          	and	a6,a3,t1
80401bde:	fe0812e3          	bnez	a6,80401bc2 <gnttab_grant_access+0x56>
80401be2:	00351e13          	sll	t3,a0,0x3
80401be6:	b74d                	j	80401b88 <gnttab_grant_access+0x1c>
80401be8:	5511                	li	a0,-28
80401bea:	8082                	ret

80401bec <pvcons_init>:
80401bec:	c10c                	sw	a1,0(a0)
80401bee:	c150                	sw	a2,4(a0)
80401bf0:	c514                	sw	a3,8(a0)
80401bf2:	8082                	ret

80401bf4 <pvcons_put>:
80401bf4:	00052803          	lw	a6,0(a0)
80401bf8:	6785                	lui	a5,0x1
80401bfa:	00f80733          	add	a4,a6,a5
80401bfe:	c0872503          	lw	a0,-1016(a4)
80401c02:	c0c72883          	lw	a7,-1012(a4)
80401c06:	0330000f          	fence	rw,rw
80401c0a:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80401c0e:	953e                	add	a0,a0,a5
80401c10:	41150533          	sub	a0,a0,a7
80401c14:	02a7ee63          	bltu	a5,a0,80401c50 <pvcons_put+0x5c>
80401c18:	04a66463          	bltu	a2,a0,80401c60 <pvcons_put+0x6c>
80401c1c:	c11d                	beqz	a0,80401c42 <pvcons_put+0x4e>
80401c1e:	872e                	mv	a4,a1
80401c20:	00a58633          	add	a2,a1,a0
80401c24:	40b885b3          	sub	a1,a7,a1
80401c28:	00074683          	lbu	a3,0(a4)
80401c2c:	00e587b3          	add	a5,a1,a4
80401c30:	7ff7f793          	and	a5,a5,2047
80401c34:	97c2                	add	a5,a5,a6
80401c36:	40d78023          	sb	a3,1024(a5)
80401c3a:	0705                	add	a4,a4,1
80401c3c:	fec716e3          	bne	a4,a2,80401c28 <pvcons_put+0x34>
80401c40:	98aa                	add	a7,a7,a0
80401c42:	0110000f          	fence	w,w
80401c46:	6785                	lui	a5,0x1
80401c48:	983e                	add	a6,a6,a5
80401c4a:	c1182623          	sw	a7,-1012(a6)
80401c4e:	8082                	ret
80401c50:	4501                	li	a0,0
80401c52:	0110000f          	fence	w,w
80401c56:	6785                	lui	a5,0x1
80401c58:	983e                	add	a6,a6,a5
80401c5a:	c1182623          	sw	a7,-1012(a6)
80401c5e:	8082                	ret
80401c60:	8532                	mv	a0,a2
80401c62:	fd55                	bnez	a0,80401c1e <pvcons_put+0x2a>
80401c64:	bff9                	j	80401c42 <pvcons_put+0x4e>

80401c66 <pvcons_write>:
80401c66:	c621                	beqz	a2,80401cae <pvcons_write+0x48>
80401c68:	1141                	add	sp,sp,-16
80401c6a:	c422                	sw	s0,8(sp)
80401c6c:	c226                	sw	s1,4(sp)
80401c6e:	c04a                	sw	s2,0(sp)
80401c70:	c606                	sw	ra,12(sp)
80401c72:	8432                	mv	s0,a2
80401c74:	892a                	mv	s2,a0
80401c76:	84ae                	mv	s1,a1
80401c78:	a021                	j	80401c80 <pvcons_write+0x1a>
80401c7a:	00892783          	lw	a5,8(s2)
80401c7e:	9782                	jalr	a5
80401c80:	8622                	mv	a2,s0
80401c82:	85a6                	mv	a1,s1
80401c84:	854a                	mv	a0,s2
80401c86:	00000097          	auipc	ra,0x0
80401c8a:	f6e080e7          	jalr	-146(ra) # 80401bf4 <pvcons_put>
80401c8e:	87aa                	mv	a5,a0
80401c90:	00492503          	lw	a0,4(s2)
80401c94:	8c1d                	sub	s0,s0,a5
80401c96:	94be                	add	s1,s1,a5
80401c98:	00000097          	auipc	ra,0x0
80401c9c:	dae080e7          	jalr	-594(ra) # 80401a46 <evtchn_send>
80401ca0:	fc69                	bnez	s0,80401c7a <pvcons_write+0x14>
80401ca2:	40b2                	lw	ra,12(sp)
80401ca4:	4422                	lw	s0,8(sp)
80401ca6:	4492                	lw	s1,4(sp)
80401ca8:	4902                	lw	s2,0(sp)
80401caa:	0141                	add	sp,sp,16
80401cac:	8082                	ret
80401cae:	8082                	ret

80401cb0 <pvcons_drain>:
80401cb0:	411c                	lw	a5,0(a0)
80401cb2:	1141                	add	sp,sp,-16
80401cb4:	c226                	sw	s1,4(sp)
80401cb6:	6485                	lui	s1,0x1
80401cb8:	97a6                	add	a5,a5,s1
80401cba:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80401cbe:	c087a783          	lw	a5,-1016(a5)
80401cc2:	c606                	sw	ra,12(sp)
80401cc4:	c422                	sw	s0,8(sp)
80401cc6:	02f70363          	beq	a4,a5,80401cec <pvcons_drain+0x3c>
80401cca:	842a                	mv	s0,a0
80401ccc:	4148                	lw	a0,4(a0)
80401cce:	00000097          	auipc	ra,0x0
80401cd2:	d78080e7          	jalr	-648(ra) # 80401a46 <evtchn_send>
80401cd6:	a019                	j	80401cdc <pvcons_drain+0x2c>
80401cd8:	441c                	lw	a5,8(s0)
80401cda:	9782                	jalr	a5
80401cdc:	401c                	lw	a5,0(s0)
80401cde:	97a6                	add	a5,a5,s1
80401ce0:	c0c7a703          	lw	a4,-1012(a5)
80401ce4:	c087a783          	lw	a5,-1016(a5)
80401ce8:	fef718e3          	bne	a4,a5,80401cd8 <pvcons_drain+0x28>
80401cec:	40b2                	lw	ra,12(sp)
80401cee:	4422                	lw	s0,8(sp)
80401cf0:	4492                	lw	s1,4(sp)
80401cf2:	0141                	add	sp,sp,16
80401cf4:	8082                	ret

80401cf6 <xs_talk>:
80401cf6:	710d                	add	sp,sp,-352
80401cf8:	15312623          	sw	s3,332(sp)
80401cfc:	15412423          	sw	s4,328(sp)
80401d00:	13a12823          	sw	s10,304(sp)
80401d04:	89be                	mv	s3,a5
80401d06:	8d36                	mv	s10,a3
80401d08:	14112e23          	sw	ra,348(sp)
80401d0c:	96be                	add	a3,a3,a5
80401d0e:	14812c23          	sw	s0,344(sp)
80401d12:	14912a23          	sw	s1,340(sp)
80401d16:	15212823          	sw	s2,336(sp)
80401d1a:	15512223          	sw	s5,324(sp)
80401d1e:	15612023          	sw	s6,320(sp)
80401d22:	13712e23          	sw	s7,316(sp)
80401d26:	13812c23          	sw	s8,312(sp)
80401d2a:	13912a23          	sw	s9,308(sp)
80401d2e:	13b12623          	sw	s11,300(sp)
80401d32:	10000793          	li	a5,256
80401d36:	00052a03          	lw	s4,0(a0)
80401d3a:	28d7ee63          	bltu	a5,a3,80401fd6 <xs_talk+0x2e0>
80401d3e:	451c                	lw	a5,8(a0)
80401d40:	6485                	lui	s1,0x1
80401d42:	94d2                	add	s1,s1,s4
80401d44:	0785                	add	a5,a5,1
80401d46:	c51c                	sw	a5,8(a0)
80401d48:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
80401d4c:	8c3a                	mv	s8,a4
80401d4e:	8004a703          	lw	a4,-2048(s1)
80401d52:	3f000d93          	li	s11,1008
80401d56:	c23e                	sw	a5,4(sp)
80401d58:	c02e                	sw	a1,0(sp)
80401d5a:	c402                	sw	zero,8(sp)
80401d5c:	c636                	sw	a3,12(sp)
80401d5e:	40dd8db3          	sub	s11,s11,a3
80401d62:	40eb87b3          	sub	a5,s7,a4
80401d66:	842a                	mv	s0,a0
80401d68:	8b2e                	mv	s6,a1
80401d6a:	8cb2                	mv	s9,a2
80401d6c:	8942                	mv	s2,a6
80401d6e:	8ac6                	mv	s5,a7
80401d70:	00fdff63          	bgeu	s11,a5,80401d8e <xs_talk+0x98>
80401d74:	4048                	lw	a0,4(s0)
80401d76:	00000097          	auipc	ra,0x0
80401d7a:	cd0080e7          	jalr	-816(ra) # 80401a46 <evtchn_send>
80401d7e:	445c                	lw	a5,12(s0)
80401d80:	9782                	jalr	a5
80401d82:	8004a783          	lw	a5,-2048(s1)
80401d86:	40fb87b3          	sub	a5,s7,a5
80401d8a:	fefde5e3          	bltu	s11,a5,80401d74 <xs_talk+0x7e>
80401d8e:	0330000f          	fence	rw,rw
80401d92:	4010                	lw	a2,0(s0)
80401d94:	870a                	mv	a4,sp
80401d96:	0804                	add	s1,sp,16
80401d98:	40eb85b3          	sub	a1,s7,a4
80401d9c:	00074683          	lbu	a3,0(a4)
80401da0:	00e587b3          	add	a5,a1,a4
80401da4:	3ff7f793          	and	a5,a5,1023
80401da8:	97b2                	add	a5,a5,a2
80401daa:	00d78023          	sb	a3,0(a5)
80401dae:	0705                	add	a4,a4,1
80401db0:	fee496e3          	bne	s1,a4,80401d9c <xs_talk+0xa6>
80401db4:	419b86b3          	sub	a3,s7,s9
80401db8:	87e6                	mv	a5,s9
80401dba:	010d0513          	add	a0,s10,16
80401dbe:	9cea                	add	s9,s9,s10
80401dc0:	06c1                	add	a3,a3,16
80401dc2:	0007c703          	lbu	a4,0(a5)
80401dc6:	00f685b3          	add	a1,a3,a5
80401dca:	3ff5f593          	and	a1,a1,1023
80401dce:	95b2                	add	a1,a1,a2
80401dd0:	00e58023          	sb	a4,0(a1)
80401dd4:	0785                	add	a5,a5,1
80401dd6:	ff9796e3          	bne	a5,s9,80401dc2 <xs_talk+0xcc>
80401dda:	87e2                	mv	a5,s8
80401ddc:	9baa                	add	s7,s7,a0
80401dde:	9c4e                	add	s8,s8,s3
80401de0:	40fb85b3          	sub	a1,s7,a5
80401de4:	00098e63          	beqz	s3,80401e00 <xs_talk+0x10a>
80401de8:	0007c703          	lbu	a4,0(a5)
80401dec:	00f586b3          	add	a3,a1,a5
80401df0:	3ff6f693          	and	a3,a3,1023
80401df4:	96b2                	add	a3,a3,a2
80401df6:	00e68023          	sb	a4,0(a3)
80401dfa:	0785                	add	a5,a5,1
80401dfc:	ff8796e3          	bne	a5,s8,80401de8 <xs_talk+0xf2>
80401e00:	9bce                	add	s7,s7,s3
80401e02:	0110000f          	fence	w,w
80401e06:	6d05                	lui	s10,0x1
80401e08:	9d52                	add	s10,s10,s4
80401e0a:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
80401e0e:	4048                	lw	a0,4(s0)
80401e10:	00000097          	auipc	ra,0x0
80401e14:	c36080e7          	jalr	-970(ra) # 80401a46 <evtchn_send>
80401e18:	808d2503          	lw	a0,-2040(s10)
80401e1c:	80cd2683          	lw	a3,-2036(s10)
80401e20:	8e89                	sub	a3,a3,a0
80401e22:	0220000f          	fence	r,r
80401e26:	40000793          	li	a5,1024
80401e2a:	02d7e963          	bltu	a5,a3,80401e5c <xs_talk+0x166>
80401e2e:	02010c93          	add	s9,sp,32
80401e32:	4bc1                	li	s7,16
80401e34:	49bd                	li	s3,15
80401e36:	10000c13          	li	s8,256
80401e3a:	419b8bb3          	sub	s7,s7,s9
80401e3e:	40000a13          	li	s4,1024
80401e42:	04d9ea63          	bltu	s3,a3,80401e96 <xs_talk+0x1a0>
80401e46:	445c                	lw	a5,12(s0)
80401e48:	9782                	jalr	a5
80401e4a:	808d2503          	lw	a0,-2040(s10)
80401e4e:	80cd2683          	lw	a3,-2036(s10)
80401e52:	8e89                	sub	a3,a3,a0
80401e54:	0220000f          	fence	r,r
80401e58:	feda75e3          	bgeu	s4,a3,80401e42 <xs_talk+0x14c>
80401e5c:	5549                	li	a0,-14
80401e5e:	15c12083          	lw	ra,348(sp)
80401e62:	15812403          	lw	s0,344(sp)
80401e66:	15412483          	lw	s1,340(sp)
80401e6a:	15012903          	lw	s2,336(sp)
80401e6e:	14c12983          	lw	s3,332(sp)
80401e72:	14812a03          	lw	s4,328(sp)
80401e76:	14412a83          	lw	s5,324(sp)
80401e7a:	14012b03          	lw	s6,320(sp)
80401e7e:	13c12b83          	lw	s7,316(sp)
80401e82:	13812c03          	lw	s8,312(sp)
80401e86:	13412c83          	lw	s9,308(sp)
80401e8a:	13012d03          	lw	s10,304(sp)
80401e8e:	12c12d83          	lw	s11,300(sp)
80401e92:	6135                	add	sp,sp,352
80401e94:	8082                	ret
80401e96:	4010                	lw	a2,0(s0)
80401e98:	8726                	mv	a4,s1
80401e9a:	409505b3          	sub	a1,a0,s1
80401e9e:	00e587b3          	add	a5,a1,a4
80401ea2:	3ff7f793          	and	a5,a5,1023
80401ea6:	97b2                	add	a5,a5,a2
80401ea8:	4007c783          	lbu	a5,1024(a5)
80401eac:	0705                	add	a4,a4,1
80401eae:	fef70fa3          	sb	a5,-1(a4)
80401eb2:	ff9716e3          	bne	a4,s9,80401e9e <xs_talk+0x1a8>
80401eb6:	47f2                	lw	a5,28(sp)
80401eb8:	fafc62e3          	bltu	s8,a5,80401e5c <xs_talk+0x166>
80401ebc:	01078713          	add	a4,a5,16
80401ec0:	f8e6e3e3          	bltu	a3,a4,80401e46 <xs_talk+0x150>
80401ec4:	019785b3          	add	a1,a5,s9
80401ec8:	8766                	mv	a4,s9
80401eca:	00ab86b3          	add	a3,s7,a0
80401ece:	cf89                	beqz	a5,80401ee8 <xs_talk+0x1f2>
80401ed0:	00e687b3          	add	a5,a3,a4
80401ed4:	3ff7f793          	and	a5,a5,1023
80401ed8:	97b2                	add	a5,a5,a2
80401eda:	4007c783          	lbu	a5,1024(a5)
80401ede:	0705                	add	a4,a4,1
80401ee0:	fef70fa3          	sb	a5,-1(a4)
80401ee4:	feb716e3          	bne	a4,a1,80401ed0 <xs_talk+0x1da>
80401ee8:	0330000f          	fence	rw,rw
80401eec:	4df2                	lw	s11,28(sp)
80401eee:	010d8793          	add	a5,s11,16
80401ef2:	97aa                	add	a5,a5,a0
80401ef4:	80fd2423          	sw	a5,-2040(s10)
80401ef8:	4048                	lw	a0,4(s0)
80401efa:	00000097          	auipc	ra,0x0
80401efe:	b4c080e7          	jalr	-1204(ra) # 80401a46 <evtchn_send>
80401f02:	4752                	lw	a4,20(sp)
80401f04:	4792                	lw	a5,4(sp)
80401f06:	f4f712e3          	bne	a4,a5,80401e4a <xs_talk+0x154>
80401f0a:	47c2                	lw	a5,16(sp)
80401f0c:	4741                	li	a4,16
80401f0e:	02e78a63          	beq	a5,a4,80401f42 <xs_talk+0x24c>
80401f12:	5529                	li	a0,-22
80401f14:	f56795e3          	bne	a5,s6,80401e5e <xs_talk+0x168>
80401f18:	020d8363          	beqz	s11,80401f3e <xs_talk+0x248>
80401f1c:	020a8163          	beqz	s5,80401f3e <xs_talk+0x248>
80401f20:	fffd8713          	add	a4,s11,-1
80401f24:	974a                	add	a4,a4,s2
80401f26:	9aca                	add	s5,s5,s2
80401f28:	a021                	j	80401f30 <xs_talk+0x23a>
80401f2a:	0905                	add	s2,s2,1
80401f2c:	01590963          	beq	s2,s5,80401f3e <xs_talk+0x248>
80401f30:	000cc783          	lbu	a5,0(s9)
80401f34:	0c85                	add	s9,s9,1
80401f36:	00f90023          	sb	a5,0(s2)
80401f3a:	fee918e3          	bne	s2,a4,80401f2a <xs_talk+0x234>
80401f3e:	856e                	mv	a0,s11
80401f40:	bf39                	j	80401e5e <xs_talk+0x168>
80401f42:	80406337          	lui	t1,0x80406
80401f46:	af030f13          	add	t5,t1,-1296 # 80405af0 <names.0>
80401f4a:	04500793          	li	a5,69
80401f4e:	af030313          	add	t1,t1,-1296
80401f52:	00032583          	lw	a1,0(t1)
80401f56:	4e01                	li	t3,0
80401f58:	4ead                	li	t4,11
80401f5a:	cbb9                	beqz	a5,80401fb0 <xs_talk+0x2ba>
80401f5c:	4681                	li	a3,0
80401f5e:	88b6                	mv	a7,a3
80401f60:	0685                	add	a3,a3,1
80401f62:	00d587b3          	add	a5,a1,a3
80401f66:	0007c783          	lbu	a5,0(a5)
80401f6a:	fbf5                	bnez	a5,80401f5e <xs_talk+0x268>
80401f6c:	020d8763          	beqz	s11,80401f9a <xs_talk+0x2a4>
80401f70:	8666                	mv	a2,s9
80401f72:	a031                	j	80401f7e <xs_talk+0x288>
80401f74:	02f88f63          	beq	a7,a5,80401fb2 <xs_talk+0x2bc>
80401f78:	02ed8163          	beq	s11,a4,80401f9a <xs_talk+0x2a4>
80401f7c:	87ba                	mv	a5,a4
80401f7e:	00f58733          	add	a4,a1,a5
80401f82:	00064803          	lbu	a6,0(a2)
80401f86:	00074503          	lbu	a0,0(a4)
80401f8a:	0605                	add	a2,a2,1
80401f8c:	00178713          	add	a4,a5,1
80401f90:	fea802e3          	beq	a6,a0,80401f74 <xs_talk+0x27e>
80401f94:	8736                	mv	a4,a3
80401f96:	00f68e63          	beq	a3,a5,80401fb2 <xs_talk+0x2bc>
80401f9a:	0e05                	add	t3,t3,1
80401f9c:	0321                	add	t1,t1,8
80401f9e:	03de0a63          	beq	t3,t4,80401fd2 <xs_talk+0x2dc>
80401fa2:	00032783          	lw	a5,0(t1)
80401fa6:	00032583          	lw	a1,0(t1)
80401faa:	0007c783          	lbu	a5,0(a5)
80401fae:	f7dd                	bnez	a5,80401f5c <xs_talk+0x266>
80401fb0:	4701                	li	a4,0
80401fb2:	00ed8963          	beq	s11,a4,80401fc4 <xs_talk+0x2ce>
80401fb6:	12070793          	add	a5,a4,288
80401fba:	00278733          	add	a4,a5,sp
80401fbe:	f0074783          	lbu	a5,-256(a4)
80401fc2:	ffe1                	bnez	a5,80401f9a <xs_talk+0x2a4>
80401fc4:	0e0e                	sll	t3,t3,0x3
80401fc6:	9f72                	add	t5,t5,t3
80401fc8:	004f2503          	lw	a0,4(t5) # 80004 <errno+0x80004>
80401fcc:	40a00533          	neg	a0,a0
80401fd0:	b579                	j	80401e5e <xs_talk+0x168>
80401fd2:	5529                	li	a0,-22
80401fd4:	b569                	j	80401e5e <xs_talk+0x168>
80401fd6:	5565                	li	a0,-7
80401fd8:	b559                	j	80401e5e <xs_talk+0x168>

80401fda <xs_read.part.0>:
80401fda:	1141                	add	sp,sp,-16
80401fdc:	c422                	sw	s0,8(sp)
80401fde:	c226                	sw	s1,4(sp)
80401fe0:	c606                	sw	ra,12(sp)
80401fe2:	0005c783          	lbu	a5,0(a1)
80401fe6:	84b2                	mv	s1,a2
80401fe8:	8436                	mv	s0,a3
80401fea:	c7a5                	beqz	a5,80402052 <xs_read.part.0+0x78>
80401fec:	4781                	li	a5,0
80401fee:	833e                	mv	t1,a5
80401ff0:	0785                	add	a5,a5,1
80401ff2:	00f58733          	add	a4,a1,a5
80401ff6:	00074703          	lbu	a4,0(a4)
80401ffa:	fb75                	bnez	a4,80401fee <xs_read.part.0+0x14>
80401ffc:	00230693          	add	a3,t1,2
80402000:	147d                	add	s0,s0,-1
80402002:	862e                	mv	a2,a1
80402004:	88a2                	mv	a7,s0
80402006:	8826                	mv	a6,s1
80402008:	4781                	li	a5,0
8040200a:	4701                	li	a4,0
8040200c:	4589                	li	a1,2
8040200e:	00000097          	auipc	ra,0x0
80402012:	ce8080e7          	jalr	-792(ra) # 80401cf6 <xs_talk>
80402016:	00054963          	bltz	a0,80402028 <xs_read.part.0+0x4e>
8040201a:	87aa                	mv	a5,a0
8040201c:	02a46463          	bltu	s0,a0,80402044 <xs_read.part.0+0x6a>
80402020:	4501                	li	a0,0
80402022:	eb81                	bnez	a5,80402032 <xs_read.part.0+0x58>
80402024:	00048023          	sb	zero,0(s1)
80402028:	40b2                	lw	ra,12(sp)
8040202a:	4422                	lw	s0,8(sp)
8040202c:	4492                	lw	s1,4(sp)
8040202e:	0141                	add	sp,sp,16
80402030:	8082                	ret
80402032:	fff78513          	add	a0,a5,-1
80402036:	00a48733          	add	a4,s1,a0
8040203a:	00074683          	lbu	a3,0(a4)
8040203e:	e699                	bnez	a3,8040204c <xs_read.part.0+0x72>
80402040:	84ba                	mv	s1,a4
80402042:	b7cd                	j	80402024 <xs_read.part.0+0x4a>
80402044:	87a2                	mv	a5,s0
80402046:	4501                	li	a0,0
80402048:	dff1                	beqz	a5,80402024 <xs_read.part.0+0x4a>
8040204a:	b7e5                	j	80402032 <xs_read.part.0+0x58>
8040204c:	94be                	add	s1,s1,a5
8040204e:	853e                	mv	a0,a5
80402050:	bfd1                	j	80402024 <xs_read.part.0+0x4a>
80402052:	4685                	li	a3,1
80402054:	b775                	j	80402000 <xs_read.part.0+0x26>

80402056 <xs_init>:
80402056:	c10c                	sw	a1,0(a0)
80402058:	c150                	sw	a2,4(a0)
8040205a:	00052423          	sw	zero,8(a0)
8040205e:	c554                	sw	a3,12(a0)
80402060:	8082                	ret

80402062 <xs_read_u32>:
80402062:	1101                	add	sp,sp,-32
80402064:	cc22                	sw	s0,24(sp)
80402066:	46c1                	li	a3,16
80402068:	8432                	mv	s0,a2
8040206a:	860a                	mv	a2,sp
8040206c:	ce06                	sw	ra,28(sp)
8040206e:	00000097          	auipc	ra,0x0
80402072:	f6c080e7          	jalr	-148(ra) # 80401fda <xs_read.part.0>
80402076:	06054163          	bltz	a0,804020d8 <xs_read_u32+0x76>
8040207a:	cd31                	beqz	a0,804020d6 <xs_read_u32+0x74>
8040207c:	47a9                	li	a5,10
8040207e:	04a7cc63          	blt	a5,a0,804020d6 <xs_read_u32+0x74>
80402082:	880a                	mv	a6,sp
80402084:	4881                	li	a7,0
80402086:	4781                	li	a5,0
80402088:	4601                	li	a2,0
8040208a:	4325                	li	t1,9
8040208c:	a029                	j	80402096 <xs_read_u32+0x34>
8040208e:	9636                	add	a2,a2,a3
80402090:	0805                	add	a6,a6,1
80402092:	04a8d763          	bge	a7,a0,804020e0 <xs_read_u32+0x7e>
80402096:	01e7d693          	srl	a3,a5,0x1e
8040209a:	00279713          	sll	a4,a5,0x2
8040209e:	00261593          	sll	a1,a2,0x2
804020a2:	97ba                	add	a5,a5,a4
804020a4:	8dd5                	or	a1,a1,a3
804020a6:	00084683          	lbu	a3,0(a6)
804020aa:	95b2                	add	a1,a1,a2
804020ac:	00e7b733          	sltu	a4,a5,a4
804020b0:	972e                	add	a4,a4,a1
804020b2:	fd068693          	add	a3,a3,-48
804020b6:	01f7d613          	srl	a2,a5,0x1f
804020ba:	0706                	sll	a4,a4,0x1
804020bc:	0786                	sll	a5,a5,0x1
804020be:	8f51                	or	a4,a4,a2
804020c0:	97b6                	add	a5,a5,a3
804020c2:	41f6d613          	sra	a2,a3,0x1f
804020c6:	0ff6f593          	zext.b	a1,a3
804020ca:	963a                	add	a2,a2,a4
804020cc:	00d7b6b3          	sltu	a3,a5,a3
804020d0:	0885                	add	a7,a7,1
804020d2:	fab37ee3          	bgeu	t1,a1,8040208e <xs_read_u32+0x2c>
804020d6:	5529                	li	a0,-22
804020d8:	40f2                	lw	ra,28(sp)
804020da:	4462                	lw	s0,24(sp)
804020dc:	6105                	add	sp,sp,32
804020de:	8082                	ret
804020e0:	fa7d                	bnez	a2,804020d6 <xs_read_u32+0x74>
804020e2:	40f2                	lw	ra,28(sp)
804020e4:	c01c                	sw	a5,0(s0)
804020e6:	4462                	lw	s0,24(sp)
804020e8:	4501                	li	a0,0
804020ea:	6105                	add	sp,sp,32
804020ec:	8082                	ret

804020ee <xs_write>:
804020ee:	1101                	add	sp,sp,-32
804020f0:	ce06                	sw	ra,28(sp)
804020f2:	0005c783          	lbu	a5,0(a1)
804020f6:	8732                	mv	a4,a2
804020f8:	c7b9                	beqz	a5,80402146 <xs_write+0x58>
804020fa:	4781                	li	a5,0
804020fc:	86be                	mv	a3,a5
804020fe:	0785                	add	a5,a5,1
80402100:	00f58833          	add	a6,a1,a5
80402104:	00084803          	lbu	a6,0(a6)
80402108:	fe081ae3          	bnez	a6,804020fc <xs_write+0xe>
8040210c:	00074783          	lbu	a5,0(a4)
80402110:	0689                	add	a3,a3,2
80402112:	cf95                	beqz	a5,8040214e <xs_write+0x60>
80402114:	4781                	li	a5,0
80402116:	0785                	add	a5,a5,1
80402118:	00f70833          	add	a6,a4,a5
8040211c:	00084803          	lbu	a6,0(a6)
80402120:	fe081be3          	bnez	a6,80402116 <xs_write+0x28>
80402124:	00c10813          	add	a6,sp,12
80402128:	862e                	mv	a2,a1
8040212a:	4891                	li	a7,4
8040212c:	45ad                	li	a1,11
8040212e:	00000097          	auipc	ra,0x0
80402132:	bc8080e7          	jalr	-1080(ra) # 80401cf6 <xs_talk>
80402136:	40f2                	lw	ra,28(sp)
80402138:	00152793          	slti	a5,a0,1
8040213c:	40f007b3          	neg	a5,a5
80402140:	8d7d                	and	a0,a0,a5
80402142:	6105                	add	sp,sp,32
80402144:	8082                	ret
80402146:	00074783          	lbu	a5,0(a4)
8040214a:	4685                	li	a3,1
8040214c:	f7e1                	bnez	a5,80402114 <xs_write+0x26>
8040214e:	4781                	li	a5,0
80402150:	bfd1                	j	80402124 <xs_write+0x36>

80402152 <xs_write_u32>:
80402152:	1101                	add	sp,sp,-32
80402154:	87b2                	mv	a5,a2
80402156:	ce06                	sw	ra,28(sp)
80402158:	00010723          	sb	zero,14(sp)
8040215c:	00e10613          	add	a2,sp,14
80402160:	46a9                	li	a3,10
80402162:	48a5                	li	a7,9
80402164:	02d7f733          	remu	a4,a5,a3
80402168:	167d                	add	a2,a2,-1
8040216a:	883e                	mv	a6,a5
8040216c:	03070713          	add	a4,a4,48
80402170:	00e60023          	sb	a4,0(a2)
80402174:	02d7d7b3          	divu	a5,a5,a3
80402178:	ff08e6e3          	bltu	a7,a6,80402164 <xs_write_u32+0x12>
8040217c:	00000097          	auipc	ra,0x0
80402180:	f72080e7          	jalr	-142(ra) # 804020ee <xs_write>
80402184:	40f2                	lw	ra,28(sp)
80402186:	6105                	add	sp,sp,32
80402188:	8082                	ret

8040218a <cons_event>:
8040218a:	8082                	ret

8040218c <uni_console_drain>:
8040218c:	804077b7          	lui	a5,0x80407
80402190:	0dc7a783          	lw	a5,220(a5) # 804070dc <ready>
80402194:	e391                	bnez	a5,80402198 <uni_console_drain+0xc>
80402196:	8082                	ret
80402198:	8041c537          	lui	a0,0x8041c
8040219c:	53450513          	add	a0,a0,1332 # 8041c534 <cons>
804021a0:	00000317          	auipc	t1,0x0
804021a4:	b1030067          	jr	-1264(t1) # 80401cb0 <pvcons_drain>

804021a8 <uni_console_write>:
804021a8:	804077b7          	lui	a5,0x80407
804021ac:	0dc7a703          	lw	a4,220(a5) # 804070dc <ready>
804021b0:	862e                	mv	a2,a1
804021b2:	cb11                	beqz	a4,804021c6 <uni_console_write+0x1e>
804021b4:	85aa                	mv	a1,a0
804021b6:	8041c537          	lui	a0,0x8041c
804021ba:	53450513          	add	a0,a0,1332 # 8041c534 <cons>
804021be:	00000317          	auipc	t1,0x0
804021c2:	aa830067          	jr	-1368(t1) # 80401c66 <pvcons_write>
804021c6:	fffff317          	auipc	t1,0xfffff
804021ca:	e8a30067          	jr	-374(t1) # 80401050 <uni_early_write>

804021ce <uni_sleep_ms>:
804021ce:	1141                	add	sp,sp,-16
804021d0:	c606                	sw	ra,12(sp)
804021d2:	c422                	sw	s0,8(sp)
804021d4:	c226                	sw	s1,4(sp)
804021d6:	c8102773          	rdtimeh	a4
804021da:	c01027f3          	rdtime	a5
804021de:	c81026f3          	rdtimeh	a3
804021e2:	fed71ae3          	bne	a4,a3,804021d6 <uni_sleep_ms+0x8>
804021e6:	6689                	lui	a3,0x2
804021e8:	71068693          	add	a3,a3,1808 # 2710 <errno+0x2710>
804021ec:	02d504b3          	mul	s1,a0,a3
804021f0:	02d53533          	mulhu	a0,a0,a3
804021f4:	94be                	add	s1,s1,a5
804021f6:	00f4b7b3          	sltu	a5,s1,a5
804021fa:	972a                	add	a4,a4,a0
804021fc:	00e78433          	add	s0,a5,a4
80402200:	c81027f3          	rdtimeh	a5
80402204:	c01026f3          	rdtime	a3
80402208:	c8102773          	rdtimeh	a4
8040220c:	fee79ae3          	bne	a5,a4,80402200 <uni_sleep_ms+0x32>
80402210:	8526                	mv	a0,s1
80402212:	85a2                	mv	a1,s0
80402214:	0087f763          	bgeu	a5,s0,80402222 <uni_sleep_ms+0x54>
80402218:	fffff097          	auipc	ra,0xfffff
8040221c:	2d8080e7          	jalr	728(ra) # 804014f0 <uni_wait_until>
80402220:	b7c5                	j	80402200 <uni_sleep_ms+0x32>
80402222:	00f41463          	bne	s0,a5,8040222a <uni_sleep_ms+0x5c>
80402226:	fe96e9e3          	bltu	a3,s1,80402218 <uni_sleep_ms+0x4a>
8040222a:	40b2                	lw	ra,12(sp)
8040222c:	4422                	lw	s0,8(sp)
8040222e:	4492                	lw	s1,4(sp)
80402230:	0141                	add	sp,sp,16
80402232:	8082                	ret

80402234 <revoke_event>:
80402234:	7155                	add	sp,sp,-208
80402236:	804077b7          	lui	a5,0x80407
8040223a:	dd52                	sw	s4,184(sp)
8040223c:	0d47aa03          	lw	s4,212(a5) # 804070d4 <pv_shared_info>
80402240:	db56                	sw	s5,180(sp)
80402242:	c786                	sw	ra,204(sp)
80402244:	144a2a83          	lw	s5,324(s4)
80402248:	c5a2                	sw	s0,200(sp)
8040224a:	c3a6                	sw	s1,196(sp)
8040224c:	c1ca                	sw	s2,192(sp)
8040224e:	df4e                	sw	s3,188(sp)
80402250:	d95a                	sw	s6,176(sp)
80402252:	d75e                	sw	s7,172(sp)
80402254:	d562                	sw	s8,168(sp)
80402256:	d366                	sw	s9,164(sp)
80402258:	d16a                	sw	s10,160(sp)
8040225a:	cf6e                	sw	s11,156(sp)
8040225c:	0220000f          	fence	r,r
80402260:	80407737          	lui	a4,0x80407
80402264:	0ec72783          	lw	a5,236(a4) # 804070ec <revoke_seen>
80402268:	148a2b83          	lw	s7,328(s4)
8040226c:	03578263          	beq	a5,s5,80402290 <revoke_event+0x5c>
80402270:	8041cdb7          	lui	s11,0x8041c
80402274:	540d8d93          	add	s11,s11,1344 # 8041c540 <revoke_stats>
80402278:	000da783          	lw	a5,0(s11)
8040227c:	804076b7          	lui	a3,0x80407
80402280:	0986a683          	lw	a3,152(a3) # 80407098 <cooperate>
80402284:	0785                	add	a5,a5,1
80402286:	0f572623          	sw	s5,236(a4)
8040228a:	00fda023          	sw	a5,0(s11)
8040228e:	e6e9                	bnez	a3,80402358 <revoke_event+0x124>
80402290:	80407737          	lui	a4,0x80407
80402294:	154a2683          	lw	a3,340(s4)
80402298:	0e872783          	lw	a5,232(a4) # 804070e8 <revoked_seen>
8040229c:	08d78f63          	beq	a5,a3,8040233a <revoke_event+0x106>
804022a0:	8041cdb7          	lui	s11,0x8041c
804022a4:	540d8d93          	add	s11,s11,1344 # 8041c540 <revoke_stats>
804022a8:	008da783          	lw	a5,8(s11)
804022ac:	0ed72423          	sw	a3,232(a4)
804022b0:	0785                	add	a5,a5,1
804022b2:	00fda423          	sw	a5,8(s11)
804022b6:	0220000f          	fence	r,r
804022ba:	158a2b03          	lw	s6,344(s4)
804022be:	060b0e63          	beqz	s6,8040233a <revoke_event+0x106>
804022c2:	8041cab7          	lui	s5,0x8041c
804022c6:	8041dcb7          	lui	s9,0x8041d
804022ca:	15ca0a13          	add	s4,s4,348
804022ce:	4981                	li	s3,0
804022d0:	554a8a93          	add	s5,s5,1364 # 8041c554 <slot_mfn>
804022d4:	554c8c93          	add	s9,s9,1364 # 8041d554 <boot_argv>
804022d8:	80407bb7          	lui	s7,0x80407
804022dc:	80407937          	lui	s2,0x80407
804022e0:	6d05                	lui	s10,0x1
804022e2:	000a2c03          	lw	s8,0(s4)
804022e6:	8456                	mv	s0,s5
804022e8:	f00004b7          	lui	s1,0xf0000
804022ec:	a029                	j	804022f6 <revoke_event+0xc2>
804022ee:	0411                	add	s0,s0,4
804022f0:	94ea                	add	s1,s1,s10
804022f2:	028c8c63          	beq	s9,s0,8040232a <revoke_event+0xf6>
804022f6:	401c                	lw	a5,0(s0)
804022f8:	ff879be3          	bne	a5,s8,804022ee <revoke_event+0xba>
804022fc:	0f8ba703          	lw	a4,248(s7) # 804070f8 <slots_used>
80402300:	010da783          	lw	a5,16(s11)
80402304:	0f492683          	lw	a3,244(s2) # 804070f4 <revoke_hook>
80402308:	177d                	add	a4,a4,-1
8040230a:	0785                	add	a5,a5,1
8040230c:	00042023          	sw	zero,0(s0)
80402310:	0eebac23          	sw	a4,248(s7)
80402314:	00fda823          	sw	a5,16(s11)
80402318:	8526                	mv	a0,s1
8040231a:	4605                	li	a2,1
8040231c:	85e2                	mv	a1,s8
8040231e:	dae1                	beqz	a3,804022ee <revoke_event+0xba>
80402320:	0411                	add	s0,s0,4
80402322:	9682                	jalr	a3
80402324:	94ea                	add	s1,s1,s10
80402326:	fc8c98e3          	bne	s9,s0,804022f6 <revoke_event+0xc2>
8040232a:	0985                	add	s3,s3,1
8040232c:	013b0763          	beq	s6,s3,8040233a <revoke_event+0x106>
80402330:	02000793          	li	a5,32
80402334:	0a11                	add	s4,s4,4
80402336:	faf996e3          	bne	s3,a5,804022e2 <revoke_event+0xae>
8040233a:	40be                	lw	ra,204(sp)
8040233c:	442e                	lw	s0,200(sp)
8040233e:	449e                	lw	s1,196(sp)
80402340:	490e                	lw	s2,192(sp)
80402342:	59fa                	lw	s3,188(sp)
80402344:	5a6a                	lw	s4,184(sp)
80402346:	5ada                	lw	s5,180(sp)
80402348:	5b4a                	lw	s6,176(sp)
8040234a:	5bba                	lw	s7,172(sp)
8040234c:	5c2a                	lw	s8,168(sp)
8040234e:	5c9a                	lw	s9,164(sp)
80402350:	5d0a                	lw	s10,160(sp)
80402352:	4dfa                	lw	s11,156(sp)
80402354:	6169                	add	sp,sp,208
80402356:	8082                	ret
80402358:	f20b8ce3          	beqz	s7,80402290 <revoke_event+0x5c>
8040235c:	8041d937          	lui	s2,0x8041d
80402360:	6485                	lui	s1,0x1
80402362:	6b21                	lui	s6,0x8
80402364:	55090913          	add	s2,s2,1360 # 8041d550 <slot_mfn+0xffc>
80402368:	f03ff9b7          	lui	s3,0xf03ff
8040236c:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
8040236e:	4401                	li	s0,0
80402370:	7d7d                	lui	s10,0xfffff
80402372:	80407e37          	lui	t3,0x80407
80402376:	80407337          	lui	t1,0x80407
8040237a:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
8040237c:	80407cb7          	lui	s9,0x80407
80402380:	02000813          	li	a6,32
80402384:	00092c03          	lw	s8,0(s2)
80402388:	060c0a63          	beqz	s8,804023fc <revoke_event+0x1c8>
8040238c:	0f4e2783          	lw	a5,244(t3) # 804070f4 <revoke_hook>
80402390:	cb99                	beqz	a5,804023a6 <revoke_event+0x172>
80402392:	4601                	li	a2,0
80402394:	85e2                	mv	a1,s8
80402396:	854e                	mv	a0,s3
80402398:	9782                	jalr	a5
8040239a:	02000813          	li	a6,32
8040239e:	80407337          	lui	t1,0x80407
804023a2:	80407e37          	lui	t3,0x80407
804023a6:	0fc32783          	lw	a5,252(t1) # 804070fc <window_l1>
804023aa:	c402                	sw	zero,8(sp)
804023ac:	0048                	add	a0,sp,4
804023ae:	07b2                	sll	a5,a5,0xc
804023b0:	8fc5                	or	a5,a5,s1
804023b2:	c23e                	sw	a5,4(sp)
804023b4:	4585                	li	a1,1
804023b6:	4601                	li	a2,0
804023b8:	86da                	mv	a3,s6
804023ba:	4885                	li	a7,1
804023bc:	00000073          	ecall
804023c0:	ed15                	bnez	a0,804023fc <revoke_event+0x1c8>
804023c2:	0f8ca703          	lw	a4,248(s9) # 804070f8 <slots_used>
804023c6:	00241793          	sll	a5,s0,0x2
804023ca:	09078793          	add	a5,a5,144
804023ce:	978a                	add	a5,a5,sp
804023d0:	177d                	add	a4,a4,-1
804023d2:	f987a023          	sw	s8,-128(a5)
804023d6:	00092023          	sw	zero,0(s2)
804023da:	0eecac23          	sw	a4,248(s9)
804023de:	00140793          	add	a5,s0,1
804023e2:	c48d                	beqz	s1,8040240c <revoke_event+0x1d8>
804023e4:	0377f463          	bgeu	a5,s7,8040240c <revoke_event+0x1d8>
804023e8:	1971                	add	s2,s2,-4
804023ea:	14f1                	add	s1,s1,-4
804023ec:	99ea                	add	s3,s3,s10
804023ee:	03078063          	beq	a5,a6,8040240e <revoke_event+0x1da>
804023f2:	00092c03          	lw	s8,0(s2)
804023f6:	843e                	mv	s0,a5
804023f8:	f80c1ae3          	bnez	s8,8040238c <revoke_event+0x158>
804023fc:	c499                	beqz	s1,8040240a <revoke_event+0x1d6>
804023fe:	01747663          	bgeu	s0,s7,8040240a <revoke_event+0x1d6>
80402402:	1971                	add	s2,s2,-4
80402404:	14f1                	add	s1,s1,-4
80402406:	99ea                	add	s3,s3,s10
80402408:	bfb5                	j	80402384 <revoke_event+0x150>
8040240a:	87a2                	mv	a5,s0
8040240c:	cf81                	beqz	a5,80402424 <revoke_event+0x1f0>
8040240e:	0818                	add	a4,sp,16
80402410:	c23e                	sw	a5,4(sp)
80402412:	c43a                	sw	a4,8(sp)
80402414:	c602                	sw	zero,12(sp)
80402416:	4505                	li	a0,1
80402418:	004c                	add	a1,sp,4
8040241a:	03000893          	li	a7,48
8040241e:	00000073          	ecall
80402422:	cd19                	beqz	a0,80402440 <revoke_event+0x20c>
80402424:	450d                	li	a0,3
80402426:	85d6                	mv	a1,s5
80402428:	03000893          	li	a7,48
8040242c:	00000073          	ecall
80402430:	e60510e3          	bnez	a0,80402290 <revoke_event+0x5c>
80402434:	004da783          	lw	a5,4(s11)
80402438:	0785                	add	a5,a5,1
8040243a:	00fda223          	sw	a5,4(s11)
8040243e:	bd89                	j	80402290 <revoke_event+0x5c>
80402440:	00cda703          	lw	a4,12(s11)
80402444:	97ba                	add	a5,a5,a4
80402446:	00fda623          	sw	a5,12(s11)
8040244a:	bfe9                	j	80402424 <revoke_event+0x1f0>

8040244c <uni_page_alloc>:
8040244c:	1141                	add	sp,sp,-16
8040244e:	804077b7          	lui	a5,0x80407
80402452:	c422                	sw	s0,8(sp)
80402454:	1147a403          	lw	s0,276(a5) # 80407114 <free_list>
80402458:	c606                	sw	ra,12(sp)
8040245a:	c005                	beqz	s0,8040247a <uni_page_alloc+0x2e>
8040245c:	4018                	lw	a4,0(s0)
8040245e:	10e7aa23          	sw	a4,276(a5)
80402462:	6605                	lui	a2,0x1
80402464:	4581                	li	a1,0
80402466:	8522                	mv	a0,s0
80402468:	00001097          	auipc	ra,0x1
8040246c:	eba080e7          	jalr	-326(ra) # 80403322 <memset>
80402470:	40b2                	lw	ra,12(sp)
80402472:	8522                	mv	a0,s0
80402474:	4422                	lw	s0,8(sp)
80402476:	0141                	add	sp,sp,16
80402478:	8082                	ret
8040247a:	804077b7          	lui	a5,0x80407
8040247e:	804076b7          	lui	a3,0x80407
80402482:	1107a703          	lw	a4,272(a5) # 80407110 <low_next>
80402486:	10c6a683          	lw	a3,268(a3) # 8040710c <low_end>
8040248a:	02d76463          	bltu	a4,a3,804024b2 <uni_page_alloc+0x66>
8040248e:	80407737          	lui	a4,0x80407
80402492:	804077b7          	lui	a5,0x80407
80402496:	10072603          	lw	a2,256(a4) # 80407100 <top>
8040249a:	1047a783          	lw	a5,260(a5) # 80407104 <brk>
8040249e:	6685                	lui	a3,0x1
804024a0:	40f607b3          	sub	a5,a2,a5
804024a4:	fcd7e6e3          	bltu	a5,a3,80402470 <uni_page_alloc+0x24>
804024a8:	40d60433          	sub	s0,a2,a3
804024ac:	10872023          	sw	s0,256(a4)
804024b0:	bf4d                	j	80402462 <uni_page_alloc+0x16>
804024b2:	843a                	mv	s0,a4
804024b4:	6705                	lui	a4,0x1
804024b6:	9722                	add	a4,a4,s0
804024b8:	10e7a823          	sw	a4,272(a5)
804024bc:	b75d                	j	80402462 <uni_page_alloc+0x16>

804024be <uni_bind_frames>:
804024be:	1141                	add	sp,sp,-16
804024c0:	c22a                	sw	a0,4(sp)
804024c2:	c42e                	sw	a1,8(sp)
804024c4:	c602                	sw	zero,12(sp)
804024c6:	4501                	li	a0,0
804024c8:	004c                	add	a1,sp,4
804024ca:	03000893          	li	a7,48
804024ce:	00000073          	ecall
804024d2:	0141                	add	sp,sp,16
804024d4:	8082                	ret

804024d6 <uni_unbind_frames>:
804024d6:	1141                	add	sp,sp,-16
804024d8:	c22a                	sw	a0,4(sp)
804024da:	c42e                	sw	a1,8(sp)
804024dc:	c602                	sw	zero,12(sp)
804024de:	4505                	li	a0,1
804024e0:	004c                	add	a1,sp,4
804024e2:	03000893          	li	a7,48
804024e6:	00000073          	ecall
804024ea:	0141                	add	sp,sp,16
804024ec:	8082                	ret

804024ee <uni_bound_page_alloc>:
804024ee:	7139                	add	sp,sp,-64
804024f0:	da26                	sw	s1,52(sp)
804024f2:	804074b7          	lui	s1,0x80407
804024f6:	0fc4a783          	lw	a5,252(s1) # 804070fc <window_l1>
804024fa:	de06                	sw	ra,60(sp)
804024fc:	dc22                	sw	s0,56(sp)
804024fe:	d84a                	sw	s2,48(sp)
80402500:	d64e                	sw	s3,44(sp)
80402502:	d452                	sw	s4,40(sp)
80402504:	cfc9                	beqz	a5,8040259e <uni_bound_page_alloc+0xb0>
80402506:	8041c7b7          	lui	a5,0x8041c
8040250a:	55478813          	add	a6,a5,1364 # 8041c554 <slot_mfn>
8040250e:	4701                	li	a4,0
80402510:	55478793          	add	a5,a5,1364
80402514:	40000613          	li	a2,1024
80402518:	a021                	j	80402520 <uni_bound_page_alloc+0x32>
8040251a:	0705                	add	a4,a4,1 # 1001 <errno+0x1001>
8040251c:	14c70963          	beq	a4,a2,8040266e <uni_bound_page_alloc+0x180>
80402520:	4394                	lw	a3,0(a5)
80402522:	0791                	add	a5,a5,4
80402524:	fafd                	bnez	a3,8040251a <uni_bound_page_alloc+0x2c>
80402526:	4e05                	li	t3,1
80402528:	007c                	add	a5,sp,12
8040252a:	ca72                	sw	t3,20(sp)
8040252c:	cc3e                	sw	a5,24(sp)
8040252e:	ce02                	sw	zero,28(sp)
80402530:	4501                	li	a0,0
80402532:	084c                	add	a1,sp,20
80402534:	03000893          	li	a7,48
80402538:	00000073          	ecall
8040253c:	12054963          	bltz	a0,8040266e <uni_bound_page_alloc+0x180>
80402540:	0fc4a683          	lw	a3,252(s1)
80402544:	47b2                	lw	a5,12(sp)
80402546:	00271313          	sll	t1,a4,0x2
8040254a:	06b2                	sll	a3,a3,0xc
8040254c:	0066e6b3          	or	a3,a3,t1
80402550:	07aa                	sll	a5,a5,0xa
80402552:	0d77e793          	or	a5,a5,215
80402556:	ca36                	sw	a3,20(sp)
80402558:	66a1                	lui	a3,0x8
8040255a:	852e                	mv	a0,a1
8040255c:	cc3e                	sw	a5,24(sp)
8040255e:	4585                	li	a1,1
80402560:	4601                	li	a2,0
80402562:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
80402564:	4885                	li	a7,1
80402566:	00000073          	ecall
8040256a:	0e054863          	bltz	a0,8040265a <uni_bound_page_alloc+0x16c>
8040256e:	804076b7          	lui	a3,0x80407
80402572:	0f86a783          	lw	a5,248(a3) # 804070f8 <slots_used>
80402576:	000f0637          	lui	a2,0xf0
8040257a:	9732                	add	a4,a4,a2
8040257c:	4632                	lw	a2,12(sp)
8040257e:	50f2                	lw	ra,60(sp)
80402580:	5462                	lw	s0,56(sp)
80402582:	981a                	add	a6,a6,t1
80402584:	0785                	add	a5,a5,1
80402586:	00c82023          	sw	a2,0(a6)
8040258a:	0ef6ac23          	sw	a5,248(a3)
8040258e:	54d2                	lw	s1,52(sp)
80402590:	5942                	lw	s2,48(sp)
80402592:	59b2                	lw	s3,44(sp)
80402594:	5a22                	lw	s4,40(sp)
80402596:	00c71513          	sll	a0,a4,0xc
8040259a:	6121                	add	sp,sp,64
8040259c:	8082                	ret
8040259e:	80407a37          	lui	s4,0x80407
804025a2:	0c4a2903          	lw	s2,196(s4) # 804070c4 <uni_start_info>
804025a6:	000807b7          	lui	a5,0x80
804025aa:	f0000737          	lui	a4,0xf0000
804025ae:	02092683          	lw	a3,32(s2)
804025b2:	97b6                	add	a5,a5,a3
804025b4:	07b2                	sll	a5,a5,0xc
804025b6:	0af76c63          	bltu	a4,a5,8040266e <uni_bound_page_alloc+0x180>
804025ba:	00000097          	auipc	ra,0x0
804025be:	e92080e7          	jalr	-366(ra) # 8040244c <uni_page_alloc>
804025c2:	842a                	mv	s0,a0
804025c4:	c54d                	beqz	a0,8040266e <uni_bound_page_alloc+0x180>
804025c6:	fffff097          	auipc	ra,0xfffff
804025ca:	c6a080e7          	jalr	-918(ra) # 80401230 <uni_virt_to_mfn>
804025ce:	0c4a2703          	lw	a4,196(s4)
804025d2:	01645793          	srl	a5,s0,0x16
804025d6:	078a                	sll	a5,a5,0x2
804025d8:	5f58                	lw	a4,60(a4)
804025da:	8031                	srl	s0,s0,0xc
804025dc:	3ff47413          	and	s0,s0,1023
804025e0:	97ba                	add	a5,a5,a4
804025e2:	439c                	lw	a5,0(a5)
804025e4:	00a51a13          	sll	s4,a0,0xa
804025e8:	040a                	sll	s0,s0,0x2
804025ea:	83a9                	srl	a5,a5,0xa
804025ec:	07b2                	sll	a5,a5,0xc
804025ee:	8fc1                	or	a5,a5,s0
804025f0:	053a6713          	or	a4,s4,83
804025f4:	6421                	lui	s0,0x8
804025f6:	89aa                	mv	s3,a0
804025f8:	ca3e                	sw	a5,20(sp)
804025fa:	cc3a                	sw	a4,24(sp)
804025fc:	0848                	add	a0,sp,20
804025fe:	4585                	li	a1,1
80402600:	4601                	li	a2,0
80402602:	ff040693          	add	a3,s0,-16 # 7ff0 <errno+0x7ff0>
80402606:	4885                	li	a7,1
80402608:	00000073          	ecall
8040260c:	06054163          	bltz	a0,8040266e <uni_bound_page_alloc+0x180>
80402610:	c602                	sw	zero,12(sp)
80402612:	c84e                	sw	s3,16(sp)
80402614:	0068                	add	a0,sp,12
80402616:	48e9                	li	a7,26
80402618:	00000073          	ecall
8040261c:	04054963          	bltz	a0,8040266e <uni_bound_page_alloc+0x180>
80402620:	03c92503          	lw	a0,60(s2)
80402624:	001a6a13          	or	s4,s4,1
80402628:	fffff097          	auipc	ra,0xfffff
8040262c:	c08080e7          	jalr	-1016(ra) # 80401230 <uni_virt_to_mfn>
80402630:	6705                	lui	a4,0x1
80402632:	00c51793          	sll	a5,a0,0xc
80402636:	f0070713          	add	a4,a4,-256 # f00 <errno+0xf00>
8040263a:	8fd9                	or	a5,a5,a4
8040263c:	ca3e                	sw	a5,20(sp)
8040263e:	cc52                	sw	s4,24(sp)
80402640:	0848                	add	a0,sp,20
80402642:	4585                	li	a1,1
80402644:	4601                	li	a2,0
80402646:	ff040693          	add	a3,s0,-16
8040264a:	4885                	li	a7,1
8040264c:	00000073          	ecall
80402650:	00054f63          	bltz	a0,8040266e <uni_bound_page_alloc+0x180>
80402654:	0f34ae23          	sw	s3,252(s1)
80402658:	b57d                	j	80402506 <uni_bound_page_alloc+0x18>
8040265a:	007c                	add	a5,sp,12
8040265c:	ca72                	sw	t3,20(sp)
8040265e:	cc3e                	sw	a5,24(sp)
80402660:	ce02                	sw	zero,28(sp)
80402662:	4505                	li	a0,1
80402664:	084c                	add	a1,sp,20
80402666:	03000893          	li	a7,48
8040266a:	00000073          	ecall
8040266e:	50f2                	lw	ra,60(sp)
80402670:	5462                	lw	s0,56(sp)
80402672:	54d2                	lw	s1,52(sp)
80402674:	5942                	lw	s2,48(sp)
80402676:	59b2                	lw	s3,44(sp)
80402678:	5a22                	lw	s4,40(sp)
8040267a:	4501                	li	a0,0
8040267c:	6121                	add	sp,sp,64
8040267e:	8082                	ret

80402680 <uni_bound_page_free>:
80402680:	f0000737          	lui	a4,0xf0000
80402684:	08e56563          	bltu	a0,a4,8040270e <uni_bound_page_free+0x8e>
80402688:	01451713          	sll	a4,a0,0x14
8040268c:	87aa                	mv	a5,a0
8040268e:	5529                	li	a0,-22
80402690:	eb35                	bnez	a4,80402704 <uni_bound_page_free+0x84>
80402692:	10000737          	lui	a4,0x10000
80402696:	97ba                	add	a5,a5,a4
80402698:	00400737          	lui	a4,0x400
8040269c:	06e7f463          	bgeu	a5,a4,80402704 <uni_bound_page_free+0x84>
804026a0:	83b1                	srl	a5,a5,0xc
804026a2:	8041c837          	lui	a6,0x8041c
804026a6:	078a                	sll	a5,a5,0x2
804026a8:	55480813          	add	a6,a6,1364 # 8041c554 <slot_mfn>
804026ac:	983e                	add	a6,a6,a5
804026ae:	00082683          	lw	a3,0(a6)
804026b2:	caa9                	beqz	a3,80402704 <uni_bound_page_free+0x84>
804026b4:	80407737          	lui	a4,0x80407
804026b8:	0fc72703          	lw	a4,252(a4) # 804070fc <window_l1>
804026bc:	1141                	add	sp,sp,-16
804026be:	c036                	sw	a3,0(sp)
804026c0:	0732                	sll	a4,a4,0xc
804026c2:	8fd9                	or	a5,a5,a4
804026c4:	66a1                	lui	a3,0x8
804026c6:	c23e                	sw	a5,4(sp)
804026c8:	c402                	sw	zero,8(sp)
804026ca:	0048                	add	a0,sp,4
804026cc:	4585                	li	a1,1
804026ce:	4601                	li	a2,0
804026d0:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
804026d2:	4885                	li	a7,1
804026d4:	00000073          	ecall
804026d8:	e51d                	bnez	a0,80402706 <uni_bound_page_free+0x86>
804026da:	80407737          	lui	a4,0x80407
804026de:	0f872783          	lw	a5,248(a4) # 804070f8 <slots_used>
804026e2:	00082023          	sw	zero,0(a6)
804026e6:	17fd                	add	a5,a5,-1 # 7ffff <errno+0x7ffff>
804026e8:	0ef72c23          	sw	a5,248(a4)
804026ec:	4785                	li	a5,1
804026ee:	c23e                	sw	a5,4(sp)
804026f0:	c40a                	sw	sp,8(sp)
804026f2:	c602                	sw	zero,12(sp)
804026f4:	4505                	li	a0,1
804026f6:	004c                	add	a1,sp,4
804026f8:	03000893          	li	a7,48
804026fc:	00000073          	ecall
80402700:	0141                	add	sp,sp,16
80402702:	8082                	ret
80402704:	8082                	ret
80402706:	fe0553e3          	bgez	a0,804026ec <uni_bound_page_free+0x6c>
8040270a:	0141                	add	sp,sp,16
8040270c:	8082                	ret
8040270e:	5529                	li	a0,-22
80402710:	8082                	ret

80402712 <uni_bound_pages>:
80402712:	804077b7          	lui	a5,0x80407
80402716:	0f87a503          	lw	a0,248(a5) # 804070f8 <slots_used>
8040271a:	8082                	ret

8040271c <uni_bound_mfn>:
8040271c:	f0000737          	lui	a4,0xf0000
80402720:	87aa                	mv	a5,a0
80402722:	02e56763          	bltu	a0,a4,80402750 <uni_bound_mfn+0x34>
80402726:	01451713          	sll	a4,a0,0x14
8040272a:	01475513          	srl	a0,a4,0x14
8040272e:	e30d                	bnez	a4,80402750 <uni_bound_mfn+0x34>
80402730:	10000737          	lui	a4,0x10000
80402734:	97ba                	add	a5,a5,a4
80402736:	00400737          	lui	a4,0x400
8040273a:	00e7fc63          	bgeu	a5,a4,80402752 <uni_bound_mfn+0x36>
8040273e:	83b1                	srl	a5,a5,0xc
80402740:	8041c737          	lui	a4,0x8041c
80402744:	55470713          	add	a4,a4,1364 # 8041c554 <slot_mfn>
80402748:	078a                	sll	a5,a5,0x2
8040274a:	97ba                	add	a5,a5,a4
8040274c:	4388                	lw	a0,0(a5)
8040274e:	8082                	ret
80402750:	4501                	li	a0,0
80402752:	8082                	ret

80402754 <uni_revoke_cooperate>:
80402754:	804077b7          	lui	a5,0x80407
80402758:	08a7ac23          	sw	a0,152(a5) # 80407098 <cooperate>
8040275c:	8082                	ret

8040275e <uni_set_revoke_hook>:
8040275e:	804077b7          	lui	a5,0x80407
80402762:	0ea7aa23          	sw	a0,244(a5) # 804070f4 <revoke_hook>
80402766:	8082                	ret

80402768 <uni_revoke_stats>:
80402768:	8041c537          	lui	a0,0x8041c
8040276c:	54050513          	add	a0,a0,1344 # 8041c540 <revoke_stats>
80402770:	8082                	ret

80402772 <uni_map_over>:
80402772:	804077b7          	lui	a5,0x80407
80402776:	0c47a783          	lw	a5,196(a5) # 804070c4 <uni_start_info>
8040277a:	05aa                	sll	a1,a1,0xa
8040277c:	1101                	add	sp,sp,-32
8040277e:	5fd8                	lw	a4,60(a5)
80402780:	01655793          	srl	a5,a0,0x16
80402784:	078a                	sll	a5,a5,0x2
80402786:	97ba                	add	a5,a5,a4
80402788:	439c                	lw	a5,0(a5)
8040278a:	8131                	srl	a0,a0,0xc
8040278c:	3ff57513          	and	a0,a0,1023
80402790:	83a9                	srl	a5,a5,0xa
80402792:	050a                	sll	a0,a0,0x2
80402794:	07b2                	sll	a5,a5,0xc
80402796:	8fc9                	or	a5,a5,a0
80402798:	0d75e593          	or	a1,a1,215
8040279c:	66a1                	lui	a3,0x8
8040279e:	8732                	mv	a4,a2
804027a0:	c62e                	sw	a1,12(sp)
804027a2:	ce06                	sw	ra,28(sp)
804027a4:	c43e                	sw	a5,8(sp)
804027a6:	0028                	add	a0,sp,8
804027a8:	4585                	li	a1,1
804027aa:	4601                	li	a2,0
804027ac:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
804027ae:	4885                	li	a7,1
804027b0:	00000073          	ecall
804027b4:	00054563          	bltz	a0,804027be <uni_map_over+0x4c>
804027b8:	40f2                	lw	ra,28(sp)
804027ba:	6105                	add	sp,sp,32
804027bc:	8082                	ret
804027be:	853a                	mv	a0,a4
804027c0:	fffff097          	auipc	ra,0xfffff
804027c4:	906080e7          	jalr	-1786(ra) # 804010c6 <uni_panic>

804027c8 <write>:
804027c8:	1141                	add	sp,sp,-16
804027ca:	c606                	sw	ra,12(sp)
804027cc:	c422                	sw	s0,8(sp)
804027ce:	47bd                	li	a5,15
804027d0:	00a7eb63          	bltu	a5,a0,804027e6 <write+0x1e>
804027d4:	80407737          	lui	a4,0x80407
804027d8:	00070713          	mv	a4,a4
804027dc:	00351793          	sll	a5,a0,0x3
804027e0:	97ba                	add	a5,a5,a4
804027e2:	4398                	lw	a4,0(a5)
804027e4:	ef11                	bnez	a4,80402800 <write+0x38>
804027e6:	4725                	li	a4,9
804027e8:	000007b7          	lui	a5,0x0
804027ec:	004787b3          	add	a5,a5,tp
804027f0:	00e7a023          	sw	a4,0(a5) # 0 <errno>
804027f4:	547d                	li	s0,-1
804027f6:	40b2                	lw	ra,12(sp)
804027f8:	8522                	mv	a0,s0
804027fa:	4422                	lw	s0,8(sp)
804027fc:	0141                	add	sp,sp,16
804027fe:	8082                	ret
80402800:	8432                	mv	s0,a2
80402802:	04064663          	bltz	a2,8040284e <write+0x86>
80402806:	4505                	li	a0,1
80402808:	02a70b63          	beq	a4,a0,8040283e <write+0x76>
8040280c:	80407737          	lui	a4,0x80407
80402810:	11872703          	lw	a4,280(a4) # 80407118 <fs>
80402814:	43c8                	lw	a0,4(a5)
80402816:	475c                	lw	a5,12(a4)
80402818:	9782                	jalr	a5
8040281a:	842a                	mv	s0,a0
8040281c:	fc055de3          	bgez	a0,804027f6 <write+0x2e>
80402820:	fff54413          	not	s0,a0
80402824:	02500793          	li	a5,37
80402828:	4715                	li	a4,5
8040282a:	fa87efe3          	bltu	a5,s0,804027e8 <write+0x20>
8040282e:	804067b7          	lui	a5,0x80406
80402832:	bbc78793          	add	a5,a5,-1092 # 80405bbc <CSWTCH.56>
80402836:	97a2                	add	a5,a5,s0
80402838:	00078703          	lb	a4,0(a5)
8040283c:	b775                	j	804027e8 <write+0x20>
8040283e:	86ae                	mv	a3,a1
80402840:	8536                	mv	a0,a3
80402842:	85b2                	mv	a1,a2
80402844:	00000097          	auipc	ra,0x0
80402848:	964080e7          	jalr	-1692(ra) # 804021a8 <uni_console_write>
8040284c:	b76d                	j	804027f6 <write+0x2e>
8040284e:	4759                	li	a4,22
80402850:	bf61                	j	804027e8 <write+0x20>

80402852 <uni_main>:
80402852:	1141                	add	sp,sp,-16
80402854:	c606                	sw	ra,12(sp)
80402856:	c422                	sw	s0,8(sp)
80402858:	8041d837          	lui	a6,0x8041d
8040285c:	00054603          	lbu	a2,0(a0)
80402860:	872a                	mv	a4,a0
80402862:	02000693          	li	a3,32
80402866:	4501                	li	a0,0
80402868:	45a5                	li	a1,9
8040286a:	55480813          	add	a6,a6,1364 # 8041d554 <boot_argv>
8040286e:	02d60b63          	beq	a2,a3,804028a4 <uni_main+0x52>
80402872:	02b60963          	beq	a2,a1,804028a4 <uni_main+0x52>
80402876:	c231                	beqz	a2,804028ba <uni_main+0x68>
80402878:	06d50a63          	beq	a0,a3,804028ec <uni_main+0x9a>
8040287c:	00251793          	sll	a5,a0,0x2
80402880:	97c2                	add	a5,a5,a6
80402882:	c398                	sw	a4,0(a5)
80402884:	00074603          	lbu	a2,0(a4)
80402888:	0505                	add	a0,a0,1
8040288a:	87b2                	mv	a5,a2
8040288c:	d26d                	beqz	a2,8040286e <uni_main+0x1c>
8040288e:	02d78363          	beq	a5,a3,804028b4 <uni_main+0x62>
80402892:	02b78163          	beq	a5,a1,804028b4 <uni_main+0x62>
80402896:	00174783          	lbu	a5,1(a4)
8040289a:	0705                	add	a4,a4,1
8040289c:	fbed                	bnez	a5,8040288e <uni_main+0x3c>
8040289e:	4601                	li	a2,0
804028a0:	fcd619e3          	bne	a2,a3,80402872 <uni_main+0x20>
804028a4:	00170793          	add	a5,a4,1
804028a8:	00174603          	lbu	a2,1(a4)
804028ac:	00070023          	sb	zero,0(a4)
804028b0:	873e                	mv	a4,a5
804028b2:	bf75                	j	8040286e <uni_main+0x1c>
804028b4:	00074603          	lbu	a2,0(a4)
804028b8:	bf5d                	j	8040286e <uni_main+0x1c>
804028ba:	8041d5b7          	lui	a1,0x8041d
804028be:	55458713          	add	a4,a1,1364 # 8041d554 <boot_argv>
804028c2:	00251793          	sll	a5,a0,0x2
804028c6:	97ba                	add	a5,a5,a4
804028c8:	55458593          	add	a1,a1,1364
804028cc:	0007a023          	sw	zero,0(a5)
804028d0:	ffffd097          	auipc	ra,0xffffd
804028d4:	7d0080e7          	jalr	2000(ra) # 804000a0 <main>
804028d8:	842a                	mv	s0,a0
804028da:	00000097          	auipc	ra,0x0
804028de:	0f0080e7          	jalr	240(ra) # 804029ca <ulib_flush_stdout>
804028e2:	40b2                	lw	ra,12(sp)
804028e4:	8522                	mv	a0,s0
804028e6:	4422                	lw	s0,8(sp)
804028e8:	0141                	add	sp,sp,16
804028ea:	8082                	ret
804028ec:	80406537          	lui	a0,0x80406
804028f0:	be450513          	add	a0,a0,-1052 # 80405be4 <msg.0>
804028f4:	45e1                	li	a1,24
804028f6:	00000097          	auipc	ra,0x0
804028fa:	8b2080e7          	jalr	-1870(ra) # 804021a8 <uni_console_write>
804028fe:	4409                	li	s0,2
80402900:	40b2                	lw	ra,12(sp)
80402902:	8522                	mv	a0,s0
80402904:	4422                	lw	s0,8(sp)
80402906:	0141                	add	sp,sp,16
80402908:	8082                	ret

8040290a <stdout_flush>:
8040290a:	1141                	add	sp,sp,-16
8040290c:	c04a                	sw	s2,0(sp)
8040290e:	80407937          	lui	s2,0x80407
80402912:	c422                	sw	s0,8(sp)
80402914:	11c92403          	lw	s0,284(s2) # 8040711c <out_len>
80402918:	c606                	sw	ra,12(sp)
8040291a:	c226                	sw	s1,4(sp)
8040291c:	c015                	beqz	s0,80402940 <stdout_flush+0x36>
8040291e:	8041d4b7          	lui	s1,0x8041d
80402922:	5d848493          	add	s1,s1,1496 # 8041d5d8 <out_buf>
80402926:	a019                	j	8040292c <stdout_flush+0x22>
80402928:	94aa                	add	s1,s1,a0
8040292a:	c819                	beqz	s0,80402940 <stdout_flush+0x36>
8040292c:	8622                	mv	a2,s0
8040292e:	85a6                	mv	a1,s1
80402930:	4505                	li	a0,1
80402932:	00000097          	auipc	ra,0x0
80402936:	e96080e7          	jalr	-362(ra) # 804027c8 <write>
8040293a:	8c09                	sub	s0,s0,a0
8040293c:	fea046e3          	bgtz	a0,80402928 <stdout_flush+0x1e>
80402940:	40b2                	lw	ra,12(sp)
80402942:	4422                	lw	s0,8(sp)
80402944:	10092e23          	sw	zero,284(s2)
80402948:	4492                	lw	s1,4(sp)
8040294a:	4902                	lw	s2,0(sp)
8040294c:	4501                	li	a0,0
8040294e:	0141                	add	sp,sp,16
80402950:	8082                	ret

80402952 <stdout_put>:
80402952:	1101                	add	sp,sp,-32
80402954:	c64e                	sw	s3,12(sp)
80402956:	804079b7          	lui	s3,0x80407
8040295a:	11c9a783          	lw	a5,284(s3) # 8040711c <out_len>
8040295e:	ca26                	sw	s1,20(sp)
80402960:	8041d4b7          	lui	s1,0x8041d
80402964:	5d848493          	add	s1,s1,1496 # 8041d5d8 <out_buf>
80402968:	cc22                	sw	s0,24(sp)
8040296a:	c84a                	sw	s2,16(sp)
8040296c:	00178413          	add	s0,a5,1
80402970:	ce06                	sw	ra,28(sp)
80402972:	97a6                	add	a5,a5,s1
80402974:	00a78023          	sb	a0,0(a5)
80402978:	1089ae23          	sw	s0,284(s3)
8040297c:	47a9                	li	a5,10
8040297e:	892a                	mv	s2,a0
80402980:	00f50e63          	beq	a0,a5,8040299c <stdout_put+0x4a>
80402984:	20000793          	li	a5,512
80402988:	00f40b63          	beq	s0,a5,8040299e <stdout_put+0x4c>
8040298c:	40f2                	lw	ra,28(sp)
8040298e:	4462                	lw	s0,24(sp)
80402990:	44d2                	lw	s1,20(sp)
80402992:	49b2                	lw	s3,12(sp)
80402994:	854a                	mv	a0,s2
80402996:	4942                	lw	s2,16(sp)
80402998:	6105                	add	sp,sp,32
8040299a:	8082                	ret
8040299c:	cc09                	beqz	s0,804029b6 <stdout_put+0x64>
8040299e:	8622                	mv	a2,s0
804029a0:	85a6                	mv	a1,s1
804029a2:	4505                	li	a0,1
804029a4:	00000097          	auipc	ra,0x0
804029a8:	e24080e7          	jalr	-476(ra) # 804027c8 <write>
804029ac:	8c09                	sub	s0,s0,a0
804029ae:	00a05463          	blez	a0,804029b6 <stdout_put+0x64>
804029b2:	94aa                	add	s1,s1,a0
804029b4:	f46d                	bnez	s0,8040299e <stdout_put+0x4c>
804029b6:	40f2                	lw	ra,28(sp)
804029b8:	4462                	lw	s0,24(sp)
804029ba:	1009ae23          	sw	zero,284(s3)
804029be:	44d2                	lw	s1,20(sp)
804029c0:	49b2                	lw	s3,12(sp)
804029c2:	854a                	mv	a0,s2
804029c4:	4942                	lw	s2,16(sp)
804029c6:	6105                	add	sp,sp,32
804029c8:	8082                	ret

804029ca <ulib_flush_stdout>:
804029ca:	1141                	add	sp,sp,-16
804029cc:	c04a                	sw	s2,0(sp)
804029ce:	80407937          	lui	s2,0x80407
804029d2:	c422                	sw	s0,8(sp)
804029d4:	11c92403          	lw	s0,284(s2) # 8040711c <out_len>
804029d8:	c606                	sw	ra,12(sp)
804029da:	c226                	sw	s1,4(sp)
804029dc:	c015                	beqz	s0,80402a00 <ulib_flush_stdout+0x36>
804029de:	8041d4b7          	lui	s1,0x8041d
804029e2:	5d848493          	add	s1,s1,1496 # 8041d5d8 <out_buf>
804029e6:	a019                	j	804029ec <ulib_flush_stdout+0x22>
804029e8:	94aa                	add	s1,s1,a0
804029ea:	c819                	beqz	s0,80402a00 <ulib_flush_stdout+0x36>
804029ec:	8622                	mv	a2,s0
804029ee:	85a6                	mv	a1,s1
804029f0:	4505                	li	a0,1
804029f2:	00000097          	auipc	ra,0x0
804029f6:	dd6080e7          	jalr	-554(ra) # 804027c8 <write>
804029fa:	8c09                	sub	s0,s0,a0
804029fc:	fea046e3          	bgtz	a0,804029e8 <ulib_flush_stdout+0x1e>
80402a00:	40b2                	lw	ra,12(sp)
80402a02:	4422                	lw	s0,8(sp)
80402a04:	10092e23          	sw	zero,284(s2)
80402a08:	4492                	lw	s1,4(sp)
80402a0a:	4902                	lw	s2,0(sp)
80402a0c:	0141                	add	sp,sp,16
80402a0e:	8082                	ret

80402a10 <store_event>:
80402a10:	8082                	ret

80402a12 <uni_blk_sectors>:
80402a12:	804077b7          	lui	a5,0x80407
80402a16:	1247a783          	lw	a5,292(a5) # 80407124 <present>
80402a1a:	4501                	li	a0,0
80402a1c:	c789                	beqz	a5,80402a26 <uni_blk_sectors+0x14>
80402a1e:	8041d7b7          	lui	a5,0x8041d
80402a22:	7f47a503          	lw	a0,2036(a5) # 8041d7f4 <bf+0x1c>
80402a26:	8082                	ret

80402a28 <uni_blk_bind_extent>:
80402a28:	804077b7          	lui	a5,0x80407
80402a2c:	1247a783          	lw	a5,292(a5) # 80407124 <present>
80402a30:	c395                	beqz	a5,80402a54 <uni_blk_bind_extent+0x2c>
80402a32:	1141                	add	sp,sp,-16
80402a34:	c42a                	sw	a0,8(sp)
80402a36:	c62e                	sw	a1,12(sp)
80402a38:	4509                	li	a0,2
80402a3a:	002c                	add	a1,sp,8
80402a3c:	03000893          	li	a7,48
80402a40:	00000073          	ecall
80402a44:	e511                	bnez	a0,80402a50 <uni_blk_bind_extent+0x28>
80402a46:	804077b7          	lui	a5,0x80407
80402a4a:	4705                	li	a4,1
80402a4c:	12e7a023          	sw	a4,288(a5) # 80407120 <extent_bound>
80402a50:	0141                	add	sp,sp,16
80402a52:	8082                	ret
80402a54:	5529                	li	a0,-22
80402a56:	8082                	ret

80402a58 <uni_blk_read>:
80402a58:	804077b7          	lui	a5,0x80407
80402a5c:	1247a803          	lw	a6,292(a5) # 80407124 <present>
80402a60:	00081463          	bnez	a6,80402a68 <uni_blk_read+0x10>
80402a64:	5529                	li	a0,-22
80402a66:	8082                	ret
80402a68:	87ae                	mv	a5,a1
80402a6a:	dded                	beqz	a1,80402a64 <uni_blk_read+0xc>
80402a6c:	8041d837          	lui	a6,0x8041d
80402a70:	86b2                	mv	a3,a2
80402a72:	7d880613          	add	a2,a6,2008 # 8041d7d8 <bf>
80402a76:	4e50                	lw	a2,28(a2)
80402a78:	872a                	mv	a4,a0
80402a7a:	fea665e3          	bltu	a2,a0,80402a64 <uni_blk_read+0xc>
80402a7e:	40a605b3          	sub	a1,a2,a0
80402a82:	fef5e1e3          	bltu	a1,a5,80402a64 <uni_blk_read+0xc>
80402a86:	80407337          	lui	t1,0x80407
80402a8a:	12032583          	lw	a1,288(t1) # 80407120 <extent_bound>
80402a8e:	c989                	beqz	a1,80402aa0 <uni_blk_read+0x48>
80402a90:	85aa                	mv	a1,a0
80402a92:	863e                	mv	a2,a5
80402a94:	7d880513          	add	a0,a6,2008
80402a98:	fffff317          	auipc	t1,0xfffff
80402a9c:	e6030067          	jr	-416(t1) # 804018f8 <blkfront_read>
80402aa0:	1101                	add	sp,sp,-32
80402aa2:	ce06                	sw	ra,28(sp)
80402aa4:	c402                	sw	zero,8(sp)
80402aa6:	c632                	sw	a2,12(sp)
80402aa8:	4509                	li	a0,2
80402aaa:	002c                	add	a1,sp,8
80402aac:	03000893          	li	a7,48
80402ab0:	00000073          	ecall
80402ab4:	ed11                	bnez	a0,80402ad0 <uni_blk_read+0x78>
80402ab6:	4605                	li	a2,1
80402ab8:	12c32023          	sw	a2,288(t1)
80402abc:	40f2                	lw	ra,28(sp)
80402abe:	863e                	mv	a2,a5
80402ac0:	85ba                	mv	a1,a4
80402ac2:	7d880513          	add	a0,a6,2008
80402ac6:	6105                	add	sp,sp,32
80402ac8:	fffff317          	auipc	t1,0xfffff
80402acc:	e3030067          	jr	-464(t1) # 804018f8 <blkfront_read>
80402ad0:	fe0556e3          	bgez	a0,80402abc <uni_blk_read+0x64>
80402ad4:	80406537          	lui	a0,0x80406
80402ad8:	cf450513          	add	a0,a0,-780 # 80405cf4 <msg.0+0x110>
80402adc:	ffffe097          	auipc	ra,0xffffe
80402ae0:	5ea080e7          	jalr	1514(ra) # 804010c6 <uni_panic>

80402ae4 <uni_blk_write>:
80402ae4:	804077b7          	lui	a5,0x80407
80402ae8:	1247a803          	lw	a6,292(a5) # 80407124 <present>
80402aec:	00081463          	bnez	a6,80402af4 <uni_blk_write+0x10>
80402af0:	5529                	li	a0,-22
80402af2:	8082                	ret
80402af4:	87ae                	mv	a5,a1
80402af6:	dded                	beqz	a1,80402af0 <uni_blk_write+0xc>
80402af8:	8041d837          	lui	a6,0x8041d
80402afc:	86b2                	mv	a3,a2
80402afe:	7d880613          	add	a2,a6,2008 # 8041d7d8 <bf>
80402b02:	4e50                	lw	a2,28(a2)
80402b04:	872a                	mv	a4,a0
80402b06:	fea665e3          	bltu	a2,a0,80402af0 <uni_blk_write+0xc>
80402b0a:	40a605b3          	sub	a1,a2,a0
80402b0e:	fef5e1e3          	bltu	a1,a5,80402af0 <uni_blk_write+0xc>
80402b12:	80407337          	lui	t1,0x80407
80402b16:	12032583          	lw	a1,288(t1) # 80407120 <extent_bound>
80402b1a:	c989                	beqz	a1,80402b2c <uni_blk_write+0x48>
80402b1c:	85aa                	mv	a1,a0
80402b1e:	863e                	mv	a2,a5
80402b20:	7d880513          	add	a0,a6,2008
80402b24:	fffff317          	auipc	t1,0xfffff
80402b28:	dde30067          	jr	-546(t1) # 80401902 <blkfront_write>
80402b2c:	1101                	add	sp,sp,-32
80402b2e:	ce06                	sw	ra,28(sp)
80402b30:	c402                	sw	zero,8(sp)
80402b32:	c632                	sw	a2,12(sp)
80402b34:	4509                	li	a0,2
80402b36:	002c                	add	a1,sp,8
80402b38:	03000893          	li	a7,48
80402b3c:	00000073          	ecall
80402b40:	ed11                	bnez	a0,80402b5c <uni_blk_write+0x78>
80402b42:	4605                	li	a2,1
80402b44:	12c32023          	sw	a2,288(t1)
80402b48:	40f2                	lw	ra,28(sp)
80402b4a:	863e                	mv	a2,a5
80402b4c:	85ba                	mv	a1,a4
80402b4e:	7d880513          	add	a0,a6,2008
80402b52:	6105                	add	sp,sp,32
80402b54:	fffff317          	auipc	t1,0xfffff
80402b58:	dae30067          	jr	-594(t1) # 80401902 <blkfront_write>
80402b5c:	fe0556e3          	bgez	a0,80402b48 <uni_blk_write+0x64>
80402b60:	80406537          	lui	a0,0x80406
80402b64:	cf450513          	add	a0,a0,-780 # 80405cf4 <msg.0+0x110>
80402b68:	ffffe097          	auipc	ra,0xffffe
80402b6c:	55e080e7          	jalr	1374(ra) # 804010c6 <uni_panic>

80402b70 <__lshrdi3>:
80402b70:	ca19                	beqz	a2,80402b86 <__lshrdi3+0x16>
80402b72:	02000793          	li	a5,32
80402b76:	8f91                	sub	a5,a5,a2
80402b78:	00f04863          	bgtz	a5,80402b88 <__lshrdi3+0x18>
80402b7c:	1601                	add	a2,a2,-32 # effe0 <errno+0xeffe0>
80402b7e:	00c5d533          	srl	a0,a1,a2
80402b82:	4701                	li	a4,0
80402b84:	85ba                	mv	a1,a4
80402b86:	8082                	ret
80402b88:	00c5d733          	srl	a4,a1,a2
80402b8c:	00c55533          	srl	a0,a0,a2
80402b90:	00f595b3          	sll	a1,a1,a5
80402b94:	8d4d                	or	a0,a0,a1
80402b96:	b7fd                	j	80402b84 <__lshrdi3+0x14>

80402b98 <__ashldi3>:
80402b98:	ca19                	beqz	a2,80402bae <__ashldi3+0x16>
80402b9a:	02000793          	li	a5,32
80402b9e:	8f91                	sub	a5,a5,a2
80402ba0:	00f04863          	bgtz	a5,80402bb0 <__ashldi3+0x18>
80402ba4:	1601                	add	a2,a2,-32
80402ba6:	00c515b3          	sll	a1,a0,a2
80402baa:	4701                	li	a4,0
80402bac:	853a                	mv	a0,a4
80402bae:	8082                	ret
80402bb0:	00c51733          	sll	a4,a0,a2
80402bb4:	00c595b3          	sll	a1,a1,a2
80402bb8:	00f55533          	srl	a0,a0,a5
80402bbc:	8dc9                	or	a1,a1,a0
80402bbe:	b7fd                	j	80402bac <__ashldi3+0x14>

80402bc0 <__ashrdi3>:
80402bc0:	ce01                	beqz	a2,80402bd8 <__ashrdi3+0x18>
80402bc2:	02000793          	li	a5,32
80402bc6:	8f91                	sub	a5,a5,a2
80402bc8:	00f04963          	bgtz	a5,80402bda <__ashrdi3+0x1a>
80402bcc:	1601                	add	a2,a2,-32
80402bce:	41f5d713          	sra	a4,a1,0x1f
80402bd2:	40c5d533          	sra	a0,a1,a2
80402bd6:	85ba                	mv	a1,a4
80402bd8:	8082                	ret
80402bda:	40c5d733          	sra	a4,a1,a2
80402bde:	00c55533          	srl	a0,a0,a2
80402be2:	00f595b3          	sll	a1,a1,a5
80402be6:	8d4d                	or	a0,a0,a1
80402be8:	b7fd                	j	80402bd6 <__ashrdi3+0x16>

80402bea <__ctzsi2>:
80402bea:	40a007b3          	neg	a5,a0
80402bee:	8d7d                	and	a0,a0,a5
80402bf0:	67c1                	lui	a5,0x10
80402bf2:	02f57363          	bgeu	a0,a5,80402c18 <__ctzsi2+0x2e>
80402bf6:	10053793          	sltiu	a5,a0,256
80402bfa:	0017c793          	xor	a5,a5,1
80402bfe:	078e                	sll	a5,a5,0x3
80402c00:	00f55533          	srl	a0,a0,a5
80402c04:	00003717          	auipc	a4,0x3
80402c08:	4f870713          	add	a4,a4,1272 # 804060fc <__clz_tab>
80402c0c:	972a                	add	a4,a4,a0
80402c0e:	00074503          	lbu	a0,0(a4)
80402c12:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402c14:	953e                	add	a0,a0,a5
80402c16:	8082                	ret
80402c18:	01000737          	lui	a4,0x1000
80402c1c:	47c1                	li	a5,16
80402c1e:	fee561e3          	bltu	a0,a4,80402c00 <__ctzsi2+0x16>
80402c22:	47e1                	li	a5,24
80402c24:	bff1                	j	80402c00 <__ctzsi2+0x16>

80402c26 <__udivdi3>:
80402c26:	88aa                	mv	a7,a0
80402c28:	832e                	mv	t1,a1
80402c2a:	8732                	mv	a4,a2
80402c2c:	882a                	mv	a6,a0
80402c2e:	87ae                	mv	a5,a1
80402c30:	20069663          	bnez	a3,80402e3c <__udivdi3+0x216>
80402c34:	00003597          	auipc	a1,0x3
80402c38:	4c858593          	add	a1,a1,1224 # 804060fc <__clz_tab>
80402c3c:	0cc37163          	bgeu	t1,a2,80402cfe <__udivdi3+0xd8>
80402c40:	66c1                	lui	a3,0x10
80402c42:	0ad67763          	bgeu	a2,a3,80402cf0 <__udivdi3+0xca>
80402c46:	10063693          	sltiu	a3,a2,256
80402c4a:	0016c693          	xor	a3,a3,1
80402c4e:	068e                	sll	a3,a3,0x3
80402c50:	00d65533          	srl	a0,a2,a3
80402c54:	95aa                	add	a1,a1,a0
80402c56:	0005c583          	lbu	a1,0(a1)
80402c5a:	02000513          	li	a0,32
80402c5e:	96ae                	add	a3,a3,a1
80402c60:	40d505b3          	sub	a1,a0,a3
80402c64:	00d50b63          	beq	a0,a3,80402c7a <__udivdi3+0x54>
80402c68:	00b317b3          	sll	a5,t1,a1
80402c6c:	00d8d6b3          	srl	a3,a7,a3
80402c70:	00b61733          	sll	a4,a2,a1
80402c74:	8fd5                	or	a5,a5,a3
80402c76:	00b89833          	sll	a6,a7,a1
80402c7a:	01075593          	srl	a1,a4,0x10
80402c7e:	02b7d333          	divu	t1,a5,a1
80402c82:	01071613          	sll	a2,a4,0x10
80402c86:	8241                	srl	a2,a2,0x10
80402c88:	02b7f7b3          	remu	a5,a5,a1
80402c8c:	851a                	mv	a0,t1
80402c8e:	026608b3          	mul	a7,a2,t1
80402c92:	01079693          	sll	a3,a5,0x10
80402c96:	01085793          	srl	a5,a6,0x10
80402c9a:	8fd5                	or	a5,a5,a3
80402c9c:	0117fc63          	bgeu	a5,a7,80402cb4 <__udivdi3+0x8e>
80402ca0:	97ba                	add	a5,a5,a4
80402ca2:	fff30513          	add	a0,t1,-1
80402ca6:	00e7e763          	bltu	a5,a4,80402cb4 <__udivdi3+0x8e>
80402caa:	0117f563          	bgeu	a5,a7,80402cb4 <__udivdi3+0x8e>
80402cae:	ffe30513          	add	a0,t1,-2
80402cb2:	97ba                	add	a5,a5,a4
80402cb4:	411787b3          	sub	a5,a5,a7
80402cb8:	02b7d8b3          	divu	a7,a5,a1
80402cbc:	0842                	sll	a6,a6,0x10
80402cbe:	01085813          	srl	a6,a6,0x10
80402cc2:	02b7f7b3          	remu	a5,a5,a1
80402cc6:	031606b3          	mul	a3,a2,a7
80402cca:	07c2                	sll	a5,a5,0x10
80402ccc:	00f86833          	or	a6,a6,a5
80402cd0:	87c6                	mv	a5,a7
80402cd2:	00d87b63          	bgeu	a6,a3,80402ce8 <__udivdi3+0xc2>
80402cd6:	983a                	add	a6,a6,a4
80402cd8:	fff88793          	add	a5,a7,-1
80402cdc:	00e86663          	bltu	a6,a4,80402ce8 <__udivdi3+0xc2>
80402ce0:	00d87463          	bgeu	a6,a3,80402ce8 <__udivdi3+0xc2>
80402ce4:	ffe88793          	add	a5,a7,-2
80402ce8:	0542                	sll	a0,a0,0x10
80402cea:	8d5d                	or	a0,a0,a5
80402cec:	4581                	li	a1,0
80402cee:	8082                	ret
80402cf0:	01000537          	lui	a0,0x1000
80402cf4:	46c1                	li	a3,16
80402cf6:	f4a66de3          	bltu	a2,a0,80402c50 <__udivdi3+0x2a>
80402cfa:	46e1                	li	a3,24
80402cfc:	bf91                	j	80402c50 <__udivdi3+0x2a>
80402cfe:	4681                	li	a3,0
80402d00:	ca09                	beqz	a2,80402d12 <__udivdi3+0xec>
80402d02:	67c1                	lui	a5,0x10
80402d04:	08f67f63          	bgeu	a2,a5,80402da2 <__udivdi3+0x17c>
80402d08:	10063693          	sltiu	a3,a2,256
80402d0c:	0016c693          	xor	a3,a3,1
80402d10:	068e                	sll	a3,a3,0x3
80402d12:	00d657b3          	srl	a5,a2,a3
80402d16:	95be                	add	a1,a1,a5
80402d18:	0005c783          	lbu	a5,0(a1)
80402d1c:	97b6                	add	a5,a5,a3
80402d1e:	02000693          	li	a3,32
80402d22:	40f685b3          	sub	a1,a3,a5
80402d26:	08f69563          	bne	a3,a5,80402db0 <__udivdi3+0x18a>
80402d2a:	40c307b3          	sub	a5,t1,a2
80402d2e:	4585                	li	a1,1
80402d30:	01075893          	srl	a7,a4,0x10
80402d34:	0317de33          	divu	t3,a5,a7
80402d38:	01071613          	sll	a2,a4,0x10
80402d3c:	8241                	srl	a2,a2,0x10
80402d3e:	01085693          	srl	a3,a6,0x10
80402d42:	0317f7b3          	remu	a5,a5,a7
80402d46:	8572                	mv	a0,t3
80402d48:	03c60333          	mul	t1,a2,t3
80402d4c:	07c2                	sll	a5,a5,0x10
80402d4e:	8fd5                	or	a5,a5,a3
80402d50:	0067fc63          	bgeu	a5,t1,80402d68 <__udivdi3+0x142>
80402d54:	97ba                	add	a5,a5,a4
80402d56:	fffe0513          	add	a0,t3,-1 # 80406fff <stdout+0xdf3>
80402d5a:	00e7e763          	bltu	a5,a4,80402d68 <__udivdi3+0x142>
80402d5e:	0067f563          	bgeu	a5,t1,80402d68 <__udivdi3+0x142>
80402d62:	ffee0513          	add	a0,t3,-2
80402d66:	97ba                	add	a5,a5,a4
80402d68:	406787b3          	sub	a5,a5,t1
80402d6c:	0317d333          	divu	t1,a5,a7
80402d70:	0842                	sll	a6,a6,0x10
80402d72:	01085813          	srl	a6,a6,0x10
80402d76:	0317f7b3          	remu	a5,a5,a7
80402d7a:	026606b3          	mul	a3,a2,t1
80402d7e:	07c2                	sll	a5,a5,0x10
80402d80:	00f86833          	or	a6,a6,a5
80402d84:	879a                	mv	a5,t1
80402d86:	00d87b63          	bgeu	a6,a3,80402d9c <__udivdi3+0x176>
80402d8a:	983a                	add	a6,a6,a4
80402d8c:	fff30793          	add	a5,t1,-1
80402d90:	00e86663          	bltu	a6,a4,80402d9c <__udivdi3+0x176>
80402d94:	00d87463          	bgeu	a6,a3,80402d9c <__udivdi3+0x176>
80402d98:	ffe30793          	add	a5,t1,-2
80402d9c:	0542                	sll	a0,a0,0x10
80402d9e:	8d5d                	or	a0,a0,a5
80402da0:	8082                	ret
80402da2:	010007b7          	lui	a5,0x1000
80402da6:	46c1                	li	a3,16
80402da8:	f6f665e3          	bltu	a2,a5,80402d12 <__udivdi3+0xec>
80402dac:	46e1                	li	a3,24
80402dae:	b795                	j	80402d12 <__udivdi3+0xec>
80402db0:	00b61733          	sll	a4,a2,a1
80402db4:	00f356b3          	srl	a3,t1,a5
80402db8:	01075513          	srl	a0,a4,0x10
80402dbc:	00b31333          	sll	t1,t1,a1
80402dc0:	00f8d7b3          	srl	a5,a7,a5
80402dc4:	0067e7b3          	or	a5,a5,t1
80402dc8:	02a6d333          	divu	t1,a3,a0
80402dcc:	01071613          	sll	a2,a4,0x10
80402dd0:	8241                	srl	a2,a2,0x10
80402dd2:	00b89833          	sll	a6,a7,a1
80402dd6:	02a6f6b3          	remu	a3,a3,a0
80402dda:	026608b3          	mul	a7,a2,t1
80402dde:	01069593          	sll	a1,a3,0x10
80402de2:	0107d693          	srl	a3,a5,0x10
80402de6:	8ecd                	or	a3,a3,a1
80402de8:	859a                	mv	a1,t1
80402dea:	0116fc63          	bgeu	a3,a7,80402e02 <__udivdi3+0x1dc>
80402dee:	96ba                	add	a3,a3,a4
80402df0:	fff30593          	add	a1,t1,-1
80402df4:	00e6e763          	bltu	a3,a4,80402e02 <__udivdi3+0x1dc>
80402df8:	0116f563          	bgeu	a3,a7,80402e02 <__udivdi3+0x1dc>
80402dfc:	ffe30593          	add	a1,t1,-2
80402e00:	96ba                	add	a3,a3,a4
80402e02:	411686b3          	sub	a3,a3,a7
80402e06:	02a6d8b3          	divu	a7,a3,a0
80402e0a:	07c2                	sll	a5,a5,0x10
80402e0c:	83c1                	srl	a5,a5,0x10
80402e0e:	02a6f6b3          	remu	a3,a3,a0
80402e12:	03160633          	mul	a2,a2,a7
80402e16:	06c2                	sll	a3,a3,0x10
80402e18:	8fd5                	or	a5,a5,a3
80402e1a:	86c6                	mv	a3,a7
80402e1c:	00c7fc63          	bgeu	a5,a2,80402e34 <__udivdi3+0x20e>
80402e20:	97ba                	add	a5,a5,a4
80402e22:	fff88693          	add	a3,a7,-1
80402e26:	00e7e763          	bltu	a5,a4,80402e34 <__udivdi3+0x20e>
80402e2a:	00c7f563          	bgeu	a5,a2,80402e34 <__udivdi3+0x20e>
80402e2e:	ffe88693          	add	a3,a7,-2
80402e32:	97ba                	add	a5,a5,a4
80402e34:	05c2                	sll	a1,a1,0x10
80402e36:	8f91                	sub	a5,a5,a2
80402e38:	8dd5                	or	a1,a1,a3
80402e3a:	bddd                	j	80402d30 <__udivdi3+0x10a>
80402e3c:	14d5e163          	bltu	a1,a3,80402f7e <__udivdi3+0x358>
80402e40:	67c1                	lui	a5,0x10
80402e42:	02f6ff63          	bgeu	a3,a5,80402e80 <__udivdi3+0x25a>
80402e46:	1006b713          	sltiu	a4,a3,256
80402e4a:	00174713          	xor	a4,a4,1
80402e4e:	070e                	sll	a4,a4,0x3
80402e50:	00e6d5b3          	srl	a1,a3,a4
80402e54:	00003797          	auipc	a5,0x3
80402e58:	2a878793          	add	a5,a5,680 # 804060fc <__clz_tab>
80402e5c:	97ae                	add	a5,a5,a1
80402e5e:	0007c783          	lbu	a5,0(a5)
80402e62:	97ba                	add	a5,a5,a4
80402e64:	02000713          	li	a4,32
80402e68:	40f705b3          	sub	a1,a4,a5
80402e6c:	02f71163          	bne	a4,a5,80402e8e <__udivdi3+0x268>
80402e70:	4505                	li	a0,1
80402e72:	e666eee3          	bltu	a3,t1,80402cee <__udivdi3+0xc8>
80402e76:	00c8b533          	sltu	a0,a7,a2
80402e7a:	00154513          	xor	a0,a0,1
80402e7e:	8082                	ret
80402e80:	010007b7          	lui	a5,0x1000
80402e84:	4741                	li	a4,16
80402e86:	fcf6e5e3          	bltu	a3,a5,80402e50 <__udivdi3+0x22a>
80402e8a:	4761                	li	a4,24
80402e8c:	b7d1                	j	80402e50 <__udivdi3+0x22a>
80402e8e:	00f65733          	srl	a4,a2,a5
80402e92:	00b696b3          	sll	a3,a3,a1
80402e96:	8ed9                	or	a3,a3,a4
80402e98:	00f35733          	srl	a4,t1,a5
80402e9c:	00b31333          	sll	t1,t1,a1
80402ea0:	00f8d7b3          	srl	a5,a7,a5
80402ea4:	0067e7b3          	or	a5,a5,t1
80402ea8:	0106d313          	srl	t1,a3,0x10
80402eac:	02675eb3          	divu	t4,a4,t1
80402eb0:	01069813          	sll	a6,a3,0x10
80402eb4:	01085813          	srl	a6,a6,0x10
80402eb8:	00b61633          	sll	a2,a2,a1
80402ebc:	02677733          	remu	a4,a4,t1
80402ec0:	03d80e33          	mul	t3,a6,t4
80402ec4:	01071513          	sll	a0,a4,0x10
80402ec8:	0107d713          	srl	a4,a5,0x10
80402ecc:	8f49                	or	a4,a4,a0
80402ece:	8576                	mv	a0,t4
80402ed0:	01c77c63          	bgeu	a4,t3,80402ee8 <__udivdi3+0x2c2>
80402ed4:	9736                	add	a4,a4,a3
80402ed6:	fffe8513          	add	a0,t4,-1
80402eda:	00d76763          	bltu	a4,a3,80402ee8 <__udivdi3+0x2c2>
80402ede:	01c77563          	bgeu	a4,t3,80402ee8 <__udivdi3+0x2c2>
80402ee2:	ffee8513          	add	a0,t4,-2
80402ee6:	9736                	add	a4,a4,a3
80402ee8:	41c70733          	sub	a4,a4,t3
80402eec:	02675e33          	divu	t3,a4,t1
80402ef0:	07c2                	sll	a5,a5,0x10
80402ef2:	83c1                	srl	a5,a5,0x10
80402ef4:	02677733          	remu	a4,a4,t1
80402ef8:	03c80833          	mul	a6,a6,t3
80402efc:	0742                	sll	a4,a4,0x10
80402efe:	8fd9                	or	a5,a5,a4
80402f00:	8772                	mv	a4,t3
80402f02:	0107fc63          	bgeu	a5,a6,80402f1a <__udivdi3+0x2f4>
80402f06:	97b6                	add	a5,a5,a3
80402f08:	fffe0713          	add	a4,t3,-1
80402f0c:	00d7e763          	bltu	a5,a3,80402f1a <__udivdi3+0x2f4>
80402f10:	0107f563          	bgeu	a5,a6,80402f1a <__udivdi3+0x2f4>
80402f14:	ffee0713          	add	a4,t3,-2
80402f18:	97b6                	add	a5,a5,a3
80402f1a:	0542                	sll	a0,a0,0x10
80402f1c:	6e41                	lui	t3,0x10
80402f1e:	8d59                	or	a0,a0,a4
80402f20:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
80402f24:	00d57733          	and	a4,a0,a3
80402f28:	410787b3          	sub	a5,a5,a6
80402f2c:	8ef1                	and	a3,a3,a2
80402f2e:	01055813          	srl	a6,a0,0x10
80402f32:	8241                	srl	a2,a2,0x10
80402f34:	02d70333          	mul	t1,a4,a3
80402f38:	02d806b3          	mul	a3,a6,a3
80402f3c:	02c70733          	mul	a4,a4,a2
80402f40:	02c80833          	mul	a6,a6,a2
80402f44:	00d70633          	add	a2,a4,a3
80402f48:	01035713          	srl	a4,t1,0x10
80402f4c:	9732                	add	a4,a4,a2
80402f4e:	00d77363          	bgeu	a4,a3,80402f54 <__udivdi3+0x32e>
80402f52:	9872                	add	a6,a6,t3
80402f54:	01075693          	srl	a3,a4,0x10
80402f58:	96c2                	add	a3,a3,a6
80402f5a:	02d7e063          	bltu	a5,a3,80402f7a <__udivdi3+0x354>
80402f5e:	d8d797e3          	bne	a5,a3,80402cec <__udivdi3+0xc6>
80402f62:	67c1                	lui	a5,0x10
80402f64:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80402f66:	8f7d                	and	a4,a4,a5
80402f68:	0742                	sll	a4,a4,0x10
80402f6a:	00f37333          	and	t1,t1,a5
80402f6e:	00b898b3          	sll	a7,a7,a1
80402f72:	971a                	add	a4,a4,t1
80402f74:	4581                	li	a1,0
80402f76:	d6e8fce3          	bgeu	a7,a4,80402cee <__udivdi3+0xc8>
80402f7a:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80402f7c:	bb85                	j	80402cec <__udivdi3+0xc6>
80402f7e:	4581                	li	a1,0
80402f80:	4501                	li	a0,0
80402f82:	8082                	ret

80402f84 <__umoddi3>:
80402f84:	8832                	mv	a6,a2
80402f86:	87aa                	mv	a5,a0
80402f88:	872e                	mv	a4,a1
80402f8a:	1a069363          	bnez	a3,80403130 <__umoddi3+0x1ac>
80402f8e:	00003897          	auipc	a7,0x3
80402f92:	16e88893          	add	a7,a7,366 # 804060fc <__clz_tab>
80402f96:	0ac5f663          	bgeu	a1,a2,80403042 <__umoddi3+0xbe>
80402f9a:	66c1                	lui	a3,0x10
80402f9c:	08d67c63          	bgeu	a2,a3,80403034 <__umoddi3+0xb0>
80402fa0:	10063693          	sltiu	a3,a2,256
80402fa4:	0016c693          	xor	a3,a3,1
80402fa8:	068e                	sll	a3,a3,0x3
80402faa:	00d65333          	srl	t1,a2,a3
80402fae:	989a                	add	a7,a7,t1
80402fb0:	0008c883          	lbu	a7,0(a7)
80402fb4:	02000313          	li	t1,32
80402fb8:	96c6                	add	a3,a3,a7
80402fba:	40d308b3          	sub	a7,t1,a3
80402fbe:	00d30b63          	beq	t1,a3,80402fd4 <__umoddi3+0x50>
80402fc2:	01159733          	sll	a4,a1,a7
80402fc6:	00d556b3          	srl	a3,a0,a3
80402fca:	01161833          	sll	a6,a2,a7
80402fce:	8f55                	or	a4,a4,a3
80402fd0:	011517b3          	sll	a5,a0,a7
80402fd4:	01085613          	srl	a2,a6,0x10
80402fd8:	02c756b3          	divu	a3,a4,a2
80402fdc:	01081513          	sll	a0,a6,0x10
80402fe0:	8141                	srl	a0,a0,0x10
80402fe2:	02c77733          	remu	a4,a4,a2
80402fe6:	02a686b3          	mul	a3,a3,a0
80402fea:	01071593          	sll	a1,a4,0x10
80402fee:	0107d713          	srl	a4,a5,0x10
80402ff2:	8f4d                	or	a4,a4,a1
80402ff4:	00d77863          	bgeu	a4,a3,80403004 <__umoddi3+0x80>
80402ff8:	9742                	add	a4,a4,a6
80402ffa:	01076563          	bltu	a4,a6,80403004 <__umoddi3+0x80>
80402ffe:	00d77363          	bgeu	a4,a3,80403004 <__umoddi3+0x80>
80403002:	9742                	add	a4,a4,a6
80403004:	8f15                	sub	a4,a4,a3
80403006:	02c756b3          	divu	a3,a4,a2
8040300a:	02c77733          	remu	a4,a4,a2
8040300e:	02a686b3          	mul	a3,a3,a0
80403012:	07c2                	sll	a5,a5,0x10
80403014:	0742                	sll	a4,a4,0x10
80403016:	83c1                	srl	a5,a5,0x10
80403018:	8fd9                	or	a5,a5,a4
8040301a:	00d7f863          	bgeu	a5,a3,8040302a <__umoddi3+0xa6>
8040301e:	97c2                	add	a5,a5,a6
80403020:	0107e563          	bltu	a5,a6,8040302a <__umoddi3+0xa6>
80403024:	00d7f363          	bgeu	a5,a3,8040302a <__umoddi3+0xa6>
80403028:	97c2                	add	a5,a5,a6
8040302a:	8f95                	sub	a5,a5,a3
8040302c:	0117d533          	srl	a0,a5,a7
80403030:	4581                	li	a1,0
80403032:	8082                	ret
80403034:	01000337          	lui	t1,0x1000
80403038:	46c1                	li	a3,16
8040303a:	f66668e3          	bltu	a2,t1,80402faa <__umoddi3+0x26>
8040303e:	46e1                	li	a3,24
80403040:	b7ad                	j	80402faa <__umoddi3+0x26>
80403042:	4681                	li	a3,0
80403044:	ca09                	beqz	a2,80403056 <__umoddi3+0xd2>
80403046:	6741                	lui	a4,0x10
80403048:	06e67463          	bgeu	a2,a4,804030b0 <__umoddi3+0x12c>
8040304c:	10063693          	sltiu	a3,a2,256
80403050:	0016c693          	xor	a3,a3,1
80403054:	068e                	sll	a3,a3,0x3
80403056:	00d65733          	srl	a4,a2,a3
8040305a:	98ba                	add	a7,a7,a4
8040305c:	0008c703          	lbu	a4,0(a7)
80403060:	9736                	add	a4,a4,a3
80403062:	02000693          	li	a3,32
80403066:	40e688b3          	sub	a7,a3,a4
8040306a:	04e69a63          	bne	a3,a4,804030be <__umoddi3+0x13a>
8040306e:	40c58733          	sub	a4,a1,a2
80403072:	01085593          	srl	a1,a6,0x10
80403076:	02b75633          	divu	a2,a4,a1
8040307a:	01081513          	sll	a0,a6,0x10
8040307e:	8141                	srl	a0,a0,0x10
80403080:	0107d693          	srl	a3,a5,0x10
80403084:	02b77733          	remu	a4,a4,a1
80403088:	02a60633          	mul	a2,a2,a0
8040308c:	0742                	sll	a4,a4,0x10
8040308e:	8f55                	or	a4,a4,a3
80403090:	00c77863          	bgeu	a4,a2,804030a0 <__umoddi3+0x11c>
80403094:	9742                	add	a4,a4,a6
80403096:	01076563          	bltu	a4,a6,804030a0 <__umoddi3+0x11c>
8040309a:	00c77363          	bgeu	a4,a2,804030a0 <__umoddi3+0x11c>
8040309e:	9742                	add	a4,a4,a6
804030a0:	8f11                	sub	a4,a4,a2
804030a2:	02b756b3          	divu	a3,a4,a1
804030a6:	02b77733          	remu	a4,a4,a1
804030aa:	02a686b3          	mul	a3,a3,a0
804030ae:	b795                	j	80403012 <__umoddi3+0x8e>
804030b0:	01000737          	lui	a4,0x1000
804030b4:	46c1                	li	a3,16
804030b6:	fae660e3          	bltu	a2,a4,80403056 <__umoddi3+0xd2>
804030ba:	46e1                	li	a3,24
804030bc:	bf69                	j	80403056 <__umoddi3+0xd2>
804030be:	01161833          	sll	a6,a2,a7
804030c2:	00e5d6b3          	srl	a3,a1,a4
804030c6:	011517b3          	sll	a5,a0,a7
804030ca:	011595b3          	sll	a1,a1,a7
804030ce:	00e55733          	srl	a4,a0,a4
804030d2:	01085513          	srl	a0,a6,0x10
804030d6:	8f4d                	or	a4,a4,a1
804030d8:	02a6d5b3          	divu	a1,a3,a0
804030dc:	01081313          	sll	t1,a6,0x10
804030e0:	01035313          	srl	t1,t1,0x10
804030e4:	02a6f6b3          	remu	a3,a3,a0
804030e8:	026585b3          	mul	a1,a1,t1
804030ec:	01069613          	sll	a2,a3,0x10
804030f0:	01075693          	srl	a3,a4,0x10
804030f4:	8ed1                	or	a3,a3,a2
804030f6:	00b6f863          	bgeu	a3,a1,80403106 <__umoddi3+0x182>
804030fa:	96c2                	add	a3,a3,a6
804030fc:	0106e563          	bltu	a3,a6,80403106 <__umoddi3+0x182>
80403100:	00b6f363          	bgeu	a3,a1,80403106 <__umoddi3+0x182>
80403104:	96c2                	add	a3,a3,a6
80403106:	8e8d                	sub	a3,a3,a1
80403108:	02a6d633          	divu	a2,a3,a0
8040310c:	0742                	sll	a4,a4,0x10
8040310e:	8341                	srl	a4,a4,0x10
80403110:	02a6f6b3          	remu	a3,a3,a0
80403114:	02660633          	mul	a2,a2,t1
80403118:	06c2                	sll	a3,a3,0x10
8040311a:	8f55                	or	a4,a4,a3
8040311c:	00c77863          	bgeu	a4,a2,8040312c <__umoddi3+0x1a8>
80403120:	9742                	add	a4,a4,a6
80403122:	01076563          	bltu	a4,a6,8040312c <__umoddi3+0x1a8>
80403126:	00c77363          	bgeu	a4,a2,8040312c <__umoddi3+0x1a8>
8040312a:	9742                	add	a4,a4,a6
8040312c:	8f11                	sub	a4,a4,a2
8040312e:	b791                	j	80403072 <__umoddi3+0xee>
80403130:	16d5ed63          	bltu	a1,a3,804032aa <__umoddi3+0x326>
80403134:	6841                	lui	a6,0x10
80403136:	0506f763          	bgeu	a3,a6,80403184 <__umoddi3+0x200>
8040313a:	1006b813          	sltiu	a6,a3,256
8040313e:	00184813          	xor	a6,a6,1
80403142:	080e                	sll	a6,a6,0x3
80403144:	0106d333          	srl	t1,a3,a6
80403148:	00003897          	auipc	a7,0x3
8040314c:	fb488893          	add	a7,a7,-76 # 804060fc <__clz_tab>
80403150:	989a                	add	a7,a7,t1
80403152:	0008c883          	lbu	a7,0(a7)
80403156:	02000313          	li	t1,32
8040315a:	98c2                	add	a7,a7,a6
8040315c:	41130833          	sub	a6,t1,a7
80403160:	03131963          	bne	t1,a7,80403192 <__umoddi3+0x20e>
80403164:	00b6e463          	bltu	a3,a1,8040316c <__umoddi3+0x1e8>
80403168:	00c56b63          	bltu	a0,a2,8040317e <__umoddi3+0x1fa>
8040316c:	40c50633          	sub	a2,a0,a2
80403170:	40d586b3          	sub	a3,a1,a3
80403174:	00c53733          	sltu	a4,a0,a2
80403178:	87b2                	mv	a5,a2
8040317a:	40e68733          	sub	a4,a3,a4
8040317e:	853e                	mv	a0,a5
80403180:	85ba                	mv	a1,a4
80403182:	8082                	ret
80403184:	010008b7          	lui	a7,0x1000
80403188:	4841                	li	a6,16
8040318a:	fb16ede3          	bltu	a3,a7,80403144 <__umoddi3+0x1c0>
8040318e:	4861                	li	a6,24
80403190:	bf55                	j	80403144 <__umoddi3+0x1c0>
80403192:	011657b3          	srl	a5,a2,a7
80403196:	010696b3          	sll	a3,a3,a6
8040319a:	8edd                	or	a3,a3,a5
8040319c:	0115d733          	srl	a4,a1,a7
804031a0:	0106de13          	srl	t3,a3,0x10
804031a4:	03c75f33          	divu	t5,a4,t3
804031a8:	01069313          	sll	t1,a3,0x10
804031ac:	01035313          	srl	t1,t1,0x10
804031b0:	010597b3          	sll	a5,a1,a6
804031b4:	011555b3          	srl	a1,a0,a7
804031b8:	8ddd                	or	a1,a1,a5
804031ba:	0105d793          	srl	a5,a1,0x10
804031be:	01061633          	sll	a2,a2,a6
804031c2:	01051533          	sll	a0,a0,a6
804031c6:	03c77733          	remu	a4,a4,t3
804031ca:	03e30eb3          	mul	t4,t1,t5
804031ce:	0742                	sll	a4,a4,0x10
804031d0:	8fd9                	or	a5,a5,a4
804031d2:	877a                	mv	a4,t5
804031d4:	01d7fc63          	bgeu	a5,t4,804031ec <__umoddi3+0x268>
804031d8:	97b6                	add	a5,a5,a3
804031da:	ffff0713          	add	a4,t5,-1
804031de:	00d7e763          	bltu	a5,a3,804031ec <__umoddi3+0x268>
804031e2:	01d7f563          	bgeu	a5,t4,804031ec <__umoddi3+0x268>
804031e6:	ffef0713          	add	a4,t5,-2
804031ea:	97b6                	add	a5,a5,a3
804031ec:	41d787b3          	sub	a5,a5,t4
804031f0:	03c7deb3          	divu	t4,a5,t3
804031f4:	05c2                	sll	a1,a1,0x10
804031f6:	81c1                	srl	a1,a1,0x10
804031f8:	03c7f7b3          	remu	a5,a5,t3
804031fc:	8e76                	mv	t3,t4
804031fe:	03d30333          	mul	t1,t1,t4
80403202:	07c2                	sll	a5,a5,0x10
80403204:	8ddd                	or	a1,a1,a5
80403206:	0065fc63          	bgeu	a1,t1,8040321e <__umoddi3+0x29a>
8040320a:	95b6                	add	a1,a1,a3
8040320c:	fffe8e13          	add	t3,t4,-1
80403210:	00d5e763          	bltu	a1,a3,8040321e <__umoddi3+0x29a>
80403214:	0065f563          	bgeu	a1,t1,8040321e <__umoddi3+0x29a>
80403218:	ffee8e13          	add	t3,t4,-2
8040321c:	95b6                	add	a1,a1,a3
8040321e:	01071793          	sll	a5,a4,0x10
80403222:	6f41                	lui	t5,0x10
80403224:	01c7e7b3          	or	a5,a5,t3
80403228:	406585b3          	sub	a1,a1,t1
8040322c:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
80403230:	0067f733          	and	a4,a5,t1
80403234:	01065e13          	srl	t3,a2,0x10
80403238:	83c1                	srl	a5,a5,0x10
8040323a:	00667333          	and	t1,a2,t1
8040323e:	02670eb3          	mul	t4,a4,t1
80403242:	02678333          	mul	t1,a5,t1
80403246:	03c70733          	mul	a4,a4,t3
8040324a:	03c787b3          	mul	a5,a5,t3
8040324e:	00670e33          	add	t3,a4,t1
80403252:	010ed713          	srl	a4,t4,0x10
80403256:	9772                	add	a4,a4,t3
80403258:	00677363          	bgeu	a4,t1,8040325e <__umoddi3+0x2da>
8040325c:	97fa                	add	a5,a5,t5
8040325e:	01075313          	srl	t1,a4,0x10
80403262:	979a                	add	a5,a5,t1
80403264:	6341                	lui	t1,0x10
80403266:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80403268:	00677733          	and	a4,a4,t1
8040326c:	0742                	sll	a4,a4,0x10
8040326e:	006efeb3          	and	t4,t4,t1
80403272:	9776                	add	a4,a4,t4
80403274:	00f5e663          	bltu	a1,a5,80403280 <__umoddi3+0x2fc>
80403278:	00f59b63          	bne	a1,a5,8040328e <__umoddi3+0x30a>
8040327c:	00e57963          	bgeu	a0,a4,8040328e <__umoddi3+0x30a>
80403280:	40c70633          	sub	a2,a4,a2
80403284:	00c73333          	sltu	t1,a4,a2
80403288:	969a                	add	a3,a3,t1
8040328a:	8732                	mv	a4,a2
8040328c:	8f95                	sub	a5,a5,a3
8040328e:	40e50733          	sub	a4,a0,a4
80403292:	00e53533          	sltu	a0,a0,a4
80403296:	8d9d                	sub	a1,a1,a5
80403298:	8d89                	sub	a1,a1,a0
8040329a:	011598b3          	sll	a7,a1,a7
8040329e:	01075733          	srl	a4,a4,a6
804032a2:	00e8e533          	or	a0,a7,a4
804032a6:	0105d5b3          	srl	a1,a1,a6
804032aa:	8082                	ret

804032ac <__riscv_save_12>:
804032ac:	7139                	add	sp,sp,-64
804032ae:	4301                	li	t1,0
804032b0:	c66e                	sw	s11,12(sp)
804032b2:	a019                	j	804032b8 <__riscv_save_10+0x4>

804032b4 <__riscv_save_10>:
804032b4:	7139                	add	sp,sp,-64
804032b6:	5341                	li	t1,-16
804032b8:	c86a                	sw	s10,16(sp)
804032ba:	ca66                	sw	s9,20(sp)
804032bc:	cc62                	sw	s8,24(sp)
804032be:	ce5e                	sw	s7,28(sp)
804032c0:	a019                	j	804032c6 <__riscv_save_4+0x4>

804032c2 <__riscv_save_4>:
804032c2:	7139                	add	sp,sp,-64
804032c4:	5301                	li	t1,-32
804032c6:	d05a                	sw	s6,32(sp)
804032c8:	d256                	sw	s5,36(sp)
804032ca:	d452                	sw	s4,40(sp)
804032cc:	d64e                	sw	s3,44(sp)
804032ce:	d84a                	sw	s2,48(sp)
804032d0:	da26                	sw	s1,52(sp)
804032d2:	dc22                	sw	s0,56(sp)
804032d4:	de06                	sw	ra,60(sp)
804032d6:	40610133          	sub	sp,sp,t1
804032da:	8282                	jr	t0

804032dc <__riscv_save_0>:
804032dc:	1141                	add	sp,sp,-16
804032de:	c04a                	sw	s2,0(sp)
804032e0:	c226                	sw	s1,4(sp)
804032e2:	c422                	sw	s0,8(sp)
804032e4:	c606                	sw	ra,12(sp)
804032e6:	8282                	jr	t0

804032e8 <__riscv_restore_12>:
804032e8:	4db2                	lw	s11,12(sp)
804032ea:	0141                	add	sp,sp,16

804032ec <__riscv_restore_10>:
804032ec:	4d02                	lw	s10,0(sp)
804032ee:	4c92                	lw	s9,4(sp)
804032f0:	4c22                	lw	s8,8(sp)
804032f2:	4bb2                	lw	s7,12(sp)
804032f4:	0141                	add	sp,sp,16

804032f6 <__riscv_restore_4>:
804032f6:	4b02                	lw	s6,0(sp)
804032f8:	4a92                	lw	s5,4(sp)
804032fa:	4a22                	lw	s4,8(sp)
804032fc:	49b2                	lw	s3,12(sp)
804032fe:	0141                	add	sp,sp,16

80403300 <__riscv_restore_0>:
80403300:	4902                	lw	s2,0(sp)
80403302:	4492                	lw	s1,4(sp)
80403304:	4422                	lw	s0,8(sp)
80403306:	40b2                	lw	ra,12(sp)
80403308:	0141                	add	sp,sp,16
8040330a:	8082                	ret

8040330c <memcpy>:
8040330c:	832a                	mv	t1,a0
8040330e:	ca09                	beqz	a2,80403320 <memcpy+0x14>
80403310:	00058383          	lb	t2,0(a1)
80403314:	00730023          	sb	t2,0(t1)
80403318:	167d                	add	a2,a2,-1
8040331a:	0305                	add	t1,t1,1
8040331c:	0585                	add	a1,a1,1
8040331e:	fa6d                	bnez	a2,80403310 <memcpy+0x4>
80403320:	8082                	ret

80403322 <memset>:
80403322:	832a                	mv	t1,a0
80403324:	c611                	beqz	a2,80403330 <memset+0xe>
80403326:	00b30023          	sb	a1,0(t1)
8040332a:	167d                	add	a2,a2,-1
8040332c:	0305                	add	t1,t1,1
8040332e:	fe65                	bnez	a2,80403326 <memset+0x4>
80403330:	8082                	ret

80403332 <strcmp>:
80403332:	00054603          	lbu	a2,0(a0)
80403336:	0005c683          	lbu	a3,0(a1)
8040333a:	0505                	add	a0,a0,1
8040333c:	0585                	add	a1,a1,1
8040333e:	00d61363          	bne	a2,a3,80403344 <strcmp+0x12>
80403342:	fa65                	bnez	a2,80403332 <strcmp>
80403344:	40d60533          	sub	a0,a2,a3
80403348:	8082                	ret

8040334a <printf>:
8040334a:	7139                	add	sp,sp,-64
8040334c:	da3e                	sw	a5,52(sp)
8040334e:	804067b7          	lui	a5,0x80406
80403352:	d22e                	sw	a1,36(sp)
80403354:	85aa                	mv	a1,a0
80403356:	20c7a503          	lw	a0,524(a5) # 8040620c <stdout>
8040335a:	d432                	sw	a2,40(sp)
8040335c:	1050                	add	a2,sp,36
8040335e:	ce06                	sw	ra,28(sp)
80403360:	d636                	sw	a3,44(sp)
80403362:	d83a                	sw	a4,48(sp)
80403364:	dc42                	sw	a6,56(sp)
80403366:	de46                	sw	a7,60(sp)
80403368:	c632                	sw	a2,12(sp)
8040336a:	00000097          	auipc	ra,0x0
8040336e:	222080e7          	jalr	546(ra) # 8040358c <__d_vfprintf>
80403372:	40f2                	lw	ra,28(sp)
80403374:	6121                	add	sp,sp,64
80403376:	8082                	ret

80403378 <__ultoa_invert>:
80403378:	00000317          	auipc	t1,0x0
8040337c:	f3c302e7          	jalr	t0,-196(t1) # 804032b4 <__riscv_save_10>
80403380:	2006f793          	and	a5,a3,512
80403384:	89aa                	mv	s3,a0
80403386:	8a2e                	mv	s4,a1
80403388:	8932                	mv	s2,a2
8040338a:	84b6                	mv	s1,a3
8040338c:	02700b13          	li	s6,39
80403390:	c781                	beqz	a5,80403398 <__ultoa_invert+0x20>
80403392:	dff6f493          	and	s1,a3,-513
80403396:	4b1d                	li	s6,7
80403398:	41f4da93          	sra	s5,s1,0x1f
8040339c:	4ca5                	li	s9,9
8040339e:	8626                	mv	a2,s1
804033a0:	86d6                	mv	a3,s5
804033a2:	854e                	mv	a0,s3
804033a4:	85d2                	mv	a1,s4
804033a6:	00000097          	auipc	ra,0x0
804033aa:	bde080e7          	jalr	-1058(ra) # 80402f84 <__umoddi3>
804033ae:	85d2                	mv	a1,s4
804033b0:	0ff57413          	zext.b	s0,a0
804033b4:	8626                	mv	a2,s1
804033b6:	854e                	mv	a0,s3
804033b8:	86d6                	mv	a3,s5
804033ba:	00000097          	auipc	ra,0x0
804033be:	86c080e7          	jalr	-1940(ra) # 80402c26 <__udivdi3>
804033c2:	8c4e                	mv	s8,s3
804033c4:	8bd2                	mv	s7,s4
804033c6:	89aa                	mv	s3,a0
804033c8:	8a2e                	mv	s4,a1
804033ca:	008cf563          	bgeu	s9,s0,804033d4 <__ultoa_invert+0x5c>
804033ce:	945a                	add	s0,s0,s6
804033d0:	0ff47413          	zext.b	s0,s0
804033d4:	0905                	add	s2,s2,1
804033d6:	03040413          	add	s0,s0,48
804033da:	fe890fa3          	sb	s0,-1(s2)
804033de:	015be663          	bltu	s7,s5,804033ea <__ultoa_invert+0x72>
804033e2:	fb7a9ee3          	bne	s5,s7,8040339e <__ultoa_invert+0x26>
804033e6:	fa9c7ce3          	bgeu	s8,s1,8040339e <__ultoa_invert+0x26>
804033ea:	854a                	mv	a0,s2
804033ec:	00000317          	auipc	t1,0x0
804033f0:	f0030067          	jr	-256(t1) # 804032ec <__riscv_restore_10>

804033f4 <skip_to_arg>:
804033f4:	00000317          	auipc	t1,0x0
804033f8:	ec0302e7          	jalr	t0,-320(t1) # 804032b4 <__riscv_save_10>
804033fc:	4305                	li	t1,1
804033fe:	02500f13          	li	t5,37
80403402:	88aa                	mv	a7,a0
80403404:	00c34663          	blt	t1,a2,80403410 <skip_to_arg+0x1c>
80403408:	00000317          	auipc	t1,0x0
8040340c:	ee430067          	jr	-284(t1) # 804032ec <__riscv_restore_10>
80403410:	87c6                	mv	a5,a7
80403412:	88be                	mv	a7,a5
80403414:	0007c703          	lbu	a4,0(a5)
80403418:	0785                	add	a5,a5,1
8040341a:	d77d                	beqz	a4,80403408 <skip_to_arg+0x14>
8040341c:	ffe71be3          	bne	a4,t5,80403412 <skip_to_arg+0x1e>
80403420:	0007c703          	lbu	a4,0(a5)
80403424:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80403426:	ffe705e3          	beq	a4,t5,80403410 <skip_to_arg+0x1c>
8040342a:	6ecd                	lui	t4,0x13
8040342c:	4681                	li	a3,0
8040342e:	4e01                	li	t3,0
80403430:	4781                	li	a5,0
80403432:	42fd                	li	t0,31
80403434:	06c00f93          	li	t6,108
80403438:	07400393          	li	t2,116
8040343c:	07a00413          	li	s0,122
80403440:	06800493          	li	s1,104
80403444:	06a00913          	li	s2,106
80403448:	04c00993          	li	s3,76
8040344c:	4a25                	li	s4,9
8040344e:	02400a93          	li	s5,36
80403452:	07f00b13          	li	s6,127
80403456:	4bc1                	li	s7,16
80403458:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
8040345c:	04f2e263          	bltu	t0,a5,804034a0 <skip_to_arg+0xac>
80403460:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
80403464:	0ff87813          	zext.b	a6,a6
80403468:	030bf163          	bgeu	s7,a6,8040348a <skip_to_arg+0x96>
8040346c:	fd070813          	add	a6,a4,-48
80403470:	0ff87813          	zext.b	a6,a6
80403474:	4c25                	li	s8,9
80403476:	050c6563          	bltu	s8,a6,804034c0 <skip_to_arg+0xcc>
8040347a:	47a9                	li	a5,10
8040347c:	02f687b3          	mul	a5,a3,a5
80403480:	00f806b3          	add	a3,a6,a5
80403484:	02000793          	li	a5,32
80403488:	a039                	j	80403496 <skip_to_arg+0xa2>
8040348a:	010ed833          	srl	a6,t4,a6
8040348e:	00187813          	and	a6,a6,1
80403492:	00080963          	beqz	a6,804034a4 <skip_to_arg+0xb0>
80403496:	0008c703          	lbu	a4,0(a7)
8040349a:	0885                	add	a7,a7,1
8040349c:	f361                	bnez	a4,8040345c <skip_to_arg+0x68>
8040349e:	a8b1                	j	804034fa <skip_to_arg+0x106>
804034a0:	04fb6363          	bltu	s6,a5,804034e6 <skip_to_arg+0xf2>
804034a4:	fd070813          	add	a6,a4,-48
804034a8:	0ff87813          	zext.b	a6,a6
804034ac:	fd0a77e3          	bgeu	s4,a6,8040347a <skip_to_arg+0x86>
804034b0:	03571563          	bne	a4,s5,804034da <skip_to_arg+0xe6>
804034b4:	0a0e0063          	beqz	t3,80403554 <skip_to_arg+0x160>
804034b8:	0a668063          	beq	a3,t1,80403558 <skip_to_arg+0x164>
804034bc:	4681                	li	a3,0
804034be:	bfe1                	j	80403496 <skip_to_arg+0xa2>
804034c0:	0fb77813          	and	a6,a4,251
804034c4:	02a00c13          	li	s8,42
804034c8:	ff880ae3          	beq	a6,s8,804034bc <skip_to_arg+0xc8>
804034cc:	06c00813          	li	a6,108
804034d0:	01071d63          	bne	a4,a6,804034ea <skip_to_arg+0xf6>
804034d4:	0807e793          	or	a5,a5,128
804034d8:	bf7d                	j	80403496 <skip_to_arg+0xa2>
804034da:	0fb77813          	and	a6,a4,251
804034de:	02a00c13          	li	s8,42
804034e2:	fd880de3          	beq	a6,s8,804034bc <skip_to_arg+0xc8>
804034e6:	05f70663          	beq	a4,t6,80403532 <skip_to_arg+0x13e>
804034ea:	02efef63          	bltu	t6,a4,80403528 <skip_to_arg+0x134>
804034ee:	04970863          	beq	a4,s1,8040353e <skip_to_arg+0x14a>
804034f2:	05270e63          	beq	a4,s2,8040354e <skip_to_arg+0x15a>
804034f6:	05370c63          	beq	a4,s3,8040354e <skip_to_arg+0x15a>
804034fa:	f00e07e3          	beqz	t3,80403408 <skip_to_arg+0x14>
804034fe:	f06e13e3          	bne	t3,t1,80403404 <skip_to_arg+0x10>
80403502:	02076893          	or	a7,a4,32
80403506:	f9b88813          	add	a6,a7,-101
8040350a:	0ff87813          	zext.b	a6,a6
8040350e:	4e09                	li	t3,2
80403510:	4194                	lw	a3,0(a1)
80403512:	010e7663          	bgeu	t3,a6,8040351e <skip_to_arg+0x12a>
80403516:	06100813          	li	a6,97
8040351a:	05089263          	bne	a7,a6,8040355e <skip_to_arg+0x16a>
8040351e:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80403520:	9ae1                	and	a3,a3,-8
80403522:	00868713          	add	a4,a3,8
80403526:	a091                	j	8040356a <skip_to_arg+0x176>
80403528:	f67707e3          	beq	a4,t2,80403496 <skip_to_arg+0xa2>
8040352c:	f68705e3          	beq	a4,s0,80403496 <skip_to_arg+0xa2>
80403530:	b7e9                	j	804034fa <skip_to_arg+0x106>
80403532:	0807f713          	and	a4,a5,128
80403536:	df59                	beqz	a4,804034d4 <skip_to_arg+0xe0>
80403538:	2007e793          	or	a5,a5,512
8040353c:	bf61                	j	804034d4 <skip_to_arg+0xe0>
8040353e:	1007f713          	and	a4,a5,256
80403542:	c319                	beqz	a4,80403548 <skip_to_arg+0x154>
80403544:	2007e793          	or	a5,a5,512
80403548:	1007e793          	or	a5,a5,256
8040354c:	b7a9                	j	80403496 <skip_to_arg+0xa2>
8040354e:	2807e793          	or	a5,a5,640
80403552:	b791                	j	80403496 <skip_to_arg+0xa2>
80403554:	8e36                	mv	t3,a3
80403556:	b79d                	j	804034bc <skip_to_arg+0xc8>
80403558:	06300713          	li	a4,99
8040355c:	b75d                	j	80403502 <skip_to_arg+0x10e>
8040355e:	06300813          	li	a6,99
80403562:	01071763          	bne	a4,a6,80403570 <skip_to_arg+0x17c>
80403566:	00468713          	add	a4,a3,4
8040356a:	c198                	sw	a4,0(a1)
8040356c:	0305                	add	t1,t1,1
8040356e:	bd51                	j	80403402 <skip_to_arg+0xe>
80403570:	07300813          	li	a6,115
80403574:	ff0709e3          	beq	a4,a6,80403566 <skip_to_arg+0x172>
80403578:	0807f813          	and	a6,a5,128
8040357c:	00468713          	add	a4,a3,4
80403580:	fe0805e3          	beqz	a6,8040356a <skip_to_arg+0x176>
80403584:	2007f793          	and	a5,a5,512
80403588:	d3ed                	beqz	a5,8040356a <skip_to_arg+0x176>
8040358a:	bf51                	j	8040351e <skip_to_arg+0x12a>

8040358c <__d_vfprintf>:
8040358c:	00000317          	auipc	t1,0x0
80403590:	d20302e7          	jalr	t0,-736(t1) # 804032ac <__riscv_save_12>
80403594:	00454783          	lbu	a5,4(a0)
80403598:	7139                	add	sp,sp,-64
8040359a:	c02a                	sw	a0,0(sp)
8040359c:	c42e                	sw	a1,8(sp)
8040359e:	c632                	sw	a2,12(sp)
804035a0:	8b89                	and	a5,a5,2
804035a2:	00852a03          	lw	s4,8(a0)
804035a6:	c785                	beqz	a5,804035ce <__d_vfprintf+0x42>
804035a8:	d232                	sw	a2,36(sp)
804035aa:	87ae                	mv	a5,a1
804035ac:	4401                	li	s0,0
804035ae:	0007c903          	lbu	s2,0(a5)
804035b2:	00090f63          	beqz	s2,804035d0 <__d_vfprintf+0x44>
804035b6:	02500713          	li	a4,37
804035ba:	02e90163          	beq	s2,a4,804035dc <__d_vfprintf+0x50>
804035be:	0785                	add	a5,a5,1
804035c0:	c23e                	sw	a5,4(sp)
804035c2:	4582                	lw	a1,0(sp)
804035c4:	854a                	mv	a0,s2
804035c6:	0405                	add	s0,s0,1
804035c8:	9a02                	jalr	s4
804035ca:	2a0557e3          	bgez	a0,80404078 <__d_vfprintf+0xaec>
804035ce:	547d                	li	s0,-1
804035d0:	8522                	mv	a0,s0
804035d2:	6121                	add	sp,sp,64
804035d4:	00000317          	auipc	t1,0x0
804035d8:	d1430067          	jr	-748(t1) # 804032e8 <__riscv_restore_12>
804035dc:	0017c903          	lbu	s2,1(a5)
804035e0:	00278713          	add	a4,a5,2
804035e4:	c23a                	sw	a4,4(sp)
804035e6:	02500793          	li	a5,37
804035ea:	fcf90ce3          	beq	s2,a5,804035c2 <__d_vfprintf+0x36>
804035ee:	804064b7          	lui	s1,0x80406
804035f2:	4a81                	li	s5,0
804035f4:	4d01                	li	s10,0
804035f6:	4b01                	li	s6,0
804035f8:	4d81                	li	s11,0
804035fa:	06c00993          	li	s3,108
804035fe:	07400b93          	li	s7,116
80403602:	07a00c13          	li	s8,122
80403606:	06800c93          	li	s9,104
8040360a:	d3048493          	add	s1,s1,-720 # 80405d30 <msg.0+0x14c>
8040360e:	47fd                	li	a5,31
80403610:	07b7e163          	bltu	a5,s11,80403672 <__d_vfprintf+0xe6>
80403614:	fe090793          	add	a5,s2,-32
80403618:	0ff7f793          	zext.b	a5,a5
8040361c:	4741                	li	a4,16
8040361e:	00f76663          	bltu	a4,a5,8040362a <__d_vfprintf+0x9e>
80403622:	078a                	sll	a5,a5,0x2
80403624:	97a6                	add	a5,a5,s1
80403626:	439c                	lw	a5,0(a5)
80403628:	8782                	jr	a5
8040362a:	fd090793          	add	a5,s2,-48
8040362e:	0ff7f793          	zext.b	a5,a5
80403632:	4725                	li	a4,9
80403634:	06f76463          	bltu	a4,a5,8040369c <__d_vfprintf+0x110>
80403638:	46a9                	li	a3,10
8040363a:	02db06b3          	mul	a3,s6,a3
8040363e:	00f68b33          	add	s6,a3,a5
80403642:	020ded93          	or	s11,s11,32
80403646:	a019                	j	8040364c <__d_vfprintf+0xc0>
80403648:	001ded93          	or	s11,s11,1
8040364c:	4792                	lw	a5,4(sp)
8040364e:	0007c903          	lbu	s2,0(a5)
80403652:	0785                	add	a5,a5,1
80403654:	c23e                	sw	a5,4(sp)
80403656:	fa091ce3          	bnez	s2,8040360e <__d_vfprintf+0x82>
8040365a:	a8cd                	j	8040374c <__d_vfprintf+0x1c0>
8040365c:	002ded93          	or	s11,s11,2
80403660:	004ded93          	or	s11,s11,4
80403664:	b7e5                	j	8040364c <__d_vfprintf+0xc0>
80403666:	008ded93          	or	s11,s11,8
8040366a:	b7cd                	j	8040364c <__d_vfprintf+0xc0>
8040366c:	010ded93          	or	s11,s11,16
80403670:	bff1                	j	8040364c <__d_vfprintf+0xc0>
80403672:	07f00793          	li	a5,127
80403676:	0bb7ed63          	bltu	a5,s11,80403730 <__d_vfprintf+0x1a4>
8040367a:	fd090693          	add	a3,s2,-48
8040367e:	0ff6f693          	zext.b	a3,a3
80403682:	47a5                	li	a5,9
80403684:	00d7ec63          	bltu	a5,a3,8040369c <__d_vfprintf+0x110>
80403688:	040df613          	and	a2,s11,64
8040368c:	87b6                	mv	a5,a3
8040368e:	d64d                	beqz	a2,80403638 <__d_vfprintf+0xac>
80403690:	47a9                	li	a5,10
80403692:	02fd07b3          	mul	a5,s10,a5
80403696:	00d78d33          	add	s10,a5,a3
8040369a:	bf4d                	j	8040364c <__d_vfprintf+0xc0>
8040369c:	02a00793          	li	a5,42
804036a0:	02f91663          	bne	s2,a5,804036cc <__d_vfprintf+0x140>
804036a4:	fa0a94e3          	bnez	s5,8040364c <__d_vfprintf+0xc0>
804036a8:	5692                	lw	a3,36(sp)
804036aa:	040df793          	and	a5,s11,64
804036ae:	00468613          	add	a2,a3,4
804036b2:	4294                	lw	a3,0(a3)
804036b4:	d232                	sw	a2,36(sp)
804036b6:	c399                	beqz	a5,804036bc <__d_vfprintf+0x130>
804036b8:	8d36                	mv	s10,a3
804036ba:	bf49                	j	8040364c <__d_vfprintf+0xc0>
804036bc:	8b36                	mv	s6,a3
804036be:	f806d2e3          	bgez	a3,80403642 <__d_vfprintf+0xb6>
804036c2:	40d00b33          	neg	s6,a3
804036c6:	028ded93          	or	s11,s11,40
804036ca:	b749                	j	8040364c <__d_vfprintf+0xc0>
804036cc:	02e00793          	li	a5,46
804036d0:	00f91963          	bne	s2,a5,804036e2 <__d_vfprintf+0x156>
804036d4:	040df793          	and	a5,s11,64
804036d8:	ee079ce3          	bnez	a5,804035d0 <__d_vfprintf+0x44>
804036dc:	040ded93          	or	s11,s11,64
804036e0:	b7b5                	j	8040364c <__d_vfprintf+0xc0>
804036e2:	02400793          	li	a5,36
804036e6:	04f91563          	bne	s2,a5,80403730 <__d_vfprintf+0x1a4>
804036ea:	140a8363          	beqz	s5,80403830 <__d_vfprintf+0x2a4>
804036ee:	47b2                	lw	a5,12(sp)
804036f0:	d23e                	sw	a5,36(sp)
804036f2:	040df793          	and	a5,s11,64
804036f6:	ef99                	bnez	a5,80403714 <__d_vfprintf+0x188>
804036f8:	4522                	lw	a0,8(sp)
804036fa:	865a                	mv	a2,s6
804036fc:	104c                	add	a1,sp,36
804036fe:	00000097          	auipc	ra,0x0
80403702:	cf6080e7          	jalr	-778(ra) # 804033f4 <skip_to_arg>
80403706:	5792                	lw	a5,36(sp)
80403708:	00478693          	add	a3,a5,4
8040370c:	0007ab03          	lw	s6,0(a5)
80403710:	d236                	sw	a3,36(sp)
80403712:	bf2d                	j	8040364c <__d_vfprintf+0xc0>
80403714:	4522                	lw	a0,8(sp)
80403716:	866a                	mv	a2,s10
80403718:	104c                	add	a1,sp,36
8040371a:	00000097          	auipc	ra,0x0
8040371e:	cda080e7          	jalr	-806(ra) # 804033f4 <skip_to_arg>
80403722:	5792                	lw	a5,36(sp)
80403724:	00478693          	add	a3,a5,4
80403728:	0007ad03          	lw	s10,0(a5)
8040372c:	d236                	sw	a3,36(sp)
8040372e:	bf39                	j	8040364c <__d_vfprintf+0xc0>
80403730:	0d390d63          	beq	s2,s3,8040380a <__d_vfprintf+0x27e>
80403734:	0d29e663          	bltu	s3,s2,80403800 <__d_vfprintf+0x274>
80403738:	0f990163          	beq	s2,s9,8040381a <__d_vfprintf+0x28e>
8040373c:	06a00793          	li	a5,106
80403740:	0ef90563          	beq	s2,a5,8040382a <__d_vfprintf+0x29e>
80403744:	04c00793          	li	a5,76
80403748:	0ef90163          	beq	s2,a5,8040382a <__d_vfprintf+0x29e>
8040374c:	000a8b63          	beqz	s5,80403762 <__d_vfprintf+0x1d6>
80403750:	47b2                	lw	a5,12(sp)
80403752:	4522                	lw	a0,8(sp)
80403754:	8656                	mv	a2,s5
80403756:	104c                	add	a1,sp,36
80403758:	d23e                	sw	a5,36(sp)
8040375a:	00000097          	auipc	ra,0x0
8040375e:	c9a080e7          	jalr	-870(ra) # 804033f4 <skip_to_arg>
80403762:	000d5963          	bgez	s10,80403774 <__d_vfprintf+0x1e8>
80403766:	fbfdf813          	and	a6,s11,-65
8040376a:	01081d93          	sll	s11,a6,0x10
8040376e:	010ddd93          	srl	s11,s11,0x10
80403772:	4d01                	li	s10,0
80403774:	02096c93          	or	s9,s2,32
80403778:	f9bc8793          	add	a5,s9,-101
8040377c:	0ff7f793          	zext.b	a5,a5
80403780:	4709                	li	a4,2
80403782:	0af77d63          	bgeu	a4,a5,8040383c <__d_vfprintf+0x2b0>
80403786:	06100793          	li	a5,97
8040378a:	6afc9763          	bne	s9,a5,80403e38 <__d_vfprintf+0x8ac>
8040378e:	5792                	lw	a5,36(sp)
80403790:	6a89                	lui	s5,0x2
80403792:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80403796:	079d                	add	a5,a5,7
80403798:	9be1                	and	a5,a5,-8
8040379a:	0047ab83          	lw	s7,4(a5)
8040379e:	0007a883          	lw	a7,0(a5)
804037a2:	00878713          	add	a4,a5,8
804037a6:	414bd993          	sra	s3,s7,0x14
804037aa:	00cb9c13          	sll	s8,s7,0xc
804037ae:	7ff9f993          	and	s3,s3,2047
804037b2:	00cc5c93          	srl	s9,s8,0xc
804037b6:	015deab3          	or	s5,s11,s5
804037ba:	0119e533          	or	a0,s3,a7
804037be:	fff94913          	not	s2,s2
804037c2:	0ac2                	sll	s5,s5,0x10
804037c4:	d23a                	sw	a4,36(sp)
804037c6:	019567b3          	or	a5,a0,s9
804037ca:	02097913          	and	s2,s2,32
804037ce:	010ada93          	srl	s5,s5,0x10
804037d2:	86c6                	mv	a3,a7
804037d4:	8c66                	mv	s8,s9
804037d6:	040df813          	and	a6,s11,64
804037da:	01fbdb93          	srl	s7,s7,0x1f
804037de:	efcd                	bnez	a5,80403898 <__d_vfprintf+0x30c>
804037e0:	03000793          	li	a5,48
804037e4:	0ffbfb93          	zext.b	s7,s7
804037e8:	02f106a3          	sb	a5,45(sp)
804037ec:	03710623          	sb	s7,44(sp)
804037f0:	26080363          	beqz	a6,80403a56 <__d_vfprintf+0x4ca>
804037f4:	47b1                	li	a5,12
804037f6:	4981                	li	s3,0
804037f8:	0da7d463          	bge	a5,s10,804038c0 <__d_vfprintf+0x334>
804037fc:	4d35                	li	s10,13
804037fe:	aab5                	j	8040397a <__d_vfprintf+0x3ee>
80403800:	e57906e3          	beq	s2,s7,8040364c <__d_vfprintf+0xc0>
80403804:	e58904e3          	beq	s2,s8,8040364c <__d_vfprintf+0xc0>
80403808:	b791                	j	8040374c <__d_vfprintf+0x1c0>
8040380a:	080df793          	and	a5,s11,128
8040380e:	c399                	beqz	a5,80403814 <__d_vfprintf+0x288>
80403810:	200ded93          	or	s11,s11,512
80403814:	080ded93          	or	s11,s11,128
80403818:	bd15                	j	8040364c <__d_vfprintf+0xc0>
8040381a:	100df793          	and	a5,s11,256
8040381e:	c399                	beqz	a5,80403824 <__d_vfprintf+0x298>
80403820:	200ded93          	or	s11,s11,512
80403824:	100ded93          	or	s11,s11,256
80403828:	b515                	j	8040364c <__d_vfprintf+0xc0>
8040382a:	280ded93          	or	s11,s11,640
8040382e:	bd39                	j	8040364c <__d_vfprintf+0xc0>
80403830:	875a                	mv	a4,s6
80403832:	4d01                	li	s10,0
80403834:	4b01                	li	s6,0
80403836:	8aba                	mv	s5,a4
80403838:	4d81                	li	s11,0
8040383a:	bd09                	j	8040364c <__d_vfprintf+0xc0>
8040383c:	5792                	lw	a5,36(sp)
8040383e:	fff94913          	not	s2,s2
80403842:	02097913          	and	s2,s2,32
80403846:	079d                	add	a5,a5,7
80403848:	9be1                	and	a5,a5,-8
8040384a:	00878713          	add	a4,a5,8
8040384e:	4388                	lw	a0,0(a5)
80403850:	43cc                	lw	a1,4(a5)
80403852:	d23a                	sw	a4,36(sp)
80403854:	040df793          	and	a5,s11,64
80403858:	22078363          	beqz	a5,80403a7e <__d_vfprintf+0x4f2>
8040385c:	06500793          	li	a5,101
80403860:	22fc9163          	bne	s9,a5,80403a82 <__d_vfprintf+0x4f6>
80403864:	6785                	lui	a5,0x1
80403866:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fbe1791>
8040386a:	00fdedb3          	or	s11,s11,a5
8040386e:	0ff67613          	zext.b	a2,a2
80403872:	4701                	li	a4,0
80403874:	4781                	li	a5,0
80403876:	4345                	li	t1,17
80403878:	0ff67693          	zext.b	a3,a2
8040387c:	00c37363          	bgeu	t1,a2,80403882 <__d_vfprintf+0x2f6>
80403880:	46c5                	li	a3,17
80403882:	1030                	add	a2,sp,40
80403884:	00001097          	auipc	ra,0x1
80403888:	b52080e7          	jalr	-1198(ra) # 804043d6 <__dtoa_engine>
8040388c:	0ff57b93          	zext.b	s7,a0
80403890:	59a2                	lw	s3,40(sp)
80403892:	8aee                	mv	s5,s11
80403894:	4c09                	li	s8,2
80403896:	aa21                	j	804039ae <__d_vfprintf+0x422>
80403898:	03100793          	li	a5,49
8040389c:	00099563          	bnez	s3,804038a6 <__d_vfprintf+0x31a>
804038a0:	03000793          	li	a5,48
804038a4:	4985                	li	s3,1
804038a6:	0ffbfb93          	zext.b	s7,s7
804038aa:	02f106a3          	sb	a5,45(sp)
804038ae:	03710623          	sb	s7,44(sp)
804038b2:	c0198993          	add	s3,s3,-1023
804038b6:	18080763          	beqz	a6,80403a44 <__d_vfprintf+0x4b8>
804038ba:	47b1                	li	a5,12
804038bc:	19a7c663          	blt	a5,s10,80403a48 <__d_vfprintf+0x4bc>
804038c0:	4335                	li	t1,13
804038c2:	41a30333          	sub	t1,t1,s10
804038c6:	00231d93          	sll	s11,t1,0x2
804038ca:	fffd8613          	add	a2,s11,-1
804038ce:	4505                	li	a0,1
804038d0:	4581                	li	a1,0
804038d2:	ca46                	sw	a7,20(sp)
804038d4:	c836                	sw	a3,16(sp)
804038d6:	fffff097          	auipc	ra,0xfffff
804038da:	2c2080e7          	jalr	706(ra) # 80402b98 <__ashldi3>
804038de:	84aa                	mv	s1,a0
804038e0:	872e                	mv	a4,a1
804038e2:	00171793          	sll	a5,a4,0x1
804038e6:	85aa                	mv	a1,a0
804038e8:	01f4d513          	srl	a0,s1,0x1f
804038ec:	00149e13          	sll	t3,s1,0x1
804038f0:	8fc9                	or	a5,a5,a0
804038f2:	40f00c33          	neg	s8,a5
804038f6:	01c03533          	snez	a0,t3
804038fa:	48d2                	lw	a7,20(sp)
804038fc:	41c00833          	neg	a6,t3
80403900:	40ac0c33          	sub	s8,s8,a0
80403904:	fffe0513          	add	a0,t3,-1
80403908:	001e3e13          	seqz	t3,t3
8040390c:	41c787b3          	sub	a5,a5,t3
80403910:	0197f7b3          	and	a5,a5,s9
80403914:	01157533          	and	a0,a0,a7
80403918:	02f74863          	blt	a4,a5,80403948 <__d_vfprintf+0x3bc>
8040391c:	46c2                	lw	a3,16(sp)
8040391e:	00e79463          	bne	a5,a4,80403926 <__d_vfprintf+0x39a>
80403922:	02a5e363          	bltu	a1,a0,80403948 <__d_vfprintf+0x3bc>
80403926:	8546                	mv	a0,a7
80403928:	866e                	mv	a2,s11
8040392a:	85e6                	mv	a1,s9
8040392c:	ce3a                	sw	a4,28(sp)
8040392e:	cc42                	sw	a6,24(sp)
80403930:	ca36                	sw	a3,20(sp)
80403932:	c846                	sw	a7,16(sp)
80403934:	fffff097          	auipc	ra,0xfffff
80403938:	28c080e7          	jalr	652(ra) # 80402bc0 <__ashrdi3>
8040393c:	8905                	and	a0,a0,1
8040393e:	48c2                	lw	a7,16(sp)
80403940:	46d2                	lw	a3,20(sp)
80403942:	4862                	lw	a6,24(sp)
80403944:	4772                	lw	a4,28(sp)
80403946:	c94d                	beqz	a0,804039f8 <__d_vfprintf+0x46c>
80403948:	00988533          	add	a0,a7,s1
8040394c:	01153db3          	sltu	s11,a0,a7
80403950:	9766                	add	a4,a4,s9
80403952:	00ed8cb3          	add	s9,s11,a4
80403956:	001007b7          	lui	a5,0x100
8040395a:	86aa                	mv	a3,a0
8040395c:	08fcce63          	blt	s9,a5,804039f8 <__d_vfprintf+0x46c>
80403960:	02d14783          	lbu	a5,45(sp)
80403964:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80403966:	02f106a3          	sb	a5,45(sp)
8040396a:	40000793          	li	a5,1024
8040396e:	0af98163          	beq	s3,a5,80403a10 <__d_vfprintf+0x484>
80403972:	00a87533          	and	a0,a6,a0
80403976:	019c7c33          	and	s8,s8,s9
8040397a:	05700613          	li	a2,87
8040397e:	1034                	add	a3,sp,40
80403980:	4735                	li	a4,13
80403982:	45a5                	li	a1,9
80403984:	41260633          	sub	a2,a2,s2
80403988:	01cc1813          	sll	a6,s8,0x1c
8040398c:	00f57793          	and	a5,a0,15
80403990:	8111                	srl	a0,a0,0x4
80403992:	00a86533          	or	a0,a6,a0
80403996:	404c5c13          	sra	s8,s8,0x4
8040399a:	e7e1                	bnez	a5,80403a62 <__d_vfprintf+0x4d6>
8040399c:	0ced5563          	bge	s10,a4,80403a66 <__d_vfprintf+0x4da>
804039a0:	177d                	add	a4,a4,-1
804039a2:	16fd                	add	a3,a3,-1
804039a4:	f375                	bnez	a4,80403988 <__d_vfprintf+0x3fc>
804039a6:	4c05                	li	s8,1
804039a8:	4bb9                	li	s7,14
804039aa:	07000c93          	li	s9,112
804039ae:	00998713          	add	a4,s3,9
804039b2:	46c9                	li	a3,18
804039b4:	87ce                	mv	a5,s3
804039b6:	06e6e863          	bltu	a3,a4,80403a26 <__d_vfprintf+0x49a>
804039ba:	02c14703          	lbu	a4,44(sp)
804039be:	00177d93          	and	s11,a4,1
804039c2:	8b31                	and	a4,a4,12
804039c4:	120d9a63          	bnez	s11,80403af8 <__d_vfprintf+0x56c>
804039c8:	002af793          	and	a5,s5,2
804039cc:	12079263          	bnez	a5,80403af0 <__d_vfprintf+0x564>
804039d0:	004af793          	and	a5,s5,4
804039d4:	cfe9                	beqz	a5,80403aae <__d_vfprintf+0x522>
804039d6:	12071563          	bnez	a4,80403b00 <__d_vfprintf+0x574>
804039da:	02000713          	li	a4,32
804039de:	678d                	lui	a5,0x3
804039e0:	00faf7b3          	and	a5,s5,a5
804039e4:	1c079363          	bnez	a5,80403baa <__d_vfprintf+0x61e>
804039e8:	000d1363          	bnez	s10,804039ee <__d_vfprintf+0x462>
804039ec:	4d05                	li	s10,1
804039ee:	103c                	add	a5,sp,40
804039f0:	97de                	add	a5,a5,s7
804039f2:	03000693          	li	a3,48
804039f6:	aa9d                	j	80403b6c <__d_vfprintf+0x5e0>
804039f8:	0106f6b3          	and	a3,a3,a6
804039fc:	018cfcb3          	and	s9,s9,s8
80403a00:	40000793          	li	a5,1024
80403a04:	04f99c63          	bne	s3,a5,80403a5c <__d_vfprintf+0x4d0>
80403a08:	0196ecb3          	or	s9,a3,s9
80403a0c:	040c8063          	beqz	s9,80403a4c <__d_vfprintf+0x4c0>
80403a10:	008beb93          	or	s7,s7,8
80403a14:	03710623          	sb	s7,44(sp)
80403a18:	40000993          	li	s3,1024
80403a1c:	4bb9                	li	s7,14
80403a1e:	07000c93          	li	s9,112
80403a22:	40000793          	li	a5,1024
80403a26:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
80403a2a:	0c600693          	li	a3,198
80403a2e:	4c09                	li	s8,2
80403a30:	f8e6f5e3          	bgeu	a3,a4,804039ba <__d_vfprintf+0x42e>
80403a34:	3e778793          	add	a5,a5,999
80403a38:	7ce00c13          	li	s8,1998
80403a3c:	00fc3c33          	sltu	s8,s8,a5
80403a40:	0c0d                	add	s8,s8,3
80403a42:	bfa5                	j	804039ba <__d_vfprintf+0x42e>
80403a44:	4d01                	li	s10,0
80403a46:	bf6d                	j	80403a00 <__d_vfprintf+0x474>
80403a48:	4d35                	li	s10,13
80403a4a:	bf5d                	j	80403a00 <__d_vfprintf+0x474>
80403a4c:	004beb93          	or	s7,s7,4
80403a50:	03710623          	sb	s7,44(sp)
80403a54:	b7e1                	j	80403a1c <__d_vfprintf+0x490>
80403a56:	4981                	li	s3,0
80403a58:	4d01                	li	s10,0
80403a5a:	b705                	j	8040397a <__d_vfprintf+0x3ee>
80403a5c:	8536                	mv	a0,a3
80403a5e:	8c66                	mv	s8,s9
80403a60:	bf29                	j	8040397a <__d_vfprintf+0x3ee>
80403a62:	00f5ea63          	bltu	a1,a5,80403a76 <__d_vfprintf+0x4ea>
80403a66:	03078793          	add	a5,a5,48
80403a6a:	00f68923          	sb	a5,18(a3)
80403a6e:	f2ed59e3          	bge	s10,a4,804039a0 <__d_vfprintf+0x414>
80403a72:	8d3a                	mv	s10,a4
80403a74:	b735                	j	804039a0 <__d_vfprintf+0x414>
80403a76:	97b2                	add	a5,a5,a2
80403a78:	0ff7f793          	zext.b	a5,a5
80403a7c:	b7fd                	j	80403a6a <__d_vfprintf+0x4de>
80403a7e:	4d19                	li	s10,6
80403a80:	bbf1                	j	8040385c <__d_vfprintf+0x2d0>
80403a82:	06600793          	li	a5,102
80403a86:	00fc9963          	bne	s9,a5,80403a98 <__d_vfprintf+0x50c>
80403a8a:	6789                	lui	a5,0x2
80403a8c:	00fdedb3          	or	s11,s11,a5
80403a90:	4705                	li	a4,1
80403a92:	87ea                	mv	a5,s10
80403a94:	4645                	li	a2,17
80403a96:	b3c5                	j	80403876 <__d_vfprintf+0x2ea>
80403a98:	0ffd7793          	zext.b	a5,s10
80403a9c:	0ffd7613          	zext.b	a2,s10
80403aa0:	e391                	bnez	a5,80403aa4 <__d_vfprintf+0x518>
80403aa2:	4605                	li	a2,1
80403aa4:	4701                	li	a4,0
80403aa6:	4781                	li	a5,0
80403aa8:	06500c93          	li	s9,101
80403aac:	b3e9                	j	80403876 <__d_vfprintf+0x2ea>
80403aae:	db05                	beqz	a4,804039de <__d_vfprintf+0x452>
80403ab0:	478d                	li	a5,3
80403ab2:	0967d163          	bge	a5,s6,80403b34 <__d_vfprintf+0x5a8>
80403ab6:	008afa93          	and	s5,s5,8
80403aba:	ffdb0493          	add	s1,s6,-3
80403abe:	000a9f63          	bnez	s5,80403adc <__d_vfprintf+0x550>
80403ac2:	94a2                	add	s1,s1,s0
80403ac4:	4582                	lw	a1,0(sp)
80403ac6:	02000513          	li	a0,32
80403aca:	0405                	add	s0,s0,1
80403acc:	9a02                	jalr	s4
80403ace:	b00540e3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403ad2:	fe8499e3          	bne	s1,s0,80403ac4 <__d_vfprintf+0x538>
80403ad6:	4481                	li	s1,0
80403ad8:	020d9f63          	bnez	s11,80403b16 <__d_vfprintf+0x58a>
80403adc:	02c14783          	lbu	a5,44(sp)
80403ae0:	8ba1                	and	a5,a5,8
80403ae2:	efad                	bnez	a5,80403b5c <__d_vfprintf+0x5d0>
80403ae4:	804069b7          	lui	s3,0x80406
80403ae8:	1fc98993          	add	s3,s3,508 # 804061fc <__clz_tab+0x100>
80403aec:	8c22                	mv	s8,s0
80403aee:	a8b1                	j	80403b4a <__d_vfprintf+0x5be>
80403af0:	eb15                	bnez	a4,80403b24 <__d_vfprintf+0x598>
80403af2:	02b00713          	li	a4,43
80403af6:	b5e5                	j	804039de <__d_vfprintf+0x452>
80403af8:	eb0d                	bnez	a4,80403b2a <__d_vfprintf+0x59e>
80403afa:	02d00713          	li	a4,45
80403afe:	b5c5                	j	804039de <__d_vfprintf+0x452>
80403b00:	02000d93          	li	s11,32
80403b04:	4791                	li	a5,4
80403b06:	0367d563          	bge	a5,s6,80403b30 <__d_vfprintf+0x5a4>
80403b0a:	008afa93          	and	s5,s5,8
80403b0e:	ffcb0493          	add	s1,s6,-4
80403b12:	fa0a88e3          	beqz	s5,80403ac2 <__d_vfprintf+0x536>
80403b16:	4582                	lw	a1,0(sp)
80403b18:	856e                	mv	a0,s11
80403b1a:	0405                	add	s0,s0,1
80403b1c:	9a02                	jalr	s4
80403b1e:	fa055fe3          	bgez	a0,80403adc <__d_vfprintf+0x550>
80403b22:	b475                	j	804035ce <__d_vfprintf+0x42>
80403b24:	02b00d93          	li	s11,43
80403b28:	bff1                	j	80403b04 <__d_vfprintf+0x578>
80403b2a:	02d00d93          	li	s11,45
80403b2e:	bfd9                	j	80403b04 <__d_vfprintf+0x578>
80403b30:	4481                	li	s1,0
80403b32:	b7d5                	j	80403b16 <__d_vfprintf+0x58a>
80403b34:	4481                	li	s1,0
80403b36:	b75d                	j	80403adc <__d_vfprintf+0x550>
80403b38:	4582                	lw	a1,0(sp)
80403b3a:	41250533          	sub	a0,a0,s2
80403b3e:	0ff57513          	zext.b	a0,a0
80403b42:	0c05                	add	s8,s8,1
80403b44:	9a02                	jalr	s4
80403b46:	a80544e3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403b4a:	408c07b3          	sub	a5,s8,s0
80403b4e:	97ce                	add	a5,a5,s3
80403b50:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80403b54:	f175                	bnez	a0,80403b38 <__d_vfprintf+0x5ac>
80403b56:	8462                	mv	s0,s8
80403b58:	94e2                	add	s1,s1,s8
80403b5a:	a535                	j	80404186 <__d_vfprintf+0xbfa>
80403b5c:	804069b7          	lui	s3,0x80406
80403b60:	20098993          	add	s3,s3,512 # 80406200 <__clz_tab+0x104>
80403b64:	b761                	j	80403aec <__d_vfprintf+0x560>
80403b66:	1bfd                	add	s7,s7,-1
80403b68:	0ffbfb93          	zext.b	s7,s7
80403b6c:	000b8763          	beqz	s7,80403b7a <__d_vfprintf+0x5ee>
80403b70:	0047c603          	lbu	a2,4(a5)
80403b74:	17fd                	add	a5,a5,-1
80403b76:	fed608e3          	beq	a2,a3,80403b66 <__d_vfprintf+0x5da>
80403b7a:	010af693          	and	a3,s5,16
80403b7e:	87ea                	mv	a5,s10
80403b80:	e291                	bnez	a3,80403b84 <__d_vfprintf+0x5f8>
80403b82:	87de                	mv	a5,s7
80403b84:	56f1                	li	a3,-4
80403b86:	0ed9cc63          	blt	s3,a3,80403c7e <__d_vfprintf+0x6f2>
80403b8a:	0fa9da63          	bge	s3,s10,80403c7e <__d_vfprintf+0x6f2>
80403b8e:	6689                	lui	a3,0x2
80403b90:	00dae6b3          	or	a3,s5,a3
80403b94:	01069a93          	sll	s5,a3,0x10
80403b98:	010ada93          	srl	s5,s5,0x10
80403b9c:	4d01                	li	s10,0
80403b9e:	00f9d663          	bge	s3,a5,80403baa <__d_vfprintf+0x61e>
80403ba2:	00198893          	add	a7,s3,1
80403ba6:	41178d33          	sub	s10,a5,a7
80403baa:	6d89                	lui	s11,0x2
80403bac:	01bafdb3          	and	s11,s5,s11
80403bb0:	0c0d8a63          	beqz	s11,80403c84 <__d_vfprintf+0x6f8>
80403bb4:	87ce                	mv	a5,s3
80403bb6:	0009d363          	bgez	s3,80403bbc <__d_vfprintf+0x630>
80403bba:	4781                	li	a5,0
80403bbc:	0785                	add	a5,a5,1
80403bbe:	c311                	beqz	a4,80403bc2 <__d_vfprintf+0x636>
80403bc0:	0785                	add	a5,a5,1
80403bc2:	0c0d0963          	beqz	s10,80403c94 <__d_vfprintf+0x708>
80403bc6:	001d0693          	add	a3,s10,1
80403bca:	97b6                	add	a5,a5,a3
80403bcc:	4481                	li	s1,0
80403bce:	0167d463          	bge	a5,s6,80403bd6 <__d_vfprintf+0x64a>
80403bd2:	40fb04b3          	sub	s1,s6,a5
80403bd6:	009af793          	and	a5,s5,9
80403bda:	e789                	bnez	a5,80403be4 <__d_vfprintf+0x658>
80403bdc:	94a2                	add	s1,s1,s0
80403bde:	0c849063          	bne	s1,s0,80403c9e <__d_vfprintf+0x712>
80403be2:	4481                	li	s1,0
80403be4:	c719                	beqz	a4,80403bf2 <__d_vfprintf+0x666>
80403be6:	4582                	lw	a1,0(sp)
80403be8:	853a                	mv	a0,a4
80403bea:	0405                	add	s0,s0,1
80403bec:	9a02                	jalr	s4
80403bee:	9e0540e3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403bf2:	00bad793          	srl	a5,s5,0xb
80403bf6:	8b85                	and	a5,a5,1
80403bf8:	c395                	beqz	a5,80403c1c <__d_vfprintf+0x690>
80403bfa:	4582                	lw	a1,0(sp)
80403bfc:	03000513          	li	a0,48
80403c00:	9a02                	jalr	s4
80403c02:	9c0546e3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403c06:	07800513          	li	a0,120
80403c0a:	4582                	lw	a1,0(sp)
80403c0c:	41250533          	sub	a0,a0,s2
80403c10:	0f857513          	and	a0,a0,248
80403c14:	0409                	add	s0,s0,2
80403c16:	9a02                	jalr	s4
80403c18:	9a054be3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403c1c:	008af793          	and	a5,s5,8
80403c20:	e791                	bnez	a5,80403c2c <__d_vfprintf+0x6a0>
80403c22:	8b22                	mv	s6,s0
80403c24:	9426                	add	s0,s0,s1
80403c26:	09641663          	bne	s0,s6,80403cb2 <__d_vfprintf+0x726>
80403c2a:	4481                	li	s1,0
80403c2c:	0c0d8f63          	beqz	s11,80403d0a <__d_vfprintf+0x77e>
80403c30:	8cce                	mv	s9,s3
80403c32:	0009d363          	bgez	s3,80403c38 <__d_vfprintf+0x6ac>
80403c36:	4c81                	li	s9,0
80403c38:	41998db3          	sub	s11,s3,s9
80403c3c:	41a00d33          	neg	s10,s10
80403c40:	5b7d                	li	s6,-1
80403c42:	03000513          	li	a0,48
80403c46:	017df663          	bgeu	s11,s7,80403c52 <__d_vfprintf+0x6c6>
80403c4a:	103c                	add	a5,sp,40
80403c4c:	97ee                	add	a5,a5,s11
80403c4e:	0057c503          	lbu	a0,5(a5)
80403c52:	1cfd                	add	s9,s9,-1
80403c54:	00140c13          	add	s8,s0,1
80403c58:	07acc563          	blt	s9,s10,80403cc2 <__d_vfprintf+0x736>
80403c5c:	4582                	lw	a1,0(sp)
80403c5e:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80403c60:	9a02                	jalr	s4
80403c62:	960546e3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403c66:	016c9a63          	bne	s9,s6,80403c7a <__d_vfprintf+0x6ee>
80403c6a:	4582                	lw	a1,0(sp)
80403c6c:	02e00513          	li	a0,46
80403c70:	9a02                	jalr	s4
80403c72:	94054ee3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403c76:	00240c13          	add	s8,s0,2
80403c7a:	8462                	mv	s0,s8
80403c7c:	b7d9                	j	80403c42 <__d_vfprintf+0x6b6>
80403c7e:	fff78d13          	add	s10,a5,-1
80403c82:	b725                	j	80403baa <__d_vfprintf+0x61e>
80403c84:	00bad693          	srl	a3,s5,0xb
80403c88:	8a85                	and	a3,a3,1
80403c8a:	478d                	li	a5,3
80403c8c:	c291                	beqz	a3,80403c90 <__d_vfprintf+0x704>
80403c8e:	4795                	li	a5,5
80403c90:	97e2                	add	a5,a5,s8
80403c92:	b735                	j	80403bbe <__d_vfprintf+0x632>
80403c94:	010af693          	and	a3,s5,16
80403c98:	da95                	beqz	a3,80403bcc <__d_vfprintf+0x640>
80403c9a:	0785                	add	a5,a5,1
80403c9c:	bf05                	j	80403bcc <__d_vfprintf+0x640>
80403c9e:	4582                	lw	a1,0(sp)
80403ca0:	02000513          	li	a0,32
80403ca4:	c83a                	sw	a4,16(sp)
80403ca6:	9a02                	jalr	s4
80403ca8:	4742                	lw	a4,16(sp)
80403caa:	0405                	add	s0,s0,1
80403cac:	f20559e3          	bgez	a0,80403bde <__d_vfprintf+0x652>
80403cb0:	ba39                	j	804035ce <__d_vfprintf+0x42>
80403cb2:	4582                	lw	a1,0(sp)
80403cb4:	03000513          	li	a0,48
80403cb8:	0b05                	add	s6,s6,1
80403cba:	9a02                	jalr	s4
80403cbc:	f60555e3          	bgez	a0,80403c26 <__d_vfprintf+0x69a>
80403cc0:	b239                	j	804035ce <__d_vfprintf+0x42>
80403cc2:	033c9063          	bne	s9,s3,80403ce2 <__d_vfprintf+0x756>
80403cc6:	02d14703          	lbu	a4,45(sp)
80403cca:	03500793          	li	a5,53
80403cce:	00e7e863          	bltu	a5,a4,80403cde <__d_vfprintf+0x752>
80403cd2:	00f71863          	bne	a4,a5,80403ce2 <__d_vfprintf+0x756>
80403cd6:	02c14783          	lbu	a5,44(sp)
80403cda:	8bc1                	and	a5,a5,16
80403cdc:	e399                	bnez	a5,80403ce2 <__d_vfprintf+0x756>
80403cde:	03100513          	li	a0,49
80403ce2:	4582                	lw	a1,0(sp)
80403ce4:	9a02                	jalr	s4
80403ce6:	8e0544e3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403cea:	010afa93          	and	s5,s5,16
80403cee:	e60a84e3          	beqz	s5,80403b56 <__d_vfprintf+0x5ca>
80403cf2:	57fd                	li	a5,-1
80403cf4:	e6fc91e3          	bne	s9,a5,80403b56 <__d_vfprintf+0x5ca>
80403cf8:	4582                	lw	a1,0(sp)
80403cfa:	00240c13          	add	s8,s0,2
80403cfe:	02e00513          	li	a0,46
80403d02:	9a02                	jalr	s4
80403d04:	e40559e3          	bgez	a0,80403b56 <__d_vfprintf+0x5ca>
80403d08:	b0d9                	j	804035ce <__d_vfprintf+0x42>
80403d0a:	02d14503          	lbu	a0,45(sp)
80403d0e:	03100793          	li	a5,49
80403d12:	00f50763          	beq	a0,a5,80403d20 <__d_vfprintf+0x794>
80403d16:	02c14783          	lbu	a5,44(sp)
80403d1a:	9bbd                	and	a5,a5,-17
80403d1c:	02f10623          	sb	a5,44(sp)
80403d20:	4582                	lw	a1,0(sp)
80403d22:	9a02                	jalr	s4
80403d24:	8a0545e3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403d28:	0da05a63          	blez	s10,80403dfc <__d_vfprintf+0x870>
80403d2c:	4582                	lw	a1,0(sp)
80403d2e:	02e00513          	li	a0,46
80403d32:	0409                	add	s0,s0,2
80403d34:	9a02                	jalr	s4
80403d36:	88054ce3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403d3a:	4a85                	li	s5,1
80403d3c:	4785                	li	a5,1
80403d3e:	0405                	add	s0,s0,1
80403d40:	03000513          	li	a0,48
80403d44:	017af863          	bgeu	s5,s7,80403d54 <__d_vfprintf+0x7c8>
80403d48:	02078793          	add	a5,a5,32
80403d4c:	1018                	add	a4,sp,32
80403d4e:	97ba                	add	a5,a5,a4
80403d50:	fed7c503          	lbu	a0,-19(a5)
80403d54:	4582                	lw	a1,0(sp)
80403d56:	9a02                	jalr	s4
80403d58:	86054be3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403d5c:	0a85                	add	s5,s5,1
80403d5e:	0ffafa93          	zext.b	s5,s5
80403d62:	87d6                	mv	a5,s5
80403d64:	fd5d5de3          	bge	s10,s5,80403d3e <__d_vfprintf+0x7b2>
80403d68:	4582                	lw	a1,0(sp)
80403d6a:	412c8533          	sub	a0,s9,s2
80403d6e:	0ff57513          	zext.b	a0,a0
80403d72:	9a02                	jalr	s4
80403d74:	84054de3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403d78:	0009ca63          	bltz	s3,80403d8c <__d_vfprintf+0x800>
80403d7c:	02b00513          	li	a0,43
80403d80:	00099a63          	bnez	s3,80403d94 <__d_vfprintf+0x808>
80403d84:	02c14783          	lbu	a5,44(sp)
80403d88:	8bc1                	and	a5,a5,16
80403d8a:	c789                	beqz	a5,80403d94 <__d_vfprintf+0x808>
80403d8c:	413009b3          	neg	s3,s3
80403d90:	02d00513          	li	a0,45
80403d94:	4582                	lw	a1,0(sp)
80403d96:	9a02                	jalr	s4
80403d98:	82054be3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403d9c:	4791                	li	a5,4
80403d9e:	06fc1e63          	bne	s8,a5,80403e1a <__d_vfprintf+0x88e>
80403da2:	3e800913          	li	s2,1000
80403da6:	0329c533          	div	a0,s3,s2
80403daa:	4582                	lw	a1,0(sp)
80403dac:	040d                	add	s0,s0,3
80403dae:	03050513          	add	a0,a0,48
80403db2:	0ff57513          	zext.b	a0,a0
80403db6:	9a02                	jalr	s4
80403db8:	80054be3          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403dbc:	0329e9b3          	rem	s3,s3,s2
80403dc0:	06400913          	li	s2,100
80403dc4:	4582                	lw	a1,0(sp)
80403dc6:	0405                	add	s0,s0,1
80403dc8:	0329c533          	div	a0,s3,s2
80403dcc:	03050513          	add	a0,a0,48
80403dd0:	0ff57513          	zext.b	a0,a0
80403dd4:	9a02                	jalr	s4
80403dd6:	fe054c63          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403dda:	0329e9b3          	rem	s3,s3,s2
80403dde:	4929                	li	s2,10
80403de0:	4582                	lw	a1,0(sp)
80403de2:	0405                	add	s0,s0,1
80403de4:	0329c533          	div	a0,s3,s2
80403de8:	03050513          	add	a0,a0,48
80403dec:	0ff57513          	zext.b	a0,a0
80403df0:	9a02                	jalr	s4
80403df2:	fc054e63          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403df6:	0329e9b3          	rem	s3,s3,s2
80403dfa:	a03d                	j	80403e28 <__d_vfprintf+0x89c>
80403dfc:	010afa93          	and	s5,s5,16
80403e00:	000a9463          	bnez	s5,80403e08 <__d_vfprintf+0x87c>
80403e04:	0405                	add	s0,s0,1
80403e06:	b78d                	j	80403d68 <__d_vfprintf+0x7dc>
80403e08:	4582                	lw	a1,0(sp)
80403e0a:	02e00513          	li	a0,46
80403e0e:	0409                	add	s0,s0,2
80403e10:	9a02                	jalr	s4
80403e12:	f4055be3          	bgez	a0,80403d68 <__d_vfprintf+0x7dc>
80403e16:	fb8ff06f          	j	804035ce <__d_vfprintf+0x42>
80403e1a:	478d                	li	a5,3
80403e1c:	0409                	add	s0,s0,2
80403e1e:	fafc01e3          	beq	s8,a5,80403dc0 <__d_vfprintf+0x834>
80403e22:	4785                	li	a5,1
80403e24:	fafc1de3          	bne	s8,a5,80403dde <__d_vfprintf+0x852>
80403e28:	03098513          	add	a0,s3,48
80403e2c:	4582                	lw	a1,0(sp)
80403e2e:	00140c13          	add	s8,s0,1
80403e32:	0ff57513          	zext.b	a0,a0
80403e36:	b5f1                	j	80403d02 <__d_vfprintf+0x776>
80403e38:	f9d90793          	add	a5,s2,-99
80403e3c:	0ff7f793          	zext.b	a5,a5
80403e40:	4749                	li	a4,18
80403e42:	20f76363          	bltu	a4,a5,80404048 <__d_vfprintf+0xabc>
80403e46:	80406737          	lui	a4,0x80406
80403e4a:	078a                	sll	a5,a5,0x2
80403e4c:	d7470713          	add	a4,a4,-652 # 80405d74 <msg.0+0x190>
80403e50:	97ba                	add	a5,a5,a4
80403e52:	439c                	lw	a5,0(a5)
80403e54:	8782                	jr	a5
80403e56:	5792                	lw	a5,36(sp)
80403e58:	4485                	li	s1,1
80403e5a:	02810993          	add	s3,sp,40
80403e5e:	00478713          	add	a4,a5,4
80403e62:	439c                	lw	a5,0(a5)
80403e64:	d23a                	sw	a4,36(sp)
80403e66:	02f10423          	sb	a5,40(sp)
80403e6a:	008df813          	and	a6,s11,8
80403e6e:	06080063          	beqz	a6,80403ece <__d_vfprintf+0x942>
80403e72:	4901                	li	s2,0
80403e74:	05249f63          	bne	s1,s2,80403ed2 <__d_vfprintf+0x946>
80403e78:	00940c33          	add	s8,s0,s1
80403e7c:	409b04b3          	sub	s1,s6,s1
80403e80:	b9d9                	j	80403b56 <__d_vfprintf+0x5ca>
80403e82:	5792                	lw	a5,36(sp)
80403e84:	00478713          	add	a4,a5,4
80403e88:	d23a                	sw	a4,36(sp)
80403e8a:	0007a983          	lw	s3,0(a5)
80403e8e:	00099663          	bnez	s3,80403e9a <__d_vfprintf+0x90e>
80403e92:	804069b7          	lui	s3,0x80406
80403e96:	20498993          	add	s3,s3,516 # 80406204 <__clz_tab+0x108>
80403e9a:	040df793          	and	a5,s11,64
80403e9e:	55fd                	li	a1,-1
80403ea0:	c391                	beqz	a5,80403ea4 <__d_vfprintf+0x918>
80403ea2:	85ea                	mv	a1,s10
80403ea4:	854e                	mv	a0,s3
80403ea6:	00001097          	auipc	ra,0x1
80403eaa:	da0080e7          	jalr	-608(ra) # 80404c46 <strnlen>
80403eae:	84aa                	mv	s1,a0
80403eb0:	bf6d                	j	80403e6a <__d_vfprintf+0x8de>
80403eb2:	4582                	lw	a1,0(sp)
80403eb4:	02000513          	li	a0,32
80403eb8:	9a02                	jalr	s4
80403eba:	f0054a63          	bltz	a0,804035ce <__d_vfprintf+0x42>
80403ebe:	197d                	add	s2,s2,-1
80403ec0:	ff24e9e3          	bltu	s1,s2,80403eb2 <__d_vfprintf+0x926>
80403ec4:	945a                	add	s0,s0,s6
80403ec6:	41240433          	sub	s0,s0,s2
80403eca:	8b4a                	mv	s6,s2
80403ecc:	b75d                	j	80403e72 <__d_vfprintf+0x8e6>
80403ece:	895a                	mv	s2,s6
80403ed0:	bfc5                	j	80403ec0 <__d_vfprintf+0x934>
80403ed2:	012987b3          	add	a5,s3,s2
80403ed6:	4582                	lw	a1,0(sp)
80403ed8:	0007c503          	lbu	a0,0(a5)
80403edc:	0905                	add	s2,s2,1
80403ede:	9a02                	jalr	s4
80403ee0:	f8055ae3          	bgez	a0,80403e74 <__d_vfprintf+0x8e8>
80403ee4:	eeaff06f          	j	804035ce <__d_vfprintf+0x42>
80403ee8:	080df713          	and	a4,s11,128
80403eec:	5792                	lw	a5,36(sp)
80403eee:	cf59                	beqz	a4,80403f8c <__d_vfprintf+0xa00>
80403ef0:	200df713          	and	a4,s11,512
80403ef4:	c749                	beqz	a4,80403f7e <__d_vfprintf+0x9f2>
80403ef6:	079d                	add	a5,a5,7
80403ef8:	9be1                	and	a5,a5,-8
80403efa:	4388                	lw	a0,0(a5)
80403efc:	43cc                	lw	a1,4(a5)
80403efe:	00878713          	add	a4,a5,8
80403f02:	d23a                	sw	a4,36(sp)
80403f04:	fefdf993          	and	s3,s11,-17
80403f08:	09c2                	sll	s3,s3,0x10
80403f0a:	0109d993          	srl	s3,s3,0x10
80403f0e:	0805df63          	bgez	a1,80403fac <__d_vfprintf+0xa20>
80403f12:	00a037b3          	snez	a5,a0
80403f16:	40b005b3          	neg	a1,a1
80403f1a:	8d9d                	sub	a1,a1,a5
80403f1c:	40a00533          	neg	a0,a0
80403f20:	4009e993          	or	s3,s3,1024
80403f24:	02810a93          	add	s5,sp,40
80403f28:	46a9                	li	a3,10
80403f2a:	8656                	mv	a2,s5
80403f2c:	fffff097          	auipc	ra,0xfffff
80403f30:	44c080e7          	jalr	1100(ra) # 80403378 <__ultoa_invert>
80403f34:	0409f793          	and	a5,s3,64
80403f38:	41550ab3          	sub	s5,a0,s5
80403f3c:	c7f5                	beqz	a5,80404028 <__d_vfprintf+0xa9c>
80403f3e:	ffe9f793          	and	a5,s3,-2
80403f42:	07c2                	sll	a5,a5,0x10
80403f44:	83c1                	srl	a5,a5,0x10
80403f46:	19aad563          	bge	s5,s10,804040d0 <__d_vfprintf+0xb44>
80403f4a:	16090c63          	beqz	s2,804040c2 <__d_vfprintf+0xb36>
80403f4e:	0109fc13          	and	s8,s3,16
80403f52:	84ea                	mv	s1,s10
80403f54:	89be                	mv	s3,a5
80403f56:	060c0a63          	beqz	s8,80403fca <__d_vfprintf+0xa3e>
80403f5a:	0489                	add	s1,s1,2
80403f5c:	0089f793          	and	a5,s3,8
80403f60:	18079a63          	bnez	a5,804040f4 <__d_vfprintf+0xb68>
80403f64:	0019f793          	and	a5,s3,1
80403f68:	cb89                	beqz	a5,80403f7a <__d_vfprintf+0x9ee>
80403f6a:	8d56                	mv	s10,s5
80403f6c:	0164d763          	bge	s1,s6,80403f7a <__d_vfprintf+0x9ee>
80403f70:	409b04b3          	sub	s1,s6,s1
80403f74:	01548d33          	add	s10,s1,s5
80403f78:	84da                	mv	s1,s6
80403f7a:	8ba6                	mv	s7,s1
80403f7c:	a2ad                	j	804040e6 <__d_vfprintf+0xb5a>
80403f7e:	4388                	lw	a0,0(a5)
80403f80:	00478713          	add	a4,a5,4
80403f84:	d23a                	sw	a4,36(sp)
80403f86:	41f55593          	sra	a1,a0,0x1f
80403f8a:	bfad                	j	80403f04 <__d_vfprintf+0x978>
80403f8c:	00478713          	add	a4,a5,4
80403f90:	4388                	lw	a0,0(a5)
80403f92:	d23a                	sw	a4,36(sp)
80403f94:	100df793          	and	a5,s11,256
80403f98:	d7fd                	beqz	a5,80403f86 <__d_vfprintf+0x9fa>
80403f9a:	200df793          	and	a5,s11,512
80403f9e:	c781                	beqz	a5,80403fa6 <__d_vfprintf+0xa1a>
80403fa0:	0562                	sll	a0,a0,0x18
80403fa2:	8561                	sra	a0,a0,0x18
80403fa4:	b7cd                	j	80403f86 <__d_vfprintf+0x9fa>
80403fa6:	0542                	sll	a0,a0,0x10
80403fa8:	8541                	sra	a0,a0,0x10
80403faa:	bff1                	j	80403f86 <__d_vfprintf+0x9fa>
80403fac:	00b567b3          	or	a5,a0,a1
80403fb0:	fbb5                	bnez	a5,80403f24 <__d_vfprintf+0x998>
80403fb2:	040df793          	and	a5,s11,64
80403fb6:	d7bd                	beqz	a5,80403f24 <__d_vfprintf+0x998>
80403fb8:	f60d16e3          	bnez	s10,80403f24 <__d_vfprintf+0x998>
80403fbc:	feedf993          	and	s3,s11,-18
80403fc0:	09c2                	sll	s3,s3,0x10
80403fc2:	0109d993          	srl	s3,s3,0x10
80403fc6:	4a81                	li	s5,0
80403fc8:	4481                	li	s1,0
80403fca:	4069fc13          	and	s8,s3,1030
80403fce:	f80c07e3          	beqz	s8,80403f5c <__d_vfprintf+0x9d0>
80403fd2:	0485                	add	s1,s1,1
80403fd4:	4c01                	li	s8,0
80403fd6:	b759                	j	80403f5c <__d_vfprintf+0x9d0>
80403fd8:	fefdf813          	and	a6,s11,-17
80403fdc:	01081d93          	sll	s11,a6,0x10
80403fe0:	010ddd93          	srl	s11,s11,0x10
80403fe4:	46a9                	li	a3,10
80403fe6:	080df713          	and	a4,s11,128
80403fea:	5792                	lw	a5,36(sp)
80403fec:	c355                	beqz	a4,80404090 <__d_vfprintf+0xb04>
80403fee:	200df713          	and	a4,s11,512
80403ff2:	cb49                	beqz	a4,80404084 <__d_vfprintf+0xaf8>
80403ff4:	079d                	add	a5,a5,7
80403ff6:	9be1                	and	a5,a5,-8
80403ff8:	4388                	lw	a0,0(a5)
80403ffa:	43cc                	lw	a1,4(a5)
80403ffc:	00878713          	add	a4,a5,8
80404000:	d23a                	sw	a4,36(sp)
80404002:	00b567b3          	or	a5,a0,a1
80404006:	e7cd                	bnez	a5,804040b0 <__d_vfprintf+0xb24>
80404008:	fe9df993          	and	s3,s11,-23
8040400c:	09c2                	sll	s3,s3,0x10
8040400e:	040df793          	and	a5,s11,64
80404012:	0109d993          	srl	s3,s3,0x10
80404016:	c3dd                	beqz	a5,804040bc <__d_vfprintf+0xb30>
80404018:	0a0d1263          	bnez	s10,804040bc <__d_vfprintf+0xb30>
8040401c:	fe8df993          	and	s3,s11,-24
80404020:	09c2                	sll	s3,s3,0x10
80404022:	0109d993          	srl	s3,s3,0x10
80404026:	4a81                	li	s5,0
80404028:	0109fc13          	and	s8,s3,16
8040402c:	0a0c0463          	beqz	s8,804040d4 <__d_vfprintf+0xb48>
80404030:	001a8493          	add	s1,s5,1
80404034:	f20904e3          	beqz	s2,80403f5c <__d_vfprintf+0x9d0>
80404038:	84d6                	mv	s1,s5
8040403a:	b705                	j	80403f5a <__d_vfprintf+0x9ce>
8040403c:	010ded93          	or	s11,s11,16
80404040:	46c1                	li	a3,16
80404042:	07800913          	li	s2,120
80404046:	b745                	j	80403fe6 <__d_vfprintf+0xa5a>
80404048:	07800793          	li	a5,120
8040404c:	00fc9a63          	bne	s9,a5,80404060 <__d_vfprintf+0xad4>
80404050:	05800793          	li	a5,88
80404054:	46c1                	li	a3,16
80404056:	f8f918e3          	bne	s2,a5,80403fe6 <__d_vfprintf+0xa5a>
8040405a:	21000693          	li	a3,528
8040405e:	b761                	j	80403fe6 <__d_vfprintf+0xa5a>
80404060:	4582                	lw	a1,0(sp)
80404062:	02500513          	li	a0,37
80404066:	9a02                	jalr	s4
80404068:	d6054363          	bltz	a0,804035ce <__d_vfprintf+0x42>
8040406c:	4582                	lw	a1,0(sp)
8040406e:	854a                	mv	a0,s2
80404070:	9a02                	jalr	s4
80404072:	d4054e63          	bltz	a0,804035ce <__d_vfprintf+0x42>
80404076:	0409                	add	s0,s0,2
80404078:	4792                	lw	a5,4(sp)
8040407a:	d34ff06f          	j	804035ae <__d_vfprintf+0x22>
8040407e:	46a1                	li	a3,8
80404080:	4901                	li	s2,0
80404082:	b795                	j	80403fe6 <__d_vfprintf+0xa5a>
80404084:	4388                	lw	a0,0(a5)
80404086:	00478713          	add	a4,a5,4
8040408a:	d23a                	sw	a4,36(sp)
8040408c:	4581                	li	a1,0
8040408e:	bf95                	j	80404002 <__d_vfprintf+0xa76>
80404090:	00478713          	add	a4,a5,4
80404094:	4388                	lw	a0,0(a5)
80404096:	d23a                	sw	a4,36(sp)
80404098:	100df793          	and	a5,s11,256
8040409c:	dbe5                	beqz	a5,8040408c <__d_vfprintf+0xb00>
8040409e:	200df793          	and	a5,s11,512
804040a2:	c781                	beqz	a5,804040aa <__d_vfprintf+0xb1e>
804040a4:	0ff57513          	zext.b	a0,a0
804040a8:	b7d5                	j	8040408c <__d_vfprintf+0xb00>
804040aa:	0542                	sll	a0,a0,0x10
804040ac:	8141                	srl	a0,a0,0x10
804040ae:	bff9                	j	8040408c <__d_vfprintf+0xb00>
804040b0:	ff9df813          	and	a6,s11,-7
804040b4:	01081993          	sll	s3,a6,0x10
804040b8:	0109d993          	srl	s3,s3,0x10
804040bc:	02810a93          	add	s5,sp,40
804040c0:	b5ad                	j	80403f2a <__d_vfprintf+0x99e>
804040c2:	fee9f993          	and	s3,s3,-18
804040c6:	09c2                	sll	s3,s3,0x10
804040c8:	0109d993          	srl	s3,s3,0x10
804040cc:	84ea                	mv	s1,s10
804040ce:	bdf5                	j	80403fca <__d_vfprintf+0xa3e>
804040d0:	89be                	mv	s3,a5
804040d2:	bf99                	j	80404028 <__d_vfprintf+0xa9c>
804040d4:	84d6                	mv	s1,s5
804040d6:	bdd5                	j	80403fca <__d_vfprintf+0xa3e>
804040d8:	4582                	lw	a1,0(sp)
804040da:	02000513          	li	a0,32
804040de:	9a02                	jalr	s4
804040e0:	ce054763          	bltz	a0,804035ce <__d_vfprintf+0x42>
804040e4:	0b85                	add	s7,s7,1
804040e6:	ff6bc9e3          	blt	s7,s6,804040d8 <__d_vfprintf+0xb4c>
804040ea:	409404b3          	sub	s1,s0,s1
804040ee:	01748433          	add	s0,s1,s7
804040f2:	84de                	mv	s1,s7
804040f4:	020c0363          	beqz	s8,8040411a <__d_vfprintf+0xb8e>
804040f8:	4582                	lw	a1,0(sp)
804040fa:	03000513          	li	a0,48
804040fe:	9a02                	jalr	s4
80404100:	cc054763          	bltz	a0,804035ce <__d_vfprintf+0x42>
80404104:	04090d63          	beqz	s2,8040415e <__d_vfprintf+0xbd2>
80404108:	4582                	lw	a1,0(sp)
8040410a:	0409                	add	s0,s0,2
8040410c:	854a                	mv	a0,s2
8040410e:	9a02                	jalr	s4
80404110:	ca054f63          	bltz	a0,804035ce <__d_vfprintf+0x42>
80404114:	8c22                	mv	s8,s0
80404116:	9d22                	add	s10,s10,s0
80404118:	a81d                	j	8040414e <__d_vfprintf+0xbc2>
8040411a:	4069f793          	and	a5,s3,1030
8040411e:	dbfd                	beqz	a5,80404114 <__d_vfprintf+0xb88>
80404120:	0029f793          	and	a5,s3,2
80404124:	02000513          	li	a0,32
80404128:	c399                	beqz	a5,8040412e <__d_vfprintf+0xba2>
8040412a:	02b00513          	li	a0,43
8040412e:	4009f993          	and	s3,s3,1024
80404132:	00098463          	beqz	s3,8040413a <__d_vfprintf+0xbae>
80404136:	02d00513          	li	a0,45
8040413a:	4582                	lw	a1,0(sp)
8040413c:	0405                	add	s0,s0,1
8040413e:	bfc1                	j	8040410e <__d_vfprintf+0xb82>
80404140:	4582                	lw	a1,0(sp)
80404142:	03000513          	li	a0,48
80404146:	0c05                	add	s8,s8,1
80404148:	9a02                	jalr	s4
8040414a:	c8054263          	bltz	a0,804035ce <__d_vfprintf+0x42>
8040414e:	418d07b3          	sub	a5,s10,s8
80404152:	fefac7e3          	blt	s5,a5,80404140 <__d_vfprintf+0xbb4>
80404156:	8456                	mv	s0,s5
80404158:	e409                	bnez	s0,80404162 <__d_vfprintf+0xbd6>
8040415a:	9c56                	add	s8,s8,s5
8040415c:	b305                	j	80403e7c <__d_vfprintf+0x8f0>
8040415e:	0405                	add	s0,s0,1
80404160:	bf55                	j	80404114 <__d_vfprintf+0xb88>
80404162:	147d                	add	s0,s0,-1
80404164:	103c                	add	a5,sp,40
80404166:	97a2                	add	a5,a5,s0
80404168:	4582                	lw	a1,0(sp)
8040416a:	0007c503          	lbu	a0,0(a5)
8040416e:	9a02                	jalr	s4
80404170:	fe0554e3          	bgez	a0,80404158 <__d_vfprintf+0xbcc>
80404174:	c5aff06f          	j	804035ce <__d_vfprintf+0x42>
80404178:	4582                	lw	a1,0(sp)
8040417a:	02000513          	li	a0,32
8040417e:	0405                	add	s0,s0,1
80404180:	9a02                	jalr	s4
80404182:	c4054663          	bltz	a0,804035ce <__d_vfprintf+0x42>
80404186:	408487b3          	sub	a5,s1,s0
8040418a:	fef047e3          	bgtz	a5,80404178 <__d_vfprintf+0xbec>
8040418e:	b5ed                	j	80404078 <__d_vfprintf+0xaec>

80404190 <mulShiftAll64>:
80404190:	fffff317          	auipc	t1,0xfffff
80404194:	124302e7          	jalr	t0,292(t1) # 804032b4 <__riscv_save_10>
80404198:	84b2                	mv	s1,a2
8040419a:	00159913          	sll	s2,a1,0x1
8040419e:	4210                	lw	a2,0(a2)
804041a0:	8ab6                	mv	s5,a3
804041a2:	89be                	mv	s3,a5
804041a4:	40d4                	lw	a3,4(s1)
804041a6:	01f55793          	srl	a5,a0,0x1f
804041aa:	1141                	add	sp,sp,-16
804041ac:	0127e933          	or	s2,a5,s2
804041b0:	00151413          	sll	s0,a0,0x1
804041b4:	8522                	mv	a0,s0
804041b6:	85ca                	mv	a1,s2
804041b8:	8bba                	mv	s7,a4
804041ba:	870a                	mv	a4,sp
804041bc:	8b42                	mv	s6,a6
804041be:	00001097          	auipc	ra,0x1
804041c2:	9fc080e7          	jalr	-1540(ra) # 80404bba <__umul128>
804041c6:	44d4                	lw	a3,12(s1)
804041c8:	4490                	lw	a2,8(s1)
804041ca:	0038                	add	a4,sp,8
804041cc:	8caa                	mv	s9,a0
804041ce:	8c2e                	mv	s8,a1
804041d0:	8522                	mv	a0,s0
804041d2:	85ca                	mv	a1,s2
804041d4:	00001097          	auipc	ra,0x1
804041d8:	9e6080e7          	jalr	-1562(ra) # 80404bba <__umul128>
804041dc:	4682                	lw	a3,0(sp)
804041de:	4712                	lw	a4,4(sp)
804041e0:	4785                	li	a5,1
804041e2:	00d50933          	add	s2,a0,a3
804041e6:	00a93533          	sltu	a0,s2,a0
804041ea:	95ba                	add	a1,a1,a4
804041ec:	00b50433          	add	s0,a0,a1
804041f0:	00e46763          	bltu	s0,a4,804041fe <mulShiftAll64+0x6e>
804041f4:	00871463          	bne	a4,s0,804041fc <mulShiftAll64+0x6c>
804041f8:	00d96363          	bltu	s2,a3,804041fe <mulShiftAll64+0x6e>
804041fc:	4781                	li	a5,0
804041fe:	4622                	lw	a2,8(sp)
80404200:	4732                	lw	a4,12(sp)
80404202:	963e                	add	a2,a2,a5
80404204:	00f637b3          	sltu	a5,a2,a5
80404208:	00e786b3          	add	a3,a5,a4
8040420c:	4098                	lw	a4,0(s1)
8040420e:	40dc                	lw	a5,4(s1)
80404210:	c432                	sw	a2,8(sp)
80404212:	9766                	add	a4,a4,s9
80404214:	97e2                	add	a5,a5,s8
80404216:	019735b3          	sltu	a1,a4,s9
8040421a:	95be                	add	a1,a1,a5
8040421c:	c636                	sw	a3,12(sp)
8040421e:	4785                	li	a5,1
80404220:	0185e763          	bltu	a1,s8,8040422e <mulShiftAll64+0x9e>
80404224:	00bc1463          	bne	s8,a1,8040422c <mulShiftAll64+0x9c>
80404228:	01976363          	bltu	a4,s9,8040422e <mulShiftAll64+0x9e>
8040422c:	4781                	li	a5,0
8040422e:	4498                	lw	a4,8(s1)
80404230:	44c8                	lw	a0,12(s1)
80404232:	fbfa8a13          	add	s4,s5,-65
80404236:	974a                	add	a4,a4,s2
80404238:	9522                	add	a0,a0,s0
8040423a:	012735b3          	sltu	a1,a4,s2
8040423e:	95aa                	add	a1,a1,a0
80404240:	00e78533          	add	a0,a5,a4
80404244:	00f537b3          	sltu	a5,a0,a5
80404248:	95be                	add	a1,a1,a5
8040424a:	4785                	li	a5,1
8040424c:	0085e763          	bltu	a1,s0,8040425a <mulShiftAll64+0xca>
80404250:	00b41463          	bne	s0,a1,80404258 <mulShiftAll64+0xc8>
80404254:	01256363          	bltu	a0,s2,8040425a <mulShiftAll64+0xca>
80404258:	4781                	li	a5,0
8040425a:	963e                	add	a2,a2,a5
8040425c:	00f637b3          	sltu	a5,a2,a5
80404260:	8752                	mv	a4,s4
80404262:	96be                	add	a3,a3,a5
80404264:	00001097          	auipc	ra,0x1
80404268:	9a2080e7          	jalr	-1630(ra) # 80404c06 <__shiftright128>
8040426c:	00aba023          	sw	a0,0(s7)
80404270:	00bba223          	sw	a1,4(s7)
80404274:	4785                	li	a5,1
80404276:	48a2                	lw	a7,8(sp)
80404278:	4832                	lw	a6,12(sp)
8040427a:	40cc                	lw	a1,4(s1)
8040427c:	4488                	lw	a0,8(s1)
8040427e:	44d8                	lw	a4,12(s1)
80404280:	06fb1d63          	bne	s6,a5,804042fa <mulShiftAll64+0x16a>
80404284:	40a906b3          	sub	a3,s2,a0
80404288:	00d93633          	sltu	a2,s2,a3
8040428c:	40e407b3          	sub	a5,s0,a4
80404290:	8f91                	sub	a5,a5,a2
80404292:	4505                	li	a0,1
80404294:	00bc6863          	bltu	s8,a1,804042a4 <mulShiftAll64+0x114>
80404298:	01859563          	bne	a1,s8,804042a2 <mulShiftAll64+0x112>
8040429c:	4098                	lw	a4,0(s1)
8040429e:	00ece363          	bltu	s9,a4,804042a4 <mulShiftAll64+0x114>
804042a2:	4501                	li	a0,0
804042a4:	40a68533          	sub	a0,a3,a0
804042a8:	00a6b6b3          	sltu	a3,a3,a0
804042ac:	40d785b3          	sub	a1,a5,a3
804042b0:	4605                	li	a2,1
804042b2:	00b46763          	bltu	s0,a1,804042c0 <mulShiftAll64+0x130>
804042b6:	00859463          	bne	a1,s0,804042be <mulShiftAll64+0x12e>
804042ba:	00a96363          	bltu	s2,a0,804042c0 <mulShiftAll64+0x130>
804042be:	4601                	li	a2,0
804042c0:	40c88633          	sub	a2,a7,a2
804042c4:	00c8b6b3          	sltu	a3,a7,a2
804042c8:	8752                	mv	a4,s4
804042ca:	40d806b3          	sub	a3,a6,a3
804042ce:	00001097          	auipc	ra,0x1
804042d2:	938080e7          	jalr	-1736(ra) # 80404c06 <__shiftright128>
804042d6:	4622                	lw	a2,8(sp)
804042d8:	46b2                	lw	a3,12(sp)
804042da:	00a9a023          	sw	a0,0(s3)
804042de:	00b9a223          	sw	a1,4(s3)
804042e2:	8752                	mv	a4,s4
804042e4:	854a                	mv	a0,s2
804042e6:	85a2                	mv	a1,s0
804042e8:	00001097          	auipc	ra,0x1
804042ec:	91e080e7          	jalr	-1762(ra) # 80404c06 <__shiftright128>
804042f0:	0141                	add	sp,sp,16
804042f2:	fffff317          	auipc	t1,0xfffff
804042f6:	ffa30067          	jr	-6(t1) # 804032ec <__riscv_restore_10>
804042fa:	01fcd793          	srl	a5,s9,0x1f
804042fe:	001c1613          	sll	a2,s8,0x1
80404302:	8e5d                	or	a2,a2,a5
80404304:	01f95693          	srl	a3,s2,0x1f
80404308:	00141793          	sll	a5,s0,0x1
8040430c:	001c9e93          	sll	t4,s9,0x1
80404310:	8fd5                	or	a5,a5,a3
80404312:	00191313          	sll	t1,s2,0x1
80404316:	4e05                	li	t3,1
80404318:	01866763          	bltu	a2,s8,80404326 <mulShiftAll64+0x196>
8040431c:	00cc1463          	bne	s8,a2,80404324 <mulShiftAll64+0x194>
80404320:	019ee363          	bltu	t4,s9,80404326 <mulShiftAll64+0x196>
80404324:	4e01                	li	t3,0
80404326:	9e1a                	add	t3,t3,t1
80404328:	006e3333          	sltu	t1,t3,t1
8040432c:	933e                	add	t1,t1,a5
8040432e:	4785                	li	a5,1
80404330:	00b66863          	bltu	a2,a1,80404340 <mulShiftAll64+0x1b0>
80404334:	00c59563          	bne	a1,a2,8040433e <mulShiftAll64+0x1ae>
80404338:	4094                	lw	a3,0(s1)
8040433a:	00dee363          	bltu	t4,a3,80404340 <mulShiftAll64+0x1b0>
8040433e:	4781                	li	a5,0
80404340:	40fe07b3          	sub	a5,t3,a5
80404344:	00fe35b3          	sltu	a1,t3,a5
80404348:	40b305b3          	sub	a1,t1,a1
8040434c:	40a78533          	sub	a0,a5,a0
80404350:	00a7b7b3          	sltu	a5,a5,a0
80404354:	8d99                	sub	a1,a1,a4
80404356:	01f8d693          	srl	a3,a7,0x1f
8040435a:	8d9d                	sub	a1,a1,a5
8040435c:	00181793          	sll	a5,a6,0x1
80404360:	8fd5                	or	a5,a5,a3
80404362:	fc0a8713          	add	a4,s5,-64
80404366:	0886                	sll	a7,a7,0x1
80404368:	4685                	li	a3,1
8040436a:	00836763          	bltu	t1,s0,80404378 <mulShiftAll64+0x1e8>
8040436e:	00641463          	bne	s0,t1,80404376 <mulShiftAll64+0x1e6>
80404372:	012e6363          	bltu	t3,s2,80404378 <mulShiftAll64+0x1e8>
80404376:	4681                	li	a3,0
80404378:	96c6                	add	a3,a3,a7
8040437a:	0116b8b3          	sltu	a7,a3,a7
8040437e:	98be                	add	a7,a7,a5
80404380:	4605                	li	a2,1
80404382:	00b36763          	bltu	t1,a1,80404390 <mulShiftAll64+0x200>
80404386:	00659463          	bne	a1,t1,8040438e <mulShiftAll64+0x1fe>
8040438a:	00ae6363          	bltu	t3,a0,80404390 <mulShiftAll64+0x200>
8040438e:	4601                	li	a2,0
80404390:	40c68633          	sub	a2,a3,a2
80404394:	00c6b6b3          	sltu	a3,a3,a2
80404398:	40d886b3          	sub	a3,a7,a3
8040439c:	bf0d                	j	804042ce <mulShiftAll64+0x13e>

8040439e <div10>:
8040439e:	fffff317          	auipc	t1,0xfffff
804043a2:	f3e302e7          	jalr	t0,-194(t1) # 804032dc <__riscv_save_0>
804043a6:	804067b7          	lui	a5,0x80406
804043aa:	2107a603          	lw	a2,528(a5) # 80406210 <stdout+0x4>
804043ae:	2147a683          	lw	a3,532(a5)
804043b2:	1141                	add	sp,sp,-16
804043b4:	0038                	add	a4,sp,8
804043b6:	00001097          	auipc	ra,0x1
804043ba:	804080e7          	jalr	-2044(ra) # 80404bba <__umul128>
804043be:	45b2                	lw	a1,12(sp)
804043c0:	47a2                	lw	a5,8(sp)
804043c2:	01d59513          	sll	a0,a1,0x1d
804043c6:	838d                	srl	a5,a5,0x3
804043c8:	8d5d                	or	a0,a0,a5
804043ca:	818d                	srl	a1,a1,0x3
804043cc:	0141                	add	sp,sp,16
804043ce:	fffff317          	auipc	t1,0xfffff
804043d2:	f3230067          	jr	-206(t1) # 80403300 <__riscv_restore_0>

804043d6 <__dtoa_engine>:
804043d6:	fffff317          	auipc	t1,0xfffff
804043da:	ed6302e7          	jalr	t0,-298(t1) # 804032ac <__riscv_save_12>
804043de:	715d                	add	sp,sp,-80
804043e0:	8bb6                	mv	s7,a3
804043e2:	001006b7          	lui	a3,0x100
804043e6:	c43a                	sw	a4,8(sp)
804043e8:	c63e                	sw	a5,12(sp)
804043ea:	01f5d713          	srl	a4,a1,0x1f
804043ee:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
804043f2:	0145d793          	srl	a5,a1,0x14
804043f6:	00bdfdb3          	and	s11,s11,a1
804043fa:	c03a                	sw	a4,0(sp)
804043fc:	7ff7f413          	and	s0,a5,2047
80404400:	84aa                	mv	s1,a0
80404402:	8ab2                	mv	s5,a2
80404404:	00ade733          	or	a4,s11,a0
80404408:	e415                	bnez	s0,80404434 <__dtoa_engine+0x5e>
8040440a:	e721                	bnez	a4,80404452 <__dtoa_engine+0x7c>
8040440c:	03000793          	li	a5,48
80404410:	00f602a3          	sb	a5,5(a2)
80404414:	4782                	lw	a5,0(sp)
80404416:	00060323          	sb	zero,6(a2)
8040441a:	00062023          	sw	zero,0(a2)
8040441e:	0027e993          	or	s3,a5,2
80404422:	01360223          	sb	s3,4(a2)
80404426:	4405                	li	s0,1
80404428:	8522                	mv	a0,s0
8040442a:	6161                	add	sp,sp,80
8040442c:	fffff317          	auipc	t1,0xfffff
80404430:	ebc30067          	jr	-324(t1) # 804032e8 <__riscv_restore_12>
80404434:	7ff00613          	li	a2,2047
80404438:	0ac41d63          	bne	s0,a2,804044f2 <__dtoa_engine+0x11c>
8040443c:	4782                	lw	a5,0(sp)
8040443e:	0047e793          	or	a5,a5,4
80404442:	c701                	beqz	a4,8040444a <__dtoa_engine+0x74>
80404444:	4782                	lw	a5,0(sp)
80404446:	0087e793          	or	a5,a5,8
8040444a:	00fa8223          	sb	a5,4(s5)
8040444e:	4401                	li	s0,0
80404450:	bfe1                	j	80404428 <__dtoa_engine+0x52>
80404452:	00157793          	and	a5,a0,1
80404456:	c23e                	sw	a5,4(sp)
80404458:	002d9993          	sll	s3,s11,0x2
8040445c:	01e55793          	srl	a5,a0,0x1e
80404460:	0137e9b3          	or	s3,a5,s3
80404464:	00251c13          	sll	s8,a0,0x2
80404468:	892a                	mv	s2,a0
8040446a:	bcc00413          	li	s0,-1076
8040446e:	4805                	li	a6,1
80404470:	4d05                	li	s10,1
80404472:	408004b3          	neg	s1,s0
80404476:	8526                	mv	a0,s1
80404478:	ca42                	sw	a6,20(sp)
8040447a:	00000097          	auipc	ra,0x0
8040447e:	71e080e7          	jalr	1822(ra) # 80404b98 <__log10Pow5>
80404482:	fff42793          	slti	a5,s0,-1
80404486:	40f50b33          	sub	s6,a0,a5
8040448a:	416484b3          	sub	s1,s1,s6
8040448e:	8526                	mv	a0,s1
80404490:	00000097          	auipc	ra,0x0
80404494:	718080e7          	jalr	1816(ra) # 80404ba8 <__pow5bits>
80404498:	f8350693          	add	a3,a0,-125
8040449c:	40db06b3          	sub	a3,s6,a3
804044a0:	8526                	mv	a0,s1
804044a2:	008c                	add	a1,sp,64
804044a4:	c836                	sw	a3,16(sp)
804044a6:	00000097          	auipc	ra,0x0
804044aa:	492080e7          	jalr	1170(ra) # 80404938 <__double_computePow5>
804044ae:	4852                	lw	a6,20(sp)
804044b0:	46c2                	lw	a3,16(sp)
804044b2:	181c                	add	a5,sp,48
804044b4:	1038                	add	a4,sp,40
804044b6:	0090                	add	a2,sp,64
804044b8:	854a                	mv	a0,s2
804044ba:	85ee                	mv	a1,s11
804044bc:	00000097          	auipc	ra,0x0
804044c0:	cd4080e7          	jalr	-812(ra) # 80404190 <mulShiftAll64>
804044c4:	4785                	li	a5,1
804044c6:	008b0a33          	add	s4,s6,s0
804044ca:	84ae                	mv	s1,a1
804044cc:	842a                	mv	s0,a0
804044ce:	1567ee63          	bltu	a5,s6,8040462a <__dtoa_engine+0x254>
804044d2:	4792                	lw	a5,4(sp)
804044d4:	4985                	li	s3,1
804044d6:	10078e63          	beqz	a5,804045f2 <__dtoa_engine+0x21c>
804044da:	57a2                	lw	a5,40(sp)
804044dc:	5732                	lw	a4,44(sp)
804044de:	4985                	li	s3,1
804044e0:	fff78693          	add	a3,a5,-1
804044e4:	0017b793          	seqz	a5,a5
804044e8:	40f707b3          	sub	a5,a4,a5
804044ec:	d436                	sw	a3,40(sp)
804044ee:	d63e                	sw	a5,44(sp)
804044f0:	a8c9                	j	804045c2 <__dtoa_engine+0x1ec>
804044f2:	01b6edb3          	or	s11,a3,s11
804044f6:	00157693          	and	a3,a0,1
804044fa:	c236                	sw	a3,4(sp)
804044fc:	002d9993          	sll	s3,s11,0x2
80404500:	01e55693          	srl	a3,a0,0x1e
80404504:	bcb40413          	add	s0,s0,-1077
80404508:	892a                	mv	s2,a0
8040450a:	0136e9b3          	or	s3,a3,s3
8040450e:	00251c13          	sll	s8,a0,0x2
80404512:	4d05                	li	s10,1
80404514:	e709                	bnez	a4,8040451e <__dtoa_engine+0x148>
80404516:	7fe7f793          	and	a5,a5,2046
8040451a:	0017bd13          	seqz	s10,a5
8040451e:	886a                	mv	a6,s10
80404520:	f40449e3          	bltz	s0,80404472 <__dtoa_engine+0x9c>
80404524:	8522                	mv	a0,s0
80404526:	00000097          	auipc	ra,0x0
8040452a:	664080e7          	jalr	1636(ra) # 80404b8a <__log10Pow2>
8040452e:	00442793          	slti	a5,s0,4
80404532:	0017c793          	xor	a5,a5,1
80404536:	40f50a33          	sub	s4,a0,a5
8040453a:	8552                	mv	a0,s4
8040453c:	00000097          	auipc	ra,0x0
80404540:	66c080e7          	jalr	1644(ra) # 80404ba8 <__pow5bits>
80404544:	07c50693          	add	a3,a0,124
80404548:	408a0433          	sub	s0,s4,s0
8040454c:	96a2                	add	a3,a3,s0
8040454e:	008c                	add	a1,sp,64
80404550:	8552                	mv	a0,s4
80404552:	c836                	sw	a3,16(sp)
80404554:	00000097          	auipc	ra,0x0
80404558:	50c080e7          	jalr	1292(ra) # 80404a60 <__double_computeInvPow5>
8040455c:	46c2                	lw	a3,16(sp)
8040455e:	181c                	add	a5,sp,48
80404560:	8526                	mv	a0,s1
80404562:	886a                	mv	a6,s10
80404564:	1038                	add	a4,sp,40
80404566:	0090                	add	a2,sp,64
80404568:	85ee                	mv	a1,s11
8040456a:	00000097          	auipc	ra,0x0
8040456e:	c26080e7          	jalr	-986(ra) # 80404190 <mulShiftAll64>
80404572:	47d5                	li	a5,21
80404574:	842a                	mv	s0,a0
80404576:	84ae                	mv	s1,a1
80404578:	0b47e763          	bltu	a5,s4,80404626 <__dtoa_engine+0x250>
8040457c:	804067b7          	lui	a5,0x80406
80404580:	2147a683          	lw	a3,532(a5) # 80406214 <stdout+0x8>
80404584:	2107a603          	lw	a2,528(a5)
80404588:	1838                	add	a4,sp,56
8040458a:	8562                	mv	a0,s8
8040458c:	85ce                	mv	a1,s3
8040458e:	00000097          	auipc	ra,0x0
80404592:	62c080e7          	jalr	1580(ra) # 80404bba <__umul128>
80404596:	57e2                	lw	a5,56(sp)
80404598:	56f2                	lw	a3,60(sp)
8040459a:	5da2                	lw	s11,40(sp)
8040459c:	8389                	srl	a5,a5,0x2
8040459e:	06fa                	sll	a3,a3,0x1e
804045a0:	8fd5                	or	a5,a5,a3
804045a2:	4695                	li	a3,5
804045a4:	02f687b3          	mul	a5,a3,a5
804045a8:	5932                	lw	s2,44(sp)
804045aa:	01879e63          	bne	a5,s8,804045c6 <__dtoa_engine+0x1f0>
804045ae:	85ce                	mv	a1,s3
804045b0:	8562                	mv	a0,s8
804045b2:	00000097          	auipc	ra,0x0
804045b6:	348080e7          	jalr	840(ra) # 804048fa <__pow5Factor>
804045ba:	01453733          	sltu	a4,a0,s4
804045be:	00174993          	xor	s3,a4,1
804045c2:	4d01                	li	s10,0
804045c4:	a03d                	j	804045f2 <__dtoa_engine+0x21c>
804045c6:	4792                	lw	a5,4(sp)
804045c8:	eb95                	bnez	a5,804045fc <__dtoa_engine+0x226>
804045ca:	fffc0793          	add	a5,s8,-1
804045ce:	41a78533          	sub	a0,a5,s10
804045d2:	001c3593          	seqz	a1,s8
804045d6:	00a7b7b3          	sltu	a5,a5,a0
804045da:	40b985b3          	sub	a1,s3,a1
804045de:	8d9d                	sub	a1,a1,a5
804045e0:	00000097          	auipc	ra,0x0
804045e4:	31a080e7          	jalr	794(ra) # 804048fa <__pow5Factor>
804045e8:	01453933          	sltu	s2,a0,s4
804045ec:	00194d13          	xor	s10,s2,1
804045f0:	4981                	li	s3,0
804045f2:	47a2                	lw	a5,8(sp)
804045f4:	10079e63          	bnez	a5,80404710 <__dtoa_engine+0x33a>
804045f8:	8b5e                	mv	s6,s7
804045fa:	a079                	j	80404688 <__dtoa_engine+0x2b2>
804045fc:	002c0513          	add	a0,s8,2
80404600:	018535b3          	sltu	a1,a0,s8
80404604:	95ce                	add	a1,a1,s3
80404606:	00000097          	auipc	ra,0x0
8040460a:	2f4080e7          	jalr	756(ra) # 804048fa <__pow5Factor>
8040460e:	01453533          	sltu	a0,a0,s4
80404612:	00154513          	xor	a0,a0,1
80404616:	40ad8533          	sub	a0,s11,a0
8040461a:	00adbdb3          	sltu	s11,s11,a0
8040461e:	41b90733          	sub	a4,s2,s11
80404622:	d42a                	sw	a0,40(sp)
80404624:	d63a                	sw	a4,44(sp)
80404626:	4981                	li	s3,0
80404628:	bf69                	j	804045c2 <__dtoa_engine+0x1ec>
8040462a:	03e00793          	li	a5,62
8040462e:	ff67ece3          	bltu	a5,s6,80404626 <__dtoa_engine+0x250>
80404632:	865a                	mv	a2,s6
80404634:	557d                	li	a0,-1
80404636:	55fd                	li	a1,-1
80404638:	ffffe097          	auipc	ra,0xffffe
8040463c:	560080e7          	jalr	1376(ra) # 80402b98 <__ashldi3>
80404640:	fff54513          	not	a0,a0
80404644:	fff5c593          	not	a1,a1
80404648:	0135f5b3          	and	a1,a1,s3
8040464c:	01857533          	and	a0,a0,s8
80404650:	00b56733          	or	a4,a0,a1
80404654:	00173993          	seqz	s3,a4
80404658:	b7ad                	j	804045c2 <__dtoa_engine+0x1ec>
8040465a:	02d50833          	mul	a6,a0,a3
8040465e:	0785                	add	a5,a5,1
80404660:	02b536b3          	mulhu	a3,a0,a1
80404664:	02b505b3          	mul	a1,a0,a1
80404668:	96c2                	add	a3,a3,a6
8040466a:	00d4e663          	bltu	s1,a3,80404676 <__dtoa_engine+0x2a0>
8040466e:	fe9696e3          	bne	a3,s1,8040465a <__dtoa_engine+0x284>
80404672:	feb474e3          	bgeu	s0,a1,8040465a <__dtoa_engine+0x284>
80404676:	4732                	lw	a4,12(sp)
80404678:	97d2                	add	a5,a5,s4
8040467a:	97ba                	add	a5,a5,a4
8040467c:	00f04363          	bgtz	a5,80404682 <__dtoa_engine+0x2ac>
80404680:	4785                	li	a5,1
80404682:	8b3e                	mv	s6,a5
80404684:	f6fbcae3          	blt	s7,a5,804045f8 <__dtoa_engine+0x222>
80404688:	4c81                	li	s9,0
8040468a:	4901                	li	s2,0
8040468c:	4c01                	li	s8,0
8040468e:	5522                	lw	a0,40(sp)
80404690:	55b2                	lw	a1,44(sp)
80404692:	00000097          	auipc	ra,0x0
80404696:	d0c080e7          	jalr	-756(ra) # 8040439e <div10>
8040469a:	57c2                	lw	a5,48(sp)
8040469c:	8dae                	mv	s11,a1
8040469e:	55d2                	lw	a1,52(sp)
804046a0:	c82a                	sw	a0,16(sp)
804046a2:	853e                	mv	a0,a5
804046a4:	ca3e                	sw	a5,20(sp)
804046a6:	00000097          	auipc	ra,0x0
804046aa:	cf8080e7          	jalr	-776(ra) # 8040439e <div10>
804046ae:	832a                	mv	t1,a0
804046b0:	88ae                	mv	a7,a1
804046b2:	4ea9                	li	t4,10
804046b4:	01b5e763          	bltu	a1,s11,804046c2 <__dtoa_engine+0x2ec>
804046b8:	08bd9863          	bne	s11,a1,80404748 <__dtoa_engine+0x372>
804046bc:	47c2                	lw	a5,16(sp)
804046be:	08f57563          	bgeu	a0,a5,80404748 <__dtoa_engine+0x372>
804046c2:	8522                	mv	a0,s0
804046c4:	85a6                	mv	a1,s1
804046c6:	ce46                	sw	a7,28(sp)
804046c8:	cc1a                	sw	t1,24(sp)
804046ca:	00000097          	auipc	ra,0x0
804046ce:	cd4080e7          	jalr	-812(ra) # 8040439e <div10>
804046d2:	4362                	lw	t1,24(sp)
804046d4:	4ea9                	li	t4,10
804046d6:	001cb693          	seqz	a3,s9
804046da:	026e8833          	mul	a6,t4,t1
804046de:	00d9f9b3          	and	s3,s3,a3
804046e2:	47d2                	lw	a5,20(sp)
804046e4:	48f2                	lw	a7,28(sp)
804046e6:	d66e                	sw	s11,44(sp)
804046e8:	d81a                	sw	t1,48(sp)
804046ea:	da46                	sw	a7,52(sp)
804046ec:	0905                	add	s2,s2,1
804046ee:	84ae                	mv	s1,a1
804046f0:	02ae86b3          	mul	a3,t4,a0
804046f4:	40f80833          	sub	a6,a6,a5
804046f8:	47c2                	lw	a5,16(sp)
804046fa:	00183813          	seqz	a6,a6
804046fe:	010d7d33          	and	s10,s10,a6
80404702:	d43e                	sw	a5,40(sp)
80404704:	40d406b3          	sub	a3,s0,a3
80404708:	0ff6fc93          	zext.b	s9,a3
8040470c:	842a                	mv	s0,a0
8040470e:	b741                	j	8040468e <__dtoa_engine+0x2b8>
80404710:	45a9                	li	a1,10
80404712:	4681                	li	a3,0
80404714:	4785                	li	a5,1
80404716:	4529                	li	a0,10
80404718:	bf89                	j	8040466a <__dtoa_engine+0x294>
8040471a:	030e8f33          	mul	t5,t4,a6
8040471e:	0505                	add	a0,a0,1
80404720:	02beb833          	mulhu	a6,t4,a1
80404724:	02be85b3          	mul	a1,t4,a1
80404728:	987a                	add	a6,a6,t5
8040472a:	0104e663          	bltu	s1,a6,80404736 <__dtoa_engine+0x360>
8040472e:	fe9816e3          	bne	a6,s1,8040471a <__dtoa_engine+0x344>
80404732:	feb474e3          	bgeu	s0,a1,8040471a <__dtoa_engine+0x344>
80404736:	00ab5d63          	bge	s6,a0,80404750 <__dtoa_engine+0x37a>
8040473a:	000b1563          	bnez	s6,80404744 <__dtoa_engine+0x36e>
8040473e:	009465b3          	or	a1,s0,s1
80404742:	c599                	beqz	a1,80404750 <__dtoa_engine+0x37a>
80404744:	4c05                	li	s8,1
80404746:	bfb5                	j	804046c2 <__dtoa_engine+0x2ec>
80404748:	45a9                	li	a1,10
8040474a:	4801                	li	a6,0
8040474c:	4505                	li	a0,1
8040474e:	bff1                	j	8040472a <__dtoa_engine+0x354>
80404750:	060d0763          	beqz	s10,804047be <__dtoa_engine+0x3e8>
80404754:	4da9                	li	s11,10
80404756:	5342                	lw	t1,48(sp)
80404758:	55d2                	lw	a1,52(sp)
8040475a:	851a                	mv	a0,t1
8040475c:	c81a                	sw	t1,16(sp)
8040475e:	00000097          	auipc	ra,0x0
80404762:	c40080e7          	jalr	-960(ra) # 8040439e <div10>
80404766:	ce2e                	sw	a1,28(sp)
80404768:	02ad85b3          	mul	a1,s11,a0
8040476c:	4342                	lw	t1,16(sp)
8040476e:	882a                	mv	a6,a0
80404770:	cc42                	sw	a6,24(sp)
80404772:	04659663          	bne	a1,t1,804047be <__dtoa_engine+0x3e8>
80404776:	5522                	lw	a0,40(sp)
80404778:	55b2                	lw	a1,44(sp)
8040477a:	0905                	add	s2,s2,1
8040477c:	00000097          	auipc	ra,0x0
80404780:	c22080e7          	jalr	-990(ra) # 8040439e <div10>
80404784:	ca2a                	sw	a0,20(sp)
80404786:	c82e                	sw	a1,16(sp)
80404788:	8522                	mv	a0,s0
8040478a:	85a6                	mv	a1,s1
8040478c:	00000097          	auipc	ra,0x0
80404790:	c12080e7          	jalr	-1006(ra) # 8040439e <div10>
80404794:	001cb693          	seqz	a3,s9
80404798:	00d9f9b3          	and	s3,s3,a3
8040479c:	02ad86b3          	mul	a3,s11,a0
804047a0:	4e52                	lw	t3,20(sp)
804047a2:	4342                	lw	t1,16(sp)
804047a4:	4862                	lw	a6,24(sp)
804047a6:	48f2                	lw	a7,28(sp)
804047a8:	d472                	sw	t3,40(sp)
804047aa:	d61a                	sw	t1,44(sp)
804047ac:	d842                	sw	a6,48(sp)
804047ae:	da46                	sw	a7,52(sp)
804047b0:	84ae                	mv	s1,a1
804047b2:	40d406b3          	sub	a3,s0,a3
804047b6:	0ff6fc93          	zext.b	s9,a3
804047ba:	842a                	mv	s0,a0
804047bc:	bf69                	j	80404756 <__dtoa_engine+0x380>
804047be:	9952                	add	s2,s2,s4
804047c0:	0c098863          	beqz	s3,80404890 <__dtoa_engine+0x4ba>
804047c4:	4715                	li	a4,5
804047c6:	0cec9563          	bne	s9,a4,80404890 <__dtoa_engine+0x4ba>
804047ca:	00147713          	and	a4,s0,1
804047ce:	e755                	bnez	a4,8040487a <__dtoa_engine+0x4a4>
804047d0:	000c1963          	bnez	s8,804047e2 <__dtoa_engine+0x40c>
804047d4:	5742                	lw	a4,48(sp)
804047d6:	00871563          	bne	a4,s0,804047e0 <__dtoa_engine+0x40a>
804047da:	5752                	lw	a4,52(sp)
804047dc:	0c970c63          	beq	a4,s1,804048b4 <__dtoa_engine+0x4de>
804047e0:	4701                	li	a4,0
804047e2:	943a                	add	s0,s0,a4
804047e4:	00e435b3          	sltu	a1,s0,a4
804047e8:	95a6                	add	a1,a1,s1
804047ea:	8a2e                	mv	s4,a1
804047ec:	84a2                	mv	s1,s0
804047ee:	4629                	li	a2,10
804047f0:	4681                	li	a3,0
804047f2:	4c05                	li	s8,1
804047f4:	4529                	li	a0,10
804047f6:	00d5e663          	bltu	a1,a3,80404802 <__dtoa_engine+0x42c>
804047fa:	0ab69f63          	bne	a3,a1,804048b8 <__dtoa_engine+0x4e2>
804047fe:	0ac47d63          	bgeu	s0,a2,804048b8 <__dtoa_engine+0x4e2>
80404802:	c329                	beqz	a4,80404844 <__dtoa_engine+0x46e>
80404804:	058b5063          	bge	s6,s8,80404844 <__dtoa_engine+0x46e>
80404808:	47a2                	lw	a5,8(sp)
8040480a:	cf91                	beqz	a5,80404826 <__dtoa_engine+0x450>
8040480c:	4732                	lw	a4,12(sp)
8040480e:	012c07b3          	add	a5,s8,s2
80404812:	00f70b33          	add	s6,a4,a5
80404816:	000b5363          	bgez	s6,8040481c <__dtoa_engine+0x446>
8040481a:	4b01                	li	s6,0
8040481c:	016bd363          	bge	s7,s6,80404822 <__dtoa_engine+0x44c>
80404820:	8b5e                	mv	s6,s7
80404822:	038b5163          	bge	s6,s8,80404844 <__dtoa_engine+0x46e>
80404826:	00540513          	add	a0,s0,5
8040482a:	00853433          	sltu	s0,a0,s0
8040482e:	4629                	li	a2,10
80404830:	4681                	li	a3,0
80404832:	95a2                	add	a1,a1,s0
80404834:	ffffe097          	auipc	ra,0xffffe
80404838:	3f2080e7          	jalr	1010(ra) # 80402c26 <__udivdi3>
8040483c:	84aa                	mv	s1,a0
8040483e:	8a2e                	mv	s4,a1
80404840:	0905                	add	s2,s2,1
80404842:	1c7d                	add	s8,s8,-1
80404844:	87da                	mv	a5,s6
80404846:	016c5363          	bge	s8,s6,8040484c <__dtoa_engine+0x476>
8040484a:	87e2                	mv	a5,s8
8040484c:	01079413          	sll	s0,a5,0x10
80404850:	0942                	sll	s2,s2,0x10
80404852:	8441                	sra	s0,s0,0x10
80404854:	41095913          	sra	s2,s2,0x10
80404858:	9922                	add	s2,s2,s0
8040485a:	008a8b33          	add	s6,s5,s0
8040485e:	197d                	add	s2,s2,-1
80404860:	4b81                	li	s7,0
80404862:	8c5a                	mv	s8,s6
80404864:	1b7d                	add	s6,s6,-1
80404866:	068bc263          	blt	s7,s0,804048ca <__dtoa_engine+0x4f4>
8040486a:	4782                	lw	a5,0(sp)
8040486c:	000c02a3          	sb	zero,5(s8)
80404870:	012aa023          	sw	s2,0(s5)
80404874:	00fa8223          	sb	a5,4(s5)
80404878:	be45                	j	80404428 <__dtoa_engine+0x52>
8040487a:	4705                	li	a4,1
8040487c:	f60c13e3          	bnez	s8,804047e2 <__dtoa_engine+0x40c>
80404880:	5742                	lw	a4,48(sp)
80404882:	00871563          	bne	a4,s0,8040488c <__dtoa_engine+0x4b6>
80404886:	5752                	lw	a4,52(sp)
80404888:	00970c63          	beq	a4,s1,804048a0 <__dtoa_engine+0x4ca>
8040488c:	4705                	li	a4,1
8040488e:	bf91                	j	804047e2 <__dtoa_engine+0x40c>
80404890:	000c1d63          	bnez	s8,804048aa <__dtoa_engine+0x4d4>
80404894:	5742                	lw	a4,48(sp)
80404896:	00871a63          	bne	a4,s0,804048aa <__dtoa_engine+0x4d4>
8040489a:	5752                	lw	a4,52(sp)
8040489c:	00971763          	bne	a4,s1,804048aa <__dtoa_engine+0x4d4>
804048a0:	4792                	lw	a5,4(sp)
804048a2:	4705                	li	a4,1
804048a4:	ff9d                	bnez	a5,804047e2 <__dtoa_engine+0x40c>
804048a6:	f20d0ee3          	beqz	s10,804047e2 <__dtoa_engine+0x40c>
804048aa:	005cb693          	sltiu	a3,s9,5
804048ae:	0016c713          	xor	a4,a3,1
804048b2:	bf05                	j	804047e2 <__dtoa_engine+0x40c>
804048b4:	4c91                	li	s9,4
804048b6:	b7ed                	j	804048a0 <__dtoa_engine+0x4ca>
804048b8:	02d50833          	mul	a6,a0,a3
804048bc:	0c05                	add	s8,s8,1
804048be:	02c536b3          	mulhu	a3,a0,a2
804048c2:	02c50633          	mul	a2,a0,a2
804048c6:	96c2                	add	a3,a3,a6
804048c8:	b73d                	j	804047f6 <__dtoa_engine+0x420>
804048ca:	4629                	li	a2,10
804048cc:	4681                	li	a3,0
804048ce:	8526                	mv	a0,s1
804048d0:	85d2                	mv	a1,s4
804048d2:	ffffe097          	auipc	ra,0xffffe
804048d6:	6b2080e7          	jalr	1714(ra) # 80402f84 <__umoddi3>
804048da:	03050513          	add	a0,a0,48
804048de:	00ab02a3          	sb	a0,5(s6)
804048e2:	85d2                	mv	a1,s4
804048e4:	8526                	mv	a0,s1
804048e6:	4629                	li	a2,10
804048e8:	4681                	li	a3,0
804048ea:	ffffe097          	auipc	ra,0xffffe
804048ee:	33c080e7          	jalr	828(ra) # 80402c26 <__udivdi3>
804048f2:	84aa                	mv	s1,a0
804048f4:	8a2e                	mv	s4,a1
804048f6:	0b85                	add	s7,s7,1
804048f8:	b7b5                	j	80404864 <__dtoa_engine+0x48e>

804048fa <__pow5Factor>:
804048fa:	ccccd737          	lui	a4,0xccccd
804048fe:	333336b7          	lui	a3,0x33333
80404902:	87aa                	mv	a5,a0
80404904:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8af45d>
80404908:	4501                	li	a0,0
8040490a:	ccc70713          	add	a4,a4,-820
8040490e:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80404912:	02c585b3          	mul	a1,a1,a2
80404916:	02e78833          	mul	a6,a5,a4
8040491a:	982e                	add	a6,a6,a1
8040491c:	02c7b5b3          	mulhu	a1,a5,a2
80404920:	95c2                	add	a1,a1,a6
80404922:	02c787b3          	mul	a5,a5,a2
80404926:	00b6e863          	bltu	a3,a1,80404936 <__pow5Factor+0x3c>
8040492a:	00d59463          	bne	a1,a3,80404932 <__pow5Factor+0x38>
8040492e:	00f5e463          	bltu	a1,a5,80404936 <__pow5Factor+0x3c>
80404932:	0505                	add	a0,a0,1
80404934:	bff9                	j	80404912 <__pow5Factor+0x18>
80404936:	8082                	ret

80404938 <__double_computePow5>:
80404938:	fffff317          	auipc	t1,0xfffff
8040493c:	97c302e7          	jalr	t0,-1668(t1) # 804032b4 <__riscv_save_10>
80404940:	47e9                	li	a5,26
80404942:	02f55b33          	divu	s6,a0,a5
80404946:	804069b7          	lui	s3,0x80406
8040494a:	dc098b93          	add	s7,s3,-576 # 80405dc0 <DOUBLE_POW5_SPLIT2>
8040494e:	1101                	add	sp,sp,-32
80404950:	892e                	mv	s2,a1
80404952:	02f577b3          	remu	a5,a0,a5
80404956:	004b1713          	sll	a4,s6,0x4
8040495a:	9bba                	add	s7,s7,a4
8040495c:	e785                	bnez	a5,80404984 <__double_computePow5+0x4c>
8040495e:	000ba703          	lw	a4,0(s7)
80404962:	004ba783          	lw	a5,4(s7)
80404966:	c198                	sw	a4,0(a1)
80404968:	c1dc                	sw	a5,4(a1)
8040496a:	008ba503          	lw	a0,8(s7)
8040496e:	00cba583          	lw	a1,12(s7)
80404972:	00a92423          	sw	a0,8(s2)
80404976:	00b92623          	sw	a1,12(s2)
8040497a:	6105                	add	sp,sp,32
8040497c:	fffff317          	auipc	t1,0xfffff
80404980:	97030067          	jr	-1680(t1) # 804032ec <__riscv_restore_10>
80404984:	dc098993          	add	s3,s3,-576
80404988:	078e                	sll	a5,a5,0x3
8040498a:	97ce                	add	a5,a5,s3
8040498c:	0d07aa03          	lw	s4,208(a5)
80404990:	0d47aa83          	lw	s5,212(a5)
80404994:	008ba603          	lw	a2,8(s7)
80404998:	00cba683          	lw	a3,12(s7)
8040499c:	0818                	add	a4,sp,16
8040499e:	85d6                	mv	a1,s5
804049a0:	842a                	mv	s0,a0
804049a2:	8552                	mv	a0,s4
804049a4:	00000097          	auipc	ra,0x0
804049a8:	216080e7          	jalr	534(ra) # 80404bba <__umul128>
804049ac:	000ba603          	lw	a2,0(s7)
804049b0:	004ba683          	lw	a3,4(s7)
804049b4:	84aa                	mv	s1,a0
804049b6:	8c2e                	mv	s8,a1
804049b8:	0838                	add	a4,sp,24
804049ba:	8552                	mv	a0,s4
804049bc:	85d6                	mv	a1,s5
804049be:	00000097          	auipc	ra,0x0
804049c2:	1fc080e7          	jalr	508(ra) # 80404bba <__umul128>
804049c6:	47e2                	lw	a5,24(sp)
804049c8:	4772                	lw	a4,28(sp)
804049ca:	8aaa                	mv	s5,a0
804049cc:	94be                	add	s1,s1,a5
804049ce:	00f4ba33          	sltu	s4,s1,a5
804049d2:	9c3a                	add	s8,s8,a4
804049d4:	9a62                	add	s4,s4,s8
804049d6:	00ea6663          	bltu	s4,a4,804049e2 <__double_computePow5+0xaa>
804049da:	01471d63          	bne	a4,s4,804049f4 <__double_computePow5+0xbc>
804049de:	00f4fb63          	bgeu	s1,a5,804049f4 <__double_computePow5+0xbc>
804049e2:	47c2                	lw	a5,16(sp)
804049e4:	46d2                	lw	a3,20(sp)
804049e6:	00178713          	add	a4,a5,1
804049ea:	00f737b3          	sltu	a5,a4,a5
804049ee:	97b6                	add	a5,a5,a3
804049f0:	c83a                	sw	a4,16(sp)
804049f2:	ca3e                	sw	a5,20(sp)
804049f4:	8522                	mv	a0,s0
804049f6:	c62e                	sw	a1,12(sp)
804049f8:	00000097          	auipc	ra,0x0
804049fc:	1b0080e7          	jalr	432(ra) # 80404ba8 <__pow5bits>
80404a00:	8baa                	mv	s7,a0
80404a02:	4569                	li	a0,26
80404a04:	02ab0533          	mul	a0,s6,a0
80404a08:	00000097          	auipc	ra,0x0
80404a0c:	1a0080e7          	jalr	416(ra) # 80404ba8 <__pow5bits>
80404a10:	45b2                	lw	a1,12(sp)
80404a12:	40ab8733          	sub	a4,s7,a0
80404a16:	8626                	mv	a2,s1
80404a18:	86d2                	mv	a3,s4
80404a1a:	8556                	mv	a0,s5
80404a1c:	c43a                	sw	a4,8(sp)
80404a1e:	00000097          	auipc	ra,0x0
80404a22:	1e8080e7          	jalr	488(ra) # 80404c06 <__shiftright128>
80404a26:	00445793          	srl	a5,s0,0x4
80404a2a:	078a                	sll	a5,a5,0x2
80404a2c:	99be                	add	s3,s3,a5
80404a2e:	1a09a783          	lw	a5,416(s3)
80404a32:	0406                	sll	s0,s0,0x1
80404a34:	8879                	and	s0,s0,30
80404a36:	0087d7b3          	srl	a5,a5,s0
80404a3a:	8b8d                	and	a5,a5,3
80404a3c:	953e                	add	a0,a0,a5
80404a3e:	00f537b3          	sltu	a5,a0,a5
80404a42:	4722                	lw	a4,8(sp)
80404a44:	4642                	lw	a2,16(sp)
80404a46:	46d2                	lw	a3,20(sp)
80404a48:	97ae                	add	a5,a5,a1
80404a4a:	00a92023          	sw	a0,0(s2)
80404a4e:	00f92223          	sw	a5,4(s2)
80404a52:	8526                	mv	a0,s1
80404a54:	85d2                	mv	a1,s4
80404a56:	00000097          	auipc	ra,0x0
80404a5a:	1b0080e7          	jalr	432(ra) # 80404c06 <__shiftright128>
80404a5e:	bf11                	j	80404972 <__double_computePow5+0x3a>

80404a60 <__double_computeInvPow5>:
80404a60:	fffff317          	auipc	t1,0xfffff
80404a64:	854302e7          	jalr	t0,-1964(t1) # 804032b4 <__riscv_save_10>
80404a68:	4b69                	li	s6,26
80404a6a:	01950793          	add	a5,a0,25
80404a6e:	0367d7b3          	divu	a5,a5,s6
80404a72:	80406ab7          	lui	s5,0x80406
80404a76:	dc0a8493          	add	s1,s5,-576 # 80405dc0 <DOUBLE_POW5_SPLIT2>
80404a7a:	1f848493          	add	s1,s1,504
80404a7e:	1101                	add	sp,sp,-32
80404a80:	8a2e                	mv	s4,a1
80404a82:	03678b33          	mul	s6,a5,s6
80404a86:	0792                	sll	a5,a5,0x4
80404a88:	94be                	add	s1,s1,a5
80404a8a:	40ab0733          	sub	a4,s6,a0
80404a8e:	02ab1163          	bne	s6,a0,80404ab0 <__double_computeInvPow5+0x50>
80404a92:	4098                	lw	a4,0(s1)
80404a94:	40dc                	lw	a5,4(s1)
80404a96:	c198                	sw	a4,0(a1)
80404a98:	c1dc                	sw	a5,4(a1)
80404a9a:	4488                	lw	a0,8(s1)
80404a9c:	44cc                	lw	a1,12(s1)
80404a9e:	00aa2423          	sw	a0,8(s4)
80404aa2:	00ba2623          	sw	a1,12(s4)
80404aa6:	6105                	add	sp,sp,32
80404aa8:	fffff317          	auipc	t1,0xfffff
80404aac:	84430067          	jr	-1980(t1) # 804032ec <__riscv_restore_10>
80404ab0:	dc0a8a93          	add	s5,s5,-576
80404ab4:	070e                	sll	a4,a4,0x3
80404ab6:	9756                	add	a4,a4,s5
80404ab8:	0d072903          	lw	s2,208(a4)
80404abc:	0d472983          	lw	s3,212(a4)
80404ac0:	4490                	lw	a2,8(s1)
80404ac2:	44d4                	lw	a3,12(s1)
80404ac4:	0818                	add	a4,sp,16
80404ac6:	85ce                	mv	a1,s3
80404ac8:	842a                	mv	s0,a0
80404aca:	854a                	mv	a0,s2
80404acc:	00000097          	auipc	ra,0x0
80404ad0:	0ee080e7          	jalr	238(ra) # 80404bba <__umul128>
80404ad4:	4090                	lw	a2,0(s1)
80404ad6:	40d4                	lw	a3,4(s1)
80404ad8:	8c2a                	mv	s8,a0
80404ada:	00163793          	seqz	a5,a2
80404ade:	8bae                	mv	s7,a1
80404ae0:	0838                	add	a4,sp,24
80404ae2:	8e9d                	sub	a3,a3,a5
80404ae4:	854a                	mv	a0,s2
80404ae6:	85ce                	mv	a1,s3
80404ae8:	167d                	add	a2,a2,-1
80404aea:	00000097          	auipc	ra,0x0
80404aee:	0d0080e7          	jalr	208(ra) # 80404bba <__umul128>
80404af2:	47e2                	lw	a5,24(sp)
80404af4:	4772                	lw	a4,28(sp)
80404af6:	89aa                	mv	s3,a0
80404af8:	9c3e                	add	s8,s8,a5
80404afa:	00fc3933          	sltu	s2,s8,a5
80404afe:	9bba                	add	s7,s7,a4
80404b00:	995e                	add	s2,s2,s7
80404b02:	00e96663          	bltu	s2,a4,80404b0e <__double_computeInvPow5+0xae>
80404b06:	01271d63          	bne	a4,s2,80404b20 <__double_computeInvPow5+0xc0>
80404b0a:	00fc7b63          	bgeu	s8,a5,80404b20 <__double_computeInvPow5+0xc0>
80404b0e:	47c2                	lw	a5,16(sp)
80404b10:	46d2                	lw	a3,20(sp)
80404b12:	00178713          	add	a4,a5,1
80404b16:	00f737b3          	sltu	a5,a4,a5
80404b1a:	97b6                	add	a5,a5,a3
80404b1c:	c83a                	sw	a4,16(sp)
80404b1e:	ca3e                	sw	a5,20(sp)
80404b20:	855a                	mv	a0,s6
80404b22:	c62e                	sw	a1,12(sp)
80404b24:	00000097          	auipc	ra,0x0
80404b28:	084080e7          	jalr	132(ra) # 80404ba8 <__pow5bits>
80404b2c:	8b2a                	mv	s6,a0
80404b2e:	8522                	mv	a0,s0
80404b30:	00000097          	auipc	ra,0x0
80404b34:	078080e7          	jalr	120(ra) # 80404ba8 <__pow5bits>
80404b38:	45b2                	lw	a1,12(sp)
80404b3a:	40ab0733          	sub	a4,s6,a0
80404b3e:	8662                	mv	a2,s8
80404b40:	86ca                	mv	a3,s2
80404b42:	854e                	mv	a0,s3
80404b44:	c43a                	sw	a4,8(sp)
80404b46:	00000097          	auipc	ra,0x0
80404b4a:	0c0080e7          	jalr	192(ra) # 80404c06 <__shiftright128>
80404b4e:	00445793          	srl	a5,s0,0x4
80404b52:	078a                	sll	a5,a5,0x2
80404b54:	9abe                	add	s5,s5,a5
80404b56:	2e8aa783          	lw	a5,744(s5)
80404b5a:	0406                	sll	s0,s0,0x1
80404b5c:	8879                	and	s0,s0,30
80404b5e:	0087d7b3          	srl	a5,a5,s0
80404b62:	8b8d                	and	a5,a5,3
80404b64:	0785                	add	a5,a5,1
80404b66:	953e                	add	a0,a0,a5
80404b68:	00f537b3          	sltu	a5,a0,a5
80404b6c:	4722                	lw	a4,8(sp)
80404b6e:	4642                	lw	a2,16(sp)
80404b70:	46d2                	lw	a3,20(sp)
80404b72:	97ae                	add	a5,a5,a1
80404b74:	00aa2023          	sw	a0,0(s4)
80404b78:	00fa2223          	sw	a5,4(s4)
80404b7c:	8562                	mv	a0,s8
80404b7e:	85ca                	mv	a1,s2
80404b80:	00000097          	auipc	ra,0x0
80404b84:	086080e7          	jalr	134(ra) # 80404c06 <__shiftright128>
80404b88:	bf19                	j	80404a9e <__double_computeInvPow5+0x3e>

80404b8a <__log10Pow2>:
80404b8a:	67cd                	lui	a5,0x13
80404b8c:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80404b90:	02f50533          	mul	a0,a0,a5
80404b94:	8149                	srl	a0,a0,0x12
80404b96:	8082                	ret

80404b98 <__log10Pow5>:
80404b98:	000b37b7          	lui	a5,0xb3
80404b9c:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80404ba0:	02f50533          	mul	a0,a0,a5
80404ba4:	8151                	srl	a0,a0,0x14
80404ba6:	8082                	ret

80404ba8 <__pow5bits>:
80404ba8:	001297b7          	lui	a5,0x129
80404bac:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80404bb0:	02f50533          	mul	a0,a0,a5
80404bb4:	814d                	srl	a0,a0,0x13
80404bb6:	0505                	add	a0,a0,1
80404bb8:	8082                	ret

80404bba <__umul128>:
80404bba:	02c537b3          	mulhu	a5,a0,a2
80404bbe:	832e                	mv	t1,a1
80404bc0:	02c585b3          	mul	a1,a1,a2
80404bc4:	02c33833          	mulhu	a6,t1,a2
80404bc8:	95be                	add	a1,a1,a5
80404bca:	00f5b7b3          	sltu	a5,a1,a5
80404bce:	97c2                	add	a5,a5,a6
80404bd0:	02a68833          	mul	a6,a3,a0
80404bd4:	02a6b8b3          	mulhu	a7,a3,a0
80404bd8:	95c2                	add	a1,a1,a6
80404bda:	0105b833          	sltu	a6,a1,a6
80404bde:	98c2                	add	a7,a7,a6
80404be0:	02d30833          	mul	a6,t1,a3
80404be4:	02d33333          	mulhu	t1,t1,a3
80404be8:	983e                	add	a6,a6,a5
80404bea:	011806b3          	add	a3,a6,a7
80404bee:	00f837b3          	sltu	a5,a6,a5
80404bf2:	0106b833          	sltu	a6,a3,a6
80404bf6:	c314                	sw	a3,0(a4)
80404bf8:	979a                	add	a5,a5,t1
80404bfa:	983e                	add	a6,a6,a5
80404bfc:	02c50533          	mul	a0,a0,a2
80404c00:	01072223          	sw	a6,4(a4)
80404c04:	8082                	ret

80404c06 <__shiftright128>:
80404c06:	ffffe317          	auipc	t1,0xffffe
80404c0a:	6bc302e7          	jalr	t0,1724(t1) # 804032c2 <__riscv_save_4>
80404c0e:	8a2a                	mv	s4,a0
80404c10:	8532                	mv	a0,a2
80404c12:	04000613          	li	a2,64
80404c16:	8e19                	sub	a2,a2,a4
80404c18:	89ae                	mv	s3,a1
80404c1a:	85b6                	mv	a1,a3
80404c1c:	843a                	mv	s0,a4
80404c1e:	ffffe097          	auipc	ra,0xffffe
80404c22:	f7a080e7          	jalr	-134(ra) # 80402b98 <__ashldi3>
80404c26:	892a                	mv	s2,a0
80404c28:	84ae                	mv	s1,a1
80404c2a:	8622                	mv	a2,s0
80404c2c:	8552                	mv	a0,s4
80404c2e:	85ce                	mv	a1,s3
80404c30:	ffffe097          	auipc	ra,0xffffe
80404c34:	f40080e7          	jalr	-192(ra) # 80402b70 <__lshrdi3>
80404c38:	00a96533          	or	a0,s2,a0
80404c3c:	8dc5                	or	a1,a1,s1
80404c3e:	ffffe317          	auipc	t1,0xffffe
80404c42:	6b830067          	jr	1720(t1) # 804032f6 <__riscv_restore_4>

80404c46 <strnlen>:
80404c46:	95aa                	add	a1,a1,a0
80404c48:	87aa                	mv	a5,a0
80404c4a:	00b78563          	beq	a5,a1,80404c54 <strnlen+0xe>
80404c4e:	0007c703          	lbu	a4,0(a5)
80404c52:	e701                	bnez	a4,80404c5a <strnlen+0x14>
80404c54:	40a78533          	sub	a0,a5,a0
80404c58:	8082                	ret
80404c5a:	0785                	add	a5,a5,1
80404c5c:	b7fd                	j	80404c4a <strnlen+0x4>
