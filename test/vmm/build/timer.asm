
build/timer.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00006117          	auipc	sp,0x6
80400004:	45010113          	add	sp,sp,1104 # 80406450 <__image_end>
80400008:	00001297          	auipc	t0,0x1
8040000c:	ff828293          	add	t0,t0,-8 # 80401000 <user_args>
80400010:	00002317          	auipc	t1,0x2
80400014:	44030313          	add	t1,t1,1088 # 80402450 <__bss_end>
80400018:	0062f663          	bgeu	t0,t1,80400024 <_start+0x24>
8040001c:	0002a023          	sw	zero,0(t0)
80400020:	0291                	add	t0,t0,4
80400022:	bfdd                	j	80400018 <_start+0x18>
80400024:	00000297          	auipc	t0,0x0
80400028:	44428293          	add	t0,t0,1092 # 80400468 <s_trap_entry>
8040002c:	10529073          	csrw	stvec,t0
80400030:	00002297          	auipc	t0,0x2
80400034:	00028293          	mv	t0,t0
80400038:	14029073          	csrw	sscratch,t0
8040003c:	2ab000ef          	jal	80400ae6 <probe_start>
	...

80400042 <arm>:
80400042:	804017b7          	lui	a5,0x80401
80400046:	00a7a423          	sw	a0,8(a5) # 80401008 <deadline>
8040004a:	00b7a623          	sw	a1,12(a5)
8040004e:	804017b7          	lui	a5,0x80401
80400052:	0147a783          	lw	a5,20(a5) # 80401014 <legacy>
80400056:	1101                	add	sp,sp,-32
80400058:	ce06                	sw	ra,28(sp)
8040005a:	c39d                	beqz	a5,80400080 <arm+0x3e>
8040005c:	862a                	mv	a2,a0
8040005e:	86ae                	mv	a3,a1
80400060:	4701                	li	a4,0
80400062:	4581                	li	a1,0
80400064:	4501                	li	a0,0
80400066:	2dad                	jal	804006e0 <sbi_call>
80400068:	c42a                	sw	a0,8(sp)
8040006a:	4522                	lw	a0,8(sp)
8040006c:	40f2                	lw	ra,28(sp)
8040006e:	c62e                	sw	a1,12(sp)
80400070:	80401637          	lui	a2,0x80401
80400074:	b0c60613          	add	a2,a2,-1268 # 80400b0c <probe_start+0x26>
80400078:	4581                	li	a1,0
8040007a:	6105                	add	sp,sp,32
8040007c:	1150006f          	j	80400990 <check_eq>
80400080:	12f000ef          	jal	804009ae <set_timer>
80400084:	c42a                	sw	a0,8(sp)
80400086:	4522                	lw	a0,8(sp)
80400088:	40f2                	lw	ra,28(sp)
8040008a:	c62e                	sw	a1,12(sp)
8040008c:	80401637          	lui	a2,0x80401
80400090:	b0c60613          	add	a2,a2,-1268 # 80400b0c <probe_start+0x26>
80400094:	4581                	li	a1,0
80400096:	6105                	add	sp,sp,32
80400098:	0f90006f          	j	80400990 <check_eq>

8040009c <take_ticks>:
8040009c:	1101                	add	sp,sp,-32
8040009e:	ca26                	sw	s1,20(sp)
804000a0:	804014b7          	lui	s1,0x80401
804000a4:	0004ac23          	sw	zero,24(s1) # 80401018 <ticks>
804000a8:	804017b7          	lui	a5,0x80401
804000ac:	00b7aa23          	sw	a1,20(a5) # 80401014 <legacy>
804000b0:	804017b7          	lui	a5,0x80401
804000b4:	cc22                	sw	s0,24(sp)
804000b6:	ce06                	sw	ra,28(sp)
804000b8:	c84a                	sw	s2,16(sp)
804000ba:	c64e                	sw	s3,12(sp)
804000bc:	842a                	mv	s0,a0
804000be:	00d7a823          	sw	a3,16(a5) # 80401010 <want_vector>
804000c2:	10561073          	csrw	stvec,a2
804000c6:	804007b7          	lui	a5,0x80400
804000ca:	80401937          	lui	s2,0x80401
804000ce:	16478793          	add	a5,a5,356 # 80400164 <s_tick>
804000d2:	02f92023          	sw	a5,32(s2) # 80401020 <irq_handler>
804000d6:	02000993          	li	s3,32
804000da:	1049a073          	csrs	sie,s3
804000de:	0bf000ef          	jal	8040099c <time_now>
804000e2:	6709                	lui	a4,0x2
804000e4:	71070713          	add	a4,a4,1808 # 2710 <__stack_size-0x18f0>
804000e8:	87aa                	mv	a5,a0
804000ea:	953a                	add	a0,a0,a4
804000ec:	00f537b3          	sltu	a5,a0,a5
804000f0:	95be                	add	a1,a1,a5
804000f2:	3f81                	jal	80400042 <arm>
804000f4:	0a9000ef          	jal	8040099c <time_now>
804000f8:	013137b7          	lui	a5,0x1313
804000fc:	d0078793          	add	a5,a5,-768 # 1312d00 <__stack_size+0x130ed00>
80400100:	00f50633          	add	a2,a0,a5
80400104:	4595                	li	a1,5
80400106:	01848513          	add	a0,s1,24
8040010a:	2b5d                	jal	804006c0 <spin_until>
8040010c:	1049b073          	csrc	sie,s3
80400110:	804007b7          	lui	a5,0x80400
80400114:	02092023          	sw	zero,32(s2)
80400118:	46878793          	add	a5,a5,1128 # 80400468 <s_trap_entry>
8040011c:	10579073          	csrw	stvec,a5
80400120:	0184a503          	lw	a0,24(s1)
80400124:	8622                	mv	a2,s0
80400126:	4585                	li	a1,1
80400128:	00553513          	sltiu	a0,a0,5
8040012c:	00154513          	xor	a0,a0,1
80400130:	061000ef          	jal	80400990 <check_eq>
80400134:	14402573          	csrr	a0,sip
80400138:	80401637          	lui	a2,0x80401
8040013c:	b1860613          	add	a2,a2,-1256 # 80400b18 <probe_start+0x32>
80400140:	4581                	li	a1,0
80400142:	02057513          	and	a0,a0,32
80400146:	04b000ef          	jal	80400990 <check_eq>
8040014a:	8522                	mv	a0,s0
8040014c:	2365                	jal	804006f4 <print>
8040014e:	4462                	lw	s0,24(sp)
80400150:	40f2                	lw	ra,28(sp)
80400152:	44d2                	lw	s1,20(sp)
80400154:	4942                	lw	s2,16(sp)
80400156:	49b2                	lw	s3,12(sp)
80400158:	80401537          	lui	a0,0x80401
8040015c:	b3450513          	add	a0,a0,-1228 # 80400b34 <probe_start+0x4e>
80400160:	6105                	add	sp,sp,32
80400162:	ab49                	j	804006f4 <print>

80400164 <s_tick>:
80400164:	1141                	add	sp,sp,-16
80400166:	87ae                	mv	a5,a1
80400168:	80401637          	lui	a2,0x80401
8040016c:	800005b7          	lui	a1,0x80000
80400170:	c422                	sw	s0,8(sp)
80400172:	b4860613          	add	a2,a2,-1208 # 80400b48 <probe_start+0x62>
80400176:	842a                	mv	s0,a0
80400178:	0595                	add	a1,a1,5 # 80000005 <__stack_size+0x7fffc005>
8040017a:	853e                	mv	a0,a5
8040017c:	c606                	sw	ra,12(sp)
8040017e:	013000ef          	jal	80400990 <check_eq>
80400182:	804017b7          	lui	a5,0x80401
80400186:	0107a583          	lw	a1,16(a5) # 80401010 <want_vector>
8040018a:	4008                	lw	a0,0(s0)
8040018c:	80401637          	lui	a2,0x80401
80400190:	b5860613          	add	a2,a2,-1192 # 80400b58 <probe_start+0x72>
80400194:	7fc000ef          	jal	80400990 <check_eq>
80400198:	10002573          	csrr	a0,sstatus
8040019c:	80401637          	lui	a2,0x80401
804001a0:	b6860613          	add	a2,a2,-1176 # 80400b68 <probe_start+0x82>
804001a4:	10000593          	li	a1,256
804001a8:	10057513          	and	a0,a0,256
804001ac:	7e4000ef          	jal	80400990 <check_eq>
804001b0:	14102773          	csrr	a4,sepc
804001b4:	804007b7          	lui	a5,0x80400
804001b8:	6c078793          	add	a5,a5,1728 # 804006c0 <spin_until>
804001bc:	4501                	li	a0,0
804001be:	00f76863          	bltu	a4,a5,804001ce <s_tick+0x6a>
804001c2:	80400537          	lui	a0,0x80400
804001c6:	6dc50513          	add	a0,a0,1756 # 804006dc <spin_until_end>
804001ca:	00a73533          	sltu	a0,a4,a0
804001ce:	804015b7          	lui	a1,0x80401
804001d2:	b7c58593          	add	a1,a1,-1156 # 80400b7c <probe_start+0x96>
804001d6:	7ae000ef          	jal	80400984 <check>
804001da:	7c2000ef          	jal	8040099c <time_now>
804001de:	804017b7          	lui	a5,0x80401
804001e2:	0087a603          	lw	a2,8(a5) # 80401008 <deadline>
804001e6:	00c7a683          	lw	a3,12(a5)
804001ea:	87aa                	mv	a5,a0
804001ec:	4505                	li	a0,1
804001ee:	02d5ee63          	bltu	a1,a3,8040022a <s_tick+0xc6>
804001f2:	02b68a63          	beq	a3,a1,80400226 <s_tick+0xc2>
804001f6:	804015b7          	lui	a1,0x80401
804001fa:	b9858593          	add	a1,a1,-1128 # 80400b98 <probe_start+0xb2>
804001fe:	786000ef          	jal	80400984 <check>
80400202:	804017b7          	lui	a5,0x80401
80400206:	0187a703          	lw	a4,24(a5) # 80401018 <ticks>
8040020a:	4691                	li	a3,4
8040020c:	557d                	li	a0,-1
8040020e:	0705                	add	a4,a4,1
80400210:	00e7ac23          	sw	a4,24(a5)
80400214:	0187a783          	lw	a5,24(a5)
80400218:	55fd                	li	a1,-1
8040021a:	00f6fa63          	bgeu	a3,a5,8040022e <s_tick+0xca>
8040021e:	4422                	lw	s0,8(sp)
80400220:	40b2                	lw	ra,12(sp)
80400222:	0141                	add	sp,sp,16
80400224:	bd39                	j	80400042 <arm>
80400226:	fcc7f8e3          	bgeu	a5,a2,804001f6 <s_tick+0x92>
8040022a:	4501                	li	a0,0
8040022c:	b7e9                	j	804001f6 <s_tick+0x92>
8040022e:	76e000ef          	jal	8040099c <time_now>
80400232:	6709                	lui	a4,0x2
80400234:	4422                	lw	s0,8(sp)
80400236:	71070713          	add	a4,a4,1808 # 2710 <__stack_size-0x18f0>
8040023a:	40b2                	lw	ra,12(sp)
8040023c:	972a                	add	a4,a4,a0
8040023e:	00a737b3          	sltu	a5,a4,a0
80400242:	853a                	mv	a0,a4
80400244:	95be                	add	a1,a1,a5
80400246:	0141                	add	sp,sp,16
80400248:	bbed                	j	80400042 <arm>

8040024a <u_tick>:
8040024a:	1141                	add	sp,sp,-16
8040024c:	87ae                	mv	a5,a1
8040024e:	80401637          	lui	a2,0x80401
80400252:	800005b7          	lui	a1,0x80000
80400256:	c422                	sw	s0,8(sp)
80400258:	bbc60613          	add	a2,a2,-1092 # 80400bbc <probe_start+0xd6>
8040025c:	842a                	mv	s0,a0
8040025e:	0595                	add	a1,a1,5 # 80000005 <__stack_size+0x7fffc005>
80400260:	853e                	mv	a0,a5
80400262:	c606                	sw	ra,12(sp)
80400264:	72c000ef          	jal	80400990 <check_eq>
80400268:	4008                	lw	a0,0(s0)
8040026a:	80401637          	lui	a2,0x80401
8040026e:	bd060613          	add	a2,a2,-1072 # 80400bd0 <probe_start+0xea>
80400272:	55fd                	li	a1,-1
80400274:	71c000ef          	jal	80400990 <check_eq>
80400278:	10002573          	csrr	a0,sstatus
8040027c:	80401637          	lui	a2,0x80401
80400280:	be460613          	add	a2,a2,-1052 # 80400be4 <probe_start+0xfe>
80400284:	4581                	li	a1,0
80400286:	10057513          	and	a0,a0,256
8040028a:	706000ef          	jal	80400990 <check_eq>
8040028e:	14102773          	csrr	a4,sepc
80400292:	804007b7          	lui	a5,0x80400
80400296:	6a478793          	add	a5,a5,1700 # 804006a4 <user_wait>
8040029a:	4501                	li	a0,0
8040029c:	00f76863          	bltu	a4,a5,804002ac <u_tick+0x62>
804002a0:	80400537          	lui	a0,0x80400
804002a4:	6bc50513          	add	a0,a0,1724 # 804006bc <user_wait_end>
804002a8:	00a73533          	sltu	a0,a4,a0
804002ac:	804015b7          	lui	a1,0x80401
804002b0:	bf858593          	add	a1,a1,-1032 # 80400bf8 <probe_start+0x112>
804002b4:	6d0000ef          	jal	80400984 <check>
804002b8:	6e4000ef          	jal	8040099c <time_now>
804002bc:	804017b7          	lui	a5,0x80401
804002c0:	0087a603          	lw	a2,8(a5) # 80401008 <deadline>
804002c4:	00c7a683          	lw	a3,12(a5)
804002c8:	87aa                	mv	a5,a0
804002ca:	4505                	li	a0,1
804002cc:	02d5ee63          	bltu	a1,a3,80400308 <u_tick+0xbe>
804002d0:	02b68a63          	beq	a3,a1,80400304 <u_tick+0xba>
804002d4:	804015b7          	lui	a1,0x80401
804002d8:	c1858593          	add	a1,a1,-1000 # 80400c18 <probe_start+0x132>
804002dc:	6a8000ef          	jal	80400984 <check>
804002e0:	80401737          	lui	a4,0x80401
804002e4:	01872783          	lw	a5,24(a4) # 80401018 <ticks>
804002e8:	4422                	lw	s0,8(sp)
804002ea:	40b2                	lw	ra,12(sp)
804002ec:	0785                	add	a5,a5,1
804002ee:	00f72c23          	sw	a5,24(a4)
804002f2:	804016b7          	lui	a3,0x80401
804002f6:	4785                	li	a5,1
804002f8:	00f6a023          	sw	a5,0(a3) # 80401000 <user_args>
804002fc:	557d                	li	a0,-1
804002fe:	55fd                	li	a1,-1
80400300:	0141                	add	sp,sp,16
80400302:	b381                	j	80400042 <arm>
80400304:	fcc7f8e3          	bgeu	a5,a2,804002d4 <u_tick+0x8a>
80400308:	4501                	li	a0,0
8040030a:	b7e9                	j	804002d4 <u_tick+0x8a>

8040030c <probe_main>:
8040030c:	1101                	add	sp,sp,-32
8040030e:	ca26                	sw	s1,20(sp)
80400310:	80401537          	lui	a0,0x80401
80400314:	804004b7          	lui	s1,0x80400
80400318:	46848613          	add	a2,s1,1128 # 80400468 <s_trap_entry>
8040031c:	c4450513          	add	a0,a0,-956 # 80400c44 <probe_start+0x15e>
80400320:	56fd                	li	a3,-1
80400322:	4581                	li	a1,0
80400324:	ce06                	sw	ra,28(sp)
80400326:	cc22                	sw	s0,24(sp)
80400328:	c84a                	sw	s2,16(sp)
8040032a:	c64e                	sw	s3,12(sp)
8040032c:	3b85                	jal	8040009c <take_ticks>
8040032e:	80401537          	lui	a0,0x80401
80400332:	46848613          	add	a2,s1,1128
80400336:	c5450513          	add	a0,a0,-940 # 80400c54 <probe_start+0x16e>
8040033a:	56fd                	li	a3,-1
8040033c:	4585                	li	a1,1
8040033e:	80400437          	lui	s0,0x80400
80400342:	3ba9                	jal	8040009c <take_ticks>
80400344:	48040413          	add	s0,s0,1152 # 80400480 <s_trap_vectors>
80400348:	00146413          	or	s0,s0,1
8040034c:	80401537          	lui	a0,0x80401
80400350:	4695                	li	a3,5
80400352:	8622                	mv	a2,s0
80400354:	4581                	li	a1,0
80400356:	c6850513          	add	a0,a0,-920 # 80400c68 <probe_start+0x182>
8040035a:	46848493          	add	s1,s1,1128
8040035e:	3b3d                	jal	8040009c <take_ticks>
80400360:	10541073          	csrw	stvec,s0
80400364:	2585                	jal	804009c4 <expect_trap>
80400366:	300022f3          	csrr	t0,mstatus
8040036a:	10549073          	csrw	stvec,s1
8040036e:	80401637          	lui	a2,0x80401
80400372:	300025b7          	lui	a1,0x30002
80400376:	c8860613          	add	a2,a2,-888 # 80400c88 <probe_start+0x1a2>
8040037a:	2f358593          	add	a1,a1,755 # 300022f3 <__stack_size+0x2fffe2f3>
8040037e:	4509                	li	a0,2
80400380:	2da9                	jal	804009da <check_trap>
80400382:	804027b7          	lui	a5,0x80402
80400386:	43078793          	add	a5,a5,1072 # 80402430 <last_trap>
8040038a:	4b88                	lw	a0,16(a5)
8040038c:	80401637          	lui	a2,0x80401
80400390:	ca460613          	add	a2,a2,-860 # 80400ca4 <probe_start+0x1be>
80400394:	4581                	li	a1,0
80400396:	2bed                	jal	80400990 <check_eq>
80400398:	80401537          	lui	a0,0x80401
8040039c:	cb850513          	add	a0,a0,-840 # 80400cb8 <probe_start+0x1d2>
804003a0:	2e91                	jal	804006f4 <print>
804003a2:	80401437          	lui	s0,0x80401
804003a6:	00042c23          	sw	zero,24(s0) # 80401018 <ticks>
804003aa:	804017b7          	lui	a5,0x80401
804003ae:	804019b7          	lui	s3,0x80401
804003b2:	00098493          	mv	s1,s3
804003b6:	0007aa23          	sw	zero,20(a5) # 80401014 <legacy>
804003ba:	0004a023          	sw	zero,0(s1)
804003be:	2bf9                	jal	8040099c <time_now>
804003c0:	013137b7          	lui	a5,0x1313
804003c4:	d0078793          	add	a5,a5,-768 # 1312d00 <__stack_size+0x130ed00>
804003c8:	953e                	add	a0,a0,a5
804003ca:	804007b7          	lui	a5,0x80400
804003ce:	c0c8                	sw	a0,4(s1)
804003d0:	24a78793          	add	a5,a5,586 # 8040024a <u_tick>
804003d4:	804014b7          	lui	s1,0x80401
804003d8:	02f4a023          	sw	a5,32(s1) # 80401020 <irq_handler>
804003dc:	4789                	li	a5,2
804003de:	10679073          	csrw	scounteren,a5
804003e2:	02200793          	li	a5,34
804003e6:	1007b073          	csrc	sstatus,a5
804003ea:	02000913          	li	s2,32
804003ee:	10492073          	csrs	sie,s2
804003f2:	236d                	jal	8040099c <time_now>
804003f4:	87aa                	mv	a5,a0
804003f6:	6509                	lui	a0,0x2
804003f8:	71050513          	add	a0,a0,1808 # 2710 <__stack_size-0x18f0>
804003fc:	953e                	add	a0,a0,a5
804003fe:	00f537b3          	sltu	a5,a0,a5
80400402:	95be                	add	a1,a1,a5
80400404:	393d                	jal	80400042 <arm>
80400406:	80400537          	lui	a0,0x80400
8040040a:	00098593          	mv	a1,s3
8040040e:	6a450513          	add	a0,a0,1700 # 804006a4 <user_wait>
80400412:	2511                	jal	80400a16 <run_user>
80400414:	10493073          	csrc	sie,s2
80400418:	4781                	li	a5,0
8040041a:	10679073          	csrw	scounteren,a5
8040041e:	80401637          	lui	a2,0x80401
80400422:	ce860613          	add	a2,a2,-792 # 80400ce8 <probe_start+0x202>
80400426:	45a1                	li	a1,8
80400428:	0204a023          	sw	zero,32(s1)
8040042c:	2395                	jal	80400990 <check_eq>
8040042e:	01842503          	lw	a0,24(s0)
80400432:	80401637          	lui	a2,0x80401
80400436:	d0060613          	add	a2,a2,-768 # 80400d00 <probe_start+0x21a>
8040043a:	4585                	li	a1,1
8040043c:	2b91                	jal	80400990 <check_eq>
8040043e:	14402573          	csrr	a0,sip
80400442:	80401637          	lui	a2,0x80401
80400446:	02057513          	and	a0,a0,32
8040044a:	b1860613          	add	a2,a2,-1256 # 80400b18 <probe_start+0x32>
8040044e:	4581                	li	a1,0
80400450:	2381                	jal	80400990 <check_eq>
80400452:	4462                	lw	s0,24(sp)
80400454:	40f2                	lw	ra,28(sp)
80400456:	44d2                	lw	s1,20(sp)
80400458:	4942                	lw	s2,16(sp)
8040045a:	49b2                	lw	s3,12(sp)
8040045c:	80401537          	lui	a0,0x80401
80400460:	d1850513          	add	a0,a0,-744 # 80400d18 <probe_start+0x232>
80400464:	6105                	add	sp,sp,32
80400466:	a479                	j	804006f4 <print>

80400468 <s_trap_entry>:
80400468:	14011173          	csrrw	sp,sscratch,sp
8040046c:	7119                	add	sp,sp,-128
8040046e:	ca16                	sw	t0,20(sp)
80400470:	52fd                	li	t0,-1
80400472:	10e0006f          	j	80400580 <trap_save>
	...

80400480 <s_trap_vectors>:
80400480:	0400006f          	j	804004c0 <trap_vector_0>
80400484:	0480006f          	j	804004cc <trap_vector_1>
80400488:	0500006f          	j	804004d8 <trap_vector_2>
8040048c:	0580006f          	j	804004e4 <trap_vector_3>
80400490:	0600006f          	j	804004f0 <trap_vector_4>
80400494:	0680006f          	j	804004fc <trap_vector_5>
80400498:	0700006f          	j	80400508 <trap_vector_6>
8040049c:	0780006f          	j	80400514 <trap_vector_7>
804004a0:	0800006f          	j	80400520 <trap_vector_8>
804004a4:	0880006f          	j	8040052c <trap_vector_9>
804004a8:	0900006f          	j	80400538 <trap_vector_10>
804004ac:	0980006f          	j	80400544 <trap_vector_11>
804004b0:	0a00006f          	j	80400550 <trap_vector_12>
804004b4:	0a80006f          	j	8040055c <trap_vector_13>
804004b8:	0b00006f          	j	80400568 <trap_vector_14>
804004bc:	0b80006f          	j	80400574 <trap_vector_15>

804004c0 <trap_vector_0>:
804004c0:	14011173          	csrrw	sp,sscratch,sp
804004c4:	7119                	add	sp,sp,-128
804004c6:	ca16                	sw	t0,20(sp)
804004c8:	4281                	li	t0,0
804004ca:	a85d                	j	80400580 <trap_save>

804004cc <trap_vector_1>:
804004cc:	14011173          	csrrw	sp,sscratch,sp
804004d0:	7119                	add	sp,sp,-128
804004d2:	ca16                	sw	t0,20(sp)
804004d4:	4285                	li	t0,1
804004d6:	a06d                	j	80400580 <trap_save>

804004d8 <trap_vector_2>:
804004d8:	14011173          	csrrw	sp,sscratch,sp
804004dc:	7119                	add	sp,sp,-128
804004de:	ca16                	sw	t0,20(sp)
804004e0:	4289                	li	t0,2
804004e2:	a879                	j	80400580 <trap_save>

804004e4 <trap_vector_3>:
804004e4:	14011173          	csrrw	sp,sscratch,sp
804004e8:	7119                	add	sp,sp,-128
804004ea:	ca16                	sw	t0,20(sp)
804004ec:	428d                	li	t0,3
804004ee:	a849                	j	80400580 <trap_save>

804004f0 <trap_vector_4>:
804004f0:	14011173          	csrrw	sp,sscratch,sp
804004f4:	7119                	add	sp,sp,-128
804004f6:	ca16                	sw	t0,20(sp)
804004f8:	4291                	li	t0,4
804004fa:	a059                	j	80400580 <trap_save>

804004fc <trap_vector_5>:
804004fc:	14011173          	csrrw	sp,sscratch,sp
80400500:	7119                	add	sp,sp,-128
80400502:	ca16                	sw	t0,20(sp)
80400504:	4295                	li	t0,5
80400506:	a8ad                	j	80400580 <trap_save>

80400508 <trap_vector_6>:
80400508:	14011173          	csrrw	sp,sscratch,sp
8040050c:	7119                	add	sp,sp,-128
8040050e:	ca16                	sw	t0,20(sp)
80400510:	4299                	li	t0,6
80400512:	a0bd                	j	80400580 <trap_save>

80400514 <trap_vector_7>:
80400514:	14011173          	csrrw	sp,sscratch,sp
80400518:	7119                	add	sp,sp,-128
8040051a:	ca16                	sw	t0,20(sp)
8040051c:	429d                	li	t0,7
8040051e:	a08d                	j	80400580 <trap_save>

80400520 <trap_vector_8>:
80400520:	14011173          	csrrw	sp,sscratch,sp
80400524:	7119                	add	sp,sp,-128
80400526:	ca16                	sw	t0,20(sp)
80400528:	42a1                	li	t0,8
8040052a:	a899                	j	80400580 <trap_save>

8040052c <trap_vector_9>:
8040052c:	14011173          	csrrw	sp,sscratch,sp
80400530:	7119                	add	sp,sp,-128
80400532:	ca16                	sw	t0,20(sp)
80400534:	42a5                	li	t0,9
80400536:	a0a9                	j	80400580 <trap_save>

80400538 <trap_vector_10>:
80400538:	14011173          	csrrw	sp,sscratch,sp
8040053c:	7119                	add	sp,sp,-128
8040053e:	ca16                	sw	t0,20(sp)
80400540:	42a9                	li	t0,10
80400542:	a83d                	j	80400580 <trap_save>

80400544 <trap_vector_11>:
80400544:	14011173          	csrrw	sp,sscratch,sp
80400548:	7119                	add	sp,sp,-128
8040054a:	ca16                	sw	t0,20(sp)
8040054c:	42ad                	li	t0,11
8040054e:	a80d                	j	80400580 <trap_save>

80400550 <trap_vector_12>:
80400550:	14011173          	csrrw	sp,sscratch,sp
80400554:	7119                	add	sp,sp,-128
80400556:	ca16                	sw	t0,20(sp)
80400558:	42b1                	li	t0,12
8040055a:	a01d                	j	80400580 <trap_save>

8040055c <trap_vector_13>:
8040055c:	14011173          	csrrw	sp,sscratch,sp
80400560:	7119                	add	sp,sp,-128
80400562:	ca16                	sw	t0,20(sp)
80400564:	42b5                	li	t0,13
80400566:	a829                	j	80400580 <trap_save>

80400568 <trap_vector_14>:
80400568:	14011173          	csrrw	sp,sscratch,sp
8040056c:	7119                	add	sp,sp,-128
8040056e:	ca16                	sw	t0,20(sp)
80400570:	42b9                	li	t0,14
80400572:	a039                	j	80400580 <trap_save>

80400574 <trap_vector_15>:
80400574:	14011173          	csrrw	sp,sscratch,sp
80400578:	7119                	add	sp,sp,-128
8040057a:	ca16                	sw	t0,20(sp)
8040057c:	42bd                	li	t0,15
8040057e:	a009                	j	80400580 <trap_save>

80400580 <trap_save>:
80400580:	c016                	sw	t0,0(sp)
80400582:	c206                	sw	ra,4(sp)
80400584:	c60e                	sw	gp,12(sp)
80400586:	c812                	sw	tp,16(sp)
80400588:	cc1a                	sw	t1,24(sp)
8040058a:	ce1e                	sw	t2,28(sp)
8040058c:	d022                	sw	s0,32(sp)
8040058e:	d226                	sw	s1,36(sp)
80400590:	d42a                	sw	a0,40(sp)
80400592:	d62e                	sw	a1,44(sp)
80400594:	d832                	sw	a2,48(sp)
80400596:	da36                	sw	a3,52(sp)
80400598:	dc3a                	sw	a4,56(sp)
8040059a:	de3e                	sw	a5,60(sp)
8040059c:	c0c2                	sw	a6,64(sp)
8040059e:	c2c6                	sw	a7,68(sp)
804005a0:	c4ca                	sw	s2,72(sp)
804005a2:	c6ce                	sw	s3,76(sp)
804005a4:	c8d2                	sw	s4,80(sp)
804005a6:	cad6                	sw	s5,84(sp)
804005a8:	ccda                	sw	s6,88(sp)
804005aa:	cede                	sw	s7,92(sp)
804005ac:	d0e2                	sw	s8,96(sp)
804005ae:	d2e6                	sw	s9,100(sp)
804005b0:	d4ea                	sw	s10,104(sp)
804005b2:	d6ee                	sw	s11,108(sp)
804005b4:	d8f2                	sw	t3,112(sp)
804005b6:	daf6                	sw	t4,116(sp)
804005b8:	dcfa                	sw	t5,120(sp)
804005ba:	defe                	sw	t6,124(sp)
804005bc:	140022f3          	csrr	t0,sscratch
804005c0:	c416                	sw	t0,8(sp)
804005c2:	08010293          	add	t0,sp,128
804005c6:	14029073          	csrw	sscratch,t0
804005ca:	850a                	mv	a0,sp
804005cc:	2185                	jal	80400a2c <s_trap>
804005ce:	4092                	lw	ra,4(sp)
804005d0:	41b2                	lw	gp,12(sp)
804005d2:	4242                	lw	tp,16(sp)
804005d4:	42d2                	lw	t0,20(sp)
804005d6:	4362                	lw	t1,24(sp)
804005d8:	43f2                	lw	t2,28(sp)
804005da:	5402                	lw	s0,32(sp)
804005dc:	5492                	lw	s1,36(sp)
804005de:	5522                	lw	a0,40(sp)
804005e0:	55b2                	lw	a1,44(sp)
804005e2:	5642                	lw	a2,48(sp)
804005e4:	56d2                	lw	a3,52(sp)
804005e6:	5762                	lw	a4,56(sp)
804005e8:	57f2                	lw	a5,60(sp)
804005ea:	4806                	lw	a6,64(sp)
804005ec:	4896                	lw	a7,68(sp)
804005ee:	4926                	lw	s2,72(sp)
804005f0:	49b6                	lw	s3,76(sp)
804005f2:	4a46                	lw	s4,80(sp)
804005f4:	4ad6                	lw	s5,84(sp)
804005f6:	4b66                	lw	s6,88(sp)
804005f8:	4bf6                	lw	s7,92(sp)
804005fa:	5c06                	lw	s8,96(sp)
804005fc:	5c96                	lw	s9,100(sp)
804005fe:	5d26                	lw	s10,104(sp)
80400600:	5db6                	lw	s11,108(sp)
80400602:	5e46                	lw	t3,112(sp)
80400604:	5ed6                	lw	t4,116(sp)
80400606:	5f66                	lw	t5,120(sp)
80400608:	5ff6                	lw	t6,124(sp)
8040060a:	4122                	lw	sp,8(sp)
8040060c:	10200073          	sret
	...

8040063c <enter_user>:
8040063c:	7139                	add	sp,sp,-64
8040063e:	c006                	sw	ra,0(sp)
80400640:	c222                	sw	s0,4(sp)
80400642:	c426                	sw	s1,8(sp)
80400644:	c64a                	sw	s2,12(sp)
80400646:	c84e                	sw	s3,16(sp)
80400648:	ca52                	sw	s4,20(sp)
8040064a:	cc56                	sw	s5,24(sp)
8040064c:	ce5a                	sw	s6,28(sp)
8040064e:	d05e                	sw	s7,32(sp)
80400650:	d262                	sw	s8,36(sp)
80400652:	d466                	sw	s9,40(sp)
80400654:	d66a                	sw	s10,44(sp)
80400656:	d86e                	sw	s11,48(sp)
80400658:	00001297          	auipc	t0,0x1
8040065c:	9cc28293          	add	t0,t0,-1588 # 80401024 <user_saved_sp>
80400660:	0022a023          	sw	sp,0(t0)
80400664:	14151073          	csrw	sepc,a0
80400668:	10000293          	li	t0,256
8040066c:	1002b073          	csrc	sstatus,t0
80400670:	812e                	mv	sp,a1
80400672:	8532                	mv	a0,a2
80400674:	10200073          	sret

80400678 <user_return>:
80400678:	00001297          	auipc	t0,0x1
8040067c:	9ac28293          	add	t0,t0,-1620 # 80401024 <user_saved_sp>
80400680:	0002a103          	lw	sp,0(t0)
80400684:	4082                	lw	ra,0(sp)
80400686:	4412                	lw	s0,4(sp)
80400688:	44a2                	lw	s1,8(sp)
8040068a:	4932                	lw	s2,12(sp)
8040068c:	49c2                	lw	s3,16(sp)
8040068e:	4a52                	lw	s4,20(sp)
80400690:	4ae2                	lw	s5,24(sp)
80400692:	4b72                	lw	s6,28(sp)
80400694:	5b82                	lw	s7,32(sp)
80400696:	5c12                	lw	s8,36(sp)
80400698:	5ca2                	lw	s9,40(sp)
8040069a:	5d32                	lw	s10,44(sp)
8040069c:	5dc2                	lw	s11,48(sp)
8040069e:	6121                	add	sp,sp,64
804006a0:	8082                	ret
	...

804006a4 <user_wait>:
804006a4:	00052283          	lw	t0,0(a0)
804006a8:	00029a63          	bnez	t0,804006bc <user_wait_end>
804006ac:	00452303          	lw	t1,4(a0)
804006b0:	c01023f3          	rdtime	t2
804006b4:	40730333          	sub	t1,t1,t2
804006b8:	fe6046e3          	bgtz	t1,804006a4 <user_wait>

804006bc <user_wait_end>:
804006bc:	00000073          	ecall

804006c0 <spin_until>:
804006c0:	10016073          	csrs	sstatus,2
804006c4:	00052283          	lw	t0,0(a0)
804006c8:	00b2f863          	bgeu	t0,a1,804006d8 <spin_until+0x18>
804006cc:	c0102373          	rdtime	t1
804006d0:	406603b3          	sub	t2,a2,t1
804006d4:	fe7048e3          	bgtz	t2,804006c4 <spin_until+0x4>
804006d8:	10017073          	csrc	sstatus,2

804006dc <spin_until_end>:
804006dc:	00008067          	ret

804006e0 <sbi_call>:
804006e0:	1141                	add	sp,sp,-16
804006e2:	88aa                	mv	a7,a0
804006e4:	882e                	mv	a6,a1
804006e6:	8532                	mv	a0,a2
804006e8:	85b6                	mv	a1,a3
804006ea:	863a                	mv	a2,a4
804006ec:	00000073          	ecall
804006f0:	0141                	add	sp,sp,16
804006f2:	8082                	ret

804006f4 <print>:
804006f4:	00054783          	lbu	a5,0(a0)
804006f8:	85aa                	mv	a1,a0
804006fa:	4501                	li	a0,0
804006fc:	c799                	beqz	a5,8040070a <print+0x16>
804006fe:	0505                	add	a0,a0,1
80400700:	00a587b3          	add	a5,a1,a0
80400704:	0007c783          	lbu	a5,0(a5)
80400708:	fbfd                	bnez	a5,804006fe <print+0xa>
8040070a:	444248b7          	lui	a7,0x44424
8040070e:	4601                	li	a2,0
80400710:	4801                	li	a6,0
80400712:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400716:	00000073          	ecall
8040071a:	8082                	ret

8040071c <print_hex>:
8040071c:	1141                	add	sp,sp,-16
8040071e:	77e1                	lui	a5,0xffff8
80400720:	004c                	add	a1,sp,4
80400722:	8307c793          	xor	a5,a5,-2000
80400726:	80401637          	lui	a2,0x80401
8040072a:	00f11223          	sh	a5,4(sp)
8040072e:	86ae                	mv	a3,a1
80400730:	4771                	li	a4,28
80400732:	d7060613          	add	a2,a2,-656 # 80400d70 <probe_start+0x28a>
80400736:	5871                	li	a6,-4
80400738:	00e557b3          	srl	a5,a0,a4
8040073c:	8bbd                	and	a5,a5,15
8040073e:	97b2                	add	a5,a5,a2
80400740:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbf1bb0>
80400744:	1771                	add	a4,a4,-4
80400746:	0685                	add	a3,a3,1
80400748:	00f680a3          	sb	a5,1(a3)
8040074c:	ff0716e3          	bne	a4,a6,80400738 <print_hex+0x1c>
80400750:	00010723          	sb	zero,14(sp)
80400754:	87ae                	mv	a5,a1
80400756:	0017c703          	lbu	a4,1(a5)
8040075a:	853e                	mv	a0,a5
8040075c:	0785                	add	a5,a5,1
8040075e:	ff65                	bnez	a4,80400756 <print_hex+0x3a>
80400760:	8d0d                	sub	a0,a0,a1
80400762:	444248b7          	lui	a7,0x44424
80400766:	0505                	add	a0,a0,1
80400768:	4601                	li	a2,0
8040076a:	4801                	li	a6,0
8040076c:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400770:	00000073          	ecall
80400774:	0141                	add	sp,sp,16
80400776:	8082                	ret

80400778 <probe_exit>:
80400778:	1141                	add	sp,sp,-16
8040077a:	85aa                	mv	a1,a0
8040077c:	f00007b7          	lui	a5,0xf0000
80400780:	535258b7          	lui	a7,0x53525
80400784:	c606                	sw	ra,12(sp)
80400786:	4501                	li	a0,0
80400788:	8ddd                	or	a1,a1,a5
8040078a:	4601                	li	a2,0
8040078c:	4801                	li	a6,0
8040078e:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80400792:	00000073          	ecall
80400796:	80401537          	lui	a0,0x80401
8040079a:	d8850513          	add	a0,a0,-632 # 80400d88 <probe_start+0x2a2>
8040079e:	3f99                	jal	804006f4 <print>
804007a0:	10500073          	wfi
804007a4:	10500073          	wfi
804007a8:	bfe5                	j	804007a0 <probe_exit+0x28>

804007aa <unexpected_trap>:
804007aa:	1141                	add	sp,sp,-16
804007ac:	c04a                	sw	s2,0(sp)
804007ae:	892a                	mv	s2,a0
804007b0:	80401537          	lui	a0,0x80401
804007b4:	da850513          	add	a0,a0,-600 # 80400da8 <probe_start+0x2c2>
804007b8:	c606                	sw	ra,12(sp)
804007ba:	c422                	sw	s0,8(sp)
804007bc:	c226                	sw	s1,4(sp)
804007be:	8432                	mv	s0,a2
804007c0:	84ae                	mv	s1,a1
804007c2:	3f0d                	jal	804006f4 <print>
804007c4:	854a                	mv	a0,s2
804007c6:	3f99                	jal	8040071c <print_hex>
804007c8:	80401537          	lui	a0,0x80401
804007cc:	dc850513          	add	a0,a0,-568 # 80400dc8 <probe_start+0x2e2>
804007d0:	3715                	jal	804006f4 <print>
804007d2:	8526                	mv	a0,s1
804007d4:	37a1                	jal	8040071c <print_hex>
804007d6:	80401537          	lui	a0,0x80401
804007da:	dd050513          	add	a0,a0,-560 # 80400dd0 <probe_start+0x2ea>
804007de:	3f19                	jal	804006f4 <print>
804007e0:	8522                	mv	a0,s0
804007e2:	3f2d                	jal	8040071c <print_hex>
804007e4:	80401537          	lui	a0,0x80401
804007e8:	da450513          	add	a0,a0,-604 # 80400da4 <probe_start+0x2be>
804007ec:	3721                	jal	804006f4 <print>
804007ee:	4505                	li	a0,1
804007f0:	3761                	jal	80400778 <probe_exit>

804007f2 <check_eq.part.0>:
804007f2:	804017b7          	lui	a5,0x80401
804007f6:	1101                	add	sp,sp,-32
804007f8:	8e2e                	mv	t3,a1
804007fa:	ce06                	sw	ra,28(sp)
804007fc:	dd878593          	add	a1,a5,-552 # 80400dd8 <probe_start+0x2f2>
80400800:	8f2a                	mv	t5,a0
80400802:	86b2                	mv	a3,a2
80400804:	dd878793          	add	a5,a5,-552
80400808:	0017c703          	lbu	a4,1(a5)
8040080c:	853e                	mv	a0,a5
8040080e:	0785                	add	a5,a5,1
80400810:	ff65                	bnez	a4,80400808 <check_eq.part.0+0x16>
80400812:	8d0d                	sub	a0,a0,a1
80400814:	444248b7          	lui	a7,0x44424
80400818:	0505                	add	a0,a0,1
8040081a:	4601                	li	a2,0
8040081c:	4801                	li	a6,0
8040081e:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400822:	00000073          	ecall
80400826:	0006c783          	lbu	a5,0(a3)
8040082a:	4501                	li	a0,0
8040082c:	c799                	beqz	a5,8040083a <check_eq.part.0+0x48>
8040082e:	0505                	add	a0,a0,1
80400830:	00a687b3          	add	a5,a3,a0
80400834:	0007c783          	lbu	a5,0(a5)
80400838:	fbfd                	bnez	a5,8040082e <check_eq.part.0+0x3c>
8040083a:	444248b7          	lui	a7,0x44424
8040083e:	85b6                	mv	a1,a3
80400840:	4601                	li	a2,0
80400842:	4801                	li	a6,0
80400844:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400848:	00000073          	ecall
8040084c:	804017b7          	lui	a5,0x80401
80400850:	de078593          	add	a1,a5,-544 # 80400de0 <probe_start+0x2fa>
80400854:	de078793          	add	a5,a5,-544
80400858:	0017c703          	lbu	a4,1(a5)
8040085c:	86be                	mv	a3,a5
8040085e:	0785                	add	a5,a5,1
80400860:	ff65                	bnez	a4,80400858 <check_eq.part.0+0x66>
80400862:	8e8d                	sub	a3,a3,a1
80400864:	444248b7          	lui	a7,0x44424
80400868:	00168513          	add	a0,a3,1
8040086c:	4601                	li	a2,0
8040086e:	4801                	li	a6,0
80400870:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400874:	00000073          	ecall
80400878:	77e1                	lui	a5,0xffff8
8040087a:	00410e93          	add	t4,sp,4
8040087e:	8307c793          	xor	a5,a5,-2000
80400882:	80401337          	lui	t1,0x80401
80400886:	00f11223          	sh	a5,4(sp)
8040088a:	86f6                	mv	a3,t4
8040088c:	4771                	li	a4,28
8040088e:	d7030313          	add	t1,t1,-656 # 80400d70 <probe_start+0x28a>
80400892:	5671                	li	a2,-4
80400894:	00ef57b3          	srl	a5,t5,a4
80400898:	8bbd                	and	a5,a5,15
8040089a:	979a                	add	a5,a5,t1
8040089c:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbf1bb0>
804008a0:	1771                	add	a4,a4,-4
804008a2:	0685                	add	a3,a3,1
804008a4:	00f680a3          	sb	a5,1(a3)
804008a8:	fec716e3          	bne	a4,a2,80400894 <check_eq.part.0+0xa2>
804008ac:	00010723          	sb	zero,14(sp)
804008b0:	87f6                	mv	a5,t4
804008b2:	0017c703          	lbu	a4,1(a5)
804008b6:	853e                	mv	a0,a5
804008b8:	0785                	add	a5,a5,1
804008ba:	ff65                	bnez	a4,804008b2 <check_eq.part.0+0xc0>
804008bc:	41d50533          	sub	a0,a0,t4
804008c0:	444248b7          	lui	a7,0x44424
804008c4:	0505                	add	a0,a0,1
804008c6:	85f6                	mv	a1,t4
804008c8:	4601                	li	a2,0
804008ca:	4801                	li	a6,0
804008cc:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
804008d0:	00000073          	ecall
804008d4:	804017b7          	lui	a5,0x80401
804008d8:	de878593          	add	a1,a5,-536 # 80400de8 <probe_start+0x302>
804008dc:	de878793          	add	a5,a5,-536
804008e0:	0017c703          	lbu	a4,1(a5)
804008e4:	853e                	mv	a0,a5
804008e6:	0785                	add	a5,a5,1
804008e8:	ff65                	bnez	a4,804008e0 <check_eq.part.0+0xee>
804008ea:	8d0d                	sub	a0,a0,a1
804008ec:	444248b7          	lui	a7,0x44424
804008f0:	0505                	add	a0,a0,1
804008f2:	4601                	li	a2,0
804008f4:	4801                	li	a6,0
804008f6:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
804008fa:	00000073          	ecall
804008fe:	77e1                	lui	a5,0xffff8
80400900:	8307c793          	xor	a5,a5,-2000
80400904:	00f11223          	sh	a5,4(sp)
80400908:	86f6                	mv	a3,t4
8040090a:	4771                	li	a4,28
8040090c:	5671                	li	a2,-4
8040090e:	00ee57b3          	srl	a5,t3,a4
80400912:	8bbd                	and	a5,a5,15
80400914:	979a                	add	a5,a5,t1
80400916:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbf1bb0>
8040091a:	1771                	add	a4,a4,-4
8040091c:	0685                	add	a3,a3,1
8040091e:	00f680a3          	sb	a5,1(a3)
80400922:	fec716e3          	bne	a4,a2,8040090e <check_eq.part.0+0x11c>
80400926:	00010723          	sb	zero,14(sp)
8040092a:	87f6                	mv	a5,t4
8040092c:	0017c703          	lbu	a4,1(a5)
80400930:	853e                	mv	a0,a5
80400932:	0785                	add	a5,a5,1
80400934:	ff65                	bnez	a4,8040092c <check_eq.part.0+0x13a>
80400936:	41d50533          	sub	a0,a0,t4
8040093a:	444248b7          	lui	a7,0x44424
8040093e:	0505                	add	a0,a0,1
80400940:	85f6                	mv	a1,t4
80400942:	4601                	li	a2,0
80400944:	4801                	li	a6,0
80400946:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
8040094a:	00000073          	ecall
8040094e:	804015b7          	lui	a1,0x80401
80400952:	4505                	li	a0,1
80400954:	da458593          	add	a1,a1,-604 # 80400da4 <probe_start+0x2be>
80400958:	00000073          	ecall
8040095c:	4505                	li	a0,1
8040095e:	3d29                	jal	80400778 <probe_exit>

80400960 <fail>:
80400960:	1141                	add	sp,sp,-16
80400962:	c422                	sw	s0,8(sp)
80400964:	842a                	mv	s0,a0
80400966:	80401537          	lui	a0,0x80401
8040096a:	dd850513          	add	a0,a0,-552 # 80400dd8 <probe_start+0x2f2>
8040096e:	c606                	sw	ra,12(sp)
80400970:	3351                	jal	804006f4 <print>
80400972:	8522                	mv	a0,s0
80400974:	3341                	jal	804006f4 <print>
80400976:	80401537          	lui	a0,0x80401
8040097a:	da450513          	add	a0,a0,-604 # 80400da4 <probe_start+0x2be>
8040097e:	3b9d                	jal	804006f4 <print>
80400980:	4505                	li	a0,1
80400982:	3bdd                	jal	80400778 <probe_exit>

80400984 <check>:
80400984:	c111                	beqz	a0,80400988 <check+0x4>
80400986:	8082                	ret
80400988:	1141                	add	sp,sp,-16
8040098a:	852e                	mv	a0,a1
8040098c:	c606                	sw	ra,12(sp)
8040098e:	3fc9                	jal	80400960 <fail>

80400990 <check_eq>:
80400990:	00b51363          	bne	a0,a1,80400996 <check_eq+0x6>
80400994:	8082                	ret
80400996:	1141                	add	sp,sp,-16
80400998:	c606                	sw	ra,12(sp)
8040099a:	3da1                	jal	804007f2 <check_eq.part.0>

8040099c <time_now>:
8040099c:	c81025f3          	rdtimeh	a1
804009a0:	c0102573          	rdtime	a0
804009a4:	c81027f3          	rdtimeh	a5
804009a8:	fef59ae3          	bne	a1,a5,8040099c <time_now>
804009ac:	8082                	ret

804009ae <set_timer>:
804009ae:	544958b7          	lui	a7,0x54495
804009b2:	1141                	add	sp,sp,-16
804009b4:	4601                	li	a2,0
804009b6:	4801                	li	a6,0
804009b8:	d4588893          	add	a7,a7,-699 # 54494d45 <__stack_size+0x54490d45>
804009bc:	00000073          	ecall
804009c0:	0141                	add	sp,sp,16
804009c2:	8082                	ret

804009c4 <expect_trap>:
804009c4:	804027b7          	lui	a5,0x80402
804009c8:	577d                	li	a4,-1
804009ca:	42e7a823          	sw	a4,1072(a5) # 80402430 <last_trap>
804009ce:	804017b7          	lui	a5,0x80401
804009d2:	4705                	li	a4,1
804009d4:	00e7ae23          	sw	a4,28(a5) # 8040101c <s_trap_expected>
804009d8:	8082                	ret

804009da <check_trap>:
804009da:	804017b7          	lui	a5,0x80401
804009de:	0007ae23          	sw	zero,28(a5) # 8040101c <s_trap_expected>
804009e2:	804027b7          	lui	a5,0x80402
804009e6:	43078793          	add	a5,a5,1072 # 80402430 <last_trap>
804009ea:	0007a883          	lw	a7,0(a5)
804009ee:	1141                	add	sp,sp,-16
804009f0:	c606                	sw	ra,12(sp)
804009f2:	587d                	li	a6,-1
804009f4:	01088b63          	beq	a7,a6,80400a0a <check_trap+0x30>
804009f8:	4394                	lw	a3,0(a5)
804009fa:	00a69b63          	bne	a3,a0,80400a10 <check_trap+0x36>
804009fe:	4788                	lw	a0,8(a5)
80400a00:	00b51763          	bne	a0,a1,80400a0e <check_trap+0x34>
80400a04:	40b2                	lw	ra,12(sp)
80400a06:	0141                	add	sp,sp,16
80400a08:	8082                	ret
80400a0a:	8532                	mv	a0,a2
80400a0c:	3f91                	jal	80400960 <fail>
80400a0e:	33d5                	jal	804007f2 <check_eq.part.0>
80400a10:	85aa                	mv	a1,a0
80400a12:	8536                	mv	a0,a3
80400a14:	3bf9                	jal	804007f2 <check_eq.part.0>

80400a16 <run_user>:
80400a16:	862e                	mv	a2,a1
80400a18:	804025b7          	lui	a1,0x80402
80400a1c:	804027b7          	lui	a5,0x80402
80400a20:	577d                	li	a4,-1
80400a22:	43058593          	add	a1,a1,1072 # 80402430 <last_trap>
80400a26:	42e7a823          	sw	a4,1072(a5) # 80402430 <last_trap>
80400a2a:	b909                	j	8040063c <enter_user>

80400a2c <s_trap>:
80400a2c:	7179                	add	sp,sp,-48
80400a2e:	d606                	sw	ra,44(sp)
80400a30:	14202773          	csrr	a4,scause
80400a34:	141025f3          	csrr	a1,sepc
80400a38:	14302673          	csrr	a2,stval
80400a3c:	10002873          	csrr	a6,sstatus
80400a40:	08074063          	bltz	a4,80400ac0 <s_trap+0x94>
80400a44:	804027b7          	lui	a5,0x80402
80400a48:	43078793          	add	a5,a5,1072 # 80402430 <last_trap>
80400a4c:	86aa                	mv	a3,a0
80400a4e:	4108                	lw	a0,0(a0)
80400a50:	c398                	sw	a4,0(a5)
80400a52:	c3cc                	sw	a1,4(a5)
80400a54:	c790                	sw	a2,8(a5)
80400a56:	0107a623          	sw	a6,12(a5)
80400a5a:	cc42                	sw	a6,24(sp)
80400a5c:	c63a                	sw	a4,12(sp)
80400a5e:	c82e                	sw	a1,16(sp)
80400a60:	ca32                	sw	a2,20(sp)
80400a62:	ce2a                	sw	a0,28(sp)
80400a64:	cb88                	sw	a0,16(a5)
80400a66:	10087813          	and	a6,a6,256
80400a6a:	02081063          	bnez	a6,80400a8a <s_trap+0x5e>
80400a6e:	d698                	sw	a4,40(a3)
80400a70:	10000793          	li	a5,256
80400a74:	1007a073          	csrs	sstatus,a5
80400a78:	804007b7          	lui	a5,0x80400
80400a7c:	67878793          	add	a5,a5,1656 # 80400678 <user_return>
80400a80:	14179073          	csrw	sepc,a5
80400a84:	50b2                	lw	ra,44(sp)
80400a86:	6145                	add	sp,sp,48
80400a88:	8082                	ret
80400a8a:	804017b7          	lui	a5,0x80401
80400a8e:	01c7a503          	lw	a0,28(a5) # 8040101c <s_trap_expected>
80400a92:	c921                	beqz	a0,80400ae2 <s_trap+0xb6>
80400a94:	0007ae23          	sw	zero,28(a5)
80400a98:	47b1                	li	a5,12
80400a9a:	02f70e63          	beq	a4,a5,80400ad6 <s_trap+0xaa>
80400a9e:	4785                	li	a5,1
80400aa0:	02f70b63          	beq	a4,a5,80400ad6 <s_trap+0xaa>
80400aa4:	0005d783          	lhu	a5,0(a1)
80400aa8:	468d                	li	a3,3
80400aaa:	4709                	li	a4,2
80400aac:	8b8d                	and	a5,a5,3
80400aae:	00d79363          	bne	a5,a3,80400ab4 <s_trap+0x88>
80400ab2:	4711                	li	a4,4
80400ab4:	95ba                	add	a1,a1,a4
80400ab6:	14159073          	csrw	sepc,a1
80400aba:	50b2                	lw	ra,44(sp)
80400abc:	6145                	add	sp,sp,48
80400abe:	8082                	ret
80400ac0:	804017b7          	lui	a5,0x80401
80400ac4:	0207a683          	lw	a3,32(a5) # 80401020 <irq_handler>
80400ac8:	ce89                	beqz	a3,80400ae2 <s_trap+0xb6>
80400aca:	50b2                	lw	ra,44(sp)
80400acc:	0207a783          	lw	a5,32(a5)
80400ad0:	85ba                	mv	a1,a4
80400ad2:	6145                	add	sp,sp,48
80400ad4:	8782                	jr	a5
80400ad6:	42dc                	lw	a5,4(a3)
80400ad8:	14179073          	csrw	sepc,a5
80400adc:	50b2                	lw	ra,44(sp)
80400ade:	6145                	add	sp,sp,48
80400ae0:	8082                	ret
80400ae2:	853a                	mv	a0,a4
80400ae4:	31d9                	jal	804007aa <unexpected_trap>

80400ae6 <probe_start>:
80400ae6:	1141                	add	sp,sp,-16
80400ae8:	c606                	sw	ra,12(sp)
80400aea:	e911                	bnez	a0,80400afe <probe_start+0x18>
80400aec:	821ff0ef          	jal	8040030c <probe_main>
80400af0:	80401537          	lui	a0,0x80401
80400af4:	e0450513          	add	a0,a0,-508 # 80400e04 <probe_start+0x31e>
80400af8:	3ef5                	jal	804006f4 <print>
80400afa:	4501                	li	a0,0
80400afc:	39b5                	jal	80400778 <probe_exit>
80400afe:	80401637          	lui	a2,0x80401
80400b02:	df460613          	add	a2,a2,-524 # 80400df4 <probe_start+0x30e>
80400b06:	4581                	li	a1,0
80400b08:	31ed                	jal	804007f2 <check_eq.part.0>
