
build/identity.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00007197          	auipc	gp,0x7
80400004:	89818193          	add	gp,gp,-1896 # 80406898 <__global_pointer$>
80400008:	00016117          	auipc	sp,0x16
8040000c:	13810113          	add	sp,sp,312 # 80416140 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00006297          	auipc	t0,0x6
80400016:	09e28293          	add	t0,t0,158 # 804060b0 <upcalls>
8040001a:	0001a317          	auipc	t1,0x1a
8040001e:	a6630313          	add	t1,t1,-1434 # 80419a80 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00006297          	auipc	t0,0x6
8040003e:	07628293          	add	t0,t0,118 # 804060b0 <upcalls>
80400042:	00006317          	auipc	t1,0x6
80400046:	07230313          	add	t1,t1,114 # 804060b4 <panicking>
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
80400078:	00006317          	auipc	t1,0x6
8040007c:	03830313          	add	t1,t1,56 # 804060b0 <upcalls>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00001097          	auipc	ra,0x1
8040009a:	910080e7          	jalr	-1776(ra) # 804009a6 <uni_runtime_start>
8040009e:	a001                	j	8040009e <_start+0x9e>

804000a0 <main>:
804000a0:	7159                	add	sp,sp,-112
804000a2:	cad6                	sw	s5,84(sp)
804000a4:	c4e2                	sw	s8,72(sp)
804000a6:	d686                	sw	ra,108(sp)
804000a8:	d4a2                	sw	s0,104(sp)
804000aa:	d2a6                	sw	s1,100(sp)
804000ac:	d0ca                	sw	s2,96(sp)
804000ae:	cece                	sw	s3,92(sp)
804000b0:	ccd2                	sw	s4,88(sp)
804000b2:	c8da                	sw	s6,80(sp)
804000b4:	c6de                	sw	s7,76(sp)
804000b6:	c2e6                	sw	s9,68(sp)
804000b8:	4785                	li	a5,1
804000ba:	06400c13          	li	s8,100
804000be:	4a8d                	li	s5,3
804000c0:	0ea7ca63          	blt	a5,a0,804001b4 <main+0x114>
804000c4:	4a05                	li	s4,1
804000c6:	80405b37          	lui	s6,0x80405
804000ca:	80405bb7          	lui	s7,0x80405
804000ce:	80405cb7          	lui	s9,0x80405
804000d2:	02810993          	add	s3,sp,40
804000d6:	80405937          	lui	s2,0x80405
804000da:	0828                	add	a0,sp,24
804000dc:	00002097          	auipc	ra,0x2
804000e0:	0ac080e7          	jalr	172(ra) # 80402188 <net_info>
804000e4:	ed51                	bnez	a0,80400180 <main+0xe0>
804000e6:	01d14603          	lbu	a2,29(sp)
804000ea:	01c14883          	lbu	a7,28(sp)
804000ee:	01b14803          	lbu	a6,27(sp)
804000f2:	01a14783          	lbu	a5,26(sp)
804000f6:	01914703          	lbu	a4,25(sp)
804000fa:	01814683          	lbu	a3,24(sp)
804000fe:	c032                	sw	a2,0(sp)
80400100:	45c9                	li	a1,18
80400102:	008b8613          	add	a2,s7,8 # 80405008 <uni_net_recv+0x8bc>
80400106:	1068                	add	a0,sp,44
80400108:	00003097          	auipc	ra,0x3
8040010c:	a4c080e7          	jalr	-1460(ra) # 80402b54 <snprintf>
80400110:	45a1                	li	a1,8
80400112:	0808                	add	a0,sp,16
80400114:	00002097          	auipc	ra,0x2
80400118:	f6e080e7          	jalr	-146(ra) # 80402082 <getentropy>
8040011c:	0804                	add	s1,sp,16
8040011e:	0820                	add	s0,sp,24
80400120:	e149                	bnez	a0,804001a2 <main+0x102>
80400122:	0004c683          	lbu	a3,0(s1)
80400126:	8522                	mv	a0,s0
80400128:	02890613          	add	a2,s2,40 # 80405028 <uni_net_recv+0x8dc>
8040012c:	458d                	li	a1,3
8040012e:	0409                	add	s0,s0,2
80400130:	00003097          	auipc	ra,0x3
80400134:	a24080e7          	jalr	-1500(ra) # 80402b54 <snprintf>
80400138:	0485                	add	s1,s1,1
8040013a:	ff3414e3          	bne	s0,s3,80400122 <main+0x82>
8040013e:	0834                	add	a3,sp,24
80400140:	1070                	add	a2,sp,44
80400142:	85d2                	mv	a1,s4
80400144:	030b0513          	add	a0,s6,48 # 80405030 <uni_net_recv+0x8e4>
80400148:	00003097          	auipc	ra,0x3
8040014c:	9de080e7          	jalr	-1570(ra) # 80402b26 <printf>
80400150:	015a5763          	bge	s4,s5,8040015e <main+0xbe>
80400154:	8562                	mv	a0,s8
80400156:	00002097          	auipc	ra,0x2
8040015a:	efe080e7          	jalr	-258(ra) # 80402054 <sleep_ms>
8040015e:	0a05                	add	s4,s4,1
80400160:	f74adde3          	bge	s5,s4,804000da <main+0x3a>
80400164:	50b6                	lw	ra,108(sp)
80400166:	5426                	lw	s0,104(sp)
80400168:	5496                	lw	s1,100(sp)
8040016a:	5906                	lw	s2,96(sp)
8040016c:	49f6                	lw	s3,92(sp)
8040016e:	4a66                	lw	s4,88(sp)
80400170:	4ad6                	lw	s5,84(sp)
80400172:	4b46                	lw	s6,80(sp)
80400174:	4bb6                	lw	s7,76(sp)
80400176:	4c26                	lw	s8,72(sp)
80400178:	4c96                	lw	s9,68(sp)
8040017a:	4501                	li	a0,0
8040017c:	6165                	add	sp,sp,112
8040017e:	8082                	ret
80400180:	000c8613          	mv	a2,s9
80400184:	45c9                	li	a1,18
80400186:	1068                	add	a0,sp,44
80400188:	00003097          	auipc	ra,0x3
8040018c:	9cc080e7          	jalr	-1588(ra) # 80402b54 <snprintf>
80400190:	45a1                	li	a1,8
80400192:	0808                	add	a0,sp,16
80400194:	00002097          	auipc	ra,0x2
80400198:	eee080e7          	jalr	-274(ra) # 80402082 <getentropy>
8040019c:	0804                	add	s1,sp,16
8040019e:	0820                	add	s0,sp,24
804001a0:	d149                	beqz	a0,80400122 <main+0x82>
804001a2:	000c8613          	mv	a2,s9
804001a6:	45c5                	li	a1,17
804001a8:	8522                	mv	a0,s0
804001aa:	00003097          	auipc	ra,0x3
804001ae:	9aa080e7          	jalr	-1622(ra) # 80402b54 <snprintf>
804001b2:	b771                	j	8040013e <main+0x9e>
804001b4:	842a                	mv	s0,a0
804001b6:	41c8                	lw	a0,4(a1)
804001b8:	84ae                	mv	s1,a1
804001ba:	00003097          	auipc	ra,0x3
804001be:	960080e7          	jalr	-1696(ra) # 80402b1a <atoi>
804001c2:	4789                	li	a5,2
804001c4:	8aaa                	mv	s5,a0
804001c6:	00f40863          	beq	s0,a5,804001d6 <main+0x136>
804001ca:	4488                	lw	a0,8(s1)
804001cc:	00003097          	auipc	ra,0x3
804001d0:	94e080e7          	jalr	-1714(ra) # 80402b1a <atoi>
804001d4:	8c2a                	mv	s8,a0
804001d6:	ef5047e3          	bgtz	s5,804000c4 <main+0x24>
804001da:	b769                	j	80400164 <main+0xc4>

804001dc <console_init>:
804001dc:	1141                	add	sp,sp,-16
804001de:	804067b7          	lui	a5,0x80406
804001e2:	c422                	sw	s0,8(sp)
804001e4:	0bc7a403          	lw	s0,188(a5) # 804060bc <uni_start_info>
804001e8:	c606                	sw	ra,12(sp)
804001ea:	5848                	lw	a0,52(s0)
804001ec:	00000097          	auipc	ra,0x0
804001f0:	74c080e7          	jalr	1868(ra) # 80400938 <uni_mfn_to_virt>
804001f4:	c939                	beqz	a0,8040024a <console_init+0x6e>
804001f6:	5c10                	lw	a2,56(s0)
804001f8:	85aa                	mv	a1,a0
804001fa:	804016b7          	lui	a3,0x80401
804001fe:	80418537          	lui	a0,0x80418
80400202:	3a450513          	add	a0,a0,932 # 804183a4 <cons>
80400206:	dd868693          	add	a3,a3,-552 # 80400dd8 <pv_block>
8040020a:	00001097          	auipc	ra,0x1
8040020e:	48a080e7          	jalr	1162(ra) # 80401694 <pvcons_init>
80400212:	5c08                	lw	a0,56(s0)
80400214:	804025b7          	lui	a1,0x80402
80400218:	4601                	li	a2,0
8040021a:	c4058593          	add	a1,a1,-960 # 80401c40 <cons_event>
8040021e:	00001097          	auipc	ra,0x1
80400222:	a20080e7          	jalr	-1504(ra) # 80400c3e <evtchn_bind>
80400226:	02054a63          	bltz	a0,8040025a <console_init+0x7e>
8040022a:	4422                	lw	s0,8(sp)
8040022c:	40b2                	lw	ra,12(sp)
8040022e:	804067b7          	lui	a5,0x80406
80400232:	4705                	li	a4,1
80400234:	80402537          	lui	a0,0x80402
80400238:	0ce7aa23          	sw	a4,212(a5) # 804060d4 <ready>
8040023c:	c4250513          	add	a0,a0,-958 # 80401c42 <uni_console_drain>
80400240:	0141                	add	sp,sp,16
80400242:	00000317          	auipc	t1,0x0
80400246:	50430067          	jr	1284(t1) # 80400746 <uni_at_shutdown>
8040024a:	80405537          	lui	a0,0x80405
8040024e:	51850513          	add	a0,a0,1304 # 80405518 <names.0+0x58>
80400252:	00000097          	auipc	ra,0x0
80400256:	544080e7          	jalr	1348(ra) # 80400796 <uni_panic>
8040025a:	80405537          	lui	a0,0x80405
8040025e:	54c50513          	add	a0,a0,1356 # 8040554c <names.0+0x8c>
80400262:	00000097          	auipc	ra,0x0
80400266:	534080e7          	jalr	1332(ra) # 80400796 <uni_panic>

8040026a <time_init>:
8040026a:	c81027f3          	rdtimeh	a5
8040026e:	c01026f3          	rdtime	a3
80400272:	c8102773          	rdtimeh	a4
80400276:	fee79ae3          	bne	a5,a4,8040026a <time_init>
8040027a:	80406737          	lui	a4,0x80406
8040027e:	0cd72c23          	sw	a3,216(a4) # 804060d8 <boot_time>
80400282:	0cf72e23          	sw	a5,220(a4)
80400286:	8082                	ret

80400288 <memory_init>:
80400288:	804067b7          	lui	a5,0x80406
8040028c:	0bc7a683          	lw	a3,188(a5) # 804060bc <uni_start_info>
80400290:	804067b7          	lui	a5,0x80406
80400294:	0cc7a603          	lw	a2,204(a5) # 804060cc <pv_shared_info>
80400298:	5ed8                	lw	a4,60(a3)
8040029a:	42bc                	lw	a5,64(a3)
8040029c:	528c                	lw	a1,32(a3)
8040029e:	6685                	lui	a3,0x1
804002a0:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
804002a2:	9736                	add	a4,a4,a3
804002a4:	07b2                	sll	a5,a5,0xc
804002a6:	97ba                	add	a5,a5,a4
804002a8:	76fd                	lui	a3,0xfffff
804002aa:	8ff5                	and	a5,a5,a3
804002ac:	800008b7          	lui	a7,0x80000
804002b0:	804066b7          	lui	a3,0x80406
804002b4:	1116a423          	sw	a7,264(a3) # 80406108 <low_next>
804002b8:	804066b7          	lui	a3,0x80406
804002bc:	804008b7          	lui	a7,0x80400
804002c0:	00080737          	lui	a4,0x80
804002c4:	1116a223          	sw	a7,260(a3) # 80406104 <low_end>
804002c8:	804066b7          	lui	a3,0x80406
804002cc:	14462803          	lw	a6,324(a2)
804002d0:	972e                	add	a4,a4,a1
804002d2:	0ef6ae23          	sw	a5,252(a3) # 804060fc <brk>
804002d6:	804066b7          	lui	a3,0x80406
804002da:	1141                	add	sp,sp,-16
804002dc:	15462603          	lw	a2,340(a2)
804002e0:	0732                	sll	a4,a4,0xc
804002e2:	10f6a023          	sw	a5,256(a3) # 80406100 <heap_start>
804002e6:	804067b7          	lui	a5,0x80406
804002ea:	c422                	sw	s0,8(sp)
804002ec:	0ee7ac23          	sw	a4,248(a5) # 804060f8 <top>
804002f0:	80406437          	lui	s0,0x80406
804002f4:	804067b7          	lui	a5,0x80406
804002f8:	0f07a223          	sw	a6,228(a5) # 804060e4 <revoke_seen>
804002fc:	0e840593          	add	a1,s0,232 # 804060e8 <revoke_port>
80400300:	804067b7          	lui	a5,0x80406
80400304:	4541                	li	a0,16
80400306:	c606                	sw	ra,12(sp)
80400308:	0ec7a023          	sw	a2,224(a5) # 804060e0 <revoked_seen>
8040030c:	00001097          	auipc	ra,0x1
80400310:	a52080e7          	jalr	-1454(ra) # 80400d5e <evtchn_bind_virq>
80400314:	02054363          	bltz	a0,8040033a <memory_init+0xb2>
80400318:	0e842503          	lw	a0,232(s0)
8040031c:	804025b7          	lui	a1,0x80402
80400320:	4601                	li	a2,0
80400322:	cea58593          	add	a1,a1,-790 # 80401cea <revoke_event>
80400326:	00001097          	auipc	ra,0x1
8040032a:	918080e7          	jalr	-1768(ra) # 80400c3e <evtchn_bind>
8040032e:	00054663          	bltz	a0,8040033a <memory_init+0xb2>
80400332:	40b2                	lw	ra,12(sp)
80400334:	4422                	lw	s0,8(sp)
80400336:	0141                	add	sp,sp,16
80400338:	8082                	ret
8040033a:	80405537          	lui	a0,0x80405
8040033e:	56850513          	add	a0,a0,1384 # 80405568 <names.0+0xa8>
80400342:	00000097          	auipc	ra,0x0
80400346:	454080e7          	jalr	1108(ra) # 80400796 <uni_panic>

8040034a <page>:
8040034a:	1141                	add	sp,sp,-16
8040034c:	c606                	sw	ra,12(sp)
8040034e:	00002097          	auipc	ra,0x2
80400352:	bb4080e7          	jalr	-1100(ra) # 80401f02 <uni_page_alloc>
80400356:	c501                	beqz	a0,8040035e <page+0x14>
80400358:	40b2                	lw	ra,12(sp)
8040035a:	0141                	add	sp,sp,16
8040035c:	8082                	ret
8040035e:	80406537          	lui	a0,0x80406
80400362:	aac50513          	add	a0,a0,-1364 # 80405aac <__clz_tab+0x110>
80400366:	00000097          	auipc	ra,0x0
8040036a:	430080e7          	jalr	1072(ra) # 80400796 <uni_panic>

8040036e <net_init>:
8040036e:	7139                	add	sp,sp,-64
80400370:	804067b7          	lui	a5,0x80406
80400374:	da26                	sw	s1,52(sp)
80400376:	0bc7a483          	lw	s1,188(a5) # 804060bc <uni_start_info>
8040037a:	de06                	sw	ra,60(sp)
8040037c:	dc22                	sw	s0,56(sp)
8040037e:	54c8                	lw	a0,44(s1)
80400380:	d84a                	sw	s2,48(sp)
80400382:	d64e                	sw	s3,44(sp)
80400384:	d452                	sw	s4,40(sp)
80400386:	d256                	sw	s5,36(sp)
80400388:	d05a                	sw	s6,32(sp)
8040038a:	00000097          	auipc	ra,0x0
8040038e:	5ae080e7          	jalr	1454(ra) # 80400938 <uni_mfn_to_virt>
80400392:	1c050d63          	beqz	a0,8040056c <net_init+0x1fe>
80400396:	842a                	mv	s0,a0
80400398:	5888                	lw	a0,48(s1)
8040039a:	804045b7          	lui	a1,0x80404
8040039e:	4601                	li	a2,0
804003a0:	5e858593          	add	a1,a1,1512 # 804045e8 <store_event>
804003a4:	00001097          	auipc	ra,0x1
804003a8:	89a080e7          	jalr	-1894(ra) # 80400c3e <evtchn_bind>
804003ac:	1c054063          	bltz	a0,8040056c <net_init+0x1fe>
804003b0:	5890                	lw	a2,48(s1)
804003b2:	8041aa37          	lui	s4,0x8041a
804003b6:	80401ab7          	lui	s5,0x80401
804003ba:	bd4a8693          	add	a3,s5,-1068 # 80400bd4 <uni_wait>
804003be:	85a2                	mv	a1,s0
804003c0:	a68a0513          	add	a0,s4,-1432 # 80419a68 <store>
804003c4:	00001097          	auipc	ra,0x1
804003c8:	73a080e7          	jalr	1850(ra) # 80401afe <xs_init>
804003cc:	002c                	add	a1,sp,8
804003ce:	a68a0513          	add	a0,s4,-1432
804003d2:	00001097          	auipc	ra,0x1
804003d6:	d7c080e7          	jalr	-644(ra) # 8040114e <netfront_probe>
804003da:	57f9                	li	a5,-2
804003dc:	16f50063          	beq	a0,a5,8040053c <net_init+0x1ce>
804003e0:	16054e63          	bltz	a0,8040055c <net_init+0x1ee>
804003e4:	0808                	add	a0,sp,16
804003e6:	00001097          	auipc	ra,0x1
804003ea:	a0c080e7          	jalr	-1524(ra) # 80400df2 <gnttab_setup_frame>
804003ee:	18054763          	bltz	a0,8040057c <net_init+0x20e>
804003f2:	00000097          	auipc	ra,0x0
804003f6:	f58080e7          	jalr	-168(ra) # 8040034a <page>
804003fa:	45c2                	lw	a1,16(sp)
804003fc:	80406637          	lui	a2,0x80406
80400400:	b4460613          	add	a2,a2,-1212 # 80405b44 <__clz_tab+0x1a8>
80400404:	842a                	mv	s0,a0
80400406:	00002097          	auipc	ra,0x2
8040040a:	b6e080e7          	jalr	-1170(ra) # 80401f74 <uni_map_over>
8040040e:	6685                	lui	a3,0x1
80400410:	00840793          	add	a5,s0,8
80400414:	96a2                	add	a3,a3,s0
80400416:	a021                	j	8040041e <net_init+0xb0>
80400418:	07a1                	add	a5,a5,8
8040041a:	12d78b63          	beq	a5,a3,80400550 <net_init+0x1e2>
8040041e:	0007d703          	lhu	a4,0(a5)
80400422:	db7d                	beqz	a4,80400418 <net_init+0xaa>
80400424:	804199b7          	lui	s3,0x80419
80400428:	65898413          	add	s0,s3,1624 # 80419658 <pages.0>
8040042c:	00000097          	auipc	ra,0x0
80400430:	f1e080e7          	jalr	-226(ra) # 8040034a <page>
80400434:	c008                	sw	a0,0(s0)
80400436:	00000097          	auipc	ra,0x0
8040043a:	4ca080e7          	jalr	1226(ra) # 80400900 <uni_virt_to_mfn>
8040043e:	c048                	sw	a0,4(s0)
80400440:	00000097          	auipc	ra,0x0
80400444:	f0a080e7          	jalr	-246(ra) # 8040034a <page>
80400448:	c408                	sw	a0,8(s0)
8040044a:	65898493          	add	s1,s3,1624
8040044e:	00000097          	auipc	ra,0x0
80400452:	4b2080e7          	jalr	1202(ra) # 80400900 <uni_virt_to_mfn>
80400456:	c448                	sw	a0,12(s0)
80400458:	02048913          	add	s2,s1,32
8040045c:	00002097          	auipc	ra,0x2
80400460:	aa6080e7          	jalr	-1370(ra) # 80401f02 <uni_page_alloc>
80400464:	c925                	beqz	a0,804004d4 <net_init+0x166>
80400466:	c808                	sw	a0,16(s0)
80400468:	00000097          	auipc	ra,0x0
8040046c:	498080e7          	jalr	1176(ra) # 80400900 <uni_virt_to_mfn>
80400470:	d808                	sw	a0,48(s0)
80400472:	0411                	add	s0,s0,4
80400474:	ff2414e3          	bne	s0,s2,8040045c <net_init+0xee>
80400478:	80419437          	lui	s0,0x80419
8040047c:	6a840413          	add	s0,s0,1704 # 804196a8 <pages.0+0x50>
80400480:	0d048493          	add	s1,s1,208
80400484:	00002097          	auipc	ra,0x2
80400488:	a7e080e7          	jalr	-1410(ra) # 80401f02 <uni_page_alloc>
8040048c:	c521                	beqz	a0,804004d4 <net_init+0x166>
8040048e:	c008                	sw	a0,0(s0)
80400490:	00000097          	auipc	ra,0x0
80400494:	470080e7          	jalr	1136(ra) # 80400900 <uni_virt_to_mfn>
80400498:	08a42023          	sw	a0,128(s0)
8040049c:	0411                	add	s0,s0,4
8040049e:	fe9413e3          	bne	s0,s1,80400484 <net_init+0x116>
804004a2:	80419937          	lui	s2,0x80419
804004a6:	7e890913          	add	s2,s2,2024 # 804197e8 <rxq_data>
804004aa:	4481                	li	s1,0
804004ac:	4501                	li	a0,0
804004ae:	02000b13          	li	s6,32
804004b2:	a809                	j	804004c4 <net_init+0x156>
804004b4:	042e                	sll	s0,s0,0xb
804004b6:	942a                	add	s0,s0,a0
804004b8:	00892023          	sw	s0,0(s2)
804004bc:	0485                	add	s1,s1,1
804004be:	0911                	add	s2,s2,4
804004c0:	03648263          	beq	s1,s6,804004e4 <net_init+0x176>
804004c4:	0014f413          	and	s0,s1,1
804004c8:	f475                	bnez	s0,804004b4 <net_init+0x146>
804004ca:	00002097          	auipc	ra,0x2
804004ce:	a38080e7          	jalr	-1480(ra) # 80401f02 <uni_page_alloc>
804004d2:	f16d                	bnez	a0,804004b4 <net_init+0x146>
804004d4:	80406537          	lui	a0,0x80406
804004d8:	aac50513          	add	a0,a0,-1364 # 80405aac <__clz_tab+0x110>
804004dc:	00000097          	auipc	ra,0x0
804004e0:	2ba080e7          	jalr	698(ra) # 80400796 <uni_panic>
804004e4:	804046b7          	lui	a3,0x80404
804004e8:	8041a537          	lui	a0,0x8041a
804004ec:	bd4a8793          	add	a5,s5,-1068
804004f0:	4701                	li	a4,0
804004f2:	6aa68693          	add	a3,a3,1706 # 804046aa <net_rx>
804004f6:	65898613          	add	a2,s3,1624
804004fa:	a68a0593          	add	a1,s4,-1432
804004fe:	86850513          	add	a0,a0,-1944 # 80419868 <nf>
80400502:	00001097          	auipc	ra,0x1
80400506:	ece080e7          	jalr	-306(ra) # 804013d0 <netfront_connect>
8040050a:	08054163          	bltz	a0,8040058c <net_init+0x21e>
8040050e:	804067b7          	lui	a5,0x80406
80400512:	4705                	li	a4,1
80400514:	0808                	add	a0,sp,16
80400516:	12e7a823          	sw	a4,304(a5) # 80406130 <present>
8040051a:	00000097          	auipc	ra,0x0
8040051e:	6d2080e7          	jalr	1746(ra) # 80400bec <pv_genid>
80400522:	872a                	mv	a4,a0
80400524:	80406537          	lui	a0,0x80406
80400528:	804067b7          	lui	a5,0x80406
8040052c:	ba050513          	add	a0,a0,-1120 # 80405ba0 <ops>
80400530:	12e7a623          	sw	a4,300(a5) # 8040612c <mac_generation>
80400534:	00002097          	auipc	ra,0x2
80400538:	b44080e7          	jalr	-1212(ra) # 80402078 <uni_posix_net>
8040053c:	50f2                	lw	ra,60(sp)
8040053e:	5462                	lw	s0,56(sp)
80400540:	54d2                	lw	s1,52(sp)
80400542:	5942                	lw	s2,48(sp)
80400544:	59b2                	lw	s3,44(sp)
80400546:	5a22                	lw	s4,40(sp)
80400548:	5a92                	lw	s5,36(sp)
8040054a:	5b02                	lw	s6,32(sp)
8040054c:	6121                	add	sp,sp,64
8040054e:	8082                	ret
80400550:	8522                	mv	a0,s0
80400552:	00001097          	auipc	ra,0x1
80400556:	8f6080e7          	jalr	-1802(ra) # 80400e48 <gnttab_init>
8040055a:	b5e9                	j	80400424 <net_init+0xb6>
8040055c:	80406537          	lui	a0,0x80406
80400560:	aec50513          	add	a0,a0,-1300 # 80405aec <__clz_tab+0x150>
80400564:	00000097          	auipc	ra,0x0
80400568:	232080e7          	jalr	562(ra) # 80400796 <uni_panic>
8040056c:	80406537          	lui	a0,0x80406
80400570:	ac050513          	add	a0,a0,-1344 # 80405ac0 <__clz_tab+0x124>
80400574:	00000097          	auipc	ra,0x0
80400578:	222080e7          	jalr	546(ra) # 80400796 <uni_panic>
8040057c:	80406537          	lui	a0,0x80406
80400580:	b2050513          	add	a0,a0,-1248 # 80405b20 <__clz_tab+0x184>
80400584:	00000097          	auipc	ra,0x0
80400588:	212080e7          	jalr	530(ra) # 80400796 <uni_panic>
8040058c:	80406537          	lui	a0,0x80406
80400590:	b7450513          	add	a0,a0,-1164 # 80405b74 <__clz_tab+0x1d8>
80400594:	00000097          	auipc	ra,0x0
80400598:	202080e7          	jalr	514(ra) # 80400796 <uni_panic>

8040059c <uni_trap_entry>:
8040059c:	7175                	add	sp,sp,-144
8040059e:	c206                	sw	ra,4(sp)
804005a0:	c60e                	sw	gp,12(sp)
804005a2:	c812                	sw	tp,16(sp)
804005a4:	ca16                	sw	t0,20(sp)
804005a6:	cc1a                	sw	t1,24(sp)
804005a8:	ce1e                	sw	t2,28(sp)
804005aa:	d022                	sw	s0,32(sp)
804005ac:	d226                	sw	s1,36(sp)
804005ae:	d42a                	sw	a0,40(sp)
804005b0:	d62e                	sw	a1,44(sp)
804005b2:	d832                	sw	a2,48(sp)
804005b4:	da36                	sw	a3,52(sp)
804005b6:	dc3a                	sw	a4,56(sp)
804005b8:	de3e                	sw	a5,60(sp)
804005ba:	c0c2                	sw	a6,64(sp)
804005bc:	c2c6                	sw	a7,68(sp)
804005be:	c4ca                	sw	s2,72(sp)
804005c0:	c6ce                	sw	s3,76(sp)
804005c2:	c8d2                	sw	s4,80(sp)
804005c4:	cad6                	sw	s5,84(sp)
804005c6:	ccda                	sw	s6,88(sp)
804005c8:	cede                	sw	s7,92(sp)
804005ca:	d0e2                	sw	s8,96(sp)
804005cc:	d2e6                	sw	s9,100(sp)
804005ce:	d4ea                	sw	s10,104(sp)
804005d0:	d6ee                	sw	s11,108(sp)
804005d2:	d8f2                	sw	t3,112(sp)
804005d4:	daf6                	sw	t4,116(sp)
804005d6:	dcfa                	sw	t5,120(sp)
804005d8:	defe                	sw	t6,124(sp)
804005da:	09010293          	add	t0,sp,144
804005de:	c416                	sw	t0,8(sp)
804005e0:	00006297          	auipc	t0,0x6
804005e4:	aec2a283          	lw	t0,-1300(t0) # 804060cc <pv_shared_info>
804005e8:	0202a303          	lw	t1,32(t0)
804005ec:	c11a                	sw	t1,128(sp)
804005ee:	0242a303          	lw	t1,36(t0)
804005f2:	c31a                	sw	t1,132(sp)
804005f4:	0282a303          	lw	t1,40(t0)
804005f8:	c51a                	sw	t1,136(sp)
804005fa:	02c2a303          	lw	t1,44(t0)
804005fe:	c71a                	sw	t1,140(sp)
80400600:	850a                	mv	a0,sp
80400602:	00000097          	auipc	ra,0x0
80400606:	1ee080e7          	jalr	494(ra) # 804007f0 <uni_trap>
8040060a:	00006297          	auipc	t0,0x6
8040060e:	ac22a283          	lw	t0,-1342(t0) # 804060cc <pv_shared_info>
80400612:	430a                	lw	t1,128(sp)
80400614:	0262a023          	sw	t1,32(t0)
80400618:	433a                	lw	t1,140(sp)
8040061a:	0262a623          	sw	t1,44(t0)
8040061e:	4316                	lw	t1,68(sp)
80400620:	0262ac23          	sw	t1,56(t0)
80400624:	4092                	lw	ra,4(sp)
80400626:	41b2                	lw	gp,12(sp)
80400628:	4242                	lw	tp,16(sp)
8040062a:	42d2                	lw	t0,20(sp)
8040062c:	4362                	lw	t1,24(sp)
8040062e:	43f2                	lw	t2,28(sp)
80400630:	5402                	lw	s0,32(sp)
80400632:	5492                	lw	s1,36(sp)
80400634:	5522                	lw	a0,40(sp)
80400636:	55b2                	lw	a1,44(sp)
80400638:	5642                	lw	a2,48(sp)
8040063a:	56d2                	lw	a3,52(sp)
8040063c:	5762                	lw	a4,56(sp)
8040063e:	57f2                	lw	a5,60(sp)
80400640:	4806                	lw	a6,64(sp)
80400642:	4926                	lw	s2,72(sp)
80400644:	49b6                	lw	s3,76(sp)
80400646:	4a46                	lw	s4,80(sp)
80400648:	4ad6                	lw	s5,84(sp)
8040064a:	4b66                	lw	s6,88(sp)
8040064c:	4bf6                	lw	s7,92(sp)
8040064e:	5c06                	lw	s8,96(sp)
80400650:	5c96                	lw	s9,100(sp)
80400652:	5d26                	lw	s10,104(sp)
80400654:	5db6                	lw	s11,108(sp)
80400656:	5e46                	lw	t3,112(sp)
80400658:	5ed6                	lw	t4,116(sp)
8040065a:	5f66                	lw	t5,120(sp)
8040065c:	5ff6                	lw	t6,124(sp)
8040065e:	6149                	add	sp,sp,144
80400660:	48dd                	li	a7,23
80400662:	00000073          	ecall
80400666:	a001                	j	80400666 <uni_trap_entry+0xca>

80400668 <hex>:
80400668:	03000793          	li	a5,48
8040066c:	00f50023          	sb	a5,0(a0)
80400670:	80405637          	lui	a2,0x80405
80400674:	07800793          	li	a5,120
80400678:	00f500a3          	sb	a5,1(a0)
8040067c:	00250693          	add	a3,a0,2
80400680:	4771                	li	a4,28
80400682:	05060613          	add	a2,a2,80 # 80405050 <uni_net_recv+0x904>
80400686:	5871                	li	a6,-4
80400688:	00e5d7b3          	srl	a5,a1,a4
8040068c:	8bbd                	and	a5,a5,15
8040068e:	97b2                	add	a5,a5,a2
80400690:	0007c783          	lbu	a5,0(a5)
80400694:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
80400696:	0685                	add	a3,a3,1
80400698:	fef68fa3          	sb	a5,-1(a3)
8040069c:	ff0716e3          	bne	a4,a6,80400688 <hex+0x20>
804006a0:	00050523          	sb	zero,10(a0)
804006a4:	8082                	ret

804006a6 <run_hooks>:
804006a6:	1141                	add	sp,sp,-16
804006a8:	4501                	li	a0,0
804006aa:	c422                	sw	s0,8(sp)
804006ac:	c606                	sw	ra,12(sp)
804006ae:	c226                	sw	s1,4(sp)
804006b0:	80406437          	lui	s0,0x80406
804006b4:	00000097          	auipc	ra,0x0
804006b8:	4b2080e7          	jalr	1202(ra) # 80400b66 <uni_runtime_set_waiter>
804006bc:	0b842783          	lw	a5,184(s0) # 804060b8 <nhooks>
804006c0:	c385                	beqz	a5,804006e0 <run_hooks+0x3a>
804006c2:	804164b7          	lui	s1,0x80416
804006c6:	14048493          	add	s1,s1,320 # 80416140 <hooks>
804006ca:	17fd                	add	a5,a5,-1
804006cc:	00279713          	sll	a4,a5,0x2
804006d0:	9726                	add	a4,a4,s1
804006d2:	4318                	lw	a4,0(a4)
804006d4:	0af42c23          	sw	a5,184(s0)
804006d8:	9702                	jalr	a4
804006da:	0b842783          	lw	a5,184(s0)
804006de:	f7f5                	bnez	a5,804006ca <run_hooks+0x24>
804006e0:	40b2                	lw	ra,12(sp)
804006e2:	4422                	lw	s0,8(sp)
804006e4:	4492                	lw	s1,4(sp)
804006e6:	0141                	add	sp,sp,16
804006e8:	8082                	ret

804006ea <early_puts>:
804006ea:	00054783          	lbu	a5,0(a0)
804006ee:	872a                	mv	a4,a0
804006f0:	c79d                	beqz	a5,8040071e <early_puts+0x34>
804006f2:	4781                	li	a5,0
804006f4:	0785                	add	a5,a5,1
804006f6:	00f706b3          	add	a3,a4,a5
804006fa:	0006c683          	lbu	a3,0(a3)
804006fe:	fafd                	bnez	a3,804006f4 <early_puts+0xa>
80400700:	40000693          	li	a3,1024
80400704:	4501                	li	a0,0
80400706:	863a                	mv	a2,a4
80400708:	48c9                	li	a7,18
8040070a:	85be                	mv	a1,a5
8040070c:	00f6f463          	bgeu	a3,a5,80400714 <early_puts+0x2a>
80400710:	40000593          	li	a1,1024
80400714:	00000073          	ecall
80400718:	8f8d                	sub	a5,a5,a1
8040071a:	972e                	add	a4,a4,a1
8040071c:	f7e5                	bnez	a5,80400704 <early_puts+0x1a>
8040071e:	8082                	ret

80400720 <uni_early_write>:
80400720:	87ae                	mv	a5,a1
80400722:	872a                	mv	a4,a0
80400724:	c185                	beqz	a1,80400744 <uni_early_write+0x24>
80400726:	40000693          	li	a3,1024
8040072a:	4501                	li	a0,0
8040072c:	863a                	mv	a2,a4
8040072e:	48c9                	li	a7,18
80400730:	85be                	mv	a1,a5
80400732:	00f6f463          	bgeu	a3,a5,8040073a <uni_early_write+0x1a>
80400736:	40000593          	li	a1,1024
8040073a:	00000073          	ecall
8040073e:	8f8d                	sub	a5,a5,a1
80400740:	972e                	add	a4,a4,a1
80400742:	f7e5                	bnez	a5,8040072a <uni_early_write+0xa>
80400744:	8082                	ret

80400746 <uni_at_shutdown>:
80400746:	804066b7          	lui	a3,0x80406
8040074a:	0b86a783          	lw	a5,184(a3) # 804060b8 <nhooks>
8040074e:	4721                	li	a4,8
80400750:	00e78f63          	beq	a5,a4,8040076e <uni_at_shutdown+0x28>
80400754:	80416737          	lui	a4,0x80416
80400758:	00279613          	sll	a2,a5,0x2
8040075c:	14070713          	add	a4,a4,320 # 80416140 <hooks>
80400760:	0785                	add	a5,a5,1
80400762:	9732                	add	a4,a4,a2
80400764:	c308                	sw	a0,0(a4)
80400766:	0af6ac23          	sw	a5,184(a3)
8040076a:	4501                	li	a0,0
8040076c:	8082                	ret
8040076e:	557d                	li	a0,-1
80400770:	8082                	ret

80400772 <uni_poweroff>:
80400772:	1141                	add	sp,sp,-16
80400774:	c422                	sw	s0,8(sp)
80400776:	c606                	sw	ra,12(sp)
80400778:	842a                	mv	s0,a0
8040077a:	00000097          	auipc	ra,0x0
8040077e:	f2c080e7          	jalr	-212(ra) # 804006a6 <run_hooks>
80400782:	67c1                	lui	a5,0x10
80400784:	00841593          	sll	a1,s0,0x8
80400788:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040078a:	8dfd                	and	a1,a1,a5
8040078c:	4509                	li	a0,2
8040078e:	48f5                	li	a7,29
80400790:	00000073          	ecall
80400794:	bfe5                	j	8040078c <uni_poweroff+0x1a>

80400796 <uni_panic>:
80400796:	804067b7          	lui	a5,0x80406
8040079a:	0b47a703          	lw	a4,180(a5) # 804060b4 <panicking>
8040079e:	1141                	add	sp,sp,-16
804007a0:	c422                	sw	s0,8(sp)
804007a2:	c606                	sw	ra,12(sp)
804007a4:	842a                	mv	s0,a0
804007a6:	cf0d                	beqz	a4,804007e0 <uni_panic+0x4a>
804007a8:	80405537          	lui	a0,0x80405
804007ac:	06450513          	add	a0,a0,100 # 80405064 <uni_net_recv+0x918>
804007b0:	00000097          	auipc	ra,0x0
804007b4:	f3a080e7          	jalr	-198(ra) # 804006ea <early_puts>
804007b8:	8522                	mv	a0,s0
804007ba:	00000097          	auipc	ra,0x0
804007be:	f30080e7          	jalr	-208(ra) # 804006ea <early_puts>
804007c2:	80405537          	lui	a0,0x80405
804007c6:	07450513          	add	a0,a0,116 # 80405074 <uni_net_recv+0x928>
804007ca:	00000097          	auipc	ra,0x0
804007ce:	f20080e7          	jalr	-224(ra) # 804006ea <early_puts>
804007d2:	4509                	li	a0,2
804007d4:	10300593          	li	a1,259
804007d8:	48f5                	li	a7,29
804007da:	00000073          	ecall
804007de:	bfd5                	j	804007d2 <uni_panic+0x3c>
804007e0:	4705                	li	a4,1
804007e2:	0ae7aa23          	sw	a4,180(a5)
804007e6:	00000097          	auipc	ra,0x0
804007ea:	ec0080e7          	jalr	-320(ra) # 804006a6 <run_hooks>
804007ee:	bf6d                	j	804007a8 <uni_panic+0x12>

804007f0 <uni_trap>:
804007f0:	08452703          	lw	a4,132(a0)
804007f4:	800007b7          	lui	a5,0x80000
804007f8:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
804007fa:	00f71d63          	bne	a4,a5,80400814 <uni_trap+0x24>
804007fe:	80406737          	lui	a4,0x80406
80400802:	0b072783          	lw	a5,176(a4) # 804060b0 <upcalls>
80400806:	0785                	add	a5,a5,1
80400808:	0af72823          	sw	a5,176(a4)
8040080c:	00000317          	auipc	t1,0x0
80400810:	45630067          	jr	1110(t1) # 80400c62 <evtchn_do_upcall>
80400814:	804067b7          	lui	a5,0x80406
80400818:	0b47a703          	lw	a4,180(a5) # 804060b4 <panicking>
8040081c:	7139                	add	sp,sp,-64
8040081e:	dc22                	sw	s0,56(sp)
80400820:	de06                	sw	ra,60(sp)
80400822:	842a                	mv	s0,a0
80400824:	c771                	beqz	a4,804008f0 <uni_trap+0x100>
80400826:	80405537          	lui	a0,0x80405
8040082a:	08050513          	add	a0,a0,128 # 80405080 <uni_net_recv+0x934>
8040082e:	00000097          	auipc	ra,0x0
80400832:	ebc080e7          	jalr	-324(ra) # 804006ea <early_puts>
80400836:	08442703          	lw	a4,132(s0)
8040083a:	47bd                	li	a5,15
8040083c:	0ae7e563          	bltu	a5,a4,804008e6 <uni_trap+0xf6>
80400840:	804057b7          	lui	a5,0x80405
80400844:	070a                	sll	a4,a4,0x2
80400846:	33c78793          	add	a5,a5,828 # 8040533c <names.0>
8040084a:	97ba                	add	a5,a5,a4
8040084c:	4388                	lw	a0,0(a5)
8040084e:	00000097          	auipc	ra,0x0
80400852:	e9c080e7          	jalr	-356(ra) # 804006ea <early_puts>
80400856:	80405537          	lui	a0,0x80405
8040085a:	09850513          	add	a0,a0,152 # 80405098 <uni_net_recv+0x94c>
8040085e:	00000097          	auipc	ra,0x0
80400862:	e8c080e7          	jalr	-372(ra) # 804006ea <early_puts>
80400866:	08442583          	lw	a1,132(s0)
8040086a:	0068                	add	a0,sp,12
8040086c:	00000097          	auipc	ra,0x0
80400870:	dfc080e7          	jalr	-516(ra) # 80400668 <hex>
80400874:	00000097          	auipc	ra,0x0
80400878:	e76080e7          	jalr	-394(ra) # 804006ea <early_puts>
8040087c:	80405537          	lui	a0,0x80405
80400880:	0a450513          	add	a0,a0,164 # 804050a4 <uni_net_recv+0x958>
80400884:	00000097          	auipc	ra,0x0
80400888:	e66080e7          	jalr	-410(ra) # 804006ea <early_puts>
8040088c:	08042583          	lw	a1,128(s0)
80400890:	0828                	add	a0,sp,24
80400892:	00000097          	auipc	ra,0x0
80400896:	dd6080e7          	jalr	-554(ra) # 80400668 <hex>
8040089a:	00000097          	auipc	ra,0x0
8040089e:	e50080e7          	jalr	-432(ra) # 804006ea <early_puts>
804008a2:	80405537          	lui	a0,0x80405
804008a6:	0b050513          	add	a0,a0,176 # 804050b0 <uni_net_recv+0x964>
804008aa:	00000097          	auipc	ra,0x0
804008ae:	e40080e7          	jalr	-448(ra) # 804006ea <early_puts>
804008b2:	08842583          	lw	a1,136(s0)
804008b6:	1048                	add	a0,sp,36
804008b8:	00000097          	auipc	ra,0x0
804008bc:	db0080e7          	jalr	-592(ra) # 80400668 <hex>
804008c0:	00000097          	auipc	ra,0x0
804008c4:	e2a080e7          	jalr	-470(ra) # 804006ea <early_puts>
804008c8:	80405537          	lui	a0,0x80405
804008cc:	07450513          	add	a0,a0,116 # 80405074 <uni_net_recv+0x928>
804008d0:	00000097          	auipc	ra,0x0
804008d4:	e1a080e7          	jalr	-486(ra) # 804006ea <early_puts>
804008d8:	4509                	li	a0,2
804008da:	10300593          	li	a1,259
804008de:	48f5                	li	a7,29
804008e0:	00000073          	ecall
804008e4:	bfd5                	j	804008d8 <uni_trap+0xe8>
804008e6:	80405537          	lui	a0,0x80405
804008ea:	07850513          	add	a0,a0,120 # 80405078 <uni_net_recv+0x92c>
804008ee:	b785                	j	8040084e <uni_trap+0x5e>
804008f0:	4705                	li	a4,1
804008f2:	0ae7aa23          	sw	a4,180(a5)
804008f6:	00000097          	auipc	ra,0x0
804008fa:	db0080e7          	jalr	-592(ra) # 804006a6 <run_hooks>
804008fe:	b725                	j	80400826 <uni_trap+0x36>

80400900 <uni_virt_to_mfn>:
80400900:	800007b7          	lui	a5,0x80000
80400904:	80406737          	lui	a4,0x80406
80400908:	0bc72703          	lw	a4,188(a4) # 804060bc <uni_start_info>
8040090c:	97aa                	add	a5,a5,a0
8040090e:	00055b63          	bgez	a0,80400924 <uni_virt_to_mfn+0x24>
80400912:	5314                	lw	a3,32(a4)
80400914:	83b1                	srl	a5,a5,0xc
80400916:	00d7f763          	bgeu	a5,a3,80400924 <uni_virt_to_mfn+0x24>
8040091a:	4378                	lw	a4,68(a4)
8040091c:	078a                	sll	a5,a5,0x2
8040091e:	97ba                	add	a5,a5,a4
80400920:	4388                	lw	a0,0(a5)
80400922:	8082                	ret
80400924:	80405537          	lui	a0,0x80405
80400928:	1141                	add	sp,sp,-16
8040092a:	0bc50513          	add	a0,a0,188 # 804050bc <uni_net_recv+0x970>
8040092e:	c606                	sw	ra,12(sp)
80400930:	00000097          	auipc	ra,0x0
80400934:	e66080e7          	jalr	-410(ra) # 80400796 <uni_panic>

80400938 <uni_mfn_to_virt>:
80400938:	804067b7          	lui	a5,0x80406
8040093c:	0bc7a783          	lw	a5,188(a5) # 804060bc <uni_start_info>
80400940:	4701                	li	a4,0
80400942:	0207a803          	lw	a6,32(a5)
80400946:	43ec                	lw	a1,68(a5)
80400948:	8642                	mv	a2,a6
8040094a:	a029                	j	80400954 <uni_mfn_to_virt+0x1c>
8040094c:	4294                	lw	a3,0(a3)
8040094e:	04a6e763          	bltu	a3,a0,8040099c <uni_mfn_to_virt+0x64>
80400952:	863e                	mv	a2,a5
80400954:	40e607b3          	sub	a5,a2,a4
80400958:	8385                	srl	a5,a5,0x1
8040095a:	97ba                	add	a5,a5,a4
8040095c:	00279693          	sll	a3,a5,0x2
80400960:	96ae                	add	a3,a3,a1
80400962:	fec765e3          	bltu	a4,a2,8040094c <uni_mfn_to_virt+0x14>
80400966:	00e80863          	beq	a6,a4,80400976 <uni_mfn_to_virt+0x3e>
8040096a:	00271793          	sll	a5,a4,0x2
8040096e:	97ae                	add	a5,a5,a1
80400970:	439c                	lw	a5,0(a5)
80400972:	00a78f63          	beq	a5,a0,80400990 <uni_mfn_to_virt+0x58>
80400976:	4701                	li	a4,0
80400978:	00081663          	bnez	a6,80400984 <uni_mfn_to_virt+0x4c>
8040097c:	a01d                	j	804009a2 <uni_mfn_to_virt+0x6a>
8040097e:	0705                	add	a4,a4,1
80400980:	02e80163          	beq	a6,a4,804009a2 <uni_mfn_to_virt+0x6a>
80400984:	419c                	lw	a5,0(a1)
80400986:	0591                	add	a1,a1,4
80400988:	fea79be3          	bne	a5,a0,8040097e <uni_mfn_to_virt+0x46>
8040098c:	00e80b63          	beq	a6,a4,804009a2 <uni_mfn_to_virt+0x6a>
80400990:	0732                	sll	a4,a4,0xc
80400992:	800007b7          	lui	a5,0x80000
80400996:	00f70533          	add	a0,a4,a5
8040099a:	8082                	ret
8040099c:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
804009a0:	bf55                	j	80400954 <uni_mfn_to_virt+0x1c>
804009a2:	4501                	li	a0,0
804009a4:	8082                	ret

804009a6 <uni_runtime_start>:
804009a6:	804057b7          	lui	a5,0x80405
804009aa:	1141                	add	sp,sp,-16
804009ac:	80406737          	lui	a4,0x80406
804009b0:	0e078793          	add	a5,a5,224 # 804050e0 <uni_net_recv+0x994>
804009b4:	c422                	sw	s0,8(sp)
804009b6:	0aa72e23          	sw	a0,188(a4) # 804060bc <uni_start_info>
804009ba:	c606                	sw	ra,12(sp)
804009bc:	c226                	sw	s1,4(sp)
804009be:	c04a                	sw	s2,0(sp)
804009c0:	842a                	mv	s0,a0
804009c2:	01878593          	add	a1,a5,24
804009c6:	872a                	mv	a4,a0
804009c8:	00074603          	lbu	a2,0(a4)
804009cc:	0007c683          	lbu	a3,0(a5)
804009d0:	10d61363          	bne	a2,a3,80400ad6 <uni_runtime_start+0x130>
804009d4:	0785                	add	a5,a5,1
804009d6:	0705                	add	a4,a4,1
804009d8:	feb798e3          	bne	a5,a1,804009c8 <uni_runtime_start+0x22>
804009dc:	4501                	li	a0,0
804009de:	4581                	li	a1,0
804009e0:	48c5                	li	a7,17
804009e2:	00000073          	ecall
804009e6:	4785                	li	a5,1
804009e8:	8141                	srl	a0,a0,0x10
804009ea:	10f51663          	bne	a0,a5,80400af6 <uni_runtime_start+0x150>
804009ee:	4519                	li	a0,6
804009f0:	00000073          	ecall
804009f4:	8909                	and	a0,a0,2
804009f6:	10050863          	beqz	a0,80400b06 <uni_runtime_start+0x160>
804009fa:	5008                	lw	a0,32(s0)
804009fc:	04042803          	lw	a6,64(s0)
80400a00:	03c42883          	lw	a7,60(s0)
80400a04:	442c                	lw	a1,72(s0)
80400a06:	00080637          	lui	a2,0x80
80400a0a:	00c50733          	add	a4,a0,a2
80400a0e:	00c81793          	sll	a5,a6,0xc
80400a12:	00c71693          	sll	a3,a4,0xc
80400a16:	01178733          	add	a4,a5,a7
80400a1a:	0cc59663          	bne	a1,a2,80400ae6 <uni_runtime_start+0x140>
80400a1e:	8041a7b7          	lui	a5,0x8041a
80400a22:	a8078793          	add	a5,a5,-1408 # 80419a80 <__bss_end>
80400a26:	0cf46063          	bltu	s0,a5,80400ae6 <uni_runtime_start+0x140>
80400a2a:	0a88ee63          	bltu	a7,s0,80400ae6 <uni_runtime_start+0x140>
80400a2e:	0a080c63          	beqz	a6,80400ae6 <uni_runtime_start+0x140>
80400a32:	0ae6ea63          	bltu	a3,a4,80400ae6 <uni_runtime_start+0x140>
80400a36:	0aa5e863          	bltu	a1,a0,80400ae6 <uni_runtime_start+0x140>
80400a3a:	5048                	lw	a0,36(s0)
80400a3c:	00000097          	auipc	ra,0x0
80400a40:	1d6080e7          	jalr	470(ra) # 80400c12 <evtchn_init>
80400a44:	80400537          	lui	a0,0x80400
80400a48:	59c50513          	add	a0,a0,1436 # 8040059c <uni_trap_entry>
80400a4c:	4581                	li	a1,0
80400a4e:	4891                	li	a7,4
80400a50:	00000073          	ecall
80400a54:	06054963          	bltz	a0,80400ac6 <uni_runtime_start+0x120>
80400a58:	00000097          	auipc	ra,0x0
80400a5c:	0c0080e7          	jalr	192(ra) # 80400b18 <uni_wait_init>
80400a60:	80416937          	lui	s2,0x80416
80400a64:	16090593          	add	a1,s2,352 # 80416160 <cmdline>
80400a68:	16090693          	add	a3,s2,352
80400a6c:	4781                	li	a5,0
80400a6e:	20000613          	li	a2,512
80400a72:	a039                	j	80400a80 <uni_runtime_start+0xda>
80400a74:	00e68023          	sb	a4,0(a3)
80400a78:	0785                	add	a5,a5,1
80400a7a:	0685                	add	a3,a3,1
80400a7c:	00c78763          	beq	a5,a2,80400a8a <uni_runtime_start+0xe4>
80400a80:	00f40733          	add	a4,s0,a5
80400a84:	04c74703          	lbu	a4,76(a4)
80400a88:	f775                	bnez	a4,80400a74 <uni_runtime_start+0xce>
80400a8a:	97ae                	add	a5,a5,a1
80400a8c:	80406437          	lui	s0,0x80406
80400a90:	804064b7          	lui	s1,0x80406
80400a94:	00078023          	sb	zero,0(a5)
80400a98:	0ac48493          	add	s1,s1,172 # 804060ac <__init_array_end>
80400a9c:	09c40793          	add	a5,s0,156 # 8040609c <__init_array_start>
80400aa0:	0097f963          	bgeu	a5,s1,80400ab2 <uni_runtime_start+0x10c>
80400aa4:	09c40413          	add	s0,s0,156
80400aa8:	401c                	lw	a5,0(s0)
80400aaa:	0411                	add	s0,s0,4
80400aac:	9782                	jalr	a5
80400aae:	fe946de3          	bltu	s0,s1,80400aa8 <uni_runtime_start+0x102>
80400ab2:	16090513          	add	a0,s2,352
80400ab6:	00001097          	auipc	ra,0x1
80400aba:	6e4080e7          	jalr	1764(ra) # 8040219a <uni_main>
80400abe:	00000097          	auipc	ra,0x0
80400ac2:	cb4080e7          	jalr	-844(ra) # 80400772 <uni_poweroff>
80400ac6:	80405537          	lui	a0,0x80405
80400aca:	1b450513          	add	a0,a0,436 # 804051b4 <uni_net_recv+0xa68>
80400ace:	00000097          	auipc	ra,0x0
80400ad2:	cc8080e7          	jalr	-824(ra) # 80400796 <uni_panic>
80400ad6:	80405537          	lui	a0,0x80405
80400ada:	0f850513          	add	a0,a0,248 # 804050f8 <uni_net_recv+0x9ac>
80400ade:	00000097          	auipc	ra,0x0
80400ae2:	cb8080e7          	jalr	-840(ra) # 80400796 <uni_panic>
80400ae6:	80405537          	lui	a0,0x80405
80400aea:	18c50513          	add	a0,a0,396 # 8040518c <uni_net_recv+0xa40>
80400aee:	00000097          	auipc	ra,0x0
80400af2:	ca8080e7          	jalr	-856(ra) # 80400796 <uni_panic>
80400af6:	80405537          	lui	a0,0x80405
80400afa:	12850513          	add	a0,a0,296 # 80405128 <uni_net_recv+0x9dc>
80400afe:	00000097          	auipc	ra,0x0
80400b02:	c98080e7          	jalr	-872(ra) # 80400796 <uni_panic>
80400b06:	80405537          	lui	a0,0x80405
80400b0a:	16450513          	add	a0,a0,356 # 80405164 <uni_net_recv+0xa18>
80400b0e:	00000097          	auipc	ra,0x0
80400b12:	c88080e7          	jalr	-888(ra) # 80400796 <uni_panic>

80400b16 <timer_event>:
80400b16:	8082                	ret

80400b18 <uni_wait_init>:
80400b18:	1141                	add	sp,sp,-16
80400b1a:	c422                	sw	s0,8(sp)
80400b1c:	80406437          	lui	s0,0x80406
80400b20:	0c440593          	add	a1,s0,196 # 804060c4 <timer_port>
80400b24:	4501                	li	a0,0
80400b26:	c606                	sw	ra,12(sp)
80400b28:	00000097          	auipc	ra,0x0
80400b2c:	236080e7          	jalr	566(ra) # 80400d5e <evtchn_bind_virq>
80400b30:	02054363          	bltz	a0,80400b56 <uni_wait_init+0x3e>
80400b34:	0c442503          	lw	a0,196(s0)
80400b38:	804015b7          	lui	a1,0x80401
80400b3c:	4601                	li	a2,0
80400b3e:	b1658593          	add	a1,a1,-1258 # 80400b16 <timer_event>
80400b42:	00000097          	auipc	ra,0x0
80400b46:	0fc080e7          	jalr	252(ra) # 80400c3e <evtchn_bind>
80400b4a:	00054663          	bltz	a0,80400b56 <uni_wait_init+0x3e>
80400b4e:	40b2                	lw	ra,12(sp)
80400b50:	4422                	lw	s0,8(sp)
80400b52:	0141                	add	sp,sp,16
80400b54:	8082                	ret
80400b56:	80405537          	lui	a0,0x80405
80400b5a:	37c50513          	add	a0,a0,892 # 8040537c <names.0+0x40>
80400b5e:	00000097          	auipc	ra,0x0
80400b62:	c38080e7          	jalr	-968(ra) # 80400796 <uni_panic>

80400b66 <uni_runtime_set_waiter>:
80400b66:	804067b7          	lui	a5,0x80406
80400b6a:	0ca7a023          	sw	a0,192(a5) # 804060c0 <waiter>
80400b6e:	8082                	ret

80400b70 <uni_block_until>:
80400b70:	57fd                	li	a5,-1
80400b72:	02f50a63          	beq	a0,a5,80400ba6 <uni_block_until+0x36>
80400b76:	c81027f3          	rdtimeh	a5
80400b7a:	c01026f3          	rdtime	a3
80400b7e:	c8102773          	rdtimeh	a4
80400b82:	fee79ae3          	bne	a5,a4,80400b76 <uni_block_until+0x6>
80400b86:	00b7fb63          	bgeu	a5,a1,80400b9c <uni_block_until+0x2c>
80400b8a:	48bd                	li	a7,15
80400b8c:	00000073          	ecall
80400b90:	00054e63          	bltz	a0,80400bac <uni_block_until+0x3c>
80400b94:	00000317          	auipc	t1,0x0
80400b98:	24430067          	jr	580(t1) # 80400dd8 <pv_block>
80400b9c:	00f59463          	bne	a1,a5,80400ba4 <uni_block_until+0x34>
80400ba0:	fea6e5e3          	bltu	a3,a0,80400b8a <uni_block_until+0x1a>
80400ba4:	8082                	ret
80400ba6:	fca598e3          	bne	a1,a0,80400b76 <uni_block_until+0x6>
80400baa:	b7ed                	j	80400b94 <uni_block_until+0x24>
80400bac:	80405537          	lui	a0,0x80405
80400bb0:	1141                	add	sp,sp,-16
80400bb2:	3a450513          	add	a0,a0,932 # 804053a4 <names.0+0x68>
80400bb6:	c606                	sw	ra,12(sp)
80400bb8:	00000097          	auipc	ra,0x0
80400bbc:	bde080e7          	jalr	-1058(ra) # 80400796 <uni_panic>

80400bc0 <uni_wait_until>:
80400bc0:	804067b7          	lui	a5,0x80406
80400bc4:	0c07a783          	lw	a5,192(a5) # 804060c0 <waiter>
80400bc8:	c391                	beqz	a5,80400bcc <uni_wait_until+0xc>
80400bca:	8782                	jr	a5
80400bcc:	00000317          	auipc	t1,0x0
80400bd0:	fa430067          	jr	-92(t1) # 80400b70 <uni_block_until>

80400bd4 <uni_wait>:
80400bd4:	804067b7          	lui	a5,0x80406
80400bd8:	0c07a783          	lw	a5,192(a5) # 804060c0 <waiter>
80400bdc:	c781                	beqz	a5,80400be4 <uni_wait+0x10>
80400bde:	557d                	li	a0,-1
80400be0:	55fd                	li	a1,-1
80400be2:	8782                	jr	a5
80400be4:	00000317          	auipc	t1,0x0
80400be8:	1f430067          	jr	500(t1) # 80400dd8 <pv_block>

80400bec <pv_genid>:
80400bec:	804067b7          	lui	a5,0x80406
80400bf0:	0cc7a783          	lw	a5,204(a5) # 804060cc <pv_shared_info>
80400bf4:	1e07a703          	lw	a4,480(a5)
80400bf8:	c118                	sw	a4,0(a0)
80400bfa:	1e47a703          	lw	a4,484(a5)
80400bfe:	c158                	sw	a4,4(a0)
80400c00:	1e87a703          	lw	a4,488(a5)
80400c04:	c518                	sw	a4,8(a0)
80400c06:	1ec7a703          	lw	a4,492(a5)
80400c0a:	c558                	sw	a4,12(a0)
80400c0c:	1dc7a503          	lw	a0,476(a5)
80400c10:	8082                	ret

80400c12 <evtchn_init>:
80400c12:	80406737          	lui	a4,0x80406
80400c16:	804167b7          	lui	a5,0x80416
80400c1a:	36478793          	add	a5,a5,868 # 80416364 <handlers>
80400c1e:	0ca72623          	sw	a0,204(a4) # 804060cc <pv_shared_info>
80400c22:	6709                	lui	a4,0x2
80400c24:	973e                	add	a4,a4,a5
80400c26:	0007a023          	sw	zero,0(a5)
80400c2a:	0007a223          	sw	zero,4(a5)
80400c2e:	07a1                	add	a5,a5,8
80400c30:	fee79be3          	bne	a5,a4,80400c26 <evtchn_init+0x14>
80400c34:	804067b7          	lui	a5,0x80406
80400c38:	0c07a423          	sw	zero,200(a5) # 804060c8 <stray>
80400c3c:	8082                	ret

80400c3e <evtchn_bind>:
80400c3e:	fff50713          	add	a4,a0,-1
80400c42:	3fe00793          	li	a5,1022
80400c46:	00e7ec63          	bltu	a5,a4,80400c5e <evtchn_bind+0x20>
80400c4a:	804167b7          	lui	a5,0x80416
80400c4e:	050e                	sll	a0,a0,0x3
80400c50:	36478793          	add	a5,a5,868 # 80416364 <handlers>
80400c54:	97aa                	add	a5,a5,a0
80400c56:	c3d0                	sw	a2,4(a5)
80400c58:	c38c                	sw	a1,0(a5)
80400c5a:	4501                	li	a0,0
80400c5c:	8082                	ret
80400c5e:	5529                	li	a0,-22
80400c60:	8082                	ret

80400c62 <evtchn_do_upcall>:
80400c62:	7179                	add	sp,sp,-48
80400c64:	804067b7          	lui	a5,0x80406
80400c68:	c65e                	sw	s7,12(sp)
80400c6a:	0cc7ab83          	lw	s7,204(a5) # 804060cc <pv_shared_info>
80400c6e:	cc52                	sw	s4,24(sp)
80400c70:	80416a37          	lui	s4,0x80416
80400c74:	c85a                	sw	s6,16(sp)
80400c76:	c462                	sw	s8,8(sp)
80400c78:	c266                	sw	s9,4(sp)
80400c7a:	d606                	sw	ra,44(sp)
80400c7c:	d422                	sw	s0,40(sp)
80400c7e:	d226                	sw	s1,36(sp)
80400c80:	d04a                	sw	s2,32(sp)
80400c82:	ce4e                	sw	s3,28(sp)
80400c84:	ca56                	sw	s5,20(sp)
80400c86:	4c81                	li	s9,0
80400c88:	004b8c13          	add	s8,s7,4
80400c8c:	364a0a13          	add	s4,s4,868 # 80416364 <handlers>
80400c90:	80406b37          	lui	s6,0x80406
80400c94:	000b8023          	sb	zero,0(s7)
80400c98:	0330000f          	fence	rw,rw
80400c9c:	8ae6                	mv	s5,s9
80400c9e:	0f50000f          	fence	iorw,ow
80400ca2:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80400ca6:	4985                	li	s3,1
80400ca8:	080a8163          	beqz	s5,80400d2a <evtchn_do_upcall+0xc8>
80400cac:	8556                	mv	a0,s5
80400cae:	00001097          	auipc	ra,0x1
80400cb2:	724080e7          	jalr	1828(ra) # 804023d2 <__ctzsi2>
80400cb6:	01050413          	add	s0,a0,16
80400cba:	040a                	sll	s0,s0,0x2
80400cbc:	08040913          	add	s2,s0,128
80400cc0:	fffa8793          	add	a5,s5,-1
80400cc4:	00fafab3          	and	s5,s5,a5
80400cc8:	945e                	add	s0,s0,s7
80400cca:	995e                	add	s2,s2,s7
80400ccc:	00551493          	sll	s1,a0,0x5
80400cd0:	401c                	lw	a5,0(s0)
80400cd2:	0ff0000f          	fence
80400cd6:	00092503          	lw	a0,0(s2)
80400cda:	fff54513          	not	a0,a0
80400cde:	8d7d                	and	a0,a0,a5
80400ce0:	d561                	beqz	a0,80400ca8 <evtchn_do_upcall+0x46>
80400ce2:	00001097          	auipc	ra,0x1
80400ce6:	6f0080e7          	jalr	1776(ra) # 804023d2 <__ctzsi2>
80400cea:	00a997b3          	sll	a5,s3,a0
80400cee:	fff7c793          	not	a5,a5
80400cf2:	0f50000f          	fence	iorw,ow
80400cf6:	64f4202f          	amoand.w.aq	zero,a5,(s0)
80400cfa:	9526                	add	a0,a0,s1
80400cfc:	00351793          	sll	a5,a0,0x3
80400d00:	97d2                	add	a5,a5,s4
80400d02:	4398                	lw	a4,0(a5)
80400d04:	cf09                	beqz	a4,80400d1e <evtchn_do_upcall+0xbc>
80400d06:	43cc                	lw	a1,4(a5)
80400d08:	9702                	jalr	a4
80400d0a:	401c                	lw	a5,0(s0)
80400d0c:	0ff0000f          	fence
80400d10:	00092503          	lw	a0,0(s2)
80400d14:	fff54513          	not	a0,a0
80400d18:	8d7d                	and	a0,a0,a5
80400d1a:	f561                	bnez	a0,80400ce2 <evtchn_do_upcall+0x80>
80400d1c:	b771                	j	80400ca8 <evtchn_do_upcall+0x46>
80400d1e:	0c8b2783          	lw	a5,200(s6) # 804060c8 <stray>
80400d22:	0785                	add	a5,a5,1
80400d24:	0cfb2423          	sw	a5,200(s6)
80400d28:	b765                	j	80400cd0 <evtchn_do_upcall+0x6e>
80400d2a:	000bc783          	lbu	a5,0(s7)
80400d2e:	f3bd                	bnez	a5,80400c94 <evtchn_do_upcall+0x32>
80400d30:	50b2                	lw	ra,44(sp)
80400d32:	5422                	lw	s0,40(sp)
80400d34:	5492                	lw	s1,36(sp)
80400d36:	5902                	lw	s2,32(sp)
80400d38:	49f2                	lw	s3,28(sp)
80400d3a:	4a62                	lw	s4,24(sp)
80400d3c:	4ad2                	lw	s5,20(sp)
80400d3e:	4b42                	lw	s6,16(sp)
80400d40:	4bb2                	lw	s7,12(sp)
80400d42:	4c22                	lw	s8,8(sp)
80400d44:	4c92                	lw	s9,4(sp)
80400d46:	6145                	add	sp,sp,48
80400d48:	8082                	ret

80400d4a <evtchn_send>:
80400d4a:	1141                	add	sp,sp,-16
80400d4c:	c62a                	sw	a0,12(sp)
80400d4e:	006c                	add	a1,sp,12
80400d50:	4511                	li	a0,4
80400d52:	02000893          	li	a7,32
80400d56:	00000073          	ecall
80400d5a:	0141                	add	sp,sp,16
80400d5c:	8082                	ret

80400d5e <evtchn_bind_virq>:
80400d5e:	1141                	add	sp,sp,-16
80400d60:	86ae                	mv	a3,a1
80400d62:	c22a                	sw	a0,4(sp)
80400d64:	c402                	sw	zero,8(sp)
80400d66:	c602                	sw	zero,12(sp)
80400d68:	4505                	li	a0,1
80400d6a:	004c                	add	a1,sp,4
80400d6c:	02000893          	li	a7,32
80400d70:	00000073          	ecall
80400d74:	00054b63          	bltz	a0,80400d8a <evtchn_bind_virq+0x2c>
80400d78:	4732                	lw	a4,12(sp)
80400d7a:	cb11                	beqz	a4,80400d8e <evtchn_bind_virq+0x30>
80400d7c:	c298                	sw	a4,0(a3)
80400d7e:	3fe00793          	li	a5,1022
80400d82:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
80400d84:	00e7e763          	bltu	a5,a4,80400d92 <evtchn_bind_virq+0x34>
80400d88:	4501                	li	a0,0
80400d8a:	0141                	add	sp,sp,16
80400d8c:	8082                	ret
80400d8e:	872a                	mv	a4,a0
80400d90:	b7f5                	j	80400d7c <evtchn_bind_virq+0x1e>
80400d92:	5529                	li	a0,-22
80400d94:	bfdd                	j	80400d8a <evtchn_bind_virq+0x2c>

80400d96 <evtchn_alloc_unbound>:
80400d96:	77e1                	lui	a5,0xffff8
80400d98:	1141                	add	sp,sp,-16
80400d9a:	ff07c793          	xor	a5,a5,-16
80400d9e:	86ae                	mv	a3,a1
80400da0:	00a11523          	sh	a0,10(sp)
80400da4:	00f11423          	sh	a5,8(sp)
80400da8:	c602                	sw	zero,12(sp)
80400daa:	4519                	li	a0,6
80400dac:	002c                	add	a1,sp,8
80400dae:	02000893          	li	a7,32
80400db2:	00000073          	ecall
80400db6:	00054b63          	bltz	a0,80400dcc <evtchn_alloc_unbound+0x36>
80400dba:	4732                	lw	a4,12(sp)
80400dbc:	cb11                	beqz	a4,80400dd0 <evtchn_alloc_unbound+0x3a>
80400dbe:	c298                	sw	a4,0(a3)
80400dc0:	3fe00793          	li	a5,1022
80400dc4:	177d                	add	a4,a4,-1
80400dc6:	00e7e763          	bltu	a5,a4,80400dd4 <evtchn_alloc_unbound+0x3e>
80400dca:	4501                	li	a0,0
80400dcc:	0141                	add	sp,sp,16
80400dce:	8082                	ret
80400dd0:	872a                	mv	a4,a0
80400dd2:	b7f5                	j	80400dbe <evtchn_alloc_unbound+0x28>
80400dd4:	5529                	li	a0,-22
80400dd6:	bfdd                	j	80400dcc <evtchn_alloc_unbound+0x36>

80400dd8 <pv_block>:
80400dd8:	4505                	li	a0,1
80400dda:	4581                	li	a1,0
80400ddc:	48f5                	li	a7,29
80400dde:	00000073          	ecall
80400de2:	804067b7          	lui	a5,0x80406
80400de6:	0cc7a783          	lw	a5,204(a5) # 804060cc <pv_shared_info>
80400dea:	4705                	li	a4,1
80400dec:	00e780a3          	sb	a4,1(a5)
80400df0:	8082                	ret

80400df2 <gnttab_setup_frame>:
80400df2:	77e1                	lui	a5,0xffff8
80400df4:	1141                	add	sp,sp,-16
80400df6:	ff07c793          	xor	a5,a5,-16
80400dfa:	00f11023          	sh	a5,0(sp)
80400dfe:	4785                	li	a5,1
80400e00:	872a                	mv	a4,a0
80400e02:	00011123          	sh	zero,2(sp)
80400e06:	00011423          	sh	zero,8(sp)
80400e0a:	00011523          	sh	zero,10(sp)
80400e0e:	00011623          	sh	zero,12(sp)
80400e12:	00011723          	sh	zero,14(sp)
80400e16:	c23e                	sw	a5,4(sp)
80400e18:	4509                	li	a0,2
80400e1a:	858a                	mv	a1,sp
80400e1c:	4605                	li	a2,1
80400e1e:	48d1                	li	a7,20
80400e20:	00000073          	ecall
80400e24:	00054863          	bltz	a0,80400e34 <gnttab_setup_frame+0x42>
80400e28:	00811783          	lh	a5,8(sp)
80400e2c:	e791                	bnez	a5,80400e38 <gnttab_setup_frame+0x46>
80400e2e:	47b2                	lw	a5,12(sp)
80400e30:	4501                	li	a0,0
80400e32:	c31c                	sw	a5,0(a4)
80400e34:	0141                	add	sp,sp,16
80400e36:	8082                	ret
80400e38:	853e                	mv	a0,a5
80400e3a:	0007c363          	bltz	a5,80400e40 <gnttab_setup_frame+0x4e>
80400e3e:	557d                	li	a0,-1
80400e40:	0542                	sll	a0,a0,0x10
80400e42:	8541                	sra	a0,a0,0x10
80400e44:	0141                	add	sp,sp,16
80400e46:	8082                	ret

80400e48 <gnttab_init>:
80400e48:	804187b7          	lui	a5,0x80418
80400e4c:	36478693          	add	a3,a5,868 # 80418364 <in_use>
80400e50:	80406737          	lui	a4,0x80406
80400e54:	0ca72823          	sw	a0,208(a4) # 804060d0 <table>
80400e58:	36478793          	add	a5,a5,868
80400e5c:	04068713          	add	a4,a3,64
80400e60:	0007a023          	sw	zero,0(a5)
80400e64:	0791                	add	a5,a5,4
80400e66:	fee79de3          	bne	a5,a4,80400e60 <gnttab_init+0x18>
80400e6a:	4785                	li	a5,1
80400e6c:	c29c                	sw	a5,0(a3)
80400e6e:	8082                	ret

80400e70 <gnttab_grant_access>:
80400e70:	804187b7          	lui	a5,0x80418
80400e74:	36478793          	add	a5,a5,868 # 80418364 <in_use>
80400e78:	4394                	lw	a3,0(a5)
80400e7a:	872a                	mv	a4,a0
80400e7c:	4505                	li	a0,1
80400e7e:	0026f813          	and	a6,a3,2
80400e82:	02081f63          	bnez	a6,80400ec0 <gnttab_grant_access+0x50>
80400e86:	4e21                	li	t3,8
80400e88:	4309                	li	t1,2
80400e8a:	4881                	li	a7,0
80400e8c:	80406837          	lui	a6,0x80406
80400e90:	0d082803          	lw	a6,208(a6) # 804060d0 <table>
80400e94:	0066e6b3          	or	a3,a3,t1
80400e98:	97c6                	add	a5,a5,a7
80400e9a:	0742                	sll	a4,a4,0x10
80400e9c:	c394                	sw	a3,0(a5)
80400e9e:	8341                	srl	a4,a4,0x10
80400ea0:	01c806b3          	add	a3,a6,t3
80400ea4:	00e69123          	sh	a4,2(a3)
80400ea8:	c2cc                	sw	a1,4(a3)
80400eaa:	0110000f          	fence	w,w
80400eae:	00163613          	seqz	a2,a2
80400eb2:	40c007b3          	neg	a5,a2
80400eb6:	9bf1                	and	a5,a5,-4
80400eb8:	0795                	add	a5,a5,5
80400eba:	00f69023          	sh	a5,0(a3)
80400ebe:	8082                	ret
80400ec0:	20000e93          	li	t4,512
80400ec4:	4e05                	li	t3,1
80400ec6:	0505                	add	a0,a0,1
80400ec8:	00555813          	srl	a6,a0,0x5
80400ecc:	00281893          	sll	a7,a6,0x2
80400ed0:	011786b3          	add	a3,a5,a7
80400ed4:	00ae1333          	sll	t1,t3,a0
80400ed8:	01d50a63          	beq	a0,t4,80400eec <gnttab_grant_access+0x7c>
80400edc:	4294                	lw	a3,0(a3)
80400ede:	0066f833          	and	a6,a3,t1
80400ee2:	fe0812e3          	bnez	a6,80400ec6 <gnttab_grant_access+0x56>
80400ee6:	00351e13          	sll	t3,a0,0x3
80400eea:	b74d                	j	80400e8c <gnttab_grant_access+0x1c>
80400eec:	5511                	li	a0,-28
80400eee:	8082                	ret

80400ef0 <tx_gc>:
80400ef0:	411c                	lw	a5,0(a0)
80400ef2:	0087a803          	lw	a6,8(a5)
80400ef6:	0220000f          	fence	r,r
80400efa:	4518                	lw	a4,8(a0)
80400efc:	415c                	lw	a5,4(a0)
80400efe:	40e806b3          	sub	a3,a6,a4
80400f02:	8f99                	sub	a5,a5,a4
80400f04:	08d7e563          	bltu	a5,a3,80400f8e <tx_gc+0x9e>
80400f08:	09070663          	beq	a4,a6,80400f94 <tx_gc+0xa4>
80400f0c:	00c52883          	lw	a7,12(a0)
80400f10:	00052e83          	lw	t4,0(a0)
80400f14:	01052e03          	lw	t3,16(a0)
80400f18:	18fd                	add	a7,a7,-1 # 803fffff <errno+0x803fffff>
80400f1a:	433d                	li	t1,15
80400f1c:	a815                	j	80400f50 <tx_gc+0x60>
80400f1e:	0ac5c683          	lbu	a3,172(a1)
80400f22:	cab9                	beqz	a3,80400f78 <tx_gc+0x88>
80400f24:	0a058623          	sb	zero,172(a1)
80400f28:	0a852583          	lw	a1,168(a0)
80400f2c:	04058693          	add	a3,a1,64
80400f30:	0686                	sll	a3,a3,0x1
80400f32:	0585                	add	a1,a1,1
80400f34:	0ab52423          	sw	a1,168(a0)
80400f38:	96aa                	add	a3,a3,a0
80400f3a:	00c69423          	sh	a2,8(a3)
80400f3e:	c791                	beqz	a5,80400f4a <tx_gc+0x5a>
80400f40:	1ec52783          	lw	a5,492(a0)
80400f44:	0785                	add	a5,a5,1
80400f46:	1ef52623          	sw	a5,492(a0)
80400f4a:	0705                	add	a4,a4,1
80400f4c:	02e80e63          	beq	a6,a4,80400f88 <tx_gc+0x98>
80400f50:	00e8f7b3          	and	a5,a7,a4
80400f54:	03c787b3          	mul	a5,a5,t3
80400f58:	04078793          	add	a5,a5,64
80400f5c:	97f6                	add	a5,a5,t4
80400f5e:	0007d683          	lhu	a3,0(a5)
80400f62:	0027d783          	lhu	a5,2(a5)
80400f66:	01069613          	sll	a2,a3,0x10
80400f6a:	8241                	srl	a2,a2,0x10
80400f6c:	07c2                	sll	a5,a5,0x10
80400f6e:	00c505b3          	add	a1,a0,a2
80400f72:	87c1                	sra	a5,a5,0x10
80400f74:	fad375e3          	bgeu	t1,a3,80400f1e <tx_gc+0x2e>
80400f78:	1fc52783          	lw	a5,508(a0)
80400f7c:	0705                	add	a4,a4,1
80400f7e:	0785                	add	a5,a5,1
80400f80:	1ef52e23          	sw	a5,508(a0)
80400f84:	fce816e3          	bne	a6,a4,80400f50 <tx_gc+0x60>
80400f88:	01052423          	sw	a6,8(a0)
80400f8c:	8082                	ret
80400f8e:	4785                	li	a5,1
80400f90:	c13c                	sw	a5,64(a0)
80400f92:	8082                	ret
80400f94:	8082                	ret

80400f96 <netfront_poll.part.0>:
80400f96:	7179                	add	sp,sp,-48
80400f98:	d422                	sw	s0,40(sp)
80400f9a:	d226                	sw	s1,36(sp)
80400f9c:	cc52                	sw	s4,24(sp)
80400f9e:	ca56                	sw	s5,20(sp)
80400fa0:	c85a                	sw	s6,16(sp)
80400fa2:	d606                	sw	ra,44(sp)
80400fa4:	d04a                	sw	s2,32(sp)
80400fa6:	ce4e                	sw	s3,28(sp)
80400fa8:	c65e                	sw	s7,12(sp)
80400faa:	4785                	li	a5,1
80400fac:	c17c                	sw	a5,68(a0)
80400fae:	842a                	mv	s0,a0
80400fb0:	4a85                	li	s5,1
80400fb2:	00000097          	auipc	ra,0x0
80400fb6:	f3e080e7          	jalr	-194(ra) # 80400ef0 <tx_gc>
80400fba:	4a7d                	li	s4,31
80400fbc:	5e900b13          	li	s6,1513
80400fc0:	6485                	lui	s1,0x1
80400fc2:	485c                	lw	a5,20(s0)
80400fc4:	0087a983          	lw	s3,8(a5)
80400fc8:	0220000f          	fence	r,r
80400fcc:	4c54                	lw	a3,28(s0)
80400fce:	4c1c                	lw	a5,24(s0)
80400fd0:	01442803          	lw	a6,20(s0)
80400fd4:	40d98633          	sub	a2,s3,a3
80400fd8:	40d78733          	sub	a4,a5,a3
80400fdc:	14c76363          	bltu	a4,a2,80401122 <netfront_poll.part.0+0x18c>
80400fe0:	0cd98163          	beq	s3,a3,804010a2 <netfront_poll.part.0+0x10c>
80400fe4:	5018                	lw	a4,32(s0)
80400fe6:	02442883          	lw	a7,36(s0)
80400fea:	177d                	add	a4,a4,-1
80400fec:	00d777b3          	and	a5,a4,a3
80400ff0:	031787b3          	mul	a5,a5,a7
80400ff4:	0685                	add	a3,a3,1
80400ff6:	04078793          	add	a5,a5,64
80400ffa:	97c2                	add	a5,a5,a6
80400ffc:	0007d503          	lhu	a0,0(a5)
80401000:	0027d583          	lhu	a1,2(a5)
80401004:	0067d603          	lhu	a2,6(a5)
80401008:	01051913          	sll	s2,a0,0x10
8040100c:	01095913          	srl	s2,s2,0x10
80401010:	0642                	sll	a2,a2,0x10
80401012:	8641                	sra	a2,a2,0x10
80401014:	fff60793          	add	a5,a2,-1 # 7ffff <errno+0x7ffff>
80401018:	07c2                	sll	a5,a5,0x10
8040101a:	05c2                	sll	a1,a1,0x10
8040101c:	cc54                	sw	a3,28(s0)
8040101e:	01240bb3          	add	s7,s0,s2
80401022:	83c1                	srl	a5,a5,0x10
80401024:	81c1                	srl	a1,a1,0x10
80401026:	0caa6363          	bltu	s4,a0,804010ec <netfront_poll.part.0+0x156>
8040102a:	1bcbc503          	lbu	a0,444(s7)
8040102e:	cd5d                	beqz	a0,804010ec <netfront_poll.part.0+0x156>
80401030:	1a0b8e23          	sb	zero,444(s7)
80401034:	00c58533          	add	a0,a1,a2
80401038:	0cfb6263          	bltu	s6,a5,804010fc <netfront_poll.part.0+0x166>
8040103c:	02c90793          	add	a5,s2,44
80401040:	078a                	sll	a5,a5,0x2
80401042:	97a2                	add	a5,a5,s0
80401044:	0aa4ec63          	bltu	s1,a0,804010fc <netfront_poll.part.0+0x166>
80401048:	1f442703          	lw	a4,500(s0)
8040104c:	00c7a803          	lw	a6,12(a5)
80401050:	1dc42683          	lw	a3,476(s0)
80401054:	1e042503          	lw	a0,480(s0)
80401058:	00170793          	add	a5,a4,1
8040105c:	95c2                	add	a1,a1,a6
8040105e:	1ef42a23          	sw	a5,500(s0)
80401062:	9682                	jalr	a3
80401064:	5018                	lw	a4,32(s0)
80401066:	01442803          	lw	a6,20(s0)
8040106a:	02442883          	lw	a7,36(s0)
8040106e:	4c54                	lw	a3,28(s0)
80401070:	177d                	add	a4,a4,-1
80401072:	4c10                	lw	a2,24(s0)
80401074:	04c90793          	add	a5,s2,76
80401078:	078a                	sll	a5,a5,0x2
8040107a:	8f71                	and	a4,a4,a2
8040107c:	03170733          	mul	a4,a4,a7
80401080:	97a2                	add	a5,a5,s0
80401082:	47dc                	lw	a5,12(a5)
80401084:	0605                	add	a2,a2,1
80401086:	04070713          	add	a4,a4,64
8040108a:	9742                	add	a4,a4,a6
8040108c:	01271023          	sh	s2,0(a4)
80401090:	00071123          	sh	zero,2(a4)
80401094:	c35c                	sw	a5,4(a4)
80401096:	1b5b8e23          	sb	s5,444(s7)
8040109a:	cc10                	sw	a2,24(s0)
8040109c:	f4d994e3          	bne	s3,a3,80400fe4 <netfront_poll.part.0+0x4e>
804010a0:	4c1c                	lw	a5,24(s0)
804010a2:	00082703          	lw	a4,0(a6)
804010a6:	0110000f          	fence	w,w
804010aa:	4854                	lw	a3,20(s0)
804010ac:	c29c                	sw	a5,0(a3)
804010ae:	0330000f          	fence	rw,rw
804010b2:	4854                	lw	a3,20(s0)
804010b4:	40e78733          	sub	a4,a5,a4
804010b8:	42d0                	lw	a2,4(a3)
804010ba:	8f91                	sub	a5,a5,a2
804010bc:	06e7e663          	bltu	a5,a4,80401128 <netfront_poll.part.0+0x192>
804010c0:	469c                	lw	a5,8(a3)
804010c2:	0220000f          	fence	r,r
804010c6:	4c58                	lw	a4,28(s0)
804010c8:	04e78063          	beq	a5,a4,80401108 <netfront_poll.part.0+0x172>
804010cc:	403c                	lw	a5,64(s0)
804010ce:	ee078ae3          	beqz	a5,80400fc2 <netfront_poll.part.0+0x2c>
804010d2:	50b2                	lw	ra,44(sp)
804010d4:	04042223          	sw	zero,68(s0)
804010d8:	5422                	lw	s0,40(sp)
804010da:	5492                	lw	s1,36(sp)
804010dc:	5902                	lw	s2,32(sp)
804010de:	49f2                	lw	s3,28(sp)
804010e0:	4a62                	lw	s4,24(sp)
804010e2:	4ad2                	lw	s5,20(sp)
804010e4:	4b42                	lw	s6,16(sp)
804010e6:	4bb2                	lw	s7,12(sp)
804010e8:	6145                	add	sp,sp,48
804010ea:	8082                	ret
804010ec:	1fc42783          	lw	a5,508(s0)
804010f0:	0785                	add	a5,a5,1
804010f2:	1ef42e23          	sw	a5,508(s0)
804010f6:	eed997e3          	bne	s3,a3,80400fe4 <netfront_poll.part.0+0x4e>
804010fa:	b75d                	j	804010a0 <netfront_poll.part.0+0x10a>
804010fc:	1f842783          	lw	a5,504(s0)
80401100:	0785                	add	a5,a5,1
80401102:	1ef42c23          	sw	a5,504(s0)
80401106:	b7b5                	j	80401072 <netfront_poll.part.0+0xdc>
80401108:	4858                	lw	a4,20(s0)
8040110a:	0785                	add	a5,a5,1
8040110c:	c75c                	sw	a5,12(a4)
8040110e:	0330000f          	fence	rw,rw
80401112:	485c                	lw	a5,20(s0)
80401114:	4798                	lw	a4,8(a5)
80401116:	0220000f          	fence	r,r
8040111a:	4c5c                	lw	a5,28(s0)
8040111c:	faf718e3          	bne	a4,a5,804010cc <netfront_poll.part.0+0x136>
80401120:	bf4d                	j	804010d2 <netfront_poll.part.0+0x13c>
80401122:	05542023          	sw	s5,64(s0)
80401126:	bfb5                	j	804010a2 <netfront_poll.part.0+0x10c>
80401128:	5408                	lw	a0,40(s0)
8040112a:	00000097          	auipc	ra,0x0
8040112e:	c20080e7          	jalr	-992(ra) # 80400d4a <evtchn_send>
80401132:	4854                	lw	a3,20(s0)
80401134:	b771                	j	804010c0 <netfront_poll.part.0+0x12a>

80401136 <netfront_event>:
80401136:	5ddc                	lw	a5,60(a1)
80401138:	cb91                	beqz	a5,8040114c <netfront_event+0x16>
8040113a:	41bc                	lw	a5,64(a1)
8040113c:	eb81                	bnez	a5,8040114c <netfront_event+0x16>
8040113e:	41fc                	lw	a5,68(a1)
80401140:	e791                	bnez	a5,8040114c <netfront_event+0x16>
80401142:	852e                	mv	a0,a1
80401144:	00000317          	auipc	t1,0x0
80401148:	e5230067          	jr	-430(t1) # 80400f96 <netfront_poll.part.0>
8040114c:	8082                	ret

8040114e <netfront_probe>:
8040114e:	7179                	add	sp,sp,-48
80401150:	d422                	sw	s0,40(sp)
80401152:	842e                	mv	s0,a1
80401154:	804055b7          	lui	a1,0x80405
80401158:	02000693          	li	a3,32
8040115c:	860a                	mv	a2,sp
8040115e:	3d858593          	add	a1,a1,984 # 804053d8 <names.0+0x9c>
80401162:	d606                	sw	ra,44(sp)
80401164:	00001097          	auipc	ra,0x1
80401168:	9a6080e7          	jalr	-1626(ra) # 80401b0a <xs_read>
8040116c:	08054b63          	bltz	a0,80401202 <netfront_probe+0xb4>
80401170:	47c5                	li	a5,17
80401172:	0af51263          	bne	a0,a5,80401216 <netfront_probe+0xc8>
80401176:	870a                	mv	a4,sp
80401178:	88a2                	mv	a7,s0
8040117a:	00f10593          	add	a1,sp,15
8040117e:	4325                	li	t1,9
80401180:	4815                	li	a6,5
80401182:	03a00f13          	li	t5,58
80401186:	00074603          	lbu	a2,0(a4)
8040118a:	00174503          	lbu	a0,1(a4)
8040118e:	fd060793          	add	a5,a2,-48
80401192:	fd050693          	add	a3,a0,-48
80401196:	0ff7fe13          	zext.b	t3,a5
8040119a:	0ff6fe93          	zext.b	t4,a3
8040119e:	03c37063          	bgeu	t1,t3,804011be <netfront_probe+0x70>
804011a2:	f9f60793          	add	a5,a2,-97
804011a6:	0ff7f793          	zext.b	a5,a5
804011aa:	06f87063          	bgeu	a6,a5,8040120a <netfront_probe+0xbc>
804011ae:	fbf60793          	add	a5,a2,-65
804011b2:	0ff7f793          	zext.b	a5,a5
804011b6:	06f86063          	bltu	a6,a5,80401216 <netfront_probe+0xc8>
804011ba:	fc960793          	add	a5,a2,-55
804011be:	03d37063          	bgeu	t1,t4,804011de <netfront_probe+0x90>
804011c2:	f9f50693          	add	a3,a0,-97
804011c6:	0ff6f693          	zext.b	a3,a3
804011ca:	04d87363          	bgeu	a6,a3,80401210 <netfront_probe+0xc2>
804011ce:	fbf50693          	add	a3,a0,-65
804011d2:	0ff6f693          	zext.b	a3,a3
804011d6:	04d86063          	bltu	a6,a3,80401216 <netfront_probe+0xc8>
804011da:	fc950693          	add	a3,a0,-55
804011de:	00b70d63          	beq	a4,a1,804011f8 <netfront_probe+0xaa>
804011e2:	00274603          	lbu	a2,2(a4)
804011e6:	070d                	add	a4,a4,3
804011e8:	03e61763          	bne	a2,t5,80401216 <netfront_probe+0xc8>
804011ec:	0792                	sll	a5,a5,0x4
804011ee:	8fd5                	or	a5,a5,a3
804011f0:	00f88023          	sb	a5,0(a7)
804011f4:	0885                	add	a7,a7,1
804011f6:	bf41                	j	80401186 <netfront_probe+0x38>
804011f8:	0792                	sll	a5,a5,0x4
804011fa:	8fd5                	or	a5,a5,a3
804011fc:	00f402a3          	sb	a5,5(s0)
80401200:	4501                	li	a0,0
80401202:	50b2                	lw	ra,44(sp)
80401204:	5422                	lw	s0,40(sp)
80401206:	6145                	add	sp,sp,48
80401208:	8082                	ret
8040120a:	fa960793          	add	a5,a2,-87
8040120e:	bf45                	j	804011be <netfront_probe+0x70>
80401210:	fa950693          	add	a3,a0,-87
80401214:	b7e9                	j	804011de <netfront_probe+0x90>
80401216:	50b2                	lw	ra,44(sp)
80401218:	5422                	lw	s0,40(sp)
8040121a:	5529                	li	a0,-22
8040121c:	6145                	add	sp,sp,48
8040121e:	8082                	ret

80401220 <netfront_reread_mac>:
80401220:	1101                	add	sp,sp,-32
80401222:	872e                	mv	a4,a1
80401224:	ca26                	sw	s1,20(sp)
80401226:	002c                	add	a1,sp,8
80401228:	84aa                	mv	s1,a0
8040122a:	853a                	mv	a0,a4
8040122c:	cc22                	sw	s0,24(sp)
8040122e:	ce06                	sw	ra,28(sp)
80401230:	00000097          	auipc	ra,0x0
80401234:	f1e080e7          	jalr	-226(ra) # 8040114e <netfront_probe>
80401238:	842a                	mv	s0,a0
8040123a:	c519                	beqz	a0,80401248 <netfront_reread_mac+0x28>
8040123c:	40f2                	lw	ra,28(sp)
8040123e:	8522                	mv	a0,s0
80401240:	4462                	lw	s0,24(sp)
80401242:	44d2                	lw	s1,20(sp)
80401244:	6105                	add	sp,sp,32
80401246:	8082                	ret
80401248:	002c                	add	a1,sp,8
8040124a:	03448513          	add	a0,s1,52 # 1034 <errno+0x1034>
8040124e:	4619                	li	a2,6
80401250:	00002097          	auipc	ra,0x2
80401254:	8a4080e7          	jalr	-1884(ra) # 80402af4 <memcpy>
80401258:	40f2                	lw	ra,28(sp)
8040125a:	8522                	mv	a0,s0
8040125c:	4462                	lw	s0,24(sp)
8040125e:	44d2                	lw	s1,20(sp)
80401260:	6105                	add	sp,sp,32
80401262:	8082                	ret

80401264 <netfront_poll>:
80401264:	5d58                	lw	a4,60(a0)
80401266:	cb09                	beqz	a4,80401278 <netfront_poll+0x14>
80401268:	4138                	lw	a4,64(a0)
8040126a:	e719                	bnez	a4,80401278 <netfront_poll+0x14>
8040126c:	417c                	lw	a5,68(a0)
8040126e:	e789                	bnez	a5,80401278 <netfront_poll+0x14>
80401270:	00000317          	auipc	t1,0x0
80401274:	d2630067          	jr	-730(t1) # 80400f96 <netfront_poll.part.0>
80401278:	8082                	ret

8040127a <netfront_send>:
8040127a:	1101                	add	sp,sp,-32
8040127c:	ce06                	sw	ra,28(sp)
8040127e:	cc22                	sw	s0,24(sp)
80401280:	ca26                	sw	s1,20(sp)
80401282:	c84a                	sw	s2,16(sp)
80401284:	c64e                	sw	s3,12(sp)
80401286:	c452                	sw	s4,8(sp)
80401288:	c256                	sw	s5,4(sp)
8040128a:	c05a                	sw	s6,0(sp)
8040128c:	ff260713          	add	a4,a2,-14
80401290:	5dc00793          	li	a5,1500
80401294:	12e7ec63          	bltu	a5,a4,804013cc <netfront_send+0x152>
80401298:	5d5c                	lw	a5,60(a0)
8040129a:	842a                	mv	s0,a0
8040129c:	12078063          	beqz	a5,804013bc <netfront_send+0x142>
804012a0:	04052903          	lw	s2,64(a0)
804012a4:	10091c63          	bnez	s2,804013bc <netfront_send+0x142>
804012a8:	84b2                	mv	s1,a2
804012aa:	89ae                	mv	s3,a1
804012ac:	00000097          	auipc	ra,0x0
804012b0:	c44080e7          	jalr	-956(ra) # 80400ef0 <tx_gc>
804012b4:	0a842783          	lw	a5,168(s0)
804012b8:	c7cd                	beqz	a5,80401362 <netfront_send+0xe8>
804012ba:	03f78713          	add	a4,a5,63
804012be:	0706                	sll	a4,a4,0x1
804012c0:	9722                	add	a4,a4,s0
804012c2:	00875a83          	lhu	s5,8(a4)
804012c6:	17fd                	add	a5,a5,-1
804012c8:	0af42423          	sw	a5,168(s0)
804012cc:	001ada13          	srl	s4,s5,0x1
804012d0:	015407b3          	add	a5,s0,s5
804012d4:	4705                	li	a4,1
804012d6:	0a0a                	sll	s4,s4,0x2
804012d8:	0ae78623          	sb	a4,172(a5)
804012dc:	9a22                	add	s4,s4,s0
804012de:	048a2503          	lw	a0,72(s4)
804012e2:	001afb13          	and	s6,s5,1
804012e6:	0b2e                	sll	s6,s6,0xb
804012e8:	8626                	mv	a2,s1
804012ea:	85ce                	mv	a1,s3
804012ec:	955a                	add	a0,a0,s6
804012ee:	00002097          	auipc	ra,0x2
804012f2:	806080e7          	jalr	-2042(ra) # 80402af4 <memcpy>
804012f6:	445c                	lw	a5,12(s0)
804012f8:	4058                	lw	a4,4(s0)
804012fa:	4814                	lw	a3,16(s0)
804012fc:	17fd                	add	a5,a5,-1
804012fe:	8ff9                	and	a5,a5,a4
80401300:	02d787b3          	mul	a5,a5,a3
80401304:	4014                	lw	a3,0(s0)
80401306:	068a2603          	lw	a2,104(s4)
8040130a:	0705                	add	a4,a4,1
8040130c:	04078793          	add	a5,a5,64
80401310:	97b6                	add	a5,a5,a3
80401312:	c390                	sw	a2,0(a5)
80401314:	01679223          	sh	s6,4(a5)
80401318:	00079323          	sh	zero,6(a5)
8040131c:	01579423          	sh	s5,8(a5)
80401320:	00979523          	sh	s1,10(a5)
80401324:	c058                	sw	a4,4(s0)
80401326:	429c                	lw	a5,0(a3)
80401328:	0110000f          	fence	w,w
8040132c:	4014                	lw	a3,0(s0)
8040132e:	c298                	sw	a4,0(a3)
80401330:	0330000f          	fence	rw,rw
80401334:	4014                	lw	a3,0(s0)
80401336:	40f707b3          	sub	a5,a4,a5
8040133a:	42d4                	lw	a3,4(a3)
8040133c:	8f15                	sub	a4,a4,a3
8040133e:	08f76163          	bltu	a4,a5,804013c0 <netfront_send+0x146>
80401342:	1e842783          	lw	a5,488(s0)
80401346:	0785                	add	a5,a5,1
80401348:	1ef42423          	sw	a5,488(s0)
8040134c:	40f2                	lw	ra,28(sp)
8040134e:	4462                	lw	s0,24(sp)
80401350:	44d2                	lw	s1,20(sp)
80401352:	49b2                	lw	s3,12(sp)
80401354:	4a22                	lw	s4,8(sp)
80401356:	4a92                	lw	s5,4(sp)
80401358:	4b02                	lw	s6,0(sp)
8040135a:	854a                	mv	a0,s2
8040135c:	4942                	lw	s2,16(sp)
8040135e:	6105                	add	sp,sp,32
80401360:	8082                	ret
80401362:	1f042703          	lw	a4,496(s0)
80401366:	0705                	add	a4,a4,1
80401368:	1ee42823          	sw	a4,496(s0)
8040136c:	f7b9                	bnez	a5,804012ba <netfront_send+0x40>
8040136e:	401c                	lw	a5,0(s0)
80401370:	4798                	lw	a4,8(a5)
80401372:	0220000f          	fence	r,r
80401376:	441c                	lw	a5,8(s0)
80401378:	00e78c63          	beq	a5,a4,80401390 <netfront_send+0x116>
8040137c:	8522                	mv	a0,s0
8040137e:	00000097          	auipc	ra,0x0
80401382:	b72080e7          	jalr	-1166(ra) # 80400ef0 <tx_gc>
80401386:	403c                	lw	a5,64(s0)
80401388:	eb95                	bnez	a5,804013bc <netfront_send+0x142>
8040138a:	0a842783          	lw	a5,168(s0)
8040138e:	bff9                	j	8040136c <netfront_send+0xf2>
80401390:	4018                	lw	a4,0(s0)
80401392:	0785                	add	a5,a5,1
80401394:	c75c                	sw	a5,12(a4)
80401396:	0330000f          	fence	rw,rw
8040139a:	401c                	lw	a5,0(s0)
8040139c:	479c                	lw	a5,8(a5)
8040139e:	0220000f          	fence	r,r
804013a2:	4418                	lw	a4,8(s0)
804013a4:	fcf71ce3          	bne	a4,a5,8040137c <netfront_send+0x102>
804013a8:	1e442783          	lw	a5,484(s0)
804013ac:	9782                	jalr	a5
804013ae:	8522                	mv	a0,s0
804013b0:	00000097          	auipc	ra,0x0
804013b4:	b40080e7          	jalr	-1216(ra) # 80400ef0 <tx_gc>
804013b8:	403c                	lw	a5,64(s0)
804013ba:	dbe1                	beqz	a5,8040138a <netfront_send+0x110>
804013bc:	5979                	li	s2,-2
804013be:	b779                	j	8040134c <netfront_send+0xd2>
804013c0:	5408                	lw	a0,40(s0)
804013c2:	00000097          	auipc	ra,0x0
804013c6:	988080e7          	jalr	-1656(ra) # 80400d4a <evtchn_send>
804013ca:	bfa5                	j	80401342 <netfront_send+0xc8>
804013cc:	5929                	li	s2,-22
804013ce:	bfbd                	j	8040134c <netfront_send+0xd2>

804013d0 <netfront_connect>:
804013d0:	7139                	add	sp,sp,-64
804013d2:	d84a                	sw	s2,48(sp)
804013d4:	d452                	sw	s4,40(sp)
804013d6:	892e                	mv	s2,a1
804013d8:	8a32                	mv	s4,a2
804013da:	4581                	li	a1,0
804013dc:	20000613          	li	a2,512
804013e0:	de06                	sw	ra,60(sp)
804013e2:	dc22                	sw	s0,56(sp)
804013e4:	da26                	sw	s1,52(sp)
804013e6:	d64e                	sw	s3,44(sp)
804013e8:	d256                	sw	s5,36(sp)
804013ea:	d05a                	sw	s6,32(sp)
804013ec:	84aa                	mv	s1,a0
804013ee:	8b36                	mv	s6,a3
804013f0:	8aba                	mv	s5,a4
804013f2:	89be                	mv	s3,a5
804013f4:	ce5e                	sw	s7,28(sp)
804013f6:	00001097          	auipc	ra,0x1
804013fa:	714080e7          	jalr	1812(ra) # 80402b0a <memset>
804013fe:	03448593          	add	a1,s1,52
80401402:	854a                	mv	a0,s2
80401404:	00000097          	auipc	ra,0x0
80401408:	d4a080e7          	jalr	-694(ra) # 8040114e <netfront_probe>
8040140c:	842a                	mv	s0,a0
8040140e:	10054e63          	bltz	a0,8040152a <netfront_connect+0x15a>
80401412:	000a2603          	lw	a2,0(s4)
80401416:	4705                	li	a4,1
80401418:	1f34a223          	sw	s3,484(s1)
8040141c:	1d64ae23          	sw	s6,476(s1)
80401420:	1f54a023          	sw	s5,480(s1)
80401424:	008a2983          	lw	s3,8(s4)
80401428:	01060793          	add	a5,a2,16
8040142c:	c258                	sw	a4,4(a2)
8040142e:	c658                	sw	a4,12(a2)
80401430:	00062023          	sw	zero,0(a2)
80401434:	00062423          	sw	zero,8(a2)
80401438:	04060713          	add	a4,a2,64
8040143c:	0007a023          	sw	zero,0(a5)
80401440:	0791                	add	a5,a5,4
80401442:	fee79de3          	bne	a5,a4,8040143c <netfront_connect+0x6c>
80401446:	4785                	li	a5,1
80401448:	00f9a223          	sw	a5,4(s3)
8040144c:	00f9a623          	sw	a5,12(s3)
80401450:	0009a023          	sw	zero,0(s3)
80401454:	0009a423          	sw	zero,8(s3)
80401458:	01098793          	add	a5,s3,16
8040145c:	04098713          	add	a4,s3,64
80401460:	0007a023          	sw	zero,0(a5)
80401464:	0791                	add	a5,a5,4
80401466:	fee79de3          	bne	a5,a4,80401460 <netfront_connect+0x90>
8040146a:	10000793          	li	a5,256
8040146e:	c4dc                	sw	a5,12(s1)
80401470:	4731                	li	a4,12
80401472:	d09c                	sw	a5,32(s1)
80401474:	47a1                	li	a5,8
80401476:	c090                	sw	a2,0(s1)
80401478:	0004a223          	sw	zero,4(s1)
8040147c:	0004a423          	sw	zero,8(s1)
80401480:	c898                	sw	a4,16(s1)
80401482:	0134aa23          	sw	s3,20(s1)
80401486:	0004ac23          	sw	zero,24(s1)
8040148a:	0004ae23          	sw	zero,28(s1)
8040148e:	d0dc                	sw	a5,36(s1)
80401490:	010a0a93          	add	s5,s4,16
80401494:	04848b13          	add	s6,s1,72
80401498:	030a0b93          	add	s7,s4,48
8040149c:	000aa783          	lw	a5,0(s5)
804014a0:	020aa583          	lw	a1,32(s5)
804014a4:	4605                	li	a2,1
804014a6:	00fb2023          	sw	a5,0(s6)
804014aa:	4501                	li	a0,0
804014ac:	00000097          	auipc	ra,0x0
804014b0:	9c4080e7          	jalr	-1596(ra) # 80400e70 <gnttab_grant_access>
804014b4:	842a                	mv	s0,a0
804014b6:	0a91                	add	s5,s5,4
804014b8:	06054963          	bltz	a0,8040152a <netfront_connect+0x15a>
804014bc:	02ab2023          	sw	a0,32(s6)
804014c0:	0b11                	add	s6,s6,4
804014c2:	fd7a9de3          	bne	s5,s7,8040149c <netfront_connect+0xcc>
804014c6:	0a84a583          	lw	a1,168(s1)
804014ca:	6641                	lui	a2,0x10
804014cc:	47bd                	li	a5,15
804014ce:	04458713          	add	a4,a1,68
804014d2:	0706                	sll	a4,a4,0x1
804014d4:	9726                	add	a4,a4,s1
804014d6:	167d                	add	a2,a2,-1 # ffff <errno+0xffff>
804014d8:	fff78693          	add	a3,a5,-1
804014dc:	00f71023          	sh	a5,0(a4)
804014e0:	01069793          	sll	a5,a3,0x10
804014e4:	83c1                	srl	a5,a5,0x10
804014e6:	0709                	add	a4,a4,2
804014e8:	fec798e3          	bne	a5,a2,804014d8 <netfront_connect+0x108>
804014ec:	05c1                	add	a1,a1,16
804014ee:	0ab4a423          	sw	a1,168(s1)
804014f2:	050a0a93          	add	s5,s4,80
804014f6:	0bc48b13          	add	s6,s1,188
804014fa:	0d0a0b93          	add	s7,s4,208
804014fe:	a031                	j	8040150a <netfront_connect+0x13a>
80401500:	08ab2023          	sw	a0,128(s6)
80401504:	0b11                	add	s6,s6,4
80401506:	035b8e63          	beq	s7,s5,80401542 <netfront_connect+0x172>
8040150a:	000aa783          	lw	a5,0(s5)
8040150e:	080aa583          	lw	a1,128(s5)
80401512:	4601                	li	a2,0
80401514:	00fb2023          	sw	a5,0(s6)
80401518:	4501                	li	a0,0
8040151a:	00000097          	auipc	ra,0x0
8040151e:	956080e7          	jalr	-1706(ra) # 80400e70 <gnttab_grant_access>
80401522:	842a                	mv	s0,a0
80401524:	0a91                	add	s5,s5,4
80401526:	fc055de3          	bgez	a0,80401500 <netfront_connect+0x130>
8040152a:	50f2                	lw	ra,60(sp)
8040152c:	8522                	mv	a0,s0
8040152e:	5462                	lw	s0,56(sp)
80401530:	54d2                	lw	s1,52(sp)
80401532:	5942                	lw	s2,48(sp)
80401534:	59b2                	lw	s3,44(sp)
80401536:	5a22                	lw	s4,40(sp)
80401538:	5a92                	lw	s5,36(sp)
8040153a:	5b02                	lw	s6,32(sp)
8040153c:	4bf2                	lw	s7,28(sp)
8040153e:	6121                	add	sp,sp,64
80401540:	8082                	ret
80401542:	004a2583          	lw	a1,4(s4)
80401546:	4601                	li	a2,0
80401548:	4501                	li	a0,0
8040154a:	00000097          	auipc	ra,0x0
8040154e:	926080e7          	jalr	-1754(ra) # 80400e70 <gnttab_grant_access>
80401552:	842a                	mv	s0,a0
80401554:	fc054be3          	bltz	a0,8040152a <netfront_connect+0x15a>
80401558:	00ca2583          	lw	a1,12(s4)
8040155c:	4601                	li	a2,0
8040155e:	d4c8                	sw	a0,44(s1)
80401560:	4501                	li	a0,0
80401562:	00000097          	auipc	ra,0x0
80401566:	90e080e7          	jalr	-1778(ra) # 80400e70 <gnttab_grant_access>
8040156a:	842a                	mv	s0,a0
8040156c:	fa054fe3          	bltz	a0,8040152a <netfront_connect+0x15a>
80401570:	0204a803          	lw	a6,32(s1)
80401574:	0144ae03          	lw	t3,20(s1)
80401578:	4c88                	lw	a0,24(s1)
8040157a:	0244a303          	lw	t1,36(s1)
8040157e:	d880                	sw	s0,48(s1)
80401580:	187d                	add	a6,a6,-1
80401582:	13c48693          	add	a3,s1,316
80401586:	4701                	li	a4,0
80401588:	4a05                	li	s4,1
8040158a:	02000893          	li	a7,32
8040158e:	00a707b3          	add	a5,a4,a0
80401592:	0107f7b3          	and	a5,a5,a6
80401596:	026787b3          	mul	a5,a5,t1
8040159a:	428c                	lw	a1,0(a3)
8040159c:	00e48633          	add	a2,s1,a4
804015a0:	0691                	add	a3,a3,4
804015a2:	04078793          	add	a5,a5,64
804015a6:	97f2                	add	a5,a5,t3
804015a8:	00e79023          	sh	a4,0(a5)
804015ac:	00079123          	sh	zero,2(a5)
804015b0:	c3cc                	sw	a1,4(a5)
804015b2:	1b460e23          	sb	s4,444(a2)
804015b6:	0705                	add	a4,a4,1
804015b8:	fd171be3          	bne	a4,a7,8040158e <netfront_connect+0x1be>
804015bc:	02050513          	add	a0,a0,32
804015c0:	cc88                	sw	a0,24(s1)
804015c2:	0110000f          	fence	w,w
804015c6:	4c9c                	lw	a5,24(s1)
804015c8:	02848593          	add	a1,s1,40
804015cc:	4501                	li	a0,0
804015ce:	00f9a023          	sw	a5,0(s3)
804015d2:	fffff097          	auipc	ra,0xfffff
804015d6:	7c4080e7          	jalr	1988(ra) # 80400d96 <evtchn_alloc_unbound>
804015da:	842a                	mv	s0,a0
804015dc:	f40547e3          	bltz	a0,8040152a <netfront_connect+0x15a>
804015e0:	5488                	lw	a0,40(s1)
804015e2:	804015b7          	lui	a1,0x80401
804015e6:	8626                	mv	a2,s1
804015e8:	13658593          	add	a1,a1,310 # 80401136 <netfront_event>
804015ec:	fffff097          	auipc	ra,0xfffff
804015f0:	652080e7          	jalr	1618(ra) # 80400c3e <evtchn_bind>
804015f4:	842a                	mv	s0,a0
804015f6:	f915                	bnez	a0,8040152a <netfront_connect+0x15a>
804015f8:	54d0                	lw	a2,44(s1)
804015fa:	804055b7          	lui	a1,0x80405
804015fe:	3ec58593          	add	a1,a1,1004 # 804053ec <names.0+0xb0>
80401602:	854a                	mv	a0,s2
80401604:	00000097          	auipc	ra,0x0
80401608:	604080e7          	jalr	1540(ra) # 80401c08 <xs_write_u32>
8040160c:	842a                	mv	s0,a0
8040160e:	fd11                	bnez	a0,8040152a <netfront_connect+0x15a>
80401610:	5890                	lw	a2,48(s1)
80401612:	804055b7          	lui	a1,0x80405
80401616:	40858593          	add	a1,a1,1032 # 80405408 <names.0+0xcc>
8040161a:	854a                	mv	a0,s2
8040161c:	00000097          	auipc	ra,0x0
80401620:	5ec080e7          	jalr	1516(ra) # 80401c08 <xs_write_u32>
80401624:	842a                	mv	s0,a0
80401626:	f111                	bnez	a0,8040152a <netfront_connect+0x15a>
80401628:	5490                	lw	a2,40(s1)
8040162a:	804055b7          	lui	a1,0x80405
8040162e:	42458593          	add	a1,a1,1060 # 80405424 <names.0+0xe8>
80401632:	854a                	mv	a0,s2
80401634:	00000097          	auipc	ra,0x0
80401638:	5d4080e7          	jalr	1492(ra) # 80401c08 <xs_write_u32>
8040163c:	842a                	mv	s0,a0
8040163e:	ee0516e3          	bnez	a0,8040152a <netfront_connect+0x15a>
80401642:	804055b7          	lui	a1,0x80405
80401646:	460d                	li	a2,3
80401648:	44058593          	add	a1,a1,1088 # 80405440 <names.0+0x104>
8040164c:	854a                	mv	a0,s2
8040164e:	00000097          	auipc	ra,0x0
80401652:	5ba080e7          	jalr	1466(ra) # 80401c08 <xs_write_u32>
80401656:	c602                	sw	zero,12(sp)
80401658:	842a                	mv	s0,a0
8040165a:	ec0518e3          	bnez	a0,8040152a <netfront_connect+0x15a>
8040165e:	804055b7          	lui	a1,0x80405
80401662:	0070                	add	a2,sp,12
80401664:	45458593          	add	a1,a1,1108 # 80405454 <names.0+0x118>
80401668:	854a                	mv	a0,s2
8040166a:	00000097          	auipc	ra,0x0
8040166e:	4ae080e7          	jalr	1198(ra) # 80401b18 <xs_read_u32>
80401672:	842a                	mv	s0,a0
80401674:	ea051be3          	bnez	a0,8040152a <netfront_connect+0x15a>
80401678:	4732                	lw	a4,12(sp)
8040167a:	4791                	li	a5,4
8040167c:	00f71a63          	bne	a4,a5,80401690 <netfront_connect+0x2c0>
80401680:	0344ae23          	sw	s4,60(s1)
80401684:	8526                	mv	a0,s1
80401686:	00000097          	auipc	ra,0x0
8040168a:	bde080e7          	jalr	-1058(ra) # 80401264 <netfront_poll>
8040168e:	bd71                	j	8040152a <netfront_connect+0x15a>
80401690:	5429                	li	s0,-22
80401692:	bd61                	j	8040152a <netfront_connect+0x15a>

80401694 <pvcons_init>:
80401694:	c10c                	sw	a1,0(a0)
80401696:	c150                	sw	a2,4(a0)
80401698:	c514                	sw	a3,8(a0)
8040169a:	8082                	ret

8040169c <pvcons_put>:
8040169c:	00052803          	lw	a6,0(a0)
804016a0:	6785                	lui	a5,0x1
804016a2:	00f80733          	add	a4,a6,a5
804016a6:	c0872503          	lw	a0,-1016(a4)
804016aa:	c0c72883          	lw	a7,-1012(a4)
804016ae:	0330000f          	fence	rw,rw
804016b2:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
804016b6:	953e                	add	a0,a0,a5
804016b8:	41150533          	sub	a0,a0,a7
804016bc:	02a7ee63          	bltu	a5,a0,804016f8 <pvcons_put+0x5c>
804016c0:	04a66463          	bltu	a2,a0,80401708 <pvcons_put+0x6c>
804016c4:	c11d                	beqz	a0,804016ea <pvcons_put+0x4e>
804016c6:	872e                	mv	a4,a1
804016c8:	00a58633          	add	a2,a1,a0
804016cc:	40b885b3          	sub	a1,a7,a1
804016d0:	00074683          	lbu	a3,0(a4)
804016d4:	00e587b3          	add	a5,a1,a4
804016d8:	7ff7f793          	and	a5,a5,2047
804016dc:	97c2                	add	a5,a5,a6
804016de:	40d78023          	sb	a3,1024(a5)
804016e2:	0705                	add	a4,a4,1
804016e4:	fec716e3          	bne	a4,a2,804016d0 <pvcons_put+0x34>
804016e8:	98aa                	add	a7,a7,a0
804016ea:	0110000f          	fence	w,w
804016ee:	6785                	lui	a5,0x1
804016f0:	983e                	add	a6,a6,a5
804016f2:	c1182623          	sw	a7,-1012(a6)
804016f6:	8082                	ret
804016f8:	4501                	li	a0,0
804016fa:	0110000f          	fence	w,w
804016fe:	6785                	lui	a5,0x1
80401700:	983e                	add	a6,a6,a5
80401702:	c1182623          	sw	a7,-1012(a6)
80401706:	8082                	ret
80401708:	8532                	mv	a0,a2
8040170a:	fd55                	bnez	a0,804016c6 <pvcons_put+0x2a>
8040170c:	bff9                	j	804016ea <pvcons_put+0x4e>

8040170e <pvcons_write>:
8040170e:	c621                	beqz	a2,80401756 <pvcons_write+0x48>
80401710:	1141                	add	sp,sp,-16
80401712:	c422                	sw	s0,8(sp)
80401714:	c226                	sw	s1,4(sp)
80401716:	c04a                	sw	s2,0(sp)
80401718:	c606                	sw	ra,12(sp)
8040171a:	8432                	mv	s0,a2
8040171c:	892a                	mv	s2,a0
8040171e:	84ae                	mv	s1,a1
80401720:	a021                	j	80401728 <pvcons_write+0x1a>
80401722:	00892783          	lw	a5,8(s2)
80401726:	9782                	jalr	a5
80401728:	8622                	mv	a2,s0
8040172a:	85a6                	mv	a1,s1
8040172c:	854a                	mv	a0,s2
8040172e:	00000097          	auipc	ra,0x0
80401732:	f6e080e7          	jalr	-146(ra) # 8040169c <pvcons_put>
80401736:	87aa                	mv	a5,a0
80401738:	00492503          	lw	a0,4(s2)
8040173c:	8c1d                	sub	s0,s0,a5
8040173e:	94be                	add	s1,s1,a5
80401740:	fffff097          	auipc	ra,0xfffff
80401744:	60a080e7          	jalr	1546(ra) # 80400d4a <evtchn_send>
80401748:	fc69                	bnez	s0,80401722 <pvcons_write+0x14>
8040174a:	40b2                	lw	ra,12(sp)
8040174c:	4422                	lw	s0,8(sp)
8040174e:	4492                	lw	s1,4(sp)
80401750:	4902                	lw	s2,0(sp)
80401752:	0141                	add	sp,sp,16
80401754:	8082                	ret
80401756:	8082                	ret

80401758 <pvcons_drain>:
80401758:	411c                	lw	a5,0(a0)
8040175a:	1141                	add	sp,sp,-16
8040175c:	c226                	sw	s1,4(sp)
8040175e:	6485                	lui	s1,0x1
80401760:	97a6                	add	a5,a5,s1
80401762:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80401766:	c087a783          	lw	a5,-1016(a5)
8040176a:	c606                	sw	ra,12(sp)
8040176c:	c422                	sw	s0,8(sp)
8040176e:	02f70363          	beq	a4,a5,80401794 <pvcons_drain+0x3c>
80401772:	842a                	mv	s0,a0
80401774:	4148                	lw	a0,4(a0)
80401776:	fffff097          	auipc	ra,0xfffff
8040177a:	5d4080e7          	jalr	1492(ra) # 80400d4a <evtchn_send>
8040177e:	a019                	j	80401784 <pvcons_drain+0x2c>
80401780:	441c                	lw	a5,8(s0)
80401782:	9782                	jalr	a5
80401784:	401c                	lw	a5,0(s0)
80401786:	97a6                	add	a5,a5,s1
80401788:	c0c7a703          	lw	a4,-1012(a5)
8040178c:	c087a783          	lw	a5,-1016(a5)
80401790:	fef718e3          	bne	a4,a5,80401780 <pvcons_drain+0x28>
80401794:	40b2                	lw	ra,12(sp)
80401796:	4422                	lw	s0,8(sp)
80401798:	4492                	lw	s1,4(sp)
8040179a:	0141                	add	sp,sp,16
8040179c:	8082                	ret

8040179e <xs_talk>:
8040179e:	710d                	add	sp,sp,-352
804017a0:	15312623          	sw	s3,332(sp)
804017a4:	15412423          	sw	s4,328(sp)
804017a8:	13a12823          	sw	s10,304(sp)
804017ac:	89be                	mv	s3,a5
804017ae:	8d36                	mv	s10,a3
804017b0:	14112e23          	sw	ra,348(sp)
804017b4:	96be                	add	a3,a3,a5
804017b6:	14812c23          	sw	s0,344(sp)
804017ba:	14912a23          	sw	s1,340(sp)
804017be:	15212823          	sw	s2,336(sp)
804017c2:	15512223          	sw	s5,324(sp)
804017c6:	15612023          	sw	s6,320(sp)
804017ca:	13712e23          	sw	s7,316(sp)
804017ce:	13812c23          	sw	s8,312(sp)
804017d2:	13912a23          	sw	s9,308(sp)
804017d6:	13b12623          	sw	s11,300(sp)
804017da:	10000793          	li	a5,256
804017de:	00052a03          	lw	s4,0(a0)
804017e2:	28d7ee63          	bltu	a5,a3,80401a7e <xs_talk+0x2e0>
804017e6:	451c                	lw	a5,8(a0)
804017e8:	6485                	lui	s1,0x1
804017ea:	94d2                	add	s1,s1,s4
804017ec:	0785                	add	a5,a5,1
804017ee:	c51c                	sw	a5,8(a0)
804017f0:	8044ab83          	lw	s7,-2044(s1) # 804 <errno+0x804>
804017f4:	8c3a                	mv	s8,a4
804017f6:	8004a703          	lw	a4,-2048(s1)
804017fa:	3f000d93          	li	s11,1008
804017fe:	c23e                	sw	a5,4(sp)
80401800:	c02e                	sw	a1,0(sp)
80401802:	c402                	sw	zero,8(sp)
80401804:	c636                	sw	a3,12(sp)
80401806:	40dd8db3          	sub	s11,s11,a3
8040180a:	40eb87b3          	sub	a5,s7,a4
8040180e:	842a                	mv	s0,a0
80401810:	8b2e                	mv	s6,a1
80401812:	8cb2                	mv	s9,a2
80401814:	8942                	mv	s2,a6
80401816:	8ac6                	mv	s5,a7
80401818:	00fdff63          	bgeu	s11,a5,80401836 <xs_talk+0x98>
8040181c:	4048                	lw	a0,4(s0)
8040181e:	fffff097          	auipc	ra,0xfffff
80401822:	52c080e7          	jalr	1324(ra) # 80400d4a <evtchn_send>
80401826:	445c                	lw	a5,12(s0)
80401828:	9782                	jalr	a5
8040182a:	8004a783          	lw	a5,-2048(s1)
8040182e:	40fb87b3          	sub	a5,s7,a5
80401832:	fefde5e3          	bltu	s11,a5,8040181c <xs_talk+0x7e>
80401836:	0330000f          	fence	rw,rw
8040183a:	4010                	lw	a2,0(s0)
8040183c:	870a                	mv	a4,sp
8040183e:	0804                	add	s1,sp,16
80401840:	40eb85b3          	sub	a1,s7,a4
80401844:	00074683          	lbu	a3,0(a4)
80401848:	00e587b3          	add	a5,a1,a4
8040184c:	3ff7f793          	and	a5,a5,1023
80401850:	97b2                	add	a5,a5,a2
80401852:	00d78023          	sb	a3,0(a5)
80401856:	0705                	add	a4,a4,1
80401858:	fee496e3          	bne	s1,a4,80401844 <xs_talk+0xa6>
8040185c:	419b86b3          	sub	a3,s7,s9
80401860:	87e6                	mv	a5,s9
80401862:	010d0513          	add	a0,s10,16
80401866:	9cea                	add	s9,s9,s10
80401868:	06c1                	add	a3,a3,16
8040186a:	0007c703          	lbu	a4,0(a5)
8040186e:	00f685b3          	add	a1,a3,a5
80401872:	3ff5f593          	and	a1,a1,1023
80401876:	95b2                	add	a1,a1,a2
80401878:	00e58023          	sb	a4,0(a1)
8040187c:	0785                	add	a5,a5,1
8040187e:	ff9796e3          	bne	a5,s9,8040186a <xs_talk+0xcc>
80401882:	87e2                	mv	a5,s8
80401884:	9baa                	add	s7,s7,a0
80401886:	9c4e                	add	s8,s8,s3
80401888:	40fb85b3          	sub	a1,s7,a5
8040188c:	00098e63          	beqz	s3,804018a8 <xs_talk+0x10a>
80401890:	0007c703          	lbu	a4,0(a5)
80401894:	00f586b3          	add	a3,a1,a5
80401898:	3ff6f693          	and	a3,a3,1023
8040189c:	96b2                	add	a3,a3,a2
8040189e:	00e68023          	sb	a4,0(a3)
804018a2:	0785                	add	a5,a5,1
804018a4:	ff8796e3          	bne	a5,s8,80401890 <xs_talk+0xf2>
804018a8:	9bce                	add	s7,s7,s3
804018aa:	0110000f          	fence	w,w
804018ae:	6d05                	lui	s10,0x1
804018b0:	9d52                	add	s10,s10,s4
804018b2:	817d2223          	sw	s7,-2044(s10) # 804 <errno+0x804>
804018b6:	4048                	lw	a0,4(s0)
804018b8:	fffff097          	auipc	ra,0xfffff
804018bc:	492080e7          	jalr	1170(ra) # 80400d4a <evtchn_send>
804018c0:	808d2503          	lw	a0,-2040(s10)
804018c4:	80cd2683          	lw	a3,-2036(s10)
804018c8:	8e89                	sub	a3,a3,a0
804018ca:	0220000f          	fence	r,r
804018ce:	40000793          	li	a5,1024
804018d2:	02d7e963          	bltu	a5,a3,80401904 <xs_talk+0x166>
804018d6:	02010c93          	add	s9,sp,32
804018da:	4bc1                	li	s7,16
804018dc:	49bd                	li	s3,15
804018de:	10000c13          	li	s8,256
804018e2:	419b8bb3          	sub	s7,s7,s9
804018e6:	40000a13          	li	s4,1024
804018ea:	04d9ea63          	bltu	s3,a3,8040193e <xs_talk+0x1a0>
804018ee:	445c                	lw	a5,12(s0)
804018f0:	9782                	jalr	a5
804018f2:	808d2503          	lw	a0,-2040(s10)
804018f6:	80cd2683          	lw	a3,-2036(s10)
804018fa:	8e89                	sub	a3,a3,a0
804018fc:	0220000f          	fence	r,r
80401900:	feda75e3          	bgeu	s4,a3,804018ea <xs_talk+0x14c>
80401904:	5549                	li	a0,-14
80401906:	15c12083          	lw	ra,348(sp)
8040190a:	15812403          	lw	s0,344(sp)
8040190e:	15412483          	lw	s1,340(sp)
80401912:	15012903          	lw	s2,336(sp)
80401916:	14c12983          	lw	s3,332(sp)
8040191a:	14812a03          	lw	s4,328(sp)
8040191e:	14412a83          	lw	s5,324(sp)
80401922:	14012b03          	lw	s6,320(sp)
80401926:	13c12b83          	lw	s7,316(sp)
8040192a:	13812c03          	lw	s8,312(sp)
8040192e:	13412c83          	lw	s9,308(sp)
80401932:	13012d03          	lw	s10,304(sp)
80401936:	12c12d83          	lw	s11,300(sp)
8040193a:	6135                	add	sp,sp,352
8040193c:	8082                	ret
8040193e:	4010                	lw	a2,0(s0)
80401940:	8726                	mv	a4,s1
80401942:	409505b3          	sub	a1,a0,s1
80401946:	00e587b3          	add	a5,a1,a4
8040194a:	3ff7f793          	and	a5,a5,1023
8040194e:	97b2                	add	a5,a5,a2
80401950:	4007c783          	lbu	a5,1024(a5)
80401954:	0705                	add	a4,a4,1
80401956:	fef70fa3          	sb	a5,-1(a4)
8040195a:	ff9716e3          	bne	a4,s9,80401946 <xs_talk+0x1a8>
8040195e:	47f2                	lw	a5,28(sp)
80401960:	fafc62e3          	bltu	s8,a5,80401904 <xs_talk+0x166>
80401964:	01078713          	add	a4,a5,16
80401968:	f8e6e3e3          	bltu	a3,a4,804018ee <xs_talk+0x150>
8040196c:	019785b3          	add	a1,a5,s9
80401970:	8766                	mv	a4,s9
80401972:	00ab86b3          	add	a3,s7,a0
80401976:	cf89                	beqz	a5,80401990 <xs_talk+0x1f2>
80401978:	00e687b3          	add	a5,a3,a4
8040197c:	3ff7f793          	and	a5,a5,1023
80401980:	97b2                	add	a5,a5,a2
80401982:	4007c783          	lbu	a5,1024(a5)
80401986:	0705                	add	a4,a4,1
80401988:	fef70fa3          	sb	a5,-1(a4)
8040198c:	feb716e3          	bne	a4,a1,80401978 <xs_talk+0x1da>
80401990:	0330000f          	fence	rw,rw
80401994:	4df2                	lw	s11,28(sp)
80401996:	010d8793          	add	a5,s11,16
8040199a:	97aa                	add	a5,a5,a0
8040199c:	80fd2423          	sw	a5,-2040(s10)
804019a0:	4048                	lw	a0,4(s0)
804019a2:	fffff097          	auipc	ra,0xfffff
804019a6:	3a8080e7          	jalr	936(ra) # 80400d4a <evtchn_send>
804019aa:	4752                	lw	a4,20(sp)
804019ac:	4792                	lw	a5,4(sp)
804019ae:	f4f712e3          	bne	a4,a5,804018f2 <xs_talk+0x154>
804019b2:	47c2                	lw	a5,16(sp)
804019b4:	4741                	li	a4,16
804019b6:	02e78a63          	beq	a5,a4,804019ea <xs_talk+0x24c>
804019ba:	5529                	li	a0,-22
804019bc:	f56795e3          	bne	a5,s6,80401906 <xs_talk+0x168>
804019c0:	020d8363          	beqz	s11,804019e6 <xs_talk+0x248>
804019c4:	020a8163          	beqz	s5,804019e6 <xs_talk+0x248>
804019c8:	fffd8713          	add	a4,s11,-1
804019cc:	974a                	add	a4,a4,s2
804019ce:	9aca                	add	s5,s5,s2
804019d0:	a021                	j	804019d8 <xs_talk+0x23a>
804019d2:	0905                	add	s2,s2,1
804019d4:	01590963          	beq	s2,s5,804019e6 <xs_talk+0x248>
804019d8:	000cc783          	lbu	a5,0(s9) # 80405000 <uni_net_recv+0x8b4>
804019dc:	0c85                	add	s9,s9,1
804019de:	00f90023          	sb	a5,0(s2)
804019e2:	fee918e3          	bne	s2,a4,804019d2 <xs_talk+0x234>
804019e6:	856e                	mv	a0,s11
804019e8:	bf39                	j	80401906 <xs_talk+0x168>
804019ea:	80405337          	lui	t1,0x80405
804019ee:	4c030f13          	add	t5,t1,1216 # 804054c0 <names.0>
804019f2:	04500793          	li	a5,69
804019f6:	4c030313          	add	t1,t1,1216
804019fa:	00032583          	lw	a1,0(t1)
804019fe:	4e01                	li	t3,0
80401a00:	4ead                	li	t4,11
80401a02:	cbb9                	beqz	a5,80401a58 <xs_talk+0x2ba>
80401a04:	4681                	li	a3,0
80401a06:	88b6                	mv	a7,a3
80401a08:	0685                	add	a3,a3,1
80401a0a:	00d587b3          	add	a5,a1,a3
80401a0e:	0007c783          	lbu	a5,0(a5)
80401a12:	fbf5                	bnez	a5,80401a06 <xs_talk+0x268>
80401a14:	020d8763          	beqz	s11,80401a42 <xs_talk+0x2a4>
80401a18:	8666                	mv	a2,s9
80401a1a:	a031                	j	80401a26 <xs_talk+0x288>
80401a1c:	02f88f63          	beq	a7,a5,80401a5a <xs_talk+0x2bc>
80401a20:	02ed8163          	beq	s11,a4,80401a42 <xs_talk+0x2a4>
80401a24:	87ba                	mv	a5,a4
80401a26:	00f58733          	add	a4,a1,a5
80401a2a:	00064803          	lbu	a6,0(a2)
80401a2e:	00074503          	lbu	a0,0(a4)
80401a32:	0605                	add	a2,a2,1
80401a34:	00178713          	add	a4,a5,1
80401a38:	fea802e3          	beq	a6,a0,80401a1c <xs_talk+0x27e>
80401a3c:	8736                	mv	a4,a3
80401a3e:	00f68e63          	beq	a3,a5,80401a5a <xs_talk+0x2bc>
80401a42:	0e05                	add	t3,t3,1
80401a44:	0321                	add	t1,t1,8
80401a46:	03de0a63          	beq	t3,t4,80401a7a <xs_talk+0x2dc>
80401a4a:	00032783          	lw	a5,0(t1)
80401a4e:	00032583          	lw	a1,0(t1)
80401a52:	0007c783          	lbu	a5,0(a5)
80401a56:	f7dd                	bnez	a5,80401a04 <xs_talk+0x266>
80401a58:	4701                	li	a4,0
80401a5a:	00ed8963          	beq	s11,a4,80401a6c <xs_talk+0x2ce>
80401a5e:	12070793          	add	a5,a4,288
80401a62:	00278733          	add	a4,a5,sp
80401a66:	f0074783          	lbu	a5,-256(a4)
80401a6a:	ffe1                	bnez	a5,80401a42 <xs_talk+0x2a4>
80401a6c:	0e0e                	sll	t3,t3,0x3
80401a6e:	9f72                	add	t5,t5,t3
80401a70:	004f2503          	lw	a0,4(t5)
80401a74:	40a00533          	neg	a0,a0
80401a78:	b579                	j	80401906 <xs_talk+0x168>
80401a7a:	5529                	li	a0,-22
80401a7c:	b569                	j	80401906 <xs_talk+0x168>
80401a7e:	5565                	li	a0,-7
80401a80:	b559                	j	80401906 <xs_talk+0x168>

80401a82 <xs_read.part.0>:
80401a82:	1141                	add	sp,sp,-16
80401a84:	c422                	sw	s0,8(sp)
80401a86:	c226                	sw	s1,4(sp)
80401a88:	c606                	sw	ra,12(sp)
80401a8a:	0005c783          	lbu	a5,0(a1)
80401a8e:	84b2                	mv	s1,a2
80401a90:	8436                	mv	s0,a3
80401a92:	c7a5                	beqz	a5,80401afa <xs_read.part.0+0x78>
80401a94:	4781                	li	a5,0
80401a96:	833e                	mv	t1,a5
80401a98:	0785                	add	a5,a5,1
80401a9a:	00f58733          	add	a4,a1,a5
80401a9e:	00074703          	lbu	a4,0(a4)
80401aa2:	fb75                	bnez	a4,80401a96 <xs_read.part.0+0x14>
80401aa4:	00230693          	add	a3,t1,2
80401aa8:	147d                	add	s0,s0,-1
80401aaa:	862e                	mv	a2,a1
80401aac:	88a2                	mv	a7,s0
80401aae:	8826                	mv	a6,s1
80401ab0:	4781                	li	a5,0
80401ab2:	4701                	li	a4,0
80401ab4:	4589                	li	a1,2
80401ab6:	00000097          	auipc	ra,0x0
80401aba:	ce8080e7          	jalr	-792(ra) # 8040179e <xs_talk>
80401abe:	00054963          	bltz	a0,80401ad0 <xs_read.part.0+0x4e>
80401ac2:	87aa                	mv	a5,a0
80401ac4:	02a46463          	bltu	s0,a0,80401aec <xs_read.part.0+0x6a>
80401ac8:	4501                	li	a0,0
80401aca:	eb81                	bnez	a5,80401ada <xs_read.part.0+0x58>
80401acc:	00048023          	sb	zero,0(s1)
80401ad0:	40b2                	lw	ra,12(sp)
80401ad2:	4422                	lw	s0,8(sp)
80401ad4:	4492                	lw	s1,4(sp)
80401ad6:	0141                	add	sp,sp,16
80401ad8:	8082                	ret
80401ada:	fff78513          	add	a0,a5,-1
80401ade:	00a48733          	add	a4,s1,a0
80401ae2:	00074683          	lbu	a3,0(a4)
80401ae6:	e699                	bnez	a3,80401af4 <xs_read.part.0+0x72>
80401ae8:	84ba                	mv	s1,a4
80401aea:	b7cd                	j	80401acc <xs_read.part.0+0x4a>
80401aec:	87a2                	mv	a5,s0
80401aee:	4501                	li	a0,0
80401af0:	dff1                	beqz	a5,80401acc <xs_read.part.0+0x4a>
80401af2:	b7e5                	j	80401ada <xs_read.part.0+0x58>
80401af4:	94be                	add	s1,s1,a5
80401af6:	853e                	mv	a0,a5
80401af8:	bfd1                	j	80401acc <xs_read.part.0+0x4a>
80401afa:	4685                	li	a3,1
80401afc:	b775                	j	80401aa8 <xs_read.part.0+0x26>

80401afe <xs_init>:
80401afe:	c10c                	sw	a1,0(a0)
80401b00:	c150                	sw	a2,4(a0)
80401b02:	00052423          	sw	zero,8(a0)
80401b06:	c554                	sw	a3,12(a0)
80401b08:	8082                	ret

80401b0a <xs_read>:
80401b0a:	c689                	beqz	a3,80401b14 <xs_read+0xa>
80401b0c:	00000317          	auipc	t1,0x0
80401b10:	f7630067          	jr	-138(t1) # 80401a82 <xs_read.part.0>
80401b14:	5529                	li	a0,-22
80401b16:	8082                	ret

80401b18 <xs_read_u32>:
80401b18:	1101                	add	sp,sp,-32
80401b1a:	cc22                	sw	s0,24(sp)
80401b1c:	46c1                	li	a3,16
80401b1e:	8432                	mv	s0,a2
80401b20:	860a                	mv	a2,sp
80401b22:	ce06                	sw	ra,28(sp)
80401b24:	00000097          	auipc	ra,0x0
80401b28:	f5e080e7          	jalr	-162(ra) # 80401a82 <xs_read.part.0>
80401b2c:	06054163          	bltz	a0,80401b8e <xs_read_u32+0x76>
80401b30:	cd31                	beqz	a0,80401b8c <xs_read_u32+0x74>
80401b32:	47a9                	li	a5,10
80401b34:	04a7cc63          	blt	a5,a0,80401b8c <xs_read_u32+0x74>
80401b38:	880a                	mv	a6,sp
80401b3a:	4881                	li	a7,0
80401b3c:	4781                	li	a5,0
80401b3e:	4601                	li	a2,0
80401b40:	4325                	li	t1,9
80401b42:	a029                	j	80401b4c <xs_read_u32+0x34>
80401b44:	9636                	add	a2,a2,a3
80401b46:	0805                	add	a6,a6,1
80401b48:	04a8d763          	bge	a7,a0,80401b96 <xs_read_u32+0x7e>
80401b4c:	01e7d693          	srl	a3,a5,0x1e
80401b50:	00279713          	sll	a4,a5,0x2
80401b54:	00261593          	sll	a1,a2,0x2
80401b58:	97ba                	add	a5,a5,a4
80401b5a:	8dd5                	or	a1,a1,a3
80401b5c:	00084683          	lbu	a3,0(a6)
80401b60:	95b2                	add	a1,a1,a2
80401b62:	00e7b733          	sltu	a4,a5,a4
80401b66:	972e                	add	a4,a4,a1
80401b68:	fd068693          	add	a3,a3,-48
80401b6c:	01f7d613          	srl	a2,a5,0x1f
80401b70:	0706                	sll	a4,a4,0x1
80401b72:	0786                	sll	a5,a5,0x1
80401b74:	8f51                	or	a4,a4,a2
80401b76:	97b6                	add	a5,a5,a3
80401b78:	41f6d613          	sra	a2,a3,0x1f
80401b7c:	0ff6f593          	zext.b	a1,a3
80401b80:	963a                	add	a2,a2,a4
80401b82:	00d7b6b3          	sltu	a3,a5,a3
80401b86:	0885                	add	a7,a7,1
80401b88:	fab37ee3          	bgeu	t1,a1,80401b44 <xs_read_u32+0x2c>
80401b8c:	5529                	li	a0,-22
80401b8e:	40f2                	lw	ra,28(sp)
80401b90:	4462                	lw	s0,24(sp)
80401b92:	6105                	add	sp,sp,32
80401b94:	8082                	ret
80401b96:	fa7d                	bnez	a2,80401b8c <xs_read_u32+0x74>
80401b98:	40f2                	lw	ra,28(sp)
80401b9a:	c01c                	sw	a5,0(s0)
80401b9c:	4462                	lw	s0,24(sp)
80401b9e:	4501                	li	a0,0
80401ba0:	6105                	add	sp,sp,32
80401ba2:	8082                	ret

80401ba4 <xs_write>:
80401ba4:	1101                	add	sp,sp,-32
80401ba6:	ce06                	sw	ra,28(sp)
80401ba8:	0005c783          	lbu	a5,0(a1)
80401bac:	8732                	mv	a4,a2
80401bae:	c7b9                	beqz	a5,80401bfc <xs_write+0x58>
80401bb0:	4781                	li	a5,0
80401bb2:	86be                	mv	a3,a5
80401bb4:	0785                	add	a5,a5,1
80401bb6:	00f58833          	add	a6,a1,a5
80401bba:	00084803          	lbu	a6,0(a6)
80401bbe:	fe081ae3          	bnez	a6,80401bb2 <xs_write+0xe>
80401bc2:	00074783          	lbu	a5,0(a4)
80401bc6:	0689                	add	a3,a3,2
80401bc8:	cf95                	beqz	a5,80401c04 <xs_write+0x60>
80401bca:	4781                	li	a5,0
80401bcc:	0785                	add	a5,a5,1
80401bce:	00f70833          	add	a6,a4,a5
80401bd2:	00084803          	lbu	a6,0(a6)
80401bd6:	fe081be3          	bnez	a6,80401bcc <xs_write+0x28>
80401bda:	00c10813          	add	a6,sp,12
80401bde:	862e                	mv	a2,a1
80401be0:	4891                	li	a7,4
80401be2:	45ad                	li	a1,11
80401be4:	00000097          	auipc	ra,0x0
80401be8:	bba080e7          	jalr	-1094(ra) # 8040179e <xs_talk>
80401bec:	40f2                	lw	ra,28(sp)
80401bee:	00152793          	slti	a5,a0,1
80401bf2:	40f007b3          	neg	a5,a5
80401bf6:	8d7d                	and	a0,a0,a5
80401bf8:	6105                	add	sp,sp,32
80401bfa:	8082                	ret
80401bfc:	00074783          	lbu	a5,0(a4)
80401c00:	4685                	li	a3,1
80401c02:	f7e1                	bnez	a5,80401bca <xs_write+0x26>
80401c04:	4781                	li	a5,0
80401c06:	bfd1                	j	80401bda <xs_write+0x36>

80401c08 <xs_write_u32>:
80401c08:	1101                	add	sp,sp,-32
80401c0a:	87b2                	mv	a5,a2
80401c0c:	ce06                	sw	ra,28(sp)
80401c0e:	00010723          	sb	zero,14(sp)
80401c12:	00e10613          	add	a2,sp,14
80401c16:	46a9                	li	a3,10
80401c18:	48a5                	li	a7,9
80401c1a:	02d7f733          	remu	a4,a5,a3
80401c1e:	167d                	add	a2,a2,-1
80401c20:	883e                	mv	a6,a5
80401c22:	03070713          	add	a4,a4,48
80401c26:	00e60023          	sb	a4,0(a2)
80401c2a:	02d7d7b3          	divu	a5,a5,a3
80401c2e:	ff08e6e3          	bltu	a7,a6,80401c1a <xs_write_u32+0x12>
80401c32:	00000097          	auipc	ra,0x0
80401c36:	f72080e7          	jalr	-142(ra) # 80401ba4 <xs_write>
80401c3a:	40f2                	lw	ra,28(sp)
80401c3c:	6105                	add	sp,sp,32
80401c3e:	8082                	ret

80401c40 <cons_event>:
80401c40:	8082                	ret

80401c42 <uni_console_drain>:
80401c42:	804067b7          	lui	a5,0x80406
80401c46:	0d47a783          	lw	a5,212(a5) # 804060d4 <ready>
80401c4a:	e391                	bnez	a5,80401c4e <uni_console_drain+0xc>
80401c4c:	8082                	ret
80401c4e:	80418537          	lui	a0,0x80418
80401c52:	3a450513          	add	a0,a0,932 # 804183a4 <cons>
80401c56:	00000317          	auipc	t1,0x0
80401c5a:	b0230067          	jr	-1278(t1) # 80401758 <pvcons_drain>

80401c5e <uni_console_write>:
80401c5e:	804067b7          	lui	a5,0x80406
80401c62:	0d47a703          	lw	a4,212(a5) # 804060d4 <ready>
80401c66:	862e                	mv	a2,a1
80401c68:	cb11                	beqz	a4,80401c7c <uni_console_write+0x1e>
80401c6a:	85aa                	mv	a1,a0
80401c6c:	80418537          	lui	a0,0x80418
80401c70:	3a450513          	add	a0,a0,932 # 804183a4 <cons>
80401c74:	00000317          	auipc	t1,0x0
80401c78:	a9a30067          	jr	-1382(t1) # 8040170e <pvcons_write>
80401c7c:	fffff317          	auipc	t1,0xfffff
80401c80:	aa430067          	jr	-1372(t1) # 80400720 <uni_early_write>

80401c84 <uni_sleep_ms>:
80401c84:	1141                	add	sp,sp,-16
80401c86:	c606                	sw	ra,12(sp)
80401c88:	c422                	sw	s0,8(sp)
80401c8a:	c226                	sw	s1,4(sp)
80401c8c:	c8102773          	rdtimeh	a4
80401c90:	c01027f3          	rdtime	a5
80401c94:	c81026f3          	rdtimeh	a3
80401c98:	fed71ae3          	bne	a4,a3,80401c8c <uni_sleep_ms+0x8>
80401c9c:	6689                	lui	a3,0x2
80401c9e:	71068693          	add	a3,a3,1808 # 2710 <errno+0x2710>
80401ca2:	02d504b3          	mul	s1,a0,a3
80401ca6:	02d53533          	mulhu	a0,a0,a3
80401caa:	94be                	add	s1,s1,a5
80401cac:	00f4b7b3          	sltu	a5,s1,a5
80401cb0:	972a                	add	a4,a4,a0
80401cb2:	00e78433          	add	s0,a5,a4
80401cb6:	c81027f3          	rdtimeh	a5
80401cba:	c01026f3          	rdtime	a3
80401cbe:	c8102773          	rdtimeh	a4
80401cc2:	fee79ae3          	bne	a5,a4,80401cb6 <uni_sleep_ms+0x32>
80401cc6:	8526                	mv	a0,s1
80401cc8:	85a2                	mv	a1,s0
80401cca:	0087f763          	bgeu	a5,s0,80401cd8 <uni_sleep_ms+0x54>
80401cce:	fffff097          	auipc	ra,0xfffff
80401cd2:	ef2080e7          	jalr	-270(ra) # 80400bc0 <uni_wait_until>
80401cd6:	b7c5                	j	80401cb6 <uni_sleep_ms+0x32>
80401cd8:	00f41463          	bne	s0,a5,80401ce0 <uni_sleep_ms+0x5c>
80401cdc:	fe96e9e3          	bltu	a3,s1,80401cce <uni_sleep_ms+0x4a>
80401ce0:	40b2                	lw	ra,12(sp)
80401ce2:	4422                	lw	s0,8(sp)
80401ce4:	4492                	lw	s1,4(sp)
80401ce6:	0141                	add	sp,sp,16
80401ce8:	8082                	ret

80401cea <revoke_event>:
80401cea:	7155                	add	sp,sp,-208
80401cec:	804067b7          	lui	a5,0x80406
80401cf0:	dd52                	sw	s4,184(sp)
80401cf2:	0cc7aa03          	lw	s4,204(a5) # 804060cc <pv_shared_info>
80401cf6:	db56                	sw	s5,180(sp)
80401cf8:	c786                	sw	ra,204(sp)
80401cfa:	144a2a83          	lw	s5,324(s4)
80401cfe:	c5a2                	sw	s0,200(sp)
80401d00:	c3a6                	sw	s1,196(sp)
80401d02:	c1ca                	sw	s2,192(sp)
80401d04:	df4e                	sw	s3,188(sp)
80401d06:	d95a                	sw	s6,176(sp)
80401d08:	d75e                	sw	s7,172(sp)
80401d0a:	d562                	sw	s8,168(sp)
80401d0c:	d366                	sw	s9,164(sp)
80401d0e:	d16a                	sw	s10,160(sp)
80401d10:	cf6e                	sw	s11,156(sp)
80401d12:	0220000f          	fence	r,r
80401d16:	80406737          	lui	a4,0x80406
80401d1a:	0e472783          	lw	a5,228(a4) # 804060e4 <revoke_seen>
80401d1e:	148a2b83          	lw	s7,328(s4)
80401d22:	03578263          	beq	a5,s5,80401d46 <revoke_event+0x5c>
80401d26:	80418db7          	lui	s11,0x80418
80401d2a:	3b0d8d93          	add	s11,s11,944 # 804183b0 <revoke_stats>
80401d2e:	000da783          	lw	a5,0(s11)
80401d32:	804066b7          	lui	a3,0x80406
80401d36:	0986a683          	lw	a3,152(a3) # 80406098 <cooperate>
80401d3a:	0785                	add	a5,a5,1
80401d3c:	0f572223          	sw	s5,228(a4)
80401d40:	00fda023          	sw	a5,0(s11)
80401d44:	e6e9                	bnez	a3,80401e0e <revoke_event+0x124>
80401d46:	80406737          	lui	a4,0x80406
80401d4a:	154a2683          	lw	a3,340(s4)
80401d4e:	0e072783          	lw	a5,224(a4) # 804060e0 <revoked_seen>
80401d52:	08d78f63          	beq	a5,a3,80401df0 <revoke_event+0x106>
80401d56:	80418db7          	lui	s11,0x80418
80401d5a:	3b0d8d93          	add	s11,s11,944 # 804183b0 <revoke_stats>
80401d5e:	008da783          	lw	a5,8(s11)
80401d62:	0ed72023          	sw	a3,224(a4)
80401d66:	0785                	add	a5,a5,1
80401d68:	00fda423          	sw	a5,8(s11)
80401d6c:	0220000f          	fence	r,r
80401d70:	158a2b03          	lw	s6,344(s4)
80401d74:	060b0e63          	beqz	s6,80401df0 <revoke_event+0x106>
80401d78:	80418ab7          	lui	s5,0x80418
80401d7c:	80419cb7          	lui	s9,0x80419
80401d80:	15ca0a13          	add	s4,s4,348
80401d84:	4981                	li	s3,0
80401d86:	3c4a8a93          	add	s5,s5,964 # 804183c4 <slot_mfn>
80401d8a:	3c4c8c93          	add	s9,s9,964 # 804193c4 <boot_argv>
80401d8e:	80406bb7          	lui	s7,0x80406
80401d92:	80406937          	lui	s2,0x80406
80401d96:	6d05                	lui	s10,0x1
80401d98:	000a2c03          	lw	s8,0(s4)
80401d9c:	8456                	mv	s0,s5
80401d9e:	f00004b7          	lui	s1,0xf0000
80401da2:	a029                	j	80401dac <revoke_event+0xc2>
80401da4:	0411                	add	s0,s0,4
80401da6:	94ea                	add	s1,s1,s10
80401da8:	028c8c63          	beq	s9,s0,80401de0 <revoke_event+0xf6>
80401dac:	401c                	lw	a5,0(s0)
80401dae:	ff879be3          	bne	a5,s8,80401da4 <revoke_event+0xba>
80401db2:	0f0ba703          	lw	a4,240(s7) # 804060f0 <slots_used>
80401db6:	010da783          	lw	a5,16(s11)
80401dba:	0ec92683          	lw	a3,236(s2) # 804060ec <revoke_hook>
80401dbe:	177d                	add	a4,a4,-1
80401dc0:	0785                	add	a5,a5,1
80401dc2:	00042023          	sw	zero,0(s0)
80401dc6:	0eeba823          	sw	a4,240(s7)
80401dca:	00fda823          	sw	a5,16(s11)
80401dce:	8526                	mv	a0,s1
80401dd0:	4605                	li	a2,1
80401dd2:	85e2                	mv	a1,s8
80401dd4:	dae1                	beqz	a3,80401da4 <revoke_event+0xba>
80401dd6:	0411                	add	s0,s0,4
80401dd8:	9682                	jalr	a3
80401dda:	94ea                	add	s1,s1,s10
80401ddc:	fc8c98e3          	bne	s9,s0,80401dac <revoke_event+0xc2>
80401de0:	0985                	add	s3,s3,1
80401de2:	013b0763          	beq	s6,s3,80401df0 <revoke_event+0x106>
80401de6:	02000793          	li	a5,32
80401dea:	0a11                	add	s4,s4,4
80401dec:	faf996e3          	bne	s3,a5,80401d98 <revoke_event+0xae>
80401df0:	40be                	lw	ra,204(sp)
80401df2:	442e                	lw	s0,200(sp)
80401df4:	449e                	lw	s1,196(sp)
80401df6:	490e                	lw	s2,192(sp)
80401df8:	59fa                	lw	s3,188(sp)
80401dfa:	5a6a                	lw	s4,184(sp)
80401dfc:	5ada                	lw	s5,180(sp)
80401dfe:	5b4a                	lw	s6,176(sp)
80401e00:	5bba                	lw	s7,172(sp)
80401e02:	5c2a                	lw	s8,168(sp)
80401e04:	5c9a                	lw	s9,164(sp)
80401e06:	5d0a                	lw	s10,160(sp)
80401e08:	4dfa                	lw	s11,156(sp)
80401e0a:	6169                	add	sp,sp,208
80401e0c:	8082                	ret
80401e0e:	f20b8ce3          	beqz	s7,80401d46 <revoke_event+0x5c>
80401e12:	80419937          	lui	s2,0x80419
80401e16:	6485                	lui	s1,0x1
80401e18:	6b21                	lui	s6,0x8
80401e1a:	3c090913          	add	s2,s2,960 # 804193c0 <slot_mfn+0xffc>
80401e1e:	f03ff9b7          	lui	s3,0xf03ff
80401e22:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
80401e24:	4401                	li	s0,0
80401e26:	7d7d                	lui	s10,0xfffff
80401e28:	80406e37          	lui	t3,0x80406
80401e2c:	80406337          	lui	t1,0x80406
80401e30:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80401e32:	80406cb7          	lui	s9,0x80406
80401e36:	02000813          	li	a6,32
80401e3a:	00092c03          	lw	s8,0(s2)
80401e3e:	060c0a63          	beqz	s8,80401eb2 <revoke_event+0x1c8>
80401e42:	0ece2783          	lw	a5,236(t3) # 804060ec <revoke_hook>
80401e46:	cb99                	beqz	a5,80401e5c <revoke_event+0x172>
80401e48:	4601                	li	a2,0
80401e4a:	85e2                	mv	a1,s8
80401e4c:	854e                	mv	a0,s3
80401e4e:	9782                	jalr	a5
80401e50:	02000813          	li	a6,32
80401e54:	80406337          	lui	t1,0x80406
80401e58:	80406e37          	lui	t3,0x80406
80401e5c:	0f432783          	lw	a5,244(t1) # 804060f4 <window_l1>
80401e60:	c402                	sw	zero,8(sp)
80401e62:	0048                	add	a0,sp,4
80401e64:	07b2                	sll	a5,a5,0xc
80401e66:	8fc5                	or	a5,a5,s1
80401e68:	c23e                	sw	a5,4(sp)
80401e6a:	4585                	li	a1,1
80401e6c:	4601                	li	a2,0
80401e6e:	86da                	mv	a3,s6
80401e70:	4885                	li	a7,1
80401e72:	00000073          	ecall
80401e76:	ed15                	bnez	a0,80401eb2 <revoke_event+0x1c8>
80401e78:	0f0ca703          	lw	a4,240(s9) # 804060f0 <slots_used>
80401e7c:	00241793          	sll	a5,s0,0x2
80401e80:	09078793          	add	a5,a5,144
80401e84:	978a                	add	a5,a5,sp
80401e86:	177d                	add	a4,a4,-1
80401e88:	f987a023          	sw	s8,-128(a5)
80401e8c:	00092023          	sw	zero,0(s2)
80401e90:	0eeca823          	sw	a4,240(s9)
80401e94:	00140793          	add	a5,s0,1
80401e98:	c48d                	beqz	s1,80401ec2 <revoke_event+0x1d8>
80401e9a:	0377f463          	bgeu	a5,s7,80401ec2 <revoke_event+0x1d8>
80401e9e:	1971                	add	s2,s2,-4
80401ea0:	14f1                	add	s1,s1,-4
80401ea2:	99ea                	add	s3,s3,s10
80401ea4:	03078063          	beq	a5,a6,80401ec4 <revoke_event+0x1da>
80401ea8:	00092c03          	lw	s8,0(s2)
80401eac:	843e                	mv	s0,a5
80401eae:	f80c1ae3          	bnez	s8,80401e42 <revoke_event+0x158>
80401eb2:	c499                	beqz	s1,80401ec0 <revoke_event+0x1d6>
80401eb4:	01747663          	bgeu	s0,s7,80401ec0 <revoke_event+0x1d6>
80401eb8:	1971                	add	s2,s2,-4
80401eba:	14f1                	add	s1,s1,-4
80401ebc:	99ea                	add	s3,s3,s10
80401ebe:	bfb5                	j	80401e3a <revoke_event+0x150>
80401ec0:	87a2                	mv	a5,s0
80401ec2:	cf81                	beqz	a5,80401eda <revoke_event+0x1f0>
80401ec4:	0818                	add	a4,sp,16
80401ec6:	c23e                	sw	a5,4(sp)
80401ec8:	c43a                	sw	a4,8(sp)
80401eca:	c602                	sw	zero,12(sp)
80401ecc:	4505                	li	a0,1
80401ece:	004c                	add	a1,sp,4
80401ed0:	03000893          	li	a7,48
80401ed4:	00000073          	ecall
80401ed8:	cd19                	beqz	a0,80401ef6 <revoke_event+0x20c>
80401eda:	450d                	li	a0,3
80401edc:	85d6                	mv	a1,s5
80401ede:	03000893          	li	a7,48
80401ee2:	00000073          	ecall
80401ee6:	e60510e3          	bnez	a0,80401d46 <revoke_event+0x5c>
80401eea:	004da783          	lw	a5,4(s11)
80401eee:	0785                	add	a5,a5,1
80401ef0:	00fda223          	sw	a5,4(s11)
80401ef4:	bd89                	j	80401d46 <revoke_event+0x5c>
80401ef6:	00cda703          	lw	a4,12(s11)
80401efa:	97ba                	add	a5,a5,a4
80401efc:	00fda623          	sw	a5,12(s11)
80401f00:	bfe9                	j	80401eda <revoke_event+0x1f0>

80401f02 <uni_page_alloc>:
80401f02:	1141                	add	sp,sp,-16
80401f04:	804067b7          	lui	a5,0x80406
80401f08:	c422                	sw	s0,8(sp)
80401f0a:	10c7a403          	lw	s0,268(a5) # 8040610c <free_list>
80401f0e:	c606                	sw	ra,12(sp)
80401f10:	c005                	beqz	s0,80401f30 <uni_page_alloc+0x2e>
80401f12:	4018                	lw	a4,0(s0)
80401f14:	10e7a623          	sw	a4,268(a5)
80401f18:	6605                	lui	a2,0x1
80401f1a:	4581                	li	a1,0
80401f1c:	8522                	mv	a0,s0
80401f1e:	00001097          	auipc	ra,0x1
80401f22:	bec080e7          	jalr	-1044(ra) # 80402b0a <memset>
80401f26:	40b2                	lw	ra,12(sp)
80401f28:	8522                	mv	a0,s0
80401f2a:	4422                	lw	s0,8(sp)
80401f2c:	0141                	add	sp,sp,16
80401f2e:	8082                	ret
80401f30:	804067b7          	lui	a5,0x80406
80401f34:	804066b7          	lui	a3,0x80406
80401f38:	1087a703          	lw	a4,264(a5) # 80406108 <low_next>
80401f3c:	1046a683          	lw	a3,260(a3) # 80406104 <low_end>
80401f40:	02d76463          	bltu	a4,a3,80401f68 <uni_page_alloc+0x66>
80401f44:	80406737          	lui	a4,0x80406
80401f48:	804067b7          	lui	a5,0x80406
80401f4c:	0f872603          	lw	a2,248(a4) # 804060f8 <top>
80401f50:	0fc7a783          	lw	a5,252(a5) # 804060fc <brk>
80401f54:	6685                	lui	a3,0x1
80401f56:	40f607b3          	sub	a5,a2,a5
80401f5a:	fcd7e6e3          	bltu	a5,a3,80401f26 <uni_page_alloc+0x24>
80401f5e:	40d60433          	sub	s0,a2,a3
80401f62:	0e872c23          	sw	s0,248(a4)
80401f66:	bf4d                	j	80401f18 <uni_page_alloc+0x16>
80401f68:	843a                	mv	s0,a4
80401f6a:	6705                	lui	a4,0x1
80401f6c:	9722                	add	a4,a4,s0
80401f6e:	10e7a423          	sw	a4,264(a5)
80401f72:	b75d                	j	80401f18 <uni_page_alloc+0x16>

80401f74 <uni_map_over>:
80401f74:	804067b7          	lui	a5,0x80406
80401f78:	0bc7a783          	lw	a5,188(a5) # 804060bc <uni_start_info>
80401f7c:	05aa                	sll	a1,a1,0xa
80401f7e:	1101                	add	sp,sp,-32
80401f80:	5fd8                	lw	a4,60(a5)
80401f82:	01655793          	srl	a5,a0,0x16
80401f86:	078a                	sll	a5,a5,0x2
80401f88:	97ba                	add	a5,a5,a4
80401f8a:	439c                	lw	a5,0(a5)
80401f8c:	8131                	srl	a0,a0,0xc
80401f8e:	3ff57513          	and	a0,a0,1023
80401f92:	83a9                	srl	a5,a5,0xa
80401f94:	050a                	sll	a0,a0,0x2
80401f96:	07b2                	sll	a5,a5,0xc
80401f98:	8fc9                	or	a5,a5,a0
80401f9a:	0d75e593          	or	a1,a1,215
80401f9e:	66a1                	lui	a3,0x8
80401fa0:	8732                	mv	a4,a2
80401fa2:	c62e                	sw	a1,12(sp)
80401fa4:	ce06                	sw	ra,28(sp)
80401fa6:	c43e                	sw	a5,8(sp)
80401fa8:	0028                	add	a0,sp,8
80401faa:	4585                	li	a1,1
80401fac:	4601                	li	a2,0
80401fae:	16c1                	add	a3,a3,-16 # 7ff0 <errno+0x7ff0>
80401fb0:	4885                	li	a7,1
80401fb2:	00000073          	ecall
80401fb6:	00054563          	bltz	a0,80401fc0 <uni_map_over+0x4c>
80401fba:	40f2                	lw	ra,28(sp)
80401fbc:	6105                	add	sp,sp,32
80401fbe:	8082                	ret
80401fc0:	853a                	mv	a0,a4
80401fc2:	ffffe097          	auipc	ra,0xffffe
80401fc6:	7d4080e7          	jalr	2004(ra) # 80400796 <uni_panic>

80401fca <write>:
80401fca:	1141                	add	sp,sp,-16
80401fcc:	c606                	sw	ra,12(sp)
80401fce:	c422                	sw	s0,8(sp)
80401fd0:	47bd                	li	a5,15
80401fd2:	00a7eb63          	bltu	a5,a0,80401fe8 <write+0x1e>
80401fd6:	80406737          	lui	a4,0x80406
80401fda:	00070713          	mv	a4,a4
80401fde:	00351793          	sll	a5,a0,0x3
80401fe2:	97ba                	add	a5,a5,a4
80401fe4:	4398                	lw	a4,0(a5)
80401fe6:	ef11                	bnez	a4,80402002 <write+0x38>
80401fe8:	4725                	li	a4,9
80401fea:	000007b7          	lui	a5,0x0
80401fee:	004787b3          	add	a5,a5,tp
80401ff2:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80401ff6:	547d                	li	s0,-1
80401ff8:	40b2                	lw	ra,12(sp)
80401ffa:	8522                	mv	a0,s0
80401ffc:	4422                	lw	s0,8(sp)
80401ffe:	0141                	add	sp,sp,16
80402000:	8082                	ret
80402002:	8432                	mv	s0,a2
80402004:	04064663          	bltz	a2,80402050 <write+0x86>
80402008:	4505                	li	a0,1
8040200a:	02a70b63          	beq	a4,a0,80402040 <write+0x76>
8040200e:	80406737          	lui	a4,0x80406
80402012:	11872703          	lw	a4,280(a4) # 80406118 <fs>
80402016:	43c8                	lw	a0,4(a5)
80402018:	475c                	lw	a5,12(a4)
8040201a:	9782                	jalr	a5
8040201c:	842a                	mv	s0,a0
8040201e:	fc055de3          	bgez	a0,80401ff8 <write+0x2e>
80402022:	fff54413          	not	s0,a0
80402026:	02500793          	li	a5,37
8040202a:	4715                	li	a4,5
8040202c:	fa87efe3          	bltu	a5,s0,80401fea <write+0x20>
80402030:	804057b7          	lui	a5,0x80405
80402034:	58c78793          	add	a5,a5,1420 # 8040558c <CSWTCH.56>
80402038:	97a2                	add	a5,a5,s0
8040203a:	00078703          	lb	a4,0(a5)
8040203e:	b775                	j	80401fea <write+0x20>
80402040:	86ae                	mv	a3,a1
80402042:	8536                	mv	a0,a3
80402044:	85b2                	mv	a1,a2
80402046:	00000097          	auipc	ra,0x0
8040204a:	c18080e7          	jalr	-1000(ra) # 80401c5e <uni_console_write>
8040204e:	b76d                	j	80401ff8 <write+0x2e>
80402050:	4759                	li	a4,22
80402052:	bf61                	j	80401fea <write+0x20>

80402054 <sleep_ms>:
80402054:	1141                	add	sp,sp,-16
80402056:	c606                	sw	ra,12(sp)
80402058:	c422                	sw	s0,8(sp)
8040205a:	842a                	mv	s0,a0
8040205c:	00000097          	auipc	ra,0x0
80402060:	2b6080e7          	jalr	694(ra) # 80402312 <ulib_flush_stdout>
80402064:	8522                	mv	a0,s0
80402066:	00000097          	auipc	ra,0x0
8040206a:	c1e080e7          	jalr	-994(ra) # 80401c84 <uni_sleep_ms>
8040206e:	40b2                	lw	ra,12(sp)
80402070:	4422                	lw	s0,8(sp)
80402072:	4501                	li	a0,0
80402074:	0141                	add	sp,sp,16
80402076:	8082                	ret

80402078 <uni_posix_net>:
80402078:	804067b7          	lui	a5,0x80406
8040207c:	10a7aa23          	sw	a0,276(a5) # 80406114 <net>
80402080:	8082                	ret

80402082 <getentropy>:
80402082:	1101                	add	sp,sp,-32
80402084:	ca26                	sw	s1,20(sp)
80402086:	84aa                	mv	s1,a0
80402088:	850a                	mv	a0,sp
8040208a:	cc22                	sw	s0,24(sp)
8040208c:	ce06                	sw	ra,28(sp)
8040208e:	842e                	mv	s0,a1
80402090:	fffff097          	auipc	ra,0xfffff
80402094:	b5c080e7          	jalr	-1188(ra) # 80400bec <pv_genid>
80402098:	10000793          	li	a5,256
8040209c:	0c87ed63          	bltu	a5,s0,80402176 <getentropy+0xf4>
804020a0:	05800713          	li	a4,88
804020a4:	c971                	beqz	a0,80402178 <getentropy+0xf6>
804020a6:	804067b7          	lui	a5,0x80406
804020aa:	1107a703          	lw	a4,272(a5) # 80406110 <rng_generation>
804020ae:	08a71a63          	bne	a4,a0,80402142 <getentropy+0xc0>
804020b2:	c051                	beqz	s0,80402136 <getentropy+0xb4>
804020b4:	80419fb7          	lui	t6,0x80419
804020b8:	4881                	li	a7,0
804020ba:	448f8613          	add	a2,t6,1096 # 80419448 <rng>
804020be:	009405b3          	add	a1,s0,s1
804020c2:	4f61                	li	t5,24
804020c4:	425c                	lw	a5,4(a2)
804020c6:	4654                	lw	a3,12(a2)
804020c8:	448fa303          	lw	t1,1096(t6)
804020cc:	00862e03          	lw	t3,8(a2) # 1008 <errno+0x1008>
804020d0:	00279713          	sll	a4,a5,0x2
804020d4:	8ebd                	xor	a3,a3,a5
804020d6:	973e                	add	a4,a4,a5
804020d8:	01c34e33          	xor	t3,t1,t3
804020dc:	00771813          	sll	a6,a4,0x7
804020e0:	00979513          	sll	a0,a5,0x9
804020e4:	8365                	srl	a4,a4,0x19
804020e6:	00b69e93          	sll	t4,a3,0xb
804020ea:	0156d293          	srl	t0,a3,0x15
804020ee:	00e86733          	or	a4,a6,a4
804020f2:	00d34333          	xor	t1,t1,a3
804020f6:	01c7c7b3          	xor	a5,a5,t3
804020fa:	01c54533          	xor	a0,a0,t3
804020fe:	005ee6b3          	or	a3,t4,t0
80402102:	00371813          	sll	a6,a4,0x3
80402106:	c25c                	sw	a5,4(a2)
80402108:	446fa423          	sw	t1,1096(t6)
8040210c:	c608                	sw	a0,8(a2)
8040210e:	c654                	sw	a3,12(a2)
80402110:	983a                	add	a6,a6,a4
80402112:	0088ff63          	bgeu	a7,s0,80402130 <getentropy+0xae>
80402116:	011487b3          	add	a5,s1,a7
8040211a:	4701                	li	a4,0
8040211c:	00e856b3          	srl	a3,a6,a4
80402120:	00d78023          	sb	a3,0(a5)
80402124:	0785                	add	a5,a5,1
80402126:	01e70563          	beq	a4,t5,80402130 <getentropy+0xae>
8040212a:	0721                	add	a4,a4,8
8040212c:	fef598e3          	bne	a1,a5,8040211c <getentropy+0x9a>
80402130:	0891                	add	a7,a7,4
80402132:	f888e9e3          	bltu	a7,s0,804020c4 <getentropy+0x42>
80402136:	4501                	li	a0,0
80402138:	40f2                	lw	ra,28(sp)
8040213a:	4462                	lw	s0,24(sp)
8040213c:	44d2                	lw	s1,20(sp)
8040213e:	6105                	add	sp,sp,32
80402140:	8082                	ret
80402142:	80419fb7          	lui	t6,0x80419
80402146:	10a7a823          	sw	a0,272(a5)
8040214a:	448f8613          	add	a2,t6,1096 # 80419448 <rng>
8040214e:	878a                	mv	a5,sp
80402150:	448f8f93          	add	t6,t6,1096
80402154:	080c                	add	a1,sp,16
80402156:	4681                	li	a3,0
80402158:	4398                	lw	a4,0(a5)
8040215a:	0791                	add	a5,a5,4
8040215c:	0f91                	add	t6,t6,4
8040215e:	feefae23          	sw	a4,-4(t6)
80402162:	8ed9                	or	a3,a3,a4
80402164:	feb79ae3          	bne	a5,a1,80402158 <getentropy+0xd6>
80402168:	f6a9                	bnez	a3,804020b2 <getentropy+0x30>
8040216a:	9e3787b7          	lui	a5,0x9e378
8040216e:	9b978793          	add	a5,a5,-1607 # 9e3779b9 <__bss_end+0x1df5df39>
80402172:	c21c                	sw	a5,0(a2)
80402174:	bf3d                	j	804020b2 <getentropy+0x30>
80402176:	4715                	li	a4,5
80402178:	000007b7          	lui	a5,0x0
8040217c:	004787b3          	add	a5,a5,tp
80402180:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402184:	557d                	li	a0,-1
80402186:	bf4d                	j	80402138 <getentropy+0xb6>

80402188 <net_info>:
80402188:	804067b7          	lui	a5,0x80406
8040218c:	1147a783          	lw	a5,276(a5) # 80406114 <net>
80402190:	c399                	beqz	a5,80402196 <net_info+0xe>
80402192:	439c                	lw	a5,0(a5)
80402194:	8782                	jr	a5
80402196:	5535                	li	a0,-19
80402198:	8082                	ret

8040219a <uni_main>:
8040219a:	1141                	add	sp,sp,-16
8040219c:	c606                	sw	ra,12(sp)
8040219e:	c422                	sw	s0,8(sp)
804021a0:	80419837          	lui	a6,0x80419
804021a4:	00054603          	lbu	a2,0(a0)
804021a8:	872a                	mv	a4,a0
804021aa:	02000693          	li	a3,32
804021ae:	4501                	li	a0,0
804021b0:	45a5                	li	a1,9
804021b2:	3c480813          	add	a6,a6,964 # 804193c4 <boot_argv>
804021b6:	02d60b63          	beq	a2,a3,804021ec <uni_main+0x52>
804021ba:	02b60963          	beq	a2,a1,804021ec <uni_main+0x52>
804021be:	c231                	beqz	a2,80402202 <uni_main+0x68>
804021c0:	06d50a63          	beq	a0,a3,80402234 <uni_main+0x9a>
804021c4:	00251793          	sll	a5,a0,0x2
804021c8:	97c2                	add	a5,a5,a6
804021ca:	c398                	sw	a4,0(a5)
804021cc:	00074603          	lbu	a2,0(a4)
804021d0:	0505                	add	a0,a0,1
804021d2:	87b2                	mv	a5,a2
804021d4:	d26d                	beqz	a2,804021b6 <uni_main+0x1c>
804021d6:	02d78363          	beq	a5,a3,804021fc <uni_main+0x62>
804021da:	02b78163          	beq	a5,a1,804021fc <uni_main+0x62>
804021de:	00174783          	lbu	a5,1(a4)
804021e2:	0705                	add	a4,a4,1
804021e4:	fbed                	bnez	a5,804021d6 <uni_main+0x3c>
804021e6:	4601                	li	a2,0
804021e8:	fcd619e3          	bne	a2,a3,804021ba <uni_main+0x20>
804021ec:	00170793          	add	a5,a4,1
804021f0:	00174603          	lbu	a2,1(a4)
804021f4:	00070023          	sb	zero,0(a4)
804021f8:	873e                	mv	a4,a5
804021fa:	bf75                	j	804021b6 <uni_main+0x1c>
804021fc:	00074603          	lbu	a2,0(a4)
80402200:	bf5d                	j	804021b6 <uni_main+0x1c>
80402202:	804195b7          	lui	a1,0x80419
80402206:	3c458713          	add	a4,a1,964 # 804193c4 <boot_argv>
8040220a:	00251793          	sll	a5,a0,0x2
8040220e:	97ba                	add	a5,a5,a4
80402210:	3c458593          	add	a1,a1,964
80402214:	0007a023          	sw	zero,0(a5)
80402218:	ffffe097          	auipc	ra,0xffffe
8040221c:	e88080e7          	jalr	-376(ra) # 804000a0 <main>
80402220:	842a                	mv	s0,a0
80402222:	00000097          	auipc	ra,0x0
80402226:	0f0080e7          	jalr	240(ra) # 80402312 <ulib_flush_stdout>
8040222a:	40b2                	lw	ra,12(sp)
8040222c:	8522                	mv	a0,s0
8040222e:	4422                	lw	s0,8(sp)
80402230:	0141                	add	sp,sp,16
80402232:	8082                	ret
80402234:	80405537          	lui	a0,0x80405
80402238:	5b450513          	add	a0,a0,1460 # 804055b4 <msg.0>
8040223c:	45e1                	li	a1,24
8040223e:	00000097          	auipc	ra,0x0
80402242:	a20080e7          	jalr	-1504(ra) # 80401c5e <uni_console_write>
80402246:	4409                	li	s0,2
80402248:	40b2                	lw	ra,12(sp)
8040224a:	8522                	mv	a0,s0
8040224c:	4422                	lw	s0,8(sp)
8040224e:	0141                	add	sp,sp,16
80402250:	8082                	ret

80402252 <stdout_flush>:
80402252:	1141                	add	sp,sp,-16
80402254:	c04a                	sw	s2,0(sp)
80402256:	80406937          	lui	s2,0x80406
8040225a:	c422                	sw	s0,8(sp)
8040225c:	11c92403          	lw	s0,284(s2) # 8040611c <out_len>
80402260:	c606                	sw	ra,12(sp)
80402262:	c226                	sw	s1,4(sp)
80402264:	c015                	beqz	s0,80402288 <stdout_flush+0x36>
80402266:	804194b7          	lui	s1,0x80419
8040226a:	45848493          	add	s1,s1,1112 # 80419458 <out_buf>
8040226e:	a019                	j	80402274 <stdout_flush+0x22>
80402270:	94aa                	add	s1,s1,a0
80402272:	c819                	beqz	s0,80402288 <stdout_flush+0x36>
80402274:	8622                	mv	a2,s0
80402276:	85a6                	mv	a1,s1
80402278:	4505                	li	a0,1
8040227a:	00000097          	auipc	ra,0x0
8040227e:	d50080e7          	jalr	-688(ra) # 80401fca <write>
80402282:	8c09                	sub	s0,s0,a0
80402284:	fea046e3          	bgtz	a0,80402270 <stdout_flush+0x1e>
80402288:	40b2                	lw	ra,12(sp)
8040228a:	4422                	lw	s0,8(sp)
8040228c:	10092e23          	sw	zero,284(s2)
80402290:	4492                	lw	s1,4(sp)
80402292:	4902                	lw	s2,0(sp)
80402294:	4501                	li	a0,0
80402296:	0141                	add	sp,sp,16
80402298:	8082                	ret

8040229a <stdout_put>:
8040229a:	1101                	add	sp,sp,-32
8040229c:	c64e                	sw	s3,12(sp)
8040229e:	804069b7          	lui	s3,0x80406
804022a2:	11c9a783          	lw	a5,284(s3) # 8040611c <out_len>
804022a6:	ca26                	sw	s1,20(sp)
804022a8:	804194b7          	lui	s1,0x80419
804022ac:	45848493          	add	s1,s1,1112 # 80419458 <out_buf>
804022b0:	cc22                	sw	s0,24(sp)
804022b2:	c84a                	sw	s2,16(sp)
804022b4:	00178413          	add	s0,a5,1
804022b8:	ce06                	sw	ra,28(sp)
804022ba:	97a6                	add	a5,a5,s1
804022bc:	00a78023          	sb	a0,0(a5)
804022c0:	1089ae23          	sw	s0,284(s3)
804022c4:	47a9                	li	a5,10
804022c6:	892a                	mv	s2,a0
804022c8:	00f50e63          	beq	a0,a5,804022e4 <stdout_put+0x4a>
804022cc:	20000793          	li	a5,512
804022d0:	00f40b63          	beq	s0,a5,804022e6 <stdout_put+0x4c>
804022d4:	40f2                	lw	ra,28(sp)
804022d6:	4462                	lw	s0,24(sp)
804022d8:	44d2                	lw	s1,20(sp)
804022da:	49b2                	lw	s3,12(sp)
804022dc:	854a                	mv	a0,s2
804022de:	4942                	lw	s2,16(sp)
804022e0:	6105                	add	sp,sp,32
804022e2:	8082                	ret
804022e4:	cc09                	beqz	s0,804022fe <stdout_put+0x64>
804022e6:	8622                	mv	a2,s0
804022e8:	85a6                	mv	a1,s1
804022ea:	4505                	li	a0,1
804022ec:	00000097          	auipc	ra,0x0
804022f0:	cde080e7          	jalr	-802(ra) # 80401fca <write>
804022f4:	8c09                	sub	s0,s0,a0
804022f6:	00a05463          	blez	a0,804022fe <stdout_put+0x64>
804022fa:	94aa                	add	s1,s1,a0
804022fc:	f46d                	bnez	s0,804022e6 <stdout_put+0x4c>
804022fe:	40f2                	lw	ra,28(sp)
80402300:	4462                	lw	s0,24(sp)
80402302:	1009ae23          	sw	zero,284(s3)
80402306:	44d2                	lw	s1,20(sp)
80402308:	49b2                	lw	s3,12(sp)
8040230a:	854a                	mv	a0,s2
8040230c:	4942                	lw	s2,16(sp)
8040230e:	6105                	add	sp,sp,32
80402310:	8082                	ret

80402312 <ulib_flush_stdout>:
80402312:	1141                	add	sp,sp,-16
80402314:	c04a                	sw	s2,0(sp)
80402316:	80406937          	lui	s2,0x80406
8040231a:	c422                	sw	s0,8(sp)
8040231c:	11c92403          	lw	s0,284(s2) # 8040611c <out_len>
80402320:	c606                	sw	ra,12(sp)
80402322:	c226                	sw	s1,4(sp)
80402324:	c015                	beqz	s0,80402348 <ulib_flush_stdout+0x36>
80402326:	804194b7          	lui	s1,0x80419
8040232a:	45848493          	add	s1,s1,1112 # 80419458 <out_buf>
8040232e:	a019                	j	80402334 <ulib_flush_stdout+0x22>
80402330:	94aa                	add	s1,s1,a0
80402332:	c819                	beqz	s0,80402348 <ulib_flush_stdout+0x36>
80402334:	8622                	mv	a2,s0
80402336:	85a6                	mv	a1,s1
80402338:	4505                	li	a0,1
8040233a:	00000097          	auipc	ra,0x0
8040233e:	c90080e7          	jalr	-880(ra) # 80401fca <write>
80402342:	8c09                	sub	s0,s0,a0
80402344:	fea046e3          	bgtz	a0,80402330 <ulib_flush_stdout+0x1e>
80402348:	40b2                	lw	ra,12(sp)
8040234a:	4422                	lw	s0,8(sp)
8040234c:	10092e23          	sw	zero,284(s2)
80402350:	4492                	lw	s1,4(sp)
80402352:	4902                	lw	s2,0(sp)
80402354:	0141                	add	sp,sp,16
80402356:	8082                	ret

80402358 <__lshrdi3>:
80402358:	ca19                	beqz	a2,8040236e <__lshrdi3+0x16>
8040235a:	02000793          	li	a5,32
8040235e:	8f91                	sub	a5,a5,a2
80402360:	00f04863          	bgtz	a5,80402370 <__lshrdi3+0x18>
80402364:	1601                	add	a2,a2,-32
80402366:	00c5d533          	srl	a0,a1,a2
8040236a:	4701                	li	a4,0
8040236c:	85ba                	mv	a1,a4
8040236e:	8082                	ret
80402370:	00c5d733          	srl	a4,a1,a2
80402374:	00c55533          	srl	a0,a0,a2
80402378:	00f595b3          	sll	a1,a1,a5
8040237c:	8d4d                	or	a0,a0,a1
8040237e:	b7fd                	j	8040236c <__lshrdi3+0x14>

80402380 <__ashldi3>:
80402380:	ca19                	beqz	a2,80402396 <__ashldi3+0x16>
80402382:	02000793          	li	a5,32
80402386:	8f91                	sub	a5,a5,a2
80402388:	00f04863          	bgtz	a5,80402398 <__ashldi3+0x18>
8040238c:	1601                	add	a2,a2,-32
8040238e:	00c515b3          	sll	a1,a0,a2
80402392:	4701                	li	a4,0
80402394:	853a                	mv	a0,a4
80402396:	8082                	ret
80402398:	00c51733          	sll	a4,a0,a2
8040239c:	00c595b3          	sll	a1,a1,a2
804023a0:	00f55533          	srl	a0,a0,a5
804023a4:	8dc9                	or	a1,a1,a0
804023a6:	b7fd                	j	80402394 <__ashldi3+0x14>

804023a8 <__ashrdi3>:
804023a8:	ce01                	beqz	a2,804023c0 <__ashrdi3+0x18>
804023aa:	02000793          	li	a5,32
804023ae:	8f91                	sub	a5,a5,a2
804023b0:	00f04963          	bgtz	a5,804023c2 <__ashrdi3+0x1a>
804023b4:	1601                	add	a2,a2,-32
804023b6:	41f5d713          	sra	a4,a1,0x1f
804023ba:	40c5d533          	sra	a0,a1,a2
804023be:	85ba                	mv	a1,a4
804023c0:	8082                	ret
804023c2:	40c5d733          	sra	a4,a1,a2
804023c6:	00c55533          	srl	a0,a0,a2
804023ca:	00f595b3          	sll	a1,a1,a5
804023ce:	8d4d                	or	a0,a0,a1
804023d0:	b7fd                	j	804023be <__ashrdi3+0x16>

804023d2 <__ctzsi2>:
804023d2:	40a007b3          	neg	a5,a0
804023d6:	8d7d                	and	a0,a0,a5
804023d8:	67c1                	lui	a5,0x10
804023da:	02f57363          	bgeu	a0,a5,80402400 <__ctzsi2+0x2e>
804023de:	10053793          	sltiu	a5,a0,256
804023e2:	0017c793          	xor	a5,a5,1
804023e6:	078e                	sll	a5,a5,0x3
804023e8:	00f55533          	srl	a0,a0,a5
804023ec:	00003717          	auipc	a4,0x3
804023f0:	5b070713          	add	a4,a4,1456 # 8040599c <__clz_tab>
804023f4:	972a                	add	a4,a4,a0
804023f6:	00074503          	lbu	a0,0(a4)
804023fa:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804023fc:	953e                	add	a0,a0,a5
804023fe:	8082                	ret
80402400:	01000737          	lui	a4,0x1000
80402404:	47c1                	li	a5,16
80402406:	fee561e3          	bltu	a0,a4,804023e8 <__ctzsi2+0x16>
8040240a:	47e1                	li	a5,24
8040240c:	bff1                	j	804023e8 <__ctzsi2+0x16>

8040240e <__udivdi3>:
8040240e:	88aa                	mv	a7,a0
80402410:	832e                	mv	t1,a1
80402412:	8732                	mv	a4,a2
80402414:	882a                	mv	a6,a0
80402416:	87ae                	mv	a5,a1
80402418:	20069663          	bnez	a3,80402624 <__udivdi3+0x216>
8040241c:	00003597          	auipc	a1,0x3
80402420:	58058593          	add	a1,a1,1408 # 8040599c <__clz_tab>
80402424:	0cc37163          	bgeu	t1,a2,804024e6 <__udivdi3+0xd8>
80402428:	66c1                	lui	a3,0x10
8040242a:	0ad67763          	bgeu	a2,a3,804024d8 <__udivdi3+0xca>
8040242e:	10063693          	sltiu	a3,a2,256
80402432:	0016c693          	xor	a3,a3,1
80402436:	068e                	sll	a3,a3,0x3
80402438:	00d65533          	srl	a0,a2,a3
8040243c:	95aa                	add	a1,a1,a0
8040243e:	0005c583          	lbu	a1,0(a1)
80402442:	02000513          	li	a0,32
80402446:	96ae                	add	a3,a3,a1
80402448:	40d505b3          	sub	a1,a0,a3
8040244c:	00d50b63          	beq	a0,a3,80402462 <__udivdi3+0x54>
80402450:	00b317b3          	sll	a5,t1,a1
80402454:	00d8d6b3          	srl	a3,a7,a3
80402458:	00b61733          	sll	a4,a2,a1
8040245c:	8fd5                	or	a5,a5,a3
8040245e:	00b89833          	sll	a6,a7,a1
80402462:	01075593          	srl	a1,a4,0x10
80402466:	02b7d333          	divu	t1,a5,a1
8040246a:	01071613          	sll	a2,a4,0x10
8040246e:	8241                	srl	a2,a2,0x10
80402470:	02b7f7b3          	remu	a5,a5,a1
80402474:	851a                	mv	a0,t1
80402476:	026608b3          	mul	a7,a2,t1
8040247a:	01079693          	sll	a3,a5,0x10
8040247e:	01085793          	srl	a5,a6,0x10
80402482:	8fd5                	or	a5,a5,a3
80402484:	0117fc63          	bgeu	a5,a7,8040249c <__udivdi3+0x8e>
80402488:	97ba                	add	a5,a5,a4
8040248a:	fff30513          	add	a0,t1,-1
8040248e:	00e7e763          	bltu	a5,a4,8040249c <__udivdi3+0x8e>
80402492:	0117f563          	bgeu	a5,a7,8040249c <__udivdi3+0x8e>
80402496:	ffe30513          	add	a0,t1,-2
8040249a:	97ba                	add	a5,a5,a4
8040249c:	411787b3          	sub	a5,a5,a7
804024a0:	02b7d8b3          	divu	a7,a5,a1
804024a4:	0842                	sll	a6,a6,0x10
804024a6:	01085813          	srl	a6,a6,0x10
804024aa:	02b7f7b3          	remu	a5,a5,a1
804024ae:	031606b3          	mul	a3,a2,a7
804024b2:	07c2                	sll	a5,a5,0x10
804024b4:	00f86833          	or	a6,a6,a5
804024b8:	87c6                	mv	a5,a7
804024ba:	00d87b63          	bgeu	a6,a3,804024d0 <__udivdi3+0xc2>
804024be:	983a                	add	a6,a6,a4
804024c0:	fff88793          	add	a5,a7,-1
804024c4:	00e86663          	bltu	a6,a4,804024d0 <__udivdi3+0xc2>
804024c8:	00d87463          	bgeu	a6,a3,804024d0 <__udivdi3+0xc2>
804024cc:	ffe88793          	add	a5,a7,-2
804024d0:	0542                	sll	a0,a0,0x10
804024d2:	8d5d                	or	a0,a0,a5
804024d4:	4581                	li	a1,0
804024d6:	8082                	ret
804024d8:	01000537          	lui	a0,0x1000
804024dc:	46c1                	li	a3,16
804024de:	f4a66de3          	bltu	a2,a0,80402438 <__udivdi3+0x2a>
804024e2:	46e1                	li	a3,24
804024e4:	bf91                	j	80402438 <__udivdi3+0x2a>
804024e6:	4681                	li	a3,0
804024e8:	ca09                	beqz	a2,804024fa <__udivdi3+0xec>
804024ea:	67c1                	lui	a5,0x10
804024ec:	08f67f63          	bgeu	a2,a5,8040258a <__udivdi3+0x17c>
804024f0:	10063693          	sltiu	a3,a2,256
804024f4:	0016c693          	xor	a3,a3,1
804024f8:	068e                	sll	a3,a3,0x3
804024fa:	00d657b3          	srl	a5,a2,a3
804024fe:	95be                	add	a1,a1,a5
80402500:	0005c783          	lbu	a5,0(a1)
80402504:	97b6                	add	a5,a5,a3
80402506:	02000693          	li	a3,32
8040250a:	40f685b3          	sub	a1,a3,a5
8040250e:	08f69563          	bne	a3,a5,80402598 <__udivdi3+0x18a>
80402512:	40c307b3          	sub	a5,t1,a2
80402516:	4585                	li	a1,1
80402518:	01075893          	srl	a7,a4,0x10
8040251c:	0317de33          	divu	t3,a5,a7
80402520:	01071613          	sll	a2,a4,0x10
80402524:	8241                	srl	a2,a2,0x10
80402526:	01085693          	srl	a3,a6,0x10
8040252a:	0317f7b3          	remu	a5,a5,a7
8040252e:	8572                	mv	a0,t3
80402530:	03c60333          	mul	t1,a2,t3
80402534:	07c2                	sll	a5,a5,0x10
80402536:	8fd5                	or	a5,a5,a3
80402538:	0067fc63          	bgeu	a5,t1,80402550 <__udivdi3+0x142>
8040253c:	97ba                	add	a5,a5,a4
8040253e:	fffe0513          	add	a0,t3,-1 # 80405fff <stdout+0x453>
80402542:	00e7e763          	bltu	a5,a4,80402550 <__udivdi3+0x142>
80402546:	0067f563          	bgeu	a5,t1,80402550 <__udivdi3+0x142>
8040254a:	ffee0513          	add	a0,t3,-2
8040254e:	97ba                	add	a5,a5,a4
80402550:	406787b3          	sub	a5,a5,t1
80402554:	0317d333          	divu	t1,a5,a7
80402558:	0842                	sll	a6,a6,0x10
8040255a:	01085813          	srl	a6,a6,0x10
8040255e:	0317f7b3          	remu	a5,a5,a7
80402562:	026606b3          	mul	a3,a2,t1
80402566:	07c2                	sll	a5,a5,0x10
80402568:	00f86833          	or	a6,a6,a5
8040256c:	879a                	mv	a5,t1
8040256e:	00d87b63          	bgeu	a6,a3,80402584 <__udivdi3+0x176>
80402572:	983a                	add	a6,a6,a4
80402574:	fff30793          	add	a5,t1,-1
80402578:	00e86663          	bltu	a6,a4,80402584 <__udivdi3+0x176>
8040257c:	00d87463          	bgeu	a6,a3,80402584 <__udivdi3+0x176>
80402580:	ffe30793          	add	a5,t1,-2
80402584:	0542                	sll	a0,a0,0x10
80402586:	8d5d                	or	a0,a0,a5
80402588:	8082                	ret
8040258a:	010007b7          	lui	a5,0x1000
8040258e:	46c1                	li	a3,16
80402590:	f6f665e3          	bltu	a2,a5,804024fa <__udivdi3+0xec>
80402594:	46e1                	li	a3,24
80402596:	b795                	j	804024fa <__udivdi3+0xec>
80402598:	00b61733          	sll	a4,a2,a1
8040259c:	00f356b3          	srl	a3,t1,a5
804025a0:	01075513          	srl	a0,a4,0x10
804025a4:	00b31333          	sll	t1,t1,a1
804025a8:	00f8d7b3          	srl	a5,a7,a5
804025ac:	0067e7b3          	or	a5,a5,t1
804025b0:	02a6d333          	divu	t1,a3,a0
804025b4:	01071613          	sll	a2,a4,0x10
804025b8:	8241                	srl	a2,a2,0x10
804025ba:	00b89833          	sll	a6,a7,a1
804025be:	02a6f6b3          	remu	a3,a3,a0
804025c2:	026608b3          	mul	a7,a2,t1
804025c6:	01069593          	sll	a1,a3,0x10
804025ca:	0107d693          	srl	a3,a5,0x10
804025ce:	8ecd                	or	a3,a3,a1
804025d0:	859a                	mv	a1,t1
804025d2:	0116fc63          	bgeu	a3,a7,804025ea <__udivdi3+0x1dc>
804025d6:	96ba                	add	a3,a3,a4
804025d8:	fff30593          	add	a1,t1,-1
804025dc:	00e6e763          	bltu	a3,a4,804025ea <__udivdi3+0x1dc>
804025e0:	0116f563          	bgeu	a3,a7,804025ea <__udivdi3+0x1dc>
804025e4:	ffe30593          	add	a1,t1,-2
804025e8:	96ba                	add	a3,a3,a4
804025ea:	411686b3          	sub	a3,a3,a7
804025ee:	02a6d8b3          	divu	a7,a3,a0
804025f2:	07c2                	sll	a5,a5,0x10
804025f4:	83c1                	srl	a5,a5,0x10
804025f6:	02a6f6b3          	remu	a3,a3,a0
804025fa:	03160633          	mul	a2,a2,a7
804025fe:	06c2                	sll	a3,a3,0x10
80402600:	8fd5                	or	a5,a5,a3
80402602:	86c6                	mv	a3,a7
80402604:	00c7fc63          	bgeu	a5,a2,8040261c <__udivdi3+0x20e>
80402608:	97ba                	add	a5,a5,a4
8040260a:	fff88693          	add	a3,a7,-1
8040260e:	00e7e763          	bltu	a5,a4,8040261c <__udivdi3+0x20e>
80402612:	00c7f563          	bgeu	a5,a2,8040261c <__udivdi3+0x20e>
80402616:	ffe88693          	add	a3,a7,-2
8040261a:	97ba                	add	a5,a5,a4
8040261c:	05c2                	sll	a1,a1,0x10
8040261e:	8f91                	sub	a5,a5,a2
80402620:	8dd5                	or	a1,a1,a3
80402622:	bddd                	j	80402518 <__udivdi3+0x10a>
80402624:	14d5e163          	bltu	a1,a3,80402766 <__udivdi3+0x358>
80402628:	67c1                	lui	a5,0x10
8040262a:	02f6ff63          	bgeu	a3,a5,80402668 <__udivdi3+0x25a>
8040262e:	1006b713          	sltiu	a4,a3,256
80402632:	00174713          	xor	a4,a4,1
80402636:	070e                	sll	a4,a4,0x3
80402638:	00e6d5b3          	srl	a1,a3,a4
8040263c:	00003797          	auipc	a5,0x3
80402640:	36078793          	add	a5,a5,864 # 8040599c <__clz_tab>
80402644:	97ae                	add	a5,a5,a1
80402646:	0007c783          	lbu	a5,0(a5)
8040264a:	97ba                	add	a5,a5,a4
8040264c:	02000713          	li	a4,32
80402650:	40f705b3          	sub	a1,a4,a5
80402654:	02f71163          	bne	a4,a5,80402676 <__udivdi3+0x268>
80402658:	4505                	li	a0,1
8040265a:	e666eee3          	bltu	a3,t1,804024d6 <__udivdi3+0xc8>
8040265e:	00c8b533          	sltu	a0,a7,a2
80402662:	00154513          	xor	a0,a0,1
80402666:	8082                	ret
80402668:	010007b7          	lui	a5,0x1000
8040266c:	4741                	li	a4,16
8040266e:	fcf6e5e3          	bltu	a3,a5,80402638 <__udivdi3+0x22a>
80402672:	4761                	li	a4,24
80402674:	b7d1                	j	80402638 <__udivdi3+0x22a>
80402676:	00f65733          	srl	a4,a2,a5
8040267a:	00b696b3          	sll	a3,a3,a1
8040267e:	8ed9                	or	a3,a3,a4
80402680:	00f35733          	srl	a4,t1,a5
80402684:	00b31333          	sll	t1,t1,a1
80402688:	00f8d7b3          	srl	a5,a7,a5
8040268c:	0067e7b3          	or	a5,a5,t1
80402690:	0106d313          	srl	t1,a3,0x10
80402694:	02675eb3          	divu	t4,a4,t1
80402698:	01069813          	sll	a6,a3,0x10
8040269c:	01085813          	srl	a6,a6,0x10
804026a0:	00b61633          	sll	a2,a2,a1
804026a4:	02677733          	remu	a4,a4,t1
804026a8:	03d80e33          	mul	t3,a6,t4
804026ac:	01071513          	sll	a0,a4,0x10
804026b0:	0107d713          	srl	a4,a5,0x10
804026b4:	8f49                	or	a4,a4,a0
804026b6:	8576                	mv	a0,t4
804026b8:	01c77c63          	bgeu	a4,t3,804026d0 <__udivdi3+0x2c2>
804026bc:	9736                	add	a4,a4,a3
804026be:	fffe8513          	add	a0,t4,-1
804026c2:	00d76763          	bltu	a4,a3,804026d0 <__udivdi3+0x2c2>
804026c6:	01c77563          	bgeu	a4,t3,804026d0 <__udivdi3+0x2c2>
804026ca:	ffee8513          	add	a0,t4,-2
804026ce:	9736                	add	a4,a4,a3
804026d0:	41c70733          	sub	a4,a4,t3
804026d4:	02675e33          	divu	t3,a4,t1
804026d8:	07c2                	sll	a5,a5,0x10
804026da:	83c1                	srl	a5,a5,0x10
804026dc:	02677733          	remu	a4,a4,t1
804026e0:	03c80833          	mul	a6,a6,t3
804026e4:	0742                	sll	a4,a4,0x10
804026e6:	8fd9                	or	a5,a5,a4
804026e8:	8772                	mv	a4,t3
804026ea:	0107fc63          	bgeu	a5,a6,80402702 <__udivdi3+0x2f4>
804026ee:	97b6                	add	a5,a5,a3
804026f0:	fffe0713          	add	a4,t3,-1
804026f4:	00d7e763          	bltu	a5,a3,80402702 <__udivdi3+0x2f4>
804026f8:	0107f563          	bgeu	a5,a6,80402702 <__udivdi3+0x2f4>
804026fc:	ffee0713          	add	a4,t3,-2
80402700:	97b6                	add	a5,a5,a3
80402702:	0542                	sll	a0,a0,0x10
80402704:	6e41                	lui	t3,0x10
80402706:	8d59                	or	a0,a0,a4
80402708:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
8040270c:	00d57733          	and	a4,a0,a3
80402710:	410787b3          	sub	a5,a5,a6
80402714:	8ef1                	and	a3,a3,a2
80402716:	01055813          	srl	a6,a0,0x10
8040271a:	8241                	srl	a2,a2,0x10
8040271c:	02d70333          	mul	t1,a4,a3
80402720:	02d806b3          	mul	a3,a6,a3
80402724:	02c70733          	mul	a4,a4,a2
80402728:	02c80833          	mul	a6,a6,a2
8040272c:	00d70633          	add	a2,a4,a3
80402730:	01035713          	srl	a4,t1,0x10
80402734:	9732                	add	a4,a4,a2
80402736:	00d77363          	bgeu	a4,a3,8040273c <__udivdi3+0x32e>
8040273a:	9872                	add	a6,a6,t3
8040273c:	01075693          	srl	a3,a4,0x10
80402740:	96c2                	add	a3,a3,a6
80402742:	02d7e063          	bltu	a5,a3,80402762 <__udivdi3+0x354>
80402746:	d8d797e3          	bne	a5,a3,804024d4 <__udivdi3+0xc6>
8040274a:	67c1                	lui	a5,0x10
8040274c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040274e:	8f7d                	and	a4,a4,a5
80402750:	0742                	sll	a4,a4,0x10
80402752:	00f37333          	and	t1,t1,a5
80402756:	00b898b3          	sll	a7,a7,a1
8040275a:	971a                	add	a4,a4,t1
8040275c:	4581                	li	a1,0
8040275e:	d6e8fce3          	bgeu	a7,a4,804024d6 <__udivdi3+0xc8>
80402762:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80402764:	bb85                	j	804024d4 <__udivdi3+0xc6>
80402766:	4581                	li	a1,0
80402768:	4501                	li	a0,0
8040276a:	8082                	ret

8040276c <__umoddi3>:
8040276c:	8832                	mv	a6,a2
8040276e:	87aa                	mv	a5,a0
80402770:	872e                	mv	a4,a1
80402772:	1a069363          	bnez	a3,80402918 <__umoddi3+0x1ac>
80402776:	00003897          	auipc	a7,0x3
8040277a:	22688893          	add	a7,a7,550 # 8040599c <__clz_tab>
8040277e:	0ac5f663          	bgeu	a1,a2,8040282a <__umoddi3+0xbe>
80402782:	66c1                	lui	a3,0x10
80402784:	08d67c63          	bgeu	a2,a3,8040281c <__umoddi3+0xb0>
80402788:	10063693          	sltiu	a3,a2,256
8040278c:	0016c693          	xor	a3,a3,1
80402790:	068e                	sll	a3,a3,0x3
80402792:	00d65333          	srl	t1,a2,a3
80402796:	989a                	add	a7,a7,t1
80402798:	0008c883          	lbu	a7,0(a7)
8040279c:	02000313          	li	t1,32
804027a0:	96c6                	add	a3,a3,a7
804027a2:	40d308b3          	sub	a7,t1,a3
804027a6:	00d30b63          	beq	t1,a3,804027bc <__umoddi3+0x50>
804027aa:	01159733          	sll	a4,a1,a7
804027ae:	00d556b3          	srl	a3,a0,a3
804027b2:	01161833          	sll	a6,a2,a7
804027b6:	8f55                	or	a4,a4,a3
804027b8:	011517b3          	sll	a5,a0,a7
804027bc:	01085613          	srl	a2,a6,0x10
804027c0:	02c756b3          	divu	a3,a4,a2
804027c4:	01081513          	sll	a0,a6,0x10
804027c8:	8141                	srl	a0,a0,0x10
804027ca:	02c77733          	remu	a4,a4,a2
804027ce:	02a686b3          	mul	a3,a3,a0
804027d2:	01071593          	sll	a1,a4,0x10
804027d6:	0107d713          	srl	a4,a5,0x10
804027da:	8f4d                	or	a4,a4,a1
804027dc:	00d77863          	bgeu	a4,a3,804027ec <__umoddi3+0x80>
804027e0:	9742                	add	a4,a4,a6
804027e2:	01076563          	bltu	a4,a6,804027ec <__umoddi3+0x80>
804027e6:	00d77363          	bgeu	a4,a3,804027ec <__umoddi3+0x80>
804027ea:	9742                	add	a4,a4,a6
804027ec:	8f15                	sub	a4,a4,a3
804027ee:	02c756b3          	divu	a3,a4,a2
804027f2:	02c77733          	remu	a4,a4,a2
804027f6:	02a686b3          	mul	a3,a3,a0
804027fa:	07c2                	sll	a5,a5,0x10
804027fc:	0742                	sll	a4,a4,0x10
804027fe:	83c1                	srl	a5,a5,0x10
80402800:	8fd9                	or	a5,a5,a4
80402802:	00d7f863          	bgeu	a5,a3,80402812 <__umoddi3+0xa6>
80402806:	97c2                	add	a5,a5,a6
80402808:	0107e563          	bltu	a5,a6,80402812 <__umoddi3+0xa6>
8040280c:	00d7f363          	bgeu	a5,a3,80402812 <__umoddi3+0xa6>
80402810:	97c2                	add	a5,a5,a6
80402812:	8f95                	sub	a5,a5,a3
80402814:	0117d533          	srl	a0,a5,a7
80402818:	4581                	li	a1,0
8040281a:	8082                	ret
8040281c:	01000337          	lui	t1,0x1000
80402820:	46c1                	li	a3,16
80402822:	f66668e3          	bltu	a2,t1,80402792 <__umoddi3+0x26>
80402826:	46e1                	li	a3,24
80402828:	b7ad                	j	80402792 <__umoddi3+0x26>
8040282a:	4681                	li	a3,0
8040282c:	ca09                	beqz	a2,8040283e <__umoddi3+0xd2>
8040282e:	6741                	lui	a4,0x10
80402830:	06e67463          	bgeu	a2,a4,80402898 <__umoddi3+0x12c>
80402834:	10063693          	sltiu	a3,a2,256
80402838:	0016c693          	xor	a3,a3,1
8040283c:	068e                	sll	a3,a3,0x3
8040283e:	00d65733          	srl	a4,a2,a3
80402842:	98ba                	add	a7,a7,a4
80402844:	0008c703          	lbu	a4,0(a7)
80402848:	9736                	add	a4,a4,a3
8040284a:	02000693          	li	a3,32
8040284e:	40e688b3          	sub	a7,a3,a4
80402852:	04e69a63          	bne	a3,a4,804028a6 <__umoddi3+0x13a>
80402856:	40c58733          	sub	a4,a1,a2
8040285a:	01085593          	srl	a1,a6,0x10
8040285e:	02b75633          	divu	a2,a4,a1
80402862:	01081513          	sll	a0,a6,0x10
80402866:	8141                	srl	a0,a0,0x10
80402868:	0107d693          	srl	a3,a5,0x10
8040286c:	02b77733          	remu	a4,a4,a1
80402870:	02a60633          	mul	a2,a2,a0
80402874:	0742                	sll	a4,a4,0x10
80402876:	8f55                	or	a4,a4,a3
80402878:	00c77863          	bgeu	a4,a2,80402888 <__umoddi3+0x11c>
8040287c:	9742                	add	a4,a4,a6
8040287e:	01076563          	bltu	a4,a6,80402888 <__umoddi3+0x11c>
80402882:	00c77363          	bgeu	a4,a2,80402888 <__umoddi3+0x11c>
80402886:	9742                	add	a4,a4,a6
80402888:	8f11                	sub	a4,a4,a2
8040288a:	02b756b3          	divu	a3,a4,a1
8040288e:	02b77733          	remu	a4,a4,a1
80402892:	02a686b3          	mul	a3,a3,a0
80402896:	b795                	j	804027fa <__umoddi3+0x8e>
80402898:	01000737          	lui	a4,0x1000
8040289c:	46c1                	li	a3,16
8040289e:	fae660e3          	bltu	a2,a4,8040283e <__umoddi3+0xd2>
804028a2:	46e1                	li	a3,24
804028a4:	bf69                	j	8040283e <__umoddi3+0xd2>
804028a6:	01161833          	sll	a6,a2,a7
804028aa:	00e5d6b3          	srl	a3,a1,a4
804028ae:	011517b3          	sll	a5,a0,a7
804028b2:	011595b3          	sll	a1,a1,a7
804028b6:	00e55733          	srl	a4,a0,a4
804028ba:	01085513          	srl	a0,a6,0x10
804028be:	8f4d                	or	a4,a4,a1
804028c0:	02a6d5b3          	divu	a1,a3,a0
804028c4:	01081313          	sll	t1,a6,0x10
804028c8:	01035313          	srl	t1,t1,0x10
804028cc:	02a6f6b3          	remu	a3,a3,a0
804028d0:	026585b3          	mul	a1,a1,t1
804028d4:	01069613          	sll	a2,a3,0x10
804028d8:	01075693          	srl	a3,a4,0x10
804028dc:	8ed1                	or	a3,a3,a2
804028de:	00b6f863          	bgeu	a3,a1,804028ee <__umoddi3+0x182>
804028e2:	96c2                	add	a3,a3,a6
804028e4:	0106e563          	bltu	a3,a6,804028ee <__umoddi3+0x182>
804028e8:	00b6f363          	bgeu	a3,a1,804028ee <__umoddi3+0x182>
804028ec:	96c2                	add	a3,a3,a6
804028ee:	8e8d                	sub	a3,a3,a1
804028f0:	02a6d633          	divu	a2,a3,a0
804028f4:	0742                	sll	a4,a4,0x10
804028f6:	8341                	srl	a4,a4,0x10
804028f8:	02a6f6b3          	remu	a3,a3,a0
804028fc:	02660633          	mul	a2,a2,t1
80402900:	06c2                	sll	a3,a3,0x10
80402902:	8f55                	or	a4,a4,a3
80402904:	00c77863          	bgeu	a4,a2,80402914 <__umoddi3+0x1a8>
80402908:	9742                	add	a4,a4,a6
8040290a:	01076563          	bltu	a4,a6,80402914 <__umoddi3+0x1a8>
8040290e:	00c77363          	bgeu	a4,a2,80402914 <__umoddi3+0x1a8>
80402912:	9742                	add	a4,a4,a6
80402914:	8f11                	sub	a4,a4,a2
80402916:	b791                	j	8040285a <__umoddi3+0xee>
80402918:	16d5ed63          	bltu	a1,a3,80402a92 <__umoddi3+0x326>
8040291c:	6841                	lui	a6,0x10
8040291e:	0506f763          	bgeu	a3,a6,8040296c <__umoddi3+0x200>
80402922:	1006b813          	sltiu	a6,a3,256
80402926:	00184813          	xor	a6,a6,1
8040292a:	080e                	sll	a6,a6,0x3
8040292c:	0106d333          	srl	t1,a3,a6
80402930:	00003897          	auipc	a7,0x3
80402934:	06c88893          	add	a7,a7,108 # 8040599c <__clz_tab>
80402938:	989a                	add	a7,a7,t1
8040293a:	0008c883          	lbu	a7,0(a7)
8040293e:	02000313          	li	t1,32
80402942:	98c2                	add	a7,a7,a6
80402944:	41130833          	sub	a6,t1,a7
80402948:	03131963          	bne	t1,a7,8040297a <__umoddi3+0x20e>
8040294c:	00b6e463          	bltu	a3,a1,80402954 <__umoddi3+0x1e8>
80402950:	00c56b63          	bltu	a0,a2,80402966 <__umoddi3+0x1fa>
80402954:	40c50633          	sub	a2,a0,a2
80402958:	40d586b3          	sub	a3,a1,a3
8040295c:	00c53733          	sltu	a4,a0,a2
80402960:	87b2                	mv	a5,a2
80402962:	40e68733          	sub	a4,a3,a4
80402966:	853e                	mv	a0,a5
80402968:	85ba                	mv	a1,a4
8040296a:	8082                	ret
8040296c:	010008b7          	lui	a7,0x1000
80402970:	4841                	li	a6,16
80402972:	fb16ede3          	bltu	a3,a7,8040292c <__umoddi3+0x1c0>
80402976:	4861                	li	a6,24
80402978:	bf55                	j	8040292c <__umoddi3+0x1c0>
8040297a:	011657b3          	srl	a5,a2,a7
8040297e:	010696b3          	sll	a3,a3,a6
80402982:	8edd                	or	a3,a3,a5
80402984:	0115d733          	srl	a4,a1,a7
80402988:	0106de13          	srl	t3,a3,0x10
8040298c:	03c75f33          	divu	t5,a4,t3
80402990:	01069313          	sll	t1,a3,0x10
80402994:	01035313          	srl	t1,t1,0x10
80402998:	010597b3          	sll	a5,a1,a6
8040299c:	011555b3          	srl	a1,a0,a7
804029a0:	8ddd                	or	a1,a1,a5
804029a2:	0105d793          	srl	a5,a1,0x10
804029a6:	01061633          	sll	a2,a2,a6
804029aa:	01051533          	sll	a0,a0,a6
804029ae:	03c77733          	remu	a4,a4,t3
804029b2:	03e30eb3          	mul	t4,t1,t5
804029b6:	0742                	sll	a4,a4,0x10
804029b8:	8fd9                	or	a5,a5,a4
804029ba:	877a                	mv	a4,t5
804029bc:	01d7fc63          	bgeu	a5,t4,804029d4 <__umoddi3+0x268>
804029c0:	97b6                	add	a5,a5,a3
804029c2:	ffff0713          	add	a4,t5,-1
804029c6:	00d7e763          	bltu	a5,a3,804029d4 <__umoddi3+0x268>
804029ca:	01d7f563          	bgeu	a5,t4,804029d4 <__umoddi3+0x268>
804029ce:	ffef0713          	add	a4,t5,-2
804029d2:	97b6                	add	a5,a5,a3
804029d4:	41d787b3          	sub	a5,a5,t4
804029d8:	03c7deb3          	divu	t4,a5,t3
804029dc:	05c2                	sll	a1,a1,0x10
804029de:	81c1                	srl	a1,a1,0x10
804029e0:	03c7f7b3          	remu	a5,a5,t3
804029e4:	8e76                	mv	t3,t4
804029e6:	03d30333          	mul	t1,t1,t4
804029ea:	07c2                	sll	a5,a5,0x10
804029ec:	8ddd                	or	a1,a1,a5
804029ee:	0065fc63          	bgeu	a1,t1,80402a06 <__umoddi3+0x29a>
804029f2:	95b6                	add	a1,a1,a3
804029f4:	fffe8e13          	add	t3,t4,-1
804029f8:	00d5e763          	bltu	a1,a3,80402a06 <__umoddi3+0x29a>
804029fc:	0065f563          	bgeu	a1,t1,80402a06 <__umoddi3+0x29a>
80402a00:	ffee8e13          	add	t3,t4,-2
80402a04:	95b6                	add	a1,a1,a3
80402a06:	01071793          	sll	a5,a4,0x10
80402a0a:	6f41                	lui	t5,0x10
80402a0c:	01c7e7b3          	or	a5,a5,t3
80402a10:	406585b3          	sub	a1,a1,t1
80402a14:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
80402a18:	0067f733          	and	a4,a5,t1
80402a1c:	01065e13          	srl	t3,a2,0x10
80402a20:	83c1                	srl	a5,a5,0x10
80402a22:	00667333          	and	t1,a2,t1
80402a26:	02670eb3          	mul	t4,a4,t1
80402a2a:	02678333          	mul	t1,a5,t1
80402a2e:	03c70733          	mul	a4,a4,t3
80402a32:	03c787b3          	mul	a5,a5,t3
80402a36:	00670e33          	add	t3,a4,t1
80402a3a:	010ed713          	srl	a4,t4,0x10
80402a3e:	9772                	add	a4,a4,t3
80402a40:	00677363          	bgeu	a4,t1,80402a46 <__umoddi3+0x2da>
80402a44:	97fa                	add	a5,a5,t5
80402a46:	01075313          	srl	t1,a4,0x10
80402a4a:	979a                	add	a5,a5,t1
80402a4c:	6341                	lui	t1,0x10
80402a4e:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80402a50:	00677733          	and	a4,a4,t1
80402a54:	0742                	sll	a4,a4,0x10
80402a56:	006efeb3          	and	t4,t4,t1
80402a5a:	9776                	add	a4,a4,t4
80402a5c:	00f5e663          	bltu	a1,a5,80402a68 <__umoddi3+0x2fc>
80402a60:	00f59b63          	bne	a1,a5,80402a76 <__umoddi3+0x30a>
80402a64:	00e57963          	bgeu	a0,a4,80402a76 <__umoddi3+0x30a>
80402a68:	40c70633          	sub	a2,a4,a2
80402a6c:	00c73333          	sltu	t1,a4,a2
80402a70:	969a                	add	a3,a3,t1
80402a72:	8732                	mv	a4,a2
80402a74:	8f95                	sub	a5,a5,a3
80402a76:	40e50733          	sub	a4,a0,a4
80402a7a:	00e53533          	sltu	a0,a0,a4
80402a7e:	8d9d                	sub	a1,a1,a5
80402a80:	8d89                	sub	a1,a1,a0
80402a82:	011598b3          	sll	a7,a1,a7
80402a86:	01075733          	srl	a4,a4,a6
80402a8a:	00e8e533          	or	a0,a7,a4
80402a8e:	0105d5b3          	srl	a1,a1,a6
80402a92:	8082                	ret

80402a94 <__riscv_save_12>:
80402a94:	7139                	add	sp,sp,-64
80402a96:	4301                	li	t1,0
80402a98:	c66e                	sw	s11,12(sp)
80402a9a:	a019                	j	80402aa0 <__riscv_save_10+0x4>

80402a9c <__riscv_save_10>:
80402a9c:	7139                	add	sp,sp,-64
80402a9e:	5341                	li	t1,-16
80402aa0:	c86a                	sw	s10,16(sp)
80402aa2:	ca66                	sw	s9,20(sp)
80402aa4:	cc62                	sw	s8,24(sp)
80402aa6:	ce5e                	sw	s7,28(sp)
80402aa8:	a019                	j	80402aae <__riscv_save_4+0x4>

80402aaa <__riscv_save_4>:
80402aaa:	7139                	add	sp,sp,-64
80402aac:	5301                	li	t1,-32
80402aae:	d05a                	sw	s6,32(sp)
80402ab0:	d256                	sw	s5,36(sp)
80402ab2:	d452                	sw	s4,40(sp)
80402ab4:	d64e                	sw	s3,44(sp)
80402ab6:	d84a                	sw	s2,48(sp)
80402ab8:	da26                	sw	s1,52(sp)
80402aba:	dc22                	sw	s0,56(sp)
80402abc:	de06                	sw	ra,60(sp)
80402abe:	40610133          	sub	sp,sp,t1
80402ac2:	8282                	jr	t0

80402ac4 <__riscv_save_0>:
80402ac4:	1141                	add	sp,sp,-16
80402ac6:	c04a                	sw	s2,0(sp)
80402ac8:	c226                	sw	s1,4(sp)
80402aca:	c422                	sw	s0,8(sp)
80402acc:	c606                	sw	ra,12(sp)
80402ace:	8282                	jr	t0

80402ad0 <__riscv_restore_12>:
80402ad0:	4db2                	lw	s11,12(sp)
80402ad2:	0141                	add	sp,sp,16

80402ad4 <__riscv_restore_10>:
80402ad4:	4d02                	lw	s10,0(sp)
80402ad6:	4c92                	lw	s9,4(sp)
80402ad8:	4c22                	lw	s8,8(sp)
80402ada:	4bb2                	lw	s7,12(sp)
80402adc:	0141                	add	sp,sp,16

80402ade <__riscv_restore_4>:
80402ade:	4b02                	lw	s6,0(sp)
80402ae0:	4a92                	lw	s5,4(sp)
80402ae2:	4a22                	lw	s4,8(sp)
80402ae4:	49b2                	lw	s3,12(sp)
80402ae6:	0141                	add	sp,sp,16

80402ae8 <__riscv_restore_0>:
80402ae8:	4902                	lw	s2,0(sp)
80402aea:	4492                	lw	s1,4(sp)
80402aec:	4422                	lw	s0,8(sp)
80402aee:	40b2                	lw	ra,12(sp)
80402af0:	0141                	add	sp,sp,16
80402af2:	8082                	ret

80402af4 <memcpy>:
80402af4:	832a                	mv	t1,a0
80402af6:	ca09                	beqz	a2,80402b08 <memcpy+0x14>
80402af8:	00058383          	lb	t2,0(a1)
80402afc:	00730023          	sb	t2,0(t1)
80402b00:	167d                	add	a2,a2,-1
80402b02:	0305                	add	t1,t1,1
80402b04:	0585                	add	a1,a1,1
80402b06:	fa6d                	bnez	a2,80402af8 <memcpy+0x4>
80402b08:	8082                	ret

80402b0a <memset>:
80402b0a:	832a                	mv	t1,a0
80402b0c:	c611                	beqz	a2,80402b18 <memset+0xe>
80402b0e:	00b30023          	sb	a1,0(t1)
80402b12:	167d                	add	a2,a2,-1
80402b14:	0305                	add	t1,t1,1
80402b16:	fe65                	bnez	a2,80402b0e <memset+0x4>
80402b18:	8082                	ret

80402b1a <atoi>:
80402b1a:	4629                	li	a2,10
80402b1c:	4581                	li	a1,0
80402b1e:	00000317          	auipc	t1,0x0
80402b22:	0ae30067          	jr	174(t1) # 80402bcc <strtol>

80402b26 <printf>:
80402b26:	7139                	add	sp,sp,-64
80402b28:	da3e                	sw	a5,52(sp)
80402b2a:	804067b7          	lui	a5,0x80406
80402b2e:	d22e                	sw	a1,36(sp)
80402b30:	85aa                	mv	a1,a0
80402b32:	bac7a503          	lw	a0,-1108(a5) # 80405bac <stdout>
80402b36:	d432                	sw	a2,40(sp)
80402b38:	1050                	add	a2,sp,36
80402b3a:	ce06                	sw	ra,28(sp)
80402b3c:	d636                	sw	a3,44(sp)
80402b3e:	d83a                	sw	a4,48(sp)
80402b40:	dc42                	sw	a6,56(sp)
80402b42:	de46                	sw	a7,60(sp)
80402b44:	c632                	sw	a2,12(sp)
80402b46:	00000097          	auipc	ra,0x0
80402b4a:	3bc080e7          	jalr	956(ra) # 80402f02 <__d_vfprintf>
80402b4e:	40f2                	lw	ra,28(sp)
80402b50:	6121                	add	sp,sp,64
80402b52:	8082                	ret

80402b54 <snprintf>:
80402b54:	711d                	add	sp,sp,-96
80402b56:	dc22                	sw	s0,56(sp)
80402b58:	da26                	sw	s1,52(sp)
80402b5a:	d84a                	sw	s2,48(sp)
80402b5c:	84aa                	mv	s1,a0
80402b5e:	842e                	mv	s0,a1
80402b60:	8932                	mv	s2,a2
80402b62:	4581                	li	a1,0
80402b64:	02000613          	li	a2,32
80402b68:	0808                	add	a0,sp,16
80402b6a:	cabe                	sw	a5,84(sp)
80402b6c:	de06                	sw	ra,60(sp)
80402b6e:	c6b6                	sw	a3,76(sp)
80402b70:	c8ba                	sw	a4,80(sp)
80402b72:	ccc2                	sw	a6,88(sp)
80402b74:	cec6                	sw	a7,92(sp)
80402b76:	00000097          	auipc	ra,0x0
80402b7a:	f94080e7          	jalr	-108(ra) # 80402b0a <memset>
80402b7e:	4789                	li	a5,2
80402b80:	00f10a23          	sb	a5,20(sp)
80402b84:	804047b7          	lui	a5,0x80404
80402b88:	5d478793          	add	a5,a5,1492 # 804045d4 <__file_str_put>
80402b8c:	cc3e                	sw	a5,24(sp)
80402b8e:	d226                	sw	s1,36(sp)
80402b90:	4781                	li	a5,0
80402b92:	c809                	beqz	s0,80402ba4 <snprintf+0x50>
80402b94:	80000737          	lui	a4,0x80000
80402b98:	87a2                	mv	a5,s0
80402b9a:	00877463          	bgeu	a4,s0,80402ba2 <snprintf+0x4e>
80402b9e:	800007b7          	lui	a5,0x80000
80402ba2:	17fd                	add	a5,a5,-1 # 7fffffff <errno+0x7fffffff>
80402ba4:	94be                	add	s1,s1,a5
80402ba6:	00f0                	add	a2,sp,76
80402ba8:	85ca                	mv	a1,s2
80402baa:	0808                	add	a0,sp,16
80402bac:	d426                	sw	s1,40(sp)
80402bae:	c632                	sw	a2,12(sp)
80402bb0:	00000097          	auipc	ra,0x0
80402bb4:	352080e7          	jalr	850(ra) # 80402f02 <__d_vfprintf>
80402bb8:	c401                	beqz	s0,80402bc0 <snprintf+0x6c>
80402bba:	5792                	lw	a5,36(sp)
80402bbc:	00078023          	sb	zero,0(a5)
80402bc0:	50f2                	lw	ra,60(sp)
80402bc2:	5462                	lw	s0,56(sp)
80402bc4:	54d2                	lw	s1,52(sp)
80402bc6:	5942                	lw	s2,48(sp)
80402bc8:	6125                	add	sp,sp,96
80402bca:	8082                	ret

80402bcc <strtol>:
80402bcc:	02400793          	li	a5,36
80402bd0:	88aa                	mv	a7,a0
80402bd2:	00c7e563          	bltu	a5,a2,80402bdc <strtol+0x10>
80402bd6:	4785                	li	a5,1
80402bd8:	00f61e63          	bne	a2,a5,80402bf4 <strtol+0x28>
80402bdc:	000007b7          	lui	a5,0x0
80402be0:	004787b3          	add	a5,a5,tp
80402be4:	4759                	li	a4,22
80402be6:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402bea:	c199                	beqz	a1,80402bf0 <strtol+0x24>
80402bec:	0115a023          	sw	a7,0(a1)
80402bf0:	4501                	li	a0,0
80402bf2:	8082                	ret
80402bf4:	0ff67813          	zext.b	a6,a2
80402bf8:	4e11                	li	t3,4
80402bfa:	02000313          	li	t1,32
80402bfe:	00054783          	lbu	a5,0(a0)
80402c02:	00150713          	add	a4,a0,1
80402c06:	ff778693          	add	a3,a5,-9
80402c0a:	0ff6f693          	zext.b	a3,a3
80402c0e:	0ade7263          	bgeu	t3,a3,80402cb2 <strtol+0xe6>
80402c12:	0a678063          	beq	a5,t1,80402cb2 <strtol+0xe6>
80402c16:	02b00693          	li	a3,43
80402c1a:	08d78e63          	beq	a5,a3,80402cb6 <strtol+0xea>
80402c1e:	02d00313          	li	t1,45
80402c22:	4681                	li	a3,0
80402c24:	00679763          	bne	a5,t1,80402c32 <strtol+0x66>
80402c28:	4685                	li	a3,1
80402c2a:	00154783          	lbu	a5,1(a0)
80402c2e:	00250713          	add	a4,a0,2
80402c32:	03000513          	li	a0,48
80402c36:	08a79563          	bne	a5,a0,80402cc0 <strtol+0xf4>
80402c3a:	00074503          	lbu	a0,0(a4) # 80000000 <errno+0x80000000>
80402c3e:	07800313          	li	t1,120
80402c42:	02056513          	or	a0,a0,32
80402c46:	06651a63          	bne	a0,t1,80402cba <strtol+0xee>
80402c4a:	c601                	beqz	a2,80402c52 <strtol+0x86>
80402c4c:	4641                	li	a2,16
80402c4e:	00c81763          	bne	a6,a2,80402c5c <strtol+0x90>
80402c52:	00174783          	lbu	a5,1(a4)
80402c56:	88ba                	mv	a7,a4
80402c58:	4841                	li	a6,16
80402c5a:	0709                	add	a4,a4,2
80402c5c:	80000637          	lui	a2,0x80000
80402c60:	fff64613          	not	a2,a2
80402c64:	9636                	add	a2,a2,a3
80402c66:	03065333          	divu	t1,a2,a6
80402c6a:	4501                	li	a0,0
80402c6c:	03900e93          	li	t4,57
80402c70:	03067e33          	remu	t3,a2,a6
80402c74:	00fef963          	bgeu	t4,a5,80402c86 <strtol+0xba>
80402c78:	17fd                	add	a5,a5,-1
80402c7a:	0207e793          	or	a5,a5,32
80402c7e:	fda78793          	add	a5,a5,-38
80402c82:	0ff7f793          	zext.b	a5,a5
80402c86:	fd078793          	add	a5,a5,-48
80402c8a:	0ff7f793          	zext.b	a5,a5
80402c8e:	0307fc63          	bgeu	a5,a6,80402cc6 <strtol+0xfa>
80402c92:	00a34663          	blt	t1,a0,80402c9e <strtol+0xd2>
80402c96:	00651663          	bne	a0,t1,80402ca2 <strtol+0xd6>
80402c9a:	00fe7463          	bgeu	t3,a5,80402ca2 <strtol+0xd6>
80402c9e:	0026e693          	or	a3,a3,2
80402ca2:	88ba                	mv	a7,a4
80402ca4:	0705                	add	a4,a4,1
80402ca6:	02a80533          	mul	a0,a6,a0
80402caa:	953e                	add	a0,a0,a5
80402cac:	fff74783          	lbu	a5,-1(a4)
80402cb0:	b7d1                	j	80402c74 <strtol+0xa8>
80402cb2:	853a                	mv	a0,a4
80402cb4:	b7a9                	j	80402bfe <strtol+0x32>
80402cb6:	4681                	li	a3,0
80402cb8:	bf8d                	j	80402c2a <strtol+0x5e>
80402cba:	f24d                	bnez	a2,80402c5c <strtol+0x90>
80402cbc:	4821                	li	a6,8
80402cbe:	bf79                	j	80402c5c <strtol+0x90>
80402cc0:	fe51                	bnez	a2,80402c5c <strtol+0x90>
80402cc2:	4829                	li	a6,10
80402cc4:	bf61                	j	80402c5c <strtol+0x90>
80402cc6:	0016f793          	and	a5,a3,1
80402cca:	c399                	beqz	a5,80402cd0 <strtol+0x104>
80402ccc:	40a00533          	neg	a0,a0
80402cd0:	8a89                	and	a3,a3,2
80402cd2:	ca91                	beqz	a3,80402ce6 <strtol+0x11a>
80402cd4:	000007b7          	lui	a5,0x0
80402cd8:	004787b3          	add	a5,a5,tp
80402cdc:	02200713          	li	a4,34
80402ce0:	8532                	mv	a0,a2
80402ce2:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80402ce6:	c199                	beqz	a1,80402cec <strtol+0x120>
80402ce8:	0115a023          	sw	a7,0(a1)
80402cec:	8082                	ret

80402cee <__ultoa_invert>:
80402cee:	00000317          	auipc	t1,0x0
80402cf2:	dae302e7          	jalr	t0,-594(t1) # 80402a9c <__riscv_save_10>
80402cf6:	2006f793          	and	a5,a3,512
80402cfa:	89aa                	mv	s3,a0
80402cfc:	8a2e                	mv	s4,a1
80402cfe:	8932                	mv	s2,a2
80402d00:	84b6                	mv	s1,a3
80402d02:	02700b13          	li	s6,39
80402d06:	c781                	beqz	a5,80402d0e <__ultoa_invert+0x20>
80402d08:	dff6f493          	and	s1,a3,-513
80402d0c:	4b1d                	li	s6,7
80402d0e:	41f4da93          	sra	s5,s1,0x1f
80402d12:	4ca5                	li	s9,9
80402d14:	8626                	mv	a2,s1
80402d16:	86d6                	mv	a3,s5
80402d18:	854e                	mv	a0,s3
80402d1a:	85d2                	mv	a1,s4
80402d1c:	00000097          	auipc	ra,0x0
80402d20:	a50080e7          	jalr	-1456(ra) # 8040276c <__umoddi3>
80402d24:	85d2                	mv	a1,s4
80402d26:	0ff57413          	zext.b	s0,a0
80402d2a:	8626                	mv	a2,s1
80402d2c:	854e                	mv	a0,s3
80402d2e:	86d6                	mv	a3,s5
80402d30:	fffff097          	auipc	ra,0xfffff
80402d34:	6de080e7          	jalr	1758(ra) # 8040240e <__udivdi3>
80402d38:	8c4e                	mv	s8,s3
80402d3a:	8bd2                	mv	s7,s4
80402d3c:	89aa                	mv	s3,a0
80402d3e:	8a2e                	mv	s4,a1
80402d40:	008cf563          	bgeu	s9,s0,80402d4a <__ultoa_invert+0x5c>
80402d44:	945a                	add	s0,s0,s6
80402d46:	0ff47413          	zext.b	s0,s0
80402d4a:	0905                	add	s2,s2,1
80402d4c:	03040413          	add	s0,s0,48
80402d50:	fe890fa3          	sb	s0,-1(s2)
80402d54:	015be663          	bltu	s7,s5,80402d60 <__ultoa_invert+0x72>
80402d58:	fb7a9ee3          	bne	s5,s7,80402d14 <__ultoa_invert+0x26>
80402d5c:	fa9c7ce3          	bgeu	s8,s1,80402d14 <__ultoa_invert+0x26>
80402d60:	854a                	mv	a0,s2
80402d62:	00000317          	auipc	t1,0x0
80402d66:	d7230067          	jr	-654(t1) # 80402ad4 <__riscv_restore_10>

80402d6a <skip_to_arg>:
80402d6a:	00000317          	auipc	t1,0x0
80402d6e:	d32302e7          	jalr	t0,-718(t1) # 80402a9c <__riscv_save_10>
80402d72:	4305                	li	t1,1
80402d74:	02500f13          	li	t5,37
80402d78:	88aa                	mv	a7,a0
80402d7a:	00c34663          	blt	t1,a2,80402d86 <skip_to_arg+0x1c>
80402d7e:	00000317          	auipc	t1,0x0
80402d82:	d5630067          	jr	-682(t1) # 80402ad4 <__riscv_restore_10>
80402d86:	87c6                	mv	a5,a7
80402d88:	88be                	mv	a7,a5
80402d8a:	0007c703          	lbu	a4,0(a5)
80402d8e:	0785                	add	a5,a5,1
80402d90:	d77d                	beqz	a4,80402d7e <skip_to_arg+0x14>
80402d92:	ffe71be3          	bne	a4,t5,80402d88 <skip_to_arg+0x1e>
80402d96:	0007c703          	lbu	a4,0(a5)
80402d9a:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80402d9c:	ffe705e3          	beq	a4,t5,80402d86 <skip_to_arg+0x1c>
80402da0:	6ecd                	lui	t4,0x13
80402da2:	4681                	li	a3,0
80402da4:	4e01                	li	t3,0
80402da6:	4781                	li	a5,0
80402da8:	42fd                	li	t0,31
80402daa:	06c00f93          	li	t6,108
80402dae:	07400393          	li	t2,116
80402db2:	07a00413          	li	s0,122
80402db6:	06800493          	li	s1,104
80402dba:	06a00913          	li	s2,106
80402dbe:	04c00993          	li	s3,76
80402dc2:	4a25                	li	s4,9
80402dc4:	02400a93          	li	s5,36
80402dc8:	07f00b13          	li	s6,127
80402dcc:	4bc1                	li	s7,16
80402dce:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80402dd2:	04f2e263          	bltu	t0,a5,80402e16 <skip_to_arg+0xac>
80402dd6:	fe070813          	add	a6,a4,-32
80402dda:	0ff87813          	zext.b	a6,a6
80402dde:	030bf163          	bgeu	s7,a6,80402e00 <skip_to_arg+0x96>
80402de2:	fd070813          	add	a6,a4,-48
80402de6:	0ff87813          	zext.b	a6,a6
80402dea:	4c25                	li	s8,9
80402dec:	050c6563          	bltu	s8,a6,80402e36 <skip_to_arg+0xcc>
80402df0:	47a9                	li	a5,10
80402df2:	02f687b3          	mul	a5,a3,a5
80402df6:	00f806b3          	add	a3,a6,a5
80402dfa:	02000793          	li	a5,32
80402dfe:	a039                	j	80402e0c <skip_to_arg+0xa2>
80402e00:	010ed833          	srl	a6,t4,a6
80402e04:	00187813          	and	a6,a6,1
80402e08:	00080963          	beqz	a6,80402e1a <skip_to_arg+0xb0>
80402e0c:	0008c703          	lbu	a4,0(a7)
80402e10:	0885                	add	a7,a7,1
80402e12:	f361                	bnez	a4,80402dd2 <skip_to_arg+0x68>
80402e14:	a8b1                	j	80402e70 <skip_to_arg+0x106>
80402e16:	04fb6363          	bltu	s6,a5,80402e5c <skip_to_arg+0xf2>
80402e1a:	fd070813          	add	a6,a4,-48
80402e1e:	0ff87813          	zext.b	a6,a6
80402e22:	fd0a77e3          	bgeu	s4,a6,80402df0 <skip_to_arg+0x86>
80402e26:	03571563          	bne	a4,s5,80402e50 <skip_to_arg+0xe6>
80402e2a:	0a0e0063          	beqz	t3,80402eca <skip_to_arg+0x160>
80402e2e:	0a668063          	beq	a3,t1,80402ece <skip_to_arg+0x164>
80402e32:	4681                	li	a3,0
80402e34:	bfe1                	j	80402e0c <skip_to_arg+0xa2>
80402e36:	0fb77813          	and	a6,a4,251
80402e3a:	02a00c13          	li	s8,42
80402e3e:	ff880ae3          	beq	a6,s8,80402e32 <skip_to_arg+0xc8>
80402e42:	06c00813          	li	a6,108
80402e46:	01071d63          	bne	a4,a6,80402e60 <skip_to_arg+0xf6>
80402e4a:	0807e793          	or	a5,a5,128
80402e4e:	bf7d                	j	80402e0c <skip_to_arg+0xa2>
80402e50:	0fb77813          	and	a6,a4,251
80402e54:	02a00c13          	li	s8,42
80402e58:	fd880de3          	beq	a6,s8,80402e32 <skip_to_arg+0xc8>
80402e5c:	05f70663          	beq	a4,t6,80402ea8 <skip_to_arg+0x13e>
80402e60:	02efef63          	bltu	t6,a4,80402e9e <skip_to_arg+0x134>
80402e64:	04970863          	beq	a4,s1,80402eb4 <skip_to_arg+0x14a>
80402e68:	05270e63          	beq	a4,s2,80402ec4 <skip_to_arg+0x15a>
80402e6c:	05370c63          	beq	a4,s3,80402ec4 <skip_to_arg+0x15a>
80402e70:	f00e07e3          	beqz	t3,80402d7e <skip_to_arg+0x14>
80402e74:	f06e13e3          	bne	t3,t1,80402d7a <skip_to_arg+0x10>
80402e78:	02076893          	or	a7,a4,32
80402e7c:	f9b88813          	add	a6,a7,-101
80402e80:	0ff87813          	zext.b	a6,a6
80402e84:	4e09                	li	t3,2
80402e86:	4194                	lw	a3,0(a1)
80402e88:	010e7663          	bgeu	t3,a6,80402e94 <skip_to_arg+0x12a>
80402e8c:	06100813          	li	a6,97
80402e90:	05089263          	bne	a7,a6,80402ed4 <skip_to_arg+0x16a>
80402e94:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
80402e96:	9ae1                	and	a3,a3,-8
80402e98:	00868713          	add	a4,a3,8
80402e9c:	a091                	j	80402ee0 <skip_to_arg+0x176>
80402e9e:	f67707e3          	beq	a4,t2,80402e0c <skip_to_arg+0xa2>
80402ea2:	f68705e3          	beq	a4,s0,80402e0c <skip_to_arg+0xa2>
80402ea6:	b7e9                	j	80402e70 <skip_to_arg+0x106>
80402ea8:	0807f713          	and	a4,a5,128
80402eac:	df59                	beqz	a4,80402e4a <skip_to_arg+0xe0>
80402eae:	2007e793          	or	a5,a5,512
80402eb2:	bf61                	j	80402e4a <skip_to_arg+0xe0>
80402eb4:	1007f713          	and	a4,a5,256
80402eb8:	c319                	beqz	a4,80402ebe <skip_to_arg+0x154>
80402eba:	2007e793          	or	a5,a5,512
80402ebe:	1007e793          	or	a5,a5,256
80402ec2:	b7a9                	j	80402e0c <skip_to_arg+0xa2>
80402ec4:	2807e793          	or	a5,a5,640
80402ec8:	b791                	j	80402e0c <skip_to_arg+0xa2>
80402eca:	8e36                	mv	t3,a3
80402ecc:	b79d                	j	80402e32 <skip_to_arg+0xc8>
80402ece:	06300713          	li	a4,99
80402ed2:	b75d                	j	80402e78 <skip_to_arg+0x10e>
80402ed4:	06300813          	li	a6,99
80402ed8:	01071763          	bne	a4,a6,80402ee6 <skip_to_arg+0x17c>
80402edc:	00468713          	add	a4,a3,4
80402ee0:	c198                	sw	a4,0(a1)
80402ee2:	0305                	add	t1,t1,1
80402ee4:	bd51                	j	80402d78 <skip_to_arg+0xe>
80402ee6:	07300813          	li	a6,115
80402eea:	ff0709e3          	beq	a4,a6,80402edc <skip_to_arg+0x172>
80402eee:	0807f813          	and	a6,a5,128
80402ef2:	00468713          	add	a4,a3,4
80402ef6:	fe0805e3          	beqz	a6,80402ee0 <skip_to_arg+0x176>
80402efa:	2007f793          	and	a5,a5,512
80402efe:	d3ed                	beqz	a5,80402ee0 <skip_to_arg+0x176>
80402f00:	bf51                	j	80402e94 <skip_to_arg+0x12a>

80402f02 <__d_vfprintf>:
80402f02:	00000317          	auipc	t1,0x0
80402f06:	b92302e7          	jalr	t0,-1134(t1) # 80402a94 <__riscv_save_12>
80402f0a:	00454783          	lbu	a5,4(a0)
80402f0e:	7139                	add	sp,sp,-64
80402f10:	c02a                	sw	a0,0(sp)
80402f12:	c42e                	sw	a1,8(sp)
80402f14:	c632                	sw	a2,12(sp)
80402f16:	8b89                	and	a5,a5,2
80402f18:	00852a03          	lw	s4,8(a0)
80402f1c:	c785                	beqz	a5,80402f44 <__d_vfprintf+0x42>
80402f1e:	d232                	sw	a2,36(sp)
80402f20:	87ae                	mv	a5,a1
80402f22:	4401                	li	s0,0
80402f24:	0007c903          	lbu	s2,0(a5)
80402f28:	00090f63          	beqz	s2,80402f46 <__d_vfprintf+0x44>
80402f2c:	02500713          	li	a4,37
80402f30:	02e90163          	beq	s2,a4,80402f52 <__d_vfprintf+0x50>
80402f34:	0785                	add	a5,a5,1
80402f36:	c23e                	sw	a5,4(sp)
80402f38:	4582                	lw	a1,0(sp)
80402f3a:	854a                	mv	a0,s2
80402f3c:	0405                	add	s0,s0,1
80402f3e:	9a02                	jalr	s4
80402f40:	2a0557e3          	bgez	a0,804039ee <__d_vfprintf+0xaec>
80402f44:	547d                	li	s0,-1
80402f46:	8522                	mv	a0,s0
80402f48:	6121                	add	sp,sp,64
80402f4a:	00000317          	auipc	t1,0x0
80402f4e:	b8630067          	jr	-1146(t1) # 80402ad0 <__riscv_restore_12>
80402f52:	0017c903          	lbu	s2,1(a5)
80402f56:	00278713          	add	a4,a5,2
80402f5a:	c23a                	sw	a4,4(sp)
80402f5c:	02500793          	li	a5,37
80402f60:	fcf90ce3          	beq	s2,a5,80402f38 <__d_vfprintf+0x36>
80402f64:	804054b7          	lui	s1,0x80405
80402f68:	4a81                	li	s5,0
80402f6a:	4d01                	li	s10,0
80402f6c:	4b01                	li	s6,0
80402f6e:	4d81                	li	s11,0
80402f70:	06c00993          	li	s3,108
80402f74:	07400b93          	li	s7,116
80402f78:	07a00c13          	li	s8,122
80402f7c:	06800c93          	li	s9,104
80402f80:	5d048493          	add	s1,s1,1488 # 804055d0 <msg.0+0x1c>
80402f84:	47fd                	li	a5,31
80402f86:	07b7e163          	bltu	a5,s11,80402fe8 <__d_vfprintf+0xe6>
80402f8a:	fe090793          	add	a5,s2,-32
80402f8e:	0ff7f793          	zext.b	a5,a5
80402f92:	4741                	li	a4,16
80402f94:	00f76663          	bltu	a4,a5,80402fa0 <__d_vfprintf+0x9e>
80402f98:	078a                	sll	a5,a5,0x2
80402f9a:	97a6                	add	a5,a5,s1
80402f9c:	439c                	lw	a5,0(a5)
80402f9e:	8782                	jr	a5
80402fa0:	fd090793          	add	a5,s2,-48
80402fa4:	0ff7f793          	zext.b	a5,a5
80402fa8:	4725                	li	a4,9
80402faa:	06f76463          	bltu	a4,a5,80403012 <__d_vfprintf+0x110>
80402fae:	46a9                	li	a3,10
80402fb0:	02db06b3          	mul	a3,s6,a3
80402fb4:	00f68b33          	add	s6,a3,a5
80402fb8:	020ded93          	or	s11,s11,32
80402fbc:	a019                	j	80402fc2 <__d_vfprintf+0xc0>
80402fbe:	001ded93          	or	s11,s11,1
80402fc2:	4792                	lw	a5,4(sp)
80402fc4:	0007c903          	lbu	s2,0(a5)
80402fc8:	0785                	add	a5,a5,1
80402fca:	c23e                	sw	a5,4(sp)
80402fcc:	fa091ce3          	bnez	s2,80402f84 <__d_vfprintf+0x82>
80402fd0:	a8cd                	j	804030c2 <__d_vfprintf+0x1c0>
80402fd2:	002ded93          	or	s11,s11,2
80402fd6:	004ded93          	or	s11,s11,4
80402fda:	b7e5                	j	80402fc2 <__d_vfprintf+0xc0>
80402fdc:	008ded93          	or	s11,s11,8
80402fe0:	b7cd                	j	80402fc2 <__d_vfprintf+0xc0>
80402fe2:	010ded93          	or	s11,s11,16
80402fe6:	bff1                	j	80402fc2 <__d_vfprintf+0xc0>
80402fe8:	07f00793          	li	a5,127
80402fec:	0bb7ed63          	bltu	a5,s11,804030a6 <__d_vfprintf+0x1a4>
80402ff0:	fd090693          	add	a3,s2,-48
80402ff4:	0ff6f693          	zext.b	a3,a3
80402ff8:	47a5                	li	a5,9
80402ffa:	00d7ec63          	bltu	a5,a3,80403012 <__d_vfprintf+0x110>
80402ffe:	040df613          	and	a2,s11,64
80403002:	87b6                	mv	a5,a3
80403004:	d64d                	beqz	a2,80402fae <__d_vfprintf+0xac>
80403006:	47a9                	li	a5,10
80403008:	02fd07b3          	mul	a5,s10,a5
8040300c:	00d78d33          	add	s10,a5,a3
80403010:	bf4d                	j	80402fc2 <__d_vfprintf+0xc0>
80403012:	02a00793          	li	a5,42
80403016:	02f91663          	bne	s2,a5,80403042 <__d_vfprintf+0x140>
8040301a:	fa0a94e3          	bnez	s5,80402fc2 <__d_vfprintf+0xc0>
8040301e:	5692                	lw	a3,36(sp)
80403020:	040df793          	and	a5,s11,64
80403024:	00468613          	add	a2,a3,4
80403028:	4294                	lw	a3,0(a3)
8040302a:	d232                	sw	a2,36(sp)
8040302c:	c399                	beqz	a5,80403032 <__d_vfprintf+0x130>
8040302e:	8d36                	mv	s10,a3
80403030:	bf49                	j	80402fc2 <__d_vfprintf+0xc0>
80403032:	8b36                	mv	s6,a3
80403034:	f806d2e3          	bgez	a3,80402fb8 <__d_vfprintf+0xb6>
80403038:	40d00b33          	neg	s6,a3
8040303c:	028ded93          	or	s11,s11,40
80403040:	b749                	j	80402fc2 <__d_vfprintf+0xc0>
80403042:	02e00793          	li	a5,46
80403046:	00f91963          	bne	s2,a5,80403058 <__d_vfprintf+0x156>
8040304a:	040df793          	and	a5,s11,64
8040304e:	ee079ce3          	bnez	a5,80402f46 <__d_vfprintf+0x44>
80403052:	040ded93          	or	s11,s11,64
80403056:	b7b5                	j	80402fc2 <__d_vfprintf+0xc0>
80403058:	02400793          	li	a5,36
8040305c:	04f91563          	bne	s2,a5,804030a6 <__d_vfprintf+0x1a4>
80403060:	140a8363          	beqz	s5,804031a6 <__d_vfprintf+0x2a4>
80403064:	47b2                	lw	a5,12(sp)
80403066:	d23e                	sw	a5,36(sp)
80403068:	040df793          	and	a5,s11,64
8040306c:	ef99                	bnez	a5,8040308a <__d_vfprintf+0x188>
8040306e:	4522                	lw	a0,8(sp)
80403070:	865a                	mv	a2,s6
80403072:	104c                	add	a1,sp,36
80403074:	00000097          	auipc	ra,0x0
80403078:	cf6080e7          	jalr	-778(ra) # 80402d6a <skip_to_arg>
8040307c:	5792                	lw	a5,36(sp)
8040307e:	00478693          	add	a3,a5,4
80403082:	0007ab03          	lw	s6,0(a5)
80403086:	d236                	sw	a3,36(sp)
80403088:	bf2d                	j	80402fc2 <__d_vfprintf+0xc0>
8040308a:	4522                	lw	a0,8(sp)
8040308c:	866a                	mv	a2,s10
8040308e:	104c                	add	a1,sp,36
80403090:	00000097          	auipc	ra,0x0
80403094:	cda080e7          	jalr	-806(ra) # 80402d6a <skip_to_arg>
80403098:	5792                	lw	a5,36(sp)
8040309a:	00478693          	add	a3,a5,4
8040309e:	0007ad03          	lw	s10,0(a5)
804030a2:	d236                	sw	a3,36(sp)
804030a4:	bf39                	j	80402fc2 <__d_vfprintf+0xc0>
804030a6:	0d390d63          	beq	s2,s3,80403180 <__d_vfprintf+0x27e>
804030aa:	0d29e663          	bltu	s3,s2,80403176 <__d_vfprintf+0x274>
804030ae:	0f990163          	beq	s2,s9,80403190 <__d_vfprintf+0x28e>
804030b2:	06a00793          	li	a5,106
804030b6:	0ef90563          	beq	s2,a5,804031a0 <__d_vfprintf+0x29e>
804030ba:	04c00793          	li	a5,76
804030be:	0ef90163          	beq	s2,a5,804031a0 <__d_vfprintf+0x29e>
804030c2:	000a8b63          	beqz	s5,804030d8 <__d_vfprintf+0x1d6>
804030c6:	47b2                	lw	a5,12(sp)
804030c8:	4522                	lw	a0,8(sp)
804030ca:	8656                	mv	a2,s5
804030cc:	104c                	add	a1,sp,36
804030ce:	d23e                	sw	a5,36(sp)
804030d0:	00000097          	auipc	ra,0x0
804030d4:	c9a080e7          	jalr	-870(ra) # 80402d6a <skip_to_arg>
804030d8:	000d5963          	bgez	s10,804030ea <__d_vfprintf+0x1e8>
804030dc:	fbfdf813          	and	a6,s11,-65
804030e0:	01081d93          	sll	s11,a6,0x10
804030e4:	010ddd93          	srl	s11,s11,0x10
804030e8:	4d01                	li	s10,0
804030ea:	02096c93          	or	s9,s2,32
804030ee:	f9bc8793          	add	a5,s9,-101
804030f2:	0ff7f793          	zext.b	a5,a5
804030f6:	4709                	li	a4,2
804030f8:	0af77d63          	bgeu	a4,a5,804031b2 <__d_vfprintf+0x2b0>
804030fc:	06100793          	li	a5,97
80403100:	6afc9763          	bne	s9,a5,804037ae <__d_vfprintf+0x8ac>
80403104:	5792                	lw	a5,36(sp)
80403106:	6a89                	lui	s5,0x2
80403108:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
8040310c:	079d                	add	a5,a5,7
8040310e:	9be1                	and	a5,a5,-8
80403110:	0047ab83          	lw	s7,4(a5)
80403114:	0007a883          	lw	a7,0(a5)
80403118:	00878713          	add	a4,a5,8
8040311c:	414bd993          	sra	s3,s7,0x14
80403120:	00cb9c13          	sll	s8,s7,0xc
80403124:	7ff9f993          	and	s3,s3,2047
80403128:	00cc5c93          	srl	s9,s8,0xc
8040312c:	015deab3          	or	s5,s11,s5
80403130:	0119e533          	or	a0,s3,a7
80403134:	fff94913          	not	s2,s2
80403138:	0ac2                	sll	s5,s5,0x10
8040313a:	d23a                	sw	a4,36(sp)
8040313c:	019567b3          	or	a5,a0,s9
80403140:	02097913          	and	s2,s2,32
80403144:	010ada93          	srl	s5,s5,0x10
80403148:	86c6                	mv	a3,a7
8040314a:	8c66                	mv	s8,s9
8040314c:	040df813          	and	a6,s11,64
80403150:	01fbdb93          	srl	s7,s7,0x1f
80403154:	efcd                	bnez	a5,8040320e <__d_vfprintf+0x30c>
80403156:	03000793          	li	a5,48
8040315a:	0ffbfb93          	zext.b	s7,s7
8040315e:	02f106a3          	sb	a5,45(sp)
80403162:	03710623          	sb	s7,44(sp)
80403166:	26080363          	beqz	a6,804033cc <__d_vfprintf+0x4ca>
8040316a:	47b1                	li	a5,12
8040316c:	4981                	li	s3,0
8040316e:	0da7d463          	bge	a5,s10,80403236 <__d_vfprintf+0x334>
80403172:	4d35                	li	s10,13
80403174:	aab5                	j	804032f0 <__d_vfprintf+0x3ee>
80403176:	e57906e3          	beq	s2,s7,80402fc2 <__d_vfprintf+0xc0>
8040317a:	e58904e3          	beq	s2,s8,80402fc2 <__d_vfprintf+0xc0>
8040317e:	b791                	j	804030c2 <__d_vfprintf+0x1c0>
80403180:	080df793          	and	a5,s11,128
80403184:	c399                	beqz	a5,8040318a <__d_vfprintf+0x288>
80403186:	200ded93          	or	s11,s11,512
8040318a:	080ded93          	or	s11,s11,128
8040318e:	bd15                	j	80402fc2 <__d_vfprintf+0xc0>
80403190:	100df793          	and	a5,s11,256
80403194:	c399                	beqz	a5,8040319a <__d_vfprintf+0x298>
80403196:	200ded93          	or	s11,s11,512
8040319a:	100ded93          	or	s11,s11,256
8040319e:	b515                	j	80402fc2 <__d_vfprintf+0xc0>
804031a0:	280ded93          	or	s11,s11,640
804031a4:	bd39                	j	80402fc2 <__d_vfprintf+0xc0>
804031a6:	875a                	mv	a4,s6
804031a8:	4d01                	li	s10,0
804031aa:	4b01                	li	s6,0
804031ac:	8aba                	mv	s5,a4
804031ae:	4d81                	li	s11,0
804031b0:	bd09                	j	80402fc2 <__d_vfprintf+0xc0>
804031b2:	5792                	lw	a5,36(sp)
804031b4:	fff94913          	not	s2,s2
804031b8:	02097913          	and	s2,s2,32
804031bc:	079d                	add	a5,a5,7
804031be:	9be1                	and	a5,a5,-8
804031c0:	00878713          	add	a4,a5,8
804031c4:	4388                	lw	a0,0(a5)
804031c6:	43cc                	lw	a1,4(a5)
804031c8:	d23a                	sw	a4,36(sp)
804031ca:	040df793          	and	a5,s11,64
804031ce:	22078363          	beqz	a5,804033f4 <__d_vfprintf+0x4f2>
804031d2:	06500793          	li	a5,101
804031d6:	22fc9163          	bne	s9,a5,804033f8 <__d_vfprintf+0x4f6>
804031da:	6785                	lui	a5,0x1
804031dc:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fbe5581>
804031e0:	00fdedb3          	or	s11,s11,a5
804031e4:	0ff67613          	zext.b	a2,a2
804031e8:	4701                	li	a4,0
804031ea:	4781                	li	a5,0
804031ec:	4345                	li	t1,17
804031ee:	0ff67693          	zext.b	a3,a2
804031f2:	00c37363          	bgeu	t1,a2,804031f8 <__d_vfprintf+0x2f6>
804031f6:	46c5                	li	a3,17
804031f8:	1030                	add	a2,sp,40
804031fa:	00001097          	auipc	ra,0x1
804031fe:	b52080e7          	jalr	-1198(ra) # 80403d4c <__dtoa_engine>
80403202:	0ff57b93          	zext.b	s7,a0
80403206:	59a2                	lw	s3,40(sp)
80403208:	8aee                	mv	s5,s11
8040320a:	4c09                	li	s8,2
8040320c:	aa21                	j	80403324 <__d_vfprintf+0x422>
8040320e:	03100793          	li	a5,49
80403212:	00099563          	bnez	s3,8040321c <__d_vfprintf+0x31a>
80403216:	03000793          	li	a5,48
8040321a:	4985                	li	s3,1
8040321c:	0ffbfb93          	zext.b	s7,s7
80403220:	02f106a3          	sb	a5,45(sp)
80403224:	03710623          	sb	s7,44(sp)
80403228:	c0198993          	add	s3,s3,-1023
8040322c:	18080763          	beqz	a6,804033ba <__d_vfprintf+0x4b8>
80403230:	47b1                	li	a5,12
80403232:	19a7c663          	blt	a5,s10,804033be <__d_vfprintf+0x4bc>
80403236:	4335                	li	t1,13
80403238:	41a30333          	sub	t1,t1,s10
8040323c:	00231d93          	sll	s11,t1,0x2
80403240:	fffd8613          	add	a2,s11,-1
80403244:	4505                	li	a0,1
80403246:	4581                	li	a1,0
80403248:	ca46                	sw	a7,20(sp)
8040324a:	c836                	sw	a3,16(sp)
8040324c:	fffff097          	auipc	ra,0xfffff
80403250:	134080e7          	jalr	308(ra) # 80402380 <__ashldi3>
80403254:	84aa                	mv	s1,a0
80403256:	872e                	mv	a4,a1
80403258:	00171793          	sll	a5,a4,0x1
8040325c:	85aa                	mv	a1,a0
8040325e:	01f4d513          	srl	a0,s1,0x1f
80403262:	00149e13          	sll	t3,s1,0x1
80403266:	8fc9                	or	a5,a5,a0
80403268:	40f00c33          	neg	s8,a5
8040326c:	01c03533          	snez	a0,t3
80403270:	48d2                	lw	a7,20(sp)
80403272:	41c00833          	neg	a6,t3
80403276:	40ac0c33          	sub	s8,s8,a0
8040327a:	fffe0513          	add	a0,t3,-1
8040327e:	001e3e13          	seqz	t3,t3
80403282:	41c787b3          	sub	a5,a5,t3
80403286:	0197f7b3          	and	a5,a5,s9
8040328a:	01157533          	and	a0,a0,a7
8040328e:	02f74863          	blt	a4,a5,804032be <__d_vfprintf+0x3bc>
80403292:	46c2                	lw	a3,16(sp)
80403294:	00e79463          	bne	a5,a4,8040329c <__d_vfprintf+0x39a>
80403298:	02a5e363          	bltu	a1,a0,804032be <__d_vfprintf+0x3bc>
8040329c:	8546                	mv	a0,a7
8040329e:	866e                	mv	a2,s11
804032a0:	85e6                	mv	a1,s9
804032a2:	ce3a                	sw	a4,28(sp)
804032a4:	cc42                	sw	a6,24(sp)
804032a6:	ca36                	sw	a3,20(sp)
804032a8:	c846                	sw	a7,16(sp)
804032aa:	fffff097          	auipc	ra,0xfffff
804032ae:	0fe080e7          	jalr	254(ra) # 804023a8 <__ashrdi3>
804032b2:	8905                	and	a0,a0,1
804032b4:	48c2                	lw	a7,16(sp)
804032b6:	46d2                	lw	a3,20(sp)
804032b8:	4862                	lw	a6,24(sp)
804032ba:	4772                	lw	a4,28(sp)
804032bc:	c94d                	beqz	a0,8040336e <__d_vfprintf+0x46c>
804032be:	00988533          	add	a0,a7,s1
804032c2:	01153db3          	sltu	s11,a0,a7
804032c6:	9766                	add	a4,a4,s9
804032c8:	00ed8cb3          	add	s9,s11,a4
804032cc:	001007b7          	lui	a5,0x100
804032d0:	86aa                	mv	a3,a0
804032d2:	08fcce63          	blt	s9,a5,8040336e <__d_vfprintf+0x46c>
804032d6:	02d14783          	lbu	a5,45(sp)
804032da:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
804032dc:	02f106a3          	sb	a5,45(sp)
804032e0:	40000793          	li	a5,1024
804032e4:	0af98163          	beq	s3,a5,80403386 <__d_vfprintf+0x484>
804032e8:	00a87533          	and	a0,a6,a0
804032ec:	019c7c33          	and	s8,s8,s9
804032f0:	05700613          	li	a2,87
804032f4:	1034                	add	a3,sp,40
804032f6:	4735                	li	a4,13
804032f8:	45a5                	li	a1,9
804032fa:	41260633          	sub	a2,a2,s2
804032fe:	01cc1813          	sll	a6,s8,0x1c
80403302:	00f57793          	and	a5,a0,15
80403306:	8111                	srl	a0,a0,0x4
80403308:	00a86533          	or	a0,a6,a0
8040330c:	404c5c13          	sra	s8,s8,0x4
80403310:	e7e1                	bnez	a5,804033d8 <__d_vfprintf+0x4d6>
80403312:	0ced5563          	bge	s10,a4,804033dc <__d_vfprintf+0x4da>
80403316:	177d                	add	a4,a4,-1
80403318:	16fd                	add	a3,a3,-1
8040331a:	f375                	bnez	a4,804032fe <__d_vfprintf+0x3fc>
8040331c:	4c05                	li	s8,1
8040331e:	4bb9                	li	s7,14
80403320:	07000c93          	li	s9,112
80403324:	00998713          	add	a4,s3,9
80403328:	46c9                	li	a3,18
8040332a:	87ce                	mv	a5,s3
8040332c:	06e6e863          	bltu	a3,a4,8040339c <__d_vfprintf+0x49a>
80403330:	02c14703          	lbu	a4,44(sp)
80403334:	00177d93          	and	s11,a4,1
80403338:	8b31                	and	a4,a4,12
8040333a:	120d9a63          	bnez	s11,8040346e <__d_vfprintf+0x56c>
8040333e:	002af793          	and	a5,s5,2
80403342:	12079263          	bnez	a5,80403466 <__d_vfprintf+0x564>
80403346:	004af793          	and	a5,s5,4
8040334a:	cfe9                	beqz	a5,80403424 <__d_vfprintf+0x522>
8040334c:	12071563          	bnez	a4,80403476 <__d_vfprintf+0x574>
80403350:	02000713          	li	a4,32
80403354:	678d                	lui	a5,0x3
80403356:	00faf7b3          	and	a5,s5,a5
8040335a:	1c079363          	bnez	a5,80403520 <__d_vfprintf+0x61e>
8040335e:	000d1363          	bnez	s10,80403364 <__d_vfprintf+0x462>
80403362:	4d05                	li	s10,1
80403364:	103c                	add	a5,sp,40
80403366:	97de                	add	a5,a5,s7
80403368:	03000693          	li	a3,48
8040336c:	aa9d                	j	804034e2 <__d_vfprintf+0x5e0>
8040336e:	0106f6b3          	and	a3,a3,a6
80403372:	018cfcb3          	and	s9,s9,s8
80403376:	40000793          	li	a5,1024
8040337a:	04f99c63          	bne	s3,a5,804033d2 <__d_vfprintf+0x4d0>
8040337e:	0196ecb3          	or	s9,a3,s9
80403382:	040c8063          	beqz	s9,804033c2 <__d_vfprintf+0x4c0>
80403386:	008beb93          	or	s7,s7,8
8040338a:	03710623          	sb	s7,44(sp)
8040338e:	40000993          	li	s3,1024
80403392:	4bb9                	li	s7,14
80403394:	07000c93          	li	s9,112
80403398:	40000793          	li	a5,1024
8040339c:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
804033a0:	0c600693          	li	a3,198
804033a4:	4c09                	li	s8,2
804033a6:	f8e6f5e3          	bgeu	a3,a4,80403330 <__d_vfprintf+0x42e>
804033aa:	3e778793          	add	a5,a5,999
804033ae:	7ce00c13          	li	s8,1998
804033b2:	00fc3c33          	sltu	s8,s8,a5
804033b6:	0c0d                	add	s8,s8,3
804033b8:	bfa5                	j	80403330 <__d_vfprintf+0x42e>
804033ba:	4d01                	li	s10,0
804033bc:	bf6d                	j	80403376 <__d_vfprintf+0x474>
804033be:	4d35                	li	s10,13
804033c0:	bf5d                	j	80403376 <__d_vfprintf+0x474>
804033c2:	004beb93          	or	s7,s7,4
804033c6:	03710623          	sb	s7,44(sp)
804033ca:	b7e1                	j	80403392 <__d_vfprintf+0x490>
804033cc:	4981                	li	s3,0
804033ce:	4d01                	li	s10,0
804033d0:	b705                	j	804032f0 <__d_vfprintf+0x3ee>
804033d2:	8536                	mv	a0,a3
804033d4:	8c66                	mv	s8,s9
804033d6:	bf29                	j	804032f0 <__d_vfprintf+0x3ee>
804033d8:	00f5ea63          	bltu	a1,a5,804033ec <__d_vfprintf+0x4ea>
804033dc:	03078793          	add	a5,a5,48
804033e0:	00f68923          	sb	a5,18(a3)
804033e4:	f2ed59e3          	bge	s10,a4,80403316 <__d_vfprintf+0x414>
804033e8:	8d3a                	mv	s10,a4
804033ea:	b735                	j	80403316 <__d_vfprintf+0x414>
804033ec:	97b2                	add	a5,a5,a2
804033ee:	0ff7f793          	zext.b	a5,a5
804033f2:	b7fd                	j	804033e0 <__d_vfprintf+0x4de>
804033f4:	4d19                	li	s10,6
804033f6:	bbf1                	j	804031d2 <__d_vfprintf+0x2d0>
804033f8:	06600793          	li	a5,102
804033fc:	00fc9963          	bne	s9,a5,8040340e <__d_vfprintf+0x50c>
80403400:	6789                	lui	a5,0x2
80403402:	00fdedb3          	or	s11,s11,a5
80403406:	4705                	li	a4,1
80403408:	87ea                	mv	a5,s10
8040340a:	4645                	li	a2,17
8040340c:	b3c5                	j	804031ec <__d_vfprintf+0x2ea>
8040340e:	0ffd7793          	zext.b	a5,s10
80403412:	0ffd7613          	zext.b	a2,s10
80403416:	e391                	bnez	a5,8040341a <__d_vfprintf+0x518>
80403418:	4605                	li	a2,1
8040341a:	4701                	li	a4,0
8040341c:	4781                	li	a5,0
8040341e:	06500c93          	li	s9,101
80403422:	b3e9                	j	804031ec <__d_vfprintf+0x2ea>
80403424:	db05                	beqz	a4,80403354 <__d_vfprintf+0x452>
80403426:	478d                	li	a5,3
80403428:	0967d163          	bge	a5,s6,804034aa <__d_vfprintf+0x5a8>
8040342c:	008afa93          	and	s5,s5,8
80403430:	ffdb0493          	add	s1,s6,-3
80403434:	000a9f63          	bnez	s5,80403452 <__d_vfprintf+0x550>
80403438:	94a2                	add	s1,s1,s0
8040343a:	4582                	lw	a1,0(sp)
8040343c:	02000513          	li	a0,32
80403440:	0405                	add	s0,s0,1
80403442:	9a02                	jalr	s4
80403444:	b00540e3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403448:	fe8499e3          	bne	s1,s0,8040343a <__d_vfprintf+0x538>
8040344c:	4481                	li	s1,0
8040344e:	020d9f63          	bnez	s11,8040348c <__d_vfprintf+0x58a>
80403452:	02c14783          	lbu	a5,44(sp)
80403456:	8ba1                	and	a5,a5,8
80403458:	efad                	bnez	a5,804034d2 <__d_vfprintf+0x5d0>
8040345a:	804069b7          	lui	s3,0x80406
8040345e:	a9c98993          	add	s3,s3,-1380 # 80405a9c <__clz_tab+0x100>
80403462:	8c22                	mv	s8,s0
80403464:	a8b1                	j	804034c0 <__d_vfprintf+0x5be>
80403466:	eb15                	bnez	a4,8040349a <__d_vfprintf+0x598>
80403468:	02b00713          	li	a4,43
8040346c:	b5e5                	j	80403354 <__d_vfprintf+0x452>
8040346e:	eb0d                	bnez	a4,804034a0 <__d_vfprintf+0x59e>
80403470:	02d00713          	li	a4,45
80403474:	b5c5                	j	80403354 <__d_vfprintf+0x452>
80403476:	02000d93          	li	s11,32
8040347a:	4791                	li	a5,4
8040347c:	0367d563          	bge	a5,s6,804034a6 <__d_vfprintf+0x5a4>
80403480:	008afa93          	and	s5,s5,8
80403484:	ffcb0493          	add	s1,s6,-4
80403488:	fa0a88e3          	beqz	s5,80403438 <__d_vfprintf+0x536>
8040348c:	4582                	lw	a1,0(sp)
8040348e:	856e                	mv	a0,s11
80403490:	0405                	add	s0,s0,1
80403492:	9a02                	jalr	s4
80403494:	fa055fe3          	bgez	a0,80403452 <__d_vfprintf+0x550>
80403498:	b475                	j	80402f44 <__d_vfprintf+0x42>
8040349a:	02b00d93          	li	s11,43
8040349e:	bff1                	j	8040347a <__d_vfprintf+0x578>
804034a0:	02d00d93          	li	s11,45
804034a4:	bfd9                	j	8040347a <__d_vfprintf+0x578>
804034a6:	4481                	li	s1,0
804034a8:	b7d5                	j	8040348c <__d_vfprintf+0x58a>
804034aa:	4481                	li	s1,0
804034ac:	b75d                	j	80403452 <__d_vfprintf+0x550>
804034ae:	4582                	lw	a1,0(sp)
804034b0:	41250533          	sub	a0,a0,s2
804034b4:	0ff57513          	zext.b	a0,a0
804034b8:	0c05                	add	s8,s8,1
804034ba:	9a02                	jalr	s4
804034bc:	a80544e3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
804034c0:	408c07b3          	sub	a5,s8,s0
804034c4:	97ce                	add	a5,a5,s3
804034c6:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
804034ca:	f175                	bnez	a0,804034ae <__d_vfprintf+0x5ac>
804034cc:	8462                	mv	s0,s8
804034ce:	94e2                	add	s1,s1,s8
804034d0:	a535                	j	80403afc <__d_vfprintf+0xbfa>
804034d2:	804069b7          	lui	s3,0x80406
804034d6:	aa098993          	add	s3,s3,-1376 # 80405aa0 <__clz_tab+0x104>
804034da:	b761                	j	80403462 <__d_vfprintf+0x560>
804034dc:	1bfd                	add	s7,s7,-1
804034de:	0ffbfb93          	zext.b	s7,s7
804034e2:	000b8763          	beqz	s7,804034f0 <__d_vfprintf+0x5ee>
804034e6:	0047c603          	lbu	a2,4(a5)
804034ea:	17fd                	add	a5,a5,-1
804034ec:	fed608e3          	beq	a2,a3,804034dc <__d_vfprintf+0x5da>
804034f0:	010af693          	and	a3,s5,16
804034f4:	87ea                	mv	a5,s10
804034f6:	e291                	bnez	a3,804034fa <__d_vfprintf+0x5f8>
804034f8:	87de                	mv	a5,s7
804034fa:	56f1                	li	a3,-4
804034fc:	0ed9cc63          	blt	s3,a3,804035f4 <__d_vfprintf+0x6f2>
80403500:	0fa9da63          	bge	s3,s10,804035f4 <__d_vfprintf+0x6f2>
80403504:	6689                	lui	a3,0x2
80403506:	00dae6b3          	or	a3,s5,a3
8040350a:	01069a93          	sll	s5,a3,0x10
8040350e:	010ada93          	srl	s5,s5,0x10
80403512:	4d01                	li	s10,0
80403514:	00f9d663          	bge	s3,a5,80403520 <__d_vfprintf+0x61e>
80403518:	00198893          	add	a7,s3,1
8040351c:	41178d33          	sub	s10,a5,a7
80403520:	6d89                	lui	s11,0x2
80403522:	01bafdb3          	and	s11,s5,s11
80403526:	0c0d8a63          	beqz	s11,804035fa <__d_vfprintf+0x6f8>
8040352a:	87ce                	mv	a5,s3
8040352c:	0009d363          	bgez	s3,80403532 <__d_vfprintf+0x630>
80403530:	4781                	li	a5,0
80403532:	0785                	add	a5,a5,1
80403534:	c311                	beqz	a4,80403538 <__d_vfprintf+0x636>
80403536:	0785                	add	a5,a5,1
80403538:	0c0d0963          	beqz	s10,8040360a <__d_vfprintf+0x708>
8040353c:	001d0693          	add	a3,s10,1
80403540:	97b6                	add	a5,a5,a3
80403542:	4481                	li	s1,0
80403544:	0167d463          	bge	a5,s6,8040354c <__d_vfprintf+0x64a>
80403548:	40fb04b3          	sub	s1,s6,a5
8040354c:	009af793          	and	a5,s5,9
80403550:	e789                	bnez	a5,8040355a <__d_vfprintf+0x658>
80403552:	94a2                	add	s1,s1,s0
80403554:	0c849063          	bne	s1,s0,80403614 <__d_vfprintf+0x712>
80403558:	4481                	li	s1,0
8040355a:	c719                	beqz	a4,80403568 <__d_vfprintf+0x666>
8040355c:	4582                	lw	a1,0(sp)
8040355e:	853a                	mv	a0,a4
80403560:	0405                	add	s0,s0,1
80403562:	9a02                	jalr	s4
80403564:	9e0540e3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403568:	00bad793          	srl	a5,s5,0xb
8040356c:	8b85                	and	a5,a5,1
8040356e:	c395                	beqz	a5,80403592 <__d_vfprintf+0x690>
80403570:	4582                	lw	a1,0(sp)
80403572:	03000513          	li	a0,48
80403576:	9a02                	jalr	s4
80403578:	9c0546e3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
8040357c:	07800513          	li	a0,120
80403580:	4582                	lw	a1,0(sp)
80403582:	41250533          	sub	a0,a0,s2
80403586:	0f857513          	and	a0,a0,248
8040358a:	0409                	add	s0,s0,2
8040358c:	9a02                	jalr	s4
8040358e:	9a054be3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403592:	008af793          	and	a5,s5,8
80403596:	e791                	bnez	a5,804035a2 <__d_vfprintf+0x6a0>
80403598:	8b22                	mv	s6,s0
8040359a:	9426                	add	s0,s0,s1
8040359c:	09641663          	bne	s0,s6,80403628 <__d_vfprintf+0x726>
804035a0:	4481                	li	s1,0
804035a2:	0c0d8f63          	beqz	s11,80403680 <__d_vfprintf+0x77e>
804035a6:	8cce                	mv	s9,s3
804035a8:	0009d363          	bgez	s3,804035ae <__d_vfprintf+0x6ac>
804035ac:	4c81                	li	s9,0
804035ae:	41998db3          	sub	s11,s3,s9
804035b2:	41a00d33          	neg	s10,s10
804035b6:	5b7d                	li	s6,-1
804035b8:	03000513          	li	a0,48
804035bc:	017df663          	bgeu	s11,s7,804035c8 <__d_vfprintf+0x6c6>
804035c0:	103c                	add	a5,sp,40
804035c2:	97ee                	add	a5,a5,s11
804035c4:	0057c503          	lbu	a0,5(a5)
804035c8:	1cfd                	add	s9,s9,-1
804035ca:	00140c13          	add	s8,s0,1
804035ce:	07acc563          	blt	s9,s10,80403638 <__d_vfprintf+0x736>
804035d2:	4582                	lw	a1,0(sp)
804035d4:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
804035d6:	9a02                	jalr	s4
804035d8:	960546e3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
804035dc:	016c9a63          	bne	s9,s6,804035f0 <__d_vfprintf+0x6ee>
804035e0:	4582                	lw	a1,0(sp)
804035e2:	02e00513          	li	a0,46
804035e6:	9a02                	jalr	s4
804035e8:	94054ee3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
804035ec:	00240c13          	add	s8,s0,2
804035f0:	8462                	mv	s0,s8
804035f2:	b7d9                	j	804035b8 <__d_vfprintf+0x6b6>
804035f4:	fff78d13          	add	s10,a5,-1
804035f8:	b725                	j	80403520 <__d_vfprintf+0x61e>
804035fa:	00bad693          	srl	a3,s5,0xb
804035fe:	8a85                	and	a3,a3,1
80403600:	478d                	li	a5,3
80403602:	c291                	beqz	a3,80403606 <__d_vfprintf+0x704>
80403604:	4795                	li	a5,5
80403606:	97e2                	add	a5,a5,s8
80403608:	b735                	j	80403534 <__d_vfprintf+0x632>
8040360a:	010af693          	and	a3,s5,16
8040360e:	da95                	beqz	a3,80403542 <__d_vfprintf+0x640>
80403610:	0785                	add	a5,a5,1
80403612:	bf05                	j	80403542 <__d_vfprintf+0x640>
80403614:	4582                	lw	a1,0(sp)
80403616:	02000513          	li	a0,32
8040361a:	c83a                	sw	a4,16(sp)
8040361c:	9a02                	jalr	s4
8040361e:	4742                	lw	a4,16(sp)
80403620:	0405                	add	s0,s0,1
80403622:	f20559e3          	bgez	a0,80403554 <__d_vfprintf+0x652>
80403626:	ba39                	j	80402f44 <__d_vfprintf+0x42>
80403628:	4582                	lw	a1,0(sp)
8040362a:	03000513          	li	a0,48
8040362e:	0b05                	add	s6,s6,1
80403630:	9a02                	jalr	s4
80403632:	f60555e3          	bgez	a0,8040359c <__d_vfprintf+0x69a>
80403636:	b239                	j	80402f44 <__d_vfprintf+0x42>
80403638:	033c9063          	bne	s9,s3,80403658 <__d_vfprintf+0x756>
8040363c:	02d14703          	lbu	a4,45(sp)
80403640:	03500793          	li	a5,53
80403644:	00e7e863          	bltu	a5,a4,80403654 <__d_vfprintf+0x752>
80403648:	00f71863          	bne	a4,a5,80403658 <__d_vfprintf+0x756>
8040364c:	02c14783          	lbu	a5,44(sp)
80403650:	8bc1                	and	a5,a5,16
80403652:	e399                	bnez	a5,80403658 <__d_vfprintf+0x756>
80403654:	03100513          	li	a0,49
80403658:	4582                	lw	a1,0(sp)
8040365a:	9a02                	jalr	s4
8040365c:	8e0544e3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403660:	010afa93          	and	s5,s5,16
80403664:	e60a84e3          	beqz	s5,804034cc <__d_vfprintf+0x5ca>
80403668:	57fd                	li	a5,-1
8040366a:	e6fc91e3          	bne	s9,a5,804034cc <__d_vfprintf+0x5ca>
8040366e:	4582                	lw	a1,0(sp)
80403670:	00240c13          	add	s8,s0,2
80403674:	02e00513          	li	a0,46
80403678:	9a02                	jalr	s4
8040367a:	e40559e3          	bgez	a0,804034cc <__d_vfprintf+0x5ca>
8040367e:	b0d9                	j	80402f44 <__d_vfprintf+0x42>
80403680:	02d14503          	lbu	a0,45(sp)
80403684:	03100793          	li	a5,49
80403688:	00f50763          	beq	a0,a5,80403696 <__d_vfprintf+0x794>
8040368c:	02c14783          	lbu	a5,44(sp)
80403690:	9bbd                	and	a5,a5,-17
80403692:	02f10623          	sb	a5,44(sp)
80403696:	4582                	lw	a1,0(sp)
80403698:	9a02                	jalr	s4
8040369a:	8a0545e3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
8040369e:	0da05a63          	blez	s10,80403772 <__d_vfprintf+0x870>
804036a2:	4582                	lw	a1,0(sp)
804036a4:	02e00513          	li	a0,46
804036a8:	0409                	add	s0,s0,2
804036aa:	9a02                	jalr	s4
804036ac:	88054ce3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
804036b0:	4a85                	li	s5,1
804036b2:	4785                	li	a5,1
804036b4:	0405                	add	s0,s0,1
804036b6:	03000513          	li	a0,48
804036ba:	017af863          	bgeu	s5,s7,804036ca <__d_vfprintf+0x7c8>
804036be:	02078793          	add	a5,a5,32
804036c2:	1018                	add	a4,sp,32
804036c4:	97ba                	add	a5,a5,a4
804036c6:	fed7c503          	lbu	a0,-19(a5)
804036ca:	4582                	lw	a1,0(sp)
804036cc:	9a02                	jalr	s4
804036ce:	86054be3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
804036d2:	0a85                	add	s5,s5,1
804036d4:	0ffafa93          	zext.b	s5,s5
804036d8:	87d6                	mv	a5,s5
804036da:	fd5d5de3          	bge	s10,s5,804036b4 <__d_vfprintf+0x7b2>
804036de:	4582                	lw	a1,0(sp)
804036e0:	412c8533          	sub	a0,s9,s2
804036e4:	0ff57513          	zext.b	a0,a0
804036e8:	9a02                	jalr	s4
804036ea:	84054de3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
804036ee:	0009ca63          	bltz	s3,80403702 <__d_vfprintf+0x800>
804036f2:	02b00513          	li	a0,43
804036f6:	00099a63          	bnez	s3,8040370a <__d_vfprintf+0x808>
804036fa:	02c14783          	lbu	a5,44(sp)
804036fe:	8bc1                	and	a5,a5,16
80403700:	c789                	beqz	a5,8040370a <__d_vfprintf+0x808>
80403702:	413009b3          	neg	s3,s3
80403706:	02d00513          	li	a0,45
8040370a:	4582                	lw	a1,0(sp)
8040370c:	9a02                	jalr	s4
8040370e:	82054be3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403712:	4791                	li	a5,4
80403714:	06fc1e63          	bne	s8,a5,80403790 <__d_vfprintf+0x88e>
80403718:	3e800913          	li	s2,1000
8040371c:	0329c533          	div	a0,s3,s2
80403720:	4582                	lw	a1,0(sp)
80403722:	040d                	add	s0,s0,3
80403724:	03050513          	add	a0,a0,48
80403728:	0ff57513          	zext.b	a0,a0
8040372c:	9a02                	jalr	s4
8040372e:	80054be3          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403732:	0329e9b3          	rem	s3,s3,s2
80403736:	06400913          	li	s2,100
8040373a:	4582                	lw	a1,0(sp)
8040373c:	0405                	add	s0,s0,1
8040373e:	0329c533          	div	a0,s3,s2
80403742:	03050513          	add	a0,a0,48
80403746:	0ff57513          	zext.b	a0,a0
8040374a:	9a02                	jalr	s4
8040374c:	fe054c63          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403750:	0329e9b3          	rem	s3,s3,s2
80403754:	4929                	li	s2,10
80403756:	4582                	lw	a1,0(sp)
80403758:	0405                	add	s0,s0,1
8040375a:	0329c533          	div	a0,s3,s2
8040375e:	03050513          	add	a0,a0,48
80403762:	0ff57513          	zext.b	a0,a0
80403766:	9a02                	jalr	s4
80403768:	fc054e63          	bltz	a0,80402f44 <__d_vfprintf+0x42>
8040376c:	0329e9b3          	rem	s3,s3,s2
80403770:	a03d                	j	8040379e <__d_vfprintf+0x89c>
80403772:	010afa93          	and	s5,s5,16
80403776:	000a9463          	bnez	s5,8040377e <__d_vfprintf+0x87c>
8040377a:	0405                	add	s0,s0,1
8040377c:	b78d                	j	804036de <__d_vfprintf+0x7dc>
8040377e:	4582                	lw	a1,0(sp)
80403780:	02e00513          	li	a0,46
80403784:	0409                	add	s0,s0,2
80403786:	9a02                	jalr	s4
80403788:	f4055be3          	bgez	a0,804036de <__d_vfprintf+0x7dc>
8040378c:	fb8ff06f          	j	80402f44 <__d_vfprintf+0x42>
80403790:	478d                	li	a5,3
80403792:	0409                	add	s0,s0,2
80403794:	fafc01e3          	beq	s8,a5,80403736 <__d_vfprintf+0x834>
80403798:	4785                	li	a5,1
8040379a:	fafc1de3          	bne	s8,a5,80403754 <__d_vfprintf+0x852>
8040379e:	03098513          	add	a0,s3,48
804037a2:	4582                	lw	a1,0(sp)
804037a4:	00140c13          	add	s8,s0,1
804037a8:	0ff57513          	zext.b	a0,a0
804037ac:	b5f1                	j	80403678 <__d_vfprintf+0x776>
804037ae:	f9d90793          	add	a5,s2,-99
804037b2:	0ff7f793          	zext.b	a5,a5
804037b6:	4749                	li	a4,18
804037b8:	20f76363          	bltu	a4,a5,804039be <__d_vfprintf+0xabc>
804037bc:	80405737          	lui	a4,0x80405
804037c0:	078a                	sll	a5,a5,0x2
804037c2:	61470713          	add	a4,a4,1556 # 80405614 <msg.0+0x60>
804037c6:	97ba                	add	a5,a5,a4
804037c8:	439c                	lw	a5,0(a5)
804037ca:	8782                	jr	a5
804037cc:	5792                	lw	a5,36(sp)
804037ce:	4485                	li	s1,1
804037d0:	02810993          	add	s3,sp,40
804037d4:	00478713          	add	a4,a5,4
804037d8:	439c                	lw	a5,0(a5)
804037da:	d23a                	sw	a4,36(sp)
804037dc:	02f10423          	sb	a5,40(sp)
804037e0:	008df813          	and	a6,s11,8
804037e4:	06080063          	beqz	a6,80403844 <__d_vfprintf+0x942>
804037e8:	4901                	li	s2,0
804037ea:	05249f63          	bne	s1,s2,80403848 <__d_vfprintf+0x946>
804037ee:	00940c33          	add	s8,s0,s1
804037f2:	409b04b3          	sub	s1,s6,s1
804037f6:	b9d9                	j	804034cc <__d_vfprintf+0x5ca>
804037f8:	5792                	lw	a5,36(sp)
804037fa:	00478713          	add	a4,a5,4
804037fe:	d23a                	sw	a4,36(sp)
80403800:	0007a983          	lw	s3,0(a5)
80403804:	00099663          	bnez	s3,80403810 <__d_vfprintf+0x90e>
80403808:	804069b7          	lui	s3,0x80406
8040380c:	aa498993          	add	s3,s3,-1372 # 80405aa4 <__clz_tab+0x108>
80403810:	040df793          	and	a5,s11,64
80403814:	55fd                	li	a1,-1
80403816:	c391                	beqz	a5,8040381a <__d_vfprintf+0x918>
80403818:	85ea                	mv	a1,s10
8040381a:	854e                	mv	a0,s3
8040381c:	00001097          	auipc	ra,0x1
80403820:	da0080e7          	jalr	-608(ra) # 804045bc <strnlen>
80403824:	84aa                	mv	s1,a0
80403826:	bf6d                	j	804037e0 <__d_vfprintf+0x8de>
80403828:	4582                	lw	a1,0(sp)
8040382a:	02000513          	li	a0,32
8040382e:	9a02                	jalr	s4
80403830:	f0054a63          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403834:	197d                	add	s2,s2,-1
80403836:	ff24e9e3          	bltu	s1,s2,80403828 <__d_vfprintf+0x926>
8040383a:	945a                	add	s0,s0,s6
8040383c:	41240433          	sub	s0,s0,s2
80403840:	8b4a                	mv	s6,s2
80403842:	b75d                	j	804037e8 <__d_vfprintf+0x8e6>
80403844:	895a                	mv	s2,s6
80403846:	bfc5                	j	80403836 <__d_vfprintf+0x934>
80403848:	012987b3          	add	a5,s3,s2
8040384c:	4582                	lw	a1,0(sp)
8040384e:	0007c503          	lbu	a0,0(a5)
80403852:	0905                	add	s2,s2,1
80403854:	9a02                	jalr	s4
80403856:	f8055ae3          	bgez	a0,804037ea <__d_vfprintf+0x8e8>
8040385a:	eeaff06f          	j	80402f44 <__d_vfprintf+0x42>
8040385e:	080df713          	and	a4,s11,128
80403862:	5792                	lw	a5,36(sp)
80403864:	cf59                	beqz	a4,80403902 <__d_vfprintf+0xa00>
80403866:	200df713          	and	a4,s11,512
8040386a:	c749                	beqz	a4,804038f4 <__d_vfprintf+0x9f2>
8040386c:	079d                	add	a5,a5,7
8040386e:	9be1                	and	a5,a5,-8
80403870:	4388                	lw	a0,0(a5)
80403872:	43cc                	lw	a1,4(a5)
80403874:	00878713          	add	a4,a5,8
80403878:	d23a                	sw	a4,36(sp)
8040387a:	fefdf993          	and	s3,s11,-17
8040387e:	09c2                	sll	s3,s3,0x10
80403880:	0109d993          	srl	s3,s3,0x10
80403884:	0805df63          	bgez	a1,80403922 <__d_vfprintf+0xa20>
80403888:	00a037b3          	snez	a5,a0
8040388c:	40b005b3          	neg	a1,a1
80403890:	8d9d                	sub	a1,a1,a5
80403892:	40a00533          	neg	a0,a0
80403896:	4009e993          	or	s3,s3,1024
8040389a:	02810a93          	add	s5,sp,40
8040389e:	46a9                	li	a3,10
804038a0:	8656                	mv	a2,s5
804038a2:	fffff097          	auipc	ra,0xfffff
804038a6:	44c080e7          	jalr	1100(ra) # 80402cee <__ultoa_invert>
804038aa:	0409f793          	and	a5,s3,64
804038ae:	41550ab3          	sub	s5,a0,s5
804038b2:	c7f5                	beqz	a5,8040399e <__d_vfprintf+0xa9c>
804038b4:	ffe9f793          	and	a5,s3,-2
804038b8:	07c2                	sll	a5,a5,0x10
804038ba:	83c1                	srl	a5,a5,0x10
804038bc:	19aad563          	bge	s5,s10,80403a46 <__d_vfprintf+0xb44>
804038c0:	16090c63          	beqz	s2,80403a38 <__d_vfprintf+0xb36>
804038c4:	0109fc13          	and	s8,s3,16
804038c8:	84ea                	mv	s1,s10
804038ca:	89be                	mv	s3,a5
804038cc:	060c0a63          	beqz	s8,80403940 <__d_vfprintf+0xa3e>
804038d0:	0489                	add	s1,s1,2
804038d2:	0089f793          	and	a5,s3,8
804038d6:	18079a63          	bnez	a5,80403a6a <__d_vfprintf+0xb68>
804038da:	0019f793          	and	a5,s3,1
804038de:	cb89                	beqz	a5,804038f0 <__d_vfprintf+0x9ee>
804038e0:	8d56                	mv	s10,s5
804038e2:	0164d763          	bge	s1,s6,804038f0 <__d_vfprintf+0x9ee>
804038e6:	409b04b3          	sub	s1,s6,s1
804038ea:	01548d33          	add	s10,s1,s5
804038ee:	84da                	mv	s1,s6
804038f0:	8ba6                	mv	s7,s1
804038f2:	a2ad                	j	80403a5c <__d_vfprintf+0xb5a>
804038f4:	4388                	lw	a0,0(a5)
804038f6:	00478713          	add	a4,a5,4
804038fa:	d23a                	sw	a4,36(sp)
804038fc:	41f55593          	sra	a1,a0,0x1f
80403900:	bfad                	j	8040387a <__d_vfprintf+0x978>
80403902:	00478713          	add	a4,a5,4
80403906:	4388                	lw	a0,0(a5)
80403908:	d23a                	sw	a4,36(sp)
8040390a:	100df793          	and	a5,s11,256
8040390e:	d7fd                	beqz	a5,804038fc <__d_vfprintf+0x9fa>
80403910:	200df793          	and	a5,s11,512
80403914:	c781                	beqz	a5,8040391c <__d_vfprintf+0xa1a>
80403916:	0562                	sll	a0,a0,0x18
80403918:	8561                	sra	a0,a0,0x18
8040391a:	b7cd                	j	804038fc <__d_vfprintf+0x9fa>
8040391c:	0542                	sll	a0,a0,0x10
8040391e:	8541                	sra	a0,a0,0x10
80403920:	bff1                	j	804038fc <__d_vfprintf+0x9fa>
80403922:	00b567b3          	or	a5,a0,a1
80403926:	fbb5                	bnez	a5,8040389a <__d_vfprintf+0x998>
80403928:	040df793          	and	a5,s11,64
8040392c:	d7bd                	beqz	a5,8040389a <__d_vfprintf+0x998>
8040392e:	f60d16e3          	bnez	s10,8040389a <__d_vfprintf+0x998>
80403932:	feedf993          	and	s3,s11,-18
80403936:	09c2                	sll	s3,s3,0x10
80403938:	0109d993          	srl	s3,s3,0x10
8040393c:	4a81                	li	s5,0
8040393e:	4481                	li	s1,0
80403940:	4069fc13          	and	s8,s3,1030
80403944:	f80c07e3          	beqz	s8,804038d2 <__d_vfprintf+0x9d0>
80403948:	0485                	add	s1,s1,1
8040394a:	4c01                	li	s8,0
8040394c:	b759                	j	804038d2 <__d_vfprintf+0x9d0>
8040394e:	fefdf813          	and	a6,s11,-17
80403952:	01081d93          	sll	s11,a6,0x10
80403956:	010ddd93          	srl	s11,s11,0x10
8040395a:	46a9                	li	a3,10
8040395c:	080df713          	and	a4,s11,128
80403960:	5792                	lw	a5,36(sp)
80403962:	c355                	beqz	a4,80403a06 <__d_vfprintf+0xb04>
80403964:	200df713          	and	a4,s11,512
80403968:	cb49                	beqz	a4,804039fa <__d_vfprintf+0xaf8>
8040396a:	079d                	add	a5,a5,7
8040396c:	9be1                	and	a5,a5,-8
8040396e:	4388                	lw	a0,0(a5)
80403970:	43cc                	lw	a1,4(a5)
80403972:	00878713          	add	a4,a5,8
80403976:	d23a                	sw	a4,36(sp)
80403978:	00b567b3          	or	a5,a0,a1
8040397c:	e7cd                	bnez	a5,80403a26 <__d_vfprintf+0xb24>
8040397e:	fe9df993          	and	s3,s11,-23
80403982:	09c2                	sll	s3,s3,0x10
80403984:	040df793          	and	a5,s11,64
80403988:	0109d993          	srl	s3,s3,0x10
8040398c:	c3dd                	beqz	a5,80403a32 <__d_vfprintf+0xb30>
8040398e:	0a0d1263          	bnez	s10,80403a32 <__d_vfprintf+0xb30>
80403992:	fe8df993          	and	s3,s11,-24
80403996:	09c2                	sll	s3,s3,0x10
80403998:	0109d993          	srl	s3,s3,0x10
8040399c:	4a81                	li	s5,0
8040399e:	0109fc13          	and	s8,s3,16
804039a2:	0a0c0463          	beqz	s8,80403a4a <__d_vfprintf+0xb48>
804039a6:	001a8493          	add	s1,s5,1
804039aa:	f20904e3          	beqz	s2,804038d2 <__d_vfprintf+0x9d0>
804039ae:	84d6                	mv	s1,s5
804039b0:	b705                	j	804038d0 <__d_vfprintf+0x9ce>
804039b2:	010ded93          	or	s11,s11,16
804039b6:	46c1                	li	a3,16
804039b8:	07800913          	li	s2,120
804039bc:	b745                	j	8040395c <__d_vfprintf+0xa5a>
804039be:	07800793          	li	a5,120
804039c2:	00fc9a63          	bne	s9,a5,804039d6 <__d_vfprintf+0xad4>
804039c6:	05800793          	li	a5,88
804039ca:	46c1                	li	a3,16
804039cc:	f8f918e3          	bne	s2,a5,8040395c <__d_vfprintf+0xa5a>
804039d0:	21000693          	li	a3,528
804039d4:	b761                	j	8040395c <__d_vfprintf+0xa5a>
804039d6:	4582                	lw	a1,0(sp)
804039d8:	02500513          	li	a0,37
804039dc:	9a02                	jalr	s4
804039de:	d6054363          	bltz	a0,80402f44 <__d_vfprintf+0x42>
804039e2:	4582                	lw	a1,0(sp)
804039e4:	854a                	mv	a0,s2
804039e6:	9a02                	jalr	s4
804039e8:	d4054e63          	bltz	a0,80402f44 <__d_vfprintf+0x42>
804039ec:	0409                	add	s0,s0,2
804039ee:	4792                	lw	a5,4(sp)
804039f0:	d34ff06f          	j	80402f24 <__d_vfprintf+0x22>
804039f4:	46a1                	li	a3,8
804039f6:	4901                	li	s2,0
804039f8:	b795                	j	8040395c <__d_vfprintf+0xa5a>
804039fa:	4388                	lw	a0,0(a5)
804039fc:	00478713          	add	a4,a5,4
80403a00:	d23a                	sw	a4,36(sp)
80403a02:	4581                	li	a1,0
80403a04:	bf95                	j	80403978 <__d_vfprintf+0xa76>
80403a06:	00478713          	add	a4,a5,4
80403a0a:	4388                	lw	a0,0(a5)
80403a0c:	d23a                	sw	a4,36(sp)
80403a0e:	100df793          	and	a5,s11,256
80403a12:	dbe5                	beqz	a5,80403a02 <__d_vfprintf+0xb00>
80403a14:	200df793          	and	a5,s11,512
80403a18:	c781                	beqz	a5,80403a20 <__d_vfprintf+0xb1e>
80403a1a:	0ff57513          	zext.b	a0,a0
80403a1e:	b7d5                	j	80403a02 <__d_vfprintf+0xb00>
80403a20:	0542                	sll	a0,a0,0x10
80403a22:	8141                	srl	a0,a0,0x10
80403a24:	bff9                	j	80403a02 <__d_vfprintf+0xb00>
80403a26:	ff9df813          	and	a6,s11,-7
80403a2a:	01081993          	sll	s3,a6,0x10
80403a2e:	0109d993          	srl	s3,s3,0x10
80403a32:	02810a93          	add	s5,sp,40
80403a36:	b5ad                	j	804038a0 <__d_vfprintf+0x99e>
80403a38:	fee9f993          	and	s3,s3,-18
80403a3c:	09c2                	sll	s3,s3,0x10
80403a3e:	0109d993          	srl	s3,s3,0x10
80403a42:	84ea                	mv	s1,s10
80403a44:	bdf5                	j	80403940 <__d_vfprintf+0xa3e>
80403a46:	89be                	mv	s3,a5
80403a48:	bf99                	j	8040399e <__d_vfprintf+0xa9c>
80403a4a:	84d6                	mv	s1,s5
80403a4c:	bdd5                	j	80403940 <__d_vfprintf+0xa3e>
80403a4e:	4582                	lw	a1,0(sp)
80403a50:	02000513          	li	a0,32
80403a54:	9a02                	jalr	s4
80403a56:	ce054763          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403a5a:	0b85                	add	s7,s7,1
80403a5c:	ff6bc9e3          	blt	s7,s6,80403a4e <__d_vfprintf+0xb4c>
80403a60:	409404b3          	sub	s1,s0,s1
80403a64:	01748433          	add	s0,s1,s7
80403a68:	84de                	mv	s1,s7
80403a6a:	020c0363          	beqz	s8,80403a90 <__d_vfprintf+0xb8e>
80403a6e:	4582                	lw	a1,0(sp)
80403a70:	03000513          	li	a0,48
80403a74:	9a02                	jalr	s4
80403a76:	cc054763          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403a7a:	04090d63          	beqz	s2,80403ad4 <__d_vfprintf+0xbd2>
80403a7e:	4582                	lw	a1,0(sp)
80403a80:	0409                	add	s0,s0,2
80403a82:	854a                	mv	a0,s2
80403a84:	9a02                	jalr	s4
80403a86:	ca054f63          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403a8a:	8c22                	mv	s8,s0
80403a8c:	9d22                	add	s10,s10,s0
80403a8e:	a81d                	j	80403ac4 <__d_vfprintf+0xbc2>
80403a90:	4069f793          	and	a5,s3,1030
80403a94:	dbfd                	beqz	a5,80403a8a <__d_vfprintf+0xb88>
80403a96:	0029f793          	and	a5,s3,2
80403a9a:	02000513          	li	a0,32
80403a9e:	c399                	beqz	a5,80403aa4 <__d_vfprintf+0xba2>
80403aa0:	02b00513          	li	a0,43
80403aa4:	4009f993          	and	s3,s3,1024
80403aa8:	00098463          	beqz	s3,80403ab0 <__d_vfprintf+0xbae>
80403aac:	02d00513          	li	a0,45
80403ab0:	4582                	lw	a1,0(sp)
80403ab2:	0405                	add	s0,s0,1
80403ab4:	bfc1                	j	80403a84 <__d_vfprintf+0xb82>
80403ab6:	4582                	lw	a1,0(sp)
80403ab8:	03000513          	li	a0,48
80403abc:	0c05                	add	s8,s8,1
80403abe:	9a02                	jalr	s4
80403ac0:	c8054263          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403ac4:	418d07b3          	sub	a5,s10,s8
80403ac8:	fefac7e3          	blt	s5,a5,80403ab6 <__d_vfprintf+0xbb4>
80403acc:	8456                	mv	s0,s5
80403ace:	e409                	bnez	s0,80403ad8 <__d_vfprintf+0xbd6>
80403ad0:	9c56                	add	s8,s8,s5
80403ad2:	b305                	j	804037f2 <__d_vfprintf+0x8f0>
80403ad4:	0405                	add	s0,s0,1
80403ad6:	bf55                	j	80403a8a <__d_vfprintf+0xb88>
80403ad8:	147d                	add	s0,s0,-1
80403ada:	103c                	add	a5,sp,40
80403adc:	97a2                	add	a5,a5,s0
80403ade:	4582                	lw	a1,0(sp)
80403ae0:	0007c503          	lbu	a0,0(a5)
80403ae4:	9a02                	jalr	s4
80403ae6:	fe0554e3          	bgez	a0,80403ace <__d_vfprintf+0xbcc>
80403aea:	c5aff06f          	j	80402f44 <__d_vfprintf+0x42>
80403aee:	4582                	lw	a1,0(sp)
80403af0:	02000513          	li	a0,32
80403af4:	0405                	add	s0,s0,1
80403af6:	9a02                	jalr	s4
80403af8:	c4054663          	bltz	a0,80402f44 <__d_vfprintf+0x42>
80403afc:	408487b3          	sub	a5,s1,s0
80403b00:	fef047e3          	bgtz	a5,80403aee <__d_vfprintf+0xbec>
80403b04:	b5ed                	j	804039ee <__d_vfprintf+0xaec>

80403b06 <mulShiftAll64>:
80403b06:	fffff317          	auipc	t1,0xfffff
80403b0a:	f96302e7          	jalr	t0,-106(t1) # 80402a9c <__riscv_save_10>
80403b0e:	84b2                	mv	s1,a2
80403b10:	00159913          	sll	s2,a1,0x1
80403b14:	4210                	lw	a2,0(a2)
80403b16:	8ab6                	mv	s5,a3
80403b18:	89be                	mv	s3,a5
80403b1a:	40d4                	lw	a3,4(s1)
80403b1c:	01f55793          	srl	a5,a0,0x1f
80403b20:	1141                	add	sp,sp,-16
80403b22:	0127e933          	or	s2,a5,s2
80403b26:	00151413          	sll	s0,a0,0x1
80403b2a:	8522                	mv	a0,s0
80403b2c:	85ca                	mv	a1,s2
80403b2e:	8bba                	mv	s7,a4
80403b30:	870a                	mv	a4,sp
80403b32:	8b42                	mv	s6,a6
80403b34:	00001097          	auipc	ra,0x1
80403b38:	9fc080e7          	jalr	-1540(ra) # 80404530 <__umul128>
80403b3c:	44d4                	lw	a3,12(s1)
80403b3e:	4490                	lw	a2,8(s1)
80403b40:	0038                	add	a4,sp,8
80403b42:	8caa                	mv	s9,a0
80403b44:	8c2e                	mv	s8,a1
80403b46:	8522                	mv	a0,s0
80403b48:	85ca                	mv	a1,s2
80403b4a:	00001097          	auipc	ra,0x1
80403b4e:	9e6080e7          	jalr	-1562(ra) # 80404530 <__umul128>
80403b52:	4682                	lw	a3,0(sp)
80403b54:	4712                	lw	a4,4(sp)
80403b56:	4785                	li	a5,1
80403b58:	00d50933          	add	s2,a0,a3
80403b5c:	00a93533          	sltu	a0,s2,a0
80403b60:	95ba                	add	a1,a1,a4
80403b62:	00b50433          	add	s0,a0,a1
80403b66:	00e46763          	bltu	s0,a4,80403b74 <mulShiftAll64+0x6e>
80403b6a:	00871463          	bne	a4,s0,80403b72 <mulShiftAll64+0x6c>
80403b6e:	00d96363          	bltu	s2,a3,80403b74 <mulShiftAll64+0x6e>
80403b72:	4781                	li	a5,0
80403b74:	4622                	lw	a2,8(sp)
80403b76:	4732                	lw	a4,12(sp)
80403b78:	963e                	add	a2,a2,a5
80403b7a:	00f637b3          	sltu	a5,a2,a5
80403b7e:	00e786b3          	add	a3,a5,a4
80403b82:	4098                	lw	a4,0(s1)
80403b84:	40dc                	lw	a5,4(s1)
80403b86:	c432                	sw	a2,8(sp)
80403b88:	9766                	add	a4,a4,s9
80403b8a:	97e2                	add	a5,a5,s8
80403b8c:	019735b3          	sltu	a1,a4,s9
80403b90:	95be                	add	a1,a1,a5
80403b92:	c636                	sw	a3,12(sp)
80403b94:	4785                	li	a5,1
80403b96:	0185e763          	bltu	a1,s8,80403ba4 <mulShiftAll64+0x9e>
80403b9a:	00bc1463          	bne	s8,a1,80403ba2 <mulShiftAll64+0x9c>
80403b9e:	01976363          	bltu	a4,s9,80403ba4 <mulShiftAll64+0x9e>
80403ba2:	4781                	li	a5,0
80403ba4:	4498                	lw	a4,8(s1)
80403ba6:	44c8                	lw	a0,12(s1)
80403ba8:	fbfa8a13          	add	s4,s5,-65
80403bac:	974a                	add	a4,a4,s2
80403bae:	9522                	add	a0,a0,s0
80403bb0:	012735b3          	sltu	a1,a4,s2
80403bb4:	95aa                	add	a1,a1,a0
80403bb6:	00e78533          	add	a0,a5,a4
80403bba:	00f537b3          	sltu	a5,a0,a5
80403bbe:	95be                	add	a1,a1,a5
80403bc0:	4785                	li	a5,1
80403bc2:	0085e763          	bltu	a1,s0,80403bd0 <mulShiftAll64+0xca>
80403bc6:	00b41463          	bne	s0,a1,80403bce <mulShiftAll64+0xc8>
80403bca:	01256363          	bltu	a0,s2,80403bd0 <mulShiftAll64+0xca>
80403bce:	4781                	li	a5,0
80403bd0:	963e                	add	a2,a2,a5
80403bd2:	00f637b3          	sltu	a5,a2,a5
80403bd6:	8752                	mv	a4,s4
80403bd8:	96be                	add	a3,a3,a5
80403bda:	00001097          	auipc	ra,0x1
80403bde:	9a2080e7          	jalr	-1630(ra) # 8040457c <__shiftright128>
80403be2:	00aba023          	sw	a0,0(s7)
80403be6:	00bba223          	sw	a1,4(s7)
80403bea:	4785                	li	a5,1
80403bec:	48a2                	lw	a7,8(sp)
80403bee:	4832                	lw	a6,12(sp)
80403bf0:	40cc                	lw	a1,4(s1)
80403bf2:	4488                	lw	a0,8(s1)
80403bf4:	44d8                	lw	a4,12(s1)
80403bf6:	06fb1d63          	bne	s6,a5,80403c70 <mulShiftAll64+0x16a>
80403bfa:	40a906b3          	sub	a3,s2,a0
80403bfe:	00d93633          	sltu	a2,s2,a3
80403c02:	40e407b3          	sub	a5,s0,a4
80403c06:	8f91                	sub	a5,a5,a2
80403c08:	4505                	li	a0,1
80403c0a:	00bc6863          	bltu	s8,a1,80403c1a <mulShiftAll64+0x114>
80403c0e:	01859563          	bne	a1,s8,80403c18 <mulShiftAll64+0x112>
80403c12:	4098                	lw	a4,0(s1)
80403c14:	00ece363          	bltu	s9,a4,80403c1a <mulShiftAll64+0x114>
80403c18:	4501                	li	a0,0
80403c1a:	40a68533          	sub	a0,a3,a0
80403c1e:	00a6b6b3          	sltu	a3,a3,a0
80403c22:	40d785b3          	sub	a1,a5,a3
80403c26:	4605                	li	a2,1
80403c28:	00b46763          	bltu	s0,a1,80403c36 <mulShiftAll64+0x130>
80403c2c:	00859463          	bne	a1,s0,80403c34 <mulShiftAll64+0x12e>
80403c30:	00a96363          	bltu	s2,a0,80403c36 <mulShiftAll64+0x130>
80403c34:	4601                	li	a2,0
80403c36:	40c88633          	sub	a2,a7,a2
80403c3a:	00c8b6b3          	sltu	a3,a7,a2
80403c3e:	8752                	mv	a4,s4
80403c40:	40d806b3          	sub	a3,a6,a3
80403c44:	00001097          	auipc	ra,0x1
80403c48:	938080e7          	jalr	-1736(ra) # 8040457c <__shiftright128>
80403c4c:	4622                	lw	a2,8(sp)
80403c4e:	46b2                	lw	a3,12(sp)
80403c50:	00a9a023          	sw	a0,0(s3)
80403c54:	00b9a223          	sw	a1,4(s3)
80403c58:	8752                	mv	a4,s4
80403c5a:	854a                	mv	a0,s2
80403c5c:	85a2                	mv	a1,s0
80403c5e:	00001097          	auipc	ra,0x1
80403c62:	91e080e7          	jalr	-1762(ra) # 8040457c <__shiftright128>
80403c66:	0141                	add	sp,sp,16
80403c68:	fffff317          	auipc	t1,0xfffff
80403c6c:	e6c30067          	jr	-404(t1) # 80402ad4 <__riscv_restore_10>
80403c70:	01fcd793          	srl	a5,s9,0x1f
80403c74:	001c1613          	sll	a2,s8,0x1
80403c78:	8e5d                	or	a2,a2,a5
80403c7a:	01f95693          	srl	a3,s2,0x1f
80403c7e:	00141793          	sll	a5,s0,0x1
80403c82:	001c9e93          	sll	t4,s9,0x1
80403c86:	8fd5                	or	a5,a5,a3
80403c88:	00191313          	sll	t1,s2,0x1
80403c8c:	4e05                	li	t3,1
80403c8e:	01866763          	bltu	a2,s8,80403c9c <mulShiftAll64+0x196>
80403c92:	00cc1463          	bne	s8,a2,80403c9a <mulShiftAll64+0x194>
80403c96:	019ee363          	bltu	t4,s9,80403c9c <mulShiftAll64+0x196>
80403c9a:	4e01                	li	t3,0
80403c9c:	9e1a                	add	t3,t3,t1
80403c9e:	006e3333          	sltu	t1,t3,t1
80403ca2:	933e                	add	t1,t1,a5
80403ca4:	4785                	li	a5,1
80403ca6:	00b66863          	bltu	a2,a1,80403cb6 <mulShiftAll64+0x1b0>
80403caa:	00c59563          	bne	a1,a2,80403cb4 <mulShiftAll64+0x1ae>
80403cae:	4094                	lw	a3,0(s1)
80403cb0:	00dee363          	bltu	t4,a3,80403cb6 <mulShiftAll64+0x1b0>
80403cb4:	4781                	li	a5,0
80403cb6:	40fe07b3          	sub	a5,t3,a5
80403cba:	00fe35b3          	sltu	a1,t3,a5
80403cbe:	40b305b3          	sub	a1,t1,a1
80403cc2:	40a78533          	sub	a0,a5,a0
80403cc6:	00a7b7b3          	sltu	a5,a5,a0
80403cca:	8d99                	sub	a1,a1,a4
80403ccc:	01f8d693          	srl	a3,a7,0x1f
80403cd0:	8d9d                	sub	a1,a1,a5
80403cd2:	00181793          	sll	a5,a6,0x1
80403cd6:	8fd5                	or	a5,a5,a3
80403cd8:	fc0a8713          	add	a4,s5,-64
80403cdc:	0886                	sll	a7,a7,0x1
80403cde:	4685                	li	a3,1
80403ce0:	00836763          	bltu	t1,s0,80403cee <mulShiftAll64+0x1e8>
80403ce4:	00641463          	bne	s0,t1,80403cec <mulShiftAll64+0x1e6>
80403ce8:	012e6363          	bltu	t3,s2,80403cee <mulShiftAll64+0x1e8>
80403cec:	4681                	li	a3,0
80403cee:	96c6                	add	a3,a3,a7
80403cf0:	0116b8b3          	sltu	a7,a3,a7
80403cf4:	98be                	add	a7,a7,a5
80403cf6:	4605                	li	a2,1
80403cf8:	00b36763          	bltu	t1,a1,80403d06 <mulShiftAll64+0x200>
80403cfc:	00659463          	bne	a1,t1,80403d04 <mulShiftAll64+0x1fe>
80403d00:	00ae6363          	bltu	t3,a0,80403d06 <mulShiftAll64+0x200>
80403d04:	4601                	li	a2,0
80403d06:	40c68633          	sub	a2,a3,a2
80403d0a:	00c6b6b3          	sltu	a3,a3,a2
80403d0e:	40d886b3          	sub	a3,a7,a3
80403d12:	bf0d                	j	80403c44 <mulShiftAll64+0x13e>

80403d14 <div10>:
80403d14:	fffff317          	auipc	t1,0xfffff
80403d18:	db0302e7          	jalr	t0,-592(t1) # 80402ac4 <__riscv_save_0>
80403d1c:	804067b7          	lui	a5,0x80406
80403d20:	bb07a603          	lw	a2,-1104(a5) # 80405bb0 <stdout+0x4>
80403d24:	bb47a683          	lw	a3,-1100(a5)
80403d28:	1141                	add	sp,sp,-16
80403d2a:	0038                	add	a4,sp,8
80403d2c:	00001097          	auipc	ra,0x1
80403d30:	804080e7          	jalr	-2044(ra) # 80404530 <__umul128>
80403d34:	45b2                	lw	a1,12(sp)
80403d36:	47a2                	lw	a5,8(sp)
80403d38:	01d59513          	sll	a0,a1,0x1d
80403d3c:	838d                	srl	a5,a5,0x3
80403d3e:	8d5d                	or	a0,a0,a5
80403d40:	818d                	srl	a1,a1,0x3
80403d42:	0141                	add	sp,sp,16
80403d44:	fffff317          	auipc	t1,0xfffff
80403d48:	da430067          	jr	-604(t1) # 80402ae8 <__riscv_restore_0>

80403d4c <__dtoa_engine>:
80403d4c:	fffff317          	auipc	t1,0xfffff
80403d50:	d48302e7          	jalr	t0,-696(t1) # 80402a94 <__riscv_save_12>
80403d54:	715d                	add	sp,sp,-80
80403d56:	8bb6                	mv	s7,a3
80403d58:	001006b7          	lui	a3,0x100
80403d5c:	c43a                	sw	a4,8(sp)
80403d5e:	c63e                	sw	a5,12(sp)
80403d60:	01f5d713          	srl	a4,a1,0x1f
80403d64:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
80403d68:	0145d793          	srl	a5,a1,0x14
80403d6c:	00bdfdb3          	and	s11,s11,a1
80403d70:	c03a                	sw	a4,0(sp)
80403d72:	7ff7f413          	and	s0,a5,2047
80403d76:	84aa                	mv	s1,a0
80403d78:	8ab2                	mv	s5,a2
80403d7a:	00ade733          	or	a4,s11,a0
80403d7e:	e415                	bnez	s0,80403daa <__dtoa_engine+0x5e>
80403d80:	e721                	bnez	a4,80403dc8 <__dtoa_engine+0x7c>
80403d82:	03000793          	li	a5,48
80403d86:	00f602a3          	sb	a5,5(a2) # 80000005 <errno+0x80000005>
80403d8a:	4782                	lw	a5,0(sp)
80403d8c:	00060323          	sb	zero,6(a2)
80403d90:	00062023          	sw	zero,0(a2)
80403d94:	0027e993          	or	s3,a5,2
80403d98:	01360223          	sb	s3,4(a2)
80403d9c:	4405                	li	s0,1
80403d9e:	8522                	mv	a0,s0
80403da0:	6161                	add	sp,sp,80
80403da2:	fffff317          	auipc	t1,0xfffff
80403da6:	d2e30067          	jr	-722(t1) # 80402ad0 <__riscv_restore_12>
80403daa:	7ff00613          	li	a2,2047
80403dae:	0ac41d63          	bne	s0,a2,80403e68 <__dtoa_engine+0x11c>
80403db2:	4782                	lw	a5,0(sp)
80403db4:	0047e793          	or	a5,a5,4
80403db8:	c701                	beqz	a4,80403dc0 <__dtoa_engine+0x74>
80403dba:	4782                	lw	a5,0(sp)
80403dbc:	0087e793          	or	a5,a5,8
80403dc0:	00fa8223          	sb	a5,4(s5)
80403dc4:	4401                	li	s0,0
80403dc6:	bfe1                	j	80403d9e <__dtoa_engine+0x52>
80403dc8:	00157793          	and	a5,a0,1
80403dcc:	c23e                	sw	a5,4(sp)
80403dce:	002d9993          	sll	s3,s11,0x2
80403dd2:	01e55793          	srl	a5,a0,0x1e
80403dd6:	0137e9b3          	or	s3,a5,s3
80403dda:	00251c13          	sll	s8,a0,0x2
80403dde:	892a                	mv	s2,a0
80403de0:	bcc00413          	li	s0,-1076
80403de4:	4805                	li	a6,1
80403de6:	4d05                	li	s10,1
80403de8:	408004b3          	neg	s1,s0
80403dec:	8526                	mv	a0,s1
80403dee:	ca42                	sw	a6,20(sp)
80403df0:	00000097          	auipc	ra,0x0
80403df4:	71e080e7          	jalr	1822(ra) # 8040450e <__log10Pow5>
80403df8:	fff42793          	slti	a5,s0,-1
80403dfc:	40f50b33          	sub	s6,a0,a5
80403e00:	416484b3          	sub	s1,s1,s6
80403e04:	8526                	mv	a0,s1
80403e06:	00000097          	auipc	ra,0x0
80403e0a:	718080e7          	jalr	1816(ra) # 8040451e <__pow5bits>
80403e0e:	f8350693          	add	a3,a0,-125
80403e12:	40db06b3          	sub	a3,s6,a3
80403e16:	8526                	mv	a0,s1
80403e18:	008c                	add	a1,sp,64
80403e1a:	c836                	sw	a3,16(sp)
80403e1c:	00000097          	auipc	ra,0x0
80403e20:	492080e7          	jalr	1170(ra) # 804042ae <__double_computePow5>
80403e24:	4852                	lw	a6,20(sp)
80403e26:	46c2                	lw	a3,16(sp)
80403e28:	181c                	add	a5,sp,48
80403e2a:	1038                	add	a4,sp,40
80403e2c:	0090                	add	a2,sp,64
80403e2e:	854a                	mv	a0,s2
80403e30:	85ee                	mv	a1,s11
80403e32:	00000097          	auipc	ra,0x0
80403e36:	cd4080e7          	jalr	-812(ra) # 80403b06 <mulShiftAll64>
80403e3a:	4785                	li	a5,1
80403e3c:	008b0a33          	add	s4,s6,s0
80403e40:	84ae                	mv	s1,a1
80403e42:	842a                	mv	s0,a0
80403e44:	1567ee63          	bltu	a5,s6,80403fa0 <__dtoa_engine+0x254>
80403e48:	4792                	lw	a5,4(sp)
80403e4a:	4985                	li	s3,1
80403e4c:	10078e63          	beqz	a5,80403f68 <__dtoa_engine+0x21c>
80403e50:	57a2                	lw	a5,40(sp)
80403e52:	5732                	lw	a4,44(sp)
80403e54:	4985                	li	s3,1
80403e56:	fff78693          	add	a3,a5,-1
80403e5a:	0017b793          	seqz	a5,a5
80403e5e:	40f707b3          	sub	a5,a4,a5
80403e62:	d436                	sw	a3,40(sp)
80403e64:	d63e                	sw	a5,44(sp)
80403e66:	a8c9                	j	80403f38 <__dtoa_engine+0x1ec>
80403e68:	01b6edb3          	or	s11,a3,s11
80403e6c:	00157693          	and	a3,a0,1
80403e70:	c236                	sw	a3,4(sp)
80403e72:	002d9993          	sll	s3,s11,0x2
80403e76:	01e55693          	srl	a3,a0,0x1e
80403e7a:	bcb40413          	add	s0,s0,-1077
80403e7e:	892a                	mv	s2,a0
80403e80:	0136e9b3          	or	s3,a3,s3
80403e84:	00251c13          	sll	s8,a0,0x2
80403e88:	4d05                	li	s10,1
80403e8a:	e709                	bnez	a4,80403e94 <__dtoa_engine+0x148>
80403e8c:	7fe7f793          	and	a5,a5,2046
80403e90:	0017bd13          	seqz	s10,a5
80403e94:	886a                	mv	a6,s10
80403e96:	f40449e3          	bltz	s0,80403de8 <__dtoa_engine+0x9c>
80403e9a:	8522                	mv	a0,s0
80403e9c:	00000097          	auipc	ra,0x0
80403ea0:	664080e7          	jalr	1636(ra) # 80404500 <__log10Pow2>
80403ea4:	00442793          	slti	a5,s0,4
80403ea8:	0017c793          	xor	a5,a5,1
80403eac:	40f50a33          	sub	s4,a0,a5
80403eb0:	8552                	mv	a0,s4
80403eb2:	00000097          	auipc	ra,0x0
80403eb6:	66c080e7          	jalr	1644(ra) # 8040451e <__pow5bits>
80403eba:	07c50693          	add	a3,a0,124
80403ebe:	408a0433          	sub	s0,s4,s0
80403ec2:	96a2                	add	a3,a3,s0
80403ec4:	008c                	add	a1,sp,64
80403ec6:	8552                	mv	a0,s4
80403ec8:	c836                	sw	a3,16(sp)
80403eca:	00000097          	auipc	ra,0x0
80403ece:	50c080e7          	jalr	1292(ra) # 804043d6 <__double_computeInvPow5>
80403ed2:	46c2                	lw	a3,16(sp)
80403ed4:	181c                	add	a5,sp,48
80403ed6:	8526                	mv	a0,s1
80403ed8:	886a                	mv	a6,s10
80403eda:	1038                	add	a4,sp,40
80403edc:	0090                	add	a2,sp,64
80403ede:	85ee                	mv	a1,s11
80403ee0:	00000097          	auipc	ra,0x0
80403ee4:	c26080e7          	jalr	-986(ra) # 80403b06 <mulShiftAll64>
80403ee8:	47d5                	li	a5,21
80403eea:	842a                	mv	s0,a0
80403eec:	84ae                	mv	s1,a1
80403eee:	0b47e763          	bltu	a5,s4,80403f9c <__dtoa_engine+0x250>
80403ef2:	804067b7          	lui	a5,0x80406
80403ef6:	bb47a683          	lw	a3,-1100(a5) # 80405bb4 <stdout+0x8>
80403efa:	bb07a603          	lw	a2,-1104(a5)
80403efe:	1838                	add	a4,sp,56
80403f00:	8562                	mv	a0,s8
80403f02:	85ce                	mv	a1,s3
80403f04:	00000097          	auipc	ra,0x0
80403f08:	62c080e7          	jalr	1580(ra) # 80404530 <__umul128>
80403f0c:	57e2                	lw	a5,56(sp)
80403f0e:	56f2                	lw	a3,60(sp)
80403f10:	5da2                	lw	s11,40(sp)
80403f12:	8389                	srl	a5,a5,0x2
80403f14:	06fa                	sll	a3,a3,0x1e
80403f16:	8fd5                	or	a5,a5,a3
80403f18:	4695                	li	a3,5
80403f1a:	02f687b3          	mul	a5,a3,a5
80403f1e:	5932                	lw	s2,44(sp)
80403f20:	01879e63          	bne	a5,s8,80403f3c <__dtoa_engine+0x1f0>
80403f24:	85ce                	mv	a1,s3
80403f26:	8562                	mv	a0,s8
80403f28:	00000097          	auipc	ra,0x0
80403f2c:	348080e7          	jalr	840(ra) # 80404270 <__pow5Factor>
80403f30:	01453733          	sltu	a4,a0,s4
80403f34:	00174993          	xor	s3,a4,1
80403f38:	4d01                	li	s10,0
80403f3a:	a03d                	j	80403f68 <__dtoa_engine+0x21c>
80403f3c:	4792                	lw	a5,4(sp)
80403f3e:	eb95                	bnez	a5,80403f72 <__dtoa_engine+0x226>
80403f40:	fffc0793          	add	a5,s8,-1
80403f44:	41a78533          	sub	a0,a5,s10
80403f48:	001c3593          	seqz	a1,s8
80403f4c:	00a7b7b3          	sltu	a5,a5,a0
80403f50:	40b985b3          	sub	a1,s3,a1
80403f54:	8d9d                	sub	a1,a1,a5
80403f56:	00000097          	auipc	ra,0x0
80403f5a:	31a080e7          	jalr	794(ra) # 80404270 <__pow5Factor>
80403f5e:	01453933          	sltu	s2,a0,s4
80403f62:	00194d13          	xor	s10,s2,1
80403f66:	4981                	li	s3,0
80403f68:	47a2                	lw	a5,8(sp)
80403f6a:	10079e63          	bnez	a5,80404086 <__dtoa_engine+0x33a>
80403f6e:	8b5e                	mv	s6,s7
80403f70:	a079                	j	80403ffe <__dtoa_engine+0x2b2>
80403f72:	002c0513          	add	a0,s8,2
80403f76:	018535b3          	sltu	a1,a0,s8
80403f7a:	95ce                	add	a1,a1,s3
80403f7c:	00000097          	auipc	ra,0x0
80403f80:	2f4080e7          	jalr	756(ra) # 80404270 <__pow5Factor>
80403f84:	01453533          	sltu	a0,a0,s4
80403f88:	00154513          	xor	a0,a0,1
80403f8c:	40ad8533          	sub	a0,s11,a0
80403f90:	00adbdb3          	sltu	s11,s11,a0
80403f94:	41b90733          	sub	a4,s2,s11
80403f98:	d42a                	sw	a0,40(sp)
80403f9a:	d63a                	sw	a4,44(sp)
80403f9c:	4981                	li	s3,0
80403f9e:	bf69                	j	80403f38 <__dtoa_engine+0x1ec>
80403fa0:	03e00793          	li	a5,62
80403fa4:	ff67ece3          	bltu	a5,s6,80403f9c <__dtoa_engine+0x250>
80403fa8:	865a                	mv	a2,s6
80403faa:	557d                	li	a0,-1
80403fac:	55fd                	li	a1,-1
80403fae:	ffffe097          	auipc	ra,0xffffe
80403fb2:	3d2080e7          	jalr	978(ra) # 80402380 <__ashldi3>
80403fb6:	fff54513          	not	a0,a0
80403fba:	fff5c593          	not	a1,a1
80403fbe:	0135f5b3          	and	a1,a1,s3
80403fc2:	01857533          	and	a0,a0,s8
80403fc6:	00b56733          	or	a4,a0,a1
80403fca:	00173993          	seqz	s3,a4
80403fce:	b7ad                	j	80403f38 <__dtoa_engine+0x1ec>
80403fd0:	02d50833          	mul	a6,a0,a3
80403fd4:	0785                	add	a5,a5,1
80403fd6:	02b536b3          	mulhu	a3,a0,a1
80403fda:	02b505b3          	mul	a1,a0,a1
80403fde:	96c2                	add	a3,a3,a6
80403fe0:	00d4e663          	bltu	s1,a3,80403fec <__dtoa_engine+0x2a0>
80403fe4:	fe9696e3          	bne	a3,s1,80403fd0 <__dtoa_engine+0x284>
80403fe8:	feb474e3          	bgeu	s0,a1,80403fd0 <__dtoa_engine+0x284>
80403fec:	4732                	lw	a4,12(sp)
80403fee:	97d2                	add	a5,a5,s4
80403ff0:	97ba                	add	a5,a5,a4
80403ff2:	00f04363          	bgtz	a5,80403ff8 <__dtoa_engine+0x2ac>
80403ff6:	4785                	li	a5,1
80403ff8:	8b3e                	mv	s6,a5
80403ffa:	f6fbcae3          	blt	s7,a5,80403f6e <__dtoa_engine+0x222>
80403ffe:	4c81                	li	s9,0
80404000:	4901                	li	s2,0
80404002:	4c01                	li	s8,0
80404004:	5522                	lw	a0,40(sp)
80404006:	55b2                	lw	a1,44(sp)
80404008:	00000097          	auipc	ra,0x0
8040400c:	d0c080e7          	jalr	-756(ra) # 80403d14 <div10>
80404010:	57c2                	lw	a5,48(sp)
80404012:	8dae                	mv	s11,a1
80404014:	55d2                	lw	a1,52(sp)
80404016:	c82a                	sw	a0,16(sp)
80404018:	853e                	mv	a0,a5
8040401a:	ca3e                	sw	a5,20(sp)
8040401c:	00000097          	auipc	ra,0x0
80404020:	cf8080e7          	jalr	-776(ra) # 80403d14 <div10>
80404024:	832a                	mv	t1,a0
80404026:	88ae                	mv	a7,a1
80404028:	4ea9                	li	t4,10
8040402a:	01b5e763          	bltu	a1,s11,80404038 <__dtoa_engine+0x2ec>
8040402e:	08bd9863          	bne	s11,a1,804040be <__dtoa_engine+0x372>
80404032:	47c2                	lw	a5,16(sp)
80404034:	08f57563          	bgeu	a0,a5,804040be <__dtoa_engine+0x372>
80404038:	8522                	mv	a0,s0
8040403a:	85a6                	mv	a1,s1
8040403c:	ce46                	sw	a7,28(sp)
8040403e:	cc1a                	sw	t1,24(sp)
80404040:	00000097          	auipc	ra,0x0
80404044:	cd4080e7          	jalr	-812(ra) # 80403d14 <div10>
80404048:	4362                	lw	t1,24(sp)
8040404a:	4ea9                	li	t4,10
8040404c:	001cb693          	seqz	a3,s9
80404050:	026e8833          	mul	a6,t4,t1
80404054:	00d9f9b3          	and	s3,s3,a3
80404058:	47d2                	lw	a5,20(sp)
8040405a:	48f2                	lw	a7,28(sp)
8040405c:	d66e                	sw	s11,44(sp)
8040405e:	d81a                	sw	t1,48(sp)
80404060:	da46                	sw	a7,52(sp)
80404062:	0905                	add	s2,s2,1
80404064:	84ae                	mv	s1,a1
80404066:	02ae86b3          	mul	a3,t4,a0
8040406a:	40f80833          	sub	a6,a6,a5
8040406e:	47c2                	lw	a5,16(sp)
80404070:	00183813          	seqz	a6,a6
80404074:	010d7d33          	and	s10,s10,a6
80404078:	d43e                	sw	a5,40(sp)
8040407a:	40d406b3          	sub	a3,s0,a3
8040407e:	0ff6fc93          	zext.b	s9,a3
80404082:	842a                	mv	s0,a0
80404084:	b741                	j	80404004 <__dtoa_engine+0x2b8>
80404086:	45a9                	li	a1,10
80404088:	4681                	li	a3,0
8040408a:	4785                	li	a5,1
8040408c:	4529                	li	a0,10
8040408e:	bf89                	j	80403fe0 <__dtoa_engine+0x294>
80404090:	030e8f33          	mul	t5,t4,a6
80404094:	0505                	add	a0,a0,1
80404096:	02beb833          	mulhu	a6,t4,a1
8040409a:	02be85b3          	mul	a1,t4,a1
8040409e:	987a                	add	a6,a6,t5
804040a0:	0104e663          	bltu	s1,a6,804040ac <__dtoa_engine+0x360>
804040a4:	fe9816e3          	bne	a6,s1,80404090 <__dtoa_engine+0x344>
804040a8:	feb474e3          	bgeu	s0,a1,80404090 <__dtoa_engine+0x344>
804040ac:	00ab5d63          	bge	s6,a0,804040c6 <__dtoa_engine+0x37a>
804040b0:	000b1563          	bnez	s6,804040ba <__dtoa_engine+0x36e>
804040b4:	009465b3          	or	a1,s0,s1
804040b8:	c599                	beqz	a1,804040c6 <__dtoa_engine+0x37a>
804040ba:	4c05                	li	s8,1
804040bc:	bfb5                	j	80404038 <__dtoa_engine+0x2ec>
804040be:	45a9                	li	a1,10
804040c0:	4801                	li	a6,0
804040c2:	4505                	li	a0,1
804040c4:	bff1                	j	804040a0 <__dtoa_engine+0x354>
804040c6:	060d0763          	beqz	s10,80404134 <__dtoa_engine+0x3e8>
804040ca:	4da9                	li	s11,10
804040cc:	5342                	lw	t1,48(sp)
804040ce:	55d2                	lw	a1,52(sp)
804040d0:	851a                	mv	a0,t1
804040d2:	c81a                	sw	t1,16(sp)
804040d4:	00000097          	auipc	ra,0x0
804040d8:	c40080e7          	jalr	-960(ra) # 80403d14 <div10>
804040dc:	ce2e                	sw	a1,28(sp)
804040de:	02ad85b3          	mul	a1,s11,a0
804040e2:	4342                	lw	t1,16(sp)
804040e4:	882a                	mv	a6,a0
804040e6:	cc42                	sw	a6,24(sp)
804040e8:	04659663          	bne	a1,t1,80404134 <__dtoa_engine+0x3e8>
804040ec:	5522                	lw	a0,40(sp)
804040ee:	55b2                	lw	a1,44(sp)
804040f0:	0905                	add	s2,s2,1
804040f2:	00000097          	auipc	ra,0x0
804040f6:	c22080e7          	jalr	-990(ra) # 80403d14 <div10>
804040fa:	ca2a                	sw	a0,20(sp)
804040fc:	c82e                	sw	a1,16(sp)
804040fe:	8522                	mv	a0,s0
80404100:	85a6                	mv	a1,s1
80404102:	00000097          	auipc	ra,0x0
80404106:	c12080e7          	jalr	-1006(ra) # 80403d14 <div10>
8040410a:	001cb693          	seqz	a3,s9
8040410e:	00d9f9b3          	and	s3,s3,a3
80404112:	02ad86b3          	mul	a3,s11,a0
80404116:	4e52                	lw	t3,20(sp)
80404118:	4342                	lw	t1,16(sp)
8040411a:	4862                	lw	a6,24(sp)
8040411c:	48f2                	lw	a7,28(sp)
8040411e:	d472                	sw	t3,40(sp)
80404120:	d61a                	sw	t1,44(sp)
80404122:	d842                	sw	a6,48(sp)
80404124:	da46                	sw	a7,52(sp)
80404126:	84ae                	mv	s1,a1
80404128:	40d406b3          	sub	a3,s0,a3
8040412c:	0ff6fc93          	zext.b	s9,a3
80404130:	842a                	mv	s0,a0
80404132:	bf69                	j	804040cc <__dtoa_engine+0x380>
80404134:	9952                	add	s2,s2,s4
80404136:	0c098863          	beqz	s3,80404206 <__dtoa_engine+0x4ba>
8040413a:	4715                	li	a4,5
8040413c:	0cec9563          	bne	s9,a4,80404206 <__dtoa_engine+0x4ba>
80404140:	00147713          	and	a4,s0,1
80404144:	e755                	bnez	a4,804041f0 <__dtoa_engine+0x4a4>
80404146:	000c1963          	bnez	s8,80404158 <__dtoa_engine+0x40c>
8040414a:	5742                	lw	a4,48(sp)
8040414c:	00871563          	bne	a4,s0,80404156 <__dtoa_engine+0x40a>
80404150:	5752                	lw	a4,52(sp)
80404152:	0c970c63          	beq	a4,s1,8040422a <__dtoa_engine+0x4de>
80404156:	4701                	li	a4,0
80404158:	943a                	add	s0,s0,a4
8040415a:	00e435b3          	sltu	a1,s0,a4
8040415e:	95a6                	add	a1,a1,s1
80404160:	8a2e                	mv	s4,a1
80404162:	84a2                	mv	s1,s0
80404164:	4629                	li	a2,10
80404166:	4681                	li	a3,0
80404168:	4c05                	li	s8,1
8040416a:	4529                	li	a0,10
8040416c:	00d5e663          	bltu	a1,a3,80404178 <__dtoa_engine+0x42c>
80404170:	0ab69f63          	bne	a3,a1,8040422e <__dtoa_engine+0x4e2>
80404174:	0ac47d63          	bgeu	s0,a2,8040422e <__dtoa_engine+0x4e2>
80404178:	c329                	beqz	a4,804041ba <__dtoa_engine+0x46e>
8040417a:	058b5063          	bge	s6,s8,804041ba <__dtoa_engine+0x46e>
8040417e:	47a2                	lw	a5,8(sp)
80404180:	cf91                	beqz	a5,8040419c <__dtoa_engine+0x450>
80404182:	4732                	lw	a4,12(sp)
80404184:	012c07b3          	add	a5,s8,s2
80404188:	00f70b33          	add	s6,a4,a5
8040418c:	000b5363          	bgez	s6,80404192 <__dtoa_engine+0x446>
80404190:	4b01                	li	s6,0
80404192:	016bd363          	bge	s7,s6,80404198 <__dtoa_engine+0x44c>
80404196:	8b5e                	mv	s6,s7
80404198:	038b5163          	bge	s6,s8,804041ba <__dtoa_engine+0x46e>
8040419c:	00540513          	add	a0,s0,5
804041a0:	00853433          	sltu	s0,a0,s0
804041a4:	4629                	li	a2,10
804041a6:	4681                	li	a3,0
804041a8:	95a2                	add	a1,a1,s0
804041aa:	ffffe097          	auipc	ra,0xffffe
804041ae:	264080e7          	jalr	612(ra) # 8040240e <__udivdi3>
804041b2:	84aa                	mv	s1,a0
804041b4:	8a2e                	mv	s4,a1
804041b6:	0905                	add	s2,s2,1
804041b8:	1c7d                	add	s8,s8,-1
804041ba:	87da                	mv	a5,s6
804041bc:	016c5363          	bge	s8,s6,804041c2 <__dtoa_engine+0x476>
804041c0:	87e2                	mv	a5,s8
804041c2:	01079413          	sll	s0,a5,0x10
804041c6:	0942                	sll	s2,s2,0x10
804041c8:	8441                	sra	s0,s0,0x10
804041ca:	41095913          	sra	s2,s2,0x10
804041ce:	9922                	add	s2,s2,s0
804041d0:	008a8b33          	add	s6,s5,s0
804041d4:	197d                	add	s2,s2,-1
804041d6:	4b81                	li	s7,0
804041d8:	8c5a                	mv	s8,s6
804041da:	1b7d                	add	s6,s6,-1
804041dc:	068bc263          	blt	s7,s0,80404240 <__dtoa_engine+0x4f4>
804041e0:	4782                	lw	a5,0(sp)
804041e2:	000c02a3          	sb	zero,5(s8)
804041e6:	012aa023          	sw	s2,0(s5)
804041ea:	00fa8223          	sb	a5,4(s5)
804041ee:	be45                	j	80403d9e <__dtoa_engine+0x52>
804041f0:	4705                	li	a4,1
804041f2:	f60c13e3          	bnez	s8,80404158 <__dtoa_engine+0x40c>
804041f6:	5742                	lw	a4,48(sp)
804041f8:	00871563          	bne	a4,s0,80404202 <__dtoa_engine+0x4b6>
804041fc:	5752                	lw	a4,52(sp)
804041fe:	00970c63          	beq	a4,s1,80404216 <__dtoa_engine+0x4ca>
80404202:	4705                	li	a4,1
80404204:	bf91                	j	80404158 <__dtoa_engine+0x40c>
80404206:	000c1d63          	bnez	s8,80404220 <__dtoa_engine+0x4d4>
8040420a:	5742                	lw	a4,48(sp)
8040420c:	00871a63          	bne	a4,s0,80404220 <__dtoa_engine+0x4d4>
80404210:	5752                	lw	a4,52(sp)
80404212:	00971763          	bne	a4,s1,80404220 <__dtoa_engine+0x4d4>
80404216:	4792                	lw	a5,4(sp)
80404218:	4705                	li	a4,1
8040421a:	ff9d                	bnez	a5,80404158 <__dtoa_engine+0x40c>
8040421c:	f20d0ee3          	beqz	s10,80404158 <__dtoa_engine+0x40c>
80404220:	005cb693          	sltiu	a3,s9,5
80404224:	0016c713          	xor	a4,a3,1
80404228:	bf05                	j	80404158 <__dtoa_engine+0x40c>
8040422a:	4c91                	li	s9,4
8040422c:	b7ed                	j	80404216 <__dtoa_engine+0x4ca>
8040422e:	02d50833          	mul	a6,a0,a3
80404232:	0c05                	add	s8,s8,1
80404234:	02c536b3          	mulhu	a3,a0,a2
80404238:	02c50633          	mul	a2,a0,a2
8040423c:	96c2                	add	a3,a3,a6
8040423e:	b73d                	j	8040416c <__dtoa_engine+0x420>
80404240:	4629                	li	a2,10
80404242:	4681                	li	a3,0
80404244:	8526                	mv	a0,s1
80404246:	85d2                	mv	a1,s4
80404248:	ffffe097          	auipc	ra,0xffffe
8040424c:	524080e7          	jalr	1316(ra) # 8040276c <__umoddi3>
80404250:	03050513          	add	a0,a0,48
80404254:	00ab02a3          	sb	a0,5(s6)
80404258:	85d2                	mv	a1,s4
8040425a:	8526                	mv	a0,s1
8040425c:	4629                	li	a2,10
8040425e:	4681                	li	a3,0
80404260:	ffffe097          	auipc	ra,0xffffe
80404264:	1ae080e7          	jalr	430(ra) # 8040240e <__udivdi3>
80404268:	84aa                	mv	s1,a0
8040426a:	8a2e                	mv	s4,a1
8040426c:	0b85                	add	s7,s7,1
8040426e:	b7b5                	j	804041da <__dtoa_engine+0x48e>

80404270 <__pow5Factor>:
80404270:	ccccd737          	lui	a4,0xccccd
80404274:	333336b7          	lui	a3,0x33333
80404278:	87aa                	mv	a5,a0
8040427a:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8b324d>
8040427e:	4501                	li	a0,0
80404280:	ccc70713          	add	a4,a4,-820
80404284:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80404288:	02c585b3          	mul	a1,a1,a2
8040428c:	02e78833          	mul	a6,a5,a4
80404290:	982e                	add	a6,a6,a1
80404292:	02c7b5b3          	mulhu	a1,a5,a2
80404296:	95c2                	add	a1,a1,a6
80404298:	02c787b3          	mul	a5,a5,a2
8040429c:	00b6e863          	bltu	a3,a1,804042ac <__pow5Factor+0x3c>
804042a0:	00d59463          	bne	a1,a3,804042a8 <__pow5Factor+0x38>
804042a4:	00f5e463          	bltu	a1,a5,804042ac <__pow5Factor+0x3c>
804042a8:	0505                	add	a0,a0,1
804042aa:	bff9                	j	80404288 <__pow5Factor+0x18>
804042ac:	8082                	ret

804042ae <__double_computePow5>:
804042ae:	ffffe317          	auipc	t1,0xffffe
804042b2:	7ee302e7          	jalr	t0,2030(t1) # 80402a9c <__riscv_save_10>
804042b6:	47e9                	li	a5,26
804042b8:	02f55b33          	divu	s6,a0,a5
804042bc:	804059b7          	lui	s3,0x80405
804042c0:	66098b93          	add	s7,s3,1632 # 80405660 <DOUBLE_POW5_SPLIT2>
804042c4:	1101                	add	sp,sp,-32
804042c6:	892e                	mv	s2,a1
804042c8:	02f577b3          	remu	a5,a0,a5
804042cc:	004b1713          	sll	a4,s6,0x4
804042d0:	9bba                	add	s7,s7,a4
804042d2:	e785                	bnez	a5,804042fa <__double_computePow5+0x4c>
804042d4:	000ba703          	lw	a4,0(s7)
804042d8:	004ba783          	lw	a5,4(s7)
804042dc:	c198                	sw	a4,0(a1)
804042de:	c1dc                	sw	a5,4(a1)
804042e0:	008ba503          	lw	a0,8(s7)
804042e4:	00cba583          	lw	a1,12(s7)
804042e8:	00a92423          	sw	a0,8(s2)
804042ec:	00b92623          	sw	a1,12(s2)
804042f0:	6105                	add	sp,sp,32
804042f2:	ffffe317          	auipc	t1,0xffffe
804042f6:	7e230067          	jr	2018(t1) # 80402ad4 <__riscv_restore_10>
804042fa:	66098993          	add	s3,s3,1632
804042fe:	078e                	sll	a5,a5,0x3
80404300:	97ce                	add	a5,a5,s3
80404302:	0d07aa03          	lw	s4,208(a5)
80404306:	0d47aa83          	lw	s5,212(a5)
8040430a:	008ba603          	lw	a2,8(s7)
8040430e:	00cba683          	lw	a3,12(s7)
80404312:	0818                	add	a4,sp,16
80404314:	85d6                	mv	a1,s5
80404316:	842a                	mv	s0,a0
80404318:	8552                	mv	a0,s4
8040431a:	00000097          	auipc	ra,0x0
8040431e:	216080e7          	jalr	534(ra) # 80404530 <__umul128>
80404322:	000ba603          	lw	a2,0(s7)
80404326:	004ba683          	lw	a3,4(s7)
8040432a:	84aa                	mv	s1,a0
8040432c:	8c2e                	mv	s8,a1
8040432e:	0838                	add	a4,sp,24
80404330:	8552                	mv	a0,s4
80404332:	85d6                	mv	a1,s5
80404334:	00000097          	auipc	ra,0x0
80404338:	1fc080e7          	jalr	508(ra) # 80404530 <__umul128>
8040433c:	47e2                	lw	a5,24(sp)
8040433e:	4772                	lw	a4,28(sp)
80404340:	8aaa                	mv	s5,a0
80404342:	94be                	add	s1,s1,a5
80404344:	00f4ba33          	sltu	s4,s1,a5
80404348:	9c3a                	add	s8,s8,a4
8040434a:	9a62                	add	s4,s4,s8
8040434c:	00ea6663          	bltu	s4,a4,80404358 <__double_computePow5+0xaa>
80404350:	01471d63          	bne	a4,s4,8040436a <__double_computePow5+0xbc>
80404354:	00f4fb63          	bgeu	s1,a5,8040436a <__double_computePow5+0xbc>
80404358:	47c2                	lw	a5,16(sp)
8040435a:	46d2                	lw	a3,20(sp)
8040435c:	00178713          	add	a4,a5,1
80404360:	00f737b3          	sltu	a5,a4,a5
80404364:	97b6                	add	a5,a5,a3
80404366:	c83a                	sw	a4,16(sp)
80404368:	ca3e                	sw	a5,20(sp)
8040436a:	8522                	mv	a0,s0
8040436c:	c62e                	sw	a1,12(sp)
8040436e:	00000097          	auipc	ra,0x0
80404372:	1b0080e7          	jalr	432(ra) # 8040451e <__pow5bits>
80404376:	8baa                	mv	s7,a0
80404378:	4569                	li	a0,26
8040437a:	02ab0533          	mul	a0,s6,a0
8040437e:	00000097          	auipc	ra,0x0
80404382:	1a0080e7          	jalr	416(ra) # 8040451e <__pow5bits>
80404386:	45b2                	lw	a1,12(sp)
80404388:	40ab8733          	sub	a4,s7,a0
8040438c:	8626                	mv	a2,s1
8040438e:	86d2                	mv	a3,s4
80404390:	8556                	mv	a0,s5
80404392:	c43a                	sw	a4,8(sp)
80404394:	00000097          	auipc	ra,0x0
80404398:	1e8080e7          	jalr	488(ra) # 8040457c <__shiftright128>
8040439c:	00445793          	srl	a5,s0,0x4
804043a0:	078a                	sll	a5,a5,0x2
804043a2:	99be                	add	s3,s3,a5
804043a4:	1a09a783          	lw	a5,416(s3)
804043a8:	0406                	sll	s0,s0,0x1
804043aa:	8879                	and	s0,s0,30
804043ac:	0087d7b3          	srl	a5,a5,s0
804043b0:	8b8d                	and	a5,a5,3
804043b2:	953e                	add	a0,a0,a5
804043b4:	00f537b3          	sltu	a5,a0,a5
804043b8:	4722                	lw	a4,8(sp)
804043ba:	4642                	lw	a2,16(sp)
804043bc:	46d2                	lw	a3,20(sp)
804043be:	97ae                	add	a5,a5,a1
804043c0:	00a92023          	sw	a0,0(s2)
804043c4:	00f92223          	sw	a5,4(s2)
804043c8:	8526                	mv	a0,s1
804043ca:	85d2                	mv	a1,s4
804043cc:	00000097          	auipc	ra,0x0
804043d0:	1b0080e7          	jalr	432(ra) # 8040457c <__shiftright128>
804043d4:	bf11                	j	804042e8 <__double_computePow5+0x3a>

804043d6 <__double_computeInvPow5>:
804043d6:	ffffe317          	auipc	t1,0xffffe
804043da:	6c6302e7          	jalr	t0,1734(t1) # 80402a9c <__riscv_save_10>
804043de:	4b69                	li	s6,26
804043e0:	01950793          	add	a5,a0,25
804043e4:	0367d7b3          	divu	a5,a5,s6
804043e8:	80405ab7          	lui	s5,0x80405
804043ec:	660a8493          	add	s1,s5,1632 # 80405660 <DOUBLE_POW5_SPLIT2>
804043f0:	1f848493          	add	s1,s1,504
804043f4:	1101                	add	sp,sp,-32
804043f6:	8a2e                	mv	s4,a1
804043f8:	03678b33          	mul	s6,a5,s6
804043fc:	0792                	sll	a5,a5,0x4
804043fe:	94be                	add	s1,s1,a5
80404400:	40ab0733          	sub	a4,s6,a0
80404404:	02ab1163          	bne	s6,a0,80404426 <__double_computeInvPow5+0x50>
80404408:	4098                	lw	a4,0(s1)
8040440a:	40dc                	lw	a5,4(s1)
8040440c:	c198                	sw	a4,0(a1)
8040440e:	c1dc                	sw	a5,4(a1)
80404410:	4488                	lw	a0,8(s1)
80404412:	44cc                	lw	a1,12(s1)
80404414:	00aa2423          	sw	a0,8(s4)
80404418:	00ba2623          	sw	a1,12(s4)
8040441c:	6105                	add	sp,sp,32
8040441e:	ffffe317          	auipc	t1,0xffffe
80404422:	6b630067          	jr	1718(t1) # 80402ad4 <__riscv_restore_10>
80404426:	660a8a93          	add	s5,s5,1632
8040442a:	070e                	sll	a4,a4,0x3
8040442c:	9756                	add	a4,a4,s5
8040442e:	0d072903          	lw	s2,208(a4)
80404432:	0d472983          	lw	s3,212(a4)
80404436:	4490                	lw	a2,8(s1)
80404438:	44d4                	lw	a3,12(s1)
8040443a:	0818                	add	a4,sp,16
8040443c:	85ce                	mv	a1,s3
8040443e:	842a                	mv	s0,a0
80404440:	854a                	mv	a0,s2
80404442:	00000097          	auipc	ra,0x0
80404446:	0ee080e7          	jalr	238(ra) # 80404530 <__umul128>
8040444a:	4090                	lw	a2,0(s1)
8040444c:	40d4                	lw	a3,4(s1)
8040444e:	8c2a                	mv	s8,a0
80404450:	00163793          	seqz	a5,a2
80404454:	8bae                	mv	s7,a1
80404456:	0838                	add	a4,sp,24
80404458:	8e9d                	sub	a3,a3,a5
8040445a:	854a                	mv	a0,s2
8040445c:	85ce                	mv	a1,s3
8040445e:	167d                	add	a2,a2,-1
80404460:	00000097          	auipc	ra,0x0
80404464:	0d0080e7          	jalr	208(ra) # 80404530 <__umul128>
80404468:	47e2                	lw	a5,24(sp)
8040446a:	4772                	lw	a4,28(sp)
8040446c:	89aa                	mv	s3,a0
8040446e:	9c3e                	add	s8,s8,a5
80404470:	00fc3933          	sltu	s2,s8,a5
80404474:	9bba                	add	s7,s7,a4
80404476:	995e                	add	s2,s2,s7
80404478:	00e96663          	bltu	s2,a4,80404484 <__double_computeInvPow5+0xae>
8040447c:	01271d63          	bne	a4,s2,80404496 <__double_computeInvPow5+0xc0>
80404480:	00fc7b63          	bgeu	s8,a5,80404496 <__double_computeInvPow5+0xc0>
80404484:	47c2                	lw	a5,16(sp)
80404486:	46d2                	lw	a3,20(sp)
80404488:	00178713          	add	a4,a5,1
8040448c:	00f737b3          	sltu	a5,a4,a5
80404490:	97b6                	add	a5,a5,a3
80404492:	c83a                	sw	a4,16(sp)
80404494:	ca3e                	sw	a5,20(sp)
80404496:	855a                	mv	a0,s6
80404498:	c62e                	sw	a1,12(sp)
8040449a:	00000097          	auipc	ra,0x0
8040449e:	084080e7          	jalr	132(ra) # 8040451e <__pow5bits>
804044a2:	8b2a                	mv	s6,a0
804044a4:	8522                	mv	a0,s0
804044a6:	00000097          	auipc	ra,0x0
804044aa:	078080e7          	jalr	120(ra) # 8040451e <__pow5bits>
804044ae:	45b2                	lw	a1,12(sp)
804044b0:	40ab0733          	sub	a4,s6,a0
804044b4:	8662                	mv	a2,s8
804044b6:	86ca                	mv	a3,s2
804044b8:	854e                	mv	a0,s3
804044ba:	c43a                	sw	a4,8(sp)
804044bc:	00000097          	auipc	ra,0x0
804044c0:	0c0080e7          	jalr	192(ra) # 8040457c <__shiftright128>
804044c4:	00445793          	srl	a5,s0,0x4
804044c8:	078a                	sll	a5,a5,0x2
804044ca:	9abe                	add	s5,s5,a5
804044cc:	2e8aa783          	lw	a5,744(s5)
804044d0:	0406                	sll	s0,s0,0x1
804044d2:	8879                	and	s0,s0,30
804044d4:	0087d7b3          	srl	a5,a5,s0
804044d8:	8b8d                	and	a5,a5,3
804044da:	0785                	add	a5,a5,1
804044dc:	953e                	add	a0,a0,a5
804044de:	00f537b3          	sltu	a5,a0,a5
804044e2:	4722                	lw	a4,8(sp)
804044e4:	4642                	lw	a2,16(sp)
804044e6:	46d2                	lw	a3,20(sp)
804044e8:	97ae                	add	a5,a5,a1
804044ea:	00aa2023          	sw	a0,0(s4)
804044ee:	00fa2223          	sw	a5,4(s4)
804044f2:	8562                	mv	a0,s8
804044f4:	85ca                	mv	a1,s2
804044f6:	00000097          	auipc	ra,0x0
804044fa:	086080e7          	jalr	134(ra) # 8040457c <__shiftright128>
804044fe:	bf19                	j	80404414 <__double_computeInvPow5+0x3e>

80404500 <__log10Pow2>:
80404500:	67cd                	lui	a5,0x13
80404502:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80404506:	02f50533          	mul	a0,a0,a5
8040450a:	8149                	srl	a0,a0,0x12
8040450c:	8082                	ret

8040450e <__log10Pow5>:
8040450e:	000b37b7          	lui	a5,0xb3
80404512:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80404516:	02f50533          	mul	a0,a0,a5
8040451a:	8151                	srl	a0,a0,0x14
8040451c:	8082                	ret

8040451e <__pow5bits>:
8040451e:	001297b7          	lui	a5,0x129
80404522:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80404526:	02f50533          	mul	a0,a0,a5
8040452a:	814d                	srl	a0,a0,0x13
8040452c:	0505                	add	a0,a0,1
8040452e:	8082                	ret

80404530 <__umul128>:
80404530:	02c537b3          	mulhu	a5,a0,a2
80404534:	832e                	mv	t1,a1
80404536:	02c585b3          	mul	a1,a1,a2
8040453a:	02c33833          	mulhu	a6,t1,a2
8040453e:	95be                	add	a1,a1,a5
80404540:	00f5b7b3          	sltu	a5,a1,a5
80404544:	97c2                	add	a5,a5,a6
80404546:	02a68833          	mul	a6,a3,a0
8040454a:	02a6b8b3          	mulhu	a7,a3,a0
8040454e:	95c2                	add	a1,a1,a6
80404550:	0105b833          	sltu	a6,a1,a6
80404554:	98c2                	add	a7,a7,a6
80404556:	02d30833          	mul	a6,t1,a3
8040455a:	02d33333          	mulhu	t1,t1,a3
8040455e:	983e                	add	a6,a6,a5
80404560:	011806b3          	add	a3,a6,a7
80404564:	00f837b3          	sltu	a5,a6,a5
80404568:	0106b833          	sltu	a6,a3,a6
8040456c:	c314                	sw	a3,0(a4)
8040456e:	979a                	add	a5,a5,t1
80404570:	983e                	add	a6,a6,a5
80404572:	02c50533          	mul	a0,a0,a2
80404576:	01072223          	sw	a6,4(a4)
8040457a:	8082                	ret

8040457c <__shiftright128>:
8040457c:	ffffe317          	auipc	t1,0xffffe
80404580:	52e302e7          	jalr	t0,1326(t1) # 80402aaa <__riscv_save_4>
80404584:	8a2a                	mv	s4,a0
80404586:	8532                	mv	a0,a2
80404588:	04000613          	li	a2,64
8040458c:	8e19                	sub	a2,a2,a4
8040458e:	89ae                	mv	s3,a1
80404590:	85b6                	mv	a1,a3
80404592:	843a                	mv	s0,a4
80404594:	ffffe097          	auipc	ra,0xffffe
80404598:	dec080e7          	jalr	-532(ra) # 80402380 <__ashldi3>
8040459c:	892a                	mv	s2,a0
8040459e:	84ae                	mv	s1,a1
804045a0:	8622                	mv	a2,s0
804045a2:	8552                	mv	a0,s4
804045a4:	85ce                	mv	a1,s3
804045a6:	ffffe097          	auipc	ra,0xffffe
804045aa:	db2080e7          	jalr	-590(ra) # 80402358 <__lshrdi3>
804045ae:	00a96533          	or	a0,s2,a0
804045b2:	8dc5                	or	a1,a1,s1
804045b4:	ffffe317          	auipc	t1,0xffffe
804045b8:	52a30067          	jr	1322(t1) # 80402ade <__riscv_restore_4>

804045bc <strnlen>:
804045bc:	95aa                	add	a1,a1,a0
804045be:	87aa                	mv	a5,a0
804045c0:	00b78563          	beq	a5,a1,804045ca <strnlen+0xe>
804045c4:	0007c703          	lbu	a4,0(a5)
804045c8:	e701                	bnez	a4,804045d0 <strnlen+0x14>
804045ca:	40a78533          	sub	a0,a5,a0
804045ce:	8082                	ret
804045d0:	0785                	add	a5,a5,1
804045d2:	b7fd                	j	804045c0 <strnlen+0x4>

804045d4 <__file_str_put>:
804045d4:	49dc                	lw	a5,20(a1)
804045d6:	4d98                	lw	a4,24(a1)
804045d8:	00e78763          	beq	a5,a4,804045e6 <__file_str_put+0x12>
804045dc:	00178713          	add	a4,a5,1
804045e0:	c9d8                	sw	a4,20(a1)
804045e2:	00a78023          	sb	a0,0(a5)
804045e6:	8082                	ret

804045e8 <store_event>:
804045e8:	8082                	ret

804045ea <uni_net_mac>:
804045ea:	804067b7          	lui	a5,0x80406
804045ee:	1307a783          	lw	a5,304(a5) # 80406130 <present>
804045f2:	c7a5                	beqz	a5,8040465a <uni_net_mac+0x70>
804045f4:	1101                	add	sp,sp,-32
804045f6:	ca26                	sw	s1,20(sp)
804045f8:	84aa                	mv	s1,a0
804045fa:	850a                	mv	a0,sp
804045fc:	cc22                	sw	s0,24(sp)
804045fe:	c84a                	sw	s2,16(sp)
80404600:	ce06                	sw	ra,28(sp)
80404602:	80406937          	lui	s2,0x80406
80404606:	ffffc097          	auipc	ra,0xffffc
8040460a:	5e6080e7          	jalr	1510(ra) # 80400bec <pv_genid>
8040460e:	12c92783          	lw	a5,300(s2) # 8040612c <mac_generation>
80404612:	842a                	mv	s0,a0
80404614:	02a79363          	bne	a5,a0,8040463a <uni_net_mac+0x50>
80404618:	8041a5b7          	lui	a1,0x8041a
8040461c:	8526                	mv	a0,s1
8040461e:	4619                	li	a2,6
80404620:	89c58593          	add	a1,a1,-1892 # 8041989c <nf+0x34>
80404624:	ffffe097          	auipc	ra,0xffffe
80404628:	4d0080e7          	jalr	1232(ra) # 80402af4 <memcpy>
8040462c:	40f2                	lw	ra,28(sp)
8040462e:	4462                	lw	s0,24(sp)
80404630:	44d2                	lw	s1,20(sp)
80404632:	4942                	lw	s2,16(sp)
80404634:	4501                	li	a0,0
80404636:	6105                	add	sp,sp,32
80404638:	8082                	ret
8040463a:	8041a5b7          	lui	a1,0x8041a
8040463e:	8041a537          	lui	a0,0x8041a
80404642:	a6858593          	add	a1,a1,-1432 # 80419a68 <store>
80404646:	86850513          	add	a0,a0,-1944 # 80419868 <nf>
8040464a:	ffffd097          	auipc	ra,0xffffd
8040464e:	bd6080e7          	jalr	-1066(ra) # 80401220 <netfront_reread_mac>
80404652:	f179                	bnez	a0,80404618 <uni_net_mac+0x2e>
80404654:	12892623          	sw	s0,300(s2)
80404658:	b7c1                	j	80404618 <uni_net_mac+0x2e>
8040465a:	5535                	li	a0,-19
8040465c:	8082                	ret

8040465e <uni_net_send>:
8040465e:	804067b7          	lui	a5,0x80406
80404662:	1307a783          	lw	a5,304(a5) # 80406130 <present>
80404666:	c3a1                	beqz	a5,804046a6 <uni_net_send+0x48>
80404668:	1141                	add	sp,sp,-16
8040466a:	c422                	sw	s0,8(sp)
8040466c:	c606                	sw	ra,12(sp)
8040466e:	ff258793          	add	a5,a1,-14
80404672:	5dc00713          	li	a4,1500
80404676:	842e                	mv	s0,a1
80404678:	02f76563          	bltu	a4,a5,804046a2 <uni_net_send+0x44>
8040467c:	85aa                	mv	a1,a0
8040467e:	8041a537          	lui	a0,0x8041a
80404682:	8622                	mv	a2,s0
80404684:	86850513          	add	a0,a0,-1944 # 80419868 <nf>
80404688:	ffffd097          	auipc	ra,0xffffd
8040468c:	bf2080e7          	jalr	-1038(ra) # 8040127a <netfront_send>
80404690:	00054763          	bltz	a0,8040469e <uni_net_send+0x40>
80404694:	8522                	mv	a0,s0
80404696:	40b2                	lw	ra,12(sp)
80404698:	4422                	lw	s0,8(sp)
8040469a:	0141                	add	sp,sp,16
8040469c:	8082                	ret
8040469e:	5535                	li	a0,-19
804046a0:	bfdd                	j	80404696 <uni_net_send+0x38>
804046a2:	5529                	li	a0,-22
804046a4:	bfcd                	j	80404696 <uni_net_send+0x38>
804046a6:	5535                	li	a0,-19
804046a8:	8082                	ret

804046aa <net_rx>:
804046aa:	fff60713          	add	a4,a2,-1
804046ae:	5e900793          	li	a5,1513
804046b2:	08e7e563          	bltu	a5,a4,8040473c <net_rx+0x92>
804046b6:	1141                	add	sp,sp,-16
804046b8:	c04a                	sw	s2,0(sp)
804046ba:	80406737          	lui	a4,0x80406
804046be:	80406937          	lui	s2,0x80406
804046c2:	12492783          	lw	a5,292(s2) # 80406124 <rxq_tail>
804046c6:	12872703          	lw	a4,296(a4) # 80406128 <rxq_head>
804046ca:	c606                	sw	ra,12(sp)
804046cc:	c422                	sw	s0,8(sp)
804046ce:	c226                	sw	s1,4(sp)
804046d0:	46fd                	li	a3,31
804046d2:	40e78733          	sub	a4,a5,a4
804046d6:	00e6ff63          	bgeu	a3,a4,804046f4 <net_rx+0x4a>
804046da:	80406737          	lui	a4,0x80406
804046de:	12072783          	lw	a5,288(a4) # 80406120 <rxq_dropped>
804046e2:	40b2                	lw	ra,12(sp)
804046e4:	4422                	lw	s0,8(sp)
804046e6:	0785                	add	a5,a5,1
804046e8:	12f72023          	sw	a5,288(a4)
804046ec:	4492                	lw	s1,4(sp)
804046ee:	4902                	lw	s2,0(sp)
804046f0:	0141                	add	sp,sp,16
804046f2:	8082                	ret
804046f4:	01f7f493          	and	s1,a5,31
804046f8:	804197b7          	lui	a5,0x80419
804046fc:	00249713          	sll	a4,s1,0x2
80404700:	7e878793          	add	a5,a5,2024 # 804197e8 <rxq_data>
80404704:	97ba                	add	a5,a5,a4
80404706:	4388                	lw	a0,0(a5)
80404708:	8432                	mv	s0,a2
8040470a:	ffffe097          	auipc	ra,0xffffe
8040470e:	3ea080e7          	jalr	1002(ra) # 80402af4 <memcpy>
80404712:	80419737          	lui	a4,0x80419
80404716:	12492683          	lw	a3,292(s2)
8040471a:	00149793          	sll	a5,s1,0x1
8040471e:	7a870713          	add	a4,a4,1960 # 804197a8 <rxq_len>
80404722:	97ba                	add	a5,a5,a4
80404724:	40b2                	lw	ra,12(sp)
80404726:	00879023          	sh	s0,0(a5)
8040472a:	4422                	lw	s0,8(sp)
8040472c:	00168713          	add	a4,a3,1
80404730:	12e92223          	sw	a4,292(s2)
80404734:	4492                	lw	s1,4(sp)
80404736:	4902                	lw	s2,0(sp)
80404738:	0141                	add	sp,sp,16
8040473a:	8082                	ret
8040473c:	80406737          	lui	a4,0x80406
80404740:	12072783          	lw	a5,288(a4) # 80406120 <rxq_dropped>
80404744:	0785                	add	a5,a5,1
80404746:	12f72023          	sw	a5,288(a4)
8040474a:	8082                	ret

8040474c <uni_net_recv>:
8040474c:	804067b7          	lui	a5,0x80406
80404750:	1307a783          	lw	a5,304(a5) # 80406130 <present>
80404754:	12078663          	beqz	a5,80404880 <uni_net_recv+0x134>
80404758:	7179                	add	sp,sp,-48
8040475a:	c85a                	sw	s6,16(sp)
8040475c:	c65e                	sw	s7,12(sp)
8040475e:	d606                	sw	ra,44(sp)
80404760:	d422                	sw	s0,40(sp)
80404762:	d226                	sw	s1,36(sp)
80404764:	d04a                	sw	s2,32(sp)
80404766:	ce4e                	sw	s3,28(sp)
80404768:	cc52                	sw	s4,24(sp)
8040476a:	ca56                	sw	s5,20(sp)
8040476c:	c462                	sw	s8,8(sp)
8040476e:	8baa                	mv	s7,a0
80404770:	8b2e                	mv	s6,a1
80404772:	c8102773          	rdtimeh	a4
80404776:	c01026f3          	rdtime	a3
8040477a:	c81027f3          	rdtimeh	a5
8040477e:	fef71ae3          	bne	a4,a5,80404772 <uni_net_recv+0x26>
80404782:	6589                	lui	a1,0x2
80404784:	71058593          	add	a1,a1,1808 # 2710 <errno+0x2710>
80404788:	02b609b3          	mul	s3,a2,a1
8040478c:	80406a37          	lui	s4,0x80406
80404790:	80406c37          	lui	s8,0x80406
80404794:	128a2783          	lw	a5,296(s4) # 80406128 <rxq_head>
80404798:	124c2503          	lw	a0,292(s8) # 80406124 <rxq_tail>
8040479c:	02b63633          	mulhu	a2,a2,a1
804047a0:	99b6                	add	s3,s3,a3
804047a2:	00d9b6b3          	sltu	a3,s3,a3
804047a6:	9732                	add	a4,a4,a2
804047a8:	00e68433          	add	s0,a3,a4
804047ac:	06a79463          	bne	a5,a0,80404814 <uni_net_recv+0xc8>
804047b0:	000f4ab7          	lui	s5,0xf4
804047b4:	4901                	li	s2,0
804047b6:	4481                	li	s1,0
804047b8:	240a8a93          	add	s5,s5,576 # f4240 <errno+0xf4240>
804047bc:	c81027f3          	rdtimeh	a5
804047c0:	c01026f3          	rdtime	a3
804047c4:	c8102773          	rdtimeh	a4
804047c8:	fee79ae3          	bne	a5,a4,804047bc <uni_net_recv+0x70>
804047cc:	0a87f263          	bgeu	a5,s0,80404870 <uni_net_recv+0x124>
804047d0:	0297e663          	bltu	a5,s1,804047fc <uni_net_recv+0xb0>
804047d4:	00f49463          	bne	s1,a5,804047dc <uni_net_recv+0x90>
804047d8:	0326e263          	bltu	a3,s2,804047fc <uni_net_recv+0xb0>
804047dc:	40d98733          	sub	a4,s3,a3
804047e0:	00e9b633          	sltu	a2,s3,a4
804047e4:	40f405b3          	sub	a1,s0,a5
804047e8:	00c59463          	bne	a1,a2,804047f0 <uni_net_recv+0xa4>
804047ec:	06eaff63          	bgeu	s5,a4,8040486a <uni_net_recv+0x11e>
804047f0:	01568933          	add	s2,a3,s5
804047f4:	00d936b3          	sltu	a3,s2,a3
804047f8:	00f684b3          	add	s1,a3,a5
804047fc:	854a                	mv	a0,s2
804047fe:	85a6                	mv	a1,s1
80404800:	ffffc097          	auipc	ra,0xffffc
80404804:	3c0080e7          	jalr	960(ra) # 80400bc0 <uni_wait_until>
80404808:	128a2783          	lw	a5,296(s4)
8040480c:	124c2703          	lw	a4,292(s8)
80404810:	fae786e3          	beq	a5,a4,804047bc <uni_net_recv+0x70>
80404814:	8bfd                	and	a5,a5,31
80404816:	80419737          	lui	a4,0x80419
8040481a:	00179693          	sll	a3,a5,0x1
8040481e:	7a870713          	add	a4,a4,1960 # 804197a8 <rxq_len>
80404822:	9736                	add	a4,a4,a3
80404824:	00075403          	lhu	s0,0(a4)
80404828:	8622                	mv	a2,s0
8040482a:	048b6963          	bltu	s6,s0,8040487c <uni_net_recv+0x130>
8040482e:	80419737          	lui	a4,0x80419
80404832:	7e870713          	add	a4,a4,2024 # 804197e8 <rxq_data>
80404836:	078a                	sll	a5,a5,0x2
80404838:	97ba                	add	a5,a5,a4
8040483a:	438c                	lw	a1,0(a5)
8040483c:	855e                	mv	a0,s7
8040483e:	ffffe097          	auipc	ra,0xffffe
80404842:	2b6080e7          	jalr	694(ra) # 80402af4 <memcpy>
80404846:	128a2783          	lw	a5,296(s4)
8040484a:	8522                	mv	a0,s0
8040484c:	0785                	add	a5,a5,1
8040484e:	12fa2423          	sw	a5,296(s4)
80404852:	50b2                	lw	ra,44(sp)
80404854:	5422                	lw	s0,40(sp)
80404856:	5492                	lw	s1,36(sp)
80404858:	5902                	lw	s2,32(sp)
8040485a:	49f2                	lw	s3,28(sp)
8040485c:	4a62                	lw	s4,24(sp)
8040485e:	4ad2                	lw	s5,20(sp)
80404860:	4b42                	lw	s6,16(sp)
80404862:	4bb2                	lw	s7,12(sp)
80404864:	4c22                	lw	s8,8(sp)
80404866:	6145                	add	sp,sp,48
80404868:	8082                	ret
8040486a:	894e                	mv	s2,s3
8040486c:	84a2                	mv	s1,s0
8040486e:	b779                	j	804047fc <uni_net_recv+0xb0>
80404870:	00f41463          	bne	s0,a5,80404878 <uni_net_recv+0x12c>
80404874:	f536eee3          	bltu	a3,s3,804047d0 <uni_net_recv+0x84>
80404878:	4501                	li	a0,0
8040487a:	bfe1                	j	80404852 <uni_net_recv+0x106>
8040487c:	865a                	mv	a2,s6
8040487e:	bf45                	j	8040482e <uni_net_recv+0xe2>
80404880:	5535                	li	a0,-19
80404882:	8082                	ret
