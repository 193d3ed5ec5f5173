
build/hello.uni.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_start>:
80400000:	00005197          	auipc	gp,0x5
80400004:	89818193          	add	gp,gp,-1896 # 80404898 <__global_pointer$>
80400008:	00014117          	auipc	sp,0x14
8040000c:	0f810113          	add	sp,sp,248 # 80414100 <hooks>
80400010:	842e                	mv	s0,a1
80400012:	00004297          	auipc	t0,0x4
80400016:	09e28293          	add	t0,t0,158 # 804040b0 <panicking>
8040001a:	00016317          	auipc	t1,0x16
8040001e:	5a630313          	add	t1,t1,1446 # 804165c0 <__bss_end>
80400022:	0062fc63          	bgeu	t0,t1,8040003a <_start+0x3a>
80400026:	0002a023          	sw	zero,0(t0)
8040002a:	0002a223          	sw	zero,4(t0)
8040002e:	0002a423          	sw	zero,8(t0)
80400032:	0002a623          	sw	zero,12(t0)
80400036:	02c1                	add	t0,t0,16
80400038:	b7ed                	j	80400022 <_start+0x22>
8040003a:	00004297          	auipc	t0,0x4
8040003e:	07628293          	add	t0,t0,118 # 804040b0 <panicking>
80400042:	00004317          	auipc	t1,0x4
80400046:	07230313          	add	t1,t1,114 # 804040b4 <nhooks>
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
80400078:	00004317          	auipc	t1,0x4
8040007c:	03830313          	add	t1,t1,56 # 804040b0 <panicking>
80400080:	8e92                	mv	t4,tp
80400082:	0062f963          	bgeu	t0,t1,80400094 <_start+0x94>
80400086:	0002cf03          	lbu	t5,0(t0)
8040008a:	01ee8023          	sb	t5,0(t4)
8040008e:	0285                	add	t0,t0,1
80400090:	0e85                	add	t4,t4,1
80400092:	bfc5                	j	80400082 <_start+0x82>
80400094:	8522                	mv	a0,s0
80400096:	00000097          	auipc	ra,0x0
8040009a:	574080e7          	jalr	1396(ra) # 8040060a <uni_runtime_start>
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
804000b4:	a3a080e7          	jalr	-1478(ra) # 80400aea <getpid>
804000b8:	85aa                	mv	a1,a0
804000ba:	80403537          	lui	a0,0x80403
804000be:	00050513          	mv	a0,a0
804000c2:	00001097          	auipc	ra,0x1
804000c6:	386080e7          	jalr	902(ra) # 80401448 <printf>
804000ca:	4785                	li	a5,1
804000cc:	0327d263          	bge	a5,s2,804000f0 <main+0x50>
804000d0:	0491                	add	s1,s1,4
804000d2:	4405                	li	s0,1
804000d4:	804039b7          	lui	s3,0x80403
804000d8:	4090                	lw	a2,0(s1)
804000da:	85a2                	mv	a1,s0
804000dc:	01498513          	add	a0,s3,20 # 80403014 <strnlen+0x2d0>
804000e0:	0405                	add	s0,s0,1
804000e2:	00001097          	auipc	ra,0x1
804000e6:	366080e7          	jalr	870(ra) # 80401448 <printf>
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
80400102:	804047b7          	lui	a5,0x80404
80400106:	c422                	sw	s0,8(sp)
80400108:	0b87a403          	lw	s0,184(a5) # 804040b8 <uni_start_info>
8040010c:	c606                	sw	ra,12(sp)
8040010e:	5848                	lw	a0,52(s0)
80400110:	00000097          	auipc	ra,0x0
80400114:	48c080e7          	jalr	1164(ra) # 8040059c <uni_mfn_to_virt>
80400118:	c939                	beqz	a0,8040016e <console_init+0x6e>
8040011a:	5c10                	lw	a2,56(s0)
8040011c:	85aa                	mv	a1,a0
8040011e:	804016b7          	lui	a3,0x80401
80400122:	80416537          	lui	a0,0x80416
80400126:	32450513          	add	a0,a0,804 # 80416324 <cons>
8040012a:	8f668693          	add	a3,a3,-1802 # 804008f6 <pv_block>
8040012e:	00000097          	auipc	ra,0x0
80400132:	7e2080e7          	jalr	2018(ra) # 80400910 <pvcons_init>
80400136:	5c08                	lw	a0,56(s0)
80400138:	804015b7          	lui	a1,0x80401
8040013c:	4601                	li	a2,0
8040013e:	a1a58593          	add	a1,a1,-1510 # 80400a1a <cons_event>
80400142:	00000097          	auipc	ra,0x0
80400146:	65c080e7          	jalr	1628(ra) # 8040079e <evtchn_bind>
8040014a:	02054a63          	bltz	a0,8040017e <console_init+0x7e>
8040014e:	4422                	lw	s0,8(sp)
80400150:	40b2                	lw	ra,12(sp)
80400152:	804047b7          	lui	a5,0x80404
80400156:	4705                	li	a4,1
80400158:	80401537          	lui	a0,0x80401
8040015c:	0ce7a223          	sw	a4,196(a5) # 804040c4 <ready>
80400160:	a1c50513          	add	a0,a0,-1508 # 80400a1c <uni_console_drain>
80400164:	0141                	add	sp,sp,16
80400166:	00000317          	auipc	t1,0x0
8040016a:	28a30067          	jr	650(t1) # 804003f0 <uni_at_shutdown>
8040016e:	80403537          	lui	a0,0x80403
80400172:	33050513          	add	a0,a0,816 # 80403330 <names.0+0x40>
80400176:	00000097          	auipc	ra,0x0
8040017a:	2ca080e7          	jalr	714(ra) # 80400440 <uni_panic>
8040017e:	80403537          	lui	a0,0x80403
80400182:	36450513          	add	a0,a0,868 # 80403364 <names.0+0x74>
80400186:	00000097          	auipc	ra,0x0
8040018a:	2ba080e7          	jalr	698(ra) # 80400440 <uni_panic>

8040018e <time_init>:
8040018e:	1141                	add	sp,sp,-16
80400190:	c606                	sw	ra,12(sp)
80400192:	c422                	sw	s0,8(sp)
80400194:	c81027f3          	rdtimeh	a5
80400198:	c01026f3          	rdtime	a3
8040019c:	c8102773          	rdtimeh	a4
804001a0:	fee79ae3          	bne	a5,a4,80400194 <time_init+0x6>
804001a4:	80404437          	lui	s0,0x80404
804001a8:	80404737          	lui	a4,0x80404
804001ac:	0c840593          	add	a1,s0,200 # 804040c8 <timer_port>
804001b0:	4501                	li	a0,0
804001b2:	0cd72823          	sw	a3,208(a4) # 804040d0 <boot_time>
804001b6:	0cf72a23          	sw	a5,212(a4)
804001ba:	00000097          	auipc	ra,0x0
804001be:	704080e7          	jalr	1796(ra) # 804008be <evtchn_bind_virq>
804001c2:	02054363          	bltz	a0,804001e8 <time_init+0x5a>
804001c6:	0c842503          	lw	a0,200(s0)
804001ca:	804015b7          	lui	a1,0x80401
804001ce:	4601                	li	a2,0
804001d0:	a5e58593          	add	a1,a1,-1442 # 80400a5e <timer_event>
804001d4:	00000097          	auipc	ra,0x0
804001d8:	5ca080e7          	jalr	1482(ra) # 8040079e <evtchn_bind>
804001dc:	00054663          	bltz	a0,804001e8 <time_init+0x5a>
804001e0:	40b2                	lw	ra,12(sp)
804001e2:	4422                	lw	s0,8(sp)
804001e4:	0141                	add	sp,sp,16
804001e6:	8082                	ret
804001e8:	80403537          	lui	a0,0x80403
804001ec:	38050513          	add	a0,a0,896 # 80403380 <names.0+0x90>
804001f0:	00000097          	auipc	ra,0x0
804001f4:	250080e7          	jalr	592(ra) # 80400440 <uni_panic>

804001f8 <memory_init>:
804001f8:	804047b7          	lui	a5,0x80404
804001fc:	0b87a683          	lw	a3,184(a5) # 804040b8 <uni_start_info>
80400200:	42bc                	lw	a5,64(a3)
80400202:	5ed8                	lw	a4,60(a3)
80400204:	5290                	lw	a2,32(a3)
80400206:	6685                	lui	a3,0x1
80400208:	16fd                	add	a3,a3,-1 # fff <errno+0xfff>
8040020a:	9736                	add	a4,a4,a3
8040020c:	07b2                	sll	a5,a5,0xc
8040020e:	97ba                	add	a5,a5,a4
80400210:	76fd                	lui	a3,0xfffff
80400212:	00080737          	lui	a4,0x80
80400216:	8ff5                	and	a5,a5,a3
80400218:	9732                	add	a4,a4,a2
8040021a:	804046b7          	lui	a3,0x80404
8040021e:	80000637          	lui	a2,0x80000
80400222:	0ec6a423          	sw	a2,232(a3) # 804040e8 <low_next>
80400226:	804046b7          	lui	a3,0x80404
8040022a:	80400637          	lui	a2,0x80400
8040022e:	0ec6a223          	sw	a2,228(a3) # 804040e4 <low_end>
80400232:	804046b7          	lui	a3,0x80404
80400236:	0cf6ae23          	sw	a5,220(a3) # 804040dc <brk>
8040023a:	804046b7          	lui	a3,0x80404
8040023e:	0732                	sll	a4,a4,0xc
80400240:	0ef6a023          	sw	a5,224(a3) # 804040e0 <heap_start>
80400244:	804047b7          	lui	a5,0x80404
80400248:	0ce7ac23          	sw	a4,216(a5) # 804040d8 <top>
8040024c:	8082                	ret
	...

80400250 <uni_trap_entry>:
80400250:	7175                	add	sp,sp,-144
80400252:	c206                	sw	ra,4(sp)
80400254:	c60e                	sw	gp,12(sp)
80400256:	c812                	sw	tp,16(sp)
80400258:	ca16                	sw	t0,20(sp)
8040025a:	cc1a                	sw	t1,24(sp)
8040025c:	ce1e                	sw	t2,28(sp)
8040025e:	d022                	sw	s0,32(sp)
80400260:	d226                	sw	s1,36(sp)
80400262:	d42a                	sw	a0,40(sp)
80400264:	d62e                	sw	a1,44(sp)
80400266:	d832                	sw	a2,48(sp)
80400268:	da36                	sw	a3,52(sp)
8040026a:	dc3a                	sw	a4,56(sp)
8040026c:	de3e                	sw	a5,60(sp)
8040026e:	c0c2                	sw	a6,64(sp)
80400270:	c2c6                	sw	a7,68(sp)
80400272:	c4ca                	sw	s2,72(sp)
80400274:	c6ce                	sw	s3,76(sp)
80400276:	c8d2                	sw	s4,80(sp)
80400278:	cad6                	sw	s5,84(sp)
8040027a:	ccda                	sw	s6,88(sp)
8040027c:	cede                	sw	s7,92(sp)
8040027e:	d0e2                	sw	s8,96(sp)
80400280:	d2e6                	sw	s9,100(sp)
80400282:	d4ea                	sw	s10,104(sp)
80400284:	d6ee                	sw	s11,108(sp)
80400286:	d8f2                	sw	t3,112(sp)
80400288:	daf6                	sw	t4,116(sp)
8040028a:	dcfa                	sw	t5,120(sp)
8040028c:	defe                	sw	t6,124(sp)
8040028e:	09010293          	add	t0,sp,144
80400292:	c416                	sw	t0,8(sp)
80400294:	00004297          	auipc	t0,0x4
80400298:	e2c2a283          	lw	t0,-468(t0) # 804040c0 <pv_shared_info>
8040029c:	0202a303          	lw	t1,32(t0)
804002a0:	c11a                	sw	t1,128(sp)
804002a2:	0242a303          	lw	t1,36(t0)
804002a6:	c31a                	sw	t1,132(sp)
804002a8:	0282a303          	lw	t1,40(t0)
804002ac:	c51a                	sw	t1,136(sp)
804002ae:	02c2a303          	lw	t1,44(t0)
804002b2:	c71a                	sw	t1,140(sp)
804002b4:	850a                	mv	a0,sp
804002b6:	00000097          	auipc	ra,0x0
804002ba:	1e4080e7          	jalr	484(ra) # 8040049a <uni_trap>
804002be:	00004297          	auipc	t0,0x4
804002c2:	e022a283          	lw	t0,-510(t0) # 804040c0 <pv_shared_info>
804002c6:	430a                	lw	t1,128(sp)
804002c8:	0262a023          	sw	t1,32(t0)
804002cc:	433a                	lw	t1,140(sp)
804002ce:	0262a623          	sw	t1,44(t0)
804002d2:	4316                	lw	t1,68(sp)
804002d4:	0262ac23          	sw	t1,56(t0)
804002d8:	4092                	lw	ra,4(sp)
804002da:	41b2                	lw	gp,12(sp)
804002dc:	4242                	lw	tp,16(sp)
804002de:	42d2                	lw	t0,20(sp)
804002e0:	4362                	lw	t1,24(sp)
804002e2:	43f2                	lw	t2,28(sp)
804002e4:	5402                	lw	s0,32(sp)
804002e6:	5492                	lw	s1,36(sp)
804002e8:	5522                	lw	a0,40(sp)
804002ea:	55b2                	lw	a1,44(sp)
804002ec:	5642                	lw	a2,48(sp)
804002ee:	56d2                	lw	a3,52(sp)
804002f0:	5762                	lw	a4,56(sp)
804002f2:	57f2                	lw	a5,60(sp)
804002f4:	4806                	lw	a6,64(sp)
804002f6:	4926                	lw	s2,72(sp)
804002f8:	49b6                	lw	s3,76(sp)
804002fa:	4a46                	lw	s4,80(sp)
804002fc:	4ad6                	lw	s5,84(sp)
804002fe:	4b66                	lw	s6,88(sp)
80400300:	4bf6                	lw	s7,92(sp)
80400302:	5c06                	lw	s8,96(sp)
80400304:	5c96                	lw	s9,100(sp)
80400306:	5d26                	lw	s10,104(sp)
80400308:	5db6                	lw	s11,108(sp)
8040030a:	5e46                	lw	t3,112(sp)
8040030c:	5ed6                	lw	t4,116(sp)
8040030e:	5f66                	lw	t5,120(sp)
80400310:	5ff6                	lw	t6,124(sp)
80400312:	6149                	add	sp,sp,144
80400314:	48dd                	li	a7,23
80400316:	00000073          	ecall
8040031a:	a001                	j	8040031a <uni_trap_entry+0xca>

8040031c <hex>:
8040031c:	03000793          	li	a5,48
80400320:	00f50023          	sb	a5,0(a0)
80400324:	80403637          	lui	a2,0x80403
80400328:	07800793          	li	a5,120
8040032c:	00f500a3          	sb	a5,1(a0)
80400330:	00250693          	add	a3,a0,2
80400334:	4771                	li	a4,28
80400336:	02860613          	add	a2,a2,40 # 80403028 <strnlen+0x2e4>
8040033a:	5871                	li	a6,-4
8040033c:	00e5d7b3          	srl	a5,a1,a4
80400340:	8bbd                	and	a5,a5,15
80400342:	97b2                	add	a5,a5,a2
80400344:	0007c783          	lbu	a5,0(a5)
80400348:	1771                	add	a4,a4,-4 # 7fffc <errno+0x7fffc>
8040034a:	0685                	add	a3,a3,1
8040034c:	fef68fa3          	sb	a5,-1(a3)
80400350:	ff0716e3          	bne	a4,a6,8040033c <hex+0x20>
80400354:	00050523          	sb	zero,10(a0)
80400358:	8082                	ret

8040035a <run_hooks>:
8040035a:	1141                	add	sp,sp,-16
8040035c:	c422                	sw	s0,8(sp)
8040035e:	80404437          	lui	s0,0x80404
80400362:	0b442783          	lw	a5,180(s0) # 804040b4 <nhooks>
80400366:	c606                	sw	ra,12(sp)
80400368:	c226                	sw	s1,4(sp)
8040036a:	c385                	beqz	a5,8040038a <run_hooks+0x30>
8040036c:	804144b7          	lui	s1,0x80414
80400370:	10048493          	add	s1,s1,256 # 80414100 <hooks>
80400374:	17fd                	add	a5,a5,-1
80400376:	00279713          	sll	a4,a5,0x2
8040037a:	9726                	add	a4,a4,s1
8040037c:	4318                	lw	a4,0(a4)
8040037e:	0af42a23          	sw	a5,180(s0)
80400382:	9702                	jalr	a4
80400384:	0b442783          	lw	a5,180(s0)
80400388:	f7f5                	bnez	a5,80400374 <run_hooks+0x1a>
8040038a:	40b2                	lw	ra,12(sp)
8040038c:	4422                	lw	s0,8(sp)
8040038e:	4492                	lw	s1,4(sp)
80400390:	0141                	add	sp,sp,16
80400392:	8082                	ret

80400394 <early_puts>:
80400394:	00054783          	lbu	a5,0(a0)
80400398:	872a                	mv	a4,a0
8040039a:	c79d                	beqz	a5,804003c8 <early_puts+0x34>
8040039c:	4781                	li	a5,0
8040039e:	0785                	add	a5,a5,1
804003a0:	00f706b3          	add	a3,a4,a5
804003a4:	0006c683          	lbu	a3,0(a3)
804003a8:	fafd                	bnez	a3,8040039e <early_puts+0xa>
804003aa:	40000693          	li	a3,1024
804003ae:	4501                	li	a0,0
804003b0:	863a                	mv	a2,a4
804003b2:	48c9                	li	a7,18
804003b4:	85be                	mv	a1,a5
804003b6:	00f6f463          	bgeu	a3,a5,804003be <early_puts+0x2a>
804003ba:	40000593          	li	a1,1024
804003be:	00000073          	ecall
804003c2:	8f8d                	sub	a5,a5,a1
804003c4:	972e                	add	a4,a4,a1
804003c6:	f7e5                	bnez	a5,804003ae <early_puts+0x1a>
804003c8:	8082                	ret

804003ca <uni_early_write>:
804003ca:	87ae                	mv	a5,a1
804003cc:	872a                	mv	a4,a0
804003ce:	c185                	beqz	a1,804003ee <uni_early_write+0x24>
804003d0:	40000693          	li	a3,1024
804003d4:	4501                	li	a0,0
804003d6:	863a                	mv	a2,a4
804003d8:	48c9                	li	a7,18
804003da:	85be                	mv	a1,a5
804003dc:	00f6f463          	bgeu	a3,a5,804003e4 <uni_early_write+0x1a>
804003e0:	40000593          	li	a1,1024
804003e4:	00000073          	ecall
804003e8:	8f8d                	sub	a5,a5,a1
804003ea:	972e                	add	a4,a4,a1
804003ec:	f7e5                	bnez	a5,804003d4 <uni_early_write+0xa>
804003ee:	8082                	ret

804003f0 <uni_at_shutdown>:
804003f0:	804046b7          	lui	a3,0x80404
804003f4:	0b46a783          	lw	a5,180(a3) # 804040b4 <nhooks>
804003f8:	4721                	li	a4,8
804003fa:	00e78f63          	beq	a5,a4,80400418 <uni_at_shutdown+0x28>
804003fe:	80414737          	lui	a4,0x80414
80400402:	00279613          	sll	a2,a5,0x2
80400406:	10070713          	add	a4,a4,256 # 80414100 <hooks>
8040040a:	0785                	add	a5,a5,1
8040040c:	9732                	add	a4,a4,a2
8040040e:	c308                	sw	a0,0(a4)
80400410:	0af6aa23          	sw	a5,180(a3)
80400414:	4501                	li	a0,0
80400416:	8082                	ret
80400418:	557d                	li	a0,-1
8040041a:	8082                	ret

8040041c <uni_poweroff>:
8040041c:	1141                	add	sp,sp,-16
8040041e:	c422                	sw	s0,8(sp)
80400420:	c606                	sw	ra,12(sp)
80400422:	842a                	mv	s0,a0
80400424:	00000097          	auipc	ra,0x0
80400428:	f36080e7          	jalr	-202(ra) # 8040035a <run_hooks>
8040042c:	67c1                	lui	a5,0x10
8040042e:	00841593          	sll	a1,s0,0x8
80400432:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80400434:	8dfd                	and	a1,a1,a5
80400436:	4509                	li	a0,2
80400438:	48f5                	li	a7,29
8040043a:	00000073          	ecall
8040043e:	bfe5                	j	80400436 <uni_poweroff+0x1a>

80400440 <uni_panic>:
80400440:	804047b7          	lui	a5,0x80404
80400444:	0b07a703          	lw	a4,176(a5) # 804040b0 <panicking>
80400448:	1141                	add	sp,sp,-16
8040044a:	c422                	sw	s0,8(sp)
8040044c:	c606                	sw	ra,12(sp)
8040044e:	842a                	mv	s0,a0
80400450:	cf0d                	beqz	a4,8040048a <uni_panic+0x4a>
80400452:	80403537          	lui	a0,0x80403
80400456:	03c50513          	add	a0,a0,60 # 8040303c <strnlen+0x2f8>
8040045a:	00000097          	auipc	ra,0x0
8040045e:	f3a080e7          	jalr	-198(ra) # 80400394 <early_puts>
80400462:	8522                	mv	a0,s0
80400464:	00000097          	auipc	ra,0x0
80400468:	f30080e7          	jalr	-208(ra) # 80400394 <early_puts>
8040046c:	80403537          	lui	a0,0x80403
80400470:	04c50513          	add	a0,a0,76 # 8040304c <strnlen+0x308>
80400474:	00000097          	auipc	ra,0x0
80400478:	f20080e7          	jalr	-224(ra) # 80400394 <early_puts>
8040047c:	4509                	li	a0,2
8040047e:	10300593          	li	a1,259
80400482:	48f5                	li	a7,29
80400484:	00000073          	ecall
80400488:	bfd5                	j	8040047c <uni_panic+0x3c>
8040048a:	4705                	li	a4,1
8040048c:	0ae7a823          	sw	a4,176(a5)
80400490:	00000097          	auipc	ra,0x0
80400494:	eca080e7          	jalr	-310(ra) # 8040035a <run_hooks>
80400498:	bf6d                	j	80400452 <uni_panic+0x12>

8040049a <uni_trap>:
8040049a:	08452703          	lw	a4,132(a0)
8040049e:	800007b7          	lui	a5,0x80000
804004a2:	07a5                	add	a5,a5,9 # 80000009 <errno+0x80000009>
804004a4:	00f71663          	bne	a4,a5,804004b0 <uni_trap+0x16>
804004a8:	00000317          	auipc	t1,0x0
804004ac:	31a30067          	jr	794(t1) # 804007c2 <evtchn_do_upcall>
804004b0:	804047b7          	lui	a5,0x80404
804004b4:	0b07a703          	lw	a4,176(a5) # 804040b0 <panicking>
804004b8:	7139                	add	sp,sp,-64
804004ba:	dc22                	sw	s0,56(sp)
804004bc:	de06                	sw	ra,60(sp)
804004be:	842a                	mv	s0,a0
804004c0:	c771                	beqz	a4,8040058c <uni_trap+0xf2>
804004c2:	80403537          	lui	a0,0x80403
804004c6:	05850513          	add	a0,a0,88 # 80403058 <strnlen+0x314>
804004ca:	00000097          	auipc	ra,0x0
804004ce:	eca080e7          	jalr	-310(ra) # 80400394 <early_puts>
804004d2:	08442703          	lw	a4,132(s0)
804004d6:	47bd                	li	a5,15
804004d8:	0ae7e563          	bltu	a5,a4,80400582 <uni_trap+0xe8>
804004dc:	804037b7          	lui	a5,0x80403
804004e0:	070a                	sll	a4,a4,0x2
804004e2:	2f078793          	add	a5,a5,752 # 804032f0 <names.0>
804004e6:	97ba                	add	a5,a5,a4
804004e8:	4388                	lw	a0,0(a5)
804004ea:	00000097          	auipc	ra,0x0
804004ee:	eaa080e7          	jalr	-342(ra) # 80400394 <early_puts>
804004f2:	80403537          	lui	a0,0x80403
804004f6:	07050513          	add	a0,a0,112 # 80403070 <strnlen+0x32c>
804004fa:	00000097          	auipc	ra,0x0
804004fe:	e9a080e7          	jalr	-358(ra) # 80400394 <early_puts>
80400502:	08442583          	lw	a1,132(s0)
80400506:	0068                	add	a0,sp,12
80400508:	00000097          	auipc	ra,0x0
8040050c:	e14080e7          	jalr	-492(ra) # 8040031c <hex>
80400510:	00000097          	auipc	ra,0x0
80400514:	e84080e7          	jalr	-380(ra) # 80400394 <early_puts>
80400518:	80403537          	lui	a0,0x80403
8040051c:	07c50513          	add	a0,a0,124 # 8040307c <strnlen+0x338>
80400520:	00000097          	auipc	ra,0x0
80400524:	e74080e7          	jalr	-396(ra) # 80400394 <early_puts>
80400528:	08042583          	lw	a1,128(s0)
8040052c:	0828                	add	a0,sp,24
8040052e:	00000097          	auipc	ra,0x0
80400532:	dee080e7          	jalr	-530(ra) # 8040031c <hex>
80400536:	00000097          	auipc	ra,0x0
8040053a:	e5e080e7          	jalr	-418(ra) # 80400394 <early_puts>
8040053e:	80403537          	lui	a0,0x80403
80400542:	08850513          	add	a0,a0,136 # 80403088 <strnlen+0x344>
80400546:	00000097          	auipc	ra,0x0
8040054a:	e4e080e7          	jalr	-434(ra) # 80400394 <early_puts>
8040054e:	08842583          	lw	a1,136(s0)
80400552:	1048                	add	a0,sp,36
80400554:	00000097          	auipc	ra,0x0
80400558:	dc8080e7          	jalr	-568(ra) # 8040031c <hex>
8040055c:	00000097          	auipc	ra,0x0
80400560:	e38080e7          	jalr	-456(ra) # 80400394 <early_puts>
80400564:	80403537          	lui	a0,0x80403
80400568:	04c50513          	add	a0,a0,76 # 8040304c <strnlen+0x308>
8040056c:	00000097          	auipc	ra,0x0
80400570:	e28080e7          	jalr	-472(ra) # 80400394 <early_puts>
80400574:	4509                	li	a0,2
80400576:	10300593          	li	a1,259
8040057a:	48f5                	li	a7,29
8040057c:	00000073          	ecall
80400580:	bfd5                	j	80400574 <uni_trap+0xda>
80400582:	80403537          	lui	a0,0x80403
80400586:	05050513          	add	a0,a0,80 # 80403050 <strnlen+0x30c>
8040058a:	b785                	j	804004ea <uni_trap+0x50>
8040058c:	4705                	li	a4,1
8040058e:	0ae7a823          	sw	a4,176(a5)
80400592:	00000097          	auipc	ra,0x0
80400596:	dc8080e7          	jalr	-568(ra) # 8040035a <run_hooks>
8040059a:	b725                	j	804004c2 <uni_trap+0x28>

8040059c <uni_mfn_to_virt>:
8040059c:	804047b7          	lui	a5,0x80404
804005a0:	0b87a783          	lw	a5,184(a5) # 804040b8 <uni_start_info>
804005a4:	4701                	li	a4,0
804005a6:	0207a803          	lw	a6,32(a5)
804005aa:	43ec                	lw	a1,68(a5)
804005ac:	8642                	mv	a2,a6
804005ae:	a029                	j	804005b8 <uni_mfn_to_virt+0x1c>
804005b0:	4294                	lw	a3,0(a3)
804005b2:	04a6e763          	bltu	a3,a0,80400600 <uni_mfn_to_virt+0x64>
804005b6:	863e                	mv	a2,a5
804005b8:	40e607b3          	sub	a5,a2,a4
804005bc:	8385                	srl	a5,a5,0x1
804005be:	97ba                	add	a5,a5,a4
804005c0:	00279693          	sll	a3,a5,0x2
804005c4:	96ae                	add	a3,a3,a1
804005c6:	fec765e3          	bltu	a4,a2,804005b0 <uni_mfn_to_virt+0x14>
804005ca:	00e80863          	beq	a6,a4,804005da <uni_mfn_to_virt+0x3e>
804005ce:	00271793          	sll	a5,a4,0x2
804005d2:	97ae                	add	a5,a5,a1
804005d4:	439c                	lw	a5,0(a5)
804005d6:	00a78f63          	beq	a5,a0,804005f4 <uni_mfn_to_virt+0x58>
804005da:	4701                	li	a4,0
804005dc:	00081663          	bnez	a6,804005e8 <uni_mfn_to_virt+0x4c>
804005e0:	a01d                	j	80400606 <uni_mfn_to_virt+0x6a>
804005e2:	0705                	add	a4,a4,1
804005e4:	02e80163          	beq	a6,a4,80400606 <uni_mfn_to_virt+0x6a>
804005e8:	419c                	lw	a5,0(a1)
804005ea:	0591                	add	a1,a1,4
804005ec:	fea79be3          	bne	a5,a0,804005e2 <uni_mfn_to_virt+0x46>
804005f0:	00e80b63          	beq	a6,a4,80400606 <uni_mfn_to_virt+0x6a>
804005f4:	0732                	sll	a4,a4,0xc
804005f6:	800007b7          	lui	a5,0x80000
804005fa:	00f70533          	add	a0,a4,a5
804005fe:	8082                	ret
80400600:	00178713          	add	a4,a5,1 # 80000001 <errno+0x80000001>
80400604:	bf55                	j	804005b8 <uni_mfn_to_virt+0x1c>
80400606:	4501                	li	a0,0
80400608:	8082                	ret

8040060a <uni_runtime_start>:
8040060a:	804037b7          	lui	a5,0x80403
8040060e:	1141                	add	sp,sp,-16
80400610:	80404737          	lui	a4,0x80404
80400614:	09478793          	add	a5,a5,148 # 80403094 <strnlen+0x350>
80400618:	c422                	sw	s0,8(sp)
8040061a:	0aa72c23          	sw	a0,184(a4) # 804040b8 <uni_start_info>
8040061e:	c606                	sw	ra,12(sp)
80400620:	c226                	sw	s1,4(sp)
80400622:	c04a                	sw	s2,0(sp)
80400624:	842a                	mv	s0,a0
80400626:	01878593          	add	a1,a5,24
8040062a:	872a                	mv	a4,a0
8040062c:	00074603          	lbu	a2,0(a4)
80400630:	0007c683          	lbu	a3,0(a5)
80400634:	0ed61f63          	bne	a2,a3,80400732 <uni_runtime_start+0x128>
80400638:	0785                	add	a5,a5,1
8040063a:	0705                	add	a4,a4,1
8040063c:	feb798e3          	bne	a5,a1,8040062c <uni_runtime_start+0x22>
80400640:	4501                	li	a0,0
80400642:	4581                	li	a1,0
80400644:	48c5                	li	a7,17
80400646:	00000073          	ecall
8040064a:	4785                	li	a5,1
8040064c:	8141                	srl	a0,a0,0x10
8040064e:	10f51263          	bne	a0,a5,80400752 <uni_runtime_start+0x148>
80400652:	4519                	li	a0,6
80400654:	00000073          	ecall
80400658:	8909                	and	a0,a0,2
8040065a:	10050463          	beqz	a0,80400762 <uni_runtime_start+0x158>
8040065e:	5008                	lw	a0,32(s0)
80400660:	04042803          	lw	a6,64(s0)
80400664:	03c42883          	lw	a7,60(s0)
80400668:	442c                	lw	a1,72(s0)
8040066a:	00080637          	lui	a2,0x80
8040066e:	00c50733          	add	a4,a0,a2
80400672:	00c81793          	sll	a5,a6,0xc
80400676:	00c71693          	sll	a3,a4,0xc
8040067a:	01178733          	add	a4,a5,a7
8040067e:	0cc59263          	bne	a1,a2,80400742 <uni_runtime_start+0x138>
80400682:	804167b7          	lui	a5,0x80416
80400686:	5c078793          	add	a5,a5,1472 # 804165c0 <__bss_end>
8040068a:	0af46c63          	bltu	s0,a5,80400742 <uni_runtime_start+0x138>
8040068e:	0a88ea63          	bltu	a7,s0,80400742 <uni_runtime_start+0x138>
80400692:	0a080863          	beqz	a6,80400742 <uni_runtime_start+0x138>
80400696:	0ae6e663          	bltu	a3,a4,80400742 <uni_runtime_start+0x138>
8040069a:	0aa5e463          	bltu	a1,a0,80400742 <uni_runtime_start+0x138>
8040069e:	5048                	lw	a0,36(s0)
804006a0:	00000097          	auipc	ra,0x0
804006a4:	0d2080e7          	jalr	210(ra) # 80400772 <evtchn_init>
804006a8:	80400537          	lui	a0,0x80400
804006ac:	25050513          	add	a0,a0,592 # 80400250 <uni_trap_entry>
804006b0:	4581                	li	a1,0
804006b2:	4891                	li	a7,4
804006b4:	00000073          	ecall
804006b8:	06054563          	bltz	a0,80400722 <uni_runtime_start+0x118>
804006bc:	80414937          	lui	s2,0x80414
804006c0:	12090593          	add	a1,s2,288 # 80414120 <cmdline>
804006c4:	12090693          	add	a3,s2,288
804006c8:	4781                	li	a5,0
804006ca:	20000613          	li	a2,512
804006ce:	a039                	j	804006dc <uni_runtime_start+0xd2>
804006d0:	00e68023          	sb	a4,0(a3)
804006d4:	0785                	add	a5,a5,1
804006d6:	0685                	add	a3,a3,1
804006d8:	00c78763          	beq	a5,a2,804006e6 <uni_runtime_start+0xdc>
804006dc:	00f40733          	add	a4,s0,a5
804006e0:	04c74703          	lbu	a4,76(a4)
804006e4:	f775                	bnez	a4,804006d0 <uni_runtime_start+0xc6>
804006e6:	97ae                	add	a5,a5,a1
804006e8:	80404437          	lui	s0,0x80404
804006ec:	804044b7          	lui	s1,0x80404
804006f0:	00078023          	sb	zero,0(a5)
804006f4:	0a448493          	add	s1,s1,164 # 804040a4 <__init_array_end>
804006f8:	09840793          	add	a5,s0,152 # 80404098 <__init_array_start>
804006fc:	0097f963          	bgeu	a5,s1,8040070e <uni_runtime_start+0x104>
80400700:	09840413          	add	s0,s0,152
80400704:	401c                	lw	a5,0(s0)
80400706:	0411                	add	s0,s0,4
80400708:	9782                	jalr	a5
8040070a:	fe946de3          	bltu	s0,s1,80400704 <uni_runtime_start+0xfa>
8040070e:	12090513          	add	a0,s2,288
80400712:	00000097          	auipc	ra,0x0
80400716:	3dc080e7          	jalr	988(ra) # 80400aee <uni_main>
8040071a:	00000097          	auipc	ra,0x0
8040071e:	d02080e7          	jalr	-766(ra) # 8040041c <uni_poweroff>
80400722:	80403537          	lui	a0,0x80403
80400726:	16850513          	add	a0,a0,360 # 80403168 <strnlen+0x424>
8040072a:	00000097          	auipc	ra,0x0
8040072e:	d16080e7          	jalr	-746(ra) # 80400440 <uni_panic>
80400732:	80403537          	lui	a0,0x80403
80400736:	0ac50513          	add	a0,a0,172 # 804030ac <strnlen+0x368>
8040073a:	00000097          	auipc	ra,0x0
8040073e:	d06080e7          	jalr	-762(ra) # 80400440 <uni_panic>
80400742:	80403537          	lui	a0,0x80403
80400746:	14050513          	add	a0,a0,320 # 80403140 <strnlen+0x3fc>
8040074a:	00000097          	auipc	ra,0x0
8040074e:	cf6080e7          	jalr	-778(ra) # 80400440 <uni_panic>
80400752:	80403537          	lui	a0,0x80403
80400756:	0dc50513          	add	a0,a0,220 # 804030dc <strnlen+0x398>
8040075a:	00000097          	auipc	ra,0x0
8040075e:	ce6080e7          	jalr	-794(ra) # 80400440 <uni_panic>
80400762:	80403537          	lui	a0,0x80403
80400766:	11850513          	add	a0,a0,280 # 80403118 <strnlen+0x3d4>
8040076a:	00000097          	auipc	ra,0x0
8040076e:	cd6080e7          	jalr	-810(ra) # 80400440 <uni_panic>

80400772 <evtchn_init>:
80400772:	80404737          	lui	a4,0x80404
80400776:	804147b7          	lui	a5,0x80414
8040077a:	32478793          	add	a5,a5,804 # 80414324 <handlers>
8040077e:	0ca72023          	sw	a0,192(a4) # 804040c0 <pv_shared_info>
80400782:	6709                	lui	a4,0x2
80400784:	973e                	add	a4,a4,a5
80400786:	0007a023          	sw	zero,0(a5)
8040078a:	0007a223          	sw	zero,4(a5)
8040078e:	07a1                	add	a5,a5,8
80400790:	fee79be3          	bne	a5,a4,80400786 <evtchn_init+0x14>
80400794:	804047b7          	lui	a5,0x80404
80400798:	0a07ae23          	sw	zero,188(a5) # 804040bc <stray>
8040079c:	8082                	ret

8040079e <evtchn_bind>:
8040079e:	fff50713          	add	a4,a0,-1
804007a2:	3fe00793          	li	a5,1022
804007a6:	00e7ec63          	bltu	a5,a4,804007be <evtchn_bind+0x20>
804007aa:	804147b7          	lui	a5,0x80414
804007ae:	050e                	sll	a0,a0,0x3
804007b0:	32478793          	add	a5,a5,804 # 80414324 <handlers>
804007b4:	97aa                	add	a5,a5,a0
804007b6:	c3d0                	sw	a2,4(a5)
804007b8:	c38c                	sw	a1,0(a5)
804007ba:	4501                	li	a0,0
804007bc:	8082                	ret
804007be:	5529                	li	a0,-22
804007c0:	8082                	ret

804007c2 <evtchn_do_upcall>:
804007c2:	7179                	add	sp,sp,-48
804007c4:	804047b7          	lui	a5,0x80404
804007c8:	c65e                	sw	s7,12(sp)
804007ca:	0c07ab83          	lw	s7,192(a5) # 804040c0 <pv_shared_info>
804007ce:	cc52                	sw	s4,24(sp)
804007d0:	80414a37          	lui	s4,0x80414
804007d4:	c85a                	sw	s6,16(sp)
804007d6:	c462                	sw	s8,8(sp)
804007d8:	c266                	sw	s9,4(sp)
804007da:	d606                	sw	ra,44(sp)
804007dc:	d422                	sw	s0,40(sp)
804007de:	d226                	sw	s1,36(sp)
804007e0:	d04a                	sw	s2,32(sp)
804007e2:	ce4e                	sw	s3,28(sp)
804007e4:	ca56                	sw	s5,20(sp)
804007e6:	4c81                	li	s9,0
804007e8:	004b8c13          	add	s8,s7,4
804007ec:	324a0a13          	add	s4,s4,804 # 80414324 <handlers>
804007f0:	80404b37          	lui	s6,0x80404
804007f4:	000b8023          	sb	zero,0(s7)
804007f8:	0330000f          	fence	rw,rw
804007fc:	8ae6                	mv	s5,s9
804007fe:	0f50000f          	fence	iorw,ow
80400802:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80400806:	4985                	li	s3,1
80400808:	080a8163          	beqz	s5,8040088a <evtchn_do_upcall+0xc8>
8040080c:	8556                	mv	a0,s5
8040080e:	00000097          	auipc	ra,0x0
80400812:	518080e7          	jalr	1304(ra) # 80400d26 <__ctzsi2>
80400816:	01050413          	add	s0,a0,16
8040081a:	040a                	sll	s0,s0,0x2
8040081c:	08040913          	add	s2,s0,128
80400820:	fffa8793          	add	a5,s5,-1
80400824:	00fafab3          	and	s5,s5,a5
80400828:	945e                	add	s0,s0,s7
8040082a:	995e                	add	s2,s2,s7
8040082c:	00551493          	sll	s1,a0,0x5
80400830:	401c                	lw	a5,0(s0)
80400832:	0ff0000f          	fence
80400836:	00092503          	lw	a0,0(s2)
8040083a:	fff54513          	not	a0,a0
8040083e:	8d7d                	and	a0,a0,a5
80400840:	d561                	beqz	a0,80400808 <evtchn_do_upcall+0x46>
80400842:	00000097          	auipc	ra,0x0
80400846:	4e4080e7          	jalr	1252(ra) # 80400d26 <__ctzsi2>
8040084a:	00a997b3          	sll	a5,s3,a0
8040084e:	fff7c793          	not	a5,a5
80400852:	0f50000f          	fence	iorw,ow
80400856:	64f4202f          	amoand.w.aq	zero,a5,(s0)
8040085a:	9526                	add	a0,a0,s1
8040085c:	00351793          	sll	a5,a0,0x3
80400860:	97d2                	add	a5,a5,s4
80400862:	4398                	lw	a4,0(a5)
80400864:	cf09                	beqz	a4,8040087e <evtchn_do_upcall+0xbc>
80400866:	43cc                	lw	a1,4(a5)
80400868:	9702                	jalr	a4
8040086a:	401c                	lw	a5,0(s0)
8040086c:	0ff0000f          	fence
80400870:	00092503          	lw	a0,0(s2)
80400874:	fff54513          	not	a0,a0
80400878:	8d7d                	and	a0,a0,a5
8040087a:	f561                	bnez	a0,80400842 <evtchn_do_upcall+0x80>
8040087c:	b771                	j	80400808 <evtchn_do_upcall+0x46>
8040087e:	0bcb2783          	lw	a5,188(s6) # 804040bc <stray>
80400882:	0785                	add	a5,a5,1
80400884:	0afb2e23          	sw	a5,188(s6)
80400888:	b765                	j	80400830 <evtchn_do_upcall+0x6e>
8040088a:	000bc783          	lbu	a5,0(s7)
8040088e:	f3bd                	bnez	a5,804007f4 <evtchn_do_upcall+0x32>
80400890:	50b2                	lw	ra,44(sp)
80400892:	5422                	lw	s0,40(sp)
80400894:	5492                	lw	s1,36(sp)
80400896:	5902                	lw	s2,32(sp)
80400898:	49f2                	lw	s3,28(sp)
8040089a:	4a62                	lw	s4,24(sp)
8040089c:	4ad2                	lw	s5,20(sp)
8040089e:	4b42                	lw	s6,16(sp)
804008a0:	4bb2                	lw	s7,12(sp)
804008a2:	4c22                	lw	s8,8(sp)
804008a4:	4c92                	lw	s9,4(sp)
804008a6:	6145                	add	sp,sp,48
804008a8:	8082                	ret

804008aa <evtchn_send>:
804008aa:	1141                	add	sp,sp,-16
804008ac:	c62a                	sw	a0,12(sp)
804008ae:	006c                	add	a1,sp,12
804008b0:	4511                	li	a0,4
804008b2:	02000893          	li	a7,32
804008b6:	00000073          	ecall
804008ba:	0141                	add	sp,sp,16
804008bc:	8082                	ret

804008be <evtchn_bind_virq>:
804008be:	1141                	add	sp,sp,-16
804008c0:	86ae                	mv	a3,a1
804008c2:	c22a                	sw	a0,4(sp)
804008c4:	c402                	sw	zero,8(sp)
804008c6:	c602                	sw	zero,12(sp)
804008c8:	4505                	li	a0,1
804008ca:	004c                	add	a1,sp,4
804008cc:	02000893          	li	a7,32
804008d0:	00000073          	ecall
804008d4:	00054b63          	bltz	a0,804008ea <evtchn_bind_virq+0x2c>
804008d8:	4732                	lw	a4,12(sp)
804008da:	cb11                	beqz	a4,804008ee <evtchn_bind_virq+0x30>
804008dc:	c298                	sw	a4,0(a3)
804008de:	3fe00793          	li	a5,1022
804008e2:	177d                	add	a4,a4,-1 # 1fff <errno+0x1fff>
804008e4:	00e7e763          	bltu	a5,a4,804008f2 <evtchn_bind_virq+0x34>
804008e8:	4501                	li	a0,0
804008ea:	0141                	add	sp,sp,16
804008ec:	8082                	ret
804008ee:	872a                	mv	a4,a0
804008f0:	b7f5                	j	804008dc <evtchn_bind_virq+0x1e>
804008f2:	5529                	li	a0,-22
804008f4:	bfdd                	j	804008ea <evtchn_bind_virq+0x2c>

804008f6 <pv_block>:
804008f6:	4505                	li	a0,1
804008f8:	4581                	li	a1,0
804008fa:	48f5                	li	a7,29
804008fc:	00000073          	ecall
80400900:	804047b7          	lui	a5,0x80404
80400904:	0c07a783          	lw	a5,192(a5) # 804040c0 <pv_shared_info>
80400908:	4705                	li	a4,1
8040090a:	00e780a3          	sb	a4,1(a5)
8040090e:	8082                	ret

80400910 <pvcons_init>:
80400910:	c10c                	sw	a1,0(a0)
80400912:	c150                	sw	a2,4(a0)
80400914:	c514                	sw	a3,8(a0)
80400916:	8082                	ret

80400918 <pvcons_put>:
80400918:	00052803          	lw	a6,0(a0)
8040091c:	6785                	lui	a5,0x1
8040091e:	00f80733          	add	a4,a6,a5
80400922:	c0872503          	lw	a0,-1016(a4)
80400926:	c0c72883          	lw	a7,-1012(a4)
8040092a:	0330000f          	fence	rw,rw
8040092e:	80078793          	add	a5,a5,-2048 # 800 <errno+0x800>
80400932:	953e                	add	a0,a0,a5
80400934:	41150533          	sub	a0,a0,a7
80400938:	02a7ee63          	bltu	a5,a0,80400974 <pvcons_put+0x5c>
8040093c:	04a66463          	bltu	a2,a0,80400984 <pvcons_put+0x6c>
80400940:	c11d                	beqz	a0,80400966 <pvcons_put+0x4e>
80400942:	872e                	mv	a4,a1
80400944:	00a58633          	add	a2,a1,a0
80400948:	40b885b3          	sub	a1,a7,a1
8040094c:	00074683          	lbu	a3,0(a4)
80400950:	00e587b3          	add	a5,a1,a4
80400954:	7ff7f793          	and	a5,a5,2047
80400958:	97c2                	add	a5,a5,a6
8040095a:	40d78023          	sb	a3,1024(a5)
8040095e:	0705                	add	a4,a4,1
80400960:	fec716e3          	bne	a4,a2,8040094c <pvcons_put+0x34>
80400964:	98aa                	add	a7,a7,a0
80400966:	0110000f          	fence	w,w
8040096a:	6785                	lui	a5,0x1
8040096c:	983e                	add	a6,a6,a5
8040096e:	c1182623          	sw	a7,-1012(a6)
80400972:	8082                	ret
80400974:	4501                	li	a0,0
80400976:	0110000f          	fence	w,w
8040097a:	6785                	lui	a5,0x1
8040097c:	983e                	add	a6,a6,a5
8040097e:	c1182623          	sw	a7,-1012(a6)
80400982:	8082                	ret
80400984:	8532                	mv	a0,a2
80400986:	fd55                	bnez	a0,80400942 <pvcons_put+0x2a>
80400988:	bff9                	j	80400966 <pvcons_put+0x4e>

8040098a <pvcons_write>:
8040098a:	c621                	beqz	a2,804009d2 <pvcons_write+0x48>
8040098c:	1141                	add	sp,sp,-16
8040098e:	c422                	sw	s0,8(sp)
80400990:	c226                	sw	s1,4(sp)
80400992:	c04a                	sw	s2,0(sp)
80400994:	c606                	sw	ra,12(sp)
80400996:	8432                	mv	s0,a2
80400998:	892a                	mv	s2,a0
8040099a:	84ae                	mv	s1,a1
8040099c:	a021                	j	804009a4 <pvcons_write+0x1a>
8040099e:	00892783          	lw	a5,8(s2)
804009a2:	9782                	jalr	a5
804009a4:	8622                	mv	a2,s0
804009a6:	85a6                	mv	a1,s1
804009a8:	854a                	mv	a0,s2
804009aa:	00000097          	auipc	ra,0x0
804009ae:	f6e080e7          	jalr	-146(ra) # 80400918 <pvcons_put>
804009b2:	87aa                	mv	a5,a0
804009b4:	00492503          	lw	a0,4(s2)
804009b8:	8c1d                	sub	s0,s0,a5
804009ba:	94be                	add	s1,s1,a5
804009bc:	00000097          	auipc	ra,0x0
804009c0:	eee080e7          	jalr	-274(ra) # 804008aa <evtchn_send>
804009c4:	fc69                	bnez	s0,8040099e <pvcons_write+0x14>
804009c6:	40b2                	lw	ra,12(sp)
804009c8:	4422                	lw	s0,8(sp)
804009ca:	4492                	lw	s1,4(sp)
804009cc:	4902                	lw	s2,0(sp)
804009ce:	0141                	add	sp,sp,16
804009d0:	8082                	ret
804009d2:	8082                	ret

804009d4 <pvcons_drain>:
804009d4:	411c                	lw	a5,0(a0)
804009d6:	1141                	add	sp,sp,-16
804009d8:	c226                	sw	s1,4(sp)
804009da:	6485                	lui	s1,0x1
804009dc:	97a6                	add	a5,a5,s1
804009de:	c0c7a703          	lw	a4,-1012(a5) # c0c <errno+0xc0c>
804009e2:	c087a783          	lw	a5,-1016(a5)
804009e6:	c606                	sw	ra,12(sp)
804009e8:	c422                	sw	s0,8(sp)
804009ea:	02f70363          	beq	a4,a5,80400a10 <pvcons_drain+0x3c>
804009ee:	842a                	mv	s0,a0
804009f0:	4148                	lw	a0,4(a0)
804009f2:	00000097          	auipc	ra,0x0
804009f6:	eb8080e7          	jalr	-328(ra) # 804008aa <evtchn_send>
804009fa:	a019                	j	80400a00 <pvcons_drain+0x2c>
804009fc:	441c                	lw	a5,8(s0)
804009fe:	9782                	jalr	a5
80400a00:	401c                	lw	a5,0(s0)
80400a02:	97a6                	add	a5,a5,s1
80400a04:	c0c7a703          	lw	a4,-1012(a5)
80400a08:	c087a783          	lw	a5,-1016(a5)
80400a0c:	fef718e3          	bne	a4,a5,804009fc <pvcons_drain+0x28>
80400a10:	40b2                	lw	ra,12(sp)
80400a12:	4422                	lw	s0,8(sp)
80400a14:	4492                	lw	s1,4(sp)
80400a16:	0141                	add	sp,sp,16
80400a18:	8082                	ret

80400a1a <cons_event>:
80400a1a:	8082                	ret

80400a1c <uni_console_drain>:
80400a1c:	804047b7          	lui	a5,0x80404
80400a20:	0c47a783          	lw	a5,196(a5) # 804040c4 <ready>
80400a24:	e391                	bnez	a5,80400a28 <uni_console_drain+0xc>
80400a26:	8082                	ret
80400a28:	80416537          	lui	a0,0x80416
80400a2c:	32450513          	add	a0,a0,804 # 80416324 <cons>
80400a30:	00000317          	auipc	t1,0x0
80400a34:	fa430067          	jr	-92(t1) # 804009d4 <pvcons_drain>

80400a38 <uni_console_write>:
80400a38:	804047b7          	lui	a5,0x80404
80400a3c:	0c47a703          	lw	a4,196(a5) # 804040c4 <ready>
80400a40:	862e                	mv	a2,a1
80400a42:	cb11                	beqz	a4,80400a56 <uni_console_write+0x1e>
80400a44:	85aa                	mv	a1,a0
80400a46:	80416537          	lui	a0,0x80416
80400a4a:	32450513          	add	a0,a0,804 # 80416324 <cons>
80400a4e:	00000317          	auipc	t1,0x0
80400a52:	f3c30067          	jr	-196(t1) # 8040098a <pvcons_write>
80400a56:	00000317          	auipc	t1,0x0
80400a5a:	97430067          	jr	-1676(t1) # 804003ca <uni_early_write>

80400a5e <timer_event>:
80400a5e:	8082                	ret

80400a60 <write>:
80400a60:	1141                	add	sp,sp,-16
80400a62:	c606                	sw	ra,12(sp)
80400a64:	c422                	sw	s0,8(sp)
80400a66:	47bd                	li	a5,15
80400a68:	00a7eb63          	bltu	a5,a0,80400a7e <write+0x1e>
80400a6c:	80404737          	lui	a4,0x80404
80400a70:	00070713          	mv	a4,a4
80400a74:	00351793          	sll	a5,a0,0x3
80400a78:	97ba                	add	a5,a5,a4
80400a7a:	4398                	lw	a4,0(a5)
80400a7c:	ef11                	bnez	a4,80400a98 <write+0x38>
80400a7e:	4725                	li	a4,9
80400a80:	000007b7          	lui	a5,0x0
80400a84:	004787b3          	add	a5,a5,tp
80400a88:	00e7a023          	sw	a4,0(a5) # 0 <errno>
80400a8c:	547d                	li	s0,-1
80400a8e:	40b2                	lw	ra,12(sp)
80400a90:	8522                	mv	a0,s0
80400a92:	4422                	lw	s0,8(sp)
80400a94:	0141                	add	sp,sp,16
80400a96:	8082                	ret
80400a98:	8432                	mv	s0,a2
80400a9a:	04064663          	bltz	a2,80400ae6 <write+0x86>
80400a9e:	4505                	li	a0,1
80400aa0:	02a70b63          	beq	a4,a0,80400ad6 <write+0x76>
80400aa4:	80404737          	lui	a4,0x80404
80400aa8:	0ec72703          	lw	a4,236(a4) # 804040ec <fs>
80400aac:	43c8                	lw	a0,4(a5)
80400aae:	475c                	lw	a5,12(a4)
80400ab0:	9782                	jalr	a5
80400ab2:	842a                	mv	s0,a0
80400ab4:	fc055de3          	bgez	a0,80400a8e <write+0x2e>
80400ab8:	fff54413          	not	s0,a0
80400abc:	02500793          	li	a5,37
80400ac0:	4715                	li	a4,5
80400ac2:	fa87efe3          	bltu	a5,s0,80400a80 <write+0x20>
80400ac6:	804037b7          	lui	a5,0x80403
80400aca:	3a078793          	add	a5,a5,928 # 804033a0 <CSWTCH.34>
80400ace:	97a2                	add	a5,a5,s0
80400ad0:	00078703          	lb	a4,0(a5)
80400ad4:	b775                	j	80400a80 <write+0x20>
80400ad6:	86ae                	mv	a3,a1
80400ad8:	8536                	mv	a0,a3
80400ada:	85b2                	mv	a1,a2
80400adc:	00000097          	auipc	ra,0x0
80400ae0:	f5c080e7          	jalr	-164(ra) # 80400a38 <uni_console_write>
80400ae4:	b76d                	j	80400a8e <write+0x2e>
80400ae6:	4759                	li	a4,22
80400ae8:	bf61                	j	80400a80 <write+0x20>

80400aea <getpid>:
80400aea:	4505                	li	a0,1
80400aec:	8082                	ret

80400aee <uni_main>:
80400aee:	1141                	add	sp,sp,-16
80400af0:	c606                	sw	ra,12(sp)
80400af2:	c422                	sw	s0,8(sp)
80400af4:	80416837          	lui	a6,0x80416
80400af8:	00054603          	lbu	a2,0(a0)
80400afc:	872a                	mv	a4,a0
80400afe:	02000693          	li	a3,32
80400b02:	4501                	li	a0,0
80400b04:	45a5                	li	a1,9
80400b06:	33080813          	add	a6,a6,816 # 80416330 <argv.1>
80400b0a:	02d60b63          	beq	a2,a3,80400b40 <uni_main+0x52>
80400b0e:	02b60963          	beq	a2,a1,80400b40 <uni_main+0x52>
80400b12:	c231                	beqz	a2,80400b56 <uni_main+0x68>
80400b14:	06d50a63          	beq	a0,a3,80400b88 <uni_main+0x9a>
80400b18:	00251793          	sll	a5,a0,0x2
80400b1c:	97c2                	add	a5,a5,a6
80400b1e:	c398                	sw	a4,0(a5)
80400b20:	00074603          	lbu	a2,0(a4)
80400b24:	0505                	add	a0,a0,1
80400b26:	87b2                	mv	a5,a2
80400b28:	d26d                	beqz	a2,80400b0a <uni_main+0x1c>
80400b2a:	02d78363          	beq	a5,a3,80400b50 <uni_main+0x62>
80400b2e:	02b78163          	beq	a5,a1,80400b50 <uni_main+0x62>
80400b32:	00174783          	lbu	a5,1(a4)
80400b36:	0705                	add	a4,a4,1
80400b38:	fbed                	bnez	a5,80400b2a <uni_main+0x3c>
80400b3a:	4601                	li	a2,0
80400b3c:	fcd619e3          	bne	a2,a3,80400b0e <uni_main+0x20>
80400b40:	00170793          	add	a5,a4,1
80400b44:	00174603          	lbu	a2,1(a4)
80400b48:	00070023          	sb	zero,0(a4)
80400b4c:	873e                	mv	a4,a5
80400b4e:	bf75                	j	80400b0a <uni_main+0x1c>
80400b50:	00074603          	lbu	a2,0(a4)
80400b54:	bf5d                	j	80400b0a <uni_main+0x1c>
80400b56:	804165b7          	lui	a1,0x80416
80400b5a:	33058713          	add	a4,a1,816 # 80416330 <argv.1>
80400b5e:	00251793          	sll	a5,a0,0x2
80400b62:	97ba                	add	a5,a5,a4
80400b64:	33058593          	add	a1,a1,816
80400b68:	0007a023          	sw	zero,0(a5)
80400b6c:	fffff097          	auipc	ra,0xfffff
80400b70:	534080e7          	jalr	1332(ra) # 804000a0 <main>
80400b74:	842a                	mv	s0,a0
80400b76:	00000097          	auipc	ra,0x0
80400b7a:	0f0080e7          	jalr	240(ra) # 80400c66 <ulib_flush_stdout>
80400b7e:	40b2                	lw	ra,12(sp)
80400b80:	8522                	mv	a0,s0
80400b82:	4422                	lw	s0,8(sp)
80400b84:	0141                	add	sp,sp,16
80400b86:	8082                	ret
80400b88:	80403537          	lui	a0,0x80403
80400b8c:	3c850513          	add	a0,a0,968 # 804033c8 <msg.0>
80400b90:	45e1                	li	a1,24
80400b92:	00000097          	auipc	ra,0x0
80400b96:	ea6080e7          	jalr	-346(ra) # 80400a38 <uni_console_write>
80400b9a:	4409                	li	s0,2
80400b9c:	40b2                	lw	ra,12(sp)
80400b9e:	8522                	mv	a0,s0
80400ba0:	4422                	lw	s0,8(sp)
80400ba2:	0141                	add	sp,sp,16
80400ba4:	8082                	ret

80400ba6 <stdout_flush>:
80400ba6:	1141                	add	sp,sp,-16
80400ba8:	c04a                	sw	s2,0(sp)
80400baa:	80404937          	lui	s2,0x80404
80400bae:	c422                	sw	s0,8(sp)
80400bb0:	0f092403          	lw	s0,240(s2) # 804040f0 <out_len>
80400bb4:	c606                	sw	ra,12(sp)
80400bb6:	c226                	sw	s1,4(sp)
80400bb8:	c015                	beqz	s0,80400bdc <stdout_flush+0x36>
80400bba:	804164b7          	lui	s1,0x80416
80400bbe:	3b448493          	add	s1,s1,948 # 804163b4 <out_buf>
80400bc2:	a019                	j	80400bc8 <stdout_flush+0x22>
80400bc4:	94aa                	add	s1,s1,a0
80400bc6:	c819                	beqz	s0,80400bdc <stdout_flush+0x36>
80400bc8:	8622                	mv	a2,s0
80400bca:	85a6                	mv	a1,s1
80400bcc:	4505                	li	a0,1
80400bce:	00000097          	auipc	ra,0x0
80400bd2:	e92080e7          	jalr	-366(ra) # 80400a60 <write>
80400bd6:	8c09                	sub	s0,s0,a0
80400bd8:	fea046e3          	bgtz	a0,80400bc4 <stdout_flush+0x1e>
80400bdc:	40b2                	lw	ra,12(sp)
80400bde:	4422                	lw	s0,8(sp)
80400be0:	0e092823          	sw	zero,240(s2)
80400be4:	4492                	lw	s1,4(sp)
80400be6:	4902                	lw	s2,0(sp)
80400be8:	4501                	li	a0,0
80400bea:	0141                	add	sp,sp,16
80400bec:	8082                	ret

80400bee <stdout_put>:
80400bee:	1101                	add	sp,sp,-32
80400bf0:	c64e                	sw	s3,12(sp)
80400bf2:	804049b7          	lui	s3,0x80404
80400bf6:	0f09a783          	lw	a5,240(s3) # 804040f0 <out_len>
80400bfa:	ca26                	sw	s1,20(sp)
80400bfc:	804164b7          	lui	s1,0x80416
80400c00:	3b448493          	add	s1,s1,948 # 804163b4 <out_buf>
80400c04:	cc22                	sw	s0,24(sp)
80400c06:	c84a                	sw	s2,16(sp)
80400c08:	00178413          	add	s0,a5,1
80400c0c:	ce06                	sw	ra,28(sp)
80400c0e:	97a6                	add	a5,a5,s1
80400c10:	00a78023          	sb	a0,0(a5)
80400c14:	0e89a823          	sw	s0,240(s3)
80400c18:	47a9                	li	a5,10
80400c1a:	892a                	mv	s2,a0
80400c1c:	00f50e63          	beq	a0,a5,80400c38 <stdout_put+0x4a>
80400c20:	20000793          	li	a5,512
80400c24:	00f40b63          	beq	s0,a5,80400c3a <stdout_put+0x4c>
80400c28:	40f2                	lw	ra,28(sp)
80400c2a:	4462                	lw	s0,24(sp)
80400c2c:	44d2                	lw	s1,20(sp)
80400c2e:	49b2                	lw	s3,12(sp)
80400c30:	854a                	mv	a0,s2
80400c32:	4942                	lw	s2,16(sp)
80400c34:	6105                	add	sp,sp,32
80400c36:	8082                	ret
80400c38:	cc09                	beqz	s0,80400c52 <stdout_put+0x64>
80400c3a:	8622                	mv	a2,s0
80400c3c:	85a6                	mv	a1,s1
80400c3e:	4505                	li	a0,1
80400c40:	00000097          	auipc	ra,0x0
80400c44:	e20080e7          	jalr	-480(ra) # 80400a60 <write>
80400c48:	8c09                	sub	s0,s0,a0
80400c4a:	00a05463          	blez	a0,80400c52 <stdout_put+0x64>
80400c4e:	94aa                	add	s1,s1,a0
80400c50:	f46d                	bnez	s0,80400c3a <stdout_put+0x4c>
80400c52:	40f2                	lw	ra,28(sp)
80400c54:	4462                	lw	s0,24(sp)
80400c56:	0e09a823          	sw	zero,240(s3)
80400c5a:	44d2                	lw	s1,20(sp)
80400c5c:	49b2                	lw	s3,12(sp)
80400c5e:	854a                	mv	a0,s2
80400c60:	4942                	lw	s2,16(sp)
80400c62:	6105                	add	sp,sp,32
80400c64:	8082                	ret

80400c66 <ulib_flush_stdout>:
80400c66:	1141                	add	sp,sp,-16
80400c68:	c04a                	sw	s2,0(sp)
80400c6a:	80404937          	lui	s2,0x80404
80400c6e:	c422                	sw	s0,8(sp)
80400c70:	0f092403          	lw	s0,240(s2) # 804040f0 <out_len>
80400c74:	c606                	sw	ra,12(sp)
80400c76:	c226                	sw	s1,4(sp)
80400c78:	c015                	beqz	s0,80400c9c <ulib_flush_stdout+0x36>
80400c7a:	804164b7          	lui	s1,0x80416
80400c7e:	3b448493          	add	s1,s1,948 # 804163b4 <out_buf>
80400c82:	a019                	j	80400c88 <ulib_flush_stdout+0x22>
80400c84:	94aa                	add	s1,s1,a0
80400c86:	c819                	beqz	s0,80400c9c <ulib_flush_stdout+0x36>
80400c88:	8622                	mv	a2,s0
80400c8a:	85a6                	mv	a1,s1
80400c8c:	4505                	li	a0,1
80400c8e:	00000097          	auipc	ra,0x0
80400c92:	dd2080e7          	jalr	-558(ra) # 80400a60 <write>
80400c96:	8c09                	sub	s0,s0,a0
80400c98:	fea046e3          	bgtz	a0,80400c84 <ulib_flush_stdout+0x1e>
80400c9c:	40b2                	lw	ra,12(sp)
80400c9e:	4422                	lw	s0,8(sp)
80400ca0:	0e092823          	sw	zero,240(s2)
80400ca4:	4492                	lw	s1,4(sp)
80400ca6:	4902                	lw	s2,0(sp)
80400ca8:	0141                	add	sp,sp,16
80400caa:	8082                	ret

80400cac <__lshrdi3>:
80400cac:	ca19                	beqz	a2,80400cc2 <__lshrdi3+0x16>
80400cae:	02000793          	li	a5,32
80400cb2:	8f91                	sub	a5,a5,a2
80400cb4:	00f04863          	bgtz	a5,80400cc4 <__lshrdi3+0x18>
80400cb8:	1601                	add	a2,a2,-32 # 7ffe0 <errno+0x7ffe0>
80400cba:	00c5d533          	srl	a0,a1,a2
80400cbe:	4701                	li	a4,0
80400cc0:	85ba                	mv	a1,a4
80400cc2:	8082                	ret
80400cc4:	00c5d733          	srl	a4,a1,a2
80400cc8:	00c55533          	srl	a0,a0,a2
80400ccc:	00f595b3          	sll	a1,a1,a5
80400cd0:	8d4d                	or	a0,a0,a1
80400cd2:	b7fd                	j	80400cc0 <__lshrdi3+0x14>

80400cd4 <__ashldi3>:
80400cd4:	ca19                	beqz	a2,80400cea <__ashldi3+0x16>
80400cd6:	02000793          	li	a5,32
80400cda:	8f91                	sub	a5,a5,a2
80400cdc:	00f04863          	bgtz	a5,80400cec <__ashldi3+0x18>
80400ce0:	1601                	add	a2,a2,-32
80400ce2:	00c515b3          	sll	a1,a0,a2
80400ce6:	4701                	li	a4,0
80400ce8:	853a                	mv	a0,a4
80400cea:	8082                	ret
80400cec:	00c51733          	sll	a4,a0,a2
80400cf0:	00c595b3          	sll	a1,a1,a2
80400cf4:	00f55533          	srl	a0,a0,a5
80400cf8:	8dc9                	or	a1,a1,a0
80400cfa:	b7fd                	j	80400ce8 <__ashldi3+0x14>

80400cfc <__ashrdi3>:
80400cfc:	ce01                	beqz	a2,80400d14 <__ashrdi3+0x18>
80400cfe:	02000793          	li	a5,32
80400d02:	8f91                	sub	a5,a5,a2
80400d04:	00f04963          	bgtz	a5,80400d16 <__ashrdi3+0x1a>
80400d08:	1601                	add	a2,a2,-32
80400d0a:	41f5d713          	sra	a4,a1,0x1f
80400d0e:	40c5d533          	sra	a0,a1,a2
80400d12:	85ba                	mv	a1,a4
80400d14:	8082                	ret
80400d16:	40c5d733          	sra	a4,a1,a2
80400d1a:	00c55533          	srl	a0,a0,a2
80400d1e:	00f595b3          	sll	a1,a1,a5
80400d22:	8d4d                	or	a0,a0,a1
80400d24:	b7fd                	j	80400d12 <__ashrdi3+0x16>

80400d26 <__ctzsi2>:
80400d26:	40a007b3          	neg	a5,a0
80400d2a:	8d7d                	and	a0,a0,a5
80400d2c:	67c1                	lui	a5,0x10
80400d2e:	02f57363          	bgeu	a0,a5,80400d54 <__ctzsi2+0x2e>
80400d32:	10053793          	sltiu	a5,a0,256
80400d36:	0017c793          	xor	a5,a5,1
80400d3a:	078e                	sll	a5,a5,0x3
80400d3c:	00f55533          	srl	a0,a0,a5
80400d40:	00003717          	auipc	a4,0x3
80400d44:	a7470713          	add	a4,a4,-1420 # 804037b4 <__clz_tab>
80400d48:	972a                	add	a4,a4,a0
80400d4a:	00074503          	lbu	a0,0(a4)
80400d4e:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
80400d50:	953e                	add	a0,a0,a5
80400d52:	8082                	ret
80400d54:	01000737          	lui	a4,0x1000
80400d58:	47c1                	li	a5,16
80400d5a:	fee561e3          	bltu	a0,a4,80400d3c <__ctzsi2+0x16>
80400d5e:	47e1                	li	a5,24
80400d60:	bff1                	j	80400d3c <__ctzsi2+0x16>

80400d62 <__udivdi3>:
80400d62:	88aa                	mv	a7,a0
80400d64:	832e                	mv	t1,a1
80400d66:	8732                	mv	a4,a2
80400d68:	882a                	mv	a6,a0
80400d6a:	87ae                	mv	a5,a1
80400d6c:	20069663          	bnez	a3,80400f78 <__udivdi3+0x216>
80400d70:	00003597          	auipc	a1,0x3
80400d74:	a4458593          	add	a1,a1,-1468 # 804037b4 <__clz_tab>
80400d78:	0cc37163          	bgeu	t1,a2,80400e3a <__udivdi3+0xd8>
80400d7c:	66c1                	lui	a3,0x10
80400d7e:	0ad67763          	bgeu	a2,a3,80400e2c <__udivdi3+0xca>
80400d82:	10063693          	sltiu	a3,a2,256
80400d86:	0016c693          	xor	a3,a3,1
80400d8a:	068e                	sll	a3,a3,0x3
80400d8c:	00d65533          	srl	a0,a2,a3
80400d90:	95aa                	add	a1,a1,a0
80400d92:	0005c583          	lbu	a1,0(a1)
80400d96:	02000513          	li	a0,32
80400d9a:	96ae                	add	a3,a3,a1
80400d9c:	40d505b3          	sub	a1,a0,a3
80400da0:	00d50b63          	beq	a0,a3,80400db6 <__udivdi3+0x54>
80400da4:	00b317b3          	sll	a5,t1,a1
80400da8:	00d8d6b3          	srl	a3,a7,a3
80400dac:	00b61733          	sll	a4,a2,a1
80400db0:	8fd5                	or	a5,a5,a3
80400db2:	00b89833          	sll	a6,a7,a1
80400db6:	01075593          	srl	a1,a4,0x10
80400dba:	02b7d333          	divu	t1,a5,a1
80400dbe:	01071613          	sll	a2,a4,0x10
80400dc2:	8241                	srl	a2,a2,0x10
80400dc4:	02b7f7b3          	remu	a5,a5,a1
80400dc8:	851a                	mv	a0,t1
80400dca:	026608b3          	mul	a7,a2,t1
80400dce:	01079693          	sll	a3,a5,0x10
80400dd2:	01085793          	srl	a5,a6,0x10
80400dd6:	8fd5                	or	a5,a5,a3
80400dd8:	0117fc63          	bgeu	a5,a7,80400df0 <__udivdi3+0x8e>
80400ddc:	97ba                	add	a5,a5,a4
80400dde:	fff30513          	add	a0,t1,-1
80400de2:	00e7e763          	bltu	a5,a4,80400df0 <__udivdi3+0x8e>
80400de6:	0117f563          	bgeu	a5,a7,80400df0 <__udivdi3+0x8e>
80400dea:	ffe30513          	add	a0,t1,-2
80400dee:	97ba                	add	a5,a5,a4
80400df0:	411787b3          	sub	a5,a5,a7
80400df4:	02b7d8b3          	divu	a7,a5,a1
80400df8:	0842                	sll	a6,a6,0x10
80400dfa:	01085813          	srl	a6,a6,0x10
80400dfe:	02b7f7b3          	remu	a5,a5,a1
80400e02:	031606b3          	mul	a3,a2,a7
80400e06:	07c2                	sll	a5,a5,0x10
80400e08:	00f86833          	or	a6,a6,a5
80400e0c:	87c6                	mv	a5,a7
80400e0e:	00d87b63          	bgeu	a6,a3,80400e24 <__udivdi3+0xc2>
80400e12:	983a                	add	a6,a6,a4
80400e14:	fff88793          	add	a5,a7,-1
80400e18:	00e86663          	bltu	a6,a4,80400e24 <__udivdi3+0xc2>
80400e1c:	00d87463          	bgeu	a6,a3,80400e24 <__udivdi3+0xc2>
80400e20:	ffe88793          	add	a5,a7,-2
80400e24:	0542                	sll	a0,a0,0x10
80400e26:	8d5d                	or	a0,a0,a5
80400e28:	4581                	li	a1,0
80400e2a:	8082                	ret
80400e2c:	01000537          	lui	a0,0x1000
80400e30:	46c1                	li	a3,16
80400e32:	f4a66de3          	bltu	a2,a0,80400d8c <__udivdi3+0x2a>
80400e36:	46e1                	li	a3,24
80400e38:	bf91                	j	80400d8c <__udivdi3+0x2a>
80400e3a:	4681                	li	a3,0
80400e3c:	ca09                	beqz	a2,80400e4e <__udivdi3+0xec>
80400e3e:	67c1                	lui	a5,0x10
80400e40:	08f67f63          	bgeu	a2,a5,80400ede <__udivdi3+0x17c>
80400e44:	10063693          	sltiu	a3,a2,256
80400e48:	0016c693          	xor	a3,a3,1
80400e4c:	068e                	sll	a3,a3,0x3
80400e4e:	00d657b3          	srl	a5,a2,a3
80400e52:	95be                	add	a1,a1,a5
80400e54:	0005c783          	lbu	a5,0(a1)
80400e58:	97b6                	add	a5,a5,a3
80400e5a:	02000693          	li	a3,32
80400e5e:	40f685b3          	sub	a1,a3,a5
80400e62:	08f69563          	bne	a3,a5,80400eec <__udivdi3+0x18a>
80400e66:	40c307b3          	sub	a5,t1,a2
80400e6a:	4585                	li	a1,1
80400e6c:	01075893          	srl	a7,a4,0x10
80400e70:	0317de33          	divu	t3,a5,a7
80400e74:	01071613          	sll	a2,a4,0x10
80400e78:	8241                	srl	a2,a2,0x10
80400e7a:	01085693          	srl	a3,a6,0x10
80400e7e:	0317f7b3          	remu	a5,a5,a7
80400e82:	8572                	mv	a0,t3
80400e84:	03c60333          	mul	t1,a2,t3
80400e88:	07c2                	sll	a5,a5,0x10
80400e8a:	8fd5                	or	a5,a5,a3
80400e8c:	0067fc63          	bgeu	a5,t1,80400ea4 <__udivdi3+0x142>
80400e90:	97ba                	add	a5,a5,a4
80400e92:	fffe0513          	add	a0,t3,-1
80400e96:	00e7e763          	bltu	a5,a4,80400ea4 <__udivdi3+0x142>
80400e9a:	0067f563          	bgeu	a5,t1,80400ea4 <__udivdi3+0x142>
80400e9e:	ffee0513          	add	a0,t3,-2
80400ea2:	97ba                	add	a5,a5,a4
80400ea4:	406787b3          	sub	a5,a5,t1
80400ea8:	0317d333          	divu	t1,a5,a7
80400eac:	0842                	sll	a6,a6,0x10
80400eae:	01085813          	srl	a6,a6,0x10
80400eb2:	0317f7b3          	remu	a5,a5,a7
80400eb6:	026606b3          	mul	a3,a2,t1
80400eba:	07c2                	sll	a5,a5,0x10
80400ebc:	00f86833          	or	a6,a6,a5
80400ec0:	879a                	mv	a5,t1
80400ec2:	00d87b63          	bgeu	a6,a3,80400ed8 <__udivdi3+0x176>
80400ec6:	983a                	add	a6,a6,a4
80400ec8:	fff30793          	add	a5,t1,-1
80400ecc:	00e86663          	bltu	a6,a4,80400ed8 <__udivdi3+0x176>
80400ed0:	00d87463          	bgeu	a6,a3,80400ed8 <__udivdi3+0x176>
80400ed4:	ffe30793          	add	a5,t1,-2
80400ed8:	0542                	sll	a0,a0,0x10
80400eda:	8d5d                	or	a0,a0,a5
80400edc:	8082                	ret
80400ede:	010007b7          	lui	a5,0x1000
80400ee2:	46c1                	li	a3,16
80400ee4:	f6f665e3          	bltu	a2,a5,80400e4e <__udivdi3+0xec>
80400ee8:	46e1                	li	a3,24
80400eea:	b795                	j	80400e4e <__udivdi3+0xec>
80400eec:	00b61733          	sll	a4,a2,a1
80400ef0:	00f356b3          	srl	a3,t1,a5
80400ef4:	01075513          	srl	a0,a4,0x10
80400ef8:	00b31333          	sll	t1,t1,a1
80400efc:	00f8d7b3          	srl	a5,a7,a5
80400f00:	0067e7b3          	or	a5,a5,t1
80400f04:	02a6d333          	divu	t1,a3,a0
80400f08:	01071613          	sll	a2,a4,0x10
80400f0c:	8241                	srl	a2,a2,0x10
80400f0e:	00b89833          	sll	a6,a7,a1
80400f12:	02a6f6b3          	remu	a3,a3,a0
80400f16:	026608b3          	mul	a7,a2,t1
80400f1a:	01069593          	sll	a1,a3,0x10
80400f1e:	0107d693          	srl	a3,a5,0x10
80400f22:	8ecd                	or	a3,a3,a1
80400f24:	859a                	mv	a1,t1
80400f26:	0116fc63          	bgeu	a3,a7,80400f3e <__udivdi3+0x1dc>
80400f2a:	96ba                	add	a3,a3,a4
80400f2c:	fff30593          	add	a1,t1,-1
80400f30:	00e6e763          	bltu	a3,a4,80400f3e <__udivdi3+0x1dc>
80400f34:	0116f563          	bgeu	a3,a7,80400f3e <__udivdi3+0x1dc>
80400f38:	ffe30593          	add	a1,t1,-2
80400f3c:	96ba                	add	a3,a3,a4
80400f3e:	411686b3          	sub	a3,a3,a7
80400f42:	02a6d8b3          	divu	a7,a3,a0
80400f46:	07c2                	sll	a5,a5,0x10
80400f48:	83c1                	srl	a5,a5,0x10
80400f4a:	02a6f6b3          	remu	a3,a3,a0
80400f4e:	03160633          	mul	a2,a2,a7
80400f52:	06c2                	sll	a3,a3,0x10
80400f54:	8fd5                	or	a5,a5,a3
80400f56:	86c6                	mv	a3,a7
80400f58:	00c7fc63          	bgeu	a5,a2,80400f70 <__udivdi3+0x20e>
80400f5c:	97ba                	add	a5,a5,a4
80400f5e:	fff88693          	add	a3,a7,-1
80400f62:	00e7e763          	bltu	a5,a4,80400f70 <__udivdi3+0x20e>
80400f66:	00c7f563          	bgeu	a5,a2,80400f70 <__udivdi3+0x20e>
80400f6a:	ffe88693          	add	a3,a7,-2
80400f6e:	97ba                	add	a5,a5,a4
80400f70:	05c2                	sll	a1,a1,0x10
80400f72:	8f91                	sub	a5,a5,a2
80400f74:	8dd5                	or	a1,a1,a3
80400f76:	bddd                	j	80400e6c <__udivdi3+0x10a>
80400f78:	14d5e163          	bltu	a1,a3,804010ba <__udivdi3+0x358>
80400f7c:	67c1                	lui	a5,0x10
80400f7e:	02f6ff63          	bgeu	a3,a5,80400fbc <__udivdi3+0x25a>
80400f82:	1006b713          	sltiu	a4,a3,256
80400f86:	00174713          	xor	a4,a4,1
80400f8a:	070e                	sll	a4,a4,0x3
80400f8c:	00e6d5b3          	srl	a1,a3,a4
80400f90:	00003797          	auipc	a5,0x3
80400f94:	82478793          	add	a5,a5,-2012 # 804037b4 <__clz_tab>
80400f98:	97ae                	add	a5,a5,a1
80400f9a:	0007c783          	lbu	a5,0(a5)
80400f9e:	97ba                	add	a5,a5,a4
80400fa0:	02000713          	li	a4,32
80400fa4:	40f705b3          	sub	a1,a4,a5
80400fa8:	02f71163          	bne	a4,a5,80400fca <__udivdi3+0x268>
80400fac:	4505                	li	a0,1
80400fae:	e666eee3          	bltu	a3,t1,80400e2a <__udivdi3+0xc8>
80400fb2:	00c8b533          	sltu	a0,a7,a2
80400fb6:	00154513          	xor	a0,a0,1
80400fba:	8082                	ret
80400fbc:	010007b7          	lui	a5,0x1000
80400fc0:	4741                	li	a4,16
80400fc2:	fcf6e5e3          	bltu	a3,a5,80400f8c <__udivdi3+0x22a>
80400fc6:	4761                	li	a4,24
80400fc8:	b7d1                	j	80400f8c <__udivdi3+0x22a>
80400fca:	00f65733          	srl	a4,a2,a5
80400fce:	00b696b3          	sll	a3,a3,a1
80400fd2:	8ed9                	or	a3,a3,a4
80400fd4:	00f35733          	srl	a4,t1,a5
80400fd8:	00b31333          	sll	t1,t1,a1
80400fdc:	00f8d7b3          	srl	a5,a7,a5
80400fe0:	0067e7b3          	or	a5,a5,t1
80400fe4:	0106d313          	srl	t1,a3,0x10
80400fe8:	02675eb3          	divu	t4,a4,t1
80400fec:	01069813          	sll	a6,a3,0x10
80400ff0:	01085813          	srl	a6,a6,0x10
80400ff4:	00b61633          	sll	a2,a2,a1
80400ff8:	02677733          	remu	a4,a4,t1
80400ffc:	03d80e33          	mul	t3,a6,t4
80401000:	01071513          	sll	a0,a4,0x10
80401004:	0107d713          	srl	a4,a5,0x10
80401008:	8f49                	or	a4,a4,a0
8040100a:	8576                	mv	a0,t4
8040100c:	01c77c63          	bgeu	a4,t3,80401024 <__udivdi3+0x2c2>
80401010:	9736                	add	a4,a4,a3
80401012:	fffe8513          	add	a0,t4,-1
80401016:	00d76763          	bltu	a4,a3,80401024 <__udivdi3+0x2c2>
8040101a:	01c77563          	bgeu	a4,t3,80401024 <__udivdi3+0x2c2>
8040101e:	ffee8513          	add	a0,t4,-2
80401022:	9736                	add	a4,a4,a3
80401024:	41c70733          	sub	a4,a4,t3
80401028:	02675e33          	divu	t3,a4,t1
8040102c:	07c2                	sll	a5,a5,0x10
8040102e:	83c1                	srl	a5,a5,0x10
80401030:	02677733          	remu	a4,a4,t1
80401034:	03c80833          	mul	a6,a6,t3
80401038:	0742                	sll	a4,a4,0x10
8040103a:	8fd9                	or	a5,a5,a4
8040103c:	8772                	mv	a4,t3
8040103e:	0107fc63          	bgeu	a5,a6,80401056 <__udivdi3+0x2f4>
80401042:	97b6                	add	a5,a5,a3
80401044:	fffe0713          	add	a4,t3,-1
80401048:	00d7e763          	bltu	a5,a3,80401056 <__udivdi3+0x2f4>
8040104c:	0107f563          	bgeu	a5,a6,80401056 <__udivdi3+0x2f4>
80401050:	ffee0713          	add	a4,t3,-2
80401054:	97b6                	add	a5,a5,a3
80401056:	0542                	sll	a0,a0,0x10
80401058:	6e41                	lui	t3,0x10
8040105a:	8d59                	or	a0,a0,a4
8040105c:	fffe0693          	add	a3,t3,-1 # ffff <errno+0xffff>
80401060:	00d57733          	and	a4,a0,a3
80401064:	410787b3          	sub	a5,a5,a6
80401068:	8ef1                	and	a3,a3,a2
8040106a:	01055813          	srl	a6,a0,0x10
8040106e:	8241                	srl	a2,a2,0x10
80401070:	02d70333          	mul	t1,a4,a3
80401074:	02d806b3          	mul	a3,a6,a3
80401078:	02c70733          	mul	a4,a4,a2
8040107c:	02c80833          	mul	a6,a6,a2
80401080:	00d70633          	add	a2,a4,a3
80401084:	01035713          	srl	a4,t1,0x10
80401088:	9732                	add	a4,a4,a2
8040108a:	00d77363          	bgeu	a4,a3,80401090 <__udivdi3+0x32e>
8040108e:	9872                	add	a6,a6,t3
80401090:	01075693          	srl	a3,a4,0x10
80401094:	96c2                	add	a3,a3,a6
80401096:	02d7e063          	bltu	a5,a3,804010b6 <__udivdi3+0x354>
8040109a:	d8d797e3          	bne	a5,a3,80400e28 <__udivdi3+0xc6>
8040109e:	67c1                	lui	a5,0x10
804010a0:	17fd                	add	a5,a5,-1 # ffff <errno+0xffff>
804010a2:	8f7d                	and	a4,a4,a5
804010a4:	0742                	sll	a4,a4,0x10
804010a6:	00f37333          	and	t1,t1,a5
804010aa:	00b898b3          	sll	a7,a7,a1
804010ae:	971a                	add	a4,a4,t1
804010b0:	4581                	li	a1,0
804010b2:	d6e8fce3          	bgeu	a7,a4,80400e2a <__udivdi3+0xc8>
804010b6:	157d                	add	a0,a0,-1 # ffffff <errno+0xffffff>
804010b8:	bb85                	j	80400e28 <__udivdi3+0xc6>
804010ba:	4581                	li	a1,0
804010bc:	4501                	li	a0,0
804010be:	8082                	ret

804010c0 <__umoddi3>:
804010c0:	8832                	mv	a6,a2
804010c2:	87aa                	mv	a5,a0
804010c4:	872e                	mv	a4,a1
804010c6:	1a069363          	bnez	a3,8040126c <__umoddi3+0x1ac>
804010ca:	00002897          	auipc	a7,0x2
804010ce:	6ea88893          	add	a7,a7,1770 # 804037b4 <__clz_tab>
804010d2:	0ac5f663          	bgeu	a1,a2,8040117e <__umoddi3+0xbe>
804010d6:	66c1                	lui	a3,0x10
804010d8:	08d67c63          	bgeu	a2,a3,80401170 <__umoddi3+0xb0>
804010dc:	10063693          	sltiu	a3,a2,256
804010e0:	0016c693          	xor	a3,a3,1
804010e4:	068e                	sll	a3,a3,0x3
804010e6:	00d65333          	srl	t1,a2,a3
804010ea:	989a                	add	a7,a7,t1
804010ec:	0008c883          	lbu	a7,0(a7)
804010f0:	02000313          	li	t1,32
804010f4:	96c6                	add	a3,a3,a7
804010f6:	40d308b3          	sub	a7,t1,a3
804010fa:	00d30b63          	beq	t1,a3,80401110 <__umoddi3+0x50>
804010fe:	01159733          	sll	a4,a1,a7
80401102:	00d556b3          	srl	a3,a0,a3
80401106:	01161833          	sll	a6,a2,a7
8040110a:	8f55                	or	a4,a4,a3
8040110c:	011517b3          	sll	a5,a0,a7
80401110:	01085613          	srl	a2,a6,0x10
80401114:	02c756b3          	divu	a3,a4,a2
80401118:	01081513          	sll	a0,a6,0x10
8040111c:	8141                	srl	a0,a0,0x10
8040111e:	02c77733          	remu	a4,a4,a2
80401122:	02a686b3          	mul	a3,a3,a0
80401126:	01071593          	sll	a1,a4,0x10
8040112a:	0107d713          	srl	a4,a5,0x10
8040112e:	8f4d                	or	a4,a4,a1
80401130:	00d77863          	bgeu	a4,a3,80401140 <__umoddi3+0x80>
80401134:	9742                	add	a4,a4,a6
80401136:	01076563          	bltu	a4,a6,80401140 <__umoddi3+0x80>
8040113a:	00d77363          	bgeu	a4,a3,80401140 <__umoddi3+0x80>
8040113e:	9742                	add	a4,a4,a6
80401140:	8f15                	sub	a4,a4,a3
80401142:	02c756b3          	divu	a3,a4,a2
80401146:	02c77733          	remu	a4,a4,a2
8040114a:	02a686b3          	mul	a3,a3,a0
8040114e:	07c2                	sll	a5,a5,0x10
80401150:	0742                	sll	a4,a4,0x10
80401152:	83c1                	srl	a5,a5,0x10
80401154:	8fd9                	or	a5,a5,a4
80401156:	00d7f863          	bgeu	a5,a3,80401166 <__umoddi3+0xa6>
8040115a:	97c2                	add	a5,a5,a6
8040115c:	0107e563          	bltu	a5,a6,80401166 <__umoddi3+0xa6>
80401160:	00d7f363          	bgeu	a5,a3,80401166 <__umoddi3+0xa6>
80401164:	97c2                	add	a5,a5,a6
80401166:	8f95                	sub	a5,a5,a3
80401168:	0117d533          	srl	a0,a5,a7
8040116c:	4581                	li	a1,0
8040116e:	8082                	ret
80401170:	01000337          	lui	t1,0x1000
80401174:	46c1                	li	a3,16
80401176:	f66668e3          	bltu	a2,t1,804010e6 <__umoddi3+0x26>
8040117a:	46e1                	li	a3,24
8040117c:	b7ad                	j	804010e6 <__umoddi3+0x26>
8040117e:	4681                	li	a3,0
80401180:	ca09                	beqz	a2,80401192 <__umoddi3+0xd2>
80401182:	6741                	lui	a4,0x10
80401184:	06e67463          	bgeu	a2,a4,804011ec <__umoddi3+0x12c>
80401188:	10063693          	sltiu	a3,a2,256
8040118c:	0016c693          	xor	a3,a3,1
80401190:	068e                	sll	a3,a3,0x3
80401192:	00d65733          	srl	a4,a2,a3
80401196:	98ba                	add	a7,a7,a4
80401198:	0008c703          	lbu	a4,0(a7)
8040119c:	9736                	add	a4,a4,a3
8040119e:	02000693          	li	a3,32
804011a2:	40e688b3          	sub	a7,a3,a4
804011a6:	04e69a63          	bne	a3,a4,804011fa <__umoddi3+0x13a>
804011aa:	40c58733          	sub	a4,a1,a2
804011ae:	01085593          	srl	a1,a6,0x10
804011b2:	02b75633          	divu	a2,a4,a1
804011b6:	01081513          	sll	a0,a6,0x10
804011ba:	8141                	srl	a0,a0,0x10
804011bc:	0107d693          	srl	a3,a5,0x10
804011c0:	02b77733          	remu	a4,a4,a1
804011c4:	02a60633          	mul	a2,a2,a0
804011c8:	0742                	sll	a4,a4,0x10
804011ca:	8f55                	or	a4,a4,a3
804011cc:	00c77863          	bgeu	a4,a2,804011dc <__umoddi3+0x11c>
804011d0:	9742                	add	a4,a4,a6
804011d2:	01076563          	bltu	a4,a6,804011dc <__umoddi3+0x11c>
804011d6:	00c77363          	bgeu	a4,a2,804011dc <__umoddi3+0x11c>
804011da:	9742                	add	a4,a4,a6
804011dc:	8f11                	sub	a4,a4,a2
804011de:	02b756b3          	divu	a3,a4,a1
804011e2:	02b77733          	remu	a4,a4,a1
804011e6:	02a686b3          	mul	a3,a3,a0
804011ea:	b795                	j	8040114e <__umoddi3+0x8e>
804011ec:	01000737          	lui	a4,0x1000
804011f0:	46c1                	li	a3,16
804011f2:	fae660e3          	bltu	a2,a4,80401192 <__umoddi3+0xd2>
804011f6:	46e1                	li	a3,24
804011f8:	bf69                	j	80401192 <__umoddi3+0xd2>
804011fa:	01161833          	sll	a6,a2,a7
804011fe:	00e5d6b3          	srl	a3,a1,a4
80401202:	011517b3          	sll	a5,a0,a7
80401206:	011595b3          	sll	a1,a1,a7
8040120a:	00e55733          	srl	a4,a0,a4
8040120e:	01085513          	srl	a0,a6,0x10
80401212:	8f4d                	or	a4,a4,a1
80401214:	02a6d5b3          	divu	a1,a3,a0
80401218:	01081313          	sll	t1,a6,0x10
8040121c:	01035313          	srl	t1,t1,0x10
80401220:	02a6f6b3          	remu	a3,a3,a0
80401224:	026585b3          	mul	a1,a1,t1
80401228:	01069613          	sll	a2,a3,0x10
8040122c:	01075693          	srl	a3,a4,0x10
80401230:	8ed1                	or	a3,a3,a2
80401232:	00b6f863          	bgeu	a3,a1,80401242 <__umoddi3+0x182>
80401236:	96c2                	add	a3,a3,a6
80401238:	0106e563          	bltu	a3,a6,80401242 <__umoddi3+0x182>
8040123c:	00b6f363          	bgeu	a3,a1,80401242 <__umoddi3+0x182>
80401240:	96c2                	add	a3,a3,a6
80401242:	8e8d                	sub	a3,a3,a1
80401244:	02a6d633          	divu	a2,a3,a0
80401248:	0742                	sll	a4,a4,0x10
8040124a:	8341                	srl	a4,a4,0x10
8040124c:	02a6f6b3          	remu	a3,a3,a0
80401250:	02660633          	mul	a2,a2,t1
80401254:	06c2                	sll	a3,a3,0x10
80401256:	8f55                	or	a4,a4,a3
80401258:	00c77863          	bgeu	a4,a2,80401268 <__umoddi3+0x1a8>
8040125c:	9742                	add	a4,a4,a6
8040125e:	01076563          	bltu	a4,a6,80401268 <__umoddi3+0x1a8>
80401262:	00c77363          	bgeu	a4,a2,80401268 <__umoddi3+0x1a8>
80401266:	9742                	add	a4,a4,a6
80401268:	8f11                	sub	a4,a4,a2
8040126a:	b791                	j	804011ae <__umoddi3+0xee>
8040126c:	16d5ed63          	bltu	a1,a3,804013e6 <__umoddi3+0x326>
80401270:	6841                	lui	a6,0x10
80401272:	0506f763          	bgeu	a3,a6,804012c0 <__umoddi3+0x200>
80401276:	1006b813          	sltiu	a6,a3,256
8040127a:	00184813          	xor	a6,a6,1
8040127e:	080e                	sll	a6,a6,0x3
80401280:	0106d333          	srl	t1,a3,a6
80401284:	00002897          	auipc	a7,0x2
80401288:	53088893          	add	a7,a7,1328 # 804037b4 <__clz_tab>
8040128c:	989a                	add	a7,a7,t1
8040128e:	0008c883          	lbu	a7,0(a7)
80401292:	02000313          	li	t1,32
80401296:	98c2                	add	a7,a7,a6
80401298:	41130833          	sub	a6,t1,a7
8040129c:	03131963          	bne	t1,a7,804012ce <__umoddi3+0x20e>
804012a0:	00b6e463          	bltu	a3,a1,804012a8 <__umoddi3+0x1e8>
804012a4:	00c56b63          	bltu	a0,a2,804012ba <__umoddi3+0x1fa>
804012a8:	40c50633          	sub	a2,a0,a2
804012ac:	40d586b3          	sub	a3,a1,a3
804012b0:	00c53733          	sltu	a4,a0,a2
804012b4:	87b2                	mv	a5,a2
804012b6:	40e68733          	sub	a4,a3,a4
804012ba:	853e                	mv	a0,a5
804012bc:	85ba                	mv	a1,a4
804012be:	8082                	ret
804012c0:	010008b7          	lui	a7,0x1000
804012c4:	4841                	li	a6,16
804012c6:	fb16ede3          	bltu	a3,a7,80401280 <__umoddi3+0x1c0>
804012ca:	4861                	li	a6,24
804012cc:	bf55                	j	80401280 <__umoddi3+0x1c0>
804012ce:	011657b3          	srl	a5,a2,a7
804012d2:	010696b3          	sll	a3,a3,a6
804012d6:	8edd                	or	a3,a3,a5
804012d8:	0115d733          	srl	a4,a1,a7
804012dc:	0106de13          	srl	t3,a3,0x10
804012e0:	03c75f33          	divu	t5,a4,t3
804012e4:	01069313          	sll	t1,a3,0x10
804012e8:	01035313          	srl	t1,t1,0x10
804012ec:	010597b3          	sll	a5,a1,a6
804012f0:	011555b3          	srl	a1,a0,a7
804012f4:	8ddd                	or	a1,a1,a5
804012f6:	0105d793          	srl	a5,a1,0x10
804012fa:	01061633          	sll	a2,a2,a6
804012fe:	01051533          	sll	a0,a0,a6
80401302:	03c77733          	remu	a4,a4,t3
80401306:	03e30eb3          	mul	t4,t1,t5
8040130a:	0742                	sll	a4,a4,0x10
8040130c:	8fd9                	or	a5,a5,a4
8040130e:	877a                	mv	a4,t5
80401310:	01d7fc63          	bgeu	a5,t4,80401328 <__umoddi3+0x268>
80401314:	97b6                	add	a5,a5,a3
80401316:	ffff0713          	add	a4,t5,-1
8040131a:	00d7e763          	bltu	a5,a3,80401328 <__umoddi3+0x268>
8040131e:	01d7f563          	bgeu	a5,t4,80401328 <__umoddi3+0x268>
80401322:	ffef0713          	add	a4,t5,-2
80401326:	97b6                	add	a5,a5,a3
80401328:	41d787b3          	sub	a5,a5,t4
8040132c:	03c7deb3          	divu	t4,a5,t3
80401330:	05c2                	sll	a1,a1,0x10
80401332:	81c1                	srl	a1,a1,0x10
80401334:	03c7f7b3          	remu	a5,a5,t3
80401338:	8e76                	mv	t3,t4
8040133a:	03d30333          	mul	t1,t1,t4
8040133e:	07c2                	sll	a5,a5,0x10
80401340:	8ddd                	or	a1,a1,a5
80401342:	0065fc63          	bgeu	a1,t1,8040135a <__umoddi3+0x29a>
80401346:	95b6                	add	a1,a1,a3
80401348:	fffe8e13          	add	t3,t4,-1
8040134c:	00d5e763          	bltu	a1,a3,8040135a <__umoddi3+0x29a>
80401350:	0065f563          	bgeu	a1,t1,8040135a <__umoddi3+0x29a>
80401354:	ffee8e13          	add	t3,t4,-2
80401358:	95b6                	add	a1,a1,a3
8040135a:	01071793          	sll	a5,a4,0x10
8040135e:	6f41                	lui	t5,0x10
80401360:	01c7e7b3          	or	a5,a5,t3
80401364:	406585b3          	sub	a1,a1,t1
80401368:	ffff0313          	add	t1,t5,-1 # ffff <errno+0xffff>
8040136c:	0067f733          	and	a4,a5,t1
80401370:	01065e13          	srl	t3,a2,0x10
80401374:	83c1                	srl	a5,a5,0x10
80401376:	00667333          	and	t1,a2,t1
8040137a:	02670eb3          	mul	t4,a4,t1
8040137e:	02678333          	mul	t1,a5,t1
80401382:	03c70733          	mul	a4,a4,t3
80401386:	03c787b3          	mul	a5,a5,t3
8040138a:	00670e33          	add	t3,a4,t1
8040138e:	010ed713          	srl	a4,t4,0x10
80401392:	9772                	add	a4,a4,t3
80401394:	00677363          	bgeu	a4,t1,8040139a <__umoddi3+0x2da>
80401398:	97fa                	add	a5,a5,t5
8040139a:	01075313          	srl	t1,a4,0x10
8040139e:	979a                	add	a5,a5,t1
804013a0:	6341                	lui	t1,0x10
804013a2:	137d                	add	t1,t1,-1 # ffff <errno+0xffff>
804013a4:	00677733          	and	a4,a4,t1
804013a8:	0742                	sll	a4,a4,0x10
804013aa:	006efeb3          	and	t4,t4,t1
804013ae:	9776                	add	a4,a4,t4
804013b0:	00f5e663          	bltu	a1,a5,804013bc <__umoddi3+0x2fc>
804013b4:	00f59b63          	bne	a1,a5,804013ca <__umoddi3+0x30a>
804013b8:	00e57963          	bgeu	a0,a4,804013ca <__umoddi3+0x30a>
804013bc:	40c70633          	sub	a2,a4,a2
804013c0:	00c73333          	sltu	t1,a4,a2
804013c4:	969a                	add	a3,a3,t1
804013c6:	8732                	mv	a4,a2
804013c8:	8f95                	sub	a5,a5,a3
804013ca:	40e50733          	sub	a4,a0,a4
804013ce:	00e53533          	sltu	a0,a0,a4
804013d2:	8d9d                	sub	a1,a1,a5
804013d4:	8d89                	sub	a1,a1,a0
804013d6:	011598b3          	sll	a7,a1,a7
804013da:	01075733          	srl	a4,a4,a6
804013de:	00e8e533          	or	a0,a7,a4
804013e2:	0105d5b3          	srl	a1,a1,a6
804013e6:	8082                	ret

804013e8 <__riscv_save_12>:
804013e8:	7139                	add	sp,sp,-64
804013ea:	4301                	li	t1,0
804013ec:	c66e                	sw	s11,12(sp)
804013ee:	a019                	j	804013f4 <__riscv_save_10+0x4>

804013f0 <__riscv_save_10>:
804013f0:	7139                	add	sp,sp,-64
804013f2:	5341                	li	t1,-16
804013f4:	c86a                	sw	s10,16(sp)
804013f6:	ca66                	sw	s9,20(sp)
804013f8:	cc62                	sw	s8,24(sp)
804013fa:	ce5e                	sw	s7,28(sp)
804013fc:	a019                	j	80401402 <__riscv_save_4+0x4>

804013fe <__riscv_save_4>:
804013fe:	7139                	add	sp,sp,-64
80401400:	5301                	li	t1,-32
80401402:	d05a                	sw	s6,32(sp)
80401404:	d256                	sw	s5,36(sp)
80401406:	d452                	sw	s4,40(sp)
80401408:	d64e                	sw	s3,44(sp)
8040140a:	d84a                	sw	s2,48(sp)
8040140c:	da26                	sw	s1,52(sp)
8040140e:	dc22                	sw	s0,56(sp)
80401410:	de06                	sw	ra,60(sp)
80401412:	40610133          	sub	sp,sp,t1
80401416:	8282                	jr	t0

80401418 <__riscv_save_0>:
80401418:	1141                	add	sp,sp,-16
8040141a:	c04a                	sw	s2,0(sp)
8040141c:	c226                	sw	s1,4(sp)
8040141e:	c422                	sw	s0,8(sp)
80401420:	c606                	sw	ra,12(sp)
80401422:	8282                	jr	t0

80401424 <__riscv_restore_12>:
80401424:	4db2                	lw	s11,12(sp)
80401426:	0141                	add	sp,sp,16

80401428 <__riscv_restore_10>:
80401428:	4d02                	lw	s10,0(sp)
8040142a:	4c92                	lw	s9,4(sp)
8040142c:	4c22                	lw	s8,8(sp)
8040142e:	4bb2                	lw	s7,12(sp)
80401430:	0141                	add	sp,sp,16

80401432 <__riscv_restore_4>:
80401432:	4b02                	lw	s6,0(sp)
80401434:	4a92                	lw	s5,4(sp)
80401436:	4a22                	lw	s4,8(sp)
80401438:	49b2                	lw	s3,12(sp)
8040143a:	0141                	add	sp,sp,16

8040143c <__riscv_restore_0>:
8040143c:	4902                	lw	s2,0(sp)
8040143e:	4492                	lw	s1,4(sp)
80401440:	4422                	lw	s0,8(sp)
80401442:	40b2                	lw	ra,12(sp)
80401444:	0141                	add	sp,sp,16
80401446:	8082                	ret

80401448 <printf>:
80401448:	7139                	add	sp,sp,-64
8040144a:	da3e                	sw	a5,52(sp)
8040144c:	804047b7          	lui	a5,0x80404
80401450:	d22e                	sw	a1,36(sp)
80401452:	85aa                	mv	a1,a0
80401454:	8c47a503          	lw	a0,-1852(a5) # 804038c4 <stdout>
80401458:	d432                	sw	a2,40(sp)
8040145a:	1050                	add	a2,sp,36
8040145c:	ce06                	sw	ra,28(sp)
8040145e:	d636                	sw	a3,44(sp)
80401460:	d83a                	sw	a4,48(sp)
80401462:	dc42                	sw	a6,56(sp)
80401464:	de46                	sw	a7,60(sp)
80401466:	c632                	sw	a2,12(sp)
80401468:	00000097          	auipc	ra,0x0
8040146c:	222080e7          	jalr	546(ra) # 8040168a <__d_vfprintf>
80401470:	40f2                	lw	ra,28(sp)
80401472:	6121                	add	sp,sp,64
80401474:	8082                	ret

80401476 <__ultoa_invert>:
80401476:	00000317          	auipc	t1,0x0
8040147a:	f7a302e7          	jalr	t0,-134(t1) # 804013f0 <__riscv_save_10>
8040147e:	2006f793          	and	a5,a3,512
80401482:	89aa                	mv	s3,a0
80401484:	8a2e                	mv	s4,a1
80401486:	8932                	mv	s2,a2
80401488:	84b6                	mv	s1,a3
8040148a:	02700b13          	li	s6,39
8040148e:	c781                	beqz	a5,80401496 <__ultoa_invert+0x20>
80401490:	dff6f493          	and	s1,a3,-513
80401494:	4b1d                	li	s6,7
80401496:	41f4da93          	sra	s5,s1,0x1f
8040149a:	4ca5                	li	s9,9
8040149c:	8626                	mv	a2,s1
8040149e:	86d6                	mv	a3,s5
804014a0:	854e                	mv	a0,s3
804014a2:	85d2                	mv	a1,s4
804014a4:	00000097          	auipc	ra,0x0
804014a8:	c1c080e7          	jalr	-996(ra) # 804010c0 <__umoddi3>
804014ac:	85d2                	mv	a1,s4
804014ae:	0ff57413          	zext.b	s0,a0
804014b2:	8626                	mv	a2,s1
804014b4:	854e                	mv	a0,s3
804014b6:	86d6                	mv	a3,s5
804014b8:	00000097          	auipc	ra,0x0
804014bc:	8aa080e7          	jalr	-1878(ra) # 80400d62 <__udivdi3>
804014c0:	8c4e                	mv	s8,s3
804014c2:	8bd2                	mv	s7,s4
804014c4:	89aa                	mv	s3,a0
804014c6:	8a2e                	mv	s4,a1
804014c8:	008cf563          	bgeu	s9,s0,804014d2 <__ultoa_invert+0x5c>
804014cc:	945a                	add	s0,s0,s6
804014ce:	0ff47413          	zext.b	s0,s0
804014d2:	0905                	add	s2,s2,1
804014d4:	03040413          	add	s0,s0,48
804014d8:	fe890fa3          	sb	s0,-1(s2)
804014dc:	015be663          	bltu	s7,s5,804014e8 <__ultoa_invert+0x72>
804014e0:	fb7a9ee3          	bne	s5,s7,8040149c <__ultoa_invert+0x26>
804014e4:	fa9c7ce3          	bgeu	s8,s1,8040149c <__ultoa_invert+0x26>
804014e8:	854a                	mv	a0,s2
804014ea:	00000317          	auipc	t1,0x0
804014ee:	f3e30067          	jr	-194(t1) # 80401428 <__riscv_restore_10>

804014f2 <skip_to_arg>:
804014f2:	00000317          	auipc	t1,0x0
804014f6:	efe302e7          	jalr	t0,-258(t1) # 804013f0 <__riscv_save_10>
804014fa:	4305                	li	t1,1
804014fc:	02500f13          	li	t5,37
80401500:	88aa                	mv	a7,a0
80401502:	00c34663          	blt	t1,a2,8040150e <skip_to_arg+0x1c>
80401506:	00000317          	auipc	t1,0x0
8040150a:	f2230067          	jr	-222(t1) # 80401428 <__riscv_restore_10>
8040150e:	87c6                	mv	a5,a7
80401510:	88be                	mv	a7,a5
80401512:	0007c703          	lbu	a4,0(a5)
80401516:	0785                	add	a5,a5,1
80401518:	d77d                	beqz	a4,80401506 <skip_to_arg+0x14>
8040151a:	ffe71be3          	bne	a4,t5,80401510 <skip_to_arg+0x1e>
8040151e:	0007c703          	lbu	a4,0(a5)
80401522:	0889                	add	a7,a7,2 # 1000002 <errno+0x1000002>
80401524:	ffe705e3          	beq	a4,t5,8040150e <skip_to_arg+0x1c>
80401528:	6ecd                	lui	t4,0x13
8040152a:	4681                	li	a3,0
8040152c:	4e01                	li	t3,0
8040152e:	4781                	li	a5,0
80401530:	42fd                	li	t0,31
80401532:	06c00f93          	li	t6,108
80401536:	07400393          	li	t2,116
8040153a:	07a00413          	li	s0,122
8040153e:	06800493          	li	s1,104
80401542:	06a00913          	li	s2,106
80401546:	04c00993          	li	s3,76
8040154a:	4a25                	li	s4,9
8040154c:	02400a93          	li	s5,36
80401550:	07f00b13          	li	s6,127
80401554:	4bc1                	li	s7,16
80401556:	889e8e93          	add	t4,t4,-1911 # 12889 <errno+0x12889>
8040155a:	04f2e263          	bltu	t0,a5,8040159e <skip_to_arg+0xac>
8040155e:	fe070813          	add	a6,a4,-32 # ffffe0 <errno+0xffffe0>
80401562:	0ff87813          	zext.b	a6,a6
80401566:	030bf163          	bgeu	s7,a6,80401588 <skip_to_arg+0x96>
8040156a:	fd070813          	add	a6,a4,-48
8040156e:	0ff87813          	zext.b	a6,a6
80401572:	4c25                	li	s8,9
80401574:	050c6563          	bltu	s8,a6,804015be <skip_to_arg+0xcc>
80401578:	47a9                	li	a5,10
8040157a:	02f687b3          	mul	a5,a3,a5
8040157e:	00f806b3          	add	a3,a6,a5
80401582:	02000793          	li	a5,32
80401586:	a039                	j	80401594 <skip_to_arg+0xa2>
80401588:	010ed833          	srl	a6,t4,a6
8040158c:	00187813          	and	a6,a6,1
80401590:	00080963          	beqz	a6,804015a2 <skip_to_arg+0xb0>
80401594:	0008c703          	lbu	a4,0(a7)
80401598:	0885                	add	a7,a7,1
8040159a:	f361                	bnez	a4,8040155a <skip_to_arg+0x68>
8040159c:	a8b1                	j	804015f8 <skip_to_arg+0x106>
8040159e:	04fb6363          	bltu	s6,a5,804015e4 <skip_to_arg+0xf2>
804015a2:	fd070813          	add	a6,a4,-48
804015a6:	0ff87813          	zext.b	a6,a6
804015aa:	fd0a77e3          	bgeu	s4,a6,80401578 <skip_to_arg+0x86>
804015ae:	03571563          	bne	a4,s5,804015d8 <skip_to_arg+0xe6>
804015b2:	0a0e0063          	beqz	t3,80401652 <skip_to_arg+0x160>
804015b6:	0a668063          	beq	a3,t1,80401656 <skip_to_arg+0x164>
804015ba:	4681                	li	a3,0
804015bc:	bfe1                	j	80401594 <skip_to_arg+0xa2>
804015be:	0fb77813          	and	a6,a4,251
804015c2:	02a00c13          	li	s8,42
804015c6:	ff880ae3          	beq	a6,s8,804015ba <skip_to_arg+0xc8>
804015ca:	06c00813          	li	a6,108
804015ce:	01071d63          	bne	a4,a6,804015e8 <skip_to_arg+0xf6>
804015d2:	0807e793          	or	a5,a5,128
804015d6:	bf7d                	j	80401594 <skip_to_arg+0xa2>
804015d8:	0fb77813          	and	a6,a4,251
804015dc:	02a00c13          	li	s8,42
804015e0:	fd880de3          	beq	a6,s8,804015ba <skip_to_arg+0xc8>
804015e4:	05f70663          	beq	a4,t6,80401630 <skip_to_arg+0x13e>
804015e8:	02efef63          	bltu	t6,a4,80401626 <skip_to_arg+0x134>
804015ec:	04970863          	beq	a4,s1,8040163c <skip_to_arg+0x14a>
804015f0:	05270e63          	beq	a4,s2,8040164c <skip_to_arg+0x15a>
804015f4:	05370c63          	beq	a4,s3,8040164c <skip_to_arg+0x15a>
804015f8:	f00e07e3          	beqz	t3,80401506 <skip_to_arg+0x14>
804015fc:	f06e13e3          	bne	t3,t1,80401502 <skip_to_arg+0x10>
80401600:	02076893          	or	a7,a4,32
80401604:	f9b88813          	add	a6,a7,-101
80401608:	0ff87813          	zext.b	a6,a6
8040160c:	4e09                	li	t3,2
8040160e:	4194                	lw	a3,0(a1)
80401610:	010e7663          	bgeu	t3,a6,8040161c <skip_to_arg+0x12a>
80401614:	06100813          	li	a6,97
80401618:	05089263          	bne	a7,a6,8040165c <skip_to_arg+0x16a>
8040161c:	069d                	add	a3,a3,7 # 10007 <errno+0x10007>
8040161e:	9ae1                	and	a3,a3,-8
80401620:	00868713          	add	a4,a3,8
80401624:	a091                	j	80401668 <skip_to_arg+0x176>
80401626:	f67707e3          	beq	a4,t2,80401594 <skip_to_arg+0xa2>
8040162a:	f68705e3          	beq	a4,s0,80401594 <skip_to_arg+0xa2>
8040162e:	b7e9                	j	804015f8 <skip_to_arg+0x106>
80401630:	0807f713          	and	a4,a5,128
80401634:	df59                	beqz	a4,804015d2 <skip_to_arg+0xe0>
80401636:	2007e793          	or	a5,a5,512
8040163a:	bf61                	j	804015d2 <skip_to_arg+0xe0>
8040163c:	1007f713          	and	a4,a5,256
80401640:	c319                	beqz	a4,80401646 <skip_to_arg+0x154>
80401642:	2007e793          	or	a5,a5,512
80401646:	1007e793          	or	a5,a5,256
8040164a:	b7a9                	j	80401594 <skip_to_arg+0xa2>
8040164c:	2807e793          	or	a5,a5,640
80401650:	b791                	j	80401594 <skip_to_arg+0xa2>
80401652:	8e36                	mv	t3,a3
80401654:	b79d                	j	804015ba <skip_to_arg+0xc8>
80401656:	06300713          	li	a4,99
8040165a:	b75d                	j	80401600 <skip_to_arg+0x10e>
8040165c:	06300813          	li	a6,99
80401660:	01071763          	bne	a4,a6,8040166e <skip_to_arg+0x17c>
80401664:	00468713          	add	a4,a3,4
80401668:	c198                	sw	a4,0(a1)
8040166a:	0305                	add	t1,t1,1
8040166c:	bd51                	j	80401500 <skip_to_arg+0xe>
8040166e:	07300813          	li	a6,115
80401672:	ff0709e3          	beq	a4,a6,80401664 <skip_to_arg+0x172>
80401676:	0807f813          	and	a6,a5,128
8040167a:	00468713          	add	a4,a3,4
8040167e:	fe0805e3          	beqz	a6,80401668 <skip_to_arg+0x176>
80401682:	2007f793          	and	a5,a5,512
80401686:	d3ed                	beqz	a5,80401668 <skip_to_arg+0x176>
80401688:	bf51                	j	8040161c <skip_to_arg+0x12a>

8040168a <__d_vfprintf>:
8040168a:	00000317          	auipc	t1,0x0
8040168e:	d5e302e7          	jalr	t0,-674(t1) # 804013e8 <__riscv_save_12>
80401692:	00454783          	lbu	a5,4(a0)
80401696:	7139                	add	sp,sp,-64
80401698:	c02a                	sw	a0,0(sp)
8040169a:	c42e                	sw	a1,8(sp)
8040169c:	c632                	sw	a2,12(sp)
8040169e:	8b89                	and	a5,a5,2
804016a0:	00852a03          	lw	s4,8(a0)
804016a4:	c785                	beqz	a5,804016cc <__d_vfprintf+0x42>
804016a6:	d232                	sw	a2,36(sp)
804016a8:	87ae                	mv	a5,a1
804016aa:	4401                	li	s0,0
804016ac:	0007c903          	lbu	s2,0(a5)
804016b0:	00090f63          	beqz	s2,804016ce <__d_vfprintf+0x44>
804016b4:	02500713          	li	a4,37
804016b8:	02e90163          	beq	s2,a4,804016da <__d_vfprintf+0x50>
804016bc:	0785                	add	a5,a5,1
804016be:	c23e                	sw	a5,4(sp)
804016c0:	4582                	lw	a1,0(sp)
804016c2:	854a                	mv	a0,s2
804016c4:	0405                	add	s0,s0,1
804016c6:	9a02                	jalr	s4
804016c8:	2a0557e3          	bgez	a0,80402176 <__d_vfprintf+0xaec>
804016cc:	547d                	li	s0,-1
804016ce:	8522                	mv	a0,s0
804016d0:	6121                	add	sp,sp,64
804016d2:	00000317          	auipc	t1,0x0
804016d6:	d5230067          	jr	-686(t1) # 80401424 <__riscv_restore_12>
804016da:	0017c903          	lbu	s2,1(a5)
804016de:	00278713          	add	a4,a5,2
804016e2:	c23a                	sw	a4,4(sp)
804016e4:	02500793          	li	a5,37
804016e8:	fcf90ce3          	beq	s2,a5,804016c0 <__d_vfprintf+0x36>
804016ec:	804034b7          	lui	s1,0x80403
804016f0:	4a81                	li	s5,0
804016f2:	4d01                	li	s10,0
804016f4:	4b01                	li	s6,0
804016f6:	4d81                	li	s11,0
804016f8:	06c00993          	li	s3,108
804016fc:	07400b93          	li	s7,116
80401700:	07a00c13          	li	s8,122
80401704:	06800c93          	li	s9,104
80401708:	3e848493          	add	s1,s1,1000 # 804033e8 <msg.0+0x20>
8040170c:	47fd                	li	a5,31
8040170e:	07b7e163          	bltu	a5,s11,80401770 <__d_vfprintf+0xe6>
80401712:	fe090793          	add	a5,s2,-32
80401716:	0ff7f793          	zext.b	a5,a5
8040171a:	4741                	li	a4,16
8040171c:	00f76663          	bltu	a4,a5,80401728 <__d_vfprintf+0x9e>
80401720:	078a                	sll	a5,a5,0x2
80401722:	97a6                	add	a5,a5,s1
80401724:	439c                	lw	a5,0(a5)
80401726:	8782                	jr	a5
80401728:	fd090793          	add	a5,s2,-48
8040172c:	0ff7f793          	zext.b	a5,a5
80401730:	4725                	li	a4,9
80401732:	06f76463          	bltu	a4,a5,8040179a <__d_vfprintf+0x110>
80401736:	46a9                	li	a3,10
80401738:	02db06b3          	mul	a3,s6,a3
8040173c:	00f68b33          	add	s6,a3,a5
80401740:	020ded93          	or	s11,s11,32
80401744:	a019                	j	8040174a <__d_vfprintf+0xc0>
80401746:	001ded93          	or	s11,s11,1
8040174a:	4792                	lw	a5,4(sp)
8040174c:	0007c903          	lbu	s2,0(a5)
80401750:	0785                	add	a5,a5,1
80401752:	c23e                	sw	a5,4(sp)
80401754:	fa091ce3          	bnez	s2,8040170c <__d_vfprintf+0x82>
80401758:	a8cd                	j	8040184a <__d_vfprintf+0x1c0>
8040175a:	002ded93          	or	s11,s11,2
8040175e:	004ded93          	or	s11,s11,4
80401762:	b7e5                	j	8040174a <__d_vfprintf+0xc0>
80401764:	008ded93          	or	s11,s11,8
80401768:	b7cd                	j	8040174a <__d_vfprintf+0xc0>
8040176a:	010ded93          	or	s11,s11,16
8040176e:	bff1                	j	8040174a <__d_vfprintf+0xc0>
80401770:	07f00793          	li	a5,127
80401774:	0bb7ed63          	bltu	a5,s11,8040182e <__d_vfprintf+0x1a4>
80401778:	fd090693          	add	a3,s2,-48
8040177c:	0ff6f693          	zext.b	a3,a3
80401780:	47a5                	li	a5,9
80401782:	00d7ec63          	bltu	a5,a3,8040179a <__d_vfprintf+0x110>
80401786:	040df613          	and	a2,s11,64
8040178a:	87b6                	mv	a5,a3
8040178c:	d64d                	beqz	a2,80401736 <__d_vfprintf+0xac>
8040178e:	47a9                	li	a5,10
80401790:	02fd07b3          	mul	a5,s10,a5
80401794:	00d78d33          	add	s10,a5,a3
80401798:	bf4d                	j	8040174a <__d_vfprintf+0xc0>
8040179a:	02a00793          	li	a5,42
8040179e:	02f91663          	bne	s2,a5,804017ca <__d_vfprintf+0x140>
804017a2:	fa0a94e3          	bnez	s5,8040174a <__d_vfprintf+0xc0>
804017a6:	5692                	lw	a3,36(sp)
804017a8:	040df793          	and	a5,s11,64
804017ac:	00468613          	add	a2,a3,4
804017b0:	4294                	lw	a3,0(a3)
804017b2:	d232                	sw	a2,36(sp)
804017b4:	c399                	beqz	a5,804017ba <__d_vfprintf+0x130>
804017b6:	8d36                	mv	s10,a3
804017b8:	bf49                	j	8040174a <__d_vfprintf+0xc0>
804017ba:	8b36                	mv	s6,a3
804017bc:	f806d2e3          	bgez	a3,80401740 <__d_vfprintf+0xb6>
804017c0:	40d00b33          	neg	s6,a3
804017c4:	028ded93          	or	s11,s11,40
804017c8:	b749                	j	8040174a <__d_vfprintf+0xc0>
804017ca:	02e00793          	li	a5,46
804017ce:	00f91963          	bne	s2,a5,804017e0 <__d_vfprintf+0x156>
804017d2:	040df793          	and	a5,s11,64
804017d6:	ee079ce3          	bnez	a5,804016ce <__d_vfprintf+0x44>
804017da:	040ded93          	or	s11,s11,64
804017de:	b7b5                	j	8040174a <__d_vfprintf+0xc0>
804017e0:	02400793          	li	a5,36
804017e4:	04f91563          	bne	s2,a5,8040182e <__d_vfprintf+0x1a4>
804017e8:	140a8363          	beqz	s5,8040192e <__d_vfprintf+0x2a4>
804017ec:	47b2                	lw	a5,12(sp)
804017ee:	d23e                	sw	a5,36(sp)
804017f0:	040df793          	and	a5,s11,64
804017f4:	ef99                	bnez	a5,80401812 <__d_vfprintf+0x188>
804017f6:	4522                	lw	a0,8(sp)
804017f8:	865a                	mv	a2,s6
804017fa:	104c                	add	a1,sp,36
804017fc:	00000097          	auipc	ra,0x0
80401800:	cf6080e7          	jalr	-778(ra) # 804014f2 <skip_to_arg>
80401804:	5792                	lw	a5,36(sp)
80401806:	00478693          	add	a3,a5,4
8040180a:	0007ab03          	lw	s6,0(a5)
8040180e:	d236                	sw	a3,36(sp)
80401810:	bf2d                	j	8040174a <__d_vfprintf+0xc0>
80401812:	4522                	lw	a0,8(sp)
80401814:	866a                	mv	a2,s10
80401816:	104c                	add	a1,sp,36
80401818:	00000097          	auipc	ra,0x0
8040181c:	cda080e7          	jalr	-806(ra) # 804014f2 <skip_to_arg>
80401820:	5792                	lw	a5,36(sp)
80401822:	00478693          	add	a3,a5,4
80401826:	0007ad03          	lw	s10,0(a5)
8040182a:	d236                	sw	a3,36(sp)
8040182c:	bf39                	j	8040174a <__d_vfprintf+0xc0>
8040182e:	0d390d63          	beq	s2,s3,80401908 <__d_vfprintf+0x27e>
80401832:	0d29e663          	bltu	s3,s2,804018fe <__d_vfprintf+0x274>
80401836:	0f990163          	beq	s2,s9,80401918 <__d_vfprintf+0x28e>
8040183a:	06a00793          	li	a5,106
8040183e:	0ef90563          	beq	s2,a5,80401928 <__d_vfprintf+0x29e>
80401842:	04c00793          	li	a5,76
80401846:	0ef90163          	beq	s2,a5,80401928 <__d_vfprintf+0x29e>
8040184a:	000a8b63          	beqz	s5,80401860 <__d_vfprintf+0x1d6>
8040184e:	47b2                	lw	a5,12(sp)
80401850:	4522                	lw	a0,8(sp)
80401852:	8656                	mv	a2,s5
80401854:	104c                	add	a1,sp,36
80401856:	d23e                	sw	a5,36(sp)
80401858:	00000097          	auipc	ra,0x0
8040185c:	c9a080e7          	jalr	-870(ra) # 804014f2 <skip_to_arg>
80401860:	000d5963          	bgez	s10,80401872 <__d_vfprintf+0x1e8>
80401864:	fbfdf813          	and	a6,s11,-65
80401868:	01081d93          	sll	s11,a6,0x10
8040186c:	010ddd93          	srl	s11,s11,0x10
80401870:	4d01                	li	s10,0
80401872:	02096c93          	or	s9,s2,32
80401876:	f9bc8793          	add	a5,s9,-101
8040187a:	0ff7f793          	zext.b	a5,a5
8040187e:	4709                	li	a4,2
80401880:	0af77d63          	bgeu	a4,a5,8040193a <__d_vfprintf+0x2b0>
80401884:	06100793          	li	a5,97
80401888:	6afc9763          	bne	s9,a5,80401f36 <__d_vfprintf+0x8ac>
8040188c:	5792                	lw	a5,36(sp)
8040188e:	6a89                	lui	s5,0x2
80401890:	800a8a93          	add	s5,s5,-2048 # 1800 <errno+0x1800>
80401894:	079d                	add	a5,a5,7
80401896:	9be1                	and	a5,a5,-8
80401898:	0047ab83          	lw	s7,4(a5)
8040189c:	0007a883          	lw	a7,0(a5)
804018a0:	00878713          	add	a4,a5,8
804018a4:	414bd993          	sra	s3,s7,0x14
804018a8:	00cb9c13          	sll	s8,s7,0xc
804018ac:	7ff9f993          	and	s3,s3,2047
804018b0:	00cc5c93          	srl	s9,s8,0xc
804018b4:	015deab3          	or	s5,s11,s5
804018b8:	0119e533          	or	a0,s3,a7
804018bc:	fff94913          	not	s2,s2
804018c0:	0ac2                	sll	s5,s5,0x10
804018c2:	d23a                	sw	a4,36(sp)
804018c4:	019567b3          	or	a5,a0,s9
804018c8:	02097913          	and	s2,s2,32
804018cc:	010ada93          	srl	s5,s5,0x10
804018d0:	86c6                	mv	a3,a7
804018d2:	8c66                	mv	s8,s9
804018d4:	040df813          	and	a6,s11,64
804018d8:	01fbdb93          	srl	s7,s7,0x1f
804018dc:	efcd                	bnez	a5,80401996 <__d_vfprintf+0x30c>
804018de:	03000793          	li	a5,48
804018e2:	0ffbfb93          	zext.b	s7,s7
804018e6:	02f106a3          	sb	a5,45(sp)
804018ea:	03710623          	sb	s7,44(sp)
804018ee:	26080363          	beqz	a6,80401b54 <__d_vfprintf+0x4ca>
804018f2:	47b1                	li	a5,12
804018f4:	4981                	li	s3,0
804018f6:	0da7d463          	bge	a5,s10,804019be <__d_vfprintf+0x334>
804018fa:	4d35                	li	s10,13
804018fc:	aab5                	j	80401a78 <__d_vfprintf+0x3ee>
804018fe:	e57906e3          	beq	s2,s7,8040174a <__d_vfprintf+0xc0>
80401902:	e58904e3          	beq	s2,s8,8040174a <__d_vfprintf+0xc0>
80401906:	b791                	j	8040184a <__d_vfprintf+0x1c0>
80401908:	080df793          	and	a5,s11,128
8040190c:	c399                	beqz	a5,80401912 <__d_vfprintf+0x288>
8040190e:	200ded93          	or	s11,s11,512
80401912:	080ded93          	or	s11,s11,128
80401916:	bd15                	j	8040174a <__d_vfprintf+0xc0>
80401918:	100df793          	and	a5,s11,256
8040191c:	c399                	beqz	a5,80401922 <__d_vfprintf+0x298>
8040191e:	200ded93          	or	s11,s11,512
80401922:	100ded93          	or	s11,s11,256
80401926:	b515                	j	8040174a <__d_vfprintf+0xc0>
80401928:	280ded93          	or	s11,s11,640
8040192c:	bd39                	j	8040174a <__d_vfprintf+0xc0>
8040192e:	875a                	mv	a4,s6
80401930:	4d01                	li	s10,0
80401932:	4b01                	li	s6,0
80401934:	8aba                	mv	s5,a4
80401936:	4d81                	li	s11,0
80401938:	bd09                	j	8040174a <__d_vfprintf+0xc0>
8040193a:	5792                	lw	a5,36(sp)
8040193c:	fff94913          	not	s2,s2
80401940:	02097913          	and	s2,s2,32
80401944:	079d                	add	a5,a5,7
80401946:	9be1                	and	a5,a5,-8
80401948:	00878713          	add	a4,a5,8
8040194c:	4388                	lw	a0,0(a5)
8040194e:	43cc                	lw	a1,4(a5)
80401950:	d23a                	sw	a4,36(sp)
80401952:	040df793          	and	a5,s11,64
80401956:	22078363          	beqz	a5,80401b7c <__d_vfprintf+0x4f2>
8040195a:	06500793          	li	a5,101
8040195e:	22fc9163          	bne	s9,a5,80401b80 <__d_vfprintf+0x4f6>
80401962:	6785                	lui	a5,0x1
80401964:	001d0613          	add	a2,s10,1
80401968:	00fdedb3          	or	s11,s11,a5
8040196c:	0ff67613          	zext.b	a2,a2
80401970:	4701                	li	a4,0
80401972:	4781                	li	a5,0
80401974:	4345                	li	t1,17
80401976:	0ff67693          	zext.b	a3,a2
8040197a:	00c37363          	bgeu	t1,a2,80401980 <__d_vfprintf+0x2f6>
8040197e:	46c5                	li	a3,17
80401980:	1030                	add	a2,sp,40
80401982:	00001097          	auipc	ra,0x1
80401986:	b52080e7          	jalr	-1198(ra) # 804024d4 <__dtoa_engine>
8040198a:	0ff57b93          	zext.b	s7,a0
8040198e:	59a2                	lw	s3,40(sp)
80401990:	8aee                	mv	s5,s11
80401992:	4c09                	li	s8,2
80401994:	aa21                	j	80401aac <__d_vfprintf+0x422>
80401996:	03100793          	li	a5,49
8040199a:	00099563          	bnez	s3,804019a4 <__d_vfprintf+0x31a>
8040199e:	03000793          	li	a5,48
804019a2:	4985                	li	s3,1
804019a4:	0ffbfb93          	zext.b	s7,s7
804019a8:	02f106a3          	sb	a5,45(sp)
804019ac:	03710623          	sb	s7,44(sp)
804019b0:	c0198993          	add	s3,s3,-1023
804019b4:	18080763          	beqz	a6,80401b42 <__d_vfprintf+0x4b8>
804019b8:	47b1                	li	a5,12
804019ba:	19a7c663          	blt	a5,s10,80401b46 <__d_vfprintf+0x4bc>
804019be:	4335                	li	t1,13
804019c0:	41a30333          	sub	t1,t1,s10
804019c4:	00231d93          	sll	s11,t1,0x2
804019c8:	fffd8613          	add	a2,s11,-1
804019cc:	4505                	li	a0,1
804019ce:	4581                	li	a1,0
804019d0:	ca46                	sw	a7,20(sp)
804019d2:	c836                	sw	a3,16(sp)
804019d4:	fffff097          	auipc	ra,0xfffff
804019d8:	300080e7          	jalr	768(ra) # 80400cd4 <__ashldi3>
804019dc:	84aa                	mv	s1,a0
804019de:	872e                	mv	a4,a1
804019e0:	00171793          	sll	a5,a4,0x1
804019e4:	85aa                	mv	a1,a0
804019e6:	01f4d513          	srl	a0,s1,0x1f
804019ea:	00149e13          	sll	t3,s1,0x1
804019ee:	8fc9                	or	a5,a5,a0
804019f0:	40f00c33          	neg	s8,a5
804019f4:	01c03533          	snez	a0,t3
804019f8:	48d2                	lw	a7,20(sp)
804019fa:	41c00833          	neg	a6,t3
804019fe:	40ac0c33          	sub	s8,s8,a0
80401a02:	fffe0513          	add	a0,t3,-1
80401a06:	001e3e13          	seqz	t3,t3
80401a0a:	41c787b3          	sub	a5,a5,t3
80401a0e:	0197f7b3          	and	a5,a5,s9
80401a12:	01157533          	and	a0,a0,a7
80401a16:	02f74863          	blt	a4,a5,80401a46 <__d_vfprintf+0x3bc>
80401a1a:	46c2                	lw	a3,16(sp)
80401a1c:	00e79463          	bne	a5,a4,80401a24 <__d_vfprintf+0x39a>
80401a20:	02a5e363          	bltu	a1,a0,80401a46 <__d_vfprintf+0x3bc>
80401a24:	8546                	mv	a0,a7
80401a26:	866e                	mv	a2,s11
80401a28:	85e6                	mv	a1,s9
80401a2a:	ce3a                	sw	a4,28(sp)
80401a2c:	cc42                	sw	a6,24(sp)
80401a2e:	ca36                	sw	a3,20(sp)
80401a30:	c846                	sw	a7,16(sp)
80401a32:	fffff097          	auipc	ra,0xfffff
80401a36:	2ca080e7          	jalr	714(ra) # 80400cfc <__ashrdi3>
80401a3a:	8905                	and	a0,a0,1
80401a3c:	48c2                	lw	a7,16(sp)
80401a3e:	46d2                	lw	a3,20(sp)
80401a40:	4862                	lw	a6,24(sp)
80401a42:	4772                	lw	a4,28(sp)
80401a44:	c94d                	beqz	a0,80401af6 <__d_vfprintf+0x46c>
80401a46:	00988533          	add	a0,a7,s1
80401a4a:	01153db3          	sltu	s11,a0,a7
80401a4e:	9766                	add	a4,a4,s9
80401a50:	00ed8cb3          	add	s9,s11,a4
80401a54:	001007b7          	lui	a5,0x100
80401a58:	86aa                	mv	a3,a0
80401a5a:	08fcce63          	blt	s9,a5,80401af6 <__d_vfprintf+0x46c>
80401a5e:	02d14783          	lbu	a5,45(sp)
80401a62:	0785                	add	a5,a5,1 # 100001 <errno+0x100001>
80401a64:	02f106a3          	sb	a5,45(sp)
80401a68:	40000793          	li	a5,1024
80401a6c:	0af98163          	beq	s3,a5,80401b0e <__d_vfprintf+0x484>
80401a70:	00a87533          	and	a0,a6,a0
80401a74:	019c7c33          	and	s8,s8,s9
80401a78:	05700613          	li	a2,87
80401a7c:	1034                	add	a3,sp,40
80401a7e:	4735                	li	a4,13
80401a80:	45a5                	li	a1,9
80401a82:	41260633          	sub	a2,a2,s2
80401a86:	01cc1813          	sll	a6,s8,0x1c
80401a8a:	00f57793          	and	a5,a0,15
80401a8e:	8111                	srl	a0,a0,0x4
80401a90:	00a86533          	or	a0,a6,a0
80401a94:	404c5c13          	sra	s8,s8,0x4
80401a98:	e7e1                	bnez	a5,80401b60 <__d_vfprintf+0x4d6>
80401a9a:	0ced5563          	bge	s10,a4,80401b64 <__d_vfprintf+0x4da>
80401a9e:	177d                	add	a4,a4,-1
80401aa0:	16fd                	add	a3,a3,-1
80401aa2:	f375                	bnez	a4,80401a86 <__d_vfprintf+0x3fc>
80401aa4:	4c05                	li	s8,1
80401aa6:	4bb9                	li	s7,14
80401aa8:	07000c93          	li	s9,112
80401aac:	00998713          	add	a4,s3,9
80401ab0:	46c9                	li	a3,18
80401ab2:	87ce                	mv	a5,s3
80401ab4:	06e6e863          	bltu	a3,a4,80401b24 <__d_vfprintf+0x49a>
80401ab8:	02c14703          	lbu	a4,44(sp)
80401abc:	00177d93          	and	s11,a4,1
80401ac0:	8b31                	and	a4,a4,12
80401ac2:	120d9a63          	bnez	s11,80401bf6 <__d_vfprintf+0x56c>
80401ac6:	002af793          	and	a5,s5,2
80401aca:	12079263          	bnez	a5,80401bee <__d_vfprintf+0x564>
80401ace:	004af793          	and	a5,s5,4
80401ad2:	cfe9                	beqz	a5,80401bac <__d_vfprintf+0x522>
80401ad4:	12071563          	bnez	a4,80401bfe <__d_vfprintf+0x574>
80401ad8:	02000713          	li	a4,32
80401adc:	678d                	lui	a5,0x3
80401ade:	00faf7b3          	and	a5,s5,a5
80401ae2:	1c079363          	bnez	a5,80401ca8 <__d_vfprintf+0x61e>
80401ae6:	000d1363          	bnez	s10,80401aec <__d_vfprintf+0x462>
80401aea:	4d05                	li	s10,1
80401aec:	103c                	add	a5,sp,40
80401aee:	97de                	add	a5,a5,s7
80401af0:	03000693          	li	a3,48
80401af4:	aa9d                	j	80401c6a <__d_vfprintf+0x5e0>
80401af6:	0106f6b3          	and	a3,a3,a6
80401afa:	018cfcb3          	and	s9,s9,s8
80401afe:	40000793          	li	a5,1024
80401b02:	04f99c63          	bne	s3,a5,80401b5a <__d_vfprintf+0x4d0>
80401b06:	0196ecb3          	or	s9,a3,s9
80401b0a:	040c8063          	beqz	s9,80401b4a <__d_vfprintf+0x4c0>
80401b0e:	008beb93          	or	s7,s7,8
80401b12:	03710623          	sb	s7,44(sp)
80401b16:	40000993          	li	s3,1024
80401b1a:	4bb9                	li	s7,14
80401b1c:	07000c93          	li	s9,112
80401b20:	40000793          	li	a5,1024
80401b24:	06378713          	add	a4,a5,99 # 3063 <errno+0x3063>
80401b28:	0c600693          	li	a3,198
80401b2c:	4c09                	li	s8,2
80401b2e:	f8e6f5e3          	bgeu	a3,a4,80401ab8 <__d_vfprintf+0x42e>
80401b32:	3e778793          	add	a5,a5,999
80401b36:	7ce00c13          	li	s8,1998
80401b3a:	00fc3c33          	sltu	s8,s8,a5
80401b3e:	0c0d                	add	s8,s8,3
80401b40:	bfa5                	j	80401ab8 <__d_vfprintf+0x42e>
80401b42:	4d01                	li	s10,0
80401b44:	bf6d                	j	80401afe <__d_vfprintf+0x474>
80401b46:	4d35                	li	s10,13
80401b48:	bf5d                	j	80401afe <__d_vfprintf+0x474>
80401b4a:	004beb93          	or	s7,s7,4
80401b4e:	03710623          	sb	s7,44(sp)
80401b52:	b7e1                	j	80401b1a <__d_vfprintf+0x490>
80401b54:	4981                	li	s3,0
80401b56:	4d01                	li	s10,0
80401b58:	b705                	j	80401a78 <__d_vfprintf+0x3ee>
80401b5a:	8536                	mv	a0,a3
80401b5c:	8c66                	mv	s8,s9
80401b5e:	bf29                	j	80401a78 <__d_vfprintf+0x3ee>
80401b60:	00f5ea63          	bltu	a1,a5,80401b74 <__d_vfprintf+0x4ea>
80401b64:	03078793          	add	a5,a5,48
80401b68:	00f68923          	sb	a5,18(a3)
80401b6c:	f2ed59e3          	bge	s10,a4,80401a9e <__d_vfprintf+0x414>
80401b70:	8d3a                	mv	s10,a4
80401b72:	b735                	j	80401a9e <__d_vfprintf+0x414>
80401b74:	97b2                	add	a5,a5,a2
80401b76:	0ff7f793          	zext.b	a5,a5
80401b7a:	b7fd                	j	80401b68 <__d_vfprintf+0x4de>
80401b7c:	4d19                	li	s10,6
80401b7e:	bbf1                	j	8040195a <__d_vfprintf+0x2d0>
80401b80:	06600793          	li	a5,102
80401b84:	00fc9963          	bne	s9,a5,80401b96 <__d_vfprintf+0x50c>
80401b88:	6789                	lui	a5,0x2
80401b8a:	00fdedb3          	or	s11,s11,a5
80401b8e:	4705                	li	a4,1
80401b90:	87ea                	mv	a5,s10
80401b92:	4645                	li	a2,17
80401b94:	b3c5                	j	80401974 <__d_vfprintf+0x2ea>
80401b96:	0ffd7793          	zext.b	a5,s10
80401b9a:	0ffd7613          	zext.b	a2,s10
80401b9e:	e391                	bnez	a5,80401ba2 <__d_vfprintf+0x518>
80401ba0:	4605                	li	a2,1
80401ba2:	4701                	li	a4,0
80401ba4:	4781                	li	a5,0
80401ba6:	06500c93          	li	s9,101
80401baa:	b3e9                	j	80401974 <__d_vfprintf+0x2ea>
80401bac:	db05                	beqz	a4,80401adc <__d_vfprintf+0x452>
80401bae:	478d                	li	a5,3
80401bb0:	0967d163          	bge	a5,s6,80401c32 <__d_vfprintf+0x5a8>
80401bb4:	008afa93          	and	s5,s5,8
80401bb8:	ffdb0493          	add	s1,s6,-3
80401bbc:	000a9f63          	bnez	s5,80401bda <__d_vfprintf+0x550>
80401bc0:	94a2                	add	s1,s1,s0
80401bc2:	4582                	lw	a1,0(sp)
80401bc4:	02000513          	li	a0,32
80401bc8:	0405                	add	s0,s0,1
80401bca:	9a02                	jalr	s4
80401bcc:	b00540e3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401bd0:	fe8499e3          	bne	s1,s0,80401bc2 <__d_vfprintf+0x538>
80401bd4:	4481                	li	s1,0
80401bd6:	020d9f63          	bnez	s11,80401c14 <__d_vfprintf+0x58a>
80401bda:	02c14783          	lbu	a5,44(sp)
80401bde:	8ba1                	and	a5,a5,8
80401be0:	efad                	bnez	a5,80401c5a <__d_vfprintf+0x5d0>
80401be2:	804049b7          	lui	s3,0x80404
80401be6:	8b498993          	add	s3,s3,-1868 # 804038b4 <__clz_tab+0x100>
80401bea:	8c22                	mv	s8,s0
80401bec:	a8b1                	j	80401c48 <__d_vfprintf+0x5be>
80401bee:	eb15                	bnez	a4,80401c22 <__d_vfprintf+0x598>
80401bf0:	02b00713          	li	a4,43
80401bf4:	b5e5                	j	80401adc <__d_vfprintf+0x452>
80401bf6:	eb0d                	bnez	a4,80401c28 <__d_vfprintf+0x59e>
80401bf8:	02d00713          	li	a4,45
80401bfc:	b5c5                	j	80401adc <__d_vfprintf+0x452>
80401bfe:	02000d93          	li	s11,32
80401c02:	4791                	li	a5,4
80401c04:	0367d563          	bge	a5,s6,80401c2e <__d_vfprintf+0x5a4>
80401c08:	008afa93          	and	s5,s5,8
80401c0c:	ffcb0493          	add	s1,s6,-4
80401c10:	fa0a88e3          	beqz	s5,80401bc0 <__d_vfprintf+0x536>
80401c14:	4582                	lw	a1,0(sp)
80401c16:	856e                	mv	a0,s11
80401c18:	0405                	add	s0,s0,1
80401c1a:	9a02                	jalr	s4
80401c1c:	fa055fe3          	bgez	a0,80401bda <__d_vfprintf+0x550>
80401c20:	b475                	j	804016cc <__d_vfprintf+0x42>
80401c22:	02b00d93          	li	s11,43
80401c26:	bff1                	j	80401c02 <__d_vfprintf+0x578>
80401c28:	02d00d93          	li	s11,45
80401c2c:	bfd9                	j	80401c02 <__d_vfprintf+0x578>
80401c2e:	4481                	li	s1,0
80401c30:	b7d5                	j	80401c14 <__d_vfprintf+0x58a>
80401c32:	4481                	li	s1,0
80401c34:	b75d                	j	80401bda <__d_vfprintf+0x550>
80401c36:	4582                	lw	a1,0(sp)
80401c38:	41250533          	sub	a0,a0,s2
80401c3c:	0ff57513          	zext.b	a0,a0
80401c40:	0c05                	add	s8,s8,1
80401c42:	9a02                	jalr	s4
80401c44:	a80544e3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401c48:	408c07b3          	sub	a5,s8,s0
80401c4c:	97ce                	add	a5,a5,s3
80401c4e:	0007c503          	lbu	a0,0(a5) # 2000 <errno+0x2000>
80401c52:	f175                	bnez	a0,80401c36 <__d_vfprintf+0x5ac>
80401c54:	8462                	mv	s0,s8
80401c56:	94e2                	add	s1,s1,s8
80401c58:	a535                	j	80402284 <__d_vfprintf+0xbfa>
80401c5a:	804049b7          	lui	s3,0x80404
80401c5e:	8b898993          	add	s3,s3,-1864 # 804038b8 <__clz_tab+0x104>
80401c62:	b761                	j	80401bea <__d_vfprintf+0x560>
80401c64:	1bfd                	add	s7,s7,-1
80401c66:	0ffbfb93          	zext.b	s7,s7
80401c6a:	000b8763          	beqz	s7,80401c78 <__d_vfprintf+0x5ee>
80401c6e:	0047c603          	lbu	a2,4(a5)
80401c72:	17fd                	add	a5,a5,-1
80401c74:	fed608e3          	beq	a2,a3,80401c64 <__d_vfprintf+0x5da>
80401c78:	010af693          	and	a3,s5,16
80401c7c:	87ea                	mv	a5,s10
80401c7e:	e291                	bnez	a3,80401c82 <__d_vfprintf+0x5f8>
80401c80:	87de                	mv	a5,s7
80401c82:	56f1                	li	a3,-4
80401c84:	0ed9cc63          	blt	s3,a3,80401d7c <__d_vfprintf+0x6f2>
80401c88:	0fa9da63          	bge	s3,s10,80401d7c <__d_vfprintf+0x6f2>
80401c8c:	6689                	lui	a3,0x2
80401c8e:	00dae6b3          	or	a3,s5,a3
80401c92:	01069a93          	sll	s5,a3,0x10
80401c96:	010ada93          	srl	s5,s5,0x10
80401c9a:	4d01                	li	s10,0
80401c9c:	00f9d663          	bge	s3,a5,80401ca8 <__d_vfprintf+0x61e>
80401ca0:	00198893          	add	a7,s3,1
80401ca4:	41178d33          	sub	s10,a5,a7
80401ca8:	6d89                	lui	s11,0x2
80401caa:	01bafdb3          	and	s11,s5,s11
80401cae:	0c0d8a63          	beqz	s11,80401d82 <__d_vfprintf+0x6f8>
80401cb2:	87ce                	mv	a5,s3
80401cb4:	0009d363          	bgez	s3,80401cba <__d_vfprintf+0x630>
80401cb8:	4781                	li	a5,0
80401cba:	0785                	add	a5,a5,1
80401cbc:	c311                	beqz	a4,80401cc0 <__d_vfprintf+0x636>
80401cbe:	0785                	add	a5,a5,1
80401cc0:	0c0d0963          	beqz	s10,80401d92 <__d_vfprintf+0x708>
80401cc4:	001d0693          	add	a3,s10,1
80401cc8:	97b6                	add	a5,a5,a3
80401cca:	4481                	li	s1,0
80401ccc:	0167d463          	bge	a5,s6,80401cd4 <__d_vfprintf+0x64a>
80401cd0:	40fb04b3          	sub	s1,s6,a5
80401cd4:	009af793          	and	a5,s5,9
80401cd8:	e789                	bnez	a5,80401ce2 <__d_vfprintf+0x658>
80401cda:	94a2                	add	s1,s1,s0
80401cdc:	0c849063          	bne	s1,s0,80401d9c <__d_vfprintf+0x712>
80401ce0:	4481                	li	s1,0
80401ce2:	c719                	beqz	a4,80401cf0 <__d_vfprintf+0x666>
80401ce4:	4582                	lw	a1,0(sp)
80401ce6:	853a                	mv	a0,a4
80401ce8:	0405                	add	s0,s0,1
80401cea:	9a02                	jalr	s4
80401cec:	9e0540e3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401cf0:	00bad793          	srl	a5,s5,0xb
80401cf4:	8b85                	and	a5,a5,1
80401cf6:	c395                	beqz	a5,80401d1a <__d_vfprintf+0x690>
80401cf8:	4582                	lw	a1,0(sp)
80401cfa:	03000513          	li	a0,48
80401cfe:	9a02                	jalr	s4
80401d00:	9c0546e3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401d04:	07800513          	li	a0,120
80401d08:	4582                	lw	a1,0(sp)
80401d0a:	41250533          	sub	a0,a0,s2
80401d0e:	0f857513          	and	a0,a0,248
80401d12:	0409                	add	s0,s0,2
80401d14:	9a02                	jalr	s4
80401d16:	9a054be3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401d1a:	008af793          	and	a5,s5,8
80401d1e:	e791                	bnez	a5,80401d2a <__d_vfprintf+0x6a0>
80401d20:	8b22                	mv	s6,s0
80401d22:	9426                	add	s0,s0,s1
80401d24:	09641663          	bne	s0,s6,80401db0 <__d_vfprintf+0x726>
80401d28:	4481                	li	s1,0
80401d2a:	0c0d8f63          	beqz	s11,80401e08 <__d_vfprintf+0x77e>
80401d2e:	8cce                	mv	s9,s3
80401d30:	0009d363          	bgez	s3,80401d36 <__d_vfprintf+0x6ac>
80401d34:	4c81                	li	s9,0
80401d36:	41998db3          	sub	s11,s3,s9
80401d3a:	41a00d33          	neg	s10,s10
80401d3e:	5b7d                	li	s6,-1
80401d40:	03000513          	li	a0,48
80401d44:	017df663          	bgeu	s11,s7,80401d50 <__d_vfprintf+0x6c6>
80401d48:	103c                	add	a5,sp,40
80401d4a:	97ee                	add	a5,a5,s11
80401d4c:	0057c503          	lbu	a0,5(a5)
80401d50:	1cfd                	add	s9,s9,-1
80401d52:	00140c13          	add	s8,s0,1
80401d56:	07acc563          	blt	s9,s10,80401dc0 <__d_vfprintf+0x736>
80401d5a:	4582                	lw	a1,0(sp)
80401d5c:	0d85                	add	s11,s11,1 # 2001 <errno+0x2001>
80401d5e:	9a02                	jalr	s4
80401d60:	960546e3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401d64:	016c9a63          	bne	s9,s6,80401d78 <__d_vfprintf+0x6ee>
80401d68:	4582                	lw	a1,0(sp)
80401d6a:	02e00513          	li	a0,46
80401d6e:	9a02                	jalr	s4
80401d70:	94054ee3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401d74:	00240c13          	add	s8,s0,2
80401d78:	8462                	mv	s0,s8
80401d7a:	b7d9                	j	80401d40 <__d_vfprintf+0x6b6>
80401d7c:	fff78d13          	add	s10,a5,-1
80401d80:	b725                	j	80401ca8 <__d_vfprintf+0x61e>
80401d82:	00bad693          	srl	a3,s5,0xb
80401d86:	8a85                	and	a3,a3,1
80401d88:	478d                	li	a5,3
80401d8a:	c291                	beqz	a3,80401d8e <__d_vfprintf+0x704>
80401d8c:	4795                	li	a5,5
80401d8e:	97e2                	add	a5,a5,s8
80401d90:	b735                	j	80401cbc <__d_vfprintf+0x632>
80401d92:	010af693          	and	a3,s5,16
80401d96:	da95                	beqz	a3,80401cca <__d_vfprintf+0x640>
80401d98:	0785                	add	a5,a5,1
80401d9a:	bf05                	j	80401cca <__d_vfprintf+0x640>
80401d9c:	4582                	lw	a1,0(sp)
80401d9e:	02000513          	li	a0,32
80401da2:	c83a                	sw	a4,16(sp)
80401da4:	9a02                	jalr	s4
80401da6:	4742                	lw	a4,16(sp)
80401da8:	0405                	add	s0,s0,1
80401daa:	f20559e3          	bgez	a0,80401cdc <__d_vfprintf+0x652>
80401dae:	ba39                	j	804016cc <__d_vfprintf+0x42>
80401db0:	4582                	lw	a1,0(sp)
80401db2:	03000513          	li	a0,48
80401db6:	0b05                	add	s6,s6,1
80401db8:	9a02                	jalr	s4
80401dba:	f60555e3          	bgez	a0,80401d24 <__d_vfprintf+0x69a>
80401dbe:	b239                	j	804016cc <__d_vfprintf+0x42>
80401dc0:	033c9063          	bne	s9,s3,80401de0 <__d_vfprintf+0x756>
80401dc4:	02d14703          	lbu	a4,45(sp)
80401dc8:	03500793          	li	a5,53
80401dcc:	00e7e863          	bltu	a5,a4,80401ddc <__d_vfprintf+0x752>
80401dd0:	00f71863          	bne	a4,a5,80401de0 <__d_vfprintf+0x756>
80401dd4:	02c14783          	lbu	a5,44(sp)
80401dd8:	8bc1                	and	a5,a5,16
80401dda:	e399                	bnez	a5,80401de0 <__d_vfprintf+0x756>
80401ddc:	03100513          	li	a0,49
80401de0:	4582                	lw	a1,0(sp)
80401de2:	9a02                	jalr	s4
80401de4:	8e0544e3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401de8:	010afa93          	and	s5,s5,16
80401dec:	e60a84e3          	beqz	s5,80401c54 <__d_vfprintf+0x5ca>
80401df0:	57fd                	li	a5,-1
80401df2:	e6fc91e3          	bne	s9,a5,80401c54 <__d_vfprintf+0x5ca>
80401df6:	4582                	lw	a1,0(sp)
80401df8:	00240c13          	add	s8,s0,2
80401dfc:	02e00513          	li	a0,46
80401e00:	9a02                	jalr	s4
80401e02:	e40559e3          	bgez	a0,80401c54 <__d_vfprintf+0x5ca>
80401e06:	b0d9                	j	804016cc <__d_vfprintf+0x42>
80401e08:	02d14503          	lbu	a0,45(sp)
80401e0c:	03100793          	li	a5,49
80401e10:	00f50763          	beq	a0,a5,80401e1e <__d_vfprintf+0x794>
80401e14:	02c14783          	lbu	a5,44(sp)
80401e18:	9bbd                	and	a5,a5,-17
80401e1a:	02f10623          	sb	a5,44(sp)
80401e1e:	4582                	lw	a1,0(sp)
80401e20:	9a02                	jalr	s4
80401e22:	8a0545e3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401e26:	0da05a63          	blez	s10,80401efa <__d_vfprintf+0x870>
80401e2a:	4582                	lw	a1,0(sp)
80401e2c:	02e00513          	li	a0,46
80401e30:	0409                	add	s0,s0,2
80401e32:	9a02                	jalr	s4
80401e34:	88054ce3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401e38:	4a85                	li	s5,1
80401e3a:	4785                	li	a5,1
80401e3c:	0405                	add	s0,s0,1
80401e3e:	03000513          	li	a0,48
80401e42:	017af863          	bgeu	s5,s7,80401e52 <__d_vfprintf+0x7c8>
80401e46:	02078793          	add	a5,a5,32
80401e4a:	1018                	add	a4,sp,32
80401e4c:	97ba                	add	a5,a5,a4
80401e4e:	fed7c503          	lbu	a0,-19(a5)
80401e52:	4582                	lw	a1,0(sp)
80401e54:	9a02                	jalr	s4
80401e56:	86054be3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401e5a:	0a85                	add	s5,s5,1
80401e5c:	0ffafa93          	zext.b	s5,s5
80401e60:	87d6                	mv	a5,s5
80401e62:	fd5d5de3          	bge	s10,s5,80401e3c <__d_vfprintf+0x7b2>
80401e66:	4582                	lw	a1,0(sp)
80401e68:	412c8533          	sub	a0,s9,s2
80401e6c:	0ff57513          	zext.b	a0,a0
80401e70:	9a02                	jalr	s4
80401e72:	84054de3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401e76:	0009ca63          	bltz	s3,80401e8a <__d_vfprintf+0x800>
80401e7a:	02b00513          	li	a0,43
80401e7e:	00099a63          	bnez	s3,80401e92 <__d_vfprintf+0x808>
80401e82:	02c14783          	lbu	a5,44(sp)
80401e86:	8bc1                	and	a5,a5,16
80401e88:	c789                	beqz	a5,80401e92 <__d_vfprintf+0x808>
80401e8a:	413009b3          	neg	s3,s3
80401e8e:	02d00513          	li	a0,45
80401e92:	4582                	lw	a1,0(sp)
80401e94:	9a02                	jalr	s4
80401e96:	82054be3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401e9a:	4791                	li	a5,4
80401e9c:	06fc1e63          	bne	s8,a5,80401f18 <__d_vfprintf+0x88e>
80401ea0:	3e800913          	li	s2,1000
80401ea4:	0329c533          	div	a0,s3,s2
80401ea8:	4582                	lw	a1,0(sp)
80401eaa:	040d                	add	s0,s0,3
80401eac:	03050513          	add	a0,a0,48
80401eb0:	0ff57513          	zext.b	a0,a0
80401eb4:	9a02                	jalr	s4
80401eb6:	80054be3          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401eba:	0329e9b3          	rem	s3,s3,s2
80401ebe:	06400913          	li	s2,100
80401ec2:	4582                	lw	a1,0(sp)
80401ec4:	0405                	add	s0,s0,1
80401ec6:	0329c533          	div	a0,s3,s2
80401eca:	03050513          	add	a0,a0,48
80401ece:	0ff57513          	zext.b	a0,a0
80401ed2:	9a02                	jalr	s4
80401ed4:	fe054c63          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401ed8:	0329e9b3          	rem	s3,s3,s2
80401edc:	4929                	li	s2,10
80401ede:	4582                	lw	a1,0(sp)
80401ee0:	0405                	add	s0,s0,1
80401ee2:	0329c533          	div	a0,s3,s2
80401ee6:	03050513          	add	a0,a0,48
80401eea:	0ff57513          	zext.b	a0,a0
80401eee:	9a02                	jalr	s4
80401ef0:	fc054e63          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401ef4:	0329e9b3          	rem	s3,s3,s2
80401ef8:	a03d                	j	80401f26 <__d_vfprintf+0x89c>
80401efa:	010afa93          	and	s5,s5,16
80401efe:	000a9463          	bnez	s5,80401f06 <__d_vfprintf+0x87c>
80401f02:	0405                	add	s0,s0,1
80401f04:	b78d                	j	80401e66 <__d_vfprintf+0x7dc>
80401f06:	4582                	lw	a1,0(sp)
80401f08:	02e00513          	li	a0,46
80401f0c:	0409                	add	s0,s0,2
80401f0e:	9a02                	jalr	s4
80401f10:	f4055be3          	bgez	a0,80401e66 <__d_vfprintf+0x7dc>
80401f14:	fb8ff06f          	j	804016cc <__d_vfprintf+0x42>
80401f18:	478d                	li	a5,3
80401f1a:	0409                	add	s0,s0,2
80401f1c:	fafc01e3          	beq	s8,a5,80401ebe <__d_vfprintf+0x834>
80401f20:	4785                	li	a5,1
80401f22:	fafc1de3          	bne	s8,a5,80401edc <__d_vfprintf+0x852>
80401f26:	03098513          	add	a0,s3,48
80401f2a:	4582                	lw	a1,0(sp)
80401f2c:	00140c13          	add	s8,s0,1
80401f30:	0ff57513          	zext.b	a0,a0
80401f34:	b5f1                	j	80401e00 <__d_vfprintf+0x776>
80401f36:	f9d90793          	add	a5,s2,-99
80401f3a:	0ff7f793          	zext.b	a5,a5
80401f3e:	4749                	li	a4,18
80401f40:	20f76363          	bltu	a4,a5,80402146 <__d_vfprintf+0xabc>
80401f44:	80403737          	lui	a4,0x80403
80401f48:	078a                	sll	a5,a5,0x2
80401f4a:	42c70713          	add	a4,a4,1068 # 8040342c <msg.0+0x64>
80401f4e:	97ba                	add	a5,a5,a4
80401f50:	439c                	lw	a5,0(a5)
80401f52:	8782                	jr	a5
80401f54:	5792                	lw	a5,36(sp)
80401f56:	4485                	li	s1,1
80401f58:	02810993          	add	s3,sp,40
80401f5c:	00478713          	add	a4,a5,4
80401f60:	439c                	lw	a5,0(a5)
80401f62:	d23a                	sw	a4,36(sp)
80401f64:	02f10423          	sb	a5,40(sp)
80401f68:	008df813          	and	a6,s11,8
80401f6c:	06080063          	beqz	a6,80401fcc <__d_vfprintf+0x942>
80401f70:	4901                	li	s2,0
80401f72:	05249f63          	bne	s1,s2,80401fd0 <__d_vfprintf+0x946>
80401f76:	00940c33          	add	s8,s0,s1
80401f7a:	409b04b3          	sub	s1,s6,s1
80401f7e:	b9d9                	j	80401c54 <__d_vfprintf+0x5ca>
80401f80:	5792                	lw	a5,36(sp)
80401f82:	00478713          	add	a4,a5,4
80401f86:	d23a                	sw	a4,36(sp)
80401f88:	0007a983          	lw	s3,0(a5)
80401f8c:	00099663          	bnez	s3,80401f98 <__d_vfprintf+0x90e>
80401f90:	804049b7          	lui	s3,0x80404
80401f94:	8bc98993          	add	s3,s3,-1860 # 804038bc <__clz_tab+0x108>
80401f98:	040df793          	and	a5,s11,64
80401f9c:	55fd                	li	a1,-1
80401f9e:	c391                	beqz	a5,80401fa2 <__d_vfprintf+0x918>
80401fa0:	85ea                	mv	a1,s10
80401fa2:	854e                	mv	a0,s3
80401fa4:	00001097          	auipc	ra,0x1
80401fa8:	da0080e7          	jalr	-608(ra) # 80402d44 <strnlen>
80401fac:	84aa                	mv	s1,a0
80401fae:	bf6d                	j	80401f68 <__d_vfprintf+0x8de>
80401fb0:	4582                	lw	a1,0(sp)
80401fb2:	02000513          	li	a0,32
80401fb6:	9a02                	jalr	s4
80401fb8:	f0054a63          	bltz	a0,804016cc <__d_vfprintf+0x42>
80401fbc:	197d                	add	s2,s2,-1
80401fbe:	ff24e9e3          	bltu	s1,s2,80401fb0 <__d_vfprintf+0x926>
80401fc2:	945a                	add	s0,s0,s6
80401fc4:	41240433          	sub	s0,s0,s2
80401fc8:	8b4a                	mv	s6,s2
80401fca:	b75d                	j	80401f70 <__d_vfprintf+0x8e6>
80401fcc:	895a                	mv	s2,s6
80401fce:	bfc5                	j	80401fbe <__d_vfprintf+0x934>
80401fd0:	012987b3          	add	a5,s3,s2
80401fd4:	4582                	lw	a1,0(sp)
80401fd6:	0007c503          	lbu	a0,0(a5)
80401fda:	0905                	add	s2,s2,1
80401fdc:	9a02                	jalr	s4
80401fde:	f8055ae3          	bgez	a0,80401f72 <__d_vfprintf+0x8e8>
80401fe2:	eeaff06f          	j	804016cc <__d_vfprintf+0x42>
80401fe6:	080df713          	and	a4,s11,128
80401fea:	5792                	lw	a5,36(sp)
80401fec:	cf59                	beqz	a4,8040208a <__d_vfprintf+0xa00>
80401fee:	200df713          	and	a4,s11,512
80401ff2:	c749                	beqz	a4,8040207c <__d_vfprintf+0x9f2>
80401ff4:	079d                	add	a5,a5,7
80401ff6:	9be1                	and	a5,a5,-8
80401ff8:	4388                	lw	a0,0(a5)
80401ffa:	43cc                	lw	a1,4(a5)
80401ffc:	00878713          	add	a4,a5,8
80402000:	d23a                	sw	a4,36(sp)
80402002:	fefdf993          	and	s3,s11,-17
80402006:	09c2                	sll	s3,s3,0x10
80402008:	0109d993          	srl	s3,s3,0x10
8040200c:	0805df63          	bgez	a1,804020aa <__d_vfprintf+0xa20>
80402010:	00a037b3          	snez	a5,a0
80402014:	40b005b3          	neg	a1,a1
80402018:	8d9d                	sub	a1,a1,a5
8040201a:	40a00533          	neg	a0,a0
8040201e:	4009e993          	or	s3,s3,1024
80402022:	02810a93          	add	s5,sp,40
80402026:	46a9                	li	a3,10
80402028:	8656                	mv	a2,s5
8040202a:	fffff097          	auipc	ra,0xfffff
8040202e:	44c080e7          	jalr	1100(ra) # 80401476 <__ultoa_invert>
80402032:	0409f793          	and	a5,s3,64
80402036:	41550ab3          	sub	s5,a0,s5
8040203a:	c7f5                	beqz	a5,80402126 <__d_vfprintf+0xa9c>
8040203c:	ffe9f793          	and	a5,s3,-2
80402040:	07c2                	sll	a5,a5,0x10
80402042:	83c1                	srl	a5,a5,0x10
80402044:	19aad563          	bge	s5,s10,804021ce <__d_vfprintf+0xb44>
80402048:	16090c63          	beqz	s2,804021c0 <__d_vfprintf+0xb36>
8040204c:	0109fc13          	and	s8,s3,16
80402050:	84ea                	mv	s1,s10
80402052:	89be                	mv	s3,a5
80402054:	060c0a63          	beqz	s8,804020c8 <__d_vfprintf+0xa3e>
80402058:	0489                	add	s1,s1,2
8040205a:	0089f793          	and	a5,s3,8
8040205e:	18079a63          	bnez	a5,804021f2 <__d_vfprintf+0xb68>
80402062:	0019f793          	and	a5,s3,1
80402066:	cb89                	beqz	a5,80402078 <__d_vfprintf+0x9ee>
80402068:	8d56                	mv	s10,s5
8040206a:	0164d763          	bge	s1,s6,80402078 <__d_vfprintf+0x9ee>
8040206e:	409b04b3          	sub	s1,s6,s1
80402072:	01548d33          	add	s10,s1,s5
80402076:	84da                	mv	s1,s6
80402078:	8ba6                	mv	s7,s1
8040207a:	a2ad                	j	804021e4 <__d_vfprintf+0xb5a>
8040207c:	4388                	lw	a0,0(a5)
8040207e:	00478713          	add	a4,a5,4
80402082:	d23a                	sw	a4,36(sp)
80402084:	41f55593          	sra	a1,a0,0x1f
80402088:	bfad                	j	80402002 <__d_vfprintf+0x978>
8040208a:	00478713          	add	a4,a5,4
8040208e:	4388                	lw	a0,0(a5)
80402090:	d23a                	sw	a4,36(sp)
80402092:	100df793          	and	a5,s11,256
80402096:	d7fd                	beqz	a5,80402084 <__d_vfprintf+0x9fa>
80402098:	200df793          	and	a5,s11,512
8040209c:	c781                	beqz	a5,804020a4 <__d_vfprintf+0xa1a>
8040209e:	0562                	sll	a0,a0,0x18
804020a0:	8561                	sra	a0,a0,0x18
804020a2:	b7cd                	j	80402084 <__d_vfprintf+0x9fa>
804020a4:	0542                	sll	a0,a0,0x10
804020a6:	8541                	sra	a0,a0,0x10
804020a8:	bff1                	j	80402084 <__d_vfprintf+0x9fa>
804020aa:	00b567b3          	or	a5,a0,a1
804020ae:	fbb5                	bnez	a5,80402022 <__d_vfprintf+0x998>
804020b0:	040df793          	and	a5,s11,64
804020b4:	d7bd                	beqz	a5,80402022 <__d_vfprintf+0x998>
804020b6:	f60d16e3          	bnez	s10,80402022 <__d_vfprintf+0x998>
804020ba:	feedf993          	and	s3,s11,-18
804020be:	09c2                	sll	s3,s3,0x10
804020c0:	0109d993          	srl	s3,s3,0x10
804020c4:	4a81                	li	s5,0
804020c6:	4481                	li	s1,0
804020c8:	4069fc13          	and	s8,s3,1030
804020cc:	f80c07e3          	beqz	s8,8040205a <__d_vfprintf+0x9d0>
804020d0:	0485                	add	s1,s1,1
804020d2:	4c01                	li	s8,0
804020d4:	b759                	j	8040205a <__d_vfprintf+0x9d0>
804020d6:	fefdf813          	and	a6,s11,-17
804020da:	01081d93          	sll	s11,a6,0x10
804020de:	010ddd93          	srl	s11,s11,0x10
804020e2:	46a9                	li	a3,10
804020e4:	080df713          	and	a4,s11,128
804020e8:	5792                	lw	a5,36(sp)
804020ea:	c355                	beqz	a4,8040218e <__d_vfprintf+0xb04>
804020ec:	200df713          	and	a4,s11,512
804020f0:	cb49                	beqz	a4,80402182 <__d_vfprintf+0xaf8>
804020f2:	079d                	add	a5,a5,7
804020f4:	9be1                	and	a5,a5,-8
804020f6:	4388                	lw	a0,0(a5)
804020f8:	43cc                	lw	a1,4(a5)
804020fa:	00878713          	add	a4,a5,8
804020fe:	d23a                	sw	a4,36(sp)
80402100:	00b567b3          	or	a5,a0,a1
80402104:	e7cd                	bnez	a5,804021ae <__d_vfprintf+0xb24>
80402106:	fe9df993          	and	s3,s11,-23
8040210a:	09c2                	sll	s3,s3,0x10
8040210c:	040df793          	and	a5,s11,64
80402110:	0109d993          	srl	s3,s3,0x10
80402114:	c3dd                	beqz	a5,804021ba <__d_vfprintf+0xb30>
80402116:	0a0d1263          	bnez	s10,804021ba <__d_vfprintf+0xb30>
8040211a:	fe8df993          	and	s3,s11,-24
8040211e:	09c2                	sll	s3,s3,0x10
80402120:	0109d993          	srl	s3,s3,0x10
80402124:	4a81                	li	s5,0
80402126:	0109fc13          	and	s8,s3,16
8040212a:	0a0c0463          	beqz	s8,804021d2 <__d_vfprintf+0xb48>
8040212e:	001a8493          	add	s1,s5,1
80402132:	f20904e3          	beqz	s2,8040205a <__d_vfprintf+0x9d0>
80402136:	84d6                	mv	s1,s5
80402138:	b705                	j	80402058 <__d_vfprintf+0x9ce>
8040213a:	010ded93          	or	s11,s11,16
8040213e:	46c1                	li	a3,16
80402140:	07800913          	li	s2,120
80402144:	b745                	j	804020e4 <__d_vfprintf+0xa5a>
80402146:	07800793          	li	a5,120
8040214a:	00fc9a63          	bne	s9,a5,8040215e <__d_vfprintf+0xad4>
8040214e:	05800793          	li	a5,88
80402152:	46c1                	li	a3,16
80402154:	f8f918e3          	bne	s2,a5,804020e4 <__d_vfprintf+0xa5a>
80402158:	21000693          	li	a3,528
8040215c:	b761                	j	804020e4 <__d_vfprintf+0xa5a>
8040215e:	4582                	lw	a1,0(sp)
80402160:	02500513          	li	a0,37
80402164:	9a02                	jalr	s4
80402166:	d6054363          	bltz	a0,804016cc <__d_vfprintf+0x42>
8040216a:	4582                	lw	a1,0(sp)
8040216c:	854a                	mv	a0,s2
8040216e:	9a02                	jalr	s4
80402170:	d4054e63          	bltz	a0,804016cc <__d_vfprintf+0x42>
80402174:	0409                	add	s0,s0,2
80402176:	4792                	lw	a5,4(sp)
80402178:	d34ff06f          	j	804016ac <__d_vfprintf+0x22>
8040217c:	46a1                	li	a3,8
8040217e:	4901                	li	s2,0
80402180:	b795                	j	804020e4 <__d_vfprintf+0xa5a>
80402182:	4388                	lw	a0,0(a5)
80402184:	00478713          	add	a4,a5,4
80402188:	d23a                	sw	a4,36(sp)
8040218a:	4581                	li	a1,0
8040218c:	bf95                	j	80402100 <__d_vfprintf+0xa76>
8040218e:	00478713          	add	a4,a5,4
80402192:	4388                	lw	a0,0(a5)
80402194:	d23a                	sw	a4,36(sp)
80402196:	100df793          	and	a5,s11,256
8040219a:	dbe5                	beqz	a5,8040218a <__d_vfprintf+0xb00>
8040219c:	200df793          	and	a5,s11,512
804021a0:	c781                	beqz	a5,804021a8 <__d_vfprintf+0xb1e>
804021a2:	0ff57513          	zext.b	a0,a0
804021a6:	b7d5                	j	8040218a <__d_vfprintf+0xb00>
804021a8:	0542                	sll	a0,a0,0x10
804021aa:	8141                	srl	a0,a0,0x10
804021ac:	bff9                	j	8040218a <__d_vfprintf+0xb00>
804021ae:	ff9df813          	and	a6,s11,-7
804021b2:	01081993          	sll	s3,a6,0x10
804021b6:	0109d993          	srl	s3,s3,0x10
804021ba:	02810a93          	add	s5,sp,40
804021be:	b5ad                	j	80402028 <__d_vfprintf+0x99e>
804021c0:	fee9f993          	and	s3,s3,-18
804021c4:	09c2                	sll	s3,s3,0x10
804021c6:	0109d993          	srl	s3,s3,0x10
804021ca:	84ea                	mv	s1,s10
804021cc:	bdf5                	j	804020c8 <__d_vfprintf+0xa3e>
804021ce:	89be                	mv	s3,a5
804021d0:	bf99                	j	80402126 <__d_vfprintf+0xa9c>
804021d2:	84d6                	mv	s1,s5
804021d4:	bdd5                	j	804020c8 <__d_vfprintf+0xa3e>
804021d6:	4582                	lw	a1,0(sp)
804021d8:	02000513          	li	a0,32
804021dc:	9a02                	jalr	s4
804021de:	ce054763          	bltz	a0,804016cc <__d_vfprintf+0x42>
804021e2:	0b85                	add	s7,s7,1
804021e4:	ff6bc9e3          	blt	s7,s6,804021d6 <__d_vfprintf+0xb4c>
804021e8:	409404b3          	sub	s1,s0,s1
804021ec:	01748433          	add	s0,s1,s7
804021f0:	84de                	mv	s1,s7
804021f2:	020c0363          	beqz	s8,80402218 <__d_vfprintf+0xb8e>
804021f6:	4582                	lw	a1,0(sp)
804021f8:	03000513          	li	a0,48
804021fc:	9a02                	jalr	s4
804021fe:	cc054763          	bltz	a0,804016cc <__d_vfprintf+0x42>
80402202:	04090d63          	beqz	s2,8040225c <__d_vfprintf+0xbd2>
80402206:	4582                	lw	a1,0(sp)
80402208:	0409                	add	s0,s0,2
8040220a:	854a                	mv	a0,s2
8040220c:	9a02                	jalr	s4
8040220e:	ca054f63          	bltz	a0,804016cc <__d_vfprintf+0x42>
80402212:	8c22                	mv	s8,s0
80402214:	9d22                	add	s10,s10,s0
80402216:	a81d                	j	8040224c <__d_vfprintf+0xbc2>
80402218:	4069f793          	and	a5,s3,1030
8040221c:	dbfd                	beqz	a5,80402212 <__d_vfprintf+0xb88>
8040221e:	0029f793          	and	a5,s3,2
80402222:	02000513          	li	a0,32
80402226:	c399                	beqz	a5,8040222c <__d_vfprintf+0xba2>
80402228:	02b00513          	li	a0,43
8040222c:	4009f993          	and	s3,s3,1024
80402230:	00098463          	beqz	s3,80402238 <__d_vfprintf+0xbae>
80402234:	02d00513          	li	a0,45
80402238:	4582                	lw	a1,0(sp)
8040223a:	0405                	add	s0,s0,1
8040223c:	bfc1                	j	8040220c <__d_vfprintf+0xb82>
8040223e:	4582                	lw	a1,0(sp)
80402240:	03000513          	li	a0,48
80402244:	0c05                	add	s8,s8,1
80402246:	9a02                	jalr	s4
80402248:	c8054263          	bltz	a0,804016cc <__d_vfprintf+0x42>
8040224c:	418d07b3          	sub	a5,s10,s8
80402250:	fefac7e3          	blt	s5,a5,8040223e <__d_vfprintf+0xbb4>
80402254:	8456                	mv	s0,s5
80402256:	e409                	bnez	s0,80402260 <__d_vfprintf+0xbd6>
80402258:	9c56                	add	s8,s8,s5
8040225a:	b305                	j	80401f7a <__d_vfprintf+0x8f0>
8040225c:	0405                	add	s0,s0,1
8040225e:	bf55                	j	80402212 <__d_vfprintf+0xb88>
80402260:	147d                	add	s0,s0,-1
80402262:	103c                	add	a5,sp,40
80402264:	97a2                	add	a5,a5,s0
80402266:	4582                	lw	a1,0(sp)
80402268:	0007c503          	lbu	a0,0(a5)
8040226c:	9a02                	jalr	s4
8040226e:	fe0554e3          	bgez	a0,80402256 <__d_vfprintf+0xbcc>
80402272:	c5aff06f          	j	804016cc <__d_vfprintf+0x42>
80402276:	4582                	lw	a1,0(sp)
80402278:	02000513          	li	a0,32
8040227c:	0405                	add	s0,s0,1
8040227e:	9a02                	jalr	s4
80402280:	c4054663          	bltz	a0,804016cc <__d_vfprintf+0x42>
80402284:	408487b3          	sub	a5,s1,s0
80402288:	fef047e3          	bgtz	a5,80402276 <__d_vfprintf+0xbec>
8040228c:	b5ed                	j	80402176 <__d_vfprintf+0xaec>

8040228e <mulShiftAll64>:
8040228e:	fffff317          	auipc	t1,0xfffff
80402292:	162302e7          	jalr	t0,354(t1) # 804013f0 <__riscv_save_10>
80402296:	84b2                	mv	s1,a2
80402298:	00159913          	sll	s2,a1,0x1
8040229c:	4210                	lw	a2,0(a2)
8040229e:	8ab6                	mv	s5,a3
804022a0:	89be                	mv	s3,a5
804022a2:	40d4                	lw	a3,4(s1)
804022a4:	01f55793          	srl	a5,a0,0x1f
804022a8:	1141                	add	sp,sp,-16
804022aa:	0127e933          	or	s2,a5,s2
804022ae:	00151413          	sll	s0,a0,0x1
804022b2:	8522                	mv	a0,s0
804022b4:	85ca                	mv	a1,s2
804022b6:	8bba                	mv	s7,a4
804022b8:	870a                	mv	a4,sp
804022ba:	8b42                	mv	s6,a6
804022bc:	00001097          	auipc	ra,0x1
804022c0:	9fc080e7          	jalr	-1540(ra) # 80402cb8 <__umul128>
804022c4:	44d4                	lw	a3,12(s1)
804022c6:	4490                	lw	a2,8(s1)
804022c8:	0038                	add	a4,sp,8
804022ca:	8caa                	mv	s9,a0
804022cc:	8c2e                	mv	s8,a1
804022ce:	8522                	mv	a0,s0
804022d0:	85ca                	mv	a1,s2
804022d2:	00001097          	auipc	ra,0x1
804022d6:	9e6080e7          	jalr	-1562(ra) # 80402cb8 <__umul128>
804022da:	4682                	lw	a3,0(sp)
804022dc:	4712                	lw	a4,4(sp)
804022de:	4785                	li	a5,1
804022e0:	00d50933          	add	s2,a0,a3
804022e4:	00a93533          	sltu	a0,s2,a0
804022e8:	95ba                	add	a1,a1,a4
804022ea:	00b50433          	add	s0,a0,a1
804022ee:	00e46763          	bltu	s0,a4,804022fc <mulShiftAll64+0x6e>
804022f2:	00871463          	bne	a4,s0,804022fa <mulShiftAll64+0x6c>
804022f6:	00d96363          	bltu	s2,a3,804022fc <mulShiftAll64+0x6e>
804022fa:	4781                	li	a5,0
804022fc:	4622                	lw	a2,8(sp)
804022fe:	4732                	lw	a4,12(sp)
80402300:	963e                	add	a2,a2,a5
80402302:	00f637b3          	sltu	a5,a2,a5
80402306:	00e786b3          	add	a3,a5,a4
8040230a:	4098                	lw	a4,0(s1)
8040230c:	40dc                	lw	a5,4(s1)
8040230e:	c432                	sw	a2,8(sp)
80402310:	9766                	add	a4,a4,s9
80402312:	97e2                	add	a5,a5,s8
80402314:	019735b3          	sltu	a1,a4,s9
80402318:	95be                	add	a1,a1,a5
8040231a:	c636                	sw	a3,12(sp)
8040231c:	4785                	li	a5,1
8040231e:	0185e763          	bltu	a1,s8,8040232c <mulShiftAll64+0x9e>
80402322:	00bc1463          	bne	s8,a1,8040232a <mulShiftAll64+0x9c>
80402326:	01976363          	bltu	a4,s9,8040232c <mulShiftAll64+0x9e>
8040232a:	4781                	li	a5,0
8040232c:	4498                	lw	a4,8(s1)
8040232e:	44c8                	lw	a0,12(s1)
80402330:	fbfa8a13          	add	s4,s5,-65
80402334:	974a                	add	a4,a4,s2
80402336:	9522                	add	a0,a0,s0
80402338:	012735b3          	sltu	a1,a4,s2
8040233c:	95aa                	add	a1,a1,a0
8040233e:	00e78533          	add	a0,a5,a4
80402342:	00f537b3          	sltu	a5,a0,a5
80402346:	95be                	add	a1,a1,a5
80402348:	4785                	li	a5,1
8040234a:	0085e763          	bltu	a1,s0,80402358 <mulShiftAll64+0xca>
8040234e:	00b41463          	bne	s0,a1,80402356 <mulShiftAll64+0xc8>
80402352:	01256363          	bltu	a0,s2,80402358 <mulShiftAll64+0xca>
80402356:	4781                	li	a5,0
80402358:	963e                	add	a2,a2,a5
8040235a:	00f637b3          	sltu	a5,a2,a5
8040235e:	8752                	mv	a4,s4
80402360:	96be                	add	a3,a3,a5
80402362:	00001097          	auipc	ra,0x1
80402366:	9a2080e7          	jalr	-1630(ra) # 80402d04 <__shiftright128>
8040236a:	00aba023          	sw	a0,0(s7)
8040236e:	00bba223          	sw	a1,4(s7)
80402372:	4785                	li	a5,1
80402374:	48a2                	lw	a7,8(sp)
80402376:	4832                	lw	a6,12(sp)
80402378:	40cc                	lw	a1,4(s1)
8040237a:	4488                	lw	a0,8(s1)
8040237c:	44d8                	lw	a4,12(s1)
8040237e:	06fb1d63          	bne	s6,a5,804023f8 <mulShiftAll64+0x16a>
80402382:	40a906b3          	sub	a3,s2,a0
80402386:	00d93633          	sltu	a2,s2,a3
8040238a:	40e407b3          	sub	a5,s0,a4
8040238e:	8f91                	sub	a5,a5,a2
80402390:	4505                	li	a0,1
80402392:	00bc6863          	bltu	s8,a1,804023a2 <mulShiftAll64+0x114>
80402396:	01859563          	bne	a1,s8,804023a0 <mulShiftAll64+0x112>
8040239a:	4098                	lw	a4,0(s1)
8040239c:	00ece363          	bltu	s9,a4,804023a2 <mulShiftAll64+0x114>
804023a0:	4501                	li	a0,0
804023a2:	40a68533          	sub	a0,a3,a0
804023a6:	00a6b6b3          	sltu	a3,a3,a0
804023aa:	40d785b3          	sub	a1,a5,a3
804023ae:	4605                	li	a2,1
804023b0:	00b46763          	bltu	s0,a1,804023be <mulShiftAll64+0x130>
804023b4:	00859463          	bne	a1,s0,804023bc <mulShiftAll64+0x12e>
804023b8:	00a96363          	bltu	s2,a0,804023be <mulShiftAll64+0x130>
804023bc:	4601                	li	a2,0
804023be:	40c88633          	sub	a2,a7,a2
804023c2:	00c8b6b3          	sltu	a3,a7,a2
804023c6:	8752                	mv	a4,s4
804023c8:	40d806b3          	sub	a3,a6,a3
804023cc:	00001097          	auipc	ra,0x1
804023d0:	938080e7          	jalr	-1736(ra) # 80402d04 <__shiftright128>
804023d4:	4622                	lw	a2,8(sp)
804023d6:	46b2                	lw	a3,12(sp)
804023d8:	00a9a023          	sw	a0,0(s3)
804023dc:	00b9a223          	sw	a1,4(s3)
804023e0:	8752                	mv	a4,s4
804023e2:	854a                	mv	a0,s2
804023e4:	85a2                	mv	a1,s0
804023e6:	00001097          	auipc	ra,0x1
804023ea:	91e080e7          	jalr	-1762(ra) # 80402d04 <__shiftright128>
804023ee:	0141                	add	sp,sp,16
804023f0:	fffff317          	auipc	t1,0xfffff
804023f4:	03830067          	jr	56(t1) # 80401428 <__riscv_restore_10>
804023f8:	01fcd793          	srl	a5,s9,0x1f
804023fc:	001c1613          	sll	a2,s8,0x1
80402400:	8e5d                	or	a2,a2,a5
80402402:	01f95693          	srl	a3,s2,0x1f
80402406:	00141793          	sll	a5,s0,0x1
8040240a:	001c9e93          	sll	t4,s9,0x1
8040240e:	8fd5                	or	a5,a5,a3
80402410:	00191313          	sll	t1,s2,0x1
80402414:	4e05                	li	t3,1
80402416:	01866763          	bltu	a2,s8,80402424 <mulShiftAll64+0x196>
8040241a:	00cc1463          	bne	s8,a2,80402422 <mulShiftAll64+0x194>
8040241e:	019ee363          	bltu	t4,s9,80402424 <mulShiftAll64+0x196>
80402422:	4e01                	li	t3,0
80402424:	9e1a                	add	t3,t3,t1
80402426:	006e3333          	sltu	t1,t3,t1
8040242a:	933e                	add	t1,t1,a5
8040242c:	4785                	li	a5,1
8040242e:	00b66863          	bltu	a2,a1,8040243e <mulShiftAll64+0x1b0>
80402432:	00c59563          	bne	a1,a2,8040243c <mulShiftAll64+0x1ae>
80402436:	4094                	lw	a3,0(s1)
80402438:	00dee363          	bltu	t4,a3,8040243e <mulShiftAll64+0x1b0>
8040243c:	4781                	li	a5,0
8040243e:	40fe07b3          	sub	a5,t3,a5
80402442:	00fe35b3          	sltu	a1,t3,a5
80402446:	40b305b3          	sub	a1,t1,a1
8040244a:	40a78533          	sub	a0,a5,a0
8040244e:	00a7b7b3          	sltu	a5,a5,a0
80402452:	8d99                	sub	a1,a1,a4
80402454:	01f8d693          	srl	a3,a7,0x1f
80402458:	8d9d                	sub	a1,a1,a5
8040245a:	00181793          	sll	a5,a6,0x1
8040245e:	8fd5                	or	a5,a5,a3
80402460:	fc0a8713          	add	a4,s5,-64
80402464:	0886                	sll	a7,a7,0x1
80402466:	4685                	li	a3,1
80402468:	00836763          	bltu	t1,s0,80402476 <mulShiftAll64+0x1e8>
8040246c:	00641463          	bne	s0,t1,80402474 <mulShiftAll64+0x1e6>
80402470:	012e6363          	bltu	t3,s2,80402476 <mulShiftAll64+0x1e8>
80402474:	4681                	li	a3,0
80402476:	96c6                	add	a3,a3,a7
80402478:	0116b8b3          	sltu	a7,a3,a7
8040247c:	98be                	add	a7,a7,a5
8040247e:	4605                	li	a2,1
80402480:	00b36763          	bltu	t1,a1,8040248e <mulShiftAll64+0x200>
80402484:	00659463          	bne	a1,t1,8040248c <mulShiftAll64+0x1fe>
80402488:	00ae6363          	bltu	t3,a0,8040248e <mulShiftAll64+0x200>
8040248c:	4601                	li	a2,0
8040248e:	40c68633          	sub	a2,a3,a2
80402492:	00c6b6b3          	sltu	a3,a3,a2
80402496:	40d886b3          	sub	a3,a7,a3
8040249a:	bf0d                	j	804023cc <mulShiftAll64+0x13e>

8040249c <div10>:
8040249c:	fffff317          	auipc	t1,0xfffff
804024a0:	f7c302e7          	jalr	t0,-132(t1) # 80401418 <__riscv_save_0>
804024a4:	804047b7          	lui	a5,0x80404
804024a8:	8c87a603          	lw	a2,-1848(a5) # 804038c8 <stdout+0x4>
804024ac:	8cc7a683          	lw	a3,-1844(a5)
804024b0:	1141                	add	sp,sp,-16
804024b2:	0038                	add	a4,sp,8
804024b4:	00001097          	auipc	ra,0x1
804024b8:	804080e7          	jalr	-2044(ra) # 80402cb8 <__umul128>
804024bc:	45b2                	lw	a1,12(sp)
804024be:	47a2                	lw	a5,8(sp)
804024c0:	01d59513          	sll	a0,a1,0x1d
804024c4:	838d                	srl	a5,a5,0x3
804024c6:	8d5d                	or	a0,a0,a5
804024c8:	818d                	srl	a1,a1,0x3
804024ca:	0141                	add	sp,sp,16
804024cc:	fffff317          	auipc	t1,0xfffff
804024d0:	f7030067          	jr	-144(t1) # 8040143c <__riscv_restore_0>

804024d4 <__dtoa_engine>:
804024d4:	fffff317          	auipc	t1,0xfffff
804024d8:	f14302e7          	jalr	t0,-236(t1) # 804013e8 <__riscv_save_12>
804024dc:	715d                	add	sp,sp,-80
804024de:	8bb6                	mv	s7,a3
804024e0:	001006b7          	lui	a3,0x100
804024e4:	c43a                	sw	a4,8(sp)
804024e6:	c63e                	sw	a5,12(sp)
804024e8:	01f5d713          	srl	a4,a1,0x1f
804024ec:	fff68d93          	add	s11,a3,-1 # fffff <errno+0xfffff>
804024f0:	0145d793          	srl	a5,a1,0x14
804024f4:	00bdfdb3          	and	s11,s11,a1
804024f8:	c03a                	sw	a4,0(sp)
804024fa:	7ff7f413          	and	s0,a5,2047
804024fe:	84aa                	mv	s1,a0
80402500:	8ab2                	mv	s5,a2
80402502:	00ade733          	or	a4,s11,a0
80402506:	e415                	bnez	s0,80402532 <__dtoa_engine+0x5e>
80402508:	e721                	bnez	a4,80402550 <__dtoa_engine+0x7c>
8040250a:	03000793          	li	a5,48
8040250e:	00f602a3          	sb	a5,5(a2)
80402512:	4782                	lw	a5,0(sp)
80402514:	00060323          	sb	zero,6(a2)
80402518:	00062023          	sw	zero,0(a2)
8040251c:	0027e993          	or	s3,a5,2
80402520:	01360223          	sb	s3,4(a2)
80402524:	4405                	li	s0,1
80402526:	8522                	mv	a0,s0
80402528:	6161                	add	sp,sp,80
8040252a:	fffff317          	auipc	t1,0xfffff
8040252e:	efa30067          	jr	-262(t1) # 80401424 <__riscv_restore_12>
80402532:	7ff00613          	li	a2,2047
80402536:	0ac41d63          	bne	s0,a2,804025f0 <__dtoa_engine+0x11c>
8040253a:	4782                	lw	a5,0(sp)
8040253c:	0047e793          	or	a5,a5,4
80402540:	c701                	beqz	a4,80402548 <__dtoa_engine+0x74>
80402542:	4782                	lw	a5,0(sp)
80402544:	0087e793          	or	a5,a5,8
80402548:	00fa8223          	sb	a5,4(s5)
8040254c:	4401                	li	s0,0
8040254e:	bfe1                	j	80402526 <__dtoa_engine+0x52>
80402550:	00157793          	and	a5,a0,1
80402554:	c23e                	sw	a5,4(sp)
80402556:	002d9993          	sll	s3,s11,0x2
8040255a:	01e55793          	srl	a5,a0,0x1e
8040255e:	0137e9b3          	or	s3,a5,s3
80402562:	00251c13          	sll	s8,a0,0x2
80402566:	892a                	mv	s2,a0
80402568:	bcc00413          	li	s0,-1076
8040256c:	4805                	li	a6,1
8040256e:	4d05                	li	s10,1
80402570:	408004b3          	neg	s1,s0
80402574:	8526                	mv	a0,s1
80402576:	ca42                	sw	a6,20(sp)
80402578:	00000097          	auipc	ra,0x0
8040257c:	71e080e7          	jalr	1822(ra) # 80402c96 <__log10Pow5>
80402580:	fff42793          	slti	a5,s0,-1
80402584:	40f50b33          	sub	s6,a0,a5
80402588:	416484b3          	sub	s1,s1,s6
8040258c:	8526                	mv	a0,s1
8040258e:	00000097          	auipc	ra,0x0
80402592:	718080e7          	jalr	1816(ra) # 80402ca6 <__pow5bits>
80402596:	f8350693          	add	a3,a0,-125
8040259a:	40db06b3          	sub	a3,s6,a3
8040259e:	8526                	mv	a0,s1
804025a0:	008c                	add	a1,sp,64
804025a2:	c836                	sw	a3,16(sp)
804025a4:	00000097          	auipc	ra,0x0
804025a8:	492080e7          	jalr	1170(ra) # 80402a36 <__double_computePow5>
804025ac:	4852                	lw	a6,20(sp)
804025ae:	46c2                	lw	a3,16(sp)
804025b0:	181c                	add	a5,sp,48
804025b2:	1038                	add	a4,sp,40
804025b4:	0090                	add	a2,sp,64
804025b6:	854a                	mv	a0,s2
804025b8:	85ee                	mv	a1,s11
804025ba:	00000097          	auipc	ra,0x0
804025be:	cd4080e7          	jalr	-812(ra) # 8040228e <mulShiftAll64>
804025c2:	4785                	li	a5,1
804025c4:	008b0a33          	add	s4,s6,s0
804025c8:	84ae                	mv	s1,a1
804025ca:	842a                	mv	s0,a0
804025cc:	1567ee63          	bltu	a5,s6,80402728 <__dtoa_engine+0x254>
804025d0:	4792                	lw	a5,4(sp)
804025d2:	4985                	li	s3,1
804025d4:	10078e63          	beqz	a5,804026f0 <__dtoa_engine+0x21c>
804025d8:	57a2                	lw	a5,40(sp)
804025da:	5732                	lw	a4,44(sp)
804025dc:	4985                	li	s3,1
804025de:	fff78693          	add	a3,a5,-1
804025e2:	0017b793          	seqz	a5,a5
804025e6:	40f707b3          	sub	a5,a4,a5
804025ea:	d436                	sw	a3,40(sp)
804025ec:	d63e                	sw	a5,44(sp)
804025ee:	a8c9                	j	804026c0 <__dtoa_engine+0x1ec>
804025f0:	01b6edb3          	or	s11,a3,s11
804025f4:	00157693          	and	a3,a0,1
804025f8:	c236                	sw	a3,4(sp)
804025fa:	002d9993          	sll	s3,s11,0x2
804025fe:	01e55693          	srl	a3,a0,0x1e
80402602:	bcb40413          	add	s0,s0,-1077
80402606:	892a                	mv	s2,a0
80402608:	0136e9b3          	or	s3,a3,s3
8040260c:	00251c13          	sll	s8,a0,0x2
80402610:	4d05                	li	s10,1
80402612:	e709                	bnez	a4,8040261c <__dtoa_engine+0x148>
80402614:	7fe7f793          	and	a5,a5,2046
80402618:	0017bd13          	seqz	s10,a5
8040261c:	886a                	mv	a6,s10
8040261e:	f40449e3          	bltz	s0,80402570 <__dtoa_engine+0x9c>
80402622:	8522                	mv	a0,s0
80402624:	00000097          	auipc	ra,0x0
80402628:	664080e7          	jalr	1636(ra) # 80402c88 <__log10Pow2>
8040262c:	00442793          	slti	a5,s0,4
80402630:	0017c793          	xor	a5,a5,1
80402634:	40f50a33          	sub	s4,a0,a5
80402638:	8552                	mv	a0,s4
8040263a:	00000097          	auipc	ra,0x0
8040263e:	66c080e7          	jalr	1644(ra) # 80402ca6 <__pow5bits>
80402642:	07c50693          	add	a3,a0,124
80402646:	408a0433          	sub	s0,s4,s0
8040264a:	96a2                	add	a3,a3,s0
8040264c:	008c                	add	a1,sp,64
8040264e:	8552                	mv	a0,s4
80402650:	c836                	sw	a3,16(sp)
80402652:	00000097          	auipc	ra,0x0
80402656:	50c080e7          	jalr	1292(ra) # 80402b5e <__double_computeInvPow5>
8040265a:	46c2                	lw	a3,16(sp)
8040265c:	181c                	add	a5,sp,48
8040265e:	8526                	mv	a0,s1
80402660:	886a                	mv	a6,s10
80402662:	1038                	add	a4,sp,40
80402664:	0090                	add	a2,sp,64
80402666:	85ee                	mv	a1,s11
80402668:	00000097          	auipc	ra,0x0
8040266c:	c26080e7          	jalr	-986(ra) # 8040228e <mulShiftAll64>
80402670:	47d5                	li	a5,21
80402672:	842a                	mv	s0,a0
80402674:	84ae                	mv	s1,a1
80402676:	0b47e763          	bltu	a5,s4,80402724 <__dtoa_engine+0x250>
8040267a:	804047b7          	lui	a5,0x80404
8040267e:	8cc7a683          	lw	a3,-1844(a5) # 804038cc <stdout+0x8>
80402682:	8c87a603          	lw	a2,-1848(a5)
80402686:	1838                	add	a4,sp,56
80402688:	8562                	mv	a0,s8
8040268a:	85ce                	mv	a1,s3
8040268c:	00000097          	auipc	ra,0x0
80402690:	62c080e7          	jalr	1580(ra) # 80402cb8 <__umul128>
80402694:	57e2                	lw	a5,56(sp)
80402696:	56f2                	lw	a3,60(sp)
80402698:	5da2                	lw	s11,40(sp)
8040269a:	8389                	srl	a5,a5,0x2
8040269c:	06fa                	sll	a3,a3,0x1e
8040269e:	8fd5                	or	a5,a5,a3
804026a0:	4695                	li	a3,5
804026a2:	02f687b3          	mul	a5,a3,a5
804026a6:	5932                	lw	s2,44(sp)
804026a8:	01879e63          	bne	a5,s8,804026c4 <__dtoa_engine+0x1f0>
804026ac:	85ce                	mv	a1,s3
804026ae:	8562                	mv	a0,s8
804026b0:	00000097          	auipc	ra,0x0
804026b4:	348080e7          	jalr	840(ra) # 804029f8 <__pow5Factor>
804026b8:	01453733          	sltu	a4,a0,s4
804026bc:	00174993          	xor	s3,a4,1
804026c0:	4d01                	li	s10,0
804026c2:	a03d                	j	804026f0 <__dtoa_engine+0x21c>
804026c4:	4792                	lw	a5,4(sp)
804026c6:	eb95                	bnez	a5,804026fa <__dtoa_engine+0x226>
804026c8:	fffc0793          	add	a5,s8,-1
804026cc:	41a78533          	sub	a0,a5,s10
804026d0:	001c3593          	seqz	a1,s8
804026d4:	00a7b7b3          	sltu	a5,a5,a0
804026d8:	40b985b3          	sub	a1,s3,a1
804026dc:	8d9d                	sub	a1,a1,a5
804026de:	00000097          	auipc	ra,0x0
804026e2:	31a080e7          	jalr	794(ra) # 804029f8 <__pow5Factor>
804026e6:	01453933          	sltu	s2,a0,s4
804026ea:	00194d13          	xor	s10,s2,1
804026ee:	4981                	li	s3,0
804026f0:	47a2                	lw	a5,8(sp)
804026f2:	10079e63          	bnez	a5,8040280e <__dtoa_engine+0x33a>
804026f6:	8b5e                	mv	s6,s7
804026f8:	a079                	j	80402786 <__dtoa_engine+0x2b2>
804026fa:	002c0513          	add	a0,s8,2
804026fe:	018535b3          	sltu	a1,a0,s8
80402702:	95ce                	add	a1,a1,s3
80402704:	00000097          	auipc	ra,0x0
80402708:	2f4080e7          	jalr	756(ra) # 804029f8 <__pow5Factor>
8040270c:	01453533          	sltu	a0,a0,s4
80402710:	00154513          	xor	a0,a0,1
80402714:	40ad8533          	sub	a0,s11,a0
80402718:	00adbdb3          	sltu	s11,s11,a0
8040271c:	41b90733          	sub	a4,s2,s11
80402720:	d42a                	sw	a0,40(sp)
80402722:	d63a                	sw	a4,44(sp)
80402724:	4981                	li	s3,0
80402726:	bf69                	j	804026c0 <__dtoa_engine+0x1ec>
80402728:	03e00793          	li	a5,62
8040272c:	ff67ece3          	bltu	a5,s6,80402724 <__dtoa_engine+0x250>
80402730:	865a                	mv	a2,s6
80402732:	557d                	li	a0,-1
80402734:	55fd                	li	a1,-1
80402736:	ffffe097          	auipc	ra,0xffffe
8040273a:	59e080e7          	jalr	1438(ra) # 80400cd4 <__ashldi3>
8040273e:	fff54513          	not	a0,a0
80402742:	fff5c593          	not	a1,a1
80402746:	0135f5b3          	and	a1,a1,s3
8040274a:	01857533          	and	a0,a0,s8
8040274e:	00b56733          	or	a4,a0,a1
80402752:	00173993          	seqz	s3,a4
80402756:	b7ad                	j	804026c0 <__dtoa_engine+0x1ec>
80402758:	02d50833          	mul	a6,a0,a3
8040275c:	0785                	add	a5,a5,1
8040275e:	02b536b3          	mulhu	a3,a0,a1
80402762:	02b505b3          	mul	a1,a0,a1
80402766:	96c2                	add	a3,a3,a6
80402768:	00d4e663          	bltu	s1,a3,80402774 <__dtoa_engine+0x2a0>
8040276c:	fe9696e3          	bne	a3,s1,80402758 <__dtoa_engine+0x284>
80402770:	feb474e3          	bgeu	s0,a1,80402758 <__dtoa_engine+0x284>
80402774:	4732                	lw	a4,12(sp)
80402776:	97d2                	add	a5,a5,s4
80402778:	97ba                	add	a5,a5,a4
8040277a:	00f04363          	bgtz	a5,80402780 <__dtoa_engine+0x2ac>
8040277e:	4785                	li	a5,1
80402780:	8b3e                	mv	s6,a5
80402782:	f6fbcae3          	blt	s7,a5,804026f6 <__dtoa_engine+0x222>
80402786:	4c81                	li	s9,0
80402788:	4901                	li	s2,0
8040278a:	4c01                	li	s8,0
8040278c:	5522                	lw	a0,40(sp)
8040278e:	55b2                	lw	a1,44(sp)
80402790:	00000097          	auipc	ra,0x0
80402794:	d0c080e7          	jalr	-756(ra) # 8040249c <div10>
80402798:	57c2                	lw	a5,48(sp)
8040279a:	8dae                	mv	s11,a1
8040279c:	55d2                	lw	a1,52(sp)
8040279e:	c82a                	sw	a0,16(sp)
804027a0:	853e                	mv	a0,a5
804027a2:	ca3e                	sw	a5,20(sp)
804027a4:	00000097          	auipc	ra,0x0
804027a8:	cf8080e7          	jalr	-776(ra) # 8040249c <div10>
804027ac:	832a                	mv	t1,a0
804027ae:	88ae                	mv	a7,a1
804027b0:	4ea9                	li	t4,10
804027b2:	01b5e763          	bltu	a1,s11,804027c0 <__dtoa_engine+0x2ec>
804027b6:	08bd9863          	bne	s11,a1,80402846 <__dtoa_engine+0x372>
804027ba:	47c2                	lw	a5,16(sp)
804027bc:	08f57563          	bgeu	a0,a5,80402846 <__dtoa_engine+0x372>
804027c0:	8522                	mv	a0,s0
804027c2:	85a6                	mv	a1,s1
804027c4:	ce46                	sw	a7,28(sp)
804027c6:	cc1a                	sw	t1,24(sp)
804027c8:	00000097          	auipc	ra,0x0
804027cc:	cd4080e7          	jalr	-812(ra) # 8040249c <div10>
804027d0:	4362                	lw	t1,24(sp)
804027d2:	4ea9                	li	t4,10
804027d4:	001cb693          	seqz	a3,s9
804027d8:	026e8833          	mul	a6,t4,t1
804027dc:	00d9f9b3          	and	s3,s3,a3
804027e0:	47d2                	lw	a5,20(sp)
804027e2:	48f2                	lw	a7,28(sp)
804027e4:	d66e                	sw	s11,44(sp)
804027e6:	d81a                	sw	t1,48(sp)
804027e8:	da46                	sw	a7,52(sp)
804027ea:	0905                	add	s2,s2,1
804027ec:	84ae                	mv	s1,a1
804027ee:	02ae86b3          	mul	a3,t4,a0
804027f2:	40f80833          	sub	a6,a6,a5
804027f6:	47c2                	lw	a5,16(sp)
804027f8:	00183813          	seqz	a6,a6
804027fc:	010d7d33          	and	s10,s10,a6
80402800:	d43e                	sw	a5,40(sp)
80402802:	40d406b3          	sub	a3,s0,a3
80402806:	0ff6fc93          	zext.b	s9,a3
8040280a:	842a                	mv	s0,a0
8040280c:	b741                	j	8040278c <__dtoa_engine+0x2b8>
8040280e:	45a9                	li	a1,10
80402810:	4681                	li	a3,0
80402812:	4785                	li	a5,1
80402814:	4529                	li	a0,10
80402816:	bf89                	j	80402768 <__dtoa_engine+0x294>
80402818:	030e8f33          	mul	t5,t4,a6
8040281c:	0505                	add	a0,a0,1
8040281e:	02beb833          	mulhu	a6,t4,a1
80402822:	02be85b3          	mul	a1,t4,a1
80402826:	987a                	add	a6,a6,t5
80402828:	0104e663          	bltu	s1,a6,80402834 <__dtoa_engine+0x360>
8040282c:	fe9816e3          	bne	a6,s1,80402818 <__dtoa_engine+0x344>
80402830:	feb474e3          	bgeu	s0,a1,80402818 <__dtoa_engine+0x344>
80402834:	00ab5d63          	bge	s6,a0,8040284e <__dtoa_engine+0x37a>
80402838:	000b1563          	bnez	s6,80402842 <__dtoa_engine+0x36e>
8040283c:	009465b3          	or	a1,s0,s1
80402840:	c599                	beqz	a1,8040284e <__dtoa_engine+0x37a>
80402842:	4c05                	li	s8,1
80402844:	bfb5                	j	804027c0 <__dtoa_engine+0x2ec>
80402846:	45a9                	li	a1,10
80402848:	4801                	li	a6,0
8040284a:	4505                	li	a0,1
8040284c:	bff1                	j	80402828 <__dtoa_engine+0x354>
8040284e:	060d0763          	beqz	s10,804028bc <__dtoa_engine+0x3e8>
80402852:	4da9                	li	s11,10
80402854:	5342                	lw	t1,48(sp)
80402856:	55d2                	lw	a1,52(sp)
80402858:	851a                	mv	a0,t1
8040285a:	c81a                	sw	t1,16(sp)
8040285c:	00000097          	auipc	ra,0x0
80402860:	c40080e7          	jalr	-960(ra) # 8040249c <div10>
80402864:	ce2e                	sw	a1,28(sp)
80402866:	02ad85b3          	mul	a1,s11,a0
8040286a:	4342                	lw	t1,16(sp)
8040286c:	882a                	mv	a6,a0
8040286e:	cc42                	sw	a6,24(sp)
80402870:	04659663          	bne	a1,t1,804028bc <__dtoa_engine+0x3e8>
80402874:	5522                	lw	a0,40(sp)
80402876:	55b2                	lw	a1,44(sp)
80402878:	0905                	add	s2,s2,1
8040287a:	00000097          	auipc	ra,0x0
8040287e:	c22080e7          	jalr	-990(ra) # 8040249c <div10>
80402882:	ca2a                	sw	a0,20(sp)
80402884:	c82e                	sw	a1,16(sp)
80402886:	8522                	mv	a0,s0
80402888:	85a6                	mv	a1,s1
8040288a:	00000097          	auipc	ra,0x0
8040288e:	c12080e7          	jalr	-1006(ra) # 8040249c <div10>
80402892:	001cb693          	seqz	a3,s9
80402896:	00d9f9b3          	and	s3,s3,a3
8040289a:	02ad86b3          	mul	a3,s11,a0
8040289e:	4e52                	lw	t3,20(sp)
804028a0:	4342                	lw	t1,16(sp)
804028a2:	4862                	lw	a6,24(sp)
804028a4:	48f2                	lw	a7,28(sp)
804028a6:	d472                	sw	t3,40(sp)
804028a8:	d61a                	sw	t1,44(sp)
804028aa:	d842                	sw	a6,48(sp)
804028ac:	da46                	sw	a7,52(sp)
804028ae:	84ae                	mv	s1,a1
804028b0:	40d406b3          	sub	a3,s0,a3
804028b4:	0ff6fc93          	zext.b	s9,a3
804028b8:	842a                	mv	s0,a0
804028ba:	bf69                	j	80402854 <__dtoa_engine+0x380>
804028bc:	9952                	add	s2,s2,s4
804028be:	0c098863          	beqz	s3,8040298e <__dtoa_engine+0x4ba>
804028c2:	4715                	li	a4,5
804028c4:	0cec9563          	bne	s9,a4,8040298e <__dtoa_engine+0x4ba>
804028c8:	00147713          	and	a4,s0,1
804028cc:	e755                	bnez	a4,80402978 <__dtoa_engine+0x4a4>
804028ce:	000c1963          	bnez	s8,804028e0 <__dtoa_engine+0x40c>
804028d2:	5742                	lw	a4,48(sp)
804028d4:	00871563          	bne	a4,s0,804028de <__dtoa_engine+0x40a>
804028d8:	5752                	lw	a4,52(sp)
804028da:	0c970c63          	beq	a4,s1,804029b2 <__dtoa_engine+0x4de>
804028de:	4701                	li	a4,0
804028e0:	943a                	add	s0,s0,a4
804028e2:	00e435b3          	sltu	a1,s0,a4
804028e6:	95a6                	add	a1,a1,s1
804028e8:	8a2e                	mv	s4,a1
804028ea:	84a2                	mv	s1,s0
804028ec:	4629                	li	a2,10
804028ee:	4681                	li	a3,0
804028f0:	4c05                	li	s8,1
804028f2:	4529                	li	a0,10
804028f4:	00d5e663          	bltu	a1,a3,80402900 <__dtoa_engine+0x42c>
804028f8:	0ab69f63          	bne	a3,a1,804029b6 <__dtoa_engine+0x4e2>
804028fc:	0ac47d63          	bgeu	s0,a2,804029b6 <__dtoa_engine+0x4e2>
80402900:	c329                	beqz	a4,80402942 <__dtoa_engine+0x46e>
80402902:	058b5063          	bge	s6,s8,80402942 <__dtoa_engine+0x46e>
80402906:	47a2                	lw	a5,8(sp)
80402908:	cf91                	beqz	a5,80402924 <__dtoa_engine+0x450>
8040290a:	4732                	lw	a4,12(sp)
8040290c:	012c07b3          	add	a5,s8,s2
80402910:	00f70b33          	add	s6,a4,a5
80402914:	000b5363          	bgez	s6,8040291a <__dtoa_engine+0x446>
80402918:	4b01                	li	s6,0
8040291a:	016bd363          	bge	s7,s6,80402920 <__dtoa_engine+0x44c>
8040291e:	8b5e                	mv	s6,s7
80402920:	038b5163          	bge	s6,s8,80402942 <__dtoa_engine+0x46e>
80402924:	00540513          	add	a0,s0,5
80402928:	00853433          	sltu	s0,a0,s0
8040292c:	4629                	li	a2,10
8040292e:	4681                	li	a3,0
80402930:	95a2                	add	a1,a1,s0
80402932:	ffffe097          	auipc	ra,0xffffe
80402936:	430080e7          	jalr	1072(ra) # 80400d62 <__udivdi3>
8040293a:	84aa                	mv	s1,a0
8040293c:	8a2e                	mv	s4,a1
8040293e:	0905                	add	s2,s2,1
80402940:	1c7d                	add	s8,s8,-1
80402942:	87da                	mv	a5,s6
80402944:	016c5363          	bge	s8,s6,8040294a <__dtoa_engine+0x476>
80402948:	87e2                	mv	a5,s8
8040294a:	01079413          	sll	s0,a5,0x10
8040294e:	0942                	sll	s2,s2,0x10
80402950:	8441                	sra	s0,s0,0x10
80402952:	41095913          	sra	s2,s2,0x10
80402956:	9922                	add	s2,s2,s0
80402958:	008a8b33          	add	s6,s5,s0
8040295c:	197d                	add	s2,s2,-1
8040295e:	4b81                	li	s7,0
80402960:	8c5a                	mv	s8,s6
80402962:	1b7d                	add	s6,s6,-1
80402964:	068bc263          	blt	s7,s0,804029c8 <__dtoa_engine+0x4f4>
80402968:	4782                	lw	a5,0(sp)
8040296a:	000c02a3          	sb	zero,5(s8)
8040296e:	012aa023          	sw	s2,0(s5)
80402972:	00fa8223          	sb	a5,4(s5)
80402976:	be45                	j	80402526 <__dtoa_engine+0x52>
80402978:	4705                	li	a4,1
8040297a:	f60c13e3          	bnez	s8,804028e0 <__dtoa_engine+0x40c>
8040297e:	5742                	lw	a4,48(sp)
80402980:	00871563          	bne	a4,s0,8040298a <__dtoa_engine+0x4b6>
80402984:	5752                	lw	a4,52(sp)
80402986:	00970c63          	beq	a4,s1,8040299e <__dtoa_engine+0x4ca>
8040298a:	4705                	li	a4,1
8040298c:	bf91                	j	804028e0 <__dtoa_engine+0x40c>
8040298e:	000c1d63          	bnez	s8,804029a8 <__dtoa_engine+0x4d4>
80402992:	5742                	lw	a4,48(sp)
80402994:	00871a63          	bne	a4,s0,804029a8 <__dtoa_engine+0x4d4>
80402998:	5752                	lw	a4,52(sp)
8040299a:	00971763          	bne	a4,s1,804029a8 <__dtoa_engine+0x4d4>
8040299e:	4792                	lw	a5,4(sp)
804029a0:	4705                	li	a4,1
804029a2:	ff9d                	bnez	a5,804028e0 <__dtoa_engine+0x40c>
804029a4:	f20d0ee3          	beqz	s10,804028e0 <__dtoa_engine+0x40c>
804029a8:	005cb693          	sltiu	a3,s9,5
804029ac:	0016c713          	xor	a4,a3,1
804029b0:	bf05                	j	804028e0 <__dtoa_engine+0x40c>
804029b2:	4c91                	li	s9,4
804029b4:	b7ed                	j	8040299e <__dtoa_engine+0x4ca>
804029b6:	02d50833          	mul	a6,a0,a3
804029ba:	0c05                	add	s8,s8,1
804029bc:	02c536b3          	mulhu	a3,a0,a2
804029c0:	02c50633          	mul	a2,a0,a2
804029c4:	96c2                	add	a3,a3,a6
804029c6:	b73d                	j	804028f4 <__dtoa_engine+0x420>
804029c8:	4629                	li	a2,10
804029ca:	4681                	li	a3,0
804029cc:	8526                	mv	a0,s1
804029ce:	85d2                	mv	a1,s4
804029d0:	ffffe097          	auipc	ra,0xffffe
804029d4:	6f0080e7          	jalr	1776(ra) # 804010c0 <__umoddi3>
804029d8:	03050513          	add	a0,a0,48
804029dc:	00ab02a3          	sb	a0,5(s6)
804029e0:	85d2                	mv	a1,s4
804029e2:	8526                	mv	a0,s1
804029e4:	4629                	li	a2,10
804029e6:	4681                	li	a3,0
804029e8:	ffffe097          	auipc	ra,0xffffe
804029ec:	37a080e7          	jalr	890(ra) # 80400d62 <__udivdi3>
804029f0:	84aa                	mv	s1,a0
804029f2:	8a2e                	mv	s4,a1
804029f4:	0b85                	add	s7,s7,1
804029f6:	b7b5                	j	80402962 <__dtoa_engine+0x48e>

804029f8 <__pow5Factor>:
804029f8:	ccccd737          	lui	a4,0xccccd
804029fc:	333336b7          	lui	a3,0x33333
80402a00:	87aa                	mv	a5,a0
80402a02:	ccd70613          	add	a2,a4,-819 # cccccccd <__bss_end+0x4c8b670d>
80402a06:	4501                	li	a0,0
80402a08:	ccc70713          	add	a4,a4,-820
80402a0c:	33368693          	add	a3,a3,819 # 33333333 <errno+0x33333333>
80402a10:	02c585b3          	mul	a1,a1,a2
80402a14:	02e78833          	mul	a6,a5,a4
80402a18:	982e                	add	a6,a6,a1
80402a1a:	02c7b5b3          	mulhu	a1,a5,a2
80402a1e:	95c2                	add	a1,a1,a6
80402a20:	02c787b3          	mul	a5,a5,a2
80402a24:	00b6e863          	bltu	a3,a1,80402a34 <__pow5Factor+0x3c>
80402a28:	00d59463          	bne	a1,a3,80402a30 <__pow5Factor+0x38>
80402a2c:	00f5e463          	bltu	a1,a5,80402a34 <__pow5Factor+0x3c>
80402a30:	0505                	add	a0,a0,1
80402a32:	bff9                	j	80402a10 <__pow5Factor+0x18>
80402a34:	8082                	ret

80402a36 <__double_computePow5>:
80402a36:	fffff317          	auipc	t1,0xfffff
80402a3a:	9ba302e7          	jalr	t0,-1606(t1) # 804013f0 <__riscv_save_10>
80402a3e:	47e9                	li	a5,26
80402a40:	02f55b33          	divu	s6,a0,a5
80402a44:	804039b7          	lui	s3,0x80403
80402a48:	47898b93          	add	s7,s3,1144 # 80403478 <DOUBLE_POW5_SPLIT2>
80402a4c:	1101                	add	sp,sp,-32
80402a4e:	892e                	mv	s2,a1
80402a50:	02f577b3          	remu	a5,a0,a5
80402a54:	004b1713          	sll	a4,s6,0x4
80402a58:	9bba                	add	s7,s7,a4
80402a5a:	e785                	bnez	a5,80402a82 <__double_computePow5+0x4c>
80402a5c:	000ba703          	lw	a4,0(s7)
80402a60:	004ba783          	lw	a5,4(s7)
80402a64:	c198                	sw	a4,0(a1)
80402a66:	c1dc                	sw	a5,4(a1)
80402a68:	008ba503          	lw	a0,8(s7)
80402a6c:	00cba583          	lw	a1,12(s7)
80402a70:	00a92423          	sw	a0,8(s2)
80402a74:	00b92623          	sw	a1,12(s2)
80402a78:	6105                	add	sp,sp,32
80402a7a:	fffff317          	auipc	t1,0xfffff
80402a7e:	9ae30067          	jr	-1618(t1) # 80401428 <__riscv_restore_10>
80402a82:	47898993          	add	s3,s3,1144
80402a86:	078e                	sll	a5,a5,0x3
80402a88:	97ce                	add	a5,a5,s3
80402a8a:	0d07aa03          	lw	s4,208(a5)
80402a8e:	0d47aa83          	lw	s5,212(a5)
80402a92:	008ba603          	lw	a2,8(s7)
80402a96:	00cba683          	lw	a3,12(s7)
80402a9a:	0818                	add	a4,sp,16
80402a9c:	85d6                	mv	a1,s5
80402a9e:	842a                	mv	s0,a0
80402aa0:	8552                	mv	a0,s4
80402aa2:	00000097          	auipc	ra,0x0
80402aa6:	216080e7          	jalr	534(ra) # 80402cb8 <__umul128>
80402aaa:	000ba603          	lw	a2,0(s7)
80402aae:	004ba683          	lw	a3,4(s7)
80402ab2:	84aa                	mv	s1,a0
80402ab4:	8c2e                	mv	s8,a1
80402ab6:	0838                	add	a4,sp,24
80402ab8:	8552                	mv	a0,s4
80402aba:	85d6                	mv	a1,s5
80402abc:	00000097          	auipc	ra,0x0
80402ac0:	1fc080e7          	jalr	508(ra) # 80402cb8 <__umul128>
80402ac4:	47e2                	lw	a5,24(sp)
80402ac6:	4772                	lw	a4,28(sp)
80402ac8:	8aaa                	mv	s5,a0
80402aca:	94be                	add	s1,s1,a5
80402acc:	00f4ba33          	sltu	s4,s1,a5
80402ad0:	9c3a                	add	s8,s8,a4
80402ad2:	9a62                	add	s4,s4,s8
80402ad4:	00ea6663          	bltu	s4,a4,80402ae0 <__double_computePow5+0xaa>
80402ad8:	01471d63          	bne	a4,s4,80402af2 <__double_computePow5+0xbc>
80402adc:	00f4fb63          	bgeu	s1,a5,80402af2 <__double_computePow5+0xbc>
80402ae0:	47c2                	lw	a5,16(sp)
80402ae2:	46d2                	lw	a3,20(sp)
80402ae4:	00178713          	add	a4,a5,1
80402ae8:	00f737b3          	sltu	a5,a4,a5
80402aec:	97b6                	add	a5,a5,a3
80402aee:	c83a                	sw	a4,16(sp)
80402af0:	ca3e                	sw	a5,20(sp)
80402af2:	8522                	mv	a0,s0
80402af4:	c62e                	sw	a1,12(sp)
80402af6:	00000097          	auipc	ra,0x0
80402afa:	1b0080e7          	jalr	432(ra) # 80402ca6 <__pow5bits>
80402afe:	8baa                	mv	s7,a0
80402b00:	4569                	li	a0,26
80402b02:	02ab0533          	mul	a0,s6,a0
80402b06:	00000097          	auipc	ra,0x0
80402b0a:	1a0080e7          	jalr	416(ra) # 80402ca6 <__pow5bits>
80402b0e:	45b2                	lw	a1,12(sp)
80402b10:	40ab8733          	sub	a4,s7,a0
80402b14:	8626                	mv	a2,s1
80402b16:	86d2                	mv	a3,s4
80402b18:	8556                	mv	a0,s5
80402b1a:	c43a                	sw	a4,8(sp)
80402b1c:	00000097          	auipc	ra,0x0
80402b20:	1e8080e7          	jalr	488(ra) # 80402d04 <__shiftright128>
80402b24:	00445793          	srl	a5,s0,0x4
80402b28:	078a                	sll	a5,a5,0x2
80402b2a:	99be                	add	s3,s3,a5
80402b2c:	1a09a783          	lw	a5,416(s3)
80402b30:	0406                	sll	s0,s0,0x1
80402b32:	8879                	and	s0,s0,30
80402b34:	0087d7b3          	srl	a5,a5,s0
80402b38:	8b8d                	and	a5,a5,3
80402b3a:	953e                	add	a0,a0,a5
80402b3c:	00f537b3          	sltu	a5,a0,a5
80402b40:	4722                	lw	a4,8(sp)
80402b42:	4642                	lw	a2,16(sp)
80402b44:	46d2                	lw	a3,20(sp)
80402b46:	97ae                	add	a5,a5,a1
80402b48:	00a92023          	sw	a0,0(s2)
80402b4c:	00f92223          	sw	a5,4(s2)
80402b50:	8526                	mv	a0,s1
80402b52:	85d2                	mv	a1,s4
80402b54:	00000097          	auipc	ra,0x0
80402b58:	1b0080e7          	jalr	432(ra) # 80402d04 <__shiftright128>
80402b5c:	bf11                	j	80402a70 <__double_computePow5+0x3a>

80402b5e <__double_computeInvPow5>:
80402b5e:	fffff317          	auipc	t1,0xfffff
80402b62:	892302e7          	jalr	t0,-1902(t1) # 804013f0 <__riscv_save_10>
80402b66:	4b69                	li	s6,26
80402b68:	01950793          	add	a5,a0,25
80402b6c:	0367d7b3          	divu	a5,a5,s6
80402b70:	80403ab7          	lui	s5,0x80403
80402b74:	478a8493          	add	s1,s5,1144 # 80403478 <DOUBLE_POW5_SPLIT2>
80402b78:	1f848493          	add	s1,s1,504
80402b7c:	1101                	add	sp,sp,-32
80402b7e:	8a2e                	mv	s4,a1
80402b80:	03678b33          	mul	s6,a5,s6
80402b84:	0792                	sll	a5,a5,0x4
80402b86:	94be                	add	s1,s1,a5
80402b88:	40ab0733          	sub	a4,s6,a0
80402b8c:	02ab1163          	bne	s6,a0,80402bae <__double_computeInvPow5+0x50>
80402b90:	4098                	lw	a4,0(s1)
80402b92:	40dc                	lw	a5,4(s1)
80402b94:	c198                	sw	a4,0(a1)
80402b96:	c1dc                	sw	a5,4(a1)
80402b98:	4488                	lw	a0,8(s1)
80402b9a:	44cc                	lw	a1,12(s1)
80402b9c:	00aa2423          	sw	a0,8(s4)
80402ba0:	00ba2623          	sw	a1,12(s4)
80402ba4:	6105                	add	sp,sp,32
80402ba6:	fffff317          	auipc	t1,0xfffff
80402baa:	88230067          	jr	-1918(t1) # 80401428 <__riscv_restore_10>
80402bae:	478a8a93          	add	s5,s5,1144
80402bb2:	070e                	sll	a4,a4,0x3
80402bb4:	9756                	add	a4,a4,s5
80402bb6:	0d072903          	lw	s2,208(a4)
80402bba:	0d472983          	lw	s3,212(a4)
80402bbe:	4490                	lw	a2,8(s1)
80402bc0:	44d4                	lw	a3,12(s1)
80402bc2:	0818                	add	a4,sp,16
80402bc4:	85ce                	mv	a1,s3
80402bc6:	842a                	mv	s0,a0
80402bc8:	854a                	mv	a0,s2
80402bca:	00000097          	auipc	ra,0x0
80402bce:	0ee080e7          	jalr	238(ra) # 80402cb8 <__umul128>
80402bd2:	4090                	lw	a2,0(s1)
80402bd4:	40d4                	lw	a3,4(s1)
80402bd6:	8c2a                	mv	s8,a0
80402bd8:	00163793          	seqz	a5,a2
80402bdc:	8bae                	mv	s7,a1
80402bde:	0838                	add	a4,sp,24
80402be0:	8e9d                	sub	a3,a3,a5
80402be2:	854a                	mv	a0,s2
80402be4:	85ce                	mv	a1,s3
80402be6:	167d                	add	a2,a2,-1
80402be8:	00000097          	auipc	ra,0x0
80402bec:	0d0080e7          	jalr	208(ra) # 80402cb8 <__umul128>
80402bf0:	47e2                	lw	a5,24(sp)
80402bf2:	4772                	lw	a4,28(sp)
80402bf4:	89aa                	mv	s3,a0
80402bf6:	9c3e                	add	s8,s8,a5
80402bf8:	00fc3933          	sltu	s2,s8,a5
80402bfc:	9bba                	add	s7,s7,a4
80402bfe:	995e                	add	s2,s2,s7
80402c00:	00e96663          	bltu	s2,a4,80402c0c <__double_computeInvPow5+0xae>
80402c04:	01271d63          	bne	a4,s2,80402c1e <__double_computeInvPow5+0xc0>
80402c08:	00fc7b63          	bgeu	s8,a5,80402c1e <__double_computeInvPow5+0xc0>
80402c0c:	47c2                	lw	a5,16(sp)
80402c0e:	46d2                	lw	a3,20(sp)
80402c10:	00178713          	add	a4,a5,1
80402c14:	00f737b3          	sltu	a5,a4,a5
80402c18:	97b6                	add	a5,a5,a3
80402c1a:	c83a                	sw	a4,16(sp)
80402c1c:	ca3e                	sw	a5,20(sp)
80402c1e:	855a                	mv	a0,s6
80402c20:	c62e                	sw	a1,12(sp)
80402c22:	00000097          	auipc	ra,0x0
80402c26:	084080e7          	jalr	132(ra) # 80402ca6 <__pow5bits>
80402c2a:	8b2a                	mv	s6,a0
80402c2c:	8522                	mv	a0,s0
80402c2e:	00000097          	auipc	ra,0x0
80402c32:	078080e7          	jalr	120(ra) # 80402ca6 <__pow5bits>
80402c36:	45b2                	lw	a1,12(sp)
80402c38:	40ab0733          	sub	a4,s6,a0
80402c3c:	8662                	mv	a2,s8
80402c3e:	86ca                	mv	a3,s2
80402c40:	854e                	mv	a0,s3
80402c42:	c43a                	sw	a4,8(sp)
80402c44:	00000097          	auipc	ra,0x0
80402c48:	0c0080e7          	jalr	192(ra) # 80402d04 <__shiftright128>
80402c4c:	00445793          	srl	a5,s0,0x4
80402c50:	078a                	sll	a5,a5,0x2
80402c52:	9abe                	add	s5,s5,a5
80402c54:	2e8aa783          	lw	a5,744(s5)
80402c58:	0406                	sll	s0,s0,0x1
80402c5a:	8879                	and	s0,s0,30
80402c5c:	0087d7b3          	srl	a5,a5,s0
80402c60:	8b8d                	and	a5,a5,3
80402c62:	0785                	add	a5,a5,1
80402c64:	953e                	add	a0,a0,a5
80402c66:	00f537b3          	sltu	a5,a0,a5
80402c6a:	4722                	lw	a4,8(sp)
80402c6c:	4642                	lw	a2,16(sp)
80402c6e:	46d2                	lw	a3,20(sp)
80402c70:	97ae                	add	a5,a5,a1
80402c72:	00aa2023          	sw	a0,0(s4)
80402c76:	00fa2223          	sw	a5,4(s4)
80402c7a:	8562                	mv	a0,s8
80402c7c:	85ca                	mv	a1,s2
80402c7e:	00000097          	auipc	ra,0x0
80402c82:	086080e7          	jalr	134(ra) # 80402d04 <__shiftright128>
80402c86:	bf19                	j	80402b9c <__double_computeInvPow5+0x3e>

80402c88 <__log10Pow2>:
80402c88:	67cd                	lui	a5,0x13
80402c8a:	44178793          	add	a5,a5,1089 # 13441 <errno+0x13441>
80402c8e:	02f50533          	mul	a0,a0,a5
80402c92:	8149                	srl	a0,a0,0x12
80402c94:	8082                	ret

80402c96 <__log10Pow5>:
80402c96:	000b37b7          	lui	a5,0xb3
80402c9a:	efb78793          	add	a5,a5,-261 # b2efb <errno+0xb2efb>
80402c9e:	02f50533          	mul	a0,a0,a5
80402ca2:	8151                	srl	a0,a0,0x14
80402ca4:	8082                	ret

80402ca6 <__pow5bits>:
80402ca6:	001297b7          	lui	a5,0x129
80402caa:	34f78793          	add	a5,a5,847 # 12934f <errno+0x12934f>
80402cae:	02f50533          	mul	a0,a0,a5
80402cb2:	814d                	srl	a0,a0,0x13
80402cb4:	0505                	add	a0,a0,1
80402cb6:	8082                	ret

80402cb8 <__umul128>:
80402cb8:	02c537b3          	mulhu	a5,a0,a2
80402cbc:	832e                	mv	t1,a1
80402cbe:	02c585b3          	mul	a1,a1,a2
80402cc2:	02c33833          	mulhu	a6,t1,a2
80402cc6:	95be                	add	a1,a1,a5
80402cc8:	00f5b7b3          	sltu	a5,a1,a5
80402ccc:	97c2                	add	a5,a5,a6
80402cce:	02a68833          	mul	a6,a3,a0
80402cd2:	02a6b8b3          	mulhu	a7,a3,a0
80402cd6:	95c2                	add	a1,a1,a6
80402cd8:	0105b833          	sltu	a6,a1,a6
80402cdc:	98c2                	add	a7,a7,a6
80402cde:	02d30833          	mul	a6,t1,a3
80402ce2:	02d33333          	mulhu	t1,t1,a3
80402ce6:	983e                	add	a6,a6,a5
80402ce8:	011806b3          	add	a3,a6,a7
80402cec:	00f837b3          	sltu	a5,a6,a5
80402cf0:	0106b833          	sltu	a6,a3,a6
80402cf4:	c314                	sw	a3,0(a4)
80402cf6:	979a                	add	a5,a5,t1
80402cf8:	983e                	add	a6,a6,a5
80402cfa:	02c50533          	mul	a0,a0,a2
80402cfe:	01072223          	sw	a6,4(a4)
80402d02:	8082                	ret

80402d04 <__shiftright128>:
80402d04:	ffffe317          	auipc	t1,0xffffe
80402d08:	6fa302e7          	jalr	t0,1786(t1) # 804013fe <__riscv_save_4>
80402d0c:	8a2a                	mv	s4,a0
80402d0e:	8532                	mv	a0,a2
80402d10:	04000613          	li	a2,64
80402d14:	8e19                	sub	a2,a2,a4
80402d16:	89ae                	mv	s3,a1
80402d18:	85b6                	mv	a1,a3
80402d1a:	843a                	mv	s0,a4
80402d1c:	ffffe097          	auipc	ra,0xffffe
80402d20:	fb8080e7          	jalr	-72(ra) # 80400cd4 <__ashldi3>
80402d24:	892a                	mv	s2,a0
80402d26:	84ae                	mv	s1,a1
80402d28:	8622                	mv	a2,s0
80402d2a:	8552                	mv	a0,s4
80402d2c:	85ce                	mv	a1,s3
80402d2e:	ffffe097          	auipc	ra,0xffffe
80402d32:	f7e080e7          	jalr	-130(ra) # 80400cac <__lshrdi3>
80402d36:	00a96533          	or	a0,s2,a0
80402d3a:	8dc5                	or	a1,a1,s1
80402d3c:	ffffe317          	auipc	t1,0xffffe
80402d40:	6f630067          	jr	1782(t1) # 80401432 <__riscv_restore_4>

80402d44 <strnlen>:
80402d44:	95aa                	add	a1,a1,a0
80402d46:	87aa                	mv	a5,a0
80402d48:	00b78563          	beq	a5,a1,80402d52 <strnlen+0xe>
80402d4c:	0007c703          	lbu	a4,0(a5)
80402d50:	e701                	bnez	a4,80402d58 <strnlen+0x14>
80402d52:	40a78533          	sub	a0,a5,a0
80402d56:	8082                	ret
80402d58:	0785                	add	a5,a5,1
80402d5a:	b7fd                	j	80402d48 <strnlen+0x4>
