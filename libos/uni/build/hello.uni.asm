
build/hello.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00006197          	auipc	gp,0x6
80400004:	89818193          	add	gp,gp,-1896 # 80405898 <__global_pointer$>
80400008:	00015117          	auipc	sp,0x15
8040000c:	11810113          	add	sp,sp,280 # 80415120 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00005297          	auipc	t0,0x5
80400016:	09e28293          	add	t0,t0,158 # 804050b0 <upcalls>
8040001a:	00018317          	auipc	t1,0x18
8040001e:	5d630313          	add	t1,t1,1494 # 804185f0 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00005297          	auipc	t0,0x5
8040003e:	07628293          	add	t0,t0,118 # 804050b0 <upcalls>
80400042:	00005317          	auipc	t1,0x5
80400046:	07230313          	add	t1,t1,114 # 804050b4 <panicking>
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
80400078:	00005317          	auipc	t1,0x5
8040007c:	03830313          	add	t1,t1,56 # 804050b0 <upcalls>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00000097          	auipc	ra,0x0
8040009a:	5ac080e7          	jalr	1452(ra) # 80400642 <uni_runtime_start>
8040009e:	a001                	j	8040009e <_start+0x9e>

804000a0 <main>:
804000a0:	1101                	add	sp,sp,-32
804000a2:	ce06                	sw	ra,28(sp)
804000a4:	ca26                	sw	s1,20(sp)
804000a6:	c84a                	sw	s2,16(sp)
804000a8:	84ae                	mv	s1,a1
804000aa:	cc22                	sw	s0,24(sp)
804000ac:	c64e                	sw	s3,12(sp)
804000ae:	892a                	mv	s2,a0
804000b0:	00001097          	auipc	ra,0x1
804000b4:	cea080e7          	jalr	-790(ra) # 80400d9a <getpid>
804000b8:	85aa                	mv	a1,a0
804000ba:	80404537          	lui	a0,0x80404
804000be:	00050513          	mv	a0,a0
804000c2:	00001097          	auipc	ra,0x1
804000c6:	644080e7          	jalr	1604(ra) # 80401706 <printf>
804000ca:	4785                	li	a5,1
804000cc:	0327d263          	bge	a5,s2,804000f0 <main+0x50>
804000d0:	0491                	add	s1,s1,4
804000d2:	4405                	li	s0,1
804000d4:	804049b7          	lui	s3,0x80404
804000d8:	4090                	lw	a2,0(s1)
804000da:	85a2                	mv	a1,s0
804000dc:	01498513          	add	a0,s3,20 # 80404014 <strnlen+0x1012>
804000e0:	0405                	add	s0,s0,1
804000e2:	00001097          	auipc	ra,0x1
804000e6:	624080e7          	jalr	1572(ra) # 80401706 <printf>
804000ea:	0491                	add	s1,s1,4
804000ec:	fe8916e3          	bne	s2,s0,804000d8 <main+0x38>
804000f0:	40f2                	lw	ra,28(sp)
804000f2:	4462                	lw	s0,24(sp)
804000f4:	44d2                	lw	s1,20(sp)
804000f6:	4942                	lw	s2,16(sp)
804000f8:	49b2                	lw	s3,12(sp)
804000fa:	4501                	li	a0,0
804000fc:	6105                	add	sp,sp,32
804000fe:	8082                	ret

80400100 <console_init>:
80400100:	1141                	add	sp,sp,-16
80400102:	804057b7          	lui	a5,0x80405
80400106:	c422                	sw	s0,8(sp)
80400108:	0bc7a403          	lw	s0,188(a5) # 804050bc <uni_start_info>
8040010c:	c606                	sw	ra,12(sp)
8040010e:	5848                	lw	a0,52(s0)
80400110:	00000097          	auipc	ra,0x0
80400114:	4c4080e7          	jalr	1220(ra) # 804005d4 <uni_mfn_to_virt>
80400118:	c939                	beqz	a0,8040016e <console_init+0x6e>
8040011a:	5c10                	lw	a2,56(s0)
8040011c:	85aa                	mv	a1,a0
8040011e:	804016b7          	lui	a3,0x80401
80400122:	80417537          	lui	a0,0x80417
80400126:	34450513          	add	a0,a0,836 # 80417344 <cons>
8040012a:	99068693          	add	a3,a3,-1648 # 80400990 <pv_block>
8040012e:	00001097          	auipc	ra,0x1
80400132:	87c080e7          	jalr	-1924(ra) # 804009aa <pvcons_init>
80400136:	5c08                	lw	a0,56(s0)
80400138:	804015b7          	lui	a1,0x80401
8040013c:	4601                	li	a2,0
8040013e:	ab458593          	add	a1,a1,-1356 # 80400ab4 <cons_event>
80400142:	00000097          	auipc	ra,0x0
80400146:	6f6080e7          	jalr	1782(ra) # 80400838 <evtchn_bind>
8040014a:	02054a63          	bltz	a0,8040017e <console_init+0x7e>
8040014e:	4422                	lw	s0,8(sp)
80400150:	40b2                	lw	ra,12(sp)
80400152:	804057b7          	lui	a5,0x80405
80400156:	4705                	li	a4,1
80400158:	80401537          	lui	a0,0x80401
8040015c:	0ce7a823          	sw	a4,208(a5) # 804050d0 <ready>
80400160:	ab650513          	add	a0,a0,-1354 # 80400ab6 <uni_console_drain>
80400164:	0141                	add	sp,sp,16
80400166:	00000317          	auipc	t1,0x0
8040016a:	2b430067          	jr	692(t1) # 8040041a <uni_at_shutdown>
8040016e:	80404537          	lui	a0,0x80404
80400172:	35850513          	add	a0,a0,856 # 80404358 <names.0+0x68>
80400176:	00000097          	auipc	ra,0x0
8040017a:	2f4080e7          	jalr	756(ra) # 8040046a <uni_panic>
8040017e:	80404537          	lui	a0,0x80404
80400182:	38c50513          	add	a0,a0,908 # 8040438c <names.0+0x9c>
80400186:	00000097          	auipc	ra,0x0
8040018a:	2e4080e7          	jalr	740(ra) # 8040046a <uni_panic>

8040018e <time_init>:
8040018e:	c81027f3          	rdtimeh	a5
80400192:	c01026f3          	rdtime	a3
80400196:	c8102773          	rdtimeh	a4
8040019a:	fee79ae3          	bne	a5,a4,8040018e <time_init>
8040019e:	80405737          	lui	a4,0x80405
804001a2:	0cd72c23          	sw	a3,216(a4) # 804050d8 <boot_time>
804001a6:	0cf72e23          	sw	a5,220(a4)
804001aa:	8082                	ret

804001ac <memory_init>:
804001ac:	804057b7          	lui	a5,0x80405
804001b0:	0bc7a683          	lw	a3,188(a5) # 804050bc <uni_start_info>
804001b4:	804057b7          	lui	a5,0x80405
804001b8:	0cc7a603          	lw	a2,204(a5) # 804050cc <pv_shared_info>
804001bc:	5ed8                	lw	a4,60(a3)
804001be:	42bc                	lw	a5,64(a3)
804001c0:	528c                	lw	a1,32(a3)
804001c2:	6685                	lui	a3,0x1
804001c4:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
804001c6:	9736                	add	a4,a4,a3
804001c8:	07b2                	sll	a5,a5,0xc
804001ca:	97ba                	add	a5,a5,a4
804001cc:	76fd                	lui	a3,0xfffff
804001ce:	8ff5                	and	a5,a5,a3
804001d0:	800008b7          	lui	a7,0x80000
804001d4:	804056b7          	lui	a3,0x80405
804001d8:	1116a423          	sw	a7,264(a3) # 80405108 <low_next>
804001dc:	804056b7          	lui	a3,0x80405
804001e0:	804008b7          	lui	a7,0x80400
804001e4:	00080737          	lui	a4,0x80
804001e8:	1116a223          	sw	a7,260(a3) # 80405104 <low_end>
804001ec:	804056b7          	lui	a3,0x80405
804001f0:	14462803          	lw	a6,324(a2)
804001f4:	972e                	add	a4,a4,a1
804001f6:	0ef6ae23          	sw	a5,252(a3) # 804050fc <brk>
804001fa:	804056b7          	lui	a3,0x80405
804001fe:	1141                	add	sp,sp,-16
80400200:	15462603          	lw	a2,340(a2)
80400204:	0732                	sll	a4,a4,0xc
80400206:	10f6a023          	sw	a5,256(a3) # 80405100 <heap_start>
8040020a:	804057b7          	lui	a5,0x80405
8040020e:	c422                	sw	s0,8(sp)
80400210:	0ee7ac23          	sw	a4,248(a5) # 804050f8 <top>
80400214:	80405437          	lui	s0,0x80405
80400218:	804057b7          	lui	a5,0x80405
8040021c:	0f07a223          	sw	a6,228(a5) # 804050e4 <revoke_seen>
80400220:	0e840593          	add	a1,s0,232 # 804050e8 <revoke_port>
80400224:	804057b7          	lui	a5,0x80405
80400228:	4541                	li	a0,16
8040022a:	c606                	sw	ra,12(sp)
8040022c:	0ec7a023          	sw	a2,224(a5) # 804050e0 <revoked_seen>
80400230:	00000097          	auipc	ra,0x0
80400234:	728080e7          	jalr	1832(ra) # 80400958 <evtchn_bind_virq>
80400238:	02054363          	bltz	a0,8040025e <memory_init+0xb2>
8040023c:	0e842503          	lw	a0,232(s0)
80400240:	804015b7          	lui	a1,0x80401
80400244:	4601                	li	a2,0
80400246:	af858593          	add	a1,a1,-1288 # 80400af8 <revoke_event>
8040024a:	00000097          	auipc	ra,0x0
8040024e:	5ee080e7          	jalr	1518(ra) # 80400838 <evtchn_bind>
80400252:	00054663          	bltz	a0,8040025e <memory_init+0xb2>
80400256:	40b2                	lw	ra,12(sp)
80400258:	4422                	lw	s0,8(sp)
8040025a:	0141                	add	sp,sp,16
8040025c:	8082                	ret
8040025e:	80404537          	lui	a0,0x80404
80400262:	3a850513          	add	a0,a0,936 # 804043a8 <names.0+0xb8>
80400266:	00000097          	auipc	ra,0x0
8040026a:	204080e7          	jalr	516(ra) # 8040046a <uni_panic>
	...

80400270 <uni_trap_entry>:
80400270:	7175                	add	sp,sp,-144
80400272:	c206                	sw	ra,4(sp)
80400274:	c60e                	sw	gp,12(sp)
80400276:	c812                	sw	tp,16(sp)
80400278:	ca16                	sw	t0,20(sp)
8040027a:	cc1a                	sw	t1,24(sp)
8040027c:	ce1e                	sw	t2,28(sp)
8040027e:	d022                	sw	s0,32(sp)
80400280:	d226                	sw	s1,36(sp)
80400282:	d42a                	sw	a0,40(sp)
80400284:	d62e                	sw	a1,44(sp)
80400286:	d832                	sw	a2,48(sp)
80400288:	da36                	sw	a3,52(sp)
8040028a:	dc3a                	sw	a4,56(sp)
8040028c:	de3e                	sw	a5,60(sp)
8040028e:	c0c2                	sw	a6,64(sp)
80400290:	c2c6                	sw	a7,68(sp)
80400292:	c4ca                	sw	s2,72(sp)
80400294:	c6ce                	sw	s3,76(sp)
80400296:	c8d2                	sw	s4,80(sp)
80400298:	cad6                	sw	s5,84(sp)
8040029a:	ccda                	sw	s6,88(sp)
8040029c:	cede                	sw	s7,92(sp)
8040029e:	d0e2                	sw	s8,96(sp)
804002a0:	d2e6                	sw	s9,100(sp)
804002a2:	d4ea                	sw	s10,104(sp)
804002a4:	d6ee                	sw	s11,108(sp)
804002a6:	d8f2                	sw	t3,112(sp)
804002a8:	daf6                	sw	t4,116(sp)
804002aa:	dcfa                	sw	t5,120(sp)
804002ac:	defe                	sw	t6,124(sp)
804002ae:	09010293          	add	t0,sp,144
804002b2:	c416                	sw	t0,8(sp)
804002b4:	00005297          	auipc	t0,0x5
804002b8:	e182a283          	lw	t0,-488(t0) # 804050cc <pv_shared_info>
804002bc:	0202a303          	lw	t1,32(t0)
804002c0:	c11a                	sw	t1,128(sp)
804002c2:	0242a303          	lw	t1,36(t0)
804002c6:	c31a                	sw	t1,132(sp)
804002c8:	0282a303          	lw	t1,40(t0)
804002cc:	c51a                	sw	t1,136(sp)
804002ce:	02c2a303          	lw	t1,44(t0)
804002d2:	c71a                	sw	t1,140(sp)
804002d4:	850a                	mv	a0,sp
804002d6:	00000097          	auipc	ra,0x0
804002da:	1ee080e7          	jalr	494(ra) # 804004c4 <uni_trap>
804002de:	00005297          	auipc	t0,0x5
804002e2:	dee2a283          	lw	t0,-530(t0) # 804050cc <pv_shared_info>
804002e6:	430a                	lw	t1,128(sp)
804002e8:	0262a023          	sw	t1,32(t0)
804002ec:	433a                	lw	t1,140(sp)
804002ee:	0262a623          	sw	t1,44(t0)
804002f2:	4316                	lw	t1,68(sp)
804002f4:	0262ac23          	sw	t1,56(t0)
804002f8:	4092                	lw	ra,4(sp)
804002fa:	41b2                	lw	gp,12(sp)
804002fc:	4242                	lw	tp,16(sp)
804002fe:	42d2                	lw	t0,20(sp)
80400300:	4362                	lw	t1,24(sp)
80400302:	43f2                	lw	t2,28(sp)
80400304:	5402                	lw	s0,32(sp)
80400306:	5492                	lw	s1,36(sp)
80400308:	5522                	lw	a0,40(sp)
8040030a:	55b2                	lw	a1,44(sp)
8040030c:	5642                	lw	a2,48(sp)
8040030e:	56d2                	lw	a3,52(sp)
80400310:	5762                	lw	a4,56(sp)
80400312:	57f2                	lw	a5,60(sp)
80400314:	4806                	lw	a6,64(sp)
80400316:	4926                	lw	s2,72(sp)
80400318:	49b6                	lw	s3,76(sp)
8040031a:	4a46                	lw	s4,80(sp)
8040031c:	4ad6                	lw	s5,84(sp)
8040031e:	4b66                	lw	s6,88(sp)
80400320:	4bf6                	lw	s7,92(sp)
80400322:	5c06                	lw	s8,96(sp)
80400324:	5c96                	lw	s9,100(sp)
80400326:	5d26                	lw	s10,104(sp)
80400328:	5db6                	lw	s11,108(sp)
8040032a:	5e46                	lw	t3,112(sp)
8040032c:	5ed6                	lw	t4,116(sp)
8040032e:	5f66                	lw	t5,120(sp)
80400330:	5ff6                	lw	t6,124(sp)
80400332:	6149                	add	sp,sp,144
80400334:	48dd                	li	a7,23
80400336:	00000073          	ecall
8040033a:	a001                	j	8040033a <uni_trap_entry+0xca>

8040033c <hex>:
8040033c:	03000793          	li	a5,48
80400340:	00f50023          	sb	a5,0(a0)
80400344:	80404637          	lui	a2,0x80404
80400348:	07800793          	li	a5,120
8040034c:	00f500a3          	sb	a5,1(a0)
80400350:	00250693          	add	a3,a0,2
80400354:	4771                	li	a4,28
80400356:	02860613          	add	a2,a2,40 # 80404028 <strnlen+0x1026>
8040035a:	5871                	li	a6,-4
8040035c:	00e5d7b3          	srl	a5,a1,a4
80400360:	8bbd                	and	a5,a5,15
80400362:	97b2                	add	a5,a5,a2
80400364:	0007c783          	lbu	a5,0(a5)
80400368:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
8040036a:	0685                	add	a3,a3,1
8040036c:	fef68fa3          	sb	a5,-1(a3)
80400370:	ff0716e3          	bne	a4,a6,8040035c <hex+0x20>
80400374:	00050523          	sb	zero,10(a0)
80400378:	8082                	ret

8040037a <run_hooks>:
8040037a:	1141                	add	sp,sp,-16
8040037c:	4501                	li	a0,0
8040037e:	c422                	sw	s0,8(sp)
80400380:	c606                	sw	ra,12(sp)
80400382:	c226                	sw	s1,4(sp)
80400384:	80405437          	lui	s0,0x80405
80400388:	00000097          	auipc	ra,0x0
8040038c:	47a080e7          	jalr	1146(ra) # 80400802 <uni_runtime_set_waiter>
80400390:	0b842783          	lw	a5,184(s0) # 804050b8 <nhooks>
80400394:	c385                	beqz	a5,804003b4 <run_hooks+0x3a>
80400396:	804154b7          	lui	s1,0x80415
8040039a:	12048493          	add	s1,s1,288 # 80415120 <hooks>
8040039e:	17fd                	add	a5,a5,-1
804003a0:	00279713          	sll	a4,a5,0x2
804003a4:	9726                	add	a4,a4,s1
804003a6:	4318                	lw	a4,0(a4)
804003a8:	0af42c23          	sw	a5,184(s0)
804003ac:	9702                	jalr	a4
804003ae:	0b842783          	lw	a5,184(s0)
804003b2:	f7f5                	bnez	a5,8040039e <run_hooks+0x24>
804003b4:	40b2                	lw	ra,12(sp)
804003b6:	4422                	lw	s0,8(sp)
804003b8:	4492                	lw	s1,4(sp)
804003ba:	0141                	add	sp,sp,16
804003bc:	8082                	ret

804003be <early_puts>:
804003be:	00054783          	lbu	a5,0(a0)
804003c2:	872a                	mv	a4,a0
804003c4:	c79d                	beqz	a5,804003f2 <early_puts+0x34>
804003c6:	4781                	li	a5,0
804003c8:	0785                	add	a5,a5,1
804003ca:	00f706b3          	add	a3,a4,a5
804003ce:	0006c683          	lbu	a3,0(a3)
804003d2:	fafd                	bnez	a3,804003c8 <early_puts+0xa>
804003d4:	40000693          	li	a3,1024
804003d8:	4501                	li	a0,0
804003da:	863a                	mv	a2,a4
804003dc:	48c9                	li	a7,18
804003de:	85be                	mv	a1,a5
804003e0:	00f6f463          	bgeu	a3,a5,804003e8 <early_puts+0x2a>
804003e4:	40000593          	li	a1,1024
804003e8:	00000073          	ecall
804003ec:	8f8d                	sub	a5,a5,a1
804003ee:	972e                	add	a4,a4,a1
804003f0:	f7e5                	bnez	a5,804003d8 <early_puts+0x1a>
804003f2:	8082                	ret

804003f4 <uni_early_write>:
804003f4:	87ae                	mv	a5,a1
804003f6:	872a                	mv	a4,a0
804003f8:	c185                	beqz	a1,80400418 <uni_early_write+0x24>
804003fa:	40000693          	li	a3,1024
804003fe:	4501                	li	a0,0
80400400:	863a                	mv	a2,a4
80400402:	48c9                	li	a7,18
80400404:	85be                	mv	a1,a5
80400406:	00f6f463          	bgeu	a3,a5,8040040e <uni_early_write+0x1a>
8040040a:	40000593          	li	a1,1024
8040040e:	00000073          	ecall
80400412:	8f8d                	sub	a5,a5,a1
80400414:	972e                	add	a4,a4,a1
80400416:	f7e5                	bnez	a5,804003fe <uni_early_write+0xa>
80400418:	8082                	ret

8040041a <uni_at_shutdown>:
8040041a:	804056b7          	lui	a3,0x80405
8040041e:	0b86a783          	lw	a5,184(a3) # 804050b8 <nhooks>
80400422:	4721                	li	a4,8
80400424:	00e78f63          	beq	a5,a4,80400442 <uni_at_shutdown+0x28>
80400428:	80415737          	lui	a4,0x80415
8040042c:	00279613          	sll	a2,a5,0x2
80400430:	12070713          	add	a4,a4,288 # 80415120 <hooks>
80400434:	0785                	add	a5,a5,1
80400436:	9732                	add	a4,a4,a2
80400438:	c308                	sw	a0,0(a4)
8040043a:	0af6ac23          	sw	a5,184(a3)
8040043e:	4501                	li	a0,0
80400440:	8082                	ret
80400442:	557d                	li	a0,-1
80400444:	8082                	ret

80400446 <uni_poweroff>:
80400446:	1141                	add	sp,sp,-16
80400448:	c422                	sw	s0,8(sp)
8040044a:	c606                	sw	ra,12(sp)
8040044c:	842a                	mv	s0,a0
8040044e:	00000097          	auipc	ra,0x0
80400452:	f2c080e7          	jalr	-212(ra) # 8040037a <run_hooks>
80400456:	67c1                	lui	a5,0x10
80400458:	00841593          	sll	a1,s0,0x8
8040045c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040045e:	8dfd                	and	a1,a1,a5
80400460:	4509                	li	a0,2
80400462:	48f5                	li	a7,29
80400464:	00000073          	ecall
80400468:	bfe5                	j	80400460 <uni_poweroff+0x1a>

8040046a <uni_panic>:
8040046a:	804057b7          	lui	a5,0x80405
8040046e:	0b47a703          	lw	a4,180(a5) # 804050b4 <panicking>
80400472:	1141                	add	sp,sp,-16
80400474:	c422                	sw	s0,8(sp)
80400476:	c606                	sw	ra,12(sp)
80400478:	842a                	mv	s0,a0
8040047a:	cf0d                	beqz	a4,804004b4 <uni_panic+0x4a>
8040047c:	80404537          	lui	a0,0x80404
80400480:	03c50513          	add	a0,a0,60 # 8040403c <strnlen+0x103a>
80400484:	00000097          	auipc	ra,0x0
80400488:	f3a080e7          	jalr	-198(ra) # 804003be <early_puts>
8040048c:	8522                	mv	a0,s0
8040048e:	00000097          	auipc	ra,0x0
80400492:	f30080e7          	jalr	-208(ra) # 804003be <early_puts>
80400496:	80404537          	lui	a0,0x80404
8040049a:	04c50513          	add	a0,a0,76 # 8040404c <strnlen+0x104a>
8040049e:	00000097          	auipc	ra,0x0
804004a2:	f20080e7          	jalr	-224(ra) # 804003be <early_puts>
804004a6:	4509                	li	a0,2
804004a8:	10300593          	li	a1,259
804004ac:	48f5                	li	a7,29
804004ae:	00000073          	ecall
804004b2:	bfd5                	j	804004a6 <uni_panic+0x3c>
804004b4:	4705                	li	a4,1
804004b6:	0ae7aa23          	sw	a4,180(a5)
804004ba:	00000097          	auipc	ra,0x0
804004be:	ec0080e7          	jalr	-320(ra) # 8040037a <run_hooks>
804004c2:	bf6d                	j	8040047c <uni_panic+0x12>

804004c4 <uni_trap>:
804004c4:	08452703          	lw	a4,132(a0)
804004c8:	800007b7          	lui	a5,0x80000
804004cc:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
804004ce:	00f71d63          	bne	a4,a5,804004e8 <uni_trap+0x24>
804004d2:	80405737          	lui	a4,0x80405
804004d6:	0b072783          	lw	a5,176(a4) # 804050b0 <upcalls>
804004da:	0785                	add	a5,a5,1
804004dc:	0af72823          	sw	a5,176(a4)
804004e0:	00000317          	auipc	t1,0x0
804004e4:	37c30067          	jr	892(t1) # 8040085c <evtchn_do_upcall>
804004e8:	804057b7          	lui	a5,0x80405
804004ec:	0b47a703          	lw	a4,180(a5) # 804050b4 <panicking>
804004f0:	7139                	add	sp,sp,-64
804004f2:	dc22                	sw	s0,56(sp)
804004f4:	de06                	sw	ra,60(sp)
804004f6:	842a                	mv	s0,a0
804004f8:	c771                	beqz	a4,804005c4 <uni_trap+0x100>
804004fa:	80404537          	lui	a0,0x80404
804004fe:	05850513          	add	a0,a0,88 # 80404058 <strnlen+0x1056>
80400502:	00000097          	auipc	ra,0x0
80400506:	ebc080e7          	jalr	-324(ra) # 804003be <early_puts>
8040050a:	08442703          	lw	a4,132(s0)
8040050e:	47bd                	li	a5,15
80400510:	0ae7e563          	bltu	a5,a4,804005ba <uni_trap+0xf6>
80400514:	804047b7          	lui	a5,0x80404
80400518:	070a                	sll	a4,a4,0x2
8040051a:	2f078793          	add	a5,a5,752 # 804042f0 <names.0>
8040051e:	97ba                	add	a5,a5,a4
80400520:	4388                	lw	a0,0(a5)
80400522:	00000097          	auipc	ra,0x0
80400526:	e9c080e7          	jalr	-356(ra) # 804003be <early_puts>
8040052a:	80404537          	lui	a0,0x80404
8040052e:	07050513          	add	a0,a0,112 # 80404070 <strnlen+0x106e>
80400532:	00000097          	auipc	ra,0x0
80400536:	e8c080e7          	jalr	-372(ra) # 804003be <early_puts>
8040053a:	08442583          	lw	a1,132(s0)
8040053e:	0068                	add	a0,sp,12
80400540:	00000097          	auipc	ra,0x0
80400544:	dfc080e7          	jalr	-516(ra) # 8040033c <hex>
80400548:	00000097          	auipc	ra,0x0
8040054c:	e76080e7          	jalr	-394(ra) # 804003be <early_puts>
80400550:	80404537          	lui	a0,0x80404
80400554:	07c50513          	add	a0,a0,124 # 8040407c <strnlen+0x107a>
80400558:	00000097          	auipc	ra,0x0
8040055c:	e66080e7          	jalr	-410(ra) # 804003be <early_puts>
80400560:	08042583          	lw	a1,128(s0)
80400564:	0828                	add	a0,sp,24
80400566:	00000097          	auipc	ra,0x0
8040056a:	dd6080e7          	jalr	-554(ra) # 8040033c <hex>
8040056e:	00000097          	auipc	ra,0x0
80400572:	e50080e7          	jalr	-432(ra) # 804003be <early_puts>
80400576:	80404537          	lui	a0,0x80404
8040057a:	08850513          	add	a0,a0,136 # 80404088 <strnlen+0x1086>
8040057e:	00000097          	auipc	ra,0x0
80400582:	e40080e7          	jalr	-448(ra) # 804003be <early_puts>
80400586:	08842583          	lw	a1,136(s0)
8040058a:	1048                	add	a0,sp,36
8040058c:	00000097          	auipc	ra,0x0
80400590:	db0080e7          	jalr	-592(ra) # 8040033c <hex>
80400594:	00000097          	auipc	ra,0x0
80400598:	e2a080e7          	jalr	-470(ra) # 804003be <early_puts>
8040059c:	80404537          	lui	a0,0x80404
804005a0:	04c50513          	add	a0,a0,76 # 8040404c <strnlen+0x104a>
804005a4:	00000097          	auipc	ra,0x0
804005a8:	e1a080e7          	jalr	-486(ra) # 804003be <early_puts>
804005ac:	4509                	li	a0,2
804005ae:	10300593          	li	a1,259
804005b2:	48f5                	li	a7,29
804005b4:	00000073          	ecall
804005b8:	bfd5                	j	804005ac <uni_trap+0xe8>
804005ba:	80404537          	lui	a0,0x80404
804005be:	05050513          	add	a0,a0,80 # 80404050 <strnlen+0x104e>
804005c2:	b785                	j	80400522 <uni_trap+0x5e>
804005c4:	4705                	li	a4,1
804005c6:	0ae7aa23          	sw	a4,180(a5)
804005ca:	00000097          	auipc	ra,0x0
804005ce:	db0080e7          	jalr	-592(ra) # 8040037a <run_hooks>
804005d2:	b725                	j	804004fa <uni_trap+0x36>

804005d4 <uni_mfn_to_virt>:
804005d4:	804057b7          	lui	a5,0x80405
804005d8:	0bc7a783          	lw	a5,188(a5) # 804050bc <uni_start_info>
804005dc:	4701                	li	a4,0
804005de:	0207a803          	lw	a6,32(a5)
804005e2:	43ec                	lw	a1,68(a5)
804005e4:	8642                	mv	a2,a6
804005e6:	a029                	j	804005f0 <uni_mfn_to_virt+0x1c>
804005e8:	4294                	lw	a3,0(a3)
804005ea:	04a6e763          	bltu	a3,a0,80400638 <uni_mfn_to_virt+0x64>
804005ee:	863e                	mv	a2,a5
804005f0:	40e607b3          	sub	a5,a2,a4
804005f4:	8385                	srl	a5,a5,0x1
804005f6:	97ba                	add	a5,a5,a4
804005f8:	00279693          	sll	a3,a5,0x2
804005fc:	96ae                	add	a3,a3,a1
804005fe:	fec765e3          	bltu	a4,a2,804005e8 <uni_mfn_to_virt+0x14>
80400602:	00e80863          	beq	a6,a4,80400612 <uni_mfn_to_virt+0x3e>
80400606:	00271793          	sll	a5,a4,0x2
8040060a:	97ae                	add	a5,a5,a1
8040060c:	439c                	lw	a5,0(a5)
8040060e:	00a78f63          	beq	a5,a0,8040062c <uni_mfn_to_virt+0x58>
80400612:	4701                	li	a4,0
80400614:	00081663          	bnez	a6,80400620 <uni_mfn_to_virt+0x4c>
80400618:	a01d                	j	8040063e <uni_mfn_to_virt+0x6a>
8040061a:	0705                	add	a4,a4,1
8040061c:	02e80163          	beq	a6,a4,8040063e <uni_mfn_to_virt+0x6a>
80400620:	419c                	lw	a5,0(a1)
80400622:	0591                	add	a1,a1,4
80400624:	fea79be3          	bne	a5,a0,8040061a <uni_mfn_to_virt+0x46>
80400628:	00e80b63          	beq	a6,a4,8040063e <uni_mfn_to_virt+0x6a>
8040062c:	0732                	sll	a4,a4,0xc
8040062e:	800007b7          	lui	a5,0x80000
80400632:	00f70533          	add	a0,a4,a5
80400636:	8082                	ret
80400638:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
8040063c:	bf55                	j	804005f0 <uni_mfn_to_virt+0x1c>
8040063e:	4501                	li	a0,0
80400640:	8082                	ret

80400642 <uni_runtime_start>:
80400642:	804047b7          	lui	a5,0x80404
80400646:	1141                	add	sp,sp,-16
80400648:	80405737          	lui	a4,0x80405
8040064c:	09478793          	add	a5,a5,148 # 80404094 <strnlen+0x1092>
80400650:	c422                	sw	s0,8(sp)
80400652:	0aa72e23          	sw	a0,188(a4) # 804050bc <uni_start_info>
80400656:	c606                	sw	ra,12(sp)
80400658:	c226                	sw	s1,4(sp)
8040065a:	c04a                	sw	s2,0(sp)
8040065c:	842a                	mv	s0,a0
8040065e:	01878593          	add	a1,a5,24
80400662:	872a                	mv	a4,a0
80400664:	00074603          	lbu	a2,0(a4)
80400668:	0007c683          	lbu	a3,0(a5)
8040066c:	10d61363          	bne	a2,a3,80400772 <uni_runtime_start+0x130>
80400670:	0785                	add	a5,a5,1
80400672:	0705                	add	a4,a4,1
80400674:	feb798e3          	bne	a5,a1,80400664 <uni_runtime_start+0x22>
80400678:	4501                	li	a0,0
8040067a:	4581                	li	a1,0
8040067c:	48c5                	li	a7,17
8040067e:	00000073          	ecall
80400682:	4785                	li	a5,1
80400684:	8141                	srl	a0,a0,0x10
80400686:	10f51663          	bne	a0,a5,80400792 <uni_runtime_start+0x150>
8040068a:	4519                	li	a0,6
8040068c:	00000073          	ecall
80400690:	8909                	and	a0,a0,2
80400692:	10050863          	beqz	a0,804007a2 <uni_runtime_start+0x160>
80400696:	5008                	lw	a0,32(s0)
80400698:	04042803          	lw	a6,64(s0)
8040069c:	03c42883          	lw	a7,60(s0)
804006a0:	442c                	lw	a1,72(s0)
804006a2:	00080637          	lui	a2,0x80
804006a6:	00c50733          	add	a4,a0,a2
804006aa:	00c81793          	sll	a5,a6,0xc
804006ae:	00c71693          	sll	a3,a4,0xc
804006b2:	01178733          	add	a4,a5,a7
804006b6:	0cc59663          	bne	a1,a2,80400782 <uni_runtime_start+0x140>
804006ba:	804187b7          	lui	a5,0x80418
804006be:	5f078793          	add	a5,a5,1520 # 804185f0 <__bss_end>
804006c2:	0cf46063          	bltu	s0,a5,80400782 <uni_runtime_start+0x140>
804006c6:	0a88ee63          	bltu	a7,s0,80400782 <uni_runtime_start+0x140>
804006ca:	0a080c63          	beqz	a6,80400782 <uni_runtime_start+0x140>
804006ce:	0ae6ea63          	bltu	a3,a4,80400782 <uni_runtime_start+0x140>
804006d2:	0aa5e863          	bltu	a1,a0,80400782 <uni_runtime_start+0x140>
804006d6:	5048                	lw	a0,36(s0)
804006d8:	00000097          	auipc	ra,0x0
804006dc:	134080e7          	jalr	308(ra) # 8040080c <evtchn_init>
804006e0:	80400537          	lui	a0,0x80400
804006e4:	27050513          	add	a0,a0,624 # 80400270 <uni_trap_entry>
804006e8:	4581                	li	a1,0
804006ea:	4891                	li	a7,4
804006ec:	00000073          	ecall
804006f0:	06054963          	bltz	a0,80400762 <uni_runtime_start+0x120>
804006f4:	00000097          	auipc	ra,0x0
804006f8:	0c0080e7          	jalr	192(ra) # 804007b4 <uni_wait_init>
804006fc:	80415937          	lui	s2,0x80415
80400700:	14090593          	add	a1,s2,320 # 80415140 <cmdline>
80400704:	14090693          	add	a3,s2,320
80400708:	4781                	li	a5,0
8040070a:	20000613          	li	a2,512
8040070e:	a039                	j	8040071c <uni_runtime_start+0xda>
80400710:	00e68023          	sb	a4,0(a3)
80400714:	0785                	add	a5,a5,1
80400716:	0685                	add	a3,a3,1
80400718:	00c78763          	beq	a5,a2,80400726 <uni_runtime_start+0xe4>
8040071c:	00f40733          	add	a4,s0,a5
80400720:	04c74703          	lbu	a4,76(a4)
80400724:	f775                	bnez	a4,80400710 <uni_runtime_start+0xce>
80400726:	97ae                	add	a5,a5,a1
80400728:	80405437          	lui	s0,0x80405
8040072c:	804054b7          	lui	s1,0x80405
80400730:	00078023          	sb	zero,0(a5)
80400734:	0a848493          	add	s1,s1,168 # 804050a8 <__init_array_end>
80400738:	09c40793          	add	a5,s0,156 # 8040509c <__init_array_start>
8040073c:	0097f963          	bgeu	a5,s1,8040074e <uni_runtime_start+0x10c>
80400740:	09c40413          	add	s0,s0,156
80400744:	401c                	lw	a5,0(s0)
80400746:	0411                	add	s0,s0,4
80400748:	9782                	jalr	a5
8040074a:	fe946de3          	bltu	s0,s1,80400744 <uni_runtime_start+0x102>
8040074e:	14090513          	add	a0,s2,320
80400752:	00000097          	auipc	ra,0x0
80400756:	65a080e7          	jalr	1626(ra) # 80400dac <uni_main>
8040075a:	00000097          	auipc	ra,0x0
8040075e:	cec080e7          	jalr	-788(ra) # 80400446 <uni_poweroff>
80400762:	80404537          	lui	a0,0x80404
80400766:	16850513          	add	a0,a0,360 # 80404168 <strnlen+0x1166>
8040076a:	00000097          	auipc	ra,0x0
8040076e:	d00080e7          	jalr	-768(ra) # 8040046a <uni_panic>
80400772:	80404537          	lui	a0,0x80404
80400776:	0ac50513          	add	a0,a0,172 # 804040ac <strnlen+0x10aa>
8040077a:	00000097          	auipc	ra,0x0
8040077e:	cf0080e7          	jalr	-784(ra) # 8040046a <uni_panic>
80400782:	80404537          	lui	a0,0x80404
80400786:	14050513          	add	a0,a0,320 # 80404140 <strnlen+0x113e>
8040078a:	00000097          	auipc	ra,0x0
8040078e:	ce0080e7          	jalr	-800(ra) # 8040046a <uni_panic>
80400792:	80404537          	lui	a0,0x80404
80400796:	0dc50513          	add	a0,a0,220 # 804040dc <strnlen+0x10da>
8040079a:	00000097          	auipc	ra,0x0
8040079e:	cd0080e7          	jalr	-816(ra) # 8040046a <uni_panic>
804007a2:	80404537          	lui	a0,0x80404
804007a6:	11850513          	add	a0,a0,280 # 80404118 <strnlen+0x1116>
804007aa:	00000097          	auipc	ra,0x0
804007ae:	cc0080e7          	jalr	-832(ra) # 8040046a <uni_panic>

804007b2 <timer_event>:
804007b2:	8082                	ret

804007b4 <uni_wait_init>:
804007b4:	1141                	add	sp,sp,-16
804007b6:	c422                	sw	s0,8(sp)
804007b8:	80405437          	lui	s0,0x80405
804007bc:	0c440593          	add	a1,s0,196 # 804050c4 <timer_port>
804007c0:	4501                	li	a0,0
804007c2:	c606                	sw	ra,12(sp)
804007c4:	00000097          	auipc	ra,0x0
804007c8:	194080e7          	jalr	404(ra) # 80400958 <evtchn_bind_virq>
804007cc:	02054363          	bltz	a0,804007f2 <uni_wait_init+0x3e>
804007d0:	0c442503          	lw	a0,196(s0)
804007d4:	804005b7          	lui	a1,0x80400
804007d8:	4601                	li	a2,0
804007da:	7b258593          	add	a1,a1,1970 # 804007b2 <timer_event>
804007de:	00000097          	auipc	ra,0x0
804007e2:	05a080e7          	jalr	90(ra) # 80400838 <evtchn_bind>
804007e6:	00054663          	bltz	a0,804007f2 <uni_wait_init+0x3e>
804007ea:	40b2                	lw	ra,12(sp)
804007ec:	4422                	lw	s0,8(sp)
804007ee:	0141                	add	sp,sp,16
804007f0:	8082                	ret
804007f2:	80404537          	lui	a0,0x80404
804007f6:	33050513          	add	a0,a0,816 # 80404330 <names.0+0x40>
804007fa:	00000097          	auipc	ra,0x0
804007fe:	c70080e7          	jalr	-912(ra) # 8040046a <uni_panic>

80400802 <uni_runtime_set_waiter>:
80400802:	804057b7          	lui	a5,0x80405
80400806:	0ca7a023          	sw	a0,192(a5) # 804050c0 <waiter>
8040080a:	8082                	ret

8040080c <evtchn_init>:
8040080c:	80405737          	lui	a4,0x80405
80400810:	804157b7          	lui	a5,0x80415
80400814:	34478793          	add	a5,a5,836 # 80415344 <handlers>
80400818:	0ca72623          	sw	a0,204(a4) # 804050cc <pv_shared_info>
8040081c:	6709                	lui	a4,0x2
8040081e:	973e                	add	a4,a4,a5
80400820:	0007a023          	sw	zero,0(a5)
80400824:	0007a223          	sw	zero,4(a5)
80400828:	07a1                	add	a5,a5,8
8040082a:	fee79be3          	bne	a5,a4,80400820 <evtchn_init+0x14>
8040082e:	804057b7          	lui	a5,0x80405
80400832:	0c07a423          	sw	zero,200(a5) # 804050c8 <stray>
80400836:	8082                	ret

80400838 <evtchn_bind>:
80400838:	fff50713          	add	a4,a0,-1
8040083c:	3fe00793          	li	a5,1022
80400840:	00e7ec63          	bltu	a5,a4,80400858 <evtchn_bind+0x20>
80400844:	804157b7          	lui	a5,0x80415
80400848:	050e                	sll	a0,a0,0x3
8040084a:	34478793          	add	a5,a5,836 # 80415344 <handlers>
8040084e:	97aa                	add	a5,a5,a0
80400850:	c3d0                	sw	a2,4(a5)
80400852:	c38c                	sw	a1,0(a5)
80400854:	4501                	li	a0,0
80400856:	8082                	ret
80400858:	5529                	li	a0,-22
8040085a:	8082                	ret

8040085c <evtchn_do_upcall>:
8040085c:	7179                	add	sp,sp,-48
8040085e:	804057b7          	lui	a5,0x80405
80400862:	c65e                	sw	s7,12(sp)
80400864:	0cc7ab83          	lw	s7,204(a5) # 804050cc <pv_shared_info>
80400868:	cc52                	sw	s4,24(sp)
8040086a:	80415a37          	lui	s4,0x80415
8040086e:	c85a                	sw	s6,16(sp)
80400870:	c462                	sw	s8,8(sp)
80400872:	c266                	sw	s9,4(sp)
80400874:	d606                	sw	ra,44(sp)
80400876:	d422                	sw	s0,40(sp)
80400878:	d226                	sw	s1,36(sp)
8040087a:	d04a                	sw	s2,32(sp)
8040087c:	ce4e                	sw	s3,28(sp)
8040087e:	ca56                	sw	s5,20(sp)
80400880:	4c81                	li	s9,0
80400882:	004b8c13          	add	s8,s7,4
80400886:	344a0a13          	add	s4,s4,836 # 80415344 <handlers>
8040088a:	80405b37          	lui	s6,0x80405
8040088e:	000b8023          	sb	zero,0(s7)
80400892:	0330000f          	fence	rw,rw
80400896:	8ae6                	mv	s5,s9
80400898:	0f50000f          	fence	iorw,ow
8040089c:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
804008a0:	4985                	li	s3,1
804008a2:	080a8163          	beqz	s5,80400924 <evtchn_do_upcall+0xc8>
804008a6:	8556                	mv	a0,s5
804008a8:	00000097          	auipc	ra,0x0
804008ac:	73c080e7          	jalr	1852(ra) # 80400fe4 <__ctzsi2>
804008b0:	01050413          	add	s0,a0,16
804008b4:	040a                	sll	s0,s0,0x2
804008b6:	08040913          	add	s2,s0,128
804008ba:	fffa8793          	add	a5,s5,-1
804008be:	00fafab3          	and	s5,s5,a5
804008c2:	945e                	add	s0,s0,s7
804008c4:	995e                	add	s2,s2,s7
804008c6:	00551493          	sll	s1,a0,0x5
804008ca:	401c                	lw	a5,0(s0)
804008cc:	0ff0000f          	fence
804008d0:	00092503          	lw	a0,0(s2)
804008d4:	fff54513          	not	a0,a0
804008d8:	8d7d                	and	a0,a0,a5
804008da:	d561                	beqz	a0,804008a2 <evtchn_do_upcall+0x46>
804008dc:	00000097          	auipc	ra,0x0
804008e0:	708080e7          	jalr	1800(ra) # 80400fe4 <__ctzsi2>
804008e4:	00a997b3          	sll	a5,s3,a0
804008e8:	fff7c793          	not	a5,a5
804008ec:	0f50000f          	fence	iorw,ow
804008f0:	64f4202f          	amoand.w.aq	zero,a5,(s0)
804008f4:	9526                	add	a0,a0,s1
804008f6:	00351793          	sll	a5,a0,0x3
804008fa:	97d2                	add	a5,a5,s4
804008fc:	4398                	lw	a4,0(a5)
804008fe:	cf09                	beqz	a4,80400918 <evtchn_do_upcall+0xbc>
80400900:	43cc                	lw	a1,4(a5)
80400902:	9702                	jalr	a4
80400904:	401c                	lw	a5,0(s0)
80400906:	0ff0000f          	fence
8040090a:	00092503          	lw	a0,0(s2)
8040090e:	fff54513          	not	a0,a0
80400912:	8d7d                	and	a0,a0,a5
80400914:	f561                	bnez	a0,804008dc <evtchn_do_upcall+0x80>
80400916:	b771                	j	804008a2 <evtchn_do_upcall+0x46>
80400918:	0c8b2783          	lw	a5,200(s6) # 804050c8 <stray>
8040091c:	0785                	add	a5,a5,1
8040091e:	0cfb2423          	sw	a5,200(s6)
80400922:	b765                	j	804008ca <evtchn_do_upcall+0x6e>
80400924:	000bc783          	lbu	a5,0(s7)
80400928:	f3bd                	bnez	a5,8040088e <evtchn_do_upcall+0x32>
8040092a:	50b2                	lw	ra,44(sp)
8040092c:	5422                	lw	s0,40(sp)
8040092e:	5492                	lw	s1,36(sp)
80400930:	5902                	lw	s2,32(sp)
80400932:	49f2                	lw	s3,28(sp)
80400934:	4a62                	lw	s4,24(sp)
80400936:	4ad2                	lw	s5,20(sp)
80400938:	4b42                	lw	s6,16(sp)
8040093a:	4bb2                	lw	s7,12(sp)
8040093c:	4c22                	lw	s8,8(sp)
8040093e:	4c92                	lw	s9,4(sp)
80400940:	6145                	add	sp,sp,48
80400942:	8082                	ret

80400944 <evtchn_send>:
80400944:	1141                	add	sp,sp,-16
80400946:	c62a                	sw	a0,12(sp)
80400948:	006c                	add	a1,sp,12
8040094a:	4511                	li	a0,4
8040094c:	02000893          	li	a7,32
80400950:	00000073          	ecall
80400954:	0141                	add	sp,sp,16
80400956:	8082                	ret

80400958 <evtchn_bind_virq>:
80400958:	1141                	add	sp,sp,-16
8040095a:	86ae                	mv	a3,a1
8040095c:	c22a                	sw	a0,4(sp)
8040095e:	c402                	sw	zero,8(sp)
80400960:	c602                	sw	zero,12(sp)
80400962:	4505                	li	a0,1
80400964:	004c                	add	a1,sp,4
80400966:	02000893          	li	a7,32
8040096a:	00000073          	ecall
8040096e:	00054b63          	bltz	a0,80400984 <evtchn_bind_virq+0x2c>
80400972:	4732                	lw	a4,12(sp)
80400974:	cb11                	beqz	a4,80400988 <evtchn_bind_virq+0x30>
80400976:	c298                	sw	a4,0(a3)
80400978:	3fe00793          	li	a5,1022
8040097c:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
8040097e:	00e7e763          	bltu	a5,a4,8040098c <evtchn_bind_virq+0x34>
80400982:	4501                	li	a0,0
80400984:	0141                	add	sp,sp,16
80400986:	8082                	ret
80400988:	872a                	mv	a4,a0
8040098a:	b7f5                	j	80400976 <evtchn_bind_virq+0x1e>
8040098c:	5529                	li	a0,-22
8040098e:	bfdd                	j	80400984 <evtchn_bind_virq+0x2c>

80400990 <pv_block>:
80400990:	4505                	li	a0,1
80400992:	4581                	li	a1,0
80400994:	48f5                	li	a7,29
80400996:	00000073          	ecall
8040099a:	804057b7          	lui	a5,0x80405
8040099e:	0cc7a783          	lw	a5,204(a5) # 804050cc <pv_shared_info>
804009a2:	4705                	li	a4,1
804009a4:	00e780a3          	sb	a4,1(a5)
804009a8:	8082                	ret

804009aa <pvcons_init>:
804009aa:	c10c                	sw	a1,0(a0)
804009ac:	c150                	sw	a2,4(a0)
804009ae:	c514                	sw	a3,8(a0)
804009b0:	8082                	ret

804009b2 <pvcons_put>:
804009b2:	00052803          	lw	a6,0(a0)
804009b6:	6785                	lui	a5,0x1
804009b8:	00f80733          	add	a4,a6,a5
804009bc:	c0872503          	lw	a0,-1016(a4)
804009c0:	c0c72883          	lw	a7,-1012(a4)
804009c4:	0330000f          	fence	rw,rw
804009c8:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
804009cc:	953e                	add	a0,a0,a5
804009ce:	41150533          	sub	a0,a0,a7
804009d2:	02a7ee63          	bltu	a5,a0,80400a0e <pvcons_put+0x5c>
804009d6:	04a66463          	bltu	a2,a0,80400a1e <pvcons_put+0x6c>
804009da:	c11d                	beqz	a0,80400a00 <pvcons_put+0x4e>
804009dc:	872e                	mv	a4,a1
804009de:	00a58633          	add	a2,a1,a0
804009e2:	40b885b3          	sub	a1,a7,a1
804009e6:	00074683          	lbu	a3,0(a4)
804009ea:	00e587b3          	add	a5,a1,a4
804009ee:	7ff7f793          	and	a5,a5,2047
804009f2:	97c2                	add	a5,a5,a6
804009f4:	40d78023          	sb	a3,1024(a5)
804009f8:	0705                	add	a4,a4,1
804009fa:	fec716e3          	bne	a4,a2,804009e6 <pvcons_put+0x34>
804009fe:	98aa                	add	a7,a7,a0
80400a00:	0110000f          	fence	w,w
80400a04:	6785                	lui	a5,0x1
80400a06:	983e                	add	a6,a6,a5
80400a08:	c1182623          	sw	a7,-1012(a6)
80400a0c:	8082                	ret
80400a0e:	4501                	li	a0,0
80400a10:	0110000f          	fence	w,w
80400a14:	6785                	lui	a5,0x1
80400a16:	983e                	add	a6,a6,a5
80400a18:	c1182623          	sw	a7,-1012(a6)
80400a1c:	8082                	ret
80400a1e:	8532                	mv	a0,a2
80400a20:	fd55                	bnez	a0,804009dc <pvcons_put+0x2a>
80400a22:	bff9                	j	80400a00 <pvcons_put+0x4e>

80400a24 <pvcons_write>:
80400a24:	c621                	beqz	a2,80400a6c <pvcons_write+0x48>
80400a26:	1141                	add	sp,sp,-16
80400a28:	c422                	sw	s0,8(sp)
80400a2a:	c226                	sw	s1,4(sp)
80400a2c:	c04a                	sw	s2,0(sp)
80400a2e:	c606                	sw	ra,12(sp)
80400a30:	8432                	mv	s0,a2
80400a32:	892a                	mv	s2,a0
80400a34:	84ae                	mv	s1,a1
80400a36:	a021                	j	80400a3e <pvcons_write+0x1a>
80400a38:	00892783          	lw	a5,8(s2)
80400a3c:	9782                	jalr	a5
80400a3e:	8622                	mv	a2,s0
80400a40:	85a6                	mv	a1,s1
80400a42:	854a                	mv	a0,s2
80400a44:	00000097          	auipc	ra,0x0
80400a48:	f6e080e7          	jalr	-146(ra) # 804009b2 <pvcons_put>
80400a4c:	87aa                	mv	a5,a0
80400a4e:	00492503          	lw	a0,4(s2)
80400a52:	8c1d                	sub	s0,s0,a5
80400a54:	94be                	add	s1,s1,a5
80400a56:	00000097          	auipc	ra,0x0
80400a5a:	eee080e7          	jalr	-274(ra) # 80400944 <evtchn_send>
80400a5e:	fc69                	bnez	s0,80400a38 <pvcons_write+0x14>
80400a60:	40b2                	lw	ra,12(sp)
80400a62:	4422                	lw	s0,8(sp)
80400a64:	4492                	lw	s1,4(sp)
80400a66:	4902                	lw	s2,0(sp)
80400a68:	0141                	add	sp,sp,16
80400a6a:	8082                	ret
80400a6c:	8082                	ret

80400a6e <pvcons_drain>:
80400a6e:	411c                	lw	a5,0(a0)
80400a70:	1141                	add	sp,sp,-16
80400a72:	c226                	sw	s1,4(sp)
80400a74:	6485                	lui	s1,0x1
80400a76:	97a6                	add	a5,a5,s1
80400a78:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
80400a7c:	c087a783          	lw	a5,-1016(a5)
80400a80:	c606                	sw	ra,12(sp)
80400a82:	c422                	sw	s0,8(sp)
80400a84:	02f70363          	beq	a4,a5,80400aaa <pvcons_drain+0x3c>
80400a88:	842a                	mv	s0,a0
80400a8a:	4148                	lw	a0,4(a0)
80400a8c:	00000097          	auipc	ra,0x0
80400a90:	eb8080e7          	jalr	-328(ra) # 80400944 <evtchn_send>
80400a94:	a019                	j	80400a9a <pvcons_drain+0x2c>
80400a96:	441c                	lw	a5,8(s0)
80400a98:	9782                	jalr	a5
80400a9a:	401c                	lw	a5,0(s0)
80400a9c:	97a6                	add	a5,a5,s1
80400a9e:	c0c7a703          	lw	a4,-1012(a5)
80400aa2:	c087a783          	lw	a5,-1016(a5)
80400aa6:	fef718e3          	bne	a4,a5,80400a96 <pvcons_drain+0x28>
80400aaa:	40b2                	lw	ra,12(sp)
80400aac:	4422                	lw	s0,8(sp)
80400aae:	4492                	lw	s1,4(sp)
80400ab0:	0141                	add	sp,sp,16
80400ab2:	8082                	ret

80400ab4 <cons_event>:
80400ab4:	8082                	ret

80400ab6 <uni_console_drain>:
80400ab6:	804057b7          	lui	a5,0x80405
80400aba:	0d07a783          	lw	a5,208(a5) # 804050d0 <ready>
80400abe:	e391                	bnez	a5,80400ac2 <uni_console_drain+0xc>
80400ac0:	8082                	ret
80400ac2:	80417537          	lui	a0,0x80417
80400ac6:	34450513          	add	a0,a0,836 # 80417344 <cons>
80400aca:	00000317          	auipc	t1,0x0
80400ace:	fa430067          	jr	-92(t1) # 80400a6e <pvcons_drain>

80400ad2 <uni_console_write>:
80400ad2:	804057b7          	lui	a5,0x80405
80400ad6:	0d07a703          	lw	a4,208(a5) # 804050d0 <ready>
80400ada:	862e                	mv	a2,a1
80400adc:	cb11                	beqz	a4,80400af0 <uni_console_write+0x1e>
80400ade:	85aa                	mv	a1,a0
80400ae0:	80417537          	lui	a0,0x80417
80400ae4:	34450513          	add	a0,a0,836 # 80417344 <cons>
80400ae8:	00000317          	auipc	t1,0x0
80400aec:	f3c30067          	jr	-196(t1) # 80400a24 <pvcons_write>
80400af0:	00000317          	auipc	t1,0x0
80400af4:	90430067          	jr	-1788(t1) # 804003f4 <uni_early_write>

80400af8 <revoke_event>:
80400af8:	7155                	add	sp,sp,-208
80400afa:	804057b7          	lui	a5,0x80405
80400afe:	dd52                	sw	s4,184(sp)
80400b00:	0cc7aa03          	lw	s4,204(a5) # 804050cc <pv_shared_info>
80400b04:	db56                	sw	s5,180(sp)
80400b06:	c786                	sw	ra,204(sp)
80400b08:	144a2a83          	lw	s5,324(s4)
80400b0c:	c5a2                	sw	s0,200(sp)
80400b0e:	c3a6                	sw	s1,196(sp)
80400b10:	c1ca                	sw	s2,192(sp)
80400b12:	df4e                	sw	s3,188(sp)
80400b14:	d95a                	sw	s6,176(sp)
80400b16:	d75e                	sw	s7,172(sp)
80400b18:	d562                	sw	s8,168(sp)
80400b1a:	d366                	sw	s9,164(sp)
80400b1c:	d16a                	sw	s10,160(sp)
80400b1e:	cf6e                	sw	s11,156(sp)
80400b20:	0220000f          	fence	r,r
80400b24:	80405737          	lui	a4,0x80405
80400b28:	0e472783          	lw	a5,228(a4) # 804050e4 <revoke_seen>
80400b2c:	148a2b83          	lw	s7,328(s4)
80400b30:	03578263          	beq	a5,s5,80400b54 <revoke_event+0x5c>
80400b34:	80417db7          	lui	s11,0x80417
80400b38:	350d8d93          	add	s11,s11,848 # 80417350 <revoke_stats>
80400b3c:	000da783          	lw	a5,0(s11)
80400b40:	804056b7          	lui	a3,0x80405
80400b44:	0986a683          	lw	a3,152(a3) # 80405098 <cooperate>
80400b48:	0785                	add	a5,a5,1
80400b4a:	0f572223          	sw	s5,228(a4)
80400b4e:	00fda023          	sw	a5,0(s11)
80400b52:	e6e9                	bnez	a3,80400c1c <revoke_event+0x124>
80400b54:	80405737          	lui	a4,0x80405
80400b58:	154a2683          	lw	a3,340(s4)
80400b5c:	0e072783          	lw	a5,224(a4) # 804050e0 <revoked_seen>
80400b60:	08d78f63          	beq	a5,a3,80400bfe <revoke_event+0x106>
80400b64:	80417db7          	lui	s11,0x80417
80400b68:	350d8d93          	add	s11,s11,848 # 80417350 <revoke_stats>
80400b6c:	008da783          	lw	a5,8(s11)
80400b70:	0ed72023          	sw	a3,224(a4)
80400b74:	0785                	add	a5,a5,1
80400b76:	00fda423          	sw	a5,8(s11)
80400b7a:	0220000f          	fence	r,r
80400b7e:	158a2b03          	lw	s6,344(s4)
80400b82:	060b0e63          	beqz	s6,80400bfe <revoke_event+0x106>
80400b86:	80417ab7          	lui	s5,0x80417
80400b8a:	80418cb7          	lui	s9,0x80418
80400b8e:	15ca0a13          	add	s4,s4,348
80400b92:	4981                	li	s3,0
80400b94:	364a8a93          	add	s5,s5,868 # 80417364 <slot_mfn>
80400b98:	364c8c93          	add	s9,s9,868 # 80418364 <boot_argv>
80400b9c:	80405bb7          	lui	s7,0x80405
80400ba0:	80405937          	lui	s2,0x80405
80400ba4:	6d05                	lui	s10,0x1
80400ba6:	000a2c03          	lw	s8,0(s4)
80400baa:	8456                	mv	s0,s5
80400bac:	f00004b7          	lui	s1,0xf0000
80400bb0:	a029                	j	80400bba <revoke_event+0xc2>
80400bb2:	0411                	add	s0,s0,4
80400bb4:	94ea                	add	s1,s1,s10
80400bb6:	028c8c63          	beq	s9,s0,80400bee <revoke_event+0xf6>
80400bba:	401c                	lw	a5,0(s0)
80400bbc:	ff879be3          	bne	a5,s8,80400bb2 <revoke_event+0xba>
80400bc0:	0f0ba703          	lw	a4,240(s7) # 804050f0 <slots_used>
80400bc4:	010da783          	lw	a5,16(s11)
80400bc8:	0ec92683          	lw	a3,236(s2) # 804050ec <revoke_hook>
80400bcc:	177d                	add	a4,a4,-1
80400bce:	0785                	add	a5,a5,1
80400bd0:	00042023          	sw	zero,0(s0)
80400bd4:	0eeba823          	sw	a4,240(s7)
80400bd8:	00fda823          	sw	a5,16(s11)
80400bdc:	8526                	mv	a0,s1
80400bde:	4605                	li	a2,1
80400be0:	85e2                	mv	a1,s8
80400be2:	dae1                	beqz	a3,80400bb2 <revoke_event+0xba>
80400be4:	0411                	add	s0,s0,4
80400be6:	9682                	jalr	a3
80400be8:	94ea                	add	s1,s1,s10
80400bea:	fc8c98e3          	bne	s9,s0,80400bba <revoke_event+0xc2>
80400bee:	0985                	add	s3,s3,1
80400bf0:	013b0763          	beq	s6,s3,80400bfe <revoke_event+0x106>
80400bf4:	02000793          	li	a5,32
80400bf8:	0a11                	add	s4,s4,4
80400bfa:	faf996e3          	bne	s3,a5,80400ba6 <revoke_event+0xae>
80400bfe:	40be                	lw	ra,204(sp)
80400c00:	442e                	lw	s0,200(sp)
80400c02:	449e                	lw	s1,196(sp)
80400c04:	490e                	lw	s2,192(sp)
80400c06:	59fa                	lw	s3,188(sp)
80400c08:	5a6a                	lw	s4,184(sp)
80400c0a:	5ada                	lw	s5,180(sp)
80400c0c:	5b4a                	lw	s6,176(sp)
80400c0e:	5bba                	lw	s7,172(sp)
80400c10:	5c2a                	lw	s8,168(sp)
80400c12:	5c9a                	lw	s9,164(sp)
80400c14:	5d0a                	lw	s10,160(sp)
80400c16:	4dfa                	lw	s11,156(sp)
80400c18:	6169                	add	sp,sp,208
80400c1a:	8082                	ret
80400c1c:	f20b8ce3          	beqz	s7,80400b54 <revoke_event+0x5c>
80400c20:	80418937          	lui	s2,0x80418
80400c24:	6485                	lui	s1,0x1
80400c26:	6b21                	lui	s6,0x8
80400c28:	36090913          	add	s2,s2,864 # 80418360 <slot_mfn+0xffc>
80400c2c:	f03ff9b7          	lui	s3,0xf03ff
80400c30:	14f1                	add	s1,s1,-4 # ffc <errno+0xffc>
80400c32:	4401                	li	s0,0
80400c34:	7d7d                	lui	s10,0xfffff
80400c36:	80405e37          	lui	t3,0x80405
80400c3a:	80405337          	lui	t1,0x80405
80400c3e:	1b41                	add	s6,s6,-16 # 7ff0 <errno+0x7ff0>
80400c40:	80405cb7          	lui	s9,0x80405
80400c44:	02000813          	li	a6,32
80400c48:	00092c03          	lw	s8,0(s2)
80400c4c:	060c0a63          	beqz	s8,80400cc0 <revoke_event+0x1c8>
80400c50:	0ece2783          	lw	a5,236(t3) # 804050ec <revoke_hook>
80400c54:	cb99                	beqz	a5,80400c6a <revoke_event+0x172>
80400c56:	4601                	li	a2,0
80400c58:	85e2                	mv	a1,s8
80400c5a:	854e                	mv	a0,s3
80400c5c:	9782                	jalr	a5
80400c5e:	02000813          	li	a6,32
80400c62:	80405337          	lui	t1,0x80405
80400c66:	80405e37          	lui	t3,0x80405
80400c6a:	0f432783          	lw	a5,244(t1) # 804050f4 <window_l1>
80400c6e:	c402                	sw	zero,8(sp)
80400c70:	0048                	add	a0,sp,4
80400c72:	07b2                	sll	a5,a5,0xc
80400c74:	8fc5                	or	a5,a5,s1
80400c76:	c23e                	sw	a5,4(sp)
80400c78:	4585                	li	a1,1
80400c7a:	4601                	li	a2,0
80400c7c:	86da                	mv	a3,s6
80400c7e:	4885                	li	a7,1
80400c80:	00000073          	ecall
80400c84:	ed15                	bnez	a0,80400cc0 <revoke_event+0x1c8>
80400c86:	0f0ca703          	lw	a4,240(s9) # 804050f0 <slots_used>
80400c8a:	00241793          	sll	a5,s0,0x2
80400c8e:	09078793          	add	a5,a5,144
80400c92:	978a                	add	a5,a5,sp
80400c94:	177d                	add	a4,a4,-1
80400c96:	f987a023          	sw	s8,-128(a5)
80400c9a:	00092023          	sw	zero,0(s2)
80400c9e:	0eeca823          	sw	a4,240(s9)
80400ca2:	00140793          	add	a5,s0,1
80400ca6:	c48d                	beqz	s1,80400cd0 <revoke_event+0x1d8>
80400ca8:	0377f463          	bgeu	a5,s7,80400cd0 <revoke_event+0x1d8>
80400cac:	1971                	add	s2,s2,-4
80400cae:	14f1                	add	s1,s1,-4
80400cb0:	99ea                	add	s3,s3,s10
80400cb2:	03078063          	beq	a5,a6,80400cd2 <revoke_event+0x1da>
80400cb6:	00092c03          	lw	s8,0(s2)
80400cba:	843e                	mv	s0,a5
80400cbc:	f80c1ae3          	bnez	s8,80400c50 <revoke_event+0x158>
80400cc0:	c499                	beqz	s1,80400cce <revoke_event+0x1d6>
80400cc2:	01747663          	bgeu	s0,s7,80400cce <revoke_event+0x1d6>
80400cc6:	1971                	add	s2,s2,-4
80400cc8:	14f1                	add	s1,s1,-4
80400cca:	99ea                	add	s3,s3,s10
80400ccc:	bfb5                	j	80400c48 <revoke_event+0x150>
80400cce:	87a2                	mv	a5,s0
80400cd0:	cf81                	beqz	a5,80400ce8 <revoke_event+0x1f0>
80400cd2:	0818                	add	a4,sp,16
80400cd4:	c23e                	sw	a5,4(sp)
80400cd6:	c43a                	sw	a4,8(sp)
80400cd8:	c602                	sw	zero,12(sp)
80400cda:	4505                	li	a0,1
80400cdc:	004c                	add	a1,sp,4
80400cde:	03000893          	li	a7,48
80400ce2:	00000073          	ecall
80400ce6:	cd19                	beqz	a0,80400d04 <revoke_event+0x20c>
80400ce8:	450d                	li	a0,3
80400cea:	85d6                	mv	a1,s5
80400cec:	03000893          	li	a7,48
80400cf0:	00000073          	ecall
80400cf4:	e60510e3          	bnez	a0,80400b54 <revoke_event+0x5c>
80400cf8:	004da783          	lw	a5,4(s11)
80400cfc:	0785                	add	a5,a5,1
80400cfe:	00fda223          	sw	a5,4(s11)
80400d02:	bd89                	j	80400b54 <revoke_event+0x5c>
80400d04:	00cda703          	lw	a4,12(s11)
80400d08:	97ba                	add	a5,a5,a4
80400d0a:	00fda623          	sw	a5,12(s11)
80400d0e:	bfe9                	j	80400ce8 <revoke_event+0x1f0>

80400d10 <write>:
80400d10:	1141                	add	sp,sp,-16
80400d12:	c606                	sw	ra,12(sp)
80400d14:	c422                	sw	s0,8(sp)
80400d16:	47bd                	li	a5,15
80400d18:	00a7eb63          	bltu	a5,a0,80400d2e <write+0x1e>
80400d1c:	80405737          	lui	a4,0x80405
80400d20:	00070713          	mv	a4,a4
80400d24:	00351793          	sll	a5,a0,0x3
80400d28:	97ba                	add	a5,a5,a4
80400d2a:	4398                	lw	a4,0(a5)
80400d2c:	ef11                	bnez	a4,80400d48 <write+0x38>
80400d2e:	4725                	li	a4,9
80400d30:	000007b7          	lui	a5,0x0
80400d34:	004787b3          	add	a5,a5,tp
80400d38:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80400d3c:	547d                	li	s0,-1
80400d3e:	40b2                	lw	ra,12(sp)
80400d40:	8522                	mv	a0,s0
80400d42:	4422                	lw	s0,8(sp)
80400d44:	0141                	add	sp,sp,16
80400d46:	8082                	ret
80400d48:	8432                	mv	s0,a2
80400d4a:	04064663          	bltz	a2,80400d96 <write+0x86>
80400d4e:	4505                	li	a0,1
80400d50:	02a70b63          	beq	a4,a0,80400d86 <write+0x76>
80400d54:	80405737          	lui	a4,0x80405
80400d58:	11072703          	lw	a4,272(a4) # 80405110 <fs>
80400d5c:	43c8                	lw	a0,4(a5)
80400d5e:	475c                	lw	a5,12(a4)
80400d60:	9782                	jalr	a5
80400d62:	842a                	mv	s0,a0
80400d64:	fc055de3          	bgez	a0,80400d3e <write+0x2e>
80400d68:	fff54413          	not	s0,a0
80400d6c:	02500793          	li	a5,37
80400d70:	4715                	li	a4,5
80400d72:	fa87efe3          	bltu	a5,s0,80400d30 <write+0x20>
80400d76:	804047b7          	lui	a5,0x80404
80400d7a:	3cc78793          	add	a5,a5,972 # 804043cc <CSWTCH.56>
80400d7e:	97a2                	add	a5,a5,s0
80400d80:	00078703          	lb	a4,0(a5)
80400d84:	b775                	j	80400d30 <write+0x20>
80400d86:	86ae                	mv	a3,a1
80400d88:	8536                	mv	a0,a3
80400d8a:	85b2                	mv	a1,a2
80400d8c:	00000097          	auipc	ra,0x0
80400d90:	d46080e7          	jalr	-698(ra) # 80400ad2 <uni_console_write>
80400d94:	b76d                	j	80400d3e <write+0x2e>
80400d96:	4759                	li	a4,22
80400d98:	bf61                	j	80400d30 <write+0x20>

80400d9a <getpid>:
80400d9a:	804057b7          	lui	a5,0x80405
80400d9e:	10c7a783          	lw	a5,268(a5) # 8040510c <proc>
80400da2:	c399                	beqz	a5,80400da8 <getpid+0xe>
80400da4:	479c                	lw	a5,8(a5)
80400da6:	8782                	jr	a5
80400da8:	4505                	li	a0,1
80400daa:	8082                	ret

80400dac <uni_main>:
80400dac:	1141                	add	sp,sp,-16
80400dae:	c606                	sw	ra,12(sp)
80400db0:	c422                	sw	s0,8(sp)
80400db2:	80418837          	lui	a6,0x80418
80400db6:	00054603          	lbu	a2,0(a0)
80400dba:	872a                	mv	a4,a0
80400dbc:	02000693          	li	a3,32
80400dc0:	4501                	li	a0,0
80400dc2:	45a5                	li	a1,9
80400dc4:	36480813          	add	a6,a6,868 # 80418364 <boot_argv>
80400dc8:	02d60b63          	beq	a2,a3,80400dfe <uni_main+0x52>
80400dcc:	02b60963          	beq	a2,a1,80400dfe <uni_main+0x52>
80400dd0:	c231                	beqz	a2,80400e14 <uni_main+0x68>
80400dd2:	06d50a63          	beq	a0,a3,80400e46 <uni_main+0x9a>
80400dd6:	00251793          	sll	a5,a0,0x2
80400dda:	97c2                	add	a5,a5,a6
80400ddc:	c398                	sw	a4,0(a5)
80400dde:	00074603          	lbu	a2,0(a4)
80400de2:	0505                	add	a0,a0,1
80400de4:	87b2                	mv	a5,a2
80400de6:	d26d                	beqz	a2,80400dc8 <uni_main+0x1c>
80400de8:	02d78363          	beq	a5,a3,80400e0e <uni_main+0x62>
80400dec:	02b78163          	beq	a5,a1,80400e0e <uni_main+0x62>
80400df0:	00174783          	lbu	a5,1(a4)
80400df4:	0705                	add	a4,a4,1
80400df6:	fbed                	bnez	a5,80400de8 <uni_main+0x3c>
80400df8:	4601                	li	a2,0
80400dfa:	fcd619e3          	bne	a2,a3,80400dcc <uni_main+0x20>
80400dfe:	00170793          	add	a5,a4,1
80400e02:	00174603          	lbu	a2,1(a4)
80400e06:	00070023          	sb	zero,0(a4)
80400e0a:	873e                	mv	a4,a5
80400e0c:	bf75                	j	80400dc8 <uni_main+0x1c>
80400e0e:	00074603          	lbu	a2,0(a4)
80400e12:	bf5d                	j	80400dc8 <uni_main+0x1c>
80400e14:	804185b7          	lui	a1,0x80418
80400e18:	36458713          	add	a4,a1,868 # 80418364 <boot_argv>
80400e1c:	00251793          	sll	a5,a0,0x2
80400e20:	97ba                	add	a5,a5,a4
80400e22:	36458593          	add	a1,a1,868
80400e26:	0007a023          	sw	zero,0(a5)
80400e2a:	fffff097          	auipc	ra,0xfffff
80400e2e:	276080e7          	jalr	630(ra) # 804000a0 <main>
80400e32:	842a                	mv	s0,a0
80400e34:	00000097          	auipc	ra,0x0
80400e38:	0f0080e7          	jalr	240(ra) # 80400f24 <ulib_flush_stdout>
80400e3c:	40b2                	lw	ra,12(sp)
80400e3e:	8522                	mv	a0,s0
80400e40:	4422                	lw	s0,8(sp)
80400e42:	0141                	add	sp,sp,16
80400e44:	8082                	ret
80400e46:	80404537          	lui	a0,0x80404
80400e4a:	3f450513          	add	a0,a0,1012 # 804043f4 <msg.0>
80400e4e:	45e1                	li	a1,24
80400e50:	00000097          	auipc	ra,0x0
80400e54:	c82080e7          	jalr	-894(ra) # 80400ad2 <uni_console_write>
80400e58:	4409                	li	s0,2
80400e5a:	40b2                	lw	ra,12(sp)
80400e5c:	8522                	mv	a0,s0
80400e5e:	4422                	lw	s0,8(sp)
80400e60:	0141                	add	sp,sp,16
80400e62:	8082                	ret

80400e64 <stdout_flush>:
80400e64:	1141                	add	sp,sp,-16
80400e66:	c04a                	sw	s2,0(sp)
80400e68:	80405937          	lui	s2,0x80405
80400e6c:	c422                	sw	s0,8(sp)
80400e6e:	11492403          	lw	s0,276(s2) # 80405114 <out_len>
80400e72:	c606                	sw	ra,12(sp)
80400e74:	c226                	sw	s1,4(sp)
80400e76:	c015                	beqz	s0,80400e9a <stdout_flush+0x36>
80400e78:	804184b7          	lui	s1,0x80418
80400e7c:	3e848493          	add	s1,s1,1000 # 804183e8 <out_buf>
80400e80:	a019                	j	80400e86 <stdout_flush+0x22>
80400e82:	94aa                	add	s1,s1,a0
80400e84:	c819                	beqz	s0,80400e9a <stdout_flush+0x36>
80400e86:	8622                	mv	a2,s0
80400e88:	85a6                	mv	a1,s1
80400e8a:	4505                	li	a0,1
80400e8c:	00000097          	auipc	ra,0x0
80400e90:	e84080e7          	jalr	-380(ra) # 80400d10 <write>
80400e94:	8c09                	sub	s0,s0,a0
80400e96:	fea046e3          	bgtz	a0,80400e82 <stdout_flush+0x1e>
80400e9a:	40b2                	lw	ra,12(sp)
80400e9c:	4422                	lw	s0,8(sp)
80400e9e:	10092a23          	sw	zero,276(s2)
80400ea2:	4492                	lw	s1,4(sp)
80400ea4:	4902                	lw	s2,0(sp)
80400ea6:	4501                	li	a0,0
80400ea8:	0141                	add	sp,sp,16
80400eaa:	8082                	ret

80400eac <stdout_put>:
80400eac:	1101                	add	sp,sp,-32
80400eae:	c64e                	sw	s3,12(sp)
80400eb0:	804059b7          	lui	s3,0x80405
80400eb4:	1149a783          	lw	a5,276(s3) # 80405114 <out_len>
80400eb8:	ca26                	sw	s1,20(sp)
80400eba:	804184b7          	lui	s1,0x80418
80400ebe:	3e848493          	add	s1,s1,1000 # 804183e8 <out_buf>
80400ec2:	cc22                	sw	s0,24(sp)
80400ec4:	c84a                	sw	s2,16(sp)
80400ec6:	00178413          	add	s0,a5,1
80400eca:	ce06                	sw	ra,28(sp)
80400ecc:	97a6                	add	a5,a5,s1
80400ece:	00a78023          	sb	a0,0(a5)
80400ed2:	1089aa23          	sw	s0,276(s3)
80400ed6:	47a9                	li	a5,10
80400ed8:	892a                	mv	s2,a0
80400eda:	00f50e63          	beq	a0,a5,80400ef6 <stdout_put+0x4a>
80400ede:	20000793          	li	a5,512
80400ee2:	00f40b63          	beq	s0,a5,80400ef8 <stdout_put+0x4c>
80400ee6:	40f2                	lw	ra,28(sp)
80400ee8:	4462                	lw	s0,24(sp)
80400eea:	44d2                	lw	s1,20(sp)
80400eec:	49b2                	lw	s3,12(sp)
80400eee:	854a                	mv	a0,s2
80400ef0:	4942                	lw	s2,16(sp)
80400ef2:	6105                	add	sp,sp,32
80400ef4:	8082                	ret
80400ef6:	cc09                	beqz	s0,80400f10 <stdout_put+0x64>
80400ef8:	8622                	mv	a2,s0
80400efa:	85a6                	mv	a1,s1
80400efc:	4505                	li	a0,1
80400efe:	00000097          	auipc	ra,0x0
80400f02:	e12080e7          	jalr	-494(ra) # 80400d10 <write>
80400f06:	8c09                	sub	s0,s0,a0
80400f08:	00a05463          	blez	a0,80400f10 <stdout_put+0x64>
80400f0c:	94aa                	add	s1,s1,a0
80400f0e:	f46d                	bnez	s0,80400ef8 <stdout_put+0x4c>
80400f10:	40f2                	lw	ra,28(sp)
80400f12:	4462                	lw	s0,24(sp)
80400f14:	1009aa23          	sw	zero,276(s3)
80400f18:	44d2                	lw	s1,20(sp)
80400f1a:	49b2                	lw	s3,12(sp)
80400f1c:	854a                	mv	a0,s2
80400f1e:	4942                	lw	s2,16(sp)
80400f20:	6105                	add	sp,sp,32
80400f22:	8082                	ret

80400f24 <ulib_flush_stdout>:
80400f24:	1141                	add	sp,sp,-16
80400f26:	c04a                	sw	s2,0(sp)
80400f28:	80405937          	lui	s2,0x80405
80400f2c:	c422                	sw	s0,8(sp)
80400f2e:	11492403          	lw	s0,276(s2) # 80405114 <out_len>
80400f32:	c606                	sw	ra,12(sp)
80400f34:	c226                	sw	s1,4(sp)
80400f36:	c015                	beqz	s0,80400f5a <ulib_flush_stdout+0x36>
80400f38:	804184b7          	lui	s1,0x80418
80400f3c:	3e848493          	add	s1,s1,1000 # 804183e8 <out_buf>
80400f40:	a019                	j	80400f46 <ulib_flush_stdout+0x22>
80400f42:	94aa                	add	s1,s1,a0
80400f44:	c819                	beqz	s0,80400f5a <ulib_flush_stdout+0x36>
80400f46:	8622                	mv	a2,s0
80400f48:	85a6                	mv	a1,s1
80400f4a:	4505                	li	a0,1
80400f4c:	00000097          	auipc	ra,0x0
80400f50:	dc4080e7          	jalr	-572(ra) # 80400d10 <write>
80400f54:	8c09                	sub	s0,s0,a0
80400f56:	fea046e3          	bgtz	a0,80400f42 <ulib_flush_stdout+0x1e>
80400f5a:	40b2                	lw	ra,12(sp)
80400f5c:	4422                	lw	s0,8(sp)
80400f5e:	10092a23          	sw	zero,276(s2)
80400f62:	4492                	lw	s1,4(sp)
80400f64:	4902                	lw	s2,0(sp)
80400f66:	0141                	add	sp,sp,16
80400f68:	8082                	ret

80400f6a <__lshrdi3>:
80400f6a:	ca19                	beqz	a2,80400f80 <__lshrdi3+0x16>
80400f6c:	02000793          	li	a5,32
80400f70:	8f91                	sub	a5,a5,a2
80400f72:	00f04863          	bgtz	a5,80400f82 <__lshrdi3+0x18>
80400f76:	1601                	add	a2,a2,-32 # 7ffe0 <errno+0x7ffe0>
80400f78:	00c5d533          	srl	a0,a1,a2
80400f7c:	4701                	li	a4,0
80400f7e:	85ba                	mv	a1,a4
80400f80:	8082                	ret
80400f82:	00c5d733          	srl	a4,a1,a2
80400f86:	00c55533          	srl	a0,a0,a2
80400f8a:	00f595b3          	sll	a1,a1,a5
80400f8e:	8d4d                	or	a0,a0,a1
80400f90:	b7fd                	j	80400f7e <__lshrdi3+0x14>

80400f92 <__ashldi3>:
80400f92:	ca19                	beqz	a2,80400fa8 <__ashldi3+0x16>
80400f94:	02000793          	li	a5,32
80400f98:	8f91                	sub	a5,a5,a2
80400f9a:	00f04863          	bgtz	a5,80400faa <__ashldi3+0x18>
80400f9e:	1601                	add	a2,a2,-32
80400fa0:	00c515b3          	sll	a1,a0,a2
80400fa4:	4701                	li	a4,0
80400fa6:	853a                	mv	a0,a4
80400fa8:	8082                	ret
80400faa:	00c51733          	sll	a4,a0,a2
80400fae:	00c595b3          	sll	a1,a1,a2
80400fb2:	00f55533          	srl	a0,a0,a5
80400fb6:	8dc9                	or	a1,a1,a0
80400fb8:	b7fd                	j	80400fa6 <__ashldi3+0x14>

80400fba <__ashrdi3>:
80400fba:	ce01                	beqz	a2,80400fd2 <__ashrdi3+0x18>
80400fbc:	02000793          	li	a5,32
80400fc0:	8f91                	sub	a5,a5,a2
80400fc2:	00f04963          	bgtz	a5,80400fd4 <__ashrdi3+0x1a>
80400fc6:	1601                	add	a2,a2,-32
80400fc8:	41f5d713          	sra	a4,a1,0x1f
80400fcc:	40c5d533          	sra	a0,a1,a2
80400fd0:	85ba                	mv	a1,a4
80400fd2:	8082                	ret
80400fd4:	40c5d733          	sra	a4,a1,a2
80400fd8:	00c55533          	srl	a0,a0,a2
80400fdc:	00f595b3          	sll	a1,a1,a5
80400fe0:	8d4d                	or	a0,a0,a1
80400fe2:	b7fd                	j	80400fd0 <__ashrdi3+0x16>

80400fe4 <__ctzsi2>:
80400fe4:	40a007b3          	neg	a5,a0
80400fe8:	8d7d                	and	a0,a0,a5
80400fea:	67c1                	lui	a5,0x10
80400fec:	02f57363          	bgeu	a0,a5,80401012 <__ctzsi2+0x2e>
80400ff0:	10053793          	sltiu	a5,a0,256
80400ff4:	0017c793          	xor	a5,a5,1
80400ff8:	078e                	sll	a5,a5,0x3
80400ffa:	00f55533          	srl	a0,a0,a5
80400ffe:	00003717          	auipc	a4,0x3
80401002:	7de70713          	add	a4,a4,2014 # 804047dc <__clz_tab>
80401006:	972a                	add	a4,a4,a0
80401008:	00074503          	lbu	a0,0(a4)
8040100c:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
8040100e:	953e                	add	a0,a0,a5
80401010:	8082                	ret
80401012:	01000737          	lui	a4,0x1000
80401016:	47c1                	li	a5,16
80401018:	fee561e3          	bltu	a0,a4,80400ffa <__ctzsi2+0x16>
8040101c:	47e1                	li	a5,24
8040101e:	bff1                	j	80400ffa <__ctzsi2+0x16>

80401020 <__udivdi3>:
80401020:	88aa                	mv	a7,a0
80401022:	832e                	mv	t1,a1
80401024:	8732                	mv	a4,a2
80401026:	882a                	mv	a6,a0
80401028:	87ae                	mv	a5,a1
8040102a:	20069663          	bnez	a3,80401236 <__udivdi3+0x216>
8040102e:	00003597          	auipc	a1,0x3
80401032:	7ae58593          	add	a1,a1,1966 # 804047dc <__clz_tab>
80401036:	0cc37163          	bgeu	t1,a2,804010f8 <__udivdi3+0xd8>
8040103a:	66c1                	lui	a3,0x10
8040103c:	0ad67763          	bgeu	a2,a3,804010ea <__udivdi3+0xca>
80401040:	10063693          	sltiu	a3,a2,256
80401044:	0016c693          	xor	a3,a3,1
80401048:	068e                	sll	a3,a3,0x3
8040104a:	00d65533          	srl	a0,a2,a3
8040104e:	95aa                	add	a1,a1,a0
80401050:	0005c583          	lbu	a1,0(a1)
80401054:	02000513          	li	a0,32
80401058:	96ae                	add	a3,a3,a1
8040105a:	40d505b3          	sub	a1,a0,a3
8040105e:	00d50b63          	beq	a0,a3,80401074 <__udivdi3+0x54>
80401062:	00b317b3          	sll	a5,t1,a1
80401066:	00d8d6b3          	srl	a3,a7,a3
8040106a:	00b61733          	sll	a4,a2,a1
8040106e:	8fd5                	or	a5,a5,a3
80401070:	00b89833          	sll	a6,a7,a1
80401074:	01075593          	srl	a1,a4,0x10
80401078:	02b7d333          	divu	t1,a5,a1
8040107c:	01071613          	sll	a2,a4,0x10
80401080:	8241                	srl	a2,a2,0x10
80401082:	02b7f7b3          	remu	a5,a5,a1
80401086:	851a                	mv	a0,t1
80401088:	026608b3          	mul	a7,a2,t1
8040108c:	01079693          	sll	a3,a5,0x10
80401090:	01085793          	srl	a5,a6,0x10
80401094:	8fd5                	or	a5,a5,a3
80401096:	0117fc63          	bgeu	a5,a7,804010ae <__udivdi3+0x8e>
8040109a:	97ba                	add	a5,a5,a4
8040109c:	fff30513          	add	a0,t1,-1
804010a0:	00e7e763          	bltu	a5,a4,804010ae <__udivdi3+0x8e>
804010a4:	0117f563          	bgeu	a5,a7,804010ae <__udivdi3+0x8e>
804010a8:	ffe30513          	add	a0,t1,-2
804010ac:	97ba                	add	a5,a5,a4
804010ae:	411787b3          	sub	a5,a5,a7
804010b2:	02b7d8b3          	divu	a7,a5,a1
804010b6:	0842                	sll	a6,a6,0x10
804010b8:	01085813          	srl	a6,a6,0x10
804010bc:	02b7f7b3          	remu	a5,a5,a1
804010c0:	031606b3          	mul	a3,a2,a7
804010c4:	07c2                	sll	a5,a5,0x10
804010c6:	00f86833          	or	a6,a6,a5
804010ca:	87c6                	mv	a5,a7
804010cc:	00d87b63          	bgeu	a6,a3,804010e2 <__udivdi3+0xc2>
804010d0:	983a                	add	a6,a6,a4
804010d2:	fff88793          	add	a5,a7,-1 # 803fffff <errno+0x803fffff>
804010d6:	00e86663          	bltu	a6,a4,804010e2 <__udivdi3+0xc2>
804010da:	00d87463          	bgeu	a6,a3,804010e2 <__udivdi3+0xc2>
804010de:	ffe88793          	add	a5,a7,-2
804010e2:	0542                	sll	a0,a0,0x10
804010e4:	8d5d                	or	a0,a0,a5
804010e6:	4581                	li	a1,0
804010e8:	8082                	ret
804010ea:	01000537          	lui	a0,0x1000
804010ee:	46c1                	li	a3,16
804010f0:	f4a66de3          	bltu	a2,a0,8040104a <__udivdi3+0x2a>
804010f4:	46e1                	li	a3,24
804010f6:	bf91                	j	8040104a <__udivdi3+0x2a>
804010f8:	4681                	li	a3,0
804010fa:	ca09                	beqz	a2,8040110c <__udivdi3+0xec>
804010fc:	67c1                	lui	a5,0x10
804010fe:	08f67f63          	bgeu	a2,a5,8040119c <__udivdi3+0x17c>
80401102:	10063693          	sltiu	a3,a2,256
80401106:	0016c693          	xor	a3,a3,1
8040110a:	068e                	sll	a3,a3,0x3
8040110c:	00d657b3          	srl	a5,a2,a3
80401110:	95be                	add	a1,a1,a5
80401112:	0005c783          	lbu	a5,0(a1)
80401116:	97b6                	add	a5,a5,a3
80401118:	02000693          	li	a3,32
8040111c:	40f685b3          	sub	a1,a3,a5
80401120:	08f69563          	bne	a3,a5,804011aa <__udivdi3+0x18a>
80401124:	40c307b3          	sub	a5,t1,a2
80401128:	4585                	li	a1,1
8040112a:	01075893          	srl	a7,a4,0x10
8040112e:	0317de33          	divu	t3,a5,a7
80401132:	01071613          	sll	a2,a4,0x10
80401136:	8241                	srl	a2,a2,0x10
80401138:	01085693          	srl	a3,a6,0x10
8040113c:	0317f7b3          	remu	a5,a5,a7
80401140:	8572                	mv	a0,t3
80401142:	03c60333          	mul	t1,a2,t3
80401146:	07c2                	sll	a5,a5,0x10
80401148:	8fd5                	or	a5,a5,a3
8040114a:	0067fc63          	bgeu	a5,t1,80401162 <__udivdi3+0x142>
8040114e:	97ba                	add	a5,a5,a4
80401150:	fffe0513          	add	a0,t3,-1 # 80404fff <stdout+0x713>
80401154:	00e7e763          	bltu	a5,a4,80401162 <__udivdi3+0x142>
80401158:	0067f563          	bgeu	a5,t1,80401162 <__udivdi3+0x142>
8040115c:	ffee0513          	add	a0,t3,-2
80401160:	97ba                	add	a5,a5,a4
80401162:	406787b3          	sub	a5,a5,t1
80401166:	0317d333          	divu	t1,a5,a7
8040116a:	0842                	sll	a6,a6,0x10
8040116c:	01085813          	srl	a6,a6,0x10
80401170:	0317f7b3          	remu	a5,a5,a7
80401174:	026606b3          	mul	a3,a2,t1
80401178:	07c2                	sll	a5,a5,0x10
8040117a:	00f86833          	or	a6,a6,a5
8040117e:	879a                	mv	a5,t1
80401180:	00d87b63          	bgeu	a6,a3,80401196 <__udivdi3+0x176>
80401184:	983a                	add	a6,a6,a4
80401186:	fff30793          	add	a5,t1,-1
8040118a:	00e86663          	bltu	a6,a4,80401196 <__udivdi3+0x176>
8040118e:	00d87463          	bgeu	a6,a3,80401196 <__udivdi3+0x176>
80401192:	ffe30793          	add	a5,t1,-2
80401196:	0542                	sll	a0,a0,0x10
80401198:	8d5d                	or	a0,a0,a5
8040119a:	8082                	ret
8040119c:	010007b7          	lui	a5,0x1000
804011a0:	46c1                	li	a3,16
804011a2:	f6f665e3          	bltu	a2,a5,8040110c <__udivdi3+0xec>
804011a6:	46e1                	li	a3,24
804011a8:	b795                	j	8040110c <__udivdi3+0xec>
804011aa:	00b61733          	sll	a4,a2,a1
804011ae:	00f356b3          	srl	a3,t1,a5
804011b2:	01075513          	srl	a0,a4,0x10
804011b6:	00b31333          	sll	t1,t1,a1
804011ba:	00f8d7b3          	srl	a5,a7,a5
804011be:	0067e7b3          	or	a5,a5,t1
804011c2:	02a6d333          	divu	t1,a3,a0
804011c6:	01071613          	sll	a2,a4,0x10
804011ca:	8241                	srl	a2,a2,0x10
804011cc:	00b89833          	sll	a6,a7,a1
804011d0:	02a6f6b3          	remu	a3,a3,a0
804011d4:	026608b3          	mul	a7,a2,t1
804011d8:	01069593          	sll	a1,a3,0x10
804011dc:	0107d693          	srl	a3,a5,0x10
804011e0:	8ecd                	or	a3,a3,a1
804011e2:	859a                	mv	a1,t1
804011e4:	0116fc63          	bgeu	a3,a7,804011fc <__udivdi3+0x1dc>
804011e8:	96ba                	add	a3,a3,a4
804011ea:	fff30593          	add	a1,t1,-1
804011ee:	00e6e763          	bltu	a3,a4,804011fc <__udivdi3+0x1dc>
804011f2:	0116f563          	bgeu	a3,a7,804011fc <__udivdi3+0x1dc>
804011f6:	ffe30593          	add	a1,t1,-2
804011fa:	96ba                	add	a3,a3,a4
804011fc:	411686b3          	sub	a3,a3,a7
80401200:	02a6d8b3          	divu	a7,a3,a0
80401204:	07c2                	sll	a5,a5,0x10
80401206:	83c1                	srl	a5,a5,0x10
80401208:	02a6f6b3          	remu	a3,a3,a0
8040120c:	03160633          	mul	a2,a2,a7
80401210:	06c2                	sll	a3,a3,0x10
80401212:	8fd5                	or	a5,a5,a3
80401214:	86c6                	mv	a3,a7
80401216:	00c7fc63          	bgeu	a5,a2,8040122e <__udivdi3+0x20e>
8040121a:	97ba                	add	a5,a5,a4
8040121c:	fff88693          	add	a3,a7,-1
80401220:	00e7e763          	bltu	a5,a4,8040122e <__udivdi3+0x20e>
80401224:	00c7f563          	bgeu	a5,a2,8040122e <__udivdi3+0x20e>
80401228:	ffe88693          	add	a3,a7,-2
8040122c:	97ba                	add	a5,a5,a4
8040122e:	05c2                	sll	a1,a1,0x10
80401230:	8f91                	sub	a5,a5,a2
80401232:	8dd5                	or	a1,a1,a3
80401234:	bddd                	j	8040112a <__udivdi3+0x10a>
80401236:	14d5e163          	bltu	a1,a3,80401378 <__udivdi3+0x358>
8040123a:	67c1                	lui	a5,0x10
8040123c:	02f6ff63          	bgeu	a3,a5,8040127a <__udivdi3+0x25a>
80401240:	1006b713          	sltiu	a4,a3,256
80401244:	00174713          	xor	a4,a4,1
80401248:	070e                	sll	a4,a4,0x3
8040124a:	00e6d5b3          	srl	a1,a3,a4
8040124e:	00003797          	auipc	a5,0x3
80401252:	58e78793          	add	a5,a5,1422 # 804047dc <__clz_tab>
80401256:	97ae                	add	a5,a5,a1
80401258:	0007c783          	lbu	a5,0(a5)
8040125c:	97ba                	add	a5,a5,a4
8040125e:	02000713          	li	a4,32
80401262:	40f705b3          	sub	a1,a4,a5
80401266:	02f71163          	bne	a4,a5,80401288 <__udivdi3+0x268>
8040126a:	4505                	li	a0,1
8040126c:	e666eee3          	bltu	a3,t1,804010e8 <__udivdi3+0xc8>
80401270:	00c8b533          	sltu	a0,a7,a2
80401274:	00154513          	xor	a0,a0,1
80401278:	8082                	ret
8040127a:	010007b7          	lui	a5,0x1000
8040127e:	4741                	li	a4,16
80401280:	fcf6e5e3          	bltu	a3,a5,8040124a <__udivdi3+0x22a>
80401284:	4761                	li	a4,24
80401286:	b7d1                	j	8040124a <__udivdi3+0x22a>
80401288:	00f65733          	srl	a4,a2,a5
8040128c:	00b696b3          	sll	a3,a3,a1
80401290:	8ed9                	or	a3,a3,a4
80401292:	00f35733          	srl	a4,t1,a5
80401296:	00b31333          	sll	t1,t1,a1
8040129a:	00f8d7b3          	srl	a5,a7,a5
8040129e:	0067e7b3          	or	a5,a5,t1
804012a2:	0106d313          	srl	t1,a3,0x10
804012a6:	02675eb3          	divu	t4,a4,t1
804012aa:	01069813          	sll	a6,a3,0x10
804012ae:	01085813          	srl	a6,a6,0x10
804012b2:	00b61633          	sll	a2,a2,a1
804012b6:	02677733          	remu	a4,a4,t1
804012ba:	03d80e33          	mul	t3,a6,t4
804012be:	01071513          	sll	a0,a4,0x10
804012c2:	0107d713          	srl	a4,a5,0x10
804012c6:	8f49                	or	a4,a4,a0
804012c8:	8576                	mv	a0,t4
804012ca:	01c77c63          	bgeu	a4,t3,804012e2 <__udivdi3+0x2c2>
804012ce:	9736                	add	a4,a4,a3
804012d0:	fffe8513          	add	a0,t4,-1
804012d4:	00d76763          	bltu	a4,a3,804012e2 <__udivdi3+0x2c2>
804012d8:	01c77563          	bgeu	a4,t3,804012e2 <__udivdi3+0x2c2>
804012dc:	ffee8513          	add	a0,t4,-2
804012e0:	9736                	add	a4,a4,a3
804012e2:	41c70733          	sub	a4,a4,t3
804012e6:	02675e33          	divu	t3,a4,t1
804012ea:	07c2                	sll	a5,a5,0x10
804012ec:	83c1                	srl	a5,a5,0x10
804012ee:	02677733          	remu	a4,a4,t1
804012f2:	03c80833          	mul	a6,a6,t3
804012f6:	0742                	sll	a4,a4,0x10
804012f8:	8fd9                	or	a5,a5,a4
804012fa:	8772                	mv	a4,t3
804012fc:	0107fc63          	bgeu	a5,a6,80401314 <__udivdi3+0x2f4>
80401300:	97b6                	add	a5,a5,a3
80401302:	fffe0713          	add	a4,t3,-1
80401306:	00d7e763          	bltu	a5,a3,80401314 <__udivdi3+0x2f4>
8040130a:	0107f563          	bgeu	a5,a6,80401314 <__udivdi3+0x2f4>
8040130e:	ffee0713          	add	a4,t3,-2
80401312:	97b6                	add	a5,a5,a3
80401314:	0542                	sll	a0,a0,0x10
80401316:	6e41                	lui	t3,0x10
80401318:	8d59                	or	a0,a0,a4
8040131a:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
8040131e:	00d57733          	and	a4,a0,a3
80401322:	410787b3          	sub	a5,a5,a6
80401326:	8ef1                	and	a3,a3,a2
80401328:	01055813          	srl	a6,a0,0x10
8040132c:	8241                	srl	a2,a2,0x10
8040132e:	02d70333          	mul	t1,a4,a3
80401332:	02d806b3          	mul	a3,a6,a3
80401336:	02c70733          	mul	a4,a4,a2
8040133a:	02c80833          	mul	a6,a6,a2
8040133e:	00d70633          	add	a2,a4,a3
80401342:	01035713          	srl	a4,t1,0x10
80401346:	9732                	add	a4,a4,a2
80401348:	00d77363          	bgeu	a4,a3,8040134e <__udivdi3+0x32e>
8040134c:	9872                	add	a6,a6,t3
8040134e:	01075693          	srl	a3,a4,0x10
80401352:	96c2                	add	a3,a3,a6
80401354:	02d7e063          	bltu	a5,a3,80401374 <__udivdi3+0x354>
80401358:	d8d797e3          	bne	a5,a3,804010e6 <__udivdi3+0xc6>
8040135c:	67c1                	lui	a5,0x10
8040135e:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80401360:	8f7d                	and	a4,a4,a5
80401362:	0742                	sll	a4,a4,0x10
80401364:	00f37333          	and	t1,t1,a5
80401368:	00b898b3          	sll	a7,a7,a1
8040136c:	971a                	add	a4,a4,t1
8040136e:	4581                	li	a1,0
80401370:	d6e8fce3          	bgeu	a7,a4,804010e8 <__udivdi3+0xc8>
80401374:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80401376:	bb85                	j	804010e6 <__udivdi3+0xc6>
80401378:	4581                	li	a1,0
8040137a:	4501                	li	a0,0
8040137c:	8082                	ret

8040137e <__umoddi3>:
8040137e:	8832                	mv	a6,a2
80401380:	87aa                	mv	a5,a0
80401382:	872e                	mv	a4,a1
80401384:	1a069363          	bnez	a3,8040152a <__umoddi3+0x1ac>
80401388:	00003897          	auipc	a7,0x3
8040138c:	45488893          	add	a7,a7,1108 # 804047dc <__clz_tab>
80401390:	0ac5f663          	bgeu	a1,a2,8040143c <__umoddi3+0xbe>
80401394:	66c1                	lui	a3,0x10
80401396:	08d67c63          	bgeu	a2,a3,8040142e <__umoddi3+0xb0>
8040139a:	10063693          	sltiu	a3,a2,256
8040139e:	0016c693          	xor	a3,a3,1
804013a2:	068e                	sll	a3,a3,0x3
804013a4:	00d65333          	srl	t1,a2,a3
804013a8:	989a                	add	a7,a7,t1
804013aa:	0008c883          	lbu	a7,0(a7)
804013ae:	02000313          	li	t1,32
804013b2:	96c6                	add	a3,a3,a7
804013b4:	40d308b3          	sub	a7,t1,a3
804013b8:	00d30b63          	beq	t1,a3,804013ce <__umoddi3+0x50>
804013bc:	01159733          	sll	a4,a1,a7
804013c0:	00d556b3          	srl	a3,a0,a3
804013c4:	01161833          	sll	a6,a2,a7
804013c8:	8f55                	or	a4,a4,a3
804013ca:	011517b3          	sll	a5,a0,a7
804013ce:	01085613          	srl	a2,a6,0x10
804013d2:	02c756b3          	divu	a3,a4,a2
804013d6:	01081513          	sll	a0,a6,0x10
804013da:	8141                	srl	a0,a0,0x10
804013dc:	02c77733          	remu	a4,a4,a2
804013e0:	02a686b3          	mul	a3,a3,a0
804013e4:	01071593          	sll	a1,a4,0x10
804013e8:	0107d713          	srl	a4,a5,0x10
804013ec:	8f4d                	or	a4,a4,a1
804013ee:	00d77863          	bgeu	a4,a3,804013fe <__umoddi3+0x80>
804013f2:	9742                	add	a4,a4,a6
804013f4:	01076563          	bltu	a4,a6,804013fe <__umoddi3+0x80>
804013f8:	00d77363          	bgeu	a4,a3,804013fe <__umoddi3+0x80>
804013fc:	9742                	add	a4,a4,a6
804013fe:	8f15                	sub	a4,a4,a3
80401400:	02c756b3          	divu	a3,a4,a2
80401404:	02c77733          	remu	a4,a4,a2
80401408:	02a686b3          	mul	a3,a3,a0
8040140c:	07c2                	sll	a5,a5,0x10
8040140e:	0742                	sll	a4,a4,0x10
80401410:	83c1                	srl	a5,a5,0x10
80401412:	8fd9                	or	a5,a5,a4
80401414:	00d7f863          	bgeu	a5,a3,80401424 <__umoddi3+0xa6>
80401418:	97c2                	add	a5,a5,a6
8040141a:	0107e563          	bltu	a5,a6,80401424 <__umoddi3+0xa6>
8040141e:	00d7f363          	bgeu	a5,a3,80401424 <__umoddi3+0xa6>
80401422:	97c2                	add	a5,a5,a6
80401424:	8f95                	sub	a5,a5,a3
80401426:	0117d533          	srl	a0,a5,a7
8040142a:	4581                	li	a1,0
8040142c:	8082                	ret
8040142e:	01000337          	lui	t1,0x1000
80401432:	46c1                	li	a3,16
80401434:	f66668e3          	bltu	a2,t1,804013a4 <__umoddi3+0x26>
80401438:	46e1                	li	a3,24
8040143a:	b7ad                	j	804013a4 <__umoddi3+0x26>
8040143c:	4681                	li	a3,0
8040143e:	ca09                	beqz	a2,80401450 <__umoddi3+0xd2>
80401440:	6741                	lui	a4,0x10
80401442:	06e67463          	bgeu	a2,a4,804014aa <__umoddi3+0x12c>
80401446:	10063693          	sltiu	a3,a2,256
8040144a:	0016c693          	xor	a3,a3,1
8040144e:	068e                	sll	a3,a3,0x3
80401450:	00d65733          	srl	a4,a2,a3
80401454:	98ba                	add	a7,a7,a4
80401456:	0008c703          	lbu	a4,0(a7)
8040145a:	9736                	add	a4,a4,a3
8040145c:	02000693          	li	a3,32
80401460:	40e688b3          	sub	a7,a3,a4
80401464:	04e69a63          	bne	a3,a4,804014b8 <__umoddi3+0x13a>
80401468:	40c58733          	sub	a4,a1,a2
8040146c:	01085593          	srl	a1,a6,0x10
80401470:	02b75633          	divu	a2,a4,a1
80401474:	01081513          	sll	a0,a6,0x10
80401478:	8141                	srl	a0,a0,0x10
8040147a:	0107d693          	srl	a3,a5,0x10
8040147e:	02b77733          	remu	a4,a4,a1
80401482:	02a60633          	mul	a2,a2,a0
80401486:	0742                	sll	a4,a4,0x10
80401488:	8f55                	or	a4,a4,a3
8040148a:	00c77863          	bgeu	a4,a2,8040149a <__umoddi3+0x11c>
8040148e:	9742                	add	a4,a4,a6
80401490:	01076563          	bltu	a4,a6,8040149a <__umoddi3+0x11c>
80401494:	00c77363          	bgeu	a4,a2,8040149a <__umoddi3+0x11c>
80401498:	9742                	add	a4,a4,a6
8040149a:	8f11                	sub	a4,a4,a2
8040149c:	02b756b3          	divu	a3,a4,a1
804014a0:	02b77733          	remu	a4,a4,a1
804014a4:	02a686b3          	mul	a3,a3,a0
804014a8:	b795                	j	8040140c <__umoddi3+0x8e>
804014aa:	01000737          	lui	a4,0x1000
804014ae:	46c1                	li	a3,16
804014b0:	fae660e3          	bltu	a2,a4,80401450 <__umoddi3+0xd2>
804014b4:	46e1                	li	a3,24
804014b6:	bf69                	j	80401450 <__umoddi3+0xd2>
804014b8:	01161833          	sll	a6,a2,a7
804014bc:	00e5d6b3          	srl	a3,a1,a4
804014c0:	011517b3          	sll	a5,a0,a7
804014c4:	011595b3          	sll	a1,a1,a7
804014c8:	00e55733          	srl	a4,a0,a4
804014cc:	01085513          	srl	a0,a6,0x10
804014d0:	8f4d                	or	a4,a4,a1
804014d2:	02a6d5b3          	divu	a1,a3,a0
804014d6:	01081313          	sll	t1,a6,0x10
804014da:	01035313          	srl	t1,t1,0x10
804014de:	02a6f6b3          	remu	a3,a3,a0
804014e2:	026585b3          	mul	a1,a1,t1
804014e6:	01069613          	sll	a2,a3,0x10
804014ea:	01075693          	srl	a3,a4,0x10
804014ee:	8ed1                	or	a3,a3,a2
804014f0:	00b6f863          	bgeu	a3,a1,80401500 <__umoddi3+0x182>
804014f4:	96c2                	add	a3,a3,a6
804014f6:	0106e563          	bltu	a3,a6,80401500 <__umoddi3+0x182>
804014fa:	00b6f363          	bgeu	a3,a1,80401500 <__umoddi3+0x182>
804014fe:	96c2                	add	a3,a3,a6
80401500:	8e8d                	sub	a3,a3,a1
80401502:	02a6d633          	divu	a2,a3,a0
80401506:	0742                	sll	a4,a4,0x10
80401508:	8341                	srl	a4,a4,0x10
8040150a:	02a6f6b3          	remu	a3,a3,a0
8040150e:	02660633          	mul	a2,a2,t1
80401512:	06c2                	sll	a3,a3,0x10
80401514:	8f55                	or	a4,a4,a3
80401516:	00c77863          	bgeu	a4,a2,80401526 <__umoddi3+0x1a8>
8040151a:	9742                	add	a4,a4,a6
8040151c:	01076563          	bltu	a4,a6,80401526 <__umoddi3+0x1a8>
80401520:	00c77363          	bgeu	a4,a2,80401526 <__umoddi3+0x1a8>
80401524:	9742                	add	a4,a4,a6
80401526:	8f11                	sub	a4,a4,a2
80401528:	b791                	j	8040146c <__umoddi3+0xee>
8040152a:	16d5ed63          	bltu	a1,a3,804016a4 <__umoddi3+0x326>
8040152e:	6841                	lui	a6,0x10
80401530:	0506f763          	bgeu	a3,a6,8040157e <__umoddi3+0x200>
80401534:	1006b813          	sltiu	a6,a3,256
80401538:	00184813          	xor	a6,a6,1
8040153c:	080e                	sll	a6,a6,0x3
8040153e:	0106d333          	srl	t1,a3,a6
80401542:	00003897          	auipc	a7,0x3
80401546:	29a88893          	add	a7,a7,666 # 804047dc <__clz_tab>
8040154a:	989a                	add	a7,a7,t1
8040154c:	0008c883          	lbu	a7,0(a7)
80401550:	02000313          	li	t1,32
80401554:	98c2                	add	a7,a7,a6
80401556:	41130833          	sub	a6,t1,a7
8040155a:	03131963          	bne	t1,a7,8040158c <__umoddi3+0x20e>
8040155e:	00b6e463          	bltu	a3,a1,80401566 <__umoddi3+0x1e8>
80401562:	00c56b63          	bltu	a0,a2,80401578 <__umoddi3+0x1fa>
80401566:	40c50633          	sub	a2,a0,a2
8040156a:	40d586b3          	sub	a3,a1,a3
8040156e:	00c53733          	sltu	a4,a0,a2
80401572:	87b2                	mv	a5,a2
80401574:	40e68733          	sub	a4,a3,a4
80401578:	853e                	mv	a0,a5
8040157a:	85ba                	mv	a1,a4
8040157c:	8082                	ret
8040157e:	010008b7          	lui	a7,0x1000
80401582:	4841                	li	a6,16
80401584:	fb16ede3          	bltu	a3,a7,8040153e <__umoddi3+0x1c0>
80401588:	4861                	li	a6,24
8040158a:	bf55                	j	8040153e <__umoddi3+0x1c0>
8040158c:	011657b3          	srl	a5,a2,a7
80401590:	010696b3          	sll	a3,a3,a6
80401594:	8edd                	or	a3,a3,a5
80401596:	0115d733          	srl	a4,a1,a7
8040159a:	0106de13          	srl	t3,a3,0x10
8040159e:	03c75f33          	divu	t5,a4,t3
804015a2:	01069313          	sll	t1,a3,0x10
804015a6:	01035313          	srl	t1,t1,0x10
804015aa:	010597b3          	sll	a5,a1,a6
804015ae:	011555b3          	srl	a1,a0,a7
804015b2:	8ddd                	or	a1,a1,a5
804015b4:	0105d793          	srl	a5,a1,0x10
804015b8:	01061633          	sll	a2,a2,a6
804015bc:	01051533          	sll	a0,a0,a6
804015c0:	03c77733          	remu	a4,a4,t3
804015c4:	03e30eb3          	mul	t4,t1,t5
804015c8:	0742                	sll	a4,a4,0x10
804015ca:	8fd9                	or	a5,a5,a4
804015cc:	877a                	mv	a4,t5
804015ce:	01d7fc63          	bgeu	a5,t4,804015e6 <__umoddi3+0x268>
804015d2:	97b6                	add	a5,a5,a3
804015d4:	ffff0713          	add	a4,t5,-1
804015d8:	00d7e763          	bltu	a5,a3,804015e6 <__umoddi3+0x268>
804015dc:	01d7f563          	bgeu	a5,t4,804015e6 <__umoddi3+0x268>
804015e0:	ffef0713          	add	a4,t5,-2
804015e4:	97b6                	add	a5,a5,a3
804015e6:	41d787b3          	sub	a5,a5,t4
804015ea:	03c7deb3          	divu	t4,a5,t3
804015ee:	05c2                	sll	a1,a1,0x10
804015f0:	81c1                	srl	a1,a1,0x10
804015f2:	03c7f7b3          	remu	a5,a5,t3
804015f6:	8e76                	mv	t3,t4
804015f8:	03d30333          	mul	t1,t1,t4
804015fc:	07c2                	sll	a5,a5,0x10
804015fe:	8ddd                	or	a1,a1,a5
80401600:	0065fc63          	bgeu	a1,t1,80401618 <__umoddi3+0x29a>
80401604:	95b6                	add	a1,a1,a3
80401606:	fffe8e13          	add	t3,t4,-1
8040160a:	00d5e763          	bltu	a1,a3,80401618 <__umoddi3+0x29a>
8040160e:	0065f563          	bgeu	a1,t1,80401618 <__umoddi3+0x29a>
80401612:	ffee8e13          	add	t3,t4,-2
80401616:	95b6                	add	a1,a1,a3
80401618:	01071793          	sll	a5,a4,0x10
8040161c:	6f41                	lui	t5,0x10
8040161e:	01c7e7b3          	or	a5,a5,t3
80401622:	406585b3          	sub	a1,a1,t1
80401626:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
8040162a:	0067f733          	and	a4,a5,t1
8040162e:	01065e13          	srl	t3,a2,0x10
80401632:	83c1                	srl	a5,a5,0x10
80401634:	00667333          	and	t1,a2,t1
80401638:	02670eb3          	mul	t4,a4,t1
8040163c:	02678333          	mul	t1,a5,t1
80401640:	03c70733          	mul	a4,a4,t3
80401644:	03c787b3          	mul	a5,a5,t3
80401648:	00670e33          	add	t3,a4,t1
8040164c:	010ed713          	srl	a4,t4,0x10
80401650:	9772                	add	a4,a4,t3
80401652:	00677363          	bgeu	a4,t1,80401658 <__umoddi3+0x2da>
80401656:	97fa                	add	a5,a5,t5
80401658:	01075313          	srl	t1,a4,0x10
8040165c:	979a                	add	a5,a5,t1
8040165e:	6341                	lui	t1,0x10
80401660:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80401662:	00677733          	and	a4,a4,t1
80401666:	0742                	sll	a4,a4,0x10
80401668:	006efeb3          	and	t4,t4,t1
8040166c:	9776                	add	a4,a4,t4
8040166e:	00f5e663          	bltu	a1,a5,8040167a <__umoddi3+0x2fc>
80401672:	00f59b63          	bne	a1,a5,80401688 <__umoddi3+0x30a>
80401676:	00e57963          	bgeu	a0,a4,80401688 <__umoddi3+0x30a>
8040167a:	40c70633          	sub	a2,a4,a2
8040167e:	00c73333          	sltu	t1,a4,a2
80401682:	969a                	add	a3,a3,t1
80401684:	8732                	mv	a4,a2
80401686:	8f95                	sub	a5,a5,a3
80401688:	40e50733          	sub	a4,a0,a4
8040168c:	00e53533          	sltu	a0,a0,a4
80401690:	8d9d                	sub	a1,a1,a5
80401692:	8d89                	sub	a1,a1,a0
80401694:	011598b3          	sll	a7,a1,a7
80401698:	01075733          	srl	a4,a4,a6
8040169c:	00e8e533          	or	a0,a7,a4
804016a0:	0105d5b3          	srl	a1,a1,a6
804016a4:	8082                	ret

804016a6 <__riscv_save_12>:
804016a6:	7139                	add	sp,sp,-64
804016a8:	4301                	li	t1,0
804016aa:	c66e                	sw	s11,12(sp)
804016ac:	a019                	j	804016b2 <__riscv_save_10+0x4>

804016ae <__riscv_save_10>:
804016ae:	7139                	add	sp,sp,-64
804016b0:	5341                	li	t1,-16
804016b2:	c86a                	sw	s10,16(sp)
804016b4:	ca66                	sw	s9,20(sp)
804016b6:	cc62                	sw	s8,24(sp)
804016b8:	ce5e                	sw	s7,28(sp)
804016ba:	a019                	j	804016c0 <__riscv_save_4+0x4>

804016bc <__riscv_save_4>:
804016bc:	7139                	add	sp,sp,-64
804016be:	5301                	li	t1,-32
804016c0:	d05a                	sw	s6,32(sp)
804016c2:	d256                	sw	s5,36(sp)
804016c4:	d452                	sw	s4,40(sp)
804016c6:	d64e                	sw	s3,44(sp)
804016c8:	d84a                	sw	s2,48(sp)
804016ca:	da26                	sw	s1,52(sp)
804016cc:	dc22                	sw	s0,56(sp)
804016ce:	de06                	sw	ra,60(sp)
804016d0:	40610133          	sub	sp,sp,t1
804016d4:	8282                	jr	t0

804016d6 <__riscv_save_0>:
804016d6:	1141                	add	sp,sp,-16
804016d8:	c04a                	sw	s2,0(sp)
804016da:	c226                	sw	s1,4(sp)
804016dc:	c422                	sw	s0,8(sp)
804016de:	c606                	sw	ra,12(sp)
804016e0:	8282                	jr	t0

804016e2 <__riscv_restore_12>:
804016e2:	4db2                	lw	s11,12(sp)
804016e4:	0141                	add	sp,sp,16

804016e6 <__riscv_restore_10>:
804016e6:	4d02                	lw	s10,0(sp)
804016e8:	4c92                	lw	s9,4(sp)
804016ea:	4c22                	lw	s8,8(sp)
804016ec:	4bb2                	lw	s7,12(sp)
804016ee:	0141                	add	sp,sp,16

804016f0 <__riscv_restore_4>:
804016f0:	4b02                	lw	s6,0(sp)
804016f2:	4a92                	lw	s5,4(sp)
804016f4:	4a22                	lw	s4,8(sp)
804016f6:	49b2                	lw	s3,12(sp)
804016f8:	0141                	add	sp,sp,16

804016fa <__riscv_restore_0>:
804016fa:	4902                	lw	s2,0(sp)
804016fc:	4492                	lw	s1,4(sp)
804016fe:	4422                	lw	s0,8(sp)
80401700:	40b2                	lw	ra,12(sp)
80401702:	0141                	add	sp,sp,16
80401704:	8082                	ret

80401706 <printf>:
80401706:	7139                	add	sp,sp,-64
80401708:	da3e                	sw	a5,52(sp)
8040170a:	804057b7          	lui	a5,0x80405
8040170e:	d22e                	sw	a1,36(sp)
80401710:	85aa                	mv	a1,a0
80401712:	8ec7a503          	lw	a0,-1812(a5) # 804048ec <stdout>
80401716:	d432                	sw	a2,40(sp)
80401718:	1050                	add	a2,sp,36
8040171a:	ce06                	sw	ra,28(sp)
8040171c:	d636                	sw	a3,44(sp)
8040171e:	d83a                	sw	a4,48(sp)
80401720:	dc42                	sw	a6,56(sp)
80401722:	de46                	sw	a7,60(sp)
80401724:	c632                	sw	a2,12(sp)
80401726:	00000097          	auipc	ra,0x0
8040172a:	222080e7          	jalr	546(ra) # 80401948 <__d_vfprintf>
8040172e:	40f2                	lw	ra,28(sp)
80401730:	6121                	add	sp,sp,64
80401732:	8082                	ret

80401734 <__ultoa_invert>:
80401734:	00000317          	auipc	t1,0x0
80401738:	f7a302e7          	jalr	t0,-134(t1) # 804016ae <__riscv_save_10>
8040173c:	2006f793          	and	a5,a3,512
80401740:	89aa                	mv	s3,a0
80401742:	8a2e                	mv	s4,a1
80401744:	8932                	mv	s2,a2
80401746:	84b6                	mv	s1,a3
80401748:	02700b13          	li	s6,39
8040174c:	c781                	beqz	a5,80401754 <__ultoa_invert+0x20>
8040174e:	dff6f493          	and	s1,a3,-513
80401752:	4b1d                	li	s6,7
80401754:	41f4da93          	sra	s5,s1,0x1f
80401758:	4ca5                	li	s9,9
8040175a:	8626                	mv	a2,s1
8040175c:	86d6                	mv	a3,s5
8040175e:	854e                	mv	a0,s3
80401760:	85d2                	mv	a1,s4
80401762:	00000097          	auipc	ra,0x0
80401766:	c1c080e7          	jalr	-996(ra) # 8040137e <__umoddi3>
8040176a:	85d2                	mv	a1,s4
8040176c:	0ff57413          	zext.b	s0,a0
80401770:	8626                	mv	a2,s1
80401772:	854e                	mv	a0,s3
80401774:	86d6                	mv	a3,s5
80401776:	00000097          	auipc	ra,0x0
8040177a:	8aa080e7          	jalr	-1878(ra) # 80401020 <__udivdi3>
8040177e:	8c4e                	mv	s8,s3
80401780:	8bd2                	mv	s7,s4
80401782:	89aa                	mv	s3,a0
80401784:	8a2e                	mv	s4,a1
80401786:	008cf563          	bgeu	s9,s0,80401790 <__ultoa_invert+0x5c>
8040178a:	945a                	add	s0,s0,s6
8040178c:	0ff47413          	zext.b	s0,s0
80401790:	0905                	add	s2,s2,1
80401792:	03040413          	add	s0,s0,48
80401796:	fe890fa3          	sb	s0,-1(s2)
8040179a:	015be663          	bltu	s7,s5,804017a6 <__ultoa_invert+0x72>
8040179e:	fb7a9ee3          	bne	s5,s7,8040175a <__ultoa_invert+0x26>
804017a2:	fa9c7ce3          	bgeu	s8,s1,8040175a <__ultoa_invert+0x26>
804017a6:	854a                	mv	a0,s2
804017a8:	00000317          	auipc	t1,0x0
804017ac:	f3e30067          	jr	-194(t1) # 804016e6 <__riscv_restore_10>

804017b0 <skip_to_arg>:
804017b0:	00000317          	auipc	t1,0x0
804017b4:	efe302e7          	jalr	t0,-258(t1) # 804016ae <__riscv_save_10>
804017b8:	4305                	li	t1,1
804017ba:	02500f13          	li	t5,37
804017be:	88aa                	mv	a7,a0
804017c0:	00c34663          	blt	t1,a2,804017cc <skip_to_arg+0x1c>
804017c4:	00000317          	auipc	t1,0x0
804017c8:	f2230067          	jr	-222(t1) # 804016e6 <__riscv_restore_10>
804017cc:	87c6                	mv	a5,a7
804017ce:	88be                	mv	a7,a5
804017d0:	0007c703          	lbu	a4,0(a5)
804017d4:	0785                	add	a5,a5,1
804017d6:	d77d                	beqz	a4,804017c4 <skip_to_arg+0x14>
804017d8:	ffe71be3          	bne	a4,t5,804017ce <skip_to_arg+0x1e>
804017dc:	0007c703          	lbu	a4,0(a5)
804017e0:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
804017e2:	ffe705e3          	beq	a4,t5,804017cc <skip_to_arg+0x1c>
804017e6:	6ecd                	lui	t4,0x13
804017e8:	4681                	li	a3,0
804017ea:	4e01                	li	t3,0
804017ec:	4781                	li	a5,0
804017ee:	42fd                	li	t0,31
804017f0:	06c00f93          	li	t6,108
804017f4:	07400393          	li	t2,116
804017f8:	07a00413          	li	s0,122
804017fc:	06800493          	li	s1,104
80401800:	06a00913          	li	s2,106
80401804:	04c00993          	li	s3,76
80401808:	4a25                	li	s4,9
8040180a:	02400a93          	li	s5,36
8040180e:	07f00b13          	li	s6,127
80401812:	4bc1                	li	s7,16
80401814:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
80401818:	04f2e263          	bltu	t0,a5,8040185c <skip_to_arg+0xac>
8040181c:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
80401820:	0ff87813          	zext.b	a6,a6
80401824:	030bf163          	bgeu	s7,a6,80401846 <skip_to_arg+0x96>
80401828:	fd070813          	add	a6,a4,-48
8040182c:	0ff87813          	zext.b	a6,a6
80401830:	4c25                	li	s8,9
80401832:	050c6563          	bltu	s8,a6,8040187c <skip_to_arg+0xcc>
80401836:	47a9                	li	a5,10
80401838:	02f687b3          	mul	a5,a3,a5
8040183c:	00f806b3          	add	a3,a6,a5
80401840:	02000793          	li	a5,32
80401844:	a039                	j	80401852 <skip_to_arg+0xa2>
80401846:	010ed833          	srl	a6,t4,a6
8040184a:	00187813          	and	a6,a6,1
8040184e:	00080963          	beqz	a6,80401860 <skip_to_arg+0xb0>
80401852:	0008c703          	lbu	a4,0(a7)
80401856:	0885                	add	a7,a7,1
80401858:	f361                	bnez	a4,80401818 <skip_to_arg+0x68>
8040185a:	a8b1                	j	804018b6 <skip_to_arg+0x106>
8040185c:	04fb6363          	bltu	s6,a5,804018a2 <skip_to_arg+0xf2>
80401860:	fd070813          	add	a6,a4,-48
80401864:	0ff87813          	zext.b	a6,a6
80401868:	fd0a77e3          	bgeu	s4,a6,80401836 <skip_to_arg+0x86>
8040186c:	03571563          	bne	a4,s5,80401896 <skip_to_arg+0xe6>
80401870:	0a0e0063          	beqz	t3,80401910 <skip_to_arg+0x160>
80401874:	0a668063          	beq	a3,t1,80401914 <skip_to_arg+0x164>
80401878:	4681                	li	a3,0
8040187a:	bfe1                	j	80401852 <skip_to_arg+0xa2>
8040187c:	0fb77813          	and	a6,a4,251
80401880:	02a00c13          	li	s8,42
80401884:	ff880ae3          	beq	a6,s8,80401878 <skip_to_arg+0xc8>
80401888:	06c00813          	li	a6,108
8040188c:	01071d63          	bne	a4,a6,804018a6 <skip_to_arg+0xf6>
80401890:	0807e793          	or	a5,a5,128
80401894:	bf7d                	j	80401852 <skip_to_arg+0xa2>
80401896:	0fb77813          	and	a6,a4,251
8040189a:	02a00c13          	li	s8,42
8040189e:	fd880de3          	beq	a6,s8,80401878 <skip_to_arg+0xc8>
804018a2:	05f70663          	beq	a4,t6,804018ee <skip_to_arg+0x13e>
804018a6:	02efef63          	bltu	t6,a4,804018e4 <skip_to_arg+0x134>
804018aa:	04970863          	beq	a4,s1,804018fa <skip_to_arg+0x14a>
804018ae:	05270e63          	beq	a4,s2,8040190a <skip_to_arg+0x15a>
804018b2:	05370c63          	beq	a4,s3,8040190a <skip_to_arg+0x15a>
804018b6:	f00e07e3          	beqz	t3,804017c4 <skip_to_arg+0x14>
804018ba:	f06e13e3          	bne	t3,t1,804017c0 <skip_to_arg+0x10>
804018be:	02076893          	or	a7,a4,32
804018c2:	f9b88813          	add	a6,a7,-101
804018c6:	0ff87813          	zext.b	a6,a6
804018ca:	4e09                	li	t3,2
804018cc:	4194                	lw	a3,0(a1)
804018ce:	010e7663          	bgeu	t3,a6,804018da <skip_to_arg+0x12a>
804018d2:	06100813          	li	a6,97
804018d6:	05089263          	bne	a7,a6,8040191a <skip_to_arg+0x16a>
804018da:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
804018dc:	9ae1                	and	a3,a3,-8
804018de:	00868713          	add	a4,a3,8
804018e2:	a091                	j	80401926 <skip_to_arg+0x176>
804018e4:	f67707e3          	beq	a4,t2,80401852 <skip_to_arg+0xa2>
804018e8:	f68705e3          	beq	a4,s0,80401852 <skip_to_arg+0xa2>
804018ec:	b7e9                	j	804018b6 <skip_to_arg+0x106>
804018ee:	0807f713          	and	a4,a5,128
804018f2:	df59                	beqz	a4,80401890 <skip_to_arg+0xe0>
804018f4:	2007e793          	or	a5,a5,512
804018f8:	bf61                	j	80401890 <skip_to_arg+0xe0>
804018fa:	1007f713          	and	a4,a5,256
804018fe:	c319                	beqz	a4,80401904 <skip_to_arg+0x154>
80401900:	2007e793          	or	a5,a5,512
80401904:	1007e793          	or	a5,a5,256
80401908:	b7a9                	j	80401852 <skip_to_arg+0xa2>
8040190a:	2807e793          	or	a5,a5,640
8040190e:	b791                	j	80401852 <skip_to_arg+0xa2>
80401910:	8e36                	mv	t3,a3
80401912:	b79d                	j	80401878 <skip_to_arg+0xc8>
80401914:	06300713          	li	a4,99
80401918:	b75d                	j	804018be <skip_to_arg+0x10e>
8040191a:	06300813          	li	a6,99
8040191e:	01071763          	bne	a4,a6,8040192c <skip_to_arg+0x17c>
80401922:	00468713          	add	a4,a3,4
80401926:	c198                	sw	a4,0(a1)
80401928:	0305                	add	t1,t1,1
8040192a:	bd51                	j	804017be <skip_to_arg+0xe>
8040192c:	07300813          	li	a6,115
80401930:	ff0709e3          	beq	a4,a6,80401922 <skip_to_arg+0x172>
80401934:	0807f813          	and	a6,a5,128
80401938:	00468713          	add	a4,a3,4
8040193c:	fe0805e3          	beqz	a6,80401926 <skip_to_arg+0x176>
80401940:	2007f793          	and	a5,a5,512
80401944:	d3ed                	beqz	a5,80401926 <skip_to_arg+0x176>
80401946:	bf51                	j	804018da <skip_to_arg+0x12a>

80401948 <__d_vfprintf>:
80401948:	00000317          	auipc	t1,0x0
8040194c:	d5e302e7          	jalr	t0,-674(t1) # 804016a6 <__riscv_save_12>
80401950:	00454783          	lbu	a5,4(a0)
80401954:	7139                	add	sp,sp,-64
80401956:	c02a                	sw	a0,0(sp)
80401958:	c42e                	sw	a1,8(sp)
8040195a:	c632                	sw	a2,12(sp)
8040195c:	8b89                	and	a5,a5,2
8040195e:	00852a03          	lw	s4,8(a0)
80401962:	c785                	beqz	a5,8040198a <__d_vfprintf+0x42>
80401964:	d232                	sw	a2,36(sp)
80401966:	87ae                	mv	a5,a1
80401968:	4401                	li	s0,0
8040196a:	0007c903          	lbu	s2,0(a5)
8040196e:	00090f63          	beqz	s2,8040198c <__d_vfprintf+0x44>
80401972:	02500713          	li	a4,37
80401976:	02e90163          	beq	s2,a4,80401998 <__d_vfprintf+0x50>
8040197a:	0785                	add	a5,a5,1
8040197c:	c23e                	sw	a5,4(sp)
8040197e:	4582                	lw	a1,0(sp)
80401980:	854a                	mv	a0,s2
80401982:	0405                	add	s0,s0,1
80401984:	9a02                	jalr	s4
80401986:	2a0557e3          	bgez	a0,80402434 <__d_vfprintf+0xaec>
8040198a:	547d                	li	s0,-1
8040198c:	8522                	mv	a0,s0
8040198e:	6121                	add	sp,sp,64
80401990:	00000317          	auipc	t1,0x0
80401994:	d5230067          	jr	-686(t1) # 804016e2 <__riscv_restore_12>
80401998:	0017c903          	lbu	s2,1(a5)
8040199c:	00278713          	add	a4,a5,2
804019a0:	c23a                	sw	a4,4(sp)
804019a2:	02500793          	li	a5,37
804019a6:	fcf90ce3          	beq	s2,a5,8040197e <__d_vfprintf+0x36>
804019aa:	804044b7          	lui	s1,0x80404
804019ae:	4a81                	li	s5,0
804019b0:	4d01                	li	s10,0
804019b2:	4b01                	li	s6,0
804019b4:	4d81                	li	s11,0
804019b6:	06c00993          	li	s3,108
804019ba:	07400b93          	li	s7,116
804019be:	07a00c13          	li	s8,122
804019c2:	06800c93          	li	s9,104
804019c6:	41048493          	add	s1,s1,1040 # 80404410 <msg.0+0x1c>
804019ca:	47fd                	li	a5,31
804019cc:	07b7e163          	bltu	a5,s11,80401a2e <__d_vfprintf+0xe6>
804019d0:	fe090793          	add	a5,s2,-32
804019d4:	0ff7f793          	zext.b	a5,a5
804019d8:	4741                	li	a4,16
804019da:	00f76663          	bltu	a4,a5,804019e6 <__d_vfprintf+0x9e>
804019de:	078a                	sll	a5,a5,0x2
804019e0:	97a6                	add	a5,a5,s1
804019e2:	439c                	lw	a5,0(a5)
804019e4:	8782                	jr	a5
804019e6:	fd090793          	add	a5,s2,-48
804019ea:	0ff7f793          	zext.b	a5,a5
804019ee:	4725                	li	a4,9
804019f0:	06f76463          	bltu	a4,a5,80401a58 <__d_vfprintf+0x110>
804019f4:	46a9                	li	a3,10
804019f6:	02db06b3          	mul	a3,s6,a3
804019fa:	00f68b33          	add	s6,a3,a5
804019fe:	020ded93          	or	s11,s11,32
80401a02:	a019                	j	80401a08 <__d_vfprintf+0xc0>
80401a04:	001ded93          	or	s11,s11,1
80401a08:	4792                	lw	a5,4(sp)
80401a0a:	0007c903          	lbu	s2,0(a5)
80401a0e:	0785                	add	a5,a5,1
80401a10:	c23e                	sw	a5,4(sp)
80401a12:	fa091ce3          	bnez	s2,804019ca <__d_vfprintf+0x82>
80401a16:	a8cd                	j	80401b08 <__d_vfprintf+0x1c0>
80401a18:	002ded93          	or	s11,s11,2
80401a1c:	004ded93          	or	s11,s11,4
80401a20:	b7e5                	j	80401a08 <__d_vfprintf+0xc0>
80401a22:	008ded93          	or	s11,s11,8
80401a26:	b7cd                	j	80401a08 <__d_vfprintf+0xc0>
80401a28:	010ded93          	or	s11,s11,16
80401a2c:	bff1                	j	80401a08 <__d_vfprintf+0xc0>
80401a2e:	07f00793          	li	a5,127
80401a32:	0bb7ed63          	bltu	a5,s11,80401aec <__d_vfprintf+0x1a4>
80401a36:	fd090693          	add	a3,s2,-48
80401a3a:	0ff6f693          	zext.b	a3,a3
80401a3e:	47a5                	li	a5,9
80401a40:	00d7ec63          	bltu	a5,a3,80401a58 <__d_vfprintf+0x110>
80401a44:	040df613          	and	a2,s11,64
80401a48:	87b6                	mv	a5,a3
80401a4a:	d64d                	beqz	a2,804019f4 <__d_vfprintf+0xac>
80401a4c:	47a9                	li	a5,10
80401a4e:	02fd07b3          	mul	a5,s10,a5
80401a52:	00d78d33          	add	s10,a5,a3
80401a56:	bf4d                	j	80401a08 <__d_vfprintf+0xc0>
80401a58:	02a00793          	li	a5,42
80401a5c:	02f91663          	bne	s2,a5,80401a88 <__d_vfprintf+0x140>
80401a60:	fa0a94e3          	bnez	s5,80401a08 <__d_vfprintf+0xc0>
80401a64:	5692                	lw	a3,36(sp)
80401a66:	040df793          	and	a5,s11,64
80401a6a:	00468613          	add	a2,a3,4
80401a6e:	4294                	lw	a3,0(a3)
80401a70:	d232                	sw	a2,36(sp)
80401a72:	c399                	beqz	a5,80401a78 <__d_vfprintf+0x130>
80401a74:	8d36                	mv	s10,a3
80401a76:	bf49                	j	80401a08 <__d_vfprintf+0xc0>
80401a78:	8b36                	mv	s6,a3
80401a7a:	f806d2e3          	bgez	a3,804019fe <__d_vfprintf+0xb6>
80401a7e:	40d00b33          	neg	s6,a3
80401a82:	028ded93          	or	s11,s11,40
80401a86:	b749                	j	80401a08 <__d_vfprintf+0xc0>
80401a88:	02e00793          	li	a5,46
80401a8c:	00f91963          	bne	s2,a5,80401a9e <__d_vfprintf+0x156>
80401a90:	040df793          	and	a5,s11,64
80401a94:	ee079ce3          	bnez	a5,8040198c <__d_vfprintf+0x44>
80401a98:	040ded93          	or	s11,s11,64
80401a9c:	b7b5                	j	80401a08 <__d_vfprintf+0xc0>
80401a9e:	02400793          	li	a5,36
80401aa2:	04f91563          	bne	s2,a5,80401aec <__d_vfprintf+0x1a4>
80401aa6:	140a8363          	beqz	s5,80401bec <__d_vfprintf+0x2a4>
80401aaa:	47b2                	lw	a5,12(sp)
80401aac:	d23e                	sw	a5,36(sp)
80401aae:	040df793          	and	a5,s11,64
80401ab2:	ef99                	bnez	a5,80401ad0 <__d_vfprintf+0x188>
80401ab4:	4522                	lw	a0,8(sp)
80401ab6:	865a                	mv	a2,s6
80401ab8:	104c                	add	a1,sp,36
80401aba:	00000097          	auipc	ra,0x0
80401abe:	cf6080e7          	jalr	-778(ra) # 804017b0 <skip_to_arg>
80401ac2:	5792                	lw	a5,36(sp)
80401ac4:	00478693          	add	a3,a5,4
80401ac8:	0007ab03          	lw	s6,0(a5)
80401acc:	d236                	sw	a3,36(sp)
80401ace:	bf2d                	j	80401a08 <__d_vfprintf+0xc0>
80401ad0:	4522                	lw	a0,8(sp)
80401ad2:	866a                	mv	a2,s10
80401ad4:	104c                	add	a1,sp,36
80401ad6:	00000097          	auipc	ra,0x0
80401ada:	cda080e7          	jalr	-806(ra) # 804017b0 <skip_to_arg>
80401ade:	5792                	lw	a5,36(sp)
80401ae0:	00478693          	add	a3,a5,4
80401ae4:	0007ad03          	lw	s10,0(a5)
80401ae8:	d236                	sw	a3,36(sp)
80401aea:	bf39                	j	80401a08 <__d_vfprintf+0xc0>
80401aec:	0d390d63          	beq	s2,s3,80401bc6 <__d_vfprintf+0x27e>
80401af0:	0d29e663          	bltu	s3,s2,80401bbc <__d_vfprintf+0x274>
80401af4:	0f990163          	beq	s2,s9,80401bd6 <__d_vfprintf+0x28e>
80401af8:	06a00793          	li	a5,106
80401afc:	0ef90563          	beq	s2,a5,80401be6 <__d_vfprintf+0x29e>
80401b00:	04c00793          	li	a5,76
80401b04:	0ef90163          	beq	s2,a5,80401be6 <__d_vfprintf+0x29e>
80401b08:	000a8b63          	beqz	s5,80401b1e <__d_vfprintf+0x1d6>
80401b0c:	47b2                	lw	a5,12(sp)
80401b0e:	4522                	lw	a0,8(sp)
80401b10:	8656                	mv	a2,s5
80401b12:	104c                	add	a1,sp,36
80401b14:	d23e                	sw	a5,36(sp)
80401b16:	00000097          	auipc	ra,0x0
80401b1a:	c9a080e7          	jalr	-870(ra) # 804017b0 <skip_to_arg>
80401b1e:	000d5963          	bgez	s10,80401b30 <__d_vfprintf+0x1e8>
80401b22:	fbfdf813          	and	a6,s11,-65
80401b26:	01081d93          	sll	s11,a6,0x10
80401b2a:	010ddd93          	srl	s11,s11,0x10
80401b2e:	4d01                	li	s10,0
80401b30:	02096c93          	or	s9,s2,32
80401b34:	f9bc8793          	add	a5,s9,-101
80401b38:	0ff7f793          	zext.b	a5,a5
80401b3c:	4709                	li	a4,2
80401b3e:	0af77d63          	bgeu	a4,a5,80401bf8 <__d_vfprintf+0x2b0>
80401b42:	06100793          	li	a5,97
80401b46:	6afc9763          	bne	s9,a5,804021f4 <__d_vfprintf+0x8ac>
80401b4a:	5792                	lw	a5,36(sp)
80401b4c:	6a89                	lui	s5,0x2
80401b4e:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80401b52:	079d                	add	a5,a5,7
80401b54:	9be1                	and	a5,a5,-8
80401b56:	0047ab83          	lw	s7,4(a5)
80401b5a:	0007a883          	lw	a7,0(a5)
80401b5e:	00878713          	add	a4,a5,8
80401b62:	414bd993          	sra	s3,s7,0x14
80401b66:	00cb9c13          	sll	s8,s7,0xc
80401b6a:	7ff9f993          	and	s3,s3,2047
80401b6e:	00cc5c93          	srl	s9,s8,0xc
80401b72:	015deab3          	or	s5,s11,s5
80401b76:	0119e533          	or	a0,s3,a7
80401b7a:	fff94913          	not	s2,s2
80401b7e:	0ac2                	sll	s5,s5,0x10
80401b80:	d23a                	sw	a4,36(sp)
80401b82:	019567b3          	or	a5,a0,s9
80401b86:	02097913          	and	s2,s2,32
80401b8a:	010ada93          	srl	s5,s5,0x10
80401b8e:	86c6                	mv	a3,a7
80401b90:	8c66                	mv	s8,s9
80401b92:	040df813          	and	a6,s11,64
80401b96:	01fbdb93          	srl	s7,s7,0x1f
80401b9a:	efcd                	bnez	a5,80401c54 <__d_vfprintf+0x30c>
80401b9c:	03000793          	li	a5,48
80401ba0:	0ffbfb93          	zext.b	s7,s7
80401ba4:	02f106a3          	sb	a5,45(sp)
80401ba8:	03710623          	sb	s7,44(sp)
80401bac:	26080363          	beqz	a6,80401e12 <__d_vfprintf+0x4ca>
80401bb0:	47b1                	li	a5,12
80401bb2:	4981                	li	s3,0
80401bb4:	0da7d463          	bge	a5,s10,80401c7c <__d_vfprintf+0x334>
80401bb8:	4d35                	li	s10,13
80401bba:	aab5                	j	80401d36 <__d_vfprintf+0x3ee>
80401bbc:	e57906e3          	beq	s2,s7,80401a08 <__d_vfprintf+0xc0>
80401bc0:	e58904e3          	beq	s2,s8,80401a08 <__d_vfprintf+0xc0>
80401bc4:	b791                	j	80401b08 <__d_vfprintf+0x1c0>
80401bc6:	080df793          	and	a5,s11,128
80401bca:	c399                	beqz	a5,80401bd0 <__d_vfprintf+0x288>
80401bcc:	200ded93          	or	s11,s11,512
80401bd0:	080ded93          	or	s11,s11,128
80401bd4:	bd15                	j	80401a08 <__d_vfprintf+0xc0>
80401bd6:	100df793          	and	a5,s11,256
80401bda:	c399                	beqz	a5,80401be0 <__d_vfprintf+0x298>
80401bdc:	200ded93          	or	s11,s11,512
80401be0:	100ded93          	or	s11,s11,256
80401be4:	b515                	j	80401a08 <__d_vfprintf+0xc0>
80401be6:	280ded93          	or	s11,s11,640
80401bea:	bd39                	j	80401a08 <__d_vfprintf+0xc0>
80401bec:	875a                	mv	a4,s6
80401bee:	4d01                	li	s10,0
80401bf0:	4b01                	li	s6,0
80401bf2:	8aba                	mv	s5,a4
80401bf4:	4d81                	li	s11,0
80401bf6:	bd09                	j	80401a08 <__d_vfprintf+0xc0>
80401bf8:	5792                	lw	a5,36(sp)
80401bfa:	fff94913          	not	s2,s2
80401bfe:	02097913          	and	s2,s2,32
80401c02:	079d                	add	a5,a5,7
80401c04:	9be1                	and	a5,a5,-8
80401c06:	00878713          	add	a4,a5,8
80401c0a:	4388                	lw	a0,0(a5)
80401c0c:	43cc                	lw	a1,4(a5)
80401c0e:	d23a                	sw	a4,36(sp)
80401c10:	040df793          	and	a5,s11,64
80401c14:	22078363          	beqz	a5,80401e3a <__d_vfprintf+0x4f2>
80401c18:	06500793          	li	a5,101
80401c1c:	22fc9163          	bne	s9,a5,80401e3e <__d_vfprintf+0x4f6>
80401c20:	6785                	lui	a5,0x1
80401c22:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fbe6a11>
80401c26:	00fdedb3          	or	s11,s11,a5
80401c2a:	0ff67613          	zext.b	a2,a2
80401c2e:	4701                	li	a4,0
80401c30:	4781                	li	a5,0
80401c32:	4345                	li	t1,17
80401c34:	0ff67693          	zext.b	a3,a2
80401c38:	00c37363          	bgeu	t1,a2,80401c3e <__d_vfprintf+0x2f6>
80401c3c:	46c5                	li	a3,17
80401c3e:	1030                	add	a2,sp,40
80401c40:	00001097          	auipc	ra,0x1
80401c44:	b52080e7          	jalr	-1198(ra) # 80402792 <__dtoa_engine>
80401c48:	0ff57b93          	zext.b	s7,a0
80401c4c:	59a2                	lw	s3,40(sp)
80401c4e:	8aee                	mv	s5,s11
80401c50:	4c09                	li	s8,2
80401c52:	aa21                	j	80401d6a <__d_vfprintf+0x422>
80401c54:	03100793          	li	a5,49
80401c58:	00099563          	bnez	s3,80401c62 <__d_vfprintf+0x31a>
80401c5c:	03000793          	li	a5,48
80401c60:	4985                	li	s3,1
80401c62:	0ffbfb93          	zext.b	s7,s7
80401c66:	02f106a3          	sb	a5,45(sp)
80401c6a:	03710623          	sb	s7,44(sp)
80401c6e:	c0198993          	add	s3,s3,-1023
80401c72:	18080763          	beqz	a6,80401e00 <__d_vfprintf+0x4b8>
80401c76:	47b1                	li	a5,12
80401c78:	19a7c663          	blt	a5,s10,80401e04 <__d_vfprintf+0x4bc>
80401c7c:	4335                	li	t1,13
80401c7e:	41a30333          	sub	t1,t1,s10
80401c82:	00231d93          	sll	s11,t1,0x2
80401c86:	fffd8613          	add	a2,s11,-1
80401c8a:	4505                	li	a0,1
80401c8c:	4581                	li	a1,0
80401c8e:	ca46                	sw	a7,20(sp)
80401c90:	c836                	sw	a3,16(sp)
80401c92:	fffff097          	auipc	ra,0xfffff
80401c96:	300080e7          	jalr	768(ra) # 80400f92 <__ashldi3>
80401c9a:	84aa                	mv	s1,a0
80401c9c:	872e                	mv	a4,a1
80401c9e:	00171793          	sll	a5,a4,0x1
80401ca2:	85aa                	mv	a1,a0
80401ca4:	01f4d513          	srl	a0,s1,0x1f
80401ca8:	00149e13          	sll	t3,s1,0x1
80401cac:	8fc9                	or	a5,a5,a0
80401cae:	40f00c33          	neg	s8,a5
80401cb2:	01c03533          	snez	a0,t3
80401cb6:	48d2                	lw	a7,20(sp)
80401cb8:	41c00833          	neg	a6,t3
80401cbc:	40ac0c33          	sub	s8,s8,a0
80401cc0:	fffe0513          	add	a0,t3,-1
80401cc4:	001e3e13          	seqz	t3,t3
80401cc8:	41c787b3          	sub	a5,a5,t3
80401ccc:	0197f7b3          	and	a5,a5,s9
80401cd0:	01157533          	and	a0,a0,a7
80401cd4:	02f74863          	blt	a4,a5,80401d04 <__d_vfprintf+0x3bc>
80401cd8:	46c2                	lw	a3,16(sp)
80401cda:	00e79463          	bne	a5,a4,80401ce2 <__d_vfprintf+0x39a>
80401cde:	02a5e363          	bltu	a1,a0,80401d04 <__d_vfprintf+0x3bc>
80401ce2:	8546                	mv	a0,a7
80401ce4:	866e                	mv	a2,s11
80401ce6:	85e6                	mv	a1,s9
80401ce8:	ce3a                	sw	a4,28(sp)
80401cea:	cc42                	sw	a6,24(sp)
80401cec:	ca36                	sw	a3,20(sp)
80401cee:	c846                	sw	a7,16(sp)
80401cf0:	fffff097          	auipc	ra,0xfffff
80401cf4:	2ca080e7          	jalr	714(ra) # 80400fba <__ashrdi3>
80401cf8:	8905                	and	a0,a0,1
80401cfa:	48c2                	lw	a7,16(sp)
80401cfc:	46d2                	lw	a3,20(sp)
80401cfe:	4862                	lw	a6,24(sp)
80401d00:	4772                	lw	a4,28(sp)
80401d02:	c94d                	beqz	a0,80401db4 <__d_vfprintf+0x46c>
80401d04:	00988533          	add	a0,a7,s1
80401d08:	01153db3          	sltu	s11,a0,a7
80401d0c:	9766                	add	a4,a4,s9
80401d0e:	00ed8cb3          	add	s9,s11,a4
80401d12:	001007b7          	lui	a5,0x100
80401d16:	86aa                	mv	a3,a0
80401d18:	08fcce63          	blt	s9,a5,80401db4 <__d_vfprintf+0x46c>
80401d1c:	02d14783          	lbu	a5,45(sp)
80401d20:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80401d22:	02f106a3          	sb	a5,45(sp)
80401d26:	40000793          	li	a5,1024
80401d2a:	0af98163          	beq	s3,a5,80401dcc <__d_vfprintf+0x484>
80401d2e:	00a87533          	and	a0,a6,a0
80401d32:	019c7c33          	and	s8,s8,s9
80401d36:	05700613          	li	a2,87
80401d3a:	1034                	add	a3,sp,40
80401d3c:	4735                	li	a4,13
80401d3e:	45a5                	li	a1,9
80401d40:	41260633          	sub	a2,a2,s2
80401d44:	01cc1813          	sll	a6,s8,0x1c
80401d48:	00f57793          	and	a5,a0,15
80401d4c:	8111                	srl	a0,a0,0x4
80401d4e:	00a86533          	or	a0,a6,a0
80401d52:	404c5c13          	sra	s8,s8,0x4
80401d56:	e7e1                	bnez	a5,80401e1e <__d_vfprintf+0x4d6>
80401d58:	0ced5563          	bge	s10,a4,80401e22 <__d_vfprintf+0x4da>
80401d5c:	177d                	add	a4,a4,-1
80401d5e:	16fd                	add	a3,a3,-1
80401d60:	f375                	bnez	a4,80401d44 <__d_vfprintf+0x3fc>
80401d62:	4c05                	li	s8,1
80401d64:	4bb9                	li	s7,14
80401d66:	07000c93          	li	s9,112
80401d6a:	00998713          	add	a4,s3,9
80401d6e:	46c9                	li	a3,18
80401d70:	87ce                	mv	a5,s3
80401d72:	06e6e863          	bltu	a3,a4,80401de2 <__d_vfprintf+0x49a>
80401d76:	02c14703          	lbu	a4,44(sp)
80401d7a:	00177d93          	and	s11,a4,1
80401d7e:	8b31                	and	a4,a4,12
80401d80:	120d9a63          	bnez	s11,80401eb4 <__d_vfprintf+0x56c>
80401d84:	002af793          	and	a5,s5,2
80401d88:	12079263          	bnez	a5,80401eac <__d_vfprintf+0x564>
80401d8c:	004af793          	and	a5,s5,4
80401d90:	cfe9                	beqz	a5,80401e6a <__d_vfprintf+0x522>
80401d92:	12071563          	bnez	a4,80401ebc <__d_vfprintf+0x574>
80401d96:	02000713          	li	a4,32
80401d9a:	678d                	lui	a5,0x3
80401d9c:	00faf7b3          	and	a5,s5,a5
80401da0:	1c079363          	bnez	a5,80401f66 <__d_vfprintf+0x61e>
80401da4:	000d1363          	bnez	s10,80401daa <__d_vfprintf+0x462>
80401da8:	4d05                	li	s10,1
80401daa:	103c                	add	a5,sp,40
80401dac:	97de                	add	a5,a5,s7
80401dae:	03000693          	li	a3,48
80401db2:	aa9d                	j	80401f28 <__d_vfprintf+0x5e0>
80401db4:	0106f6b3          	and	a3,a3,a6
80401db8:	018cfcb3          	and	s9,s9,s8
80401dbc:	40000793          	li	a5,1024
80401dc0:	04f99c63          	bne	s3,a5,80401e18 <__d_vfprintf+0x4d0>
80401dc4:	0196ecb3          	or	s9,a3,s9
80401dc8:	040c8063          	beqz	s9,80401e08 <__d_vfprintf+0x4c0>
80401dcc:	008beb93          	or	s7,s7,8
80401dd0:	03710623          	sb	s7,44(sp)
80401dd4:	40000993          	li	s3,1024
80401dd8:	4bb9                	li	s7,14
80401dda:	07000c93          	li	s9,112
80401dde:	40000793          	li	a5,1024
80401de2:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
80401de6:	0c600693          	li	a3,198
80401dea:	4c09                	li	s8,2
80401dec:	f8e6f5e3          	bgeu	a3,a4,80401d76 <__d_vfprintf+0x42e>
80401df0:	3e778793          	add	a5,a5,999
80401df4:	7ce00c13          	li	s8,1998
80401df8:	00fc3c33          	sltu	s8,s8,a5
80401dfc:	0c0d                	add	s8,s8,3
80401dfe:	bfa5                	j	80401d76 <__d_vfprintf+0x42e>
80401e00:	4d01                	li	s10,0
80401e02:	bf6d                	j	80401dbc <__d_vfprintf+0x474>
80401e04:	4d35                	li	s10,13
80401e06:	bf5d                	j	80401dbc <__d_vfprintf+0x474>
80401e08:	004beb93          	or	s7,s7,4
80401e0c:	03710623          	sb	s7,44(sp)
80401e10:	b7e1                	j	80401dd8 <__d_vfprintf+0x490>
80401e12:	4981                	li	s3,0
80401e14:	4d01                	li	s10,0
80401e16:	b705                	j	80401d36 <__d_vfprintf+0x3ee>
80401e18:	8536                	mv	a0,a3
80401e1a:	8c66                	mv	s8,s9
80401e1c:	bf29                	j	80401d36 <__d_vfprintf+0x3ee>
80401e1e:	00f5ea63          	bltu	a1,a5,80401e32 <__d_vfprintf+0x4ea>
80401e22:	03078793          	add	a5,a5,48
80401e26:	00f68923          	sb	a5,18(a3)
80401e2a:	f2ed59e3          	bge	s10,a4,80401d5c <__d_vfprintf+0x414>
80401e2e:	8d3a                	mv	s10,a4
80401e30:	b735                	j	80401d5c <__d_vfprintf+0x414>
80401e32:	97b2                	add	a5,a5,a2
80401e34:	0ff7f793          	zext.b	a5,a5
80401e38:	b7fd                	j	80401e26 <__d_vfprintf+0x4de>
80401e3a:	4d19                	li	s10,6
80401e3c:	bbf1                	j	80401c18 <__d_vfprintf+0x2d0>
80401e3e:	06600793          	li	a5,102
80401e42:	00fc9963          	bne	s9,a5,80401e54 <__d_vfprintf+0x50c>
80401e46:	6789                	lui	a5,0x2
80401e48:	00fdedb3          	or	s11,s11,a5
80401e4c:	4705                	li	a4,1
80401e4e:	87ea                	mv	a5,s10
80401e50:	4645                	li	a2,17
80401e52:	b3c5                	j	80401c32 <__d_vfprintf+0x2ea>
80401e54:	0ffd7793          	zext.b	a5,s10
80401e58:	0ffd7613          	zext.b	a2,s10
80401e5c:	e391                	bnez	a5,80401e60 <__d_vfprintf+0x518>
80401e5e:	4605                	li	a2,1
80401e60:	4701                	li	a4,0
80401e62:	4781                	li	a5,0
80401e64:	06500c93          	li	s9,101
80401e68:	b3e9                	j	80401c32 <__d_vfprintf+0x2ea>
80401e6a:	db05                	beqz	a4,80401d9a <__d_vfprintf+0x452>
80401e6c:	478d                	li	a5,3
80401e6e:	0967d163          	bge	a5,s6,80401ef0 <__d_vfprintf+0x5a8>
80401e72:	008afa93          	and	s5,s5,8
80401e76:	ffdb0493          	add	s1,s6,-3
80401e7a:	000a9f63          	bnez	s5,80401e98 <__d_vfprintf+0x550>
80401e7e:	94a2                	add	s1,s1,s0
80401e80:	4582                	lw	a1,0(sp)
80401e82:	02000513          	li	a0,32
80401e86:	0405                	add	s0,s0,1
80401e88:	9a02                	jalr	s4
80401e8a:	b00540e3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80401e8e:	fe8499e3          	bne	s1,s0,80401e80 <__d_vfprintf+0x538>
80401e92:	4481                	li	s1,0
80401e94:	020d9f63          	bnez	s11,80401ed2 <__d_vfprintf+0x58a>
80401e98:	02c14783          	lbu	a5,44(sp)
80401e9c:	8ba1                	and	a5,a5,8
80401e9e:	efad                	bnez	a5,80401f18 <__d_vfprintf+0x5d0>
80401ea0:	804059b7          	lui	s3,0x80405
80401ea4:	8dc98993          	add	s3,s3,-1828 # 804048dc <__clz_tab+0x100>
80401ea8:	8c22                	mv	s8,s0
80401eaa:	a8b1                	j	80401f06 <__d_vfprintf+0x5be>
80401eac:	eb15                	bnez	a4,80401ee0 <__d_vfprintf+0x598>
80401eae:	02b00713          	li	a4,43
80401eb2:	b5e5                	j	80401d9a <__d_vfprintf+0x452>
80401eb4:	eb0d                	bnez	a4,80401ee6 <__d_vfprintf+0x59e>
80401eb6:	02d00713          	li	a4,45
80401eba:	b5c5                	j	80401d9a <__d_vfprintf+0x452>
80401ebc:	02000d93          	li	s11,32
80401ec0:	4791                	li	a5,4
80401ec2:	0367d563          	bge	a5,s6,80401eec <__d_vfprintf+0x5a4>
80401ec6:	008afa93          	and	s5,s5,8
80401eca:	ffcb0493          	add	s1,s6,-4
80401ece:	fa0a88e3          	beqz	s5,80401e7e <__d_vfprintf+0x536>
80401ed2:	4582                	lw	a1,0(sp)
80401ed4:	856e                	mv	a0,s11
80401ed6:	0405                	add	s0,s0,1
80401ed8:	9a02                	jalr	s4
80401eda:	fa055fe3          	bgez	a0,80401e98 <__d_vfprintf+0x550>
80401ede:	b475                	j	8040198a <__d_vfprintf+0x42>
80401ee0:	02b00d93          	li	s11,43
80401ee4:	bff1                	j	80401ec0 <__d_vfprintf+0x578>
80401ee6:	02d00d93          	li	s11,45
80401eea:	bfd9                	j	80401ec0 <__d_vfprintf+0x578>
80401eec:	4481                	li	s1,0
80401eee:	b7d5                	j	80401ed2 <__d_vfprintf+0x58a>
80401ef0:	4481                	li	s1,0
80401ef2:	b75d                	j	80401e98 <__d_vfprintf+0x550>
80401ef4:	4582                	lw	a1,0(sp)
80401ef6:	41250533          	sub	a0,a0,s2
80401efa:	0ff57513          	zext.b	a0,a0
80401efe:	0c05                	add	s8,s8,1
80401f00:	9a02                	jalr	s4
80401f02:	a80544e3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80401f06:	408c07b3          	sub	a5,s8,s0
80401f0a:	97ce                	add	a5,a5,s3
80401f0c:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80401f10:	f175                	bnez	a0,80401ef4 <__d_vfprintf+0x5ac>
80401f12:	8462                	mv	s0,s8
80401f14:	94e2                	add	s1,s1,s8
80401f16:	a535                	j	80402542 <__d_vfprintf+0xbfa>
80401f18:	804059b7          	lui	s3,0x80405
80401f1c:	8e098993          	add	s3,s3,-1824 # 804048e0 <__clz_tab+0x104>
80401f20:	b761                	j	80401ea8 <__d_vfprintf+0x560>
80401f22:	1bfd                	add	s7,s7,-1
80401f24:	0ffbfb93          	zext.b	s7,s7
80401f28:	000b8763          	beqz	s7,80401f36 <__d_vfprintf+0x5ee>
80401f2c:	0047c603          	lbu	a2,4(a5)
80401f30:	17fd                	add	a5,a5,-1
80401f32:	fed608e3          	beq	a2,a3,80401f22 <__d_vfprintf+0x5da>
80401f36:	010af693          	and	a3,s5,16
80401f3a:	87ea                	mv	a5,s10
80401f3c:	e291                	bnez	a3,80401f40 <__d_vfprintf+0x5f8>
80401f3e:	87de                	mv	a5,s7
80401f40:	56f1                	li	a3,-4
80401f42:	0ed9cc63          	blt	s3,a3,8040203a <__d_vfprintf+0x6f2>
80401f46:	0fa9da63          	bge	s3,s10,8040203a <__d_vfprintf+0x6f2>
80401f4a:	6689                	lui	a3,0x2
80401f4c:	00dae6b3          	or	a3,s5,a3
80401f50:	01069a93          	sll	s5,a3,0x10
80401f54:	010ada93          	srl	s5,s5,0x10
80401f58:	4d01                	li	s10,0
80401f5a:	00f9d663          	bge	s3,a5,80401f66 <__d_vfprintf+0x61e>
80401f5e:	00198893          	add	a7,s3,1
80401f62:	41178d33          	sub	s10,a5,a7
80401f66:	6d89                	lui	s11,0x2
80401f68:	01bafdb3          	and	s11,s5,s11
80401f6c:	0c0d8a63          	beqz	s11,80402040 <__d_vfprintf+0x6f8>
80401f70:	87ce                	mv	a5,s3
80401f72:	0009d363          	bgez	s3,80401f78 <__d_vfprintf+0x630>
80401f76:	4781                	li	a5,0
80401f78:	0785                	add	a5,a5,1
80401f7a:	c311                	beqz	a4,80401f7e <__d_vfprintf+0x636>
80401f7c:	0785                	add	a5,a5,1
80401f7e:	0c0d0963          	beqz	s10,80402050 <__d_vfprintf+0x708>
80401f82:	001d0693          	add	a3,s10,1
80401f86:	97b6                	add	a5,a5,a3
80401f88:	4481                	li	s1,0
80401f8a:	0167d463          	bge	a5,s6,80401f92 <__d_vfprintf+0x64a>
80401f8e:	40fb04b3          	sub	s1,s6,a5
80401f92:	009af793          	and	a5,s5,9
80401f96:	e789                	bnez	a5,80401fa0 <__d_vfprintf+0x658>
80401f98:	94a2                	add	s1,s1,s0
80401f9a:	0c849063          	bne	s1,s0,8040205a <__d_vfprintf+0x712>
80401f9e:	4481                	li	s1,0
80401fa0:	c719                	beqz	a4,80401fae <__d_vfprintf+0x666>
80401fa2:	4582                	lw	a1,0(sp)
80401fa4:	853a                	mv	a0,a4
80401fa6:	0405                	add	s0,s0,1
80401fa8:	9a02                	jalr	s4
80401faa:	9e0540e3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80401fae:	00bad793          	srl	a5,s5,0xb
80401fb2:	8b85                	and	a5,a5,1
80401fb4:	c395                	beqz	a5,80401fd8 <__d_vfprintf+0x690>
80401fb6:	4582                	lw	a1,0(sp)
80401fb8:	03000513          	li	a0,48
80401fbc:	9a02                	jalr	s4
80401fbe:	9c0546e3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80401fc2:	07800513          	li	a0,120
80401fc6:	4582                	lw	a1,0(sp)
80401fc8:	41250533          	sub	a0,a0,s2
80401fcc:	0f857513          	and	a0,a0,248
80401fd0:	0409                	add	s0,s0,2
80401fd2:	9a02                	jalr	s4
80401fd4:	9a054be3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80401fd8:	008af793          	and	a5,s5,8
80401fdc:	e791                	bnez	a5,80401fe8 <__d_vfprintf+0x6a0>
80401fde:	8b22                	mv	s6,s0
80401fe0:	9426                	add	s0,s0,s1
80401fe2:	09641663          	bne	s0,s6,8040206e <__d_vfprintf+0x726>
80401fe6:	4481                	li	s1,0
80401fe8:	0c0d8f63          	beqz	s11,804020c6 <__d_vfprintf+0x77e>
80401fec:	8cce                	mv	s9,s3
80401fee:	0009d363          	bgez	s3,80401ff4 <__d_vfprintf+0x6ac>
80401ff2:	4c81                	li	s9,0
80401ff4:	41998db3          	sub	s11,s3,s9
80401ff8:	41a00d33          	neg	s10,s10
80401ffc:	5b7d                	li	s6,-1
80401ffe:	03000513          	li	a0,48
80402002:	017df663          	bgeu	s11,s7,8040200e <__d_vfprintf+0x6c6>
80402006:	103c                	add	a5,sp,40
80402008:	97ee                	add	a5,a5,s11
8040200a:	0057c503          	lbu	a0,5(a5)
8040200e:	1cfd                	add	s9,s9,-1
80402010:	00140c13          	add	s8,s0,1
80402014:	07acc563          	blt	s9,s10,8040207e <__d_vfprintf+0x736>
80402018:	4582                	lw	a1,0(sp)
8040201a:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
8040201c:	9a02                	jalr	s4
8040201e:	960546e3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402022:	016c9a63          	bne	s9,s6,80402036 <__d_vfprintf+0x6ee>
80402026:	4582                	lw	a1,0(sp)
80402028:	02e00513          	li	a0,46
8040202c:	9a02                	jalr	s4
8040202e:	94054ee3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402032:	00240c13          	add	s8,s0,2
80402036:	8462                	mv	s0,s8
80402038:	b7d9                	j	80401ffe <__d_vfprintf+0x6b6>
8040203a:	fff78d13          	add	s10,a5,-1
8040203e:	b725                	j	80401f66 <__d_vfprintf+0x61e>
80402040:	00bad693          	srl	a3,s5,0xb
80402044:	8a85                	and	a3,a3,1
80402046:	478d                	li	a5,3
80402048:	c291                	beqz	a3,8040204c <__d_vfprintf+0x704>
8040204a:	4795                	li	a5,5
8040204c:	97e2                	add	a5,a5,s8
8040204e:	b735                	j	80401f7a <__d_vfprintf+0x632>
80402050:	010af693          	and	a3,s5,16
80402054:	da95                	beqz	a3,80401f88 <__d_vfprintf+0x640>
80402056:	0785                	add	a5,a5,1
80402058:	bf05                	j	80401f88 <__d_vfprintf+0x640>
8040205a:	4582                	lw	a1,0(sp)
8040205c:	02000513          	li	a0,32
80402060:	c83a                	sw	a4,16(sp)
80402062:	9a02                	jalr	s4
80402064:	4742                	lw	a4,16(sp)
80402066:	0405                	add	s0,s0,1
80402068:	f20559e3          	bgez	a0,80401f9a <__d_vfprintf+0x652>
8040206c:	ba39                	j	8040198a <__d_vfprintf+0x42>
8040206e:	4582                	lw	a1,0(sp)
80402070:	03000513          	li	a0,48
80402074:	0b05                	add	s6,s6,1
80402076:	9a02                	jalr	s4
80402078:	f60555e3          	bgez	a0,80401fe2 <__d_vfprintf+0x69a>
8040207c:	b239                	j	8040198a <__d_vfprintf+0x42>
8040207e:	033c9063          	bne	s9,s3,8040209e <__d_vfprintf+0x756>
80402082:	02d14703          	lbu	a4,45(sp)
80402086:	03500793          	li	a5,53
8040208a:	00e7e863          	bltu	a5,a4,8040209a <__d_vfprintf+0x752>
8040208e:	00f71863          	bne	a4,a5,8040209e <__d_vfprintf+0x756>
80402092:	02c14783          	lbu	a5,44(sp)
80402096:	8bc1                	and	a5,a5,16
80402098:	e399                	bnez	a5,8040209e <__d_vfprintf+0x756>
8040209a:	03100513          	li	a0,49
8040209e:	4582                	lw	a1,0(sp)
804020a0:	9a02                	jalr	s4
804020a2:	8e0544e3          	bltz	a0,8040198a <__d_vfprintf+0x42>
804020a6:	010afa93          	and	s5,s5,16
804020aa:	e60a84e3          	beqz	s5,80401f12 <__d_vfprintf+0x5ca>
804020ae:	57fd                	li	a5,-1
804020b0:	e6fc91e3          	bne	s9,a5,80401f12 <__d_vfprintf+0x5ca>
804020b4:	4582                	lw	a1,0(sp)
804020b6:	00240c13          	add	s8,s0,2
804020ba:	02e00513          	li	a0,46
804020be:	9a02                	jalr	s4
804020c0:	e40559e3          	bgez	a0,80401f12 <__d_vfprintf+0x5ca>
804020c4:	b0d9                	j	8040198a <__d_vfprintf+0x42>
804020c6:	02d14503          	lbu	a0,45(sp)
804020ca:	03100793          	li	a5,49
804020ce:	00f50763          	beq	a0,a5,804020dc <__d_vfprintf+0x794>
804020d2:	02c14783          	lbu	a5,44(sp)
804020d6:	9bbd                	and	a5,a5,-17
804020d8:	02f10623          	sb	a5,44(sp)
804020dc:	4582                	lw	a1,0(sp)
804020de:	9a02                	jalr	s4
804020e0:	8a0545e3          	bltz	a0,8040198a <__d_vfprintf+0x42>
804020e4:	0da05a63          	blez	s10,804021b8 <__d_vfprintf+0x870>
804020e8:	4582                	lw	a1,0(sp)
804020ea:	02e00513          	li	a0,46
804020ee:	0409                	add	s0,s0,2
804020f0:	9a02                	jalr	s4
804020f2:	88054ce3          	bltz	a0,8040198a <__d_vfprintf+0x42>
804020f6:	4a85                	li	s5,1
804020f8:	4785                	li	a5,1
804020fa:	0405                	add	s0,s0,1
804020fc:	03000513          	li	a0,48
80402100:	017af863          	bgeu	s5,s7,80402110 <__d_vfprintf+0x7c8>
80402104:	02078793          	add	a5,a5,32
80402108:	1018                	add	a4,sp,32
8040210a:	97ba                	add	a5,a5,a4
8040210c:	fed7c503          	lbu	a0,-19(a5)
80402110:	4582                	lw	a1,0(sp)
80402112:	9a02                	jalr	s4
80402114:	86054be3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402118:	0a85                	add	s5,s5,1
8040211a:	0ffafa93          	zext.b	s5,s5
8040211e:	87d6                	mv	a5,s5
80402120:	fd5d5de3          	bge	s10,s5,804020fa <__d_vfprintf+0x7b2>
80402124:	4582                	lw	a1,0(sp)
80402126:	412c8533          	sub	a0,s9,s2
8040212a:	0ff57513          	zext.b	a0,a0
8040212e:	9a02                	jalr	s4
80402130:	84054de3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402134:	0009ca63          	bltz	s3,80402148 <__d_vfprintf+0x800>
80402138:	02b00513          	li	a0,43
8040213c:	00099a63          	bnez	s3,80402150 <__d_vfprintf+0x808>
80402140:	02c14783          	lbu	a5,44(sp)
80402144:	8bc1                	and	a5,a5,16
80402146:	c789                	beqz	a5,80402150 <__d_vfprintf+0x808>
80402148:	413009b3          	neg	s3,s3
8040214c:	02d00513          	li	a0,45
80402150:	4582                	lw	a1,0(sp)
80402152:	9a02                	jalr	s4
80402154:	82054be3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402158:	4791                	li	a5,4
8040215a:	06fc1e63          	bne	s8,a5,804021d6 <__d_vfprintf+0x88e>
8040215e:	3e800913          	li	s2,1000
80402162:	0329c533          	div	a0,s3,s2
80402166:	4582                	lw	a1,0(sp)
80402168:	040d                	add	s0,s0,3
8040216a:	03050513          	add	a0,a0,48
8040216e:	0ff57513          	zext.b	a0,a0
80402172:	9a02                	jalr	s4
80402174:	80054be3          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402178:	0329e9b3          	rem	s3,s3,s2
8040217c:	06400913          	li	s2,100
80402180:	4582                	lw	a1,0(sp)
80402182:	0405                	add	s0,s0,1
80402184:	0329c533          	div	a0,s3,s2
80402188:	03050513          	add	a0,a0,48
8040218c:	0ff57513          	zext.b	a0,a0
80402190:	9a02                	jalr	s4
80402192:	fe054c63          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402196:	0329e9b3          	rem	s3,s3,s2
8040219a:	4929                	li	s2,10
8040219c:	4582                	lw	a1,0(sp)
8040219e:	0405                	add	s0,s0,1
804021a0:	0329c533          	div	a0,s3,s2
804021a4:	03050513          	add	a0,a0,48
804021a8:	0ff57513          	zext.b	a0,a0
804021ac:	9a02                	jalr	s4
804021ae:	fc054e63          	bltz	a0,8040198a <__d_vfprintf+0x42>
804021b2:	0329e9b3          	rem	s3,s3,s2
804021b6:	a03d                	j	804021e4 <__d_vfprintf+0x89c>
804021b8:	010afa93          	and	s5,s5,16
804021bc:	000a9463          	bnez	s5,804021c4 <__d_vfprintf+0x87c>
804021c0:	0405                	add	s0,s0,1
804021c2:	b78d                	j	80402124 <__d_vfprintf+0x7dc>
804021c4:	4582                	lw	a1,0(sp)
804021c6:	02e00513          	li	a0,46
804021ca:	0409                	add	s0,s0,2
804021cc:	9a02                	jalr	s4
804021ce:	f4055be3          	bgez	a0,80402124 <__d_vfprintf+0x7dc>
804021d2:	fb8ff06f          	j	8040198a <__d_vfprintf+0x42>
804021d6:	478d                	li	a5,3
804021d8:	0409                	add	s0,s0,2
804021da:	fafc01e3          	beq	s8,a5,8040217c <__d_vfprintf+0x834>
804021de:	4785                	li	a5,1
804021e0:	fafc1de3          	bne	s8,a5,8040219a <__d_vfprintf+0x852>
804021e4:	03098513          	add	a0,s3,48
804021e8:	4582                	lw	a1,0(sp)
804021ea:	00140c13          	add	s8,s0,1
804021ee:	0ff57513          	zext.b	a0,a0
804021f2:	b5f1                	j	804020be <__d_vfprintf+0x776>
804021f4:	f9d90793          	add	a5,s2,-99
804021f8:	0ff7f793          	zext.b	a5,a5
804021fc:	4749                	li	a4,18
804021fe:	20f76363          	bltu	a4,a5,80402404 <__d_vfprintf+0xabc>
80402202:	80404737          	lui	a4,0x80404
80402206:	078a                	sll	a5,a5,0x2
80402208:	45470713          	add	a4,a4,1108 # 80404454 <msg.0+0x60>
8040220c:	97ba                	add	a5,a5,a4
8040220e:	439c                	lw	a5,0(a5)
80402210:	8782                	jr	a5
80402212:	5792                	lw	a5,36(sp)
80402214:	4485                	li	s1,1
80402216:	02810993          	add	s3,sp,40
8040221a:	00478713          	add	a4,a5,4
8040221e:	439c                	lw	a5,0(a5)
80402220:	d23a                	sw	a4,36(sp)
80402222:	02f10423          	sb	a5,40(sp)
80402226:	008df813          	and	a6,s11,8
8040222a:	06080063          	beqz	a6,8040228a <__d_vfprintf+0x942>
8040222e:	4901                	li	s2,0
80402230:	05249f63          	bne	s1,s2,8040228e <__d_vfprintf+0x946>
80402234:	00940c33          	add	s8,s0,s1
80402238:	409b04b3          	sub	s1,s6,s1
8040223c:	b9d9                	j	80401f12 <__d_vfprintf+0x5ca>
8040223e:	5792                	lw	a5,36(sp)
80402240:	00478713          	add	a4,a5,4
80402244:	d23a                	sw	a4,36(sp)
80402246:	0007a983          	lw	s3,0(a5)
8040224a:	00099663          	bnez	s3,80402256 <__d_vfprintf+0x90e>
8040224e:	804059b7          	lui	s3,0x80405
80402252:	8e498993          	add	s3,s3,-1820 # 804048e4 <__clz_tab+0x108>
80402256:	040df793          	and	a5,s11,64
8040225a:	55fd                	li	a1,-1
8040225c:	c391                	beqz	a5,80402260 <__d_vfprintf+0x918>
8040225e:	85ea                	mv	a1,s10
80402260:	854e                	mv	a0,s3
80402262:	00001097          	auipc	ra,0x1
80402266:	da0080e7          	jalr	-608(ra) # 80403002 <strnlen>
8040226a:	84aa                	mv	s1,a0
8040226c:	bf6d                	j	80402226 <__d_vfprintf+0x8de>
8040226e:	4582                	lw	a1,0(sp)
80402270:	02000513          	li	a0,32
80402274:	9a02                	jalr	s4
80402276:	f0054a63          	bltz	a0,8040198a <__d_vfprintf+0x42>
8040227a:	197d                	add	s2,s2,-1
8040227c:	ff24e9e3          	bltu	s1,s2,8040226e <__d_vfprintf+0x926>
80402280:	945a                	add	s0,s0,s6
80402282:	41240433          	sub	s0,s0,s2
80402286:	8b4a                	mv	s6,s2
80402288:	b75d                	j	8040222e <__d_vfprintf+0x8e6>
8040228a:	895a                	mv	s2,s6
8040228c:	bfc5                	j	8040227c <__d_vfprintf+0x934>
8040228e:	012987b3          	add	a5,s3,s2
80402292:	4582                	lw	a1,0(sp)
80402294:	0007c503          	lbu	a0,0(a5)
80402298:	0905                	add	s2,s2,1
8040229a:	9a02                	jalr	s4
8040229c:	f8055ae3          	bgez	a0,80402230 <__d_vfprintf+0x8e8>
804022a0:	eeaff06f          	j	8040198a <__d_vfprintf+0x42>
804022a4:	080df713          	and	a4,s11,128
804022a8:	5792                	lw	a5,36(sp)
804022aa:	cf59                	beqz	a4,80402348 <__d_vfprintf+0xa00>
804022ac:	200df713          	and	a4,s11,512
804022b0:	c749                	beqz	a4,8040233a <__d_vfprintf+0x9f2>
804022b2:	079d                	add	a5,a5,7
804022b4:	9be1                	and	a5,a5,-8
804022b6:	4388                	lw	a0,0(a5)
804022b8:	43cc                	lw	a1,4(a5)
804022ba:	00878713          	add	a4,a5,8
804022be:	d23a                	sw	a4,36(sp)
804022c0:	fefdf993          	and	s3,s11,-17
804022c4:	09c2                	sll	s3,s3,0x10
804022c6:	0109d993          	srl	s3,s3,0x10
804022ca:	0805df63          	bgez	a1,80402368 <__d_vfprintf+0xa20>
804022ce:	00a037b3          	snez	a5,a0
804022d2:	40b005b3          	neg	a1,a1
804022d6:	8d9d                	sub	a1,a1,a5
804022d8:	40a00533          	neg	a0,a0
804022dc:	4009e993          	or	s3,s3,1024
804022e0:	02810a93          	add	s5,sp,40
804022e4:	46a9                	li	a3,10
804022e6:	8656                	mv	a2,s5
804022e8:	fffff097          	auipc	ra,0xfffff
804022ec:	44c080e7          	jalr	1100(ra) # 80401734 <__ultoa_invert>
804022f0:	0409f793          	and	a5,s3,64
804022f4:	41550ab3          	sub	s5,a0,s5
804022f8:	c7f5                	beqz	a5,804023e4 <__d_vfprintf+0xa9c>
804022fa:	ffe9f793          	and	a5,s3,-2
804022fe:	07c2                	sll	a5,a5,0x10
80402300:	83c1                	srl	a5,a5,0x10
80402302:	19aad563          	bge	s5,s10,8040248c <__d_vfprintf+0xb44>
80402306:	16090c63          	beqz	s2,8040247e <__d_vfprintf+0xb36>
8040230a:	0109fc13          	and	s8,s3,16
8040230e:	84ea                	mv	s1,s10
80402310:	89be                	mv	s3,a5
80402312:	060c0a63          	beqz	s8,80402386 <__d_vfprintf+0xa3e>
80402316:	0489                	add	s1,s1,2
80402318:	0089f793          	and	a5,s3,8
8040231c:	18079a63          	bnez	a5,804024b0 <__d_vfprintf+0xb68>
80402320:	0019f793          	and	a5,s3,1
80402324:	cb89                	beqz	a5,80402336 <__d_vfprintf+0x9ee>
80402326:	8d56                	mv	s10,s5
80402328:	0164d763          	bge	s1,s6,80402336 <__d_vfprintf+0x9ee>
8040232c:	409b04b3          	sub	s1,s6,s1
80402330:	01548d33          	add	s10,s1,s5
80402334:	84da                	mv	s1,s6
80402336:	8ba6                	mv	s7,s1
80402338:	a2ad                	j	804024a2 <__d_vfprintf+0xb5a>
8040233a:	4388                	lw	a0,0(a5)
8040233c:	00478713          	add	a4,a5,4
80402340:	d23a                	sw	a4,36(sp)
80402342:	41f55593          	sra	a1,a0,0x1f
80402346:	bfad                	j	804022c0 <__d_vfprintf+0x978>
80402348:	00478713          	add	a4,a5,4
8040234c:	4388                	lw	a0,0(a5)
8040234e:	d23a                	sw	a4,36(sp)
80402350:	100df793          	and	a5,s11,256
80402354:	d7fd                	beqz	a5,80402342 <__d_vfprintf+0x9fa>
80402356:	200df793          	and	a5,s11,512
8040235a:	c781                	beqz	a5,80402362 <__d_vfprintf+0xa1a>
8040235c:	0562                	sll	a0,a0,0x18
8040235e:	8561                	sra	a0,a0,0x18
80402360:	b7cd                	j	80402342 <__d_vfprintf+0x9fa>
80402362:	0542                	sll	a0,a0,0x10
80402364:	8541                	sra	a0,a0,0x10
80402366:	bff1                	j	80402342 <__d_vfprintf+0x9fa>
80402368:	00b567b3          	or	a5,a0,a1
8040236c:	fbb5                	bnez	a5,804022e0 <__d_vfprintf+0x998>
8040236e:	040df793          	and	a5,s11,64
80402372:	d7bd                	beqz	a5,804022e0 <__d_vfprintf+0x998>
80402374:	f60d16e3          	bnez	s10,804022e0 <__d_vfprintf+0x998>
80402378:	feedf993          	and	s3,s11,-18
8040237c:	09c2                	sll	s3,s3,0x10
8040237e:	0109d993          	srl	s3,s3,0x10
80402382:	4a81                	li	s5,0
80402384:	4481                	li	s1,0
80402386:	4069fc13          	and	s8,s3,1030
8040238a:	f80c07e3          	beqz	s8,80402318 <__d_vfprintf+0x9d0>
8040238e:	0485                	add	s1,s1,1
80402390:	4c01                	li	s8,0
80402392:	b759                	j	80402318 <__d_vfprintf+0x9d0>
80402394:	fefdf813          	and	a6,s11,-17
80402398:	01081d93          	sll	s11,a6,0x10
8040239c:	010ddd93          	srl	s11,s11,0x10
804023a0:	46a9                	li	a3,10
804023a2:	080df713          	and	a4,s11,128
804023a6:	5792                	lw	a5,36(sp)
804023a8:	c355                	beqz	a4,8040244c <__d_vfprintf+0xb04>
804023aa:	200df713          	and	a4,s11,512
804023ae:	cb49                	beqz	a4,80402440 <__d_vfprintf+0xaf8>
804023b0:	079d                	add	a5,a5,7
804023b2:	9be1                	and	a5,a5,-8
804023b4:	4388                	lw	a0,0(a5)
804023b6:	43cc                	lw	a1,4(a5)
804023b8:	00878713          	add	a4,a5,8
804023bc:	d23a                	sw	a4,36(sp)
804023be:	00b567b3          	or	a5,a0,a1
804023c2:	e7cd                	bnez	a5,8040246c <__d_vfprintf+0xb24>
804023c4:	fe9df993          	and	s3,s11,-23
804023c8:	09c2                	sll	s3,s3,0x10
804023ca:	040df793          	and	a5,s11,64
804023ce:	0109d993          	srl	s3,s3,0x10
804023d2:	c3dd                	beqz	a5,80402478 <__d_vfprintf+0xb30>
804023d4:	0a0d1263          	bnez	s10,80402478 <__d_vfprintf+0xb30>
804023d8:	fe8df993          	and	s3,s11,-24
804023dc:	09c2                	sll	s3,s3,0x10
804023de:	0109d993          	srl	s3,s3,0x10
804023e2:	4a81                	li	s5,0
804023e4:	0109fc13          	and	s8,s3,16
804023e8:	0a0c0463          	beqz	s8,80402490 <__d_vfprintf+0xb48>
804023ec:	001a8493          	add	s1,s5,1
804023f0:	f20904e3          	beqz	s2,80402318 <__d_vfprintf+0x9d0>
804023f4:	84d6                	mv	s1,s5
804023f6:	b705                	j	80402316 <__d_vfprintf+0x9ce>
804023f8:	010ded93          	or	s11,s11,16
804023fc:	46c1                	li	a3,16
804023fe:	07800913          	li	s2,120
80402402:	b745                	j	804023a2 <__d_vfprintf+0xa5a>
80402404:	07800793          	li	a5,120
80402408:	00fc9a63          	bne	s9,a5,8040241c <__d_vfprintf+0xad4>
8040240c:	05800793          	li	a5,88
80402410:	46c1                	li	a3,16
80402412:	f8f918e3          	bne	s2,a5,804023a2 <__d_vfprintf+0xa5a>
80402416:	21000693          	li	a3,528
8040241a:	b761                	j	804023a2 <__d_vfprintf+0xa5a>
8040241c:	4582                	lw	a1,0(sp)
8040241e:	02500513          	li	a0,37
80402422:	9a02                	jalr	s4
80402424:	d6054363          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402428:	4582                	lw	a1,0(sp)
8040242a:	854a                	mv	a0,s2
8040242c:	9a02                	jalr	s4
8040242e:	d4054e63          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402432:	0409                	add	s0,s0,2
80402434:	4792                	lw	a5,4(sp)
80402436:	d34ff06f          	j	8040196a <__d_vfprintf+0x22>
8040243a:	46a1                	li	a3,8
8040243c:	4901                	li	s2,0
8040243e:	b795                	j	804023a2 <__d_vfprintf+0xa5a>
80402440:	4388                	lw	a0,0(a5)
80402442:	00478713          	add	a4,a5,4
80402446:	d23a                	sw	a4,36(sp)
80402448:	4581                	li	a1,0
8040244a:	bf95                	j	804023be <__d_vfprintf+0xa76>
8040244c:	00478713          	add	a4,a5,4
80402450:	4388                	lw	a0,0(a5)
80402452:	d23a                	sw	a4,36(sp)
80402454:	100df793          	and	a5,s11,256
80402458:	dbe5                	beqz	a5,80402448 <__d_vfprintf+0xb00>
8040245a:	200df793          	and	a5,s11,512
8040245e:	c781                	beqz	a5,80402466 <__d_vfprintf+0xb1e>
80402460:	0ff57513          	zext.b	a0,a0
80402464:	b7d5                	j	80402448 <__d_vfprintf+0xb00>
80402466:	0542                	sll	a0,a0,0x10
80402468:	8141                	srl	a0,a0,0x10
8040246a:	bff9                	j	80402448 <__d_vfprintf+0xb00>
8040246c:	ff9df813          	and	a6,s11,-7
80402470:	01081993          	sll	s3,a6,0x10
80402474:	0109d993          	srl	s3,s3,0x10
80402478:	02810a93          	add	s5,sp,40
8040247c:	b5ad                	j	804022e6 <__d_vfprintf+0x99e>
8040247e:	fee9f993          	and	s3,s3,-18
80402482:	09c2                	sll	s3,s3,0x10
80402484:	0109d993          	srl	s3,s3,0x10
80402488:	84ea                	mv	s1,s10
8040248a:	bdf5                	j	80402386 <__d_vfprintf+0xa3e>
8040248c:	89be                	mv	s3,a5
8040248e:	bf99                	j	804023e4 <__d_vfprintf+0xa9c>
80402490:	84d6                	mv	s1,s5
80402492:	bdd5                	j	80402386 <__d_vfprintf+0xa3e>
80402494:	4582                	lw	a1,0(sp)
80402496:	02000513          	li	a0,32
8040249a:	9a02                	jalr	s4
8040249c:	ce054763          	bltz	a0,8040198a <__d_vfprintf+0x42>
804024a0:	0b85                	add	s7,s7,1
804024a2:	ff6bc9e3          	blt	s7,s6,80402494 <__d_vfprintf+0xb4c>
804024a6:	409404b3          	sub	s1,s0,s1
804024aa:	01748433          	add	s0,s1,s7
804024ae:	84de                	mv	s1,s7
804024b0:	020c0363          	beqz	s8,804024d6 <__d_vfprintf+0xb8e>
804024b4:	4582                	lw	a1,0(sp)
804024b6:	03000513          	li	a0,48
804024ba:	9a02                	jalr	s4
804024bc:	cc054763          	bltz	a0,8040198a <__d_vfprintf+0x42>
804024c0:	04090d63          	beqz	s2,8040251a <__d_vfprintf+0xbd2>
804024c4:	4582                	lw	a1,0(sp)
804024c6:	0409                	add	s0,s0,2
804024c8:	854a                	mv	a0,s2
804024ca:	9a02                	jalr	s4
804024cc:	ca054f63          	bltz	a0,8040198a <__d_vfprintf+0x42>
804024d0:	8c22                	mv	s8,s0
804024d2:	9d22                	add	s10,s10,s0
804024d4:	a81d                	j	8040250a <__d_vfprintf+0xbc2>
804024d6:	4069f793          	and	a5,s3,1030
804024da:	dbfd                	beqz	a5,804024d0 <__d_vfprintf+0xb88>
804024dc:	0029f793          	and	a5,s3,2
804024e0:	02000513          	li	a0,32
804024e4:	c399                	beqz	a5,804024ea <__d_vfprintf+0xba2>
804024e6:	02b00513          	li	a0,43
804024ea:	4009f993          	and	s3,s3,1024
804024ee:	00098463          	beqz	s3,804024f6 <__d_vfprintf+0xbae>
804024f2:	02d00513          	li	a0,45
804024f6:	4582                	lw	a1,0(sp)
804024f8:	0405                	add	s0,s0,1
804024fa:	bfc1                	j	804024ca <__d_vfprintf+0xb82>
804024fc:	4582                	lw	a1,0(sp)
804024fe:	03000513          	li	a0,48
80402502:	0c05                	add	s8,s8,1
80402504:	9a02                	jalr	s4
80402506:	c8054263          	bltz	a0,8040198a <__d_vfprintf+0x42>
8040250a:	418d07b3          	sub	a5,s10,s8
8040250e:	fefac7e3          	blt	s5,a5,804024fc <__d_vfprintf+0xbb4>
80402512:	8456                	mv	s0,s5
80402514:	e409                	bnez	s0,8040251e <__d_vfprintf+0xbd6>
80402516:	9c56                	add	s8,s8,s5
80402518:	b305                	j	80402238 <__d_vfprintf+0x8f0>
8040251a:	0405                	add	s0,s0,1
8040251c:	bf55                	j	804024d0 <__d_vfprintf+0xb88>
8040251e:	147d                	add	s0,s0,-1
80402520:	103c                	add	a5,sp,40
80402522:	97a2                	add	a5,a5,s0
80402524:	4582                	lw	a1,0(sp)
80402526:	0007c503          	lbu	a0,0(a5)
8040252a:	9a02                	jalr	s4
8040252c:	fe0554e3          	bgez	a0,80402514 <__d_vfprintf+0xbcc>
80402530:	c5aff06f          	j	8040198a <__d_vfprintf+0x42>
80402534:	4582                	lw	a1,0(sp)
80402536:	02000513          	li	a0,32
8040253a:	0405                	add	s0,s0,1
8040253c:	9a02                	jalr	s4
8040253e:	c4054663          	bltz	a0,8040198a <__d_vfprintf+0x42>
80402542:	408487b3          	sub	a5,s1,s0
80402546:	fef047e3          	bgtz	a5,80402534 <__d_vfprintf+0xbec>
8040254a:	b5ed                	j	80402434 <__d_vfprintf+0xaec>

8040254c <mulShiftAll64>:
8040254c:	fffff317          	auipc	t1,0xfffff
80402550:	162302e7          	jalr	t0,354(t1) # 804016ae <__riscv_save_10>
80402554:	84b2                	mv	s1,a2
80402556:	00159913          	sll	s2,a1,0x1
8040255a:	4210                	lw	a2,0(a2)
8040255c:	8ab6                	mv	s5,a3
8040255e:	89be                	mv	s3,a5
80402560:	40d4                	lw	a3,4(s1)
80402562:	01f55793          	srl	a5,a0,0x1f
80402566:	1141                	add	sp,sp,-16
80402568:	0127e933          	or	s2,a5,s2
8040256c:	00151413          	sll	s0,a0,0x1
80402570:	8522                	mv	a0,s0
80402572:	85ca                	mv	a1,s2
80402574:	8bba                	mv	s7,a4
80402576:	870a                	mv	a4,sp
80402578:	8b42                	mv	s6,a6
8040257a:	00001097          	auipc	ra,0x1
8040257e:	9fc080e7          	jalr	-1540(ra) # 80402f76 <__umul128>
80402582:	44d4                	lw	a3,12(s1)
80402584:	4490                	lw	a2,8(s1)
80402586:	0038                	add	a4,sp,8
80402588:	8caa                	mv	s9,a0
8040258a:	8c2e                	mv	s8,a1
8040258c:	8522                	mv	a0,s0
8040258e:	85ca                	mv	a1,s2
80402590:	00001097          	auipc	ra,0x1
80402594:	9e6080e7          	jalr	-1562(ra) # 80402f76 <__umul128>
80402598:	4682                	lw	a3,0(sp)
8040259a:	4712                	lw	a4,4(sp)
8040259c:	4785                	li	a5,1
8040259e:	00d50933          	add	s2,a0,a3
804025a2:	00a93533          	sltu	a0,s2,a0
804025a6:	95ba                	add	a1,a1,a4
804025a8:	00b50433          	add	s0,a0,a1
804025ac:	00e46763          	bltu	s0,a4,804025ba <mulShiftAll64+0x6e>
804025b0:	00871463          	bne	a4,s0,804025b8 <mulShiftAll64+0x6c>
804025b4:	00d96363          	bltu	s2,a3,804025ba <mulShiftAll64+0x6e>
804025b8:	4781                	li	a5,0
804025ba:	4622                	lw	a2,8(sp)
804025bc:	4732                	lw	a4,12(sp)
804025be:	963e                	add	a2,a2,a5
804025c0:	00f637b3          	sltu	a5,a2,a5
804025c4:	00e786b3          	add	a3,a5,a4
804025c8:	4098                	lw	a4,0(s1)
804025ca:	40dc                	lw	a5,4(s1)
804025cc:	c432                	sw	a2,8(sp)
804025ce:	9766                	add	a4,a4,s9
804025d0:	97e2                	add	a5,a5,s8
804025d2:	019735b3          	sltu	a1,a4,s9
804025d6:	95be                	add	a1,a1,a5
804025d8:	c636                	sw	a3,12(sp)
804025da:	4785                	li	a5,1
804025dc:	0185e763          	bltu	a1,s8,804025ea <mulShiftAll64+0x9e>
804025e0:	00bc1463          	bne	s8,a1,804025e8 <mulShiftAll64+0x9c>
804025e4:	01976363          	bltu	a4,s9,804025ea <mulShiftAll64+0x9e>
804025e8:	4781                	li	a5,0
804025ea:	4498                	lw	a4,8(s1)
804025ec:	44c8                	lw	a0,12(s1)
804025ee:	fbfa8a13          	add	s4,s5,-65
804025f2:	974a                	add	a4,a4,s2
804025f4:	9522                	add	a0,a0,s0
804025f6:	012735b3          	sltu	a1,a4,s2
804025fa:	95aa                	add	a1,a1,a0
804025fc:	00e78533          	add	a0,a5,a4
80402600:	00f537b3          	sltu	a5,a0,a5
80402604:	95be                	add	a1,a1,a5
80402606:	4785                	li	a5,1
80402608:	0085e763          	bltu	a1,s0,80402616 <mulShiftAll64+0xca>
8040260c:	00b41463          	bne	s0,a1,80402614 <mulShiftAll64+0xc8>
80402610:	01256363          	bltu	a0,s2,80402616 <mulShiftAll64+0xca>
80402614:	4781                	li	a5,0
80402616:	963e                	add	a2,a2,a5
80402618:	00f637b3          	sltu	a5,a2,a5
8040261c:	8752                	mv	a4,s4
8040261e:	96be                	add	a3,a3,a5
80402620:	00001097          	auipc	ra,0x1
80402624:	9a2080e7          	jalr	-1630(ra) # 80402fc2 <__shiftright128>
80402628:	00aba023          	sw	a0,0(s7)
8040262c:	00bba223          	sw	a1,4(s7)
80402630:	4785                	li	a5,1
80402632:	48a2                	lw	a7,8(sp)
80402634:	4832                	lw	a6,12(sp)
80402636:	40cc                	lw	a1,4(s1)
80402638:	4488                	lw	a0,8(s1)
8040263a:	44d8                	lw	a4,12(s1)
8040263c:	06fb1d63          	bne	s6,a5,804026b6 <mulShiftAll64+0x16a>
80402640:	40a906b3          	sub	a3,s2,a0
80402644:	00d93633          	sltu	a2,s2,a3
80402648:	40e407b3          	sub	a5,s0,a4
8040264c:	8f91                	sub	a5,a5,a2
8040264e:	4505                	li	a0,1
80402650:	00bc6863          	bltu	s8,a1,80402660 <mulShiftAll64+0x114>
80402654:	01859563          	bne	a1,s8,8040265e <mulShiftAll64+0x112>
80402658:	4098                	lw	a4,0(s1)
8040265a:	00ece363          	bltu	s9,a4,80402660 <mulShiftAll64+0x114>
8040265e:	4501                	li	a0,0
80402660:	40a68533          	sub	a0,a3,a0
80402664:	00a6b6b3          	sltu	a3,a3,a0
80402668:	40d785b3          	sub	a1,a5,a3
8040266c:	4605                	li	a2,1
8040266e:	00b46763          	bltu	s0,a1,8040267c <mulShiftAll64+0x130>
80402672:	00859463          	bne	a1,s0,8040267a <mulShiftAll64+0x12e>
80402676:	00a96363          	bltu	s2,a0,8040267c <mulShiftAll64+0x130>
8040267a:	4601                	li	a2,0
8040267c:	40c88633          	sub	a2,a7,a2
80402680:	00c8b6b3          	sltu	a3,a7,a2
80402684:	8752                	mv	a4,s4
80402686:	40d806b3          	sub	a3,a6,a3
8040268a:	00001097          	auipc	ra,0x1
8040268e:	938080e7          	jalr	-1736(ra) # 80402fc2 <__shiftright128>
80402692:	4622                	lw	a2,8(sp)
80402694:	46b2                	lw	a3,12(sp)
80402696:	00a9a023          	sw	a0,0(s3)
8040269a:	00b9a223          	sw	a1,4(s3)
8040269e:	8752                	mv	a4,s4
804026a0:	854a                	mv	a0,s2
804026a2:	85a2                	mv	a1,s0
804026a4:	00001097          	auipc	ra,0x1
804026a8:	91e080e7          	jalr	-1762(ra) # 80402fc2 <__shiftright128>
804026ac:	0141                	add	sp,sp,16
804026ae:	fffff317          	auipc	t1,0xfffff
804026b2:	03830067          	jr	56(t1) # 804016e6 <__riscv_restore_10>
804026b6:	01fcd793          	srl	a5,s9,0x1f
804026ba:	001c1613          	sll	a2,s8,0x1
804026be:	8e5d                	or	a2,a2,a5
804026c0:	01f95693          	srl	a3,s2,0x1f
804026c4:	00141793          	sll	a5,s0,0x1
804026c8:	001c9e93          	sll	t4,s9,0x1
804026cc:	8fd5                	or	a5,a5,a3
804026ce:	00191313          	sll	t1,s2,0x1
804026d2:	4e05                	li	t3,1
804026d4:	01866763          	bltu	a2,s8,804026e2 <mulShiftAll64+0x196>
804026d8:	00cc1463          	bne	s8,a2,804026e0 <mulShiftAll64+0x194>
804026dc:	019ee363          	bltu	t4,s9,804026e2 <mulShiftAll64+0x196>
804026e0:	4e01                	li	t3,0
804026e2:	9e1a                	add	t3,t3,t1
804026e4:	006e3333          	sltu	t1,t3,t1
804026e8:	933e                	add	t1,t1,a5
804026ea:	4785                	li	a5,1
804026ec:	00b66863          	bltu	a2,a1,804026fc <mulShiftAll64+0x1b0>
804026f0:	00c59563          	bne	a1,a2,804026fa <mulShiftAll64+0x1ae>
804026f4:	4094                	lw	a3,0(s1)
804026f6:	00dee363          	bltu	t4,a3,804026fc <mulShiftAll64+0x1b0>
804026fa:	4781                	li	a5,0
804026fc:	40fe07b3          	sub	a5,t3,a5
80402700:	00fe35b3          	sltu	a1,t3,a5
80402704:	40b305b3          	sub	a1,t1,a1
80402708:	40a78533          	sub	a0,a5,a0
8040270c:	00a7b7b3          	sltu	a5,a5,a0
80402710:	8d99                	sub	a1,a1,a4
80402712:	01f8d693          	srl	a3,a7,0x1f
80402716:	8d9d                	sub	a1,a1,a5
80402718:	00181793          	sll	a5,a6,0x1
8040271c:	8fd5                	or	a5,a5,a3
8040271e:	fc0a8713          	add	a4,s5,-64
80402722:	0886                	sll	a7,a7,0x1
80402724:	4685                	li	a3,1
80402726:	00836763          	bltu	t1,s0,80402734 <mulShiftAll64+0x1e8>
8040272a:	00641463          	bne	s0,t1,80402732 <mulShiftAll64+0x1e6>
8040272e:	012e6363          	bltu	t3,s2,80402734 <mulShiftAll64+0x1e8>
80402732:	4681                	li	a3,0
80402734:	96c6                	add	a3,a3,a7
80402736:	0116b8b3          	sltu	a7,a3,a7
8040273a:	98be                	add	a7,a7,a5
8040273c:	4605                	li	a2,1
8040273e:	00b36763          	bltu	t1,a1,8040274c <mulShiftAll64+0x200>
80402742:	00659463          	bne	a1,t1,8040274a <mulShiftAll64+0x1fe>
80402746:	00ae6363          	bltu	t3,a0,8040274c <mulShiftAll64+0x200>
8040274a:	4601                	li	a2,0
8040274c:	40c68633          	sub	a2,a3,a2
80402750:	00c6b6b3          	sltu	a3,a3,a2
80402754:	40d886b3          	sub	a3,a7,a3
80402758:	bf0d                	j	8040268a <mulShiftAll64+0x13e>

8040275a <div10>:
8040275a:	fffff317          	auipc	t1,0xfffff
8040275e:	f7c302e7          	jalr	t0,-132(t1) # 804016d6 <__riscv_save_0>
80402762:	804057b7          	lui	a5,0x80405
80402766:	8f07a603          	lw	a2,-1808(a5) # 804048f0 <stdout+0x4>
8040276a:	8f47a683          	lw	a3,-1804(a5)
8040276e:	1141                	add	sp,sp,-16
80402770:	0038                	add	a4,sp,8
80402772:	00001097          	auipc	ra,0x1
80402776:	804080e7          	jalr	-2044(ra) # 80402f76 <__umul128>
8040277a:	45b2                	lw	a1,12(sp)
8040277c:	47a2                	lw	a5,8(sp)
8040277e:	01d59513          	sll	a0,a1,0x1d
80402782:	838d                	srl	a5,a5,0x3
80402784:	8d5d                	or	a0,a0,a5
80402786:	818d                	srl	a1,a1,0x3
80402788:	0141                	add	sp,sp,16
8040278a:	fffff317          	auipc	t1,0xfffff
8040278e:	f7030067          	jr	-144(t1) # 804016fa <__riscv_restore_0>

80402792 <__dtoa_engine>:
80402792:	fffff317          	auipc	t1,0xfffff
80402796:	f14302e7          	jalr	t0,-236(t1) # 804016a6 <__riscv_save_12>
8040279a:	715d                	add	sp,sp,-80
8040279c:	8bb6                	mv	s7,a3
8040279e:	001006b7          	lui	a3,0x100
804027a2:	c43a                	sw	a4,8(sp)
804027a4:	c63e                	sw	a5,12(sp)
804027a6:	01f5d713          	srl	a4,a1,0x1f
804027aa:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
804027ae:	0145d793          	srl	a5,a1,0x14
804027b2:	00bdfdb3          	and	s11,s11,a1
804027b6:	c03a                	sw	a4,0(sp)
804027b8:	7ff7f413          	and	s0,a5,2047
804027bc:	84aa                	mv	s1,a0
804027be:	8ab2                	mv	s5,a2
804027c0:	00ade733          	or	a4,s11,a0
804027c4:	e415                	bnez	s0,804027f0 <__dtoa_engine+0x5e>
804027c6:	e721                	bnez	a4,8040280e <__dtoa_engine+0x7c>
804027c8:	03000793          	li	a5,48
804027cc:	00f602a3          	sb	a5,5(a2)
804027d0:	4782                	lw	a5,0(sp)
804027d2:	00060323          	sb	zero,6(a2)
804027d6:	00062023          	sw	zero,0(a2)
804027da:	0027e993          	or	s3,a5,2
804027de:	01360223          	sb	s3,4(a2)
804027e2:	4405                	li	s0,1
804027e4:	8522                	mv	a0,s0
804027e6:	6161                	add	sp,sp,80
804027e8:	fffff317          	auipc	t1,0xfffff
804027ec:	efa30067          	jr	-262(t1) # 804016e2 <__riscv_restore_12>
804027f0:	7ff00613          	li	a2,2047
804027f4:	0ac41d63          	bne	s0,a2,804028ae <__dtoa_engine+0x11c>
804027f8:	4782                	lw	a5,0(sp)
804027fa:	0047e793          	or	a5,a5,4
804027fe:	c701                	beqz	a4,80402806 <__dtoa_engine+0x74>
80402800:	4782                	lw	a5,0(sp)
80402802:	0087e793          	or	a5,a5,8
80402806:	00fa8223          	sb	a5,4(s5)
8040280a:	4401                	li	s0,0
8040280c:	bfe1                	j	804027e4 <__dtoa_engine+0x52>
8040280e:	00157793          	and	a5,a0,1
80402812:	c23e                	sw	a5,4(sp)
80402814:	002d9993          	sll	s3,s11,0x2
80402818:	01e55793          	srl	a5,a0,0x1e
8040281c:	0137e9b3          	or	s3,a5,s3
80402820:	00251c13          	sll	s8,a0,0x2
80402824:	892a                	mv	s2,a0
80402826:	bcc00413          	li	s0,-1076
8040282a:	4805                	li	a6,1
8040282c:	4d05                	li	s10,1
8040282e:	408004b3          	neg	s1,s0
80402832:	8526                	mv	a0,s1
80402834:	ca42                	sw	a6,20(sp)
80402836:	00000097          	auipc	ra,0x0
8040283a:	71e080e7          	jalr	1822(ra) # 80402f54 <__log10Pow5>
8040283e:	fff42793          	slti	a5,s0,-1
80402842:	40f50b33          	sub	s6,a0,a5
80402846:	416484b3          	sub	s1,s1,s6
8040284a:	8526                	mv	a0,s1
8040284c:	00000097          	auipc	ra,0x0
80402850:	718080e7          	jalr	1816(ra) # 80402f64 <__pow5bits>
80402854:	f8350693          	add	a3,a0,-125
80402858:	40db06b3          	sub	a3,s6,a3
8040285c:	8526                	mv	a0,s1
8040285e:	008c                	add	a1,sp,64
80402860:	c836                	sw	a3,16(sp)
80402862:	00000097          	auipc	ra,0x0
80402866:	492080e7          	jalr	1170(ra) # 80402cf4 <__double_computePow5>
8040286a:	4852                	lw	a6,20(sp)
8040286c:	46c2                	lw	a3,16(sp)
8040286e:	181c                	add	a5,sp,48
80402870:	1038                	add	a4,sp,40
80402872:	0090                	add	a2,sp,64
80402874:	854a                	mv	a0,s2
80402876:	85ee                	mv	a1,s11
80402878:	00000097          	auipc	ra,0x0
8040287c:	cd4080e7          	jalr	-812(ra) # 8040254c <mulShiftAll64>
80402880:	4785                	li	a5,1
80402882:	008b0a33          	add	s4,s6,s0
80402886:	84ae                	mv	s1,a1
80402888:	842a                	mv	s0,a0
8040288a:	1567ee63          	bltu	a5,s6,804029e6 <__dtoa_engine+0x254>
8040288e:	4792                	lw	a5,4(sp)
80402890:	4985                	li	s3,1
80402892:	10078e63          	beqz	a5,804029ae <__dtoa_engine+0x21c>
80402896:	57a2                	lw	a5,40(sp)
80402898:	5732                	lw	a4,44(sp)
8040289a:	4985                	li	s3,1
8040289c:	fff78693          	add	a3,a5,-1
804028a0:	0017b793          	seqz	a5,a5
804028a4:	40f707b3          	sub	a5,a4,a5
804028a8:	d436                	sw	a3,40(sp)
804028aa:	d63e                	sw	a5,44(sp)
804028ac:	a8c9                	j	8040297e <__dtoa_engine+0x1ec>
804028ae:	01b6edb3          	or	s11,a3,s11
804028b2:	00157693          	and	a3,a0,1
804028b6:	c236                	sw	a3,4(sp)
804028b8:	002d9993          	sll	s3,s11,0x2
804028bc:	01e55693          	srl	a3,a0,0x1e
804028c0:	bcb40413          	add	s0,s0,-1077
804028c4:	892a                	mv	s2,a0
804028c6:	0136e9b3          	or	s3,a3,s3
804028ca:	00251c13          	sll	s8,a0,0x2
804028ce:	4d05                	li	s10,1
804028d0:	e709                	bnez	a4,804028da <__dtoa_engine+0x148>
804028d2:	7fe7f793          	and	a5,a5,2046
804028d6:	0017bd13          	seqz	s10,a5
804028da:	886a                	mv	a6,s10
804028dc:	f40449e3          	bltz	s0,8040282e <__dtoa_engine+0x9c>
804028e0:	8522                	mv	a0,s0
804028e2:	00000097          	auipc	ra,0x0
804028e6:	664080e7          	jalr	1636(ra) # 80402f46 <__log10Pow2>
804028ea:	00442793          	slti	a5,s0,4
804028ee:	0017c793          	xor	a5,a5,1
804028f2:	40f50a33          	sub	s4,a0,a5
804028f6:	8552                	mv	a0,s4
804028f8:	00000097          	auipc	ra,0x0
804028fc:	66c080e7          	jalr	1644(ra) # 80402f64 <__pow5bits>
80402900:	07c50693          	add	a3,a0,124
80402904:	408a0433          	sub	s0,s4,s0
80402908:	96a2                	add	a3,a3,s0
8040290a:	008c                	add	a1,sp,64
8040290c:	8552                	mv	a0,s4
8040290e:	c836                	sw	a3,16(sp)
80402910:	00000097          	auipc	ra,0x0
80402914:	50c080e7          	jalr	1292(ra) # 80402e1c <__double_computeInvPow5>
80402918:	46c2                	lw	a3,16(sp)
8040291a:	181c                	add	a5,sp,48
8040291c:	8526                	mv	a0,s1
8040291e:	886a                	mv	a6,s10
80402920:	1038                	add	a4,sp,40
80402922:	0090                	add	a2,sp,64
80402924:	85ee                	mv	a1,s11
80402926:	00000097          	auipc	ra,0x0
8040292a:	c26080e7          	jalr	-986(ra) # 8040254c <mulShiftAll64>
8040292e:	47d5                	li	a5,21
80402930:	842a                	mv	s0,a0
80402932:	84ae                	mv	s1,a1
80402934:	0b47e763          	bltu	a5,s4,804029e2 <__dtoa_engine+0x250>
80402938:	804057b7          	lui	a5,0x80405
8040293c:	8f47a683          	lw	a3,-1804(a5) # 804048f4 <stdout+0x8>
80402940:	8f07a603          	lw	a2,-1808(a5)
80402944:	1838                	add	a4,sp,56
80402946:	8562                	mv	a0,s8
80402948:	85ce                	mv	a1,s3
8040294a:	00000097          	auipc	ra,0x0
8040294e:	62c080e7          	jalr	1580(ra) # 80402f76 <__umul128>
80402952:	57e2                	lw	a5,56(sp)
80402954:	56f2                	lw	a3,60(sp)
80402956:	5da2                	lw	s11,40(sp)
80402958:	8389                	srl	a5,a5,0x2
8040295a:	06fa                	sll	a3,a3,0x1e
8040295c:	8fd5                	or	a5,a5,a3
8040295e:	4695                	li	a3,5
80402960:	02f687b3          	mul	a5,a3,a5
80402964:	5932                	lw	s2,44(sp)
80402966:	01879e63          	bne	a5,s8,80402982 <__dtoa_engine+0x1f0>
8040296a:	85ce                	mv	a1,s3
8040296c:	8562                	mv	a0,s8
8040296e:	00000097          	auipc	ra,0x0
80402972:	348080e7          	jalr	840(ra) # 80402cb6 <__pow5Factor>
80402976:	01453733          	sltu	a4,a0,s4
8040297a:	00174993          	xor	s3,a4,1
8040297e:	4d01                	li	s10,0
80402980:	a03d                	j	804029ae <__dtoa_engine+0x21c>
80402982:	4792                	lw	a5,4(sp)
80402984:	eb95                	bnez	a5,804029b8 <__dtoa_engine+0x226>
80402986:	fffc0793          	add	a5,s8,-1
8040298a:	41a78533          	sub	a0,a5,s10
8040298e:	001c3593          	seqz	a1,s8
80402992:	00a7b7b3          	sltu	a5,a5,a0
80402996:	40b985b3          	sub	a1,s3,a1
8040299a:	8d9d                	sub	a1,a1,a5
8040299c:	00000097          	auipc	ra,0x0
804029a0:	31a080e7          	jalr	794(ra) # 80402cb6 <__pow5Factor>
804029a4:	01453933          	sltu	s2,a0,s4
804029a8:	00194d13          	xor	s10,s2,1
804029ac:	4981                	li	s3,0
804029ae:	47a2                	lw	a5,8(sp)
804029b0:	10079e63          	bnez	a5,80402acc <__dtoa_engine+0x33a>
804029b4:	8b5e                	mv	s6,s7
804029b6:	a079                	j	80402a44 <__dtoa_engine+0x2b2>
804029b8:	002c0513          	add	a0,s8,2
804029bc:	018535b3          	sltu	a1,a0,s8
804029c0:	95ce                	add	a1,a1,s3
804029c2:	00000097          	auipc	ra,0x0
804029c6:	2f4080e7          	jalr	756(ra) # 80402cb6 <__pow5Factor>
804029ca:	01453533          	sltu	a0,a0,s4
804029ce:	00154513          	xor	a0,a0,1
804029d2:	40ad8533          	sub	a0,s11,a0
804029d6:	00adbdb3          	sltu	s11,s11,a0
804029da:	41b90733          	sub	a4,s2,s11
804029de:	d42a                	sw	a0,40(sp)
804029e0:	d63a                	sw	a4,44(sp)
804029e2:	4981                	li	s3,0
804029e4:	bf69                	j	8040297e <__dtoa_engine+0x1ec>
804029e6:	03e00793          	li	a5,62
804029ea:	ff67ece3          	bltu	a5,s6,804029e2 <__dtoa_engine+0x250>
804029ee:	865a                	mv	a2,s6
804029f0:	557d                	li	a0,-1
804029f2:	55fd                	li	a1,-1
804029f4:	ffffe097          	auipc	ra,0xffffe
804029f8:	59e080e7          	jalr	1438(ra) # 80400f92 <__ashldi3>
804029fc:	fff54513          	not	a0,a0
80402a00:	fff5c593          	not	a1,a1
80402a04:	0135f5b3          	and	a1,a1,s3
80402a08:	01857533          	and	a0,a0,s8
80402a0c:	00b56733          	or	a4,a0,a1
80402a10:	00173993          	seqz	s3,a4
80402a14:	b7ad                	j	8040297e <__dtoa_engine+0x1ec>
80402a16:	02d50833          	mul	a6,a0,a3
80402a1a:	0785                	add	a5,a5,1
80402a1c:	02b536b3          	mulhu	a3,a0,a1
80402a20:	02b505b3          	mul	a1,a0,a1
80402a24:	96c2                	add	a3,a3,a6
80402a26:	00d4e663          	bltu	s1,a3,80402a32 <__dtoa_engine+0x2a0>
80402a2a:	fe9696e3          	bne	a3,s1,80402a16 <__dtoa_engine+0x284>
80402a2e:	feb474e3          	bgeu	s0,a1,80402a16 <__dtoa_engine+0x284>
80402a32:	4732                	lw	a4,12(sp)
80402a34:	97d2                	add	a5,a5,s4
80402a36:	97ba                	add	a5,a5,a4
80402a38:	00f04363          	bgtz	a5,80402a3e <__dtoa_engine+0x2ac>
80402a3c:	4785                	li	a5,1
80402a3e:	8b3e                	mv	s6,a5
80402a40:	f6fbcae3          	blt	s7,a5,804029b4 <__dtoa_engine+0x222>
80402a44:	4c81                	li	s9,0
80402a46:	4901                	li	s2,0
80402a48:	4c01                	li	s8,0
80402a4a:	5522                	lw	a0,40(sp)
80402a4c:	55b2                	lw	a1,44(sp)
80402a4e:	00000097          	auipc	ra,0x0
80402a52:	d0c080e7          	jalr	-756(ra) # 8040275a <div10>
80402a56:	57c2                	lw	a5,48(sp)
80402a58:	8dae                	mv	s11,a1
80402a5a:	55d2                	lw	a1,52(sp)
80402a5c:	c82a                	sw	a0,16(sp)
80402a5e:	853e                	mv	a0,a5
80402a60:	ca3e                	sw	a5,20(sp)
80402a62:	00000097          	auipc	ra,0x0
80402a66:	cf8080e7          	jalr	-776(ra) # 8040275a <div10>
80402a6a:	832a                	mv	t1,a0
80402a6c:	88ae                	mv	a7,a1
80402a6e:	4ea9                	li	t4,10
80402a70:	01b5e763          	bltu	a1,s11,80402a7e <__dtoa_engine+0x2ec>
80402a74:	08bd9863          	bne	s11,a1,80402b04 <__dtoa_engine+0x372>
80402a78:	47c2                	lw	a5,16(sp)
80402a7a:	08f57563          	bgeu	a0,a5,80402b04 <__dtoa_engine+0x372>
80402a7e:	8522                	mv	a0,s0
80402a80:	85a6                	mv	a1,s1
80402a82:	ce46                	sw	a7,28(sp)
80402a84:	cc1a                	sw	t1,24(sp)
80402a86:	00000097          	auipc	ra,0x0
80402a8a:	cd4080e7          	jalr	-812(ra) # 8040275a <div10>
80402a8e:	4362                	lw	t1,24(sp)
80402a90:	4ea9                	li	t4,10
80402a92:	001cb693          	seqz	a3,s9
80402a96:	026e8833          	mul	a6,t4,t1
80402a9a:	00d9f9b3          	and	s3,s3,a3
80402a9e:	47d2                	lw	a5,20(sp)
80402aa0:	48f2                	lw	a7,28(sp)
80402aa2:	d66e                	sw	s11,44(sp)
80402aa4:	d81a                	sw	t1,48(sp)
80402aa6:	da46                	sw	a7,52(sp)
80402aa8:	0905                	add	s2,s2,1
80402aaa:	84ae                	mv	s1,a1
80402aac:	02ae86b3          	mul	a3,t4,a0
80402ab0:	40f80833          	sub	a6,a6,a5
80402ab4:	47c2                	lw	a5,16(sp)
80402ab6:	00183813          	seqz	a6,a6
80402aba:	010d7d33          	and	s10,s10,a6
80402abe:	d43e                	sw	a5,40(sp)
80402ac0:	40d406b3          	sub	a3,s0,a3
80402ac4:	0ff6fc93          	zext.b	s9,a3
80402ac8:	842a                	mv	s0,a0
80402aca:	b741                	j	80402a4a <__dtoa_engine+0x2b8>
80402acc:	45a9                	li	a1,10
80402ace:	4681                	li	a3,0
80402ad0:	4785                	li	a5,1
80402ad2:	4529                	li	a0,10
80402ad4:	bf89                	j	80402a26 <__dtoa_engine+0x294>
80402ad6:	030e8f33          	mul	t5,t4,a6
80402ada:	0505                	add	a0,a0,1
80402adc:	02beb833          	mulhu	a6,t4,a1
80402ae0:	02be85b3          	mul	a1,t4,a1
80402ae4:	987a                	add	a6,a6,t5
80402ae6:	0104e663          	bltu	s1,a6,80402af2 <__dtoa_engine+0x360>
80402aea:	fe9816e3          	bne	a6,s1,80402ad6 <__dtoa_engine+0x344>
80402aee:	feb474e3          	bgeu	s0,a1,80402ad6 <__dtoa_engine+0x344>
80402af2:	00ab5d63          	bge	s6,a0,80402b0c <__dtoa_engine+0x37a>
80402af6:	000b1563          	bnez	s6,80402b00 <__dtoa_engine+0x36e>
80402afa:	009465b3          	or	a1,s0,s1
80402afe:	c599                	beqz	a1,80402b0c <__dtoa_engine+0x37a>
80402b00:	4c05                	li	s8,1
80402b02:	bfb5                	j	80402a7e <__dtoa_engine+0x2ec>
80402b04:	45a9                	li	a1,10
80402b06:	4801                	li	a6,0
80402b08:	4505                	li	a0,1
80402b0a:	bff1                	j	80402ae6 <__dtoa_engine+0x354>
80402b0c:	060d0763          	beqz	s10,80402b7a <__dtoa_engine+0x3e8>
80402b10:	4da9                	li	s11,10
80402b12:	5342                	lw	t1,48(sp)
80402b14:	55d2                	lw	a1,52(sp)
80402b16:	851a                	mv	a0,t1
80402b18:	c81a                	sw	t1,16(sp)
80402b1a:	00000097          	auipc	ra,0x0
80402b1e:	c40080e7          	jalr	-960(ra) # 8040275a <div10>
80402b22:	ce2e                	sw	a1,28(sp)
80402b24:	02ad85b3          	mul	a1,s11,a0
80402b28:	4342                	lw	t1,16(sp)
80402b2a:	882a                	mv	a6,a0
80402b2c:	cc42                	sw	a6,24(sp)
80402b2e:	04659663          	bne	a1,t1,80402b7a <__dtoa_engine+0x3e8>
80402b32:	5522                	lw	a0,40(sp)
80402b34:	55b2                	lw	a1,44(sp)
80402b36:	0905                	add	s2,s2,1
80402b38:	00000097          	auipc	ra,0x0
80402b3c:	c22080e7          	jalr	-990(ra) # 8040275a <div10>
80402b40:	ca2a                	sw	a0,20(sp)
80402b42:	c82e                	sw	a1,16(sp)
80402b44:	8522                	mv	a0,s0
80402b46:	85a6                	mv	a1,s1
80402b48:	00000097          	auipc	ra,0x0
80402b4c:	c12080e7          	jalr	-1006(ra) # 8040275a <div10>
80402b50:	001cb693          	seqz	a3,s9
80402b54:	00d9f9b3          	and	s3,s3,a3
80402b58:	02ad86b3          	mul	a3,s11,a0
80402b5c:	4e52                	lw	t3,20(sp)
80402b5e:	4342                	lw	t1,16(sp)
80402b60:	4862                	lw	a6,24(sp)
80402b62:	48f2                	lw	a7,28(sp)
80402b64:	d472                	sw	t3,40(sp)
80402b66:	d61a                	sw	t1,44(sp)
80402b68:	d842                	sw	a6,48(sp)
80402b6a:	da46                	sw	a7,52(sp)
80402b6c:	84ae                	mv	s1,a1
80402b6e:	40d406b3          	sub	a3,s0,a3
80402b72:	0ff6fc93          	zext.b	s9,a3
80402b76:	842a                	mv	s0,a0
80402b78:	bf69                	j	80402b12 <__dtoa_engine+0x380>
80402b7a:	9952                	add	s2,s2,s4
80402b7c:	0c098863          	beqz	s3,80402c4c <__dtoa_engine+0x4ba>
80402b80:	4715                	li	a4,5
80402b82:	0cec9563          	bne	s9,a4,80402c4c <__dtoa_engine+0x4ba>
80402b86:	00147713          	and	a4,s0,1
80402b8a:	e755                	bnez	a4,80402c36 <__dtoa_engine+0x4a4>
80402b8c:	000c1963          	bnez	s8,80402b9e <__dtoa_engine+0x40c>
80402b90:	5742                	lw	a4,48(sp)
80402b92:	00871563          	bne	a4,s0,80402b9c <__dtoa_engine+0x40a>
80402b96:	5752                	lw	a4,52(sp)
80402b98:	0c970c63          	beq	a4,s1,80402c70 <__dtoa_engine+0x4de>
80402b9c:	4701                	li	a4,0
80402b9e:	943a                	add	s0,s0,a4
80402ba0:	00e435b3          	sltu	a1,s0,a4
80402ba4:	95a6                	add	a1,a1,s1
80402ba6:	8a2e                	mv	s4,a1
80402ba8:	84a2                	mv	s1,s0
80402baa:	4629                	li	a2,10
80402bac:	4681                	li	a3,0
80402bae:	4c05                	li	s8,1
80402bb0:	4529                	li	a0,10
80402bb2:	00d5e663          	bltu	a1,a3,80402bbe <__dtoa_engine+0x42c>
80402bb6:	0ab69f63          	bne	a3,a1,80402c74 <__dtoa_engine+0x4e2>
80402bba:	0ac47d63          	bgeu	s0,a2,80402c74 <__dtoa_engine+0x4e2>
80402bbe:	c329                	beqz	a4,80402c00 <__dtoa_engine+0x46e>
80402bc0:	058b5063          	bge	s6,s8,80402c00 <__dtoa_engine+0x46e>
80402bc4:	47a2                	lw	a5,8(sp)
80402bc6:	cf91                	beqz	a5,80402be2 <__dtoa_engine+0x450>
80402bc8:	4732                	lw	a4,12(sp)
80402bca:	012c07b3          	add	a5,s8,s2
80402bce:	00f70b33          	add	s6,a4,a5
80402bd2:	000b5363          	bgez	s6,80402bd8 <__dtoa_engine+0x446>
80402bd6:	4b01                	li	s6,0
80402bd8:	016bd363          	bge	s7,s6,80402bde <__dtoa_engine+0x44c>
80402bdc:	8b5e                	mv	s6,s7
80402bde:	038b5163          	bge	s6,s8,80402c00 <__dtoa_engine+0x46e>
80402be2:	00540513          	add	a0,s0,5
80402be6:	00853433          	sltu	s0,a0,s0
80402bea:	4629                	li	a2,10
80402bec:	4681                	li	a3,0
80402bee:	95a2                	add	a1,a1,s0
80402bf0:	ffffe097          	auipc	ra,0xffffe
80402bf4:	430080e7          	jalr	1072(ra) # 80401020 <__udivdi3>
80402bf8:	84aa                	mv	s1,a0
80402bfa:	8a2e                	mv	s4,a1
80402bfc:	0905                	add	s2,s2,1
80402bfe:	1c7d                	add	s8,s8,-1
80402c00:	87da                	mv	a5,s6
80402c02:	016c5363          	bge	s8,s6,80402c08 <__dtoa_engine+0x476>
80402c06:	87e2                	mv	a5,s8
80402c08:	01079413          	sll	s0,a5,0x10
80402c0c:	0942                	sll	s2,s2,0x10
80402c0e:	8441                	sra	s0,s0,0x10
80402c10:	41095913          	sra	s2,s2,0x10
80402c14:	9922                	add	s2,s2,s0
80402c16:	008a8b33          	add	s6,s5,s0
80402c1a:	197d                	add	s2,s2,-1
80402c1c:	4b81                	li	s7,0
80402c1e:	8c5a                	mv	s8,s6
80402c20:	1b7d                	add	s6,s6,-1
80402c22:	068bc263          	blt	s7,s0,80402c86 <__dtoa_engine+0x4f4>
80402c26:	4782                	lw	a5,0(sp)
80402c28:	000c02a3          	sb	zero,5(s8)
80402c2c:	012aa023          	sw	s2,0(s5)
80402c30:	00fa8223          	sb	a5,4(s5)
80402c34:	be45                	j	804027e4 <__dtoa_engine+0x52>
80402c36:	4705                	li	a4,1
80402c38:	f60c13e3          	bnez	s8,80402b9e <__dtoa_engine+0x40c>
80402c3c:	5742                	lw	a4,48(sp)
80402c3e:	00871563          	bne	a4,s0,80402c48 <__dtoa_engine+0x4b6>
80402c42:	5752                	lw	a4,52(sp)
80402c44:	00970c63          	beq	a4,s1,80402c5c <__dtoa_engine+0x4ca>
80402c48:	4705                	li	a4,1
80402c4a:	bf91                	j	80402b9e <__dtoa_engine+0x40c>
80402c4c:	000c1d63          	bnez	s8,80402c66 <__dtoa_engine+0x4d4>
80402c50:	5742                	lw	a4,48(sp)
80402c52:	00871a63          	bne	a4,s0,80402c66 <__dtoa_engine+0x4d4>
80402c56:	5752                	lw	a4,52(sp)
80402c58:	00971763          	bne	a4,s1,80402c66 <__dtoa_engine+0x4d4>
80402c5c:	4792                	lw	a5,4(sp)
80402c5e:	4705                	li	a4,1
80402c60:	ff9d                	bnez	a5,80402b9e <__dtoa_engine+0x40c>
80402c62:	f20d0ee3          	beqz	s10,80402b9e <__dtoa_engine+0x40c>
80402c66:	005cb693          	sltiu	a3,s9,5
80402c6a:	0016c713          	xor	a4,a3,1
80402c6e:	bf05                	j	80402b9e <__dtoa_engine+0x40c>
80402c70:	4c91                	li	s9,4
80402c72:	b7ed                	j	80402c5c <__dtoa_engine+0x4ca>
80402c74:	02d50833          	mul	a6,a0,a3
80402c78:	0c05                	add	s8,s8,1
80402c7a:	02c536b3          	mulhu	a3,a0,a2
80402c7e:	02c50633          	mul	a2,a0,a2
80402c82:	96c2                	add	a3,a3,a6
80402c84:	b73d                	j	80402bb2 <__dtoa_engine+0x420>
80402c86:	4629                	li	a2,10
80402c88:	4681                	li	a3,0
80402c8a:	8526                	mv	a0,s1
80402c8c:	85d2                	mv	a1,s4
80402c8e:	ffffe097          	auipc	ra,0xffffe
80402c92:	6f0080e7          	jalr	1776(ra) # 8040137e <__umoddi3>
80402c96:	03050513          	add	a0,a0,48
80402c9a:	00ab02a3          	sb	a0,5(s6)
80402c9e:	85d2                	mv	a1,s4
80402ca0:	8526                	mv	a0,s1
80402ca2:	4629                	li	a2,10
80402ca4:	4681                	li	a3,0
80402ca6:	ffffe097          	auipc	ra,0xffffe
80402caa:	37a080e7          	jalr	890(ra) # 80401020 <__udivdi3>
80402cae:	84aa                	mv	s1,a0
80402cb0:	8a2e                	mv	s4,a1
80402cb2:	0b85                	add	s7,s7,1
80402cb4:	b7b5                	j	80402c20 <__dtoa_engine+0x48e>

80402cb6 <__pow5Factor>:
80402cb6:	ccccd737          	lui	a4,0xccccd
80402cba:	333336b7          	lui	a3,0x33333
80402cbe:	87aa                	mv	a5,a0
80402cc0:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8b46dd>
80402cc4:	4501                	li	a0,0
80402cc6:	ccc70713          	add	a4,a4,-820
80402cca:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80402cce:	02c585b3          	mul	a1,a1,a2
80402cd2:	02e78833          	mul	a6,a5,a4
80402cd6:	982e                	add	a6,a6,a1
80402cd8:	02c7b5b3          	mulhu	a1,a5,a2
80402cdc:	95c2                	add	a1,a1,a6
80402cde:	02c787b3          	mul	a5,a5,a2
80402ce2:	00b6e863          	bltu	a3,a1,80402cf2 <__pow5Factor+0x3c>
80402ce6:	00d59463          	bne	a1,a3,80402cee <__pow5Factor+0x38>
80402cea:	00f5e463          	bltu	a1,a5,80402cf2 <__pow5Factor+0x3c>
80402cee:	0505                	add	a0,a0,1
80402cf0:	bff9                	j	80402cce <__pow5Factor+0x18>
80402cf2:	8082                	ret

80402cf4 <__double_computePow5>:
80402cf4:	fffff317          	auipc	t1,0xfffff
80402cf8:	9ba302e7          	jalr	t0,-1606(t1) # 804016ae <__riscv_save_10>
80402cfc:	47e9                	li	a5,26
80402cfe:	02f55b33          	divu	s6,a0,a5
80402d02:	804049b7          	lui	s3,0x80404
80402d06:	4a098b93          	add	s7,s3,1184 # 804044a0 <DOUBLE_POW5_SPLIT2>
80402d0a:	1101                	add	sp,sp,-32
80402d0c:	892e                	mv	s2,a1
80402d0e:	02f577b3          	remu	a5,a0,a5
80402d12:	004b1713          	sll	a4,s6,0x4
80402d16:	9bba                	add	s7,s7,a4
80402d18:	e785                	bnez	a5,80402d40 <__double_computePow5+0x4c>
80402d1a:	000ba703          	lw	a4,0(s7)
80402d1e:	004ba783          	lw	a5,4(s7)
80402d22:	c198                	sw	a4,0(a1)
80402d24:	c1dc                	sw	a5,4(a1)
80402d26:	008ba503          	lw	a0,8(s7)
80402d2a:	00cba583          	lw	a1,12(s7)
80402d2e:	00a92423          	sw	a0,8(s2)
80402d32:	00b92623          	sw	a1,12(s2)
80402d36:	6105                	add	sp,sp,32
80402d38:	fffff317          	auipc	t1,0xfffff
80402d3c:	9ae30067          	jr	-1618(t1) # 804016e6 <__riscv_restore_10>
80402d40:	4a098993          	add	s3,s3,1184
80402d44:	078e                	sll	a5,a5,0x3
80402d46:	97ce                	add	a5,a5,s3
80402d48:	0d07aa03          	lw	s4,208(a5)
80402d4c:	0d47aa83          	lw	s5,212(a5)
80402d50:	008ba603          	lw	a2,8(s7)
80402d54:	00cba683          	lw	a3,12(s7)
80402d58:	0818                	add	a4,sp,16
80402d5a:	85d6                	mv	a1,s5
80402d5c:	842a                	mv	s0,a0
80402d5e:	8552                	mv	a0,s4
80402d60:	00000097          	auipc	ra,0x0
80402d64:	216080e7          	jalr	534(ra) # 80402f76 <__umul128>
80402d68:	000ba603          	lw	a2,0(s7)
80402d6c:	004ba683          	lw	a3,4(s7)
80402d70:	84aa                	mv	s1,a0
80402d72:	8c2e                	mv	s8,a1
80402d74:	0838                	add	a4,sp,24
80402d76:	8552                	mv	a0,s4
80402d78:	85d6                	mv	a1,s5
80402d7a:	00000097          	auipc	ra,0x0
80402d7e:	1fc080e7          	jalr	508(ra) # 80402f76 <__umul128>
80402d82:	47e2                	lw	a5,24(sp)
80402d84:	4772                	lw	a4,28(sp)
80402d86:	8aaa                	mv	s5,a0
80402d88:	94be                	add	s1,s1,a5
80402d8a:	00f4ba33          	sltu	s4,s1,a5
80402d8e:	9c3a                	add	s8,s8,a4
80402d90:	9a62                	add	s4,s4,s8
80402d92:	00ea6663          	bltu	s4,a4,80402d9e <__double_computePow5+0xaa>
80402d96:	01471d63          	bne	a4,s4,80402db0 <__double_computePow5+0xbc>
80402d9a:	00f4fb63          	bgeu	s1,a5,80402db0 <__double_computePow5+0xbc>
80402d9e:	47c2                	lw	a5,16(sp)
80402da0:	46d2                	lw	a3,20(sp)
80402da2:	00178713          	add	a4,a5,1
80402da6:	00f737b3          	sltu	a5,a4,a5
80402daa:	97b6                	add	a5,a5,a3
80402dac:	c83a                	sw	a4,16(sp)
80402dae:	ca3e                	sw	a5,20(sp)
80402db0:	8522                	mv	a0,s0
80402db2:	c62e                	sw	a1,12(sp)
80402db4:	00000097          	auipc	ra,0x0
80402db8:	1b0080e7          	jalr	432(ra) # 80402f64 <__pow5bits>
80402dbc:	8baa                	mv	s7,a0
80402dbe:	4569                	li	a0,26
80402dc0:	02ab0533          	mul	a0,s6,a0
80402dc4:	00000097          	auipc	ra,0x0
80402dc8:	1a0080e7          	jalr	416(ra) # 80402f64 <__pow5bits>
80402dcc:	45b2                	lw	a1,12(sp)
80402dce:	40ab8733          	sub	a4,s7,a0
80402dd2:	8626                	mv	a2,s1
80402dd4:	86d2                	mv	a3,s4
80402dd6:	8556                	mv	a0,s5
80402dd8:	c43a                	sw	a4,8(sp)
80402dda:	00000097          	auipc	ra,0x0
80402dde:	1e8080e7          	jalr	488(ra) # 80402fc2 <__shiftright128>
80402de2:	00445793          	srl	a5,s0,0x4
80402de6:	078a                	sll	a5,a5,0x2
80402de8:	99be                	add	s3,s3,a5
80402dea:	1a09a783          	lw	a5,416(s3)
80402dee:	0406                	sll	s0,s0,0x1
80402df0:	8879                	and	s0,s0,30
80402df2:	0087d7b3          	srl	a5,a5,s0
80402df6:	8b8d                	and	a5,a5,3
80402df8:	953e                	add	a0,a0,a5
80402dfa:	00f537b3          	sltu	a5,a0,a5
80402dfe:	4722                	lw	a4,8(sp)
80402e00:	4642                	lw	a2,16(sp)
80402e02:	46d2                	lw	a3,20(sp)
80402e04:	97ae                	add	a5,a5,a1
80402e06:	00a92023          	sw	a0,0(s2)
80402e0a:	00f92223          	sw	a5,4(s2)
80402e0e:	8526                	mv	a0,s1
80402e10:	85d2                	mv	a1,s4
80402e12:	00000097          	auipc	ra,0x0
80402e16:	1b0080e7          	jalr	432(ra) # 80402fc2 <__shiftright128>
80402e1a:	bf11                	j	80402d2e <__double_computePow5+0x3a>

80402e1c <__double_computeInvPow5>:
80402e1c:	fffff317          	auipc	t1,0xfffff
80402e20:	892302e7          	jalr	t0,-1902(t1) # 804016ae <__riscv_save_10>
80402e24:	4b69                	li	s6,26
80402e26:	01950793          	add	a5,a0,25
80402e2a:	0367d7b3          	divu	a5,a5,s6
80402e2e:	80404ab7          	lui	s5,0x80404
80402e32:	4a0a8493          	add	s1,s5,1184 # 804044a0 <DOUBLE_POW5_SPLIT2>
80402e36:	1f848493          	add	s1,s1,504
80402e3a:	1101                	add	sp,sp,-32
80402e3c:	8a2e                	mv	s4,a1
80402e3e:	03678b33          	mul	s6,a5,s6
80402e42:	0792                	sll	a5,a5,0x4
80402e44:	94be                	add	s1,s1,a5
80402e46:	40ab0733          	sub	a4,s6,a0
80402e4a:	02ab1163          	bne	s6,a0,80402e6c <__double_computeInvPow5+0x50>
80402e4e:	4098                	lw	a4,0(s1)
80402e50:	40dc                	lw	a5,4(s1)
80402e52:	c198                	sw	a4,0(a1)
80402e54:	c1dc                	sw	a5,4(a1)
80402e56:	4488                	lw	a0,8(s1)
80402e58:	44cc                	lw	a1,12(s1)
80402e5a:	00aa2423          	sw	a0,8(s4)
80402e5e:	00ba2623          	sw	a1,12(s4)
80402e62:	6105                	add	sp,sp,32
80402e64:	fffff317          	auipc	t1,0xfffff
80402e68:	88230067          	jr	-1918(t1) # 804016e6 <__riscv_restore_10>
80402e6c:	4a0a8a93          	add	s5,s5,1184
80402e70:	070e                	sll	a4,a4,0x3
80402e72:	9756                	add	a4,a4,s5
80402e74:	0d072903          	lw	s2,208(a4)
80402e78:	0d472983          	lw	s3,212(a4)
80402e7c:	4490                	lw	a2,8(s1)
80402e7e:	44d4                	lw	a3,12(s1)
80402e80:	0818                	add	a4,sp,16
80402e82:	85ce                	mv	a1,s3
80402e84:	842a                	mv	s0,a0
80402e86:	854a                	mv	a0,s2
80402e88:	00000097          	auipc	ra,0x0
80402e8c:	0ee080e7          	jalr	238(ra) # 80402f76 <__umul128>
80402e90:	4090                	lw	a2,0(s1)
80402e92:	40d4                	lw	a3,4(s1)
80402e94:	8c2a                	mv	s8,a0
80402e96:	00163793          	seqz	a5,a2
80402e9a:	8bae                	mv	s7,a1
80402e9c:	0838                	add	a4,sp,24
80402e9e:	8e9d                	sub	a3,a3,a5
80402ea0:	854a                	mv	a0,s2
80402ea2:	85ce                	mv	a1,s3
80402ea4:	167d                	add	a2,a2,-1
80402ea6:	00000097          	auipc	ra,0x0
80402eaa:	0d0080e7          	jalr	208(ra) # 80402f76 <__umul128>
80402eae:	47e2                	lw	a5,24(sp)
80402eb0:	4772                	lw	a4,28(sp)
80402eb2:	89aa                	mv	s3,a0
80402eb4:	9c3e                	add	s8,s8,a5
80402eb6:	00fc3933          	sltu	s2,s8,a5
80402eba:	9bba                	add	s7,s7,a4
80402ebc:	995e                	add	s2,s2,s7
80402ebe:	00e96663          	bltu	s2,a4,80402eca <__double_computeInvPow5+0xae>
80402ec2:	01271d63          	bne	a4,s2,80402edc <__double_computeInvPow5+0xc0>
80402ec6:	00fc7b63          	bgeu	s8,a5,80402edc <__double_computeInvPow5+0xc0>
80402eca:	47c2                	lw	a5,16(sp)
80402ecc:	46d2                	lw	a3,20(sp)
80402ece:	00178713          	add	a4,a5,1
80402ed2:	00f737b3          	sltu	a5,a4,a5
80402ed6:	97b6                	add	a5,a5,a3
80402ed8:	c83a                	sw	a4,16(sp)
80402eda:	ca3e                	sw	a5,20(sp)
80402edc:	855a                	mv	a0,s6
80402ede:	c62e                	sw	a1,12(sp)
80402ee0:	00000097          	auipc	ra,0x0
80402ee4:	084080e7          	jalr	132(ra) # 80402f64 <__pow5bits>
80402ee8:	8b2a                	mv	s6,a0
80402eea:	8522                	mv	a0,s0
80402eec:	00000097          	auipc	ra,0x0
80402ef0:	078080e7          	jalr	120(ra) # 80402f64 <__pow5bits>
80402ef4:	45b2                	lw	a1,12(sp)
80402ef6:	40ab0733          	sub	a4,s6,a0
80402efa:	8662                	mv	a2,s8
80402efc:	86ca                	mv	a3,s2
80402efe:	854e                	mv	a0,s3
80402f00:	c43a                	sw	a4,8(sp)
80402f02:	00000097          	auipc	ra,0x0
80402f06:	0c0080e7          	jalr	192(ra) # 80402fc2 <__shiftright128>
80402f0a:	00445793          	srl	a5,s0,0x4
80402f0e:	078a                	sll	a5,a5,0x2
80402f10:	9abe                	add	s5,s5,a5
80402f12:	2e8aa783          	lw	a5,744(s5)
80402f16:	0406                	sll	s0,s0,0x1
80402f18:	8879                	and	s0,s0,30
80402f1a:	0087d7b3          	srl	a5,a5,s0
80402f1e:	8b8d                	and	a5,a5,3
80402f20:	0785                	add	a5,a5,1
80402f22:	953e                	add	a0,a0,a5
80402f24:	00f537b3          	sltu	a5,a0,a5
80402f28:	4722                	lw	a4,8(sp)
80402f2a:	4642                	lw	a2,16(sp)
80402f2c:	46d2                	lw	a3,20(sp)
80402f2e:	97ae                	add	a5,a5,a1
80402f30:	00aa2023          	sw	a0,0(s4)
80402f34:	00fa2223          	sw	a5,4(s4)
80402f38:	8562                	mv	a0,s8
80402f3a:	85ca                	mv	a1,s2
80402f3c:	00000097          	auipc	ra,0x0
80402f40:	086080e7          	jalr	134(ra) # 80402fc2 <__shiftright128>
80402f44:	bf19                	j	80402e5a <__double_computeInvPow5+0x3e>

80402f46 <__log10Pow2>:
80402f46:	67cd                	lui	a5,0x13
80402f48:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80402f4c:	02f50533          	mul	a0,a0,a5
80402f50:	8149                	srl	a0,a0,0x12
80402f52:	8082                	ret

80402f54 <__log10Pow5>:
80402f54:	000b37b7          	lui	a5,0xb3
80402f58:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80402f5c:	02f50533          	mul	a0,a0,a5
80402f60:	8151                	srl	a0,a0,0x14
80402f62:	8082                	ret

80402f64 <__pow5bits>:
80402f64:	001297b7          	lui	a5,0x129
80402f68:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80402f6c:	02f50533          	mul	a0,a0,a5
80402f70:	814d                	srl	a0,a0,0x13
80402f72:	0505                	add	a0,a0,1
80402f74:	8082                	ret

80402f76 <__umul128>:
80402f76:	02c537b3          	mulhu	a5,a0,a2
80402f7a:	832e                	mv	t1,a1
80402f7c:	02c585b3          	mul	a1,a1,a2
80402f80:	02c33833          	mulhu	a6,t1,a2
80402f84:	95be                	add	a1,a1,a5
80402f86:	00f5b7b3          	sltu	a5,a1,a5
80402f8a:	97c2                	add	a5,a5,a6
80402f8c:	02a68833          	mul	a6,a3,a0
80402f90:	02a6b8b3          	mulhu	a7,a3,a0
80402f94:	95c2                	add	a1,a1,a6
80402f96:	0105b833          	sltu	a6,a1,a6
80402f9a:	98c2                	add	a7,a7,a6
80402f9c:	02d30833          	mul	a6,t1,a3
80402fa0:	02d33333          	mulhu	t1,t1,a3
80402fa4:	983e                	add	a6,a6,a5
80402fa6:	011806b3          	add	a3,a6,a7
80402faa:	00f837b3          	sltu	a5,a6,a5
80402fae:	0106b833          	sltu	a6,a3,a6
80402fb2:	c314                	sw	a3,0(a4)
80402fb4:	979a                	add	a5,a5,t1
80402fb6:	983e                	add	a6,a6,a5
80402fb8:	02c50533          	mul	a0,a0,a2
80402fbc:	01072223          	sw	a6,4(a4)
80402fc0:	8082                	ret

80402fc2 <__shiftright128>:
80402fc2:	ffffe317          	auipc	t1,0xffffe
80402fc6:	6fa302e7          	jalr	t0,1786(t1) # 804016bc <__riscv_save_4>
80402fca:	8a2a                	mv	s4,a0
80402fcc:	8532                	mv	a0,a2
80402fce:	04000613          	li	a2,64
80402fd2:	8e19                	sub	a2,a2,a4
80402fd4:	89ae                	mv	s3,a1
80402fd6:	85b6                	mv	a1,a3
80402fd8:	843a                	mv	s0,a4
80402fda:	ffffe097          	auipc	ra,0xffffe
80402fde:	fb8080e7          	jalr	-72(ra) # 80400f92 <__ashldi3>
80402fe2:	892a                	mv	s2,a0
80402fe4:	84ae                	mv	s1,a1
80402fe6:	8622                	mv	a2,s0
80402fe8:	8552                	mv	a0,s4
80402fea:	85ce                	mv	a1,s3
80402fec:	ffffe097          	auipc	ra,0xffffe
80402ff0:	f7e080e7          	jalr	-130(ra) # 80400f6a <__lshrdi3>
80402ff4:	00a96533          	or	a0,s2,a0
80402ff8:	8dc5                	or	a1,a1,s1
80402ffa:	ffffe317          	auipc	t1,0xffffe
80402ffe:	6f630067          	jr	1782(t1) # 804016f0 <__riscv_restore_4>

80403002 <strnlen>:
80403002:	95aa                	add	a1,a1,a0
80403004:	87aa                	mv	a5,a0
80403006:	00b78563          	beq	a5,a1,80403010 <strnlen+0xe>
8040300a:	0007c703          	lbu	a4,0(a5)
8040300e:	e701                	bnez	a4,80403016 <strnlen+0x14>
80403010:	40a78533          	sub	a0,a5,a0
80403014:	8082                	ret
80403016:	0785                	add	a5,a5,1
80403018:	b7fd                	j	80403006 <strnlen+0x4>
