
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
804000c6:	636080e7          	jalr	1590(ra) # 804016f8 <printf>
804000ca:	4785                	li	a5,1
804000cc:	0327d263          	bge	a5,s2,804000f0 <main+0x50>
804000d0:	0491                	add	s1,s1,4
804000d2:	4405                	li	s0,1
804000d4:	804049b7          	lui	s3,0x80404
804000d8:	4090                	lw	a2,0(s1)
804000da:	85a2                	mv	a1,s0
804000dc:	01498513          	add	a0,s3,20 # 80404014 <strnlen+0x1020>
804000e0:	0405                	add	s0,s0,1
804000e2:	00001097          	auipc	ra,0x1
804000e6:	616080e7          	jalr	1558(ra) # 804016f8 <printf>
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
80400356:	02860613          	add	a2,a2,40 # 80404028 <strnlen+0x1034>
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
80400480:	03c50513          	add	a0,a0,60 # 8040403c <strnlen+0x1048>
80400484:	00000097          	auipc	ra,0x0
80400488:	f3a080e7          	jalr	-198(ra) # 804003be <early_puts>
8040048c:	8522                	mv	a0,s0
8040048e:	00000097          	auipc	ra,0x0
80400492:	f30080e7          	jalr	-208(ra) # 804003be <early_puts>
80400496:	80404537          	lui	a0,0x80404
8040049a:	04c50513          	add	a0,a0,76 # 8040404c <strnlen+0x1058>
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
804004fe:	05850513          	add	a0,a0,88 # 80404058 <strnlen+0x1064>
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
8040052e:	07050513          	add	a0,a0,112 # 80404070 <strnlen+0x107c>
80400532:	00000097          	auipc	ra,0x0
80400536:	e8c080e7          	jalr	-372(ra) # 804003be <early_puts>
8040053a:	08442583          	lw	a1,132(s0)
8040053e:	0068                	add	a0,sp,12
80400540:	00000097          	auipc	ra,0x0
80400544:	dfc080e7          	jalr	-516(ra) # 8040033c <hex>
80400548:	00000097          	auipc	ra,0x0
8040054c:	e76080e7          	jalr	-394(ra) # 804003be <early_puts>
80400550:	80404537          	lui	a0,0x80404
80400554:	07c50513          	add	a0,a0,124 # 8040407c <strnlen+0x1088>
80400558:	00000097          	auipc	ra,0x0
8040055c:	e66080e7          	jalr	-410(ra) # 804003be <early_puts>
80400560:	08042583          	lw	a1,128(s0)
80400564:	0828                	add	a0,sp,24
80400566:	00000097          	auipc	ra,0x0
8040056a:	dd6080e7          	jalr	-554(ra) # 8040033c <hex>
8040056e:	00000097          	auipc	ra,0x0
80400572:	e50080e7          	jalr	-432(ra) # 804003be <early_puts>
80400576:	80404537          	lui	a0,0x80404
8040057a:	08850513          	add	a0,a0,136 # 80404088 <strnlen+0x1094>
8040057e:	00000097          	auipc	ra,0x0
80400582:	e40080e7          	jalr	-448(ra) # 804003be <early_puts>
80400586:	08842583          	lw	a1,136(s0)
8040058a:	1048                	add	a0,sp,36
8040058c:	00000097          	auipc	ra,0x0
80400590:	db0080e7          	jalr	-592(ra) # 8040033c <hex>
80400594:	00000097          	auipc	ra,0x0
80400598:	e2a080e7          	jalr	-470(ra) # 804003be <early_puts>
8040059c:	80404537          	lui	a0,0x80404
804005a0:	04c50513          	add	a0,a0,76 # 8040404c <strnlen+0x1058>
804005a4:	00000097          	auipc	ra,0x0
804005a8:	e1a080e7          	jalr	-486(ra) # 804003be <early_puts>
804005ac:	4509                	li	a0,2
804005ae:	10300593          	li	a1,259
804005b2:	48f5                	li	a7,29
804005b4:	00000073          	ecall
804005b8:	bfd5                	j	804005ac <uni_trap+0xe8>
804005ba:	80404537          	lui	a0,0x80404
804005be:	05050513          	add	a0,a0,80 # 80404050 <strnlen+0x105c>
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
8040064c:	09478793          	add	a5,a5,148 # 80404094 <strnlen+0x10a0>
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
80400756:	64c080e7          	jalr	1612(ra) # 80400d9e <uni_main>
8040075a:	00000097          	auipc	ra,0x0
8040075e:	cec080e7          	jalr	-788(ra) # 80400446 <uni_poweroff>
80400762:	80404537          	lui	a0,0x80404
80400766:	16850513          	add	a0,a0,360 # 80404168 <strnlen+0x1174>
8040076a:	00000097          	auipc	ra,0x0
8040076e:	d00080e7          	jalr	-768(ra) # 8040046a <uni_panic>
80400772:	80404537          	lui	a0,0x80404
80400776:	0ac50513          	add	a0,a0,172 # 804040ac <strnlen+0x10b8>
8040077a:	00000097          	auipc	ra,0x0
8040077e:	cf0080e7          	jalr	-784(ra) # 8040046a <uni_panic>
80400782:	80404537          	lui	a0,0x80404
80400786:	14050513          	add	a0,a0,320 # 80404140 <strnlen+0x114c>
8040078a:	00000097          	auipc	ra,0x0
8040078e:	ce0080e7          	jalr	-800(ra) # 8040046a <uni_panic>
80400792:	80404537          	lui	a0,0x80404
80400796:	0dc50513          	add	a0,a0,220 # 804040dc <strnlen+0x10e8>
8040079a:	00000097          	auipc	ra,0x0
8040079e:	cd0080e7          	jalr	-816(ra) # 8040046a <uni_panic>
804007a2:	80404537          	lui	a0,0x80404
804007a6:	11850513          	add	a0,a0,280 # 80404118 <strnlen+0x1124>
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
804008ac:	72e080e7          	jalr	1838(ra) # 80400fd6 <__ctzsi2>
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
804008e0:	6fa080e7          	jalr	1786(ra) # 80400fd6 <__ctzsi2>
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
80400b98:	364c8c93          	add	s9,s9,868 # 80418364 <argv.1>
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
80400d58:	10c72703          	lw	a4,268(a4) # 8040510c <fs>
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
80400d7a:	3cc78793          	add	a5,a5,972 # 804043cc <CSWTCH.40>
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
80400d9a:	4505                	li	a0,1
80400d9c:	8082                	ret

80400d9e <uni_main>:
80400d9e:	1141                	add	sp,sp,-16
80400da0:	c606                	sw	ra,12(sp)
80400da2:	c422                	sw	s0,8(sp)
80400da4:	80418837          	lui	a6,0x80418
80400da8:	00054603          	lbu	a2,0(a0)
80400dac:	872a                	mv	a4,a0
80400dae:	02000693          	li	a3,32
80400db2:	4501                	li	a0,0
80400db4:	45a5                	li	a1,9
80400db6:	36480813          	add	a6,a6,868 # 80418364 <argv.1>
80400dba:	02d60b63          	beq	a2,a3,80400df0 <uni_main+0x52>
80400dbe:	02b60963          	beq	a2,a1,80400df0 <uni_main+0x52>
80400dc2:	c231                	beqz	a2,80400e06 <uni_main+0x68>
80400dc4:	06d50a63          	beq	a0,a3,80400e38 <uni_main+0x9a>
80400dc8:	00251793          	sll	a5,a0,0x2
80400dcc:	97c2                	add	a5,a5,a6
80400dce:	c398                	sw	a4,0(a5)
80400dd0:	00074603          	lbu	a2,0(a4)
80400dd4:	0505                	add	a0,a0,1
80400dd6:	87b2                	mv	a5,a2
80400dd8:	d26d                	beqz	a2,80400dba <uni_main+0x1c>
80400dda:	02d78363          	beq	a5,a3,80400e00 <uni_main+0x62>
80400dde:	02b78163          	beq	a5,a1,80400e00 <uni_main+0x62>
80400de2:	00174783          	lbu	a5,1(a4)
80400de6:	0705                	add	a4,a4,1
80400de8:	fbed                	bnez	a5,80400dda <uni_main+0x3c>
80400dea:	4601                	li	a2,0
80400dec:	fcd619e3          	bne	a2,a3,80400dbe <uni_main+0x20>
80400df0:	00170793          	add	a5,a4,1
80400df4:	00174603          	lbu	a2,1(a4)
80400df8:	00070023          	sb	zero,0(a4)
80400dfc:	873e                	mv	a4,a5
80400dfe:	bf75                	j	80400dba <uni_main+0x1c>
80400e00:	00074603          	lbu	a2,0(a4)
80400e04:	bf5d                	j	80400dba <uni_main+0x1c>
80400e06:	804185b7          	lui	a1,0x80418
80400e0a:	36458713          	add	a4,a1,868 # 80418364 <argv.1>
80400e0e:	00251793          	sll	a5,a0,0x2
80400e12:	97ba                	add	a5,a5,a4
80400e14:	36458593          	add	a1,a1,868
80400e18:	0007a023          	sw	zero,0(a5)
80400e1c:	fffff097          	auipc	ra,0xfffff
80400e20:	284080e7          	jalr	644(ra) # 804000a0 <main>
80400e24:	842a                	mv	s0,a0
80400e26:	00000097          	auipc	ra,0x0
80400e2a:	0f0080e7          	jalr	240(ra) # 80400f16 <ulib_flush_stdout>
80400e2e:	40b2                	lw	ra,12(sp)
80400e30:	8522                	mv	a0,s0
80400e32:	4422                	lw	s0,8(sp)
80400e34:	0141                	add	sp,sp,16
80400e36:	8082                	ret
80400e38:	80404537          	lui	a0,0x80404
80400e3c:	3f450513          	add	a0,a0,1012 # 804043f4 <msg.0>
80400e40:	45e1                	li	a1,24
80400e42:	00000097          	auipc	ra,0x0
80400e46:	c90080e7          	jalr	-880(ra) # 80400ad2 <uni_console_write>
80400e4a:	4409                	li	s0,2
80400e4c:	40b2                	lw	ra,12(sp)
80400e4e:	8522                	mv	a0,s0
80400e50:	4422                	lw	s0,8(sp)
80400e52:	0141                	add	sp,sp,16
80400e54:	8082                	ret

80400e56 <stdout_flush>:
80400e56:	1141                	add	sp,sp,-16
80400e58:	c04a                	sw	s2,0(sp)
80400e5a:	80405937          	lui	s2,0x80405
80400e5e:	c422                	sw	s0,8(sp)
80400e60:	11092403          	lw	s0,272(s2) # 80405110 <out_len>
80400e64:	c606                	sw	ra,12(sp)
80400e66:	c226                	sw	s1,4(sp)
80400e68:	c015                	beqz	s0,80400e8c <stdout_flush+0x36>
80400e6a:	804184b7          	lui	s1,0x80418
80400e6e:	3e848493          	add	s1,s1,1000 # 804183e8 <out_buf>
80400e72:	a019                	j	80400e78 <stdout_flush+0x22>
80400e74:	94aa                	add	s1,s1,a0
80400e76:	c819                	beqz	s0,80400e8c <stdout_flush+0x36>
80400e78:	8622                	mv	a2,s0
80400e7a:	85a6                	mv	a1,s1
80400e7c:	4505                	li	a0,1
80400e7e:	00000097          	auipc	ra,0x0
80400e82:	e92080e7          	jalr	-366(ra) # 80400d10 <write>
80400e86:	8c09                	sub	s0,s0,a0
80400e88:	fea046e3          	bgtz	a0,80400e74 <stdout_flush+0x1e>
80400e8c:	40b2                	lw	ra,12(sp)
80400e8e:	4422                	lw	s0,8(sp)
80400e90:	10092823          	sw	zero,272(s2)
80400e94:	4492                	lw	s1,4(sp)
80400e96:	4902                	lw	s2,0(sp)
80400e98:	4501                	li	a0,0
80400e9a:	0141                	add	sp,sp,16
80400e9c:	8082                	ret

80400e9e <stdout_put>:
80400e9e:	1101                	add	sp,sp,-32
80400ea0:	c64e                	sw	s3,12(sp)
80400ea2:	804059b7          	lui	s3,0x80405
80400ea6:	1109a783          	lw	a5,272(s3) # 80405110 <out_len>
80400eaa:	ca26                	sw	s1,20(sp)
80400eac:	804184b7          	lui	s1,0x80418
80400eb0:	3e848493          	add	s1,s1,1000 # 804183e8 <out_buf>
80400eb4:	cc22                	sw	s0,24(sp)
80400eb6:	c84a                	sw	s2,16(sp)
80400eb8:	00178413          	add	s0,a5,1
80400ebc:	ce06                	sw	ra,28(sp)
80400ebe:	97a6                	add	a5,a5,s1
80400ec0:	00a78023          	sb	a0,0(a5)
80400ec4:	1089a823          	sw	s0,272(s3)
80400ec8:	47a9                	li	a5,10
80400eca:	892a                	mv	s2,a0
80400ecc:	00f50e63          	beq	a0,a5,80400ee8 <stdout_put+0x4a>
80400ed0:	20000793          	li	a5,512
80400ed4:	00f40b63          	beq	s0,a5,80400eea <stdout_put+0x4c>
80400ed8:	40f2                	lw	ra,28(sp)
80400eda:	4462                	lw	s0,24(sp)
80400edc:	44d2                	lw	s1,20(sp)
80400ede:	49b2                	lw	s3,12(sp)
80400ee0:	854a                	mv	a0,s2
80400ee2:	4942                	lw	s2,16(sp)
80400ee4:	6105                	add	sp,sp,32
80400ee6:	8082                	ret
80400ee8:	cc09                	beqz	s0,80400f02 <stdout_put+0x64>
80400eea:	8622                	mv	a2,s0
80400eec:	85a6                	mv	a1,s1
80400eee:	4505                	li	a0,1
80400ef0:	00000097          	auipc	ra,0x0
80400ef4:	e20080e7          	jalr	-480(ra) # 80400d10 <write>
80400ef8:	8c09                	sub	s0,s0,a0
80400efa:	00a05463          	blez	a0,80400f02 <stdout_put+0x64>
80400efe:	94aa                	add	s1,s1,a0
80400f00:	f46d                	bnez	s0,80400eea <stdout_put+0x4c>
80400f02:	40f2                	lw	ra,28(sp)
80400f04:	4462                	lw	s0,24(sp)
80400f06:	1009a823          	sw	zero,272(s3)
80400f0a:	44d2                	lw	s1,20(sp)
80400f0c:	49b2                	lw	s3,12(sp)
80400f0e:	854a                	mv	a0,s2
80400f10:	4942                	lw	s2,16(sp)
80400f12:	6105                	add	sp,sp,32
80400f14:	8082                	ret

80400f16 <ulib_flush_stdout>:
80400f16:	1141                	add	sp,sp,-16
80400f18:	c04a                	sw	s2,0(sp)
80400f1a:	80405937          	lui	s2,0x80405
80400f1e:	c422                	sw	s0,8(sp)
80400f20:	11092403          	lw	s0,272(s2) # 80405110 <out_len>
80400f24:	c606                	sw	ra,12(sp)
80400f26:	c226                	sw	s1,4(sp)
80400f28:	c015                	beqz	s0,80400f4c <ulib_flush_stdout+0x36>
80400f2a:	804184b7          	lui	s1,0x80418
80400f2e:	3e848493          	add	s1,s1,1000 # 804183e8 <out_buf>
80400f32:	a019                	j	80400f38 <ulib_flush_stdout+0x22>
80400f34:	94aa                	add	s1,s1,a0
80400f36:	c819                	beqz	s0,80400f4c <ulib_flush_stdout+0x36>
80400f38:	8622                	mv	a2,s0
80400f3a:	85a6                	mv	a1,s1
80400f3c:	4505                	li	a0,1
80400f3e:	00000097          	auipc	ra,0x0
80400f42:	dd2080e7          	jalr	-558(ra) # 80400d10 <write>
80400f46:	8c09                	sub	s0,s0,a0
80400f48:	fea046e3          	bgtz	a0,80400f34 <ulib_flush_stdout+0x1e>
80400f4c:	40b2                	lw	ra,12(sp)
80400f4e:	4422                	lw	s0,8(sp)
80400f50:	10092823          	sw	zero,272(s2)
80400f54:	4492                	lw	s1,4(sp)
80400f56:	4902                	lw	s2,0(sp)
80400f58:	0141                	add	sp,sp,16
80400f5a:	8082                	ret

80400f5c <__lshrdi3>:
80400f5c:	ca19                	beqz	a2,80400f72 <__lshrdi3+0x16>
80400f5e:	02000793          	li	a5,32
80400f62:	8f91                	sub	a5,a5,a2
80400f64:	00f04863          	bgtz	a5,80400f74 <__lshrdi3+0x18>
80400f68:	1601                	add	a2,a2,-32 # 7ffe0 <errno+0x7ffe0>
80400f6a:	00c5d533          	srl	a0,a1,a2
80400f6e:	4701                	li	a4,0
80400f70:	85ba                	mv	a1,a4
80400f72:	8082                	ret
80400f74:	00c5d733          	srl	a4,a1,a2
80400f78:	00c55533          	srl	a0,a0,a2
80400f7c:	00f595b3          	sll	a1,a1,a5
80400f80:	8d4d                	or	a0,a0,a1
80400f82:	b7fd                	j	80400f70 <__lshrdi3+0x14>

80400f84 <__ashldi3>:
80400f84:	ca19                	beqz	a2,80400f9a <__ashldi3+0x16>
80400f86:	02000793          	li	a5,32
80400f8a:	8f91                	sub	a5,a5,a2
80400f8c:	00f04863          	bgtz	a5,80400f9c <__ashldi3+0x18>
80400f90:	1601                	add	a2,a2,-32
80400f92:	00c515b3          	sll	a1,a0,a2
80400f96:	4701                	li	a4,0
80400f98:	853a                	mv	a0,a4
80400f9a:	8082                	ret
80400f9c:	00c51733          	sll	a4,a0,a2
80400fa0:	00c595b3          	sll	a1,a1,a2
80400fa4:	00f55533          	srl	a0,a0,a5
80400fa8:	8dc9                	or	a1,a1,a0
80400faa:	b7fd                	j	80400f98 <__ashldi3+0x14>

80400fac <__ashrdi3>:
80400fac:	ce01                	beqz	a2,80400fc4 <__ashrdi3+0x18>
80400fae:	02000793          	li	a5,32
80400fb2:	8f91                	sub	a5,a5,a2
80400fb4:	00f04963          	bgtz	a5,80400fc6 <__ashrdi3+0x1a>
80400fb8:	1601                	add	a2,a2,-32
80400fba:	41f5d713          	sra	a4,a1,0x1f
80400fbe:	40c5d533          	sra	a0,a1,a2
80400fc2:	85ba                	mv	a1,a4
80400fc4:	8082                	ret
80400fc6:	40c5d733          	sra	a4,a1,a2
80400fca:	00c55533          	srl	a0,a0,a2
80400fce:	00f595b3          	sll	a1,a1,a5
80400fd2:	8d4d                	or	a0,a0,a1
80400fd4:	b7fd                	j	80400fc2 <__ashrdi3+0x16>

80400fd6 <__ctzsi2>:
80400fd6:	40a007b3          	neg	a5,a0
80400fda:	8d7d                	and	a0,a0,a5
80400fdc:	67c1                	lui	a5,0x10
80400fde:	02f57363          	bgeu	a0,a5,80401004 <__ctzsi2+0x2e>
80400fe2:	10053793          	sltiu	a5,a0,256
80400fe6:	0017c793          	xor	a5,a5,1
80400fea:	078e                	sll	a5,a5,0x3
80400fec:	00f55533          	srl	a0,a0,a5
80400ff0:	00003717          	auipc	a4,0x3
80400ff4:	7ec70713          	add	a4,a4,2028 # 804047dc <__clz_tab>
80400ff8:	972a                	add	a4,a4,a0
80400ffa:	00074503          	lbu	a0,0(a4)
80400ffe:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80401000:	953e                	add	a0,a0,a5
80401002:	8082                	ret
80401004:	01000737          	lui	a4,0x1000
80401008:	47c1                	li	a5,16
8040100a:	fee561e3          	bltu	a0,a4,80400fec <__ctzsi2+0x16>
8040100e:	47e1                	li	a5,24
80401010:	bff1                	j	80400fec <__ctzsi2+0x16>

80401012 <__udivdi3>:
80401012:	88aa                	mv	a7,a0
80401014:	832e                	mv	t1,a1
80401016:	8732                	mv	a4,a2
80401018:	882a                	mv	a6,a0
8040101a:	87ae                	mv	a5,a1
8040101c:	20069663          	bnez	a3,80401228 <__udivdi3+0x216>
80401020:	00003597          	auipc	a1,0x3
80401024:	7bc58593          	add	a1,a1,1980 # 804047dc <__clz_tab>
80401028:	0cc37163          	bgeu	t1,a2,804010ea <__udivdi3+0xd8>
8040102c:	66c1                	lui	a3,0x10
8040102e:	0ad67763          	bgeu	a2,a3,804010dc <__udivdi3+0xca>
80401032:	10063693          	sltiu	a3,a2,256
80401036:	0016c693          	xor	a3,a3,1
8040103a:	068e                	sll	a3,a3,0x3
8040103c:	00d65533          	srl	a0,a2,a3
80401040:	95aa                	add	a1,a1,a0
80401042:	0005c583          	lbu	a1,0(a1)
80401046:	02000513          	li	a0,32
8040104a:	96ae                	add	a3,a3,a1
8040104c:	40d505b3          	sub	a1,a0,a3
80401050:	00d50b63          	beq	a0,a3,80401066 <__udivdi3+0x54>
80401054:	00b317b3          	sll	a5,t1,a1
80401058:	00d8d6b3          	srl	a3,a7,a3
8040105c:	00b61733          	sll	a4,a2,a1
80401060:	8fd5                	or	a5,a5,a3
80401062:	00b89833          	sll	a6,a7,a1
80401066:	01075593          	srl	a1,a4,0x10
8040106a:	02b7d333          	divu	t1,a5,a1
8040106e:	01071613          	sll	a2,a4,0x10
80401072:	8241                	srl	a2,a2,0x10
80401074:	02b7f7b3          	remu	a5,a5,a1
80401078:	851a                	mv	a0,t1
8040107a:	026608b3          	mul	a7,a2,t1
8040107e:	01079693          	sll	a3,a5,0x10
80401082:	01085793          	srl	a5,a6,0x10
80401086:	8fd5                	or	a5,a5,a3
80401088:	0117fc63          	bgeu	a5,a7,804010a0 <__udivdi3+0x8e>
8040108c:	97ba                	add	a5,a5,a4
8040108e:	fff30513          	add	a0,t1,-1
80401092:	00e7e763          	bltu	a5,a4,804010a0 <__udivdi3+0x8e>
80401096:	0117f563          	bgeu	a5,a7,804010a0 <__udivdi3+0x8e>
8040109a:	ffe30513          	add	a0,t1,-2
8040109e:	97ba                	add	a5,a5,a4
804010a0:	411787b3          	sub	a5,a5,a7
804010a4:	02b7d8b3          	divu	a7,a5,a1
804010a8:	0842                	sll	a6,a6,0x10
804010aa:	01085813          	srl	a6,a6,0x10
804010ae:	02b7f7b3          	remu	a5,a5,a1
804010b2:	031606b3          	mul	a3,a2,a7
804010b6:	07c2                	sll	a5,a5,0x10
804010b8:	00f86833          	or	a6,a6,a5
804010bc:	87c6                	mv	a5,a7
804010be:	00d87b63          	bgeu	a6,a3,804010d4 <__udivdi3+0xc2>
804010c2:	983a                	add	a6,a6,a4
804010c4:	fff88793          	add	a5,a7,-1 # 803fffff <errno+0x803fffff>
804010c8:	00e86663          	bltu	a6,a4,804010d4 <__udivdi3+0xc2>
804010cc:	00d87463          	bgeu	a6,a3,804010d4 <__udivdi3+0xc2>
804010d0:	ffe88793          	add	a5,a7,-2
804010d4:	0542                	sll	a0,a0,0x10
804010d6:	8d5d                	or	a0,a0,a5
804010d8:	4581                	li	a1,0
804010da:	8082                	ret
804010dc:	01000537          	lui	a0,0x1000
804010e0:	46c1                	li	a3,16
804010e2:	f4a66de3          	bltu	a2,a0,8040103c <__udivdi3+0x2a>
804010e6:	46e1                	li	a3,24
804010e8:	bf91                	j	8040103c <__udivdi3+0x2a>
804010ea:	4681                	li	a3,0
804010ec:	ca09                	beqz	a2,804010fe <__udivdi3+0xec>
804010ee:	67c1                	lui	a5,0x10
804010f0:	08f67f63          	bgeu	a2,a5,8040118e <__udivdi3+0x17c>
804010f4:	10063693          	sltiu	a3,a2,256
804010f8:	0016c693          	xor	a3,a3,1
804010fc:	068e                	sll	a3,a3,0x3
804010fe:	00d657b3          	srl	a5,a2,a3
80401102:	95be                	add	a1,a1,a5
80401104:	0005c783          	lbu	a5,0(a1)
80401108:	97b6                	add	a5,a5,a3
8040110a:	02000693          	li	a3,32
8040110e:	40f685b3          	sub	a1,a3,a5
80401112:	08f69563          	bne	a3,a5,8040119c <__udivdi3+0x18a>
80401116:	40c307b3          	sub	a5,t1,a2
8040111a:	4585                	li	a1,1
8040111c:	01075893          	srl	a7,a4,0x10
80401120:	0317de33          	divu	t3,a5,a7
80401124:	01071613          	sll	a2,a4,0x10
80401128:	8241                	srl	a2,a2,0x10
8040112a:	01085693          	srl	a3,a6,0x10
8040112e:	0317f7b3          	remu	a5,a5,a7
80401132:	8572                	mv	a0,t3
80401134:	03c60333          	mul	t1,a2,t3
80401138:	07c2                	sll	a5,a5,0x10
8040113a:	8fd5                	or	a5,a5,a3
8040113c:	0067fc63          	bgeu	a5,t1,80401154 <__udivdi3+0x142>
80401140:	97ba                	add	a5,a5,a4
80401142:	fffe0513          	add	a0,t3,-1 # 80404fff <stdout+0x713>
80401146:	00e7e763          	bltu	a5,a4,80401154 <__udivdi3+0x142>
8040114a:	0067f563          	bgeu	a5,t1,80401154 <__udivdi3+0x142>
8040114e:	ffee0513          	add	a0,t3,-2
80401152:	97ba                	add	a5,a5,a4
80401154:	406787b3          	sub	a5,a5,t1
80401158:	0317d333          	divu	t1,a5,a7
8040115c:	0842                	sll	a6,a6,0x10
8040115e:	01085813          	srl	a6,a6,0x10
80401162:	0317f7b3          	remu	a5,a5,a7
80401166:	026606b3          	mul	a3,a2,t1
8040116a:	07c2                	sll	a5,a5,0x10
8040116c:	00f86833          	or	a6,a6,a5
80401170:	879a                	mv	a5,t1
80401172:	00d87b63          	bgeu	a6,a3,80401188 <__udivdi3+0x176>
80401176:	983a                	add	a6,a6,a4
80401178:	fff30793          	add	a5,t1,-1
8040117c:	00e86663          	bltu	a6,a4,80401188 <__udivdi3+0x176>
80401180:	00d87463          	bgeu	a6,a3,80401188 <__udivdi3+0x176>
80401184:	ffe30793          	add	a5,t1,-2
80401188:	0542                	sll	a0,a0,0x10
8040118a:	8d5d                	or	a0,a0,a5
8040118c:	8082                	ret
8040118e:	010007b7          	lui	a5,0x1000
80401192:	46c1                	li	a3,16
80401194:	f6f665e3          	bltu	a2,a5,804010fe <__udivdi3+0xec>
80401198:	46e1                	li	a3,24
8040119a:	b795                	j	804010fe <__udivdi3+0xec>
8040119c:	00b61733          	sll	a4,a2,a1
804011a0:	00f356b3          	srl	a3,t1,a5
804011a4:	01075513          	srl	a0,a4,0x10
804011a8:	00b31333          	sll	t1,t1,a1
804011ac:	00f8d7b3          	srl	a5,a7,a5
804011b0:	0067e7b3          	or	a5,a5,t1
804011b4:	02a6d333          	divu	t1,a3,a0
804011b8:	01071613          	sll	a2,a4,0x10
804011bc:	8241                	srl	a2,a2,0x10
804011be:	00b89833          	sll	a6,a7,a1
804011c2:	02a6f6b3          	remu	a3,a3,a0
804011c6:	026608b3          	mul	a7,a2,t1
804011ca:	01069593          	sll	a1,a3,0x10
804011ce:	0107d693          	srl	a3,a5,0x10
804011d2:	8ecd                	or	a3,a3,a1
804011d4:	859a                	mv	a1,t1
804011d6:	0116fc63          	bgeu	a3,a7,804011ee <__udivdi3+0x1dc>
804011da:	96ba                	add	a3,a3,a4
804011dc:	fff30593          	add	a1,t1,-1
804011e0:	00e6e763          	bltu	a3,a4,804011ee <__udivdi3+0x1dc>
804011e4:	0116f563          	bgeu	a3,a7,804011ee <__udivdi3+0x1dc>
804011e8:	ffe30593          	add	a1,t1,-2
804011ec:	96ba                	add	a3,a3,a4
804011ee:	411686b3          	sub	a3,a3,a7
804011f2:	02a6d8b3          	divu	a7,a3,a0
804011f6:	07c2                	sll	a5,a5,0x10
804011f8:	83c1                	srl	a5,a5,0x10
804011fa:	02a6f6b3          	remu	a3,a3,a0
804011fe:	03160633          	mul	a2,a2,a7
80401202:	06c2                	sll	a3,a3,0x10
80401204:	8fd5                	or	a5,a5,a3
80401206:	86c6                	mv	a3,a7
80401208:	00c7fc63          	bgeu	a5,a2,80401220 <__udivdi3+0x20e>
8040120c:	97ba                	add	a5,a5,a4
8040120e:	fff88693          	add	a3,a7,-1
80401212:	00e7e763          	bltu	a5,a4,80401220 <__udivdi3+0x20e>
80401216:	00c7f563          	bgeu	a5,a2,80401220 <__udivdi3+0x20e>
8040121a:	ffe88693          	add	a3,a7,-2
8040121e:	97ba                	add	a5,a5,a4
80401220:	05c2                	sll	a1,a1,0x10
80401222:	8f91                	sub	a5,a5,a2
80401224:	8dd5                	or	a1,a1,a3
80401226:	bddd                	j	8040111c <__udivdi3+0x10a>
80401228:	14d5e163          	bltu	a1,a3,8040136a <__udivdi3+0x358>
8040122c:	67c1                	lui	a5,0x10
8040122e:	02f6ff63          	bgeu	a3,a5,8040126c <__udivdi3+0x25a>
80401232:	1006b713          	sltiu	a4,a3,256
80401236:	00174713          	xor	a4,a4,1
8040123a:	070e                	sll	a4,a4,0x3
8040123c:	00e6d5b3          	srl	a1,a3,a4
80401240:	00003797          	auipc	a5,0x3
80401244:	59c78793          	add	a5,a5,1436 # 804047dc <__clz_tab>
80401248:	97ae                	add	a5,a5,a1
8040124a:	0007c783          	lbu	a5,0(a5)
8040124e:	97ba                	add	a5,a5,a4
80401250:	02000713          	li	a4,32
80401254:	40f705b3          	sub	a1,a4,a5
80401258:	02f71163          	bne	a4,a5,8040127a <__udivdi3+0x268>
8040125c:	4505                	li	a0,1
8040125e:	e666eee3          	bltu	a3,t1,804010da <__udivdi3+0xc8>
80401262:	00c8b533          	sltu	a0,a7,a2
80401266:	00154513          	xor	a0,a0,1
8040126a:	8082                	ret
8040126c:	010007b7          	lui	a5,0x1000
80401270:	4741                	li	a4,16
80401272:	fcf6e5e3          	bltu	a3,a5,8040123c <__udivdi3+0x22a>
80401276:	4761                	li	a4,24
80401278:	b7d1                	j	8040123c <__udivdi3+0x22a>
8040127a:	00f65733          	srl	a4,a2,a5
8040127e:	00b696b3          	sll	a3,a3,a1
80401282:	8ed9                	or	a3,a3,a4
80401284:	00f35733          	srl	a4,t1,a5
80401288:	00b31333          	sll	t1,t1,a1
8040128c:	00f8d7b3          	srl	a5,a7,a5
80401290:	0067e7b3          	or	a5,a5,t1
80401294:	0106d313          	srl	t1,a3,0x10
80401298:	02675eb3          	divu	t4,a4,t1
8040129c:	01069813          	sll	a6,a3,0x10
804012a0:	01085813          	srl	a6,a6,0x10
804012a4:	00b61633          	sll	a2,a2,a1
804012a8:	02677733          	remu	a4,a4,t1
804012ac:	03d80e33          	mul	t3,a6,t4
804012b0:	01071513          	sll	a0,a4,0x10
804012b4:	0107d713          	srl	a4,a5,0x10
804012b8:	8f49                	or	a4,a4,a0
804012ba:	8576                	mv	a0,t4
804012bc:	01c77c63          	bgeu	a4,t3,804012d4 <__udivdi3+0x2c2>
804012c0:	9736                	add	a4,a4,a3
804012c2:	fffe8513          	add	a0,t4,-1
804012c6:	00d76763          	bltu	a4,a3,804012d4 <__udivdi3+0x2c2>
804012ca:	01c77563          	bgeu	a4,t3,804012d4 <__udivdi3+0x2c2>
804012ce:	ffee8513          	add	a0,t4,-2
804012d2:	9736                	add	a4,a4,a3
804012d4:	41c70733          	sub	a4,a4,t3
804012d8:	02675e33          	divu	t3,a4,t1
804012dc:	07c2                	sll	a5,a5,0x10
804012de:	83c1                	srl	a5,a5,0x10
804012e0:	02677733          	remu	a4,a4,t1
804012e4:	03c80833          	mul	a6,a6,t3
804012e8:	0742                	sll	a4,a4,0x10
804012ea:	8fd9                	or	a5,a5,a4
804012ec:	8772                	mv	a4,t3
804012ee:	0107fc63          	bgeu	a5,a6,80401306 <__udivdi3+0x2f4>
804012f2:	97b6                	add	a5,a5,a3
804012f4:	fffe0713          	add	a4,t3,-1
804012f8:	00d7e763          	bltu	a5,a3,80401306 <__udivdi3+0x2f4>
804012fc:	0107f563          	bgeu	a5,a6,80401306 <__udivdi3+0x2f4>
80401300:	ffee0713          	add	a4,t3,-2
80401304:	97b6                	add	a5,a5,a3
80401306:	0542                	sll	a0,a0,0x10
80401308:	6e41                	lui	t3,0x10
8040130a:	8d59                	or	a0,a0,a4
8040130c:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
80401310:	00d57733          	and	a4,a0,a3
80401314:	410787b3          	sub	a5,a5,a6
80401318:	8ef1                	and	a3,a3,a2
8040131a:	01055813          	srl	a6,a0,0x10
8040131e:	8241                	srl	a2,a2,0x10
80401320:	02d70333          	mul	t1,a4,a3
80401324:	02d806b3          	mul	a3,a6,a3
80401328:	02c70733          	mul	a4,a4,a2
8040132c:	02c80833          	mul	a6,a6,a2
80401330:	00d70633          	add	a2,a4,a3
80401334:	01035713          	srl	a4,t1,0x10
80401338:	9732                	add	a4,a4,a2
8040133a:	00d77363          	bgeu	a4,a3,80401340 <__udivdi3+0x32e>
8040133e:	9872                	add	a6,a6,t3
80401340:	01075693          	srl	a3,a4,0x10
80401344:	96c2                	add	a3,a3,a6
80401346:	02d7e063          	bltu	a5,a3,80401366 <__udivdi3+0x354>
8040134a:	d8d797e3          	bne	a5,a3,804010d8 <__udivdi3+0xc6>
8040134e:	67c1                	lui	a5,0x10
80401350:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80401352:	8f7d                	and	a4,a4,a5
80401354:	0742                	sll	a4,a4,0x10
80401356:	00f37333          	and	t1,t1,a5
8040135a:	00b898b3          	sll	a7,a7,a1
8040135e:	971a                	add	a4,a4,t1
80401360:	4581                	li	a1,0
80401362:	d6e8fce3          	bgeu	a7,a4,804010da <__udivdi3+0xc8>
80401366:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
80401368:	bb85                	j	804010d8 <__udivdi3+0xc6>
8040136a:	4581                	li	a1,0
8040136c:	4501                	li	a0,0
8040136e:	8082                	ret

80401370 <__umoddi3>:
80401370:	8832                	mv	a6,a2
80401372:	87aa                	mv	a5,a0
80401374:	872e                	mv	a4,a1
80401376:	1a069363          	bnez	a3,8040151c <__umoddi3+0x1ac>
8040137a:	00003897          	auipc	a7,0x3
8040137e:	46288893          	add	a7,a7,1122 # 804047dc <__clz_tab>
80401382:	0ac5f663          	bgeu	a1,a2,8040142e <__umoddi3+0xbe>
80401386:	66c1                	lui	a3,0x10
80401388:	08d67c63          	bgeu	a2,a3,80401420 <__umoddi3+0xb0>
8040138c:	10063693          	sltiu	a3,a2,256
80401390:	0016c693          	xor	a3,a3,1
80401394:	068e                	sll	a3,a3,0x3
80401396:	00d65333          	srl	t1,a2,a3
8040139a:	989a                	add	a7,a7,t1
8040139c:	0008c883          	lbu	a7,0(a7)
804013a0:	02000313          	li	t1,32
804013a4:	96c6                	add	a3,a3,a7
804013a6:	40d308b3          	sub	a7,t1,a3
804013aa:	00d30b63          	beq	t1,a3,804013c0 <__umoddi3+0x50>
804013ae:	01159733          	sll	a4,a1,a7
804013b2:	00d556b3          	srl	a3,a0,a3
804013b6:	01161833          	sll	a6,a2,a7
804013ba:	8f55                	or	a4,a4,a3
804013bc:	011517b3          	sll	a5,a0,a7
804013c0:	01085613          	srl	a2,a6,0x10
804013c4:	02c756b3          	divu	a3,a4,a2
804013c8:	01081513          	sll	a0,a6,0x10
804013cc:	8141                	srl	a0,a0,0x10
804013ce:	02c77733          	remu	a4,a4,a2
804013d2:	02a686b3          	mul	a3,a3,a0
804013d6:	01071593          	sll	a1,a4,0x10
804013da:	0107d713          	srl	a4,a5,0x10
804013de:	8f4d                	or	a4,a4,a1
804013e0:	00d77863          	bgeu	a4,a3,804013f0 <__umoddi3+0x80>
804013e4:	9742                	add	a4,a4,a6
804013e6:	01076563          	bltu	a4,a6,804013f0 <__umoddi3+0x80>
804013ea:	00d77363          	bgeu	a4,a3,804013f0 <__umoddi3+0x80>
804013ee:	9742                	add	a4,a4,a6
804013f0:	8f15                	sub	a4,a4,a3
804013f2:	02c756b3          	divu	a3,a4,a2
804013f6:	02c77733          	remu	a4,a4,a2
804013fa:	02a686b3          	mul	a3,a3,a0
804013fe:	07c2                	sll	a5,a5,0x10
80401400:	0742                	sll	a4,a4,0x10
80401402:	83c1                	srl	a5,a5,0x10
80401404:	8fd9                	or	a5,a5,a4
80401406:	00d7f863          	bgeu	a5,a3,80401416 <__umoddi3+0xa6>
8040140a:	97c2                	add	a5,a5,a6
8040140c:	0107e563          	bltu	a5,a6,80401416 <__umoddi3+0xa6>
80401410:	00d7f363          	bgeu	a5,a3,80401416 <__umoddi3+0xa6>
80401414:	97c2                	add	a5,a5,a6
80401416:	8f95                	sub	a5,a5,a3
80401418:	0117d533          	srl	a0,a5,a7
8040141c:	4581                	li	a1,0
8040141e:	8082                	ret
80401420:	01000337          	lui	t1,0x1000
80401424:	46c1                	li	a3,16
80401426:	f66668e3          	bltu	a2,t1,80401396 <__umoddi3+0x26>
8040142a:	46e1                	li	a3,24
8040142c:	b7ad                	j	80401396 <__umoddi3+0x26>
8040142e:	4681                	li	a3,0
80401430:	ca09                	beqz	a2,80401442 <__umoddi3+0xd2>
80401432:	6741                	lui	a4,0x10
80401434:	06e67463          	bgeu	a2,a4,8040149c <__umoddi3+0x12c>
80401438:	10063693          	sltiu	a3,a2,256
8040143c:	0016c693          	xor	a3,a3,1
80401440:	068e                	sll	a3,a3,0x3
80401442:	00d65733          	srl	a4,a2,a3
80401446:	98ba                	add	a7,a7,a4
80401448:	0008c703          	lbu	a4,0(a7)
8040144c:	9736                	add	a4,a4,a3
8040144e:	02000693          	li	a3,32
80401452:	40e688b3          	sub	a7,a3,a4
80401456:	04e69a63          	bne	a3,a4,804014aa <__umoddi3+0x13a>
8040145a:	40c58733          	sub	a4,a1,a2
8040145e:	01085593          	srl	a1,a6,0x10
80401462:	02b75633          	divu	a2,a4,a1
80401466:	01081513          	sll	a0,a6,0x10
8040146a:	8141                	srl	a0,a0,0x10
8040146c:	0107d693          	srl	a3,a5,0x10
80401470:	02b77733          	remu	a4,a4,a1
80401474:	02a60633          	mul	a2,a2,a0
80401478:	0742                	sll	a4,a4,0x10
8040147a:	8f55                	or	a4,a4,a3
8040147c:	00c77863          	bgeu	a4,a2,8040148c <__umoddi3+0x11c>
80401480:	9742                	add	a4,a4,a6
80401482:	01076563          	bltu	a4,a6,8040148c <__umoddi3+0x11c>
80401486:	00c77363          	bgeu	a4,a2,8040148c <__umoddi3+0x11c>
8040148a:	9742                	add	a4,a4,a6
8040148c:	8f11                	sub	a4,a4,a2
8040148e:	02b756b3          	divu	a3,a4,a1
80401492:	02b77733          	remu	a4,a4,a1
80401496:	02a686b3          	mul	a3,a3,a0
8040149a:	b795                	j	804013fe <__umoddi3+0x8e>
8040149c:	01000737          	lui	a4,0x1000
804014a0:	46c1                	li	a3,16
804014a2:	fae660e3          	bltu	a2,a4,80401442 <__umoddi3+0xd2>
804014a6:	46e1                	li	a3,24
804014a8:	bf69                	j	80401442 <__umoddi3+0xd2>
804014aa:	01161833          	sll	a6,a2,a7
804014ae:	00e5d6b3          	srl	a3,a1,a4
804014b2:	011517b3          	sll	a5,a0,a7
804014b6:	011595b3          	sll	a1,a1,a7
804014ba:	00e55733          	srl	a4,a0,a4
804014be:	01085513          	srl	a0,a6,0x10
804014c2:	8f4d                	or	a4,a4,a1
804014c4:	02a6d5b3          	divu	a1,a3,a0
804014c8:	01081313          	sll	t1,a6,0x10
804014cc:	01035313          	srl	t1,t1,0x10
804014d0:	02a6f6b3          	remu	a3,a3,a0
804014d4:	026585b3          	mul	a1,a1,t1
804014d8:	01069613          	sll	a2,a3,0x10
804014dc:	01075693          	srl	a3,a4,0x10
804014e0:	8ed1                	or	a3,a3,a2
804014e2:	00b6f863          	bgeu	a3,a1,804014f2 <__umoddi3+0x182>
804014e6:	96c2                	add	a3,a3,a6
804014e8:	0106e563          	bltu	a3,a6,804014f2 <__umoddi3+0x182>
804014ec:	00b6f363          	bgeu	a3,a1,804014f2 <__umoddi3+0x182>
804014f0:	96c2                	add	a3,a3,a6
804014f2:	8e8d                	sub	a3,a3,a1
804014f4:	02a6d633          	divu	a2,a3,a0
804014f8:	0742                	sll	a4,a4,0x10
804014fa:	8341                	srl	a4,a4,0x10
804014fc:	02a6f6b3          	remu	a3,a3,a0
80401500:	02660633          	mul	a2,a2,t1
80401504:	06c2                	sll	a3,a3,0x10
80401506:	8f55                	or	a4,a4,a3
80401508:	00c77863          	bgeu	a4,a2,80401518 <__umoddi3+0x1a8>
8040150c:	9742                	add	a4,a4,a6
8040150e:	01076563          	bltu	a4,a6,80401518 <__umoddi3+0x1a8>
80401512:	00c77363          	bgeu	a4,a2,80401518 <__umoddi3+0x1a8>
80401516:	9742                	add	a4,a4,a6
80401518:	8f11                	sub	a4,a4,a2
8040151a:	b791                	j	8040145e <__umoddi3+0xee>
8040151c:	16d5ed63          	bltu	a1,a3,80401696 <__umoddi3+0x326>
80401520:	6841                	lui	a6,0x10
80401522:	0506f763          	bgeu	a3,a6,80401570 <__umoddi3+0x200>
80401526:	1006b813          	sltiu	a6,a3,256
8040152a:	00184813          	xor	a6,a6,1
8040152e:	080e                	sll	a6,a6,0x3
80401530:	0106d333          	srl	t1,a3,a6
80401534:	00003897          	auipc	a7,0x3
80401538:	2a888893          	add	a7,a7,680 # 804047dc <__clz_tab>
8040153c:	989a                	add	a7,a7,t1
8040153e:	0008c883          	lbu	a7,0(a7)
80401542:	02000313          	li	t1,32
80401546:	98c2                	add	a7,a7,a6
80401548:	41130833          	sub	a6,t1,a7
8040154c:	03131963          	bne	t1,a7,8040157e <__umoddi3+0x20e>
80401550:	00b6e463          	bltu	a3,a1,80401558 <__umoddi3+0x1e8>
80401554:	00c56b63          	bltu	a0,a2,8040156a <__umoddi3+0x1fa>
80401558:	40c50633          	sub	a2,a0,a2
8040155c:	40d586b3          	sub	a3,a1,a3
80401560:	00c53733          	sltu	a4,a0,a2
80401564:	87b2                	mv	a5,a2
80401566:	40e68733          	sub	a4,a3,a4
8040156a:	853e                	mv	a0,a5
8040156c:	85ba                	mv	a1,a4
8040156e:	8082                	ret
80401570:	010008b7          	lui	a7,0x1000
80401574:	4841                	li	a6,16
80401576:	fb16ede3          	bltu	a3,a7,80401530 <__umoddi3+0x1c0>
8040157a:	4861                	li	a6,24
8040157c:	bf55                	j	80401530 <__umoddi3+0x1c0>
8040157e:	011657b3          	srl	a5,a2,a7
80401582:	010696b3          	sll	a3,a3,a6
80401586:	8edd                	or	a3,a3,a5
80401588:	0115d733          	srl	a4,a1,a7
8040158c:	0106de13          	srl	t3,a3,0x10
80401590:	03c75f33          	divu	t5,a4,t3
80401594:	01069313          	sll	t1,a3,0x10
80401598:	01035313          	srl	t1,t1,0x10
8040159c:	010597b3          	sll	a5,a1,a6
804015a0:	011555b3          	srl	a1,a0,a7
804015a4:	8ddd                	or	a1,a1,a5
804015a6:	0105d793          	srl	a5,a1,0x10
804015aa:	01061633          	sll	a2,a2,a6
804015ae:	01051533          	sll	a0,a0,a6
804015b2:	03c77733          	remu	a4,a4,t3
804015b6:	03e30eb3          	mul	t4,t1,t5
804015ba:	0742                	sll	a4,a4,0x10
804015bc:	8fd9                	or	a5,a5,a4
804015be:	877a                	mv	a4,t5
804015c0:	01d7fc63          	bgeu	a5,t4,804015d8 <__umoddi3+0x268>
804015c4:	97b6                	add	a5,a5,a3
804015c6:	ffff0713          	add	a4,t5,-1
804015ca:	00d7e763          	bltu	a5,a3,804015d8 <__umoddi3+0x268>
804015ce:	01d7f563          	bgeu	a5,t4,804015d8 <__umoddi3+0x268>
804015d2:	ffef0713          	add	a4,t5,-2
804015d6:	97b6                	add	a5,a5,a3
804015d8:	41d787b3          	sub	a5,a5,t4
804015dc:	03c7deb3          	divu	t4,a5,t3
804015e0:	05c2                	sll	a1,a1,0x10
804015e2:	81c1                	srl	a1,a1,0x10
804015e4:	03c7f7b3          	remu	a5,a5,t3
804015e8:	8e76                	mv	t3,t4
804015ea:	03d30333          	mul	t1,t1,t4
804015ee:	07c2                	sll	a5,a5,0x10
804015f0:	8ddd                	or	a1,a1,a5
804015f2:	0065fc63          	bgeu	a1,t1,8040160a <__umoddi3+0x29a>
804015f6:	95b6                	add	a1,a1,a3
804015f8:	fffe8e13          	add	t3,t4,-1
804015fc:	00d5e763          	bltu	a1,a3,8040160a <__umoddi3+0x29a>
80401600:	0065f563          	bgeu	a1,t1,8040160a <__umoddi3+0x29a>
80401604:	ffee8e13          	add	t3,t4,-2
80401608:	95b6                	add	a1,a1,a3
8040160a:	01071793          	sll	a5,a4,0x10
8040160e:	6f41                	lui	t5,0x10
80401610:	01c7e7b3          	or	a5,a5,t3
80401614:	406585b3          	sub	a1,a1,t1
80401618:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
8040161c:	0067f733          	and	a4,a5,t1
80401620:	01065e13          	srl	t3,a2,0x10
80401624:	83c1                	srl	a5,a5,0x10
80401626:	00667333          	and	t1,a2,t1
8040162a:	02670eb3          	mul	t4,a4,t1
8040162e:	02678333          	mul	t1,a5,t1
80401632:	03c70733          	mul	a4,a4,t3
80401636:	03c787b3          	mul	a5,a5,t3
8040163a:	00670e33          	add	t3,a4,t1
8040163e:	010ed713          	srl	a4,t4,0x10
80401642:	9772                	add	a4,a4,t3
80401644:	00677363          	bgeu	a4,t1,8040164a <__umoddi3+0x2da>
80401648:	97fa                	add	a5,a5,t5
8040164a:	01075313          	srl	t1,a4,0x10
8040164e:	979a                	add	a5,a5,t1
80401650:	6341                	lui	t1,0x10
80401652:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
80401654:	00677733          	and	a4,a4,t1
80401658:	0742                	sll	a4,a4,0x10
8040165a:	006efeb3          	and	t4,t4,t1
8040165e:	9776                	add	a4,a4,t4
80401660:	00f5e663          	bltu	a1,a5,8040166c <__umoddi3+0x2fc>
80401664:	00f59b63          	bne	a1,a5,8040167a <__umoddi3+0x30a>
80401668:	00e57963          	bgeu	a0,a4,8040167a <__umoddi3+0x30a>
8040166c:	40c70633          	sub	a2,a4,a2
80401670:	00c73333          	sltu	t1,a4,a2
80401674:	969a                	add	a3,a3,t1
80401676:	8732                	mv	a4,a2
80401678:	8f95                	sub	a5,a5,a3
8040167a:	40e50733          	sub	a4,a0,a4
8040167e:	00e53533          	sltu	a0,a0,a4
80401682:	8d9d                	sub	a1,a1,a5
80401684:	8d89                	sub	a1,a1,a0
80401686:	011598b3          	sll	a7,a1,a7
8040168a:	01075733          	srl	a4,a4,a6
8040168e:	00e8e533          	or	a0,a7,a4
80401692:	0105d5b3          	srl	a1,a1,a6
80401696:	8082                	ret

80401698 <__riscv_save_12>:
80401698:	7139                	add	sp,sp,-64
8040169a:	4301                	li	t1,0
8040169c:	c66e                	sw	s11,12(sp)
8040169e:	a019                	j	804016a4 <__riscv_save_10+0x4>

804016a0 <__riscv_save_10>:
804016a0:	7139                	add	sp,sp,-64
804016a2:	5341                	li	t1,-16
804016a4:	c86a                	sw	s10,16(sp)
804016a6:	ca66                	sw	s9,20(sp)
804016a8:	cc62                	sw	s8,24(sp)
804016aa:	ce5e                	sw	s7,28(sp)
804016ac:	a019                	j	804016b2 <__riscv_save_4+0x4>

804016ae <__riscv_save_4>:
804016ae:	7139                	add	sp,sp,-64
804016b0:	5301                	li	t1,-32
804016b2:	d05a                	sw	s6,32(sp)
804016b4:	d256                	sw	s5,36(sp)
804016b6:	d452                	sw	s4,40(sp)
804016b8:	d64e                	sw	s3,44(sp)
804016ba:	d84a                	sw	s2,48(sp)
804016bc:	da26                	sw	s1,52(sp)
804016be:	dc22                	sw	s0,56(sp)
804016c0:	de06                	sw	ra,60(sp)
804016c2:	40610133          	sub	sp,sp,t1
804016c6:	8282                	jr	t0

804016c8 <__riscv_save_0>:
804016c8:	1141                	add	sp,sp,-16
804016ca:	c04a                	sw	s2,0(sp)
804016cc:	c226                	sw	s1,4(sp)
804016ce:	c422                	sw	s0,8(sp)
804016d0:	c606                	sw	ra,12(sp)
804016d2:	8282                	jr	t0

804016d4 <__riscv_restore_12>:
804016d4:	4db2                	lw	s11,12(sp)
804016d6:	0141                	add	sp,sp,16

804016d8 <__riscv_restore_10>:
804016d8:	4d02                	lw	s10,0(sp)
804016da:	4c92                	lw	s9,4(sp)
804016dc:	4c22                	lw	s8,8(sp)
804016de:	4bb2                	lw	s7,12(sp)
804016e0:	0141                	add	sp,sp,16

804016e2 <__riscv_restore_4>:
804016e2:	4b02                	lw	s6,0(sp)
804016e4:	4a92                	lw	s5,4(sp)
804016e6:	4a22                	lw	s4,8(sp)
804016e8:	49b2                	lw	s3,12(sp)
804016ea:	0141                	add	sp,sp,16

804016ec <__riscv_restore_0>:
804016ec:	4902                	lw	s2,0(sp)
804016ee:	4492                	lw	s1,4(sp)
804016f0:	4422                	lw	s0,8(sp)
804016f2:	40b2                	lw	ra,12(sp)
804016f4:	0141                	add	sp,sp,16
804016f6:	8082                	ret

804016f8 <printf>:
804016f8:	7139                	add	sp,sp,-64
804016fa:	da3e                	sw	a5,52(sp)
804016fc:	804057b7          	lui	a5,0x80405
80401700:	d22e                	sw	a1,36(sp)
80401702:	85aa                	mv	a1,a0
80401704:	8ec7a503          	lw	a0,-1812(a5) # 804048ec <stdout>
80401708:	d432                	sw	a2,40(sp)
8040170a:	1050                	add	a2,sp,36
8040170c:	ce06                	sw	ra,28(sp)
8040170e:	d636                	sw	a3,44(sp)
80401710:	d83a                	sw	a4,48(sp)
80401712:	dc42                	sw	a6,56(sp)
80401714:	de46                	sw	a7,60(sp)
80401716:	c632                	sw	a2,12(sp)
80401718:	00000097          	auipc	ra,0x0
8040171c:	222080e7          	jalr	546(ra) # 8040193a <__d_vfprintf>
80401720:	40f2                	lw	ra,28(sp)
80401722:	6121                	add	sp,sp,64
80401724:	8082                	ret

80401726 <__ultoa_invert>:
80401726:	00000317          	auipc	t1,0x0
8040172a:	f7a302e7          	jalr	t0,-134(t1) # 804016a0 <__riscv_save_10>
8040172e:	2006f793          	and	a5,a3,512
80401732:	89aa                	mv	s3,a0
80401734:	8a2e                	mv	s4,a1
80401736:	8932                	mv	s2,a2
80401738:	84b6                	mv	s1,a3
8040173a:	02700b13          	li	s6,39
8040173e:	c781                	beqz	a5,80401746 <__ultoa_invert+0x20>
80401740:	dff6f493          	and	s1,a3,-513
80401744:	4b1d                	li	s6,7
80401746:	41f4da93          	sra	s5,s1,0x1f
8040174a:	4ca5                	li	s9,9
8040174c:	8626                	mv	a2,s1
8040174e:	86d6                	mv	a3,s5
80401750:	854e                	mv	a0,s3
80401752:	85d2                	mv	a1,s4
80401754:	00000097          	auipc	ra,0x0
80401758:	c1c080e7          	jalr	-996(ra) # 80401370 <__umoddi3>
8040175c:	85d2                	mv	a1,s4
8040175e:	0ff57413          	zext.b	s0,a0
80401762:	8626                	mv	a2,s1
80401764:	854e                	mv	a0,s3
80401766:	86d6                	mv	a3,s5
80401768:	00000097          	auipc	ra,0x0
8040176c:	8aa080e7          	jalr	-1878(ra) # 80401012 <__udivdi3>
80401770:	8c4e                	mv	s8,s3
80401772:	8bd2                	mv	s7,s4
80401774:	89aa                	mv	s3,a0
80401776:	8a2e                	mv	s4,a1
80401778:	008cf563          	bgeu	s9,s0,80401782 <__ultoa_invert+0x5c>
8040177c:	945a                	add	s0,s0,s6
8040177e:	0ff47413          	zext.b	s0,s0
80401782:	0905                	add	s2,s2,1
80401784:	03040413          	add	s0,s0,48
80401788:	fe890fa3          	sb	s0,-1(s2)
8040178c:	015be663          	bltu	s7,s5,80401798 <__ultoa_invert+0x72>
80401790:	fb7a9ee3          	bne	s5,s7,8040174c <__ultoa_invert+0x26>
80401794:	fa9c7ce3          	bgeu	s8,s1,8040174c <__ultoa_invert+0x26>
80401798:	854a                	mv	a0,s2
8040179a:	00000317          	auipc	t1,0x0
8040179e:	f3e30067          	jr	-194(t1) # 804016d8 <__riscv_restore_10>

804017a2 <skip_to_arg>:
804017a2:	00000317          	auipc	t1,0x0
804017a6:	efe302e7          	jalr	t0,-258(t1) # 804016a0 <__riscv_save_10>
804017aa:	4305                	li	t1,1
804017ac:	02500f13          	li	t5,37
804017b0:	88aa                	mv	a7,a0
804017b2:	00c34663          	blt	t1,a2,804017be <skip_to_arg+0x1c>
804017b6:	00000317          	auipc	t1,0x0
804017ba:	f2230067          	jr	-222(t1) # 804016d8 <__riscv_restore_10>
804017be:	87c6                	mv	a5,a7
804017c0:	88be                	mv	a7,a5
804017c2:	0007c703          	lbu	a4,0(a5)
804017c6:	0785                	add	a5,a5,1
804017c8:	d77d                	beqz	a4,804017b6 <skip_to_arg+0x14>
804017ca:	ffe71be3          	bne	a4,t5,804017c0 <skip_to_arg+0x1e>
804017ce:	0007c703          	lbu	a4,0(a5)
804017d2:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
804017d4:	ffe705e3          	beq	a4,t5,804017be <skip_to_arg+0x1c>
804017d8:	6ecd                	lui	t4,0x13
804017da:	4681                	li	a3,0
804017dc:	4e01                	li	t3,0
804017de:	4781                	li	a5,0
804017e0:	42fd                	li	t0,31
804017e2:	06c00f93          	li	t6,108
804017e6:	07400393          	li	t2,116
804017ea:	07a00413          	li	s0,122
804017ee:	06800493          	li	s1,104
804017f2:	06a00913          	li	s2,106
804017f6:	04c00993          	li	s3,76
804017fa:	4a25                	li	s4,9
804017fc:	02400a93          	li	s5,36
80401800:	07f00b13          	li	s6,127
80401804:	4bc1                	li	s7,16
80401806:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
8040180a:	04f2e263          	bltu	t0,a5,8040184e <skip_to_arg+0xac>
8040180e:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
80401812:	0ff87813          	zext.b	a6,a6
80401816:	030bf163          	bgeu	s7,a6,80401838 <skip_to_arg+0x96>
8040181a:	fd070813          	add	a6,a4,-48
8040181e:	0ff87813          	zext.b	a6,a6
80401822:	4c25                	li	s8,9
80401824:	050c6563          	bltu	s8,a6,8040186e <skip_to_arg+0xcc>
80401828:	47a9                	li	a5,10
8040182a:	02f687b3          	mul	a5,a3,a5
8040182e:	00f806b3          	add	a3,a6,a5
80401832:	02000793          	li	a5,32
80401836:	a039                	j	80401844 <skip_to_arg+0xa2>
80401838:	010ed833          	srl	a6,t4,a6
8040183c:	00187813          	and	a6,a6,1
80401840:	00080963          	beqz	a6,80401852 <skip_to_arg+0xb0>
80401844:	0008c703          	lbu	a4,0(a7)
80401848:	0885                	add	a7,a7,1
8040184a:	f361                	bnez	a4,8040180a <skip_to_arg+0x68>
8040184c:	a8b1                	j	804018a8 <skip_to_arg+0x106>
8040184e:	04fb6363          	bltu	s6,a5,80401894 <skip_to_arg+0xf2>
80401852:	fd070813          	add	a6,a4,-48
80401856:	0ff87813          	zext.b	a6,a6
8040185a:	fd0a77e3          	bgeu	s4,a6,80401828 <skip_to_arg+0x86>
8040185e:	03571563          	bne	a4,s5,80401888 <skip_to_arg+0xe6>
80401862:	0a0e0063          	beqz	t3,80401902 <skip_to_arg+0x160>
80401866:	0a668063          	beq	a3,t1,80401906 <skip_to_arg+0x164>
8040186a:	4681                	li	a3,0
8040186c:	bfe1                	j	80401844 <skip_to_arg+0xa2>
8040186e:	0fb77813          	and	a6,a4,251
80401872:	02a00c13          	li	s8,42
80401876:	ff880ae3          	beq	a6,s8,8040186a <skip_to_arg+0xc8>
8040187a:	06c00813          	li	a6,108
8040187e:	01071d63          	bne	a4,a6,80401898 <skip_to_arg+0xf6>
80401882:	0807e793          	or	a5,a5,128
80401886:	bf7d                	j	80401844 <skip_to_arg+0xa2>
80401888:	0fb77813          	and	a6,a4,251
8040188c:	02a00c13          	li	s8,42
80401890:	fd880de3          	beq	a6,s8,8040186a <skip_to_arg+0xc8>
80401894:	05f70663          	beq	a4,t6,804018e0 <skip_to_arg+0x13e>
80401898:	02efef63          	bltu	t6,a4,804018d6 <skip_to_arg+0x134>
8040189c:	04970863          	beq	a4,s1,804018ec <skip_to_arg+0x14a>
804018a0:	05270e63          	beq	a4,s2,804018fc <skip_to_arg+0x15a>
804018a4:	05370c63          	beq	a4,s3,804018fc <skip_to_arg+0x15a>
804018a8:	f00e07e3          	beqz	t3,804017b6 <skip_to_arg+0x14>
804018ac:	f06e13e3          	bne	t3,t1,804017b2 <skip_to_arg+0x10>
804018b0:	02076893          	or	a7,a4,32
804018b4:	f9b88813          	add	a6,a7,-101
804018b8:	0ff87813          	zext.b	a6,a6
804018bc:	4e09                	li	t3,2
804018be:	4194                	lw	a3,0(a1)
804018c0:	010e7663          	bgeu	t3,a6,804018cc <skip_to_arg+0x12a>
804018c4:	06100813          	li	a6,97
804018c8:	05089263          	bne	a7,a6,8040190c <skip_to_arg+0x16a>
804018cc:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
804018ce:	9ae1                	and	a3,a3,-8
804018d0:	00868713          	add	a4,a3,8
804018d4:	a091                	j	80401918 <skip_to_arg+0x176>
804018d6:	f67707e3          	beq	a4,t2,80401844 <skip_to_arg+0xa2>
804018da:	f68705e3          	beq	a4,s0,80401844 <skip_to_arg+0xa2>
804018de:	b7e9                	j	804018a8 <skip_to_arg+0x106>
804018e0:	0807f713          	and	a4,a5,128
804018e4:	df59                	beqz	a4,80401882 <skip_to_arg+0xe0>
804018e6:	2007e793          	or	a5,a5,512
804018ea:	bf61                	j	80401882 <skip_to_arg+0xe0>
804018ec:	1007f713          	and	a4,a5,256
804018f0:	c319                	beqz	a4,804018f6 <skip_to_arg+0x154>
804018f2:	2007e793          	or	a5,a5,512
804018f6:	1007e793          	or	a5,a5,256
804018fa:	b7a9                	j	80401844 <skip_to_arg+0xa2>
804018fc:	2807e793          	or	a5,a5,640
80401900:	b791                	j	80401844 <skip_to_arg+0xa2>
80401902:	8e36                	mv	t3,a3
80401904:	b79d                	j	8040186a <skip_to_arg+0xc8>
80401906:	06300713          	li	a4,99
8040190a:	b75d                	j	804018b0 <skip_to_arg+0x10e>
8040190c:	06300813          	li	a6,99
80401910:	01071763          	bne	a4,a6,8040191e <skip_to_arg+0x17c>
80401914:	00468713          	add	a4,a3,4
80401918:	c198                	sw	a4,0(a1)
8040191a:	0305                	add	t1,t1,1
8040191c:	bd51                	j	804017b0 <skip_to_arg+0xe>
8040191e:	07300813          	li	a6,115
80401922:	ff0709e3          	beq	a4,a6,80401914 <skip_to_arg+0x172>
80401926:	0807f813          	and	a6,a5,128
8040192a:	00468713          	add	a4,a3,4
8040192e:	fe0805e3          	beqz	a6,80401918 <skip_to_arg+0x176>
80401932:	2007f793          	and	a5,a5,512
80401936:	d3ed                	beqz	a5,80401918 <skip_to_arg+0x176>
80401938:	bf51                	j	804018cc <skip_to_arg+0x12a>

8040193a <__d_vfprintf>:
8040193a:	00000317          	auipc	t1,0x0
8040193e:	d5e302e7          	jalr	t0,-674(t1) # 80401698 <__riscv_save_12>
80401942:	00454783          	lbu	a5,4(a0)
80401946:	7139                	add	sp,sp,-64
80401948:	c02a                	sw	a0,0(sp)
8040194a:	c42e                	sw	a1,8(sp)
8040194c:	c632                	sw	a2,12(sp)
8040194e:	8b89                	and	a5,a5,2
80401950:	00852a03          	lw	s4,8(a0)
80401954:	c785                	beqz	a5,8040197c <__d_vfprintf+0x42>
80401956:	d232                	sw	a2,36(sp)
80401958:	87ae                	mv	a5,a1
8040195a:	4401                	li	s0,0
8040195c:	0007c903          	lbu	s2,0(a5)
80401960:	00090f63          	beqz	s2,8040197e <__d_vfprintf+0x44>
80401964:	02500713          	li	a4,37
80401968:	02e90163          	beq	s2,a4,8040198a <__d_vfprintf+0x50>
8040196c:	0785                	add	a5,a5,1
8040196e:	c23e                	sw	a5,4(sp)
80401970:	4582                	lw	a1,0(sp)
80401972:	854a                	mv	a0,s2
80401974:	0405                	add	s0,s0,1
80401976:	9a02                	jalr	s4
80401978:	2a0557e3          	bgez	a0,80402426 <__d_vfprintf+0xaec>
8040197c:	547d                	li	s0,-1
8040197e:	8522                	mv	a0,s0
80401980:	6121                	add	sp,sp,64
80401982:	00000317          	auipc	t1,0x0
80401986:	d5230067          	jr	-686(t1) # 804016d4 <__riscv_restore_12>
8040198a:	0017c903          	lbu	s2,1(a5)
8040198e:	00278713          	add	a4,a5,2
80401992:	c23a                	sw	a4,4(sp)
80401994:	02500793          	li	a5,37
80401998:	fcf90ce3          	beq	s2,a5,80401970 <__d_vfprintf+0x36>
8040199c:	804044b7          	lui	s1,0x80404
804019a0:	4a81                	li	s5,0
804019a2:	4d01                	li	s10,0
804019a4:	4b01                	li	s6,0
804019a6:	4d81                	li	s11,0
804019a8:	06c00993          	li	s3,108
804019ac:	07400b93          	li	s7,116
804019b0:	07a00c13          	li	s8,122
804019b4:	06800c93          	li	s9,104
804019b8:	41048493          	add	s1,s1,1040 # 80404410 <msg.0+0x1c>
804019bc:	47fd                	li	a5,31
804019be:	07b7e163          	bltu	a5,s11,80401a20 <__d_vfprintf+0xe6>
804019c2:	fe090793          	add	a5,s2,-32
804019c6:	0ff7f793          	zext.b	a5,a5
804019ca:	4741                	li	a4,16
804019cc:	00f76663          	bltu	a4,a5,804019d8 <__d_vfprintf+0x9e>
804019d0:	078a                	sll	a5,a5,0x2
804019d2:	97a6                	add	a5,a5,s1
804019d4:	439c                	lw	a5,0(a5)
804019d6:	8782                	jr	a5
804019d8:	fd090793          	add	a5,s2,-48
804019dc:	0ff7f793          	zext.b	a5,a5
804019e0:	4725                	li	a4,9
804019e2:	06f76463          	bltu	a4,a5,80401a4a <__d_vfprintf+0x110>
804019e6:	46a9                	li	a3,10
804019e8:	02db06b3          	mul	a3,s6,a3
804019ec:	00f68b33          	add	s6,a3,a5
804019f0:	020ded93          	or	s11,s11,32
804019f4:	a019                	j	804019fa <__d_vfprintf+0xc0>
804019f6:	001ded93          	or	s11,s11,1
804019fa:	4792                	lw	a5,4(sp)
804019fc:	0007c903          	lbu	s2,0(a5)
80401a00:	0785                	add	a5,a5,1
80401a02:	c23e                	sw	a5,4(sp)
80401a04:	fa091ce3          	bnez	s2,804019bc <__d_vfprintf+0x82>
80401a08:	a8cd                	j	80401afa <__d_vfprintf+0x1c0>
80401a0a:	002ded93          	or	s11,s11,2
80401a0e:	004ded93          	or	s11,s11,4
80401a12:	b7e5                	j	804019fa <__d_vfprintf+0xc0>
80401a14:	008ded93          	or	s11,s11,8
80401a18:	b7cd                	j	804019fa <__d_vfprintf+0xc0>
80401a1a:	010ded93          	or	s11,s11,16
80401a1e:	bff1                	j	804019fa <__d_vfprintf+0xc0>
80401a20:	07f00793          	li	a5,127
80401a24:	0bb7ed63          	bltu	a5,s11,80401ade <__d_vfprintf+0x1a4>
80401a28:	fd090693          	add	a3,s2,-48
80401a2c:	0ff6f693          	zext.b	a3,a3
80401a30:	47a5                	li	a5,9
80401a32:	00d7ec63          	bltu	a5,a3,80401a4a <__d_vfprintf+0x110>
80401a36:	040df613          	and	a2,s11,64
80401a3a:	87b6                	mv	a5,a3
80401a3c:	d64d                	beqz	a2,804019e6 <__d_vfprintf+0xac>
80401a3e:	47a9                	li	a5,10
80401a40:	02fd07b3          	mul	a5,s10,a5
80401a44:	00d78d33          	add	s10,a5,a3
80401a48:	bf4d                	j	804019fa <__d_vfprintf+0xc0>
80401a4a:	02a00793          	li	a5,42
80401a4e:	02f91663          	bne	s2,a5,80401a7a <__d_vfprintf+0x140>
80401a52:	fa0a94e3          	bnez	s5,804019fa <__d_vfprintf+0xc0>
80401a56:	5692                	lw	a3,36(sp)
80401a58:	040df793          	and	a5,s11,64
80401a5c:	00468613          	add	a2,a3,4
80401a60:	4294                	lw	a3,0(a3)
80401a62:	d232                	sw	a2,36(sp)
80401a64:	c399                	beqz	a5,80401a6a <__d_vfprintf+0x130>
80401a66:	8d36                	mv	s10,a3
80401a68:	bf49                	j	804019fa <__d_vfprintf+0xc0>
80401a6a:	8b36                	mv	s6,a3
80401a6c:	f806d2e3          	bgez	a3,804019f0 <__d_vfprintf+0xb6>
80401a70:	40d00b33          	neg	s6,a3
80401a74:	028ded93          	or	s11,s11,40
80401a78:	b749                	j	804019fa <__d_vfprintf+0xc0>
80401a7a:	02e00793          	li	a5,46
80401a7e:	00f91963          	bne	s2,a5,80401a90 <__d_vfprintf+0x156>
80401a82:	040df793          	and	a5,s11,64
80401a86:	ee079ce3          	bnez	a5,8040197e <__d_vfprintf+0x44>
80401a8a:	040ded93          	or	s11,s11,64
80401a8e:	b7b5                	j	804019fa <__d_vfprintf+0xc0>
80401a90:	02400793          	li	a5,36
80401a94:	04f91563          	bne	s2,a5,80401ade <__d_vfprintf+0x1a4>
80401a98:	140a8363          	beqz	s5,80401bde <__d_vfprintf+0x2a4>
80401a9c:	47b2                	lw	a5,12(sp)
80401a9e:	d23e                	sw	a5,36(sp)
80401aa0:	040df793          	and	a5,s11,64
80401aa4:	ef99                	bnez	a5,80401ac2 <__d_vfprintf+0x188>
80401aa6:	4522                	lw	a0,8(sp)
80401aa8:	865a                	mv	a2,s6
80401aaa:	104c                	add	a1,sp,36
80401aac:	00000097          	auipc	ra,0x0
80401ab0:	cf6080e7          	jalr	-778(ra) # 804017a2 <skip_to_arg>
80401ab4:	5792                	lw	a5,36(sp)
80401ab6:	00478693          	add	a3,a5,4
80401aba:	0007ab03          	lw	s6,0(a5)
80401abe:	d236                	sw	a3,36(sp)
80401ac0:	bf2d                	j	804019fa <__d_vfprintf+0xc0>
80401ac2:	4522                	lw	a0,8(sp)
80401ac4:	866a                	mv	a2,s10
80401ac6:	104c                	add	a1,sp,36
80401ac8:	00000097          	auipc	ra,0x0
80401acc:	cda080e7          	jalr	-806(ra) # 804017a2 <skip_to_arg>
80401ad0:	5792                	lw	a5,36(sp)
80401ad2:	00478693          	add	a3,a5,4
80401ad6:	0007ad03          	lw	s10,0(a5)
80401ada:	d236                	sw	a3,36(sp)
80401adc:	bf39                	j	804019fa <__d_vfprintf+0xc0>
80401ade:	0d390d63          	beq	s2,s3,80401bb8 <__d_vfprintf+0x27e>
80401ae2:	0d29e663          	bltu	s3,s2,80401bae <__d_vfprintf+0x274>
80401ae6:	0f990163          	beq	s2,s9,80401bc8 <__d_vfprintf+0x28e>
80401aea:	06a00793          	li	a5,106
80401aee:	0ef90563          	beq	s2,a5,80401bd8 <__d_vfprintf+0x29e>
80401af2:	04c00793          	li	a5,76
80401af6:	0ef90163          	beq	s2,a5,80401bd8 <__d_vfprintf+0x29e>
80401afa:	000a8b63          	beqz	s5,80401b10 <__d_vfprintf+0x1d6>
80401afe:	47b2                	lw	a5,12(sp)
80401b00:	4522                	lw	a0,8(sp)
80401b02:	8656                	mv	a2,s5
80401b04:	104c                	add	a1,sp,36
80401b06:	d23e                	sw	a5,36(sp)
80401b08:	00000097          	auipc	ra,0x0
80401b0c:	c9a080e7          	jalr	-870(ra) # 804017a2 <skip_to_arg>
80401b10:	000d5963          	bgez	s10,80401b22 <__d_vfprintf+0x1e8>
80401b14:	fbfdf813          	and	a6,s11,-65
80401b18:	01081d93          	sll	s11,a6,0x10
80401b1c:	010ddd93          	srl	s11,s11,0x10
80401b20:	4d01                	li	s10,0
80401b22:	02096c93          	or	s9,s2,32
80401b26:	f9bc8793          	add	a5,s9,-101
80401b2a:	0ff7f793          	zext.b	a5,a5
80401b2e:	4709                	li	a4,2
80401b30:	0af77d63          	bgeu	a4,a5,80401bea <__d_vfprintf+0x2b0>
80401b34:	06100793          	li	a5,97
80401b38:	6afc9763          	bne	s9,a5,804021e6 <__d_vfprintf+0x8ac>
80401b3c:	5792                	lw	a5,36(sp)
80401b3e:	6a89                	lui	s5,0x2
80401b40:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80401b44:	079d                	add	a5,a5,7
80401b46:	9be1                	and	a5,a5,-8
80401b48:	0047ab83          	lw	s7,4(a5)
80401b4c:	0007a883          	lw	a7,0(a5)
80401b50:	00878713          	add	a4,a5,8
80401b54:	414bd993          	sra	s3,s7,0x14
80401b58:	00cb9c13          	sll	s8,s7,0xc
80401b5c:	7ff9f993          	and	s3,s3,2047
80401b60:	00cc5c93          	srl	s9,s8,0xc
80401b64:	015deab3          	or	s5,s11,s5
80401b68:	0119e533          	or	a0,s3,a7
80401b6c:	fff94913          	not	s2,s2
80401b70:	0ac2                	sll	s5,s5,0x10
80401b72:	d23a                	sw	a4,36(sp)
80401b74:	019567b3          	or	a5,a0,s9
80401b78:	02097913          	and	s2,s2,32
80401b7c:	010ada93          	srl	s5,s5,0x10
80401b80:	86c6                	mv	a3,a7
80401b82:	8c66                	mv	s8,s9
80401b84:	040df813          	and	a6,s11,64
80401b88:	01fbdb93          	srl	s7,s7,0x1f
80401b8c:	efcd                	bnez	a5,80401c46 <__d_vfprintf+0x30c>
80401b8e:	03000793          	li	a5,48
80401b92:	0ffbfb93          	zext.b	s7,s7
80401b96:	02f106a3          	sb	a5,45(sp)
80401b9a:	03710623          	sb	s7,44(sp)
80401b9e:	26080363          	beqz	a6,80401e04 <__d_vfprintf+0x4ca>
80401ba2:	47b1                	li	a5,12
80401ba4:	4981                	li	s3,0
80401ba6:	0da7d463          	bge	a5,s10,80401c6e <__d_vfprintf+0x334>
80401baa:	4d35                	li	s10,13
80401bac:	aab5                	j	80401d28 <__d_vfprintf+0x3ee>
80401bae:	e57906e3          	beq	s2,s7,804019fa <__d_vfprintf+0xc0>
80401bb2:	e58904e3          	beq	s2,s8,804019fa <__d_vfprintf+0xc0>
80401bb6:	b791                	j	80401afa <__d_vfprintf+0x1c0>
80401bb8:	080df793          	and	a5,s11,128
80401bbc:	c399                	beqz	a5,80401bc2 <__d_vfprintf+0x288>
80401bbe:	200ded93          	or	s11,s11,512
80401bc2:	080ded93          	or	s11,s11,128
80401bc6:	bd15                	j	804019fa <__d_vfprintf+0xc0>
80401bc8:	100df793          	and	a5,s11,256
80401bcc:	c399                	beqz	a5,80401bd2 <__d_vfprintf+0x298>
80401bce:	200ded93          	or	s11,s11,512
80401bd2:	100ded93          	or	s11,s11,256
80401bd6:	b515                	j	804019fa <__d_vfprintf+0xc0>
80401bd8:	280ded93          	or	s11,s11,640
80401bdc:	bd39                	j	804019fa <__d_vfprintf+0xc0>
80401bde:	875a                	mv	a4,s6
80401be0:	4d01                	li	s10,0
80401be2:	4b01                	li	s6,0
80401be4:	8aba                	mv	s5,a4
80401be6:	4d81                	li	s11,0
80401be8:	bd09                	j	804019fa <__d_vfprintf+0xc0>
80401bea:	5792                	lw	a5,36(sp)
80401bec:	fff94913          	not	s2,s2
80401bf0:	02097913          	and	s2,s2,32
80401bf4:	079d                	add	a5,a5,7
80401bf6:	9be1                	and	a5,a5,-8
80401bf8:	00878713          	add	a4,a5,8
80401bfc:	4388                	lw	a0,0(a5)
80401bfe:	43cc                	lw	a1,4(a5)
80401c00:	d23a                	sw	a4,36(sp)
80401c02:	040df793          	and	a5,s11,64
80401c06:	22078363          	beqz	a5,80401e2c <__d_vfprintf+0x4f2>
80401c0a:	06500793          	li	a5,101
80401c0e:	22fc9163          	bne	s9,a5,80401e30 <__d_vfprintf+0x4f6>
80401c12:	6785                	lui	a5,0x1
80401c14:	001d0613          	add	a2,s10,1 # fffff001 <__bss_end+0x7fbe6a11>
80401c18:	00fdedb3          	or	s11,s11,a5
80401c1c:	0ff67613          	zext.b	a2,a2
80401c20:	4701                	li	a4,0
80401c22:	4781                	li	a5,0
80401c24:	4345                	li	t1,17
80401c26:	0ff67693          	zext.b	a3,a2
80401c2a:	00c37363          	bgeu	t1,a2,80401c30 <__d_vfprintf+0x2f6>
80401c2e:	46c5                	li	a3,17
80401c30:	1030                	add	a2,sp,40
80401c32:	00001097          	auipc	ra,0x1
80401c36:	b52080e7          	jalr	-1198(ra) # 80402784 <__dtoa_engine>
80401c3a:	0ff57b93          	zext.b	s7,a0
80401c3e:	59a2                	lw	s3,40(sp)
80401c40:	8aee                	mv	s5,s11
80401c42:	4c09                	li	s8,2
80401c44:	aa21                	j	80401d5c <__d_vfprintf+0x422>
80401c46:	03100793          	li	a5,49
80401c4a:	00099563          	bnez	s3,80401c54 <__d_vfprintf+0x31a>
80401c4e:	03000793          	li	a5,48
80401c52:	4985                	li	s3,1
80401c54:	0ffbfb93          	zext.b	s7,s7
80401c58:	02f106a3          	sb	a5,45(sp)
80401c5c:	03710623          	sb	s7,44(sp)
80401c60:	c0198993          	add	s3,s3,-1023
80401c64:	18080763          	beqz	a6,80401df2 <__d_vfprintf+0x4b8>
80401c68:	47b1                	li	a5,12
80401c6a:	19a7c663          	blt	a5,s10,80401df6 <__d_vfprintf+0x4bc>
80401c6e:	4335                	li	t1,13
80401c70:	41a30333          	sub	t1,t1,s10
80401c74:	00231d93          	sll	s11,t1,0x2
80401c78:	fffd8613          	add	a2,s11,-1
80401c7c:	4505                	li	a0,1
80401c7e:	4581                	li	a1,0
80401c80:	ca46                	sw	a7,20(sp)
80401c82:	c836                	sw	a3,16(sp)
80401c84:	fffff097          	auipc	ra,0xfffff
80401c88:	300080e7          	jalr	768(ra) # 80400f84 <__ashldi3>
80401c8c:	84aa                	mv	s1,a0
80401c8e:	872e                	mv	a4,a1
80401c90:	00171793          	sll	a5,a4,0x1
80401c94:	85aa                	mv	a1,a0
80401c96:	01f4d513          	srl	a0,s1,0x1f
80401c9a:	00149e13          	sll	t3,s1,0x1
80401c9e:	8fc9                	or	a5,a5,a0
80401ca0:	40f00c33          	neg	s8,a5
80401ca4:	01c03533          	snez	a0,t3
80401ca8:	48d2                	lw	a7,20(sp)
80401caa:	41c00833          	neg	a6,t3
80401cae:	40ac0c33          	sub	s8,s8,a0
80401cb2:	fffe0513          	add	a0,t3,-1
80401cb6:	001e3e13          	seqz	t3,t3
80401cba:	41c787b3          	sub	a5,a5,t3
80401cbe:	0197f7b3          	and	a5,a5,s9
80401cc2:	01157533          	and	a0,a0,a7
80401cc6:	02f74863          	blt	a4,a5,80401cf6 <__d_vfprintf+0x3bc>
80401cca:	46c2                	lw	a3,16(sp)
80401ccc:	00e79463          	bne	a5,a4,80401cd4 <__d_vfprintf+0x39a>
80401cd0:	02a5e363          	bltu	a1,a0,80401cf6 <__d_vfprintf+0x3bc>
80401cd4:	8546                	mv	a0,a7
80401cd6:	866e                	mv	a2,s11
80401cd8:	85e6                	mv	a1,s9
80401cda:	ce3a                	sw	a4,28(sp)
80401cdc:	cc42                	sw	a6,24(sp)
80401cde:	ca36                	sw	a3,20(sp)
80401ce0:	c846                	sw	a7,16(sp)
80401ce2:	fffff097          	auipc	ra,0xfffff
80401ce6:	2ca080e7          	jalr	714(ra) # 80400fac <__ashrdi3>
80401cea:	8905                	and	a0,a0,1
80401cec:	48c2                	lw	a7,16(sp)
80401cee:	46d2                	lw	a3,20(sp)
80401cf0:	4862                	lw	a6,24(sp)
80401cf2:	4772                	lw	a4,28(sp)
80401cf4:	c94d                	beqz	a0,80401da6 <__d_vfprintf+0x46c>
80401cf6:	00988533          	add	a0,a7,s1
80401cfa:	01153db3          	sltu	s11,a0,a7
80401cfe:	9766                	add	a4,a4,s9
80401d00:	00ed8cb3          	add	s9,s11,a4
80401d04:	001007b7          	lui	a5,0x100
80401d08:	86aa                	mv	a3,a0
80401d0a:	08fcce63          	blt	s9,a5,80401da6 <__d_vfprintf+0x46c>
80401d0e:	02d14783          	lbu	a5,45(sp)
80401d12:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80401d14:	02f106a3          	sb	a5,45(sp)
80401d18:	40000793          	li	a5,1024
80401d1c:	0af98163          	beq	s3,a5,80401dbe <__d_vfprintf+0x484>
80401d20:	00a87533          	and	a0,a6,a0
80401d24:	019c7c33          	and	s8,s8,s9
80401d28:	05700613          	li	a2,87
80401d2c:	1034                	add	a3,sp,40
80401d2e:	4735                	li	a4,13
80401d30:	45a5                	li	a1,9
80401d32:	41260633          	sub	a2,a2,s2
80401d36:	01cc1813          	sll	a6,s8,0x1c
80401d3a:	00f57793          	and	a5,a0,15
80401d3e:	8111                	srl	a0,a0,0x4
80401d40:	00a86533          	or	a0,a6,a0
80401d44:	404c5c13          	sra	s8,s8,0x4
80401d48:	e7e1                	bnez	a5,80401e10 <__d_vfprintf+0x4d6>
80401d4a:	0ced5563          	bge	s10,a4,80401e14 <__d_vfprintf+0x4da>
80401d4e:	177d                	add	a4,a4,-1
80401d50:	16fd                	add	a3,a3,-1
80401d52:	f375                	bnez	a4,80401d36 <__d_vfprintf+0x3fc>
80401d54:	4c05                	li	s8,1
80401d56:	4bb9                	li	s7,14
80401d58:	07000c93          	li	s9,112
80401d5c:	00998713          	add	a4,s3,9
80401d60:	46c9                	li	a3,18
80401d62:	87ce                	mv	a5,s3
80401d64:	06e6e863          	bltu	a3,a4,80401dd4 <__d_vfprintf+0x49a>
80401d68:	02c14703          	lbu	a4,44(sp)
80401d6c:	00177d93          	and	s11,a4,1
80401d70:	8b31                	and	a4,a4,12
80401d72:	120d9a63          	bnez	s11,80401ea6 <__d_vfprintf+0x56c>
80401d76:	002af793          	and	a5,s5,2
80401d7a:	12079263          	bnez	a5,80401e9e <__d_vfprintf+0x564>
80401d7e:	004af793          	and	a5,s5,4
80401d82:	cfe9                	beqz	a5,80401e5c <__d_vfprintf+0x522>
80401d84:	12071563          	bnez	a4,80401eae <__d_vfprintf+0x574>
80401d88:	02000713          	li	a4,32
80401d8c:	678d                	lui	a5,0x3
80401d8e:	00faf7b3          	and	a5,s5,a5
80401d92:	1c079363          	bnez	a5,80401f58 <__d_vfprintf+0x61e>
80401d96:	000d1363          	bnez	s10,80401d9c <__d_vfprintf+0x462>
80401d9a:	4d05                	li	s10,1
80401d9c:	103c                	add	a5,sp,40
80401d9e:	97de                	add	a5,a5,s7
80401da0:	03000693          	li	a3,48
80401da4:	aa9d                	j	80401f1a <__d_vfprintf+0x5e0>
80401da6:	0106f6b3          	and	a3,a3,a6
80401daa:	018cfcb3          	and	s9,s9,s8
80401dae:	40000793          	li	a5,1024
80401db2:	04f99c63          	bne	s3,a5,80401e0a <__d_vfprintf+0x4d0>
80401db6:	0196ecb3          	or	s9,a3,s9
80401dba:	040c8063          	beqz	s9,80401dfa <__d_vfprintf+0x4c0>
80401dbe:	008beb93          	or	s7,s7,8
80401dc2:	03710623          	sb	s7,44(sp)
80401dc6:	40000993          	li	s3,1024
80401dca:	4bb9                	li	s7,14
80401dcc:	07000c93          	li	s9,112
80401dd0:	40000793          	li	a5,1024
80401dd4:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
80401dd8:	0c600693          	li	a3,198
80401ddc:	4c09                	li	s8,2
80401dde:	f8e6f5e3          	bgeu	a3,a4,80401d68 <__d_vfprintf+0x42e>
80401de2:	3e778793          	add	a5,a5,999
80401de6:	7ce00c13          	li	s8,1998
80401dea:	00fc3c33          	sltu	s8,s8,a5
80401dee:	0c0d                	add	s8,s8,3
80401df0:	bfa5                	j	80401d68 <__d_vfprintf+0x42e>
80401df2:	4d01                	li	s10,0
80401df4:	bf6d                	j	80401dae <__d_vfprintf+0x474>
80401df6:	4d35                	li	s10,13
80401df8:	bf5d                	j	80401dae <__d_vfprintf+0x474>
80401dfa:	004beb93          	or	s7,s7,4
80401dfe:	03710623          	sb	s7,44(sp)
80401e02:	b7e1                	j	80401dca <__d_vfprintf+0x490>
80401e04:	4981                	li	s3,0
80401e06:	4d01                	li	s10,0
80401e08:	b705                	j	80401d28 <__d_vfprintf+0x3ee>
80401e0a:	8536                	mv	a0,a3
80401e0c:	8c66                	mv	s8,s9
80401e0e:	bf29                	j	80401d28 <__d_vfprintf+0x3ee>
80401e10:	00f5ea63          	bltu	a1,a5,80401e24 <__d_vfprintf+0x4ea>
80401e14:	03078793          	add	a5,a5,48
80401e18:	00f68923          	sb	a5,18(a3)
80401e1c:	f2ed59e3          	bge	s10,a4,80401d4e <__d_vfprintf+0x414>
80401e20:	8d3a                	mv	s10,a4
80401e22:	b735                	j	80401d4e <__d_vfprintf+0x414>
80401e24:	97b2                	add	a5,a5,a2
80401e26:	0ff7f793          	zext.b	a5,a5
80401e2a:	b7fd                	j	80401e18 <__d_vfprintf+0x4de>
80401e2c:	4d19                	li	s10,6
80401e2e:	bbf1                	j	80401c0a <__d_vfprintf+0x2d0>
80401e30:	06600793          	li	a5,102
80401e34:	00fc9963          	bne	s9,a5,80401e46 <__d_vfprintf+0x50c>
80401e38:	6789                	lui	a5,0x2
80401e3a:	00fdedb3          	or	s11,s11,a5
80401e3e:	4705                	li	a4,1
80401e40:	87ea                	mv	a5,s10
80401e42:	4645                	li	a2,17
80401e44:	b3c5                	j	80401c24 <__d_vfprintf+0x2ea>
80401e46:	0ffd7793          	zext.b	a5,s10
80401e4a:	0ffd7613          	zext.b	a2,s10
80401e4e:	e391                	bnez	a5,80401e52 <__d_vfprintf+0x518>
80401e50:	4605                	li	a2,1
80401e52:	4701                	li	a4,0
80401e54:	4781                	li	a5,0
80401e56:	06500c93          	li	s9,101
80401e5a:	b3e9                	j	80401c24 <__d_vfprintf+0x2ea>
80401e5c:	db05                	beqz	a4,80401d8c <__d_vfprintf+0x452>
80401e5e:	478d                	li	a5,3
80401e60:	0967d163          	bge	a5,s6,80401ee2 <__d_vfprintf+0x5a8>
80401e64:	008afa93          	and	s5,s5,8
80401e68:	ffdb0493          	add	s1,s6,-3
80401e6c:	000a9f63          	bnez	s5,80401e8a <__d_vfprintf+0x550>
80401e70:	94a2                	add	s1,s1,s0
80401e72:	4582                	lw	a1,0(sp)
80401e74:	02000513          	li	a0,32
80401e78:	0405                	add	s0,s0,1
80401e7a:	9a02                	jalr	s4
80401e7c:	b00540e3          	bltz	a0,8040197c <__d_vfprintf+0x42>
80401e80:	fe8499e3          	bne	s1,s0,80401e72 <__d_vfprintf+0x538>
80401e84:	4481                	li	s1,0
80401e86:	020d9f63          	bnez	s11,80401ec4 <__d_vfprintf+0x58a>
80401e8a:	02c14783          	lbu	a5,44(sp)
80401e8e:	8ba1                	and	a5,a5,8
80401e90:	efad                	bnez	a5,80401f0a <__d_vfprintf+0x5d0>
80401e92:	804059b7          	lui	s3,0x80405
80401e96:	8dc98993          	add	s3,s3,-1828 # 804048dc <__clz_tab+0x100>
80401e9a:	8c22                	mv	s8,s0
80401e9c:	a8b1                	j	80401ef8 <__d_vfprintf+0x5be>
80401e9e:	eb15                	bnez	a4,80401ed2 <__d_vfprintf+0x598>
80401ea0:	02b00713          	li	a4,43
80401ea4:	b5e5                	j	80401d8c <__d_vfprintf+0x452>
80401ea6:	eb0d                	bnez	a4,80401ed8 <__d_vfprintf+0x59e>
80401ea8:	02d00713          	li	a4,45
80401eac:	b5c5                	j	80401d8c <__d_vfprintf+0x452>
80401eae:	02000d93          	li	s11,32
80401eb2:	4791                	li	a5,4
80401eb4:	0367d563          	bge	a5,s6,80401ede <__d_vfprintf+0x5a4>
80401eb8:	008afa93          	and	s5,s5,8
80401ebc:	ffcb0493          	add	s1,s6,-4
80401ec0:	fa0a88e3          	beqz	s5,80401e70 <__d_vfprintf+0x536>
80401ec4:	4582                	lw	a1,0(sp)
80401ec6:	856e                	mv	a0,s11
80401ec8:	0405                	add	s0,s0,1
80401eca:	9a02                	jalr	s4
80401ecc:	fa055fe3          	bgez	a0,80401e8a <__d_vfprintf+0x550>
80401ed0:	b475                	j	8040197c <__d_vfprintf+0x42>
80401ed2:	02b00d93          	li	s11,43
80401ed6:	bff1                	j	80401eb2 <__d_vfprintf+0x578>
80401ed8:	02d00d93          	li	s11,45
80401edc:	bfd9                	j	80401eb2 <__d_vfprintf+0x578>
80401ede:	4481                	li	s1,0
80401ee0:	b7d5                	j	80401ec4 <__d_vfprintf+0x58a>
80401ee2:	4481                	li	s1,0
80401ee4:	b75d                	j	80401e8a <__d_vfprintf+0x550>
80401ee6:	4582                	lw	a1,0(sp)
80401ee8:	41250533          	sub	a0,a0,s2
80401eec:	0ff57513          	zext.b	a0,a0
80401ef0:	0c05                	add	s8,s8,1
80401ef2:	9a02                	jalr	s4
80401ef4:	a80544e3          	bltz	a0,8040197c <__d_vfprintf+0x42>
80401ef8:	408c07b3          	sub	a5,s8,s0
80401efc:	97ce                	add	a5,a5,s3
80401efe:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80401f02:	f175                	bnez	a0,80401ee6 <__d_vfprintf+0x5ac>
80401f04:	8462                	mv	s0,s8
80401f06:	94e2                	add	s1,s1,s8
80401f08:	a535                	j	80402534 <__d_vfprintf+0xbfa>
80401f0a:	804059b7          	lui	s3,0x80405
80401f0e:	8e098993          	add	s3,s3,-1824 # 804048e0 <__clz_tab+0x104>
80401f12:	b761                	j	80401e9a <__d_vfprintf+0x560>
80401f14:	1bfd                	add	s7,s7,-1
80401f16:	0ffbfb93          	zext.b	s7,s7
80401f1a:	000b8763          	beqz	s7,80401f28 <__d_vfprintf+0x5ee>
80401f1e:	0047c603          	lbu	a2,4(a5)
80401f22:	17fd                	add	a5,a5,-1
80401f24:	fed608e3          	beq	a2,a3,80401f14 <__d_vfprintf+0x5da>
80401f28:	010af693          	and	a3,s5,16
80401f2c:	87ea                	mv	a5,s10
80401f2e:	e291                	bnez	a3,80401f32 <__d_vfprintf+0x5f8>
80401f30:	87de                	mv	a5,s7
80401f32:	56f1                	li	a3,-4
80401f34:	0ed9cc63          	blt	s3,a3,8040202c <__d_vfprintf+0x6f2>
80401f38:	0fa9da63          	bge	s3,s10,8040202c <__d_vfprintf+0x6f2>
80401f3c:	6689                	lui	a3,0x2
80401f3e:	00dae6b3          	or	a3,s5,a3
80401f42:	01069a93          	sll	s5,a3,0x10
80401f46:	010ada93          	srl	s5,s5,0x10
80401f4a:	4d01                	li	s10,0
80401f4c:	00f9d663          	bge	s3,a5,80401f58 <__d_vfprintf+0x61e>
80401f50:	00198893          	add	a7,s3,1
80401f54:	41178d33          	sub	s10,a5,a7
80401f58:	6d89                	lui	s11,0x2
80401f5a:	01bafdb3          	and	s11,s5,s11
80401f5e:	0c0d8a63          	beqz	s11,80402032 <__d_vfprintf+0x6f8>
80401f62:	87ce                	mv	a5,s3
80401f64:	0009d363          	bgez	s3,80401f6a <__d_vfprintf+0x630>
80401f68:	4781                	li	a5,0
80401f6a:	0785                	add	a5,a5,1
80401f6c:	c311                	beqz	a4,80401f70 <__d_vfprintf+0x636>
80401f6e:	0785                	add	a5,a5,1
80401f70:	0c0d0963          	beqz	s10,80402042 <__d_vfprintf+0x708>
80401f74:	001d0693          	add	a3,s10,1
80401f78:	97b6                	add	a5,a5,a3
80401f7a:	4481                	li	s1,0
80401f7c:	0167d463          	bge	a5,s6,80401f84 <__d_vfprintf+0x64a>
80401f80:	40fb04b3          	sub	s1,s6,a5
80401f84:	009af793          	and	a5,s5,9
80401f88:	e789                	bnez	a5,80401f92 <__d_vfprintf+0x658>
80401f8a:	94a2                	add	s1,s1,s0
80401f8c:	0c849063          	bne	s1,s0,8040204c <__d_vfprintf+0x712>
80401f90:	4481                	li	s1,0
80401f92:	c719                	beqz	a4,80401fa0 <__d_vfprintf+0x666>
80401f94:	4582                	lw	a1,0(sp)
80401f96:	853a                	mv	a0,a4
80401f98:	0405                	add	s0,s0,1
80401f9a:	9a02                	jalr	s4
80401f9c:	9e0540e3          	bltz	a0,8040197c <__d_vfprintf+0x42>
80401fa0:	00bad793          	srl	a5,s5,0xb
80401fa4:	8b85                	and	a5,a5,1
80401fa6:	c395                	beqz	a5,80401fca <__d_vfprintf+0x690>
80401fa8:	4582                	lw	a1,0(sp)
80401faa:	03000513          	li	a0,48
80401fae:	9a02                	jalr	s4
80401fb0:	9c0546e3          	bltz	a0,8040197c <__d_vfprintf+0x42>
80401fb4:	07800513          	li	a0,120
80401fb8:	4582                	lw	a1,0(sp)
80401fba:	41250533          	sub	a0,a0,s2
80401fbe:	0f857513          	and	a0,a0,248
80401fc2:	0409                	add	s0,s0,2
80401fc4:	9a02                	jalr	s4
80401fc6:	9a054be3          	bltz	a0,8040197c <__d_vfprintf+0x42>
80401fca:	008af793          	and	a5,s5,8
80401fce:	e791                	bnez	a5,80401fda <__d_vfprintf+0x6a0>
80401fd0:	8b22                	mv	s6,s0
80401fd2:	9426                	add	s0,s0,s1
80401fd4:	09641663          	bne	s0,s6,80402060 <__d_vfprintf+0x726>
80401fd8:	4481                	li	s1,0
80401fda:	0c0d8f63          	beqz	s11,804020b8 <__d_vfprintf+0x77e>
80401fde:	8cce                	mv	s9,s3
80401fe0:	0009d363          	bgez	s3,80401fe6 <__d_vfprintf+0x6ac>
80401fe4:	4c81                	li	s9,0
80401fe6:	41998db3          	sub	s11,s3,s9
80401fea:	41a00d33          	neg	s10,s10
80401fee:	5b7d                	li	s6,-1
80401ff0:	03000513          	li	a0,48
80401ff4:	017df663          	bgeu	s11,s7,80402000 <__d_vfprintf+0x6c6>
80401ff8:	103c                	add	a5,sp,40
80401ffa:	97ee                	add	a5,a5,s11
80401ffc:	0057c503          	lbu	a0,5(a5)
80402000:	1cfd                	add	s9,s9,-1
80402002:	00140c13          	add	s8,s0,1
80402006:	07acc563          	blt	s9,s10,80402070 <__d_vfprintf+0x736>
8040200a:	4582                	lw	a1,0(sp)
8040200c:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
8040200e:	9a02                	jalr	s4
80402010:	960546e3          	bltz	a0,8040197c <__d_vfprintf+0x42>
80402014:	016c9a63          	bne	s9,s6,80402028 <__d_vfprintf+0x6ee>
80402018:	4582                	lw	a1,0(sp)
8040201a:	02e00513          	li	a0,46
8040201e:	9a02                	jalr	s4
80402020:	94054ee3          	bltz	a0,8040197c <__d_vfprintf+0x42>
80402024:	00240c13          	add	s8,s0,2
80402028:	8462                	mv	s0,s8
8040202a:	b7d9                	j	80401ff0 <__d_vfprintf+0x6b6>
8040202c:	fff78d13          	add	s10,a5,-1
80402030:	b725                	j	80401f58 <__d_vfprintf+0x61e>
80402032:	00bad693          	srl	a3,s5,0xb
80402036:	8a85                	and	a3,a3,1
80402038:	478d                	li	a5,3
8040203a:	c291                	beqz	a3,8040203e <__d_vfprintf+0x704>
8040203c:	4795                	li	a5,5
8040203e:	97e2                	add	a5,a5,s8
80402040:	b735                	j	80401f6c <__d_vfprintf+0x632>
80402042:	010af693          	and	a3,s5,16
80402046:	da95                	beqz	a3,80401f7a <__d_vfprintf+0x640>
80402048:	0785                	add	a5,a5,1
8040204a:	bf05                	j	80401f7a <__d_vfprintf+0x640>
8040204c:	4582                	lw	a1,0(sp)
8040204e:	02000513          	li	a0,32
80402052:	c83a                	sw	a4,16(sp)
80402054:	9a02                	jalr	s4
80402056:	4742                	lw	a4,16(sp)
80402058:	0405                	add	s0,s0,1
8040205a:	f20559e3          	bgez	a0,80401f8c <__d_vfprintf+0x652>
8040205e:	ba39                	j	8040197c <__d_vfprintf+0x42>
80402060:	4582                	lw	a1,0(sp)
80402062:	03000513          	li	a0,48
80402066:	0b05                	add	s6,s6,1
80402068:	9a02                	jalr	s4
8040206a:	f60555e3          	bgez	a0,80401fd4 <__d_vfprintf+0x69a>
8040206e:	b239                	j	8040197c <__d_vfprintf+0x42>
80402070:	033c9063          	bne	s9,s3,80402090 <__d_vfprintf+0x756>
80402074:	02d14703          	lbu	a4,45(sp)
80402078:	03500793          	li	a5,53
8040207c:	00e7e863          	bltu	a5,a4,8040208c <__d_vfprintf+0x752>
80402080:	00f71863          	bne	a4,a5,80402090 <__d_vfprintf+0x756>
80402084:	02c14783          	lbu	a5,44(sp)
80402088:	8bc1                	and	a5,a5,16
8040208a:	e399                	bnez	a5,80402090 <__d_vfprintf+0x756>
8040208c:	03100513          	li	a0,49
80402090:	4582                	lw	a1,0(sp)
80402092:	9a02                	jalr	s4
80402094:	8e0544e3          	bltz	a0,8040197c <__d_vfprintf+0x42>
80402098:	010afa93          	and	s5,s5,16
8040209c:	e60a84e3          	beqz	s5,80401f04 <__d_vfprintf+0x5ca>
804020a0:	57fd                	li	a5,-1
804020a2:	e6fc91e3          	bne	s9,a5,80401f04 <__d_vfprintf+0x5ca>
804020a6:	4582                	lw	a1,0(sp)
804020a8:	00240c13          	add	s8,s0,2
804020ac:	02e00513          	li	a0,46
804020b0:	9a02                	jalr	s4
804020b2:	e40559e3          	bgez	a0,80401f04 <__d_vfprintf+0x5ca>
804020b6:	b0d9                	j	8040197c <__d_vfprintf+0x42>
804020b8:	02d14503          	lbu	a0,45(sp)
804020bc:	03100793          	li	a5,49
804020c0:	00f50763          	beq	a0,a5,804020ce <__d_vfprintf+0x794>
804020c4:	02c14783          	lbu	a5,44(sp)
804020c8:	9bbd                	and	a5,a5,-17
804020ca:	02f10623          	sb	a5,44(sp)
804020ce:	4582                	lw	a1,0(sp)
804020d0:	9a02                	jalr	s4
804020d2:	8a0545e3          	bltz	a0,8040197c <__d_vfprintf+0x42>
804020d6:	0da05a63          	blez	s10,804021aa <__d_vfprintf+0x870>
804020da:	4582                	lw	a1,0(sp)
804020dc:	02e00513          	li	a0,46
804020e0:	0409                	add	s0,s0,2
804020e2:	9a02                	jalr	s4
804020e4:	88054ce3          	bltz	a0,8040197c <__d_vfprintf+0x42>
804020e8:	4a85                	li	s5,1
804020ea:	4785                	li	a5,1
804020ec:	0405                	add	s0,s0,1
804020ee:	03000513          	li	a0,48
804020f2:	017af863          	bgeu	s5,s7,80402102 <__d_vfprintf+0x7c8>
804020f6:	02078793          	add	a5,a5,32
804020fa:	1018                	add	a4,sp,32
804020fc:	97ba                	add	a5,a5,a4
804020fe:	fed7c503          	lbu	a0,-19(a5)
80402102:	4582                	lw	a1,0(sp)
80402104:	9a02                	jalr	s4
80402106:	86054be3          	bltz	a0,8040197c <__d_vfprintf+0x42>
8040210a:	0a85                	add	s5,s5,1
8040210c:	0ffafa93          	zext.b	s5,s5
80402110:	87d6                	mv	a5,s5
80402112:	fd5d5de3          	bge	s10,s5,804020ec <__d_vfprintf+0x7b2>
80402116:	4582                	lw	a1,0(sp)
80402118:	412c8533          	sub	a0,s9,s2
8040211c:	0ff57513          	zext.b	a0,a0
80402120:	9a02                	jalr	s4
80402122:	84054de3          	bltz	a0,8040197c <__d_vfprintf+0x42>
80402126:	0009ca63          	bltz	s3,8040213a <__d_vfprintf+0x800>
8040212a:	02b00513          	li	a0,43
8040212e:	00099a63          	bnez	s3,80402142 <__d_vfprintf+0x808>
80402132:	02c14783          	lbu	a5,44(sp)
80402136:	8bc1                	and	a5,a5,16
80402138:	c789                	beqz	a5,80402142 <__d_vfprintf+0x808>
8040213a:	413009b3          	neg	s3,s3
8040213e:	02d00513          	li	a0,45
80402142:	4582                	lw	a1,0(sp)
80402144:	9a02                	jalr	s4
80402146:	82054be3          	bltz	a0,8040197c <__d_vfprintf+0x42>
8040214a:	4791                	li	a5,4
8040214c:	06fc1e63          	bne	s8,a5,804021c8 <__d_vfprintf+0x88e>
80402150:	3e800913          	li	s2,1000
80402154:	0329c533          	div	a0,s3,s2
80402158:	4582                	lw	a1,0(sp)
8040215a:	040d                	add	s0,s0,3
8040215c:	03050513          	add	a0,a0,48
80402160:	0ff57513          	zext.b	a0,a0
80402164:	9a02                	jalr	s4
80402166:	80054be3          	bltz	a0,8040197c <__d_vfprintf+0x42>
8040216a:	0329e9b3          	rem	s3,s3,s2
8040216e:	06400913          	li	s2,100
80402172:	4582                	lw	a1,0(sp)
80402174:	0405                	add	s0,s0,1
80402176:	0329c533          	div	a0,s3,s2
8040217a:	03050513          	add	a0,a0,48
8040217e:	0ff57513          	zext.b	a0,a0
80402182:	9a02                	jalr	s4
80402184:	fe054c63          	bltz	a0,8040197c <__d_vfprintf+0x42>
80402188:	0329e9b3          	rem	s3,s3,s2
8040218c:	4929                	li	s2,10
8040218e:	4582                	lw	a1,0(sp)
80402190:	0405                	add	s0,s0,1
80402192:	0329c533          	div	a0,s3,s2
80402196:	03050513          	add	a0,a0,48
8040219a:	0ff57513          	zext.b	a0,a0
8040219e:	9a02                	jalr	s4
804021a0:	fc054e63          	bltz	a0,8040197c <__d_vfprintf+0x42>
804021a4:	0329e9b3          	rem	s3,s3,s2
804021a8:	a03d                	j	804021d6 <__d_vfprintf+0x89c>
804021aa:	010afa93          	and	s5,s5,16
804021ae:	000a9463          	bnez	s5,804021b6 <__d_vfprintf+0x87c>
804021b2:	0405                	add	s0,s0,1
804021b4:	b78d                	j	80402116 <__d_vfprintf+0x7dc>
804021b6:	4582                	lw	a1,0(sp)
804021b8:	02e00513          	li	a0,46
804021bc:	0409                	add	s0,s0,2
804021be:	9a02                	jalr	s4
804021c0:	f4055be3          	bgez	a0,80402116 <__d_vfprintf+0x7dc>
804021c4:	fb8ff06f          	j	8040197c <__d_vfprintf+0x42>
804021c8:	478d                	li	a5,3
804021ca:	0409                	add	s0,s0,2
804021cc:	fafc01e3          	beq	s8,a5,8040216e <__d_vfprintf+0x834>
804021d0:	4785                	li	a5,1
804021d2:	fafc1de3          	bne	s8,a5,8040218c <__d_vfprintf+0x852>
804021d6:	03098513          	add	a0,s3,48
804021da:	4582                	lw	a1,0(sp)
804021dc:	00140c13          	add	s8,s0,1
804021e0:	0ff57513          	zext.b	a0,a0
804021e4:	b5f1                	j	804020b0 <__d_vfprintf+0x776>
804021e6:	f9d90793          	add	a5,s2,-99
804021ea:	0ff7f793          	zext.b	a5,a5
804021ee:	4749                	li	a4,18
804021f0:	20f76363          	bltu	a4,a5,804023f6 <__d_vfprintf+0xabc>
804021f4:	80404737          	lui	a4,0x80404
804021f8:	078a                	sll	a5,a5,0x2
804021fa:	45470713          	add	a4,a4,1108 # 80404454 <msg.0+0x60>
804021fe:	97ba                	add	a5,a5,a4
80402200:	439c                	lw	a5,0(a5)
80402202:	8782                	jr	a5
80402204:	5792                	lw	a5,36(sp)
80402206:	4485                	li	s1,1
80402208:	02810993          	add	s3,sp,40
8040220c:	00478713          	add	a4,a5,4
80402210:	439c                	lw	a5,0(a5)
80402212:	d23a                	sw	a4,36(sp)
80402214:	02f10423          	sb	a5,40(sp)
80402218:	008df813          	and	a6,s11,8
8040221c:	06080063          	beqz	a6,8040227c <__d_vfprintf+0x942>
80402220:	4901                	li	s2,0
80402222:	05249f63          	bne	s1,s2,80402280 <__d_vfprintf+0x946>
80402226:	00940c33          	add	s8,s0,s1
8040222a:	409b04b3          	sub	s1,s6,s1
8040222e:	b9d9                	j	80401f04 <__d_vfprintf+0x5ca>
80402230:	5792                	lw	a5,36(sp)
80402232:	00478713          	add	a4,a5,4
80402236:	d23a                	sw	a4,36(sp)
80402238:	0007a983          	lw	s3,0(a5)
8040223c:	00099663          	bnez	s3,80402248 <__d_vfprintf+0x90e>
80402240:	804059b7          	lui	s3,0x80405
80402244:	8e498993          	add	s3,s3,-1820 # 804048e4 <__clz_tab+0x108>
80402248:	040df793          	and	a5,s11,64
8040224c:	55fd                	li	a1,-1
8040224e:	c391                	beqz	a5,80402252 <__d_vfprintf+0x918>
80402250:	85ea                	mv	a1,s10
80402252:	854e                	mv	a0,s3
80402254:	00001097          	auipc	ra,0x1
80402258:	da0080e7          	jalr	-608(ra) # 80402ff4 <strnlen>
8040225c:	84aa                	mv	s1,a0
8040225e:	bf6d                	j	80402218 <__d_vfprintf+0x8de>
80402260:	4582                	lw	a1,0(sp)
80402262:	02000513          	li	a0,32
80402266:	9a02                	jalr	s4
80402268:	f0054a63          	bltz	a0,8040197c <__d_vfprintf+0x42>
8040226c:	197d                	add	s2,s2,-1
8040226e:	ff24e9e3          	bltu	s1,s2,80402260 <__d_vfprintf+0x926>
80402272:	945a                	add	s0,s0,s6
80402274:	41240433          	sub	s0,s0,s2
80402278:	8b4a                	mv	s6,s2
8040227a:	b75d                	j	80402220 <__d_vfprintf+0x8e6>
8040227c:	895a                	mv	s2,s6
8040227e:	bfc5                	j	8040226e <__d_vfprintf+0x934>
80402280:	012987b3          	add	a5,s3,s2
80402284:	4582                	lw	a1,0(sp)
80402286:	0007c503          	lbu	a0,0(a5)
8040228a:	0905                	add	s2,s2,1
8040228c:	9a02                	jalr	s4
8040228e:	f8055ae3          	bgez	a0,80402222 <__d_vfprintf+0x8e8>
80402292:	eeaff06f          	j	8040197c <__d_vfprintf+0x42>
80402296:	080df713          	and	a4,s11,128
8040229a:	5792                	lw	a5,36(sp)
8040229c:	cf59                	beqz	a4,8040233a <__d_vfprintf+0xa00>
8040229e:	200df713          	and	a4,s11,512
804022a2:	c749                	beqz	a4,8040232c <__d_vfprintf+0x9f2>
804022a4:	079d                	add	a5,a5,7
804022a6:	9be1                	and	a5,a5,-8
804022a8:	4388                	lw	a0,0(a5)
804022aa:	43cc                	lw	a1,4(a5)
804022ac:	00878713          	add	a4,a5,8
804022b0:	d23a                	sw	a4,36(sp)
804022b2:	fefdf993          	and	s3,s11,-17
804022b6:	09c2                	sll	s3,s3,0x10
804022b8:	0109d993          	srl	s3,s3,0x10
804022bc:	0805df63          	bgez	a1,8040235a <__d_vfprintf+0xa20>
804022c0:	00a037b3          	snez	a5,a0
804022c4:	40b005b3          	neg	a1,a1
804022c8:	8d9d                	sub	a1,a1,a5
804022ca:	40a00533          	neg	a0,a0
804022ce:	4009e993          	or	s3,s3,1024
804022d2:	02810a93          	add	s5,sp,40
804022d6:	46a9                	li	a3,10
804022d8:	8656                	mv	a2,s5
804022da:	fffff097          	auipc	ra,0xfffff
804022de:	44c080e7          	jalr	1100(ra) # 80401726 <__ultoa_invert>
804022e2:	0409f793          	and	a5,s3,64
804022e6:	41550ab3          	sub	s5,a0,s5
804022ea:	c7f5                	beqz	a5,804023d6 <__d_vfprintf+0xa9c>
804022ec:	ffe9f793          	and	a5,s3,-2
804022f0:	07c2                	sll	a5,a5,0x10
804022f2:	83c1                	srl	a5,a5,0x10
804022f4:	19aad563          	bge	s5,s10,8040247e <__d_vfprintf+0xb44>
804022f8:	16090c63          	beqz	s2,80402470 <__d_vfprintf+0xb36>
804022fc:	0109fc13          	and	s8,s3,16
80402300:	84ea                	mv	s1,s10
80402302:	89be                	mv	s3,a5
80402304:	060c0a63          	beqz	s8,80402378 <__d_vfprintf+0xa3e>
80402308:	0489                	add	s1,s1,2
8040230a:	0089f793          	and	a5,s3,8
8040230e:	18079a63          	bnez	a5,804024a2 <__d_vfprintf+0xb68>
80402312:	0019f793          	and	a5,s3,1
80402316:	cb89                	beqz	a5,80402328 <__d_vfprintf+0x9ee>
80402318:	8d56                	mv	s10,s5
8040231a:	0164d763          	bge	s1,s6,80402328 <__d_vfprintf+0x9ee>
8040231e:	409b04b3          	sub	s1,s6,s1
80402322:	01548d33          	add	s10,s1,s5
80402326:	84da                	mv	s1,s6
80402328:	8ba6                	mv	s7,s1
8040232a:	a2ad                	j	80402494 <__d_vfprintf+0xb5a>
8040232c:	4388                	lw	a0,0(a5)
8040232e:	00478713          	add	a4,a5,4
80402332:	d23a                	sw	a4,36(sp)
80402334:	41f55593          	sra	a1,a0,0x1f
80402338:	bfad                	j	804022b2 <__d_vfprintf+0x978>
8040233a:	00478713          	add	a4,a5,4
8040233e:	4388                	lw	a0,0(a5)
80402340:	d23a                	sw	a4,36(sp)
80402342:	100df793          	and	a5,s11,256
80402346:	d7fd                	beqz	a5,80402334 <__d_vfprintf+0x9fa>
80402348:	200df793          	and	a5,s11,512
8040234c:	c781                	beqz	a5,80402354 <__d_vfprintf+0xa1a>
8040234e:	0562                	sll	a0,a0,0x18
80402350:	8561                	sra	a0,a0,0x18
80402352:	b7cd                	j	80402334 <__d_vfprintf+0x9fa>
80402354:	0542                	sll	a0,a0,0x10
80402356:	8541                	sra	a0,a0,0x10
80402358:	bff1                	j	80402334 <__d_vfprintf+0x9fa>
8040235a:	00b567b3          	or	a5,a0,a1
8040235e:	fbb5                	bnez	a5,804022d2 <__d_vfprintf+0x998>
80402360:	040df793          	and	a5,s11,64
80402364:	d7bd                	beqz	a5,804022d2 <__d_vfprintf+0x998>
80402366:	f60d16e3          	bnez	s10,804022d2 <__d_vfprintf+0x998>
8040236a:	feedf993          	and	s3,s11,-18
8040236e:	09c2                	sll	s3,s3,0x10
80402370:	0109d993          	srl	s3,s3,0x10
80402374:	4a81                	li	s5,0
80402376:	4481                	li	s1,0
80402378:	4069fc13          	and	s8,s3,1030
8040237c:	f80c07e3          	beqz	s8,8040230a <__d_vfprintf+0x9d0>
80402380:	0485                	add	s1,s1,1
80402382:	4c01                	li	s8,0
80402384:	b759                	j	8040230a <__d_vfprintf+0x9d0>
80402386:	fefdf813          	and	a6,s11,-17
8040238a:	01081d93          	sll	s11,a6,0x10
8040238e:	010ddd93          	srl	s11,s11,0x10
80402392:	46a9                	li	a3,10
80402394:	080df713          	and	a4,s11,128
80402398:	5792                	lw	a5,36(sp)
8040239a:	c355                	beqz	a4,8040243e <__d_vfprintf+0xb04>
8040239c:	200df713          	and	a4,s11,512
804023a0:	cb49                	beqz	a4,80402432 <__d_vfprintf+0xaf8>
804023a2:	079d                	add	a5,a5,7
804023a4:	9be1                	and	a5,a5,-8
804023a6:	4388                	lw	a0,0(a5)
804023a8:	43cc                	lw	a1,4(a5)
804023aa:	00878713          	add	a4,a5,8
804023ae:	d23a                	sw	a4,36(sp)
804023b0:	00b567b3          	or	a5,a0,a1
804023b4:	e7cd                	bnez	a5,8040245e <__d_vfprintf+0xb24>
804023b6:	fe9df993          	and	s3,s11,-23
804023ba:	09c2                	sll	s3,s3,0x10
804023bc:	040df793          	and	a5,s11,64
804023c0:	0109d993          	srl	s3,s3,0x10
804023c4:	c3dd                	beqz	a5,8040246a <__d_vfprintf+0xb30>
804023c6:	0a0d1263          	bnez	s10,8040246a <__d_vfprintf+0xb30>
804023ca:	fe8df993          	and	s3,s11,-24
804023ce:	09c2                	sll	s3,s3,0x10
804023d0:	0109d993          	srl	s3,s3,0x10
804023d4:	4a81                	li	s5,0
804023d6:	0109fc13          	and	s8,s3,16
804023da:	0a0c0463          	beqz	s8,80402482 <__d_vfprintf+0xb48>
804023de:	001a8493          	add	s1,s5,1
804023e2:	f20904e3          	beqz	s2,8040230a <__d_vfprintf+0x9d0>
804023e6:	84d6                	mv	s1,s5
804023e8:	b705                	j	80402308 <__d_vfprintf+0x9ce>
804023ea:	010ded93          	or	s11,s11,16
804023ee:	46c1                	li	a3,16
804023f0:	07800913          	li	s2,120
804023f4:	b745                	j	80402394 <__d_vfprintf+0xa5a>
804023f6:	07800793          	li	a5,120
804023fa:	00fc9a63          	bne	s9,a5,8040240e <__d_vfprintf+0xad4>
804023fe:	05800793          	li	a5,88
80402402:	46c1                	li	a3,16
80402404:	f8f918e3          	bne	s2,a5,80402394 <__d_vfprintf+0xa5a>
80402408:	21000693          	li	a3,528
8040240c:	b761                	j	80402394 <__d_vfprintf+0xa5a>
8040240e:	4582                	lw	a1,0(sp)
80402410:	02500513          	li	a0,37
80402414:	9a02                	jalr	s4
80402416:	d6054363          	bltz	a0,8040197c <__d_vfprintf+0x42>
8040241a:	4582                	lw	a1,0(sp)
8040241c:	854a                	mv	a0,s2
8040241e:	9a02                	jalr	s4
80402420:	d4054e63          	bltz	a0,8040197c <__d_vfprintf+0x42>
80402424:	0409                	add	s0,s0,2
80402426:	4792                	lw	a5,4(sp)
80402428:	d34ff06f          	j	8040195c <__d_vfprintf+0x22>
8040242c:	46a1                	li	a3,8
8040242e:	4901                	li	s2,0
80402430:	b795                	j	80402394 <__d_vfprintf+0xa5a>
80402432:	4388                	lw	a0,0(a5)
80402434:	00478713          	add	a4,a5,4
80402438:	d23a                	sw	a4,36(sp)
8040243a:	4581                	li	a1,0
8040243c:	bf95                	j	804023b0 <__d_vfprintf+0xa76>
8040243e:	00478713          	add	a4,a5,4
80402442:	4388                	lw	a0,0(a5)
80402444:	d23a                	sw	a4,36(sp)
80402446:	100df793          	and	a5,s11,256
8040244a:	dbe5                	beqz	a5,8040243a <__d_vfprintf+0xb00>
8040244c:	200df793          	and	a5,s11,512
80402450:	c781                	beqz	a5,80402458 <__d_vfprintf+0xb1e>
80402452:	0ff57513          	zext.b	a0,a0
80402456:	b7d5                	j	8040243a <__d_vfprintf+0xb00>
80402458:	0542                	sll	a0,a0,0x10
8040245a:	8141                	srl	a0,a0,0x10
8040245c:	bff9                	j	8040243a <__d_vfprintf+0xb00>
8040245e:	ff9df813          	and	a6,s11,-7
80402462:	01081993          	sll	s3,a6,0x10
80402466:	0109d993          	srl	s3,s3,0x10
8040246a:	02810a93          	add	s5,sp,40
8040246e:	b5ad                	j	804022d8 <__d_vfprintf+0x99e>
80402470:	fee9f993          	and	s3,s3,-18
80402474:	09c2                	sll	s3,s3,0x10
80402476:	0109d993          	srl	s3,s3,0x10
8040247a:	84ea                	mv	s1,s10
8040247c:	bdf5                	j	80402378 <__d_vfprintf+0xa3e>
8040247e:	89be                	mv	s3,a5
80402480:	bf99                	j	804023d6 <__d_vfprintf+0xa9c>
80402482:	84d6                	mv	s1,s5
80402484:	bdd5                	j	80402378 <__d_vfprintf+0xa3e>
80402486:	4582                	lw	a1,0(sp)
80402488:	02000513          	li	a0,32
8040248c:	9a02                	jalr	s4
8040248e:	ce054763          	bltz	a0,8040197c <__d_vfprintf+0x42>
80402492:	0b85                	add	s7,s7,1
80402494:	ff6bc9e3          	blt	s7,s6,80402486 <__d_vfprintf+0xb4c>
80402498:	409404b3          	sub	s1,s0,s1
8040249c:	01748433          	add	s0,s1,s7
804024a0:	84de                	mv	s1,s7
804024a2:	020c0363          	beqz	s8,804024c8 <__d_vfprintf+0xb8e>
804024a6:	4582                	lw	a1,0(sp)
804024a8:	03000513          	li	a0,48
804024ac:	9a02                	jalr	s4
804024ae:	cc054763          	bltz	a0,8040197c <__d_vfprintf+0x42>
804024b2:	04090d63          	beqz	s2,8040250c <__d_vfprintf+0xbd2>
804024b6:	4582                	lw	a1,0(sp)
804024b8:	0409                	add	s0,s0,2
804024ba:	854a                	mv	a0,s2
804024bc:	9a02                	jalr	s4
804024be:	ca054f63          	bltz	a0,8040197c <__d_vfprintf+0x42>
804024c2:	8c22                	mv	s8,s0
804024c4:	9d22                	add	s10,s10,s0
804024c6:	a81d                	j	804024fc <__d_vfprintf+0xbc2>
804024c8:	4069f793          	and	a5,s3,1030
804024cc:	dbfd                	beqz	a5,804024c2 <__d_vfprintf+0xb88>
804024ce:	0029f793          	and	a5,s3,2
804024d2:	02000513          	li	a0,32
804024d6:	c399                	beqz	a5,804024dc <__d_vfprintf+0xba2>
804024d8:	02b00513          	li	a0,43
804024dc:	4009f993          	and	s3,s3,1024
804024e0:	00098463          	beqz	s3,804024e8 <__d_vfprintf+0xbae>
804024e4:	02d00513          	li	a0,45
804024e8:	4582                	lw	a1,0(sp)
804024ea:	0405                	add	s0,s0,1
804024ec:	bfc1                	j	804024bc <__d_vfprintf+0xb82>
804024ee:	4582                	lw	a1,0(sp)
804024f0:	03000513          	li	a0,48
804024f4:	0c05                	add	s8,s8,1
804024f6:	9a02                	jalr	s4
804024f8:	c8054263          	bltz	a0,8040197c <__d_vfprintf+0x42>
804024fc:	418d07b3          	sub	a5,s10,s8
80402500:	fefac7e3          	blt	s5,a5,804024ee <__d_vfprintf+0xbb4>
80402504:	8456                	mv	s0,s5
80402506:	e409                	bnez	s0,80402510 <__d_vfprintf+0xbd6>
80402508:	9c56                	add	s8,s8,s5
8040250a:	b305                	j	8040222a <__d_vfprintf+0x8f0>
8040250c:	0405                	add	s0,s0,1
8040250e:	bf55                	j	804024c2 <__d_vfprintf+0xb88>
80402510:	147d                	add	s0,s0,-1
80402512:	103c                	add	a5,sp,40
80402514:	97a2                	add	a5,a5,s0
80402516:	4582                	lw	a1,0(sp)
80402518:	0007c503          	lbu	a0,0(a5)
8040251c:	9a02                	jalr	s4
8040251e:	fe0554e3          	bgez	a0,80402506 <__d_vfprintf+0xbcc>
80402522:	c5aff06f          	j	8040197c <__d_vfprintf+0x42>
80402526:	4582                	lw	a1,0(sp)
80402528:	02000513          	li	a0,32
8040252c:	0405                	add	s0,s0,1
8040252e:	9a02                	jalr	s4
80402530:	c4054663          	bltz	a0,8040197c <__d_vfprintf+0x42>
80402534:	408487b3          	sub	a5,s1,s0
80402538:	fef047e3          	bgtz	a5,80402526 <__d_vfprintf+0xbec>
8040253c:	b5ed                	j	80402426 <__d_vfprintf+0xaec>

8040253e <mulShiftAll64>:
8040253e:	fffff317          	auipc	t1,0xfffff
80402542:	162302e7          	jalr	t0,354(t1) # 804016a0 <__riscv_save_10>
80402546:	84b2                	mv	s1,a2
80402548:	00159913          	sll	s2,a1,0x1
8040254c:	4210                	lw	a2,0(a2)
8040254e:	8ab6                	mv	s5,a3
80402550:	89be                	mv	s3,a5
80402552:	40d4                	lw	a3,4(s1)
80402554:	01f55793          	srl	a5,a0,0x1f
80402558:	1141                	add	sp,sp,-16
8040255a:	0127e933          	or	s2,a5,s2
8040255e:	00151413          	sll	s0,a0,0x1
80402562:	8522                	mv	a0,s0
80402564:	85ca                	mv	a1,s2
80402566:	8bba                	mv	s7,a4
80402568:	870a                	mv	a4,sp
8040256a:	8b42                	mv	s6,a6
8040256c:	00001097          	auipc	ra,0x1
80402570:	9fc080e7          	jalr	-1540(ra) # 80402f68 <__umul128>
80402574:	44d4                	lw	a3,12(s1)
80402576:	4490                	lw	a2,8(s1)
80402578:	0038                	add	a4,sp,8
8040257a:	8caa                	mv	s9,a0
8040257c:	8c2e                	mv	s8,a1
8040257e:	8522                	mv	a0,s0
80402580:	85ca                	mv	a1,s2
80402582:	00001097          	auipc	ra,0x1
80402586:	9e6080e7          	jalr	-1562(ra) # 80402f68 <__umul128>
8040258a:	4682                	lw	a3,0(sp)
8040258c:	4712                	lw	a4,4(sp)
8040258e:	4785                	li	a5,1
80402590:	00d50933          	add	s2,a0,a3
80402594:	00a93533          	sltu	a0,s2,a0
80402598:	95ba                	add	a1,a1,a4
8040259a:	00b50433          	add	s0,a0,a1
8040259e:	00e46763          	bltu	s0,a4,804025ac <mulShiftAll64+0x6e>
804025a2:	00871463          	bne	a4,s0,804025aa <mulShiftAll64+0x6c>
804025a6:	00d96363          	bltu	s2,a3,804025ac <mulShiftAll64+0x6e>
804025aa:	4781                	li	a5,0
804025ac:	4622                	lw	a2,8(sp)
804025ae:	4732                	lw	a4,12(sp)
804025b0:	963e                	add	a2,a2,a5
804025b2:	00f637b3          	sltu	a5,a2,a5
804025b6:	00e786b3          	add	a3,a5,a4
804025ba:	4098                	lw	a4,0(s1)
804025bc:	40dc                	lw	a5,4(s1)
804025be:	c432                	sw	a2,8(sp)
804025c0:	9766                	add	a4,a4,s9
804025c2:	97e2                	add	a5,a5,s8
804025c4:	019735b3          	sltu	a1,a4,s9
804025c8:	95be                	add	a1,a1,a5
804025ca:	c636                	sw	a3,12(sp)
804025cc:	4785                	li	a5,1
804025ce:	0185e763          	bltu	a1,s8,804025dc <mulShiftAll64+0x9e>
804025d2:	00bc1463          	bne	s8,a1,804025da <mulShiftAll64+0x9c>
804025d6:	01976363          	bltu	a4,s9,804025dc <mulShiftAll64+0x9e>
804025da:	4781                	li	a5,0
804025dc:	4498                	lw	a4,8(s1)
804025de:	44c8                	lw	a0,12(s1)
804025e0:	fbfa8a13          	add	s4,s5,-65
804025e4:	974a                	add	a4,a4,s2
804025e6:	9522                	add	a0,a0,s0
804025e8:	012735b3          	sltu	a1,a4,s2
804025ec:	95aa                	add	a1,a1,a0
804025ee:	00e78533          	add	a0,a5,a4
804025f2:	00f537b3          	sltu	a5,a0,a5
804025f6:	95be                	add	a1,a1,a5
804025f8:	4785                	li	a5,1
804025fa:	0085e763          	bltu	a1,s0,80402608 <mulShiftAll64+0xca>
804025fe:	00b41463          	bne	s0,a1,80402606 <mulShiftAll64+0xc8>
80402602:	01256363          	bltu	a0,s2,80402608 <mulShiftAll64+0xca>
80402606:	4781                	li	a5,0
80402608:	963e                	add	a2,a2,a5
8040260a:	00f637b3          	sltu	a5,a2,a5
8040260e:	8752                	mv	a4,s4
80402610:	96be                	add	a3,a3,a5
80402612:	00001097          	auipc	ra,0x1
80402616:	9a2080e7          	jalr	-1630(ra) # 80402fb4 <__shiftright128>
8040261a:	00aba023          	sw	a0,0(s7)
8040261e:	00bba223          	sw	a1,4(s7)
80402622:	4785                	li	a5,1
80402624:	48a2                	lw	a7,8(sp)
80402626:	4832                	lw	a6,12(sp)
80402628:	40cc                	lw	a1,4(s1)
8040262a:	4488                	lw	a0,8(s1)
8040262c:	44d8                	lw	a4,12(s1)
8040262e:	06fb1d63          	bne	s6,a5,804026a8 <mulShiftAll64+0x16a>
80402632:	40a906b3          	sub	a3,s2,a0
80402636:	00d93633          	sltu	a2,s2,a3
8040263a:	40e407b3          	sub	a5,s0,a4
8040263e:	8f91                	sub	a5,a5,a2
80402640:	4505                	li	a0,1
80402642:	00bc6863          	bltu	s8,a1,80402652 <mulShiftAll64+0x114>
80402646:	01859563          	bne	a1,s8,80402650 <mulShiftAll64+0x112>
8040264a:	4098                	lw	a4,0(s1)
8040264c:	00ece363          	bltu	s9,a4,80402652 <mulShiftAll64+0x114>
80402650:	4501                	li	a0,0
80402652:	40a68533          	sub	a0,a3,a0
80402656:	00a6b6b3          	sltu	a3,a3,a0
8040265a:	40d785b3          	sub	a1,a5,a3
8040265e:	4605                	li	a2,1
80402660:	00b46763          	bltu	s0,a1,8040266e <mulShiftAll64+0x130>
80402664:	00859463          	bne	a1,s0,8040266c <mulShiftAll64+0x12e>
80402668:	00a96363          	bltu	s2,a0,8040266e <mulShiftAll64+0x130>
8040266c:	4601                	li	a2,0
8040266e:	40c88633          	sub	a2,a7,a2
80402672:	00c8b6b3          	sltu	a3,a7,a2
80402676:	8752                	mv	a4,s4
80402678:	40d806b3          	sub	a3,a6,a3
8040267c:	00001097          	auipc	ra,0x1
80402680:	938080e7          	jalr	-1736(ra) # 80402fb4 <__shiftright128>
80402684:	4622                	lw	a2,8(sp)
80402686:	46b2                	lw	a3,12(sp)
80402688:	00a9a023          	sw	a0,0(s3)
8040268c:	00b9a223          	sw	a1,4(s3)
80402690:	8752                	mv	a4,s4
80402692:	854a                	mv	a0,s2
80402694:	85a2                	mv	a1,s0
80402696:	00001097          	auipc	ra,0x1
8040269a:	91e080e7          	jalr	-1762(ra) # 80402fb4 <__shiftright128>
8040269e:	0141                	add	sp,sp,16
804026a0:	fffff317          	auipc	t1,0xfffff
804026a4:	03830067          	jr	56(t1) # 804016d8 <__riscv_restore_10>
804026a8:	01fcd793          	srl	a5,s9,0x1f
804026ac:	001c1613          	sll	a2,s8,0x1
804026b0:	8e5d                	or	a2,a2,a5
804026b2:	01f95693          	srl	a3,s2,0x1f
804026b6:	00141793          	sll	a5,s0,0x1
804026ba:	001c9e93          	sll	t4,s9,0x1
804026be:	8fd5                	or	a5,a5,a3
804026c0:	00191313          	sll	t1,s2,0x1
804026c4:	4e05                	li	t3,1
804026c6:	01866763          	bltu	a2,s8,804026d4 <mulShiftAll64+0x196>
804026ca:	00cc1463          	bne	s8,a2,804026d2 <mulShiftAll64+0x194>
804026ce:	019ee363          	bltu	t4,s9,804026d4 <mulShiftAll64+0x196>
804026d2:	4e01                	li	t3,0
804026d4:	9e1a                	add	t3,t3,t1
804026d6:	006e3333          	sltu	t1,t3,t1
804026da:	933e                	add	t1,t1,a5
804026dc:	4785                	li	a5,1
804026de:	00b66863          	bltu	a2,a1,804026ee <mulShiftAll64+0x1b0>
804026e2:	00c59563          	bne	a1,a2,804026ec <mulShiftAll64+0x1ae>
804026e6:	4094                	lw	a3,0(s1)
804026e8:	00dee363          	bltu	t4,a3,804026ee <mulShiftAll64+0x1b0>
804026ec:	4781                	li	a5,0
804026ee:	40fe07b3          	sub	a5,t3,a5
804026f2:	00fe35b3          	sltu	a1,t3,a5
804026f6:	40b305b3          	sub	a1,t1,a1
804026fa:	40a78533          	sub	a0,a5,a0
804026fe:	00a7b7b3          	sltu	a5,a5,a0
80402702:	8d99                	sub	a1,a1,a4
80402704:	01f8d693          	srl	a3,a7,0x1f
80402708:	8d9d                	sub	a1,a1,a5
8040270a:	00181793          	sll	a5,a6,0x1
8040270e:	8fd5                	or	a5,a5,a3
80402710:	fc0a8713          	add	a4,s5,-64
80402714:	0886                	sll	a7,a7,0x1
80402716:	4685                	li	a3,1
80402718:	00836763          	bltu	t1,s0,80402726 <mulShiftAll64+0x1e8>
8040271c:	00641463          	bne	s0,t1,80402724 <mulShiftAll64+0x1e6>
80402720:	012e6363          	bltu	t3,s2,80402726 <mulShiftAll64+0x1e8>
80402724:	4681                	li	a3,0
80402726:	96c6                	add	a3,a3,a7
80402728:	0116b8b3          	sltu	a7,a3,a7
8040272c:	98be                	add	a7,a7,a5
8040272e:	4605                	li	a2,1
80402730:	00b36763          	bltu	t1,a1,8040273e <mulShiftAll64+0x200>
80402734:	00659463          	bne	a1,t1,8040273c <mulShiftAll64+0x1fe>
80402738:	00ae6363          	bltu	t3,a0,8040273e <mulShiftAll64+0x200>
8040273c:	4601                	li	a2,0
8040273e:	40c68633          	sub	a2,a3,a2
80402742:	00c6b6b3          	sltu	a3,a3,a2
80402746:	40d886b3          	sub	a3,a7,a3
8040274a:	bf0d                	j	8040267c <mulShiftAll64+0x13e>

8040274c <div10>:
8040274c:	fffff317          	auipc	t1,0xfffff
80402750:	f7c302e7          	jalr	t0,-132(t1) # 804016c8 <__riscv_save_0>
80402754:	804057b7          	lui	a5,0x80405
80402758:	8f07a603          	lw	a2,-1808(a5) # 804048f0 <stdout+0x4>
8040275c:	8f47a683          	lw	a3,-1804(a5)
80402760:	1141                	add	sp,sp,-16
80402762:	0038                	add	a4,sp,8
80402764:	00001097          	auipc	ra,0x1
80402768:	804080e7          	jalr	-2044(ra) # 80402f68 <__umul128>
8040276c:	45b2                	lw	a1,12(sp)
8040276e:	47a2                	lw	a5,8(sp)
80402770:	01d59513          	sll	a0,a1,0x1d
80402774:	838d                	srl	a5,a5,0x3
80402776:	8d5d                	or	a0,a0,a5
80402778:	818d                	srl	a1,a1,0x3
8040277a:	0141                	add	sp,sp,16
8040277c:	fffff317          	auipc	t1,0xfffff
80402780:	f7030067          	jr	-144(t1) # 804016ec <__riscv_restore_0>

80402784 <__dtoa_engine>:
80402784:	fffff317          	auipc	t1,0xfffff
80402788:	f14302e7          	jalr	t0,-236(t1) # 80401698 <__riscv_save_12>
8040278c:	715d                	add	sp,sp,-80
8040278e:	8bb6                	mv	s7,a3
80402790:	001006b7          	lui	a3,0x100
80402794:	c43a                	sw	a4,8(sp)
80402796:	c63e                	sw	a5,12(sp)
80402798:	01f5d713          	srl	a4,a1,0x1f
8040279c:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
804027a0:	0145d793          	srl	a5,a1,0x14
804027a4:	00bdfdb3          	and	s11,s11,a1
804027a8:	c03a                	sw	a4,0(sp)
804027aa:	7ff7f413          	and	s0,a5,2047
804027ae:	84aa                	mv	s1,a0
804027b0:	8ab2                	mv	s5,a2
804027b2:	00ade733          	or	a4,s11,a0
804027b6:	e415                	bnez	s0,804027e2 <__dtoa_engine+0x5e>
804027b8:	e721                	bnez	a4,80402800 <__dtoa_engine+0x7c>
804027ba:	03000793          	li	a5,48
804027be:	00f602a3          	sb	a5,5(a2)
804027c2:	4782                	lw	a5,0(sp)
804027c4:	00060323          	sb	zero,6(a2)
804027c8:	00062023          	sw	zero,0(a2)
804027cc:	0027e993          	or	s3,a5,2
804027d0:	01360223          	sb	s3,4(a2)
804027d4:	4405                	li	s0,1
804027d6:	8522                	mv	a0,s0
804027d8:	6161                	add	sp,sp,80
804027da:	fffff317          	auipc	t1,0xfffff
804027de:	efa30067          	jr	-262(t1) # 804016d4 <__riscv_restore_12>
804027e2:	7ff00613          	li	a2,2047
804027e6:	0ac41d63          	bne	s0,a2,804028a0 <__dtoa_engine+0x11c>
804027ea:	4782                	lw	a5,0(sp)
804027ec:	0047e793          	or	a5,a5,4
804027f0:	c701                	beqz	a4,804027f8 <__dtoa_engine+0x74>
804027f2:	4782                	lw	a5,0(sp)
804027f4:	0087e793          	or	a5,a5,8
804027f8:	00fa8223          	sb	a5,4(s5)
804027fc:	4401                	li	s0,0
804027fe:	bfe1                	j	804027d6 <__dtoa_engine+0x52>
80402800:	00157793          	and	a5,a0,1
80402804:	c23e                	sw	a5,4(sp)
80402806:	002d9993          	sll	s3,s11,0x2
8040280a:	01e55793          	srl	a5,a0,0x1e
8040280e:	0137e9b3          	or	s3,a5,s3
80402812:	00251c13          	sll	s8,a0,0x2
80402816:	892a                	mv	s2,a0
80402818:	bcc00413          	li	s0,-1076
8040281c:	4805                	li	a6,1
8040281e:	4d05                	li	s10,1
80402820:	408004b3          	neg	s1,s0
80402824:	8526                	mv	a0,s1
80402826:	ca42                	sw	a6,20(sp)
80402828:	00000097          	auipc	ra,0x0
8040282c:	71e080e7          	jalr	1822(ra) # 80402f46 <__log10Pow5>
80402830:	fff42793          	slti	a5,s0,-1
80402834:	40f50b33          	sub	s6,a0,a5
80402838:	416484b3          	sub	s1,s1,s6
8040283c:	8526                	mv	a0,s1
8040283e:	00000097          	auipc	ra,0x0
80402842:	718080e7          	jalr	1816(ra) # 80402f56 <__pow5bits>
80402846:	f8350693          	add	a3,a0,-125
8040284a:	40db06b3          	sub	a3,s6,a3
8040284e:	8526                	mv	a0,s1
80402850:	008c                	add	a1,sp,64
80402852:	c836                	sw	a3,16(sp)
80402854:	00000097          	auipc	ra,0x0
80402858:	492080e7          	jalr	1170(ra) # 80402ce6 <__double_computePow5>
8040285c:	4852                	lw	a6,20(sp)
8040285e:	46c2                	lw	a3,16(sp)
80402860:	181c                	add	a5,sp,48
80402862:	1038                	add	a4,sp,40
80402864:	0090                	add	a2,sp,64
80402866:	854a                	mv	a0,s2
80402868:	85ee                	mv	a1,s11
8040286a:	00000097          	auipc	ra,0x0
8040286e:	cd4080e7          	jalr	-812(ra) # 8040253e <mulShiftAll64>
80402872:	4785                	li	a5,1
80402874:	008b0a33          	add	s4,s6,s0
80402878:	84ae                	mv	s1,a1
8040287a:	842a                	mv	s0,a0
8040287c:	1567ee63          	bltu	a5,s6,804029d8 <__dtoa_engine+0x254>
80402880:	4792                	lw	a5,4(sp)
80402882:	4985                	li	s3,1
80402884:	10078e63          	beqz	a5,804029a0 <__dtoa_engine+0x21c>
80402888:	57a2                	lw	a5,40(sp)
8040288a:	5732                	lw	a4,44(sp)
8040288c:	4985                	li	s3,1
8040288e:	fff78693          	add	a3,a5,-1
80402892:	0017b793          	seqz	a5,a5
80402896:	40f707b3          	sub	a5,a4,a5
8040289a:	d436                	sw	a3,40(sp)
8040289c:	d63e                	sw	a5,44(sp)
8040289e:	a8c9                	j	80402970 <__dtoa_engine+0x1ec>
804028a0:	01b6edb3          	or	s11,a3,s11
804028a4:	00157693          	and	a3,a0,1
804028a8:	c236                	sw	a3,4(sp)
804028aa:	002d9993          	sll	s3,s11,0x2
804028ae:	01e55693          	srl	a3,a0,0x1e
804028b2:	bcb40413          	add	s0,s0,-1077
804028b6:	892a                	mv	s2,a0
804028b8:	0136e9b3          	or	s3,a3,s3
804028bc:	00251c13          	sll	s8,a0,0x2
804028c0:	4d05                	li	s10,1
804028c2:	e709                	bnez	a4,804028cc <__dtoa_engine+0x148>
804028c4:	7fe7f793          	and	a5,a5,2046
804028c8:	0017bd13          	seqz	s10,a5
804028cc:	886a                	mv	a6,s10
804028ce:	f40449e3          	bltz	s0,80402820 <__dtoa_engine+0x9c>
804028d2:	8522                	mv	a0,s0
804028d4:	00000097          	auipc	ra,0x0
804028d8:	664080e7          	jalr	1636(ra) # 80402f38 <__log10Pow2>
804028dc:	00442793          	slti	a5,s0,4
804028e0:	0017c793          	xor	a5,a5,1
804028e4:	40f50a33          	sub	s4,a0,a5
804028e8:	8552                	mv	a0,s4
804028ea:	00000097          	auipc	ra,0x0
804028ee:	66c080e7          	jalr	1644(ra) # 80402f56 <__pow5bits>
804028f2:	07c50693          	add	a3,a0,124
804028f6:	408a0433          	sub	s0,s4,s0
804028fa:	96a2                	add	a3,a3,s0
804028fc:	008c                	add	a1,sp,64
804028fe:	8552                	mv	a0,s4
80402900:	c836                	sw	a3,16(sp)
80402902:	00000097          	auipc	ra,0x0
80402906:	50c080e7          	jalr	1292(ra) # 80402e0e <__double_computeInvPow5>
8040290a:	46c2                	lw	a3,16(sp)
8040290c:	181c                	add	a5,sp,48
8040290e:	8526                	mv	a0,s1
80402910:	886a                	mv	a6,s10
80402912:	1038                	add	a4,sp,40
80402914:	0090                	add	a2,sp,64
80402916:	85ee                	mv	a1,s11
80402918:	00000097          	auipc	ra,0x0
8040291c:	c26080e7          	jalr	-986(ra) # 8040253e <mulShiftAll64>
80402920:	47d5                	li	a5,21
80402922:	842a                	mv	s0,a0
80402924:	84ae                	mv	s1,a1
80402926:	0b47e763          	bltu	a5,s4,804029d4 <__dtoa_engine+0x250>
8040292a:	804057b7          	lui	a5,0x80405
8040292e:	8f47a683          	lw	a3,-1804(a5) # 804048f4 <stdout+0x8>
80402932:	8f07a603          	lw	a2,-1808(a5)
80402936:	1838                	add	a4,sp,56
80402938:	8562                	mv	a0,s8
8040293a:	85ce                	mv	a1,s3
8040293c:	00000097          	auipc	ra,0x0
80402940:	62c080e7          	jalr	1580(ra) # 80402f68 <__umul128>
80402944:	57e2                	lw	a5,56(sp)
80402946:	56f2                	lw	a3,60(sp)
80402948:	5da2                	lw	s11,40(sp)
8040294a:	8389                	srl	a5,a5,0x2
8040294c:	06fa                	sll	a3,a3,0x1e
8040294e:	8fd5                	or	a5,a5,a3
80402950:	4695                	li	a3,5
80402952:	02f687b3          	mul	a5,a3,a5
80402956:	5932                	lw	s2,44(sp)
80402958:	01879e63          	bne	a5,s8,80402974 <__dtoa_engine+0x1f0>
8040295c:	85ce                	mv	a1,s3
8040295e:	8562                	mv	a0,s8
80402960:	00000097          	auipc	ra,0x0
80402964:	348080e7          	jalr	840(ra) # 80402ca8 <__pow5Factor>
80402968:	01453733          	sltu	a4,a0,s4
8040296c:	00174993          	xor	s3,a4,1
80402970:	4d01                	li	s10,0
80402972:	a03d                	j	804029a0 <__dtoa_engine+0x21c>
80402974:	4792                	lw	a5,4(sp)
80402976:	eb95                	bnez	a5,804029aa <__dtoa_engine+0x226>
80402978:	fffc0793          	add	a5,s8,-1
8040297c:	41a78533          	sub	a0,a5,s10
80402980:	001c3593          	seqz	a1,s8
80402984:	00a7b7b3          	sltu	a5,a5,a0
80402988:	40b985b3          	sub	a1,s3,a1
8040298c:	8d9d                	sub	a1,a1,a5
8040298e:	00000097          	auipc	ra,0x0
80402992:	31a080e7          	jalr	794(ra) # 80402ca8 <__pow5Factor>
80402996:	01453933          	sltu	s2,a0,s4
8040299a:	00194d13          	xor	s10,s2,1
8040299e:	4981                	li	s3,0
804029a0:	47a2                	lw	a5,8(sp)
804029a2:	10079e63          	bnez	a5,80402abe <__dtoa_engine+0x33a>
804029a6:	8b5e                	mv	s6,s7
804029a8:	a079                	j	80402a36 <__dtoa_engine+0x2b2>
804029aa:	002c0513          	add	a0,s8,2
804029ae:	018535b3          	sltu	a1,a0,s8
804029b2:	95ce                	add	a1,a1,s3
804029b4:	00000097          	auipc	ra,0x0
804029b8:	2f4080e7          	jalr	756(ra) # 80402ca8 <__pow5Factor>
804029bc:	01453533          	sltu	a0,a0,s4
804029c0:	00154513          	xor	a0,a0,1
804029c4:	40ad8533          	sub	a0,s11,a0
804029c8:	00adbdb3          	sltu	s11,s11,a0
804029cc:	41b90733          	sub	a4,s2,s11
804029d0:	d42a                	sw	a0,40(sp)
804029d2:	d63a                	sw	a4,44(sp)
804029d4:	4981                	li	s3,0
804029d6:	bf69                	j	80402970 <__dtoa_engine+0x1ec>
804029d8:	03e00793          	li	a5,62
804029dc:	ff67ece3          	bltu	a5,s6,804029d4 <__dtoa_engine+0x250>
804029e0:	865a                	mv	a2,s6
804029e2:	557d                	li	a0,-1
804029e4:	55fd                	li	a1,-1
804029e6:	ffffe097          	auipc	ra,0xffffe
804029ea:	59e080e7          	jalr	1438(ra) # 80400f84 <__ashldi3>
804029ee:	fff54513          	not	a0,a0
804029f2:	fff5c593          	not	a1,a1
804029f6:	0135f5b3          	and	a1,a1,s3
804029fa:	01857533          	and	a0,a0,s8
804029fe:	00b56733          	or	a4,a0,a1
80402a02:	00173993          	seqz	s3,a4
80402a06:	b7ad                	j	80402970 <__dtoa_engine+0x1ec>
80402a08:	02d50833          	mul	a6,a0,a3
80402a0c:	0785                	add	a5,a5,1
80402a0e:	02b536b3          	mulhu	a3,a0,a1
80402a12:	02b505b3          	mul	a1,a0,a1
80402a16:	96c2                	add	a3,a3,a6
80402a18:	00d4e663          	bltu	s1,a3,80402a24 <__dtoa_engine+0x2a0>
80402a1c:	fe9696e3          	bne	a3,s1,80402a08 <__dtoa_engine+0x284>
80402a20:	feb474e3          	bgeu	s0,a1,80402a08 <__dtoa_engine+0x284>
80402a24:	4732                	lw	a4,12(sp)
80402a26:	97d2                	add	a5,a5,s4
80402a28:	97ba                	add	a5,a5,a4
80402a2a:	00f04363          	bgtz	a5,80402a30 <__dtoa_engine+0x2ac>
80402a2e:	4785                	li	a5,1
80402a30:	8b3e                	mv	s6,a5
80402a32:	f6fbcae3          	blt	s7,a5,804029a6 <__dtoa_engine+0x222>
80402a36:	4c81                	li	s9,0
80402a38:	4901                	li	s2,0
80402a3a:	4c01                	li	s8,0
80402a3c:	5522                	lw	a0,40(sp)
80402a3e:	55b2                	lw	a1,44(sp)
80402a40:	00000097          	auipc	ra,0x0
80402a44:	d0c080e7          	jalr	-756(ra) # 8040274c <div10>
80402a48:	57c2                	lw	a5,48(sp)
80402a4a:	8dae                	mv	s11,a1
80402a4c:	55d2                	lw	a1,52(sp)
80402a4e:	c82a                	sw	a0,16(sp)
80402a50:	853e                	mv	a0,a5
80402a52:	ca3e                	sw	a5,20(sp)
80402a54:	00000097          	auipc	ra,0x0
80402a58:	cf8080e7          	jalr	-776(ra) # 8040274c <div10>
80402a5c:	832a                	mv	t1,a0
80402a5e:	88ae                	mv	a7,a1
80402a60:	4ea9                	li	t4,10
80402a62:	01b5e763          	bltu	a1,s11,80402a70 <__dtoa_engine+0x2ec>
80402a66:	08bd9863          	bne	s11,a1,80402af6 <__dtoa_engine+0x372>
80402a6a:	47c2                	lw	a5,16(sp)
80402a6c:	08f57563          	bgeu	a0,a5,80402af6 <__dtoa_engine+0x372>
80402a70:	8522                	mv	a0,s0
80402a72:	85a6                	mv	a1,s1
80402a74:	ce46                	sw	a7,28(sp)
80402a76:	cc1a                	sw	t1,24(sp)
80402a78:	00000097          	auipc	ra,0x0
80402a7c:	cd4080e7          	jalr	-812(ra) # 8040274c <div10>
80402a80:	4362                	lw	t1,24(sp)
80402a82:	4ea9                	li	t4,10
80402a84:	001cb693          	seqz	a3,s9
80402a88:	026e8833          	mul	a6,t4,t1
80402a8c:	00d9f9b3          	and	s3,s3,a3
80402a90:	47d2                	lw	a5,20(sp)
80402a92:	48f2                	lw	a7,28(sp)
80402a94:	d66e                	sw	s11,44(sp)
80402a96:	d81a                	sw	t1,48(sp)
80402a98:	da46                	sw	a7,52(sp)
80402a9a:	0905                	add	s2,s2,1
80402a9c:	84ae                	mv	s1,a1
80402a9e:	02ae86b3          	mul	a3,t4,a0
80402aa2:	40f80833          	sub	a6,a6,a5
80402aa6:	47c2                	lw	a5,16(sp)
80402aa8:	00183813          	seqz	a6,a6
80402aac:	010d7d33          	and	s10,s10,a6
80402ab0:	d43e                	sw	a5,40(sp)
80402ab2:	40d406b3          	sub	a3,s0,a3
80402ab6:	0ff6fc93          	zext.b	s9,a3
80402aba:	842a                	mv	s0,a0
80402abc:	b741                	j	80402a3c <__dtoa_engine+0x2b8>
80402abe:	45a9                	li	a1,10
80402ac0:	4681                	li	a3,0
80402ac2:	4785                	li	a5,1
80402ac4:	4529                	li	a0,10
80402ac6:	bf89                	j	80402a18 <__dtoa_engine+0x294>
80402ac8:	030e8f33          	mul	t5,t4,a6
80402acc:	0505                	add	a0,a0,1
80402ace:	02beb833          	mulhu	a6,t4,a1
80402ad2:	02be85b3          	mul	a1,t4,a1
80402ad6:	987a                	add	a6,a6,t5
80402ad8:	0104e663          	bltu	s1,a6,80402ae4 <__dtoa_engine+0x360>
80402adc:	fe9816e3          	bne	a6,s1,80402ac8 <__dtoa_engine+0x344>
80402ae0:	feb474e3          	bgeu	s0,a1,80402ac8 <__dtoa_engine+0x344>
80402ae4:	00ab5d63          	bge	s6,a0,80402afe <__dtoa_engine+0x37a>
80402ae8:	000b1563          	bnez	s6,80402af2 <__dtoa_engine+0x36e>
80402aec:	009465b3          	or	a1,s0,s1
80402af0:	c599                	beqz	a1,80402afe <__dtoa_engine+0x37a>
80402af2:	4c05                	li	s8,1
80402af4:	bfb5                	j	80402a70 <__dtoa_engine+0x2ec>
80402af6:	45a9                	li	a1,10
80402af8:	4801                	li	a6,0
80402afa:	4505                	li	a0,1
80402afc:	bff1                	j	80402ad8 <__dtoa_engine+0x354>
80402afe:	060d0763          	beqz	s10,80402b6c <__dtoa_engine+0x3e8>
80402b02:	4da9                	li	s11,10
80402b04:	5342                	lw	t1,48(sp)
80402b06:	55d2                	lw	a1,52(sp)
80402b08:	851a                	mv	a0,t1
80402b0a:	c81a                	sw	t1,16(sp)
80402b0c:	00000097          	auipc	ra,0x0
80402b10:	c40080e7          	jalr	-960(ra) # 8040274c <div10>
80402b14:	ce2e                	sw	a1,28(sp)
80402b16:	02ad85b3          	mul	a1,s11,a0
80402b1a:	4342                	lw	t1,16(sp)
80402b1c:	882a                	mv	a6,a0
80402b1e:	cc42                	sw	a6,24(sp)
80402b20:	04659663          	bne	a1,t1,80402b6c <__dtoa_engine+0x3e8>
80402b24:	5522                	lw	a0,40(sp)
80402b26:	55b2                	lw	a1,44(sp)
80402b28:	0905                	add	s2,s2,1
80402b2a:	00000097          	auipc	ra,0x0
80402b2e:	c22080e7          	jalr	-990(ra) # 8040274c <div10>
80402b32:	ca2a                	sw	a0,20(sp)
80402b34:	c82e                	sw	a1,16(sp)
80402b36:	8522                	mv	a0,s0
80402b38:	85a6                	mv	a1,s1
80402b3a:	00000097          	auipc	ra,0x0
80402b3e:	c12080e7          	jalr	-1006(ra) # 8040274c <div10>
80402b42:	001cb693          	seqz	a3,s9
80402b46:	00d9f9b3          	and	s3,s3,a3
80402b4a:	02ad86b3          	mul	a3,s11,a0
80402b4e:	4e52                	lw	t3,20(sp)
80402b50:	4342                	lw	t1,16(sp)
80402b52:	4862                	lw	a6,24(sp)
80402b54:	48f2                	lw	a7,28(sp)
80402b56:	d472                	sw	t3,40(sp)
80402b58:	d61a                	sw	t1,44(sp)
80402b5a:	d842                	sw	a6,48(sp)
80402b5c:	da46                	sw	a7,52(sp)
80402b5e:	84ae                	mv	s1,a1
80402b60:	40d406b3          	sub	a3,s0,a3
80402b64:	0ff6fc93          	zext.b	s9,a3
80402b68:	842a                	mv	s0,a0
80402b6a:	bf69                	j	80402b04 <__dtoa_engine+0x380>
80402b6c:	9952                	add	s2,s2,s4
80402b6e:	0c098863          	beqz	s3,80402c3e <__dtoa_engine+0x4ba>
80402b72:	4715                	li	a4,5
80402b74:	0cec9563          	bne	s9,a4,80402c3e <__dtoa_engine+0x4ba>
80402b78:	00147713          	and	a4,s0,1
80402b7c:	e755                	bnez	a4,80402c28 <__dtoa_engine+0x4a4>
80402b7e:	000c1963          	bnez	s8,80402b90 <__dtoa_engine+0x40c>
80402b82:	5742                	lw	a4,48(sp)
80402b84:	00871563          	bne	a4,s0,80402b8e <__dtoa_engine+0x40a>
80402b88:	5752                	lw	a4,52(sp)
80402b8a:	0c970c63          	beq	a4,s1,80402c62 <__dtoa_engine+0x4de>
80402b8e:	4701                	li	a4,0
80402b90:	943a                	add	s0,s0,a4
80402b92:	00e435b3          	sltu	a1,s0,a4
80402b96:	95a6                	add	a1,a1,s1
80402b98:	8a2e                	mv	s4,a1
80402b9a:	84a2                	mv	s1,s0
80402b9c:	4629                	li	a2,10
80402b9e:	4681                	li	a3,0
80402ba0:	4c05                	li	s8,1
80402ba2:	4529                	li	a0,10
80402ba4:	00d5e663          	bltu	a1,a3,80402bb0 <__dtoa_engine+0x42c>
80402ba8:	0ab69f63          	bne	a3,a1,80402c66 <__dtoa_engine+0x4e2>
80402bac:	0ac47d63          	bgeu	s0,a2,80402c66 <__dtoa_engine+0x4e2>
80402bb0:	c329                	beqz	a4,80402bf2 <__dtoa_engine+0x46e>
80402bb2:	058b5063          	bge	s6,s8,80402bf2 <__dtoa_engine+0x46e>
80402bb6:	47a2                	lw	a5,8(sp)
80402bb8:	cf91                	beqz	a5,80402bd4 <__dtoa_engine+0x450>
80402bba:	4732                	lw	a4,12(sp)
80402bbc:	012c07b3          	add	a5,s8,s2
80402bc0:	00f70b33          	add	s6,a4,a5
80402bc4:	000b5363          	bgez	s6,80402bca <__dtoa_engine+0x446>
80402bc8:	4b01                	li	s6,0
80402bca:	016bd363          	bge	s7,s6,80402bd0 <__dtoa_engine+0x44c>
80402bce:	8b5e                	mv	s6,s7
80402bd0:	038b5163          	bge	s6,s8,80402bf2 <__dtoa_engine+0x46e>
80402bd4:	00540513          	add	a0,s0,5
80402bd8:	00853433          	sltu	s0,a0,s0
80402bdc:	4629                	li	a2,10
80402bde:	4681                	li	a3,0
80402be0:	95a2                	add	a1,a1,s0
80402be2:	ffffe097          	auipc	ra,0xffffe
80402be6:	430080e7          	jalr	1072(ra) # 80401012 <__udivdi3>
80402bea:	84aa                	mv	s1,a0
80402bec:	8a2e                	mv	s4,a1
80402bee:	0905                	add	s2,s2,1
80402bf0:	1c7d                	add	s8,s8,-1
80402bf2:	87da                	mv	a5,s6
80402bf4:	016c5363          	bge	s8,s6,80402bfa <__dtoa_engine+0x476>
80402bf8:	87e2                	mv	a5,s8
80402bfa:	01079413          	sll	s0,a5,0x10
80402bfe:	0942                	sll	s2,s2,0x10
80402c00:	8441                	sra	s0,s0,0x10
80402c02:	41095913          	sra	s2,s2,0x10
80402c06:	9922                	add	s2,s2,s0
80402c08:	008a8b33          	add	s6,s5,s0
80402c0c:	197d                	add	s2,s2,-1
80402c0e:	4b81                	li	s7,0
80402c10:	8c5a                	mv	s8,s6
80402c12:	1b7d                	add	s6,s6,-1
80402c14:	068bc263          	blt	s7,s0,80402c78 <__dtoa_engine+0x4f4>
80402c18:	4782                	lw	a5,0(sp)
80402c1a:	000c02a3          	sb	zero,5(s8)
80402c1e:	012aa023          	sw	s2,0(s5)
80402c22:	00fa8223          	sb	a5,4(s5)
80402c26:	be45                	j	804027d6 <__dtoa_engine+0x52>
80402c28:	4705                	li	a4,1
80402c2a:	f60c13e3          	bnez	s8,80402b90 <__dtoa_engine+0x40c>
80402c2e:	5742                	lw	a4,48(sp)
80402c30:	00871563          	bne	a4,s0,80402c3a <__dtoa_engine+0x4b6>
80402c34:	5752                	lw	a4,52(sp)
80402c36:	00970c63          	beq	a4,s1,80402c4e <__dtoa_engine+0x4ca>
80402c3a:	4705                	li	a4,1
80402c3c:	bf91                	j	80402b90 <__dtoa_engine+0x40c>
80402c3e:	000c1d63          	bnez	s8,80402c58 <__dtoa_engine+0x4d4>
80402c42:	5742                	lw	a4,48(sp)
80402c44:	00871a63          	bne	a4,s0,80402c58 <__dtoa_engine+0x4d4>
80402c48:	5752                	lw	a4,52(sp)
80402c4a:	00971763          	bne	a4,s1,80402c58 <__dtoa_engine+0x4d4>
80402c4e:	4792                	lw	a5,4(sp)
80402c50:	4705                	li	a4,1
80402c52:	ff9d                	bnez	a5,80402b90 <__dtoa_engine+0x40c>
80402c54:	f20d0ee3          	beqz	s10,80402b90 <__dtoa_engine+0x40c>
80402c58:	005cb693          	sltiu	a3,s9,5
80402c5c:	0016c713          	xor	a4,a3,1
80402c60:	bf05                	j	80402b90 <__dtoa_engine+0x40c>
80402c62:	4c91                	li	s9,4
80402c64:	b7ed                	j	80402c4e <__dtoa_engine+0x4ca>
80402c66:	02d50833          	mul	a6,a0,a3
80402c6a:	0c05                	add	s8,s8,1
80402c6c:	02c536b3          	mulhu	a3,a0,a2
80402c70:	02c50633          	mul	a2,a0,a2
80402c74:	96c2                	add	a3,a3,a6
80402c76:	b73d                	j	80402ba4 <__dtoa_engine+0x420>
80402c78:	4629                	li	a2,10
80402c7a:	4681                	li	a3,0
80402c7c:	8526                	mv	a0,s1
80402c7e:	85d2                	mv	a1,s4
80402c80:	ffffe097          	auipc	ra,0xffffe
80402c84:	6f0080e7          	jalr	1776(ra) # 80401370 <__umoddi3>
80402c88:	03050513          	add	a0,a0,48
80402c8c:	00ab02a3          	sb	a0,5(s6)
80402c90:	85d2                	mv	a1,s4
80402c92:	8526                	mv	a0,s1
80402c94:	4629                	li	a2,10
80402c96:	4681                	li	a3,0
80402c98:	ffffe097          	auipc	ra,0xffffe
80402c9c:	37a080e7          	jalr	890(ra) # 80401012 <__udivdi3>
80402ca0:	84aa                	mv	s1,a0
80402ca2:	8a2e                	mv	s4,a1
80402ca4:	0b85                	add	s7,s7,1
80402ca6:	b7b5                	j	80402c12 <__dtoa_engine+0x48e>

80402ca8 <__pow5Factor>:
80402ca8:	ccccd737          	lui	a4,0xccccd
80402cac:	333336b7          	lui	a3,0x33333
80402cb0:	87aa                	mv	a5,a0
80402cb2:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8b46dd>
80402cb6:	4501                	li	a0,0
80402cb8:	ccc70713          	add	a4,a4,-820
80402cbc:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80402cc0:	02c585b3          	mul	a1,a1,a2
80402cc4:	02e78833          	mul	a6,a5,a4
80402cc8:	982e                	add	a6,a6,a1
80402cca:	02c7b5b3          	mulhu	a1,a5,a2
80402cce:	95c2                	add	a1,a1,a6
80402cd0:	02c787b3          	mul	a5,a5,a2
80402cd4:	00b6e863          	bltu	a3,a1,80402ce4 <__pow5Factor+0x3c>
80402cd8:	00d59463          	bne	a1,a3,80402ce0 <__pow5Factor+0x38>
80402cdc:	00f5e463          	bltu	a1,a5,80402ce4 <__pow5Factor+0x3c>
80402ce0:	0505                	add	a0,a0,1
80402ce2:	bff9                	j	80402cc0 <__pow5Factor+0x18>
80402ce4:	8082                	ret

80402ce6 <__double_computePow5>:
80402ce6:	fffff317          	auipc	t1,0xfffff
80402cea:	9ba302e7          	jalr	t0,-1606(t1) # 804016a0 <__riscv_save_10>
80402cee:	47e9                	li	a5,26
80402cf0:	02f55b33          	divu	s6,a0,a5
80402cf4:	804049b7          	lui	s3,0x80404
80402cf8:	4a098b93          	add	s7,s3,1184 # 804044a0 <DOUBLE_POW5_SPLIT2>
80402cfc:	1101                	add	sp,sp,-32
80402cfe:	892e                	mv	s2,a1
80402d00:	02f577b3          	remu	a5,a0,a5
80402d04:	004b1713          	sll	a4,s6,0x4
80402d08:	9bba                	add	s7,s7,a4
80402d0a:	e785                	bnez	a5,80402d32 <__double_computePow5+0x4c>
80402d0c:	000ba703          	lw	a4,0(s7)
80402d10:	004ba783          	lw	a5,4(s7)
80402d14:	c198                	sw	a4,0(a1)
80402d16:	c1dc                	sw	a5,4(a1)
80402d18:	008ba503          	lw	a0,8(s7)
80402d1c:	00cba583          	lw	a1,12(s7)
80402d20:	00a92423          	sw	a0,8(s2)
80402d24:	00b92623          	sw	a1,12(s2)
80402d28:	6105                	add	sp,sp,32
80402d2a:	fffff317          	auipc	t1,0xfffff
80402d2e:	9ae30067          	jr	-1618(t1) # 804016d8 <__riscv_restore_10>
80402d32:	4a098993          	add	s3,s3,1184
80402d36:	078e                	sll	a5,a5,0x3
80402d38:	97ce                	add	a5,a5,s3
80402d3a:	0d07aa03          	lw	s4,208(a5)
80402d3e:	0d47aa83          	lw	s5,212(a5)
80402d42:	008ba603          	lw	a2,8(s7)
80402d46:	00cba683          	lw	a3,12(s7)
80402d4a:	0818                	add	a4,sp,16
80402d4c:	85d6                	mv	a1,s5
80402d4e:	842a                	mv	s0,a0
80402d50:	8552                	mv	a0,s4
80402d52:	00000097          	auipc	ra,0x0
80402d56:	216080e7          	jalr	534(ra) # 80402f68 <__umul128>
80402d5a:	000ba603          	lw	a2,0(s7)
80402d5e:	004ba683          	lw	a3,4(s7)
80402d62:	84aa                	mv	s1,a0
80402d64:	8c2e                	mv	s8,a1
80402d66:	0838                	add	a4,sp,24
80402d68:	8552                	mv	a0,s4
80402d6a:	85d6                	mv	a1,s5
80402d6c:	00000097          	auipc	ra,0x0
80402d70:	1fc080e7          	jalr	508(ra) # 80402f68 <__umul128>
80402d74:	47e2                	lw	a5,24(sp)
80402d76:	4772                	lw	a4,28(sp)
80402d78:	8aaa                	mv	s5,a0
80402d7a:	94be                	add	s1,s1,a5
80402d7c:	00f4ba33          	sltu	s4,s1,a5
80402d80:	9c3a                	add	s8,s8,a4
80402d82:	9a62                	add	s4,s4,s8
80402d84:	00ea6663          	bltu	s4,a4,80402d90 <__double_computePow5+0xaa>
80402d88:	01471d63          	bne	a4,s4,80402da2 <__double_computePow5+0xbc>
80402d8c:	00f4fb63          	bgeu	s1,a5,80402da2 <__double_computePow5+0xbc>
80402d90:	47c2                	lw	a5,16(sp)
80402d92:	46d2                	lw	a3,20(sp)
80402d94:	00178713          	add	a4,a5,1
80402d98:	00f737b3          	sltu	a5,a4,a5
80402d9c:	97b6                	add	a5,a5,a3
80402d9e:	c83a                	sw	a4,16(sp)
80402da0:	ca3e                	sw	a5,20(sp)
80402da2:	8522                	mv	a0,s0
80402da4:	c62e                	sw	a1,12(sp)
80402da6:	00000097          	auipc	ra,0x0
80402daa:	1b0080e7          	jalr	432(ra) # 80402f56 <__pow5bits>
80402dae:	8baa                	mv	s7,a0
80402db0:	4569                	li	a0,26
80402db2:	02ab0533          	mul	a0,s6,a0
80402db6:	00000097          	auipc	ra,0x0
80402dba:	1a0080e7          	jalr	416(ra) # 80402f56 <__pow5bits>
80402dbe:	45b2                	lw	a1,12(sp)
80402dc0:	40ab8733          	sub	a4,s7,a0
80402dc4:	8626                	mv	a2,s1
80402dc6:	86d2                	mv	a3,s4
80402dc8:	8556                	mv	a0,s5
80402dca:	c43a                	sw	a4,8(sp)
80402dcc:	00000097          	auipc	ra,0x0
80402dd0:	1e8080e7          	jalr	488(ra) # 80402fb4 <__shiftright128>
80402dd4:	00445793          	srl	a5,s0,0x4
80402dd8:	078a                	sll	a5,a5,0x2
80402dda:	99be                	add	s3,s3,a5
80402ddc:	1a09a783          	lw	a5,416(s3)
80402de0:	0406                	sll	s0,s0,0x1
80402de2:	8879                	and	s0,s0,30
80402de4:	0087d7b3          	srl	a5,a5,s0
80402de8:	8b8d                	and	a5,a5,3
80402dea:	953e                	add	a0,a0,a5
80402dec:	00f537b3          	sltu	a5,a0,a5
80402df0:	4722                	lw	a4,8(sp)
80402df2:	4642                	lw	a2,16(sp)
80402df4:	46d2                	lw	a3,20(sp)
80402df6:	97ae                	add	a5,a5,a1
80402df8:	00a92023          	sw	a0,0(s2)
80402dfc:	00f92223          	sw	a5,4(s2)
80402e00:	8526                	mv	a0,s1
80402e02:	85d2                	mv	a1,s4
80402e04:	00000097          	auipc	ra,0x0
80402e08:	1b0080e7          	jalr	432(ra) # 80402fb4 <__shiftright128>
80402e0c:	bf11                	j	80402d20 <__double_computePow5+0x3a>

80402e0e <__double_computeInvPow5>:
80402e0e:	fffff317          	auipc	t1,0xfffff
80402e12:	892302e7          	jalr	t0,-1902(t1) # 804016a0 <__riscv_save_10>
80402e16:	4b69                	li	s6,26
80402e18:	01950793          	add	a5,a0,25
80402e1c:	0367d7b3          	divu	a5,a5,s6
80402e20:	80404ab7          	lui	s5,0x80404
80402e24:	4a0a8493          	add	s1,s5,1184 # 804044a0 <DOUBLE_POW5_SPLIT2>
80402e28:	1f848493          	add	s1,s1,504
80402e2c:	1101                	add	sp,sp,-32
80402e2e:	8a2e                	mv	s4,a1
80402e30:	03678b33          	mul	s6,a5,s6
80402e34:	0792                	sll	a5,a5,0x4
80402e36:	94be                	add	s1,s1,a5
80402e38:	40ab0733          	sub	a4,s6,a0
80402e3c:	02ab1163          	bne	s6,a0,80402e5e <__double_computeInvPow5+0x50>
80402e40:	4098                	lw	a4,0(s1)
80402e42:	40dc                	lw	a5,4(s1)
80402e44:	c198                	sw	a4,0(a1)
80402e46:	c1dc                	sw	a5,4(a1)
80402e48:	4488                	lw	a0,8(s1)
80402e4a:	44cc                	lw	a1,12(s1)
80402e4c:	00aa2423          	sw	a0,8(s4)
80402e50:	00ba2623          	sw	a1,12(s4)
80402e54:	6105                	add	sp,sp,32
80402e56:	fffff317          	auipc	t1,0xfffff
80402e5a:	88230067          	jr	-1918(t1) # 804016d8 <__riscv_restore_10>
80402e5e:	4a0a8a93          	add	s5,s5,1184
80402e62:	070e                	sll	a4,a4,0x3
80402e64:	9756                	add	a4,a4,s5
80402e66:	0d072903          	lw	s2,208(a4)
80402e6a:	0d472983          	lw	s3,212(a4)
80402e6e:	4490                	lw	a2,8(s1)
80402e70:	44d4                	lw	a3,12(s1)
80402e72:	0818                	add	a4,sp,16
80402e74:	85ce                	mv	a1,s3
80402e76:	842a                	mv	s0,a0
80402e78:	854a                	mv	a0,s2
80402e7a:	00000097          	auipc	ra,0x0
80402e7e:	0ee080e7          	jalr	238(ra) # 80402f68 <__umul128>
80402e82:	4090                	lw	a2,0(s1)
80402e84:	40d4                	lw	a3,4(s1)
80402e86:	8c2a                	mv	s8,a0
80402e88:	00163793          	seqz	a5,a2
80402e8c:	8bae                	mv	s7,a1
80402e8e:	0838                	add	a4,sp,24
80402e90:	8e9d                	sub	a3,a3,a5
80402e92:	854a                	mv	a0,s2
80402e94:	85ce                	mv	a1,s3
80402e96:	167d                	add	a2,a2,-1
80402e98:	00000097          	auipc	ra,0x0
80402e9c:	0d0080e7          	jalr	208(ra) # 80402f68 <__umul128>
80402ea0:	47e2                	lw	a5,24(sp)
80402ea2:	4772                	lw	a4,28(sp)
80402ea4:	89aa                	mv	s3,a0
80402ea6:	9c3e                	add	s8,s8,a5
80402ea8:	00fc3933          	sltu	s2,s8,a5
80402eac:	9bba                	add	s7,s7,a4
80402eae:	995e                	add	s2,s2,s7
80402eb0:	00e96663          	bltu	s2,a4,80402ebc <__double_computeInvPow5+0xae>
80402eb4:	01271d63          	bne	a4,s2,80402ece <__double_computeInvPow5+0xc0>
80402eb8:	00fc7b63          	bgeu	s8,a5,80402ece <__double_computeInvPow5+0xc0>
80402ebc:	47c2                	lw	a5,16(sp)
80402ebe:	46d2                	lw	a3,20(sp)
80402ec0:	00178713          	add	a4,a5,1
80402ec4:	00f737b3          	sltu	a5,a4,a5
80402ec8:	97b6                	add	a5,a5,a3
80402eca:	c83a                	sw	a4,16(sp)
80402ecc:	ca3e                	sw	a5,20(sp)
80402ece:	855a                	mv	a0,s6
80402ed0:	c62e                	sw	a1,12(sp)
80402ed2:	00000097          	auipc	ra,0x0
80402ed6:	084080e7          	jalr	132(ra) # 80402f56 <__pow5bits>
80402eda:	8b2a                	mv	s6,a0
80402edc:	8522                	mv	a0,s0
80402ede:	00000097          	auipc	ra,0x0
80402ee2:	078080e7          	jalr	120(ra) # 80402f56 <__pow5bits>
80402ee6:	45b2                	lw	a1,12(sp)
80402ee8:	40ab0733          	sub	a4,s6,a0
80402eec:	8662                	mv	a2,s8
80402eee:	86ca                	mv	a3,s2
80402ef0:	854e                	mv	a0,s3
80402ef2:	c43a                	sw	a4,8(sp)
80402ef4:	00000097          	auipc	ra,0x0
80402ef8:	0c0080e7          	jalr	192(ra) # 80402fb4 <__shiftright128>
80402efc:	00445793          	srl	a5,s0,0x4
80402f00:	078a                	sll	a5,a5,0x2
80402f02:	9abe                	add	s5,s5,a5
80402f04:	2e8aa783          	lw	a5,744(s5)
80402f08:	0406                	sll	s0,s0,0x1
80402f0a:	8879                	and	s0,s0,30
80402f0c:	0087d7b3          	srl	a5,a5,s0
80402f10:	8b8d                	and	a5,a5,3
80402f12:	0785                	add	a5,a5,1
80402f14:	953e                	add	a0,a0,a5
80402f16:	00f537b3          	sltu	a5,a0,a5
80402f1a:	4722                	lw	a4,8(sp)
80402f1c:	4642                	lw	a2,16(sp)
80402f1e:	46d2                	lw	a3,20(sp)
80402f20:	97ae                	add	a5,a5,a1
80402f22:	00aa2023          	sw	a0,0(s4)
80402f26:	00fa2223          	sw	a5,4(s4)
80402f2a:	8562                	mv	a0,s8
80402f2c:	85ca                	mv	a1,s2
80402f2e:	00000097          	auipc	ra,0x0
80402f32:	086080e7          	jalr	134(ra) # 80402fb4 <__shiftright128>
80402f36:	bf19                	j	80402e4c <__double_computeInvPow5+0x3e>

80402f38 <__log10Pow2>:
80402f38:	67cd                	lui	a5,0x13
80402f3a:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80402f3e:	02f50533          	mul	a0,a0,a5
80402f42:	8149                	srl	a0,a0,0x12
80402f44:	8082                	ret

80402f46 <__log10Pow5>:
80402f46:	000b37b7          	lui	a5,0xb3
80402f4a:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80402f4e:	02f50533          	mul	a0,a0,a5
80402f52:	8151                	srl	a0,a0,0x14
80402f54:	8082                	ret

80402f56 <__pow5bits>:
80402f56:	001297b7          	lui	a5,0x129
80402f5a:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80402f5e:	02f50533          	mul	a0,a0,a5
80402f62:	814d                	srl	a0,a0,0x13
80402f64:	0505                	add	a0,a0,1
80402f66:	8082                	ret

80402f68 <__umul128>:
80402f68:	02c537b3          	mulhu	a5,a0,a2
80402f6c:	832e                	mv	t1,a1
80402f6e:	02c585b3          	mul	a1,a1,a2
80402f72:	02c33833          	mulhu	a6,t1,a2
80402f76:	95be                	add	a1,a1,a5
80402f78:	00f5b7b3          	sltu	a5,a1,a5
80402f7c:	97c2                	add	a5,a5,a6
80402f7e:	02a68833          	mul	a6,a3,a0
80402f82:	02a6b8b3          	mulhu	a7,a3,a0
80402f86:	95c2                	add	a1,a1,a6
80402f88:	0105b833          	sltu	a6,a1,a6
80402f8c:	98c2                	add	a7,a7,a6
80402f8e:	02d30833          	mul	a6,t1,a3
80402f92:	02d33333          	mulhu	t1,t1,a3
80402f96:	983e                	add	a6,a6,a5
80402f98:	011806b3          	add	a3,a6,a7
80402f9c:	00f837b3          	sltu	a5,a6,a5
80402fa0:	0106b833          	sltu	a6,a3,a6
80402fa4:	c314                	sw	a3,0(a4)
80402fa6:	979a                	add	a5,a5,t1
80402fa8:	983e                	add	a6,a6,a5
80402faa:	02c50533          	mul	a0,a0,a2
80402fae:	01072223          	sw	a6,4(a4)
80402fb2:	8082                	ret

80402fb4 <__shiftright128>:
80402fb4:	ffffe317          	auipc	t1,0xffffe
80402fb8:	6fa302e7          	jalr	t0,1786(t1) # 804016ae <__riscv_save_4>
80402fbc:	8a2a                	mv	s4,a0
80402fbe:	8532                	mv	a0,a2
80402fc0:	04000613          	li	a2,64
80402fc4:	8e19                	sub	a2,a2,a4
80402fc6:	89ae                	mv	s3,a1
80402fc8:	85b6                	mv	a1,a3
80402fca:	843a                	mv	s0,a4
80402fcc:	ffffe097          	auipc	ra,0xffffe
80402fd0:	fb8080e7          	jalr	-72(ra) # 80400f84 <__ashldi3>
80402fd4:	892a                	mv	s2,a0
80402fd6:	84ae                	mv	s1,a1
80402fd8:	8622                	mv	a2,s0
80402fda:	8552                	mv	a0,s4
80402fdc:	85ce                	mv	a1,s3
80402fde:	ffffe097          	auipc	ra,0xffffe
80402fe2:	f7e080e7          	jalr	-130(ra) # 80400f5c <__lshrdi3>
80402fe6:	00a96533          	or	a0,s2,a0
80402fea:	8dc5                	or	a1,a1,s1
80402fec:	ffffe317          	auipc	t1,0xffffe
80402ff0:	6f630067          	jr	1782(t1) # 804016e2 <__riscv_restore_4>

80402ff4 <strnlen>:
80402ff4:	95aa                	add	a1,a1,a0
80402ff6:	87aa                	mv	a5,a0
80402ff8:	00b78563          	beq	a5,a1,80403002 <strnlen+0xe>
80402ffc:	0007c703          	lbu	a4,0(a5)
80403000:	e701                	bnez	a4,80403008 <strnlen+0x14>
80403002:	40a78533          	sub	a0,a5,a0
80403006:	8082                	ret
80403008:	0785                	add	a5,a5,1
8040300a:	b7fd                	j	80402ff8 <strnlen+0x4>
