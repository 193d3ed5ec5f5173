
build/privileged.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00009117          	auipc	sp,0x9
80400004:	43010113          	add	sp,sp,1072 # 80409430 <__image_end>
80400008:	00002297          	auipc	t0,0x2
8040000c:	ff828293          	add	t0,t0,-8 # 80402000 <soft_irqs>
80400010:	00005317          	auipc	t1,0x5
80400014:	42030313          	add	t1,t1,1056 # 80405430 <__bss_end>
80400018:	0062f663          	bgeu	t0,t1,80400024 <_start+0x24>
8040001c:	0002a023          	sw	zero,0(t0)
80400020:	0291                	add	t0,t0,4
80400022:	bfdd                	j	80400018 <_start+0x18>
80400024:	00001297          	auipc	t0,0x1
80400028:	86c28293          	add	t0,t0,-1940 # 80400890 <s_trap_entry>
8040002c:	10529073          	csrw	stvec,t0
80400030:	00005297          	auipc	t0,0x5
80400034:	fe028293          	add	t0,t0,-32 # 80405010 <user_stack>
80400038:	14029073          	csrw	sscratch,t0
8040003c:	759000ef          	jal	80400f94 <probe_start>
	...

80400042 <soft_irq>:
80400042:	852e                	mv	a0,a1
80400044:	80401637          	lui	a2,0x80401
80400048:	800005b7          	lui	a1,0x80000
8040004c:	1141                	add	sp,sp,-16
8040004e:	fe460613          	add	a2,a2,-28 # 80400fe4 <sv32_satp+0xa>
80400052:	0585                	add	a1,a1,1 # 80000001 <__stack_size+0x7fffc001>
80400054:	c606                	sw	ra,12(sp)
80400056:	5e9000ef          	jal	80400e3e <check_eq>
8040005a:	4789                	li	a5,2
8040005c:	1447b073          	csrc	sip,a5
80400060:	80402737          	lui	a4,0x80402
80400064:	00072783          	lw	a5,0(a4) # 80402000 <soft_irqs>
80400068:	40b2                	lw	ra,12(sp)
8040006a:	0785                	add	a5,a5,1
8040006c:	00f72023          	sw	a5,0(a4)
80400070:	0141                	add	sp,sp,16
80400072:	8082                	ret

80400074 <check_user_ecall>:
80400074:	1141                	add	sp,sp,-16
80400076:	c226                	sw	s1,4(sp)
80400078:	c606                	sw	ra,12(sp)
8040007a:	c422                	sw	s0,8(sp)
8040007c:	c04a                	sw	s2,0(sp)
8040007e:	84aa                	mv	s1,a0
80400080:	02000793          	li	a5,32
80400084:	c941                	beqz	a0,80400114 <check_user_ecall+0xa0>
80400086:	1007a073          	csrs	sstatus,a5
8040008a:	80401937          	lui	s2,0x80401
8040008e:	4581                	li	a1,0
80400090:	ae490513          	add	a0,s2,-1308 # 80400ae4 <user_ecall>
80400094:	631000ef          	jal	80400ec4 <run_user>
80400098:	80401637          	lui	a2,0x80401
8040009c:	00060613          	mv	a2,a2
804000a0:	45a1                	li	a1,8
804000a2:	80405437          	lui	s0,0x80405
804000a6:	599000ef          	jal	80400e3e <check_eq>
804000aa:	41040413          	add	s0,s0,1040 # 80405410 <last_trap>
804000ae:	4048                	lw	a0,4(s0)
804000b0:	80401637          	lui	a2,0x80401
804000b4:	ae490593          	add	a1,s2,-1308
804000b8:	01460613          	add	a2,a2,20 # 80401014 <sv32_satp+0x3a>
804000bc:	583000ef          	jal	80400e3e <check_eq>
804000c0:	4408                	lw	a0,8(s0)
804000c2:	80401637          	lui	a2,0x80401
804000c6:	02860613          	add	a2,a2,40 # 80401028 <sv32_satp+0x4e>
804000ca:	4581                	li	a1,0
804000cc:	573000ef          	jal	80400e3e <check_eq>
804000d0:	4448                	lw	a0,12(s0)
804000d2:	80401637          	lui	a2,0x80401
804000d6:	03c60613          	add	a2,a2,60 # 8040103c <sv32_satp+0x62>
804000da:	4581                	li	a1,0
804000dc:	10057513          	and	a0,a0,256
804000e0:	55f000ef          	jal	80400e3e <check_eq>
804000e4:	4448                	lw	a0,12(s0)
804000e6:	80401637          	lui	a2,0x80401
804000ea:	85a6                	mv	a1,s1
804000ec:	05060613          	add	a2,a2,80 # 80401050 <sv32_satp+0x76>
804000f0:	02057513          	and	a0,a0,32
804000f4:	54b000ef          	jal	80400e3e <check_eq>
804000f8:	4448                	lw	a0,12(s0)
804000fa:	4422                	lw	s0,8(sp)
804000fc:	40b2                	lw	ra,12(sp)
804000fe:	4492                	lw	s1,4(sp)
80400100:	4902                	lw	s2,0(sp)
80400102:	80401637          	lui	a2,0x80401
80400106:	06460613          	add	a2,a2,100 # 80401064 <sv32_satp+0x8a>
8040010a:	4581                	li	a1,0
8040010c:	8909                	and	a0,a0,2
8040010e:	0141                	add	sp,sp,16
80400110:	52f0006f          	j	80400e3e <check_eq>
80400114:	1007b073          	csrc	sstatus,a5
80400118:	bf8d                	j	8040008a <check_user_ecall+0x16>

8040011a <probe_main>:
8040011a:	7179                	add	sp,sp,-48
8040011c:	4701                	li	a4,0
8040011e:	4681                	li	a3,0
80400120:	4601                	li	a2,0
80400122:	4581                	li	a1,0
80400124:	4541                	li	a0,16
80400126:	d606                	sw	ra,44(sp)
80400128:	d422                	sw	s0,40(sp)
8040012a:	d226                	sw	s1,36(sp)
8040012c:	d04a                	sw	s2,32(sp)
8040012e:	ce4e                	sw	s3,28(sp)
80400130:	cc52                	sw	s4,24(sp)
80400132:	1bb000ef          	jal	80400aec <sbi_call>
80400136:	80401637          	lui	a2,0x80401
8040013a:	842e                	mv	s0,a1
8040013c:	07860613          	add	a2,a2,120 # 80401078 <sv32_satp+0x9e>
80400140:	4581                	li	a1,0
80400142:	4fd000ef          	jal	80400e3e <check_eq>
80400146:	80401537          	lui	a0,0x80401
8040014a:	85a2                	mv	a1,s0
8040014c:	09450513          	add	a0,a0,148 # 80401094 <sv32_satp+0xba>
80400150:	235000ef          	jal	80400b84 <print_value>
80400154:	4701                	li	a4,0
80400156:	4681                	li	a3,0
80400158:	4601                	li	a2,0
8040015a:	4585                	li	a1,1
8040015c:	4541                	li	a0,16
8040015e:	18f000ef          	jal	80400aec <sbi_call>
80400162:	80401637          	lui	a2,0x80401
80400166:	0a860613          	add	a2,a2,168 # 804010a8 <sv32_satp+0xce>
8040016a:	842e                	mv	s0,a1
8040016c:	4581                	li	a1,0
8040016e:	4d1000ef          	jal	80400e3e <check_eq>
80400172:	80401537          	lui	a0,0x80401
80400176:	85a2                	mv	a1,s0
80400178:	0c050513          	add	a0,a0,192 # 804010c0 <sv32_satp+0xe6>
8040017c:	209000ef          	jal	80400b84 <print_value>
80400180:	54495637          	lui	a2,0x54495
80400184:	4701                	li	a4,0
80400186:	4681                	li	a3,0
80400188:	d4560613          	add	a2,a2,-699 # 54494d45 <__stack_size+0x54490d45>
8040018c:	458d                	li	a1,3
8040018e:	4541                	li	a0,16
80400190:	15d000ef          	jal	80400aec <sbi_call>
80400194:	87aa                	mv	a5,a0
80400196:	00b03533          	snez	a0,a1
8040019a:	c391                	beqz	a5,8040019e <probe_main+0x84>
8040019c:	4501                	li	a0,0
8040019e:	804015b7          	lui	a1,0x80401
804001a2:	0cc58593          	add	a1,a1,204 # 804010cc <sv32_satp+0xf2>
804001a6:	48d000ef          	jal	80400e32 <check>
804001aa:	00485637          	lui	a2,0x485
804001ae:	34d60613          	add	a2,a2,845 # 48534d <__stack_size+0x48134d>
804001b2:	4701                	li	a4,0
804001b4:	4681                	li	a3,0
804001b6:	458d                	li	a1,3
804001b8:	4541                	li	a0,16
804001ba:	133000ef          	jal	80400aec <sbi_call>
804001be:	8d4d                	or	a0,a0,a1
804001c0:	804015b7          	lui	a1,0x80401
804001c4:	0e858593          	add	a1,a1,232 # 804010e8 <sv32_satp+0x10e>
804001c8:	00153513          	seqz	a0,a0
804001cc:	467000ef          	jal	80400e32 <check>
804001d0:	80401537          	lui	a0,0x80401
804001d4:	10450513          	add	a0,a0,260 # 80401104 <sv32_satp+0x12a>
804001d8:	129000ef          	jal	80400b00 <print>
804001dc:	08001537          	lui	a0,0x8001
804001e0:	4701                	li	a4,0
804001e2:	4681                	li	a3,0
804001e4:	4601                	li	a2,0
804001e6:	abc50513          	add	a0,a0,-1348 # 8000abc <__stack_size+0x7ffcabc>
804001ea:	4581                	li	a1,0
804001ec:	101000ef          	jal	80400aec <sbi_call>
804001f0:	80401637          	lui	a2,0x80401
804001f4:	87ae                	mv	a5,a1
804001f6:	12c60613          	add	a2,a2,300 # 8040112c <sv32_satp+0x152>
804001fa:	55f9                	li	a1,-2
804001fc:	c42a                	sw	a0,8(sp)
804001fe:	c63e                	sw	a5,12(sp)
80400200:	43f000ef          	jal	80400e3e <check_eq>
80400204:	80401537          	lui	a0,0x80401
80400208:	14450513          	add	a0,a0,324 # 80401144 <sv32_satp+0x16a>
8040020c:	0f5000ef          	jal	80400b00 <print>
80400210:	123455b7          	lui	a1,0x12345
80400214:	67858593          	add	a1,a1,1656 # 12345678 <__stack_size+0x12341678>
80400218:	140594f3          	csrrw	s1,sscratch,a1
8040021c:	a5a5a437          	lui	s0,0xa5a5a
80400220:	5a540413          	add	s0,s0,1445 # a5a5a5a5 <__image_end+0x25651175>
80400224:	14041573          	csrrw	a0,sscratch,s0
80400228:	80401637          	lui	a2,0x80401
8040022c:	17460613          	add	a2,a2,372 # 80401174 <sv32_satp+0x19a>
80400230:	40f000ef          	jal	80400e3e <check_eq>
80400234:	6541                	lui	a0,0x10
80400236:	f0050513          	add	a0,a0,-256 # ff00 <__stack_size+0xbf00>
8040023a:	14052573          	csrrs	a0,sscratch,a0
8040023e:	80401637          	lui	a2,0x80401
80400242:	18460613          	add	a2,a2,388 # 80401184 <sv32_satp+0x1aa>
80400246:	85a2                	mv	a1,s0
80400248:	3f7000ef          	jal	80400e3e <check_eq>
8040024c:	a0000537          	lui	a0,0xa0000
80400250:	0515                	add	a0,a0,5 # a0000005 <__image_end+0x1fbf6bd5>
80400252:	14053573          	csrrc	a0,sscratch,a0
80400256:	80401637          	lui	a2,0x80401
8040025a:	a5a605b7          	lui	a1,0xa5a60
8040025e:	19460613          	add	a2,a2,404 # 80401194 <sv32_satp+0x1ba>
80400262:	fa558593          	add	a1,a1,-91 # a5a5ffa5 <__image_end+0x25656b75>
80400266:	3d9000ef          	jal	80400e3e <check_eq>
8040026a:	140ad573          	csrrw	a0,sscratch,21
8040026e:	80401637          	lui	a2,0x80401
80400272:	05a605b7          	lui	a1,0x5a60
80400276:	1a460613          	add	a2,a2,420 # 804011a4 <sv32_satp+0x1ca>
8040027a:	fa058593          	add	a1,a1,-96 # 5a5ffa0 <__stack_size+0x5a5bfa0>
8040027e:	3c1000ef          	jal	80400e3e <check_eq>
80400282:	14056573          	csrrs	a0,sscratch,10
80400286:	80401637          	lui	a2,0x80401
8040028a:	1b460613          	add	a2,a2,436 # 804011b4 <sv32_satp+0x1da>
8040028e:	45d5                	li	a1,21
80400290:	3af000ef          	jal	80400e3e <check_eq>
80400294:	1402f573          	csrrc	a0,sscratch,5
80400298:	80401637          	lui	a2,0x80401
8040029c:	1c460613          	add	a2,a2,452 # 804011c4 <sv32_satp+0x1ea>
804002a0:	45fd                	li	a1,31
804002a2:	39d000ef          	jal	80400e3e <check_eq>
804002a6:	14049573          	csrrw	a0,sscratch,s1
804002aa:	80401637          	lui	a2,0x80401
804002ae:	1d460613          	add	a2,a2,468 # 804011d4 <sv32_satp+0x1fa>
804002b2:	45e9                	li	a1,26
804002b4:	38b000ef          	jal	80400e3e <check_eq>
804002b8:	80401537          	lui	a0,0x80401
804002bc:	1ec50513          	add	a0,a0,492 # 804011ec <sv32_satp+0x212>
804002c0:	041000ef          	jal	80400b00 <print>
804002c4:	10002a73          	csrr	s4,sstatus
804002c8:	80402437          	lui	s0,0x80402
804002cc:	83440413          	add	s0,s0,-1996 # 80401834 <bits.1>
804002d0:	000c04b7          	lui	s1,0xc0
804002d4:	01440993          	add	s3,s0,20
804002d8:	80401937          	lui	s2,0x80401
804002dc:	12248493          	add	s1,s1,290 # c0122 <__stack_size+0xbc122>
804002e0:	401c                	lw	a5,0(s0)
804002e2:	10079073          	csrw	sstatus,a5
804002e6:	10002573          	csrr	a0,sstatus
804002ea:	400c                	lw	a1,0(s0)
804002ec:	22090613          	add	a2,s2,544 # 80401220 <sv32_satp+0x246>
804002f0:	0411                	add	s0,s0,4
804002f2:	8d65                	and	a0,a0,s1
804002f4:	34b000ef          	jal	80400e3e <check_eq>
804002f8:	ff3414e3          	bne	s0,s3,804002e0 <probe_main+0x1c6>
804002fc:	1004a7f3          	csrrs	a5,sstatus,s1
80400300:	10002573          	csrr	a0,sstatus
80400304:	80401637          	lui	a2,0x80401
80400308:	23460613          	add	a2,a2,564 # 80401234 <sv32_satp+0x25a>
8040030c:	85a6                	mv	a1,s1
8040030e:	8d65                	and	a0,a0,s1
80400310:	32f000ef          	jal	80400e3e <check_eq>
80400314:	1004b7f3          	csrrc	a5,sstatus,s1
80400318:	10002573          	csrr	a0,sstatus
8040031c:	80401637          	lui	a2,0x80401
80400320:	24460613          	add	a2,a2,580 # 80401244 <sv32_satp+0x26a>
80400324:	4581                	li	a1,0
80400326:	8d65                	and	a0,a0,s1
80400328:	317000ef          	jal	80400e3e <check_eq>
8040032c:	10016573          	csrrs	a0,sstatus,2
80400330:	80401637          	lui	a2,0x80401
80400334:	25460613          	add	a2,a2,596 # 80401254 <sv32_satp+0x27a>
80400338:	4581                	li	a1,0
8040033a:	8909                	and	a0,a0,2
8040033c:	303000ef          	jal	80400e3e <check_eq>
80400340:	10017573          	csrrc	a0,sstatus,2
80400344:	80401637          	lui	a2,0x80401
80400348:	26c60613          	add	a2,a2,620 # 8040126c <sv32_satp+0x292>
8040034c:	4589                	li	a1,2
8040034e:	8909                	and	a0,a0,2
80400350:	2ef000ef          	jal	80400e3e <check_eq>
80400354:	100a1073          	csrw	sstatus,s4
80400358:	80401537          	lui	a0,0x80401
8040035c:	28450513          	add	a0,a0,644 # 80401284 <sv32_satp+0x2aa>
80400360:	7a0000ef          	jal	80400b00 <print>
80400364:	597d                	li	s2,-1
80400366:	10491473          	csrrw	s0,sie,s2
8040036a:	10402573          	csrr	a0,sie
8040036e:	80401637          	lui	a2,0x80401
80400372:	2b060613          	add	a2,a2,688 # 804012b0 <sv32_satp+0x2d6>
80400376:	22200593          	li	a1,546
8040037a:	2c5000ef          	jal	80400e3e <check_eq>
8040037e:	4481                	li	s1,0
80400380:	10449073          	csrw	sie,s1
80400384:	10416573          	csrrs	a0,sie,2
80400388:	80401637          	lui	a2,0x80401
8040038c:	2cc60613          	add	a2,a2,716 # 804012cc <sv32_satp+0x2f2>
80400390:	4581                	li	a1,0
80400392:	2ad000ef          	jal	80400e3e <check_eq>
80400396:	10417573          	csrrc	a0,sie,2
8040039a:	80401637          	lui	a2,0x80401
8040039e:	2d860613          	add	a2,a2,728 # 804012d8 <sv32_satp+0x2fe>
804003a2:	4589                	li	a1,2
804003a4:	29b000ef          	jal	80400e3e <check_eq>
804003a8:	10441573          	csrrw	a0,sie,s0
804003ac:	80401637          	lui	a2,0x80401
804003b0:	2e460613          	add	a2,a2,740 # 804012e4 <sv32_satp+0x30a>
804003b4:	4581                	li	a1,0
804003b6:	289000ef          	jal	80400e3e <check_eq>
804003ba:	80401537          	lui	a0,0x80401
804003be:	22200593          	li	a1,546
804003c2:	2f850513          	add	a0,a0,760 # 804012f8 <sv32_satp+0x31e>
804003c6:	7be000ef          	jal	80400b84 <print_value>
804003ca:	14402573          	csrr	a0,sip
804003ce:	80401637          	lui	a2,0x80401
804003d2:	31860613          	add	a2,a2,792 # 80401318 <sv32_satp+0x33e>
804003d6:	4581                	li	a1,0
804003d8:	02257513          	and	a0,a0,34
804003dc:	263000ef          	jal	80400e3e <check_eq>
804003e0:	02000793          	li	a5,32
804003e4:	1447a073          	csrs	sip,a5
804003e8:	14402573          	csrr	a0,sip
804003ec:	80401637          	lui	a2,0x80401
804003f0:	32460613          	add	a2,a2,804 # 80401324 <sv32_satp+0x34a>
804003f4:	4581                	li	a1,0
804003f6:	02057513          	and	a0,a0,32
804003fa:	245000ef          	jal	80400e3e <check_eq>
804003fe:	4409                	li	s0,2
80400400:	14442073          	csrs	sip,s0
80400404:	14402573          	csrr	a0,sip
80400408:	80401637          	lui	a2,0x80401
8040040c:	33c60613          	add	a2,a2,828 # 8040133c <sv32_satp+0x362>
80400410:	4589                	li	a1,2
80400412:	8909                	and	a0,a0,2
80400414:	22b000ef          	jal	80400e3e <check_eq>
80400418:	804007b7          	lui	a5,0x80400
8040041c:	80402a37          	lui	s4,0x80402
80400420:	04278793          	add	a5,a5,66 # 80400042 <soft_irq>
80400424:	00fa2423          	sw	a5,8(s4) # 80402008 <irq_handler>
80400428:	10442073          	csrs	sie,s0
8040042c:	804029b7          	lui	s3,0x80402
80400430:	0009a503          	lw	a0,0(s3) # 80402000 <soft_irqs>
80400434:	80401637          	lui	a2,0x80401
80400438:	35460613          	add	a2,a2,852 # 80401354 <sv32_satp+0x37a>
8040043c:	4581                	li	a1,0
8040043e:	201000ef          	jal	80400e3e <check_eq>
80400442:	10042073          	csrs	sstatus,s0
80400446:	10043073          	csrc	sstatus,s0
8040044a:	10443073          	csrc	sie,s0
8040044e:	000a2423          	sw	zero,8(s4)
80400452:	0009a503          	lw	a0,0(s3)
80400456:	80401637          	lui	a2,0x80401
8040045a:	37c60613          	add	a2,a2,892 # 8040137c <sv32_satp+0x3a2>
8040045e:	4585                	li	a1,1
80400460:	1df000ef          	jal	80400e3e <check_eq>
80400464:	14402573          	csrr	a0,sip
80400468:	80401637          	lui	a2,0x80401
8040046c:	39860613          	add	a2,a2,920 # 80401398 <sv32_satp+0x3be>
80400470:	4581                	li	a1,0
80400472:	8909                	and	a0,a0,2
80400474:	1cb000ef          	jal	80400e3e <check_eq>
80400478:	80401537          	lui	a0,0x80401
8040047c:	3b450513          	add	a0,a0,948 # 804013b4 <sv32_satp+0x3da>
80400480:	680000ef          	jal	80400b00 <print>
80400484:	804015b7          	lui	a1,0x80401
80400488:	8c058413          	add	s0,a1,-1856 # 804008c0 <s_trap_vectors>
8040048c:	105419f3          	csrrw	s3,stvec,s0
80400490:	10502573          	csrr	a0,stvec
80400494:	80401637          	lui	a2,0x80401
80400498:	40060613          	add	a2,a2,1024 # 80401400 <sv32_satp+0x426>
8040049c:	8c058593          	add	a1,a1,-1856
804004a0:	19f000ef          	jal	80400e3e <check_eq>
804004a4:	00146593          	or	a1,s0,1
804004a8:	10559073          	csrw	stvec,a1
804004ac:	10502573          	csrr	a0,stvec
804004b0:	80401637          	lui	a2,0x80401
804004b4:	41060613          	add	a2,a2,1040 # 80401410 <sv32_satp+0x436>
804004b8:	187000ef          	jal	80400e3e <check_eq>
804004bc:	00246793          	or	a5,s0,2
804004c0:	10579073          	csrw	stvec,a5
804004c4:	10502573          	csrr	a0,stvec
804004c8:	8105                	srl	a0,a0,0x1
804004ca:	00154513          	xor	a0,a0,1
804004ce:	804015b7          	lui	a1,0x80401
804004d2:	42058593          	add	a1,a1,1056 # 80401420 <sv32_satp+0x446>
804004d6:	8905                	and	a0,a0,1
804004d8:	15b000ef          	jal	80400e32 <check>
804004dc:	00346413          	or	s0,s0,3
804004e0:	10541073          	csrw	stvec,s0
804004e4:	10502573          	csrr	a0,stvec
804004e8:	8105                	srl	a0,a0,0x1
804004ea:	00154513          	xor	a0,a0,1
804004ee:	804015b7          	lui	a1,0x80401
804004f2:	44458593          	add	a1,a1,1092 # 80401444 <sv32_satp+0x46a>
804004f6:	8905                	and	a0,a0,1
804004f8:	13b000ef          	jal	80400e32 <check>
804004fc:	10599073          	csrw	stvec,s3
80400500:	10502573          	csrr	a0,stvec
80400504:	80401637          	lui	a2,0x80401
80400508:	85ce                	mv	a1,s3
8040050a:	46860613          	add	a2,a2,1128 # 80401468 <sv32_satp+0x48e>
8040050e:	131000ef          	jal	80400e3e <check_eq>
80400512:	80401537          	lui	a0,0x80401
80400516:	47850513          	add	a0,a0,1144 # 80401478 <sv32_satp+0x49e>
8040051a:	23dd                	jal	80400b00 <print>
8040051c:	804015b7          	lui	a1,0x80401
80400520:	23658593          	add	a1,a1,566 # 80401236 <sv32_satp+0x25c>
80400524:	14159073          	csrw	sepc,a1
80400528:	14102573          	csrr	a0,sepc
8040052c:	80401637          	lui	a2,0x80401
80400530:	4bc60613          	add	a2,a2,1212 # 804014bc <sv32_satp+0x4e2>
80400534:	10b000ef          	jal	80400e3e <check_eq>
80400538:	14191073          	csrw	sepc,s2
8040053c:	14102573          	csrr	a0,sepc
80400540:	80401637          	lui	a2,0x80401
80400544:	4c460613          	add	a2,a2,1220 # 804014c4 <sv32_satp+0x4ea>
80400548:	55f9                	li	a1,-2
8040054a:	9979                	and	a0,a0,-2
8040054c:	0f3000ef          	jal	80400e3e <check_eq>
80400550:	800005b7          	lui	a1,0x80000
80400554:	0595                	add	a1,a1,5 # 80000005 <__stack_size+0x7fffc005>
80400556:	14259073          	csrw	scause,a1
8040055a:	14202573          	csrr	a0,scause
8040055e:	80401637          	lui	a2,0x80401
80400562:	4d460613          	add	a2,a2,1236 # 804014d4 <sv32_satp+0x4fa>
80400566:	0d9000ef          	jal	80400e3e <check_eq>
8040056a:	478d                	li	a5,3
8040056c:	14279073          	csrw	scause,a5
80400570:	14202573          	csrr	a0,scause
80400574:	80401637          	lui	a2,0x80401
80400578:	4e860613          	add	a2,a2,1256 # 804014e8 <sv32_satp+0x50e>
8040057c:	458d                	li	a1,3
8040057e:	0c1000ef          	jal	80400e3e <check_eq>
80400582:	deadc5b7          	lui	a1,0xdeadc
80400586:	eef58593          	add	a1,a1,-273 # deadbeef <__image_end+0x5e6d2abf>
8040058a:	14359073          	csrw	stval,a1
8040058e:	14302573          	csrr	a0,stval
80400592:	80401637          	lui	a2,0x80401
80400596:	4fc60613          	add	a2,a2,1276 # 804014fc <sv32_satp+0x522>
8040059a:	0a5000ef          	jal	80400e3e <check_eq>
8040059e:	80401537          	lui	a0,0x80401
804005a2:	50450513          	add	a0,a0,1284 # 80401504 <sv32_satp+0x52a>
804005a6:	2ba9                	jal	80400b00 <print>
804005a8:	441d                	li	s0,7
804005aa:	10641473          	csrrw	s0,scounteren,s0
804005ae:	10602573          	csrr	a0,scounteren
804005b2:	80401637          	lui	a2,0x80401
804005b6:	53460613          	add	a2,a2,1332 # 80401534 <sv32_satp+0x55a>
804005ba:	459d                	li	a1,7
804005bc:	891d                	and	a0,a0,7
804005be:	081000ef          	jal	80400e3e <check_eq>
804005c2:	10649073          	csrw	scounteren,s1
804005c6:	10602573          	csrr	a0,scounteren
804005ca:	80401637          	lui	a2,0x80401
804005ce:	54860613          	add	a2,a2,1352 # 80401548 <sv32_satp+0x56e>
804005d2:	4581                	li	a1,0
804005d4:	891d                	and	a0,a0,7
804005d6:	069000ef          	jal	80400e3e <check_eq>
804005da:	10641073          	csrw	scounteren,s0
804005de:	80401537          	lui	a0,0x80401
804005e2:	55c50513          	add	a0,a0,1372 # 8040155c <sv32_satp+0x582>
804005e6:	2b29                	jal	80400b00 <print>
804005e8:	18002573          	csrr	a0,satp
804005ec:	80401637          	lui	a2,0x80401
804005f0:	57c60613          	add	a2,a2,1404 # 8040157c <sv32_satp+0x5a2>
804005f4:	4581                	li	a1,0
804005f6:	049000ef          	jal	80400e3e <check_eq>
804005fa:	80403437          	lui	s0,0x80403
804005fe:	00040513          	mv	a0,s0
80400602:	1b7000ef          	jal	80400fb8 <sv32_clear>
80400606:	00040513          	mv	a0,s0
8040060a:	1bf000ef          	jal	80400fc8 <sv32_map_image>
8040060e:	00040513          	mv	a0,s0
80400612:	1c9000ef          	jal	80400fda <sv32_satp>
80400616:	18051073          	csrw	satp,a0
8040061a:	12000073          	sfence.vma
8040061e:	18002973          	csrr	s2,satp
80400622:	00040513          	mv	a0,s0
80400626:	1b5000ef          	jal	80400fda <sv32_satp>
8040062a:	80401637          	lui	a2,0x80401
8040062e:	85aa                	mv	a1,a0
80400630:	58c60613          	add	a2,a2,1420 # 8040158c <sv32_satp+0x5b2>
80400634:	854a                	mv	a0,s2
80400636:	009000ef          	jal	80400e3e <check_eq>
8040063a:	80402437          	lui	s0,0x80402
8040063e:	8f042783          	lw	a5,-1808(s0) # 804018f0 <probe_word.0>
80400642:	80401637          	lui	a2,0x80401
80400646:	5a5a05b7          	lui	a1,0x5a5a0
8040064a:	0785                	add	a5,a5,1
8040064c:	8ef42823          	sw	a5,-1808(s0)
80400650:	8f042503          	lw	a0,-1808(s0)
80400654:	59860613          	add	a2,a2,1432 # 80401598 <sv32_satp+0x5be>
80400658:	0589                	add	a1,a1,2 # 5a5a0002 <__stack_size+0x5a59c002>
8040065a:	7e4000ef          	jal	80400e3e <check_eq>
8040065e:	8f040413          	add	s0,s0,-1808
80400662:	12040073          	sfence.vma	s0
80400666:	12900073          	sfence.vma	zero,s1
8040066a:	12940073          	sfence.vma	s0,s1
8040066e:	18049073          	csrw	satp,s1
80400672:	12000073          	sfence.vma
80400676:	18002573          	csrr	a0,satp
8040067a:	80401637          	lui	a2,0x80401
8040067e:	5c060613          	add	a2,a2,1472 # 804015c0 <sv32_satp+0x5e6>
80400682:	4581                	li	a1,0
80400684:	7ba000ef          	jal	80400e3e <check_eq>
80400688:	80401537          	lui	a0,0x80401
8040068c:	5cc50513          	add	a0,a0,1484 # 804015cc <sv32_satp+0x5f2>
80400690:	2985                	jal	80400b00 <print>
80400692:	c00029f3          	rdcycle	s3
80400696:	c0202a73          	rdinstret	s4
8040069a:	00989437          	lui	s0,0x989
8040069e:	7ac000ef          	jal	80400e4a <time_now>
804006a2:	892a                	mv	s2,a0
804006a4:	84ae                	mv	s1,a1
804006a6:	68040413          	add	s0,s0,1664 # 989680 <__stack_size+0x985680>
804006aa:	a021                	j	804006b2 <probe_main+0x598>
804006ac:	00b49863          	bne	s1,a1,804006bc <probe_main+0x5a2>
804006b0:	c411                	beqz	s0,804006bc <probe_main+0x5a2>
804006b2:	798000ef          	jal	80400e4a <time_now>
804006b6:	147d                	add	s0,s0,-1
804006b8:	fea90ae3          	beq	s2,a0,804006ac <probe_main+0x592>
804006bc:	78e000ef          	jal	80400e4a <time_now>
804006c0:	87aa                	mv	a5,a0
804006c2:	4505                	li	a0,1
804006c4:	00b4e563          	bltu	s1,a1,804006ce <probe_main+0x5b4>
804006c8:	1a958f63          	beq	a1,s1,80400886 <probe_main+0x76c>
804006cc:	4501                	li	a0,0
804006ce:	804015b7          	lui	a1,0x80401
804006d2:	61858593          	add	a1,a1,1560 # 80401618 <sv32_satp+0x63e>
804006d6:	75c000ef          	jal	80400e32 <check>
804006da:	c02027f3          	rdinstret	a5
804006de:	804015b7          	lui	a1,0x80401
804006e2:	40fa0533          	sub	a0,s4,a5
804006e6:	62858593          	add	a1,a1,1576 # 80401628 <sv32_satp+0x64e>
804006ea:	00a03533          	snez	a0,a0
804006ee:	744000ef          	jal	80400e32 <check>
804006f2:	c00027f3          	rdcycle	a5
804006f6:	804015b7          	lui	a1,0x80401
804006fa:	40f98533          	sub	a0,s3,a5
804006fe:	63c58593          	add	a1,a1,1596 # 8040163c <sv32_satp+0x662>
80400702:	00a03533          	snez	a0,a0
80400706:	72c000ef          	jal	80400e32 <check>
8040070a:	80401537          	lui	a0,0x80401
8040070e:	64c50513          	add	a0,a0,1612 # 8040164c <sv32_satp+0x672>
80400712:	26fd                	jal	80400b00 <print>
80400714:	6489                	lui	s1,0x2
80400716:	0098c937          	lui	s2,0x98c
8040071a:	730000ef          	jal	80400e4a <time_now>
8040071e:	71048493          	add	s1,s1,1808 # 2710 <__stack_size-0x18f0>
80400722:	d9090913          	add	s2,s2,-624 # 98bd90 <__stack_size+0x987d90>
80400726:	94aa                	add	s1,s1,a0
80400728:	992a                	add	s2,s2,a0
8040072a:	00a4b9b3          	sltu	s3,s1,a0
8040072e:	00a93533          	sltu	a0,s2,a0
80400732:	99ae                	add	s3,s3,a1
80400734:	00b50433          	add	s0,a0,a1
80400738:	02000793          	li	a5,32
8040073c:	10479073          	csrw	sie,a5
80400740:	8526                	mv	a0,s1
80400742:	85ce                	mv	a1,s3
80400744:	718000ef          	jal	80400e5c <set_timer>
80400748:	80401637          	lui	a2,0x80401
8040074c:	87ae                	mv	a5,a1
8040074e:	67060613          	add	a2,a2,1648 # 80401670 <sv32_satp+0x696>
80400752:	4581                	li	a1,0
80400754:	c02a                	sw	a0,0(sp)
80400756:	c23e                	sw	a5,4(sp)
80400758:	6e6000ef          	jal	80400e3e <check_eq>
8040075c:	144027f3          	csrr	a5,sip
80400760:	0207f793          	and	a5,a5,32
80400764:	cb89                	beqz	a5,80400776 <probe_main+0x65c>
80400766:	a005                	j	80400786 <probe_main+0x66c>
80400768:	10500073          	wfi
8040076c:	144027f3          	csrr	a5,sip
80400770:	0207f793          	and	a5,a5,32
80400774:	eb89                	bnez	a5,80400786 <probe_main+0x66c>
80400776:	6d4000ef          	jal	80400e4a <time_now>
8040077a:	fe85e7e3          	bltu	a1,s0,80400768 <probe_main+0x64e>
8040077e:	00b41463          	bne	s0,a1,80400786 <probe_main+0x66c>
80400782:	ff2563e3          	bltu	a0,s2,80400768 <probe_main+0x64e>
80400786:	14402573          	csrr	a0,sip
8040078a:	80401637          	lui	a2,0x80401
8040078e:	67c60613          	add	a2,a2,1660 # 8040167c <sv32_satp+0x6a2>
80400792:	02000593          	li	a1,32
80400796:	02057513          	and	a0,a0,32
8040079a:	2555                	jal	80400e3e <check_eq>
8040079c:	257d                	jal	80400e4a <time_now>
8040079e:	87aa                	mv	a5,a0
804007a0:	4505                	li	a0,1
804007a2:	0f35e063          	bltu	a1,s3,80400882 <probe_main+0x768>
804007a6:	0cb98c63          	beq	s3,a1,8040087e <probe_main+0x764>
804007aa:	804015b7          	lui	a1,0x80401
804007ae:	69058593          	add	a1,a1,1680 # 80401690 <sv32_satp+0x6b6>
804007b2:	2541                	jal	80400e32 <check>
804007b4:	557d                	li	a0,-1
804007b6:	55fd                	li	a1,-1
804007b8:	2555                	jal	80400e5c <set_timer>
804007ba:	14402573          	csrr	a0,sip
804007be:	80401637          	lui	a2,0x80401
804007c2:	6ac60613          	add	a2,a2,1708 # 804016ac <sv32_satp+0x6d2>
804007c6:	4581                	li	a1,0
804007c8:	02057513          	and	a0,a0,32
804007cc:	2d8d                	jal	80400e3e <check_eq>
804007ce:	4781                	li	a5,0
804007d0:	10479073          	csrw	sie,a5
804007d4:	80401537          	lui	a0,0x80401
804007d8:	6c850513          	add	a0,a0,1736 # 804016c8 <sv32_satp+0x6ee>
804007dc:	2615                	jal	80400b00 <print>
804007de:	02000513          	li	a0,32
804007e2:	893ff0ef          	jal	80400074 <check_user_ecall>
804007e6:	4501                	li	a0,0
804007e8:	88dff0ef          	jal	80400074 <check_user_ecall>
804007ec:	80401537          	lui	a0,0x80401
804007f0:	70c50513          	add	a0,a0,1804 # 8040170c <sv32_satp+0x732>
804007f4:	2631                	jal	80400b00 <print>
804007f6:	2db5                	jal	80400e72 <expect_trap>
804007f8:	300022f3          	csrr	t0,mstatus
804007fc:	80401637          	lui	a2,0x80401
80400800:	300025b7          	lui	a1,0x30002
80400804:	76460613          	add	a2,a2,1892 # 80401764 <sv32_satp+0x78a>
80400808:	2f358593          	add	a1,a1,755 # 300022f3 <__stack_size+0x2fffe2f3>
8040080c:	4509                	li	a0,2
8040080e:	80405437          	lui	s0,0x80405
80400812:	2d9d                	jal	80400e88 <check_trap>
80400814:	41040413          	add	s0,s0,1040 # 80405410 <last_trap>
80400818:	440c                	lw	a1,8(s0)
8040081a:	80401537          	lui	a0,0x80401
8040081e:	78050513          	add	a0,a0,1920 # 80401780 <sv32_satp+0x7a6>
80400822:	268d                	jal	80400b84 <print_value>
80400824:	25b9                	jal	80400e72 <expect_trap>
80400826:	34001073          	csrw	mscratch,zero
8040082a:	80401637          	lui	a2,0x80401
8040082e:	340015b7          	lui	a1,0x34001
80400832:	7b060613          	add	a2,a2,1968 # 804017b0 <sv32_satp+0x7d6>
80400836:	07358593          	add	a1,a1,115 # 34001073 <__stack_size+0x33ffd073>
8040083a:	4509                	li	a0,2
8040083c:	25b1                	jal	80400e88 <check_trap>
8040083e:	440c                	lw	a1,8(s0)
80400840:	80401537          	lui	a0,0x80401
80400844:	7cc50513          	add	a0,a0,1996 # 804017cc <sv32_satp+0x7f2>
80400848:	2e35                	jal	80400b84 <print_value>
8040084a:	2525                	jal	80400e72 <expect_trap>
8040084c:	30200073          	mret
80400850:	302005b7          	lui	a1,0x30200
80400854:	80401637          	lui	a2,0x80401
80400858:	07358593          	add	a1,a1,115 # 30200073 <__stack_size+0x301fc073>
8040085c:	4509                	li	a0,2
8040085e:	7fc60613          	add	a2,a2,2044 # 804017fc <sv32_satp+0x822>
80400862:	251d                	jal	80400e88 <check_trap>
80400864:	440c                	lw	a1,8(s0)
80400866:	5422                	lw	s0,40(sp)
80400868:	50b2                	lw	ra,44(sp)
8040086a:	5492                	lw	s1,36(sp)
8040086c:	5902                	lw	s2,32(sp)
8040086e:	49f2                	lw	s3,28(sp)
80400870:	4a62                	lw	s4,24(sp)
80400872:	80402537          	lui	a0,0x80402
80400876:	81050513          	add	a0,a0,-2032 # 80401810 <sv32_satp+0x836>
8040087a:	6145                	add	sp,sp,48
8040087c:	a621                	j	80400b84 <print_value>
8040087e:	f297f6e3          	bgeu	a5,s1,804007aa <probe_main+0x690>
80400882:	4501                	li	a0,0
80400884:	b71d                	j	804007aa <probe_main+0x690>
80400886:	e4f964e3          	bltu	s2,a5,804006ce <probe_main+0x5b4>
8040088a:	4501                	li	a0,0
8040088c:	b589                	j	804006ce <probe_main+0x5b4>
	...

80400890 <s_trap_entry>:
80400890:	14011173          	csrrw	sp,sscratch,sp
80400894:	7119                	add	sp,sp,-128
80400896:	ca16                	sw	t0,20(sp)
80400898:	52fd                	li	t0,-1
8040089a:	1260006f          	j	804009c0 <trap_save>
	...

804008c0 <s_trap_vectors>:
804008c0:	0400006f          	j	80400900 <trap_vector_0>
804008c4:	0480006f          	j	8040090c <trap_vector_1>
804008c8:	0500006f          	j	80400918 <trap_vector_2>
804008cc:	0580006f          	j	80400924 <trap_vector_3>
804008d0:	0600006f          	j	80400930 <trap_vector_4>
804008d4:	0680006f          	j	8040093c <trap_vector_5>
804008d8:	0700006f          	j	80400948 <trap_vector_6>
804008dc:	0780006f          	j	80400954 <trap_vector_7>
804008e0:	0800006f          	j	80400960 <trap_vector_8>
804008e4:	0880006f          	j	8040096c <trap_vector_9>
804008e8:	0900006f          	j	80400978 <trap_vector_10>
804008ec:	0980006f          	j	80400984 <trap_vector_11>
804008f0:	0a00006f          	j	80400990 <trap_vector_12>
804008f4:	0a80006f          	j	8040099c <trap_vector_13>
804008f8:	0b00006f          	j	804009a8 <trap_vector_14>
804008fc:	0b80006f          	j	804009b4 <trap_vector_15>

80400900 <trap_vector_0>:
80400900:	14011173          	csrrw	sp,sscratch,sp
80400904:	7119                	add	sp,sp,-128
80400906:	ca16                	sw	t0,20(sp)
80400908:	4281                	li	t0,0
8040090a:	a85d                	j	804009c0 <trap_save>

8040090c <trap_vector_1>:
8040090c:	14011173          	csrrw	sp,sscratch,sp
80400910:	7119                	add	sp,sp,-128
80400912:	ca16                	sw	t0,20(sp)
80400914:	4285                	li	t0,1
80400916:	a06d                	j	804009c0 <trap_save>

80400918 <trap_vector_2>:
80400918:	14011173          	csrrw	sp,sscratch,sp
8040091c:	7119                	add	sp,sp,-128
8040091e:	ca16                	sw	t0,20(sp)
80400920:	4289                	li	t0,2
80400922:	a879                	j	804009c0 <trap_save>

80400924 <trap_vector_3>:
80400924:	14011173          	csrrw	sp,sscratch,sp
80400928:	7119                	add	sp,sp,-128
8040092a:	ca16                	sw	t0,20(sp)
8040092c:	428d                	li	t0,3
8040092e:	a849                	j	804009c0 <trap_save>

80400930 <trap_vector_4>:
80400930:	14011173          	csrrw	sp,sscratch,sp
80400934:	7119                	add	sp,sp,-128
80400936:	ca16                	sw	t0,20(sp)
80400938:	4291                	li	t0,4
8040093a:	a059                	j	804009c0 <trap_save>

8040093c <trap_vector_5>:
8040093c:	14011173          	csrrw	sp,sscratch,sp
80400940:	7119                	add	sp,sp,-128
80400942:	ca16                	sw	t0,20(sp)
80400944:	4295                	li	t0,5
80400946:	a8ad                	j	804009c0 <trap_save>

80400948 <trap_vector_6>:
80400948:	14011173          	csrrw	sp,sscratch,sp
8040094c:	7119                	add	sp,sp,-128
8040094e:	ca16                	sw	t0,20(sp)
80400950:	4299                	li	t0,6
80400952:	a0bd                	j	804009c0 <trap_save>

80400954 <trap_vector_7>:
80400954:	14011173          	csrrw	sp,sscratch,sp
80400958:	7119                	add	sp,sp,-128
8040095a:	ca16                	sw	t0,20(sp)
8040095c:	429d                	li	t0,7
8040095e:	a08d                	j	804009c0 <trap_save>

80400960 <trap_vector_8>:
80400960:	14011173          	csrrw	sp,sscratch,sp
80400964:	7119                	add	sp,sp,-128
80400966:	ca16                	sw	t0,20(sp)
80400968:	42a1                	li	t0,8
8040096a:	a899                	j	804009c0 <trap_save>

8040096c <trap_vector_9>:
8040096c:	14011173          	csrrw	sp,sscratch,sp
80400970:	7119                	add	sp,sp,-128
80400972:	ca16                	sw	t0,20(sp)
80400974:	42a5                	li	t0,9
80400976:	a0a9                	j	804009c0 <trap_save>

80400978 <trap_vector_10>:
80400978:	14011173          	csrrw	sp,sscratch,sp
8040097c:	7119                	add	sp,sp,-128
8040097e:	ca16                	sw	t0,20(sp)
80400980:	42a9                	li	t0,10
80400982:	a83d                	j	804009c0 <trap_save>

80400984 <trap_vector_11>:
80400984:	14011173          	csrrw	sp,sscratch,sp
80400988:	7119                	add	sp,sp,-128
8040098a:	ca16                	sw	t0,20(sp)
8040098c:	42ad                	li	t0,11
8040098e:	a80d                	j	804009c0 <trap_save>

80400990 <trap_vector_12>:
80400990:	14011173          	csrrw	sp,sscratch,sp
80400994:	7119                	add	sp,sp,-128
80400996:	ca16                	sw	t0,20(sp)
80400998:	42b1                	li	t0,12
8040099a:	a01d                	j	804009c0 <trap_save>

8040099c <trap_vector_13>:
8040099c:	14011173          	csrrw	sp,sscratch,sp
804009a0:	7119                	add	sp,sp,-128
804009a2:	ca16                	sw	t0,20(sp)
804009a4:	42b5                	li	t0,13
804009a6:	a829                	j	804009c0 <trap_save>

804009a8 <trap_vector_14>:
804009a8:	14011173          	csrrw	sp,sscratch,sp
804009ac:	7119                	add	sp,sp,-128
804009ae:	ca16                	sw	t0,20(sp)
804009b0:	42b9                	li	t0,14
804009b2:	a039                	j	804009c0 <trap_save>

804009b4 <trap_vector_15>:
804009b4:	14011173          	csrrw	sp,sscratch,sp
804009b8:	7119                	add	sp,sp,-128
804009ba:	ca16                	sw	t0,20(sp)
804009bc:	42bd                	li	t0,15
804009be:	a009                	j	804009c0 <trap_save>

804009c0 <trap_save>:
804009c0:	c016                	sw	t0,0(sp)
804009c2:	c206                	sw	ra,4(sp)
804009c4:	c60e                	sw	gp,12(sp)
804009c6:	c812                	sw	tp,16(sp)
804009c8:	cc1a                	sw	t1,24(sp)
804009ca:	ce1e                	sw	t2,28(sp)
804009cc:	d022                	sw	s0,32(sp)
804009ce:	d226                	sw	s1,36(sp)
804009d0:	d42a                	sw	a0,40(sp)
804009d2:	d62e                	sw	a1,44(sp)
804009d4:	d832                	sw	a2,48(sp)
804009d6:	da36                	sw	a3,52(sp)
804009d8:	dc3a                	sw	a4,56(sp)
804009da:	de3e                	sw	a5,60(sp)
804009dc:	c0c2                	sw	a6,64(sp)
804009de:	c2c6                	sw	a7,68(sp)
804009e0:	c4ca                	sw	s2,72(sp)
804009e2:	c6ce                	sw	s3,76(sp)
804009e4:	c8d2                	sw	s4,80(sp)
804009e6:	cad6                	sw	s5,84(sp)
804009e8:	ccda                	sw	s6,88(sp)
804009ea:	cede                	sw	s7,92(sp)
804009ec:	d0e2                	sw	s8,96(sp)
804009ee:	d2e6                	sw	s9,100(sp)
804009f0:	d4ea                	sw	s10,104(sp)
804009f2:	d6ee                	sw	s11,108(sp)
804009f4:	d8f2                	sw	t3,112(sp)
804009f6:	daf6                	sw	t4,116(sp)
804009f8:	dcfa                	sw	t5,120(sp)
804009fa:	defe                	sw	t6,124(sp)
804009fc:	140022f3          	csrr	t0,sscratch
80400a00:	c416                	sw	t0,8(sp)
80400a02:	08010293          	add	t0,sp,128
80400a06:	14029073          	csrw	sscratch,t0
80400a0a:	850a                	mv	a0,sp
80400a0c:	21f9                	jal	80400eda <s_trap>
80400a0e:	4092                	lw	ra,4(sp)
80400a10:	41b2                	lw	gp,12(sp)
80400a12:	4242                	lw	tp,16(sp)
80400a14:	42d2                	lw	t0,20(sp)
80400a16:	4362                	lw	t1,24(sp)
80400a18:	43f2                	lw	t2,28(sp)
80400a1a:	5402                	lw	s0,32(sp)
80400a1c:	5492                	lw	s1,36(sp)
80400a1e:	5522                	lw	a0,40(sp)
80400a20:	55b2                	lw	a1,44(sp)
80400a22:	5642                	lw	a2,48(sp)
80400a24:	56d2                	lw	a3,52(sp)
80400a26:	5762                	lw	a4,56(sp)
80400a28:	57f2                	lw	a5,60(sp)
80400a2a:	4806                	lw	a6,64(sp)
80400a2c:	4896                	lw	a7,68(sp)
80400a2e:	4926                	lw	s2,72(sp)
80400a30:	49b6                	lw	s3,76(sp)
80400a32:	4a46                	lw	s4,80(sp)
80400a34:	4ad6                	lw	s5,84(sp)
80400a36:	4b66                	lw	s6,88(sp)
80400a38:	4bf6                	lw	s7,92(sp)
80400a3a:	5c06                	lw	s8,96(sp)
80400a3c:	5c96                	lw	s9,100(sp)
80400a3e:	5d26                	lw	s10,104(sp)
80400a40:	5db6                	lw	s11,108(sp)
80400a42:	5e46                	lw	t3,112(sp)
80400a44:	5ed6                	lw	t4,116(sp)
80400a46:	5f66                	lw	t5,120(sp)
80400a48:	5ff6                	lw	t6,124(sp)
80400a4a:	4122                	lw	sp,8(sp)
80400a4c:	10200073          	sret
	...

80400a7c <enter_user>:
80400a7c:	7139                	add	sp,sp,-64
80400a7e:	c006                	sw	ra,0(sp)
80400a80:	c222                	sw	s0,4(sp)
80400a82:	c426                	sw	s1,8(sp)
80400a84:	c64a                	sw	s2,12(sp)
80400a86:	c84e                	sw	s3,16(sp)
80400a88:	ca52                	sw	s4,20(sp)
80400a8a:	cc56                	sw	s5,24(sp)
80400a8c:	ce5a                	sw	s6,28(sp)
80400a8e:	d05e                	sw	s7,32(sp)
80400a90:	d262                	sw	s8,36(sp)
80400a92:	d466                	sw	s9,40(sp)
80400a94:	d66a                	sw	s10,44(sp)
80400a96:	d86e                	sw	s11,48(sp)
80400a98:	00003297          	auipc	t0,0x3
80400a9c:	56828293          	add	t0,t0,1384 # 80404000 <user_saved_sp>
80400aa0:	0022a023          	sw	sp,0(t0)
80400aa4:	14151073          	csrw	sepc,a0
80400aa8:	10000293          	li	t0,256
80400aac:	1002b073          	csrc	sstatus,t0
80400ab0:	812e                	mv	sp,a1
80400ab2:	8532                	mv	a0,a2
80400ab4:	10200073          	sret

80400ab8 <user_return>:
80400ab8:	00003297          	auipc	t0,0x3
80400abc:	54828293          	add	t0,t0,1352 # 80404000 <user_saved_sp>
80400ac0:	0002a103          	lw	sp,0(t0)
80400ac4:	4082                	lw	ra,0(sp)
80400ac6:	4412                	lw	s0,4(sp)
80400ac8:	44a2                	lw	s1,8(sp)
80400aca:	4932                	lw	s2,12(sp)
80400acc:	49c2                	lw	s3,16(sp)
80400ace:	4a52                	lw	s4,20(sp)
80400ad0:	4ae2                	lw	s5,24(sp)
80400ad2:	4b72                	lw	s6,28(sp)
80400ad4:	5b82                	lw	s7,32(sp)
80400ad6:	5c12                	lw	s8,36(sp)
80400ad8:	5ca2                	lw	s9,40(sp)
80400ada:	5d32                	lw	s10,44(sp)
80400adc:	5dc2                	lw	s11,48(sp)
80400ade:	6121                	add	sp,sp,64
80400ae0:	8082                	ret
	...

80400ae4 <user_ecall>:
80400ae4:	00000073          	ecall
80400ae8:	ffdff06f          	j	80400ae4 <user_ecall>

80400aec <sbi_call>:
80400aec:	1141                	add	sp,sp,-16
80400aee:	88aa                	mv	a7,a0
80400af0:	882e                	mv	a6,a1
80400af2:	8532                	mv	a0,a2
80400af4:	85b6                	mv	a1,a3
80400af6:	863a                	mv	a2,a4
80400af8:	00000073          	ecall
80400afc:	0141                	add	sp,sp,16
80400afe:	8082                	ret

80400b00 <print>:
80400b00:	00054783          	lbu	a5,0(a0)
80400b04:	85aa                	mv	a1,a0
80400b06:	4501                	li	a0,0
80400b08:	c799                	beqz	a5,80400b16 <print+0x16>
80400b0a:	0505                	add	a0,a0,1
80400b0c:	00a587b3          	add	a5,a1,a0
80400b10:	0007c783          	lbu	a5,0(a5)
80400b14:	fbfd                	bnez	a5,80400b0a <print+0xa>
80400b16:	444248b7          	lui	a7,0x44424
80400b1a:	4601                	li	a2,0
80400b1c:	4801                	li	a6,0
80400b1e:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400b22:	00000073          	ecall
80400b26:	8082                	ret

80400b28 <print_hex>:
80400b28:	1141                	add	sp,sp,-16
80400b2a:	77e1                	lui	a5,0xffff8
80400b2c:	004c                	add	a1,sp,4
80400b2e:	8307c793          	xor	a5,a5,-2000
80400b32:	80402637          	lui	a2,0x80402
80400b36:	00f11223          	sh	a5,4(sp)
80400b3a:	86ae                	mv	a3,a1
80400b3c:	4771                	li	a4,28
80400b3e:	84860613          	add	a2,a2,-1976 # 80401848 <bits.1+0x14>
80400b42:	5871                	li	a6,-4
80400b44:	00e557b3          	srl	a5,a0,a4
80400b48:	8bbd                	and	a5,a5,15
80400b4a:	97b2                	add	a5,a5,a2
80400b4c:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbeebd0>
80400b50:	1771                	add	a4,a4,-4
80400b52:	0685                	add	a3,a3,1
80400b54:	00f680a3          	sb	a5,1(a3)
80400b58:	ff0716e3          	bne	a4,a6,80400b44 <print_hex+0x1c>
80400b5c:	00010723          	sb	zero,14(sp)
80400b60:	87ae                	mv	a5,a1
80400b62:	0017c703          	lbu	a4,1(a5)
80400b66:	853e                	mv	a0,a5
80400b68:	0785                	add	a5,a5,1
80400b6a:	ff65                	bnez	a4,80400b62 <print_hex+0x3a>
80400b6c:	8d0d                	sub	a0,a0,a1
80400b6e:	444248b7          	lui	a7,0x44424
80400b72:	0505                	add	a0,a0,1
80400b74:	4601                	li	a2,0
80400b76:	4801                	li	a6,0
80400b78:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400b7c:	00000073          	ecall
80400b80:	0141                	add	sp,sp,16
80400b82:	8082                	ret

80400b84 <print_value>:
80400b84:	00054783          	lbu	a5,0(a0)
80400b88:	872a                	mv	a4,a0
80400b8a:	1141                	add	sp,sp,-16
80400b8c:	832e                	mv	t1,a1
80400b8e:	4501                	li	a0,0
80400b90:	c799                	beqz	a5,80400b9e <print_value+0x1a>
80400b92:	0505                	add	a0,a0,1
80400b94:	00a707b3          	add	a5,a4,a0
80400b98:	0007c783          	lbu	a5,0(a5)
80400b9c:	fbfd                	bnez	a5,80400b92 <print_value+0xe>
80400b9e:	444248b7          	lui	a7,0x44424
80400ba2:	85ba                	mv	a1,a4
80400ba4:	4601                	li	a2,0
80400ba6:	4801                	li	a6,0
80400ba8:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400bac:	00000073          	ecall
80400bb0:	804025b7          	lui	a1,0x80402
80400bb4:	4505                	li	a0,1
80400bb6:	85c58593          	add	a1,a1,-1956 # 8040185c <bits.1+0x28>
80400bba:	00000073          	ecall
80400bbe:	77e1                	lui	a5,0xffff8
80400bc0:	004c                	add	a1,sp,4
80400bc2:	8307c793          	xor	a5,a5,-2000
80400bc6:	80402637          	lui	a2,0x80402
80400bca:	00f11223          	sh	a5,4(sp)
80400bce:	86ae                	mv	a3,a1
80400bd0:	4771                	li	a4,28
80400bd2:	84860613          	add	a2,a2,-1976 # 80401848 <bits.1+0x14>
80400bd6:	5571                	li	a0,-4
80400bd8:	00e357b3          	srl	a5,t1,a4
80400bdc:	8bbd                	and	a5,a5,15
80400bde:	97b2                	add	a5,a5,a2
80400be0:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbeebd0>
80400be4:	1771                	add	a4,a4,-4
80400be6:	0685                	add	a3,a3,1
80400be8:	00f680a3          	sb	a5,1(a3)
80400bec:	fea716e3          	bne	a4,a0,80400bd8 <print_value+0x54>
80400bf0:	00010723          	sb	zero,14(sp)
80400bf4:	87ae                	mv	a5,a1
80400bf6:	0017c703          	lbu	a4,1(a5)
80400bfa:	853e                	mv	a0,a5
80400bfc:	0785                	add	a5,a5,1
80400bfe:	ff65                	bnez	a4,80400bf6 <print_value+0x72>
80400c00:	8d0d                	sub	a0,a0,a1
80400c02:	444248b7          	lui	a7,0x44424
80400c06:	0505                	add	a0,a0,1
80400c08:	4601                	li	a2,0
80400c0a:	4801                	li	a6,0
80400c0c:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400c10:	00000073          	ecall
80400c14:	804015b7          	lui	a1,0x80401
80400c18:	4505                	li	a0,1
80400c1a:	17058593          	add	a1,a1,368 # 80401170 <sv32_satp+0x196>
80400c1e:	00000073          	ecall
80400c22:	0141                	add	sp,sp,16
80400c24:	8082                	ret

80400c26 <probe_exit>:
80400c26:	1141                	add	sp,sp,-16
80400c28:	85aa                	mv	a1,a0
80400c2a:	f00007b7          	lui	a5,0xf0000
80400c2e:	535258b7          	lui	a7,0x53525
80400c32:	c606                	sw	ra,12(sp)
80400c34:	4501                	li	a0,0
80400c36:	8ddd                	or	a1,a1,a5
80400c38:	4601                	li	a2,0
80400c3a:	4801                	li	a6,0
80400c3c:	35488893          	add	a7,a7,852 # 53525354 <__stack_size+0x53521354>
80400c40:	00000073          	ecall
80400c44:	80402537          	lui	a0,0x80402
80400c48:	86050513          	add	a0,a0,-1952 # 80401860 <bits.1+0x2c>
80400c4c:	3d55                	jal	80400b00 <print>
80400c4e:	10500073          	wfi
80400c52:	10500073          	wfi
80400c56:	bfe5                	j	80400c4e <probe_exit+0x28>

80400c58 <unexpected_trap>:
80400c58:	1141                	add	sp,sp,-16
80400c5a:	c04a                	sw	s2,0(sp)
80400c5c:	892a                	mv	s2,a0
80400c5e:	80402537          	lui	a0,0x80402
80400c62:	88050513          	add	a0,a0,-1920 # 80401880 <bits.1+0x4c>
80400c66:	c606                	sw	ra,12(sp)
80400c68:	c422                	sw	s0,8(sp)
80400c6a:	c226                	sw	s1,4(sp)
80400c6c:	8432                	mv	s0,a2
80400c6e:	84ae                	mv	s1,a1
80400c70:	3d41                	jal	80400b00 <print>
80400c72:	854a                	mv	a0,s2
80400c74:	3d55                	jal	80400b28 <print_hex>
80400c76:	80402537          	lui	a0,0x80402
80400c7a:	8a050513          	add	a0,a0,-1888 # 804018a0 <bits.1+0x6c>
80400c7e:	3549                	jal	80400b00 <print>
80400c80:	8526                	mv	a0,s1
80400c82:	355d                	jal	80400b28 <print_hex>
80400c84:	80402537          	lui	a0,0x80402
80400c88:	8a850513          	add	a0,a0,-1880 # 804018a8 <bits.1+0x74>
80400c8c:	3d95                	jal	80400b00 <print>
80400c8e:	8522                	mv	a0,s0
80400c90:	3d61                	jal	80400b28 <print_hex>
80400c92:	80401537          	lui	a0,0x80401
80400c96:	17050513          	add	a0,a0,368 # 80401170 <sv32_satp+0x196>
80400c9a:	359d                	jal	80400b00 <print>
80400c9c:	4505                	li	a0,1
80400c9e:	3761                	jal	80400c26 <probe_exit>

80400ca0 <check_eq.part.0>:
80400ca0:	804027b7          	lui	a5,0x80402
80400ca4:	1101                	add	sp,sp,-32
80400ca6:	8e2e                	mv	t3,a1
80400ca8:	ce06                	sw	ra,28(sp)
80400caa:	8b078593          	add	a1,a5,-1872 # 804018b0 <bits.1+0x7c>
80400cae:	8f2a                	mv	t5,a0
80400cb0:	86b2                	mv	a3,a2
80400cb2:	8b078793          	add	a5,a5,-1872
80400cb6:	0017c703          	lbu	a4,1(a5)
80400cba:	853e                	mv	a0,a5
80400cbc:	0785                	add	a5,a5,1
80400cbe:	ff65                	bnez	a4,80400cb6 <check_eq.part.0+0x16>
80400cc0:	8d0d                	sub	a0,a0,a1
80400cc2:	444248b7          	lui	a7,0x44424
80400cc6:	0505                	add	a0,a0,1
80400cc8:	4601                	li	a2,0
80400cca:	4801                	li	a6,0
80400ccc:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400cd0:	00000073          	ecall
80400cd4:	0006c783          	lbu	a5,0(a3)
80400cd8:	4501                	li	a0,0
80400cda:	c799                	beqz	a5,80400ce8 <check_eq.part.0+0x48>
80400cdc:	0505                	add	a0,a0,1
80400cde:	00a687b3          	add	a5,a3,a0
80400ce2:	0007c783          	lbu	a5,0(a5)
80400ce6:	fbfd                	bnez	a5,80400cdc <check_eq.part.0+0x3c>
80400ce8:	444248b7          	lui	a7,0x44424
80400cec:	85b6                	mv	a1,a3
80400cee:	4601                	li	a2,0
80400cf0:	4801                	li	a6,0
80400cf2:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400cf6:	00000073          	ecall
80400cfa:	804027b7          	lui	a5,0x80402
80400cfe:	8b878593          	add	a1,a5,-1864 # 804018b8 <bits.1+0x84>
80400d02:	8b878793          	add	a5,a5,-1864
80400d06:	0017c703          	lbu	a4,1(a5)
80400d0a:	86be                	mv	a3,a5
80400d0c:	0785                	add	a5,a5,1
80400d0e:	ff65                	bnez	a4,80400d06 <check_eq.part.0+0x66>
80400d10:	8e8d                	sub	a3,a3,a1
80400d12:	444248b7          	lui	a7,0x44424
80400d16:	00168513          	add	a0,a3,1
80400d1a:	4601                	li	a2,0
80400d1c:	4801                	li	a6,0
80400d1e:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400d22:	00000073          	ecall
80400d26:	77e1                	lui	a5,0xffff8
80400d28:	00410e93          	add	t4,sp,4
80400d2c:	8307c793          	xor	a5,a5,-2000
80400d30:	80402337          	lui	t1,0x80402
80400d34:	00f11223          	sh	a5,4(sp)
80400d38:	86f6                	mv	a3,t4
80400d3a:	4771                	li	a4,28
80400d3c:	84830313          	add	t1,t1,-1976 # 80401848 <bits.1+0x14>
80400d40:	5671                	li	a2,-4
80400d42:	00ef57b3          	srl	a5,t5,a4
80400d46:	8bbd                	and	a5,a5,15
80400d48:	979a                	add	a5,a5,t1
80400d4a:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbeebd0>
80400d4e:	1771                	add	a4,a4,-4
80400d50:	0685                	add	a3,a3,1
80400d52:	00f680a3          	sb	a5,1(a3)
80400d56:	fec716e3          	bne	a4,a2,80400d42 <check_eq.part.0+0xa2>
80400d5a:	00010723          	sb	zero,14(sp)
80400d5e:	87f6                	mv	a5,t4
80400d60:	0017c703          	lbu	a4,1(a5)
80400d64:	853e                	mv	a0,a5
80400d66:	0785                	add	a5,a5,1
80400d68:	ff65                	bnez	a4,80400d60 <check_eq.part.0+0xc0>
80400d6a:	41d50533          	sub	a0,a0,t4
80400d6e:	444248b7          	lui	a7,0x44424
80400d72:	0505                	add	a0,a0,1
80400d74:	85f6                	mv	a1,t4
80400d76:	4601                	li	a2,0
80400d78:	4801                	li	a6,0
80400d7a:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400d7e:	00000073          	ecall
80400d82:	804027b7          	lui	a5,0x80402
80400d86:	8c078593          	add	a1,a5,-1856 # 804018c0 <bits.1+0x8c>
80400d8a:	8c078793          	add	a5,a5,-1856
80400d8e:	0017c703          	lbu	a4,1(a5)
80400d92:	853e                	mv	a0,a5
80400d94:	0785                	add	a5,a5,1
80400d96:	ff65                	bnez	a4,80400d8e <check_eq.part.0+0xee>
80400d98:	8d0d                	sub	a0,a0,a1
80400d9a:	444248b7          	lui	a7,0x44424
80400d9e:	0505                	add	a0,a0,1
80400da0:	4601                	li	a2,0
80400da2:	4801                	li	a6,0
80400da4:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400da8:	00000073          	ecall
80400dac:	77e1                	lui	a5,0xffff8
80400dae:	8307c793          	xor	a5,a5,-2000
80400db2:	00f11223          	sh	a5,4(sp)
80400db6:	86f6                	mv	a3,t4
80400db8:	4771                	li	a4,28
80400dba:	5671                	li	a2,-4
80400dbc:	00ee57b3          	srl	a5,t3,a4
80400dc0:	8bbd                	and	a5,a5,15
80400dc2:	979a                	add	a5,a5,t1
80400dc4:	0007c783          	lbu	a5,0(a5) # ffff8000 <__image_end+0x7fbeebd0>
80400dc8:	1771                	add	a4,a4,-4
80400dca:	0685                	add	a3,a3,1
80400dcc:	00f680a3          	sb	a5,1(a3)
80400dd0:	fec716e3          	bne	a4,a2,80400dbc <check_eq.part.0+0x11c>
80400dd4:	00010723          	sb	zero,14(sp)
80400dd8:	87f6                	mv	a5,t4
80400dda:	0017c703          	lbu	a4,1(a5)
80400dde:	853e                	mv	a0,a5
80400de0:	0785                	add	a5,a5,1
80400de2:	ff65                	bnez	a4,80400dda <check_eq.part.0+0x13a>
80400de4:	41d50533          	sub	a0,a0,t4
80400de8:	444248b7          	lui	a7,0x44424
80400dec:	0505                	add	a0,a0,1
80400dee:	85f6                	mv	a1,t4
80400df0:	4601                	li	a2,0
80400df2:	4801                	li	a6,0
80400df4:	34e88893          	add	a7,a7,846 # 4442434e <__stack_size+0x4442034e>
80400df8:	00000073          	ecall
80400dfc:	804015b7          	lui	a1,0x80401
80400e00:	4505                	li	a0,1
80400e02:	17058593          	add	a1,a1,368 # 80401170 <sv32_satp+0x196>
80400e06:	00000073          	ecall
80400e0a:	4505                	li	a0,1
80400e0c:	3d29                	jal	80400c26 <probe_exit>

80400e0e <fail>:
80400e0e:	1141                	add	sp,sp,-16
80400e10:	c422                	sw	s0,8(sp)
80400e12:	842a                	mv	s0,a0
80400e14:	80402537          	lui	a0,0x80402
80400e18:	8b050513          	add	a0,a0,-1872 # 804018b0 <bits.1+0x7c>
80400e1c:	c606                	sw	ra,12(sp)
80400e1e:	31cd                	jal	80400b00 <print>
80400e20:	8522                	mv	a0,s0
80400e22:	39f9                	jal	80400b00 <print>
80400e24:	80401537          	lui	a0,0x80401
80400e28:	17050513          	add	a0,a0,368 # 80401170 <sv32_satp+0x196>
80400e2c:	39d1                	jal	80400b00 <print>
80400e2e:	4505                	li	a0,1
80400e30:	3bdd                	jal	80400c26 <probe_exit>

80400e32 <check>:
80400e32:	c111                	beqz	a0,80400e36 <check+0x4>
80400e34:	8082                	ret
80400e36:	1141                	add	sp,sp,-16
80400e38:	852e                	mv	a0,a1
80400e3a:	c606                	sw	ra,12(sp)
80400e3c:	3fc9                	jal	80400e0e <fail>

80400e3e <check_eq>:
80400e3e:	00b51363          	bne	a0,a1,80400e44 <check_eq+0x6>
80400e42:	8082                	ret
80400e44:	1141                	add	sp,sp,-16
80400e46:	c606                	sw	ra,12(sp)
80400e48:	3da1                	jal	80400ca0 <check_eq.part.0>

80400e4a <time_now>:
80400e4a:	c81025f3          	rdtimeh	a1
80400e4e:	c0102573          	rdtime	a0
80400e52:	c81027f3          	rdtimeh	a5
80400e56:	fef59ae3          	bne	a1,a5,80400e4a <time_now>
80400e5a:	8082                	ret

80400e5c <set_timer>:
80400e5c:	544958b7          	lui	a7,0x54495
80400e60:	1141                	add	sp,sp,-16
80400e62:	4601                	li	a2,0
80400e64:	4801                	li	a6,0
80400e66:	d4588893          	add	a7,a7,-699 # 54494d45 <__stack_size+0x54490d45>
80400e6a:	00000073          	ecall
80400e6e:	0141                	add	sp,sp,16
80400e70:	8082                	ret

80400e72 <expect_trap>:
80400e72:	804057b7          	lui	a5,0x80405
80400e76:	577d                	li	a4,-1
80400e78:	40e7a823          	sw	a4,1040(a5) # 80405410 <last_trap>
80400e7c:	804027b7          	lui	a5,0x80402
80400e80:	4705                	li	a4,1
80400e82:	00e7a223          	sw	a4,4(a5) # 80402004 <s_trap_expected>
80400e86:	8082                	ret

80400e88 <check_trap>:
80400e88:	804027b7          	lui	a5,0x80402
80400e8c:	0007a223          	sw	zero,4(a5) # 80402004 <s_trap_expected>
80400e90:	804057b7          	lui	a5,0x80405
80400e94:	41078793          	add	a5,a5,1040 # 80405410 <last_trap>
80400e98:	0007a883          	lw	a7,0(a5)
80400e9c:	1141                	add	sp,sp,-16
80400e9e:	c606                	sw	ra,12(sp)
80400ea0:	587d                	li	a6,-1
80400ea2:	01088b63          	beq	a7,a6,80400eb8 <check_trap+0x30>
80400ea6:	4394                	lw	a3,0(a5)
80400ea8:	00a69b63          	bne	a3,a0,80400ebe <check_trap+0x36>
80400eac:	4788                	lw	a0,8(a5)
80400eae:	00b51763          	bne	a0,a1,80400ebc <check_trap+0x34>
80400eb2:	40b2                	lw	ra,12(sp)
80400eb4:	0141                	add	sp,sp,16
80400eb6:	8082                	ret
80400eb8:	8532                	mv	a0,a2
80400eba:	3f91                	jal	80400e0e <fail>
80400ebc:	33d5                	jal	80400ca0 <check_eq.part.0>
80400ebe:	85aa                	mv	a1,a0
80400ec0:	8536                	mv	a0,a3
80400ec2:	3bf9                	jal	80400ca0 <check_eq.part.0>

80400ec4 <run_user>:
80400ec4:	862e                	mv	a2,a1
80400ec6:	804055b7          	lui	a1,0x80405
80400eca:	804057b7          	lui	a5,0x80405
80400ece:	577d                	li	a4,-1
80400ed0:	41058593          	add	a1,a1,1040 # 80405410 <last_trap>
80400ed4:	40e7a823          	sw	a4,1040(a5) # 80405410 <last_trap>
80400ed8:	b655                	j	80400a7c <enter_user>

80400eda <s_trap>:
80400eda:	7179                	add	sp,sp,-48
80400edc:	d606                	sw	ra,44(sp)
80400ede:	14202773          	csrr	a4,scause
80400ee2:	141025f3          	csrr	a1,sepc
80400ee6:	14302673          	csrr	a2,stval
80400eea:	10002873          	csrr	a6,sstatus
80400eee:	08074063          	bltz	a4,80400f6e <s_trap+0x94>
80400ef2:	804057b7          	lui	a5,0x80405
80400ef6:	41078793          	add	a5,a5,1040 # 80405410 <last_trap>
80400efa:	86aa                	mv	a3,a0
80400efc:	4108                	lw	a0,0(a0)
80400efe:	c398                	sw	a4,0(a5)
80400f00:	c3cc                	sw	a1,4(a5)
80400f02:	c790                	sw	a2,8(a5)
80400f04:	0107a623          	sw	a6,12(a5)
80400f08:	cc42                	sw	a6,24(sp)
80400f0a:	c63a                	sw	a4,12(sp)
80400f0c:	c82e                	sw	a1,16(sp)
80400f0e:	ca32                	sw	a2,20(sp)
80400f10:	ce2a                	sw	a0,28(sp)
80400f12:	cb88                	sw	a0,16(a5)
80400f14:	10087813          	and	a6,a6,256
80400f18:	02081063          	bnez	a6,80400f38 <s_trap+0x5e>
80400f1c:	d698                	sw	a4,40(a3)
80400f1e:	10000793          	li	a5,256
80400f22:	1007a073          	csrs	sstatus,a5
80400f26:	804017b7          	lui	a5,0x80401
80400f2a:	ab878793          	add	a5,a5,-1352 # 80400ab8 <user_return>
80400f2e:	14179073          	csrw	sepc,a5
80400f32:	50b2                	lw	ra,44(sp)
80400f34:	6145                	add	sp,sp,48
80400f36:	8082                	ret
80400f38:	804027b7          	lui	a5,0x80402
80400f3c:	0047a503          	lw	a0,4(a5) # 80402004 <s_trap_expected>
80400f40:	c921                	beqz	a0,80400f90 <s_trap+0xb6>
80400f42:	0007a223          	sw	zero,4(a5)
80400f46:	47b1                	li	a5,12
80400f48:	02f70e63          	beq	a4,a5,80400f84 <s_trap+0xaa>
80400f4c:	4785                	li	a5,1
80400f4e:	02f70b63          	beq	a4,a5,80400f84 <s_trap+0xaa>
80400f52:	0005d783          	lhu	a5,0(a1)
80400f56:	468d                	li	a3,3
80400f58:	4709                	li	a4,2
80400f5a:	8b8d                	and	a5,a5,3
80400f5c:	00d79363          	bne	a5,a3,80400f62 <s_trap+0x88>
80400f60:	4711                	li	a4,4
80400f62:	95ba                	add	a1,a1,a4
80400f64:	14159073          	csrw	sepc,a1
80400f68:	50b2                	lw	ra,44(sp)
80400f6a:	6145                	add	sp,sp,48
80400f6c:	8082                	ret
80400f6e:	804027b7          	lui	a5,0x80402
80400f72:	0087a683          	lw	a3,8(a5) # 80402008 <irq_handler>
80400f76:	ce89                	beqz	a3,80400f90 <s_trap+0xb6>
80400f78:	50b2                	lw	ra,44(sp)
80400f7a:	0087a783          	lw	a5,8(a5)
80400f7e:	85ba                	mv	a1,a4
80400f80:	6145                	add	sp,sp,48
80400f82:	8782                	jr	a5
80400f84:	42dc                	lw	a5,4(a3)
80400f86:	14179073          	csrw	sepc,a5
80400f8a:	50b2                	lw	ra,44(sp)
80400f8c:	6145                	add	sp,sp,48
80400f8e:	8082                	ret
80400f90:	853a                	mv	a0,a4
80400f92:	31d9                	jal	80400c58 <unexpected_trap>

80400f94 <probe_start>:
80400f94:	1141                	add	sp,sp,-16
80400f96:	c606                	sw	ra,12(sp)
80400f98:	e911                	bnez	a0,80400fac <probe_start+0x18>
80400f9a:	980ff0ef          	jal	8040011a <probe_main>
80400f9e:	80402537          	lui	a0,0x80402
80400fa2:	8dc50513          	add	a0,a0,-1828 # 804018dc <bits.1+0xa8>
80400fa6:	3ea9                	jal	80400b00 <print>
80400fa8:	4501                	li	a0,0
80400faa:	39b5                	jal	80400c26 <probe_exit>
80400fac:	80402637          	lui	a2,0x80402
80400fb0:	8cc60613          	add	a2,a2,-1844 # 804018cc <bits.1+0x98>
80400fb4:	4581                	li	a1,0
80400fb6:	31ed                	jal	80400ca0 <check_eq.part.0>

80400fb8 <sv32_clear>:
80400fb8:	6785                	lui	a5,0x1
80400fba:	97aa                	add	a5,a5,a0
80400fbc:	00052023          	sw	zero,0(a0)
80400fc0:	0511                	add	a0,a0,4
80400fc2:	fef51de3          	bne	a0,a5,80400fbc <sv32_clear+0x4>
80400fc6:	8082                	ret

80400fc8 <sv32_map_image>:
80400fc8:	6785                	lui	a5,0x1
80400fca:	953e                	add	a0,a0,a5
80400fcc:	201007b7          	lui	a5,0x20100
80400fd0:	0cf78793          	add	a5,a5,207 # 201000cf <__stack_size+0x200fc0cf>
80400fd4:	80f52223          	sw	a5,-2044(a0)
80400fd8:	8082                	ret

80400fda <sv32_satp>:
80400fda:	800007b7          	lui	a5,0x80000
80400fde:	8131                	srl	a0,a0,0xc
80400fe0:	8d5d                	or	a0,a0,a5
80400fe2:	8082                	ret
